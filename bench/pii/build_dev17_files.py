# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev17 set of the personal-data leak benchmark (``corpus/dev17``): documents and labels.

Same conventions as ``build_files.py`` and ``build_dev2_files.py`` (whose ``build_set`` it uses): a
personal value is written ``⟦kind:text⟧`` with the short kind keys of ``KINDS``, an official acting in
his function kept in clear ``⟦off:text⟧``; the script writes the files without the marks and their
lines in ``corpus/dev17/labels.jsonl``, and checks that every label is a substring of its document.

Theme: municipal police, road offences and the vehicle pound of a fictitious mid-sized commune
("Villebrune-sur-Armance", Loiret, about 24 000 inhabitants) and its fictitious intercommunality (the
"Communauté d'agglomération Armance-et-Loing", which runs the pound under a delegation to a tow
company). Police reports and mains courantes, ASVP logbooks, impounded vehicles (owners, plates in the
old FNI and current SIV shapes, with or without dashes, and German, Belgian, Spanish, Italian, Swiss,
British, Polish, Dutch, Portuguese and Moroccan plates, VIN numbers), parking and fine disputes (FPS,
ANTAI notices, avis de contravention numbers), driving licence numbers, witness statements,
neighbours' disputes, a conciliation, lost-and-found registers, video-protection requests, dog
registrations (owners, chip and tattoo numbers), e-mail threads and SMS with residents, forms, tables
exported from the police software, a police-court summons and judgment, insurance letters and the
published minutes of the municipal and intercommunal councils. Residents include people of Breton,
Alsatian, Corsican, Portuguese, Spanish, Italian, Polish, German, British, Dutch, Belgian, Turkish,
Moroccan, Algerian, Senegalese, Malian, Vietnamese, Chinese, Romanian, Ukrainian, Greek and Icelandic
origin; names are typed in lower case, ALL CAPS, with particles, compound names, initials and
nicknames, and in Latin-extended, Greek, Cyrillic, Arabic and Chinese letters.

