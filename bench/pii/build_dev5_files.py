# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev5 set of the personal-data leak benchmark (``corpus/dev5``): documents and labels.

Same conventions as ``build_files.py`` and ``build_dev2_files.py`` (whose ``build_set`` it uses): a
personal value is written ``⟦kind:text⟧``, an official kept in clear ``⟦off:text⟧``; the script writes
the files without the marks and their lines in ``corpus/dev5/labels.jsonl``, and checks that every
label is a substring of its document.

dev5 was written by an independent author who did not read the recognizers, the anonymizer, the
verification or the held-out set, and did not run the pipeline on it. It is dense in the kinds that
still leak: addresses as people speak of them (above a shop, a corner house between two streets, the
back of a courtyard, "chez ma voisine", hamlets without a street, building/door descriptors, rural
roads and lieux-dits, foreign addresses, addresses split over lines, table cells and e-mail
signatures); plates of every era and shape in sentences, fields and tables; phones split, spelt out,
with extensions, foreign and in signatures; numbers a person holds under unusual labels; persons in
table headers and rows, in lists between dashes or semicolons, in lower-case signatures, as initials,
in foreign scripts and with particles, as an e-mail address, by a first name and a nickname; birth
dates and ages in passing. Every document is meant to be published once anonymized (route public):
none holds a sensitive fact.

Run: .venv/bin/python bench/pii/build_dev5_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev5"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["v01_courrier_haie_voisin.txt"] = """
⟦p:Mme Ghislaine Berthomieu⟧
⟦a:la maison d'angle entre la rue des Tanneurs et l'impasse du Pressoir⟧
81500 Lavaur

Lavaur, le 3 mars 2026

Monsieur le Maire,

La haie de thuyas de mon voisin, ⟦p:M. Régis Carrère⟧, qui habite ⟦a:au fond de la cour du 3 bis, rue des Tanneurs⟧, dépasse désormais les trois mètres et déborde d'un bon mètre sur le trottoir. Les poussettes doivent descendre sur la chaussée.
J'en ai parlé à ⟦p:M. Carrère⟧ à deux reprises, sans résultat. Pourriez-vous lui rappeler les règles d'élagage ?
Vous pouvez me joindre au ⟦t:05 63 58 – 21 47⟧ (laisser sonner, je suis lente à décrocher à ⟦ag:soixante-dix-neuf ans⟧).

Je vous prie d'agréer, Monsieur le Maire, l'expression de mes salutations distinguées.

⟦p:g. berthomieu⟧
"""

TXT["v02_reponse_maire_haie.txt"] = """
COMMUNE DE LAVAUR — Services techniques
Réf. : ST/2026/0318 — Votre courrier du 3 mars 2026

⟦p:Madame Ghislaine Berthomieu⟧
⟦a:2, rue des Tanneurs⟧
(angle impasse du Pressoir)
81500 LAVAUR

Madame,

Suite à votre courrier, l'agent de la voirie, ⟦off:M. Julien Castan⟧, s'est rendu sur place le 10 mars. Il a constaté que la haie bordant la propriété ⟦a:3 bis rue des Tanneurs⟧ empiète sur le domaine public sur 1,10 m.
Un courrier a été adressé à l'occupant, ⟦p:M. R. Carrère⟧, l'invitant à procéder à la taille avant le 15 avril.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Pour le Maire et par délégation,
⟦off:Nathalie Rouquette⟧, adjointe au cadre de vie
"""

TXT["v03_courriel_bruit_terrasse.txt"] = """
De : ⟦e:thibault.vanhoenacker@outlook.fr⟧
Envoyé : mardi 14 juillet 2026 23:48
À : mairie@saint-gilles-croix-de-vie.fr
Objet : bruit terrasse — encore

Bonsoir,

Je me permets de vous écrire à nouveau au sujet de la terrasse de l'appartement du dessous. J'habite ⟦a:au-dessus de la boulangerie du 14, quai du Port-Fidèle⟧, 2e étage, et depuis le début du mois la musique ne s'arrête pas avant deux heures du matin.
Les occupants (une famille ⟦p:Lemaréchal⟧, je crois, le nom est sur la boîte aux lettres du ⟦a:14 bis⟧) sont par ailleurs charmants, mais cela devient difficile.

Mes voisins d'en face, ⟦p:Huguette et Bernard Rabiller⟧, ⟦a:de l'autre côté du quai, la maison bleue avec la véranda⟧, se plaignent aussi.

Merci de ce que vous pourrez faire,

Thibault
--
⟦p:Thibault Van Hoenacker⟧
⟦a:14 quai du Port-Fidèle – 2e ét. gauche⟧
85800 Saint-Gilles-Croix-de-Vie
mob. ⟦t:06 14 / 22 / 87 / 30⟧
"""

TXT["v04_demande_abattage_arbre.txt"] = """
DEMANDE D'AUTORISATION D'ABATTAGE D'ARBRE — Commune de Montfort-l'Amaury
(Espace boisé classé / arbre remarquable : formulaire n° 2)

Demandeur : ⟦p:M. Aurélien de Kersauson de Pennendreff⟧
Qualité : propriétaire
Adresse du terrain : ⟦a:Le Clos Fleuri, chemin de la Mare-aux-Loups⟧ (accès par le portail vert après le n° 7)
Adresse de correspondance : ⟦a:Flat 12, Ashcombe House, 41 Palace Gardens Terrace⟧, ⟦a:London W8 4RU⟧, Royaume-Uni
Téléphone : ⟦t:+44 (0)20 7946 0321⟧ / en France : ⟦t:06 71 08 55 19⟧ (gardien, ⟦p:M. Tiago Pereira⟧)

Arbre concerné : un cèdre de l'Atlas d'environ 80 ans, situé à 4 m de la façade.
Motif : les racines soulèvent la terrasse et la toiture de l'abri de jardin.
Replantation proposée : deux chênes sessiles en fond de parcelle.

Dossier n° ⟦id:ABT-78420-2026-0057⟧ — déposé le 2 février 2026.
Avis de l'agent chargé des espaces verts : favorable sous réserve de replantation. ⟦off:Sébastien Morin⟧, technicien espaces verts.
"""

TXT["v05_pv_reunion_quartier.txt"] = """
QUARTIER DES GLYCINES — COMPTE RENDU DE LA RÉUNION DE QUARTIER DU 22 AVRIL 2026
Salle du foyer municipal, 18 h 30. Animation : ⟦off:Mme Karine Lefebvre⟧, adjointe à la vie des quartiers.

