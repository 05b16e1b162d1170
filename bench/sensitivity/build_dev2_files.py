"""Build the .docx and .html documents of the dev2 sensitivity set.

Run with the project's virtualenv:
    /work/main/.venv/bin/python bench/sensitivity/build_dev2_files.py

The texts are written here by hand; the script only lays them out. Every .docx
gets fixed core properties and fixed zip timestamps so that a re-run produces
byte-identical files. The .txt documents and labels.jsonl of the set are
plain files in the corpus folder and are not produced here.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "corpus" / "dev2"
FIXED = dt.datetime(2025, 1, 15, 9, 0, 0)
ZIP_TIME = (2025, 1, 15, 9, 0, 0)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def _save_docx(doc: Document, name: str, author: str) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    (OUT / name).write_bytes(out.getvalue())


def _new_doc() -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    return doc


def _paras(doc: Document, text: str) -> None:
    for block in text.strip("\n").split("\n\n"):
        block = block.strip("\n")
        if block.startswith("# "):
            doc.add_heading(block[2:], level=1)
        elif block.startswith("## "):
            doc.add_heading(block[3:], level=2)
        else:
            doc.add_paragraph(block)


def _table(doc: Document, rows: list[list[str]]) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell


def _header(doc: Document, text: str) -> None:
    doc.sections[0].header.paragraphs[0].text = text


def _footer(doc: Document, text: str) -> None:
    doc.sections[0].footer.paragraphs[0].text = text


def _html_table(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
    body = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:]
    )
    return f"<table border=\"1\">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def _html_page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n"
    )


def _write_html(name: str, title: str, body: str) -> None:
    (OUT / name).write_text(_html_page(title, body), encoding="utf-8")


def _p(text: str) -> str:
    return "\n".join(f"<p>{html.escape(x.strip())}</p>" for x in text.strip().split("\n\n"))


def _ul(items: list[str]) -> str:
    return "<ul>\n" + "\n".join(f"<li>{html.escape(i)}</li>" for i in items) + "\n</ul>"


# ---------------------------------------------------------------------------
# .docx documents
# ---------------------------------------------------------------------------

def s003() -> None:
    doc = _new_doc()
    _footer(doc, "Confidentiel – diffusion limitée aux membres de la commission d'appel d'offres – ne pas transmettre aux autres candidats")
    _paras(doc, """
# GARAGE POIDS LOURDS CÉVENOL – Offre financière

Marché n° 2025-SDIS30-08 – Maintenance préventive et curative des véhicules de lutte contre l'incendie – Lot 2 : châssis et carrosseries des CCF et FPT

À l'attention de M. le Président du conseil d'administration du SDIS du Gard – Groupement des moyens techniques, Nîmes.

Le présent document complète le bordereau des prix unitaires. Il détaille la construction de notre prix, à la demande formulée à l'article 6.2 du règlement de la consultation.

## 1. Taux horaire et sa décomposition
""")
    _table(doc, [
        ["Poste", "Montant € HT / heure", "Observations"],
        ["Salaire chargé mécanicien PL (coefficient 215)", "31,40", "grille conventionnelle, ancienneté moyenne 11 ans"],
        ["Outillage et diagnostic", "3,10", "valise multimarque amortie sur 4 ans"],
        ["Frais de structure", "6,80", "coefficient 1,22 après mutualisation avec l'atelier agricole"],
        ["Marge", "4,70", "soit 10,4 % du prix de vente"],
        ["Taux horaire facturé", "46,00", ""],
    ])
    _paras(doc, """
## 2. Pièces détachées

Nous bénéficions, auprès du constructeur dont nous sommes réparateur agréé, d'une remise contractuelle de 34 % sur le tarif public (accord n° RA-30-114), et de 41 % auprès de Pièces PL Occitanie pour les pièces adaptables. Nous appliquons au SDIS une remise de 22 % sur le tarif public, ce qui laisse une marge de 12 à 19 points selon la provenance.

## 3. Délais

Notre engagement de remise en service sous 48 heures repose sur un stock tampon de 180 références que nous constituons à nos frais (valeur 64 000 €) et sur une équipe d'astreinte de deux mécaniciens le week-end pendant la saison des feux.

## 4. Situation de l'entreprise

Notre chiffre d'affaires 2024 s'établit à 2,1 M€, dont 38 % réalisés avec le seul client Transports Rouvière, dont le contrat arrive à échéance en décembre. Le présent marché est donc déterminant pour le maintien de notre effectif de 14 salariés.

Fait à Alès, le 3 février 2025 – Pour l'entreprise, M. Patrice Deleuze, gérant.
""")
    _save_docx(doc, "s003_marking_offre_pied_de_page.docx", "Garage PL Cévenol")


def s006() -> None:
    doc = _new_doc()
    _header(doc, "Ministère de l'Intérieur – Préfecture du Gard – Compte rendu d'entretien professionnel 2024")
    _paras(doc, """
# COMPTE RENDU D'ENTRETIEN PROFESSIONNEL – ANNÉE 2024

Agent évalué : M. Sylvain MAUREL – secrétaire administratif de classe normale – Bureau de la réglementation et des élections.
Supérieure hiérarchique directe : Mme Catherine Rieu, cheffe de bureau.
Date de l'entretien : 9 janvier 2025.

## 1. Bilan des objectifs de l'année écoulée
""")
    _table(doc, [
        ["Objectif fixé en 2024", "Résultat", "Commentaire de l'évaluatrice"],
        ["Traiter les demandes d'agrément des auto-écoles dans un délai de 2 mois", "Non atteint", "délai moyen constaté : 4,5 mois ; 23 dossiers en souffrance en décembre"],
        ["Mettre à jour les fiches de procédure du bureau", "Partiellement atteint", "2 fiches sur 7 rédigées, après plusieurs relances"],
        ["Assurer l'intérim du pôle élections pendant les européennes", "Atteint", "organisation correcte, en appui de la cheffe de bureau"],
    ])
    _paras(doc, """
## 2. Appréciation de la valeur professionnelle
""")
    _table(doc, [
        ["Critère", "Très bien", "Bien", "À améliorer", "Insuffisant"],
        ["Compétences techniques", "", "X", "", ""],
        ["Qualité et fiabilité du travail", "", "", "", "X"],
        ["Respect des délais", "", "", "", "X"],
        ["Relations avec les usagers", "", "", "X", ""],
        ["Sens du travail en équipe", "", "", "X", ""],
    ])
    _paras(doc, """
