# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev9 set of the personal-data leak benchmark (``corpus/dev9``): documents and labels.

Same conventions as ``build_files.py``, ``build_dev2_files.py`` (whose ``build_set`` it uses) and
``build_dev8_files.py``: a personal value is written ``⟦kind:text⟧`` with the short kind keys of
``KINDS``, an official acting in his function kept in clear ``⟦off:text⟧``; the script writes the files
without the marks and their lines in ``corpus/dev9/labels.jsonl``, and checks that every label is a
substring of its document. Kinds used: person (names, initials, nicknames, names inside e-mail
local parts, file names and document properties), address, phone, email, identifier (any number a
person holds: student numbers and INE, NUMEN, identity-card, passport and driving-licence numbers,
hunting-permit and validation numbers, fishing cards, pilot licences, boat and private aircraft
registrations, taxi licences and professional cards, driving-school agréments held by a natural
person, land-register owner accounts, PACAGE and MSA numbers, customer and case references),
plate, birth_date (a date in any shape, a date in words, a birth year), birth_place, age, siret (the
SIREN or SIRET of a sole trader), iban, rib (a French RIB or its account number), nir, cadastre (a
parcel owned by a private person) and other (a personal web site or a social-network handle).

dev9 was written by an independent author who read only the mark syntax and the build helpers, not
the recognizers, the anonymizer, the verification, the tests, the documentation or the other sets'
documents and labels, and who did not run the pipeline or an evaluation on it. Its 60 documents
(40 .txt, 10 .html, 10 .docx) are the files of State services and public establishments meant for
publication once anonymized: a university's lists of admitted students, prize winners, thesis
defence notices and authorisations; a lycée's student association boards; a préfecture's published
lists (driving-school agréments, the taxi licence register, guides' professional cards, honorary
medals of labour, of local authorities, of sport and voluntary work, agricultural and academic
palms, second-hand dealers' receipts, taxi-exam results); a sous-préfecture's fire-safety
commission minutes naming owners; a public-inquiry report quoting residents; a tribunal
administratif's list of commissaires enquêteurs; notaries' legal notices; land-consolidation lists
of owners and parcels and a parcel schedule of a public-utility declaration; a port's mooring
register; an airfield's members; a hunting federation's exam results, an ACCA's members and its
blood-tracking handlers; a fishing-card register; a farm cooperative's members; a school-bus route
with stops at private homes; a co-ownership meeting's minutes; transport-claim acknowledgements
without any offence detail; an exported CSV of event volunteers; vCards; e-mail threads with
signatures; scanned forms transcribed; letters with headers and footers. The values come in the
shapes people write them: names of every origin and script (Vietnamese, Malagasy, Polish, Arabic
transliterated, Breton, Corsican, Basque, Portuguese compound surnames, particles, maiden and
married names, initials, nicknames, lower case and capitals); addresses with abbreviated street
types, bis/ter, lieux-dits, named farms and houses, rural roads, lotissements and résidences,
building/staircase/floor, CEDEX and post-office boxes, addresses in Belgium, Switzerland, Spain,
Germany, Portugal and Morocco; phones in every grouping, with +33 (0), foreign and extensions;
e-mails plain and obfuscated; identifiers with valid keys where they have one (NIR, IBAN, RIB,
SIREN/SIRET); plates of every French format; dates in every shape and in words. Officials acting in
their function (préfet, sous-préfet and their agents, jury members, notaries, the commissaire
enquêteur, harbour masters, firefighters, a hunting federation's agents in its public-service
missions, a public transport operator's customer service) are kept in clear; employees of private
companies, syndics, and the officers of clubs and associations are persons. Every document is meant to be published once anonymized (route public):
none holds a sensitive fact (no health, offence, social aid, religion or family conflict).

Run: PYTHONPATH=include .venv/bin/python bench/pii/build_dev9_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev9"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["p01_licence_droit_liste_admis.txt"] = """
UNIVERSITÉ DE PAU ET DES PAYS DE L'ADOUR
Collège Sciences sociales et humanités — Faculté pluridisciplinaire de Bayonne (campus de la Nive)

LICENCE MENTION DROIT — 3e ANNÉE — PARCOURS DROIT PRIVÉ
Année universitaire 2025-2026 — session 1 — délibération du jury du 23 juin 2026

RÉSULTATS — LISTE DES ADMIS
(publiée par affichage au bâtiment Ducourau et sur l'ENT ; les étudiants qui se sont opposés à la publication n'y figurent pas)

Jury désigné par arrêté de la présidente de l'université du 2 février 2026 :
  - ⟦off:Xabier Irigoyen⟧, professeur des universités, président du jury
  - ⟦off:Maite Lasserre-Bidart⟧, maîtresse de conférences HDR
  - ⟦off:Thomas Nguyen-Rouault⟧, maître de conférences
  - ⟦off:Me Arantxa Sallaberry⟧, avocate au barreau de Bayonne, chargée d'enseignement

N° étud.  INE           NOM                       Prénom(s)                Moy.   Mention
--------  -----------   ------------------------  -----------------------  -----  ----------
⟦id:21700290⟧  ⟦id:1703984412J⟧   ⟦p:ETXEBERRIA⟧                ⟦p:Ane⟧                      16,33  Très bien
⟦id:21905573⟧  ⟦id:06AXN02817P⟧   ⟦p:d'ABBADIE d'ARRAST⟧        ⟦p:Louis-Marie⟧              15,80  Bien
⟦id:21904817⟧  ⟦id:1802345671H⟧   ⟦p:AGUERRE-HARAN⟧             ⟦p:Peio⟧                     14,12  Bien
⟦id:21906620⟧  ⟦id:1804417725C⟧   ⟦p:TRẦN⟧                      ⟦p:Minh Châu⟧                13,47  Assez bien
⟦id:21803352⟧  ⟦id:0905123884F⟧   ⟦p:BEN SLIMANE⟧               ⟦p:Nour el Houda⟧            12,40  Assez bien
⟦id:22003019⟧  ⟦id:2001654390W⟧   ⟦p:IRIGOIEN⟧                  ⟦p:Maddi⟧                    12,02  Assez bien
⟦id:21907741⟧  ⟦id:1905532108D⟧   ⟦p:WIŚNIEWSKA⟧                ⟦p:Zofia Anna⟧               11,76  Passable
⟦id:22001146⟧  ⟦id:2001871634K⟧   ⟦p:da SILVA PEREIRA⟧          ⟦p:Beatriz Helena⟧           11,05  Passable
⟦id:21808865⟧  ⟦id:08BDL11593R⟧   ⟦p:RANDRIANASOLO⟧             ⟦p:Fanomezantsoa Tsiry⟧      10,88  Passable
⟦id:22104518⟧  ⟦id:2103456789E⟧   ⟦p:HARISTOY⟧                  ⟦p:Mattin⟧                   10,61  Passable
⟦id:e2207754⟧  ⟦id:1702236650M⟧   ⟦p:ŞAHIN⟧                     ⟦p:Elif⟧                     10,14  Passable

Rectificatif à la liste de 2e année affichée le 16 juin : l'étudiante inscrite sous le nom d'usage ⟦p:LARRALDE épouse CAZENAVE⟧, ⟦p:Itziar⟧ (n° ⟦id:21602278⟧), y figurait par erreur ; elle est admise en L3 (moyenne 12,95, mention Assez bien).

Les relevés de notes sont disponibles sur l'ENT à compter du 1er juillet. Les demandes de consultation des copies se font auprès du secrétariat pédagogique (05 59 40 81 00).

Fait à Bayonne, le 23 juin 2026.
Le président du jury,
⟦off:X. Irigoyen⟧
"""

TXT["p02_prix_theses_fondation.txt"] = """
FONDATION UNIVERSITÉ DE STRASBOURG — PRIX DE THÈSE ET PRIX DE MASTER 2026
Communiqué pour le site web et la lettre d'information (validé par les lauréats)

Le jury, présidé par ⟦off:Pr Christiane Muller-Haegel⟧, vice-présidente recherche, et composé de ⟦off:Pr Olivier Sautter⟧, ⟦off:Dr Fatima-Zahra Bennani⟧ et ⟦off:Pr Henrik Lindqvist⟧ (université de Lund), a examiné 47 candidatures. Il a décerné :

PRIX DE THÈSE « SCIENCES ET TECHNOLOGIES » (5 000 €)
⟦p:Dr Jonas WEISSENBERGER⟧ — « Catalyse photoredox dans l'eau : vers des couplages C–N sans métal »
Né en ⟦bd:1994⟧ à ⟦bp:Fribourg-en-Brisgau⟧ (Allemagne), diplômé de l'ECPM, ⟦p:Jonas⟧ poursuit un post-doctorat à Zurich. Contact presse : ⟦e:jonas.weissenberger@protonmail.ch⟧ — ⟦t:+41 76 418 27 93⟧.

PRIX DE THÈSE « SCIENCES HUMAINES ET SOCIALES » (5 000 €)
⟦p:Dr Małgorzata ŚCIBOROWSKA⟧, dite ⟦p:Gosia⟧ — « Les ouvriers polonais des houillères de Lorraine, 1920-1960 : mémoires familiales et archives d'entreprise »
Petite-fille de mineurs de Merlebach, ⟦ag:31 ans⟧, elle est désormais chercheuse associée ; ses travaux sont présentés sur ⟦o:https://gosia-sciborowska.github.io⟧.

PRIX DE MASTER (1 500 € chacun)
- ⟦p:LÊ Thị Hồng Nhung⟧ (master Chimie, parcours matériaux), née le ⟦bd:2 septembre 2001⟧ à ⟦bp:Hải Phòng (Viêt Nam)⟧ — sur Instagram : ⟦o:@nhung.le.chem⟧
- ⟦p:Yacine AÏT-OUARAB⟧ (master Droit de l'environnement), ⟦ag:24 ans⟧, originaire de ⟦bp:Tizi Ouzou⟧
- ⟦p:Aurélien de MONTALEMBERT-GIRAUD⟧ (master Musicologie) — ex aequo avec ⟦p:Clémence Ott⟧ (master Archéologie)

Mention spéciale du jury : ⟦p:M. Tahina RAZAFIMAHATRATRA⟧, doctorant en géologie, pour ses cartes de la région d'⟦bp:Antsirabe⟧, où il est né.

La remise des prix aura lieu le 9 octobre 2026 au Palais universitaire, en présence de ⟦off:M. Frédéric Reinhardt-Lux⟧, président de l'université.
Contact : Fondation Université de Strasbourg, 4 rue Blaise-Pascal, 67081 Strasbourg Cedex — fondation@unistra.fr
"""

TXT["p03_avis_soutenance_these_corte.txt"] = """
UNIVERSITÀ DI CORSICA PASQUALE PAOLI
École doctorale 377 « Environnement et société »

AVIS DE SOUTENANCE DE THÈSE

⟦p:Monsieur Ghjuvan Petru SANTUCCI⟧

soutiendra publiquement ses travaux de thèse intitulés :
« Transhumance, droits d'usage et biens communaux dans le Niolu (1768-1914) »

dirigés par ⟦off:M. Francescu-Maria LECA⟧, professeur des universités, et codirigés par ⟦off:Mme Anna Rosa PINNA⟧, professoressa associata, Università degli Studi di Sassari,

le vendredi 4 décembre 2026 à 14 h 30 — amphithéâtre Ettori, campus Mariani, avenue Jean-Nicoli, Corte.

Composition du jury :
  ⟦off:Mme Marie-Jeanne ORSONI-FILIPPI⟧, professeure des universités, Aix-Marseille Université — rapporteure
  ⟦off:M. Pierre-Paul ACQUAVIVA⟧, directeur de recherche CNRS, UMR 6240 LISA — rapporteur
  ⟦off:M. Xavier Albertini⟧, maître de conférences, Università di Corsica — examinateur
  ⟦off:M. Francescu-Maria LECA⟧ — directeur de thèse
  ⟦off:Mme Anna Rosa PINNA⟧ — codirectrice de thèse

Résumé : à partir des registres de pâturage de Calacuccia, Albertacce et Lozzi et d'une quarantaine d'entretiens menés auprès de bergers (dont ⟦p:Ghjuvanni « Ninu » Luciani⟧, dernier transhumant de la vallée, qui a accepté d'être cité), la thèse reconstitue...

La soutenance est publique. Pour recevoir le manuscrit en PDF, écrire au doctorant : ⟦e:santucci.gp [at] laposte [point] net⟧ — ou par téléphone au ⟦t:06 19 42 83 57⟧ (laisser un message).
"""

TXT["p04_arretes_autorisation_soutenance.txt"] = """
UNIVERSITÉ DE LORRAINE
Direction de la recherche et de la valorisation — Pôle études doctorales

ARRÊTÉ N° 2026-DRV-0412 PORTANT AUTORISATION DE SOUTENANCE DE THÈSE

Le président de l'Université de Lorraine,
Vu l'arrêté du 25 mai 2016 fixant le cadre national de la formation et les modalités conduisant à la délivrance du diplôme national de doctorat ;
Vu les rapports favorables de ⟦off:M. Tomasz Nowicki⟧, professeur, Politechnika Warszawska, et de ⟦off:Mme Sophie Ribeiro-Lamarche⟧, directrice de recherche, INRAE ;
Vu la demande présentée par ⟦p:Mme Małgorzata WIŚNIEWSKA-KOWALCZYK⟧, née le ⟦bd:04/03/1994⟧ à ⟦bp:Łódź (Pologne)⟧, inscrite en doctorat de mécanique sous le numéro ⟦id:31709448⟧ (INE ⟦id:0A4HQ20391K⟧) ;

ARRÊTE
Article 1 : ⟦p:Mme WIŚNIEWSKA-KOWALCZYK⟧ est autorisée à présenter en soutenance ses travaux en vue de l'obtention du diplôme national de doctorat, spécialité mécanique des matériaux.
Article 2 : la soutenance aura lieu le 17 novembre 2026 à 9 h 30, salle du conseil, ENSEM, 2 avenue de la Forêt-de-Haye, Vandœuvre-lès-Nancy.

Fait à Nancy, le 2 octobre 2026. Pour le président et par délégation, la vice-présidente du conseil scientifique, ⟦off:Hélène Bouchot-Klein⟧

---------------------------------------------------------------------------------------------

ARRÊTÉ N° 2026-DRV-0419 PORTANT AUTORISATION DE SOUTENANCE D'UNE HABILITATION À DIRIGER DES RECHERCHES

Vu la demande présentée par ⟦p:M. Karim BENSAÏD-FERRAND⟧, né le ⟦bd:douze novembre mil neuf cent quatre-vingt-un⟧ à ⟦bp:Oran (Algérie)⟧, maître de conférences à l'IUT de Metz ;
Vu les rapports de ⟦off:Mme Ingrid Vandenbossche⟧ (KU Leuven), ⟦off:M. Ahmed Chérif-Tounsi⟧ (université de Tunis El Manar) et ⟦off:M. Jean-Luc Perrot⟧ (CEA Saclay) ;
Article 1 : ⟦p:M. Bensaïd-Ferrand⟧ est autorisé à soutenir son habilitation à diriger des recherches le 20 novembre 2026 à 14 heures, amphithéâtre 8, campus du Saulcy, Metz.

Notification à l'intéressé : ⟦a:37, rue des Jardins, app. 12⟧, 57000 Metz — ⟦e:k.bensaid-ferrand@free.fr⟧
"""

TXT["p05_maison_des_lyceens_bureau.txt"] = """
LYCÉE POLYVALENT ANITA-CONTI — BRUZ
MAISON DES LYCÉENS (association loi 1901) — RNA W353019874

DÉCLARATION DE MODIFICATION DE LA LISTE DES PERSONNES CHARGÉES DE L'ADMINISTRATION
(assemblée générale du 2 octobre 2026 — transmise au greffe des associations de la préfecture d'Ille-et-Vilaine ; affichée dans le hall)

Bureau élu pour l'année 2026-2027 :

Président : ⟦p:KERHERVÉ Tangi⟧, élève de terminale générale, né le ⟦bd:14/02/2009⟧ (⟦ag:17 ans⟧), domicilié ⟦a:7 all. des Ajoncs, lotissement le Clos-Mahé⟧, 35170 Bruz — tél. ⟦t:07.81.22.49.36⟧
Vice-présidente : ⟦p:NGUYỄN Thị Bảo Ngọc⟧ (dite « ⟦p:Ngoc⟧ »), élève de 1re STMG, née le ⟦bd:30 juin 2009⟧ à ⟦bp:Cesson-Sévigné⟧, ⟦a:12 ter rue Pierre-Brossolette, résidence Le Patio, bât. B, 3e ét.⟧, 35000 Rennes
Trésorière : ⟦p:RAVELOJAONA Mialy Fitiavana⟧, élève de terminale, née le ⟦bd:2008-11-19⟧, ⟦a:La Haute Morinais⟧, 35230 Orgères — ⟦t:06 58 04 17 92⟧
Trésorier adjoint : ⟦p:Ewen LE GUENNEC-PICHON⟧, élève de 2de, ⟦ag:15 ans et demi⟧ (membre sans droit de signature)
Secrétaire : ⟦p:mathilde ROUXEL⟧, élève de BTS SIO 1re année, ⟦a:4 bis r. de la Chalotais⟧, Bruz — ⟦e:mathilde.rouxel35@gmail.com⟧

Adresse de correspondance de l'association : lycée Anita-Conti, avenue Pierre-et-Marie-Curie, 35170 Bruz (à l'attention du président).
Adulte référent : ⟦off:M. Grégoire Lamour⟧, conseiller principal d'éducation. Le proviseur, ⟦off:Mme Nadia Ferrand-Chevallier⟧, membre de droit.

Certifié conforme, à Bruz, le 5 octobre 2026.
Le président ⟦p:T. Kerhervé⟧ — la secrétaire ⟦p:M. Rouxel⟧
"""

TXT["p06_agrements_auto_ecoles.txt"] = """
PRÉFECTURE DU FINISTÈRE
Direction de la citoyenneté et de la légalité — Bureau de la circulation et de la sécurité routière

ÉTABLISSEMENTS D'ENSEIGNEMENT DE LA CONDUITE ET DE LA SÉCURITÉ ROUTIÈRE AGRÉÉS — ARRONDISSEMENT DE BREST
(liste publiée en application de l'article R. 213-1 du code de la route — mise à jour du 1er mars 2026)

N° agrément        Établissement / exploitant                                        Adresse de l'établissement                   Catégories
E 02 029 0014 0    ÉCOLE DE CONDUITE DU VIEUX-PORT (SARL) — gérant : ⟦p:M. Goulven KERMARREC⟧          14 quai Commandant-Malbert, 29200 Brest        B, AM, A
⟦id:E 15 029 0007 0⟧    AUTO-ÉCOLE MOAL — exploitante individuelle : ⟦p:Mme Armelle MOAL épouse QUÉRÉ⟧, SIRET ⟦siret:798 564 308 00012⟧     ⟦a:3 pl. de la Mairie⟧, 29860 Plabennec      B, BE
⟦id:E1902900210⟧        CONDUITE ABER-ILDUT — ⟦p:M. Hoang Long VŨ⟧ (entreprise individuelle, SIREN ⟦siret:882034754⟧)     ⟦a:ZA de Kerfeunteun, rue Pen-ar-Créac'h, local 4⟧, 29830 Ploudalmézeau         B
E 21 029 0003 0    ECF BREST IROISE (SAS) — directeur : ⟦p:M. Mickaël Kérébel⟧                          31 bd Montaigne, 29200 Brest          B, C, CE, D
⟦id:E 22 029 0011 0⟧    « PERMIS PLUS » — ⟦p:Mlle Rachida EL AMRANI⟧, entrepreneuse individuelle, SIRET ⟦siret:92450618100016⟧      ⟦a:72 r. Jean-Jaurès, rez-de-chaussée⟧, 29200 Brest        B, conduite accompagnée

Enseignants titulaires de l'autorisation d'enseigner déclarés par les établissements individuels :
- ⟦p:MOAL Armelle⟧ — autorisation n° ⟦id:A 04 029 0123 0⟧, valable jusqu'au 31/12/2027
- ⟦p:LE DUFF Tristan⟧ — autorisation n° ⟦id:A 11 056 0048 0⟧ (délivrée dans le Morbihan)
- ⟦p:VŨ Hoang Long⟧ — autorisation n° ⟦id:A0802900970⟧
- ⟦p:EL AMRANI Rachida⟧ — autorisation n° ⟦id:A 15 075 1402 0⟧ ; ⟦p:MOREIRA DOS SANTOS Nuno⟧ — autorisation n° ⟦id:A 19 029 0217 0⟧ (moniteur deux-roues)

Retrait d'agrément à la demande de l'exploitant (cessation d'activité au 31 janvier 2026) : AUTO-ÉCOLE DES ABERS, ⟦p:M. Jean-Yves Le Roux⟧, agrément n° ⟦id:E 98 029 0052 0⟧.

Pour le préfet et par délégation, la cheffe de bureau, ⟦off:Katell Provost⟧
"""

TXT["p07_registre_ads_taxis.txt"] = """
VILLE DE QUIMPER — REGISTRE DES AUTORISATIONS DE STATIONNEMENT (TAXIS)
Registre public tenu en application de l'article L. 3121-5 du code des transports — extrait au 15 avril 2026
Transmis à la préfecture du Finistère (commission locale des transports publics particuliers de personnes)

ADS | Délivrée le | Titulaire | Carte professionnelle | Véhicule | Immatriculation | Exploitation
n° 01 | 12/03/1998 | ⟦p:CARADEC Jean-François⟧ | ⟦id:029-1998-0041⟧ | Peugeot 508 SW | ⟦pl:FG-482-KT⟧ | personnelle
n° 02 | 04/07/2003 | ⟦p:LE BERRE Nolwenn épse STEPHAN⟧ | ⟦id:029-2003-0112⟧ | Toyota Corolla TS | ⟦pl:GA 137 ZN⟧ | personnelle
n° 04 | 19/01/2009 | ⟦p:NGUYEN VAN Thanh dit « Thierry »⟧ | ⟦id:0292009/0233⟧ | Skoda Superb | ⟦pl:EX819LM⟧ | personnelle
n° 05 | 02/02/2005 | ⟦p:DA COSTA FERREIRA Manuel⟧ | ⟦id:029-2005-0170⟧ | Mercedes Classe V (TPMR) | ⟦pl:2648 XK 29⟧ | location-gérance à ⟦p:M. Serge Le Naour⟧, carte ⟦id:029-2017-0598⟧
n° 07 | 30/09/2014 | ⟦p:BOUZIANE Samir⟧ | ⟦id:029-2014-0409⟧ | Toyota C-HR | ⟦pl:FQ-006-HH⟧ | personnelle
n° 08 | 30/09/2014 | ⟦p:GOURMELEN-RIOU Soizic⟧ | ⟦id:029-2012-0355⟧ | Kia Niro | ⟦pl:gh-915-ar⟧ | personnelle
n° 11 | 15/12/2021 | ⟦p:RAKOTOARISOA Haja⟧ | ⟦id:029-2021-0877⟧ | Tesla Model Y | ⟦pl:GK 771 PB⟧ | personnelle (SIRET ⟦siret:836 745 216 00017⟧)

Observations :
- ADS n° 03, 06, 09 et 10 : délivrées à des sociétés, hors extrait.
- ADS n° 04 : changement de véhicule déclaré le 3 mars 2026 (ancien véhicule ⟦pl:AB-127-QS⟧ vendu).
- ADS n° 05 : le titulaire, ⟦ag:67 ans⟧, a fait connaître son intention de présenter un successeur ; liste d'attente : 1. ⟦p:M. Loïc Tanguy⟧ (inscrit le 06/06/2019), 2. ⟦p:Mme Fatou Ndiaye Sarr⟧ (inscrite le 14/01/2022), 3. ⟦p:M. Ronan Guéguen⟧.

Certifié exact, le 15 avril 2026 — pour la maire, l'adjointe déléguée, ⟦off:Anne-Marie Kerdraon⟧
"""

TXT["p08_cartes_guides_conferenciers.txt"] = """
PRÉFECTURE DE LA RÉGION NOUVELLE-AQUITAINE — PRÉFECTURE DES PYRÉNÉES-ATLANTIQUES
Cartes professionnelles de guide-conférencier délivrées au 2e semestre 2025
(liste publiée ; les coordonnées figurent avec l'accord des titulaires, qui exercent pour la plupart en micro-entreprise)

⟦p:ARBELBIDE Txomin⟧ — carte n° ⟦id:GC064250031⟧ — langues : basque, espagnol, français
  micro-entrepreneur, SIRET ⟦siret:899 120 372 00011⟧ — ⟦a:maison Etxegaraia, chemin d'Arrauntz⟧, 64480 Ustaritz — ⟦t:06 63 18 07 42⟧ — ⟦e:txomin.arbelbide@euskaltel.net⟧

⟦p:Mme FONSECA DE OLIVEIRA Ana Rita⟧ — carte n° ⟦id:GC064250032⟧ — langues : portugais, anglais, français
  SIRET ⟦siret:90117342700013⟧ — ⟦a:Rua de Santa Catarina, 1120, 2.º esq., 4000-447 Porto (Portugal)⟧ — ⟦t:+351 912 345 678⟧ / ⟦t:+33 (0)7 69 12 40 85⟧

⟦p:M. de LESTAPIS Charles-Antoine⟧ — carte n° ⟦id:GC064250035⟧ — langues : anglais, italien
  EI, SIREN ⟦siret:518 472 907⟧ — ⟦a:Domaine de Bordenave, RD 934⟧, 64290 Gan — site : ⟦o:www.pau-visites-lestapis.fr⟧

⟦p:Mlle Iraia ZUBELDIA⟧ — carte n° ⟦id:GC 064 25 0038⟧ — langues : basque, espagnol, anglais
  ⟦a:Calle Easo 24, 3º izda., 20006 Donostia-San Sebastián (Gipuzkoa, Espagne)⟧ — ⟦t:+34 612 34 56 78⟧ — courriel : iraia.zubeldia (arobase) gmail.com

⟦p:M. HADDAD Youssef⟧ — carte n° ⟦id:GC064250040⟧ — langues : arabe, anglais, français
  ⟦a:Résidence Al Andalous, imm. 4, appt 12, Hay Riad⟧, Rabat (Maroc) pendant l'hiver — ⟦t:+212 6 61 23 45 67⟧ ; en saison ⟦a:11 av. de la Marne⟧, 64200 Biarritz

Décisions signées, pour le préfet de région et par délégation, par la directrice régionale adjointe des affaires culturelles, ⟦off:Mme Laurence Bortoli-Caubet⟧.
"""

TXT["p09_examen_permis_chasser_recus.txt"] = """
FÉDÉRATION DÉPARTEMENTALE DES CHASSEURS DES PYRÉNÉES-ATLANTIQUES
Examen du permis de chasser — session du mardi 14 avril 2026 — centre d'examen de Sauvagnon
LISTE DES CANDIDATS REÇUS (résultats validés par l'inspecteur du permis de chasser de l'OFB)

N° dossier      Nom                          Prénom          Date de naissance   Commune de résidence
⟦id:64-26-00412⟧     ⟦p:GOYHETCHE⟧                    ⟦p:Kattalin⟧        ⟦bd:12/05/2010⟧          Hasparren
⟦id:64-26-00417⟧     ⟦p:LABORDE-BALEN⟧                ⟦p:Bixente⟧         ⟦bd:03/01/1987⟧          Mauléon-Licharre
⟦id:64-26-00420⟧     ⟦p:PEYRÉ⟧                        ⟦p:Jean-Baptiste⟧   ⟦bd:21/09/1961⟧          Oloron-Sainte-Marie
⟦id:64-26-00423⟧     ⟦p:OURAHMOUNE⟧                   ⟦p:Mehdi⟧           ⟦bd:07/07/1999⟧          Pau
⟦id:64-26-00431⟧     ⟦p:dos REIS MARTINS⟧             ⟦p:Tiago⟧           ⟦bd:29/02/2008⟧          Orthez
⟦id:64-26-00433⟧     ⟦p:SALLENAVE⟧                    ⟦p:Marie-Pierre⟧    ⟦bd:15/10/1975⟧          Arudy
⟦id:64-26-00440⟧     ⟦p:O'SULLIVAN⟧                   ⟦p:Ciarán⟧          ⟦bd:11/11/1982⟧          Salies-de-Béarn

Candidats ajournés : 6 (non publiés). Épreuve théorique passée en anglais à la demande du candidat : ⟦p:O'SULLIVAN Ciarán⟧ (résident irlandais installé en 2019).
Rappel : les lauréats de moins de 16 ans (⟦p:Kattalin GOYHETCHE⟧, ⟦ag:15 ans⟧) ne peuvent chasser qu'accompagnés jusqu'à la validation de leur permis à 16 ans.
Les permis seront adressés par l'OFB au domicile des lauréats.

Le président de la fédération, ⟦off:Jean-Marc Lacoste⟧ — l'inspecteur du permis de chasser, ⟦off:Pascal Hourcade⟧
"""

TXT["p10_medailles_travail_1er_janvier.txt"] = """
PRÉFECTURE DU FINISTÈRE — RECUEIL DES ACTES ADMINISTRATIFS SPÉCIAL N° 29-2026-004

Arrêté n° 29-2026-01-12-00004 du 12 janvier 2026 portant attribution de la médaille d'honneur du travail — promotion du 1er janvier 2026

Le préfet du Finistère, chevalier de la Légion d'honneur,
Vu le décret n° 84-591 du 4 juillet 1984 modifié relatif à la médaille d'honneur du travail ;
Sur proposition de la secrétaire générale de la préfecture,
ARRÊTE :

Article 1er — La médaille d'honneur du travail ARGENT est décernée à :
- ⟦p:Mme ABGRALL Maryvonne née LE BRIS⟧, assistante administrative, CRÉDIT MUTUEL ARKÉA, Le Relecq-Kerhuon, demeurant à Plougastel-Daoulas.
- ⟦p:M. AR GALL Padrig⟧, technicien de maintenance, NAVAL GROUP, Brest, demeurant ⟦a:Kerandraon Vihan⟧, Guipavas.
- ⟦p:Mme CASANOVA épouse PAOLI Marie-Dominique⟧, assistante de direction, CHAMBRE DE COMMERCE ET D'INDUSTRIE MÉTROPOLITAINE BRETAGNE OUEST, Brest, demeurant à Brest.
- ⟦p:M. NGUYEN VAN Thanh, dit Thierry⟧, chauffeur de taxi salarié puis artisan, TAXIS QUIMPÉROIS, Quimper, demeurant à Ergué-Gabéric.
- ⟦p:Mme RAZAFINDRAKOTO Hery Nirina⟧, comptable, SAS BRIDOR, Servon-sur-Vilaine, demeurant à Landerneau.

Article 2 — La médaille d'honneur du travail VERMEIL est décernée à :
- ⟦p:Mme KOWALCZYK Jadwiga Stanisława, épouse MAZUREK⟧, opératrice de production, ENTREMONT ALLIANCE, Quimper, demeurant à Pluguffan.
- ⟦p:M. le CORRE Yann-Vari⟧, ouvrier ostréicole, SARL HUÎTRES CADORET, Riec-sur-Bélon, demeurant ⟦a:Rosbras, route du port⟧, Riec-sur-Bélon.
- ⟦p:Mme BENHAMOU-ATTALI Sarah⟧, cadre bancaire, BNP PARIBAS, Brest, demeurant à Brest.

Article 3 — La médaille d'honneur du travail OR est décernée à :
- ⟦p:M. QUÉMÉNER Jean-Pierre Marie Joseph⟧, agent de maîtrise, SNCF VOYAGEURS, Morlaix, demeurant à Saint-Martin-des-Champs.
- ⟦p:Mme LE GOFF Gwenaëlle née KERBOUL⟧, assistante commerciale, LE TÉLÉGRAMME, Morlaix, demeurant à Plourin-lès-Morlaix.

Article 4 — La médaille d'honneur du travail GRAND OR est décernée à :
- ⟦p:M. MENDES DA SILVA José Manuel⟧, chef de chantier, EIFFAGE CONSTRUCTION BRETAGNE, Brest, demeurant à Gouesnou.
- ⟦p:Mme TRƯƠNG Thị Mai, épouse GUILLOU⟧, agent de production, GLOBAL SEAFOOD, Douarnenez, demeurant à Douarnenez.

Article 5 — La secrétaire générale de la préfecture est chargée de l'exécution du présent arrêté.
Fait à Quimper, le 12 janvier 2026. Pour le préfet et par délégation, la secrétaire générale, ⟦off:Sophie Hantz-Leménager⟧
"""

TXT["p11_medailles_regionale_departementale_communale.txt"] = """
PRÉFECTURE DES PYRÉNÉES-ATLANTIQUES
Cabinet du préfet — Bureau de la représentation de l'État

ARRÊTÉ PORTANT ATTRIBUTION DE LA MÉDAILLE D'HONNEUR RÉGIONALE, DÉPARTEMENTALE ET COMMUNALE
Promotion du 14 juillet 2026 — arrondissement de Bayonne

ÉCHELON ARGENT (20 ans de services)
⟦p:M. Jean-Pierre ETCHEVERRY⟧, adjoint technique principal de 1re classe, commune d'Espelette, demeurant à Itxassou
⟦p:Mme Elixabete HARRIET-DUHALDE⟧, rédactrice principale, communauté d'agglomération Pays basque, demeurant ⟦a:quartier Basseboure, maison Ametzondoa⟧, 64310 Ascain
⟦p:M. Beñat ARRIETA⟧, conseiller municipal de Sare depuis 2001, demeurant à Sare
⟦p:Mme Soraya BELKACEM ép. LAFITTE⟧, agente spécialisée principale des écoles maternelles, commune de Boucau, demeurant à Tarnos (Landes)

ÉCHELON VERMEIL (30 ans)
⟦p:M. Ramuntxo MENDIBOURE⟧, agent de maîtrise, syndicat mixte Bil Ta Garbi, demeurant à Urrugne
⟦p:Mme Marie-Thérèse (dite « Maïté ») LARRÉGUY⟧, adjointe administrative principale, mairie de Bidart, demeurant à Bidart
⟦p:M. Florian d'ELISSAGARAY⟧, ancien maire-adjoint de Saint-Pée-sur-Nivelle (1995-2025), demeurant ⟦a:Ibarrondoa, chemin de Serres⟧, Saint-Pée-sur-Nivelle

ÉCHELON OR (35 ans)
⟦p:Mme Gaxuxa ELIÇABIDE veuve IRATÇABAL⟧, secrétaire de mairie, commune d'Aincille, demeurant à Saint-Jean-Pied-de-Port
⟦p:M. Abdelkader BEN YAHIA⟧, agent de maîtrise principal, ville de Bayonne, demeurant à Anglet
⟦p:M. DUFAU-SANSOT (Pierre)⟧, ingénieur principal, conseil départemental, demeurant à Lahonce

Les intéressés (⟦p:M. Etcheverry⟧, ⟦p:Mme Harriet-Duhalde⟧...) recevront leur diplôme par l'intermédiaire de leur collectivité employeur ; la remise de la médaille aux élus a lieu en mairie.

Bayonne, le 3 juillet 2026. Le sous-préfet de Bayonne, ⟦off:Philippe Le Moing-Surzur⟧
"""

TXT["p12_ccdsa_erp_pv_dinan.txt"] = """
SOUS-PRÉFECTURE DE DINAN
SOUS-COMMISSION D'ARRONDISSEMENT POUR LA SÉCURITÉ CONTRE LES RISQUES D'INCENDIE ET DE PANIQUE DANS LES ÉTABLISSEMENTS RECEVANT DU PUBLIC
PROCÈS-VERBAL DE LA SÉANCE DU JEUDI 12 MARS 2026 (salle Duguesclin, sous-préfecture)

Présents, membres à voix délibérative :
⟦off:M. Hervé Kerjean⟧, sous-préfet de Dinan, président ; ⟦off:Cdt Yannick Le Béchec⟧, SDIS 22, groupement territorial Est, rapporteur ; ⟦off:Mme Claire Briand⟧, DDTM 22, service bâtiment et accessibilité ; ⟦off:Lt Gaëlle Morvan⟧, gendarmerie nationale, compagnie de Dinan.
Maires ou adjoints des communes concernées : ⟦off:M. Loïc Boixière⟧ (Pluduno), ⟦off:Mme Annick Hamon-Lebreton⟧ (Dinan).

DOSSIER 1 — Gîte de groupe « Ty Kerlann » (établissement de 5e catégorie avec locaux à sommeil, type O, 48 lits), ⟦a:lieu-dit Kerlann⟧, 22130 Pluduno
Propriétaires exploitants : ⟦p:M. Riwal LE CALVEZ⟧ et ⟦p:Mme Soizic LE CALVEZ née JÉGOU⟧, ⟦a:Kerlann, 1 rte de la Ville-Hélio⟧, 22130 Pluduno — ⟦t:02.96.84.17.36⟧ / ⟦t:06 07 51 44 28⟧
Objet : visite de réception après transformation de la grange en dortoirs (permis de construire PC 022 224 25 C0009).
Avis : FAVORABLE à l'ouverture, sous réserve de la pose d'un bloc autonome d'éclairage de sécurité supplémentaire dans l'escalier du dortoir n° 2.

DOSSIER 2 — Bar-restaurant « Le Quai », ⟦a:22 rue du Quai⟧, 22100 Dinan — 4e catégorie, type N
Exploitant : ⟦p:M. Anh Tuấn PHẠM⟧, entrepreneur individuel, SIRET ⟦siret:812 453 678 00011⟧, domicilié ⟦a:5 rue de la Lainerie, 2e étage droite⟧, Dinan.
Propriétaire des murs : ⟦p:Mme Geneviève BOUGEARD veuve ROLLAND⟧, ⟦a:3 bis rue de la Ferronnerie⟧, 22100 Dinan, représentée par son fils ⟦p:M. Thierry Rolland⟧ (⟦t:+33 6 72 18 94 03⟧).
Objet : visite périodique. Avis : FAVORABLE à la poursuite de l'exploitation. Le propriétaire fera procéder au remplacement du désenfumage de la cage d'escalier avant le 31 décembre 2026 (travaux à la charge des murs, accord de ⟦p:Mme Bougeard⟧ acté en séance).

DOSSIER 3 — Salle de réception du « Manoir de la Grande Cour », ⟦a:La Grande Cour, RD 766⟧, 22980 Vildé-Guingalan — 3e catégorie, type L
Propriétaire : ⟦p:M. Hubert de KERGARIOU de LA GRANDVILLE⟧, ⟦a:Château du Val, route de Saint-Malo⟧, 35800 Dinard ; gérante de la SARL exploitante : ⟦p:Mme Iwona KRAWCZYK-LEBRETON⟧.
Objet : dossier d'aménagement (création d'une véranda de 90 m²). Avis : FAVORABLE avec prescriptions (cf. rapport du SDIS annexé).

DOSSIER 4 — Chambres d'hôtes « Les Rochers Sculptés » : hors compétence (moins de 15 personnes), classement sans suite. Propriétaire informé : ⟦p:Mme Rosa Maria TEIXEIRA⟧, ⟦a:12 impasse des Pêcheurs⟧, 22410 Saint-Quay-Portrieux.

La séance est levée à 12 h 10.
Le président, ⟦off:H. Kerjean⟧ — le rapporteur, ⟦off:Cdt Y. Le Béchec⟧
"""

TXT["p13_rapport_enquete_publique_pianiccia.txt"] = """
ENQUÊTE PUBLIQUE UNIQUE — PERMIS DE CONSTRUIRE ET AUTORISATION DE DÉFRICHEMENT
Centrale photovoltaïque au sol de « Pianiccia » — commune de Ghisonaccia (Haute-Corse)
du 2 au 31 mars 2026 — arrêté préfectoral n° 2B-2026-01-27-003

RAPPORT DU COMMISSAIRE ENQUÊTEUR
Chapitre 4 — Analyse des observations du public (extraits)

4.1 Bilan : 38 observations (21 au registre papier de la mairie, 14 par courriel sur le registre dématérialisé, 3 courriers annexés au registre).

4.2 Observations (les auteurs sont cités, le registre étant public ; le texte est résumé, les guillemets reprennent leurs mots)

R3 — ⟦p:M. Ghjuvanni Battista CASANOVA⟧, agriculteur, ⟦a:Casa Casanova, lieu-dit Pianiccia, RT 10⟧ : « Ma famille cultive des clémentiniers sur les parcelles voisines (⟦cad:section B n° 512 et 513⟧) depuis 1962. Je ne suis pas contre le projet mais je demande une haie de séparation et un accès maintenu par la piste. »

R7 — ⟦p:Mme Marie-Ange SANTONI épouse RISTORI⟧, ⟦ag:74 ans⟧, ⟦a:hameau de Casamozza, maison Ristori⟧ : s'interroge sur la réverbération des panneaux vers sa terrasse, située à 300 m au nord du site.

C2 — courrier de ⟦p:M. et Mme Dieter et Ursula HOFMANN⟧, propriétaires d'une résidence secondaire ⟦a:Marine de Calzarellu, villa « A Stella »⟧, domiciliés ⟦a:Lindenweg 7, 72070 Tübingen (Allemagne)⟧ : demandent que le chantier évite juillet et août.

E5 — courriel de « ⟦p:francois-xavier.paoli⟧ » (⟦e:francois-xavier.paoli@orange.fr⟧), ancien conseiller municipal : favorable, « à condition que la commune perçoive une part des retombées fiscales ».

E9 — courriel signé ⟦p:« Lulu » Luciani⟧ (⟦e:lulu.luciani2B@gmail.com⟧, tél. ⟦t:04 95 56 12 80⟧), apiculteur : propose d'installer ses ruches sous les panneaux et demande à être mis en relation avec le pétitionnaire.

E11 — ⟦p:Mme Chantal VANDERMEULEN-DUPUIS⟧, ⟦a:Avenue des Tilleuls 23 bte 4, 1180 Uccle (Belgique)⟧, ⟦t:+32 475 12 34 56⟧ : propriétaire indivise de la parcelle ⟦cad:B 498⟧, elle confirme avoir signé une promesse de bail avec le pétitionnaire.

R15 — ⟦p:M. Orsu-Antone GIACOMETTI-SUSINI⟧, né à ⟦bp:Prunelli-di-Fiumorbo⟧ en ⟦bd:1949⟧, berger retraité, ⟦a:Bergerie de Saparelli⟧ : rappelle l'existence d'un ancien chemin de transhumance traversant le site.

4.3 Réponse du pétitionnaire (mémoire en réponse du 14 avril 2026, signé par ⟦p:M. Julien Ferracci⟧, chef de projet de la SAS Soleil de Pianiccia) : une haie double sera plantée en limite des parcelles ⟦cad:B 512⟧ et ⟦cad:B 513⟧ ; la piste et le chemin de Saparelli resteront ouverts ; la convention apicole proposée par ⟦p:M. Luciani⟧ sera étudiée.

Fait à Bastia, le 28 avril 2026. Le commissaire enquêteur, ⟦off:Jean-Toussaint Mattei⟧
"""

TXT["p14_liste_aptitude_commissaires_enqueteurs.txt"] = """
TRIBUNAL ADMINISTRATIF DE RENNES
Commission départementale chargée d'établir la liste d'aptitude aux fonctions de commissaire enquêteur — DÉPARTEMENT DU MORBIHAN

LISTE D'APTITUDE POUR L'ANNÉE 2026
(décision de la commission du 24 novembre 2025 — publiée au recueil des actes administratifs de la préfecture du Morbihan ; les coordonnées sont publiées pour permettre aux autorités organisatrices de joindre les commissaires)

La commission, présidée par ⟦off:M. Pierre-Yves Trémeur⟧, premier conseiller au tribunal administratif, délégué par la présidente du tribunal, a arrêté la liste suivante :

 1. ⟦p:ALLANIC Yannick⟧ — ingénieur divisionnaire des travaux publics de l'État en retraite — ⟦a:14 r. du Gal-de-Gaulle⟧, 56270 Ploemeur — ⟦t:02 97 86 41 05⟧ / ⟦t:06 71 52 39 80⟧ — ⟦e:y.allanic@wanadoo.fr⟧
 2. ⟦p:BAUDIC-NOBLET Françoise⟧ — urbaniste OPQU — ⟦a:Le Rohic, chemin de Kerhouarn⟧, 56400 Brech — ⟦t:0297241809⟧ — ⟦e:f.baudic.noblet(a)gmail.com⟧
 3. ⟦p:CHEVANCE Philippe-Emmanuel⟧, dit « ⟦p:P.-E.⟧ » — géomètre-expert honoraire — ⟦a:BP 27⟧, 56340 Carnac — ⟦t:06-84-20-11-97⟧
 4. ⟦p:DOS SANTOS MACHADO Paulo Jorge⟧ — ingénieur hydrogéologue — ⟦a:3, impasse des Mimosas, lotissement Ty Nevez⟧, 56850 Caudan — ⟦t:+33 (0)6 30 45 88 17⟧
 5. ⟦p:ÉVANNO Marie-Noëlle⟧ (née en ⟦bd:1956⟧) — ancienne directrice d'école — ⟦a:Kerguestenen Izel⟧, 56700 Merlevenez — ⟦e:mn.evanno@laposte.net⟧
 6. ⟦p:GUERMEUR Jean-Claude⟧ — officier de marine en retraite — ⟦a:12 ter, quai des Indes⟧, 56290 Port-Louis — ⟦t:02.97.82.14.63⟧
 7. ⟦p:LE PABIC épouse NAËL Annie⟧ — juriste en droit de l'environnement — ⟦a:résidence Les Embruns, 2 av. de la Perrière, bât. C, esc. 1, appt 108⟧, 56100 Lorient — ⟦t:06 14 39 92 07⟧
 8. ⟦p:RAHARISON Andry Nirina⟧ — ingénieur agronome — ⟦a:Moulin de Kerbellec⟧, 56330 Pluvigner — ⟦t:07 83 55 10 64⟧ — ⟦e:andry.raharison@ingenieurs-agro.org⟧
 9. ⟦p:SZYMAŃSKI Jerzy⟧ — architecte DPLG — ⟦a:Ker Anna, 27 rte de Locmaria, RD 25⟧, 56360 Le Palais (Belle-Île-en-Mer) — ⟦t:02 97 31 29 58 poste 2⟧

Ne sont pas reconduits, à leur demande : ⟦p:M. Gildas MORVAN⟧ ; ⟦p:Mme Yvonne LE DORZ-QUILLÉRÉ⟧.

Fait à Rennes, le 24 novembre 2025. Le président de la commission, ⟦off:P.-Y. Trémeur⟧
"""

TXT["p15_annonces_legales_notaires.txt"] = """
ANNONCES LÉGALES — LE JOURNAL DES ANNONCES DE LA GIRONDE — édition du 6 mars 2026
Rubrique : notaires

---
CHANGEMENT DE RÉGIME MATRIMONIAL
Suivant acte reçu par ⟦off:Maître Anne-Sophie GUILLOU-KERVELLA⟧, notaire associée de la SELARL « Notaires Garonne Entre-deux-Mers », titulaire d'un office notarial à Créon (33670), le 2 mars 2026,
⟦p:Monsieur Yannick Jean Marie LE GALL⟧, retraité, et ⟦p:Madame Marie-Thérèse Yvonne CORRE⟧, retraitée, son épouse, demeurant ensemble à SADIRAC (33670) ⟦a:17 chemin de Lestage⟧.
Monsieur est né à ⟦bp:PLONÉOUR-LANVERN (29720)⟧ le ⟦bd:26 janvier 1952⟧,
Madame est née à ⟦bp:QUIMPER (29000)⟧ le ⟦bd:3 septembre 1954⟧.
Mariés à la mairie d'ERGUÉ-GABÉRIC (29500) le 14 août 1976 sous le régime de la communauté de biens meubles et acquêts, ont adopté le régime de la communauté universelle.
Les oppositions des créanciers à ce changement, s'il y a lieu, seront reçues dans les trois mois de la présente insertion, en l'office notarial où domicile a été élu à cet effet. Pour insertion — Le notaire.

---
AVIS DE SAISINE DE LÉGATAIRE UNIVERSEL — DÉLAI D'OPPOSITION
Article 1007 du code civil et article 1378-1 du code de procédure civile
Suivant testament olographe en date du 2 mai 2019, ⟦p:Madame Jeanine Renée Aline THOMAS⟧, en son vivant retraitée, demeurant à BORDEAUX (33000) ⟦a:9 bis rue Yves-Collet, résidence Les Mouettes, appt 23⟧, née à ⟦bp:Lesneven (29)⟧ le ⟦bd:14/07/1931⟧, veuve de ⟦p:Monsieur Auguste Pierre KERAUDREN⟧, décédée à Bordeaux le 9 janvier 2026, a consenti un legs universel.
Consécutivement à son décès, ce testament a fait l'objet d'un dépôt aux termes du procès-verbal d'ouverture et de description de testament reçu par ⟦off:Maître Pierre-Henri DUCOURNAU⟧, notaire à Bordeaux, le 20 février 2026.
Légataire : ⟦p:M. Kévin NGÔ QUANG⟧, né le ⟦bd:1er avril 1990⟧ à ⟦bp:Talence⟧, demeurant ⟦a:41 cours de l'Yser, 4e étage gauche⟧, 33800 Bordeaux.
Opposition à l'exercice de ses droits pourra être formée par tout intéressé auprès du notaire chargé du règlement de la succession : Maître DUCOURNAU, notaire à Bordeaux, référence CRPCEN : 33021, dans le mois suivant la réception par le greffe de l'expédition du procès-verbal d'ouverture du testament.

---
CESSION DE FONDS ARTISANAL
Suivant acte reçu par ⟦off:Maître Jean-Baptiste Larrieu⟧, notaire à Libourne, le 27 février 2026, ⟦p:Madame Paola Maria FERREIRA DA COSTA⟧, coiffeuse, née le ⟦bd:17.09.1979⟧ à ⟦bp:Braga (Portugal)⟧, demeurant ⟦a:6 allée des Acacias, lotissement Le Bourg Neuf⟧ à Saint-Denis-de-Pile (33910), immatriculée au répertoire des métiers sous le n° ⟦siret:843 902 156⟧ RM 33, a cédé à la SARL « L'Atelier de Lina » un fonds artisanal de coiffure exploité ⟦a:12 place Abel-Surchamp⟧ à Libourne, moyennant le prix de 48 000 €.
Les oppositions seront reçues en la forme légale dans les dix jours de la dernière en date des publicités légales, en l'office notarial de Libourne, où domicile a été élu.
"""

TXT["p16_afafe_etat_apports_attributions.txt"] = """
DÉPARTEMENT DES CÔTES-D'ARMOR — COMMISSION COMMUNALE D'AMÉNAGEMENT FONCIER DE CANIHUEL
Aménagement foncier agricole, forestier et environnemental (AFAFE) — enquête sur le projet de nouveau parcellaire (11 mai – 12 juin 2026)
ÉTAT DES APPORTS ET DES ATTRIBUTIONS PAR COMPTE DE PROPRIÉTÉ — extrait (quatre comptes)
Document tenu à la disposition du public en mairie pendant toute la durée de l'enquête (article R. 123-10 du code rural)

COMPTE ⟦id:+00128⟧
  Propriétaires : ⟦p:LE CAM Joseph Marie⟧, né le ⟦bd:08/08/1941⟧, et ⟦p:LE CAM Marie-Josèphe née PRIGENT⟧, son épouse — ⟦a:Kergoff⟧, 22480 Canihuel
  Apports : ⟦cad:ZA 14⟧ « Parc an Ilis » 1 ha 12 a 40 ca — ⟦cad:ZA 15⟧ « Parc an Ilis » 0 ha 48 a 10 ca — ⟦cad:ZB 102p⟧ « Goarem Vras » 2 ha 03 a 00 ca
  Attributions : ⟦cad:ZK 31⟧ « Parc an Ilis » 3 ha 61 a 75 ca
  Valeur de productivité : apports 31 412 pts / attributions 31 390 pts (soulte néant)

COMPTE ⟦id:+00133⟧
  Propriétaire : ⟦p:Indivision GUILLEMOT⟧ : ⟦p:Mme Rozenn GUILLEMOT épouse TANGUY⟧, ⟦a:11 rue Saint-Guillaume⟧, 22000 Saint-Brieuc ; ⟦p:M. Loïc GUILLEMOT⟧, ⟦a:Klosterstrasse 12, 8200 Schaffhausen (Suisse)⟧
  Apports : ⟦cad:ZC 7⟧ et ⟦cad:ZC 8⟧ « Coat Bihan » — bois, 4 ha 20 a 12 ca
  Attributions : ⟦cad:ZM 4⟧ « Coat Bihan » 4 ha 19 a 80 ca

COMPTE ⟦id:+00137⟧
  Propriétaire : ⟦p:M. JÉGOUZO Pierre-Yves⟧ (exploitant, GAEC du Prat Hir) — ⟦a:Kerbescont⟧, Canihuel — ⟦t:06.33.18.72.09⟧
  Apports : ⟦cad:000 ZD 21⟧ ; ⟦cad:000 ZD 22⟧ ; ⟦cad:000 ZD 23 à 25⟧ « Prat Hir »
  Attributions : ⟦cad:ZN 12⟧ « Prat Hir » et ⟦cad:ZN 13⟧ « Park Nevez »

COMPTE ⟦id:+00141⟧
  Propriétaire : ⟦p:Mme NOWAK Teresa Halina, veuve LE BOURHIS⟧, née le ⟦bd:9 juin 1938⟧ à ⟦bp:Wałbrzych (Pologne)⟧ — ⟦a:3 rue des Tilleuls, appt 2⟧, 22480 Saint-Nicolas-du-Pélem ; usufruitière — nue-propriétaire : ⟦p:Mme LE BOURHIS Anna⟧, ⟦a:Rua Augusta 214, 3.º dto., 1100-053 Lisboa (Portugal)⟧
  Apports : ⟦cad:ZE 3⟧ « Lann Vraz » lande, 0 ha 88 a 20 ca
  Attributions : ⟦cad:ZP 9⟧ « Lann Vraz » 0 ha 90 a 05 ca (soulte de 42 € à la charge du compte)

Les propriétaires peuvent consulter le plan du nouveau parcellaire en mairie et formuler leurs réclamations auprès de la commissaire enquêtrice, ⟦off:Mme Solenn Le Moal⟧, lors de ses permanences.
Le président de la commission communale d'aménagement foncier, ⟦off:M. Gaël Le Brun⟧, commissaire enquêteur désigné en qualité de président.
"""

TXT["p17_ccaf_decisions_reclamations.txt"] = """
COMMISSION COMMUNALE D'AMÉNAGEMENT FONCIER DE CANIHUEL
Séance du 2 juillet 2026 — examen des réclamations présentées à l'enquête sur le projet de nouveau parcellaire
RELEVÉ DES DÉCISIONS (affiché en mairie ; chaque réclamant reçoit en outre une notification individuelle)

Présents : ⟦off:M. Gaël Le Brun⟧, président ; ⟦off:M. Jean-Noël Hamon⟧, maire ; ⟦off:Mme Anne Corbel⟧, représentante du président du conseil départemental ; ⟦off:M. Arnaud Pellen⟧, géomètre-expert chargé des opérations (cabinet Géomat, Guingamp) ; les membres exploitants et propriétaires désignés par le conseil municipal et la chambre d'agriculture.

Réclamation n° 4 — ⟦p:M. Pierre-Yves JÉGOUZO⟧ (compte ⟦id:+00137⟧) demande que l'attribution ⟦cad:ZN 13⟧ soit accolée à son bâtiment d'élevage de ⟦a:Kerbescont⟧.
  Décision : acceptée ; la limite entre ⟦cad:ZN 12⟧ et ⟦cad:ZN 13⟧ est déplacée de 15 m vers l'ouest.

Réclamation n° 7 — ⟦p:Mme Rozenn TANGUY⟧, pour l'indivision GUILLEMOT (compte ⟦id:+00133⟧), souhaite conserver la lisière de châtaigniers plantée par son grand-père.
  Décision : acceptée ; ⟦cad:ZM 4⟧ est étendue au talus boisé.

Réclamation n° 9 — ⟦p:M. Hamid AÏT-SAÏD⟧, propriétaire non exploitant, ⟦a:14 bd Carnot, 3e ét.⟧, 22000 Saint-Brieuc (compte ⟦id:+00212⟧), ⟦t:06 98 41 73 20⟧, demande la réattribution de son ancien verger ⟦cad:ZB 77⟧.
  Décision : acceptée ; la parcelle est réattribuée en l'état sous le numéro ⟦cad:ZL 48⟧.

Réclamation n° 12 — ⟦p:M. et Mme LE HOUÉROU (Yann et Maëlle)⟧, ⟦a:Le Stang Izellan⟧, demandent un chemin d'exploitation desservant ⟦cad:ZR 2⟧.
  Décision : acceptée ; création du chemin rural n° 14 bis.

Réclamation n° 15 — ⟦p:M. Étienne de LA MOTTE-ROUGE⟧, ⟦a:Manoir de Kerauffret⟧, sollicite l'exclusion de l'allée du manoir (⟦cad:ZH 2⟧) du périmètre.
  Décision : rejetée, l'allée étant déjà exclue du périmètre par l'arrêté départemental du 9 septembre 2024 ; la commission en donne acte à ⟦p:M. de La Motte-Rouge⟧.

Réclamation n° 16 — courriel de « ⟦p:malo.lecoz⟧ » (⟦e:malo.lecoz@proton.me⟧), petit-fils de ⟦p:Mme Léontine LE COZ⟧ (compte ⟦id:+00190⟧) : simple demande d'information, sans objet.

Le président, ⟦off:G. Le Brun⟧
"""

TXT["p18_registre_mouillages_loctudy.txt"] = """
PORT DÉPARTEMENTAL DE LOCTUDY — ZONE DE MOUILLAGES ET D'ÉQUIPEMENTS LÉGERS DE L'ANSE DE PORS-BIHAN
Registre des titulaires d'autorisation d'occupation temporaire — saison 2026 (1er avril – 31 octobre)
Registre public tenu par la capitainerie (article R. 2124-52 du CG3P) — extrait publié avec la liste d'attente

Poste  | Titulaire                          | Domicile                                              | Téléphone            | Navire (type)                         | Immatriculation   | L.
PB-01  | ⟦p:DURAND-KERVELLA Gilles⟧            | ⟦a:9 r. du Port⟧, 29750 Loctudy                            | ⟦t:06 12 87 40 33⟧       | Korrigan (Sun Odyssey 32)             | ⟦id:GV 518273⟧         | 9,80
PB-02  | ⟦p:BIANCHI-ROUX Letizia⟧              | ⟦a:Route de Suisse 112, 1290 Versoix (Suisse)⟧              | ⟦t:+41 22 755 18 40⟧     | Ma Non Troppo (First 27)              | ⟦id:CC A41902⟧         | 8,10
PB-03  | ⟦p:LE PAPE Corentin⟧ & ⟦p:LE PAPE Youenn⟧  | ⟦a:Penn ar Hoat⟧, 29120 Pont-l'Abbé                         | ⟦t:0298874102⟧           | Mouez ar Mor (pêche-promenade)        | ⟦id:GV B 12345⟧        | 6,20
PB-04  | ⟦p:HUYNH Van Phuc⟧                    | ⟦a:23 bis av. des Sables-Blancs⟧, 29120 Combrit             | ⟦t:06 62 19 35 71⟧       | Binh Yen (Antares 6)                  | ⟦id:LO 912 846⟧        | 6,50
PB-05  | ⟦p:Dr. Rainer WOLLSCHLÄGER⟧           | ⟦a:Am Kirchberg 4a, 55283 Nierstein (Allemagne)⟧              | ⟦t:+49 (0)171 2345678⟧   | Seeschwalbe (Dufour 310)              | ⟦id:SUI 1847⟧ (pavillon suisse) | 9,40
PB-06  | ⟦p:GUÉNOLÉ-BOURDON Françoise, veuve DANIELOU⟧ | ⟦a:Kerfriant Vihan, chemin rural n° 6⟧, 29750 Loctudy | ⟦t:02-98-87-51-19⟧      | Saint-Tudy (plate de Loctudy, 1954)   | ⟦id:GV 157702⟧         | 5,60
PB-07  | ⟦p:ANDRIAMAMPIANINA Solofo⟧           | ⟦a:Résidence Les Glénan, 4 all. Jean-Moulin, esc. B, 1er ét.⟧, 29000 Quimper | ⟦t:07 68 20 44 15⟧ | Kintana (Beneteau Flyer 5.5)   | ⟦id:CC 543 217⟧        | 5,50

Numéro de permis plaisance déclaré : PB-04 ⟦id:290514703⟧ ; PB-07 ⟦id:29 0 18 00471⟧.
Liste d'attente (par ordre d'inscription) :
 1. ⟦p:M. Tugdual LE BERRE⟧ (inscrit le 12/09/2021) — voilier de 7,50 m — ⟦e:tugdual.leberre@orange.fr⟧
 2. ⟦p:Mme Aurore Baillet-Nguyen⟧ (inscrite le 03/03/2022) — semi-rigide — ⟦t:+33 6 80 11 27 94⟧
 3. ⟦p:M. João Pedro PEREIRA DA SILVA⟧ (inscrit le 28/07/2023) — ⟦a:Rua do Almada, 412, 4050-032 Porto (Portugal)⟧
 4. ⟦p:M. et Mme Kervarec⟧ (inscrits le 15/01/2024)

Rappel : l'autorisation est personnelle et incessible ; tout changement de navire doit être déclaré à la capitainerie (capitainerie.loctudy@finistere.fr — 02 98 87 51 36).
Le maître de port, ⟦off:Erwan Cossec⟧
"""

TXT["p19_aeroclub_annuaire_membres.txt"] = """
AÉRO-CLUB DES CÔTES-D'ARMOR — Aérodrome de Saint-Brieuc-Armor (LFRT), 22440 Trémuson
ANNUAIRE DES MEMBRES — SAISON 2026
Extrait publié dans le bulletin annuel « Vent d'Ouest » et sur le site du club : seuls figurent les membres qui ont accepté la diffusion de leurs coordonnées.

N° FFA    | Nom, prénom                        | Né(e) en | Licence de pilote                     | Téléphone            | Courriel
⟦id:0134521⟧   | ⟦p:LE SAUX Bernard⟧ (président, FI)     | ⟦bd:1957⟧     | ⟦id:FRA.FCL.PPL.A.0071452⟧                | ⟦t:06 07 08 44 91⟧       | ⟦e:b.lesaux@club-internet.fr⟧
⟦id:0198807⟧   | ⟦p:RAKOTONDRABE Njaka⟧ (chef-pilote)    | ⟦bd:1988⟧     | ⟦id:FRA.FCL.CPL.A.0120917⟧                | ⟦t:+33 7 52 48 90 36⟧    | ⟦e:njaka.rakoto@yahoo.fr⟧
⟦id:0175502⟧   | ⟦p:de QUÉLEN Hervé⟧                     | ⟦bd:1949⟧     | ⟦id:FRA.FCL.PPL.A.0009518⟧                | ⟦t:02 96 33 12 80⟧       | —
⟦id:0188440⟧   | ⟦p:KOWALSKI Piotr⟧                      | ⟦bd:1979⟧     | ⟦id:PL.FCL.PPL(A).4471⟧ (licence polonaise) | ⟦t:+48 601 234 567⟧      | ⟦e:piotr.kowalski79@wp.pl⟧
⟦id:0207719⟧   | ⟦p:TRAN Thi Kim Oanh⟧                   | ⟦bd:1992⟧     | LAPL ⟦id:FRA.FCL.LAPL.A.0145002⟧           | ⟦t:06.41.73.25.90⟧       | ⟦e:kimoanh.tran@outlook.fr⟧
⟦id:0201334⟧   | ⟦p:MARCHAND-LE GOFF Inès⟧               | ⟦bd:2010⟧     | élève pilote (BIA 2025)               | —                    | ⟦e:ines.mlg@ik.me⟧
⟦id:0211086⟧   | ⟦p:EL OUAFI Anas⟧                       | ⟦bd:2001⟧     | ⟦id:FRA.FCL.PPL.A.0151263⟧                | ⟦t:0033 6 27 80 15 49⟧   | anas.elouafi [chez] gmail [point] com

Appareils privés basés au hangar du club (conventions d'hébergement) :
- ⟦id:F-PCJB⟧, Van's RV-7 (construction amateur), propriétaire ⟦p:M. Hervé de Quélen⟧, ⟦a:Ker Huel, route de Plérin⟧, 22440 Trémuson ;
- ULM multiaxe ⟦id:22-AHX⟧ (Savannah S), en copropriété entre ⟦p:Piotr Kowalski⟧ et ⟦p:Yves-Marie Le Goff⟧ ;
- les avions du club (F-GHTZ, F-HBCA, F-GMKL) ne figurent pas dans cette liste.

Bienvenue aux nouveaux membres : ⟦p:Lisa-Marie YILMAZ⟧, née le ⟦bd:3 mars 2009⟧ à ⟦bp:Lamballe⟧ (⟦ag:17 ans⟧, baptême offert par le club), et ⟦p:Gwendal Rivoalen⟧, ⟦ag:52 ans⟧, ancien contrôleur aérien revenu au pilotage.
Pour joindre le chef-pilote hors des heures d'ouverture : ⟦p:Njaka⟧ au ⟦t:07 52 48 90 36⟧.
Pour le bureau, le président ⟦p:B. Le Saux⟧ — le secrétaire, ⟦p:Hervé de Q.⟧
"""

TXT["p20_acca_sare_liste_membres.txt"] = """
ASSOCIATION COMMUNALE DE CHASSE AGRÉÉE DE SARE — SARAKO EHIZTARIEN ELKARTEA
(agréée par arrêté préfectoral du 12 mai 1972)
LISTE DES MEMBRES — SAISON 2026-2027 — affichée en mairie et au local de chasse

1. Membres de droit — propriétaires ayant fait apport de leurs droits de chasse (art. L. 422-21 I 3° du code de l'environnement)
   ⟦p:ARRIETA Beñat⟧ — ⟦a:Maison Haranederrea, quartier Ihalar⟧ — permis n° ⟦id:64-1979-00217⟧ — validation ⟦id:VAL-64-2026-018834⟧ — terrains apportés : ⟦cad:AB 412⟧, ⟦cad:AB 413⟧, ⟦cad:C 1120⟧ (12 ha 40 a)
   ⟦p:DUTOURNIER née OÇAFRAIN Marie-Jeanne⟧ — ⟦a:Borda Berria, chemin d'Olhette⟧ — non chasseuse — terrains : ⟦cad:section D n° 88 à 91⟧
   ⟦p:ELGART Michel, dit « Txiki »⟧ — ⟦a:Larrungo Borda, RD 4⟧ — permis n° ⟦id:64-98-02174⟧ — validation ⟦id:VAL-64-2026-018851⟧

2. Membres de droit — personnes domiciliées dans la commune (art. L. 422-21 I 1°)
   ⟦p:ZUBIETA Koldo⟧ — ⟦a:Lotissement Ur Begi, lot n° 7⟧ — permis n° ⟦id:PC 40 2011 03318⟧ (délivré dans les Landes) — validation ⟦id:1 122 045⟧
   ⟦p:OLHAGARAY Ane-Miren⟧ — ⟦a:4 pl. du Fronton, 1er étage⟧ — permis n° ⟦id:64-2019-00954⟧ — validation annuelle ⟦id:VAL-64-2026-019102⟧
   ⟦p:AURNAGUE Peio⟧, ⟦ag:17 ans⟧ — ⟦a:Maison Etxeberria, quartier Lehenbiscay⟧ — permis n° ⟦id:64-2025-00412⟧ (chasse accompagnée jusqu'à sa majorité, le ⟦bd:19 novembre 2026⟧)

3. Membres — non-résidents propriétaires d'une résidence dans la commune
   ⟦p:MUGICA GARMENDIA Iñigo⟧ — ⟦a:Kale Nagusia 14, 2. eskuina, 20280 Hondarribia (Gipuzkoa, Espagne)⟧ — licencia de caza ⟦id:GI-000451-C⟧ et permis français ⟦id:64-2016-01188⟧ — ⟦t:+34 943 64 12 08⟧

Garde-chasse particulier de l'association : ⟦p:M. Battitt LOHITZUN⟧, agréé par arrêté préfectoral du 4 mars 2022 (carte n° ⟦id:GP-64-2022-0114⟧), ⟦t:06 31 27 58 14⟧.
Bureau : président ⟦p:Jean-Louis ETCHEPARE⟧ (⟦t:05 59 54 20 77⟧), trésorier ⟦p:Koldo Zubieta⟧, secrétaire ⟦p:Ane-Miren Olhagaray⟧ — courriel de la secrétaire : ⟦e:anemiren.olhagaray@laposte.net⟧.
"""

TXT["p21_aappma_export_cartes_peche.txt"] = """
# Export cartesdepeche — AAPPMA « La Gaule Landernéenne » (Fédération du Finistère pour la pêche et la protection du milieu aquatique)
# Cartes 2026 — extraction du 02/05/2026 par le trésorier, ⟦p:Yves Quillévéré⟧ — transmis en annexe du rapport d'activité
n_carte;type_carte;civilite;nom;prenom;date_naissance;adresse;cp;ville;telephone;email;date_achat
⟦id:29AAP0412387⟧;Personne majeure;M.;⟦p:LE ROUX⟧;⟦p:Jean-Yves⟧;⟦bd:1958-04-03⟧;⟦a:12 rue de la Fontaine-Blanche⟧;29800;Landerneau;⟦t:0298851244⟧;⟦e:jy.leroux29@orange.fr⟧;2026-01-04
⟦id:29AAP0412402⟧;Personne mineure;;⟦p:LE ROUX⟧;⟦p:Maël⟧;⟦bd:2014-07-22⟧;⟦a:12 rue de la Fontaine-Blanche⟧;29800;Landerneau;;;2026-01-04
⟦id:29AAP0413877⟧;Découverte femme;Mme;⟦p:PHAN⟧;⟦p:Thị Thanh Hương⟧;⟦bd:1985-12-09⟧;"⟦a:Résidence Les Hortensias, Bât A, Apt 12⟧";29800;Landerneau;⟦t:+33 6 59 41 20 87⟧;⟦e:huong.phan85@gmail.com⟧;2026-02-11
⟦id:29AAP0415032⟧;Personne majeure;M.;⟦p:RAZAFY⟧;⟦p:Andriamanitra Jean-Luc⟧;⟦bd:1971-10-30⟧;⟦a:Lieu-dit Kerhuel⟧;29860;Plouvien;⟦t:06 21 47 88 03⟧;;2026-03-01
⟦id:29AAP0415519⟧;Hebdomadaire;Mr;⟦p:O'CONNELL⟧;⟦p:Seamus⟧;⟦bd:1966-05-17⟧;"⟦a:14 Glenageary Road Upper, Dún Laoghaire, Co. Dublin, A96 X2T1⟧";;IRLANDE;⟦t:+353 87 123 4567⟧;⟦e:seamus.oconnell@eircom.net⟧;2026-04-12
⟦id:29AAP0416004⟧;Interfédérale;M.;⟦p:DE SOUSA CARVALHO⟧;⟦p:Rui Miguel⟧;⟦bd:1990-08-08⟧;⟦a:3 ter chemin de Tréléon⟧;29800;Saint-Divy;⟦t:06.07.18.29.40⟧;⟦e:ruimiguel.dsc@sapo.pt⟧;2026-04-20
⟦id:29AAP0416288⟧;Personne majeure;Mme;⟦p:KERDONCUFF épouse ABIVEN⟧;⟦p:Annaïg⟧;⟦bd:1977-02-14⟧;⟦a:Moulin de Brézal⟧;29800;Plounéventer;;⟦e:annaig.abiven@wanadoo.fr⟧;2026-04-30
⟦id:29AAP0416300⟧;Personne mineure;;⟦p:ABIVEN⟧;⟦p:Nolan⟧;⟦bd:2011-09-01⟧;⟦a:Moulin de Brézal⟧;29800;Plounéventer;;;2026-04-30
# 8 lignes affichées sur 1 214 cartes (filtre : achats en ligne avec accord de diffusion « palmarès et vie de l'association »)
# Palmarès du concours jeunes du 25 avril : 1er ⟦p:Nolan Abiven⟧ (⟦ag:14 ans⟧), 2e ⟦p:Maël Le Roux⟧ (⟦ag:11 ans⟧)
"""

TXT["p22_cuma_adherents_engagements.txt"] = """
CUMA DE L'ESPÉRANCE — 22810 PLOUNÉVEZ-MOËDEC
Société coopérative agricole d'utilisation de matériel agricole, à capital variable
LISTE DES ADHÉRENTS ET DES ENGAGEMENTS D'ACTIVITÉ 2026
(annexe 2 au procès-verbal de l'assemblée générale ordinaire du 6 février 2026 ; communiquée à la fédération des CUMA et à la DDTM pour le dossier d'aide aux investissements)

Adhérent                                             | Statut                 | SIRET                | N° PACAGE   | Siège d'exploitation                    | Téléphone        | Parts | Engagements
⟦p:LE BRAS Yannig⟧                                       | exploitant individuel  | ⟦siret:753 019 843 00014⟧    | ⟦id:022015874⟧   | ⟦a:Kerouzéré⟧, Plounévez-Moëdec            | ⟦t:02 96 38 61 77⟧   | 40    | épandeur, faucheuse
GAEC de Toul an Hery (⟦p:Gaël PRIGENT⟧, ⟦p:Sterenn PRIGENT⟧) | GAEC                   | 512 784 230 00011    | 022003311   | Toul an Hery, Louargat                  | —                | 120   | ensileuse, tonne à lisier
⟦p:MAHÉ Christelle⟧                                      | exploitante individuelle | ⟦siret:85129046000019⟧      | ⟦id:022019402⟧   | ⟦a:La Ville-Neuve, VC n° 4⟧, Belle-Isle-en-Terre | ⟦t:06 80 91 36 24⟧   | 25    | plateau fourrager
⟦p:NGUYEN-LE MEUR Bảo⟧                                   | exploitant individuel  | ⟦siret:870 145 638 00017⟧    | ⟦id:022021118⟧   | ⟦a:Ferme de Pen ar Run⟧, Tréglamus        | ⟦t:+33 (0)6 24 71 55 90⟧ | 10 | broyeur d'accotement
⟦p:RIBEIRO DA CUNHA Álvaro⟧                              | exploitant individuel  | ⟦siret:912 387 404⟧ (SIREN)  | ⟦id:022020637⟧   | ⟦a:Le Cosquer, route de Gurunhuel⟧         | ⟦t:07 61 30 08 52⟧   | 15    | semoir, herse étrille
EARL du Vieux Moulin (gérante ⟦p:Mme Odile Jézéquel-Hamon⟧)   | EARL                   | 448 120 672 00018    | 022008450   | Le Vieux Moulin, Plounévez-Moëdec      | —                | 60    | épandeur, ensileuse

Départ au 31/12/2025 : ⟦p:M. Théophile LE GUEN⟧, ⟦ag:71 ans⟧, retraite ; remboursement de ses 30 parts sur le compte ouvert à son nom (⟦iban:FR76 1450 5000 0104 0123 4560 121⟧).
Entrée au 01/01/2026 : ⟦p:Mme Christelle Mahé⟧ (installation en maraîchage biologique, ⟦ag:29 ans⟧).

Conseil d'administration : président ⟦p:Yannig Le Bras⟧, trésorier ⟦p:Gaël Prigent⟧, secrétaire ⟦p:Álvaro Ribeiro da Cunha⟧.
Animateur de la fédération des CUMA présent à l'AG : ⟦p:M. Fabrice Caroff⟧.
"""

TXT["p23_fiche_circuit_car_scolaire.txt"] = """
RÉGION BRETAGNE — BreizhGo — TRANSPORT SCOLAIRE DES CÔTES-D'ARMOR
CIRCUIT N° 22-417 — desserte du collège Jean-Monnet de Quintin et de l'école publique du Vieux-Bourg
FICHE CIRCUIT 2026-2027 — version du 25 août 2026 — affichée en mairie du Vieux-Bourg et remise aux familles
Transporteur : Transports Le Mée (Plaintel) — conducteur titulaire : ⟦p:Didier HÉLARY⟧ ; remplaçant : ⟦p:Mme Yasmina Boudjema⟧
Gestionnaire du circuit à l'antenne régionale de Saint-Brieuc : ⟦off:Mme Nathalie Le Hénaff⟧

Arrêt | Désignation                                                                 | Matin  | Soir   | Élèves inscrits
1     | Le Vieux-Bourg, place de l'Église                                           | 7 h 12 | 17 h 41 | 6
2     | « chez Lozach » : ⟦a:Kerlouët, RD 7⟧, devant la longère de ⟦p:M. et Mme LOZACH⟧          | 7 h 16 | 17 h 37 | ⟦p:Maïwenn Lozach⟧ (6e), ⟦p:Jakez Lozach⟧ (CM1)
3     | ⟦a:Lotissement des Hortensias⟧, abri à l'entrée                                 | 7 h 19 | 17 h 34 | 5
4     | « Ferme du Rest » : au portail de la ⟦p:famille OLLIVIER-THOMAS⟧, ⟦a:Le Rest, VC 3⟧  | 7 h 23 | 17 h 30 | ⟦p:Lilou⟧ (5e) et ⟦p:Enzo Ollivier-Thomas⟧ (3e)
5     | devant le ⟦a:14, route de Saint-Brandan⟧ (domicile de ⟦p:M. NDIAYE⟧)                | 7 h 27 | 17 h 26 | ⟦p:Awa-Marie Ndiaye⟧ (6e, ⟦ag:10 ans⟧)
6     | ⟦a:La Ville-ès-Gourdes⟧, à la croix (chemin privé de ⟦p:Mme veuve Rault⟧, accord écrit du 3 juillet 2026) | 7 h 31 | 17 h 22 | 2
7     | Quintin, collège Jean-Monnet (dépose)                                       | 7 h 48 | 17 h 05 | —

Nouveauté 2026 : arrêt 5 créé à la demande de ⟦p:M. Cheikh Ndiaye⟧ (⟦t:06 88 14 02 59⟧), le car ne pouvant plus tourner au carrefour de Saint-Brandan ; la famille ⟦p:Bonnin-Kerléo⟧, ⟦a:3 bis impasse du Lavoir⟧, rejoint désormais l'arrêt 3.
En cas de retard du car, l'école prévient les familles ; pour l'arrêt 6, prévenir ⟦p:Mme Rault⟧ au ⟦t:02 96 74 28 11⟧ qui ouvre la barrière.
"""

TXT["p24_pv_ag_copropriete_les_mimosas.txt"] = """
SYNDICAT DES COPROPRIÉTAIRES DE LA RÉSIDENCE « LES MIMOSAS »
41, boulevard Carnot — 06400 Cannes
PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU MARDI 26 MAI 2026
(tenue à 18 heures dans la salle de réunion de l'hôtel Le Cavendish ; affiché dans le hall et envoyé à tous les copropriétaires)

Syndic : Cabinet Azur Gestion Immobilière, représenté par ⟦p:Mme Véronique Castellani⟧, gestionnaire.

Feuille de présence : 23 copropriétaires présents ou représentés sur 31, totalisant 7 412 / 10 000 tantièmes.
Copropriétaires absents et non représentés : ⟦p:M. ZHANG Wei (张伟)⟧ (lot 21, 312 t.) ; ⟦p:Mme Irina VOLKOVA (Ирина Волкова)⟧ (lots 8 et 33, 288 t.) ; ⟦p:M. et Mme BENJELLOUN Mohammed Amine⟧ (lot 17, 301 t., ⟦a:27, rue Ibnou Mounir, quartier Maârif, 20330 Casablanca (Maroc)⟧) ; SCI Palmeraie (lot 4).

Résolution n° 1 — Élection du président de séance : ⟦p:M. Jean-Claude BERNARDINI⟧ (lot 12) est élu à l'unanimité des présents et représentés.
Résolution n° 2 — Élection des scrutateurs : ⟦p:Mme Jadwiga MAZURKIEWICZ née KAMIŃSKA⟧ (lot 3) et ⟦p:M. Hans-Peter GRÜNEWALD⟧ (lot 27, domicilié ⟦a:Mühlenweg 9, 4410 Liestal (Suisse)⟧, présent) sont élus.
Résolution n° 3 — Élection du secrétaire : le syndic, ⟦p:Mme Castellani⟧.
Résolution n° 4 — Approbation des comptes de l'exercice 2025 : adoptée (7 412 voix pour).
Résolution n° 6 — Désignation du conseil syndical pour trois ans : sont élus ⟦p:M. Bernardini⟧, ⟦p:Mme Mazurkiewicz⟧, ⟦p:Mme Marie-Claude d'ORNANO-FIESCHI⟧ (lot 14) et ⟦p:M. Youssef EL KHATTABI⟧ (lot 9).
Résolution n° 8 — Ravalement de la façade nord : les travaux sont votés (6 988 voix pour, 424 abstentions : ⟦p:M. Lefèvre-Dumas⟧, ⟦p:Mme Ortiz⟧).
Résolution n° 9 — Autorisation donnée à ⟦p:M. et Mme Achour⟧ (lot 2, rez-de-jardin) de poser une pergola bioclimatique : adoptée.

Le conseil syndical peut être joint par son président : ⟦p:Jean-Claude Bernardini⟧, ⟦a:appartement 12, 4e étage, escalier A⟧, ⟦t:04 93 39 18 72⟧, ⟦e:jc.bernardini06@free.fr⟧.
Plus rien n'étant à l'ordre du jour, la séance est levée à 20 h 05.
Le président de séance, ⟦p:J.-C. Bernardini⟧ — les scrutateurs, ⟦p:J. Mazurkiewicz⟧ et ⟦p:H.-P. Grünewald⟧ — le secrétaire, ⟦p:V. Castellani⟧
"""

TXT["p25_ar_reclamation_transport.txt"] = """
TER NOUVELLE-AQUITAINE — SERVICE RELATIONS CLIENTS
Libre réponse 74219 — 33049 Bordeaux Cedex

                                              ⟦p:Madame Aïcha EL MANSOURI-DUPRAT⟧
                                              ⟦a:Résidence Le Clos des Vignes, bât. D, esc. 2, apt 214⟧
                                              ⟦a:12 rue Léon-Blum⟧
                                              33130 BÈGLES

Bordeaux, le 19 mai 2026

Vos références : courrier du 12 mai 2026
Nos références : dossier n° ⟦id:REC-2026-0418733⟧ — carte Modalis n° ⟦id:2509 4417 3021⟧ — client ⟦id:C00842217⟧

Objet : accusé de réception de votre réclamation

Madame,

Nous accusons réception de votre réclamation et des pièces qui l'accompagnaient (copie de votre abonnement, attestation de votre employeur).
Votre dossier a été transmis au service compétent, qui l'examinera dans un délai de trente jours. Aucune démarche supplémentaire ne vous est demandée pendant cet examen ; la réponse vous sera adressée à l'adresse ci-dessus, ou par courriel à ⟦e:aicha.elmansouri.duprat@gmail.com⟧ si vous l'avez indiqué.

Pour tout complément, rappelez les références du dossier au 0 800 872 872 (service et appel gratuits) ou via le formulaire en ligne.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour le service relations clients,
⟦off:Céline Marchetti⟧, chargée de clientèle

--
SNCF Voyageurs — direction TER Nouvelle-Aquitaine — SA au capital de 157 789 960 € — RCS Bobigny 519 037 584
Document généré automatiquement — réf. interne AR-TYPE-03/⟦p:ELMANSOURIDUPRAT_A⟧/20260519
"""

TXT["p26_export_benevoles_fete_science.txt"] = """
id,horodatage,nom,prenom,email,telephone,date_naissance,age,adresse,code_postal,ville,taille_tshirt,creneaux,commentaire
1,2026-09-01 08:12:44,⟦p:PAYET⟧,⟦p:Jean-Hugues⟧,⟦e:jh.payet974@gmail.com⟧,⟦t:0692 41 22 87⟧,⟦bd:14/03/1996⟧,⟦ag:30⟧,"⟦a:12 chemin Bras-Canot, lot. Les Lataniers⟧",97436,Saint-Leu,L,"sam. matin; sam. après-midi",
2,2026-09-01 09:40:03,⟦p:GRONDIN⟧,⟦p:Marie-Lise⟧,⟦e:marielise.grondin@orange.fr⟧,⟦t:+262 692 30 18 54⟧,⟦bd:1961-11-02⟧,⟦ag:64⟧,"⟦a:45 rue Juliette-Dodu, appt 3⟧",97400,Saint-Denis,M,dim. matin,"ancienne institutrice, peut animer l'atelier herbier"
3,2026-09-02 20:05:17,⟦p:NAGAPIN née VELLAYOUDOM⟧,⟦p:Sandrine⟧,⟦e:s.nagapin@ac-reunion.fr⟧,⟦t:02 62 45 71 09⟧,⟦bd:07/07/1987⟧,⟦ag:39⟧,"⟦a:8 impasse des Goyaviers, Bois-de-Nèfles⟧",97490,Sainte-Clotilde,S,"sam. matin",vient avec sa fille ⟦p:Kavya⟧ (⟦ag:13 ans⟧)
4,2026-09-03 12:34:51,⟦p:AH-HOT⟧,⟦p:Ludovic⟧,⟦e:ludo.ahhot@hotmail.fr⟧,⟦t:06 92 87 14 33⟧,⟦bd:1999⟧,,"⟦a:Résidence Les Flamboyants, bât. C, 2e ét., porte 24, 17 bd Jean-XXIII⟧",97420,Le Port,XL,"sam. après-midi; dim. après-midi","vient en voiture (⟦pl:1234 ZR 974⟧), peut transporter le matériel"
5,2026-09-03 12:41:08,⟦p:ABDOU⟧,⟦p:Fatima Zaïnaba⟧,⟦e:fatimazainaba.abdou@univ-reunion.fr⟧,⟦t:0639 60 22 17⟧,⟦bd:2005-05-30⟧,⟦ag:21⟧,"⟦a:Cité universitaire Bellepierre, chambre 214⟧",97400,Saint-Denis,M,dim. matin,"étudiante L3 biologie; née à ⟦bp:Mamoudzou⟧"
6,2026-09-04 19:02:00,⟦p:chane-kane⟧,⟦p:lucie⟧,⟦e:luciechanekane@gmail.com⟧,⟦t:0262 21 98 40⟧,⟦bd:22.08.1991⟧,⟦ag:35⟧,"⟦a:3 ter rue Sainte-Anne⟧",97400,Saint-Denis,S,"sam. matin; sam. après-midi; dim. matin; dim. après-midi",disponible tout le week-end
7,2026-09-05 07:22:36,⟦p:RAMASSAMY⟧,⟦p:Vinodh⟧,⟦e:vinodh.ramassamy@laposte.net⟧,⟦t:+33 6 12 40 77 19⟧,⟦bd:11/11/2002⟧,⟦ag:23⟧,"⟦a:Chemin Ceinture, Le Tévelave, RD 17⟧",97480,Les Avirons,M,dim. après-midi,"préfère l'accueil du public; venu de métropole (⟦bp:Toulouse⟧)"
8,2026-09-05 22:47:12,⟦p:TECHER⟧,⟦p:Océane⟧,⟦e:oceane.techer@etudiant.univ-reunion.fr⟧,,⟦bd:01/01/2008⟧,⟦ag:18⟧,"⟦a:Lot. Ravine des Cabris, 61 rue des Merles⟧",97432,Saint-Pierre,S,"sam. matin",
"""

TXT["p27_vcards_cdnps_membres.txt"] = """
BEGIN:VCARD
VERSION:3.0
N:⟦p:Nguyễn⟧;⟦p:Thị Lan⟧;;Mme;
FN:⟦p:Mme Nguyễn Thị Lan⟧
ORG:Bretagne Vivante — représentante titulaire (CDNPS, formation « nature »)
ADR;TYPE=home:;;⟦a:12 bis rue des Lilas⟧;Rennes;;35000;France
TEL;TYPE=cell:⟦t:+33612345678⟧
EMAIL;TYPE=home:⟦e:lan.nguyen.thi@gmail.com⟧
BDAY:⟦bd:1979-04-12⟧
NOTE:Préfère être contactée le soir.
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:⟦p:Andriambololona⟧;⟦p:Hery Nirina⟧;;M.;
FN:⟦p:Hery Nirina Andriambololona⟧
TITLE:personnalité qualifiée (paysagiste)
ADR;TYPE=home:;Bâtiment B, 3e étage;⟦a:27, av. Janvier-Gendron⟧;Rennes;;35000;France
TEL;TYPE=work:tel:⟦t:+33-2-99-87-12-40⟧;ext=118
TEL;TYPE=home:⟦t:02 99 63 18 40⟧
EMAIL:⟦e:hery.andriambololona@paysages-ouest.fr⟧
X-SOCIALPROFILE;type=linkedin:⟦o:https://www.linkedin.com/in/hery-andriambololona⟧
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8:⟦p:Kowalczyk-Le Goff⟧;⟦p:Agnieszka⟧
FN;CHARSET=UTF-8:⟦p:Agnieszka Kowalczyk-Le Goff⟧
ADR;HOME;CHARSET=UTF-8:;;⟦a:Kerfeunteun Vihan⟧;Quimper;;29000;France
TEL;CELL:⟦t:06 59 12 40 87⟧
BDAY:⟦bd:19830917⟧
URL:⟦o:http://agnieszka-kleg.photo⟧
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:⟦off:Laurent Berthelot⟧
N:Berthelot;Laurent;;;
ORG:DREAL Bretagne;Service patrimoine naturel
TITLE:Inspecteur des sites — secrétariat de la CDNPS
TEL;VALUE=uri;TYPE=work:tel:+33-2-99-33-45-00
EMAIL;TYPE=work:cdnps.dreal-bretagne@developpement-durable.gouv.fr
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:⟦p:ETXART⟧;⟦p:Maddalen⟧;;;
FN:⟦p:Maddalen Etxart⟧
NICKNAME:⟦p:Maddi⟧
ORG:Chambre d'agriculture — suppléante
ADR;TYPE=home:;;⟦a:Maison Bordaberria, quartier Dancharia⟧;Ainhoa;;64250;France
TEL;TYPE=home,voice:⟦t:05 59 29 81 40⟧
TEL;TYPE=cell:⟦t:+34 688 21 09 33⟧
EMAIL:⟦e:maddi.etxart@gmail.com⟧
END:VCARD
"""

TXT["p28_courriels_soutenance_signatures.txt"] = """
De : ⟦p:Hoàng Thị Mỹ Linh⟧ <⟦e:mylinh.hoang@etu.univ-nantes.fr⟧>
Envoyé : mardi 9 juin 2026 22:41
À : École doctorale SPI <ed-spi@univ-nantes.fr>
Cc : ⟦off:Olivier Le Corre⟧ <olivier.le-corre@univ-nantes.fr>
Objet : RE: Soutenance 3 juillet — salle et avis

Bonsoir Madame,

Merci pour la réservation de l'amphi. Pour l'envoi du diplôme, voici mon adresse à partir du 15 juillet : chez ⟦p:M. et Mme Ferré⟧, ⟦a:18 rue Paul-Bellamy, 5e étage gauche⟧, 44000 Nantes.
Mon compagnon, ⟦p:Thibault Ferré⟧, peut réceptionner le courrier s'il faut signer.

Bien cordialement,
--
⟦p:Mỹ Linh HOÀNG⟧ (⟦p:Linh⟧)
Doctorante — Laboratoire GeM, équipe MIMM
Tél. : ⟦t:+33 7 68 41 25 09⟧ | Zalo / WhatsApp : ⟦t:+84 912 345 678⟧
ORCID : ⟦id:0000-0002-4719-5838⟧ — ⟦o:linkedin.com/in/mylinh-hoang⟧

> Le mar. 9 juin 2026 à 10:14, École doctorale SPI <ed-spi@univ-nantes.fr> a écrit :
> Bonjour Madame Hoàng,
> l'amphithéâtre A1 de l'IUT est réservé pour votre soutenance du vendredi 3 juillet à 14 h. L'avis de soutenance sera affiché le 19 juin.
> Pouvez-vous nous confirmer l'adresse postale à laquelle le diplôme devra être envoyé ?
> Cordialement,
> ⟦off:Sylvie Guérin-Le Dû⟧
> Gestionnaire de l'école doctorale Sciences de l'ingénierie et des systèmes
> Université de Nantes — 2 rue de la Houssinière, BP 92208, 44322 Nantes Cedex 3 — 02 51 12 52 00 poste 4417
>
>> Le lun. 8 juin 2026 à 18:03, ⟦p:Hoàng Thị Mỹ Linh⟧ <⟦e:mylinh.hoang@etu.univ-nantes.fr⟧> a écrit :
>> Madame,
>> je vous transmets le formulaire signé (fichier « ⟦p:HOANG_ThiMyLinh⟧_formulaire_soutenance_signe.pdf ») et la copie de mon passeport vietnamien n° ⟦id:C1234567⟧ demandée pour l'inscription au jury.
>> Mon numéro d'étudiante est ⟦id:E219884L⟧.
>> Bien à vous,
>> ⟦p:Mỹ Linh⟧
>> Envoyé de mon iPhone
"""

TXT["p29_transcription_demande_agrement_garde.txt"] = """
[Transcription d'un formulaire papier numérisé — dossier GP-2026-031 — préfecture du Morbihan, bureau des polices administratives]
[Formulaire : DEMANDE D'AGRÉMENT D'UN GARDE PARTICULIER. Les champs manuscrits sont reproduits tels quels ; les cases à cocher sont rendues par [X] ; le texte illisible est signalé par (…)]

1. LE COMMETTANT (propriétaire ou titulaire des droits de chasse)
Nom : ⟦p:de KERSAUSON de PENNENDREFF⟧          Prénom(s) : ⟦p:Aymeric⟧
Adresse : ⟦a:Château de Coët-Candec⟧
Code postal : 56390     Commune : LOCMARIA-GRAND-CHAMP
Téléphone : ⟦t:02.97.66.71.40⟧     Portable : ⟦t:06 2 2 41 37 80⟧
Courriel : ⟦e:aymeric.dekersauson@coet-candec.fr⟧

2. LE GARDE PROPOSÉ
Nom de naissance : ⟦p:L E  B R I S⟧       Nom d'usage : ⟦p:LE BRIS⟧
Prénoms (dans l'ordre de l'état civil) : ⟦p:Yann, Marie, Joseph⟧
Date de naissance : ⟦bd:1|2|0|6|1|9|7|1⟧     Lieu : ⟦bp:LANNION⟧     Département ou pays : 22
Adresse : ⟦a:4, rés. du Parc, appt n° 6⟧     CP : 56390     Commune : Grand-Champ
Pièce d'identité : [X] carte nationale d'identité n° ⟦id:X4RTBPFW4⟧ délivrée le 02/03/2022   [ ] passeport
Permis de chasser n° ⟦id:56-1990-01543⟧ — validé pour la saison en cours [X]
Formation de garde particulier suivie le 18/11/2025 (module 1 et module 2 « chasse ») — attestation jointe

3. TERRITOIRE CONFIÉ À LA SURVEILLANCE DU GARDE
Commune de Locmaria-Grand-Champ : parcelles ⟦cad:ZB 12 à ZB 19⟧, ⟦cad:ZC 3⟧, ⟦cad:ZC 4 (…)⟧ ; lieu-dit « Coët-Candec » (bois et étangs), 87 ha environ.
Commune de Grand-Champ : parcelle ⟦cad:YK 201⟧ (bois de Kerhuel).

Fait à Locmaria-Grand-Champ, le 9 avril 2026
Signature du commettant : [signature] ⟦p:A. de Kersauson⟧          Signature du garde : [signature] ⟦p:LE BRIS Y.⟧
[tampon : REÇU LE 14 AVR. 2026 — PRÉFECTURE DU MORBIHAN]
[mention manuscrite en marge : « dossier complet — instruit par ⟦off:M. Tréhin⟧ » ]
"""

TXT["p30_transcription_demande_medaille_travail.txt"] = """
[Transcription OCR d'un formulaire de demande de la médaille d'honneur du travail — dossier MHT-2026-07-0412 — préfecture d'Ille-et-Vilaine, cabinet, bureau des distinctions]
[Les cases du formulaire ont été lues une à une ; les espaces entre les chiffres sont ceux du formulaire]

CANDIDAT
Civilité : [X] Madame [ ] Monsieur
Nom de naissance : ⟦p:WĄSOWSKA⟧                 Nom d'usage : ⟦p:LE GOUIC⟧
Prénoms : ⟦p:Katarzyna Maria⟧
Date de naissance : ⟦bd:2 8 / 0 3 / 1 9 7 1⟧      Lieu de naissance : ⟦bp:KATOWICE (POLOGNE)⟧
N° d'inscription au répertoire (sécurité sociale) : ⟦nir:2 71 03 99 122 047 80⟧
Adresse : ⟦a:8 all. Anita-Conti, bât. Les Ormes, 2e ét., porte 21⟧
Code postal : 35000   Commune : RENNES
Tél. : ⟦t:06 1O 44 27 83⟧   Courriel : ⟦e:kasia.legouic@gmail.com⟧

ÉCHELON DEMANDÉ : [X] argent (20 ans)   [ ] vermeil   [ ] or   [ ] grand or

ÉTAT DES SERVICES
Employeur                                  Du            Au            Emploi
Ouest-France (SA), Chantepie               01/09/1998    31/08/2010    opératrice PAO
(…) ligne illisible                       (…)           (…)           (…)
Ville de Rennes (contractuelle)            01/09/2010    à ce jour     assistante de communication

Je certifie l'exactitude des renseignements ci-dessus. Rennes, le 3 avril 2026. Signature : ⟦p:K. Le Gouic⟧
[cadre réservé à l'administration : dossier reçu le 7 avril 2026 — contrôlé par ⟦off:Mme Anne-Laure Pichon⟧ — promotion du 14 juillet 2026]
"""

TXT["p31_courrier_levee_reserve_erp.txt"] = """
⟦p:Riwal et Soizic LE CALVEZ⟧
Gîte de groupe « Ty Kerlann »
⟦a:Kerlann, 1 rte de la Ville-Hélio⟧
22130 PLUDUNO
⟦t:06 07 51 44 28⟧ — ⟦e:tykerlann.lecalvez@gmail.com⟧
SIRET ⟦siret:948 120 365 00010⟧

                                        Sous-préfecture de Dinan
                                        Pôle sécurité — secrétariat de la sous-commission ERP
                                        à l'attention de ⟦off:Mme Lénaïck Guyomard⟧
                                        22100 DINAN

Pluduno, le 23 mars 2026

Objet : levée de la réserve — procès-verbal de la sous-commission du 12 mars 2026 (dossier n° 1)

Madame,

Suite à la visite de réception du 12 mars, nous avons fait poser le bloc autonome d'éclairage de sécurité demandé dans l'escalier du dortoir n° 2. Les travaux ont été réalisés le 20 mars par l'entreprise de ⟦p:M. Goulven Rouxel⟧, électricien à Plancoët.

Vous trouverez ci-joints :
 - la facture n° 2026-041 ;
 - les photos (fichiers « BAES_dortoir2_⟦p:lecalvez⟧.jpg » et « BAES_dortoir2_⟦p:lecalvez⟧_vue2.jpg ») ;
 - l'attestation de vérification des installations électriques.

En notre absence du 1er au 15 avril, notre fille ⟦p:Nolwenn Le Calvez⟧, qui gère les réservations, reste joignable au ⟦t:07 82 14 63 90⟧.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

⟦p:R. Le Calvez⟧                ⟦p:S. Le Calvez⟧

_____________________________________________________________________________________________
Gîte Ty Kerlann — ⟦p:LE CALVEZ Riwal⟧, entrepreneur individuel — ⟦a:Kerlann, 1 route de la Ville-Hélio⟧, 22130 Pluduno — IBAN ⟦iban:FR76 1360 6000 9846 0127 8901 216⟧ — page 1/1
"""

TXT["p32_conducteurs_chiens_de_sang.txt"] = """
FÉDÉRATION DÉPARTEMENTALE DES CHASSEURS DES VOSGES
RECHERCHE AU SANG DU GRAND GIBIER BLESSÉ — CONDUCTEURS AGRÉÉS (UNUCR) — SAISON 2026-2027
Liste publiée dans le « Guide du chasseur vosgien » et sur le site de la fédération : après tout tir sur un grand gibier non retrouvé, appelez le conducteur le plus proche.

SECTEUR 1 — HAUTES-VOSGES (Gérardmer, La Bresse, Cornimont)
  ⟦p:ANTOINE Jean-Marie⟧ — ⟦a:12, rue de la Scierie⟧, 88250 La Bresse — ⟦t:06 80 45 12 97⟧ — agrément ⟦id:UNUCR 88-041⟧ — teckel « Ulk vom Hexenwald »
  ⟦p:GRANDCLAUDE Sébastien (« Séb »)⟧ — ⟦a:Ferme du Haut-Jacques⟧, 88520 Ban-sur-Meurthe-Clefcy — ⟦t:03.29.50.74.18⟧ / ⟦t:06 72 31 08 66⟧ — agrément ⟦id:UNUCR 88-057⟧

SECTEUR 2 — VALLÉE DU RABODEAU ET DE LA PLAINE
  ⟦p:KAMIŃSKI Dariusz⟧ — ⟦a:7 bis Grand'Rue⟧, 88210 Senones — ⟦t:+33 6 45 90 21 77⟧ — rouge de Hanovre « Bruno z Bieszczad »
  ⟦p:Mme VAXELAIRE-CLAUDEL Lætitia⟧ — ⟦a:Le Void de la Borde⟧, 88210 Le Puid — ⟦t:0329577310⟧ (soir) — courriel : laetitia.vaxelaire [at] orange.fr

SECTEUR 3 — PLAINE ET BORDURE ALSACIENNE (intervention possible côté Bas-Rhin)
  ⟦p:WEISS Jürgen⟧ — ⟦a:Am Sonnenhang 3, 77960 Seelbach (Allemagne)⟧ — ⟦t:+49 7823 96 18 40⟧ / mobile ⟦t:+49 (0) 160 91 22 43 08⟧ — ⟦e:juergen.weiss@t-online.de⟧ — agréé UNUCR et Verein Hirschmann
  ⟦p:MOUGEL Aurélien⟧, ⟦ag:19 ans⟧, conducteur stagiaire, accompagne ⟦p:J. Weiss⟧ — ⟦t:07 66 18 29 04⟧

Rappel : la recherche est gratuite ; le conducteur est seul juge de l'opportunité de la recherche. Le chasseur indique au conducteur la commune, le lieu-dit et l'heure du tir.
Référent départemental : ⟦off:Claude Thiriet⟧, technicien de la fédération (standard 03 29 29 23 00).
"""

TXT["p33_medaille_jeunesse_sports_engagement.txt"] = """
SERVICE DÉPARTEMENTAL À LA JEUNESSE, À L'ENGAGEMENT ET AUX SPORTS DU MORBIHAN (SDJES 56)
Direction des services départementaux de l'éducation nationale

MÉDAILLE DE LA JEUNESSE, DES SPORTS ET DE L'ENGAGEMENT ASSOCIATIF — CONTINGENT DÉPARTEMENTAL — PROMOTION DU 1er JANVIER 2026
Liste des récipiendaires (arrêté préfectoral du 18 décembre 2025) — communiquée à la presse locale

ÉCHELON ARGENT
- ⟦p:Mme Hinatea TEHAAMOANA-LE DÛ⟧, ⟦ag:44 ans⟧, entraîneuse bénévole de va'a depuis 2004, Lorient Océan Va'a, demeurant à Lanester
- ⟦p:M. Mamadou Lamine SY⟧ (né en ⟦bd:1958⟧), arbitre bénévole de football, district du Morbihan, demeurant à Vannes
- ⟦p:M. Erwan « Fanfan » LE FLOCH⟧, président du bagad de Pontivy de 1998 à 2024

ÉCHELON BRONZE
- ⟦p:Mme Zeynep KAYA-ROPERS⟧, trésorière du club de gymnastique « L'Étoile sportive » d'Hennebont
- ⟦p:M. Wojciech (« Wojtek ») ZIELIŃSKI⟧, bénévole au comité départemental de tennis de table
- ⟦p:Mme Marie-Annick LE NOUY épouse GUYADER⟧, fondatrice de la section marche nordique de Baud, née le ⟦bd:9 novembre 1949⟧ à ⟦bp:Guénin⟧
- ⟦p:M. Anthony RAHARIJAONA⟧, animateur bénévole du conseil municipal des jeunes de Ploërmel

LETTRES DE FÉLICITATIONS (jeunes bénévoles de moins de 25 ans)
- ⟦p:Mlle Louise-Anne de BOISANGER⟧, ⟦ag:17 ans⟧, jeune arbitre de handball, Séné
- ⟦p:M. Ilyès BENNACER⟧, ⟦ag:22 ans⟧, service civique puis bénévole à l'Union sportive de Kervénanec

La cérémonie de remise aura lieu le 30 janvier 2026 à 18 heures à la préfecture, en présence de ⟦off:M. Jean-Marc Aubertin-Salles⟧, préfet du Morbihan, et de ⟦off:Mme Yolande Garnier-Daoulas⟧, cheffe du SDJES.
"""

TXT["p34_palmes_academiques_tableau_promus.txt"] = """
ACADÉMIE DE RENNES — RECTORAT — Cabinet du recteur, bureau des distinctions
ORDRE DES PALMES ACADÉMIQUES — PROMOTION DU 1er JANVIER 2026
Tableau des promus (extrait pour le département des Côtes-d'Armor) transmis aux établissements pour affichage en salle des professeurs

Grade        | Nom d'usage, nom de naissance, prénom            | NUMEN           | Né(e) le     | Fonctions et établissement
Officier     | ⟦p:LE GOASDUFF Hervé⟧                                 | ⟦id:05E9703216TNF⟧   | ⟦bd:12/01/1968⟧   | professeur agrégé de mathématiques, lycée Ernest-Renan, Saint-Brieuc
Officier     | ⟦p:TRAN-VU née VU Thi Hoa⟧                            | ⟦id:12E0604567KBQ⟧   | ⟦bd:03/05/1972⟧   | professeure des écoles, école Jules-Ferry, Lannion
Chevalier    | ⟦p:RAKOTOBE Voahangy⟧                                 | ⟦id:18E1507734RVP⟧   | ⟦bd:21/10/1980⟧   | conseillère principale d'éducation, collège Léonard-de-Vinci, Guingamp
Chevalier    | ⟦p:MEZIANE Cédric Abd-el-Kader⟧                       | ⟦id:09E0301218HMZ⟧   | ⟦bd:30/12/1975⟧   | professeur de lycée professionnel (génie thermique), LP Jean-Monnet, Quintin
Chevalier    | ⟦p:CORLAY épouse BOTHOREL Armelle⟧                    | ⟦id:01E8904561CAB⟧   | ⟦bd:07/07/1964⟧   | secrétaire administrative, DSDEN des Côtes-d'Armor
Chevalier    | ⟦p:M. Fañch MORVAN⟧ (hors éducation nationale)        | —               | ⟦bd:1955⟧         | fondateur de l'association « Lenn ha Dilenn » (aide aux devoirs en breton)

Le diplôme sera remis par le chef d'établissement ou l'inspecteur de circonscription ; les intéressés peuvent s'adresser au bureau des distinctions (ce.cabinet@ac-rennes.fr).
Le recteur de la région académique Bretagne, recteur de l'académie de Rennes, ⟦off:Bertrand Kerdudo-Vallée⟧
"""

TXT["p35_daeu_liste_admis.txt"] = """
UNIVERSITÉ DE BRETAGNE OCCIDENTALE — Service universitaire de formation continue
DIPLÔME D'ACCÈS AUX ÉTUDES UNIVERSITAIRES (DAEU) — OPTION A (littéraire) — SESSION DE JUIN 2026
Jury du 30 juin 2026 présidé par ⟦off:Mme Rozenn Le Duff-Corvaisier⟧, maîtresse de conférences — liste des candidats déclarés admis

N° candidat   Nom                              Prénom(s)                 Né(e) le               à
⟦id:DAEU-A-26-014⟧  ⟦p:ABALAIN⟧                          ⟦p:Gwenn⟧                     ⟦bd:3 fév. 1988⟧           ⟦bp:Brest (29)⟧
⟦id:DAEU-A-26-022⟧  ⟦p:BOUAZZA ép. LE MENN⟧              ⟦p:Souad⟧                     ⟦bd:11 juil. 1979⟧         ⟦bp:Oujda (Maroc)⟧
⟦id:DAEU-A-26-031⟧  ⟦p:DOS SANTOS LOPES⟧                 ⟦p:Márcia Cristina⟧           ⟦bd:24 déc. 1992⟧          ⟦bp:Vila Nova de Gaia (Portugal)⟧
⟦id:DAEU-A-26-037⟧  ⟦p:KERVELLA⟧                         ⟦p:Jean-Baptiste, dit Jibé⟧   ⟦bd:1er mai 2001⟧          ⟦bp:Landerneau⟧
⟦id:DAEU-A-26-040⟧  ⟦p:NGUYỄN⟧                           ⟦p:Văn Hùng⟧                  ⟦bd:8 sept. 1969⟧          ⟦bp:Huế (Viêt Nam)⟧
⟦id:DAEU-A-26-052⟧  ⟦p:RASOLOFONIRINA⟧                   ⟦p:Miora⟧                     ⟦bd:19 mars 1997⟧          ⟦bp:Toamasina (Madagascar)⟧
⟦id:DAEU-A-26-058⟧  ⟦p:ŻUREK⟧                            ⟦p:Bartłomiej⟧                ⟦bd:2 juin 1985⟧           ⟦bp:Gdańsk (Pologne)⟧

Mention Bien : ⟦p:M. Nguyễn Văn Hùng⟧ et ⟦p:Mme Rasolofonirina⟧.
Les diplômes seront délivrés à partir d'octobre ; les admis peuvent s'inscrire en licence dès juillet (⟦p:M. Żurek⟧ et ⟦p:Mme Bouazza⟧ ont déjà été pré-admis en L1 Histoire).
Fait à Brest, le 30 juin 2026. La présidente du jury, ⟦off:R. Le Duff-Corvaisier⟧
"""

TXT["p36_cr_ag_association_sportive_lycee.txt"] = """
LYCÉE POLYVALENT PAUL-SÉRUSIER — CARHAIX-PLOUGUER
ASSOCIATION SPORTIVE (affiliée à l'UNSS) — COMPTE RENDU DE L'ASSEMBLÉE GÉNÉRALE DU MERCREDI 23 SEPTEMBRE 2026
(publié sur l'ENT et affiché au gymnase)

Présidence de droit : ⟦off:M. Didier Quéré⟧, proviseur. Secrétaire d'AS : ⟦off:Mme Élodie Le Roux-Pennec⟧, professeure d'EPS coordonnatrice.
Présents : 58 élèves licenciés, 4 parents, les 5 enseignants d'EPS.

1. Bilan 2025-2026 : 142 licenciés ; titre académique en cross par équipes (⟦p:Aminata KONATÉ⟧, ⟦p:Maëlys JAOUEN⟧, ⟦p:Nina Le Guern⟧, ⟦p:Zoé Kervran-Abily⟧) ; participation au championnat de France de surf (⟦p:Kylian TANGUY-OMNÈS⟧).

2. Élection du comité directeur
   Collège des élèves (élus pour un an) : ⟦p:Maëlys JAOUEN⟧ (1re générale, ⟦ag:16 ans⟧), vice-présidente élève ; ⟦p:Kylian TANGUY-OMNÈS⟧ (2de) ; ⟦p:Aminata KONATÉ⟧ (terminale) ; ⟦p:Théo KERANGAL⟧ (BTS), trésorier adjoint, né le ⟦bd:02/02/2008⟧ — seul élève majeur, il reçoit délégation de signature sur le compte de l'AS.
   Collège des parents : ⟦p:Mme Katell JAOUEN⟧ (⟦t:06 31 48 72 05⟧) ; ⟦p:M. Rui Pedro MONTEIRO⟧ (⟦e:ruipedro.monteiro@sfr.fr⟧).
   Collège des enseignants : ⟦off:M. Yann Kerhoas⟧ et ⟦off:Mme Soizic Bernard⟧, professeurs d'EPS.

3. Cotisation 2026-2027 : 25 € (20 € à partir du deuxième enfant d'une même famille).

4. Questions diverses : ⟦p:M. Monteiro⟧ propose d'organiser le covoiturage des compétitions du mercredi ; inscription auprès de lui ou de ⟦p:Mme Jaouen⟧. Les photos de la journée d'intégration sont déposées sur l'ENT, dossier « AS_2026 » (fichiers « podium_cross_⟦p:jaouen_maelys⟧.jpg », « podium_cross_⟦p:konate_aminata⟧.jpg »).

Le président de l'association sportive, ⟦off:D. Quéré⟧ — la secrétaire, ⟦off:É. Le Roux-Pennec⟧
"""

TXT["p37_etat_parcellaire_cessibilite_rd424.txt"] = """
PRÉFECTURE DU BAS-RHIN
Direction de la coordination des politiques publiques et de l'appui territorial — bureau des enquêtes publiques

ARRÊTÉ DÉCLARANT CESSIBLES LES PARCELLES NÉCESSAIRES À L'AMÉNAGEMENT D'UNE PISTE CYCLABLE LE LONG DE LA RD 424 ENTRE MARCKOLSHEIM ET ARTOLSHEIM
ANNEXE — ÉTAT PARCELLAIRE (commune de Marckolsheim)
Identité des propriétaires établie conformément à l'article R. 131-3 du code de l'expropriation pour cause d'utilité publique

N° 1 — ⟦cad:section 27 n° 145/12⟧, lieu-dit « Im Oberfeld », terre, 35,20 a — emprise 2,14 a
  ⟦p:M. SCHMITT Jean-Paul Joseph⟧, né le ⟦bd:14/02/1950⟧ à ⟦bp:Sélestat (67)⟧, retraité, demeurant ⟦a:5, rue des Vosges⟧, 67390 Marckolsheim — plein propriétaire

N° 2 — ⟦cad:section 27 n° 146⟧, « Im Oberfeld », pré, 18,75 a — emprise 1,02 a
  ⟦p:Mme MEYER née KIEFFER Anne-Marie⟧, née le ⟦bd:2 août 1948⟧ à ⟦bp:Colmar (Haut-Rhin)⟧, veuve de ⟦p:M. MEYER Lucien⟧ — usufruitière
  ⟦p:M. MEYER Thomas⟧, né le ⟦bd:23 novembre 1976⟧ à ⟦bp:Strasbourg (67)⟧, demeurant ⟦a:Hauptstraße 17a, 79539 Lörrach (Allemagne)⟧ — nu-propriétaire

N° 3 — ⟦cad:28 / 12/3⟧, « Langgewann », terre, 51,00 a — emprise 3,40 a
  ⟦p:M. AKSOY Mehmet⟧, né le ⟦bd:01.07.1969⟧ à ⟦bp:Kayseri (Turquie)⟧, et ⟦p:Mme AKSOY née YILDIZ Hatice⟧, née le ⟦bd:15.03.1973⟧ à ⟦bp:Mulhouse (68)⟧, son épouse, demeurant ensemble ⟦a:12a rue du Rhin⟧, 67390 Marckolsheim — communs en biens

N° 4 — ⟦cad:section 28 parcelle n° 57⟧, « Langgewann », verger, 9,60 a — emprise totale
  Indivision ZIMMERMANN :
  ⟦p:M. ZIMMERMANN Bernard Charles⟧, né le ⟦bd:9 janvier 1955⟧ à ⟦bp:Marckolsheim (Bas-Rhin)⟧, demeurant ⟦a:3 chemin du Moulin, lieu-dit Hirtzmatt⟧, 67600 Sélestat — pour 1/2
  ⟦p:Mme ZIMMERMANN épouse HUNG Marie-Christine⟧, née le ⟦bd:30/04/1958⟧ à ⟦bp:Marckolsheim (Bas-Rhin)⟧, demeurant ⟦a:Rue de Lausanne 45, 1201 Genève (Suisse)⟧ — pour 1/2

N° 5 — section 28 n° 60, « Langgewann », chemin d'exploitation — commune de Marckolsheim (domaine privé communal)

N° 6 — ⟦cad:29/8⟧, « Rheinwald », bois, 12,15 a — emprise 0,80 a
  ⟦p:WALTER Aloyse⟧, propriétaire inscrit au livre foncier (né le ⟦bd:17 mars 1902⟧ à ⟦bp:Artolsheim (Bas-Rhin)⟧) ; ayants droit non identifiés — procédure de bien sans maître en cours

Strasbourg, le 6 mai 2026. Pour la préfète et par délégation, le secrétaire général, ⟦off:Mathieu Dorschner-Laval⟧
"""

TXT["p38_recepisses_revendeurs_objets_mobiliers.txt"] = """
SOUS-PRÉFECTURE DE MULHOUSE — Bureau de la réglementation et des élections
REVENDEURS D'OBJETS MOBILIERS (BROCANTEURS) — RÉCÉPISSÉS DE DÉCLARATION PRÉALABLE D'ACTIVITÉ DÉLIVRÉS EN MARS 2026
(liste publiée au recueil des actes administratifs)

Récépissé ⟦id:n° 68-2026-0041⟧ du 03/03/2026
  ⟦p:M. Lucas MULLER-SCHAEFFER⟧, né le ⟦bd:04/04/1990⟧ à ⟦bp:Mulhouse (68)⟧, entrepreneur individuel, SIRET ⟦siret:935 701 284 00017⟧, domicilié ⟦a:22 rue de Bâle, 3e étage⟧, 68100 Mulhouse — activité : vide-maisons et vente en ligne

Récépissé ⟦id:n° 68-2026-0043⟧ du 05/03/2026
  ⟦p:Mme Sevgi ÖZTÜRK épouse STAMM⟧, née le ⟦bd:21.06.1980⟧ à ⟦bp:Gaziantep (Turquie)⟧, SIRET ⟦siret:49061837800015⟧, ⟦a:8 rue des Tisserands, bâtiment C⟧, 68200 Mulhouse — dépôt-vente de vêtements anciens

Récépissé ⟦id:n° 68-2026-0047⟧ du 12/03/2026
  ⟦p:M. Jean-Philippe HARTMANN, dit « Jipé »⟧, né le ⟦bd:8 octobre 1961⟧ à ⟦bp:Thann (68)⟧, SIREN ⟦siret:382745198⟧, ⟦a:chemin du Kirchberg, lieu-dit Stoecklé⟧, 68800 Vieux-Thann — brocante ambulante (marchés aux puces), véhicule déclaré : fourgon ⟦pl:347 BFK 68⟧

Récépissé ⟦id:n° 68-2026-0052⟧ du 19/03/2026
  ⟦p:Mme Raquel FERNÁNDEZ NÚÑEZ⟧, née le ⟦bd:1984-01-27⟧ à ⟦bp:Zaragoza (Espagne)⟧, DNI ⟦id:47382915V⟧, domiciliée ⟦a:Carrer de Provença 281, 4t 2a, 08037 Barcelona (Espagne)⟧ — exposante non sédentaire, déclarée en France sous le n° SIRET ⟦siret:807 652 342 00013⟧

Récépissé ⟦id:n° 68-2026-0055⟧ du 26/03/2026
  ⟦p:M. Ahmed OULD SIDI MOHAMED⟧, né le ⟦bd:31/12/1977⟧ à ⟦bp:Nouakchott (Mauritanie)⟧, passeport n° ⟦id:B01234567⟧, ⟦a:résidence Les Coteaux, 14 rue Gay-Lussac, tour 2, 9e ét., appt 92⟧, 68200 Mulhouse — achat-revente de mobilier

Pour le sous-préfet et par délégation, la cheffe de bureau, ⟦off:Aurélie Freyburger⟧
"""

TXT["p39_examen_taxi_liste_admis.txt"] = """
CHAMBRE DE MÉTIERS ET DE L'ARTISANAT DE LA MOSELLE — organisatrice de l'examen pour le compte du préfet
EXAMEN DU CERTIFICAT DE CAPACITÉ PROFESSIONNELLE DE CONDUCTEUR DE TAXI — SESSION DU 12 MAI 2026
Épreuves d'admission (pratique) — LISTE DES CANDIDATS ADMIS — épreuve spécifique au département de la Moselle

N° d'inscription   Nom                             Prénom(s)               Date de naissance
⟦id:T57-26-0118⟧         ⟦p:KARABULUT⟧                       ⟦p:Emre⟧                    ⟦bd:02-10-1985⟧
⟦id:T57-26-0121⟧         ⟦p:NKOUNKOU⟧                        ⟦p:Grâce-Divine⟧            ⟦bd:17-06-1998⟧
⟦id:T57-26-0124⟧         ⟦p:SCHNEIDER-BOUAZZA⟧               ⟦p:Yanis⟧                   ⟦bd:09-09-1993⟧
⟦id:T57-26-0130⟧         ⟦p:PHẠM⟧                            ⟦p:Quốc Bảo⟧                ⟦bd:25-12-1979⟧
⟦id:T57-26-0133⟧         ⟦p:CIOBANU⟧                         ⟦p:Ioana-Mădălina⟧          ⟦bd:14-02-1990⟧
⟦id:T57-26-0137⟧         ⟦p:SILVA CORREIA⟧                   ⟦p:Ângela⟧                  ⟦bd:30-03-1971⟧
⟦id:T57-26-0141⟧         ⟦p:MULLER⟧                          ⟦p:Jean-Marc dit « Jeannot »⟧  ⟦bd:05-05-1966⟧

Les candidats admis peuvent solliciter leur carte professionnelle auprès de la préfecture de la Moselle (bureau des titres, 9 place de la Préfecture, 57034 Metz Cedex 1).
Pour le président de la chambre, le directeur général, ⟦off:Patrick Wagner-Steinmetz⟧
"""

TXT["p40_bordereau_envoi_medailles_agricoles.txt"] = """
SOUS-PRÉFECTURE DE PONTIVY
Bureau du cabinet

BORDEREAU D'ENVOI N° 2026/CAB/117
Destinataire : Préfecture du Morbihan — Cabinet — bureau des distinctions
Objet : propositions pour la médaille d'honneur agricole — promotion du 14 juillet 2026

Désignation des pièces                                                                   Nombre   Observations
Dossier de ⟦p:M. Hervé LE GOUIC⟧ :                                                          3
   MHA_2026_⟦p:LE-GOUIC_Herve⟧_formulaire.pdf                                                    N° MSA (NIR) : ⟦nir:1 58 02 56 162 009 71⟧
   attestation_employeur_⟦p:legouic_h⟧.pdf
   CNI_⟦p:LEGOUIC⟧_recto_verso.jpg                                                              CNI n° ⟦id:560292104839⟧
Dossier de ⟦p:Mme RAKOTOMALALA Hanitra épouse JOUAN⟧ :                                       2
   CNI_⟦p:RAKOTOMALALA_Hanitra⟧.pdf                                                             née le ⟦bd:05/05/1983⟧ à ⟦bp:Antananarivo⟧
   etat_services_⟦p:rakotomalala-jouan⟧_v2.docx
Dossier de ⟦p:M. NGUYEN VAN Tâm⟧ (salarié de la coopérative Le Gouessant) :                 2
   ⟦p:nguyenvantam⟧_MSA_attestation.pdf                                                       N° MSA : ⟦nir:1 75 10 64 445 063 15⟧
   Scan_⟦p:NguyenVT⟧_20260411_0935.pdf                                                          permis de conduire n° ⟦id:850564300125⟧ (pièce non demandée, à détruire)
Dossier de ⟦p:Mme Guénaëlle LE NOC'H née KERGOAT⟧ :                                         1        dossier incomplet (état des services manquant) ; l'intéressée, jointe au ⟦t:02 97 25 61 08⟧, l'envoie directement

Observation générale : les quatre candidats ont donné leur accord à la publication de leur nom au recueil des actes administratifs.
Pontivy, le 14 avril 2026. Pour le sous-préfet, l'adjointe au chef de bureau, ⟦off:Morgane Le Texier⟧
"""

# ---------------------------------------------------------------------------------------------------
# HTML pages.

HTML["ph01_palmares_prix_master_perpignan.html"] = {
    "title": "Palmarès 2026 des prix de master — Université de Perpignan Via Domitia",
    "body": """
<header><p class="fil">Accueil › Actualités › Vie étudiante</p></header>
<h1>Palmarès des prix de master 2026</h1>
<p>Le 18 juin, la présidente de l'université, ⟦off:Mme Isabelle Bosch-Ferrandis⟧, a remis les prix de master financés par la fondation UPVD et ses mécènes, en présence de ⟦off:M. Joan Puig-Moreno⟧, vice-président de la commission de la formation.</p>
<h2>Prix de la Casa de la Generalitat (master Études catalanes)</h2>
<figure><img src="/medias/2026/prix/⟦p:casals-i-roca-nuria⟧.jpg" alt="⟦p:Núria Casals i Roca⟧ reçoit son prix"><figcaption>⟦p:Núria Casals i Roca⟧, ⟦ag:23 ans⟧, originaire d'⟦bp:Olot⟧ (Garrotxa)</figcaption></figure>
<p>Son mémoire porte sur les noms de mas du Vallespir. Elle poursuit en doctorat ; contact : <a href="mailto:⟦e:nuria.casals.roca@gmail.com⟧">⟦e:nuria.casals.roca@gmail.com⟧</a>.</p>
<h2>Prix de la Chambre d'agriculture (master Agrosciences)</h2>
<p>⟦p:Pau VILANOVA-BOSCH⟧ et ⟦p:Yousra EL FASSI⟧, pour leur étude des haies du Roussillon. ⟦p:Yousra⟧, née à ⟦bp:Fès⟧ en ⟦bd:2001⟧, est arrivée à Perpignan en licence.</p>
<h2>Prix « Engagement étudiant »</h2>
<p>⟦p:Manuel « Manolo » GIMÉNEZ⟧, du quartier Saint-Jacques, premier de sa famille à obtenir un master, pour le soutien scolaire qu'il anime bénévolement. Pour le soutenir : <a href="https://www.instagram.com/⟦o:manolo.gimenez.cat⟧">@⟦o:manolo.gimenez.cat⟧</a>.</p>
<h2>Mentions</h2>
<ul>
<li>⟦p:Anaïs SABATÉ-COLL⟧ (master Tourisme) — stage chez ⟦p:M. Jordi Serrat⟧, ⟦a:Mas d'en Serrat, chemin de la Ribera⟧, 66500 Prades</li>
<li>⟦p:Tomasz DĄBROWSKI⟧ (master Énergies renouvelables), ⟦ag:26 ans⟧</li>
<li>⟦p:Léa Nguyen-Castell⟧ (master Droit public)</li>
</ul>
<footer><p>Service communication — 52 avenue Paul-Alduy, 66860 Perpignan Cedex 9 — 04 68 66 20 00</p></footer>
""",
}

HTML["ph02_agenda_soutenances_ed.html"] = {
    "title": "Soutenances à venir — École doctorale Biologie-Santé Lille",
    "head": '<meta name="description" content="Soutenances de thèse : ⟦p:Tiana Ramanantsoa⟧, ⟦p:Wiktoria Mroczek⟧, ⟦p:Jérémie Ben Amara⟧">\n',
    "body": """
<h1>Soutenances de thèse à venir</h1>
<article>
<h2>Lundi 7 septembre 2026, 14 h — ⟦p:Mme Tiana RAMANANTSOA⟧</h2>
<img src="photos/⟦p:ramanantsoa_tiana⟧_2026.jpg" alt="Photo de la doctorante">
<p>« Régulation de l'expression génique chez le riz en conditions de submersion » — faculté des sciences, amphithéâtre Migeon, Villeneuve-d'Ascq.</p>
<p>Jury : ⟦off:Pr Catherine Vandaele⟧ (rapporteure, Université libre de Bruxelles), ⟦off:Dr Hervé Ravelomanana-Petit⟧ (rapporteur, Cirad Montpellier), ⟦off:Pr Marc Devos⟧ (directeur de thèse).</p>
</article>
<article>
<h2>Jeudi 10 septembre 2026, 9 h 30 — ⟦p:Mme Wiktoria MROCZEK⟧</h2>
<p>« Imagerie du biofilm bactérien en microfluidique » — Institut Pasteur de Lille, salle Calmette. Thèse en cotutelle avec l'université de Wrocław (directeur polonais : ⟦off:Prof. Andrzej Wójcik⟧).</p>
<p>La doctorante invite ses anciens collègues de master : réponse à <a href="mailto:⟦e:w.mroczek@wp.pl⟧">⟦e:w.mroczek(at)wp.pl⟧</a>.</p>
</article>
<article>
<h2>Vendredi 18 septembre 2026, 14 h — ⟦p:M. Jérémie BEN AMARA⟧</h2>
<p>« Évolution des gènes de l'olfaction chez les abeilles sauvages » — campus Cité scientifique, bâtiment SN3. Directrice : ⟦off:Dr Sophie Leclercq-Haddad⟧.</p>
<p>Pot de thèse à la suite, à l'invitation du doctorant et de sa compagne ⟦p:Clara Deswarte⟧.</p>
</article>
<p class="contact">Secrétariat de l'école doctorale : ed-biologie-sante@univ-lille.fr</p>
""",
}

HTML["ph03_auto_ecoles_agreees_haute_garonne.html"] = {
    "title": "Établissements d'enseignement de la conduite agréés — arrondissement de Muret — Préfecture de la Haute-Garonne",
    "body": """
<h1>Auto-écoles agréées — arrondissement de Muret</h1>
<p>Liste mise à jour le 2 février 2026 par le bureau de la sécurité routière. Les établissements exploités en nom propre sont identifiés par le nom de leur exploitant.</p>
<table>
<thead><tr><th>Agrément</th><th>Établissement</th><th>Exploitant</th><th>Adresse</th><th>Téléphone</th></tr></thead>
<tbody>
<tr><td>⟦id:E 17 031 0042 0⟧</td><td>Auto-école Garonne Conduite</td><td>⟦p:M. Kévin ESTRADE-LAFFONT⟧ (EI, SIRET ⟦siret:413 265 893 00011⟧)</td><td>⟦a:4 bis av. Jacques-Douzans⟧, 31600 Muret</td><td><a href="tel:⟦t:+33561512284⟧">⟦t:05 61 51 22 84⟧</a></td></tr>
<tr><td>E 19 031 0057 0</td><td>CER Lherm (SARL)</td><td>gérante : ⟦p:Mme Sandrine Pujol⟧</td><td>12 place de la Halle, 31600 Lherm</td><td>05 61 56 04 90</td></tr>
<tr><td>⟦id:E 21 031 0009 0⟧</td><td>Permis Facile Carbonne</td><td>⟦p:Mme Lina Oumeddour épouse Castex⟧</td><td>⟦a:ZA du Bois-Vert, lot 11⟧, 31390 Carbonne</td><td><a href="tel:⟦t:+33612478310⟧">⟦t:06.12.47.83.10⟧</a></td></tr>
<tr><td>⟦id:E 23 031 0015 0⟧</td><td>L'École de ⟦p:Teddy⟧</td><td>⟦p:Teddy BRUNET-SALVAT⟧ (micro-entreprise, SIREN ⟦siret:534081724⟧)</td><td>⟦a:La Bordeneuve, chemin de la Saudrune⟧, 31410 Noé</td><td>⟦t:+33 7 81 90 44 62⟧</td></tr>
<tr><td>⟦id:E0903100250⟧</td><td>Auto-moto-école Volvestre</td><td>⟦p:M. João Carlos TEIXEIRA MENDES⟧</td><td>⟦a:2, rue Ste-Quitterie⟧, 31390 Rieux-Volvestre</td><td>⟦t:0561870355⟧</td></tr>
</tbody>
</table>
<p>Pour toute réclamation, s'adresser à la préfecture (pref-securite-routiere@haute-garonne.gouv.fr). Le chef de bureau, ⟦off:Jean-Christophe Audouy⟧.</p>
""",
}

HTML["ph04_annonces_notoriete_acquisitive_corse.html"] = {
    "title": "Annonces légales — Corse-du-Sud — actes de notoriété acquisitive — semaine 12",
    "body": """
<h1>Annonces légales et judiciaires — Corse-du-Sud</h1>
<section class="annonce">
<h2>ACTE DE NOTORIÉTÉ ACQUISITIVE</h2>
<p>Suivant acte reçu par ⟦off:Maître Marie-Pierre CULIOLI⟧, notaire à Porto-Vecchio (Corse-du-Sud), le 12 mars 2026, ⟦p:Monsieur Ghjuvan-Santu FILIPPI⟧, berger, né à ⟦bp:Zonza (20124)⟧ le ⟦bd:7 décembre 1958⟧, demeurant à ⟦a:Zonza (20124), hameau de Cilaccia, maison Filippi⟧, a été reconnu propriétaire, par prescription acquisitive trentenaire, des biens suivants situés sur la commune de Zonza : ⟦cad:section C n° 123⟧, lieu-dit « Pianu », maquis, 1 ha 12 a 40 ca ; ⟦cad:section C n° 124⟧, même lieu-dit, bergerie en ruine, 0 ha 00 a 55 ca.</p>
<p>Toute contestation devra être adressée à l'office notarial dans un délai de cinq ans à compter de la dernière des publications.</p>
</section>
<section class="annonce">
<h2>ACTE DE NOTORIÉTÉ ACQUISITIVE — ARTICLE 1er DE LA LOI N° 2017-285</h2>
<p>Aux termes d'un acte reçu par ⟦off:Maître Ange-Mathieu PIETRI⟧, notaire à Sartène, le 16 mars 2026, ⟦p:Madame Antoinette Marie SUSINI-ROCCA née ORTOLI⟧, retraitée, née le ⟦bd:vingt-trois avril mil neuf cent quarante-sept⟧ à ⟦bp:Marseille (13)⟧, veuve de ⟦p:Monsieur Paul-Félix SUSINI-ROCCA⟧, demeurant ⟦a:Résidence Les Sémaphores, 14 bd Lantivy, bât. B, 5e étage⟧, 20000 Ajaccio, et son fils ⟦p:Monsieur Jean-Dominique SUSINI-ROCCA⟧, né le ⟦bd:02/06/1972⟧ à ⟦bp:Ajaccio (Corse-du-Sud)⟧, demeurant ⟦a:Avenida da Liberdade 190, 3.º, 1250-147 Lisboa (Portugal)⟧, ont été reconnus propriétaires indivis de la parcelle cadastrée commune de Sartène ⟦cad:section AE n° 58⟧, lieu-dit « U Pozzu ».</p>
</section>
<section class="annonce">
<h2>ACTE DE NOTORIÉTÉ ACQUISITIVE</h2>
<p>Par acte de ⟦off:Maître Culioli⟧ du 18 mars 2026, ⟦p:M. Santu CASANOVA dit « Santucciu »⟧, né le ⟦bd:19/10/1945⟧ à ⟦bp:Levie (20170)⟧, a été reconnu propriétaire de ⟦cad:E 412, 413 et 415⟧ (commune de Levie, lieu-dit « Cucuruzzu »).</p>
</section>
""",
}

HTML["ph05_liste_attente_port_hendaye.html"] = {
    "title": "Port de plaisance de Hendaye — liste d'attente des postes à flot — mise à jour du 1er mars 2026",
    "body": """
<h1>Liste d'attente des postes à flot</h1>
<p>Conformément au règlement d'exploitation, la liste d'attente est publique. Les demandeurs sont classés par catégorie de longueur puis par date de dépôt de la demande.</p>
<h2>Catégorie B (7,01 à 8,50 m)</h2>
<ol>
<li>⟦p:URRUTIA ARANBURU Jon⟧ — ⟦a:Calle Mayor 25, 3º izda., 20280 Hondarribia (Gipuzkoa, Espagne)⟧ — demande du 14/05/2019 — « Itsaslapur » (⟦id:SS-1-2417-19⟧)</li>
<li>⟦p:Mme Cécile LARRALDE-DUBOIS⟧ — ⟦a:Villa Ene Etxea, 18 bd de la Mer⟧, 64700 Hendaye — demande du 02/09/2019</li>
<li>⟦p:M. Pierre-Louis de CHAMPEAUX⟧ — ⟦a:4, place du Grand-Sablon, boîte 12, 1000 Bruxelles (Belgique)⟧ — demande du 30/01/2020 — voilier ⟦id:BEL 1492⟧</li>
<li>⟦p:M. et Mme SOUSA FERREIRA (José Augusto et Maria do Céu)⟧ — ⟦a:résidence Txingudi, bât. 2, esc. A, appt 31⟧, 64700 Hendaye — demande du 17/06/2021</li>
</ol>
<h2>Catégorie C (8,51 à 10 m)</h2>
<ol>
<li>⟦p:HIRIGOYEN Peio⟧ — ⟦a:maison Lanzelai, chemin d'Ibardin⟧, 64122 Urrugne — demande du 04/04/2018 — « Amets » (⟦id:BA 924 517⟧)</li>
<li>⟦p:Mr. Alistair McGREGOR-HALL⟧ — ⟦a:Avenue de Champel 21, 1206 Genève (Suisse)⟧ — ⟦t:+41 79 123 45 67⟧ — demande du 21/11/2020</li>
<li>⟦p:BENCHEKROUN Yassine⟧ — ⟦a:Villa 7, lotissement Al Manar, route d'Anfa, 20000 Casablanca (Maroc)⟧ — demande du 08/02/2022 — ⟦t:+212 (0)5 22 39 18 40⟧</li>
</ol>
<p>Toute modification (adresse, navire) doit être signalée à la capitainerie. Le maître de port, ⟦off:Ramuntxo Elissalde⟧.</p>
""",
}

HTML["ph06_brevet_grand_gibier_recus.html"] = {
    "title": "Brevet grand gibier 2026 : félicitations aux reçus — Fédération des chasseurs de Loir-et-Cher",
    "body": """
<h1>Brevet grand gibier 2026 : 14 reçus</h1>
<p>L'examen écrit s'est tenu le 28 mars à la Maison de la chasse de Blois, sous la présidence de ⟦off:M. Hubert de Montlivault-Sainte-Croix⟧, président de la commission formation.</p>
<table>
<tr><th>Rang</th><th>Candidat</th><th>Commune</th><th>Note</th></tr>
<tr><td>1</td><td>⟦p:Capucine d'ARGENSON⟧ (⟦ag:19 ans⟧)</td><td>Cour-Cheverny</td><td>97/100</td></tr>
<tr><td>2</td><td>⟦p:Marcel-Jean BOURDIN⟧, dit ⟦p:« Marcel de la Ferté »⟧</td><td>La Ferté-Beauharnais</td><td>94/100</td></tr>
<tr><td>3</td><td>⟦p:Wojciech NOWAKOWSKI⟧</td><td>Romorantin-Lanthenay</td><td>93/100</td></tr>
<tr><td>4</td><td>⟦p:Aïssatou DIOP-LEROUX⟧</td><td>Salbris</td><td>91/100</td></tr>
<tr><td>5 ex aequo</td><td>⟦p:Thibaut et Grégoire VASSEUR⟧ (jumeaux, nés le ⟦bd:12 juin 2007⟧)</td><td>Chaumont-sur-Tharonne</td><td>88/100</td></tr>
</table>
<p>Les diplômes seront remis lors de l'assemblée générale. Félicitations aussi à la doyenne des candidats, ⟦p:Mme Ghislaine Roux-Paillet⟧, ⟦ag:78 ans⟧, de ⟦a:la Grande Gaudinière⟧ à Marcilly-en-Gault !</p>
<p>Retrouvez la photo de groupe : <a href="/photos/bgg2026/⟦p:dargenson_capucine⟧_et_promo.jpg">télécharger</a>.</p>
""",
}

HTML["ph07_equipe_benevoles_nuit_des_chercheurs.html"] = {
    "title": "L'équipe bénévole — Nuit européenne des chercheur·e·s 2026 — Université de Lille",
    "body": """
<h1>Merci à nos bénévoles !</h1>
<p>La Nuit des chercheur·e·s du 25 septembre n'aurait pas eu lieu sans eux. Coordination : ⟦off:Mme Delphine Vermeersch⟧, service culture scientifique.</p>
<div class="carte"><h3>⟦p:Mélissa HADJ-AISSA⟧</h3><p>Responsable accueil — étudiante en M1 — <span class="mail">⟦e:melissa.hadjaissa<span class="at"> [at] </span>gmail<span class="dot"> [dot] </span>com⟧</span></p></div>
<div class="carte"><h3>⟦p:Grégoire VANDENBUSSCHE⟧</h3><p>Logistique — jeune retraité (⟦ag:62 ans⟧) — joignable au ⟦t:06 76 30 12 48⟧ le jour J</p></div>
<div class="carte"><h3>⟦p:Oksana KOVALENKO⟧ (⟦p:Оксана Коваленко⟧)</h3><p>Traduction ukrainienne et russe — <a href="mailto:⟦e:oksana.kovalenko@ukr.net⟧">écrire</a></p></div>
<div class="carte"><h3>⟦p:Baptiste « Titi » DELCROIX⟧</h3><p>Photos — <a href="https://⟦o:titidelcroix.myportfolio.com⟧">⟦o:titidelcroix.myportfolio.com⟧</a></p></div>
<div class="carte"><h3>⟦p:Nguyen Hoang Anh⟧</h3><p>Atelier robots — doctorant, ⟦ag:27 ans⟧ — <a href="mailto:⟦e:hoanganh.nguyen@univ-lille.fr⟧">⟦e:hoanganh.nguyen@univ-lille.fr⟧</a></p></div>
<div class="carte"><h3>⟦p:Jeanne et Louis MOREL-DEBRUYNE⟧</h3><p>Buvette — habitants du quartier, ⟦a:37 rue du Faubourg-de-Roubaix⟧, Lille</p></div>
<p>Envie de nous rejoindre en 2027 ? Inscrivez-vous auprès de ⟦p:Mélissa⟧.</p>
""",
}

HTML["ph08_medailles_travail_14_juillet_loire_atlantique.html"] = {
    "title": "Médaille d'honneur du travail — promotion du 14 juillet 2026 — Préfecture de la Loire-Atlantique",
    "body": """
<h1>Médaille d'honneur du travail — promotion du 14 juillet 2026</h1>
<p>Arrêté n° 2026/CAB/MHT/07 du 1er juillet 2026 — extrait (arrondissement de Saint-Nazaire). Pour le préfet et par délégation, le directeur de cabinet, ⟦off:Arnaud Le Floc'h-Mercier⟧.</p>
<table>
<thead><tr><th>Échelon</th><th>Récipiendaire</th><th>Emploi — employeur</th><th>Domicile</th></tr></thead>
<tbody>
<tr><td>Argent</td><td>⟦p:Mme BRIAND née GUILLARD Sylvie, Annick⟧</td><td>préparatrice de commandes — Système U Ouest, Montoir-de-Bretagne</td><td>Donges</td></tr>
<tr><td>Argent</td><td>⟦p:M. DIAKITÉ Moussa⟧</td><td>soudeur — Chantiers de l'Atlantique, Saint-Nazaire</td><td>Trignac</td></tr>
<tr><td>Argent</td><td>⟦p:M. d'ACHON Henri-Gabriel⟧</td><td>conseiller en gestion de patrimoine — Banque Populaire Grand Ouest</td><td>Guérande, ⟦a:village de Kerhué, 6 chemin des Paludiers⟧</td></tr>
<tr><td>Vermeil</td><td>⟦p:Mme PHAM THI Ngoc Anh, ép. LE CORRE⟧</td><td>technicienne qualité — Airbus Atlantic, Montoir-de-Bretagne</td><td>Saint-Nazaire</td></tr>
<tr><td>Vermeil</td><td>⟦p:M. GONÇALVES DE ALMEIDA Fernando⟧</td><td>chef d'équipe — Idea Logistique</td><td>Pornichet</td></tr>
<tr><td>Or</td><td>⟦p:Mme ANDRIANARIVELO-RAZAFY Lalao⟧</td><td>comptable — Cave coopérative de la presqu'île, Guérande</td><td>La Baule-Escoublac</td></tr>
<tr><td>Grand or</td><td>⟦p:M. KERAVEC Jean-Yves dit « Jeannot »⟧</td><td>docker puis agent de maîtrise — Grand Port maritime Nantes Saint-Nazaire</td><td>Saint-Brevin-les-Pins</td></tr>
</tbody>
</table>
<p>Les diplômes sont remis par les employeurs ou les mairies. Rectificatif : lire ⟦p:Mme BRIAND Sylvie⟧ (et non « Sylvia ») ; l'adresse de ⟦p:M. d'Achon⟧ a été publiée avec son accord.</p>
""",
}

HTML["ph09_extranet_conseil_syndical.html"] = {
    "title": "Résidence Le Clos Saint-Martin — espace copropriétaires — votre conseil syndical",
    "body": """
<nav><a href="/">Accueil</a> | <a href="/documents">Documents</a> | <a href="/conseil">Conseil syndical</a></nav>
<h1>Votre conseil syndical (élu par l'AG du 11 juin 2026)</h1>
<p>Syndicat des copropriétaires de la résidence Le Clos Saint-Martin, 12 montée du Chemin-Neuf, 69005 Lyon. Syndic : Régie Fournier-Bellecour, gestionnaire ⟦p:M. Olivier Chambon⟧.</p>
<table>
<tr><th>Membre</th><th>Rôle</th><th>Lot</th><th>Contact</th><th>Carte de visite</th></tr>
<tr><td>⟦p:Marie DUPUIS-FONTAINE⟧</td><td>présidente</td><td>7 (bât. A, 2e ét.)</td><td><a href="tel:⟦t:0603274815⟧">⟦t:06 03 27 48 15⟧</a> — <a href="mailto:⟦e:marie.dupuis-fontaine@laposte.net⟧">⟦e:marie.dupuis-fontaine@laposte.net⟧</a></td><td><a href="/vcard/⟦p:dupuis-fontaine-marie⟧.vcf">vCard</a></td></tr>
<tr><td>⟦p:Kenji TAKAHASHI⟧ (⟦p:高橋健二⟧)</td><td>membre</td><td>15 (bât. B, 4e ét.)</td><td>⟦e:kenji.takahashi@yahoo.co.jp⟧</td><td><a href="/vcard/⟦p:takahashi-kenji⟧.vcf">vCard</a></td></tr>
<tr><td>⟦p:Antoine de LA FOREST-DIVONNE⟧</td><td>trésorier</td><td>3 et 31 (cave)</td><td>⟦t:+33 (0)4 78 37 52 90⟧</td><td></td></tr>
<tr><td>⟦p:Samia BELHADJ épouse ROUSSET⟧</td><td>membre</td><td>22</td><td>⟦e:samia.rousset [chez] free.fr⟧</td><td></td></tr>
<tr><td>⟦p:Dragan PETROVIĆ⟧ (⟦p:Драган Петровић⟧)</td><td>membre (non-résident)</td><td>9</td><td>⟦a:Friedrichstraße 118, 10117 Berlin (Allemagne)⟧ — ⟦t:+49 30 2045 8813⟧</td><td></td></tr>
</table>
<h2>Gardiennage</h2>
<p>Gardienne : ⟦p:Mme Fernanda LOPES⟧, loge au rez-de-chaussée du bâtiment B, ⟦t:04 78 42 19 66⟧ (9 h–12 h).</p>
<p>Pour toute question sur les travaux de toiture, contactez plutôt ⟦p:Antoine⟧, qui suit le dossier avec l'architecte.</p>
""",
}

HTML["ph10_paludiers_vente_directe.html"] = {
    "title": "Coopérative des paludiers de la presqu'île — nos adhérents en vente directe",
    "body": """
<h1>Acheter son sel directement au paludier</h1>
<p>Les adhérents ci-dessous vendent à la salorge, sur rendez-vous. Page tenue par la coopérative (établissement agréé par la DDPP de Loire-Atlantique).</p>
<ul class="paludiers">
<li><strong>⟦p:Gwénola LE BERRE-MAHÉ⟧</strong> — ⟦a:village de Saillé, 3 rue des Prés-Garnier⟧, 44350 Guérande — ⟦t:02 40 62 14 77⟧ — SIRET ⟦siret:520 193 848 00014⟧</li>
<li><strong>⟦p:Yvon OLLIVAUD⟧</strong>, paludier depuis 1983 — ⟦a:Kervalet, 14 ruelle des Œillets⟧, 44740 Batz-sur-Mer — ⟦t:06-08-41-20-93⟧</li>
<li><strong>⟦p:Thomas LEHUÉDÉ, dit « Tom du Trait »⟧</strong> — ⟦a:salorge du Trait, route de Saint-Molf⟧ — <a href="https://⟦o:www.sel-tom-du-trait.fr⟧">⟦o:www.sel-tom-du-trait.fr⟧</a> — SIREN ⟦siret:793048265⟧</li>
<li><strong>⟦p:Émilie NGUYEN-BURBAN⟧</strong> — ⟦a:Pradel, route de Trégaté⟧, 44350 Guérande — ⟦t:+33 6 47 18 92 05⟧ — <a href="mailto:⟦e:emilie.nguyenburban@orange.fr⟧">⟦e:emilie.nguyenburban@orange.fr⟧</a></li>
<li><strong>⟦p:Marc-Olivier GRAVAUD⟧</strong> et son fils ⟦p:Malo⟧ — ⟦a:Clis, 2 impasse du Fort-Berthaud⟧ — ⟦t:02.40.42.88.10⟧ — SIRET ⟦siret:84712093800018⟧</li>
<li><strong>⟦p:Bérénice FAUCHEUX-IRIART⟧</strong> (installée en 2025, ⟦ag:28 ans⟧) — ⟦a:Kerbiniou⟧, Guérande — Instagram ⟦o:@berenice_fleurdesel⟧</li>
</ul>
<p>Les visites des marais avec un paludier sont organisées par la coopérative (accueil : 02 40 62 00 00).</p>
""",
}

# ---------------------------------------------------------------------------------------------------
# Word documents.

DOCX["pw01_convocation_soutenance_angers.docx"] = {
    "author": "⟦off:Nadège Poirier⟧",
    "title": "Convocation soutenance — ⟦p:RAZANAMPARANY⟧",
    "header": "UNIVERSITÉ D'ANGERS — Collège doctoral — 40 rue de Rennes, BP 73532, 49035 Angers Cedex 01",
    "footer": "Dossier suivi par ⟦off:Nadège Poirier⟧ — réf. CD/2026/0614 — page 1/1",
    "blocks": [
        "⟦p:Monsieur Fenosoa RAZANAMPARANY⟧",
        "⟦a:Résidence universitaire Belle-Beille, bâtiment C, chambre 312, 3 boulevard Lavoisier⟧",
        "49000 ANGERS",
        "Angers, le 2 juin 2026",
        "**Objet : autorisation de soutenance et convocation**",
        "Monsieur,",
        "J'ai le plaisir de vous informer que, au vu des rapports favorables, le président de l'université vous autorise à soutenir votre thèse de doctorat (spécialité biologie végétale) le **vendredi 26 juin 2026 à 14 heures**, amphithéâtre A, campus de Belle-Beille. Votre numéro d'étudiant (⟦id:21702458⟧) doit figurer sur toute correspondance.",
        ("table", [
            ["Membre du jury", "Qualité", "Établissement"],
            ["⟦off:Mme Corinne Gaudin-Lebreton⟧", "professeure, rapporteure", "Université de Nantes"],
            ["⟦off:M. Rija Andriantsimba⟧", "directeur de recherche, rapporteur", "IRD, Montpellier"],
            ["⟦off:M. Yves Hamon-Dufour⟧", "professeur, directeur de thèse", "Université d'Angers"],
        ]),
        "Le diplôme sera établi au nom de **⟦p:RAZANAMPARANY Fenosoa Mamy⟧**, né le ⟦bd:11 février 1995⟧ à ⟦bp:Antananarivo (Madagascar)⟧. En cas d'erreur, merci de la signaler avant la soutenance, pièce d'identité à l'appui (votre passeport n° ⟦id:MDG 09C214387⟧ figure au dossier).",
        "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.",
        "Pour le président et par délégation, la directrice du collège doctoral, ⟦off:Pr Anne-Laure Coutant⟧",
        "Copie : ⟦off:M. Yves Hamon-Dufour⟧ ; ⟦p:Mme Hanta Razanamparany⟧ (contact en France du doctorant, ⟦t:06 51 20 87 34⟧)",
    ],
}

DOCX["pw02_rapport_visite_ccdsa_sartene.docx"] = {
    "author": "SDIS 2A — groupement prévention",
    "title": "Rapport de visite périodique — camping U Livanti",
    "header": "SERVICE D'INCENDIE ET DE SECOURS DE LA CORSE-DU-SUD — Groupement prévention — rapport destiné à la sous-commission de l'arrondissement de Sartène",
    "footer": "Rapport n° PREV-2026-0188 — diffusion : sous-préfecture de Sartène, mairie de Belvédère-Campomoro, propriétaire et exploitant",
    "blocks": [
        ("h", "Rapport de visite périodique"),
        ("table", [
            ["Établissement", "Camping « U Livanti » — restaurant et salle d'animation (type N et L, 4e catégorie)"],
            ["Adresse", "⟦a:lieu-dit Capu di Muru, route de Tizzano⟧, 20110 Belvédère-Campomoro"],
            ["Propriétaire du terrain et des bâtiments", "⟦p:M. Paul-Antoine QUILICHINI⟧, né le ⟦bd:3 mars 1951⟧, ⟦a:Casa Quilichini, cours Soeur-Amélie⟧, 20100 Sartène"],
            ["Exploitante", "⟦p:Mme Letizia QUILICHINI-SANTONI⟧, entrepreneuse individuelle, SIRET ⟦siret:905 638 128 00017⟧"],
            ["Téléphones", "⟦t:04 95 77 12 34⟧ (accueil) — ⟦t:+33 6 15 44 80 27⟧ (exploitante, astreinte)"],
            ["Date de la visite", "17 avril 2026, en présence de ⟦p:Mme Quilichini-Santoni⟧ et de son responsable technique, ⟦p:M. Cyril « Cyrille » Mondoloni⟧"],
        ]),
        "Constatations : le registre de sécurité est tenu à jour ; les vérifications techniques (électricité, gaz, moyens de secours) ont été réalisées en mars 2026 par des organismes agréés. Les extincteurs du bloc sanitaire ont été remplacés.",
        "Avis proposé : **favorable** à la poursuite de l'exploitation.",
        "Le rapporteur, ⟦off:Capitaine Dominique Pinelli⟧, préventionniste — visa du chef de groupement, ⟦off:Cdt Marc-Antoine Luciani⟧",
    ],
}

DOCX["pw03_notification_afafe_proprietaire.docx"] = {
    "author": "⟦off:Anne Corbel⟧",
    "title": "Notification AFAFE Canihuel — compte ⟦id:+00166⟧",
    "header": "DÉPARTEMENT DES CÔTES-D'ARMOR — Direction de l'aménagement et du développement des territoires — Service foncier rural",
    "footer": "AFAFE de Canihuel — notification après décision de la commission communale — fichier ⟦p:LEHOUEROU⟧_Y_M_notif_CCAF.docx",
    "blocks": [
        "⟦p:Monsieur et Madame LE HOUÉROU Yann et Maëlle⟧",
        "⟦a:Le Stang Izellan⟧",
        "22480 CANIHUEL",
        "Saint-Brieuc, le 9 juillet 2026",
        "Objet : aménagement foncier de Canihuel — décision sur votre réclamation n° 12 — compte de propriété ⟦id:+00166⟧",
        "Madame, Monsieur,",
        "La commission communale d'aménagement foncier, réunie le 2 juillet 2026, a fait droit à votre demande de desserte. Le nouveau parcellaire de votre compte s'établit comme suit :",
        ("table", [
            ["Apports", "Lieu-dit", "Attributions", "Contenance"],
            ["⟦cad:ZR 2⟧", "Stang Izellan", "⟦cad:ZR 2⟧ (inchangée)", "2 ha 14 a 60 ca"],
            ["⟦cad:ZE 41⟧, ⟦cad:ZE 42⟧", "Parc Nevez", "⟦cad:ZQ 17⟧", "1 ha 02 a 35 ca"],
            ["⟦cad:ZA 9p⟧", "Liorzh Vihan", "⟦cad:ZQ 18⟧", "0 ha 41 a 10 ca"],
        ]),
        "Un chemin d'exploitation (chemin rural n° 14 bis) desservira ⟦cad:ZR 2⟧ depuis la voie communale n° 6.",
        "Cette décision peut être contestée devant la commission départementale d'aménagement foncier dans le délai d'un mois.",
        "Pour le président du conseil départemental et par délégation, la cheffe du service foncier rural, ⟦off:Anne Corbel⟧",
    ],
}

DOCX["pw04_bulletin_adhesion_cuma.docx"] = {
    "author": "⟦p:soazig.bothorel⟧",
    "title": "Bulletin d'adhésion CUMA de l'Espérance",
    "header": "CUMA DE L'ESPÉRANCE — Plounévez-Moëdec — bulletin d'adhésion et mandat de prélèvement",
    "footer": "Bulletin annexé au registre des adhérents — ⟦p:BOTHOREL-QUÉRÉ⟧ — 2026",
    "blocks": [
        ("h", "Bulletin d'adhésion"),
        ("table", [
            ["Nom", "⟦p:BOTHOREL-QUÉRÉ⟧", "Prénom", "⟦p:Soazig⟧"],
            ["Née le", "⟦bd:17/10/1987⟧", "à", "⟦bp:Rennes (35)⟧"],
            ["N° MSA", "⟦nir:2 87 10 35 238 412 07⟧", "N° PACAGE", "⟦id:022023790⟧"],
            ["SIRET", "⟦siret:816 402 754 00013⟧", "Statut", "exploitante individuelle (installation 2026)"],
            ["Siège d'exploitation", "⟦a:Ferme de Kerlosquet, VC n° 11⟧", "Commune", "22810 Plounévez-Moëdec"],
            ["Téléphone", "⟦t:06 89 30 14 57⟧", "Courriel", "⟦e:soazig.bothorel@ferme-kerlosquet.bzh⟧"],
        ]),
        "Parts sociales souscrites : 20 parts de 15 € ; activités : épandeur, plateau fourrager.",
        ("h", "Mandat de prélèvement SEPA"),
        "Titulaire du compte : **⟦p:Mme Soazig Bothorel-Quéré⟧** — IBAN : ⟦iban:FR76 1600 6321 1100 0876 5432 108⟧ — BIC : AGRIFRPP860",
        ("table", [
            ["Code banque", "Code guichet", "N° de compte", "Clé RIB"],
            ["16006", "32111", "⟦rib:00087654321⟧", "08"],
        ]),
        "RIB recopié par l'adhérente : ⟦rib:16006 32111 00087654321 08⟧",
        "Fait à Plounévez-Moëdec, le 6 février 2026 — signature : ⟦p:S. Bothorel-Quéré⟧ — pour la CUMA, le président ⟦p:Yannig Le Bras⟧",
    ],
}

DOCX["pw05_contrat_amarrage_saint_florent.docx"] = {
    "author": "Capitainerie de Saint-Florent",
    "title": "Contrat d'amarrage annuel 2026 — poste C-47",
    "header": "PORT DE PLAISANCE DE SAINT-FLORENT (Haute-Corse) — régie portuaire — contrat d'amarrage annuel",
    "footer": "Contrat n° SF-2026-C47 — à conserver à bord — capitainerie : 04 95 37 00 79",
    "blocks": [
        ("h", "Contrat d'amarrage annuel — saison 2026"),
        ("table", [
            ["Titulaire", "⟦p:M. Ghjacumu (Jacques) ALBERTINI⟧", "Co-titulaire", "⟦p:Mme Sabine ALBERTINI-KRÜGER⟧"],
            ["Domicile", "⟦a:Résidence Les Palmiers, bât. E, 6e étage, av. de la Libération⟧, 20600 Bastia", "Domicile", "⟦a:Aachener Straße 231, 50931 Köln (Allemagne)⟧"],
            ["Téléphone", "⟦t:06 12 03 45 88⟧", "Téléphone", "⟦t:+49 221 940 51 77⟧"],
            ["Né le", "⟦bd:1967-08-21⟧ à ⟦bp:Bastia (Haute-Corse)⟧", "Courriel", "⟦e:sabine.krueger-albertini@web.de⟧"],
        ]),
        ("table", [
            ["Navire", "Type", "Immatriculation", "Longueur × largeur"],
            ["« Sant'Anghjulu »", "Jeanneau Cap Camarat 7.5", "⟦id:AJ F45128⟧", "7,45 m × 2,54 m"],
        ]),
        "Véhicules autorisés sur le terre-plein (badge) : ⟦pl:CX 472 TB⟧ (voiture) ; ⟦pl:5812 KL 2B⟧ (ancien 4×4) ; remorque de mise à l'eau ⟦pl:GH-218-LK⟧.",
        "Redevance annuelle : 2 940 € TTC, payable en trois échéances par prélèvement sur le compte de la co-titulaire : IBAN ⟦iban:DE89 3704 0044 0532 0130 00⟧.",
        "Le titulaire déclare être en possession du permis plaisance option côtière n° ⟦id:20 0 07 01877⟧.",
        "Fait à Saint-Florent, le 8 janvier 2026. Pour la régie, le maître de port, ⟦off:Antoine Giudicelli⟧. Le titulaire : ⟦p:J. Albertini⟧",
    ],
}

DOCX["pw06_dossier_inscription_aeroclub_pau.docx"] = {
    "author": "Aéro-club Pau-Pyrénées",
    "title": "Fiche d'inscription 2026",
    "header": "AÉRO-CLUB PAU-PYRÉNÉES — aérodrome de Pau-Uzein — fiche d'inscription et demande de badge d'accès côté piste",
    "footer": "Fiche transmise, pour le badge, au gestionnaire de l'aéroport et à la gendarmerie des transports aériens — ⟦p:BORDENAVE-LASSALLE⟧_fiche_2026.docx",
    "blocks": [
        ("h", "Fiche d'inscription — saison 2026"),
        ("table", [
            ["Nom", "⟦p:BORDENAVE-LASSALLE⟧", "Prénoms", "⟦p:Clément-Ange, Louis⟧"],
            ["Date de naissance", "⟦bd:29 février 1996⟧", "Lieu de naissance", "⟦bp:Oloron-Sainte-Marie (64)⟧"],
            ["Adresse", "⟦a:14, chemin de la Hount-Barrade⟧", "CP / Ville", "64160 Morlaàs"],
            ["Portable", "⟦t:06 43 91 28 70⟧", "Courriel", "⟦e:ca.bordenave.lassalle@gmail.com⟧"],
            ["Pièce d'identité", "CNI n° ⟦id:150664102873⟧", "Permis de conduire", "⟦id:960564300711⟧"],
            ["Licence de pilote", "élève (carnet de vol n° ⟦id:PAU-2026-031⟧)", "Licence FFA", "⟦id:0214477⟧"],
            ["Véhicule (parking personnel)", "⟦pl:FN-207-XW⟧ (provisoirement ⟦pl:WW-742-GH⟧)", "Moto", "⟦pl:EY 418 NG⟧"],
            ["Passeport", "⟦id:19AK45872⟧", "Nationalité", "française"],
        ]),
        "Personne à prévenir : ⟦p:Mme Marie-Hélène Bordenave⟧ (mère), ⟦t:05 59 33 60 12⟧ ou ⟦t:+33 6 85 07 19 44⟧.",
        "Instructeur référent désigné : ⟦p:M. Arnaud Larrouy-Casteret⟧ (FI bénévole du club).",
        "Je certifie l'exactitude des informations ci-dessus. Morlaàs, le 3 mars 2026. **⟦p:C.-A. Bordenave-Lassalle⟧**",
    ],
}

DOCX["pw07_pv_ag_maison_des_lyceens_perigueux.docx"] = {
    "author": "⟦p:lou.ferrandou⟧",
    "title": "PV AG MDL 2026",
    "header": "LYCÉE LAURE-GATET — PÉRIGUEUX — Maison des lycéens",
    "footer": "Procès-verbal publié sur l'ENT et affiché au foyer — rédigé par ⟦p:Lou Ferrandou⟧, secrétaire",
    "blocks": [
        ("h", "Procès-verbal de l'assemblée générale du 1er octobre 2026"),
        "Présents : 74 adhérents. Membres de droit présents : ⟦off:Mme Catherine Lavergne-Dufaure⟧, proviseure, et ⟦off:M. Farid Belkhodja⟧, CPE.",
        "Rapport moral présenté par la présidente sortante, ⟦p:Chloé NGUYEN-DELPEUCH⟧ : soirée de Noël, tournoi de baby-foot, voyage à Bordeaux.",
        ("table", [
            ["Poste", "Élu(e)", "Classe", "Date de naissance"],
            ["Président", "⟦p:Malik BENSALEM⟧", "Tle générale", "⟦bd:08/01/2009⟧"],
            ["Vice-présidente", "⟦p:Anaëlle DUBOIS-LACOSTE⟧", "1re STI2D", "⟦bd:23/05/2010⟧"],
            ["Trésorier", "⟦p:Andrianina RAKOTOVAO⟧", "BTS 1re année", "⟦bd:2007-12-14⟧"],
            ["Secrétaire", "⟦p:Lou FERRANDOU⟧", "Tle générale", "⟦bd:19 juin 2009⟧"],
        ]),
        "Le trésorier, majeur, est habilité à signer seul les dépenses de moins de 150 € ; ⟦p:Andrianina⟧ sera joignable sur ⟦e:andrianina.rakotovao@lycee-gatet.fr⟧ ou au ⟦t:07 68 02 93 41⟧.",
        "Questions diverses : ⟦p:Jade Mouliérac⟧ (2de 4) propose un club de jeux de société le jeudi ; accord de l'assemblée.",
        "La présidente de séance, ⟦p:C. Nguyen-Delpeuch⟧ — la secrétaire, ⟦p:L. Ferrandou⟧",
    ],
}

DOCX["pw08_attestation_notariale_opposition_cynegetique.docx"] = {
    "author": "Office notarial de Mauléon-Licharre",
    "title": "Attestation de propriété — opposition cynégétique",
    "header": "⟦off:Maître Battittu ARHANCET⟧ — notaire à Mauléon-Licharre (Pyrénées-Atlantiques)",
    "footer": "Attestation délivrée pour être produite à la direction départementale des territoires et de la mer et à l'ACCA de Barcus",
    "blocks": [
        ("h", "Attestation de propriété"),
        "Je soussigné, ⟦off:Maître Battittu ARHANCET⟧, notaire à Mauléon-Licharre, atteste que :",
        "**⟦p:Monsieur Jean-Michel Ramuntxo ETCHEBERRY-GOYHENETCHE⟧**, éleveur, né le ⟦bd:5 avril 1963⟧ à ⟦bp:Barcus (64130)⟧, demeurant à Barcus, ⟦a:ferme Elizaldia, quartier Saint-Clément⟧, et ⟦p:Madame Maite ETCHEBERRY-GOYHENETCHE née ELHORGA⟧, son épouse, née le ⟦bd:24/11/1966⟧ à ⟦bp:Tardets-Sorholus⟧,",
        "sont propriétaires, d'un seul tenant, d'un ensemble de 24 ha 18 a 07 ca situé commune de Barcus, cadastré :",
        ("table", [
            ["Section", "Numéro", "Lieu-dit", "Contenance"],
            ["B", "⟦cad:214⟧", "Elizaldia", "6 ha 02 a 14 ca"],
            ["B", "⟦cad:215⟧", "Elizaldia", "3 ha 40 a 00 ca"],
            ["⟦cad:B 301 à 306⟧", "", "Larrondoa", "14 ha 75 a 93 ca"],
        ]),
        "Ces biens leur appartiennent pour les avoir acquis de ⟦p:M. Pierre LOUSTAU-CARRÈRE⟧ suivant acte reçu par mon prédécesseur, ⟦off:Maître Jean-Louis Inchauspé⟧, le 12 octobre 1994.",
        "En foi de quoi la présente attestation est délivrée pour servir et valoir ce que de droit. Mauléon-Licharre, le 20 janvier 2026.",
    ],
}

DOCX["pw09_accuse_reception_reseau_astuce.docx"] = {
    "author": "⟦off:Jérôme Lefebvre⟧",
    "title": "Accusé de réception — demande ⟦id:AST-26-051877⟧",
    "header": "Réseau Astuce — Métropole Rouen Normandie — Service clientèle",
    "footer": "Transports en commun de l'agglomération rouennaise — document ⟦p:TESFAYE⟧_AR_20260612.docx — page 1/1",
    "blocks": [
        "⟦p:Monsieur Dawit TESFAYE GEBREMEDHIN⟧",
        "⟦a:Immeuble Les Sapins, 4 rue Jean-Macé, esc. 3, 7e étage, porte 74⟧",
        "76000 ROUEN",
        "Rouen, le 12 juin 2026",
        "Votre demande n° ⟦id:AST-26-051877⟧ — carte Atoumod n° ⟦id:0250 1877 4412 9904⟧",
        "Monsieur,",
        "Nous accusons réception de votre courrier du 4 juin 2026 et des justificatifs joints. Votre demande est enregistrée sous la référence ci-dessus et sera étudiée dans un délai d'un mois.",
        "Nous vous répondrons par courrier postal ou, à votre demande, par courriel à ⟦e:dawit.tesfaye@outlook.fr⟧. Vous pouvez aussi suivre votre dossier par téléphone au 02 35 52 52 52 en indiquant votre numéro de demande.",
        "Nous vous prions d'agréer, Monsieur, nos salutations distinguées.",
        "Le service clientèle, ⟦off:Jérôme Lefebvre⟧",
    ],
}

DOCX["pw10_annexe_observations_enquete_carriere.docx"] = {
    "author": "⟦off:Michèle Rousseau-Gaudin⟧",
    "title": "Annexe 3 — tableau des observations",
    "header": "Enquête publique — demande d'autorisation environnementale — extension de la carrière de la Rouaudière (Mayenne) — 6 janvier – 6 février 2026",
    "footer": "Annexe 3 au rapport de la commissaire enquêtrice — publiée avec le rapport sur le site de la préfecture de la Mayenne",
    "blocks": [
        ("h", "Annexe 3 — Tableau des observations du public"),
        ("table", [
            ["N°", "Auteur", "Adresse", "Synthèse", "Avis de la commissaire enquêtrice"],
            ["R1", "⟦p:M. Joseph GOUGEON⟧", "⟦a:La Petite Rouaudière⟧, 53390 Saint-Aignan-sur-Roë", "Demande un merlon planté côté habitations.", "Pris en compte (prescription n° 4)."],
            ["R2", "⟦p:Mme Hélène BRETONNIÈRE-HUCHET⟧", "⟦a:9 rue du Lavoir⟧, Congrier", "S'interroge sur la circulation des camions dans le bourg.", "Itinéraire par la RD 771 imposé."],
            ["R4", "⟦p:M. et Mme MARTIN (Gérard et Josiane)⟧", "⟦a:Le Grand Bois-Gamats, RD 110⟧", "Favorables : emplois locaux.", "—"],
            ["E3", "⟦p:matthieu.leroy-bouvet⟧", "⟦e:matthieu.leroy-bouvet@gmail.com⟧", "Demande une étude des puits privés du hameau.", "Recommandation n° 2."],
            ["E6", "⟦p:Mme Aleksandra JANKOWSKA⟧", "⟦a:2 bis chemin des Perrières⟧, Renazé", "Signale sa source privée (⟦cad:parcelle ZE 77⟧).", "Suivi piézométrique demandé."],
            ["C1", "⟦p:M. Tiago ANTUNES DA ROCHA⟧", "⟦a:Rua da Boavista, 88, 4050-106 Porto (Portugal)⟧", "Propriétaire de ⟦cad:ZE 80⟧, accepte la vente à l'exploitant.", "—"],
        ]),
        "Les observations R3 et E1 (anonymes) et E2 (doublon de R2) ne sont pas reproduites.",
        "Laval, le 2 mars 2026. La commissaire enquêtrice, ⟦off:Michèle Rousseau-Gaudin⟧",
    ],
}


if __name__ == "__main__":
    raise SystemExit(main())
