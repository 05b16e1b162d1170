# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev15 set of the personal-data leak benchmark (``corpus/dev15``): documents and labels.

Same conventions as ``build_files.py`` and ``build_dev2_files.py`` (whose ``build_set`` it uses): a
personal value is written ``⟦kind:text⟧`` with the short kind keys of ``KINDS``, an official acting in
his function kept in clear ``⟦off:text⟧``; the script writes the files without the marks and their
lines in ``corpus/dev15/labels.jsonl``, and checks that every label is a substring of its document.

Theme: the family, leisure and social services of a commune (the fictitious "Ville de
Montfleury-sur-Isère") and its CCAS. School canteen and after-school (périscolaire) registrations and
bills, holiday-camp (centre de loisirs) files with emergency contacts and persons authorised to pick
the children up, the municipal swimming pool and sports halls (annual passes, club rosters with
licence numbers), the heatwave and cold-weather register of isolated elderly people (registre
canicule) kept by the CCAS, home-help and meals-on-wheels rounds, a senior citizens' trip list,
e-mail threads with parents, SMS reminders, HTML family-portal pages and DOCX letters with headers,
footers, tables and core properties. Children are often named beside parents bearing other
surnames; names are typed in lower case by parents, with nicknames, and in Latin-extended and other
scripts (Polish, Vietnamese, Turkish, Romanian, Arabic, Cyrillic, Chinese).

Kinds used: person, address, phone, email, birth_date (a birth date or a birth year of a private
person, a marriage or death date), birth_place, age, nir, iban, rib (separate fields), siret (a sole
trader's), plate, identifier (family account, CAF allocataire number, pass and badge numbers, sports
licences, invoice and file numbers held by a person) and other (a handle, a personal web page).

Officials kept in clear: the mayor and deputies, the CCAS director and agents signing in their
function, the head of the swimming pool, the head teachers and the leisure-centre director acting in
function. Public bodies, the schools (named after famous people), the pool and halls and their own
addresses and switchboards, the commune's SIRET 213 801 459 00016, the caterer's SIRET
456 789 122 00011, companies and associations are not labelled. Classes, groups, allergies, diets
and medical needs are not personal data kinds in this benchmark: they are left unmarked.

dev15 was written by an independent author who read only the mark syntax and the build helpers, not
the recognizers, the anonymizer, the tests, the documentation or the other sets' documents and
labels, and who did not run the pipeline or an evaluation on it.

Run: PYTHONPATH=include .venv/bin/python bench/pii/build_dev15_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev15"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents. Checksummed identifiers computed beforehand (NIR key = 97 - n mod 97; RIB key =
# 97 - (89·bank + 15·branch + 3·account) mod 97 with letters mapped; IBAN ISO 7064 mod 97; SIREN/SIRET
# Luhn). The commune's SIRET 213 801 459 00016 and the caterer's 456 789 122 00011 are public bodies'
# and companies' values: never labelled.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["f01_fiche_inscription_periscolaire.txt"] = """
VILLE DE MONTFLEURY-SUR-ISÈRE — Pôle Famille, Enfance, Jeunesse
Hôtel de ville, 1 place de la Libération, 38340 Montfleury-sur-Isère — accueil famille 04 76 75 40 00 — famille@montfleury38.fr
SIRET 213 801 459 00016

FICHE D'INSCRIPTION AUX SERVICES PÉRISCOLAIRES — ANNÉE 2026-2027
(à remplir par le représentant légal, une fiche par enfant)

N° de compte famille : ⟦id:FAM-2019-00873⟧

ENFANT
Nom : ⟦p:rossignol⟧            Prénom(s) : ⟦p:léna, marie⟧
Né(e) le : ⟦bd:14/02/2019⟧      à : ⟦bp:grenoble⟧
Âge à la rentrée : ⟦ag:7 ans et demi⟧
École : groupe scolaire Jules-Ferry      Classe : CE1 (Mme Arnaud)
Allergies / régime : arachides — repas sans porc (PAI à fournir)

RESPONSABLE 1
Nom : ⟦p:ROSSIGNOL⟧   Prénom : ⟦p:Aurélien⟧   Lien : père
Adresse : ⟦a:rés. Les Tilleuls, bât. C, appt 24, 12 rue des Alpes, 38340 Montfleury-sur-Isère⟧
Tél. portable : ⟦t:06.71.82.93.04⟧   Tél. travail : ⟦t:04 76 22 18 90 poste 312⟧
Courriel : ⟦e:aurelien.rossignol [at] laposte [point] net⟧
N° allocataire CAF : ⟦id:2874561⟧   Quotient familial : 842

RESPONSABLE 2
Nom : ⟦p:TRAN⟧   Prénom : ⟦p:Thị Mai Anh⟧   (nom d'usage : ⟦p:ROSSIGNOL-TRAN⟧)   Lien : mère
Adresse : idem
Tél. portable : ⟦t:+33 (0)7 68 45 12 09⟧
Courriel : ⟦e:maianh.tran@gmail.com⟧

SERVICES DEMANDÉS
[x] restauration scolaire — lundi, mardi, jeudi, vendredi
[x] accueil du matin (7 h 30)   [ ] accueil du soir   [x] mercredi loisirs (journée)

PERSONNES AUTORISÉES À VENIR CHERCHER L'ENFANT (pièce d'identité demandée)
1. ⟦p:mamie Jo⟧ (⟦p:Josiane Rossignol⟧), grand-mère — ⟦t:04.76.75.61.33⟧
2. ⟦p:TRAN Văn Hùng⟧, oncle — ⟦t:0033 6 52 41 87 30⟧
3. ⟦p:Mme Lefèvre⟧, voisine, ⟦a:bât. A, appt 3⟧ de la même résidence — ⟦t:06 11 20 39 48⟧

Fait à Montfleury, le 2 juin 2026. Signature : ⟦p:A. Rossignol⟧

Cadre réservé au service : dossier complet, saisi le 04/06/2026 par ⟦off:Sabrina Gonin⟧, agent d'accueil du Pôle Famille.

--- Extraits du règlement des services périscolaires et extrascolaires (délibération du conseil municipal du 3 juillet 2025) ---
Article 3 — Inscription. L'inscription aux services (restauration scolaire, accueils du matin et du soir, mercredis et vacances) est annuelle et se fait sur le portail famille ou à l'accueil du Pôle Famille. Le dossier n'est complet qu'avec la fiche sanitaire, l'attestation d'assurance et, le cas échéant, le projet d'accueil individualisé signé par le médecin scolaire.
Article 5 — Réservations et annulations. Les repas et les journées de centre de loisirs sont réservés au plus tard le jeudi précédant la semaine concernée. Toute absence non signalée 48 heures à l'avance est facturée, sauf maladie justifiée par un certificat médical remis dans la semaine ; dans ce cas, le premier jour reste dû.
Article 7 — Tarifs. Les tarifs sont fixés chaque année par délibération selon le quotient familial. À défaut de justificatif, le tarif maximal est appliqué ; aucune rétroactivité n'est possible au-delà du mois en cours.
Article 9 — Départ de l'enfant. L'enfant n'est confié qu'à ses représentants légaux ou aux personnes majeures désignées par écrit sur la fiche d'inscription, sur présentation d'une pièce d'identité. Un enfant ne peut en aucun cas être confié à un mineur. En cas de retard après l'heure de fermeture, la famille est appelée, puis les contacts d'urgence ; au-delà de 45 minutes sans nouvelles, la police municipale est avisée. Trois retards dans l'année entraînent une pénalité forfaitaire.
Article 11 — Paiement. Les factures sont émises au début du mois suivant et payables sous trois semaines : prélèvement automatique, paiement en ligne, chèque, chèque emploi service universel (accueils des enfants de moins de 6 ans) ou espèces à la régie. En cas d'impayé persistant, le recouvrement est confié au comptable public ; les familles en difficulté sont invitées à prendre contact avec le CCAS.
Article 13 — Santé. Aucun médicament n'est administré sans ordonnance et sans PAI. Les régimes alimentaires et allergies sont signalés à l'inscription ; des repas sans viande sont proposés chaque jour.
"""

TXT["f02_facture_cantine_relance.txt"] = """
MONTFLEURY-SUR-ISÈRE — RÉGIE RESTAURATION ET PÉRISCOLAIRE
Relance amiable — facture de mars 2026

Famille : ⟦p:M. et Mme ÖZTÜRK Çağlar et Elif⟧
Adresse : ⟦a:7 imp. des Lilas, 38340 Montfleury-sur-Isère⟧
Compte famille : ⟦id:FAM-2021-01422⟧   Facture n° ⟦id:F2603-01422⟧

Enfant                  Classe   Repas   Garderie soir   Montant
⟦p:ÖZTÜRK Deniz⟧            CM2      14      9               78,40 €
⟦p:ÖZTÜRK Ayşe⟧             GS       15      9               80,60 €
Total dû : 159,00 € — échéance dépassée le 15 avril 2026

Madame, Monsieur,
Sauf erreur de notre part, la facture ci-dessus reste impayée. Vous pouvez la régler sur le portail famille, par prélèvement, par chèque à l'ordre du Trésor public ou en espèces à la régie (hôtel de ville, 1 place de la Libération, du lundi au vendredi).
En cas de difficulté, le CCAS peut vous recevoir : 04 76 75 40 20.

Le régisseur, ⟦off:Marc Dufour⟧
"""

TXT["f03_sms_rappels_portail.txt"] = """
Export passerelle SMS — Pôle Famille — campagne « rappel réservations vacances d'été » — 12/06/2026

Expéditeur : MONTFLEURY (alias)   Modèle : RAPPEL_ETE_2026
Texte envoyé : « Montfleury : les réservations centre de loisirs été ferment le 20/06. Portail famille ou 04 76 75 40 00. STOP au 36180 »

Destinataire       Contact                         Statut
⟦t:+33612457890⟧       ⟦p:Mme Benali Karima⟧               délivré
⟦t:0033 6 45 12 78 90⟧ ⟦p:Wiśniewska Agnieszka⟧             délivré
⟦t:+212 6 61 23 45 78⟧ ⟦p:M. El Idrissi Youssef⟧            délivré (international)
⟦t:06-23-45-67-81⟧     ⟦p:famille Moreau-Giraud⟧            échec (numéro invalide)
⟦t:+40 722 123 456⟧    ⟦p:Popescu Ștefan⟧                   délivré (international)
⟦t:07 81 92 03 14⟧     ⟦p:Lambert Cécile (Cécé)⟧            délivré

Réponses reçues :
12/06 18:02 ⟦t:+33612457890⟧ : « ok merci, c bien pour ⟦p:Inès⟧ et ⟦p:Rayan⟧ en juillet »
12/06 18:40 ⟦t:07 81 92 03 14⟧ : « c'est ⟦p:cécile lambert⟧, mon fils ⟦p:Noé⟧ est déjà inscrit par son père ⟦p:Julien Perrin⟧ »
12/06 21:15 ⟦t:+40 722 123 456⟧ : « Bună seara, pentru ⟦p:Ioana⟧ aug 3 săptămâni. Mulțumesc »

--- Extraits du règlement des services périscolaires et extrascolaires (délibération du conseil municipal du 3 juillet 2025) ---
Article 3 — Inscription. L'inscription aux services (restauration scolaire, accueils du matin et du soir, mercredis et vacances) est annuelle et se fait sur le portail famille ou à l'accueil du Pôle Famille. Le dossier n'est complet qu'avec la fiche sanitaire, l'attestation d'assurance et, le cas échéant, le projet d'accueil individualisé signé par le médecin scolaire.
Article 5 — Réservations et annulations. Les repas et les journées de centre de loisirs sont réservés au plus tard le jeudi précédant la semaine concernée. Toute absence non signalée 48 heures à l'avance est facturée, sauf maladie justifiée par un certificat médical remis dans la semaine ; dans ce cas, le premier jour reste dû.
Article 7 — Tarifs. Les tarifs sont fixés chaque année par délibération selon le quotient familial. À défaut de justificatif, le tarif maximal est appliqué ; aucune rétroactivité n'est possible au-delà du mois en cours.
Article 9 — Départ de l'enfant. L'enfant n'est confié qu'à ses représentants légaux ou aux personnes majeures désignées par écrit sur la fiche d'inscription, sur présentation d'une pièce d'identité. Un enfant ne peut en aucun cas être confié à un mineur. En cas de retard après l'heure de fermeture, la famille est appelée, puis les contacts d'urgence ; au-delà de 45 minutes sans nouvelles, la police municipale est avisée. Trois retards dans l'année entraînent une pénalité forfaitaire.
Article 11 — Paiement. Les factures sont émises au début du mois suivant et payables sous trois semaines : prélèvement automatique, paiement en ligne, chèque, chèque emploi service universel (accueils des enfants de moins de 6 ans) ou espèces à la régie. En cas d'impayé persistant, le recouvrement est confié au comptable public ; les familles en difficulté sont invitées à prendre contact avec le CCAS.
Article 13 — Santé. Aucun médicament n'est administré sans ordonnance et sans PAI. Les régimes alimentaires et allergies sont signalés à l'inscription ; des repas sans viande sont proposés chaque jour.
"""

TXT["f04_registre_canicule_extrait.txt"] = """
CCAS DE MONTFLEURY-SUR-ISÈRE — REGISTRE NOMINATIF DES PERSONNES ÂGÉES ET HANDICAPÉES ISOLÉES
(art. L.121-6-1 et R.121-2 s. du code de l'action sociale et des familles) — PLAN CANICULE 2026
Document confidentiel — extrait remis aux agents chargés des appels, mise à jour du 1er juin 2026
CCAS, 3 rue Pasteur, 38340 Montfleury-sur-Isère — 04 76 75 40 20 — ccas@montfleury38.fr

N° 001 — ⟦p:Mme Germaine BOUVIER⟧, née le ⟦bd:12 mars 1931⟧ (⟦ag:95 ans⟧)
Adresse : ⟦a:lieu-dit Le Chatelard, 38340 Montfleury-sur-Isère⟧ — maison isolée, accès par le chemin des Vignes
Tél. fixe : ⟦t:04 76 75 18 22⟧ — pas de portable
Personne à prévenir : ⟦p:M. Alain Bouvier⟧ (fils), ⟦a:14 av. de la Gare, 73000 Chambéry⟧ — ⟦t:06 80 12 34 56⟧
Intervenants : aide à domicile ADMR (lundi, jeudi), portage de repas (tournée B)
Inscrite à la demande de : sa fille ⟦p:Mme Chantal Reynaud-Bouvier⟧

N° 002 — ⟦p:M. Henri « Riri » FAVRE⟧, né en ⟦bd:1938⟧, veuf depuis le ⟦bd:2 novembre 2019⟧
Adresse : ⟦a:rés. autonomie Les Glycines, appt 108, 5 allée Jean-Moulin, 38340 Montfleury-sur-Isère⟧
Tél. : ⟦t:04.76.75.22.09⟧ — portable ⟦t:06 08 09 10 11⟧ (rarement allumé)
Personne à prévenir : voisine ⟦p:Mme Paulette Girard⟧, appt 110 — ⟦t:04 76 75 22 31⟧
Observations : malentendant, frapper fort, préfère les appels avant 11 h.

N° 003 — ⟦p:Mme Nguyễn Thị Lan⟧, ⟦ag:88 ans⟧, née à ⟦bp:Hải Phòng (Viêt Nam)⟧
Adresse : ⟦a:9 rue du Moulin, 2e étage gauche⟧
Tél. : ⟦t:04 76 75 33 47⟧
Personne à prévenir : petit-fils ⟦p:Kevin Nguyen⟧ — ⟦t:+33 7 61 22 43 95⟧ — ⟦e:kevin.ngn(arobase)outlook.fr⟧
Observations : parle peu le français, le petit-fils traduit.

N° 004 — ⟦p:M. et Mme KOWALCZYK Józef et Halina⟧, ⟦ag:84⟧ et ⟦ag:81 ans⟧
Adresse : ⟦a:hameau des Granges, 38340 Montfleury-sur-Isère⟧
Tél. : ⟦t:04 76 75 09 87⟧
Personne à prévenir : fille ⟦p:Ewa Kowalczyk-Martin⟧ — ⟦t:+48 601 234 567⟧ (séjourne en Pologne l'été)
NIR de Mme (pour l'APA, à ne pas diffuser) : ⟦nir:2 44 04 75 056 084 33⟧

N° 005 — ⟦p:M. Abdelkader BENSALAH⟧, né le ⟦bd:01/07/1940⟧ à ⟦bp:Tlemcen (Algérie)⟧
Adresse : ⟦a:rés. Le Belvédère, bât. B, esc. 2, appt 41, 27 bd de la République⟧
Tél. : ⟦t:06 47 58 69 70⟧
Personne à prévenir : ⟦p:Samira Bensalah⟧ (fille), ⟦t:+212 5 22 48 19 63⟧ (Casablanca)
Observations : sous oxygène, fournisseur prévenu en cas de coupure.

N° 006 — ⟦p:Mlle Odette PERRET⟧, ⟦ag:91 ans⟧, célibataire
Adresse : ⟦a:Maison « Les Hirondelles », chemin de la Croix-Rouge⟧
Tél. : ⟦t:04 76 75 61 02⟧
Personne à prévenir : ⟦p:Père Michel Rostaing⟧ (ami, ancien curé), ⟦t:04 76 41 20 07⟧
Observations : refuse la téléassistance ; visites de la bénévole ⟦p:Françoise Dumas⟧ le mardi.

N° 007 — ⟦p:Mme Margarete LOHMANN épouse VIDAL⟧, ⟦ag:86 ans⟧
Adresse : ⟦a:2 pl. de l'Église, appt 1⟧
Tél. : ⟦t:04 76 75 80 14⟧
Personne à prévenir : ⟦p:Thomas Vidal⟧ (fils), Munich — ⟦t:+49 151 2345 6789⟧

Protocole : en cas de déclenchement du niveau 3 par le préfet, appel quotidien de chaque inscrit ; sans réponse après deux appels, passage d'un agent ou de la police municipale. Coordination : ⟦off:Mme Nathalie Berthet⟧, directrice du CCAS ; astreinte élus : ⟦off:Mme Odile Rey⟧, adjointe aux solidarités et vice-présidente du CCAS.

--- Mentions d'information (article 13 du RGPD) ---
Les informations recueillies dans ce document sont enregistrées par le Centre communal d'action sociale de Montfleury-sur-Isère, responsable du traitement, représenté par son président, le maire. Elles sont nécessaires à l'instruction des demandes d'aide sociale facultative, à la tenue du registre nominatif des personnes vulnérables prévu par le code de l'action sociale et des familles, à l'organisation du service d'aide à domicile, du portage de repas et des animations destinées aux aînés. Elles sont conservées pendant la durée de la prise en charge puis deux ans, sauf obligation légale d'archivage plus longue ; les données du registre sont supprimées sur simple demande de la personne inscrite ou de son représentant.
Destinataires : les agents habilités du CCAS, les élus membres du conseil d'administration pour les seules décisions qui leur sont soumises, le préfet en cas de déclenchement d'un plan d'alerte et d'urgence, et les services de secours lorsque leur intervention est nécessaire. Aucune donnée n'est transmise à un tiers à des fins commerciales ni hors de l'Union européenne.
Vous pouvez accéder aux données vous concernant, les rectifier, demander leur effacement ou exercer votre droit à la limitation du traitement en vous adressant au CCAS, 3 rue Pasteur, 38340 Montfleury-sur-Isère, ou au délégué à la protection des données de la commune (dpo@montfleury38.fr). Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.
Les agents du CCAS sont tenus au secret professionnel (article L.133-5 du CASF). Les documents papier sont rangés dans une armoire fermée à clé ; les fichiers informatiques sont hébergés sur le serveur de la mairie, dont l'accès est protégé par mot de passe individuel et journalisé.
Horaires d'accueil du CCAS : du lundi au vendredi de 8 h 30 à 12 h, l'après-midi sur rendez-vous. Permanence téléphonique d'urgence sociale en dehors des heures d'ouverture : se reporter au répondeur du 04 76 75 40 20.
"""

TXT["f05_dossier_centre_loisirs_ete.txt"] = """
CENTRE DE LOISIRS MUNICIPAL « LES P'TITS LOUPS » — DOSSIER SANITAIRE ET DE LIAISON — ÉTÉ 2026
Accueil collectif de mineurs déclaré n° 0380234CL000126 — 15 chemin des Écoliers, 38340 Montfleury-sur-Isère — 04 76 75 40 55
Directrice de l'accueil : ⟦off:Mme Laure Chabert⟧

1. L'ENFANT
Nom de famille : ⟦p:BENALI⟧        Prénom : ⟦p:Inès⟧        Surnom utilisé à la maison : ⟦p:Nénette⟧
Date de naissance : ⟦bd:le vingt-trois août deux mille dix-sept⟧    Lieu : ⟦bp:Villeurbanne (69)⟧
Âge : ⟦ag:8 ans⟧ (⟦ag:9 ans⟧ pendant le séjour)      Classe fréquentée : CE2, école Marie-Curie
Frère inscrit : ⟦p:Rayan BENALI⟧, né en ⟦bd:2020⟧, groupe des Louveteaux

2. RESPONSABLES LÉGAUX
Mère : ⟦p:Karima BENALI⟧ — ⟦a:31 rue Victor-Hugo, appt 6, 38340 Montfleury-sur-Isère⟧ — ⟦t:+33612457890⟧ — ⟦e:karima.benali69@hotmail.fr⟧
Père : ⟦p:Sofiane HADJ-AISSA⟧ — ⟦a:88 cours Lafayette, 69003 Lyon⟧ — ⟦t:07 52 14 36 98⟧ (garde alternée, semaines paires)
Employeur de la mère (joignable en journée) : clinique des Cèdres, 04 76 33 50 00

3. CONTACTS D'URGENCE (si les parents ne répondent pas)
Nom et prénom                 Lien             Téléphone
⟦p:Fatiha Benali⟧                 grand-mère       ⟦t:04 78 85 21 09⟧
⟦p:Nassim « Nass » Benali⟧        oncle            ⟦t:06 99 88 77 66⟧
⟦p:Mme Juliette Garnier⟧          marraine         ⟦t:06.12.13.14.15⟧

4. PERSONNES AUTORISÉES À RÉCUPÉRER L'ENFANT
- ⟦p:Fatiha Benali⟧ (grand-mère)
- ⟦p:Lina Hadj-Aissa⟧, demi-sœur majeure, née le ⟦bd:05/05/2006⟧
- la nounou, ⟦p:Mme Dos Santos Maria-Conceição⟧, ⟦a:4 rue des Écoles⟧ — ⟦t:06 21 43 65 87⟧
Personne NON autorisée (décision du juge aux affaires familiales du 12/01/2026) : aucune.

5. RENSEIGNEMENTS MÉDICAUX
Vaccins à jour (DTP). Allergie au pollen de graminées, asthme léger : Ventoline dans le sac. Ne sait pas encore nager sans brassards.
Médecin traitant : ⟦off:Dr Paul Servan⟧, maison de santé de Montfleury, 04 76 75 70 70.

6. AUTORISATIONS
[x] droit à l'image (site de la ville, journal municipal)   [x] baignade surveillée   [x] transport en car
Je soussignée ⟦p:Karima Benali⟧ certifie exacts les renseignements portés sur cette fiche.
Le 28 mai 2026.

Réservations : semaines 28, 29, 31 (journée complète avec repas). Tarif QF 612 : 9,80 € par jour.
Numéro de dossier Portail Famille : ⟦id:ENF-004512⟧ (Inès), ⟦id:ENF-004513⟧ (Rayan).

--- Extraits du règlement des services périscolaires et extrascolaires (délibération du conseil municipal du 3 juillet 2025) ---
Article 3 — Inscription. L'inscription aux services (restauration scolaire, accueils du matin et du soir, mercredis et vacances) est annuelle et se fait sur le portail famille ou à l'accueil du Pôle Famille. Le dossier n'est complet qu'avec la fiche sanitaire, l'attestation d'assurance et, le cas échéant, le projet d'accueil individualisé signé par le médecin scolaire.
Article 5 — Réservations et annulations. Les repas et les journées de centre de loisirs sont réservés au plus tard le jeudi précédant la semaine concernée. Toute absence non signalée 48 heures à l'avance est facturée, sauf maladie justifiée par un certificat médical remis dans la semaine ; dans ce cas, le premier jour reste dû.
Article 7 — Tarifs. Les tarifs sont fixés chaque année par délibération selon le quotient familial. À défaut de justificatif, le tarif maximal est appliqué ; aucune rétroactivité n'est possible au-delà du mois en cours.
Article 9 — Départ de l'enfant. L'enfant n'est confié qu'à ses représentants légaux ou aux personnes majeures désignées par écrit sur la fiche d'inscription, sur présentation d'une pièce d'identité. Un enfant ne peut en aucun cas être confié à un mineur. En cas de retard après l'heure de fermeture, la famille est appelée, puis les contacts d'urgence ; au-delà de 45 minutes sans nouvelles, la police municipale est avisée. Trois retards dans l'année entraînent une pénalité forfaitaire.
Article 11 — Paiement. Les factures sont émises au début du mois suivant et payables sous trois semaines : prélèvement automatique, paiement en ligne, chèque, chèque emploi service universel (accueils des enfants de moins de 6 ans) ou espèces à la régie. En cas d'impayé persistant, le recouvrement est confié au comptable public ; les familles en difficulté sont invitées à prendre contact avec le CCAS.
Article 13 — Santé. Aucun médicament n'est administré sans ordonnance et sans PAI. Les régimes alimentaires et allergies sont signalés à l'inscription ; des repas sans viande sont proposés chaque jour.
"""

TXT["f06_courriel_parent_absence.txt"] = """
De : ⟦p:agnieszka wiśniewska⟧ <⟦e:aga.wisniewska@wp.pl⟧>
À : periscolaire@montfleury38.fr
Date : lun. 9 mars 2026 à 07:12
Objet : absence cantine ⟦p:Zosia⟧ + ⟦p:Kuba⟧

bonjour,
mes enfants ⟦p:zofia⟧ (⟦p:Zosia⟧) et ⟦p:jakub dupuis⟧ (⟦p:Kuba⟧) seront absents de la cantine toute la semaine, nous partons en Pologne pour l'enterrement de leur arrière-grand-mère (décédée le ⟦bd:5 mars⟧).
leur père ⟦p:Grégory Dupuis⟧ est au courant. Pouvez-vous ne pas facturer svp ? compte famille ⟦id:FAM-2022-00318⟧
on rentre le 16. en cas de besoin mon numéro polonais ⟦t:+48 512 345 678⟧
merci
⟦p:aga⟧

-------- Réponse --------
De : Pôle Famille <periscolaire@montfleury38.fr>
Date : lun. 9 mars 2026 à 09:40
Bonjour Madame ⟦p:Wiśniewska⟧,
Nous avons bien désinscrit ⟦p:Zofia⟧ et ⟦p:Jakub⟧ des repas du 9 au 13 mars ; ils ne seront pas facturés, le délai de prévenance étant respecté par le justificatif que vous voudrez bien nous adresser au retour. Toutes nos condoléances.
⟦off:Sabrina Gonin⟧, accueil du Pôle Famille — 04 76 75 40 00

--- Extraits du règlement des services périscolaires et extrascolaires (délibération du conseil municipal du 3 juillet 2025) ---
Article 3 — Inscription. L'inscription aux services (restauration scolaire, accueils du matin et du soir, mercredis et vacances) est annuelle et se fait sur le portail famille ou à l'accueil du Pôle Famille. Le dossier n'est complet qu'avec la fiche sanitaire, l'attestation d'assurance et, le cas échéant, le projet d'accueil individualisé signé par le médecin scolaire.
Article 5 — Réservations et annulations. Les repas et les journées de centre de loisirs sont réservés au plus tard le jeudi précédant la semaine concernée. Toute absence non signalée 48 heures à l'avance est facturée, sauf maladie justifiée par un certificat médical remis dans la semaine ; dans ce cas, le premier jour reste dû.
Article 7 — Tarifs. Les tarifs sont fixés chaque année par délibération selon le quotient familial. À défaut de justificatif, le tarif maximal est appliqué ; aucune rétroactivité n'est possible au-delà du mois en cours.
Article 9 — Départ de l'enfant. L'enfant n'est confié qu'à ses représentants légaux ou aux personnes majeures désignées par écrit sur la fiche d'inscription, sur présentation d'une pièce d'identité. Un enfant ne peut en aucun cas être confié à un mineur. En cas de retard après l'heure de fermeture, la famille est appelée, puis les contacts d'urgence ; au-delà de 45 minutes sans nouvelles, la police municipale est avisée. Trois retards dans l'année entraînent une pénalité forfaitaire.
Article 11 — Paiement. Les factures sont émises au début du mois suivant et payables sous trois semaines : prélèvement automatique, paiement en ligne, chèque, chèque emploi service universel (accueils des enfants de moins de 6 ans) ou espèces à la régie. En cas d'impayé persistant, le recouvrement est confié au comptable public ; les familles en difficulté sont invitées à prendre contact avec le CCAS.
Article 13 — Santé. Aucun médicament n'est administré sans ordonnance et sans PAI. Les régimes alimentaires et allergies sont signalés à l'inscription ; des repas sans viande sont proposés chaque jour.
"""

TXT["f07_liste_club_natation.txt"] = """
CERCLE DES NAGEURS DE MONTFLEURY (association loi 1901, affiliée FFN) — Saison 2025-2026
Liste des licenciés — groupe Avenir / Jeunes — entraînements au centre aquatique Les Vagues, 2 avenue Jean-Jaurès, 38340 Montfleury-sur-Isère (accueil 04 76 75 12 00)

N°  Nom Prénom                       Année   Licence FFN        Responsable légal                  Téléphone
1   ⟦p:ARNAUD Mathis⟧                    ⟦bd:2014⟧    ⟦id:2014 0382 1137⟧     ⟦p:Arnaud Sylvie⟧                      ⟦t:06 14 22 37 48⟧
2   ⟦p:ÇELİK Zeynep⟧                     ⟦bd:2015⟧    ⟦id:2015 0382 0419⟧     ⟦p:Çelik Mehmet⟧                       ⟦t:+90 532 418 27 63⟧
3   ⟦p:DA SILVA Enzo⟧                    ⟦bd:2013⟧    ⟦id:2013 0382 0876⟧     ⟦p:Pereira Ana⟧ (mère)                 ⟦t:0033 7 45 96 32 10⟧
4   ⟦p:FONTAINE-LEGRAND Capucine⟧        ⟦bd:2014⟧    ⟦id:2014 0382 1202⟧     ⟦p:Legrand Hugo⟧                       ⟦t:06.33.44.55.66⟧
5   ⟦p:KOVÁCS Bence⟧                     ⟦bd:2012⟧    ⟦id:2012 0382 0093⟧     ⟦p:Kovács Réka⟧                        ⟦t:07 66 55 44 33⟧
6   ⟦p:MOREAU Tom⟧ dit « ⟦p:Tomtom⟧ »        ⟦bd:2015⟧    ⟦id:2015 0382 0588⟧     ⟦p:Giraud Élodie⟧                      ⟦t:06-23-45-67-81⟧
7   ⟦p:NDIAYE Awa⟧                       ⟦bd:2013⟧    ⟦id:2013 0382 1419⟧     ⟦p:Ndiaye Mamadou⟧                     ⟦t:+221 77 123 45 67⟧
8   ⟦p:PETROV Ivan⟧ (⟦p:Иван Петров⟧)        ⟦bd:2014⟧    ⟦id:2014 0382 0771⟧     ⟦p:Petrova Olga⟧                       ⟦t:06 40 50 60 70⟧

Créneaux : mardi et vendredi 17 h 30 - 19 h (bassin sportif, lignes 1 à 3), samedi 9 h - 10 h 30.
Entraîneur : ⟦p:Julien Masson⟧, BEESAN, travailleur indépendant (SIRET ⟦siret:812 345 676 00017⟧), ⟦t:06 98 76 54 32⟧.
Président du club : ⟦p:Bernard Lacroix⟧ — Secrétaire : ⟦p:Nadia Ferrand⟧ (⟦e:secretariat.cnm38 chez gmail.com⟧).
Convention d'utilisation du bassin signée avec la ville ; responsable du centre aquatique : ⟦off:M. Stéphane Roux⟧.

--- Règlement intérieur des équipements sportifs municipaux (extraits) ---
Le centre aquatique Les Vagues, 2 avenue Jean-Jaurès, 38340 Montfleury-sur-Isère, et le gymnase Pierre-de-Coubertin, 10 rue des Sports, sont des équipements de la Ville de Montfleury-sur-Isère gérés en régie. Accueil du centre aquatique : 04 76 75 12 00 ; gardiennage du gymnase : 04 76 75 12 30.
Article 2 — Accès. Les enfants de moins de 10 ans doivent être accompagnés d'une personne majeure en tenue de bain. Les cartes d'abonnement sont strictement personnelles ; toute utilisation par un tiers entraîne la suspension de la carte. Les clubs et associations accèdent aux bassins et aux salles selon le planning annuel validé par l'adjoint aux sports, sous la responsabilité de leur encadrement diplômé.
Article 4 — Hygiène et sécurité. Le passage par les douches et les pédiluves est obligatoire ; le short de bain est interdit. Les usagers se conforment aux consignes des maîtres-nageurs sauveteurs. Les objets de valeur sont déposés dans les casiers ; la Ville décline toute responsabilité en cas de vol.
Article 6 — Associations. Chaque club utilisateur remet au début de la saison la liste de ses licenciés, l'attestation d'assurance et le nom de ses encadrants. Les listes sont utilisées pour le contrôle d'accès et la sécurité (évacuation) et ne sont pas conservées au-delà de la saison.
Article 8 — Sanctions. Tout manquement au règlement peut entraîner l'exclusion temporaire ou définitive, prononcée par le responsable de l'équipement, sans remboursement. Les incidents sont consignés dans la main courante.
Article 10 — Tarifs et remboursements. Les tarifs sont votés par le conseil municipal. Les séances annulées du fait de la Ville (panne, pollution, manifestation) sont reportées ou remboursées sur demande écrite à la régie ; aucune entrée n'est remboursée pour convenance personnelle.
Horaires d'été : du lundi au dimanche de 10 h à 19 h 30 ; évacuation des bassins 20 minutes avant la fermeture.
"""

TXT["f08_carte_abonnement_piscine.txt"] = """
CENTRE AQUATIQUE LES VAGUES — 2 avenue Jean-Jaurès, 38340 Montfleury-sur-Isère — 04 76 75 12 00
Ville de Montfleury-sur-Isère — SIRET 213 801 459 00016 — régie piscine

DEMANDE DE CARTE D'ABONNEMENT ANNUELLE (tarif résident)
Nom : ⟦p:VAN DER MEER⟧   Prénom : ⟦p:Sanne⟧
Date de naissance : ⟦bd:30/09/1987⟧
Adresse : ⟦a:le Pré Vert, lieu-dit Les Combes, 38340 Montfleury-sur-Isère⟧
Portable : ⟦t:+31 6 12 34 56 78⟧ / ⟦t:06 52 63 74 85⟧
Courriel : ⟦e:sanne.vdmeer@ziggo.nl⟧
Formule : aquagym illimitée + nage libre — 248,00 €
Ayants droit (carte famille) : ⟦p:Pieter Van der Meer⟧ (conjoint), ⟦p:Lotte⟧ (⟦ag:11 ans⟧), ⟦p:Daan⟧ (⟦ag:6 ans⟧)
N° de carte attribué : ⟦id:PV-0049817⟧ — photo prise le 06/01/2026
Justificatif de domicile : facture d'électricité. Réglé par CB.
Visa de l'agent de caisse : ⟦off:C. Meunier⟧
"""

TXT["f09_tournee_portage_repas.txt"] = """
CCAS DE MONTFLEURY-SUR-ISÈRE — SERVICE DE PORTAGE DE REPAS À DOMICILE
Feuille de tournée B — semaine 11 (du 9 au 13 mars 2026) — véhicule de service immatriculé EF-204-KL
Livreur : ⟦off:Patrick Ollier⟧, agent du CCAS — repas préparés par la cuisine centrale Restauval (SAS, SIRET 456 789 122 00011)

Ordre  Bénéficiaire                        Adresse                                              Code / accès                 Repas   Régime
1      ⟦p:BOUVIER Germaine⟧                    ⟦a:lieu-dit Le Chatelard⟧                                clé dans la boîte à lettres     L M J V   mixé
2      ⟦p:CHARVET Louis et Denise⟧             ⟦a:12 chem. du Lavoir⟧                                   sonner 2 fois                   L à V     diabétique ×2
3      ⟦p:M. Tran Quoc Bao⟧                    ⟦a:rés. Les Tilleuls, bât. A, appt 2⟧                    digicode 4512B                  L M V     normal
4      ⟦p:Mme Bensalah⟧ (veuve ⟦p:Lahcen⟧)         ⟦a:27 bd de la République, bât. B, appt 41⟧              interphone « BENSALAH A. »      L à V     sans sel
5      ⟦p:RIVIÈRE Jeannine, dite « Nine »⟧      ⟦a:Ferme de la Combe, route de Saint-Ismier⟧             chien attaché, entrer par grange L J      normal
6      ⟦p:GARCIA y LÓPEZ Manuel⟧               ⟦a:3 rue du Four, Le Bourg⟧                              —                               L à V     sans porc
7      ⟦p:Mme PERRET Odette⟧                   ⟦a:« Les Hirondelles », ch. de la Croix-Rouge⟧           porte de derrière               M V       haché

Consignes : en cas d'absence sans prévenir, appeler d'abord le bénéficiaire puis la personne à prévenir, et le CCAS (04 76 75 40 20). Ne jamais laisser un repas devant la porte.
Tournée n° 5 : la fille de Mme Rivière, ⟦p:Sylvie Rivière-Blanc⟧ (⟦t:06 77 31 52 84⟧), demande à être appelée directement.
Tournée n° 3 : M. Tran hospitalisé du 10 au 12, suspendre (message de son fils ⟦p:Minh⟧, ⟦t:07.58.46.92.13⟧).
Visa de la responsable du service maintien à domicile : ⟦off:Émilie Ravel⟧.

--- Mentions d'information (article 13 du RGPD) ---
Les informations recueillies dans ce document sont enregistrées par le Centre communal d'action sociale de Montfleury-sur-Isère, responsable du traitement, représenté par son président, le maire. Elles sont nécessaires à l'instruction des demandes d'aide sociale facultative, à la tenue du registre nominatif des personnes vulnérables prévu par le code de l'action sociale et des familles, à l'organisation du service d'aide à domicile, du portage de repas et des animations destinées aux aînés. Elles sont conservées pendant la durée de la prise en charge puis deux ans, sauf obligation légale d'archivage plus longue ; les données du registre sont supprimées sur simple demande de la personne inscrite ou de son représentant.
Destinataires : les agents habilités du CCAS, les élus membres du conseil d'administration pour les seules décisions qui leur sont soumises, le préfet en cas de déclenchement d'un plan d'alerte et d'urgence, et les services de secours lorsque leur intervention est nécessaire. Aucune donnée n'est transmise à un tiers à des fins commerciales ni hors de l'Union européenne.
Vous pouvez accéder aux données vous concernant, les rectifier, demander leur effacement ou exercer votre droit à la limitation du traitement en vous adressant au CCAS, 3 rue Pasteur, 38340 Montfleury-sur-Isère, ou au délégué à la protection des données de la commune (dpo@montfleury38.fr). Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.
Les agents du CCAS sont tenus au secret professionnel (article L.133-5 du CASF). Les documents papier sont rangés dans une armoire fermée à clé ; les fichiers informatiques sont hébergés sur le serveur de la mairie, dont l'accès est protégé par mot de passe individuel et journalisé.
Horaires d'accueil du CCAS : du lundi au vendredi de 8 h 30 à 12 h, l'après-midi sur rendez-vous. Permanence téléphonique d'urgence sociale en dehors des heures d'ouverture : se reporter au répondeur du 04 76 75 40 20.
"""

TXT["f10_sortie_seniors_liste.txt"] = """
CCAS — SORTIE DES AÎNÉS AU LAC D'ANNECY — jeudi 18 juin 2026
Départ 8 h parking de la salle des fêtes Louis-Aragon ; retour vers 19 h. Car Transports Perraud.
Accompagnateurs : ⟦off:Mme Odile Rey⟧ (adjointe), ⟦off:M. Patrick Ollier⟧ (agent CCAS), une infirmière bénévole.

Liste des inscrits (paiement 32 € — gratuit sous condition de ressources)
 1. ⟦p:ALLEMAND Roger⟧ (⟦ag:79 ans⟧) et ⟦p:Yvette⟧ — ⟦t:04 76 75 02 33⟧ — payé chèque
 2. ⟦p:BOUCHET Simone⟧, née en ⟦bd:1936⟧ — fauteuil pliant, place à l'avant — gratuit
 3. ⟦p:CHEVALLIER Marcel « Cello »⟧ — ⟦t:06 13 57 91 35⟧ — payé espèces
 4. ⟦p:DJAZIRI Fatma⟧ — accompagnée de sa belle-fille ⟦p:Nora Djaziri⟧ — ⟦t:07 14 25 36 47⟧
 5. ⟦p:ESCOFFIER Marie-Louise⟧ (⟦ag:quatre-vingt-trois ans⟧) — ⟦a:rés. Le Belvédère, bât. A, appt 11⟧ — à prendre à domicile
 6. ⟦p:FAVRE Henri⟧ — ⟦t:04.76.75.22.09⟧
 7. ⟦p:GONZALEZ Pilar⟧ et son amie ⟦p:Mme HUGUET Colette⟧ — même chambre au restaurant
 8. ⟦p:IVANESCU Maria⟧ — ⟦t:+40 745 678 901⟧ (portable roumain)
 9. ⟦p:LOHMANN-VIDAL Margarete⟧ — ⟦ag:86 ans⟧ — régime sans gluten
10. ⟦p:MARTIN René⟧, ancien boulanger, ⟦a:Grand'Rue, n° 47⟧ — payé
11. ⟦p:NGUYỄN Thị Lan⟧ — accompagnée de ⟦p:Kevin Nguyen⟧ (petit-fils)
12. ⟦p:PAPADOPOULOS Eleni⟧ (⟦p:Ελένη Παπαδοπούλου⟧) — ⟦t:06 26 37 48 59⟧

Liste d'attente : ⟦p:M. Roux Gilbert⟧ (pas le responsable de la piscine), ⟦p:Mme Sauvage⟧.
Arrêtée le 2 juin 2026 par la directrice du CCAS, ⟦off:Nathalie Berthet⟧.

--- Mentions d'information (article 13 du RGPD) ---
Les informations recueillies dans ce document sont enregistrées par le Centre communal d'action sociale de Montfleury-sur-Isère, responsable du traitement, représenté par son président, le maire. Elles sont nécessaires à l'instruction des demandes d'aide sociale facultative, à la tenue du registre nominatif des personnes vulnérables prévu par le code de l'action sociale et des familles, à l'organisation du service d'aide à domicile, du portage de repas et des animations destinées aux aînés. Elles sont conservées pendant la durée de la prise en charge puis deux ans, sauf obligation légale d'archivage plus longue ; les données du registre sont supprimées sur simple demande de la personne inscrite ou de son représentant.
Destinataires : les agents habilités du CCAS, les élus membres du conseil d'administration pour les seules décisions qui leur sont soumises, le préfet en cas de déclenchement d'un plan d'alerte et d'urgence, et les services de secours lorsque leur intervention est nécessaire. Aucune donnée n'est transmise à un tiers à des fins commerciales ni hors de l'Union européenne.
Vous pouvez accéder aux données vous concernant, les rectifier, demander leur effacement ou exercer votre droit à la limitation du traitement en vous adressant au CCAS, 3 rue Pasteur, 38340 Montfleury-sur-Isère, ou au délégué à la protection des données de la commune (dpo@montfleury38.fr). Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.
Les agents du CCAS sont tenus au secret professionnel (article L.133-5 du CASF). Les documents papier sont rangés dans une armoire fermée à clé ; les fichiers informatiques sont hébergés sur le serveur de la mairie, dont l'accès est protégé par mot de passe individuel et journalisé.
Horaires d'accueil du CCAS : du lundi au vendredi de 8 h 30 à 12 h, l'après-midi sur rendez-vous. Permanence téléphonique d'urgence sociale en dehors des heures d'ouverture : se reporter au répondeur du 04 76 75 40 20.
"""

TXT["f11_sms_piscine_fermeture.txt"] = """
SMS envoyés par la régie du centre aquatique — 23/01/2026
[08:05] vers ⟦t:06 52 63 74 85⟧ (⟦p:VAN DER MEER Sanne⟧) : « Les Vagues : bassin fermé ce jour (panne chaudière). Votre séance aquagym de 12h15 est reportée au 30/01. »
[08:05] vers ⟦t:0698765432⟧ (⟦p:Julien Masson⟧, entraîneur CNM) : « Entraînement de ce soir annulé, merci de prévenir les familles. »
[08:06] vers ⟦t:+33 6 41 52 63 74⟧ (⟦p:BRUN-PICARD Hélène⟧) : idem aquagym.
[08:31] réponse de ⟦t:0698765432⟧ : « ok je préviens le groupe whatsapp. ⟦p:Jul⟧ »
[09:12] réponse de ⟦t:+33 6 41 52 63 74⟧ : « Merci. Pouvez-vous aussi décaler le cours de natation de ma fille ⟦p:Margaux Picard⟧ ? »
Contact presse : accueil 04 76 75 12 00.
"""

TXT["f12_demande_aide_ccas_vacances.txt"] = """
CCAS DE MONTFLEURY-SUR-ISÈRE — DEMANDE D'AIDE AUX VACANCES ENFANTS (commission permanente du 7 mai 2026)

Dossier n° ⟦id:AVE-2026-031⟧
Demandeur : ⟦p:Mme Aminata KONATÉ⟧, née le ⟦bd:11/11/1989⟧ à ⟦bp:Bamako (Mali)⟧
Adresse : ⟦a:rés. Les Tilleuls, bât. D, 3e ét., porte 35⟧, 38340 Montfleury-sur-Isère
Téléphone : ⟦t:07 53 64 75 86⟧
Situation : mère isolée, 3 enfants : ⟦p:Moussa Traoré⟧ (⟦ag:12 ans⟧), ⟦p:Fanta Traoré⟧ (⟦ag:9 ans⟧), ⟦p:Issa Konaté⟧ (⟦ag:4 ans⟧).
N° allocataire CAF : ⟦id:0451287 K⟧ — QF : 389
Demande : prise en charge de 50 % de 3 semaines de centre de loisirs pour les deux aînés.

Avis de l'instructrice : favorable. Reste à charge estimé : 88 €.
Instruit par ⟦off:Mme Hanane Zerrouki⟧, conseillère en économie sociale et familiale.
Décision de la commission : accord 50 %, présidée par ⟦off:Mme Odile Rey⟧, vice-présidente du CCAS.
"""

TXT["f13_courriel_garde_alternee.txt"] = """
De : ⟦p:Julien Perrin⟧ <⟦e:julien.perrin.38@free.fr⟧>
À : Pôle Famille <famille@montfleury38.fr>
Cc : ⟦e:cecile.lambert75 at gmail dot com⟧
Objet : Re: Re: facturation ⟦p:Noé⟧ PERRIN-LAMBERT
Date : 3 février 2026 22:47

Bonjour,
Pour la énième fois : ⟦p:Noé⟧ est en garde alternée. Les semaines impaires il est chez moi (⟦a:15, allée des Peupliers, Le Clos Fleuri, 38330 Saint-Ismier⟧) et les paires chez sa mère, ⟦p:Mme Lambert⟧, ⟦a:6 rue Berlioz, appt 9⟧ à Montfleury.
Je demande donc que la facture soit scindée : ma part sur mon compte famille ⟦id:FAM-2023-00990⟧, la sienne sur ⟦id:FAM-2020-00412⟧.
Mon portable a changé : ⟦t:06 84 95 06 17⟧.
Cordialement,
⟦p:J. Perrin⟧

> Le 2 févr. 2026 à 10:15, Pôle Famille a écrit :
> Monsieur,
> Le logiciel ne permet qu'un payeur par enfant. Nous avons transmis votre demande à ⟦off:Mme Sandrine Faure⟧, adjointe au maire chargée de l'enfance, qui vous répondra.
> ⟦off:Marc Dufour⟧, régisseur

>> Le 31 janv. 2026 à 19:03, ⟦p:Cécile Lambert⟧ <⟦e:cecile.lambert75@gmail.com⟧> a écrit :
>> je ne paierai pas les mercredis de janvier, ⟦p:Noé⟧ était chez son père.

--- Extraits du règlement des services périscolaires et extrascolaires (délibération du conseil municipal du 3 juillet 2025) ---
Article 3 — Inscription. L'inscription aux services (restauration scolaire, accueils du matin et du soir, mercredis et vacances) est annuelle et se fait sur le portail famille ou à l'accueil du Pôle Famille. Le dossier n'est complet qu'avec la fiche sanitaire, l'attestation d'assurance et, le cas échéant, le projet d'accueil individualisé signé par le médecin scolaire.
Article 5 — Réservations et annulations. Les repas et les journées de centre de loisirs sont réservés au plus tard le jeudi précédant la semaine concernée. Toute absence non signalée 48 heures à l'avance est facturée, sauf maladie justifiée par un certificat médical remis dans la semaine ; dans ce cas, le premier jour reste dû.
Article 7 — Tarifs. Les tarifs sont fixés chaque année par délibération selon le quotient familial. À défaut de justificatif, le tarif maximal est appliqué ; aucune rétroactivité n'est possible au-delà du mois en cours.
Article 9 — Départ de l'enfant. L'enfant n'est confié qu'à ses représentants légaux ou aux personnes majeures désignées par écrit sur la fiche d'inscription, sur présentation d'une pièce d'identité. Un enfant ne peut en aucun cas être confié à un mineur. En cas de retard après l'heure de fermeture, la famille est appelée, puis les contacts d'urgence ; au-delà de 45 minutes sans nouvelles, la police municipale est avisée. Trois retards dans l'année entraînent une pénalité forfaitaire.
Article 11 — Paiement. Les factures sont émises au début du mois suivant et payables sous trois semaines : prélèvement automatique, paiement en ligne, chèque, chèque emploi service universel (accueils des enfants de moins de 6 ans) ou espèces à la régie. En cas d'impayé persistant, le recouvrement est confié au comptable public ; les familles en difficulté sont invitées à prendre contact avec le CCAS.
Article 13 — Santé. Aucun médicament n'est administré sans ordonnance et sans PAI. Les régimes alimentaires et allergies sont signalés à l'inscription ; des repas sans viande sont proposés chaque jour.
"""

TXT["f14_reservation_gymnase.txt"] = """
SERVICE DES SPORTS — PLANNING D'OCCUPATION DU GYMNASE PIERRE-DE-COUBERTIN — saison 2026-2027
Gymnase Pierre-de-Coubertin, 10 rue des Sports, 38340 Montfleury-sur-Isère — gardien : 04 76 75 12 30

Lundi 18 h-20 h   Badminton Club Montfleury — référent ⟦p:Thibault Nguyen-Marchand⟧ ⟦t:06 45 32 10 98⟧
Mardi 20 h-22 h   Futsal loisir (particuliers) — réservation au nom de ⟦p:M. Yassine Amrani⟧, ⟦a:5 rue Stendhal, 38000 Grenoble⟧ — ⟦e:yass.amrani@laposte.net⟧
Mercredi 14 h-17 h  École municipale des sports (enfants 6-10 ans) — éducateur ⟦off:Kévin Brun⟧
Jeudi 19 h-21 h   Gym volontaire Les Pétillantes (association) — présidente ⟦p:Mme Rolande Vieux⟧, ⟦t:04 76 75 55 21⟧
Vendredi 18 h-23 h  Anniversaire privé ponctuel (9 oct.) — ⟦p:famille Oukili⟧, caution 300 € — badge n° ⟦id:BDG-1187⟧ remis à ⟦p:Mme Nadia Oukili⟧
Samedi 9 h-12 h   Judo Club — licences vérifiées par l'adjoint aux sports ⟦off:M. Karim Haddad⟧

Validé par ⟦off:Karim Haddad⟧, adjoint au maire chargé des sports.

--- Règlement intérieur des équipements sportifs municipaux (extraits) ---
Le centre aquatique Les Vagues, 2 avenue Jean-Jaurès, 38340 Montfleury-sur-Isère, et le gymnase Pierre-de-Coubertin, 10 rue des Sports, sont des équipements de la Ville de Montfleury-sur-Isère gérés en régie. Accueil du centre aquatique : 04 76 75 12 00 ; gardiennage du gymnase : 04 76 75 12 30.
Article 2 — Accès. Les enfants de moins de 10 ans doivent être accompagnés d'une personne majeure en tenue de bain. Les cartes d'abonnement sont strictement personnelles ; toute utilisation par un tiers entraîne la suspension de la carte. Les clubs et associations accèdent aux bassins et aux salles selon le planning annuel validé par l'adjoint aux sports, sous la responsabilité de leur encadrement diplômé.
Article 4 — Hygiène et sécurité. Le passage par les douches et les pédiluves est obligatoire ; le short de bain est interdit. Les usagers se conforment aux consignes des maîtres-nageurs sauveteurs. Les objets de valeur sont déposés dans les casiers ; la Ville décline toute responsabilité en cas de vol.
Article 6 — Associations. Chaque club utilisateur remet au début de la saison la liste de ses licenciés, l'attestation d'assurance et le nom de ses encadrants. Les listes sont utilisées pour le contrôle d'accès et la sécurité (évacuation) et ne sont pas conservées au-delà de la saison.
Article 8 — Sanctions. Tout manquement au règlement peut entraîner l'exclusion temporaire ou définitive, prononcée par le responsable de l'équipement, sans remboursement. Les incidents sont consignés dans la main courante.
Article 10 — Tarifs et remboursements. Les tarifs sont votés par le conseil municipal. Les séances annulées du fait de la Ville (panne, pollution, manifestation) sont reportées ou remboursées sur demande écrite à la régie ; aucune entrée n'est remboursée pour convenance personnelle.
Horaires d'été : du lundi au dimanche de 10 h à 19 h 30 ; évacuation des bassins 20 minutes avant la fermeture.
"""

TXT["f15_journal_appels_canicule.txt"] = """
CCAS — PLAN CANICULE NIVEAU 3 — JOURNAL DES APPELS DU 2 AU 4 JUILLET 2026
Cellule d'appel installée salle du conseil, hôtel de ville, 1 place de la Libération. Agents : ⟦off:Patrick Ollier⟧, ⟦off:Hanane Zerrouki⟧, ⟦off:Émilie Ravel⟧. Élue d'astreinte : ⟦off:Odile Rey⟧.

Jeudi 2 juillet
09:02  ⟦p:BOUVIER Germaine⟧ — ⟦t:04 76 75 18 22⟧ — répond, va bien, volets fermés, boit. Son fils ⟦p:Alain⟧ passe samedi.
09:06  ⟦p:FAVRE Henri⟧ — ⟦t:04.76.75.22.09⟧ — pas de réponse. 09:40 rappel : pas de réponse. Appel à la voisine ⟦p:Paulette Girard⟧ (⟦t:04 76 75 22 31⟧) : « il est au marché avec son ami ⟦p:Dédé⟧ ». 11:10 rappel : répond, va bien.
09:15  ⟦p:NGUYỄN Thị Lan⟧ — appel au petit-fils ⟦p:Kevin⟧ (⟦t:+33 7 61 22 43 95⟧) qui confirme qu'il l'a installée chez lui, ⟦a:22 rue Ampère, 38100 Grenoble⟧, jusqu'à dimanche.
09:21  ⟦p:KOWALCZYK Józef⟧ — ⟦t:04 76 75 09 87⟧ — répond en polonais, sa femme ⟦p:Halina⟧ prend l'appel : tout va bien, ventilateur prêté par le voisin ⟦p:M. Gaillard⟧.
09:30  ⟦p:BENSALAH Abdelkader⟧ — ⟦t:06 47 58 69 70⟧ — fatigué, dit avoir chaud. Passage à domicile demandé. 10:15 visite ⟦off:P. Ollier⟧ : 31 °C dans l'appartement, conduit à la salle rafraîchie de la résidence autonomie. Prévenu sa fille ⟦p:Samira⟧ au ⟦t:+212 5 22 48 19 63⟧.
09:44  ⟦p:PERRET Odette⟧ — ⟦t:04 76 75 61 02⟧ — « je n'ai besoin de personne », raccroche. 14:00 passage de la bénévole ⟦p:Françoise Dumas⟧ : va bien.
09:50  ⟦p:LOHMANN épouse VIDAL Margarete⟧ — ⟦t:04 76 75 80 14⟧ — répond, va bien.
10:05  Nouvelle inscription à la demande d'un voisin, ⟦p:M. Rachid Belkacem⟧ (⟦t:06 32 21 10 09⟧) : ⟦p:Mme Suzanne Achard⟧, ⟦ag:93 ans⟧, ⟦a:chemin des Vignes, maison au portail vert (après la ferme Guillot)⟧, sans téléphone. Visite ⟦off:H. Zerrouki⟧ à 11 h : accepte l'inscription, signe le formulaire ; née le ⟦bd:8 décembre 1932⟧.
10:30  ⟦p:ESCOFFIER Marie-Louise⟧ — ⟦t:04 76 75 47 58⟧ — répond, va bien ; demande si la sortie d'Annecy est maintenue.
11:00  ⟦p:CHARVET Louis⟧ — ⟦t:04 76 75 36 92⟧ — sa femme ⟦p:Denise⟧ a fait un malaise hier, hospitalisée au CHU (Grenoble). Lui seul à la maison. Portage de repas maintenu pour une personne.

Vendredi 3 juillet
09:00  ⟦p:FAVRE Henri⟧ — répond à la 1re sonnerie.
09:05  ⟦p:BENSALAH Abdelkader⟧ — à la résidence autonomie, appt de dépannage 003 ; son neveu ⟦p:Karim Bensalah⟧ (⟦t:06 90 81 72 63⟧) vient le chercher ce soir.
09:12  ⟦p:ACHARD Suzanne⟧ — visite ⟦off:É. Ravel⟧ : va bien, bouteilles d'eau apportées.
09:40  ⟦p:RIVIÈRE Jeannine⟧ — ⟦t:04 76 75 90 12⟧ — pas de réponse ×2. Appel fille ⟦p:Sylvie Rivière-Blanc⟧ (⟦t:06 77 31 52 84⟧) : sa mère est chez elle à ⟦a:Crolles, 8 impasse du Grésivaudan⟧ jusqu'au 10.
10:20  ⟦p:MARTIN René⟧ — ⟦t:04 76 75 11 48⟧ — répond ; se plaint que sa voisine du ⟦a:45 Grand'Rue⟧, ⟦p:Mme Jacqueline Morel⟧, ⟦ag:90 ans⟧, n'est pas inscrite. Visite proposée.
15:00  ⟦p:MOREL Jacqueline⟧ — visite : refuse l'inscription au registre. Noté le refus, aucune donnée conservée au-delà de la présente mention.

Samedi 4 juillet — niveau 3 levé à 16 h. Bilan : 14 personnes suivies, 2 mises à l'abri, 1 hospitalisation (sans lien avec la chaleur). Rapport transmis au préfet par le maire, ⟦off:M. Patrick Vial⟧.

--- Mentions d'information (article 13 du RGPD) ---
Les informations recueillies dans ce document sont enregistrées par le Centre communal d'action sociale de Montfleury-sur-Isère, responsable du traitement, représenté par son président, le maire. Elles sont nécessaires à l'instruction des demandes d'aide sociale facultative, à la tenue du registre nominatif des personnes vulnérables prévu par le code de l'action sociale et des familles, à l'organisation du service d'aide à domicile, du portage de repas et des animations destinées aux aînés. Elles sont conservées pendant la durée de la prise en charge puis deux ans, sauf obligation légale d'archivage plus longue ; les données du registre sont supprimées sur simple demande de la personne inscrite ou de son représentant.
Destinataires : les agents habilités du CCAS, les élus membres du conseil d'administration pour les seules décisions qui leur sont soumises, le préfet en cas de déclenchement d'un plan d'alerte et d'urgence, et les services de secours lorsque leur intervention est nécessaire. Aucune donnée n'est transmise à un tiers à des fins commerciales ni hors de l'Union européenne.
Vous pouvez accéder aux données vous concernant, les rectifier, demander leur effacement ou exercer votre droit à la limitation du traitement en vous adressant au CCAS, 3 rue Pasteur, 38340 Montfleury-sur-Isère, ou au délégué à la protection des données de la commune (dpo@montfleury38.fr). Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.
Les agents du CCAS sont tenus au secret professionnel (article L.133-5 du CASF). Les documents papier sont rangés dans une armoire fermée à clé ; les fichiers informatiques sont hébergés sur le serveur de la mairie, dont l'accès est protégé par mot de passe individuel et journalisé.
Horaires d'accueil du CCAS : du lundi au vendredi de 8 h 30 à 12 h, l'après-midi sur rendez-vous. Permanence téléphonique d'urgence sociale en dehors des heures d'ouverture : se reporter au répondeur du 04 76 75 40 20.
"""

TXT["f16_attestation_paiement_caf.txt"] = """
VILLE DE MONTFLEURY-SUR-ISÈRE — ATTESTATION DE PAIEMENT (frais de garde — déclaration d'impôt 2025)

Le régisseur de la régie périscolaire certifie que ⟦p:Mme KRAWCZYK-ROBIN Magdalena⟧, ⟦a:2 allée des Cerisiers, 38340 Montfleury-sur-Isère⟧, compte famille ⟦id:FAM-2018-00207⟧, a réglé en 2025 la somme de 1 284,60 € au titre de l'accueil périscolaire et du centre de loisirs de son fils ⟦p:Léon ROBIN⟧, né le ⟦bd:19 janvier 2019⟧ (moins de 6 ans au 1er janvier 2025 pour la période concernée).
Montant des frais de restauration (non déductibles) : 612,00 €.

Fait pour servir et valoir ce que de droit, le 15 janvier 2026.
Le régisseur, ⟦off:Marc Dufour⟧ — visa de l'adjointe à l'enfance, ⟦off:Sandrine Faure⟧.
"""

TXT["f17_mandat_prelevement_cantine.txt"] = """
MANDAT DE PRÉLÈVEMENT SEPA — RESTAURATION SCOLAIRE ET ACCUEILS PÉRISCOLAIRES
Créancier : Ville de Montfleury-sur-Isère, 1 place de la Libération, 38340 Montfleury-sur-Isère — ICS FR12ZZZ845213 — SIRET 213 801 459 00016
Référence unique de mandat (RUM) : ⟦id:MTF-FAM-2024-01122⟧

Débiteur : ⟦p:POPESCU Ștefan-Mihai⟧
Adresse : ⟦a:Rés. Bellevue, bât. 2, appt 17, 40 route de Grenoble, 38340 Montfleury-sur-Isère⟧
IBAN : ⟦iban:FR76 3000 4008 2300 0123 4567 819⟧
BIC : BNPAFRPPXXX
Titulaire du compte si différent : ⟦p:POPESCU Ioana-Cristina née DUMITRU⟧

Ou, pour les familles qui ont fourni un RIB papier :
Code banque ⟦rib:30004⟧   Code guichet ⟦rib:00823⟧   N° de compte ⟦rib:00012345678⟧   Clé ⟦rib:19⟧

Enfants concernés : ⟦p:Ioana Popescu⟧ (CP), ⟦p:Andrei Popescu⟧ (CM1)
Fait à Montfleury le 28/08/2024 — signature du débiteur : ⟦p:Ș. Popescu⟧
Paiement récurrent, prélèvement le 10 de chaque mois.
"""

TXT["f18_carnet_liaison_aide_domicile.txt"] = """
CCAS — SERVICE D'AIDE À DOMICILE — CAHIER DE LIAISON (copie du mois de février 2026)
Bénéficiaire : ⟦p:M. Tran Quoc Bao⟧ — ⟦a:résidence Les Tilleuls, bâtiment A, appartement 2⟧ — ⟦ag:82 ans⟧
Plan d'aide APA : 22 h par mois — dossier départemental n° ⟦id:APA-38-2023-118754⟧
Aides à domicile : ⟦off:Mme Sonia Pereira⟧ (lundi, mercredi), ⟦off:Mme Yvonne Clément⟧ (vendredi)

02/02 — Courses faites (liste de son fils ⟦p:Minh⟧). Ménage cuisine. M. Tran se plaint du dos.
04/02 — Infirmière passée avant moi. Sa belle-fille ⟦p:Chloé Tran⟧ a laissé un mot : rendez-vous kiné le 12. — S.P.
06/02 — Lessive. Appel de sa sœur ⟦p:Trần Thị Hoa⟧ depuis Hô-Chi-Minh-Ville (⟦t:+84 90 123 45 67⟧), je lui ai passé. — Y.C.
09/02 — RAS. Le voisin du dessus, ⟦p:M. Da Costa⟧, a réparé la chasse d'eau.
11/02 — M. Tran a reçu une lettre de la caisse de retraite, rangée dans le classeur bleu (n° de pension ⟦id:R 1957 0738 2451⟧). — S.P.
16/02 — M. Tran demande qu'on appelle son petit-fils ⟦p:Lucas⟧ pour son anniversaire (il aura ⟦ag:10 ans⟧ le 18).
20/02 — Chute dans la salle de bain, pas de blessure. Prévenu ⟦p:Minh Tran⟧ au ⟦t:07.58.46.92.13⟧ et le CCAS.
23/02 — RAS.

--- Mentions d'information (article 13 du RGPD) ---
Les informations recueillies dans ce document sont enregistrées par le Centre communal d'action sociale de Montfleury-sur-Isère, responsable du traitement, représenté par son président, le maire. Elles sont nécessaires à l'instruction des demandes d'aide sociale facultative, à la tenue du registre nominatif des personnes vulnérables prévu par le code de l'action sociale et des familles, à l'organisation du service d'aide à domicile, du portage de repas et des animations destinées aux aînés. Elles sont conservées pendant la durée de la prise en charge puis deux ans, sauf obligation légale d'archivage plus longue ; les données du registre sont supprimées sur simple demande de la personne inscrite ou de son représentant.
Destinataires : les agents habilités du CCAS, les élus membres du conseil d'administration pour les seules décisions qui leur sont soumises, le préfet en cas de déclenchement d'un plan d'alerte et d'urgence, et les services de secours lorsque leur intervention est nécessaire. Aucune donnée n'est transmise à un tiers à des fins commerciales ni hors de l'Union européenne.
Vous pouvez accéder aux données vous concernant, les rectifier, demander leur effacement ou exercer votre droit à la limitation du traitement en vous adressant au CCAS, 3 rue Pasteur, 38340 Montfleury-sur-Isère, ou au délégué à la protection des données de la commune (dpo@montfleury38.fr). Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.
Les agents du CCAS sont tenus au secret professionnel (article L.133-5 du CASF). Les documents papier sont rangés dans une armoire fermée à clé ; les fichiers informatiques sont hébergés sur le serveur de la mairie, dont l'accès est protégé par mot de passe individuel et journalisé.
Horaires d'accueil du CCAS : du lundi au vendredi de 8 h 30 à 12 h, l'après-midi sur rendez-vous. Permanence téléphonique d'urgence sociale en dehors des heures d'ouverture : se reporter au répondeur du 04 76 75 40 20.
"""

TXT["f19_fiche_aide_sociale_facultative.txt"] = """
CENTRE COMMUNAL D'ACTION SOCIALE DE MONTFLEURY-SUR-ISÈRE
3 rue Pasteur, 38340 Montfleury-sur-Isère — 04 76 75 40 20 — accueil du lundi au vendredi 8 h 30 - 12 h

DEMANDE D'AIDE FACULTATIVE — SECOURS POUR FRAIS DE CANTINE ET DE CENTRE DE LOISIRS
Dossier : ⟦id:CCAS-AF-2026-0087⟧          Date de dépôt : 14 avril 2026

DEMANDEUR
Nom : ⟦p:EL IDRISSI⟧                Prénom : ⟦p:Youssef⟧
Date de naissance : ⟦bd:22/09/1988⟧    Lieu : ⟦bp:Fès (Maroc)⟧
N° de sécurité sociale : ⟦nir:1 88 09 99 351 042 94⟧
Adresse : ⟦a:rés. Les Tilleuls, bât. B, rez-de-chaussée, appt 5⟧
Téléphone : ⟦t:+212 6 61 23 45 78⟧ (numéro marocain, seul en service)

CONJOINTE
Nom : ⟦p:EL IDRISSI née AIT BENHADDOU⟧   Prénom : ⟦p:Houda⟧   (⟦p:هدى آيت بنحدو⟧ sur le passeport)
Née le ⟦bd:3 mars 1991⟧
Téléphone : ⟦t:06 31 42 53 64⟧

ENFANTS À CHARGE
- ⟦p:Adam El Idrissi⟧, ⟦ag:10 ans⟧, CM2 école Jules-Ferry
- ⟦p:Lina El Idrissi⟧, ⟦ag:7 ans⟧, CE1 école Jules-Ferry
- ⟦p:Yanis⟧, ⟦ag:18 mois⟧, crèche familiale

RESSOURCES MENSUELLES
Salaire (intérim) : variable, 980 € en mars — allocations familiales : 292 € — aide au logement : 318 €
N° allocataire CAF : ⟦id:3368120⟧
CHARGES
Loyer OPAC : 612 € — électricité : 74 € — dette cantine : 246,30 € (factures de janvier à mars)

MOTIF DE LA DEMANDE
« Je travaille en intérim et je n'ai pas eu de mission en janvier et février. Je demande une aide pour payer la cantine de mes enfants et pour que mon fils puisse aller au centre de loisirs pendant les vacances de printemps. »

PIÈCES FOURNIES : avis d'imposition 2025, attestation CAF, quittance de loyer, RIB :
IBAN ⟦iban:FR76 1027 8089 1200 0204 5170 167⟧ — titulaire ⟦p:M. Youssef El Idrissi⟧

AVIS DE LA TRAVAILLEUSE SOCIALE
Situation précaire mais suivie. Propose la prise en charge de la dette cantine (246,30 €) et de 5 jours de centre de loisirs pour Adam. Rencontre prévue avec ⟦off:Mme Sandrine Faure⟧ pour la tarification.
⟦off:Hanane Zerrouki⟧, CESF

DÉCISION (commission permanente du 22 avril 2026)
Accord : 246,30 € versés directement à la régie ; 5 jours de centre de loisirs au tarif minimal.
La vice-présidente, ⟦off:Odile Rey⟧.

--- Mentions d'information (article 13 du RGPD) ---
Les informations recueillies dans ce document sont enregistrées par le Centre communal d'action sociale de Montfleury-sur-Isère, responsable du traitement, représenté par son président, le maire. Elles sont nécessaires à l'instruction des demandes d'aide sociale facultative, à la tenue du registre nominatif des personnes vulnérables prévu par le code de l'action sociale et des familles, à l'organisation du service d'aide à domicile, du portage de repas et des animations destinées aux aînés. Elles sont conservées pendant la durée de la prise en charge puis deux ans, sauf obligation légale d'archivage plus longue ; les données du registre sont supprimées sur simple demande de la personne inscrite ou de son représentant.
Destinataires : les agents habilités du CCAS, les élus membres du conseil d'administration pour les seules décisions qui leur sont soumises, le préfet en cas de déclenchement d'un plan d'alerte et d'urgence, et les services de secours lorsque leur intervention est nécessaire. Aucune donnée n'est transmise à un tiers à des fins commerciales ni hors de l'Union européenne.
Vous pouvez accéder aux données vous concernant, les rectifier, demander leur effacement ou exercer votre droit à la limitation du traitement en vous adressant au CCAS, 3 rue Pasteur, 38340 Montfleury-sur-Isère, ou au délégué à la protection des données de la commune (dpo@montfleury38.fr). Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.
Les agents du CCAS sont tenus au secret professionnel (article L.133-5 du CASF). Les documents papier sont rangés dans une armoire fermée à clé ; les fichiers informatiques sont hébergés sur le serveur de la mairie, dont l'accès est protégé par mot de passe individuel et journalisé.
Horaires d'accueil du CCAS : du lundi au vendredi de 8 h 30 à 12 h, l'après-midi sur rendez-vous. Permanence téléphonique d'urgence sociale en dehors des heures d'ouverture : se reporter au répondeur du 04 76 75 40 20.
"""

TXT["f20_inscription_ecole_sports_manuscrite.txt"] = """
école municipale des sports — bulletin d'inscription (recopié tel quel par l'accueil)

nom de l'enfant : ⟦p:leblanc--da costa⟧ ⟦p:tiago⟧
né le : ⟦bd:12-7-2018⟧    âge : ⟦ag:7 ans 1/2⟧    classe : ce1 (école Jean-Jaurès)
activité : multisports mercredi matin
nom du parent : ⟦p:da costa sandra⟧
adresse : ⟦a:lotissement le clos des vignes n°9⟧
tel : ⟦t:0612 34 56 79⟧ ou au travail ⟦t:04-76-75-88-10⟧
mail : ⟦e:sandra.dacosta(a)sfr.fr⟧
certificat médical : oui      asthme : non
qui vient le chercher : moi ou mon conjoint ⟦p:fred⟧ (⟦p:frédéric leblanc⟧) ou la mamie ⟦p:mme da costa rosa⟧ ⟦t:06 72 83 94 05⟧
"""

TXT["f21_liste_pointage_mercredi.txt"] = """
ACCUEIL DE LOISIRS « LES P'TITS LOUPS » — feuille de présence du mercredi 11 mars 2026 — groupe des 6-8 ans
Animateurs : ⟦off:Théo Mercier⟧, ⟦off:Aïcha Diallo⟧ — directrice ⟦off:Laure Chabert⟧

Enfant                        Arrivée   Départ   Parti avec                                  Observations
⟦p:Benali Inès⟧                   8:40      17:30    ⟦p:Fatiha Benali⟧ (grand-mère)                    —
⟦p:Dupuis Zofia⟧                  9:00      12:00    ⟦p:Grégory Dupuis⟧ (père)                          repas à la maison
⟦p:El Idrissi Lina⟧               8:15      18:05    ⟦p:Houda El Idrissi⟧                              retard signalé
⟦p:Konaté Issa⟧ — non, groupe des petits, erreur de liste
⟦p:Leblanc Tiago⟧                 8:30      17:00    ⟦p:Fred⟧ (beau-père ?) — pièce d'identité vue : ⟦p:Frédéric Leblanc⟧
⟦p:Popescu Ioana⟧                 8:05      18:15    ⟦p:Ioana-Cristina Popescu⟧                        —
⟦p:Rossignol Léna⟧                7:45      16:50    ⟦p:mamie Jo⟧                                       —
⟦p:Traoré Fanta⟧                  9:10      17:45    ⟦p:Moussa⟧ (frère, ⟦ag:12 ans⟧) — refusé, mineur ; rappel mère ⟦t:07 53 64 75 86⟧, venue à 18:00
⟦p:Zhang Yuxi⟧ (张雨希)              8:50      17:20    ⟦p:Zhang Wei⟧ (père) — ⟦t:06 58 69 70 81⟧           —

Incident : ⟦p:Tiago⟧ a mordu un camarade (⟦p:Noé P.⟧) à 14:20, parents des deux enfants prévenus.

--- Extraits du règlement des services périscolaires et extrascolaires (délibération du conseil municipal du 3 juillet 2025) ---
Article 3 — Inscription. L'inscription aux services (restauration scolaire, accueils du matin et du soir, mercredis et vacances) est annuelle et se fait sur le portail famille ou à l'accueil du Pôle Famille. Le dossier n'est complet qu'avec la fiche sanitaire, l'attestation d'assurance et, le cas échéant, le projet d'accueil individualisé signé par le médecin scolaire.
Article 5 — Réservations et annulations. Les repas et les journées de centre de loisirs sont réservés au plus tard le jeudi précédant la semaine concernée. Toute absence non signalée 48 heures à l'avance est facturée, sauf maladie justifiée par un certificat médical remis dans la semaine ; dans ce cas, le premier jour reste dû.
Article 7 — Tarifs. Les tarifs sont fixés chaque année par délibération selon le quotient familial. À défaut de justificatif, le tarif maximal est appliqué ; aucune rétroactivité n'est possible au-delà du mois en cours.
Article 9 — Départ de l'enfant. L'enfant n'est confié qu'à ses représentants légaux ou aux personnes majeures désignées par écrit sur la fiche d'inscription, sur présentation d'une pièce d'identité. Un enfant ne peut en aucun cas être confié à un mineur. En cas de retard après l'heure de fermeture, la famille est appelée, puis les contacts d'urgence ; au-delà de 45 minutes sans nouvelles, la police municipale est avisée. Trois retards dans l'année entraînent une pénalité forfaitaire.
Article 11 — Paiement. Les factures sont émises au début du mois suivant et payables sous trois semaines : prélèvement automatique, paiement en ligne, chèque, chèque emploi service universel (accueils des enfants de moins de 6 ans) ou espèces à la régie. En cas d'impayé persistant, le recouvrement est confié au comptable public ; les familles en difficulté sont invitées à prendre contact avec le CCAS.
Article 13 — Santé. Aucun médicament n'est administré sans ordonnance et sans PAI. Les régimes alimentaires et allergies sont signalés à l'inscription ; des repas sans viande sont proposés chaque jour.
"""

TXT["f22_courriel_impaye_echange.txt"] = """
From: "⟦p:Bogdan Ivanescu⟧" <⟦e:b.ivanescu@yahoo.ro⟧>
To: regie@montfleury38.fr
Sent: 14/05/2026 23:58
Subject: contestation facture avril

Buna ziua / bonjour,
j'ai reçu une facture de 96 € pour ma fille ⟦p:Daria⟧ (⟦p:IVANESCU Daria-Elena⟧, classe de CP, école Marie-Curie) alors qu'elle était malade du 7 au 17 avril. J'ai donné le certificat à la maîtresse.
Ma mère ⟦p:Maria Ivanescu⟧ n'habite plus avec nous, veuillez retirer son numéro du dossier (⟦t:+40 745 678 901⟧). Notre nouvelle adresse est ⟦a:Le Mas de la Fontaine, 1180 route des Chartreux, 38340 Montfleury-sur-Isère⟧.
Tel : ⟦t:+40.723.456.789⟧ / ⟦t:07 21 32 43 54⟧
⟦p:Bogdan⟧

> From: regie@montfleury38.fr
> Madame, Monsieur, vous trouverez ci-joint la facture ⟦id:F2604-00763⟧ de votre compte ⟦id:FAM-2024-00763⟧...

Réponse du 15/05 : « Monsieur, l'absence pour maladie est déduite à partir du 2e jour sur présentation du certificat. Un avoir de 84 € sera porté sur la facture de mai. — ⟦off:M. Dufour⟧, régisseur »

--- Extraits du règlement des services périscolaires et extrascolaires (délibération du conseil municipal du 3 juillet 2025) ---
Article 3 — Inscription. L'inscription aux services (restauration scolaire, accueils du matin et du soir, mercredis et vacances) est annuelle et se fait sur le portail famille ou à l'accueil du Pôle Famille. Le dossier n'est complet qu'avec la fiche sanitaire, l'attestation d'assurance et, le cas échéant, le projet d'accueil individualisé signé par le médecin scolaire.
Article 5 — Réservations et annulations. Les repas et les journées de centre de loisirs sont réservés au plus tard le jeudi précédant la semaine concernée. Toute absence non signalée 48 heures à l'avance est facturée, sauf maladie justifiée par un certificat médical remis dans la semaine ; dans ce cas, le premier jour reste dû.
Article 7 — Tarifs. Les tarifs sont fixés chaque année par délibération selon le quotient familial. À défaut de justificatif, le tarif maximal est appliqué ; aucune rétroactivité n'est possible au-delà du mois en cours.
Article 9 — Départ de l'enfant. L'enfant n'est confié qu'à ses représentants légaux ou aux personnes majeures désignées par écrit sur la fiche d'inscription, sur présentation d'une pièce d'identité. Un enfant ne peut en aucun cas être confié à un mineur. En cas de retard après l'heure de fermeture, la famille est appelée, puis les contacts d'urgence ; au-delà de 45 minutes sans nouvelles, la police municipale est avisée. Trois retards dans l'année entraînent une pénalité forfaitaire.
Article 11 — Paiement. Les factures sont émises au début du mois suivant et payables sous trois semaines : prélèvement automatique, paiement en ligne, chèque, chèque emploi service universel (accueils des enfants de moins de 6 ans) ou espèces à la régie. En cas d'impayé persistant, le recouvrement est confié au comptable public ; les familles en difficulté sont invitées à prendre contact avec le CCAS.
Article 13 — Santé. Aucun médicament n'est administré sans ordonnance et sans PAI. Les régimes alimentaires et allergies sont signalés à l'inscription ; des repas sans viande sont proposés chaque jour.
"""

TXT["f23_note_interne_enfant_non_recupere.txt"] = """
NOTE INTERNE — Pôle Famille — à l'attention de ⟦off:Mme Sandrine Faure⟧, adjointe à l'enfance
Objet : enfant non récupéré à la fermeture de l'accueil du soir, école Jean-Jaurès, mardi 17 mars 2026

À 18 h 30, ⟦p:Kenzo Marchetti⟧ (⟦ag:5 ans⟧, GS) n'avait pas été récupéré. Appels sans réponse à la mère, ⟦p:Jessica Marchetti⟧ (⟦t:06 03 14 25 36⟧), et au père, ⟦p:Anthony Colin⟧ (⟦t:06.19.28.37.46⟧). Le contact d'urgence, ⟦p:Mme Colin Brigitte⟧ (grand-mère paternelle, ⟦a:La Bergerie, hameau de Pierre-Aiguille⟧), a été jointe à 18 h 52 au ⟦t:04 76 75 63 63⟧ et est venue à 19 h 15.
L'animatrice ⟦off:Aïcha Diallo⟧ et la responsable de site ⟦off:Marine Jacquet⟧ sont restées avec l'enfant. La police municipale a été informée à 19 h, sans intervention.
La mère a rappelé à 20 h : bloquée sur l'A41 après un accident.
Proposition : rappel écrit du règlement (article 9) et pénalité de retard de 10 €.
⟦off:Marine Jacquet⟧, responsable du périscolaire Jean-Jaurès
"""

TXT["f24_liste_attente_creche.txt"] = """
COMMISSION D'ATTRIBUTION DES PLACES EN ACCUEIL DU JEUNE ENFANT — séance du 20 mai 2026
Multi-accueil municipal « Les Lucioles », 8 rue Louise-Michel. Présidente : ⟦off:Sandrine Faure⟧, adjointe à l'enfance.

Rang  Enfant (né/à naître)                    Parents                                         Demande          Décision
1     ⟦p:Ambre⟧, née le ⟦bd:02/02/2026⟧            ⟦p:Lucie Charpin⟧ et ⟦p:Maxime Vial⟧                    4 j/sem          admise sept.
2     à naître (terme juillet 2026)         ⟦p:Oksana Kovalenko⟧ (⟦p:Оксана Коваленко⟧)          5 j/sem          admise oct.
3     ⟦p:Sacha Bertrand-Noël⟧, ⟦ag:14 mois⟧         ⟦p:Camille Noël⟧ et ⟦p:Léa Bertrand⟧                3 j/sem          liste d'attente
4     ⟦p:Malo Guillot⟧, né le ⟦bd:30 novembre 2025⟧ ⟦p:Justine Guillot⟧ (famille monoparentale)           5 j/sem          admis sept.
5     ⟦p:Aylin Yıldız⟧, ⟦ag:9 mois⟧                ⟦p:Emre Yıldız⟧ et ⟦p:Büşra Yıldız⟧                    2 j/sem          liste d'attente

Remarque : ⟦p:Maxime Vial⟧ n'a aucun lien de parenté avec le maire, ⟦off:M. Patrick Vial⟧ ; la présidente l'a vérifié et l'a fait mentionner.

--- Extraits du règlement des services périscolaires et extrascolaires (délibération du conseil municipal du 3 juillet 2025) ---
Article 3 — Inscription. L'inscription aux services (restauration scolaire, accueils du matin et du soir, mercredis et vacances) est annuelle et se fait sur le portail famille ou à l'accueil du Pôle Famille. Le dossier n'est complet qu'avec la fiche sanitaire, l'attestation d'assurance et, le cas échéant, le projet d'accueil individualisé signé par le médecin scolaire.
Article 5 — Réservations et annulations. Les repas et les journées de centre de loisirs sont réservés au plus tard le jeudi précédant la semaine concernée. Toute absence non signalée 48 heures à l'avance est facturée, sauf maladie justifiée par un certificat médical remis dans la semaine ; dans ce cas, le premier jour reste dû.
Article 7 — Tarifs. Les tarifs sont fixés chaque année par délibération selon le quotient familial. À défaut de justificatif, le tarif maximal est appliqué ; aucune rétroactivité n'est possible au-delà du mois en cours.
Article 9 — Départ de l'enfant. L'enfant n'est confié qu'à ses représentants légaux ou aux personnes majeures désignées par écrit sur la fiche d'inscription, sur présentation d'une pièce d'identité. Un enfant ne peut en aucun cas être confié à un mineur. En cas de retard après l'heure de fermeture, la famille est appelée, puis les contacts d'urgence ; au-delà de 45 minutes sans nouvelles, la police municipale est avisée. Trois retards dans l'année entraînent une pénalité forfaitaire.
Article 11 — Paiement. Les factures sont émises au début du mois suivant et payables sous trois semaines : prélèvement automatique, paiement en ligne, chèque, chèque emploi service universel (accueils des enfants de moins de 6 ans) ou espèces à la régie. En cas d'impayé persistant, le recouvrement est confié au comptable public ; les familles en difficulté sont invitées à prendre contact avec le CCAS.
Article 13 — Santé. Aucun médicament n'est administré sans ordonnance et sans PAI. Les régimes alimentaires et allergies sont signalés à l'inscription ; des repas sans viande sont proposés chaque jour.
"""

TXT["f25_courriel_ami_enfant_pickup.txt"] = """
Objet : autorisation exceptionnelle — sortie du centre de loisirs vendredi
De : ⟦p:Hélène Brun-Picard⟧ <⟦e:helene.brunpicard@orange.fr⟧>
À : clsh.ptitsloups@montfleury38.fr
Le 16 juillet 2026, 07:31

Bonjour,
Vendredi 17 juillet, ma fille ⟦p:Margaux⟧ (⟦p:PICARD Margaux⟧, ⟦ag:8 ans⟧) sera récupérée à 16 h par la maman de sa copine ⟦p:Chloé⟧, ⟦p:Mme Sophie Lemaire⟧, qui n'est pas sur la fiche. Son numéro : ⟦t:06 66 77 88 99⟧. Elle habite ⟦a:1 bis chemin de Bellevue⟧.
Je suis en déplacement, joignable au ⟦t:+33 6 41 52 63 74⟧. Le papa, ⟦p:Olivier Picard⟧, ne doit pas être appelé (nous sommes séparés et il est à l'étranger).
Merci !
⟦p:Hélène⟧

Réponse : « Bien noté, Mme Lemaire devra présenter une pièce d'identité. — ⟦off:Laure Chabert⟧, directrice de l'accueil de loisirs »
"""

TXT["f26_releve_badges_piscine.txt"] = """
Centre aquatique Les Vagues — export du contrôle d'accès — journée du samedi 7 février 2026 — entrées avec abonnement
Extraction pour la régie (contestation d'un passage débité deux fois)

Heure   N° carte        Titulaire                         Formule                 Solde
09:02   ⟦id:PV-0049817⟧     ⟦p:VAN DER MEER Sanne⟧                annuel famille          illimité
09:02   ⟦id:PV-0049818⟧     ⟦p:VAN DER MEER Lotte⟧                annuel famille          illimité
09:15   ⟦id:PV-0051102⟧     ⟦p:OUKILI Nadia⟧                      10 entrées              6
09:15   ⟦id:PV-0051102⟧     ⟦p:OUKILI Nadia⟧                      10 entrées              5   ← doublon contesté
10:40   ⟦id:PV-0038840⟧     ⟦p:ŁUKASZEWICZ Paweł⟧                 annuel adulte           illimité
11:05   ⟦id:PV-0060012⟧     ⟦p:ĐẶNG Văn Long⟧                    aquabike 10 séances     3
11:47   ⟦id:PV-0044190⟧     ⟦p:SCHMITT-N'GUESSAN Olivia⟧          annuel étudiant         illimité

Décision : recrédit d'une entrée sur la carte ⟦id:PV-0051102⟧. ⟦off:Stéphane Roux⟧, responsable du centre aquatique.

--- Règlement intérieur des équipements sportifs municipaux (extraits) ---
Le centre aquatique Les Vagues, 2 avenue Jean-Jaurès, 38340 Montfleury-sur-Isère, et le gymnase Pierre-de-Coubertin, 10 rue des Sports, sont des équipements de la Ville de Montfleury-sur-Isère gérés en régie. Accueil du centre aquatique : 04 76 75 12 00 ; gardiennage du gymnase : 04 76 75 12 30.
Article 2 — Accès. Les enfants de moins de 10 ans doivent être accompagnés d'une personne majeure en tenue de bain. Les cartes d'abonnement sont strictement personnelles ; toute utilisation par un tiers entraîne la suspension de la carte. Les clubs et associations accèdent aux bassins et aux salles selon le planning annuel validé par l'adjoint aux sports, sous la responsabilité de leur encadrement diplômé.
Article 4 — Hygiène et sécurité. Le passage par les douches et les pédiluves est obligatoire ; le short de bain est interdit. Les usagers se conforment aux consignes des maîtres-nageurs sauveteurs. Les objets de valeur sont déposés dans les casiers ; la Ville décline toute responsabilité en cas de vol.
Article 6 — Associations. Chaque club utilisateur remet au début de la saison la liste de ses licenciés, l'attestation d'assurance et le nom de ses encadrants. Les listes sont utilisées pour le contrôle d'accès et la sécurité (évacuation) et ne sont pas conservées au-delà de la saison.
Article 8 — Sanctions. Tout manquement au règlement peut entraîner l'exclusion temporaire ou définitive, prononcée par le responsable de l'équipement, sans remboursement. Les incidents sont consignés dans la main courante.
Article 10 — Tarifs et remboursements. Les tarifs sont votés par le conseil municipal. Les séances annulées du fait de la Ville (panne, pollution, manifestation) sont reportées ou remboursées sur demande écrite à la régie ; aucune entrée n'est remboursée pour convenance personnelle.
Horaires d'été : du lundi au dimanche de 10 h à 19 h 30 ; évacuation des bassins 20 minutes avant la fermeture.
"""

TXT["f27_lettre_famille_tarif.txt"] = """
Ville de Montfleury-sur-Isère — Pôle Famille
Affaire suivie par : ⟦off:Sabrina Gonin⟧ — 04 76 75 40 00

⟦p:Monsieur Mehmet ÇELİK⟧
⟦p:Madame Gülşen ÇELİK⟧
⟦a:Résidence du Parc, bât. E, appt 52⟧
⟦a:11 avenue Aristide-Briand⟧
38340 MONTFLEURY-SUR-ISÈRE

Montfleury, le 6 octobre 2026

Objet : calcul de votre quotient familial 2026-2027

Madame, Monsieur,
Faute d'attestation CAF, vos enfants ⟦p:Zeynep⟧ (⟦ag:11 ans⟧) et ⟦p:Emir⟧ (⟦ag:7 ans et 3 mois⟧) se voient appliquer le tarif maximal. Vous pouvez transmettre votre numéro d'allocataire ou votre avis d'imposition jusqu'au 31 octobre.
Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pour le maire et par délégation, l'adjointe à l'enfance,
⟦off:Sandrine Faure⟧
"""

TXT["f28_sms_parents_retard.txt"] = """
Téléphone de permanence de l'accueil du soir (06 07 75 40 99) — SMS reçus, semaine du 9 mars 2026

09/03 17:52 de ⟦t:06 03 14 25 36⟧ : « bjr c la maman de ⟦p:kenzo⟧ jarrive 18h40 dsl bouchon »
10/03 16:10 de ⟦t:+33 7 68 45 12 09⟧ : « Bonjour, c'est ⟦p:Mai Anh⟧, maman de ⟦p:Léna R.⟧, c'est son oncle ⟦p:Hùng⟧ qui la prend ce soir. Merci »
11/03 12:03 de ⟦t:0033652418730⟧ : « ⟦p:TRAN Van Hung⟧ je viens pour ⟦p:Lena⟧ a 17h »
12/03 18:21 de ⟦t:06.84.95.06.17⟧ : « ⟦p:Noé⟧ reste jusqu'à 18h30 ce soir, ⟦p:Julien⟧ »
13/03 07:58 de ⟦t:+212661234578⟧ : « السلام عليكم ⟦p:Adam⟧ malade aujourd'hui. ⟦p:Youssef⟧ »
13/03 17:40 de ⟦t:07 14 25 36 47⟧ : « bonsoir, mauvais numéro je pense, je suis ⟦p:Nora⟧ pour la sortie des aînés ? »

Numéros inconnus transmis à l'accueil pour mise à jour des fiches.
"""

TXT["f29_compte_rendu_conseil_ecole.txt"] = """
ÉCOLE ÉLÉMENTAIRE MARIE-CURIE — PROCÈS-VERBAL DU CONSEIL D'ÉCOLE DU 5 NOVEMBRE 2025 (extrait sur la restauration scolaire)
Présents : ⟦off:Mme Claire Arnaud⟧, directrice ; ⟦off:Mme Sandrine Faure⟧, adjointe à l'enfance ; ⟦off:M. Marc Dufour⟧, régisseur ; représentants des parents élus : ⟦p:M. Hugo Legrand⟧, ⟦p:Mme Nadia Oukili⟧, ⟦p:Mme Agnieszka Wiśniewska⟧, ⟦p:M. Zhang Wei⟧.

Les représentants des parents relaient des plaintes sur la quantité servie. ⟦p:M. Legrand⟧ (papa de ⟦p:Capucine⟧, CM2) demande un second service plus tôt. La mairie indique que le prestataire Restauval (SIRET 456 789 122 00011) respecte le grammage réglementaire.
⟦p:Mme Oukili⟧ signale que ⟦p:Ilyès⟧, son fils, ne mange pas les plats de substitution. Le menu sans viande du jeudi sera maintenu.
Prochain conseil le 10 mars 2026 au groupe scolaire Marie-Curie, 4 rue Pierre-et-Marie-Curie.
Secrétaire de séance : ⟦p:M. Zhang Wei⟧ (parent élu).
"""

TXT["f30_demande_teleassistance.txt"] = """
CCAS — DEMANDE D'ABONNEMENT À LA TÉLÉASSISTANCE (formulaire rempli par la fille de l'intéressée)

Bénéficiaire : ⟦p:mme achard suzanne⟧
née le : ⟦bd:08.12.1932⟧ à ⟦bp:La Mure (Isère)⟧  — ⟦ag:93 ans⟧
adresse : ⟦a:chemin des Vignes, « la maison au portail vert », 38340 Montfleury⟧
tél : aucun — ligne fixe à installer
N° sécurité sociale : ⟦nir:2 32 12 38 226 101 26⟧
Caisse de retraite : CARSAT Rhône-Alpes, pension n° ⟦id:3 2 1 2 3 8 2 2 6 1 0 1⟧

Référents à appeler en cas d'alarme (dans cet ordre) :
1) ⟦p:Brigitte ACHARD-LOPEZ⟧ (fille), ⟦a:17 calle Mayor, 28013 Madrid, Espagne⟧ — ⟦t:+34 612 345 678⟧ — ⟦e:brigitte.achard.lopez@telefonica.es⟧
2) ⟦p:Rachid Belkacem⟧ (voisin), ⟦a:chemin des Vignes, n° 4⟧ — ⟦t:06 32 21 10 09⟧ — a un double des clés
3) ⟦p:Dr Anne Combe⟧ — médecin traitant — maison de santé, 04 76 75 70 70

Formule : boîtier + médaillon, 14,50 € / mois — prise en charge CCAS 50 %
Date de pose souhaitée : semaine du 14 septembre 2026
Dossier reçu par ⟦off:Émilie Ravel⟧, responsable du maintien à domicile.
"""

TXT["f31_fiche_licence_basket.txt"] = """
BASKET CLUB MONTFLEURY — DEMANDE DE LICENCE FFBB 2026-2027 (saisie par le club)
Nom : ⟦p:N'DIAYE-LECLERC⟧    Prénom : ⟦p:Mamadou Junior⟧ (« ⟦p:MJ⟧ »)
Né le ⟦bd:04/04/2012⟧ à ⟦bp:Dakar (Sénégal)⟧ — catégorie U15
N° de licence : ⟦id:VT120044817⟧
Responsable : ⟦p:Aminata Leclerc⟧ — ⟦t:06 55 44 33 22⟧ — ⟦e:am.leclerc@icloud.com⟧
Adresse : ⟦a:4 rés. du Lac, appt 18, 38340 Montfleury-sur-Isère⟧
Instagram du joueur (pour les photos du club) : ⟦o:@mj_hoops38⟧
Surclassement demandé ; certificat du ⟦off:Dr Servan⟧.
Salle : gymnase Pierre-de-Coubertin. Correspondant ville : service des sports, 04 76 75 12 30.
"""

TXT["f32_registre_grand_froid.txt"] = """
CCAS — PLAN GRAND FROID 2026 — liste des personnes à visiter en priorité (épisode du 12 au 16 janvier 2026)
Établie par ⟦off:Nathalie Berthet⟧, directrice du CCAS, à partir du registre nominatif.

- ⟦p:Germaine Bouvier⟧, ⟦ag:94 ans⟧ — ⟦a:le Chatelard⟧ — chauffage au bois : vérifier le stock (le neveu ⟦p:Jeannot⟧ livre le bois).
- ⟦p:Odette Perret⟧ — ⟦a:Les Hirondelles⟧ — poêle à fioul, vérifier la cuve.
- ⟦p:Józef Kowalczyk⟧ — ⟦a:hameau des Granges⟧ — route enneigée, déneigement prioritaire demandé aux services techniques.
- ⟦p:Suzanne Achard⟧ — ⟦a:chemin des Vignes⟧ — sans téléphone jusqu'à la pose de la téléassistance.
- ⟦p:M. Gérard Pichon⟧, sans domicile stable, dort dans sa voiture (Renault Kangoo blanche ⟦pl:DX-518-PM⟧) sur le parking du stade : proposer l'hébergement d'urgence (115).
- ⟦p:Mme Ludmila Sokolova⟧ (⟦p:Людмила Соколова⟧), ⟦a:rés. Le Belvédère, bât. C, appt 62⟧ — chaudière en panne, bailleur relancé.

Rappel : le gymnase Pierre-de-Coubertin peut être ouvert comme lieu de mise à l'abri sur décision du maire, ⟦off:Patrick Vial⟧.
"""

TXT["f33_courriel_parent_vietnamien.txt"] = """
De : ⟦p:Đặng Thu Trang⟧ <⟦e:thutrang.dang@yahoo.com.vn⟧>
À : famille@montfleury38.fr
Objet : Đăng ký căng tin / inscription cantine pour ⟦p:Bảo Ngọc⟧

Xin chào, bonjour,
Je voudrais inscrire ma fille ⟦p:Đặng Bảo Ngọc⟧ (née le ⟦bd:25/12/2019⟧, ⟦ag:6 ans⟧) à la cantine à partir de janvier. Elle est en CP chez Mme Arnaud. Son père ⟦p:Phạm Minh Quân⟧ travaille à Lyon.
Mon téléphone : ⟦t:07 89 90 01 12⟧, ⟦t:+84 912 345 678⟧ (Viêt Nam, pendant les vacances).
Notre adresse : ⟦a:16 rue des Alpes, appt 3⟧.
Merci beaucoup,
⟦p:Trang⟧

--
Réponse : Madame, merci de compléter la fiche en ligne ou à l'accueil (hôtel de ville, 1 place de la Libération). ⟦off:S. Gonin⟧
"""

TXT["f34_bilan_sejour_ski.txt"] = """
SÉJOUR SKI DES 11-14 ANS — service jeunesse — du 22 au 27 février 2026, chalet Le Grand Veymont, Villard-de-Lans
Directeur du séjour : ⟦off:Théo Mercier⟧. Animatrices : ⟦off:Aïcha Diallo⟧, ⟦off:Julie Faivre⟧.

Participants (12) : ⟦p:Mathis Arnaud⟧, ⟦p:Deniz Öztürk⟧, ⟦p:Adam El Idrissi⟧, ⟦p:Moussa Traoré⟧, ⟦p:Bence Kovács⟧, ⟦p:Enzo Da Silva⟧, ⟦p:Awa Ndiaye⟧, ⟦p:Zeynep Çelik⟧, ⟦p:Capucine Fontaine-Legrand⟧, ⟦p:Ivan Petrov⟧, ⟦p:Lotte Van der Meer⟧, ⟦p:Mamadou Junior N'Diaye-Leclerc⟧.

Faits marquants : entorse de ⟦p:Enzo⟧ le 24 (radio à la clinique de Villard, parents prévenus : ⟦p:Ana Pereira⟧ au ⟦t:0033 7 45 96 32 10⟧) ; ⟦p:Awa⟧ et ⟦p:Zeynep⟧ ont obtenu leur 2e étoile. Le surnom de ⟦p:MJ⟧ a été adopté par tout le groupe.
Coût : 420 € par enfant, participation famille selon QF.
"""

TXT["f35_recu_regie_especes.txt"] = """
RÉGIE PÉRISCOLAIRE — QUITTANCE N° 2026-0412
Reçu de ⟦p:Mme Fatiha BENALI⟧ pour le compte de ⟦p:Karima BENALI⟧ (compte ⟦id:FAM-2019-01120⟧) la somme de cent douze euros (112,00 €) en espèces, pour la facture ⟦id:F2602-01120⟧.
Montfleury, le 3 mars 2026. Le régisseur suppléant, ⟦off:Sabrina Gonin⟧.
"""

TXT["f36_annuaire_assistantes_maternelles.txt"] = """
RELAIS PETITE ENFANCE DE MONTFLEURY — liste des assistantes maternelles agréées ayant des places disponibles (septembre 2026)
Liste diffusée aux familles avec l'accord écrit des intéressées. Relais : 8 rue Louise-Michel, 04 76 75 40 60, animatrice ⟦off:Mme Valérie Bonnet⟧.

⟦p:BARBIER Sylviane⟧ — ⟦a:12 chemin du Lavoir⟧ — ⟦t:04 76 75 28 39⟧ — 1 place (périscolaire)
⟦p:DOS SANTOS Maria-Conceição⟧ — ⟦a:4 rue des Écoles⟧ — ⟦t:06 21 43 65 87⟧ — 2 places (dont 1 bébé)
⟦p:GHARBI Leïla⟧ — ⟦a:rés. Les Tilleuls, bât. D, appt 31⟧ — ⟦t:07.71.62.53.44⟧ — ⟦e:leila.gharbi.am(at)gmail.com⟧ — 1 place
⟦p:MARCHAND Odile⟧ (« ⟦p:Tata Dodo⟧ » pour les petits) — ⟦a:La Grange Neuve, lieu-dit Les Combes⟧ — ⟦t:04 76 75 93 04⟧ — 1 place
⟦p:WÓJCIK Barbara⟧ — ⟦a:9 imp. des Lilas⟧ — ⟦t:06 93 82 71 60⟧ — site : ⟦o:www.nounou-barbara-montfleury.fr⟧ — 2 places
"""

TXT["f37_signalement_piscine_incident.txt"] = """
CENTRE AQUATIQUE LES VAGUES — MAIN COURANTE — dimanche 15 mars 2026
14:20 — Enfant (⟦p:Yanis G.⟧, ⟦ag:6 ans⟧ environ) retrouvé seul près du bassin ludique. Annonce micro. Le père, ⟦p:M. Karim Guessoum⟧ (⟦t:06 17 71 17 71⟧), se présente à 14:32.
15:05 — Altercation aux vestiaires entre ⟦p:M. Pascal Rey⟧ (aucun lien avec l'adjointe) et un maître-nageur ; l'usager est invité à quitter l'établissement. Carte ⟦id:PV-0052230⟧ suspendue 15 jours.
16:40 — Objet trouvé : portefeuille au nom de ⟦p:Nicolas Berthier⟧, contenant sa carte grise (véhicule ⟦pl:GH 142 TV⟧). Déposé à l'accueil.
Rédigé par ⟦off:Yann Lebrun⟧, chef de bassin. Vu : ⟦off:Stéphane Roux⟧, responsable.
"""

TXT["f38_courriel_parrainage_senior.txt"] = """
De : ⟦p:Léon ROBIN⟧'s mum — en fait ⟦p:Magda Krawczyk-Robin⟧ <⟦e:magda.kr [arobase] protonmail [point] com⟧>
À : ccas@montfleury38.fr
Objet : « Un aîné, un enfant » — correspondance de mon fils

Bonjour,
Mon fils ⟦p:Léon⟧ (⟦ag:7 ans⟧) a été mis en relation avec ⟦p:M. René Martin⟧ pour l'opération de correspondance intergénérationnelle. Il voudrait lui écrire une lettre : pouvez-vous la lui transmettre ou me donner son adresse ? Je crois qu'il habite ⟦a:Grand'Rue⟧, près de l'ancienne boulangerie.
Bien à vous,
⟦p:Magdalena⟧ — ⟦t:06 59 48 37 26⟧

Réponse du CCAS : « Nous transmettons volontiers la lettre ; l'adresse de M. Martin ne peut pas être communiquée. — ⟦off:N. Berthet⟧ »
"""

TXT["f39_repas_des_aines_inscriptions.txt"] = """
REPAS DES AÎNÉS — dimanche 11 janvier 2026 — salle des fêtes Louis-Aragon — inscriptions reçues en mairie
(offert aux habitants de 70 ans et plus ; conjoint plus jeune : 28 €)

⟦p:M. et Mme ALLEMAND⟧ — 2 couverts — ⟦t:04 76 75 02 33⟧
⟦p:Mme BOUCHET Simone⟧ — ⟦ag:90 ans⟧ le ⟦bd:4 janvier⟧ — transport demandé
⟦p:M. CHEVALLIER Marcel⟧ + sa compagne ⟦p:Mme Josette PLANCHE⟧ (⟦ag:66 ans⟧, payant)
⟦p:Mme GONZALEZ Pilar⟧ — ⟦ag:78 ans⟧
⟦p:M. HADDAD Ali⟧ — ⟦ag:74 ans⟧ — (père de l'adjoint aux sports ⟦off:Karim Haddad⟧ ? — non, homonyme)
⟦p:Mme PAPADOPOULOS Eleni⟧ — ⟦ag:81 ans⟧ — ⟦t:06 26 37 48 59⟧
⟦p:M. SANTOS Joaquim⟧ dit « ⟦p:Jo le Portugais⟧ » — ⟦ag:80 ans⟧
Les doyens présents, ⟦p:Mme Germaine Bouvier⟧ (⟦ag:94 ans⟧) et ⟦p:M. Henri Favre⟧, seront fêtés par le maire, ⟦off:Patrick Vial⟧.
"""

TXT["f40_sms_rappel_vaccination_camp.txt"] = """
Campagne SMS — « pièces manquantes séjour été » — 02/06/2026 — 5 destinataires
À ⟦t:07.52.14.36.98⟧ (⟦p:HADJ-AISSA Sofiane⟧) : « Il manque la copie du carnet de vaccination de ⟦p:Rayan⟧. »
À ⟦t:+33 6 58 69 70 81⟧ (⟦p:ZHANG Wei⟧) : « Il manque l'attestation d'aisance aquatique de ⟦p:Yuxi⟧. »
À ⟦t:+90 532 418 27 63⟧ (⟦p:ÇELİK Mehmet⟧) : « Il manque la fiche sanitaire d'⟦p:Emir⟧. »
À ⟦t:06 40 50 60 70⟧ (⟦p:PETROVA Olga⟧) : « Il manque la photo d'⟦p:Ivan⟧. »
À ⟦t:0755443322⟧ (⟦p:M. et Mme Kovács⟧) : échec.
"""

HTML["h01_portail_famille_compte.html"] = {
    "title": "Portail Famille — Mon compte — ⟦p:ROSSIGNOL Aurélien⟧",
    "head": '<meta name="robots" content="noindex">\n',
    "body": """
<header><p>Ville de Montfleury-sur-Isère — Portail Famille — <a href="/deconnexion">Se déconnecter</a></p></header>
<h1>Bonjour ⟦p:Aurélien⟧ !</h1>
<section>
<h2>Mon foyer</h2>
<table border="1">
<tr><th>Membre</th><th>Né(e) le</th><th>Rôle</th><th>Téléphone</th><th>Courriel</th></tr>
<tr><td>⟦p:ROSSIGNOL Aurélien⟧</td><td>⟦bd:07/10/1986⟧</td><td>Payeur</td><td>⟦t:06&nbsp;71&nbsp;82&nbsp;93&nbsp;04⟧</td><td><a href="mailto:⟦e:aurelien.rossignol@laposte.net⟧">⟦e:aurelien.rossignol@laposte.net⟧</a></td></tr>
<tr><td>⟦p:TRAN <em>Thị Mai Anh</em>⟧</td><td>⟦bd:21/04/1988⟧</td><td>Responsable 2</td><td>⟦t:07&nbsp;68&nbsp;45&nbsp;12&nbsp;09⟧</td><td>—</td></tr>
<tr><td>⟦p:ROSSIGNOL Léna⟧</td><td>⟦bd:14/02/2019⟧</td><td>Enfant — CE1 Jules-Ferry</td><td></td><td></td></tr>
</table>
<p>Adresse de facturation : ⟦a:Rés. Les Tilleuls, bât.&nbsp;C, appt&nbsp;24, 12 rue des Alpes⟧, 38340 Montfleury-sur-Isère</p>
<p>N° de compte : <strong>⟦id:FAM-2019-00873⟧</strong> — Quotient familial : 842 (source CAF, allocataire n° ⟦id:2874561⟧)</p>
</section>
<section>
<h2>Mes factures</h2>
<ul>
<li>Facture ⟦id:F2605-00873⟧ — mai 2026 — 96,20 € — payée</li>
<li>Facture ⟦id:F2606-00873⟧ — juin 2026 — 104,60 € — <a href="/payer">payer en ligne</a></li>
</ul>
</section>
<footer><p>Pôle Famille, 1 place de la Libération — 04&nbsp;76&nbsp;75&nbsp;40&nbsp;00 — <a href="mailto:famille@montfleury38.fr">famille@montfleury38.fr</a></p></footer>
""",
}

HTML["h02_menu_cantine_public.html"] = {
    "title": "Menus de la restauration scolaire — semaine du 9 mars 2026",
    "body": """
<h1>Menus des restaurants scolaires</h1>
<p>Écoles Jules-Ferry, Marie-Curie et Jean-Jaurès. Repas préparés par la cuisine centrale Restauval (SIRET 456&nbsp;789&nbsp;122&nbsp;00011).</p>
<table border="1"><tr><th>Lundi</th><th>Mardi</th><th>Jeudi</th><th>Vendredi</th></tr>
<tr><td>Carottes râpées, hachis Parmentier, yaourt</td><td>Potage, poisson pané, riz, fruit</td><td>Repas végétarien : dhal de lentilles</td><td>Salade, poulet rôti, haricots, compote</td></tr></table>
<p>Allergènes : consultez l'affichage au restaurant ou demandez un PAI à la directrice de votre école.</p>
<p>Commission menus : ⟦off:Mme Sandrine Faure⟧, adjointe à l'enfance, avec les parents élus ⟦p:Hugo Legrand⟧ et ⟦p:Nadia Oukili⟧.</p>
<p>Contact : Pôle Famille, 04&nbsp;76&nbsp;75&nbsp;40&nbsp;00.</p>
""",
}

HTML["h03_courriel_html_inscription_ete.html"] = {
    "title": "Confirmation d'inscription — été 2026",
    "head": '<meta name="author" content="Karima Benali">\n',
    "body": """
<table>
<tr><td>De&nbsp;:</td><td>Portail Famille &lt;ne-pas-repondre@montfleury38.fr&gt;</td></tr>
<tr><td>À&nbsp;:</td><td>⟦p:Karima Benali⟧ &lt;⟦e:karima.benali69@hotmail.fr⟧&gt;</td></tr>
<tr><td>Objet&nbsp;:</td><td>Confirmation — centre de loisirs été 2026</td></tr>
</table>
<hr>
<p>Bonjour ⟦p:Mme <b>BENALI</b>⟧,</p>
<p>Nous confirmons les réservations suivantes :</p>
<ul>
<li>⟦p:Inès⟧ (dossier ⟦id:ENF-004512⟧) : semaines 28, 29, 31</li>
<li>⟦p:Rayan⟧ (dossier ⟦id:ENF-004513⟧) : semaines 28, 29</li>
</ul>
<p>Personnes autorisées enregistrées : ⟦p:Fatiha Benali⟧, ⟦p:Lina Hadj-Aissa⟧, ⟦p:Maria-Conceição Dos Santos⟧.</p>
<p>Le centre de loisirs « Les P'tits Loups », 15 chemin des Écoliers, vous accueille de 7 h 30 à 18 h 30.</p>
<p>La directrice, ⟦off:Laure Chabert⟧</p>
""",
}

HTML["h04_club_natation_resultats.html"] = {
    "title": "CNM — résultats du meeting régional jeunes",
    "head": '<meta name="description" content="Résultats des nageurs du Cercle des nageurs de Montfleury">\n',
    "body": """
<h1>Meeting régional jeunes — Échirolles, 8 février 2026</h1>
<p>Bravo à nos nageurs !</p>
<ol>
<li><strong>⟦p:Zeynep Çelik⟧</strong> (⟦bd:2015⟧) — 1re au 50 m dos en 41"27</li>
<li><strong>⟦p:Bence Kovács⟧</strong> (⟦bd:2012⟧) — 2e au 100 m NL</li>
<li><strong>⟦p:Awa Ndiaye⟧</strong> — 3e au 50 m brasse ; suivez-la sur ⟦o:instagram.com/awa.swim38⟧</li>
<li><strong>⟦p:Tom «&nbsp;Tomtom&nbsp;» Moreau⟧</strong> — record personnel</li>
</ol>
<p>Photos : ⟦p:Élodie Giraud⟧ (maman de Tom). Entraîneur : ⟦p:Julien Masson⟧.</p>
<p>Centre aquatique Les Vagues, 2 avenue Jean-Jaurès — 04&nbsp;76&nbsp;75&nbsp;12&nbsp;00.</p>
""",
}

HTML["h05_ccas_page_registre.html"] = {
    "title": "CCAS — S'inscrire au registre canicule et grand froid",
    "body": """
<h1>Registre des personnes vulnérables</h1>
<p>Les personnes âgées de 65 ans et plus, ou de plus de 60 ans reconnues inaptes au travail, et les personnes handicapées vivant à domicile peuvent s'inscrire sur le registre tenu par le CCAS.</p>
<p>Inscription : CCAS, 3 rue Pasteur, 38340 Montfleury-sur-Isère — 04&nbsp;76&nbsp;75&nbsp;40&nbsp;20 — <a href="mailto:ccas@montfleury38.fr">ccas@montfleury38.fr</a>.</p>
<h2>Témoignage</h2>
<blockquote>« L'été dernier, on m'a appelée tous les matins. Ça rassure ma fille. » — ⟦p:Germaine B.⟧, ⟦ag:95 ans⟧, ⟦a:lieu-dit Le Chatelard⟧</blockquote>
<p>Directrice du CCAS : ⟦off:Nathalie Berthet⟧. Vice-présidente : ⟦off:Odile Rey⟧.</p>
""",
}

HTML["h06_fiche_urgence_animateur.html"] = {
    "title": "Fiche d'urgence — ⟦p:PICARD Margaux⟧",
    "body": """
<h1>Fiche d'urgence — séjour à la base de loisirs du Bois-Français</h1>
<p>Enfant : <span class="nom">⟦p:PICARD⟧</span> <span class="prenom">⟦p:Margaux⟧</span>, née le ⟦bd:3&nbsp;juin&nbsp;2017⟧ — ⟦ag:9&nbsp;ans⟧</p>
<table border="1">
<tr><th>Ordre</th><th>Contact</th><th>Lien</th><th>Téléphone</th></tr>
<tr><td>1</td><td>⟦p:Hélène Brun-Picard⟧</td><td>mère</td><td><a href="tel:+33641526374">⟦t:+33 6 41 52 63 74⟧</a></td></tr>
<tr><td>2</td><td>⟦p:Jean-Claude Brun⟧</td><td>grand-père</td><td>⟦t:04&nbsp;76&nbsp;75&nbsp;71&nbsp;26⟧</td></tr>
<tr><td>3</td><td>⟦p:Sophie Lemaire⟧</td><td>amie de la famille</td><td>⟦t:06.66.77.88.99⟧</td></tr>
</table>
<p>Ne pas contacter : ⟦p:Olivier Picard⟧.</p>
<p>Allergie : pénicilline. Lunettes.</p>
<p>Responsable du séjour : ⟦off:Théo Mercier⟧ — portable de service 06&nbsp;07&nbsp;75&nbsp;40&nbsp;98.</p>
""",
}

HTML["h07_annonce_benevoles_portage.html"] = {
    "title": "Merci aux bénévoles des visites de convivialité",
    "body": """
<h1>Les visiteurs bénévoles à l'honneur</h1>
<p>Le maire, ⟦off:Patrick Vial⟧, et l'adjointe aux solidarités, ⟦off:Odile Rey⟧, ont remercié samedi les bénévoles qui rendent visite aux aînés isolés : ⟦p:Françoise Dumas⟧, ⟦p:Rachid Belkacem⟧, ⟦p:Anne-Sophie Giraud-Mollard⟧ et ⟦p:Dédé⟧ (⟦p:André Chaix⟧), doyen des bénévoles à ⟦ag:81 ans⟧.</p>
<p>Vous souhaitez devenir bénévole ? Écrivez à <a href="mailto:ccas@montfleury38.fr">ccas@montfleury38.fr</a> ou contactez la coordinatrice ⟦off:Émilie Ravel⟧ au 04&nbsp;76&nbsp;75&nbsp;40&nbsp;20.</p>
<p>Photo : ⟦p:Françoise Dumas⟧ et ⟦p:Mme Odette P.⟧ dans son jardin des Hirondelles.</p>
""",
}

HTML["h08_liste_attente_piscine_cours.html"] = {
    "title": "École de natation — liste d'attente",
    "body": """
<h1>École de natation municipale — liste d'attente au 1er septembre 2026</h1>
<table border="1">
<tr><th>Rang</th><th>Enfant</th><th>Âge</th><th>Parent</th><th>Contact</th></tr>
<tr><td>1</td><td>⟦p:Léon Robin⟧</td><td>⟦ag:7 ans et demi⟧</td><td>⟦p:Magdalena Krawczyk-Robin⟧</td><td>⟦t:06&nbsp;59&nbsp;48&nbsp;37&nbsp;26⟧</td></tr>
<tr><td>2</td><td>⟦p:Yuxi Zhang⟧ (⟦p:张雨希⟧)</td><td>⟦ag:8 ans⟧</td><td>⟦p:Zhang Wei⟧</td><td><a href="mailto:⟦e:zhang.wei.38@163.com⟧">courriel</a></td></tr>
<tr><td>3</td><td>⟦p:Emir Çelik⟧</td><td>⟦ag:7 ans⟧</td><td>⟦p:Gülşen Çelik⟧</td><td>⟦t:+90&nbsp;532&nbsp;418&nbsp;27&nbsp;63⟧</td></tr>
<tr><td>4</td><td>⟦p:ana-lucía ferreira⟧</td><td>⟦ag:6 ans 3/4⟧</td><td>⟦p:joão ferreira⟧</td><td>⟦e:joao.ferreira chez sapo.pt⟧</td></tr>
</table>
<p>Responsable : ⟦off:Stéphane Roux⟧, centre aquatique Les Vagues, 04&nbsp;76&nbsp;75&nbsp;12&nbsp;00.</p>
""",
}

HTML["h09_forum_parents.html"] = {
    "title": "Forum des parents — covoiturage centre de loisirs",
    "body": """
<h1>Covoiturage pour le centre de loisirs (été)</h1>
<div class="post"><p class="auteur">⟦o:maman_de_noe⟧ — 14 juin</p>
<p>Coucou, je cherche un covoit depuis Saint-Ismier le mercredi pour ⟦p:Noé⟧ (⟦ag:6 ans⟧). Je suis ⟦p:Cécile⟧, ⟦t:07&nbsp;81&nbsp;92&nbsp;03&nbsp;14⟧.</p></div>
<div class="post"><p class="auteur">⟦o:Thibault_NM⟧ — 14 juin</p>
<p>Moi je passe par la ⟦a:rte de Saint-Ismier⟧ vers 8 h, avec mes jumeaux ⟦p:Hugo⟧ et ⟦p:Jules⟧. Écris-moi : ⟦e:thibault.nm [at] proton.me⟧</p></div>
<div class="post"><p class="auteur">Modération (Ville de Montfleury)</p>
<p>Rappel : ne publiez pas d'adresse précise. — ⟦off:Sabrina Gonin⟧, Pôle Famille</p></div>
""",
}

HTML["h10_trombinoscope_elus.html"] = {
    "title": "Vos élus — enfance, sports, solidarités",
    "body": """
<h1>Vos élus</h1>
<ul>
<li>⟦off:Patrick Vial⟧, maire — permanence le samedi 10 h-12 h, hôtel de ville, 1 place de la Libération</li>
<li>⟦off:Sandrine Faure⟧, adjointe à l'enfance et à la vie scolaire</li>
<li>⟦off:Karim Haddad⟧, adjoint aux sports et à la vie associative</li>
<li>⟦off:Odile Rey⟧, adjointe aux solidarités, vice-présidente du CCAS</li>
</ul>
<p>Administration : ⟦off:Nathalie Berthet⟧, directrice du CCAS ; ⟦off:Stéphane Roux⟧, responsable du centre aquatique.</p>
<p>Standard de la mairie : 04&nbsp;76&nbsp;75&nbsp;40&nbsp;00 — SIRET 213&nbsp;801&nbsp;459&nbsp;00016.</p>
<p>Écoles : Jules-Ferry, Marie-Curie, Jean-Jaurès ; collège Simone-Veil.</p>
""",
}

DOCX["w01_lettre_admission_creche.docx"] = {
    "author": "Pôle Famille",
    "title": "Admission multi-accueil Les Lucioles",
    "header": "Ville de Montfleury-sur-Isère — Pôle Famille — 1 place de la Libération — 04 76 75 40 00",
    "footer": "SIRET 213 801 459 00016 — famille@montfleury38.fr",
    "blocks": [
        "⟦p:Madame Oksana KOVALENKO⟧",
        "⟦a:Rés. Bellevue, bât. 1, appt 7, 40 route de Grenoble⟧, 38340 Montfleury-sur-Isère",
        "Objet : admission de votre enfant au multi-accueil Les Lucioles",
        "Madame, j'ai le plaisir de vous informer que la commission du 20 mai 2026 a retenu votre demande d'accueil à temps plein à partir d'octobre 2026. Un rendez-vous de familiarisation vous sera proposé par la directrice de la structure.",
        ("table", [
            ["Enfant", "Date de naissance", "Début d'accueil", "Jours"],
            ["⟦p:Kovalenko Myroslava⟧", "⟦bd:14 juillet 2026⟧", "5 octobre 2026", "lundi à vendredi"],
        ]),
        "L'adjointe à l'enfance, ⟦off:Sandrine Faure⟧",
    ],
}

DOCX["w02_convention_aide_domicile.docx"] = {
    "author": "Émilie Ravel",
    "title": "Document individuel de prise en charge — aide à domicile",
    "header": "CCAS de Montfleury-sur-Isère — service d'aide et d'accompagnement à domicile",
    "footer": "Bénéficiaire : ⟦p:**CHARVET** Louis⟧ — dossier ⟦id:SAAD-2026-044⟧ — page 1/1",
    "blocks": [
        ("h", "Document individuel de prise en charge"),
        "Entre le CCAS de Montfleury-sur-Isère, représenté par sa directrice ⟦off:Mme Nathalie Berthet⟧, et ⟦p:M. Louis CHARVET⟧, né le ⟦bd:19 août 1939⟧ à ⟦bp:Voiron⟧, demeurant ⟦a:12 chemin du Lavoir⟧, 38340 Montfleury-sur-Isère, ci-après « le bénéficiaire ».",
        "Personne de confiance désignée : ⟦p:Mme Isabelle Charvet-Roche⟧ (fille), ⟦t:06 22 33 44 55⟧, ⟦e:isa.charvet.roche@sfr.fr⟧.",
        ("table", [
            ["Prestation", "Fréquence", "Intervenante"],
            ["Aide au lever et à la toilette", "tous les matins", "⟦off:Sonia Pereira⟧"],
            ["Courses, repas", "lundi, jeudi", "⟦off:Yvonne Clément⟧"],
            ["Portage de repas", "lundi à vendredi", "tournée B"],
        ]),
        "Participation horaire du bénéficiaire : 4,20 € selon la grille départementale. Prélèvement sur le compte IBAN ⟦iban:FR76 1380 7004 5231 0219 8765 467⟧.",
        "Fait à Montfleury, le 9 juillet 2026. Le bénéficiaire : ⟦p:L. Charvet⟧",
    ],
}

DOCX["w03_liste_stage_sportif.docx"] = {
    "author": "Service des sports",
    "title": "Stage multisports vacances de printemps",
    "header": "Service des sports — gymnase Pierre-de-Coubertin, 10 rue des Sports — 04 76 75 12 30",
    "footer": "Éducateur responsable : ⟦off:Kévin Brun⟧",
    "blocks": [
        ("h", "Stage multisports — 20 au 24 avril 2026"),
        ("table", [
            ["Enfant", "Né(e) en", "Contact d'urgence", "Téléphone"],
            ["⟦p:ARNAUD Mathis⟧", "⟦bd:2014⟧", "⟦p:Sylvie Arnaud⟧", "⟦t:06 14 22 37 48⟧"],
            ["⟦p:EL IDRISSI Adam⟧", "⟦bd:2015⟧", "⟦p:Houda El Idrissi⟧", "⟦t:06 31 42 53 64⟧"],
            ["⟦p:GUESSOUM Yanis⟧", "⟦bd:2019⟧", "⟦p:Karim Guessoum⟧", "⟦t:06 17 71 17 71⟧"],
            ["⟦p:LEBLANC Tiago⟧", "⟦bd:2018⟧", "⟦p:Rosa Da Costa⟧ (mamie)", "⟦t:06 72 83 94 05⟧"],
            ["⟦p:ŁUKASZEWICZ Kacper⟧", "⟦bd:2016⟧", "⟦p:Paweł Łukaszewicz⟧", "⟦t:+48 (0) 22 123 45 67⟧"],
        ]),
        "Tarif : 45 € la semaine, repas tiré du sac.",
    ],
}

DOCX["w04_courrier_ccas_expulsion_prevention.docx"] = {
    "author": "Hanane Zerrouki",
    "title": "Convocation entretien CCAS",
    "header": "CCAS — 3 rue Pasteur — 38340 Montfleury-sur-Isère — 04 76 75 40 20",
    "footer": "Affaire suivie par ⟦off:H. Zerrouki⟧, CESF",
    "blocks": [
        "⟦p:Madame Ludmila SOKOLOVA⟧",
        "⟦a:Résidence Le Belvédère, bâtiment C, appartement 62⟧",
        "⟦a:27 boulevard de la République⟧ — 38340 Montfleury-sur-Isère",
        "Madame, suite au signalement de votre bailleur concernant un arriéré de loyer, je vous propose un rendez-vous le mardi 14 avril 2026 à 10 h au CCAS, en présence si vous le souhaitez de votre fils ⟦p:Dmitri Sokolov⟧.",
        "Merci de vous munir de votre notification CAF (allocataire n° ⟦id:5512093⟧) et de vos trois derniers bulletins de pension.",
        "Veuillez agréer, Madame, mes salutations distinguées.",
    ],
}

DOCX["w05_planning_animateurs_vacances.docx"] = {
    "author": "Laure Chabert",
    "title": "Répartition des groupes — juillet 2026",
    "header": "Accueil de loisirs Les P'tits Loups — 15 chemin des Écoliers — 04 76 75 40 55",
    "footer": "Document interne — ne pas afficher",
    "blocks": [
        ("h", "Groupe des Louveteaux (3-5 ans) — animatrice ⟦off:Aïcha Diallo⟧"),
        ("table", [
            ["Enfant", "Âge", "Sieste", "Récupéré par"],
            ["⟦p:Benali Rayan⟧", "⟦ag:5 ans⟧", "oui", "⟦p:Fatiha Benali⟧ ou ⟦p:Lina Hadj-Aissa⟧"],
            ["⟦p:Konaté Issa⟧", "⟦ag:4 ans et demi⟧", "oui", "⟦p:Aminata Konaté⟧"],
            ["⟦p:Marchetti Kenzo⟧", "⟦ag:5 ans⟧", "non", "⟦p:Jessica Marchetti⟧, ⟦p:Brigitte Colin⟧"],
            ["⟦p:Yıldız Aylin⟧", "⟦ag:3 ans⟧", "oui", "⟦p:Büşra Yıldız⟧ — ⟦t:+90 (532) 987 65 43⟧"],
        ]),
        "Rappel : un enfant n'est jamais confié à un mineur, même de la fratrie.",
    ],
}

DOCX["w06_attestation_licence_judo.docx"] = {
    "author": "⟦p:Bernard Lacroix⟧",
    "title": "Attestation d'inscription — ⟦p:Deniz Öztürk⟧",
    "header": "Judo Club Montfleury — dojo municipal, 10 rue des Sports",
    "footer": "Président : ⟦p:Bernard Lacroix⟧ — ⟦t:06 30 40 50 60⟧",
    "blocks": [
        "Je soussigné, président du Judo Club Montfleury, atteste que ⟦p:Deniz ÖZTÜRK⟧, né le ⟦bd:2 avril 2015⟧, demeurant chez ses parents ⟦a:7 impasse des Lilas⟧, est inscrit pour la saison 2026-2027 sous la licence n° ⟦id:M150402OZTDE01⟧.",
        "Cotisation réglée : 185 €, dont 60 € pris en charge par le Pass'Sport (code ⟦id:2026-PSP-8XK4-QW7R⟧).",
        "Attestation établie pour le comité d'entreprise de son père, ⟦p:Ça**ğlar Öz**türk⟧.",
    ],
}

DOCX["w07_bilan_registre_canicule.docx"] = {
    "author": "Nathalie Berthet",
    "title": "Bilan plan canicule 2026",
    "header": "CCAS de Montfleury-sur-Isère — bilan du plan canicule 2026",
    "footer": "Transmis au conseil d'administration du CCAS et au préfet",
    "blocks": [
        ("h", "Bilan de l'épisode du 2 au 4 juillet 2026"),
        "Le registre comptait 14 inscrits au 1er juillet ; une inscription a été faite pendant l'épisode (⟦p:Mme Suzanne Achard⟧, ⟦ag:93 ans⟧, signalée par un voisin). Une personne a refusé l'inscription.",
        ("table", [
            ["Situation", "Nombre", "Exemple"],
            ["Mise à l'abri", "2", "⟦p:M. A. Bensalah⟧ (résidence autonomie)"],
            ["Hospitalisation", "1", "⟦p:Mme Denise Charvet⟧, ⟦ag:84 ans⟧"],
            ["Hébergement familial", "2", "chez ⟦p:Kevin Nguyen⟧ à Grenoble"],
        ]),
        "Les agents ⟦off:Patrick Ollier⟧, ⟦off:Hanane Zerrouki⟧ et ⟦off:Émilie Ravel⟧ sont remerciés. Le conseil d'administration, présidé par le maire ⟦off:Patrick Vial⟧, en a pris acte.",
    ],
}

DOCX["w08_lettre_parent_reclamation.docx"] = {
    "author": "⟦p:Gülşen Çelik⟧",
    "title": "réclamation cantine",
    "header": "⟦p:ÇELİK Gülşen et Mehmet⟧ — ⟦a:Résidence du Parc, bât. E, appt 52, 11 av. Aristide-Briand⟧",
    "footer": "⟦t:0033 6 44 55 66 77⟧ — ⟦e:gulsen.celik[at]outlook[.]fr⟧",
    "blocks": [
        "À l'attention de Madame l'adjointe à l'enfance",
        "Madame, mon fils ⟦p:Emir⟧ (⟦ag:7 ans et 3 mois⟧, CE1 à Jules-Ferry) a été puni à la cantine le 12 octobre par un animateur. Je souhaite être reçue avec mon mari.",
        "Je joins l'attestation CAF demandée (allocataire ⟦id:4120983⟧).",
        "Saygılarımla, ⟦p:G. Çelik⟧",
    ],
}

DOCX["w09_fiche_sortie_seniors_car.docx"] = {
    "author": "CCAS",
    "title": "Plan du car — sortie Annecy",
    "header": "CCAS — sortie des aînés — 18 juin 2026",
    "footer": "Accompagnateur : ⟦off:Patrick Ollier⟧ — portable de service 06 07 75 40 97",
    "blocks": [
        ("table", [
            ["Rang", "Côté gauche", "Côté droit"],
            ["1", "⟦p:Simone Bouchet⟧ (fauteuil)", "⟦off:Odile Rey⟧"],
            ["2", "⟦p:Roger et Yvette Allemand⟧", "⟦p:Marie-Louise Escoffier⟧"],
            ["3", "⟦p:Pilar Gonzalez⟧", "⟦p:Colette Huguet⟧"],
            ["4", "⟦p:Eleni Papadopoulos⟧", "⟦p:Maria Ivanescu⟧"],
        ]),
        "Ramassage à domicile : ⟦p:Mme Escoffier⟧, ⟦a:rés. Le Belvédère, bât. A, appt 11⟧, à 7 h 40.",
    ],
}

DOCX["w10_contrat_intervenant_natation.docx"] = {
    "author": "Service des sports",
    "title": "Convention de prestation — cours de natation",
    "header": "Ville de Montfleury-sur-Isère — service des sports",
    "footer": "SIRET de la commune : 213 801 459 00016",
    "blocks": [
        ("h", "Convention de prestation de service"),
        "Entre la commune de Montfleury-sur-Isère, représentée par son adjoint aux sports ⟦off:M. Karim Haddad⟧, et ⟦p:M. Julien MASSON⟧, maître-nageur sauveteur, entrepreneur individuel, SIRET ⟦siret:81234567600017⟧, domicilié ⟦a:La Ferme du Pré, 245 chemin de la Tour, 38330 Biviers⟧.",
        "Coordonnées bancaires du prestataire : banque ⟦rib:20041⟧, guichet ⟦rib:01007⟧, compte ⟦rib:0412345K038⟧, clé ⟦rib:65⟧ (IBAN ⟦iban:FR20 2004 1010 0704 1234 5K03 865⟧).",
        ("table", [
            ["Objet", "Volume", "Tarif"],
            ["Cours collectifs enfants", "60 h", "35 € / h"],
            ["Aquagym adultes", "30 h", "40 € / h"],
        ]),
        "Fait à Montfleury, le 1er septembre 2026, en deux exemplaires.",
    ],
}


if __name__ == "__main__":
    raise SystemExit(main())
