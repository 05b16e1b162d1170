"""Build the .docx and .html documents of the dev3 sensitivity set.

Hand-written documents, one prose line per paragraph. The output is byte-identical
from one run to the next: fixed core properties and fixed zip timestamps.

Run: /work/main/.venv/bin/python bench/sensitivity/build_dev3_files.py
"""

from __future__ import annotations

import datetime as dt
import html
import io
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "corpus" / "dev3"
FIXED = dt.datetime(2025, 4, 1, 9, 0, 0)
ZIP_DATE = (2025, 4, 1, 9, 0, 0)

Block = tuple[str, Any]

# fmt: off
# ---------------------------------------------------------------------------
# DOCX documents: (file name, title, header, footer, blocks)
# blocks: ("h", text) heading, ("p", text) paragraph, ("t", rows) table (first row = header)
# ---------------------------------------------------------------------------

DOCX: list[tuple[str, str, str, str, list[Block]]] = [
    (
        "s009_health_tableau.docx",
        "Planning de remplacement – EHPAD",
        "EHPAD Les Tilleuls – Saint-Herblain-Ouest",
        "Planning établi par la cadre de santé – version du 28 février 2025",
        [
            ("h", "Planning des remplacements – mars 2025 – unité Alzheimer et unité traditionnelle"),
            ("p", "Le tableau ci-dessous recense les absences connues au 28 février et les remplacements prévus. Il est destiné à l'infirmière coordinatrice, à l'agence d'intérim et au bureau du personnel. Les motifs sont indiqués en abrégé selon la codification du logiciel de gestion du temps."),
            ("t", [
                ["Agent", "Fonction", "Absence", "Motif", "Remplacement"],
                ["Mme Corinne Le Pape", "Aide-soignante (nuit)", "depuis le 12/11/2024, fin prévisible 31/05/2025", "CLM", "Intérim – M. Traoré"],
                ["M. Julien Bouchet", "Agent de service", "03/03 au 16/03", "CA", "Mme Perrot (CDD)"],
                ["Mme Sabrina Morin", "Infirmière", "à partir du 10/03, 16 semaines", "CMAT (prénatal puis postnatal)", "Recrutement CDD en cours"],
                ["Mme Lucie Hervé", "Aide-soignante", "reprise le 04/03 à 50 %", "TPT – MTT", "Complément par heures supplémentaires"],
                ["M. Patrick Giraud", "Agent de service", "17/02 au 09/03", "AT – lombalgie après manutention d'un résident", "Mme Perrot (CDD)"],
                ["Mme Fatou Sy", "AES", "25/03 au 28/03", "Formation PRAP", "Pool interne"],
            ]),
            ("p", "Légende : CA congés annuels ; CLM congé de longue maladie ; CMAT congé de maternité ; TPT temps partiel thérapeutique ; MTT mi-temps thérapeutique ; AT accident du travail."),
            ("p", "Points d'attention : Mme Hervé ne doit pas être positionnée sur les toilettes complètes ni sur les transferts sans lève-personne, conformément à l'avis du médecin du travail du 26 février. Le poste de nuit de Mme Le Pape est couvert jusqu'au 31 mai ; au-delà, un nouveau contrat d'intérim sera nécessaire si la prolongation de son congé est confirmée par le comité médical."),
            ("p", "Merci de signaler toute modification à la cadre de santé, Mme Nadine Roulleau, poste 214."),
        ],
    ),
    (
        "s033_genetic_tableau.docx",
        "Enrôlement biométrique – contrôle d'accès",
        "Centre de données départemental – Direction du numérique",
        "Registre tenu par le responsable sécurité – page 1/1",
        [
            ("h", "Registre d'enrôlement biométrique – accès à la salle serveurs du bâtiment D"),
            ("p", "Depuis le 1er février 2025, l'accès à la salle serveurs est contrôlé par un lecteur combinant badge et reconnaissance de l'empreinte digitale. Conformément à l'analyse d'impact validée par le délégué à la protection des données, le gabarit de l'empreinte est enregistré sur le badge de l'agent et non dans une base centrale ; le présent registre trace les enrôlements réalisés."),
            ("t", [
                ["Agent", "Service", "Date d'enrôlement", "Doigts enrôlés", "Qualité du gabarit", "N° de badge"],
                ["M. Vincent Lagarde", "Exploitation", "03/02/2025", "index droit, majeur droit", "92 / 100", "B-0417"],
                ["Mme Sonia Ferrand", "Réseaux", "03/02/2025", "index gauche, index droit", "88 / 100", "B-0422"],
                ["M. Kader Amrani", "Exploitation", "04/02/2025", "pouce droit (index abîmés)", "71 / 100 – réenrôler", "B-0431"],
                ["M. Olivier Roche", "Sécurité SI", "04/02/2025", "index droit, majeur droit", "95 / 100", "B-0405"],
                ["Mme Claire Baudin", "Prestataire maintenance", "10/02/2025", "index droit", "84 / 100", "B-0510"],
            ]),
            ("p", "M. Amrani a refusé dans un premier temps l'enrôlement, puis l'a accepté après information sur la conservation locale du gabarit ; une solution alternative (badge + code) lui reste ouverte. L'empreinte de son index n'a pas pu être lue correctement, le gabarit enregistré est celui du pouce."),
            ("p", "Les gabarits sont effacés du badge lors de la restitution de celui-ci. Le registre est conservé pendant la durée d'habilitation de l'agent augmentée de six mois."),
        ],
    ),
    (
        "s067_appraisal_grille.docx",
        "Grille d'évaluation du jury",
        "Ville de Saint-Médard-en-Jalles-Sud – Recrutement",
        "Document de travail du jury – 14 mars 2025",
        [
            ("h", "Recrutement d'un(e) responsable du service enfance – grille de synthèse du jury"),
            ("p", "Jury réuni le 14 mars 2025 : Mme Hélène Duprat, adjointe à l'éducation ; M. Frédéric Castaing, directeur général adjoint ; Mme Anne Sarrazin, directrice des ressources humaines. Chaque critère est noté sur 5. Les candidats ont été entendus pendant 45 minutes après une mise en situation écrite."),
            ("t", [
                ["Candidat", "Connaissances réglementaires", "Management", "Projet pédagogique", "Communication", "Total /20", "Avis"],
                ["Mme Julie Marchand", "5", "4", "4", "4", "17", "Retenue – 1re"],
                ["M. Thomas Réveillère", "4", "3", "4", "3", "14", "Liste complémentaire"],
                ["Mme Samia Belaïd", "3", "2", "3", "4", "12", "Non retenue"],
                ["M. Cédric Lavigne", "2", "2", "2", "2", "8", "Non retenu"],
            ]),
            ("p", "Observations du jury :"),
            ("p", "Mme Marchand : excellente maîtrise du cadre des accueils collectifs de mineurs, réponses précises sur la gestion d'une équipe de trente animateurs, projet structuré. Quelques hésitations sur le budget."),
            ("p", "M. Réveillère : bon profil de terrain, mais expérience d'encadrement limitée à cinq personnes ; n'a pas su répondre sur les taux d'encadrement réglementaires du périscolaire."),
            ("p", "Mme Belaïd : communication aisée, mais mise en situation écrite très incomplète ; le jury doute de sa capacité à conduire un service de cette taille à court terme."),
            ("p", "M. Lavigne : candidat peu préparé, méconnaissance du fonctionnement d'une collectivité, réponses évasives sur la conduite du changement. Attitude jugée défensive face aux questions du jury."),
            ("p", "Décision proposée au maire : recrutement de Mme Marchand par voie de mutation au 1er mai 2025."),
        ],
    ),
    (
        "s069_security_planning.docx",
        "Planning des rondes – site des archives",
        "Archives départementales – Site de la Courneuve-Est",
        "Planning de gardiennage – trimestre 2 – 2025",
        [
            ("h", "Planning des rondes de surveillance – site des archives départementales – avril à juin 2025"),
            ("p", "Le gardiennage du site hors heures d'ouverture est assuré par la société Sentinelle Sécurité Privée (marché n° 2023-087). Le présent planning fixe les horaires et les parcours des rondes. Il annule le planning du premier trimestre."),
            ("t", [
                ["Ronde", "Horaire", "Parcours", "Points de pointage"],
                ["R1", "19 h 30", "Parking, quai de livraison, portail nord", "P1, P2, P3"],
                ["R2", "22 h 00", "Magasins 1 à 4 (niveaux -1 et -2), salle de lecture", "P4 à P9"],
                ["R3", "01 h 30", "Toiture-terrasse (accès par l'escalier C), locaux techniques", "P10, P11"],
                ["R4", "04 h 00", "Tour complet extérieur, portail sud", "P1, P12, P13"],
                ["R5", "06 h 15", "Magasins 5 et 6, atelier de restauration", "P14, P15"],
            ]),
            ("p", "Entre 01 h 45 et 04 h 00, l'agent reste au poste de contrôle ; aucune ronde n'a lieu dans les magasins du niveau -2 pendant cette plage. Le week-end, un seul agent est présent de 20 h à 8 h ; les rondes R3 et R5 sont alors supprimées."),
            ("p", "La caméra du quai de livraison est hors service depuis le 12 mars, dans l'attente du remplacement prévu fin avril : le quai doit être contrôlé visuellement à chaque passage. Le portail sud ne se verrouille plus automatiquement ; l'agent le ferme au cadenas lors de la ronde R1."),
            ("p", "En cas d'alarme intrusion, l'agent ne se déplace pas seul : il appelle le centre de télésurveillance puis le 17, et attend l'arrivée des renforts au poste de contrôle."),
        ],
    ),
    (
        "s072_marking_note.docx",
        "Note – réorganisation de l'accueil",
        "Préfecture de la Vendée-Littoral – Secrétariat général",
        "DIFFUSION RESTREINTE",
        [
            ("h", "Note à l'attention des chefs de bureau – réorganisation de l'accueil général au 1er septembre 2025"),
            ("p", "L'accueil général de la préfecture sera réorganisé au 1er septembre 2025, à la suite de la généralisation des démarches en ligne et de l'ouverture du point numérique. La présente note en fixe les grandes lignes, avant la présentation au comité social d'administration de juin."),
            ("p", "1. Horaires. L'accueil sans rendez-vous sera ouvert le matin uniquement, de 8 h 45 à 12 h. Les après-midi seront réservés aux rendez-vous pris en ligne et au traitement des courriers."),
            ("p", "2. Effectifs. L'équipe d'accueil passera de neuf à sept agents, les deux départs à la retraite de l'année n'étant pas remplacés. Les agents concernés par un changement de missions seront reçus individuellement par le bureau des ressources humaines avant le 15 juin."),
            ("p", "3. Locaux. Le hall sera réaménagé en juillet : suppression de deux guichets, création de deux box de confidentialité et d'un espace d'attente avec bornes."),
            ("p", "4. Calendrier. Présentation au CSA le 12 juin ; information des usagers à partir du 1er juillet ; mise en œuvre le 1er septembre."),
            ("p", "Je vous remercie de ne pas faire état de ces orientations auprès de vos équipes avant la réunion du CSA, les arbitrages sur les effectifs n'étant pas définitivement rendus."),
            ("p", "Le secrétaire général, Jean-Philippe Morvan"),
        ],
    ),
    (
        "s073_marking_courrier.docx",
        "Arbitrages budgétaires 2026",
        "CONFIDENTIEL – NE PAS TRANSFÉRER",
        "Communauté d'agglomération Val-de-Garonne-Est – Direction des finances",
        [
            ("p", "À l'attention de Mesdames et Messieurs les vice-présidents"),
            ("p", "Objet : pré-arbitrages du budget primitif 2026"),
            ("p", "Mesdames et Messieurs les vice-présidents,"),
            ("p", "À l'issue des conférences budgétaires d'octobre, les demandes des directions excèdent de 2,4 millions d'euros l'équilibre permis par nos recettes prévisionnelles, compte tenu de la baisse annoncée de la dotation globale de fonctionnement et de la hausse des cotisations employeur."),
            ("p", "Le président propose les pré-arbitrages suivants, qui seront débattus en bureau le 18 novembre :"),
            ("t", [
                ["Poste", "Demande des services", "Proposition", "Écart"],
                ["Piscine intercommunale – rénovation", "3 200 000 €", "décalée à 2027", "- 3 200 000 €"],
                ["Transport à la demande", "640 000 €", "580 000 €", "- 60 000 €"],
                ["Subventions aux associations culturelles", "410 000 €", "370 000 €", "- 40 000 €"],
                ["Masse salariale", "18 900 000 €", "18 650 000 €", "- 250 000 €"],
                ["Voirie d'intérêt communautaire", "2 100 000 €", "2 100 000 €", "0 €"],
            ]),
            ("p", "Ces propositions n'ont pas vocation à être communiquées aux communes membres ni aux associations avant l'arbitrage du bureau. Le débat d'orientation budgétaire, public, aura lieu au conseil du 11 décembre."),
            ("p", "Je me tiens à votre disposition pour toute précision."),
            ("p", "La directrice des finances, Sandrine Couderc"),
        ],
    ),
    (
        "s078_business_offre.docx",
        "Offre – lot 3 restauration collective",
        "Sodexal Restauration Territoriale – Offre remise le 6 mai 2025",
        "Mémoire technique et financier – pages 12 à 14",
        [
            ("h", "Décomposition du prix global et forfaitaire – lot 3 : fourniture de repas en liaison froide pour les écoles de la Ville d'Angoulême-Nord"),
            ("p", "Le candidat détaille ci-après la construction de son prix unitaire, à la demande du pouvoir adjudicateur, dans le cadre de la vérification des offres anormalement basses. Ces éléments relèvent du secret des affaires et ne sont communiqués qu'à l'acheteur."),
            ("t", [
                ["Composante du prix d'un repas élémentaire", "Montant HT", "Part"],
                ["Denrées alimentaires (dont 52 % de produits durables, 24 % bio)", "1,92 €", "46,0 %"],
                ["Main-d'œuvre de production (cuisine centrale de Ruelle)", "0,98 €", "23,5 %"],
                ["Conditionnement et transport en liaison froide", "0,41 €", "9,8 %"],
                ["Frais de structure et d'encadrement", "0,34 €", "8,2 %"],
                ["Amortissement des équipements", "0,21 €", "5,0 %"],
                ["Marge nette", "0,31 €", "7,5 %"],
                ["Prix unitaire proposé", "4,17 €", "100 %"],
            ]),
            ("p", "Le prix des denrées repose sur des accords-cadres négociés par notre groupe avec trois fournisseurs régionaux : la Laiterie des Charentes (remise de 11 % sur tarif), la coopérative Fruits d'Aunis (prix ferme sur douze mois) et l'abattoir de Montmorillon (contrat de volume de 120 tonnes par an). Ces conditions ne sont pas publiques."),
            ("p", "La marge nette retenue pour ce lot est inférieure de 2,1 points à la moyenne de nos contrats scolaires en Nouvelle-Aquitaine (9,6 %), en raison de l'intégration de la production dans la tournée existante de la cuisine de Ruelle, qui fonctionne actuellement à 68 % de sa capacité."),
        ],
    ),
    (
        "p002_deliberation_tableau_effectifs.docx",
        "Délibération – tableau des effectifs",
        "Commune de Lamballe-Penthièvre-Est",
        "Délibération n° 2025-018 – publiée le 14 mars 2025 – page 1/1",
        [
            ("h", "Extrait du registre des délibérations du conseil municipal – séance du 10 mars 2025"),
            ("p", "Conseillers en exercice : 29 – présents : 24 – pouvoirs : 4 – votants : 28. Présidence : M. Thierry Le Guen, maire. Secrétaire de séance : Mme Servane Hamon."),
            ("p", "Objet : mise à jour du tableau des effectifs au 1er avril 2025."),
            ("p", "Mme Morgane Briand, adjointe aux ressources humaines, présente la mise à jour du tableau des effectifs, qui tient compte des avancements de grade de l'année, de l'ouverture de la nouvelle médiathèque et de l'avis du comité social territorial du 25 février 2025."),
            ("t", [
                ["Filière / grade", "Effectif budgétaire antérieur", "Créations", "Suppressions", "Nouvel effectif"],
                ["Administrative – attaché principal", "2", "1", "0", "3"],
                ["Administrative – adjoint administratif principal 1re classe", "6", "2", "2", "6"],
                ["Technique – agent de maîtrise principal", "4", "1", "1", "4"],
                ["Culturelle – assistant de conservation", "1", "1", "0", "2"],
                ["Culturelle – adjoint du patrimoine", "3", "2", "0", "5"],
                ["Médico-sociale – ATSEM principal 1re classe", "5", "1", "1", "5"],
                ["Police municipale – brigadier-chef principal", "2", "0", "0", "2"],
            ]),
            ("p", "M. Yannick Rault, pour le groupe minoritaire, demande si les créations de la médiathèque seront pourvues par des recrutements externes. L'adjointe précise qu'un poste sera ouvert en mobilité interne."),
            ("p", "Le conseil municipal, après en avoir délibéré, par 24 voix pour et 4 abstentions, ADOPTE le tableau des effectifs ainsi modifié et DIT que les crédits sont inscrits au budget 2025."),
            ("p", "Pour extrait conforme, le maire, Thierry Le Guen."),
        ],
    ),
    (
        "p035_avis_appel_concurrence.docx",
        "Avis d'appel public à la concurrence",
        "Centre hospitalier de Dax-Côte-d'Argent – Direction des achats",
        "Avis publié au BOAMP et sur le profil d'acheteur le 3 mars 2025",
        [
            ("h", "Avis d'appel public à la concurrence – Procédure adaptée"),
            ("t", [
                ["Rubrique", "Contenu"],
                ["Acheteur", "Centre hospitalier de Dax-Côte-d'Argent, boulevard Yves-du-Manoir, 40100 Dax"],
                ["Objet", "Maintenance préventive et corrective du système de contrôle d'accès et de l'installation d'alarme anti-intrusion des bâtiments du site principal"],
                ["Type de marché", "Services – accord-cadre à bons de commande, sans minimum, maximum 180 000 € HT sur la durée totale"],
                ["Durée", "1 an reconductible 3 fois"],
                ["Critères", "Valeur technique 60 % (délais d'intervention, qualification des techniciens, méthodologie) ; prix 40 %"],
                ["Date limite de remise des offres", "4 avril 2025 à 12 h"],
                ["Visite", "Visite obligatoire du site les 17 et 19 mars sur rendez-vous"],
            ]),
            ("p", "Le dossier de consultation est téléchargeable gratuitement sur le profil d'acheteur. Les plans détaillés des installations et la liste des équipements, dont la diffusion est restreinte pour des raisons de sûreté, ne seront remis qu'aux candidats ayant signé l'engagement de confidentialité joint au dossier et effectué la visite."),
            ("p", "Les candidats devront justifier de références équivalentes dans des établissements recevant du public et de la certification APSAD de l'entreprise. Les offres sont à déposer exclusivement par voie électronique."),
            ("p", "Renseignements administratifs : direction des achats, Mme Laure Dufourcq. Renseignements techniques : service sécurité et sûreté. Instance chargée des procédures de recours : tribunal administratif de Pau."),
        ],
    ),
    (
        "p046_bilan_activite_ccas.docx",
        "Bilan d'activité 2024 du CCAS",
        "CCAS de Lunel-Vidourle",
        "Rapport d'activité présenté au conseil d'administration du 20 mars 2025",
        [
            ("h", "Rapport d'activité 2024 – Chiffres clés de l'aide sociale facultative et légale"),
            ("p", "Le présent rapport rend compte de l'activité du centre communal d'action sociale en 2024. Il est présenté au conseil d'administration et mis en ligne sur le site de la ville. Les données sont agrégées ; aucun bénéficiaire n'est identifiable."),
            ("t", [
                ["Activité", "2023", "2024", "Évolution"],
                ["Ménages reçus en premier accueil", "1 842", "2 015", "+ 9 %"],
                ["Domiciliations administratives actives au 31/12", "312", "356", "+ 14 %"],
                ["Aides alimentaires accordées", "1 104", "1 287", "+ 17 %"],
                ["Aides à l'énergie", "402", "455", "+ 13 %"],
                ["Dossiers d'aide sociale légale instruits (hébergement, aide à domicile)", "188", "171", "- 9 %"],
                ["Personnes inscrites au registre canicule", "604", "689", "+ 14 %"],
                ["Bénéficiaires du portage de repas", "143", "152", "+ 6 %"],
            ]),
            ("p", "La hausse des domiciliations traduit l'augmentation du nombre de personnes sans domicile stable accueillies sur la commune, en lien avec la fermeture d'un accueil de jour voisin. Les aides alimentaires ont principalement concerné des familles monoparentales (41 %) et des personnes seules de plus de 60 ans (23 %)."),
            ("p", "Perspectives 2025 : ouverture d'une épicerie sociale en partenariat avec le Secours populaire, recrutement d'un conseiller numérique, mise en place d'une analyse des besoins sociaux actualisée."),
        ],
    ),
    (
        "p047_reglement_cantine.docx",
        "Règlement de la restauration scolaire",
        "Ville de Pontarlier-Haut-Doubs – Service éducation",
        "Règlement adopté par délibération du 24 juin 2024",
        [
            ("h", "Règlement intérieur du service de restauration scolaire – année 2024-2025"),
            ("p", "Article 1 – Accès au service. La restauration scolaire est un service public facultatif ouvert à tous les élèves des écoles maternelles et élémentaires publiques de la ville, dans la limite des places disponibles. L'inscription se fait sur le portail famille."),
            ("p", "Article 2 – Menus. Les menus sont élaborés par une diététicienne et validés en commission des menus, à laquelle participent des représentants des parents d'élèves. Ils sont affichés dans les écoles et publiés sur le portail famille."),
            ("p", "Article 3 – Repas alternatifs. Un menu sans viande est proposé chaque jour à toutes les familles qui le souhaitent, sans justification à fournir ; le choix est fait à l'inscription pour l'année. Le service ne propose pas de menus confessionnels. Un repas végétarien commun à tous est servi une fois par semaine."),
            ("p", "Article 4 – Allergies et troubles de santé. Les enfants présentant une allergie ou une intolérance alimentaire sont accueillis dans le cadre d'un projet d'accueil individualisé établi avec le médecin scolaire ; la famille fournit alors un panier-repas."),
            ("t", [
                ["Tranche de quotient familial", "Prix du repas"],
                ["0 à 500 €", "0,90 €"],
                ["501 à 800 €", "2,10 €"],
                ["801 à 1 200 €", "3,40 €"],
                ["Plus de 1 200 €", "4,60 €"],
                ["Extérieurs à la commune", "5,80 €"],
            ]),
            ("p", "Article 5 – Discipline. Le temps du repas est un moment éducatif. En cas de comportement inadapté répété, les familles sont reçues par le responsable du service."),
            ("p", "Article 6 – Difficultés de paiement. Les familles rencontrant des difficultés sont invitées à prendre contact avec le CCAS, qui peut apporter une aide. Aucun enfant n'est exclu du service pour un retard de paiement sans rencontre préalable avec la famille."),
        ],
    ),
    (
        "p064_decision_attribution_marche.docx",
        "Décision d'attribution – marché de nettoyage",
        "Communauté de communes du Pays de Mormal-Sud",
        "Décision publiée au recueil des actes administratifs – avril 2025",
        [
            ("h", "Décision du président n° 2025-D-041 portant attribution du marché de nettoyage des bâtiments communautaires"),
            ("p", "Le président de la communauté de communes, vu le code de la commande publique, vu la délégation consentie par le conseil communautaire le 15 juillet 2020, vu l'avis d'appel public à la concurrence publié le 6 janvier 2025 et le rapport d'analyse des offres du 18 mars 2025,"),
            ("p", "DÉCIDE :"),
            ("p", "Article 1 : Le marché de nettoyage des locaux des bâtiments communautaires (siège, maison France Services, piscine, trois crèches) est attribué à la société Net'Hainaut Propreté, 12 rue de l'Industrie, 59530 Le Quesnoy, pour un montant annuel de 148 620 € HT, soit 178 344 € TTC, pour une durée de un an reconductible trois fois."),
            ("t", [
                ["Candidat", "Note technique /60", "Note prix /40", "Total /100", "Rang"],
                ["Net'Hainaut Propreté", "52", "38,4", "90,4", "1"],
                ["Onet Services Nord", "55", "33,1", "88,1", "2"],
                ["Avenir Propreté (entreprise adaptée)", "48", "36,0", "84,0", "3"],
                ["Clean Express", "36", "40,0", "76,0", "4"],
            ]),
            ("p", "Article 2 : Les candidats non retenus seront informés du rejet de leur offre et des motifs de ce rejet. Le délai de suspension de onze jours sera respecté avant la signature du marché."),
            ("p", "Article 3 : La présente décision sera communiquée au conseil communautaire lors de sa prochaine séance. Le directeur général des services est chargé de son exécution."),
            ("p", "Fait au Quesnoy, le 24 mars 2025. Le président, Jean-Michel Dufour."),
        ],
    ),
]

