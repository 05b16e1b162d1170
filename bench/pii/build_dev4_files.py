# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev4 set of the personal-data leak benchmark (``corpus/dev4``): documents and labels.

Same conventions as ``build_files.py``, ``build_dev2_files.py`` and ``build_dev3_files.py`` (whose
helpers it uses): a personal value is written ``⟦kind:text⟧``, an official kept in clear
``⟦off:text⟧``; the script writes the files without the marks and their lines in
``corpus/dev4/labels.jsonl``, and checks that every label is a substring of its document.

dev4 was written (round piifix2, issue 20) before reading the recognizers' patterns for phones,
plates, held identifiers and birth dates, and is dense in those four kinds in shapes dev, dev2 and dev3
lack: phones grouped, dotted, with extensions, foreign (German, Italian, Luxembourg, Swiss, Belgian,
Spanish, British, Canadian, Moroccan), in tables, split over lines, after unusual labels, in e-mails
and signatures; plates of every French era (FNI with Corsican and overseas departments, SIV with
spaces, no separator or lower case, temporary W garage) and of neighbouring countries; membership,
loyalty, subscriber, parking-permit, library-card, student, licence and contract numbers; birth dates
in words, abbreviated, with Roman months, ISO, dotted, after "DDN", "°", "Geburtsdatum", partial
("né en mars 1971"). Persons and addresses are labelled too, as every personal value is. Every
document is meant to be published once anonymized (route public): none holds a sensitive fact.

Run: .venv/bin/python bench/pii/build_dev4_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev4"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["r01_macarons_stationnement_residents.txt"] = """
Ville de Montbrison — Police municipale
Stationnement résidentiel, zone B (centre ancien) : macarons délivrés en janvier 2026

Macaron n° ⟦id:RES-B-0412⟧ — ⟦p:M. Gaëtan Fournel⟧, ⟦a:14 rue Tupinerie⟧ — véhicule ⟦pl:GH 512 KT⟧
Macaron n° ⟦id:RES-B-0413⟧ — ⟦p:Mme Solène Cheminal⟧, ⟦a:3 place Saint-Pierre⟧ — véhicule ⟦pl:fk-208-pw⟧
Macaron n° ⟦id:RES-B-0414⟧ — ⟦p:M. Jacques Aubrac-Veyre⟧, ⟦a:22 rue des Pénitents⟧ — véhicule ⟦pl:4512 SR 42⟧ (véhicule de collection)
Macaron n° ⟦id:RES-B-0415⟧ — ⟦p:Mme Paola Grimaldi⟧, ⟦a:9 rue Martin-Bernard⟧ — véhicule immatriculé en Italie ⟦pl:EZ 481 GM⟧
Macaron n° ⟦id:RES-B-0416⟧ — ⟦p:M. Lucas Terrasse⟧, ⟦a:5 bis rue du Collège⟧ — véhicule ⟦pl:DB123LC⟧, second véhicule ⟦pl:ES-774-XA⟧

Pour toute question : ⟦off:M. Hervé Bonnefoy⟧, chef de service, ligne directe 04 77 96 18 00.
"""

TXT["r02_courriel_abonnement_mediatheque.txt"] = """
De : ⟦e:claire.dumontet@laposte.net⟧
À : mediatheque@ville-riom.fr
Objet : renouvellement de ma carte et de celle de mon fils

Bonjour,

Ma carte de lectrice (n° ⟦id:0012 4578 9963⟧) expire le 31 janvier. Pouvez-vous la renouveler, ainsi que celle de mon fils ⟦p:Nathan Dumontet⟧, né le ⟦bd:4 févr. 2015⟧, carte n° ⟦id:0012-4579-0071⟧ ?
Je suis joignable en journée au ⟦t:04.73.38.19.62⟧ (poste 215) ou sur mon portable ⟦t:06.71.22.09.48⟧.

