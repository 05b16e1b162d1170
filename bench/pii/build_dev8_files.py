# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev8 set of the personal-data leak benchmark (``corpus/dev8``): documents and labels.

Same conventions as ``build_files.py``, ``build_dev2_files.py`` (whose ``build_set`` it uses) and
``build_dev7_files.py``: a personal value is written ``⟦kind:text⟧`` with the short kind keys of
``KINDS``, an official acting in his function kept in clear ``⟦off:text⟧``; the script writes the files
without the marks and their lines in ``corpus/dev8/labels.jsonl``, and checks that every label is a
substring of its document. Kinds used: person, address, phone, email, identifier (any number a person
holds: national elector numbers, identity-card, passport and driving-licence numbers written in a
flea-market register, membership and sports licences, pet microchip and tattoo numbers, rental
contract, parking-permit, library and access-card numbers), plate, birth_date (a date, a date in
words, a birth year), birth_place, age, siret (of a sole trader: stallholders, a food truck, a
photographer), iban (of a private person), nir, cadastre (a parcel owned by a private person) and
other (a social-network handle or a personal web site).

dev8 was written by an independent author who read only the mark syntax and the build helpers, not
the recognizers, the anonymizer, the verification, the tests, the documentation or the other sets'
documents and labels, and who did not run the pipeline or an evaluation on it. Its 60 documents
(40 .txt, 10 .html, 10 .docx) are the everyday files of town halls meant for publication once
anonymized: published banns, a cemetery concession register, the naming of streets with the
residents' new addresses; elections (candidate lists, an extract of the proxies register, polling
stations' staff, a results sheet signed by the assessors, the electoral-roll review board); urbanism
(building-permit registers exported as CSV, a public-inquiry register with residents' observations,
an alignment certificate, prior declarations, road-occupation permits); markets and fairs
(stallholders in fixed-width columns, the placier's notes, a fair's allocation minutes, a
flea-market register); associations (a grant file, a board change, an event declaration, a
directory); sports-hall bookings, canteen and music-school registrations without sensitive data,
neighbourhood council minutes, a lost-and-found pets register, a volunteer firefighters' roster, a
photo-contest jury and its winners, a shared-gardens waiting list, a bike-rental contract, a
parking-permit register, a hall-rental invoice, e-mail threads with quoted headers and signatures,
scanned-form transcriptions ("Nom : … Prénom : …"), a town-twinning host-family list, a trail race's
entries, a seniors' lunch, a welcome page for new residents. The values come in the shapes people
write them: names of every origin and script, in capitals then lower case, initials, nicknames,
hyphenated and particle names, maiden names; addresses with apartment, floor and staircase,
lieux-dits, named houses, foreign addresses, addresses split over lines; phones of several countries
and groupings; e-mails plain and obfuscated; numbers with spaces or dots; dates in words; ages and
birth years; birth places. Officials acting in their function (mayor, deputies, agents signing) are
kept in clear. Every document is meant to be published once anonymized (route public): none holds a
sensitive fact (no health, offence, social aid, religion or family conflict).

Run: PYTHONPATH=include .venv/bin/python bench/pii/build_dev8_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev8"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["m01_publication_bans.txt"] = """
COMMUNE DE MONTFORT-SUR-MEU (Ille-et-Vilaine)
SERVICE DE L'ÉTAT CIVIL

PUBLICATION DE MARIAGE
(article 63 du code civil — affichage à la porte de la mairie pendant dix jours)

Il y a promesse de mariage entre :

⟦p:Monsieur Erwan Pierre Marie JÉZÉQUEL⟧, technicien de maintenance, né le ⟦bd:3 février 1994⟧ à ⟦bp:Quimperlé (Finistère)⟧, domicilié ⟦a:12, rue de la Harelle⟧, 35160 Montfort-sur-Meu,
et
⟦p:Madame Aminata Coumba DIALLO⟧, éducatrice sportive, née le ⟦bd:vingt-huit août mil neuf cent quatre-vingt-seize⟧ à ⟦bp:Thiès (Sénégal)⟧, domiciliée ⟦a:La Ville-Gourio⟧, 35160 Breteil.
Le mariage sera célébré le samedi 13 juin 2026 à 15 heures en la mairie de Montfort-sur-Meu.

---

⟦p:Monsieur Jonathan Lucas FERREIRA DOS SANTOS⟧, boulanger, né le ⟦bd:11/12/1988⟧ à ⟦bp:Guimarães (Portugal)⟧, domicilié ⟦a:4 bis, allée des Tilleuls, bâtiment C, 2e étage, porte 23⟧, 35160 Montfort-sur-Meu,
et
⟦p:Madame Léa Jeanne Marie GOURDEL⟧, aide-comptable, née le ⟦bd:1er mai 1990⟧ à ⟦bp:Rennes⟧, domiciliée à la même adresse.
Le mariage sera célébré le samedi 20 juin 2026 à 11 heures.

---

⟦p:Madame Charlotte Anne de LA VILLÉON⟧, architecte, née le ⟦bd:17.09.1985⟧ à ⟦bp:Saint-Brieuc⟧, domiciliée ⟦a:Manoir de la Haute-Touche⟧, 35160 Montfort-sur-Meu,
et
⟦p:Mister Oliver James WHITCOMBE⟧, ingénieur, né le ⟦bd:2 March 1983⟧ à ⟦bp:Bristol (Royaume-Uni)⟧, domicilié ⟦a:14 Marlborough Road, Oxford OX1 4LW, United Kingdom⟧.
Le mariage sera célébré le samedi 4 juillet 2026 à 16 h 30.

Les oppositions éventuelles doivent être signifiées à l'officier de l'état civil dans les formes prévues par la loi.

Affiché le 22 mai 2026.
Pour le maire, l'adjointe déléguée à l'état civil,
⟦off:Nathalie Orhan⟧
"""

TXT["m02_registre_concessions_cimetiere.txt"] = """
VILLE DE MONTFORT-SUR-MEU — CIMETIÈRE DU BOIS-RIBERT
REGISTRE DES CONCESSIONS — EXTRAIT : concessions arrivant à échéance en 2026 et 2027
(document affiché au portail du cimetière ; les titulaires ou leurs ayants droit sont invités à se présenter en mairie pour le renouvellement)

N° CONC.   EMPLACEMENT          DURÉE   TITULAIRE                                     CONTACT CONNU                      ÉCHÉANCE
1996-014   Carré A, rg 2, n°7   30 ans  ⟦p:ROUXEL Yvette⟧ ép. ⟦p:PIEDERRIÈRE⟧                    ⟦a:7 rue Saint-Nicolas⟧                03/02/2026
1996-022   Carré A, rg 4, n°1   30 ans  ⟦p:LEMOINE-HAMON Jean-Claude⟧                   ⟦t:02 99 09 41 86⟧                      19/04/2026
1996-031   Carré B, rg 1, n°15  30 ans  ⟦p:da COSTA PEREIRA Manuel⟧                     ⟦a:Rua do Carmo 58, 4700-309 Braga⟧      02/07/2026
2011-007   Columbarium, case 9  15 ans  ⟦p:NGUYEN Thi Hoa⟧ (⟦p:阮氏花⟧)                      ⟦e:hoa.nguyen59@free.fr⟧                 11/09/2026
1997-003   Carré C, rg 6, n°3   30 ans  ⟦p:famille GUILLOUX⟧ — ⟦p:M. Pierrick GUILLOUX⟧      ⟦a:2 impasse du Lavoir, Iffendic⟧       27/01/2027
1997-010   Carré C, rg 2, n°11  30 ans  ⟦p:BENSALEM Fatiha⟧                             ⟦t:06-71-22-90-13⟧                       08/03/2027
2012-004   Cavurne n° 4         15 ans  ⟦p:Mr & Mrs HOLLOWAY⟧                           ⟦t:+44 1752 608 411⟧                     30/05/2027

Personnes inhumées dans les concessions ci-dessus (pour aider les familles à se reconnaître) :
1996-014 : ⟦p:Roger Piederrière⟧ ; 1996-022 : ⟦p:Marcelle Lemoine⟧ et ⟦p:Auguste Hamon⟧ ; 1996-031 : ⟦p:Maria da Conceição Pereira⟧ ; 2011-007 : ⟦p:Nguyen Van Tam⟧ ; 1997-003 : ⟦p:Louis et Germaine Guilloux⟧ ; 1997-010 : ⟦p:Ahmed Bensalem⟧ ; 2012-004 : ⟦p:Dorothy Holloway⟧.

Renseignements : service de l'état civil, ⟦off:Mme Nathalie Orhan⟧, 02 99 09 00 17, etat-civil@montfort-sur-meu.fr. Le conservateur du cimetière, ⟦off:Yannick Perrin⟧.
"""

TXT["m03_deliberation_denomination_voies.txt"] = """
COMMUNE DE MONTFORT-SUR-MEU — CONSEIL MUNICIPAL DU 9 AVRIL 2026
DÉLIBÉRATION N° 2026-031 — DÉNOMINATION ET NUMÉROTATION DE VOIES

Rapporteur : ⟦off:Mme Soizic Le Gall⟧, adjointe à l'urbanisme.

Le lotissement du Pâtis et le hameau de la Métairie-Neuve sont desservis par des voies sans nom, ce qui complique l'acheminement du courrier et l'intervention des secours. Après consultation des riverains lors de la réunion du 3 mars 2026, il est proposé :
— de dénommer « impasse Marie-Thérèse Gicquel » la voie desservant le lotissement du Pâtis, en hommage à l'institutrice de l'école du Pâtis de 1952 à 1989 ; la famille, représentée par son neveu ⟦p:M. Alain GICQUEL⟧, demeurant ⟦a:22 quai Duguay-Trouin, 35400 Saint-Malo⟧, a donné son accord par courrier du 12 février 2026 ;
— de dénommer « chemin de la Métairie-Neuve » la voie communale n° 14.

Les riverains concernés recevront un certificat de numérotage :
• ⟦p:M. et Mme LE BRAS Joël et Sylvie⟧, aujourd'hui « ⟦a:Le Pâtis, maison 2⟧ », deviennent ⟦a:3 impasse Marie-Thérèse Gicquel⟧ ;
• ⟦p:Mme Rozenn Kerhervé⟧, aujourd'hui « ⟦a:Le Pâtis, lot n° 5⟧ », devient ⟦a:7 impasse Marie-Thérèse Gicquel⟧ ;
• ⟦p:M. Ousmane Traoré⟧ et ⟦p:Mme Hélène Traoré-Bouvier⟧ deviennent ⟦a:9 impasse Marie-Thérèse Gicquel⟧ ;
• ⟦p:M. Bertrand de Saint-Méloir⟧, propriétaire de la ⟦a:ferme de la Métairie-Neuve⟧, devient ⟦a:1 chemin de la Métairie-Neuve⟧ ;
• ⟦p:Mme Jocelyne Hervé veuve Colin⟧, « ⟦a:La Petite Métairie⟧ », devient ⟦a:4 chemin de la Métairie-Neuve⟧.

Observation de ⟦p:M. Traoré⟧ lors de la réunion : il souhaite que la plaque soit posée à l'entrée depuis la route de Talensac. Avis favorable.

Le conseil municipal, après en avoir délibéré, à l'unanimité, adopte les dénominations proposées.
Pour extrait conforme, le maire, ⟦off:Gérard Lemarié⟧.
"""

TXT["m04_liste_candidats_municipales.txt"] = """
PRÉFECTURE DES CÔTES-D'ARMOR — ÉLECTIONS MUNICIPALES ET COMMUNAUTAIRES DES 15 ET 22 MARS 2026
Commune de LOUDÉAC (22600) — état des listes de candidats enregistrées
Liste n° 2 : « LOUDÉAC À VENIR » — tête de liste : ⟦p:Mme Gwenaëlle MORVAN-LE CORRE⟧

Rg  Sexe  NOM                      Prénom(s)             Date de naissance   Lieu de naissance
1   F     ⟦p:MORVAN-LE CORRE⟧          ⟦p:Gwenaëlle Marie⟧         ⟦bd:14/06/1971⟧          ⟦bp:Pontivy (56)⟧
2   M     ⟦p:RAHMOUNI⟧                 ⟦p:Karim⟧                   ⟦bd:02/11/1980⟧          ⟦bp:Loudéac (22)⟧
3   F     ⟦p:BOSCHER⟧                  ⟦p:Anne-Laure⟧              ⟦bd:29/01/1966⟧          ⟦bp:Saint-Brieuc (22)⟧
4   M     ⟦p:LE FUR⟧                   ⟦p:Yves-Marie⟧              ⟦bd:07/07/1958⟧          ⟦bp:Plémet (22)⟧
5   F     ⟦p:KOWALCZYK⟧                ⟦p:Magdalena⟧               ⟦bd:23/03/1979⟧          ⟦bp:Wrocław (Pologne)⟧
6   M     ⟦p:DA SILVA MARTINS⟧         ⟦p:Nuno⟧                    ⟦bd:18/09/1991⟧          ⟦bp:Lamego (Portugal)⟧
7   F     ⟦p:ROBIN⟧                    ⟦p:Céline⟧                  ⟦bd:05/05/1984⟧          ⟦bp:Rennes (35)⟧
8   M     ⟦p:N'DIAYE⟧                  ⟦p:Cheikh Tidiane⟧          ⟦bd:30/12/1975⟧          ⟦bp:Kaolack (Sénégal)⟧

Mandataire de la liste : ⟦p:M. Karim Rahmouni⟧, ⟦a:5 rue du Pont-Querra⟧, 22600 Loudéac — ⟦t:06 45 80 12 39⟧.

Enregistré le 26 février 2026. Pour le préfet, la cheffe du bureau des élections, ⟦off:Isabelle Tanguy⟧.
"""

TXT["m05_registre_procurations_extrait.txt"] = """
COMMUNE DE LECTOURE (Gers) — REGISTRE DES PROCURATIONS — EXTRAIT
Scrutin du 15 mars 2026 — bureau de vote n° 1 (salle des Illustres, hôtel de ville)
(extrait établi pour la tenue du bureau ; consultable par tout électeur de la commune)

N°  MANDANT                                   NNE          MANDATAIRE                             NNE          ÉTABLIE LE   PAR
01  ⟦p:CASTAGNÉ épouse LABORDE Marie-Josée⟧       ⟦id:18220547⟧     ⟦p:LABORDE Jean-Pierre⟧                   ⟦id:18220548⟧     02/03/2026   gendarmerie Lectoure
02  ⟦p:DUBERNET Raphaël⟧ (né le ⟦bd:04/04/2001⟧)        ⟦id:25817302⟧     ⟦p:DUBERNET Sophie⟧                       ⟦id:19044125⟧     05/03/2026   maprocuration (en ligne)
03  ⟦p:ABADIE Guy⟧                               ⟦id:17736012⟧     ⟦p:SARRAMÉA-ABADIE Hélène⟧                ⟦id:17736013⟧     06/03/2026   commissariat Agen
04  ⟦p:OULD AHMED Mariem⟧                        ⟦id:22480976⟧     ⟦p:BRUNET Claire⟧                         ⟦id:20119584⟧     09/03/2026   consulat Nouakchott
05  ⟦p:VAN DER MEULEN Pieter⟧                    ⟦id:23316640⟧     ⟦p:VAN DER MEULEN-DUPUY Anneke⟧           ⟦id:23316641⟧     10/03/2026   maprocuration (en ligne)
06  ⟦p:SOUBIRAN Gilbert⟧                          ⟦id:16902255⟧     ⟦p:FITTE Bernard⟧ (bureau 2)               ⟦id:17001873⟧     11/03/2026   gendarmerie Fleurance

Mandataire inscrit dans un autre bureau (ligne 06) : ⟦p:M. Fitte⟧ vote d'abord au bureau 2 puis au bureau 1 pour le compte de ⟦p:M. Soubiran⟧.
Registre tenu par ⟦off:Delphine Castéra⟧, agent du service élections. Vu, le maire, ⟦off:Jean-Louis Castell⟧.
"""
TXT["m06_composition_bureaux_de_vote.txt"] = """
MAIRIE DE PERTUIS (Vaucluse)
ÉLECTIONS MUNICIPALES — 1er TOUR DU 15 MARS 2026
COMPOSITION DES BUREAUX DE VOTE (arrêté n° 2026-112 du 10 mars 2026)

Bureau n° 1 — Hôtel de ville, salle du conseil
  Président : ⟦off:M. Roger Pellegrino⟧, maire
  Suppléant : ⟦off:Mme Sandrine Abbou⟧, 1re adjointe
  Assesseurs titulaires : ⟦p:Mme Josiane BLANC⟧ (liste A) ⟦t:06 12 77 40 58⟧ — ⟦p:M. Farid HADJ-SAÏD⟧ (liste B) ⟦t:07 68 31 02 94⟧
  Assesseur suppléant : ⟦p:Mlle Inès Castellano⟧, électrice désignée par le maire (la plus jeune des électeurs présents, ⟦ag:19 ans⟧)
  Secrétaire : ⟦off:Virginie Roux⟧, service des élections

Bureau n° 2 — École Marie-Mauron, préau
  Président : ⟦off:M. Alain Giraud⟧, adjoint aux travaux
  Assesseurs : ⟦p:M. Lucien Reboul⟧ (⟦ag:81 ans⟧, doyen) — ⟦p:Mme Thi Lan PHAM⟧ ⟦t:04.90.79.33.12⟧ — ⟦p:M. Giovanni « Gianni » Ferraro⟧ ⟦t:+39 347 512 9084⟧ (joignable sur son portable italien)
  Délégué de la liste B : ⟦p:M. Rachid Bouzid⟧, ⟦a:Les Jardins de Durance, bât. D, appt 41⟧

