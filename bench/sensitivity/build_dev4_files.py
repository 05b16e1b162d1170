"""Build the .docx and .html documents of the dev4 sensitivity set.

Run from the repository root: .venv/bin/python bench/sensitivity/build_dev4_files.py
The script writes the same bytes on every run (fixed core properties, fixed zip timestamps).
"""

import datetime
import io
import zipfile
from pathlib import Path

import docx

OUT = Path(__file__).resolve().parent / "corpus" / "dev4"
FIXED_DATE = datetime.datetime(2024, 6, 1, 9, 0, 0)
ZIP_DATE = (2024, 6, 1, 9, 0, 0)


def write_docx(name, author, blocks):
    """Blocks: '# title' heading, '## subtitle' heading 2, list of rows = table, other str = paragraph."""
    document = docx.Document()
    for block in blocks:
        if isinstance(block, list):
            table = document.add_table(rows=0, cols=len(block[0]))
            table.style = "Table Grid"
            for row in block:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = value
        elif block.startswith("## "):
            document.add_heading(block[3:], level=2)
        elif block.startswith("# "):
            document.add_heading(block[2:], level=1)
        else:
            document.add_paragraph(block)
    props = document.core_properties
    props.author = author
    props.last_modified_by = author
    props.title = ""
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.last_printed = FIXED_DATE
    props.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    raw.seek(0)
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            dst.writestr(member, src.read(info.filename))
    (OUT / name).write_bytes(fixed.getvalue())


def write_html(name, title, body):
    page = (
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}</title>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n"
    )
    (OUT / name).write_text(page, encoding="utf-8")


DOCX = {}
HTML = {}

# ---------------------------------------------------------------- sovereign .docx

DOCX["s016_jugement_curatelle.docx"] = ("Greffe TJ Besançon", [
    "TRIBUNAL JUDICIAIRE DE BESANÇON",
    "Service des contentieux de la protection — Pôle des majeurs protégés",
    "# JUGEMENT DE MISE SOUS CURATELLE RENFORCÉE",
    "Minute n° 24/01187 — RG n° 11-24-000342 — Audience du 12 septembre 2024, en chambre du conseil",
    "Personne à protéger : M. Gérard VUILLEMIN, né le 22/03/1951 à Pontarlier, domicilié 7, rue Battant, 25000 Besançon.",
    "Requérante : Mme Sylvie Vuillemin épouse Cuenot, sa fille, demeurant à Morteau.",
    "## Exposé",
    "Par requête du 14 mai 2024, Mme Cuenot a sollicité l'ouverture d'une mesure de protection au profit de son père. Elle expose que depuis le décès de son épouse en 2022, M. Vuillemin vit seul, qu'il ne parvient plus à gérer son budget, qu'il a contracté plusieurs crédits renouvelables sous l'influence d'un démarcheur, et que son loyer est impayé depuis quatre mois.",
    "Le certificat médical circonstancié établi par le Dr Hélène Mairot, médecin inscrit sur la liste du procureur, le 3 juin 2024, conclut à une altération des facultés mentales de nature à empêcher l'expression de sa volonté pour les actes de gestion patrimoniale, l'intéressé restant capable d'exprimer ses souhaits pour sa vie personnelle.",
    "Entendu le 12 septembre, M. Vuillemin a indiqué accepter « d'être aidé pour les papiers », mais a souhaité que ce ne soit pas sa fille, avec laquelle les relations sont tendues depuis la succession de sa mère. Son fils, M. Laurent Vuillemin, résidant en Suisse, n'a pas comparu.",
    "## Par ces motifs",
    "Le juge des contentieux de la protection, statuant en chambre du conseil :",
    "- ORDONNE l'ouverture d'une mesure de curatelle renforcée au profit de M. Gérard Vuillemin pour une durée de 60 mois ;",
    "- DÉSIGNE en qualité de curateur l'association tutélaire UDAF du Doubs, mandataire judiciaire à la protection des majeurs ;",
    "- DIT que le curateur percevra seul les revenus de la personne protégée et assurera le règlement des dépenses auprès des tiers ;",
    "- DIT que M. Vuillemin conserve le droit de vote et choisit librement son lieu de résidence ;",
    "- ORDONNE la mention du jugement en marge de l'acte de naissance.",
    [["Notification", "Date"], ["Personne protégée", "16/09/2024"], ["Requérante", "16/09/2024"], ["UDAF du Doubs", "16/09/2024"]],
    "Le juge, Anne-Claire Prost — Le greffier, Mathieu Girardot",
])

DOCX["s036_arrete_conge_longue_maladie.docx"] = ("DRH Ville de Niort", [
    "VILLE DE NIORT — Direction des ressources humaines",
    "# ARRÊTÉ N° 2024-RH-1642 portant placement en congé de longue maladie",
    "Le Maire de la Ville de Niort,",
    "Vu le code général de la fonction publique, notamment ses articles L. 822-6 et suivants ;",
    "Vu le décret n° 87-602 du 30 juillet 1987 pris pour l'application de la loi n° 84-53 du 26 janvier 1984 et relatif à l'organisation des conseils médicaux, aux conditions d'aptitude physique et au régime des congés de maladie des fonctionnaires territoriaux ;",
    "Vu la demande de M. Didier GAUTRON, adjoint technique principal de 1re classe, affecté au service des sports (gymnase Barra), présentée le 2 avril 2024 ;",
    "Vu l'avis favorable du conseil médical départemental réuni le 13 juin 2024 ;",
    "Considérant que M. Gautron est en arrêt de travail depuis le 18 janvier 2024 et que son état de santé nécessite un traitement et des soins prolongés le mettant dans l'impossibilité d'exercer ses fonctions ;",
    "## ARRÊTE",
    "Article 1er : M. Didier Gautron est placé en congé de longue maladie du 18 janvier 2024 au 17 janvier 2025 inclus, avec plein traitement.",
    "Article 2 : La période du 18 janvier au 17 avril 2024, accordée initialement au titre du congé de maladie ordinaire, est requalifiée en congé de longue maladie. Les retenues éventuellement opérées lui seront remboursées.",
    "Article 3 : L'intéressé conserve le bénéfice de la nouvelle bonification indiciaire et du supplément familial de traitement. Le régime indemnitaire est maintenu dans les proportions du traitement, conformément à la délibération du 25 septembre 2023.",
    "Article 4 : L'intéressé est tenu de se soumettre aux contrôles médicaux prévus par la réglementation et de signaler tout changement de domicile. Il ne peut exercer aucune activité rémunérée pendant ce congé, à l'exception des activités ordonnées et contrôlées médicalement au titre de la réadaptation.",
    "Article 5 : Le directeur général des services est chargé de l'exécution du présent arrêté, qui sera notifié à l'intéressé et transmis au comptable public.",
    [["Période", "Nature", "Rémunération"], ["18/01/2024 – 17/01/2025", "Congé de longue maladie (1re année)", "Plein traitement"], ["à compter du 18/01/2025", "à réexaminer par le conseil médical", "—"]],
    "Fait à Niort, le 21 juin 2024. Pour le Maire et par délégation, l'adjointe chargée des ressources humaines, Élisabeth Maillard.",
    "Notifié à l'agent le ............. Signature :",
])

