"""Write the .docx and .html documents of the hand-written sensitivity set dev26.

Theme: the State's services in a département and what they write and publish — préfecture and
sous-préfectures (titres, étrangers, élections, police administrative, armes, débits de boissons,
expulsions locatives, soins sans consentement), DDETS, DDT(M), DDPP, services fiscaux, DSDEN,
ARS, gendarmerie and police, greffes, SPIP, CAF/CPAM correspondence with the State.

The set has 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 .txt written
by hand in the corpus directory, 30 .docx and 30 .html written by this script (15 of each format
per route). Labels are in ``corpus/dev26/labels.jsonl``.

Run: ``PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev26_files.py``
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev26"
FIXED = dt.datetime(2025, 11, 3, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s005_pv_conseil_discipline_college.docx"] = [
    ("title", "Procès-verbal du conseil de discipline"),
    ("p", "Collège Camille-Claudel — Chalon-sur-Saône (71) — Académie de Dijon"),
    ("p", "Séance du mardi 25 mars 2025, 17 h 00, salle du conseil d'administration."),
    (
        "p",
        "Présidente : Mme Karine Lamboley, principale. Membres présents : le principal adjoint, le gestionnaire, la CPE, quatre représentants des personnels, trois représentants des parents d'élèves, deux représentants des élèves. Le quorum est atteint.",
    ),
    ("h", "Élève concerné"),
    (
        "p",
        "Enzo MARCHAND, élève de 3e C, né le 8 janvier 2011, représenté par sa mère, Mme Sonia Marchand, et assisté de M. Didier Rozier, parent d'élève FCPE choisi par la famille.",
    ),
    ("h", "Faits reprochés"),
    (
        "p",
        "Le 11 mars 2025, à l'issue du cours d'anglais, Enzo a filmé avec son téléphone une camarade de classe, Maëlys, dans les toilettes des filles en passant l'appareil par-dessus la cloison, puis a diffusé la vidéo sur un groupe Snapchat réunissant une vingtaine d'élèves. La vidéo a été retirée le soir même à la demande de la CPE. La famille de Maëlys a déposé plainte au commissariat le 12 mars.",
    ),
    ("h", "Déroulement"),
    (
        "p",
        "Lecture est faite du rapport de la principale. Enzo reconnaît les faits ; il indique avoir agi « pour rigoler » à la demande d'un autre élève, qu'il refuse de nommer. Mme Marchand rappelle que son fils bénéficie depuis la 6e d'un plan d'accompagnement personnalisé pour une dyslexie-dysorthographie sévère et qu'il est suivi par une orthophoniste ; elle fait valoir qu'il traverse une période difficile depuis la séparation de ses parents et qu'il est « très influençable ». Le professeur principal souligne que les résultats d'Enzo sont fragiles mais que son comportement était jusqu'alors sans reproche (une seule retenue en 4e).",
    ),
    (
        "p",
        "M. Rozier demande que la sanction soit assortie d'un sursis compte tenu de l'absence d'antécédents.",
    ),
    ("h", "Délibération et vote"),
    (
        "table",
        [
            ["Sanction proposée", "Pour", "Contre", "Abstention"],
            ["Exclusion définitive de l'établissement", "6", "5", "1"],
            ["Exclusion définitive assortie d'un sursis", "—", "—", "—"],
        ],
    ),
    (
        "p",
        "Le conseil prononce l'exclusion définitive de l'établissement. Une mesure de responsabilisation n'est pas retenue. La DSDEN est saisie pour l'affectation de l'élève dans un autre collège du bassin. La famille est informée qu'elle peut faire appel devant le recteur dans un délai de huit jours.",
    ),
    ("p", "La présidente, K. Lamboley — Le secrétaire de séance, M. Tissot, CPE"),
]

DOCX_BLOCKS["s009_crep_agent_bureau_elections.docx"] = [
    ("title", "Compte rendu de l'entretien professionnel — année 2024"),
    (
        "p",
        "Préfecture de l'Aude — Direction de la citoyenneté et de la légalité — Bureau des élections et de la réglementation",
    ),
    (
        "table",
        [
            ["Agent", "M. Olivier Barthès, secrétaire administratif de classe normale, 8e échelon"],
            ["Poste", "Adjoint au chef du bureau des élections"],
            ["Supérieur hiérarchique direct", "Mme Julie Cabrol, attachée principale, cheffe de bureau"],
            ["Date de l'entretien", "6 février 2025"],
        ],
    ),
    ("h", "1. Bilan de l'année écoulée"),
    (
        "p",
        "L'année 2024 a été marquée par l'organisation, dans des délais très contraints, des élections européennes puis des élections législatives anticipées. M. Barthès a assuré l'enregistrement des candidatures aux législatives dans les trois circonscriptions, la commande des documents électoraux et la coordination des commissions de propagande.",
    ),
    (
        "p",
        "Conditions d'exercice : l'agent a repris ses fonctions le 2 avril 2024 à temps partiel thérapeutique (50 % puis 80 % à compter de septembre), après un congé de maladie de plusieurs mois. Les missions ont été adaptées en conséquence ; il a néanmoins tenu à être présent lors des deux soirées électorales, ce qui n'était pas attendu de lui.",
    ),
    ("h", "2. Appréciation de la valeur professionnelle"),
    (
        "table",
        [
            ["Critère", "Appréciation"],
            ["Compétences techniques (droit électoral, applications REU et ELIRE)", "Excellent"],
            ["Capacité d'organisation", "Très bon"],
            ["Qualités relationnelles (mairies, candidats)", "Très bon"],
            [
                "Capacité d'encadrement (deux agents)",
                "Bon — à consolider ; quelques tensions avec un agent contractuel en juin",
            ],
        ],
    ),
    (
        "p",
        "Appréciation littérale : M. Barthès est un pilier du bureau, dont l'expertise est reconnue des maires comme des services du ministère. Son retour progressif a été bien conduit. Il doit veiller à mieux déléguer et à préserver son équilibre, en lien avec le médecin de prévention.",
    ),
    ("h", "3. Objectifs 2025"),
    (
        "p",
        "Préparer les élections municipales de mars 2026 (formation des mairies, refonte du guide du candidat) ; former l'agent contractuel à l'instruction des déclarations de candidature.",
    ),
    ("h", "4. Perspectives"),
    (
        "p",
        "L'agent souhaite présenter l'examen professionnel de secrétaire administratif de classe supérieure. Avis favorable. Proposition d'inscription au tableau d'avancement : non en 2025, au regard de l'ancienneté dans le grade.",
    ),
    (
        "p",
        "Observations de l'agent : « Je remercie ma cheffe de bureau pour l'aménagement de mon poste. Je souhaite revenir à temps plein à la rentrée si mon médecin l'autorise. »",
    ),
    (
        "p",
        "Signatures : l'agent — le supérieur hiérarchique direct — l'autorité hiérarchique (secrétaire général)",
    ),
]

DOCX_BLOCKS["s014_information_preoccupante_infirmiere.docx"] = [
    ("title", "Transmission d'une information préoccupante"),
    (
        "p",
        "À la cellule de recueil des informations préoccupantes (CRIP) du Morbihan — copie : DSDEN du Morbihan, conseillère technique de santé",
    ),
    (
        "p",
        "Émetteur : Mme Anne-Laure Cadoret, infirmière de l'Éducation nationale, collège Les Korrigans, Locminé. Date : 10 octobre 2025.",
    ),
    ("h", "Mineur concerné"),
    (
        "table",
        [
            ["Nom, prénom", "PERRON Jade"],
            ["Date de naissance", "17/06/2013 (12 ans) — classe de 5e"],
            [
                "Responsables légaux",
                "Mère : Mme Aurore Perron ; beau-père au domicile : M. Cédric Hamon. Père : M. Julien Perron, réside à Rennes, droit de visite un week-end sur deux (non exercé depuis l'été selon l'élève).",
            ],
            ["Adresse", "Résidence du Lac, bât. B, Locminé"],
        ],
    ),
    ("h", "Éléments recueillis"),
    (
        "p",
        "Jade est venue à l'infirmerie le 9 octobre pour des maux de ventre. Elle présentait sur l'avant-bras gauche plusieurs marques linéaires superficielles récentes et d'autres plus anciennes, qu'elle a d'abord attribuées au chat avant de dire : « je le fais quand ça crie trop à la maison ». Elle rapporte que sa mère et M. Hamon « se tapent dessus le week-end », que la police est venue « une fois, avant les vacances », et qu'elle s'enferme dans sa chambre avec son petit frère de quatre ans pendant les disputes. Elle dit ne pas manger le soir certains jours parce que « y a rien dans le frigo à la fin du mois ».",
    ),
    (
        "p",
        "Son professeur principal signale une chute importante des résultats depuis la rentrée, des absences le lundi matin et un isolement en classe.",
    ),
    ("h", "Démarches effectuées"),
    (
        "p",
        "Soins et entretien à l'infirmerie ; rendez-vous proposé avec la psychologue de l'Éducation nationale (accepté) ; orientation vers la Maison des adolescents. La mère a été contactée par téléphone le 10 octobre : elle a minimisé les faits (« des disputes comme dans tous les couples ») et indiqué qu'elle allait « régler ça ». L'élève a demandé que son beau-père ne soit pas informé de sa venue à l'infirmerie.",
    ),
    ("h", "Appréciation"),
    (
        "p",
        "Exposition probable à des violences conjugales, conduites d'automutilation, possible carence matérielle. Le danger n'apparaît pas imminent (pas de révélation de violences sur l'enfant elle-même), ce qui justifie une information préoccupante plutôt qu'un signalement au procureur. La situation du petit frère devrait également être évaluée.",
    ),
    ("p", "Visa de la principale : M. Stéphane Guyader"),
]

DOCX_BLOCKS["s015_rapport_spip_jap_ddse.docx"] = [
    ("title", "Rapport de situation au juge de l'application des peines"),
    (
        "p",
        "SPIP de Saône-et-Loire — Antenne de Mâcon. Rapport établi par M. Nicolas Berthaud, CPIP, le 2 juin 2025.",
    ),
    (
        "p",
        "Destinataire : Mme la juge de l'application des peines, tribunal judiciaire de Mâcon. Objet : détention à domicile sous surveillance électronique — incident et demande de modification des horaires.",
    ),
    (
        "table",
        [
            ["Personne suivie", "M. Alexandre Dufour, né le 30/09/1985"],
            [
                "Condamnation",
                "TC Mâcon, 14/11/2024 : 10 mois d'emprisonnement, aménagés ab initio en DDSE — vol aggravé et recel",
            ],
            ["Début de la mesure", "03/02/2025 — fin prévisible 02/12/2025"],
            ["Adresse d'assignation", "Domicile de sa compagne, Mme Élodie Ravier, Charnay-lès-Mâcon"],
        ],
    ),
    ("h", "Déroulement de la mesure"),
    (
        "p",
        "M. Dufour respecte globalement ses horaires d'assignation. Il travaille depuis mars en CDD comme agent de quai chez un transporteur de Crèches-sur-Saône, en horaires décalés (5 h – 12 h). Il rembourse la partie civile à raison de 80 € par mois ; le solde restant dû est de 1 140 €.",
    ),
    (
        "p",
        "Sur le plan sanitaire, il poursuit son suivi au CSAPA de Mâcon, où lui est délivré chaque semaine son traitement par buprénorphine ; les analyses urinaires de contrôle d'avril et de mai sont négatives pour l'héroïne, positives au cannabis. Il a entamé des démarches pour un suivi psychologique, qu'il différait depuis le décès de son frère.",
    ),
    ("h", "Incident du 24 mai 2025"),
    (
        "p",
        "Le pôle centralisateur a relevé une alarme de sortie non autorisée de 22 h 47 à 23 h 30. Entendu le 27 mai, M. Dufour explique avoir accompagné sa compagne aux urgences de l'hôpital des Chanaux à la suite d'une fausse couche ; il produit un bulletin de passage aux urgences au nom de Mme Ravier horodaté à 23 h 02. Ses explications apparaissent sincères.",
    ),
    ("h", "Situation sociale"),
    (
        "p",
        "Le couple fait face à des difficultés financières : dette de loyer de 1 900 € auprès de l'OPAC, dossier FSL déposé le 15 mai. M. Dufour a sollicité une aide alimentaire ponctuelle auprès du CCAS.",
    ),
    ("h", "Avis et propositions"),
    (
        "p",
        "Je propose de ne pas retenir l'incident comme un manquement, et de modifier les horaires d'assignation pour autoriser les sorties de 4 h 15 à 13 h en semaine, afin de sécuriser l'emploi. Avis favorable à l'examen d'une libération sous contrainte à compter de septembre.",
    ),
]

DOCX_BLOCKS["s020_releve_ccapex_seance.docx"] = [
    (
        "title",
        "Commission de coordination des actions de prévention des expulsions locatives — Relevé de décisions",
    ),
    (
        "p",
        "CCAPEX de l'arrondissement de Chalon-sur-Saône — séance du 17 avril 2025. Co-présidence : le sous-préfet de Chalon-sur-Saône et la vice-présidente du conseil départemental. Secrétariat : DDETS 71.",
    ),
    (
        "p",
        "Document de travail nominatif — réservé aux membres de la commission (art. 7 du décret n° 2015-1384).",
    ),
    (
        "table",
        [
            ["N°", "Ménage", "Situation", "Dette / stade", "Décision"],
            [
                "1",
                "M. et Mme Taleb, 4 enfants, Chalon (Prés-Saint-Jean)",
                "M. Taleb en arrêt longue maladie depuis 2024, IJ réduites ; Mme sans emploi.",
                "4 870 € — commandement de quitter les lieux",
                "Saisine FSL maintien ; demande de délai au juge ; relogement en T4 moins cher à étudier par Grand Chalon Habitat.",
            ],
            [
                "2",
                "Mme Vasseur, seule, 67 ans, Saint-Rémy",
                "Retraite 890 € ; troubles cognitifs signalés par le CCAS, pas de mesure de protection.",
                "2 310 € — assignation",
                "Saisine du juge des tutelles (signalement par le CCAS) ; appel au FSL ; report de l'audience sollicité.",
            ],
            [
                "3",
                "M. Kaya, 2 enfants, Chalon (Stade)",
                "Séparé ; enfants confiés à l'ASE depuis janvier, retour envisagé si logement stable.",
                "1 560 € — CFP requis",
                "Avis défavorable au CFP en l'état ; coordination avec l'ASE ; plan d'apurement de 60 €/mois proposé au bailleur.",
            ],
            [
                "4",
                "Mme Nicolas et M. Ferreira, 1 enfant, Givry",
                "Couple en instance de séparation ; violences conjugales alléguées par Mme (plainte déposée).",
                "3 020 € — commandement de payer",
                "Orientation de Mme vers le dispositif femmes victimes (accueil de jour Chalon) ; désolidarisation du bail à étudier.",
            ],
            [
                "5",
                "M. Lopes, seul, Chalon (centre)",
                "Sortant d'hospitalisation en psychiatrie, suivi CMP ; refus de contact avec le travailleur social.",
                "920 € — assignation",
                "Visite à domicile par l'équipe mobile psychiatrie précarité ; accompagnement social lié au logement.",
            ],
        ],
    ),
    (
        "p",
        "Situations reportées à la séance de mai : 6 (pièces manquantes). Situations closes (dette apurée ou relogement) : 3.",
    ),
    ("p", "Prochaine séance : 22 mai 2025, sous-préfecture de Chalon-sur-Saône."),
]

DOCX_BLOCKS["s028_rapport_inspection_travail_accident.docx"] = [
    ("title", "Rapport d'enquête — accident du travail grave"),
    (
        "p",
        "DDETS de l'Oise — Pôle travail — Unité de contrôle Sud-Oise, section 4. Inspectrice du travail : Mme Laure Desmarest. Date du rapport : 22 septembre 2025.",
    ),
    ("h", "1. L'accident"),
    (
        "p",
        "Le 3 septembre 2025 vers 14 h 40, dans l'atelier de découpe de la SAS Menuiseries du Valois à Crépy-en-Valois (62 salariés), M. Kevin Lemaire, 24 ans, opérateur intérimaire mis à disposition par l'agence Proman de Senlis depuis le 18 août, a eu la main droite happée par la lame d'une scie à format alors qu'il dégageait une chute de bois coincée, le carter de protection ayant été démonté.",
    ),
    (
        "p",
        "Il a été héliporté au CHU d'Amiens. Selon le certificat médical initial, il a subi l'amputation traumatique de l'index et du majeur droits et une section des tendons fléchisseurs de l'annulaire ; ITT supérieure à trois mois. À la date du rapport, il est toujours hospitalisé en service de chirurgie de la main et un soutien psychologique lui a été proposé.",
    ),
    ("h", "2. Constats"),
    (
        "table",
        [
            ["Point contrôlé", "Constat"],
            [
                "Protecteur de lame",
                "Déposé depuis au moins juin selon trois salariés ; stocké dans l'armoire du chef d'atelier.",
            ],
            [
                "Formation à la sécurité renforcée (intérimaire, poste à risque)",
                "Non dispensée ; accueil limité à une visite de l'atelier.",
            ],
            [
                "Document unique",
                "Dernière mise à jour : 2021 ; risque de coupure sur scie à format non évalué.",
            ],
            ["Liste des postes à risques (art. L. 4154-2)", "Inexistante."],
        ],
    ),
    ("h", "3. Auditions"),
    (
        "p",
        "Le président de la SAS, M. Régis Dumontier, entendu le 10 septembre, reconnaît que le protecteur « gênait pour les grands panneaux » et qu'il avait autorisé son retrait « provisoirement ». Le chef d'atelier indique avoir alerté sa direction à deux reprises par oral.",
    ),
    ("h", "4. Suites"),
    (
        "p",
        "Un procès-verbal est relevé à l'encontre de la personne morale et de M. Dumontier, en qualité de dirigeant, pour blessures involontaires ayant entraîné une incapacité de plus de trois mois dans le cadre du travail et pour infractions aux articles R. 4324-1 et L. 4154-2 du code du travail ; il est transmis au procureur de la République de Senlis. Un arrêt temporaire d'activité de la machine a été notifié le jour de l'enquête et levé le 15 septembre après remise en place du carter.",
    ),
    ("p", "L'inspectrice du travail — L. Desmarest"),
]

DOCX_BLOCKS["s030_cr_formation_specialisee_ddt.docx"] = [
    (
        "title",
        "Formation spécialisée en matière de santé, de sécurité et de conditions de travail (F3SCT) — Procès-verbal",
    ),
    (
        "p",
        "Direction départementale des territoires de Saône-et-Loire — séance ordinaire du 13 novembre 2025, 9 h 30 – 12 h 45, salle Lamartine, Mâcon.",
    ),
    ("h", "Présents"),
    (
        "p",
        "Représentants de l'administration : M. Jean-Luc Prévost, directeur départemental, président ; Mme Agathe Rolland, secrétaire générale ; M. Thibault Carré, responsable du pôle ressources humaines.",
    ),
    (
        "p",
        "Représentants du personnel : pour FO, M. Didier Berthelot (titulaire, secrétaire de la formation spécialisée) et Mme Corinne Gauthey (titulaire) ; pour la CFDT, M. Mickaël Rouvière (titulaire) ; pour la CGT, Mme Sylvie Perrault (titulaire) et M. Paul Venot (suppléant).",
    ),
    (
        "p",
        "Experts et personnes qualifiées : Dr Isabelle Maréchal, médecin du travail ; M. Franck Lebeau, conseiller de prévention ; Mme Lucie Vial, inspectrice santé et sécurité au travail (ISST), pour le point 4.",
    ),
    ("h", "1. Approbation du procès-verbal de la séance du 12 juin 2025"),
    (
        "p",
        "Le procès-verbal est approuvé à l'unanimité, sous réserve d'une correction demandée par la CGT au point 3 (remplacer « les agents ont accepté » par « les agents ont été informés »).",
    ),
    ("h", "2. Bilan des accidents de service et de trajet (1er janvier – 30 septembre 2025)"),
    (
        "p",
        "Le conseiller de prévention présente le bilan : 9 accidents de service (dont 5 en intervention de terrain : chutes, piqûre d'insecte, morsure de chien lors d'un contrôle de conformité d'assainissement) et 4 accidents de trajet. Le nombre de jours d'arrêt s'élève à 187, en baisse par rapport à 2024 (264). Aucun accident n'a donné lieu à enquête de la formation spécialisée.",
    ),
    (
        "p",
        "M. Berthelot (FO) relève que les agents du contrôle des aides PAC effectuent encore des visites seuls dans des exploitations isolées, sans dispositif de travailleur isolé. Le directeur indique que 12 boîtiers DATI seront commandés avant la campagne 2026.",
    ),
    ("h", "3. Document unique d'évaluation des risques professionnels et programme annuel de prévention"),
    (
        "p",
        "La mise à jour du DUERP a été conduite entre mars et septembre avec des groupes de travail par service. Les risques psychosociaux ressortent comme premier risque pour le service de l'économie agricole (pics de charge liés aux campagnes d'aides) et pour l'unité application du droit des sols (relations tendues avec certains pétitionnaires). Mme Perrault (CGT) estime que la cotation des risques psychosociaux du service habitat est sous-évaluée, l'équipe ayant perdu deux postes en deux ans. Le directeur propose de réexaminer cette cotation avec le groupe de travail en janvier.",
    ),
    (
        "p",
        "Le programme annuel de prévention 2026 est soumis à l'avis de la formation spécialisée. Vote : avis favorable de FO et de la CFDT ; abstention de la CGT.",
    ),
    ("h", "4. Visite de l'ISST à la subdivision de Charolles"),
    (
        "p",
        "Mme Vial présente son rapport de visite du 9 octobre : locaux vétustes, absence de local de repos, éclairage insuffisant des bureaux du rez-de-chaussée, présence d'amiante non dégradée dans les dalles de sol (repérage de 2019). Elle recommande la réalisation d'un nouveau repérage avant les travaux prévus. Le directeur annonce le déménagement de la subdivision dans les locaux de la communauté de communes à l'horizon 2027.",
    ),
    ("h", "5. Télétravail et équipements"),
    (
        "p",
        "Le pôle RH présente les résultats de l'enquête sur le télétravail (taux de réponse : 68 %). 74 % des agents éligibles télétravaillent au moins un jour par semaine ; les demandes de second écran et de siège ergonomique sont en hausse. M. Rouvière (CFDT) demande que les agents en situation de handicap bénéficient d'une priorité pour l'équipement à domicile ; accord de l'administration, en lien avec le référent handicap.",
    ),
    ("h", "6. Points divers"),
    (
        "p",
        "6.1. Retour d'un agent du service aménagement. À la demande de Mme Gauthey, le directeur fait un point sur la situation de l'agent instructeur de l'unité de Louhans qui avait été victime, en mai, d'une agression verbale au guichet. L'agent, M. Hervé Chanut, a repris son poste le 3 novembre après six mois d'absence, dont un séjour de plusieurs semaines en clinique spécialisée pour un état de stress post-traumatique ; il bénéficie d'un mi-temps thérapeutique jusqu'en février, et ne tiendra plus l'accueil du public. Le médecin du travail confirme que les aménagements prescrits ont été mis en œuvre. Mme Gauthey demande qu'une protection fonctionnelle soit accordée pour la plainte qu'il a déposée ; le directeur indique qu'elle l'a été le 20 mai.",
    ),
    (
        "p",
        "6.2. Chauffage du bâtiment B. Les relevés de température effectués en octobre font apparaître des valeurs de 16 °C dans trois bureaux. La secrétaire générale indique qu'une intervention sur la chaudière est programmée le 18 novembre.",
    ),
    (
        "p",
        "6.3. Calendrier 2026. Les séances ordinaires auront lieu les 12 mars, 11 juin et 19 novembre 2026.",
    ),
    ("p", "L'ordre du jour étant épuisé, la séance est levée à 12 h 45."),
    ("p", "Le président, J.-L. Prévost — Le secrétaire de la formation spécialisée, D. Berthelot"),
]

DOCX_BLOCKS["s038_rapport_analyse_offres_nettoyage.docx"] = [
    ("title", "Rapport d'analyse des offres — marché de nettoyage des locaux"),
    (
        "p",
        "Préfecture de la Vienne — Secrétariat général commun départemental — Bureau des achats. Procédure adaptée n° 2025-SGCD86-014. Rapport du 28 avril 2025 — document préparatoire, non communicable avant l'attribution (art. L. 311-5 et L. 311-6 CRPA).",
    ),
    ("h", "1. Objet et critères"),
    (
        "p",
        "Nettoyage de la préfecture, des sous-préfectures de Châtellerault et Montmorillon et de la cité administrative (14 200 m²), pour une durée de deux ans reconductible une fois. Critères : prix (50 %), valeur technique (40 %), performance environnementale (10 %).",
    ),
    ("h", "2. Offres reçues"),
    (
        "table",
        [
            [
                "Candidat",
                "Prix annuel HT",
                "Taux horaire",
                "Heures/an",
                "Note prix",
                "Note technique",
                "Total",
            ],
            ["Net'Ouest Propreté SAS", "186 420 €", "23,10 €", "8 070", "50,0", "31,5", "87,9"],
            ["Onet Services (agence Poitiers)", "203 880 €", "24,60 €", "8 288", "45,7", "36,0", "89,2"],
            ["Atalian Propreté", "214 150 €", "25,95 €", "8 252", "43,5", "34,5", "86,0"],
            [
                "SARL Clair Logis 86",
                "171 900 €",
                "19,40 €",
                "8 861",
                "—",
                "—",
                "Offre anormalement basse — écartée",
            ],
        ],
    ),
    ("h", "3. Observations"),
    (
        "p",
        "SARL Clair Logis 86 : interrogée le 14 avril, la société justifie son taux horaire par le recours à des contrats aidés et par une marge nette prévisionnelle de 1,2 % ; ses explications ne permettent pas d'établir le respect des minima conventionnels (grille de la propreté au 1er janvier 2025). Offre rejetée.",
    ),
    (
        "p",
        "Net'Ouest Propreté : le mémoire technique révèle une organisation en horaires de soirée reposant sur un encadrant pour 22 agents et l'utilisation d'une autolaveuse à dosage automatique dont la société détient l'exclusivité régionale ; la société indique en annexe confidentielle une remise de 6 % consentie à condition d'obtenir également le lot de Châtellerault, et un coefficient de frais généraux de 1,18.",
    ),
    (
        "p",
        "Onet Services : meilleure offre technique (plan de continuité, tenue des plannings, produits écolabellisés à 100 %).",
    ),
    ("h", "4. Proposition"),
    (
        "p",
        "Attribution à Onet Services, classée première. Les informations relatives aux prix unitaires, coefficients et marges des candidats sont couvertes par le secret des affaires et ne figurent pas dans l'avis d'attribution.",
    ),
    ("p", "La cheffe du bureau des achats — Mme Noémie Chaigneau"),
]

DOCX_BLOCKS["s044_dispositif_visite_ministre.docx"] = [
    ("title", "DIFFUSION RESTREINTE — Ordre d'opération"),
    (
        "p",
        "Préfecture de l'Oise — Cabinet — Service interministériel de défense et de protection civiles. Visite de M. le ministre de l'intérieur à Creil et Nogent-sur-Oise, jeudi 6 mars 2025. Document à ne pas reproduire ; destruction après la visite.",
    ),
    ("h", "1. Déroulé et itinéraires"),
    (
        "table",
        [
            ["Heure", "Séquence", "Itinéraire / point", "Dispositif"],
            [
                "09 h 40",
                "Arrivée héliportée",
                "Stade Jean-Bouin, Creil — hélisurface sud",
                "Périmètre gendarmerie, 12 militaires ; SDIS en alerte",
            ],
            [
                "10 h 05",
                "Commissariat de Creil",
                "Itinéraire principal : rue Jean-Jaurès, pont Y ; de repli : av. du 8-Mai-1945",
                "Coupure de circulation par pelotons motocyclistes ; tireurs d'élite RAID sur toit de la médiathèque",
            ],
            [
                "11 h 15",
                "Rencontre commerçants, place Carnot (Nogent)",
                "Cheminement piéton 180 m",
                "Bulle de protection rapprochée SDLP ; 2 CRS 21 en soutien ; fouille des poubelles à 8 h",
            ],
            ["12 h 30", "Départ", "Retour au stade par l'itinéraire B", "Levée progressive"],
        ],
    ),
    ("h", "2. Moyens de liaison"),
    (
        "p",
        "Conférence radio RRF dédiée : groupe « VIGIE-60 » ; canal de repli : talkgroup 2614. Indicatif de l'autorité : « Aiglon ». Téléphone du PC préfecture (salle COD) : ligne sécurisée réservée, numéro communiqué aux seuls chefs de dispositif. Code d'accès au parking souterrain de l'hôtel de police de Creil pour le convoi : 4471#.",
    ),
    ("h", "3. Menace"),
    (
        "p",
        "Le SDRT signale l'annonce d'un rassemblement non déclaré de 40 à 60 personnes (collectif opposé à la réforme de la police municipale) à proximité de la place Carnot ; pas d'élément sur une action violente. Niveau Vigipirate : urgence attentat. Une personne inscrite au FSPRT résidant à Nogent fera l'objet d'une surveillance discrète le matin de la visite.",
    ),
    ("h", "4. Contacts"),
    (
        "p",
        "Directeur de cabinet : joignable en permanence via le standard COD. Chef du dispositif police : commissaire divisionnaire Guillaume Hérault. Chef du dispositif gendarmerie : lieutenant-colonel Bénédicte Aubry.",
    ),
]

DOCX_BLOCKS["s052_note_controle_fiscal_societe.docx"] = [
    ("title", "Note de synthèse — vérification de comptabilité"),
    (
        "p",
        "DDFiP du Doubs — Pôle de contrôle et d'expertise de Besançon. Secret professionnel — art. L. 103 du livre des procédures fiscales. Ne pas diffuser hors de la chaîne de contrôle.",
    ),
    (
        "table",
        [
            ["Entreprise", "SAS Horlogerie Mécanique du Haut-Doubs (HMHD), Morteau — SIREN 8** *** ***"],
            ["Période vérifiée", "Exercices 2021 à 2023"],
            ["Vérificatrice", "Mme Claire Jeunet, inspectrice des finances publiques"],
        ],
    ),
    ("h", "1. Présentation de l'activité"),
    (
        "p",
        "L'entreprise conçoit et assemble des mouvements mécaniques pour des marques suisses et françaises (84 % du chiffre d'affaires à l'export). Elle exploite un procédé interne de traitement de surface des ressorts spiraux par dépôt de silicium en couche mince, non breveté afin de ne pas en publier la description, qui lui assure une avance technique de trois à quatre ans sur ses concurrents d'après son président. Le coût de revient unitaire d'un mouvement calibre HM-21 s'établit à 412 € pour un prix de cession moyen de 1 180 € au principal client (maison genevoise dont le nom est couvert par une clause de confidentialité produite en copie).",
    ),
    ("h", "2. Points examinés"),
    (
        "p",
        "2.1. Prix de transfert : les redevances versées à la holding luxembourgeoise pour l'usage du procédé (6,5 % du chiffre d'affaires) ne sont pas justifiées par une analyse fonctionnelle ; la valeur du savoir-faire a été développée en France, par le bureau d'études de Morteau.",
    ),
    (
        "p",
        "2.2. Crédit d'impôt recherche : 38 % des dépenses déclarées concernent des opérations de production courantes.",
    ),
    ("h", "3. Rappels envisagés"),
    (
        "table",
        [
            ["Chef de redressement", "2021", "2022", "2023"],
            ["Redevances non déductibles", "412 000 €", "455 000 €", "498 000 €"],
            ["CIR — reprise partielle", "96 000 €", "104 000 €", "121 000 €"],
        ],
    ),
    (
        "p",
        "Proposition de rectification à notifier avant le 31 décembre ; saisine possible de la commission départementale des impôts. Les données techniques et commerciales recueillies ne peuvent être communiquées à aucun tiers.",
    ),
]

DOCX_BLOCKS["s055_cr_reunion_evaluation_minorite.docx"] = [
    ("title", "Réunion de coordination — évaluation de la minorité et de l'isolement"),
    (
        "p",
        "Préfecture de la Vienne (bureau de l'éloignement) / conseil départemental (direction de l'enfance et de la famille) / DDETS / parquet des mineurs. Compte rendu de la réunion du 5 février 2025.",
    ),
    (
        "p",
        "Objet : situations de jeunes se déclarant mineurs non accompagnés dont l'évaluation est contestée ou en cours.",
    ),
    (
        "table",
        [
            ["Jeune", "Âge déclaré / pays", "Éléments", "Suite"],
            [
                "Mamadou S.",
                "15 ans / Guinée",
                "Entretien d'évaluation cohérent ; extrait d'acte de naissance jugé authentique par la PAF. Scolarisé en UPE2A. Suivi au CMP pour des troubles du sommeil et des reviviscences liées au parcours libyen.",
                "Minorité reconnue ; OPP du parquet ; placement ASE confirmé.",
            ],
            [
                "Ahmed B.",
                "16 ans / Tunisie",
                "Résultat AEM : concordance avec une demande de visa déposée en 2022 sous une identité majeure. Examen radiologique osseux ordonné par le juge : âge estimé entre 19 et 21 ans.",
                "Fin de prise en charge ASE ; information du bureau de l'éloignement ; recours devant le juge des enfants déposé par l'avocate.",
            ],
            [
                "Fatoumata D.",
                "14 ans / Côte d'Ivoire",
                "Enceinte de 5 mois d'après le certificat de la PMI ; récit de mariage forcé et de traite pendant le trajet.",
                "Mise à l'abri en maison d'enfants à caractère social spécialisée ; signalement au parquet (traite) ; accompagnement vers une demande d'asile.",
            ],
            [
                "Yacouba T.",
                "17 ans / Mali",
                "Évaluation en cours ; refus de la prise d'empreintes pour le fichier AEM.",
                "Rappel du cadre ; nouvel entretien le 12/02.",
            ],
        ],
    ),
    (
        "p",
        "Points généraux : le délai moyen d'évaluation est de 23 jours ; le département demande le renfort de deux évaluateurs. Le parquet rappelle que l'examen osseux ne peut fonder seul une décision.",
    ),
]

DOCX_BLOCKS["s062_rapport_deces_detention.docx"] = [
    ("title", "Rapport circonstancié — décès d'une personne détenue"),
    (
        "p",
        "Maison d'arrêt de Mâcon — Rapport du chef d'établissement à la direction interrégionale des services pénitentiaires de Dijon, copie au préfet de Saône-et-Loire et au procureur de la République. Date : 9 décembre 2024.",
    ),
    ("h", "Identification"),
    (
        "p",
        "M. Guillaume Perrin, né le 11 avril 1979, écrou n° 13 882, prévenu, incarcéré depuis le 2 octobre 2024 (mandat de dépôt du juge d'instruction de Mâcon, chefs de viol sur mineur de quinze ans par ascendant). Affecté en cellule individuelle, bâtiment A, au regard de la nature des faits.",
    ),
    ("h", "Chronologie"),
    (
        "p",
        "Le 7 décembre à 6 h 52, lors de l'ouverture, le surveillant a découvert M. Perrin inanimé, pendu au moyen de son drap aux barreaux de la fenêtre. Les secours (USMP puis SAMU) ont constaté le décès à 7 h 20. Le parquet a été avisé à 7 h 25 ; une autopsie a été ordonnée.",
    ),
    ("h", "Antécédents et prise en charge"),
    (
        "p",
        "Lors de l'entretien arrivant, M. Perrin avait été repéré comme présentant un risque suicidaire élevé (grille d'évaluation : score 14) ; il avait été placé sous surveillance spécifique (rondes toutes les heures de nuit) jusqu'au 4 novembre, levée sur avis de la commission pluridisciplinaire unique. Il était suivi par le SMPR (entretiens hebdomadaires, traitement par mirtazapine et hydroxyzine). Il avait fait l'objet de menaces et de crachats de la part d'autres détenus en cour de promenade et ne sortait plus de sa cellule depuis mi-novembre. Son épouse avait engagé une procédure de divorce et ne lui rendait plus visite.",
    ),
    ("h", "Mesures prises"),
    (
        "p",
        "Information de la famille par le chef d'établissement ; cellule d'écoute pour les personnels ; réunion de la CPU le 10 décembre pour réexamen des surveillances spécifiques en cours (7 détenus).",
    ),
    ("p", "Le chef d'établissement — M. Thierry Vaillant, directeur des services pénitentiaires"),
]

DOCX_BLOCKS["s064_notification_ordonnance_protection.docx"] = [
    ("title", "Notification d'une ordonnance de protection"),
    (
        "p",
        "Tribunal judiciaire de Vannes — Juge aux affaires familiales. Greffe du pôle famille. Transmission au commandant de la compagnie de gendarmerie de Ploërmel et au préfet du Morbihan (bureau des armes), en application de l'article 1136-7 du code de procédure civile.",
    ),
    (
        "table",
        [
            ["RG", "25/00961"],
            ["Demanderesse", "Mme Morgane Le Guennec, née le 02/03/1992"],
            ["Défendeur", "M. Sylvain Jaffré, né le 19/10/1988, demeurant à Josselin"],
            ["Date de l'ordonnance", "30 juillet 2025"],
        ],
    ),
    ("h", "Mesures ordonnées pour une durée de douze mois"),
    (
        "p",
        "Interdiction faite à M. Jaffré de recevoir ou de rencontrer Mme Le Guennec, d'entrer en relation avec elle de quelque façon que ce soit, et de se rendre à moins de 500 mètres de son nouveau domicile, dont l'adresse est dissimulée (élection de domicile chez son avocate).",
    ),
    (
        "p",
        "Interdiction de détenir ou de porter une arme ; M. Jaffré devra remettre au service de gendarmerie de Josselin les deux armes de chasse qu'il détient.",
    ),
    (
        "p",
        "Exercice exclusif de l'autorité parentale par la mère sur l'enfant Timéo, 3 ans ; droit de visite du père suspendu, sauf en espace de rencontre médiatisé (association Parenthèse, Vannes), une fois par mois.",
    ),
    (
        "p",
        "Attribution d'un téléphone grave danger à Mme Le Guennec, proposée au procureur de la République.",
    ),
    (
        "p",
        "Motifs (extrait) : la juge relève la vraisemblance des violences alléguées, au vu des trois mains courantes déposées entre février et juin, des certificats médicaux du 24 juin (ecchymoses du cou et des avant-bras, ITT de 4 jours) et du message vocal produit, dans lequel M. Jaffré déclare : « Si tu pars avec le petit, je vous retrouve. »",
    ),
    ("p", "Le greffier — pour copie certifiée conforme"),
]

DOCX_BLOCKS["s066_cctp_videoprotection_annexe.docx"] = [
    ("title", "Annexe technique confidentielle au CCTP — extension du système de vidéoprotection"),
    (
        "p",
        "Préfecture de l'Aude / Ville de Narbonne — Marché n° 2025-VP-03. Annexe réservée au titulaire retenu. CONFIDENTIEL — ne pas joindre au DCE publié.",
    ),
    ("h", "1. Architecture existante"),
    (
        "p",
        "Centre de supervision urbain (CSU) : 2e étage de l'hôtel de police municipale, accès par badge et code de porte (code actuel communiqué au titulaire lors de la réunion de lancement ; changement trimestriel). 94 caméras reliées par fibre noire en boucle ; deux baies de stockage (rétention 30 jours) en salle technique sous-sol, climatisée, sans redondance électrique à ce jour. Report d'images vers la salle de commandement du commissariat et vers le COD de la préfecture via VPN IPsec (passerelle Stormshield SN510).",
    ),
    ("h", "2. Points faibles identifiés par l'audit de 2024"),
    (
        "table",
        [
            ["Vulnérabilité", "Localisation", "Correctif attendu"],
            [
                "Mots de passe constructeur non modifiés sur 17 caméras",
                "Secteur gare et quai Victor-Hugo",
                "Changement et coffre-fort numérique",
            ],
            ["Zones non couvertes", "Passage des Barques, parking Cathédrale niveau -2", "4 caméras dôme"],
            ["Pas d'onduleur sur la baie 2", "Sous-sol CSU", "Onduleur 6 kVA"],
        ],
    ),
    ("h", "3. Bordereau de prix de l'offre retenue (rappel)"),
    (
        "table",
        [
            ["Poste", "Prix unitaire HT", "Remise consentie"],
            ["Caméra dôme 4K avec analyse d'image", "1 860 €", "18 % (hors catalogue)"],
            ["Pose et raccordement fibre, le mètre", "42 €", "—"],
            ["Maintenance annuelle par caméra", "96 €", "Prix garanti 4 ans"],
        ],
    ),
    (
        "p",
        "Ces prix résultent de la négociation et ne sont pas publiés. Le titulaire s'engage à ne communiquer aucune information sur l'architecture du système.",
    ),
]

DOCX_BLOCKS["s069_rapport_rendez_vous_carriere.docx"] = [
    ("title", "Compte rendu du rendez-vous de carrière"),
    ("p", "Académie de Poitiers — DSDEN de la Vienne. Rendez-vous de carrière du 3e échelon (2025-2026)."),
    (
        "table",
        [
            ["Enseignant", "M. Sébastien Moreau-Lambert, professeur des écoles"],
            ["Affectation", "École élémentaire Paul-Bert, Châtellerault — CM1-CM2 (24 élèves)"],
            [
                "Inspection",
                "Inspection en classe le 14 novembre 2025 et entretien — M. Philippe Ogier, IEN de la circonscription de Châtellerault 2",
            ],
        ],
    ),
    ("h", "Appréciation des compétences"),
    (
        "table",
        [
            ["Compétence", "À consolider", "Satisfaisant", "Très satisfaisant", "Excellent"],
            ["Maîtriser les savoirs disciplinaires et leur didactique", "X", "", "", ""],
            ["Construire et mettre en œuvre des situations d'apprentissage", "X", "", "", ""],
            ["Organiser un cadre propice aux apprentissages et à la socialisation", "X", "", "", ""],
            ["Évaluer les progrès des élèves", "", "X", "", ""],
            ["Coopérer au sein d'une équipe", "X", "", "", ""],
            ["Agir en éducateur responsable et selon des principes éthiques", "", "X", "", ""],
        ],
    ),
    ("h", "Appréciation générale de l'inspecteur"),
    (
        "p",
        "La séance observée (fractions décimales) manquait de structuration : consigne imprécise, absence de trace écrite, nombreux élèves inactifs pendant vingt minutes. Les cahiers ne sont pas corrigés depuis la mi-octobre. Plusieurs familles se sont plaintes auprès de la directrice de la tenue de la classe et de remarques humiliantes à l'égard de deux élèves. L'enseignant reconnaît des difficultés, qu'il attribue à la charge du double niveau, et se montre peu réceptif aux conseils de la conseillère pédagogique. Un accompagnement individuel est proposé (six visites au second trimestre) ; une nouvelle inspection aura lieu en fin d'année.",
    ),
    (
        "p",
        "Observations de l'enseignant : « Je conteste la mention relative aux remarques humiliantes, qui repose sur des propos rapportés. »",
    ),
    ("p", "Avis final du DASEN pour l'accélération d'échelon : non retenu."),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s007_tableau_suivi_siao_semaine.html"] = (
    "SIAO 86 — suivi des demandes d'hébergement, semaine 47",
    """
