# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev10 set of the personal-data leak benchmark (``corpus/dev10``): documents and labels.

Same conventions as ``build_files.py``, ``build_dev2_files.py`` (whose ``build_set`` it uses) and
``build_dev9_files.py``: a personal value is written ``⟦kind:text⟧`` with the short kind keys of
``KINDS``, an official acting in his function kept in clear ``⟦off:text⟧``; the script writes the files
without the marks and their lines in ``corpus/dev10/labels.jsonl``, and checks that every label is a
substring of its document. Kinds used: person (names, initials, nicknames, names inside e-mail
local parts, handles, file names and document properties), address, phone, email, identifier (any
number a person holds: identity-card, passport and driving-licence numbers, sports licences, boat
registrations and mooring badges, subscriber and badge numbers, electoral-roll numbers, customer
references), plate, birth_date (a date of birth, marriage or death of a private person in any shape,
in words, a birth year), birth_place, age, siret (the SIREN or SIRET of a sole trader), iban, rib (a
French RIB or its account number), nir, cadastre (a parcel owned by a private person) and other (a
personal web site or a social-network handle).

dev10 was written by an independent author who read only the mark syntax and the build helpers, not
the recognizers, the anonymizer, the verification, the tests, the documentation or the other sets'
documents and labels, and who did not run the pipeline or an evaluation on it. Its 60 documents
(40 .txt, 10 .html, 10 .docx) are a commune's and an intercommunalité's published papers and
registers: the municipal bulletin (état civil columns of births, marriages and deaths printed with
the families' consent, new shopkeepers and craftsmen, associations' news, centenarians, sports
results, school photo captions, flowered-houses contest, new residents); registers displayed or
published (building-permit and déclaration préalable register, cemetery concessions, market
stall-holders, fairground showmen, allotment gardens, boat moorings on a lake, shared gardens, an
exported CSV of bike-rental subscribers, a waste-centre badge export, a car-boot sale register,
road-occupation permits); council minutes naming residents in non-sensitive matters (land sales,
street naming, a residents' petition about a road, a compulsory purchase with owners and parcels);
an election candidate list, a procurations register excerpt, polling-station assessors, the draw of
potential jurors from the electoral roll; tourism guides listing B&B owners, gîtes and farm shops;
an association's annual general meeting minutes; a sports club's licence list; a school canteen's
supplier list of sole traders; a census-taker's recruitment form; letters and e-mail threads with
signatures; forms transcribed from scans; HTML pages with tables, mailto: links, title and alt
attributes; DOCX with tables, headers, footers and core properties. The values come in the shapes
people write them: names of every origin and script (Breton, Occitan, Alsatian, Basque, Corsican,
Portuguese, Spanish, Italian, Polish, Turkish, Arabic, Vietnamese, Chinese, Malagasy, Wolof, Dutch,
English, Cyrillic and Greek), particles, compound, maiden and married names, initials, nicknames,
lower case and capitals, names glued in e-mails, handles and file names; addresses abbreviated,
lieux-dits, named houses, résidences, floors, CEDEX and post-office boxes, foreign addresses; phones
in every grouping with +33 (0) and foreign numbers; e-mails plain and obfuscated; identifiers with
valid keys where they have one (NIR, IBAN, RIB, SIREN/SIRET); plates of every French format (SIV,
FNI, temporary WW); dates in every shape and in words, ages and birth years; parcels of private
owners; handles and personal sites. Elected officials and agents acting in their function are kept
in clear; candidates (not yet elected), association officers, shopkeepers and employees of private
companies are persons. Every document is meant to be published once anonymized (route public): none
holds a sensitive fact (no health, disability, offence, social aid, debt, religion, private
politics, family conflict, immigration status or evaluation of an agent).

Run: PYTHONPATH=include .venv/bin/python bench/pii/build_dev10_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev10"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["p01_bulletin_etat_civil.txt"] = """
LE PETIT JOURNAL DE PLOUGONVELIN — Bulletin municipal n° 112 — printemps 2026
ÉTAT CIVIL (publié avec l'accord des familles)

NAISSANCES
Bienvenue à :
- ⟦p:Maëlys LE GALL⟧, née le ⟦bd:3 janvier 2026⟧ à ⟦bp:Brest⟧, fille de ⟦p:Gwenaëlle Kerboul⟧ et de ⟦p:Yannick Le Gall⟧, ⟦a:12 hent Pen ar Menez⟧
- ⟦p:Noah Ferreira da Costa⟧, ⟦bd:le 17/01⟧ — ⟦a:résidence Les Hortensias, bât. B⟧
- ⟦p:Aya⟧ et ⟦p:Inès BENKIRANE⟧, jumelles, nées le ⟦bd:vingt-neuf janvier⟧ à ⟦bp:Landerneau⟧
- ⟦p:Tiago⟧, fils de ⟦p:Sandrine Pellen⟧ et ⟦p:Rui Almeida Santos⟧, ⟦bd:08.02.2026⟧
- ⟦p:Gaspard de Kersauson de Pennendreff⟧, ⟦bd:le 2 mars⟧, ⟦a:manoir de Kerhuon⟧

MARIAGES
Tous nos vœux de bonheur à :
- ⟦p:Morgane Quéré⟧ & ⟦p:Kévin Abgrall⟧, le ⟦bd:14 février 2026⟧
- ⟦p:Léa Nguyễn Thị Thu⟧ et ⟦p:Julien Le Bihan⟧, ⟦bd:samedi 21 mars⟧
- ⟦p:Ahmed Zerrouki⟧ et ⟦p:Élodie Tanguy⟧, le ⟦bd:4/04/26⟧

DÉCÈS
Ils nous ont quittés :
- ⟦p:Marie-Thérèse CORRE, née PHILIPPE⟧, ⟦ag:94 ans⟧, ⟦a:Kervéguen⟧, le ⟦bd:6 janvier⟧
- ⟦p:Jean-François « Fanch » Le Roux⟧, ancien patron pêcheur, ⟦ag:81 ans⟧
- ⟦p:Mme veuve Lagadec⟧ (⟦p:Anna⟧), dans sa ⟦ag:102e année⟧, le ⟦bd:28 février 2026⟧
- ⟦p:Hervé Salaün⟧, né en ⟦bd:1949⟧, décédé le ⟦bd:13 mars 2026⟧ à ⟦a:Trémeur, 29217 Plougonvelin⟧

Les familles qui souhaitent faire paraître un avis dans le prochain bulletin peuvent s'adresser à ⟦off:Nadine Guéguen⟧, service état civil (02 98 48 30 18).
"""

TXT["p02_bulletin_nouveaux_commercants.txt"] = """
VIVRE À SAINT-AMAND-DE-COLY — bulletin n° 47
ILS SE SONT INSTALLÉS CHEZ NOUS

★ La boulangerie du bourg a rouvert ! ⟦p:Cédric et Aurélie Delpeyrat⟧ vous accueillent ⟦a:4 pl. de l'Église⟧ du mardi au dimanche. Tél. ⟦t:05.53.51.42.07⟧. SIRET ⟦siret:498 313 865 00087⟧.

★ ⟦p:Sébastien « Séb » Lacoste⟧, plombier-chauffagiste, a créé son entreprise individuelle au ⟦a:lieu-dit La Borie Haute⟧. Dépannages : ⟦t:06 72 18 44 90⟧ — ⟦e:seb.lacoste.plomberie@gmail.com⟧ — SIREN ⟦siret:628677056⟧.

★ Coiffure à domicile : ⟦p:Lina Haddad⟧ se déplace dans tout le canton. ⟦t:07-81-25-63-14⟧ — Instagram ⟦o:@lina_coiffe_a_dom⟧.

★ Nouvelle ferme maraîchère bio au ⟦a:Mas de Peyrelevade⟧ : ⟦p:Ophélie Van Hove⟧ et ⟦p:Thibault Marty⟧ vendent leurs paniers le vendredi soir. Commandes : ⟦e:lesjardinsdophelie [at] laposte [point] net⟧.

★ ⟦p:M. Wu Jianguo⟧ (吴建国) reprend le restaurant « Le Relais » avec son épouse ⟦p:Mme Chen Meili⟧ ; numéro SIRET ⟦siret:76128394400020⟧.

★ Ébéniste d'art, ⟦p:Grégoire du Chastel⟧ a installé son atelier dans l'ancienne forge, ⟦a:3 chemin des Fargues⟧. Son site : ⟦o:www.gregoireduchastel-ebeniste.fr⟧ — ⟦t:+33 (0)6 09 87 12 55⟧.

★ Le taxi de la commune change de mains : ⟦p:Patricia Mouret⟧ succède à ⟦p:Jean-Claude Faure⟧, qui prend sa retraite après 31 ans de service. Véhicule : Skoda Superb immatriculée ⟦pl:GK-318-TZ⟧. Réservations ⟦t:0553294411⟧.

La commission « vie économique », présidée par ⟦off:Martine Bouyssou⟧, adjointe, leur souhaite la bienvenue.
"""

TXT["p03_bulletin_vie_associative.txt"] = """
LA GAZETTE DE MOLSHEIM-LÈS-VIGNES — VIE ASSOCIATIVE

Club de l'amitié : le nouveau bureau élu le 12 janvier se compose de ⟦p:Marlène Schaeffer⟧ (présidente), ⟦p:Roger Kuntz⟧ (trésorier) et ⟦p:Bernadette Wolff-Ehrhart⟧ (secrétaire). Les inscriptions au voyage en Forêt-Noire se font chez la présidente, ⟦a:7a rue des Vosges⟧, ou au ⟦t:03 88 38 12 71⟧.

Harmonie municipale : après 42 ans à la clarinette, ⟦p:Fernand Haegel⟧ passe la baguette à ⟦p:Chloé Ruhlmann⟧, ⟦ag:27 ans⟧, professeure au conservatoire. Contact : ⟦e:harmonie.molsheim.chloe@free.fr⟧.

Les Amis du patrimoine ont restauré le calvaire du ⟦a:Kreuzweg⟧ grâce au terrain prêté par la ⟦p:famille Ott⟧ (⟦cad:section 18 n° 245/12⟧). Merci à ⟦p:Albert⟧, ⟦p:Jeannot⟧ et ⟦p:« Fifi » Bronner⟧ pour les heures de bénévolat.

Tennis de table : ⟦p:Kerem Yıldız⟧ est champion départemental en catégorie cadets ; né le ⟦bd:11/05/2010⟧, il s'entraîne depuis l'âge de 7 ans avec ⟦p:Stanislas Nowak⟧.

Bibliothèque associative : ⟦p:Svetlana Ivanova⟧ (Светлана Иванова) animera un atelier de contes russes le samedi 16 mai. Réservations auprès de ⟦p:Mme G. Lutz⟧ — ⟦e:g.lutz(at)orange(dot)fr⟧.

Randonneurs du Piémont : sortie au Mont Sainte-Odile le 3 juin, départ de la salle des fêtes. Coordination : ⟦p:Paul-Émile Gerber⟧, ⟦t:06.81.55.02.39⟧.

Les associations qui souhaitent paraître dans le prochain numéro envoient leur texte à la mairie (communication@molsheim-les-vignes.fr) avant le 15 mai. Le maire, ⟦off:Laurent Furst-Meyer⟧
"""

TXT["p04_bulletin_centenaires.txt"] = """
MAGAZINE MUNICIPAL DE CHÂTEAUNEUF-SUR-CHARENTE — « NOS AÎNÉS À L'HONNEUR »

Deux centenaires cette année !

⟦p:Madame Germaine Bouyer, née Ardouin⟧, a fêté ses ⟦ag:100 ans⟧ le ⟦bd:2 février 2026⟧ entourée de ses 4 enfants, 9 petits-enfants et 11 arrière-petits-enfants. Née le ⟦bd:2 février 1926⟧ à ⟦bp:Bouteville⟧, dans la ferme familiale de ⟦a:chez Ardouin⟧, elle a tenu l'épicerie de la ⟦a:rue du Port⟧ pendant 35 ans. Le maire, ⟦off:Jean-Paul Gouguet⟧, lui a remis la médaille de la ville.

⟦p:Monsieur Raymond Thibaud⟧ est entré dans sa ⟦ag:101e année⟧ : né le ⟦bd:dix-huit avril mil neuf cent vingt-cinq⟧ à ⟦bp:Jarnac⟧, ancien tonnelier, il vit toujours dans sa maison de la ⟦a:Grand'Rue, n° 23⟧, avec sa fille ⟦p:Monique Thibaud-Rivière⟧.

Ils ont aussi fêté un bel anniversaire :
- ⟦p:Lucette Maréchaux⟧, ⟦ag:95 ans⟧ (née le ⟦bd:1.III.1931⟧)
- ⟦p:Antonio Pires Cardoso⟧, ⟦ag:93 ans⟧, arrivé de ⟦bp:Chaves⟧ (Portugal) en 1962
- ⟦p:Yvette et Marcel Guillon⟧, noces de platine (70 ans de mariage, unis le ⟦bd:12 mai 1956⟧ à Châteauneuf)

Vous connaissez un aîné qui fête ses 90 ans ou plus et qui accepte de paraître ? Prévenez ⟦off:Sylvie Jourdain⟧, au CCAS.
"""

TXT["p05_resultats_course_pedestre.txt"] = """
FOULÉES DU LAC DE VASSIVIÈRE — 10 km — dimanche 7 juin 2026
Résultats officiels (extrait publié dans le bulletin communautaire)

Clt  Dossard  Nom Prénom                      Cat.  Né(e)  Club                      Temps
1    0412     ⟦p:KIPTOO Daniel⟧                    SEM   ⟦bd:1997⟧   Limoges Athlé             31:42
2    0087     ⟦p:MARCHADIER Romain⟧                SEM   ⟦bd:1993⟧   AS Eymoutiers             32:05
3    0233     ⟦p:DOS SANTOS Nuno⟧                  M1M   ⟦bd:1984⟧   individuel                33:18
4    0591     ⟦p:LE MOAL Anne-Gaëlle⟧              M0F   ⟦bd:1988⟧   US Saint-Léonard          36:49
5    0015     ⟦p:BOULESTEIX Jean-Pierre⟧           M4M   ⟦bd:1965⟧   Peyrat Running            37:02
6    0320     ⟦p:TCHOUMI Rosine⟧                   SEF   ⟦bd:1999⟧   Limoges Athlé             38:11
7    0144     ⟦p:VAN DER LINDEN Pieter⟧            M2M   ⟦bd:1978⟧   individuel (NL)           38:40
8    0777     ⟦p:DUPUY-MAZEAUD Clémence⟧           JUF   ⟦bd:2007⟧   Collège de Bourganeuf     41:55

Licences : le vainqueur, licencié FFA n° ⟦id:1789452⟧, établit un record de l'épreuve. Doyen de la course : ⟦p:Louis Peyrichoux⟧, ⟦ag:78 ans⟧, en 58:31. Plus jeune : ⟦p:Tom Lavaud⟧, ⟦ag:16 ans⟧.

Contact du comité d'organisation (bénévoles) : ⟦p:Fabienne Boudeau⟧ — ⟦t:06 37 21 58 04⟧ — foulees.vassiviere@laposte.net. Photos de ⟦p:Nicolas Faucher⟧ sur ⟦o:flickr.com/photos/nico_faucher87⟧.
Le président de la communauté de communes, ⟦off:Thierry Letourneau⟧, a remis les prix.
"""

TXT["p06_legendes_photos_ecole.txt"] = """
ÉCOLE PUBLIQUE JULES-FERRY DE SAINT-JEAN-PIED-DE-PORT — PHOTOS DE CLASSE 2025-2026
(légendes pour le bulletin ; autorisations de publication recueillies)

Classe de CP-CE1 de ⟦off:Mme Maialen Etcheverry⟧
1er rang, de g. à dr. : ⟦p:Ekaitz⟧, ⟦p:Lucie B.⟧, ⟦p:Mohamed-Amine⟧, ⟦p:Oihana⟧, ⟦p:Hugo D.-L.⟧, ⟦p:Nerea⟧
2e rang : ⟦p:Txomin Harriet⟧, ⟦p:Jade Lafitte⟧, ⟦p:Aitana Goikoetxea⟧, ⟦p:Ibrahima Sow⟧, ⟦p:Manon Irigaray⟧
Absent le jour de la photo : ⟦p:Beñat⟧.

Classe de CM1-CM2 de ⟦off:M. Peio Arrossagaray⟧
Assis : ⟦p:Léna Haristoy-Bidegain⟧, ⟦p:Andoni⟧, ⟦p:Sacha Ruiz⟧, ⟦p:Amets Elissalde⟧
Debout : ⟦p:Zoé⟧ et ⟦p:Lou Salaberry⟧ (jumelles, ⟦ag:10 ans⟧), ⟦p:Enzo Mendiboure⟧, ⟦p:Yuna Ocafrain⟧, ⟦p:Maxime Lopez-Garat⟧

Fichier photo : cm1_⟦p:harriet-txomin⟧_portrait.jpg — les parents qui souhaitent un tirage s'adressent à ⟦p:Mme Laxague⟧ (APE), ⟦t:06 11 74 03 82⟧.
"""

TXT["p07_registre_autorisations_urbanisme.txt"] = """
MAIRIE DE LA TESTE-DU-BUCH-EN-LANDES — REGISTRE DES AUTORISATIONS D'URBANISME
Affichage en mairie (art. R. 423-6 et R. 424-15 C. urb.) — dossiers déposés du 1er au 30 avril 2026

N° dossier             | Date dépôt | Demandeur                          | Adresse du terrain                     | Réf. cad.          | Objet
PC 033 529 26 00031    | 02/04/2026 | ⟦p:M. LABAT Fabrice⟧                     | ⟦a:18 allée des Arbousiers⟧                 | ⟦cad:BH 0214⟧            | maison individuelle
DP 033 529 26 00108    | 03/04/2026 | ⟦p:Mme DARRIEUTORT épouse CAZAUX⟧        | ⟦a:lieu-dit Le Pujeau⟧                      | ⟦cad:000 ZE 12⟧          | piscine 8 x 4
DP 033 529 26 00109    | 07/04/2026 | ⟦p:GOMES DE OLIVEIRA Sandra⟧             | ⟦a:5 bis imp. du Lavoir⟧                    | ⟦cad:AC 77 et AC 78⟧     | clôture
PC 033 529 26 00032    | 09/04/2026 | ⟦p:M. et Mme HOANG Van Thanh⟧            | ⟦a:Résidence Les Pins, lot 12⟧              | ⟦cad:CD-0451⟧            | extension 24 m²
DP 033 529 26 00113    | 14/04/2026 | ⟦p:de SAINT-EXUPÉRY Hubert⟧              | ⟦a:Villa « Ker Anna », 2 bd de l'Océan⟧     | ⟦cad:AB 1102⟧            | ravalement
DP 033 529 26 00116    | 15/04/2026 | ⟦p:LAFFARGUE Michel⟧ (indivision)        | ⟦a:chemin rural n° 14 dit de Peyot⟧         | ⟦cad:ZL 5p⟧              | division en 2 lots
PA 033 529 26 00002    | 22/04/2026 | SARL Océan Promotion (gérant ⟦p:M. Ilan Benhamou⟧) | avenue du Parc                 | BK 30 à BK 34      | lotissement 9 lots
DP 033 529 26 00121    | 28/04/2026 | ⟦p:Mlle Sigrid Johansson⟧                | ⟦a:12 rte de Cazaux⟧                        | ⟦cad:section AE n° 256⟧  | abri de jardin
PC 033 529 26 00035    | 30/04/2026 | ⟦p:EL AMRANI Youssef⟧ & ⟦p:MARTIN Laure⟧ | ⟦a:La Grande Lande, parcelle 3⟧             | ⟦cad:ZH 88, ZH 89⟧       | maison + garage

Les dossiers sont consultables en mairie, service urbanisme (⟦off:M. Franck Dupouy⟧, instructeur).
"""

TXT["p08_registre_concessions_cimetiere.txt"] = """
COMMUNE DE SAINT-PÉRAN — REGISTRE DES CONCESSIONS FUNÉRAIRES (extrait mis à jour au 31/03/2026)
Cimetière communal — carré B et columbarium — affiché pour la procédure de reprise des concessions échues

Empl.   Nature            Durée   Délivrée le   Titulaire (concessionnaire)                 Domicile connu
B-012   concession        50 ans  14/06/1976    ⟦p:GUILLOUX Joseph⟧ (ayant droit : ⟦p:GUILLOUX Annick⟧)   ⟦a:La Chesnaie, 35380 Saint-Péran⟧
B-015   concession        30 ans  02/11/1996    ⟦p:MADEC-RÉGNIER Sylvie⟧                       ⟦a:3 square Alfred-de-Musset, appt 42, 35000 Rennes⟧
B-021   concession        15 ans  19/08/2011    ⟦p:FOURNEL Pierre-Yves⟧                         ⟦a:BP 27, 35160 Montfort-sur-Meu⟧
B-034   perpétuelle       —       07/03/1952    ⟦p:famille HAMON-LEBRETON⟧                      inconnu
B-040   concession        30 ans  23/12/1995    ⟦p:Mme NDIAYE Aminata⟧                          ⟦a:14 rue de la Croix-Verte, 3e étage gauche, 35700 Rennes⟧
COL-07  case columbarium  15 ans  05/05/2011    ⟦p:M. Krzysztof WÓJCIK⟧                         ⟦a:ul. Kwiatowa 12/4, 30-001 Kraków (Pologne)⟧
COL-09  case columbarium  10 ans  30/01/2016    ⟦p:ROBIN Jean-Baptiste⟧ dit ⟦p:« Tintin »⟧      ⟦a:Le Bois Gervilly⟧

Les titulaires ou leurs ayants droit sont invités à se manifester avant le 30 septembre 2026 auprès du secrétariat de mairie (⟦off:Mme Odile Jouan⟧), de préférence par écrit à mairie@saint-peran.fr.
Sépulture B-034 : dernier contact connu, ⟦p:M. Alain Hamon⟧, ⟦t:+33 2 99 07 61 38⟧, courrier revenu en 2019.
"""

TXT["p09_registre_marche_hebdomadaire.txt"] = """
VILLE DE LODÈVE — MARCHÉ DU SAMEDI — REGISTRE DES ABONNÉS (emplacements annuels 2026)
Tenu par le placier municipal, ⟦off:M. Gilles Roques⟧ — extrait communiqué à la commission des marchés

Empl. | Titulaire                               | Activité              | SIRET / n° carte         | Véhicule         | Contact
A01   | ⟦p:ROUQUETTE Marie-Christine⟧                 | fromages de chèvre    | ⟦siret:501 440 044 00086⟧      | ⟦pl:FE-227-KL⟧         | ⟦t:06 12 55 80 31⟧
A02   | ⟦p:BOUZID Karim⟧                              | fruits et légumes     | ⟦siret:78244698300044⟧         | ⟦pl:8421 WD 34⟧        | ⟦t:06.63.04.17.92⟧
A05   | ⟦p:Mme TEISSIER-COMBES⟧                       | miel, pain d'épices   | SIREN ⟦siret:787 257 153⟧      | ⟦pl:ER 604 PM⟧         | ⟦e:miel.teissier@wanadoo.fr⟧
B03   | ⟦p:NGUYEN Thi Lan⟧                            | nems, plats cuisinés  | ⟦siret:948858212 00053⟧        | ⟦pl:123 ABC 30⟧        | ⟦t:0467441299⟧
B07   | ⟦p:FABRE Jean-Louis, dit « Jeannot »⟧         | huîtres de Bouzigues  | ⟦siret:45255313400019⟧         | ⟦pl:dk-915-aa⟧         | ⟦t:+33 6 45 78 19 02⟧
C02   | ⟦p:ALCARAZ Dolores⟧                           | vêtements, linge      | carte de commerçant ambulant ⟦id:AMB-34-2025-00817⟧ | ⟦pl:HA-049-RX⟧ | ⟦t:06 27 09 41 66⟧
C04   | ⟦p:O'SULLIVAN Declan⟧                         | livres d'occasion     | ⟦siret:947 696 340 00027⟧      | ⟦pl:WW-381-GH⟧         | ⟦e:declan.books(arobase)gmail.com⟧

Remplaçants inscrits sur la liste d'attente : ⟦p:Mlle Océane Vidal⟧ (bijoux), ⟦p:M. Abdoulaye Diallo⟧ (artisanat), ⟦p:Mme Ludmila Petrova⟧ (plantes).
Droits de place : 1,20 € le mètre linéaire, réglés au placier.
"""

TXT["p10_jardins_familiaux_attribution.txt"] = """
COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE DREUX — JARDINS FAMILIAUX DES BAS-BUISSONS
Commission d'attribution du 11 mars 2026 — liste des attributions (affichée au chalet des jardins)

Parcelle  Surface  Jardinier(s)                                   Adresse                                         N° adhérent
J-03      150 m²   ⟦p:M. Mehmet Demir⟧                                 ⟦a:8 rue Saint-Thibault, esc. C, 2e ét.⟧              ⟦id:JF-2026-031⟧
J-07      100 m²   ⟦p:Mme Paulette Chartier⟧ et ⟦p:M. Hervé Chartier⟧      ⟦a:résidence des Chaises, bât. 4, porte 12⟧           ⟦id:JF-2026-044⟧
J-11      150 m²   ⟦p:Famille RAKOTOARISOA⟧                           ⟦a:22, av. du Gal-Leclerc⟧                           ⟦id:JF-2026-052⟧
J-12      100 m²   ⟦p:Jean-Michel Lhuillier⟧ (« Jean-Mi »)             ⟦a:12 allée des Bas-Buissons⟧                         ⟦id:JF-2026-053⟧
J-15       80 m²   ⟦p:Mme Fatoumata Keïta⟧                            ⟦a:Tour Jean-Moulin, 9e étage, apt 96⟧               ⟦id:JF-2026-058⟧
J-18      150 m²   ⟦p:M. Zhang Wei⟧ & ⟦p:Mme Li Na⟧                      ⟦a:4 place Métézeau⟧                                  ⟦id:JF-2026-061⟧

Référents de l'association des jardiniers : ⟦p:Gérard Bellanger⟧ (président) — ⟦t:02 37 46 18 90⟧ — et ⟦p:Sonia Ferrand⟧ (clés et cadenas) — ⟦t:07 68 22 14 05⟧.
Les nouveaux jardiniers signent la convention d'occupation auprès de ⟦off:Mme Claire Lemaître⟧, chargée de mission nature en ville.
"""

TXT["p11_registre_mouillages_lac.txt"] = """
SYNDICAT MIXTE DU LAC D'AIGUEBELETTE — ZONES DE MOUILLAGE ET D'ÉCHOUAGE — SAISON 2026
Liste des autorisations d'occupation temporaire accordées (publiée au recueil des actes)

N° AOT     Bouée   Titulaire                              Adresse                                            Embarcation (type / immatriculation)   Badge ponton
2026-001   M-04    ⟦p:M. Bernard Perrier-Cochet⟧               ⟦a:Le Gojat, 73610 Saint-Alban-de-Montbel⟧              barque électrique / ⟦id:CY F12754⟧         ⟦id:BP-0417⟧
2026-002   M-05    ⟦p:Mme Nathalie Veyrat⟧                     ⟦a:75 chemin de la Curiaz⟧                               voilier Corsaire / ⟦id:LY 742118⟧          ⟦id:BP-0418⟧
2026-006   M-11    ⟦p:M. Giuseppe Bianchi⟧                     ⟦a:Via Roma 47, 10121 Torino (Italie)⟧                  canoë — non immatriculé                —
2026-009   M-15    ⟦p:M. et Mme Dufour-Chabert⟧                ⟦a:Les Prés Rolland, 73470 Novalaise⟧                   barque aviron / ⟦id:CY F13389⟧              ⟦id:BP-0431⟧
2026-012   E-02    ⟦p:M. Ruben Vermeersch⟧                     ⟦a:Gentsesteenweg 221, 9300 Aalst (Belgique)⟧           pédalo privé                             ⟦id:BP-0440⟧
2026-014   E-05    ⟦p:Mlle Camille Rey-Grange⟧                 ⟦a:La Maison du Pêcheur, lieu-dit Boffard⟧              barque de pêche / ⟦id:CY F10021⟧            ⟦id:BP-0443⟧

Pour joindre les titulaires en cas de bouée dérivante : ⟦p:B. Perrier-Cochet⟧ ⟦t:04 79 36 02 17⟧, ⟦p:N. Veyrat⟧ ⟦t:06 08 41 92 33⟧, ⟦p:G. Bianchi⟧ ⟦t:+39 333 481 2206⟧, ⟦p:R. Vermeersch⟧ ⟦t:+32 477 20 18 65⟧.
Redevances des titulaires étrangers réglées par virement : ⟦p:M. Vermeersch⟧ depuis le compte ⟦iban:BE41 0634 5187 2010⟧, ⟦p:M. Bianchi⟧ en espèces à la base nautique.
Le garde du lac, ⟦off:M. Jérôme Guicherd⟧, est joignable au poste de la base nautique.
"""

TXT["p12_export_velos_location.txt"] = """
# Export CSV — service Vélo'Agglo (location longue durée de vélos à assistance électrique) — abonnés actifs au 01/04/2026
# Fichier transmis au délégataire pour la campagne de révision ; ne contient que les champs nécessaires
num_abonne;nom;prenom;date_naissance;adresse;code_postal;ville;telephone;email;velo;date_debut
⟦id:VA-000512⟧;⟦p:MOREL⟧;⟦p:Justine⟧;⟦bd:1994-07-23⟧;⟦a:14 rue Pasteur⟧;26000;Valence;⟦t:0645128873⟧;⟦e:justine.morel94@gmail.com⟧;VAE-118;2025-09-01
⟦id:VA-000538⟧;⟦p:BEN YOUSSEF⟧;⟦p:Mehdi⟧;⟦bd:1988-02-11⟧;⟦a:Résidence Le Polygone, bât. D, appt 307⟧;26000;Valence;⟦t:+33 7 52 90 41 16⟧;⟦e:mehdi.benyoussef@outlook.fr⟧;VAE-131;2025-10-15
⟦id:VA-000601⟧;⟦p:FAURE-LACROIX⟧;⟦p:Anne-Sophie⟧;⟦bd:1979-12-30⟧;⟦a:3 chem. des Mûriers⟧;26500;Bourg-lès-Valence;⟦t:04 75 43 21 06⟧;⟦e:asfl@free.fr⟧;VAE-087;2026-01-05
⟦id:VA-000622⟧;⟦p:OKONKWO⟧;⟦p:Chinedu⟧;⟦bd:2001-05-04⟧;⟦a:8 av. Victor-Hugo, 4e⟧;26000;Valence;⟦t:06 51 77 20 38⟧;⟦e:chinedu.okonkwo@etu.univ-grenoble-alpes.fr⟧;VAE-142;2026-02-01
⟦id:VA-000640⟧;⟦p:de la ROCHEFOUCAULD⟧;⟦p:Aymeric⟧;⟦bd:1965-09-17⟧;⟦a:Domaine de Lautagne⟧;26000;Valence;⟦t:06.09.11.54.72⟧;⟦e:aymeric.dlr@orange.fr⟧;VAE-015;2026-02-20
⟦id:VA-000655⟧;⟦p:PAPADOPOULOS⟧;⟦p:Eleni⟧;⟦bd:1991-03-08⟧;⟦a:27 quai Thannaron⟧;26000;Valence;⟦t:+30 694 512 3378⟧;⟦e:eleni.papad@yahoo.gr⟧;VAE-099;2026-03-02
⟦id:VA-000671⟧;⟦p:ROUX⟧;⟦p:Théo⟧;⟦bd:2005-11-19⟧;⟦a:Lot. Les Chênes Verts, n° 9⟧;26120;Chabeuil;⟦t:0780114529⟧;⟦e:theo.roux.26@laposte.net⟧;VAE-150;2026-03-15
"""

TXT["p13_deliberation_vente_terrain.txt"] = """
COMMUNE DE MONTRÉAL-DU-GERS — EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS
Séance du 26 février 2026 — présents : ⟦off:M. Francis Dupouy⟧, maire ; ⟦off:Mme Christine Lagarde-Bats⟧, ⟦off:M. Julien Sarrade⟧, adjoints ; et 9 conseillers.

Délibération 2026-011 — Vente d'un terrain communal au lieu-dit Le Tuco
Le maire rappelle que ⟦p:M. Pierre-Henri Lacave⟧ et son épouse ⟦p:Mme Nadège Lacave née Dubarry⟧, domiciliés ⟦a:lieu-dit Le Tuco, maison « Lou Cassou »⟧, ont demandé à acquérir la parcelle communale ZA 47 (1 230 m²) contiguë à leur propriété cadastrée ⟦cad:ZA 46⟧. Après avis des Domaines (3 690 €), le conseil décide, à l'unanimité, de vendre la parcelle ZA 47 aux époux ⟦p:Lacave⟧ au prix de 3 690 €.

Délibération 2026-012 — Échange de terrains avec un riverain
Pour élargir le chemin de Baradat, la commune échange avec ⟦p:M. Joaquim Ribeiro Fonseca⟧ (⟦a:Baradat, 32250 Montréal⟧) une bande de 210 m² à détacher de sa parcelle ⟦cad:AB n° 312⟧ contre une bande de même surface du délaissé communal. Le géomètre désigné est le cabinet Géo-Ténarèze.

Délibération 2026-013 — Servitude de passage de réseau
⟦p:Mme Huguette Castéran-Labadie⟧ autorise le passage d'une canalisation d'eau pluviale sur ses parcelles ⟦cad:C 584⟧ et ⟦cad:C 585⟧ au lieu-dit ⟦a:Peyrot⟧, moyennant une indemnité forfaitaire de 400 €.

Délibération 2026-014 — Bail du presbytère
Le logement communal ⟦a:2 place de l'Hôtel-de-Ville, 1er étage⟧ est loué à ⟦p:M. Aurélien Dartigues⟧ et ⟦p:Mlle Mélissa Bordes⟧ à compter du 1er avril (loyer : 520 € mensuels).

Pour extrait certifié conforme, le maire, ⟦off:Francis Dupouy⟧
"""

TXT["p14_deliberation_denomination_voies.txt"] = """
COMMUNE DE PLOUHINEC — CONSEIL MUNICIPAL DU 19 MARS 2026 — COMPTE RENDU SOMMAIRE (affiché)

4. Dénomination et numérotation des voies du lotissement de Kervihan
Sur proposition de la commission « voirie », le conseil nomme :
- « Allée ⟦p:Marie-Jeanne Le Port⟧ », en hommage à l'ancienne sonneuse de bombarde de la commune, née le ⟦bd:23 juillet 1921⟧ à ⟦bp:Plouhinec⟧ et décédée en ⟦bd:2014⟧ ; sa fille, ⟦p:Mme Annaïg Le Port-Guillou⟧, a donné son accord ;
- « Impasse des Goélands » ;
- « Rue ⟦p:Yves et Jeanne Kerdraon⟧ », donateurs du terrain de football en 1962.
Les riverains concernés par la renumérotation : ⟦p:M. Tanguy Le Cam⟧ (ancien ⟦a:Kervihan Vihan⟧, nouveau ⟦a:3 allée Marie-Jeanne-Le-Port⟧), ⟦p:Mme Soizic Moal⟧ (ancien ⟦a:Kervihan 4⟧, nouveau ⟦a:5 impasse des Goélands⟧), ⟦p:M. et Mme Ewen et Rozenn Quillivic⟧ (nouveau ⟦a:10 rue Yves-et-Jeanne-Kerdraon⟧).

5. Pétition des riverains de la route de Poulhan
Le maire donne lecture de la pétition déposée le 2 mars par ⟦p:M. Loïc Le Goff⟧, ⟦a:Poulhan Vihan⟧, et signée par 38 riverains, demandant un aménagement de sécurité (ralentisseurs) au droit du hameau. Le conseil décide d'inscrire l'étude au budget 2026.

Questions diverses : ⟦p:M. Dominique Jézéquel⟧ (⟦t:02 98 70 11 86⟧) propose de céder gratuitement à la commune la ⟦cad:parcelle ZE 158⟧ pour y créer un lavoir restauré.
Le maire, ⟦off:Jean-Yves Riou⟧ ; secrétaire de séance, ⟦off:Gwenola Le Berre⟧
"""

TXT["p15_petition_riverains_route.txt"] = """
PÉTITION — SÉCURISATION DE LA ROUTE DÉPARTEMENTALE 14 À LA TRAVERSÉE DU HAMEAU DES GRANGES
Déposée en mairie de Saint-Bonnet-le-Froid le 9 avril 2026 (copie jointe au compte rendu du conseil, publiée avec l'accord des signataires)

Nous, riverains et usagers, demandons la pose de ralentisseurs et d'un passage piéton devant l'arrêt de car des Granges.

N°  Nom et prénom                     Adresse                                   Téléphone / courriel               Signature
1   ⟦p:BRUN Christiane⟧                     ⟦a:Les Granges, maison Brun⟧                  ⟦t:04 71 65 22 18⟧                        (signé)
2   ⟦p:CHAPUIS Jean-Marc⟧                   ⟦a:Les Granges n° 4⟧                           ⟦e:jm.chapuis43@orange.fr⟧                (signé)
3   ⟦p:Mme OLLIER Marie-Noëlle⟧             ⟦a:La Ferme du Crouzet⟧                        ⟦t:06 74 09 31 58⟧                        (signé)
4   ⟦p:FAYARD Thomas⟧ et ⟦p:Émilie⟧           ⟦a:420 route des Granges⟧                      ⟦t:06-22-48-71-03⟧                        (signé)
5   ⟦p:SOUVIGNET Noël⟧, ⟦ag:83 ans⟧          ⟦a:Chez Souvignet, hameau des Granges⟧        —                                  (signé)
6   ⟦p:KOWALCZYK Agnieszka⟧                  ⟦a:Le Moulin du Lignon⟧                       ⟦e:a.kowalczyk [arobase] wp [point] pl⟧     (signé)
7   ⟦p:Dr VIDAL-ARNAUD Pascale⟧ (riveraine) ⟦a:Les Granges Hautes⟧                         ⟦t:04.71.59.00.27⟧                        (signé)
8   ⟦p:GARNIER Yohan⟧, chauffeur du car scolaire   ⟦a:12 lot. du Mont-Chaulet, 43290 Montregard⟧   ⟦t:+33 6 31 08 52 47⟧       (signé)

Interlocuteur des pétitionnaires : ⟦p:Jean-Marc Chapuis⟧. Réponse à adresser à ⟦a:Les Granges n° 4, 43290 Saint-Bonnet-le-Froid⟧.
Reçu en mairie par ⟦off:Mme Sandrine Exbrayat⟧, secrétaire de mairie.
"""

TXT["p16_expropriation_etat_parcellaire.txt"] = """
PRÉFECTURE DU TARN — COMMUNAUTÉ DE COMMUNES DU CORDAIS ET DU CAUSSE
Aménagement de la voie verte Cordes-Vindrac — enquête parcellaire — ÉTAT PARCELLAIRE (affiché en mairies)

N° ordre  Réf. cadastrales         Lieu-dit           Emprise    Propriétaire(s) présumé(s) (d'après la matrice cadastrale)
1         ⟦cad:Vindrac-Alayrac ZC 12⟧   ⟦a:Les Cazals⟧          850 m²     ⟦p:CALMETTES Robert Jean Louis⟧, né le ⟦bd:04/08/1951⟧ à ⟦bp:Albi⟧, ⟦a:Les Cazals, 81170 Vindrac-Alayrac⟧
2         ⟦cad:ZC 13, ZC 14⟧             Les Cazals          1 210 m²   ⟦p:BOUSQUET née ROQUES Yvonne⟧, usufruitière ; ⟦p:BOUSQUET Didier⟧, nu-propriétaire, ⟦a:9 rue des Teinturiers, 31000 Toulouse⟧
3         ⟦cad:000 ZD 0041⟧             ⟦a:Pech de Lavalette⟧   430 m²     ⟦p:Indivision ALIBERT⟧ : ⟦p:ALIBERT Francis⟧, né le ⟦bd:17 déc. 1948⟧ ; ⟦p:ALIBERT épouse MARTY Geneviève⟧, née le ⟦bd:03.06.1953⟧
4         ⟦cad:ZD 42p⟧                  Pech de Lavalette   95 m²      GFA du Pech (gérant ⟦p:M. Vincent Séguier⟧)
5         ⟦cad:Cordes, section E, n° 1033 à 1035⟧ ⟦a:La Capelette⟧ 2 080 m²  ⟦p:SAUNAL Marie-Paule, Thérèse⟧, ⟦a:La Capelette, 81170 Cordes-sur-Ciel⟧
6         ⟦cad:E 1040⟧                  La Capelette        160 m²     ⟦p:Mme HENDERSON Fiona Margaret⟧, ⟦a:17 Church Lane, Little Snoring, Fakenham NR21 0JQ (Royaume-Uni)⟧
7         ⟦cad:E 1041⟧                  La Capelette        75 m²      propriétaire non identifié (compte ⟦id:+00412⟧) — avis d'affichage
8         ZE 3                     Garric              640 m²     Commune de Cordes-sur-Ciel (domaine privé communal)

Les propriétaires sont invités à faire connaître au commissaire enquêteur, ⟦off:M. Bernard Fabre⟧, les titulaires de droits réels ainsi que leur état civil complet (nom, prénoms, date et lieu de naissance).
"""

TXT["p17_liste_candidats_municipales.txt"] = """
ÉLECTIONS MUNICIPALES PARTIELLES COMPLÉMENTAIRES — COMMUNE DE LA BRESSE-SUR-MOSELOTTE
Scrutin du 14 juin 2026 — état des candidatures enregistrées en préfecture (affiché à la mairie et dans les bureaux de vote)

Liste « Ensemble pour La Bresse » — tête de liste : ⟦p:Mme Valérie POIROT-GRANDEMANGE⟧
  1. ⟦p:POIROT-GRANDEMANGE Valérie⟧, née le ⟦bd:12/09/1972⟧ à ⟦bp:Remiremont⟧
  2. ⟦p:CLAUDEL Jean-Luc⟧, né le ⟦bd:27/02/1966⟧ à ⟦bp:Gérardmer⟧
  3. ⟦p:PERRIN Aurore⟧, née le ⟦bd:05/05/1990⟧ à ⟦bp:Épinal⟧
  4. ⟦p:MOUGEL Théophile⟧, né le ⟦bd:31/12/1958⟧ à ⟦bp:La Bresse⟧
  5. ⟦p:VINCENT épouse HANS Caroline⟧, née le ⟦bd:19/03/1981⟧ à ⟦bp:Mulhouse (Haut-Rhin)⟧

Liste « La Bresse autrement » — tête de liste : ⟦p:M. Dimitri ANTOINE⟧
  1. ⟦p:ANTOINE Dimitri⟧, né le ⟦bd:8 octobre 1985⟧ à ⟦bp:Saint-Dié-des-Vosges⟧
  2. ⟦p:GEHIN Laetitia⟧, née le ⟦bd:14 avril 1977⟧ à ⟦bp:Cornimont⟧
  3. ⟦p:DA CRUZ Manuel⟧, né le ⟦bd:2 novembre 1969⟧ à ⟦bp:Braga (Portugal)⟧
  4. ⟦p:REMY Sophie⟧, née le ⟦bd:22 août 1994⟧ à ⟦bp:Nancy⟧

Mandataire financier de la liste « La Bresse autrement » : ⟦p:M. Olivier Pierrat⟧, ⟦a:17 route de Vologne⟧, ⟦e:olivier.pierrat88@sfr.fr⟧.
Les professions de foi sont disponibles en mairie. Le maire, ⟦off:Maryvonne Crouvezier⟧
"""

TXT["p18_registre_procurations_extrait.txt"] = """
COMMUNE DE SAINT-GEORGES-DE-DIDONNE — BUREAU DE VOTE N° 2 (école Jean-Macé)
Extrait du registre des procurations — élections du 14 juin 2026 (tenu par le maire, consultable par les électeurs de la commune)

N°    Mandant (nom, prénoms, n° d'inscription)              Mandataire (nom, prénoms, domicile)                         Établie le / autorité      Validité
P-01  ⟦p:BONNIN Michel André⟧, n° ⟦id:0412⟧                         ⟦p:BONNIN Gisèle⟧, ⟦a:28 bd de la Côte-de-Beauté⟧                        02/06/2026 — gendarmerie   ce scrutin
P-02  ⟦p:RENAUD-MARTINEAU Claire⟧, n° ⟦id:1187⟧                     ⟦p:CHAIGNEAU Pascal⟧, ⟦a:5 rue du Port-Bourgeois, rés. Les Mouettes, appt 8⟧   en ligne (Maprocuration ⟦id:MP-2026-KX48T9⟧)   1 an
P-03  ⟦p:TRAN Quoc Bao⟧, n° ⟦id:0893⟧                              ⟦p:TRAN Minh Anh⟧, ⟦a:Villa « Les Tamaris », 9 av. de Suzac⟧            vendredi 5 juin — commissariat de Royan  ce scrutin
P-04  ⟦p:DELAGE Yvette (née BOUYER)⟧, n° ⟦id:0156⟧                  ⟦p:GUÉRIN Nathalie⟧, ⟦a:14 chemin de la Ganipote⟧                       28/05/2026 — consulat de Lisbonne   ce scrutin
P-05  ⟦p:MACKENZIE Ian⟧, n° ⟦id:1420⟧ (liste complémentaire)        ⟦p:HOLLIS Margaret⟧, ⟦a:3 allée des Pins, 17110 St-Georges⟧             10/06/2026 — gendarmerie   ce scrutin

Mentions en marge : le mandataire de P-02 vote aussi pour ⟦p:M. Chaigneau père⟧ (procuration reçue d'une autre commune, n° ⟦id:0731⟧).
Le président du bureau, ⟦off:M. Didier Quentin⟧, adjoint ; la secrétaire, ⟦off:Mme Brigitte Largeaud⟧.
"""

TXT["p19_guide_chambres_hotes.txt"] = """
OFFICE DE TOURISME INTERCOMMUNAL DU PAYS DE LA LOIRE-BEAUGEOIS — GUIDE DES HÉBERGEMENTS 2026
Chambres d'hôtes (classement « Clévacances » / « Gîtes de France ») — informations fournies par les propriétaires

• LE CLOS DES GLYCINES ★★★ — 3 chambres, 8 pers.
  ⟦p:Anne-Laure et Matthieu Gaudin⟧ — ⟦a:12 rue des Perrières, Les Rosiers-sur-Loire⟧ — ⟦t:02 41 51 82 13⟧ / ⟦t:06 80 44 12 09⟧ — ⟦e:closdesglycines49@gmail.com⟧ — ⟦o:www.closdesglycines-loire.fr⟧

• MANOIR DE LA TOUCHE — 5 chambres, table d'hôtes
  ⟦p:Lord and Lady Ashworth⟧ (⟦p:Charles⟧ & ⟦p:Penelope⟧) — ⟦a:La Touche, route de Mouliherne⟧ — ⟦t:+44 7700 900 418⟧ (UK) et ⟦t:02.41.82.60.17⟧ — ⟦e:penny.ashworth@btinternet.com⟧

• CHEZ ⟦p:MIMI⟧ — 2 chambres dans une maison troglodytique
  ⟦p:Michèle « Mimi » Baranger⟧ — ⟦a:Le Coteau, 7 chemin des Caves⟧ — ⟦t:0241514478⟧ — réservations par SMS uniquement

• LA LONGÈRE DU LAC — 4 chambres, accès pêche
  ⟦p:Hans-Jürgen Müller⟧ et ⟦p:Birgit Schäfer-Müller⟧ — ⟦a:Lieu-dit La Brosse, 49390 Mouliherne⟧ — ⟦t:+49 171 482 9035⟧ — ⟦e:longere.du.lac [at] web.de⟧ — Facebook : ⟦o:facebook.com/LongereDuLacMouliherne⟧

• LES MOULINS DE BEAUFORT — 1 suite familiale
  ⟦p:M. Jean-Baptiste N'Diaye⟧ — ⟦a:Moulin de la Vallée, BP 14, 49250 Beaufort-en-Anjou⟧ — ⟦t:06 58 21 74 90⟧

• VILLA SANTORIN — 2 chambres, piscine
  ⟦p:Κωνσταντίνος Παπαδάκης⟧ (⟦p:Konstantinos Papadakis⟧) — ⟦a:3 impasse du Val d'Authion⟧ — ⟦e:k.papadakis@gmail.com⟧

Les labels sont attribués par le comité départemental ; contact office de tourisme : ⟦off:Mme Hélène Richou⟧, conseillère en séjour.
"""

TXT["p20_guide_gites_fermes.txt"] = """
COMMUNAUTÉ DE COMMUNES DU HAUT-JURA — « PRODUITS DE NOS FERMES ET GÎTES RURAUX » — édition 2026

VENTE À LA FERME
◆ GAEC des Combes (⟦p:Famille Grappe⟧) — comté, morbier — ⟦a:Les Combes, 39310 Septmoncel⟧ — ⟦t:03 84 41 60 22⟧ — ouvert tous les jours 17h-19h
◆ ⟦p:Élise Bourgeois-Jacquet⟧, chevrière — tommes et faisselles — ⟦a:La Ferme d'En-Haut, hameau de Lajoux⟧ — ⟦t:06 86 30 12 57⟧ — SIRET ⟦siret:622 429 538 00060⟧
◆ Miellerie ⟦p:Vuillermoz⟧ — ⟦a:7, chem. des Moines, Lamoura⟧ — ⟦e:vuillermoz.miel(a)orange.fr⟧ — ⟦o:@miellerie_vuillermoz⟧
◆ Escargots du Grandvaux — ⟦p:Rémi Cuynet⟧ — ⟦a:Le Pré Clos, Saint-Laurent-en-Grandvaux⟧ — ⟦t:+33 (0)3 84 60 19 83⟧ — SIREN ⟦siret:412263469⟧

GÎTES
◆ Gîte « Le Tuyé du Grand-Père » — 6 pers. — propriétaires ⟦p:M. et Mme Midol-Monnet⟧, ⟦a:28 rue du Marché, Les Rousses⟧ — ⟦t:03.84.60.33.91⟧
◆ Gîte d'étape des Crêtes — 19 lits — gérant ⟦p:Ludovic Berthet-Bondet⟧ — ⟦a:Les Moussières, Le Grand Essert⟧ — ⟦t:06 07 91 28 54⟧ — ⟦e:ludo@gite-des-cretes.fr⟧
◆ Chalet « Chez la ⟦p:Louise⟧ » — 4 pers. — ⟦p:Louise Mermet-Gindre⟧, ⟦ag:74 ans⟧, qui loue la maison de ses parents — ⟦a:Le Boulu, 39220 Bois-d'Amont⟧ — réservation via sa petite-fille ⟦p:Clara⟧ : ⟦e:clara.mermet.gindre@gmail.com⟧
◆ Yourtes du Risoux — ⟦p:Tenzin Dorje⟧ et ⟦p:Anaïs Clerc⟧ — ⟦a:Forêt du Risoux, chalet n° 3⟧ — ⟦t:0041 79 385 22 16⟧ (portable suisse)

Acompte des yourtes à verser sur le compte de ⟦p:Tenzin Dorje⟧ : ⟦iban:CH93 0076 2011 6238 5295 7⟧.
Renseignements : service tourisme de la communauté de communes, ⟦off:M. Stéphane Bouvet⟧.
"""

TXT["p21_ag_association_comite_fetes.txt"] = """
COMITÉ DES FÊTES DE SAINT-JULIEN-EN-CHAMPSAUR — association loi 1901
PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU 24 JANVIER 2026 (salle polyvalente, 20 h 30)

Présents : 46 adhérents (liste d'émargement en annexe). Représentée : la mairie, par ⟦off:M. Christian Pellegrin⟧, premier adjoint.
Président de séance : ⟦p:Patrick Eyraud⟧ ; secrétaire de séance : ⟦p:Annie Blanchard-Robin⟧.

1. Rapport moral (⟦p:P. Eyraud⟧) : fête patronale du 15 août (1 100 repas), bal des conscrits, loto, marché de Noël. Remerciements à ⟦p:Gilbert Motte⟧, dit ⟦p:« Gigi »⟧, qui a prêté son hangar du ⟦a:Serre des Aigles⟧ et son tracteur, et à ⟦p:Mme Rosa Martins⟧ pour les tartes.
2. Rapport financier (⟦p:Kévin Arnaud⟧, trésorier) : résultat positif de 2 340 €. Compte de l'association au Crédit Agricole Alpes Provence. Les remboursements de frais aux bénévoles se font par virement : ⟦p:Julie Faure⟧ a communiqué son IBAN ⟦iban:FR76 1027 8360 2500 0201 8730 127⟧.
3. Élection du bureau : sont élus ⟦p:Patrick Eyraud⟧ (président), ⟦p:Noémie Gras⟧ (vice-présidente), ⟦p:Kévin Arnaud⟧ (trésorier), ⟦p:Ahmed Boukhalfa⟧ (trésorier adjoint), ⟦p:Annie Blanchard-Robin⟧ (secrétaire). Le siège reste fixé ⟦a:chez le président, 6 impasse du Drac⟧.
4. Projets 2026 : concours de pétanque, en partenariat avec ⟦p:Robert « Bébert » Chaix⟧ (boulodrome) ; festival de musique avec ⟦p:Jessica Le Mée⟧ (⟦e:jess.lemee.music@gmail.com⟧, ⟦o:soundcloud.com/jessica-lemee⟧).
5. Questions diverses : la camionnette prêtée par ⟦p:M. Bernard Para⟧ (Renault Master ⟦pl:BX-442-PN⟧) sera assurée par l'association lors des manifestations.

Cotisation maintenue à 10 €. Prochaine AG : janvier 2027. Contact : ⟦t:06 83 27 19 40⟧ (président) — comitedesfetes.stjulien05@orange.fr.
Le président, ⟦p:Patrick Eyraud⟧ — la secrétaire, ⟦p:A. Blanchard-Robin⟧
"""

TXT["p22_liste_licencies_club_foot.txt"] = """
ENTENTE SPORTIVE DU VAL D'ALLIER — LISTE DES LICENCIÉS U13 ET SENIORS — SAISON 2025-2026
Transmise à la commune pour la convention de mise à disposition du stade (créneaux d'entraînement)

Licence FFF   Nom                    Prénom          Né(e) le     Catégorie   Responsable légal / contact
⟦id:2544871203⟧    ⟦p:BARRAUD⟧                ⟦p:Noé⟧             ⟦bd:14/02/2013⟧   U13         ⟦p:Sylvie Barraud⟧, ⟦t:06 17 22 35 48⟧
⟦id:2544871260⟧    ⟦p:EL HADDAOUI⟧            ⟦p:Rayan⟧           ⟦bd:03/09/2013⟧   U13         ⟦p:Nadia El Haddaoui⟧, ⟦t:07 81 46 02 93⟧
⟦id:2544903318⟧    ⟦p:PEREIRA GONÇALVES⟧      ⟦p:Lucas⟧           ⟦bd:22/11/2014⟧   U13 (surcl.) ⟦p:Paulo Pereira⟧, ⟦e:paulo.pereira.goncalves@gmail.com⟧
⟦id:2544912007⟧    ⟦p:DIOP⟧                   ⟦p:Cheikh Tidiane⟧  ⟦bd:30/06/2013⟧   U13         ⟦p:Awa Diop⟧, ⟦t:06.58.31.70.44⟧
⟦id:2310022817⟧    ⟦p:MONTAGNE⟧               ⟦p:Florian⟧         ⟦bd:11/01/1996⟧   Senior      ⟦t:0670228193⟧
⟦id:2310045522⟧    ⟦p:AUBIGNAT⟧               ⟦p:Kylian⟧          ⟦bd:07/04/2003⟧   Senior      ⟦e:kylian.aubignat@hotmail.fr⟧
⟦id:2310078150⟧    ⟦p:ÇELIK⟧                  ⟦p:Emre⟧            ⟦bd:25/12/1999⟧   Senior      ⟦t:+33 6 95 14 82 07⟧
⟦id:2310091466⟧    ⟦p:LAFAYE DU BOURG⟧        ⟦p:Antoine⟧         ⟦bd:19/08/1992⟧   Senior      ⟦t:06 44 03 91 25⟧

Éducateurs (bénévoles) : ⟦p:Sébastien Fougerouse⟧ (U13), diplômé BMF, ⟦t:06 22 71 45 90⟧ ; ⟦p:Hakim Benali⟧ (seniors). Président du club : ⟦p:Jean-Claude Bournet⟧ — esva.foot.president@laposte.net.
Créneaux : mardi et jeudi 18 h-20 h (stade municipal). Pour la commune : ⟦off:Mme Florence Ducros⟧, service des sports.
"""

TXT["p23_cantine_fournisseurs_locaux.txt"] = """
SIVOS DES COTEAUX DU LAYON — RESTAURATION SCOLAIRE
Liste des fournisseurs locaux référencés pour 2026 (annexe au rapport « approvisionnement de proximité », publiée)

Fournisseur (entrepreneur individuel)    Produits                 SIRET                       Adresse                                         Coordonnées bancaires (virement mandat)
⟦p:Bertrand Hamelin⟧ (EI)                      pommes, jus de pomme     ⟦siret:76092887900039⟧              ⟦a:La Petite Bellière, 49380 Thouarcé⟧               ⟦iban:FR76 1558 9297 0204 5632 1984 396⟧
⟦p:Mme Naïma Berrada⟧ (EI, « Les Pains de ⟦p:Naïma⟧ »)  pain bio            ⟦siret:480 010 008 00005⟧           ⟦a:18 rue Rabelais, Chalonnes⟧                       RIB : ⟦rib:13807 00812 32021978546 64⟧
⟦p:Loïc et Maud Cesbron⟧ (EI au nom de ⟦p:Loïc Cesbron⟧) viande bovine     ⟦siret:683 120 372 00076⟧           ⟦a:Le Grand Chaumont⟧                                ⟦iban:FR7630003024100005047321551⟧
⟦p:Thi Mai PHAM⟧ (EI)                          légumes                  ⟦siret:44010734000067⟧              ⟦a:Les Jardins de la Roche, lieu-dit La Roche-Aubry⟧ ⟦iban:FR76 3000 4017 2800 0123 4567 824⟧
⟦p:Gérald Oger⟧ (EI)                           yaourts de ferme         SIREN ⟦siret:762439198⟧              ⟦a:Ferme de Beaupréau, BP 3⟧                          banque 18025, guichet 00064, compte n° ⟦rib:08411934002⟧, clé 41

Interlocuteurs : ⟦off:Mme Corinne Bréchet⟧, responsable de la restauration scolaire ; pour les fournisseurs, ⟦p:B. Hamelin⟧ coordonne les livraisons groupées (⟦t:06 72 80 14 35⟧).
"""

TXT["p24_courriels_reservation_salle.txt"] = """
De : ⟦p:Sandrine Lefebvre-Dumont⟧ <⟦e:sandrine.lefebvre-dumont@wanadoo.fr⟧>
Envoyé : mardi 3 mars 2026 21:47
À : Mairie de Ouistreham-sur-Orne <accueil@mairie-ouistreham-orne.fr>
Objet : RE: Réservation salle Jean-Vilar — samedi 16 mai

Bonsoir Madame,

Merci pour votre réponse. Je confirme la réservation de la petite salle pour l'anniversaire des ⟦ag:40 ans⟧ de mon mari, ⟦p:Franck Dumont⟧, le samedi 16 mai (il est né le ⟦bd:16 mai 1986⟧, d'où la date !). Nous serons une soixantaine.
Vous trouverez ci-joint l'attestation d'assurance (MAIF, sociétaire n° ⟦id:3847215 F⟧) et le chèque de caution.
Pour l'état des lieux, vous pouvez joindre mon beau-frère ⟦p:Ludovic Dumont⟧ au ⟦t:06 31 52 88 07⟧, qui récupérera les clés.

Bien cordialement,
⟦p:Sandrine Lefebvre-Dumont⟧
⟦a:7, rés. Le Clos Normand, app. 12⟧
14150 Ouistreham
⟦t:02 31 97 12 44⟧ / ⟦t:06 63 18 29 01⟧

-----Message d'origine-----
De : ⟦off:Virginie Lecoq⟧ (service vie associative) <v.lecoq@mairie-ouistreham-orne.fr>
Envoyé : lundi 2 mars 2026 10:12
À : ⟦e:sandrine.lefebvre-dumont@wanadoo.fr⟧
Objet : RE: Réservation salle Jean-Vilar

Madame ⟦p:Lefebvre-Dumont⟧,
La petite salle est disponible le 16 mai. Tarif résident : 180 €. Merci de nous adresser l'attestation d'assurance et un justificatif de domicile.
⟦off:Virginie Lecoq⟧

-----Message d'origine-----
De : ⟦e:sandrine.lefebvre-dumont@wanadoo.fr⟧
Envoyé : samedi 28 février 2026 08:03
Bonjour, est-il possible de louer la salle Jean-Vilar le 16 mai ? Mon voisin ⟦p:M. Hamid Ouazzani⟧ (⟦a:n° 9 de la résidence⟧) l'avait louée l'an dernier et m'a dit que c'était possible pour les résidents.
Envoyé de mon iPhone
"""

TXT["p25_lettre_riverain_eclairage.txt"] = """
⟦p:Jean-Pierre et Martine FOURCADE⟧
⟦a:« Les Mimosas »⟧
⟦a:1120, chemin de la Tuilerie⟧
82000 MONTAUBAN
Tél. : ⟦t:05 63 03 47 18⟧ — port. ⟦t:06 84 27 51 03⟧
⟦e:jp.fourcade82@orange.fr⟧

                                   Monsieur le Président de Grand Montauban Communauté d'agglomération
                                   Service éclairage public
                                   BP 764 — 82013 MONTAUBAN CEDEX

Montauban, le 12 janvier 2026

Objet : lampadaire n° 114-027 hors service — chemin de la Tuilerie
Réf. de votre accusé de réception : ⟦id:DEM-2025-118406⟧

Monsieur le Président,

Le lampadaire situé devant notre propriété (parcelle ⟦cad:EV 412⟧) ne fonctionne plus depuis le 20 novembre. Notre voisine, ⟦p:Mme Conchita Garcia-Lopez⟧, qui habite ⟦a:au 1140⟧, vous avait déjà signalé la panne par téléphone. Depuis, ⟦p:M. Sylvain Delmas⟧ (⟦a:1098 chemin de la Tuilerie⟧) a vu des techniciens passer sans intervenir.
Pourriez-vous faire procéder à la réparation ? Notre fils ⟦p:Thomas⟧ (⟦t:07 66 12 93 41⟧) est disponible pour accueillir l'équipe si nous sommes absents.

Veuillez agréer, Monsieur le Président, l'expression de nos salutations distinguées.

                                   ⟦p:J.-P. Fourcade⟧          ⟦p:M. Fourcade⟧

PS : la plaque de la voiture qui stationne chaque nuit sous le lampadaire (⟦pl:EK-813-LM⟧) appartient à notre locataire, ⟦p:M. Kevin O'Neill⟧, il n'y a donc pas de souci de ce côté.
"""

TXT["p26_formulaire_agent_recenseur_scan.txt"] = """
[Transcription OCR d'un formulaire scanné — mairie de Vic-le-Comte — recrutement des agents recenseurs, campagne 2027]
[Pièce publiée en annexe de l'arrêté de nomination, numéros de sécurité sociale et coordonnées bancaires non masqués sur l'original]

FICHE DE RENSEIGNEMENTS — AGENT RECENSEUR (vacataire)

NOM : ⟦p:CHASSAGNE⟧          Nom de naissance : ⟦p:MAZET⟧          Prénom(s) : ⟦p:Sylvie Jeanne⟧
Né(e) le : ⟦bd:1 4 / 0 9 / 1 9 6 1⟧      à : ⟦bp:CLERMONT-FERRAND (63)⟧      Âge : ⟦ag:64⟧
Adresse : ⟦a:9, rue du Puy-de-Mur, Longues⟧       CP : 63270     Commune : Vic-le-Comte
Tél. fixe : ⟦t:04 73 69 ·· 21 ·· 08⟧      Portable : ⟦t:06 7 5 3 2 4 8 1 9⟧
Courriel : ⟦e:sylvie.chassagne63@orange .fr⟧
N° de sécurité sociale : ⟦nir:2 61 09 63 113 048 64⟧
Coordonnées bancaires : IBAN ⟦iban:FR76 1470 7000 3232 1198 4506 689⟧   BIC CCBPFRPPMTZ
Véhicule personnel utilisé : oui ☒ non ☐    Immatriculation : ⟦pl:5836 VK 63⟧
Secteur souhaité : district 4 (Longues, Lachaux)

NOM : ⟦p:PEREIRA⟧          Prénom(s) : ⟦p:Joël⟧
Né le : ⟦bd:O7.O3.1952⟧      à : ⟦bp:Issoire⟧
Adresse : ⟦a:Lotissement Les Chaumes, 14⟧
Tél. : ⟦t:0473393547⟧
N° de sécurité sociale : ⟦nir:152036317802188⟧
IBAN : ⟦iban:FR7611315000010800335551773⟧
Véhicule : ⟦pl:AZ-117-QC⟧

NOM : ⟦p:EL FASSI⟧          Prénom(s) : ⟦p:Salma⟧
Née le : ⟦bd:21/01/1990⟧      à : ⟦bp:Casablanca (Maroc)⟧
Adresse : ⟦a:2 place de la Halle, 1er étage⟧       Tél. : ⟦t:07 49 12 86 30⟧
N° SS : ⟦nir:2900199350018 66⟧        RIB : ⟦rib:12506 20011 54023871936 83⟧

Vu et arrêté par ⟦off:Antoine Desforges⟧, maire, le 14 novembre 2026. Coordonnateur communal : ⟦off:Mme Cécile Rongier⟧.
"""

TXT["p27_registre_vide_grenier.txt"] = """
VIDE-GRENIER DU QUARTIER SAINT-MICHEL — dimanche 26 avril 2026 — organisé par l'association Saint-Michel en fête
Registre des exposants non professionnels (art. R. 321-9 du code pénal) — copie déposée en mairie de Pézenas

N°  Nom, prénom                    Né(e) le / à                               Adresse                                   Pièce d'identité                                Véhicule        Mètres
1   ⟦p:AZÉMA Josiane⟧                   ⟦bd:12.08.1957⟧ à ⟦bp:Béziers⟧                      ⟦a:14 r. Conti⟧                                 CNI n° ⟦id:120834100257⟧ dél. le 03/02/2015            ⟦pl:CV-228-NB⟧      4
2   ⟦p:MAURY Kevin⟧                     ⟦bd:29/02/1992⟧ à ⟦bp:Sète⟧                         ⟦a:Mas de la Garrigue, rte de Nizas⟧           permis ⟦id:18AH52147⟧                                  ⟦pl:GB-601-AR⟧      3
3   ⟦p:SADOUN Rachel⟧                   ⟦bd:3 nov. 1975⟧ à ⟦bp:Montpellier⟧                 ⟦a:Résidence du Château, esc. 2, 1er⟧           CNI ⟦id:XP7K2M9R4⟧                                     à pied          2
4   ⟦p:LOPEZ Y MARTÍNEZ Joaquín⟧         ⟦bd:1963⟧ à ⟦bp:Murcia (Espagne)⟧                   ⟦a:Calle Mayor 12, 3º B, 30001 Murcia⟧          DNI ⟦id:48392017T⟧                                     ⟦pl:4721 KLM⟧ (E)   4
5   ⟦p:PUECH ép. ROUVIÈRE Martine⟧       ⟦bd:le 14 juillet 1960⟧ à ⟦bp:Pézenas⟧             ⟦a:3 bis, av. de Verdun⟧                        passeport ⟦id:19FV58213⟧                               ⟦pl:7214 TX 34⟧     6
6   ⟦p:BENSAÏD Yanis⟧ (mineur, ⟦ag:16 ans⟧, accompagné de son père ⟦p:Farid Bensaïd⟧)  ⟦bd:2009-10-02⟧          ⟦a:22 rue des Glacières⟧                         CNI du père ⟦id:D9HK74LT2⟧                             ⟦pl:fz 904 kp⟧       2
7   ⟦p:NOWAK Ewa⟧                       ⟦bd:06/06/1988⟧ à ⟦bp:Łódź (Pologne)⟧              ⟦a:Domaine de Saint-Martin, gîte 2⟧             passeport polonais ⟦id:EK4410937⟧                      —               2

Responsable du registre : ⟦p:Christine Mas⟧, présidente de l'association (⟦t:06 03 48 71 25⟧). Visé par la police municipale le 27/04/2026.
"""

TXT["p28_arretes_occupation_voirie.txt"] = """
VILLE DE DOUARNENEZ — RECUEIL DES ACTES ADMINISTRATIFS — 1er trimestre 2026
Arrêtés temporaires de voirie (occupation du domaine public, stationnement réservé)

Arrêté n° 2026-V-041 — Pose d'une benne devant le ⟦a:17 rue Jean-Jaurès⟧ du 9 au 13 février pour le compte de ⟦p:M. Goulven Scuiller⟧, propriétaire, travaux réalisés par ⟦p:Yannick Péron⟧, maçon (EI, SIRET ⟦siret:985 929 090 00092⟧), camion ⟦pl:EG-390-WK⟧.
Arrêté n° 2026-V-044 — Échafaudage au ⟦a:3, quai du Port-Rhu⟧, demande de ⟦p:Mme Solenn Le Floc'h⟧ ; couvreur : ⟦p:Erwan Kervarec⟧ (⟦t:06 62 38 15 77⟧).
Arrêté n° 2026-V-052 — Stationnement réservé pour un déménagement, ⟦a:résidence Ker Ys, 12 rue Anatole-France⟧, au profit de ⟦p:Mlle Jade Quéméner⟧ ; véhicule de location ⟦pl:GT 115 ZE⟧.
Arrêté n° 2026-V-057 — Terrasse saisonnière du bar « Chez ⟦p:Nono⟧ » (exploitant ⟦p:Arnaud « Nono » Cosquer⟧, SIREN ⟦siret:702341397⟧), ⟦a:place Gabriel-Péri⟧.
Arrêté n° 2026-V-063 — Tournage d'un court métrage ⟦a:rue Obscure⟧, demandé par ⟦p:M. Alexis Tran-Rivoal⟧, réalisateur amateur (⟦e:alexis.tranrivoal@proton.me⟧, ⟦o:vimeo.com/alexistranrivoal⟧) ; véhicule technique ⟦pl:WW-442-PE⟧.
Arrêté n° 2026-V-070 — Dépôt de bois de chauffage sur l'accotement devant ⟦a:Keravel, route de Poullan⟧, au profit de ⟦p:M. Corentin Le Bris⟧, pour 8 jours.

Affiché et publié le 2 avril 2026. Pour le maire, l'adjoint délégué, ⟦off:Stéphane Le Doaré⟧
"""

TXT["p29_tirage_jures_assises.txt"] = """
COMMUNE DE GUÉRET — TIRAGE AU SORT DES JURÉS D'ASSISES POUR L'ANNÉE 2027
Procès-verbal de la séance publique du 18 juin 2026 (établissement de la liste préparatoire à partir de la liste électorale)

Le tirage au sort a été effectué publiquement en mairie par ⟦off:Mme Marie-Françoise Fournier⟧, maire, assistée de ⟦off:M. Guillaume Bardet⟧, agent du service élections. Ont été désignés (nom, prénoms, date et lieu de naissance, adresse, n° d'électeur) :

 1. ⟦p:AUCLAIR Jocelyne Marie⟧ — ⟦bd:02/11/1970⟧ à ⟦bp:Guéret⟧ — ⟦a:4 allée des Aubépines⟧ — n° ⟦id:0127⟧
 2. ⟦p:BOUDJEMAA Samir⟧ — ⟦bd:19/07/1983⟧ à ⟦bp:Saint-Étienne⟧ — ⟦a:41 av. de la République, appt 23⟧ — n° ⟦id:0318⟧
 3. ⟦p:DE ALMEIDA Paulo Jorge⟧ — ⟦bd:08/01/1966⟧ à ⟦bp:Viseu (Portugal)⟧ — ⟦a:Le Puy de Gaudy, route de Sainte-Feyre⟧ — n° ⟦id:1044⟧
 4. ⟦p:FAURE-BEAULIEU Agathe⟧ — ⟦bd:30/04/1999⟧ à ⟦bp:Limoges⟧ — ⟦a:7 rue Maurice-Rollinat⟧ — n° ⟦id:1652⟧
 5. ⟦p:GRELLIER Pierre⟧ — ⟦bd:11/03/1957⟧ à ⟦bp:Aubusson⟧ — ⟦a:Cher du Prat⟧ — n° ⟦id:2003⟧
 6. ⟦p:LEBLANC épouse TAVERNIER Odette⟧ — ⟦bd:25/12/1948⟧ à ⟦bp:Paris 14e⟧ — ⟦a:Résidence Les Tilleuls, porte 5⟧ — n° ⟦id:2516⟧
 7. ⟦p:PHOMMACHANH Souksavanh⟧ — ⟦bd:14/02/1980⟧ à ⟦bp:Vientiane (Laos)⟧ — ⟦a:2 impasse des Jardins⟧ — n° ⟦id:3120⟧
 8. ⟦p:VERGNAUD Louis⟧ — ⟦bd:05/05/2004⟧ à ⟦bp:Guéret⟧ — ⟦a:La Chaume-Blanche⟧ — n° ⟦id:3477⟧

Les personnes désignées seront avisées par courrier. Elles peuvent demander à être dispensées auprès de la commission départementale.
Fait à Guéret, le 18 juin 2026. ⟦off:Marie-Françoise Fournier⟧
"""

TXT["p30_export_badges_decheterie.txt"] = """
SMICTOM DU PAYS DE FOUGÈRES — DÉCHÈTERIE DE LA GRANDE-MOTTE — export des badges d'accès émis en mars 2026
(extraction logiciel, colonnes : badge;titulaire;adresse;commune;immatriculation;type;telephone;courriel)

⟦id:BD-035-114472⟧;⟦p:LEMOINE Gaëtan⟧;⟦a:La Haute Ville-Olivier⟧;Lécousse;⟦pl:AB-123-CD⟧;particulier;⟦t:06 45 21 98 73⟧;⟦e:gaetan.lemoine35@sfr.fr⟧
⟦id:BD-035-114473⟧;⟦p:PINÇON-DUVAL Maryvonne⟧;⟦a:12 bis bd Edmond-Roger⟧;Fougères;⟦pl:3127 YH 35⟧;particulier;⟦t:0299941657⟧;
⟦id:BD-035-114480⟧;⟦p:GÜNEŞ Hatice⟧;⟦a:rés. du Gué-Maheu, bât. 3⟧;Fougères;⟦pl:FR-508-JA⟧;particulier;⟦t:07 53 11 84 26⟧;⟦e:hatice.gunes@gmail.com⟧
⟦id:BD-035-114491⟧;⟦p:ROUSSEL Thierry (EI espaces verts)⟧;⟦a:ZA de l'Aumaillerie, cellule 8⟧;La Selle-en-Luitré;⟦pl:DS-771-FP⟧;artisan (SIRET ⟦siret:71716159000087⟧);⟦t:06 81 04 66 30⟧;⟦e:roussel.paysage@orange.fr⟧
⟦id:BD-035-114495⟧;⟦p:ANDRIAMANANTENA Hery⟧;⟦a:3 square des Vitriers⟧;Fougères;⟦pl:GH 209 LB⟧;particulier;⟦t:+33 6 12 47 85 90⟧;⟦e:hery.andria@yahoo.fr⟧
⟦id:BD-035-114502⟧;⟦p:MOREL Jeanne⟧ / ⟦p:MOREL Hervé⟧;⟦a:Le Petit Bois-Guy⟧;Parigné;⟦pl:915 AZK 35⟧;particulier;⟦t:02.99.97.30.44⟧;
⟦id:BD-035-114507⟧;⟦p:SMITH John Patrick⟧;⟦a:Les Vieilles Landes⟧;Landéan;⟦pl:YR19 KXL⟧ (UK);résident secondaire;⟦t:+44 7911 123456⟧;⟦e:jp.smith1958 at gmail dot com⟧
"""

TXT["p31_conseil_developpement_membres.txt"] = """
COMMUNAUTÉ DE COMMUNES CŒUR DE GARONNE — CONSEIL DE DÉVELOPPEMENT
Composition du collège des habitants (arrêté du président n° 2026-045, publié au recueil des actes)

Membres tirés au sort parmi les volontaires :
- ⟦p:Mme Ghislaine Sentenac⟧, retraitée, de Cazères (hameau de ⟦a:Coulomié⟧)
- ⟦p:M. Bastien Dupuy-Lafforgue⟧, ⟦ag:29 ans⟧, apiculteur, ⟦a:Le Fréchet, chemin de la Bourdette⟧
- ⟦p:Mme Aïcha Mernissi⟧, enseignante, ⟦a:Rieux-Volvestre, 5 rue du Pont⟧
- ⟦p:M. Ferran Puigdemont i Vila⟧, architecte à Martres-Tolosane
- ⟦p:Mme Odette Ribes⟧, ⟦ag:71 ans⟧, ancienne agricultrice, ⟦a:Borde de Capdeville, Montclar-de-Comminges⟧
- ⟦p:M. Tristan Lafont-Saint-Guily⟧, étudiant (né en ⟦bd:2005⟧)

Membres au titre des associations : ⟦p:M. Jean-Louis Sabatier⟧ (Nature Comminges), ⟦p:Mme Sarah Cohen-Bismuth⟧ (Ludothèque du Volvestre), ⟦p:M. Marc-Aurèle d'Aldéguier⟧ (Les Amis du vieux Rieux).

Co-présidents élus : ⟦p:Ghislaine Sentenac⟧ et ⟦p:Marc-Aurèle d'Aldéguier⟧. Le conseil se réunit à la Maison des services, Cazères. Contact des co-présidents : ⟦e:g.sentenac@laposte.net⟧ ; ⟦t:05 61 98 42 63⟧ (⟦p:M. d'Aldéguier⟧, le soir).
Animation : ⟦off:Mme Pauline Soulé⟧, chargée de mission participation citoyenne ; le président, ⟦off:Jean-Claude Dougnac⟧.
"""

TXT["p32_recensement_citoyen_bulletin.txt"] = """
MAIRIE DE PORTO-VECCHIO — PAGE « DÉMARCHES » DU BULLETIN PORTIVECCHJU INFO
Exemple de récépissé de recensement citoyen (attestation rédigée à partir de la demande de la famille ; la famille a accepté qu'il serve d'illustration)

ATTESTATION DE RECENSEMENT
Le maire de la commune de Porto-Vecchio atteste que :
Nom : ⟦p:SANTONI⟧          Prénom(s) : ⟦p:Paul-Antoine Ghjuvan⟧
Né le : ⟦bd:9 mars 2010⟧        à : ⟦bp:Ajaccio (2A)⟧
Domicilié : ⟦a:Lieu-dit Pitrera, route de Bonifacio⟧, 20137 Porto-Vecchio
Fils de : ⟦p:Jean-Baptiste Santoni⟧ et de ⟦p:Marie-Dominique Santoni née Pietri⟧
s'est fait recenser le 16/03/2026 au titre du service national.
N° de sécurité sociale du représentant légal (rempli par erreur par la famille) : ⟦nir:1 78 09 2A 004 012 89⟧
Le maire, ⟦off:Jean-Christophe Angelini⟧

Rappel : tout jeune Français doit se faire recenser entre 16 ans et 16 ans et 3 mois. Pièces à fournir : carte d'identité, livret de famille. Renseignements : ⟦off:Marie-Ange Culioli⟧, accueil citoyen.
Exemple de courriel reçu : « Bonjour, c'est ⟦p:dumè⟧ (⟦p:Dominique Ortoli⟧), mon fils ⟦p:Ghjacumu⟧ a eu ⟦ag:16 ans⟧ le ⟦bd:2 février⟧, peut-on venir sans rendez-vous ? — ⟦e:dume.ortoli@corsicamail.fr⟧ — ⟦t:06 18 47 22 95⟧ »
"""

TXT["p33_bulletin_maisons_fleuries.txt"] = """
L'ÉCHO DE MONTFAUCON-EN-VELAY — CONCOURS DES MAISONS ET BALCONS FLEURIS 2026 — PALMARÈS

Catégorie « maison avec jardin visible de la rue »
1er prix : ⟦p:M. et Mme Robert et Ginette Chaize⟧, ⟦a:14 chemin de la Garde⟧ — un massif de dahlias remarquable
2e prix : ⟦p:Mme Yolande Faure-Ollier⟧, ⟦a:La Bruyère-Haute⟧
3e prix ex aequo : ⟦p:Jacky Fraisse⟧ (⟦a:2 rue du Monteil⟧) et ⟦p:Nour et Karim Belhadj⟧ (⟦a:lot. Les Genêts, n° 17⟧)

Catégorie « balcon, fenêtre, mur »
1er prix : ⟦p:Mlle Maëva Bonnefoy⟧, ⟦a:résidence Le Velay, 3e étage droite⟧
2e prix : ⟦p:M. Ilyès Haddad⟧, ⟦a:4 place du Marché, au-dessus de la pharmacie⟧
Prix spécial du jury : ⟦p:Mme Jeannette Vialle⟧, ⟦ag:91 ans⟧, qui fleurit sa fenêtre de la ⟦a:rue des Pénitents⟧ depuis 1962.

Catégorie « ferme fleurie »
1er prix : ⟦p:GAEC Vérot⟧ — ⟦p:Sylvain⟧ et ⟦p:Cindy Vérot⟧, ⟦a:Ferme de Chazalon, route de Tence⟧

Le jury était composé de ⟦off:Mme Agnès Roux⟧, conseillère municipale, de ⟦p:M. Alain Souvignet⟧, horticulteur retraité, et de ⟦p:Mme Pierrette Chapuis⟧, de la Société d'horticulture de la Haute-Loire.
Remise des prix le 20 septembre ; les lauréats sont invités à apporter une photo (à envoyer à ⟦off:Lucie Perrier⟧, secrétariat).
"""

TXT["p34_courriels_composteurs_interco.txt"] = """
Objet : Fwd: commande composteur 400 L — quartier des Hauts-de-Blosne
De : ⟦off:Guillaume Hervé⟧ <g.herve@rennesmetropole-dechets.fr>
À : collectif.compost.blosne@gmail.com

Bonjour ⟦p:Mme Bouvier⟧,
Votre commande groupée est validée : 6 composteurs livrés le 12 mai devant le ⟦a:16 bd de Yougoslavie⟧. Merci de nous indiquer les foyers référents.
⟦off:G. Hervé⟧, maître-composteur, service prévention des déchets

> ---------- Message transféré ----------
> De : ⟦p:Isabelle Bouvier⟧ <⟦e:isa.bouvier35@laposte.net⟧>
> Date : ven. 17 avr. 2026 à 18:22
> Objet : commande composteur 400 L
>
> Bonjour,
> Voici les foyers référents pour le compostage partagé du square de ⟦a:Sarajevo⟧ :
> - ⟦p:Isabelle Bouvier⟧, ⟦a:18 bd de Yougoslavie, 7e étage, porte 74⟧ — ⟦t:06 70 32 51 88⟧
> - ⟦p:Oumar Traoré⟧, ⟦a:20 bd de Yougoslavie, 2e⟧ — ⟦t:07 58 16 44 03⟧ — ⟦e:oumar.traore.rennes@gmail.com⟧
> - ⟦p:Thi Huong Vo⟧ (⟦p:Mme Vo⟧), ⟦a:3 rue de Roumanie⟧ — ⟦e:vo.thihuong@hotmail.fr⟧
> - ⟦p:Mathieu « Matt » Le Corre⟧, ⟦a:5 rue de Roumanie, bât. C⟧ — ⟦o:instagram.com/matt_compost_rennes⟧
> - ⟦p:Anastasia Koval⟧ (Анастасія Коваль), ⟦a:22 bd de Yougoslavie⟧ — ⟦t:+380 67 412 35 09⟧ (portable ukrainien) et ⟦t:07 44 82 19 60⟧
>
> Bien à vous,
> ⟦p:Isabelle⟧
> --
> ⟦p:Isabelle BOUVIER⟧ — collectif Compost'Blosne
> ⟦t:06.70.32.51.88⟧
"""

TXT["p35_bulletin_nouveaux_arrivants.txt"] = """
LA LETTRE DE SAINT-GILDAS-DE-RHUYS — « BIENVENUE AUX NOUVEAUX HABITANTS »
Réception du 28 mars 2026 à la salle du Kreiz — les familles présentes ont accepté de figurer dans la lettre

• ⟦p:Erwann et Cécile Le Padellec⟧ et leurs enfants ⟦p:Malo⟧ (⟦ag:6 ans⟧) et ⟦p:Nola⟧ (⟦ag:3 ans⟧), arrivés de Nantes, ⟦a:7 rue du Men-Guen⟧. ⟦p:Cécile⟧ est sage-femme libérale (cabinet ⟦a:2 place Monseigneur-Ropert⟧, ⟦t:02 97 45 16 20⟧).
• ⟦p:Hugh et Deirdre McCarthy⟧, retraités irlandais, ⟦a:Ty Glaz, Kerfago⟧ — ils proposent des cours de conversation anglaise : ⟦e:deirdre.mccarthy@eircom.net⟧
• ⟦p:Li Xiaoyan⟧ (李晓燕) et ⟦p:Romain Gouzerh⟧, ⟦a:Résidence Les Îles, appt 203⟧
• ⟦p:Moussa Ba⟧ et ⟦p:Clarisse N'Guessan-Ba⟧, ⟦a:Le Rohu, route du Grand-Mont⟧ — ⟦p:Moussa⟧ ouvre un atelier de réparation de vélos (SIRET ⟦siret:97486423300065⟧, ⟦t:06 49 20 73 18⟧)
• ⟦p:Mme Renée de Poulpiquet⟧, qui revient dans la maison familiale de ⟦a:Kervert⟧ après 40 ans à Paris
• ⟦p:Dorian Ménard⟧, ⟦ag:24 ans⟧, nouveau moniteur au club de voile (handle ⟦o:@dorian_sails⟧)

Accueil des nouveaux arrivants : ⟦off:Anne Guillemot⟧, adjointe à la vie locale, et ⟦off:Yvan Le Mestre⟧, service accueil.
"""

TXT["p36_fete_foraine_attribution_metiers.txt"] = """
VILLE DE BEAUCAIRE — FOIRE DE LA MADELEINE 2026 — ATTRIBUTION DES EMPLACEMENTS AUX INDUSTRIELS FORAINS
Liste arrêtée par la commission des fêtes du 4 mai 2026 (affichée en mairie et transmise aux forains)

Métier                         Exploitant                                  SIRET                   Adresse de rattachement                                 Convois (tracteur / remorque)
Auto-tamponneuses « Scooter »  ⟦p:M. Django REINHARDT-WINTERSTEIN⟧               ⟦siret:410 514 087 00072⟧     ⟦a:12 chemin de Broussan, 30127 Bellegarde⟧   ⟦pl:DN-402-MX⟧ / ⟦pl:DN-405-MX⟧
Manège enfantin                ⟦p:Mme Sabrina BOURDIER⟧                          ⟦siret:434484515 00029⟧       ⟦a:BP 41, 13150 Tarascon⟧                                 ⟦pl:2287 XB 13⟧
Confiserie, churros            ⟦p:Manuel « Manolo » FERNÁNDEZ PASTOR⟧           ⟦siret:33706748200006⟧        ⟦a:Mas de la Bastide, quartier Sainte-Marthe⟧             ⟦pl:CQ-590-TY⟧
Tir à la carabine              ⟦p:MM. Jean et Kevin LAGRANGE⟧                    ⟦siret:847 271 483 00038⟧     ⟦a:Les Saintes, lot. n° 31, 30300 Fourques⟧               ⟦pl:W-117-AD⟧ (W garage)
Grande roue                    ⟦p:Famille DEVILLE-GARCIA⟧ (gérant ⟦p:Anthony Deville⟧) ⟦siret:64103821100083⟧   ⟦a:route d'Arles, 30300 Beaucaire⟧                        ⟦pl:GA-881-FD⟧

Contacts des exploitants pour la commission : ⟦p:D. Reinhardt⟧ ⟦t:06 10 48 72 36⟧ ; ⟦p:S. Bourdier⟧ ⟦t:06.98.20.43.17⟧ ; ⟦p:M. Fernández⟧ ⟦t:+34 612 48 93 05⟧.
Le placier des fêtes, ⟦off:M. Christophe Icard⟧ ; le maire, ⟦off:Nelson Chaudon⟧.
"""

TXT["p37_conscrits_salle_reservations.txt"] = """
COMMUNE DE SAINT-JUST-EN-CHEVALET — PLANNING DE RÉSERVATION DE LA SALLE DES FÊTES — 2e trimestre 2026
(publié sur le panneau d'affichage pour éviter les doubles réservations)

Date          Demandeur                                  Objet                               Téléphone
04/04/2026    Classe en 6 (⟦p:Jérôme Gouttefangeas⟧, président)   banquet des classes                ⟦t:06 30 59 81 17⟧
11/04/2026    ⟦p:Mme Annie Dumas-Roure⟧                        anniversaire (⟦ag:70 ans⟧)             ⟦t:04 77 65 03 38⟧
25/04/2026    ⟦p:M. Hassan Ait Ouarab⟧                         repas de famille                    ⟦t:07 62 84 11 50⟧
02/05/2026    Conscrits 2008 (⟦p:Mattéo Brossard⟧, ⟦p:Lilou Pras⟧, ⟦p:Nathan Sérol⟧) bal des conscrits  ⟦t:0685941203⟧
16/05/2026    ⟦p:Pauline Chambodut & Rémi Vial⟧                 mariage (vin d'honneur)             ⟦e:pauline.remi.2026@gmail.com⟧
13/06/2026    ⟦p:Famille Mathelin⟧                             cousinade                           ⟦t:06-12-90-37-44⟧
27/06/2026    ⟦p:M. Jean-Paul de Chabannes⟧                    concert de musique de chambre       ⟦t:+33 6 07 81 29 50⟧

Les clés sont à retirer auprès de ⟦p:M. Roger Bayle⟧, gardien bénévole de la salle, ⟦a:3 rue du Four⟧ (face à la salle). Tarif : 120 € habitants, 250 € extérieurs.
Secrétariat de mairie : ⟦off:Mme Chantal Giraud⟧.
"""

TXT["p38_lettre_bornage_proprietaire.txt"] = """
⟦p:Bernard de LA TOUR D'AUVERGNE⟧
⟦a:Château de Fontfreyde⟧
⟦a:Lieu-dit Fontfreyde, 63122 Saint-Genès-Champanelle⟧
Courriel : ⟦e:b.delatour-dauvergne@orange.fr⟧
Port. : ⟦t:06 09 17 24 58⟧

À Monsieur le Maire de Saint-Genès-Champanelle — copie : ⟦p:M. Hervé Morel⟧, géomètre-expert (cabinet privé)

Saint-Genès, le 7 avril 2026

Objet : demande d'alignement et de bornage du chemin rural dit « de la Serre »

Monsieur le Maire,

Propriétaire des ⟦cad:parcelles cadastrées section ZR numéros 45, 46 et 51⟧ (⟦cad:ZR 45-46⟧ et ⟦cad:ZR 51⟧ sur le plan joint), bordant le chemin rural de la Serre, je sollicite la délivrance d'un arrêté d'alignement afin de reconstruire le mur de clôture effondré.
Mes voisins, ⟦p:Mme Françoise Chabrillat⟧ (⟦cad:ZR 47⟧) et ⟦p:M. Ahmed Boussaïd⟧ (⟦cad:ZR 50⟧, ⟦a:Les Roches Blanches⟧), ont été informés et ne s'y opposent pas ; ⟦p:M. Boussaïd⟧ est joignable au ⟦t:04 73 87 35 20⟧.
Le géomètre, ⟦p:M. Morel⟧, pourra intervenir dès le mois de mai.

Je vous prie d'agréer, Monsieur le Maire, l'expression de ma haute considération.

⟦p:B. de La Tour d'Auvergne⟧
P.J. : plan de situation (fichier ⟦p:delatour⟧_plan_ZR45.pdf), extrait cadastral.
"""

TXT["p39_assesseurs_bureaux_vote.txt"] = """
VILLE DE MONT-DE-MARSAN — ÉLECTIONS DU 14 JUIN 2026 — COMPOSITION DES BUREAUX DE VOTE
(arrêté du maire ; les assesseurs et délégués désignés par les listes sont des électeurs de la commune)

Bureau 1 — Hôtel de ville
  Président : ⟦off:M. Charles Dayot⟧, maire
  Assesseurs : ⟦p:Mme Laurence Lafitte-Dupouy⟧ (⟦a:8 rue Armand-Dulamon⟧) ; ⟦p:M. Sébastien Capdeville⟧ (⟦a:1 place Saint-Roch, 2e étage⟧)
  Délégué de liste : ⟦p:M. Ousmane Sylla⟧, ⟦t:06 27 18 49 30⟧
Bureau 4 — École du Peyrouat
  Présidente : ⟦off:Mme Geneviève Darrieussecq-Labat⟧, adjointe
  Assesseurs : ⟦p:Mlle Ainhoa Larrère⟧ (née le ⟦bd:17/10/2006⟧ — plus jeune assesseure) ; ⟦p:M. Jean Castaings⟧, dit ⟦p:Jeannot⟧, ⟦ag:87 ans⟧ (doyen)
  Secrétaire : ⟦p:Mme Fadila Benchekroun⟧ (⟦e:fadila.benchekroun40@gmail.com⟧)
Bureau 9 — Maison de quartier du Manot
  Président : ⟦off:M. Pierre Mallet⟧, conseiller municipal
  Assesseurs : ⟦p:M. Loïc Dufau⟧ (⟦a:Résidence Les Arènes, entrée B, 5e⟧), ⟦p:Mme Tiphaine Bachelier-Soulé⟧ (⟦a:143 av. du Maréchal-Juin⟧)
  Assesseur suppléant : ⟦p:M. Gérard Lalanne⟧, ⟦t:05.58.75.44.12⟧

Les assesseurs sont convoqués à 7 h 30. Contact : service élections, 05 58 05 87 87.
"""

TXT["p40_carnet_bulletin_sports_divers.txt"] = """
CARNET DU BULLETIN INTERCOMMUNAL « LE LIEN » — VALLÉE DE LA BRUCHE — n° 58

Ils ont brillé
— ⟦p:Léonie Fischbach⟧, ⟦ag:14 ans⟧, de Schirmeck, vice-championne de France de VTT trial catégorie minimes ; ses vidéos sur ⟦o:youtube.com/@leonie_trial67⟧.
— ⟦p:Yusuf Arslan⟧ (Rothau) a obtenu sa ceinture noire de judo 2e dan, à ⟦ag:19 ans⟧.
— Le trio ⟦p:Émile⟧, ⟦p:Jules⟧ et ⟦p:Anatole Hazemann⟧ (frères, de ⟦a:la ferme du Donon⟧) a remporté le concours de bûcheronnage sportif.

Noces d'or et de diamant
— ⟦p:Albert et Marthe Wagner⟧, mariés le ⟦bd:vingt-six juin mil neuf cent soixante-six⟧ à Barembach, ⟦a:17 Grand'Rue⟧.
— ⟦p:René et Simone Marchal, née Kiener⟧, unis le ⟦bd:8/7/1961⟧.

Un départ
— ⟦p:Marie-Louise Mathis⟧, ⟦ag:99 ans⟧, doyenne de Natzwiller, s'est éteinte le ⟦bd:2 avril⟧. Née le ⟦bd:13 août 1926⟧ à ⟦bp:Saint-Blaise-la-Roche⟧, elle avait tenu l'auberge du col de la Perheux.

Annonces
— Cherche bénévoles pour le sentier des Passeurs : contact ⟦p:Théo Kuntzmann⟧, ⟦t:06 79 21 43 88⟧, ⟦e:theo [point] kuntzmann [chez] gmx [point] fr⟧.
— Trouvé : une carte grise au nom de ⟦p:M. Guillaume Ehrhardt⟧ (véhicule ⟦pl:FL-024-BT⟧), à réclamer à la mairie de Schirmeck.

Coordination du carnet : ⟦off:Mme Fabienne Gerhardt⟧, communauté de communes.
"""

HTML["p41_annuaire_associations.html"] = {
    "title": "Annuaire des associations — Commune de Lamballe-Armor",
    "body": """
<h1>Annuaire des associations</h1>
<p>Les coordonnées ci-dessous sont publiées avec l'accord des responsables. Pour modifier une fiche : <a href="mailto:vie.associative@lamballe-armor.fr">vie.associative@lamballe-armor.fr</a>.</p>
<table class="annuaire">
<thead><tr><th>Association</th><th>Responsable</th><th>Adresse</th><th>Téléphone</th><th>Courriel</th></tr></thead>
<tbody>
<tr><td>Cercle celtique Ar Vro</td><td>⟦p:Gaëlle Le Moigne⟧</td><td>⟦a:4 rue Saint-Lazare⟧</td><td><a href="tel:⟦t:+33296311422⟧">⟦t:02 96 31 14 22⟧</a></td><td><a href="mailto:⟦e:gaelle.lemoigne@arvro.bzh⟧">écrire</a></td></tr>
<tr><td>Amicale des pêcheurs de la Flora</td><td>⟦p:Jean-Yves Le Goff⟧</td><td>⟦a:La Ville-Gourio, Planguenoual⟧</td><td>⟦t:06&nbsp;08&nbsp;71&nbsp;22&nbsp;59⟧</td><td><a href="mailto:⟦e:jy.legoff22@orange.fr⟧" title="Écrire à ⟦p:Jean-Yves Le Goff⟧">⟦e:jy.legoff22@orange.fr⟧</a></td></tr>
<tr><td>Club de scrabble</td><td>⟦p:Mme Danièle Rault-Hingant⟧</td><td>⟦a:Résidence du Haras, appt 14⟧</td><td>⟦t:02.96.50.33.17⟧</td><td>⟦e:d.rault.hingant (at) wanadoo.fr⟧</td></tr>
<tr><td>Lamballe Handball</td><td>⟦p:Tugdual Chauvel⟧</td><td>—</td><td>⟦t:07 82 41 56 93⟧</td><td><a href="mailto:⟦e:tugdual.chauvel@gmail.com⟧?subject=Inscription">⟦p:tugdual.chauvel⟧</a></td></tr>
<tr><td>Association culturelle franco-turque</td><td>⟦p:Fatma Öztürk⟧</td><td>⟦a:12 bis rue Jobert⟧</td><td>⟦t:06 51 24 80 37⟧</td><td>⟦e:fatma.ozturk22@hotmail.com⟧</td></tr>
<tr><td>Les Mange-Cailloux (randonnée)</td><td>⟦p:Paul-Marie « Polo » Besnard⟧</td><td>⟦a:Le Bas-Chemin, Morieux⟧</td><td>⟦t:0296329811⟧</td><td><a href="⟦o:https://www.facebook.com/polo.besnard.rando⟧">page Facebook de ⟦p:Polo⟧</a></td></tr>
<tr><td>Chorale Mélodia</td><td>⟦p:Jacqueline Ngo Mbappé⟧</td><td>⟦a:7 allée des Camélias⟧</td><td>⟦t:+33 (0)6 63 20 41 77⟧</td><td>⟦e:jngombappe@yahoo.fr⟧</td></tr>
</tbody>
</table>
<p>Service vie associative : ⟦off:Mme Anne-Claire Jégu⟧.</p>
""",
}

HTML["p42_guide_producteurs_fermiers.html"] = {
    "title": "Bienvenue à la ferme — producteurs du Pays de Mauriac",
    "head": '<meta name="description" content="Liste des producteurs en vente directe">\n',
    "body": """
<h1>Acheter à la ferme dans le Pays de Mauriac</h1>
<div class="fiche">
<img src="img/salers_⟦p:chavaroche⟧.jpg" alt="⟦p:Pierre Chavaroche⟧ et ses vaches salers au ⟦a:buron de la Montagne de Rhue⟧">
<h2>Fromage salers AOP — ⟦p:Pierre et Hélène Chavaroche⟧</h2>
<p>⟦a:Lieu-dit Le Bouchet, 15200 Jaleyrac⟧ — ⟦t:04 71 68 12 04⟧ — vente au buron de mai à octobre.</p>
</div>
<div class="fiche">
<img src="img/truites.jpg" alt="Pisciculture" title="Photo : ⟦p:Aurore Lavergne-Delsuc⟧">
<h2>Truites et saumon de fontaine — ⟦p:Aurore Lavergne-Delsuc⟧</h2>
<p>⟦a:Moulin de la Sumène, route de Vebret⟧ — <a href="mailto:⟦e:moulin.sumene@orange.fr⟧">⟦e:moulin.sumene@orange.fr⟧</a> — SIRET ⟦siret:86457083300037⟧</p>
</div>
<div class="fiche">
<h2>Confitures et sirops — ⟦p:Mamie Paulette⟧ (⟦p:Paulette Bos⟧)</h2>
<p>⟦a:Le Bourg, maison à volets bleus, 15380 Anglards-de-Salers⟧ — ⟦t:04&#160;71&#160;40&#160;02&#160;79⟧ — le samedi matin</p>
</div>
<div class="fiche">
<h2>Viande d'agneau — ⟦p:Ludovic Malbec⟧ et ⟦p:Xiomara Quispe Mamani⟧</h2>
<p>⟦a:Ferme de Lapeyre, Drugeac⟧ — commandes : ⟦t:06 72 11 58 46⟧ — ⟦o:@agneaux_de_lapeyre⟧ sur Instagram — site <a href="⟦o:http://agneaux-lapeyre.wixsite.com/ferme⟧">agneaux-lapeyre</a></p>
</div>
<p>Contact office de tourisme : ⟦off:Mme Nadia Boudon⟧.</p>
""",
}

HTML["p43_registre_declarations_prealables.html"] = {
    "title": "Registre des déclarations préalables — mai 2026 — Ville d'Anglet",
    "body": """
<h1>Déclarations préalables déposées en mai 2026</h1>
<table>
<caption>Affichage légal — les dossiers sont consultables au service urbanisme</caption>
<tr><th>N°</th><th>Date</th><th>Pétitionnaire</th><th>Terrain</th><th>Cadastre</th><th>Travaux</th></tr>
<tr><td>DP 064 024 26 B0201</td><td>04/05/2026</td><td>⟦p:ETCHEGARAY Maïté⟧</td><td>⟦a:12 av. des Dauphins⟧</td><td>⟦cad:AP 231⟧</td><td>remplacement menuiseries</td></tr>
<tr><td>DP 064 024 26 B0204</td><td>06/05/2026</td><td>⟦p:M. et Mme ARRIETA-LACOSTE⟧</td><td>⟦a:villa « Itsas Mendi », 3 allée du Phare⟧</td><td>⟦cad:BK 0078⟧</td><td>piscine</td></tr>
<tr><td>DP 064 024 26 B0210</td><td>11/05/2026</td><td>⟦p:O'CONNOR Siobhán⟧</td><td>⟦a:27 rue de Hausquette⟧</td><td>⟦cad:AW-412 / AW-413⟧</td><td>panneaux photovoltaïques</td></tr>
<tr><td>DP 064 024 26 B0215</td><td>15/05/2026</td><td>⟦p:SCI Famille Duhalde⟧ (⟦p:Peio Duhalde⟧)</td><td>⟦a:Chemin de Larrouy, maison « Bixintxo »⟧</td><td>⟦cad:section CE n° 89⟧</td><td>clôture</td></tr>
<tr><td>DP 064 024 26 B0219</td><td>20/05/2026</td><td>⟦p:GARCÍA-OLAZÁBAL Íñigo⟧</td><td>⟦a:Résidence Chiberta, bât. Ondarra, 4e ét.⟧</td><td>AS 16 (copropriété)</td><td>fermeture de loggia</td></tr>
<tr><td>DP 064 024 26 B0222</td><td>27/05/2026</td><td>⟦p:DUBOSCQ Jean-Michel⟧</td><td>⟦a:5 impasse Pignada⟧</td><td>⟦cad:BH 301p⟧</td><td>division parcellaire</td></tr>
</table>
<p>Instructeur : ⟦off:M. Xavier Laborde⟧, service droit des sols.</p>
""",
}

HTML["p44_assistantes_maternelles.html"] = {
    "title": "Relais petite enfance — assistantes maternelles agréées ayant des places disponibles",
    "body": """
<h1>Assistants maternels ayant accepté la diffusion de leurs coordonnées</h1>
<p>Liste mise à jour le 1er avril 2026 par le relais petite enfance de la communauté de communes Terres de Montaigu.</p>
<ul>
<li><b>⟦p:Mme Stéphanie Gaborit⟧</b> — ⟦a:15 rue des Sables, La Boissière-de-Montaigu⟧ — ⟦t:02 51 41 73 06⟧ — 1 place à partir de septembre</li>
<li><b>⟦p:Mme Kadiatou Camara⟧</b> — ⟦a:Résidence Les Acacias, 2 rue Georges-Clemenceau, rez-de-chaussée⟧ — ⟦t:07&nbsp;53&nbsp;02&nbsp;18&nbsp;64⟧ — accueil périscolaire</li>
<li><b>⟦p:M. Florent Bretin⟧</b> (assistant maternel) — ⟦a:La Grande Métairie, Treize-Septiers⟧ — <a href="mailto:⟦e:florent.bretin85@gmail.com⟧">⟦e:florent.bretin85@gmail.com⟧</a></li>
<li><b>⟦p:Mme Gwendoline Rousseau-Pineau⟧</b> — ⟦a:7 imp. des Mésanges⟧ — ⟦t:06.31.47.29.80⟧</li>
<li><b>⟦p:Mme Thị Ngọc Lan Đặng⟧</b> — ⟦a:41 rue de la Vendée⟧ — ⟦t:06 18 74 05 92⟧ — parle vietnamien</li>
<li><b>⟦p:Mme Roselyne Chauvet⟧</b> (MAM « Les P'tits Loups », avec ⟦p:Mme Audrey Bossard⟧) — ⟦a:3 place de l'Église, Saint-Hilaire-de-Loulay⟧ — ⟦t:02 51 94 30 17⟧</li>
</ul>
<p>Animatrice du relais : ⟦off:Mme Élise Vrignaud⟧, <a href="mailto:rpe@terresdemontaigu.fr">rpe@terresdemontaigu.fr</a>.</p>
""",
}

HTML["p45_etat_civil_en_ligne.html"] = {
    "title": "État civil — 1er trimestre 2026 — Commune de Saint-Pierre-d'Oléron",
    "body": """
<h1>Carnet de l'état civil</h1>
<p><em>Seuls figurent les événements dont la publication a été autorisée par les familles.</em></p>
<h2>Naissances</h2>
<p>⟦p:Lyam Bouchet-Renaud⟧ (⟦bd:04/01/2026⟧), ⟦p:Jeanne Pineau⟧ (⟦bd:19 janvier⟧), ⟦p:Soan Moreau-Dos Reis⟧ (⟦bd:7 février⟧), ⟦p:Aylin Kaya⟧ (⟦bd:22.02.2026⟧), ⟦p:Capucine de Fontaines⟧ (⟦bd:14 mars⟧).</p>
<h2>Mariages</h2>
<p>⟦p:Amandine Renaud⟧ et ⟦p:Yoann Bouchet⟧ (⟦bd:21 février⟧) — ⟦p:Chloé Giraudeau⟧ et ⟦p:Mathilde Favreau⟧ (⟦bd:28 mars⟧).</p>
<h2>Décès</h2>
<ul>
<li>⟦p:Jacqueline Arnaud, veuve Gautier⟧, ⟦ag:89 ans⟧, ⟦a:La Cotinière, 12 rue du Port⟧</li>
<li>⟦p:Michel Tessier⟧, ⟦ag:76 ans⟧, ostréiculteur retraité de ⟦a:La Menounière⟧</li>
<li>⟦p:Guy Bernardeau⟧, ⟦ag:92 ans⟧ <img src="img/bougie.png" alt="En mémoire de ⟦p:Guy Bernardeau⟧ (⟦bd:1933⟧-⟦bd:2026⟧)"></li>
</ul>
<p>Service état civil : ⟦off:Mme Patricia Joguet⟧.</p>
""",
}

HTML["p46_artisans_commercants.html"] = {
    "title": "Nos artisans et commerçants — Villeneuve-lès-Maguelone",
    "body": """
<h1>Annuaire des artisans et commerçants</h1>
<table>
<tr><th>Activité</th><th>Entreprise / responsable</th><th>Adresse</th><th>Contact</th><th>SIRET</th></tr>
<tr><td>Électricien</td><td>⟦p:Nicolas Bonnafous⟧ (EI)</td><td>⟦a:8 rue des Micocouliers⟧</td><td>⟦t:06 81 29 44 05⟧</td><td>⟦siret:300 441 060 00088⟧</td></tr>
<tr><td>Fleuriste « Les Fleurs d'⟦p:Inès⟧ »</td><td>⟦p:Inès Chaabane⟧</td><td>⟦a:Grand'Rue, n° 41⟧</td><td>⟦t:04 67 69 51 30⟧ / <a href="mailto:⟦e:lesfleursdines34@gmail.com⟧">courriel</a></td><td>⟦siret:39880038300059⟧</td></tr>
<tr><td>Pêcheur, vente directe</td><td>⟦p:Serge « Le Grand » Azaïs⟧</td><td>⟦a:cabane n° 12, port du Pilou⟧</td><td>⟦t:06-09-77-21-83⟧</td><td>⟦siret:960170413⟧</td></tr>
<tr><td>Plâtrier-peintre</td><td>⟦p:Dragoș Popescu⟧</td><td>⟦a:ZA Le Larzat, bât. 2⟧</td><td>⟦t:07 66 40 18 22⟧</td><td>⟦siret:488 178 419⟧</td></tr>
<tr><td>Photographe</td><td>⟦p:Amélie Vergnes⟧</td><td>sur rendez-vous</td><td><a href="⟦o:https://www.amelievergnes-photo.com⟧" title="Portfolio de ⟦p:Amélie Vergnes⟧">⟦o:amelievergnes-photo.com⟧</a></td><td>⟦siret:61315647000056⟧</td></tr>
<tr><td>Auto-école</td><td>Auto-école du Littoral (⟦p:Karim Messaoudi⟧)</td><td>⟦a:2 av. de Mireval⟧</td><td>⟦t:04 67 27 62 19⟧</td><td>—</td></tr>
</table>
<p>Mise à jour : service développement économique, mairie.</p>
""",
}

HTML["p47_galerie_photos_fete.html"] = {
    "title": "Galerie — Fête de la Saint-Jean 2026 à Ribeauvillé",
    "body": """
<h1>Retour en images sur la fête de la Saint-Jean</h1>
<figure>
<img src="photos/2026/feu_⟦p:rominger⟧_01.jpg" alt="Le bûcher monté par ⟦p:Marcel Rominger⟧ et ⟦p:Didier Zimmermann⟧" title="© ⟦p:Céline Koenig-Bauer⟧">
<figcaption>Le bûcher, monté cette année par ⟦p:Marcel Rominger⟧ et ⟦p:Didier « Didi » Zimmermann⟧.</figcaption>
</figure>
<figure>
<img src="photos/2026/danse.jpg" alt="Groupe folklorique">
<figcaption>Le groupe folklorique ; au premier plan, ⟦p:Lisa Hertzog⟧ et ⟦p:Noé Schmitt-Brendlé⟧ (⟦ag:12 ans⟧).</figcaption>
</figure>
<figure>
<img src="photos/2026/tombola.jpg" alt="Gagnante de la tombola : ⟦p:Mme Denise Fuchs⟧">
<figcaption>⟦p:Denise Fuchs⟧, de la ⟦a:rue du Cerf⟧, gagnante du vélo électrique de la tombola.</figcaption>
</figure>
<p>Photos : ⟦p:Céline Koenig-Bauer⟧ (<a href="⟦o:https://www.instagram.com/celine.kb.photo/⟧">⟦o:@celine.kb.photo⟧</a>) et ⟦p:Jérémy Wehrlé⟧. Pour obtenir un tirage : <a href="mailto:⟦e:j.wehrle.photo@gmail.com⟧?subject=Saint-Jean%202026">⟦p:Jérémy⟧</a>.</p>
<p>Merci au comité des fêtes et à ⟦off:M. Louis Erny⟧, adjoint aux fêtes.</p>
""",
}

HTML["p48_marche_producteurs_inscrits.html"] = {
    "title": "Marché de producteurs de pays — été 2026 — Cazals",
    "body": """
<h1>Marché de producteurs de pays — les exposants</h1>
<ol>
<li data-exposant="⟦p:Lacombe⟧">⟦p:Fabien Lacombe⟧ — noix et huile de noix — ⟦a:Moulin de Gauthié, 46250 Cazals⟧ — ⟦t:05 65 22 81 40⟧</li>
<li>⟦p:Émilie Delbos⟧ — cabécous — ⟦a:Mas de Calvet⟧ — <a href="tel:⟦t:0671392814⟧">⟦t:06 71 39 28 14⟧</a></li>
<li>⟦p:Hamza et Leïla Tazi⟧ — safran du Quercy — ⟦a:La Borie Neuve, Montcléra⟧ — ⟦e:safran.borieneuve@gmail.com⟧</li>
<li>⟦p:Brice Vayssières⟧ — vin de Cahors — ⟦a:Domaine de Pech-Rigal⟧ — SIRET ⟦siret:69519513100062⟧ — <a href="⟦o:https://www.pech-rigal-vayssieres.fr⟧">site</a></li>
<li>⟦p:Mme Jeanine Laporte⟧, ⟦ag:80 ans⟧, fidèle depuis le premier marché — fleurs et plants — ⟦a:Gindou, lieu-dit Les Pechs⟧</li>
<li>⟦p:Wiktor Zieliński⟧ — pain au levain au feu de bois — ⟦a:Le Four de Marminiac⟧ — ⟦t:+33 7 81 54 29 66⟧</li>
</ol>
<p>Placier : ⟦off:M. Bernard Ladoux⟧, conseiller municipal. Contact mairie : 05 65 22 82 84.</p>
""",
}

HTML["p49_jardin_partage_adherents.html"] = {
    "title": "Jardin partagé des Capucins — qui fait quoi ?",
    "head": '<meta name="author" content="⟦p:Hélène Vasseur-Cotten⟧">\n',
    "body": """
<h1>Jardin partagé des Capucins — l'équipe 2026</h1>
<table>
<tr><th>Bac</th><th>Jardinier·e</th><th>Rôle</th><th>Pour le joindre</th></tr>
<tr><td>1</td><td>⟦p:hélène v.-c.⟧</td><td>coordination, clés</td><td><a href="mailto:⟦e:helene.vasseurcotten@free.fr⟧">mail</a></td></tr>
<tr><td>2</td><td>⟦p:Sami⟧ &amp; ⟦p:Yasmine Belkacem⟧</td><td>arrosage (juillet)</td><td>⟦t:06 50 38 12 77⟧</td></tr>
<tr><td>3</td><td>⟦p:PEDRO⟧ (⟦p:Pedro Alves⟧)</td><td>compost</td><td>⟦t:07.69.84.22.15⟧</td></tr>
<tr><td>4</td><td>⟦p:mme tissot⟧</td><td>aromatiques</td><td>⟦a:5e étage du 14 rue des Capucins⟧, sonner</td></tr>
<tr><td>5</td><td>⟦p:Oleksandr « Sacha » Melnyk⟧</td><td>bricolage</td><td><span title="⟦t:06 27 19 58 03⟧">survoler pour le numéro</span></td></tr>
<tr><td>6</td><td>⟦p:Bénédicte Gallois-d'Hérouville⟧</td><td>graines</td><td>⟦e:bgdh [arobase] orange [.] fr⟧</td></tr>
</table>
<p>Convention d'occupation signée avec la Ville de Besançon (⟦off:Mme Aline Chassagne⟧, adjointe à la nature en ville).</p>
""",
}

HTML["p50_ambassadeurs_tri_interco.html"] = {
    "title": "Grand Chalon — nos ambassadeurs du tri bénévoles",
    "body": """
<h1>Les habitants ambassadeurs du tri dans vos quartiers</h1>
<p>Ces habitants bénévoles ont suivi la formation de l'agglomération et répondent à vos questions sur le tri.</p>
<dl>
<dt>Quartier des Prés-Saint-Jean</dt><dd>⟦p:Mme Malika Hamdani⟧ — ⟦a:bât. Les Aubépins, 4e étage, porte 42⟧ — ⟦t:07 81 04 33 29⟧</dd>
<dt>Saint-Rémy</dt><dd>⟦p:M. Claude Perraudin⟧ — ⟦a:3 rue des Vignerons⟧ — <a href="mailto:⟦e:claude.perraudin71@orange.fr⟧" title="⟦p:Claude Perraudin⟧">⟦e:claude.perraudin71@orange.fr⟧</a></dd>
<dt>Châtenoy-le-Royal</dt><dd>⟦p:Mlle Yuki Tanaka-Morel⟧ (田中ゆき) — ⟦t:06-44-20-91-58⟧</dd>
<dt>Givry</dt><dd>⟦p:M. Paul-Henri Thénard de Givry⟧ — ⟦a:Clos Salomon, route de Russilly⟧ — ⟦t:03&nbsp;85&nbsp;44&nbsp;32&nbsp;24⟧</dd>
<dt>Champforgeuil</dt><dd>⟦p:Boubacar Diallo⟧ dit ⟦p:« Bouba »⟧ — ⟦o:tiktok.com/@bouba_trie⟧</dd>
</dl>
<p>Coordination : ⟦off:Mme Sandrine Noirot⟧, service prévention et valorisation des déchets.</p>
""",
}

DOCX["p51_pv_ag_association_parents.docx"] = {
    "author": "⟦p:Aurélie Mougin⟧",
    "title": "PV AG APE 2026 — ⟦p:mougin⟧",
    "header": "Association des parents d'élèves de l'école Louis-Pergaud — Ornans",
    "footer": "Secrétaire : ⟦p:Aurélie Mougin⟧ — ape.pergaud.ornans@gmail.com — ⟦t:06 84 12 09 73⟧",
    "blocks": [
        ("h", "Procès-verbal de l'assemblée générale du 2 octobre 2025"),
        "Présents : 31 parents. Invitée : ⟦off:Mme Sophie Cuenot⟧, directrice de l'école. Excusé : ⟦off:M. Jean-Luc Bonnet⟧, adjoint aux affaires scolaires.",
        "Bilan de l'année : kermesse (bénéfice 2 140 €), vente de sapins organisée par ⟦p:Thomas Grandjean⟧, marché de Noël. Merci à ⟦p:M. Jean-Pierre Vuillemin⟧, ⟦a:ferme du Mont, route de Montgesoye⟧, qui a prêté son terrain pour la kermesse.",
        ("table", [
            ["Fonction", "Nom", "Téléphone", "Courriel"],
            ["Présidente", "⟦p:Nadia Bouchareb-Jeannin⟧", "⟦t:06 27 40 51 88⟧", "⟦e:nadia.bj25@orange.fr⟧"],
            ["Trésorier", "⟦p:Cyril Pourcelot⟧", "⟦t:03 81 62 17 04⟧", "⟦e:c.pourcelot(at)gmail.com⟧"],
            ["Secrétaire", "⟦p:Aurélie Mougin⟧", "⟦t:06 84 12 09 73⟧", ""],
            ["Membre", "⟦p:Kamil Wiśniewski⟧", "⟦t:+48 601 234 567⟧", "⟦e:kamil.wisniewski@wp.pl⟧"],
        ]),
        "Le compte de l'association étant clôturé, les remboursements de frais passeront par le compte personnel du trésorier, ⟦p:M. Pourcelot⟧ : IBAN ⟦iban:FR22 2004 1010 1202 5698 4N03 308⟧ (à titre temporaire).",
        "Questions diverses : ⟦p:**Mme Élodie Bourdin**⟧ propose un vide-grenier au printemps.",
        "La présidente, **⟦p:N. Bouchareb-Jeannin⟧**",
    ],
}

DOCX["p52_liste_concessions_columbarium.docx"] = {
    "author": "Mairie de Plœuc-L'Hermitage",
    "title": "Concessions arrivées à échéance",
    "header": "Commune de Plœuc-L'Hermitage — cimetière de L'Hermitage-Lorge",
    "footer": "Liste affichée à l'entrée du cimetière et à la mairie du 1er juin au 1er décembre 2026",
    "blocks": [
        ("h", "Concessions arrivées à échéance — avis aux familles"),
        "Les familles des titulaires ci-dessous sont invitées à renouveler leur concession auprès de la mairie.",
        ("table", [
            ["Emplacement", "Titulaire", "Date d'acquisition", "Dernière adresse connue"],
            ["A-14", "⟦p:LE MOUËL Joseph, Marie⟧", "12/04/1996", "⟦a:Le Vaublanc, 22150 Plœuc⟧"],
            ["A-22", "⟦p:RAULT veuve HAMONIC Marguerite⟧", "03/09/1996", "⟦a:6 rue de la Poterie, Saint-Brieuc⟧"],
            ["B-03", "⟦p:Consorts TANGUY⟧", "1981", "⟦a:La Ville-Hervy⟧"],
            ["B-17", "⟦p:M. BOSCHER Daniel⟧", "21/11/2011", "⟦a:47 bis, rue de Gouët, 2e étage⟧, 22000 Saint-Brieuc"],
            ["C-05", "⟦p:Mme ROCABOY Chantal, épouse MERRIEN⟧", "08/01/2006", "⟦a:9 Trevithick Road, Truro TR1 1PZ, Cornwall⟧"],
        ]),
        "Renseignements : ⟦off:Mme Isabelle Le Bras⟧, état civil — cimetières.",
    ],
}

DOCX["p53_convention_jardin_partage.docx"] = {
    "author": "⟦p:Thibaut Régnier⟧",
    "title": "Convention jardin — ⟦p:regnier⟧ ⟦p:lacroix⟧",
    "header": "Ville de Pontarlier — Convention d'occupation d'une parcelle du jardin partagé de l'Arlier",
    "footer": "Convention n° JP-2026-07 — page 1/1",
    "blocks": [
        "Entre la Ville de Pontarlier, représentée par ⟦off:M. Patrick Genre⟧, maire,",
        "et ⟦p:M. Thibaut Régnier⟧, né le ⟦bd:26 mai 1987⟧ à ⟦bp:Besançon⟧, et ⟦p:Mme Laure Lacroix⟧, née le ⟦bd:2 déc. 1989⟧ à ⟦bp:Morteau⟧, demeurant ensemble ⟦a:11 rue de la Gare, 3e étage, porte droite, 25300 Pontarlier⟧, ci-après « les jardiniers »,",
        ("table", [
            ["Parcelle", "Surface", "Redevance annuelle", "Caution"],
            ["n° 7 (carré nord)", "40 m²", "25 €", "30 € (chèque n° 0004512)"],
        ]),
        "Article 1 — La Ville met à disposition la parcelle n° 7 du jardin partagé, rue de l'Arlier.",
        "Article 2 — Les jardiniers s'engagent à cultiver sans pesticides et à participer aux deux journées collectives.",
        "Personne à prévenir en cas d'absence prolongée : ⟦p:Mme Odile Régnier⟧ (mère), ⟦t:03 81 39 42 10⟧.",
        "Contact des jardiniers : ⟦t:06 33 71 80 25⟧ — ⟦e:thibaut.regnier@laposte.net⟧ — badge portail n° ⟦id:ARL-0712⟧.",
        "Fait à Pontarlier le 15 mars 2026. Les jardiniers : **⟦p:T. Régnier⟧** — **⟦p:L. Lacroix⟧**",
    ],
}

DOCX["p54_bail_commerce_multiservice.docx"] = {
    "author": "Secrétariat de mairie — Saint-Martin-de-Fressengeas",
    "title": "Bail commercial multiple rural",
    "header": "Commune de Saint-Martin-de-Fressengeas (Dordogne) — bail commercial du commerce multiservice",
    "footer": "Annexé à la délibération n° 2026-09 du 12 février 2026",
    "blocks": [
        ("h", "Bail commercial — commerce multiservice « Le Fressengeas »"),
        "ENTRE la commune, représentée par son maire, ⟦off:M. Didier Lavergne⟧,",
        "ET ⟦p:Mme Carole Dessalle-Parisot⟧, entrepreneure individuelle, née le ⟦bd:11 septembre 1978⟧ à ⟦bp:Périgueux (Dordogne)⟧, immatriculée sous le SIRET ⟦siret:915 940 761 00058⟧, demeurant ⟦a:Le Puy-Bernard, 24800 Thiviers⟧,",
        "IL A ÉTÉ CONVENU ce qui suit :",
        ("table", [
            ["Local", "Loyer mensuel HT", "Dépôt de garantie", "Durée"],
            ["Rez-de-chaussée de la maison commune, 1 place de la Mairie", "350 €", "700 €", "9 ans"],
        ]),
        "Le loyer est prélevé sur le compte de la preneuse : titulaire ⟦p:DESSALLE-PARISOT Carole⟧, RIB ⟦rib:16006 21111 00045890127 21⟧ (IBAN ⟦iban:FR76 1600 6211 1100 0458 9012 721⟧).",
        "La preneuse exploitera l'épicerie, le dépôt de pain et le point poste. Son conjoint, ⟦p:M. Franck Parisot⟧, pourra assurer les livraisons avec le véhicule ⟦pl:FJ-604-NL⟧.",
        "Téléphone du commerce : ⟦t:05 53 55 28 19⟧ ; portable de la preneuse : ⟦t:06 70 91 54 32⟧.",
        "Fait en deux exemplaires à Saint-Martin-de-Fressengeas, le 1er mars 2026.",
        "Le maire, ⟦off:Didier Lavergne⟧ — La preneuse, **⟦p:C. Dessalle-Parisot⟧**",
    ],
}

DOCX["p55_pv_bornage_chemin_rural.docx"] = {
    "author": "Cabinet ⟦p:Faucher⟧ géomètres",
    "title": "PV de délimitation — chemin rural n° 12",
    "header": "Procès-verbal de délimitation — commune de Saint-Pierre-de-Chartreuse — chemin rural n° 12 dit « de la Diat »",
    "footer": "Dossier 26-0412 — ⟦p:M. Hugo Faucher⟧, géomètre-expert (cabinet privé), ⟦a:4 place de la Mairie, 38380 Saint-Laurent-du-Pont⟧",
    "blocks": [
        "Le 20 avril 2026, à la demande de la commune représentée par ⟦off:Mme Delphine Plaucheur⟧, adjointe, il a été procédé à la délimitation du chemin rural n° 12 au droit des propriétés suivantes :",
        ("table", [
            ["Propriétaire", "Parcelle", "Adresse", "Présent / représenté"],
            ["⟦p:M. Jean-Marie Cartannaz⟧", "⟦cad:AK 112⟧", "⟦a:La Diat, 38380 Saint-Pierre-de-Chartreuse⟧", "présent"],
            ["⟦p:Mme Hélène Cartannaz-Guillermin⟧", "⟦cad:AK 113 et 114⟧", "⟦a:12, montée du Cucheron⟧", "représentée par ⟦p:M. J.-M. Cartannaz⟧"],
            ["⟦p:Indivision Bietrix⟧", "⟦cad:000 AK 0120⟧", "⟦a:chalet « Les Essarts »⟧", "présente (⟦p:Paul Bietrix⟧)"],
            ["⟦p:M. Dieter Hoffmann⟧", "⟦cad:AK 121p⟧", "⟦a:Lindenstraße 4, 80331 München⟧", "absent"],
        ]),
        "Les bornes B1 à B6 ont été implantées contradictoirement. Les parties présentes ont signé le présent procès-verbal.",
        "Signatures : ⟦p:J.-M. Cartannaz⟧ ; ⟦p:P. Bietrix⟧ ; pour la commune, ⟦off:D. Plaucheur⟧.",
    ],
}

DOCX["p56_autorisation_mouillage_individuelle.docx"] = {
    "author": "Capitainerie SILA",
    "title": "AOT bouée 214 — ⟦p:DUCRET⟧",
    "header": "Syndicat mixte du lac d'Annecy — autorisation d'occupation temporaire du domaine public lacustre",
    "footer": "Bénéficiaire : ⟦p:M. Olivier Ducret⟧ — badge ⟦id:SILA-B-0214⟧",
    "blocks": [
        ("h", "Autorisation de mouillage n° 2026-214"),
        "Bénéficiaire : ⟦p:M. Olivier Ducret⟧, né le ⟦bd:7 février 1970⟧, demeurant ⟦a:214 chemin des Fins, Le Clos des Aravis, 74000 Annecy⟧.",
        ("table", [
            ["Bateau", "Immatriculation", "Longueur", "Bouée"],
            ["Voilier « Ma Pitchounette »", "⟦id:AN 754219⟧", "6,50 m", "n° 214 — zone de Talloires"],
        ]),
        "Copropriétaire du bateau : ⟦p:Mme Sandrine Ducret-Perrotin⟧. Personne joignable en cas d'urgence : ⟦p:Nicolas Ducret⟧, ⟦t:06 12 88 04 71⟧.",
        "Redevance 2026 : 742 €, réglée par prélèvement sur le compte ⟦iban:FR7610907006016702155482023⟧.",
        "Remorque de mise à l'eau : ⟦pl:AA-214-OD⟧ ; véhicule tracteur : ⟦pl:CZ-908-HE⟧.",
        "Pour le président et par délégation, le responsable des ports, ⟦off:M. Raphaël Mugnier⟧.",
    ],
}

DOCX["p57_courrier_demande_nom_rue.docx"] = {
    "author": "⟦p:Yolande Castagné⟧",
    "title": "Lettre au maire — nom de rue",
    "header": "⟦p:Yolande CASTAGNÉ⟧ — ⟦a:« Bel Air », 350 chemin du Pigeonnier⟧ — 47300 Pujols",
    "footer": "⟦t:05 53 70 41 86⟧ — ⟦e:yolande.castagne@orange.fr⟧",
    "blocks": [
        "Madame la Maire,",
        "J'ai lu dans le bulletin que le conseil municipal allait nommer la voie nouvelle du lotissement des Cèdres. Je me permets de proposer le nom de mon grand-père, ⟦p:Émile Castagné⟧ (⟦bd:1898⟧-⟦bd:1979⟧), né à ⟦bp:Pujols⟧, qui fut le dernier meunier du moulin de Lalande et qui a donné le terrain de l'école en 1952.",
        "Ma cousine, ⟦p:Mme Arlette Castagné-Dubos⟧, qui vit à ⟦a:Villeneuve-sur-Lot, 18 boulevard de la République⟧, partage cette proposition ; vous pouvez la joindre au ⟦t:05-53-40-27-91⟧.",
        "Je tiens à votre disposition des photographies du moulin et l'acte de donation (références cadastrales de l'époque : ⟦cad:section B n° 512⟧, aujourd'hui propriété de ⟦p:M. Laurent Bessières⟧).",
        "Je vous prie d'agréer, Madame la Maire, l'expression de mes sentiments respectueux.",
        "**⟦p:Y. Castagné⟧**",
        "Copie : ⟦off:M. Philippe Duffau⟧, adjoint à la voirie.",
    ],
}

DOCX["p58_fiche_inscription_brocante_scan.docx"] = {
    "author": "scan_0042_⟦p:kaczmarek⟧",
    "title": "Inscription brocante — OCR",
    "header": "Brocante de la Saint-Éloi — Comité des fêtes d'Hénin-Beaumont — bulletin d'inscription (transcription d'un scan)",
    "footer": "Document numérisé le 02/09/2026 — original conservé par le comité",
    "blocks": [
        ("table", [
            ["NOM", "⟦p:KACZMAREK⟧", "PRÉNOM", "⟦p:Stéphane⟧"],
            ["Date de naissance", "⟦bd:1 2 / 0 3 / 1 9 7 4⟧", "Lieu", "⟦bp:Lens (62)⟧"],
            ["Adresse", "⟦a:27, rue Émile-Zola, cité n° 2⟧", "CP / Ville", "62110 Hénin-Beaumont"],
            ["Tél.", "⟦t:06.2O.45.73.18⟧", "Mail", "⟦e:stef.kaczmarek62 @ sfr.fr⟧"],
            ["Pièce d'identité", "CNI n° ⟦id:091062300874⟧", "délivrée le", "14/06/2009 par la préfecture du Pas-de-Calais"],
            ["Immatriculation", "⟦pl:DH 732 ZA⟧", "Mètres", "5"],
        ]),
        "Je soussigné ⟦p:Stéphane Kaczmarek⟧ atteste sur l'honneur ne pas avoir participé à plus de deux ventes au déballage dans l'année.",
        "Accompagné de : ⟦p:Mme Sabrina Kaczmarek née Lefebvre⟧ et de mon beau-père ⟦p:Gérard Lefebvre⟧ (⟦ag:71 ans⟧).",
        "Fait à Hénin-Beaumont le 30/08/2026 — signature : ⟦p:S. Kaczmarek⟧",
        "Reçu par ⟦p:Mme Ginette Wallart⟧, bénévole du comité des fêtes.",
    ],
}

DOCX["p59_cr_reunion_quartier.docx"] = {
    "author": "Démocratie de proximité — Ville de Roubaix",
    "title": "CR réunion de quartier Épeule",
    "header": "Compte rendu de la réunion publique du quartier de l'Épeule — 21 mai 2026",
    "footer": "Compte rendu publié sur le site de la ville — relu par ⟦off:Mme Karima Ziani⟧, adjointe de quartier",
    "blocks": [
        "Présents : une cinquantaine d'habitants ; pour la ville, ⟦off:Mme Karima Ziani⟧, adjointe, et ⟦off:M. Olivier Vandenbussche⟧, chargé de quartier.",
        "1. Stationnement rue de l'Épeule : ⟦p:M. Rachid Bensalem⟧ (⟦a:114 rue de l'Épeule⟧) signale que des camionnettes ventouses occupent les places ; il cite les véhicules ⟦pl:CJ-247-XV⟧ et ⟦pl:1538 QR 59⟧, appartenant selon lui à un voisin déménageur, ⟦p:M. Dimitri Verbeke⟧.",
        "2. Éclairage de la courée ⟦a:Courée Lepers, 3e maison à gauche⟧ : ⟦p:Mme Josette Deleplanque⟧ demande la réparation du réverbère.",
        "3. Fête des voisins : organisée par ⟦p:Sihem Bouzidi⟧ et ⟦p:Kevin Vandamme⟧ ; inscriptions au ⟦t:07 68 51 24 09⟧ ou fetevoisins.epeule@gmail.com.",
        ("table", [
            ["Habitant", "Question", "Réponse de la ville"],
            ["⟦p:Mme Ngoc Anh Lê⟧ (⟦a:rés. La Tossée, bât. A⟧)", "Date de rénovation de l'aire de jeux", "Travaux prévus en octobre"],
            ["⟦p:M. Piotr Dąbrowski⟧", "Pose d'un banc devant le ⟦a:n° 62 de la rue Watt⟧", "Étude en cours"],
            ["⟦p:Jean-Claude « Jicé » Desmet⟧", "Nettoyage du canal", "Compétence de la MEL, transmis"],
        ]),
        "Prochaine réunion : septembre 2026.",
    ],
}

DOCX["p60_palmares_concours_photo.docx"] = {
    "author": "Service tourisme — CC Vexin normand",
    "title": "Palmarès concours photo Parc naturel",
    "header": "Communauté de communes du Vexin normand — concours photo « Nos paysages » 2026",
    "footer": "Les lauréats ont autorisé la publication de leur nom, de leur commune et de leur photo.",
    "blocks": [
        ("h", "Palmarès"),
        ("table", [
            ["Rang", "Photographe", "Titre de la photo", "Légende / lieu"],
            ["1er", "⟦p:Valentine Osmont⟧, ⟦ag:17 ans⟧", "« Brume sur l'Epte »", "prise depuis le jardin de ⟦p:M. et Mme Lecarpentier⟧, ⟦a:moulin de Fourges⟧"],
            ["2e", "⟦p:Ravi Krishnamurthy⟧", "« Le lavoir »", "lavoir de Gisors, fichier ⟦p:krishnamurthy_r⟧_lavoir.jpg"],
            ["3e", "⟦p:Bernard Le Sueur⟧ dit ⟦p:« Nanard »⟧", "« Moisson »", "champ de la ⟦a:ferme du Héloy⟧ (⟦cad:ZB 14⟧, propriété de ⟦p:Hugues Delacroix-Rémond⟧)"],
            ["Prix jeune", "⟦p:Zélie Dufresne⟧ (née en ⟦bd:2014⟧)", "« Mon chat sur le muret »", "⟦a:2 sente aux Ânes, Étrépagny⟧"],
        ]),
        "Le jury, présidé par ⟦off:M. Fabrice Lemaire⟧, vice-président chargé du tourisme, a examiné 112 photos.",
        "Les lauréats peuvent retirer leur prix à la maison du tourisme. Le premier prix est un appareil offert par ⟦p:Photo Osmont⟧… aucun lien de parenté avec la lauréate ! Contact lauréate : ⟦e:valentine.osmont27@gmail.com⟧ (via ses parents, ⟦t:02 32 55 14 07⟧).",
    ],
}


if __name__ == "__main__":
    raise SystemExit(main())