DOCX["s046_proces_verbal_conseil_medical.docx"] = ("Secrétariat conseil médical", [
    "CONFIDENTIEL — SECRET MÉDICAL",
    "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DE LA HAUTE-SAVOIE",
    "# Conseil médical en formation restreinte — procès-verbal de la séance du 4 juillet 2024",
    "Membres présents : Dr Marc Deschamps (président), Dr Sophie Lachenal, Dr Farid Boukhris. Secrétaire : Mme Chantal Pollier.",
    "## Dossiers examinés",
    [
        ["N°", "Agent / collectivité", "Objet de la saisine", "Avis"],
        ["1", "Mme Laetitia BOUVIER, ATSEM, Cluses", "Octroi d'un congé de longue maladie à compter du 03/03/2024 (suite d'hospitalisation en unité de soins psychiatriques de l'EPSM de La Roche-sur-Foron)", "Favorable, 6 mois"],
        ["2", "M. Jean-Pierre DUCRET, agent de maîtrise, Thonon-les-Bains", "Renouvellement de congé de longue durée (traitement en hôpital de jour, service d'oncologie du CH Annecy-Genevois)", "Favorable, 6 mois"],
        ["3", "M. Kévin MOLLARD, adjoint technique, Sallanches", "Aptitude à la reprise après CLM ; reprise à temps partiel thérapeutique", "Apte, TPT 50 % pendant 3 mois"],
        ["4", "Mme Nadia HAMMOUDI, rédactrice, Annemasse Agglo", "Disponibilité d'office pour raison de santé — fin de droits à CMO", "Favorable ; inaptitude temporaire"],
        ["5", "M. Patrice FAVRE, éducateur APS, Chamonix", "Mise à la retraite pour invalidité", "Favorable, taux d'invalidité 45 %"],
    ],
    "## Observations",
    "Dossier 1 : le conseil relève que l'agent a repris contact avec son employeur et souhaite une reprise progressive. Une réévaluation sera faite en septembre par l'expert psychiatre désigné (Dr Colin).",
    "Dossier 3 : l'agent devra éviter le port de charges lourdes et la conduite d'engins pendant la période de temps partiel thérapeutique.",
    "Dossier 5 : l'agent, âgé de 58 ans, ne peut plus exercer aucune fonction après son accident de montagne de 2022 ; son reclassement a été jugé impossible.",
    "Les avis sont notifiés aux collectivités sans mention des éléments médicaux. Les pièces médicales sont conservées sous pli fermé au secrétariat.",
    "Le président, Dr M. Deschamps",
])

DOCX["s062_plan_securite_station_eau.docx"] = ("Régie des eaux", [
    "DIFFUSION RESTREINTE — ne pas reproduire",
    "RÉGIE INTERCOMMUNALE DES EAUX DU BASSIN D'ARCACHON",
    "# Plan de sûreté de l'usine de production d'eau potable de Cazaux — mise à jour Vigipirate 2024",
    "## 1. Points vulnérables",
    [
        ["Point", "Description", "Niveau de risque", "Mesure actuelle"],
        ["V1", "Bâche d'eau traitée (3 000 m³), trappes de visite sur la dalle supérieure", "Élevé", "cadenas simples, pas de détection d'ouverture"],
        ["V2", "Local de stockage du chlore gazeux (6 bouteilles de 50 kg)", "Élevé", "porte blindée, alarme reliée au télésurveilleur"],
        ["V3", "Forage F3, en bordure de la piste forestière, à 800 m de l'usine", "Moyen", "clôture de 1,50 m, sans caméra"],
        ["V4", "Armoire de télégestion (automate principal)", "Élevé", "accès distant par VPN, mot de passe commun à deux techniciens"],
        ["V5", "Portail nord (livraisons de réactifs)", "Moyen", "digicode 2 4 6 1, ouverture manuelle possible en cas de coupure"],
    ],
    "## 2. Procédure en cas d'intrusion",
    "L'agent d'astreinte est prévenu par le télésurveilleur (contrat n° TS-33-0912) ; il ne se rend jamais seul sur site et attend la gendarmerie de La Teste. En cas de suspicion de pollution volontaire, le chloromètre de sortie est basculé en surchlorination et la distribution est isolée au réservoir de Mestras (vanne n° 7).",
    "## 3. Délais de reprise",
    "En cas de mise hors service de l'usine, l'autonomie des réservoirs est de 14 heures en période estivale. Le secours par l'interconnexion avec la commune voisine couvre 40 % des besoins.",
    "## 4. Contacts d'astreinte",
    "Responsable production : Bertrand Lesca, 06 81 44 20 93 — Astreinte : 06 07 62 15 30 — Référent sûreté gendarmerie : capitaine Noémie Darrieux.",
    "Document établi le 2 avril 2024 — 5 exemplaires numérotés.",
])

DOCX["s069_conseil_discipline.docx"] = ("CDG Vendée", [
    "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DE LA VENDÉE",
    "# Conseil de discipline de recours — séance du 23 mai 2024 (huis clos)",
    "## Avis motivé",
    "Collectivité : commune des Sables-d'Olonne",
    "Agent poursuivi : M. Mickaël GIRARDEAU, brigadier-chef principal de police municipale, né le 11/10/1979",
    "Défenseur : Me Hélène Rabiller, avocate au barreau de La Roche-sur-Yon",
    "Sanction proposée par l'autorité territoriale : exclusion temporaire de fonctions de deux ans (4e groupe)",
    "## Faits reprochés",
    "Il est reproché à M. Girardeau : (1) d'avoir, le 14 août 2023, au cours d'un contrôle routier, tenu des propos injurieux envers un automobiliste et de l'avoir menotté sans motif légal ; (2) d'avoir consulté à quatre reprises, entre janvier et mars 2023, le fichier des véhicules volés et le fichier des permis de conduire pour des motifs personnels, concernant le nouveau compagnon de son ex-épouse ; (3) d'avoir manqué à son obligation de réserve en publiant sur un réseau social des commentaires dénigrant sa hiérarchie.",
    "## Position de l'agent",
    "M. Girardeau reconnaît les consultations de fichiers, qu'il explique par « une période très difficile » liée à sa séparation, et regrette ses publications. Il conteste la version de l'automobiliste et produit le témoignage de son collègue, M. Fabien Praud.",
    "## Avis",
    "Le conseil estime les faits 2 et 3 établis. Le fait 1 n'est pas suffisamment établi, les images de la caméra-piéton n'ayant pas été conservées. Compte tenu de l'ancienneté de l'agent, de ses bons états de service antérieurs et du contexte personnel, le conseil propose de substituer à la sanction envisagée une exclusion temporaire de fonctions de six mois dont trois avec sursis.",
    [["Vote", "Nombre"], ["Pour la proposition", "7"], ["Contre", "3"], ["Abstention", "0"]],
    "Le président du conseil de discipline, M. Thierry Cormerais, premier conseiller au tribunal administratif de Nantes.",
])