Présents (liste d'émargement) : ⟦p:Jocelyne Brunet⟧ – ⟦p:Abdelkader Benali⟧ – ⟦p:Odile et Francis Marchand⟧ – ⟦p:M. Zhang Wei⟧ – ⟦p:Nicole Peyroux⟧ – le petit ⟦p:Théo Peyroux⟧ – ⟦p:Mme Perrine Gauthier-Lallemand⟧.

1. Stationnement sur le trottoir de l'allée des Glycines
⟦p:Mme Brunet⟧ (⟦a:bât. C, porte 12⟧) signale que des véhicules stationnent en permanence sur le trottoir devant l'entrée C : une Twingo immatriculée ⟦pl:BX-447-QM⟧, un utilitaire blanc ⟦pl:7731 ZT 69⟧ et une moto ⟦pl:AD 12 KF⟧. Les poussettes et les fauteuils ne passent plus.
⟦p:M. Benali⟧ (⟦a:bât. A, 1er, porte 3⟧) précise que l'utilitaire appartient à un artisan qui travaille dans la résidence.

2. Éclairage
⟦p:M. et Mme Marchand⟧, ⟦a:pavillon 6, au bout de l'allée⟧, demandent le remplacement du lampadaire devant chez eux, en panne depuis février.

3. Fête des voisins
Elle aura lieu le 29 mai. Inscriptions auprès de ⟦p:Nicole⟧ (⟦a:bât. B, rez-de-chaussée, la porte avec les géraniums⟧) ou au ⟦t:07 69 . 41 . 02 . 88⟧.

Prochaine réunion en septembre.
"""

TXT["v06_registre_objets_trouves.txt"] = """
REGISTRE DES OBJETS TROUVÉS — MAIRIE DE CHAMALIÈRES — mai 2026

N° 2026-101 | 04/05 | Sac à dos bleu contenant une carte de cantine n° ⟦id:CANT-0458-E⟧ au nom de l'élève ⟦p:Yanis Boudjemaa⟧ (classe de CM1) | rendu le 05/05 à sa mère
N° 2026-102 | 06/05 | Clé de voiture Peugeot avec porte-clés « ⟦pl:EG-905-LC⟧ » | non réclamé
N° 2026-103 | 09/05 | Carte d'abonné de la piscine, n° d'abonné ⟦id:PISC 22 81 04⟧, titulaire ⟦p:Mme Solange Vigier⟧ | rendue le 10/05
N° 2026-104 | 11/05 | Carnet de chèques au nom de ⟦p:M. et Mme Ferrand-Lhéritier⟧, ⟦a:4 allée des Écureuils, résidence Le Bois Joli, app. 21⟧ | transmis à la banque
N° 2026-105 | 15/05 | Vélo enfant rouge, plaque de cadre ⟦id:BICYCODE 0C2F 7A91 3B⟧ | non réclamé
N° 2026-106 | 18/05 | Permis de conduire de ⟦p:Kouassi Yao Bernard⟧, né le ⟦bd:17.11.1987⟧, permis n° ⟦id:15AC72398⟧ | rendu le 19/05
N° 2026-107 | 20/05 | Téléphone portable ; la personne a rappelé depuis le ⟦t:04 73 . 37 . 52 . 16⟧ : ⟦p:M. Corentin Malleret⟧ | rendu le 20/05

Tenu par : ⟦off:Mme Élodie Chassaing⟧, agent d'accueil.
"""

TXT["v07_covoiturage_ecole.txt"] = """
Objet : covoiturage pour l'école de Saint-Didier — planning de la rentrée

Bonjour à tous,

Voici le planning pour septembre. Merci à chacun de vérifier sa ligne !

Lundi — ⟦p:Sandrine⟧ (la maman de ⟦p:Lou⟧) — Scenic gris ⟦pl:DK 618 TF⟧ — départ ⟦a:hameau des Granges⟧, 8 h 05
Mardi — ⟦p:Mehdi « Medo » Chérifi⟧ — Berlingo ⟦pl:FN-023-BA⟧ — départ ⟦a:le dernier lotissement avant le pont, maison n° 9⟧
Mercredi — pas d'école
Jeudi — ⟦p:Pascale Ducros⟧ — Clio ⟦pl:2468 VC 26⟧ (oui, elle roule encore !) — départ ⟦a:La Croix-Blanche, la ferme à gauche après le lavoir⟧
Vendredi — ⟦p:Jérôme Astier⟧ — Kangoo ⟦pl:gh-142-lr⟧ — départ place du village

Si empêchement, prévenir le groupe ou appeler ⟦p:Sandrine⟧ au ⟦t:zéro six, dix-neuf, trente-trois, quarante-quatre, quatre-vingt-deux⟧.
Le fichier est aussi sur le tableau de la mairie (⟦off:Mme Véronique Tardy⟧, secrétaire de mairie, l'a affiché).

Bonne rentrée,
⟦p:pascale⟧
"""

TXT["v08_marche_emplacements.txt"] = """
MARCHÉ DU SAMEDI — PLACE DU CHAMP-DE-FOIRE — ATTRIBUTION DES EMPLACEMENTS ABONNÉS (2e semestre 2026)

Empl.  Commerçant                        Produit          Véhicule         N° abonné
01     ⟦p:LE CORRE Yannick⟧                  poissons         ⟦pl:FC-381-YN⟧        ⟦id:ABO-M-0101⟧
02     ⟦p:NGUYEN Thi Lan⟧                    nems, plats      ⟦pl:DZ 770 PE⟧        ⟦id:ABO-M-0102⟧
03     ⟦p:ÖZTÜRK Mehmet⟧                     fruits, légumes  ⟦pl:5512 XY 56⟧       ⟦id:ABO-M-0103⟧
04     ⟦p:DELAUNAY-ROSSIGNOL Marie-Claude⟧   fromages         ⟦pl:GA 214 RK⟧        ⟦id:ABO-M-0104⟧
05     Ferme de Kermabon (⟦p:M. Loïc Guyader⟧)  volailles     ⟦pl:ES-599-PK⟧        ⟦id:ABO-M-0105⟧

Contact des placiers : ⟦off:M. Gwenaël Richard⟧, placier municipal, 02 97 48 10 20.
Les commerçants absents trois samedis consécutifs perdent leur emplacement.
"""

TXT["v09_salle_reservation_mail.txt"] = """
De : ⟦p:Lucie Tchakounté⟧ <⟦e:lucie.tchak@free.fr⟧>
À : ⟦off:Mme Caroline Girod⟧ <reservations@mairie-bellegarde.fr>
Objet : Réservation salle Marcel-Pagnol — samedi 12 septembre

Bonjour Madame Girod,

Suite à notre échange téléphonique, je vous confirme ma demande de réservation de la salle Marcel-Pagnol le samedi 12 septembre (de 10 h à minuit) pour un repas entre amis d'environ 60 personnes.
Mon numéro de dossier est le ⟦id:SAL-26-0912-B⟧ et mon numéro d'abonnée au service des eaux (que vous m'avez demandé pour le tarif résident) : ⟦id:EAU 01-0457-3391⟧.

La caution sera déposée par mon compagnon, ⟦p:Fabrice Ollier⟧, qui passera en mairie jeudi.

Cordialement,

Lucie TCHAKOUNTÉ
Chez ⟦p:Mme Andrée Ollier⟧ — ⟦a:22 route de Lancrans⟧
01200 Bellegarde-sur-Valserine
☏ ⟦t:04 50 48 39 71⟧ poste 22 (bureau) | ⟦t:+41 79 312 45 67⟧ (portable suisse)
"""

TXT["v10_inscription_club_judo.txt"] = """
JUDO CLUB DU PAYS DE GEX — INSCRIPTIONS SAISON 2026-2027 (liste transmise à la mairie pour l'usage du dojo)

Nom ; Prénom ; Né(e) le ; Licence ; Responsable ; Téléphone
⟦p:ABDOU⟧ ; ⟦p:Soraya⟧ ; ⟦bd:12/06/2016⟧ ; ⟦id:M160612ABDSO01⟧ ; ⟦p:M. Karim Abdou⟧ ; ⟦t:06 23 45 67 01⟧
⟦p:GRANDJEAN⟧ ; ⟦p:Maël⟧ ; ⟦bd:3 janv. 2015⟧ ; ⟦id:M150103GRAMA02⟧ ; ⟦p:Mme Aurore Grandjean⟧ ; ⟦t:+41 22 700 18 34⟧
⟦p:WOJCIECHOWSKI⟧ ; ⟦p:Antoni⟧ ; ⟦bd:2014-09-30⟧ ; ⟦id:M140930WOJAN01⟧ ; ⟦p:Mme Agata Wojciechowska⟧ ; ⟦t:+48 512 345 678⟧
⟦p:DE LA FUENTE⟧ ; ⟦p:Inés⟧ ; ⟦bd:le 8 avril 2013⟧ ; ⟦id:F130408DELIN01⟧ ; ⟦p:M. Álvaro de la Fuente⟧ ; ⟦t:07.66.12.90.43⟧

Les cours ont lieu au dojo municipal, le mercredi de 14 h à 16 h. Professeur : ⟦p:Olivier Mercier⟧ (DE judo), ⟦t:06 80 91 22 35⟧.
Pour la mairie : ⟦off:M. Stéphane Ravier⟧, service des sports.
"""

TXT["v11_sortie_scolaire_accompagnateurs.txt"] = """
ÉCOLE ÉLÉMENTAIRE JULES-FERRY — SORTIE AU MUSÉE DE LA MINE (CE2 / CM1), JEUDI 21 MAI 2026

Enseignantes : ⟦off:Mme Claire Dubost⟧ (CE2), ⟦off:Mme Hélène Vacher⟧ (CM1)
Parents accompagnateurs (ont fourni une pièce d'identité et un numéro joignable le jour de la sortie) :
- ⟦p:M. Rachid Haddou⟧, papa de ⟦p:Inès⟧ (CE2) : ⟦t:06 . 31 . 48 . 90 . 12⟧
- ⟦p:Mme Laetitia Brossard-N'Diaye⟧, maman d'⟦p:Aminata⟧ et de ⟦p:Ousmane⟧ : ⟦t:06 98 77 20 15⟧
- ⟦p:M. Kevin Roux, dit « Kéké »⟧ : ⟦t:zéro sept, cinquante-deux, onze, zéro neuf, soixante-trois⟧
- ⟦p:Mme Mireille Astruc⟧ (grand-mère de ⟦p:Lilou Astruc⟧), ⟦ag:67 ans⟧ : ⟦t:04 77 32 18 09⟧

Car : Autocars Rolland, départ 8 h 30 devant l'école. Véhicule personnel de ⟦p:M. Haddou⟧ (⟦pl:FR-229-MK⟧) pour le retour de deux élèves si besoin.
Liste affichée par la directrice, ⟦off:Mme Françoise Terrasson⟧.
"""

TXT["v12_lettre_travaux_facade.txt"] = """
⟦p:Jean-Baptiste N'Guessan⟧ et ⟦p:Marina Kostova⟧
⟦a:Bâtiment C — Porte 12⟧
⟦a:Résidence Les Mûriers, 5 avenue Jean-Moulin⟧
38130 Échirolles
Tél. (fixe) : ⟦t:04 76 23 45 76⟧ — ⟦p:Marina⟧ : ⟦t:+359 88 612 3456⟧ (numéro bulgare)

Échirolles, le 6 avril 2026

Objet : déclaration préalable — pose d'un store banne sur notre balcon

Madame, Monsieur,

Nous souhaitons poser un store banne de couleur grise sur le balcon de notre appartement (3e étage, côté parc). La copropriété a donné son accord lors de l'assemblée générale du 12 mars (extrait joint). Notre compte copropriétaire chez le syndic porte la référence ⟦id:CPR-0312-B⟧ et notre contrat d'assurance habitation le n° ⟦id:MRH 884 102 557⟧ (attestation jointe).

Veuillez agréer nos salutations distinguées.

⟦p:J.-B. N'G.⟧  ⟦p:M. K.⟧
"""

TXT["v13_pret_materiel_association.txt"] = """
COMITÉ DES FÊTES DE LA BASTIDE-DE-BESPLAS — registre de prêt du matériel (barnums, tables, bancs)

Date       | Emprunteur                     | Adresse                                   | Tél.                 | Caution (chèque n°)
02/06/2026 | ⟦p:Mme Danielle Soula⟧             | ⟦a:Le Pradal⟧                                 | ⟦t:05 61 69 – 04 – 33⟧      | chèque ⟦id:4 580 112⟧
09/06/2026 | ⟦p:M. et Mme Ourliac⟧              | ⟦a:Borde Blanque, RD 628⟧                     | ⟦t:06 88 10 27 54⟧         | chèque ⟦id:0 912 447⟧
16/06/2026 | ⟦p:Jean-Paul « Jeannot » Ruffat⟧   | ⟦a:lieu-dit Cap de Costes, après la croix⟧    | ⟦t:O6 45 O2 18 77⟧         | chèque ⟦id:2 031 905⟧
23/06/2026 | ⟦p:Famille Da Costa Ribeiro⟧       | ⟦a:ancienne école de Lasserre, logement de l'étage⟧ | ⟦t:+351 912 345 678⟧ | chèque ⟦id:7 714 260⟧

Matériel à rendre propre le lundi suivant, au hangar municipal (clé chez ⟦p:Danielle⟧).
Registre tenu par le trésorier, ⟦p:m. ourliac⟧.
"""

TXT["v14_demande_voirie_riverains.txt"] = """
Pétition des riverains du chemin de Peyrolles — demande de pose de ralentisseurs
adressée à Monsieur le Maire de Trets, le 18 mai 2026

Nous, soussignés, habitants du chemin de Peyrolles, demandons la pose de deux ralentisseurs entre le rond-point de la Gare et le pont de l'Arc.

⟦p:Roselyne Castellano⟧ — ⟦a:1420 chemin de Peyrolles⟧ — signé
⟦p:Marius Giraud⟧ — ⟦a:la bastide juste avant le pont⟧ — signé
⟦p:Anne-Sophie et Kévin Ferrandi⟧ — ⟦a:1388, ch. de Peyrolles, villa « Lou Souleou »⟧ — signé
⟦p:Dr Viktor Ivanov⟧ (Виктор Иванов) — ⟦a:1502 chemin de Peyrolles, portail noir⟧ — signé
⟦p:Hanane El Idrissi⟧ — ⟦a:chez ma voisine, 1506 chemin de Peyrolles⟧ (en attendant la fin des travaux de ma maison) — signé
⟦p:josé lopes⟧ — ⟦a:mas des Amandiers⟧ — signé

Référente de la pétition : ⟦p:R. Castellano⟧, ⟦t:04 42 61 . 27 . 93⟧, ⟦e:roselyne.castellano13 (arobase) gmail (point) com⟧
"""

TXT["v15_reponse_maire_ralentisseurs.txt"] = """
MAIRIE DE TRETS
Le Maire

⟦p:Madame Roselyne CASTELLANO⟧
⟦a:1420⟧,
⟦a:chemin de Peyrolles⟧
13530 TRETS

Trets, le 12 juin 2026

Objet : votre pétition du 18 mai 2026 — ralentisseurs chemin de Peyrolles

Madame,

J'ai bien reçu la pétition que vous m'avez transmise au nom des riverains du chemin de Peyrolles.
Un comptage a été réalisé du 25 mai au 1er juin : 1 850 véhicules par jour, vitesse moyenne 58 km/h. Deux plateaux ralentisseurs seront installés à l'automne, l'un au droit du n° ⟦a:1388⟧, l'autre à hauteur de la bastide de ⟦p:M. Giraud⟧.
⟦off:M. Patrick Estève⟧, responsable de la voirie, se tient à votre disposition au 04 42 37 55 00.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Le Maire,
⟦off:Jean-Claude Féraud⟧
"""

TXT["v16_inscriptions_vide_grenier.txt"] = """
VIDE-GRENIER DE LA SAINT-JEAN — DIMANCHE 21 JUIN 2026 — LISTE DES EXPOSANTS PARTICULIERS
(attestation sur l'honneur de non-participation à plus de deux ventes au déballage dans l'année)

Stand 1 : ⟦p:Mme Bich-Ngoc Tran⟧ — née le ⟦bd:1976-02-29⟧ — pièce d'identité n° ⟦id:980375203418⟧ — véhicule ⟦pl:CV-860-TT⟧
Stand 2 : ⟦p:M. Jean-Luc Poitevin⟧ — né le ⟦bd:14 VII 1961⟧ à Niort — CNI n° ⟦id:0610791004562⟧ — véhicule ⟦pl:6178 RS 79⟧
Stand 3 : ⟦p:Mlle Clémence d'Harcourt⟧ — ⟦ag:19 ans⟧ — passeport n° ⟦id:18CK44571⟧ — venue à pied (⟦a:la maison à côté de l'église⟧)
Stand 4 : ⟦p:M. Ahmed Ould Mohamed Salem⟧ — né le ⟦bd:31/12/1970⟧ — permis de conduire n° ⟦id:07AH19823⟧ — véhicule ⟦pl:FH 003 AV⟧ + remorque ⟦pl:AB-173-RM⟧
Stand 5 : ⟦p:Mme Gisèle Barreau⟧ — ⟦ag:quatre-vingt-deux ans⟧ — CNI n° ⟦id:8304 7911 0027⟧ — déposée par son petit-fils (⟦pl:EP-556-SD⟧)

Registre coté et paraphé par ⟦off:M. Bernard Guérin⟧, maire de Coulon.
"""

TXT["v17_courriel_inscription_ecole_musique.txt"] = """
From: ⟦e:w.schreiber-dubois@web.de⟧
To: ecole.musique@ville-haguenau.fr
Subject: Inscription de nos enfants / Anmeldung

Bonjour,

Nous venons d'emménager à Haguenau, ⟦a:3 rue des Pêcheurs, 2e étage, chez les Hoffmann⟧, et souhaitons inscrire nos enfants à l'école de musique :

- ⟦p:Lena Schreiber⟧, ⟦ag:9 Jahre⟧ (née le ⟦bd:2. März 2017⟧), violon, numéro d'élève de son ancienne école : ⟦id:MSK-KA-2017-0442⟧ ;
- ⟦p:Paul Schreiber⟧, ⟦ag:13 ans⟧, piano, 4 années d'étude à la Musikschule de Karlsruhe.

Vous pouvez nous joindre au ⟦t:0049 (0)721 / 9 81 23 45⟧ jusqu'au 30 août, puis au ⟦t:03 88 - 93 - 41 - 70⟧.

Mit freundlichen Grüßen / cordialement,
⟦p:wiebke schreiber-dubois⟧ & ⟦p:thomas dubois⟧
"""

TXT["v18_liste_jardins_partages.txt"] = """
JARDINS PARTAGÉS DU VAL FOURRÉ — attribution des parcelles 2026

Parcelle A1 – ⟦p:Fatou Sow⟧ – ⟦a:tour 14, 9e étage, appt 93⟧ – ⟦t:06 05 55 12 87⟧
Parcelle A2 – ⟦p:Jacky (« le Chti »)⟧ – ⟦a:square de la Fontaine, l'immeuble du fond, escalier 4⟧ – ⟦t:07 66 . 18 . 34 . 09⟧
Parcelle A3 – ⟦p:Mme Suzanne Wróblewska⟧ – ⟦a:23, rue de Lorraine, bât. H, porte 8⟧ – pas de téléphone
Parcelle B1 – ⟦p:M. Babacar Ndiaye⟧ et ⟦p:Mme Coumba Ndiaye⟧ – ⟦a:17 bis rue Chénier⟧ – ⟦t:+221 77 654 32 10⟧ (l'été)
Parcelle B2 – ⟦p:Nour⟧ – ⟦a:la résidence à côté de la pharmacie, 2e⟧ – ⟦e:nour.jardins@protonmail.com⟧

Badges du portail : n° ⟦id:JP-VF-031⟧ (A1), n° ⟦id:JP-VF-032⟧ (A2), n° ⟦id:JP-VF-047⟧ (B1).
Coordination municipale : ⟦off:Mme Sylvie Hamelin⟧, chargée de mission politique de la ville.
"""

TXT["v19_demande_place_livraison.txt"] = """
Monsieur le Maire,

Je tiens depuis 2009 la mercerie « Au Fil d'Ariane », ⟦a:7 rue du Pont-Vieux⟧, et j'habite juste au-dessus, ⟦a:au 2e, la fenêtre avec le store jaune⟧. Le stationnement devant la boutique est occupé en permanence, si bien que mes fournisseurs ne peuvent plus livrer.

Les mêmes voitures y restent plusieurs jours : une 2 CV verte (plaque noire ⟦pl:345 GH 33⟧), un Duster ⟦pl:fx 778 lb⟧ et un camping-car belge ⟦pl:1-ABC-123⟧.
Je vous demande la création d'une place de livraison de 20 minutes.

Je joins mon numéro d'immatriculation au répertoire des métiers, ⟦siret:438 212 904 00027⟧, comme me l'a demandé l'accueil.

Avec mes remerciements,

⟦p:Ariane Dufour-Lacombe⟧
Tél. boutique ⟦t:05.56.44.12.30⟧ — perso ⟦t:06.09.87.65.43⟧ (le soir)
"""

TXT["v20_autorisation_occupation_terrasse.txt"] = """
ARRÊTÉ MUNICIPAL N° 2026-ODP-041 — autorisation d'occupation temporaire du domaine public (étalage)

Le Maire de Pézenas,
Vu la demande présentée le 3 mars 2026 par ⟦p:M. Sergio Amato-Bellini⟧, demeurant ⟦a:11, rue Conti⟧, appartement sur cour, ⟦a:porte à droite de l'escalier⟧, exploitant de la brocante « Le Grenier de Molière » (SIRET ⟦siret:812 345 678 00019⟧),

ARRÊTE
Article 1 : M. ⟦p:Amato-Bellini⟧ est autorisé à installer un étalage de 4 m² devant le ⟦a:13 rue Conti⟧, du 1er avril au 31 octobre 2026.
Article 2 : le véhicule de livraison (⟦pl:GK-506-HJ⟧) ne pourra stationner que de 8 h à 10 h.
Article 3 : la redevance est fixée à 120 € ; titre de recette n° ⟦id:T-2026-000387⟧.

Fait à Pézenas, le 20 mars 2026.
Pour le Maire, l'adjoint délégué au commerce, ⟦off:Gérard Fabre⟧
"""

TXT["v21_courrier_chien_aboiements.txt"] = """
Objet : aboiements — copie à la mairie de Vouvray

Chère voisine,

Je me permets de vous écrire, car le chien de votre locataire aboie chaque jour de 8 h à 18 h, quand il est seul dans le jardin.
Pour rappel, j'habite ⟦a:la petite maison en tuffeau en face de votre grange, 12 rue de la Vallée-Coquette⟧, et je travaille de chez moi.
Je préfère régler cela à l'amiable. Vous pouvez m'appeler au ⟦t:02 47 52 . 60 . 18⟧ ou passer me voir.

Bien amicalement,
⟦p:Philippe Moreau-Desbois⟧

Copie : ⟦p:Mme Yvonne Lhomme⟧, propriétaire, ⟦a:Le Bas-Rochecorbon, 37210 Rochecorbon⟧ ; mairie de Vouvray, service tranquillité publique (⟦off:M. Christophe Bodin⟧).
"""

TXT["v22_club_foot_licencies.txt"] = """
U.S. PORNICHET FOOTBALL — catégorie U13 — demande de minibus municipal pour le tournoi de Guérande

Joueurs :
⟦p:Nathan L.⟧ (2014) – ⟦p:Ilyes B.⟧ (2014) – ⟦p:Timéo Le Gall⟧ – ⟦p:Sasha Kovalenko⟧ (Саша Коваленко) – ⟦p:Enzo Da Silva-Moreau⟧ – ⟦p:Mamadou Koné⟧ – ⟦p:Louis-Gabriel de Varax⟧ – ⟦p:Noé « Nono » Pichon⟧
Licences FFF : ⟦id:2544871203⟧ ; ⟦id:2544871219⟧ ; ⟦id:2544871227⟧ ; ⟦id:2544871235⟧ ; ⟦id:2544871243⟧ ; ⟦id:2544871251⟧ ; ⟦id:2544871260⟧ ; ⟦id:2544871278⟧

Conducteur : ⟦p:M. Franck Pichon⟧, éducateur bénévole, permis n° ⟦id:12AB34567⟧, né le ⟦bd:08/08/1982⟧.
Second véhicule : ⟦p:Mme Kovalenko⟧, Dacia Jogger ⟦pl:GN-614-VZ⟧, ⟦t:+380 67 123 45 67⟧ / ⟦t:07 45 21 08 66⟧.

Minibus : à retirer au centre technique municipal le samedi à 8 h (⟦off:M. Yannick Brière⟧, agent du parc automobile).
"""

TXT["v23_lettre_riverain_eclairage_hameau.txt"] = """
⟦p:Aimé et Paulette Chevrier⟧
⟦a:La Grange-aux-Moines⟧
(⟦a:hameau de Vaux, la dernière maison à droite⟧)
89290 Champs-sur-Yonne

Champs-sur-Yonne, le 2 novembre 2026

Monsieur le Maire,

Depuis la tempête d'octobre, le seul lampadaire du hameau (entre chez nous et chez ⟦p:les Berthelot⟧, ⟦a:l'ancienne ferme Roblot⟧) ne fonctionne plus. Le hameau n'a ni nom de rue ni numéros, et le livreur du pain nous cherche déjà en plein jour !
Mon mari, ⟦ag:quatre-vingt-cinq ans⟧ en décembre, sort tôt avec le chien ; nous serions rassurés par une réparation rapide.

Nos respects,

⟦p:paulette chevrier⟧
tél. : ⟦t:03 86 53 / 11 / 29⟧ (répondeur)
"""

TXT["v24_demande_branchement_eau.txt"] = """
SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-QUERCY
Demande de branchement neuf — récépissé de dépôt

N° de demande : ⟦id:BR-2026/0177⟧
Demandeur : ⟦p:M. Ludovic Vayssière⟧
Né le : ⟦bd:vingt et un février mil neuf cent quatre-vingt-neuf⟧
Lieu des travaux : ⟦a:RD 117, lieu-dit Les Bories Hautes⟧, 46500 Gramat (grange en cours de rénovation, ancienne ⟦a:maison Lacoste⟧)
Adresse actuelle : ⟦a:5 impasse des Cerisiers⟧
                   ⟦a:Lotissement Le Pech⟧
                   46500 Rignac
Téléphone : ⟦t:05 65 33 21 09⟧ (dom.) — ⟦t:06 74 12 33 90⟧ (port.) — ⟦t:+33 5 65 38 70 70 (poste 4117)⟧ (travail)
Référence client existante (compteur de Rignac) : ⟦id:C 0046 2218 91⟧
Compteur voisin pris pour repère : celui de ⟦p:Mme Lacoste⟧, abonnée ⟦id:C 0046 2201 35⟧

Reçu le 8 juillet 2026 par ⟦off:Mme Cécile Delpech⟧, agent d'accueil du syndicat.
"""
TXT["v25_cr_conseil_ecole_parking.txt"] = """
Conseil d'école du groupe scolaire des Tilleuls — extrait du procès-verbal (point 4 : sécurité aux abords)

Les représentants des parents (⟦p:Mmes Aurélie Bonnet⟧ ; ⟦p:Samira Touati⟧ ; ⟦p:M. Grégoire Lachaux-Verdier⟧) ont relevé, du 2 au 6 février, les véhicules garés sur le passage piéton devant le portail :
• ⟦pl:DF-311-KB⟧ (tous les jours) ;
• ⟦pl:EV 702 NP⟧ (lundi, mardi) ;
• ⟦pl:9921 YL 74⟧ (vieux Trafic) ;
• ⟦pl:VD 456 789⟧ (voiture vaudoise, frontalier) ;
• ⟦pl:GK471ZD⟧ (noté sans tirets sur le relevé).
Le propriétaire du premier véhicule, ⟦p:M. Damien Favre⟧ (⟦a:la maison jaune à l'angle de la rue des Écoles et du chemin des Vignes⟧), a été rencontré et s'est engagé à se garer ailleurs.

La police municipale (⟦off:brigadier-chef Laurent Perrier⟧) passera aux heures d'entrée.
Secrétaire de séance : ⟦p:s. touati⟧.
"""

TXT["v26_courriel_bibliotheque_retard.txt"] = """
Objet: Re: Re: retour des livres
De: ⟦p:Mathilde Ó Briain⟧ <⟦e:mathilde.obriain@eircom.net⟧>
Date: 17/10/2026 09:12

Bonjour,

Désolée pour le retard ! Je rapporterai les trois livres samedi. Pour mémoire ma carte de lectrice : ⟦id:B-07 2291 C⟧ (c'est écrit « lecteur n° » au dos), et celle de mon fils ⟦p:Cian⟧ : ⟦id:B-07 2292 J⟧.
Nous étions chez mes beaux-parents, ⟦a:Tigh na Mara, Ballyconneely, Co. Galway, H91 K2P3⟧, Irlande, tout le mois.

Bien à vous,
mathilde

> Le 15/10/2026, ⟦off:Corinne Lamy⟧ (médiathèque) a écrit :
> Madame, trois documents empruntés sur votre carte sont en retard de plus de 30 jours.

⟦p:Mathilde Ó Briain⟧ — ⟦a:Les Rochers, 11 venelle du Guet⟧ — 22500 Paimpol — ⟦t:+353 87 123 4567⟧ | ⟦t:06 33 44 — 55 66⟧
"""

TXT["v27_liste_benevoles_marathon.txt"] = """
SEMI-MARATHON DE LA VALLÉE DE L'ORNE — BÉNÉVOLES SIGNALEURS (liste transmise à la préfecture et à la mairie)

Poste 1 (carrefour D 562 / rue du Pont) : ⟦p:Bénédicte Hue⟧ – ⟦t:06 12 80 47 35⟧ – véhicule ⟦pl:BL-921-PQ⟧
Poste 2 (rond-point du Moulin) : ⟦p:Pierre-Yves Lecointe⟧ ; ⟦p:Aïssatou Bah⟧ – ⟦t:06-20-31-44-58⟧
Poste 3 (sortie du hameau de ⟦a:Clécy-le-Bas, devant la maison de Mme Leroux⟧) : ⟦p:Mme Christiane Leroux⟧ elle-même, ⟦ag:71 ans⟧, ⟦t:02 31 69 72 04⟧
Poste 4 (entrée du camping) : ⟦p:Guillaume « Guigui » Marie⟧ – ⟦t:zéro six quatre-vingt-dix-neuf dix-sept quarante-deux zéro un⟧
Poste 5 (ravitaillement) : ⟦p:famille Lemonnier-Dufay⟧, ⟦a:ferme de la Vallée, chemin rural n° 7⟧, tracteur ⟦pl:AA-330-TR⟧

Chaque signaleur porte un brassard numéroté (⟦id:SIG-014⟧ à ⟦id:SIG-018⟧) et une carte de bénévole.
Coordination : ⟦p:M. Hervé Lemonnier⟧, président de l'association Orne Running, ⟦t:06 80 41 22 17⟧.
"""

TXT["v28_lettre_demande_bateau_port.txt"] = """
Capitainerie du port de plaisance de Sainte-Marine — demande de place à l'année

Madame, Monsieur,

Je souhaite obtenir une place à l'année pour mon voilier « Kenavo », immatriculé ⟦id:CC 458 712⟧ (quartier maritime de Concarneau), longueur 8,40 m.
Je suis sur liste d'attente depuis 2023 sous le numéro ⟦id:LA-2023-0188⟧.
Ma remorque de mise à l'eau est immatriculée ⟦pl:AB-902-RM⟧ et je la laisse chez mon beau-frère, ⟦p:M. Goulven Le Berre⟧, ⟦a:Kerlivit, route de Combrit, le dernier hangar⟧.

Je réside à l'année à l'étranger : ⟦a:Calle de la Marina 14, 4.º B, 03730 Jávea (Alicante)⟧, Espagne ; en été ⟦a:4 hent ar Porzh, 29120 Combrit⟧.
Téléphones : ⟦t:+34 965 79 11 24⟧ ; ⟦t:+34 (6) 12 98 76 54⟧ ; en France ⟦t:02 98 56 . 33 . 10⟧.

Cordialement,
⟦p:Yves-Ronan Quéméner⟧
"""

TXT["v29_inscriptions_atelier_senior.txt"] = """
MÉDIATHÈQUE — ATELIER « NUMÉRIQUE POUR TOUS » — INSCRITS DU JEUDI (salle des associations)

⟦p:M. Marcel Dupré⟧, ⟦ag:78 ans⟧, ⟦a:Résidence les Hortensias, bât. B, porte 12⟧ — ⟦t:04 94 . 28 . 61 . 17⟧
⟦p:Mme Yolande Esposito⟧, née en ⟦bd:1946⟧ (⟦ag:80 ans⟧ en juin), ⟦a:au-dessus du tabac-presse, 9 place de la Libération⟧ — ⟦t:06 21 14 78 99⟧
⟦p:Mme Li Mei (李梅)⟧, ⟦a:14 traverse des Jardins, la villa avec le portail rouge⟧ — joignable via sa fille ⟦p:Julie Li⟧, ⟦t:06 58 03 44 21⟧
⟦p:M. René-Charles de Saint-Exupéry-Fontenay⟧, ⟦a:Domaine de la Pinède, route de Bormes, RD 559⟧ — ⟦t:04 94 71 00 15⟧ (fixe)
⟦p:Mme Jeanine Aubert⟧, née le ⟦bd:trois mai 1944⟧, ⟦a:Les Restanques, villa 7⟧ — pas de portable

Animatrice : ⟦off:Mme Pauline Giraud⟧, animatrice numérique de la commune.
"""

TXT["v30_bail_jardin_commune.txt"] = """
CONVENTION DE MISE À DISPOSITION D'UN JARDIN COMMUNAL (extrait publié au recueil des actes)

Entre la commune de Saint-Amand-Montrond, représentée par son maire, ⟦off:M. Thierry Vinçon⟧,
et ⟦p:M. Kévin Aubrun⟧, né le ⟦bd:29.02.1992⟧, demeurant ⟦a:12 rue de la Croix-Rouge, 2e étage, porte B⟧, 18200 Saint-Amand-Montrond, tél. ⟦t:06 43 . 91 . 05 . 72⟧, ci-après « le jardinier »,

il est convenu ce qui suit :
Article 1 : la commune met à disposition du jardinier la parcelle n° 12 des jardins de la rue des Prés (80 m²).
Article 2 : la convention est enregistrée sous le numéro ⟦id:JC/2026/12/AUB⟧ ; le jardinier indiquera ce numéro dans toute correspondance.
Article 3 : la redevance annuelle de 35 € est réglée par prélèvement (mandat ⟦id:RUM FR26JARD000412⟧).

Fait en deux exemplaires le 15 janvier 2026.
"""

TXT["v31_courriel_stationnement_camping_car.txt"] = """
de : ⟦e:bernard.gueguen29@wanadoo.fr⟧
à : police.municipale@douarnenez.bzh
objet : camping-car devant chez moi

bonjour,

depuis le 3 août un camping-car stationne devant mon garage, ⟦a:au 22 de la rue Laënnec, la porte de garage verte sous le balcon⟧.
il est immatriculé aux pays-bas : ⟦pl:VT-345-B⟧ (ou VT-345-8, on lit mal), avec une remorque allemande ⟦pl:HH-AB 1234⟧. je ne peux plus sortir ma voiture (⟦pl:1234 WF 29⟧, une vieille 205).
les propriétaires sont peut-être chez ⟦p:les Kerdraon⟧ d'à côté, ⟦a:le n° 24⟧.

merci de faire quelque chose,
⟦p:bernard gueguen⟧
pas le fixe, plutôt le portable : ⟦t:06 — 17 — 84 — 20 — 36⟧

> réponse de ⟦off:Gwénola Le Goff⟧, policière municipale : un agent passera cet après-midi.
"""

TXT["v32_club_photo_expo.txt"] = """
PHOTO-CLUB DE LA BRESSE — exposition « Nos villages » à la salle des fêtes, 5-20 septembre 2026

Exposants et titres des photographies :
– ⟦p:Jean-Pierre Vuillemin⟧ (⟦p:JPV⟧) : « Le lavoir de ⟦a:la Grande-Basse⟧ » ;
– ⟦p:A. M.⟧ (⟦p:Anne Mougel⟧) : « Chez ⟦p:Fernande⟧, la ferme de ⟦a:la Courbe, au-dessus du Daval⟧ » ;
– ⟦p:Tomasz Wiśniewski⟧ : « La scierie » ;
– ⟦p:Marie-Odile Claudel, dite « Mado »⟧ : « Le 14 juillet » ;
– ⟦p:Keiko Tanaka-Perrin⟧ (田中恵子) : « Brouillard sur le Hohneck ».

Les photographies sont en vente au profit du club. Réservations : ⟦p:JPV⟧, ⟦t:03 29 25 . 41 . 68⟧ ou ⟦e:jpv88 @ orange . fr⟧.
Chèques à l'ordre du Photo-Club, à envoyer chez le trésorier, ⟦p:M. Olivier Didierjean⟧, ⟦a:57, Grande Rue⟧ (⟦a:entrée par la cour, derrière la boucherie⟧), 88250 La Bresse.
"""

TXT["v33_demande_benne_dechets_verts.txt"] = """
FORMULAIRE — PRÊT D'UNE BENNE À DÉCHETS VERTS (service gratuit pour les habitants)

Nom et prénom : ⟦p:BOUCHARD-LESAGE Hélène⟧
Adresse de livraison de la benne : ⟦a:Chemin des Vignes⟧
                                   ⟦a:(maison sans numéro, la 3e après le transformateur)⟧
                                   89700 Tonnerre
N° de foyer (carte déchetterie) : ⟦id:DCH-89-00 4471⟧
Plaque du véhicule autorisé en déchetterie : ⟦pl:CS-123-AA⟧ et ⟦pl:6021-QJ-89⟧
Téléphone : ⟦t:+33 3 86 55 14 02⟧ / ⟦t:(0)6 72 18 40 93⟧
Date souhaitée : semaine 17

Cadre réservé au service : benne n° 4, livrée le 22 avril par ⟦off:M. Hugo Ravenet⟧ (agent technique).
"""

TXT["v34_cr_assemblee_association_quartier.txt"] = """
ASSOCIATION DES HABITANTS DU QUARTIER SAINT-LEU — ASSEMBLÉE GÉNÉRALE DU 7 MARS 2026 — PROCÈS-VERBAL

Présidente de séance : ⟦p:Mme Isabelle Caron-Delplanque⟧. Secrétaire : ⟦p:M. Omar Saïdi⟧.
Adhérents présents : 34 ; représentés : 11.

Rapport moral : la présidente remercie ⟦p:Dédé⟧ (⟦p:André Lefort⟧) pour le prêt de sa cave pour le stockage du matériel (⟦a:14 rue des Granges, l'entrée côté cour⟧) et ⟦p:Mme Vũ Thị Hoa⟧ pour la décoration de la fête d'hiver.

Élection du bureau : sont élus ⟦p:Isabelle Caron-Delplanque⟧ (présidente) ; ⟦p:Omar Saïdi⟧ (secrétaire) ; ⟦p:Jean-Marc Leclercq⟧ (trésorier, ⟦a:2 bis rue Motte, 1er étage au fond du couloir⟧, ⟦t:03 22 91 – 38 – 07⟧).
Adhésions : n° ⟦id:SL-2026-001⟧ à ⟦id:SL-2026-045⟧ ; la carte n° ⟦id:SL-2026-017⟧ de ⟦p:M. Joachim Van Damme⟧ est à refaire (nom mal orthographié).

Invitée : ⟦off:Mme Anne-Claire Boux⟧, conseillère municipale déléguée au quartier.
"""

TXT["v35_affouage_lots_bois.txt"] = """
Commune de Saint-Bonnet-le-Froid — affouage 2026 : lots de bois attribués (tirage au sort du 10 octobre)

Lot 1 — ⟦p:Jean-Claude Bréchignac⟧ — ⟦a:La Chaumette⟧ — tracteur ⟦pl:FT 880 VA⟧
Lot 2 — ⟦p:Maurice Ollier⟧, ⟦ag:83 ans⟧, exploité par son neveu ⟦p:Cyril⟧ — ⟦a:Le Moulin du Lignon⟧
Lot 3 — ⟦p:Les frères Rouveure (Denis et Gilbert)⟧ — ⟦a:hameau de Fromental, sans numéro⟧ — ⟦t:04 71 59 – 93 – 12⟧
Lot 4 — ⟦p:Sylvie Crouzet-Reynaud⟧ — ⟦a:Route de Tence (RD 105), maison forestière⟧ — remorque ⟦pl:WW 815 KD⟧
Lot 5 — ⟦p:M. Raphaël Teyssier⟧ — n° d'affouagiste ⟦id:AFF-07-2026-05⟧ — ⟦t:06.82.04.17.39⟧

Les garants de la coupe sont ⟦p:M. Bréchignac⟧ et ⟦p:M. Teyssier⟧. Renseignements en mairie : ⟦off:Mme Martine Chapuis⟧, secrétaire de mairie.
"""

TXT["v36_lettre_anglaise_location_gite.txt"] = """
Dear Sir or Madam,

We are writing on behalf of the twinning association of Wells (Somerset) about the exchange visit of May 2026.
Our group leader will be ⟦p:Mrs Margaret Fitzgerald-Hughes⟧ (born ⟦bd:12th March 1958⟧), ⟦a:The Old Rectory, Church Lane, Wookey, Wells BA5 1JT⟧, tel. ⟦t:+44 1749 67 82 31⟧, mobile ⟦t:07700 900 461⟧ (from France: ⟦t:00 44 7700 900 461⟧).
Her deputy, ⟦p:Mr Rajesh Patel⟧, lives at ⟦a:Flat 2B, 17 Chamberlain Street⟧, Wells. Car: ⟦pl:WV21 KXP⟧ (please reserve a parking space near the town hall).
Host families on your side, as agreed with ⟦off:Mme Brigitte Laval⟧ (mairie de Montbazon): ⟦p:the Rousseau family⟧ (⟦a:7 allée des Acacias⟧) and ⟦p:Mr & Mrs Le Guen⟧.

Kind regards,
⟦p:m. fitzgerald-hughes⟧
Membership no. ⟦id:WTA/0457⟧
"""
HTML["vh01_trottoir_vehicules_releve.html"] = {
    "title": "Relevé des véhicules stationnés sur le trottoir — rue Paul-Bert",
    "body": """
<h1>Stationnement sur trottoir, rue Paul-Bert : relevé des riverains (semaine 11)</h1>
<p>Relevé fait par <strong>⟦p:M. Alain Thébault⟧</strong> (⟦a:au fond de l'impasse, le portail bleu du 9 ter⟧) et <strong>⟦p:Mme Yasmine Kaci⟧</strong> (⟦a:n° 21, la maison d'angle avec la rue Jaurès⟧).</p>
<table border="1">
<tr><th>Jour</th><th>Véhicule</th><th>Plaque</th><th>Devant le</th></tr>
<tr><td>lundi</td><td>Peugeot 308 noire</td><td>⟦pl:GD-&#8209;715-&#8209;PS⟧</td><td>n° 15</td></tr>
<tr><td>mardi</td><td>Fiat Ducato (artisan)</td><td>⟦pl:DW&nbsp;204&nbsp;XE⟧</td><td>n° 17</td></tr>
<tr><td>mercredi</td><td>Mini Cooper</td><td>⟦pl:ev&nbsp;338&nbsp;ja⟧</td><td>n° 15</td></tr>
<tr><td>jeudi</td><td>Land Rover ancien</td><td>⟦pl:8177&nbsp;TL&nbsp;37⟧</td><td>n° 19</td></tr>
<tr><td>vendredi</td><td>Golf allemande</td><td>⟦pl:KA-MZ&nbsp;881⟧</td><td>n° 15</td></tr>
</table>
<p>Contact des riverains : ⟦p:A. Thébault⟧ — ⟦t:02&nbsp;47&nbsp;05<br>61&nbsp;88⟧ (domicile).</p>
<p>Transmis à ⟦off:M. Fabrice Launay⟧, chef de la police municipale.</p>
""",
}

HTML["vh02_annuaire_clubs_sportifs.html"] = {
    "title": "Annuaire des clubs sportifs 2026",
    "body": """
<h1>Clubs sportifs de la commune — contacts 2026</h1>
<table>
<tr><th>Club</th><th>Contact</th><th>Adresse</th><th>Téléphone</th></tr>
<tr><td>Tennis de table</td><td>⟦p:Régine Mallet⟧</td><td>⟦a:3, allée des Bleuets<br>Les Hauts de Launay, bât. D⟧</td><td>⟦t:02 40 <b>83 12 57</b>⟧</td></tr>
<tr><td>Pétanque</td><td>⟦p:Roger « Pépé » Guilbaud⟧</td><td>⟦a:La Petite Noë⟧</td><td>⟦t:06 81 24 90 13⟧ (ap. 18 h)</td></tr>
<tr><td>Badminton</td><td>⟦p:Thi Thu Hà Phạm⟧</td><td>⟦a:12 rue du Stade, app. 3⟧</td><td>⟦t:+84 90 123 45 67⟧ / ⟦t:07 81 09 33 46⟧</td></tr>
<tr><td>Gym volontaire</td><td>⟦p:Mme de Tinguy du Pouët⟧</td><td>⟦a:Logis de la Chabotterie⟧</td><td>⟦t:02.51.42.&nbsp;80.&nbsp;19⟧</td></tr>
</table>
<p>Mise à jour par ⟦off:M. Antoine Brossaud⟧, service vie associative et sportive.</p>
""",
}

HTML["vh03_cr_reunion_voisinage_html.html"] = {
    "title": "Réunion de voisinage — lotissement du Bois-Joli",
    "head": '<meta name="author" content="⟦p:Clément Rivière⟧">\n',
    "body": """
<h1>Lotissement du Bois-Joli — réunion de voisinage du 12 mai 2026</h1>
<p>Présents : <span>⟦p:Clément Rivière⟧</span> (lot 4) ; <span>⟦p:Edwige</span> <span>Lambert⟧</span> (lot 7) ; ⟦p:M. et Mme Abdelaziz Mansouri⟧ (lot 9) ; ⟦p:Hans-Jürgen Köhler⟧ (lot 12).</p>
<p>1. La haie de lauriers du lot 7 (⟦a:12 allée des Charmes⟧) masque la visibilité à la sortie de l'allée. ⟦p:Mme Lambert⟧ accepte de la tailler à 1,20 m.</p>
<p>2. Bruit de la pompe à chaleur de ⟦p:M. Köhler⟧ (⟦a:la maison du bout, 18 allée des Charmes⟧) : un capot sera posé.</p>
<p>3. Le camping-car de ⟦p:M. Mansouri⟧ (⟦pl:EY-&shy;092-&shy;HT⟧) stationnera désormais sur sa parcelle.</p>
<p>Compte rendu : ⟦p:c.riviere⟧ — <a href="mailto:⟦e:clement.riviere44@sfr.fr⟧">écrire</a> — ⟦t:06&nbsp;64&nbsp;07&nbsp;29&nbsp;81⟧</p>
""",
}

HTML["vh04_inscriptions_centre_loisirs.html"] = {
    "title": "Centre de loisirs — inscriptions vacances de printemps",
    "body": """
<h1>Centre de loisirs des Petits Loups — vacances de printemps 2026</h1>
<ol>
<li>⟦p:MARTINEZ-GARCIA Lucas⟧, ⟦ag:7 ans⟧, dossier famille n° ⟦id:FAM-0712⟧, carte « Pass loisirs » ⟦id:PL 26 0412 88⟧</li>
<li>⟦p:BENHAMOU Sarah⟧, née le ⟦bd:17/09/2018⟧, dossier ⟦id:FAM-0655⟧</li>
<li>⟦p:LEFEBVRE Jules⟧ et ⟦p:LEFEBVRE Rose⟧ (jumeaux, ⟦ag:6 ans⟧), dossier ⟦id:FAM-0730⟧ ; personne autorisée à les chercher : ⟦p:Mamie Jacqueline⟧ (⟦p:Jacqueline Vasseur⟧, ⟦t:03&nbsp;21&nbsp;48&nbsp;77&nbsp;02⟧)</li>
<li>⟦p:N'GUYEN Kim-Ly⟧, ⟦ag:neuf ans⟧, élève n° INE ⟦id:0912345678K⟧</li>
</ol>
<p>Directrice du centre : ⟦off:Mme Aurélie Duhamel⟧.</p>
""",
}

HTML["vh05_covoiturage_marche_noel.html"] = {
    "title": "Covoiturage — marché de Noël de Colmar",
    "body": """
<h1>Sortie au marché de Noël de Colmar — samedi 12 décembre</h1>
<p>Conducteurs :</p>
<ul>
<li>⟦p:Gérard⟧ (dit « ⟦p:Gégé⟧ ») — Espace bleu ⟦pl:BR-&#8203;556-&#8203;GF⟧ — 4 places — départ ⟦a:devant chez lui, 5 rue du Château-d'Eau⟧</li>
<li>⟦p:Monique Wendling⟧ — Clio ⟦pl:3398 QB 68⟧ — 3 places — départ ⟦a:au coin de la rue de l'Ill et de la ruelle des Pêcheurs⟧</li>
<li>⟦p:Dominik Nowak⟧ — minibus polonais ⟦pl:KR 7G145⟧ — 8 places — ⟦t:+48&nbsp;604&nbsp;221&nbsp;908⟧</li>
</ul>
<p>Passagers : ⟦p:Anny⟧ ; ⟦p:Lucien et Marthe Zimmermann⟧ ; ⟦p:Mme Schaeffer⟧ (⟦a:la maison à colombages en face de la boulangerie⟧) ; ⟦p:Jo⟧.</p>
<p>Organisation : ⟦p:monique wendling⟧, ⟦t:zéro trois, quatre-vingt-neuf, vingt-deux, quatorze, cinquante⟧.</p>
""",
}

HTML["vh06_reponse_mairie_arbre.html"] = {
    "title": "Réponse à votre demande — élagage du platane",
    "body": """
<p>Commune d'Aubagne — Direction des espaces verts</p>
<p>⟦p:Monsieur Lorenzo Pellegrini⟧<br>⟦a:Villa Les Cigales⟧<br>⟦a:382 chemin de la Garde⟧<br>13400 Aubagne</p>
<p>Monsieur,</p>
<p>Vous nous avez signalé que le platane situé devant votre propriété menace votre clôture. Un élagage est programmé le 14 octobre. Votre demande est enregistrée sous le n° ⟦id:EV-2026-04412⟧.</p>
<p>Nous informons aussi votre voisine, ⟦p:Mme Dolorès Sanchez-Navarro⟧ (⟦a:la bastide d'en face, n° 385⟧), car la nacelle stationnera devant son portail.</p>
<p>Pour le Maire, ⟦off:Mme Laurence Martinetti⟧, responsable des espaces verts.</p>
""",
}

HTML["vh07_location_salles_planning.html"] = {
    "title": "Planning de location de la salle polyvalente — juin 2026",
    "body": """
<h1>Salle polyvalente — réservations de juin 2026</h1>
<table border="1">
<tr><th>Date</th><th>Locataire</th><th>Objet</th><th>N° de contrat</th><th>Tél.</th></tr>
<tr><td>06/06</td><td>⟦p:DUVAL Caroline⟧</td><td>anniversaire</td><td>⟦id:LOC-2606-01⟧</td><td>⟦t:06&nbsp;45&nbsp;11&nbsp;20&nbsp;98⟧</td></tr>
<tr><td>13/06</td><td>⟦p:Olusegun Adebayo⟧</td><td>repas d'amis</td><td>⟦id:LOC-2606-02⟧</td><td>⟦t:+234&nbsp;803&nbsp;123&nbsp;4567⟧</td></tr>
<tr><td>20/06</td><td>Amicale laïque (⟦p:M. Poulain⟧)</td><td>kermesse</td><td>—</td><td>⟦t:02&nbsp;33&nbsp;..&nbsp;41&nbsp;..&nbsp;56&nbsp;..&nbsp;12⟧</td></tr>
<tr><td>27/06</td><td>⟦p:Famille Le Métayer⟧</td><td>⟦ag:90 ans⟧ de ⟦p:Mémé Lucette⟧</td><td>⟦id:LOC-2606-04⟧</td><td>⟦t:06 12 98<br>45 70⟧</td></tr>
</table>
<p>Gestion des salles : ⟦off:Mme Stéphanie Hue⟧.</p>
""",
}

HTML["vh08_marche_producteurs_exposants.html"] = {
    "title": "Marché des producteurs — exposants de l'été",
    "body": """
<h1>Marché nocturne des producteurs — exposants</h1>
<dl>
<dt>⟦p:Élodie et Baptiste Garrigou⟧</dt><dd>Miel et pain d'épices — ⟦a:Mas de la Fontète, route de Sauve (D 999), après le pont de la Vidourle⟧ — ⟦t:04 66 77 . 12 . 08⟧ — véhicule ⟦pl:GL-224-VB⟧</dd>
<dt>⟦p:Kader Hamidi⟧</dt><dd>Olives — ⟦a:Domaine des Oliviers, lieu-dit Le Cros⟧ — ⟦e:kader(point)hamidi(chez)laposte(point)net⟧ — n° d'exposant ⟦id:MP-30-2026-017⟧</dd>
<dt>⟦p:Σοφία Παπαδοπούλου⟧ (⟦p:Sofia Papadopoulou⟧)</dt><dd>Fromages de chèvre — ⟦a:Chemin de Saint-Hippolyte, la bergerie en pierre⟧ — ⟦t:+30 694 123 4567⟧</dd>
</dl>
<p>Placier : ⟦off:M. Jean-Louis Coste⟧, agent communal.</p>
""",
}

DOCX["vw01_fiche_inscription_transport_scolaire.docx"] = {
    "author": "Service transports scolaires",
    "title": "Inscription transport scolaire",
    "header": "Communauté de communes du Val de Sèvre — transport scolaire 2026-2027",
    "footer": "",
    "blocks": [
        ("h", "Fiche d'inscription"),
        ("table", [
            ["Élève", "⟦p:RAKOTOMALALA⟧ ⟦p:Fanja⟧"],
            ["Date de naissance", "⟦bd:22 / 01 / 2013⟧"],
            ["Établissement", "collège Jean-Rostand, 5e B"],
            ["Point de montée", "⟦a:arrêt « La Boulaie », devant la ferme des Girard⟧"],
            ["Adresse", "⟦a:La Boulaie⟧"],
            ["", "⟦a:le logement au-dessus de l'ancienne étable⟧"],
            ["", "79260 La Crèche"],
            ["Responsable", "⟦p:Mme Voahangy Rakotomalala⟧ — ⟦t:05 49 25 **66 . 03**⟧"],
            ["N° de carte de transport", "⟦id:TS79-26-0114725⟧"],
            ["N° de compte famille (cantine)", "⟦id:CAN-0578⟧"],
        ]),
        "Signature du responsable : **⟦p:v. rakotomalala⟧**",
    ],
}

DOCX["vw02_liste_covoiturage_entreprise_zone.docx"] = {
    "author": "⟦p:sebastien.morvan⟧",
    "title": "Covoiturage ZA des Landes",
    "header": "Plan de mobilité — zone d'activités des Landes (document partagé avec la mairie)",
    "footer": "Contact : ⟦p:Sébastien Morvan⟧ — ⟦t:02 96 . 74 . 55 . 10⟧ poste 231",
    "blocks": [
        ("table", [
            ["Conducteur", "Véhicule", "Immatriculation", "Départ", "Téléphone"],
            ["⟦p:Morvan Sébastien⟧", "Zoé", "⟦pl:FZ-**410**-LM⟧", "⟦a:Le Vieux Bourg, Plédran⟧", "⟦t:06 42 71 08 19⟧"],
            ["⟦p:Le Moal Gwenaëlle⟧", "C3", "⟦pl:DP 933 QK⟧", "⟦a:3 rés. Ker Avel, bât. 2, porte 14⟧", "⟦t:06 . 07 . 88 . 41 . 26⟧"],
            ["⟦p:Oyelaran Adewale⟧", "Astra", "⟦pl:4415 ZM 22⟧", "chez ⟦p:M. Hervé Rault⟧, ⟦a:8 hent Sant-Yann⟧", "⟦t:+44 7911 123456⟧"],
        ]),
        "Passagers réguliers : ⟦p:Katell⟧ ; ⟦p:Youenn B.⟧ ; ⟦p:Mme Rault⟧. Tour de conduite de novembre :",
        ("table", [
            ["Semaine", "⟦p:Sébastien M.⟧", "⟦p:Gwenaëlle⟧", "⟦p:Adewale O.⟧"],
            ["45", "aller", "retour", "—"],
            ["46", "—", "aller", "retour"],
            ["47", "retour", "—", "aller"],
        ]),
    ],
}

DOCX["vw03_courrier_demande_travaux_muret.docx"] = {
    "author": "⟦p:Françoise Lechevallier⟧",
    "title": "Demande de travaux — muret",
    "header": "⟦p:Françoise Lechevallier⟧ — ⟦a:Le Clos Saint-Martin, 2 sente aux Moines⟧ — 76480 Jumièges",
    "footer": "⟦e:f.lechevallier@orange.fr⟧ — ⟦t:02 35 37 – 24 – 61⟧",
    "blocks": [
        "Monsieur le Maire,",
        "Je souhaite reconstruire le muret en silex qui sépare mon jardin du chemin communal, en partie écroulé après les pluies. "
        "Il longe aussi la propriété de ⟦p:M. Thierry Hauchecorne⟧, ⟦a:la chaumière juste derrière l'abbaye⟧, qui est d'accord pour partager les frais.",
        "Mon entrepreneur, ⟦p:M. Nicolas Duhamel⟧, artisan maçon (SIRET ⟦siret:510 224 781 00034⟧), stationnera son camion ⟦pl:EC-**771**-BH⟧ sur le chemin pendant trois jours.",
        "Mon numéro de compte usager sur le portail de la commune est le ⟦id:USR-76-00981⟧.",
        "Veuillez agréer, Monsieur le Maire, mes salutations respectueuses.",
        "**⟦p:f. lechevallier⟧**",
    ],
}

DOCX["vw04_registre_cles_salles.docx"] = {
    "author": "Accueil mairie",
    "title": "Registre de remise des clés",
    "header": "Mairie de Cléder — registre de remise des clés des salles communales",
    "footer": "Registre tenu par ⟦off:Mme Annie Jézéquel⟧, agent d'accueil",
    "blocks": [
        ("table", [
            ["Date", "Salle", "Remise à", "Pièce présentée", "Badge"],
            ["03/02", "Salle des fêtes", "⟦p:M. Yannig Abgrall⟧", "permis n° ⟦id:901129300481⟧", "⟦id:BDG-0041⟧"],
            ["10/02", "Salle Ti Kêr", "⟦p:Mme Ewa Kaczmarek-Le Roux⟧", "CNI n° ⟦id:T7HK92L04⟧", "⟦id:BDG-0042⟧"],
            ["17/02", "Salle des fêtes", "⟦p:Soizic⟧ (comité des fêtes)", "—", "⟦id:BDG-0043⟧"],
            ["24/02", "Préau", "⟦p:M. Ibrahima Sarr⟧", "carte d'habitant « Pass Cléder » n° ⟦id:PC-29-1187⟧", "⟦id:BDG-0044⟧"],
        ]),
        "Clés rendues par ⟦p:M. Abgrall⟧ le 4 février ; caution restituée.",
    ],
}

DOCX["vw05_cr_visite_terrain_elus.docx"] = {
    "author": "Service urbanisme",
    "title": "Compte rendu de visite de terrain",
    "header": "Commune de Sarzeau — visite des élus dans le quartier de Penvins, 15 septembre 2026",
    "footer": "",
    "blocks": [
        ("h", "Compte rendu"),
        "Élus présents : ⟦off:M. Yves Le Priol⟧, maire ; ⟦off:Mme Sylvie Le Garrec⟧, adjointe aux travaux.",
        "Arrêt 1 — Chez ⟦p:M. et Mme Tanguy-Le Bihan⟧, ⟦a:la longère au bout du chemin de Kerfontaine, après le calvaire⟧ : "
        "ruissellement sur la voie ; un fossé sera recreusé.",
        "Arrêt 2 — ⟦p:Mme Marie-Thérèse Guillo⟧, ⟦ag:91 ans⟧, ⟦a:Penvins, maison « Ty Glaz »⟧, signale l'absence de trottoir jusqu'à l'arrêt de car.",
        "Arrêt 3 — Parking de la plage : une caravane ⟦pl:CB-**118**-QT⟧ et une voiture suisse ⟦pl:BE 417 243⟧ (canton de Berne) y stationnent depuis mai. "
        "Propriétaire de la caravane, selon les riverains : ⟦p:M. Fañch Le Ny⟧, ⟦a:22 route de Penvins⟧.",
    ],
}

DOCX["vw06_adhesions_club_rando.docx"] = {
    "author": "Club de randonnée Les Godillots",
    "title": "Adhérents 2026",
    "header": "Les Godillots — liste des adhérents 2026 (transmise pour l'assurance de la sortie communale)",
    "footer": "Président : ⟦p:Michel Ferrand⟧ — ⟦t:zéro quatre, soixante-dix-sept, trente-deux, dix, cinquante-cinq⟧",
    "blocks": [
        ("table", [
            ["N° adhérent", "Nom", "Né(e) en", "Adresse", "Licence FFRP"],
            ["⟦id:GOD-001⟧", "⟦p:Ferrand Michel⟧", "⟦bd:1952⟧", "⟦a:Le Crêt du Pin, hameau sans rue⟧", "⟦id:FFR 0254 118 7⟧"],
            ["⟦id:GOD-002⟧", "⟦p:Giraud-Maisonneuve Cécile⟧", "⟦bd:1967⟧", "⟦a:bât. F, porte 31, 4 rue Balay⟧", "⟦id:FFR 0254 118 8⟧"],
            ["⟦id:GOD-003⟧", "⟦p:Ahmadi Reza⟧", "⟦bd:1981⟧", "⟦a:Via dei Mille 7, 10123 Torino⟧ (l'hiver)", "⟦id:FFR 0254 120 3⟧"],
            ["⟦id:GOD-004⟧", "⟦p:Pélissier Bernadette, dite « Dette »⟧", "⟦bd:1949⟧", "⟦a:au-dessus de la pharmacie, 2 place Jean-Jaurès⟧", "⟦id:FFR 0254 120 9⟧"],
        ]),
        "Sortie du 18 octobre : départ à 8 h du parking de la salle des fêtes (minibus communal conduit par ⟦off:M. Jacky Verney⟧, agent municipal).",
    ],
}

if __name__ == "__main__":
    raise SystemExit(main())
