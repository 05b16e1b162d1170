# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev16 set of the personal-data leak benchmark (``corpus/dev16``): documents and labels.

Same conventions as ``build_files.py`` and ``build_dev2_files.py`` (whose ``build_set`` it uses): a
personal value is written ``⟦kind:text⟧`` with the short kind keys of ``KINDS``, an official acting in
his function kept in clear ``⟦off:text⟧``; the script writes the files without the marks and their
lines in ``corpus/dev16/labels.jsonl``, and checks that every label is a substring of its document.

Theme: urban planning and land in a rural commune (the fictitious "Saint-Julien-de-Brassac", Lot) and
its intercommunality (the fictitious "Communauté de communes Causses et Vallée de la Brassane", whose
shared service instructs the building permits). Building permit and prior-declaration forms (owners,
architects, cadastral parcels, plans), receipts, refusals, opening and completion declarations,
pre-emption notices (DIA) with sellers' and buyers' details, SAFER notices, notaries' letters,
surveyors' boundary reports, neighbour complaints and e-mail/SMS threads about works, a rural
warden's report, the public inquiry register of the intercommunal plan (PLUi) with residents'
remarks, the land registry extract (relevé de propriété) and property tax exchanges with the
centre des impôts fonciers, agricultural land (farmers, EARL/GAEC with their managers, calamity
lists, authorisations to farm) and rural leases. Residents include British, Dutch, Belgian, Swiss,
German, Portuguese, Polish, Greek, Russian, Moroccan and Chinese owners; names are typed in lower
case, ALL CAPS, with particles, initials and nicknames, and in Latin-extended and other scripts.

Kinds used: person, address, phone, email, birth_date (a birth date or birth year of a private
person, a marriage or death date), birth_place, age, nir, iban, rib (separate fields), siret (a sole
trader's: an individual farmer, a self-employed architect or craftsman), plate, cadastre (a parcel
of a private owner), identifier (numéro fiscal, property account, tax notice references, MSA and
PACAGE numbers, notary's client file, invoice numbers held by a person) and other (a nickname-like
quasi-identifier such as "la seule boulangère du hameau", a forum handle, a personal web page).
Permit, declaration and DIA numbers (PC, DP, DIA, CU), which the law makes public on site and in
the town-hall registers, are not labelled; neither are parcels of the commune or of public bodies.

Officials kept in clear: the mayor, her deputy for planning, the town-hall secretary, the
intercommunality's president and vice-president, the permit instructors, the inquiry commissioner,
the notaries, the surveyor (géomètre-expert) signing his report, the architecte des bâtiments de
France, the rural warden, the conciliator, the SAFER and DDT agents, the tax officers and the
commissaire de justice, each acting in function. A private architect hired by an applicant is a
private person (labelled). Public bodies, their addresses and switchboards, the commune's SIRET
214 602 542 00018, the intercommunality's 200 045 128 00010, companies, EARL and GAEC (by name and
SIRET) and associations are not labelled; their managers and partners are.

dev16 was written by an independent author who read only the mark syntax and the build helpers, not
the recognizers, the anonymizer, the tests, the documentation or the other sets' documents and
labels, and who did not run the pipeline or an evaluation on it.

Run: PYTHONPATH=include .venv/bin/python bench/pii/build_dev16_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev16"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents. Checksummed identifiers computed beforehand (NIR key = 97 - n mod 97; RIB key =
# 97 - (89·bank + 15·branch + 3·account) mod 97 with letters mapped; IBAN ISO 7064 mod 97; SIREN/SIRET
# Luhn). The commune's SIRET 214 602 542 00018, the intercommunality's 200 045 128 00010 and the
# companies' SIRETs are never labelled.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["t01_pc_demande_maison_individuelle.txt"] = """
DEMANDE DE PERMIS DE CONSTRUIRE POUR UNE MAISON INDIVIDUELLE ET/OU SES ANNEXES
(formulaire cerfa n° 13406*12 — saisie de la version papier par le service commun ADS)

Cadre réservé à la mairie du lieu du projet
  Dossier n° PC 046 254 26 B0014        Déposé le 12/01/2026        Commune : Saint-Julien-de-Brassac (46260)
  Cachet de la mairie et signature du receveur : ⟦off:S. Delpech⟧, secrétaire de mairie

1 — IDENTITÉ DU OU DES DEMANDEURS
  Vous êtes un particulier        Madame [ ]   Monsieur [X]
  Nom : ⟦p:VERGNES⟧                                    Prénom : ⟦p:Laurent⟧
  Date de naissance : ⟦bd:03/08/1979⟧                  Lieu de naissance : ⟦bp:Figeac (Lot)⟧
  Co-demandeur : Madame [X]
  Nom : ⟦p:VERGNES née CAYROU⟧                          Prénom : ⟦p:Aurélie⟧
  Date de naissance : ⟦bd:21/11/1981⟧                  Lieu de naissance : ⟦bp:Villefranche-de-Rouergue (Aveyron)⟧

2 — COORDONNÉES DU DEMANDEUR
  Adresse : Numéro : 7   Voie : ⟦a:chemin de la Croix de Fer⟧
  Lieu-dit : ⟦a:Les Escoutals⟧   Localité : Saint-Julien-de-Brassac   Code postal : 46260
  Téléphone : ⟦t:06 74 21 88 35⟧     Indiquez l'indicatif pour un numéro étranger : —
  [X] J'accepte de recevoir par courrier électronique les documents transmis en cours d'instruction
  Adresse électronique : ⟦e:laurent.vergnes46@orange.fr⟧

3 — LE TERRAIN
  3.1 Localisation du (ou des) terrain(s)
  Adresse du (ou des) terrain(s) : ⟦a:lieu-dit Pech Redon⟧, 46260 Saint-Julien-de-Brassac
  Références cadastrales :
    Préfixe : 000   Section : ZC   Numéro : ⟦cad:0145⟧   Superficie de la parcelle cadastrale (en m²) : 1 820
    Préfixe : 000   Section : ZC   Numéro : ⟦cad:0146⟧   Superficie de la parcelle cadastrale (en m²) : 612
  Superficie totale du terrain (en m²) : 2 432
  3.2 Situation juridique du terrain : le terrain n'est pas situé dans un lotissement ; il a fait l'objet du certificat d'urbanisme CUb 046 254 25 B0031.

4 — LE PROJET
  Nouvelle construction [X]   Travaux sur construction existante [ ]
  Courte description du projet : construction d'une maison d'habitation de plain-pied (4 chambres), toiture à quatre pans en tuiles canal, enduit à la chaux teinte « pierre du Quercy », garage accolé de 24 m², assainissement non collectif (filière compacte agréée), accès par la voie communale n° 6.
  Surface de plancher créée : 142 m²      Emprise au sol : 171 m²
  Nombre de niveaux : 1     Destination : habitation — résidence principale

5 — RECOURS À L'ARCHITECTE
  Vous avez eu recours à un architecte : [X] oui
  Nom de l'architecte : ⟦p:DELMAS-FABRE⟧                Prénom : ⟦p:Géraldine⟧
  Adresse : ⟦a:Atelier du Lot, 14 quai Cavaignac⟧, 46000 Cahors
  N° d'inscription sur le tableau de l'ordre : ⟦id:S07412⟧   Conseil régional de l'ordre : Occitanie
  Téléphone : ⟦t:05.65.22.41.09⟧     Adresse électronique : ⟦e:g.delmasfabre.archi@gmail.com⟧
  Numéro SIRET de l'architecte (exercice libéral, entreprise individuelle) : ⟦siret:814 567 236 00017⟧

6 — PIÈCES JOINTES (bordereau)
  PCMI1 Plan de situation du terrain                               [X]
  PCMI2 Plan de masse des constructions à édifier                  [X]  (cote des limites : 4,00 m en retrait de la ⟦cad:parcelle ZC 144⟧, propriété de ⟦p:M. Raymond CAYROU⟧)
  PCMI3 Plan en coupe du terrain et de la construction             [X]
  PCMI4 Notice décrivant le terrain et présentant le projet        [X]
  PCMI5 Plan des façades et des toitures                           [X]
  PCMI6 Document graphique permettant d'apprécier l'insertion      [X]
  PCMI7/8 Photographies (environnement proche et lointain)         [X]
  PCMI12-1 Attestation de conformité du projet d'installation d'assainissement non collectif (SPANC de la communauté de communes)   [X]
  PCMI14-1 Attestation de prise en compte de la réglementation environnementale   [X]

7 — ENGAGEMENT DU (OU DES) DEMANDEURS
  J'atteste avoir qualité pour demander la présente autorisation. Je soussigné(e), auteur de la demande, certifie exacts les renseignements fournis.
  À Saint-Julien-de-Brassac, le 9 janvier 2026
  Signature du (des) demandeur(s) : ⟦p:L. Vergnes⟧ — ⟦p:A. Vergnes⟧

Observation manuscrite du demandeur au verso : « Le terrain nous a été donné par le père d'Aurélie, ⟦p:Raymond Cayrou⟧ (⟦ag:76 ans⟧), qui garde la parcelle voisine avec le hangar. Pour toute question appeler plutôt mon portable ou celui de ma femme ⟦t:07 81 43 20 66⟧. »

Cadre réservé à l'administration — transmission au service commun d'instruction (ADS) de la Communauté de communes Causses et Vallée de la Brassane le 13/01/2026. Instructeur désigné : ⟦off:Mathieu Cabanes⟧.
"""

TXT["t02_recepisse_depot_pc.txt"] = """
MAIRIE DE SAINT-JULIEN-DE-BRASSAC
Le Bourg — 46260 Saint-Julien-de-Brassac — tél. 05 65 24 61 10 — mairie.stjulienbrassac@wanadoo.fr

RÉCÉPISSÉ DE DÉPÔT D'UNE DEMANDE DE PERMIS DE CONSTRUIRE

Madame, Monsieur,
Vous avez déposé une demande de permis de construire. Le délai d'instruction de votre dossier est de DEUX MOIS et, si vous ne recevez pas de courrier de l'administration dans ce délai, vous bénéficierez d'un permis tacite.

Le projet ayant fait l'objet de la demande de permis n° PC 046 254 26 B0014, déposée le 12 janvier 2026, par :
⟦p:Monsieur et Madame VERGNES Laurent et Aurélie⟧
demeurant ⟦a:7 chemin de la Croix de Fer, lieu-dit Les Escoutals⟧, 46260 Saint-Julien-de-Brassac
Terrain : ⟦a:Pech Redon⟧ — parcelles ⟦cad:ZC 145⟧ et ⟦cad:ZC 146⟧

Le maire ou le préfet en délivre récépissé avec indication de la date à laquelle un permis tacite sera acquis : 12 mars 2026.
Attention : le permis n'est définitif qu'en l'absence de recours ou de retrait dans les trois mois suivant sa date.

Cachet de la mairie : pour le maire, ⟦off:Sandrine Delpech⟧, secrétaire de mairie
"""

TXT["t03_dp_abri_jardin_manuscrit.txt"] = """
Déclaration préalable — constructions et travaux non soumis à permis de construire (cerfa 13703*10)
Transcription des champs manuscrits (dossier DP 046 254 26 B0007, déposé le 3 février 2026)

identité du déclarant : ⟦p:marie-thérèse lafon⟧, veuve ⟦p:bouscarrat⟧
date et lieu de naissance : ⟦bd:le 2 mai 1948⟧ à ⟦bp:Limogne-en-Quercy⟧
adresse : ⟦a:« Les Hirondelles », 3 impasse du Lavoir⟧, 46260 Saint-Julien-de-Brassac
téléphone : ⟦t:05 65 31 08 72⟧ (fixe — pas de portable)
courriel : néant, passer par ma petite-fille ⟦p:Chloé⟧ : ⟦e:chloe point bouscarrat arobase laposte point net⟧

terrain : même adresse, section AB n° ⟦cad:218⟧ (jardin) et n° ⟦cad:219⟧ (maison)
objet : abri de jardin en bois de 9 m² sur dalle, hauteur 2,40 m, couleur brun, au fond du jardin côté ⟦p:Mme Rigal⟧ à 1 m de la limite
mot joint : « le voisin M. ⟦p:Rigal⟧ est d'accord, il a signé en dessous. » — signé ⟦p:Fernand RIGAL⟧, ⟦a:5 impasse du Lavoir⟧

Avis de la mairie : favorable — pièces complètes. ⟦off:J.-C. Vayssière⟧, adjoint délégué à l'urbanisme
"""

TXT["t04_dp_piscine_britanniques.txt"] = """
From: ⟦p:Fiona Ashworth-Hale⟧ <⟦e:fiona.ashworthhale@btinternet.com⟧>
To: urbanisme@cc-causses-brassane.fr
Cc: ⟦e:d.hale1962@gmail.com⟧
Date: Tue, 17 Feb 2026 10:42:18 +0000
Subject: Déclaration préalable piscine - Mas de Bouyssou - DP 046 254 26 B0011

Dear Sir or Madam / Bonjour,

Please find attached the missing documents for our swimming pool declaration (DP 046 254 26 B0011). My French is not very good so I write in both languages, sorry.

Owners: ⟦p:Mrs Fiona ASHWORTH-HALE⟧ and ⟦p:Mr David Hale⟧ (born ⟦bd:1962⟧)
Address in France: ⟦a:Mas de Bouyssou⟧, 46260 Saint-Julien-de-Brassac
Address in the UK (main residence until June): ⟦a:Orchard Cottage, 14 Mill Lane, Little Wittenham, Abingdon OX14 4RA, United Kingdom⟧
Phone UK: ⟦t:+44 7700 900412⟧ — France: ⟦t:+33 (0)6 45 18 92 07⟧
Land: plot ⟦cad:section B n° 602⟧ (the field behind the house, not ⟦cad:B 603⟧ which belongs to our neighbour ⟦p:Mr Bouyssou⟧ senior)

The pool will be 8 x 4 m, liner sand colour, with the pump house in the old stone "cabane" (gariotte) which we will not change. The pool builder is a local company (Piscines du Quercy SARL, SIRET 431 287 903 00022).

Our neighbour ⟦p:Jean-Marie Bouyssou⟧ — everybody calls him ⟦p:« Jeannot »⟧ — came to see the plan and has no objection. He says the water from the pool must not go in his well.

Kind regards / Cordialement,
⟦p:Fiona⟧ & ⟦p:David⟧
--
⟦p:Fiona Ashworth-Hale⟧ | watercolours of the Lot valley | ⟦o:www.fiona-paints-quercy.co.uk⟧

> Le 12/02/2026, ⟦off:Mathieu Cabanes⟧ (service commun ADS) a écrit :
> Madame, Monsieur, votre dossier est incomplet : il manque le plan de masse coté (DP2) et une photographie (DP7). Délai : trois mois.
"""

TXT["t05_arrete_opposition_dp.txt"] = """
COMMUNE DE SAINT-JULIEN-DE-BRASSAC
ARRÊTÉ D'OPPOSITION À UNE DÉCLARATION PRÉALABLE — DP 046 254 26 B0009

Le maire de Saint-Julien-de-Brassac,
Vu la déclaration préalable présentée le 19 janvier 2026 par ⟦p:M. Kévin ROQUES⟧, demeurant ⟦a:Le Cayrou, 1250 route de Lalbenque⟧, 46260 Saint-Julien-de-Brassac, pour l'installation d'un mobil-home et d'une clôture en panneaux rigides sur un terrain sis ⟦a:lieu-dit La Combe Nègre⟧, cadastré ⟦cad:ZA 77⟧ ;
Vu le code de l'urbanisme, notamment ses articles L. 421-4, R. 421-23 et R. 111-27 ;
Vu le plan local d'urbanisme intercommunal (PLUi) approuvé le 30 juin 2023, classant le terrain en zone N (naturelle) ;
Vu l'avis de l'instructeur du service commun, ⟦off:M. Mathieu Cabanes⟧ ;

Considérant que l'installation d'une résidence mobile de loisirs en dehors des terrains aménagés est interdite ;
Considérant que le terrain est situé dans le périmètre du site classé de la vallée de la Brassane et que l'architecte des bâtiments de France, ⟦off:Mme Hélène Pradié⟧, a émis un avis défavorable ;

ARRÊTE
Article 1 : il est fait OPPOSITION à la déclaration préalable susvisée.
Article 2 : le présent arrêté sera notifié à ⟦p:M. Roques⟧ par lettre recommandée avec accusé de réception (envoi n° 1A 198 437 2210 4).

Fait à Saint-Julien-de-Brassac, le 16 février 2026.
Le maire, ⟦off:Bernadette Lacombe⟧

Voies et délais de recours : tribunal administratif de Toulouse, 68 rue Raymond IV, deux mois ; application Télérecours citoyens.
"""

TXT["t06_dia_vente_grange_pech.txt"] = """
DÉCLARATION D'INTENTION D'ALIÉNER OU DEMANDE D'ACQUISITION D'UN BIEN SOUMIS À L'UN DES DROITS DE PRÉEMPTION PRÉVUS PAR LE CODE DE L'URBANISME (cerfa n° 10072*02)
Enregistrée en mairie sous le n° DIA 046 254 26 00006 le 4 mars 2026 — droit de préemption urbain délégué à la communauté de communes

Cadre 1 — PROPRIÉTAIRE(S)
  Personne physique
  Nom, prénoms : ⟦p:MARTY Jean-Pierre Louis⟧
  Date et lieu de naissance : ⟦bd:14 décembre 1950⟧ à ⟦bp:Cahors (46)⟧
  Adresse : ⟦a:12 rue du Barry, 2e étage gauche⟧, 46100 Figeac
  Téléphone : ⟦t:06 08 51 77 23⟧

  Nom, prénoms : ⟦p:MARTY épouse GALY Simone Andrée⟧
  Date et lieu de naissance : ⟦bd:né(e) le neuf février mil neuf cent cinquante-quatre⟧ à ⟦bp:Saint-Julien-de-Brassac⟧
  Adresse : ⟦a:résidence Les Tilleuls, bâtiment C, escalier 2, appartement 31⟧, 82000 Montauban
  (indivision successorale, suite au décès de leur mère ⟦p:Mme Odette MARTY née FOISSAC⟧, survenu le ⟦bd:23 août 2025⟧)

Cadre 2 — SITUATION DU BIEN
  Adresse précise du bien : ⟦a:lieu-dit Le Pech, 240 chemin des Gariottes⟧, 46260 Saint-Julien-de-Brassac
  Références cadastrales :
    Section   N°            Lieu-dit              Superficie
    AC        ⟦cad:0311⟧    ⟦a:Le Pech⟧               0 ha 08 a 40 ca
    AC        ⟦cad:0312⟧    Le Pech               0 ha 21 a 15 ca
    ZD        ⟦cad:0058⟧    ⟦a:Les Gariottes⟧         0 ha 74 a 00 ca
  Superficie totale : 1 ha 03 a 55 ca

Cadre 3 — DÉSIGNATION DU BIEN
  Immeuble bâti sur terrain propre : une grange en pierre avec pigeonnier (non habitable), un hangar agricole en tôle, terre attenante en nature de pré.
  Le bien est libre de toute occupation, à l'exception de la ⟦cad:parcelle ZD 58⟧ louée verbalement à ⟦p:M. Christian LAVAYSSE⟧, agriculteur à ⟦a:La Borie Haute⟧, qui sera informé de la vente (il dispose d'un droit de préemption du preneur en place).

Cadre 4 — MODALITÉS DE LA CESSION
  Vente amiable — prix : 68 000 € (soixante-huit mille euros), dont mobilier : néant
  Commission d'agence : 4 000 € TTC à la charge de l'acquéreur (agence Quercy Immobilier, Cahors)

Cadre 5 — ACQUÉREUR(S) PRESSENTI(S)
  Nom, prénoms : ⟦p:VAN DER HEIJDEN IJsbrand⟧ et ⟦p:VAN DER HEIJDEN-BAKKER Maartje⟧
  Profession : ébéniste / enseignante
  Adresse : ⟦a:Prinsengracht 263-1, 1016 GV Amsterdam (Pays-Bas)⟧
  Téléphone : ⟦t:+31 6 41 27 90 58⟧

Cadre 6 — NOTAIRE CHARGÉ DE LA VENTE
  ⟦off:Maître Claire Fourès⟧, notaire associée, SCP Fourès-Andrieu, 8 boulevard Gambetta, 46000 Cahors
  Dossier suivi par ⟦off:Maître Olivier Bach⟧ — référence de l'étude : ⟦id:CF/2026/0412/MARTY⟧

Cadre 7 — Les vendeurs ont mandaté le notaire pour recevoir toute notification.
Fait à Cahors, le 2 mars 2026. Signature du notaire : ⟦off:C. Fourès⟧