## 3. Appréciation littérale

M. Maurel connaît bien la réglementation, mais la qualité de son travail s'est nettement dégradée au cours de l'année. Les erreurs dans les arrêtés d'agrément ont conduit à deux retraits d'actes. Plusieurs usagers se sont plaints de l'absence de réponse à leurs courriels. L'agent a reçu un rappel écrit en septembre concernant le respect des horaires de permanence téléphonique. Les échanges avec l'équipe sont parfois tendus.

## 4. Objectifs pour 2025 et accompagnement

Résorber le stock de dossiers d'ici juin ; suivre la formation « organisation du travail et gestion des priorités » ; points mensuels avec la cheffe de bureau. La réduction d'ancienneté n'est pas proposée cette année.

Observations de l'agent : « Je conteste le caractère insuffisant de mon travail, la charge du bureau ayant doublé sans renfort. »

Signature de l'évaluatrice – Signature de l'agent (vaut prise de connaissance).
""")
    _save_docx(doc, "s006_appraisal_crep.docx", "Bureau RH préfecture")


def s007() -> None:
    doc = _new_doc()
    _header(doc, "USAGE INTERNE – NE PAS DIFFUSER HORS COMITÉ DE DIRECTION")
    _paras(doc, """
# Communauté de communes Lodévois et Larzac – Direction générale des services

Note au comité de direction du 14 mai 2025

Objet : projet de réorganisation des services techniques – scénarios soumis à la discussion

## 1. Contexte

Le départ en retraite du directeur des services techniques au 1er septembre et la prise de compétence « eau et assainissement » au 1er janvier 2026 imposent de revoir l'organisation de la direction. Aujourd'hui, 46 agents relèvent des services techniques, répartis entre la voirie, les bâtiments, la collecte des déchets et les espaces naturels.

## 2. Scénarios étudiés

Scénario A : maintien d'une direction unique, avec création d'un poste d'adjoint chargé du cycle de l'eau. Coût supplémentaire estimé : 62 000 € par an.

Scénario B : création de deux directions distinctes (« patrimoine et cadre de vie » et « cycle de l'eau »), rattachées au DGS. Coût supplémentaire : 88 000 € par an, mais meilleure lisibilité pour les partenaires (agence de l'eau, syndicats).

Scénario C : externalisation de l'exploitation de l'eau par délégation de service public, la direction conservant le contrôle. Coût à évaluer après l'étude en cours.

## 3. Calendrier proposé

Présentation des scénarios aux vice-présidents le 21 mai ; consultation du comité social territorial le 19 juin ; décision du conseil communautaire le 3 juillet ; recrutement du nouveau directeur à l'été.

## 4. Points de vigilance

Le dialogue avec les équipes doit précéder toute communication extérieure. Les agents de la collecte ont exprimé des inquiétudes sur l'évolution des tournées ; une réunion d'information sera organisée par le DGS. Le budget 2026 devra intégrer les dépenses liées au scénario retenu.

Le directeur général des services, Alain Coulomb.
""")
    _save_docx(doc, "s007_marking_note_entete.docx", "DGS CC Lodévois et Larzac")


def s045() -> None:
    doc = _new_doc()
    _header(doc, "Académie de Montpellier – Projet d'accueil individualisé (PAI)")
    _paras(doc, """
# PROJET D'ACCUEIL INDIVIDUALISÉ – Année scolaire 2024-2025

École élémentaire Les Tilleuls, Castelnau-le-Lez – Classe de CE1 (M. Olivier Pagès).
Élève : Inès BENSAÏD, née le 3 février 2017.
Responsables légaux : M. Karim Bensaïd et Mme Laura Castagné – téléphones : 06 xx xx xx 11 / 06 xx xx xx 27.
Médecin prescripteur : Dr Anne-Claire Vidal, neuropédiatre, CHU de Montpellier.

## 1. Besoins particuliers de l'enfant

Inès présente une épilepsie (absences et crises tonico-cloniques rares) traitée par valproate matin et soir, à la maison. Elle présente également une allergie alimentaire sévère à l'arachide et aux fruits à coque, avec antécédent de réaction anaphylactique en 2022.

## 2. Aménagements
""")
    _table(doc, [
        ["Temps / lieu", "Aménagement", "Responsable"],
        ["Classe", "Place proche de l'enseignant ; pas de stimulation lumineuse intermittente (vidéoprojecteur en mode fixe)", "Enseignant"],
        ["Restauration scolaire", "Panier-repas fourni par la famille ; aucune denrée échangée ; table dédiée", "Mairie / ATSEM"],
        ["Sorties et piscine", "Adulte référent désigné ; trousse d'urgence emportée ; pas de baignade sans surveillance individuelle", "Enseignant"],
        ["EPS", "Pas d'escalade au-delà d'1 m de hauteur", "Enseignant"],
    ])
    _paras(doc, """
## 3. Protocole d'urgence

En cas de crise convulsive : allonger l'enfant sur le côté, protéger la tête, noter l'heure de début. Si la crise dure plus de 5 minutes : administrer le midazolam buccal (Buccolam 5 mg) rangé dans la trousse, appeler le 15, prévenir les parents.

En cas de gonflement des lèvres, gêne respiratoire ou malaise après ingestion : injecter l'adrénaline auto-injectable (Anapen 150 µg) dans la face externe de la cuisse, appeler le 15, allonger l'enfant jambes surélevées.

La trousse d'urgence (ordonnance, Buccolam, Anapen, copie du PAI) est rangée dans l'armoire haute de la classe, clé sur le tableau de la direction.

Signatures : les parents, la directrice, le médecin de l'éducation nationale, le représentant de la commune.
""")
    _save_docx(doc, "s045_health_pai.docx", "Ecole Les Tilleuls")


def s078() -> None:
    doc = _new_doc()
    _header(doc, "CH d'Alès-Cévennes – Plan de gestion des tensions hospitalières et des situations sanitaires exceptionnelles – Annexe 4")
    _footer(doc, "Document interne – ne pas diffuser – ne pas afficher dans les zones accessibles au public")
    _paras(doc, """
# ANNEXE 4 – Sûreté et accès en situation sanitaire exceptionnelle

Version 3 – validée par la cellule de crise le 12 décembre 2024.

## 1. Verrouillage du site

