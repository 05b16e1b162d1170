# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev13 set of the personal-data leak benchmark (``corpus/dev13``): documents and labels.

Same conventions as ``build_files.py`` and ``build_dev2_files.py`` (whose ``build_set`` it uses): a
personal value is written ``⟦kind:text⟧`` with the short kind keys of ``KINDS``, an official acting in
his function kept in clear ``⟦off:text⟧``; the script writes the files without the marks and their
lines in ``corpus/dev13/labels.jsonl``, and checks that every label is a substring of its document.

Theme: a prefecture's foreigners' service
and the commune services that deal with foreign nationals. Residence-permit applications, receipts
(récépissés) and hand-over registers, naturalisation files, assimilation interviews and decree
extracts, citizenship ceremonies, family reunification and housing enquiries, attestations d'accueil
(hosting certificates) and their registers, consular letters and certificates, passport, visa, AGDREF
and OFPRA numbers, sworn translations of foreign civil-status documents (names in non-Latin scripts
transliterated, patronymics, father's names as surnames), foreign addresses and phones, asylum
seekers' domiciliation, interpreters, employers' work-permit requests (sole traders' SIRET),
lawyers' letters, tables of appointments, SMS exports, e-mails with signatures, HTML pages, DOCX with
headers, footers and core properties.

Kinds used: person, address, phone, email, birth_date (dates of birth, marriage, divorce or death of
a private person), birth_place, age, nir (including a provisional NIA number), iban (French and
foreign), rib, siret (SIREN/SIRET of a sole trader), identifier (passport, visa, residence-permit,
AGDREF "numéro étranger", récépissé, ANEF, OFPRA and CNDA, naturalisation file, CAF, INE, consular
registration, identity card, timbre fiscal numbers, a lawyer's file reference for a client) and other
(a social-network handle, a personal web page).

Officials kept in clear: the préfet, sous-préfets, secretary-general, heads of office and agents of
the prefecture signing as such, OFII agents and the director, mayors and deputies, civil-status
officers, consuls and consular agents acting as such, judges, the procureur, police officers acting
in their function, and sworn translators-interpreters (experts près la cour d'appel) certifying a
translation or appearing on the official list; lawyers signing as counsel are kept in clear too, as
notaries in the other sets. Applicants, their families, hosts, guests, employers who are private
persons (sole traders), employees of private companies and associations, volunteer interpreters and
witnesses are persons. Public bodies, companies, associations, consulates, places of a country or a
town (not an address), streets named after famous people, and the prefecture's own addresses and
switchboards are not labelled (over-replacement traps).

Shapes insisted upon: Arabic, Berber, Russian and Ukrainian (with patronymics and Cyrillic), Georgian,
Armenian, Chinese (hanzi and pinyin, family name first), Vietnamese, Tamil, Bengali, Afghan, Eritrean,
Turkish, Romanian, Polish, Portuguese and Spanish compound names, Malian and Congolese names, names in
UPPER CASE with the given names after, lower-case names in e-mails, a surname alone repeated later,
initials; foreign addresses (number after the street, P.O. boxes, districts, wilayas, oblasts,
"quartier", "douar"), French addresses "chez M. X" and c/o an association; phones with the foreign
prefix, 00 prefix, spaces or dots; dates in words, in foreign order, ISO; identifiers split over
fields or lines, and after unusual labels.

dev13 was written by an independent author who read only the mark syntax and the build helpers, not
the recognizers, the anonymizer, the verification, the tests, the documentation or the other sets'
documents and labels, and who did not run the pipeline or an evaluation on it.

Run: PYTHONPATH=include .venv/bin/python bench/pii/build_dev13_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev13"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents. Checksummed identifiers computed beforehand (NIR key = 97 - n mod 97; RIB key =
# 97 - (89·bank + 15·branch + 3·account) mod 97 with letters mapped; IBAN ISO 7064; SIREN/SIRET Luhn).

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["c01_recepisse_demande_titre_sejour.txt"] = """
PRÉFECTURE DU RHÔNE — DIRECTION DES MIGRATIONS ET DE L'INTÉGRATION — BUREAU DU SÉJOUR
RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR
Ce récépissé autorise son titulaire à travailler.

N° du récépissé : ⟦id:R 6900 2026 0481 773⟧
N° étranger (AGDREF) : ⟦id:6903154827⟧

Nom : ⟦p:EL MANSOURI⟧
Prénoms : ⟦p:Youssef Abdelkrim⟧
Né le : ⟦bd:14/07/1985⟧ à : ⟦bp:KÉNITRA (MAROC)⟧
Nationalité : marocaine
Adresse : ⟦a:chez M. Rachid EL MANSOURI, 27 rue Paul-Bert, 69003 Lyon⟧
Motif de la demande : renouvellement — carte de séjour temporaire « vie privée et familiale »
Valable du 02/03/2026 au 01/09/2026

Délivré à Lyon, le 2 mars 2026. Pour le préfet et par délégation, l'adjointe au chef du bureau du séjour, ⟦off:Corinne Vial-Berthet⟧.
Signature du titulaire : ⟦p:Y. El Mansouri⟧

Le titulaire a déclaré pour la notification électronique : ⟦e:youssef.elmansouri85@gmail.com⟧, ⟦t:07 58 21 44 90⟧. Son frère, hébergeant, ⟦p:M. Rachid El Mansouri⟧, ⟦t:04.78.60.12.37⟧.
Numéro de sécurité sociale indiqué : ⟦nir:1 85 07 99 350 112 72⟧.
"""

TXT["c02_convocation_remise_titre.txt"] = """
Préfecture de la Loire-Atlantique
Direction de l'immigration et des relations avec les usagers
Section de la délivrance des titres — 6 quai Ceineray, BP 33515, 44035 Nantes Cedex 1

Nantes, le 18 février 2026

⟦p:Madame NGUYEN Thi Thu Hà⟧
⟦a:Résidence Le Clos Fleuri, bât. B, esc. 2, 3e étage, porte 31⟧
⟦a:14 boulevard Jules-Verne⟧
44300 NANTES

Réf. à rappeler : dossier ⟦id:ANEF 440-2025-118742⟧ — N° étranger ⟦id:4409873215⟧

Objet : convocation pour la remise de votre titre de séjour

Madame,
Votre carte de séjour pluriannuelle « passeport talent — chercheur » est disponible. Je vous invite à vous présenter le mardi 10 mars 2026 à 9 h 40, guichet 7, muni(e) :
- de votre passeport (n° ⟦id:C8471629⟧, délivré par la République socialiste du Viêt Nam) ;
- de votre récépissé en cours de validité ;
- du timbre fiscal de 225 € (timbre électronique n° ⟦id:1526 3318 4097 6652⟧) ;
- d'une photographie d'identité.
Votre époux, ⟦p:M. TRẦN Văn Minh⟧ (⟦id:4409873216⟧), est convoqué le même jour pour sa carte « passeport talent — famille ».

Un empêchement ? Écrivez à pref-titres-sejour@loire-atlantique.gouv.fr en rappelant votre numéro de dossier.

Pour le préfet et par délégation, le chef de la section, ⟦off:Matthieu Le Goff⟧
Copie : Nantes Université, laboratoire d'accueil (service RH, 1 quai de Tourville).
"""

TXT["c03_attestation_accueil_formulaire.txt"] = """
MAIRIE DE VÉNISSIEUX — SERVICE ÉTAT CIVIL / FORMALITÉS ADMINISTRATIVES
ATTESTATION D'ACCUEIL (cerfa n° 10798*04) — transcription de la demande pour instruction

Numéro d'enregistrement : AA-69259-2026-0137
Date du dépôt : 05/01/2026

L'HÉBERGEANT
Nom : ⟦p:BOUDJEMAA⟧                       Prénom(s) : ⟦p:Nadia⟧
Nom de naissance : ⟦p:HAMIDI⟧
Né(e) le : ⟦bd:03 / 11 / 1979⟧   à : ⟦bp:Sétif⟧   Pays : Algérie
Nationalité : française
N° de la pièce d'identité : ⟦id:180269301457⟧ (carte nationale d'identité)
Adresse du logement : ⟦a:12 avenue Marcel-Cachin, appartement n° 54⟧, 69200 Vénissieux
Superficie : 71 m² — nombre de pièces : 4 — personnes vivant déjà au foyer : 4
Téléphone : ⟦t:06 11 74 58 02⟧

LA PERSONNE HÉBERGÉE
Nom : ⟦p:HAMIDI⟧              Prénom(s) : ⟦p:Messaoud⟧
Sexe : M   Né le : ⟦bd:17/04/1952⟧   à : ⟦bp:Aïn Oulmene (wilaya de Sétif)⟧
Nationalité : algérienne
N° de passeport : ⟦id:184317725⟧
Adresse à l'étranger : ⟦a:Cité 500 logements, bloc 12 n° 4, Aïn Oulmene 19300, Sétif⟧ (Algérie)
Accompagné(e) de : conjoint ⟦p:HAMIDI née LAHMAR Zohra⟧, née le ⟦bd:1er janvier 1956⟧
Dates du séjour : du 1er avril au 30 juin 2026

Lien de parenté : père et mère de l'hébergeante.
Avis de l'agent instructeur : pièces complètes ; vérification du logement non nécessaire (visite de 2024 pour le frère, ⟦p:M. Karim Hamidi⟧).
Instruit par ⟦off:Mme Samia Guendouz⟧, agent du service formalités. Visa du maire par délégation : ⟦off:Michèle Picard⟧.
"""

TXT["c04_attestation_accueil_refus.txt"] = """
COMMUNE DE BOBIGNY — ARRÊTÉ N° 2026-ETR-044
portant refus de validation d'une attestation d'accueil

Le maire de Bobigny,
Vu le code de l'entrée et du séjour des étrangers et du droit d'asile, notamment ses articles L. 313-1 et suivants ;
Vu la demande présentée le 12 janvier 2026 par ⟦p:M. Oluwaseun ADEYEMI-COKER⟧, domicilié ⟦a:Cité de l'Étoile, tour 4, 11e étage, 93000 Bobigny⟧, en vue d'accueillir ⟦p:Mme Folake Adeyemi⟧, ressortissante nigériane née le ⟦bd:21 septembre 1960⟧ à ⟦bp:Ibadan⟧, et ⟦p:M. Tunde Adeyemi⟧, ⟦ag:soixante-sept ans⟧, demeurant ⟦a:14 Oke-Ado Road, Ibadan, Oyo State, Nigeria⟧ ;
Vu le rapport de visite de l'agent de l'Office français de l'immigration et de l'intégration, ⟦off:M. Fabrice Lemaître⟧, du 29 janvier 2026, constatant que le logement de 28 m² est déjà occupé par trois personnes ;
Considérant que l'hébergeant ne peut pas accueillir deux personnes supplémentaires dans des conditions normales de logement ;

ARRÊTE
Article 1 — La demande d'attestation d'accueil de M. ⟦p:Adeyemi-Coker⟧ est refusée.
Article 2 — Un recours administratif peut être formé auprès du préfet de la Seine-Saint-Denis dans un délai de deux mois ; le silence gardé pendant un mois vaut rejet.

Fait à Bobigny, le 3 février 2026. Pour le maire et par délégation, l'adjoint délégué à la population, ⟦off:Christian Bartholmé⟧.
Notifié par lettre recommandée n° 1A 187 442 0093 5 (reçue le 7 février 2026 et signée par ⟦p:O. Adeyemi-Coker⟧).
"""

TXT["c05_courriel_usager_rdv_anef.txt"] = """
De : ⟦p:Olena Kovalchuk⟧ <⟦e:olena.kovalchuk.kyiv@ukr.net⟧>
À : pref-protection-temporaire@haute-garonne.gouv.fr
Date : mer. 14 janv. 2026 à 22:47
Objet : renouvellement APS protection temporaire — ⟦p:KOVALCHUK Olena⟧, ⟦p:KOVALCHUK Yaroslav⟧

Bonjour Madame, Monsieur,
Je suis bénéficiaire de la protection temporaire depuis avril 2022 (APS n° ⟦id:3109482217⟧). Mon autorisation expire le 4 mars 2026 et je ne trouve pas de rendez-vous sur le site.
Mon fils ⟦p:Yaroslav⟧, né le ⟦bd:09.08.2009⟧ à ⟦bp:Kharkiv⟧, aura bientôt ⟦ag:17 ans⟧ ; doit-il avoir son propre document ?
Nous habitons toujours ⟦a:chez Mme Brigitte Sarrail, 6 impasse des Tisserands, 31170 Tournefeuille⟧.
Notre adresse en Ukraine : ⟦a:вул. Сумська, буд. 71, кв. 18, Харків, 61002⟧ (⟦a:vul. Sumska 71, apt 18, Kharkiv⟧).
Mon passeport biométrique : ⟦id:FH 418207⟧.
Merci d'avance,
⟦p:Олена Ковальчук⟧ / ⟦p:Olena KOVALCHUK⟧
⟦t:+33 7 49 28 10 63⟧ (France) — ⟦t:+380 67 512 33 08⟧ (Viber)

----- Réponse -----
De : pref-protection-temporaire@haute-garonne.gouv.fr
Date : ven. 16 janv. 2026 à 10:05

Madame,
Votre demande de renouvellement a été enregistrée. Vous serez convoquée par SMS. Votre fils devra déposer une demande à sa majorité ; d'ici là, il figure sur votre document.
Cordialement,
⟦off:Pierre-Yves Daguzan⟧
Secrétaire administratif — Pôle protection temporaire
Préfecture de la Haute-Garonne — 1 place Saint-Étienne, 31038 Toulouse Cedex 9
"""

TXT["c06_regroupement_familial_enquete_logement.txt"] = """
OFFICE FRANÇAIS DE L'IMMIGRATION ET DE L'INTÉGRATION — DIRECTION TERRITORIALE DE MONTPELLIER
COMPTE RENDU DE VÉRIFICATION DES CONDITIONS DE LOGEMENT — REGROUPEMENT FAMILIAL
Dossier OFII n° ⟦id:RF-34-2025-00916⟧ — transmis à la mairie de Sète pour avis du maire

Demandeur : ⟦p:M. AKTAŞ Mehmet Ali⟧, né le ⟦bd:2 février 1983⟧ à ⟦bp:Kayseri (Turquie)⟧, titulaire d'une carte de résident n° ⟦id:3402187741⟧
Emploi : maçon, entreprise individuelle ⟦p:Aktaş Mehmet Ali⟧ (SIRET ⟦siret:849 712 062 00017⟧) — revenus des douze derniers mois : 24 310 €
Logement : ⟦a:3 rue Pierre-Sémard, 2e étage gauche, 34200 Sète⟧, T3 de 64 m², bail au nom du demandeur (bailleur : ⟦p:Mme Josette Vidal⟧, ⟦a:8 quai de Bosc⟧)

Bénéficiaires :
1. ⟦p:AKTAŞ née YILDIZ Elif⟧, épouse, née le ⟦bd:11.05.1987⟧ à ⟦bp:Talas⟧, demeurant ⟦a:Mevlana Mah. 1423. Sok. No: 7/3, 38280 Talas / Kayseri⟧
2. ⟦p:AKTAŞ Zeynep⟧, fille, née le ⟦bd:30.09.2012⟧
3. ⟦p:AKTAŞ Emir⟧, fils, ⟦ag:9 ans⟧

Visite effectuée le 20 janvier 2026 à 14 h en présence du demandeur et de son cousin ⟦p:Hüseyin Aktaş⟧, qui a servi d'interprète.
Constat : surface conforme à la norme pour une famille de quatre personnes (zone B1) ; installation électrique vétuste dans la cuisine ; humidité dans la chambre des enfants.
Avis : favorable sous réserve de la mise en conformité de l'installation électrique avant l'arrivée des bénéficiaires.

Le contrôleur, ⟦off:Nathalie Bousquet-Ferrand⟧, OFII Montpellier. Avis du maire de Sète : favorable, ⟦off:François Commeinhes⟧.
Contact du demandeur : ⟦t:06-64-03-27-19⟧ ; épouse : ⟦t:+90 532 418 77 02⟧.
"""

TXT["c07_traduction_acte_naissance_russe.txt"] = """
TRADUCTION DU RUSSE
(document original : свидетельство о рождении, délivré en Fédération de Russie)

Fédération de Russie
ACTE DE NAISSANCE
Série ⟦id:II-ЖО⟧ n° ⟦id:584213⟧

Citoyenne : ⟦p:SMIRNOVA⟧
(⟦p:СМИРНОВА⟧)
Prénom, patronyme : ⟦p:Olga Petrovna⟧ (⟦p:Ольга Петровна⟧)
Date de naissance : ⟦bd:le quatorze mars mil neuf cent soixante-dix-huit⟧ (⟦bd:14.03.1978⟧)
Lieu de naissance : ⟦bp:ville de Iaroslavl, région de Iaroslavl, RSFSR⟧
dont l'acte de naissance a été dressé le ⟦bd:22 mars 1978⟧ sous le n° 1147

Père : ⟦p:SMIRNOV Piotr Ivanovitch⟧ (⟦p:Смирнов Пётр Иванович⟧), de nationalité russe
Mère : ⟦p:SMIRNOVA Galina Sergueïevna⟧ (⟦p:Смирнова Галина Сергеевна⟧), de nationalité russe

Lieu d'enregistrement : bureau de l'état civil (ZAGS) de l'arrondissement Kirovski de la ville de Iaroslavl
Date de délivrance : 5 août 2024 (duplicata)
Chef du bureau de l'état civil : signature illisible, sceau.
Apostille n° 76/2024-5519 du 9 août 2024.

Je soussignée, ⟦off:Tatiana Lefebvre-Orlova⟧, traductrice-interprète expert près la cour d'appel de Grenoble, certifie la présente traduction conforme à l'original en langue russe qui m'a été présenté par ⟦p:Mme Olga SMIRNOVA épouse GARNIER⟧, demeurant ⟦a:5 allée des Érables, 38240 Meylan⟧.
Traduction n° 2026/0214. Grenoble, le 21 janvier 2026.
Remarque du traducteur : le nom est transcrit selon le passeport (⟦p:SMIRNOVA Olga⟧) et non selon la translittération ISO (⟦p:Smirnova Ol'ga Petrovna⟧).
"""

TXT["c08_traduction_acte_mariage_arabe.txt"] = """
TRADUCTION CERTIFIÉE CONFORME DE L'ARABE
Royaume du Maroc — Ministère de la Justice — Tribunal de première instance d'Oujda — Section de la justice de la famille
ACTE DE MARIAGE (عقد الزواج) — enregistré sous le n° 318, page 402, registre des mariages n° 27

Le ⟦bd:vingt-sept chaabane 1444 correspondant au 19 mars 2023⟧, ont comparu devant nous, adoul soussignés :
L'époux : ⟦p:M. Abdelhakim BENTAHAR⟧ (⟦p:عبد الحكيم بن الطاهر⟧), fils de ⟦p:Mohammed⟧ et de ⟦p:Fatima Zahra BELHAJ⟧, né le ⟦bd:04/02/1990⟧ à ⟦bp:Oujda⟧, CNIE n° ⟦id:F 478213⟧, domicilié ⟦a:hay Al Qods, rue 18, n° 23, Oujda⟧, de nationalité marocaine,
L'épouse : ⟦p:Mlle Salma EL OUAZZANI⟧ (⟦p:سلمى الوزاني⟧), fille de ⟦p:Abdeslam⟧ et de ⟦p:Rachida ZIANI⟧, née le ⟦bd:12/12/1996⟧ à ⟦bp:Berkane⟧, CNIE n° ⟦id:FB 102476⟧, domiciliée ⟦a:douar Ouled Sghir, commune d'Aklim, province de Berkane⟧,
Dot (sadaq) : vingt mille dirhams. Témoins : adoul ⟦off:Ahmed Lamrani⟧ et adoul ⟦off:Driss Kaddouri⟧.
Homologué par le juge notarial ⟦off:Mustapha Essaidi⟧.

Pour traduction certifiée conforme à l'original en langue arabe, ⟦off:Karima Haddad-Morel⟧, traductrice assermentée près la cour d'appel de Montpellier, n° de registre 2026-T-088, Perpignan, le 3 février 2026.
Pièce produite par l'épouse, ⟦p:Mme Salma El Ouazzani⟧, à l'appui de sa demande de visa long séjour « conjoint d'étranger » (visa n° ⟦id:FRA 0023 4187 6⟧).
"""

TXT["c09_demande_autorisation_travail_employeur.txt"] = """
DEMANDE D'AUTORISATION DE TRAVAIL POUR UN SALARIÉ ÉTRANGER — transcription du formulaire déposé sur la plateforme ANEF
(service de la main-d'œuvre étrangère — plateforme interrégionale de Lyon)

1. L'EMPLOYEUR
Dénomination : ⟦p:LEBRETON Thierry⟧ — entrepreneur individuel (enseigne « Boulangerie du Marché »)
SIRET : ⟦siret:45218903800014⟧
Code NAF : 10.71C — Boulangerie et boulangerie-pâtisserie
Adresse de l'établissement : 4 place du Marché, 26110 Nyons
Adresse personnelle de l'employeur : ⟦a:quartier Saint-Pierre, chemin de la Garde, 26110 Venterol⟧
Téléphone : ⟦t:04 75 26 03 91⟧ — Courriel : ⟦e:boulangerie.lebreton[at]orange.fr⟧
Effectif : 3 salariés. Convention collective : boulangerie-pâtisserie artisanale.

2. LE SALARIÉ
Nom : ⟦p:KONATÉ⟧   Prénoms : ⟦p:Mamadou Lamine⟧
Né le : ⟦bd:1998-06-23⟧   à : ⟦bp:Kayes⟧   Pays : Mali
Passeport n° : ⟦id:AA 2476 195⟧   Titre de séjour actuel : carte « étudiant », n° ⟦id:2603417712⟧
Adresse : ⟦a:Foyer ADOMA, 2 rue des Alpes, ch. 214, 26000 Valence⟧
Diplôme : CAP boulanger obtenu en 2024 au CFA de Livron-sur-Drôme

3. L'EMPLOI
Intitulé : ouvrier boulanger — CDI à temps plein — salaire brut mensuel : 1 912 €
Métier en tension (liste de la région Auvergne-Rhône-Alpes) : oui

Fait à Nyons, le 6 février 2026. Signature de l'employeur : ⟦p:T. Lebreton⟧
Mandataire (cabinet comptable) : ⟦p:Mme Véronique Arnaud⟧, Fiducial, Montélimar — ⟦e:v.arnaud@fiducial.fr⟧.
Décision : autorisation accordée le 20 février 2026 par ⟦off:Sylvie Marchand⟧, pour le préfet.
"""

TXT["c10_lettre_avocat_recours_gracieux.txt"] = """
⟦off:Maître Inès BOUAZIZ⟧
Avocate au Barreau de Lille
27 rue Nationale — 59000 Lille — Tél. 03 20 12 45 67 — Toque 0412

Lille, le 9 février 2026

Monsieur le Préfet du Nord
Direction de l'immigration et de l'intégration
12-14 rue Jean-Sans-Peur, 59039 Lille Cedex

LRAR n° 2C 145 890 3312 7
N/Réf. : ⟦id:IB/2026/0033⟧ — ⟦p:ABDI⟧ c/ Préfet du Nord
V/Réf. : décision du 12 décembre 2025 — N° étranger ⟦id:5904417620⟧

Objet : recours gracieux contre un refus de titre de séjour

Monsieur le Préfet,
J'ai l'honneur d'intervenir au soutien des intérêts de ⟦p:M. Abdirahman Hassan ABDI⟧, né le ⟦bd:1er janvier 1994⟧ à ⟦bp:Mogadiscio (Somalie)⟧, demeurant ⟦a:c/o Secours populaire, 8 rue de Tournai, 59200 Tourcoing⟧.
Par décision du 12 décembre 2025, vos services ont refusé de lui délivrer une carte de séjour temporaire au motif qu'il ne justifierait pas de dix ans de présence. Or mon client produit pour chacune des années 2015 à 2025 des pièces probantes : attestations de ⟦p:Mme Geneviève Delattre⟧, qui l'héberge depuis 2017 (⟦a:47 rue de Gand, 59200 Tourcoing⟧), certificats du docteur ⟦p:Hervé Mulliez⟧, avis d'imposition, bulletins de paie de l'entreprise ⟦p:M. Saïd Boukhalfa⟧ (nettoyage, SIRET ⟦siret:901 773 523 00021⟧).
Il est par ailleurs le père de ⟦p:Hodan⟧, ⟦ag:cinq ans⟧, de nationalité française par sa mère, ⟦p:Mme Aurélie Vandamme⟧.
Je vous demande en conséquence de bien vouloir retirer votre décision.
Je vous prie d'agréer, Monsieur le Préfet, l'expression de ma haute considération.

⟦off:Inès Bouaziz⟧
P.J. : 64 pièces. Copie : client (⟦t:07.82.41.06.55⟧).
"""

TXT["c11_domiciliation_demandeur_asile.txt"] = """
STRUCTURE DE PREMIER ACCUEIL DES DEMANDEURS D'ASILE (SPADA) DE STRASBOURG
gérée par l'association Foyer Notre-Dame — 10 rue de Mundolsheim, 67300 Schiltigheim
ATTESTATION D'ÉLECTION DE DOMICILE

L'organisme soussigné atteste que :
Nom : ⟦p:HAILE⟧   Prénom : ⟦p:Tesfay⟧   Nom du père : ⟦p:Gebremedhin⟧
(nom en tigrinya : ⟦p:ተስፋይ ሃይለ⟧)
Date de naissance déclarée : ⟦bd:01/01/2001⟧ — Lieu : ⟦bp:Mendefera (Érythrée)⟧
N° de l'attestation de demande d'asile : ⟦id:6701234578⟧ (procédure normale)
N° OFPRA : ⟦id:25-08-04417⟧
a élu domicile auprès de la SPADA à compter du 12 août 2025 pour une durée d'un an.
Adresse postale du demandeur : ⟦a:c/o SPADA Foyer Notre-Dame, boîte n° 1187, 10 rue de Mundolsheim, 67300 Schiltigheim⟧
Membres de famille rattachés : ⟦p:Mehret Tesfay⟧, fille, née le ⟦bd:3 juin 2021⟧.

Le courrier est remis sur présentation de l'attestation de demande d'asile, les mardis et jeudis de 9 h à 12 h.
Fait à Schiltigheim, le 12 août 2025. Pour l'association, l'intervenante sociale ⟦p:Camille Oberlé⟧.
Interprète présent (tigrinya), bénévole de l'association : ⟦p:Yonas Berhane⟧, ⟦t:07 66 93 04 12⟧.
"""

TXT["c12_tableau_rdv_guichet.txt"] = """
SOUS-PRÉFECTURE DE BÉZIERS — ACCUEIL DES ÉTRANGERS
Planning des rendez-vous du jeudi 12 février 2026 — guichet 2 (agent : ⟦off:L. Maurin⟧)

Heure | Nom, prénom | N° étranger | Nationalité | Objet | Téléphone | Observations
08:30 | ⟦p:GHEORGHIU Ana-Maria⟧ | — | roumaine | attestation de séjour permanent UE | ⟦t:07 53 18 22 60⟧ | citoyenne UE
08:45 | ⟦p:DOS SANTOS FERREIRA Joaquim⟧ | ⟦id:3403118809⟧ | portugaise | carte de séjour UE « retraité » | ⟦t:00351 912 445 208⟧ | venu avec sa fille ⟦p:Lúcia⟧
09:00 | ⟦p:RAHMAN Mohammad Habibur⟧ | ⟦id:3499120431⟧ | bangladaise | renouvellement CST salarié | ⟦t:0612 748 390⟧ | interprète bengali : ⟦p:M. Abul Kalam Azad⟧
09:15 | ⟦p:EL AMRANI Fatima-Zohra épouse COSTE⟧ | ⟦id:3412007786⟧ | marocaine | carte de résident (conjointe de Français) | ⟦t:06 27 95 41 38⟧ | conjoint : ⟦p:Jérôme Coste⟧
09:30 | ⟦p:BERIDZE Giorgi⟧ (⟦p:გიორგი ბერიძე⟧) | ⟦id:3499874512⟧ | géorgienne | récépissé étranger malade | ⟦t:+995 599 12 34 56⟧ | dossier médical transmis à l'OFII
09:45 | ⟦p:Mlle Ngo Thi Lan⟧ | ⟦id:3404561230⟧ | vietnamienne | changement de statut étudiant → salarié | ⟦t:07.44.09.81.26⟧ | INE ⟦id:2512345678F⟧
10:00 | ANNULÉ (absence de ⟦p:M. Petrosyan⟧, 2e absence) | ⟦id:3499301177⟧ | arménienne | — | ⟦t:06 98 40 12 77⟧ | reconvoquer par courrier ⟦a:22 av. Saint-Saëns, 34500 Béziers⟧

Total : 7 rendez-vous, 6 honorés. Visa du chef du bureau : ⟦off:Régine Cabrol⟧.
"""

TXT["c13_naturalisation_compte_rendu_entretien.txt"] = """
PRÉFECTURE DE L'ISÈRE — PLATE-FORME DES NATURALISATIONS
COMPTE RENDU D'ENTRETIEN D'ASSIMILATION
Dossier ⟦id:NAT-038-2025-004471⟧ — demande par décret (article 21-15 du code civil)

Postulant : ⟦p:M. WANG Jianguo⟧ (⟦p:王建国⟧), né le ⟦bd:8 octobre 1976⟧ à ⟦bp:Wenzhou, province du Zhejiang (Chine)⟧
Conjointe : ⟦p:Mme CHEN Li⟧ (⟦p:陈丽⟧), née le ⟦bd:25/01/1980⟧ à ⟦bp:Qingtian⟧ — non postulante
Enfants mineurs : ⟦p:WANG Léo Hao⟧ (⟦bd:2011⟧) et ⟦p:WANG Emma Xin⟧ (⟦bd:2014⟧), nés à ⟦bp:Grenoble⟧
Adresse : ⟦a:18 cours Berriat, 4e étage, 38000 Grenoble⟧
Profession : restaurateur, entrepreneur individuel, SIREN ⟦siret:533 408 126⟧
Numéro de sécurité sociale : ⟦nir:1 76 10 99 216 004 33⟧

Entretien du 27 janvier 2026, conduit par ⟦off:M. Julien Rostaing⟧, agent instructeur.
Niveau de langue : B1 attesté (TCF n° ⟦id:TCF-2024-GR-118305⟧). L'intéressé s'exprime aisément ; il répond correctement aux questions sur les principes de la République et l'histoire de France (Révolution, Victor Hugo, Simone Veil).
Francisation du prénom demandée : « ⟦p:Jean Jianguo WANG⟧ ».
Avis : favorable. Observation : l'intéressé a déclaré un second domicile chez son frère, ⟦p:M. Wang Jianhua⟧, ⟦a:Via Paolo Sarpi 41, 20154 Milano⟧ (Italie).
Visa du chef de la plate-forme : ⟦off:Anne-Laure Chabert⟧.
"""

TXT["c14_lettre_consulat_etat_civil.txt"] = """
CONSULAT GÉNÉRAL D'ALGÉRIE À LYON
Service de l'état civil et des passeports
7 rue Vauban, 69006 Lyon

Lyon, le 28 janvier 2026
N° 214/CGL/EC/2026

à
Madame la Préfète du Rhône — Direction des migrations et de l'intégration, bureau de l'éloignement et de l'identification

Objet : identification de votre ressortissant présumé — ⟦p:M. BELKACEMI Sofiane⟧

Madame la Préfète,
Suite à votre correspondance du 9 janvier, j'ai l'honneur de vous faire savoir que l'intéressé figure au registre d'immatriculation consulaire sous le n° ⟦id:LY/2016/048331⟧, sous l'identité suivante :
⟦p:BELKACEMI Sofiane ben Abdelkader⟧, né le ⟦bd:17 juin 1996⟧ à ⟦bp:Bab El Oued (Alger)⟧, fils de ⟦p:Abdelkader⟧ et de ⟦p:MEZIANE Houria⟧, passeport n° ⟦id:198734512⟧ expiré le 3 mars 2024.
Dernière adresse déclarée : ⟦a:14 rue Duguesclin, 69006 Lyon⟧ ; adresse en Algérie : ⟦a:cité Climat de France, bâtiment 14, Oued Koriche, Alger⟧.
Sa mère, ⟦p:Mme Houria Belkacemi née Meziane⟧, ⟦t:+213 (0) 5 52 14 78 09⟧, a confirmé son identité.

Veuillez agréer, Madame la Préfète, l'assurance de ma haute considération.
Le Consul général, ⟦off:Mourad Benhamida⟧
"""

TXT["c15_registre_remise_titres.txt"] = """
PRÉFECTURE DE LA MOSELLE — BUREAU DU SÉJOUR — REGISTRE DE REMISE DES TITRES (extrait, semaine 6)

Date | N° AGDREF | Nom | Prénom(s) | Titre remis | N° titre | Signature du titulaire
02/02/2026 | ⟦id:5702219984⟧ | ⟦p:KRASNIQI⟧ | ⟦p:Arben⟧ | CST vie privée et familiale | ⟦id:FR5702219984A⟧ | ⟦p:A. Krasniqi⟧
02/02/2026 | ⟦id:5703340017⟧ | ⟦p:MÜLLER-ÖZTÜRK⟧ | ⟦p:Derya⟧ | carte de résident longue durée UE | ⟦id:FR5703340017B⟧ | signé
03/02/2026 | ⟦id:5799012275⟧ | ⟦p:DIALLO⟧ | ⟦p:Mariama Saliou⟧ | CSP salarié | ⟦id:FR5799012275C⟧ | ⟦p:MD⟧ (remis par procuration à ⟦p:Ousmane Diallo⟧, CNI ⟦id:570412358812⟧)
04/02/2026 | ⟦id:5700458821⟧ | ⟦p:DE OLIVEIRA⟧ | ⟦p:Ana Carolina⟧ | CST étudiant | ⟦id:FR5700458821D⟧ | ⟦p:Ana C. de Oliveira⟧
05/02/2026 | ⟦id:5702900143⟧ | ⟦p:ZAHIROV⟧ | ⟦p:Rustam Alisherovich⟧ | récépissé (titre non conforme : erreur sur le patronyme) | — | —
Observation : titre de ⟦p:M. Zahirov⟧ à refabriquer ; patronyme figurant sur le passeport ouzbek n° ⟦id:FA 3174826⟧ : « ⟦p:ALISHEROVICH⟧ ».
Agent de guichet : ⟦off:Sandrine Weber⟧ ; contrôle : ⟦off:P. Schaeffer⟧, chef de section.
"""

TXT["c16_main_courante_accueil.txt"] = """
Préfecture du Val-de-Marne — Accueil général des étrangers (Créteil)
Main courante de l'accueil — mardi 3 février 2026 — rédacteur : agent ⟦off:Y. Benali⟧

08:12 — File d'attente de 140 personnes à l'ouverture ; deux agents de sécurité de la société Onet Sécurité sur place.
08:40 — ⟦p:Mme Kadiatou Camara⟧ se présente sans rendez-vous avec son bébé (⟦ag:3 mois⟧) ; orientée vers la plate-forme en ligne ; tél. laissé : ⟦t:07 51 30 88 42⟧.
09:05 — ⟦p:M. Arjun Selvarajah⟧ (⟦p:அர்ஜுன் செல்வராஜா⟧), Sri-Lankais, demande des nouvelles de son dossier ⟦id:ANEF 940-2025-301187⟧ ; accompagné de ⟦p:M. Thileepan Kandasamy⟧, interprète bénévole.
09:30 — Incident : ⟦p:M. Florin Dumitrescu⟧ conteste le refus de remise de son titre (titulaire absent : son épouse ⟦p:Ioana Dumitrescu⟧ n'a pas de procuration). Intervention du chef de service ⟦off:Arnaud Perret⟧. Calme revenu à 09:45.
10:50 — Appel du cabinet de ⟦off:Me Laurent Dahan⟧ pour ⟦p:M. Alfonso Rivera Castañeda⟧ (dossier ⟦id:9400312876⟧) ; rappel prévu à 14 h.
11:15 — Objet trouvé : portefeuille contenant la carte de résident de ⟦p:M. Hamza OULD BRAHIM⟧, né le ⟦bd:05/05/1972⟧, et une carte Vitale ; déposé au service des objets trouvés.
14:30 — ⟦p:Mlle Sabina Qureshi⟧, étudiante, signale un changement d'adresse : ⟦a:Résidence Crous Jean-Macé, ch. 318, 94000 Créteil⟧ ; courriel ⟦e:sabina.q@u-pec.fr⟧.
16:00 — Fermeture. 212 usagers reçus. Signature : ⟦off:Y. Benali⟧.
"""

TXT["c17_declaration_perte_titre.txt"] = """
POLICE NATIONALE — COMMISSARIAT DE ROUBAIX
DÉCLARATION DE PERTE DE DOCUMENTS (titre de séjour)
Récépissé n° ⟦id:PERTE/2026/000412⟧

Le 22 janvier 2026 à 15 h 20, devant nous, brigadier-chef ⟦off:Karine Lemaire⟧, agent de police judiciaire,
s'est présenté : ⟦p:M. TRAORÉ Seydou⟧
né le ⟦bd:vingt et un février mil neuf cent quatre-vingt-huit⟧ à ⟦bp:Bobo-Dioulasso (Burkina Faso)⟧
domicilié ⟦a:91, rue de l'Alma⟧ — ⟦a:59100 Roubaix⟧
téléphone : ⟦t:+33 6 18 40 27 93⟧

qui déclare avoir perdu le ⟦bd:19 janvier 2026⟧ vers 18 h, dans le métro (ligne 2, entre les stations Eurotéléport et Roubaix-Grand-Place) :
- sa carte de séjour pluriannuelle n° ⟦id:5907744102⟧ (numéro de titre ⟦id:FR59 0774 4102⟧) ;
- sa carte bancaire (⟦id:4970 1012 3456 7890⟧) ;
- son passeport burkinabè n° ⟦id:B1284706⟧.

Le présent récépissé ne vaut pas titre de séjour. Le déclarant doit solliciter un duplicata auprès de la préfecture du Nord.
Signature du déclarant : ⟦p:Seydou Traoré⟧ — Signature de l'agent : ⟦off:K. Lemaire⟧
"""

TXT["c18_courriels_interprete_mission.txt"] = """
De : Plate-forme interprétariat ISM Interprétariat <planning@ism-interpretariat.fr>
À : bureau-asile@bouches-du-rhone.gouv.fr
Date : lun. 9 févr. 2026 à 16:02
Objet : RE: demande d'interprète dari — convocation du 12/02 — dossier ⟦id:GUDA-13-2026-00877⟧

Bonjour,
Nous confirmons la présence de ⟦p:Mme Farzana Noori⟧ (interprète dari/pachto) le jeudi 12 février à 9 h au guichet unique, pour l'enregistrement de ⟦p:M. Ahmad Shah SAFI⟧ et de sa famille.
Mme Noori peut être jointe le jour même au ⟦t:06 43 81 20 55⟧.
Bien cordialement,
⟦p:Léa Massot⟧
Chargée de planification — ISM Interprétariat — 251 rue du Faubourg-Saint-Martin, 75010 Paris — 01 53 26 52 62

-----Message d'origine-----
De : ⟦off:Valérie Castellani⟧ <valerie.castellani@bouches-du-rhone.gouv.fr>
Envoyé : lundi 9 février 2026 11:20
Objet : demande d'interprète dari

Bonjour,
Merci de prévoir un interprète dari pour la famille ⟦p:SAFI⟧ (⟦p:Ahmad Shah⟧, né le ⟦bd:1/1/1987⟧ ; son épouse ⟦p:Malalai⟧ ; leurs enfants ⟦p:Zarmina⟧, ⟦ag:12 ans⟧, et ⟦p:Omid⟧, ⟦ag:huit ans⟧), hébergée au CADA Adoma de ⟦a:La Calade, bât. F, 13015 Marseille⟧.
Le nom du père figure sur la tazkira sous la forme « ⟦p:احمد شاه صافی⟧ ».
⟦off:Valérie Castellani⟧
Adjointe au chef du guichet unique pour demandeurs d'asile (GUDA) — Préfecture des Bouches-du-Rhône
"""

TXT["c19_attestation_hebergement_particulier.txt"] = """
ATTESTATION D'HÉBERGEMENT SUR L'HONNEUR

Je soussigné, ⟦p:Gaëtan de La Rochefoucauld-Maillé⟧, né le ⟦bd:3 mai 1962⟧ à ⟦bp:Neuilly-sur-Seine (Hauts-de-Seine)⟧, demeurant ⟦a:Domaine de la Fresnaie, route de Chinon, 37500 Ligré⟧,
atteste sur l'honneur héberger à mon domicile depuis le 1er septembre 2024, à titre gratuit,
⟦p:M. Ousmane Moussa ISSOUFOU⟧, né le ⟦bd:12 / 08 / 2000⟧ à ⟦bp:Zinder (Niger)⟧, qui y reçoit son courrier.

Je joins une copie de ma carte nationale d'identité (n° ⟦id:0712375A04519⟧) et une facture d'électricité à mon nom (référence client ⟦id:6001 2874 1150⟧).
Fait pour servir et valoir ce que de droit à l'appui de la demande de titre de séjour de l'intéressé.
À Ligré, le 2 février 2026.
⟦p:G. de La Rochefoucauld⟧

Mention manuscrite : « Contact en cas de besoin : ⟦t:02 47 93 18 06⟧ / ⟦e:gaetan.delarochefoucauld@sfr.fr⟧ »
"""

TXT["c20_dossier_naturalisation_bordereau.txt"] = """
DEMANDE D'ACQUISITION DE LA NATIONALITÉ FRANÇAISE PAR DÉCRET — FORMULAIRE CERFA 12753 — saisie de contrôle
Préfecture de la Gironde — pôle naturalisation — dossier ⟦id:2025/GIR/NAT/009318⟧

Nom de naissance : ⟦p:KHACHATRYAN⟧
Nom d'usage : ⟦p:KHACHATRYAN-LABORDE⟧
Prénoms : ⟦p:Anahit Vardanovna⟧ (⟦p:Անահիտ Վարդանի Խաչատրյան⟧)
Date de naissance : ⟦bd:6 novembre 1991⟧
Lieu de naissance : ⟦bp:Gyumri⟧ — Pays : Arménie
N° de sécurité sociale : ⟦nir:2 91 11 99 352 048 87⟧ — à vérifier : le code pays (352) ne correspond pas à l'Arménie
Adresse : ⟦a:7 bis, chemin de Peyrehorade⟧
          ⟦a:33600 Pessac⟧
Téléphone : ⟦t:06 . 86 . 40 . 17 . 23⟧
Courriel : ⟦e:anahit.khach (arobase) gmail (point) com⟧

Situation familiale : mariée le ⟦bd:24/06/2017⟧ à Pessac avec ⟦p:M. Julien LABORDE⟧, né le ⟦bd:19 mars 1988⟧ à ⟦bp:Dax (40)⟧.
Parents : père ⟦p:KHACHATRYAN Vardan Hovhannesi⟧, né en ⟦bd:1963⟧ ; mère ⟦p:MKRTCHYAN Siranush⟧, née en ⟦bd:1966⟧, tous deux domiciliés ⟦a:Abovyan street 12, apt. 5, Gyumri 3104, Armenia⟧.
Frère résidant en Russie : ⟦p:Aram Vardanovich Khachatryan⟧, ⟦t:+7 916 204-18-33⟧.
Emploi : infirmière au CHU de Bordeaux (hôpital Haut-Lévêque).
Compte bancaire (remboursement éventuel du timbre) : ⟦iban:FR76 3000 4008 2300 0102 4567 863⟧.
Pièces : acte de naissance traduit par ⟦off:M. Armen Sarkissian-Dupuy⟧, traducteur expert près la cour d'appel de Bordeaux ; casier judiciaire arménien ; avis d'imposition 2022-2024.
Agent : ⟦off:Cécile Darrieutort⟧.
"""

TXT["c21_decret_naturalisation_extrait.txt"] = """
Extrait du décret du 14 janvier 2026 portant naturalisation, réintégration, mention d'enfants mineurs bénéficiant de l'effet collectif attaché à l'acquisition de la nationalité française par leurs parents, francisation de noms et de prénoms et libération de l'allégeance française
(NOR : INTN2600412D) — liste transmise aux mairies de résidence pour la cérémonie d'accueil

Sont naturalisés Français :
⟦p:ABOUBACAR (Fatouma)⟧, NAT. DT. 35/2025, née le ⟦bd:14/02/1985⟧ à ⟦bp:Moroni⟧ (Comores), dép. 35.
⟦p:BEN SALAH (Mehdi, Karim)⟧, NAT. DT. 35/2025, né le ⟦bd:30/11/1990⟧ à ⟦bp:Sfax⟧ (Tunisie), dép. 35, et enfant mineur : ⟦p:Yasmine⟧, née le ⟦bd:02/05/2019⟧ à ⟦bp:Rennes⟧ (35).
⟦p:DUONG (Thi Mai)⟧, dite ⟦p:DUONG (Marie)⟧, NAT. DT. 35/2025, née le ⟦bd:07/07/1977⟧ à ⟦bp:Hải Phòng⟧ (Viêt Nam), dép. 35.
⟦p:KOWALSKA (Agnieszka, Małgorzata)⟧, NAT. DT. 35/2025, née le ⟦bd:18/09/1981⟧ à ⟦bp:Łódź⟧ (Pologne), dép. 35.
⟦p:OUEDRAOGO (Wendpanga, Aristide)⟧ et désormais ⟦p:OUEDRAOGO (Aristide, Wendpanga)⟧, NAT. DT. 35/2025, né le ⟦bd:21/03/1986⟧ à ⟦bp:Koudougou⟧ (Burkina Faso), dép. 35.

Francisation :
⟦p:AL-HUSSEINI (Abdulrahman)⟧ s'appellera désormais ⟦p:ALHUSSEINI (Adrien)⟧.

Pour ampliation. La sous-préfète, directrice de l'accès à la nationalité française, ⟦off:Élise Dupuis-Marnier⟧.
Cérémonie à la préfecture d'Ille-et-Vilaine, 3 avenue de la Préfecture, Rennes, le jeudi 12 mars 2026 à 17 h.
"""

TXT["c22_ceremonie_citoyennete_invitations.txt"] = """
Mairie de Saint-Denis (93) — Cabinet du maire
Cérémonie d'accueil dans la citoyenneté française du 21 mars 2026 — liste des invitations envoyées par la mairie (nouveaux Français domiciliés à Saint-Denis)

1. ⟦p:Mme Aminata SYLLA épouse KOUYATÉ⟧ — ⟦a:12 rue Gabriel-Péri⟧ — ⟦t:06 98 12 40 35⟧ — accompagnée de deux enfants
2. ⟦p:M. Ravindra Prasad SHARMA⟧ — ⟦a:résidence Basilique, bât. A, 7e⟧ — ⟦e:ravi.sharma@outlook.fr⟧
3. ⟦p:M. et Mme Cheikh Tidiane et Awa NDIAYE⟧ — ⟦a:4 impasse Thiers⟧ — ⟦t:01 48 20 57 33⟧
4. ⟦p:Mlle María José GUTIÉRREZ PEÑA⟧ — ⟦a:63 bd Marcel-Sembat, esc. C⟧ — ⟦e:mj.gutierrez.pena@gmail.com⟧
5. ⟦p:M. Dragan Stojanović⟧ (⟦p:Драган Стојановић⟧) — ⟦a:1 allée Romain-Rolland⟧ — excusé
6. ⟦p:Mme Huang Meiling⟧ — ⟦a:29 rue de la République⟧ — ⟦t:07 81 22 95 60⟧

Discours : ⟦off:Mathieu Hanotin⟧, maire, et Mme la sous-préfète ⟦off:Anne-Claire Mialot⟧. Remise des décrets et du livret du citoyen.
Rappel : la rue Gabriel-Péri, le boulevard Marcel-Sembat et l'allée Romain-Rolland sont des voies de la commune ; la Basilique de Saint-Denis accueillera la photographie de groupe.
Contact organisation : ⟦off:Nadia Messaoudi⟧, cabinet du maire.
"""

TXT["c23_passeport_talent_entreprise.txt"] = """
Objet : Demande de carte « passeport talent — salarié qualifié » pour notre collaborateur
De : ⟦p:Sophie Marchetti-Rault⟧ <⟦e:s.marchetti-rault@dassault-systemes.com⟧>
À : sejour-talents@yvelines.gouv.fr
Date : 27/01/2026 18:32

Madame, Monsieur,
Dassault Systèmes SE (SIRET 322 306 440 00213, 10 rue Marcel-Dassault, 78140 Vélizy-Villacoublay) recrute en CDI ⟦p:M. Siddharth Venkataraman IYER⟧, ingénieur logiciel, né le ⟦bd:11-Apr-1993⟧ à ⟦bp:Chennai (Tamil Nadu, India)⟧, passeport indien n° ⟦id:V4821077⟧.
Il est actuellement domicilié ⟦a:Flat 12B, Prestige Shantiniketan, Whitefield Main Road, Bengaluru 560048, Karnataka⟧ et arrivera le 1er mars avec son épouse ⟦p:Mrs Lakshmi Iyer⟧ (passeport ⟦id:W0913364⟧) et leur fille ⟦p:Ananya⟧, ⟦ag:4 ans⟧.
Adresse en France à compter du 1er mars : ⟦a:14 avenue de l'Europe, 78140 Vélizy-Villacoublay⟧ (logement de fonction temporaire).
Je vous remercie de bien vouloir nous indiquer la procédure de visa de retour pour la famille.

Bien cordialement,
Sophie Marchetti-Rault
Global Mobility Specialist — Human Resources
Dassault Systèmes — ⟦t:+33 1 61 62 94 18⟧ — mobile ⟦t:+33 6 72 01 58 44⟧
"""

TXT["c24_visa_long_sejour_conjoint.txt"] = """
ACCUSÉ DE VALIDATION — VISA DE LONG SÉJOUR VALANT TITRE DE SÉJOUR (VLS-TS) — mention « vie privée et familiale — conjoint de Français »

Titulaire : ⟦p:DA SILVA SOUZA Thaís⟧
Date de naissance : ⟦bd:1994-02-17⟧
Lieu de naissance : ⟦bp:Belo Horizonte - MG⟧
N° du visa : ⟦id:FRA5 2148 7735⟧
Passeport : ⟦id:FZ419277⟧ (República Federativa do Brasil)
N° étranger attribué : ⟦id:9903871456⟧
Adresse en France : ⟦a:Lieu-dit Les Bruyères⟧, ⟦a:19230 Arnac-Pompadour⟧
Conjoint : ⟦p:M. Benoît Chassagne⟧, mariage célébré le ⟦bd:11 octobre 2025⟧ à Arnac-Pompadour
Date de validation : 04/02/2026 — taxe acquittée par timbre électronique ⟦id:8841 2207 5530 1986⟧

Convocation OFII pour la visite médicale et la signature du contrat d'intégration républicaine : direction territoriale de Limoges, 2 place de la Motte.
Numéro de téléphone déclaré : ⟦t:+55 31 98765-4321⟧ ; en France ⟦t:05 55 98 04 61⟧.
"""

TXT["c25_dcem_mineur_demande.txt"] = """
PRÉFECTURE DE LA SOMME — DEMANDE DE DOCUMENT DE CIRCULATION POUR ÉTRANGER MINEUR (DCEM)

Mineur : ⟦p:TCHOUPO Nathan Ivan⟧, né le ⟦bd:29 avril 2012⟧ à ⟦bp:Douala (Cameroun)⟧, ⟦ag:treize ans⟧, élève de 4e au collège Jules-Verne d'Amiens
Représentant légal : ⟦p:Mme TCHOUPO née NGO BIYONG Marie-Claire⟧, titulaire d'une carte de résident (⟦id:8002765310⟧)
Adresse : ⟦a:Quartier Étouvie, 17 rue du Berry, 80080 Amiens⟧
Voyage prévu : vacances de printemps au Cameroun, chez les grands-parents ⟦p:M. et Mme Ngo Biyong⟧, ⟦a:BP 4127, Douala-Bonapriso⟧, ⟦t:+237 6 77 45 12 09⟧.
Pièces : passeport camerounais du mineur n° ⟦id:0798215⟧ ; acte de naissance n° 1284/2012 du centre d'état civil de Douala 1er ; livret de famille.
Attestation de l'établissement scolaire signée par ⟦off:M. Régis Fontaine⟧, principal du collège.
Dossier reçu par ⟦off:Caroline Vasseur⟧, bureau du séjour, le 9 février 2026.
"""

TXT["c26_certificat_residence_algerien.txt"] = """
Préfecture des Bouches-du-Rhône — Bureau des ressortissants algériens
Fiche d'instruction : renouvellement de certificat de résidence algérien de dix ans (accord franco-algérien du 27 décembre 1968)

Demandeur : ⟦p:Mme ZERROUKI Houria veuve HADJ-SAID⟧
Née le : ⟦bd:12.06.1958⟧ à ⟦bp:Tlemcen⟧
Certificat actuel n° : ⟦id:1300458127⟧, expiré le 14/01/2026
Adresse : ⟦a:Les Flamants, bât. G, 13014 Marseille⟧
Conjoint décédé : ⟦p:M. HADJ-SAID Mokhtar⟧, décédé le ⟦bd:3 septembre 2023⟧ à Marseille
Pension de réversion CARSAT : n° ⟦id:13 2 58 0612 417⟧ ; IBAN de versement : ⟦iban:FR77 2004 1010 1205 1234 5R03 446⟧
Fille, aidante : ⟦p:Mme Sabrina Hadj-Saïd⟧, ⟦t:06 22 41 87 35⟧, ⟦e:sabrina.hadjsaid@laposte.net⟧
Instruction : ⟦off:Olivier Bernardini⟧, secrétaire administratif. Décision : renouvellement de plein droit.
"""

TXT["c27_changement_statut_etudiant.txt"] = """
Université Clermont Auvergne — Direction des relations internationales — Attestation pour la préfecture du Puy-de-Dôme

Je soussignée, ⟦off:Pr Hélène Dumas⟧, vice-présidente chargée des relations internationales, atteste que :
⟦p:M. Nguyễn Đức Anh⟧ (NGUYEN Duc Anh), né le ⟦bd:02/09/2000⟧ à ⟦bp:Đà Nẵng⟧ (Viêt Nam), numéro étudiant ⟦id:22104587⟧, INE ⟦id:0A2B3C4D5E6⟧,
a obtenu le master « Physique fondamentale et applications » (mention bien) à la session de juin 2025.
Il bénéficie d'une autorisation provisoire de séjour de recherche d'emploi et a signé un contrat de travail avec la société Michelin (Clermont-Ferrand) ; il demande le changement de statut vers la carte « salarié ».
Adresse déclarée : ⟦a:Résidence Crous Dolet, ch. 2-114, 63000 Clermont-Ferrand⟧ ; correspondant en France : ⟦p:Mme Lê Thị Hồng⟧, sa tante, ⟦t:04 73 31 58 26⟧.
Fait à Clermont-Ferrand, le 30 janvier 2026.
"""

TXT["c28_export_sms_rappels.txt"] = """
EXPORT DU SERVICE D'ENVOI DE SMS — Préfecture du Loiret — campagne « rappel RDV séjour » du 10/02/2026
(extraction technique — colonnes : horodatage ; destinataire ; identifiant de RDV ; statut ; message)

2026-02-10T08:00:02 ; ⟦t:+33612457890⟧ ; RDV-45-260212-0031 ; délivré ; Bonjour ⟦p:M. FOFANA⟧, rappel : RDV le 12/02 à 08h30, Préfecture du Loiret, 181 rue de Bourgogne, Orléans.
2026-02-10T08:00:02 ; ⟦t:+33745093318⟧ ; RDV-45-260212-0032 ; délivré ; Bonjour ⟦p:Mme ALIYEVA⟧, rappel : RDV le 12/02 à 08h45.
2026-02-10T08:00:03 ; ⟦t:0033698104522⟧ ; RDV-45-260212-0033 ; échec (numéro invalide) ; Bonjour ⟦p:M. GONZÁLEZ DE LA CRUZ⟧, rappel : RDV le 12/02 à 09h00.
2026-02-10T08:00:03 ; ⟦t:+216 98 456 123⟧ ; RDV-45-260212-0034 ; délivré ; Bonjour ⟦p:Mme BEN HMIDA Sonia⟧, rappel : RDV le 12/02 à 09h15.
2026-02-10T08:00:04 ; ⟦t:+33 7 68 30 91 05⟧ ; RDV-45-260212-0035 ; délivré ; Bonjour ⟦p:M. ÇELIK⟧, rappel : RDV le 12/02 à 09h30.
Réponses reçues : « ⟦p:Leyla Aliyeva⟧ viendra avec son mari ⟦p:Rauf⟧ » (⟦t:+33745093318⟧, 08:14).
Opérateur du service : ⟦off:B. Chevalier⟧, bureau de l'accueil.
"""

TXT["c29_certificat_capacite_mariage.txt"] = """
AMBASSADE DE FRANCE À TUNIS — SECTION CONSULAIRE — SERVICE DE L'ÉTAT CIVIL
CERTIFICAT DE CAPACITÉ À MARIAGE (article 171-2 du code civil)

Le consul soussigné certifie que les formalités préalables au mariage ont été accomplies et qu'il n'existe aucune opposition au mariage de :
⟦p:M. Antoine Pierre Marie LECLERCQ⟧, de nationalité française, né le ⟦bd:28 août 1989⟧ à ⟦bp:Arras (Pas-de-Calais)⟧, domicilié ⟦a:14 rue Ernestine, 62000 Arras⟧,
et de ⟦p:Mlle Ines TRABELSI⟧ (⟦p:إيناس الطرابلسي⟧), de nationalité tunisienne, née le ⟦bd:9 avril 1995⟧ à ⟦bp:Sousse⟧, domiciliée ⟦a:rue Ibn Khaldoun n° 18, Sahloul 4054, Sousse⟧,
dont la célébration est prévue devant l'officier de l'état civil de la municipalité de Sousse.
Numéro d'inscription au registre des Français établis hors de France du futur époux : néant (résident en France).
Carte d'identité tunisienne de la future épouse : ⟦id:09814327⟧.
Audition commune réalisée le 15 janvier 2026 par ⟦off:Mme Claire Fontanel⟧, agent consulaire.
Fait à Tunis, le 22 janvier 2026. Pour le consul général, ⟦off:Jean-Marc Delorme⟧, consul adjoint.
"""

TXT["c30_fiche_agdref_saisie.txt"] = """
AGDREF 2 — FICHE ÉTRANGER (impression écran, bureau du séjour, préfecture de la Vienne)
--------------------------------------------------------------------
N° étranger ............. ⟦id:8604 2209 71⟧
Nom ..................... ⟦p:POPESCU-IONESCU⟧
Nom d'usage ............. —
Prénoms ................. ⟦p:Mihai Ștefan⟧
Sexe .................... M
Date de naissance ....... ⟦bd:13.12.1975⟧
Lieu de naissance ....... ⟦bp:Iași⟧
Pays de naissance ....... ROUMANIE
Nationalité ............. moldave (double nationalité roumaine déclarée)
Adresse ................. ⟦a:Le Grand Breuil, 86340 Nieuil-l'Espoir⟧
Adresse précédente ...... ⟦a:str. Ștefan cel Mare nr. 41, bl. B2, sc. 1, ap. 9, MD-2001 Chișinău⟧
NIR ..................... ⟦nir:1 75 12 99 109 318 03⟧
Document de voyage ...... passeport MDA ⟦id:AB1048273⟧
Dernier titre ........... carte de résident ⟦id:FR8604220971R⟧ valable au 12/05/2034
Titres antérieurs ....... CST salarié (2014-2019) ; CSP salarié (2019-2023)
Employeur ............... EARL Guérin (associé unique : ⟦p:Patrick Guérin⟧)
Observations ............ échange de permis de conduire moldave (n° ⟦id:0970 3152 8841⟧) en cours
--------------------------------------------------------------------
Consulté par : ⟦off:M. Lhermitte⟧ (ML0472) le 05/02/2026 à 10:41
"""

TXT["c31_lettre_employeur_promesse_embauche.txt"] = """
⟦p:Hüseyin DEMIR⟧ — Kebab & Grill « Le Bosphore »
Entreprise individuelle — SIRET ⟦siret:794 305 185 00041⟧
12 rue de la Gare, 67500 Haguenau — ⟦t:03.88.73.20.14⟧

Haguenau, le 2 février 2026

À l'attention du service de la main-d'œuvre étrangère

Objet : promesse d'embauche de ⟦p:M. Cem Kaya⟧

Madame, Monsieur,
Je soussigné ⟦p:Hüseyin Demir⟧, exploitant en nom propre du restaurant « Le Bosphore », m'engage à embaucher ⟦p:M. KAYA Cem⟧, né le ⟦bd:05.03.1999⟧ à ⟦bp:Gaziantep⟧ (Turquie), en qualité de commis de cuisine, en CDI à temps plein, dès la délivrance de son autorisation de travail.
M. ⟦p:Kaya⟧ réside actuellement ⟦a:Şehitkamil, İncilipınar Mah. 3. Cad. No: 18, 27090 Gaziantep⟧ ; il est joignable au ⟦t:+90 (542) 617 40 23⟧.
Les salaires sont versés sur le compte professionnel de l'entreprise (RIB ⟦rib:10278 06211 00020987601 14⟧).
Ma comptable, ⟦p:Mme Ayşe Yilmaz-Koch⟧ (⟦e:a.yilmazkoch@t-online.de⟧), se tient à votre disposition.
Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
⟦p:H. DEMIR⟧
"""

TXT["c32_commission_titre_sejour_pv.txt"] = """
COMMISSION DU TITRE DE SÉJOUR DE LA HAUTE-SAVOIE — PROCÈS-VERBAL DE LA SÉANCE DU 5 FÉVRIER 2026

Présents : ⟦off:M. Pascal Rey⟧, président, maire de Rumilly ; ⟦off:Mme Fanny Perret⟧, maire adjointe d'Annecy ; ⟦off:M. Hervé Bonnaz⟧, personnalité qualifiée.
Représentant du préfet : ⟦off:Mme Laure Dalmasso⟧, cheffe du bureau du séjour.

Dossier 1 — ⟦p:M. Boubacar SOW⟧, né le ⟦bd:15/10/1990⟧ à ⟦bp:Labé (Guinée)⟧, en France depuis 2014, assisté de ⟦off:Me Claire Vuillermoz⟧, avocate. Travaille chez un maraîcher, ⟦p:M. Lionel Ducret⟧ (entreprise individuelle, SIRET ⟦siret:88216473400023⟧), ⟦a:route des Vernes, 74150 Vallières-sur-Fier⟧. Avis : favorable (unanimité).
Dossier 2 — ⟦p:Mme Ludmila VOLKOVA⟧, ⟦ag:46 ans⟧, entendue avec ⟦off:Mme Irina Petit⟧, interprète assermentée. Mère de ⟦p:Kira⟧ et ⟦p:Denis⟧, scolarisés à Annemasse. Avis : favorable (2 voix contre 1).
Dossier 3 — ⟦p:M. Elvis Mbala Nkanga⟧, né le ⟦bd:1er mai 1985⟧ à ⟦bp:Kinshasa⟧, absent, non représenté. Avis : défavorable.

Le secrétariat est assuré par ⟦off:M. Kevin Chappaz⟧. Séance levée à 12 h 20.
"""

TXT["c33_declaration_changement_adresse.txt"] = """
Formulaire en ligne « Signaler un changement d'adresse (titre de séjour) » — transmis au bureau du séjour de la préfecture de Maine-et-Loire
Référence : ⟦id:CHG-49-2026-02-00718⟧

Identité : ⟦p:RAZAFINDRAKOTO Hery Nirina⟧
Numéro étranger : ⟦id:4901 1187 52⟧
Date de naissance : ⟦bd:30/06/1982⟧
Ancienne adresse : ⟦a:Lot IVK 29 bis, Ampasanimalo, Antananarivo 101, Madagascar⟧
Nouvelle adresse : ⟦a:3 square Dumont-d'Urville, Bât 2, RDC⟧, 49100 Angers
Date d'emménagement : 15/01/2026
Téléphone : ⟦t:06 5 2 4 1 8 3 7 0 9⟧ (saisie telle quelle)
Autre téléphone : ⟦t:+261 34 12 345 67⟧
Courriel : ⟦e:hery.razafindrakoto@yahoo.fr⟧
Pièce jointe : quittance de loyer au nom de ⟦p:R. Hery Nirina⟧ — bailleur Angers Loire Habitat.
Traitement : mise à jour AGDREF par ⟦off:Julie Mabille⟧ le 03/02/2026.
"""

TXT["c34_saisonniers_agricoles_liste.txt"] = """
DEMANDE D'INTRODUCTION DE TRAVAILLEURS SAISONNIERS — SAISON 2026 — pièce annexée : liste nominative
Exploitant : ⟦p:M. Jean-Baptiste ROUSSEL⟧, arboriculteur, exploitation individuelle, SIRET ⟦siret:53340812600035⟧, ⟦a:Mas des Tuilières, 84300 Cavaillon⟧, tél. ⟦t:04 90 78 12 33⟧, portable ⟦t:06 08 45 71 20⟧

N° | Nom et prénoms | Date de naissance | Passeport | Adresse au pays | Période
1 | ⟦p:EL HAJJAJI Mustapha⟧ | ⟦bd:01/03/1979⟧ | ⟦id:UZ1480273⟧ | ⟦a:douar Laâouamra, cercle de Ksar El Kébir, province de Larache⟧ | 15/05–15/10
2 | ⟦p:AIT OUBELLA Lahcen⟧ | ⟦bd:1984⟧ | ⟦id:UZ2217864⟧ | ⟦a:village Tafraout n'Aït Baha, Chtouka⟧ | 15/05–15/10
3 | ⟦p:BOUCHTA ép. ZAKI Hafida⟧ | ⟦bd:17/11/1990⟧ | ⟦id:ZR6631080⟧ | ⟦a:Hay Mohammadi, rue 12, n° 7, Casablanca⟧ | 01/06–30/09
4 | ⟦p:ŁUKASZEWICZ Paweł⟧ | ⟦bd:29.07.1969⟧ | CNI polonaise ⟦id:CAK 482157⟧ | ⟦a:ul. Długa 14/3, 80-827 Gdańsk⟧ | citoyen UE — pour information

Logement des saisonniers : bâtiment agricole aménagé, ⟦a:chemin des Puits, quartier Les Vignères, Cavaillon⟧ (contrôle de la MSA du 2 février 2026).
Signé : ⟦p:J.-B. Roussel⟧. Instruction : ⟦off:Mme Aurore Tissot⟧, DREETS PACA.
"""

TXT["c35_demande_carte_resident_retraite.txt"] = """
Courrier reçu le 26/01/2026 — bureau du séjour de la préfecture des Pyrénées-Orientales (transcrit du manuscrit)

Monsieur le Préfet,
Je m'appelle ⟦p:Manuel Antonio FERNANDES DA COSTA⟧, j'ai ⟦ag:soixante-neuf ans⟧, je suis né le ⟦bd:vingt-deux mai 1956⟧ à ⟦bp:Vila Nova de Gaia⟧ au Portugal.
J'ai travaillé trente-deux ans dans le bâtiment à Perpignan et je suis rentré vivre au Portugal (⟦a:Rua da Boavista, 1187, 3.º Esq., 4050-110 Porto⟧) en 2021. Je voudrais la carte de séjour « retraité » pour revenir voir mes petits-enfants chez ma fille, ⟦p:Mme Sandra Costa-Puig⟧, ⟦a:2 carrer de la Font, 66200 Elne⟧.
Ma retraite CARSAT est versée sur mon compte portugais ⟦iban:PT50 0002 0123 1234 5678 9015 4⟧.
Mon numéro de sécurité sociale : ⟦nir:1 56 05 99 139 064 79⟧.
Téléphone : ⟦t:00 351 22 608 41 17⟧.
Salutations respectueuses, ⟦p:M. Fernandes da Costa⟧
Réponse envoyée le 2 février par ⟦off:Jordi Pujol-Massot⟧, attaché, bureau du séjour.
"""

TXT["c36_courriels_association_asile.txt"] = """
De : ⟦p:Mathilde Roux⟧ <⟦e:m.roux@cimade-grenoble.org⟧>
À : ⟦p:Aliou Bah⟧ <⟦e:aliou.bah224@gmail.com⟧>
Date : 3 févr. 2026, 11:08
Objet : ton recours CNDA

Bonjour ⟦p:Aliou⟧,
La CNDA a enregistré ton recours sous le n° ⟦id:25045871⟧ ; l'aide juridictionnelle est accordée, ton avocate est ⟦off:Me Sarah Benchetrit⟧. Pense à signaler ton adresse : tu es toujours domicilié ⟦a:c/o La Cimade, 50 avenue Jean-Jaurès, 38100 Grenoble⟧ ?
Ton numéro OFPRA est le ⟦id:2403-0187-44⟧, garde-le.
Mathilde
--
Mathilde Roux — bénévole permanence asile — ⟦t:07 69 12 05 48⟧ (lun./jeu.)

De : ⟦e:aliou.bah224@gmail.com⟧
Date : 3 févr. 2026, 19:40
oui toujours la-bas. mon cousin ⟦p:mamadou saliou bah⟧ (⟦t:+224 622 18 40 97⟧ a conakry) demande si il peut envoyer ma carte d'identité guinéenne ⟦id:GN-0214-5587⟧ par dhl. merci beaucoup
⟦p:aliou⟧
"""

TXT["c37_transcription_acte_naissance_chinois.txt"] = """
TRADUCTION DU CHINOIS — ACTE NOTARIÉ DE NAISSANCE
Office notarial de Qingtian, province du Zhejiang, République populaire de Chine — (2024) Zhe Qing Zheng Zi n° 3318

Il est certifié que ⟦p:HU Xiaoyan⟧ (⟦p:胡小燕⟧), de sexe féminin, est née le ⟦bd:6 février 2002⟧ à ⟦bp:Qingtian (Zhejiang)⟧ ;
son père est ⟦p:HU Weidong⟧ (⟦p:胡卫东⟧) et sa mère est ⟦p:ZHOU Aiping⟧ (⟦p:周爱萍⟧).
Numéro de la carte d'identité de résident de l'intéressée : ⟦id:332522200202063725⟧.
Adresse du hukou : ⟦a:Village de Fangshan, bourg de Fangshan, district de Qingtian⟧.
Notaire : ⟦off:LIN Jian⟧. Date : 12 décembre 2024.

Traduit par ⟦off:Mme Li Fang-Bertrand⟧, traductrice-interprète près la cour d'appel de Paris, le 20 janvier 2026.
Note : en France l'intéressée utilise l'ordre prénom-nom « ⟦p:Xiaoyan Hu⟧ » ; son prénom d'usage est ⟦p:Sophie⟧. Demeure ⟦a:42 rue de Belleville, 75020 Paris⟧.
"""

TXT["c38_registre_attestations_accueil_mairie.txt"] = """
COMMUNE DE MANTES-LA-JOLIE — REGISTRE DES ATTESTATIONS D'ACCUEIL VALIDÉES (article R. 313-12 du CESEDA) — janvier 2026

N° | Date | Hébergeant | Adresse | Hébergé(s) | Pays | Du / au
2026-001 | 06/01 | ⟦p:DIARRA Bakary⟧ | ⟦a:5 rue Denis-Papin, Val Fourré⟧ | ⟦p:DIARRA Fatoumata⟧ (mère) | Mali | 01/03–30/05
2026-002 | 08/01 | ⟦p:M'BAREK née SAIDI Khadija⟧ | ⟦a:17 av. du Général-de-Gaulle, apt 1203⟧ | ⟦p:SAIDI Lahoucine⟧, ⟦p:SAIDI Itto⟧ | Maroc | 15/04–15/07
2026-003 | 13/01 | ⟦p:LOPES SEMEDO Ivone⟧ | ⟦a:place Mendès-France, tour 9⟧ | ⟦p:SEMEDO Adilson⟧ | Cap-Vert | 20/02–20/03
2026-004 | 20/01 | ⟦p:KARAKAYA Fatih⟧ | ⟦a:2 rue Gabriel-Fauré⟧ | ⟦p:KARAKAYA Hatice⟧ (⟦ag:81 ans⟧) | Turquie | 01/06–31/08
2026-005 | 27/01 | ⟦p:SIDIBÉ Oumou⟧ | ⟦a:11 allée Albert-Camus⟧ | refus (logement insuffisant) | Mali | —

Timbres OFII de 40 € : tous acquittés. Registre tenu par ⟦off:Mme Émilie Lagarde⟧, service population ; visé par ⟦off:Raphaël Cognet⟧, maire.
"""

TXT["c39_note_service_organisation.txt"] = """
PRÉFECTURE DU NORD — NOTE DE SERVICE N° 2026-07
Objet : réorganisation de l'accueil des étrangers à compter du 2 mars 2026

Destinataires : agents de la direction de l'immigration et de l'intégration ; sous-préfectures de Douai, Valenciennes, Dunkerque, Cambrai et Avesnes-sur-Helpe.

1. L'accueil du public est transféré du site de la rue Jean-Sans-Peur au site de la rue de Tournai (bâtiment Jean-Monnet), 59000 Lille.
2. La cellule « passeport talent » est rattachée au bureau du séjour dirigé par ⟦off:Mme Fabienne Carlier⟧.
3. Les interprètes sont commandés auprès d'ISM Interprétariat et d'Inter Service Migrants Est ; aucun interprète particulier ne doit être contacté directement.
4. Le numéro du standard (03 20 30 59 59) et l'adresse fonctionnelle pref-sejour@nord.gouv.fr restent inchangés.
5. Les agents du site de Roubaix (boulevard du Général-Leclerc) rejoignent Lille le 16 mars.
Les chefs de bureau, ⟦off:M. Sébastien Vandewalle⟧ et ⟦off:Mme Nora Hadj-Ali⟧, présenteront la nouvelle organisation le 20 février à 14 h, salle Victor-Hugo.

Le secrétaire général, ⟦off:Nicolas Chauvin⟧
Copie : OFII, direction territoriale de Lille ; France Travail ; CAF du Nord ; association Cimade Lille ; commune de Roubaix.
Exemple de dossier en souffrance cité en réunion (à anonymiser avant diffusion) : ⟦p:Mme Zainab A.⟧, dossier ⟦id:5912 0034 71⟧.
"""

TXT["c40_demande_duplicata_passeport_consulat.txt"] = """
CONSULAT GÉNÉRAL DU MALI À PARIS — 53 bis rue du Cherche-Midi, 75006 Paris
FORMULAIRE DE DEMANDE DE PASSEPORT BIOMÉTRIQUE (transmis à la préfecture pour justifier d'une démarche)

N° de la demande : ⟦id:CGMP-2026-004118⟧
Nom : ⟦p:COULIBALY⟧
Prénoms : ⟦p:Sékou dit Papi⟧
Né le : ⟦bd:31 décembre 1992⟧ à ⟦bp:Ségou⟧
NINA (numéro d'identification nationale) : ⟦id:1 92 12 1 0415 0028 X⟧
Nom du père : ⟦p:Moussa COULIBALY⟧ — Nom de la mère : ⟦p:Assitan DEMBÉLÉ⟧
Adresse en France : ⟦a:Foyer Bara, 101 rue de Paris, 93100 Montreuil⟧
Adresse au Mali : ⟦a:Quartier Médine, rue 312, porte 45, Ségou⟧
Téléphone : ⟦t:+33 (0)6 45 20 78 13⟧ ; au Mali ⟦t:(+223) 76 40 21 18⟧
Ancien passeport : ⟦id:AA 0471852⟧, perdu.
Carte consulaire : ⟦id:MLI-PAR-117742⟧
Reçu par ⟦off:M. Boubacar Keïta⟧, agent consulaire. Rendez-vous d'enrôlement : 17 février 2026.
"""

HTML["h01_confirmation_rendez_vous.html"] = {
    "title": "Confirmation de rendez-vous — Préfecture de la Seine-Maritime — ⟦p:M. ZAKARIA Idriss⟧",
    "body": """
<h1>Votre rendez-vous est confirmé</h1>
<table>
<tr><th>Demandeur</th><td>⟦p:M. <b>ZAKARIA</b> Idriss⟧</td></tr>
<tr><th>Date de naissance</th><td>⟦bd:14/05/1997⟧</td></tr>
<tr><th>N° étranger</th><td>⟦id:7601&nbsp;4428&nbsp;90⟧</td></tr>
<tr><th>Démarche</th><td>Remise de titre — carte de séjour pluriannuelle</td></tr>
<tr><th>Lieu</th><td>Préfecture de la Seine-Maritime, 7 place de la Madeleine, 76000 Rouen — guichet 4</td></tr>
<tr><th>Date</th><td>jeudi 19 février 2026 à 10&nbsp;h&nbsp;15</td></tr>
<tr><th>Téléphone</th><td>⟦t:07&nbsp;66&nbsp;21&nbsp;48&nbsp;03⟧</td></tr>
<tr><th>Courriel</th><td><a href="mailto:⟦e:idriss.zakaria97@hotmail.com⟧">idriss.zakaria97@hotmail.com</a></td></tr>
</table>
<p>Code de confirmation : ⟦id:RDV76-K7P2Q⟧. Présentez-vous 10 minutes avant l'heure.</p>
""",
}

HTML["h02_faq_titres_sejour.html"] = {
    "title": "Questions fréquentes — titres de séjour — Préfecture de la Gironde",
    "head": '<meta name="author" content="Bureau de la communication interministérielle">\n',
    "body": """
<h1>Questions fréquentes</h1>
<h2>Qui contacter&nbsp;?</h2>
<p>Le bureau du séjour est dirigé par ⟦off:Mme Isabelle Laffargue⟧. Les demandes de rendez-vous se font exclusivement en ligne. Adresse : 2 esplanade Charles-de-Gaulle, 33000 Bordeaux.</p>
<h2>Mon récépissé a expiré, que faire&nbsp;?</h2>
<p>Connectez-vous à l'ANEF et téléchargez votre attestation de prolongation d'instruction.</p>
<h2>Témoignage</h2>
<blockquote>« J'ai reçu ma carte en trois semaines » — ⟦p:Amadou&nbsp;D.⟧, étudiant à Bordeaux-Montaigne, ⟦ag:23&nbsp;ans⟧, originaire de ⟦bp:Thiès⟧.</blockquote>
<p>Les associations partenaires (Cimade, Secours catholique, France terre d'asile) tiennent des permanences à la Maison des droits de l'homme, cours Victor-Hugo.</p>
""",
}

HTML["h03_attestation_accueil_soumise.html"] = {
    "title": "Demande d'attestation d'accueil n° AA-2026-0412 — récapitulatif",
    "body": """
<h1>Récapitulatif de votre demande</h1>
<fieldset><legend>Hébergeant</legend>
<p>Nom : ⟦p:<span>van der</span> <span>BERG</span>⟧ — Prénom : ⟦p:Pieter⟧</p>
<p>Né le ⟦bd:2&nbsp;février&nbsp;1970⟧ à ⟦bp:Utrecht (Pays-Bas)⟧</p>
<p>Adresse : ⟦a:Le Mas Blanc, chemin de Saint-Pancrace⟧, 06130 Grasse — tél. ⟦t:+33&nbsp;4&nbsp;93&nbsp;40&nbsp;12&nbsp;85⟧</p>
</fieldset>
<fieldset><legend>Personne accueillie</legend>
<p>⟦p:Mme Aigerim NURLANOVNA ZHAKSYBEKOVA⟧ (⟦p:Айгерим Нурлановна Жаксыбекова⟧), née le ⟦bd:19.10.1988⟧ à ⟦bp:Almaty⟧</p>
<p>Passeport kazakh n° ⟦id:N&nbsp;12045977⟧ — adresse : ⟦a:мкр. Самал-2, д. 58, кв. 14, Алматы 050059⟧</p>
<p>Lien : fiancée de l'hébergeant.</p>
</fieldset>
<p>Assurance : Allianz Travel, contrat n° ⟦id:ATV-22-8841570⟧.</p>
<p>Demande transmise au service des affaires générales de la mairie de Grasse.</p>
""",
}

HTML["h04_ceremonie_convocations.html"] = {
    "title": "Cérémonie d'accueil dans la citoyenneté — 26 mars 2026 — Préfecture du Bas-Rhin",
    "body": """
<h1>Liste des personnes convoquées — salle des fêtes du Palais du Rhin</h1>
<table border="1">
<tr><th>Nom</th><th>Prénom(s)</th><th>Né(e) le</th><th>Commune</th></tr>
<tr><td>⟦p:ABDULLAYEV⟧</td><td>⟦p:Rəşad⟧</td><td>⟦bd:03/08/1984⟧</td><td>Strasbourg</td></tr>
<tr><td>⟦p:FERREIRA&nbsp;DOS&nbsp;SANTOS⟧</td><td>⟦p:Maria&nbsp;da&nbsp;Conceição⟧</td><td>⟦bd:22/12/1971⟧</td><td>Illkirch-Graffenstaden</td></tr>
<tr><td>⟦p:PAPADOPOULOS⟧ (⟦p:ΠΑΠΑΔΟΠΟΥΛΟΣ⟧)</td><td>⟦p:Nikolaos⟧</td><td>⟦bd:09/04/1980⟧</td><td>Schiltigheim</td></tr>
<tr><td>⟦p:TRAN-LEFÈVRE⟧</td><td>⟦p:Linh⟧</td><td>⟦bd:17/01/1995⟧</td><td>Haguenau</td></tr>
<tr><td>⟦p:YUSUF⟧</td><td>⟦p:Hawa Abdi⟧</td><td>⟦bd:01/06/2000⟧</td><td>Mulhouse</td></tr>
</table>
<p>La cérémonie sera présidée par ⟦off:Jacques Witkowski⟧, préfet de la région Grand Est, préfet du Bas-Rhin.</p>
""",
}

HTML["h05_annuaire_interpretes.html"] = {
    "title": "Interprètes — liste des experts près la cour d'appel de Colmar et bénévoles de l'association Accueil Migrants 68",
    "body": """
<h2>Experts traducteurs-interprètes (liste officielle de la cour d'appel)</h2>
<ul>
<li>Albanais : ⟦off:M. Gentian Hoxha⟧ — 03 89 41 22 10</li>
<li>Turc : ⟦off:Mme Serap Gündoğdu-Klein⟧ — 03 89 65 07 77</li>
</ul>
<h2>Bénévoles de l'association (interprétariat informel, non assermenté)</h2>
<ul>
<li>Pachto, dari : ⟦p:Wahid Rahimi⟧ — ⟦t:07&nbsp;81&nbsp;46&nbsp;22&nbsp;90⟧ — <a href="mailto:⟦e:wahid.rahimi68@gmail.com⟧">écrire</a></li>
<li>Tigrinya : ⟦p:Senait Tekle⟧ — ⟦t:06.58.03.41.17⟧</li>
<li>Arabe soudanais : ⟦p:Abakar&nbsp;Mahamat&nbsp;Nour⟧, ⟦a:14 rue de Bâle, 68100 Mulhouse⟧</li>
<li>Géorgien : ⟦p:Nino Kapanadze⟧ (⟦p:ნინო კაპანაძე⟧) — Instagram ⟦o:@nino.kapa.translate⟧</li>
</ul>
<p>Coordination : ⟦p:Bénédicte Schmitt⟧, présidente de l'association, ⟦e:contact.am68 [at] laposte [point] net⟧.</p>
""",
}

HTML["h06_suivi_dossier_naturalisation.html"] = {
    "title": "Suivi de ma demande — NAT 2024/013487",
    "head": '<meta name="description" content="Espace personnel de ⟦p:Leila Haddad-Mansour⟧">\n',
    "body": """
<h1>Bonjour ⟦p:Leila Haddad-Mansour⟧</h1>
<p>Demande n° ⟦id:NAT&nbsp;2024/013487⟧ déposée le 4 avril 2024.</p>
<ol>
<li>Dépôt — terminé</li>
<li>Entretien d'assimilation — le 12 novembre 2024 avec ⟦off:M. Vincent Hoareau⟧ — terminé</li>
<li>Enquête — terminée</li>
<li>Décision du ministère — en cours</li>
</ol>
<p>Adresse enregistrée : ⟦a:36 rue du Faubourg-d'Arras, 59000 Lille⟧. Téléphone : ⟦t:+33&nbsp;(0)3&nbsp;20&nbsp;54&nbsp;87&nbsp;61⟧.</p>
<p>Née le ⟦bd:12&nbsp;mars&nbsp;1986⟧ à ⟦bp:Homs (Syrie)⟧ — nom en arabe : ⟦p:ليلى حداد منصور⟧.</p>
""",
}

HTML["h07_courriel_avocat.html"] = {
    "title": "TR: Situation de ⟦p:M. Hakobyan⟧ — demande de rendez-vous",
    "body": """
<p><b>De&nbsp;:</b> ⟦off:Maître Paul-Henri Dufresne⟧ &lt;cabinet@dufresne-avocats.fr&gt;<br>
<b>À&nbsp;:</b> pref-sejour@var.gouv.fr<br>
<b>Date&nbsp;:</b> 6 février 2026 09:12</p>
<p>Madame, Monsieur,</p>
<p>Je représente ⟦p:M. Gor HAKOBYAN⟧ (N° étranger ⟦id:8303 1124 57⟧), né le ⟦bd:4&nbsp;mai&nbsp;1987⟧ à ⟦bp:Vanadzor⟧, et son épouse ⟦p:Mme Lusine Hakobyan née Grigoryan⟧, domiciliés ⟦a:Résidence Les Pins, bât. D, 83000 Toulon⟧.</p>
<p>Malgré nos quatre demandes, aucun rendez-vous n'a pu être obtenu. Je vous saurais gré de bien vouloir convoquer mes clients.</p>
<p>Notre référence&nbsp;: ⟦id:PHD-26-017⟧.</p>
<p>--<br>⟦off:Paul-Henri Dufresne⟧<br>Avocat au barreau de Toulon<br>04 94 22 71 30</p>
<p><i>Message transmis par ⟦p:M. Hakobyan⟧ depuis <a href="mailto:⟦e:gor.hakobyan87@mail.ru⟧">son adresse</a>.</i></p>
""",
}

HTML["h08_registre_domiciliation.html"] = {
    "title": "Registre des domiciliations — CCAS de Poitiers — février 2026",
    "body": """
<table border="1">
<caption>Nouvelles élections de domicile (demandeurs d'asile et personnes sans domicile stable)</caption>
<tr><th>N°</th><th>Nom</th><th>Prénom</th><th>Né(e) le</th><th>Statut</th><th>Boîte</th></tr>
<tr><td>D-2026-031</td><td>⟦p:OMAR⟧</td><td>⟦p:Abdelmajid⟧</td><td>⟦bd:1/1/1995⟧</td><td>demandeur d'asile (Soudan)</td><td>⟦id:BL-0412⟧</td></tr>
<tr><td>D-2026-032</td><td>⟦p:MAGOMEDOVA⟧</td><td>⟦p:Zarema Ruslanovna⟧</td><td>⟦bd:11/07/1983⟧</td><td>demandeuse d'asile (Russie)</td><td>⟦id:BL-0413⟧</td></tr>
<tr><td>D-2026-033</td><td>⟦p:DUPRÉ⟧</td><td>⟦p:Jean-Claude⟧</td><td>⟦bd:25/03/1961⟧</td><td>sans domicile stable</td><td>⟦id:BL-0414⟧</td></tr>
</table>
<p>Adresse de domiciliation commune : ⟦a:CCAS de Poitiers, 23 rue Arthur-Ranc, 86000 Poitiers⟧ suivie du numéro de boîte. Agent : ⟦off:Hugo Métayer⟧.</p>
""",
}

HTML["h09_tableau_autorisations_travail.html"] = {
    "title": "Autorisations de travail délivrées — janvier 2026 — plate-forme MOE Normandie",
    "body": """
<table>
<tr><th>Employeur</th><th>SIRET</th><th>Salarié</th><th>Nationalité</th><th>Emploi</th></tr>
<tr><td>⟦p:Mme Gwendoline Hébert⟧ (EI, coiffure)</td><td>⟦siret:849 712 062 00033⟧</td><td>⟦p:Mlle Aïcha Kaboré⟧</td><td>burkinabè</td><td>coiffeuse</td></tr>
<tr><td>SAS Transports Lemarchand</td><td>552 100 554 00013</td><td>⟦p:M. Vasyl Hrytsenko⟧</td><td>ukrainienne</td><td>chauffeur PL</td></tr>
<tr><td>⟦p:M. Olivier Tessier⟧ (EI, maraîchage)</td><td>⟦siret:45218903800022⟧</td><td>⟦p:M. Karim Jaziri⟧</td><td>tunisienne</td><td>ouvrier agricole</td></tr>
<tr><td>CHU de Caen Normandie</td><td>261 400 071 00013</td><td>⟦p:Dr Rania Al-Khatib⟧</td><td>syrienne</td><td>praticienne associée</td></tr>
</table>
<p>Instructeur : ⟦off:Guillaume Lecanu⟧.</p>
""",
}

HTML["h10_lettre_info_association.html"] = {
    "title": "La lettre de Welcome Toulouse — février 2026",
    "body": """
<h1>La lettre de Welcome Toulouse</h1>
<p>Ce mois-ci, nous remercions ⟦p:Françoise et Michel Castan⟧, qui hébergent ⟦p:Dawit⟧ depuis six mois dans leur maison de ⟦a:Balma, 9 chemin de la Pradette⟧.</p>
<p>Bravo à ⟦p:Fatima Z. Oukacha⟧, ⟦ag:trente-quatre ans⟧, qui a obtenu son titre de séjour et commence une formation d'aide-soignante&nbsp;! Son blog&nbsp;: ⟦o:fatima-oukacha.blogspot.com⟧.</p>
<p>Permanences à la Maison de la solidarité, place du Capitole (à côté de la mairie). Les rendez-vous en préfecture, place Saint-Étienne, restent difficiles à obtenir.</p>
<p>Faire un don : IBAN de l'association FR76 1310 6005 0030 0123 4567 892. Contact : ⟦p:Hélène Garrigues⟧, coordinatrice, ⟦t:06 31 58 20 44⟧.</p>
""",
}

DOCX["w01_recepisse_asile_fiche.docx"] = {
    "author": "⟦p:k.benyahia⟧",
    "title": "Fiche d'enregistrement GUDA — ⟦p:SULTANI⟧",
    "header": "Préfecture de police — Guichet unique pour demandeurs d'asile — Paris 19e",
    "footer": "Saisie ⟦p:Karim Benyahia⟧ (prestataire Coallia) — dossier ⟦id:GUDA-75-2026-014482⟧",
    "blocks": [
        ("h", "Fiche d'enregistrement de la demande d'asile"),
        ("table", [
            ["Rubrique", "Demandeur principal", "Conjointe"],
            ["Nom", "⟦p:SULTANI⟧", "⟦p:SULTANI née HAKIMI⟧"],
            ["Prénoms", "⟦p:Mohammad Nasir⟧", "⟦p:Freshta⟧"],
            ["Né(e) le", "⟦bd:1990⟧ (année seule déclarée)", "⟦bd:15/03/1995⟧"],
            ["Lieu de naissance", "⟦bp:Ghazni (Afghanistan)⟧", "⟦bp:Kaboul⟧"],
            ["N° AGDREF", "⟦id:7504889120⟧", "⟦id:7504889121⟧"],
        ]),
        "Enfants : ⟦p:Mustafa⟧ (⟦ag:6 ans⟧), ⟦p:Mariam⟧ (⟦ag:2 ans⟧).",
        "Hébergement : ⟦a:Hôtel Formule Eco, chambre 27, 4 rue de l'Ourcq, 75019 Paris⟧ (dispositif HUDA).",
        "Téléphone : ⟦t:07 45 11 82 36⟧. Langue : dari ; interprète présent : ⟦p:**Najibullah** Azizi⟧ (ISM).",
        "Empreintes relevées par gardien de la paix ⟦off:Lucas Ferrand⟧. Visa : ⟦off:Céline Marquet⟧, cheffe du guichet.",
    ],
}

DOCX["w02_lettre_avocat_regroupement.docx"] = {
    "author": "Cabinet ⟦off:Aurélie Tchoumba⟧",
    "title": "Regroupement familial — ⟦p:DIOP⟧",
    "header": "⟦off:Me Aurélie Tchoumba⟧ — Avocate au barreau de Nantes — 4 rue Crébillon, 44000 Nantes",
    "footer": "N/Réf. ⟦id:AT-2026-DIOP-02⟧ — correspondance confidentielle",
    "blocks": [
        "Nantes, le 30 janvier 2026",
        "OFII — Direction territoriale de Nantes — Service du regroupement familial",
        "Objet : dossier de regroupement familial n° ⟦id:RF-44-2025-00781⟧ de ⟦p:M. Abdoulaye **DIOP**⟧",
        "Madame, Monsieur,",
        "Mon client, ⟦p:M. Abdoulaye Diop⟧, né le ⟦bd:7 juillet 1984⟧ à ⟦bp:Kaolack (Sénégal)⟧, demeurant ⟦a:10 rue du Croisic, 44100 Nantes⟧, sollicite le regroupement de son épouse ⟦p:Mme Ndèye Fatou SECK⟧ et de leurs enfants ⟦p:Modou⟧ et ⟦p:Aïssatou Diop⟧, demeurant ⟦a:Quartier Médina Baye, villa n° 112, Kaolack⟧.",
        "Son employeur, ⟦p:M. Franck Guillou⟧, plombier (SIRET ⟦siret:794 305 185 00025⟧), atteste d'un CDI depuis 2019 ; les salaires sont versés sur le compte ⟦iban:FR76 1751 5000 0008 1973 2641 142⟧.",
        "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.",
        "**⟦off:A. Tchoumba⟧**",
        "Contact du client : ⟦t:06 70 14 28 93⟧ ; de l'épouse : ⟦t:+221 77 645 12 08⟧.",
    ],
}

DOCX["w03_traduction_ukrainien.docx"] = {
    "author": "⟦off:Natalia Bondarenko-Roche⟧",
    "title": "Traduction — свідоцтво про шлюб",
    "header": "Traduction de l'ukrainien — ⟦off:Natalia Bondarenko-Roche⟧, experte près la cour d'appel de Rennes",
    "footer": "Traduction n° 26-031 — page 1/1",
    "blocks": [
        ("h", "CERTIFICAT DE MARIAGE — Série І-ОК n° ⟦id:412907⟧"),
        "Lui : ⟦p:MELNYK Andriy Volodymyrovych⟧ (⟦p:МЕЛЬНИК Андрій Володимирович⟧), né le ⟦bd:02.11.1986⟧ à ⟦bp:Lviv⟧.",
        "Elle : ⟦p:SHEVCHENKO Iryna Mykolaivna⟧ (⟦p:ШЕВЧЕНКО Ірина Миколаївна⟧), née le ⟦bd:27.04.1990⟧ à ⟦bp:Ternopil⟧.",
        "ont contracté mariage le ⟦bd:vingt juin deux mille quinze⟧, acte n° 713.",
        "Nom après le mariage : lui ⟦p:MELNYK⟧, elle ⟦p:MELNYK⟧.",
        "Lieu d'enregistrement : Service de l'état civil de l'arrondissement Halytskyi de Lviv.",
        "Adresse déclarée des époux : ⟦a:вул. Городоцька, 155, кв. 42, м. Львів⟧ (⟦a:155 rue Horodotska, app. 42, Lviv⟧).",
        "Traduction certifiée conforme, Rennes, le 4 février 2026. Remise à ⟦p:Mme Iryna Melnyk⟧, ⟦t:+33 6 12 80 47 95⟧.",
    ],
}

DOCX["w04_enquete_logement_rf.docx"] = {
    "author": "Mairie de Villeurbanne — service hygiène",
    "title": "Avis du maire — regroupement familial",
    "header": "Ville de Villeurbanne — Direction de la santé publique — service communal d'hygiène et de santé",
    "footer": "Rapport établi par ⟦off:Thomas Girardon⟧, inspecteur de salubrité — demandeur : ⟦p:BOUAZZA⟧",
    "blocks": [
        ("h", "Avis du maire sur les conditions de logement"),
        ("table", [
            ["Demandeur", "⟦p:M. Nourredine BOUAZZA⟧"],
            ["Date de naissance", "⟦bd:16 / 09 / 1981⟧"],
            ["Logement", "⟦a:88 rue Anatole-France⟧, ⟦a:bât. C, 5e étage⟧, 69100 Villeurbanne"],
            ["Bénéficiaires", "⟦p:Mme Samira Bouazza⟧ et ⟦p:Ilyes⟧ (⟦ag:7 ans⟧)"],
            ["Allocataire CAF", "⟦id:2174419 E⟧"],
        ]),
        "Conclusion : logement de 52 m² conforme pour trois personnes. Avis favorable.",
        "Pour le maire, ⟦off:Agnès Thouvenot⟧, adjointe.",
    ],
}

DOCX["w05_cerfa_autorisation_travail.docx"] = {
    "author": "⟦p:Nathalie Fabre⟧",
    "title": "Demande d'autorisation de travail — saisonnier viticole",
    "header": "Demande d'autorisation de travail — Cerfa 15186 — transcription",
    "footer": "Employeur : ⟦p:Nathalie FABRE⟧ — exploitante viticole — SIRET ⟦siret:882 164 734 00031⟧",
    "blocks": [
        ("table", [
            ["Employeur (nom, prénom)", "⟦p:FABRE Nathalie⟧"],
            ["Adresse", "⟦a:Domaine de la Croix-Haute, 11200 Lézignan-Corbières⟧"],
            ["SIREN", "⟦siret:882 164 734⟧"],
            ["NIC", "00031"],
            ["Téléphone", "⟦t:04 68 27 55 19⟧"],
            ["Salarié", "⟦p:OUAHBI Rachid⟧"],
            ["Né le / à", "⟦bd:12/11/1987⟧ / ⟦bp:Taroudant⟧"],
            ["Passeport", "⟦id:XY4471209⟧"],
        ]),
        "Emploi : ouvrier viticole, contrat saisonnier du 1er septembre au 31 octobre 2026.",
        "Versement des salaires : RIB ⟦rib:30004 00823 00010245678 63⟧.",
    ],
}

DOCX["w06_convocation_entretien_naturalisation.docx"] = {
    "author": "Préfecture de la Haute-Garonne",
    "title": "Convocation à l'entretien d'assimilation",
    "header": "PRÉFECTURE DE LA HAUTE-GARONNE — Plate-forme interdépartementale de naturalisation",
    "footer": "Dossier ⟦id:NAT-031-2025-018802⟧ — ⟦p:M. OYELARAN-SMITH⟧",
    "blocks": [
        "Toulouse, le 3 février 2026",
        "⟦p:Monsieur Adebayo OYELARAN-SMITH⟧",
        "⟦a:Appt 7, 19 allée des Demoiselles⟧",
        "⟦a:31400 Toulouse⟧",
        "Monsieur,",
        "Vous êtes convoqué le mercredi 4 mars 2026 à 14 h 30 pour un entretien d'assimilation avec ⟦off:Mme Coralie Py⟧, agent instructeur, 1 place Saint-Étienne, Toulouse.",
        "Munissez-vous de votre titre de séjour n° ⟦id:3107 4411 86⟧, de votre passeport britannique n° ⟦id:123456782⟧ et de votre passeport nigérian n° ⟦id:A08419276⟧.",
        "Votre épouse, ⟦p:Mme Aurélie Oyelaran-Smith née Cazals⟧, est invitée à vous accompagner.",
        "Le chef de la plate-forme, ⟦off:Bertrand Esquirol⟧",
    ],
}

DOCX["w07_attestations_accueil_tableau.docx"] = {
    "author": "Mairie d'Aubervilliers",
    "title": "Attestations d'accueil — contrôles de logement",
    "header": "Mairie d'Aubervilliers — service population — contrôle des attestations d'accueil",
    "footer": "Document interne — agent enquêteur : ⟦off:Malik Djebbar⟧",
    "blocks": [
        ("h", "Visites de logement — semaine 5"),
        ("table", [
            ["Hébergeant", "Adresse", "Hébergé", "Résultat"],
            ["⟦p:ZHANG Wei⟧", "⟦a:45 rue du Moutier, 3e⟧", "⟦p:ZHANG Guoqiang⟧, ⟦p:LIU Xiuying⟧", "conforme"],
            ["⟦p:BENSAÏD Lakhdar⟧", "⟦a:8 bd Félix-Faure, esc. A⟧", "⟦p:BENSAÏD Zineb⟧", "absent — 2e passage"],
            ["⟦p:Mme SAMARASINGHE Dilani⟧", "⟦a:rue Heurtault (n° 112)⟧", "⟦p:Mr Ruwan Samarasinghe⟧", "conforme"],
            ["⟦p:GOMES Bernardina⟧", "⟦a:Cité Émile-Dubois, tour 2⟧", "⟦p:Ana Lúcia Gomes Tavares⟧", "sur-occupation"],
        ]),
        "Observation : ⟦p:M. Bensaïd⟧ a laissé un message au ⟦t:06-12-09-87-44⟧.",
    ],
}

DOCX["w08_lettre_consulat_mali.docx"] = {
    "author": "Consulat général du Mali",
    "title": "Laissez-passer consulaire",
    "header": "République du Mali — Un Peuple, Un But, Une Foi — Consulat général à Paris",
    "footer": "N° 0187/CGMP/2026",
    "blocks": [
        "Le Consul général du Mali à Paris certifie que ⟦p:M. KEÏTA Boubacar Siriman⟧, né le vers ⟦bd:1989⟧ à ⟦bp:Kita⟧, fils de ⟦p:Siriman Keïta⟧ et de ⟦p:Nana Diabaté⟧, est de nationalité malienne.",
        "Adresse en France : ⟦a:Foyer Lorraine, 2 rue du Colonel-Fabien, 92160 Antony⟧. Carte consulaire : ⟦id:MLI-PAR-093315⟧.",
        "Le présent document lui est délivré pour servir auprès de la préfecture des Hauts-de-Seine.",
        "Le Consul général, **⟦off:Amadou Tidiane Traoré⟧**",
    ],
}

DOCX["w09_compte_rendu_reunion_naturalisations.docx"] = {
    "author": "⟦off:Sylvain Moreau⟧",
    "title": "Réunion de service — bureau des naturalisations",
    "header": "Préfecture de la Côte-d'Or — bureau des naturalisations — compte rendu de réunion",
    "footer": "Diffusion : agents du bureau — rédacteur ⟦off:S. Moreau⟧",
    "blocks": [
        "Présents : ⟦off:Sylvain Moreau⟧ (chef de bureau), ⟦off:Amélie Dubreuil⟧, ⟦off:Romain Lamy⟧.",
        "1. Stock : 412 dossiers en instruction ; délai moyen 14 mois.",
        "2. Dossiers signalés : ⟦p:Mme Oksana Tkachenko⟧ (pièce manquante : acte de naissance apostillé) ; ⟦p:M. Nabil El-Khoury⟧ (⟦nir:1 69 09 99 427 015 33⟧, discordance d'état civil) ; ⟦p:Mme Ji-woo PARK⟧ (⟦p:박지우⟧), née le ⟦bd:1992-08-30⟧.",
        "3. Le remboursement du timbre de ⟦p:M. Ramos Jiménez⟧ sera fait sur son compte espagnol ⟦iban:ES91 2100 0418 4502 0005 1332⟧.",
        "4. La prochaine cérémonie aura lieu au Palais des ducs de Bourgogne.",
    ],
}

DOCX["w10_fiche_vacation_interprete.docx"] = {
    "author": "⟦p:Rustam Nazarov⟧",
    "title": "Note de vacation — interprétariat",
    "header": "⟦p:Rustam NAZAROV⟧ — interprète russe/tadjik/ouzbek — micro-entrepreneur",
    "footer": "SIRET ⟦siret:901 773 523 00013⟧ — ⟦a:6 rue des Tanneurs, 67000 Strasbourg⟧ — ⟦t:06 19 44 70 85⟧",
    "blocks": [
        ("h", "Note de vacation n° 2026-014"),
        "Client : Préfecture du Bas-Rhin, bureau de l'asile (bon de commande n° BC-2026-0211).",
        ("table", [
            ["Date", "Usager", "Langue", "Durée"],
            ["03/02/2026", "⟦p:RAKHIMOV Davron⟧", "ouzbek", "1 h 30"],
            ["05/02/2026", "⟦p:SAIDOVA Gulnora⟧ et sa fille ⟦p:Madina⟧", "tadjik", "2 h"],
        ]),
        "Montant : 210 € (TVA non applicable, art. 293 B du CGI).",
        "Paiement : ⟦iban:DE89 3704 0044 0532 0130 00⟧ (compte personnel ouvert à Kehl). Courriel : ⟦e:r.nazarov.interprete@gmail.com⟧.",
    ],
}


if __name__ == "__main__":
    raise SystemExit(main())