---------------------------------------------------------------------------------------------------
Transmission — mairie de Saint-Julien-de-Brassac → service foncier de la communauté de communes, le 4 mars 2026.
Observation de l'adjoint à l'urbanisme, ⟦off:Jean-Claude Vayssière⟧ : « Pas d'intérêt communal : le pigeonnier est privé et n'est pas inscrit. Attention, ⟦p:M. Lavaysse⟧ (c'est le fils de ⟦p:Dédé Lavaysse⟧, le dernier berger du causse) exploite la ⟦cad:ZD 58⟧ depuis 2011 et voulait l'acheter ; prévenir la SAFER. »
Avis du vice-président chargé de l'urbanisme, ⟦off:Francis Gourdon⟧ : renonciation proposée.
"""

TXT["t07_dia_renonciation_lettre_notaire.txt"] = """
Communauté de communes Causses et Vallée de la Brassane
Service foncier — 2 place du Foirail — 46260 Castelnau-Brassac — tél. 05 65 24 70 00

⟦off:Maître Claire Fourès⟧
SCP Fourès-Andrieu, notaires
8 boulevard Gambetta, 46000 Cahors

Castelnau-Brassac, le 18 mars 2026

Objet : DIA n° 046 254 26 00006 — vente ⟦p:consorts MARTY⟧ / ⟦p:époux VAN DER HEIJDEN⟧
Vos réf. : ⟦id:CF/2026/0412/MARTY⟧

Maître,

Par déclaration reçue en mairie de Saint-Julien-de-Brassac le 4 mars 2026, vous nous avez informés de l'intention de ⟦p:M. Jean-Pierre MARTY⟧ et de ⟦p:Mme Simone GALY née MARTY⟧ d'aliéner un bien situé ⟦a:240 chemin des Gariottes, lieu-dit Le Pech⟧, cadastré ⟦cad:AC 311⟧, ⟦cad:AC 312⟧ et ⟦cad:ZD 58⟧, au prix de 68 000 €, au profit de ⟦p:M. IJsbrand van der Heijden⟧ et ⟦p:Mme Maartje van der Heijden-Bakker⟧.

J'ai l'honneur de vous faire connaître que la communauté de communes, titulaire du droit de préemption urbain, RENONCE à exercer ce droit sur le bien désigné.

Cette décision ne préjuge pas des droits du preneur en place ni de ceux de la SAFER Occitanie sur la parcelle en nature agricole.

Veuillez agréer, Maître, l'expression de mes salutations distinguées.

Pour le président et par délégation,
le vice-président chargé de l'urbanisme,
⟦off:Francis Gourdon⟧

Copie : mairie de Saint-Julien-de-Brassac (à l'attention de ⟦off:Mme Lacombe⟧, maire)
"""

TXT["t08_safer_notification_preemption.txt"] = """
SAFER OCCITANIE — Service départemental du Lot
Notification d'une décision de préemption (article L. 143-3 du code rural et de la pêche maritime)

Cahors, le 8 avril 2026

Lettre recommandée avec AR à :
— ⟦off:Maître Claire Fourès⟧, notaire, mandataire des vendeurs ;
— ⟦p:M. IJsbrand VAN DER HEIJDEN⟧ et ⟦p:Mme Maartje VAN DER HEIJDEN-BAKKER⟧, acquéreurs évincés, ⟦a:Prinsengracht 263-1, 1016 GV Amsterdam, Nederland⟧ ;
— copie à la mairie de Saint-Julien-de-Brassac pour affichage.

Objet : préemption partielle — ⟦cad:parcelle ZD 58⟧ (74 a), lieu-dit ⟦a:Les Gariottes⟧

Vendeurs : ⟦p:Jean-Pierre MARTY⟧, ⟦a:12 rue du Barry⟧, 46100 Figeac, et ⟦p:Simone GALY⟧, ⟦a:rés. Les Tilleuls, bât. C, appt 31⟧, 82000 Montauban.

La SAFER exerce son droit de préemption sur la seule ⟦cad:parcelle cadastrée section ZD numéro 58⟧, en nature de pré, au prix de 7 400 €, en application de l'article L. 143-1-1, dans le but de consolider l'exploitation agricole du preneur en place et de maintenir une activité d'élevage ovin sur le causse (objectifs 1° et 2° de l'article L. 143-2).

Le candidat pressenti à la rétrocession est l'EARL de la Borie Haute (SIRET 888 123 452 00011), dont le gérant est ⟦p:M. Christian LAVAYSSE⟧, né le ⟦bd:19 juin 1974⟧, exploitant à ⟦a:La Borie Haute, 46260 Saint-Julien-de-Brassac⟧, numéro PACAGE de l'EARL 046012874.

Un appel à candidatures sera affiché en mairie pendant quinze jours.

Le conseiller foncier, ⟦off:Thibault Lagarrigue⟧ — ligne directe 05 65 20 39 40
Le directeur départemental, ⟦off:Philippe Couderc⟧
"""

TXT["t09_notaire_lettre_succession_heritiers.txt"] = """
SCP Fourès-Andrieu — Notaires associés
8 boulevard Gambetta — 46000 Cahors — Tél. 05 65 35 12 80 — office.foures-andrieu@notaires.fr

Cahors, le 27 janvier 2026

Madame le Maire
Mairie de Saint-Julien-de-Brassac
Le Bourg — 46260 Saint-Julien-de-Brassac

Dossier : succession de ⟦p:M. Armand Émile BESSE⟧ — notre réf. ⟦id:2025-1187-OB⟧
Affaire suivie par ⟦off:Maître Olivier Bach⟧, notaire, et ⟦off:Mme Karine Lestrade⟧, clerc

Madame le Maire,

Nous sommes chargés du règlement de la succession de ⟦p:Monsieur Armand Émile BESSE⟧, en son vivant retraité agricole, demeurant ⟦a:au Mas del Sol, route de Concots⟧, 46260 Saint-Julien-de-Brassac, né à ⟦bp:Saint-Julien-de-Brassac⟧ le ⟦bd:trente et un mars mil neuf cent trente-neuf⟧, veuf en premières noces non remarié de ⟦p:Madame Yvonne CALMETTES⟧, décédé à Cahors le ⟦bd:11 novembre 2025⟧.

Il laisse pour recueillir sa succession ses trois enfants :
  1° ⟦p:Monsieur Bernard Armand BESSE⟧, viticulteur, né le ⟦bd:5 juillet 1963⟧ à ⟦bp:Cahors⟧, demeurant ⟦a:Domaine de la Croix Blanche, 46140 Parnac⟧ ;
  2° ⟦p:Madame Josiane BESSE, épouse de Monsieur Dominique ROUX-LAPORTE⟧, née le ⟦bd:17 avril 1966⟧ à ⟦bp:Cahors⟧, demeurant ⟦a:45 avenue Jean-Jaurès, appartement 12, 4e étage⟧, 31400 Toulouse ;
  3° ⟦p:Monsieur Patrick BESSE⟧, dit « ⟦p:Pato⟧ », sans profession, né le ⟦bd:2 janvier 1971⟧ à ⟦bp:Montréal (Québec, Canada)⟧, demeurant ⟦a:1847, rue Saint-Hubert, app. 3, Montréal (Québec) H2L 3Z5, Canada⟧, joignable au ⟦t:+1 514 555 0187⟧.

Dans l'actif successoral figurent les immeubles suivants, situés sur le territoire de votre commune :
  — une maison d'habitation avec dépendances, ⟦a:lieu-dit Mas del Sol⟧, cadastrée ⟦cad:section ZB n° 12⟧ pour 34 a 10 ca ;
  — des terres en nature de bois et de landes, lieu-dit ⟦a:Combe de Lacam⟧, cadastrées ⟦cad:ZB 14⟧, ⟦cad:ZB 15⟧ et ⟦cad:ZB 16p⟧ (partie, à détacher selon document d'arpentage en cours) ;
  — une terre labourable, lieu-dit ⟦a:Les Fargues⟧, cadastrée ⟦cad:ZE 101 à ZE 103⟧, louée par bail rural à l'EARL de la Combe Nègre.

Afin d'établir l'attestation immobilière après décès, nous vous prions de bien vouloir nous faire connaître :
  1) si ces parcelles sont grevées d'un emplacement réservé au PLUi ou d'un alignement ;
  2) si la construction sise sur la ⟦cad:parcelle ZB 12⟧ a fait l'objet d'un permis de construire (nous n'avons trouvé trace que d'une déclaration de travaux de 1987 au nom de ⟦p:M. Besse⟧ pour une véranda) ;
  3) si la commune entend acquérir la partie de la ⟦cad:parcelle ZB 16⟧ longeant le chemin rural n° 9, comme l'évoquait votre prédécesseur dans un courrier à ⟦p:M. Besse⟧ du 3 mai 2019.

Nous vous précisons que les héritiers envisagent de vendre la maison ; ⟦p:M. Bernard BESSE⟧ souhaiterait conserver les terres, et ⟦p:Mme ROUX-LAPORTE⟧ serait acquéreur de la part de son frère ⟦p:Patrick⟧. Ce dernier, résidant au Canada, a donné procuration à ⟦p:Mme Léa Tremblay-Besse⟧, sa fille, ⟦a:8 rue des Carmes, 46000 Cahors⟧, ⟦t:06 33 90 14 52⟧.

La déclaration de succession devant être déposée au service départemental de l'enregistrement de Cahors avant le 11 mai 2026, nous vous serions obligés de nous répondre dans les meilleurs délais. Un certificat d'urbanisme d'information est demandé parallèlement au service commun ADS.

Nous vous prions d'agréer, Madame le Maire, l'expression de notre considération distinguée.

Pour la SCP, ⟦off:Olivier Bach⟧, notaire
PJ : extrait de la matrice cadastrale (compte ⟦id:+00147⟧ — ⟦p:BESSE Armand⟧)
"""

TXT["t10_pv_bornage_contradictoire.txt"] = """
CABINET SOULADIÉ GÉOMÈTRES-EXPERTS — SELARL au capital de 20 000 € — 3 rue Émile Zola, 46000 Cahors
Membre de l'Ordre des géomètres-experts — tél. 05 65 30 44 18

PROCÈS-VERBAL DE DÉLIMITATION ET DE BORNAGE CONTRADICTOIRE
Référence du dossier : 26-0037 — Commune de Saint-Julien-de-Brassac — Section ZC — lieu-dit ⟦a:Pech Redon⟧

Je soussigné, ⟦off:Pierre-Yves Souladié⟧, géomètre-expert inscrit au tableau du conseil régional de Toulouse sous le n° 05472, à la requête de :
  ⟦p:M. et Mme Laurent et Aurélie VERGNES⟧, demeurant ⟦a:7 chemin de la Croix de Fer, Les Escoutals⟧, 46260 Saint-Julien-de-Brassac, propriétaires des ⟦cad:parcelles ZC 145⟧ et ⟦cad:ZC 146⟧,
ai procédé le mardi 24 février 2026 à 9 h 30 à la reconnaissance des limites séparatives entre les propriétés ci-après :

PROPRIÉTAIRES CONCERNÉS (présents ou convoqués)
  A. ⟦p:M. et Mme VERGNES⟧ — ⟦cad:ZC 145⟧, ⟦cad:ZC 146⟧ — présents.
  B. ⟦p:M. Raymond CAYROU⟧, né le ⟦bd:7 septembre 1949⟧, demeurant ⟦a:Pech Redon, maison dite « la Bergerie »⟧ — ⟦cad:ZC 144⟧ — présent, assisté de son fils ⟦p:Didier CAYROU⟧.
  C. ⟦p:Mme veuve Lucienne DELBOS⟧, ⟦ag:âgée de 91 ans⟧, représentée par son tuteur ⟦p:M. Gilles DELBOS⟧, ⟦a:14 allée des Peupliers, 46090 Pradines⟧ — ⟦cad:ZC 147⟧ — représentée.
  D. Commune de Saint-Julien-de-Brassac — voie communale n° 6 et chemin rural dit « de Pech Redon » (domaine public et privé communal, parcelles non numérotées) — représentée par ⟦off:M. Jean-Claude Vayssière⟧, adjoint.
  E. ⟦p:Mme Agnieszka KOWALCZYK-DUBOIS⟧, ⟦a:Les Gariottes, 46260 Saint-Julien-de-Brassac⟧ — ⟦cad:ZC 152⟧ — convoquée par LRAR du 5 février 2026 (n° ⟦id:2C 147 995 3321 7⟧), absente, non représentée.

DOCUMENTS ANALYSÉS
  — plan cadastral (feuille ZC, remembrement de 1968) ;
  — titre de propriété ⟦p:VERGNES⟧ (donation-partage reçue par ⟦off:Maître Anne-Sophie Marmiesse⟧, notaire à Lalbenque, le 6 octobre 2025) ;
  — titre ⟦p:CAYROU⟧ (acte du 12 mars 1976) ; titre ⟦p:DELBOS⟧ (attestation après décès du 4 juin 2002) ;
  — procès-verbal de bornage antérieur du cabinet ⟦off:Lacoste⟧ (1994) entre ⟦p:CAYROU⟧ et ⟦p:DELBOS⟧.

DÉFINITION DES LIMITES
  Limite ZC 145 / ZC 144 : matérialisée par le mur de pierre sèche dont l'axe constitue la limite (mur mitoyen), de la borne B1 (ancienne, retrouvée) à la borne B2 (nouvelle, OGE). ⟦p:M. Cayrou⟧ déclare que le mur a été relevé par son père ⟦p:Fernand Cayrou⟧ en 1958 ; il n'élève pas de contestation.
  Limite ZC 146 / ZC 147 : suivant la ligne B2–B3–B4, à 0,50 m du pied de la haie de buis, la haie appartenant à la ⟦cad:parcelle ZC 147⟧. ⟦p:M. Gilles Delbos⟧ signe pour sa mère sous réserve de l'accord du juge des tutelles (dossier ⟦id:RG 24/00318⟧).
  Limite ZC 146 / ZC 152 : non définie contradictoirement en raison de l'absence de ⟦p:Mme Kowalczyk-Dubois⟧. Un procès-verbal de carence sera dressé.
  Limite avec le domaine public (VC 6) : relève de la procédure d'alignement ; l'arrêté d'alignement individuel sera demandé à la commune.

BORNES POSÉES : B2, B3, B4 (bornes OGE en résine) ; coordonnées en Lambert 93 au plan annexé.

Fait et clos à Saint-Julien-de-Brassac, le 24 février 2026, en cinq exemplaires.
Signatures :
  ⟦p:L. VERGNES⟧   ⟦p:A. VERGNES⟧   ⟦p:R. CAYROU⟧   ⟦p:G. DELBOS⟧ (pour ⟦p:Mme L. Delbos⟧)   pour la commune ⟦off:J.-C. Vayssière⟧
  Le géomètre-expert : ⟦off:P.-Y. Souladié⟧

Note manuscrite en marge : « Mme K.-D. injoignable : essayer son mari ⟦p:Stéphane Dubois⟧ au ⟦t:06 12 40 87 31⟧, ou son adresse à Cracovie : ⟦a:ul. Floriańska 27/4, 31-019 Kraków, Polska⟧. Prénom d'usage : ⟦p:Aga⟧. »
"""

TXT["t11_plainte_voisin_travaux_camions.txt"] = """
⟦p:Gérard POUGET⟧
⟦a:Le Clos du Noyer, 18 route de Lalbenque⟧
46260 Saint-Julien-de-Brassac
Tél. ⟦t:05 65 31 47 90⟧ / ⟦t:06 87 02 33 14⟧

À Madame le Maire
Mairie — Le Bourg
46260 Saint-Julien-de-Brassac

Saint-Julien, le 6 mars 2026

Objet : nuisances du chantier de mon voisin, ⟦a:20 route de Lalbenque⟧ — recommandé

Madame le Maire,

Je me permets de vous écrire une nouvelle fois au sujet du chantier ouvert depuis janvier par mon voisin ⟦p:M. Sébastien ANDRIEU⟧ (le fils du garagiste de la place, ⟦o:le seul garagiste du village⟧), sur sa propriété cadastrée ⟦cad:AB 402⟧, mitoyenne de la mienne (⟦cad:AB 401⟧).

1. Depuis le 12 janvier, des camions stationnent tous les matins devant mon portail dès 7 heures, moteur allumé. J'ai relevé les immatriculations : un camion-benne blanc ⟦pl:FK-318-PZ⟧, une camionnette de l'entreprise de maçonnerie (un Renault Master, ⟦pl:EG 472 MT⟧), et surtout le 4x4 personnel de M. Andrieu, un vieux Toyota encore en ancienne immatriculation ⟦pl:7412 TX 46⟧, qui bloque l'accès de mon garage. Un plateau espagnol (⟦pl:4821 KLM⟧) est venu livrer des tuiles le 2 mars.

2. L'extension en cours dépasse à mon avis ce qui a été autorisé : le panneau affiché sur la clôture indique une surface de 38 m², mais le mur monte déjà à plus de 5 m en limite de propriété, et on m'enlève le soleil dans la cuisine.

3. Le mur de clôture commun a été fissuré par la mini-pelle, conduite par le beau-frère de M. Andrieu, un certain ⟦p:« Titi »⟧ (⟦p:Thierry Combes⟧ je crois), qui m'a insulté quand je lui ai fait la remarque.

Ma femme, ⟦p:Monique POUGET⟧, ⟦ag:78 ans⟧, souffre de ces nuisances et ne dort plus. Nous avons tenté la conciliation ; M. Andrieu nous répond qu'il « a ses papiers ».

Je vous demande de faire vérifier la conformité des travaux par le service de l'urbanisme et de faire respecter l'interdiction de stationner. Je tiens à votre disposition des photographies datées.

Pour votre information, voici le relevé que je tiens depuis le début du chantier :
  — lundi 12 janvier : 7 h 05, camion-benne ⟦pl:FK-318-PZ⟧ devant mon portail, jusqu'à 9 h 30 ;
  — jeudi 22 janvier : livraison de parpaings, le chauffeur (un jeune, « ⟦p:Nuno⟧ ») a roulé sur ma bordure ;
  — samedi 7 février : travaux de meuleuse de 8 h à 19 h, sans interruption ;
  — mardi 17 février : le Toyota ⟦pl:7412 TX 46⟧ garé sur le trottoir, ma femme a dû passer sur la route avec son déambulateur ;
  — lundi 2 mars : plateau espagnol ⟦pl:4821 KLM⟧, déchargement de palettes de tuiles avec un chariot, bruit jusqu'à 20 h ;
  — mercredi 4 mars : ⟦p:« Titi »⟧ m'a traité de « vieux fou » devant ma petite-fille ⟦p:Manon⟧, ⟦ag:12 ans⟧.
Mon fils ⟦p:Éric POUGET⟧, qui habite ⟦a:Lotissement Le Clos Fleuri, lot n° 14, 46090 Mercuès⟧, peut témoigner ; son numéro est le ⟦t:06 13 52 87 09⟧. Notre voisin d'en face, ⟦p:M. Fernand Rigal⟧, a vu la scène du 4 mars.

Veuillez agréer, Madame le Maire, mes salutations respectueuses.

Copie adressée à : ⟦off:M. Lionel Carrié⟧, garde champêtre intercommunal ; ⟦off:M. Roger Fabre⟧, conciliateur de justice ; gendarmerie de Lalbenque.

⟦p:G. Pouget⟧

P.-S. (bis) : pour me joindre dans la journée, mieux vaut le portable ; le fixe est souvent occupé par ma femme. Vous pouvez aussi écrire à ma fille ⟦p:Sophie⟧ : ⟦e:sophie.pouget-lacoste@laposte.net⟧.
P.-S. : je vous signale aussi que ⟦p:Andrieu⟧ brûle ses déchets de chantier dans le jardin, le dimanche.
"""

TXT["t12_mails_bruit_chantier_minuscules.txt"] = """
De : ⟦p:sebastien andrieu⟧ <⟦e:seb.andrieu.46@hotmail.fr⟧>
À : mairie.stjulienbrassac@wanadoo.fr
Date : 9 mars 2026 21:14
Objet : re: courrier de mr pouget

bonsoir madame le maire,

je reponds a la lettre de mon voisin que vous m'avez transmise. mon permis est le PC 046 254 25 B0031, accordé le 4 novembre, affiché depuis. les camions c'est celui de l'entreprise ⟦p:ribeiro⟧ (⟦p:joao ribeiro⟧, maçon, entreprise individuelle siret ⟦siret:412 987 653 00026⟧) et le mien. le toyota je l'ai vendu la semaine derniere.
pour le mur, c'est ⟦p:mr pouget⟧ qui a planté sa haie de thuyas sur la limite, pas moi. mon beau frere ⟦p:thierry⟧ ne l'a jamais insulté.
si besoin je suis joignable au ⟦t:06.52.18.04.77⟧ ou ma compagne ⟦p:jessica⟧ au ⟦t:0698124530⟧.
cordialement
⟦p:seb andrieu⟧
⟦a:20 rte de lalbenque⟧

---
De : ⟦off:Jean-Claude Vayssière⟧ <urbanisme@saintjulien-brassac.fr>
À : ⟦e:seb.andrieu.46@hotmail.fr⟧
Cc : ⟦off:Mathieu Cabanes⟧ <m.cabanes@cc-causses-brassane.fr>
Date : 10 mars 2026 08:32
Objet : RE: re: courrier de mr pouget

Monsieur ⟦p:Andrieu⟧,
Merci de votre réponse. Je passerai avec l'instructeur du service commun jeudi 12 mars à 14 h pour vérifier la hauteur du mur en limite. Merci de prévenir ⟦p:M. Ribeiro⟧ que les véhicules de chantier ne doivent pas stationner devant le portail de ⟦p:M. et Mme Pouget⟧.
Bien cordialement,
⟦off:J.-C. Vayssière⟧, adjoint au maire délégué à l'urbanisme

---
De : ⟦p:João Ribeiro⟧ <⟦e:joao.ribeiro.maconnerie@gmail.com⟧>
Date : 10 mars 2026 12:05
Objet : RE: chantier ⟦p:Andrieu⟧
Bonjour, je suis le maçon, le camion benne ⟦pl:FK-318-PZ⟧ c'est mon frère ⟦p:Nuno⟧ qui le conduit, on le garera sur le terrain à partir de demain. Obrigado, ⟦p:João⟧ — ⟦t:+351 912 345 678⟧ (portable portugais, je suis au pays jusqu'au 15)
"""

TXT["t13_pv_infraction_garde_champetre.txt"] = """
GARDE CHAMPÊTRE INTERCOMMUNAL — Communauté de communes Causses et Vallée de la Brassane
PROCÈS-VERBAL D'INFRACTION AU CODE DE L'URBANISME (articles L. 480-1 et suivants)
PV n° 2026/GC/014

L'an deux mille vingt-six, le dix-neuf mars, à 10 h 15,
Nous, ⟦off:Lionel Carrié⟧, garde champêtre intercommunal, agent commissionné et assermenté, en résidence à Castelnau-Brassac,
agissant sur réquisition du maire de Saint-Julien-de-Brassac, ⟦off:Mme Bernadette Lacombe⟧,

Nous sommes transporté ⟦a:lieu-dit La Combe Nègre⟧, sur le terrain cadastré ⟦cad:section ZA n° 77⟧, appartenant selon la matrice cadastrale à ⟦p:M. Kévin Jordan ROQUES⟧.

Constatations :
— présence d'un mobil-home de marque O'Hara, d'environ 32 m², posé sur parpaings, raccordé à un poteau électrique de chantier ;
— une clôture en panneaux rigides verts de 1,80 m sur environ 60 m ;
— une terrasse en bois de 20 m² ;
— stationnés sur le terrain : un véhicule Peugeot Partner immatriculé ⟦pl:DV-905-HA⟧ et une remorque immatriculée ⟦pl:AB-117-QR⟧.
Ces installations ont fait l'objet d'un arrêté d'opposition à déclaration préalable du 16 février 2026 (DP 046 254 26 B0009).