<h1>SIAO de la Vienne — Commission d'orientation hebdomadaire</h1>
<p>Semaine 47 (17-23 novembre 2025) — tableau partagé avec la DDETS (pôle hébergement) et les structures. Mise à jour : C. Rambaud, coordinatrice.</p>
<table>
<tr><th>Réf.</th><th>Demandeur(s)</th><th>Composition</th><th>Situation signalée</th><th>Orientation / statut</th></tr>
<tr><td>2025-1142</td><td>Mme N. T.</td><td>Mère + 2 enfants (3 ans, 8 mois)</td><td>Départ du domicile conjugal le 16/11 après violences ; hébergée une nuit par une amie à Buxerolles. Plainte déposée.</td><td>Orientée CHRS Le Toit du Monde (places VIF) — entrée le 19/11</td></tr>
<tr><td>2025-1147</td><td>M. J.-P. G., 58 ans</td><td>Isolé</td><td>Sortie d'hospitalisation au CH Laborit prévue le 21/11 ; pas de logement depuis expulsion en juin ; traitement injectable mensuel.</td><td>En attente — pension de famille Montmorillon (dossier incomplet : pas de relevé de droits AAH)</td></tr>
<tr><td>2025-1150</td><td>M. et Mme B.</td><td>Couple + 4 enfants</td><td>Déboutés du droit d'asile (CNDA 10/2025), fin de prise en charge HUDA au 30/11.</td><td>Pas de place famille ; 115 mise à l'abri hôtel Châtellerault — signalement DDETS</td></tr>
<tr><td>2025-1153</td><td>Mme A. K., 19 ans</td><td>Isolée, enceinte (7e mois)</td><td>Sortie ASE (fin contrat jeune majeur) ; dort dans sa voiture.</td><td>Orientée centre maternel Les Lucioles — entrée le 24/11</td></tr>
<tr><td>2025-1158</td><td>M. D. R., 34 ans</td><td>Isolé</td><td>Sortant de détention le 20/11 (CP Vivonne), SPIP demandeur.</td><td>Place ALT Poitiers confirmée</td></tr>
<tr><td>2025-1161</td><td>M. S. M.</td><td>Père + 1 enfant (11 ans)</td><td>Incendie du logement (rue de la Marne) ; assurance non à jour.</td><td>Hébergement temporaire CCAS Poitiers — 15 jours</td></tr>
</table>
<p>Demandes non pourvues cette semaine : 23 (dont 9 familles). Taux d'occupation du parc : 101 %.</p>
""",
)

HTML_PAGES["s018_ars_enquete_autour_cas.html"] = (
    "ARS — délégation départementale — enquête autour d'un cas",
    """