Kinds used: person (a nickname too), address, phone, email (obfuscated ones too), birth_date (a birth
date or year of a private person), birth_place, age, nir, iban, rib (the account fields of a RIB),
siret (a sole trader's: a self-employed driver, a food-truck owner, a mechanic), plate, identifier
(VIN, driving licence, identity card and passport numbers, dog chip and tattoo numbers, avis de
contravention and FPS numbers held by a person, insurance policy and claim numbers, victim and
complaint file numbers, pound inventory numbers tied to an owner, registration certificate numbers)
and other (a social-network handle, a quasi-identifier such as "le seul taxi de la commune"). The
cadastre kind is not used. Fine, FPS and claim numbers are labelled as identifiers because they
lead to one person; law articles, by-law numbers, NATINF codes and dates of events are not labelled.

Officials kept in clear: the mayor, her deputy for security, the director-general of services, the
chief of the municipal police and the officers, the ASVP agents and the video-protection operator
named in function, the pound manager of the intercommunality and its president, the prosecutor and
her deputy, the judge and the clerk of the police court, the officer of the public prosecution, the
national police captain, the conciliator and the commissaire de justice, each acting in function.
Employees of the tow company and of the insurer, the car expert, private doctors and the lawyers
are private persons (labelled); the companies, their switchboards and SIRET numbers, the public
bodies and their addresses, switchboards and service e-mail addresses (the officials' work
addresses included), and the commune's SIRET 214 502 904 00015 are not labelled.

dev17 was written by an independent author who read only the mark syntax and the build helpers, not
the recognizers, the anonymizer, the tests, the documentation or the other sets' documents and
labels, and who did not run the pipeline or an evaluation on it.

Run: PYTHONPATH=include .venv/bin/python bench/pii/build_dev17_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev17"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["n01_main_courante_pm_semaine.txt"] = """
VILLE DE VILLEBRUNE-SUR-ARMANCE — POLICE MUNICIPALE
Main courante informatisée — extraction du 2 au 8 mars 2026 (logiciel de gestion, poste 2)
Chef de service : ⟦off:Sébastien Hervouët⟧, brigadier-chef principal

MC 2026/0412 — lundi 02/03 — 08:12 — Patrouille pédestre marché couvert (⟦off:Belkacem⟧ / ⟦off:Vignal⟧). RAS hormis un étal débordant sur la chaussée rue des Tanneurs ; le commerçant ⟦p:M. Dimitrios PAPADOPOULOS⟧ (⟦p:Δημήτριος Παπαδόπουλος⟧ sur sa carte d'exposant), ⟦ag:61 ans⟧, replie son auvent à notre demande.
MC 2026/0413 — lundi 02/03 — 10:47 — Appel de ⟦p:Mme Odile Fauconnier⟧, ⟦t:02.38.94.17.63⟧, demeurant ⟦a:12 bis allée des Capucines⟧ : véhicule stationné devant son garage depuis trois jours, ⟦pl:FH-482-KT⟧, Peugeot 208 grise. Passage ASVP ⟦off:Lemaire⟧ : FPS apposé, fiche véhicule ventouse ouverte.
MC 2026/0414 — lundi 02/03 — 14:05 — Objet trouvé déposé au poste par une collégienne, ⟦p:Lou-Ann G.⟧, ⟦ag:13 ans⟧ : portefeuille au nom de ⟦p:Rémi BRISSAUD-LECOQ⟧ contenant une carte d'identité n° ⟦id:X4RTBPFW4⟧ et une carte Vitale. Propriétaire joint au ⟦t:06 71 38 20 94⟧, restitution le 03/03 à 9 h.
MC 2026/0415 — mardi 03/03 — 07:30 — Sortie d'école Jules-Ferry : stationnement sur passage piéton, 2 avis électroniques (véhicules ⟦pl:CX 771 BN⟧ et ⟦pl:4271 XJ 45⟧, ce dernier en ancienne immatriculation, propriétaire ⟦p:M. Jacky Pelletier⟧ déjà connu du service pour des faits identiques).
MC 2026/0416 — mardi 03/03 — 11:20 — Différend de voisinage ⟦a:lotissement Le Clos Fleuri⟧ : ⟦p:M. Teodor Ionescu⟧ et ⟦p:Mme Gisèle Marchand⟧ se disputent l'usage d'une place visiteurs. Médiation sur place par ⟦off:le brigadier Oyono⟧. Conseillé de saisir le conciliateur de justice, ⟦off:M. Bernard Aubertin⟧ (permanence en mairie le jeudi).
MC 2026/0417 — mardi 03/03 — 16:55 — Chien divagant quai de l'Armance, capturé par l'équipe. Lecteur de puce : ⟦id:250269802145873⟧. Fichier I-CAD : propriétaire ⟦p:Kévin « Kéké » DUBREUIL⟧, ⟦a:3 impasse du Moulin-Rouge⟧. Chien restitué à 17 h 40 contre paiement des frais de capture.
MC 2026/0418 — mercredi 04/03 — 09:02 — Réquisition de la police nationale (⟦off:capitaine Loïc Brémond⟧, commissariat de Montargis) : extraction des images de la caméra C14 (carrefour de la rue Pasteur et de l'avenue du Général-Leclerc) du 01/03 entre 23 h et 1 h. Transmise par l'opérateur ⟦off:Franck Delorme⟧.
MC 2026/0419 — mercredi 04/03 — 13:40 — Accueil : ⟦p:Mme Nguyễn Thị Lan⟧ (dite ⟦p:« Lana »⟧ par ses voisins) vient signaler le vol de plaques sur son véhicule ; ancienne plaque ⟦pl:GB 319 QA⟧. Orientée vers le commissariat pour dépôt de plainte, récépissé à venir.
MC 2026/0420 — jeudi 05/03 — 22:18 — Tapage nocturne ⟦a:résidence Les Hauts de Loing, bât. C, 4e étage, porte 42⟧. Occupant : ⟦p:M. Yacine BEN SAÏD⟧, né le ⟦bd:14 février 1998⟧. Avertissement verbal ; rappel de l'arrêté municipal n° 2019-044 relatif aux bruits de voisinage.
MC 2026/0421 — vendredi 06/03 — 10:00 — Mise en fourrière demandée : Renault Master blanc ⟦pl:DZ 918 PL⟧ stationné sur l'emplacement livraison du 5 place du Martroi depuis le 27/02. Enlevé à 10:42 par la SARL Dépannage Armance (opérateur ⟦p:Ludovic Raimbault⟧). Inventaire n° ⟦id:F26-0147⟧.
MC 2026/0422 — samedi 07/03 — 02:35 — Rixe à la sortie du bar « Le Balto », 8 rue Gambetta. Intervention conjointe avec la police nationale. Un blessé léger, ⟦p:Florian M.⟧, ⟦ag:22 ans⟧, transporté par les pompiers.
MC 2026/0423 — dimanche 08/03 — 15:15 — Brocante des Quais : ⟦off:policière Mélanie Strub⟧ signale un exposant sans registre, ⟦p:M. Constantin Rusu⟧, domicilié ⟦a:Strada Mihai Eminescu 17, Iași (Roumanie)⟧, téléphone roumain ⟦t:+40 742 118 305⟧. Invité à régulariser auprès du placier.

Visa du chef de service : ⟦off:S. Hervouët⟧ — document à usage interne, ne pas diffuser.
"""

TXT["n02_rapport_intervention_tapage_voisins.txt"] = """
POLICE MUNICIPALE DE VILLEBRUNE-SUR-ARMANCE
RAPPORT D'INTERVENTION N° RI-2026-0088
Rédacteur : ⟦off:brigadier Nadia Belkacem⟧ — Équipage : ⟦off:Belkacem⟧ / ⟦off:gardien-brigadier Thomas Vignal⟧
Destinataire : Monsieur le Maire (copie : Monsieur le Procureur de la République près le tribunal judiciaire de Montargis, parquet — bureau des enquêtes)

Le samedi 14 février 2026 à 23 h 05, nous sommes requis par le centre de supervision urbain pour un différend entre voisins au ⟦a:7, chemin des Grands-Prés⟧, maison jumelée.

Sur place, nous sommes accueillis par la requérante, ⟦p:Madame Marie-Annick LE GUENNEC épouse KERBRAT⟧, ⟦ag:72 ans⟧, qui nous déclare : « Depuis que les nouveaux sont arrivés en septembre, c'est tous les week-ends pareil. Musique, moto dans la cour, et ce soir ils ont garé le camion sur ma pelouse. » Elle nous présente une plainte écrite de son mari, ⟦p:M. Yann-Erwan KERBRAT⟧, hospitalisé, et un classeur de photographies datées.

Nous nous présentons ensuite au ⟦a:7 ter du même chemin⟧. Nous rencontrons ⟦p:M. Sefa YILDIRIM⟧, né le ⟦bd:3 mai 1991⟧ à ⟦bp:Kayseri (Turquie)⟧, locataire, et son beau-frère ⟦p:M. Burak Öztürk⟧, ⟦ag:âgé de vingt-six ans⟧, domicilié ⟦a:Rheinstraße 44, 67059 Ludwigshafen (Allemagne)⟧, qui séjourne chez lui. La musique est coupée à notre demande. Le véhicule utilitaire mis en cause est un Ford Transit immatriculé en Allemagne ⟦pl:LU-BO 4417⟧, propriété de M. Öztürk ; il est déplacé sur la voie publique.

M. YILDIRIM nous déclare : « La dame appelle la police pour tout. Sa haie dépasse de deux mètres chez nous et son fils ⟦p:Gwendal⟧ nous a insultés sur Facebook sous le pseudo ⟦o:@gwen_kerb45⟧. » Il nous montre des captures d'écran. Nous lui rappelons les règles relatives aux bruits de voisinage (article R. 1336-5 du code de la santé publique) et l'invitons à saisir le conciliateur de justice.

Identité relevée sur présentation du titre de séjour n° ⟦id:4509162734⟧ ; permis de conduire turc présenté par M. Öztürk n° ⟦id:B-311042⟧.

Témoin : ⟦p:M. Rodolphe Ancelin⟧, voisin du n° 9, joignable au ⟦t:06-33-81-27-46⟧, confirme le niveau sonore élevé « depuis 21 heures environ » mais précise que « la dame du 7 n'est pas commode non plus ».

Constatations : à 23 h 20, depuis la voie publique, la musique était audible à plus de vingt mètres, portes et fenêtres fermées. Traces de pneus sur la pelouse de la requérante, sur une longueur d'environ quatre mètres (photos P1 à P6 jointes).

Suites : avertissement verbal aux occupants du 7 ter ; procès-verbal de contravention pour bruit ou tapage injurieux ou nocturne (NATINF 1006) dressé à l'encontre de M. YILDIRIM, avis de contravention n° ⟦id:7123 4580 916⟧. Information de la bailleresse, ⟦p:Mme Hélène de La Rochefoucauld-Vergne⟧, propriétaire du logement, demeurant ⟦a:Château de la Motte, route de Nogent⟧, par courrier du 16/02.

Mme KERBRAT a été informée qu'elle pouvait déposer plainte pour la dégradation de sa pelouse. Elle souhaite que sa petite-fille, ⟦p:Maëlys Kerbrat⟧, son contact en cas de besoin (⟦e:maelys.kerbrat(at)laposte.net⟧), soit tenue informée.

Fin d'intervention : 23 h 48. Rapport clos le 15/02/2026 à 01 h 10.

La rédactrice, ⟦off:N. Belkacem⟧, brigadier
Vu, le chef de service de police municipale, ⟦off:Sébastien Hervouët⟧
"""

TXT["n03_pv_mise_en_fourriere.txt"] = """
PROCÈS-VERBAL DE MISE EN FOURRIÈRE — FICHE DESCRIPTIVE (article R. 325-12 du code de la route)
Fourrière agréée : Fourrière intercommunale Armance-et-Loing, ZA des Varennes, 45290 Villebrune-sur-Armance — tél. 02 38 94 60 10
N° de fourrière : ⟦id:F26-0151⟧
Autorité prescriptive : ⟦off:Thomas Vignal⟧, gardien-brigadier, agent de police judiciaire adjoint (matricule 45-PM-2214)

Date et heure de la prescription : 09/03/2026 à 08 h 20
Lieu : 14 avenue de la Gare, sur emplacement réservé aux personnes handicapées
Motif : stationnement gênant (article R. 417-11 du code de la route)

VÉHICULE
Genre : VP — Marque : VOLKSWAGEN — Modèle : Golf VII — Couleur : noire
Immatriculation : ⟦pl:ES361RD⟧
N° d'identification (VIN) : ⟦id:WVWZZZAUZFW118472⟧
Kilométrage : 148 302 km — État : rayure aile AVG, rétroviseur droit fendu, pneu ARD dégonflé
Objets visibles : siège enfant, sac de sport, badge de parking au nom de ⟦p:J. TAVARES⟧

PROPRIÉTAIRE (selon SIV)
Nom : ⟦p:TAVARES DA SILVA⟧ Prénoms : ⟦p:João Miguel⟧
Adresse : ⟦a:Rés. du Parc, esc. B, appt 12, 2 r. Honoré-de-Balzac⟧, 45290 VILLEBRUNE-SUR-ARMANCE
Né le : ⟦bd:21/11/1979⟧ à ⟦bp:BRAGA (PORTUGAL)⟧

Classement : 1re catégorie — Enlèvement par : SARL Dépannage Armance (dépanneur ⟦p:Ludovic RAIMBAULT⟧) à 08 h 47
Présence du propriétaire lors de l'enlèvement : NON

Notification au propriétaire par lettre recommandée AR n° ⟦id:1A 194 827 3306 5⟧ envoyée le 09/03/2026.
Signature de l'autorité : ⟦off:T. Vignal⟧          Signature du gardien de fourrière : ⟦off:D. Carrasco⟧
"""

TXT["n04_export_logiciel_fourriere_fevrier.txt"] = """
FOURRIÈRE INTERCOMMUNALE ARMANCE-ET-LOING — export « Véhicules entrés » (logiciel FourrièrePro v4.2)
Période : 01/02/2026 → 28/02/2026 — édité le 02/03/2026 09:14 par ⟦off:dcarrasco⟧
Colonnes séparées par « | » ; les champs vides sont laissés tels quels.

N°INV | DATE ENTRÉE | IMMAT | PAYS | MARQUE/MODÈLE | VIN | PROPRIÉTAIRE | ADRESSE | TÉL | STATUT
⟦id:F26-0098⟧ | 02/02/2026 | ⟦pl:GH-107-ZS⟧ | F | RENAULT CLIO V | ⟦id:VF1RJA00867391524⟧ | ⟦p:LEROUX-MAILLARD ANNE-SOPHIE⟧ | ⟦a:9 RUE DES ACACIAS 45290 VILLEBRUNE⟧ | ⟦t:0612457893⟧ | RESTITUÉ 03/02
⟦id:F26-0099⟧ | 02/02/2026 | ⟦pl:1-GXK-448⟧ | B | PEUGEOT 3008 | ⟦id:VF3MCYHZRJS102845⟧ | ⟦p:VAN DE VELDE PIETER⟧ | ⟦a:KERKSTRAAT 118 B-2000 ANTWERPEN⟧ | ⟦t:+32 475 18 62 90⟧ | RESTITUÉ 05/02
⟦id:F26-0101⟧ | 04/02/2026 | ⟦pl:7 ABC 45⟧ | F | CITROEN SAXO | ⟦id:VF7S0HFXF56230198⟧ | ⟦p:BOUVIER GASTON⟧ | ⟦a:LA GRANDE BORNE⟧ | | DESTRUCTION (VALEUR < 765 €)
⟦id:F26-0104⟧ | 05/02/2026 | ⟦pl:8924 KHL⟧ | E | SEAT LEÓN | ⟦id:VSSZZZ5FZKR093311⟧ | ⟦p:FERNÁNDEZ DE CÓRDOBA ÍÑIGO⟧ | ⟦a:CALLE DE ALCALÁ 212, 3º IZQ, 28028 MADRID⟧ | ⟦t:0034 612 48 93 07⟧ | EN ATTENTE
⟦id:F26-0107⟧ | 07/02/2026 | ⟦pl:FR 512 KN⟧ | I | FIAT 500 | ⟦id:ZFA3120000J402117⟧ | ⟦p:ESPOSITO GENNARO⟧ | ⟦a:VIA TOLEDO 56, 80134 NAPOLI⟧ | | EN ATTENTE — RELANCE
⟦id:F26-0110⟧ | 09/02/2026 | ⟦pl:EK532LP⟧ | F | DACIA SANDERO | ⟦id:UU15SDAL453801276⟧ | ⟦p:ZAHIR Mounia⟧ | ⟦a:RÉS. LES TILLEULS BAT A APT 3⟧ | ⟦t:07 58 12 40 66⟧ | RESTITUÉ 09/02
⟦id:F26-0112⟧ | 11/02/2026 | ⟦pl:GE 204 918⟧ | CH | VOLVO XC60 | ⟦id:YV1UZA8VCL1492031⟧ | ⟦p:MÜLLER-ROTHENBÜHLER Käthi⟧ | ⟦a:CHEMIN DES VIGNES 3, 1228 PLAN-LES-OUATES⟧ | ⟦t:+41 79 342 18 05⟧ | RESTITUÉ 12/02
⟦id:F26-0115⟧ | 13/02/2026 | ⟦pl:WX 84215⟧ | PL | OPEL ASTRA | ⟦id:W0L0AHL4885017341⟧ | ⟦p:KOWALCZYK Przemysław⟧ | ⟦a:UL. MARSZAŁKOWSKA 84/92 M. 17, 00-514 WARSZAWA⟧ | ⟦t:+48 601 234 815⟧ | EN ATTENTE
⟦id:F26-0118⟧ | 16/02/2026 | ⟦pl:AB12 CDX⟧ | GB | LAND ROVER DEFENDER | ⟦id:SALLDHMF7AA284960⟧ | ⟦p:O'SULLIVAN-HART Siobhan⟧ | ⟦a:FLAT 2, 17 ST GILES STREET, NORWICH NR2 1JL⟧ | ⟦t:+44 7700 900 418⟧ | RESTITUÉ 18/02
⟦id:F26-0121⟧ | 18/02/2026 | ⟦pl:86-XK-ZD⟧ | NL | TOYOTA AYGO | ⟦id:JTDKG18C20N448157⟧ | ⟦p:DE JONG Femke⟧ | ⟦a:PRINSENGRACHT 263-II, 1016 GV AMSTERDAM⟧ | | RESTITUÉ 19/02
⟦id:F26-0123⟧ | 19/02/2026 | ⟦pl:AA-25-ZX⟧ | P | RENAULT MEGANE | ⟦id:VF1BZ1R0H44570122⟧ | ⟦p:RIBEIRO Conceição⟧ | ⟦a:RUA DE SANTA CATARINA 1120, 4000-447 PORTO⟧ | ⟦t:00351 912 445 018⟧ | EN ATTENTE
⟦id:F26-0126⟧ | 21/02/2026 | ⟦pl:12345-أ-6⟧ | MA | MERCEDES 190 | ⟦id:WDB2010241F773018⟧ | ⟦p:EL IDRISSI Abdelhak⟧ | ⟦a:DERB SIDI BOUABID 14, FÈS⟧ | ⟦t:+212 661-48-22-09⟧ | EXPERTISE
⟦id:F26-0128⟧ | 23/02/2026 | ⟦pl:B-MK 4821⟧ | D | BMW 320D | ⟦id:WBA8E31010K553901⟧ | ⟦p:SCHNEIDER Jörg⟧ | ⟦a:KASTANIENALLEE 12, 10435 BERLIN⟧ | ⟦t:+49 (0)170 5538 211⟧ | RESTITUÉ 24/02
⟦id:F26-0130⟧ | 24/02/2026 | ⟦pl:FK 093 VR⟧ | F | PEUGEOT 208 | ⟦id:VR3UPHNKSKT114098⟧ | ⟦p:N'DIAYE Aminata Fatou⟧ | ⟦a:LIEU-DIT LES BRUYÈRES⟧ | ⟦t:06 95 20 37 81⟧ | RESTITUÉ 24/02
⟦id:F26-0133⟧ | 26/02/2026 | ⟦pl:123 TT 2A⟧ | F | RENAULT 4L | ⟦id:VF1112C0005812446⟧ | ⟦p:CASANOVA Ghjuvan-Petru⟧ | ⟦a:LIEU-DIT U CASTELLU, 20167 SARROLA-CARCOPINO⟧ | ⟦t:04 95 25 61 18⟧ | EN ATTENTE
⟦id:F26-0135⟧ | 27/02/2026 | ⟦pl:AM-339-QX⟧ | F | PIAGGIO ZIP (CYCLO) | ⟦id:ZAPC25000A5029413⟧ | inconnu (plaque non attribuée) | | | SIGNALÉ VOLÉ
⟦id:F26-0136⟧ | 27/02/2026 | (sans plaque) | F | SCOOTER MBK | ⟦id:VG5SA05A000218877⟧ | | | | RECHERCHE PROPRIÉTAIRE

Trop-perçu remboursé le 06/02 à ⟦p:VAN DE VELDE Pieter⟧ sur son compte ⟦iban:BE68 5390 0754 7034⟧ ; consignation de ⟦p:Mme Ribeiro⟧ à rembourser sur ⟦iban:PT50 0002 0123 1234 5678 9015 4⟧ si mainlevée.
Nombre de véhicules entrés : 17 — restitués : 9 — en attente : 5 — destruction : 1 — autres : 2
Pour l'agglomération, le responsable du service fourrière : ⟦off:Didier Carrasco⟧
Document de travail — données issues du SIV et des services de police ; diffusion limitée aux agents habilités.
"""

TXT["n05_fil_courriels_contestation_fps.txt"] = """
De : ⟦p:Bérangère Vasseur-Nkemelu⟧ <⟦e:b.vasseur.nkemelu@gmail.com⟧>
À : police.municipale@villebrune-sur-armance.fr
Date : mar. 10 févr. 2026 à 19:42
Objet : Contestation FPS — je n'étais même pas garée là !!!

Bonjour,

J'ai reçu aujourd'hui un avis de paiement de forfait post-stationnement n° ⟦id:45290 2026 0000 1837 41⟧ pour un stationnement le 27 janvier 2026 à 15 h 12, place du Martroi, zone rouge, véhicule ⟦pl:GA-614-RF⟧. Or à cette heure-là j'étais au travail à Orléans avec ma voiture, mon employeur peut en attester. Il doit s'agir d'une plaque doublée, c'est la deuxième fois en un mois.

Je vous joins la photo de ma carte grise (certificat d'immatriculation n° ⟦id:2022AF45823⟧) et mon attestation employeur.

Merci de me dire quoi faire.
Bérangère

--
⟦p:Bérangère VASSEUR-NKEMELU⟧
⟦a:4 square Jean-Moulin, appt 23⟧ — 45290 Villebrune
⟦t:06 12 09 48 73⟧

---------- Message transféré ----------
De : Police municipale de Villebrune <police.municipale@villebrune-sur-armance.fr>
Date : mer. 11 févr. 2026 à 09:05
À : ⟦p:Bérangère Vasseur-Nkemelu⟧
Objet : RE: Contestation FPS — je n'étais même pas garée là !!!

Madame,

Nous accusons réception de votre message. Le forfait post-stationnement ne relève pas d'une contravention pénale : il se conteste par un recours administratif préalable obligatoire (RAPO) auprès de la Communauté d'agglomération Armance-et-Loing, qui gère le stationnement payant, dans le délai d'un mois à compter de la notification, par courrier ou via le formulaire en ligne.

S'agissant d'une possible usurpation de plaques, nous vous invitons à déposer plainte au commissariat de Montargis. L'agent qui a constaté le stationnement, ⟦off:Mme Samia Haddou⟧, ASVP, a pris des photographies : sur celles-ci le véhicule est une Clio IV bleue, alors que votre certificat mentionne une Toyota Yaris grise. Nous transmettons ces éléments au service stationnement de l'agglomération.

Cordialement,
⟦off:Jean-Luc Oyono⟧, brigadier-chef, adjoint au chef de service
Police municipale — 6 place de l'Hôtel-de-Ville — 45290 Villebrune-sur-Armance — 02 38 94 12 17

---------- Message suivant ----------
De : ⟦p:Bérangère Vasseur-Nkemelu⟧ <⟦e:b.vasseur.nkemelu@gmail.com⟧>
Date : mer. 11 févr. 2026 à 12:31
Objet : Re: RE: Contestation FPS

Merci beaucoup ! J'ai déposé plainte ce matin, numéro de procédure ⟦id:2026/004518⟧. Par contre mon conjoint, ⟦p:Chukwuemeka Nkemelu⟧, a eu lui aussi un FPS sur sa voiture le même jour devant chez nous, ⟦pl:GB 202 TY⟧, alors qu'il a la carte résident (n° ⟦id:RES-VB-0719⟧). Vous pouvez regarder ? Son mail c'est ⟦e:emeka.nk [arobase] outlook [point] fr⟧.

B.

---------- Réponse ----------
De : Service stationnement — CA Armance-et-Loing <stationnement@agglo-armance-loing.fr>
Date : lun. 16 févr. 2026 à 14:20
À : ⟦p:Bérangère Vasseur-Nkemelu⟧ ; Police municipale
Objet : RAPO FPS n° ⟦id:45290 2026 0000 1837 41⟧ — décision

Madame,

Après examen des photographies de l'agent et de votre récépissé de plainte, le forfait post-stationnement est annulé. Concernant le véhicule de ⟦p:M. Nkemelu⟧, la carte résident était bien valide mais n'était pas apposée derrière le pare-brise ; à titre exceptionnel, le FPS n° ⟦id:45290 2026 0000 1902 07⟧ est également annulé.

Nous vous rappelons que le changement de plaques d'immatriculation suite à une usurpation peut être demandé sur le site de l'ANTS avec le récépissé de plainte.

Le service stationnement, pour le président et par délégation, ⟦off:Aurore Villemin⟧, responsable du pôle mobilité

---------- Message suivant ----------
De : ⟦p:emeka nkemelu⟧ <⟦e:emeka.nk@outlook.fr⟧>
Date : lun. 16 févr. 2026 à 18:03
Objet : merci

merci bcp. juste pour info le type à la clio bleue je l'ai revu ce soir rue Voltaire, il s'appelle ⟦p:Dylan⟧ je crois, il habite vers ⟦a:les garages derrière le Lidl⟧. je vous laisse voir avec la police.

emeka
envoyé de mon iPhone
"""

TXT["n06_sms_riverain_asvp.txt"] = """
Export SMS — téléphone de service ASVP n° 2 (06 07 45 29 02) — conversation avec ⟦t:+33 6 84 21 70 55⟧ (contact enregistré : « ⟦p:Mme GRONDIN Rue Voltaire⟧ »)

[05/03/2026 07:48] ⟦t:+33 6 84 21 70 55⟧ : Bonjour c ⟦p:Josette Grondin⟧ du ⟦a:22 rue Voltaire⟧. Encore la camionnette blanche devant ma sortie de garage, je peux pas emmener mon mari à sa dialyse !!!
[05/03/2026 07:51] ASVP ⟦off:Haddou⟧ : Bonjour Madame, vous avez l'immatriculation ?
[05/03/2026 07:53] ⟦t:+33 6 84 21 70 55⟧ : oui ⟦pl:fd 417 zh⟧ . c'est celle du fils ⟦p:Morel⟧ d'en face je crois, il travaille de nuit
[05/03/2026 07:55] ASVP ⟦off:Haddou⟧ : On arrive dans 10 min. Vous pouvez nous donner le numéro de votre mari au cas où vous ne seriez pas là ?
[05/03/2026 07:56] ⟦t:+33 6 84 21 70 55⟧ : ⟦t:0033 6 42 19 85 07⟧ c ⟦p:Marcel⟧
[05/03/2026 08:09] ASVP ⟦off:Haddou⟧ : Sur place. Le propriétaire est descendu, il déplace le véhicule. Avertissement donné.
[05/03/2026 08:10] ⟦t:+33 6 84 21 70 55⟧ : merci ma fille vous êtes un ange. Il s'appelle comment déjà le fils Morel ? ⟦p:Jordan⟧ ou ⟦p:Jordy⟧ ?
[05/03/2026 08:12] ASVP ⟦off:Haddou⟧ : Nous ne pouvons pas vous communiquer ses informations. Bonne journée Madame.
[12/03/2026 18:30] ⟦t:+33 6 84 21 70 55⟧ : Re bonsoir c'est encore moi, maintenant il se gare sur le trottoir devant chez ⟦p:la mère Villeneuve⟧ au ⟦a:n°24⟧, elle a 90 ans et elle passe plus avec son déambulateur
[12/03/2026 18:34] ASVP ⟦off:Haddou⟧ : Le service est fermé, pour une urgence composez le 17. Nous passerons demain matin.
"""

TXT["n07_antai_designation_conducteur.txt"] = """
AGENCE NATIONALE DE TRAITEMENT AUTOMATISÉ DES INFRACTIONS
AVIS DE CONTRAVENTION — Formulaire de requête en exonération / désignation (Cerfa n° 11-B)

Numéro de l'avis de contravention : ⟦id:9876543210⟧
Date de l'infraction : 18/01/2026 à 17:42 — Lieu : VILLEBRUNE-SUR-ARMANCE, avenue du Général-Leclerc, feu tricolore n° 3
Nature : franchissement d'une intersection au feu rouge (art. R. 412-30 du code de la route) — classe 4 — amende forfaitaire 135 €
Véhicule : ⟦pl:GD-905-AX⟧ — Catégorie VP — Marque TESLA

Titulaire du certificat d'immatriculation : SAS Transports Loing Express représentée par ⟦p:M. Arnaud Delacroix-Bey⟧, gérant

CAS N° 3 — DÉSIGNATION DU CONDUCTEUR
Je soussigné, représentant légal de la personne morale titulaire du certificat d'immatriculation, désigne la personne suivante comme conductrice au moment des faits :
Nom : ⟦p:HOANG⟧    Prénom(s) : ⟦p:Minh Tuấn⟧
Date de naissance : ⟦bd:07/09/1993⟧    Lieu de naissance : ⟦bp:Hà Nội (Vietnam)⟧
Adresse : ⟦a:Résidence Les Glycines, 11 rue Paul-Éluard, bât. 2⟧    Code postal : 45200    Commune : MONTARGIS
N° de permis de conduire : ⟦id:14AB56789⟧    Délivré le : 12/06/2014 par la préfecture du Loiret
Courriel : ⟦e:minhtuan.hoang93@yahoo.fr⟧

Fait à Villebrune-sur-Armance, le 02/02/2026
Signature : (illisible) — ⟦p:A. Delacroix-Bey⟧

Cadre réservé à l'administration — Officier du ministère public : ⟦off:commissaire Anne Le Goff⟧ — dossier transmis le 05/02/2026.
"""

TXT["n08_attestation_temoin_accrochage.txt"] = """
ATTESTATION
(article 202 du code de procédure civile)

Nom : ⟦p:DA COSTA⟧
Prénoms : ⟦p:Maria Fernanda⟧
Date et lieu de naissance : le ⟦bd:dix-sept octobre mil neuf cent soixante-quatre⟧ à ⟦bp:Vila Real (Portugal)⟧
Demeurant : ⟦a:le Moulin de Chaumes⟧, 45290 Villebrune-sur-Armance
Profession : aide-soignante
Lien avec les parties : aucun lien de parenté, d'alliance, de subordination ou de communauté d'intérêts.

Je sais que cette attestation est établie en vue de sa production en justice et qu'une fausse attestation de ma part m'expose à des sanctions pénales.

Le mardi 20 janvier 2026 vers 8 h 15, je sortais de la boulangerie de la place du Martroi. J'ai vu une voiture rouge, une petite Twingo je crois, immatriculée ⟦pl:DS 550 KM⟧ ou quelque chose d'approchant (je l'ai noté sur mon téléphone), reculer sans regarder et heurter la portière du véhicule de livraison de la pharmacie, qui était garé en double file avec les warnings. La conductrice, une dame âgée avec un bonnet vert, est sortie, a regardé, et est repartie. Le livreur, un jeune homme que tout le monde appelle ⟦p:« Tonton »⟧, n'était pas là à ce moment-là.

J'ai donné mes coordonnées au pharmacien, ⟦p:M. Stanislas Wojciechowski⟧, qui m'a demandé cette attestation pour son assurance. On peut me joindre au ⟦t:02 38 94 55 20⟧ le soir.

Fait pour servir et valoir ce que de droit.
À Villebrune, le 22 janvier 2026.
⟦p:Mme M. F. da Costa⟧
(joint : copie de ma carte d'identité n° ⟦id:880645100321⟧)
"""

TXT["n09_registre_objets_trouves_t1.txt"] = """
VILLE DE VILLEBRUNE-SUR-ARMANCE — SERVICE DES OBJETS TROUVÉS (tenu par la police municipale)
Registre — 1er trimestre 2026 — extraction pour la commission de destruction du 15 avril 2026
Les objets non réclamés après un an et un jour sont remis à l'inventeur qui en a fait la demande, ou détruits. Les pièces d'identité sont transmises à la préfecture après trois mois.

N° 2026-001 — 03/01 — Trousseau de 4 clés + badge « Résidence du Parc » — trouvé square Jean-Moulin par ⟦p:M. Hugo Ferrandière⟧ (⟦t:06 29 47 81 03⟧), souhaite récupérer l'objet s'il n'est pas réclamé — non réclamé.
N° 2026-002 — 05/01 — Téléphone Samsung A54, coque rose avec photo d'enfant, trouvé bus ligne 2 — restitué le 06/01 à ⟦p:Mlle Chloé Martineau-Diallo⟧, ⟦ag:17 ans⟧, en présence de sa mère, sur présentation de la facture.
N° 2026-003 — 09/01 — Carte nationale d'identité au nom de ⟦p:Ahmed Larbi BOUKHALFA⟧, né le ⟦bd:02.03.1956⟧ à ⟦bp:Tizi Ouzou (Algérie)⟧, n° ⟦id:940145200817⟧, avec une attestation de droits (NIR ⟦nir:1 56 03 99 352 011 15⟧) — transmise en préfecture le 09/04.
N° 2026-004 — 12/01 — Sac à dos Eastpak noir contenant un ordinateur portable et un cahier au nom de « ⟦p:Théo B., 2nde 4⟧ » — trouvé par l'agent d'entretien du gymnase — restitué le 12/01 à ⟦p:Théo Baranger⟧ (lycéen).
N° 2026-005 — 14/01 — Portefeuille marron : permis de conduire n° ⟦id:870645210054⟧ au nom de ⟦p:Lucien Fréhel⟧, carte Vitale, 35 € — restitué le 15/01 (le propriétaire a laissé un don de 10 € au Secours populaire).
N° 2026-006 — 20/01 — Vélo VTT Rockrider gris, marquage Bicycode ⟦id:451 227 8903 C⟧ — propriétaire identifié via le fichier : ⟦p:Mme Ioana Popescu⟧, ⟦a:27 rue des Écoles⟧ — restitué le 22/01.
N° 2026-007 — 21/01 — Alliance en or gravée « ⟦p:Paulo⟧ & ⟦p:Rosa⟧ ⟦bd:14.06.1986⟧ » — trouvée au cimetière de l'Est — non réclamée.
N° 2026-008 — 28/01 — Passeport ukrainien au nom de ⟦p:ШЕВЧЕНКО Олена⟧ (⟦p:SHEVCHENKO Olena⟧), n° ⟦id:FX418275⟧ — la titulaire, hébergée ⟦a:chez M. et Mme Gaultier, 5 chemin des Aulnes⟧, a été contactée par l'intermédiaire de l'association d'accueil ; restitué le 30/01.
N° 2026-009 — 02/02 — Doudou lapin bleu — trouvé au parc de la Motte — non réclamé.
N° 2026-010 — 04/02 — Lunettes de vue dans étui « Optique Mercier » — non réclamées.
N° 2026-011 — 10/02 — Carte bancaire au nom de ⟦p:M OU MME LEFEUVRE J⟧ — détruite le jour même selon la procédure bancaire (coupée en deux, banque informée).
N° 2026-012 — 11/02 — Clé de voiture Renault avec porte-clés « ⟦p:Mamie Jeannine⟧ » — restituée le 11/02 à ⟦p:Jeannine Aubry⟧, ⟦ag:81 ans⟧, de ⟦a:la Ferme des Quatre-Vents⟧.
N° 2026-013 — 16/02 — Chat trouvé (tatouage oreille ⟦id:2ABC117⟧) — remis à la SPA de Montargis, propriétaire ⟦p:M. Éric Sainte-Marie⟧ prévenu.
N° 2026-014 — 23/02 — Sacoche contenant un carnet de chèques au nom de ⟦p:Élisabeth de Kerguélen de Penanster⟧, ⟦a:manoir de Kerlouan, 29890 Brignogan-Plages⟧, et un RIB : IBAN ⟦iban:FR76 3000 4008 1700 0102 3456 721⟧ — restituée par courrier recommandé le 26/02 à sa fille qui réside ⟦a:18, boulevard Haussmann, 75009 Paris⟧.
N° 2026-015 — 02/03 — Téléphone iPhone 13, écran fissuré, fond d'écran avec le pseudo « ⟦o:ptitkev_du45⟧ » — non réclamé à ce jour.
N° 2026-016 — 06/03 — Titre de séjour au nom de ⟦p:KONATÉ Mamadou⟧, ⟦bd:né en 1988⟧ à ⟦bp:Kayes (Mali)⟧ — restitué le 07/03 au titulaire.
N° 2026-017 — 11/03 — Trottinette électrique Xiaomi, n° de série ⟦id:26148/00416712⟧ (enregistrée au nom de ⟦p:Zhang Wei⟧ / ⟦p:张伟⟧ selon le revendeur) — restituée le 13/03.
N° 2026-018 — 18/03 — Carte de bus nominative « ⟦p:Léa-Rose Bonnard⟧ » — restituée.
N° 2026-019 — 25/03 — Bague fantaisie — non réclamée.
N° 2026-020 — 30/03 — Portefeuille sans papier d'identité, contenant une carte de fidélité Intermarché n° ⟦id:2997 4410 8832 1⟧ et une ordonnance au nom de ⟦p:M. Krzysztof Nowak-Dąbrowski⟧ — le titulaire, joint par la pharmacie, est passé le 31/03.

Registre arrêté le 31 mars 2026 par ⟦off:Mélanie Strub⟧, policière municipale, régisseuse des objets trouvés.
"""

TXT["n10_requisition_videoprotection.txt"] = """
RÉQUISITION JUDICIAIRE — articles 60-1 et 77-1-1 du code de procédure pénale
Commissariat de police de Montargis — Unité de sécurité de proximité
Procédure n° ⟦id:2026/003127⟧ — Faits : vol à la roulotte (victime : ⟦p:Mme Solveig Árnadóttir⟧)

Nous, ⟦off:Loïc Brémond⟧, capitaine de police, officier de police judiciaire en résidence à Montargis,
Vu l'enquête préliminaire diligentée à la suite de la plainte de ⟦p:Mme Solveig ÁRNADÓTTIR⟧, née le ⟦bd:29 juin 1990⟧ à ⟦bp:Reykjavík (Islande)⟧, demeurant ⟦a:3 place Saint-Aignan, 45290 Villebrune-sur-Armance⟧, pour le vol commis dans son véhicule ⟦pl:GF 044 LB⟧ stationné rue Pasteur dans la nuit du 28 février au 1er mars 2026,
Requérons Monsieur le Maire de Villebrune-sur-Armance, autorité responsable du système de vidéoprotection, et tout agent habilité du centre de supervision urbain, de bien vouloir nous remettre une copie des enregistrements des caméras C12, C13 et C14 pour la période du 28/02/2026 22 h 00 au 01/03/2026 06 h 00.
Un suspect a été vu par un témoin, ⟦p:M. Anatole Rivière-Sy⟧ (⟦t:07.69.14.32.80⟧), portant un sweat-shirt « Paris Saint-Germain » et se déplaçant sur un scooter sans plaque.
Fait à Montargis le 2 mars 2026. ⟦off:Capitaine L. Brémond⟧ — 02 38 28 45 00

Exécution : enregistrements extraits le 04/03/2026 par ⟦off:Franck Delorme⟧, opérateur vidéoprotection, sur clé USB scellée n° 2026-VP-09, remise contre émargement.
"""

TXT["n11_permis_detention_chien_cat2.txt"] = """
MAIRIE DE VILLEBRUNE-SUR-ARMANCE — PERMIS DE DÉTENTION D'UN CHIEN DE 2e CATÉGORIE
(article L. 211-14 du code rural et de la pêche maritime) — Permis n° 2026-03

Le maire de Villebrune-sur-Armance délivre le présent permis à :
Nom, prénom : ⟦p:SANTOS-BERNARDINO, Kelly⟧
Né(e) le : ⟦bd:08/08/2001⟧ à ⟦bp:Saint-Denis (La Réunion)⟧
Adresse : ⟦a:Hameau de la Tuilerie, 2 ch. rural n° 14⟧ — 45290 Villebrune-sur-Armance
Téléphone : ⟦t:0692 41 27 88⟧ / ⟦t:06.48.31.09.72⟧

Pour le chien :
Nom : « Tyson » — Race : American Staffordshire Terrier (LOF) — Sexe : mâle — Né le 12/05/2024
Identification : transpondeur n° ⟦id:250 26 9 60 0728 413⟧ — tatouage : néant
Assurance responsabilité civile : Mutuelle du Gâtinais, contrat n° ⟦id:MG-RC-2025-884712⟧
Vaccination antirabique : 14/01/2026 (Dr vétérinaire, clinique des Tanneurs)
Évaluation comportementale : niveau 1, réalisée le 20/01/2026 par un vétérinaire inscrit sur la liste départementale
Attestation d'aptitude : délivrée le 06/12/2025 à la détentrice (formatrice agréée)

Fait à Villebrune-sur-Armance, le 2 février 2026. Pour le maire, l'adjoint délégué à la sécurité, ⟦off:Patrick Lanoë⟧
Copie : police municipale (registre des chiens catégorisés), fichier I-CAD.
"""

TXT["n12_journal_asvp_fevrier.txt"] = """
JOURNAL DE BORD ASVP — secteur centre-ville / gare — février 2026
Agents : ⟦off:Kévin Lemaire⟧ (ASVP 01) et ⟦off:Samia Haddou⟧ (ASVP 02) — terminal PVe n° 45290-T3

Lun 02/02 — 08:30-12:00 — ⟦off:K.L.⟧ — Tournée zone rouge. 14 FPS. Véhicule ⟦pl:ej-229-mm⟧ : la conductrice revient pendant la verbalisation, s'énerve, se présente comme « la femme du premier adjoint ». Vérification faite, il s'agit de ⟦p:Mme Cindy Varenne⟧, sans lien avec la municipalité. FPS maintenu.
Lun 02/02 — 14:00-17:30 — ⟦off:S.H.⟧ — Marché aux puces annulé (pluie). Contrôle arrêtés de voirie : benne de chantier au 19 rue Gambetta, permis de stationnement au nom de l'entreprise Bâti-Loing en règle.
Mar 03/02 — 09:00 — ⟦off:K.L.⟧ — Appel d'un riverain du ⟦a:chemin de la Garenne (maison sans numéro après le lavoir)⟧, ⟦p:M. Gontran DUPLESSIS-MORNAY⟧, ⟦t:02 38 94 02 11⟧ : remorque abandonnée sur l'accotement. Plaque remorque ⟦pl:AA 1234 45⟧ (ancienne série, format non conforme). Photo + fiche abandon.
Mar 03/02 — 11:10 — ⟦off:S.H.⟧ — Rue de la République, livraison en double file : chauffeur ⟦p:Raphaël Tchoumi⟧, auto-entrepreneur (SIRET ⟦siret:812 345 676 00017⟧ sur la portière), conseillé d'utiliser l'aire de livraison. Pas de verbalisation.
Mer 04/02 — 08:15 — ⟦off:K.L.⟧ — Sortie école maternelle Les Lilas : parent récalcitrant, ⟦p:M. Ivanov⟧ (⟦p:Иванов Сергей Петрович⟧ sur son permis russe), refuse de déplacer son véhicule ⟦pl:FZ-002-RT⟧. PV pour arrêt sur trottoir (NATINF 6369). Le directeur de l'école a été témoin.
Mer 04/02 — 16:40 — ⟦off:S.H.⟧ — Contrôle disque bleu avenue de la Gare : 6 avis. Parmi eux, véhicule de ⟦p:Dr Ophélie Marchetti-Santoni⟧, médecin de garde, caducée visible — avis annulé sur instruction du chef de service.
Jeu 05/02 — 10:00 — ⟦off:K.L.⟧ et ⟦off:S.H.⟧ — Formation « PVe nouvelle version » au poste, animée par ⟦off:J.-L. Oyono⟧.
Ven 06/02 — 08:00 — ⟦off:S.H.⟧ — Véhicule ventouse rue des Tanneurs, Citroën C3 ⟦pl:BN 642 TW⟧, pneus à plat, toiles d'araignée ; pas de propriétaire identifiable au SIV (véhicule déclaré détruit en 2022 par ⟦p:la succession de M. Raymond PIGEAT⟧). Transmis au chef de service pour mise en fourrière.
Ven 06/02 — 14:30 — ⟦off:K.L.⟧ — Café « Le Central » : la gérante ⟦p:Mme Ayşe Karaca⟧ signale qu'un client, ⟦p:« Mimile »⟧, ⟦ag:la soixantaine⟧, habitué du comptoir, se gare tous les jours sur la place PMR. Renseignements : il s'agit de ⟦p:M. Émile Gaudefroy⟧, titulaire d'une carte mobilité inclusion, donc en règle.
Lun 09/02 — 09:20 — ⟦off:S.H.⟧ — Plainte orale de ⟦p:Mme Berthe Ouédraogo⟧ (⟦a:Résidence Bellevue, bât. F⟧) : voiture « toujours garée devant les boîtes aux lettres », ⟦pl:GG 318 KC⟧. Passage effectué : véhicule absent.
Mar 10/02 — 07:45 — ⟦off:K.L.⟧ — Marché : stationnement interdit place du Martroi à partir de 6 h. Enlèvement demandé pour 2 véhicules : ⟦pl:FA-910-DD⟧ et un camping-car néerlandais ⟦pl:V-482-BG⟧ (propriétaire, ⟦p:M. Joost van der Meulen⟧, revenu à 8 h 20 pendant le levage ; véhicule laissé sur place contre paiement des frais d'opérations préalables).
Mer 11/02 — 15:00 — ⟦off:S.H.⟧ — Relevé des véhicules signalés « ventouses » par le conseil de quartier (voir note n29).
Jeu 12/02 — 08:10 — ⟦off:K.L.⟧ — Le fils de la requérante du 03/02 (⟦p:Arthur Duplessis-Mornay⟧, ⟦e:arthur.dplm@proton.me⟧) relance par courriel au sujet de la remorque. Réponse : procédure en cours.
Ven 13/02 — 11:45 — ⟦off:S.H.⟧ — Accident matériel sans blessé carrefour Pasteur/Leclerc entre ⟦pl:GK-701-SN⟧ et ⟦pl:DV 377 FH⟧. Constat amiable rempli par les conducteurs, ⟦p:Mme Pauline Chevrier⟧ et ⟦p:M. Oumar Sow⟧ ; circulation régulée 20 minutes.
Lun 16/02 — 08:30 — ⟦off:K.L.⟧ — Vacances scolaires, tournée allégée. 5 FPS.
Mar 17/02 — 10:00 — ⟦off:S.H.⟧ — Passage chez ⟦p:M. Duplessis-Mornay⟧ : la remorque appartient à son voisin ⟦p:M. Fabrice Coudray⟧, qui l'enlève le jour même.
Jeu 19/02 — 14:15 — ⟦off:K.L.⟧ — Food-truck « Chez Zoé » place de la Gare sans autorisation du jour. Exploitante : ⟦p:Zoé Lambert-Akinola⟧, SIRET ⟦siret:790456123 00013⟧. Régularisation auprès du service du domaine public.
Ven 27/02 — 17:00 — ⟦off:S.H.⟧ — Bilan du mois : 212 FPS, 31 avis de contravention, 3 demandes d'enlèvement.

Journal visé par le chef de service ⟦off:S. Hervouët⟧ le 02/03/2026.
"""

TXT["n13_citation_tribunal_police.txt"] = """
TRIBUNAL JUDICIAIRE DE MONTARGIS — TRIBUNAL DE POLICE
CITATION À COMPARAÎTRE (articles 550 et suivants du code de procédure pénale)

L'an deux mille vingt-six et le vingt-trois mars,
À la requête de Monsieur l'Officier du ministère public près le tribunal de police de Montargis, ⟦off:commissaire Anne Le Goff⟧,
Je, ⟦off:Maître Julien Ferrand⟧, commissaire de justice associé, SELARL Ferrand & Associés, 12 rue du Loing, 45200 Montargis, soussigné,
Ai donné citation à :
⟦p:Monsieur Dragoș-Constantin VLĂDESCU⟧, né le ⟦bd:11/04/1985⟧ à ⟦bp:Constanța (Roumanie)⟧, de nationalité roumaine, chauffeur-livreur, demeurant ⟦a:12 rue de la Fontaine, lieu-dit Les Choiseaux⟧, 45290 Villebrune-sur-Armance,
où étant et parlant à : sa compagne, ⟦p:Mme Alina Mureșan⟧, qui a accepté de recevoir l'acte,
D'avoir à comparaître en personne le mardi 12 mai 2026 à 14 heures, à l'audience du tribunal de police de Montargis, palais de justice, 2 place du Pâtis,
Pour y répondre des faits suivants : d'avoir à Villebrune-sur-Armance, le 3 novembre 2025, conduit le véhicule ⟦pl:GC-288-LN⟧ en faisant usage d'un téléphone tenu en main, et d'avoir, au même lieu et à la même date, refusé de présenter son permis de conduire (n° ⟦id:11RO27504⟧, titre roumain échangé) aux agents de police municipale ⟦off:Belkacem⟧ et ⟦off:Vignal⟧ qui l'interpellaient,
Faits prévus et réprimés par les articles R. 412-6-1 et R. 233-1 du code de la route.
Avis de contravention initial n° ⟦id:4512 0034 7781⟧ — requête en exonération rejetée le 15/01/2026.
Le cité est informé qu'il peut se faire assister d'un avocat et qu'il peut solliciter l'aide juridictionnelle.
Coût de l'acte : 28,62 € — Acte remis par ⟦off:Maître Julien Ferrand⟧.
Greffe : ⟦off:Mme Fabienne Roux⟧, greffière — audience présidée par ⟦off:M. Hugues Dalmasso⟧, juge.
"""

TXT["n14_lettre_assureur_vehicule_fourriere.txt"] = """
MUTUELLE DU GÂTINAIS ASSURANCES — Service Sinistres Automobile
45 boulevard Lamartine — 45000 Orléans — 09 70 80 90 10 (appel non surtaxé)

⟦p:Madame Yvonne KAYEMBE-MPIANA⟧
⟦a:Appartement 5, 3 rue du Docteur-Roux⟧
45290 VILLEBRUNE-SUR-ARMANCE

Orléans, le 12 mars 2026
Vos références : contrat n° ⟦id:AUTO-4471-0028-93⟧ — sinistre n° ⟦id:SIN 26 014 552⟧
Nos références : ⟦p:C. Delaunay⟧ / GT

Objet : votre véhicule ⟦pl:FM 271 SV⟧ — frais de fourrière et dommages constatés à la restitution

Madame,

Vous nous avez déclaré le 4 mars 2026 que votre véhicule, enlevé le 26 février par la fourrière intercommunale de Villebrune-sur-Armance à la demande de la police municipale, vous a été restitué le 2 mars avec un pare-chocs arrière enfoncé, dommage qui n'était pas mentionné sur la fiche descriptive établie lors de l'enlèvement (inventaire n° ⟦id:F26-0131⟧).

Nous avons mandaté le cabinet d'expertise Auto-Expert Loiret : l'expert, ⟦p:M. Grégory Lhuillier⟧, a examiné le véhicule le 9 mars. Il estime le coût de la réparation à 842,60 € TTC et relève des traces compatibles avec un levage par sangles.

Les frais de fourrière (enlèvement et garde, 168,40 €) restent à votre charge : ils ne sont pas garantis par votre contrat, la mise en fourrière résultant d'un stationnement irrégulier. En revanche, nous exerçons un recours contre la société gardienne de la fourrière et son assureur.

Nous vous réglerons l'indemnité, déduction faite de la franchise de 150 €, par virement sur votre compte IBAN ⟦iban:FR41 2004 1010 0505 1234 5T02 733⟧ dès réception de la facture du garage.

Pour toute question, votre gestionnaire ⟦p:Clément Delaunay⟧ est joignable en ligne directe au ⟦t:02 38 77 41 09⟧ ou par courriel : ⟦e:clement.delaunay@mutuelle-gatinais.fr⟧.

Veuillez agréer, Madame, nos salutations distinguées.
Le service Sinistres Automobile
"""

TXT["n15_pv_conseil_municipal_extrait.txt"] = """
VILLE DE VILLEBRUNE-SUR-ARMANCE
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU JEUDI 29 JANVIER 2026
(publié sur le site internet de la commune conformément à l'article L. 2121-15 du CGCT)

Présidence : ⟦off:Mme Catherine Marchal-Duverger⟧, maire.
Présents : ⟦off:M. Patrick Lanoë⟧, ⟦off:Mme Fatoumata Camara⟧, ⟦off:M. Jean-Baptiste Lorieux⟧, ⟦off:Mme Sophie Hennequin⟧, ⟦off:M. Alain Pottier⟧ (…), 27 conseillers présents, 4 pouvoirs.
Secrétaire de séance : ⟦off:Mme Sophie Hennequin⟧.
Assistait également : ⟦off:Mme Véronique Pinel⟧, directrice générale des services.

Délibération n° 2026-004 — Tarifs de la fourrière et convention avec la Communauté d'agglomération Armance-et-Loing
Rapporteur : ⟦off:M. Patrick Lanoë⟧, adjoint délégué à la sécurité et à la tranquillité publique.
M. Lanoë rappelle que la fourrière est gérée par l'agglomération depuis 2021 et que ses tarifs suivent l'arrêté interministériel. Il présente le bilan 2025 : 612 véhicules enlevés, dont 71 détruits, et un délai moyen de restitution de 2,4 jours. La convention prévoit que la commune rembourse à l'agglomération les frais des véhicules dont le propriétaire reste inconnu.
⟦off:M. Alain Pottier⟧ (groupe « Villebrune Autrement ») regrette que les habitants du quartier des Hauts de Loing soient les plus touchés et cite le cas d'une habitante, ⟦p:Mme Lucienne Carpentier⟧, ⟦ag:83 ans⟧, dont la voiture a été enlevée le jour de l'enterrement de son mari. Madame le Maire répond qu'elle a reçu personnellement Mme Carpentier et que les frais lui ont été remboursés à titre gracieux.
Adopté par 27 voix pour et 4 abstentions.

Délibération n° 2026-005 — Extension du dispositif de vidéoprotection (tranche 4)
Rapporteur : ⟦off:M. Patrick Lanoë⟧.
Le projet porte sur 9 caméras supplémentaires (quai de l'Armance, parc de la Motte, gare routière), pour un coût de 186 000 € HT subventionné à 40 % par le FIPD. ⟦off:Mme Fatoumata Camara⟧ demande des garanties sur le masquage des zones privatives. Il est répondu que le référent sûreté de la gendarmerie a validé les plans et que les images sont conservées 15 jours.
Intervention du public (la séance est suspendue à 20 h 12 pour permettre l'expression du public) : ⟦p:M. Fernand Achour-Leblanc⟧, président de l'association de quartier « Les Amis du Martroi », domicilié ⟦a:9 place du Martroi⟧, demande qu'une caméra soit installée devant l'école Jules-Ferry. ⟦p:Mme Ingrid Sørensen⟧, riveraine du ⟦a:quai de l'Armance (péniche « Le Héron »)⟧, s'y oppose : « Je vis sur ce bateau, je ne veux pas être filmée chez moi. » ⟦p:M. Tran Van Duc⟧ soutient le projet. Reprise de la séance à 20 h 31.
Adopté par 29 voix pour et 2 contre.

Délibération n° 2026-006 — Protocole de participation citoyenne
Rapporteur : Mme la Maire.
Le protocole, signé avec le préfet et le commandant de la compagnie de gendarmerie, désigne des habitants référents par quartier. Les référents proposés sont : pour le quartier de la Gare, ⟦p:M. Roger Vandamme⟧ ; pour les Hauts de Loing, ⟦p:Mme Khadija El Mansouri⟧ ; pour le Clos Fleuri, ⟦p:M. Jean-Michel Le Bihan dit « Jimmy »⟧ ; pour les hameaux (Les Choiseaux, La Tuilerie, Les Bruyères), ⟦p:Mme Marthe Goussard⟧, agricultrice à ⟦a:la ferme de la Brosse⟧.
M. Pottier fait observer qu'un référent « ne doit pas devenir un indicateur ». Il lui est répondu que le protocole l'exclut expressément.
Adopté à l'unanimité.

Délibération n° 2026-007 — Remise gracieuse de dette
Rapporteur : ⟦off:M. Jean-Baptiste Lorieux⟧, adjoint aux finances.
Le conseil est saisi d'une demande de remise gracieuse d'une dette de 412 € (frais de capture et de garde en fourrière animale) présentée par ⟦p:M. Giovanni Bellomo⟧, dont le chien avait été recueilli en juillet 2025. Compte tenu de sa situation, justifiée par les services sociaux, le conseil accorde une remise totale.
Adopté à l'unanimité.

Questions diverses : ⟦off:M. Pottier⟧ interroge la maire sur la rumeur d'un policier municipal mis en cause dans une affaire de consultation du fichier des immatriculations. La maire répond qu'aucun agent n'a fait l'objet de poursuites et qu'elle ne commentera pas une rumeur.

La séance est levée à 21 h 47.
La maire, ⟦off:Catherine Marchal-Duverger⟧          La secrétaire de séance, ⟦off:Sophie Hennequin⟧
"""

TXT["n16_fiche_vehicule_epave.txt"] = """
FICHE DE CONSTAT — VÉHICULE ÉPAVE OU ABANDONNÉ SUR LA VOIE PUBLIQUE
Commune : Villebrune-sur-Armance — Fiche n° VA-2026-017 — Agent : ⟦off:Samia Haddou⟧, ASVP

Lieu : chemin rural dit « des Vignes Basses », 300 m après le pont SNCF (aucun riverain)
Date du premier constat : 16/01/2026 — Marquage à la craie du pneu AVG : oui
Marque / modèle : Renault Laguna II break — couleur : vert foncé
Plaques : absentes à l'avant ; à l'arrière plaque partielle « ⟦pl:..-347-P.⟧ »
N° VIN relevé sur le montant de pare-brise : ⟦id:VF1KG1G0H33702981⟧
Recherche SIV (par VIN) : immatriculation ⟦pl:AQ-347-PV⟧, titulaire ⟦p:M. Patrice-Henri LOISEAU⟧, dernière adresse connue ⟦a:Les Rabinières, 41120 Cormeray⟧ ; véhicule non déclaré volé.
Éléments à l'intérieur : pneus, sacs de vêtements, courrier de la CAF au nom de ⟦p:Mme Stéphanie Loiseau⟧, allocataire n° ⟦id:4507821⟧.
Avis de mise en demeure apposé le 16/01/2026. Propriétaire non joignable (numéro ⟦t:02-54-44-18-07⟧ non attribué).
Décision : mise en fourrière prescrite le 26/01/2026 par ⟦off:S. Hervouët⟧, OPJA ; classement en vue de destruction (valeur estimée inférieure au seuil).
"""

TXT["n17_lettre_plainte_voisin_garage.txt"] = """
⟦p:Roland et Simone PERRICHON⟧
⟦a:La Petite Charmoie⟧
⟦a:route de Montbouy⟧
45290 Villebrune

Villebrune, le 9 fevrier 2026

A Monsieur le chef de la police municipale
Mairie

Monsieur,

Je me permets de vous écrire encore une fois au sujet de notre voisin ⟦p:m. bertrand goujon⟧ qui habite ⟦a:la maison en face de chez nous de l'autre côté du fossé⟧. Il répare des voitures dans sa cour sans être garagiste (il dit qu'il est auto-entrepreneur, son numéro est ⟦siret:88213457000010⟧, il nous l'a montré sur un papier) et il y a maintenant sept carcasses, dont une camionnette avec des plaques anglaises ⟦pl:KX 63 HFD⟧ et une voiture avec des plaques toutes jaunes ⟦pl:XT-871-H⟧.

Le soir il y a du bruit de meuleuse jusqu'à 22 h. Mon mari qui a ⟦ag:quatre-vingt-deux ans⟧ et qui est cardiaque ne dort plus. Le fils ⟦p:Goujon⟧, ⟦p:Kevin⟧, roule à fond sur le chemin avec une moto sans plaque.

Nous avons déjà fait appel à vos collègues en novembre (⟦off:monsieur Vignal⟧ était venu, il a été très bien) mais rien n'a changé.

Notre fille ⟦p:Nathalie⟧ qui habite ⟦a:Nogent-sur-Vernisson, 14 rue de la Gare⟧ peut vous expliquer mieux que nous, son numéro est le ⟦t:06 89 14 72 30⟧.

Je vous prie de croire, Monsieur, à nos sentiments respectueux.
⟦p:S. Perrichon⟧
"""

TXT["n18_courriel_restitution_vehicule_allemand.txt"] = """
From: ⟦p:Hannelore Weißenbach-Krüger⟧ <⟦e:h.weissenbach-krueger@web.de⟧>
To: fourriere@agglo-armance-loing.fr
Date: Sat, 21 Feb 2026 22:14:06 +0100
Subject: Mein Auto / ma voiture M-HK 2209 — fourrière ?

Guten Tag / bonjour,

je m'excuse pour mon français. My car, a blue VW Passat with German plate ⟦pl:M-HK 2209⟧, was parked on Friday near the train station of Villebrune and today it is gone. A neighbour said the police took it. My husband ⟦p:Klaus⟧ and I are on holiday at ⟦a:Gîte « Le Clos des Noyers », 6 impasse des Noyers⟧ until Wednesday.

Can you tell me where I can pick it up, what papers I need, and how much it costs? I have the Fahrzeugschein (Zulassungsbescheinigung Teil I, Nr. ⟦id:AB1234567⟧) and my passport (⟦id:C4J7TR2K9⟧).

Telefon: ⟦t:+49 151 2873 4406⟧ (WhatsApp). If there is a deposit to refund: IBAN ⟦iban:DE89 3704 0044 0532 0130 00⟧.

Mit freundlichen Grüßen
⟦p:Hannelore Weißenbach-Krüger⟧
⟦a:Leopoldstraße 121, 80804 München⟧

-----
De : Fourrière intercommunale Armance-et-Loing
À : ⟦p:Hannelore Weißenbach-Krüger⟧
Date : lun. 23 févr. 2026 08:47

Dear Mrs Weißenbach-Krüger,

Your vehicle ⟦pl:M-HK 2209⟧ was impounded on 20/02/2026 at 17:10 (parked on a taxi rank, avenue de la Gare). Inventory number ⟦id:F26-0119⟧. You must first obtain a release form (« autorisation de sortie ») from the municipal police, 6 place de l'Hôtel-de-Ville (open 8:30-12:00 and 14:00-18:00), with your passport, the registration certificate and your insurance certificate. Then come to the pound, ZA des Varennes, open Monday to Saturday 8:00-19:00. Current fees: 150.00 € removal + 6.72 € per day of storage.

Best regards,
⟦off:Didier Carrasco⟧ — fourrière intercommunale — 02 38 94 60 10
"""

TXT["n19_arrete_circulation_brocante.txt"] = """
ARRÊTÉ MUNICIPAL N° 2026-ST-031 PORTANT RÉGLEMENTATION TEMPORAIRE DE LA CIRCULATION ET DU STATIONNEMENT
Brocante des Quais — dimanche 8 mars 2026

Le maire de Villebrune-sur-Armance,
Vu le code général des collectivités territoriales, notamment ses articles L. 2212-2 et L. 2213-1 ;
Vu le code de la route, notamment ses articles R. 411-8, R. 417-10 et R. 325-12 ;
Vu la demande présentée le 12 janvier 2026 par l'association « Comité des fêtes de Villebrune », représentée par son président ⟦p:M. Gilles Hardouin⟧ ;
Considérant qu'il convient d'assurer la sécurité des exposants et du public ;

ARRÊTE
Article 1 — Le dimanche 8 mars 2026, de 5 h à 20 h, la circulation et le stationnement sont interdits quai de l'Armance (entre le pont Neuf et la rue des Tanneurs), rue des Tanneurs et place Saint-Aignan.
Article 2 — Les véhicules en infraction seront mis en fourrière aux frais de leur propriétaire.
Article 3 — Une déviation est mise en place par la rue Pasteur et l'avenue du Général-Leclerc.
Article 4 — La directrice générale des services, le chef de service de police municipale et le commandant de la brigade de gendarmerie sont chargés de l'exécution du présent arrêté.

Fait à Villebrune-sur-Armance, le 2 février 2026.
La maire, ⟦off:Catherine Marchal-Duverger⟧
Ampliation : ⟦off:M. Sébastien Hervouët⟧, police municipale ; SARL Dépannage Armance ; Transports Rémi (ligne 2).
Affiché le 3 février 2026.
"""

TXT["n20_constat_chien_mordeur.txt"] = """
POLICE MUNICIPALE — CONSTAT DE MORSURE ET MISE SOUS SURVEILLANCE VÉTÉRINAIRE (art. L. 223-10 CRPM)
Rédacteur : ⟦off:brigadier-chef Jean-Luc Oyono⟧ — le 24/02/2026

Victime : ⟦p:Lilou ABDELKADER⟧, ⟦ag:9 ans⟧, domiciliée chez ses parents ⟦a:8 allée des Roitelets⟧, représentée par sa mère ⟦p:Mme Sarah Abdelkader née Fontaine⟧, ⟦t:07 81 55 02 19⟧. Morsure superficielle à l'avant-bras gauche, soins aux urgences de l'hôpital d'Amilly (dossier patient ⟦id:AMY-2026-0044791⟧).
Chien : croisé berger, femelle, nommée « Nala », identifiée par puce électronique ⟦id:250268500771294⟧ et tatouage ⟦id:KFV 482⟧.
Détenteur : ⟦p:M. Killian PRÉVOST-LANGLOIS⟧, ⟦bd:né le 1er janvier 2000⟧, ⟦a:lieu-dit Les Bruyères, maison 3⟧, ⟦t:+33 (0)6 50 44 27 91⟧.
Propriétaire déclaré au fichier I-CAD : ⟦p:Mme Nadège Prévost⟧, sa mère, ⟦a:17 avenue de Verdun, 45700 Villemandeur⟧.
Mesures : trois visites vétérinaires (J0, J+7, J+15) ordonnées ; le détenteur s'engage à les faire réaliser et à en transmettre les certificats. Rappel de l'obligation de tenue en laisse sur la voie publique.
Signatures : ⟦off:J.-L. Oyono⟧ — ⟦p:K. Prévost-Langlois⟧
"""

TXT["n21_export_pve_csv.txt"] = """
# Export PVe — terminal 45290-T1 — agent ⟦off:VIGNAL Thomas⟧ (matricule 2214) — période 01/03/2026-07/03/2026
# Format CSV, séparateur point-virgule, encodage UTF-8 ; export transmis à l'OMP pour les avis contestés
num_avis;date;heure;lieu;natinf;libelle;immat;pays;nom_titulaire;prenom_titulaire;adresse_titulaire;date_naiss;permis;observation
⟦id:45290-0301-000117⟧;01/03/2026;09:14;RUE GAMBETTA;6369;ARRET SUR TROTTOIR;⟦pl:FP104RS⟧;FRA;⟦p:GUILLOU⟧;⟦p:Maël⟧;⟦a:5 RUE DE LA POSTE 45290 VILLEBRUNE⟧;⟦bd:19900412⟧;;conducteur absent
⟦id:45290-0301-000118⟧;01/03/2026;09:31;PLACE DU MARTROI;6371;STAT GENANT LIVRAISON;⟦pl:GJ 990 BK⟧;FRA;⟦p:SARR⟧;⟦p:Ousmane⟧;⟦a:37 CITE DES CHEMINOTS⟧;⟦bd:19851127⟧;⟦id:851145300212⟧;conducteur présent, refus de signer
⟦id:45290-0302-000119⟧;02/03/2026;17:52;AV GENERAL LECLERC;2217;USAGE TEL TENU EN MAIN;⟦pl:EZ-815-QN⟧;FRA;⟦p:DE OLIVEIRA FERREIRA⟧;⟦p:Ana Beatriz⟧;⟦a:IMP. DES ROSIERS 45290 VILLEBRUNE⟧;⟦bd:20020205⟧;⟦id:21AA40177⟧;interpellée ; déclare « j'étais à l'arrêt au feu »
⟦id:45290-0303-000120⟧;03/03/2026;08:05;ECOLE JULES FERRY;6369;ARRET SUR PASSAGE PIETONS;⟦pl:CX771BN⟧;FRA;⟦p:LE MOAL⟧;⟦p:Gwénaëlle⟧;⟦a:8 BIS RUE DU 19 MARS 1962⟧;⟦bd:19870630⟧;;
⟦id:45290-0303-000121⟧;03/03/2026;08:09;ECOLE JULES FERRY;6369;ARRET SUR PASSAGE PIETONS;⟦pl:4271XJ45⟧;FRA;⟦p:PELLETIER⟧;⟦p:Jacky⟧;⟦a:LES GRANDS PRES 45290 VILLEBRUNE⟧;⟦bd:19610814⟧;;récidive (cf. MC 2026/0415)
⟦id:45290-0304-000122⟧;04/03/2026;11:40;RUE PASTEUR;7046;DEFAUT ASSURANCE;⟦pl:BC-271-DF⟧;FRA;inconnu;;;;;fausses plaques (plaques doublées) — transmis police nationale
⟦id:45290-0305-000123⟧;05/03/2026;14:22;QUAI DE L ARMANCE;6371;STAT GENANT;⟦pl:PO 7X821⟧;POL;⟦p:WIŚNIEWSKA⟧;⟦p:Agnieszka⟧;⟦a:UL. PIOTRKOWSKA 45 M. 8, 90-410 ŁÓDŹ⟧;;;véhicule étranger — avis remis en main propre
⟦id:45290-0305-000124⟧;05/03/2026;18:03;RUE DES TANNEURS;2217;USAGE TEL TENU EN MAIN;⟦pl:GL-522-TF⟧;FRA;⟦p:BOUCHAREB⟧;⟦p:Mohamed-Amine⟧;⟦a:RES LES HAUTS DE LOING BAT C APT 41⟧;⟦bd:19990909⟧;⟦id:17AC58230⟧;
⟦id:45290-0306-000125⟧;06/03/2026;07:58;AV DE LA GARE;6370;STAT SUR EMPLACEMENT TAXI;⟦pl:GH 448 ZT⟧;FRA;⟦p:CHEVALIER⟧;⟦p:Marc-Antoine⟧;⟦a:2 RUE D ALSACE LORRAINE APPT 6⟧;⟦bd:19750321⟧;;le véhicule appartient au seul taxi de la commune (⟦o:Taxi Marco, le seul taxi de Villebrune⟧) — avis annulé, erreur d'emplacement
⟦id:45290-0307-000126⟧;07/03/2026;10:30;PLACE SAINT AIGNAN;6371;STAT GENANT MARCHE;⟦pl:TI 284 AX⟧;ITA;⟦p:RUSSO⟧;⟦p:Carmela⟧;⟦a:VIA ROMA 14, 10121 TORINO⟧;;;
⟦id:45290-0307-000127⟧;07/03/2026;10:34;PLACE SAINT AIGNAN;6371;STAT GENANT MARCHE;⟦pl:1 ABC 234⟧;BEL;⟦p:DUBOIS-VANDERSTRAETEN⟧;⟦p:Marie-Cécile⟧;⟦a:RUE DE LA STATION 7, 1410 WATERLOO⟧;⟦bd:19640212⟧;;
⟦id:45290-0307-000128⟧;07/03/2026;16:12;RUE DE LA REPUBLIQUE;6369;ARRET SUR PISTE CYCLABLE;⟦pl:HB-903-AA⟧;FRA;⟦p:NGUYEN VAN⟧;⟦p:Thanh-Tâm⟧;⟦a:LA GRANDE BORNE 45290 VILLEBRUNE⟧;⟦bd:19940101⟧;;conducteur revenu, avis remis en main propre, contestation annoncée
⟦id:45290-0307-000129⟧;07/03/2026;16:40;AV DE VERDUN;2217;USAGE TEL TENU EN MAIN;⟦pl:SB 7Z 411⟧;GBR;⟦p:PATEL⟧;⟦p:Rajesh Kumar⟧;⟦a:14 GREEN LANE, LEICESTER LE5 3AP⟧;⟦bd:19800315⟧;⟦id:PATEL803150RK9AB⟧;permis britannique, consignation perçue 135 EUR
# 13 enregistrements — total amendes forfaitaires : 1 205 EUR
# Certifié conforme par l'agent verbalisateur ⟦off:T. Vignal⟧ et visé par ⟦off:S. Hervouët⟧
# Observations de l'OMP (⟦off:A. Le Goff⟧) : l'avis 45290-0304-000122 est classé ; transmettre les pièces relatives à l'avis 45290-0302-000119 contesté par ⟦p:Mme De Oliveira Ferreira⟧ (courrier du 09/03, avec l'attestation de son passager ⟦p:M. Rui Pinto⟧, ⟦t:+351 912 334 077⟧).
"""

TXT["n22_courriel_interne_transmission_parquet.txt"] = """
De : ⟦off:Sébastien Hervouët⟧ <s.hervouet@villebrune-sur-armance.fr>
À : ⟦off:Olivier Tessandier⟧, substitut du procureur <olivier.tessandier@justice.fr>
Cc : ⟦off:Patrick Lanoë⟧
Date : 17/03/2026 16:02
Objet : Rapport RI-2026-0101 — conduite sans permis, ⟦p:DELAGE Enzo⟧

Monsieur le Substitut,

Vous trouverez ci-joint le rapport de l'interpellation du 16/03 à 21 h 40, avenue de Verdun : le conducteur du véhicule ⟦pl:ED-062-BL⟧, ⟦p:Enzo DELAGE⟧, ⟦ag:19 ans⟧, ⟦a:4 rue Maurice-Ravel⟧, a reconnu conduire sans avoir jamais été titulaire du permis. Le véhicule appartient à sa grand-mère, ⟦p:Mme Lucette Delage⟧, qui ignorait l'usage qui en était fait. Il a été remis à un conducteur désigné par elle, ⟦p:M. Stéphane Delage-Renaud⟧ (⟦t:06 03 71 49 22⟧).

Conformément à vos instructions téléphoniques de 22 h 15, le mis en cause a été convoqué au commissariat le 18/03 à 10 h (OPJ : ⟦off:capitaine Brémond⟧).

Bien cordialement,
⟦off:S. Hervouët⟧
Chef de service de police municipale — ligne directe 02 38 94 12 10
"""

TXT["n23_formulaire_remboursement_frais_fourriere.txt"] = """
COMMUNAUTÉ D'AGGLOMÉRATION ARMANCE-ET-LOING — DEMANDE DE REMBOURSEMENT DES FRAIS DE FOURRIÈRE
(en cas de mainlevée ou d'annulation de la mise en fourrière)

Demandeur
Civilité : Mme
Nom de naissance : ⟦p:ÇELİK⟧
Nom d'usage : ⟦p:ARNOULT⟧
Prénom(s) : ⟦p:Zeynep Elif⟧
Date de naissance : ⟦bd:30.12.1983⟧
Adresse : ⟦a:Chez M. Arnoult, 2 allée du Grand-Cerf, BP 14⟧
Code postal / Ville : 45290 VILLEBRUNE-SUR-ARMANCE
Tél. : ⟦t:(+33) 6 58 77 30 12⟧
Courriel : ⟦e:zeynep.arnoult·at·sfr·fr⟧
N° de sécurité sociale (pour les demandes liées à une hospitalisation) : ⟦nir:2 83 12 99 212 034 53⟧

Véhicule
Immatriculation : ⟦pl:GN_574_AE⟧ (saisie telle quelle par le demandeur)
N° d'inventaire fourrière : ⟦id:F26-0142⟧
Date d'enlèvement : 04/03/2026

Motif de la demande : mon véhicule a été enlevé alors que j'étais hospitalisée en urgence ; l'arrêté interdisant le stationnement n'a été affiché que la veille.

Montant réglé : 173,92 € — reçu n° ⟦id:R-2026-00812⟧
Coordonnées bancaires : Titulaire ⟦p:Zeynep ARNOULT⟧ — Banque 30003 — Guichet 02354 — Compte ⟦rib:00050418823⟧ — Clé ⟦rib:40⟧
(IBAN correspondant : ⟦iban:FR76 3000 3023 5400 0504 1882 340⟧)

Fait le 10/03/2026 — Signature : ⟦p:Z. Arnoult⟧
Avis du service : favorable (erreur de l'affichage) — ⟦off:D. Carrasco⟧
"""

TXT["n24_avis_retention_permis.txt"] = """
AVIS DE RÉTENTION DU PERMIS DE CONDUIRE (articles L. 224-1 et suivants du code de la route)
Unité : police municipale de Villebrune-sur-Armance, sous le contrôle de l'OPJ territorialement compétent (⟦off:capitaine Loïc Brémond⟧)

Le 21/02/2026 à 02 h 50, RD 2060 à hauteur du lieu-dit La Croix-Blanche,
Conducteur : ⟦p:M. Wojciech « Wojtek » ZIELIŃSKI⟧, né le ⟦bd:5 septembre 1977⟧ à ⟦bp:Gdańsk (Pologne)⟧, domicilié ⟦a:ferme de la Croix-Blanche (gîte), 45290 Villebrune⟧
Permis de conduire n° ⟦id:PL-0482217/77⟧ délivré par Starosta Gdańsk, catégories B, C, CE
Véhicule : poids lourd DAF XF ⟦pl:GD 4R771⟧ + semi-remorque ⟦pl:GD 82113⟧ (Pologne), employeur : Trans-Bałtyk Sp. z o.o.
Faits : conduite sous l'empire d'un état alcoolique, 0,62 mg/l d'air expiré (éthylomètre n° 2115, vérifié le 10/10/2025).
Permis retenu, récépissé de rétention n° ⟦id:RT-45-2026-0093⟧ remis. Véhicule immobilisé ; conducteur de remplacement : ⟦p:M. Paweł Kamiński⟧, ⟦t:+48 512 881 402⟧.
Agents : ⟦off:Belkacem⟧, ⟦off:Strub⟧ — Signature de l'intéressé : ⟦p:W. Zieliński⟧
"""

TXT["n25_recours_touriste_britannique.txt"] = """
⟦p:Mr Alistair McGregor-Whyte⟧
⟦a:Rose Cottage, Church Lane⟧
⟦a:Little Snoring, Norfolk NR21 0JD⟧
United Kingdom
Tel: ⟦t:+44 (0)1328 878 214⟧ — mobile ⟦t:07700 900 771⟧
Email: ⟦e:alistair [dot] mcgw [at] btinternet [dot] com⟧

To the Municipal Police, Town Hall, 45290 Villebrune-sur-Armance, France

3 March 2026

Re: Penalty notice no. ⟦id:8801 2345 6789⟧ — vehicle ⟦pl:AY19 KFZ⟧ (right-hand drive Jaguar XE)

Dear Sir or Madam,

I received your penalty notice, forwarded by the DVLA, for parking on the place du Martroi on market day, 7 February. I wish to contest it. My wife ⟦p:Philippa⟧ and I had parked at 19:00 the previous evening, when no sign was visible; the temporary sign was placed during the night. We are retired (I am ⟦ag:74⟧) and had come for the funeral of an old friend, ⟦p:Monsieur Henri Bellanger⟧.

I enclose a photograph showing the car and the absence of a sign at 19:05, and a copy of my driving licence (number ⟦id:MCGRE512074AW9XY⟧).

Yours faithfully,
⟦p:A. J. McGregor-Whyte⟧

[Annotation manuscrite du service :] transmis à l'OMP le 06/03 — ⟦off:J.-L. Oyono⟧ — panneaux posés le 06/02 à 14 h selon le registre de pose : recours non fondé.
"""

TXT["n26_main_courante_nuit_radio.txt"] = """
PM VILLEBRUNE — MAIN COURANTE DE NUIT (brigade de soirée 19h-03h) — vendredi 20 au samedi 21 mars 2026
Équipage « Armance 1 » : ⟦off:Vignal⟧ / ⟦off:Strub⟧

19:42 — Contrôle routier av. de Verdun. ⟦pl:GM 611 PA⟧ : conductrice ⟦p:Clémence d'Aboville⟧, RAS. ⟦pl:EV-404-WK⟧ : conducteur ⟦p:Tiago Gonçalves⟧, défaut de contrôle technique, avis n° ⟦id:45290-0320-000141⟧.
20:15 — Appel de ⟦p:mme rakotomalala⟧ (⟦t:02 38 94 28 05⟧), ⟦a:13 rue des Écoles⟧ : des jeunes sur le toit du préau. Sur place : 3 mineurs dont ⟦p:Noah R.⟧, ⟦ag:14 ans⟧, fils de la requérante. Remis aux parents.
21:30 — Patrouille quartier gare. RAS.
22:48 — Radio CSU (⟦off:Delorme⟧) : véhicule suspect stationné moteur tournant parking Intermarché, ⟦pl:WA 6189C⟧ (Pologne). Contrôle : deux occupants, ⟦p:Mateusz Lewandowski⟧ et ⟦p:Dawid Lewandowski⟧, chauffeurs routiers en repos. RAS.
23:55 — Bar « Le Balto » : fermeture tardive, avertissement au gérant ⟦p:M. Sylvain « Bibi » Bihoreau⟧.
01:20 — Piéton alcoolisé quai de l'Armance, ⟦p:Jean-Claude VERDIER-ABOU⟧, ⟦ag:57 ans⟧, sans domicile fixe, connu sous le surnom de ⟦p:« le Capitaine »⟧ ; raccompagné à l'accueil de nuit de l'Armée du Salut.
02:40 — Fin de service. Kilométrage véhicule PM : 48 221.
"""

TXT["n27_recepisse_perte_certificat_immatriculation.txt"] = """
RÉCÉPISSÉ DE DÉCLARATION DE PERTE — CERTIFICAT D'IMMATRICULATION
(remis par la police municipale à titre de justificatif provisoire pour la circulation pendant un mois)

Déclarant : ⟦p:Mlle Ambre LEPRINCE-RINGUET⟧ — née le ⟦bd:vingt-deux mai deux mille trois⟧ — étudiante
Domicile : ⟦a:Cité U, 4 rue de Tours, ch. 218, 45000 Orléans⟧ ; chez ses parents le week-end : ⟦a:Les Grandes Vignes⟧, Villebrune
Contact : ⟦e:ambre.lr@etu.univ-orleans.fr⟧ / ⟦t:07 44 18 92 60⟧
Véhicule : Fiat Panda — immatriculation ⟦pl:GT-036-HM⟧ — VIN ⟦id:ZFA31200003918765⟧
Certificat perdu : n° de formule ⟦id:2023BK12578⟧, établi le 14/09/2023
Circonstances : perte probable lors du déménagement, le 01/03/2026.

La déclarante est informée qu'elle doit demander un duplicata sur le site de l'ANTS.
Établi à Villebrune-sur-Armance le 04/03/2026 par ⟦off:Mélanie Strub⟧, policière municipale.
"""

TXT["n28_pv_conciliation_voisinage.txt"] = """
CONSTAT D'ACCORD — CONCILIATION DE JUSTICE (article 1540 du code de procédure civile)
Conciliateur de justice : ⟦off:M. Bernard Aubertin⟧, ressort du tribunal judiciaire de Montargis, permanence en mairie de Villebrune-sur-Armance

Entre :
⟦p:M. Teodor IONESCU⟧, né le ⟦bd:17/03/1969⟧, demeurant ⟦a:14 allée des Glycines, Le Clos Fleuri⟧, ⟦t:06 22 91 05 48⟧,
et
⟦p:Mme Gisèle MARCHAND veuve ROUSSEAU⟧, née le ⟦bd:2 août 1947⟧, demeurant ⟦a:16 allée des Glycines⟧, assistée de son neveu ⟦p:M. Hervé Rousseau⟧,

Objet du différend : usage de la place de stationnement visiteurs n° 7 du lotissement, haie mitoyenne, bruit d'un compresseur.

Les parties sont convenues de ce qui suit :
1. La place n° 7 reste une place visiteurs ; M. Ionescu n'y stationnera plus sa camionnette ⟦pl:DK-130-WX⟧ la nuit.
2. Mme Marchand fera tailler la haie à 2 mètres avant le 30 avril, par l'entreprise de son choix.
3. M. Ionescu n'utilisera pas son compresseur le dimanche ni après 19 h en semaine.
4. Chaque partie renonce à toute action relative aux faits antérieurs, y compris la plainte déposée le 12/12/2025 (récépissé n° ⟦id:2025/019882⟧).

Fait en trois exemplaires à Villebrune-sur-Armance, le 19 mars 2026.
⟦p:T. Ionescu⟧          ⟦p:G. Marchand⟧          Le conciliateur, ⟦off:B. Aubertin⟧
"""

TXT["n29_note_vehicules_ventouses_quartiers.txt"] = """
NOTE INTERNE — POLICE MUNICIPALE
De : ⟦off:Samia Haddou⟧, ASVP — À : ⟦off:Sébastien Hervouët⟧, chef de service — Copie : ⟦off:Didier Carrasco⟧ (fourrière)
Date : 11 février 2026
Objet : véhicules signalés comme « ventouses » par les conseils de quartier (réunion du 5 février)

Chef,

Suite à la réunion des conseils de quartier, voici le point sur les 14 signalements reçus. Pour chacun, j'ai effectué un premier passage (marquage craie et photo) le 9 février et un second le 11 février. Rappel : un véhicule est considéré en stationnement abusif au-delà de 7 jours consécutifs au même point (article R. 417-12 du code de la route).

QUARTIER DE LA GARE (référent : ⟦p:M. Roger Vandamme⟧)
1. Rue Voltaire, face au n° 18 — Renault Kangoo blanc ⟦pl:fd-417-zh⟧. Titulaire ⟦p:Jordan MOREL⟧, ⟦a:19 rue Voltaire⟧. Véhicule déplacé entre les deux passages. Non abusif, mais gêne répétée de la sortie de garage de ⟦p:Mme Grondin⟧ (voir SMS du 05/03).
2. Avenue de la Gare, parking des taxis — Mercedes Classe E ⟦pl:GH 448 ZT⟧, véhicule du taxi ⟦p:Marc-Antoine Chevalier⟧. Emplacement autorisé. Non abusif.
3. Rue Pasteur — Peugeot 106 rouge ⟦pl:3928 WB 45⟧ (immatriculation FNI non convertie). Le titulaire, ⟦p:M. Ernest Lhomme⟧, est décédé en 2024 selon la voisine. Héritier inconnu. Abusif : proposition d'enlèvement.
4. Rue des Tanneurs — Citroën C3 ⟦pl:BN 642 TW⟧, déjà signalé le 06/02. Enlèvement prescrit.

QUARTIER DES HAUTS DE LOING (référente : ⟦p:Mme Khadija El Mansouri⟧)
5. Parking bât. C — Audi A3 ⟦pl:DH-519-KZ⟧ sur cales, roues démontées. Titulaire ⟦p:M. Karim HADJ-SALAH⟧ (⟦t:06 11 84 27 33⟧), joint par téléphone : « c'est pour la revendre, je la répare ». Avertissement, délai de 8 jours.
6. Parking bât. F — camping-car Fiat Ducato ⟦pl:ZH 47 ABC⟧ (plaque irlandaise ancienne, n'existe pas au fichier). Occupé par un couple, ⟦p:Seán Ó Briain⟧ et ⟦p:Aoife Ní Bhriain⟧. Orientés vers l'aire de camping-cars. Départ constaté le 11/02.
7. Allée des Roitelets — Twingo rouge ⟦pl:DS 550 KM⟧. Titulaire ⟦p:Mme Micheline Aubert⟧, ⟦ag:88 ans⟧, qui ne conduit plus. Sa fille ⟦p:Corinne Aubert-Vidal⟧ (⟦e:corinne.aubertvidal@wanadoo.fr⟧) a été prévenue. À noter : ce véhicule correspond au signalement de l'accrochage du 20/01 place du Martroi (attestation de ⟦p:Mme da Costa⟧) ; transmis à l'assureur de la pharmacie.
8. Résidence Bellevue — ⟦pl:GG 318 KC⟧, signalé par ⟦p:Mme Ouédraogo⟧. Absent aux deux passages. Sans suite.

LE CLOS FLEURI (référent : ⟦p:M. Jean-Michel Le Bihan⟧)
9. Allée des Glycines, place visiteurs n° 7 — camionnette ⟦pl:DK-130-WX⟧ de ⟦p:M. Ionescu⟧. Déplacée régulièrement. Conflit de voisinage : voir conciliation.
10. Rue des Lilas — moto Yamaha sans plaque, VIN ⟦id:JYARN23E0AA004918⟧, propriétaire retrouvé via le fichier des véhicules volés : ⟦p:M. Loïc Tanguy⟧, ⟦a:Kervoas, 29400 Landivisiau⟧, vol déclaré le 02/08/2025. Restitution organisée avec la police nationale.

HAMEAUX (référente : ⟦p:Mme Marthe Goussard⟧)
11. Les Choiseaux — Land Rover ⟦pl:KX 63 HFD⟧ (Royaume-Uni) et véhicule aux plaques jaunes ⟦pl:XT-871-H⟧ (Pays-Bas, ancien format) stationnés chez ⟦p:M. Bertrand Goujon⟧, propriété privée : hors champ du code de la route. Transmis au service urbanisme (activité de garage non déclarée, lettre ⟦p:Perrichon⟧ du 09/02).
12. Chemin de la Garenne — remorque ⟦pl:AA 1234 45⟧, enlevée par son propriétaire ⟦p:M. Coudray⟧ le 17/02.
13. La Tuilerie — Renault Espace, plaque ⟦pl:EP-091-TT⟧, appartenant à ⟦p:Kelly Santos-Bernardino⟧ (détentrice d'un chien catégorisé, permis n° 2026-03). Déplacé. Non abusif.
14. Les Bruyères — Peugeot 208 ⟦pl:FK 093 VR⟧ de ⟦p:Mme N'Diaye⟧, déjà restituée par la fourrière le 24/02 ; de nouveau stationnée sur l'accotement. Rappel à l'ordre.

Synthèse : 2 enlèvements à prescrire (n° 3 et 4), 1 avertissement avec délai (n° 5), 2 transmissions à d'autres services (n° 10 et 11), le reste sans suite.

⟦off:S. Haddou⟧
"""

TXT["n30_export_groupe_whatsapp_voisins.txt"] = """
[Pièce jointe à la main courante MC 2026/0431 — export du groupe WhatsApp « Voisins Clos Fleuri 🌸 » transmis par ⟦p:M. Le Bihan⟧]

[14/03/2026, 21:03] ⟦p:Jimmy Le Bihan⟧: Quelqu'un a vu qui a rayé la voiture de ⟦p:Sandrine⟧ ??
[14/03/2026, 21:05] ⟦p:Sandrine Moulin-Dufresne⟧: 😭 toute la portière côté conducteur. ⟦pl:GP-227-LA⟧ pour ceux qui ont une caméra
[14/03/2026, 21:06] ⟦t:+33 7 66 41 09 28⟧: moi j'ai une ring je regarde
[14/03/2026, 21:11] ⟦p:Teo Ionescu⟧: c est encore les gamins du 3, le grand ⟦p:Enzo⟧ avec son scooter
[14/03/2026, 21:12] ⟦p:Jimmy Le Bihan⟧: @⟦p:Teo⟧ on accuse pas sans preuve stp
[14/03/2026, 21:20] ⟦t:+33 7 66 41 09 28⟧: j'ai une vidéo à 18h42, un mec en capuche, je l'envoie à la police. C'est ⟦p:Awa⟧ au fait, du 22
[14/03/2026, 21:24] ⟦p:Mamie Gisèle⟧: Bonsoir je ne sais pas me servir de ce groupe mais ma petite fille m'a dit de dire que j'ai tout vu de ma fenêtre
[14/03/2026, 21:25] ⟦p:Sandrine Moulin-Dufresne⟧: merci ⟦p:Gisèle⟧ ❤️ je passe demain
[15/03/2026, 09:40] ⟦p:Jimmy Le Bihan⟧: J'ai transmis à la PM, c'est ⟦off:le brigadier Oyono⟧ qui suit. Il demande qu'on ne publie pas les vidéos ici.
"""

TXT["n31_rapport_accident_constat_amiable.txt"] = """
POLICE MUNICIPALE DE VILLEBRUNE-SUR-ARMANCE — RAPPORT D'ACCIDENT MATÉRIEL N° RA-2026-0007
Rédactrice : ⟦off:Mélanie Strub⟧, policière municipale — Date du rapport : 23 mars 2026

1. CIRCONSTANCES
Le lundi 23 mars 2026 à 08 h 05, nous sommes avisées par le CSU d'une collision au giratoire du Souvenir-Français (RD 2060 / avenue de Verdun). Sur place à 08 h 12. Chaussée humide, visibilité bonne, circulation dense (heure de pointe scolaire). Les véhicules ont été dégagés sur le parking de la salle des fêtes à notre arrivée.

2. VÉHICULE A
Conducteur : ⟦p:M. Aurélien BONNEFOY-DUCHÂTEAU⟧, né le ⟦bd:13/07/1972⟧ à ⟦bp:Clermont-Ferrand⟧, cadre commercial, demeurant ⟦a:11, rue du Maréchal-Foch⟧, 45290 Villebrune-sur-Armance. Tél. ⟦t:06 07 08 19 44⟧.
Permis de conduire n° ⟦id:720763100458⟧ délivré le 02/09/1990.
Véhicule : Skoda Octavia break, immatriculé ⟦pl:FX-338-PE⟧, VIN ⟦id:TMBJJ7NE3L0082114⟧, assuré auprès d'Assurances Loire Centre, police n° ⟦id:ALC 7734 9921⟧, attestation valable jusqu'au 31/12/2026.
Déclaration : « J'étais engagé dans le giratoire, la camionnette est arrivée à ma droite sans céder le passage. »

3. VÉHICULE B
Conducteur : ⟦p:M. Moussa KOUYATÉ⟧, ⟦ag:32 ans⟧, livreur salarié de la société Loing Express, domicilié ⟦a:Foyer ADOMA, chambre 114, 9 rue de l'Industrie⟧, 45200 Montargis. Tél. ⟦t:07.53.26.84.19⟧.
Permis de conduire n° ⟦id:16AE23817⟧.
Véhicule : Renault Trafic, immatriculé ⟦pl:GJ-455-TL⟧, propriété de la société (flotte), assuré chez Allianz, police n° 60492881 (contrat flotte de la société, non nominatif).
Déclaration : « La voiture grise est sortie très vite, je n'ai pas pu freiner. » M. Kouyaté précise que son chef d'équipe, ⟦p:M. Thibault Renaudin⟧, a été prévenu par téléphone.

4. PASSAGERS ET TÉMOINS
Passagère du véhicule A : ⟦p:Mme Églantine Bonnefoy⟧, épouse du conducteur, non blessée, refuse d'être examinée par les pompiers.
Témoin 1 : ⟦p:Mme Huong Pham-Lefort⟧, conductrice du véhicule qui suivait le véhicule B, ⟦a:2 impasse de la Poterne⟧, ⟦t:02 38 94 77 61⟧ : « La camionnette est entrée dans le rond-point sans ralentir. »
Témoin 2 : ⟦p:M. Nicolas Vermeulen⟧, cycliste, demeurant en Belgique, ⟦a:Brugsesteenweg 88, 8500 Kortrijk⟧, ⟦t:+32 56 21 44 07⟧, de passage : ne peut dire qui avait la priorité.
Témoin 3 : ⟦p:un lycéen, Mathis⟧ (⟦ag:16 ans⟧), qui attendait le car scolaire, a filmé la scène avec son téléphone ; sa mère, ⟦p:Mme Sabrina Chevrolet⟧, a accepté de transmettre la vidéo.

5. DOMMAGES
Véhicule A : aile et portière avant droites enfoncées, airbag latéral non déclenché. Véhicule B : pare-chocs avant, optique gauche. Mobilier urbain : balise J11 arrachée (propriété du conseil départemental, signalement fait au centre d'exploitation routier).

6. CONSTAT AMIABLE
Un constat amiable a été rempli par les deux conducteurs, mais le croquis n'est pas signé par M. Kouyaté, qui souhaite en référer à son employeur. Le constat porte en case 9 les observations de M. Bonnefoy-Duchâteau : « La camionnette n'a pas respecté le cédez-le-passage » ; en case 14 celles de M. Kouyaté : « Véhicule A sorti du giratoire par la voie de gauche. »

7. SUITES
Aucune infraction pénale constatée de façon certaine. Les parties ont été informées qu'elles pouvaient obtenir copie du présent rapport par l'intermédiaire de leurs assureurs. Transmission de la vidéo de vidéoprotection (caméra C21, giratoire) sur réquisition uniquement.
Le dépannage du véhicule A a été assuré par la SARL Dépannage Armance (chauffeur ⟦p:Ludovic Raimbault⟧) à la demande du conducteur.

Dossier victime (balise départementale) transmis sous la référence ⟦id:VIC-RA-0007⟧ à l'assureur du conducteur B.

La rédactrice, ⟦off:M. Strub⟧
Vu, le chef de service, ⟦off:S. Hervouët⟧
"""

TXT["n32_demande_acces_images_rgpd.txt"] = """
Objet : exercice de mon droit d'accès aux images de vidéoprotection (article L. 253-5 du code de la sécurité intérieure)

Madame la Maire,

Le samedi 7 mars 2026 vers 16 h, mon fils ⟦p:Léo-Paul⟧ (⟦ag:11 ans⟧) a été bousculé et s'est fait voler sa trottinette devant la médiathèque. Je souhaite visionner les images de la caméra du parvis afin de confirmer l'heure exacte, et que ces images soient conservées au-delà de 15 jours.

Je vous communique mes coordonnées : ⟦p:Frédérique ABOU-KHALIL⟧ (⟦p:فريدة أبو خليل⟧ sur mon titre libanais), ⟦a:Bâtiment Les Iris, 1er étage gauche, 30 avenue de Verdun⟧, 45290 Villebrune-sur-Armance. Tél. ⟦t:+961 3 218 447⟧ (ligne libanaise, la plus sûre) ou ⟦t:06 46 29 11 85⟧.
N° de plainte : ⟦id:2026/003988⟧ (commissariat de Montargis).

Je vous prie d'agréer, Madame la Maire, mes salutations respectueuses.
⟦p:F. Abou-Khalil⟧

Réponse portée en marge : accès accordé en présence de l'opérateur ⟦off:F. Delorme⟧ le 12/03 ; tiers floutés ; images gelées jusqu'à réquisition. — ⟦off:V. Pinel⟧, DGS
"""

TXT["n33_signalement_depot_sauvage.txt"] = """
FICHE DE SIGNALEMENT — DÉPÔT SAUVAGE DE DÉCHETS (article R. 634-2 du code pénal)
Constatation : 10/03/2026, 10 h 30 — ⟦off:Kévin Lemaire⟧, ASVP — lieu : chemin des Vignes Basses, près du pont SNCF
Nature : 6 sacs de gravats, un lavabo, un carton de courriers.
Éléments d'identification trouvés dans le carton : enveloppes adressées à ⟦p:M. et Mme Valentin et Oriane BLANCHARD-NGUYEN⟧, ⟦a:9 résidence du Bois-Joli⟧, une facture de l'entreprise individuelle « Rénov' Manu » (⟦p:Emmanuel Tessier⟧, SIRET ⟦siret:523 107 647 00019⟧, ⟦t:06 98 45 12 07⟧) portant sur la « dépose d'une salle de bains » au domicile des époux Blanchard-Nguyen.
Suites : convocation de M. Tessier et des époux Blanchard-Nguyen ; PV de contravention de 4e classe envisagé ; enlèvement des déchets aux frais du contrevenant (délibération n° 2024-112 : forfait 350 €).
"""

TXT["n34_registre_chiens_categorises.txt"] = """
REGISTRE COMMUNAL DES CHIENS DE 1re ET 2e CATÉGORIES — état au 1er mars 2026 (extrait du logiciel, tri par n° de permis)

N° PERMIS | DÉTENTEUR | ADRESSE | CHIEN | CAT. | PUCE / TATOUAGE | ASSURANCE
2021-02 | ⟦p:MARTIN Cédric⟧ | ⟦a:16 RUE DES ÉCOLES⟧ | « Rocky », american staff. | 1 | ⟦id:250269604112087⟧ | ⟦id:AXA 4419 228 104⟧
2022-05 | ⟦p:EL HADDAD-BERTRAND Nour⟧ | ⟦a:LES BRUYÈRES, MAISON 1⟧ | « Sultane », rottweiler | 2 | ⟦id:250 268 500 318 762⟧ | ⟦id:MAIF 2211847P⟧
2023-01 | ⟦p:GUÉRIN Joël dit « Jo »⟧ | ⟦a:FERME DU PONT-AUX-MOINES⟧ | « Diesel », tosa | 2 | ⟦id:2ETV117⟧ (tatouage) | ⟦id:GROUPAMA 45-88-0172⟧
2024-04 | ⟦p:ŠIMUNOVIĆ Ivana⟧ | ⟦a:5 RUE PASTEUR, APPT 3⟧ | « Luna », staffordshire | 2 | ⟦id:941000024418275⟧ | ⟦id:MACIF 0072 4418⟧
2026-03 | ⟦p:SANTOS-BERNARDINO Kelly⟧ | ⟦a:HAMEAU DE LA TUILERIE⟧ | « Tyson », am. staff. (LOF) | 2 | ⟦id:250269600728413⟧ | ⟦id:MG-RC-2025-884712⟧
Radiés en 2025 : permis 2019-01 (chien décédé), 2020-03 (déménagement de ⟦p:M. Ferhat Aksoy⟧ à ⟦a:Bourges⟧).
Tenu par ⟦off:J.-L. Oyono⟧, brigadier-chef.
"""

TXT["n35_notification_fourriere_lrar.txt"] = """
FOURRIÈRE INTERCOMMUNALE ARMANCE-ET-LOING
ZA des Varennes — 45290 Villebrune-sur-Armance — 02 38 94 60 10

LETTRE RECOMMANDÉE AVEC AVIS DE RÉCEPTION n° ⟦id:1A 194 827 3311 9⟧

⟦p:M. ROSSI-LAMBERTI Giancarlo⟧
⟦a:c/o Mme Pierina Lamberti⟧
⟦a:Via dei Mille 22, int. 4⟧
⟦a:40121 Bologna BO⟧
ITALIE

Notification de mise en fourrière (article R. 325-31 du code de la route)

Monsieur,

Votre véhicule Alfa Romeo Giulietta, immatriculé ⟦pl:GE 118 PM⟧ (Italie), numéro d'identification ⟦id:ZAR94000007123456⟧, a été mis en fourrière le 07/02/2026 à 11 h 15 à la demande de la police municipale de Villebrune-sur-Armance (stationnement gênant sur une place de livraison, 5 place du Martroi). Inventaire n° ⟦id:F26-0108⟧.
Le véhicule a été classé en première catégorie. À défaut de réclamation dans un délai de 10 jours à compter de la présente notification, il sera considéré comme abandonné et pourra être remis au service des domaines ou livré à la destruction.
Frais à la date du 20/02/2026 : enlèvement 150,00 € ; garde 87,36 € (13 jours) ; expertise 61,00 €.

Le responsable de la fourrière, ⟦off:Didier Carrasco⟧
"""

TXT["n36_pv_audition_temoin_delit_fuite.txt"] = """
POLICE NATIONALE — COMMISSARIAT DE MONTARGIS
PROCÈS-VERBAL D'AUDITION DE TÉMOIN
Procédure n° ⟦id:2026/003455⟧ — Délit de fuite après accident matériel (article L. 231-1 du code de la route)

L'an deux mille vingt-six, le dix-huit mars, à dix heures quinze,
Nous, ⟦off:Loïc Brémond⟧, capitaine de police, officier de police judiciaire en résidence à Montargis,
Assisté de ⟦off:Thomas Vignal⟧, gardien-brigadier de police municipale de Villebrune-sur-Armance, présent en qualité de premier intervenant,
Entendons la personne ci-dessous dénommée, qui nous déclare :

SUR SON IDENTITÉ :
Je me nomme ⟦p:GHERBI⟧ ⟦p:Rachida⟧, épouse ⟦p:LAMOUREUX⟧.
Je suis née le ⟦bd:vingt-huit février mil neuf cent soixante-dix-neuf⟧ à ⟦bp:Oran (Algérie)⟧.
Fille de ⟦p:Abdelkader GHERBI⟧ et de ⟦p:Fatima ZERROUKI⟧.
Je suis de nationalité française, mariée, deux enfants, infirmière libérale (n° ADELI ⟦id:45 9 12 345 6⟧).
Je demeure ⟦a:lieu-dit La Brosse, « Les Tilleuls »⟧, 45290 Villebrune-sur-Armance.
Je suis joignable au ⟦t:06 60 51 03 27⟧ et par mail ⟦e:rachida.lamoureux.idel@gmail.com⟧.
Numéro de sécurité sociale communiqué pour la prise en charge des frais de témoin : ⟦nir:2 79 02 99 352 011 83⟧.

SUR LES FAITS :
« Le samedi 14 mars vers 19 h 30, je rentrais de ma tournée de soins. J'étais arrêtée au stop de la rue des Tanneurs, à l'angle du quai. J'ai vu une voiture de couleur foncée, une BMW je crois, qui descendait le quai trop vite. Elle a touché la camionnette stationnée devant la boulangerie, celle de ⟦p:M. Vanhoutte⟧, le boulanger, puis elle a accéléré sans s'arrêter.
J'ai eu le temps de lire une partie de la plaque : un B, un tiret, puis M K, et des chiffres qui finissaient par 21. C'était une plaque allemande, je la connais parce que mon beau-frère ⟦p:Helmut⟧ habite à Sarrebruck.
Le conducteur était un homme d'une trentaine d'années, cheveux courts, avec un passager qui criait par la fenêtre. »

QUESTION : Avez-vous vu d'autres témoins ?
RÉPONSE : « Oui, un monsieur avec un chien, je crois que c'est ⟦p:M. Lucas Perrin-Ba⟧, il habite ⟦a:juste au-dessus de la pharmacie⟧. Et ⟦p:la petite Chloé⟧ du café, la serveuse, elle était sur la terrasse. »

QUESTION : Pouvez-vous décrire le passager ?
RÉPONSE : « Un jeune, blond, avec une casquette rouge. Il a crié quelque chose comme ⟦p:« Jo-Jo »⟧, je pense que c'était le surnom du conducteur. Il avait un accent allemand. Ma fille ⟦p:Inès Lamoureux⟧, ⟦ag:seize ans⟧, était avec moi dans la voiture, elle a tout vu aussi ; vous pouvez la joindre sur son portable, le ⟦t:07 82 40 19 36⟧, mais je préfère être présente si vous l'entendez. »

QUESTION : Avez-vous quelque chose à ajouter ?
RÉPONSE : « Le lendemain j'ai revu la même voiture au parking de l'Intermarché. J'ai pris une photo, je vous la donne. On voit la plaque en entier : ⟦pl:B MK 4821⟧. »

Mention : la photographie est annexée au présent procès-verbal (scellé n° 1). La consultation du fichier des véhicules fait apparaître que ce véhicule a été mis en fourrière à Villebrune le 23/02/2026 (inventaire ⟦id:F26-0128⟧) et restitué le 24/02 à son titulaire, ⟦p:M. Jörg SCHNEIDER⟧, demeurant à Berlin, ⟦t:+49 (0)170 5538 211⟧.
Victime : ⟦p:M. Bruno Vanhoutte⟧, artisan boulanger (entreprise individuelle, SIRET ⟦siret:84051236200012⟧), ⟦a:2 quai de l'Armance⟧.

Lecture faite par nous-mêmes, la témoin persiste et signe avec nous le présent procès-verbal à dix heures cinquante.
La témoin : ⟦p:R. Lamoureux⟧          L'OPJ : ⟦off:L. Brémond⟧          L'APJA : ⟦off:T. Vignal⟧
"""

TXT["n37_bilan_activite_pm_2025.txt"] = """
VILLE DE VILLEBRUNE-SUR-ARMANCE — RAPPORT D'ACTIVITÉ 2025 DE LA POLICE MUNICIPALE (document public)
Présenté au conseil municipal du 26 février 2026 par ⟦off:Patrick Lanoë⟧, adjoint à la sécurité, et ⟦off:Sébastien Hervouët⟧, chef de service.

Effectifs : 9 policiers municipaux, 3 ASVP, 2 opérateurs de vidéoprotection. Budget de fonctionnement : 1 184 000 €.
Activité : 4 812 mains courantes ; 2 917 FPS ; 1 046 avis de contravention (dont 312 pour usage du téléphone, 188 pour défaut de ceinture) ; 612 mises en fourrière ; 41 rétentions de permis ; 138 réquisitions d'images.
Sites les plus verbalisés : place du Martroi (jour de marché), avenue de la Gare, abords de l'école Jules-Ferry, rue Gambetta.
Objets trouvés : 214 objets enregistrés, 131 restitués.
Chiens : 23 chiens catégorisés déclarés ; 58 captures d'animaux errants.
Faits marquants : l'opération « Tranquillité vacances » a concerné 402 logements ; la convention de coordination avec la police nationale, signée le 14 mai 2025 avec le directeur départemental de la sécurité publique, a été renouvelée pour trois ans ; la tranche 3 de vidéoprotection (rue Pasteur, avenue du Général-Leclerc) est en service depuis le 1er septembre 2025.
Le rapport mentionne l'hommage rendu le 11 novembre 2025 à l'ancien chef de service ⟦off:Marcel Dufour⟧, en poste de 1988 à 2010.
Contact : police municipale, 6 place de l'Hôtel-de-Ville, 02 38 94 12 17, police.municipale@villebrune-sur-armance.fr.
"""

TXT["n38_courrier_avocat_contestation_fourriere.txt"] = """
Maître ⟦p:Inès Bouaziz-Carrère⟧
Avocate au barreau de Montargis
⟦a:17 rue Dorée⟧ — 45200 Montargis
⟦e:ibc.avocat@orange.fr⟧ — ⟦t:02 38 85 14 90⟧ — Toque 31

Monsieur le Chef de service de police municipale
Hôtel de Ville — 45290 Villebrune-sur-Armance

Montargis, le 13 mars 2026
N/Réf. : ⟦id:IBC/26/0211 — ADJOVI⟧

LRAR et par courriel

Objet : mise en fourrière du véhicule ⟦pl:GF 729 RX⟧ — mon client ⟦p:M. Koffi Sénamé ADJOVI⟧

Monsieur le Chef de service,

J'interviens au soutien des intérêts de ⟦p:M. Koffi Sénamé ADJOVI⟧, né le ⟦bd:09/10/1986⟧ à ⟦bp:Porto-Novo (Bénin)⟧, demeurant ⟦a:21 bd de la Libération, Rés. Le Méridien, Bât. A, 3e ét.⟧, 45290 Villebrune-sur-Armance, dont le véhicule a été enlevé le 27 février 2026 au motif d'un stationnement « très gênant » devant le n° 4 de la rue Gambetta.

Mon client, chauffeur VTC exerçant en entreprise individuelle (SIRET ⟦siret:913 702 445 00010⟧ selon sa carte professionnelle), soutient que le véhicule n'était pas en stationnement mais à l'arrêt, feux de détresse allumés, pendant qu'il aidait une passagère âgée, ⟦p:Mme Gilberte Fouquet⟧, ⟦ag:91 ans⟧, à rejoindre son domicile au 4 de la rue Gambetta. Mme Fouquet et son aide à domicile, ⟦p:Mlle Precious Okafor⟧, en attestent.

Je vous demande en conséquence de bien vouloir me communiquer la fiche descriptive, les photographies prises par l'agent et la décision de mainlevée, et de procéder au remboursement des frais exposés (223,18 €) sur le compte CARPA ou directement sur le compte de mon client : ⟦iban:FR76 1660 6100 2200 9876 5432 182⟧.

Je vous prie de croire, Monsieur le Chef de service, à l'assurance de mes sentiments distingués.
⟦p:Inès Bouaziz-Carrère⟧
"""

TXT["n39_demande_stationnement_demenagement.txt"] = """
DEMANDE D'AUTORISATION DE STATIONNEMENT TEMPORAIRE (déménagement / livraison)
À déposer au moins 10 jours avant la date souhaitée — service du domaine public / police municipale

Demandeur : particulier [X]   entreprise [ ]
NOM Prénom : ⟦p:lefèvre-kowalski marie-ange⟧
Adresse actuelle : ⟦a:8 r. du Gal-de-Gaulle, appt 2, 45290 Villebrune⟧
Nouvelle adresse : ⟦a:1 quai Saint-Laurent, 76000 Rouen⟧
Tél. fixe : ⟦t:02-38-94-63-18⟧  Portable : ⟦t:+33 (0) 7.81.42.66.03⟧
Mail : ⟦e:ma.lefevre.kowalski@free.fr⟧

Date(s) : samedi 28 mars 2026, de 7 h à 14 h
Emplacement demandé : devant le n° 8 de la rue du Général-de-Gaulle, 2 places (15 m)
Véhicule(s) : camion de location Rent-a-Van, immatriculation communiquée la veille : ⟦pl:HA-014-QF⟧
Déménageur (le cas échéant) : déménagement entre amis, conducteur ⟦p:Oleksandr « Sacha » Bondarenko⟧ (permis n° ⟦id:09UA77102⟧)

Décision : accordé (arrêté n° 2026-DP-077), panneaux à retirer au service technique la veille. — ⟦off:K. Lemaire⟧, ASVP
Redevance : 12 € — réglée en régie le 16/03/2026, quittance n° 4478.
"""

TXT["n40_jugement_tribunal_police.txt"] = """
TRIBUNAL JUDICIAIRE DE MONTARGIS — TRIBUNAL DE POLICE
Jugement du 12 mai 2026 — N° de minute : 26/0412 — N° parquet : ⟦id:25318000147⟧
Audience publique tenue par ⟦off:M. Hugues Dalmasso⟧, juge du tribunal de police, assisté de ⟦off:Mme Fabienne Roux⟧, greffière, en présence de ⟦off:Mme Anne Le Goff⟧, commissaire de police, officier du ministère public.

PRÉVENU :
⟦p:VLĂDESCU Dragoș-Constantin⟧
Né le ⟦bd:11 avril 1985⟧ à ⟦bp:CONSTANȚA (ROUMANIE)⟧
Fils de ⟦p:Ion VLĂDESCU⟧ et de ⟦p:Elena POPA⟧
Demeurant ⟦a:12 rue de la Fontaine, lieu-dit Les Choiseaux⟧, 45290 VILLEBRUNE-SUR-ARMANCE
Nationalité : roumaine — Situation familiale : concubinage — Profession : chauffeur-livreur
Comparant, assisté de ⟦p:Maître Stéphane Oualid⟧, avocat au barreau d'Orléans.

PRÉVENTION :
1° D'avoir à Villebrune-sur-Armance, le 3 novembre 2025, conduit un véhicule, en l'espèce un Renault Master immatriculé ⟦pl:GC-288-LN⟧, en faisant usage d'un téléphone tenu en main (NATINF 22052), faits prévus et réprimés par l'article R. 412-6-1 du code de la route ;
2° D'avoir, dans les mêmes circonstances de temps et de lieu, refusé de présenter son permis de conduire aux agents de la force publique (NATINF 2300), faits prévus et réprimés par l'article R. 233-1 du code de la route.

DÉBATS :
À l'appel de la cause, le juge a constaté l'identité du prévenu et donné connaissance de l'acte qui a saisi le tribunal (citation délivrée le 23 mars 2026 par ⟦off:Maître Julien Ferrand⟧, commissaire de justice).
Le prévenu conteste l'usage du téléphone : il déclare qu'il tenait un scanner de livraison, appareil professionnel fourni par son employeur. Il reconnaît avoir refusé de remettre son permis, « parce que les policiers [lui] parlaient mal ».
Est entendu en qualité de témoin, à la demande de la défense, ⟦p:M. Ciprian Munteanu⟧, ⟦ag:âgé de 41 ans⟧, collègue du prévenu, demeurant ⟦a:Allée des Peupliers, 45120 Châlette-sur-Loing⟧, qui déclare avoir vu le prévenu utiliser son scanner à chaque arrêt.
Le procès-verbal des agents ⟦off:Nadia Belkacem⟧ et ⟦off:Thomas Vignal⟧ mentionne un « téléphone portable de couleur noire, coque rouge, tenu en main gauche, à hauteur de l'oreille ».
L'officier du ministère public a été entendu en ses réquisitions : amende de 135 € pour la première infraction, 90 € pour la seconde.
La défense a plaidé la relaxe pour la première infraction et une dispense de peine pour la seconde.
Le prévenu a eu la parole en dernier.

MOTIFS :
Les constatations des agents de police municipale, qui font foi jusqu'à preuve contraire en application de l'article 537 du code de procédure pénale, décrivent un téléphone tenu à l'oreille, ce qui est incompatible avec l'usage d'un scanner de livraison ; le témoignage de M. Munteanu, qui n'était pas présent lors du contrôle, ne constitue pas une preuve contraire.
Le refus de présentation du permis est reconnu.

PAR CES MOTIFS :
Le tribunal, statuant publiquement, en premier ressort et par jugement contradictoire,
DÉCLARE ⟦p:Dragoș-Constantin VLĂDESCU⟧ coupable des faits qui lui sont reprochés ;
Le CONDAMNE à une amende de 135 € pour la première contravention et de 68 € pour la seconde ;
Constate que le permis de conduire n° ⟦id:11RO27504⟧ fera l'objet d'un retrait de trois points ;
Dit que la présente décision est assujettie au droit fixe de procédure de 31 € ;
Informe le condamné qu'en cas de paiement dans le délai d'un mois, le montant des amendes est diminué de 20 %.

Et le présent jugement a été signé par le juge et la greffière.
La greffière, ⟦off:F. Roux⟧          Le juge, ⟦off:H. Dalmasso⟧
"""

HTML["h01_bulletin_municipal_securite.html"] = {
    "title": "Villebrune Mag n° 112 — Tranquillité publique",
    "body": """
<h1>Tranquillité publique : la police municipale à votre écoute</h1>
<p>Depuis janvier, l'équipe dirigée par ⟦off:Sébastien Hervouët⟧ a accueilli deux nouvelles recrues, ⟦off:Mélanie Strub⟧ et ⟦off:Thomas Vignal⟧. « Nous voulons être visibles dans tous les quartiers », explique ⟦off:Patrick Lanoë⟧, adjoint à la sécurité.</p>
<h2>Ils témoignent</h2>
<blockquote><p>« On m'a ramené mon chien en moins d'une heure grâce à sa puce. » — <strong>⟦p:Giovanni B.⟧</strong>, quartier de la Gare</p></blockquote>
<blockquote><p>« Le référent de quartier, c'est un lien précieux. » — <strong>⟦p:Khadija El Mansouri⟧</strong>, référente des Hauts de Loing, ⟦ag:52 ans⟧</p></blockquote>
<h2>Rappel : stationnement les jours de marché</h2>
<p>Le stationnement est interdit place du Martroi le mardi et le samedi de 6 h à 14 h. Les véhicules en infraction sont mis en fourrière (ZA des Varennes, 02 38 94 60 10).</p>
<h2>Carnet</h2>
<p>La rédaction adresse ses félicitations à ⟦p:Roger Vandamme⟧, bénévole de la participation citoyenne, qui a fêté ses ⟦ag:80 ans⟧ le ⟦bd:3 mars⟧ entouré de ses voisins de la ⟦a:rue Voltaire⟧.</p>
<p>Directrice de la publication : ⟦off:Catherine Marchal-Duverger⟧.</p>
""",
}

HTML["h02_formulaire_en_ligne_signalement.html"] = {
    "title": "Signalement n° SIG-2026-0318 — Stationnement gênant",
    "head": '<meta name="author" content="⟦p:Bastien Hoarau-Lebreton⟧">\n',
    "body": """
<h1>Votre signalement a bien été enregistré</h1>
<form>
<fieldset><legend>Vos coordonnées</legend>
<label>Nom :</label> <input type="text" value="⟦p:HOARAU-LEBRETON⟧"> <label>Prénom :</label> <input type="text" value="⟦p:Bastien⟧">
<p>Nom : ⟦p:HOARAU-LEBRETON⟧ — Prénom : ⟦p:Bastien⟧</p>
<p>Adresse : ⟦a:12, imp. des Lavandières⟧ — Téléphone : ⟦t:06&nbsp;92&nbsp;18&nbsp;44&nbsp;70⟧</p>
<p>Courriel : <a href="mailto:⟦e:bastien.hl@laposte.net⟧">⟦e:bastien.hl@laposte.net⟧</a></p>
</fieldset>
<fieldset><legend>Objet du signalement</legend>
<p>Catégorie : stationnement gênant / véhicule ventouse</p>
<p>Immatriculation : <span class="plate">⟦pl:<span>GR</span>-<span>554</span>-<span>VB</span>⟧</span></p>
<p>Description : « Le véhicule du voisin, ⟦p:monsieur Da Silva⟧, bloque le trottoir depuis 10 jours, les poussettes passent sur la route. »</p>
</fieldset>
</form>
<p>Traité par : ⟦off:Kévin Lemaire⟧, ASVP — statut : en cours.</p>
""",
}

HTML["h03_webmail_fil_fourriere.html"] = {
    "title": "Re: Re: Véhicule enlevé rue Gambetta — ⟦p:Yasmina Ould-Kaci⟧",
    "body": """
<div class="thread">
<div class="msg">
<p class="hdr"><b>De :</b> ⟦p:Yasmina Ould-Kaci⟧ &lt;⟦e:yasmina.ouldkaci@hotmail.fr⟧&gt;<br><b>À :</b> police.municipale@villebrune-sur-armance.fr<br><b>Date :</b> 24/02/2026 07:12</p>
<p>Bonjour,</p>
<p>Ma voiture (Citroën C4 Picasso, ⟦pl:EB–903–KD⟧) a disparu hier soir de la rue Gambetta où je l'avais garée à 18 h devant le pressing. Je suis infirmière de nuit à l'hôpital d'Amilly et je n'ai plus de moyen de transport. On m'a dit qu'il fallait passer par vous. Pouvez-vous me dire si elle est en fourrière ?</p>
<p>Ma carte grise est au nom de mon père, ⟦p:M. Mohand-Saïd OULD-KACI⟧, qui vit à ⟦a:Tizi Ouzou, cité des 500 logements, bt 12⟧ et ne parle pas français. J'ai une procuration signée de sa main.</p>
<p>Merci d'avance,<br>⟦p:Yasmina⟧<br>⟦t:06.01.97.45.38⟧</p>
</div>
<div class="msg">
<p class="hdr"><b>De :</b> Police municipale<br><b>Date :</b> 24/02/2026 08:40</p>
<p>Madame,</p>
<p>Le véhicule a bien été mis en fourrière hier à 21 h 05 (stationnement sur un emplacement réservé aux livraisons, arrêté n° 2019-021). Pour obtenir l'autorisation de sortie, présentez-vous au poste avec : le certificat d'immatriculation, la procuration de votre père accompagnée de la copie de sa pièce d'identité, votre propre pièce d'identité et votre permis de conduire, ainsi que l'attestation d'assurance.</p>
<p>⟦off:Jean-Luc Oyono⟧, brigadier-chef</p>
</div>
<div class="msg">
<p class="hdr"><b>De :</b> ⟦p:Yasmina Ould-Kaci⟧<br><b>Date :</b> 24/02/2026 09:02</p>
<p>Merci. Mais l'assurance est au nom de mon frère, ⟦p:Samir⟧, qui est le conducteur principal (contrat n° ⟦id:MAAF 278 114 550 B⟧). Est-ce que ça va ? Et je travaille ce soir, est-ce que mon compagnon, ⟦p:Julien Marquet⟧, peut y aller à ma place ? Son permis : ⟦id:13AF96204⟧.</p>
<p>Le pressing m'a dit que ⟦p:la dame du 9 bis⟧ avait appelé la fourrière parce qu'elle ne pouvait pas sortir. Je ne comprends pas, j'étais garée sur la place blanche.</p>
</div>
<div class="msg">
<p class="hdr"><b>De :</b> Police municipale<br><b>Date :</b> 24/02/2026 10:15</p>
<p>Madame,</p>
<p>L'attestation d'assurance peut être au nom d'un autre membre de la famille si le véhicule y est désigné. Une tierce personne peut retirer l'autorisation de sortie si elle dispose d'une procuration du titulaire et de sa pièce d'identité. Nous ne pouvons pas vous indiquer qui a signalé le véhicule. La mise en fourrière a été décidée par l'agent de police judiciaire adjoint ⟦off:Thomas Vignal⟧, sur constatation.</p>
<p>Le marquage au sol de l'emplacement livraison a été refait en janvier : les lignes jaunes sont effectivement peu visibles le soir. Si vous souhaitez contester, vous pouvez écrire à Monsieur le Chef de service, ⟦off:Sébastien Hervouët⟧, ou saisir le procureur de la République.</p>
<p>⟦off:J.-L. Oyono⟧</p>
</div>
<div class="msg">
<p class="hdr"><b>De :</b> ⟦p:julien marquet⟧ &lt;⟦e:jmarquet45 chez gmail point com⟧&gt;<br><b>Date :</b> 25/02/2026 18:47</p>
<p>bonjour c'est le compagnon de ⟦p:Mme Ould-Kaci⟧, je suis passé au poste ce matin, tout est bon, on a récupéré la voiture à la fourrière à 17h (158,72 €, reçu n° ⟦id:R-2026-00731⟧). Par contre il y a une rayure sur la portière arrière gauche qui n'y était pas, le dépanneur (⟦p:Ludo⟧) a dit que c'était déjà là. On fait comment ?</p>
<p>--<br>⟦p:Julien Marquet⟧ — ⟦a:35 rue des Moulins, 45200 Amilly⟧ — ⟦t:+33&nbsp;6&nbsp;75&nbsp;20&nbsp;41&nbsp;18⟧</p>
</div>
<div class="msg">
<p class="hdr"><b>De :</b> Fourrière intercommunale Armance-et-Loing<br><b>Date :</b> 26/02/2026 09:30</p>
<p>Monsieur, la fiche descriptive établie lors de l'enlèvement (inventaire ⟦id:F26-0129⟧) mentionne « rayures diverses côté gauche ». Vous pouvez néanmoins adresser une réclamation écrite à notre assureur, en joignant les photos. — ⟦off:D. Carrasco⟧, responsable de la fourrière</p>
</div>
</div>
""",
}

HTML["h04_tableau_logiciel_pm_interpellations.html"] = {
    "title": "MunicipolWeb — Fiches individus — extraction 03/2026",
    "head": '<meta name="generator" content="MunicipolWeb 7.3">\n<meta name="description" content="Extraction demandée par le chef de service ⟦off:S. Hervouët⟧">\n',
    "body": """
<h1>Fiches personnes — mises en cause et victimes — mars 2026</h1>
<p>Accès restreint. Consultation tracée. Utilisateur : ⟦off:hervouet.s⟧.</p>
<table border="1">
<thead><tr><th>Réf.</th><th>Qualité</th><th>Nom</th><th>Prénom</th><th>Né(e) le</th><th>Lieu de naissance</th><th>Adresse</th><th>Contact</th><th>Pièce</th><th>Véhicule</th><th>Affaire</th></tr></thead>
<tbody>
<tr><td>IND-0882</td><td>Mis en cause</td><td>⟦p:DELAGE⟧</td><td>⟦p:Enzo⟧</td><td>⟦bd:30/06/2006⟧</td><td>⟦bp:Montargis (45)⟧</td><td>⟦a:4 rue Maurice-Ravel⟧</td><td>⟦t:07 68 10 55 23⟧</td><td>CNI ⟦id:061045301287⟧</td><td>⟦pl:ED-062-BL⟧</td><td>RI-2026-0101</td></tr>
<tr><td>IND-0883</td><td>Victime</td><td>⟦p:ÁRNADÓTTIR⟧</td><td>⟦p:Solveig⟧</td><td>⟦bd:29/06/1990⟧</td><td>⟦bp:Reykjavík (ISL)⟧</td><td>⟦a:3 pl. Saint-Aignan⟧</td><td>⟦e:solveig.arna@simnet.is⟧</td><td>Passeport ⟦id:A3318276⟧</td><td>⟦pl:GF 044 LB⟧</td><td>Vol à la roulotte</td></tr>
<tr><td>IND-0884</td><td>Mis en cause</td><td>⟦p:YILDIRIM⟧</td><td>⟦p:Sefa⟧</td><td>⟦bd:03/05/1991⟧</td><td>⟦bp:Kayseri (TUR)⟧</td><td>⟦a:7 ter chemin des Grands-Prés⟧</td><td>⟦t:06 25 47 80 16⟧</td><td>TS ⟦id:4509162734⟧</td><td>—</td><td>RI-2026-0088</td></tr>
<tr><td>IND-0885</td><td>Victime</td><td>⟦p:KERBRAT née LE GUENNEC⟧</td><td>⟦p:Marie-Annick⟧</td><td>⟦bd:19/10/1953⟧</td><td>⟦bp:Landerneau (29)⟧</td><td>⟦a:7 chemin des Grands-Prés⟧</td><td>⟦t:02 38 94 31 77⟧</td><td>—</td><td>—</td><td>RI-2026-0088</td></tr>
<tr><td>IND-0886</td><td>Mis en cause</td><td>⟦p:ZIELIŃSKI⟧</td><td>⟦p:Wojciech⟧</td><td>⟦bd:05/09/1977⟧</td><td>⟦bp:Gdańsk (POL)⟧</td><td>⟦a:Ferme de la Croix-Blanche⟧</td><td>—</td><td>PC ⟦id:PL-0482217/77⟧</td><td>⟦pl:GD 4R771⟧</td><td>Alcoolémie</td></tr>
<tr><td>IND-0887</td><td>Victime</td><td>⟦p:ABDELKADER⟧</td><td>⟦p:Lilou⟧</td><td>⟦bd:12/08/2016⟧</td><td>⟦bp:Amilly (45)⟧</td><td>⟦a:8 allée des Roitelets⟧</td><td>⟦t:07 81 55 02 19⟧ (mère)</td><td>—</td><td>—</td><td>Morsure</td></tr>
<tr><td>IND-0888</td><td>Mis en cause</td><td>⟦p:VERDIER-ABOU⟧</td><td>⟦p:Jean-Claude⟧ (dit ⟦p:le Capitaine⟧)</td><td>⟦bd:1968⟧</td><td>⟦bp:Dakar (SEN)⟧</td><td>SDF</td><td>—</td><td>—</td><td>—</td><td>IPM</td></tr>
<tr><td>IND-0889</td><td>Témoin</td><td>⟦p:LAMOUREUX née GHERBI⟧</td><td>⟦p:Rachida⟧</td><td>⟦bd:28/02/1979⟧</td><td>⟦bp:Oran (DZA)⟧</td><td>⟦a:La Brosse, Les Tilleuls⟧</td><td>⟦t:06 60 51 03 27⟧</td><td>NIR ⟦nir:279029935201183⟧</td><td>—</td><td>2026/003455</td></tr>
<tr><td>IND-0890</td><td>Mis en cause</td><td>⟦p:HADJ-SALAH⟧</td><td>⟦p:Karim⟧</td><td>⟦bd:14/01/1989⟧</td><td>⟦bp:Alger (DZA)⟧</td><td>⟦a:Rés. Les Hauts de Loing, bât. C, apt 12⟧</td><td>⟦t:06 11 84 27 33⟧</td><td>PC ⟦id:890145200331⟧</td><td>⟦pl:DH-519-KZ⟧</td><td>Ventouse</td></tr>
<tr><td>IND-0891</td><td>Victime</td><td>⟦p:BLANC⟧</td><td>⟦p:Raymonde⟧</td><td>⟦bd:07/11/1940⟧</td><td>⟦bp:Ajaccio (2A)⟧</td><td>⟦a:EHPAD Les Cèdres, ch. 17⟧</td><td>fille : ⟦p:Mme Danièle Blanc-Orsini⟧ ⟦t:04.95.21.88.06⟧</td><td>NIR ⟦nir:2 40 11 2A 004 052 50⟧</td><td>—</td><td>Démarchage abusif</td></tr>
</tbody>
</table>
<h2>Observations</h2>
<p>La fiche IND-0888 est liée aux mains courantes du 21/03 (nuit) ; l'intéressé est connu de l'accueil de nuit. La fiche IND-0891 concerne une escroquerie au faux policier au préjudice d'une résidente de l'EHPAD ; l'auteur s'était présenté comme « l'inspecteur ⟦p:Marc Aurel⟧ » et a obtenu le code de sa carte bancaire. Numéro de dossier victime : ⟦id:VICT-45-2026-00391⟧.</p>
<p>La fiche IND-0886 a été complétée par l'identité de l'employeur et du conducteur de remplacement, ⟦p:M. Paweł Kamiński⟧, ⟦bd:né le 19/02/1984⟧, ⟦t:+48 512 881 402⟧. La fiche IND-0882 mentionne la grand-mère titulaire du véhicule, ⟦p:Mme Lucette Delage⟧, ⟦ag:79 ans⟧, ⟦a:4 rue Maurice-Ravel⟧, et l'oncle à qui le véhicule a été remis, ⟦p:Stéphane Delage-Renaud⟧.</p>
<p>La fiche IND-0885 doit être rapprochée de la plainte de ⟦p:Mme Kerbrat⟧ contre X pour injures publiques sur un réseau social, l'auteur présumé utilisant le compte ⟦o:@gwen_kerb45⟧ (selon le voisin ⟦p:M. Yildirim⟧, il s'agirait de son propre fils, ⟦p:Gwendal Kerbrat⟧, ce que la victime conteste).</p>
<p>Rappel : les données de ce tableau ne peuvent être conservées plus de trois ans (arrêté du 14 avril 2009 modifié) et ne doivent pas être extraites sur un support personnel.</p>
""",
}

HTML["h05_objets_trouves_en_ligne.html"] = {
    "title": "Objets trouvés — Ville de Villebrune-sur-Armance",
    "body": """
<h1>Objets trouvés : avez-vous perdu quelque chose ?</h1>
<p>Les objets sont conservés au poste de police municipale. Pour réclamer un objet, munissez-vous d'une pièce d'identité.</p>
<ul>
<li>Trousseau de clés avec badge « Résidence du Parc » (janvier)</li>
<li>Alliance en or gravée « ⟦p:Paulo⟧ &amp; ⟦p:Rosa⟧ » (janvier)</li>
<li>iPhone 13 écran fissuré, fond d'écran « ⟦o:ptitkev_du45⟧ » (mars)</li>
<li>Carte de bus au nom de <em>⟦p:Léa-Rose B.⟧</em> — restituée</li>
<li>Doudou lapin bleu, parc de la Motte</li>
</ul>
<p>Les pièces d'identité ne sont jamais publiées. Service géré par ⟦off:Mélanie Strub⟧.</p>
""",
}

HTML["h06_forum_quartier_fourriere.html"] = {
    "title": "Forum Villebrune Ensemble — « Fourrière abusive rue Gambetta ? »",
    "body": """
<h1>Fourrière abusive rue Gambetta ?</h1>
<div class="post"><p class="author">Posté par <b>⟦o:LoupDuLoing45⟧</b> le 24/02/2026</p>
<p>Encore une voiture enlevée hier soir rue Gambetta, celle de ⟦p:la petite infirmière⟧ du 12. Les ASVP ne font que ça. ⟦off:Lemaire⟧ et sa collègue, toujours les mêmes.</p></div>
<div class="post"><p class="author">Posté par <b>⟦p:Ginette P.⟧</b> le 24/02/2026</p>
<p>Faut dire qu'elle se gare toujours devant chez ⟦p:Mme Fouquet⟧, la pauvre a ⟦ag:91 ans⟧ et l'ambulance ne peut pas s'arrêter. C'est son petit-fils ⟦p:Thierry⟧ (⟦t:06 18 32 49 57⟧) qui a appelé.</p></div>
<div class="post"><p class="author">Posté par <b>⟦o:Kev_Tuning_Villebrune⟧</b> le 25/02/2026</p>
<p>Moi ils m'ont enlevé ma 206 ⟦pl:CK 880 WV⟧ l'an dernier pour 2 jours de stationnement, 300 balles. Si quelqu'un veut lancer une pétition écrivez moi : ⟦e:kev.tuning45 (at) gmail (dot) com⟧</p></div>
<div class="post"><p class="author">Modération</p>
<p>Merci de ne pas publier de numéros de téléphone ni d'immatriculations. Message édité.</p></div>
""",
}

HTML["h07_cr_conseil_communautaire.html"] = {
    "title": "Compte rendu du conseil communautaire du 5 mars 2026 — CA Armance-et-Loing",
    "body": """
<h1>Conseil communautaire du 5 mars 2026 — compte rendu sommaire</h1>
<p>Président : ⟦off:Gérard Fontanel⟧. Secrétaire de séance : ⟦off:Mme Fatoumata Camara⟧ (Villebrune-sur-Armance).</p>
<h2>DEL-2026-018 — Délégation de service public de la fourrière automobile</h2>
<p>Le président rappelle que la délégation confiée à la SARL Dépannage Armance (SIRET 412 887 903 00024) arrive à échéance le 30 juin 2026. Le responsable du service, ⟦off:Didier Carrasco⟧, présente le bilan : 1 084 véhicules enlevés en 2025 sur l'ensemble des communes, 11 réclamations pour dommages, dont 3 indemnisées.</p>
<p>Un conseiller de Châlette évoque la réclamation de ⟦p:Mme Yvonne Kayembe-Mpiana⟧ (pare-chocs endommagé) relayée par la presse locale. Le président indique que le dossier est en cours avec l'assureur du délégataire.</p>
<p>Adopté : lancement de la consultation pour un nouveau contrat de cinq ans.</p>
<h2>DEL-2026-019 — Forfaits post-stationnement : barème et RAPO</h2>
<p>Le forfait est maintenu à 35 € en zone rouge et 25 € en zone verte. Sur 9 412 FPS émis en 2025, 612 RAPO ont été déposés, dont 203 ont abouti à une annulation.</p>
<h2>Questions diverses</h2>
<p>Intervention d'un habitant de Villebrune, ⟦p:M. Arnaud Delacroix-Bey⟧, chef d'entreprise, au sujet des contraventions reçues par ses livreurs au feu de l'avenue du Général-Leclerc : « Le cycle du feu est trop court. » Le président lui propose de rencontrer ⟦off:Mme Aurore Villemin⟧, responsable du pôle mobilité.</p>
""",
}

HTML["h08_annuaire_referents_participation_citoyenne.html"] = {
    "title": "Participation citoyenne — vos référents de quartier",
    "body": """
<h1>Participation citoyenne : vos référents</h1>
<table border="1">
<tr><th>Quartier</th><th>Référent</th><th>Joignable</th></tr>
<tr><td>Gare</td><td>⟦p:Roger VANDAMME⟧</td><td>⟦t:02 38 94 19 02⟧</td></tr>
<tr><td>Hauts de Loing</td><td>⟦p:Khadija EL MANSOURI⟧</td><td><a href="mailto:⟦e:k.elmansouri@gmail.com⟧">écrire</a></td></tr>
<tr><td>Clos Fleuri</td><td>⟦p:Jean-Michel « Jimmy » LE BIHAN⟧</td><td>⟦t:0033&nbsp;(0)6&nbsp;77&nbsp;31&nbsp;20&nbsp;94⟧</td></tr>
<tr><td>Hameaux</td><td>⟦p:Marthe GOUSSARD⟧</td><td>⟦a:Ferme de la Brosse⟧ — ⟦t:02.38.94.07.55⟧</td></tr>
</table>
<p>Le dispositif est coordonné par ⟦off:le brigadier-chef Jean-Luc Oyono⟧ (police municipale, 02 38 94 12 17) et la brigade de gendarmerie.</p>
""",
}

HTML["h09_actualite_chien_perdu.html"] = {
    "title": "Chien trouvé quai de l'Armance — à qui appartient « Pépito » ?",
    "head": '<meta property="og:description" content="Chihuahua trouvé le 12 mars, puce illisible">\n',
    "body": """
<h1>Chien trouvé : à qui appartient Pépito ?</h1>
<p>Un chihuahua beige a été recueilli le 12 mars quai de l'Armance. Sa puce est illisible mais son collier porte le nom « Pépito » et un numéro de téléphone partiellement effacé. Il est gardé à la fourrière animale.</p>
<p><em>Mise à jour du 14 mars :</em> Pépito a retrouvé sa propriétaire, ⟦p:Mme Yuliya Koval⟧ (⟦p:Юлія Коваль⟧), ⟦ag:67 ans⟧, résidente de la ⟦a:résidence autonomie Les Saules⟧. Son numéro d'identification a été réenregistré : ⟦id:250268731440561⟧. Merci à ⟦p:Wassim⟧, ⟦ag:12 ans⟧, qui l'avait trouvé !</p>
""",
}

HTML["h10_sms_export_html_opj.html"] = {
    "title": "Export conversation — téléphone de permanence PM",
    "body": """
<div class="conv">
<p class="in"><span class="from">⟦t:+33 7 49 26 83 10⟧</span> 22:41 — bjr c ⟦p:malik⟧ le frère à ⟦p:Sofiane Benali⟧, la voiture de mon frère elle est où ? ⟦pl:fy-236-ca⟧</p>
<p class="out">22:44 — Bonsoir, le véhicule a été mis en fourrière à 21 h 10. Le titulaire doit se présenter au poste demain à partir de 8 h 30.</p>
<p class="in"><span class="from">⟦t:+33 7 49 26 83 10⟧</span> 22:45 — il peut pas il est en déplacement à Lyon, il est joignable au ⟦t:+33.6.29.84.17.03⟧</p>
<p class="in"><span class="from">⟦t:+33 7 49 26 83 10⟧</span> 22:47 — sinon c ma mère ⟦p:Mme Benali Houria⟧ qui peut venir elle habite ⟦a:5 rue de Provence⟧</p>
<p class="out">22:50 — Il faudra une procuration du titulaire. Bonne soirée. ⟦off:Brigadier Belkacem⟧</p>
</div>
""",
}

DOCX["w01_rapport_mise_en_fourriere_contestee.docx"] = {
    "author": "⟦off:Thomas Vignal⟧",
    "title": "Rapport complémentaire — fourrière F26-0131 — ⟦p:KAYEMBE-MPIANA⟧",
    "header": "Police municipale de Villebrune-sur-Armance — rapport complémentaire",
    "footer": "Rédacteur : ⟦off:T. Vignal⟧, gardien-brigadier — diffusion : chef de service, fourrière, assureur du délégataire",
    "blocks": [
        ("h", "Rapport complémentaire relatif à la mise en fourrière n° F26-0131"),
        "Le 26 février 2026 à 9 h 40, j'ai prescrit la mise en fourrière du véhicule Toyota Yaris ⟦pl:FM 271 SV⟧, stationné sur le trottoir devant le n° 3 de la rue du Docteur-Roux, gênant le passage des piétons et d'une personne en fauteuil roulant, ⟦p:M. Henri-Pierre Castaing⟧, qui a sollicité notre intervention.",
        ("table", [
            ["Élément", "Constat"],
            ["Titulaire", "⟦p:Mme Yvonne **KAYEMBE-MPIANA**⟧, ⟦a:appt 5, 3 rue du Docteur-Roux⟧"],
            ["VIN", "⟦id:VNKKTUD3X0A418275⟧"],
            ["Inventaire", "⟦id:F26-0131⟧"],
            ["État à l'enlèvement", "pare-chocs arrière : rayures légères, pas d'enfoncement (photos 3 et 4)"],
            ["Dépanneur", "⟦p:Ludovic Raimbault⟧, SARL Dépannage Armance"],
        ]),
        "Les photographies prises lors de l'enlèvement ne montrent aucun enfoncement du pare-chocs. Le levage a été réalisé par plateau et non par sangles. Je joins les photographies horodatées.",
        "Fait à Villebrune-sur-Armance, le 13 mars 2026. ⟦off:Thomas **Vignal**⟧",
    ],
}

DOCX["w02_declaration_chien_mairie.docx"] = {
    "author": "⟦p:Nour El Haddad-Bertrand⟧",
    "title": "Déclaration de détention d'un chien",
    "header": "Formulaire Cerfa rempli par le déclarant",
    "footer": "⟦p:N. El Haddad-Bertrand⟧ — ⟦e:nour.ehb@icloud.com⟧",
    "blocks": [
        ("h", "Déclaration de détention d'un chien susceptible d'être dangereux"),
        ("table", [
            ["Nom", "⟦p:EL HADDAD-BERTRAND⟧"],
            ["Prénom", "⟦p:Nour⟧"],
            ["Né(e) le", "⟦bd:le 4 avril 1995⟧"],
            ["Adresse", "⟦a:Les Bruyères, maison 1 (dernière à droite après le calvaire)⟧"],
            ["Téléphone", "⟦t:+33 6 21 37 48 59⟧"],
            ["Chien", "« Sultane », rottweiler, femelle, née le 02/02/2022"],
            ["Puce", "⟦id:250268500318762⟧"],
            ["Assurance", "MAIF — contrat ⟦id:2211847P⟧"],
        ]),
        "Je déclare avoir suivi la formation requise le 12/03/2022 auprès d'un formateur agréé.",
        "Enregistré par ⟦off:J.-L. Oyono⟧ le 18/03/2022, renouvelé le 18/03/2026.",
    ],
}

DOCX["w03_attestation_temoin_tapage.docx"] = {
    "author": "⟦p:Rodolphe Ancelin⟧",
    "title": "Attestation",
    "blocks": [
        ("h", "Attestation de témoin"),
        "Je soussigné ⟦p:Rodolphe **ANCELIN**⟧, né le ⟦bd:16/06/1981⟧ à ⟦bp:Saint-Étienne⟧, demeurant ⟦a:9 chemin des Grands-Prés⟧, agent SNCF, atteste avoir entendu le 14 février 2026 entre 21 h et 23 h de la musique très forte provenant du 7 ter, où habite ⟦p:M. Yildirim⟧.",
        "J'atteste également que ⟦p:Mme Kerbrat⟧ appelle régulièrement la police pour des motifs mineurs, et que son fils ⟦p:Gwendal Kerbrat⟧ a tenu des propos insultants sur Facebook.",
        "Je joins la copie de mon permis de conduire n° ⟦id:810642300219⟧.",
        "Fait à Villebrune, le 16 février 2026. ⟦p:R. Ancelin⟧",
    ],
}

DOCX["w04_courrier_mairie_reponse_riveraine.docx"] = {
    "author": "Cabinet du maire",
    "title": "Réponse à ⟦p:Mme Odile Fauconnier⟧",
    "header": "Ville de Villebrune-sur-Armance — Cabinet du maire — 6 place de l'Hôtel-de-Ville",
    "footer": "Dossier suivi par ⟦off:Véronique Pinel⟧, DGS — 02 38 94 12 00",
    "blocks": [
        "⟦p:Madame Odile FAUCONNIER⟧",
        "⟦a:12 bis, allée des Capucines⟧",
        "45290 Villebrune-sur-Armance",
        "Villebrune-sur-Armance, le 16 mars 2026",
        ("h", "Objet : stationnement devant votre garage"),
        "Madame,",
        "Vous m'avez fait part, par courrier du 3 mars, des difficultés que vous rencontrez pour sortir de votre garage, un véhicule ⟦pl:FH-482-KT⟧ y stationnant régulièrement. La police municipale a identifié son propriétaire, qui a été invité à cesser ce comportement ; un forfait post-stationnement lui a été notifié.",
        "Je vous informe qu'un marquage au sol « accès garage » peut être réalisé à vos frais par les services techniques (devis joint : 95 €).",
        "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.",
        "La maire, ⟦off:Catherine **Marchal-Duverger**⟧",
    ],
}

DOCX["w05_registre_fourriere_mars_tableau.docx"] = {
    "author": "⟦off:Didier Carrasco⟧",
    "title": "Registre de la fourrière — mars 2026 (1re quinzaine)",
    "header": "Fourrière intercommunale Armance-et-Loing — registre réglementaire (article R. 325-24 du code de la route)",
    "footer": "Page 1/1 — édité par ⟦off:D. Carrasco⟧ — document non communicable aux tiers",
    "blocks": [
        ("h", "Véhicules entrés du 1er au 15 mars 2026"),
        ("table", [
            ["Inv.", "Entrée", "Immat.", "Véhicule / VIN", "Titulaire", "Adresse", "Sortie"],
            ["⟦id:F26-0139⟧", "02/03", "⟦pl:EG-618-NB⟧", "Clio III — ⟦id:VF1BR1F0H39517824⟧", "⟦p:LE GALL Yannick⟧", "⟦a:Kerhuel, 29170 Fouesnant⟧", "03/03"],
            ["⟦id:F26-0140⟧", "02/03", "⟦pl:AD 227 RW⟧", "Kangoo — ⟦id:VF1KC0JEF22830745⟧", "⟦p:PINSON Gaëtan⟧ (entreprise individuelle)", "⟦a:4 rue des Artisans⟧", "02/03"],
            ["⟦id:F26-0141⟧", "03/03", "⟦pl:6612 GXR⟧", "Seat Ibiza (E) — ⟦id:VSSZZZ6JZCR114287⟧", "⟦p:MOHAMMED-ALI Hiba⟧", "⟦a:Calle Mayor 3, 2.º B, 50001 Zaragoza⟧", "—"],
            ["⟦id:F26-0142⟧", "04/03", "⟦pl:GN-574-AE⟧", "C3 — ⟦id:VF7SXHMZ6JT553018⟧", "⟦p:ARNOULT Zeynep⟧", "⟦a:2 allée du Grand-Cerf⟧", "06/03"],
            ["⟦id:F26-0143⟧", "05/03", "⟦pl:BT-44-RZ⟧", "Vespa — sans VIN lisible", "inconnu (plaque ancienne)", "—", "—"],
            ["⟦id:F26-0144⟧", "06/03", "⟦pl:TI-CH 9911⟧", "Audi A4 (D) — ⟦id:WAUZZZ8K9BA092118⟧", "⟦p:KRAUSE-DIALLO Ousmane Friedrich⟧", "⟦a:Hauptstraße 7a, 79098 Freiburg im Breisgau⟧", "07/03"],
            ["⟦id:F26-0151⟧", "09/03", "⟦pl:ES361RD⟧", "Golf VII — ⟦id:WVWZZZAUZFW118472⟧", "⟦p:TAVARES DA SILVA João Miguel⟧", "⟦a:2 r. Honoré-de-Balzac, esc. B⟧", "10/03"],
            ["⟦id:F26-0146⟧", "10/03", "⟦pl:GA 390 MQ⟧", "Zoé — ⟦id:VF1AG000X64813377⟧", "⟦p:CHEN Xiaoling (陈小玲)⟧", "⟦a:18 avenue de Verdun, 2e étage⟧", "10/03"],
            ["⟦id:F26-0147⟧", "06/03", "⟦pl:DZ 918 PL⟧", "Master — ⟦id:VF1MA000X46021874⟧", "⟦p:BENHAMOU Elie-David⟧", "⟦a:11 villa des Peupliers⟧", "12/03"],
            ["⟦id:F26-0148⟧", "12/03", "⟦pl:KA-RL 12E⟧", "Tesla Model 3 (D, plaque électrique) — ⟦id:5YJ3E7EB8LF612934⟧", "⟦p:HOFFMANN Karl-Heinz⟧", "⟦a:Am Rosengarten 4, 76133 Karlsruhe⟧", "13/03"],
            ["⟦id:F26-0149⟧", "13/03", "⟦pl:GB-318-XL⟧", "Twingo — ⟦id:VF1AH000X57744028⟧", "⟦p:SOUMARÉ Awa⟧", "⟦a:22 allée des Glycines⟧", "—"],
            ["⟦id:F26-0150⟧", "14/03", "⟦pl:W 82715 V⟧", "Skoda (A) — ⟦id:TMBJG7NE0K0217736⟧", "⟦p:NOVÁKOVÁ Zuzana⟧", "⟦a:Mariahilfer Straße 101/14, 1060 Wien⟧", "—"],
        ]),
        "Observations :",
        "— F26-0140 : le véhicule appartient à l'entreprise individuelle de ⟦p:M. Gaëtan Pinson⟧, plombier (SIRET ⟦siret:502187354 00019⟧ relevé sur la carrosserie). Restitué le jour même, frais réglés.",
        "— F26-0143 : scooter Vespa aux plaques anciennes ⟦pl:BT-44-RZ⟧ ; le fichier renvoie à ⟦p:M. Armand Lestrade⟧, ⟦a:Les Ormeaux, 45290 Villebrune⟧, décédé en 2019 ; sa petite-fille ⟦p:Capucine Lestrade⟧ (⟦t:06 14 58 29 70⟧) a été contactée.",
        "— F26-0146 : la titulaire ne lit pas le français ; notification traduite en chinois par ⟦p:M. Wang Jun⟧, interprète bénévole de l'association Loing Solidarité (⟦e:wangjun.interprete@163.com⟧).",
        "— F26-0149 : Twingo de ⟦p:Mme Awa Soumaré⟧, aide-soignante, enlevée alors qu'elle était d'astreinte ; elle conteste (courriel du 13/03 signé « ⟦p:Awa S.⟧ »). Le chef de service ⟦off:Sébastien Hervouët⟧ a demandé la mainlevée. Pour information, le numéro de portable de Mme Soumaré figure dans le groupe WhatsApp du Clos Fleuri transmis à la PM : ⟦t:+33 7 66 41 09 28⟧.",
        "— F26-0150 : titulaire autrichienne en séjour linguistique ; son hébergeuse, ⟦p:Mme Monique Desforges⟧, ⟦a:La Grange aux Dîmes, route de Montbouy⟧, sert d'intermédiaire (⟦t:02 38 94 50 61⟧).",
        "— F26-0144 : le titulaire, ⟦p:M. Krause-Diallo⟧, a payé par carte au nom de sa compagne, ⟦p:Mme Fatou Krause⟧ ; il a présenté un permis allemand n° ⟦id:J0104E9J821⟧ et a indiqué séjourner chez un ami, ⟦p:M. Pierre-Yves Gandon⟧, ⟦a:6 ruelle du Four-à-Chaux⟧. Restitué le 07/03 après vérification de l'assurance.",
        "— F26-0148 : Tesla dont la plaque allemande se termine par E (véhicule électrique) ; le titulaire ⟦p:Karl-Heinz Hoffmann⟧ a été joint par l'intermédiaire de son fils ⟦p:Lukas⟧ (⟦e:lukas.hoffmann@gmx.de⟧).",
        "Récapitulatif : 12 véhicules. Recettes encaissées : 1 842,30 €. Véhicules restant en garde au 15/03 : 3.",
        "Le responsable de la fourrière, ⟦off:Didier **Carrasco**⟧",
    ],
}

DOCX["w06_lettre_riverain_videoprotection_refus.docx"] = {
    "author": "⟦p:Ingrid Sørensen⟧",
    "title": "Opposition à la caméra du quai",
    "blocks": [
        "⟦p:Ingrid SØRENSEN⟧ — péniche « Le Héron », ⟦a:amarrage n° 4, quai de l'Armance⟧ — ⟦t:+45 28 91 47 06⟧ / ⟦t:06 43 70 18 22⟧",
        "À Madame la Maire de Villebrune-sur-Armance",
        ("h", "Objet : caméra prévue sur le quai — demande de masquage"),
        "Madame la Maire, comme je l'ai dit en séance publique le 29 janvier, le projet de caméra sur le quai filmerait l'intérieur de mon bateau, qui est mon domicile. Je vous demande que le champ de la caméra soit masqué sur la partie du quai où sont amarrées les péniches habitées, dont la mienne et celle de ⟦p:M. et Mme Van Rompaey⟧.",
        "Je suis née le ⟦bd:2 juin 1961⟧ à ⟦bp:Aarhus (Danemark)⟧ et je vis ici depuis vingt ans. Mon courriel : ⟦e:ingrid.sorensen@mail.dk⟧.",
        "Avec mes salutations, ⟦p:I. Sørensen⟧",
    ],
}

DOCX["w07_fiche_contact_fps_rapo.docx"] = {
    "author": "Service stationnement",
    "title": "RAPO 2026-0415",
    "header": "CA Armance-et-Loing — pôle mobilité — recours administratif préalable obligatoire",
    "footer": "Instruit par ⟦off:Aurore Villemin⟧",
    "blocks": [
        ("table", [
            ["Requérant", "⟦p:M. Hubert de **Saint-Phalle** d'Aubigny⟧"],
            ["Adresse", "⟦a:Château des Aulnaies, 45290 Villebrune-sur-Armance⟧"],
            ["Courriel", "⟦e:hdestphalle@orange.fr⟧"],
            ["FPS contesté", "⟦id:45290 2026 0000 2214 88⟧"],
            ["Véhicule", "⟦pl:EX 001 HS⟧ (collection)"],
            ["Motif", "Le requérant soutient que l'horodateur était hors service (ticket de panne n° 0318)"],
        ]),
        "Décision : FPS annulé, le registre de maintenance confirmant la panne de l'horodateur n° 12 le jour des faits.",
    ],
}

DOCX["w08_registre_videoprotection_demandes.docx"] = {
    "author": "⟦off:Franck Delorme⟧",
    "title": "Registre des demandes d'accès et réquisitions — vidéoprotection — 1er trimestre 2026",
    "header": "Centre de supervision urbain de Villebrune-sur-Armance — registre tenu en application de l'article R. 253-3 du CSI",
    "footer": "Opérateur référent : ⟦off:F. Delorme⟧ — responsable du traitement : la maire",
    "blocks": [
        ("h", "Registre des réquisitions judiciaires et des demandes d'accès — janvier à mars 2026"),
        "Le présent registre recense les demandes de visionnage ou d'extraction d'images reçues par le centre de supervision urbain (CSU) au cours du premier trimestre 2026. Les images sont conservées quinze jours, sauf gel sur réquisition. Chaque extraction fait l'objet d'une mention au registre et d'une remise contre émargement.",
        ("table", [
            ["N°", "Date", "Demandeur", "Qualité", "Objet", "Caméras", "Suite"],
            ["VP-2026-01", "05/01", "⟦off:capitaine Loïc Brémond⟧", "OPJ", "cambriolage pharmacie — victime ⟦p:M. Stanislas Wojciechowski⟧", "C03, C04", "extrait"],
            ["VP-2026-02", "12/01", "⟦p:Mme Hélène Kouassi-Berthier⟧", "particulier (droit d'accès)", "chute sur le parvis de la mairie", "C01", "visionnage en présence de l'opérateur"],
            ["VP-2026-03", "20/01", "Mutuelle du Gâtinais (⟦p:C. Delaunay⟧)", "assureur", "accrochage place du Martroi, véhicule ⟦pl:DS 550 KM⟧", "C07", "refus : un assureur n'est pas habilité"],
            ["VP-2026-04", "02/02", "⟦off:Olivier Tessandier⟧, substitut", "parquet", "rixe « Le Balto »", "C09, C10", "extrait"],
            ["VP-2026-05", "16/02", "⟦p:M. Chukwuemeka Nkemelu⟧", "particulier", "usurpation de plaque ⟦pl:GA-614-RF⟧", "C07", "refus, orienté vers la police nationale"],
            ["VP-2026-06", "02/03", "⟦off:capitaine Loïc Brémond⟧", "OPJ", "vol à la roulotte, procédure ⟦id:2026/003127⟧", "C12-C14", "extrait sur clé 2026-VP-09"],
            ["VP-2026-07", "09/03", "⟦p:Mme Frédérique Abou-Khalil⟧", "particulier (droit d'accès)", "vol de trottinette de son fils", "C16", "visionnage le 12/03, tiers floutés"],
            ["VP-2026-08", "15/03", "⟦p:M. Jimmy Le Bihan⟧ pour ⟦p:Mme Sandrine Moulin-Dufresne⟧", "particulier", "dégradation du véhicule ⟦pl:GP-227-LA⟧", "aucune caméra", "sans objet"],
            ["VP-2026-09", "18/03", "⟦off:L. Brémond⟧", "OPJ", "délit de fuite quai de l'Armance, procédure ⟦id:2026/003455⟧", "C18", "extrait"],
            ["VP-2026-10", "24/03", "⟦p:Maître Inès Bouaziz-Carrère⟧", "avocate de ⟦p:M. Adjovi⟧", "enlèvement du véhicule ⟦pl:GF 729 RX⟧", "C09", "refus (avocat non habilité), images gelées à la demande du chef de service"],
        ]),
        "Commentaires de l'opérateur :",
        "VP-2026-02 : ⟦p:Mme Kouassi-Berthier⟧, ⟦ag:76 ans⟧, demeurant ⟦a:résidence Les Saules, logement 8⟧, souhaitait savoir si sa chute était due à un pavé descellé. Le visionnage l'a confirmé ; les services techniques ont été avisés et l'assureur de la commune saisi. Son fils, ⟦p:M. Didier Berthier⟧ (⟦t:06.72.18.93.40⟧), l'accompagnait.",
        "VP-2026-03 : l'expert mandaté par l'assureur, ⟦p:M. Grégory Lhuillier⟧, a insisté par téléphone à plusieurs reprises. Il lui a été rappelé que seuls les agents habilités, les OPJ et les personnes filmées peuvent accéder aux images. Les images ont été effacées le 04/02 à l'issue du délai de conservation.",
        "VP-2026-05 : ⟦p:M. Nkemelu⟧ s'est présenté au CSU avec la photographie d'un véhicule Clio bleu qu'il soupçonne d'utiliser des plaques doublées ; il a donné le prénom d'un suspect, ⟦p:Dylan⟧, et l'a décrit comme logeant « près des garages derrière le Lidl ». Ces informations ont été transmises au commissariat sans visionnage.",
        "VP-2026-07 : la requérante a reconnu sur les images l'auteur du vol, qu'elle a nommé ⟦p:« le fils Petitjean »⟧ ; elle a été invitée à compléter sa plainte. Elle a laissé son numéro libanais, ⟦t:+961 3 218 447⟧.",
        "VP-2026-10 : le gel des images a été demandé par ⟦off:Sébastien Hervouët⟧ en prévision d'une éventuelle réquisition du parquet.",
        "Statistiques : 10 demandes ; 4 extractions ; 2 visionnages ; 4 refus ou sans objet. Délai moyen de réponse : 1,8 jour.",
        "Registre arrêté par l'opérateur ⟦off:Franck Delorme⟧. Visa de l'adjoint délégué, ⟦off:Patrick Lanoë⟧, le 31 mars 2026.",
    ],
}

DOCX["w09_convocation_mediation_voisins.docx"] = {
    "author": "Police municipale",
    "title": "Convocation — médiation",
    "footer": "PM Villebrune — 02 38 94 12 17 — ⟦off:brigadier-chef J.-L. Oyono⟧",
    "blocks": [
        "⟦p:M. et Mme Bertrand et Sylvie GOUJON⟧ — ⟦a:Les Choiseaux, 4 chemin de la Mare-aux-Loups⟧",
        "⟦p:M. et Mme Roland et Simone PERRICHON⟧ — ⟦a:La Petite Charmoie, route de Montbouy⟧",
        ("h", "Convocation à une réunion de médiation"),
        "Vous êtes conviés le jeudi 26 mars 2026 à 17 h en mairie (salle des commissions) à une réunion de médiation relative aux nuisances (bruit de meuleuse, véhicules en réparation, circulation d'une moto sans plaque conduite par ⟦p:Kevin Goujon⟧, ⟦ag:17 ans⟧).",
        "En présence de ⟦off:M. Bernard Aubertin⟧, conciliateur de justice, et de ⟦off:M. Patrick Lanoë⟧, adjoint.",
        "⟦p:Mme Nathalie Perrichon-Daudet⟧ (⟦t:06 89 14 72 30⟧) a demandé à y assister pour ses parents.",
    ],
}

DOCX["w10_courrier_antai_pere_fils.docx"] = {
    "author": "⟦p:gérard lhermitte⟧",
    "title": "Contestation ANTAI",
    "header": "⟦p:Gérard LHERMITTE⟧ — ⟦a:3, sente des Meuniers⟧ — 45290 Villebrune",
    "footer": "tél ⟦t:02 38 94 66 09⟧ — portable de mon fils ⟦t:06 35 88 21 40⟧",
    "blocks": [
        "Objet : avis de contravention n° ⟦id:6543 2109 87⟧ — véhicule ⟦pl:BF-610-QE⟧",
        "Madame, Monsieur,",
        "Le jour indiqué (29/01/2026, 08:51, radar de feu de l'avenue du Général-Leclerc), ce n'était pas moi qui conduisais mais mon fils ⟦p:Damien Lhermitte⟧, né le ⟦bd:8 novembre 1996⟧, domicilié ⟦a:Flat 4B, 221 Camden High Street, London NW1 7BU⟧, titulaire du permis de conduire n° ⟦id:961145200876⟧. Il était en vacances chez nous.",
        "Je joins la copie de sa pièce d'identité et je vous prie d'agréer, Madame, Monsieur, mes salutations.",
        "⟦p:G. **Lhermitte**⟧, ⟦ag:71 ans⟧, retraité",
    ],
}


if __name__ == "__main__":
    raise SystemExit(main())