Dès le déclenchement du plan blanc, le site est verrouillé selon la procédure suivante : fermeture des accès B (avenue Jean-Jaurès) et D (parking du personnel) ; seul l'accès A (urgences) reste ouvert, filtré par deux agents de sûreté et un renfort de la police municipale. Le verrouillage général des portes se commande depuis le poste central de sécurité (PCS), rez-de-chaussée du bâtiment Cévennes, pupitre 2, touche « VERR-G », confirmée par le code 7731.

## 2. Codes et moyens d'accès
""")
    _table(doc, [
        ["Local", "Emplacement", "Moyen d'accès"],
        ["Salle de la cellule de crise", "2e étage administration, bureau 214", "digicode 0419*"],
        ["Local de stockage des masques et EPI", "sous-sol bâtiment B, porte coupe-feu 07", "clé n° 12 au PCS"],
        ["Groupe électrogène de secours", "local technique extérieur, côté héliport", "cadenas code 2580"],
        ["Pharmacie – armoire des antidotes", "pharmacie centrale, réserve 3", "badge + code 5560"],
        ["Entrée de service de l'héliport", "portillon est", "digicode 9182#"],
    ])
    _paras(doc, """
## 3. Points faibles identifiés

La clôture côté voie ferrée présente une brèche de 2 mètres non réparée derrière la blanchisserie. La caméra de l'entrée D est hors service depuis novembre. En dehors des heures ouvrables, un seul agent de sûreté est présent sur le site entre 1 h et 6 h.

## 4. Communication

Le numéro direct de la cellule de crise (04 xx xx xx 99) est réservé aux autorités et ne doit pas être communiqué à la presse ni aux familles.
""")
    _save_docx(doc, "s078_security_plan_blanc.docx", "Direction qualite gestion des risques")


def s079() -> None:
    doc = _new_doc()
    _header(doc, "CONFIDENTIEL")
    _paras(doc, """
# PRÉFECTURE DE L'AUDE – Cabinet du préfet

Note à l'attention de M. le Préfet

Objet : préparation de la réunion du 18 mars avec les maires du secteur des Corbières sur le projet de parc éolien de la Montagne d'Alaric

## 1. Rappel du dossier

La société Vents du Sud a déposé en septembre 2024 une demande d'autorisation environnementale pour un parc de neuf éoliennes de 180 mètres en bout de pale, sur les communes de Capendu, Floure et Monze. L'enquête publique doit s'ouvrir en mai.

## 2. Position des élus

Sept des neuf maires du secteur ont exprimé leur opposition par une motion commune adoptée en janvier, en invoquant l'impact paysager sur le site classé et la proximité de l'abbaye de Fontfroide. Le maire de Capendu, favorable au projet, fait valoir les retombées fiscales (environ 110 000 € par an pour la commune). Le président de la communauté de communes n'a pas pris position publiquement.

## 3. Éléments de langage proposés

L'État instruit le dossier de façon neutre et dans le respect des procédures ; la décision interviendra après l'enquête publique et l'avis de la commission départementale de la nature, des paysages et des sites ; le préfet est attentif à l'acceptabilité locale des projets d'énergies renouvelables ; le département doit néanmoins contribuer aux objectifs régionaux de production.

## 4. Points d'attention

Un collectif d'opposants prévoit une manifestation devant la sous-préfecture de Limoux le jour de la réunion. La DDTM estime que l'avis de l'autorité environnementale, attendu fin mars, pourrait être réservé sur l'avifaune.

La directrice de cabinet, Aurélie Fabre.
""")
    _save_docx(doc, "s079_marking_note_prefecture.docx", "Cabinet prefecture")


def s080() -> None:
    doc = _new_doc()
    _footer(doc, "Document de travail à usage strictement interne – version provisoire non validée")
    _paras(doc, """
# CCAS de Frontignan – Préparation du budget primitif 2026

Réunion d'arbitrage du 6 novembre 2025 – Vice-présidente, directrice, responsable financière.

## 1. Section de fonctionnement – propositions des services
""")
    _table(doc, [
        ["Service", "BP 2025", "Demande 2026", "Proposition d'arbitrage"],
        ["Aides facultatives (secours, chèques services)", "92 000 €", "118 000 €", "105 000 €"],
        ["Épicerie solidaire (subvention)", "18 000 €", "22 000 €", "20 000 €"],
        ["Service d'aide à domicile", "1 240 000 €", "1 310 000 €", "1 296 000 €"],
        ["Résidence autonomie Les Mouettes", "684 000 €", "702 000 €", "702 000 €"],
        ["Animations seniors", "26 000 €", "31 000 €", "28 000 €"],
        ["Charges de personnel (hors SAAD)", "812 000 €", "845 000 €", "839 000 €"],
    ])
    _paras(doc, """
## 2. Recettes

Subvention d'équilibre de la Ville demandée : 1 050 000 € (+ 6 %). Participation du Département à l'APA et à la PCH en hausse de 3 %. Les recettes de la résidence autonomie sont stables.

## 3. Investissement

Remplacement de deux véhicules du service d'aide à domicile (44 000 €), rénovation de la salle commune de la résidence (60 000 €), renouvellement du logiciel d'instruction des demandes (15 000 €).

## 4. Points à trancher par la vice-présidente

Maintien ou non de la hausse de l'enveloppe des aides facultatives, compte tenu de l'augmentation des demandes de 14 % en 2025 ; ouverture d'une permanence du CCAS au quartier des Deux-Pins ; calendrier de présentation au conseil d'administration (11 décembre).
""")
    _save_docx(doc, "s080_marking_budget_ccas.docx", "CCAS Frontignan")


def s084() -> None:
    doc = _new_doc()
    _paras(doc, """
# Mairie de Marseillan – Direction des ressources humaines

Recrutement des animateurs saisonniers de l'accueil de loisirs – été 2025

Tableau de suivi des pièces – mis à jour le 22 avril 2025 – à l'attention de Mme Delphine Aubry, responsable du service enfance.
""")
    _table(doc, [
        ["Candidat", "BAFA", "Entretien", "Bulletin n° 2 du casier judiciaire", "FIJAIS", "Décision"],
        ["Léa Bonnet", "oui", "favorable", "néant", "consulté – néant", "retenue"],
        ["Hugo Sabatier", "stagiaire", "favorable", "néant", "consulté – néant", "retenu"],
        ["Kévin Marty", "oui", "favorable", "condamnation du 14/06/2022 – TC Béziers – conduite sous l'empire d'un état alcoolique – 300 € d'amende et 4 mois de suspension du permis", "consulté – néant", "à discuter (voir note)"],
        ["Chloé Rigal", "oui", "réservé", "néant", "consulté – néant", "liste d'attente"],
        ["Anthony Roques", "non", "favorable", "en attente", "en attente", "en attente"],
        ["Maëva Castan", "oui", "favorable", "condamnation du 02/03/2023 – TC Montpellier – vol en réunion – 2 mois d'emprisonnement avec sursis", "consulté – néant", "non retenue"],
    ])
    _paras(doc, """