# ---------------------------------------------------------------------------
# HTML documents: (file name, title, blocks)
# ---------------------------------------------------------------------------

HTML: list[tuple[str, str, list[Block]]] = [
    (
        "s019_union_tableau.html",
        "Heures de délégation – 1er trimestre 2025",
        [
            ("h", "Centre hospitalier de Saint-Brieuc-Armor – suivi des heures de délégation et autorisations d'absence syndicales – 1er trimestre 2025"),
            ("p", "Tableau tenu par le bureau des relations sociales, transmis aux cadres de pôle pour l'organisation des plannings. Les heures sont décomptées sur le contingent de chaque organisation."),
            ("t", [
                ["Agent", "Service", "Organisation", "Mandat", "Heures janvier", "Heures février", "Heures mars"],
                ["Mme Gaëlle Le Bihan", "Pédiatrie", "CGT", "Secrétaire de la section, membre du CSE", "28", "31", "26"],
                ["M. Erwan Tanguy", "Logistique", "FO", "Représentant titulaire à la CAP", "12", "8", "14"],
                ["Mme Nolwenn Guégan", "Bloc opératoire", "SUD Santé Sociaux", "Déléguée, membre de la F3SCT", "16", "22", "19"],
                ["M. Patrice Le Goff", "Cuisine", "CFDT", "Trésorier de la section", "6", "6", "8"],
                ["Mme Annaïg Rolland", "Urgences", "CGT", "Déchargée à 50 %", "70", "70", "70"],
            ]),
            ("p", "Rappel : les absences pour participer aux congrès ou aux instances statutaires des organisations sont accordées sur présentation de la convocation, au moins trois jours à l'avance. La journée de grève du 11 mars n'est pas comptée dans ce tableau."),
        ],
    ),
    (
        "s048_social_tableau.html",
        "Aides au séjour classe de neige – collège",
        [
            ("h", "Collège Jules-Verne – Commission du fonds social collégien du 16 janvier 2025 – aides au séjour à La Bresse"),
            ("p", "La commission, présidée par le principal et composée de l'assistante sociale, de l'infirmière, d'un professeur et d'un représentant des parents, a examiné les demandes d'aide pour le séjour ski des 5e (coût 385 € par élève)."),
            ("t", [
                ["Élève", "Classe", "Situation signalée", "Participation demandée à la famille", "Aide fonds social", "Aide commune (CCAS)"],
                ["Lina Boukhari", "5e A", "Mère seule, trois enfants, RSA", "40 €", "245 €", "100 €"],
                ["Enzo Marchal", "5e A", "Père au chômage depuis septembre, retards de loyer", "85 €", "200 €", "100 €"],
                ["Chloé Petit", "5e B", "Famille hébergée chez un tiers depuis l'expulsion de novembre", "0 €", "285 €", "100 €"],
                ["Noah Lefèvre", "5e C", "Parents en dossier de surendettement", "100 €", "185 €", "100 €"],
                ["Maëlys Roger", "5e C", "Quotient familial 310 €", "60 €", "225 €", "100 €"],
            ]),
            ("p", "Les familles seront informées individuellement par courrier. La liste ne doit pas être affichée ni communiquée aux professeurs accompagnateurs, qui connaîtront seulement le nombre d'élèves aidés."),
        ],
    ),
    (
        "s071_security_liste_cameras.html",
        "Inventaire des caméras – centre-ville",
        [
            ("h", "Ville de Béziers-Orb – Centre de supervision urbaine – inventaire des caméras du secteur centre et angles morts connus (mise à jour du 2 avril 2025)"),
            ("p", "Document destiné aux opérateurs du CSU et au chef de la police municipale. Il recense l'emplacement, l'orientation et les limites de chaque caméra."),
            ("t", [
                ["N°", "Emplacement", "Type", "Champ couvert", "Angle mort / limite"],
                ["C-01", "Angle allées Paul-Riquet / rue de la République", "Dôme 360°", "Allées, terrasses", "Entrée du parking souterrain non visible"],
                ["C-04", "Place Jean-Jaurès, façade de la poste", "Fixe", "Distributeurs de billets", "Aucune vision de nuit au-delà de 15 m"],
                ["C-07", "Rue Française, n° 22", "Fixe", "Rue piétonne vers le sud", "Passage couvert des Arcades totalement hors champ"],
                ["C-09", "Parvis de la cathédrale", "Dôme", "Parvis, escaliers", "Hors service depuis le 18 mars (orage)"],
                ["C-12", "Halles, entrée est", "Fixe", "Entrée est", "Entrée ouest non équipée"],
            ]),
            ("p", "Les enregistrements sont conservés 15 jours sur le serveur du CSU. L'écran de contrôle est sans opérateur entre 2 h et 6 h du matin, sauf week-ends de festivités."),
        ],
    ),
    (
        "p017_tarifs_cantine.html",
        "Délibération – tarifs de la restauration scolaire",
        [
            ("h", "Commune de Mauguio-Étang-de-l'Or – Délibération n° 2024-061 du conseil municipal du 1er juillet 2024 – tarifs de la restauration scolaire et des accueils périscolaires 2024-2025"),
            ("p", "Rapporteur : Mme Christine Fabre, adjointe à l'éducation. Présents : 27 ; pouvoirs : 4 ; votants : 31."),
            ("p", "L'adjointe propose une tarification au quotient familial, afin que le prix payé par les familles tienne compte de leurs ressources. Le coût de revient d'un repas est de 9,84 € ; la commune en prend en charge la plus grande part."),
            ("t", [
                ["Quotient familial CAF", "Repas", "Accueil du matin", "Accueil du soir"],
                ["0 à 450 €", "1,00 €", "0,50 €", "0,80 €"],
                ["451 à 700 €", "2,20 €", "0,90 €", "1,40 €"],
                ["701 à 1 000 €", "3,30 €", "1,20 €", "1,90 €"],
                ["1 001 à 1 400 €", "4,10 €", "1,50 €", "2,30 €"],
                ["Au-delà de 1 400 € ou non communiqué", "4,80 €", "1,70 €", "2,60 €"],
            ]),
            ("p", "M. Patrick Roig, groupe « Mauguio citoyenne », demande si la tranche la plus basse pourrait être portée à 0,50 €. L'adjointe indique qu'une étude sera menée avec le CCAS. Le tarif à 1 € bénéficie d'une aide de l'État au titre de la cantine à 1 euro."),
            ("p", "Le conseil municipal, par 27 voix pour et 4 abstentions, ADOPTE les tarifs ci-dessus à compter du 1er septembre 2024."),
        ],
    ),
    (
        "p044_ordre_du_jour_conseil.html",
        "Ordre du jour du conseil départemental",
        [
            ("h", "Département du Gers-Astarac – Session plénière du lundi 16 décembre 2024 à 10 h – Hôtel du Département – Ordre du jour"),
            ("p", "La séance est publique et retransmise en direct sur le site internet du Département."),
            ("t", [
                ["N°", "Rapport", "Rapporteur"],
                ["1", "Budget primitif 2025", "M. Jean-Louis Castéra, vice-président aux finances"],
                ["2", "Schéma départemental de protection de l'enfance 2025-2029", "Mme Hélène Lacoste, vice-présidente enfance-famille"],
                ["3", "Revalorisation de la rémunération des assistants familiaux", "Mme Hélène Lacoste"],
                ["4", "Programme départemental d'insertion – bénéficiaires du RSA", "M. Bruno Dupouy"],
                ["5", "Plan de prévention de la radicalisation et de soutien aux victimes – participation du Département", "M. le Président"],
                ["6", "Convention avec le SDIS – contribution 2025", "M. Francis Lagarde"],
                ["7", "Schéma des gens du voyage – révision", "Mme Monique Dupuy"],
                ["8", "Motion relative à la désertification médicale", "Groupes de la majorité et de l'opposition"],
                ["9", "Questions orales des groupes", "—"],
            ]),
            ("p", "Les rapports sont consultables par les conseillers départementaux sur la plateforme dématérialisée depuis le 2 décembre et par le public à l'issue de la séance."),
        ],
    ),
    (
        "p045_annuaire_permanences.html",
        "Annuaire des permanences sociales et de santé",
        [
            ("h", "Maison France Services de Ruffec-Charente-Nord – Permanences des partenaires – 1er semestre 2025"),
            ("p", "Toutes les permanences sont gratuites et confidentielles. Prise de rendez-vous à l'accueil ou au 05 45 31 00 00."),
            ("t", [
                ["Partenaire", "Objet", "Jour", "Horaires"],
                ["CAF de la Charente", "Prestations familiales, RSA, aide au logement", "Mardi", "9 h – 12 h"],
                ["CPAM", "Droits santé, complémentaire santé solidaire", "Jeudi", "14 h – 17 h"],
                ["Centre médico-psychologique (antenne)", "Consultations infirmières, orientation", "Lundi et mercredi", "9 h – 17 h"],
                ["CSAPA de la Charente", "Addictions – accueil anonyme", "Vendredi", "13 h 30 – 16 h 30"],
                ["Planning familial", "Contraception, IVG, vie affective", "2e et 4e mercredi", "14 h – 18 h"],
                ["CIDFF", "Droits des femmes, violences conjugales, droit de la famille", "1er mardi", "9 h – 12 h"],
                ["Point d'accès au droit – avocat", "Consultation juridique", "3e samedi", "9 h – 12 h"],
                ["Cimade (bénévoles)", "Droit des étrangers", "2e jeudi", "14 h – 17 h"],
                ["Point conseil budget", "Difficultés financières, surendettement", "Mercredi", "9 h – 12 h"],
            ]),
            ("p", "En cas d'urgence : 15 (SAMU), 17 (police), 115 (hébergement d'urgence), 119 (enfance en danger), 3919 (violences faites aux femmes)."),
        ],
    ),
    (
        "p060_resultats_tournoi.html",
        "Résultats du tournoi de tennis de table",
        [
            ("h", "Ville de Saint-Sébastien-sur-Loire-Est – Tournoi inter-entreprises et administrations de tennis de table – 22 mars 2025 – Résultats"),
            ("p", "Seize équipes de deux joueurs ont participé au tournoi organisé par l'office municipal des sports au gymnase de la Profondine. Merci aux arbitres bénévoles du club ASSL Tennis de table."),
            ("t", [
                ["Rang", "Équipe", "Joueurs", "Structure"],
                ["1", "Les Raquettes du 4e", "Yann Bertrand, Lucie Morvan", "Mairie – services techniques"],
                ["2", "Smash & Cash", "Kevin Gautier, Paul Hervouet", "Crédit Mutuel, agence centre"],
                ["3", "Les Pongistes masqués", "Aurélie Praud, Samuel Nguyen", "Clinique Jules-Verne"],
                ["4", "Topspin", "Marc Legrand, Élodie Chéneau", "Collège Saint-Exupéry"],
                ["5", "Les Retraités actifs", "Jean Rivière, Michel Hamon", "Amicale des retraités municipaux"],
            ]),
            ("p", "Prix du fair-play : l'équipe du commissariat, « Les Gardiens du filet ». Prix de la meilleure tenue : l'équipe du CCAS, déguisée en balles de ping-pong. Rendez-vous l'an prochain pour la 12e édition !"),
        ],
    ),
]
# fmt: on