Bien cordialement,
⟦p:Claire Dumontet⟧
⟦a:11, rue de l'Hôtel-de-Ville⟧ – 63200 Riom
Tél : ⟦t:+33 (0)6 71 22 09 48⟧
"""

TXT["r03_inscriptions_club_aviron.txt"] = """
Aviron Club de Mâcon — inscriptions saison 2026-2027 (liste transmise à la mairie pour la convention d'utilisation du port)

1. ⟦p:PERRAUD Léonie⟧ — née le ⟦bd:3 mars 2011⟧ — licence FFA n° ⟦id:2026-71-04512⟧ — tél. parents ⟦t:03 85 38 41 17⟧
2. ⟦p:DA SILVA Tiago⟧ — né le ⟦bd:vingt-deux novembre deux mille dix⟧ — licence n° ⟦id:2026-71-04513⟧ — ⟦t:07 81 92 03 14⟧
3. ⟦p:KOWALCZYK Zofia⟧ — DDN ⟦bd:2009-07-16⟧ — licence n° ⟦id:2026-71-04514⟧ — ⟦t:+48 601 234 567⟧
4. ⟦p:MÜLLER Jonas⟧ — Geburtsdatum ⟦bd:21.05.2012⟧ — licence n° ⟦id:2026-71-04515⟧ — ⟦t:+49 170 5532871⟧
5. ⟦p:BERTHOLON Axel⟧ — né le ⟦bd:1er oct. 2010⟧ — licence n° ⟦id:2026-71-04516⟧ — ⟦t:06-45-12-78-90⟧

Responsable de la section jeunes : ⟦p:Mme Agnès Perraud⟧ (bénévole), ⟦t:0685123476⟧.
Pour la ville : ⟦off:M. Thierry Goudard⟧, service des sports.
"""

TXT["r04_fourriere_vehicules_enleves.txt"] = """
Commune de Bourg-en-Bresse — Fourrière municipale
Véhicules enlevés en décembre 2026 et non réclamés (article R. 325-29 du code de la route)

- 3 décembre, parking du Bastion : Peugeot 206 grise, immatriculée ⟦pl:123 ABC 01⟧ (ancien système), propriétaire ⟦p:M. Kévin Morel⟧, ⟦a:17 avenue de Jasseron⟧.
- 7 décembre, rue Teynière : Renault Clio, plaque ⟦pl:AB 456 CD⟧, propriétaire ⟦p:Mme Sandrine Bouvard⟧.
- 9 décembre, boulevard de Brou : fourgon immatriculé en Belgique ⟦pl:1-KLM-234⟧, propriétaire ⟦p:M. Pieter Janssens⟧, ⟦a:Meir 45, 2000 Antwerpen⟧.
- 12 décembre, place Carriat : scooter ⟦pl:AA-007-ZZ⟧ ; voiture suisse ⟦pl:GE 123456⟧ de ⟦p:M. Florian Rochat⟧.
- 15 décembre, avenue Alsace-Lorraine : camping-car allemand ⟦pl:M-XY 4821⟧, propriétaire ⟦p:M. Dieter Brandt⟧ ; véhicule en W garage ⟦pl:WW-547-RB⟧.
- 20 décembre : Citroën ancienne, plaque noire ⟦pl:8524 TV 01⟧, et voiture espagnole ⟦pl:4821 KBZ⟧ de ⟦p:Mme Lucía Fernández Ortega⟧.

Le responsable de la fourrière, ⟦off:M. Patrick Chanel⟧.
"""

TXT["r05_etat_civil_noces_or.txt"] = """
Mairie de Saint-Flour — cérémonie des noces d'or du 14 mars 2026

Les couples suivants ont accepté que leur nom figure au programme de la cérémonie publique :

⟦p:M. Raymond Vidal⟧, né le ⟦bd:vingt-trois juin mil neuf cent cinquante-deux⟧ à Murat, et ⟦p:Mme Josette Vidal née Boudou⟧, née le ⟦bd:1er août 1954⟧ ;
⟦p:M. Henri Chassang⟧ (°⟦bd:12/03/1950⟧) et ⟦p:Mme Paulette Chassang⟧ (°⟦bd:08/09/1951⟧), mariés à Saint-Flour le 6 mars 1976 ;
⟦p:M. Gilbert Trémouille⟧, né le ⟦bd:3-IV-1949⟧, et son épouse ⟦p:Yvette⟧, née le ⟦bd:17 sept. 1952⟧.

Contact des familles : ⟦p:Mme Odile Chassang-Rigal⟧ (fille de M. et Mme Chassang), ⟦t:04 71 60
32 18⟧ en soirée.

Le maire, ⟦off:Frédéric Leroux⟧
"""

TXT["r06_signature_courriel_association.txt"] = """
Objet : Re: prêt de la salle polyvalente le 18 avril

Bonjour Madame,

Merci pour la confirmation. Nous apporterons nos tables. Pour le jour J, vous pouvez joindre notre trésorier ⟦p:Baptiste Lhermitte⟧ au ⟦t:06 12 34 56 78⟧ ou moi-même.

--
⟦p:Yasmina Haddad⟧
Présidente — Les Amis du Vieux Lavoir (association loi 1901, adhérente n° ⟦id:FCL-42-00871⟧)
Tél./Fax : ⟦t:04 78 56 23 41⟧ | Mob. : ⟦t:+33 7 58 41 22 90⟧ | WhatsApp : ⟦t:+212 661 24 87 35⟧
⟦a:8 chemin de la Fontaine⟧, 69570 Dardilly

> Le 2 avril 2026, ⟦off:Sophie Marcoux⟧ (service vie associative) a écrit :
> Votre réservation de la salle est confirmée.
"""

TXT["r07_carte_fidelite_marche_producteurs.txt"] = """
Marché des producteurs de pays — Communauté de communes du Haut-Jura
Tirage au sort de la carte de fidélité (règlement déposé en mairie) : gagnants du 30 novembre 2026

Carte n° ⟦id:MPP 0034 5567⟧ : ⟦p:Mme Françoise Jeunet⟧, Les Rousses — panier garni
Carte n° ⟦id:MPP 0034 1189⟧ : ⟦p:M. Thibaut Vuillet⟧, Bois-d'Amont — bon d'achat de 30 €
Carte n° ⟦id:MPP 0035 0026⟧ : ⟦p:Mme Lina Cattin⟧, Prémanon — bon d'achat de 20 €

Les gagnants sont prévenus par SMS au numéro enregistré sur leur carte (⟦t:06 33 29 84 11⟧, ⟦t:07 62 54 03 97⟧, ⟦t:00 41 79 456 78 90⟧).
Coordination : ⟦off:Mme Estelle Grappe⟧, animatrice économique.
"""

TXT["r08_abonnes_eau_releve.txt"] = """
Régie des eaux de Lamastre — relevés non effectués (compteurs inaccessibles), tournée du 8 octobre 2026

Abonné ⟦id:0045 789 123⟧ — ⟦p:M. et Mme Roger Faure⟧ — ⟦a:Le Mas de Chaudeyrolles⟧ — contrat n° ⟦id:C-2019-00457⟧
Abonné ⟦id:0045 789 124⟧ — ⟦p:Mme Émilie Reboul⟧ — ⟦a:2 montée des Remparts⟧ — ☎ ⟦t:04 75 06 41 83⟧
Abonné ⟦id:0045 790 002⟧ — ⟦p:M. Antoine Chaix⟧ — ⟦a:quartier Sainte-Marie⟧ — portable ⟦t:06 87 15 44 02⟧, préfère être appelé après 18 h

Merci de prendre rendez-vous avec le fontainier, ⟦off:M. Didier Besset⟧, au 04 75 06 40 10 (standard de la régie).
"""

TXT["r09_proces_verbal_stationnement_contestation.txt"] = """
Objet : contestation de l'avis de contravention n° ⟦id:7712 3456 8890⟧

Monsieur l'Officier du ministère public,

Je soussigné ⟦p:Mathieu Gervasoni⟧, né le ⟦bd:02 09 1988⟧ à Ajaccio, demeurant ⟦a:Résidence Les Oliviers, bât. B, 12 cours Napoléon⟧, 20000 Ajaccio, titulaire du permis de conduire n° ⟦id:0920A12345⟧, conteste l'avis ci-dessus concernant le véhicule ⟦pl:2A-381-FT⟧.

Mon véhicule, immatriculé autrefois ⟦pl:1234 KL 2A⟧, a été vendu le 3 juin 2026 à ⟦p:M. Dominique Paoli⟧, comme l'atteste le certificat de cession joint (référence ⟦id:CS-2026-118745⟧).

Joignable au ⟦t:04 95 21
87 30⟧ ou au ⟦t:06 24 57 81 93⟧.

⟦p:M. Gervasoni⟧
"""

TXT["r10_liste_benevoles_course.txt"] = """
Foulées du Lac — 12 avril 2026 — signaleurs bénévoles (liste remise à la préfecture avec le dossier de manifestation)

Poste | Signaleur | Date de naissance | Portable | N° de carte d'identité
P1 carrefour D3 | ⟦p:ROUX Anthony⟧ | ⟦bd:14/02/1979⟧ | ⟦t:06 52 18 47 30⟧ | ⟦id:180274501234⟧
P2 rond-point du port | ⟦p:GALLAND Maëlle⟧ | ⟦bd:30.11.1985⟧ | ⟦t:0765432187⟧ | ⟦id:D4X7K2M91⟧
P3 chemin des Pêcheurs | ⟦p:N'DIAYE Ousmane⟧ | ⟦bd:1992-01-08⟧ | ⟦t:+33 6 48 90 12 55⟧ | ⟦id:X4RTBPFW4⟧
P4 passerelle | ⟦p:LEFÈVRE-HAMON Chloé⟧ | ⟦bd:mai 1990⟧ | ⟦t:06 71 - 84 - 22 - 19⟧ | ⟦id:140669300871⟧

Coordinateur des signaleurs : ⟦p:Jérôme Galland⟧, ⟦t:06.07.08.09.10⟧.
Référent de la commune : ⟦off:M. Olivier Dunand⟧, adjoint aux sports.
"""

TXT["r11_attestation_accueil_etudiant.txt"] = """
Université de Franche-Comté — Bureau d'accueil des étudiants internationaux
Liste des étudiants hébergés à la résidence Colette (convention avec la ville de Besançon)

⟦p:Mlle Aiko Tanaka⟧, numéro étudiant ⟦id:21904567⟧, INE ⟦id:2104567890K⟧, née le ⟦bd:11 juillet 2003⟧, ⟦a:chambre B 214⟧, ⟦t:+81 90 1234 5678⟧
⟦p:M. Chidi Okafor⟧, numéro étudiant ⟦id:21904601⟧, INE ⟦id:2104567912F⟧, né le ⟦bd:July 4, 2002⟧, ⟦a:chambre C 107⟧, ⟦t:+234 803 123 4567⟧
⟦p:M. Luca Bernasconi⟧, numéro étudiant ⟦id:21904633⟧, né le ⟦bd:07/01/2004⟧ (format suisse : 7 janvier), ⟦a:chambre A 012⟧, ⟦t:+41 79 123 45 67⟧
⟦p:Mme Sara El Idrissi⟧, numéro étudiant ⟦id:21904650⟧, DOB ⟦bd:1999-12-31⟧, ⟦a:chambre B 301⟧, ⟦t:+1 (514) 555-0199⟧

Contact : ⟦off:Mme Hélène Cuenot⟧, chargée d'accueil.
"""

TXT["r12_objets_trouves.txt"] = """
Service des objets trouvés — Mairie de Laval
Objets remis en novembre 2026 dont le propriétaire a été identifié et prévenu

• Portefeuille contenant la carte de bus n° ⟦id:TUL-558921⟧ et le passeport n° ⟦id:18AB12345⟧ de ⟦p:M. Farid Benali⟧, prévenu au ⟦t:02 43 53 18 92⟧ — restitué le 6.
• Trousseau de clés avec badge de résidence n° ⟦id:B-00451⟧ au nom de ⟦p:Mme Véronique Lebreton⟧ (⟦a:appt 43, 5e étage, résidence Le Ponant⟧).
• Carte d'abonnement piscine n° ⟦id:PISC 2026 / 1187⟧ au nom de ⟦p:Enzo Marteau⟧, ⟦ag:12 ans⟧ ; parents prévenus au ⟦t:06 11 22 33 44⟧.
• Carte de fidélité d'une librairie, n° ⟦id:9782 0000 4521 8⟧, au nom de ⟦p:M. Yann Le Goff⟧.

Le régisseur, ⟦off:M. Stéphane Coutelle⟧.
"""

TXT["r13_courrier_voisinage_garage.txt"] = """
⟦p:Mme Rosa Pinto Carvalho⟧
⟦a:26, rue des Capucins⟧
71100 Chalon-sur-Saône
Tél. dom. ⟦t:03.85.48.27.61⟧ – port. ⟦t:06.29.84.17.53⟧

à Monsieur le Maire de Chalon-sur-Saône

Objet : véhicule ventouse devant mon garage

Monsieur le Maire,

Depuis le mois d'août, une camionnette blanche immatriculée ⟦pl:DH-729-QE⟧ stationne en permanence devant la sortie de mon garage, ainsi qu'une remorque portant la plaque ⟦pl:DH 729 QE⟧ recopiée à la main et une vieille Renault 4 immatriculée ⟦pl:856 BJQ 71⟧. Leur propriétaire serait ⟦p:M. Nicolas Berthaud⟧, domicilié ⟦a:au 30 de la même rue⟧.

Ma propre voiture (⟦pl:FR-415-LM⟧) doit rester dans la rue. Merci de faire intervenir la police municipale.

⟦p:R. Pinto Carvalho⟧
"""

TXT["r14_registre_alertes_meteo.txt"] = """
Mairie de Lodève — registre des personnes souhaitant être appelées lors des alertes météo (orages, crues)
Extrait transmis au comité communal feux de forêt, avec l'accord des intéressés

⟦p:Mme Germaine Cabanel⟧, ⟦a:chemin de la Soumont⟧ — ⟦ag:87 ans⟧ — tél. fixe ⟦t:04 67 44
05 12⟧, sa nièce ⟦p:Mme Claudine Roque⟧ ⟦t:06 82 45 19 07⟧
⟦p:M. Albert Fabre⟧, né en ⟦bd:mars 1938⟧, ⟦a:hameau de Campestre⟧ — ⟦t:04 67 44 68 20⟧ ou son voisin ⟦p:M. Julien Pradal⟧ ⟦t:07 69 31 28 44⟧
⟦p:M. et Mme Marcel et Lucette Bonnafous⟧, ⟦a:Mas de la Vitarelle⟧ — ⟦t:O4 67 44 21 93⟧

Référente : ⟦off:Mme Carole Azaïs⟧, CCAS.
"""

TXT["r15_transport_scolaire_cartes.txt"] = """
Syndicat intercommunal de transport scolaire du Val de Saône
Cartes de transport éditées pour la rentrée 2026 — circuit n° 12 (Pont-de-Vaux)

Élève : ⟦p:Lou Perrin⟧ — n° de carte ⟦id:SITS-12-0045⟧ — né(e) le : ⟦bd:07/11/2014⟧ — représentant légal ⟦p:Damien Perrin⟧, tél ⟦t:06 14 25 36 47⟧
Élève : ⟦p:Inaya Belkacem⟧ — n° de carte ⟦id:SITS-12-0046⟧ — né(e) le : ⟦bd:1er janvier 2013⟧ — représentante légale ⟦p:Samia Belkacem⟧, ⟦t:0611223344⟧ poste 12
Élève : ⟦p:Noé Guillermin⟧ — n° de carte ⟦id:SITS-12-0047⟧ — naissance : ⟦bd:5 sept. 2012⟧ — représentant légal ⟦p:Fabrice Guillermin⟧, ⟦t:+33.6.20.30.40.50⟧

Le président du syndicat, ⟦off:M. Alain Gonod⟧.
"""

HTML["rh01_annuaire_producteurs_locaux.html"] = {
    "title": "Annuaire des producteurs locaux — vente directe",
    "body": """
<h1>Producteurs en vente directe</h1>
<table border="1">
<tr><th>Producteur</th><th>Produits</th><th>Téléphone</th><th>Adhérent réseau n°</th></tr>
<tr><td>Ferme de ⟦p:Mathilde Gruaz⟧</td><td>fromages</td><td>⟦t:04&nbsp;50&nbsp;71&nbsp;22&nbsp;83⟧<br>⟦t:06&nbsp;77&nbsp;12&nbsp;98&nbsp;40⟧</td><td>⟦id:BPL-74-0192⟧</td></tr>
<tr><td>⟦p:Benoît Dufournet⟧</td><td>miel</td><td>⟦t:+33&nbsp;4&nbsp;50&nbsp;71&nbsp;33&nbsp;09⟧</td><td>⟦id:BPL-74-0218⟧</td></tr>
<tr><td>⟦p:Ana Lopes⟧</td><td>légumes</td><td>⟦t:06.52.41.88.07⟧ (SMS)</td><td>⟦id:BPL-74-0225⟧</td></tr>
<tr><td>⟦p:Reto Zimmermann⟧</td><td>viande (Genève)</td><td>⟦t:+41&nbsp;22&nbsp;345&nbsp;67&nbsp;89⟧</td><td>⟦id:BPL-74-0301⟧</td></tr>
</table>
<p>Mise à jour : ⟦off:Mme Sandrine Vittoz⟧, chargée de mission agriculture.</p>
""",
}

HTML["rh02_navette_aeroport_inscrits.html"] = {
    "title": "Navette des aînés — inscriptions",
    "body": """
<h1>Navette des aînés vers le marché de Sallanches</h1>
<ul>
<li>⟦p:Mme Simone Berthet⟧<br>née le ⟦bd:9 déc. 1941⟧<br>⟦t:04 50 58 12 44⟧</li>
<li>⟦p:M. René Socquet⟧<br>né le ⟦bd:28 février 1939⟧<br>⟦t:04 50 58 76 31⟧</li>
<li>⟦p:Mme Odette Perrollaz⟧<br>né(e) le ⟦bd:14.VII.1943⟧<br>⟦t:06 08 41 52 77⟧ (portable de sa fille)</li>
</ul>
<p>Véhicule : minibus communal ⟦pl:CZ-921-HB⟧. Chauffeur : ⟦off:M. Cédric Pernat⟧, agent communal.</p>
""",
}

HTML["rh03_cr_conseil_quartier_parking.html"] = {
    "title": "Conseil de quartier Saint-Jacques — compte rendu",
    "body": """
<h1>Conseil de quartier Saint-Jacques — 9 septembre 2026</h1>
<p>Présents : ⟦off:Mme Isabelle Roche⟧ (adjointe de quartier), ⟦p:M. Loïc Derouet⟧, ⟦p:Mme Amina Diallo⟧, ⟦p:M. Bruno Tessier⟧.</p>
<p>M. Derouet signale des voitures ventouses : <strong>⟦pl:EK–318–TR⟧</strong> et <strong>⟦pl:42 LP 38⟧</strong> (ancienne immatriculation), stationnées depuis juin devant le n° 14.</p>
<p>Mme Diallo demande un second macaron résident (n° actuel ⟦id:SJ-2026-0771⟧) pour le véhicule de son conjoint, immatriculé au Luxembourg (⟦pl:LK 4521⟧).</p>
<p>Pour être recontacté : ⟦p:M. Tessier⟧ — ⟦e:bruno.tessier[at]free[dot]fr⟧ — tél. ⟦t:zéro six, quarante-deux, dix-huit, cinquante-sept, trente⟧.</p>
""",
}

DOCX["rw01_fiche_adhesion_jardins_familiaux.docx"] = {
    "title": "Fiche d'adhésion — jardins familiaux",
    "author": "Service espaces verts",
    "blocks": [
        ("h", "Jardins familiaux des Prés-Saint-Jean — fiche d'adhésion 2026"),
        ("table", [
            ["Nom, prénom", "⟦p:CHAUVIN Estelle⟧"],
            ["Né(e) le", "⟦bd:12 fév. 1985⟧"],
            ["Adresse", "⟦a:Les Hauts de Chambière, 6 allée Gaston-Bachelard⟧"],
            ["Tél. (domicile / portable)", "⟦t:03 87 30 15 26⟧ / ⟦t:07 50 11 48 92⟧"],
            ["N° d'adhérent", "⟦id:JF-2026-0093⟧"],
            ["Parcelle attribuée", "n° 17"],
            ["Immatriculation (accès parking)", "⟦pl:GC-104-SN⟧"],
        ]),
        "Pièce fournie : carte d'identité n° ⟦id:120557100432⟧, délivrée le 3 mai 2012.",
        "Fait à Metz, le 4 février 2026. Pour le service : ⟦off:Mme Laure Kieffer⟧.",
    ],
}

DOCX["rw02_liste_location_garages_communaux.docx"] = {
    "title": "Locataires des garages communaux",
    "author": "Régie des bâtiments",
    "blocks": [
        ("h", "Garages communaux de la rue du Stade — locataires au 1er janvier 2026"),
        ("table", [
            ["Box", "Locataire", "Contact", "Véhicule", "Réf. bail"],
            ["1", "⟦p:M. Hugo Vasseur⟧", "⟦t:03 22 **71 45 09**⟧", "⟦pl:BN-337-DK⟧", "⟦id:GAR/2019/014⟧"],
            ["2", "⟦p:Mme Nadia Boukhalfa⟧", "⟦t:06 45 78 12 03⟧", "⟦pl:7645 WX 80⟧", "⟦id:GAR/2021/022⟧"],
            ["3", "⟦p:M. Wim De Vries⟧", "⟦t:+31 6 12345678⟧", "⟦pl:XT-829-N⟧ (Pays-Bas)", "⟦id:GAR/2024/031⟧"],
            ["4", "⟦p:M. Serge Lemaire⟧", "⟦t:03.22.71.60.18⟧ (ext. 4)", "⟦pl:GB 981 TZ⟧", "⟦id:GAR/2025/040⟧"],
        ]),
        "Gestion : ⟦off:M. Franck Delattre⟧, régisseur des bâtiments communaux.",
    ],
}


if __name__ == "__main__":
    raise SystemExit(main())