DOCX["s077_rapport_analyse_offres.docx"] = ("Service marchés", [
    "CONFIDENTIEL — Document non communicable avant l'attribution (secret des affaires)",
    "SYNDICAT MIXTE DE TRAITEMENT DES DÉCHETS DU NORD-ISÈRE",
    "# Rapport d'analyse des offres — Marché n° 2024-012 : exploitation du centre de tri de Saint-Quentin-Fallavier",
    "## 1. Offres reçues",
    [
        ["Candidat", "Prix global annuel HT", "Prix à la tonne triée", "Note prix /40", "Note technique /60", "Total /100"],
        ["Recyclalp Services", "4 812 300 €", "96,25 €", "36,8", "52,0", "88,8"],
        ["Tri-Valor Est", "4 427 900 €", "88,56 €", "40,0", "44,5", "84,5"],
        ["Groupement Dauphiné Recyclage / Transports Bouvier", "5 106 000 €", "102,12 €", "34,7", "49,0", "83,7"],
    ],
    "## 2. Analyse technique (extraits)",
    "Recyclalp propose de porter le taux de captage des plastiques souples à 78 % grâce à un second tri optique qu'elle installerait à ses frais, amorti sur la durée du marché (coût interne déclaré : 1,2 M€), et une organisation en 2 x 8 avec 31 ETP dont 9 en insertion. Sa méthodologie repose sur un logiciel propriétaire de pilotage de la qualité des balles, décrit en annexe confidentielle.",
    "Tri-Valor présente une offre à prix bas justifiée par la mutualisation avec son centre de Chambéry et une marge déclarée de 3,1 %. Le mémoire technique reste général sur la maintenance et prévoit 27 ETP.",
    "Le groupement Dauphiné Recyclage/Bouvier détaille un plan de revente des matières avec des prix de reprise garantis (papiers-cartons : 42 €/t ; aluminium : 610 €/t) issus de ses contrats-cadres avec les repreneurs, qui ne doivent pas être divulgués.",
    "## 3. Proposition",
    "La commission d'appel d'offres est invitée à retenir l'offre de Recyclalp Services, économiquement la plus avantageuse. Les détails de prix et les mémoires techniques des candidats sont protégés par le secret des affaires et ne seront pas communiqués aux candidats évincés au-delà des informations prévues par l'article R. 2181-3 du code de la commande publique.",
    "Rédigé par Mme Amélie Chabert, responsable de la commande publique, le 11 mars 2024.",
])

# ---------------------------------------------------------------- public .docx

DOCX["p007_statistiques_etat_civil.docx"] = ("Service population", [
    "VILLE DE CLERMONT-FERRAND — Direction de la population",
    "# État civil : les chiffres de l'année 2023",
    "Bilan présenté à la commission « Proximité et services publics » du 6 février 2024",
    "## Naissances, reconnaissances, décès",
    [
        ["Acte", "2021", "2022", "2023"],
        ["Naissances enregistrées (3 maternités)", "5 812", "5 694", "5 503"],
        ["dont enfants de parents domiciliés à Clermont-Ferrand", "1 640", "1 601", "1 552"],
        ["Reconnaissances (anticipées et postérieures)", "1 128", "1 176", "1 203"],
        ["Reconnaissances conjointes anticipées (couples de femmes)", "14", "31", "38"],
        ["Décès enregistrés", "3 905", "4 012", "3 876"],
    ],
    "## Unions et séparations",
    [
        ["Acte", "2021", "2022", "2023"],
        ["Mariages célébrés", "412", "501", "487"],
        ["dont mariages de personnes de même sexe", "11", "15", "13"],
        ["PACS enregistrés en mairie", "698", "722", "745"],
        ["Dissolutions de PACS", "301", "288", "312"],
        ["Mentions de divorce apposées", "1 021", "984", "1 037"],
    ],
    "## Autres procédures",
    "Changements de prénom : 84 (dont 27 liés à un parcours de transition, selon le motif déclaré) ; rectifications administratives : 212 ; délivrance de copies et extraits : 118 400, dont 91 % par voie dématérialisée via la plateforme COMEDEC.",
    "## Commentaires",
    "La baisse continue des naissances s'inscrit dans la tendance nationale. La hausse des reconnaissances conjointes anticipées traduit la montée en charge de la loi de bioéthique de 2021. Le délai moyen d'obtention d'un rendez-vous pour un PACS est passé de 7 à 3 semaines grâce à l'ouverture de créneaux le samedi matin.",
    "Les données présentées sont agrégées et ne permettent d'identifier aucune personne.",
])

DOCX["p024_rapport_activite_ccas.docx"] = ("CCAS Angers", [
    "CENTRE COMMUNAL D'ACTION SOCIALE D'ANGERS",
    "# Rapport d'activité 2023 — synthèse",
    "Présenté au conseil d'administration du 18 avril 2024 par la vice-présidente, Mme Christelle Boutin.",
    "## 1. Accueil et accompagnement",
    "En 2023, le CCAS a accueilli 14 280 personnes dans ses quatre points d'accueil, soit une hausse de 8 % par rapport à 2022. 62 % des personnes reçues vivent seules ; 23 % sont des familles monoparentales. 3 612 personnes sans domicile stable disposent d'une domiciliation administrative au CCAS.",
    "## 2. Aides facultatives",
    [
        ["Type d'aide", "Nombre d'aides", "Montant total"],
        ["Aide alimentaire (chèques, épicerie solidaire)", "4 905", "312 400 €"],
        ["Énergie et eau", "1 218", "198 760 €"],
        ["Maintien dans le logement (complément FSL)", "286", "104 300 €"],
        ["Frais d'obsèques", "41", "38 950 €"],
        ["Secours d'urgence", "732", "61 200 €"],
        ["Prêts sans intérêt", "118", "89 600 €"],
    ],
    "## 3. Personnes âgées",
    "Les 5 résidences autonomie gérées par le CCAS ont un taux d'occupation de 96 %. Le service de portage de repas a livré 148 000 repas à 612 bénéficiaires. Le registre des personnes vulnérables compte 1 930 inscrits ; 2 épisodes de canicule ont donné lieu à 9 400 appels.",
    "## 4. Faits marquants",
    "Ouverture d'une halte de nuit pour les femmes sans abri (20 places) ; signature d'une convention avec la Banque de France pour la prévention du surendettement (« point conseil budget ») ; analyse des besoins sociaux centrée sur les jeunes de 18 à 25 ans.",
    "## 5. Moyens",
    "Budget de fonctionnement : 24,6 M€, dont 11,2 M€ de subvention de la ville. Effectif : 389 agents.",
])