Sur place, nous avons rencontré une personne déclarant se nommer ⟦p:ROQUES Kévin⟧, né le ⟦bd:28/10/1996⟧ à ⟦bp:Montauban (82)⟧, ⟦ag:29 ans⟧, demeurant ⟦a:Le Cayrou, 1250 route de Lalbenque⟧, cariste, qui nous a déclaré :
« Le terrain est à moi depuis l'héritage de mon grand-père ⟦p:Marcel Roques⟧. Je vis là avec ma compagne ⟦p:Océane FAURIE⟧ parce qu'on ne trouve pas de location. Je ne savais pas qu'on ne pouvait pas mettre un mobil-home sur son propre terrain. »
Il a présenté sa carte nationale d'identité n° ⟦id:X4RT72PL9⟧.

Témoin : ⟦p:M. Alain FAURIE⟧, père de la compagne, ⟦t:06 21 77 45 80⟧.

Nous avons également entendu ⟦p:Mme Océane FAURIE⟧, née le ⟦bd:5 mai 1999⟧ à ⟦bp:Caussade⟧, aide à domicile, qui a déclaré : « On a acheté le mobil-home d'occasion à un couple de Montauban, ⟦p:M. et Mme Lecomte⟧, en septembre. Mon père nous a aidés pour la clôture à cause des sangliers. On ne fait de mal à personne. »
Le voisin le plus proche, ⟦p:M. Christian Lavaysse⟧, joint par téléphone au ⟦t:06 70 18 22 61⟧, a déclaré n'être gêné que par le passage des véhicules sur le chemin d'exploitation qui dessert sa ⟦cad:parcelle ZA 80⟧.
Nous avons informé ⟦p:M. Roques⟧ de la possibilité de régulariser ou de remettre les lieux en l'état, et de la faculté pour le maire de prendre un arrêté interruptif de travaux. Nous lui avons remis la liste des aires d'accueil et des terrains de camping du secteur.

Renseignements complémentaires recueillis en mairie : ⟦p:M. Roques⟧ est inscrit sur les listes électorales de la commune depuis 2014 ; il est titulaire du permis de conduire n° ⟦id:140846200917⟧ ; son véhicule ⟦pl:DV-905-HA⟧ est assuré au nom de sa mère, ⟦p:Mme Sylvie ROQUES née BARRAU⟧, ⟦a:14 avenue de Toulouse, appartement 6, 82000 Montauban⟧, ⟦t:05 63 03 71 28⟧.
Le compteur électrique de chantier a été posé à la demande de ⟦p:M. Alain Faurie⟧, artisan électricien (SIRET ⟦siret:482 150 976 00033⟧ selon le devis affiché sur le coffret) — à vérifier.

Ces faits constituent l'infraction d'exécution de travaux sans autorisation (art. L. 480-4).
Photographies annexées (12). Le présent procès-verbal est transmis au procureur de la République près le tribunal judiciaire de Cahors, copie au maire et au préfet (DDT du Lot).

Le garde champêtre, ⟦off:L. Carrié⟧ — matricule 46-GC-07
"""

TXT["t14_registre_enquete_plui_observations.txt"] = """
ENQUÊTE PUBLIQUE RELATIVE À LA MODIFICATION N° 2 DU PLAN LOCAL D'URBANISME INTERCOMMUNAL (PLUi)
DE LA COMMUNAUTÉ DE COMMUNES CAUSSES ET VALLÉE DE LA BRASSANE
du 2 au 31 mars 2026 — arrêté du président n° 2026-AR-018 du 6 février 2026
Commissaire enquêteur : ⟦off:M. Henri Laporte⟧, ingénieur territorial retraité, désigné par le tribunal administratif de Toulouse

REGISTRE D'ENQUÊTE — LIEU : MAIRIE DE SAINT-JULIEN-DE-BRASSAC (transcription dactylographiée des observations manuscrites)

Observation n° 1 — 2 mars 2026 — permanence du commissaire enquêteur
⟦p:M. et Mme Jacques et Annie ESCASSUT⟧, ⟦a:La Croix de Pierre⟧, demandent le classement en zone constructible (UB) de leur ⟦cad:parcelle ZE 44⟧ (0,42 ha), en continuité du hameau, pour y construire la maison de leur fils ⟦p:Romain⟧. Ils rappellent que le réseau d'eau passe devant.

Observation n° 2 — 2 mars 2026
« Je suis opposé à l'ouverture à l'urbanisation du secteur des Fargues : c'est la meilleure terre du causse. » — ⟦p:Christian Lavaysse⟧, EARL de la Borie Haute, éleveur.

Observation n° 3 — 5 mars 2026
⟦p:Mme Fatima-Zahra EL AMRANI-LEBLANC⟧, ⟦a:2 place de l'Église, au-dessus de la boulangerie⟧ (⟦o:la seule boulangère du hameau de Lacam⟧), demande que l'emplacement réservé n° 7 (parking) ne supprime pas l'accès des livraisons par l'arrière de son fournil (⟦cad:parcelle AB 88⟧).
Signé en arabe et en français : ⟦p:فاطمة الزهراء العمراني⟧ / ⟦p:F.-Z. El Amrani⟧

Observation n° 4 — 9 mars 2026
⟦p:jean-paul MIQUEL⟧ (écriture peu lisible, prénom incertain, ⟦a:chemin des Crêtes⟧). S'oppose à l'implantation des panneaux photovoltaïques au sol prévue sur les ⟦cad:parcelles ZF 3 à ZF 9⟧ appartenant à son cousin ⟦p:M. Jean-Louis Miquel⟧. « Mon cousin a signé avec la société sans prévenir la famille. »

Observation n° 5 — 9 mars 2026
⟦p:Sir Anthony PRICE-JONES⟧ and ⟦p:Lady Margaret PRICE-JONES⟧, ⟦a:Château de Cieurac-Bas⟧ (résidence secondaire ; ⟦a:The Old Rectory, Church Street, Chipping Campden GL55 6JG, England⟧). "We object to the change of zoning of the meadows facing the château (plots ⟦cad:ZH 17⟧ and ⟦cad:ZH 18⟧, belonging to us) from A to Ah." Contact : ⟦e:tony.pricejones@outlook.com⟧ — ⟦t:+44 1386 840 275⟧.

Observation n° 6 — 12 mars 2026 — permanence du commissaire enquêteur
⟦p:Mme Ginette BOUSQUET⟧, ⟦ag:87 ans⟧, accompagnée de sa voisine ⟦p:Mme Sylvie Tournié⟧. Elle souhaite pouvoir vendre le pré derrière sa maison (⟦cad:AB 120⟧) pour payer sa maison de retraite. Le commissaire enquêteur lui indique que la parcelle est déjà en zone UA.

Observation n° 7 — 16 mars 2026 — courrier annexé (pièce n° 3)
Courrier de ⟦off:Maître Anne-Sophie Marmiesse⟧, notaire à Lalbenque, pour le compte de ⟦p:M. Wei ZHANG (张伟)⟧ et ⟦p:Mme Li Na ZHANG⟧, acquéreurs sous condition suspensive de la ⟦cad:parcelle ZC 210⟧ (lieu-dit ⟦a:Les Peyrières⟧) : demande le maintien du zonage 1AU.

Observation n° 8 — 16 mars 2026
Illisible en partie. « … les haies arrachées par ⟦p:P. B.⟧ au bord du ruisseau, ⟦cad:parcelle ZD 30⟧ … » — signature : ⟦p:R. Lafon-Issaly⟧. (Le commissaire note que la parcelle ZD 30 appartient à ⟦p:M. Pascal BOUYSSOU⟧.)

Observation n° 9 — 21 mars 2026
⟦p:M. Hervé DE LA ROQUE-BOUILLAC⟧, ⟦a:Manoir de la Roque⟧, 46260 Saint-Julien-de-Brassac, propriétaire de la ⟦cad:parcelle AC 5⟧ (ancien moulin), demande l'identification du moulin au titre de l'article L. 151-11 pour permettre son changement de destination en gîte. Joint : un plan et des photographies. Pour le rappeler : ⟦t:06 09 81 26 44⟧.

Observation n° 10 — 23 mars 2026
« Pas d'avis sur le PLUi mais la route de Concots est dangereuse, on roule à 100 devant l'école. » — ⟦p:Kevin⟧, parent d'élève (nom non indiqué).

Observation n° 11 — 26 mars 2026 — permanence du commissaire enquêteur
⟦p:M. Nikolaos PAPADOPOULOS⟧ (⟦p:Νικόλαος Παπαδόπουλος⟧), ⟦a:La Bastide Neuve⟧, et ⟦p:Mme Olga SMIRNOVA⟧ (⟦p:Ольга Смирнова⟧), son épouse, contestent le tracé de l'emplacement réservé n° 12 (élargissement de la VC 3) qui ampute de 6 m leur jardin (⟦cad:ZB 77⟧). Courriel : ⟦e:nikos.papadopoulos@yahoo.gr⟧.

Observation n° 12 — 31 mars 2026 à 16 h 50 (clôture)
⟦p:Mlle Chloé BOUSCARRAT⟧ pour sa grand-mère ⟦p:Mme Marie-Thérèse Bouscarrat⟧ (⟦cad:AB 218⟧) : demande de précisions sur la zone inondable.

Clos et arrêté par le commissaire enquêteur le 31 mars 2026 à 17 heures. Registre de 12 observations et 3 pièces annexées.
Le commissaire enquêteur, ⟦off:Henri Laporte⟧
"""

TXT["t15_rapport_commissaire_extrait.txt"] = """
Rapport et conclusions du commissaire enquêteur — Modification n° 2 du PLUi — extrait du chapitre 4 « Analyse des observations »

4.3 Observations relatives au secteur des Fargues et des Peyrières (Saint-Julien-de-Brassac)
Les observations R1 (⟦p:M. et Mme E.⟧), R2 (⟦p:C. L.⟧) et R7 (courrier de ⟦off:Me Marmiesse⟧) portent sur le même secteur. La première demande l'extension de la zone UB sur la ⟦cad:parcelle ZE 44⟧ ; la deuxième, émise par un exploitant agricole du secteur, s'y oppose ; la troisième demande le maintien de la zone 1AU sur la ⟦cad:ZC 210⟧.
Réponse de la communauté de communes (mémoire en réponse de ⟦off:M. Alain Bessières⟧, président, du 8 avril) : la collectivité maintient le classement en zone A de la ⟦cad:ZE 44⟧.
Avis du commissaire enquêteur : je partage cette position.

4.4 Observation R11 (⟦p:M. N. P.⟧ et ⟦p:Mme O. S.⟧)
Les époux contestent l'emprise de l'emplacement réservé n° 12. J'ai rencontré ⟦p:M. Papadopoulos⟧ sur place le 26 mars. Le rétrécissement de l'emprise à 4 m est possible.

4.5 Observation R9 (⟦p:M. H. de La R.-B.⟧)
Le moulin de la ⟦cad:parcelle AC 5⟧ présente un intérêt patrimonial indéniable. Avis favorable à son identification.

4.6 Observation R3
⟦p:Mme F.-Z. E. A.-L.⟧ ; je recommande de ménager un accès de livraison.

Fait à Cahors le 28 avril 2026. ⟦off:Henri Laporte⟧, commissaire enquêteur.
"""

TXT["t16_lettre_degrevement_taxe_fonciere.txt"] = """
⟦p:Mme Germaine CALVET⟧
⟦a:Maison Calvet, 4 rue de la Fontaine⟧
46260 Saint-Julien-de-Brassac
N° fiscal : ⟦id:10 46 123 456 789⟧
Tél. : ⟦t:05.65.31.02.19⟧

Centre des impôts fonciers de Cahors
Service des impôts des particuliers
Cité administrative — 46009 Cahors Cedex

Le 14 octobre 2025

Objet : taxe foncière 2025 — demande de dégrèvement — avis n° ⟦id:25 46 8412573 91⟧

Messieurs,

Je suis ⟦ag:âgée de 83 ans⟧, veuve depuis 2019, et je vis seule avec ma petite retraite agricole de la MSA. Je viens de recevoir mon avis de taxe foncière 2025 qui est de 1 212 euros, alors que l'an dernier j'ai payé 864 euros.

On m'a dit à la mairie que c'était à cause de la « grange » que vous avez comptée comme une habitation (⟦cad:parcelle AB 131⟧). Or cette grange n'est plus habitée depuis la mort de mon beau-père ⟦p:Gaston Calvet⟧ en 1977, le toit est effondré d'un côté et elle ne sert qu'à ranger du bois. Je joins des photographies prises par mon neveu ⟦p:Jean-Luc CALVET⟧.

D'autre part, j'avais droit au dégrèvement de 100 € pour les personnes de plus de 75 ans et je ne le vois pas sur l'avis. Mon revenu fiscal de référence est de 11 408 €.

Mon numéro de sécurité sociale, si vous en avez besoin, est le ⟦nir:2 44 09 46 042 006⟧ clé ⟦nir:36⟧.

Je vous prie de bien vouloir revoir mon dossier. Vous pouvez parler à mon neveu qui s'occupe de mes papiers : ⟦p:Jean-Luc Calvet⟧, ⟦a:Villa Ker Avel, 22 route de Cahors, 46090 Le Montat⟧, ⟦t:06 80 44 12 75⟧, ⟦e:jlcalvet@free.fr⟧.

Avec mes remerciements, je vous prie d'agréer, Messieurs, mes salutations distinguées.

⟦p:G. Calvet⟧
"""

TXT["t17_reponse_cdif_degrevement.txt"] = """
DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES
Centre des impôts fonciers de Cahors — Cité administrative — 46009 Cahors Cedex
Affaire suivie par : ⟦off:Murielle Cayla⟧, contrôleuse principale — tél. 05 65 23 40 00

Cahors, le 2 décembre 2025

⟦p:Madame Germaine CALVET⟧
⟦a:4 rue de la Fontaine⟧
46260 SAINT-JULIEN-DE-BRASSAC

Nos références : réclamation n° 2025-46-CDIF-03318
Vos références : numéro fiscal ⟦id:1046123456789⟧ — avis ⟦id:2546841257391⟧
Compte propriétaire (commune 254) : ⟦id:C00412⟧

Madame,

Vous avez contesté le montant de votre taxe foncière sur les propriétés bâties de 2025, au titre du local n° ⟦id:254 0041 2035 K⟧ situé sur la ⟦cad:parcelle AB 131⟧.

Après vérification sur place par le géomètre du cadastre, ⟦off:M. Gérard Issaly⟧, le 18 novembre 2025, il s'avère que ce local est en ruine partielle et inutilisable. En conséquence, il est radié de la base d'imposition à compter du 1er janvier 2025. Par ailleurs, remplissant les conditions d'âge et de revenus (article 1391 B du code général des impôts), vous bénéficiez du dégrèvement de 100 €.

Un dégrèvement total de 448 € vous est accordé. Il sera imputé sur votre compte ou remboursé par virement sur le compte bancaire connu de nos services (IBAN se terminant par ⟦iban:…9874 68⟧).

Je vous prie d'agréer, Madame, l'expression de ma considération distinguée.
Pour l'inspecteur divisionnaire, ⟦off:M. Cayla⟧
"""

TXT["t18_mandat_sepa_mensualisation_tf.txt"] = """
MANDAT DE PRÉLÈVEMENT SEPA — MENSUALISATION DE LA TAXE FONCIÈRE
Créancier : Direction générale des finances publiques — ICS FR46ZZZ005002

Référence unique du mandat (RUM) : ⟦id:TF-2026-46-0087451-01⟧
Type de paiement : récurrent

DÉBITEUR
  Nom, prénom : ⟦p:NAVARRO-GARCÍA Inmaculada⟧
  Numéro fiscal : ⟦id:30 46 987 654 321⟧
  Adresse : ⟦a:La Gariotte Bleue, 65 chemin des Vignes Basses⟧
  Code postal / ville : 46260 SAINT-JULIEN-DE-BRASSAC
  Pays : France

