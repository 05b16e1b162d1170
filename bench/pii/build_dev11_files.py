# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev11 set of the personal-data leak benchmark (``corpus/dev11``): documents and labels.

Same conventions as ``build_files.py``, ``build_dev2_files.py`` (whose ``build_set`` it uses) and
``build_dev10_files.py``: a personal value is written ``⟦kind:text⟧`` with the short kind keys of
``KINDS``, an official acting in his function kept in clear ``⟦off:text⟧``; the script writes the files
without the marks and their lines in ``corpus/dev11/labels.jsonl``, and checks that every label is a
substring of its document. Kinds used: person (names, initials, nicknames, stage names, names inside
e-mail local parts, handles, file names and document properties), address, phone, email, identifier
(any number a person holds: sports licences, PACAGE and herd numbers, reader cards, identity-card and
passport numbers, INE student numbers, Congés Spectacles and show-licence numbers, furnished-lodging
registration numbers, military register numbers, donor and lender references), plate, birth_date (a
date of birth, marriage or death of a private person in any shape, in words, in the republican
calendar, a birth year), birth_place, age, siret (the SIREN or SIRET of a sole trader), iban, rib (a
French RIB or its account number), nir, cadastre (a parcel owned by a private person, old or new) and
other (a personal web site or a social-network handle).

dev11 was written by an independent author who read only the mark syntax and the build helpers, not
the recognizers, the anonymizer, the verification, the tests, the documentation or the other sets'
documents and labels, and who did not run the pipeline or an evaluation on it. Its 60 documents
(40 .txt, 10 .html, 10 .docx) are a département's and a region's published papers: commission
permanente decisions naming the beneficiaries of non-social grants (sport, culture, heritage,
agriculture, young farmers' installation, apprentices' mobility prizes, audiovisual creation);
departmental archives' finding aids, accession registers and transcribed civil registers, military
registers and Napoleonic land registers; a museum's donors and lenders lists, acquisition minutes and
loan agreements; road-works notices, residents' access permits with plates, boundary reports and
compulsory-purchase parcel statements naming owners; cultural programmes with artists; a library
reading club's minutes and a readers' prize jury; public-procurement award notices naming sole
traders; a regional youth council's and a departmental youth council's members; tourism labels
granted to gîtes and chambres d'hôtes; letters and e-mail threads with signatures; forms transcribed
from scans; HTML pages with tables, mailto: links, title and alt attributes; DOCX with tables,
headers, footers and core properties. The values come in the shapes people write them: names of
every origin and script (Burgundian, Bressan, Italian, Polish, Portuguese, Spanish, Basque, Breton,
Corsican, Arabic, Berber, Turkish, Armenian, West African, Malagasy, Vietnamese, Chinese, Japanese,
Korean, Tamil, Romanian, Ukrainian in Cyrillic, Greek, German, Dutch, English), particles, compound,
maiden and married names, initials, nicknames, lower case and capitals, names glued in e-mails,
handles and file names; addresses abbreviated, lieux-dits, named houses, résidences, floors, CEDEX
and post-office boxes, foreign addresses; phones in every grouping with +33 (0) and foreign numbers;
e-mails plain and obfuscated; identifiers with valid keys where they have one (NIR, IBAN, RIB,
SIREN/SIRET); plates of every French format (SIV, FNI, temporary WW) and foreign ones; dates in
every shape and in words, ages and birth years; parcels of private owners; handles and personal
sites. Elected officials, agents acting in their function, notaries acting, the expropriation judge
and the commissaire enquêteur are kept in clear; candidates, association officers, artists,
shopkeepers, sole traders, farmers, employees of private companies, donors, lenders and residents
are persons. Every document is meant to be published once anonymized (route public): none holds a
sensitive fact (no health, disability, offence, social aid, debt, religion, private politics, family
conflict, immigration status or evaluation of an agent).

Run: PYTHONPATH=include .venv/bin/python bench/pii/build_dev11_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev11"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["q01_cp_sportifs_haut_niveau.txt"] = """
DÉPARTEMENT DE SAÔNE-ET-LOIRE
COMMISSION PERMANENTE — SÉANCE DU VENDREDI 13 MARS 2026
Délibération n° CP-2026-03-117 — Politique sportive : aides individuelles aux sportifs de haut niveau et aides aux clubs (3e répartition)

Rapporteur : ⟦off:M. Jean-Luc Fonteray⟧, vice-président chargé des sports et de la jeunesse.
Présents : 31 — Représentés : 4 — Absents : 3. Quorum atteint.

La commission permanente, après en avoir délibéré, décide à l'unanimité :
- d'attribuer les aides individuelles figurant en annexe 1, pour un montant total de 14 400 € ;
- d'attribuer les subventions aux clubs figurant en annexe 2, pour un montant total de 21 750 €.

ANNEXE 1 — Sportifs inscrits sur les listes ministérielles (forfait 1 200 € ; espoirs 800 €)

Bénéficiaire                      | Né(e) en | Discipline              | Club / n° de licence                         | Montant
⟦p:BONNOT Léa⟧                      | ⟦bd:2006⟧     | aviron                  | Aviron Club Mâcon — lic. ⟦id:FFA-071-284417⟧      | 1 200 €
⟦p:TRAORÉ Moussa⟧                   | ⟦bd:2004⟧     | athlétisme (400 m haies)| EA Chalon — lic. n° ⟦id:1459872⟧                  | 1 200 €
⟦p:NGUYỄN Thị Mai⟧                  | ⟦bd:2008⟧     | badminton               | Badminton Club Le Creusot — ⟦id:00687412⟧         |   800 €
⟦p:de LA CHAPELLE Édouard⟧          | ⟦bd:2005⟧     | escrime (sabre)         | Cercle d'escrime de Chalon — ⟦id:20051104712⟧     | 1 200 €
⟦p:KOWALCZYK Julia⟧                 | ⟦bd:2007⟧     | judo (-57 kg)           | Judo Club Montceau — lic. ⟦id:M070107KOWJU01⟧     |   800 €
⟦p:BENALI-MOREAU Saïd⟧              | ⟦bd:2003⟧     | canoë-kayak (C1)        | CK Tournus — ⟦id:203815⟧                          | 1 200 €
⟦p:Pellegrini Ambre⟧                | ⟦bd:2009⟧     | gymnastique rythmique   | Étoile de Digoin                               |   800 €
⟦p:RAKOTOMALALA Fanomezantsoa⟧      | ⟦bd:2006⟧     | athlétisme (perche)     | EA Chalon — lic. n° ⟦id:1502266⟧                  | 1 200 €
⟦p:GUILLEMIN Hugo⟧                  | ⟦bd:2004⟧     | cyclisme sur piste      | UC Bressane                                    | 1 200 €
⟦p:ÖZTÜRK Elif⟧                     | ⟦bd:2008⟧     | taekwondo               | Taekwondo Paray                                |   800 €
⟦p:ETXEBERRIA Maite⟧                | ⟦bd:2005⟧     | pelote basque (main nue)| Section pelote de Mâcon                        | 1 200 €
⟦p:Chanut-Lagrange Noé⟧             | ⟦bd:2007⟧     | tir à l'arc             | Archers du Charolais                           |   800 €

Les sportifs mineurs à la date de la décision (⟦p:Mlle Ambre Pellegrini⟧, ⟦ag:16 ans⟧ ; ⟦p:Mlle Elif Öztürk⟧, ⟦ag:dix-sept ans⟧) percevront l'aide par l'intermédiaire de leur représentant légal.

ANNEXE 2 — Aides aux clubs (fonctionnement et déplacements en championnat de France)

- Union cycliste bressane — siège : chez la présidente ⟦p:Mme Odile Perraud⟧, ⟦a:14 impasse des Tilleuls⟧, 71290 Cuisery — 3 500 €
- Aviron Club Mâcon — président ⟦p:M. Thierry Jandot⟧ — 4 000 €
- Archers du Charolais — correspondant ⟦p:M. Kévin Dufour⟧, ⟦t:06.71.28.40.93⟧ — 1 250 €
- Taekwondo Paray — siège ⟦a:Les Charmes, 3 rue Pasteur⟧, 71600 Paray-le-Monial (domicile du trésorier ⟦p:M. Murat Çelik⟧) — 2 000 €
- Section pelote de Mâcon — 1 500 €
- EA Chalon — 9 500 €

Le versement interviendra sur production du relevé d'identité bancaire de chaque bénéficiaire.

Pour extrait conforme. Le président du conseil départemental, ⟦off:André Accary⟧
"""

TXT["q02_cp_installation_jeunes_agriculteurs.txt"] = """
Département de Saône-et-Loire — Direction de l'agriculture et de l'environnement
Commission permanente du 10 avril 2026 — rapport n° 2026-AGR-14
OBJET : Aide départementale à l'installation des jeunes agriculteurs (AIJA) — 2e programme 2026

Le dispositif soutient les installations aidées ou non aidées de moins de 41 ans, hors cadre familial ou en reprise familiale. Le comité technique réuni le 24 mars 2026 a émis un avis favorable sur les dossiers suivants :

1) ⟦p:M. Baptiste CHEVILLARD⟧, ⟦ag:27 ans⟧, installé au 1er janvier 2026 en élevage bovin allaitant charolais (62 vaches), ⟦a:lieu-dit « Les Brosses »⟧, 71220 Verosvres. Reprise hors cadre familial de l'exploitation de ⟦p:M. et Mme Gaston Buchet⟧, partis en retraite. SIRET ⟦siret:435 257 183 00028⟧ — n° PACAGE ⟦id:071012345⟧ — cheptel ⟦id:FR 71 578 226⟧.
   Parcelles reprises (extrait) : ⟦cad:Verosvres ZB 14, ZB 15 et ZB 22⟧ ; ⟦cad:section C n° 412 à 418⟧. Montant : 8 000 €.

2) ⟦p:Mme Clémence Pacaud épouse Berthaud⟧, née le ⟦bd:3 août 1994⟧ (⟦ag:31 ans⟧), associée du GAEC de la Côte (avec ⟦p:Julien Berthaud⟧ et ⟦p:Roland Berthaud⟧), 71250 Cluny — atelier de transformation fromagère de chèvre. Adresse de l'exploitation : ⟦a:Ferme de la Côte, 120 chemin des Vignes⟧. Montant : 8 000 €.

3) ⟦p:M. Wojciech « Wojtek » SZYMAŃSKI⟧, ⟦ag:38 ans⟧, maraîchage biologique sur 3,5 ha, ⟦a:Le Grand Pré, route de Ciel⟧, 71350 Verdun-sur-le-Doubs — entreprise individuelle ⟦siret:419517297⟧ (SIREN). Terres louées à ⟦p:Mme veuve Marcelle Thévenet⟧ (⟦cad:AB 203⟧, ⟦cad:AB 204p⟧). Montant : 6 500 €.

4) ⟦p:Mlle Inès El Idrissi⟧, ⟦ag:24 ans⟧, apicultrice (210 ruches), siège ⟦a:2 bis rue de l'Église, hameau de Saint-Clément⟧, 71460 Culles-les-Roches. Contact ⟦t:07 81 44 02 19⟧. Montant : 5 000 €.

5) ⟦p:M. Antoine de Montessus de Ballore⟧, ⟦ag:33 ans⟧, viticulture (7,2 ha en AOC Mâcon-Villages), ⟦a:Domaine du Clos Vernay, 71260 Lugny⟧, reprise familiale de son oncle ⟦p:M. Hubert de Montessus⟧. SIRET ⟦siret:44057454900018⟧. Montant : 8 000 €.

6) ⟦p:M. Dylan Ravaux⟧ et ⟦p:Mme Océane Ravaux-Duréault⟧, ⟦ag:29⟧ et ⟦ag:28 ans⟧, élevage de volailles de Bresse AOP, ⟦a:Les Granges Berthaud, 71330 Saint-Germain-du-Bois⟧. N° EDE ⟦id:71 489 027⟧. Montant : 2 × 4 000 €.

Total : 43 500 €. Imputation : chapitre 939, article 20422.
Le vice-président chargé de l'agriculture, ⟦off:Frédéric Brochot⟧
"""

TXT["q03_cp_culture_compagnies_artistes.txt"] = """
CONSEIL DÉPARTEMENTAL — COMMISSION PERMANENTE DU 15 MAI 2026
Rapport n° 412 : Soutien à la création artistique et aux résidences — année 2026

Exposé. Le Département accompagne les équipes artistiques professionnelles implantées en Saône-et-Loire. Le comité d'experts (séance du 2 avril) propose les aides suivantes.

A. Aide à la création — spectacle vivant
• Compagnie « Les Oiseaux de passage » (Autun) — direction artistique ⟦p:Maëlle Le Goff⟧ — création « La Traversée » — 7 000 €
• Compagnie Fil rouge — ⟦p:Bertrand « Bébert » Lachaux⟧, marionnettiste, ⟦a:atelier du Moulin Neuf, 71190 Étang-sur-Arroux⟧ — 5 000 €
• Collectif Tchatche — ⟦p:Yasmina Hadj-Ahmed⟧ et ⟦p:Karim Boukhalfa⟧, ⟦a:c/o Maison des associations, 4 rue Jean-Bouvet⟧, 71000 Mâcon — 4 000 €
• Duo Κόρη — ⟦p:Ελένη Παπαδοπούλου⟧ (Eleni Papadopoulou), chant et lyra, et ⟦p:Sophie Marchand-Roux⟧, violoncelle — 3 000 €
• Compagnie Tsuki — chorégraphe ⟦p:佐藤 美咲⟧ (⟦p:Misaki SATO⟧) — 6 000 €

