# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev14 set of the personal-data leak benchmark (``corpus/dev14``): documents and labels.

Same conventions as ``build_files.py`` and ``build_dev2_files.py`` (whose ``build_set`` it uses): a
personal value is written ``⟦kind:text⟧`` with the short kind keys of ``KINDS``, an official acting in
his function kept in clear ``⟦off:text⟧``; the script writes the files without the marks and their
lines in ``corpus/dev14/labels.jsonl``, and checks that every label is a substring of its document.

Theme: an intercommunal water, sanitation and waste utility (the fictitious "SIEAD du Haut-Vivarais",
Annonay) and a commune's local-taxes and public-space office (Tournon-sur-Rhône). Subscribers' files
and bills, meter readings and meter numbers, leak reports and bill reductions (loi Warsmann), SEPA
direct-debit mandates (IBAN, BIC, RUM), payment plans, unpaid-bill reminders, connection requests with
parcels, SPANC inspection reports, bin badges and recycling-centre cards with plates, bulky-waste
appointments, collection complaints, occupation of public space (terraces, scaffolding, removal
lorries), market stallholders (sole traders' SIRET), tourist-tax declarations of furnished rentals,
a residents' parking register, e-mail threads, SMS exports, call-centre tickets, HTML portal pages and
DOCX letters with headers, footers, tables and core properties.

Kinds used: person, address, phone, email, birth_date (birth, marriage or death of a private
person), birth_place, age, nir, iban, rib (separate fields), siret (a sole trader's), plate, cadastre
(a private person's parcel), identifier (subscriber, contract, meter, RUM mandate, badge, card,
permit, furnished-rental registration, tax and invoice numbers held by a person) and other (a handle,
a personal web page).

Officials kept in clear: the utility's president and vice-presidents, its director and agents signing
in their function, the mayor and deputies, the municipal police acting in function, the public
accountant. Subscribers, owners, tenants, stallholders, contractors' employees and callers are
persons. Public bodies, companies, associations, streets named after famous people, the utility's own
addresses, switchboards, SIRET, creditor identifier (ICS) and treasury account are not labelled.

dev14 was written by an independent author who read only the mark syntax and the build helpers, not
the recognizers, the anonymizer, the tests, the documentation or the other sets' documents and
labels, and who did not run the pipeline or an evaluation on it.

Run: PYTHONPATH=include .venv/bin/python bench/pii/build_dev14_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev14"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents. Checksummed identifiers computed beforehand (NIR key = 97 - n mod 97, Corsica 2A/2B
# read as 19/18; RIB key = 97 - (89·bank + 15·branch + 3·account) mod 97 with letters mapped; IBAN
# ISO 7064 mod 97; SIREN/SIRET Luhn). The utility's SIRET 200 074 128 00014, the commune's
# 210 703 245 00014, the contractor's 392 771 440 00048 and the treasury account
# FR77 3000 1006 84C0 7400 0000 005 are public bodies' and companies' values: never labelled.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["t01_fiche_abonne_complete.txt"] = """
SIEAD DU HAUT-VIVARAIS — Syndicat intercommunal des eaux, de l'assainissement et des déchets
Siège : ZA des Gonnettes, 120 rue des Gonnettes, 07100 Annonay — standard 04 75 33 80 00 — abonnes@siead-hautvivarais.fr
SIRET 200 074 128 00014 — Identifiant créancier SEPA (ICS) : FR44ZZZ556677

FICHE ABONNÉ — extraction du logiciel de facturation du 12/01/2026 à 09:42 (opérateur : KBENALI)

Réf. client ........................ ⟦id:700 418 2291⟧
Contrat eau potable ................ ⟦id:C-EAU-2019-004471⟧
Contrat assainissement collectif ... ⟦id:C-ASS-2019-004471-B⟧
Titulaire .......................... ⟦p:FAYOLLE-CHAMBON Marie-Thérèse Odile⟧
Civilité ........................... Madame
Co-titulaire ....................... ⟦p:FAYOLLE Jean-Baptiste⟧ (époux, marié le ⟦bd:14 septembre 1979⟧)
Date de naissance titulaire ........ ⟦bd:03/03/1956⟧ — lieu : ⟦bp:Saint-Agrève (07)⟧
Adresse de desserte ................ ⟦a:12 bis, chem. de la Croix-de-Bancel, 07100 Boulieu-lès-Annonay⟧
Adresse de facturation ............. ⟦a:chez Mme Hélène FAYOLLE, Bât. C, esc. 3, 4e ét., porte 412, 18 av. de l'Europe, 69100 Villeurbanne⟧
Téléphone fixe ..................... ⟦t:04 75 32 18 09⟧
Portable ........................... ⟦t:06.81.47.22.90⟧
Téléphone de la fille (à prévenir) . ⟦t:+33 (0)7 69 14 03 58⟧
Courriel ........................... ⟦e:mt.fayolle-chambon@wanadoo.fr⟧
Numéro de compteur ................. ⟦id:I19FA044718⟧ (calibre 15 mm, pose 2019, regard en limite de propriété)
Numéro de tête émettrice radio ..... ⟦id:RF-0719-33802⟧
Parcelle desservie ................. ⟦cad:section AK n° 214⟧ (lieu-dit Bancel)
Mode de paiement ................... prélèvement mensuel, RUM ⟦id:SIEAD-MENS-0004471-02⟧
IBAN ............................... ⟦iban:FR7630004005210001023456796⟧
BIC ................................ BNPAFRPPXXX
Tarif .............................. domestique — part fixe 48,20 € HT/an, 1,92 € HT/m³ (eau), 2,07 € HT/m³ (assainissement)

Historique des relevés (m³) :
  15/06/2023 : 1 284 (réel)   12/12/2023 : 1 331 (réel)   14/06/2024 : 1 379 (estimé)
  10/12/2024 : 1 430 (réel)   16/06/2025 : 1 476 (réel)   09/12/2025 : 1 698 (réel — SURCONSOMMATION signalée)

Événements :
- 09/12/2025 — alerte surconsommation (+222 m³ sur le semestre). Courrier d'information envoyé le 11/12/2025 (modèle « fuite après compteur »).
- 17/12/2025 — appel de M. ⟦p:Fayolle⟧ : fuite trouvée sur la canalisation enterrée entre le regard et la maison, réparée le 19/12 par l'entreprise Plomberie Vivaraise SARL. Facture de réparation promise.
- 05/01/2026 — réception de la facture de l'entreprise + attestation. Dossier de dégrèvement Warsmann ouvert sous la référence ⟦id:DGV-2026-0007⟧.
- 08/01/2026 — la fille de l'abonnée, ⟦p:Hélène Fayolle⟧, demande que le courrier soit désormais adressé chez elle à Villeurbanne (voir adresse de facturation) ; sa mère, âgée de ⟦ag:69 ans⟧, séjourne chez elle pendant l'hiver.

Mentions : abonnée en situation de fragilité (case « personne âgée vivant seule » cochée le 08/01/2026). Ne pas couper l'eau sans contact préalable.
Observations du technicien ⟦off:Laurent Teyssier⟧, agent de relève : regard accessible, chien dans la cour (sonner au portail). Clé du portail chez la voisine ⟦p:Mme Vialatte⟧, ⟦a:10 chemin de la Croix-de-Bancel⟧.

Cette fiche est un document interne du syndicat. Vos droits (RGPD) : dpo@siead-hautvivarais.fr, ou par courrier au siège, ZA des Gonnettes, 07100 Annonay.
"""

TXT["t02_facture_eau_assainissement.txt"] = """
                                        SIEAD DU HAUT-VIVARAIS
                                        Service de l'eau et de l'assainissement
                                        120 rue des Gonnettes — 07100 ANNONAY
                                        Accueil : 04 75 33 80 00 (du lundi au vendredi, 8h30-12h / 13h30-17h)
                                        Urgences fuites 24h/24 : 04 75 33 80 99

                                                    ⟦p:M. ou Mme DESBOS Alain⟧
                                                    ⟦a:LE MAS DU PIQUET⟧
                                                    ⟦a:RTE DE SATILLIEU⟧
                                                    07290 QUINTENAS

FACTURE N° ⟦id:F26-01-0184472⟧ du 15 janvier 2026                 Votre référence client : ⟦id:700 205 1186⟧
Période : du 10/06/2025 au 11/12/2025                              Point de desserte : ⟦id:PDS-07190-002288⟧

Votre compteur : n°
⟦id:D08SE1137720⟧
Ancien index : 2 114 m³ (relevé du 10/06/2025)     Nouvel index : 2 203 m³ (relevé du 11/12/2025)
Consommation : 89 m³

DISTRIBUTION DE L'EAU
  Abonnement (part fixe, 2e semestre)             24,10 €
  Consommation 89 m³ x 1,92 €                    170,88 €
COLLECTE ET TRAITEMENT DES EAUX USÉES
  Abonnement                                      31,00 €
  Consommation 89 m³ x 2,07 €                    184,23 €
ORGANISMES PUBLICS
  Agence de l'eau — préservation des ressources   6,23 €
  Agence de l'eau — pollution domestique         29,37 €
  Modernisation des réseaux de collecte          13,35 €
TOTAL HT                                          459,16 €
TVA (5,5 % et 10 %)                               37,61 €
TOTAL À PAYER TTC                                496,77 €

Date limite de paiement : 14 février 2026
Ce montant sera prélevé le 10 février 2026 sur le compte IBAN FR76 1027 ****** ******** 117 (mandat ⟦id:RUM SIEAD-2017-002051186⟧).

Votre consommation des deux dernières années : 81 m³ / 94 m³ / 86 m³ / 89 m³ — consommation moyenne d'un foyer de 3 personnes : 80 m³ par semestre.

INFORMATIONS
- Vous constatez une hausse anormale de votre consommation ? Si une fuite sur canalisation après compteur est réparée par un professionnel dans le mois suivant notre information, vous pouvez bénéficier d'un écrêtement de votre facture (article L. 2224-12-4 du CGCT, dit « loi Warsmann »).
- Qualité de l'eau : la synthèse de l'Agence régionale de santé est jointe à votre facture de janvier.
- Pour payer en ligne : espace abonné sur www.siead-hautvivarais.fr, rubrique « Mes factures ».
- Pour payer en espèces ou par carte chez un buraliste agréé : présentez le QR code ci-dessous (paiement de proximité).
- Le titre est exécutoire ; il est recouvré par le comptable public du service de gestion comptable d'Annonay, 5 place des Cordeliers, 07100 Annonay.

TALON DE PAIEMENT — à joindre à votre chèque à l'ordre du Trésor public
Référence : ⟦id:700 205 1186⟧ / ⟦id:F26-01-0184472⟧ — Montant : 496,77 € — ⟦p:DESBOS Alain⟧
Si vous déménagez, signalez-le au moins huit jours à l'avance : un relevé contradictoire sera organisé avec le nouvel occupant.
"""

TXT["t03_tournee_releve_compteurs.txt"] = """
TOURNÉE DE RELÈVE N° 14 — SECTEUR DAVÉZIEUX / SAINT-CLAIR — semaine 49 / 2025
Releveur : ⟦off:Laurent Teyssier⟧ (matricule agent 0412) — terminal TPL-07 — édition du 08/12/2025

Ordre | Compteur      | Abonné                          | Adresse                                         | Index  | Code
------+---------------+---------------------------------+-------------------------------------------------+--------+-----
001   | ⟦id:I17BA203318⟧   | ⟦p:ROUCHOUSE Gilles⟧                | ⟦a:3 imp. des Mûriers⟧                              | 00841  | R
002   | ⟦id:I17BA203402⟧   | ⟦p:N'DIAYE-BONNET Aïssatou⟧         | ⟦a:5 ter, imp. des Mûriers⟧                         | 00212  | R
003   | ⟦id:D12SE0998471⟧  | ⟦p:de LA ROCHETTE Bertrand⟧         | ⟦a:Domaine de Grangeneuve, chemin rural n° 7⟧       | 04477  | RA
004   | ⟦id:I20FA118250⟧   | SCI LES TERRASSES DU VIVARAIS   | 14 rue Marc-Seguin (parties communes)           | 10280  | R
005   | ⟦id:I20FA118251⟧   | ⟦p:PÉRIER Noémie⟧ (locataire)       | ⟦a:14 rue Marc-Seguin, apt 2, 1er étage gauche⟧     | 00377  | E
006   | ⟦id:I21IT007745⟧   | ⟦p:Mme et M. GOUNON-ESCOFFIER⟧      | ⟦a:Lieu-dit Le Fraysse⟧                             | 01902  | R
007   | ⟦id:I15BA771004⟧   | ⟦p:ALLOUCHE Yacine⟧                 | ⟦a:27 rte de Vernosc⟧                               | ——     | ABS
008   | ⟦id:I15BA771009⟧   | Commune de Davézieux (stade)    | stade municipal, avenue Jean-Jaurès             | 22014  | R

Codes : R relevé ; RA relevé avec anomalie ; E estimé (compteur inaccessible) ; ABS absent, avis de passage déposé.

Anomalies :
- 003 : regard inondé, index lu à la lampe ; le propriétaire, ⟦p:M. de La Rochette⟧, demande un rappel au ⟦t:0475 67 21 90⟧ ou au ⟦t:+41 79 412 33 08⟧ (portable suisse, il vit à Genève en semaine).
- 005 : compteur dans la cave fermée, gardienne absente. Locataire joignable après 18 h, ⟦t:07-52-18-44-61⟧.
- 007 : carte auto-relevé déposée. L'abonné a rappelé le 09/12 et a donné l'index 03 118 par téléphone depuis le ⟦t:0033 6 14 52 88 07⟧.
  Compteur
  n° ⟦id:I15BA
  771004⟧ à vérifier (étiquette à moitié arrachée).

Prochaine tournée : secteur Roiffieux. Signature du releveur : L. Teyssier.

Consignes rappelées par la direction (⟦off:Sophie Arnaud-Besson⟧) : ne jamais pénétrer dans une propriété close sans l'accord de l'occupant ; présenter sa carte professionnelle ; en cas d'absence répétée (trois passages), adresser à l'abonné un courrier l'invitant à rendre le compteur accessible, conformément à l'article 19 du règlement du service. Les index relevés sur les compteurs des bâtiments publics (stade de Davézieux, école Jules-Ferry, salle des fêtes) sont transmis aux communes concernées. Les compteurs à tête radio seront généralisés sur le secteur en 2027 ; les abonnés qui refusent la pose devront accepter un relevé manuel annuel facturé 25 €.
Incident de tournée : à l'entrée de l'impasse des Mûriers, le véhicule de service a été bloqué par une voiture immatriculée ⟦pl:FP-503-AD⟧ ; la propriétaire, ⟦p:Mme Josiane Rouchouse⟧, est venue la déplacer. Le chien signalé au 003 était attaché. Au 006, ⟦p:Mme Gounon-Escoffier⟧ a demandé la copie de ses relevés depuis 2022 pour son dossier d'aide à l'amélioration de l'habitat : à envoyer à ⟦e:lise.gounon.escoffier@gmail.com⟧.
"""

TXT["t04_demande_degrevement_fuite.txt"] = """
⟦p:Gérald et Sylvie PONSONNET⟧
⟦a:La Grange Neuve — Les Sagnes⟧
⟦a:route de Lalouvesc⟧
07430 Vernosc-lès-Annonay
⟦t:04 75 34 61 27⟧ / ⟦t:06 03 98 14 72⟧
⟦e:ponsonnet.gerald@orange.fr⟧

                                          À l'attention de Monsieur le Président
                                          SIEAD du Haut-Vivarais — service abonnés
                                          120 rue des Gonnettes
                                          07100 Annonay

Vernosc, le vingt-deux janvier deux mille vingt-six

Objet : demande d'écrêtement de facture pour fuite après compteur (loi Warsmann)
Réf. abonné : ⟦id:700 116 0043⟧ — compteur n° ⟦id:I16BA550190⟧ — facture ⟦id:F26-01-0190228⟧

Monsieur le Président,

Par courrier du 16 décembre 2025, vos services nous ont informés d'une augmentation anormale de notre consommation d'eau : le relevé du 12 décembre fait apparaître 412 m³ sur le semestre, alors que notre consommation habituelle est d'environ 55 m³.

Nous avons aussitôt recherché l'origine de cette consommation. Il s'agissait d'une fuite sur la canalisation enterrée en polyéthylène qui relie le regard du compteur, situé en bordure de la route départementale, à notre maison d'habitation. La canalisation traverse un pré (notre ⟦cad:parcelle cadastrée section B n° 1187⟧) puis passe sous la cour ; la fuite, invisible, s'écoulait dans le drain du pré. L'entreprise ⟦p:Cyril Juillat⟧, plombier-chauffagiste à Vernosc (entreprise individuelle, SIRET ⟦siret:447 810 524 00010⟧), a localisé la fuite le 20 décembre et a remplacé 18 mètres de canalisation le 23 décembre 2025.

Vous trouverez ci-joint :
- la facture de l'entreprise Juillat n° 2025-311 du 23/12/2025, qui précise la localisation de la fuite et la date de la réparation ;
- une attestation sur l'honneur signée par nous deux ;
- des photographies de la tranchée ;
- le relevé de notre compteur après réparation : index 3 902 le 24/12/2025 à 8 h, 3 903 le 31/12/2025 à 8 h (soit moins d'un mètre cube en une semaine).

Conformément à l'article L. 2224-12-4 du code général des collectivités territoriales, nous vous demandons de bien vouloir limiter notre facture au double de notre consommation moyenne des trois dernières années, pour la part eau comme pour la part assainissement, l'eau perdue n'ayant pas rejoint le réseau d'assainissement collectif.

Nous vous précisons que nous n'avons pas de piscine et que le logement est notre résidence principale ; nous y vivons avec notre fils ⟦p:Mathéo⟧, ⟦ag:14 ans⟧. Ma mère, ⟦p:Mme Renée Ponsonnet⟧, née le ⟦bd:2 février 1938⟧, qui vivait avec nous, est décédée le ⟦bd:6 novembre 2025⟧ : notre consommation devrait donc encore baisser.

En cas de besoin, vous pouvez joindre mon mari à son travail (Établissements Reboul, scierie de Satillieu, 04 75 34 90 00 — standard de l'entreprise, demander le poste 21) ou nous écrire à l'adresse électronique ci-dessus.

Dans l'attente de votre réponse, nous vous prions d'agréer, Monsieur le Président, l'expression de nos salutations distinguées.

⟦p:G. Ponsonnet⟧                                   ⟦p:S. Ponsonnet née Chaize⟧

P.J. : facture Juillat ; attestation ; photos (fichiers ⟦p:ponsonnet_gerald⟧_fuite_1.jpg à 4) ; relevés.

--- cadre réservé au service ---
Reçu le 26/01/2026 par ⟦off:Karima Benali⟧, conseillère clientèle. Dossier ⟦id:DGV-2026-0031⟧. Moyenne 3 ans : 56 m³/semestre → plafond 112 m³. Avis favorable du responsable facturation, ⟦off:Élodie Perret⟧.
"""

TXT["t05_mandat_sepa.txt"] = """
MANDAT DE PRÉLÈVEMENT SEPA — CORE

Référence unique du mandat (RUM) : ⟦id:SIEAD-2026-000731-M⟧
Type de paiement : récurrent

En signant ce formulaire de mandat, vous autorisez le SIEAD du Haut-Vivarais à envoyer des instructions à votre banque pour débiter votre compte, et votre banque à débiter votre compte conformément aux instructions du SIEAD du Haut-Vivarais. Vous bénéficiez du droit d'être remboursé par votre banque selon les conditions décrites dans la convention que vous avez passée avec elle. Une demande de remboursement doit être présentée dans les 8 semaines suivant la date de débit de votre compte pour un prélèvement autorisé.

CRÉANCIER
Nom : SIEAD du Haut-Vivarais — Régie des eaux
Identifiant créancier SEPA : FR44ZZZ556677
Adresse : 120 rue des Gonnettes, 07100 Annonay, France

DÉBITEUR
Votre nom : ⟦p:OZTÜRK Mehmet Ali⟧
Votre adresse : ⟦a:Résidence Les Tilleuls, bât A, appt 07, 2 rue du Dr Roux⟧
Code postal : 07100        Ville : ANNONAY        Pays : FRANCE
Coordonnées de votre compte :
IBAN : ⟦iban:FR66 2004 1010 0705 1234 5K03 860⟧
BIC : PSSTFRPPLYO
Titulaire du compte s'il est différent : ⟦p:OZTÜRK Zeynep⟧

Référence client à rappeler : ⟦id:700-317-5529⟧
Échéancier souhaité : mensuel (10 prélèvements, de février à novembre)

Fait à : Annonay       Le : 04/02/2026
Signature : ⟦p:M. Oztürk⟧

Note de l'agent d'accueil (⟦off:K. Benali⟧) : RIB présenté au guichet, identité vérifiée sur carte de séjour n° ⟦id:0712345678⟧. Téléphone de l'abonné ⟦t:07 81 23 45 06⟧ ; téléphone en Turquie donné pour les vacances d'été ⟦t:+90 532 418 27 63⟧.
"""

TXT["t06_echeancier_paiement.txt"] = """
CENTRE DES FINANCES PUBLIQUES — SERVICE DE GESTION COMPTABLE D'ANNONAY
5 place des Cordeliers, 07100 Annonay — sgc.annonay@dgfip.finances.gouv.fr

PLAN DE RÈGLEMENT ACCORDÉ

Débiteur : ⟦p:Mlle CHOMEL Laurie⟧
Adresse : ⟦a:Appartement 3, rez-de-chaussée, 41 rue Boissy-d'Anglas, 07100 Annonay⟧
Né(e) le : ⟦bd:23/10/1998⟧
Identifiant fiscal : ⟦id:30 12 345 678 912⟧
Créancier : SIEAD du Haut-Vivarais (budget annexe eau)
Titres concernés : ⟦id:T-2025-004512⟧ (eau, 1er semestre 2025), ⟦id:T-2025-009933⟧ (eau, 2e semestre 2025)
Montant total restant dû : 612,40 € (dont frais de poursuite 12,00 €)

Vu la demande de la débitrice du 7 janvier 2026 et les justificatifs de ressources produits (contrat d'apprentissage, aide au logement de la CAF, allocataire n° ⟦id:2718044⟧), un plan de règlement est accordé :

Échéance 1 : 10/02/2026 — 68,00 €
Échéance 2 : 10/03/2026 — 68,00 €
Échéance 3 : 10/04/2026 — 68,00 €
Échéance 4 : 10/05/2026 — 68,00 €
Échéance 5 : 10/06/2026 — 68,00 €
Échéance 6 : 10/07/2026 — 68,00 €
Échéance 7 : 10/08/2026 — 68,00 €
Échéance 8 : 10/09/2026 — 68,00 €
Échéance 9 : 10/10/2026 — 68,40 €

Modalités : par prélèvement sur le compte du co-débiteur solidaire, son père, ⟦p:M. CHOMEL Patrick⟧, titulaire du RIB : banque ⟦rib:18206⟧ guichet ⟦rib:00015⟧ compte ⟦rib:60123456789⟧ clé ⟦rib:88⟧ (Crédit Agricole Sud Rhône-Alpes).
Ou par virement sur le compte du Trésor public : FR77 3000 1006 84C0 7400 0000 005 (BDFEFRPPCCT), en indiquant les numéros de titre.

Le non-respect d'une seule échéance rendra la totalité de la dette immédiatement exigible et entraînera la reprise des poursuites.

Fait à Annonay, le 19 janvier 2026.
Le comptable public, ⟦off:Patrice Gounon⟧, inspecteur divisionnaire des finances publiques

Copie : SIEAD du Haut-Vivarais, service facturation (⟦off:Mme Perret⟧).
"""

TXT["t07_relance_impaye_coupure.txt"] = """
SIEAD DU HAUT-VIVARAIS — Service recouvrement amiable

Annonay, le 3 février 2026

LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION n° 1A 189 447 2231 8

⟦p:Monsieur Kévin SOUBEYRAND-ROUX⟧
⟦a:Chez Mme SOUBEYRAND Ginette⟧
⟦a:Hameau de Veyrines, 2 montée du Four⟧
07100 SAINT-MARCEL-LÈS-ANNONAY

Objet : 2e relance — factures impayées — référence ⟦id:700 522 0917⟧

Monsieur,

Malgré notre premier rappel du 6 janvier 2026, nous constatons que les factures suivantes restent impayées :
- facture n° ⟦id:F25-07-0133109⟧ du 15/07/2025 : 188,20 €
- facture n° ⟦id:F26-01-0171550⟧ du 15/01/2026 : 203,64 €
Total : 391,84 €.

Votre logement étant votre résidence principale, nous ne procéderons à aucune interruption de la fourniture d'eau (article L. 115-3 du code de l'action sociale et des familles). En revanche, en l'absence de paiement ou de prise de contact avant le 3 mars 2026, le dossier sera transmis au comptable public pour recouvrement forcé, avec les frais correspondants.

Si vous rencontrez des difficultés, vous pouvez :
- demander un échéancier au comptable public (SGC d'Annonay, 04 75 33 12 00) ;
- solliciter le fonds de solidarité pour le logement (FSL) auprès du Département de l'Ardèche ou du CCAS de votre commune ;
- rencontrer notre conseillère, ⟦off:Mme Karima Benali⟧, sur rendez-vous au 04 75 33 80 00.

Nous vous prions d'agréer, Monsieur, nos salutations distinguées.

Informations utiles : nos bureaux, 120 rue des Gonnettes à Annonay, sont ouverts du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h. Vous pouvez aussi payer en ligne sur PayFiP ou chez un buraliste agréé, rue Boissy-d'Anglas ou avenue de l'Europe. Toute contestation de la facture doit être adressée au service abonnés dans un délai de deux mois ; elle ne suspend pas l'obligation de payer la partie non contestée. Les données vous concernant sont traitées pour la gestion de votre abonnement et le recouvrement des sommes dues ; vous pouvez exercer vos droits auprès du délégué à la protection des données du syndicat.

Pour le Président et par délégation, la directrice générale des services,
⟦off:Sophie Arnaud-Besson⟧

Historique des contacts (verso, usage interne) :
12/01/2026 — appel sortant vers le ⟦t:06 44 98 21 03⟧ : messagerie pleine.
20/01/2026 — courriel de l'abonné depuis ⟦e:kevin.sr07@laposte.net⟧ : « je suis en intérim à Lyon, je paierai fin du mois ». Adresse à Lyon non communiquée.
28/01/2026 — sa grand-mère, ⟦p:Ginette Soubeyrand⟧ (⟦ag:87 ans⟧), appelle depuis le fixe ⟦t:04.75.67.03.44⟧ pour dire que le courrier arrive chez elle.
02/02/2026 — le CCAS de Saint-Marcel-lès-Annonay (service public, pas de nom d'agent à reporter) indique qu'un dossier FSL pourrait être déposé si l'abonné prend rendez-vous. Message laissé à l'abonné sur la messagerie du ⟦t:06 44 98 21 03⟧. Sa compagne, ⟦p:Mlle Jessica Rival⟧, rappelle le 3 février depuis le ⟦t:07 53 62 71 80⟧ : ils vont payer la première facture à la fin du mois et demander un échéancier pour la seconde. Lui rappeler le délai du 3 mars avant transmission au comptable public, ⟦off:M. Patrice Gounon⟧.
06/02/2026 — rien reçu ; dossier à revoir à l'échéance, sans frais supplémentaires d'ici là.
"""

TXT["t08_demande_branchement_eau.txt"] = """
DEMANDE DE BRANCHEMENT NEUF AU RÉSEAU D'EAU POTABLE — DOSSIER ⟦id:BR-2026-0019⟧

1. DEMANDEUR (propriétaire du terrain)
Nom, prénoms : ⟦p:VAN DER VELDE Pieter Johannes⟧ et ⟦p:VAN DER VELDE-MARTIN Claire⟧
Adresse actuelle : ⟦a:Kerkstraat 118, 2000 Antwerpen, Belgique⟧
Téléphone : ⟦t:+32 475 61 28 90⟧ — ⟦t:+32 (0)3 218 44 10⟧
Courriel : ⟦e:pj.vandervelde@telenet.be⟧

2. TERRAIN À DESSERVIR
Commune : Saint-Romain-d'Ay
Adresse : ⟦a:lieu-dit Le Pra de l'Eyrieux, chemin des Bruyères⟧
Références cadastrales : ⟦cad:section ZC n° 45⟧ et ⟦cad:section ZC n° 46⟧ ; servitude de passage sur la ⟦cad:parcelle ZC 44⟧ appartenant à ⟦p:M. Roger Fourel⟧ (accord écrit joint).
Permis de construire : PC 007 264 25 00012 accordé le 3 novembre 2025.
Nature : maison individuelle, résidence secondaire jusqu'en 2028 puis principale.

3. INSTRUCTION (réservé au service)
Réseau le plus proche : conduite fonte Ø 100 sous la RD 578, à 64 m.
Le branchement traverse la propriété voisine : convention de servitude à signer devant notaire (⟦off:Maître Agnès Vallon⟧, notaire à Annonay).
Devis n° DV-2026-0044 : 4 812,00 € HT (dont terrassement 2 960,00 €).
Instructeur : ⟦off:Julien Mazet⟧, technicien réseaux — visite sur place le 12/02/2026 avec le mandataire des propriétaires, ⟦p:M. Thomas Chapelle⟧ (architecte, cabinet Chapelle & Associés, 04 75 69 20 20).

Observations : le compteur sera posé en limite de la ⟦cad:parcelle ZC 45⟧, dans un regard isotherme. Les propriétaires demandent que la facture soit adressée à leur fille, ⟦p:Mlle Anouk van der Velde⟧, étudiante, ⟦a:9 place Bellecour, 69002 Lyon⟧.
"""

TXT["t09_rapport_controle_spanc.txt"] = """
SERVICE PUBLIC D'ASSAINISSEMENT NON COLLECTIF (SPANC) DU HAUT-VIVARAIS
RAPPORT DE VISITE — CONTRÔLE PÉRIODIQUE DE BON FONCTIONNEMENT ET D'ENTRETIEN
Rapport n° ⟦id:SPANC-2026-0142⟧ — visite du 28 janvier 2026

A. IDENTIFICATION
Propriétaire : ⟦p:Indivision CHARRA⟧ — représentée par ⟦p:M. CHARRA Bernard Louis⟧, né le ⟦bd:11 août 1951⟧
Adresse du propriétaire : ⟦a:Le Moulinon, route de Saint-Alban-d'Ay, 07790 Saint-Alban-d'Ay⟧
Occupant : ⟦p:Mme Estelle Garnier-Roche⟧, locataire depuis mars 2023 — ⟦t:06 71 03 44 18⟧
Adresse de l'installation : ⟦a:Ferme de la Bâtie, quartier Les Sauzets⟧, 07790 Saint-Alban-d'Ay
Parcelles : ⟦cad:section A n° 612⟧ (habitation) et ⟦cad:A 613⟧ (champ d'épandage) ; rejet vers le fossé de la voie communale n° 4.
Personnes présentes lors de la visite : l'occupante ; ⟦p:M. Cédric Charra⟧ (fils du propriétaire) ; le technicien du SPANC, ⟦off:Julien Mazet⟧.

B. DESCRIPTION DE L'INSTALLATION
Habitation : maison ancienne rénovée, 4 chambres (5 pièces principales), occupée à l'année par 3 personnes.
Prétraitement : fosse toutes eaux béton de 3 m³ (date de pose inconnue, antérieure à 1996), accessible par deux tampons en fonte ; préfiltre intégré non visible.
Bac dégraisseur : non.
Ventilation : ventilation primaire par le toit ; extraction secondaire absente.
Traitement : tranchées d'épandage dans le sol naturel (trois drains d'environ 15 m, regard de répartition retrouvé, regard de bouclage non retrouvé).
Rejet : les eaux ménagères de la cuisine (évier) sont raccordées directement au fossé, sans prétraitement.

C. ENTRETIEN
Dernière vidange déclarée : 14/06/2019 (bordereau de l'entreprise Vidanges Ardéchoises, agrément préfectoral 2011-07-003).
Hauteur de boues mesurée : 58 % du volume utile → vidange nécessaire.

D. CONCLUSION
Installation non conforme — défaut d'entretien et rejet d'eaux ménagères non traitées au milieu naturel, présentant un danger pour la santé des personnes (proximité d'un puits privé utilisé pour l'arrosage, à 12 m, sur la ⟦cad:parcelle A 614⟧ du voisin ⟦p:M. Armand Deygas⟧).
Travaux obligatoires dans un délai de quatre ans, ou d'un an en cas de vente (article L. 1331-11-1 du code de la santé publique) : raccordement des eaux ménagères à la fosse, ventilation secondaire, vidange immédiate.

E. OBSERVATIONS DU PROPRIÉTAIRE ET DE L'OCCUPANT
Le fils du propriétaire indique que la famille envisage de vendre la ferme en 2027. Il demande que le rapport soit adressé également à son adresse électronique, ⟦e:cedric.charra@gmail.com⟧, et à sa sœur, ⟦p:Mme Valérie Charra épouse Bouvier⟧, ⟦a:23 rue des Vignes, 26600 Tain-l'Hermitage⟧.
L'occupante signale des remontées d'odeurs depuis l'automne dans la salle de bains du rez-de-chaussée.

F. REDEVANCE
Redevance de contrôle périodique : 120,00 € TTC, facturée au propriétaire (référence redevable ⟦id:SP-07-002714⟧).

Fait à Annonay, le 2 février 2026.
Le technicien du SPANC, ⟦off:Julien Mazet⟧
Le vice-président chargé de l'assainissement, ⟦off:Marc-Antoine Sibleyras⟧

Voies de recours : ce rapport peut être contesté devant le tribunal administratif de Lyon dans un délai de deux mois.
Annexe : croquis de l'installation (photo 1 : tampon de la fosse ; photo 2 : rejet au fossé).
Plan de situation : extrait cadastral, feuille 000 A 02.
"""

TXT["t10_badges_bacs_dechetterie.txt"] = """
REGISTRE DES CARTES D'ACCÈS AUX DÉCHETTERIES ET BADGES DE BACS — EXPORT DU 02/02/2026
Déchetteries de Davézieux (ZA Marenton), de Quintenas et de Satillieu — agent de saisie : ⟦off:Damien Courbis⟧

N° carte        ; Titulaire                       ; Adresse                                ; Immatriculation(s)       ; Badge bac OM
⟦id:DCH-07-01544⟧ ; ⟦p:ROCHE Dominique⟧               ; ⟦a:8 allée des Cerisiers, Davézieux⟧      ; ⟦pl:GA-318-KP⟧ / ⟦pl:4471 VX 07⟧ ; ⟦id:BAC 0045 7781⟧
⟦id:DCH-07-01545⟧ ; ⟦p:M. et Mme ESCOFFIER Paul et Lise⟧ ; ⟦a:Les Baraques, RD 121⟧          ; ⟦pl:FZ 772 RL⟧            ; ⟦id:BAC 0045 7782⟧
⟦id:DCH-07-01546⟧ ; ⟦p:BÉAL-DUMAS Joëlle⟧              ; ⟦a:Rés. du Parc, esc. B, 2e⟧            ; ⟦pl:EL241NF⟧              ; (bac collectif)
⟦id:DCH-07-01547⟧ ; ⟦p:KOWALSKI Stanisław⟧             ; ⟦a:1 ter, rue du 8-Mai-1945, Quintenas⟧ ; ⟦pl:318 BKL 07⟧ (remorque) ; ⟦id:BAC 0045 7790⟧
⟦id:DCH-07-01548⟧ ; GAEC DU GRAND CHAMP             ; ferme du Grand Champ                   ; véhicule professionnel  ; —
⟦id:DCH-07-01549⟧ ; ⟦p:THIOLLIÈRE Maxime⟧             ; ⟦a:chez ses parents, 16 ch. des Fontaines, Satillieu⟧ ; ⟦pl:HB-552-TT⟧ ; ⟦id:BAC 0045 7795⟧

Remarques :
- Carte ⟦id:DCH-07-01545⟧ : perte déclarée le 27/01 ; nouvelle carte éditée. La titulaire a demandé d'ajouter le véhicule de leur gendre, ⟦p:M. Florent Bancel⟧, immatriculé ⟦pl:GH 905 AS⟧, qui vient déposer les végétaux.
- Carte ⟦id:DCH-07-01547⟧ : plaque de la remorque ancienne (format départemental) ; à convertir au nouveau format à la prochaine carte grise.
- Plafond annuel : 18 passages pour les particuliers. GAEC du Grand Champ : accès professionnel payant, convention avec la chambre d'agriculture.
- Les véhicules de plus de 3,5 t sont refusés, sauf les bennes du prestataire Hydro-Services Rhodaniens SAS (SIRET 392 771 440 00048).
"""

TXT["t11_rdv_encombrants.txt"] = """
COLLECTE DES ENCOMBRANTS SUR RENDEZ-VOUS — planning de l'équipe 2 — jeudi 19 février 2026
Prestataire : Hydro-Services Rhodaniens SAS, agence d'Annonay — chef d'équipe : ⟦p:Nordine Belhadj⟧ (⟦t:06 58 30 12 77⟧)

8 h 00 — ⟦p:Mme VEYRE Colette⟧, ⟦a:4 rue Sadi-Carnot, 3e étage sans ascenseur⟧, Annonay — un canapé 3 places, un sommier. Prévenir 30 min avant : ⟦t:04 75 33 56 21⟧. Digicode ⟦id:4512B⟧.
8 h 45 — ⟦p:M. Farid HAMMOUDI⟧, ⟦a:Cité du Zodiaque, tour Capricorne, 9e, appt 93⟧ — réfrigérateur (DEEE, à séparer).
9 h 30 — ⟦p:M. Henri-Pierre du Peloux de Saint-Romain⟧, ⟦a:Château de Gourdan, allée des Marronniers⟧ — mobilier de jardin en fer, 4 m³ (au-delà de 2 m³ : facturation 35 €, réf. ⟦id:ENC-2026-0217⟧).
10 h 15 — ⟦p:m. et mme lacroix⟧, ⟦a:hameau de Boucieu-le-Roi, maison après le lavoir⟧ — 2 matelas. « sonnez fort, mon mari est sourd » (⟦t:06 31 22 48 19⟧).
11 h 00 — annulé : ⟦p:Mme Rosa da Silva Ferreira⟧ (demande reportée au 5 mars).
11 h 30 — association Emmaüs Annonay : dépôt au local, 12 avenue de l'Europe (pas de nom à relever).

Consignes : les objets doivent être sortis devant le domicile la veille au soir, sans gêner le passage sur les trottoirs de l'avenue Marc-Seguin et de la place de la Liberté. Un refus de collecte est signalé par un autocollant orange.
Rendez-vous pris par ⟦off:Karima Benali⟧, centre d'appels du SIEAD, 04 75 33 80 00.
"""

TXT["t12_courriels_reclamation_collecte.txt"] = """
De : Service Déchets SIEAD <dechets@siead-hautvivarais.fr>
Envoyé : mardi 10 février 2026 14:07
À : ⟦e:b.marcon-teyssier@free.fr⟧
Cc : ⟦off:Hervé Delorme⟧ <h.delorme@siead-hautvivarais.fr>
Objet : RE: RE: bac jaune pas ramassé — 3 semaines !!

Madame,

Nous avons interrogé notre prestataire : le camion n'a pas pu accéder à l'impasse le 20 janvier et le 3 février en raison du stationnement d'un véhicule en travers de la voie (plaque relevée par le chauffeur : ⟦pl:DW-441-MZ⟧). La police municipale de Roiffieux a été informée. Une collecte de rattrapage aura lieu jeudi matin.

Cordialement,
⟦off:Hervé Delorme⟧
Vice-président délégué à la prévention et à la collecte des déchets
SIEAD du Haut-Vivarais — 120 rue des Gonnettes — 07100 Annonay

-----Message d'origine-----
De : ⟦p:Brigitte Marcon-Teyssier⟧ <⟦e:b.marcon-teyssier@free.fr⟧>
Envoyé : lundi 9 février 2026 21:52
À : dechets@siead-hautvivarais.fr
Objet : RE: bac jaune pas ramassé — 3 semaines !!

Je vous relance. Nous sommes quatre foyers dans l'⟦a:impasse du Vieux Puits, à Roiffieux⟧ et personne n'est passé. Mon voisin du ⟦a:n° 6⟧, ⟦p:M. Dumoulin⟧, gare sa camionnette n'importe comment, tout le monde le sait.
Mes coordonnées si vous voulez m'appeler : ⟦t:06 22 45 71 30⟧. Badge de mon bac : ⟦id:0045-8830⟧.

bm-t

-----Message d'origine-----
De : ⟦p:Brigitte Marcon-Teyssier⟧
Envoyé : lundi 26 janvier 2026 07:31
Objet : bac jaune pas ramassé

bonjour, le bac jaune du ⟦a:2 impasse du Vieux Puits⟧ n'a pas été vidé mardi dernier. merci de faire le nécessaire.
--
brigitte marcon-teyssier
⟦a:2, imp. du Vieux-Puits — 07100 Roiffieux⟧
"""

TXT["t13_arrete_terrasse_cafe.txt"] = """
VILLE DE TOURNON-SUR-RHÔNE
Direction de l'économie et de l'occupation du domaine public
Hôtel de ville — place Auguste-Faure — 07300 Tournon-sur-Rhône — 04 75 07 83 83

ARRÊTÉ MUNICIPAL N° 2026-ODP-037
portant autorisation d'occupation temporaire du domaine public — terrasse commerciale

Le Maire de la Ville de Tournon-sur-Rhône,

Vu le code général des collectivités territoriales, et notamment ses articles L. 2212-1, L. 2212-2 et L. 2213-6 ;
Vu le code général de la propriété des personnes publiques, et notamment ses articles L. 2122-1 et suivants ;
Vu la délibération du conseil municipal n° 2025-118 du 15 décembre 2025 fixant les tarifs des droits de voirie pour l'année 2026 ;
Vu le règlement municipal des terrasses et étalages du 1er avril 2022 ;
Vu la demande présentée le 12 janvier 2026 par ⟦p:M. Lucas FERRAND-MOULIN⟧, exploitant en nom propre du café-brasserie « Le Quai 17 » (entreprise individuelle, SIRET ⟦siret:814 773 206 00028⟧), domicilié ⟦a:17 bis quai Farconnet, 2e étage⟧, 07300 Tournon-sur-Rhône ;
Vu l'avis favorable de la commission des terrasses du 2 février 2026 ;

ARRÊTE

Article 1 — ⟦p:M. Lucas Ferrand-Moulin⟧ est autorisé à installer une terrasse ouverte au droit de son établissement situé 17 quai Farconnet, sur une surface de 24 m² (8 m x 3 m), du 1er mars au 31 octobre 2026, de 8 h à 23 h 30.

Article 2 — La terrasse devra laisser libre un passage piéton d'une largeur minimale de 1,40 m le long de la façade. Aucun élément ne pourra être fixé au sol. Les écrans de protection latéraux ne dépasseront pas 1,50 m de hauteur.

Article 3 — L'autorisation est accordée à titre précaire et révocable. Elle est personnelle et ne peut être ni cédée, ni sous-louée. Elle ne confère aucun droit au maintien sur le domaine public en cas de cession du fonds.

Article 4 — La redevance d'occupation, fixée à 28 € le m² pour la saison, soit 672 €, sera recouvrée par le comptable public. Le titre de recettes sera adressé au titulaire sous la référence redevable ⟦id:ODP-TRN-000412⟧.

Article 5 — Le titulaire devra présenter le présent arrêté à toute réquisition des agents de la police municipale.

Article 6 — Le directeur général des services, le chef de la police municipale, ⟦off:le brigadier-chef principal Yannick Roux⟧, et le comptable public sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté.

Fait à Tournon-sur-Rhône, le 9 février 2026.
Pour le Maire et par délégation, l'adjointe au commerce et à l'espace public,
⟦off:Mireille Chazot⟧

Notification : remis en main propre à ⟦p:M. Ferrand-Moulin⟧ le 11/02/2026 (signature ⟦p:L. F.-M.⟧).
Contact du titulaire : ⟦t:06 09 71 44 38⟧ — ⟦e:lequai17.lucas@gmail.com⟧ — page publique ⟦o:instagram.com/lucas.ferrandmoulin⟧.

Note du service : le SIRET ⟦siret:81477320600028⟧ a été vérifié sur l'avis de situation INSEE (établissement secondaire, le siège étant au domicile). Le local appartient à la SCI Farconnet Patrimoine (bailleur), gérée par l'agence Rhône Immobilier, 4 rue Thiers.

Voies et délais de recours : le présent arrêté peut faire l'objet d'un recours gracieux auprès du Maire ou d'un recours contentieux devant le tribunal administratif de Lyon, 184 rue Duguesclin, dans un délai de deux mois à compter de sa notification. Le tribunal peut être saisi par l'application Télérecours citoyens (www.telerecours.fr).
"""

TXT["t14_arrete_echafaudage.txt"] = """
VILLE DE TOURNON-SUR-RHÔNE — ARRÊTÉ TEMPORAIRE N° 2026-VOI-052
Permission de voirie — pose d'un échafaudage

Demandeur : entreprise Façades du Rhône SARL, 7 ZA de Champagne, 07300 Tournon-sur-Rhône (SIRET 532 891 058 00010), représentée par son conducteur de travaux, ⟦p:M. Anthony Reynaud⟧ (⟦t:06 85 40 17 92⟧).
Pour le compte de : ⟦p:Mme Claudine VERNAY épouse TARDY⟧, propriétaire de l'immeuble situé ⟦a:6 Grande Rue⟧.

Article 1 : l'entreprise est autorisée à installer un échafaudage de pied de 11 m de long sur 1,20 m de large au droit du ⟦a:6 Grande Rue⟧, du 2 au 27 mars 2026.
Article 2 : un passage protégé pour les piétons sera maintenu sous l'échafaudage ; le stationnement est interdit au droit des n° 4 à 8, sauf pour le véhicule de l'entreprise immatriculé FX-220-BN.
Article 3 : la redevance (11 m² x 4 semaines x 1,60 €) sera facturée à l'entreprise.
Article 4 : les riverains ont été informés par courrier ; ⟦p:M. et Mme Boissy⟧, locataires du rez-de-chaussée (⟦a:6 Grande Rue, rdc droite⟧), conserveront l'accès à leur garage.

Le maire, ⟦off:Anne-Claire Vernet⟧

Note : le véhicule FX-220-BN appartient à l'entreprise (flotte professionnelle) ; la voiture de la propriétaire, ⟦pl:BQ-907-EE⟧, pourra stationner place Jean-Jaurès avec le macaron provisoire n° ⟦id:MP-2026-0088⟧.
"""

TXT["t15_demenagement_camion.txt"] = """
Demande d'autorisation de stationnement pour déménagement — formulaire en ligne reçu le 14/02/2026 à 23:11

Nom : ⟦p:LEBLANC⟧
Prénom : ⟦p:Océane⟧
Adresse de départ : ⟦a:22 rue du Doux, 1er étage, porte gauche⟧, 07300 Tournon-sur-Rhône
Adresse d'arrivée : ⟦a:Le Clos des Vignes, lot 14, chemin de Pierre-Aiguille⟧, 26600 Tain-l'Hermitage
Date : samedi 7 mars 2026, de 7 h à 14 h
Véhicule : camion de location 20 m³ (Loc'Utilitaires Valence), immatriculation ⟦pl:GT-614-XR⟧ ; véhicule personnel ⟦pl:AB-123-CD⟧ (sera déplacé)
Emplacements demandés : 2 places devant le 22 rue du Doux
Téléphone : ⟦t:0675128840⟧
Courriel : ⟦e:oceane.leblanc.1996@hotmail.fr⟧
Personne présente le jour J : son compagnon, ⟦p:Yanis Belaïd⟧, ⟦t:+33 7 58 20 61 13⟧

Réponse du service (⟦off:T. Blachon⟧, adjoint délégué, par délégation) : accordé — 2 places neutralisées par la police municipale la veille à 18 h (panneaux à retirer au poste, 3 place Jean-Jaurès). Redevance : 15 € (forfait), titre n° ⟦id:ODP-TRN-000455⟧.
"""

TXT["t16_marche_abonnes_siret.txt"] = """
MARCHÉ HEBDOMADAIRE DU SAMEDI — TOURNON-SUR-RHÔNE — LISTE DES ABONNÉS 2026 (commerçants non sédentaires)
Placier municipal : ⟦off:Régis Mounier⟧ — régie des droits de place, hôtel de ville

Empl. | Titulaire                          | Activité             | SIRET / RCS / RM           | Véhicule      | ml
A01   | ⟦p:BRUNEL Thierry⟧                     | primeur              | ⟦siret:412 637 183 00010⟧         | ⟦pl:DK-504-QF⟧     | 8
A02   | ⟦p:Mme NGUYEN Thi Lan⟧                 | traiteur asiatique   | ⟦siret:90214366800017⟧            | ⟦pl:FR 118 WY⟧     | 6
A03   | Fromagerie des Boutières SAS       | fromager             | 447 112 093 RCS Aubenas    | —             | 10
A04   | ⟦p:CHAZALET Jean-Marc dit « Jeannot »⟧ | volailler            | ⟦siret:379 255 185 00017⟧         | ⟦pl:7720 TZ 07⟧    | 6
A05   | ⟦p:DOS SANTOS Manuel⟧                  | maraîcher (producteur)| MSA, n° exploitant ⟦id:07-441-2208⟧ | ⟦pl:EE 480 KX⟧ | 4
B01   | ⟦p:LAURENT-DURIEUX Capucine⟧           | bijoux fantaisie     | SIREN ⟦siret:822 601 431⟧        | —             | 3
B02   | ⟦p:EL AMRANI Rachid⟧                   | textile              | ⟦siret:513 987 024 00017⟧         | ⟦pl:CV-007-PZ⟧     | 8
B03   | Boulangerie Fournil du Doux SARL   | pain                 | 794 012 385 00017          | —             | 4

Notes :
- A04 : ⟦p:M. Chazalet⟧ est remplacé les samedis de mars par sa conjointe collaboratrice, ⟦p:Mme Josiane Chazalet⟧ (carte de commerçant ambulant n° ⟦id:CCA-07-2019-00312⟧).
- B01 : auto-entrepreneuse, adresse de domiciliation ⟦a:chez Mme Odette Laurent, 3 montée de la Tour⟧, 07300 Mauves ; ⟦t:06 48 02 93 11⟧.
- B03 : la boulangerie a déjà un abonnement annuel (délibération tarifaire), pas de ticket journalier.
- Les droits de place sont encaissés par le placier contre quittance ; les abonnés mensuels paient par titre de recettes (SGC de Tournon).
"""

TXT["t17_taxe_sejour_declarations.txt"] = """
VILLE DE TOURNON-SUR-RHÔNE — SERVICE DES TAXES LOCALES
TAXE DE SÉJOUR AU RÉEL — ÉTAT DES DÉCLARATIONS DU 4e TRIMESTRE 2025 (meublés de tourisme et chambres d'hôtes)
Édition du 20 janvier 2026 — agent instructeur : ⟦off:Nathalie Bruyère⟧, régisseuse de la taxe de séjour

Rappel : tarif 2025 pour les meublés non classés : 5 % du coût HT de la nuitée par personne, plafonné à 2,30 €, plus la taxe additionnelle départementale de 10 %. Sont exonérés les personnes mineures, les titulaires d'un contrat de travail saisonnier employés dans la commune et les personnes bénéficiant d'un hébergement d'urgence.

1) Meublé « Le Balcon du Rhône »
   N° d'enregistrement : ⟦id:07324000125TF⟧
   Loueur : ⟦p:M. GRANGEON Éric⟧, ⟦a:28 quai Charles-de-Gaulle, 4e étage⟧, 07300 Tournon-sur-Rhône (résidence principale du loueur : ⟦a:Mas de Pierrefeu, 07270 Lamastre⟧)
   Contact : ⟦t:06 12 77 40 53⟧ — ⟦e:balcondurhone@outlook.fr⟧
   Nuitées : octobre 41, novembre 12, décembre 30 — taxe collectée : 157,30 €
   Paiement : virement reçu le 15/01/2026 depuis ⟦iban:FR76 1680 7001 2037 1254 7801 241⟧

2) Chambre d'hôtes « Les Terrasses de l'Hermitage »
   N° d'enregistrement : ⟦id:07324000388BX⟧
   Loueurs : ⟦p:M. et Mme AUBERT-SAUZET Pierre et Mireille⟧, ⟦a:Chemin des Pierrelles, quartier Saint-Jean⟧
   Nuitées : octobre 63, novembre 8, décembre 0 (fermeture annuelle)
   Observation : les loueurs déclarent 6 nuitées exonérées (deux saisonniers des vendanges, ⟦p:Lukas Brandt⟧ et ⟦p:Zofia Nowak⟧, contrats de travail joints).
   Paiement : chèque n° 0004217 sur la Banque Populaire.

3) Appartement via plateforme de location
   N° d'enregistrement : ⟦id:07324 000 417 KM⟧
   Loueur : ⟦p:Mlle PEYRARD Inès⟧, ⟦a:5 rue Gabriel-Faure, appt 21⟧ — étudiante à Grenoble, domicile des parents : ⟦a:chez M. et Mme Peyrard, 140 impasse des Genêts, 07300 Saint-Jean-de-Muzols⟧
   La plateforme collecte et reverse la taxe : pas de paiement direct. Écart constaté entre la déclaration de la plateforme (48 nuitées) et le registre du loueur (52 nuitées) — courrier du 20/01/2026.

4) Gîte « Vieux Moulin du Doux »
   N° d'enregistrement : ⟦id:07324000502AA⟧
   Loueur : SARL Vallée du Doux Loisirs (gérant ⟦p:M. Sébastien Clot⟧) — société : seul le gérant est nommé.
   Nuitées : 112 — taxe : 241,90 € — paiement par prélèvement.

5) Meublé non déclaré repéré sur une plateforme (annonce « Studio cosy centre historique »)
   Adresse présumée : ⟦a:11 rue Thiers, 2e étage, porte palière bleue⟧
   Propriétaire selon le fichier foncier : ⟦p:M. VALLON-DUPRAT Hugues⟧, né le ⟦bd:7 juillet 1964⟧, demeurant ⟦a:Villa Les Cèdres, 3 avenue de Provence, 13100 Aix-en-Provence⟧ ; compte propriétaire ⟦id:+V04215⟧ ; local ⟦id:0730241234 K⟧.
   Suite : mise en demeure de déclarer (article L. 324-1-1 du code du tourisme), amende civile possible.

Total collecté au 4e trimestre 2025 : 3 418,60 € (dont taxe additionnelle départementale 310,78 €), reversé au comptable public le 25/01/2026.
Visa : ⟦off:Thierry Blachon⟧, adjoint aux finances.

Rappel aux hébergeurs : la déclaration se fait chaque mois sur la plateforme de télédéclaration de la ville ; le registre du loueur doit mentionner, pour chaque séjour, la date d'arrivée, le nombre de nuitées, le nombre de personnes et le motif d'exonération. Les registres sont tenus à la disposition de la régisseuse et des agents assermentés. Le produit de la taxe finance l'office de tourisme Ardèche Hermitage, 2 place Saint-Julien.
"""

TXT["t18_registre_stationnement_residents.txt"] = """
VILLE DE TOURNON-SUR-RHÔNE — REGISTRE DES CARTES DE STATIONNEMENT RÉSIDENT — ZONE VERTE (centre historique)
Mise à jour du 1er février 2026 — service de la police municipale (gestion : ⟦off:gardien-brigadier Samir Haddad⟧)

N° carte      | Nom                       | Adresse                              | Immatriculation | Validité
⟦id:RES-2026-0401⟧ | ⟦p:FAURE Lucienne⟧            | ⟦a:2 pl. St-Julien⟧                     | ⟦pl:AA-001-AA⟧  | 31/12/2026
⟦id:RES-2026-0402⟧ | ⟦p:MOUNIER-BLANC Raphaël⟧     | ⟦a:14 r. des Luthiers, esc. A⟧          | ⟦pl:FA 306 HN⟧  | 31/12/2026
⟦id:RES-2026-0403⟧ | ⟦p:de SAINT-PRIEST Amaury⟧    | ⟦a:Hôtel de Saint-Priest, 1 rue Thiers⟧ | ⟦pl:1234 AB 07⟧  | 31/12/2026
⟦id:RES-2026-0404⟧ | ⟦p:GÜNEŞ Aylin⟧               | ⟦a:9 bd Ch.-de-Gaulle, 5e⟧              | ⟦pl:GD841PT⟧    | 30/06/2026
⟦id:RES-2026-0405⟧ | ⟦p:O'NEILL Siobhan⟧           | ⟦a:3 quai Farconnet, apt 6⟧             | ⟦pl:191-D-12345⟧ (Irlande) | 30/06/2026
⟦id:RES-2026-0406⟧ | ⟦p:TEISSIER J.-P.⟧            | ⟦a:7 ter rue du Doux⟧                   | ⟦pl:BX-44-ZZ⟧ ? à vérifier | 31/12/2026
⟦id:RES-2026-0407⟧ | Cabinet infirmier du Doux | 10 rue du Doux                       | véhicule pro    | 31/12/2026

Contrôles : le 28/01, la carte ⟦id:RES-2026-0404⟧ a été vue sur le véhicule ⟦pl:EZ-019-LM⟧ (non inscrit) — avertissement au titulaire. Le 30/01, le véhicule ⟦pl:9876 XY 26⟧ stationné depuis 10 jours place Saint-Julien, propriétaire ⟦p:M. Patrice Arnaud⟧ (⟦a:La Combe, 26240 Saint-Vallier⟧), a été signalé pour mise en fourrière par ⟦off:le brigadier-chef principal Roux⟧.
Pour la carte 0406 : le titulaire, ⟦p:Jean-Paul Teissier⟧, joint au ⟦t:04 75 08 12 60⟧, a une plaque mal lue ; la bonne est ⟦pl:BX-414-ZZ⟧.
"""

TXT["t19_fil_courriels_fuite_compteur.txt"] = """
Fil de discussion exporté depuis la boîte générique abonnes@siead-hautvivarais.fr le 18/02/2026

========================================================================================
Message 1
De : ⟦p:Agathe Roux-Delhomme⟧ <⟦e:agathe.rouxdelhomme@gmail.com⟧>
Date : 2 févr. 2026, 08:14
À : abonnes@siead-hautvivarais.fr
Objet : Facture délirante — logement de ma mère

Bonjour,

Je vous écris au sujet de la facture de ma mère, ⟦p:Mme Yvonne Delhomme⟧ (réf. client ⟦id:700 009 3318⟧), qui vit seule ⟦a:au 5 chemin des Aubépines, quartier de la Gare, à Saint-Cyr⟧. Elle a reçu une facture de 1 240 € pour 310 m³, alors qu'elle consomme d'habitude 30 m³ par semestre. Elle a ⟦ag:91 ans⟧ et ne descend plus à la cave.

Le plombier est venu hier : un robinet de purge était ouvert dans le sous-sol depuis les travaux de la chaudière (entreprise Thermi-Services). Ce n'est pas une fuite de canalisation, je sais que la loi Warsmann ne s'applique peut-être pas, mais pouvez-vous faire un geste ?

Je joins le relevé : compteur ⟦id:I09BA
  004127⟧, index 5 114.

Agathe Roux-Delhomme
⟦t:06 33 27 90 14⟧
Pour info, je suis sa tutrice (jugement du tribunal de proximité d'Annonay du ⟦bd:12 mars 2024⟧).

========================================================================================
Message 2
De : ⟦off:Karima Benali⟧ <k.benali@siead-hautvivarais.fr>
Date : 3 févr. 2026, 10:02
À : ⟦e:agathe.rouxdelhomme@gmail.com⟧
Objet : RE: Facture délirante — logement de ma mère

Madame,

Je vous remercie pour votre message. En effet, le dispositif d'écrêtement prévu par l'article L. 2224-12-4 du CGCT ne vise que les fuites sur canalisations après compteur, à l'exclusion des fuites dues à des appareils ménagers, des équipements sanitaires ou de chauffage. Un robinet de purge resté ouvert n'entre pas dans ce cadre.

Votre demande de remise gracieuse sera toutefois présentée à la commission des réclamations du 24 février, présidée par ⟦off:Mme Nadine Faure⟧, vice-présidente chargée de l'eau. Merci de nous transmettre le jugement de tutelle et, si possible, une attestation de l'entreprise de chauffage.

Bien cordialement,

Karima Benali
Conseillère clientèle — SIEAD du Haut-Vivarais
04 75 33 80 00 — du lundi au vendredi

========================================================================================
Message 3
De : ⟦p:Agathe Roux-Delhomme⟧ <⟦e:agathe.rouxdelhomme@gmail.com⟧>
Date : 3 févr. 2026, 19:40
À : ⟦off:Karima Benali⟧ <k.benali@siead-hautvivarais.fr>
Cc : ⟦e:ludovic.roux.avocat@outlook.com⟧
Objet : RE: RE: Facture délirante — logement de ma mère

Merci. Ci-joint le jugement (fichier ⟦p:Delhomme_Yvonne⟧_tutelle.pdf) et la facture Thermi-Services. Mon frère ⟦p:Ludovic⟧ est en copie : il s'occupe des papiers quand je suis à l'étranger. Je pars à Montréal le 10 ; pendant mon absence, joignez-moi au ⟦t:+1 (514) 555-0142⟧ ou sur WhatsApp.

Pour les prélèvements : ma mère a changé de banque, nouveau RIB ci-dessous.
Titulaire : ⟦p:DELHOMME Yvonne Marcelle⟧
IBAN ⟦iban:FR76 3000 3018 8000 0506 2738 242⟧ — BIC SOGEFRPP

--
A. R.-D.

========================================================================================
Message 4
De : ⟦p:Ludovic Roux⟧ <⟦e:ludovic.roux.avocat@outlook.com⟧>
Date : 4 févr. 2026, 07:05
Objet : RE: RE: RE: Facture délirante

Bonjour, je confirme les informations de ma sœur. Adresse pour le courrier pendant son absence : ⟦a:Ludovic Roux, 33 cours Lafayette, 69003 Lyon⟧. Portable ⟦t:07 61 88 02 47⟧.
lr

========================================================================================
Message 5
De : ⟦off:Nadine Faure⟧ <n.faure@siead-hautvivarais.fr>
Date : 25 févr. 2026, 17:31
À : ⟦e:agathe.rouxdelhomme@gmail.com⟧
Cc : ⟦off:Karima Benali⟧, direction@siead-hautvivarais.fr
Objet : Décision de la commission des réclamations

Madame,

La commission des réclamations, réunie le 24 février 2026, a examiné votre demande. Compte tenu de l'âge de votre mère, de sa situation de protection juridique et du caractère accidentel de la consommation, elle propose une remise gracieuse de 50 % de la part « consommation » de la facture, soit 589,20 €, sous réserve de la délibération du bureau syndical du 10 mars. Le solde pourra être réglé en dix mensualités auprès du comptable public.

Nadine Faure
Vice-présidente chargée de l'eau potable
SIEAD du Haut-Vivarais
"""

TXT["t20_export_sms_releves.txt"] = """
EXPORT SMS — plateforme d'envoi SIEAD (campagne « auto-relevé hiver 2026 ») — réponses reçues — 16/02/2026

[2026-02-09 08:02:11] De ⟦t:+33612457809⟧ : Bonjour index 01584 compteur ⟦id:I18BA 332 071⟧. ⟦p:Morel⟧ ⟦a:14 rte de Burdignes⟧
[2026-02-09 08:15:47] De ⟦t:+33 7 49 12 80 33⟧ : 2213 m3. c'est pour ma mère ⟦p:Mme Garnier Lucie⟧ ref ⟦id:7002174409⟧
[2026-02-09 09:30:02] De ⟦t:0033678901244⟧ : STOP
[2026-02-09 12:44:19] De ⟦t:06 95 31 04 72⟧ : On a une fuite dans le regard, l'eau coule sur la route devant chez nous ⟦a:lot. Les Hirondelles n°9, Vanosc⟧, pouvez vous venir ?? ⟦p:Sandrine P.⟧
[2026-02-09 12:51:03] Vers ⟦t:06 95 31 04 72⟧ : Bonjour, merci pour votre signalement. Un agent d'astreinte vous rappelle. Urgences 24h/24 : 04 75 33 80 99. SIEAD du Haut-Vivarais
[2026-02-09 18:20:56] De ⟦t:+32 486 22 91 07⟧ : Hello, maison vide tout l'hiver (résidence secondaire ⟦a:La Chaumette, Saint-Symphorien-de-Mahun⟧). Index 00317. ⟦p:Wim Peeters⟧
[2026-02-10 07:01:38] De ⟦t:07.66.40.18.25⟧ : index 3342 - ⟦p:jp chaize⟧ - ⟦id:compteur D11SE0477210⟧
[2026-02-10 21:13:09] De ⟦t:+33612457809⟧ : Pardon erreur c'est 01548 pas 01584. ⟦p:René Morel⟧
[2026-02-11 10:22:40] De ⟦t:+41 76 318 20 55⟧ : Guten Tag, ⟦p:Familie Hänggi⟧, Ferienhaus ⟦a:Le Crouzet, Lalouvesc⟧, Zählerstand 00098. Danke!
[2026-02-12 16:05:12] De ⟦t:06 18 42 97 06⟧ : Slt c ⟦p:Dylan⟧ du ⟦a:3 bis rue des Tanneurs⟧ la photo du compteur marche pas, index 0452. mon mail ⟦e:dylan.faure07@gmail.com⟧
[2026-02-13 08:48:31] Vers ⟦t:06 18 42 97 06⟧ : Merci, votre index est enregistré. Le service abonnés.

Statistiques : 1 842 SMS envoyés, 611 réponses exploitables, 23 STOP.
"""

TXT["t21_tickets_centre_appels.txt"] = """
CENTRE DE RELATION ABONNÉS — JOURNAL DES TICKETS — 16/02/2026 (poste 3, conseillère ⟦off:Karima Benali⟧)

#TK-26-04418 | 08:34 | appel entrant ⟦t:04 75 34 02 18⟧ | Motif : demande de relevé contradictoire
Appelant : ⟦p:M. Roger BARD⟧, abonné ⟦id:700 044 1182⟧, ⟦a:Montée de la Chapelle, lieu-dit Chantemerle, 07100 Annonay⟧. Conteste l'index estimé de décembre. Compteur ⟦id:I12BA 180 774⟧ dans le jardin sous les thuyas. RDV releveur le 18/02 entre 8 h et 12 h. Âge déclaré : ⟦ag:soixante-dix-huit ans⟧, mobilité réduite.

#TK-26-04419 | 08:51 | appel entrant masqué | Motif : signalement de dépôt sauvage
Appelant anonyme : sacs d'ordures au pied des colonnes de tri de la place des Cordeliers. Transmis à la police municipale d'Annonay (pas de nom, pas de plaque).

#TK-26-04420 | 09:07 | appel entrant ⟦t:+33 6 03 11 57 92⟧ | Motif : changement de coordonnées bancaires
Appelante : ⟦p:Mme Nathalie CROZE-ALLIBERT⟧ (réf. ⟦id:700 661 0230⟧). Nouveau compte : IBAN ⟦iban:FR7613906000368502147700371⟧ ; ancien RUM ⟦id:SIEAD-2021-000114-M⟧ clôturé, nouveau mandat à signer envoyé à ⟦e:n.crozeallibert@sfr.fr⟧.

#TK-26-04421 | 09:40 | appel entrant ⟦t:01 45 22 81 09⟧ | Motif : vente d'une maison
Appelant : étude de ⟦off:Maître Bruno Sauvignet⟧, notaire à Paris 8e (clerc : ⟦p:Mme Héloïse Tran⟧). Demande le rapport SPANC de la maison de ⟦p:M. et Mme CHOMETTE⟧, ⟦a:Les Rivoires, 07690 Vanosc⟧, ⟦cad:section C n° 902⟧. Rapport ⟦id:SPANC-2024-0381⟧ envoyé par courriel à l'étude.

#TK-26-04422 | 10:12 | appel entrant ⟦t:06-20-44-87-13⟧ | Motif : bac d'ordures ménagères volé
Appelant : ⟦p:M. Abdelkader ZITOUNI⟧, ⟦a:Cité Les Perrières, bât. 4, rez-de-chaussée, appt 2⟧, Annonay. Badge ⟦id:0045-1128⟧ désactivé ; nouveau bac livré sous 10 jours.

#TK-26-04423 | 10:30 | appel entrant ⟦t:04 75 33 80 12⟧ (poste interne, service technique) | Motif : interne
Demande du service technique : liste des compteurs gelés du secteur Burdignes. Voir tableau technique.

#TK-26-04424 | 11:05 | appel entrant ⟦t:+44 7700 900 418⟧ | Motif : ouverture d'abonnement
Appelante : ⟦p:Ms Harriet Whitcombe-Lowe⟧, nouvelle propriétaire de ⟦a:La Maison Rose, 12 rue Haute, 07290 Quintenas⟧ (achat le 30/01/2026 ; vendeur ⟦p:M. Joël Sauzet⟧). Index de reprise : 08 221. Adresse de facturation au Royaume-Uni : ⟦a:Flat 2, 14 Kingsdown Parade, Bristol BS6 5UD⟧. Courriel ⟦e:harriet.wl@btinternet.com⟧. Nouveau contrat ⟦id:C-EAU-2026-000288⟧.

#TK-26-04425 | 11:41 | appel entrant ⟦t:07 60 29 33 14⟧ | Motif : réclamation collecte
Appelant : ⟦p:M. Quentin Lhermet⟧, ⟦a:route de Serrières, 3e maison après le pont⟧, Peaugres. Bac jaune non collecté mardi. Prestataire informé (Hydro-Services Rhodaniens, chef d'équipe ⟦p:Nordine Belhadj⟧).

#TK-26-04426 | 13:45 | courriel ⟦e:lily-rose.marcon@protonmail.com⟧ | Motif : composteur
Demande d'un composteur individuel par ⟦p:Lily-Rose Marcon⟧, ⟦a:6 allée du Clos Fleuri⟧, 07430 Davézieux. Inscrite sur la liste d'attente (rang 48).

#TK-26-04427 | 14:20 | appel entrant ⟦t:04 75 67 15 09⟧ | Motif : attestation de domicile
Appelant : ⟦p:M. Tiago Ferreira Gomes⟧ demande une attestation d'abonnement pour sa demande de titre de séjour, adresse ⟦a:Chez M. Luís Ferreira, 19 rue de Deûme, 07100 Annonay⟧. Refus : l'abonnement est au nom de son oncle ; orientation vers une attestation d'hébergement.

#TK-26-04428 | 15:02 | appel entrant ⟦t:06 99 58 70 41⟧ | Motif : demande d'intervention
Appelant : ⟦p:Pascal Dumoulin⟧ : plus d'eau depuis ce matin ⟦a:impasse du Vieux Puits, maison n° 6, Roiffieux⟧. Compteur gelé. Intervention d'astreinte programmée (agent : ⟦off:Laurent Teyssier⟧).

#TK-26-04429 | 16:37 | appel entrant ⟦t:+33475331200⟧ | Motif : comptable public
SGC d'Annonay : vérification du solde du titre ⟦id:T-2025-009933⟧ avant plan de règlement (débitrice : ⟦p:Mlle Chomel⟧).

Fin du journal — 12 tickets, durée moyenne 6 min 40.
"""

TXT["t22_demande_fsl_eau.txt"] = """
FONDS DE SOLIDARITÉ POUR LE LOGEMENT DE L'ARDÈCHE — VOLET EAU
DEMANDE D'AIDE AU PAIEMENT DES FACTURES D'EAU — instruite par le CCAS d'Annonay

Demandeur
Nom de naissance : ⟦p:MARTINEZ⟧        Nom d'usage : ⟦p:BOUCHET⟧
Prénom(s) : ⟦p:Sandrine Paola⟧
Né(e) le : ⟦bd:17 mai 1984⟧ à ⟦bp:Firminy (Loire)⟧
N° de sécurité sociale : ⟦nir:2 84 05 42 095 113 12⟧
N° allocataire CAF : ⟦id:0487512⟧
Adresse : ⟦a:Quartier du Zodiaque, tour Verseau, 7e étage, appt 71, 07100 Annonay⟧
Téléphone : ⟦t:07 71 04 93 82⟧

Composition du foyer :
- ⟦p:Kylian Bouchet⟧, fils, né le ⟦bd:2 octobre 2010⟧
- ⟦p:Inaya Bouchet⟧, fille, âgée de ⟦ag:6 ans⟧
Ex-conjoint (pension alimentaire non versée) : ⟦p:M. Jérôme Bouchet⟧, domicile inconnu.

Fournisseur : SIEAD du Haut-Vivarais — réf. abonné ⟦id:700 388 1047⟧ — dette : 418,30 €.
Ressources mensuelles : 1 312 € (salaire à temps partiel + prestations familiales).

Avis de la travailleuse sociale, ⟦off:Mme Céline Ribes⟧, conseillère en économie sociale et familiale du CCAS : avis favorable pour une aide de 300 € versée directement au fournisseur ; le solde fera l'objet d'un échéancier.
Décision de la commission du 11 février 2026 : accord, 300 €.
Versement au fournisseur sur le compte du Trésor public du syndicat (FR77 3000 1006 84C0 7400 0000 005).
"""

TXT["t23_changement_titulaire.txt"] = """
SIEAD DU HAUT-VIVARAIS — FICHE DE MUTATION D'ABONNEMENT (relevé contradictoire)

Date du relevé : 31 janvier 2026 à 10 h 20 — compteur n° ⟦id:I14BA-061-339⟧ — index : 04 582 m³

ANCIEN TITULAIRE (sortant)
⟦p:HUGON Maryse⟧, réf. ⟦id:700 270 8812⟧
Nouvelle adresse pour la facture de clôture : ⟦a:EHPAD Les Myrtilles, chambre 114, 07290 Satillieu⟧ (établissement), à l'attention de sa nièce ⟦p:Mme Corinne Hugon-Fraisse⟧, ⟦t:06 77 12 30 58⟧.

NOUVEAU TITULAIRE (entrant)
⟦p:TAVERNIER Baptiste et RIVOIRE Manon⟧ (couple non marié, cotitulaires)
Logement : ⟦a:2 ch. du Pilat, Le Bourg⟧, 07290 Saint-Romain-d'Ay — locataires (bail du 01/02/2026, bailleur ⟦p:M. Hugon Jacques⟧, ⟦a:56 rue de la République, 42220 Bourg-Argental⟧)
Téléphones : ⟦t:06 13 57 91 24⟧ (B.T.) / ⟦t:+33 6 45 09 77 81⟧ (M.R.)
Courriel commun : ⟦e:manon.baptiste.stromain@gmail.com⟧
Date de naissance (pour l'espace en ligne) : ⟦bd:29/02/1996⟧
Paiement : mensualisation, RIB remis sur place — banque ⟦rib:10278⟧, guichet ⟦rib:08900⟧, n° de compte ⟦rib:00020471501⟧, clé RIB ⟦rib:17⟧, domiciliation CCM Annonay.

Signatures : le sortant (par sa nièce) ⟦p:C. Hugon-Fraisse⟧ — les entrants ⟦p:B. Tavernier⟧, ⟦p:m. rivoire⟧ — l'agent ⟦off:L. Teyssier⟧
"""

TXT["t24_resiliation_deces.txt"] = """
Objet : résiliation de l'abonnement au nom de mon père décédé — et question sur la succession
De : ⟦p:Thibault Mounier⟧ <⟦e:thibault.mounier@icloud.com⟧>
À : abonnes@siead-hautvivarais.fr
Date : 12 janvier 2026

Madame, Monsieur,

Mon père, ⟦p:André Marcel MOUNIER⟧, abonné sous la référence ⟦id:700 015 7726⟧ pour la maison familiale ⟦a:« Les Genêts », 480 route du col du Marchand, 07690 Villevocance⟧, est décédé le ⟦bd:vingt-huit décembre deux mille vingt-cinq⟧ à l'hôpital d'Annonay, à l'âge de ⟦ag:83 ans⟧. Il était né le ⟦bd:4 avril 1942⟧ à ⟦bp:Villevocance⟧.

Nous sommes trois héritiers : moi-même, ⟦p:Thibault Mounier⟧, ⟦a:15 rue Garibaldi, 69006 Lyon⟧ ; ma sœur ⟦p:Sophie Mounier-Lacombe⟧, ⟦a:Route de Mayres, 07330 Thueyts⟧ ; et notre frère ⟦p:Guillaume Mounier⟧, qui vit au Canada (⟦a:2150 rue Saint-Denis, app. 4, Montréal (Québec) H2X 3K7⟧). La succession est réglée par ⟦off:Maître Agnès Vallon⟧, notaire à Annonay.

Nous souhaitons :
1. que l'abonnement soit maintenu jusqu'à la vente de la maison, au nom de l'indivision, avec envoi des factures chez moi ;
2. que le prélèvement sur le compte de mon père (mandat ⟦id:RUM SIEAD-2014-001577⟧) soit arrêté, ce compte étant bloqué ;
3. que le nouveau prélèvement se fasse sur mon compte : ⟦iban:FR76 1131 5000 0108 0012 3456 714⟧.

Il n'y a plus personne dans la maison ; nous avons fermé le robinet d'arrêt avant compteur le 30 décembre (index relevé par ma sœur : 06 127). Le numéro inscrit sur le compteur est ⟦id:D06SE 0277 415⟧.

Vous pouvez me joindre au ⟦t:06 07 08 41 59⟧ ou, en journée, au bureau au ⟦t:04 72 61 33 80 (ligne directe)⟧.

Avec mes remerciements,
Thibault Mounier
fils de ⟦p:A. Mounier⟧

--- Réponse du service du 14/01/2026 ---
Monsieur, nous vous présentons nos condoléances. L'abonnement est transféré au nom de l'« Indivision ⟦p:Mounier⟧ », nouveau contrat ⟦id:C-EAU-2026-000061⟧. Merci de renvoyer le mandat SEPA joint (RUM ⟦id:SIEAD-2026-000061-M⟧) signé. Pour le Président, le responsable facturation, ⟦off:Élodie Perret⟧.

--- Message suivant, 20/01/2026 ---
De : ⟦p:Sophie Mounier-Lacombe⟧ <⟦e:sophie.lacombe.thueyts@orange.fr⟧>
Bonjour, je suis la sœur de Thibault. Je passerai à la maison de Villevocance tous les quinze jours pour vérifier qu'il n'y a pas de fuite ; pouvez-vous ajouter mon numéro, ⟦t:06 84 22 17 39⟧, comme contact d'urgence ? Notre frère ⟦p:Guillaume⟧ ne reçoit pas les courriers au Canada ; son adresse électronique est ⟦e:gmounier@videotron.ca⟧. Par ailleurs, le bac d'ordures ménagères de la maison (badge ⟦id:0045-6612⟧) peut être repris par le syndicat : nous n'en avons plus l'usage. La carte de déchetterie de notre père, ⟦id:DCH-07-00871⟧, et le véhicule qui y est inscrit, ⟦pl:8214 SV 07⟧, ne servent plus : merci de les désactiver.
Cordialement, ⟦p:S. Mounier-Lacombe⟧

--- Réponse du service du 22/01/2026 ---
Madame, le numéro a été ajouté au dossier. Le bac sera repris lors de la prochaine tournée de maintenance ; la carte d'accès est désactivée. Le service déchets reste joignable au 04 75 33 80 00. L'agent d'accueil, ⟦off:Karima Benali⟧.
La facture de clôture au nom de votre père sera adressée à l'étude notariale, qui la réglera sur l'actif de la succession.
"""

TXT["t25_compteurs_geles_intervention.txt"] = """
ASTREINTE EAU POTABLE — RAPPORT D'INTERVENTIONS — VAGUE DE FROID DU 14 AU 17 FÉVRIER 2026
Agent d'astreinte : ⟦off:Laurent Teyssier⟧ ; appui : ⟦off:Julien Mazet⟧ ; encadrement : ⟦off:Sophie Arnaud-Besson⟧, directrice

1. Burdignes — ⟦a:Les Trois Croix⟧ — abonné ⟦p:SEUX Fernand⟧ (⟦ag:92 ans⟧, vit seul) — compteur ⟦id:I07BA011245⟧ gelé dans un regard non isolé. Compteur remplacé par ⟦id:I26FA000317⟧. Facturation du compteur au titulaire (défaut de protection) : 96 €. La voisine, ⟦p:Mme Odile Bonnard⟧ (⟦t:04 75 34 71 02⟧), a prévenu le service.
2. Saint-Julien-Molin-Molette — ⟦a:12 place de l'Église⟧ — résidence secondaire de ⟦p:M. et Mme Bergeron-Lafitte⟧ (domicile : ⟦a:47 rue Saint-Dominique, 75007 Paris⟧) — fuite sur robinet après compteur, eau coupée ; propriétaires prévenus au ⟦t:01 47 05 22 63⟧ et par courriel ⟦e:bergeron.lafitte@gmail.com⟧.
3. Vanosc — ⟦a:lot. Les Hirondelles n° 9⟧ — fuite avant compteur (partie publique du branchement) — réparation à la charge du syndicat. Signalée par SMS par ⟦p:Mme Sandrine Pleynet⟧.
4. Roiffieux — ⟦a:6 impasse du Vieux Puits⟧ — ⟦p:M. Pascal Dumoulin⟧ — compteur dégelé au décapeur thermique, pas de casse. Le véhicule de l'abonné (⟦pl:DW-441-MZ⟧) bloquait encore l'accès au regard ; demandé de le déplacer.
5. Annonay — piscine municipale Aquavivarais, avenue de l'Europe — bâtiment public, pas de nom.

Bilan : 14 compteurs remplacés, 3 fuites sur la partie publique, 36 heures d'astreinte.
"""

TXT["t26_remboursements_trop_percus.txt"] = """
SIEAD DU HAUT-VIVARAIS — SERVICE FACTURATION
ÉTAT DES REMBOURSEMENTS DE TROP-PERÇUS À MANDATER — février 2026
Transmis au comptable public (⟦off:M. Gounon⟧) avec les pièces justificatives

Ligne 1
Bénéficiaire : ⟦p:LAFFONT Christiane⟧ — réf. ⟦id:700 310 4455⟧ — motif : double paiement (prélèvement + chèque)
Code banque : ⟦rib:30004⟧   Code guichet : ⟦rib:00521⟧   N° de compte : ⟦rib:00010234567⟧   Clé : ⟦rib:96⟧
Montant : 212,40 €

Ligne 2
Bénéficiaire : ⟦p:CHAPUIS Matthieu⟧ — réf. ⟦id:700 455 0138⟧ — motif : résiliation, avoir sur consommation estimée
Banque : ⟦rib:30066⟧ / Guichet : ⟦rib:10021⟧ / Compte : ⟦rib:0002B194502⟧ / Clé : ⟦rib:13⟧
Montant : 64,12 €

Ligne 3
Bénéficiaire : ⟦p:M. ou Mme VIGNAL Loïc⟧ — réf. ⟦id:700 118 3392⟧ — motif : écrêtement Warsmann (dossier ⟦id:DGV-2025-0311⟧)
IBAN : ⟦iban:FR7615589269120456789013346⟧
Montant : 1 018,55 €

Ligne 4
Bénéficiaire : ⟦p:DE BRUYN Koen⟧ — réf. ⟦id:700 620 0071⟧ — résidence secondaire, domicile en Belgique — motif : avoir de résiliation
IBAN : ⟦iban:BE41 0630 1234 5610⟧ — BIC GKCCBEBB
Montant : 37,80 €

Ligne 5
Bénéficiaire : ⟦p:SCHMID-BURRI Ursula⟧ — réf. ⟦id:700 690 0214⟧ — motif : double mensualité
IBAN : ⟦iban:CH93 0076 2011 6238 5295 7⟧
Montant : 48,00 €

Ligne 6
Bénéficiaire : Commune de Quintenas — remboursement de la redevance d'un bâtiment communal facturée deux fois — compte de la commune au Trésor (pas de RIB à reporter).
Montant : 310,00 €

Total : 1 690,87 €. Établi par ⟦off:Élodie Perret⟧, responsable facturation. Visa de l'ordonnateur : ⟦off:Bernard Chapuis-Mercier⟧, président du SIEAD.
"""

TXT["t27_pv_depot_sauvage.txt"] = """
POLICE MUNICIPALE DE TOURNON-SUR-RHÔNE
RAPPORT DE CONSTATATION — DÉPÔT SAUVAGE DE DÉCHETS — n° 2026/PM/0098

Le 13 février 2026 à 14 h 35, nous, ⟦off:gardien-brigadier Samir Haddad⟧ et ⟦off:brigadier-chef principal Yannick Roux⟧, agents de police judiciaire adjoints, en patrouille portée, constatons au lieu-dit Les Sept Chemins, en bordure du chemin communal n° 12, la présence d'un dépôt d'environ 2 m³ de gravats, plaques de plâtre et pots de peinture.

Parmi les déchets, nous découvrons une enveloppe au nom de ⟦p:M. KESSLER Yohann⟧, ⟦a:4 bis allée des Platanes, résidence Les Ormes, app. 12, 07300 Tournon-sur-Rhône⟧, ainsi qu'un bon de livraison d'un négoce de matériaux mentionnant le chantier de ⟦p:Mme Séverine Kessler-Vidal⟧.

Un témoin, ⟦p:M. Alphonse Chaléat⟧, ⟦ag:71 ans⟧, demeurant ⟦a:ferme des Sept Chemins⟧, déclare avoir vu la veille vers 17 h une camionnette blanche immatriculée ⟦pl:EH-937-WC⟧ déverser des sacs ; il nous remet une photographie prise avec son téléphone. Joignable au ⟦t:04 75 08 44 90⟧.

Vérification au fichier des immatriculations : véhicule au nom de ⟦p:KESSLER Yohann⟧, né le ⟦bd:19/06/1990⟧ à ⟦bp:Mulhouse (68)⟧.
Le 14 février, entendu au poste, ⟦p:M. Kessler⟧ reconnaît les faits et s'engage à enlever les déchets sous 48 heures. Son permis de conduire n° ⟦id:120668100452⟧ a été présenté.

Suites : procès-verbal de contravention (article R. 634-2 du code pénal), frais d'enlèvement facturés si non-exécution. Copie au SIEAD du Haut-Vivarais (service déchets, ⟦off:Hervé Delorme⟧, vice-président).
"""

TXT["t28_reclamation_teom.txt"] = """
⟦p:Jean-Luc et Monique PRAT-ESCOFFIER⟧
⟦a:Domaine de la Tuilière — Bât. Les Chais, porte 2⟧
⟦a:Chemin rural dit des Combes⟧
07300 Plats

⟦t:+33.4.75.06.12.88⟧

                                   Monsieur le Maire de Tournon-sur-Rhône
                                   Service des taxes locales
                                   Hôtel de ville, place Auguste-Faure
                                   07300 Tournon-sur-Rhône

Plats, le 3 février 2026

Objet : local commercial de la rue Gabriel-Faure — demande de dégrèvement de taxe d'enlèvement des ordures ménagères (TEOM) et question sur la redevance spéciale

Monsieur le Maire,

Nous sommes propriétaires, à Tournon-sur-Rhône, d'un local commercial situé ⟦a:23 rue Gabriel-Faure⟧, cadastré ⟦cad:section AB n° 123⟧ (numéro invariant ⟦id:300 0412 881 X⟧), vacant depuis la fermeture de la mercerie de notre locataire, ⟦p:Mme Josette Giraud⟧, le 30 juin 2024.

Notre avis de taxe foncière 2025 (numéro fiscal du propriétaire ⟦id:07 41 221 900 318⟧, référence de l'avis ⟦id:25 07 3240 1177 802⟧) comprend une TEOM de 214 €, alors que le local n'a produit aucun déchet en 2025 : il est vide, l'eau et l'électricité sont coupées, et aucun bac ne lui est attribué.

Nous avons bien compris que la TEOM est un impôt, due même en l'absence d'utilisation du service, et que le dégrèvement pour vacance n'est prévu que pour les locaux à usage industriel ou commercial vacants plus de trois mois, à condition que cette vacance soit indépendante de la volonté du contribuable, qu'elle affecte la totalité du local et qu'elle dure depuis au moins trois mois. Nous remplissons ces conditions : le local est proposé à la location depuis juillet 2024 par l'agence Rhône Immobilier, 4 rue Thiers, sans succès (mandat joint).

Nous vous prions donc de bien vouloir transmettre notre demande au centre des finances publiques avec l'avis du service des taxes locales, ou de nous indiquer la démarche à suivre. Nous savons que la réclamation doit être adressée au service des impôts des particuliers avant le 31 décembre de l'année suivant celle de la mise en recouvrement.

Par ailleurs, notre fils ⟦p:Adrien Prat⟧, qui souhaite reprendre le local pour y ouvrir un atelier de réparation de vélos (micro-entreprise en cours d'immatriculation), demande si la redevance spéciale des déchets professionnels lui serait applicable, et si le SIEAD du Haut-Vivarais fournirait des bacs. Il est joignable au ⟦t:07 83 19 64 25⟧ ou à ⟦e:adrien.prat.velos@gmail.com⟧ ; sa page ⟦o:www.facebook.com/adrien.prat.cycles⟧ présente déjà son activité.

Nous joignons : copie de l'avis de taxe foncière, attestation de l'agence, relevés des compteurs d'eau (compteur ⟦id:I11BA090417⟧, consommation nulle depuis juillet 2024) et d'électricité.

Nous vous prions d'agréer, Monsieur le Maire, l'expression de notre considération distinguée.

⟦p:J.-L. Prat-Escoffier⟧               ⟦p:Monique Prat-Escoffier née Vialle⟧

Réponse du service (annotation manuscrite, 9 février) : transmis au SIP de Tournon avec avis favorable — ⟦off:T. Blachon⟧, adjoint aux finances. Redevance spéciale : à voir avec le SIEAD (service des déchets, 04 75 33 80 00), qui gère la collecte des professionnels pour la commune.
"""

TXT["t29_cr_ccspl.txt"] = """
COMMISSION CONSULTATIVE DES SERVICES PUBLICS LOCAUX (CCSPL) DU SIEAD DU HAUT-VIVARAIS
Compte rendu de la séance du 26 janvier 2026 — salle du conseil syndical, 120 rue des Gonnettes, Annonay

Présidence : ⟦off:Bernard Chapuis-Mercier⟧, président du SIEAD.
Élus présents : ⟦off:Nadine Faure⟧ (vice-présidente, eau potable), ⟦off:Hervé Delorme⟧ (vice-président, déchets), ⟦off:Marc-Antoine Sibleyras⟧ (vice-président, assainissement), ⟦off:Anne-Claire Vernet⟧ (maire de Tournon-sur-Rhône, déléguée).
Représentants des associations d'usagers : ⟦p:M. Georges Sabatier⟧ (UFC-Que Choisir Nord-Ardèche) ; ⟦p:Mme Aïcha Benyamina⟧ (Confédération syndicale des familles) ; ⟦p:M. Robert Chantre⟧ (association de défense des riverains de la Cance).
Services : ⟦off:Sophie Arnaud-Besson⟧, directrice ; ⟦off:Élodie Perret⟧, responsable facturation.
Excusée : ⟦p:Mme Françoise Delaigue⟧ (Familles rurales).

1. Rapport annuel sur le prix et la qualité du service de l'eau 2024
La directrice présente le rapport : 41 200 abonnés, rendement du réseau 78,4 %, prix moyen de 4,41 € TTC le m³ pour 120 m³. ⟦p:M. Sabatier⟧ regrette la hausse de la part fixe. Le président rappelle que les investissements sur le réseau de Vanosc et la station de traitement de Satillieu ont été financés pour moitié par l'Agence de l'eau Rhône Méditerranée Corse.

2. Dégrèvements pour fuite
En 2025, 214 dossiers de dégrèvement pour fuite après compteur ont été accordés, pour un montant total de 86 400 €. ⟦p:Mme Benyamina⟧ cite le cas d'une adhérente, ⟦p:Mme Rachida Ouahbi⟧, ⟦a:résidence Le Parc des Sports, bât. D⟧, dont la demande a été refusée parce que la facture du plombier était arrivée après le délai d'un mois. La directrice indique que le dossier sera réexaminé.

3. Collecte des déchets
Le vice-président chargé des déchets présente le passage à la collecte des biodéchets en points d'apport volontaire à partir du 1er janvier 2026. ⟦p:M. Chantre⟧ signale que les colonnes de l'avenue Marc-Seguin débordent chaque lundi ; il cite un riverain, ⟦p:M. Fabrice Oddos⟧, qui a photographié les dépôts depuis sa fenêtre du ⟦a:31 avenue Marc-Seguin, 3e étage⟧. Le prestataire Hydro-Services Rhodaniens sera rappelé à l'ordre.

4. Questions diverses
La maire de Tournon-sur-Rhône informe la commission que la ville a confié au SIEAD la collecte des déchets des commerçants du marché du samedi. Le représentant de l'UFC demande la publication des tarifs des déchetteries pour les artisans. Les représentants des usagers demandent que leurs coordonnées ne figurent pas sur le site internet ; seules les adresses des associations seront publiées : UFC-Que Choisir, Maison des associations, 2 rue Boissy-d'Anglas, Annonay.

Prochaine réunion : 22 juin 2026. Le secrétaire de séance : ⟦off:Élodie Perret⟧.
Le président, ⟦off:Bernard Chapuis-Mercier⟧.

Liste de diffusion (interne) : ⟦e:georges.sabatier@ufc-nordardeche.org⟧ ; ⟦e:a.benyamina.csf07@gmail.com⟧ ; ⟦e:robert.chantre@laposte.net⟧ ; contact@csf07.org (boîte de l'association).
Le présent compte rendu sera soumis à l'approbation de la commission lors de sa prochaine séance ; il est consultable au siège du syndicat aux heures d'ouverture.
"""

TXT["t30_signalements_bacs.txt"] = """
SIGNALEMENTS — BACS LAISSÉS SUR LA VOIE PUBLIQUE (règlement de collecte, article 12) — semaine 6
Rédaction : ⟦off:Hervé Delorme⟧, vice-président ; constat des ripeurs du prestataire

- Annonay, ⟦a:8 rue de Deûme⟧ : bac OM ⟦id:0045-2091⟧ (titulaire ⟦p:M. ARCHIMBAUD Gilles⟧) laissé en permanence sur le trottoir. 1er avertissement.
- Annonay, ⟦a:rue Franki, n° 2 ter⟧ : deux bacs jaunes sans badge ; occupante probable ⟦p:Mme Lorraine Vidalenc⟧ (⟦t:06 90 12 83 47⟧).
- Davézieux, ⟦a:Les Hauts de Marenton, villa 17⟧ : bac débordant, sacs au sol ; propriétaire ⟦p:M. et Mme Nguyen Van Long⟧.
- Annonay, place de la Liberté : corbeilles de rue pleines (propreté urbaine, ville d'Annonay).
- Boulieu, ⟦a:impasse Victor-Hugo, 4⟧ : bac au nom de ⟦p:feu M. Émile Chaussinand⟧ (décédé le ⟦bd:3 novembre 2025⟧), à réattribuer à ses héritiers.

Relance par courrier type n° 3. Les ripeurs, employés du prestataire (⟦p:Kevin Rousset⟧ et ⟦p:Mamadou Sy⟧), ont pris les photos.
"""

TXT["t31_deliberation_remises_gracieuses.txt"] = """
SIEAD DU HAUT-VIVARAIS — EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU SYNDICAL
Séance du 10 mars 2026 — Délibération n° B-2026-014 — Remises gracieuses sur factures d'eau

Présents : ⟦off:Bernard Chapuis-Mercier⟧, président ; ⟦off:Nadine Faure⟧, ⟦off:Hervé Delorme⟧, ⟦off:Marc-Antoine Sibleyras⟧, vice-présidents. Secrétaire de séance : ⟦off:Nadine Faure⟧.

Le président rappelle que le dispositif légal d'écrêtement (article L. 2224-12-4 du CGCT) ne couvre pas les consommations anormales dues aux appareils, équipements sanitaires ou de chauffage, et que le bureau peut accorder une remise gracieuse dans les limites fixées par le règlement de service (article 31), après avis de la commission des réclamations.

Le bureau, après en avoir délibéré, à l'unanimité, décide d'accorder les remises suivantes :

1. ⟦p:Mme Yvonne DELHOMME⟧, abonnée ⟦id:700 009 3318⟧, ⟦a:5 chemin des Aubépines, Saint-Cyr⟧ : remise de 589,20 € (robinet de purge resté ouvert ; abonnée âgée, sous mesure de protection).
2. ⟦p:M. Grégory PAULET⟧, abonné ⟦id:700 233 6018⟧, ⟦a:Le Petit Mazel, 07430 Saint-Clair⟧ : remise de 212,00 € (chasse d'eau défectueuse dans un logement occupé par un locataire défaillant, ⟦p:M. Steeve Rivat⟧, parti sans laisser d'adresse).
3. Association « Les Jardins partagés de la Croisette » (compteur collectif des jardins) : remise de 118,40 € — personne morale, pas de nom.
4. ⟦p:Mme veuve BONNET, née Lucette Arsac⟧, abonnée ⟦id:700 061 4920⟧, ⟦a:Quartier Saint-Joseph, route de Lyon, 07100 Annonay⟧ : remise totale de 96,00 € (facturation d'un compteur gelé pendant son hospitalisation).

Le bureau rejette la demande de ⟦p:M. Arnaud GRANJON⟧ (abonné ⟦id:700 402 2195⟧), dont la consommation correspond au remplissage d'une piscine hors sol déclaré sur les réseaux sociaux (⟦o:@arnaud_granjon_07⟧).

Les remises seront imputées au compte 673 du budget annexe de l'eau. Le comptable public en sera informé pour annulation partielle des titres correspondants.

Pour extrait conforme, Annonay, le 11 mars 2026.
Le président, ⟦off:Bernard Chapuis-Mercier⟧

Délibération transmise au représentant de l'État le 11 mars 2026 et publiée sur le site du syndicat (version sans les noms des abonnés). Voies de recours : tribunal administratif de Lyon, deux mois.

Annexe (non publiée) — références des titres : ⟦id:T-2026-000812⟧ (Delhomme), ⟦id:T-2026-000907⟧ (Paulet), ⟦id:T-2026-001011⟧ (Bonnet).
Liste annexée aux fins de contrôle : le dossier de ⟦p:Mme Bonnet⟧ a été suivi par son fils, ⟦p:Denis Bonnet⟧, ⟦t:06 26 48 15 90⟧, ⟦e:denis.bonnet.annonay@orange.fr⟧ ; celui de ⟦p:M. Paulet⟧ par son mandataire, l'agence Immo Cance, 3 place Grenette, Annonay (gestionnaire : ⟦p:Mme Pauline Exbrayat⟧).

Rapport complémentaire de la directrice, ⟦off:Sophie Arnaud-Besson⟧ : en 2025, 62 demandes de remise gracieuse ont été reçues, dont 31 accordées, pour 14 880 € ; le délai moyen de réponse a été de 47 jours. Les demandes sont enregistrées dans le logiciel de facturation avec la référence de l'abonné, la date de réception et l'avis de la commission. Il est proposé, pour 2026, de publier chaque trimestre un état anonymisé des remises accordées, et de former les conseillers clientèle à l'orientation des abonnés vers le fonds de solidarité pour le logement lorsque la consommation anormale révèle une situation de précarité. Le bureau approuve cette proposition.
"""

TXT["t32_controle_vente_assainissement.txt"] = """
SPANC DU HAUT-VIVARAIS — CONTRÔLE DE L'INSTALLATION D'ASSAINISSEMENT NON COLLECTIF À L'OCCASION D'UNE VENTE
Rapport n° ⟦id:SPANC-V-2026-0009⟧ — demande de l'office notarial ⟦off:Maître Agnès Vallon⟧, notaire à Annonay

Vendeurs : ⟦p:M. Olivier ROYER-COLLARD⟧ et ⟦p:Mme Isabelle ROYER-COLLARD née DESFONDS⟧, domiciliés ⟦a:Villa « Ker Avel », 14 allée des Bleuets, 29200 Brest⟧
Acquéreur pressenti : ⟦p:M. Damien Sanial⟧, ⟦a:4 rue de la Cance, 07100 Annonay⟧
Bien : maison ⟦a:lieu-dit Le Colombier, 07690 Vanosc⟧, cadastrée ⟦cad:section 0D numéro 1146⟧ et ⟦cad:0D 1147⟧
Installation : fosse septique de 2 500 litres (1985) suivie d'un puits d'infiltration.
Conclusion : non conforme, absence de traitement — travaux à réaliser par l'acquéreur dans un délai d'un an après la signature de l'acte.
Le technicien : ⟦off:Julien Mazet⟧. Redevance de 150 € facturée aux vendeurs (référence ⟦id:SP-07-003118⟧).
"""

TXT["t33_liste_composteurs.txt"] = """
DISTRIBUTION DE COMPOSTEURS — samedi 14 mars 2026, 9 h – 12 h, déchetterie de Davézieux (ZA Marenton)
Liste des inscrits (édition du 10/03) — animatrice compostage : ⟦off:Léa Fournel⟧, agente du SIEAD

1. ⟦p:MARCON Lily-Rose⟧ — ⟦a:6 allée du Clos Fleuri, Davézieux⟧ — 400 L — ⟦t:06 52 18 44 07⟧
2. ⟦p:FRAISSE Jean-Claude⟧ — ⟦a:Le Moulin d'Ay, RD 6⟧ — 600 L
3. ⟦p:ABDELLI Nora⟧ — ⟦a:Rés. Les Cèdres, Bât. B, 3ᵉ éta., n° 34⟧ — lombricomposteur — ⟦e:nora.abdelli@yahoo.fr⟧
4. ⟦p:Dr Henri LOMBARD⟧ (particulier) — ⟦a:La Chazotte, 07430 Saint-Clair⟧ — 400 L
5. Collège des Perrières — 2 x 600 L — établissement public
6. ⟦p:SAUVAGEON-PERRIN Marie-Agnès⟧ — ⟦a:33 bis route de Boulieu⟧ — 400 L — règlement : chèque n° 2200417

Rappel : participation de 20 € par composteur, titre de recettes émis au nom de l'inscrit. Les personnes absentes devront retirer leur composteur à l'accueil du siège, 120 rue des Gonnettes.
"""

TXT["t34_relance_taxe_sejour.txt"] = """
VILLE DE TOURNON-SUR-RHÔNE — TAXE DE SÉJOUR
Relances des hébergeurs n'ayant pas déposé leur déclaration du 4e trimestre 2025 (envoi du 16 février 2026)

- ⟦p:M. MÜLLER Heinrich⟧ — meublé « Sonnenhaus » — ⟦id:07324000233HM⟧ — ⟦a:140 chemin de la Pierre-Plantée⟧ — domicile ⟦a:Goethestraße 12, 79100 Freiburg, Deutschland⟧ — ⟦t:+49 761 2045 118⟧
- ⟦p:Mme Chantal Fourel-Guigal⟧ — chambre d'hôtes — ⟦id:07324 000 276 CF⟧ — ⟦a:Montée du Château, maison du gardien⟧ — ⟦t:06.60.47.92.15⟧
- Hôtel du Rhône (SARL Hôtel du Rhône, classé 2 étoiles) — non concerné par la présente liste : déclaration reçue.
- ⟦p:PONCET Alexis⟧ — studio — ⟦id:07324000309AP⟧ — ⟦a:2 rue Jean-Baptiste-Bech, rdc⟧ — ⟦e:alexis.poncet@me.com⟧

À défaut de déclaration sous 30 jours, une taxation d'office sera notifiée. La régisseuse : ⟦off:Nathalie Bruyère⟧.
"""

TXT["t35_food_truck_vide_maison.txt"] = """
DEMANDES D'OCCUPATION PONCTUELLE DU DOMAINE PUBLIC — relevé des décisions — mars 2026
Instruction : service de l'occupation du domaine public — décisions signées par ⟦off:Mireille Chazot⟧, adjointe

a) Food truck « Chez Dédé » — ⟦p:M. André DEDIEU⟧, entrepreneur individuel, SIRET ⟦siret:48115627100019⟧, camion ⟦pl:FT-770-EA⟧ — emplacement parking du Champ de Mars, les jeudis soir de mars à juin. Redevance : 12 € par soirée. Accordé.
b) Vide-maison — ⟦p:Mme Marguerite PINATEL⟧, ⟦a:Les Granges, 3 ch. des Vergers, 07300 Tournon-sur-Rhône⟧ — installation de deux tables sur le trottoir le dimanche 22 mars. Accordé à titre gratuit (particulier, manifestation unique). ⟦t:04.75.08.91.62⟧.
c) Rôtisserie ambulante — ⟦p:M. Kamel BOUZID⟧, SIRET ⟦siret:794 012 385 00025⟧, ⟦t:+33 6 11 49 70 38⟧, véhicule ⟦pl:5512 ZK 26⟧ — place du Marché-aux-Fruits, dimanches matin. Refusé (emplacement réservé au marché de producteurs).
d) Tournage d'un court-métrage par l'association Ciné-Doux — rue du Doux — accordé ; responsable de tournage ⟦p:Mlle Salomé Rey-Giraud⟧, ⟦e:salome.reygiraud@gmail.com⟧.
"""

TXT["t36_commission_droits_place.txt"] = """
VILLE DE TOURNON-SUR-RHÔNE — COMMISSION DES MARCHÉS ET DROITS DE PLACE — procès-verbal du 5 février 2026

Présents : ⟦off:Mireille Chazot⟧, adjointe au commerce ; ⟦off:Régis Mounier⟧, placier ; représentants des commerçants non sédentaires : ⟦p:M. Thierry Brunel⟧ (primeur) et ⟦p:Mme Thi Lan Nguyen⟧ (traiteur).

1. Attribution de l'emplacement A06 (libéré par le départ en retraite de ⟦p:M. Gaston Perrier⟧, fromager, ⟦ag:74 ans⟧) : trois candidatures. La commission retient ⟦p:Mme Jade MOULIN⟧, apicultrice, SIRET ⟦siret:53289105800028⟧, domiciliée ⟦a:Le Rouveyre, 07270 Désaignes⟧, ⟦t:06 87 20 14 55⟧. Les autres candidats, ⟦p:M. Ilyes Mekki⟧ et la SARL Saveurs d'Ardèche, sont inscrits sur la liste d'attente.
2. Impayés : ⟦p:M. Rachid El Amrani⟧ (B02) doit 240 € de droits de place 2025 ; un échéancier sera proposé par le comptable public.
3. Stationnement des véhicules des commerçants : interdit place Jean-Jaurès à partir du 1er avril ; un parking est réservé quai Charles-de-Gaulle. Le véhicule ⟦pl:CV-007-PZ⟧ a été verbalisé deux fois.

Le procès-verbal est signé par ⟦off:Mireille Chazot⟧.
"""

TXT["t37_rapport_incident_prestataire.txt"] = """
HYDRO-SERVICES RHODANIENS SAS — agence d'Annonay — RAPPORT D'INCIDENT N° 2026-017 (transmis au SIEAD)

Date : 6 février 2026, 6 h 50 — tournée OM secteur Annonay-Sud
Équipage : ⟦p:Nordine Belhadj⟧ (chauffeur, chef d'équipe), ⟦p:Kevin Rousset⟧ et ⟦p:Mamadou Sy⟧ (ripeurs)
Véhicule : benne n° 14 (flotte de l'entreprise)

Description : en reculant dans l'impasse des Lilas, la benne a heurté le portail de ⟦p:M. Serge Valette⟧, ⟦a:3 impasse des Lilas, 07100 Annonay⟧. Constat amiable rempli sur place ; l'assuré a donné son numéro de contrat d'assurance habitation ⟦id:MAIF 2219874 N⟧ et son téléphone ⟦t:06 41 77 30 92⟧.
Un deuxième témoin, ⟦p:Mme Lucie Fanget⟧ (voisine, ⟦a:n° 5⟧), a signé le constat.

Blessé : aucun. ⟦p:M. Rousset⟧ s'est légèrement tordu la cheville en descendant du marchepied (déclaration d'accident du travail faite par l'entreprise ; numéro de sécurité sociale ⟦nir:1 97 02 42 218 310 49⟧ transmis à la CPAM).

Responsable d'agence : ⟦p:Christophe Janin⟧ — Hydro-Services Rhodaniens SAS, SIRET 392 771 440 00048 — 04 75 32 00 50.
"""

TXT["t38_messages_repondeur.txt"] = """
Retranscription des messages du répondeur « fuites et urgences » — nuit du 15 au 16 février 2026 (astreinte : ⟦off:Laurent Teyssier⟧)

23 h 12 — « Oui bonsoir, c'est ⟦p:madame Reboul⟧, ⟦a:au 14 de la rue des Jardins à Vernosc⟧, il y a de l'eau qui sort du trottoir devant chez moi, ça fait une plaque de glace. Mon numéro c'est le zéro quatre, soixante-quinze, trente-quatre, zéro deux, dix-neuf. » (⟦t:04 75 34 02 19⟧)
00 h 47 — « Allô, ici ⟦p:Giovanni Ferraris⟧, je suis en location ⟦a:au gîte de la Roche, à Monestier⟧, il n'y a plus d'eau chaude ni froide. Rappelez-moi au plus trois neuf, trois trois huit, un deux, quatre cinq, six sept huit neuf. » (⟦t:+39 338 12 456 789⟧)
02 h 05 — message vide.
05 h 58 — « C'est ⟦p:Jojo⟧, enfin ⟦p:Joseph Bancel⟧, du ⟦a:Mas de la Pinède⟧. Le compteur a éclaté, j'ai fermé la vanne. Mon portable : zéro six, quatorze, vingt-huit, soixante-trois, quatre-vingt-dix. » (⟦t:06 14 28 63 90⟧)

Suites données : rappels effectués entre 6 h et 7 h ; intervention à Vernosc (fuite sur la partie publique) et au Mas de la Pinède (remplacement du compteur par ⟦id:I26FA000322⟧).
"""

TXT["t39_bordereau_titres_recettes.txt"] = """
SIEAD DU HAUT-VIVARAIS — BUDGET ANNEXE ASSAINISSEMENT
BORDEREAU DE TITRES DE RECETTES N° 2026-0041 — émis le 20 février 2026 — transmis au comptable public du SGC d'Annonay

N° titre       | Débiteur                                     | Adresse                                                       | Objet                                         | Montant
⟦id:T-2026-001201⟧ | ⟦p:ARSAC Jean-Pierre⟧                            | ⟦a:Montée des Aubépins, 07100 Annonay⟧                           | participation pour le financement de l'assainissement collectif (PFAC) | 1 800,00 €
⟦id:T-2026-001202⟧ | ⟦p:BOISSONNET-GRAIL Élise⟧                       | ⟦a:La Bourlhe, route de Roiffieux⟧                               | contrôle SPANC                               | 120,00 €
⟦id:T-2026-001203⟧ | SCI DU PARC (gérant ⟦p:M. Frédéric Colombet⟧)      | 2 rue du Parc, 07100 Annonay                                  | PFAC — 4 logements                           | 7 200,00 €
⟦id:T-2026-001204⟧ | ⟦p:CUOQ Mathilde épouse VERNET⟧                  | ⟦a:11 ter rue de Tournon, appt 3, 07100 Annonay⟧                 | travaux d'office — branchement              | 2 416,80 €
⟦id:T-2026-001205⟧ | Commune de Saint-Marcel-lès-Annonay          | mairie                                                        | redevance bâtiments communaux                 | 3 080,00 €
⟦id:T-2026-001206⟧ | ⟦p:ZAIDI Karim⟧                                  | ⟦a:chez M. Nabil Zaidi, 8 avenue de l'Europe, 07100 Annonay⟧    | contrôle SPANC (vente)                        | 150,00 €
⟦id:T-2026-001207⟧ | ⟦p:LE GALLOU Erwan⟧                              | ⟦a:Ty Nevez, 12 hent Kerlaouen, 29860 Plabennec⟧                | PFAC — maison secondaire                      | 1 800,00 €
⟦id:T-2026-001208⟧ | ⟦p:PEYRACHE-DURAND Hélène⟧                       | ⟦a:Route de Thorrenc, lieu-dit Le Pouzol⟧                         | contrôle de conception SPANC                  | 180,00 €

Observations pour le comptable :
- ⟦id:T-2026-001203⟧ : la SCI du Parc est une personne morale ; la facture a été envoyée à son siège et au gérant (adresse du gérant connue du service, non reportée).
- ⟦id:T-2026-001202⟧ : débitrice née à ⟦bp:Ajaccio⟧, NIR communiqué par la CAF : ⟦nir:2 84 06 2A 004 077 20⟧ (Corse-du-Sud).
- ⟦id:T-2026-001204⟧ : travaux d'office exécutés après mise en demeure restée sans effet (défaut de raccordement constaté le 14/10/2025). La débitrice conteste ; son conseil est ⟦off:Maître Laure Bessenay⟧, avocate au barreau de Privas. Contact de la débitrice : ⟦t:04 75 32 60 11⟧, date de naissance ⟦bd:22/11/1962⟧ (pour l'identification FICOBA).
- ⟦id:T-2026-001206⟧ : débiteur hébergé par son frère ; numéro de sécurité sociale fourni pour une saisie éventuelle sur prestations : ⟦nir:1 88 08 74 010 129 32⟧.
- ⟦id:T-2026-001207⟧ : débiteur domicilié dans le Finistère ; courriel ⟦e:erwan.legallou@orange.fr⟧, ⟦t:02 98 40 17 33⟧.
- ⟦id:T-2026-001208⟧ : parcelle ⟦cad:ZA 88⟧ ; la propriétaire vit à l'étranger une partie de l'année (Lausanne, ⟦t:+41 21 617 44 90⟧).

Total du bordereau : 16 746,80 €.
L'ordonnateur, ⟦off:Bernard Chapuis-Mercier⟧, président — certifié exécutoire.
Pris en charge par le comptable public, ⟦off:Patrice Gounon⟧, le 24 février 2026.

Rappel des règles de recouvrement : les titres sont exécutoires dès leur émission. Le débiteur peut contester le bien-fondé de la créance devant la juridiction compétente dans un délai de deux mois suivant la réception du titre. Le paiement s'effectue auprès du comptable public, en ligne sur www.payfip.gouv.fr avec l'identifiant de la collectivité (identifiant SIEAD : 007412), par carte bancaire, par prélèvement ou, pour les montants inférieurs à 300 €, en espèces chez un buraliste agréé. Les débiteurs en difficulté peuvent solliciter un plan de règlement auprès du comptable public du service de gestion comptable d'Annonay, 5 place des Cordeliers.
"""

TXT["t40_note_info_abonnes.txt"] = """
LETTRE D'INFORMATION DES ABONNÉS — PRINTEMPS 2026 — SIEAD du Haut-Vivarais

Le mot du président : « Le syndicat poursuit le renouvellement de ses réseaux, notamment avenue Marc-Seguin, rue Boissy-d'Anglas et boulevard de la République à Annonay, ainsi que quai Charles-de-Gaulle à Tournon-sur-Rhône. » — ⟦off:Bernard Chapuis-Mercier⟧, président

Nouveautés :
- La déchetterie de Davézieux (ZA Marenton) ouvre le dimanche matin. Le badge d'accès reste obligatoire.
- Les biodéchets se déposent désormais dans les bornes brunes, rue Jean-Jaurès, place des Cordeliers et parking Saint-François.
- Le numéro d'urgence fuites, 04 75 33 80 99, est joignable 24h/24 ; l'accueil, 04 75 33 80 00, du lundi au vendredi.
- Paiement en ligne sur PayFiP ; identifiant créancier FR44ZZZ556677 sur vos relevés.

Portrait : ⟦p:Jeanine Roche⟧, ⟦ag:82 ans⟧, habitante de Vernosc, composte depuis quarante ans : « mes épluchures nourrissent mon potager ». Merci à sa petite-fille ⟦p:Lou⟧ pour la photo.

Contact presse : ⟦off:Sophie Arnaud-Besson⟧, directrice, direction@siead-hautvivarais.fr.
Imprimé par l'imprimerie Vivaraise, Annonay — ne pas jeter sur la voie publique.
"""

HTML["h01_espace_abonne_accueil.html"] = {
    "title": "Mon espace abonné — ⟦p:Camille Rochette⟧ — SIEAD du Haut-Vivarais",
    "body": """
<header><p>SIEAD du Haut-Vivarais — 120 rue des Gonnettes, 07100 Annonay — 04 75 33 80 00</p></header>
<h1>Bonjour ⟦p:Camille <b>ROCHETTE</b>⟧</h1>
<table>
<tr><th>Référence client</th><td>⟦id:700&nbsp;512&nbsp;0843⟧</td></tr>
<tr><th>Adresse desservie</th><td>⟦a:3 ter, rte de Vernosc, Davézieux⟧</td></tr>
<tr><th>Compteur</th><td>⟦id:I22FA<br>031877⟧</td></tr>
<tr><th>Dernier index</th><td>00 412 m³ (relevé du 09/12/2025)</td></tr>
<tr><th>Solde</th><td>0,00 € — mensualisé</td></tr>
</table>
<p>Vos contacts : <a href="mailto:⟦e:camille.rochette@laposte.net⟧">modifier mon courriel</a> · ⟦t:06&nbsp;24&nbsp;81&nbsp;57&nbsp;30⟧</p>
<footer><p>Mentions légales — SIEAD du Haut-Vivarais, SIRET 200 074 128 00014.</p></footer>
""",
}

HTML["h02_historique_consommation.html"] = {
    "title": "Historique de consommation",
    "head": '<meta name="author" content="SIEAD du Haut-Vivarais">\n',
    "body": """
<h1>Historique de consommation — contrat ⟦id:C-EAU-2018-007719⟧</h1>
<p>Titulaire : ⟦p:M. GIRAUD-LAMASTRE Benoît⟧ — ⟦a:Lieu-dit La Rivoire, Quintenas⟧</p>
<table>
<tr><th>Date</th><th>Index</th><th>Consommation</th><th>Type</th></tr>
<tr><td>12/06/2024</td><td>1 802</td><td>44</td><td>réel</td></tr>
<tr><td>11/12/2024</td><td>1 851</td><td>49</td><td>réel</td></tr>
<tr><td>10/06/2025</td><td>1 893</td><td>42</td><td>estimé</td></tr>
<tr><td>09/12/2025</td><td>2 270</td><td>377</td><td>réel — alerte fuite</td></tr>
</table>
<p>Compteur n° <span class="mono">⟦id:I15BA&#8203;447102⟧</span>. Un conseiller vous a écrit le 11/12/2025.</p>
""",
}

HTML["h03_paiement_confirme.html"] = {
    "title": "Paiement confirmé",
    "body": """
<h1>Votre paiement a bien été enregistré</h1>
<ul>
<li>Payeur : ⟦p:Mme Fatou DIOP-SARR⟧</li>
<li>Facture : ⟦id:F26-01-0201934⟧ — 148,32 €</li>
<li>Carte : **** **** **** 4417</li>
<li>Référence de transaction PayFiP : 2026021510423311 (référence de la plateforme)</li>
<li>Un reçu a été envoyé à ⟦e:fatou.diopsarr@gmail.com⟧</li>
</ul>
<p>Créancier : SIEAD du Haut-Vivarais, régie des eaux — comptable : SGC d'Annonay.</p>
""",
}

HTML["h04_declaration_fuite_en_ligne.html"] = {
    "title": "Déclaration de fuite — récapitulatif",
    "body": """
<h1>Récapitulatif de votre déclaration de fuite n° ⟦id:DGV-2026-0058⟧</h1>
<dl>
<dt>Déclarant</dt><dd>⟦p:Jérémie Blachère⟧</dd>
<dt>Qualité</dt><dd>propriétaire occupant</dd>
<dt>Adresse</dt><dd>⟦a:La Croix de Mars, 1200 chemin de Brénieux⟧, 07100 Annonay</dd>
<dt>Parcelle</dt><dd>⟦cad:AH&nbsp;0231⟧</dd>
<dt>Téléphone</dt><dd>⟦t:+33&#160;6&#160;70&#160;12&#160;98&#160;45⟧</dd>
<dt>Localisation</dt><dd>canalisation enterrée entre compteur et maison</dd>
<dt>Réparateur</dt><dd>⟦p:Cyril Juillat⟧, plombier (SIRET ⟦siret:44781052400010⟧)</dd>
</dl>
<p>Pièce jointe : facture_juillat_⟦p:blachere⟧.pdf</p>
""",
}

HTML["h05_rdv_dechetterie.html"] = {
    "title": "Rendez-vous déchetterie confirmé",
    "body": """
<h1>Dépôt d'amiante lié — rendez-vous confirmé</h1>
<p>Bonjour ⟦p:Monsieur Vasseur⟧,</p>
<p>Votre rendez-vous à la déchetterie de Satillieu est fixé au <strong>mercredi 11 mars 2026 à 14 h</strong>.</p>
<table>
<tr><td>Carte d'accès</td><td>⟦id:DCH-07-02210⟧</td></tr>
<tr><td>Véhicule déclaré</td><td>⟦pl:GK-115-RM⟧ + remorque ⟦pl:AL 930 XC⟧</td></tr>
<tr><td>Adresse</td><td>⟦a:Le Chambon, 07290 Saint-Romain-d'Ay⟧</td></tr>
</table>
<p>Gardien : ⟦off:Damien Courbis⟧. Rappel : plaques emballées sous film, 1 m³ maximum.</p>
""",
}

HTML["h06_mes_coordonnees.html"] = {
    "title": "Mes coordonnées bancaires",
    "body": """
<form>
<h1>Mes coordonnées bancaires</h1>
<label>Titulaire du compte</label> <input value="⟦p:HADDOUCHE Mounir⟧"> <span>⟦p:HADDOUCHE Mounir⟧</span><br>
<label>IBAN</label> <span>⟦iban:FR76&nbsp;1820&nbsp;6000&nbsp;1560&nbsp;1234&nbsp;5678&nbsp;988⟧</span><br>
<label>BIC</label> <span>AGRIFRPP881</span><br>
<label>RUM</label> <span>⟦id:SIEAD-2026-000912-M⟧</span><br>
<label>Adresse</label> <span>⟦a:Bât. Les Acacias, esc. 2, 1er étage, 9 rue du Capitaine-Ferber⟧, 07100 Annonay</span><br>
<label>Date de naissance</label> <span>⟦bd:1er janvier 1977⟧</span>
</form>
""",
}

HTML["h07_registre_public_odp.html"] = {
    "title": "Tournon-sur-Rhône — autorisations de terrasses 2026",
    "body": """
<h1>Autorisations d'occupation du domaine public — terrasses 2026</h1>
<table>
<tr><th>Établissement</th><th>Exploitant</th><th>Adresse</th><th>m²</th></tr>
<tr><td>Le Quai 17</td><td>⟦p:Lucas Ferrand-Moulin⟧ (EI)</td><td>17 quai Farconnet</td><td>24</td></tr>
<tr><td>Brasserie du Marché</td><td>SARL Brasserie du Marché</td><td>place Jean-Jaurès</td><td>40</td></tr>
<tr><td>Glacier Doux Soleil</td><td>⟦p:Mme Yasmina Haddad-Perrin⟧ (EI, SIRET ⟦siret:822&nbsp;601&nbsp;431&nbsp;00015⟧)</td><td>2 rue Thiers</td><td>9</td></tr>
</table>
<p>Arrêtés signés par ⟦off:Mireille Chazot⟧, adjointe au commerce.</p>
""",
}

HTML["h08_teledeclaration_taxe_sejour.html"] = {
    "title": "Télédéclaration taxe de séjour — ⟦id:07324000125TF⟧",
    "body": """
<h1>Déclaration mensuelle — janvier 2026</h1>
<p>Hébergeur : ⟦p:Éric Grangeon⟧ · Meublé « Le Balcon du Rhône » · n° ⟦id:07324000125TF⟧</p>
<table>
<tr><th>Arrivée</th><th>Nuits</th><th>Personnes</th><th>Exonérés</th></tr>
<tr><td>03/01</td><td>2</td><td>4</td><td>2 mineurs</td></tr>
<tr><td>17/01</td><td>5</td><td>1</td><td>1 saisonnier (⟦p:Nicolas Brès⟧)</td></tr>
</table>
<p>Confirmation envoyée à <a href="mailto:⟦e:balcondurhone@outlook.fr⟧">balcondurhone@outlook.fr</a>.</p>
""",
}

HTML["h09_courriel_html_encombrants.html"] = {
    "title": "RE: encombrants",
    "head": '<meta name="author" content="Lucienne Abrial">\n',
    "body": """
<div><b>De&nbsp;:</b> ⟦p:Lucienne Abrial⟧ &lt;⟦e:lucienne.abrial@sfr.fr⟧&gt;<br>
<b>À&nbsp;:</b> dechets@siead-hautvivarais.fr<br><b>Objet&nbsp;:</b> RE: encombrants</div>
<p>Bonjour, pour le rendez-vous du 26 : j'habite ⟦a:chez mon fils, 5 impasse des Tisserands⟧ à Boulieu, c'est la maison au fond. Mon fils ⟦p:Thierry⟧ sera là (⟦t:06&nbsp;12&nbsp;40&nbsp;88&nbsp;17⟧). Je suis née le ⟦bd:12 juillet 1940⟧ alors je ne peux rien porter !</p>
<p>L. Abrial<br>⟦t:04-75-67-48-20⟧</p>
""",
}

HTML["h10_carte_resident_en_ligne.html"] = {
    "title": "Carte de stationnement résident — demande acceptée",
    "body": """
<h1>Votre carte résident ⟦id:RES-2026-0419⟧ est prête</h1>
<p>Demandeur : ⟦p:Sarah BENSALEM⟧ — ⟦a:10, r. St-Antoine, 2e ét. droite⟧, 07300 Tournon-sur-Rhône</p>
<p>Véhicule : ⟦pl:GN&#8209;602&#8209;WB⟧ (crit'air 1)</p>
<p>Retrait au poste de police municipale, 3 place Jean-Jaurès, sur présentation de la carte grise. Agent : ⟦off:Samir Haddad⟧.</p>
""",
}

DOCX["w01_lettre_degrevement_accorde.docx"] = {
    "author": "⟦off:Élodie Perret⟧",
    "title": "Dégrèvement fuite — ⟦p:Ponsonnet⟧",
    "header": "SIEAD du Haut-Vivarais — 120 rue des Gonnettes — 07100 Annonay — 04 75 33 80 00",
    "footer": "Dossier ⟦id:DGV-2026-0031⟧ — abonné ⟦id:700 116 0043⟧ — page 1/1",
    "blocks": [
        "⟦p:Monsieur et Madame Gérald **PONSONNET**⟧",
        "⟦a:La Grange Neuve — Les Sagnes, route de Lalouvesc⟧",
        "07430 Vernosc-lès-Annonay",
        "Annonay, le 30 janvier 2026",
        "Objet : écrêtement de votre facture ⟦id:F26-01-0190228⟧",
        "Madame, Monsieur, au vu de la facture de l'entreprise de ⟦p:M. Juillat⟧ et de votre attestation, votre facture est "
        "ramenée à 112 m³ (double de votre consommation moyenne), soit un avoir de 1 504,88 €, remboursé sur votre compte "
        "⟦iban:FR76 1027 8089 0000 0204 7150 117⟧.",
        "Pour le Président, la responsable facturation, ⟦off:Élodie Perret⟧",
    ],
}

DOCX["w02_rapport_spanc_conception.docx"] = {
    "author": "⟦off:Julien Mazet⟧",
    "title": "SPANC — contrôle de conception",
    "header": "SPANC du Haut-Vivarais — avis sur un projet d'installation neuve",
    "footer": "Rapport ⟦id:SPANC-C-2026-0021⟧ — pétitionnaire ⟦p:M. HERNANDEZ Pablo⟧",
    "blocks": [
        ("h", "Avis favorable avec réserves"),
        ("table", [
            ["Pétitionnaire", "⟦p:HERNANDEZ Pablo⟧ et ⟦p:LÓPEZ GARCÍA Lucía⟧"],
            ["Adresse du projet", "⟦a:Les Faysses, chemin de la Baraque⟧, 07690 Villevocance"],
            ["Parcelle", "⟦cad:section ZE n° 77⟧"],
            ["Téléphone", "⟦t:+34 612 48 90 33⟧ / ⟦t:07 45 66 10 28⟧"],
            ["Bureau d'études", "Géo-Sols Ardèche SARL (étude de sol du 12/01/2026)"],
            ["Filière", "fosse toutes eaux 4 m³ + filtre à sable vertical drainé"],
        ]),
        "Réserve : le rejet au fossé nécessite l'autorisation du propriétaire du fossé, ⟦p:M. Sylvain Ollier⟧ (⟦cad:parcelle ZE 78⟧).",
        "Le technicien, ⟦off:Julien Mazet⟧ — le vice-président, ⟦off:Marc-Antoine Sibleyras⟧",
    ],
}

DOCX["w03_convention_terrasse.docx"] = {
    "author": "Service domaine public",
    "title": "Convention d'occupation — terrasse",
    "header": "VILLE DE TOURNON-SUR-RHÔNE — convention d'occupation du domaine public n° 2026-ODP-041",
    "footer": "Paraphes : la Ville ____ l'occupant ⟦p:Y. H.-P.⟧",
    "blocks": [
        "Entre la Ville de Tournon-sur-Rhône (SIRET 210 703 245 00014), représentée par ⟦off:Mme Mireille Chazot⟧, adjointe, "
        "et ⟦p:Mme Yasmina HADDAD-PERRIN⟧, née le ⟦bd:30 janvier 1989⟧ à ⟦bp:Oran (Algérie)⟧, glacière, entrepreneuse individuelle "
        "(SIRET ⟦siret:82260143100015⟧), demeurant ⟦a:Appt 5, 2e étage, 2 rue Thiers⟧, 07300 Tournon-sur-Rhône,",
        "il est convenu ce qui suit : l'occupante est autorisée à installer une terrasse de 9 m² devant son commerce du 1er avril au 30 septembre 2026.",
        "Redevance : 252 €, prélevée sur le compte professionnel ⟦iban:FR76 1390 6000 3685 0214 7700 371⟧.",
        "Contact : ⟦t:06 31 90 27 44⟧ — ⟦e:doux.soleil.glaces@gmail.com⟧ — ⟦o:tiktok.com/@yasmina.glaces⟧",
    ],
}

DOCX["w04_mandat_sepa_signe.docx"] = {
    "author": "⟦p:Bastien Chiron⟧",
    "title": "Mandat SEPA",
    "header": "Mandat de prélèvement SEPA — RUM ⟦id:SIEAD-2026-000955-M⟧",
    "footer": "Créancier : SIEAD du Haut-Vivarais — ICS FR44ZZZ556677",
    "blocks": [
        ("table", [
            ["Nom du débiteur", "⟦p:CHIRON **Bastien**⟧"],
            ["Adresse", "⟦a:Le Bourg, 1 place de la Mairie, étage 1⟧ — 07690 Villevocance"],
            ["IBAN", "⟦iban:DE44 5001 0517 5407 3249 31⟧"],
            ["BIC", "INGDDEFFXXX"],
            ["Référence client", "⟦id:700 740 0215⟧"],
            ["Lieu, date", "Villevocance, 02/03/2026"],
            ["Signature", "⟦p:b. chiron⟧"],
        ]),
    ],
}

DOCX["w05_registre_marche_producteurs.docx"] = {
    "author": "Placier municipal",
    "title": "Marché de producteurs — registre",
    "header": "Marché de producteurs du dimanche — registre des exposants — mars 2026",
    "footer": "Tenu par le placier municipal",
    "blocks": [
        ("table", [
            ["Exposant", "SIRET", "Téléphone", "Véhicule"],
            ["⟦p:ROUX-MAZADE Benjamin⟧ (maraîcher)", "⟦siret:379 255 185 00025⟧", "⟦t:06 20 31 42 53⟧", "⟦pl:DF-212-YT⟧"],
            ["⟦p:SALLES Anaïs⟧ (chèvrerie)", "⟦siret:513 987 **024** 00025⟧", "⟦t:04.75.06.40.40⟧", "⟦pl:2207 RT 07⟧"],
            ["Cave coopérative de Tain", "778 058 137 00014", "04 75 08 20 87", "—"],
            ["⟦p:Kerem YILMAZ⟧ (miel)", "⟦siret:48115627100027⟧", "⟦t:0033 7 81 55 60 19⟧", "⟦pl:HC 337 AZ⟧"],
        ]),
    ],
}

DOCX["w06_mise_en_demeure_comptable.docx"] = {
    "author": "SGC Annonay",
    "title": "Mise en demeure de payer",
    "header": "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES — SGC D'ANNONAY — 5 place des Cordeliers",
    "footer": "Débiteur : ⟦p:M. SOUBEYRAND-ROUX Kévin⟧ — dossier ⟦id:07-SGC-2026-11873⟧",
    "blocks": [
        "⟦p:Monsieur Kévin SOUBEYRAND-ROUX⟧, ⟦a:Chez Mme SOUBEYRAND Ginette, Hameau de Veyrines, 2 montée du Four⟧, 07100 Saint-Marcel-lès-Annonay",
        "Mise en demeure valant commandement de payer la somme de 391,84 € au titre des titres ⟦id:T-2026-000214⟧ et ⟦id:T-2026-000215⟧ (SIEAD du Haut-Vivarais).",
        "À défaut de paiement sous 30 jours, une saisie administrative à tiers détenteur sera notifiée à votre employeur, l'agence d'intérim Interval Lyon 7e.",
        "Date de naissance du débiteur (identification) : ⟦bd:15/08/2001⟧ — NIR ⟦nir:1 01 08 07 010 088 34⟧.",
        "Le comptable public, ⟦off:Patrice Gounon⟧",
    ],
}

DOCX["w07_attestation_conformite_raccordement.docx"] = {
    "author": "Service assainissement",
    "title": "Attestation de conformité",
    "header": "SIEAD du Haut-Vivarais — service assainissement collectif",
    "footer": "",
    "blocks": [
        ("h", "Attestation de conformité du raccordement au réseau d'assainissement collectif"),
        "Le SIEAD atteste que l'immeuble appartenant à ⟦p:Mme Corinne LAGRANGE-VIALLET⟧ et à ⟦p:M. Mickaël VIALLET⟧, situé "
        "⟦a:7 bis chemin de Chatinais⟧, 07100 Annonay, ⟦cad:cadastré AR 512⟧, est raccordé conformément au règlement du service "
        "(contrôle du 20 février 2026, test à la fumée).",
        "Cette attestation est délivrée pour la vente du bien à ⟦p:M. Jonathan Deleuze⟧ et ⟦p:Mme Laura Deleuze-Fanget⟧.",
        "Fait à Annonay, le 23 février 2026. Le vice-président, ⟦off:Marc-Antoine Sibleyras⟧",
    ],
}

DOCX["w08_cr_reunion_prestataire_collecte.docx"] = {
    "author": "⟦off:Hervé Delorme⟧",
    "title": "Réunion d'exploitation collecte",
    "header": "Réunion d'exploitation SIEAD / Hydro-Services Rhodaniens — 17 février 2026",
    "footer": "Diffusion : participants",
    "blocks": [
        "Présents — SIEAD : ⟦off:Hervé Delorme⟧, vice-président ; ⟦off:Sophie Arnaud-Besson⟧, directrice. Prestataire : "
        "⟦p:Christophe Janin⟧, responsable d'agence ; ⟦p:Nordine Belhadj⟧, chef d'équipe.",
        ("table", [
            ["Point", "Décision"],
            ["Impasse du Vieux Puits (Roiffieux)", "collecte en marche arrière interdite ; bac de regroupement à l'entrée ; riverains prévenus (⟦p:Mme Marcon-Teyssier⟧, ⟦p:M. Dumoulin⟧)"],
            ["Portail de ⟦p:M. Valette⟧", "indemnisation par l'assureur du prestataire"],
            ["Accident de ⟦p:M. Rousset⟧", "arrêt de 8 jours ; remplacement par un intérimaire"],
        ]),
        "Prochaine réunion : 17 mars 2026, au siège.",
    ],
}

DOCX["w09_lettre_particulier_contestation.docx"] = {
    "author": "⟦p:Hugues Vallon-Duprat⟧",
    "title": "Contestation — taxe de séjour",
    "header": "⟦p:Hugues VALLON-DUPRAT⟧ — ⟦a:Villa Les Cèdres, 3 avenue de Provence, 13100 Aix-en-Provence⟧",
    "footer": "⟦t:+33 4 42 27 18 60⟧ · ⟦e:h.vallonduprat@free.fr⟧",
    "blocks": [
        "Monsieur le Maire de Tournon-sur-Rhône,",
        "Je conteste votre mise en demeure concernant l'appartement du ⟦a:11 rue Thiers⟧ : ce logement est loué à l'année à "
        "⟦p:M. Valentin Ducros⟧ par bail du 1er septembre 2024, et non en meublé de tourisme. L'annonce que vous citez a été "
        "publiée sans mon accord par l'ancien locataire, ⟦p:M. Enzo Bardin⟧.",
        "Je vous prie d'agréer, Monsieur le Maire, mes salutations distinguées.",
        "⟦p:H. Vallon-Duprat⟧",
    ],
}

DOCX["w10_etat_recapitulatif_taxe_sejour.docx"] = {
    "author": "Régie taxe de séjour",
    "title": "État récapitulatif taxe de séjour 2025",
    "header": "Ville de Tournon-sur-Rhône — état récapitulatif annuel de la taxe de séjour 2025",
    "footer": "Transmis au comptable public et au conseil départemental de l'Ardèche",
    "blocks": [
        ("table", [
            ["N° enregistrement", "Hébergeur", "Nuitées", "Taxe"],
            ["⟦id:07324000125TF⟧", "⟦p:GRANGEON Éric⟧", "412", "1 104,30 €"],
            ["⟦id:07324000388BX⟧", "⟦p:AUBERT-SAUZET Pierre⟧", "588", "1 352,40 €"],
            ["⟦id:07324 000 417 KM⟧", "⟦p:PEYRARD Inès⟧", "190", "plateforme"],
            ["—", "Camping municipal des Îles", "3 210", "2 889,00 €"],
        ]),
        "Visa de l'adjoint aux finances, ⟦off:Thierry Blachon⟧.",
    ],
}


if __name__ == "__main__":
    raise SystemExit(main())