COORDONNÉES DU COMPTE À DÉBITER
  IBAN : ⟦iban:FR76 1130 6000 3046 0213 4567 881⟧
  BIC : AGRIFRPP813

  (Relevé d'identité bancaire joint)
  Titulaire : ⟦p:Mme NAVARRO GARCIA Inmaculada ou M. DUPUY Francis⟧
  Code banque : ⟦rib:11306⟧   Code guichet : ⟦rib:00030⟧   N° de compte : ⟦rib:46021345678⟧   Clé RIB : ⟦rib:81⟧
  Domiciliation : CA NORD MIDI-PYRENEES LALBENQUE

Option : prélèvements mensuels de janvier à octobre (10 échéances) sur la base de l'impôt de l'année précédente (1 046 €).
Avis concerné : taxe foncière 2025, article de rôle ⟦id:004187⟧

Fait à Saint-Julien-de-Brassac, le 11 décembre 2025
Signature : ⟦p:I. Navarro⟧

En signant ce formulaire de mandat, vous autorisez la DGFiP à envoyer des instructions à votre banque pour débiter votre compte.
"""

TXT["t19_releve_propriete_cadastre.txt"] = """
DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES — CADASTRE
RELEVÉ DE PROPRIÉTÉ — ANNÉE DE MAJ 2026 — DÉP 46 — DIR 0 — COM 254 SAINT-JULIEN-DE-BRASSAC — TRES 017
Extrait délivré le 20/02/2026 à ⟦off:Maître Anne-Sophie Marmiesse⟧, notaire (demande motivée, article L. 107 A du LPF)

NUMÉRO COMMUNAL : ⟦id:+00218⟧

PROPRIÉTAIRE / INDIVISION (3 titulaires)
  Droit réel : PP (pleine propriété) — indivision
  ⟦id:MBXNT8⟧  ⟦p:BOUYSSOU/JEAN MARIE JOSEPH⟧
                Adresse : ⟦a:MAS DE BOUYSSOU 46260 ST JULIEN DE BRASSAC⟧
                Né(e) le ⟦bd:17/03/1942⟧ à ⟦bp:46 ST JULIEN DE BRASSAC⟧
  ⟦id:MBXNT9⟧  ⟦p:BOUYSSOU/PASCAL JEAN⟧
                Adresse : ⟦a:LA COSTE 46260 ST JULIEN DE BRASSAC⟧
                Né(e) le ⟦bd:02/12/1968⟧ à ⟦bp:46 CAHORS⟧
  ⟦id:MBXNV2⟧  ⟦p:BOUYSSOU EP LAGARDE/NADINE⟧
                Adresse : ⟦a:0015 RUE DES ACACIAS APT 4 BAT B 33600 PESSAC⟧
                Née le ⟦bd:23/05/1971⟧ à ⟦bp:46 CAHORS⟧

PROPRIÉTÉS BÂTIES
  AN  SEC  N° PLAN  C PART  N° VOIRIE  ADRESSE              INVAR        S TAR  AF  NAT LOC  CAT  RC COM
  86  B    ⟦cad:0603⟧          ⟦a:MAS DE BOUYSSOU⟧  ⟦id:2540038412 T⟧  A       H   MA       6    1 642
  86  B    ⟦cad:0603⟧          ⟦a:MAS DE BOUYSSOU⟧  ⟦id:2540038413 U⟧  A       P   DEP      —      138

PROPRIÉTÉS NON BÂTIES
  AN  SEC  N° PLAN  N° VOIRIE  ADRESSE               CONTENANCE  SUF  GR/SS GR  CL  NAT CULT  REVENU CADASTRAL
  70  B    ⟦cad:0603⟧           MAS DE BOUYSSOU       00 ha 31 a 20 ca     S        —       sol      —
  70  B    ⟦cad:0604⟧           ⟦a:LE CLOS⟧             01 ha 12 a 40 ca     T        2       T        41,28
  70  ZD   ⟦cad:0030⟧           ⟦a:LES FARGUES⟧         02 ha 45 a 00 ca     P        3       P        35,12
  70  ZD   ⟦cad:0031⟧           LES FARGUES           00 ha 88 a 10 ca     BT       —       BT        4,90
  70  ZH   ⟦cad:0009⟧           ⟦a:COMBE DE LACAM⟧      05 ha 02 a 35 ca     L        —       L         2,51
  CONTENANCE TOTALE : 9 ha 79 a 05 ca — REVENU IMPOSABLE : 84,31 € — EXONÉRATION JA : néant

Observations du notaire (manuscrites, en marge) :
« Vente projetée de ⟦cad:ZD 30/31⟧ à ⟦p:M. Christian Lavaysse⟧ — vérifier le bail verbal en cours avec le GAEC des Trois Fontaines (cogérants ⟦p:Jérôme FABRE⟧ et ⟦p:Sandrine FABRE-ALBERT⟧). Le père, ⟦p:Jean-Marie⟧ (« ⟦p:Jeannot⟧ »), a ⟦ag:84 ans⟧ ; sa fille ⟦p:Nadine⟧ est joignable au ⟦t:+33 6 71 28 40 93⟧. ⟦p:Pascal⟧ refuse de signer tant que la question des haies de la ⟦cad:ZD 30⟧ n'est pas réglée. »

---------------------------------------------------------------------------------------------------
NUMÉRO COMMUNAL : ⟦id:+00231⟧ (extrait joint à la même demande, parcelle voisine)
PROPRIÉTAIRE
  Droit réel : NP (nue-propriété)
  ⟦id:MBYQK4⟧  ⟦p:LAVAYSSE/CHRISTIAN PAUL⟧
                Adresse : ⟦a:LA BORIE HAUTE 46260 ST JULIEN DE BRASSAC⟧
                Né le ⟦bd:19/06/1974⟧ à ⟦bp:46 CAHORS⟧
  Droit réel : US (usufruit)
  ⟦id:MBYQK5⟧  ⟦p:LAVAYSSE/ANDRE MARCEL⟧ dit ⟦p:DEDE⟧ (mention manuscrite de l'agent)
                Adresse : ⟦a:LA BORIE HAUTE 46260 ST JULIEN DE BRASSAC⟧
                Né le ⟦bd:04/04/1941⟧ à ⟦bp:12 SAINT-AFFRIQUE⟧

PROPRIÉTÉS NON BÂTIES
  AN  SEC  N° PLAN  ADRESSE               CONTENANCE          NAT CULT  REVENU CADASTRAL
  72  ZD   ⟦cad:0032⟧   LES FARGUES           03 ha 10 a 00 ca    P         44,46
  72  ZD   ⟦cad:0033⟧   LES FARGUES           00 ha 42 a 70 ca    L          0,87
  CONTENANCE TOTALE : 3 ha 52 a 70 ca — REVENU IMPOSABLE : 45,33 €

Cet extrait ne constitue pas un titre de propriété. Toute reproduction ou diffusion est interdite (article L. 107 A du livre des procédures fiscales).
"""

TXT["t20_bail_rural_neuf_ans.txt"] = """
BAIL RURAL À FERME (statut du fermage — articles L. 411-1 et suivants du code rural et de la pêche maritime)
Bail de neuf années consenti sous seing privé, enregistré au service départemental de l'enregistrement de Cahors

ENTRE LES SOUSSIGNÉS :

⟦p:Madame Hélène Marie-Claude DE LAVAUR-SAINT-GERMAIN⟧, retraitée, née le ⟦bd:9 octobre 1947⟧ à ⟦bp:Neuilly-sur-Seine (Hauts-de-Seine)⟧, veuve de ⟦p:Monsieur Pierre d'ESPAGNAC⟧, demeurant ⟦a:58 avenue de Ségur, 5e étage, porte droite⟧, 75007 Paris, et ⟦a:en saison au Château de Lacam⟧, 46260 Saint-Julien-de-Brassac,
joignable au ⟦t:01 45 67 89 12⟧ ou au ⟦t:06 07 08 33 71⟧,
ci-après dénommée « le bailleur »,

ET

L'EARL de la Combe Nègre, exploitation agricole à responsabilité limitée au capital de 7 500 €, dont le siège est à Saint-Julien-de-Brassac (46260), lieu-dit La Combe Nègre, immatriculée au RCS de Cahors sous le n° 431 287 903 (SIRET 431 287 903 00022),
représentée par son gérant associé unique ⟦p:Monsieur Florian Jean Marc ISSALY⟧, né le ⟦bd:15 février 1990⟧ à ⟦bp:Cahors⟧, exploitant agricole, demeurant ⟦a:La Combe Nègre, 920 chemin de Lacam⟧, 46260 Saint-Julien-de-Brassac, ⟦t:06 33 18 74 02⟧, ⟦e:florian.issaly@earl-combenegre.fr⟧,
affilié à la MSA Midi-Pyrénées Nord sous le n° ⟦nir:1 90 02 46 042 118 33⟧ — à vérifier —, numéro PACAGE de l'EARL 046045789,
ci-après dénommée « le preneur »,

IL A ÉTÉ CONVENU ET ARRÊTÉ CE QUI SUIT :

ARTICLE 1 — DÉSIGNATION
Le bailleur donne à bail à ferme au preneur, qui accepte, les biens ruraux suivants, situés sur la commune de Saint-Julien-de-Brassac :

  Parcelle         Lieu-dit            Nature            Contenance
  ⟦cad:ZE 101⟧            ⟦a:Les Fargues⟧         terre             3 ha 12 a 50 ca
  ⟦cad:ZE 102⟧            Les Fargues         terre             1 ha 04 a 20 ca
  ⟦cad:ZE 103⟧            Les Fargues         pré               0 ha 87 a 00 ca
  ⟦cad:ZH 21⟧              ⟦a:Combe de Lacam⟧      lande/parcours    6 ha 40 a 00 ca
  ⟦cad:ZH 22⟧              Combe de Lacam      bois              2 ha 10 a 15 ca (exclu du bail pour la partie boisée)
  Total : 13 ha 53 a 85 ca, dont 11 ha 43 a 70 ca donnés à bail.

Ainsi que lesdits biens existent, avec un hangar à fourrage édifié sur la ⟦cad:parcelle ZE 103⟧, une citerne et un droit d'eau sur la source de Lacam.

ARTICLE 2 — DURÉE
Le bail est consenti pour une durée de neuf années entières et consécutives, qui commenceront à courir le 11 novembre 2025 pour se terminer le 10 novembre 2034.

ARTICLE 3 — FERMAGE
Le fermage annuel est fixé à 95 € l'hectare pour les terres et 28 € l'hectare pour les parcours, conformément à l'arrêté préfectoral fixant les valeurs locatives, soit 704,37 € pour la première année, actualisable selon l'indice national des fermages.
Il est payable le 11 novembre de chaque année par virement sur le compte du bailleur :
  Titulaire : ⟦p:Mme de LAVAUR-SAINT-GERMAIN Hélène⟧
  IBAN : ⟦iban:FR70 3000 2005 5000 0015 7845 Z02⟧ — BIC CRLYFRPP
Le preneur remboursera au bailleur la fraction de la taxe foncière et de la taxe pour frais de chambre d'agriculture mise à sa charge (un cinquième et la moitié respectivement).

ARTICLE 4 — ÉTAT DES LIEUX
Un état des lieux sera établi contradictoirement dans le mois de l'entrée en jouissance, en présence de ⟦p:M. Roland MAURY⟧, ancien preneur (bail résilié à l'amiable le 10 novembre 2025 pour départ à la retraite), ⟦a:Lacam-Haut⟧, ⟦t:05 65 31 54 08⟧.

ARTICLE 5 — CESSION ET SOUS-LOCATION
Toute cession et sous-location sont interdites, sauf la cession au profit du conjoint ou des descendants du preneur, autorisée par le bailleur ou le tribunal paritaire. Le bailleur autorise d'ores et déjà la mise à disposition des biens au profit de la société dont ⟦p:M. Issaly⟧ serait associé exploitant.

ARTICLE 6 — CLAUSES ENVIRONNEMENTALES
Maintien des haies, murets de pierre sèche et gariottes ; pas de retournement des prairies permanentes de la ⟦cad:ZE 103⟧.

Fait en trois exemplaires, à Saint-Julien-de-Brassac, le 2 novembre 2025.
Le bailleur : ⟦p:H. de Lavaur-Saint-Germain⟧ (lu et approuvé)
Pour le preneur : ⟦p:F. Issaly⟧, gérant (lu et approuvé, bon pour acceptation)
"""

TXT["t21_avenant_bail_gaec_associes.txt"] = """
AVENANT N° 1 AU BAIL RURAL DU 15 MARS 2018 — MISE À DISPOSITION AU PROFIT D'UN GAEC

Bailleurs : ⟦p:M. Jean-Marie BOUYSSOU⟧, ⟦p:M. Pascal BOUYSSOU⟧ et ⟦p:Mme Nadine LAGARDE née BOUYSSOU⟧, en indivision (compte communal ⟦id:+00218⟧), représentés par ⟦p:M. Pascal BOUYSSOU⟧, ⟦a:La Coste⟧, 46260 Saint-Julien-de-Brassac, ⟦t:06 84 12 09 57⟧.

Preneur : ⟦p:M. Jérôme FABRE⟧, né le ⟦bd:1er mai 1982⟧ à ⟦bp:Caussade⟧, exploitant agricole, demeurant ⟦a:Les Trois Fontaines⟧, 46260 Saint-Julien-de-Brassac.

Le preneur informe les bailleurs, par lettre recommandée du 10 janvier 2026, qu'il met les ⟦cad:parcelles ZD 30⟧ et ⟦cad:ZD 31⟧ à la disposition du GAEC des Trois Fontaines (SIRET 532 876 414 00014 — siège aux Trois Fontaines), dont il est associé, conformément à l'article L. 411-37.

Associés du GAEC (extrait des statuts mis à jour le 2 janvier 2026) :
  — ⟦p:Jérôme FABRE⟧, cogérant, 50 parts ;
  — ⟦p:Sandrine FABRE-ALBERT⟧, son épouse, cogérante, née le ⟦bd:30/06/1984⟧, 40 parts ;
  — ⟦p:Baptiste FABRE⟧, fils, jeune agriculteur installé le 1er janvier 2026, ⟦ag:22 ans⟧, 10 parts, ⟦e:baptiste.fabre.gaec3f@gmail.com⟧.

Le GAEC est agréé par décision du préfet du Lot (comité départemental d'agrément) du 14 décembre 2025.

Il est rappelé que le preneur reste seul titulaire du bail et seul tenu envers les bailleurs ; il doit continuer à se consacrer à l'exploitation des biens loués en participant aux travaux de façon effective et permanente.

Fait à Saint-Julien-de-Brassac le 20 janvier 2026. ⟦p:P. Bouyssou⟧ — ⟦p:J. Fabre⟧
"""

TXT["t22_demande_autorisation_exploiter_cdoa.txt"] = """
DEMANDE D'AUTORISATION D'EXPLOITER (contrôle des structures — articles L. 331-1 et suivants du code rural)
Direction départementale des territoires du Lot — service économie agricole — dossier enregistré le 6 février 2026
Instruit par ⟦off:Nadia Belkacem⟧, chargée de mission contrôle des structures

1. LE DEMANDEUR
  Personne physique exploitant à titre individuel
  Civilité : M.   Nom de naissance : ⟦p:OUEDRAOGO⟧   Nom d'usage : ⟦p:OUEDRAOGO⟧   Prénoms : ⟦p:Yacouba Désiré⟧
  Né le : ⟦bd:12/04/1993⟧   à : ⟦bp:Ouagadougou (Burkina Faso)⟧   Nationalité : française
  N° de sécurité sociale : ⟦nir:1 93 04 99 331 042⟧ ⟦nir:78⟧
  Adresse : ⟦a:Le Moulin Bas, route de Concots⟧, 46260 Saint-Julien-de-Brassac
  Téléphone : ⟦t:07 68 41 25 90⟧   Courriel : ⟦e:yacouba.ouedraogo.maraicher@proton.me⟧
  N° SIRET (exploitation individuelle, maraîchage biologique) : ⟦siret:79012345900030⟧
  N° PACAGE : ⟦id:046098712⟧   N° MSA : ⟦id:46-2023-0841⟧
  Situation familiale : marié (⟦p:Mme Awa OUEDRAOGO née SAWADOGO⟧, aide familiale), deux enfants.
  Capacité professionnelle agricole : BPREA maraîchage (CFPPA du Lot, 2022).

2. L'EXPLOITATION ACTUELLE
  Surface exploitée : 2 ha 10 a (maraîchage biologique, vente directe au marché de Cahors et à la ferme).
  Parcelles en propriété : ⟦cad:ZB 40⟧, ⟦cad:ZB 41⟧ (acquises en 2023 de ⟦p:M. Roland Maury⟧).

3. L'OPÉRATION PROJETÉE
  Reprise de 4 ha 88 a appartenant à ⟦p:M. Jean-Louis MIQUEL⟧, ⟦a:Les Crêtes⟧, 46260 Saint-Julien-de-Brassac, parcelles ⟦cad:ZF 10⟧, ⟦cad:ZF 11⟧ et ⟦cad:ZF 12⟧ (lieu-dit ⟦a:Les Crêtes⟧), actuellement exploitées par ⟦p:Mme Paulette MIQUEL⟧, ⟦ag:71 ans⟧, sœur du propriétaire, qui part à la retraite.
  Surface après opération : 6 ha 98 a.

4. CONCURRENCE
  Une demande concurrente a été déposée par le GAEC des Trois Fontaines (⟦p:M. Jérôme Fabre⟧) le 20 février 2026 pour les mêmes parcelles. Les deux demandes seront examinées à la séance de la commission départementale d'orientation de l'agriculture (CDOA) du 14 avril 2026.

4 bis. DÉTAIL DE LA DEMANDE CONCURRENTE (résumé transmis par la DDT)
  Demandeur : GAEC des Trois Fontaines, représenté par ⟦p:M. Jérôme FABRE⟧ et ⟦p:Mme Sandrine FABRE-ALBERT⟧, cogérants.
  Motif : agrandissement (exploitation de 132 ha portée à 136,9 ha) ; installation récente de ⟦p:Baptiste FABRE⟧, ⟦ag:22 ans⟧, au sein du GAEC.
  Distance du siège aux parcelles : 4,2 km (contre 600 m pour ⟦p:M. Ouedraogo⟧, dont les serres jouxtent la ⟦cad:ZF 12⟧).
  Le GAEC fait valoir que ⟦p:M. Jean-Louis Miquel⟧ lui aurait promis oralement les parcelles en 2019 ; ⟦p:M. Miquel⟧ le conteste dans une lettre du 26 février 2026 (« j'ai toujours dit que ce serait pour le jeune maraîcher »).
  Rang de priorité au schéma directeur régional des exploitations agricoles : rang 3 (agrandissement).
  Avis du maire de Saint-Julien-de-Brassac, ⟦off:Mme Bernadette Lacombe⟧ : favorable à ⟦p:M. Ouedraogo⟧ (maintien d'une activité maraîchère et vente directe dans la commune).

5. PIÈCES JOINTES
  — attestation MSA (avec NIR) ; — avis d'imposition ; — accord du propriétaire signé par ⟦p:J.-L. Miquel⟧ ;
  — plan de situation ; — relevé parcellaire graphique.

Observations de l'instructrice : « Bailleur d'accord pour le demandeur. Demande prioritaire (installation, schéma directeur régional rang 1). Contacter ⟦p:M. Ouedraogo⟧ en fin de journée, il est sur les marchés le matin. »
Décision préfectorale attendue avant le 6 juin 2026.

Signature du demandeur : ⟦p:Y. D. Ouedraogo⟧ — le 4 février 2026
"""

TXT["t23_lettre_fermier_minuscules.txt"] = """
⟦p:roland maury⟧
⟦a:lacam-haut⟧
46260 st julien

le 3 septembre 2025

a madame ⟦p:de lavaur⟧

madame,

comme je vous l'avais dit au telephone je vais prendre ma retraite à la saint martin, j'aurai ⟦ag:66 ans⟧ en octobre et ma femme ⟦p:yvette⟧ est malade. je vous rends donc vos terres des ⟦a:fargues⟧ et de la ⟦a:combe de lacam⟧ que mon père ⟦p:auguste maury⟧ louait déjà à votre mari. le jeune ⟦p:issaly⟧ (⟦p:florian⟧, le fils de ⟦p:marc⟧ du moulin) voudrait les reprendre, il a l'earl à ⟦a:la combe nègre⟧. c'est un bon petit, il travaille bien.

pour le hangar je vous laisse le foin de cette année. le compteur d'eau de la source est à 1487.

il faut faire l'état des lieux, je suis là tous les jours sauf le mardi ou je vais a l'hopital avec ma femme. mon numéro ⟦t:05 65 31 54 08⟧, le portable de ma fille ⟦p:corinne⟧ c'est le ⟦t:06 45 77 12 03⟧.

respectueusement
⟦p:r. maury⟧
"""

TXT["t24_conge_reprise_commissaire_justice.txt"] = """
SELARL Justitia 46 — Commissaires de justice associés — 21 rue Président Wilson — 46000 Cahors

ACTE DE CONGÉ POUR REPRISE (article L. 411-47 et L. 411-58 du code rural et de la pêche maritime)

L'an deux mille vingt-six et le vingt-huit avril,
À la requête de :
⟦p:Madame Paulette MIQUEL⟧, veuve ⟦p:CAMBON⟧, née le ⟦bd:seize juin mil neuf cent cinquante-quatre⟧ à ⟦bp:Lalbenque (Lot)⟧, demeurant ⟦a:Lou Cantou, 3 chemin de la Serre⟧, 46230 Lalbenque,
propriétaire des ⟦cad:parcelles cadastrées section ZF numéros 3, 4 et 5⟧ sur la commune de Saint-Julien-de-Brassac, lieu-dit ⟦a:Les Crêtes⟧,

Nous, ⟦off:Maître Stéphane Guiral⟧, commissaire de justice associé, soussigné,

Avons signifié et laissé copie à :
⟦p:Monsieur Antoine BARDES⟧, exploitant agricole, né le ⟦bd:3 mars 1969⟧, demeurant ⟦a:La Borie Basse, 46260 Saint-Julien-de-Brassac⟧, preneur en vertu d'un bail verbal depuis 1996,
où étant et parlant à son épouse, ⟦p:Mme Nathalie BARDES⟧, ainsi déclarée, qui a accepté de recevoir l'acte,

DU CONGÉ qui lui est donné pour le 11 novembre 2027, date d'expiration du bail en cours, aux fins de reprise pour exploitation personnelle par :
⟦p:Monsieur Grégory CAMBON⟧, fils de la requérante, né le ⟦bd:22 août 1988⟧ à ⟦bp:Cahors⟧, demeurant actuellement ⟦a:14 rue des Vignerons, 33750 Saint-Germain-du-Puch⟧, titulaire d'un BTSA, qui s'engage à exploiter personnellement les biens repris et à habiter à proximité, à savoir ⟦a:au hameau des Crêtes⟧.

Le preneur peut contester le présent congé devant le tribunal paritaire des baux ruraux de Cahors dans un délai de quatre mois à compter de sa réception, à peine de forclusion.

Coût de l'acte : 86,41 € TTC. Acte n° ⟦id:2026/04/1187⟧.
⟦off:Me S. Guiral⟧
"""

TXT["t25_sms_voisins_haie_tracteur.txt"] = """
Capture des SMS transmise en mairie par ⟦p:Mme Agnieszka Kowalczyk-Dubois⟧ à l'appui de sa réclamation (conciliation du 15 avril 2026)

[02/04/2026 07:12] ⟦p:Aga⟧ (⟦t:+48 601 234 567⟧) : Dzień dobry, ⟦p:Laurent⟧, votre tracteur est encore sur mon chemin, je ne peux pas sortir la voiture
[02/04/2026 07:20] ⟦p:Laurent Vergnes⟧ (⟦t:06 74 21 88 35⟧) : c'est pas mon tracteur c'est celui de ⟦p:Didier⟧ (⟦p:Cayrou⟧) il vient de déplacer les bornes du géomètre !!!
[02/04/2026 07:21] ⟦p:Aga⟧ : le vieux John Deere vert ? immatriculé ⟦pl:CV-044-BN⟧ ?
[02/04/2026 07:25] ⟦p:Laurent Vergnes⟧ : oui. appelez le 06 ou la mairie
[02/04/2026 07:31] ⟦p:Didier C.⟧ (⟦t:+33 6 19 55 02 81⟧) : je déplace rien du tout je fauche le talus comme chaque année depuis 40 ans. la borne B4 elle est dans MON talus
[02/04/2026 07:33] ⟦p:Aga⟧ : Je vous envoie la photo. Mon mari ⟦p:Stéphane⟧ arrive ce soir de Cracovie avec la Skoda ⟦pl:KR 7H211⟧ et il va appeler les gendarmes
[02/04/2026 07:40] ⟦p:Didier C.⟧ : faites donc. et dites à votre mari de pas se garer devant le hangar comme la dernière fois avec sa voiture polonaise

Annotation de la secrétaire de mairie, ⟦off:Sandrine Delpech⟧ : « transmis à ⟦off:M. le conciliateur de justice⟧ et au géomètre ⟦off:M. Souladié⟧ le 3 avril. »
"""

TXT["t26_certificat_urbanisme_operationnel.txt"] = """
CERTIFICAT D'URBANISME OPÉRATIONNEL (article L. 410-1 b du code de l'urbanisme)
CUb 046 254 26 B0004 — délivré au nom de la commune

Demandeur : ⟦off:SCP Fourès-Andrieu⟧, notaires à Cahors, pour le compte de ⟦p:Mme Léa TREMBLAY-BESSE⟧ et des ⟦p:consorts BESSE⟧
Terrain : ⟦a:Mas del Sol, route de Concots⟧ — ⟦cad:ZB 12⟧ (3 410 m²) et ⟦cad:ZB 16p⟧ (environ 2 000 m² à détacher)
Opération projetée : division en vue de construire une maison d'habitation sur la partie détachée de la ⟦cad:ZB 16⟧.

Le maire de Saint-Julien-de-Brassac CERTIFIE :
Article 1 — Le terrain objet de la demande peut être utilisé pour la réalisation de l'opération envisagée, sous réserve de l'article 4.
Article 2 — Le terrain est situé en zone Ah du PLUi (hameau). Coefficient d'emprise au sol : 30 %.
Article 3 — Le terrain est grevé de la servitude AC1 (abords du monument historique « Croix de Lacam ») : avis conforme de l'architecte des bâtiments de France.
Article 4 — Équipements publics : eau potable — desservi (syndicat des eaux du Causse) ; électricité — extension de 45 m à la charge du pétitionnaire ; voirie — chemin rural n° 9 (largeur 3 m) ; assainissement — non collectif.
Article 5 — Taxe d'aménagement : part communale 3 % ; part départementale 1,9 %.
Article 6 — Droit de préemption urbain délégué à la communauté de communes.

Fait à Saint-Julien-de-Brassac, le 9 mars 2026. Le maire, ⟦off:Bernadette Lacombe⟧
Dossier instruit par le service commun ADS (⟦off:Élodie Rouquette⟧, responsable).
"""

TXT["t27_avis_abf_restauration_pigeonnier.txt"] = """
Unité départementale de l'architecture et du patrimoine du Lot
Architecte des bâtiments de France — 2 rue Pierre Mendès-France — 46000 Cahors

AVIS SUR UN PROJET SITUÉ EN ABORDS DE MONUMENT HISTORIQUE
Dossier PC 046 254 26 B0021 — Restauration d'un pigeonnier et transformation d'une grange en habitation
Pétitionnaires : ⟦p:M. IJsbrand VAN DER HEIJDEN⟧ et ⟦p:Mme Maartje VAN DER HEIJDEN-BAKKER⟧
Adresse du terrain : ⟦a:Le Pech, 240 chemin des Gariottes⟧ — ⟦cad:AC 311⟧, ⟦cad:AC 312⟧
Architecte du projet : ⟦p:M. Bastien LE GOFF⟧, architecte DPLG, ⟦a:6 rue Nationale, 46100 Figeac⟧, ⟦t:05 65 50 02 97⟧

Avis : ACCORD ASSORTI DE PRESCRIPTIONS
1. Les menuiseries seront en bois peint (gris-vert ou « sang de bœuf ») ; le PVC est proscrit.
2. La couverture du pigeonnier sera refaite en lauzes calcaires de récupération, posées à la chaux.
3. Les ouvertures nouvelles en façade sud seront limitées à deux, de proportion verticale.
4. Le hangar en tôle sera démoli.

Observation : lors de la visite du 14 avril 2026, ⟦p:M. van der Heijden⟧ a présenté des échantillons de bois. Le projet est de qualité.

Cahors, le 17 avril 2026
L'architecte des bâtiments de France, ⟦off:Hélène Pradié⟧
"""

TXT["t28_daact_achevement_travaux.txt"] = """
DÉCLARATION ATTESTANT L'ACHÈVEMENT ET LA CONFORMITÉ DES TRAVAUX (DAACT) — cerfa 13408*06
Dossier : PC 046 254 25 B0031 — déposée en mairie le 27 mai 2026

Le déclarant : ⟦p:ANDRIEU Sébastien Michel⟧
  né le ⟦bd:06/06/1987⟧ à ⟦bp:Cahors⟧
  adresse : ⟦a:20 route de Lalbenque⟧ — 46260 SAINT-JULIEN-DE-BRASSAC
  tél. : ⟦t:06 52 18 04 77⟧ — e-mail : ⟦e:seb.andrieu.46@hotmail.fr⟧
Terrain : ⟦cad:AB 402⟧
Travaux achevés le : 20 mai 2026 — totalité des travaux
Attestation de prise en compte de la réglementation thermique : jointe (établie par ⟦p:M. Loïc Brunet⟧, diagnostiqueur, entreprise individuelle SIRET ⟦siret:504127838⟧ — n° de certification ⟦id:CPDI4417⟧)

Récolement : la mairie a procédé au récolement le 10 juin 2026 en présence de ⟦p:M. Andrieu⟧ et de son voisin ⟦p:M. Gérard Pouget⟧ (⟦cad:AB 401⟧). Constat : hauteur du mur en limite 4,95 m (autorisé : 5,00 m). Conformité attestée.
Pour le maire, ⟦off:J.-C. Vayssière⟧, adjoint
"""

TXT["t29_declaration_ouverture_chantier.txt"] = """
DÉCLARATION D'OUVERTURE DE CHANTIER — cerfa 13407*03
Permis n° PC 046 254 26 B0014 délivré le 2 mars 2026

Je soussigné ⟦p:Laurent VERGNES⟧, ⟦a:7 ch. de la Croix de Fer⟧, 46260 Saint-Julien-de-Brassac, déclare le chantier ouvert à compter du 4 mai 2026, pour la totalité des travaux.
Entreprises intervenantes : terrassement SARL Causse TP ; maçonnerie ⟦p:João RIBEIRO⟧ (entrepreneur individuel, SIRET ⟦siret:41298765300026⟧, ⟦a:11 rue du Pont-Vieux, 46230 Lalbenque⟧, ⟦t:06 26 48 91 30⟧).
Coordonnées de la personne à contacter sur le chantier : ⟦p:Aurélie Vergnes⟧ — ⟦t:07.81.43.20.66⟧.
Le panneau d'affichage est en place depuis le 5 mars (photo constat de ⟦off:Me Guiral⟧, commissaire de justice).
Fait le 28 avril 2026 — ⟦p:L. V.⟧
"""

TXT["t30_constat_conciliation_haie_borne.txt"] = """
CONCILIATEUR DE JUSTICE — ressort du tribunal judiciaire de Cahors — permanence de la mairie de Saint-Julien-de-Brassac
CONSTAT D'ACCORD (article 1541 du code de procédure civile) — réf. conciliation ⟦id:CJ-46-2026-0193⟧

Entre :
— ⟦p:Madame Agnieszka KOWALCZYK épouse DUBOIS⟧, née le ⟦bd:14 juillet 1985⟧ à ⟦bp:Kraków (Pologne)⟧, traductrice, demeurant ⟦a:Les Gariottes⟧, 46260 Saint-Julien-de-Brassac, propriétaire de la ⟦cad:parcelle ZC 152⟧, assistée de son époux ⟦p:M. Stéphane DUBOIS⟧ ;
— ⟦p:Monsieur Didier CAYROU⟧, né le ⟦bd:11 janvier 1975⟧, agriculteur, demeurant ⟦a:Pech Redon, 46260 Saint-Julien-de-Brassac⟧, agissant tant en son nom qu'au nom de son père ⟦p:M. Raymond CAYROU⟧, propriétaire de la ⟦cad:parcelle ZC 144⟧ et exploitant de la ⟦cad:ZC 153⟧ ;
— en présence de ⟦p:M. et Mme Laurent et Aurélie VERGNES⟧, propriétaires de la ⟦cad:ZC 146⟧, intervenants volontaires.

Le conciliateur, ⟦off:M. Roger Fabre⟧, après avoir entendu les parties le 15 avril 2026 en mairie, expose :

1. Objet du différend
⟦p:Mme Kowalczyk-Dubois⟧ soutient que ⟦p:M. Didier Cayrou⟧ a, le 2 avril 2026, fauché un talus dépendant de sa parcelle et déplacé ou endommagé la borne B4 posée le 24 février 2026 par le géomètre-expert ⟦off:M. Souladié⟧ lors d'un bornage auquel elle n'avait pas assisté. Elle indique n'avoir pas reçu la convocation adressée à son ancienne adresse en Pologne. Elle se plaint en outre du stationnement régulier du tracteur de ⟦p:M. Cayrou⟧ (⟦pl:CV-044-BN⟧) sur le chemin d'accès à sa maison.
⟦p:M. Cayrou⟧ conteste avoir déplacé la borne : il déclare faucher ce talus depuis 1986, comme son grand-père ⟦p:Fernand⟧ avant lui, et soutient que la limite se trouve au pied du talus, côté ⟦p:Kowalczyk-Dubois⟧. Il reproche à ⟦p:M. Dubois⟧ de stationner sa voiture, immatriculée en Pologne (⟦pl:KR 7H211⟧), ainsi qu'un second véhicule français (⟦pl:GA-771-XE⟧), devant le hangar agricole.
⟦p:M. et Mme Vergnes⟧ précisent que la borne B4 est commune aux trois propriétés et qu'ils ont besoin de la limite pour implanter leur clôture.

2. Accord intervenu
Les parties conviennent :
a) de demander au cabinet Souladié, à frais partagés par tiers, de procéder à un nouveau bornage de la limite ⟦cad:ZC 146⟧ / ⟦cad:ZC 152⟧ / ⟦cad:ZC 153⟧ en présence de toutes les parties, la date étant fixée d'un commun accord au 12 mai 2026 à 14 heures ; ⟦p:Mme Kowalczyk-Dubois⟧ communique sa nouvelle adresse électronique pour les convocations : ⟦e:aga.kowalczyk[at]gmail[dot]com⟧ ;
b) jusqu'au bornage, ⟦p:M. Cayrou⟧ s'abstient de toute intervention sur le talus et de tout stationnement sur le chemin ; ⟦p:M. Dubois⟧ s'abstient de stationner devant le hangar ;
c) le talus sera ensuite entretenu par le propriétaire de la parcelle sur laquelle il se trouve selon le nouveau bornage ;
d) chaque partie conserve la charge de ses propres frais de conciliation.