<h1>ARS Bourgogne-Franche-Comté — Délégation départementale du Doubs</h1>
<h2>Fiche d'investigation — enquête autour d'un cas de tuberculose pulmonaire</h2>
<p><strong>Date de la déclaration obligatoire :</strong> 3 mars 2025 — <strong>déclarant :</strong> service de pneumologie, CHU Jean-Minjoz</p>
<table>
<tr><th>Cas index</th><td>M. Sékou Camara, 41 ans, agent d'entretien, résident du foyer de travailleurs Adoma, rue de Vesoul, Besançon (chambre 217)</td></tr>
<tr><th>Forme</th><td>Tuberculose pulmonaire bacillifère (examen direct positif), sensible aux antituberculeux</td></tr>
<tr><th>Début des symptômes</th><td>Toux depuis environ décembre 2024</td></tr>
<tr><th>Co-infection</th><td>Sérologie VIH positive découverte à l'occasion de l'hospitalisation — information du patient faite par le médecin</td></tr>
</table>
<h3>Sujets contacts identifiés</h3>
<ul>
<li>Voisins de palier et utilisateurs de la cuisine collective du 2e étage : 14 personnes ;</li>
<li>Collègues de l'entreprise de nettoyage (équipe de nuit, site de la gare Viotte) : 6 personnes ;</li>
<li>Entourage familial : épouse et deux enfants résidant au Mali — non concernés par le dépistage en France.</li>
</ul>
<p>Dépistage organisé par le CLAT du Doubs au foyer le 12 mars (radiographie et IGRA). L'employeur sera informé de la nécessité d'un dépistage sans communication de l'identité du cas ni de son diagnostic, conformément au secret médical ; le gestionnaire du foyer est sollicité pour la liste des résidents du 2e étage.</p>
<p>Rédactrice : Dr Mathilde Roussel, médecin inspectrice de santé publique.</p>
""",
)

HTML_PAGES["s019_consignes_acces_surete_prefecture.html"] = (
    "Consignes de sûreté — site préfecture",
    """