Note sur la candidature de M. Marty : la condamnation mentionnée au bulletin n° 2 n'est pas, en elle-même, incompatible avec l'encadrement de mineurs. Toutefois, le poste comporte la conduite du minibus pour les sorties. Il est proposé de retenir sa candidature sans lui confier la conduite des véhicules, après entretien avec l'intéressé.

Note sur la candidature de Mme Castan : la condamnation pour vol a été jugée incompatible avec la manipulation des fonds de la régie de l'accueil de loisirs. Un courrier de refus lui sera adressé sans mention du motif.

Ces informations ne doivent pas être communiquées aux directeurs de centre, qui sont seulement informés de la liste des candidats retenus.
""")
    _save_docx(doc, "s084_criminal_casier_recrutement.docx", "DRH Marseillan")


def p089() -> None:
    doc = _new_doc()
    _header(doc, "Communauté de communes Sud-Hérault – Registre des délibérations")
    _paras(doc, """
# EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE

Séance du 17 décembre 2024 – Délibération n° 2024-142

Objet : modification du tableau des emplois permanents au 1er janvier 2025

Conseillers en exercice : 43 – Présents : 35 – Pouvoirs : 5 – Votants : 40.

Rapporteur : M. Jean-Marc Sabatier, vice-président délégué aux ressources humaines.

M. le Vice-président expose qu'il appartient au conseil communautaire de fixer l'effectif des emplois nécessaires au fonctionnement des services. Compte tenu de l'ouverture de la maison France Services de Capestang, de la réorganisation du service de soins infirmiers à domicile et des avancements de grade de l'année 2025 examinés par les lignes directrices de gestion, il est proposé les modifications suivantes :
""")
    _table(doc, [
        ["Service", "Emploi", "Grade / cadre d'emplois", "Temps", "Création", "Suppression"],
        ["France Services", "conseiller numérique", "adjoint administratif", "TC", "2", ""],
        ["SSIAD", "infirmier coordinateur", "infirmier en soins généraux", "TC", "1", ""],
        ["SSIAD", "aide-soignant", "auxiliaire de soins principal 2e cl.", "TC", "2", "2 (à 28 h)"],
        ["Petite enfance", "éducateur de jeunes enfants", "EJE", "TC", "1", ""],
        ["Collecte", "ripeur", "adjoint technique", "TC", "", "1"],
        ["Administration générale", "gestionnaire RH", "rédacteur principal 2e cl.", "TC", "1", "1 (rédacteur)"],
    ])
    _paras(doc, """
Le comité social territorial a émis un avis favorable le 5 décembre 2024 (collège des représentants du personnel : 4 voix pour, 1 abstention).

Mme Sophie Ortega, conseillère communautaire, demande si le recrutement de l'infirmier coordinateur permettra d'augmenter le nombre de patients suivis par le SSIAD. Le vice-président indique que la capacité autorisée passe de 42 à 48 places.

Après en avoir délibéré, le conseil communautaire, à l'unanimité :
- ADOPTE les modifications du tableau des emplois ci-dessus à compter du 1er janvier 2025 ;
- DIT que les crédits nécessaires sont inscrits au budget 2025, chapitre 012.

Pour extrait conforme, le Président – Publiée le 20 décembre 2024.
""")
    _save_docx(doc, "p089_deliberation_tableau_effectifs.docx", "Service des assemblees")


def p104() -> None:
    doc = _new_doc()
    _header(doc, "Commune de Pignan – Délibération publiée")
    _paras(doc, """
# DÉLIBÉRATION DU CONSEIL MUNICIPAL N° 2024-087

Séance du 26 novembre 2024

Objet : régime indemnitaire tenant compte des fonctions, des sujétions, de l'expertise et de l'engagement professionnel (RIFSEEP) – mise à jour des montants et des règles de modulation

Membres en exercice : 29 – présents : 24 – représentés : 4 – votants : 28.

Rapporteure : Mme Martine Cabanis, adjointe déléguée aux finances et au personnel.

## 1. Montants annuels de l'IFSE par groupe de fonctions
""")
    _table(doc, [
        ["Groupe", "Fonctions", "Montant annuel minimum", "Montant annuel maximum"],
        ["A1", "direction générale des services", "9 000 €", "18 000 €"],
        ["B1", "responsable de service", "4 200 €", "9 600 €"],
        ["B2", "chargé de mission, expertise", "3 000 €", "7 200 €"],
        ["C1", "encadrement de proximité, agent d'accueil polyvalent", "1 800 €", "4 800 €"],
        ["C2", "agent d'exécution", "1 200 €", "3 600 €"],
    ])
    _paras(doc, """
## 2. Sort du régime indemnitaire en cas d'absence

Conformément au décret n° 2010-997 et dans la limite des règles applicables aux agents de l'État :
- congés annuels, RTT, congé de maternité, de paternité et d'accueil de l'enfant, congé d'adoption, congé pour invalidité temporaire imputable au service : maintien intégral ;
- congé de maladie ordinaire : maintien dans les mêmes proportions que le traitement ; au-delà de 30 jours d'absence cumulés sur l'année, abattement de 1/30e par jour ;
- congé de longue maladie, de longue durée et de grave maladie : suspension, les sommes versées pendant la période de maladie ordinaire antérieure restant acquises ;
- temps partiel thérapeutique : versement au prorata de la durée effective de service.

## 3. Complément indemnitaire annuel (CIA)

Versé en une fois en décembre, selon l'engagement professionnel apprécié lors de l'entretien annuel, dans la limite de 10 % du plafond du groupe.

M. Lionel Vergnes, conseiller municipal, demande combien d'agents sont concernés par l'abattement. Mme Cabanis indique que le dispositif est appliqué sans distinction à l'ensemble des 96 agents.