3. Les parties demandent que le présent constat soit soumis à l'homologation du juge du tribunal judiciaire de Cahors afin de lui conférer force exécutoire.

Fait en mairie de Saint-Julien-de-Brassac, le 15 avril 2026, en quatre originaux.
Signatures : ⟦p:A. Kowalczyk-Dubois⟧ — ⟦p:S. Dubois⟧ — ⟦p:D. Cayrou⟧ (pour lui et pour ⟦p:R. Cayrou⟧) — ⟦p:L. Vergnes⟧ — ⟦p:A. Vergnes⟧
Le conciliateur de justice, ⟦off:Roger Fabre⟧ — permanences le 3e mercredi du mois en mairie (sur rendez-vous au secrétariat, 05 65 24 61 10)
"""

TXT["t31_dp_division_heritiers_portugais.txt"] = """
DÉCLARATION PRÉALABLE — LOTISSEMENT ET AUTRES DIVISIONS FONCIÈRES NON SOUMIS À PERMIS D'AMÉNAGER (cerfa 13702*08)
Dossier DP 046 254 26 B0016 — déposé le 23 mars 2026

Demandeurs (indivision) :
  1. ⟦p:DOS SANTOS PEREIRA António Manuel⟧, né le ⟦bd:08/12/1958⟧ à ⟦bp:Chaves (Portugal)⟧, ⟦a:Quinta do Outeiro, Rua da Estação 45, 5400-011 Chaves, Portugal⟧, ⟦t:+351 276 321 448⟧
  2. ⟦p:DOS SANTOS PEREIRA Maria da Conceição⟧, épouse ⟦p:GONÇALVES⟧, née le ⟦bd:19/03/1962⟧ à ⟦bp:Saint-Julien-de-Brassac⟧, ⟦a:3 allée des Chênes verts, Les Terrasses du Lot, bâtiment B, rez-de-chaussée⟧, 46090 Pradines, ⟦t:06 11 23 58 49⟧, ⟦e:conceicao.goncalves@sapo.pt⟧
  (héritiers de ⟦p:M. Manuel DOS SANTOS⟧, maçon, décédé en 2024, arrivé dans la commune en 1966)
Mandataire : ⟦off:Cabinet Souladié géomètres-experts⟧
Terrain : ⟦a:lieu-dit Les Peyrières⟧ — ⟦cad:ZC 208⟧ (4 215 m²)
Projet : division en trois lots à bâtir (lot A 1 405 m², lot B 1 380 m², lot C 1 430 m²), accès commun par une servitude de passage depuis la VC 3.
Observation de la mairie : le lot C jouxte la ⟦cad:parcelle ZC 210⟧ de ⟦p:M. et Mme Zhang⟧.
"""

TXT["t32_mails_acquereurs_neerlandais_notaire.txt"] = """
Van: ⟦p:Maartje van der Heijden⟧ <⟦e:maartje.vdheijden@ziggo.nl⟧>
Aan / À : office.foures-andrieu@notaires.fr
Datum: 20 maart 2026 09:03
Onderwerp / Objet : Vente ⟦p:MARTY⟧ — grange ⟦a:Le Pech⟧ — SAFER ??

Chère Maître Fourès,

Nous avons reçu hier la lettre de la SAFER qui préempte le pré (⟦cad:ZD 58⟧). Nous sommes très déçus : ce pré était pour nos ânes ! Est-ce que la vente de la grange et du pigeonnier (⟦cad:AC 311⟧ et ⟦cad:AC 312⟧) peut quand même se faire ? Mon mari ⟦p:IJsbrand⟧ veut bien renoncer au pré si le prix baisse.

Vous pouvez téléphoner à mon mari au ⟦t:+31 6 41 27 90 58⟧ (il parle mieux français que moi), ou à moi : ⟦t:0031 20 624 71 33⟧ (maison). Notre fille ⟦p:Femke⟧ habite à Bruxelles et peut signer pour nous : ⟦p:Femke van der Heijden⟧, ⟦a:Rue Van Artevelde 112, boîte 5, 1000 Bruxelles⟧, ⟦t:+32 475 18 42 90⟧, ⟦e:femke point vdh arobase skynet point be⟧.

Met vriendelijke groet / Cordialement,
⟦p:Maartje⟧

---
De : ⟦off:Olivier Bach⟧ <o.bach@notaires.fr>
À : ⟦e:maartje.vdheijden@ziggo.nl⟧
Date : 20 mars 2026 14:47
Objet : RE: Vente ⟦p:MARTY⟧ — grange ⟦a:Le Pech⟧

Madame,
La préemption de la SAFER porte sur la seule ⟦cad:parcelle ZD 58⟧ ; vous pouvez, dans ce cas de préemption partielle, exiger que la SAFER acquière l'ensemble, ou renoncer à l'acquisition. Les vendeurs, ⟦p:M. Marty⟧ et ⟦p:Mme Galy⟧, ont accepté de réduire le prix à 60 600 € pour la grange et le pigeonnier seuls. Je vous propose un rendez-vous téléphonique lundi.
Pour votre prêt auprès de la banque néerlandaise, merci de me transmettre un RIB du compte de virement des fonds : IBAN ⟦iban:NL46 RABO 0307 6543 21⟧ reçu ce jour, noté.
Bien à vous,
⟦off:Me Olivier Bach⟧, notaire — SCP Fourès-Andrieu
"""

TXT["t33_demande_achat_chemin_rural.txt"] = """
⟦p:Monsieur et Madame Hervé et Bénédicte de LA ROQUE-BOUILLAC⟧
⟦a:Manoir de la Roque⟧
46260 Saint-Julien-de-Brassac
⟦e:herve.delaroque@laroque-bouillac.fr⟧ — ⟦t:05 65 31 90 60⟧

Saint-Julien-de-Brassac, le 2 février 2026

Madame le Maire,

Propriétaires du Manoir de la Roque et des terres qui l'entourent (⟦cad:parcelles AC 5⟧, ⟦cad:AC 6⟧, ⟦cad:AC 9⟧ et ⟦cad:ZH 40⟧), nous sollicitons l'acquisition de la portion du chemin rural dit « de la Roque au Moulin », sur environ 180 mètres, qui traverse notre propriété entre le manoir et l'ancien moulin.

Ce chemin n'est plus utilisé que par nos véhicules et par quelques randonneurs. Nous nous engageons à maintenir un passage piéton le long du ruisseau pour le sentier de randonnée intercommunal et à supporter l'ensemble des frais (géomètre, notaire, enquête publique).

Notre voisin ⟦p:M. Antoine Bardes⟧, exploitant à ⟦a:La Borie Basse⟧, qui emprunte parfois ce chemin avec son troupeau, a donné son accord écrit (ci-joint). Seule ⟦p:Mme Cambon⟧ nous a fait savoir qu'elle s'y opposerait.

Nous restons à votre disposition pour en parler ; notre fils ⟦p:Aymeric⟧ (⟦t:06 30 12 77 89⟧) se chargera du dossier pendant notre séjour à l'étranger.

Veuillez agréer, Madame le Maire, l'expression de nos sentiments respectueux.
⟦p:H. de La Roque-Bouillac⟧
"""

TXT["t34_deliberation_alienation_chemin_rural.txt"] = """
COMMUNE DE SAINT-JULIEN-DE-BRASSAC — EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 23 juin 2026 — Délibération n° 2026-041
Présents : ⟦off:Bernadette Lacombe⟧, maire ; ⟦off:Jean-Claude Vayssière⟧, ⟦off:Martine Lagarrigue⟧, ⟦off:Serge Bouzou⟧, adjoints ; ⟦off:Claudine Aymard⟧, ⟦off:Patrice Delmon⟧, ⟦off:Yannick Séguy⟧, conseillers municipaux. Absent excusé : ⟦off:Francis Gourdon⟧ (pouvoir à ⟦off:B. Lacombe⟧). Secrétaire de séance : ⟦off:Claudine Aymard⟧.

Objet : aliénation d'une portion du chemin rural dit « de la Roque au Moulin »

Madame le Maire rappelle que, par courrier du 2 février 2026, ⟦p:M. et Mme Hervé de La Roque-Bouillac⟧ ont demandé à acquérir la portion du chemin rural traversant leur propriété. L'enquête publique préalable, conduite du 4 au 19 mai 2026 par ⟦off:M. Henri Laporte⟧, commissaire enquêteur, a recueilli deux observations : celle de ⟦p:Mme Paulette Cambon⟧, opposée, et celle de l'association « Sentiers du Causse », favorable sous réserve du maintien d'un passage piéton. Le commissaire enquêteur a émis un avis favorable.

Le conseil municipal, après en avoir délibéré, par 7 voix pour et 1 abstention (⟦off:M. Patrice Delmon⟧, qui déclare être cousin des demandeurs et ne pas prendre part au vote) :
— décide l'aliénation de la portion de chemin (environ 1 260 m², à numéroter au cadastre section AC) au profit de ⟦p:M. et Mme de La Roque-Bouillac⟧, au prix de 2 520 € ;
— dit qu'une servitude de passage piéton de 1,50 m sera constituée au profit du public ;
— autorise le maire à signer l'acte en l'étude de ⟦off:Maître Anne-Sophie Marmiesse⟧, notaire à Lalbenque.

Pour extrait certifié conforme. Le maire, ⟦off:Bernadette Lacombe⟧
"""

TXT["t35_liste_exploitants_calamite_secheresse.txt"] = """
COMMUNE DE SAINT-JULIEN-DE-BRASSAC — CALAMITÉS AGRICOLES — SÉCHERESSE 2025 (pertes de récolte sur prairies)
Liste des exploitants ayant déposé une déclaration de pertes en mairie — transmise à la DDT du Lot (service économie agricole, ⟦off:Mme Nadia Belkacem⟧) le 15 janvier 2026
Établie par la commission communale d'enquête présidée par ⟦off:M. Serge Bouzou⟧, adjoint, avec ⟦off:M. Bruno Cammas⟧, technicien de la chambre d'agriculture

N°  | Exploitant (nom, prénom / forme sociétaire et gérant)                          | N° PACAGE   | SIRET                  | Adresse                                         | Téléphone          | SAU (ha) | Prairies sinistrées (ha) | Perte estimée
01  | EARL de la Borie Haute — gérant ⟦p:LAVAYSSE Christian⟧                          | 046012874   | 888 123 452 00011      | La Borie Haute                                  | ⟦t:06 70 18 22 61⟧ | 86,4     | 41,0                     | 62 %
02  | ⟦p:BARDES Antoine⟧ (exploitant individuel)                                      | ⟦id:046003317⟧ | ⟦siret:843 771 205 00013⟧ | ⟦a:La Borie Basse⟧                              | ⟦t:05 65 31 26 14⟧ | 54,2     | 30,5                     | 55 %
03  | GAEC des Trois Fontaines — cogérants ⟦p:FABRE Jérôme⟧, ⟦p:FABRE-ALBERT Sandrine⟧ | 046021990   | 532 876 414 00014      | Les Trois Fontaines                             | ⟦t:06 84 51 30 08⟧ | 132,0    | 70,2                     | 48 %
04  | EARL de la Combe Nègre — gérant ⟦p:ISSALY Florian⟧                              | 046045789   | 431 287 903 00022      | La Combe Nègre                                  | ⟦t:06 33 18 74 02⟧ | 48,7     | 12,0                     | 51 %
05  | ⟦p:OUEDRAOGO Yacouba⟧ (maraîchage — hors prairies, pour information)            | ⟦id:046098712⟧ | ⟦siret:790 123 459 00030⟧ | ⟦a:Le Moulin Bas⟧                               | ⟦t:07 68 41 25 90⟧ | 2,1      | 0                        | —
06  | ⟦p:MIQUEL Paulette⟧ (exploitante individuelle, cessation au 31/12/2026)          | ⟦id:046001455⟧ | ⟦siret:382 910 560 00020⟧ | ⟦a:Les Crêtes⟧                                  | ⟦t:05 65 31 11 87⟧ | 4,9      | 4,9                      | 70 %
07  | ⟦p:CAYROU Didier⟧ (cotisant de solidarité, ⟦ag:51 ans⟧)                          | ⟦id:046030228⟧ | —                      | ⟦a:Pech Redon⟧                                  | ⟦t:06 19 55 02 81⟧ | 9,3      | 9,3                      | 65 %
08  | ⟦p:ROUSSEL-KERGOAT Maël⟧ (installé en 2025, éleveur caprin, fromager)           | ⟦id:046101066⟧ | ⟦siret:910 233 741 00016⟧ | ⟦a:La Bergerie du Causse, Lacam-Bas⟧            | ⟦t:06 03 90 44 18⟧ | 18,0     | 11,0                     | 58 %

Observations de la commission :
— n° 02 : ⟦p:M. Bardes⟧ signale que la déclaration de sa voisine ⟦p:Mme Cambon⟧ (propriétaire non exploitante) ne doit pas être prise en compte ;
— n° 06 : ⟦p:Mme Miquel⟧, ⟦ag:71 ans⟧, a été aidée pour remplir le formulaire par son neveu ⟦p:M. Jean-Louis Miquel⟧ ;
— n° 07 : ⟦p:M. Cayrou⟧ exploite aussi les terres de son père ⟦p:Raymond⟧ (⟦cad:ZC 144⟧, ⟦cad:ZC 153⟧) ; à vérifier avec le relevé MSA ;
— n° 08 : ⟦p:M. Roussel-Kergoat⟧, ⟦o:le seul chevrier de la commune⟧, a perdu la moitié de son stock de foin ; il demande une avance. Courriel : ⟦e:mael.rk@bergerie-causse.fr⟧ ; site de la ferme : ⟦o:bergerie-du-causse.fr/mael⟧.
— Deux exploitants de la commune voisine (Concots) exploitant des parcelles sur la commune ont été orientés vers leur propre mairie.

