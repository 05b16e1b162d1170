# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev12 set of the personal-data leak benchmark (``corpus/dev12``): documents and labels.

Same conventions as ``build_files.py``, ``build_dev2_files.py`` (whose ``build_set`` it uses) and
``build_dev10_files.py``: a personal value is written ``⟦kind:text⟧`` with the short kind keys of
``KINDS``, an official acting in his function kept in clear ``⟦off:text⟧``; the script writes the files
without the marks and their lines in ``corpus/dev12/labels.jsonl``, and checks that every label is a
substring of its document.

Theme: a commune's civil-status, cemetery and elections office, and the papers of notaries and
commissaires de justice (formerly huissiers) that reach it. Registers and extracts of birth, marriage
and death acts, marginal notes, PACS registrations and dissolutions, first-name and surname changes,
recognitions, livret de famille requests and duplicates, genealogy requests and answers, cemetery
concession registers, renewals, transfers, exhumation and reduction requests, funeral-company
declarations, columbarium and ossuary lists; electoral-roll changes (registrations, removals,
commission de contrôle minutes), proxies (procurations) and assessors; notaries' letters (acte de
notoriété, attestation immobilière, certificat d'hérédité, inheritance searches), commissaires de
justice' service of writs, eviction orders (commandement de quitter les lieux, concours de la force
publique), seizure reports (saisie-vente, saisie-attribution, procès-verbal de recherches
infructueuses, of vehicles and furniture), e-mails with signatures, forms transcribed from scans,
tables, HTML pages, DOCX with headers, footers and core properties.

Kinds used: person (names of every origin and script, particles, compound, maiden and married names,
"veuve", "épouse", initials, nicknames, lower and upper case, a surname alone repeated later, names
in e-mail local parts, file names and document properties), address (numbered or not, abbreviated,
lieux-dits, résidences with floors, foreign addresses, "sans domicile connu" addresses last known),
phone (every grouping, +33 (0), foreign), email (plain and obfuscated), birth_date (the date of birth,
marriage, PACS, divorce or death of a private person in any shape: digits, words, ISO, a year alone,
"l'an deux mille…"), birth_place (the place of birth of a private person, French or foreign, with or
without department), age (in digits and in words), nir, iban, rib, siret (SIREN/SIRET of a sole
trader), plate (a seized or towed vehicle), cadastre (a parcel of a private owner), identifier (a
number a person holds: identity card, passport, driving licence, livret de famille number, INE
electoral number, concession title number, a study's file reference for a debtor or an heir, a
customer reference, a bank card) and other (a genealogy-site handle or a personal blog).

Officials kept in clear: the mayor and deputies acting as officiers de l'état civil, agents of the
civil-status, elections and cemetery offices signing as such, notaries and commissaires de justice
acting in their office, the procureur, the préfet, a judge. Heirs, debtors, tenants, landlords,
witnesses, deceased persons, genealogists of private firms, funeral-company employees and the
employees of private companies are persons. Act numbers of the registers, plot locations in a
cemetery (carré, allée, rang) and the public companies' numbers are not labelled (over-replacement
traps, with streets named after famous people, place names that are surnames, and officials).