DOCX["p033_deliberation_videoprotection.docx"] = ("Secrétariat général", [
    "COMMUNE DE PÉRIGUEUX",
    "# Extrait du registre des délibérations du conseil municipal — séance du 27 février 2024",
    "Délibération n° 2024-019 : extension du système de vidéoprotection urbaine — demande de subvention au titre du fonds interministériel de prévention de la délinquance (FIPD)",
    "Rapporteur : M. Laurent Mossion, adjoint chargé de la tranquillité publique",
    "Le rapporteur expose que le système de vidéoprotection de la commune, autorisé par arrêté préfectoral du 3 mai 2019, compte aujourd'hui 38 caméras. Le diagnostic réalisé par le référent sûreté de la police nationale préconise son extension aux abords des établissements scolaires, du pôle d'échanges multimodal et de deux parcs publics.",
    "## Projet",
    [
        ["Secteur", "Nombre de caméras", "Coût estimatif HT"],
        ["Pôle d'échanges multimodal (gare)", "6", "78 000 €"],
        ["Abords des collèges et lycées", "5", "61 500 €"],
        ["Parc Gamenson et jardin des Arènes", "4", "49 200 €"],
        ["Mise à niveau du centre de supervision", "—", "36 300 €"],
        ["Total", "15", "225 000 €"],
    ],
    "Plan de financement : FIPD 40 % (90 000 €), Département 20 % (45 000 €), autofinancement 40 % (90 000 €).",
    "Les images seront conservées 15 jours et ne seront visionnées que par les agents habilités. Les caméras seront paramétrées de manière à masquer l'intérieur des immeubles d'habitation. L'installation fera l'objet d'une nouvelle autorisation préfectorale après avis de la commission départementale de vidéoprotection, et d'une information du public par panneaux.",
    "Mme Émilie Lagarde, pour le groupe d'opposition, regrette l'absence d'évaluation de l'efficacité du dispositif existant ; le rapporteur indique qu'un bilan sera présenté au CLSPD.",
    "Le conseil municipal, après en avoir délibéré, approuve le projet et le plan de financement et autorise le maire à solliciter les subventions. Vote : 30 pour, 5 contre.",
    "Pour extrait conforme, le maire.",
])

DOCX["p044_pv_conseil_communautaire.docx"] = ("CC Haut-Jura", [
    "COMMUNAUTÉ DE COMMUNES HAUT-JURA SAINT-CLAUDE",
    "# Procès-verbal du conseil communautaire du 19 juin 2024",
    "Le conseil communautaire s'est réuni à la salle des fêtes de Saint-Claude, sous la présidence de M. Didier Mouret. Conseillers en exercice : 54 ; présents : 41 ; pouvoirs : 7. Secrétaire de séance : Mme Françoise Robert.",
    "## 1. Approbation du procès-verbal du 3 avril 2024",
    "Adopté à l'unanimité.",
    "## 2. Finances — compte administratif 2023",
    "Le vice-président aux finances présente le compte administratif du budget principal : section de fonctionnement, 14,2 M€ de dépenses et 15,6 M€ de recettes ; section d'investissement, 6,8 M€ de dépenses. Le président se retire pour le vote. Adopté par 46 voix pour et 1 abstention.",
    "## 3. Gestion des déchets — rapport annuel 2023",
    "Le tonnage d'ordures ménagères résiduelles baisse de 6 % (198 kg par habitant). Le taux de recyclage atteint 41 %. Communication du rapport, sans vote.",
    "## 4. Petite enfance — tarifs des multi-accueils",
    "Application du barème national de la CNAF. Adopté à l'unanimité.",
    "## 5. Habitat — programme d'intérêt général « Habiter mieux »",
    "Reconduction de l'aide intercommunale de 500 € par dossier de rénovation énergétique pour les ménages modestes. Adopté à l'unanimité.",
    "## 6. Ressources humaines — création d'emplois",
    [
        ["Emploi", "Grade", "Temps", "Motif"],
        ["Animateur du relais petite enfance", "Éducateur de jeunes enfants", "Complet", "création"],
        ["Agent de déchetterie", "Adjoint technique", "Complet", "besoin saisonnier"],
        ["Chargé de mission mobilités", "Attaché (contrat de projet 3 ans)", "Complet", "programme Petites villes de demain"],
    ],
    "Adopté par 47 voix pour, 1 contre.",
    "## 7. Questions diverses",
    "Un conseiller interroge le président sur la fermeture estivale de la piscine de Morez ; le président indique qu'elle est liée à des travaux de mise aux normes.",
    "La séance est levée à 21h35.",
])

DOCX["p050_tableau_effectifs.docx"] = ("Service RH", [
    "COMMUNE DE SAINT-AVOLD",
    "# Annexe à la délibération n° 2024-052 du 28 mars 2024 — Tableau des emplois permanents au 1er avril 2024",
    "Le conseil municipal a approuvé la mise à jour du tableau des emplois permanents ci-dessous, comprenant la création de deux emplois (policier municipal, éducateur de jeunes enfants) et la suppression d'un emploi d'adjoint administratif vacant après avis du comité social territorial du 14 mars 2024.",
    "## Filière administrative",
    [
        ["Grade", "Catégorie", "Emplois budgétaires", "Pourvus", "Temps non complet"],
        ["Directeur général des services (emploi fonctionnel)", "A", "1", "1", "0"],
        ["Attaché principal", "A", "3", "3", "0"],
        ["Attaché", "A", "5", "4", "0"],
        ["Rédacteur principal de 1re classe", "B", "4", "4", "0"],
        ["Rédacteur", "B", "6", "5", "0"],
        ["Adjoint administratif principal", "C", "18", "17", "1"],
        ["Adjoint administratif", "C", "12", "11", "2"],
    ],
    "## Filière technique",
    [
        ["Grade", "Catégorie", "Emplois budgétaires", "Pourvus", "Temps non complet"],
        ["Ingénieur principal", "A", "2", "2", "0"],
        ["Technicien principal", "B", "5", "4", "0"],
        ["Agent de maîtrise principal", "C", "8", "8", "0"],
        ["Adjoint technique principal", "C", "46", "44", "3"],
        ["Adjoint technique", "C", "38", "35", "9"],
    ],
    "## Filières police, sociale, animation",
    [
        ["Grade", "Catégorie", "Emplois budgétaires", "Pourvus", "Temps non complet"],
        ["Brigadier-chef principal", "C", "6", "5", "0"],
        ["Gardien-brigadier", "C", "4", "3", "0"],
        ["Éducateur de jeunes enfants", "A", "3", "2", "0"],
        ["Agent spécialisé principal des écoles maternelles", "C", "14", "14", "2"],
        ["Animateur", "B", "3", "3", "0"],
        ["Adjoint d'animation", "C", "22", "19", "8"],
    ],
    "Total : 200 emplois budgétaires, dont 184 pourvus. Les crédits nécessaires sont inscrits au budget primitif 2024, chapitre 012.",
    "Certifié exécutoire après transmission au contrôle de légalité le 2 avril 2024.",
])

