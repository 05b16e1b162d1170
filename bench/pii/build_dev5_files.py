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

Lundi — ⟦p:Sandrine⟧ (la maman de Lou) — Scenic gris ⟦pl:DK 618 TF⟧ — départ ⟦a:hameau des Granges⟧, 8 h 05
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
05     Ferme de Kermabon (⟦p:M. Loïc Guyader⟧) volailles      ⟦pl:ES-599-PK⟧        ⟦id:ABO-M-0105⟧

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


if __name__ == "__main__":
    raise SystemExit(main())