Bureau n° 3 — Gymnase Jean-Moulin
  Président : ⟦off:Mme Sandrine Abbou⟧
  Assesseurs : ⟦p:Mme Anne-Marie de Villeneuve-Esclapon⟧ ⟦e:amvillen@orange.fr⟧ — ⟦p:M. Jordan Sauvaire⟧ ⟦e:jordan.sauvaire84 (at) gmail.com⟧
  Scrutateurs inscrits à l'avance : ⟦p:Mmes Brun et Oliveira⟧, ⟦p:M. Tchakarian⟧ (⟦t:0677452310⟧)

Les assesseurs sont convoqués à 7 h 30. En cas d'empêchement, prévenir le service des élections (04 90 79 10 10).
Le maire, ⟦off:Roger Pellegrino⟧
"""

TXT["m07_pv_resultats_bureau.txt"] = """
PROCÈS-VERBAL DES OPÉRATIONS ÉLECTORALES — FEUILLE DE RÉSULTATS
Commune : RIOM (63200) — Bureau n° 7 (École Jean-Rostand) — Scrutin du 22 mars 2026 (2nd tour)

Inscrits : 1 148   Votants : 702   Blancs : 14   Nuls : 9   Exprimés : 679
Liste « Riom Demain » (⟦p:M. Sébastien FAUCHER⟧) : 361 voix
Liste « Ensemble pour Riom » (⟦p:Mme Yamina BELKACEM⟧) : 318 voix

Heure de clôture : 18 h 00. Dépouillement achevé à 19 h 12.
Scrutateurs (tables de dépouillement) :
 table 1 : ⟦p:CHASSAGNE Monique⟧ / ⟦p:ESTIVAL Paul⟧ / ⟦p:KHALFAOUI Sami⟧ / ⟦p:Marthe ROCHE⟧
 table 2 : ⟦p:J.-M. Vigier⟧ / ⟦p:A. Lopes⟧ / ⟦p:Y. Ben Hamida⟧ / ⟦p:Christelle Doucet⟧

Observations : néant. La doyenne des votantes du bureau, ⟦p:Mme Odette Sauvadet⟧, ⟦ag:94 ans⟧, accompagnée de son petit-fils ⟦p:M. Thierry Sauvadet⟧, a été saluée par le président.

Signatures :
Le président, ⟦off:Mme Laurence Mallet⟧, adjointe au maire
Les assesseurs : ⟦p:Bernadette Cuoq⟧ — ⟦p:Nicolas Pourrat⟧ — ⟦p:Halima Zerrouki⟧ — ⟦p:Jean-Baptiste de Féligonde⟧
Le secrétaire : ⟦p:Nicolas Pourrat⟧
"""

TXT["m08_registre_permis_construire_export.txt"] = """
# Export du logiciel d'instruction ADS — commune de Gex (01170) — registre des permis de construire déposés du 01/01/2026 au 31/03/2026
# Affichage en mairie (article R. 423-6 du code de l'urbanisme). Séparateur : point-virgule. Encodage UTF-8.
numero;date_depot;petitionnaire;adresse_petitionnaire;terrain;parcelles;objet;surf_plancher_m2;etat
PC 001 173 26 00001;06/01/2026;⟦p:MULLER Stéphane⟧;⟦a:18 chemin des Vertes Campagnes 01170 GEX⟧;⟦a:Chemin de Pitegny⟧;⟦cad:AK 214⟧;maison individuelle;142;en cours
PC 001 173 26 00002;09/01/2026;⟦p:DUCROT Émilie et BENOÎT Arnaud⟧;⟦a:Rue de Genève 112, 1226 Thônex (Suisse)⟧;⟦a:Lotissement Les Hauts de Mury lot 6⟧;⟦cad:AD 388⟧ ⟦cad:AD 389⟧;maison individuelle;118;accordé 02/03/2026
PC 001 173 26 00003;15/01/2026;SCI DU JURA (gérant ⟦p:M. Patrick Chevallier⟧);⟦a:4 rue du Commerce 01170 Gex⟧;4 rue du Commerce;AB 57;changement de destination commerce en logement;65;en cours
PC 001 173 26 00004;22/01/2026;⟦p:YILDIZ Mehmet⟧;⟦a:Rés. Le Mont-Blanc bât B esc 2 appt 14, 01170 GEX⟧;⟦a:Route de Divonne lieu-dit Les Mouilles⟧;⟦cad:ZE 41p⟧;maison individuelle + garage;156;incomplet
PC 001 173 26 00005;30/01/2026;⟦p:O'SULLIVAN Aoife⟧;⟦a:7 Harcourt Terrace, Dublin 2, D02 XY81, Ireland⟧;⟦a:1450 route de Gex-la-Ville⟧;⟦cad:AH 12 à AH 14⟧;extension et piscine;38;en cours
PC 001 173 26 00006;04/02/2026;COMMUNE DE GEX;Hôtel de ville;Avenue de la Gare;AC 301;extension du groupe scolaire;620;en cours
PC 001 173 26 00007;11/02/2026;⟦p:RAKOTOMALALA Hery⟧ et ⟦p:RAZAFINDRABE Voahangy⟧;⟦a:33 avenue des Alpes 01170 Gex⟧;⟦a:33 avenue des Alpes⟧;⟦cad:AE 129⟧;surélévation;47;accordé 24/03/2026
PC 001 173 26 00008;19/02/2026;⟦p:SCHNEIDER-FAVRE Ursula⟧;⟦a:Chemin du Levant 9, 1290 Versoix, CH⟧;⟦a:Le Creux du Loup⟧;⟦cad:0B 1042⟧;réhabilitation d'une grange;210;en cours
PC 001 173 26 00009;03/03/2026;⟦p:LI Wei⟧ (⟦p:李伟⟧);⟦a:Résidence Perdtemps, 2e ét. porte gauche, 01170 Gex⟧;⟦a:Chemin de la Fontaine⟧;⟦cad:AK 307⟧;maison individuelle;131;en cours
PC 001 173 26 00010;17/03/2026;⟦p:BERTHET Jean-Noël⟧;⟦a:Hameau de Vesancy, 01170 Vesancy⟧;⟦a:Rue des Usiniers⟧;⟦cad:AB 402⟧ / ⟦cad:AB 403⟧;garage;36;en cours
# fin de l'export — 10 lignes — édité par ⟦off:C. Vuillermet⟧, service urbanisme
"""

TXT["m09_registre_enquete_publique_plu.txt"] = """
COMMUNE DE SÉLESTAT — ENQUÊTE PUBLIQUE RELATIVE À LA MODIFICATION N° 3 DU PLAN LOCAL D'URBANISME
(du 2 au 31 mars 2026 — commissaire enquêteur : ⟦off:M. Denis Holtzmann⟧)
TRANSCRIPTION DU REGISTRE PAPIER ET DES OBSERVATIONS REÇUES PAR COURRIEL

R1 — 04/03/2026 — ⟦p:Mme Odile CHARPENTIER⟧, ⟦a:14 rue des Chevaliers⟧ : demande le maintien en zone UB de sa parcelle ⟦cad:section 12 n° 248⟧ classée en zone N dans le projet ; joint un plan.
R2 — 06/03/2026 — ⟦p:M. et Mme Schaeffer⟧ (⟦p:Alphonse et Marlyse⟧), ⟦a:2 chemin du Ried, Ebersheim⟧ : propriétaires des parcelles ⟦cad:section 41 n° 17 et 18⟧, favorables à l'emplacement réservé n° 9 sous réserve d'un accès agricole.
R3 — 10/03/2026 — ⟦p:Jean-Marc Wendling⟧ (illisible, complété par le commissaire) : contre la hauteur de 15 m rue du Marteau.
C1 — courriel du 12/03/2026 de ⟦e:thomas.kuntz@gmx.de⟧ signé ⟦p:Thomas Kuntz⟧, ⟦a:Hauptstraße 41, 79341 Kenzingen⟧, propriétaire indivis de ⟦cad:Sélestat section 7 parcelle 301/56⟧ : demande la constructibilité de la partie arrière.
R4 — 14/03/2026 — ⟦p:Mme Aïcha Belhadj⟧ et ⟦p:M. Yusuf Demir⟧, riverains de la ⟦a:rue de la Paix (n° 21 et 23)⟧ : souhaitent un cheminement piéton vers le collège.
R5 — 19/03/2026 — Association Sélestat Nature Environnement, représentée par sa présidente : observation générale sur les haies.
C2 — courriel du 23/03/2026 de « ⟦e:famille.rieffel[arobase]wanadoo.fr⟧ » — ⟦p:Bernard Rieffel⟧, ⟦t:03 88 92 17 40⟧ — parcelle ⟦cad:section 33 n° 145⟧ : contestation du tracé de la marge de recul.
R6 — 27/03/2026 — ⟦p:M. Laurent Ehrhart-Meyer⟧, ⟦a:« Le Moulin », route de Châtenois⟧ : demande une copie du plan de zonage (remise le jour même).
R7 — 31/03/2026, dernier jour — ⟦p:Mlle Chloé Muller⟧ (⟦ag:17 ans⟧, déléguée du conseil municipal des jeunes) : propose une piste cyclable le long du Giessen.

Registre clos le 31 mars 2026 à 17 h par le commissaire enquêteur, ⟦off:Denis Holtzmann⟧.
"""

TXT["m10_certificat_alignement.txt"] = """
VILLE DE MARMANDE (Lot-et-Garonne)
CERTIFICAT D'ALIGNEMENT INDIVIDUEL N° AL 047 157 26 0012

Le maire de Marmande,
Vu la demande présentée le 18 février 2026 par ⟦p:M. Baptiste QUÉRÉ⟧, demeurant ⟦a:18 rue de la Libération⟧, 47200 Marmande, représenté par l'office notarial Duprat & associés, en vue de la vente de l'immeuble cadastré ⟦cad:section CK n° 347⟧ ;
Vu le plan d'alignement de la rue de la Libération approuvé le 12 juin 1962 ;

CERTIFIE que l'alignement de la voie au droit de la propriété de ⟦p:M. Quéré⟧ est fixé par la ligne A-B du plan annexé ; la façade actuelle est à l'alignement sur une longueur de 11,40 m.
Les propriétés voisines ⟦cad:CK 346⟧ (⟦p:Mme Simone LAGARDE-PEYRONNET⟧, ⟦a:16 rue de la Libération⟧) et ⟦cad:CK 348⟧ (⟦p:M. Abdelkader Haddouche⟧ et ⟦p:Mme Nadia Haddouche⟧, ⟦a:20 rue de la Libération⟧) sont également à l'alignement.

Le présent certificat est délivré sous réserve des droits des tiers. Validité : un an.

Fait à Marmande, le 3 mars 2026.
Pour le maire et par délégation, l'adjoint à l'urbanisme, ⟦off:Francis Lamothe⟧
Dossier suivi par ⟦off:Sophie Dellac⟧, service voirie, 05 53 93 09 60.
"""
TXT["m11_liste_abonnes_marche_hebdomadaire.txt"] = """
VILLE DE SAINT-AMAND-MONTROND — MARCHÉ DU MERCREDI (place Carrée) — ABONNÉS AU 1er JANVIER 2026
Liste tenue par le placier, publiée avec l'arrêté de répartition des emplacements.

EMPL  TITULAIRE                      ACTIVITÉ               SIRET               VÉHICULE       TÉLÉPHONE
----  -----------------------------  ---------------------  ------------------  -------------  ----------------
A01   ⟦p:GIRAUDET Pascal⟧                maraîcher              ⟦siret:680 768 678 00004⟧   ⟦pl:FQ-218-KD⟧      ⟦t:06 84 21 33 07⟧
A02   ⟦p:BOUCHAREB Nordine⟧              fruits et légumes      ⟦siret:40455655700001⟧      ⟦pl:GB 904 TR⟧      ⟦t:0768904411⟧
A03   ⟦p:MERCIER née TISSIER Josette⟧    fromages               ⟦siret:536 660 483 00002⟧   ⟦pl:CV-551-ZA⟧      ⟦t:02 48 96 50 19⟧
A04   ⟦p:TRAN Van Dung⟧                  plats asiatiques       ⟦siret:364 346 445 00018⟧   ⟦pl:EX-072-LM⟧      ⟦t:06.11.58.72.40⟧
B01   ⟦p:DE OLIVEIRA Paulo⟧              charcuterie            ⟦siret:940557598 00007⟧     ⟦pl:HA-330-BN⟧      ⟦t:+33 7 81 46 09 25⟧
B02   ⟦p:LECLERC Aurore⟧                 miel, pain d'épices    ⟦siret:982 265 795 00004⟧   ⟦pl:4471 QZ 18⟧     ⟦t:06 30 17 88 62⟧
B03   ⟦p:SALL Mamadou⟧                   tissus, bijoux         ⟦siret:738 178 185 00018⟧   ⟦pl:DK-916-PE⟧      ⟦t:07 53 00 41 96⟧
B04   ⟦p:KIRCHNER Hans-Jürgen⟧           bretzels, pains        ⟦siret:985812239 00004⟧     ⟦pl:FR-KH 318⟧       ⟦t:+49 761 4471 220⟧
C01   Boucherie Rabier SARL          boucherie              (société)           —              02 48 96 12 00
C02   ⟦p:POIRIER Lucie⟧                  fleurs                 ⟦siret:89203047900018⟧      ⟦pl:GE-604-SW⟧      ⟦t:06 71 05 59 83⟧

Suppléant du placier les jours d'absence : ⟦off:M. Didier Aufrère⟧, agent des services techniques.
Placier : ⟦off:Jean-Luc Bonnet⟧. Visé par l'adjointe au commerce, ⟦off:Mme Chantal Thévenin⟧.
"""

TXT["m12_notes_placier.txt"] = """
Carnet du placier — marché du samedi — notes recopiées pour le rapport trimestriel à la commission des marchés (sans les montants)

sam. 10/01 : froid, 14 passagers. Le nouveau, ⟦p:Momo⟧ (⟦p:Mohamed BELAÏD⟧, olives, ⟦t:06 59 31 20 47⟧) installé en D4 à la place de ⟦p:la mère Ribot⟧ qui prend sa retraite fin janvier.
sam. 17/01 : ⟦p:Riri⟧ — ⟦p:Henri Duverger⟧ — demande à passer en abonné, camion ⟦pl:BZ-883-QF⟧. Lui dire de déposer son dossier (Kbis + assurance).
sam. 24/01 : passager italien ⟦p:Signor Bruno Castelletti⟧, fromages, fourgon immatriculé ⟦pl:GH 417 PK⟧ (plaque italienne), carte commerçant ambulant présentée n° ⟦id:CA 0175 2291 4⟧. Portable ⟦t:+39 0171 69 22 81⟧.
sam. 31/01 : les deux ⟦p:Sophie⟧ (⟦p:Sophie L.⟧ bijoux, ⟦p:Sophie Ng.⟧ thé) veulent des places côte à côte.
sam. 07/02 : ⟦p:p'tit Louis⟧ (⟦p:Louis Ferrandon⟧, ⟦ag:16 ans⟧) aide son père au stand volailles pendant les vacances.
sam. 14/02 : Saint-Valentin. ⟦p:Mme Gökçe Arslan⟧ (fleurs) demande une deuxième table ; accordé pour la journée. Rappeler ⟦p:M. Arslan⟧ au ⟦t:07 82 14 60 93⟧ pour l'électricité.
sam. 21/02 : ⟦p:Jeannot⟧ absent (⟦p:Jean Pouzadoux⟧ prévenu par SMS). Emplacement donné à ⟦p:Dylan Morel⟧, food truck, ⟦pl:FV-024-XC⟧, SIRET ⟦siret:419 336 359 00007⟧.
sam. 28/02 : RAS. ⟦p:Mme Ribot⟧ est passée dire au revoir, elle laisse son adresse pour le pot : ⟦a:3, place du Marché-au-Blé⟧, 2e étage.

Recopié par ⟦off:Jean-Luc Bonnet⟧, placier.
"""

TXT["m13_dossier_subvention_association.txt"] = """
COMMUNE D'OBERNAI — DEMANDE DE SUBVENTION DE FONCTIONNEMENT 2026 — FICHE DE SYNTHÈSE (annexe à la délibération)

Association : Les Cigognes Musicales d'Obernai (chorale, 48 membres) — n° RNA W674001234
Siège social : maison des associations, 4 rue du Maréchal-Koenig, 67210 Obernai
Président : ⟦p:M. Jean-Paul ZIMMERMANN⟧, ⟦a:11 rue des Pèlerins⟧, 67210 Obernai — ⟦t:03 88 95 41 27⟧ — ⟦e:jp.zimmermann@evc.net⟧
Trésorière : ⟦p:Mme Élisabeth Ott-Haegel⟧, ⟦a:« Le Clos des Vignes », route de Bernardswiller⟧ — ⟦t:06 08 56 12 94⟧
Secrétaire : ⟦p:Mlle Manon Stoeffler⟧ — ⟦e:manon.stoeffler (arobase) gmail (point) com⟧
Chef de chœur (prestataire, auto-entrepreneur) : ⟦p:Sergueï Volkov⟧ (⟦p:Сергей Волков⟧), SIRET ⟦siret:649 858 305 00018⟧, ⟦a:8 quai des Bateliers, 67000 Strasbourg⟧