Le conseil municipal, à l'unanimité, ADOPTE les dispositions ci-dessus à compter du 1er janvier 2025.
""")
    _save_docx(doc, "p104_deliberation_regime_indemnitaire.docx", "Service des assemblees")


def p131() -> None:
    doc = _new_doc()
    _header(doc, "Document public – diffusion libre")
    _paras(doc, """
# Ministère de l'Économie – Haut fonctionnaire de défense et de sécurité

Guide pratique : apposer la bonne mention sur un document (version 2025)

Ce guide est destiné à tous les agents du ministère. Il explique comment choisir et apposer une mention de protection. Il ne contient lui-même aucune information protégée et peut être librement diffusé, y compris à nos partenaires.

## 1. Les niveaux et mentions
""")
    _table(doc, [
        ["Mention", "Nature", "Qui peut y accéder", "Exemple de contenu"],
        ["Très Secret", "classification (secret de la défense nationale)", "personnes habilitées au niveau, avec besoin d'en connaître", "priorités gouvernementales de défense"],
        ["Secret", "classification", "personnes habilitées Secret, avec besoin d'en connaître", "plans de continuité d'opérateurs vitaux"],
        ["Diffusion Restreinte", "mention de protection", "agents ayant besoin d'en connaître", "dispositif de sécurité d'un bâtiment"],
        ["Spécial France", "mention complémentaire", "ressortissants français uniquement", "échanges avec un partenaire étranger exclus"],
        ["Aucune mention", "document non protégé", "tous", "notes de service courantes, comptes rendus publiés"],
    ])
    _paras(doc, """
## 2. Comment apposer la mention

La mention figure en haut et en bas de chaque page, en caractères apparents, et dans l'objet des messages électroniques. Un document ne doit pas être surclassé : une mention injustifiée gêne le travail des services et dévalue la protection.

## 3. Ce qu'il ne faut pas confondre

« Confidentialité » au sens du secret professionnel ou du secret des affaires ne suppose aucune mention particulière. Les mentions « Brouillon », « Projet » ou « Version de travail » ne sont pas des mentions de protection.

## 4. Déclassement

Une information peut être déclassifiée ou voir sa mention retirée lorsque sa sensibilité a disparu. L'autorité émettrice est seule compétente.

Contact : service du haut fonctionnaire de défense et de sécurité.
""")
    _save_docx(doc, "p131_procedure_classification_document_public.docx", "SHFDS")


def p150() -> None:
    doc = _new_doc()
    _header(doc, "Direction générale des services – Guide des procédures – v3 (publié sur l'intranet et le site internet)")
    _paras(doc, """
# Communauté d'agglomération Gard Rhodanien – Traitement du courrier entrant

Procédure n° DG-04 – mise à jour du 2 septembre 2024.

## 1. Réception

Le courrier est réceptionné chaque matin à 8 h 30 par le service courrier, au rez-de-chaussée du siège. Les plis sont ouverts, datés, numérisés et enregistrés dans le logiciel de gestion du courrier, puis distribués électroniquement aux directions.

## 2. Plis à ne pas ouvrir

Ne sont pas ouverts par le service courrier :
""")
    _table(doc, [
        ["Type de pli", "Traitement"],
        ["Enveloppe portant la mention « Personnel », « Confidentiel » ou « À n'ouvrir que par le destinataire »", "remise fermée au destinataire en main propre, contre émargement"],
        ["Plis des candidats à un marché public (offres)", "enregistrés fermés, conservés au coffre de la commande publique jusqu'à l'ouverture des plis"],
        ["Plis adressés au médecin de prévention ou à l'assistante sociale du personnel", "remis fermés, sans numérisation"],
        ["Courriers recommandés adressés nominativement à un élu", "remis fermés au cabinet"],
    ])
    _paras(doc, """
## 3. Enregistrement

Les courriers remis fermés sont enregistrés avec le seul nom de l'expéditeur et du destinataire, sans objet. Le destinataire décide ensuite de leur enregistrement complet.

## 4. Délais de réponse

Tout courrier d'usager doit recevoir un accusé de réception sous huit jours et une réponse sous deux mois. Les relances automatiques sont adressées par le logiciel aux directions concernées.

## 5. Archivage

Les originaux papier sont conservés trois mois au service courrier puis détruits, sauf les pièces à valeur probante (actes, contrats), versées aux archives.

Référente de la procédure : Mme Corinne Mathieu, responsable du service courrier.
""")
    _save_docx(doc, "p150_protocole_courrier_confidentiel.docx", "DGS Gard Rhodanien")


# ---------------------------------------------------------------------------
# .html documents
# ---------------------------------------------------------------------------

def s036() -> None:
    body = "<h1>Université de Montpellier – Cellule de veille et d'écoute contre les violences sexistes et sexuelles, le harcèlement et les discriminations</h1>\n"
    body += "<h2>Fiche de signalement n° 2025-014 (saisie en ligne)</h2>\n"
    body += _html_table([
        ["Champ", "Réponse"],
        ["Date de la saisie", "12/02/2025"],
        ["Vous êtes", "la personne concernée"],
        ["Nom, prénom", "Jordan MARIE-SAINTE"],
        ["Statut", "étudiant – Licence 2 STAPS"],
        ["Personne(s) mise(s) en cause", "trois étudiants du même groupe de TD, dont Baptiste R. et Mathis C."],
        ["Lieu", "vestiaires du complexe sportif, groupe de messagerie de la promotion"],
        ["Période", "depuis novembre 2024"],
        ["Nature des faits", "propos homophobes et racistes répétés, exclusion du groupe"],
    ])
    body += "\n<h3>Description des faits (texte libre)</h3>\n"
    body += _p("""Depuis que j'ai dit à des amis de la promo que je suis gay et que j'ai un copain, trois étudiants de mon groupe de TD se moquent de moi tous les jours. Dans les vestiaires, ils refusent de se changer à côté de moi et disent que je vais « les mater ». Sur le groupe de messagerie de la promo, ils ont posté un montage de moi avec une perruque.

Ils font aussi des remarques sur mes origines : ma famille est martiniquaise et ils m'appellent « le Doudou » ou font des bruits de singe quand je passe. Le 6 février, Baptiste R. a dit devant tout le monde que « les gens comme moi » n'avaient rien à faire en STAPS.