B. Bourses d'écriture et de création (arts visuels, littérature)
• ⟦p:Jeanne-Aurélie Dubreuil⟧, plasticienne, ⟦a:La Maison Rouge, chemin de Thil⟧, 71140 Bourbon-Lancy — site ⟦o:www.jadubreuil-atelier.fr⟧ — 3 000 €
• ⟦p:Ousmane Diallo⟧, auteur (roman en cours « Le fleuve d'en face ») — 2 500 €
• ⟦p:Vasyl Petrenko⟧ (⟦p:Василь Петренко⟧), illustrateur, Chalon-sur-Saône — Instagram ⟦o:@vasyl.draws⟧ — 2 500 €
• ⟦p:Armelle Garnier-Zanardi⟧, photographe — 2 000 €

C. Résidences en territoire rural
• Résidence au ⟦a:moulin de Chaumont, 71460 Saint-Gengoux-le-National⟧, propriété de ⟦p:M. et Mme Duparay⟧, qui accueillent l'artiste ⟦p:Rémi Nakamura-Benoît⟧ du 1er au 30 septembre — 4 500 €

Les bénéficiaires signeront une convention précisant les contreparties (présentation publique, action culturelle). Les compagnies non encore immatriculées produiront le numéro de licence d'entrepreneur de spectacles de leur responsable (pour Fil rouge : ⟦id:PLATESV-R-2021-004417⟧).

Adopté à l'unanimité. La vice-présidente chargée de la culture, ⟦off:Christine Robin⟧
"""

TXT["q04_cp_petit_patrimoine_prive.txt"] = """
DÉPARTEMENT — COMMISSION PERMANENTE — 12 JUIN 2026
Délibération CP-2026-06-208 : Aide à la restauration du patrimoine rural non protégé appartenant à des particuliers

Vu le règlement départemental adopté le 9 décembre 2022 ; vu l'avis de l'architecte des bâtiments de France (⟦off:Mme Anne-Sophie Collin⟧) ; vu l'avis de la Fondation du patrimoine, délégation de Saône-et-Loire.

Dossiers retenus (taux 20 %, plafond 10 000 €) :

N° 26-017 | Propriétaires : ⟦p:M. Gérard LAMBERT⟧ et ⟦p:Mme Nicole LAMBERT née PERRIN⟧ | Pigeonnier carré du XVIIIe s., ⟦a:domaine de la Verchère⟧, 71120 Vendenesse-lès-Charolles | cadastré ⟦cad:ZC 56⟧ | travaux : charpente et couverture en tuiles plates | dépense subventionnable 28 400 € | aide 5 680 €.

N° 26-021 | Propriétaire : ⟦p:Mme Françoise d'Aubigny-Tencin⟧ | Chapelle castrale désaffectée, ⟦a:château de Corcelles⟧, lieu-dit Corcelles, 71570 La Chapelle-de-Guinchay | ⟦cad:section AE parcelle 0127⟧ | rejointoiement des façades | 41 000 € | aide plafonnée 10 000 €.

N° 26-024 | Propriétaire : SCI du Moulin Bonnot, gérant ⟦p:M. Patrick Bonnot⟧ domicilié ⟦a:5, allée des Peupliers, 21000 Dijon⟧ | moulin à eau de Sornin, roue et bief | ⟦cad:B 1042 et B 1043⟧ | 18 200 € | aide 3 640 €.

N° 26-025 | Propriétaires indivis : ⟦p:les consorts Gonçalves⟧ (⟦p:Manuel Gonçalves⟧, ⟦p:Maria de Fátima Gonçalves⟧, ⟦p:Paulo Gonçalves⟧) | four à pain, ⟦a:hameau des Vernes⟧, 71390 Buxy | ⟦cad:parcelle 000 ZK 0089⟧ | 9 800 € | aide 1 960 €.

N° 26-029 | Propriétaire : ⟦p:M. Hervé Ducrot⟧ | lavoir privé alimenté par source, ⟦a:« La Fontaine aux Loups », 71800 Varennes-sous-Dun⟧ | ⟦cad:A 312⟧ | 6 100 € | aide 1 220 €.

Dossier ajourné : N° 26-019 (croix de chemin, ⟦cad:ZA 7⟧, propriété de ⟦p:Mme Jacqueline Morin⟧), pièces manquantes.

Les propriétaires s'engagent à ouvrir le bien à la visite lors des Journées européennes du patrimoine pendant cinq ans.
Pour le président et par délégation, le directeur général adjoint, ⟦off:Laurent Mathieu⟧
"""

TXT["q05_region_prix_mobilite_apprentis.txt"] = """
RÉGION BOURGOGNE-FRANCHE-COMTÉ
Commission permanente du 19 juin 2026 — Formation et apprentissage
Délibération n° 26CP.0712 — Prix régional « Apprentis voyageurs » : lauréats de la session de printemps

Le prix (forfait 500 € à 1 500 € selon la durée) récompense les apprentis ayant effectué une période de formation en entreprise à l'étranger. Le jury du 4 juin 2026, présidé par ⟦off:Mme Sophie Fonquernie⟧, conseillère régionale déléguée, a retenu :

| N° | Apprenti(e)                    | Âge | CFA                    | Entreprise d'accueil en France           | Destination / durée          | Prix    |
|----|--------------------------------|-----|------------------------|------------------------------------------|------------------------------|---------|
| 1  | ⟦p:Lucas MOINGEON⟧                 | ⟦ag:19⟧  | CFA BTP Autun          | EI ⟦p:Mathieu Gauthey⟧, couvreur (SIRET ⟦siret:428 975 619 00019⟧) | Cork (Irlande), 4 sem.        | 1 000 € |
| 2  | ⟦p:Chloé Da Silva Fernandes⟧       | ⟦ag:20⟧  | CFA hôtelier Dijon     | Hôtel des Remparts, Beaune               | Porto (Portugal), 8 sem.      | 1 500 € |
| 3  | ⟦p:Mehdi AÏT-OUFELLA⟧              | ⟦ag:18⟧  | CFA Besançon           | Boulangerie ⟦p:Grosjean Pascal⟧ (EI)       | Vienne (Autriche), 2 sem.     |   500 € |
| 4  | ⟦p:Anaïs Vuillemin⟧                | ⟦ag:21⟧  | CFA Agricole Fontaines | GAEC des Trois Sapins                    | Québec (Canada), 12 sem.      | 1 500 € |
| 5  | ⟦p:Thomas Kleinmann⟧               | ⟦ag:19⟧  | CFA Mâcon              | Garage ⟦p:Dominique Perrusset⟧ (EI)        | Fribourg-en-Brisgau, 4 sem.   | 1 000 € |
| 6  | ⟦p:Ngozi Okafor⟧                   | ⟦ag:22⟧  | CFA coiffure Chalon    | Salon ⟦p:Élodie B.⟧                        | Malte, 3 sem.                 |   500 € |
| 7  | ⟦p:Cosmin Popescu⟧                 | ⟦ag:20⟧  | CFA industrie Belfort  | Alstom                                   | Cluj-Napoca (Roumanie), 6 sem.| 1 000 € |
| 8  | ⟦p:Lou-Anne Girardot⟧              | ⟦ag:18⟧  | CFA Montbéliard        | Fleurs ⟦p:Nadège Roy⟧ (EI)                 | Gand (Belgique), 2 sem.       |   500 € |

Précision : la lauréate n° 6 a effectué sa mobilité sous la tutelle de ⟦p:Mme Joanna Vella⟧, gérante du salon d'accueil à Sliema.
Le lauréat n° 3 a fêté ses 18 ans le ⟦bd:11 février 2026⟧, pendant sa mobilité.

Les prix sont versés sur le compte bancaire de l'apprenti ou, pour un mineur, de son représentant légal.
Pour la présidente du conseil régional et par délégation, ⟦off:Jérôme Durain⟧
"""

TXT["q06_archives_repertoire_fonds_famille.txt"] = """
ARCHIVES DÉPARTEMENTALES DE SAÔNE-ET-LOIRE
Répertoire numérique détaillé de la sous-série 112 J — Fonds de la famille Perraud-Chanut (1742-1968)
Établi par ⟦off:Claire Ducharne⟧, attachée de conservation, sous la direction de ⟦off:Jean-Pierre Durand⟧, directeur des archives. Mâcon, 2026.

Introduction
Modalités d'entrée : don de ⟦p:Mme Geneviève Perraud, veuve Chanut⟧, demeurant ⟦a:15, rue des Minimes, 71000 Mâcon⟧, par acte du 22 novembre 2024 ; complément remis par son petit-fils ⟦p:M. Arnaud Chanut⟧, ⟦a:Résidence Le Parc, bât. C, 3e ét., 12 avenue de Lattre-de-Tassigny, 69006 Lyon⟧, le 7 mars 2025.
Historique du producteur : famille de propriétaires et négociants en vins de Romanèche-Thorins. ⟦p:Claude-Marie Perraud⟧ (⟦bd:1761⟧-⟦bd:1829⟧), maire de Romanèche sous l'Empire ; son fils ⟦p:Benoît Perraud⟧ (⟦bd:1798⟧-⟦bd:1871⟧), négociant ; ⟦p:Louise Perraud⟧ épouse ⟦p:Chanut⟧ (née à ⟦bp:Romanèche⟧ le ⟦bd:2 mai 1880⟧, décédée à ⟦bp:Mâcon⟧ en ⟦bd:1961⟧), institutrice.
Conditions d'accès : librement communicable, à l'exception des articles 112 J 40 à 42 (correspondance privée postérieure à 1950), communicables sur autorisation de la donatrice.

Répertoire
112 J 1      Contrat de mariage entre ⟦p:Claude-Marie Perraud⟧ et ⟦p:Jeanne Guillemin⟧, passé devant ⟦off:Me Desbois⟧, notaire à Mâcon, ⟦bd:le 14 brumaire an VI⟧. 1797
112 J 2-5    Livres de caves et de comptes. 1803-1846
112 J 6      Acquisitions de vignes aux climats ⟦cad:« Les Moulins » (section B n° 211 du cadastre de 1826)⟧ et ⟦cad:« En Chénas » (B 247 et B 248)⟧. 1826-1832
112 J 7-12   Correspondance commerciale de ⟦p:Benoît Perraud⟧ avec ses clients de Paris et de Lyon. 1824-1869
112 J 13     Livret de famille ⟦p:Chanut-Perraud⟧. 1903
112 J 14     Carnets de cours de ⟦p:Louise Chanut⟧ à l'école normale de Mâcon. 1897-1899
112 J 15-39  Photographies sur plaques de verre (vendanges, cuverie, portraits de ⟦p:Henri Chanut⟧ et de ses ouvriers ⟦p:« le père Bouillot »⟧ et ⟦p:Angelo Tomasini⟧). v. 1905-1930
112 J 40-42  Correspondance de ⟦p:Geneviève Chanut⟧ avec sa sœur ⟦p:Yvonne Perraud-Lafay⟧, ⟦a:7 Kensington Park Gardens, London W11 3HB⟧. 1950-1968

Sources complémentaires : 3 E 18421 (minutes de ⟦off:Me Desbois⟧) ; 3 P 412 (cadastre napoléonien de Romanèche).
"""

TXT["q07_transcription_etat_civil_an_xii.txt"] = """
Archives départementales — Atelier de transcription collaborative « Lire les registres »
Commune de Saint-Martin-en-Bresse — registre des naissances, an XII (cote 5 E 462/9) — transcription relue

Acte n° 14
Du vingt-sept frimaire an douze de la République française. Acte de naissance de ⟦p:Claudine Jandot⟧, née le jour d'hier à dix heures du soir, fille de ⟦p:Pierre Jandot⟧, laboureur, âgé de ⟦ag:trente-deux ans⟧, demeurant au ⟦a:hameau des Bruyères⟧, et de ⟦p:Marie Guyennot⟧, son épouse. Le sexe de l'enfant a été reconnu être féminin. Premier témoin : ⟦p:Jean-Baptiste Guyennot⟧, tisserand, âgé de ⟦ag:cinquante-quatre ans⟧ ; second témoin : ⟦p:Antoine Bouillot⟧, cultivateur, âgé de ⟦ag:vingt-six ans⟧, demeurant ⟦a:à la Grange Rouge⟧. Sur la réquisition à nous faite par le père. Constaté suivant la loi par moi ⟦off:Claude Forestier⟧, maire faisant les fonctions d'officier public de l'état civil.

Acte n° 15
Du ⟦bd:trois nivôse an XII⟧. Acte de naissance de ⟦p:François Buchet⟧, né ce jourd'hui à six heures du matin, fils de ⟦p:Denis Buchet⟧, meunier au ⟦a:moulin de la Sâne⟧, âgé de ⟦ag:quarante ans⟧, et de ⟦p:Jeanne-Marie Perrusset⟧. Témoins : ⟦p:Philibert Chevillard⟧, âgé de ⟦ag:61 ans⟧, et ⟦p:Claude Moingeon⟧, âgé de ⟦ag:29 ans⟧, tous deux voisins.
Note marginale (écriture postérieure) : marié à Louhans le ⟦bd:12 février 1828⟧ avec ⟦p:Benoîte Ravaux⟧. Décédé le ⟦bd:4.9.1871⟧.

Acte n° 16 (mention en marge : « acte rectifié par jugement du tribunal de Louhans du 2 mai 1806 »)
Du ⟦bd:11 nivôse an 12⟧. ⟦p:Pierrette Lhomme dite « la Pierrotte »⟧, fille de ⟦p:Étienne Lhomme⟧ et de ⟦p:Claudine Berthaud⟧, née au domicile de ses parents, ⟦a:aux Granges Berthaud⟧.

Remarques de la relectrice (⟦p:mireille.g71⟧, bénévole) : le nom « Guyennot » est écrit « Guienot » dans la signature du témoin ; l'âge du père à l'acte 15 semble surchargé (40 ou 46). Le compte Geneanet de la relectrice : ⟦o:gw.geneanet.org/mireilleg71⟧.
Relecture validée le 3 février 2026 par ⟦off:Pauline Mercier⟧, archiviste, service des publics.
"""

TXT["q08_archives_registre_entrees.txt"] = """
ARCHIVES DÉPARTEMENTALES — REGISTRE DES ENTRÉES PAR VOIE EXTRAORDINAIRE (dons, dépôts, achats)
Extrait publié au rapport annuel d'activité 2025, annexe 4

N° d'entrée | Date       | Mode  | Provenance / contact                                                            | Description sommaire                                      | Métrage
2025/0031   | 14/01/2025 | don   | ⟦p:M. Roger THÉVENET⟧, ⟦a:Les Perrières⟧, 71520 Dompierre-les-Ormes — ⟦t:03 85 50 21 77⟧ | Archives d'une entreprise de scierie (1898-1979)           | 2,4 ml
2025/0032   | 20/01/2025 | dépôt | Association « Mémoire ouvrière du Bassin minier », président ⟦p:Zbigniew Nowak⟧   | Registres de la société de secours des mineurs polonais  | 1,1 ml
2025/0040   | 03/03/2025 | achat | Vente publique, étude ⟦off:Me Ferrand⟧, commissaire de justice, Dijon          | Lettres autographes de Lamartine (1830-1845)   | 0,05 ml
2025/0044   | 27/03/2025 | don   | ⟦p:Mme Hélène Manoukian⟧, ⟦a:9 rue du Puits-Fleury, appt 21⟧, 71100 Chalon-sur-Saône, ⟦e:h.manoukian@laposte.net⟧ | Papiers de son père ⟦p:Garabed Manoukian⟧, cordonnier (1926-1988) | 0,3 ml
2025/0051   | 15/05/2025 | don   | ⟦p:Famille Zhang⟧ (⟦p:张伟⟧ / ⟦p:Zhang Wei⟧), ⟦a:Restaurant Le Lotus d'Or, 2 quai Lamartine, Mâcon⟧ | Photographies du premier restaurant asiatique de Mâcon (1979-1995) | 0,2 ml
2025/0058   | 02/07/2025 | don   | ⟦p:M. et Mme Jean-Paul et Simone Lagrange⟧, ⟦a:« Le Clos des Chaumes », 488 route de Cluny, 71960 Berzé-la-Ville⟧ | Cartes postales anciennes du Mâconnais (2 300 pièces)      | 0,6 ml
2025/0063   | 18/09/2025 | dépôt | M. le maire de Cuisery                                                    | Archives communales antérieures à 1950                   | 14 ml
2025/0070   | 06/11/2025 | don   | ⟦p:M. Henri-Pierre Vachet⟧, ⟦a:Apartado 214, 03590 Altea (Alicante), Espagne⟧, ⟦t:+34 965 84 12 07⟧ | Carnets de route de son grand-père ⟦p:Louis Vachet⟧, cheminot | 0,1 ml
2025/0071   | 06/11/2025 | don   | Anonyme — intermédiaire : ⟦off:Me Jobard⟧, notaire à Autun                          | Plans du château de Sully (XIXe s.)                      | 0,4 ml

Les donateurs qui ont demandé l'anonymat ne figurent pas dans cette liste publiée. Référence donateur interne de M. Thévenet : ⟦id:DON-2025-0031-THE⟧.
"""

TXT["q09_archives_benevoles_indexation.txt"] = """
Compte rendu — Rencontre annuelle des bénévoles de l'indexation collaborative
Archives départementales, salle Lamartine, samedi 24 janvier 2026, 14 h 30

Présents (côté archives) : ⟦off:Pauline Mercier⟧ (service des publics), ⟦off:Thomas Baudot⟧ (numérisation).
Bénévoles présents : ⟦p:Mireille Guillot⟧ (pseudo ⟦p:mireille.g71⟧), ⟦p:Jean-François Bret⟧ (⟦p:JFB_Tournus⟧), ⟦p:Odette Ruet⟧, ⟦p:Khadija Benyoucef⟧, ⟦p:Raymond « Ray » Pommier⟧, ⟦p:Agnieszka Wiśniewska⟧, ⟦p:M. Lê Văn Phúc⟧, ⟦p:Gilberte Chapuis⟧ (venue de Montpont avec son voisin ⟦p:René Guérin⟧).
Excusés : ⟦p:Hubert Noly⟧, ⟦p:Anne-Claire de Varax⟧.

1. Bilan chiffré 2025
412 000 noms indexés dans les tables décennales et les recensements. Palmarès amical des contributeurs : 1er ⟦p:JFB_Tournus⟧ (61 240 fiches), 2e ⟦p:mireille.g71⟧ (48 115), 3e ⟦p:bressane1954⟧ — alias de ⟦p:Mme Odette Ruet⟧, qui a autorisé la mention — (33 870), 4e ⟦p:ray_pommier⟧ (21 002).

2. Questions diverses
- ⟦p:M. Lê⟧ propose d'ajouter une aide à la lecture des prénoms vietnamiens dans les registres de l'après-guerre (camps de Sainte-Livrade non concernés : registres de Saône-et-Loire seulement).
- ⟦p:Mme Wiśniewska⟧ signale des doublons dans les recensements de Montceau-les-Mines de 1931 (cités de la Saule) ; elle transmettra la liste depuis ⟦e:agnieszka.wisniewska@free.fr⟧.
- ⟦p:Khadija⟧ demande si sa carte de lecteur (n° ⟦id:LEC-2019-04471⟧) peut être prolongée sans passer à l'accueil : oui, par courriel au service.
- ⟦p:Raymond Pommier⟧ a créé un blog de généalogie, ⟦o:https://pommier-genealogie.over-blog.com⟧, et demande l'autorisation de reproduire des images : la réutilisation est libre (licence ouverte), mention de la cote obligatoire.

3. Prochaine rencontre
Samedi 23 janvier 2027. Un covoiturage est proposé depuis Louhans par ⟦p:Gilberte Chapuis⟧ (⟦t:06 08 51 73 20⟧) — voiture blanche immatriculée ⟦pl:EK-417-RB⟧, départ parking de la piscine.

Compte rendu rédigé par ⟦off:Pauline Mercier⟧.
"""

TXT["q10_musee_liste_preteurs_exposition.txt"] = """
MUSÉE DÉPARTEMENTAL DU CHAROLAIS — Exposition « Terre d'herbe, terre d'élevage » (4 juillet 2026 – 3 janvier 2027)
Liste des prêteurs (à reproduire au catalogue, p. 4) et fiche logistique (usage interne — ne pas reproduire la colonne « enlèvement »)

Institutions : Musée des Ursulines, Mâcon ; Écomusée de la Bresse bourguignonne ; Archives départementales de la Nièvre.

Prêteurs particuliers
N° prêt | Mention au catalogue                          | Œuvres / objets                                  | Enlèvement / retour (clou à clou)
P-01    | Collection ⟦p:Marcel et Lucette Desroches⟧         | 3 huiles de ⟦p:Claude Desroches⟧ (1890-1958)       | ⟦a:Domaine de Champvent, 71120 Vaudebarrier⟧ — ⟦t:03 85 24 11 60⟧
P-02    | Collection particulière, Saint-Bonnet-de-Joux   | sonnailles et colliers de bœufs                 | ⟦p:M. Fernand Bouchot⟧, ⟦a:La Grande Mouille, 71220 Saint-Bonnet-de-Joux⟧ (prévenir la veille : ⟦t:06 86 11 40 02⟧)
P-03    | Collection ⟦p:Dr. Ingrid Van den Heuvel⟧          | dessins préparatoires de Rosa Bonheur (2)     | ⟦a:Prinsengracht 722-III, 1017 LE Amsterdam (Pays-Bas)⟧ — ⟦e:ivdheuvel@xs4all.nl⟧
P-04    | Collection ⟦p:Famille Thivent⟧                    | registres d'un marchand de bestiaux (1908-1936)  | ⟦p:Mme Josette Thivent-Aublanc⟧, ⟦a:2 place du Champ-de-Foire, 71120 Charolles⟧
P-05    | Prêt de ⟦p:M. Kenji Watanabe⟧                       | photographies « Charolaises au pré », tirages 2019 | ⟦a:3-14-2 Nishi-Azabu, Minato-ku, Tokyo 106-0031, Japon⟧ — ⟦t:+81 3-5411-2087⟧ — ⟦o:kenjiwatanabe-photo.jp⟧
P-06    | Collection ⟦p:Sabine et Ludovic Aucourt⟧          | maquette de ferme (1:20)                        | transport par les prêteurs, ⟦a:Les Combes⟧, 71800 Saint-Symphorien-d'Ancelles ; véhicule ⟦pl:FL-238-GN⟧ + remorque
P-07    | Collection particulière (anonymat demandé)      | tableau « Foire de Charolles » (1911)            | dépôt chez ⟦off:Me Sophie Lardy⟧, notaire, ⟦a:BP 58, 71120 Charolles⟧

Remerciements du catalogue : « Le musée remercie très chaleureusement les prêteurs, et tout particulièrement ⟦p:Lucette Desroches⟧, petite-nièce du peintre, ainsi que ⟦p:M. Watanabe⟧ pour la générosité de son prêt. »
Valeurs d'assurance communiquées aux prêteurs individuellement. Référence police clou à clou : 2026-EXPO-07 (assureur du musée).
Commissaire de l'exposition : ⟦off:Stéphanie Bernardin⟧, conservatrice.
"""

TXT["q11_musee_pv_commission_acquisition.txt"] = """
PROCÈS-VERBAL DE LA COMMISSION SCIENTIFIQUE RÉGIONALE D'ACQUISITION — SECTION BEAUX-ARTS
Séance du 28 avril 2026, DRAC Bourgogne-Franche-Comté, Dijon
Musée concerné : Musée départemental du Charolais (musée de France)

Présidente : ⟦off:Mme Marie-Christine Labourdette⟧. Rapporteur pour le musée : ⟦off:Stéphanie Bernardin⟧, conservatrice.

Dossier 1 — Don manuel de ⟦p:M. Alain Pacaud⟧, né le ⟦bd:12/09/1947⟧ à ⟦bp:Paray-le-Monial⟧, demeurant ⟦a:4, cours Jean-Jaurès, 71600 Paray-le-Monial⟧ : « Retour du marché » par ⟦p:Jean-Baptiste Quinsonas⟧, huile sur toile, vers 1880. Avis favorable à l'unanimité.

Dossier 2 — Legs de ⟦p:Mlle Simone Aublanc⟧ (décédée le ⟦bd:6 janvier 2025⟧ à ⟦bp:Charolles⟧), délivré par ⟦off:Me Sophie Lardy⟧, notaire à Charolles, exécutrice testamentaire : ensemble de 14 faïences de Charolles. Le legs est net de charges. Avis favorable.

Dossier 3 — Achat en vente publique (maison Piasa) : « Bouvier nivernais », fusain. Avis favorable.

Dossier 4 — Don de ⟦p:Mme Ayşe Yılmaz-Bertrand⟧ et de son frère ⟦p:M. Kemal Yılmaz⟧, ⟦a:Dorfstrasse 18, 8032 Zürich, Suisse⟧ : photographies de leur père ⟦p:Hasan Yılmaz⟧, ouvrier aux usines Schneider du Creusot, années 1970. Avis favorable ; la commission recommande une exposition-dossier.

Dossier 5 — Don de l'artiste ⟦p:Nathalie « Nat » Rouvière⟧ (⟦o:instagram.com/nat.rouviere.sculpture⟧) : sculpture « Vache bleue », bronze, 2023. Avis défavorable (hors champ des collections), la commission suggère une proposition au FRAC.

Observations : la donatrice du dossier 4 a demandé que son nom de jeune fille figure au cartel : « Don de ⟦p:Ayşe Yılmaz⟧ et ⟦p:Kemal Yılmaz⟧, 2026 ».

La secrétaire de séance, ⟦off:Agnès Chauvet⟧
"""

TXT["q12_avis_travaux_rd980_riverains.txt"] = """
DÉPARTEMENT DE SAÔNE-ET-LOIRE — Direction des routes et des infrastructures
Agence territoriale routière du Clunisois

AVIS AUX RIVERAINS — RD 980, traversée du hameau de Cortambert (PR 32+400 à PR 33+150)
Travaux de renforcement de chaussée et de reprise des accotements du 7 septembre au 16 octobre 2026

Madame, Monsieur,
Des travaux vont être réalisés devant votre propriété. L'accès aux riverains sera maintenu, sauf les 29 et 30 septembre (mise en œuvre des enrobés) de 7 h à 18 h.
Liste des riverains destinataires du présent avis (distribution en boîte aux lettres le 31 août par l'entreprise) :

côté pair :
- ⟦a:2 route de Cluny⟧ : ⟦p:M. et Mme Daniel Lapalus⟧
- ⟦a:6 route de Cluny⟧ : ⟦p:Mme Yvette Bonin⟧
- ⟦a:8 route de Cluny⟧ (gîte « Le Fournil ») : ⟦p:M. Stéphane Cortambert-Lenoir⟧, propriétaire non résident, ⟦a:41 rue Vercingétorix, 75014 Paris⟧
- ⟦a:14 bis route de Cluny⟧ : EARL ⟦p:Nugues⟧ (⟦p:M. Frédéric Nugues⟧)
côté impair :
- ⟦a:1 route de Cluny⟧ : ⟦p:Mme Armelle Cornu⟧ et ⟦p:M. Tiago Alves⟧
- ⟦a:Le Clos Saint-Vincent⟧ (maison sans numéro, après le calvaire) : ⟦p:M. Guy de Vichy⟧
- ⟦a:11 route de Cluny⟧ : ⟦p:M. Kofi Mensah-Boateng⟧
- ⟦a:lieu-dit Les Teppes⟧, accès par le chemin rural n° 12 : GAEC ⟦p:Lapalus⟧ Père et Fils

Les riverains dont le véhicule devra sortir pendant la mise en œuvre des enrobés sont invités à le stationner sur la place du lavoir. ⟦p:M. Nugues⟧ a signalé le passage quotidien de sa bétaillère (plaque ⟦pl:CM-902-QD⟧) : un passage lui sera ménagé à 7 h et à 17 h.

Entreprise : EUROVIA Bourgogne — conducteur de travaux ⟦p:M. Jérémy Fayolle⟧, ⟦t:06 14 22 95 38⟧.
Responsable du Département : ⟦off:M. Xavier Renaud⟧, chef de l'agence, 03 85 59 00 00 (standard).
"""

TXT["q13_etat_parcellaire_deviation.txt"] = """
PRÉFECTURE DE SAÔNE-ET-LOIRE — ENQUÊTE PARCELLAIRE
Projet de déviation de la RD 906 à La Chapelle-de-Guinchay — Maître d'ouvrage : Département de Saône-et-Loire
ÉTAT PARCELLAIRE (pièce n° 4 du dossier d'enquête) — Commune de La Chapelle-de-Guinchay

Compte n° 00127
Propriétaire : ⟦p:LAGRANGE Raymond Jean Marie⟧, né le ⟦bd:14/07/1951⟧ à ⟦bp:Mâcon (71)⟧, retraité, demeurant ⟦a:143 chemin des Gandelins, 71570 La Chapelle-de-Guinchay⟧, marié sous le régime de la communauté avec ⟦p:LAGRANGE née DESCOMBES Monique⟧, née le ⟦bd:2 mars 1953⟧ à ⟦bp:Romanèche-Thorins⟧.
Parcelles : ⟦cad:AB 0211⟧ (lieu-dit Les Gandelins, 2 815 m², emprise 412 m²) ; ⟦cad:AB 0214⟧ (vigne, 1 920 m², emprise totale).

Compte n° 00342
Propriétaires indivis : ⟦p:DA COSTA PEREIRA Manuel⟧, né le ⟦bd:30 mai 1966⟧ à ⟦bp:Viana do Castelo (Portugal)⟧ — ½ ; ⟦p:DA COSTA PEREIRA épouse FAURE Isabel⟧, née le ⟦bd:18 janvier 1970⟧ à ⟦bp:Ponte de Lima (Portugal)⟧, demeurant ⟦a:Rua do Souto 27, 4990-062 Ponte de Lima, Portugal⟧ — ½.
Parcelle : ⟦cad:ZC 0045⟧ (terre, 8 430 m², emprise 2 110 m²). Compte communiqué pour la consignation ou le versement de l'indemnité : ⟦iban:PT76 0007 0000 0012 3456 7892 3⟧ (titulaire ⟦p:Isabel Faure⟧).

Compte n° 00518
Propriétaire : Succession de ⟦p:M. CHANUT Georges⟧, décédé le ⟦bd:11 octobre 2024⟧ ; héritiers présumés ⟦p:CHANUT Bernard⟧ (⟦a:6 impasse des Vendangeurs, 69820 Fleurie⟧) et ⟦p:CHANUT-ROSSIGNOL Évelyne⟧ (adresse inconnue). Notaire chargé de la succession : ⟦off:Me Olivier Guillon⟧, Mâcon.
Parcelles : ⟦cad:ZC 0047⟧, ⟦cad:ZC 0048⟧ et ⟦cad:ZC 0052p⟧ (division à établir).

Compte n° 00611
Propriétaire : GFA DU BOIS DE LA SALLE, gérant ⟦p:M. de SAINT-AMOUR Charles-Henri⟧, né le ⟦bd:1er avril 1972⟧ à ⟦bp:Neuilly-sur-Seine (92)⟧, ⟦a:château du Bois de la Salle, 69840 Juliénas⟧.
Parcelle : ⟦cad:ZD 0009⟧ (bois, 1 ha 12 a 40 ca, emprise 38 a 10 ca).

Compte n° 00702 — propriétaire inconnu (bien présumé sans maître) : ⟦cad:ZD 0014⟧, ancien propriétaire au cadastre ⟦p:BERTHILLIER Jean⟧, décédé en ⟦bd:1938⟧.

Le commissaire enquêteur, ⟦off:M. Gilles Perrot⟧, recevra le public en mairie les 5, 14 et 23 octobre 2026.
"""

TXT["q14_laissez_passer_riverains_plaques.txt"] = """
RD 6 — FERMETURE À LA CIRCULATION DU PONT DE BRAGNY (9 mars – 30 avril 2026)
Liste des véhicules autorisés à emprunter la piste de chantier (laissez-passer riverains et exploitants)
Tenue par l'agence routière de Chalon — mise à jour du 6 mars 2026 — à afficher au poste de gardiennage

Badge | Titulaire                                  | Adresse                                     | Véhicule(s)
R01   | ⟦p:Paul-Émile Rebillard⟧                        | ⟦a:1, chemin du Pont⟧                          | ⟦pl:GH-512-KT⟧ ; tracteur non immatriculé
R02   | ⟦p:Mme Denise Rebillard⟧ (sa mère)              | ⟦a:1, chemin du Pont⟧ (même adresse)            | ⟦pl:4521 TF 71⟧ (Renault 4 de collection)
R03   | ⟦p:Hamid Boussaïd⟧                               | ⟦a:Les Varennes, 71350 Bragny-sur-Saône⟧       | ⟦pl:FD 803 LS⟧
R04   | ⟦p:Famille Vincent-Nicolas⟧                      | ⟦a:3 rue de la Saône⟧                          | ⟦pl:DX-071-AA⟧, ⟦pl:EZ-616-MM⟧
R05   | ⟦p:Dr Marc Tissot⟧ (cabinet de vétérinaire rural) | ⟦a:ZA des Blés d'Or⟧, Verdun-sur-le-Doubs      | ⟦pl:FR-224-VT⟧
R06   | ⟦p:Mlle Léna Bouillot⟧ (apprentie, ⟦ag:17 ans⟧)  | ⟦a:« Les Petites Vignes »⟧                     | cyclomoteur ⟦pl:AB-123-CD⟧
R07   | ⟦p:M. Hans-Jürgen Ebersbach⟧ (résidence secondaire) | ⟦a:Le Moulin du Gué⟧                       | ⟦pl:M-HJ 4412⟧ (Allemagne)
R08   | ⟦p:M. Joaquim Silva⟧ (entreprise de paysage EI)  | ⟦a:7 impasse du Port⟧                          | ⟦pl:127 ABX 71⟧ ; ⟦pl:WW-883-PQ⟧ (en attente de carte grise)
R09   | ⟦p:Bénédicte et Cyril Quarré⟧                    | ⟦a:La Ferme Neuve⟧                             | ⟦pl:ES 477 KR⟧ ; ⟦pl:1-KWA-274⟧ (véhicule belge de ⟦p:Cyril⟧)
R10   | Taxi ⟦p:J.-M. Gauthier⟧ (transport scolaire de ⟦p:Léna⟧)| Verdun-sur-le-Doubs                   | ⟦pl:GA-718-ZJ⟧

Contrôle : les agents du Département vérifient la concordance badge / immatriculation. Toute perte de badge est à signaler à l'agence (⟦off:M. Renaud⟧).
"""

TXT["q15_programme_estivales_bresse.txt"] = """
LES ESTIVALES EN BRESSE 2026 — programme (saison culturelle départementale itinérante)
Entrée libre, réservation conseillée

Vendredi 3 juillet, 21 h — Louhans, cour de l'hôtel-Dieu
« Chansons d'ici et d'ailleurs » — ⟦p:Mélodie Perret⟧ (chant, accordéon) et ⟦p:Aurélien « Lelio » Santoni⟧ (guitare). Ancien élève du conservatoire de Bastia, ⟦p:Lelio⟧ a grandi à ⟦bp:Calvi⟧.

Samedi 11 juillet, 18 h — Cuisery, village du livre
Lecture-rencontre avec ⟦p:Anouk Berthelot-Ngo⟧, autrice de « Les poules de Bresse ne pleurent pas » (prix des lecteurs 2025), en dialogue avec ⟦p:Tran Minh Châu⟧, traductrice.

Jeudi 16 juillet, 20 h 30 — Saint-Germain-du-Bois, Maison de l'agriculture bressane
Ciné-concert « Le Crin blanc » par le trio ⟦p:Ilyes Mansouri⟧ / ⟦p:Camille Ferrand⟧ / ⟦p:Björn Lindqvist⟧.

Dimanche 26 juillet, 16 h — Pierre-de-Bresse, château
« Les contes du Bisou rouge » — spectacle jeune public par ⟦p:Tata Poupoune⟧ (⟦p:Sandrine Mouillon⟧ à l'état civil), à partir de 4 ans.

Samedi 8 août, 21 h — Romenay, place du Champ-de-Foire
Bal trad avec Les Frères ⟦p:Cornu⟧ (⟦p:Jean⟧ et ⟦p:Pierre Cornu⟧) et le caller ⟦p:Fanch Le Bihan⟧.

Samedi 22 août, 19 h — Montpont-en-Bresse
Concert de clôture : ⟦p:Mamadou « Djembé Mad » Koné⟧ et l'ensemble des ateliers percussions de l'été.

Contacts artistes (pour les programmateurs) :
- ⟦p:Mélodie Perret⟧ : ⟦e:melodie.perret.chant@gmail.com⟧ — ⟦t:06 62 18 93 05⟧
- Trio Mansouri : chargée de diffusion ⟦p:Léa Vannier⟧, ⟦t:+33 (0)6 45 03 77 12⟧, ⟦e:lea[point]vannier[arobase]diffusion-spectacle[point]fr⟧
- ⟦p:Tata Poupoune⟧ : ⟦o:www.tatapoupoune.fr⟧, ⟦o:facebook.com/tatapoupoune71⟧
- ⟦p:Fanch Le Bihan⟧ : ⟦e:fanch.lebihan@orange.fr⟧ — ⟦t:02 98 44 61 30⟧ (Finistère)

Organisation : Département de Saône-et-Loire, direction de la culture, en partenariat avec les communes.
"""

TXT["q16_club_lecture_compte_rendu.txt"] = """
médiathèque de Louhans — club de lecture « les bouquineurs »
CR de la séance du mardi 10 février 2026 (18 h – 20 h, salle du conte)

présents : ⟦p:josiane⟧, ⟦p:marie-thé⟧, ⟦p:bernard t.⟧, ⟦p:Nadia⟧, ⟦p:Oscar⟧ (le plus jeune, ⟦ag:15 ans⟧ !), ⟦p:Mme Giraudet⟧, ⟦p:Sylvain Pierson⟧, ⟦p:Xu Ling⟧, ⟦p:Anne-Marie (« Nanou »)⟧ — animation ⟦off:Claire Monnot⟧, bibliothécaire
excusés : ⟦p:Roselyne⟧ (en vacances chez sa fille à Montréal), ⟦p:M. Daubigney⟧

livre du mois : « Veiller sur elle » — avis partagés. ⟦p:bernard t.⟧ a trouvé la fin trop longue ; ⟦p:marie-thé⟧ a adoré le personnage de Mimo ; ⟦p:Oscar⟧ propose un manga pour mars (refusé à 5 contre 4, on en reparle en juin).
⟦p:Xu Ling⟧ a présenté un roman de Yu Hua qu'elle lit en chinois : « 活着 » (« Vivre ! »), et a lu un passage traduit par ⟦p:Jacqueline Guerrier⟧.

coups de cœur apportés :
- ⟦p:Nadia⟧ : « Les Gratitudes » (Delphine de Vigan)
- ⟦p:Sylvain Pierson⟧ : un polar de Pierre Lemaitre
- ⟦p:Nanou⟧ : « La Vie devant soi », « parce qu'il faut relire Gary »

organisation :
- le prochain club aura lieu chez ⟦p:josiane⟧ (⟦a:12 rue des Dôdanes, au-dessus de la boulangerie, 2e porte à gauche⟧) car la salle est prise. Tél. ⟦t:03.85.75.12.48⟧ si on se perd.
- ⟦p:Mme Giraudet⟧ fête ses ⟦ag:80 ans⟧ le ⟦bd:14 mars⟧ : on apporte un gâteau !
- la liste de diffusion passe sur le nouveau courriel du club ; écrire à ⟦p:sylvain⟧ : ⟦e:spierson71 (at) gmail (point) com⟧.

CR tapé par ⟦p:marie-thé⟧ (⟦p:Marie-Thérèse Vuillerme⟧).
"""

TXT["q17_avis_attribution_marches.txt"] = """
AVIS D'ATTRIBUTION — MARCHÉS PUBLICS
Pouvoir adjudicateur : Département de Saône-et-Loire, Hôtel du Département, rue de Lingendes, 71026 Mâcon Cedex 9
Objet : Entretien des espaces verts et petits travaux dans les collèges publics — 2026-2029 — Accord-cadre à bons de commande, procédure adaptée (réf. 26-COL-047)

Lot 1 — Collèges du Charolais-Brionnais
Attributaire : ⟦p:M. Loïc BRETIN⟧, entrepreneur individuel, « Bretin Paysage », ⟦a:La Croix Blanche, 71600 Vitry-en-Charollais⟧ — SIRET ⟦siret:792 074 320 00013⟧ — montant maximum annuel 38 000 € HT.
Nombre d'offres reçues : 3.

Lot 2 — Collèges de la Bresse
Attributaire : ⟦p:Mme Sandrine GAUDILLIÈRE⟧ (EI, nom commercial « Les Jardins de Sandrine »), ⟦a:18 ter route de Louhans, 71500 Branges⟧ — SIRET ⟦siret:73800293000019⟧ — montant maximum annuel 32 000 € HT.

Lot 3 — Petits travaux de maçonnerie (toutes zones)
Attributaire : groupement conjoint ⟦p:M. Pedro Fernández Ruiz⟧ (EI, SIREN ⟦siret:752599886⟧), mandataire, et ⟦p:M. Jonathan Bailly⟧ (micro-entrepreneur, SIRET ⟦siret:932.427.776.00012⟧), ⟦a:ZA de la Sablière, cellule 4, 71380 Saint-Marcel⟧.

Lot 4 — Élagage
Infructueux. Relance prévue en septembre 2026.

Date d'attribution : 22 mai 2026. Date d'envoi du présent avis : 29 mai 2026.
Instance chargée des procédures de recours : tribunal administratif de Dijon, 22 rue d'Assas, 21000 Dijon.
Renseignements administratifs : service de la commande publique. Les coordonnées des attributaires sont publiées conformément à l'article R. 2183-1 du code de la commande publique ; contact du lot 1 pour les établissements : ⟦t:06 33 27 81 04⟧, ⟦e:bretin.paysage@outlook.fr⟧.
"""

TXT["q18_conseil_regional_jeunes_membres.txt"] = """
CONSEIL RÉGIONAL DES JEUNES DE BOURGOGNE-FRANCHE-COMTÉ — mandature 2026-2028
Liste des membres désignés (arrêté de la présidente du conseil régional du 2 février 2026, article 2)

Collège lycéens
Côte-d'Or : ⟦p:BERNARD Inès⟧ (lycée Carnot, Dijon), ⟦p:OUÉDRAOGO Ismaël⟧ (lycée Le Castel), ⟦p:PRUDHON-MARTIN Capucine⟧ (LP Le Champ-Lagarde)
Doubs : ⟦p:KÜHN Maximilian⟧ (lycée Pergaud), ⟦p:BOUAZIZ Sarah⟧ (lycée Cuvier, Montbéliard)
Jura : ⟦p:GROSPERRIN Tom⟧ (lycée agricole de Montmorot), ⟦p:VUILLET Jade⟧
Nièvre : ⟦p:DELORME Ethan⟧, ⟦p:AHMADI Zahra⟧ (lycée Raoul-Follereau, Nevers)
Haute-Saône : ⟦p:MOUGIN Lison⟧
Saône-et-Loire : ⟦p:JANDOT Maël⟧ (lycée Lamartine, Mâcon), ⟦p:SUBRAMANIAM Kavya⟧ (lycée Pontus-de-Tyard, Chalon), ⟦p:LE GUENNEC Yann⟧ (lycée Parriat, Montceau)
Yonne : ⟦p:CARVALHO Enzo⟧, ⟦p:DIOP Awa⟧ (lycée Jacques-Amyot, Auxerre)
Territoire de Belfort : ⟦p:KIM Min-jun⟧ (⟦p:김민준⟧), ⟦p:MEYER Clara⟧

Collège apprentis et jeunes actifs
⟦p:Lucas MOINGEON⟧ (apprenti couvreur, Autun), ⟦p:Maëva Tchoumi⟧ (BTS, Besançon), ⟦p:Nicolas « Nico » Bergeret⟧ (jeune agriculteur, ⟦ag:22 ans⟧, Haute-Saône), ⟦p:Şeyma Aydın⟧ (service civique, Dole)

Collège étudiants
⟦p:Anne-Lise de Champeaux⟧ (université de Bourgogne), ⟦p:Rafael Ortiz Gutiérrez⟧ (UTBM), ⟦p:Yasmine Khelifi⟧ (université de Franche-Comté)

Les membres élisent leurs deux co-présidents lors de la séance d'installation du 14 mars 2026 : ont été élus ⟦p:Sarah Bouaziz⟧ (⟦ag:17 ans⟧) et ⟦p:Maël Jandot⟧ (⟦ag:16 ans⟧).
Conseillère régionale référente : ⟦off:Mme Océane Godard⟧.
"""

TXT["q19_labels_tourisme_meubles.txt"] = """
ATOUT SAÔNE-ET-LOIRE — AGENCE DE DÉVELOPPEMENT TOURISTIQUE
Labels et classements délivrés au 1er semestre 2026 (liste publiée en application de la convention avec le Département)

Meublés de tourisme classés (décisions de classement) :
- ★★★ « Gîte du Pressoir », ⟦a:2 montée des Vignerons, 71960 Davayé⟧ — propriétaire ⟦p:M. Jean-Christophe Loron⟧ — n° d'enregistrement ⟦id:71166000123GP⟧ — 6 personnes.
- ★★★★ « La Bergerie de Montagny », ⟦a:lieu-dit Le Bourgeon⟧, 71390 Montagny-lès-Buxy — ⟦p:Mme Fabienne Roux-Ménétrier⟧ — ⟦id:7130800045⟧ — 8 pers.
- ★★ « Studio Saint-Vincent », ⟦a:Résidence du Cloître, 3 rue Philibert-Laguiche, 2e étage, porte B⟧, 71000 Mâcon — ⟦p:Mlle Priya Raghunathan⟧ — 2 pers.
- ★★★ « Les Hirondelles », ⟦a:Bourg, 71250 Lournand⟧ — ⟦p:M. et Mme Marek et Ewa Zieliński⟧ — 4 pers.

Chambres d'hôtes — label « Gîtes de France » (épis) :
- 3 épis — « Le Clos Mâconnais », 5 chambres — ⟦p:Catherine et Philippe Vaillant⟧, ⟦a:chemin de la Roche, 71960 Pierreclos⟧ — ⟦t:03 85 35 72 14⟧ — ⟦e:leclosmaconnais@wanadoo.fr⟧
- 4 épis — « Domaine des Ursulines » — ⟦p:M. Grégoire d'Hauteville⟧ — ⟦a:Domaine des Ursulines, CS 30012, 71140 Bourbon-Lancy⟧
- 2 épis — « Chez Mémée Suzanne » — ⟦p:Suzanne Ravier⟧, ⟦ag:74 ans⟧, ⟦a:La Maison Bleue, hameau de Vaux, 71520 Trambly⟧ — ⟦t:0385501973⟧

Label « Accueil vélo » :
- ⟦p:M. Tom Whitfield⟧ et ⟦p:Mme Harriet Whitfield⟧, « The Old Barn B&B », ⟦a:Le Moulin de Sermaizé, 71700 Tournus⟧ — ⟦t:+44 7700 900 412⟧ (ligne anglaise) ou ⟦t:06 01 92 33 84⟧ — ⟦o:www.oldbarn-tournus.com⟧

Label « Bienvenue à la ferme » (accueil et vente) :
- Ferme-auberge des Monts — ⟦p:Joël Bouthière⟧ et ⟦p:Aline Bouthière⟧, ⟦a:La Grand'Côte, 71520 Saint-Pierre-le-Vieux⟧ — SIRET ⟦siret:797 341 633 00015⟧

Renouvellements refusés : aucun. Les propriétaires ont donné leur accord pour la publication de leurs coordonnées d'accueil.
"""

TXT["q20_courriels_convention_artiste.txt"] = """
De : ⟦p:Jeanne-Aurélie Dubreuil⟧ <⟦e:ja.dubreuil@protonmail.com⟧>
À : Direction de la culture <culture@saoneetloire71.fr>
Date : mar. 2 juin 2026 à 09:14
Objet : Re: Bourse de création 2026 — pièces pour la convention

Bonjour,

Merci pour votre message. Vous trouverez ci-joint :
- mon RIB (fichier « RIB_Dubreuil_JA_2026.pdf ») : IBAN ⟦iban:FR76 3000 4008 2349 8035 4956 244⟧, BIC BNPAFRPPXXX ;
- mon numéro de SIRET d'artiste-auteur : ⟦siret:439 649 237 00013⟧ ;
- l'attestation URSSAF artistes-auteurs.

Petite précision : mon adresse a changé depuis le dépôt du dossier. Je suis désormais au ⟦a:3 place de la Halle, 71140 Bourbon-Lancy⟧ (l'atelier de la ⟦a:Maison Rouge⟧ reste mon lieu de travail).

Bien à vous,
J.-A. D.
--
⟦p:Jeanne-Aurélie Dubreuil⟧
plasticienne
⟦t:06 20 44 81 57⟧ · ⟦o:www.jadubreuil-atelier.fr⟧ · ⟦o:@ja_dubreuil⟧

> Le 29 mai 2026 à 16:02, Direction de la culture a écrit :
> Madame, le Département a attribué une bourse de 3 000 € à votre projet « Racines d'argile » (CP du 15 mai 2026). Merci de nous retourner la convention signée et un RIB à votre nom.
> ⟦off:Émilie Charvet⟧, chargée de mission arts visuels, Direction de la culture

De : Direction de la culture <culture@saoneetloire71.fr>
À : ⟦p:Jeanne-Aurélie Dubreuil⟧
Cc : ⟦p:Marius Dubreuil⟧ <⟦e:marius.dubreuil71@gmail.com⟧>
Date : mer. 3 juin 2026 à 11:40
Objet : Re: Re: Bourse de création 2026

Madame Dubreuil,
Pièces bien reçues. Le versement interviendra fin juin. Votre frère ⟦p:Marius⟧, en copie, pourra récupérer l'exemplaire original de la convention à l'accueil du Département comme vous le proposiez (pièce d'identité à présenter).
Cordialement,
⟦off:Émilie Charvet⟧
"""

TXT["q21_lettre_riverain_travaux.txt"] = """
⟦p:Bernard et Colette MALATERRE⟧
⟦a:« Les Tilleuls » — 27, route de Charolles⟧
71600 HAUTEFOND
Tél. : ⟦t:03 85 81 40 66⟧ / portable de Colette : ⟦t:06-30-52-17-84⟧
Courriel : ⟦e:malaterre.bc@orange.fr⟧

                                   Monsieur le Président du Conseil départemental
                                   Direction des routes et des infrastructures
                                   Agence territoriale routière du Charolais
                                   BP 12 — 71120 CHAROLLES CEDEX

                                   Hautefond, le 18 août 2026

Objet : travaux RD 79 — accès à notre propriété et stationnement de notre camping-car
V/Réf. : avis aux riverains du 6 août 2026

Monsieur le Président,

Nous avons bien reçu l'avis annonçant la réfection de la RD 79 devant chez nous du 1er au 25 septembre. Nous n'avons rien contre ces travaux, attendus depuis longtemps, mais nous souhaitons vous signaler deux points.

1° Notre portail donne directement sur la route, en contrebas de la parcelle ⟦cad:ZA 118⟧ qui nous appartient. Le fossé prévu dans le projet passerait devant le portail : merci de prévoir un busage, comme pour notre voisin ⟦p:M. Auclair⟧ (au ⟦a:n° 31⟧).

2° Notre camping-car (⟦pl:DV-482-NR⟧) stationne habituellement dans la cour ; nous partons le 3 septembre et rentrons le 20. Pourriez-vous nous confirmer que la sortie sera possible le 3 au matin ? Notre fils ⟦p:Julien⟧ (⟦t:07 62 11 90 03⟧) s'occupera de la maison pendant notre absence ; sa voiture est une Clio immatriculée ⟦pl:BT 219 LX⟧.

Par ailleurs, la boîte aux lettres commune avec ⟦p:Mme Lacroix⟧ (⟦a:« La Petite Ferme »⟧, l'ancienne maison ⟦p:Dumoulin⟧) devra sans doute être déplacée.

Nous vous prions d'agréer, Monsieur le Président, l'expression de nos salutations distinguées.

                                   ⟦p:B. Malaterre⟧        ⟦p:C. Malaterre-Perrin⟧
                                   (signatures manuscrites)

Mention manuscrite en marge (agent) : « Répondu par tél. le 21/08 — busage prévu — OK sortie 3/09 avant 7 h 30. ⟦off:X. R.⟧ »
"""

TXT["q22_cp_concours_agricoles_laureats.txt"] = """
COMMISSION PERMANENTE DU 10 JUILLET 2026 — AGRICULTURE
Délibération CP-2026-07-264 : Prix départementaux attribués aux éleveurs lauréats des concours et comices 2026

Le Département dote de prix en numéraire les éleveurs de Saône-et-Loire primés au Concours général agricole et aux concours de race départementaux. Après examen des palmarès transmis par les organismes de sélection :

a) Concours général agricole, Paris, février 2026 — race charolaise
- Prix de championnat : GAEC ⟦p:Auclair⟧ (⟦p:Pascal⟧ et ⟦p:Nathalie Auclair⟧), ⟦a:Les Gouttes, 71600 Hautefond⟧, avec « Ondine » (n° national ⟦id:FR 7114 2817 36⟧) — 1 500 €
- 1er prix de section : ⟦p:M. Jean-Marc DUVERNAY⟧, ⟦a:Domaine de la Motte⟧, 71220 Saint-Bonnet-de-Joux, cheptel n° ⟦id:71 402 168⟧ — 800 €
- 2e prix de section : EARL des Pâquiers (⟦p:Mme Agathe Bertillot⟧, ⟦ag:26 ans⟧, jeune installée) — 500 €

b) Concours départemental de la volaille de Bresse — « Glorieuses » de Louhans, décembre 2025
- Prix d'honneur (chapons) : ⟦p:M. Régis Bonnetain⟧, ⟦a:La Ferme du Vernois, 71500 Sornay⟧ — 1 000 €
- 1er prix (poulardes) : ⟦p:Mme Ghislaine Pacaud-Roy⟧, ⟦a:Les Chassignoles⟧, 71330 Simard — 600 €
- Prix du jeune éleveur : ⟦p:M. Théo Buatois⟧, ⟦ag:23 ans⟧, ⟦a:3 chemin des Vernes, Bantanges⟧ — 400 €

c) Concours ovin du Brionnais
- 1er prix béliers : ⟦p:M. Abdelkader « Kader » Mebarki⟧, ⟦a:Ferme de la Mouille, 71110 Semur-en-Brionnais⟧, n° EDE ⟦id:71512044⟧ — 300 €

d) Comice agricole du canton de Cluny — doyen des exposants
- ⟦p:M. Émile Buchet⟧, né le ⟦bd:23 décembre 1933⟧, exposant depuis ⟦bd:1952⟧ ! — médaille du Département.

Les prix sont versés à l'exploitation (coordonnées bancaires enregistrées dans le fichier des tiers). RIB de l'EARL des Pâquiers à mettre à jour : ⟦rib:16006 11021 43596518445 50⟧.

Le président, ⟦off:André Accary⟧ ; le vice-président délégué à l'agriculture, ⟦off:Frédéric Brochot⟧.
"""

TXT["q23_registres_matricules_1892.txt"] = """
ARCHIVES DÉPARTEMENTALES — SÉRIE R — REGISTRES MATRICULES DU RECRUTEMENT
Bureau de Mâcon, classe 1892 — Relevé des fiches indexées par les bénévoles (extrait, volume 1 R 1542)

Matricule ⟦id:1214⟧
Nom : ⟦p:DESROCHES⟧ — Prénoms : ⟦p:Claude Marie Joseph⟧
Surnoms : dit « ⟦p:Tiennot⟧ »
Né le ⟦bd:9 mars 1872⟧ à ⟦bp:Vaudebarrier⟧, canton de Charolles (Saône-et-Loire)
Fils de ⟦p:Jean⟧ et de ⟦p:Lafay Jeanne⟧, domiciliés à ⟦a:Champvent, commune de Vaudebarrier⟧
Profession : cultivateur — Degré d'instruction : 3
Signalement : cheveux châtains, yeux gris, front ordinaire, taille 1 m 68
Domiciles successifs : 1896 ⟦a:rue de la Barre, Charolles⟧ ; 1901 ⟦a:14, rue Mercière, Lyon⟧ ; 1908 ⟦a:au Bourg, Vaudebarrier⟧.

Matricule ⟦id:1215⟧
Nom : ⟦p:TOMASINI⟧ — Prénoms : ⟦p:Angelo Giuseppe⟧
Né le ⟦bd:23 septembre 1872⟧ à ⟦bp:Barga (province de Lucques, Italie)⟧
Fils de ⟦p:Pietro⟧ et de ⟦p:Bertolini Maria⟧, domiciliés à ⟦a:Romanèche, quartier de la Gare⟧
Profession : tonnelier
Taille 1 m 62 ; cheveux noirs ; yeux marron.
Domicile 1905 : ⟦a:chez M. Perraud, négociant, Romanèche-Thorins⟧.

Matricule ⟦id:1216⟧
Nom : ⟦p:BOUILLOT⟧ — Prénoms : ⟦p:Pierre⟧
Né le ⟦bd:premier février mil huit cent soixante-douze⟧ à ⟦bp:Saint-Martin-en-Bresse⟧
Fils de feu ⟦p:Antoine⟧ et de ⟦p:Guyennot Benoîte⟧
Profession : charron. Domicile : ⟦a:les Bruyères, Saint-Martin-en-Bresse⟧.
Marié le ⟦bd:17.11.1898⟧ à Louhans avec ⟦p:Marie-Louise RAVAUX⟧.
Décédé à ⟦bp:Louhans⟧ le ⟦bd:3 avril 1950⟧ (mention de l'état civil).

Remarque de l'indexeur (⟦p:JFB_Tournus⟧) : matricule 1215, le lieu de naissance est écrit « Barga (Lucca) » ; vérifié sur la liste de tirage au sort du canton de la Chapelle-de-Guinchay.
"""

TXT["q24_cadastre_napoleonien_etat_sections.txt"] = """
CADASTRE PARCELLAIRE DE LA COMMUNE DE ROMANÈCHE (1826) — ÉTAT DE SECTIONS, SECTION B DITE DES MOULINS
Transcription réalisée pour l'exposition « Deux siècles de vignes » (archives départementales, cote 3 P 412/2)

N° du plan | Lieu-dit          | Nature         | Contenance     | Propriétaire (tel qu'écrit)                                     | N° de la matrice
⟦cad:B 205⟧      | Les Moulins       | vigne          | 0 h 32 a 40 c  | ⟦p:Perraud (Claude-Marie)⟧, propriétaire à Romanèche                | 312
⟦cad:B 206⟧      | Les Moulins       | vigne          | 0 h 18 a 10 c  | ⟦p:Perraud (Claude-Marie)⟧                                         | 312
⟦cad:B 207⟧      | Les Moulins       | pré            | 0 h 45 a 00 c  | ⟦p:Vve Desbois née Lafay⟧, à Mâcon                                   | 118
⟦cad:B 208-209⟧  | Aux Thorins       | vigne et bâtim.| 0 h 61 a 25 c  | ⟦p:Guillemin (Jean), dit le Rouge⟧, tonnelier                       | 215
⟦cad:B 210⟧      | Aux Thorins       | terre          | 0 h 22 a 50 c  | Les héritiers ⟦p:Bouchacourt⟧                                      | 44
⟦cad:B 211⟧      | Les Moulins       | vigne          | 0 h 28 a 00 c  | ⟦p:Berthillier (Pierre)⟧ et ⟦p:sa sœur Claudine, épouse Jandot⟧        | 27
⟦cad:B 247⟧      | En Chénas         | vigne          | 0 h 11 a 60 c  | ⟦p:Chanut (Benoît), vigneron à la Maison Blanche⟧                   | 81
⟦cad:B 248⟧      | En Chénas         | bois taillis   | 0 h 09 a 30 c  | ⟦p:Chanut (Benoît)⟧                                                | 81

Mutations portées en marge : ⟦cad:B 211⟧ vendu en 1829 à ⟦p:Perraud Claude-Marie⟧ ; ⟦cad:B 247⟧ et ⟦cad:B 248⟧ acquis en 1832 par ⟦p:Benoît Perraud fils⟧ (acte ⟦off:Desbois⟧, notaire).
Correspondance avec le cadastre actuel (fournie par ⟦p:M. Raymond Lagrange⟧, propriétaire actuel qui a prêté ses titres) : l'ancienne ⟦cad:B 205⟧ correspond aux parcelles ⟦cad:AB 0211 et AB 0214⟧ d'aujourd'hui.
"""

TXT["q25_formulaire_prix_mobilite_ocr.txt"] = """
[Transcription OCR d'un formulaire papier numérisé — contrôle qualité : 2 champs relus manuellement]

RÉGION BOURGOGNE-FRANCHE-COMTÉ  ·  PRIX « APPRENTIS VOYAGEURS »  ·  FORMULAIRE DE DEMANDE
Cadre 1 — L'APPRENTI(E)
Nom de naissance : ⟦p:AIT-OUFELLA⟧        Nom d'usage : —
Prénom(s) : ⟦p:Mehdi Yanis⟧
Né le : ⟦bd:1 1 / 0 2 / 2 0 0 8⟧      à : ⟦bp:BESANCON (25)⟧
N° de sécurité sociale : ⟦nir:1 08 02 25 056 117 28⟧
N° INE (apprentissage) : ⟦id:2108 0456 12B⟧
Adresse : ⟦a:12 r. de Vesoul, Bât G, esc. 2, appt 45⟧  CP 25000  Ville BESANCON
Tél portable : ⟦t:O7 58 24 6l 09⟧    Mail : ⟦e:mehdi.aitoufella2008@gmail.com⟧

Cadre 2 — REPRÉSENTANT LÉGAL (si mineur au départ)
⟦p:Mme AÏT-OUFELLA Samira⟧, mère — même adresse — tél. ⟦t:06 11 78 30 52⟧

Cadre 3 — L'ENTREPRISE
Raison sociale : Boulangerie ⟦p:Grosjean⟧       SIRET : ⟦siret:421 985 987 00013⟧
Maître d'apprentissage : ⟦p:GROSJEAN Pascal⟧
Adresse : ⟦a:2, Grande-Rue, 25000 Besançon⟧

Cadre 4 — LA MOBILITÉ
Pays : Autriche   Ville : Wien   Du 02/02/2026 au 14/02/2026
Entreprise d'accueil : Bäckerei ⟦p:Huber⟧, ⟦a:Mariahilfer Straße 88, 1070 Wien⟧  Tuteur : ⟦p:Hr. Florian Huber⟧

Cadre 5 — VERSEMENT
Titulaire du compte : ⟦p:AIT OUFELLA SAMIRA⟧
IBAN : ⟦iban:FR76 1027 8360 2143 3025 6415 686⟧
BIC : CMCIFR2A

Je certifie l'exactitude des renseignements. Fait à Besançon le 20/02/26
Signature : [signature manuscrite illisible] ⟦p:M. Aït-Oufella⟧

[Note du correcteur : « 6l » lu pour « 61 » dans le numéro de portable ; « O7 » lu pour « 07 ».]
"""

TXT["q26_formulaire_label_chambres_hotes.txt"] = """
GÎTES DE FRANCE SAÔNE-ET-LOIRE — DEMANDE DE LABELLISATION « CHAMBRES D'HÔTES »
(formulaire rempli à la main, saisi par le relais départemental le 12/03/2026)

1. PROPRIÉTAIRE(S)
Civilité : Mme ☒  M. ☒
NOM : ⟦p:PHAM⟧  Prénom : ⟦p:Thi Lan⟧        Nom de naissance : ⟦p:PHẠM⟧
NOM : ⟦p:ROUSSELOT⟧  Prénom : ⟦p:Julien⟧
Date de naissance : ⟦bd:07-10-1982⟧ (Mme) / ⟦bd:1979⟧ (M.)
Adresse personnelle : ⟦a:Le Petit Montrouge, 71250 Château⟧
Tél. fixe ⟦t:03 85 59 18 02⟧  Portable ⟦t:+33 6 74 10 55 29⟧
E-mail : ⟦e:lan.julien.maisondhotes@gmail.com⟧
Statut : ☒ entreprise individuelle — SIRET : ⟦siret:94816525300014⟧ (au nom de Mme)

2. LA STRUCTURE
Nom commercial : « La Maison du Tilleul »
Adresse des chambres : ⟦a:idem, accès par la D 980 puis chemin de Montrouge, 2e maison à droite après le lavoir⟧
Parcelle : ⟦cad:ZE 41⟧
Nombre de chambres : 3 (capacité 8 personnes)
Déclaration en mairie (cerfa 13566) déposée le 03/02/2026 — n° ⟦id:71111-CH-2026-004⟧
Site internet : ⟦o:lamaisondutilleul-cluny.fr⟧  Réseaux : ⟦o:instagram @maisondutilleul71⟧

3. VISITE DE LABELLISATION
Date : 27/03/2026. Technicienne : ⟦p:Aurore Mignot⟧ (salariée de l'association Gîtes de France). Résultat : 3 épis.

4. FACTURATION DE L'ADHÉSION
Prélèvement sur le compte : ⟦iban:FR7614505000019624983818501⟧ (Caisse d'Épargne) — titulaire ⟦p:Mme Pham Thi Lan⟧.

Signature du/des propriétaire(s) : ⟦p:T.L. Pham⟧ ⟦p:J. Rousselot⟧
"""

TXT["q27_inventaire_fonds_photographe.txt"] = """
ARCHIVES DÉPARTEMENTALES — Sous-série 40 Fi : Fonds du Studio Boulay, photographe à Charolles (1946-1989)
Inventaire sommaire des négatifs, boîtes 1 à 6 (extrait)

Présentation : fonds acheté en 2023 à ⟦p:M. Daniel Boulay⟧, fils du photographe ⟦p:Marcel Boulay⟧ (⟦bd:1919⟧-⟦bd:2004⟧), demeurant ⟦a:« Villa Les Glycines », 8 avenue de la Libération, 71120 Charolles⟧. Les photographies de personnes privées sont communicables ; leur reproduction à des fins commerciales requiert l'accord des personnes représentées ou de leurs ayants droit.

40 Fi 1-58   Mariages (1946-1952)
40 Fi 3      Mariage ⟦p:Auclair⟧ - ⟦p:Lapalus⟧, Hautefond, ⟦bd:14 juin 1947⟧ (12 négatifs)
40 Fi 7      Mariage de ⟦p:Mlle Yvette Bonin⟧ et de ⟦p:M. René Ducroux⟧, Charolles, ⟦bd:samedi 3 avril 1948⟧
40 Fi 22     Noces d'or ⟦p:Tomasini-Perraud⟧, Romanèche (1951)
40 Fi 59-120 Portraits en studio (1950-1965)
40 Fi 61     ⟦p:Pierrot Desroches⟧, ⟦ag:6 ans⟧, en costume de marin, 1953 (légende corrigée par ⟦p:Mme Lucette Desroches⟧, sa sœur)
40 Fi 74     ⟦p:Simone Aublanc⟧, institutrice, portrait de rentrée, 1958
40 Fi 88     Équipe de football de l'ASC Charolles, saison 1962-63 : debout de g. à dr. ⟦p:J. Thivent⟧, ⟦p:M. Mebarki⟧, ⟦p:R. « Bouboule » Chevalier⟧, ⟦p:A. Nowak⟧ ; accroupis ⟦p:G. Bouchot⟧, ⟦p:L. Dubost⟧, ⟦p:P.-A. Giraud⟧
40 Fi 121-140 Commerces (1960-1975)
40 Fi 125    Boucherie ⟦p:Thivent⟧, ⟦a:2 place du Champ-de-Foire⟧, vitrine et ⟦p:Mme Thivent⟧ à la caisse (1964)
40 Fi 131    Garage ⟦p:Dubost⟧ frères, Peugeot 404 immatriculée ⟦pl:4127 KL 71⟧ (1966)

Les légendes d'origine figurent sur les pochettes, de la main de ⟦p:Marcel Boulay⟧ ; les identifications entre crochets proviennent d'une séance de reconnaissance organisée le 12 octobre 2024 avec d'anciens Charollais (dont ⟦p:M. Roger Ducroux⟧, ⟦ag:88 ans⟧).
"""

TXT["q28_pv_reconnaissance_limites_rd.txt"] = """
PROCÈS-VERBAL DE RECONNAISSANCE DES LIMITES DU DOMAINE PUBLIC ROUTIER DÉPARTEMENTAL
Route départementale n° 17 — commune de Givry — section comprise entre le PR 4+200 et le PR 4+650

L'an deux mille vingt-six, le mardi douze mai, à 9 h 30,
À la requête du Département de Saône-et-Loire, représenté par ⟦off:M. Olivier Lhuillier⟧, technicien de l'agence routière de Chalon,
Nous, ⟦p:Vincent Moreau-Chaintreuil⟧, géomètre-expert (cabinet Géo-Saône, ⟦a:14 rue Saint-Georges, 71100 Chalon-sur-Saône⟧), inscrit au tableau de l'Ordre sous le n° ⟦id:05847⟧,
avons procédé à la reconnaissance contradictoire des limites entre le domaine public et les propriétés riveraines suivantes :

1. Parcelle ⟦cad:AK 0312⟧, propriété de ⟦p:M. Xavier BERTHAUD⟧, né le ⟦bd:08/11/1960⟧, demeurant ⟦a:12 rue de la Côte-Chalonnaise, 71640 Givry⟧ — présent.
2. Parcelles ⟦cad:AK 0313 à 0315⟧, propriété de ⟦p:Mme Denise VOISIN, veuve PILLOT⟧, ⟦a:Résidence « Les Jardins de Givry », appt 12⟧, 71640 Givry — représentée par son fils ⟦p:M. Alain PILLOT⟧, muni d'un pouvoir.
3. Parcelle ⟦cad:AK 0320⟧, propriété de la SCI Les Grands Crus (gérant ⟦p:M. Anthony Liu⟧, ⟦a:58 boulevard Haussmann, 75008 Paris⟧) — absent, convoqué par LRAR n° 1A 189 502 3311 7.
4. Parcelle ⟦cad:AK 0327⟧, propriété de ⟦p:M. Kévin GUÉRIN⟧ et de ⟦p:Mlle Laura DA SILVA⟧, ⟦a:Chemin des Murgers, 71640 Givry⟧ — présents.

Constatations : les bornes B1 à B6 ont été posées ; les limites sont acceptées par les propriétaires présents. ⟦p:M. Berthaud⟧ émet une réserve sur la borne B2 (mur de clôture ancien) : elle sera reportée au plan.

Dont procès-verbal, signé par les parties présentes :
⟦p:X. Berthaud⟧ — ⟦p:A. Pillot⟧ (p.o.) — ⟦p:K. Guérin⟧ — ⟦p:L. Da Silva⟧
Le géomètre-expert, ⟦p:V. Moreau-Chaintreuil⟧ — pour le Département, ⟦off:O. Lhuillier⟧
"""

TXT["q29_cp_acquisitions_amiables_carrefour.txt"] = """
COMMISSION PERMANENTE DU 11 SEPTEMBRE 2026
Délibération CP-2026-09-311 — RD 974, aménagement du carrefour des Quatre-Vents à Chagny : acquisitions foncières amiables

La commission permanente, vu l'accord des propriétaires, décide d'acquérir les emprises suivantes au prix de 1,50 €/m² (terres) et 3,00 €/m² (jardins), augmenté de l'indemnité de remploi :

- auprès de ⟦p:M. Philippe RABUT⟧ et de ⟦p:Mme Corinne RABUT née VALLET⟧, domiciliés ⟦a:9 allée des Acacias, 71150 Chagny⟧ : ⟦cad:ZH 63p⟧ (emprise 412 m² à détacher de 3 880 m²) — 692,16 € ;
- auprès de ⟦p:M. Théodore Tchakmakian⟧, domicilié ⟦a:23 rue Vendôme, 69006 Lyon⟧ : ⟦cad:ZH 64⟧ en totalité (286 m²) — 515,00 € ;
- auprès de l'indivision ⟦p:Goujon⟧ (⟦p:Monique GOUJON⟧, usufruitière ; ⟦p:Sylvie GOUJON-MARCHAL⟧ et ⟦p:Éric GOUJON⟧, nus-propriétaires) : ⟦cad:parcelle cadastrée section AC numéro 197⟧, jardin de 144 m² — 518,40 € ; reconstitution de la clôture à la charge du Département ;
- auprès de ⟦p:Mme Yamina Benchérif-Lopez⟧, ⟦a:Le Clos des Quatre-Vents, route de Chalon⟧ : ⟦cad:AC 201p⟧ (36 m²) — 129,60 €.

Les actes seront passés en la forme administrative, reçus par le président du conseil départemental, ou par ⟦off:Me Nathalie Gauthey⟧, notaire à Chagny, pour l'indivision Goujon (acte notarié à la demande des propriétaires). Le premier vice-président, ⟦off:M. Jean-Claude Bécousse⟧, est habilité à signer les actes en la forme administrative.
Frais de géomètre (division de ⟦cad:ZH 63⟧ et de ⟦cad:AC 201⟧) pris en charge par le Département.
Le paiement interviendra après publication des actes, par virement : pour ⟦p:M. Tchakmakian⟧, RIB ⟦rib:30027 17540 62191228253 02⟧ ; pour ⟦p:Mme Benchérif-Lopez⟧, compte n° ⟦rib:57141658914⟧ (Société Générale, agence de Chalon).
"""

TXT["q30_courriels_preteur_musee.txt"] = """
From: Ingrid Van den Heuvel <⟦e:ivdheuvel@xs4all.nl⟧>
To: musee.charolais@saoneetloire71.fr
Subject: Re: Prêt P-03 — enlèvement des dessins
Date: Tue, 9 Jun 2026 20:47:11 +0200

Dear Ms Bernardin, chère Madame,

Je confirme que l'enlèvement peut avoir lieu le 22 juin entre 10 h et 12 h à l'adresse habituelle (⟦a:Prinsengracht 722, 3e étage — sonnette « VdH »⟧). Le transporteur devra prévoir l'escalier étroit : pas d'ascenseur.
Mon mari, ⟦p:Pieter de Wit⟧, sera présent si je suis retenue à Leiden ; son portable : ⟦t:+31 6 4178 2290⟧.
Pour la mention au catalogue, je préfère finalement « Collection ⟦p:I. V. d. H.⟧, Amsterdam » plutôt que mon nom complet.

Met vriendelijke groet,
⟦p:Ingrid⟧
--
⟦p:Dr. Ingrid M. Van den Heuvel⟧
⟦a:Prinsengracht 722-III · 1017 LE Amsterdam⟧
⟦t:+31 20 624 18 05⟧

----- Message d'origine -----
De : Musée départemental du Charolais
Envoyé : lundi 8 juin 2026 10:12
À : ⟦p:Ingrid Van den Heuvel⟧
Objet : Prêt P-03 — enlèvement des dessins

Chère Madame,
La société de transport d'œuvres (chef d'équipe : ⟦p:M. Aurélien Pichon⟧, ⟦t:06 51 20 74 38⟧, camion ⟦pl:GF-903-BK⟧) pourra passer chez vous le 22 juin. Merci de nous confirmer la date, et de nous indiquer les coordonnées d'une personne à prévenir en cas d'imprévu.
Bien cordialement,
⟦off:Stéphanie Bernardin⟧
Conservatrice — commissaire de l'exposition « Terre d'herbe, terre d'élevage »
"""

TXT["q31_region_fonds_audiovisuel.txt"] = """
RÉGION BOURGOGNE-FRANCHE-COMTÉ — Fonds régional d'aide à la création audiovisuelle et cinématographique
Commission permanente du 17 avril 2026 — délibération 26CP.0433 — annexe : projets soutenus (session 1)

AIDE À L'ÉCRITURE (auteurs, versement direct à l'auteur)
• « Les Bouviers » (long métrage de fiction) — ⟦p:Marion Chevrot-Lenoir⟧, née en ⟦bd:1991⟧ à ⟦bp:Autun⟧, scénariste-réalisatrice, installée à Dijon — 8 000 €
• « La Saule, 1931 » (documentaire) — ⟦p:Tomasz Wiśniewski⟧ — petit-fils de mineurs du bassin de Blanzy — 6 000 €
• « Amani » (court métrage) — ⟦p:Aminata Sow⟧ & ⟦p:Jérôme Belin⟧ — 4 000 €
• « Quatre saisons au Morvan » (série animée) — ⟦p:Hoang Bao Ngoc⟧ (dite ⟦p:« Bi »⟧) — 7 000 €

AIDE AU DÉVELOPPEMENT (sociétés de production) — pour mémoire, montants versés aux sociétés :
• « Les Bouviers » — Les Films du Bocage (gérant ⟦p:Adrien Mallet⟧) — 15 000 €

AIDE À LA PRODUCTION DE COURTS MÉTRAGES
• « Le dernier chapon » — réalisation ⟦p:Guillaume « Guigui » Rameau⟧, production Zèbre Films — 40 000 €. Tournage prévu à la ferme de ⟦p:M. Régis Bonnetain⟧, ⟦a:La Ferme du Vernois⟧ (Sornay) en décembre 2026.

AIDE AUX AUTEURS EN RÉSIDENCE
• ⟦p:Leïla Ziani⟧ (site ⟦o:leilaziani.com⟧, ⟦o:vimeo.com/leilaziani⟧) — résidence d'écriture au ⟦a:moulin de Chaumont⟧ (Saint-Gengoux-le-National), chez ⟦p:Hélène et Marc Duparay⟧ — 3 500 €

Contact des auteurs pour les partenaires (avec leur accord) : ⟦p:M. Chevrot-Lenoir⟧ ⟦e:marion.chevrotlenoir@gmail.com⟧ ; ⟦p:T. Wiśniewski⟧ ⟦e:t.wisniewski@poczta.onet.pl⟧, ⟦t:+48 601 234 587⟧ ; ⟦p:A. Sow⟧ ⟦t:07.49.12.03.66⟧.
Membres du comité de lecture (professionnels extérieurs, défrayés) : ⟦p:Paulette Grenier⟧, scripte ; ⟦p:Rachid Benhamou⟧, monteur ; ⟦p:Élise Thouvenot⟧, productrice.
Versement des aides à l'écriture sur les comptes communiqués par les auteurs (pour ⟦p:T. Wiśniewski⟧, compte en euros ouvert en Allemagne : ⟦iban:DE89 3704 0044 0532 0130 00⟧).
Le vice-président chargé de la culture, ⟦off:Laurent Ducarre⟧.
"""

TXT["q32_cdoa_autorisations_exploiter.txt"] = """
COMMISSION DÉPARTEMENTALE D'ORIENTATION DE L'AGRICULTURE (CDOA) DE SAÔNE-ET-LOIRE
Section « structures et économie des exploitations » — séance du 21 mai 2026
Relevé des avis (publié au recueil des actes administratifs de la préfecture)

Présidence : ⟦off:M. le directeur départemental des territoires, Christophe Gaudry⟧. Représentant du Département : ⟦off:M. Frédéric Brochot⟧.

Dossier 2026-071 — Demandes concurrentes sur les terres libérées par ⟦p:M. Jean Mathieu⟧ (départ en retraite), bailleur ⟦p:Mme Éliane Mathieu-Bresse⟧, commune de Baudemont :
  parcelles ⟦cad:ZA 3⟧, ⟦cad:ZA 4⟧, ⟦cad:ZA 9⟧, ⟦cad:ZB 27 à ZB 31⟧, lieux-dits « Les Rippes » et « Le Champ Rond » (41 ha 27 a).
  Candidat 1 : ⟦p:M. Baptiste Chevillard⟧ (⟦ag:27 ans⟧), installé en 2026 à Verosvres — agrandissement.
  Candidat 2 : ⟦p:GAEC du Sornin⟧ (⟦p:MM. Lucien⟧ et ⟦p:Florian Desmurs⟧), siège ⟦a:Le Bois Dernier, 71800 Saint-Maurice-lès-Châteauneuf⟧ — confortation.
  Candidat 3 : ⟦p:Mlle Jade Montcharmont⟧, ⟦ag:22 ans⟧, projet d'installation (BPREA obtenu en 2025), domiciliée chez ses parents ⟦a:à La Clayette, 17 rue du Lac⟧.
  Avis : priorité 1 à ⟦p:Mlle Montcharmont⟧ (installation), priorité 2 à ⟦p:M. Chevillard⟧.

Dossier 2026-074 — ⟦p:M. Gérard Nugues⟧, Cortambert : reprise de 6 ha (⟦cad:section D n° 88, 89 et 112⟧) appartenant à ⟦p:M. Guy de Vichy⟧. Avis favorable.

Dossier 2026-079 — ⟦p:Mme Cristina Ferreira Lopes⟧, maraîchère, Chalon-sur-Saône : 1,8 ha en location (⟦cad:AR 145⟧, propriétaire ⟦p:M. Robert Ternier⟧, ⟦a:11 bis quai Gambetta, 71100 Chalon-sur-Saône⟧). Avis favorable, non soumis à autorisation (seuil).

Prochaine séance : 25 juin 2026. Le secrétariat est assuré par la DDT, service économie agricole.
"""

TXT["q33_aides_investissements_elevage.txt"] = """
AIDE DÉPARTEMENTALE AUX INVESTISSEMENTS DANS LES BÂTIMENTS D'ÉLEVAGE (complément PCAE)
Annexe à la délibération de la commission permanente du 9 octobre 2026 — liste des bénéficiaires

Bénéficiaire (forme, associés)                                            | Commune                      | N° PACAGE   | SIRET                | Projet                       | Aide
GAEC de la Croix Rouge (⟦p:Jérôme Perrusset⟧, ⟦p:Sandrine Perrusset⟧, ⟦p:Loïc Perrusset⟧) | Saint-Julien-de-Civry | ⟦id:071003412⟧ | —              | stabulation 80 places        | 12 000 €
EARL ⟦p:Bonnetain⟧ (gérant ⟦p:Régis Bonnetain⟧)                                 | Sornay                       | ⟦id:071008877⟧ | —                    | bâtiment volailles de Bresse | 7 500 €
⟦p:M. Abdelkader Mebarki⟧ (exploitant individuel)                               | Semur-en-Brionnais           | ⟦id:071011206⟧ | ⟦siret:87910284600018⟧ | bergerie + contention        | 6 200 €
⟦p:Mme Agathe Bertillot⟧ (EARL des Pâquiers, associée unique)                   | Oyé                          | ⟦id:071012990⟧ | —                    | fumière couverte             | 4 800 €
⟦p:M. Pierre-Yves Le Guellec⟧ (exploitant individuel, installé 2024)            | Dompierre-sous-Sanvignes     | ⟦id:071012633⟧ | ⟦siret:523 389 237 00018⟧ | séchage en grange          | 9 000 €
GAEC des Deux Rivières (⟦p:Nathalie⟧ et ⟦p:Vincent Girardot⟧, ⟦p:Tomás Girardot⟧) | Ciry-le-Noble             | ⟦id:071007145⟧ | —                    | logettes et salle de traite  | 12 000 €

Observations du service instructeur : le dossier de ⟦p:M. Le Guellec⟧ a été complété le 14 septembre (devis de l'entreprise de charpente ⟦p:Hervé Lamotte⟧, EI, ⟦a:Les Essarts, 71300 Saint-Vallier⟧, SIRET ⟦siret:441240314 00019⟧).
Contact des bénéficiaires pour la visite de fin de travaux : ⟦p:Jérôme Perrusset⟧ ⟦t:06 84 21 37 90⟧ ; ⟦p:Pierre-Yves Le Guellec⟧ ⟦t:0648903115⟧.
"""

TXT["q34_prix_lecteurs_jury.txt"] = """
PRIX DES LECTEURS DE SAÔNE-ET-LOIRE 2026 — Bibliothèque départementale de prêt
Composition du jury (un lecteur par bibliothèque du réseau) et adresses pour l'envoi des livres

1. Anzy-le-Duc — ⟦p:Roselyne Bouchard⟧, ⟦ag:67 ans⟧, retraitée — ⟦a:Le Bourg, 71110 Anzy-le-Duc⟧
2. Bourbon-Lancy — ⟦p:Nathan Kessler⟧, ⟦ag:16 ans⟧ (autorisation parentale reçue) — envoi à la bibliothèque
3. Chauffailles — ⟦p:Mme Jacqueline Guerrier⟧ — ⟦a:32 rue Centrale, 71170 Chauffailles⟧ — ⟦e:jacqueline.guerrier@sfr.fr⟧
4. Cuisery — ⟦p:Lucien « Lulu » Mortier⟧, bouquiniste au village du livre (SIREN ⟦siret:356 403 402⟧) — envoi au ⟦a:4 Grande Rue, Cuisery⟧
5. Digoin — ⟦p:Fatima-Zahra Ouazzani⟧, ⟦ag:34 ans⟧, agente de La Poste — ⟦e:fz.ouazzani@hotmail.fr⟧
6. Gueugnon — ⟦p:Dominique Brossard⟧ (⟦ag:52 ans⟧) — ⟦a:résidence Les Forges, bât. 3, apt 108, 71130 Gueugnon⟧
7. Marcigny — ⟦p:Anne-Sophie de Bourbon-Busset⟧ — ⟦t:03 85 25 19 64⟧
8. Montchanin — ⟦p:Jessy Lemaire⟧, ⟦ag:21 ans⟧, étudiant — ⟦e:jessy.lemaire21@etu.u-bourgogne.fr⟧
9. Saint-Vallier — ⟦p:Kristýna Dvořáková⟧, ⟦ag:41 ans⟧, professeure de piano — ⟦t:+420 602 118 447⟧ (portable tchèque)
10. Tramayes — ⟦p:Georges Pelletier⟧, le doyen (né en ⟦bd:1936⟧) — ⟦a:La Combe, 71520 Tramayes⟧ — pas d'e-mail, envoyer par La Poste

Sélection 2026 : six romans de la rentrée d'hiver. Délibération finale le 6 juin à Mâcon ; les jurés seront accueillis par ⟦off:Mme Corinne Lafay⟧, directrice de la bibliothèque départementale.
Pour le covoiturage du 6 juin, ⟦p:Roselyne⟧ propose 3 places (départ 8 h, place de l'Église d'Anzy ; ⟦t:06 07 58 41 26⟧).
"""

TXT["q35_conseil_departemental_jeunes.txt"] = """
CONSEIL DÉPARTEMENTAL DES JEUNES (CDJ) — collégiens élus pour 2025-2027
Liste publiée après les élections dans les collèges (octobre 2025) et informations pour la sortie au Sénat du 18 mars 2026

Canton                    | Titulaire                          | Suppléant(e)                    | Collège
Autun-1                   | ⟦p:Louise Vernay⟧ (5e)                 | ⟦p:Adam Belkacem⟧                   | collège Saint-Exupéry, Autun
Autun-2                   | ⟦p:Timéo Barraud⟧                      | ⟦p:Lina Haddad⟧                     | collège du Vieux Colombier, Épinac
Chagny                    | ⟦p:Rose Pinto⟧                         | ⟦p:Oscar Lemoine⟧                   | collège Louis-Pasteur, Chagny
Charolles                 | ⟦p:Ethan Thivent⟧                      | ⟦p:Maïwenn Le Floch⟧                | collège Guillaume-des-Autels, Charolles
Cluny                     | ⟦p:Zoé Martin-Lagrange⟧                | ⟦p:Isaac N'Diaye⟧                   | collège Pierre-Paul-Prud'hon, Cluny
Louhans                   | ⟦p:Clara Bouillot⟧                     | ⟦p:Yanis Ferhat⟧                    | collège Les Dîmes, Louhans
Mâcon-1                   | ⟦p:Hugo Nguyen⟧                        | ⟦p:Emma Kaczmarek⟧                  | collège Bréart, Mâcon
Montceau-les-Mines        | ⟦p:Aleksander Nowicki⟧                 | ⟦p:Jade Rossi⟧                      | collège Jean-Moulin, Montceau
Tournus                   | ⟦p:Léon Dufour⟧                        | ⟦p:Inaya Traoré⟧                    | collège Albert-Schweitzer, Tournus

Sortie au Sénat — autorisations parentales et contacts d'urgence (transmis par les familles) :
- ⟦p:Louise Vernay⟧, née le ⟦bd:14/05/2013⟧ — maman ⟦p:Mme Aurélie Vernay⟧ ⟦t:06 22 81 04 17⟧
- ⟦p:Timéo Barraud⟧, né le ⟦bd:2 janvier 2012⟧ — père ⟦p:M. Fabien Barraud⟧ ⟦t:06.86.42.31.09⟧
- ⟦p:Isaac N'Diaye⟧ (remplace ⟦p:Zoé⟧, absente) — ⟦ag:12 ans⟧ — tante ⟦p:Mme Fatou N'Diaye⟧ ⟦t:+33 7 81 02 66 39⟧
- ⟦p:Aleksander Nowicki⟧ — ⟦ag:13 ans⟧ — mère ⟦p:Mme Katarzyna Nowicka⟧ ⟦t:07 45 19 33 80⟧, ⟦e:k.nowicka71@wp.pl⟧
- ⟦p:Inaya Traoré⟧ — grand-mère ⟦p:Mme Mariam Traoré⟧ ⟦t:03 85 51 09 72⟧

Encadrement : ⟦off:M. Benjamin Dumortier⟧, conseiller départemental référent ; animatrice du CDJ ⟦off:Laure Pinard⟧.
Rendez-vous 6 h 15 parking du Département (car ⟦pl:GN-407-DF⟧, société Voyages Bresse-Mâconnais, chauffeur ⟦p:Didier Rousset⟧).
"""

TXT["q36_lettre_donateur_musee.txt"] = """
[Lettre manuscrite reçue le 14 janvier 2026, transcrite pour le dossier d'acquisition]

                                                     ⟦a:« La Grange Neuve », Saint-Julien-de-Jonzy⟧, le 9 janvier 2026

Madame la Conservatrice,

Je me permets de vous écrire à la suite de votre article dans le Journal de Saône-et-Loire. Je possède, de ma grand-mère ⟦p:Jeanne-Marie Ducroux, née Plassard⟧ (⟦bd:1891⟧-⟦bd:1983⟧), un lot de coiffes brionnaises et un châle de noces qu'elle a porté le ⟦bd:vingt-deux avril mil neuf cent douze⟧ pour son mariage avec ⟦p:Claudius Ducroux⟧, maréchal-ferrant à Semur.
J'ai ⟦ag:quatre-vingt-trois ans⟧ et je souhaite que ces objets aillent au musée plutôt que dans un vide-grenier. Mes enfants sont d'accord (mon fils ⟦p:Gérard⟧ habite ⟦a:Montréal, 4520 rue Saint-Denis, app. 3⟧, ma fille ⟦p:Martine Ducroux-Lafond⟧ est à Roanne).
Vous pouvez me téléphoner le matin au ⟦t:03 85 84 06 92⟧, ou passer : c'est la maison à côté de l'église, la grille verte.

Veuillez agréer, Madame la Conservatrice, mes respectueuses salutations.

⟦p:Raymonde Ducroux⟧ (veuve de ⟦p:René Ducroux⟧)

P.-S. : ma petite-fille ⟦p:Camille⟧ peut vous envoyer des photos : ⟦e:camille.lafond.roanne@gmail.com⟧.

---------------------------------------------------------------------------------------------------
Réponse envoyée le 20 janvier 2026 :

Madame Ducroux,
Je vous remercie chaleureusement pour votre proposition. Je viendrai avec ⟦off:Agnès Chauvet⟧, régisseuse des collections, le jeudi 5 février à 10 h, si cela vous convient. Ces objets complèteraient idéalement le fonds « Costumes du Brionnais », déjà enrichi par le don de ⟦p:Mme Ginette Plassard⟧ en 2011.
⟦off:Stéphanie Bernardin⟧, conservatrice du Musée départemental du Charolais
"""

TXT["q37_attribution_restauration_oeuvres.txt"] = """
DÉPARTEMENT DE SAÔNE-ET-LOIRE — Rapport de présentation et avis d'attribution
Marché n° 26-MUS-012 — Restauration d'œuvres des collections départementales en vue de l'exposition « Terre d'herbe, terre d'élevage »
Procédure adaptée — 9 plis reçus

Lot 1 — Peintures sur toile (3 œuvres de ⟦p:Claude Desroches⟧ et « Retour du marché » de ⟦p:J.-B. Quinsonas⟧)
Attributaire : ⟦p:Mme Hélène Vasseur-Kahn⟧, restauratrice du patrimoine habilitée (entreprise individuelle), ⟦a:atelier, 5 rue du Pont-Neuf, 69001 Lyon⟧ — SIRET ⟦siret:879102846 00018⟧ — 14 820 € HT.
Classement : 1. ⟦p:Vasseur-Kahn⟧ (note 91/100) ; 2. ⟦p:Atelier Boutonnet⟧ (84) ; 3. ⟦p:M. Stéphane Ruiz⟧ (77).

Lot 2 — Objets ethnographiques (sonnailles, colliers, jougs)
Attributaire : ⟦p:M. Ahmed Benkirane⟧, restaurateur métal, EI, ⟦a:La Forge, 12 chemin de Bel-Air, 71250 Cluny⟧ — SIREN ⟦siret:584700819⟧ — 5 430 € HT.

Lot 3 — Arts graphiques (dessins, photographies)
Attributaire : ⟦p:Mme Ji-woo Park⟧ (⟦p:박지우⟧), restauratrice d'arts graphiques, ⟦a:12 passage de la Trinité, 2e étage gauche, 21000 Dijon⟧ — 3 960 € HT.

Lot 4 — Transport et soclage : « Transports ⟦p:Pichon⟧ & Fils » (SAS) — 11 200 € HT.

Les candidats non retenus ont été informés le 3 mars 2026. Signature des marchés le 17 mars 2026 par ⟦off:M. André Accary⟧, président du conseil départemental.
Contacts des titulaires pour la programmation des interventions : ⟦p:H. Vasseur-Kahn⟧ ⟦t:04 78 28 61 19⟧ / ⟦e:atelier.vasseurkahn@gmail.com⟧ ; ⟦p:A. Benkirane⟧ ⟦t:06 98 12 34 45⟧ ; ⟦p:J. Park⟧ ⟦e:jiwoo.park.restauration@gmail.com⟧.
"""

TXT["q38_courriels_crj_bruxelles.txt"] = """
De : ⟦p:Sarah Bouaziz⟧ <⟦e:sarah.bouaziz.crj@gmail.com⟧>
À : crj@bourgognefranchecomte.fr
Cc : ⟦p:maeljandot⟧ <⟦e:maeljandot@icloud.com⟧>
Date : 12 mai 2026 22:31
Objet : Liste pour le Parlement européen (visite du 3 juin)

Bonsoir,
Comme demandé par le service d'accréditation du Parlement, voici la liste complète des jeunes qui viennent à Bruxelles, avec date de naissance et numéro de pièce d'identité. Il manque encore ⟦p:Kavya⟧ qui doit retrouver son passeport.

1. ⟦p:BOUAZIZ Sarah⟧ — née le ⟦bd:27/08/2008⟧ — CNI n° ⟦id:X4RTBPFW4⟧
2. ⟦p:JANDOT Maël⟧ — né le ⟦bd:05/01/2010⟧ — CNI n° ⟦id:190571104512⟧ (ancien format, valable)
3. ⟦p:KÜHN Maximilian⟧ — ⟦bd:19.03.2009⟧ — Reisepass (allemand) ⟦id:C01X00T47⟧
4. ⟦p:OUÉDRAOGO Ismaël⟧ — ⟦bd:2008-11-30⟧ — passeport ⟦id:21CK48503⟧
5. ⟦p:DIOP Awa⟧ — née le ⟦bd:4 février 2009⟧ — CNI ⟦id:ZT8K2LM07⟧
6. ⟦p:KIM Min-jun⟧ — ⟦bd:2009/07/16⟧ — passeport coréen ⟦id:M12345678⟧
7. ⟦p:Nicolas Bergeret⟧ (majeur) — ⟦bd:02/10/2003⟧ — permis de conduire ⟦id:03AB12345⟧ (il dit que ça suffit ?)

Pour le voyage, ⟦p:Nico⟧ propose de conduire les jeunes de Haute-Saône jusqu'à la gare de Besançon-TGV avec son véhicule (⟦pl:FY-322-HS⟧).

Merci !
⟦p:Sarah⟧
co-présidente du CRJ
⟦t:06 41 88 20 73⟧

> Le 11 mai 2026 à 09:05, crj@bourgognefranchecomte.fr a écrit :
> Bonjour à tous, pour l'accès au Parlement européen il nous faut pour chaque participant : nom, prénom, date de naissance, numéro de la pièce d'identité présentée. Un permis de conduire n'est pas accepté.
> ⟦off:Romain Lecomte⟧, animateur du Conseil régional des jeunes

De : crj@bourgognefranchecomte.fr
À : ⟦p:Sarah Bouaziz⟧
Date : 13 mai 2026 08:47
Objet : RE: Liste pour le Parlement européen

Merci ⟦p:Sarah⟧. Je préviens ⟦p:Nicolas⟧ pour le permis (il faut sa CNI). Et je supprime ton message de la boîte partagée après transmission, puisqu'il contient les numéros de pièces.
Pour ⟦p:Kavya Subramaniam⟧, son père (⟦p:M. Raghavan Subramaniam⟧, ⟦t:+33 6 12 70 49 81⟧) m'a confirmé que le passeport serait prêt le 25 mai.
⟦off:Romain Lecomte⟧
"""

TXT["q39_residences_artistes_colleges.txt"] = """
DÉPARTEMENT DE SAÔNE-ET-LOIRE — « ARTISTES AU COLLÈGE » 2026-2027
Dossier de presse — présentation des artistes en résidence

⟦p:CLÉMENT DUVERNOIS⟧ — collège Jean-Moulin, Montceau-les-Mines
Né en ⟦bd:1978⟧ à ⟦bp:Saint-Pierre (La Réunion)⟧, ⟦p:Clément⟧ est photographe. Il vit à ⟦a:Blanzy, dans l'ancienne maison du gardien du puits Sainte-Eugénie⟧. Site : ⟦o:clementduvernois.photo⟧.

⟦p:AÏCHA « KIKA » BENSALEM⟧ — collège Louis-Pasteur, Chagny
Danseuse hip-hop et chorégraphe, ⟦ag:29 ans⟧, originaire de ⟦bp:Roubaix⟧. Elle travaille avec la compagnie Vortex (Lyon). Insta : ⟦o:@kika.bensalem⟧ ; TikTok ⟦o:@kikadanse⟧.

⟦p:Ioana Dumitrescu-Lefèvre⟧ — collège Bréart, Mâcon
Autrice jeunesse et illustratrice née le ⟦bd:3 octobre 1985⟧ à ⟦bp:Iași (Roumanie)⟧, installée en Mâconnais depuis 2012 (⟦a:Le Moulin de la Folie, 71960 Sologny⟧).

⟦p:Kwame Asante-Blanchard⟧ et ⟦p:Hugo Rey⟧ — collège Les Dîmes, Louhans
Duo de musiciens électro (« Bresse Beats »), respectivement né en ⟦bd:1990⟧ à ⟦bp:Kumasi (Ghana)⟧ et en ⟦bd:1992⟧ à ⟦bp:Louhans⟧. Contact du duo : ⟦e:bressebeats@gmail.com⟧.

⟦p:Jean Sébastien Lhomme dit « Bastien »⟧ — collège Albert-Schweitzer, Tournus
Potier, ⟦ag:56 ans⟧. Son atelier-boutique, ⟦a:La Poterie du Quai, 8 quai du Midi, 71700 Tournus⟧, est ouvert au public le samedi. ⟦siret:515 878 437 00018⟧.

Contact presse : direction de l'éducation, 03 85 39 66 00. Les artistes peuvent être joints via leurs agents : pour ⟦p:Kika⟧, ⟦p:Samuel Attia⟧ (⟦t:+33 (0)7 68 12 45 90⟧) ; pour ⟦p:Clément Duvernois⟧, ⟦t:0262 35 44 18⟧ (atelier réunionnais) ou ⟦t:06 93 41 27 55⟧.
Vice-présidente chargée de l'éducation : ⟦off:Mme Amélie Chanut⟧.
"""

TXT["q40_table_decennale_transcription.txt"] = """
TABLES DÉCENNALES 1853-1862 — COMMUNE DE TOURNUS — MARIAGES (lettres B à D)
Transcription saisie par l'atelier collaboratif ; la date est celle de l'acte ; orthographe du registre conservée.

⟦p:BADET Claude⟧, avec ⟦p:DUFOUR Jeanne⟧ ......................... ⟦bd:17 janvier 1854⟧
⟦p:BERNARD Philibert⟧, avec ⟦p:CHAPUIS Marie-Louise⟧ ............. ⟦bd:2 mai 1855⟧
⟦p:BESSON dit LAFLEUR Jean-Marie⟧, avec ⟦p:LAMBERT Reine⟧ ........ ⟦bd:24 7bre 1856⟧
⟦p:BOUILLOT Antoine⟧, avec ⟦p:GUYENNOT Benoîte⟧ .................. ⟦bd:9 février 1857⟧
⟦p:BUCHET François⟧, avec ⟦p:RAVAUX Benoîte⟧ (veuve) ............. ⟦bd:12 novbre 1857⟧
⟦p:CHANUT Benoît⟧ fils, avec ⟦p:PERRAUD Louise⟧ .................. ⟦bd:vingt-huit avril 1858⟧
⟦p:CORNU Étienne⟧, avec ⟦p:DE LA CHAPELLE Anne-Françoise⟧ ......... ⟦bd:3 Xbre 1859⟧
⟦p:DUCROT Claude⟧, avec ⟦p:VACHET Marie⟧ ......................... ⟦bd:18.2.1861⟧

[Relevé complémentaire — acte de mariage BOUILLOT/GUYENNOT, 9 février 1857, extrait]
… ⟦p:Antoine Bouillot⟧, charron, âgé de ⟦ag:vingt-neuf ans⟧, né à ⟦bp:Saint-Martin-en-Bresse⟧ le ⟦bd:douze juillet mil huit cent vingt-sept⟧, demeurant à ⟦a:Tournus, rue du Passage-Étroit⟧, fils majeur de ⟦p:Antoine Bouillot⟧, cultivateur, et de ⟦p:Claudine Moingeon⟧ ; et ⟦p:Benoîte Guyennot⟧, sans profession, âgée de ⟦ag:22 ans⟧, née à ⟦bp:Ouroux⟧ le ⟦bd:1er mars 1834⟧…
Témoins : ⟦p:Philibert Badet⟧, ⟦ag:45 ans⟧, tonnelier ; ⟦p:Jean-Marie Besson dit Lafleur⟧, ⟦ag:38 ans⟧, aubergiste ⟦a:à l'enseigne du Lion d'Or, quai du Nord⟧.

Note de l'équipe : les noms de la table sont présentés en capitales, « NOM Prénom », pour le moissonnage.
Transcription validée par ⟦p:JFB_Tournus⟧ et ⟦p:mireille.g71⟧ ; contrôle ⟦off:Pauline Mercier⟧.
"""

HTML["r01_gites_labellises_bresse.html"] = {
    "title": "Nouveaux hébergements labellisés en Bresse bourguignonne — Atout Saône-et-Loire",
    "head": '<meta name="description" content="Gîtes et chambres d\'hôtes labellisés en 2026 : La Grange de ⟦p:Mémé Odette⟧, Le Clos des Hirondelles…">\n',
    "body": """
<h1>Bienvenue aux nouveaux hébergements labellisés de la Bresse</h1>
<p>Le comité de labellisation du 18 mai 2026 a accordé le label à cinq nouveaux hébergements. Contactez directement les propriétaires.</p>
<div class="fiche">
<h2>La Grange de Mémé Odette — gîte 3 épis (5 pers.)</h2>
<img src="/img/gites/grange-⟦p:ruet⟧-sornay.jpg" alt="La grange rénovée de ⟦p:Odette et Michel Ruet⟧ à Sornay" title="Photo : ⟦p:Michel Ruet⟧">
<p>Propriétaires : <strong>⟦p:Odette &amp; Michel Ruet⟧</strong><br>⟦a:La Chaume, 1420 route de Louhans⟧, 71500 Sornay<br>
Tél. ⟦t:03&nbsp;85&nbsp;75&nbsp;02&nbsp;41⟧ — <a href="mailto:⟦e:odette.ruet@orange.fr⟧">⟦e:odette.ruet@orange.fr⟧</a></p>
</div>
<div class="fiche">
<h2>Le Clos des Hirondelles — chambres d'hôtes 3 épis</h2>
<p>Vos hôtes : <strong>⟦p:Fatiha⟧</strong> et <strong>⟦p:Laurent Bonnardot⟧</strong><br>⟦a:12 impasse du Four à Chaux⟧, 71330 Saint-Germain-du-Bois<br>
<a href="tel:⟦t:+33685213390⟧">⟦t:06 85 21 33 90⟧</a> · <a href="https://⟦o:www.closdeshirondelles-bresse.fr⟧">⟦o:www.closdeshirondelles-bresse.fr⟧</a></p>
</div>
<div class="fiche">
<h2>Gîte de l'Étang Neuf — 2 épis (4 pers.)</h2>
<p>Propriétaire : ⟦p:M. Ryszard Kamiński⟧ — ⟦a:L'Étang Neuf, 71290 Ratenelle⟧ — <a href="mailto:⟦e:ryszard.kaminski@interia.pl⟧?subject=Réservation">écrire au propriétaire</a> — portable ⟦t:+48 512 334 019⟧ (réponse en français)</p>
<p>N° d'enregistrement du meublé : ⟦id:71365000008ZK⟧</p>
</div>
<div class="fiche">
<h2>Chambres d'hôtes « Au Poulet Bleu » — 2 épis</h2>
<p>Chez <span class="nom">⟦p:Jo<span class="u">ë</span>lle Mathy⟧</span> (éleveuse de volailles de Bresse), ⟦a:Les Chaumes du Bief⟧, 71470 Romenay — ⟦t:03 85 40 31 18⟧ — <a href="https://⟦o:facebook.com/aupouletbleu.romenay⟧" title="Page Facebook de ⟦p:Joëlle Mathy⟧">Facebook</a></p>
</div>
<div class="fiche">
<h2>Yourte du Moulin — hébergement insolite, label « Clévacances » 2 clés</h2>
<p><strong>⟦p:Anh-Thư Phan⟧</strong> &amp; <strong>⟦p:Brice Coulon⟧</strong>, ⟦a:Moulin de la Seille, chemin de halage⟧, 71290 La Truchère — <a href="mailto:⟦e:yourtedumoulin@gmail.com⟧">⟦e:yourtedumoulin@gmail.com⟧</a> — SIRET ⟦siret:550 318 398 00017⟧</p>
</div>
<p class="small">Publication réalisée avec l'accord des propriétaires. Rédaction : <a href="mailto:⟦e:c.bernot.ext@gmail.com⟧">⟦p:Chloé Bernot⟧</a> (stagiaire).</p>
""",
}

HTML["r02_musee_donateurs.html"] = {
    "title": "Ils ont enrichi nos collections — Musée départemental du Charolais",
    "head": '<meta name="author" content="⟦p:Léo Martinat⟧ (webmestre bénévole)">\n',
    "body": """
<h1>Ils ont enrichi nos collections en 2025</h1>
<p>Le musée remercie les donateurs et testateurs qui ont permis l'entrée de 214 objets dans les collections.</p>
<table>
<caption>Dons et legs acceptés en 2025</caption>
<thead><tr><th>Donateur</th><th>Objet(s)</th><th>N° d'inventaire</th></tr></thead>
<tbody>
<tr><td>⟦p:M. Alain Pacaud⟧</td><td>« Retour du marché », huile sur toile</td><td>2025.1.1</td></tr>
<tr><td>⟦p:Mlle Simone Aublanc⟧ (legs)</td><td>14 faïences de Charolles</td><td>2025.2.1 à 14</td></tr>
<tr><td>⟦p:Ayşe Yılmaz⟧ et ⟦p:Kemal Yılmaz⟧</td><td>fonds photographique ⟦p:Hasan Yılmaz⟧</td><td>2025.3.1 à 88</td></tr>
<tr><td>⟦p:Famille Lapalus-Nugues⟧</td><td>charrette à bœufs</td><td>2025.4.1</td></tr>
<tr><td>⟦p:Ginette et Paul PLASSARD⟧</td><td>coiffes et châles brionnais</td><td>2025.5.1 à 23</td></tr>
<tr><td>⟦p:Dr Ingrid Van den Heuvel⟧</td><td>dessin de Rosa Bonheur</td><td>2025.6.1</td></tr>
<tr><td>⟦p:M. Octave de Chargère⟧</td><td>archives d'un haras (1880-1914)</td><td>2025.7.1 à 57</td></tr>
</tbody>
</table>
<figure>
<img src="/media/dons/2025/⟦p:plassard_ginette⟧_coiffe.jpg" alt="Coiffe brionnaise donnée par ⟦p:Ginette Plassard⟧, portée par sa mère ⟦p:Marie Plassard⟧ en ⟦bd:1923⟧">
<figcaption>Coiffe brionnaise, vers 1920. Don ⟦p:G. et P. Plassard⟧.</figcaption>
</figure>
<h2>Faire un don</h2>
<p>Vous possédez un objet lié à l'élevage ou à la vie rurale du Charolais ? Écrivez au musée. Témoignage : « J'ai donné la charrette de mon grand-père pour qu'elle soit vue par les enfants » — <em>⟦p:Jean-Pierre Lapalus⟧, ⟦ag:71 ans⟧, Hautefond</em>.</p>
<p>Les Amis du musée (présidente ⟦p:Mme Marie-Odile Guillemaut⟧, <a href="mailto:⟦e:amisdumusee.charolles+presidente@gmail.com⟧">contact</a>, ⟦t:06 80 14 62 37⟧) accompagnent les donateurs.</p>
""",
}

HTML["r03_crj_membres.html"] = {
    "title": "Le Conseil régional des jeunes — les membres 2026-2028",
    "body": """
<h1>Les 30 membres du Conseil régional des jeunes</h1>
<p>Ils ont entre 15 et 25 ans et représentent les lycéens, les apprentis et les étudiants de la région.</p>
<ul class="trombi">
<li><img src="/crj/photos/⟦p:bouaziz_sarah⟧.jpg" alt="⟦p:Sarah Bouaziz⟧"><span>⟦p:Sarah Bouaziz⟧, ⟦ag:17 ans⟧, co-présidente — Montbéliard</span> <a href="https://instagram.com/⟦o:sarah.bzz⟧">⟦o:@sarah.bzz⟧</a></li>
<li><img src="/crj/photos/⟦p:jandot_mael⟧.jpg" alt="Portrait de ⟦p:Maël Jandot⟧"><span>⟦p:Maël Jandot⟧, ⟦ag:16 ans⟧, co-président — Mâcon</span></li>
<li><img src="/crj/photos/⟦p:kuhn_maximilian⟧.jpg" alt="⟦p:Maximilian Kühn⟧"><span>⟦p:Maximilian Kühn⟧ — Besançon (né à ⟦bp:Fribourg-en-Brisgau⟧)</span></li>
<li><img src="/crj/photos/⟦p:kim_minjun⟧.jpg" alt="⟦p:Min-jun Kim⟧ (⟦p:김민준⟧)"><span>⟦p:Min-jun Kim⟧ — Belfort</span></li>
<li><img src="/crj/photos/⟦p:subramaniam_k⟧.jpg" alt="⟦p:Kavya Subramaniam⟧"><span>⟦p:Kavya Subramaniam⟧ — Chalon-sur-Saône — commission « environnement »</span></li>
<li><img src="/crj/photos/⟦p:aydin_seyma⟧.jpg" alt="⟦p:Şeyma Aydın⟧"><span>⟦p:Şeyma Aydın⟧, ⟦ag:19 ans⟧ — Dole, en service civique</span></li>
<li><img src="/crj/photos/⟦p:bergeret_nicolas⟧.jpg" alt="⟦p:Nicolas « Nico » Bergeret⟧ devant son tracteur"><span>⟦p:Nico Bergeret⟧, ⟦ag:22 ans⟧, jeune agriculteur — Haute-Saône</span> <a href="https://www.youtube.com/@⟦o:nicoalaferme70⟧">chaîne YouTube</a></li>
<li><img src="/crj/photos/⟦p:ortiz_rafael⟧.jpg" alt="⟦p:Rafael Ortiz Gutiérrez⟧"><span>⟦p:Rafael Ortiz Gutiérrez⟧ — UTBM, Sevenans</span></li>
<li><img src="/crj/photos/⟦p:de_champeaux_annelise⟧.jpg" alt="⟦p:Anne-Lise de Champeaux⟧"><span>⟦p:Anne-Lise de Champeaux⟧ — Dijon</span></li>
</ul>
<p>Écrire aux co-présidents : <a href="mailto:⟦e:sarah.bouaziz.crj@gmail.com⟧,⟦e:maeljandot@icloud.com⟧">⟦p:Sarah⟧ et ⟦p:Maël⟧</a> ou à l'équipe d'animation (crj@bourgognefranchecomte.fr).</p>
""",
}

HTML["r04_programme_jazz_vignes.html"] = {
    "title": "Jazz dans les vignes 2026 — programme et artistes",
    "head": '<meta property="og:description" content="Avec ⟦p:Lucia Benedetti⟧ Quartet, ⟦p:Thelonious Mbaye⟧ et Les Sœurs ⟦p:Caillat⟧">\n',
    "body": """
<h1>Jazz dans les vignes — 10 au 13 juillet 2026</h1>
<p>Un festival soutenu par le Département (commission permanente du 15 mai 2026).</p>
<article>
<h2>Vendredi 10 juillet — Domaine du Clos Vernay, Lugny</h2>
<p><b>⟦p:Lucia Benedetti⟧ Quartet</b> — la chanteuse italienne, née à ⟦bp:Bergame⟧ en ⟦bd:1984⟧, revisite Paolo Conte. Avec ⟦p:Marco Tessari⟧ (piano), ⟦p:Joachim Wendt⟧ (contrebasse), ⟦p:Dédé Ferrandiz⟧ (batterie). Accueil par le vigneron ⟦p:Antoine de Montessus⟧.</p>
<p><a href="https://⟦o:luciabenedetti.it⟧" title="Site de ⟦p:Lucia Benedetti⟧">site de l'artiste</a></p>
</article>
<article>
<h2>Samedi 11 juillet — Château de Pierreclos</h2>
<p><b>⟦p:Thelonious Mbaye⟧</b> (saxophone) en trio. Né à ⟦bp:Dakar⟧, formé à Lyon, ⟦p:Mbaye⟧ a reçu le prix Django Reinhardt. <a href="https://bandcamp.com/⟦o:theloniousmbaye⟧">écouter</a></p>
<img src="/festival/2026/⟦p:mbaye-thelonious⟧-credit-⟦p:romain-ferrat⟧.jpg" alt="⟦p:Thelonious Mbaye⟧ sur scène" title="© ⟦p:Romain Ferrat⟧">
</article>
<article>
<h2>Dimanche 12 juillet — Davayé, cave des Vignerons</h2>
<p><b>Les Sœurs Caillat</b> (⟦p:Margot⟧, ⟦p:Louise⟧ et ⟦p:Agathe Caillat⟧), swing manouche. Première partie : ⟦p:Enzo « Tchavolo » Reinhardt-Weiss⟧, ⟦ag:14 ans⟧, élève de l'école de musique de Mâcon.</p>
</article>
<article>
<h2>Lundi 13 juillet — Tournus, cour de l'abbaye</h2>
<p><b>Big band du Conservatoire</b>, direction ⟦p:Philippe Marchal⟧, invité : ⟦p:山田 健太⟧ (⟦p:Kenta Yamada⟧), trompette.</p>
</article>
<h2>Bénévoles, hébergement des artistes</h2>
<p>Les musiciens sont hébergés chez l'habitant. Merci à ⟦p:Catherine et Philippe Vaillant⟧ (⟦a:Le Clos Mâconnais, Pierreclos⟧) et à ⟦p:Mme Yvonne Loron⟧ (⟦a:2 montée des Vignerons, Davayé⟧). Coordination bénévoles : <a href="mailto:⟦e:benevoles.jazzvignes@laposte.net⟧">⟦p:Gaëlle Mortier⟧</a>, ⟦t:07&nbsp;69&nbsp;40&nbsp;25&nbsp;18⟧.</p>
""",
}

HTML["r05_archives_inventaire_fonds_notaire.html"] = {
    "title": "AD71 — Inventaire 3 E : étude de Me Desbois, notaire à Mâcon (1788-1841)",
    "body": """
<div class="ead">
<h1>Étude de Me Desbois, notaire à Mâcon (1788-1841)</h1>
<dl>
<dt>Cote</dt><dd>3 E 18400-18460</dd>
<dt>Producteur</dt><dd>⟦off:Jean-Claude Desbois⟧ (1760-1842), notaire royal puis impérial à Mâcon</dd>
<dt>Modalités d'entrée</dt><dd>Dépôt de ⟦off:Me Olivier Guillon⟧, notaire à Mâcon, successeur de l'étude, 1998</dd>
<dt>Communicabilité</dt><dd>Minutes de plus de 75 ans : libre</dd>
</dl>
<h2>Répertoire (extrait, an VI)</h2>
<table>
<tr><th>Cote</th><th>Date</th><th>Nature de l'acte</th><th>Parties</th></tr>
<tr><td>3 E 18421/1</td><td>14 brumaire an VI</td><td>Contrat de mariage</td><td>⟦p:Claude-Marie Perraud⟧, propriétaire à Romanèche, et ⟦p:Jeanne Guillemin⟧, fille de ⟦p:Jean Guillemin⟧ dit ⟦p:le Rouge⟧</td></tr>
<tr><td>3 E 18421/2</td><td>2 frimaire an VI</td><td>Vente</td><td>⟦p:Philibert Lafay⟧ à ⟦p:Claude Desroches⟧ : ⟦cad:un pré au lieu-dit Champvent (section A n° 88 de l'ancien plan)⟧</td></tr>
<tr><td>3 E 18421/3</td><td>30 nivôse an VI</td><td>Inventaire après décès</td><td>de ⟦p:Marguerite Bouchacourt⟧, veuve ⟦p:Vachet⟧, décédée le ⟦bd:20 nivôse an VI⟧ en sa maison ⟦a:rue de la Barre à Mâcon⟧</td></tr>
<tr><td>3 E 18421/4</td><td>9 pluviôse an VI</td><td>Bail à ferme</td><td>⟦p:Benoît Chanut⟧, vigneron, preneur du ⟦a:domaine de la Maison Blanche⟧</td></tr>
</table>
<p>Index des personnes rédigé par <a href="https://⟦o:gw.geneanet.org/mireilleg71⟧" title="Profil Geneanet de ⟦p:Mireille Guillot⟧">⟦p:Mireille Guillot⟧</a>, bénévole.
Notice rédigée par ⟦off:Claire Ducharne⟧.</p>
</div>
""",
}

HTML["r06_avis_attribution_boulangerie_colleges.html"] = {
    "title": "Avis d'attribution n° 26-COL-061 — fourniture de pain aux collèges du Clunisois",
    "body": """
<h1>Avis d'attribution</h1>
<section>
<h2>Section I : pouvoir adjudicateur</h2>
<p>Département de Saône-et-Loire, Hôtel du Département, 71026 Mâcon Cedex 9. Groupement de commandes des collèges du Clunisois (coordonnateur : collège de Cluny).</p>
</section>
<section>
<h2>Section II : objet</h2>
<p>Fourniture de pain et viennoiseries — 3 lots — durée 1 an reconductible 3 fois.</p>
</section>
<section>
<h2>Section V : attribution</h2>
<table border="1">
<tr><th>Lot</th><th>Titulaire</th><th>Adresse</th><th>SIRET</th><th>Montant annuel estimé</th></tr>
<tr><td>1 — collège de Cluny</td><td>⟦p:Mme Élodie Guérin-Bouthier⟧ (EI), « Au Fournil de l'Abbaye »</td><td>⟦a:7 rue Municipale, 71250 Cluny⟧</td><td>⟦siret:325&nbsp;349&nbsp;009&nbsp;00028⟧</td><td>18&nbsp;500 € HT</td></tr>
<tr><td>2 — collège de Matour</td><td>⟦p:M. Karim Haddouche⟧ (EI)</td><td>⟦a:Place de l'Église, 71520 Matour⟧</td><td>⟦siret:51515467200015⟧</td><td>9&nbsp;200 € HT</td></tr>
<tr><td>3 — collège de Saint-Gengoux</td><td>SARL ⟦p:Thibert⟧ — gérant ⟦p:Nicolas Thibert⟧</td><td>⟦a:ZA des Grands Champs⟧, 71460 Saint-Gengoux-le-National</td><td>366 538 296 00018</td><td>12&nbsp;700 € HT</td></tr>
</table>
<p>Date de signature : 12 juin 2026. Nombre d'offres reçues : lot 1 : 2 ; lot 2 : 1 ; lot 3 : 3.</p>
</section>
<section>
<h2>Section VI : renseignements complémentaires</h2>
<p>Le titulaire du lot 2 exerce sous le nom commercial « Boulangerie ⟦p:Karim⟧ ». Correspondant pour les livraisons : <a href="mailto:⟦e:karim.haddouche71@gmail.com⟧">⟦e:karim.haddouche71@gmail.com⟧</a>, ⟦t:06 03 44 18 72⟧. Pour le lot 1, livraisons assurées par ⟦p:M. Sébastien Bouthier⟧ (conjoint collaborateur), véhicule ⟦pl:FM-560-TC⟧.</p>
<p>Recours : tribunal administratif de Dijon. Signataire : ⟦off:M. Jean-Claude Bécousse⟧, premier vice-président.</p>
</section>
""",
}

HTML["r07_travaux_rd981_info.html"] = {
    "title": "Travaux RD 981 à Saint-Boil : informations aux riverains",
    "body": """
<h1>RD 981 — Saint-Boil : réfection du pont sur la Guye</h1>
<p><strong>Du 14 septembre au 27 novembre 2026</strong>, la RD 981 est fermée entre Saint-Boil et Chenôves. Déviation par la RD 977.</p>
<img src="/routes/rd981/plan-deviation.png" alt="Plan de déviation — les propriétés riveraines de ⟦p:M. Moissenet⟧ et de ⟦p:Mme Cheveau⟧ restent accessibles par le chemin de la Tuilerie">
<h2>Riverains : vos questions</h2>
<details>
<summary>J'habite entre le pont et le bourg, comment accéder à mon domicile ?</summary>
<p>Les riverains du ⟦a:lieu-dit Les Tuileries⟧ et de la ⟦a:rue du Pont (n° 1 à 17)⟧ accèdent par le nord. Les ⟦p:familles Moissenet⟧, ⟦p:Cheveau⟧ et ⟦p:Da Cruz⟧ ont été rencontrées le 2 septembre.</p>
</details>
<details>
<summary>Les cars scolaires passent-ils ?</summary>
<p>Oui, un arrêt provisoire est créé devant le ⟦a:n° 3 de la rue du Pont⟧ (accord de ⟦p:M. Gilbert Moissenet⟧, propriétaire).</p>
</details>
<details>
<summary>Qui contacter en cas de problème ?</summary>
<p>Entreprise titulaire : Colas Centre-Est — conducteur de travaux ⟦p:Mme Aurélie Vauchez⟧ (<a href="tel:⟦t:0612457788⟧">⟦t:06 12 45 77 88⟧</a>). Riverain référent désigné par la commune : ⟦p:M. Manuel Da Cruz⟧, ⟦a:Les Tuileries⟧, ⟦t:03 85 44 06 29⟧, <a href="mailto:⟦e:manu.dacruz@sfr.fr⟧">écrire</a>.</p>
</details>
<p>Suivi du chantier : ⟦off:M. Xavier Renaud⟧, agence territoriale routière.</p>
""",
}

HTML["r08_laureats_apprentis_voyageurs.html"] = {
    "title": "Apprentis voyageurs 2026 : ils sont partis, ils racontent",
    "body": """
<h1>Apprentis voyageurs : les lauréats du printemps 2026</h1>
<p>Huit apprentis ont reçu le prix régional de la mobilité. Portraits.</p>
<div class="portrait">
<img src="/medias/apprentis/⟦p:chloe-da-silva-fernandes⟧-porto.jpg" alt="⟦p:Chloé Da Silva Fernandes⟧ en cuisine à Porto" title="⟦p:Chloé⟧, 20 ans">
<h2>⟦p:Chloé Da Silva Fernandes⟧, ⟦ag:20 ans⟧, cuisinière</h2>
<p>« Ma grand-mère ⟦p:Conceição⟧ est née à ⟦bp:Braga⟧ : partir à Porto, c'était un retour aux sources ! » Chloé a travaillé huit semaines au restaurant de ⟦p:Rui Teixeira⟧, ⟦a:Rua das Flores 112, 4050-265 Porto⟧.</p>
</div>
<div class="portrait">
<img src="/medias/apprentis/⟦p:moingeon_l⟧.jpg" alt="⟦p:Lucas Moingeon⟧ sur un toit d'ardoise à Cork">
<h2>⟦p:Lucas Moingeon⟧, ⟦ag:19 ans⟧, couvreur</h2>
<p>Son maître d'apprentissage, ⟦p:Mathieu Gauthey⟧, l'a encouragé : « Il est revenu avec des techniques d'ardoise qu'on ne voit pas ici. » Suivez Lucas : <a href="https://www.tiktok.com/@⟦o:lucas_couvreur71⟧">⟦o:@lucas_couvreur71⟧</a>.</p>
</div>
<div class="portrait">
<img src="/medias/apprentis/⟦p:vuillemin-anais⟧.jpg" alt="⟦p:Anaïs Vuillemin⟧ avec un troupeau au Québec">
<h2>⟦p:Anaïs Vuillemin⟧, ⟦ag:21 ans⟧, BTS ACSE</h2>
<p>Douze semaines à la ferme de ⟦p:Jean-Guy Tremblay⟧, ⟦a:2450 rang Saint-Joseph, Saint-Hyacinthe (Québec) J2R 1A3⟧. Anaïs reprendra l'exploitation de ses parents à ⟦a:Frasne, 8 rue des Sapins⟧.</p>
</div>
<div class="portrait">
<img src="/medias/apprentis/⟦p:popescu-cosmin⟧.jpg" alt="⟦p:Cosmin Popescu⟧">
<h2>⟦p:Cosmin Popescu⟧, ⟦ag:20 ans⟧, technicien de maintenance</h2>
<p>Né à ⟦bp:Cluj-Napoca⟧ en ⟦bd:2005⟧, ⟦p:Cosmin⟧ a passé six semaines dans sa ville natale : « J'ai fait visiter l'atelier à mon oncle ⟦p:Ion⟧ ! »</p>
</div>
<p>Vous êtes apprenti et vous voulez partir ? Contactez le CFA ou écrivez à mobilite.apprentis@bourgognefranchecomte.fr. Témoignages recueillis par ⟦p:Zoé Lambert⟧, journaliste pigiste (<a href="mailto:⟦e:zoe.lambert.pige@gmail.com⟧">⟦e:zoe.lambert.pige@gmail.com⟧</a>).</p>
""",
}

HTML["r09_blog_club_lecture.html"] = {
    "title": "Le blog des bouquineurs — Notre séance de mars : « L'Anomalie »",
    "head": '<meta name="author" content="⟦p:marie-thé⟧">\n',
    "body": """
<article>
<h1>Séance du 10 mars : une anomalie bien bouclée !</h1>
<p class="meta">Publié par <a href="/auteur/⟦p:mtvuillerme⟧">⟦p:marie-thé⟧</a> le 12 mars 2026</p>
<p>Nous étions onze ce mardi, dont deux nouveaux : ⟦p:Aurélien⟧ (qui vient d'emménager ⟦a:rue des Cordeliers⟧) et ⟦p:Mme Ouvrard⟧. ⟦p:Josiane⟧ nous a reçus chez elle, merci pour le café !</p>
<p>⟦p:Oscar⟧ (⟦ag:15 ans⟧) a lu le livre en deux soirées, ⟦p:Bernard T.⟧ l'a abandonné page 80. ⟦p:Xu Ling⟧ nous a apporté des 月饼 de la boutique de sa cousine ⟦p:Xu Mei⟧, ⟦a:14 place de l'Hôtel-de-Ville⟧.</p>
<img src="/blog/img/2026-03-club-chez-⟦p:josiane-perrot⟧.jpg" alt="Le club réuni dans le salon de ⟦p:Josiane Perrot⟧">
</article>
<section class="comments">
<h2>3 commentaires</h2>
<div class="comment"><p class="who">⟦p:nanou71⟧ — 12 mars 2026 à 21:04</p><p>Super compte rendu ! Pour avril je propose « Les Années » d'Annie Ernaux.</p></div>
<div class="comment"><p class="who"><a href="https://⟦o:lecturesdesylvain.wordpress.com⟧">⟦p:Sylvain P.⟧</a> — 13 mars 2026 à 08:15</p><p>Je ramène les livres à la médiathèque vendredi. Ceux qui veulent le mien, écrivez-moi : ⟦e:spierson71@gmail.com⟧.</p></div>
<div class="comment"><p class="who">⟦p:Bernard Tissier⟧ — 13 mars 2026 à 10:30</p><p>Je maintiens : trop long. Mais j'ai aimé la discussion. Ma femme ⟦p:Monique⟧ viendra la prochaine fois.</p></div>
</section>
""",
}

HTML["r10_cp_subventions_patrimoine_culture.html"] = {
    "title": "Délibérations de la commission permanente du 12 juin 2026 — Culture et patrimoine",
    "head": '<meta name="keywords" content="subventions, patrimoine, ⟦p:Lambert⟧, pigeonnier, ⟦p:d\'Aubigny-Tencin⟧, chapelle">\n',
    "body": """
<h1>Commission permanente du 12 juin 2026</h1>
<h2>Culture, patrimoine : subventions attribuées</h2>
<table>
<thead><tr><th>Délibération</th><th>Bénéficiaire</th><th>Objet</th><th>Montant</th></tr></thead>
<tbody>
<tr><td>CP-2026-06-208</td><td>⟦p:M. et Mme Gérard Lambert⟧</td><td>Pigeonnier de la Verchère (⟦cad:ZC 56⟧), Vendenesse-lès-Charolles</td><td>5&nbsp;680 €</td></tr>
<tr><td>CP-2026-06-208</td><td>⟦p:Mme F. d'Aubigny-Tencin⟧</td><td>Chapelle castrale de Corcelles</td><td>10&nbsp;000 €</td></tr>
<tr><td>CP-2026-06-208</td><td>Indivision ⟦p:Gonçalves⟧</td><td>Four à pain des Vernes, Buxy</td><td>1&nbsp;960 €</td></tr>
<tr><td>CP-2026-06-209</td><td>Association « Les Amis du vieux Tournus » (président ⟦p:Jean-François Bret⟧)</td><td>Édition d'un livre d'histoire</td><td>2&nbsp;500 €</td></tr>
<tr><td>CP-2026-06-210</td><td>Chorale « La Clé des champs » — chef de chœur ⟦p:Ana-Maria Ionescu⟧</td><td>Concert du bicentenaire</td><td>1&nbsp;200 €</td></tr>
<tr><td>CP-2026-06-211</td><td>⟦p:Julien Rousselot⟧, facteur d'orgues de Barbarie (EI, ⟦siret:833 039 357 00011⟧)</td><td>Aide à l'artisanat d'art</td><td>3&nbsp;000 €</td></tr>
<tr><td>CP-2026-06-212</td><td>Compagnie Tsuki — ⟦p:Misaki Sato⟧</td><td>Création « Hana »</td><td>6&nbsp;000 €</td></tr>
</tbody>
</table>
<p>Délibérations consultables au recueil des actes administratifs. Questions des bénéficiaires : direction de la culture. Rapporteure : ⟦off:Christine Robin⟧, vice-présidente.</p>
<p><small>Mise en ligne par <span title="⟦e:julie.mangin.stagiaire@gmail.com⟧">⟦p:J. Mangin⟧</span>, stagiaire au service communication.</small></p>
""",
}

DOCX["s01_rapport_comite_aija.docx"] = {
    "author": "DAE — Service agriculture",
    "title": "Comité technique AIJA du 24 mars 2026 — fiches dossiers",
    "header": "Département de Saône-et-Loire — Aide à l'installation des jeunes agriculteurs — document de séance",
    "footer": "Fiches rédigées à partir des dossiers déposés ; les montants définitifs sont votés en commission permanente.",
    "blocks": [
        ("h", "Dossiers présentés au comité technique"),
        ("table", [
            ["Candidat", "Né(e) le", "Exploitation", "Identifiants", "Avis"],
            ["⟦p:CHEVILLARD Baptiste⟧", "⟦bd:19/02/1999⟧", "⟦a:Les Brosses, 71220 Verosvres⟧ — bovins allaitants", "SIRET ⟦siret:435 257 183 00028⟧ ; PACAGE ⟦id:071012345⟧", "favorable"],
            ["⟦p:PACAUD ép. BERTHAUD Clémence⟧", "⟦bd:03/08/1994⟧", "GAEC de la Côte — ⟦a:120 chemin des Vignes, Cluny⟧", "associée, PACAGE du GAEC ⟦id:071009921⟧", "favorable"],
            ["⟦p:SZYMAŃSKI Wojciech⟧", "⟦bd:1987⟧", "maraîchage — ⟦a:Le Grand Pré, route de Ciel, Verdun-sur-le-Doubs⟧", "SIREN ⟦siret:419517297⟧", "favorable"],
            ["⟦p:EL IDRISSI Inès⟧", "⟦bd:12 juin 2001⟧", "apiculture — ⟦a:2 bis rue de l'Église, Saint-Clément, Culles-les-Roches⟧", "NAPI ⟦id:A7104233⟧", "favorable"],
            ["⟦p:de MONTESSUS de BALLORE Antoine⟧", "⟦bd:1992⟧", "viticulture — ⟦a:Domaine du Clos Vernay, Lugny⟧", "SIRET ⟦siret:440 574 549 00018⟧", "favorable"],
            ["⟦p:RAVAUX Dylan⟧ / ⟦p:RAVAUX-DURÉAULT Océane⟧", "⟦bd:1996⟧ / ⟦bd:1997⟧", "volailles de Bresse — ⟦a:Les Granges Berthaud, Saint-Germain-du-Bois⟧", "EDE ⟦id:71 489 027⟧", "favorable"],
            ["⟦p:MONTCHARMONT Jade⟧", "⟦bd:2003⟧", "projet à La Clayette (terres ⟦p:Mathieu⟧, Baudemont)", "—", "ajourné (foncier non acquis)"],
        ]),
        "Remarques : le cédant de ⟦p:M. Chevillard⟧, ⟦p:M. Gaston Buchet⟧ (⟦ag:66 ans⟧), a accepté un accompagnement de six mois (tutorat). ⟦p:Mme Berthaud⟧ est joignable au ⟦t:06 45 71 22 08⟧ pour la visite.",
        "Conseillère installation (chambre d'agriculture) : ⟦p:Mme Sylvie Largy⟧. Pour le service : ⟦off:Nadine Perrin⟧, instructrice.",
    ],
}

DOCX["s02_convention_pret_oeuvre.docx"] = {
    "author": "Musée départemental du Charolais",
    "title": "Convention de prêt P-04 — ⟦p:Thivent-Aublanc⟧",
    "header": "Convention de prêt n° P-04 — exposition « Terre d'herbe, terre d'élevage »",
    "footer": "Paraphes : le prêteur ⟦p:J. T.-A.⟧ — le musée ⟦off:S. B.⟧",
    "blocks": [
        ("h", "Convention de prêt d'objets"),
        "Entre le Département de Saône-et-Loire, pour le Musée départemental du Charolais, représenté par ⟦off:Mme Stéphanie Bernardin⟧, conservatrice, d'une part,",
        "et **⟦p:Mme Josette THIVENT-AUBLANC⟧**, née le ⟦bd:6 novembre 1949⟧ à ⟦bp:Charolles⟧, demeurant ⟦a:2, place du Champ-de-Foire, 71120 Charolles⟧, agissant tant en son nom qu'au nom de son frère ⟦p:M. Jacques Thivent⟧ (⟦a:3 allée des Érables, 38200 Vienne⟧), ci-après « le prêteur », d'autre part,",
        "il est convenu ce qui suit.",
        ("table", [
            ["N°", "Désignation", "Dimensions", "Valeur d'assurance"],
            ["P-04-1", "Registre de commerce de bestiaux de ⟦p:Joseph Thivent⟧, 1908-1921", "32 × 21 cm", "800 €"],
            ["P-04-2", "Registre, 1922-1936", "32 × 21 cm", "800 €"],
            ["P-04-3", "Photographie : ⟦p:Joseph⟧ et ⟦p:Marie Thivent⟧ à la foire de Saint-Christophe, 1925", "18 × 24 cm", "150 €"],
        ]),
        "Article 1 — Les objets sont prêtés du 15 juin 2026 au 15 janvier 2027. Article 2 — Le musée assure les objets « clou à clou ». Article 3 — Les objets seront enlevés et rapportés au domicile du prêteur ; contact : ⟦t:03 85 24 07 71⟧ ou, à défaut, son petit-fils ⟦p:Valentin Aublanc⟧ (⟦t:07 67 30 14 92⟧, ⟦e:valentin.aublanc@gmail.com⟧).",
        "Article 4 — La mention au catalogue sera « Collection ⟦p:famille Thivent⟧ ».",
        "Fait à Charolles, le 2 juin 2026, en deux exemplaires. Le prêteur : ⟦p:J. Thivent-Aublanc⟧. Pour le Département : ⟦off:S. Bernardin⟧.",
    ],
}

DOCX["s03_courrier_riverain_expropriation.docx"] = {
    "author": "⟦p:Gaëtan Ferrier⟧",
    "title": "Courrier au commissaire enquêteur",
    "header": "⟦p:Gaëtan FERRIER⟧ et ⟦p:Nadège FERRIER-COLAS⟧ — ⟦a:La Tuilerie, 71570 La Chapelle-de-Guinchay⟧",
    "footer": "⟦t:03 85 36 52 08⟧ — ⟦e:gaetan.ferrier@free.fr⟧",
    "blocks": [
        "Monsieur le Commissaire enquêteur",
        "Mairie de La Chapelle-de-Guinchay — enquête parcellaire « déviation de la RD 906 »",
        "La Chapelle-de-Guinchay, le 12 octobre 2026",
        "Objet : observations sur l'état parcellaire — compte n° 00455",
        "Monsieur le Commissaire enquêteur,",
        "L'état parcellaire mentionne comme propriétaire de la parcelle ⟦cad:ZC 0061⟧ « ⟦p:FERRIER Gaëtan⟧, né le ⟦bd:21/06/1975⟧ à ⟦bp:Villefranche-sur-Saône⟧ ». Or cette parcelle est indivise entre moi et mon épouse, ⟦p:**Nadège** FERRIER née COLAS⟧, née le ⟦bd:9 septembre 1977⟧ à ⟦bp:Bourg-en-Bresse⟧, depuis notre acquisition du 15 mars 2004 (acte de ⟦off:Me Guillon⟧).",
        "Par ailleurs, l'emprise prévue (1 240 m²) couperait l'accès à notre parcelle ⟦cad:ZC 0062⟧, sur laquelle est notre hangar. Nous demandons qu'un rétablissement d'accès soit prévu, ou que la parcelle ⟦cad:ZC 62⟧ soit acquise en totalité.",
        "Nous serons présents à votre permanence du 23 octobre. Vous pouvez aussi joindre mon épouse au ⟦t:06 27 88 41 05⟧.",
        "Veuillez agréer, Monsieur le Commissaire enquêteur, nos salutations distinguées.",
        "⟦p:G. Ferrier⟧          ⟦p:N. Ferrier⟧",
        "Copie : ⟦off:M. Gilles Perrot⟧, commissaire enquêteur (remise en main propre) ; notre voisin ⟦p:M. Raymond Lagrange⟧, également concerné.",
    ],
}

DOCX["s04_etat_parcellaire_voie_verte.docx"] = {
    "author": "Service foncier — DRI",
    "title": "État parcellaire — voie verte Charolles-Paray, tranche 3",
    "header": "Voie verte Charolles–Paray-le-Monial — tranche 3 — commune de Hautefond — ÉTAT PARCELLAIRE",
    "footer": "Pièce n° 4 — dossier d'enquête parcellaire — les renseignements d'état civil proviennent du fichier immobilier.",
    "blocks": [
        ("h", "Propriétaires et parcelles"),
        ("table", [
            ["Compte", "Propriétaire(s) — état civil — domicile", "Parcelle", "Emprise"],
            ["00031", "⟦p:AUCLAIR Pascal Jean⟧, né le ⟦bd:04/04/1968⟧ à ⟦bp:Paray-le-Monial⟧ ; ⟦p:AUCLAIR née DUMONT Nathalie⟧, née le ⟦bd:11/12/1970⟧ à ⟦bp:Digoin⟧ — ⟦a:Les Gouttes, 71600 Hautefond⟧", "⟦cad:ZB 0007⟧", "2 310 m²"],
            ["00044", "⟦p:MALATERRE Bernard Louis⟧, né le ⟦bd:30 août 1954⟧ à ⟦bp:Hautefond⟧ — ⟦a:27 route de Charolles, Hautefond⟧", "⟦cad:ZA 0118⟧", "410 m²"],
            ["00052", "⟦p:SFEZ-NAKACHE Myriam⟧, née le ⟦bd:1er février 1981⟧ à ⟦bp:Lyon 3e⟧ — ⟦a:11 rue Juliette-Récamier, 69006 Lyon⟧", "⟦cad:ZB 0015⟧", "1 005 m²"],
            ["00067", "Indivision ⟦p:LACROIX⟧ : ⟦p:Germaine LACROIX⟧ (usufruit), ⟦a:La Petite Ferme, Hautefond⟧ ; ⟦p:Luc LACROIX⟧ et ⟦p:Anne LACROIX épouse O'CONNOR⟧, ⟦a:22 Griffith Avenue, Dublin 9, Irlande⟧", "⟦cad:ZB 0019⟧, ⟦cad:ZB 0020⟧", "3 870 m²"],
            ["00071", "⟦p:DUMOULIN Roger⟧, décédé le ⟦bd:2 mars 2019⟧ — ayants droit non connus", "⟦cad:ZB 0023⟧", "640 m²"],
        ]),
        "Exploitants en place (baux ruraux) : GAEC ⟦p:Auclair⟧ sur ⟦cad:ZB 0007⟧ ; ⟦p:M. Théo Buatois⟧ sur ⟦cad:ZB 0019⟧ et ⟦cad:ZB 0020⟧.",
        "Établi le 3 juillet 2026 par ⟦off:Karine Deschamps⟧, chargée d'opérations foncières.",
    ],
}

DOCX["s05_cr_club_lecture_avril.docx"] = {
    "author": "⟦p:Marie-Thérèse Vuillerme⟧",
    "title": "CR bouquineurs avril",
    "header": "les bouquineurs — médiathèque de Louhans",
    "footer": "CR envoyé à la liste du club — pour toute correction écrire à ⟦e:mt.vuillerme@orange.fr⟧",
    "blocks": [
        ("h", "Séance du mardi 14 avril 2026"),
        "Présents : ⟦p:Josiane Perrot⟧, ⟦p:Bernard et Monique Tissier⟧, ⟦p:Nadia Slimani⟧, ⟦p:Oscar Vidal⟧, ⟦p:Sylvain Pierson⟧, ⟦p:Xu Ling⟧, ⟦p:Nanou⟧, ⟦p:Aurélien Petitjean⟧, ⟦p:Mme Ouvrard⟧, moi-même. Animation : ⟦off:Claire Monnot⟧.",
        "Livre du mois : « Les Années ». ⟦p:**Nanou**⟧ (qui l'avait proposé) a lu un extrait. ⟦p:Monique⟧, venue pour la première fois, a raconté qu'elle avait le même âge qu'Annie Ernaux à quelques mois près (née en ⟦bd:1941⟧, à ⟦bp:Lillebonne⟧ elle aussi !).",
        ("table", [
            ["Qui", "Note /5", "En un mot"],
            ["⟦p:Josiane⟧", "4", "nostalgique"],
            ["⟦p:Bernard T.⟧", "2", "fouillis"],
            ["⟦p:Oscar⟧", "3", "« c'est comme un Insta de 60 ans »"],
            ["⟦p:Xu Ling⟧", "5", "universel"],
        ]),
        "Divers : ⟦p:Aurélien⟧ cherche des partenaires pour un club de scrabble, tél. ⟦t:07 71 04 38 62⟧. ⟦p:Sylvain⟧ a créé un groupe Signal. La sortie au salon du livre de Cuisery se fera avec la voiture de ⟦p:Nadia⟧ (⟦pl:GK-115-EZ⟧) et celle de ⟦p:Sylvain⟧.",
        "Prochain livre : « Le Pays des autres », Leïla Slimani (aucun lien avec ⟦p:Nadia⟧ !).",
    ],
}

DOCX["s06_comite_labellisation_chambres_hotes.docx"] = {
    "author": "⟦p:Aurore Mignot⟧",
    "title": "PV comité de labellisation — 2 avril 2026",
    "header": "Gîtes de France Saône-et-Loire — Comité de labellisation — procès-verbal",
    "footer": "Rédaction : ⟦p:A. Mignot⟧, technicienne qualité — ⟦t:06 79 11 52 40⟧",
    "blocks": [
        ("h", "Procès-verbal du comité du 2 avril 2026"),
        "Membres présents : ⟦p:M. Jean-Christophe Loron⟧ (président de l'association, propriétaire à Davayé), ⟦p:Mme Fabienne Roux-Ménétrier⟧, ⟦p:M. Gilles Aucourt⟧, ⟦p:Aurore Mignot⟧ ; pour l'agence départementale : ⟦off:Mme Valérie Mortier⟧.",
        ("table", [
            ["Hébergement", "Propriétaire(s)", "Adresse", "Visite", "Décision"],
            ["La Maison du Tilleul (3 ch.)", "⟦p:Thi Lan Pham⟧ et ⟦p:Julien Rousselot⟧", "⟦a:Le Petit Montrouge, Château⟧", "27/03/2026", "3 épis"],
            ["Le Moulin de Sermaizé (2 ch.)", "⟦p:Tom⟧ et ⟦p:Harriet Whitfield⟧", "⟦a:Le Moulin de Sermaizé, Tournus⟧", "25/03/2026", "3 épis"],
            ["Chez Mémée Suzanne (2 ch.)", "⟦p:Suzanne Ravier⟧", "⟦a:La Maison Bleue, hameau de Vaux, Trambly⟧", "20/03/2026", "2 épis"],
            ["Villa Kalinka (4 ch.)", "⟦p:Ольга Смирнова⟧ (⟦p:Olga Smirnova⟧)", "⟦a:14 avenue de Lyon, 71700 Tournus⟧", "30/03/2026", "ajourné"],
        ]),
        "Observations : pour la Villa Kalinka, ⟦p:Mme Smirnova⟧ doit terminer la salle d'eau de la chambre 4 ; nouvelle visite prévue en juin (⟦p:Olga⟧ : ⟦t:+7 916 555 20 41⟧ ou ⟦t:06 58 20 13 77⟧, ⟦e:olga.smirnova.tournus@yandex.ru⟧).",
        "La dénomination « Chez Mémée Suzanne » est acceptée à la demande de ⟦p:Mme Ravier⟧, surnommée « ⟦p:Mémée⟧ » par ses voisins.",
    ],
}

DOCX["s07_fiche_tiers_sportive.docx"] = {
    "author": "⟦p:lea.bonnot⟧",
    "title": "Fiche tiers — aide sportif haut niveau — ⟦p:BONNOT Léa⟧",
    "header": "Département de Saône-et-Loire — FICHE TIERS (personne physique)",
    "footer": "Document transmis à la paierie départementale — à conserver au dossier",
    "blocks": [
        ("h", "Identification du bénéficiaire"),
        ("table", [
            ["Rubrique", "Renseignement"],
            ["Nom de naissance / d'usage", "⟦p:BONNOT⟧ / —"],
            ["Prénoms", "⟦p:Léa Margaux⟧"],
            ["Date et lieu de naissance", "⟦bd:le 21 avril 2006⟧ à ⟦bp:Mâcon (71)⟧"],
            ["N° de sécurité sociale (personne non immatriculée au répertoire Sirene)", "⟦nir:2 06 04 71 270 089 40⟧"],
            ["Adresse", "⟦a:Rés. Les Saules — Bât. B — Esc. 1 — 3ème étage — 45 rue de Flacé⟧, 71000 MÂCON"],
            ["Téléphone / courriel", "⟦t:06 15 48 27 90⟧ / ⟦e:lea.bonnot.aviron@gmail.com⟧"],
            ["Licence", "FF Aviron n° ⟦id:FFA-071-284417⟧ — Aviron Club Mâcon"],
            ["Coordonnées bancaires", "IBAN ⟦iban:FR76 1360 6000 1071 9030 2989 723⟧ — titulaire ⟦p:Mlle BONNOT Léa⟧"],
        ]),
        "Objet du paiement : aide individuelle aux sportifs de haut niveau — CP du 13 mars 2026 — 1 200 €.",
        "Pièces jointes : RIB (⟦p:RIB_BONNOT_Lea⟧.pdf), copie de la licence, attestation d'inscription sur liste ministérielle (catégorie « Relève »).",
        "Visa du service des sports : ⟦off:Fabrice Lenoir⟧, gestionnaire.",
    ],
}

DOCX["s08_contrat_residence_artiste.docx"] = {
    "author": "⟦p:rnakamura⟧",
    "title": "Contrat de résidence — ⟦p:Rémi Nakamura-Benoît⟧ — moulin de Chaumont",
    "header": "CONTRAT DE RÉSIDENCE ARTISTIQUE — Département de Saône-et-Loire / ⟦p:R. Nakamura-Benoît⟧",
    "footer": "Page 1/1 — version signée scannée : contrat_residence_⟦p:nakamura-benoit⟧_2026.pdf",
    "blocks": [
        ("h", "Entre les soussignés"),
        "Le Département de Saône-et-Loire, représenté par ⟦off:Mme Christine Robin⟧, vice-présidente chargée de la culture, ci-après « le Département » ;",
        "⟦p:M. Rémi NAKAMURA-BENOÎT⟧, artiste sonore, né le ⟦bd:14 juin 1988⟧ à ⟦bp:Ajaccio (Corse-du-Sud)⟧, domicilié ⟦a:chez Mme Keiko Nakamura, 8 rue des Trois-Marie, 13002 Marseille⟧, n° de sécurité sociale ⟦nir:1 88 06 2A 004 112 33⟧, n° Congés Spectacles ⟦id:C-883412⟧, n° d'objet GUSO ⟦id:GU-4429187⟧, ci-après « l'artiste » ;",
        "et ⟦p:M. Marc Duparay⟧ et ⟦p:Mme Hélène Duparay⟧, propriétaires du ⟦a:moulin de Chaumont, 71460 Saint-Gengoux-le-National⟧ (parcelle ⟦cad:AB 44⟧), lieu d'accueil.",
        ("h", "Conditions"),
        ("table", [
            ["Article", "Contenu"],
            ["1. Durée", "du 1er au 30 septembre 2026"],
            ["2. Rémunération", "4 500 € bruts (dont 1 500 € de droits d'auteur), versés sur le compte ⟦iban:FR7620041010125461640458622⟧ ; RIB ⟦rib:20041 01012 54616404586 22⟧"],
            ["3. Hébergement", "chambre indépendante au moulin ; l'artiste vient avec son véhicule utilitaire ⟦pl:EV-881-JD⟧"],
            ["4. Restitution", "création sonore « Bief » diffusée le 27 septembre (Journées du patrimoine)"],
        ]),
        "Contact de l'artiste pendant la résidence : ⟦t:06 09 73 51 24⟧, ⟦e:remi@nakamura-benoit.net⟧ ; site ⟦o:https://nakamura-benoit.net⟧.",
        "Signé à Mâcon le 1er juillet 2026. L'artiste : ⟦p:R. N.-B.⟧ ; les hôtes : ⟦p:M. et H. Duparay⟧ ; pour le Département : ⟦off:C. Robin⟧.",
    ],
}

DOCX["s09_repertoire_societe_agriculture.docx"] = {
    "author": "AD71 — service des archives privées",
    "title": "Répertoire 98 J — Société d'agriculture de l'arrondissement de Charolles",
    "header": "Archives départementales de Saône-et-Loire — 98 J",
    "footer": "Répertoire établi en 2026 — don de ⟦p:M. Octave de Chargère⟧ (⟦a:château de Chargère, 71120 Lugny-lès-Charolles⟧)",
    "blocks": [
        ("h", "Introduction"),
        "La Société d'agriculture de l'arrondissement de Charolles, fondée en 1836, a organisé les comices et concours de bétail. Ses archives ont été conservées par la famille de son dernier président, ⟦p:Hubert de Chargère⟧ (⟦bd:1899⟧-⟦bd:1976⟧), puis données aux archives par son petit-fils ⟦p:Octave de Chargère⟧ en 2025.",
        ("h", "Répertoire"),
        ("table", [
            ["Cote", "Analyse", "Dates"],
            ["98 J 1", "Statuts ; liste des membres fondateurs, dont ⟦p:Jean-Marie Thivent⟧, marchand de bestiaux, et ⟦p:Philibert Desroches⟧, propriétaire à ⟦a:Champvent⟧", "1836"],
            ["98 J 2-9", "Registres des délibérations", "1836-1968"],
            ["98 J 10", "Palmarès des comices ; prix décerné à ⟦p:Claude Desroches⟧ pour son taureau « Bijou » ; médaille à la veuve ⟦p:Auclair⟧ (⟦a:Les Gouttes⟧)", "1887"],
            ["98 J 11", "Correspondance du président ⟦p:Hubert de Chargère⟧ avec ⟦p:M. Henri Lapalus⟧, éleveur", "1931-1958"],
            ["98 J 12", "Carnet d'adresses des membres (1965) — communicable en 2041", "1965"],
        ]),
        "Rédaction : ⟦off:Claire Ducharne⟧ ; relecture : ⟦off:Jean-Pierre Durand⟧.",
    ],
}

DOCX["s10_rapport_offres_photographe.docx"] = {
    "author": "Service de la commande publique",
    "title": "RAO — prestations photographiques 2026-2028",
    "header": "Marché 26-COM-019 — Prestations de reportage photographique — Rapport d'analyse des offres",
    "footer": "Document interne rendu public avec l'avis d'attribution — les prix unitaires des candidats évincés sont occultés.",
    "blocks": [
        ("h", "Candidats"),
        ("table", [
            ["Pli", "Candidat", "Statut / SIRET", "Adresse", "Note"],
            ["1", "⟦p:Romain FERRAT⟧", "micro-entrepreneur — ⟦siret:568 291 983 00019⟧", "⟦a:19 rue Dufour, 71000 Mâcon⟧", "86,5"],
            ["2", "⟦p:Léonie Dubost-Kaplan⟧ — « L. D. K. Photographie »", "EI — ⟦siret:31551687200019⟧", "⟦a:Les Sables, 71290 Cuisery⟧", "79,0"],
            ["3", "Studio Pixel 71 (SARL)", "SIRET 430 803 239 00028", "ZI Nord, Chalon", "71,2"],
            ["4", "⟦p:Thibault Ngoma Mabiala⟧", "EI — SIREN ⟦siret:958812232⟧", "⟦a:6 cité Hélène-Boucher, appt 34, 71200 Le Creusot⟧", "68,0"],
        ]),
        "Proposition : attribuer le marché à ⟦p:M. Romain Ferrat⟧ (offre économiquement la plus avantageuse). Portfolio : ⟦o:romainferrat.fr⟧, ⟦o:@romainferrat.photo⟧.",
        "Le candidat n° 2 a joint par erreur une copie de sa carte d'identité (n° ⟦id:140271100824⟧) : la pièce a été retirée du dossier.",
        "Contact pour la notification : ⟦p:M. Ferrat⟧, ⟦t:06 31 72 48 15⟧, ⟦e:contact@romainferrat.fr⟧ ; ⟦p:Mme Dubost-Kaplan⟧, ⟦t:03.85.27.09.44⟧.",
        "Rapport établi par ⟦off:Sandrine Poulet⟧, acheteuse, le 5 mai 2026.",
    ],
}


if __name__ == "__main__":
    raise SystemExit(main())