DOCX["p054_rapport_orientation_budgetaire.docx"] = ("Direction des finances", [
    "DÉPARTEMENT DU LOT",
    "# Rapport d'orientation budgétaire 2025",
    "Présenté à l'Assemblée départementale le 18 novembre 2024",
    "## 1. Le contexte",
    "Le budget 2025 sera préparé dans un contexte de forte contrainte : baisse de 22 % des droits de mutation à titre onéreux depuis 2022, hausse continue des allocations individuelles de solidarité, et contribution demandée aux collectivités au redressement des comptes publics.",
    "## 2. Les grandes masses",
    [
        ["Poste", "CA 2023", "BP 2024", "Orientation 2025"],
        ["Revenu de solidarité active", "28,4 M€", "29,1 M€", "29,8 M€"],
        ["Allocation personnalisée d'autonomie", "31,2 M€", "32,6 M€", "34,0 M€"],
        ["Prestation de compensation du handicap", "9,8 M€", "10,4 M€", "11,1 M€"],
        ["Aide sociale à l'enfance", "36,5 M€", "39,2 M€", "41,0 M€"],
        ["Routes et mobilités (investissement)", "24,0 M€", "26,5 M€", "22,0 M€"],
        ["Collèges (investissement)", "8,1 M€", "9,4 M€", "7,5 M€"],
    ],
    "## 3. Les orientations",
    "Maintenir l'effort de solidarité, qui représente 61 % des dépenses de fonctionnement ; poursuivre le plan de création de places en établissements pour personnes âgées et en situation de handicap ; adapter le dispositif d'accueil des mineurs non accompagnés, dont le nombre confié au Département est passé de 48 à 73 en un an ; contenir l'évolution de la masse salariale à 2 %.",
    "## 4. La dette",
    "Encours au 31 décembre 2024 : 118 M€ ; capacité de désendettement : 5,9 années ; aucun emprunt à risque.",
    "## 5. Les ressources humaines",
    "Effectif : 1 142 agents permanents. Taux d'absentéisme : 7,4 %. Le rapport social unique sera présenté en comité social territorial.",
    "Le débat d'orientation budgétaire donnera lieu à une délibération prenant acte de sa tenue.",
])

# ---------------------------------------------------------------- sovereign .html

HTML["s005_mail_beneficiaire_capital_deces.html"] = ("Mise à jour de mes bénéficiaires", """
<div class="mail-header">
<p><b>De :</b> Sébastien Lagrange &lt;s.lagrange@ville-arras.example&gt;<br>
<b>À :</b> Gestion des carrières &lt;carrieres@ville-arras.example&gt;<br>
<b>Date :</b> jeudi 7 mars 2024 16:22<br>
<b>Objet :</b> Mise à jour de mes bénéficiaires et personne à prévenir</p>
</div>
<div class="mail-body">
<p>Bonjour Madame Delcourt,</p>
<p>Suite à notre échange téléphonique de ce matin, je vous transmets les éléments pour mettre à jour mon dossier.</p>
<p>Je vis depuis maintenant six ans avec mon compagnon, M. Julien Hennebelle, et nous avons acheté ensemble une maison à Achicourt en janvier. Nous ne sommes ni mariés ni pacsés pour l'instant (c'est prévu pour l'été, je vous tiendrai informée pour les jours de congé), mais je souhaite qu'il soit désigné :</p>
<ul>
<li>comme personne à prévenir en cas d'urgence, à la place de ma mère ;</li>
<li>comme bénéficiaire du capital décès au titre du contrat de prévoyance collective souscrit par la ville, pour la totalité ;</li>
<li>et, si c'est possible, comme ayant droit sur la mutuelle (il est auto-entrepreneur et mal couvert).</li>
</ul>
<p>Je vous joins une attestation de vie commune signée par nous deux et une facture d'électricité à nos deux noms. Je n'ai pas encore parlé de ma vie privée au service et je préférerais que ces informations restent entre la DRH et moi : merci de ne pas mettre mon responsable en copie.</p>
<table border="1">
<tr><th>Rubrique</th><th>Ancienne valeur</th><th>Nouvelle valeur</th></tr>
<tr><td>Personne à prévenir</td><td>Mme Monique Lagrange (mère)</td><td>M. Julien Hennebelle (compagnon) — 06 47 12 90 38</td></tr>
<tr><td>Adresse</td><td>14, rue Gambetta, Arras</td><td>3, allée des Peupliers, Achicourt</td></tr>
<tr><td>Bénéficiaire capital décès</td><td>non désigné</td><td>M. Julien Hennebelle, 100 %</td></tr>
</table>
<p>Merci beaucoup et bonne fin de journée,</p>
<p>Sébastien Lagrange<br>Technicien informatique — Direction du numérique<br>Ville d'Arras</p>
</div>
""")

HTML["s025_convocation_renouvellement_titre.html"] = ("ANEF — Votre demande", """
<header><p>RÉPUBLIQUE FRANÇAISE — Ministère de l'Intérieur<br>Administration numérique pour les étrangers en France (ANEF)</p></header>
<main>
<h1>Votre demande de renouvellement de titre de séjour</h1>
<p><b>Demandeur :</b> Mme Ngozi OKONKWO-DUBOIS<br>
<b>Numéro étranger :</b> 7503214896<br>
<b>Nationalité :</b> nigériane<br>
<b>Adresse :</b> 21, rue Nationale, 37000 Tours<br>
<b>Titre actuel :</b> carte de séjour temporaire « vie privée et familiale » (parent d'enfant français), valable jusqu'au 14/05/2024</p>
<h2>État de votre demande</h2>
<table border="1">
<tr><th>Date</th><th>Étape</th></tr>
<tr><td>02/03/2024</td><td>Demande déposée</td></tr>
<tr><td>11/04/2024</td><td>Pièce complémentaire demandée : justificatif de contribution à l'entretien et à l'éducation de l'enfant</td></tr>
<tr><td>19/04/2024</td><td>Pièce reçue</td></tr>
<tr><td>13/05/2024</td><td>Attestation de prolongation d'instruction délivrée (valable 3 mois)</td></tr>
<tr><td>03/07/2024</td><td>Convocation en préfecture</td></tr>
</table>
<h2>Convocation</h2>
<p>Vous êtes convoquée à la préfecture d'Indre-et-Loire, 15 rue Bernard-Palissy, Tours, guichet « séjour » n° 4, le <b>lundi 22 juillet 2024 à 9h40</b>, pour un entretien relatif à votre situation familiale.</p>
<p>Motif : l'agent instructeur doit vérifier que le père de votre fille Chloé Dubois, M. Frédéric Dubois, de nationalité française, dont vous êtes séparée, ne contribue pas à l'entretien de l'enfant, et que vous exercez seule l'autorité parentale. Merci de vous munir du jugement du juge aux affaires familiales, des preuves de scolarisation de votre fille et de vos trois derniers bulletins de salaire.</p>
<p>Un récépissé pourra vous être remis à l'issue de l'entretien.</p>
<p><i>Ce message vous est adressé sur votre espace personnel. Ne répondez pas à ce message.</i></p>
</main>
""")