Montant demandé : 2 400 €. Montant proposé par la commission vie associative : 2 000 €.
Le versement sera fait sur le compte de l'association (RIB joint au dossier, non reproduit).
Projet 2026 : concert de Noël à l'église Saint-Pierre-et-Saint-Paul avec la chorale de Sankt Blasien ; contact côté allemand : ⟦p:Frau Ingrid Bächle⟧, ⟦t:+49 7672 90 33 18⟧.

Avis favorable de la commission du 12 janvier 2026. Rapporteur : ⟦off:Mme Isabelle Obrecht⟧, adjointe à la vie associative.
"""

TXT["m14_declaration_modification_bureau_association.txt"] = """
RÉCÉPISSÉ — DÉCLARATION DE MODIFICATION — COMPOSITION DE LA DIRECTION
(transcription de l'imprimé cerfa n° 13971 déposé en mairie pour transmission au greffe des associations)

Titre de l'association : COMITÉ DES FÊTES DE SAINT-ÉLOY-LES-MINES
Assemblée générale du : 7 février 2026

NOUVEAUX MEMBRES CHARGÉS DE L'ADMINISTRATION

Fonction : Président
Nom : ⟦p:BARRAUD⟧                  Prénom : ⟦p:Kevin⟧
Né le : ⟦bd:21 / 08 / 1987⟧      à : ⟦bp:Montluçon (03)⟧
Nationalité : française        Profession : conducteur de ligne
Domicile : ⟦a:6 cité des Mineurs⟧, 63700 Saint-Éloy-les-Mines

Fonction : Vice-présidente
Nom : ⟦p:ALVES DE SOUSA⟧           Prénom : ⟦p:Maria de Fátima⟧
Né(e) le : ⟦bd:03 / 03 / 1969⟧   à : ⟦bp:Chaves (Portugal)⟧
Profession : aide-soignante retraitée
Domicile : ⟦a:Le Montcel⟧, 63700 Youx

Fonction : Trésorier
Nom : ⟦p:GRENIER⟧                  Prénom : ⟦p:Marcel⟧
Né le : ⟦bd:le deux janvier mille neuf cent cinquante⟧   à : ⟦bp:Saint-Éloy-les-Mines⟧
Domicile : ⟦a:14 avenue de la République, Résidence du Puits, esc. B, 1er étage⟧, 63700 Saint-Éloy-les-Mines

Fonction : Secrétaire
Nom : ⟦p:EL AMRANI⟧                Prénom : ⟦p:Sanaa⟧
Née le : ⟦bd:1994⟧ (jour et mois non renseignés sur l'imprimé)   à : ⟦bp:Oujda (Maroc)⟧
Domicile : ⟦a:2 rue Jean-Jaurès⟧, 63700 Saint-Éloy-les-Mines — courriel : ⟦e:sanaa.elamrani@laposte.net⟧

Membres sortants : ⟦p:M. Robert Chauvet⟧ (président depuis 2009), ⟦p:Mme Ginette Perrot⟧ (trésorière).
Reçu en mairie le 12 février 2026 par ⟦off:Mme Carole Dumas⟧, accueil.
"""

TXT["m15_registre_vide_grenier.txt"] = """
REGISTRE DES EXPOSANTS — VIDE-GRENIER DU 1er MAI 2026 — QUARTIER DE LA GARE, CHÂTEAUBRIANT
(registre coté et paraphé par le maire, tenu par l'organisateur conformément à l'article R. 310-9 du code de commerce ; particuliers non inscrits au RCS)
Organisateur : Amicale laïque de la Ville-aux-Roses — responsable : ⟦p:M. Hervé Maillard⟧, ⟦t:06 26 47 81 55⟧

N°  NOM Prénom                   Adresse                                          Pièce d'identité                          Immat. véhicule
1   ⟦p:ROUSSEL Martine⟧              ⟦a:9 rue Pasteur, 44110 Châteaubriant⟧              CNI n° ⟦id:0807 4411 0298⟧ du 14/05/2008     ⟦pl:CA-417-RD⟧
2   ⟦p:HAMDI Sofiane⟧                ⟦a:Les Fougerays, 44110 Soudan⟧                     CNI n° ⟦id:X4RT7K2L9⟧ (nouvelle carte)         ⟦pl:GK-280-VA⟧
3   ⟦p:LE GOFF épouse PÉAN Annick⟧   ⟦a:21 bis rue de Couëré⟧                            permis de conduire n° ⟦id:880744300217⟧       ⟦pl:6214 VS 44⟧
4   ⟦p:PETROVIĆ Dragana⟧             ⟦a:Résidence Les Halles, appt 3B, 44110 Châteaubriant⟧   passeport serbe n° ⟦id:012345678⟧             —
5   ⟦p:GUÉRIN Théo⟧ (⟦ag:17 ans⟧, accompagné de sa mère ⟦p:Mme Valérie Guérin⟧)   ⟦a:4 impasse des Lilas, 44520 Moisdon-la-Rivière⟧   CNI de la mère n° ⟦id:T8K3PZ0Q4⟧    ⟦pl:ES-909-JL⟧
6   ⟦p:VAN HOUTTE Marc⟧              ⟦a:Rue de la Station 17, 7700 Mouscron (B)⟧          carte d'identité belge n° ⟦id:591-1234567-89⟧     ⟦pl:1-HFK-372⟧
7   ⟦p:NGUYEN Kim⟧                   ⟦a:33 rue de Rigale⟧                                titre de séjour n° ⟦id:7502123456⟧         ⟦pl:FN-113-EH⟧
8   ⟦p:BOISSEAU Jean-Claude⟧ dit « ⟦p:Jean-Clo⟧ »   ⟦a:La Métairie du Bois-Briand, 44110 Rougé⟧   CNI n° ⟦id:9512 44 1 03847⟧          ⟦pl:5830 TN 44⟧

Attestations sur l'honneur de non-participation à plus de deux ventes au déballage dans l'année : toutes signées.
Registre déposé en mairie le 4 mai 2026 ; reçu par ⟦off:Mme Gaëlle Fresnais⟧, service réglementation.
"""
TXT["m16_reservations_gymnase_export.txt"] = """
Export planning — Gymnase des Tilleuls (Millau) — semaine 11 (09/03/2026 au 15/03/2026)
Généré le 06/03/2026 08:12 par ⟦off:j.cazals⟧ (service des sports)

JOUR     HEURES        SALLE      UTILISATEUR                         RESPONSABLE PRÉSENT                   CONTACT
lundi    17:30-19:00   grande     Millau Handball — U13               ⟦p:Grégory Bouissou⟧                      ⟦t:06 09 42 18 77⟧
lundi    19:00-22:00   grande     Badminton Club Millavois            ⟦p:Mme Ngoc-Anh Vo⟧                       ⟦e:ngocanh.vo@sfr.fr⟧
mardi    12:15-13:45   dojo       particulier (location)              ⟦p:M. Florent Séguret⟧ (cours de yoga)     ⟦t:07 60 34 91 05⟧ / SIRET ⟦siret:455 194 043 00002⟧
mardi    18:00-20:00   grande     Futsal Aveyron                      ⟦p:Ilyes « Pipo » Benhamou⟧               ⟦t:0651208364⟧
mercredi 14:00-17:00   grande     École multisports municipale        ⟦off:Julien Cazals⟧ (éducateur municipal)  —
jeudi    20:00-22:30   petite     Volley loisirs (groupe informel)    ⟦p:Aurélien Vidal⟧ + ⟦p:Marion Puech⟧          ⟦e:volley.millau@gmail.com⟧ (boîte de ⟦p:M. Vidal⟧)
vendredi 18:30-20:30   dojo       Judo Club du Larzac                 ⟦p:Sensei Hiroshi Tanaka⟧ (⟦p:田中 博⟧)        ⟦t:+33 (0)6 22 71 05 38⟧
samedi   09:00-12:00   grande     Anniversaire — location privée      ⟦p:Mme Séverine Carrière⟧, caution chèque n° ⟦id:0004127⟧ — ⟦a:12 bd de l'Ayrolle, 3e étage⟧
dimanche 10:00-12:00   grande     Tournoi amical de basket            ⟦p:Kévin Mazars⟧ et ⟦p:Ludovic Fabre⟧         ⟦t:06.48.70.22.10⟧

Clés : badge à retirer à l'accueil de la mairie ; badge n° ⟦id:BDG-0417⟧ attribué à ⟦p:M. Bouissou⟧, n° ⟦id:BDG-0422⟧ à ⟦p:Mme Vo⟧.
"""

TXT["m17_inscriptions_cantine.txt"] = """
ÉCOLE PRIMAIRE PUBLIQUE DU CENTRE — PONT-À-MOUSSON
LISTE DES INSCRITS AU RESTAURANT SCOLAIRE — PÉRIODE 3 (janvier-février 2026) — CLASSE DE CE1 (Mme Thiébaut)
(liste remise au prestataire et affichée au réfectoire ; jours de présence uniquement)

Élève                                Jours            Personne à joindre en cas d'absence imprévue
⟦p:ADJOVI Kofi⟧                          L M J V          ⟦p:M. Adjovi⟧ ⟦t:06 52 18 44 70⟧
⟦p:BERNARD-LAMBERT Zoé⟧                  L M J V          ⟦p:Mme Lambert⟧ ⟦t:03 83 81 09 26⟧
⟦p:CHARLIER Noa⟧                         L J              grand-mère, ⟦p:Mme Odile Charlier⟧ ⟦t:06 03 59 77 12⟧
⟦p:DA CRUZ Lorenzo⟧                      L M J V          ⟦p:Mme Da Cruz⟧ ⟦t:07 49 20 31 86⟧
⟦p:EL HAJJ Yasmine⟧                      M V              ⟦p:M. Walid El Hajj⟧ ⟦t:+352 621 480 913⟧ (travaille à Luxembourg)
⟦p:FRANÇOIS Léon⟧                        L M J V          ⟦p:Mme Anaïs François⟧ ⟦t:06 27 84 60 05⟧
⟦p:GASHI Arbër⟧                          L M J V          ⟦p:Mme Gashi⟧ ⟦t:07 66 13 92 48⟧
⟦p:HUMBERT Jade⟧                         J V              ⟦p:M. Cédric Humbert⟧ ⟦t:06.88.17.30.41⟧
⟦p:LIU Mei⟧                              L M J V          ⟦p:Mme Liu Fang⟧ ⟦t:06 33 71 58 02⟧
⟦p:MANGIN Hugo⟧                          L M              ⟦p:M. Mangin⟧ ⟦t:03 83 82 45 19⟧

Nota : ⟦p:Kofi⟧ et ⟦p:Arbër⟧ sont inscrits à la garderie du soir (liste séparée).
Établi par ⟦off:Mme Nadège Collignon⟧, service périscolaire. Vu ⟦off:M. Olivier Hanot⟧, adjoint à l'éducation.
"""

TXT["m18_cr_conseil_de_quartier.txt"] = """
CONSEIL DE QUARTIER NORD — VILLE DE VITRÉ
Compte rendu de la réunion du jeudi 5 février 2026 (maison de quartier de Maison-Rouge, 20 h 00)

Présents (membres) : ⟦p:Mme Hélène Coudray⟧ (co-présidente habitante), ⟦p:M. Sylvain Pichon⟧, ⟦p:Mme Leïla Haddad⟧, ⟦p:M. Roger Lemée⟧, ⟦p:Mme Katarzyna Nowak⟧, ⟦p:M. Abdoulaye Sy⟧, ⟦p:Mme Gisèle Paris⟧.
Excusés : ⟦p:M. Pierre-Yves Rallé⟧, ⟦p:Mme Jeanne d'Argentré⟧.
Élue référente : ⟦off:Mme Marie-Annick Boisnard⟧, adjointe à la démocratie locale. Agent : ⟦off:Gwendal Le Moal⟧, chargé de mission.

1. Aménagement de la rue de Paris
⟦p:M. Pichon⟧ (habitant au ⟦a:47 rue de Paris⟧) signale que les camions de livraison stationnent sur le trottoir devant la boulangerie ; ⟦p:Mme Haddad⟧ propose des arceaux vélos. La ville étudiera un marquage.

2. Jardin partagé de la Baratière
⟦p:Mme Nowak⟧ présente le projet ; une dizaine de familles sont intéressées. Contact : ⟦e:k.nowak.vitre@outlook.fr⟧. Le terrain envisagé appartient à la ville.

3. Fête de quartier du 13 juin
Coordination : ⟦p:M. Sy⟧ (⟦t:06 41 98 30 62⟧). Le groupe de musique de ⟦p:Mathis Lemée⟧, ⟦ag:15 ans⟧, petit-fils de ⟦p:M. Lemée⟧, jouera en ouverture.

4. Questions diverses
⟦p:Mme Paris⟧ (⟦a:Résidence du Parc, bât. A, 4e étage⟧) demande que l'éclairage du parking soit réparé ; transmis aux services techniques.

Prochaine réunion : jeudi 2 avril 2026. Compte rendu rédigé par ⟦off:Gwendal Le Moal⟧.
"""

TXT["m19_registre_animaux_trouves.txt"] = """
POLICE MUNICIPALE DE VILLEFRANCHE-DE-ROUERGUE — REGISTRE DES ANIMAUX TROUVÉS ET PERDUS
Extrait publié sur le panneau d'affichage et le site de la ville pour aider les propriétaires (trimestre 1 — 2026)

TROUVÉS
T-01 | 08/01 | chien croisé labrador, noir, collier rouge | trouvé ⟦a:chemin de la Gasse⟧ par ⟦p:M. Christian Lacombe⟧ | puce ⟦id:250 268 731 204 559⟧ → propriétaire identifié : ⟦p:Mme Audrey Bessière⟧, ⟦t:06 81 40 27 66⟧, rendu le 08/01
T-02 | 19/01 | chat européen tigré | trouvé ⟦a:place Notre-Dame, devant le n° 9⟧ | tatouage ⟦id:2FRV417⟧ → fichier I-CAD : ⟦p:M. Jérôme Costes⟧, ⟦a:Lieu-dit Le Cayla, 12200 Savignac⟧, rendu le 21/01
T-03 | 02/02 | perruche verte | trouvée par ⟦p:la petite Inaya⟧ (⟦ag:9 ans⟧) et sa mère ⟦p:Mme Samira Oukaci⟧ | pas d'identification | en attente
T-04 | 14/02 | chien type border collie | trouvé sur la D911 par ⟦p:M. Florian Delpech⟧ (⟦t:07 57 12 83 09⟧) | puce ⟦id:250269802417361⟧ → ⟦p:M. Klaus Wiedemann⟧, vacancier, ⟦a:Lindenstraße 8, 72070 Tübingen⟧, ⟦t:+49 7071 56 38 90⟧, rendu le 15/02

PERDUS (déclarations)
P-01 | 11/01 | chatte siamoise « Nala » | propriétaire ⟦p:Mlle Clara Fabre⟧, ⟦a:5 rue du Sergent-Bories, 2e étage droite⟧, ⟦e:clara.fabre12@gmail.com⟧, puce ⟦id:250 26 9 606 031 842⟧
P-02 | 26/01 | chien jack russell « Filou » | ⟦p:M. et Mme Rouquette⟧, ⟦t:05 65 45 18 72⟧ — retrouvé le 28/01
P-03 | 03/03 | tortue d'Hermann | ⟦p:Théo Nguyen-Marty⟧, ⟦t:06-19-55-04-80⟧

Registre tenu par ⟦off:brigadier-chef Stéphane Alric⟧, police municipale.
"""

TXT["m20_tableau_garde_spv.txt"] = """
CENTRE D'INTERVENTION ET DE SECOURS DE LA CHÂTRE — SAPEURS-POMPIERS VOLONTAIRES
TABLEAU DES GARDES ET ASTREINTES — MARS 2026 (affiché à la caserne et transmis à la mairie pour les employeurs partenaires)

Chef de centre : ⟦off:Lieutenant Frédéric Aumasson⟧ — adjoint : ⟦off:Adjudant-chef Céline Rabier⟧

SEMAINE 10 (02/03-08/03)
  Chef d'agrès : ⟦p:Sgt Thomas Daguet⟧ (mat. ⟦id:36-04712⟧) ⟦t:06 73 20 14 88⟧
  Équipiers : ⟦p:Cpl Mélanie Jouhanneau⟧ (mat. ⟦id:36-05133⟧), ⟦p:Sap. 1cl Nassim Kaci⟧ (mat. ⟦id:36-05790⟧), ⟦p:Sap. Enzo Pinault⟧ (JSP sortant, ⟦ag:18 ans⟧)
SEMAINE 11 (09/03-15/03)
  Chef d'agrès : ⟦p:Sgt-chef Raymond « Ray » Pasquier⟧ ⟦t:02.54.48.09.31⟧
  Équipiers : ⟦p:Cpl Aurélie Gaudon⟧, ⟦p:Sap. Dimitri Ivanov⟧, ⟦p:Sap. Awa Koné⟧
SEMAINE 12 (16/03-22/03)
  Chef d'agrès : ⟦p:Sgt Thomas Daguet⟧
  Équipiers : ⟦p:Cpl Jean-Baptiste Moreau de Bellaing⟧, ⟦p:Sap. 1cl Nassim Kaci⟧, ⟦p:Sap. Lou-Anne Tixier⟧ ⟦t:07 69 45 20 17⟧

Employeurs partenaires informés : scierie Aumasson (pour ⟦p:M. Pinault⟧), supermarché de La Châtre (pour ⟦p:Mme Koné⟧).
Pour tout échange de garde : écrire à ⟦off:l'adjudant-chef Rabier⟧ avant le jeudi.
"""
TXT["m21_jury_concours_photo.txt"] = """
VILLE DE GEX — CONCOURS PHOTO « LE PAYS DE GEX AU FIL DES SAISONS » — 7e ÉDITION
PROCÈS-VERBAL DU JURY (réunion du 28 novembre 2025, médiathèque)

Composition du jury :
— ⟦off:Mme Anne-Claire Favre⟧, adjointe à la culture, présidente du jury ;
— ⟦p:M. Lucas Berthod⟧, photographe professionnel (auto-entrepreneur, SIRET ⟦siret:812 904 377 00016⟧), site ⟦o:www.lucasberthod-photo.fr⟧ ;
— ⟦p:Mme Naïma Ziani⟧, membre du photo-club de Divonne, Instagram ⟦o:@naima.zianiphoto⟧ ;
— ⟦p:M. Étienne Mermillod⟧, lauréat 2024 ;
— ⟦off:M. Rémi Gautier⟧, responsable de la médiathèque.

Palmarès :
Catégorie adultes
 1er prix : ⟦p:Jean-François Grosjean⟧ (Chevry) pour « Brume sur le Colomby »
 2e prix : ⟦p:Olga Pavlenko⟧ (⟦p:Ольга Павленко⟧), Gex — « Le marché sous la neige »
 3e prix : ⟦p:K. Mensah⟧ — « Reflets du lac Léman »
Catégorie jeunes (moins de 16 ans)
 1er prix : ⟦p:Léna Dubosson⟧, ⟦ag:13 ans⟧ — « Mon chat dans les feuilles »
 2e prix : ⟦p:Malik Brahimi⟧, né en ⟦bd:2012⟧ — « Cigogne »
Prix du public (vote en ligne) : ⟦p:Joëlle Lacroix-Mottier⟧ (compte ⟦o:facebook.com/joelle.lacroixmottier⟧)

Les lauréats seront contactés par courriel ; les photographies seront exposées dans le hall de la mairie du 5 au 23 janvier 2026.
Signé : ⟦off:Anne-Claire Favre⟧.
"""

TXT["m22_liste_attente_jardins_partages.txt"] = """
JARDINS PARTAGÉS DES PRÉS-HAUTS — LISTE D'ATTENTE AU 1er MARS 2026 (ordre d'inscription)
Commune de Pertuis — service espaces verts — affichée au local du jardin

RANG  DATE INSCR.  DEMANDEUR(S)                          LOGEMENT                                        TÉL.
 1    12/04/2024   ⟦p:ARNAUD Ghislaine⟧                      ⟦a:Cité Saint-Roch, bât. 3, esc. A, 1er étage, porte 12⟧      ⟦t:06 16 84 02 37⟧
 2    30/05/2024   ⟦p:MESSAOUDI Rachida & Kamel⟧             ⟦a:14 rue Voltaire⟧                                    ⟦t:04 90 09 72 58⟧
 3    02/09/2024   ⟦p:HOFFMANN Greta⟧                         ⟦a:Mas des Oliviers, chemin de la Tour d'Aigues⟧        ⟦t:+41 78 602 19 44⟧
 4    17/10/2024   ⟦p:BAPTISTE Jean-Wilfried⟧                 ⟦a:Rés. Les Micocouliers, appt 207⟧                    ⟦t:0696 31 48 20⟧ (n° de Martinique, garde)
 5    08/01/2025   ⟦p:TORRES Inmaculada (« Inma »)⟧           ⟦a:3 place Garcin, 2e ét.⟧                             ⟦e:inma.torres@yahoo.es⟧
 6    21/03/2025   ⟦p:LAMBERT Noé⟧ (étudiant, ⟦ag:20 ans⟧)        ⟦a:Le Grand Jas, quartier Saint-Pierre⟧                ⟦t:07 83 90 11 46⟧
 7    06/06/2025   ⟦p:CHAOUCHE-BERNARD Maëva⟧                 ⟦a:22 avenue de Verdun, Les Terrasses, B2⟧            ⟦t:06 11 60 47 92⟧
 8    14/11/2025   ⟦p:PHAM Quoc Bao⟧                          ⟦a:9 impasse des Capucins⟧                             ⟦t:06 98 12 34 70⟧

Parcelle libérée au 1er mars : n° 14 (départ de ⟦p:M. Daniel Rey⟧). Elle est proposée à ⟦p:Mme Arnaud⟧, qui a jusqu'au 20 mars pour répondre.
Responsable du site : ⟦off:Pauline Gaillard⟧, technicienne espaces verts.
"""

TXT["m23_contrat_location_velo.txt"] = """
VILLE DE RIOM — SERVICE MOBILITÉ
CONTRAT DE LOCATION LONGUE DURÉE D'UN VÉLO À ASSISTANCE ÉLECTRIQUE — N° ⟦id:VAE-2026-0147⟧

ENTRE la Ville de Riom, représentée par ⟦off:M. Hervé Lautier⟧, adjoint aux mobilités,
ET le locataire :
Nom : ⟦p:FERNANDES⟧          Prénom : ⟦p:Ana Luísa⟧
Date de naissance : ⟦bd:09/10/1992⟧      Lieu : ⟦bp:Clermont-Ferrand⟧
Adresse : ⟦a:17 rue du Commerce⟧
          ⟦a:Appartement 5, 3e étage, escalier gauche⟧
          63200 RIOM
Téléphone : ⟦t:06 45 22 87 13⟧        Courriel : ⟦e:ana.l.fernandes@gmail.com⟧
Pièce d'identité présentée : carte nationale d'identité n° ⟦id:AB3C45DE6⟧ délivrée le 12/04/2022
Vélo : Moustache Lundi 27, cadre n° WTU221K4512Q, batterie n° B-88412 (propriété de la ville)
Durée : 6 mois, du 01/03/2026 au 31/08/2026. Loyer : 25 € par mois. Dépôt de garantie : 150 € (chèque).

Personne à prévenir : ⟦p:M. Rui Fernandes⟧ (père), ⟦t:+351 934 218 760⟧.

Fait à Riom, le 27 février 2026, en deux exemplaires.
Le locataire (lu et approuvé) : ⟦p:A. L. Fernandes⟧        Pour la ville : ⟦off:Hervé Lautier⟧
"""

TXT["m24_registre_macarons_stationnement.txt"] = """
VILLE DE THONON-LES-BAINS — export du registre des macarons « résident » (stationnement) — extrait secteur centre — 01/03/2026
"numero_macaron";"titulaire";"adresse";"immatriculation";"zone";"validite"
"⟦id:R-2026-0001⟧";"⟦p:BOUVIER Cécile⟧";"⟦a:5 rue des Remparts⟧";"⟦pl:GD-522-LW⟧";"Z1";"31/12/2026"
"⟦id:R-2026-0002⟧";"⟦p:ARSLAN Emre⟧";"⟦a:12 place Dessaix, 3e⟧";"⟦pl:FT-108-CY⟧";"Z1";"31/12/2026"
"⟦id:R-2026-0003⟧";"⟦p:MARTIN-DELORME Paul⟧";"⟦a:2 bis rue Sainte-Barbe⟧";"⟦pl:AK-301-QS⟧";"Z2";"31/12/2026"
"⟦id:R-2026-0004⟧";"⟦p:KIM Soo-jin⟧";"⟦a:7 rue du Château, appt 4⟧";"⟦pl:HB 770 TK⟧";"Z1";"30/06/2026"
"⟦id:R-2026-0005⟧";"⟦p:WEBER Lukas⟧";"⟦a:18 rue de la Poste⟧";"⟦pl:FR-LW 2204⟧";"Z2";"31/12/2026"
"⟦id:R-2026-0006⟧";"⟦p:DIOP Fatou⟧";"⟦a:9 avenue de la Gare, bât. B⟧";"⟦pl:EM-641-PB⟧";"Z2";"31/12/2026"
"⟦id:R-2026-0007⟧";"⟦p:ROSSI Giulia⟧";"⟦a:1 rue Marcel-Paul⟧";"⟦pl:FA 123 YX⟧";"Z1";"31/12/2026"
"⟦id:R-2026-0008⟧";"⟦p:LEFÈVRE Jean⟧";"⟦a:23 rue des Remparts⟧";"⟦pl:8832 YK 74⟧";"Z1";"31/12/2026"
"⟦id:R-2026-0009⟧";"⟦p:COSTA Renato⟧";"⟦a:4 rue du Pont-Neuf, rez-de-chaussée⟧";"⟦pl:GL-903-AE⟧";"Z2";"31/03/2026"
"⟦id:R-2026-0010⟧";"⟦p:THONON Anaïs⟧";"⟦a:16 place de l'Église⟧";"⟦pl:1-GZX-845⟧";"Z1";"31/12/2026"
"""

TXT["m25_facture_location_salle.txt"] = """
COMMUNE DE LECTOURE — RÉGIE DES SALLES MUNICIPALES
FACTURE N° SAL-2026-0043 du 16 février 2026

Salle : salle des fêtes de Lamarque — location du samedi 14 février 2026 (10 h) au dimanche 15 février 2026 (18 h)
Objet déclaré : repas de famille (les ⟦ag:70 ans⟧ de ⟦p:Mme Josette Dupouy⟧)

Facturé à : ⟦p:M. Pascal DUPOUY⟧
            ⟦a:Lieu-dit Bordeneuve⟧
            ⟦a:Route de Saint-Clar⟧
            32700 LECTOURE
            ⟦t:05 62 68 41 90⟧ — ⟦e:pascal.dupouy32@orange.fr⟧

Location (tarif habitant de la commune) ......... 220,00 €
Ménage (forfait) .................................  60,00 €
Vaisselle (80 couverts) ..........................  40,00 €
TOTAL À PAYER ................................... 320,00 €

Caution de 500 € restituée par virement sur le compte communiqué par le locataire :
IBAN ⟦iban:FR76 3000 4008 1900 0123 4567 879⟧ — titulaire ⟦p:DUPOUY Pascal⟧.

Paiement à réception auprès du régisseur, ⟦off:Mme Delphine Castéra⟧. Le maire, ⟦off:Jean-Louis Castell⟧.
"""
TXT["m26_fil_courriels_reservation_salle.txt"] = """
De : Accueil mairie <accueil@mairie-vitre.fr>
À : ⟦e:yann.guillotin35@gmail.com⟧
Date : mardi 13 janvier 2026 10:42
Objet : RE: RE: réservation salle du Tertre — samedi 28 mars

Bonjour ⟦p:Monsieur Guillotin⟧,

La salle du Tertre est bien réservée à votre nom pour le samedi 28 mars (9 h - 2 h). Le contrat vous sera adressé par courrier ; merci de nous retourner l'attestation d'assurance avant le 13 mars.

Bien cordialement,
⟦off:Morgane Pelé⟧
Accueil — Mairie de Vitré

-----Message d'origine-----
De : ⟦p:Yann Guillotin⟧ <⟦e:yann.guillotin35@gmail.com⟧>
Envoyé : lundi 12 janvier 2026 21:17
À : accueil@mairie-vitre.fr
Cc : ⟦p:Maëlle Guillotin⟧ <⟦e:maelle.g@icloud.com⟧>
Objet : RE: réservation salle du Tertre — samedi 28 mars

Bonsoir,
Ma sœur (en copie) et moi confirmons la date du 28 mars pour les ⟦ag:60 ans⟧ de notre père, ⟦p:Michel Guillotin⟧. Nous serons environ 70. Le traiteur sera ⟦p:M. Julien Hamelin⟧ (⟦t:06 85 30 27 14⟧), qui passera voir la cuisine.
Mon adresse pour le contrat : ⟦a:La Haute Gohérie⟧, 35500 Balazé.

> Le 9 janv. 2026 à 16:05, accueil@mairie-vitre.fr a écrit :
> Bonjour, la salle est disponible le 28 mars. Le tarif hors commune est de 480 €.
>
>> Le 8 janv. 2026 à 08:51, ⟦p:yann guillotin⟧ <⟦e:yann.guillotin35@gmail.com⟧> a écrit :
>> bonjour, est-ce que la salle du tertre est libre le samedi 28 mars ? merci. ⟦p:yann⟧
>> --
>> ⟦p:Yann GUILLOTIN⟧ — ⟦t:06.62.19.84.03⟧
>> Envoyé de mon iPhone
"""

TXT["m27_transcription_formulaire_badge_decheterie.txt"] = """
SICTOM DU PAYS DE RIOM — DEMANDE DE BADGE D'ACCÈS AUX DÉCHÈTERIES
(transcription par OCR du formulaire papier reçu en mairie de Châtel-Guyon ; champs manuscrits entre crochets quand incertains)

Nom : ⟦p:POUGHEON⟧                         Prénom : ⟦p:Jean-Baptiste⟧
Nom de naissance (si différent) : —
Adresse : ⟦a:7, chemin de la Croix-Rouge⟧
Complément : ⟦a:Les Grands Champs⟧ [lieu-dit]
CP : 63140    Commune : CHÂTEL-GUYON
Tél. fixe : ⟦t:04 73 86 [0]2 51⟧           Portable : ⟦t:0 6 . 3 4 . 1 8 . 9 0 . 2 2⟧
Courriel : ⟦e:jb.pougheon@wanadoo.fr⟧
Nombre de personnes au foyer : 4
Véhicule(s) utilisé(s) pour les apports : ⟦pl:DF-447-MG⟧ ; remorque ⟦pl:WKY 63 19⟧ [illisible en partie]
Résidence secondaire : non

Deuxième demande sur le même formulaire (voisine, même adresse de livraison du badge) :
Nom : ⟦p:SARDINHA⟧          Prénom : ⟦p:Graça⟧
Adresse : ⟦a:9, chemin de la Croix-Rouge⟧
Tél. : ⟦t:+33 6 70 08 31 59⟧

Badges attribués : n° ⟦id:0063-114-8823⟧ (⟦p:Pougheon⟧) et n° ⟦id:0063-114-8824⟧ (⟦p:Sardinha⟧).
Saisi par ⟦off:L. Chabrol⟧, accueil mairie, le 20/01/2026.
"""

TXT["m28_export_inscriptions_ecole_musique.txt"] = """
ÉCOLE MUNICIPALE DE MUSIQUE DE LOUDÉAC — EXPORT « inscriptions 2025-2026 » (colonnes à largeur fixe, extrait : classe de guitare et d'accordéon)
Liste des élèves affichée pour les horaires de cours — professeurs : ⟦off:M. Anthony Le Mée⟧ (guitare), ⟦off:Mme Solenn Rivoal⟧ (accordéon)

ID     NOM               PRENOM        NE(E)_EN  INSTRUMENT   COURS             RESPONSABLE          TEL_RESP
G-014  ⟦p:LE CALVEZ⟧         ⟦p:Malo⟧          ⟦bd:2014⟧      guitare      mer 14h00-14h30   ⟦p:LE CALVEZ Anne⟧       ⟦t:0612447893⟧
G-015  ⟦p:BENCHEIKH⟧         ⟦p:Imran⟧         ⟦bd:2012⟧      guitare      mer 14h30-15h00   ⟦p:BENCHEIKH Nadia⟧      ⟦t:0786203145⟧
G-016  ⟦p:HELLEC⟧            ⟦p:Pauline⟧       ⟦bd:1978⟧      guitare      jeu 19h00-19h45   (adulte)             ⟦t:0296284017⟧
G-017  ⟦p:OUEDRAOGO⟧         ⟦p:Aïssata⟧       ⟦bd:2010⟧      guitare      sam 10h00-10h45   ⟦p:OUEDRAOGO Issa⟧       ⟦t:0758914420⟧
G-018  ⟦p:DE KERSAUSON⟧      ⟦p:Tristan⟧       ⟦bd:2015⟧      guitare      mer 15h00-15h30   ⟦p:DE KERSAUSON Hélène⟧  ⟦t:0681350922⟧
A-003  ⟦p:ROPERS⟧            ⟦p:Gilles⟧        ⟦bd:1951⟧      accordéon    mar 17h00-17h45   (adulte)             ⟦t:0296280733⟧
A-004  ⟦p:SZYMAŃSKI⟧         ⟦p:Jan⟧           ⟦bd:2011⟧      accordéon    mar 17h45-18h15   ⟦p:SZYMAŃSKA Ewa⟧        ⟦t:0665092871⟧
A-005  ⟦p:LE BOULANGER⟧      ⟦p:Nolwenn⟧       ⟦bd:2013⟧      accordéon    ven 17h00-17h30   ⟦p:LE BOULANGER Erwan⟧   ⟦t:0623118806⟧
--- 8 enregistrements ---
"""

TXT["m29_liste_benevoles_fete_musique.txt"] = """
FÊTE DE LA MUSIQUE 2026 — PONT-À-MOUSSON — PLANNING DES BÉNÉVOLES
(document de travail envoyé à tous les bénévoles ; merci de signaler les erreurs à ⟦off:Aurélie Marchal⟧, service animation)

Buvette place Duroc (18 h - 21 h) : ⟦p:Sébastien « Seb » Thiriet⟧ ⟦t:06 37 21 80 64⟧, ⟦p:Nour El Houda Amrani⟧ ⟦t:07 81 55 14 02⟧, ⟦p:Gérard Collin⟧
Buvette place Duroc (21 h - 1 h) : ⟦p:Lisa Vautrin⟧, ⟦p:Maxime Hénon⟧ (⟦ag:19 ans⟧), ⟦p:Jean-Marc Didelot⟧ ⟦t:03.83.81.72.06⟧
Accueil des groupes (quai de la Moselle) : ⟦p:Claudine Weiss⟧ ⟦e:claudine.weiss54 at free point fr⟧
Sécurité / barrières : ⟦p:Patrick Lhuillier⟧, ⟦p:Bruno Leclerc⟧, ⟦p:Adama Koulibaly⟧ ⟦t:06 14 09 73 38⟧
Tee-shirts : taille M pour ⟦p:Lisa⟧ et ⟦p:Nour⟧, XL pour ⟦p:Seb⟧ et ⟦p:Bruno⟧.
Covoiturage depuis Blénod : voiture de ⟦p:Jean-Marc D.⟧, ⟦pl:EV-312-GN⟧, départ devant chez lui ⟦a:8 rue Pierre-Curie, Blénod-lès-Pont-à-Mousson⟧ à 17 h 15.

Coordination le soir même : ⟦off:Aurélie Marchal⟧ 06 07 00 54 12 (téléphone de service).
"""

TXT["m30_permissions_voirie.txt"] = """
VILLE DE VILLEFRANCHE-DE-ROUERGUE — PERMISSIONS DE VOIRIE ET ARRÊTÉS DE STATIONNEMENT DÉLIVRÉS — FÉVRIER 2026
(registre publié au recueil des actes administratifs)

2026-V-021 — 02/02 — échafaudage de 8 m² au droit du ⟦a:14 rue de la République⟧ pour ravalement ; demandeur ⟦p:M. Gaston Lagarrigue⟧, propriétaire ; entreprise Bessou Façades.
2026-V-022 — 05/02 — stationnement d'un camion de déménagement ⟦pl:GM-048-RT⟧ devant le ⟦a:3 place Notre-Dame⟧ le 07/02 ; demandeur ⟦p:Mme Yasmina Chérif⟧, ⟦t:06 52 74 19 08⟧.
2026-V-023 — 09/02 — benne à gravats devant le ⟦a:27 avenue Raymond-Caussanel⟧ ; demandeur ⟦p:M. et Mme Van Damme⟧ (⟦p:Pieter et Els⟧), résidents belges, ⟦t:+32 475 81 22 06⟧.
2026-V-024 — 12/02 — terrasse saisonnière du café « Chez Dédé », ⟦p:André Soulié⟧, entrepreneur individuel, SIRET ⟦siret:794 562 031 00029⟧ ; 12 m² place Notre-Dame.
2026-V-025 — 16/02 — nacelle pour élagage au droit de la ⟦a:maison « Les Glycines », 2 chemin de Farrou⟧ ; demandeur ⟦p:Mme Henriette Delmas de Laroque⟧.
2026-V-026 — 20/02 — stationnement d'un véhicule de déménagement immatriculé ⟦pl:EH-929-FL⟧, ⟦a:rue du Sergent-Bories n° 18⟧ ; demandeur ⟦p:M. Karim Belkadi⟧, ⟦e:k.belkadi@proton.me⟧.

Le maire, ⟦off:Serge Roques⟧. Pour ampliation, ⟦off:Corinne Bou⟧, service voirie.
"""

TXT["m31_palmares_maisons_fleuries.txt"] = """
CONCOURS DES MAISONS ET BALCONS FLEURIS 2025 — COMMUNE D'OBERNAI — PALMARÈS
(remise des prix le vendredi 7 novembre 2025 à 18 h, salle du Forum)

Catégorie 1 — Maisons avec jardin visible de la rue
 1. ⟦p:M. et Mme Schwartz (Fernand et Doris)⟧ — ⟦a:23 rue du Général-Gouraud⟧
 2. ⟦p:Mme Odile Hirtz⟧ — ⟦a:« Villa Les Hortensias », 5 chemin du Schenkenberg⟧
 3. ⟦p:M. Vincenzo Marchetti⟧ — ⟦a:9 rue de Bœrsch⟧
Catégorie 2 — Balcons et fenêtres
 1. ⟦p:Mme Fadila Ben Ammar⟧ — ⟦a:Résidence Les Remparts, 12 rue de Sélestat, 3e étage⟧
 2. ⟦p:M. Jean Koehler⟧ — ⟦a:1 place de l'Étoile⟧
 3. ⟦p:Mlle Anh Thu Lê⟧ — ⟦a:7 rue Dietrich, appt 9⟧
Catégorie 3 — Fermes et exploitations
 1. ⟦p:EARL Fritsch (Marc Fritsch)⟧ — ⟦a:Ferme du Bischenberg⟧
 2. ⟦p:M. Raymond Kieffer⟧ — ⟦a:Lieu-dit Niedermatt⟧
Prix spécial du jury (doyenne des participantes) : ⟦p:Mme Marie-Thérèse Stoltz⟧, ⟦ag:96 ans⟧, née le ⟦bd:12 avril 1929⟧ à ⟦bp:Bernardswiller⟧, qui fleurit son balcon depuis 1962.

Jury présidé par ⟦off:M. Philippe Hoerth⟧, adjoint au cadre de vie.
"""

TXT["m32_registre_objets_trouves.txt"] = """
MAIRIE DE CHÂTEAUBRIANT — SERVICE DES OBJETS TROUVÉS — REGISTRE — JANVIER 2026
(extrait affiché à l'accueil : les propriétaires identifiés ont été prévenus ; les objets non réclamés après un an sont vendus ou détruits selon la réglementation)

OT-2026-001 | 03/01 | portefeuille marron contenant la CNI n° ⟦id:1204 4411 7730⟧ au nom de ⟦p:Mme Françoise Bellanger⟧ | déposé par ⟦p:M. Ludovic Gohier⟧ | restitué le 04/01
OT-2026-002 | 05/01 | trousseau de clés avec porte-clés « Bar Tabac Le Rigale » | déposé par la police municipale | non réclamé
OT-2026-003 | 09/01 | passeport ⟦id:18HK52310⟧ au nom de ⟦p:M. Dimitrios Papadopoulos⟧ (⟦p:Δημήτριος Παπαδόπουλος⟧), né le ⟦bd:30/06/1990⟧ | déposé par la SNCF | consulat de Grèce prévenu
OT-2026-004 | 14/01 | téléphone portable (coque bleue) | trouvé ⟦a:parking du 10 rue de Couëré⟧ par ⟦p:Mlle Inès Lemaître⟧ | propriétaire ⟦p:M. Théo Garnier⟧ rappelé au ⟦t:06 24 90 38 15⟧ (numéro d'un proche)
OT-2026-005 | 21/01 | permis de conduire n° ⟦id:140544300125⟧ au nom de ⟦p:M. Abdelaziz Tahiri⟧ | déposé par ⟦p:Mme Jacqueline Rabu⟧ | restitué le 23/01
OT-2026-006 | 27/01 | carte de bibliothèque n° ⟦id:BIB-044-18273⟧ (⟦p:Lilou Moreau⟧) | déposée à la médiathèque | rendue à l'intéressée

Registre tenu par ⟦off:Mme Gaëlle Fresnais⟧.
"""
TXT["m33_inscriptions_repas_aines.txt"] = """
REPAS DES AÎNÉS — DIMANCHE 18 JANVIER 2026 — SALLE DES FÊTES DE SAINT-ÉLOY-LES-MINES
Liste des inscrits (personnes de 70 ans et plus domiciliées dans la commune) — pour le plan de table et le transport

TABLE 1
 ⟦p:Mme Paulette Chirent⟧, ⟦ag:88 ans⟧ — ⟦a:Résidence Les Mineurs, bât. C, rez-de-chaussée, porte 2⟧ — transport par la navette
 ⟦p:M. René Tixier⟧ (né en ⟦bd:1938⟧) et ⟦p:Mme Yvonne Tixier⟧ (née en ⟦bd:1941⟧) — ⟦a:La Bâtisse⟧
 ⟦p:M. Antonio Gonçalves Ribeiro⟧, ⟦ag:77 ans⟧ — ⟦a:12 rue des Écoles⟧
TABLE 2
 ⟦p:Mme Jeanne Aubignat veuve Roux⟧, doyenne du repas, ⟦ag:101 ans⟧ (née le ⟦bd:vingt-neuf février mil neuf cent vingt-quatre⟧) — ⟦a:8 impasse du Chevalet⟧
 ⟦p:M. Stanisław Wójcik⟧ dit « ⟦p:Stan⟧ », ⟦ag:84 ans⟧ — ⟦a:3 cité de la Forêt, 1er étage gauche⟧
 ⟦p:Mme Zohra Meziane⟧, ⟦ag:72 ans⟧ — ⟦a:6 rue du Puits-Saint-Joseph⟧ — accompagnée de sa fille ⟦p:Mme Samia Meziane⟧
TABLE 3
 ⟦p:M. Lucien Perrot⟧, ⟦ag:70 ans⟧, nouvel inscrit — ⟦a:Les Vernades, route de Youx⟧ — ⟦t:04 73 85 07 33⟧
 ⟦p:Mme Odette Bardet⟧ et ⟦p:M. Jacques Bardet⟧ — ⟦a:15 avenue de la République⟧ — viennent en voiture ⟦pl:BX-601-HK⟧

Navette (minibus communal) : départ 11 h 30 — chauffeur ⟦off:M. Rémi Vialle⟧, agent technique.
Animation musicale : accordéoniste ⟦p:Didier Pradier⟧ dit « ⟦p:Didou⟧ », ⟦t:06 42 17 95 06⟧, SIRET ⟦siret:502 381 744 00026⟧.
Liste arrêtée par ⟦off:Mme Carole Dumas⟧, service des fêtes et cérémonies.
"""

TXT["m34_registre_declarations_prealables.txt"] = """
COMMUNE DE MARMANDE — DÉCLARATIONS PRÉALABLES DE TRAVAUX — DÉCISIONS DU MOIS DE JANVIER 2026
n° dossier       | déclarant                              | adresse des travaux                         | cadastre           | nature                         | décision
DP 047157 25 0311| ⟦p:M. LAFFARGUE Christophe⟧                | ⟦a:41 avenue Jean-Jaurès⟧                       | ⟦cad:BH 208⟧             | clôture + portail              | non-opposition 05/01
DP 047157 25 0318| ⟦p:Mme SOULÈS-CASTAING Régine⟧             | ⟦a:Lieu-dit Baylac, route de Beaupuy⟧           | ⟦cad:ZN 77⟧              | abri de jardin 12 m²           | non-opposition 08/01
DP 047157 25 0320| ⟦p:M. Mustafa Aydın⟧                       | ⟦a:7 rue Léopold-Faye⟧                          | ⟦cad:CK 112⟧             | remplacement menuiseries       | non-opposition 09/01
DP 047157 25 0324| ⟦p:M. et Mme Pereira da Silva⟧             | ⟦a:Le Petit Bigot, chemin de Trinquelune⟧       | ⟦cad:YA 15, 16 et 19⟧    | piscine 32 m²                  | non-opposition 15/01
DP 047157 26 0002| ⟦p:Mlle Camille Dubourg⟧                   | ⟦a:2 place du Marché, 1er étage⟧                | ⟦cad:AB 56⟧              | velux (ABF consulté)           | opposition 22/01
DP 047157 26 0005| ⟦p:M. Thanh Hai Trinh⟧                     | ⟦a:18 boulevard de la Liberté⟧                  | ⟦cad:BC 0431⟧            | panneaux photovoltaïques       | non-opposition 26/01
DP 047157 26 0007| ⟦p:Mme Béatrice de Lur-Saluces⟧            | ⟦a:Château de Beyssac⟧                          | ⟦cad:ZB 3 et ZB 4⟧       | division en vue de bâtir       | non-opposition 29/01

Affiché en mairie le 2 février 2026 — l'adjoint à l'urbanisme, ⟦off:Francis Lamothe⟧.
"""

TXT["m35_courriels_jumelage_familles_accueil.txt"] = """
Objet : Jumelage Thonon — Mindelheim : familles d'accueil, séjour du 14 au 18 mai 2026
De : ⟦off:Mme Claire Jacquier⟧ <jumelage@ville-thonon.fr>
À : familles-accueil-2026 (liste de diffusion)
Date : 3 avril 2026 09:15

Bonjour à toutes et à tous,
Voici les appariements définitifs. Merci de prendre contact avec « vos » invités avant le séjour.

Famille d'accueil à Thonon                                 | Invité(s) de Mindelheim
⟦p:Famille Dufournet⟧ — ⟦a:4 avenue de Corzent⟧ — ⟦t:04 50 71 28 93⟧   | ⟦p:Herr und Frau Schäffler (Georg und Hildegard)⟧, ⟦a:Maximilianstraße 12, 87719 Mindelheim⟧, ⟦t:+49 8261 76 39 10⟧
⟦p:M. Karim Zerrouki⟧ — ⟦a:17 chemin de Morcy, villa « Le Belvédère »⟧  | ⟦p:Tobias Huber⟧ (⟦ag:16 ans⟧, élève), ⟦e:tobi.huber@web.de⟧
⟦p:Mme Pascale Berthier-Vuagnat⟧ — ⟦t:06 87 45 02 31⟧            | ⟦p:Frau Anneliese Gruber⟧, ⟦ag:79 ans⟧, ⟦t:0049 (0)8261 5548⟧
⟦p:M. et Mme Nakamura-Perrin⟧ — ⟦a:Résidence Les Ursules, 3e étage, porte 31⟧ | ⟦p:Familie Özdemir (Ali, Meryem, Can)⟧, ⟦a:Bahnhofstr. 3a, Mindelheim⟧

Accueil officiel : vendredi 15 mai à 18 h à l'hôtel de ville par ⟦off:M. Christophe Arminjon⟧, maire, et ⟦off:Bürgermeister Dr. Stephan Winter⟧.

Bien cordialement,
⟦off:Claire Jacquier⟧ — chargée des relations internationales

> Le 1 avr. 2026, ⟦p:Pascale Berthier⟧ <⟦e:pascale.berthier.vuagnat@bluewin.ch⟧> a écrit :
> Bonjour Claire, je peux accueillir une personne seule (chambre au rez-de-chaussée, pas d'escalier). Je travaille à Genève, mon numéro suisse est le ⟦t:+41 79 318 62 07⟧.
> ⟦p:Pascale⟧
"""

TXT["m36_commission_controle_listes_electorales.txt"] = """
COMMUNE DE PERTUIS — COMMISSION DE CONTRÔLE DES LISTES ÉLECTORALES
PROCÈS-VERBAL DE LA RÉUNION DU 19 FÉVRIER 2026 (article L. 19 du code électoral) — tableau des inscriptions et radiations publié

Membres : ⟦off:M. Henri Castelli⟧ (conseiller municipal, liste majoritaire), ⟦off:Mme Sylvie Bertrand-Olivier⟧, ⟦off:M. Mounir Ghezal⟧ (liste minoritaire).
Agent : ⟦off:Mme Virginie Roux⟧, service élections.

INSCRIPTIONS DEPUIS LA DERNIÈRE RÉUNION (extrait)
 ⟦p:ALBERTINI Lucie Marie⟧, née le ⟦bd:02/02/2008⟧ à ⟦bp:Aix-en-Provence (13)⟧ — ⟦a:11 rue Colbert⟧ — inscription d'office (jeune majeure)
 ⟦p:CAMARA Seydou⟧, né le ⟦bd:17/05/1983⟧ à ⟦bp:Bamako (Mali)⟧ — ⟦a:Les Logis de la Durance, bât. 2⟧ — nouvel habitant de la commune
 ⟦p:FOURNIER-LEDUC Gaëtan⟧, né le ⟦bd:23/11/1960⟧ à ⟦bp:Lyon 3e⟧ — ⟦a:Chemin des Grandes Terres, mas « La Bastide Rose »⟧
 ⟦p:MÜLLER Anja⟧, née le ⟦bd:08/08/1975⟧ à ⟦bp:Freiburg im Breisgau (Allemagne)⟧ — liste complémentaire (municipales, ressortissante UE)
 ⟦p:SEGURA Manuel⟧, né le ⟦bd:1er/01/1955⟧ à ⟦bp:Oran (Algérie)⟧ — ⟦a:4 rue de la Tour⟧
RADIATIONS
 ⟦p:BLANC Josiane⟧ — inscrite à Manosque (04)
 ⟦p:REYNAUD Pierre⟧ — inscrit à Marseille 8e
 ⟦p:TESTANIÈRE Lucienne⟧, décès

Aucun recours n'a été formé. La commission a vérifié la régularité de la liste.
Signé : ⟦off:H. Castelli⟧, ⟦off:S. Bertrand-Olivier⟧, ⟦off:M. Ghezal⟧.
"""
TXT["m37_registre_pret_materiel.txt"] = """
SERVICES TECHNIQUES DE LA CHÂTRE — PRÊT DE MATÉRIEL AUX PARTICULIERS ET ASSOCIATIONS — REGISTRE 2026 (janvier à avril)

date sortie|emprunteur|matériel|adresse de livraison|contact|retour
10/01|⟦p:Mme GIRAULT Colette⟧|6 tables, 30 chaises|⟦a:2 rue Nationale, cour arrière⟧|⟦t:02 54 48 27 61⟧|12/01 ok
24/01|Club de l'Amitié (⟦p:M. Roland Auclair⟧)|sono portable|salle Maurice-Sand|⟦t:06 80 22 51 97⟧|26/01 ok
07/02|⟦p:M. TOURNAYRE Jean-Philippe⟧|barnum 3x6|⟦a:Domaine de Vilaine, route de Montgivray⟧|⟦e:jp.tournayre@hotmail.fr⟧|09/02 ok (une sardine manquante)
21/02|⟦p:Mlle BOUKHALFA Yasmine⟧|10 bancs|⟦a:La Rochaille, 36400 Lacs⟧|⟦t:07.56.81.40.29⟧|23/02 ok
14/03|⟦p:M. et Mme Perrichon⟧|podium 4 éléments|⟦a:11 impasse George-Sand⟧|⟦t:06 62 48 03 75⟧|16/03 ok
28/03|⟦p:M. Lindqvist Erik⟧ (⟦a:Storgatan 21, 582 23 Linköping, Suède⟧ — résidence secondaire ⟦a:Le Petit Moulin, Briantes⟧)|4 tables|à emporter, véhicule ⟦pl:ABC 123⟧ (plaque suédoise)|⟦t:+46 70 412 58 93⟧|30/03 ok
11/04|Comité des fêtes (⟦p:Dédé⟧ — ⟦p:André Mauduit⟧)|grilles d'exposition|église Saint-Germain|⟦t:06 85 91 17 44⟧|en cours

Visa du responsable du magasin : ⟦off:Guy Lherpinière⟧.
"""

TXT["m38_boite_a_idees_transcription.txt"] = """
BOÎTE À IDÉES DE LA MÉDIATHÈQUE ET DE LA MAIRIE — GEX — TRANSCRIPTION DES BILLETS (janvier-février 2026)
(transcrits tels quels, fautes comprises ; publiés avec les réponses de la municipalité)

Billet 1 — « Il faudrait un banc devant la pharmacie rue de l'Horloge. ⟦p:mme jaquet⟧ ⟦a:4 rue de l'Horloge⟧ »
Réponse : un banc sera installé au printemps.

Billet 2 — « Plus de livres en portugais svp !! ⟦p:Ana Paula⟧ ⟦p:dos Reis⟧, tél ⟦t:07 58
21 33 09⟧ »
(le numéro est écrit sur deux lignes du billet)
Réponse : une commande de 40 titres est prévue.

Billet 3 — « ouverture le dimanche matin ? — ⟦p:JC⟧ (⟦p:Jean-Claude Vuaillat⟧) ⟦e:jcvuaillat chez gmail.com⟧ »
Réponse : expérimentation le premier dimanche de chaque mois.

Billet 4 — « Atelier informatique pour les seniors. ⟦p:Gérard ROLLIN⟧, ⟦ag:soixante-dix-huit ans⟧, ⟦a:Bât. Les Pervenches
esc. 2 — 5e étage⟧ »
Réponse : les ateliers reprennent le mardi à 14 h.

Billet 5 — « Un club de go ? contactez-moi : ⟦p:Tran Minh Quân⟧ / ⟦e:minhquan.tran [@] outlook [.] fr⟧ / ⟦o:https://github.com/mq-tran⟧ »
Réponse : la médiathèque met une salle à disposition le samedi.

Billet 6 — « Merci à ⟦p:Sylvie⟧ de l'accueil pour sa gentillesse. »
(agente d'accueil : ⟦off:Sylvie Dunand⟧ — remerciements transmis)

Billet 7 — « Des cours de russe ? ⟦p:Natalia⟧ ⟦p:K.⟧ ⟦t:+7 916 245-81-30⟧ (je suis là jusqu'en juin) »
Réponse : nous transmettons à l'université populaire.

Réponses rédigées par ⟦off:M. Rémi Gautier⟧, responsable de la médiathèque.
"""

TXT["m39_pv_commission_foire.txt"] = """
FOIRE DE LA SAINT-MARTIN — LOUDÉAC — 11 NOVEMBRE 2025
PROCÈS-VERBAL DE LA COMMISSION D'ATTRIBUTION DES EMPLACEMENTS (séance du 14 octobre 2025)

Présents : ⟦off:M. Bruno Le Tallec⟧, adjoint au commerce, président ; ⟦off:Mme Armelle Jégo⟧, placière ; deux représentants des commerçants non sédentaires, ⟦p:M. Joseph Le Floch⟧ et ⟦p:Mme Nadine Corbel⟧.

Demandes examinées (secteur place de l'Église — 22 emplacements) :
— ⟦p:M. Fabien Guillemot⟧, outillage, SIRET ⟦siret:853 117 204 00015⟧, fourgon ⟦pl:FZ-739-QA⟧ : accepté, emplacement 4 (inchangé depuis 2012).
— ⟦p:Mme Rosa Ferrer i Puig⟧, charcuterie catalane, ⟦a:Carrer de la Indústria 14, 17800 Olot (Espagne)⟧, véhicule ⟦pl:4417 KRT⟧, ⟦t:+34 650 21 87 44⟧ : acceptée, emplacement 9.
— ⟦p:M. Gaëtan Nicolas⟧ (camion-pizza « Chez Gaëtan »), SIRET ⟦siret:79824116300035⟧ : accepté sous réserve du branchement électrique.
— ⟦p:M. Jules De Smet⟧, jouets en bois, ⟦a:Kerkstraat 8, 8900 Ieper (Belgique)⟧, ⟦pl:2-CVB-118⟧ : accepté, emplacement 15.
— ⟦p:Mme Chantal Le Moing⟧, vêtements : refusée faute de place dans la catégorie ; inscrite en liste d'attente (rang 2).
— ⟦p:M. Lamine Sow⟧, artisanat sénégalais, ⟦t:07 51 20 49 87⟧ : accepté, emplacement 18.

Le tirage au sort des emplacements restants a été effectué par ⟦p:Maëlys Corbel⟧, ⟦ag:10 ans⟧, fille de ⟦p:Mme Corbel⟧.
Séance levée à 19 h 40. Le président, ⟦off:Bruno Le Tallec⟧.
"""

TXT["m40_inscriptions_trail.txt"] = """
TRAIL DES GORGES DU TARN — MILLAU — 15 KM — LISTE DES INSCRITS AU 20/04/2026 (publiée sur le site de la course et affichée au retrait des dossards)
dossard;nom;prenom;annee;cat;club;licence;ville
101;⟦p:ALIBERT⟧;⟦p:Romain⟧;⟦bd:1988⟧;SE M;Millau Athlé;⟦id:1638294⟧;Millau
102;⟦p:BOUSQUET⟧;⟦p:Nathalie⟧;⟦bd:1972⟧;M2 F;non licenciée;;Creissels
103;⟦p:CHARTIER-MEUNIER⟧;⟦p:Élodie⟧;⟦bd:1995⟧;SE F;AS Rodez;⟦id:1702118⟧;Rodez
104;⟦p:DELMAS⟧;⟦p:Jean⟧;⟦bd:1959⟧;M4 M;Aveyron Trail;⟦id:917345⟧;Saint-Georges-de-Luzençon
105;⟦p:ESPINASSE⟧;⟦p:Théo⟧;⟦bd:2007⟧;JU M;Millau Athlé;⟦id:2045537⟧;Millau
106;⟦p:FERRAND⟧;⟦p:Joëlle⟧;⟦bd:1966⟧;M3 F;triathlon Millau;⟦id:A81723C⟧;Millau
107;⟦p:GHARBI⟧;⟦p:Anis⟧;⟦bd:1991⟧;SE M;non licencié;;Montpellier
108;⟦p:HENDRICKX⟧;⟦p:Wim⟧;⟦bd:1980⟧;M1 M;Running Club Gent;⟦id:BE-VAL 22-4471⟧;Gent (BEL)
109;⟦p:IZQUIERDO⟧;⟦p:Pilar⟧;⟦bd:1984⟧;M0 F;CA Béziers;⟦id:1589036⟧;Béziers
110;⟦p:JULIEN⟧;⟦p:Martin⟧;⟦bd:1999⟧;SE M;non licencié;;La Cavalerie
"""
HTML["mh01_nouveaux_arrivants_accueil.html"] = {
    "title": "Bienvenue aux nouveaux habitants — cérémonie d'accueil du 24 janvier 2026 — Montfort-sur-Meu",
    "body": """
<h1>Bienvenue aux nouveaux Montfortais !</h1>
<p>Le samedi 24 janvier, ⟦off:Gérard Lemarié⟧, maire, et les élus ont accueilli une trentaine de familles installées en 2025. Avec leur accord, nous publions la liste des foyers présents, pour que les voisins puissent se présenter.</p>
<ul>
<li>⟦p:Julie et Maxime Hervouët⟧, avec ⟦p:Lou⟧ (⟦ag:4 ans⟧) — arrivés de Nantes, ⟦a:lotissement du Pâtis, 11 impasse Marie-Thérèse Gicquel⟧</li>
<li>⟦p:Dr Samuel Osei-Mensah⟧, vétérinaire, et ⟦p:Abena Osei-Mensah⟧ — ⟦a:6 rue de Hennebont⟧</li>
<li>⟦p:Sakura Takahashi⟧ (⟦p:高橋さくら⟧), professeure de japonais — ⟦a:Résidence de l'Abbaye, bât. B, 2e étage⟧ — cours à domicile : ⟦e:sakura.takahashi.bzh@gmail.com⟧</li>
<li>⟦p:Famille Le Meur-Quéméner⟧ — ⟦a:Le Bois-Jumel⟧, ancienne ferme rénovée</li>
<li>⟦p:Mathieu Roinel⟧ et ⟦p:Inès Boukhari⟧ — ⟦a:3 place de la Cohue⟧, au-dessus de leur future librairie</li>
<li>⟦p:Mrs Fiona MacLeod⟧, retraitée écossaise, ⟦a:« Ty Glaz », chemin du Moulin-de-la-Planche⟧ — elle anime un club de conversation anglaise : ⟦t:07 45 18 60 92⟧</li>
</ul>
<p>Vous venez d'arriver ? Inscrivez-vous auprès de l'accueil (02 99 09 00 17) ou de ⟦off:Lénaïg Corre⟧, chargée de la vie locale.</p>
""",
}

HTML["mh02_palmares_concours_photo.html"] = {
    "title": "Concours photo « Mon quartier en hiver » — palmarès 2026 — Ville de Vitré",
    "body": """
<h1>Concours photo « Mon quartier en hiver » : le palmarès</h1>
<p>Le jury, présidé par ⟦off:Marie-Annick Boisnard⟧, adjointe à la démocratie locale, a examiné 126 photographies.</p>
<table>
<tr><th>Prix</th><th>Auteur</th><th>Âge</th><th>Titre</th><th>Retrouvez l'auteur</th></tr>
<tr><td>1er prix</td><td>⟦p:Corentin Gaudin⟧</td><td>⟦ag:34 ans⟧</td><td>Givre sur la Vilaine</td><td>⟦o:@corentin_gdn⟧</td></tr>
<tr><td>2e prix</td><td>⟦p:Rabia Yılmaz⟧</td><td>⟦ag:27 ans⟧</td><td>Marché du lundi</td><td>⟦o:rabiayilmaz.photo⟧</td></tr>
<tr><td>3e prix</td><td>⟦p:Jean-Louis Aubrée⟧</td><td>⟦ag:68 ans⟧</td><td>Le château sous la neige</td><td>—</td></tr>
<tr><td>Prix jeunesse</td><td>⟦p:Zélie Pichon⟧</td><td>⟦ag:12 ans⟧</td><td>Bonhomme de neige rue de Paris</td><td>—</td></tr>
<tr><td>Coup de cœur</td><td>⟦p:Tomasz Wiśniewski⟧</td><td>⟦ag:41 ans⟧</td><td>Fenêtres</td><td>⟦o:https://www.flickr.com/photos/tomwis⟧</td></tr>
</table>
<p>Les lauréats recevront leur prix le 14 mars. Contact du photo-club partenaire : ⟦p:Yolande Brossault⟧, ⟦e:yolande.brossault@orange.fr⟧, ⟦t:02 99 75 31 44⟧.</p>
""",
}

HTML["mh03_candidats_conseil_municipal_jeunes.html"] = {
    "title": "Élection du conseil municipal des jeunes 2026 — les candidats — Pont-à-Mousson",
    "body": """
<h1>Conseil municipal des jeunes : découvrez les candidats</h1>
<p>Les élèves de CM1, CM2 et 6e voteront le 10 février. Chaque candidat a présenté son projet ; voici leurs « professions de foi » résumées.</p>
<h2>École du Centre</h2>
<div class="candidat"><strong>⟦p:Léonie BAUDOIN⟧</strong>, ⟦ag:10 ans⟧, CM2 : « Je veux des poubelles de tri dans la cour. »</div>
<div class="candidat"><strong>⟦p:Ibrahim DIALLO⟧</strong>, ⟦ag:9 ans⟧, CM1 : « Un terrain de foot avec des vrais filets. »</div>
<h2>École Jean-Jaurès</h2>
<div class="candidat"><strong>⟦p:Maëlys GÉRARDIN⟧</strong>, née en ⟦bd:2015⟧, CM2 : « Une boîte à livres au parc. »</div>
<div class="candidat"><strong>⟦p:Arthur DE BROSSARD⟧</strong>, ⟦ag:11 ans⟧, 6e : « Plus de pistes cyclables pour aller au collège. »</div>
<div class="candidat"><strong>⟦p:Chen YU-XUAN⟧</strong> (⟦p:余雨萱⟧), ⟦ag:10 ans⟧, CM2 : « Un club de dessin le mercredi. »</div>
<h2>Collège Marquette</h2>
<div class="candidat"><strong>⟦p:Eliott MARCHAND-KHELIFI⟧</strong>, ⟦ag:11 ans⟧, 6e : « Un concours de cuisine entre les écoles. »</div>
<div class="candidat"><strong>⟦p:Zoé CHARLIER⟧</strong>, ⟦ag:11 ans⟧, 6e, grande sœur de ⟦p:Noa⟧ : « Que les enfants puissent voter pour le menu une fois par mois. »</div>
<p>Animatrice du CMJ : ⟦off:Mme Amandine Petitjean⟧. Élu référent : ⟦off:M. Olivier Hanot⟧.</p>
""",
}

HTML["mh04_annuaire_associations.html"] = {
    "title": "Annuaire des associations — Saint-Amand-Montrond — mise à jour février 2026",
    "body": """
<h1>Annuaire des associations</h1>
<p>Les coordonnées ci-dessous ont été communiquées par les associations elles-mêmes pour être publiées.</p>
<h2>Sport</h2>
<dl>
<dt>Cyclo-club saint-amandois</dt><dd>Président : ⟦p:Bernard Aufrère⟧ — ⟦t:06 14 52 80 37⟧ — ⟦a:8 rue de la Tannerie⟧</dd>
<dt>Karaté Shotokan du Cher</dt><dd>Contact : ⟦p:Sensei Farid Menasria⟧ — ⟦e:farid.menasria arobase gmail.com⟧</dd>
<dt>Pétanque de l'Orval</dt><dd>⟦p:Jacky « le Grand » Tissier⟧, ⟦t:02 48 96 33 71⟧ (le soir)</dd>
</dl>
<h2>Culture</h2>
<dl>
<dt>Les Amis du Vieux Saint-Amand</dt><dd>Présidente : ⟦p:Mme Geneviève de Bonneval⟧ — ⟦a:Château de Bonneval, 18200 Orval⟧ — ⟦e:g.debonneval@free.fr⟧</dd>
<dt>Chorale Arc-en-Ciel</dt><dd>⟦p:Anne-Sophie Rabier⟧ — ⟦t:07 82 33 15 60⟧ — blog ⟦o:choralearcenciel18.over-blog.com⟧ (tenu par elle)</dd>
<dt>Atelier de calligraphie arabe et latine</dt><dd>⟦p:Mohammed Ait Ouarab⟧ (⟦p:محمد آيت واعراب⟧) — ⟦t:06 31 07 88 24⟧</dd>
</dl>
<h2>Solidarité et vie locale</h2>
<dl>
<dt>Jumelage Saint-Amand — Wertheim</dt><dd>⟦p:Heike Lorenz⟧ — ⟦t:+49 9342 7719⟧ — ⟦a:Mainplatz 4, 97877 Wertheim⟧ ; côté français : ⟦p:Daniel Morin⟧, ⟦t:02.48.60.19.85⟧</dd>
</dl>
<p>Mise à jour : service vie associative — ⟦off:Élodie Brunet⟧.</p>
""",
}

HTML["mh05_synthese_enquete_publique.html"] = {
    "title": "Enquête publique — déclassement d'un chemin rural au lieu-dit La Croix-Blanche — synthèse des observations",
    "body": """
<h1>Déclassement et aliénation du chemin rural dit « de la Croix-Blanche »</h1>
<p>Commune de Lectoure — enquête publique du 5 au 20 janvier 2026 — commissaire enquêtrice : ⟦off:Mme Agnès Dufréchou⟧.</p>
<p>Le chemin, long de 340 m, dessert uniquement les parcelles ⟦cad:ZH 21⟧ et ⟦cad:ZH 22⟧ appartenant à ⟦p:M. Jean-Marie Boubée⟧ (⟦a:ferme de la Croix-Blanche⟧) et la parcelle ⟦cad:ZH 30⟧ appartenant à l'indivision ⟦p:Lasserre-Dupuy⟧. M. Boubée s'est porté acquéreur.</p>
<h2>Observations recueillies</h2>
<ol>
<li><b>⟦p:Mme Colette Lasserre-Dupuy⟧</b>, ⟦a:12 rue Nationale⟧, au nom de l'indivision : demande une servitude de passage pour accéder à ⟦cad:ZH 30⟧.</li>
<li><b>⟦p:M. Hugh Pemberton⟧</b>, propriétaire de la maison « ⟦a:Le Pigeonnier, chemin de Pradoulin⟧ », courriel ⟦e:hugh.pemberton@btinternet.com⟧ : souhaite que le chemin reste ouvert aux randonneurs.</li>
<li><b>⟦p:M. Boubée⟧</b> : accepte la servitude et le maintien d'un passage piéton.</li>
<li><b>Anonyme</b> (courrier non signé) : sans objet.</li>
<li><b>⟦p:Mme Inès Ait-Kaci⟧</b>, ⟦t:06 79 04 52 18⟧, randonneuse : favorable au passage piéton.</li>
</ol>
<p>Avis favorable de la commissaire enquêtrice avec réserve (servitude au profit de ⟦cad:ZH 30⟧). Le maire, ⟦off:Jean-Louis Castell⟧.</p>
""",
}
HTML["mh06_planning_salles_municipales.html"] = {
    "title": "Planning d'occupation des salles municipales — avril 2026 — Villefranche-de-Rouergue",
    "body": """
<h1>Occupation des salles — avril 2026</h1>
<p>Tableau généré depuis le logiciel de réservation (les cellules sont accolées sans séparateur dans l'export d'origine).</p>
<table>
<tr><th>Date</th><th>Salle</th><th>NOM</th><th>Prénom</th><th>Objet</th><th>Téléphone</th></tr>
<tr><td>04/04</td><td>Salle du Rouergue</td><td>⟦p:BESSIÈRE⟧</td><td>⟦p:Audrey⟧</td><td>mariage</td><td>⟦t:0681402766⟧</td></tr>
<tr><td>05/04</td><td>Salle du Rouergue</td><td>⟦p:BESSIÈRE⟧</td><td>⟦p:Audrey⟧</td><td>retour de noces</td><td>⟦t:0681402766⟧</td></tr>
<tr><td>11/04</td><td>Salle Pierre-Mendès</td><td>⟦p:KHELIL⟧</td><td>⟦p:Yacine⟧</td><td>anniversaire ⟦ag:18 ans⟧</td><td>⟦t:0764 21 58 93⟧</td></tr>
<tr><td>12/04</td><td>Salle des Pénitents</td><td>⟦p:VIGUIÉ-LACOMBE⟧</td><td>⟦p:Marie-Hélène⟧</td><td>exposition de peintures</td><td>⟦t:05 65 45 60 27⟧</td></tr>
<tr><td>18/04</td><td>Salle du Rouergue</td><td>⟦p:SANTOS⟧</td><td>⟦p:Bruno⟧</td><td>baptême civil</td><td>⟦t:+351 916 402 775⟧</td></tr>
<tr><td>19/04</td><td>Salle Pierre-Mendès</td><td>⟦p:DELPECH⟧</td><td>⟦p:Florian⟧</td><td>assemblée de copropriété ⟦a:Résidence du Tricot, 9 avenue Raymond-Caussanel⟧</td><td>⟦t:07 57 12 83 09⟧</td></tr>
<tr><td>25/04</td><td>Salle des Pénitents</td><td>⟦p:NDIAYE-FALL⟧</td><td>⟦p:Khady⟧</td><td>conférence (atelier de couture)</td><td>⟦t:06 09 18 72 44⟧</td></tr>
<tr><td>26/04</td><td>Salle du Rouergue</td><td>⟦p:ROUQUETTE⟧</td><td>⟦p:Gilles⟧</td><td>vide-dressing</td><td>⟦t:05.65.45.18.72⟧</td></tr>
</table>
<p>Régie des salles : ⟦off:Corinne Bou⟧ — 05 65 45 13 18.</p>
""",
}

HTML["mh07_commercants_ambulants_autorises.html"] = {
    "title": "Commerçants ambulants autorisés sur le domaine public — 2026 — Thonon-les-Bains",
    "body": """
<h1>Autorisations de vente ambulante 2026</h1>
<p>Liste publiée en application de l'arrêté municipal n° 2026-AR-014. Emplacements : quai de Rives, place des Arts, plage municipale (saison).</p>
<table>
<tr><th>Titulaire</th><th>Activité</th><th>SIRET</th><th>Véhicule</th><th>Emplacement</th></tr>
<tr><td>⟦p:PERRILLAT Jérémy⟧</td><td>glaces artisanales</td><td>⟦siret:501 276 944 00031⟧</td><td>⟦pl:FW-402-KE⟧</td><td>quai de Rives</td></tr>
<tr><td>⟦p:BAUD-GRASSET Amélie⟧</td><td>crêpes</td><td>⟦siret:81877325100019⟧</td><td>⟦pl:GC-117-TR⟧</td><td>place des Arts</td></tr>
<tr><td>⟦p:NAVARRO Miguel Ángel⟧</td><td>churros</td><td>⟦siret:790 334 581 00027⟧</td><td>⟦pl:1932 LPF⟧</td><td>plage municipale</td></tr>
<tr><td>⟦p:DUCRET Sébastien⟧</td><td>food truck burgers</td><td>⟦siret:84720153900012⟧</td><td>⟦pl:GE 580 AB⟧</td><td>quai de Rives</td></tr>
<tr><td>⟦p:ZUFFEREY Nicolas⟧</td><td>raclette (camion suisse)</td><td>⟦id:CHE-412.887.301⟧ (registre suisse)</td><td>⟦pl:VS 204 118⟧</td><td>place des Arts, le samedi</td></tr>
<tr><td>⟦p:ASSOUMANI Moinaécha⟧</td><td>samoussas, cuisine comorienne</td><td>⟦siret:881 409 327 00016⟧</td><td>⟦pl:FL-992-HW⟧</td><td>plage municipale</td></tr>
</table>
<p>Renseignements : service du domaine public, ⟦off:M. Patrice Chessel⟧.</p>
""",
}

HTML["mh08_carnet_bulletin_municipal.html"] = {
    "title": "Le Montfortais n° 142 — printemps 2026 — Carnet",
    "body": """
<h1>Carnet</h1>
<p>Ne figurent dans ce carnet que les naissances et les mariages dont les familles ont donné leur accord pour la publication.</p>
<h2>Bienvenue à</h2>
<ul>
<li>⟦p:Éline⟧, née le ⟦bd:4 décembre 2025⟧, fille de ⟦p:Sarah Lebreton⟧ et ⟦p:Guillaume Frétigné⟧, ⟦a:rue de Coulon⟧</li>
<li>⟦p:Noam Benali⟧, né le ⟦bd:19 décembre 2025⟧ à ⟦bp:Rennes⟧</li>
<li>⟦p:Gabin et Jeanne⟧, jumeaux, nés le ⟦bd:premier janvier 2026⟧, chez ⟦p:Maud et Sylvain Duval-Perrin⟧</li>
<li>⟦p:Tiago Monteiro Lopes⟧, né le ⟦bd:27/01/2026⟧</li>
<li>⟦p:Aya⟧, née le ⟦bd:9 février 2026⟧, fille de ⟦p:Kenza El Idrissi⟧ et ⟦p:Yanis Kaddour⟧</li>
</ul>
<h2>Ils se sont dit oui</h2>
<ul>
<li>⟦p:Margaux Chevalier⟧ et ⟦p:Hugo Briand⟧, le 14 février 2026</li>
<li>⟦p:Pauline Robert⟧ et ⟦p:Kévin Le Roux⟧, le 28 février 2026</li>
</ul>
<p>Pour faire paraître un événement : ⟦off:Nathalie Orhan⟧, état civil.</p>
""",
}

HTML["mh09_conseil_quartier_tirage_au_sort.html"] = {
    "title": "Conseils de quartier — habitants tirés au sort — mandat 2026-2028 — Riom",
    "body": """
<h1>Les habitants tirés au sort pour les conseils de quartier</h1>
<p>Le tirage au sort public a eu lieu le 30 janvier 2026 en salle du conseil, sous le contrôle de ⟦off:Maître Claire Dauphin⟧, commissaire de justice. Les personnes tirées au sort ont accepté de siéger.</p>
<table>
<tr><th>Quartier</th><th>Habitant</th><th>Rue</th><th>Tranche d'âge</th></tr>
<tr><td>Centre ancien</td><td>⟦p:Mme Hélène Tran Van Khai⟧</td><td>⟦a:rue de l'Horloge⟧</td><td>40-59 ans</td></tr>
<tr><td>Centre ancien</td><td>⟦p:M. Baptiste Croizet⟧</td><td>⟦a:rue Saint-Louis⟧</td><td>18-25 ans</td></tr>
<tr><td>Les Charmettes</td><td>⟦p:Mme Yasmina Haddad-Roux⟧</td><td>⟦a:allée des Charmettes, bât. 5⟧</td><td>26-39 ans</td></tr>
<tr><td>Les Charmettes</td><td>⟦p:M. Serge Faure⟧</td><td>⟦a:avenue de Châtel⟧</td><td>60 ans et plus</td></tr>
<tr><td>Le Couriat</td><td>⟦p:M. Yaw Boateng⟧</td><td>⟦a:rue du Couriat⟧</td><td>40-59 ans</td></tr>
<tr><td>Le Couriat</td><td>⟦p:Mlle Océane Mallet⟧ (⟦ag:18 ans⟧, la plus jeune conseillère)</td><td>⟦a:impasse des Vignes⟧</td><td>18-25 ans</td></tr>
<tr><td>Ménétrel-Mozac</td><td>⟦p:M. Jean-Pierre Quinquin⟧</td><td>⟦a:route de Mozac, « Les Tilleuls »⟧</td><td>60 ans et plus</td></tr>
</table>
<p>Les réunions sont ouvertes au public. Contact : ⟦off:Laurence Mallet⟧, adjointe à la participation citoyenne.</p>
""",
}

HTML["mh10_resultats_cross_ecoles.html"] = {
    "title": "Cross des écoles 2026 — résultats — Marmande",
    "body": """
<h1>Cross des écoles du 27 mars 2026 — résultats</h1>
<p>Bravo aux 412 élèves qui ont couru au parc de la Filhole ! Voici les trois premiers de chaque course (les familles ont autorisé la publication).</p>
<h2>CM2 filles (1 200 m)</h2>
<table>
<tr><th>Place</th><th>Élève</th><th>Né(e) le</th><th>École</th><th>Temps</th></tr>
<tr><td>1</td><td>⟦p:Louna Barthe⟧</td><td>⟦bd:14/02/2015⟧</td><td>Jean-Macé</td><td>5'12''</td></tr>
<tr><td>2</td><td>⟦p:Amira Benslimane⟧</td><td>⟦bd:03/07/2015⟧</td><td>Labrunie</td><td>5'19''</td></tr>
<tr><td>3</td><td>⟦p:Clémence de Sèze⟧</td><td>⟦bd:22/10/2015⟧</td><td>Jean-Macé</td><td>5'27''</td></tr>
</table>
<h2>CM2 garçons (1 200 m)</h2>
<table>
<tr><th>Place</th><th>Élève</th><th>Né le</th><th>École</th><th>Temps</th></tr>
<tr><td>1</td><td>⟦p:Nathan Lafitte⟧</td><td>⟦bd:30/01/2015⟧</td><td>Beyssac</td><td>4'48''</td></tr>
<tr><td>2</td><td>⟦p:Moussa Cissé⟧</td><td>⟦bd:11/11/2015⟧</td><td>Labrunie</td><td>4'51''</td></tr>
<tr><td>3</td><td>⟦p:Ethan Pereira⟧</td><td>⟦bd:06/05/2015⟧</td><td>Jean-Macé</td><td>5'02''</td></tr>
</table>
<p>Médailles remises par ⟦off:Mme Véronique Lagrange⟧, adjointe aux sports. Photographies : ⟦p:Patrick Dupin⟧, parent bénévole (⟦o:instagram.com/pat.dupin.photo⟧).</p>
""",
}
DOCX["mw01_arrete_terrasse_domaine_public.docx"] = {
    "title": "Arrêté n° 2026-DP-031 — autorisation d'occupation du domaine public — terrasse",
    "author": "⟦off:Sophie Dellac⟧",
    "header": "Ville de Marmande — Direction de la voirie et du domaine public",
    "footer": "Arrêté affiché en mairie et sur place — publié au recueil des actes administratifs",
    "blocks": [
        ("h", "Arrêté portant autorisation d'occupation temporaire du domaine public"),
        "Le maire de Marmande, vu le code général de la propriété des personnes publiques, vu la délibération fixant les tarifs d'occupation du domaine public pour 2026, vu la demande du 9 février 2026 présentée par ⟦p:Mme Kelly LAPEYRE-DOUMENG⟧, exploitante en nom propre du salon de thé « Le Temps des Cerises », SIRET ⟦siret:903 528 416 00014⟧, domiciliée ⟦a:6 rue de la Gravette, 2e étage⟧, 47200 Marmande ;",
        ("h", "Arrête"),
        "Article 1 — ⟦p:Mme Lapeyre-Doumeng⟧ est autorisée à installer une terrasse de 18 m² (6 tables) devant le ⟦a:24 rue Léopold-Faye⟧, du 1er avril au 31 octobre 2026.",
        "Article 2 — La terrasse laissera un passage piéton de 1,40 m. Le mobilier sera rentré chaque soir.",
        "Article 3 — Redevance : 15 € par m² et par saison, soit 270 €.",
        "Article 4 — Le voisin immédiat, ⟦p:M. Alexandre Bouyssou⟧ (⟦a:26 rue Léopold-Faye⟧), a donné son accord écrit pour le débord de 1 m devant sa vitrine.",
        "Fait à Marmande, le 2 mars 2026. Pour le maire, l'adjoint délégué, ⟦off:Francis Lamothe⟧.",
        "Dossier suivi par ⟦off:Sophie Dellac⟧, service voirie.",
        "Notification : ⟦p:Mme Lapeyre-Doumeng⟧, ⟦e:letempsdescerises.marmande@gmail.com⟧, ⟦t:06 33 47 19 80⟧.",
    ],
}

DOCX["mw02_convention_mise_a_disposition_salle.docx"] = {
    "title": "Convention de mise à disposition de la salle de danse — saison 2025-2026",
    "author": "⟦p:Élisabeth Ott-Haegel⟧",
    "header": "Ville d'Obernai — Service vie associative",
    "footer": "Convention n° VA-2025-118 — 2 pages",
    "blocks": [
        ("h", "Convention de mise à disposition de locaux municipaux"),
        "Entre la Ville d'Obernai, représentée par ⟦off:Mme Isabelle Obrecht⟧, adjointe à la vie associative,",
        "et l'association « Danses d'Alsace et d'ailleurs », représentée par sa présidente, ⟦p:Mme Mélanie Wendling-Issenhuth⟧, née le ⟦bd:15 mars 1977⟧, demeurant ⟦a:3 rue du Vieil-Hôpital⟧, 67210 Obernai, ⟦t:06 20 43 91 57⟧,",
        "il est convenu ce qui suit.",
        ("h", "Article 1 — Locaux et horaires"),
        ("table", [
            ["Jour", "Horaire", "Activité", "Responsable sur place", "Téléphone"],
            ["Lundi", "18 h 30 - 20 h", "danses folkloriques enfants", "⟦p:Camille Ehrhart⟧", "⟦t:06 71 84 20 33⟧"],
            ["Mercredi", "20 h - 22 h", "danses du monde adultes", "⟦p:Mehdi Bouzidi⟧", "⟦t:07 69 55 02 18⟧"],
            ["Samedi", "10 h - 12 h", "flamenco", "⟦p:Carmen Ruiz Ortega⟧", "⟦t:+34 622 18 40 77⟧"],
        ]),
        ("h", "Article 2 — Clés"),
        "Deux badges sont remis : n° ⟦id:OB-BADGE-2291⟧ à la présidente et n° ⟦id:OB-BADGE-2292⟧ à la trésorière, ⟦p:Mme Élisabeth Ott-Haegel⟧.",
        "Fait à Obernai, le 1er septembre 2025, en deux exemplaires. Pour la Ville : ⟦off:Isabelle Obrecht⟧. Pour l'association : ⟦p:Mélanie Wendling-Issenhuth⟧.",
    ],
}

DOCX["mw03_registre_concessions_columbarium.docx"] = {
    "title": "Columbarium et jardin du souvenir — registre des attributions 2025",
    "author": "⟦off:Yannick Perrin⟧",
    "header": "Commune de Montfort-sur-Meu — Cimetière du Bois-Ribert",
    "footer": "Registre public — article L. 2223-18-2 du CGCT",
    "blocks": [
        ("h", "Attributions de cases de columbarium — année 2025"),
        ("table", [
            ["Case", "Date", "Titulaire", "Adresse du titulaire", "Durée"],
            ["C-21", "14/02/2025", "⟦p:Mme Monique LE GUEN⟧", "⟦a:9 rue de la Harelle, Montfort-sur-Meu⟧", "15 ans"],
            ["C-22", "03/04/2025", "⟦p:M. Arnaud de QUÉLEN⟧", "⟦a:Manoir de Kerlan, 29410 Pleyber-Christ⟧", "30 ans"],
            ["C-23", "22/06/2025", "⟦p:Mme Ha Nguyen-Le Gall⟧", "⟦a:17 boulevard Carnot, appt 31, Rennes⟧", "15 ans"],
            ["C-24", "09/09/2025", "⟦p:M. Guy Pelletier⟧", "⟦a:La Ville-ès-Brets⟧", "15 ans"],
            ["C-25", "30/11/2025", "⟦p:Mrs Margaret O'Brien⟧", "⟦a:22 Clontarf Road, Dublin 3, Ireland⟧", "30 ans"],
        ]),
        "Dispersions au jardin du souvenir (noms gravés sur la stèle à la demande des familles) : ⟦p:Albert Le Guen⟧, ⟦p:Denise Pelletier⟧, ⟦p:Patrick O'Brien⟧.",
        "Contact des familles pour les plaques : ⟦p:Mme Le Guen⟧, ⟦t:02 99 09 27 16⟧ ; ⟦p:M. de Quélen⟧, ⟦e:arnaud.dequelen@orange.fr⟧.",
        "Registre tenu par ⟦off:Yannick Perrin⟧, conservateur.",
    ],
}

DOCX["mw04_cr_reunion_publique_plu.docx"] = {
    "title": "Compte rendu de la réunion publique du 12 février 2026 — révision du PLU — Gex",
    "author": "⟦off:Claire Vuillermet⟧",
    "header": "Ville de Gex — Service urbanisme",
    "footer": "Compte rendu publié sur le site de la ville — concertation préalable",
    "blocks": [
        ("h", "Réunion publique — révision générale du PLU"),
        "Animée par ⟦off:M. Patrice Dunand⟧, maire, et ⟦off:Mme Claire Vuillermet⟧, responsable du service urbanisme, avec le bureau d'études Urbicand. 74 personnes présentes.",
        ("h", "Questions et remarques du public"),
        "⟦p:M. Stéphane Muller⟧ (chemin des Vertes Campagnes) demande si sa parcelle ⟦cad:AK 214⟧ restera constructible. Réponse : oui, en zone UC.",
        "⟦p:Mme Ursula Schneider-Favre⟧ (Versoix) s'inquiète du classement de sa grange au lieu-dit ⟦a:Le Creux du Loup⟧ (⟦cad:0B 1042⟧) ; le bureau d'études rappelle la possibilité de changement de destination en zone A.",
        "⟦p:M. Joaquim Ferreira⟧, ⟦a:12 rue des Acacias⟧, souhaite des trottoirs rue de Pitegny.",
        "⟦p:Mme Laure Gindre⟧, agricultrice, qui exploite à titre individuel les parcelles ⟦cad:ZC 18⟧ et ⟦cad:ZC 19⟧ au lieu-dit ⟦a:La Vie de l'Étraz⟧, demande que les terres agricoles soient protégées.",
        "⟦p:M. Aleksandr Morozov⟧ (⟦e:a.morozov@bluewin.ch⟧) demande un plan en anglais pour les habitants non francophones.",
        ("h", "Liste d'émargement (extrait, personnes ayant laissé leurs coordonnées pour recevoir les documents)"),
        ("table", [
            ["Nom", "Prénom", "Courriel ou téléphone"],
            ["⟦p:MULLER⟧", "⟦p:Stéphane⟧", "⟦e:s.muller01@gmail.com⟧"],
            ["⟦p:FERREIRA⟧", "⟦p:Joaquim⟧", "⟦t:06 51 38 72 90⟧"],
            ["⟦p:GINDRE⟧", "⟦p:Laure⟧", "⟦t:04 50 41 66 02⟧"],
            ["⟦p:MOROZOV⟧", "⟦p:Aleksandr⟧", "⟦t:+41 76 554 20 18⟧"],
        ]),
    ],
}

DOCX["mw05_assesseurs_delegues_designes.docx"] = {
    "title": "Élections municipales 2026 — assesseurs et délégués désignés par les listes — Loudéac",
    "author": "Service élections",
    "header": "Mairie de Loudéac — Élections",
    "footer": "Document transmis aux présidents de bureau",
    "blocks": [
        ("h", "Désignations reçues avant le jeudi 12 mars 2026, 18 h"),
        ("table", [
            ["Bureau", "Liste", "Qualité", "Nom et prénom", "Né(e) le", "Adresse", "Téléphone"],
            ["1", "Loudéac à venir", "assesseur", "⟦p:BOSCHER Anne-Laure⟧", "⟦bd:29/01/1966⟧", "⟦a:7 rue de Cadélac⟧", "⟦t:06 82 14 33 57⟧"],
            ["1", "Loudéac à venir", "délégué", "⟦p:LE FUR Yves-Marie⟧", "⟦bd:07/07/1958⟧", "⟦a:La Ville-Donnio⟧", "⟦t:02 96 28 19 04⟧"],
            ["2", "Vivre Loudéac", "assesseur", "⟦p:GICQUEL Armelle⟧", "⟦bd:19/12/1970⟧", "⟦a:21 boulevard Victor-Hugo⟧", "⟦t:06 07 51 92 38⟧"],
            ["2", "Vivre Loudéac", "délégué", "⟦p:HAMON Tugdual⟧", "⟦bd:02/04/1999⟧", "⟦a:Résidence des Forges, appt 12⟧", "⟦t:07 68 40 15 26⟧"],
            ["3", "Loudéac à venir", "assesseur", "⟦p:KOWALCZYK Magdalena⟧", "⟦bd:23/03/1979⟧", "⟦a:4 impasse des Ajoncs⟧", "⟦t:06 40 27 91 63⟧"],
            ["3", "Vivre Loudéac", "assesseur", "⟦p:RAULT Jean-Michel⟧", "⟦bd:1er août 1949⟧", "⟦a:Le Moulin de la Ville-Jégu⟧", "⟦t:02.96.28.55.70⟧"],
        ]),
        "Les assesseurs désignés doivent être électeurs du département. Vérification faite par ⟦off:Mme Soazig Le Bihan⟧, responsable du service élections.",
    ],
}
DOCX["mw06_contrat_location_velo_cargo.docx"] = {
    "title": "Contrat de prêt d'un vélo-cargo — essai gratuit d'un mois",
    "author": "⟦off:Hervé Lautier⟧",
    "header": "Ville de Riom — Service mobilité — Maison du vélo, 2 place de la Fédération",
    "footer": "Contrat n° ⟦id:CARGO-26-031⟧ — exemplaire mairie",
    "blocks": [
        ("h", "Contrat de prêt d'un vélo-cargo électrique n° ⟦id:CARGO-26-031⟧"),
        ("table", [
            ["Nom", "⟦p:NAKASHIMA-DUBREUIL⟧"],
            ["Prénom", "⟦p:Kenji⟧"],
            ["Date de naissance", "⟦bd:le 5 novembre 1986⟧"],
            ["Lieu de naissance", "⟦bp:Osaka (Japon)⟧"],
            ["Adresse", "⟦a:Le Clos des Chaumes, 4 allée des Noyers, maison 7⟧, 63200 Riom"],
            ["Téléphone", "⟦t:07 . 52 . 09 . 48 . 16⟧"],
            ["Courriel", "⟦e:kenji.nakashima-dubreuil[at]protonmail.com⟧"],
            ["Permis de conduire (pièce d'identité présentée)", "n° ⟦id:86AJ63104⟧"],
            ["Deuxième utilisateur autorisé", "⟦p:Mme Pauline Dubreuil⟧, ⟦t:06 14 82 37 05⟧"],
        ]),
        "Le vélo-cargo (Babboe Curve-E, n° de cadre BB-22-40518, propriété de la ville) est prêté du 2 au 30 mars 2026 pour un essai. Il est restitué à la Maison du vélo en bon état de marche.",
        "L'emprunteur déclare être assuré en responsabilité civile (attestation jointe).",
        "Riom, le 2 mars 2026. L'emprunteur : ⟦p:K. Nakashima-Dubreuil⟧. Pour la ville : ⟦off:Hervé Lautier⟧, adjoint aux mobilités.",
    ],
}

DOCX["mw07_pv_reconnaissance_limites.docx"] = {
    "title": "Procès-verbal de reconnaissance des limites du domaine public — chemin de Trinquelune",
    "author": "⟦off:Sophie Dellac⟧",
    "header": "Ville de Marmande — Voirie",
    "footer": "PV annexé à l'arrêté d'alignement n° AL-2026-019",
    "blocks": [
        ("h", "Reconnaissance contradictoire des limites — chemin rural de Trinquelune"),
        "Le 20 janvier 2026, à 10 h, en présence de ⟦off:M. Francis Lamothe⟧, adjoint à l'urbanisme, de ⟦off:Mme Sophie Dellac⟧, service voirie, et du géomètre-expert ⟦off:M. Olivier Castagnet⟧, ont été reconnues les limites entre le chemin et les propriétés riveraines suivantes :",
        ("table", [
            ["Parcelle", "Propriétaire", "Adresse", "Présent / représenté", "Accord"],
            ["⟦cad:YA 15⟧", "⟦p:M. et Mme PEREIRA DA SILVA Joaquim et Lurdes⟧", "⟦a:Le Petit Bigot, chemin de Trinquelune⟧", "présents", "oui"],
            ["⟦cad:YA 17⟧", "⟦p:M. CASSAGNE Henri⟧", "⟦a:12 avenue Jean-Jaurès, 47400 Tonneins⟧", "représenté par son fils ⟦p:Julien Cassagne⟧", "oui"],
            ["⟦cad:YA 18⟧", "⟦p:Mme FAUGÈRE Odette⟧", "⟦a:Lieu-dit Moulin de Trinquelune⟧", "présente", "oui, sous réserve du bornage de l'angle nord"],
            ["⟦cad:YA 22⟧", "⟦p:M. ABDELLAOUI Rachid⟧", "⟦a:Domaine de Lagrange⟧", "absent (convoqué par LRAR)", "—"],
        ]),
        "Les bornes B1 à B6 ont été implantées. Coordonnées jointes en annexe.",
        "Signatures : ⟦p:J. Pereira da Silva⟧, ⟦p:L. Pereira da Silva⟧, ⟦p:J. Cassagne⟧, ⟦p:O. Faugère⟧ ; pour la ville, ⟦off:F. Lamothe⟧.",
    ],
}

DOCX["mw08_recrutements_saisonniers.docx"] = {
    "title": "Recrutements d'agents saisonniers — été 2026 — piscine et espaces verts",
    "author": "⟦off:Nadège Collignon⟧",
    "header": "Ville de Pont-à-Mousson — Ressources humaines",
    "footer": "Annexe à l'arrêté de recrutement — pièce comptable transmise au trésorier",
    "blocks": [
        ("h", "Agents contractuels saisonniers — été 2026"),
        "Les agents ci-dessous sont recrutés en qualité d'adjoints techniques contractuels (accroissement saisonnier d'activité), rémunérés sur la base de l'indice majoré 366.",
        ("table", [
            ["Nom, prénom", "Né(e) le", "à", "N° de sécurité sociale", "Affectation", "Période"],
            ["⟦p:HUMBERT Clara⟧", "⟦bd:14/07/2005⟧", "⟦bp:Nancy (54)⟧", "⟦nir:2 05 07 54 395 112 24⟧", "piscine (caisse)", "01/07 - 31/08"],
            ["⟦p:OUALI Rayane⟧", "⟦bd:02/03/2006⟧", "⟦bp:Metz (57)⟧", "⟦nir:1 06 03 57 463 021 65⟧", "espaces verts", "01/07 - 31/07"],
            ["⟦p:SCHMITT Louis⟧", "⟦bd:21/09/2004⟧", "⟦bp:Pont-à-Mousson⟧", "⟦nir:1 04 09 54 431 087 70⟧", "espaces verts", "01/08 - 31/08"],
        ]),
        "Versement du salaire : ⟦p:Mme Humbert⟧ sur ⟦iban:FR76 1027 8360 2000 0204 1780 118⟧ ; ⟦p:M. Ouali⟧ sur ⟦iban:FR76 1660 6100 2500 5312 4570 769⟧ ; ⟦p:M. Schmitt⟧ sur un compte ouvert au Luxembourg, ⟦iban:LU28 0019 4006 4475 0000⟧.",
        "Pour le maire, par délégation, le directeur général des services, ⟦off:Pierre-Emmanuel Gény⟧. Établi par ⟦off:Nadège Collignon⟧, service des ressources humaines.",
    ],
}
DOCX["mw09_inscriptions_maisons_illuminees.docx"] = {
    "title": "Concours des maisons illuminées 2025 — fiches d'inscription reçues",
    "author": "⟦off:Lénaïg Corre⟧",
    "header": "Commune de Montfort-sur-Meu — Vie locale",
    "footer": "Liste transmise au jury (passage le 20 décembre 2025 à partir de 18 h)",
    "blocks": [
        ("h", "Inscriptions au concours des maisons illuminées"),
        "Le jury passera devant chaque maison ; les adresses sont donc indiquées avec les repères donnés par les participants.",
        ("table", [
            ["N°", "Participant", "Adresse", "Repère", "Contact"],
            ["1", "⟦p:Famille JOSSELIN⟧", "⟦a:15 rue de Gaël⟧", "portail vert", "⟦t:06 10 29 47 83⟧"],
            ["2", "⟦p:M. Ryszard KOWALSKI⟧", "⟦a:La Barre-Thomas⟧", "après le calvaire, 2e maison à gauche", "⟦t:02 99 09 61 28⟧"],
            ["3", "⟦p:Mme Gwenola LE TEXIER⟧", "⟦a:Lotissement des Hêtres, lot 12⟧", "au fond de l'impasse", "⟦e:gwenola.letexier@laposte.net⟧"],
            ["4", "⟦p:M. et Mme ABOUBAKAR⟧", "⟦a:8 rue de Hennebont, 1er étage⟧", "balcon uniquement", "⟦t:07 54 61 09 32⟧"],
            ["5", "⟦p:Yohann et Ophélie⟧ (⟦p:Y. Guého⟧ / ⟦p:O. Baudouin⟧)", "⟦a:« Les Lutins », 3 chemin du Pont-Aubert⟧", "maison au père Noël géant", "⟦t:06.95.18.34.70⟧"],
            ["6", "⟦p:M. Amadou BARRY⟧", "⟦a:Résidence de l'Abbaye, bât. A, 3e étage, porte 32⟧", "fenêtre côté parking", "⟦t:0033 6 58 12 90 47⟧"],
        ]),
        "Membre du jury habitant : ⟦p:Mme Brigitte Daniel⟧ (lauréate 2024). Élus du jury : ⟦off:M. Gérard Lemarié⟧, ⟦off:Mme Soizic Le Gall⟧. Organisation : ⟦off:Lénaïg Corre⟧, chargée de la vie locale.",
    ],
}

DOCX["mw10_conventions_jardins_familiaux.docx"] = {
    "title": "Jardins familiaux de la Varenne — attributions des parcelles 2026",
    "author": "⟦off:Pauline Gaillard⟧",
    "header": "Commune de Pertuis — Service espaces verts",
    "footer": "Tableau annexé aux conventions d'occupation précaire — affiché au local",
    "blocks": [
        ("h", "Attributions 2026"),
        "Chaque jardinier signe une convention d'un an renouvelable. La cotisation (40 €) est payable en mairie.",
        ("table", [
            ["Parcelle", "Jardinier", "Né(e) en", "Adresse", "Téléphone"],
            ["1", "⟦p:M. Marcel Audibert⟧", "⟦bd:1946⟧", "⟦a:Cité Saint-Roch, bât. 1, esc. C⟧", "⟦t:04 90 79 28 11⟧"],
            ["2", "⟦p:Mme Houria Benaïssa⟧", "⟦bd:1968⟧", "⟦a:5 rue Voltaire, 2e étage⟧", "⟦t:06 28 47 10 95⟧"],
            ["3", "⟦p:M. Dang Van Long⟧", "⟦bd:1959⟧", "⟦a:Les Jardins de Durance, bât. D, appt 12⟧", "⟦t:07 81 34 22 60⟧"],
            ["4", "⟦p:Mme Rosine Agbodjan⟧", "⟦bd:1981⟧", "⟦a:Chemin du Vieux Moulin, « Mas des Figuiers »⟧", "⟦t:06 62 90 15 47⟧"],
            ["5", "⟦p:M. Daniel Rey⟧ (sortant)", "⟦bd:1940⟧", "⟦a:11 rue Colbert⟧", "—"],
            ["5 (nouvelle attribution)", "⟦p:Mme Ghislaine Arnaud⟧", "⟦bd:1957⟧", "⟦a:Cité Saint-Roch, bât. 3, esc. A, 1er étage, porte 12⟧", "⟦t:06 16 84 02 37⟧"],
        ]),
        "Référente des jardiniers : ⟦p:Mme Houria Benaïssa⟧ (⟦e:houria.benaissa84@gmail.com⟧).",
        "Pour le maire, ⟦off:Pauline Gaillard⟧, technicienne espaces verts.",
    ],
}


if __name__ == "__main__":
    raise SystemExit(main())