Shapes insisted upon: names in UPPER CASE in registers and lower case in e-mails, "veuve X née Y",
particles (de, du, d', van, von, ben, bin, da, dos), Arabic, Vietnamese, Chinese, Cyrillic, Greek,
Turkish, Malagasy, Basque, Breton names; dates of birth in words as acts write them ("le
vingt-trois mars mil neuf cent cinquante-deux"); ages in words; values split across table cells or
lines; values glued to punctuation and parentheses; identifiers after unusual labels ("N° LF",
"réf. étude", "INE"); phones with dots, dashes, no spaces, +33 (0), foreign; last known addresses.

dev12 was written by an independent author who read only the mark syntax and the build helpers, not
the recognizers, the anonymizer, the verification, the tests, the documentation or the other sets'
documents and labels, and who did not run the pipeline or an evaluation on it. Unlike the public
sets, some documents touch debt and eviction (the commissaire de justice papers); they are kept on
the public route as the other sets, the value being the personal data and not the fact.

Run: PYTHONPATH=include .venv/bin/python bench/pii/build_dev12_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev12"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents. Checksummed identifiers computed beforehand (NIR key = 97 - n mod 97 with 2A→19,
# 2B→18; RIB key = 97 - (89·bank + 15·branch + 3·account) mod 97; IBAN ISO 7064; SIREN/SIRET Luhn).

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["c01_extrait_acte_naissance_filiation.txt"] = """
RÉPUBLIQUE FRANÇAISE — MAIRIE DE LANNION (Côtes-d'Armor)
EXTRAIT D'ACTE DE NAISSANCE AVEC FILIATION — Acte n° 412 — Année 1986

Le ⟦bd:douze mars mil neuf cent quatre-vingt-six⟧, à quatorze heures dix, est né à Lannion (Côtes-d'Armor), Centre hospitalier Pierre-Le Damany : ⟦p:Gwenaël Yves Marie LE GUILLOU⟧, de sexe masculin,
fils de ⟦p:Yannick Jean LE GUILLOU⟧, né le ⟦bd:4 octobre 1958⟧ à ⟦bp:Plestin-les-Grèves (Côtes-du-Nord)⟧, agriculteur,
et de ⟦p:Maryvonne Anne Françoise KERAMBRUN⟧, née le ⟦bd:vingt-neuf janvier mil neuf cent soixante⟧ à ⟦bp:Tréguier⟧, sans profession,
son épouse, domiciliés ⟦a:Convenant Coz, 22300 Ploubezre⟧.

MENTIONS MARGINALES
Marié à Perros-Guirec (Côtes-d'Armor) le ⟦bd:14 juillet 2012⟧ avec ⟦p:Soazig Morgane CADIOU⟧.
Divorcé de ⟦p:Soazig CADIOU⟧ par jugement du tribunal judiciaire de Saint-Brieuc du ⟦bd:3 février 2020⟧.
Pacsé le ⟦bd:21/06/2023⟧ avec ⟦p:Aurélien Thomas HAMON⟧, enregistré par l'officier de l'état civil de Lannion.

Extrait délivré le 6 janvier 2027 à la demande de l'intéressé, pour servir à : constitution de dossier de mariage.
Demandeur : ⟦p:M. LE GUILLOU Gwenaël⟧, ⟦a:12 venelle du Roudour, 22300 Lannion⟧ — tél. ⟦t:06.71.42.88.05⟧
Pour l'officier de l'état civil, par délégation, ⟦off:Nolwenn Derrien⟧, adjointe administrative.
"""

TXT["c02_copie_integrale_acte_deces.txt"] = """
MAIRIE DE SAINT-JEAN-PIED-DE-PORT — COPIE INTÉGRALE D'ACTE DE DÉCÈS — Acte n° 37

Le ⟦bd:deux novembre deux mille vingt-six⟧, à six heures trente, est décédé en son domicile ⟦a:maison Etxeberria, chemin d'Arnéguy⟧, à Saint-Jean-Pied-de-Port (Pyrénées-Atlantiques) :
⟦p:Jean-Baptiste Mixel ETCHEVERRY⟧, retraité, né à ⟦bp:Ossès (Basses-Pyrénées)⟧ le ⟦bd:vingt-sept avril mil neuf cent trente-neuf⟧, fils de ⟦p:Gratien ETCHEVERRY⟧ et de ⟦p:Marie-Jeanne IRIGOYEN⟧, époux décédés ;
veuf de ⟦p:Maddalen Gracieuse OYHAMBURU⟧.
Dressé le ⟦bd:3 novembre 2026⟧, à dix heures, sur la déclaration de ⟦p:Peio ETCHEVERRY⟧, ⟦ag:cinquante-huit ans⟧, menuisier, domicilié ⟦a:quartier Ugange, 64220 Uhart-Cize⟧, fils du défunt, qui, lecture faite et invité à lire l'acte, a signé avec nous, ⟦off:Laurent Inchauspé⟧, adjoint au maire, officier de l'état civil par délégation.

Copie certifiée conforme délivrée aux Pompes Funèbres Basques (dossier ⟦id:PFB-2026-1187⟧) pour les formalités d'inhumation au cimetière de la commune, concession Etcheverry, carré 3, allée des Platanes, rang 2.
Contact famille : ⟦p:Amaia Etcheverry-Lasserre⟧ — ⟦t:+33 (0)6 12 90 47 33⟧ — ⟦e:amaia.etch@laposte.net⟧
Mention : époux de la défunte précédente ; mariage à Ossès le ⟦bd:10 juin 1961⟧. Contact notaire de la famille : ⟦off:Maître Xabier Larralde⟧, Saint-Palais. Petit-fils présent à la mairie : ⟦p:Ellande Etcheverry⟧, ⟦ag:24 ans⟧, ⟦a:Gaineko Etxea, 64430 Saint-Étienne-de-Baïgorry⟧.
"""

TXT["c03_registre_deces_mois.txt"] = """
VILLE DE ROUBAIX — SERVICE DE L'ÉTAT CIVIL
Tableau des actes de décès transcrits — octobre 2026 (document de travail — bureau des transcriptions)

N° | Date du décès | Nom, prénoms | Né(e) le | à | Dernier domicile
1204 | ⟦bd:01/10/2026⟧ | ⟦p:DESCAMPS veuve LEFEBVRE, Germaine Paule⟧ | ⟦bd:11/02/1931⟧ | ⟦bp:Tourcoing (59)⟧ | ⟦a:37 rue de l'Épeule⟧
1205 | ⟦bd:02/10/2026⟧ | ⟦p:BOUZIANE Mohamed Larbi⟧ | ⟦bd:1947⟧ | ⟦bp:Sidi Bel Abbès (Algérie)⟧ | ⟦a:Résidence Carihem, bât. C, appt 41⟧
1206 | ⟦bd:04/10/2026⟧ | ⟦p:VANDENBUSSCHE Marcel⟧ | ⟦bd:22/12/1938⟧ | ⟦bp:Mouscron (Belgique)⟧ | ⟦a:12, cour Hennion⟧
1207 | ⟦bd:09/10/2026⟧ | ⟦p:NGUYỄN THỊ Lan⟧ | ⟦bd:05/05/1950⟧ | ⟦bp:Huế (Viêt Nam)⟧ | ⟦a:rue Pierre-de-Roubaix⟧ (sans n°)
1208 | ⟦bd:13/10/2026⟧ | ⟦p:de WAVRIN-VILLERS Charles-Henri⟧ | ⟦bd:30/06/1944⟧ | ⟦bp:Lille⟧ | ⟦a:Château du Fresnoy, Croix⟧
1209 | ⟦bd:17/10/2026⟧ | ⟦p:KOWALCZYK ép. DUJARDIN Halina⟧ | ⟦bd:14/08/1936⟧ | ⟦bp:Wattrelos⟧ | ⟦a:EHPAD Les Orchidées, 2 rue Jean-Jaurès⟧

Remarque : l'acte 1207 porte le nom d'usage « ⟦p:Mme Lan TRAN⟧ » ; vérifier avec la fille, ⟦p:Mme Tran Minh Thư⟧ (⟦t:03 20 73 41 19⟧).
Agent : ⟦off:S. Delporte⟧, bureau des transcriptions.
"""

TXT["c04_dossier_mariage_publication.txt"] = """
COMMUNE DE MONTREUIL (Seine-Saint-Denis) — PUBLICATION DE MARIAGE
(article 63 du code civil — affichée du 2 au 12 mars 2027)

Il y a promesse de mariage entre :
⟦p:M. Karim Ahmed BENSALEM⟧, ingénieur, né le ⟦bd:17 septembre 1991⟧ à ⟦bp:Oran (Algérie)⟧, domicilié ⟦a:48 bis, rue de Paris, 93100 Montreuil⟧,
et ⟦p:Mlle Chloé Anne-Sophie VASSEUR-DUBOIS⟧, infirmière, née le ⟦bd:3 janvier 1993⟧ à ⟦bp:Amiens (80)⟧, résidant ⟦a:9 allée Rosa-Parks, esc. B, 4e ét., porte gauche, 93100 Montreuil⟧.

Le mariage sera célébré en mairie le samedi 27 mars 2027 à 15 h par ⟦off:Mme Halima Menhoudj⟧, adjointe au maire.

Témoins annoncés : ⟦p:Sofiane Bensalem⟧ (frère, ⟦ag:29 ans⟧), ⟦p:Mme Inès Lacroix-Ndiaye⟧ (⟦a:Dakar, Sicap Liberté 6, villa 6742⟧), ⟦p:M. Théo VASSEUR⟧, ⟦p:Mme Élodie Marchetti⟧.
Pièces reçues : copies intégrales de moins de trois mois, justificatifs de domicile, pièces d'identité (CNI ⟦id:X4RT72PL9⟧ et passeport ⟦id:19AV55421⟧).

Fait à Montreuil, le 1er mars 2027. L'officier de l'état civil, ⟦off:Patrice Bessac⟧
Parents du futur époux : ⟦p:M. Ahmed Bensalem⟧ et ⟦p:Mme Fatma Bensalem née Kaci⟧, ⟦a:Cité Djamel, bloc 3, Oran⟧. Téléphone du couple : ⟦t:06 03 27 90 16⟧ ; ⟦e:karim.bensalem@proton.me⟧.
"""

TXT["c05_declaration_pacs_enregistrement.txt"] = """
MAIRIE DE VILLEURBANNE — SERVICE DE L'ÉTAT CIVIL
RÉCÉPISSÉ D'ENREGISTREMENT DE LA DÉCLARATION CONJOINTE DE PACTE CIVIL DE SOLIDARITÉ
Numéro d'enregistrement : 69266/2026/00731

Partenaire 1 : ⟦p:ŞAHİN Elif⟧, née le ⟦bd:08.04.1994⟧ à ⟦bp:Izmir (Turquie)⟧, de nationalité française, demeurant ⟦a:61 cours Émile-Zola, 69100 Villeurbanne⟧
Partenaire 2 : ⟦p:MOREAU-SAINT-CLAIR Julien⟧, né le ⟦bd:29.11.1990⟧ à ⟦bp:Bourg-en-Bresse (Ain)⟧, demeurant à la même adresse.

Date d'enregistrement : le ⟦bd:quinze octobre deux mille vingt-six⟧.
Convention : modèle Cerfa n° 15726, signée des deux partenaires.
Pièces d'identité présentées : carte nationale d'identité n° ⟦id:IDFRA0F3KP21⟧ ; passeport n° ⟦id:21CF83390⟧.

L'avis de mention est transmis à l'officier de l'état civil de Bourg-en-Bresse et au Service central d'état civil (Nantes) pour la partenaire née à l'étranger.
Coordonnées laissées : ⟦e:elif.sahin94@gmail.com⟧ / ⟦t:0673208841⟧ ; ⟦e:j.moreaustclair@free.fr⟧ / ⟦t:07-81-55-02-16⟧.

L'officier de l'état civil, ⟦off:Agnès Thouvenot⟧, adjointe au maire.
Ancienne adresse de ⟦p:Mme Şahin⟧ (avant PACS) : ⟦a:Gül Sokak No. 12, Daire 4, Karşıyaka, 35540 İzmir⟧. Mère de la partenaire, présente : ⟦p:Ayşe Şahin⟧. Téléphone fixe du couple : ⟦t:04 78 85 61 03⟧.
"""

TXT["c06_changement_prenom_decision.txt"] = """
COMMUNE DE CHALON-SUR-SAÔNE — DÉCISION DE L'OFFICIER DE L'ÉTAT CIVIL
Objet : demande de changement de prénom (article 60 du code civil) — dossier CP-2026-018

Vu la demande déposée le 4 septembre 2026 par ⟦p:Mme Priscilla Jessica MARTIN⟧, née le ⟦bd:23 mai 1989⟧ à ⟦bp:Chalon-sur-Saône⟧, demeurant ⟦a:Les Prés Devant, 4 impasse des Saules, 71100 Saint-Rémy⟧,
tendant à substituer à son premier prénom « Priscilla » le prénom « ⟦p:Louise⟧ » ;
Vu les pièces produites, notamment les attestations de ⟦p:M. Olivier Perraud⟧, employeur, de ⟦p:Mme Sylvie Martin⟧, sa mère, et de ⟦p:Dr Hamid Saïdi⟧, médecin traitant, établissant un usage prolongé du prénom Louise ;
Considérant que la demande revêt un intérêt légitime ;

DÉCIDE : Article 1 — La requérante s'appellera désormais ⟦p:Louise Jessica MARTIN⟧.
Article 2 — Mention sera portée en marge de l'acte de naissance n° 1032 de l'année 1989 et de l'acte de naissance de son fils ⟦p:Noah MARTIN⟧, né le ⟦bd:2 février 2015⟧.
Article 3 — Notification sera faite à l'intéressée (⟦e:priscilla.martin71@orange.fr⟧ ; ⟦t:03 85 93 17 40⟧).

Fait à Chalon-sur-Saône, le 30 septembre 2026. L'officier de l'état civil, ⟦off:Gilles Platret⟧, maire.
Copie : ⟦off:M. le procureur de la République près le tribunal judiciaire de Chalon-sur-Saône⟧ (aucune saisine). Ancienne et nouvelle signature de l'intéressée : « ⟦p:P. Martin⟧ » / « ⟦p:L. Martin⟧ ». Père de l'enfant, informé : ⟦p:M. Kévin Dufour⟧, ⟦a:12 rue aux Fèvres, 71100 Chalon-sur-Saône⟧, ⟦t:06.37.20.91.84⟧.
"""

TXT["c07_demande_livret_famille_duplicata.txt"] = """
Objet : demande de second livret de famille
De : ⟦e:tiana.rakotomalala@yahoo.fr⟧
À : etatcivil@ville-tours.fr
Date : lun. 12 oct. 2026 à 09:14

Bonjour,
Suite à notre séparation, je souhaiterais obtenir un second livret de famille (mon ex-conjoint, ⟦p:M. Fabien Rousseau-Valade⟧, conserve l'original, n° ⟦id:LF 37261-2011-0448⟧).
Nous sommes mariés à Tours le ⟦bd:11/06/2011⟧. Nos enfants : ⟦p:Hery⟧ (né le ⟦bd:09/03/2012⟧ à ⟦bp:Tours⟧) et ⟦p:Mialy Rousseau-Valade⟧ (née le ⟦bd:27/10/2016⟧ à ⟦bp:Chambray-lès-Tours⟧).
Je suis moi-même née à ⟦bp:Antananarivo (Madagascar)⟧ le ⟦bd:1er avril 1985⟧, mon acte est donc au service central de Nantes.

Vous trouverez ci-joints ma pièce d'identité (CNI n° ⟦id:150437201893⟧) et un justificatif de domicile.
Nouvelle adresse : ⟦a:appt 112, 5 allée de la Chantrerie, 37100 Tours⟧.

Bien cordialement,
⟦p:Tiana RAKOTOMALALA⟧
⟦t:06 22 18 90 75⟧

---
Réponse du service (⟦off:Corinne Aubry⟧, état civil — guichet famille) : dossier reçu, livret à retirer sur rendez-vous à la mairie des Fontaines.
NB (agent) : vérifier la filiation de ⟦p:Hery Rousseau-Valade⟧ — acte n° 2012/644 ; ⟦p:Mme Rakotomalala⟧ est née le ⟦bd:01/04/1985⟧ (concordance OK). Ancienne adresse du couple : ⟦a:La Milletière, 16 rue Gustave-Flaubert, 37100 Tours⟧.
"""

TXT["c08_reconnaissance_anticipee.txt"] = """
MAIRIE DE PERPIGNAN — ACTE DE RECONNAISSANCE (avant naissance) — Acte n° 2026-R-0519

Le ⟦bd:vingt juillet deux mille vingt-six⟧, à onze heures, devant nous, ⟦off:Marie-Thérèse Sanchez-Schmid⟧, adjointe au maire, officier de l'état civil par délégation, a comparu :
⟦p:Jordi PUIGDEMONT i SOLER⟧, né le ⟦bd:2 décembre 1988⟧ à ⟦bp:Figueres, Girona (Espagne)⟧, cuisinier, domicilié ⟦a:Carrer Nou 14, 2n 1a, 17600 Figueres⟧,
lequel a déclaré reconnaître l'enfant dont ⟦p:Laëtitia Marie ROIG⟧, née le ⟦bd:15/01/1992⟧ à ⟦bp:Perpignan⟧, domiciliée ⟦a:3 rue de l'Anguille, 66000 Perpignan⟧, est enceinte.
Pièces : passeport espagnol n° ⟦id:PAC284517⟧, DNI ⟦id:47823519-T⟧ ; justificatif de domicile.
Lecture faite, le déclarant, qui parle et comprend le français, a signé avec nous.
Signé : ⟦p:J. Puigdemont⟧ — l'officier de l'état civil.

Transmission : copie remise au déclarant (⟦e:jordi.puigsoler@gmail.com⟧ — ⟦t:+34 672 41 08 93⟧).
Note de service : la mère, ⟦p:Mlle Roig⟧, ⟦ag:34 ans⟧, joignable au ⟦t:04.68.34.55.90⟧, n'était pas présente (non obligatoire). Mère du déclarant, ⟦p:Montserrat Soler Vidal⟧, interprète bénévole. Adresse de correspondance : ⟦a:Mas Roig, chemin de Château-Roussillon, 66000 Perpignan⟧.
"""

TXT["c09_demande_genealogique_courrier.txt"] = """
⟦p:Mme Odile Charpentier-Lemaire⟧
⟦a:Le Clos des Vignes, 14 route de Sancerre⟧
⟦a:18300 Bué⟧
⟦e:odile.charpentier@wanadoo.fr⟧ — généalogiste amateur (arbre « ⟦o:odilecharp18⟧ » sur Geneanet)

À Monsieur l'officier de l'état civil, Mairie de Saint-Satur

Monsieur,
Dans le cadre de mes recherches familiales, je souhaiterais obtenir la copie intégrale de l'acte de décès de mon arrière-grand-père, ⟦p:Eugène Victor CHARPENTIER⟧, décédé à Saint-Satur vers ⟦bd:1921⟧, ainsi que l'acte de mariage de ses parents, ⟦p:Jean CHARPENTIER⟧ et ⟦p:Victorine BOUDIN⟧, célébré le ⟦bd:8 février 1879⟧ (ou 1880).
Eugène était né le ⟦bd:trois mai mil huit cent quatre-vingt-un⟧ à ⟦bp:Ménétréol-sous-Sancerre⟧. Son frère ⟦p:Alphonse⟧ est mort pour la France à Verdun en ⟦bd:1916⟧. La ferme familiale figurait à l'ancien cadastre sous les ⟦cad:numéros D 401 à 404⟧ ; elle appartient aujourd'hui à ⟦p:M. Thierry Crochet⟧ (⟦cad:ZA 0112⟧).
Je joins une enveloppe timbrée. Je puis être jointe au ⟦t:02.48.54.03.62⟧ (le soir) ou au ⟦t:06 81 23 07 44⟧.

Veuillez agréer…
⟦p:O. Charpentier⟧

Réponse de la mairie du 20 novembre 2026 (⟦off:Mme Ginette Rabier⟧, secrétaire de mairie) : les actes de plus de 75 ans sont librement communicables ; copies jointes. L'acte de décès d'⟦p:Eugène Charpentier⟧ est daté du ⟦bd:17 août 1921⟧.
"""

TXT["c10_avis_mention_divorce.txt"] = """
Office notarial de Saint-Malo — ⟦off:Maître Anne-Laure Gicquel⟧, notaire
⟦off:Maître Anne-Laure Gicquel⟧ à Monsieur l'officier de l'état civil de Dinan

Objet : divorce par consentement mutuel par acte sous signature privée contresigné par avocats, déposé au rang des minutes le 2 septembre 2026 — demande de mention en marge des actes

Époux : ⟦p:Monsieur Erwan Pierre Marie LE MOAL⟧, né le ⟦bd:19 novembre 1979⟧ à ⟦bp:Dinan (22)⟧, demeurant ⟦a:La Ville-Aubert, 22100 Taden⟧,
Épouse : ⟦p:Madame Delphine Sandrine LE MOAL née BOUGEARD⟧, née le ⟦bd:7 août 1981⟧ à ⟦bp:Rennes⟧, demeurant ⟦a:22 quai Saint-Louis, 35400 Saint-Malo⟧,
mariés à Dinan le ⟦bd:vingt-quatre juin deux mille six⟧ (acte n° 89).
Avocats : Me Tiphaine Collet (barreau de Saint-Malo) et Me Paul-Yves Hingant (barreau de Rennes).

Nous vous remercions de porter la mention en marge de l'acte de mariage et de nous retourner l'avis.
Référence étude : ⟦id:AG/LEMOAL/2026-0457⟧ — correspondante : ⟦p:Mme Katell Briand⟧, clerc, ⟦t:02 99 56 78 12⟧ (poste 24).
Pièces jointes : acte de dépôt ; copie de la convention (pages 1 à 3) ; copies intégrales de naissance. Enfants communs (pour information) : ⟦p:Maël LE MOAL⟧, né le ⟦bd:02/04/2008⟧, et ⟦p:Lise LE MOAL⟧, née le ⟦bd:19/12/2011⟧ à ⟦bp:Dinan⟧.
Nouvelle adresse de l'époux après liquidation : ⟦a:2 rue de la Lainerie, 22100 Dinan⟧ — ⟦e:erwan.lemoal@orange.fr⟧ ; de l'épouse : ⟦t:06 62 71 30 19⟧.
"""

TXT["c11_concession_registre_extrait.txt"] = """
CIMETIÈRE COMMUNAL DE GRASSE — REGISTRE DES CONCESSIONS (extrait, secteur Sainte-Brigitte)

Titre | Emplacement | Durée | Concessionnaire | Domicile à l'acquisition | Inhumés
⟦id:C-1968-0214⟧ | carré 4, allée 2, n° 17 | perpétuelle | Famille ⟦p:ROSSI Antoine⟧ | ⟦a:Villa Les Mimosas, chemin de Saint-Christophe⟧ | ⟦p:Antoine ROSSI⟧ (†⟦bd:1968⟧), ⟦p:Angèle ROSSI née GIORDANO⟧ (†⟦bd:1985⟧)
⟦id:C-1992-0631⟧ | carré 7, n° 3 | 50 ans | ⟦p:M. Jean-Claude ALBERTINI⟧ | ⟦a:9, bd Victor-Hugo⟧ | ⟦p:Francesca ALBERTINI⟧ (†⟦bd:12/02/1992⟧)
⟦id:C-2001-0077⟧ | carré 9, n° 28 | 30 ans | ⟦p:Mme Nadia HADJ-AÏSSA⟧ | ⟦a:La Bastide Neuve, route de Cannes⟧ | —
⟦id:C-2016-0402⟧ | columbarium B, case 64 | 15 ans | ⟦p:M. Sergueï IVANOV (Сергей Иванов)⟧ | ⟦a:Résidence Le Patio, 23 av. Thiers⟧ | ⟦p:Olga IVANOVA⟧ (†⟦bd:3 mars 2016⟧)

Concession ⟦id:C-2001-0077⟧ échue le 1er juin 2031 : courrier à prévoir à l'ayant droit, ⟦p:Yacine Hadj-Aïssa⟧, ⟦a:Flat 2, 14 Marylebone Road, London NW1 5LS⟧, ⟦t:+44 20 7946 0321⟧.
Travaux de la concession C-1968-0214 confiés à ⟦p:Jean-Louis Pastorelli⟧, marbrier (EI, SIRET ⟦siret:802 456 715 00027⟧, ⟦t:04.93.36.18.72⟧).
Registre tenu par ⟦off:Josiane Bellone⟧, conservatrice du cimetière.
"""

TXT["c12_demande_exhumation.txt"] = """
DEMANDE D'AUTORISATION D'EXHUMATION (article R. 2213-40 du CGCT) — formulaire transcrit

Je soussigné(e) : ⟦p:RIBEIRO DA SILVA⟧ ⟦p:Manuel Joaquim⟧
Né(e) le : ⟦bd:1956-03-14⟧ à : ⟦bp:Braga (Portugal)⟧
Demeurant : ⟦a:17 rua do Souto, 4700-329 Braga, Portugal⟧
Agissant en qualité de : fils, plus proche parent du défunt
Téléphone : ⟦t:00351 253 212 407⟧ — courriel : ⟦e:mjribeiro.silva@sapo.pt⟧

sollicite l'autorisation de faire procéder à l'exhumation du corps de :
⟦p:RIBEIRO DA SILVA José⟧, décédé le ⟦bd:28 août 2009⟧ à Vienne (Isère), âgé de ⟦ag:soixante-dix-neuf ans⟧,
inhumé au cimetière de Pipet, concession n° ⟦id:P-2009-188⟧, carré 12,
en vue de : réinhumation au cimetière de Braga (transport international, laissez-passer mortuaire).
Autres ayants droit consentants : ⟦p:Maria de Fátima RIBEIRO⟧ (sœur), ⟦p:António Ribeiro⟧ (frère), domiciliés ⟦a:Rua da Boavista 55, Porto⟧.

Opérateur funéraire habilité : PFG – Services funéraires, agence de Vienne (habilitation 22-38-0105).
Date souhaitée : mardi 16 mars 2027, 8 h.
Fait à Braga, le 12 février 2027. Signature : ⟦p:M. J. Ribeiro da Silva⟧

Visa du maire : autorisation accordée — ⟦off:Thierry Kovacs⟧, maire de Vienne. Présence du fonctionnaire de police municipale : ⟦off:brigadier-chef Lucas Morel⟧.
Pièces jointes : copie du passeport portugais ⟦id:CC 10834512 4 ZX9⟧ ; acte de décès n° 2009/612 ; livret de famille du défunt (⟦id:LF 38544-1961-0092⟧). Le défunt, né le ⟦bd:2 avril 1930⟧ à ⟦bp:Guimarães⟧, avait pour dernier domicile en France ⟦a:Quartier de l'Isle, 7 rue des Célestes, 38200 Vienne⟧.
"""

TXT["c13_inscription_liste_electorale.txt"] = """
COMMUNE DE BRIANÇON — COMMISSION DE CONTRÔLE DES LISTES ÉLECTORALES
Procès-verbal de la réunion du 12 février 2027 (article L. 19 du code électoral)

Membres présents : ⟦off:M. Bernard Faure⟧, conseiller municipal ; ⟦off:Mme Sabrina Amrani⟧, conseillère municipale ; ⟦off:M. Christian Bonnardel⟧, conseiller municipal.
Secrétariat : ⟦off:Mme Laure Espitalier⟧, service élections.

1. Inscriptions d'office contestées : néant.
2. Radiations examinées (perte d'attache communale) :
 - ⟦p:BLANC Jean-Marc Roger⟧, né le ⟦bd:11/04/1970⟧ à ⟦bp:Gap⟧, INE ⟦id:204758133⟧, dernière adresse ⟦a:Les Chazals, 05100 Briançon⟧ : courrier revenu « NPAI » ; radiation maintenue.
 - ⟦p:DI MARCO épouse GUIGUES Antonella⟧, née le ⟦bd:19/09/1963⟧ à ⟦bp:Cuneo (Italie)⟧, INE ⟦id:178300462⟧ : justificatif de taxe foncière produit (⟦cad:parcelle AK 312⟧, ⟦a:chemin de Fontchristiane⟧) ; maintenue.
 - ⟦p:M. Arnaud Ζαχαρίου (Zachariou)⟧, né le ⟦bd:2 janvier 1988⟧ à ⟦bp:Thessalonique (Grèce)⟧ : inscrit sur la liste complémentaire (élections municipales et européennes) ; adresse ⟦a:Résidence du Prorel, bât. 2, 3e étage⟧.
3. Observations : ⟦p:Mme Rolande Arnaud⟧ (⟦ag:91 ans⟧), ⟦a:Villard-Saint-Pancrace, hameau des Villards⟧, demande son maintien malgré son départ en EHPAD.

Le tableau des modifications sera affiché en mairie, place de l'Europe, et à l'annexe de la rue Centrale.
"""

TXT["c14_procuration_registre.txt"] = """
COMMUNE DE SAINT-DENIS (La Réunion) — REGISTRE DES PROCURATIONS (extrait, élections municipales, scrutin du 15 mars 2027)
Bureau de vote n° 21 — École Joinville

N° | Mandant | Date de naissance | Mandataire | Date de naissance | Validité | Autorité
1 | ⟦p:PAYET Marie-Josée⟧ | ⟦bd:12/05/1958⟧ | ⟦p:HOARAU Jean-Yves⟧ | ⟦bd:30/09/1961⟧ | 1 an | gendarmerie de Sainte-Clotilde
2 | ⟦p:NATIVEL Dominique⟧ | ⟦bd:1979⟧ | ⟦p:NATIVEL née GRONDIN Sylvie⟧ | ⟦bd:1981⟧ | scrutin | commissariat Malartic
3 | ⟦p:CHANE-KIN-WAH Steeve⟧ | ⟦bd:03/03/1990⟧ | ⟦p:LAW-YEN Cindy⟧ | ⟦bd:17/07/1992⟧ | scrutin | consulat, Montréal
4 | ⟦p:ISSOP Mohammad Faïz⟧ | ⟦bd:26/11/1972⟧ | ⟦p:ISSOP Aïcha⟧ | ⟦bd:04/02/1976⟧ | 1 an | maprocuration.gouv.fr
5 | ⟦p:RIVIÈRE Gérard⟧ | ⟦bd:08/08/1944⟧ | ⟦p:FONTAINE Lucie⟧ | ⟦bd:21/10/1985⟧ | scrutin | tribunal judiciaire (domicile : ⟦a:EHPAD Les Lataniers, 6 chemin Vavangue⟧)

NIR du mandant 4, porté par erreur sur le récépissé : ⟦nir:1 72 11 97411 052 27⟧ — à rayer.
Contrôle : ⟦off:Mme Nadège Técher⟧, présidente du bureau de vote n° 21.
"""

TXT["c15_notaire_recherche_heritiers.txt"] = """
SCP ⟦off:Maîtres Vincent Lacoste et Claire Dumont-Roche⟧, notaires associés — 5 place Gambetta, 24000 Périgueux

Périgueux, le 3 décembre 2026
Mairie de Sarlat-la-Canéda — Service de l'état civil

Objet : succession de ⟦p:Mme Simone Marguerite LAVAL veuve DELPEYRAT⟧, décédée le ⟦bd:9 septembre 2026⟧ à Sarlat — recherche d'héritiers
N/Réf. : ⟦id:VL/DELPEYRAT/2026/1143⟧

Madame, Monsieur,
Nous sommes chargés du règlement de la succession susvisée. La défunte, née le ⟦bd:vingt-deux février mil neuf cent trente-quatre⟧ à ⟦bp:Carlux (Dordogne)⟧, demeurait ⟦a:lieu-dit Le Pech, 24200 Sarlat-la-Canéda⟧. Elle laisse pour seul héritier connu son neveu, ⟦p:M. Didier Delpeyrat⟧, demeurant ⟦a:88 avenue de la Libération, 33110 Le Bouscat⟧.
Un testament olographe mentionne toutefois « ma filleule ⟦p:Marinette⟧, fille de ⟦p:Paulette Rougier⟧ ». Pourriez-vous nous indiquer si votre registre comporte la naissance d'une ⟦p:Marinette ROUGIER⟧, vers ⟦bd:1958⟧ ?
L'actif comprend une maison et des terres cadastrées ⟦cad:section ZC n° 45, 46 et 112⟧ et ⟦cad:AB 201⟧.

Nous vous prions d'agréer…
Pour l'office, ⟦p:Mme Bérénice Faucher⟧, clerc principale — ⟦t:05.53.08.46.90⟧ — ⟦e:b.faucher@notaires-perigueux.fr⟧
Réponse de la mairie de Sarlat (12 décembre 2026, ⟦off:Mme Stéphanie Lacombe⟧, état civil) : naissance de ⟦p:Marinette Paulette ROUGIER⟧ le ⟦bd:3 mai 1958⟧, fille de ⟦p:Paulette ROUGIER⟧, ⟦ag:dix-neuf ans⟧, domiciliée alors ⟦a:La Canéda, route de Vitrac⟧.
"""

TXT["c16_acte_notoriete_extrait.txt"] = """
EXTRAIT D'ACTE DE NOTORIÉTÉ (article 730-1 du code civil) — transmis à la mairie pour la concession de famille

L'AN DEUX MILLE VINGT-SIX, LE ONZE DÉCEMBRE, ⟦off:Maître Hugues de Kerautem⟧, notaire à Morlaix (Finistère), a reçu le présent acte à la requête de :
⟦p:Mme Anne-Gaëlle Marie PRIGENT épouse QUÉRÉ⟧, née à ⟦bp:Morlaix⟧ le ⟦bd:30 octobre 1962⟧, demeurant ⟦a:Pen an Hent, 29600 Plourin-lès-Morlaix⟧.

IL EST ATTESTÉ que ⟦p:M. Hervé Jean PRIGENT⟧, en son vivant retraité de la SNCF, né à ⟦bp:Saint-Thégonnec⟧ le ⟦bd:14 juillet 1935⟧, veuf en uniques noces de ⟦p:Mme Jeanne LE SAOUT⟧, demeurant ⟦a:6 rue Ange-de-Guernisac, 29600 Morlaix⟧, décédé le ⟦bd:2 octobre 2026⟧, a laissé pour recueillir sa succession :
1° ⟦p:Mme Anne-Gaëlle QUÉRÉ⟧, sa fille, susnommée ;
2° ⟦p:M. Yann-Ber PRIGENT⟧, son fils, né le ⟦bd:5 mars 1966⟧ à ⟦bp:Morlaix⟧, demeurant ⟦a:1045 Rue Saint-Denis, Montréal (Québec) H2X 3J2, Canada⟧ ;
chacun pour moitié.
Immeubles dépendant de la succession : ⟦cad:section YB n° 23⟧ et ⟦cad:YB 24⟧ au lieudit Pen an Hent, et le lot 3 de la copropriété cadastrée ⟦cad:AC 155⟧ à Morlaix.

Témoins : ⟦p:M. Loïc Guillerm⟧ et ⟦p:Mme Soizic Le Gall⟧, voisins. Compte du défunt à clôturer : ⟦iban:FR76 3000 4008 1900 0123 4567 879⟧.
Pour extrait, le notaire.
Adresses électroniques des héritiers : ⟦e:ag.quere29@gmail.com⟧ ; ⟦e:yannber.prigent@videotron.ca⟧ ; téléphone de M. Prigent : ⟦t:+1 514 555 0142⟧.
"""

TXT["c17_certificat_heredite_demande.txt"] = """
Objet : RE: attestation pour débloquer le compte de papa
De : Mairie de Fontenay-le-Comte <etat-civil@ville-fontenaylecomte.fr>
À : ⟦e:guy.babin85@sfr.fr⟧

Monsieur ⟦p:Babin⟧,
La délivrance de certificats d'hérédité n'est plus assurée par les mairies. Pour un compte inférieur à 5 000 €, une attestation signée de tous les héritiers suffit (modèle sur service-public.fr) ; au-delà, adressez-vous à un notaire.
Cordialement,
⟦off:Fabienne Guérin⟧ — état civil / affaires générales — 02 51 53 40 00

> Le 14 janv. 2027 à 18:02, ⟦p:Guy Babin⟧ <⟦e:guy.babin85@sfr.fr⟧> a écrit :
> Bonjour, mon père ⟦p:Raymond BABIN⟧ est décédé le ⟦bd:3 janvier⟧ à l'hôpital. Il avait ⟦ag:92 ans⟧. La banque (Crédit Mutuel Océan) me demande un certificat d'hérédité pour le compte n° ⟦rib:15519 39046 00020013101 96⟧. Il y a aussi la maison, cadastrée ⟦cad:section AO numéro 77⟧, et un pré (⟦cad:ZH-0031⟧).
> Nous sommes trois enfants : moi, ma sœur ⟦p:Martine Babin-Jaunet⟧ (⟦a:La Gagnerie, 85200 Pissotte⟧) et mon frère ⟦p:Jean-Luc⟧ qui vit en Espagne (⟦a:Calle Mayor 12, 03590 Altea⟧).
> Mon adresse : ⟦a:15 rue des Loges, 85200 Fontenay-le-Comte⟧. Tél. ⟦t:06 84 57 20 33⟧.
> ⟦p:Guy⟧
> PS : ma sœur est joignable sur ⟦e:martine.jaunet@orange.fr⟧, mon frère ⟦p:Jean-Luc BABIN⟧ au ⟦t:+34 965 84 12 07⟧. Papa était né le ⟦bd:8 décembre 1934⟧ à ⟦bp:Mervent⟧.
"""

TXT["c18_signification_jugement.txt"] = """
SELARL ACTA JUSTICE 13 — ⟦off:Maître Samia Kherbouche⟧, commissaire de justice associée — 18 rue Breteuil, 13001 Marseille

ACTE DE SIGNIFICATION D'UN JUGEMENT — Procès-verbal de remise à étude (articles 656 et 658 du code de procédure civile)

L'an deux mille vingt-six et le vingt-trois novembre,
À la requête de : SA HLM Habitat Marseille Provence, dont le siège est 25 avenue de Frais-Vallon, 13013 Marseille, agissant poursuites et diligences de son représentant légal,
J'ai, ⟦off:Samia Kherbouche⟧, commissaire de justice, signifié à :
⟦p:Monsieur Rachid OUAHRANI⟧, né le ⟦bd:16/06/1977⟧ à ⟦bp:Marseille 15e⟧, demeurant ⟦a:Cité La Castellane, bât. G, 3e étage, porte 31, 216 boulevard Henri-Barnier, 13016 Marseille⟧,
le jugement rendu par le juge des contentieux de la protection de Marseille le 2 octobre 2026.

Modalités : n'ayant trouvé personne au domicile, dont la certitude est confirmée par le nom sur la boîte aux lettres « ⟦p:OUAHRANI R.⟧ » et par la voisine, ⟦p:Mme Fatiha Bensaïd⟧, j'ai laissé un avis de passage et la copie a été déposée en mon étude.
Coût de l'acte : 52,30 € TTC. Réf. dossier : ⟦id:AJ13-26-08842⟧.
Contact du signifié communiqué par le bailleur : ⟦t:07 53 14 62 09⟧.
Copie pour information à la mairie des 15e et 16e arrondissements (commission de prévention des expulsions).
Mentions complémentaires (feuillet 2) : co-titulaire du bail, ⟦p:Mme Nawel OUAHRANI née TAZI⟧, née le ⟦bd:04/12/1980⟧ à ⟦bp:Oujda (Maroc)⟧, même adresse ; ancienne adresse connue ⟦a:14 traverse de la Martine, 13015 Marseille⟧.
Caution solidaire : ⟦p:M. Abdelhak Ouahrani⟧, ⟦a:Les Aygalades, 2 impasse Fabre, 13015 Marseille⟧, ⟦t:04.91.60.33.28⟧ ; courriel donné au bailleur : ⟦e:rachid.ouah13@hotmail.com⟧.
Prélèvement des loyers rejeté sur le compte ⟦iban:FR33 3000 2005 5000 0015 7841 Z25⟧.
"""

TXT["c19_commandement_quitter_lieux.txt"] = """
⟦off:Maître Frédéric Vautrin⟧, commissaire de justice à Nancy — 12 rue Saint-Dizier, 54000 Nancy — tél. 03 83 35 21 00

COMMANDEMENT DE QUITTER LES LIEUX — copie adressée au maire de Vandœuvre-lès-Nancy (article R. 412-2 du code des procédures civiles d'exécution)

À la requête de ⟦p:M. Gérald SCHNEIDER⟧, bailleur, demeurant ⟦a:4 rue de la Ravinelle, 54000 Nancy⟧,
J'ai fait commandement à :
1° ⟦p:Mme Kelly Stéphanie HUMBERT⟧, née le ⟦bd:2 mai 1996⟧ à ⟦bp:Lunéville⟧,
2° ⟦p:M. Dylan ROCHE⟧, né le ⟦bd:30 décembre 1994⟧ à ⟦bp:Épinal⟧,
occupants du logement situé ⟦a:résidence Les Nations, 7 allée de Bruxelles, 2e étage droite, 54500 Vandœuvre-lès-Nancy⟧ (lot n° 34 de la copropriété, ⟦cad:section AL n° 218⟧), d'avoir à libérer les lieux dans un délai de deux mois, en vertu d'un jugement du 14 septembre 2026.

Les occupants ont déclaré : un enfant, ⟦p:Lyna⟧, ⟦ag:quatre ans⟧. Téléphone de Mme Humbert : ⟦t:0645781230⟧. Véhicule stationné au parking : Renault Clio immatriculée ⟦pl:GH-417-TZ⟧.
Copie au préfet de Meurthe-et-Moselle (CCAPEX) par voie électronique.
Décompte des sommes dues par ⟦p:Mme Humbert⟧ et ⟦p:M. Roche⟧ : 6 840,22 €. Prélèvement rejeté sur le compte ⟦iban:FR76 1131 5000 0108 0012 3456 714⟧. Activité de ⟦p:M. Roche⟧ : livreur indépendant (SIRET ⟦siret:832 771 042 00013⟧). Nouvelle adresse annoncée : chez sa mère, ⟦a:16 rue de Metz, 88000 Épinal⟧. Courriel : ⟦e:kelly.humbert96@gmail.com⟧.
"""

TXT["c20_pv_saisie_vente.txt"] = """
PROCÈS-VERBAL DE SAISIE-VENTE (articles L. 221-1 et R. 221-16 du CPCE)

L'an deux mille vingt-sept, le huit février à 9 h 15,
À la requête de la SAS Matériaux du Comtat, RCS Avignon 389 127 457,
J'ai, ⟦off:Maître Olivier Brunel-Favre⟧, commissaire de justice à Carpentras, soussigné, me suis transporté au domicile de :
⟦p:M. Ludovic Jean-Pierre AUBANEL⟧, artisan maçon, entrepreneur individuel (SIRET ⟦siret:790 345 128 00017⟧), demeurant ⟦a:Mas des Genêts, chemin de la Roque-Alric, 84330 Le Barroux⟧,
en présence de ⟦p:Mme Coralie Aubanel⟧, son épouse, et de deux témoins : ⟦p:M. Kévin Roux⟧ et ⟦p:M. Aurélien Gauthier⟧, ⟦a:quartier Saint-Pierre, 84330 Caromb⟧.

Biens saisis :
1. Un véhicule utilitaire Peugeot Boxer blanc, immatriculé ⟦pl:FZ-882-KL⟧, 214 000 km ;
2. Une mini-pelle Kubota KX 019, n° de série KX01948731 ;
3. Une remorque immatriculée ⟦pl:AB 6214 QE 84⟧ (ancien format) ;
4. Un téléviseur, un canapé d'angle.

Créance : 18 412,27 € en principal. Compte de l'artisan visé au titre exécutoire : ⟦iban:FR76 1027 8085 9000 0205 4870 147⟧.
Le débiteur, joint au ⟦t:06 13 27 41 90⟧, a été informé qu'il dispose d'un mois pour procéder à la vente amiable.
Dossier : ⟦id:OBF 27/0193⟧.
Déclarations du débiteur : la mini-pelle serait la propriété de son beau-frère, ⟦p:M. Rémi Chabaud⟧, entrepreneur individuel (SIRET ⟦siret:451 239 875 00011⟧), domicilié ⟦a:Les Hautes Garrigues, 84410 Bédoin⟧ ; une facture au nom de ⟦p:Chabaud⟧ sera produite. Né le ⟦bd:17/05/1984⟧ à ⟦bp:Carpentras⟧, ⟦p:M. Aubanel⟧ (⟦ag:42 ans⟧) déclare deux enfants à charge.
"""

TXT["c21_pv_recherches_infructueuses.txt"] = """
PROCÈS-VERBAL DE RECHERCHES INFRUCTUEUSES (article 659 du code de procédure civile)

Acte : assignation devant le tribunal judiciaire de Créteil
Destinataire : ⟦p:M. Bogdan-Ionuț POPESCU⟧, né le ⟦bd:1er juin 1985⟧ à ⟦bp:Iași (Roumanie)⟧, dernier domicile connu : ⟦a:23, rue Gabriel-Péri, 94200 Ivry-sur-Seine⟧.

Diligences accomplies par ⟦off:Maître Céline Aubert-Nguyen⟧, commissaire de justice à Vitry-sur-Seine :
- Sur place : le nom du destinataire ne figure ni sur les boîtes aux lettres ni sur l'interphone ; la gardienne, ⟦p:Mme Conceição Lopes⟧, déclare qu'il est parti « il y a six mois, sans laisser d'adresse ».
- Mairie d'Ivry-sur-Seine, service élections : pas d'inscription sur la liste électorale.
- Annuaire : le numéro ⟦t:01 46 72 18 05⟧ : non attribué ; portable connu ⟦t:+40 744 512 309⟧ : messagerie.
- Employeur déclaré (SARL Bati-Ivry) : a quitté l'entreprise.
- Réseaux sociaux : profil « ⟦o:bogdan.popescu.85⟧ » mentionnant Bucarest.
- Dernière adresse possible : ⟦a:Strada Lăpușneanu 14, bl. B2, ap. 7, Iași⟧.

En conséquence, j'ai dressé le présent procès-verbal et adressé copie par lettre recommandée au dernier domicile connu.
Réf. : ⟦id:CAN/2026/ASS/5541⟧.
Observations : selon le bailleur précédent, ⟦p:M. Marcel Touati⟧ (⟦t:06 11 47 92 50⟧), le destinataire vivait avec ⟦p:Mlle Ioana Munteanu⟧, née vers ⟦bd:1990⟧, et conduisait une Dacia Logan ⟦pl:EY-603-RK⟧ ; une adresse de réexpédition figurait sur le bail : ⟦a:chez Mme Munteanu, 5 allée des Lilas, 94400 Vitry-sur-Seine⟧. Courriel connu : ⟦e:bogdan.pop85@yahoo.ro⟧.
"""

TXT["c22_demande_concours_force_publique.txt"] = """
PRÉFECTURE DE LA GIRONDE — bureau des expulsions locatives
Copie pour avis : mairie de Mérignac, pôle solidarités (enquête sociale)

Réquisition de la force publique présentée par ⟦off:Maître Pierre-Emmanuel Dufau⟧, commissaire de justice à Bordeaux, le 4 janvier 2027.

Ménage concerné :
Nom : ⟦p:FERREIRA GOMES⟧ — Prénom : ⟦p:Ana Paula⟧ — Née le ⟦bd:12 avril 1971⟧ — ⟦ag:55 ans⟧
Conjoint : ⟦p:GOMES Rui⟧ — ⟦bd:1968⟧
Enfants au foyer : ⟦p:Inês⟧ (⟦ag:17 ans⟧), ⟦p:Tiago⟧ (⟦ag:douze ans⟧)
Adresse du logement : ⟦a:14 avenue Marcel-Dassault, appt 203, 33700 Mérignac⟧
Bailleur : SCI Les Pins de Beutre (gérant ⟦p:M. Alain Lestrade⟧)
Téléphone : ⟦t:05 56 47 12 38⟧ (fixe, ligne coupée) / ⟦t:06-98-45-12-77⟧

Avis du maire : la commune propose un relogement temporaire au foyer de l'avenue de l'Yser. Signé : ⟦off:Thierry Trijoulet⟧, maire de Mérignac.
Observations de l'enquêteur social : la famille a déposé une demande DALO (n° ⟦id:054-2026-DALO-03318⟧) ; ⟦p:Mme Ferreira Gomes⟧, née à ⟦bp:Viseu (Portugal)⟧, travaille comme agent d'entretien ; l'employeur, ⟦p:M. Jacques Lafitte⟧, ⟦a:Château Bel-Air, 33650 Martillac⟧, a fourni une attestation. NIR : ⟦nir:2 71 11 2A 004 127 08⟧ (Corse-du-Sud, selon la carte Vitale présentée).
"""

TXT["c23_saisie_attribution_denonciation.txt"] = """
DÉNONCIATION DE SAISIE-ATTRIBUTION — copie à la régie municipale des cantines (tiers saisi : la commune de Colmar, en qualité d'employeur)

⟦off:Maître Antoine Spielmann⟧, commissaire de justice à Colmar, 3 rue des Clefs.
Débiteur : ⟦p:M. Florian WALTER⟧, né le ⟦bd:23.02.1983⟧ à ⟦bp:Mulhouse (Haut-Rhin)⟧, agent technique contractuel, domicilié ⟦a:12a, Rue du Ladhof, 68000 Colmar⟧.
Créancier : ⟦p:Mme Sandrine WALTER née MEYER⟧, ⟦a:8 Grand'Rue, 68230 Turckheim⟧ (pension alimentaire arriérée, jugement du juge aux affaires familiales).
Comptes saisis : Crédit Agricole Alsace Vosges, compte n° ⟦rib:17206 00400 50123456789 40⟧ ; CCP ⟦rib:20041 01005 0500013M026 06⟧.
Somme saisie : 3 204,50 €.
Le débiteur peut contester dans le délai d'un mois devant le juge de l'exécution de Colmar.
Contact débiteur : ⟦e:flo.walter68@gmx.fr⟧ — ⟦t:+33 6 31 04 27 88⟧.
Réf. étude : ⟦id:SPI-2027-00318⟧. Carte bancaire signalée : ⟦id:4970 1012 3456 7893⟧ (opposition).
Tiers saisi interrogé : la commune, service des ressources humaines (⟦off:Mme Claudine Kuentz⟧, DRH), déclare un traitement net de 1 812 € ; ⟦p:M. Walter⟧ est également titulaire d'un compte joint avec ⟦p:Mme Jessica Kieffer⟧, sa compagne, ⟦a:3 Grand'Rue, 68000 Colmar⟧ (⟦iban:FR76 1820 6002 1065 0123 4567 859⟧). NIR figurant sur le bulletin de paie : ⟦nir:1 83 03 99 216 045 22⟧ (naissance enregistrée à l'étranger ? à vérifier).
"""

TXT["c24_liste_electorale_radiations_affichage.txt"] = """
MAIRIE DE PONT-AVEN — TABLEAU DES RECTIFICATIONS DE LA LISTE ÉLECTORALE (affiché le 2 mars 2027)

INSCRIPTIONS
⟦p:ANDRÉ⟧, ⟦p:Mathilde Rose⟧ ... ⟦a:14 rue Émile-Bernard⟧
⟦p:BIZIEN⟧, ⟦p:Corentin⟧ ... ⟦a:Kerangall⟧
⟦p:COATMEUR-LE BERRE⟧, ⟦p:Nolwenn⟧ ... ⟦a:Moulin du Plessis⟧
⟦p:VAN DER MEULEN⟧, ⟦p:Pieter⟧ (ressortissant UE, liste complémentaire) ... ⟦a:Kervaziou, route de Névez⟧
⟦p:WŁODARCZYK⟧, ⟦p:Agnieszka⟧ (liste complémentaire) ... ⟦a:3 place Paul-Gauguin⟧

RADIATIONS
⟦p:GUILLOU⟧, ⟦p:Marie-Françoise veuve JAOUEN⟧ — décès
⟦p:KERDRAON⟧, ⟦p:Yves⟧ — inscrit dans une autre commune (Concarneau)
⟦p:LE NAOUR⟧, ⟦p:Pascale⟧ — décision de la commission de contrôle

Le maire, ⟦off:Daniel Le Bras⟧
"""

TXT["c25_mail_procuration_erreur.txt"] = """
De : ⟦p:noemie.lasserre-benhamou⟧@outlook.fr
Envoyé : dimanche 14 mars 2027 22:41
À : elections@mairie-toulouse.fr
Objet : Procuration pour ma grand-mère — ⟦p:Mme Lasserre⟧ Jeanne

Bonsoir,
J'ai fait une procuration en ligne pour ma grand-mère, ⟦p:Jeanne LASSERRE⟧ (née ⟦p:CAZAUX⟧ le ⟦bd:2 janvier 1938⟧ à ⟦bp:Tarbes⟧), qui vote au bureau 142 (école Jules-Julien). Son numéro national d'électeur est le ⟦id:5531864407⟧. Le mandataire est mon oncle ⟦p:Bernard Lasserre⟧, inscrit au bureau 145, ⟦a:27 chemin des Étroits, 31400 Toulouse⟧.
Sur le récépissé il est marqué « LASSERE » avec un seul R — est-ce que ça pose problème ?
Merci d'avance,
⟦p:Noémie Lasserre-Benhamou⟧
⟦t:+33 6 45 33 19 02⟧ · insta ⟦o:@noemie.lsr⟧

---
Réponse du 15 mars, 08:05 — service élections, ⟦off:Jérôme Castaing⟧ : la concordance est faite sur le numéro d'électeur ; la procuration est valable. Bon vote à ⟦p:Mme Lasserre⟧.
PS (ajouté le 15 mars, 08:12) : ma grand-mère a aussi un numéro de bureau ancien sur sa carte (n° d'ordre ⟦id:0412⟧) ; elle habite toujours ⟦a:11 impasse Bonhoure, 31500 Toulouse⟧. Mon oncle ⟦p:Bernard⟧ est joignable au ⟦t:05 61 48 27 03⟧.
Mon adresse à moi : ⟦a:Flat 4, 22 Camden Square, London NW1 9XA⟧.
"""

TXT["c26_assesseurs_bureaux_vote.txt"] = """
COMMUNE D'AJACCIO — ÉLECTIONS MUNICIPALES DU 15 MARS 2027
Composition des bureaux de vote (assesseurs et délégués désignés par les listes)

Bureau 1 — Hôtel de ville : président ⟦off:M. Stéphane Sbraggia⟧, maire ; assesseur titulaire ⟦p:Mme Paule-Marie Santoni⟧, née le ⟦bd:30/07/1966⟧, ⟦a:résidence Les Salines, bât. B2⟧ ; suppléant ⟦p:M. Ghjuvanni Ottavi⟧.
Bureau 4 — École des Padules : assesseurs ⟦p:Mme Antonia Luciani épouse Peretti⟧ (⟦a:route du Salario, lieu-dit Vignola⟧) et ⟦p:M. Xavier Ceccaldi⟧ (né le ⟦bd:5 février 1990⟧ à ⟦bp:Bastia (2B)⟧).
Bureau 7 — Gymnase Charles-de-Gaulle : délégué de la liste « Aiacciu Inseme » : ⟦p:M. Pierre-Toussaint Cristofari⟧, ⟦t:06 14 82 73 00⟧.
Bureau 12 — Les Jardins de l'Empereur : secrétaire ⟦p:Mlle Laetizia Giacomoni⟧, ⟦ag:vingt-deux ans⟧, étudiante.

NIR de l'assesseur Ceccaldi transmis par erreur avec la liste (à supprimer du fichier) : ⟦nir:1 90 02 2B 033 010 03⟧.
Rappel : cours Napoléon et boulevard Pascal-Rossini fermés à la circulation le dimanche matin.
Bureau 9 — Salle Alban : assesseur désigné par la liste « Ajaccio en grand » : ⟦p:M. Dumè Paoli-Cesari⟧, ⟦a:Les Crêtes, villa Sole, chemin de la Pietrina⟧, ⟦t:04 95 21 66 09⟧ ; suppléante ⟦p:Mme Ghjulia Paoli⟧, née le ⟦bd:17 août 1999⟧ à ⟦bp:Aiacciu⟧ ; courriel ⟦e:ghjulia.paoli@corsica.net⟧.
"""

TXT["c27_declaration_deces_pompes_funebres.txt"] = """
DÉCLARATION DE DÉCÈS — transmise par l'opérateur funéraire (formulaire de la mairie de Limoges, saisi par l'agence)

Opérateur : Roc-Eclerc Limoges-Beaubreuil, habilitation 19-87-0042 — conseiller funéraire : ⟦p:Stéphane Vergnaud⟧ (⟦e:s.vergnaud@roc-eclerc-limoges.fr⟧, ⟦t:05 55 38 20 11⟧)

DÉFUNT
NOM : ⟦p:CHASSAGNE⟧   Nom d'usage : ⟦p:DUMAS⟧   Prénoms : ⟦p:Odette Lucienne⟧
Date et heure du décès : ⟦bd:24/01/2027⟧ à 3 h 40 — lieu : CHU Dupuytren, 2 avenue Martin-Luther-King
Née le : ⟦bd:06/06/1929⟧   à : ⟦bp:Saint-Léonard-de-Noblat (87)⟧   Âge : ⟦ag:97⟧
Domicile : ⟦a:Le Mas-Neuf, 87430 Verneuil-sur-Vienne⟧
Situation : veuve de ⟦p:René DUMAS⟧ (décédé le ⟦bd:11 novembre 2004⟧)
Père : ⟦p:Léonard CHASSAGNE⟧ — Mère : ⟦p:Marguerite DESCHAMPS⟧
Numéro de sécurité sociale : ⟦nir:2 29 06 87 151 027 11⟧

DÉCLARANT
⟦p:M. Francis DUMAS⟧, fils, ⟦ag:70 ans⟧, ⟦a:7 allée des Bruyères, 87170 Isle⟧, tél. ⟦t:06.07.58.22.19⟧

Inhumation : cimetière de Louyat, concession ⟦id:L-1977-5512⟧ (titulaire ⟦p:René Dumas⟧), le 28 janvier à 14 h 30.
Enregistré par ⟦off:Mme Pascale Nouhaud⟧, officier de l'état civil délégué (agent titulaire).
"""

TXT["c28_renouvellement_concession_relance.txt"] = """
Ville de Nîmes — Direction des cimetières — Cimetière protestant, route d'Uzès

Nîmes, le 5 octobre 2026
⟦p:Monsieur et Madame ABOULKER Élie et Myriam⟧
⟦a:4, impasse du Mas de Cheylon⟧
⟦a:30900 NÎMES⟧

Objet : concession trentenaire n° ⟦id:PROT-1996-0318⟧ échue le 12 mai 2026

Madame, Monsieur,
La concession acquise le ⟦bd:12 mai 1996⟧ par ⟦p:M. Élie Aboulker⟧, où reposent ⟦p:Mme Rachel ABOULKER née ZERBIB⟧ (⟦bd:1912-1996⟧) et ⟦p:M. Salomon ABOULKER⟧ (⟦bd:1908-2001⟧), est arrivée à échéance. Vous disposez d'un délai de deux ans pour la renouveler (tarif 2026 : 412 €).
À défaut, la commune pourra reprendre le terrain ; les restes seront déposés à l'ossuaire.

Une autre ayant droit nous a été signalée : ⟦p:Mme Déborah Aboulker-Hazan⟧, ⟦a:Rehov Herzl 45, Haïfa (Israël)⟧, ⟦e:deborah.hazan@gmail.com⟧.
Pour tout renseignement : ⟦off:M. Olivier Fabre⟧, gestionnaire des concessions, 04 66 76 70 61.
Coupon-réponse reçu le 2 novembre 2026 : « Nous renouvelons pour 30 ans. Règlement par chèque n° 2280417. ⟦p:Myriam Aboulker⟧, ⟦t:04 66 84 17 32⟧, ⟦e:myriam.aboulker@free.fr⟧. Notre fils ⟦p:Nathan⟧, né le ⟦bd:3 janvier 1990⟧, sera le prochain ayant droit (⟦a:18 rue Monjardin, 30000 Nîmes⟧). »
"""

TXT["c29_transcription_naissance_etranger.txt"] = """
SERVICE CENTRAL D'ÉTAT CIVIL — avis de transcription adressé à la mairie de résidence (Cergy)

Acte de naissance dressé à Shanghai (Chine) et transcrit sur les registres consulaires.
Enfant : ⟦p:DUPRAT Léo Wenjie⟧ (⟦p:杜乐⟧), né le ⟦bd:二〇二六年五月十八日⟧ (⟦bd:18 mai 2026⟧) à ⟦bp:Shanghai, district de Xuhui⟧.
Père : ⟦p:DUPRAT Mathieu Henri⟧, né le ⟦bd:7/11/1987⟧ à ⟦bp:Pontoise (Val-d'Oise)⟧.
Mère : ⟦p:ZHANG Wenjing⟧ (⟦p:张文静⟧), née le ⟦bd:21/03/1989⟧ à ⟦bp:Hangzhou (Zhejiang)⟧, passeport ⟦id:E83920471⟧.
Domicile des parents : ⟦a:Room 1802, No. 88 Tianyaoqiao Road, Xuhui District, Shanghai⟧ ; adresse en France : ⟦a:11 rue de la Gare, 95000 Cergy⟧.
Livret de famille à compléter : n° ⟦id:LF-95127-2019-00233⟧.
L'agent instructeur : ⟦off:M. Yannick Le Quellec⟧, SCEC Nantes.
Déclarant à la mairie de Cergy (pour mise à jour du livret) : grand-mère paternelle, ⟦p:Mme Hélène Duprat⟧, ⟦a:8 avenue du Hazay, 95800 Cergy⟧, ⟦t:01 30 38 54 02⟧, ⟦e:helene.duprat@sfr.fr⟧ ; WeChat de la mère : ⟦o:wenjing_zh89⟧.
"""

TXT["c30_changement_nom_usage.txt"] = """
Formulaire Cerfa 16229 — demande de changement de nom de famille (article 61-3-1 du code civil) — déposé en mairie de Grenoble

Nom actuel : ⟦p:BERTRAND⟧  Prénoms : ⟦p:Maëlys Clara⟧
Né(e) le : ⟦bd:29 février 2000⟧ — à : ⟦bp:La Tronche (38)⟧
Nom choisi : ⟦p:OUEDRAOGO BERTRAND⟧ (adjonction du nom de la mère, ⟦p:Mme Salimata Ouédraogo⟧)
Adresse : ⟦a:Le Village Olympique, 3 rue Henri-Duhamel, bât. 5, 38100 Grenoble⟧
Téléphone : ⟦t:04 76 09 45 81⟧ ou ⟦t:07 70 55 31 12⟧
Courriel : ⟦e:maelys.bertrand@etu.univ-grenoble-alpes.fr⟧
Pièce d'identité : passeport n° ⟦id:18DC23990⟧, délivré le ⟦bd:4/09/2018⟧ — ⟦p:Maëlys⟧ coche « une seule fois dans la vie ».

Confirmation reçue le 12 janvier 2027 (délai de réflexion d'un mois) ; mention portée par ⟦off:Mme Christine Garnier⟧, adjointe à l'état civil.
Parents de la requérante (pour information, actes à mettre à jour) : père ⟦p:Lionel Bertrand⟧, né le ⟦bd:12/01/1972⟧ à ⟦bp:Voiron⟧ ; mère ⟦p:Salimata Ouédraogo⟧, née le ⟦bd:08/08/1975⟧ à ⟦bp:Ouagadougou (Burkina Faso)⟧, ⟦a:La Crique, 38500 Coublevie⟧.
"""

TXT["c31_reponse_genealogiste_successoral.txt"] = """
Cabinet de généalogie successorale Andriveau — 14 rue de Cléry, 75002 Paris (RCS Paris B 542 017 836)

Mairie de Condom (Gers) — état civil
Paris, le 22 septembre 2026

Objet : succession ⟦p:LABORDE Marcel⟧ — mandat de ⟦off:Maître Sophie Dubarry⟧, notaire à Auch
Notre référence : ⟦id:AND/32/L-2026-7741⟧

Madame, Monsieur,
Nous recherchons la descendance de ⟦p:Joseph LABORDE⟧ (né à ⟦bp:Condom⟧ le ⟦bd:11 thermidor an XII⟧, soit le ⟦bd:30 juillet 1804⟧) et de son épouse ⟦p:Jeanne-Marie DUCASSE⟧. Nous sollicitons :
- l'acte de naissance d'⟦p:Émile Laborde⟧, né vers ⟦bd:1902⟧ au ⟦a:hameau de Gauge⟧ ;
- l'acte de mariage de ⟦p:Émile Laborde⟧ et de ⟦p:Francine Lalanne⟧ (⟦bd:1928⟧ ?) ;
- la naissance de leur fille ⟦p:Paulette⟧ (entre 1930 et 1935), mariée ensuite à un ⟦p:M. Soubiran⟧.
Le défunt, ⟦p:M. Marcel Laborde⟧, est décédé sans héritier connu le ⟦bd:2 avril 2026⟧ à Toulouse, ⟦ag:81 ans⟧.

Notre généalogiste, ⟦p:Mme Clémence Tarride⟧ (⟦t:06 70 12 58 43⟧ ; ⟦e:c.tarride@andriveau.fr⟧), passera consulter les registres le 6 octobre. Elle exerce à titre indépendant (SIREN ⟦siret:412 356 784⟧) pour notre cabinet.
Dernier domicile du défunt : ⟦a:22 rue des Filatiers, 31000 Toulouse⟧ ; compte successoral ouvert chez Me Dubarry. ⟦p:M. Soubiran⟧ pourrait être ⟦p:Roger Soubiran⟧, décédé en ⟦bd:1999⟧ à ⟦bp:Eauze⟧.
"""

TXT["c32_pv_reprise_concessions_abandon.txt"] = """
COMMUNE DE SAINT-FLOUR — PROCÈS-VERBAL DE CONSTAT D'ÉTAT D'ABANDON DE CONCESSIONS (article R. 2223-13 du CGCT) — cimetière de Besserette

Le mardi 6 octobre 2026, à 10 heures, nous, ⟦off:Pierre Jarlier⟧, maire, assisté de ⟦off:M. Serge Chambon⟧, garde champêtre, avons constaté :

Concession n° ⟦id:B-1921-0045⟧ — titulaire : famille ⟦p:CHABRIER-VIGOUROUX⟧ — inhumés : ⟦p:Antoine Chabrier⟧ (⟦bd:1921⟧), ⟦p:Marie Vigouroux⟧ (⟦bd:1933⟧). Monument effondré, croix brisée. Descendant présumé : ⟦p:M. Henri Chabrier⟧, ⟦a:La Bastide, 15100 Roffiac⟧, présent, qui déclare ne pas vouloir entretenir.
Concession n° ⟦id:B-1936-0112⟧ — titulaire : ⟦p:Mme veuve ASTRUC Léontine⟧ — aucun descendant connu ; courrier au dernier domicile (⟦a:rue des Agials⟧) revenu.
Concession n° ⟦id:B-1950-0203⟧ — titulaire : ⟦p:M. Jules TOURLAN⟧ — représentée par ⟦p:Mme Nicole Tourlan-Bès⟧ (⟦t:04 71 60 22 87⟧), qui s'engage à restaurer la sépulture avant trois ans.

Le présent procès-verbal sera affiché à la porte de la mairie et du cimetière pendant un mois et notifié aux familles connues.
Observations des familles : ⟦p:M. Henri Chabrier⟧, ⟦ag:83 ans⟧, signale une cousine, ⟦p:Mme Éliane Vigouroux-Delmas⟧ (⟦a:12 avenue du Docteur-Mallet, 15000 Aurillac⟧ ; ⟦t:04 71 48 20 95⟧). ⟦p:Mme Tourlan-Bès⟧ demeure ⟦a:La Roche, route de Murat⟧, courriel ⟦e:nicole.tourlan@orange.fr⟧.
"""

TXT["c33_inventaire_succession_mobilier.txt"] = """
PROCÈS-VERBAL D'INVENTAIRE (succession) — dressé par ⟦off:Maître Gaëlle Moreau-Richard⟧, commissaire de justice à Angers, à la demande de ⟦off:Maître Thomas Blouin⟧, notaire

Date : lundi 18 janvier 2027, 14 h.
Succession de : ⟦p:M. Jacques André BODINIER⟧, décédé le ⟦bd:21 novembre 2026⟧, dernier domicile ⟦a:La Croix-Verte, route de Brissac, 49320 Les Garennes-sur-Loire⟧.
Présents : ⟦p:Mme Brigitte BODINIER épouse CHAUVEAU⟧ (fille), ⟦a:5 square Jean-Moulin, 49100 Angers⟧ ; ⟦p:M. Sébastien Bodinier⟧ (fils), représenté par ⟦p:Mme Aurélie Pasquier⟧, sa compagne.

Pièce 1 (salon) : une horloge comtoise, un buffet deux corps, une collection de 214 cartes postales anciennes (« ⟦p:collection Bodinier⟧ »).
Garage : un véhicule Citroën DS 21 immatriculé ⟦pl:4718 VL 49⟧ (carte grise au nom du défunt) ; un tracteur Renault N72 immatriculé ⟦pl:CK-051-GR⟧.
Documents trouvés : livret de famille n° ⟦id:49007-1968-112⟧ ; livret A, compte ⟦rib:30003 01294 00050672183 44⟧ ; acte de propriété des ⟦cad:parcelles ZB 17 et ZB 18⟧.
Clés remises à ⟦p:Mme Chauveau⟧.
Le clerc, ⟦p:M. Hugo Rétif⟧, a relevé les coordonnées : ⟦p:Mme Chauveau⟧ ⟦t:02 41 66 09 27⟧, ⟦e:brigitte.chauveau49@laposte.net⟧ ; ⟦p:M. Sébastien Bodinier⟧, ⟦a:Route de Fougères 31, 1700 Fribourg (Suisse)⟧, ⟦t:+41 26 322 45 10⟧.
"""

TXT["c34_attestation_immobiliere_mairie.txt"] = """
⟦off:Maître Isabelle Fontanel⟧, notaire à Millau (Aveyron)
à Monsieur le Maire de Nant — pour information (droit de préemption et mise à jour du rôle de la taxe foncière)

ATTESTATION IMMOBILIÈRE APRÈS DÉCÈS
Défunt : ⟦p:M. Aimé Casimir VIDAL⟧, né le ⟦bd:3 février 1931⟧ à ⟦bp:Saint-Jean-du-Bruel⟧, décédé à Millau le ⟦bd:19 juillet 2026⟧.
Ayants droit : ⟦p:Mme Josette VIDAL épouse GRAL⟧, domiciliée ⟦a:Le Mas de Pommiers, 12230 Nant⟧, et ⟦p:M. Didier VIDAL⟧, domicilié ⟦a:Calle Sant Pere 8, 08191 Rubí (Barcelona)⟧, chacun pour moitié indivise.

Immeubles situés à Nant :
Section | Numéro | Lieudit | Nature | Contenance
C | ⟦cad:412⟧ | ⟦a:Les Cazals⟧ | terre | 0 ha 38 a 10 ca
C | ⟦cad:413⟧ | ⟦a:Les Cazals⟧ | lande | 1 ha 02 a 45 ca
⟦cad:AB 97⟧ | | Le Bourg, ⟦a:rue du Claux⟧ | maison | 0 ha 01 a 12 ca

Les héritiers ont désigné ⟦p:M. Didier Vidal⟧ comme interlocuteur (⟦t:+34 636 47 29 10⟧ ; ⟦e:didier.vidal.rubi@gmail.com⟧).
Pour mémoire : la défunte épouse, ⟦p:Mme Rose VIDAL née ALIBERT⟧, décédée le ⟦bd:4 mars 2001⟧ ; ⟦p:Mme Gral⟧, née le ⟦bd:22 juin 1957⟧, est joignable au ⟦t:05 65 62 29 14⟧. Bien loué à ⟦p:M. Thomas Perret⟧ (⟦a:rue du Claux, 12230 Nant⟧).
"""

TXT["c35_mail_chaine_etude_mairie_expulsion.txt"] = """
De : ⟦p:Marion Lecoq⟧ <⟦e:m.lecoq@huissiers-lille-metropole.fr⟧>
Envoyé : mercredi 3 février 2027 11:17
À : ccas@mairie-tourcoing.fr
Cc : ⟦off:Maître Benoît Vandewalle⟧ <b.vandewalle@huissiers-lille-metropole.fr>
Objet : Expulsion ⟦p:DELATTRE⟧ / SA Vilogia — 112 rue de Menin — date prévisionnelle

Madame, Monsieur,
Nous vous informons que le concours de la force publique a été accordé pour l'expulsion de ⟦p:M. Jimmy Delattre⟧ et de ⟦p:Mme Samantha Delattre née Vanhove⟧, occupants du ⟦a:112 rue de Menin, rez-de-chaussée, 59200 Tourcoing⟧. L'opération est prévue le 9 mars à 8 h.
Le couple a trois enfants (⟦p:Kenzo⟧, ⟦p:Lola⟧ et ⟦p:Nathan⟧). Dernier contact : ⟦t:06 52 28 71 45⟧.
Le garde-meubles retenu est Demeco Roubaix. Les meubles non réclamés seront portés à l'entrepôt de la rue du Congo.

Cordialement,
⟦p:Marion LECOQ⟧
Clerc significatrice — SCP Vandewalle & Associés, commissaires de justice
Ligne directe ⟦t:03 20 26 48 17⟧ — portable ⟦t:+33 (0) 7 61 20 93 05⟧
> Message initial du bailleur (transféré) : « Locataires ⟦p:DELATTRE Jimmy⟧ (né le ⟦bd:12/03/1991⟧) et ⟦p:Samantha⟧ ; caution ⟦p:M. Gérard Vanhove⟧, ⟦a:47 rue de Lille, 59250 Halluin⟧. Véhicule du locataire garé dans la cour : ⟦pl:FD-118-XM⟧. Compte de prélèvement : ⟦rib:13807 00812 32021876543 38⟧. »
"""

TXT["c36_ossuaire_liste_reprises.txt"] = """
COMMUNE DE LUNÉVILLE — LISTE DES RESTES DÉPOSÉS À L'OSSUAIRE (reprise des concessions du carré F, 2026)
Tenue en application de l'article R. 2223-6 du CGCT — registre consultable en mairie

Boîte | Provenance | Noms des défunts (d'après les plaques et le registre) | Années
F-01 | F 12 | ⟦p:MATHIEU Nicolas⟧ ; ⟦p:MATHIEU née COLIN Eugénie⟧ | ⟦bd:1899⟧–⟦bd:1954⟧ / ⟦bd:1903⟧–⟦bd:1961⟧
F-02 | F 15 | ⟦p:SCHWARTZ Émile⟧ (dit « ⟦p:Milo⟧ ») | ⟦bd:1910⟧–⟦bd:1972⟧
F-03 | F 16 | ⟦p:de FICQUELMONT Hélène⟧ | ⟦bd:1888⟧–⟦bd:1966⟧
F-04 | F 21 | ⟦p:MAZIÈRES⟧ (prénom illisible) | —
F-05 | F 22 | ⟦p:BRÜCKNER Karl-Heinz⟧ ; ⟦p:BRÜCKNER Gertrud⟧ | ⟦bd:1921⟧–⟦bd:1980⟧ / ⟦bd:1925⟧–⟦bd:1993⟧

Famille s'étant manifestée après reprise : ⟦p:M. Patrick Mathieu⟧, ⟦a:31 rue Erckmann-Chatrian, 54300 Lunéville⟧ (⟦t:03.83.74.20.66⟧), souhaite un jardin du souvenir.
Opérations réalisées par la marbrerie Gauthier (SARL, SIRET 512 963 844 00018), sous le contrôle de ⟦off:Mme Élise Humbert⟧, responsable du service des cimetières.
"""

TXT["c37_demande_acte_mariage_usa.txt"] = """
Subject: Request for a full copy of a marriage certificate (acte de mariage) — Bayeux, 1946
From: "⟦p:Margaret O'Sullivan-Hébert⟧" <⟦e:peggyosh1951@aol.com⟧>
To: etatcivil@bayeux.fr
Date: Tue, 9 Feb 2027 03:12:44 -0500

Dear Sir or Madam,
My parents, ⟦p:Sgt. William J. O'Sullivan⟧ (US Army, born ⟦bd:April 3, 1922⟧ in ⟦bp:Worcester, Massachusetts⟧) and ⟦p:Miss Yvette Hébert⟧ (born ⟦bd:12/19/1925⟧ in ⟦bp:Vaux-sur-Aure⟧), were married in Bayeux on ⟦bd:June 15th, 1946⟧. I need a full copy (copie intégrale) for my Irish citizenship application.
Please send it to: ⟦a:1407 Elm Street, Apt 3B, Manchester, NH 03101, USA⟧.
My phone: ⟦t:+1 (603) 555-0187⟧. My passport: ⟦id:566012473⟧.
My little blog about my French family: ⟦o:peggysfrenchroots.blogspot.com⟧ (Instagram ⟦o:@peggy.osh⟧).
Thank you so much,
⟦p:Peggy⟧ (⟦p:Margaret⟧) O'Sullivan-Hébert, ⟦ag:75⟧ years old

--
Réponse : copie intégrale de l'acte n° 118 de 1946 expédiée le 15 février 2027 (⟦off:Mme Virginie Leroy⟧, service population).
P.S. My late mother's maiden name may also be spelt "⟦p:Hebert⟧" without the accent; her brother ⟦p:René Hébert⟧ lived at ⟦a:La Ferme du Bois, Vaux-sur-Aure⟧ until his death in ⟦bd:1998⟧. My cousin ⟦p:Dominique Lecornu⟧ (⟦e:dlecornu14@orange.fr⟧, ⟦t:02 31 92 06 58⟧) can collect it if easier.
"""

TXT["c38_arrete_inhumation_terrain_commun.txt"] = """
COMMUNE DE CAVAILLON — ARRÊTÉ MUNICIPAL N° 2026-CIM-088
Portant autorisation d'inhumation en terrain commun d'une personne dépourvue de ressources suffisantes

Le maire de Cavaillon,
Vu le code général des collectivités territoriales, notamment ses articles L. 2213-7 et L. 2223-27 ;
Vu l'acte de décès de ⟦p:M. Abdelkader Ould-Mansour⟧, dit « ⟦p:Kader⟧ », né vers ⟦bd:1959⟧ à ⟦bp:Tiznit (Maroc)⟧, décédé le ⟦bd:27 novembre 2026⟧ au centre hospitalier de Cavaillon, sans domicile fixe (dernière adresse connue : ⟦a:foyer ADOMA, 120 avenue Gabriel-Péri⟧) ;
Considérant qu'aucun membre de la famille n'a pu être joint, malgré les recherches auprès du consulat du Maroc et de ⟦p:M. Brahim Ould-Mansour⟧, frère présumé, ⟦a:Derb Lalla Zineb 17, Tiznit⟧ ;

ARRÊTE :
Article 1 — L'inhumation aura lieu au cimetière de Cavaillon, carré des indigents, tombe n° 34, le 4 décembre 2026.
Article 2 — Les frais sont pris en charge par la commune. Un ami du défunt, ⟦p:M. Gilbert Roumanille⟧ (⟦t:06 20 48 91 37⟧), sera informé de la date.

Fait à Cavaillon, le 1er décembre 2026. Le maire, ⟦off:Gérard Daudet⟧
Article 3 — Les effets personnels (un passeport marocain périmé n° ⟦id:UZ5432187⟧ et une lettre adressée à ⟦p:Mme Fatima Ould-Mansour⟧, ⟦a:Hay Mohammadi, rue 14 n° 22, Agadir⟧) seront conservés en mairie un an.
Une fiche a été remise par ⟦p:Mme Josiane Béraud⟧, bénévole de l'association d'accueil de jour (⟦t:04 90 78 12 66⟧), qui connaissait le défunt depuis ⟦bd:2011⟧ ; il avait, selon elle, ⟦ag:soixante-sept ans⟧.
"""

TXT["c39_note_manuscrite_guichet.txt"] = """
[note manuscrite transcrite — guichet état civil, mairie annexe de Bellevue, Nantes]

mr ⟦p:diallo mamadou saliou⟧ passé ce matin 10h — veut copie acte naiss. de sa fille ⟦p:fatoumata binta⟧ née ici le ⟦bd:3/8/2019⟧
→ pas le livret, a juste son titre d'identité guinéen n° ⟦id:GN-0923-4417⟧ (nom écrit DIALO)
→ la mère ⟦p:mme sow kadiatou⟧ est à ⟦a:la Bottière, 4 rue de la Basse-Chênaie, esc. 2⟧, tél ⟦t:0 7 4 5 2 1 8 8 0 3⟧
rappeler au ⟦t:06 05 38 14 77⟧ après 17h !! parle peul, sa cousine ⟦p:Aïssatou⟧ traduit
acte trouvé : n° 2019/3318 ✔ remis en main propre 11h20 — ⟦off:Martine G.⟧ (agent d'accueil)
+ le papa redemande pour son fils ⟦p:Ibrahima⟧ (né à ⟦bp:Conakry⟧ le ⟦bd:12 janv. 2015⟧) → acte à Nantes SCEC, lui donner le formulaire
+ adresse perso du papa : ⟦a:9 bd Jules-Verne, appt 307⟧ (pas la même que la maman !)
+ ⟦p:DIALLO⟧ a oublié sa carte ⟦id:GN-0923-4417⟧ sur le comptoir → mise au coffre, mail envoyé à ⟦e:msdiallo44@yahoo.fr⟧
"""

TXT["c40_bordereau_envoi_avis_mentions.txt"] = """
MAIRIE DE VANNES — ÉTAT CIVIL — BORDEREAU D'ENVOI DES AVIS DE MENTION (semaine 6 / 2027)

Destinataire | Acte à mentionner | Intéressé(s) | Nature de la mention
Mairie d'Auray | naissance n° 1988/214 | ⟦p:LE GAL Youenn⟧, né le ⟦bd:05.06.1988⟧ | mariage du ⟦bd:06.02.2027⟧ avec ⟦p:EVENO Gaëlle⟧
SCEC Nantes | naissance (Dakar) | ⟦p:EVENO Gaëlle⟧ née ⟦p:NDIAYE⟧, née le ⟦bd:11.11.1990⟧ à ⟦bp:Dakar⟧ | idem
Mairie de Lorient | naissance n° 1975/1702 | ⟦p:JÉGO Christophe⟧ | PACS dissous le ⟦bd:2 février 2027⟧ (⟦p:JÉGO⟧ / ⟦p:TANGUY-BOURHIS⟧)
Mairie de Pontivy | mariage n° 2003/41 | ⟦p:ROBIC Thierry⟧ & ⟦p:ROBIC née LE MEUR Sylvie⟧ | divorce (acte de dépôt de ⟦off:Maître Jégat⟧, notaire)
Mairie de Vannes | naissance n° 2021/883 | ⟦p:HAMDAOUI Yasmine⟧ | changement de prénom : ⟦p:Yasmina⟧
Ambassade du Vietnam | — | ⟦p:PHẠM Văn Đức⟧, ⟦bd:1962⟧ | décès du ⟦bd:1er février 2027⟧ à Vannes

Expédié le 9 février 2027 par ⟦off:Gwénola Le Ny⟧, agent d'état civil. Contact : 02 97 01 60 00 (standard, place Maurice-Marchais).
Retour : l'avis pour ⟦p:Phạm Văn Đức⟧ (né à ⟦bp:Hải Phòng⟧) est à adresser à son fils ⟦p:M. Phạm Minh Tuấn⟧, ⟦a:5 rue Thiers, 56000 Vannes⟧, ⟦t:07 82 14 59 30⟧.
"""


# ---------------------------------------------------------------------------------------------------
# HTML: title, optional extra <head> lines, body.

HTML["h01_carnet_etat_civil_bulletin.html"] = {
    "title": "Carnet de l'état civil — bulletin municipal de Quimperlé, hiver 2027",
    "body": """
<h1>Carnet</h1>
<p>Publié avec l'accord des familles.</p>
<h2>Naissances</h2>
<ul>
<li>⟦bd:2 novembre⟧ : <strong>⟦p:Maël⟧</strong>, fils de ⟦p:Gurvan Le Dû⟧ et ⟦p:Anaïs Cariou⟧, ⟦a:Kerlaouen⟧</li>
<li>⟦bd:19 novembre⟧ : <strong>⟦p:Inaya⟧</strong>, fille de ⟦p:Mehdi&nbsp;Zerrouki⟧ et ⟦p:Justine Le&nbsp;Corre⟧, ⟦a:rue Savary⟧</li>
<li>⟦bd:30 déc.⟧ : <strong>⟦p:Louane⟧</strong> chez ⟦p:Mme&nbsp;et M.&nbsp;<span>Pen</span>nec⟧</li>
</ul>
<h2>Mariages</h2>
<ul>
<li>⟦bd:12 décembre⟧ : ⟦p:Élise Kervella⟧, professeure des écoles, et ⟦p:Tomasz Nowicki⟧, ébéniste, célébré par ⟦off:Michaël Quernez⟧, maire</li>
</ul>
<h2>Décès</h2>
<table>
<tr><th>Date</th><th>Nom</th><th>Âge</th><th>Domicile</th></tr>
<tr><td>⟦bd:04/11⟧</td><td>⟦p:Marie-Josèphe Le Guern née Tanguy⟧</td><td>⟦ag:94 ans⟧</td><td>⟦a:EHPAD de Ty-Bodel⟧</td></tr>
<tr><td>⟦bd:21/11⟧</td><td>⟦p:Jean-François <em>dit Jeff</em> Guillemot⟧</td><td>⟦ag:67 ans⟧</td><td>⟦a:Moulin de Lésardré⟧</td></tr>
<tr><td>⟦bd:08/12⟧</td><td>⟦p:Ahmet Yıldırım⟧</td><td>⟦ag:soixante-douze ans⟧</td><td>⟦a:13 rue Brizeux⟧</td></tr>
</table>
<p>Vous souhaitez faire paraître un avis&nbsp;? Écrivez à <a href="mailto:communication@quimperle.bzh">communication@quimperle.bzh</a>.</p>
""",
}

HTML["h02_concessions_echues_affichage.html"] = {
    "title": "Cimetière de Carouge — concessions arrivées à échéance",
    "head": '<meta name="description" content="Liste des concessions échues au cimetière de la rue Pasteur, Saint-Chamond">\n',
    "body": """
<h1>Concessions arrivées à échéance (cimetière de Carouge, Saint-Chamond)</h1>
<p>Les familles disposent de deux ans pour renouveler. Liste affichée à l'entrée du cimetière, rue Victor-Hugo.</p>
<table border="1">
<thead><tr><th>N°</th><th>Emplacement</th><th>Concessionnaire</th><th>Date d'acquisition</th><th>Dernier domicile connu</th></tr></thead>
<tr><td>⟦id:CAR-1996-0233⟧</td><td>Carré 5, rang 3</td><td>⟦p:BONNEFOY⟧ <br>⟦p:Marcel⟧</td><td>14/03/1996</td><td>⟦a:9 rue de la Grand'Côte, 42400 Saint-Chamond⟧</td></tr>
<tr><td>⟦id:CAR-1996-0241⟧</td><td>Carré 5, rang 4</td><td>⟦p:FERRARA-GUILLOT Giuseppina⟧</td><td>02/05/1996</td><td>⟦a:La Valla-en-Gier, lieu-dit Le Sardier⟧</td></tr>
<tr><td>⟦id:CAR-1996-0259⟧</td><td>Carré 6, rang 1</td><td>⟦p:M. et Mme <b>Ould</b> <b>Ahmed</b>⟧</td><td>27/08/1996</td><td>⟦a:Cité de la Varizelle, bât. 4⟧</td></tr>
<tr><td>⟦id:CAR-1996-0260⟧</td><td>Carré 6, rang 1</td><td>⟦p:COURBON Jeanne veuve PEYRON⟧</td><td>30/08/1996</td><td>⟦a:2 pl. de la Liberté, Izieux⟧</td></tr>
</table>
<p>Renseignements : ⟦off:M. Cédric Faure⟧, service des cimetières, 04 77 31 04 00. Contact d'une ayant droit connue (concession 0241) : <a href="mailto:⟦e:rosanna.ferrara@libero.it⟧">⟦p:Rosanna Ferrara⟧</a>, ⟦t:+39 011 562 3381⟧.</p>
<p>Titulaire de la concession 0233, ⟦p:M. Marcel Bonnefoy⟧, né en ⟦bd:1931⟧ ; son petit-fils ⟦p:Romain Bonnefoy⟧ s'est manifesté : <a href="mailto:⟦e:romain.bonnefoy42@gmail.com⟧">courriel</a>, ⟦t:06-72-18-44-09⟧.</p>
""",
}

HTML["h03_formulaire_livret_famille_soumis.html"] = {
    "title": "Demande de livret de famille — formulaire en ligne n° 2026-LF-4471",
    "body": """
<h1>Récapitulatif de votre demande de second livret de famille</h1>
<form>
<fieldset><legend>Demandeur</legend>
<label>Nom</label> <input type="text" value="" readonly> <span class="val">⟦p:AL-HAMADI⟧</span><br>
<label>Prénom</label> <span class="val">⟦p:Leïla⟧</span><br>
<label>Date de naissance</label> <span class="val">⟦bd:1987-12-24⟧</span><br>
<label>Lieu de naissance</label> <span class="val">⟦bp:Bagdad (Irak)⟧</span><br>
<label>Adresse</label> <span class="val">⟦a:7, chemin de la Côte-Blanche⟧</span> <span class="val">⟦a:69510 Soucieu-en-Jarrest⟧</span><br>
<label>Téléphone</label> <span class="val">⟦t:04&nbsp;78&nbsp;05&nbsp;22&nbsp;61⟧</span><br>
<label>Courriel</label> <span class="val">⟦e:leila.alhamadi@protonmail.com⟧</span>
</fieldset>
<fieldset><legend>Famille</legend>
<table>
<tr><th>Rôle</th><th>Nom</th><th>Prénoms</th><th>Né(e) le</th><th>À</th></tr>
<tr><td>Conjoint</td><td>⟦p:GIRARD⟧</td><td>⟦p:Benoît Paul⟧</td><td>⟦bd:14/05/1985⟧</td><td>⟦bp:Lyon 4e⟧</td></tr>
<tr><td>Enfant 1</td><td>⟦p:GIRARD AL-HAMADI⟧</td><td>⟦p:Adam⟧</td><td>⟦bd:02/02/2016⟧</td><td>⟦bp:Lyon 8e⟧</td></tr>
<tr><td>Enfant 2</td><td>⟦p:GIRARD AL-HAMADI⟧</td><td>⟦p:Nour⟧</td><td>⟦bd:18/10/2019⟧</td><td>⟦bp:Oullins⟧</td></tr>
</table>
<p>Motif : perte lors d'un déménagement. Numéro de l'ancien livret : ⟦id:69238/2014/0087⟧. Date du mariage : ⟦bd:28&nbsp;juin&nbsp;2014⟧ (Lyon 4e).</p>
</fieldset>
</form>
<p>Demande instruite par la mairie de Soucieu-en-Jarrest — agent : ⟦off:Nathalie Grange⟧.</p>
""",
}

HTML["h04_annuaire_notaires_mentions.html"] = {
    "title": "Mentions reçues des études notariales — janvier 2027",
    "body": """
<h1>Mentions reçues des offices notariaux (janvier 2027)</h1>
<table>
<tr><th>Office</th><th>Type</th><th>Personnes</th><th>Date de l'acte</th></tr>
<tr><td>⟦off:Me Raphaël Assouline⟧, Paris 17e</td><td>changement de régime matrimonial</td><td>⟦p:Aurore DELAHAYE⟧ et ⟦p:Grégoire DELAHAYE⟧ (mariés le ⟦bd:9 septembre 2000⟧)</td><td>6 janvier 2027</td></tr>
<tr><td>⟦off:Me Claire-Eugénie Roux⟧, Nice</td><td>dépôt de convention de divorce</td><td>⟦p:Dimitri Papadópoulos (Δημήτρης Παπαδόπουλος)⟧ / ⟦p:Sarah Lévy⟧</td><td>12 janvier 2027</td></tr>
<tr><td>⟦off:Me Joseph Mbappé-Ekwalla⟧, Bobigny</td><td>acte de notoriété (possession d'état)</td><td>⟦p:Ibrahima Koné⟧, né le ⟦bd:7 avril 2009⟧, à l'égard de ⟦p:Seydou Koné⟧ (†)</td><td>19 janvier 2027</td></tr>
<tr><td>⟦off:Me Anne Wetzel⟧, Strasbourg</td><td>reconnaissance conjointe anticipée</td><td>⟦p:Julie&nbsp;Haag⟧ et ⟦p:Camille <br>Ostermann⟧</td><td>27 janvier 2027</td></tr>
</table>
<p>Adresse de l'ayant droit Koné pour retour : <span title="⟦a:Résidence Les Tilleuls, 1 rue Pierre-Semard, 93000 Bobigny⟧">voir fiche</span> — ⟦a:Résidence Les Tilleuls, 1 rue Pierre-Semard, 93000 Bobigny⟧.</p>
<p>Coordonnées communiquées par les études : ⟦p:M. Delahaye⟧ ⟦t:01 47 63 <b>20 18</b>⟧ ; ⟦p:Mme Lévy⟧, ⟦a:Villa Les Orangers, 12 avenue Shakespeare, 06000 Nice⟧, ⟦e:sarah.levy.nice@gmail.com⟧ ; ⟦p:M. Papadópoulos⟧, ⟦a:Leoforos Kifisias 118, 115 26 Athina⟧ ; ⟦p:Mme Haag⟧, née le ⟦bd:14 février 1991⟧ à ⟦bp:Haguenau⟧.</p>
""",
}

HTML["h05_procurations_statistiques_exemples.html"] = {
    "title": "Élections municipales 2027 — procurations établies hors de la commune",
    "body": """
<h1>Procurations reçues d'autorités extérieures</h1>
<p>Extrait du tableau transmis par le REU (répertoire électoral unique) — bureau centralisateur de Villeneuve-d'Ascq.</p>
<table>
<tr><th>Mandant</th><th>INE</th><th>Mandataire</th><th>INE</th><th>Autorité</th></tr>
<tr><td>⟦p:LEBLANC⟧, ⟦p:Fanny⟧</td><td>⟦id:118872034⟧</td><td>⟦p:LEBLANC⟧, ⟦p:Hugo⟧</td><td>⟦id:118872035⟧</td><td>Consulat général de France à Québec</td></tr>
<tr><td>⟦p:MAKHLOUF⟧, ⟦p:Sami⟧</td><td>⟦id:204417789⟧</td><td>⟦p:BOUAZZA Nassima⟧</td><td>⟦id:199034216⟧</td><td>Commissariat de Lille-Centre</td></tr>
<tr><td>⟦p:d'HALLUIN Bertrand⟧</td><td>⟦id:071235590⟧</td><td>⟦p:d'HALLUIN Victoire⟧</td><td>⟦id:071235591⟧</td><td>Brigade de gendarmerie de Cysoing</td></tr>
</table>
<p>Courriel reçu d'un mandant : « je suis au ⟦a:Flat 12, 7 Rue Wiertz, 1050 Ixelles⟧ jusqu'au 30/03, joignable au ⟦t:+32 470 12 34 56⟧ » — ⟦p:B. d'Halluin⟧.</p>
<p>Service élections, hôtel de ville, place Salvador-Allende. Responsable : ⟦off:Mme Karima Djellal⟧.</p>
<p>Mandant ⟦p:Sami Makhlouf⟧ : né le ⟦bd:30/08/1997⟧, ⟦a:Résidence Flers-Château, 8 rue Jean-Jaurès, appt 12⟧, ⟦e:sami.makhlouf@univ-lille.fr⟧.</p>
""",
}

HTML["h06_avis_recherche_ayants_droit.html"] = {
    "title": "Avis de recherche des ayants droit — sépultures à reprendre",
    "head": '<meta name="keywords" content="cimetière, reprise, concession, Rambervillers">\n',
    "body": """
<h1>Recherche des familles</h1>
<p>La commune de Rambervillers recherche les ayants droit des sépultures suivantes (cimetière de la route de Baccarat) :</p>
<ol>
<li>Sépulture ⟦p:<i>HENRY</i>-<i>PIERREL</i>⟧ — dernier inhumé : ⟦p:Camille Henry⟧, décédé en ⟦bd:1958⟧ — titulaire ⟦p:Mme veuve Henry, née Pierrel Marthe⟧</li>
<li>Sépulture ⟦p:VOINSON⟧ — ⟦p:Augustin Voinson⟧ (⟦bd:1877-1949⟧), ⟦p:Maria Voinson⟧ (⟦bd:1885-1960⟧)</li>
<li>Sépulture ⟦p:ZIMMERMANN⟧ — ⟦p:Lucien Zimmermann⟧, ⟦ag:19 ans⟧, « mort en déportation » (plaque)</li>
</ol>
<p>Une descendante présumée, ⟦p:Mme Françoise Voinson-Thiriet⟧, a écrit depuis le ⟦a:12 rue Charles-Gide, 88000 Épinal⟧ ; merci à ⟦p:M. Daniel Pierrel⟧ (<a href="mailto:⟦e:dpierrel88@orange.fr⟧">⟦e:dpierrel88@orange.fr⟧</a>) qui a transmis les photos.</p>
<p>Toute personne concernée peut contacter la mairie : 03 29 65 49 10 — rue Carnot, ou le conseiller délégué au cimetière, ⟦off:M. Jean-Luc Mathieu⟧.</p>
<p>Mise à jour du 2 mars : ⟦p:Mme Voinson-Thiriet⟧ (⟦t:03 29 82 41 60⟧), née à ⟦bp:Rambervillers⟧ le ⟦bd:11 avril 1948⟧, confirme être la petite-fille d'⟦p:Augustin⟧.</p>
""",
}

HTML["h07_resultats_recherche_genealogie.html"] = {
    "title": "Réponse à la demande généalogique de gen.bourdin (forum Gé-Vendée)",
    "body": """
<div class="post">
<p class="auteur">Posté par <b>⟦o:gen.bourdin⟧</b> (⟦p:Gérard Bourdin⟧) le 03/02/2027</p>
<p>Merci à la mairie de Mortagne-sur-Sèvre ! Voici la transcription de l'acte :</p>
<blockquote>« L'an mil huit cent soixante-dix-sept, le ⟦bd:quatorze mars⟧, à dix heures du matin, par-devant nous, maire, a comparu ⟦p:Pierre Bourdin⟧, âgé de ⟦ag:trente et un ans⟧, cultivateur, domicilié au ⟦a:village de la Sicaudière⟧, lequel nous a présenté un enfant du sexe masculin né hier, auquel il a déclaré donner le prénom de ⟦p:Auguste⟧, né de lui et de ⟦p:Rose Ménard⟧, son épouse… »</blockquote>
<p>Mon arbre : <a href="https://gw.geneanet.org/⟦o:gbourdin85⟧">gw.geneanet.org/⟦o:gbourdin85⟧</a>. Ma mère, ⟦p:Yvonne Bourdin née Retailleau⟧, née le ⟦bd:8 mai 1934⟧, a les photos de famille.</p>
<p>Si un cousin lit ceci : ⟦e:gerard.bourdin85 [arobase] gmail [point] com⟧ ou ⟦t:06 ⁠33 ⁠41 ⁠20 ⁠98⟧.</p>
</div>
<p class="note">Forum d'entraide, modéré par l'association Gé-Vendée, 85000 La Roche-sur-Yon.</p>
<p class="reponse">Réponse de <b>⟦o:marie_retailleau_85⟧</b> : « Bonjour cousin ! ⟦p:Rose Ménard⟧ est ma trisaïeule ; sa sœur ⟦p:Victoire⟧ est née en ⟦bd:1849⟧ à ⟦bp:La Verrie⟧. Ma grand-mère habitait ⟦a:La Boissière, route de Cholet, Mortagne⟧. Écris-moi : ⟦e:marie.retailleau@laposte.net⟧. — ⟦p:Marie R.⟧ »</p>
""",
}

HTML["h08_agenda_ceremonies_mariage.html"] = {
    "title": "Planning des célébrations — salle des mariages, samedi 24 avril 2027",
    "body": """
<h1>Célébrations du samedi 24 avril 2027 — Hôtel de ville de Metz</h1>
<table border="1">
<tr><th>Heure</th><th>Futurs époux</th><th>Officier</th><th>Interprète / remarque</th></tr>
<tr><td>10 h 00</td><td>⟦p:Mlle Émilie Schaeffer⟧ &amp; ⟦p:M. Kevin Oberlé⟧</td><td>⟦off:M. François Grosdidier⟧, maire</td><td>—</td></tr>
<tr><td>10 h 30</td><td>⟦p:Mme Oksana Kovalenko (Оксана Коваленко)⟧ &amp; ⟦p:M. Jean-Baptiste Noël⟧</td><td>⟦off:Mme Khalifé Khalifé⟧, adjointe</td><td>interprète ukrainien : ⟦p:Mme Iryna Bondar⟧, ⟦t:07 58 41 26 30⟧</td></tr>
<tr><td>11 h 00</td><td>⟦p:M. Lucas Thil⟧ &amp; ⟦p:M. Malik Benhamida⟧</td><td>⟦off:Mme Khalifé Khalifé⟧, adjointe</td><td>120 invités — parvis de la place d'Armes</td></tr>
<tr><td>11 h 30</td><td>⟦p:Mme Anh Thư Nguyễn⟧ &amp; ⟦p:M. Raphaël <br>Kieffer⟧</td><td>⟦off:M. Patrick Thil⟧, adjoint</td><td>témoin : ⟦p:Florent Kieffer⟧ (né en ⟦bd:1996⟧)</td></tr>
</table>
<p>NB : ⟦off:M. Patrick Thil⟧ ne doit pas célébrer le mariage de 11 h (homonyme : ⟦p:Lucas Thil⟧ est son neveu).</p>
<p>Dossiers : les futurs époux de 10 h 30 ont fourni l'acte de naissance de ⟦p:Mme Kovalenko⟧ (née le ⟦bd:21.09.1994⟧ à ⟦bp:Kharkiv (Харків)⟧), traduit ; adresse du couple : ⟦a:8 rue Mazelle, 57000 Metz⟧. Contact de ⟦p:M. Oberlé⟧ : ⟦t:06 19 42 37 85⟧, ⟦e:kevin.oberle@gmail.com⟧.</p>
""",
}

HTML["h09_pv_constat_affichage_huissier.html"] = {
    "title": "Constat d'affichage — permis de construire PC 057 463 26 00031",
    "body": """
<h1>Procès-verbal de constat</h1>
<p>À la requête de ⟦p:M. Thibault de Vismes⟧ et de ⟦p:Mme Clotilde de Vismes née de Lambertye⟧, demeurant ⟦a:Domaine de la Horgne, 57640 Vigy⟧, propriétaires de la ⟦cad:parcelle section 4 n° 118⟧,</p>
<p>Je, ⟦off:Maître Jean-Michel Bauer⟧, commissaire de justice à Metz, me suis rendu les 3 novembre, 3 décembre 2026 et 4 janvier 2027 devant le terrain, ⟦a:lieu-dit Sur les Vignes⟧, et ai constaté la présence d'un panneau visible depuis la voie publique (D 2), portant les mentions :</p>
<ul><li>Bénéficiaire : SCI Vigy-Horgne, gérant ⟦p:M. Thibault de Vismes⟧</li><li>Date : 28 octobre 2026</li><li>Hauteur : 7,20 m</li></ul>
<p>Photographies annexées (fichier <code>⟦p:devismes⟧_constat_affichage_2026.pdf</code>). Frais : 310 €. Contact du requérant : ⟦t:03&nbsp;87&nbsp;77&nbsp;81&nbsp;49⟧.</p>
<p>Voisins présents lors du troisième constat : ⟦p:M. Roland Kremer⟧ (⟦a:4 rue de l'Église, 57640 Vigy⟧) et ⟦p:Mme Annick Weber-Klein⟧, ⟦ag:71 ans⟧. Pétitionnaire : ⟦p:M. Olivier Steinmetz⟧, menuisier, entreprise individuelle (SIRET ⟦siret:509 182 630 00012⟧), ⟦a:route de Metz, 57640 Saint-Hubert⟧, ⟦t:06 84 12 55 07⟧, <a href="mailto:⟦e:steinmetz.menuiserie@orange.fr⟧">écrire</a>. Terrain voisin : ⟦cad:section 4 n° 119⟧ (⟦p:consorts Kremer⟧).</p>
""",
}

HTML["h10_tableau_recensement_jeunes.html"] = {
    "title": "Recensement citoyen — jeunes nés au 1er trimestre 2011",
    "body": """
<h1>Recensement citoyen obligatoire — liste de travail</h1>
<p>Mairie de Saint-Pierre (Saint-Pierre-et-Miquelon) — transmission au centre du service national.</p>
<table>
<tr><th>Nom</th><th>Prénoms</th><th>Naissance</th><th>Lieu</th><th>Adresse</th><th>Téléphone</th></tr>
<tr><td>⟦p:DETCHEVERRY⟧</td><td>⟦p:Ewen⟧</td><td>⟦bd:04/01/2011⟧</td><td>⟦bp:Saint-Pierre⟧</td><td>⟦a:7 rue du Maréchal-Foch⟧</td><td>⟦t:+508 41 22 36⟧</td></tr>
<tr><td>⟦p:POIRIER-GASPARD⟧</td><td>⟦p:Lilou⟧</td><td>⟦bd:17/02/2011⟧</td><td>⟦bp:Saint-Jean (Terre-Neuve)⟧</td><td>⟦a:Anse à Henry, chemin de Miquelon⟧</td><td>⟦t:(508) 55 10 03⟧</td></tr>
<tr><td>⟦p:BRIAND⟧</td><td>⟦p:Noé⟧</td><td>⟦bd:29/03/2011⟧</td><td>⟦bp:Brest⟧</td><td>⟦a:2 rue Amiral-Muselier⟧</td><td>⟦t:41.28.90⟧</td></tr>
</table>
<p>Attestations délivrées par ⟦off:Mme Karine Claireaux⟧, maire. Pièce d'identité de ⟦p:Lilou⟧ : CNI ⟦id:975021003741⟧.</p>
<p>Responsable légal de ⟦p:Noé Briand⟧ : ⟦p:Mme Gwenaëlle Briand⟧, <a href="mailto:⟦e:gwen.briand@cheznoo.net⟧">⟦e:gwen.briand@cheznoo.net⟧</a>.</p>
""",
}


# ---------------------------------------------------------------------------------------------------
# DOCX: core author and title, header, footer, blocks (a paragraph, ("h", heading) or ("table", rows));
# ``**bold**`` makes a run of its own.

DOCX["w01_livret_famille_fiche_saisie.docx"] = {
    "author": "⟦p:s.mbemba⟧",
    "title": "Fiche de mise à jour du livret de famille",
    "header": "Mairie de Pantin — service de la population — guichet état civil",
    "footer": "Fiche saisie par ⟦p:Sandrine Mbemba⟧ (vacataire) pour ⟦p:KABILA-MWAMBA⟧ — à détruire après traitement",
    "blocks": [
        ("h", "Mise à jour du livret de famille n° ⟦id:93055/2012/00391⟧"),
        ("table", [
            ["", "Époux / Père", "Épouse / Mère"],
            ["Nom", "⟦p:KABILA-MWAMBA⟧", "⟦p:LUTETE⟧"],
            ["Prénoms", "⟦p:Jean-Pierre Ngoy⟧", "⟦p:Béatrice Nsimba⟧"],
            ["Né(e) le", "⟦bd:15 août 1980⟧", "⟦bd:2 mars 1984⟧"],
            ["À", "⟦bp:Lubumbashi (RDC)⟧", "⟦bp:Kinshasa⟧"],
            ["Domicile", "⟦a:27 rue Hoche, 93500 Pantin⟧", "⟦a:idem⟧"],
        ]),
        "Enfant à ajouter : ⟦p:**Grâce** Kabila-Mwamba⟧, née le ⟦bd:11 novembre 2026⟧ à ⟦bp:Montreuil (93)⟧ — acte n° 2026/2281.",
        "Enfants déjà inscrits : ⟦p:Daniel⟧ (⟦bd:2013⟧), ⟦p:Ruth⟧ (⟦bd:2016⟧).",
        "Contact : fixe ⟦t:01 48 10 27 64⟧, portable ⟦t:06 95 14 32 70⟧ ; ⟦e:jp.kabila.mwamba@hotmail.fr⟧.",
        "Visa de l'officier de l'état civil : ⟦off:Bertrand Kern⟧, maire.",
    ],
}

DOCX["w02_lettre_notaire_mairie_concession.docx"] = {
    "author": "Office notarial ⟦off:Moulin-Desvaux⟧",
    "title": "Transmission de concession funéraire",
    "header": "⟦off:Maître Élisabeth Moulin-Desvaux⟧ — Notaire — 2 quai de la Fosse, 44000 Nantes — 02 40 69 00 00",
    "footer": "Dossier ⟦id:EMD/2026/0877⟧ — ⟦p:PAUVERT⟧ — suivi par ⟦p:Lénaïc Josso⟧, ⟦e:lenaic.josso@notaires.fr⟧",
    "blocks": [
        "Nantes, le 8 janvier 2027",
        "Monsieur le Maire de Clisson — Service des cimetières",
        "Objet : concession n° ⟦id:CL-1974-0058⟧ — cimetière Saint-Jacques — succession de ⟦p:M. René Pauvert⟧",
        "Monsieur le Maire,",
        "Par acte de notoriété reçu en l'office le 4 décembre 2026, il a été constaté que ⟦p:M. René Marcel **PAUVERT**⟧, né le ⟦bd:17 avril 1940⟧ à ⟦bp:Gétigné⟧, décédé le ⟦bd:6 octobre 2026⟧, "
        "propriétaire de la maison cadastrée ⟦cad:AE 312⟧ à Clisson, a laissé pour héritiers ses deux enfants, ⟦p:Mme Catherine Pauvert épouse Douillard⟧, demeurant ⟦a:La Gobinière, 44190 Clisson⟧, et ⟦p:M. Patrice Pauvert⟧, demeurant ⟦a:Chemin des Vignes, Maison 4, Le Pallet⟧.",
        "Les héritiers sont convenus que la concession familiale sera désormais gérée par ⟦p:Mme Douillard⟧ ; ils renoncent à la diviser.",
        "Le compte de la succession, ouvert à la Caisse des dépôts, ne concerne pas la commune ; les frais de gravure seront réglés par virement de ⟦p:Mme Douillard⟧ (⟦iban:FR76 1670 6050 2150 1234 5678 957⟧).",
        "Je vous prie d'agréer, Monsieur le Maire, l'expression de ma haute considération.",
        "**⟦off:E. Moulin-Desvaux⟧**",
        "Coordonnées : ⟦p:Mme Douillard⟧ ⟦t:02.40.54.39.81⟧ — ⟦e:cath.douillard@wanadoo.fr⟧ ; ⟦p:M. Pauvert⟧, né le ⟦bd:2 mai 1968⟧, ⟦t:06 33 70 15 42⟧.",
    ],
}

DOCX["w03_pv_signification_mairie_depot.docx"] = {
    "author": "SELARL Perrot & Girardin",
    "title": "Signification en mairie",
    "header": "SELARL Perrot & Girardin — commissaires de justice associés — 21000 Dijon",
    "footer": "Acte n° ⟦id:PG-27-01142⟧ — Signifié : ⟦p:M. GUYOT Anthony⟧",
    "blocks": [
        ("h", "Avis de dépôt en mairie — copie pour le registre"),
        "L'an deux mille vingt-sept, le deux février, à la requête de la Caisse d'allocations familiales de la Côte-d'Or, j'ai, ⟦off:Yannick Perrot⟧, commissaire de justice, signifié une contrainte à :",
        ("table", [
            ["Destinataire", "⟦p:GUYOT Anthony Michel⟧"],
            ["Né le", "⟦bd:09/09/1992⟧ à ⟦bp:Beaune⟧"],
            ["Adresse", "⟦a:3 impasse du Clos-Vougeot⟧,"],
            ["", "⟦a:21640 Gilly-lès-Cîteaux⟧"],
            ["Téléphone", "⟦t:03 80 62 41 07⟧"],
            ["N° allocataire", "⟦id:2104871⟧"],
        ]),
        "Le destinataire étant absent, la copie a été déposée en mairie de Gilly-lès-Cîteaux, où elle a été reçue par ⟦off:Mme Laurence Bizot⟧, secrétaire de mairie, qui a visé l'original.",
        "Voisin interrogé : ⟦p:M. Henri Lamy⟧, au ⟦a:n° 5 de la même impasse⟧, qui confirme le domicile.",
        "Compte de l'intéressé indiqué par la CAF : ⟦iban:FR76 3000 3012 9400 0506 7218 344⟧ ; NIR ⟦nir:1 92 12 69 383 301 22⟧ (né à Lyon, selon la caisse) ; courriel ⟦e:anthony.guyot21@free.fr⟧.",
        "Véhicule du destinataire garé devant le domicile : ⟦pl:GA-093-PN⟧. Compagne : ⟦p:Mlle Océane Derain⟧, ⟦ag:31 ans⟧.",
    ],
}

DOCX["w04_inventaire_columbarium.docx"] = {
    "author": "Service funéraire — mairie de Biarritz",
    "title": "Columbarium du cimetière du Sabaou",
    "header": "Ville de Biarritz — columbarium du Sabaou — état au 1er janvier 2027",
    "footer": "Document interne — ne pas afficher",
    "blocks": [
        ("table", [
            ["Case", "Défunt", "Dates", "Titulaire", "Contact"],
            ["A-01", "⟦p:LARRALDE Peio⟧", "⟦bd:1941⟧–⟦bd:2015⟧", "⟦p:Mme Maite Larralde⟧", "⟦t:05 59 24 17 82⟧"],
            ["A-02", "⟦p:GOÑI ARRIETA Begoña⟧", "⟦bd:1950⟧–⟦bd:2019⟧", "⟦p:M. Iñaki Goñi⟧", "⟦a:Calle Urbieta 22, 20006 Donostia⟧"],
            ["A-03", "⟦p:SMITH John Edward⟧", "⟦bd:3.III.1938⟧–⟦bd:11.VI.2020⟧", "⟦p:Mrs Patricia Smith⟧", "⟦e:pat.smith.biarritz@btinternet.com⟧"],
            ["A-04", "⟦p:d'ARCANGUES Marie-Charlotte⟧", "⟦bd:1929⟧–⟦bd:2021⟧", "⟦p:Comte Guy d'Arcangues⟧", "⟦a:Château d'Arcangues⟧"],
            ["A-05", "⟦p:BEN YOUSSEF Habib⟧", "⟦bd:1955⟧–⟦bd:2024⟧", "⟦p:Mme Leïla Ben Youssef⟧", "⟦t:+216 98 412 307⟧"],
        ]),
        "Case A-02 : le titre n° ⟦id:COL-2019-014⟧ arrive à échéance en 2034 ; prévenir ⟦p:M. Goñi⟧ en espagnol.",
        "Vérifié par ⟦off:Mme Sophie Lapeyre⟧, responsable du service funéraire.",
    ],
}

DOCX["w05_proces_verbal_commission_listes.docx"] = {
    "author": "⟦p:hbenali⟧",
    "title": "PV commission de contrôle — Vaulx-en-Velin",
    "header": "Commission de contrôle des listes électorales — séance du 20 février 2027",
    "footer": "Rédactrice : ⟦p:H. Benali⟧ (stagiaire) — relu par ⟦off:M. Thomas Vial⟧, responsable du service élections",
    "blocks": [
        "Présents : ⟦off:Mme Muriel Lecerf⟧, ⟦off:M. Kaoutar Dahoum⟧, ⟦off:M. Stéphane Gomez⟧ (conseillers municipaux).",
        ("h", "Recours administratifs préalables"),
        "1. ⟦p:Mme Sabrina MESSAOUDI⟧, née le ⟦bd:6 juin 1999⟧, radiée d'office, conteste : elle produit un bail au nom de son compagnon ⟦p:M. Yanis Chérif⟧ pour le ⟦a:6 avenue Georges-Rougé, bât. A, 8e ét.⟧ et une facture d'électricité (référence client ⟦id:4000 2583 117⟧). Réinscription décidée.",
        "2. ⟦p:M. Nguyen Van Hùng⟧ (⟦p:NGUYEN⟧ sans diacritiques sur sa carte), né le ⟦bd:22/12/1957⟧ à ⟦bp:Saïgon⟧ : double inscription avec Lyon 3e ; maintenu à Vaulx-en-Velin.",
        "3. ⟦p:M. Anatole GAUTHIER-DES ROCHES⟧, ⟦ag:dix-neuf ans⟧, inscrit d'office à sa majorité à une ancienne adresse (⟦a:Mas du Taureau, 12 chemin du Grand-Bois⟧) ; nouvelle adresse : ⟦a:Villa Médicis, 4 chemin de la Roue, 69120 Vaulx-en-Velin⟧.",
        "Les décisions seront notifiées par courriel (⟦e:sabrina.messaoudi99@gmail.com⟧ ; ⟦e:anatole.gdr@icloud.com⟧).",
        "Tél. ⟦p:Mme Messaoudi⟧ : ⟦t:06 59 80 34 21⟧ ; ⟦p:M. Nguyen⟧ : ⟦t:04 78 80 12 63⟧, INE ⟦id:164339021⟧.",
    ],
}

DOCX["w06_demande_exhumation_reduction_corps.docx"] = {
    "author": "Pompes funèbres de l'Ardèche",
    "title": "Demande de réduction de corps",
    "header": "Commune de Privas — demande d'autorisation de réunion/réduction de corps",
    "footer": "Dossier PF07 n° 2027-044 — famille ⟦p:Chazallon⟧",
    "blocks": [
        "Je soussignée ⟦p:Mme Ghislaine CHAZALLON épouse VERNET⟧, née le ⟦bd:13 août 1951⟧ à ⟦bp:Aubenas⟧, demeurant ⟦a:quartier Lancelot, 07000 Coux⟧, agissant en qualité de fille et ayant droit,",
        "sollicite l'autorisation de réduire les corps de :",
        ("table", [
            ["Défunt", "Date du décès", "Emplacement"],
            ["⟦p:CHAZALLON Fernand⟧", "⟦bd:2 février 1979⟧", "cimetière de Privas, carré C, tombe 112"],
            ["⟦p:CHAZALLON née FAURE Odette⟧", "⟦bd:19 mai 1990⟧", "même caveau"],
        ]),
        "afin de permettre l'inhumation de mon époux, ⟦p:M. Alain VERNET⟧, décédé le ⟦bd:9 janvier 2027⟧ à l'âge de ⟦ag:soixante-dix-huit ans⟧.",
        "Autres ayants droit informés : mon frère ⟦p:Bernard Chazallon⟧ (⟦t:04 75 64 20 15⟧), ma nièce ⟦p:Cécile⟧ (⟦e:cecile.chazallon@laposte.net⟧).",
        "Travaux de gravure : ⟦p:M. Gaël Rouvière⟧, marbrier, entreprise individuelle, SIRET ⟦siret:41235678400022⟧. Fait à Coux, le 12 janvier 2027. **⟦p:G. Vernet⟧**",
        "Autorisé le 13 janvier 2027 — pour le maire, ⟦off:Mme Corinne Delarbre⟧, adjointe.",
        "Conseiller funéraire : ⟦p:Mathieu Roche⟧, ⟦t:04 75 64 38 09⟧. Titre de concession : ⟦id:PRV-1979-0231⟧.",
    ],
}

DOCX["w07_etat_des_lieux_expulsion.docx"] = {
    "author": "⟦off:Maître Nadia Berrada⟧",
    "title": "PV d'expulsion et inventaire",
    "header": "⟦off:Maître Nadia Berrada⟧ — commissaire de justice — 14 cours Lafayette, 69003 Lyon",
    "footer": "Copie au maire de Vénissieux (article R. 433-1 CPCE) — expulsé : ⟦p:Kevin TORRES⟧",
    "blocks": [
        ("h", "Procès-verbal d'expulsion"),
        "Le 15 avril 2027 à 8 h, en présence de ⟦off:M. le commissaire Arnaud Pelletier⟧ (force publique) et d'un serrurier, j'ai procédé à l'expulsion de ⟦p:M. Kevin TORRES⟧, né le ⟦bd:4 novembre 1989⟧ à ⟦bp:Vénissieux⟧, et de tous occupants de son chef, du logement sis ⟦a:Les Minguettes, tour 12, 9e étage, appt 96, 69200 Vénissieux⟧.",
        "Le requérant, ⟦p:M. Joseph Zaoui⟧, bailleur, demeurant ⟦a:31 quai Rambaud, 69002 Lyon⟧, était représenté par son fils ⟦p:David Zaoui⟧.",
        ("table", [
            ["Pièce", "Meubles laissés", "Observations"],
            ["Séjour", "canapé, table, téléviseur", "courrier au nom de ⟦p:Mme Jessica Torres⟧"],
            ["Chambre", "lit, armoire", "papiers : carte vitale ⟦nir:1 89 11 69 259 118 79⟧"],
            ["Parking", "scooter immatriculé ⟦pl:EK-312-VB⟧", "clé non remise"],
        ]),
        "M. Torres, joint par téléphone au ⟦t:07.68.24.11.90⟧, indique qu'il récupérera ses affaires chez sa mère, ⟦a:20 rue Gaspard-Picard, 69200 Vénissieux⟧.",
        "Garde-meubles : Transports Boucher SARL, SIRET 321 456 980 00010 (Saint-Priest). Témoin : ⟦p:Mme Yamina Ferhat⟧, voisine de palier. Compte du locataire : ⟦rib:18206 00210 65012345678 59⟧.",
    ],
}

DOCX["w08_reponse_mairie_demande_acte_ancien.docx"] = {
    "author": "Mairie d'Arles — archives et état civil",
    "title": "Réponse à une demande d'acte",
    "header": "Ville d'Arles — service de l'état civil — 11 place de la République",
    "footer": "",
    "blocks": [
        "Arles, le 3 mars 2027",
        "⟦p:Monsieur Ilias Papadakis-Roumieux⟧",
        "⟦a:Odos Ermou 31⟧",
        "⟦a:105 63 Athènes — Grèce⟧",
        "Monsieur,",
        "En réponse à votre courriel du 20 février (⟦e:ilias.papadakis@otenet.gr⟧), nous vous adressons la copie intégrale de l'acte de naissance de votre grand-mère, ⟦p:Mireille Antoinette ROUMIEUX⟧, née le ⟦bd:vingt-huit septembre mil neuf cent vingt-six⟧ au ⟦a:mas de la Chapelette, en Camargue⟧, fille de ⟦p:Frédéric Roumieux⟧, gardian, et de ⟦p:Alphonsine Mistral⟧.",
        "L'acte porte en marge le mariage célébré à Arles le ⟦bd:2 juin 1949⟧ avec ⟦p:Konstantinos Papadakis (Κωνσταντίνος Παπαδάκης)⟧, et le décès survenu à Athènes le ⟦bd:14.01.2011⟧.",
        "Le nom « Mistral » n'a, à notre connaissance, pas de lien avec le poète dont l'avenue Frédéric-Mistral porte le nom.",
        "Veuillez agréer, Monsieur, nos salutations distinguées.",
        "⟦off:Patrick de Carolis⟧, maire d'Arles — par délégation, ⟦off:Mme Aurélie Bonnet⟧, responsable de l'état civil",
        "Copie également adressée à votre cousine, ⟦p:Mme Mireille Roumieux-Fabre⟧, ⟦a:Mas du Pont de Rousty, route des Saintes-Maries⟧, ⟦t:04 90 97 10 82⟧, qui nous avait écrit en 2024.",
        "P.J. : copie intégrale (acte n° 612 de 1926). Votre téléphone noté : ⟦t:+30 210 323 4471⟧.",
    ],
}

DOCX["w09_attestation_domicile_inscription.docx"] = {
    "author": "⟦p:Hélène Tissot-Rigal⟧",
    "title": "Attestation d'hébergement ⟦p:Tissot-Rigal⟧",
    "header": "",
    "footer": "⟦p:Hélène Tissot-Rigal⟧ · ⟦a:Ferme des Ravières⟧ · 25560 Frasne · ⟦t:03 81 49 62 18⟧",
    "blocks": [
        ("h", "Attestation d'hébergement (inscription sur la liste électorale)"),
        "Je soussignée ⟦p:Hélène TISSOT-RIGAL⟧, née le ⟦bd:16/10/1960⟧ à ⟦bp:Pontarlier (Doubs)⟧, demeurant ⟦a:Ferme des Ravières, 25560 Frasne⟧, atteste sur l'honneur héberger depuis plus de six mois mon petit-fils :",
        "⟦p:Timothée RIGAL⟧, né le ⟦bd:1er juillet 2008⟧ à ⟦bp:Besançon⟧, ⟦ag:18 ans⟧, étudiant,",
        "qui sollicite son inscription sur la liste électorale de Frasne.",
        "Pièces jointes : copie de ma carte d'identité n° ⟦id:251025301447⟧ et facture d'eau (abonné n° ⟦id:F-25-774103⟧). Taxe foncière de la ⟦cad:parcelle ZD 58⟧ à mon nom.",
        "Fait pour servir et valoir ce que de droit. Frasne, le 4 février 2027.",
        "**⟦p:H. Tissot-Rigal⟧**",
        "Contact de ⟦p:Timothée⟧ : ⟦e:timothee.rigal@etu.univ-fcomte.fr⟧ — ⟦t:07 49 03 17 88⟧ ; ses parents, ⟦p:Marc et Sandrine Rigal⟧, demeurent ⟦a:Chemin du Crêt, 1450 Sainte-Croix (Suisse)⟧.",
    ],
}

DOCX["w10_registre_pacs_dissolutions.docx"] = {
    "author": "⟦p:mpicard⟧",
    "title": "PACS — dissolutions enregistrées T4 2026",
    "header": "Mairie de Bayonne — état civil — PACS",
    "footer": "Tableau de suivi — usage interne — ⟦p:M. Picard⟧ (adjoint administratif contractuel)",
    "blocks": [
        ("h", "Dissolutions de PACS enregistrées au 4e trimestre 2026"),
        ("table", [
            ["N°", "Partenaires", "Enregistré le", "Motif", "Date d'effet"],
            ["64102/2019/00144", "⟦p:ARROSSAGARAY Xabi⟧ / ⟦p:DUCOURNAU Lucie⟧", "⟦bd:14/06/2019⟧", "déclaration conjointe", "⟦bd:03/10/2026⟧"],
            ["64102/2021/00311", "⟦p:FOURNIER Clément⟧ / ⟦p:MARTINEZ Julia⟧", "⟦bd:22/10/2021⟧", "mariage des partenaires", "⟦bd:17/10/2026⟧"],
            ["64102/2015/00087", "⟦p:OLÇOMENDY Jon⟧ / ⟦p:N'GUESSAN Aya Prisca⟧", "⟦bd:05/05/2015⟧", "décision unilatérale (signification par ⟦off:Me Beñat Irigoin⟧)", "⟦bd:30/11/2026⟧"],
            ["64102/2023/00402", "⟦p:LACOSTE Théo⟧ / ⟦p:HIRIART Maialen⟧", "⟦bd:11/03/2023⟧", "décès de ⟦p:Théo Lacoste⟧", "⟦bd:08/12/2026⟧"],
        ]),
        "Adresse de ⟦p:Mme N'Guessan⟧ pour l'envoi du récépissé : ⟦a:Rue des Jardins, Cocody Riviera 2, Abidjan, Côte d'Ivoire⟧ ; ⟦t:+225 07 08 45 12 66⟧.",
        "Visa : ⟦off:Jean-René Etchegaray⟧, maire.",
    ],
}


if __name__ == "__main__":
    raise SystemExit(main())