Je ne dors plus bien et je ne vais plus aux cours de sport collectif. J'ai peur de rater mon semestre. Je ne veux pas que mes parents soient au courant pour l'instant, ils ne savent pas pour mon orientation.""")
    body += "\n<h3>Suites souhaitées</h3>\n"
    body += _ul([
        "être reçu par une personne de la cellule",
        "changer de groupe de TD",
        "savoir si je peux porter plainte",
    ])
    body += "\n<p>Accusé de réception envoyé le 12/02/2025 – entretien fixé au 14/02/2025 avec la chargée de mission égalité.</p>"
    _write_html("s036_sexuality_signalement_universite.html", "Fiche de signalement 2025-014", body)


def s046() -> None:
    body = "<h1>Commune de Saint-Clément-de-Rivière – Restauration scolaire</h1>\n"
    body += "<h2>Liste des régimes particuliers – école élémentaire – rentrée 2024 (document du service, à afficher en cuisine uniquement)</h2>\n"
    body += _p("Liste établie d'après les fiches d'inscription remplies par les familles. Les demandes de repas sans porc ou sans viande sont indiquées avec le motif donné par la famille lorsqu'elle l'a précisé.")
    body += "\n" + _html_table([
        ["Classe", "Élève", "Régime demandé", "Motif indiqué par la famille", "PAI"],
        ["CP A", "Yanis Belkhir", "sans porc", "pratique religieuse musulmane de la famille", "non"],
        ["CP B", "Rachel Cohen-Pagès", "sans porc, pas de mélange viande et laitage", "la famille respecte la cacherout", "non"],
        ["CE1", "Arjun Ramanathan", "végétarien, sans œuf", "conviction hindoue de la famille", "non"],
        ["CE1", "Louise Fabre", "sans viande le vendredi pendant le Carême", "famille catholique pratiquante", "non"],
        ["CE2", "Adam Ouali", "sans porc, viande halal si possible (sinon poisson)", "religion", "non"],
        ["CM1", "Noé Granier", "sans gluten", "maladie cœliaque", "oui – panier-repas"],
        ["CM1", "Emma Martin", "végétarien", "choix de la famille (pas de motif religieux)", "non"],
        ["CM2", "Sarah Toledano", "sans porc", "non précisé", "non"],
        ["CM2", "Ibrahim Diop", "sans porc ; pendant le Ramadan, ne déjeune pas (jeûne à la demande des parents, accueil en salle de lecture)", "religion", "non"],
    ])
    body += "\n" + _p("Rappel au personnel : ces informations ne doivent être communiquées ni aux autres enfants ni aux autres familles. La liste est détruite en fin d'année scolaire.")
    _write_html("s046_religion_tableau_cantine.html", "Régimes particuliers restauration scolaire", body)


def s054() -> None:
    body = "<h1>CCAS de Bagnols-sur-Cèze</h1>\n<h2>Commission permanente des aides facultatives – séance du 20 mars 2025 – relevé de décisions</h2>\n"
    body += _p("Membres présents : Mme Josiane Rey (présidente de séance), M. Marcel Bouvier, Mme Nadia Lamri. Instructrices : Mmes Laetitia Garcia et Sonia Fabre, assistantes sociales.")
    body += "\n" + _html_table([
        ["N°", "Demandeur", "Situation présentée", "Demande", "Décision"],
        ["25-061", "Mme Vanessa Roux", "mère isolée, 3 enfants, salaire 1 020 €, facture EDF de 640 € impayée, coupure annoncée", "aide énergie", "accord 300 € versés au fournisseur"],
        ["25-062", "M. Gilles Pons", "retraité, 812 € de pension, dossier de surendettement recevable, reste à vivre 4 € par jour", "chèques services", "accord 120 €"],
        ["25-063", "M. et Mme Ahmed Chaïbi", "perte d'emploi de Monsieur en janvier, 2 mois de loyer de retard, FSL en cours", "aide au loyer", "ajourné dans l'attente du FSL"],
        ["25-064", "Mme Chantal Vidal", "sans ressources depuis la séparation, hébergée chez sa fille, RSA demandé", "aide alimentaire", "accord 80 € + colis Restos du cœur"],
        ["25-065", "M. Dylan Fournier", "22 ans, sortie de foyer jeune travailleur, sans emploi, dort chez des amis", "permis de conduire", "refus – réorientation vers le FAJ"],
        ["25-066", "Mme Paulette Girard", "veuve, 74 ans, frais d'obsèques de son mari non couverts (1 900 € restant)", "aide exceptionnelle", "accord 500 €"],
    ])
    body += "\n" + _p("Total accordé : 1 000 € (hors colis). Les décisions sont notifiées par courrier aux intéressés. Prochaine commission : 3 avril 2025.")
    _write_html("s054_social_tableau_ccas.html", "Commission permanente aides facultatives", body)


def s064() -> None:
    body = "<h1>La Lettre du Grand Orb – n° 31 – octobre 2024</h1>\n"
    body += "<p>Communauté de communes Grand Orb – lettre d'information électronique</p>\n"
    body += "<h2>Coup de cœur : « Les châtaigniers de l'Orb, mémoire vivante de nos vallées »</h2>\n"
    body += _p("Nous avons eu un coup de cœur pour ce texte publié sur le blog de la naturaliste et photographe Émilie Sanier, « Carnets du Caroux ». Nous le partageons avec vous dans son intégralité.")
    body += "\n<blockquote>\n"
    body += _p("""Texte et photographies : Émilie Sanier – © Carnets du Caroux, 2024 – tous droits réservés.

Il faut monter à Castanet-le-Haut un matin d'octobre, quand la brume s'accroche encore aux crêtes, pour comprendre ce que le châtaignier a été pour ces vallées. Les vieux arbres, creusés, tordus, parfois réduits à une écorce qui tient debout par miracle, portent encore leurs bogues comme on porte une promesse. Certains ont trois ou quatre siècles. Ils ont nourri des générations entières, quand la farine de châtaigne remplaçait le blé qui ne poussait pas ici.

J'ai passé l'automne dernier à les photographier, un par un, dans les vergers abandonnés au-dessus de Rosis et de Combes. J'y ai rencontré des anciens qui se souviennent des clèdes, ces petits séchoirs de pierre où l'on fumait les châtaignes pendant des semaines, et des jeunes installés depuis peu qui taillent, greffent, replantent. Entre les deux, il y a eu cinquante ans de silence, l'exode, l'encre, le chancre.