HTML["s033_etudiant_etranger_boursier.html"] = ("Dossier CROUS — situation", """
<h1>CROUS de Montpellier-Occitanie — Service social</h1>
<p>Fiche de situation — commission d'aides spécifiques du 15 février 2024</p>
<table border="1">
<tr><th>Étudiant</th><td>M. Oussama EL AMRANI, né le 04/07/2001, de nationalité marocaine</td></tr>
<tr><th>Formation</th><td>Master 1 Génie civil, université de Montpellier</td></tr>
<tr><th>Titre de séjour</th><td>carte de séjour pluriannuelle « étudiant », expirée le 31/01/2024 ; demande de renouvellement déposée sur l'ANEF le 18/12/2023 ; attestation de prolongation d'instruction en attente</td></tr>
<tr><th>Logement</th><td>résidence Triolet, chambre 214 ; 3 mois de redevance impayés (1 126 €)</td></tr>
<tr><th>Ressources</th><td>aucune depuis novembre ; la famille ne peut plus envoyer d'argent depuis le séisme dans la région d'Al Haouz qui a détruit la maison familiale</td></tr>
</table>
<h2>Évaluation de l'assistante sociale</h2>
<p>M. El Amrani est en grande difficulté financière : il a perdu son emploi étudiant en livraison, son employeur exigeant un titre en cours de validité. Faute d'attestation de prolongation, il craint d'être considéré en situation irrégulière et n'ose plus se déplacer. Il dit sauter régulièrement des repas et avoir perdu du poids. Ses résultats du premier semestre restent bons (moyenne 13,4).</p>
<h2>Proposition</h2>
<ul>
<li>aide spécifique ponctuelle de 1 200 € ;</li>
<li>échéancier pour la redevance et suspension de la procédure de résiliation ;</li>
<li>intervention auprès de la préfecture de l'Hérault pour la délivrance de l'attestation de prolongation ;</li>
<li>orientation vers l'épicerie solidaire étudiante.</li>
</ul>
<p>Assistante sociale : Mme Laure Pagès — 12/02/2024</p>
""")

HTML["s038_mail_absence_rendez_vous.html"] = ("Absences de mars", """
<p><b>De :</b> Karine Fournier<br><b>À :</b> Olivier Blanchard (chef du service des archives)<br><b>Date :</b> lundi 26 février 2024 08:05<br><b>Objet :</b> Mes absences de mars</p>
<p>Bonjour Olivier,</p>
<p>Comme je te l'avais laissé entendre avant les vacances, je vais devoir m'absenter plusieurs fois en mars. Je préfère être transparente avec toi pour que tu puisses organiser le service, mais je te demande de ne pas en parler à l'équipe.</p>
<p>Je commence un protocole à l'institut Paoli-Calmettes : des séances toutes les trois semaines, le mardi, en hôpital de jour. On m'a prévenue que je serais très fatiguée les deux ou trois jours qui suivent chaque séance. Le premier rendez-vous est le mardi 5 mars, puis le 26 mars. J'aurai aussi une consultation avec le chirurgien le 14 mars au matin.</p>
<table border="1">
<tr><th>Date</th><th>Motif</th><th>Durée</th></tr>
<tr><td>mardi 5 mars</td><td>séance à l'hôpital de jour</td><td>journée</td></tr>
<tr><td>mer. 6 et jeu. 7 mars</td><td>repos prévisible</td><td>arrêt à venir</td></tr>
<tr><td>jeudi 14 mars</td><td>rendez-vous chirurgien</td><td>matinée</td></tr>
<tr><td>mardi 26 mars</td><td>séance à l'hôpital de jour</td><td>journée</td></tr>
</table>
<p>Mon médecin parle de me mettre en congé long à partir d'avril, selon la tolérance au traitement. On en saura plus après la deuxième séance. Pour le classement du fonds notarial, Inès connaît bien le dossier et peut prendre le relais.</p>
<p>Merci de ta compréhension,<br>Karine</p>
<p>--<br>Karine Fournier, assistante de conservation — Archives municipales de Marseille</p>
""")

HTML["s048_relance_impayes_cantine.html"] = ("Relance — restauration scolaire", """
<header><p><b>VILLE DE CALAIS</b> — Direction de l'éducation — Régie unique enfance<br>Réf. : REG/REL2/2024-3381</p></header>
<p>Madame Jennifer LEFEBVRE<br>Monsieur Dylan CARON<br>9, rue du Pont-Lottin, 62100 Calais</p>
<p>Calais, le 15 mars 2024</p>
<h2>Objet : deuxième relance — factures de restauration scolaire et d'accueil périscolaire impayées</h2>
<p>Madame, Monsieur,</p>
<p>Malgré notre premier courrier du 12 janvier 2024, nous constatons que les factures suivantes, concernant vos enfants Lyam et Maëlys, scolarisés à l'école Jean-Macé, restent impayées :</p>
<table border="1">
<tr><th>Facture</th><th>Période</th><th>Montant</th></tr>
<tr><td>F-2023-10-5521</td><td>octobre 2023</td><td>68,40 €</td></tr>
<tr><td>F-2023-11-5490</td><td>novembre 2023</td><td>74,10 €</td></tr>
<tr><td>F-2023-12-5502</td><td>décembre 2023</td><td>51,30 €</td></tr>
<tr><td>F-2024-01-5477</td><td>janvier 2024</td><td>79,80 €</td></tr>
<tr><td colspan="2"><b>Total dû</b></td><td><b>273,60 €</b></td></tr>
</table>
<p>Lors de son passage à l'accueil le 2 février, Mme Lefebvre a indiqué que le foyer traversait des difficultés depuis la fin du contrat de M. Caron et que le couple était en attente de l'ouverture de ses droits au RSA. Nous vous rappelons que votre quotient familial n'a pas été actualisé depuis 2022 : une actualisation pourrait réduire fortement le tarif appliqué.</p>
<p>Nous vous invitons à prendre contact avec la régie avant le 5 avril pour convenir d'un échéancier, ou à solliciter l'aide du CCAS (03 21 46 62 00), qui peut prendre en charge tout ou partie de cette dette. À défaut, le recouvrement sera confié au comptable public. L'accès de vos enfants au restaurant scolaire n'est pas remis en cause.</p>
<p>Le régisseur principal, Thomas Vasseur</p>
""")