Les pertes ont été évaluées sur la base du barème départemental des prairies naturelles (rendement de référence 3,2 t MS/ha). La commission a visité les exploitations n° 01, 02, 03 et 07 les 8 et 9 janvier 2026 ; les exploitations n° 04 et 08 ont été évaluées sur pièces (factures d'achat de fourrage : ⟦id:facture n° F-2025-0871⟧ pour ⟦p:M. Issaly⟧, ⟦id:facture n° 25/1142⟧ pour ⟦p:M. Roussel-Kergoat⟧).

Certifié exact par le maire, ⟦off:Bernadette Lacombe⟧, le 15 janvier 2026.
"""

TXT["t36_taxe_amenagement_redevable.txt"] = """
DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES — Direction départementale du Lot
Service de gestion de la fiscalité de l'urbanisme — pôle taxe d'aménagement — 46009 Cahors Cedex

Avis de taxe d'aménagement — titre de perception n° ⟦id:TA-46-2026-000872⟧
Redevable : ⟦p:M. VERGNES Laurent⟧ et ⟦p:Mme VERGNES Aurélie⟧
Adresse : ⟦a:7 CHEMIN DE LA CROIX DE FER LES ESCOUTALS⟧ 46260 ST JULIEN DE BRASSAC
Numéro fiscal du redevable principal : ⟦id:1346571809442⟧
Autorisation : PC 046 254 26 B0014 — date de délivrance : 02/03/2026 — date d'achèvement déclarée : néant
Terrain : ⟦cad:ZC 0145⟧ — ⟦cad:ZC 0146⟧

Liquidation :
  Surface taxable : 142 m² + garage 24 m² = 166 m² ; valeur forfaitaire 2026 : 930 €/m² (abattement de 50 % sur les 100 premiers m² de la résidence principale)
  Part communale (3 %) : 3 501,45 €   Part départementale (1,9 %) : 2 217,59 €
  Redevance d'archéologie préventive (0,68 %) : 793,69 €
  Total : 6 512,73 €, payable en deux échéances (90e et 270e jour suivant l'achèvement).

Pour toute question, contacter ⟦off:M. Gérard Issaly⟧, inspecteur (sgfu46@dgfip.finances.gouv.fr).
"""

TXT["t37_main_courante_accueil_mairie.txt"] = """
MAIRIE DE SAINT-JULIEN-DE-BRASSAC — CAHIER D'ACCUEIL (urbanisme / cadastre) — semaine du 9 au 13 mars 2026
Tenue par ⟦off:S. Delpech⟧, secrétaire de mairie

lun 9/03 09h10 — ⟦p:Mme BOUSQUET Ginette⟧ (accompagnée de ⟦p:Mme Tournié⟧) : veut savoir si son pré ⟦cad:AB 120⟧ est constructible → orientée vers la permanence du commissaire enquêteur jeudi.
lun 9/03 11h40 — tél. ⟦p:M. Zhang⟧ (⟦t:+86 138 1024 5566⟧, en Chine jusqu'au 20, parle anglais) pour son terrain des Peyrières → rappeler ⟦off:Me Marmiesse⟧.
mar 10/03 14h00 — ⟦p:Kevin ROQUES⟧ : vient contester l'arrêté d'opposition, « énervé ». Lui ai remis la liste des terrains de camping. Rappeler au ⟦t:06-44-90-17-25⟧.
mar 10/03 16h30 — ⟦p:Mme van der Heijden⟧ (néerlandaise, très aimable) : dépôt de 3 exemplaires du PC pigeonnier.
mer 11/03 10h05 — le petit-fils ⟦p:Besse⟧ ? non : ⟦p:Léa⟧, la petite-fille ⟦p:Besse⟧ (fille de ⟦p:Pato⟧ du Canada), pour le CU du ⟦a:Mas del Sol⟧.
mer 11/03 17h20 — ⟦p:M. POUGET⟧ encore (3e fois cette semaine) : les camions. Passé le message à ⟦off:M. Vayssière⟧.
jeu 12/03 09h00–12h00 — permanence du commissaire enquêteur ⟦off:M. Laporte⟧ : 4 visites (⟦p:Mme Bousquet⟧, ⟦p:M. Miquel J.-P.⟧, ⟦p:M. et Mme Escassut⟧, ⟦p:Mme El Amrani⟧).
jeu 12/03 15h15 — appel de ⟦p:Mrs Ashworth-Hale⟧ (piscine) : demande si le dossier est complet. Oui depuis le 17/02.
ven 13/03 08h50 — ⟦p:M. ANDRIEU⟧ demande copie de la plainte de son voisin → refus, lui indiquer la CADA.
ven 13/03 11h30 — ⟦p:jean-marie bouyssou⟧ dit ⟦p:Jeannot⟧, ⟦ag:84 ans⟧, venu à pied du Mas : veut « rayer son nom du cadastre » pour ne plus payer la taxe foncière de la ⟦cad:ZD 30⟧ → expliqué donation / vente, lui ai donné le numéro de sa fille ⟦p:Nadine⟧.
"""

TXT["t38_note_interne_ads_dossiers_en_cours.txt"] = """
COMMUNAUTÉ DE COMMUNES CAUSSES ET VALLÉE DE LA BRASSANE — SERVICE COMMUN D'INSTRUCTION DU DROIT DES SOLS
NOTE INTERNE — point hebdomadaire des dossiers de Saint-Julien-de-Brassac — 20 avril 2026
De : ⟦off:Mathieu Cabanes⟧, instructeur — À : ⟦off:Élodie Rouquette⟧, responsable du service — Copie : ⟦off:Francis Gourdon⟧, vice-président

1. Dossiers en cours d'instruction

PC 046 254 26 B0021 — ⟦p:VAN DER HEIJDEN IJsbrand et Maartje⟧ — grange et pigeonnier, ⟦a:Le Pech⟧ (⟦cad:AC 311⟧ et ⟦cad:AC 312⟧). ABF : accord avec prescriptions (17/04). Reste : avis du SPANC. Architecte : ⟦p:B. Le Goff⟧ (Figeac). Délai : 6 mois (abords MH) → 10/09/2026. Attention : l'acte de vente n'est pas signé, les pétitionnaires attestent avoir qualité (promesse de vente). Vendeurs : ⟦p:consorts Marty⟧.

PC 046 254 26 B0024 — ⟦p:M. Wei ZHANG⟧ et ⟦p:Mme Li Na ZHANG⟧ — maison individuelle, ⟦a:Les Peyrières⟧ (⟦cad:ZC 210⟧). Dossier déposé par le constructeur (Maisons du Quercy, SAS). Pièce manquante : étude géotechnique G1. Les pétitionnaires habitent ⟦a:Room 1802, Building 3, 88 Huaihai Road, Xuhui District, Shanghai 200031, China⟧ ; courrier par l'intermédiaire de ⟦off:Me Marmiesse⟧. Adresse électronique : ⟦e:zhang.wei.sh@163.com⟧. Le nom du demandeur est aussi écrit ⟦p:张伟⟧ sur la procuration.

DP 046 254 26 B0016 — ⟦p:indivision DOS SANTOS PEREIRA⟧ — division en 3 lots, ⟦a:Les Peyrières⟧ (⟦cad:ZC 208⟧). Non-opposition proposée. ⟦p:Mme Gonçalves⟧ a téléphoné deux fois (⟦t:06 11 23 58 49⟧) ; son frère ⟦p:António⟧ ne répond pas au Portugal.

DP 046 254 26 B0018 — ⟦p:M. Maël ROUSSEL-KERGOAT⟧ — tunnel d'élevage caprin de 180 m², ⟦a:Lacam-Bas⟧ (⟦cad:ZH 61⟧). Zone A, exploitant agricole (attestation MSA jointe). Non-opposition.

DP 046 254 26 B0019 — ⟦p:Mme Inmaculada NAVARRO GARCÍA⟧ et ⟦p:M. Francis DUPUY⟧ — panneaux photovoltaïques en toiture, ⟦a:La Gariotte Bleue⟧ (⟦cad:AD 17⟧). Abords MH : consultation ABF envoyée le 15/04.

PC 046 254 26 B0026 — ⟦p:M. Antoine BARDES⟧ — hangar à fourrage (600 m²), ⟦a:La Borie Basse⟧ (⟦cad:ZG 12⟧). Attention, le terrain est loué et non propriété du demandeur : autorisation du propriétaire ⟦p:Mme Paulette Cambon⟧ à obtenir. Conflit connu (congé pour reprise délivré le 28/04).

2. Infractions et contentieux
— ⟦p:ROQUES Kévin⟧, mobil-home ⟦a:La Combe Nègre⟧ (⟦cad:ZA 77⟧) : PV du garde champêtre ⟦off:L. Carrié⟧ transmis au parquet le 20/03. L'intéressé a déposé un recours gracieux (lettre du 2 avril, écrite par sa compagne ⟦p:Océane Faurie⟧). Proposer une rencontre avec le maire.
— ⟦p:ANDRIEU Sébastien⟧, extension ⟦a:20 route de Lalbenque⟧ : plainte ⟦p:Pouget⟧ — visite du 12/03 : hauteur conforme à ce stade (4,90 m). Récolement à prévoir.
— ⟦p:M. DE LA ROQUE-BOUILLAC⟧ : changement de destination du moulin (⟦cad:AC 5⟧) subordonné à la modification n° 2 du PLUi (approbation prévue en juillet).

3. Certificats d'urbanisme
CUb 046 254 26 B0004 (⟦p:consorts BESSE⟧, ⟦a:Mas del Sol⟧) délivré le 09/03. CUa 046 254 26 B0009 (⟦off:SCP Fourès-Andrieu⟧, succession ⟦p:Calvet⟧ — ⟦cad:AB 131⟧) : délivré le 02/04.

4. Divers
— Le maire souhaite que les courriers aux pétitionnaires étrangers soient doublés en anglais.
— ⟦p:Mme Kowalczyk-Dubois⟧ demande une copie du PV de bornage ⟦p:Vergnes⟧/⟦p:Cayrou⟧ : ce n'est pas une pièce du dossier de PC, l'orienter vers le géomètre.
— Congés : ⟦off:M. Cabanes⟧ absent du 4 au 15 mai ; intérim ⟦off:Mme Rouquette⟧.
"""

TXT["t39_convention_servitude_passage_extrait_acte.txt"] = """
EXTRAIT D'ACTE — CONSTITUTION DE SERVITUDE DE PASSAGE ET DE RÉSEAUX
Reçu par ⟦off:Maître Anne-Sophie Marmiesse⟧, notaire à Lalbenque (Lot), le vingt-deux mai deux mille vingt-six
Publié au service de la publicité foncière de Cahors le 5 juin 2026, volume 2026 P n° 4412

PROPRIÉTAIRE DU FONDS SERVANT
⟦p:Monsieur António Manuel DOS SANTOS PEREIRA⟧, retraité, époux de ⟦p:Madame Rosa Maria FERREIRA⟧, demeurant à ⟦a:Chaves (Portugal), Quinta do Outeiro, Rua da Estação 45⟧,
né à ⟦bp:Chaves (Portugal)⟧ le ⟦bd:huit décembre mil neuf cent cinquante-huit⟧,
marié sous le régime de la communauté de biens réduite aux acquêts à défaut de contrat préalable à leur union célébrée à la mairie de Chaves le ⟦bd:quatorze août mil neuf cent quatre-vingt-deux⟧,
ET
⟦p:Madame Maria da Conceição DOS SANTOS PEREIRA, épouse GONÇALVES⟧, aide-soignante, demeurant ⟦a:3 allée des Chênes verts, bâtiment B⟧, 46090 Pradines,
née à ⟦bp:Saint-Julien-de-Brassac⟧ le ⟦bd:dix-neuf mars mil neuf cent soixante-deux⟧,
propriétaires indivis du lot A issu de la division de la ⟦cad:parcelle ZC 208⟧, désormais cadastré ⟦cad:section ZC numéro 230⟧.

PROPRIÉTAIRE DU FONDS DOMINANT
⟦p:Monsieur Wei ZHANG⟧, ingénieur, et ⟦p:Madame Li Na ZHANG née WANG⟧ (⟦p:王丽娜⟧), son épouse, demeurant ensemble à ⟦a:Shanghai (Chine), 88 Huaihai Road, Building 3, Room 1802⟧, propriétaires de la ⟦cad:parcelle ZC 210⟧.
⟦p:M. Zhang⟧ né à ⟦bp:Hangzhou (Chine)⟧ le ⟦bd:3 novembre 1980⟧ ; ⟦p:Mme Zhang⟧ née à ⟦bp:Suzhou (Chine)⟧ le ⟦bd:27 janvier 1983⟧.
Représentés par ⟦off:Mme Karine Lestrade⟧, clerc de notaire, en vertu d'une procuration.

SERVITUDE
Le propriétaire du fonds servant constitue au profit du fonds dominant une servitude réelle et perpétuelle de passage pour tous véhicules, d'une largeur de 4 m, sur la bande de terrain figurant en jaune au plan dressé par le cabinet Souladié le 2 avril 2026, ainsi qu'une servitude de passage en tréfonds des réseaux (eau, électricité, télécommunications).
Indemnité : 3 000 €, payée par virement sur le compte de ⟦p:Mme Gonçalves⟧, IBAN ⟦iban:FR76 1250 6200 5652 0128 7451 056⟧, qui reçoit pour le compte de l'indivision.

DÉCLARATIONS D'ÉTAT CIVIL ET DE CAPACITÉ
Les parties déclarent ne pas faire l'objet d'une mesure de protection. ⟦p:M. Dos Santos Pereira⟧ déclare que son épouse ⟦p:Mme Rosa Maria Ferreira⟧, née le ⟦bd:2 février 1961⟧ à ⟦bp:Vila Real (Portugal)⟧, intervient à l'acte pour consentir à la constitution de servitude, le bien dépendant de la communauté.
⟦p:M. et Mme Zhang⟧ déclarent être mariés sous le régime légal chinois, sans contrat, leur union ayant été célébrée à Hangzhou le ⟦bd:1er octobre 2008⟧.

ORIGINE DE PROPRIÉTÉ (fonds servant)
Le terrain appartenait à ⟦p:M. Manuel DOS SANTOS⟧, en son vivant maçon, demeurant ⟦a:Les Peyrières, 46260 Saint-Julien-de-Brassac⟧, décédé à Cahors le ⟦bd:18 février 2024⟧, pour l'avoir acquis de ⟦p:M. Marcel Roques⟧ suivant acte reçu par ⟦off:Maître Jean Delpech⟧, alors notaire à Lalbenque, le 3 avril 1972.
Aux termes de l'attestation immobilière après décès reçue le 9 septembre 2024, le bien a été recueilli par ses deux enfants, ⟦p:António Manuel⟧ et ⟦p:Maria da Conceição⟧, chacun pour moitié.

Pour extrait, ⟦off:A.-S. Marmiesse⟧
"""

TXT["t40_courrier_proprietaire_suisse_allemand.txt"] = """
⟦p:Dr. Ulrich HOFSTETTER-MÜLLER⟧
⟦a:Seestrasse 118, 8802 Kilchberg ZH, Schweiz⟧
Tel. ⟦t:+41 44 715 32 08⟧ / mobil ⟦t:+41 79 322 18 47⟧
⟦e:u.hofstetter(at)bluewin.ch⟧

An die Bürgermeisterin / À Madame le Maire de Saint-Julien-de-Brassac

Kilchberg, le 30 mars 2026

Objet : ma maison de vacances « ⟦a:La Bastide des Buis⟧ » — taxe d'habitation sur les résidences secondaires et projet de garage

Madame le Maire,

Je suis propriétaire depuis 2009, avec mon épouse ⟦p:Dr. Sabine Hofstetter-Müller⟧ (de nationalité allemande), de la maison ⟦a:La Bastide des Buis, 410 chemin de Pech Redon⟧ (⟦cad:ZC 160⟧ et ⟦cad:ZC 161⟧). Nous y venons quatre mois par an avec notre voiture suisse (⟦pl:ZH 482 117⟧) et le camping-car allemand de mon beau-frère ⟦p:Klaus Müller⟧ (⟦pl:M-KM 4721⟧).

1. Nous souhaitons construire un garage de 30 m² en pierre. Notre architecte à Cahors, ⟦p:Mme Géraldine Delmas-Fabre⟧, nous dit qu'une déclaration préalable suffit. Pouvez-vous me le confirmer ?

2. Nous avons reçu un avis de taxe d'habitation 2025 avec une majoration de 60 % pour les résidences secondaires. Nous ne comprenons pas pourquoi la commune l'a votée. L'avis n° ⟦id:25 46 5523108 14⟧ est au nom de ⟦p:HOFSTETTER MULLER ULRICH⟧ (sans tréma).

3. Pendant notre absence, la maison est surveillée par ⟦p:Mme Yvette Maury⟧ de ⟦a:Lacam-Haut⟧ ; en cas de problème (tempête, arbre tombé), merci de la prévenir, ou notre voisin ⟦p:M. Raymond Cayrou⟧.

Nous remboursons chaque année à ⟦p:Mme Maury⟧ ses frais sur le compte : IBAN ⟦iban:CH93 0076 2011 6238 5295 7⟧ (compte commun ouvert à notre nom en Suisse).

Avec mes meilleures salutations / Mit freundlichen Grüssen,
⟦p:U. Hofstetter-Müller⟧
"""

# ---------------------------------------------------------------------------------------------------
# HTML pages: title, optional extra <head> lines, body.

HTML["h01_affichage_autorisations_urbanisme.html"] = {
    "title": "Saint-Julien-de-Brassac — autorisations d'urbanisme délivrées (1er trimestre 2026)",
    "body": """
<h1>Registre des autorisations d'urbanisme — affichage légal en mairie</h1>
<p>Conformément à l'article R. 424-15 du code de l'urbanisme, la liste des décisions est affichée en mairie pendant deux mois. Publié par <span>⟦off:Sandrine Delpech⟧</span>, secrétaire de mairie.</p>
<table border="1">
<thead><tr><th>N° dossier</th><th>Demandeur</th><th>Adresse du terrain</th><th>Parcelle</th><th>Objet</th><th>Décision</th></tr></thead>
<tbody>
<tr><td>PC 046 254 26 B0014</td><td>⟦p:VERGNES Laurent⟧</td><td>⟦a:Pech Redon⟧</td><td>⟦cad:ZC 145⟧</td><td>Maison individuelle</td><td>Accord 02/03/2026</td></tr>
<tr><td>DP 046 254 26 B0007</td><td>⟦p:BOUSCARRAT Marie-Thérèse⟧</td><td>⟦a:3 impasse du Lavoir⟧</td><td>⟦cad:AB 218⟧</td><td>Abri de jardin</td><td>Non-opposition 20/02/2026</td></tr>
<tr><td>DP 046 254 26 B0009</td><td>⟦p:ROQUES Kévin⟧</td><td>⟦a:La Combe Nègre⟧</td><td>⟦cad:ZA 77⟧</td><td>Mobil-home, clôture</td><td>Opposition 16/02/2026</td></tr>
<tr><td>DP 046 254 26 B0011</td><td>⟦p:ASHWORTH-HALE Fiona⟧</td><td>⟦a:Mas de Bouyssou⟧</td><td>⟦cad:B 602⟧</td><td>Piscine 32 m²</td><td>Non-opposition 10/03/2026</td></tr>
<tr><td>DP 046 254 26 B0012</td><td>Commune de Saint-Julien-de-Brassac</td><td>Le Bourg</td><td>AB 150</td><td>Préau de l'école</td><td>Non-opposition 12/03/2026</td></tr>
<tr><td>CUb 046 254 26 B0004</td><td>⟦off:SCP Fourès-Andrieu⟧ / ⟦p:consorts BESSE⟧</td><td>⟦a:Mas del Sol⟧</td><td>⟦cad:ZB 12⟧</td><td>Division</td><td>Opération réalisable 09/03/2026</td></tr>
<tr><td>PC 046 254 26 B0026</td><td>⟦p:BARDES Antoine⟧</td><td>⟦a:La Borie Basse⟧</td><td>⟦cad:ZG 12⟧</td><td>Hangar agricole</td><td>En cours</td></tr>
</tbody>
</table>
<p>Le maire, ⟦off:Bernadette Lacombe⟧. Les dossiers peuvent être consultés en mairie aux heures d'ouverture.</p>
""",
}

HTML["h02_registre_dematerialise_enquete.html"] = {
    "title": "Registre dématérialisé — Modification n° 2 du PLUi Causses et Vallée de la Brassane",
    "head": '<meta name="description" content="Contributions publiques à l\'enquête sur le PLUi">\n',
    "body": """
<header><h1>Enquête publique — modification n° 2 du PLUi</h1><p>Commissaire enquêteur : ⟦off:Henri Laporte⟧</p></header>
<section class="contributions">
<article id="c1">
<h2>Contribution n° @1 — déposée le 03/03/2026 à 22:41 par <strong>⟦p:maël roussel-kergoat⟧</strong></h2>
<p>Bonjour, je suis éleveur de chèvres à ⟦a:Lacam-Bas⟧ (⟦cad:ZH 61⟧). Je souhaite que le zonage A autorise les petits ateliers de transformation fromagère. Merci. ⟦e:mael.rk@bergerie-causse.fr⟧</p>
</article>
<article id="c2">
<h2>Contribution n° @2 — déposée le 07/03/2026 par <strong>⟦o:Causse_Libre_46⟧</strong> (anonyme)</h2>
<p>Encore un PLUi fait pour les copains. La parcelle de ⟦p:M. Miquel⟧ aux Crêtes devient une centrale solaire alors que ⟦p:les Escassut⟧ n'ont pas le droit de construire pour leur fils. Le vice-président ⟦off:Gourdon⟧ sait très bien de quoi je parle.</p>
</article>
<article id="c3">
<h2>Contribution n° @3 — déposée le 14/03/2026 par <strong>⟦p:Romain ESCASSUT⟧</strong></h2>
<p>Je confirme la demande de mes parents (observation R1 au registre papier). J'habite actuellement ⟦a:chez eux, à La Croix de Pierre⟧, et je travaille à la fromagerie de Lalbenque. Tél. ⟦t:06 95 40 12 88⟧.</p>
</article>
<article id="c4">
<h2>Contribution n° @4 — déposée le 20/03/2026 par <strong>⟦p:Anthony Price-Jones⟧</strong></h2>
<p>Further to our written observation, please find attached the landscape study by our adviser ⟦p:Ms Harriet Cole⟧ (⟦e:harriet.cole@cole-landscape.co.uk⟧). Plots ⟦cad:ZH 17⟧ and ⟦cad:ZH 18⟧.</p>
</article>
<article id="c5">
<h2>Contribution n° @5 — déposée le 29/03/2026 par <strong>⟦p:J.-P. M.⟧</strong></h2>
<p>Je précise mon observation du registre papier : je m'appelle ⟦p:Jean-Pierre MIQUEL⟧ et non « ⟦p:jean-paul⟧ ». Mon adresse : ⟦a:chemin des Crêtes, maison « Lou Pech »⟧. Mon cousin ⟦p:Jean-Louis⟧ n'a pas consulté la famille.</p>
</article>
</section>
<footer><p>Registre géré pour le compte de la Communauté de communes Causses et Vallée de la Brassane (SIRET 200 045 128 00010).</p></footer>
""",
}

HTML["h03_portail_ads_suivi_dossier.html"] = {
    "title": "Mon espace urbanisme — suivi du dossier PC 046 254 26 B0024 — ⟦p:ZHANG Wei⟧",
    "body": """
<nav>Guichet numérique des autorisations d'urbanisme — connecté en tant que <b>⟦e:zhang.wei.sh@163.com⟧</b> | <a href="/logout">Déconnexion</a></nav>
<h1>Dossier PC 046 254 26 B0024</h1>
<dl>
<dt>Demandeur</dt><dd>⟦p:M. ZHANG Wei⟧ (⟦p:张伟⟧)</dd>
<dt>Co-demandeur</dt><dd>⟦p:Mme ZHANG Li Na⟧</dd>
<dt>Date et lieu de naissance</dt><dd>⟦bd:03/11/1980⟧ — ⟦bp:Hangzhou (Chine)⟧</dd>
<dt>Adresse</dt><dd>⟦a:Room 1802, Building 3, 88 Huaihai Road, Xuhui District, Shanghai 200031⟧, Chine</dd>
<dt>Téléphone</dt><dd>⟦t:+86 138 1024 5566⟧</dd>
<dt>Terrain</dt><dd>⟦a:Les Peyrières⟧, 46260 Saint-Julien-de-Brassac — section ZC n° ⟦cad:210⟧</dd>
</dl>
<h2>Historique</h2>
<table>
<tr><th>Date</th><th>Événement</th><th>Agent</th></tr>
<tr><td>02/04/2026</td><td>Dépôt électronique</td><td>—</td></tr>
<tr><td>03/04/2026</td><td>Transmission au service instructeur</td><td>⟦off:Sandrine Delpech⟧</td></tr>
<tr><td>28/04/2026</td><td>Demande de pièces complémentaires (étude G1)</td><td>⟦off:Mathieu Cabanes⟧</td></tr>
</table>
<p>Message du service : « Bonjour ⟦p:M. Zhang⟧, merci de déposer l'étude géotechnique. Votre notaire ⟦off:Me Marmiesse⟧ est en copie. »</p>
""",
}

HTML["h04_tableau_dia_2026.html"] = {
    "title": "Tableau de suivi des DIA 2026 — service foncier intercommunal",
    "body": """
<h1>Déclarations d'intention d'aliéner reçues — Saint-Julien-de-Brassac — 2026</h1>
<p>Document de travail — service foncier (⟦off:Francis Gourdon⟧, vice-président). Ne pas diffuser.</p>
<table><tr><th>N°</th><th>Vendeur</th><th>Acquéreur</th><th>Bien</th><th>Prix</th><th>Notaire</th><th>Décision</th></tr><tr><td>00001</td><td>⟦p:CALVET⟧</td><td>⟦p:DUPUY⟧</td><td>⟦cad:AB 133⟧</td><td>45 000</td><td>⟦off:Marmiesse⟧</td><td>renonciation</td></tr><tr><td>00003</td><td>⟦p:RIGAL Fernand⟧</td><td>⟦p:EL AMRANI-LEBLANC⟧</td><td>⟦cad:AB 89⟧</td><td>12 000</td><td>⟦off:Fourès⟧</td><td>renonciation</td></tr><tr><td>00004</td><td>SCI du Foirail (gérant ⟦p:TOURNIÉ Sylvie⟧)</td><td>⟦p:LEFEBVRE⟧</td><td>AB 22, AB 23</td><td>138 000</td><td>⟦off:Bach⟧</td><td>renonciation</td></tr><tr><td>00006</td><td>⟦p:MARTY⟧/⟦p:GALY⟧</td><td>⟦p:VAN DER HEIJDEN⟧</td><td>⟦cad:AC 311⟧, ⟦cad:AC 312⟧, ⟦cad:ZD 58⟧</td><td>68 000</td><td>⟦off:Fourès⟧</td><td>renonciation (SAFER : préemption ZD 58)</td></tr><tr><td>00007</td><td>⟦p:BESSE⟧ (succ.)</td><td>⟦p:ROUX-LAPORTE⟧</td><td>⟦cad:ZB 12⟧</td><td>155 000</td><td>⟦off:Bach⟧</td><td>en cours</td></tr><tr><td>00008</td><td>⟦p:DOS SANTOS PEREIRA⟧</td><td>⟦p:ZHANG⟧</td><td>⟦cad:ZC 230⟧</td><td>41 000</td><td>⟦off:Marmiesse⟧</td><td>en cours</td></tr></table>
<p>Rappel : le droit de préemption urbain ne s'applique qu'aux zones U et AU du PLUi.</p>
""",
}

HTML["h05_annuaire_producteurs_vente_directe.html"] = {
    "title": "Producteurs du causse — vente directe à la ferme — Saint-Julien-de-Brassac",
    "body": """
<h1>Où acheter local ? Les producteurs de la commune</h1>
<p>Page tenue par la commission agriculture (⟦off:Serge Bouzou⟧, adjoint). Les producteurs ont donné leur accord pour figurer sur cette page.</p>
<ul>
<li><b>Bergerie du Causse</b> — fromages de chèvre — <span>⟦p:Maël Roussel-Kergoat⟧</span>, ⟦a:Lacam-Bas⟧ — ⟦t:06&nbsp;03&nbsp;90&nbsp;44&nbsp;18⟧ — <a href="mailto:⟦e:mael.rk@bergerie-causse.fr⟧">écrire</a></li>
<li><b>Les Jardins du Moulin Bas</b> — légumes bio — <span>⟦p:Yacouba et Awa Ouedraogo⟧</span>, ⟦a:Le Moulin Bas, route de Concots⟧ — vente le vendredi 17 h–19 h — ⟦t:07&nbsp;68&nbsp;41&nbsp;25&nbsp;90⟧</li>
<li><b>EARL de la Borie Haute</b> — agneau fermier du Quercy — contact : ⟦p:Christian⟧ ou ⟦p:Véronique Lavaysse⟧ — ⟦t:06 70 18 22 61⟧</li>
<li><b>GAEC des Trois Fontaines</b> — veau sous la mère, colis sur commande — <a href="mailto:⟦e:baptiste.fabre.gaec3f@gmail.com⟧">⟦p:Baptiste Fabre⟧</a></li>
<li><b>Miel de la Combe</b> — ⟦p:Paulette Miquel⟧ (« ⟦p:Mamie Paulette⟧ » au marché de Lalbenque) — ⟦a:Les Crêtes⟧</li>
<li><b>Truffes</b> — ⟦p:Bernard Besse⟧, ⟦a:Domaine de la Croix Blanche⟧ — saison de décembre à mars, marché aux truffes de Lalbenque le mardi</li>
</ul>
<table><caption>Jours de vente</caption><tr><td>⟦p:Roussel-Kergoat⟧</td><td>mercredi, samedi</td></tr><tr><td>⟦p:Ouedraogo⟧</td><td>vendredi</td></tr><tr><td>⟦p:Lavaysse⟧</td><td>sur commande</td></tr></table>
<p>Mairie — Le Bourg — 05 65 24 61 10 — SIRET 214 602 542 00018</p>
""",
}

HTML["h06_compte_rendu_conseil_communautaire.html"] = {
    "title": "Compte rendu du conseil communautaire du 14 avril 2026",
    "body": """
<h1>Conseil communautaire du 14 avril 2026 — compte rendu sommaire</h1>
<p>Présidence : ⟦off:Alain Bessières⟧. Secrétaire de séance : ⟦off:Martine Lagarrigue⟧.</p>
<h2>Délibération 2026-31 — Droit de préemption urbain : acquisition d'une maison au Bourg de Saint-Julien-de-Brassac</h2>
<p>Le vice-président ⟦off:Francis Gourdon⟧ expose que, par DIA reçue le 12 février 2026, ⟦off:Maître Olivier Bach⟧ a notifié la vente de la maison de ⟦p:Mme Ginette BOUSQUET⟧, cadastrée ⟦cad:AB 118⟧, ⟦a:1 place de l'Église⟧, au profit de ⟦p:M. et Mme Thomas et Julie LEFEBVRE⟧, ⟦a:27 rue de la République, 69002 Lyon⟧, au prix de 98 000 €. Ce bien jouxte l'école et est nécessaire à l'extension de la cantine (emplacement réservé n° 4).</p>
<p>Le conseil décide, par 31 voix pour et 2 contre, d'exercer le droit de préemption au prix de 98 000 €. ⟦p:Mme Bousquet⟧, qui a fait savoir qu'elle accepte le prix, sera relogée à la résidence autonomie de Lalbenque à sa demande.</p>
<h2>Délibération 2026-32 — Modification n° 2 du PLUi : bilan de l'enquête publique</h2>
<p>Le commissaire enquêteur ⟦off:M. Henri Laporte⟧ a remis son rapport le 28 avril. Douze observations au registre de Saint-Julien-de-Brassac, cinq contributions en ligne.</p>
<h2>Délibération 2026-33 — Aide intercommunale à la réhabilitation des logements vacants</h2>
<p>Dans le cadre de l'opération programmée d'amélioration de l'habitat, le conseil attribue les aides suivantes (dossiers instruits par l'opérateur et présentés par ⟦off:Mme Élodie Rouquette⟧) :</p>
<table border="1"><tr><th>Bénéficiaire</th><th>Adresse du logement</th><th>Parcelle</th><th>Travaux</th><th>Aide</th></tr><tr><td>⟦p:Mme Germaine Calvet⟧</td><td>⟦a:4 rue de la Fontaine⟧</td><td>⟦cad:AB 130⟧</td><td>adaptation salle de bains (perte d'autonomie)</td><td>2 500 €</td></tr><tr><td>⟦p:M. Kévin Roques⟧ et ⟦p:Mme Océane Faurie⟧</td><td>⟦a:Le Cayrou, 1250 route de Lalbenque⟧</td><td>⟦cad:ZA 12⟧</td><td>réhabilitation d'un logement vacant familial</td><td>6 000 €</td></tr><tr><td>⟦p:M. et Mme Fernand et Odile Rigal⟧</td><td>⟦a:5 impasse du Lavoir⟧</td><td>⟦cad:AB 220⟧</td><td>isolation des combles</td><td>1 800 €</td></tr><tr><td>SCI du Foirail</td><td>place du Foirail</td><td>AB 22</td><td>trois logements locatifs</td><td>15 000 €</td></tr></table>
<p>Les aides seront versées sur présentation des factures acquittées. ⟦p:M. Roques⟧ a remercié le conseil par courrier ; son dossier a été suivi par la conseillère habitat ⟦off:Mme Aurore Bonnet⟧.</p>
<h2>Délibération 2026-34 — Convention de mise à disposition de terres intercommunales</h2>
<p>La communauté de communes est propriétaire de 6 ha de terres à la zone d'activités du Foirail, non encore aménagées. Le conseil autorise la signature d'une convention d'occupation précaire (article L. 411-2 du code rural) avec ⟦p:M. Maël Roussel-Kergoat⟧, éleveur caprin à ⟦a:Lacam-Bas⟧, pour le pâturage de son troupeau, moyennant une redevance de 60 € par hectare et par an. ⟦p:M. Lavaysse⟧, également candidat, a retiré sa demande.</p>
<p>Vote : unanimité. Le vice-président ⟦off:Francis Gourdon⟧ est chargé de l'exécution.</p>
<h2>Délibération 2026-35 — Recours contre le permis de construire d'un hangar agricole</h2>
<p>Le président informe le conseil du recours gracieux formé le 30 mai 2026 par ⟦p:Mme Paulette CAMBON⟧, ⟦a:Lou Cantou, 3 chemin de la Serre, 46230 Lalbenque⟧, représentée par son fils ⟦p:M. Grégory Cambon⟧, contre le permis de construire accordé à ⟦p:M. Antoine Bardes⟧ pour un hangar sur la ⟦cad:parcelle ZG 12⟧. Le conseil prend acte ; le service commun ADS préparera la réponse, après avis du conseil de la collectivité, ⟦off:Maître Nathalie Soulié⟧, avocate au barreau de Cahors.</p>
<h2>Questions diverses</h2>
<p>Le maire de Saint-Julien-de-Brassac, ⟦off:Mme Bernadette Lacombe⟧, signale la situation de ⟦p:M. Kévin Roques⟧, jeune habitant vivant en mobil-home faute de logement ; le président propose de l'orienter vers le programme d'habitat de la communauté de communes.</p>
""",
}

HTML["h07_forum_voisins_lotissement.html"] = {
    "title": "Forum « Vivre à Saint-Julien » — fil : la haie des Gariottes et le tracteur",
    "head": '<meta name="author" content="⟦o:Gariottes_Aga⟧">\n',
    "body": """
<div class="thread">
<div class="post"><span class="user">⟦o:Gariottes_Aga⟧</span><span class="date">02/04/2026 08:02</span><p>Quelqu'un connaît le propriétaire du John Deere ⟦pl:CV-044-BN⟧ ? Il bloque le chemin des Gariottes tous les matins. Je suis la maison au bout, avec les volets bleus.</p></div>
<div class="post"><span class="user">⟦o:papy_jeannot46⟧</span><span class="date">02/04/2026 09:15</span><p>c'est le tracteur du fils ⟦p:Cayrou⟧, le ⟦p:Didier⟧. faut l'appeler, il est pas méchant. son numéro c'est le ⟦t:06 19 55 02 81⟧</p></div>
<div class="post"><span class="user">⟦o:LaBergerieDuCausse⟧</span><span class="date">02/04/2026 10:40</span><p>Attention à ne pas publier les numéros des gens ici… Bon courage ⟦p:Aga⟧.</p></div>
<div class="post"><span class="user">⟦o:stephane.d.krk⟧</span><span class="date">03/04/2026 19:55</span><p>Je suis le mari d'⟦p:Agnieszka⟧. On a vu ça avec la mairie et le conciliateur. Merci à tous. Écrivez-nous plutôt à ⟦e:stephane point dubois arobase wp point pl⟧.</p></div>
<div class="post"><span class="user">modérateur</span><span class="date">03/04/2026 20:10</span><p>Message de ⟦o:papy_jeannot46⟧ édité : merci de ne pas diffuser de coordonnées personnelles.</p></div>
</div>
""",
}

HTML["h08_etat_parcellaire_enquete_voirie.html"] = {
    "title": "Enquête parcellaire — élargissement de la voie communale n° 3 — état parcellaire",
    "body": """
<h1>Élargissement de la VC 3 (route de Concots) — état parcellaire</h1>
<p>Enquête parcellaire prescrite par arrêté préfectoral du 2 mai 2026. Commissaire enquêteur : ⟦off:Henri Laporte⟧. Dossier établi par ⟦off:P.-Y. Souladié⟧, géomètre-expert.</p>
<table border="1">
<tr><th>N° ordre</th><th>Parcelle</th><th>Lieu-dit</th><th>Emprise (m²)</th><th>Propriétaire(s)</th><th>Né(e) le / à</th><th>Adresse</th></tr>
<tr><td>1</td><td>⟦cad:ZB 77⟧</td><td>⟦a:La Bastide Neuve⟧</td><td>212</td><td>⟦p:PAPADOPOULOS Nikolaos⟧<br>⟦p:SMIRNOVA Olga⟧ épouse ⟦p:PAPADOPOULOS⟧</td><td>⟦bd:14/05/1966⟧ à ⟦bp:Thessalonique (Grèce)⟧<br>⟦bd:01/09/1972⟧ à ⟦bp:Saint-Pétersbourg (Russie)⟧</td><td>⟦a:La Bastide Neuve, 46260 Saint-Julien-de-Brassac⟧</td></tr>
<tr><td>2</td><td>⟦cad:ZB 40⟧</td><td>⟦a:Le Moulin Bas⟧</td><td>85</td><td>⟦p:OUEDRAOGO Yacouba Désiré⟧</td><td>⟦bd:12/04/1993⟧ à ⟦bp:Ouagadougou⟧</td><td>⟦a:Le Moulin Bas, route de Concots⟧</td></tr>
<tr><td>3</td><td>⟦cad:ZB 12⟧</td><td>⟦a:Mas del Sol⟧</td><td>140</td><td>Succession ⟦p:BESSE Armand⟧ (⟦p:BESSE Bernard⟧, ⟦p:ROUX-LAPORTE Josiane⟧, ⟦p:BESSE Patrick⟧)</td><td>—</td><td>⟦off:SCP Fourès-Andrieu⟧, notaires, Cahors</td></tr>
<tr><td>4</td><td>ZB 79</td><td>Le Bourg</td><td>60</td><td>Commune de Saint-Julien-de-Brassac</td><td>—</td><td>Mairie</td></tr>
<tr><td>5</td><td>⟦cad:ZB 81⟧</td><td>⟦a:Les Vignes Basses⟧</td><td>33</td><td>⟦p:NAVARRO GARCÍA Inmaculada⟧ et ⟦p:DUPUY Francis⟧</td><td>⟦bd:1977⟧ à ⟦bp:Grenade (Espagne)⟧ / ⟦bd:1975⟧</td><td>⟦a:65 chemin des Vignes Basses⟧</td></tr>
</table>
<p>Les propriétaires sont invités à faire connaître au commissaire enquêteur les fermiers, locataires et titulaires de droits réels. Exploitant de la parcelle n° 1 : néant ; n° 3 : ⟦p:M. Bernard Besse⟧.</p>
""",
}

HTML["h09_mail_html_notaire_pieces.html"] = {
    "title": "Dossier ⟦p:BESSE⟧ — pièces pour la déclaration de succession",
    "body": """
<p>De : <a href="mailto:k.lestrade@notaires.fr">⟦off:Karine Lestrade⟧</a>, clerc — SCP Fourès-Andrieu<br>
À : <a href="mailto:⟦e:lea.tremblaybesse@gmail.com⟧">⟦p:Léa Tremblay-Besse⟧</a>; <a href="mailto:⟦e:bernard.besse@croixblanche-vins.fr⟧">⟦p:Bernard Besse⟧</a>; <a href="mailto:⟦e:jo.rouxlaporte@free.fr⟧">⟦p:Jo Roux-Laporte⟧</a><br>
Objet : Succession ⟦p:BESSE⟧ — notre réf. ⟦id:2025-1187-OB⟧</p>
<p>Bonjour,</p>
<p>Pour compléter la déclaration de succession de votre père et grand-père, ⟦p:Armand Besse⟧, merci de me transmettre :</p>
<table border="1"><tr><th>Héritier</th><th>Pièce manquante</th><th>Observation</th></tr><tr><td>⟦p:Bernard⟧</td><td>RIB</td><td>—</td></tr><tr><td>⟦p:Josiane⟧</td><td>livret de famille</td><td>mariée à ⟦p:Dominique Roux-Laporte⟧ le ⟦bd:12 septembre 1992⟧</td></tr><tr><td>⟦p:Patrick⟧ (représenté par ⟦p:Léa⟧)</td><td>procuration légalisée par le consulat de France à Montréal</td><td>NAS canadien ⟦id:046 454 286⟧ à ne pas communiquer</td></tr></table>
<p>Pour le règlement des frais, le compte de l'étude est tenu à la Caisse des dépôts. Les fonds revenant à ⟦p:M. Patrick Besse⟧ seront virés sur son compte canadien (transit ⟦rib:00321⟧, institution ⟦rib:815⟧, compte ⟦rib:1234567⟧).</p>
<p>Bien cordialement,<br>⟦off:Karine Lestrade⟧ — pour ⟦off:Maître Olivier Bach⟧ — 05 65 35 12 80</p>
""",
}

HTML["h10_bulletin_municipal_urbanisme_etat_civil.html"] = {
    "title": "Le Petit Brassacois n° 87 — printemps 2026",
    "body": """
<h1>Le Petit Brassacois — bulletin municipal</h1>
<h2>Le mot du maire</h2>
<p>Chers habitants, le printemps est là et les chantiers aussi ! Je rappelle que tout abri de jardin de plus de 5 m² nécessite une déclaration préalable. — ⟦off:Bernadette Lacombe⟧</p>
<h2>Urbanisme : ils s'installent</h2>
<p>Bienvenue à ⟦p:Laurent et Aurélie Vergnes⟧, qui construisent à ⟦a:Pech Redon⟧, à ⟦p:la famille van der Heijden⟧, qui restaure le pigeonnier du lieu-dit ⟦a:Le Pech⟧, et à ⟦p:Maël⟧, ⟦o:notre nouveau chevrier de Lacam-Bas⟧.</p>
<h2>État civil</h2>
<table><tr><th>Naissances</th></tr><tr><td>⟦p:Lucas Vergnes⟧, né le ⟦bd:4 janvier 2026⟧ à Cahors</td></tr><tr><td>⟦p:Inès Ouedraogo⟧, née le ⟦bd:19 février 2026⟧</td></tr></table>
<table><tr><th>Mariage</th></tr><tr><td>⟦p:Baptiste Fabre⟧ et ⟦p:Clémence Aymard-Lafon⟧, le ⟦bd:samedi 14 mars 2026⟧</td></tr></table>
<table><tr><th>Décès</th></tr><tr><td>⟦p:Armand Besse⟧ (⟦ag:86 ans⟧), ⟦bd:11 novembre 2025⟧</td></tr><tr><td>⟦p:Odette Marty née Foissac⟧ (⟦ag:97 ans⟧), ⟦bd:23 août 2025⟧</td></tr><tr><td>⟦p:Marcel « Celou » Roques⟧, ⟦bd:2 décembre 2025⟧, ⟦o:ancien cantonnier de la commune pendant 35 ans⟧</td></tr></table>
<h2>Permanences</h2>
<p>Urbanisme : ⟦off:M. Vayssière⟧ le samedi matin. Conciliateur de justice : ⟦off:M. Roger Fabre⟧, 3e mercredi. Architecte conseil du CAUE : gratuit, sur rendez-vous.</p>
""",
}

# ---------------------------------------------------------------------------------------------------
# DOCX: core author and title, header, footer, blocks (a paragraph, ("h", heading) or ("table", rows)).

DOCX["w01_arrete_accord_pc_maison.docx"] = {
    "author": "Service commun ADS",
    "title": "Arrêté PC 046 254 26 B0014",
    "header": "Commune de Saint-Julien-de-Brassac — arrêté de permis de construire",
    "footer": "Affaire suivie par ⟦off:Mathieu Cabanes⟧ — service commun ADS — 05 65 24 70 12",
    "blocks": [
        ("h", "Arrêté accordant un permis de construire au nom de la commune"),
        ("table", [
            ["Dossier", "PC 046 254 26 B0014"],
            ["Déposé le", "12/01/2026 — complété le 30/01/2026"],
            ["Demandeurs", "⟦p:M. **VERGNES** Laurent⟧ et ⟦p:Mme VERGNES Aurélie⟧"],
            ["Demeurant", "⟦a:7 chemin de la Croix de Fer⟧, ⟦a:Les Escoutals⟧, 46260 Saint-Julien-de-Brassac"],
            ["Terrain", "⟦a:lieu-dit Pech Redon⟧ — ⟦cad:ZC 145⟧, ⟦cad:ZC 146⟧ (2 432 m²)"],
            ["Projet", "Maison individuelle de 142 m² de surface de plancher et garage"],
            ["Architecte", "⟦p:Géraldine Delmas-Fabre⟧, Cahors"],
        ]),
        "Le maire de Saint-Julien-de-Brassac, vu le code de l'urbanisme, vu le PLUi approuvé le 30 juin 2023 (zone Ah), vu l'avis favorable du SPANC du 10 février 2026, vu l'avis d'Enedis du 16 février 2026 (extension du réseau de 38 m),",
        "ARRÊTE — Article 1 : le permis de construire est ACCORDÉ sous réserve des prescriptions de l'article 2.",
        "Article 2 : la construction sera implantée à 4,00 m au moins de la limite avec la ⟦cad:parcelle ZC 144⟧ (propriété ⟦p:Cayrou⟧) ; le mur de pierre sèche mitoyen sera conservé ; les eaux pluviales seront infiltrées sur le terrain.",
        "Article 3 : le bénéficiaire est redevable de la taxe d'aménagement.",
        "Fait à Saint-Julien-de-Brassac, le 2 mars 2026. Le maire, ⟦off:Bernadette **Lacombe**⟧",
    ],
}

DOCX["w02_courrier_notaire_purge_preemption.docx"] = {
    "author": "⟦off:Olivier Bach⟧",
    "title": "Purge du droit de préemption — vente ⟦p:BOUSQUET⟧ / ⟦p:LEFEBVRE⟧",
    "header": "SCP Fourès-Andrieu — Notaires associés — 8 boulevard Gambetta — 46000 Cahors",
    "footer": "Réf. ⟦id:OB/2026/0098/BOUSQUET⟧ — office.foures-andrieu@notaires.fr — 05 65 35 12 80",
    "blocks": [
        "Monsieur le Président de la Communauté de communes Causses et Vallée de la Brassane, 2 place du Foirail, 46260 Castelnau-Brassac",
        "Cahors, le 10 février 2026",
        ("h", "Objet : déclaration d'intention d'aliéner — vente ⟦p:BOUSQUET⟧ / ⟦p:LEFEBVRE⟧"),
        "Monsieur le Président,",
        "Je vous prie de trouver ci-joint, en quatre exemplaires, la déclaration d'intention d'aliéner relative à la vente par ⟦p:Madame Ginette Marie BOUSQUET⟧, veuve de ⟦p:Monsieur Henri BOUSQUET⟧, née le ⟦bd:1er décembre 1938⟧ à ⟦bp:Concots (Lot)⟧, demeurant ⟦a:1 place de l'Église⟧, 46260 Saint-Julien-de-Brassac, d'une maison d'habitation cadastrée ⟦cad:section AB numéro 118⟧, d'une contenance de 3 a 40 ca, au profit de :",
        ("table", [
            ["Acquéreur", "Date et lieu de naissance", "Adresse"],
            ["⟦p:M. Thomas LEFEBVRE⟧", "⟦bd:22/07/1986⟧ — ⟦bp:Roubaix⟧", "⟦a:27 rue de la République, 3e étage, 69002 Lyon⟧"],
            ["⟦p:Mme Julie LEFEBVRE née NGUYEN⟧ (⟦p:Nguyễn Thị Thu Hà⟧)", "⟦bd:08/03/1988⟧ — ⟦bp:Hô Chi Minh-Ville (Viêt Nam)⟧", "idem"],
        ]),
        "Prix : 98 000 €. La venderesse, ⟦ag:âgée de 87 ans⟧, souhaite que la vente intervienne avant l'été ; son fils ⟦p:M. Alain Bousquet⟧ (⟦t:06 58 31 40 22⟧) est son interlocuteur.",
        "Je vous précise que le pré contigu, ⟦cad:AB 120⟧, n'est pas compris dans la vente.",
        "Je vous prie d'agréer, Monsieur le Président, l'expression de ma haute considération.",
        "⟦off:Olivier Bach⟧, notaire",
    ],
}

DOCX["w03_pv_bornage_tableau_riverains.docx"] = {
    "author": "Cabinet Souladié",
    "title": "PV de bornage 26-0052 — Les Peyrières",
    "header": "Cabinet Souladié géomètres-experts — dossier 26-0052 — Saint-Julien-de-Brassac, section ZC",
    "footer": "⟦off:P.-Y. Souladié⟧, géomètre-expert — inscrit au tableau de l'Ordre n° 05472",
    "blocks": [
        ("h", "Procès-verbal de bornage — lotissement familial des Peyrières"),
        "Requérants : l'indivision ⟦p:DOS SANTOS PEREIRA⟧, représentée par ⟦p:Mme Maria da Conceição **GONÇALVES**⟧.",
        ("table", [
            ["Parcelle", "Propriétaire", "Adresse", "Présence", "Signature"],
            ["⟦cad:ZC 208⟧", "⟦p:Indivision DOS SANTOS PEREIRA⟧", "⟦a:3 allée des Chênes verts, bât. B⟧, 46090 Pradines", "présente (par ⟦p:Mme Gonçalves⟧)", "⟦p:M. C. G.⟧"],
            ["⟦cad:ZC 209⟧", "⟦p:M. Jean-Pierre MIQUEL⟧", "⟦a:Lou Pech, chemin des Crêtes⟧", "présent", "⟦p:JP Miquel⟧"],
            ["⟦cad:ZC 210⟧", "⟦p:M. et Mme ZHANG⟧", "⟦a:88 Huaihai Road, Shanghai⟧", "représentés par ⟦off:Me Marmiesse⟧", "—"],
            ["⟦cad:ZC 211⟧", "⟦p:Mme Inmaculada NAVARRO GARCÍA⟧", "⟦a:La Gariotte Bleue⟧", "présente", "⟦p:I. N. G.⟧"],
            ["VC 3", "Commune de Saint-Julien-de-Brassac", "Mairie", "⟦off:M. Vayssière⟧, adjoint", "signé"],
        ]),
        "Les parties reconnaissent comme limites les lignes définies au plan annexé par les bornes B10 à B16. ⟦p:M. Miquel⟧ fait observer que le muret entre ZC 208 et ZC 209 a été construit par son grand-père ⟦p:Émile Miquel⟧ et doit être conservé.",
        "Fait à Saint-Julien-de-Brassac, le 7 avril 2026.",
    ],
}

DOCX["w04_bail_rural_etat_des_lieux.docx"] = {
    "author": "⟦p:Florian Issaly⟧",
    "title": "État des lieux d'entrée — bail ⟦p:de Lavaur⟧ / EARL de la Combe Nègre",
    "header": "État des lieux d'entrée — bail rural du 2 novembre 2025",
    "footer": "Bailleur : ⟦p:H. de Lavaur-Saint-Germain⟧ — Preneur : EARL de la Combe Nègre (⟦p:F. Issaly⟧) — page 1/1",
    "blocks": [
        ("h", "État des lieux contradictoire — 28 novembre 2025"),
        "Présents : ⟦p:Mme Hélène de LAVAUR-SAINT-GERMAIN⟧, bailleur, représentée par son neveu ⟦p:M. Charles-Édouard d'ESPAGNAC⟧ (⟦t:+33 6 62 71 09 34⟧) ; ⟦p:M. Florian ISSALY⟧, gérant de l'EARL de la Combe Nègre ; ⟦p:M. Roland MAURY⟧, ancien preneur ; ⟦off:M. Bruno Cammas⟧, technicien de la chambre d'agriculture, à titre d'expert.",
        ("table", [
            ["Parcelle", "Nature", "État constaté", "Observations"],
            ["⟦cad:ZE 101⟧", "terre", "chaumes de blé", "bon état, fumure récente"],
            ["⟦cad:ZE 102⟧", "terre", "prairie temporaire", "clôture sud à reprendre"],
            ["⟦cad:ZE 103⟧", "pré", "prairie permanente", "hangar : bardage endommagé (tempête 2024)"],
            ["⟦cad:ZH 21⟧", "parcours", "embroussaillé 30 %", "murets effondrés sur 20 m"],
        ]),
        "Compteur d'eau de la source de Lacam : index 1487. Le foin laissé par ⟦p:M. Maury⟧ (environ 40 balles rondes) est cédé au preneur pour 1 200 €.",
        "Le preneur signale qu'il fera passer le contrôle des structures auprès de la DDT (⟦off:Mme Belkacem⟧).",
        "Signatures : ⟦p:C.-É. d'Espagnac⟧ p.o. — ⟦p:F. Issaly⟧ — ⟦p:R. Maury⟧",
    ],
}

DOCX["w05_releve_observations_commissaire.docx"] = {
    "author": "⟦off:Henri Laporte⟧",
    "title": "Procès-verbal de synthèse des observations",
    "header": "Modification n° 2 du PLUi — procès-verbal de synthèse (art. R. 123-18 du code de l'environnement)",
    "footer": "⟦off:H. Laporte⟧, commissaire enquêteur — remis au président ⟦off:A. Bessières⟧ le 7 avril 2026",
    "blocks": [
        ("h", "Tableau des observations — commune de Saint-Julien-de-Brassac"),
        "Commissaire enquêteur : ⟦off:Henri Laporte⟧, désigné par décision du président du tribunal administratif de Toulouse du 12 janvier 2026.",
        ("table", [
            ["Réf.", "Auteur", "Parcelle(s)", "Objet", "Question au maître d'ouvrage"],
            ["R1", "⟦p:ESCASSUT Jacques et Annie⟧", "⟦cad:ZE 44⟧", "Constructibilité", "Extension UB possible ?"],
            ["R2", "⟦p:LAVAYSSE Christian⟧", "—", "Protection terres agricoles", "—"],
            ["R3", "⟦p:EL AMRANI-LEBLANC Fatima-Zahra⟧", "⟦cad:AB 88⟧", "ER n° 7 / livraisons", "Accès arrière maintenu ?"],
            ["R4", "⟦p:MIQUEL Jean-Pierre⟧", "⟦cad:ZF 3 à ZF 9⟧", "Photovoltaïque", "Étude d'impact ?"],
            ["R5", "⟦p:PRICE-JONES Anthony et Margaret⟧", "⟦cad:ZH 17⟧, ⟦cad:ZH 18⟧", "Zonage Ah", "Justification ?"],
            ["R9", "⟦p:DE LA ROQUE-BOUILLAC Hervé⟧", "⟦cad:AC 5⟧", "Changement de destination", "Identification L. 151-11"],
            ["R11", "⟦p:PAPADOPOULOS Nikolaos⟧ / ⟦p:SMIRNOVA Olga⟧", "⟦cad:ZB 77⟧", "ER n° 12", "Réduction à 4 m ?"],
            ["@2", "⟦o:Causse_Libre_46⟧", "—", "Conflit d'intérêts allégué", "—"],
        ]),
        "Les parcelles ⟦cad:ZF 3 à ZF 9⟧ appartiennent à ⟦p:M. Jean-Louis MIQUEL⟧ ; la société de projet photovoltaïque a signé une promesse de bail emphytéotique le 9 janvier 2026.",
        "Le maître d'ouvrage dispose de quinze jours pour produire son mémoire en réponse.",
    ],
}

DOCX["w06_courrier_plainte_voisin_bruit_chenil.docx"] = {
    "author": "⟦p:Nikos Papadopoulos⟧",
    "title": "Plainte chenil Bastide Neuve",
    "header": "⟦p:Nikolaos PAPADOPOULOS⟧ — ⟦a:La Bastide Neuve⟧ — 46260 Saint-Julien-de-Brassac",
    "footer": "⟦t:+30 697 123 4567⟧ (Grèce, d'octobre à mars) — ⟦t:06 41 72 95 03⟧ — ⟦e:nikos.papadopoulos@yahoo.gr⟧",
    "blocks": [
        "À l'attention de Madame le Maire et du service commun d'urbanisme",
        "Saint-Julien-de-Brassac, le 22 mai 2026",
        ("h", "Objet : construction d'un chenil sans autorisation par mon voisin"),
        "Madame le Maire,",
        "Mon voisin, ⟦p:M. Francis DUPUY⟧, demeurant ⟦a:La Gariotte Bleue, 65 chemin des Vignes Basses⟧, a construit depuis avril, sur sa ⟦cad:parcelle ZB 81⟧, à moins de 3 mètres de ma clôture, un bâtiment en parpaings d'environ 25 m² destiné à ses chiens de chasse (sept chiens, qui aboient la nuit). Aucun panneau n'est affiché et je n'ai trouvé aucune autorisation au registre de la mairie.",
        "Ma femme, ⟦p:Olga⟧, qui travaille de nuit à l'hôpital de Cahors, ne peut plus dormir le jour. Le véhicule de ⟦p:M. Dupuy⟧ (un pick-up Isuzu ⟦pl:FS-204-LM⟧) stationne en outre sur le chemin rural.",
        "J'ai essayé d'en parler avec ⟦p:Mme Navarro⟧, sa compagne, sans résultat.",
        "Je vous demande de faire constater l'infraction par le garde champêtre, ⟦off:M. Carrié⟧.",
        "Veuillez agréer, Madame le Maire, mes respectueuses salutations.",
        "⟦p:N. Papadopoulos⟧ (⟦p:Ν. Παπαδόπουλος⟧)",
    ],
}

DOCX["w07_etat_parcellaire_projet_photovoltaique.docx"] = {
    "author": "Service urbanisme CC",
    "title": "Projet de centrale photovoltaïque au sol — Les Crêtes — maîtrise foncière",
    "header": "Communauté de communes Causses et Vallée de la Brassane — note de la commission aménagement",
    "footer": "Document préparatoire — ne pas diffuser — rédaction ⟦off:Élodie Rouquette⟧",
    "blocks": [
        ("h", "Maîtrise foncière du projet « Les Crêtes » (11,6 ha)"),
        ("table", [
            ["Parcelle", "Surface", "Propriétaire", "Exploitant", "Situation"],
            ["⟦cad:ZF 3⟧", "1 ha 80", "⟦p:CAMBON Paulette⟧", "⟦p:BARDES Antoine⟧ (bail verbal)", "congé pour reprise ⟦p:Cambon⟧ contesté"],
            ["⟦cad:ZF 4⟧", "2 ha 05", "⟦p:CAMBON Paulette⟧ née ⟦p:MIQUEL⟧", "⟦p:BARDES Antoine⟧", "idem"],
            ["⟦cad:ZF 5⟧", "1 ha 12", "⟦p:CAMBON Paulette⟧", "⟦p:BARDES Antoine⟧", "idem"],
            ["⟦cad:ZF 6⟧ à ⟦cad:ZF 9⟧", "6 ha 63", "⟦p:MIQUEL Jean-Louis⟧", "néant (landes)", "promesse de bail emphytéotique 09/01/2026"],
        ]),
        "Note : il existe deux personnes nommées ⟦p:Paulette MIQUEL⟧ dans la commune : ⟦p:Mme Paulette CAMBON née MIQUEL⟧ (Lalbenque, ⟦bd:née en 1954⟧), propriétaire, et ⟦p:Mme Paulette MIQUEL⟧ des Crêtes (⟦ag:71 ans⟧), sœur de ⟦p:Jean-Louis⟧, exploitante. Ne pas confondre dans les courriers.",
        "Le développeur (société Soleil du Quercy SAS) a indiqué que ⟦p:M. Jean-Louis Miquel⟧, ⟦ag:74 ans⟧, percevra un loyer de 2 200 €/ha/an.",
        "Avis de la commission : réservé, dans l'attente de l'avis de la CDPENAF.",
    ],
}

DOCX["w08_constat_affichage_permis.docx"] = {
    "author": "SELARL Justitia 46",
    "title": "Procès-verbal de constat d'affichage — PC 046 254 26 B0014",
    "header": "SELARL Justitia 46 — Commissaires de justice associés — 21 rue Président Wilson — 46000 Cahors",
    "footer": "Acte n° ⟦id:2026/03/0412⟧ — ⟦off:Me Stéphane Guiral⟧ — coût de l'acte 297,60 € TTC",
    "blocks": [
        ("h", "Procès-verbal de constat d'affichage (premier passage)"),
        "À la requête de ⟦p:Monsieur Laurent VERGNES⟧, né le ⟦bd:3 août 1979⟧ à ⟦bp:Figeac⟧, technicien forestier, et de ⟦p:Madame Aurélie CAYROU épouse VERGNES⟧, née le ⟦bd:21 novembre 1981⟧, infirmière, demeurant ensemble ⟦a:7 chemin de la Croix de Fer, Les Escoutals⟧, 46260 Saint-Julien-de-Brassac,",
        "Je, ⟦off:Stéphane Guiral⟧, commissaire de justice associé, me suis transporté le 5 mars 2026 à 11 h 20 ⟦a:lieu-dit Pech Redon⟧, en bordure de la voie communale n° 6, devant le terrain cadastré ⟦cad:ZC 145⟧.",
        ("table", [
            ["Mention du panneau", "Constat"],
            ["Nom du bénéficiaire", "⟦p:M. et Mme VERGNES Laurent et Aurélie⟧"],
            ["Numéro et date du permis", "PC 046 254 26 B0014 du 2 mars 2026"],
            ["Nature du projet / surface", "Maison individuelle — 142 m²"],
            ["Hauteur", "5,60 m"],
            ["Adresse de la mairie où consulter le dossier", "Le Bourg, 46260 Saint-Julien-de-Brassac"],
            ["Lisibilité depuis la voie publique", "oui — panneau de 80 x 120 cm fixé sur deux piquets"],
        ]),
        "Pendant mes opérations, ⟦p:M. Raymond CAYROU⟧, voisin, s'est présenté et m'a déclaré n'avoir « rien contre le permis de sa fille ». Photographies annexées (6). Deux autres passages sont prévus.",
    ],
}

DOCX["w09_fiche_exploitation_gaec_installation.docx"] = {
    "author": "⟦p:Sandrine Fabre-Albert⟧",
    "title": "Fiche d'exploitation — GAEC des Trois Fontaines — installation ⟦p:Baptiste Fabre⟧",
    "header": "GAEC des Trois Fontaines — Les Trois Fontaines — 46260 Saint-Julien-de-Brassac — SIRET 532 876 414 00014",
    "footer": "Contact : ⟦p:Sandrine **Fabre-Albert**⟧ — ⟦t:06 84 51 30 08⟧ — ⟦e:s.fabrealbert@orange.fr⟧",
    "blocks": [
        ("h", "Dossier d'aide à l'installation (DJA) — fiche de présentation"),
        ("table", [
            ["Associé", "Né(e) le", "À", "N° sécurité sociale", "Rôle"],
            ["⟦p:FABRE Jérôme⟧", "⟦bd:01/05/1982⟧", "⟦bp:Caussade (82)⟧", "⟦nir:1 82 05 82 037 146⟧ ⟦nir:11⟧", "cogérant, troupeau"],
            ["⟦p:FABRE-ALBERT Sandrine⟧", "⟦bd:30/06/1984⟧", "⟦bp:Rodez (12)⟧", "⟦nir:2 84 06 12 202 094 72⟧", "cogérante, comptabilité"],
            ["⟦p:FABRE Baptiste⟧", "⟦bd:17/10/2003⟧", "⟦bp:Cahors (46)⟧", "⟦nir:1 03 10 46 042 211 63⟧", "jeune agriculteur"],
        ]),
        "Cheptel : 95 vaches limousines allaitantes. SAU : 132 ha dont 38 ha en propriété (⟦cad:ZD 40⟧ à ⟦cad:ZD 52⟧, apport de ⟦p:M. Jérôme Fabre⟧) et 94 ha en fermage (bailleurs principaux : ⟦p:indivision Bouyssou⟧, ⟦p:M. Jean-Louis Miquel⟧, ⟦p:Mme de Lavaur-Saint-Germain⟧ pour 12 ha).",
        "Versement de la DJA sur le compte personnel du jeune agriculteur : ⟦p:Baptiste Fabre⟧, IBAN ⟦iban:FR76 1780 7000 1104 2195 7300 309⟧.",
        "Conseillère installation : ⟦off:Mme Laure Vidal⟧, chambre d'agriculture du Lot. Le dossier a été présenté au point accueil installation le 12 septembre 2025.",
    ],
}

DOCX["w10_reponse_mairie_taxe_fonciere_indivision.docx"] = {
    "author": "Mairie de Saint-Julien-de-Brassac",
    "title": "Réponse — demande de ⟦p:M. Jean-Marie Bouyssou⟧",
    "header": "Mairie de Saint-Julien-de-Brassac — Le Bourg — 46260 — 05 65 24 61 10 — SIRET 214 602 542 00018",
    "footer": "Dossier suivi par ⟦off:Sandrine Delpech⟧, secrétaire de mairie",
    "blocks": [
        "⟦p:Monsieur Jean-Marie BOUYSSOU⟧",
        "⟦a:Mas de Bouyssou⟧",
        "46260 Saint-Julien-de-Brassac",
        "Saint-Julien-de-Brassac, le 16 mars 2026",
        ("h", "Objet : votre visite du 13 mars — taxe foncière de la parcelle ZD 30"),
        "Monsieur,",
        "Vous êtes venu en mairie le 13 mars pour demander que votre nom soit « rayé du cadastre » afin de ne plus payer la taxe foncière de la ⟦cad:parcelle ZD 30⟧ (⟦a:Les Fargues⟧), que vous détenez en indivision avec vos enfants ⟦p:Pascal⟧ et ⟦p:Nadine⟧ (compte propriétaire ⟦id:+00218⟧).",
        "La mairie ne tient pas le cadastre : la taxe foncière est due par le propriétaire au 1er janvier. Pour ne plus être redevable, il faut vendre ou donner votre part, par un acte notarié. Vous pouvez vous adresser à ⟦off:Maître Anne-Sophie Marmiesse⟧, notaire à Lalbenque, qui détient déjà votre relevé de propriété.",
        "Vous nous avez dit avoir ⟦ag:84 ans⟧ et des revenus modestes : vous pouvez peut-être bénéficier d'un dégrèvement. Le centre des impôts fonciers de Cahors (05 65 23 40 00) peut vous renseigner ; votre numéro fiscal figure en haut de votre avis (⟦id:04 46 210 887 315⟧, d'après la copie que vous nous avez laissée).",
        ("table", [
            ["Indivisaire", "Quote-part", "Contact"],
            ["⟦p:Jean-Marie BOUYSSOU⟧", "1/2 (usufruit sur le surplus)", "⟦t:05 65 31 20 48⟧"],
            ["⟦p:Pascal BOUYSSOU⟧", "1/4", "⟦t:06 84 12 09 57⟧"],
            ["⟦p:Nadine LAGARDE⟧", "1/4", "⟦t:+33 6 71 28 40 93⟧"],
        ]),
        "Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.",
        "Pour le maire, l'adjoint délégué, ⟦off:Jean-Claude Vayssière⟧",
    ],
}


if __name__ == "__main__":
    raise SystemExit(main())