def _build_docx(title: str, header: str, footer: str, blocks: list[Block]) -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer
    for kind, content in blocks:
        if kind == "h":
            doc.add_heading(content, level=1)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "t":
            rows = content
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    props = doc.core_properties
    props.title = title
    props.author = "Service émetteur"
    props.last_modified_by = "Service émetteur"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1
    props.comments = ""
    props.keywords = ""
    props.subject = ""
    props.category = ""
    raw = io.BytesIO()
    doc.save(raw)
    return _normalise_zip(raw.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps so that re-runs are byte-identical."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def _build_html(title: str, blocks: list[Block]) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="fr">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>",
        "</head>",
        "<body>",
    ]
    for kind, content in blocks:
        if kind == "h":
            parts.append(f"<h1>{html.escape(content)}</h1>")
        elif kind == "p":
            parts.append(f"<p>{html.escape(content)}</p>")
        elif kind == "t":
            parts.append('<table border="1">')
            head, *body = content
            cells = "".join(f"<th>{html.escape(c)}</th>" for c in head)
            parts.append(f"<thead><tr>{cells}</tr></thead>")
            parts.append("<tbody>")
            for row in body:
                parts.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
            parts.append("</tbody>")
            parts.append("</table>")
        else:
            raise ValueError(kind)
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, title, header, footer, blocks in DOCX:
        (OUT / name).write_bytes(_build_docx(title, header, footer, blocks))
    for name, title, blocks in HTML:
        (OUT / name).write_text(_build_html(title, blocks), encoding="utf-8")
    print(f"{len(DOCX)} docx and {len(HTML)} html written to {OUT}")


if __name__ == "__main__":
    main()