HTML["s063_mail_acces_vpn.html"] = ("Accès VPN astreinte", """
<p><b>De :</b> Damien Roux (DSI)<br><b>À :</b> astreinte-technique@agglo-cotentin.example<br><b>Date :</b> vendredi 20 décembre 2024 17:48<br><b>Objet :</b> Accès distant pour l'astreinte des fêtes — à ne pas transférer</p>
<p>Bonsoir à tous,</p>
<p>Pour l'astreinte du 21 décembre au 5 janvier, voici les accès de secours à la supervision des stations d'épuration et des réservoirs, en attendant que vos comptes nominatifs soient recréés après la migration :</p>
<table border="1">
<tr><th>Élément</th><th>Valeur</th></tr>
<tr><td>Passerelle VPN</td><td>vpn-secours.agglo-cotentin.example (port 10443)</td></tr>
<tr><td>Compte partagé</td><td>astr_eau_2024</td></tr>
<tr><td>Mot de passe</td><td>Cherbourg!Hiver#2412</td></tr>
<tr><td>Code OTP de secours (usage unique)</td><td>448 193 / 907 215 / 310 664</td></tr>
<tr><td>Console SCADA</td><td>https://10.40.2.15:8443 — compte « operateur », même mot de passe</td></tr>
<tr><td>Armoire de télégestion STEP de Tourlaville</td><td>cadenas à code 5 8 2 0</td></tr>
</table>
<p>Attention : le pare-feu n'enregistre pas encore les connexions sur ce compte partagé (journalisation reportée à janvier), donc soyez rigoureux et notez chaque connexion dans le cahier d'astreinte. Les postes d'astreinte n'ont pas l'antivirus à jour, ne les utilisez pas pour autre chose.</p>
<p>Ce message ne doit pas être transféré. Je change le mot de passe le 6 janvier au matin.</p>
<p>Bonnes fêtes,<br>Damien Roux — Responsable infrastructures, Direction des systèmes d'information, Communauté d'agglomération du Cotentin</p>
""")

# ---------------------------------------------------------------- public .html

HTML["p001_communique_17_mai.html"] = ("Communiqué — 17 mai", """
<header><p><b>Ville de Rennes</b> — Service presse</p></header>
<main>
<h1>17 mai : la Ville se mobilise contre l'homophobie, la transphobie et la biphobie</h1>
<p><i>Communiqué de presse — Rennes, le 13 mai 2024</i></p>
<p>À l'occasion de la Journée mondiale de lutte contre l'homophobie, la transphobie et la biphobie, le 17 mai, la Ville de Rennes pavoisera l'hôtel de ville aux couleurs de l'arc-en-ciel et propose une semaine d'événements ouverts à toutes et à tous.</p>
<h2>Au programme</h2>
<ul>
<li><b>Mardi 14 mai, 18h30</b> — Projection-débat du documentaire « Nos familles » au cinéma Arvor, en présence de l'association des parents et futurs parents gays et lesbiens.</li>
<li><b>Mercredi 15 mai</b> — Ateliers de sensibilisation dans les espaces jeunes, animés par des bénévoles du centre LGBTI+ de Rennes.</li>
<li><b>Jeudi 16 mai, 12h</b> — Formation flash des agents d'accueil municipaux : « Accueillir toutes les familles ».</li>
<li><b>Vendredi 17 mai, 18h</b> — Rassemblement et lecture de textes sur l'esplanade Charles-de-Gaulle, en présence de la maire.</li>
</ul>
<h2>Des chiffres qui appellent à la vigilance</h2>
<p>Selon le dernier rapport national, les actes anti-LGBT enregistrés par les forces de l'ordre ont augmenté de 13 % en un an. La Ville rappelle que toute victime ou témoin d'agression ou d'insulte peut être accompagné par l'association d'aide aux victimes et par le référent égalité de la Ville.</p>
<p>« Rennes est et restera une ville où chacune et chacun peut aimer qui il veut et vivre en sécurité », déclare l'adjointe déléguée à l'égalité des droits.</p>
<p>Contact presse : 02 23 62 10 10 — presse@ville-rennes.example</p>
</main>
""")

HTML["p012_actualite_prefecture_anef.html"] = ("Actualités — Titres de séjour", """
<nav><p>Accueil &gt; Démarches administratives &gt; Étrangers en France</p></nav>
<main>
<h1>Titres de séjour : de nouvelles démarches accessibles en ligne depuis le 1er avril</h1>
<p><i>Publié le 28 mars 2024 — Préfecture de la Gironde</i></p>
<p>Depuis le 1er avril 2024, les demandes de renouvellement de la carte de séjour « vie privée et familiale » et de la carte de résident se font exclusivement sur le site de l'Administration numérique pour les étrangers en France (ANEF). Il n'est plus nécessaire de prendre rendez-vous en préfecture pour déposer votre dossier.</p>
<h2>Comment faire ?</h2>
<ol>
<li>Créez votre compte sur le site de l'ANEF avec votre numéro étranger ;</li>
<li>Déposez votre demande entre le 120e et le 60e jour avant l'expiration de votre titre ;</li>
<li>Téléchargez les pièces justificatives demandées ;</li>
<li>Une attestation de dépôt vous est immédiatement délivrée ; si l'instruction dépasse la date d'expiration de votre titre, une attestation de prolongation d'instruction vous est adressée et vous permet de continuer à travailler.</li>
</ol>
<h2>Vous n'êtes pas à l'aise avec le numérique ?</h2>
<p>Le point d'accueil numérique de la préfecture (2, esplanade Charles-de-Gaulle, Bordeaux) vous accompagne du lundi au vendredi de 9h à 12h, sans rendez-vous. Vous pouvez aussi vous rendre dans l'un des 58 espaces France Services du département, ou appeler le centre de contact citoyen au 0 806 001 620 (service gratuit + prix d'un appel).</p>
<h2>Attention aux sites frauduleux</h2>
<p>Les démarches sur l'ANEF sont gratuites, hors taxe du titre. Aucun intermédiaire n'est nécessaire.</p>
</main>
""")

HTML["p017_octobre_rose.html"] = ("Octobre rose 2024", """
<main>
<h1>Octobre rose 2024 à Valenciennes : toutes et tous mobilisés contre le cancer du sein</h1>
<p>La Ville de Valenciennes, le centre hospitalier, la Ligue contre le cancer (comité du Nord) et le centre régional de coordination des dépistages des cancers s'associent pour une nouvelle édition d'Octobre rose.</p>
<h2>Pourquoi se faire dépister ?</h2>
<p>Une femme sur huit sera confrontée à un cancer du sein au cours de sa vie. Détecté tôt, il se guérit dans 9 cas sur 10. Entre 50 et 74 ans, une mammographie est recommandée tous les deux ans : elle est prise en charge à 100 % par l'Assurance maladie, sans avance de frais, sur présentation du courrier d'invitation. Dans l'arrondissement, le taux de participation n'est que de 44 %.</p>
<h2>Les rendez-vous du mois</h2>
<table border="1">
<tr><th>Date</th><th>Événement</th><th>Lieu</th></tr>
<tr><td>Samedi 5 octobre</td><td>Marche et course roses (5 et 10 km), inscription 5 € reversés à la Ligue</td><td>Parc de la Rhônelle</td></tr>
<tr><td>Mercredi 9 octobre</td><td>Stand d'information avec des sages-femmes et un radiologue</td><td>Marché de la place d'Armes</td></tr>
<tr><td>Jeudi 17 octobre</td><td>Conférence « Après les traitements : reprendre le travail, reprendre sa vie »</td><td>Auditorium de la bibliothèque</td></tr>
<tr><td>Tout le mois</td><td>Illumination en rose de l'hôtel de ville</td><td>Place d'Armes</td></tr>
</table>
<h2>Et les hommes ?</h2>
<p>Les hommes peuvent aussi être touchés, plus rarement : toute anomalie doit amener à consulter. Et chacun peut encourager les femmes de son entourage à se faire dépister.</p>
<p>Renseignements : service santé de la Ville, 03 27 22 59 00.</p>
</main>
""")