Ce qui me frappe, c'est la patience de ces arbres. Ils ont attendu. Et aujourd'hui que l'on parle à nouveau de circuits courts, de variétés locales, de paysages nourriciers, ils sont là, disponibles, comme s'ils savaient que l'on reviendrait.

Si vous passez par là, prenez le sentier des châtaigniers centenaires, au départ du hameau de Douch. Marchez lentement. Touchez les écorces. Et, si la saison s'y prête, ramassez quelques châtaignes : elles ont le goût de l'histoire.""")
    body += "\n</blockquote>\n"
    body += "<p>[Photographie : vieux châtaignier au-dessus de Rosis – © Émilie Sanier]</p>\n"
    body += "<h2>Agenda</h2>\n" + _ul([
        "Fête de la châtaigne à Saint-Gervais-sur-Mare : 27 octobre",
        "Conseil communautaire : 7 novembre, 18 h, Bédarieux",
    ])
    _write_html("s064_ip_lettre_information.html", "La Lettre du Grand Orb n° 31", body)


def s073() -> None:
    body = "<h1>SDIS de l'Hérault – Direction des ressources humaines</h1>\n"
    body += "<h2>Suivi des crédits de temps syndical – 1er semestre 2025</h2>\n"
    body += _p("Tableau de suivi destiné aux chefs de groupement, pour la planification des gardes. Les heures indiquées sont décomptées des obligations de service.")
    body += "\n" + _html_table([
        ["Agent", "Grade / affectation", "Organisation", "Type de crédit", "Heures accordées", "Heures consommées"],
        ["Frédéric Azaïs", "adjudant-chef, CIS Béziers", "SUD SDIS 34", "décharge d'activité de service 50 %", "804", "402"],
        ["Sandrine Coulet", "rédacteur, direction des finances", "CGT SDIS 34", "autorisations d'absence (art. 16)", "60", "35"],
        ["Julien Martinez", "sergent-chef, CIS Montpellier Nord", "Avenir Secours", "décharge d'activité de service 25 %", "402", "188"],
        ["Laurent Bousquet", "lieutenant, groupement prévision", "FA/SPP-PATS", "autorisations d'absence (art. 16)", "40", "40"],
        ["Nadège Pujol", "adjoint technique, service mécanique", "FO", "autorisations d'absence (art. 17, congrès)", "21", "14"],
        ["Yann Rouquette", "caporal-chef, CIS Lunel", "SNSPP-PATS", "décharge d'activité de service 100 %", "1 607", "804"],
    ])
    body += "\n" + _p("Rappel : le tableau n'est pas affiché dans les centres. Les gardes des agents bénéficiant d'une décharge partielle sont planifiées hors des jours réservés à leur mandat.")
    _write_html("s073_union_tableau_sdis.html", "Crédits de temps syndical S1 2025", body)


def p092() -> None:
    body = "<h1>SDIS du Gard – Conseil d'administration</h1>\n"
    body += "<h2>Compte rendu sommaire de la séance du 24 juin 2025 (publié en application de l'article L. 2121-25 du CGCT)</h2>\n"
    body += _p("Présidence : M. Jean-Pierre Ruas, président du conseil d'administration. Administrateurs présents : 18 sur 22. Assistent avec voix consultative : le directeur départemental, le médecin-chef, les représentants des sapeurs-pompiers professionnels et volontaires.")
    body += "\n" + _html_table([
        ["N°", "Objet", "Rapporteur", "Vote"],
        ["2025-31", "Compte financier 2024 – excédent de fonctionnement 2,3 M€", "Mme Odile Castan, vice-présidente", "unanimité"],
        ["2025-32", "Budget supplémentaire 2025 – acquisition de 6 camions-citernes feux de forêts", "Mme Odile Castan", "unanimité"],
        ["2025-33", "Convention avec le CHU de Nîmes – soutien sanitaire et formation des infirmiers sapeurs-pompiers", "M. Alain Baumel", "unanimité"],
        ["2025-34", "Tableau des effectifs – création de 12 postes de sapeurs professionnels", "M. le Président", "17 pour, 1 abstention"],
        ["2025-35", "Acquisition d'un terrain à Saint-Ambroix pour le nouveau centre de secours – vendeurs : M. et Mme Gilles Vernet – 84 000 €", "M. Alain Baumel", "unanimité"],
        ["2025-36", "Revalorisation des indemnités horaires des sapeurs-pompiers volontaires", "M. le Président", "unanimité"],
    ])
    body += "\n" + _p("Le Président a salué l'engagement des 2 900 sapeurs-pompiers volontaires du département et rappelé que le secret d'une saison réussie réside dans la prévention. La séance est levée à 17 h 20. Les délibérations sont consultables au siège et sur le site internet du SDIS.")
    _write_html("p092_compte_rendu_ca_sdis.html", "CR CA SDIS 24 juin 2025", body)


def p122() -> None:
    body = "<h1>Préfecture de l'Hérault – Questions fréquentes sur le séjour des étrangers</h1>\n"
    body += "<h2>Je dois renouveler mon titre de séjour : quand faire la demande ?</h2>\n"
    body += _p("La demande de renouvellement doit être déposée en ligne, sur le site de l'administration numérique pour les étrangers en France, entre le 120e et le 60e jour précédant l'expiration de votre titre. Une demande tardive peut entraîner une interruption de vos droits (travail, prestations sociales).")
    body += "\n<h2>Que faire si mon titre expire avant la décision ?</h2>\n"
    body += _p("Si votre demande est complète et déposée dans les délais, une attestation de prolongation d'instruction vous est délivrée automatiquement. Elle vous permet de continuer à séjourner, à travailler et à percevoir vos droits dans les mêmes conditions que votre titre.")
    body += "\n<h2>Quels sont les principaux titres ?</h2>\n"
    body += _ul([
        "carte de séjour temporaire « vie privée et familiale » (conjoint de Français, parent d'enfant français, liens personnels et familiaux)",
        "carte de séjour « salarié » ou « travailleur temporaire »",
        "carte de séjour « étudiant »",
        "carte de séjour pluriannuelle, après un premier titre",
        "carte de résident de 10 ans",
        "titres délivrés aux bénéficiaires de la protection internationale (réfugiés, protection subsidiaire)",
    ])
    body += "\n<h2>J'ai reçu une obligation de quitter le territoire : que puis-je faire ?</h2>\n"
    body += _p("Une obligation de quitter le territoire français (OQTF) peut être contestée devant le tribunal administratif dans le délai indiqué sur la décision (48 heures, 7 jours, 15 jours ou 30 jours selon les cas). Vous pouvez demander l'aide juridictionnelle et l'assistance d'un avocat. Les associations d'aide aux étrangers peuvent vous orienter.")
    body += "\n<h2>Puis-je venir sans rendez-vous ?</h2>\n"
    body += _p("Non. L'accueil se fait uniquement sur rendez-vous, à l'exception du retrait des titres, sur convocation par SMS. Le point d'accueil numérique de la préfecture vous aide à effectuer vos démarches en ligne du lundi au vendredi de 9 h à 12 h.")
    _write_html("p122_faq_titre_sejour.html", "FAQ séjour des étrangers", body)


def p134() -> None:
    body = "<h1>ACM Habitat – Rapport d'activité 2024</h1>\n<h2>Indicateurs de gestion locative et d'accompagnement social</h2>\n"
    body += _p("Rapport présenté au conseil d'administration du 27 mai 2025 et publié sur le site de l'office.")
    body += "\n" + _html_table([
        ["Indicateur", "2022", "2023", "2024"],
        ["Logements gérés", "22 480", "22 910", "23 350"],
        ["Attributions", "1 720", "1 650", "1 590"],
        ["dont ménages prioritaires (DALO, sortants d'hébergement, victimes de violences)", "41 %", "44 %", "47 %"],
        ["Locataires bénéficiaires de l'APL", "58 %", "59 %", "61 %"],
        ["Taux d'impayés (dette / quittancement annuel)", "2,9 %", "3,1 %", "3,4 %"],
        ["Plans d'apurement signés", "1 380", "1 510", "1 690"],
        ["Expulsions réalisées avec concours de la force publique", "21", "17", "19"],
        ["Logements adaptés au vieillissement et au handicap livrés", "96", "120", "143"],
        ["Taux de satisfaction des locataires", "78 %", "76 %", "79 %"],
    ])
    body += "\n" + _p("L'office a renforcé en 2024 son pôle d'accompagnement social (12 conseillères) et signé une convention avec le Département pour le repérage précoce des situations de fragilité. Les données individuelles des locataires ne figurent pas dans ce rapport.")
    _write_html("p134_rapport_annuel_hlm.html", "Rapport d'activité 2024 ACM Habitat", body)


def p143() -> None:
    body = "<h1>Académie de Montpellier – Agir contre les LGBTphobies à l'école</h1>\n"
    body += "<h2>Fiche repère pour les équipes éducatives</h2>\n"
    body += _p("Les insultes et discriminations liées à l'orientation sexuelle ou à l'identité de genre, réelles ou supposées, touchent un nombre important d'élèves. Selon les enquêtes nationales de climat scolaire, près d'un lycéen sur dix déclare avoir été la cible d'insultes homophobes. Ces violences ont des conséquences graves sur la scolarité et la santé des jeunes.")
    body += "\n<h2>Repérer</h2>\n" + _ul([
        "insultes (« pédé », « gouine ») banalisées dans la cour ou en classe",
        "mise à l'écart d'un élève, moqueries sur son apparence ou sa manière d'être",
        "diffusion de rumeurs sur la vie privée d'un élève ou d'un personnel, sur les réseaux sociaux",
        "absentéisme soudain, repli, baisse des résultats",
    ])
    body += "\n<h2>Agir</h2>\n" + _ul([
        "ne jamais laisser passer une insulte : la nommer et rappeler la loi",
        "ne jamais révéler l'orientation sexuelle d'un élève à sa famille ou à des tiers (outing)",
        "informer le chef d'établissement et, si nécessaire, déclencher le protocole de lutte contre le harcèlement",
        "orienter l'élève vers l'infirmière, l'assistante sociale ou le psychologue de l'éducation nationale",
        "signaler au procureur de la République les faits constitutifs d'une infraction",
    ])
    body += "\n<h2>Ressources</h2>\n" + _ul([
        "numéro national contre le harcèlement : 3018",
        "ligne d'écoute de SOS homophobie",
        "référent égalité de l'académie",
        "interventions en classe d'associations agréées",
    ])
    body += "\n" + _p("Document public – peut être affiché en salle des professeurs et diffusé aux familles.")
    _write_html("p143_guide_harcelement_lgbtphobies.html", "Agir contre les LGBTphobies", body)


def p147() -> None:
    body = "<h1>Centre hospitalier de Narbonne</h1>\n<h2>Élections professionnelles du 6 décembre 2022 – Résultats du comité social d'établissement</h2>\n"
    body += _p("Résultats proclamés par le président du bureau de vote central et affichés conformément à la réglementation.")
    body += "\n" + _html_table([
        ["Liste", "Voix", "%", "Sièges titulaires"],
        ["CGT", "612", "38,4 %", "6"],
        ["FO", "421", "26,4 %", "4"],
        ["SUD Santé Sociaux", "298", "18,7 %", "3"],
        ["CFDT", "186", "11,7 %", "1"],
        ["UNSA Santé", "77", "4,8 %", "1"],
    ])
    body += "\n" + _p("Inscrits : 2 431 – Votants : 1 648 – Participation : 67,8 % – Blancs et nuls : 54 – Suffrages exprimés : 1 594.")
    body += "\n" + _p("""Les représentants élus siégeront au comité social d'établissement jusqu'au prochain renouvellement général. La composition nominative des listes a été publiée lors du dépôt des candidatures.

La participation est en hausse de 4,2 points par rapport au scrutin de 2018. Le vote électronique n'a pas été retenu ; le vote par correspondance a représenté 21 % des suffrages. Les résultats des commissions administratives paritaires locales et de la commission consultative paritaire des contractuels sont publiés sur une page distincte.

Les éventuelles contestations sur la validité des opérations électorales sont portées, dans un délai de cinq jours à compter de la proclamation des résultats, devant le directeur de l'établissement, puis, le cas échéant, devant le tribunal administratif de Montpellier.""")
    _write_html("p147_resultats_elections_professionnelles.html", "Résultats élections professionnelles CSE", body)


BUILDERS = [
    s003, s006, s007, s045, s078, s079, s080, s084, p089, p104, p131, p150,
    s036, s046, s054, s064, s073, p092, p122, p134, p143, p147,
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for build in BUILDERS:
        build()
    print(f"{len(BUILDERS)} files written to {OUT}")


if __name__ == "__main__":
    main()