<p><strong>DIFFUSION RESTREINTE — Réservé aux agents d'accueil, au prestataire de gardiennage et à l'astreinte logistique</strong></p>
<h1>Préfecture de la Creuse — Consignes permanentes de sûreté du site (mise à jour n° 7)</h1>
<h2>1. Accès</h2>
<ul>
<li>Portail véhicules rue de la Préfecture : ouverture par badge ; code de secours du boîtier : 2319, à saisir suivi de la touche « V ».</li>
<li>Porte piétonne du bâtiment B (cour d'honneur) : badge seul de 7 h à 19 h ; hors plage, badge + code 7744.</li>
<li>Salle du COD (sous-sol bâtiment A) : badge nominatif + clé détenue par le cadre d'astreinte ; double de la clé dans le coffre du PC sécurité (combinaison connue du chef de poste et du SIDPC).</li>
</ul>
<h2>2. Rondes</h2>
<p>Rondes du gardien de nuit à 21 h, 23 h 30, 2 h et 5 h ; le pointage des bornes est contrôlé chaque lundi. Le parking arrière n'est couvert par aucune caméra entre la borne 4 et le local poubelles (angle mort signalé, travaux prévus en 2026).</p>
<h2>3. Alerte</h2>
<p>Bouton d'alarme silencieuse sous les banques d'accueil 1 et 3, relié au commissariat de Guéret. En cas d'intrusion, mot de code à prononcer au standard : « dossier Tulipe ».</p>
<h2>4. Résidence préfectorale</h2>
<p>Le préfet réside dans l'aile est ; l'alarme de la résidence est distincte et son code n'est détenu que par le cabinet.</p>
""",
)

HTML_PAGES["s022_revue_presse_cabinet.html"] = (
    "Revue de presse du cabinet — 14 janvier 2025",
    """
<h1>Préfecture du Morbihan — Revue de presse quotidienne</h1>
<p>Diffusion : cabinet, sous-préfets, directeurs départementaux. Sélection et reproduction : service communication.</p>
<h2>À la une</h2>
<p><em>La Gazette de Lorient, édition du 14 janvier 2025, page 3 — article reproduit intégralement</em></p>
<h3>Pontivy : la sous-préfecture, un guichet qui se vide</h3>
<p>Par Maëlle Kerhervé</p>
<p>Il est 9 heures, ce mardi, et la salle d'attente de la sous-préfecture de Pontivy sonne creux. Deux chaises en plastique, une borne numérique qui affiche « service momentanément indisponible », et Jean-Claude, 74 ans, venu de Cléguérec pour « comprendre pourquoi sa carte grise n'arrive pas ». L'agente qui le reçoit, aimable, lui explique qu'ici, on ne fait plus les cartes grises. « Il faut aller sur internet, monsieur. » Jean-Claude n'a pas internet.</p>
<p>Depuis la réforme du plan préfectures nouvelle génération, la sous-préfecture a vu ses missions se recentrer sur l'ingénierie territoriale et l'accompagnement des élus. Une évolution que défend le sous-préfet, qui parle d'un « État plus proche des projets ». Mais dans les bourgs du Centre-Bretagne, l'impression dominante est celle d'un éloignement. « On a perdu la trésorerie, la gendarmerie a réduit ses horaires, et maintenant ça », soupire la maire d'une commune voisine.</p>
<p>À l'espace France Services installé dans l'ancienne poste, la conseillère reçoit jusqu'à trente personnes par jour. Permis de conduire, titres de séjour, dossiers de retraite : « Les gens viennent avec tout ce que l'administration ne sait plus leur expliquer », résume-t-elle. Un constat que partage l'association des maires ruraux, qui réclame depuis deux ans le maintien d'un accueil physique pour les démarches liées aux titres.</p>
<p>Le préfet, interrogé, rappelle que « plus de 90 % des démarches sont désormais réalisées en ligne sans difficulté » et annonce le déploiement de deux médiateurs numériques supplémentaires au printemps. Jean-Claude, lui, est reparti avec un numéro de téléphone. Il l'appellera « quand sa petite-fille passera ».</p>
<p>© La Gazette de Lorient — tous droits réservés. Reproduction interdite sans autorisation.</p>
<h2>Autres titres</h2>
<ul><li>L'Écho de Vannes : « Loi littoral : le préfet saisit le tribunal » (lien intranet, non reproduit).</li></ul>
""",
)

HTML_PAGES["s024_courriel_caf_prefecture_apl.html"] = (
    "TR: Situation allocataire — maintien APL — CFP",
    """
<p><strong>De :</strong> CAF de l'Oise — Pôle partenaires logement<br>
<strong>À :</strong> Préfecture de l'Oise — Bureau de la prévention des expulsions<br>
<strong>Date :</strong> 7 octobre 2025<br>
<strong>Objet :</strong> RE: Demande de concours — M. Benali Youcef — dossier 60-CFP-2025-0412</p>
<p>Madame,</p>
<p>En réponse à votre demande du 2 octobre, je vous confirme les éléments suivants sur la situation de l'allocataire (matricule 60 1170 ***) :</p>
<table>
<tr><th>Prestation</th><th>Montant</th><th>Statut</th></tr>
<tr><td>Aide personnalisée au logement</td><td>312 €/mois</td><td>Suspendue depuis le 1er juin 2025 (impayé non régularisé, plan d'apurement non respecté)</td></tr>
<tr><td>RSA socle (personne seule)</td><td>635,71 €/mois</td><td>Versé</td></tr>
<tr><td>Prime d'activité</td><td>—</td><td>Fin de droits mars 2025</td></tr>
</table>
<p>Le signalement d'impayé effectué par le bailleur fait apparaître une dette de 3 780 €. L'allocataire nous a indiqué par téléphone avoir perdu son emploi de chauffeur en février et ne pas avoir pu faire face ; il dit dormir chez son frère une partie de la semaine, ce qui pourrait avoir une incidence sur son droit au RSA et fera l'objet d'une vérification.</p>
<p>Le maintien de l'APL pourra être rétabli en cas de signature d'un nouveau plan d'apurement avec Oise Habitat avant la commission du 20 octobre.</p>
<p>Cordialement,<br>Virginie Lheureux — Conseillère partenaires, CAF de l'Oise</p>
""",
)

HTML_PAGES["s027_etat_placements_retention.html"] = (
    "État des placements en rétention — semaine 14",
    """
<h1>Préfecture de la Vienne — Bureau de l'éloignement</h1>
<h2>État hebdomadaire des placements en rétention administrative (semaine 14 — 2025)</h2>
<table>
<tr><th>Nom</th><th>Nationalité</th><th>Mesure</th><th>CRA</th><th>Date placement</th><th>Observations</th></tr>
<tr><td>M. BOUAZIZ Karim</td><td>Algérienne</td><td>OQTF sans délai 12/03/2025</td><td>Rennes-Saint-Jacques</td><td>31/03</td><td>Laissez-passer consulaire demandé ; audition consulaire le 08/04</td></tr>
<tr><td>M. POPESCU Marian</td><td>Roumaine</td><td>Décision de fin de séjour (UE)</td><td>Rennes-Saint-Jacques</td><td>01/04</td><td>Vol Bucarest réservé le 05/04</td></tr>
<tr><td>M. OKAFOR Emeka</td><td>Nigériane</td><td>OQTF 30 jours non exécutée</td><td>Bordeaux</td><td>02/04</td><td>Insulinodépendant : demande d'avis du médecin de l'UMCRA sur la compatibilité ; JLD le 04/04</td></tr>
<tr><td>M. HAKOBYAN Arman</td><td>Arménienne</td><td>Transfert Dublin (Pologne)</td><td>Rennes-Saint-Jacques</td><td>03/04</td><td>Refus d'embarquer le 04/04 ; nouvel escorte à programmer</td></tr>
<tr><td>M. DIOP Cheikh</td><td>Sénégalaise</td><td>OQTF + IRTF 2 ans</td><td>—</td><td>—</td><td>Libéré par le JLD le 02/04 (irrégularité de la procédure de retenue) ; assignation à résidence à Châtellerault</td></tr>
</table>
<p>Taux d'éloignement effectif sur les placements du trimestre : 46 %.</p>
""",
)

HTML_PAGES["s034_fiche_liaison_parcours_insertion.html"] = (
    "Fiche de liaison — parcours d'insertion",
    """
<h1>Fiche de liaison référent RSA — service public de l'insertion et de l'emploi</h1>
<p>Creuse — pilotage conjoint conseil départemental / DDETS / France Travail. Fiche transmise à l'équipe pluridisciplinaire du 6 mai 2025 (secteur Aubusson).</p>
<table>
<tr><th>Bénéficiaire</th><td>M. Ludovic Chaumeil, 47 ans, Felletin</td></tr>
<tr><th>Droit</th><td>RSA socle depuis 2019 — personne seule</td></tr>
<tr><th>Référent</th><td>Mme Coralie Parot, travailleuse sociale, MDS d'Aubusson</td></tr>
<tr><th>Motif du passage en EP</th><td>Absence à trois rendez-vous d'accompagnement ; proposition de réorientation du parcours « emploi » vers le parcours « social »</td></tr>
</table>
<h2>Éléments de situation</h2>
<p>Ancien ouvrier de la filature, licencié en 2018. Depuis la rentrée, M. Chaumeil ne se rend plus aux rendez-vous. La visite à domicile du 15 avril a permis de le rencontrer : logement très dégradé (pas de chauffage depuis la coupure de fioul en février), alimentation irrégulière. Il reconnaît « boire plus qu'avant, surtout le soir », et a accepté un premier rendez-vous à la consultation jeunes-adultes-addictions du CSAPA de Guéret, qu'il n'a pas honoré. Il dit avoir des douleurs au dos qui l'empêchent de rester debout ; une demande de RQTH avait été déposée en 2022 et refusée faute de certificat complet.</p>
<h2>Proposition du référent</h2>
<ul>
<li>Pas de sanction (réduction du RSA) : les absences s'expliquent par la situation de santé et d'isolement ;</li>
<li>réorientation vers un accompagnement social renforcé ;</li>
<li>aide du fonds de solidarité énergie (demande en cours) ;</li>
<li>nouvelle demande MDPH avec l'appui du médecin traitant.</li>
</ul>
<p>Avis de l'équipe pluridisciplinaire : favorable à l'unanimité.</p>
""",
)

HTML_PAGES["s041_bilan_bureau_sejour_annexes.html"] = (
    "Bureau du séjour — bilan du premier semestre 2025",
    """
<h1>Préfecture du Doubs — Direction des migrations et de l'intégration</h1>
<h2>Bilan d'activité du bureau du séjour — 1er semestre 2025</h2>
<p>Document destiné au comité de direction du 10 juillet 2025.</p>
<h3>1. Chiffres clés</h3>
<table>
<tr><th>Indicateur</th><th>S1 2024</th><th>S1 2025</th></tr>
<tr><td>Premières demandes de titre déposées (ANEF)</td><td>2 914</td><td>3 206</td></tr>
<tr><td>Renouvellements instruits</td><td>6 102</td><td>6 588</td></tr>
<tr><td>Délai moyen d'instruction (jours)</td><td>94</td><td>71</td></tr>
<tr><td>Refus avec OQTF</td><td>412</td><td>498</td></tr>
<tr><td>Admissions exceptionnelles au séjour (travail)</td><td>61</td><td>48</td></tr>
</table>
<h3>2. Faits marquants</h3>
<p>La bascule des titres étudiants sur l'ANEF est achevée. La plateforme téléphonique a traité 18 400 appels ; le taux de décroché reste insuffisant (62 %). Les recours gracieux ont diminué de 9 %.</p>
<h3>3. Contentieux</h3>
<p>Le tribunal administratif de Besançon a annulé 14 % des refus de séjour contestés, principalement pour défaut d'examen de la situation familiale.</p>
<h3>Annexe 2 — Dossiers signalés au cabinet (suivi individualisé)</h3>
<table>
<tr><th>Usager</th><th>Motif du signalement</th><th>État</th></tr>
<tr><td>Mme Lindita Krasniqi (Kosovo)</td><td>Intervention d'un parlementaire ; mère de trois enfants scolarisés à Besançon, déboutée de l'asile, conjoint incarcéré à Besançon pour violences</td><td>Examen au titre de l'art. L. 423-23 ; APS de 6 mois délivrée</td></tr>
<tr><td>M. Hamza Ouertani (Tunisie)</td><td>Fiché pour des faits de violences sur personne dépositaire de l'autorité publique en 2023 ; demande de carte pluriannuelle « salarié »</td><td>Refus envisagé pour menace à l'ordre public — contradictoire en cours</td></tr>
<tr><td>M. Jean-Baptiste Mbala (RDC)</td><td>Médiatisation (apprenti boulanger soutenu par son employeur à Ornans)</td><td>Titre « salarié » délivré le 02/05</td></tr>
</table>
""",
)

HTML_PAGES["s043_rapport_visite_cdsp.html"] = (
    "Commission départementale des soins psychiatriques — rapport de visite",
    """
<h1>Commission départementale des soins psychiatriques de l'Oise</h1>
<h2>Rapport de visite — centre hospitalier interdépartemental de Clermont, 21 mai 2025</h2>
<p>Membres présents : Dr Arnaud Lefèvre, psychiatre ; Me Catherine Nouvel, avocate ; Mme Josiane Mercier, représentante de l'UNAFAM ; M. Didier Poncelet, représentant de la FNAPSY.</p>
<h3>Observations générales</h3>
<p>La commission a visité les unités Les Tilleuls (secteur 60G05) et Les Érables (unité fermée d'admission). Elle relève l'amélioration de l'affichage des droits, mais constate que les chambres d'isolement de l'unité Les Érables ne disposent toujours pas d'un bouton d'appel et que le registre d'isolement et de contention est renseigné de manière incomplète.</p>
<h3>Entretiens individuels</h3>
<p>La commission a reçu, à leur demande, trois patients.</p>
<p>M. R. D., hospitalisé sur décision du représentant de l'État depuis mars 2024 après une agression de sa mère, chambre 12 de l'unité Les Érables, conteste la poursuite de la mesure ; il indique n'avoir eu qu'une permission de sortie en un an et dit que son traitement (clozapine) lui « vole ses journées ». Le psychiatre de l'unité, rencontré ensuite, évoque une amélioration récente et un projet de programme de soins pour l'été.</p>
<p>Mme L. P., 23 ans, admise en péril imminent le 2 mai à la suite d'une tentative de suicide, se plaint d'avoir été placée à l'isolement à son arrivée pendant 36 heures sans explication ; elle souhaite saisir le JLD. La commission a vérifié la décision d'isolement et transmet l'observation à la direction.</p>
<p>Le troisième patient n'a pas souhaité que ses observations figurent au rapport.</p>
<h3>Recommandations</h3>
<ul><li>Installer des dispositifs d'appel dans les chambres d'isolement ;</li><li>assurer la traçabilité complète des mesures d'isolement ;</li><li>informer systématiquement les patients de la possibilité de saisir le JLD.</li></ul>
""",
)

HTML_PAGES["s050_tableau_decharges_activite_syndicale.html"] = (
    "Décharges d'activité de service — 2025",
    """
<h1>DDETS du Morbihan — Secrétariat général</h1>
<h2>Répartition des décharges d'activité de service (DAS) et autorisations d'absence — année 2025</h2>
<p>Document de gestion — pôle RH. Crédit de temps syndical notifié par le ministère aux organisations ; répartition nominative communiquée par les organisations le 15 janvier 2025.</p>
<table>
<tr><th>Agent</th><th>Service</th><th>Organisation</th><th>Quotité de DAS</th><th>Mandat</th></tr>
<tr><td>Mme Nolwenn Le Pallec</td><td>Inspection du travail, section 3</td><td>SNTEFP-CGT</td><td>50 %</td><td>Secrétaire départementale</td></tr>
<tr><td>M. Fabrice Moisan</td><td>Pôle cohésion sociale</td><td>SUD Travail Affaires sociales</td><td>20 %</td><td>Délégué, représentant au CSA</td></tr>
<tr><td>Mme Hélène Caradec</td><td>Secrétariat général</td><td>UNSA ITEFA</td><td>10 %</td><td>Trésorière de section</td></tr>
<tr><td>M. Kévin Pondaven</td><td>Pôle économie-emploi</td><td>CFDT Interco</td><td>10 %</td><td>Adhérent, formation syndicale (12 jours)</td></tr>
</table>
<p>Les autorisations d'absence au titre de l'article 15 du décret n° 82-447 sont décomptées séparément.</p>
""",
)

HTML_PAGES["s060_bulletin_interne_depeches.html"] = (
    "L'Écho des services — bulletin interne n° 112",
    """
<h1>L'Écho des services — bulletin interne de la préfecture de Saône-et-Loire</h1>
<p>Numéro 112 — février 2025</p>
<h2>Le département vu par la presse</h2>
<p>Nous reproduisons ci-dessous la dépêche de l'agence qui a été reprise par l'ensemble des titres régionaux le 3 février :</p>
<blockquote>
<p>« MÂCON, 3 fév 2025 (Agence Centre-Presse) — La Saône est sortie de son lit lundi matin à Mâcon, pour la troisième fois en six semaines, inondant les quais et plusieurs caves du quartier Saint-Laurent, a constaté un journaliste de l'agence. Le préfet a activé le centre opérationnel départemental dans la nuit. “La décrue n'est pas attendue avant jeudi”, a déclaré à l'agence un responsable de Vigicrues, qui évoque “un épisode comparable à celui de 2018”. À Tournus, une quarantaine d'habitants ont été évacués par les pompiers. Les agriculteurs du Val de Saône redoutent des pertes importantes sur les parcelles de blé d'hiver. » (© Agence Centre-Presse, reproduction soumise à abonnement)</p>
</blockquote>
<p><strong>Photo de couverture :</strong> Les quais de Mâcon sous les eaux, le 3 février au matin. Photo : Lucas Verdier / Agence Centre-Presse — tous droits réservés.</p>
<h2>Vie des services</h2>
<p>Le bureau de la communication rappelle que les photos d'agence utilisées dans ce bulletin sont soumises à l'abonnement de la préfecture, limité à l'usage interne.</p>
<h2>Carnet</h2>
<p>Bienvenue à Mme Anaïs Drouot, nouvelle adjointe au chef du SIDPC.</p>
""",
)

HTML_PAGES["s061_suivi_saisies_armes_semestre.html"] = (
    "Pôle armes — suivi des procédures de dessaisissement",
    """
<h1>Préfecture de la Vienne — Pôle armes</h1>
<h2>Tableau de suivi des procédures de dessaisissement et inscriptions FINIADA — 2e semestre 2025</h2>
<table>
<tr><th>N°</th><th>Détenteur</th><th>Commune</th><th>Origine de la procédure</th><th>Armes</th><th>État</th></tr>
<tr><td>25-041</td><td>M. Raymond Giraudeau</td><td>Lussac-les-Châteaux</td><td>Signalement du médecin traitant (art. L. 312-6-1 CSI) : troubles cognitifs évolutifs, épisodes de désorientation</td><td>3 fusils</td><td>Armes remises par le fils le 12/08 ; inscription FINIADA</td></tr>
<tr><td>25-044</td><td>M. Anthony Roblin</td><td>Jaunay-Marigny</td><td>Condamnation pour violences conjugales (TC Poitiers 03/07/2025), interdiction de détenir une arme 5 ans</td><td>1 carabine</td><td>Saisie par la gendarmerie le 18/07</td></tr>
<tr><td>25-047</td><td>Mme Véronique Thébault</td><td>Loudun</td><td>Hospitalisation en soins à la demande d'un tiers (juillet 2025)</td><td>1 revolver (tir sportif)</td><td>Contradictoire en cours ; l'intéressée conteste</td></tr>
<tr><td>25-052</td><td>M. Franck Delhomme</td><td>Civray</td><td>Menaces de mort sur les réseaux sociaux à l'encontre du maire ; garde à vue le 02/09</td><td>2 fusils, 1 arme cat. B</td><td>Saisie administrative ; arrêté du 04/09</td></tr>
</table>
""",
)

HTML_PAGES["s063_courriel_reorganisation_accueil.html"] = (
    "Réorganisation de l'accueil général et des guichets — propositions",
    """
<p><strong>De :</strong> Mathieu Vergnaud, chef du service de l'accueil et des usagers, préfecture de l'Aude<br>
<strong>À :</strong> Secrétaire générale ; directrice de la citoyenneté et de la légalité<br>
<strong>Cc :</strong> chefs de bureau DCL ; responsable SGCD-RH<br>
<strong>Date :</strong> lundi 1er septembre 2025, 18:47<br>
<strong>Objet :</strong> Réorganisation de l'accueil général et des guichets à partir du 15 septembre — propositions</p>

<p>Madame la Secrétaire générale, Madame la Directrice,</p>

<p>Comme convenu lors du comité de direction du 28 août, je vous adresse mes propositions pour la réorganisation de l'accueil général et des guichets à compter du 15 septembre. Elles tiennent compte de la fin des renforts estivaux, de l'ouverture du nouveau point d'accueil numérique et du calendrier chargé de l'automne (campagne étudiante, préparation des municipales). Je les ai discutées vendredi avec les chefs de bureau concernés et avec les agents en réunion de service ; leurs remarques sont intégrées.</p>

<h2>1. Constat</h2>
<p>La fréquentation de l'accueil général est revenue à son niveau d'avant 2020 : 310 visiteurs par jour en moyenne sur juin et juillet, avec des pics à 480 les lundis. La part des usagers venant sans rendez-vous pour des démarches « titres » (cartes grises, permis, séjour) reste majoritaire (58 %), alors même que ces démarches sont dématérialisées. Le temps d'attente moyen à l'accueil général dépasse 35 minutes le lundi matin. Les agents signalent une hausse des tensions, avec deux incidents ayant nécessité l'intervention de l'agent de sécurité en juillet.</p>
<p>Côté étrangers, le nombre de rendez-vous de remise de titres a augmenté de 22 % par rapport à l'an dernier, du fait de la résorption du stock sur l'ANEF. Les guichets 5 à 8 sont saturés le matin et quasiment vides l'après-midi.</p>

<h2>2. Principes de la réorganisation</h2>
<ul>
<li>Créer un « pré-accueil » tenu en permanence par un agent, chargé d'orienter les visiteurs dès l'entrée et de réorienter vers le point numérique ceux qui peuvent être accompagnés sur place ;</li>
<li>étaler les rendez-vous de remise de titres sur la journée (créneaux de 14 h à 16 h ouverts dès la semaine 38) ;</li>
<li>rendre polyvalents deux agents de l'accueil général sur la remise des titres de séjour, après formation de deux jours par le bureau du séjour ;</li>
<li>maintenir une fermeture au public le mercredi après-midi, consacrée au traitement des courriers et des courriels.</li>
</ul>

<h2>3. Affectations proposées</h2>
<table>
<tr><th>Poste</th><th>Titulaire proposé</th><th>Observations</th></tr>
<tr><td>Pré-accueil (matin)</td><td>Sabrina Fabre</td><td>Volontaire ; formation « accueil des publics difficiles » suivie en juin</td></tr>
<tr><td>Pré-accueil (après-midi)</td><td>Jérôme Albert</td><td>En alternance avec le standard</td></tr>
<tr><td>Accueil général, banque 1</td><td>Karine Teisseire</td><td>Voir point 4</td></tr>
<tr><td>Accueil général, banque 2</td><td>Patrick Sanchez</td><td>Référent caisse (timbres fiscaux)</td></tr>
<tr><td>Point numérique</td><td>Léa Marty (volontaire en service civique) + médiateur France Services les mardis</td><td>Sous l'encadrement de Jérôme</td></tr>
<tr><td>Remise de titres (guichets 5 et 6)</td><td>Hakim Djebbari, Nadia Roques</td><td>Formation bureau du séjour les 9 et 10 septembre</td></tr>
<tr><td>Standard</td><td>Monique Delpech</td><td>Inchangé</td></tr>
</table>

<h2>4. Situations individuelles à prendre en compte</h2>
<p>Deux situations conduisent à ajuster les postes. D'une part, Patrick part à la retraite au 31 janvier : il faudra anticiper son remplacement dès la campagne de mobilité d'octobre, faute de quoi la caisse n'aura plus de référent. D'autre part, Karine, à qui je pensais confier le pré-accueil du matin, m'a informé la semaine dernière qu'elle attend un enfant pour février ; son médecin lui a déconseillé la station debout prolongée et l'exposition aux situations de tension, d'autant qu'elle a déjà eu des complications lors d'une précédente grossesse. Je propose donc de la maintenir sur la banque 1, assise, avec une affectation prioritaire sur le traitement des courriels à partir de décembre, et de solliciter dès maintenant le SGCD pour un renfort contractuel au premier trimestre. Karine est d'accord pour que la secrétaire générale et la RH soient informées, mais souhaite l'annoncer elle-même à l'équipe ; merci d'en tenir compte.</p>

<h2>5. Sécurité</h2>
<p>Je renouvelle ma demande d'un second agent de sécurité le lundi matin, sur le marché de gardiennage en cours. Le bouton d'appel de la banque 2 est défectueux depuis juillet ; une intervention est commandée.</p>

<h2>6. Calendrier</h2>
<ul>
<li>3 septembre : présentation au CSA (information) ;</li>
<li>9-10 septembre : formation des agents polyvalents ;</li>
<li>15 septembre : mise en œuvre ;</li>
<li>fin octobre : premier bilan (temps d'attente, nombre d'incidents, satisfaction usagers via les bornes).</li>
</ul>

<h2>7. Communication aux usagers</h2>
<p>Je propose une actualité sur le site internet et un affichage à l'entrée à partir du 8 septembre, annonçant l'ouverture des créneaux d'après-midi pour la remise des titres et l'accompagnement au point numérique. Un message sera également transmis aux mairies et aux espaces France Services du département.</p>

<p>Je reste à votre disposition pour en discuter avant le CSA.</p>
<p>Bien cordialement,<br>Mathieu Vergnaud<br>Chef du service de l'accueil et des usagers<br>Préfecture de l'Aude — 52 rue Jean-Bringer, Carcassonne</p>
""",
)

HTML_PAGES["s070_instruction_mutation_licence.html"] = (
    "Instruction — déclaration de mutation d'une licence de 4e catégorie",
    """
<h1>Mairie de Vannes — Service réglementation / Préfecture du Morbihan — Bureau des polices administratives</h1>
<h2>Fiche d'instruction conjointe — mutation de licence IV</h2>
<table>
<tr><th>Établissement</th><td>Bar « Le Kerlann », 4 place des Lices, Vannes</td></tr>
<tr><th>Cédant</th><td>SARL Les Lices (gérant : M. Yves Le Roux)</td></tr>
<tr><th>Nouvel exploitant déclaré</th><td>M. Anthony Gourvès, né en 1987, exploitant en nom propre</td></tr>
<tr><th>Permis d'exploitation</th><td>Délivré le 12/06/2025 (organisme agréé UMIH Formation)</td></tr>
</table>
<h3>Vérifications</h3>
<ul>
<li>Bulletin n° 2 du casier judiciaire : une mention — condamnation du 15/01/2020 par le tribunal correctionnel de Lorient à 4 mois d'emprisonnement avec sursis pour conduite sous l'empire d'un état alcoolique en récidive et refus d'obtempérer.</li>
<li>L'article L. 3336-2 du code de la santé publique n'interdit l'exploitation qu'en cas de condamnation pour crime de droit commun ou pour certains délits (vol, escroquerie, recel, proxénétisme…) : la condamnation de l'intéressé n'entre pas dans la liste.</li>
<li>Consultation du commissariat : l'intéressé a été mis en cause en 2022 pour une rixe à la sortie d'un établissement de Lorient (classement sans suite).</li>
</ul>
<h3>Avis</h3>
<p>Pas d'incapacité légale. Récépissé de déclaration à délivrer. Un courrier de rappel des obligations (horaires, prévention de l'ivresse publique) sera adressé à M. Gourvès, et l'établissement sera inscrit au programme de contrôles de la police municipale pour le premier trimestre.</p>
""",
)

HTML_PAGES["s073_rapport_controle_chantier_detaches.html"] = (
    "Contrôle d'un chantier — travailleurs détachés",
    """
<h1>DDETS de la Vienne — Unité régionale d'appui et de contrôle du travail illégal</h1>
<h2>Rapport de contrôle — chantier de la résidence « Les Jardins du Clain », Poitiers</h2>
<p>Contrôle conjoint DDETS / URSSAF / police aux frontières du 24 juin 2025, 7 h 30.</p>
<h3>Constats</h3>
<p>Sur le lot gros œuvre, sous-traité par la SAS Bâti-Centre à la société portugaise Construções Minho Lda, 11 ouvriers présents. Déclarations préalables de détachement SIPSI : 7 sur 11.</p>
<table>
<tr><th>Salarié</th><th>Nationalité déclarée</th><th>Observations</th></tr>
<tr><td>M. Joaquim Pereira</td><td>Portugaise</td><td>Chef d'équipe ; détachement déclaré</td></tr>
<tr><td>M. Rui Santos</td><td>Portugaise</td><td>Détachement déclaré ; bulletins de paie à 4,80 €/h net</td></tr>
<tr><td>M. Adilson Tavares</td><td>Cap-verdienne</td><td>Titre de séjour portugais expiré depuis 2024 ; pas d'autorisation de travail en France — placé en retenue par la PAF</td></tr>
<tr><td>M. Ivan Petrov</td><td>Bulgare</td><td>Non déclaré ; dit travailler 60 heures par semaine sans repos le samedi</td></tr>
<tr><td>M. Mihai Lungu</td><td>Moldave</td><td>Passeport conservé par l'employeur selon ses dires ; aucun contrat</td></tr>
</table>
<h3>Hébergement</h3>
<p>Les salariés sont logés à neuf dans une maison de 70 m² à Saint-Benoît, louée par l'employeur, avec retenue de 300 € par mois et par personne sur le salaire ; matelas au sol, une seule salle d'eau. Un signalement est adressé au maire de Saint-Benoît et à l'ARS (habitat indigne).</p>
<h3>Suites</h3>
<p>Procès-verbaux pour travail dissimulé, emploi d'étranger sans titre et soumission à des conditions d'hébergement incompatibles avec la dignité humaine ; demande de suspension de la prestation de services internationale adressée au préfet ; information du maître d'ouvrage au titre de son obligation de vigilance.</p>
""",
)

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p079_guide_prevention_expulsions.docx"] = [
    ("title", "Prévenir l'expulsion locative — guide à l'usage des locataires et des travailleurs sociaux"),
    ("p", "Préfecture de l'Oise — DDETS — CCAPEX de l'Oise. Édition 2025."),
    ("h", "1. Dès le premier impayé"),
    (
        "p",
        "Un impayé de loyer n'est jamais anodin. Dès le premier mois, le locataire a intérêt à contacter son bailleur pour proposer un échéancier, et à prévenir la CAF ou la MSA s'il perçoit une aide au logement : le bailleur doit signaler l'impayé à l'organisme payeur, qui peut maintenir l'aide si un plan d'apurement est signé et respecté.",
    ),
    (
        "p",
        "Les travailleurs sociaux du département (maisons départementales de la solidarité) et des CCAS peuvent aider à constituer un dossier auprès du fonds de solidarité pour le logement (FSL), qui accorde des aides ou des prêts pour résorber une dette locative.",
    ),
    ("h", "2. Les étapes de la procédure"),
    (
        "table",
        [
            ["Étape", "Ce qui se passe", "Délai indicatif", "Qui peut aider"],
            [
                "Commandement de payer",
                "Le commissaire de justice demande le paiement de la dette ; la CCAPEX est informée",
                "6 semaines pour payer",
                "Travailleur social, FSL, ADIL",
            ],
            [
                "Assignation devant le juge",
                "Le bailleur demande la résiliation du bail ; un diagnostic social et financier est réalisé",
                "Audience au moins 6 semaines après",
                "Avocat (aide juridictionnelle), point-justice",
            ],
            [
                "Jugement",
                "Le juge peut accorder des délais de paiement jusqu'à 3 ans et suspendre la clause résolutoire",
                "—",
                "—",
            ],
            [
                "Commandement de quitter les lieux",
                "Le locataire doit partir dans un délai de 2 mois, sauf délais accordés par le juge",
                "2 mois",
                "Juge de l'exécution, commission de médiation DALO",
            ],
            [
                "Concours de la force publique",
                "Le préfet décide d'accorder ou non le concours des forces de l'ordre ; une enquête sociale est réalisée",
                "Pas d'expulsion pendant la trêve hivernale (1er novembre – 31 mars)",
                "CCAPEX, SIAO",
            ],
        ],
    ),
    ("h", "3. Situations particulières"),
    (
        "p",
        "Surendettement : le dépôt d'un dossier à la Banque de France et sa recevabilité peuvent suspendre la procédure d'expulsion, sauf si le jugement a déjà été rendu. Violences conjugales : la victime peut demander la désolidarisation du bail. Maladie ou handicap : ces situations sont prises en compte par la CCAPEX et le juge dans l'appréciation des délais.",
    ),
    ("h", "4. Contacts utiles"),
    (
        "p",
        "ADIL de l'Oise (conseil juridique gratuit) ; numéro national « SOS Loyers impayés » : 0 805 16 00 75 (appel gratuit) ; secrétariat de la CCAPEX : DDETS de l'Oise.",
    ),
]

DOCX_BLOCKS["p081_rapport_annuel_cdsp.docx"] = [
    ("title", "Commission départementale des soins psychiatriques de la Vienne — rapport d'activité 2024"),
    (
        "p",
        "Rapport établi en application de l'article L. 3223-1 du code de la santé publique, adressé au préfet, au président du tribunal judiciaire, au procureur de la République, au directeur général de l'ARS et au Contrôleur général des lieux de privation de liberté.",
    ),
    ("h", "1. Composition et fonctionnement"),
    (
        "p",
        "La commission comprend deux psychiatres, un magistrat, deux représentants d'associations agréées de personnes malades et de familles, et un médecin généraliste. Elle s'est réunie onze fois en 2024 et a effectué quatre visites d'établissements (CH Henri-Laborit à Poitiers, unités de Châtellerault et de Montmorillon, clinique du Haut-Poitou pour ses lits conventionnés).",
    ),
    ("h", "2. Données d'activité"),
    (
        "table",
        [
            ["Mode de soins", "Mesures nouvelles 2024", "Évolution"],
            ["Soins à la demande d'un tiers (dont urgence)", "612", "+ 4 %"],
            ["Soins en cas de péril imminent", "287", "+ 11 %"],
            ["Soins sur décision du représentant de l'État", "134", "– 3 %"],
            ["dont personnes détenues (art. L. 3214-3)", "29", "stable"],
            ["Programmes de soins en cours au 31/12", "246", "+ 6 %"],
        ],
    ),
    (
        "p",
        "La part des admissions en péril imminent, procédure en principe exceptionnelle, continue de progresser, ce qui traduit la difficulté croissante à identifier un tiers pour les personnes isolées. Les mesures de contention ont concerné 6 % des patients hospitalisés sans consentement, pour une durée médiane de 19 heures.",
    ),
    ("h", "3. Réclamations"),
    (
        "p",
        "La commission a reçu 41 courriers de patients ou de familles, portant principalement sur la poursuite de la mesure (18), les conditions d'isolement (9), l'accès au téléphone et aux visites (7) et les sorties de courte durée (7). Elle a rencontré 26 patients lors de ses visites.",
    ),
    ("h", "4. Recommandations"),
    (
        "p",
        "Améliorer l'information des patients sur les voies de recours devant le juge ; réduire le recours à l'isolement dans les unités d'admission ; renforcer les équipes mobiles pour limiter les admissions en péril imminent ; développer l'accès à un avocat dès l'audience devant le juge du contrôle des mesures.",
    ),
]

DOCX_BLOCKS["p084_rapport_activite_hebergement_insertion.docx"] = [
    ("title", "Rapport d'activité 2024 — Pôle cohésion sociale, hébergement et insertion"),
    ("p", "Direction départementale de l'emploi, du travail et des solidarités de la Vienne."),
    ("h", "Éditorial"),
    (
        "p",
        "L'année 2024 a été marquée par une tension sans précédent sur le dispositif d'hébergement d'urgence, par la mise en œuvre de la loi « plein emploi » et par l'accueil de nouveaux publics, notamment des familles ukrainiennes en fin de protection temporaire et des personnes déboutées du droit d'asile. Les équipes du pôle, avec les associations partenaires, ont fait face à cette situation avec un engagement qu'il convient de saluer.",
    ),
    ("h", "1. Veille sociale et hébergement d'urgence"),
    (
        "p",
        "Le 115 a reçu 41 200 appels (+ 12 %), dont 28 % n'ont pu aboutir à une proposition d'hébergement faute de place. Le parc d'hébergement généraliste compte 1 146 places au 31 décembre (CHRS, hébergement d'urgence, nuitées hôtelières, intermédiation locative), soit 78 de plus qu'en 2023. Le taux d'occupation moyen atteint 98 %.",
    ),
    (
        "table",
        [
            ["Public", "Personnes hébergées en 2024", "Part"],
            ["Hommes isolés", "1 412", "39 %"],
            ["Femmes isolées", "486", "13 %"],
            ["Familles (personnes)", "1 538", "42 %"],
            ["dont enfants mineurs", "812", "22 %"],
            ["Jeunes de 18 à 25 ans sortant de l'ASE", "214", "6 %"],
        ],
    ),
    (
        "p",
        "Les femmes victimes de violences conjugales disposent de 64 places dédiées, dont 20 ouvertes en 2024 dans le cadre du plan national ; 187 femmes et 246 enfants y ont été accueillis. Le délai moyen d'entrée est de 3 jours pour les situations de mise en danger signalées par les forces de l'ordre.",
    ),
    ("h", "2. Accès au logement"),
    (
        "p",
        "Dans le cadre du plan « Logement d'abord », 402 ménages sortant de l'hébergement ont accédé à un logement, dont 61 en logement accompagné (pensions de famille, résidences sociales). La commission de médiation DALO a reconnu 138 ménages prioritaires et urgents ; 71 % ont été relogés dans le délai légal.",
    ),
    ("h", "3. Prévention des expulsions"),
    (
        "p",
        "La CCAPEX a examiné 1 092 situations. 612 commandements de quitter les lieux ont été signifiés, 298 réquisitions de la force publique ont été déposées, 163 concours ont été accordés et 94 expulsions effectivement réalisées. L'indemnisation des bailleurs pour refus de concours s'est élevée à 412 000 €.",
    ),
    ("h", "4. Insertion par l'activité économique"),
    (
        "p",
        "Les 36 structures d'insertion par l'activité économique conventionnées ont accueilli 1 870 salariés en parcours, dont 41 % bénéficiaires du RSA, 18 % reconnus travailleurs handicapés, 12 % sous main de justice et 9 % réfugiés. Le taux de sorties dynamiques (emploi durable, emploi de transition, formation) atteint 52 %.",
    ),
    ("h", "5. Protection juridique des majeurs"),
    (
        "p",
        "Le département compte 5 840 mesures de protection (tutelles, curatelles, mesures d'accompagnement judiciaire), exercées à 62 % par les services mandataires, 29 % par les mandataires individuels et 9 % par les préposés d'établissement. Un contrôle de deux services a été réalisé en 2024.",
    ),
    ("h", "6. Intégration des étrangers primo-arrivants et des réfugiés"),
    (
        "p",
        "Le programme d'accompagnement global des bénéficiaires de la protection internationale (AGIR) a été lancé en septembre ; 284 réfugiés y sont entrés. Les actions linguistiques financées ont bénéficié à 620 personnes.",
    ),
    ("h", "Perspectives 2025"),
    (
        "p",
        "Ouverture d'une halte de nuit à Châtellerault, création de 30 places d'hébergement pour les femmes sortant de maternité sans solution, déploiement de France Travail pour l'ensemble des bénéficiaires du RSA, et poursuite de la résorption des squats et bidonvilles selon la méthode de l'instruction du 25 janvier 2018.",
    ),
]

DOCX_BLOCKS["p089_circulaire_procedure_disciplinaire_eleves.docx"] = [
    ("title", "La procédure disciplinaire dans les collèges et lycées — rappel du cadre réglementaire"),
    ("p", "DSDEN de la Creuse — Note aux chefs d'établissement du second degré — rentrée 2025."),
    ("h", "1. Principes généraux"),
    (
        "p",
        "Toute sanction doit respecter le principe de légalité (seules les sanctions prévues par l'article R. 511-13 du code de l'éducation peuvent être prononcées), le principe du contradictoire, le principe de proportionnalité et le principe d'individualisation. Une sanction ne peut viser un groupe d'élèves de manière indifférenciée.",
    ),
    ("h", "2. L'échelle des sanctions"),
    (
        "table",
        [
            ["Sanction", "Autorité compétente", "Inscription au dossier"],
            ["Avertissement", "Chef d'établissement", "Effacé à la fin de l'année"],
            ["Blâme", "Chef d'établissement", "Effacé à la fin de l'année"],
            [
                "Mesure de responsabilisation",
                "Chef d'établissement ou conseil de discipline",
                "Effacée à la fin de l'année",
            ],
            [
                "Exclusion temporaire de la classe (8 jours max.)",
                "Chef d'établissement",
                "Effacée à l'issue de l'année suivante",
            ],
            [
                "Exclusion temporaire de l'établissement (8 jours max.)",
                "Chef d'établissement ou conseil de discipline",
                "Effacée à l'issue de l'année suivante",
            ],
            ["Exclusion définitive", "Conseil de discipline", "Effacée à la fin du cycle"],
        ],
    ),
    ("h", "3. Saisine obligatoire du conseil de discipline"),
    (
        "p",
        "Le chef d'établissement est tenu d'engager une procédure disciplinaire lorsqu'un élève est l'auteur de violences verbales ou physiques à l'égard d'un membre du personnel, ou d'un acte grave à l'égard d'un autre élève. La saisine du conseil de discipline est obligatoire en cas de violence physique à l'égard d'un personnel, et en cas de harcèlement scolaire caractérisé.",
    ),
    ("h", "4. Élèves à besoins particuliers"),
    (
        "p",
        "La procédure s'applique à tous les élèves ; le conseil de discipline tient compte, dans l'appréciation de la sanction, des éventuels plans d'accompagnement (PAP, PAI, PPS). Les informations médicales éventuellement portées à la connaissance du chef d'établissement par la famille ne figurent pas dans le procès-verbal sans l'accord de celle-ci.",
    ),
    ("h", "5. Suites de l'exclusion définitive"),
    (
        "p",
        "Le DASEN est immédiatement informé afin de garantir la continuité de la scolarité des élèves soumis à l'obligation d'instruction. L'appel devant le recteur est possible dans un délai de huit jours ; la commission académique d'appel se prononce dans un délai d'un mois.",
    ),
]

DOCX_BLOCKS["p092_cr_cisppd_seance_pleniere.docx"] = [
    (
        "title",
        "Conseil départemental de prévention de la délinquance, d'aide aux victimes et de lutte contre la drogue, les dérives sectaires et les violences faites aux femmes",
    ),
    (
        "p",
        "Préfecture de la Creuse — Compte rendu de la séance plénière du 3 avril 2025, salle des fêtes de la préfecture.",
    ),
    (
        "p",
        "Sous la présidence du préfet de la Creuse, M. Sébastien Delorme, et en présence du procureur de la République, M. Benoît Gaillard, de la présidente du conseil départemental, Mme Catherine Dufaud-Lagrange, des maires des principales communes, des forces de sécurité intérieure, de la DSDEN, de l'ARS, de la PJJ, du SPIP et des associations.",
    ),
    ("h", "1. État de la délinquance"),
    (
        "p",
        "Le commandant du groupement de gendarmerie présente les chiffres 2024 : baisse des cambriolages (– 9 %), hausse des violences intrafamiliales enregistrées (+ 14 %), stabilité des infractions à la législation sur les stupéfiants. La Creuse reste l'un des départements les moins exposés à la délinquance, mais la ruralité complique l'accès des victimes aux services.",
    ),
    ("h", "2. Violences faites aux femmes"),
    (
        "p",
        "Le procureur présente le protocole de traitement des violences conjugales ; 212 plaintes ont été déposées en 2024, 31 ordonnances de protection délivrées, 9 téléphones grave danger attribués. L'association d'aide aux victimes souligne l'isolement géographique des victimes et le rôle des médecins généralistes dans le repérage. La déléguée départementale aux droits des femmes annonce l'ouverture d'une maison des femmes à Guéret.",
    ),
    ("h", "3. Prévention de la radicalisation et dérives sectaires"),
    (
        "p",
        "Le directeur de cabinet rappelle le fonctionnement de la cellule de prévention de la radicalisation, sans évoquer de situation individuelle. Le référent MIVILUDES signale une hausse des signalements de dérives thérapeutiques (pratiques de soins non conventionnelles proposées à des personnes atteintes de cancer) et de dérives à caractère « néo-chamanique » dans le sud du département.",
    ),
    ("h", "4. Addictions"),
    (
        "p",
        "L'ARS présente le plan départemental de lutte contre les addictions : consultations jeunes consommateurs dans les trois principaux lycées, développement de la réduction des risques en milieu festif, formation des maires au repérage de la consommation de protoxyde d'azote.",
    ),
    ("h", "5. Stratégie 2025-2027"),
    (
        "p",
        "Le conseil adopte à l'unanimité la stratégie départementale, articulée autour de la prévention de la délinquance des mineurs, de l'aide aux victimes et de la tranquillité publique en milieu rural.",
    ),
]

DOCX_BLOCKS["p093_appel_projets_iae.docx"] = [
    ("title", "Appel à projets 2026 — Insertion par l'activité économique et inclusion dans l'emploi"),
    ("p", "DDETS du Morbihan. Date limite de dépôt : 15 janvier 2026."),
    ("h", "Contexte"),
    (
        "p",
        "L'État, en lien avec le conseil départemental du Morbihan et France Travail, soutient le développement de parcours d'insertion pour les personnes les plus éloignées de l'emploi. Le présent appel à projets vise la création ou l'extension de structures d'insertion par l'activité économique (ateliers et chantiers d'insertion, entreprises d'insertion, associations intermédiaires) et d'actions d'accompagnement socioprofessionnel.",
    ),
    ("h", "Publics prioritaires"),
    (
        "p",
        "Bénéficiaires du RSA, demandeurs d'emploi de longue durée, jeunes de moins de 26 ans sans qualification, personnes reconnues travailleurs handicapées, résidents des quartiers prioritaires, personnes placées sous main de justice (en aménagement de peine ou sortant de détention), bénéficiaires de la protection internationale, personnes sans domicile hébergées dans le dispositif d'hébergement d'urgence, personnes souffrant d'addictions engagées dans un parcours de soins.",
    ),
    ("h", "Critères d'éligibilité"),
    (
        "table",
        [
            ["Critère", "Exigence"],
            ["Porteur", "Personne morale de droit privé ou public"],
            ["Accompagnement", "Un accompagnateur socioprofessionnel pour 12 à 15 salariés en parcours"],
            [
                "Santé",
                "Partenariat formalisé avec un acteur du soin (CSAPA, CMP, centre de santé) pour les projets accueillant des publics avec problématiques de santé",
            ],
            ["Mobilité", "Solution de mobilité pour les sites ruraux"],
        ],
    ),
    ("h", "Financement"),
    (
        "p",
        "Aide au poste : montant socle fixé par arrêté national, modulable selon les caractéristiques des publics et les résultats. Fonds départemental d'insertion : jusqu'à 30 000 € par projet pour l'investissement et le démarrage.",
    ),
    ("h", "Dépôt"),
    (
        "p",
        "Les dossiers sont déposés sur la plateforme dématérialisée. Un webinaire de présentation aura lieu le 4 décembre 2025.",
    ),
]

DOCX_BLOCKS["p100_rapport_equipe_laicite_fait_religieux.docx"] = [
    ("title", "Rapport annuel de l'équipe académique Valeurs de la République — année scolaire 2024-2025"),
    (
        "p",
        "Académie de Besançon — rapport présenté au comité académique. Données agrégées ; aucune situation individuelle n'est décrite.",
    ),
    ("h", "1. Signalements"),
    (
        "p",
        "L'application « Faits établissement » a enregistré 486 signalements relevant des atteintes au principe de laïcité dans l'académie (+ 18 %), dont 61 % dans les collèges, 27 % dans les lycées et 12 % dans les écoles.",
    ),
    (
        "table",
        [
            ["Nature de l'atteinte", "Nombre", "Part"],
            [
                "Port de signes ou tenues manifestant ostensiblement une appartenance religieuse",
                "142",
                "29 %",
            ],
            ["Contestation d'enseignements (SVT, histoire, EPS, éducation à la sexualité)", "118", "24 %"],
            ["Refus d'activité scolaire (piscine, chant, sortie)", "71", "15 %"],
            ["Suspension des cours ou revendications pendant le ramadan", "48", "10 %"],
            ["Provocations verbales, propos hostiles à la laïcité", "65", "13 %"],
            ["Atteintes lors des minutes de silence ou hommages", "42", "9 %"],
        ],
    ),
    ("h", "2. Actions menées"),
    (
        "p",
        "L'équipe a réalisé 93 interventions en établissement, formé 1 240 personnels (dont l'ensemble des néo-titulaires) et accompagné 37 dialogues avec des familles. Les chefs d'établissement privilégient le dialogue préalable à toute procédure disciplinaire, conformément à la loi du 15 mars 2004.",
    ),
    ("h", "3. Lutte contre le racisme, l'antisémitisme et les LGBTphobies"),
    (
        "p",
        "Les signalements d'actes racistes et antisémites sont en hausse (212, dont 74 à caractère antisémite). Les actes à caractère homophobe ou transphobe (insultes, harcèlement en ligne) représentent 58 signalements. Une formation « Agir contre les LGBTphobies » a été proposée aux CPE et aux infirmières.",
    ),
    ("h", "4. Perspectives"),
    (
        "p",
        "Déploiement du plan de formation « laïcité » pour tous les personnels d'ici 2026, création d'un réseau de référents dans chaque bassin, rencontre annuelle avec les représentants des cultes sur les calendriers des fêtes religieuses et l'organisation des examens.",
    ),
]

DOCX_BLOCKS["p108_guide_dispositif_signalement_agents.docx"] = [
    (
        "title",
        "Le dispositif de signalement des actes de violence, de discrimination, de harcèlement et d'agissements sexistes",
    ),
    ("p", "Guide à l'usage des agents des services de l'État en Saône-et-Loire — SGCD, édition 2025."),
    ("h", "À quoi sert le dispositif ?"),
    (
        "p",
        "Tout agent qui s'estime victime ou témoin d'un acte de violence, de discrimination, de harcèlement moral ou sexuel ou d'agissement sexiste peut le signaler à la cellule d'écoute interministérielle. La cellule recueille le signalement, oriente l'agent vers les services d'accompagnement (médecin du travail, psychologue, assistante sociale) et saisit l'autorité compétente pour qu'une enquête administrative soit conduite et que des mesures de protection soient prises.",
    ),
    ("h", "Quels faits ?"),
    (
        "table",
        [
            ["Type de fait", "Exemples"],
            [
                "Discrimination",
                "Traitement défavorable lié à l'origine, au sexe, à l'orientation sexuelle, à l'identité de genre, à l'âge, à l'état de santé, au handicap, aux opinions politiques, aux activités syndicales, aux convictions religieuses, à la situation de famille ou à la grossesse",
            ],
            [
                "Harcèlement sexuel",
                "Propos ou comportements à connotation sexuelle répétés, pression grave en vue d'obtenir un acte sexuel",
            ],
            [
                "Agissement sexiste",
                "Remarques dévalorisantes liées au sexe, « blagues » sexistes, mise à l'écart",
            ],
            [
                "Harcèlement moral",
                "Agissements répétés ayant pour effet une dégradation des conditions de travail",
            ],
        ],
    ),
    ("h", "Garanties"),
    (
        "p",
        "Le signalement est traité de manière confidentielle ; l'identité de l'auteur du signalement n'est communiquée qu'avec son accord. Aucun agent ne peut faire l'objet d'une mesure défavorable pour avoir signalé de bonne foi. L'agent victime peut demander le bénéfice de la protection fonctionnelle.",
    ),
    ("h", "Comment saisir la cellule ?"),
    (
        "p",
        "Par le formulaire en ligne sur l'intranet, par courriel à l'adresse dédiée, ou par téléphone auprès du prestataire d'écoute (numéro vert, 24 h/24). Les représentants du personnel et le référent égalité peuvent accompagner l'agent dans sa démarche.",
    ),
]

DOCX_BLOCKS["p110_rapport_commission_titre_sejour.docx"] = [
    ("title", "Commission du titre de séjour du Doubs — bilan 2024"),
    (
        "p",
        "Rapport présenté au comité de pilotage de l'intégration. La commission du titre de séjour (art. L. 432-14 du CESEDA) est composée d'un maire désigné par l'association des maires, d'une personnalité qualifiée en matière de sécurité publique et d'une personnalité qualifiée en matière sociale. Elle est présidée par le maire désigné.",
    ),
    ("h", "1. Activité"),
    (
        "table",
        [
            ["Motif de saisine", "Dossiers examinés", "Avis favorables", "Avis défavorables"],
            [
                "Refus envisagé d'une carte « vie privée et familiale » (parent d'enfant français, conjoint)",
                "22",
                "14",
                "8",
            ],
            [
                "Admission exceptionnelle au séjour — résidence habituelle de plus de dix ans",
                "31",
                "19",
                "12",
            ],
            ["Retrait de titre", "4", "1", "3"],
            ["Total", "57", "34", "23"],
        ],
    ),
    (
        "p",
        "Le préfet a suivi l'avis de la commission dans 84 % des cas. Dans les cas où il ne l'a pas suivi, la décision a été motivée par l'existence de condamnations pénales ou par l'insuffisance des preuves de résidence.",
    ),
    ("h", "2. Profil des dossiers"),
    (
        "p",
        "Les personnes entendues sont majoritairement originaires d'Afrique du Nord (38 %), d'Afrique subsaharienne (29 %) et des Balkans (17 %). 61 % sont des parents d'enfants scolarisés en France ; 23 % font valoir une activité professionnelle, le plus souvent dans le bâtiment, l'agriculture, l'aide à domicile et la restauration.",
    ),
    ("h", "3. Observations de la commission"),
    (
        "p",
        "La commission souligne la difficulté des demandeurs à prouver dix ans de résidence lorsqu'ils ont été hébergés chez des tiers, et recommande de prendre en compte les attestations des associations et des établissements de santé. Elle souhaite également être informée des suites données à ses avis.",
    ),
]

DOCX_BLOCKS["p113_observatoire_violences_femmes.docx"] = [
    ("title", "Observatoire départemental des violences faites aux femmes — chiffres clés 2024"),
    (
        "p",
        "Préfecture du Morbihan — Délégation départementale aux droits des femmes et à l'égalité. Publication annuelle, novembre 2025, à l'occasion de la Journée internationale pour l'élimination de la violence à l'égard des femmes.",
    ),
    ("h", "Violences conjugales"),
    (
        "table",
        [
            ["Indicateur", "2023", "2024"],
            [
                "Victimes de violences conjugales enregistrées par la police et la gendarmerie",
                "1 612",
                "1 788",
            ],
            ["dont femmes", "86 %", "85 %"],
            ["Ordonnances de protection délivrées", "74", "92"],
            ["Téléphones grave danger actifs au 31/12", "22", "31"],
            ["Bracelets anti-rapprochement", "8", "13"],
            ["Féminicides", "2", "1"],
        ],
    ),
    ("h", "Violences sexuelles"),
    (
        "p",
        "412 plaintes pour viol ou agression sexuelle ont été enregistrées (+ 9 %), dont 47 % concernent des victimes mineures. Les unités d'accueil pédiatriques enfants en danger (UAPED) de Vannes et de Lorient ont accueilli 236 enfants pour des auditions filmées.",
    ),
    ("h", "Accompagnement"),
    (
        "p",
        "Les associations spécialisées ont accompagné 2 940 femmes ; l'accueil de jour de Lorient a reçu 610 femmes. 58 places d'hébergement dédiées sont disponibles. Le dispositif de recueil de plainte à l'hôpital est déployé dans quatre établissements.",
    ),
    ("h", "Mutilations sexuelles féminines et mariages forcés"),
    (
        "p",
        "Le réseau départemental a été sollicité pour 14 situations de risque de mariage forcé ou de mutilation sexuelle ; une formation a été délivrée aux personnels des centres de santé sexuelle et des PMI.",
    ),
    (
        "p",
        "Contacts : 3919 (écoute nationale, gratuit, 24 h/24), 17, 114 par SMS, arretonslesviolences.gouv.fr.",
    ),
]

DOCX_BLOCKS["p119_reponse_recommandations_sante_detenus.docx"] = [
    (
        "title",
        "Suivi des recommandations relatives à la santé des personnes détenues — centre pénitentiaire de Liancourt",
    ),
    (
        "p",
        "Réponse conjointe de la direction interrégionale des services pénitentiaires de Lille, de l'ARS Hauts-de-France et de la préfecture de l'Oise aux recommandations formulées à la suite de la visite de contrôle de 2024. Document publié.",
    ),
    (
        "table",
        [
            ["Recommandation", "Mesure prise ou envisagée", "Échéance"],
            [
                "Réduire les délais de consultation psychiatrique à l'unité sanitaire",
                "Recrutement d'un second psychiatre à temps plein et d'un infirmier en pratique avancée en santé mentale",
                "Juin 2025",
            ],
            [
                "Garantir la confidentialité des consultations médicales (présence de surveillants)",
                "Rappel de la note sur les extractions médicales ; formation des escortes ; aménagement d'un box de consultation",
                "Fait",
            ],
            [
                "Améliorer le repérage et la prise en charge du risque suicidaire",
                "Généralisation de la formation à l'évaluation du potentiel suicidaire ; codétenus de soutien ; cellules de protection d'urgence dans chaque bâtiment",
                "Décembre 2025",
            ],
            [
                "Assurer la continuité des traitements de substitution aux opiacés à l'arrivée",
                "Protocole avec le CSAPA de Creil ; délivrance dès le premier jour",
                "Fait",
            ],
            [
                "Faciliter l'accès aux soins des personnes âgées et en perte d'autonomie",
                "Création de 4 cellules adaptées aux personnes à mobilité réduite ; convention avec un service d'aide à domicile",
                "2026",
            ],
            [
                "Dépistage des maladies infectieuses (VIH, hépatites, tuberculose) à l'entrée",
                "Proposition systématique ; taux d'acceptation de 71 %",
                "Fait",
            ],
        ],
    ),
    (
        "p",
        "Les hospitalisations psychiatriques de personnes détenues sont réalisées à l'unité hospitalière spécialement aménagée (UHSA) de Lille-Seclin ou, en urgence, au centre hospitalier de Clermont sur décision du préfet.",
    ),
]

DOCX_BLOCKS["p124_bilan_codaf_fraudes.docx"] = [
    ("title", "Comité opérationnel départemental anti-fraude (CODAF) de la Vienne — bilan 2024"),
    (
        "p",
        "Sous la co-présidence de la préfète de la Vienne et du procureur de la République de Poitiers. Document de communication publique.",
    ),
    ("h", "1. Lutte contre le travail illégal"),
    (
        "p",
        "612 contrôles ont été réalisés par l'inspection du travail, l'URSSAF, la MSA, la gendarmerie, la police et les douanes, principalement dans le BTP, l'hôtellerie-restauration, l'agriculture (vendanges, récolte du melon) et le transport de marchandises. 94 procès-verbaux de travail dissimulé ont été dressés ; 22 concernent l'emploi d'étrangers sans titre et 8 la fraude au détachement de salariés. 11 fermetures administratives d'établissements ont été prononcées.",
    ),
    ("h", "2. Fraudes aux prestations sociales"),
    (
        "table",
        [
            ["Organisme", "Fraudes détectées", "Montant (€)", "Principaux motifs"],
            [
                "CAF",
                "408",
                "3 120 000",
                "Omission de ressources, vie maritale non déclarée, résidence à l'étranger",
            ],
            [
                "CPAM",
                "196",
                "2 480 000",
                "Facturations de professionnels de santé, arrêts de travail falsifiés",
            ],
            ["France Travail", "88", "640 000", "Reprise d'activité non déclarée"],
            ["MSA", "37", "290 000", "Ressources non déclarées"],
        ],
    ),
    ("h", "3. Fraudes fiscales et documentaires"),
    (
        "p",
        "La DDFiP a engagé 46 procédures sur signalement du CODAF. Le service de la fraude documentaire de la préfecture a détecté 73 tentatives de fraude aux titres (permis de conduire, cartes grises, titres de séjour).",
    ),
    ("h", "4. Sanctions"),
    (
        "p",
        "Le parquet a engagé des poursuites dans 62 % des dossiers transmis ; les organismes ont prononcé 214 pénalités administratives. Les montants recouvrés atteignent 4,1 M€.",
    ),
]

DOCX_BLOCKS["p129_plan_canicule_departemental.docx"] = [
    ("title", "Plan départemental de gestion d'une canicule — Saône-et-Loire, édition 2025"),
    (
        "p",
        "Préfecture de Saône-et-Loire — SIDPC — ARS Bourgogne-Franche-Comté, délégation de Saône-et-Loire.",
    ),
    ("h", "1. Objectifs"),
    (
        "p",
        "Anticiper l'arrivée d'une vague de chaleur, définir les actions à mettre en œuvre pour prévenir et limiter ses effets sanitaires, en particulier pour les populations à risque : personnes âgées, personnes en situation de handicap, personnes souffrant de maladies chroniques (cardiovasculaires, respiratoires, rénales, diabète, troubles psychiques), femmes enceintes, nourrissons et jeunes enfants, personnes sans abri, travailleurs exposés.",
    ),
    ("h", "2. Niveaux de vigilance"),
    (
        "table",
        [
            ["Vigilance Météo-France", "Niveau du plan", "Principales mesures"],
            [
                "Verte",
                "Veille saisonnière (1er juin – 15 septembre)",
                "Ouverture des registres communaux des personnes vulnérables ; information du public",
            ],
            ["Jaune", "Avertissement chaleur", "Mobilisation des services ; messages de prévention"],
            [
                "Orange",
                "Alerte canicule",
                "Activation des cellules de veille communales ; appels aux personnes inscrites sur les registres ; renforcement des maraudes ; ouverture de salles rafraîchies",
            ],
            [
                "Rouge",
                "Mobilisation maximale",
                "Activation du COD ; mesures exceptionnelles (report de manifestations, aménagement des horaires de travail, restrictions de circulation)",
            ],
        ],
    ),
    ("h", "3. Registres communaux"),
    (
        "p",
        "Chaque maire tient un registre nominatif des personnes âgées et des personnes handicapées vivant à domicile qui en font la demande. L'inscription est facultative et les données sont confidentielles ; elles ne peuvent être communiquées qu'aux services intervenant dans le cadre du plan, sur demande du préfet, en cas de déclenchement de l'alerte.",
    ),
    ("h", "4. Établissements sanitaires et médico-sociaux"),
    (
        "p",
        "Les EHPAD et établissements accueillant des personnes handicapées disposent d'un plan bleu et d'au moins une pièce rafraîchie. L'ARS s'assure de la capacité des établissements de santé à faire face à un afflux de patients (plan blanc).",
    ),
    ("h", "5. Communication"),
    (
        "p",
        "Numéro national Canicule Info Service : 0 800 06 66 66 (appel gratuit). Les messages de prévention sont diffusés en langue des signes et en FALC.",
    ),
]

DOCX_BLOCKS["p134_guide_elus_prevention_radicalisation.docx"] = [
    ("title", "Prévention de la radicalisation — guide à l'usage des maires"),
    ("p", "Préfecture de la Vienne — Cabinet. Guide diffusé lors des réunions d'arrondissement, 2025."),
    ("h", "Pourquoi les maires sont-ils concernés ?"),
    (
        "p",
        "Par leur proximité avec les habitants, les maires et leurs services (police municipale, services jeunesse, équipements sportifs, CCAS) sont souvent les premiers témoins de changements de comportement chez un jeune ou un adulte. Ils peuvent contribuer à la détection précoce, dans le respect des libertés individuelles, notamment la liberté de conscience et de culte.",
    ),
    ("h", "Les signes qui doivent alerter (ensemble de signaux, jamais un signe isolé)"),
    (
        "table",
        [
            ["Domaine", "Signaux possibles"],
            [
                "Rupture avec l'entourage",
                "Isolement soudain, rejet de la famille et des amis, abandon des activités de loisirs",
            ],
            [
                "Rupture scolaire ou professionnelle",
                "Déscolarisation, refus de la mixité, démission inexpliquée",
            ],
            [
                "Discours",
                "Légitimation de la violence, discours complotiste, rejet de l'autorité et des institutions",
            ],
            [
                "Environnement numérique",
                "Consultation de sites ou de messageries prônant la violence, changement d'identité en ligne",
            ],
        ],
    ),
    (
        "p",
        "La pratique religieuse, même rigoriste, une conversion, le port d'un vêtement religieux ou un engagement politique radical non violent ne constituent pas, en eux-mêmes, des signes de radicalisation violente.",
    ),
    ("h", "Que faire ?"),
    (
        "p",
        "Signaler au numéro vert national (0 800 005 696) ou à la préfecture (cabinet, référent radicalisation), qui transmet au groupe d'évaluation départemental. Le maire peut être associé à la cellule de prévention de la radicalisation et d'accompagnement des familles, sous réserve du respect du secret partagé, et il est informé, lorsqu'il en fait la demande, des personnes de sa commune suivies, par le préfet, dans les conditions prévues par la loi.",
    ),
    ("h", "Ressources"),
    (
        "p",
        "Formations du CIPDR ; guide interministériel de prévention de la radicalisation ; associations d'accompagnement des familles.",
    ),
]

DOCX_BLOCKS["p142_diagnostic_sante_mentale_territoire.docx"] = [
    ("title", "Projet territorial de santé mentale de l'Aude — diagnostic partagé (synthèse)"),
    (
        "p",
        "ARS Occitanie — délégation départementale de l'Aude, en lien avec le conseil territorial de santé. Document soumis à la concertation publique, mars 2025.",
    ),
    ("h", "1. Démarche"),
    (
        "p",
        "Le diagnostic a été élaboré entre juin 2024 et février 2025 par six groupes de travail réunissant plus de 180 participants : professionnels de la psychiatrie publique et privée, médecins généralistes, établissements médico-sociaux, bailleurs sociaux, services de l'État (DDETS, DSDEN, préfecture, police, gendarmerie, justice), collectivités, associations d'usagers et de familles (UNAFAM, groupes d'entraide mutuelle), ainsi que des personnes concernées par les troubles psychiques, dont la participation constitue un principe du projet.",
    ),
    ("h", "2. Données de contexte"),
    (
        "p",
        "L'Aude compte 378 000 habitants. Le taux de pauvreté (21,8 %) y est parmi les plus élevés de France métropolitaine. La densité de psychiatres libéraux est de 4,2 pour 100 000 habitants, contre 11,3 en moyenne nationale ; celle des pédopsychiatres est inférieure à 1. Le taux de recours aux soins psychiatriques sans consentement est supérieur de 18 % à la moyenne régionale, et le taux d'hospitalisation pour tentative de suicide chez les jeunes filles de 15 à 19 ans a progressé de 40 % entre 2019 et 2023.",
    ),
    (
        "table",
        [
            ["Indicateur", "Aude", "Occitanie", "France"],
            ["Patients suivis en psychiatrie pour 1 000 habitants", "31,2", "28,4", "29,0"],
            ["Taux de décès par suicide (pour 100 000, standardisé)", "17,9", "14,1", "13,4"],
            ["Délai moyen de premier rendez-vous en CMP adulte (jours)", "68", "52", "—"],
            ["Délai moyen en CMP infanto-juvénile (jours)", "187", "124", "—"],
            ["Places en GEM pour 100 000 habitants", "9", "12", "11"],
        ],
    ),
    ("h", "3. Constats par parcours"),
    (
        "p",
        "3.1. Repérage précoce et accès au diagnostic. Les participants décrivent un « parcours du combattant » pour les familles d'enfants présentant des troubles du neurodéveloppement, avec des délais de diagnostic dépassant souvent deux ans. Les médecins scolaires sont en nombre insuffisant (3 ETP pour le département). Les consultations jeunes consommateurs sont peu connues.",
    ),
    (
        "p",
        "3.2. Situations de crise et d'urgence. Le centre hospitalier de Limoux et les urgences de Carcassonne et Narbonne sont saturés ; les admissions en soins sans consentement se font trop souvent par la voie de l'urgence, faute d'intervention précoce. Les forces de l'ordre et les sapeurs-pompiers signalent des interventions longues pour des personnes en crise, en l'absence d'équipe mobile de nuit. Le protocole départemental relatif aux soins sur décision du représentant de l'État et à la prise en charge des personnes présentant un danger pour elles-mêmes ou pour autrui date de 2016 et doit être actualisé.",
    ),
    (
        "p",
        "3.3. Accès et maintien dans le logement. Les bailleurs sociaux font état de situations de troubles de voisinage liés à des troubles psychiques non pris en charge, pouvant conduire à des procédures d'expulsion. Le dispositif « Un chez-soi d'abord » n'est pas déployé dans l'Aude. Les pensions de famille et résidences accueil offrent 96 places, pour des besoins estimés au double.",
    ),
    (
        "p",
        "3.4. Personnes en situation de précarité et exilés. L'équipe mobile psychiatrie précarité intervient auprès des personnes sans abri, des demandeurs d'asile hébergés en CADA et en HUDA et des mineurs non accompagnés ; elle signale la prévalence élevée des psychotraumatismes dans ces publics et le manque d'interprètes.",
    ),
    (
        "p",
        "3.5. Personnes placées sous main de justice. Les services pénitentiaires de Carcassonne soulignent la fréquence des troubles psychiatriques et des addictions chez les personnes détenues et la rupture des soins à la sortie.",
    ),
    (
        "p",
        "3.6. Personnes âgées. Les EHPAD manquent d'appui de la psychiatrie du sujet âgé ; une équipe mobile de gérontopsychiatrie n'intervient que sur le Narbonnais.",
    ),
    (
        "p",
        "3.7. Stigmatisation et droits. Les personnes concernées rapportent des expériences de discrimination dans l'emploi et le logement, et une méconnaissance de leurs droits lors des hospitalisations sans consentement (information sur le recours au juge, accès à un avocat).",
    ),
    ("h", "4. Priorités proposées"),
    (
        "p",
        "1) Réduire les délais d'accès aux CMP, notamment pour les enfants et les adolescents ; 2) créer une équipe mobile de crise intervenant à domicile et de nuit ; 3) actualiser le protocole départemental avec la préfecture, le parquet, les forces de l'ordre et le SDIS ; 4) développer le logement accompagné et le dispositif « Un chez-soi d'abord » ; 5) former les professionnels de premier recours (médecins généralistes, enseignants, travailleurs sociaux, policiers municipaux) au repérage et aux premiers secours en santé mentale ; 6) renforcer la pair-aidance et les groupes d'entraide mutuelle ; 7) lutter contre la stigmatisation par une campagne locale lors des Semaines d'information sur la santé mentale.",
    ),
    ("h", "5. Suite de la démarche"),
    (
        "p",
        "Le projet territorial sera arrêté par le directeur général de l'ARS après avis du conseil territorial de santé, puis décliné dans un contrat territorial de santé mentale signé avec les acteurs pour cinq ans. Les contributions peuvent être adressées jusqu'au 30 avril 2025.",
    ),
]

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p077_chiffres_sejour_eloignement_2024.html"] = (
    "L'immigration dans l'Oise — chiffres 2024",
    """
<h1>Les services de l'État dans l'Oise — L'immigration en chiffres (2024)</h1>
<p>Publication : préfecture de l'Oise, direction des migrations et de l'intégration — mise en ligne le 20 mars 2025.</p>
<h2>Titres de séjour</h2>
<table>
<tr><th>Motif</th><th>Premiers titres délivrés</th><th>Évolution</th></tr>
<tr><td>Familial (conjoints de Français, regroupement familial, liens personnels et familiaux)</td><td>2 118</td><td>– 4 %</td></tr>
<tr><td>Étudiants</td><td>1 042</td><td>+ 7 %</td></tr>
<tr><td>Économique (salariés, talents, saisonniers)</td><td>936</td><td>+ 12 %</td></tr>
<tr><td>Humanitaire (réfugiés, protection subsidiaire, étrangers malades)</td><td>1 214</td><td>+ 9 %</td></tr>
<tr><td>Divers</td><td>188</td><td>—</td></tr>
</table>
<p>Au total, 38 400 ressortissants de pays tiers sont titulaires d'un titre de séjour en cours de validité dans l'Oise.</p>
<h2>Asile</h2>
<p>Le guichet unique des demandeurs d'asile a enregistré 2 460 demandes (premières demandes et réexamens). Les principales nationalités sont l'Afghanistan, la Guinée, la République démocratique du Congo, la Côte d'Ivoire et la Turquie. Le dispositif national d'accueil compte 1 810 places dans le département (CADA, HUDA, CPH).</p>
<h2>Lutte contre l'immigration irrégulière</h2>
<table>
<tr><th>Indicateur</th><th>2023</th><th>2024</th></tr>
<tr><td>OQTF prononcées</td><td>3 104</td><td>3 488</td></tr>
<tr><td>Placements en rétention</td><td>412</td><td>486</td></tr>
<tr><td>Éloignements forcés exécutés</td><td>318</td><td>402</td></tr>
<tr><td>Départs aidés (OFII)</td><td>96</td><td>121</td></tr>
<tr><td>Assignations à résidence</td><td>690</td><td>812</td></tr>
<tr><td>Arrêtés d'expulsion (menace pour l'ordre public)</td><td>14</td><td>23</td></tr>
</table>
<p>La priorité est donnée à l'éloignement des étrangers en situation irrégulière ayant commis des infractions graves ou constituant une menace pour l'ordre public : 61 % des éloignements forcés concernent des personnes sortant de détention.</p>
<h2>Naturalisations</h2>
<p>1 126 personnes ont acquis la nationalité française par décret et ont été accueillies lors des cérémonies organisées en préfecture et en sous-préfectures.</p>
""",
)

HTML_PAGES["p082_detention_armes_particuliers.html"] = (
    "Détenir une arme : vos obligations",
    """
<h1>Détention d'armes par les particuliers : ce qu'il faut savoir</h1>
<p>Services de l'État dans le Morbihan — rubrique Sécurité &gt; Armes. Mise à jour : juin 2025.</p>
<h2>Le système d'information sur les armes (SIA)</h2>
<p>Depuis 2023, tout détenteur d'arme (chasseur, tireur sportif, collectionneur, héritier) doit disposer d'un compte personnel dans le SIA. Les armes de catégorie C doivent y être enregistrées ; les autorisations de catégorie B y sont demandées et renouvelées.</p>
<h2>Conditions pour acquérir et détenir</h2>
<ul>
<li>être majeur ;</li>
<li>présenter un permis de chasser validé, une licence de tir ou une carte de collectionneur ;</li>
<li>ne pas être inscrit au fichier national des interdits d'acquisition et de détention d'armes (FINIADA) ;</li>
<li>ne pas avoir été condamné à une peine mentionnée au bulletin n° 2 du casier judiciaire pour certaines infractions (violences, menaces, trafic de stupéfiants, infractions à la législation sur les armes…) ;</li>
<li>pour la catégorie B, produire un certificat médical de moins d'un mois attestant que l'état de santé physique et psychique n'est pas incompatible avec la détention d'une arme.</li>
</ul>
<h2>Quand le préfet peut-il ordonner le dessaisissement ?</h2>
<p>Lorsque le comportement ou l'état de santé du détenteur présente un danger grave pour lui-même ou pour autrui. Les professionnels de santé peuvent signaler au préfet, par dérogation au secret médical, le caractère dangereux d'un patient détenteur d'arme. Les personnes faisant l'objet de soins psychiatriques sans consentement ou d'une ordonnance de protection pour violences conjugales sont inscrites au FINIADA. La procédure est contradictoire, sauf urgence.</p>
<h2>Héritage d'une arme</h2>
<p>L'héritier dispose de trois mois pour déclarer l'arme, la faire neutraliser, la vendre à un armurier ou la remettre gratuitement aux forces de l'ordre.</p>
<h2>Abandon d'armes</h2>
<p>Des opérations d'abandon simplifié d'armes à l'État sont organisées régulièrement dans les commissariats et brigades de gendarmerie.</p>
""",
)

HTML_PAGES["p085_faq_naturalisation.html"] = (
    "Naturalisation : questions fréquentes",
    """
<h1>Devenir français par naturalisation — questions fréquentes</h1>
<p>Plateforme interdépartementale des naturalisations — Préfecture du Doubs.</p>
<h3>Quelles sont les conditions ?</h3>
<p>Résider en France de manière habituelle et régulière depuis au moins cinq ans (délai réduit à deux ans après un diplôme de l'enseignement supérieur français, supprimé pour les réfugiés) ; justifier d'une insertion professionnelle et de ressources stables ; maîtriser le français au niveau B2 (depuis 2026) ; connaître l'histoire, la culture et la société françaises ; adhérer aux principes et valeurs de la République ; ne pas avoir fait l'objet de certaines condamnations.</p>
<h3>Une condamnation empêche-t-elle la naturalisation ?</h3>
<p>Une condamnation à une peine d'emprisonnement ferme d'au moins six mois, non effacée, fait obstacle à la naturalisation. Les autres condamnations, ainsi que les faits connus des services de police, sont appréciés au cas par cas. Le casier judiciaire du pays d'origine est demandé.</p>
<h3>Ma religion peut-elle être prise en compte ?</h3>
<p>Non. L'administration ne peut pas refuser la nationalité en raison de convictions religieuses. Elle peut en revanche constater un défaut d'assimilation lorsque le demandeur rejette les valeurs essentielles de la société française, par exemple l'égalité entre les femmes et les hommes, ou refuse la laïcité.</p>
<h3>Ma situation familiale compte-t-elle ?</h3>
<p>Le centre de vos intérêts matériels et familiaux doit se situer en France. La polygamie fait obstacle à la naturalisation. Un divorce, une séparation ou une naissance en cours de procédure doivent être signalés.</p>
<h3>Je suis en situation de handicap ou malade : dois-je justifier du niveau de langue ?</h3>
<p>Les personnes dont l'état de santé déficient chronique ou le handicap rend impossible la justification du niveau de langue en sont dispensées, sur certificat médical. Les personnes âgées de plus de 60 ans bénéficient d'un examen adapté.</p>
<h3>Combien de temps dure la procédure ?</h3>
<p>Le délai légal est de dix-huit mois à compter de la remise du récépissé, réduit à douze mois pour les personnes résidant en France depuis plus de dix ans.</p>
""",
)

HTML_PAGES["p091_spip_chiffres_cles_2024.html"] = (
    "SPIP de l'Oise — chiffres clés 2024",
    """
<h1>Service pénitentiaire d'insertion et de probation de l'Oise — l'année 2024 en chiffres</h1>
<ul>
<li>5 120 personnes suivies en milieu ouvert au 31 décembre ;</li>
<li>1 340 personnes détenues dans les trois établissements du département (taux d'occupation moyen en maison d'arrêt : 151 %) ;</li>
<li>608 mesures de détention à domicile sous surveillance électronique en cours ;</li>
<li>1 124 travaux d'intérêt général exécutés, auprès de 212 structures d'accueil ;</li>
<li>78 bracelets anti-rapprochement et 46 téléphones grave danger suivis en lien avec les juridictions ;</li>
<li>312 personnes suivies pour des violences conjugales ont participé à un stage de responsabilisation.</li>
</ul>
<h2>Santé et addictions</h2>
<p>Près de six personnes suivies sur dix présentent une problématique d'addiction (alcool, cannabis, opiacés, cocaïne). Le SPIP a renforcé ses partenariats avec les CSAPA de Beauvais, Creil et Compiègne et avec l'équipe de psychiatrie de liaison. Un programme collectif « alcool et conduite » a été proposé aux personnes condamnées pour des délits routiers.</p>
<h2>Insertion</h2>
<p>La convention avec France Travail a permis l'inscription de 740 personnes détenues avant leur libération. 38 % des personnes suivies en milieu ouvert occupent un emploi ou suivent une formation.</p>
<h2>Prévention de la radicalisation</h2>
<p>Les binômes de soutien (psychologue et éducateur) ont accompagné des personnes détenues et suivies en milieu ouvert pour des faits de terrorisme ou repérées comme radicalisées. Le programme de prise en charge est individualisé.</p>
""",
)

HTML_PAGES["p095_bilan_controles_sanitaires_alimentation.html"] = (
    "Bilan des contrôles sanitaires 2024",
    """
<h1>DDPP de la Vienne — Bilan des contrôles en sécurité sanitaire des aliments (2024)</h1>
<table>
<tr><th>Secteur</th><th>Inspections</th><th>Très satisfaisant / satisfaisant</th><th>À améliorer</th><th>À corriger de manière urgente</th></tr>
<tr><td>Restauration commerciale</td><td>612</td><td>61 %</td><td>31 %</td><td>8 %</td></tr>
<tr><td>Restauration collective (cantines, EHPAD, hôpitaux)</td><td>288</td><td>78 %</td><td>20 %</td><td>2 %</td></tr>
<tr><td>Commerces de détail (boucheries, boulangeries…)</td><td>341</td><td>66 %</td><td>29 %</td><td>5 %</td></tr>
<tr><td>Abattoirs et ateliers de découpe</td><td>4 établissements sous inspection permanente</td><td colspan="3">Présence continue des services vétérinaires pendant l'abattage</td></tr>
</table>
<p>37 fermetures administratives ont été prononcées, principalement pour présence de nuisibles, rupture de la chaîne du froid et conditions d'hygiène déplorables. Les résultats des contrôles sont publiés sur Alim'confiance pendant un an.</p>
<h2>Toxi-infections alimentaires collectives</h2>
<p>23 foyers de TIAC ont été déclarés (salmonelles, norovirus, Bacillus cereus), touchant 214 personnes, dont 9 hospitalisées. Un foyer concernait un repas de mariage et trois des cantines scolaires.</p>
<h2>Bien-être animal en abattoir</h2>
<p>Les inspecteurs ont vérifié les conditions de déchargement, d'amenée et d'étourdissement ; deux mises en demeure ont été adressées. Les dérogations à l'obligation d'étourdissement pour l'abattage rituel sont accordées à un abattoir du département, sous réserve du respect des conditions fixées par l'arrêté du 28 décembre 2011 (sacrificateurs habilités par les organismes religieux agréés).</p>
""",
)

HTML_PAGES["p101_fiche_repere_enfance_en_danger.html"] = (
    "Fiche repère — enfance en danger",
    """
<h1>Enfance en danger : repérer, évaluer, transmettre</h1>
<p>Fiche à l'usage des personnels des écoles et établissements — DSDEN du Morbihan, service social en faveur des élèves et service de promotion de la santé.</p>
<h2>Quels signes peuvent alerter ?</h2>
<ul>
<li>Signes physiques : ecchymoses inexpliquées ou répétées, brûlures, fractures, négligence des soins et de l'hygiène, fatigue chronique, faim ;</li>
<li>Signes comportementaux : repli, agressivité soudaine, peur de rentrer à la maison, conduites d'automutilation, comportements sexualisés inadaptés à l'âge, absentéisme ;</li>
<li>Propos de l'enfant : une révélation doit être recueillie sans questionner de manière suggestive, en notant les mots exacts.</li>
</ul>
<h2>Information préoccupante ou signalement ?</h2>
<table>
<tr><th>Situation</th><th>Procédure</th><th>Destinataire</th></tr>
<tr><td>Enfant en risque de danger, besoin d'évaluation</td><td>Information préoccupante</td><td>CRIP du conseil départemental, copie à la DSDEN</td></tr>
<tr><td>Danger grave et immédiat, suspicion d'infraction (violences, abus sexuels)</td><td>Signalement</td><td>Procureur de la République, copie à la CRIP et à la DSDEN</td></tr>
</table>
<h2>Et la famille ?</h2>
<p>Les parents sont informés de la transmission, sauf si cette information est contraire à l'intérêt de l'enfant (risque de pression, de violences, de déscolarisation).</p>
<h2>Secret partagé</h2>
<p>Les professionnels peuvent partager les informations strictement nécessaires à l'évaluation de la situation (art. L. 226-2-2 CASF). Les données ne doivent pas être diffusées à l'ensemble de l'équipe pédagogique.</p>
<p>Numéro national : 119 — Allô enfance en danger (gratuit, 24 h/24).</p>
""",
)

HTML_PAGES["p106_bilan_social_ddt_synthese.html"] = (
    "Bilan social 2024 — DDT de la Vienne",
    """
<h1>Direction départementale des territoires de la Vienne — Bilan social 2024 (synthèse)</h1>
<p>Présenté au comité social d'administration du 12 juin 2025.</p>
<h2>Effectifs</h2>
<p>218 agents au 31 décembre (58 % de femmes) ; âge moyen : 49 ans ; 27 agents ont 60 ans ou plus.</p>
<h2>Absences pour raison de santé</h2>
<table>
<tr><th>Type d'absence</th><th>Agents concernés</th><th>Jours</th></tr>
<tr><td>Congé de maladie ordinaire</td><td>121</td><td>2 412</td></tr>
<tr><td>Congé de longue maladie et de longue durée</td><td>6</td><td>1 380</td></tr>
<tr><td>Accidents de service et maladies professionnelles</td><td>9</td><td>187</td></tr>
<tr><td>Congés de maternité, paternité, adoption</td><td>11</td><td>694</td></tr>
<tr><td>Temps partiel thérapeutique</td><td>4</td><td>—</td></tr>
</table>
<p>Le taux d'absentéisme pour raison de santé s'établit à 6,1 % (5,8 % en 2023).</p>
<h2>Handicap</h2>
<p>16 agents bénéficiaires de l'obligation d'emploi (7,3 %).</p>
<h2>Dialogue social</h2>
<p>Représentation au CSA (élections de décembre 2022) : FO 3 sièges, CGT 2 sièges, CFDT 1 siège, UNSA 1 siège. Jours de grève : 112 journées agents (mouvement sur les retraites et journées interprofessionnelles). Crédit de temps syndical utilisé : 1,4 ETP.</p>
<h2>Action sociale</h2>
<p>Les assistantes sociales du ministère ont reçu 34 agents ; 9 prêts et secours ont été accordés pour des difficultés financières. Le dispositif d'écoute psychologique a été sollicité 18 fois.</p>
""",
)

HTML_PAGES["p111_marche_fiertes_circulation.html"] = (
    "Marche des fiertés de Poitiers : mesures de circulation",
    """
<h1>Marche des fiertés de Poitiers, samedi 14 juin 2025 : mesures de circulation et de sécurité</h1>
<p>Actualité publiée le 10 juin 2025 — préfecture de la Vienne, ville de Poitiers.</p>
<p>La 14e Marche des fiertés de Poitiers, organisée par l'association Poitiers Fiertés LGBTQIA+, partira à 14 h de la place Leclerc (hôtel de ville) et empruntera la rue Carnot, le boulevard de Verdun et la rue de la Marne avant de rejoindre le parc de Blossac pour le village associatif. Les organisateurs attendent entre 4 000 et 6 000 personnes.</p>
<h2>Circulation</h2>
<ul>
<li>De 13 h à 17 h, la circulation et le stationnement seront interdits sur l'itinéraire du cortège ;</li>
<li>les lignes de bus 1, 2 et 11 seront déviées ;</li>
<li>la vente d'alcool à emporter est interdite de 12 h à 22 h dans le périmètre du centre-ville (arrêté municipal).</li>
</ul>
<h2>Sécurité</h2>
<p>Un dispositif de police nationale et municipale sera déployé. La préfète rappelle que toute provocation à la haine ou à la violence à raison de l'orientation sexuelle ou de l'identité de genre, ainsi que toute injure ou agression homophobe ou transphobe, est un délit et sera systématiquement poursuivie. Un stand de l'association d'aide aux victimes et un espace de réduction des risques (santé sexuelle, dépistage) seront présents au village associatif.</p>
<p>Le centre LGBT+ de la Vienne et l'association SOS Homophobie tiendront une permanence d'écoute.</p>
""",
)

HTML_PAGES["p116_avis_recrutement_agent_accueil.html"] = (
    "Avis de recrutement — agent d'accueil (bénéficiaire de l'obligation d'emploi)",
    """
<h1>Recrutement par la voie contractuelle réservée aux travailleurs handicapés</h1>
<h2>Agent d'accueil et d'orientation — sous-préfecture de Montbéliard (Doubs)</h2>
<p>Catégorie C — contrat d'un an, ouvrant droit à titularisation dans le corps des adjoints administratifs de l'intérieur et de l'outre-mer à l'issue d'une appréciation de l'aptitude professionnelle.</p>
<h3>Missions</h3>
<ul>
<li>accueillir, renseigner et orienter les usagers (titres de séjour, permis, associations, élections) ;</li>
<li>gérer la prise de rendez-vous et le standard ;</li>
<li>assister les usagers sur le point numérique ;</li>
<li>participer à l'accueil lors des cérémonies de naturalisation.</li>
</ul>
<h3>Conditions</h3>
<p>Ce recrutement est ouvert aux personnes bénéficiaires de l'obligation d'emploi (reconnaissance de la qualité de travailleur handicapé, pension d'invalidité, allocation aux adultes handicapés, carte mobilité inclusion mention invalidité…). Aucune condition de diplôme n'est requise pour la catégorie C. Les candidats ne doivent pas indiquer la nature de leur handicap ; les aménagements nécessaires du poste et de l'entretien seront étudiés avec le référent handicap.</p>
<h3>Candidature</h3>
<p>Lettre de motivation, CV et justificatif de l'obligation d'emploi à adresser avant le 31 mars 2025 au bureau des ressources humaines de la préfecture du Doubs. Les candidats retenus seront convoqués à un entretien avec une commission de sélection.</p>
""",
)

HTML_PAGES["p121_guide_rsa_droits_devoirs.html"] = (
    "RSA : vos droits et vos devoirs",
    """
<h1>Revenu de solidarité active : vos droits et vos devoirs</h1>
<p>Fiche d'information réalisée par la CAF de Saône-et-Loire, le conseil départemental et la DDETS. Édition 2025.</p>
<h2>Qui peut bénéficier du RSA ?</h2>
<p>Les personnes âgées d'au moins 25 ans (ou de 18 à 24 ans sous conditions d'activité ou si elles ont un enfant à charge) résidant en France de manière stable, dont les ressources sont inférieures au montant forfaitaire. Les ressortissants étrangers hors Union européenne doivent être titulaires depuis au moins cinq ans d'un titre de séjour autorisant à travailler, sauf exceptions (réfugiés, résidents).</p>
<h2>Montants</h2>
<table>
<tr><th>Composition du foyer</th><th>Montant forfaitaire mensuel (avril 2025)</th></tr>
<tr><td>Personne seule</td><td>646,52 €</td></tr>
<tr><td>Couple sans enfant ou personne seule avec un enfant</td><td>969,78 €</td></tr>
<tr><td>Parent isolé (majoration) avec un enfant</td><td>1 107,88 €</td></tr>
</table>
<h2>Vos devoirs</h2>
<ul>
<li>Déclarer chaque trimestre l'ensemble de vos ressources ;</li>
<li>signaler tout changement de situation : mise en couple, séparation, naissance, départ d'un enfant, déménagement, hospitalisation, incarcération ;</li>
<li>vous inscrire à France Travail et signer un contrat d'engagement prévoyant 15 heures d'activités hebdomadaires, adaptées à votre situation (santé, handicap, charges familiales).</li>
</ul>
<h2>Sanctions</h2>
<p>En cas de non-respect du contrat d'engagement, le RSA peut être suspendu en tout ou partie (« suspension-remobilisation »). Une fausse déclaration ou une omission (par exemple une vie en couple non déclarée) entraîne le remboursement des sommes indûment perçues et peut donner lieu à une pénalité financière ou à un dépôt de plainte pour fraude.</p>
<h2>En cas de difficulté</h2>
<p>Vous pouvez demander un rendez-vous avec un travailleur social, solliciter une remise de dette en cas de précarité, ou saisir le médiateur de la CAF.</p>
""",
)

HTML_PAGES["p126_faq_soins_sans_consentement.html"] = (
    "Soins psychiatriques sans consentement : informations aux familles",
    """
<h1>Soins psychiatriques sans consentement : informations aux proches</h1>
<p>ARS Bretagne — délégation départementale du Morbihan, en partenariat avec l'UNAFAM 56.</p>
<h3>Un proche refuse les soins alors qu'il va très mal : que faire ?</h3>
<p>Si la personne présente des troubles mentaux qui rendent impossible son consentement et que son état impose des soins immédiats, un membre de la famille ou une personne justifiant de relations antérieures avec elle peut demander son admission en soins à la demande d'un tiers (SDT). Deux certificats médicaux sont nécessaires, dont l'un établi par un médecin extérieur à l'établissement. En cas d'urgence, un seul certificat suffit.</p>
<h3>Et si aucun proche ne peut faire la demande ?</h3>
<p>Le directeur de l'établissement peut prononcer l'admission en cas de péril imminent pour la santé de la personne, sur la base d'un certificat médical.</p>
<h3>Qu'est-ce que les soins sur décision du représentant de l'État ?</h3>
<p>Lorsque les troubles mentaux compromettent la sûreté des personnes ou portent atteinte de façon grave à l'ordre public, le préfet prononce l'admission par arrêté, au vu d'un certificat médical circonstancié. En cas de danger imminent, le maire peut prendre une mesure provisoire de 48 heures.</p>
<h3>Quels sont les droits de la personne hospitalisée ?</h3>
<ul>
<li>être informée de sa situation juridique et de ses droits ;</li>
<li>communiquer avec le préfet, le juge, le maire, le procureur, la commission départementale des soins psychiatriques et le Contrôleur général des lieux de privation de liberté ;</li>
<li>prendre conseil d'un médecin ou d'un avocat de son choix ;</li>
<li>émettre ou recevoir des courriers, consulter le règlement intérieur, exercer son droit de vote, se livrer aux activités religieuses ou philosophiques de son choix.</li>
</ul>
<h3>Le juge intervient-il ?</h3>
<p>Oui. Le juge du tribunal judiciaire contrôle obligatoirement toute hospitalisation complète avant le 12e jour, puis tous les six mois. Il contrôle également l'isolement et la contention au-delà de certaines durées.</p>
<h3>Et après ?</h3>
<p>Les soins peuvent se poursuivre sous forme de programme de soins (consultations, hôpital de jour, visites à domicile). L'UNAFAM propose des formations et des groupes de parole aux proches.</p>
""",
)

HTML_PAGES["p131_schema_accueil_gens_du_voyage.html"] = (
    "Schéma départemental d'accueil et d'habitat des gens du voyage",
    """
<h1>Schéma départemental d'accueil et d'habitat des gens du voyage de la Vienne 2025-2031</h1>
<p>Arrêté conjoint du préfet et du président du conseil départemental du 18 février 2025 — synthèse publiée.</p>
<h2>Diagnostic</h2>
<p>La Vienne dispose de 14 aires permanentes d'accueil (296 places caravanes) et de 2 aires de grand passage. Le diagnostic, conduit avec les associations représentatives des Voyageurs, les gestionnaires d'aires, la CAF et les collectivités, met en évidence :</p>
<ul>
<li>une sédentarisation croissante sur les aires d'accueil, qui ne remplissent plus leur fonction de passage ;</li>
<li>un besoin de terrains familiaux locatifs et d'habitat adapté pour environ 120 ménages ancrés sur le territoire, souvent depuis plusieurs générations ;</li>
<li>des difficultés de scolarisation des enfants au-delà de l'école primaire (assiduité au collège, recours à l'instruction à distance) ;</li>
<li>des problèmes de santé liés aux conditions de vie (terrains proches d'infrastructures polluantes, accès à l'eau) et un recours tardif aux soins ;</li>
<li>des situations de stationnement illicite lors des grands passages estivaux, notamment pour les missions évangéliques.</li>
</ul>
<h2>Orientations</h2>
<ol>
<li>Réhabiliter les aires existantes et créer deux aires de grand passage supplémentaires ;</li>
<li>créer 60 places en terrains familiaux locatifs et accompagner des projets d'habitat adapté ;</li>
<li>renforcer l'accompagnement social, la domiciliation et l'accès aux droits ;</li>
<li>améliorer la scolarisation, en lien avec le CASNAV et les enseignants itinérants ;</li>
<li>lutter contre les discriminations dont les Voyageurs font l'objet dans l'accès aux services.</li>
</ol>
<p>La commission consultative départementale, co-présidée par le préfet et le président du conseil départemental, suit la mise en œuvre du schéma.</p>
""",
)

HTML_PAGES["p136_bilan_commission_mediation_dalo.html"] = (
    "Droit au logement opposable — bilan 2024",
    """
<h1>Commission de médiation DALO de la Creuse — bilan 2024</h1>
<table>
<tr><th>Indicateur</th><th>Logement</th><th>Hébergement</th></tr>
<tr><td>Recours reçus</td><td>62</td><td>14</td></tr>
<tr><td>Décisions favorables (prioritaire et urgent)</td><td>31</td><td>9</td></tr>
<tr><td>Taux de décisions favorables</td><td>54 %</td><td>69 %</td></tr>
<tr><td>Ménages relogés ou hébergés dans le délai</td><td>24</td><td>9</td></tr>
</table>
<h2>Motifs des recours reconnus</h2>
<ul>
<li>Menace d'expulsion sans relogement : 11 ;</li>
<li>Logement indécent ou insalubre : 7 ;</li>
<li>Personnes dépourvues de logement ou hébergées chez des tiers : 6 ;</li>
<li>Personne handicapée ou ayant à charge une personne handicapée dans un logement inadapté : 4 ;</li>
<li>Victimes de violences au sein du couple : 2 ;</li>
<li>Délai anormalement long : 1.</li>
</ul>
<p>La commission se compose de représentants de l'État, du département, des bailleurs, des associations de locataires et d'insertion. Elle examine chaque dossier au regard des pièces produites ; les situations individuelles ne sont pas rendues publiques.</p>
""",
)

HTML_PAGES["p140_chiffres_delinquance_enregistree.html"] = (
    "La délinquance enregistrée dans le Doubs en 2024",
    """
<h1>Sécurité : la délinquance enregistrée dans le Doubs en 2024</h1>
<p>Données des services de police et de gendarmerie (SSMSI), publiées par la préfecture du Doubs — février 2025.</p>
<table>
<tr><th>Indicateur</th><th>2023</th><th>2024</th><th>Évolution</th></tr>
<tr><td>Homicides (y compris coups et blessures suivis de mort)</td><td>9</td><td>7</td><td>– 22 %</td></tr>
<tr><td>Coups et blessures volontaires sur personnes de 15 ans ou plus</td><td>3 412</td><td>3 590</td><td>+ 5 %</td></tr>
<tr><td>dont violences intrafamiliales</td><td>1 988</td><td>2 174</td><td>+ 9 %</td></tr>
<tr><td>Violences sexuelles</td><td>802</td><td>864</td><td>+ 8 %</td></tr>
<tr><td>Vols avec armes</td><td>41</td><td>36</td><td>– 12 %</td></tr>
<tr><td>Cambriolages de logements</td><td>2 014</td><td>1 862</td><td>– 8 %</td></tr>
<tr><td>Usage de stupéfiants</td><td>2 640</td><td>3 012</td><td>+ 14 %</td></tr>
<tr><td>Trafic de stupéfiants</td><td>312</td><td>354</td><td>+ 13 %</td></tr>
<tr><td>Escroqueries</td><td>4 620</td><td>4 890</td><td>+ 6 %</td></tr>
</table>
<h2>Atteintes à caractère raciste, antisémite, xénophobe ou antireligieux</h2>
<p>184 crimes et délits commis en raison de l'origine, de l'ethnie, de la nationalité, de la race supposée ou de la religion de la victime ont été enregistrés (+ 11 %), ainsi que 41 infractions à caractère homophobe ou transphobe.</p>
<p>Ces chiffres reflètent l'activité des services et l'évolution du dépôt de plainte, notamment pour les violences intrafamiliales et sexuelles, et ne mesurent pas directement l'évolution de la délinquance.</p>
""",
)

HTML_PAGES["p146_guide_accueil_victimes_commissariat.html"] = (
    "Victimes : être accueilli au commissariat ou à la brigade",
    """
<h1>Vous êtes victime : comment se passe l'accueil au commissariat ou en brigade ?</h1>
<p>Guide commun de la police nationale et de la gendarmerie dans l'Aude, avec France Victimes 11.</p>
<h2>Porter plainte</h2>
<p>Vous pouvez porter plainte dans n'importe quel commissariat ou brigade, quel que soit le lieu de l'infraction. Les enquêteurs ne peuvent pas refuser votre plainte. Vous pouvez aussi pré-déposer plainte en ligne pour les atteintes aux biens, ou écrire directement au procureur de la République.</p>
<h2>Violences conjugales et sexuelles</h2>
<p>Des enquêteurs spécialement formés vous reçoivent dans un espace préservant la confidentialité. Vous pouvez être accompagnée d'une personne de votre choix. La plainte peut être recueillie à l'hôpital (centres hospitaliers de Carcassonne et de Narbonne). Un intervenant social est présent au commissariat de Carcassonne et à la compagnie de gendarmerie de Narbonne. Le médecin légiste de l'unité médico-judiciaire peut constater vos blessures, même sans plainte immédiate, et conserver les prélèvements.</p>
<h2>Discriminations, haine</h2>
<p>Les injures, menaces et violences à raison de l'origine, de la religion, de l'orientation sexuelle ou de l'identité de genre sont des circonstances aggravantes. Un référent est désigné dans chaque circonscription.</p>
<h2>Vos droits</h2>
<ul>
<li>être informé de vos droits et de l'état de la procédure ;</li>
<li>être assisté d'un interprète ;</li>
<li>demander à être domicilié au commissariat ou à la brigade pour que votre adresse n'apparaisse pas dans la procédure ;</li>
<li>bénéficier de l'aide d'une association d'aide aux victimes (116 006, gratuit).</li>
</ul>
""",
)

# --------------------------------------------------------------------------- build

if __name__ == "__main__":
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"wrote {len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html into {OUT}")