HTML["p032_operation_tranquillite_vacances.html"] = ("Opération Tranquillité Vacances", """
<main>
<h1>Partez l'esprit tranquille : inscrivez-vous à l'Opération Tranquillité Vacances</h1>
<p>Vous vous absentez plusieurs jours ? La police municipale de Saint-Malo et la police nationale peuvent surveiller votre domicile ou votre commerce pendant votre absence, gratuitement, toute l'année.</p>
<h2>Comment ça marche ?</h2>
<ul>
<li>Inscrivez-vous au moins 48 heures avant votre départ, en ligne ou au poste de police municipale (3, rue de la Croix-Désilles) ;</li>
<li>Des patrouilles passent régulièrement devant votre domicile, de jour comme de nuit ;</li>
<li>En cas d'anomalie (porte forcée, volet endommagé), vous ou la personne de confiance que vous avez désignée êtes prévenus immédiatement.</li>
</ul>
<h2>Nos conseils pour éviter les cambriolages</h2>
<ul>
<li>Ne signalez pas votre absence sur les réseaux sociaux ;</li>
<li>Faites relever votre courrier par un voisin ou faites-le suivre ;</li>
<li>Ne laissez pas de clé sous le paillasson ou dans la boîte aux lettres ;</li>
<li>Fermez portes, fenêtres et volets, y compris ceux de l'étage ;</li>
<li>Placez vos bijoux et objets de valeur en lieu sûr et photographiez-les.</li>
</ul>
<h2>En chiffres</h2>
<p>En 2023, 1 184 habitations ont été surveillées dans le cadre de l'opération ; aucune n'a été cambriolée pendant la période d'inscription. Les cambriolages de résidences principales ont baissé de 11 % sur la commune.</p>
<p>Vous êtes victime ou témoin d'un cambriolage ? Composez le 17.</p>
</main>
""")

HTML["p039_menu_cantine.html"] = ("Menus de la restauration scolaire", """
<main>
<h1>Restauration scolaire — Menus du 4 au 8 novembre 2024</h1>
<p>Ville de Mantes-la-Jolie — Cuisine centrale. Les menus sont élaborés par notre diététicienne dans le respect des recommandations nutritionnelles. <b>Produits bio</b> et <b>produits locaux</b> signalés.</p>
<table border="1">
<tr><th>Jour</th><th>Entrée</th><th>Plat</th><th>Plat sans porc / sans viande</th><th>Laitage</th><th>Dessert</th></tr>
<tr><td>Lundi</td><td>Carottes râpées bio</td><td>Sauté de porc au caramel, riz</td><td>Sauté de dinde au caramel / omelette</td><td>Yaourt nature</td><td>Pomme locale</td></tr>
<tr><td>Mardi (végétarien)</td><td>Velouté de potiron</td><td>Lasagnes aux légumes</td><td>—</td><td>Emmental</td><td>Compote</td></tr>
<tr><td>Mercredi</td><td>Salade de lentilles</td><td>Poisson pané MSC, purée</td><td>—</td><td>Petit-suisse</td><td>Clémentines</td></tr>
<tr><td>Jeudi</td><td>Betteraves vinaigrette</td><td>Bœuf bourguignon, pâtes bio</td><td>Pois chiches à la tomate</td><td>Camembert</td><td>Flan vanille</td></tr>
<tr><td>Vendredi</td><td>Concombre à la menthe</td><td>Saucisse de Toulouse, lentilles</td><td>Saucisse de volaille / galette de légumes</td><td>Fromage blanc</td><td>Poire</td></tr>
</table>
<h2>Informations aux familles</h2>
<ul>
<li>Un plat de substitution est proposé chaque fois que le menu comporte du porc, et un plat sans viande est disponible chaque jour sur inscription préalable.</li>
<li>Les enfants présentant une allergie alimentaire sont accueillis dans le cadre d'un projet d'accueil individualisé (PAI) ; les familles peuvent fournir un panier-repas.</li>
<li>Tarifs selon le quotient familial : de 0,90 € à 4,60 € le repas.</li>
<li>Les menus peuvent être modifiés en fonction des approvisionnements.</li>
</ul>
</main>
""")

HTML["p047_communique_rectorat_bac.html"] = ("Résultats du baccalauréat 2024", """
<main>
<h1>Baccalauréat 2024 : des résultats en hausse dans l'académie de Reims</h1>
<p><i>Communiqué du rectorat — Reims, le 12 juillet 2024</i></p>
<p>À l'issue des épreuves du second groupe, le taux de réussite au baccalauréat atteint 91,2 % dans l'académie de Reims, toutes voies confondues, en progression de 0,8 point par rapport à 2023.</p>
<table border="1">
<tr><th>Voie</th><th>Candidats présents</th><th>Admis</th><th>Taux de réussite</th><th>Mentions</th></tr>
<tr><td>Générale</td><td>7 412</td><td>7 060</td><td>95,3 %</td><td>62,1 %</td></tr>
<tr><td>Technologique</td><td>3 128</td><td>2 833</td><td>90,6 %</td><td>41,8 %</td></tr>
<tr><td>Professionnelle</td><td>4 266</td><td>3 611</td><td>84,6 %</td><td>38,5 %</td></tr>
<tr><td>Ensemble</td><td>14 806</td><td>13 504</td><td>91,2 %</td><td>—</td></tr>
</table>
<h2>Par département</h2>
<p>Ardennes : 89,4 % ; Aube : 90,7 % ; Marne : 92,1 % ; Haute-Marne : 90,2 %.</p>
<h2>Des aménagements pour tous les candidats qui en ont besoin</h2>
<p>1 486 candidats ont bénéficié d'aménagements d'épreuves (temps majoré, secrétaire, matériel adapté) au titre du handicap ou d'un trouble de santé, soit 10 % des candidats. 38 candidats ont composé à l'hôpital ou à domicile.</p>
<p>La rectrice adresse ses félicitations aux lauréats et remercie les 2 900 professeurs correcteurs et examinateurs ainsi que les personnels des divisions des examens.</p>
<p>Les résultats individuels sont consultables sur le site dédié avec le numéro de candidat ; aucune liste nominative n'est publiée sans l'accord des candidats.</p>
</main>
""")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (author, blocks) in DOCX.items():
        write_docx(name, author, blocks)
    for name, (title, body) in HTML.items():
        write_html(name, title, body)
    print(f"{len(DOCX)} docx, {len(HTML)} html written to {OUT}")


if __name__ == "__main__":
    main()
