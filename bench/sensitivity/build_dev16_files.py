"""Build the .docx and .html documents of the hand-written sensitivity set ``dev16``.

dev16: documents that must stay public although they speak about sensitive topics (council
deliberations on health, addiction, homelessness, video-protection, cemeteries, laïcité; staff
election results; social reports with aggregate figures; CCAS reports; hospital boards; prefecture
press releases; tributes; delegations; tenders; historical notes; school and health notices...)
and their sovereign twins, where a private person's fact, a marking, a security detail or a
business secret slips in. The .txt documents and labels.jsonl are written by hand in
``corpus/dev16``; this script writes the .docx and .html ones with stable bytes.

Run: PYTHONPATH=<worktree>/include <worktree>/.venv/bin/python bench/sensitivity/build_dev16_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev16"
FIXED = dt.datetime(2026, 3, 2, 9, 0, 0)
DOCX = {}
HTML = {}

# ---------------------------------------------------------------- public .docx

DOCX["p061_pv_conseil_municipal_complet.docx"] = [
    ("title", "Commune de Lamballe-Penthièvre — Procès-verbal du conseil municipal du 12 février 2026"),
    ("p", "Conseillers en exercice : 33. Présents : 28. Pouvoirs : 4. Absent : 1 (M. Loïc Hamon). Secrétaire de séance : Mme Aurélie Guillou."),
    ("p", "Présents : M. Thierry Andrieux (maire), Mme Christine Le Goff, M. Ahmed Benali, Mme Gwenola Riou, M. Patrice Lemoine, Mme Céline Bertrand, M. Yvon Le Duc, Mme Mireille Tanguy, M. Kevin Tran, Mme Aurélie Guillou, M. Serge Hervé, Mme Nathalie Corre, M. Joël Briand, Mme Aïcha Mbaye, M. Ronan Quéré, Mme Brigitte Le Bras, M. Daniel Prigent, Mme Sophie Jégou, M. Stéphane Lozac'h, Mme Émilie Rault, M. Philippe Carré, Mme Jacqueline Le Roux, M. Nicolas Gautier, Mme Valérie Guégan, M. François Le Moal, Mme Laure Dagorn, M. Hugo Brient, Mme Marie-Pierre Ollivier."),
    ("h", "Point 1 — Plan communal de prévention des addictions chez les jeunes"),
    ("p", "Mme Riou, adjointe à la jeunesse, présente le plan élaboré avec le service de prévention spécialisée et le CSAPA du centre hospitalier : interventions dans les deux collèges, formation des animateurs, stand de prévention lors de la fête de la musique et du festival Art Rock, accès facilité à la consultation jeunes consommateurs. Coût : 18 500 € par an, dont 9 000 € de la MILDECA."),
    ("p", "M. Carré (minorité) juge le plan insuffisant sur la question de la vente d'alcool aux mineurs dans les commerces de nuit. M. le Maire indique que des contrôles conjoints avec la gendarmerie seront demandés."),
    ("p", "Vote : 32 voix pour, 0 contre, 0 abstention."),
    ("h", "Point 2 — Règlement intérieur du cimetière du Champ-Blanc"),
    ("p", "Le nouveau règlement autorise le regroupement de sépultures à la demande des familles (carré dit « confessionnel »), précise les dimensions des monuments et interdit les plantations d'arbres sur les tombes. Mme Mbaye demande que les familles puissent procéder aux toilettes mortuaires dans la salle technique ; le maire répond que la chambre funéraire intercommunale dispose d'une salle adaptée."),
    ("p", "Vote : unanimité."),
    ("h", "Point 3 — Vidéoprotection : avenant au marché de maintenance"),
    ("p", "Avenant n° 2 au marché conclu avec la société Armor Sécurité Systèmes pour un montant de 6 240 € HT. Vote : 27 pour, 5 contre (M. Carré, Mme Le Roux, M. Gautier, Mme Guégan, M. Le Moal)."),
    ("h", "Questions diverses"),
    ("p", "Mme Dagorn interroge le maire sur le campement installé près de la voie verte. Le maire indique qu'une maraude du CCAS s'y est rendue à trois reprises et que des solutions d'hébergement ont été proposées ; il n'envisage pas de démantèlement sans alternative."),
    ("p", "Séance levée à 22 h 05. Le Maire, Thierry Andrieux. La secrétaire de séance, Aurélie Guillou."),
]

DOCX["p062_rapport_social_unique_departement.docx"] = [
    ("title", "Département de l'Orne-Bocage — Rapport social unique 2025"),
    ("p", "Document présenté au comité social territorial du 19 mars 2026. Données au 31 décembre 2025, tous budgets confondus."),
    ("h", "1. Effectifs"),
    ("table", [["Catégorie", "Titulaires", "Contractuels", "Total", "Dont femmes"], ["A", "412", "96", "508", "71 %"], ["B", "388", "44", "432", "66 %"], ["C", "1 021", "118", "1 139", "58 %"], ["Assistants familiaux", "—", "236", "236", "91 %"], ["Total", "1 821", "494", "2 315", "64 %"]]),
    ("h", "2. Absences pour raison de santé"),
    ("table", [["Motif", "Nombre d'arrêts", "Jours calendaires", "Évolution"], ["Maladie ordinaire", "2 604", "38 920", "+4 %"], ["Longue maladie / longue durée", "71", "17 410", "-2 %"], ["Accident de service", "118", "5 206", "+9 %"], ["Maladie professionnelle", "14", "2 980", "stable"], ["Maternité / paternité / adoption", "86", "6 114", "—"]]),
    ("p", "Le taux d'absentéisme médical s'établit à 7,6 %. Les troubles musculo-squelettiques représentent 64 % des maladies professionnelles reconnues, principalement chez les agents des collèges et des routes."),
    ("h", "3. Discipline"),
    ("table", [["Sanction", "2024", "2025"], ["Avertissement", "7", "5"], ["Blâme", "3", "4"], ["Exclusion temporaire 1 à 3 jours", "2", "1"], ["Sanctions des 2e et 3e groupes", "1", "2"], ["Révocation / licenciement disciplinaire", "0", "1"]]),
    ("p", "Les procédures sont instruites par la direction des ressources humaines ; les conseils de discipline se sont réunis trois fois au centre de gestion."),
    ("h", "4. Relations sociales"),
    ("p", "Temps syndical : 6 210 heures de décharge d'activité de service réparties entre les organisations représentatives selon leurs résultats aux élections de décembre 2022 (CGT 38 %, FO 27 %, CFDT 24 %, SUD 11 %). 14 jours de grève recensés, 412 journées individuelles non travaillées."),
]

DOCX["p063_deliberation_logement_prioritaire.docx"] = [
    ("title", "Communauté urbaine de Dunkerque-Flandre — Délibération C-2026-041"),
    ("p", "Séance du conseil communautaire du 26 mars 2026 — Plan partenarial de gestion de la demande de logement social et d'information des demandeurs."),
    ("h", "Exposé des motifs"),
    ("p", "Le territoire compte 14 200 demandes actives pour 2 900 attributions par an. Le plan partenarial prévoit un service d'accueil et d'information des demandeurs dans chaque commune de plus de 10 000 habitants, une cotation commune et une gestion en flux des contingents réservataires à compter du 1er janvier 2027."),
    ("table", [["Indicateur 2025", "Valeur"], ["Demandes actives", "14 200"], ["Attributions", "2 906"], ["Délai médian", "11 mois"], ["Part des attributions hors QPV au 1er quartile", "21,4 %"], ["Ménages reconnus DALO relogés", "63"]]),
    ("p", "Mme Julie Vanhoutte, vice-présidente, rappelle que la cotation ne prendra pas en compte la nationalité ni l'origine des demandeurs, conformément à la loi, et que la grille sera publiée."),
    ("p", "Vote : 58 pour, 2 contre (MM. Declercq et Vermeersch), 4 abstentions."),
]

DOCX["p064_bilan_ccas_epicerie.docx"] = [
    ("title", "CCAS de Saint-Nazaire-Estuaire — Bilan de l'épicerie sociale 2025"),
    ("p", "Présenté au conseil d'administration du CCAS du 27 février 2026 par M. Ousmane Sy, vice-président."),
    ("table", [["Indicateur", "2024", "2025"], ["Foyers orientés", "402", "457"], ["Personnes concernées", "1 021", "1 166"], ["Durée moyenne d'accès (mois)", "4,2", "4,6"], ["Participation des bénéficiaires (% du prix)", "20 %", "20 %"], ["Tonnage distribué", "31,4 t", "35,9 t"]]),
    ("p", "Composition des foyers : personnes isolées 44 %, familles monoparentales 31 %, couples avec enfants 19 %, couples sans enfants 6 %. Origine de l'orientation : service social départemental 52 %, CCAS 33 %, associations 15 %."),
    ("p", "Les ateliers cuisine et budget ont réuni 212 participants. Le partenariat avec la Banque alimentaire de Loire-Atlantique et trois enseignes de grande distribution est reconduit."),
]

DOCX["p065_cr_conseil_ecole_sante.docx"] = [
    ("title", "École primaire Les Castors — Compte rendu du conseil d'école du 10 mars 2026"),
    ("p", "Présents : Mme Karine Bouvier (directrice), 9 enseignants, M. Thomas Renaud (délégué départemental de l'Éducation nationale), Mme Ingrid Fauvel (adjointe au maire), 8 représentants élus des parents."),
    ("h", "Santé et prévention"),
    ("p", "L'infirmière scolaire a réalisé le bilan de santé des élèves de grande section (58 enfants). Une campagne de dépistage visuel sera menée en CP avec l'association des opticiens. Un épisode de poux en janvier a touché plusieurs classes ; un courrier commun a été envoyé aux familles."),
    ("p", "Les parents demandent la reconduction du programme « Mon cartable léger » et de l'éducation à la vie affective adaptée à l'âge des élèves (programme EVARS). La directrice confirme trois séances en CM1-CM2."),
    ("h", "Sécurité"),
    ("p", "L'exercice d'évacuation incendie du 6 février s'est déroulé en 2 min 40 s. L'exercice PPMS « attentat-intrusion » est programmé en mai."),
    ("h", "Restauration"),
    ("p", "Un menu alternatif sans viande est proposé chaque jour. Les repas tiennent compte des allergies dans le cadre des PAI."),
]

DOCX["p066_avis_marche_travaux_prix.docx"] = [
    ("title", "Avis d'attribution — Travaux de construction d'un pôle santé à Sablé-les-Prés"),
    ("p", "Maître d'ouvrage : Commune de Sablé-les-Prés. Procédure adaptée (article R.2123-1 du code de la commande publique). Date d'envoi à la publication : 9 février 2026."),
    ("table", [["Lot", "Désignation", "Attributaire", "Montant HT"], ["1", "Gros œuvre", "SARL Bâtiments Sarthois", "612 408,50 €"], ["2", "Charpente - couverture", "Couvertures Lebreton", "148 920,00 €"], ["3", "Menuiseries extérieures", "Alu Concept 72", "97 315,20 €"], ["4", "Plâtrerie - cloisons", "Plâtres et Isolation de l'Ouest", "132 004,00 €"], ["5", "Électricité courants forts/faibles", "Électricité Générale Maine", "164 770,00 €"], ["6", "Plomberie - chauffage - ventilation", "Thermique Services", "221 680,00 €"]]),
    ("p", "Montant total : 1 377 097,70 € HT. Nombre d'offres reçues : 29. Le marché peut être consulté à la mairie, dans le respect des secrets protégés par la loi."),
]

DOCX["p067_recueil_delegations_hopital.docx"] = [
    ("title", "Centre hospitalier de Cholet-Mauges — Décision n° 2026-07 portant délégations de signature"),
    ("p", "Le directeur, Vu le code de la santé publique, notamment les articles L.6143-7 et D.6143-33 à D.6143-35, DÉCIDE :"),
    ("table", [["Délégataire", "Fonction", "Domaine de la délégation"], ["Mme Armelle Guérin", "Directrice adjointe, affaires financières", "Mandats, titres de recettes, marchés < 90 000 € HT"], ["M. Yacine Boumediene", "Directeur des ressources humaines", "Contrats de travail, décisions d'avancement, congés, ordres de mission"], ["Mme Hélène Poirier", "Directrice des soins", "Plannings des équipes soignantes, affectations, mobilités internes"], ["M. Baptiste Leroy", "Ingénieur en chef, services techniques", "Bons de commande travaux < 25 000 € HT"], ["Dr Marc Ollier", "Chef du pôle psychiatrie", "Certificats et admissions en soins sans consentement en cas d'empêchement du directeur de garde"]]),
    ("p", "La présente décision annule et remplace la décision n° 2025-31. Elle sera publiée au recueil des actes administratifs de la préfecture de Maine-et-Loire et affichée dans l'établissement."),
]

DOCX["p068_plan_grand_froid_communal.docx"] = [
    ("title", "Ville de Besançon-Doubs — Plan communal « Grand froid » 2025-2026"),
    ("h", "Objectifs"),
    ("p", "Protéger les personnes sans domicile et les personnes vulnérables isolées lors des épisodes de froid extrême, en lien avec le SIAO et la préfecture."),
    ("h", "Niveaux d'activation"),
    ("table", [["Niveau", "Déclencheur", "Mesures"], ["Veille saisonnière", "1er novembre - 31 mars", "Maraudes 3 soirs par semaine, registre des personnes vulnérables actif"], ["Niveau 1", "Températures ressenties négatives le jour", "Maraudes quotidiennes, ouverture de l'accueil de jour jusqu'à 20 h"], ["Niveau 2", "Températures ressenties de -5 à -10 °C", "Ouverture du gymnase Brossolette (40 lits), appels aux personnes inscrites"], ["Niveau 3", "Inférieures à -10 °C", "Ouverture d'un second site, renfort Croix-Rouge et protection civile"]]),
    ("p", "Référente du plan : Mme Mélanie Girardet, direction des solidarités. Astreinte élus : tableau diffusé par le cabinet du maire."),
]

DOCX["p069_rapport_commission_usagers.docx"] = [
    ("title", "Rapport annuel de la commission des usagers 2025 — EHPAD public intercommunal Les Hortensias"),
    ("p", "Établissement de 112 lits dont une unité protégée de 14 places pour personnes présentant des troubles cognitifs."),
    ("table", [["Type", "Nombre", "Délai moyen de réponse"], ["Réclamations écrites", "17", "12 jours"], ["Éloges", "23", "—"], ["Événements indésirables graves déclarés à l'ARS", "2", "—"], ["Médiations", "3", "—"]]),
    ("p", "Principaux motifs : linge perdu (6), qualité des repas (4), délai de réponse aux sonnettes la nuit (3), communication avec les familles (4). Actions engagées : marquage du linge par puces, commission menus avec les résidents, recrutement d'un aide-soignant de nuit supplémentaire."),
    ("p", "Représentantes des usagers : Mme Odette Chauvel (UDAF) et Mme Farida Amrani (France Alzheimer)."),
]

DOCX["p070_convention_don_sang_agents.docx"] = [
    ("title", "Convention de partenariat entre la Région Bourgogne-Franche-Comté et l'Établissement français du sang"),
    ("p", "Article 1 — Objet : favoriser le don de sang, de plasma et de plaquettes parmi les agents régionaux et les lycéens majeurs."),
    ("p", "Article 2 — Engagements de la Région : autorisation d'absence d'une demi-journée par don pour les agents ; mise à disposition gratuite de salles dans les lycées pour six collectes par an ; relais des campagnes sur l'intranet et les réseaux sociaux."),
    ("p", "Article 3 — Engagements de l'EFS : organisation des collectes ; information sur les conditions de don ; bilan annuel chiffré et agrégé."),
    ("p", "Article 4 — Protection des données : aucune donnée relative aux donneurs n'est transmise à la Région."),
    ("p", "Fait à Besançon, le 5 janvier 2026. Pour la Région, la présidente ; pour l'EFS, le directeur régional, Dr Alain Messina."),
]

DOCX["p071_compte_rendu_reunion_publique_squat.docx"] = [
    ("title", "Réunion publique du quartier Saint-Cyprien — 4 mars 2026 — Compte rendu"),
    ("p", "Organisée par la mairie de quartier. Environ 90 habitants présents. Élus : M. Florian Daguerre, maire de quartier ; Mme Inès Benhamou, adjointe aux solidarités."),
    ("p", "Les riverains évoquent l'occupation de l'ancienne clinique de la rue des Arts depuis l'automne : bruit, déchets, inquiétude. Mme Benhamou indique que le propriétaire a engagé une procédure judiciaire, que la Ville n'est pas partie à ce litige, et que les associations assurent un suivi sanitaire et scolaire des familles présentes. Le Samu social passe deux fois par semaine."),
    ("p", "Un habitant, M. Pierre Combes, demande qu'un ramassage supplémentaire des encombrants soit organisé ; accordé pour le jeudi. Mme Latifa Ghazi, présidente de l'association de parents d'élèves, indique que les enfants du quartier sont bien accueillis à l'école et appelle au calme."),
    ("p", "Prochaine réunion : juin 2026."),
]

DOCX["p072_note_historique_carre_militaire.docx"] = [
    ("title", "Le carré militaire du cimetière de l'Est — note historique"),
    ("p", "Créé en 1915 pour accueillir les soldats morts dans les hôpitaux temporaires de la ville, le carré militaire compte 612 tombes, dont 74 de soldats des troupes coloniales et 38 stèles musulmanes orientées vers la Mecque, ornées d'un croissant et d'une inscription en arabe, ainsi que 9 stèles israélites. Une section regroupe 21 soldats britanniques et indiens entretenue par la Commonwealth War Graves Commission."),
    ("p", "En 2016, à l'occasion du centenaire de la bataille de Verdun, l'association Mémoire et Fraternité a reconstitué le parcours de 40 tirailleurs à partir des registres matricules numérisés."),
    ("table", [["Confession indiquée sur la stèle", "Nombre"], ["Croix latine", "565"], ["Stèle musulmane", "38"], ["Stèle israélite", "9"]]),
    ("p", "Visite libre. Livret disponible à l'office de tourisme."),
]

DOCX["p073_deliberation_subvention_ligue_cancer.docx"] = [
    ("title", "Commune de Dax-Adour — Délibération n° 2026-19 — Subventions aux associations du secteur santé"),
    ("table", [["Association", "Objet", "Montant"], ["Ligue contre le cancer, comité des Landes", "Octobre rose et soins de support", "2 500 €"], ["AIDES Landes", "Prévention et dépistage", "1 800 €"], ["UNAFAM 40", "Groupes de parole des familles", "900 €"], ["Alcool Assistance", "Permanences d'accueil", "700 €"], ["Association des diabétiques des Landes", "Journée de dépistage", "500 €"], ["Vivre avec la SLA", "Aide aux aidants", "600 €"]]),
    ("p", "Mme Estelle Darrigrand, conseillère intéressée en tant que salariée du comité des Landes de la Ligue contre le cancer, n'a pas pris part au vote. Adopté à l'unanimité des votants (30)."),
]

DOCX["p074_arrete_nomination_referent_laicite.docx"] = [
    ("title", "Arrêté n° 2026-045 portant désignation du référent laïcité de la Ville de Nanterre-Seine"),
    ("p", "Le Maire, Vu le code général de la fonction publique, notamment son article L.124-3 ; Vu le décret n° 2021-1802 du 23 décembre 2021 relatif au référent laïcité dans la fonction publique ;"),
    ("p", "ARRÊTE : Article 1 — M. Sofiane Hadjadj, attaché principal, chargé de mission égalité et citoyenneté, est désigné référent laïcité de la collectivité. Article 2 — Il est chargé de conseiller les agents et les chefs de service, d'organiser la journée de la laïcité du 9 décembre et de rédiger un rapport annuel d'activité. Article 3 — Il exerce ses fonctions en toute indépendance et ne peut recevoir d'instruction pour les avis qu'il rend."),
    ("p", "Fait à Nanterre-Seine, le 12 janvier 2026. Le Maire, Raphaël Dumont."),
]

DOCX["p075_synthese_analyse_besoins_sociaux.docx"] = [
    ("title", "Analyse des besoins sociaux 2026 — Synthèse — CCAS de Vénissieux-Sud"),
    ("h", "Pauvreté"),
    ("p", "Le taux de pauvreté atteint 27 % (moyenne métropolitaine : 15 %). Il dépasse 40 % dans le quartier des Minguettes-Est. 18 % des ménages perçoivent le RSA, la prime d'activité ou l'AAH à titre principal."),
    ("table", [["Public", "Effectif estimé", "Tendance"], ["Familles monoparentales", "2 310", "en hausse"], ["Personnes âgées isolées (75 ans et +)", "1 480", "stable"], ["Jeunes 18-25 ans sans emploi ni formation", "940", "en baisse"], ["Personnes sans domicile domiciliées au CCAS", "388", "en hausse"]]),
    ("h", "Santé"),
    ("p", "La densité de médecins généralistes est de 5,9 pour 10 000 habitants. Le non-recours à la complémentaire santé solidaire est estimé à 34 %."),
    ("p", "Préconisations : bus des droits, permanences d'accès aux soins, renforcement de la médiation santé."),
]

DOCX["p076_cr_cst_elections_sieges.docx"] = [
    ("title", "Procès-verbal de proclamation des résultats — Comité social territorial — Ville de Pessac-Landes"),
    ("p", "Scrutin du 4 décembre 2025. Électeurs inscrits : 1 602. Votants : 811 (50,62 %). Suffrages valablement exprimés : 784."),
    ("table", [["Liste", "Voix", "Quotient", "Sièges au quotient", "Sièges à la plus forte moyenne", "Total sièges"], ["CGT", "301", "2,30", "2", "0", "2"], ["FO", "226", "1,73", "1", "1", "2"], ["CFDT", "164", "1,25", "1", "0", "1"], ["UNSA", "93", "0,71", "0", "1", "1"]]),
    ("p", "Nombre de sièges à pourvoir : 6 titulaires et 6 suppléants. Le bureau central de vote : M. Christophe Lafon (président), Mme Delphine Roux (secrétaire)."),
]

DOCX["p077_note_prefet_operation_police.docx"] = [
    ("title", "Communiqué du préfet de police des Bouches-du-Rhône — Bilan de l'opération « place nette » à Marseille-Nord"),
    ("p", "Du 10 au 14 mars 2026, 420 policiers et gendarmes ont été engagés dans les 14e et 15e arrondissements contre les trafics de stupéfiants."),
    ("table", [["Résultat", "Nombre"], ["Interpellations", "87"], ["Gardes à vue", "71"], ["Saisies de cannabis", "42 kg"], ["Saisies de cocaïne", "3,1 kg"], ["Armes saisies", "9"], ["Avoirs criminels saisis", "186 000 €"]]),
    ("p", "Parallèlement, les bailleurs ont procédé à l'enlèvement de 14 points d'installation des guetteurs et la Ville a engagé des travaux d'éclairage public. Le préfet salue l'engagement des forces et appelle les habitants à signaler tout point de deal via la plateforme dédiée."),
]

DOCX["p078_programme_formation_agents_accueil.docx"] = [
    ("title", "Plan de formation 2026 — Module « Accueillir tous les publics »"),
    ("p", "Destinataires : agents d'accueil des mairies annexes, du CCAS et des maisons France Services (32 agents)."),
    ("table", [["Séquence", "Durée", "Intervenant"], ["Accueil des personnes en situation de handicap visible et invisible", "1 jour", "APF France handicap"], ["Repérer une situation de détresse, orienter vers le 3114", "0,5 jour", "Centre hospitalier, équipe prévention suicide"], ["Laïcité et neutralité au guichet", "0,5 jour", "Référent laïcité"], ["Gérer l'agressivité", "1 jour", "Centre de gestion"], ["Publics allophones et exilés", "0,5 jour", "Association Forum Réfugiés"]]),
    ("p", "Lieu : salle du conseil. Inscription via l'intranet avant le 15 février."),
]

DOCX["p079_en_city_equality_report.docx"] = [
    ("title", "City of Strasbourg-Rhin — Equality and Diversity Report 2025 (summary for the Council of Europe network)"),
    ("p", "The city employs 4,610 staff. Women hold 48 % of senior management posts (target: 50 % by 2027)."),
    ("table", [["Indicator", "2024", "2025"], ["Staff with a recognised disability", "6.9 %", "7.4 %"], ["Reports to the anti-discrimination unit", "38", "44"], ["Of which relating to religion", "6", "8"], ["Of which relating to sexual orientation", "5", "4"], ["Disciplinary proceedings following a report", "2", "3"]]),
    ("p", "All figures are aggregated; individual cases are handled confidentially by the ethics officer. Training on secularism and non-discrimination reached 1,120 staff members."),
]

DOCX["p080_deliberation_tarifs_cimetiere.docx"] = [
    ("title", "Syndicat intercommunal du cimetière paysager des Coteaux — Délibération n° 2026-03 — Tarifs"),
    ("table", [["Prestation", "Tarif 2026"], ["Concession pleine terre 15 ans", "210 €"], ["Concession pleine terre 30 ans", "480 €"], ["Concession caveau 50 ans", "1 150 €"], ["Cavurne 30 ans", "390 €"], ["Dispersion au jardin du souvenir", "gratuit"], ["Vacation de police funéraire", "25 €"]]),
    ("p", "Le comité syndical rappelle que l'espace de regroupement des sépultures selon les usages religieux est soumis aux mêmes tarifs. Adopté à l'unanimité des 14 délégués présents."),
]

# ---------------------------------------------------------------- public .html

HTML["p081_actualite_centre_sante.html"] = ("Ouverture du centre de santé", """
<h1>Le centre municipal de santé ouvre ses portes le 2 mars</h1>
<p class="date">Publié le 20 février 2026 — Ville de Rezé-Loire</p>
<p>Après dix-huit mois de travaux, le centre municipal de santé du Château accueille ses premiers patients lundi 2 mars. Trois médecins généralistes, une infirmière de pratique avancée, une sage-femme et deux secrétaires médicales y exercent.</p>
<h2>Comment prendre rendez-vous ?</h2>
<ul><li>Par téléphone au 02 40 84 17 60, du lundi au vendredi de 8 h 30 à 18 h ;</li><li>en ligne sur la plateforme de la Ville ;</li><li>sur place, au 3 rue Jean-Jaurès.</li></ul>
<p>Le centre pratique le tiers payant intégral et le secteur 1. Les patients sans médecin traitant sont prioritaires.</p>
<p>« C'était un engagement de mandat : personne ne doit renoncer aux soins à Rezé », a déclaré le maire, Hervé Neau, lors de l'inauguration.</p>
""")

HTML["p082_deliberation_en_ligne_videoprotection.html"] = ("Délibération 2026-015 — Vidéoprotection", """
<h1>Délibération n° 2026-015 : charte éthique de la vidéoprotection</h1>
<p>Conseil municipal de Colomiers-Garonne, séance du 5 février 2026.</p>
<p>Le conseil municipal adopte une charte éthique encadrant l'usage des 48 caméras de voie publique : finalités limitées (prévention des atteintes aux personnes et aux biens, régulation du trafic, secours), interdiction de visionner l'intérieur des habitations (masquage dynamique), conservation 15 jours, accès réservé aux opérateurs habilités et aux officiers de police judiciaire sur réquisition.</p>
<p>Un comité d'éthique de sept membres (trois élus dont un de l'opposition, deux personnalités qualifiées, deux habitants tirés au sort) publiera un rapport annuel.</p>
<table border="1"><tr><th>Vote</th><th>Nombre</th><th>Élus</th></tr>
<tr><td>Pour</td><td>31</td><td>Majorité municipale</td></tr>
<tr><td>Contre</td><td>0</td><td>—</td></tr>
<tr><td>Abstention</td><td>4</td><td>Mme Sarrazin, M. Oubrahim, Mme Cassagne, M. Pujol</td></tr></table>
""")

HTML["p083_page_ccas_hebergement.html"] = ("Sans solution d'hébergement ce soir ?", """
<h1>Vous êtes à la rue ou allez l'être ?</h1>
<p><strong>Appelez le 115</strong>, gratuit, 24 h/24, même depuis un portable sans crédit.</p>
<h2>Accueil de jour « La Boussole »</h2>
<p>12 rue de la Liberté, du lundi au samedi, 8 h 30-13 h : petit-déjeuner, douches, laverie, consigne, domiciliation, permanence santé le jeudi avec une infirmière de l'équipe mobile précarité.</p>
<h2>Repas</h2>
<p>Restaurant solidaire (midi, du lundi au vendredi) ; distribution du soir par les Restos du cœur et la Croix-Rouge, place de la Gare, 19 h.</p>
<h2>Animaux</h2>
<p>Le centre d'hébergement Saint-Vincent accepte les chiens (4 places).</p>
<p>Vous voyez une personne en difficulté dans la rue ? Appelez le 115 et indiquez le lieu précis.</p>
""")

HTML["p084_communique_prefecture_radicalisation.html"] = ("Bilan de la lutte contre le séparatisme", """
<h1>Bilan départemental de la lutte contre l'islamisme radical et le séparatisme</h1>
<p>Préfecture du Rhône — 12 janvier 2026</p>
<p>En 2025, la cellule départementale de lutte contre l'islamisme et le repli communautaire (CLIR) a conduit 146 contrôles d'établissements et associations (débits de boissons, écoles hors contrat, associations sportives, lieux de culte). Ces contrôles ont conduit à 11 fermetures administratives, 2 dissolutions d'associations proposées au ministre et au redressement de 1,4 M€ de cotisations sociales.</p>
<p>Le préfet rappelle que l'immense majorité des associations cultuelles respectent les lois de la République et que la loi du 24 août 2021 a renforcé leur transparence financière.</p>
<p>Par ailleurs, 43 professionnels ont été formés au repérage des situations de radicalisation. Toute inquiétude sur un proche peut être signalée au numéro vert national 0 800 005 696.</p>
""")

HTML["p085_actu_journee_laicite.html"] = ("9 décembre : journée de la laïcité", """
<h1>9 décembre : la laïcité, parlons-en !</h1>
<p>Département de la Seine-Saint-Denis-Est — Actualité</p>
<p>À l'occasion de l'anniversaire de la loi de 1905, les collégiens du département sont invités à participer au concours d'affiches « La laïcité, c'est quoi pour toi ? ». Les 20 meilleures productions seront exposées dans le hall de l'hôtel du département.</p>
<p>Une conférence de Mme Nadia Benkirane, historienne, se tiendra à 18 h sur le thème « De la séparation des Églises et de l'État à la laïcité d'aujourd'hui ».</p>
<p>Les agents peuvent consulter le guide pratique « Laïcité et neutralité dans les services publics » sur l'intranet.</p>
""")

HTML["p086_resultats_elections_cse_hlm.html"] = ("Résultats des élections CSE", """
<h1>Élections du comité social et économique — résultats</h1>
<p>Office public de l'habitat Lille Métropole Logement — premier tour, 24 novembre 2025</p>
<table border="1"><tr><th>Collège</th><th>Inscrits</th><th>Votants</th><th>CGT</th><th>CFDT</th><th>FO</th><th>CFE-CGC</th></tr>
<tr><td>Ouvriers et employés</td><td>412</td><td>266</td><td>118</td><td>79</td><td>61</td><td>—</td></tr>
<tr><td>Agents de maîtrise</td><td>189</td><td>131</td><td>38</td><td>52</td><td>24</td><td>14</td></tr>
<tr><td>Cadres</td><td>74</td><td>58</td><td>—</td><td>19</td><td>—</td><td>36</td></tr></table>
<p>Représentativité : CGT 36,2 %, CFDT 34,4 %, FO 19,3 %, CFE-CGC 10,1 %.</p>
""")

HTML["p087_page_cimetieres.html"] = ("Cimetières communaux", """
<h1>Les cimetières de la ville</h1>
<p>La Ville gère quatre cimetières : Saint-Roch, Les Sablons, le cimetière paysager de la Vallée et le cimetière de Bel-Air.</p>
<h2>Espaces de regroupement</h2>
<p>Au cimetière de la Vallée, deux espaces permettent aux familles qui le souhaitent d'inhumer leurs proches selon les usages musulman et israélite. Ces espaces ne sont pas séparés du reste du cimetière. La demande se fait au service funéraire ; aucun justificatif d'appartenance religieuse n'est demandé.</p>
<h2>Horaires</h2>
<p>Du 1er avril au 31 octobre : 8 h-19 h ; du 1er novembre au 31 mars : 8 h-17 h 30.</p>
<p>Service funéraire : Hôtel de ville, 1er étage, 01 30 64 28 10.</p>
""")

HTML["p088_compte_rendu_hopital_psychiatrie.html"] = ("Conseil de surveillance — relevé", """
<h1>Établissement public de santé mentale du Morbihan-Sud — Relevé de décisions du conseil de surveillance du 22 janvier 2026</h1>
<ol>
<li>Approbation du rapport annuel sur les mesures d'isolement et de contention (article L.3222-5-1 CSP) : 612 mesures d'isolement concernant 287 patients, durée moyenne 38 heures ; 104 mesures de contention, durée moyenne 9 heures. Objectif de réduction de 20 % en 2026.</li>
<li>Soins sans consentement : 1 034 admissions, dont 41 % à la demande d'un tiers, 33 % en péril imminent, 26 % sur décision du représentant de l'État.</li>
<li>Avis favorable sur l'ouverture d'une unité de soins intensifs pour adolescents (8 lits).</li>
<li>Avis favorable sur le compte financier 2025.</li>
</ol>
<p>Le président, M. Guy Le Penven, maire de Vannes-Rhuys.</p>
""")

HTML["p089_offre_emploi_educateur_prevention.html"] = ("Offre d'emploi", """
<h1>Éducateur spécialisé — prévention spécialisée (H/F)</h1>
<p>Association Rencontres Jeunesse, mandatée par le Département de l'Isère-Nord</p>
<p>Vous intervenez en équipe de rue auprès de jeunes de 11 à 25 ans en risque de marginalisation : décrochage scolaire, conduites à risques, consommations, exposition aux trafics. Vous travaillez en lien avec les collèges, la mission locale et le CSAPA.</p>
<p>CDI temps plein — Convention collective 66 — Poste basé à Bourgoin. Permis B exigé. Candidatures à recrutement@rencontres-jeunesse.org.</p>
""")

HTML["p090_actu_mois_sans_tabac.html"] = ("Mois sans tabac", """
<h1>Novembre : relevez le défi du Mois sans tabac</h1>
<p>La Ville et le centre hospitalier de Blois-Loire vous accompagnent : consultations gratuites de tabacologie au centre de santé, ateliers de gestion du stress, substituts nicotiniques pris en charge à 100 % sur prescription.</p>
<p>Stand d'information au marché du samedi 1er novembre. Inscription sur tabac-info-service.fr ou au 39 89.</p>
""")

HTML["p091_communique_evacuation_campement.html"] = ("Évacuation du campement du canal", """
<h1>Mise à l'abri des personnes du campement du canal Saint-Denis</h1>
<p>Communiqué conjoint de la préfecture de la région d'Île-de-France et de la Ville — 3 avril 2026</p>
<p>Ce matin, 342 personnes qui vivaient sous des tentes le long du canal ont été mises à l'abri dans des centres d'accueil et d'examen des situations en Île-de-France et en région. Il s'agit de la 14e opération de ce type depuis le début de l'année.</p>
<p>Les personnes ont été accompagnées par les équipes de France terre d'asile et de l'OFII pour l'examen de leur situation administrative. Un bilan sanitaire a été proposé à chacune.</p>
<p>Les services de propreté de la Ville ont procédé au nettoyage du site.</p>
""")

HTML["p092_en_press_release_pride_flag.html"] = ("Rainbow flag raised at City Hall", """
<h1>Rainbow flag raised at City Hall for IDAHOBIT</h1>
<p>Ville de Montpellier-Lez — English news, 17 May 2026</p>
<p>On the International Day Against Homophobia, Biphobia and Transphobia, Deputy Mayor Clara Vidal-Ruiz raised the rainbow flag in front of City Hall alongside local associations.</p>
<p>"Montpellier has been a pioneer since the first same-sex marriage in France was celebrated here in 2013. We will keep fighting discrimination," she said.</p>
<p>The city funds a support helpline and an emergency shelter for young LGBT+ people rejected by their families (6 beds, run by Le Refuge).</p>
""")

HTML["p093_page_don_organes.html"] = ("Don d'organes", """
<h1>22 juin : journée nationale de réflexion sur le don d'organes</h1>
<p>Centre hospitalier universitaire d'Amiens-Somme</p>
<p>En 2025, la coordination hospitalière de prélèvement a recensé 61 donneurs, permettant 178 greffes. Chacun est présumé donneur sauf s'il a exprimé son refus, de préférence sur le registre national des refus.</p>
<p>Parlez-en à vos proches ! Stand d'information dans le hall principal de 10 h à 16 h.</p>
""")

HTML["p094_deliberation_refus_arrete_antimendicite.html"] = ("Question orale — arrêté anti-mendicité", """
<h1>Question orale de M. Éric Thibault — Conseil municipal du 19 mars 2026</h1>
<p><strong>M. Thibault (groupe Agir pour Périgueux) :</strong> « Madame la Maire, les commerçants de la rue Taillefer se plaignent de la mendicité agressive. Envisagez-vous, comme d'autres villes, un arrêté anti-mendicité pour la période estivale ? »</p>
<p><strong>Mme la Maire :</strong> « Non. Les arrêtés généraux ont été plusieurs fois annulés par les juridictions administratives. Nous préférons renforcer la maraude, la présence des médiateurs et l'accès à l'accueil de jour. La police municipale intervient en cas d'occupation abusive ou de chiens non tenus en laisse. »</p>
<p>M. Thibault prend acte et demande un bilan à l'automne.</p>
""")

HTML["p095_avis_recrutement_medecin_pmi.html"] = ("Recrutement médecin PMI", """
<h1>Le Département du Gers recrute un médecin de protection maternelle et infantile</h1>
<p>Poste basé à Auch, temps plein ou temps partiel (80 %). Missions : consultations infantiles, bilans de santé en école maternelle, agrément des assistants maternels, participation à l'évaluation des informations préoccupantes en lien avec la cellule départementale.</p>
<p>Rémunération : grille des médecins territoriaux ou contrat. Véhicule de service.</p>
<p>Contact : Dr Isabelle Ducasse, médecin départemental, 05 62 67 40 12.</p>
""")

HTML["p096_bilan_plan_canicule.html"] = ("Bilan plan canicule", """
<h1>Plan canicule 2025 : le bilan</h1>
<p>Ville de Lyon-Saône — Direction de la santé</p>
<ul>
<li>3 468 personnes inscrites au registre des personnes vulnérables (+11 %)</li>
<li>21 540 appels de courtoisie passés par les agents pendant les 3 épisodes de vigilance orange et rouge</li>
<li>412 visites à domicile</li>
<li>38 salles rafraîchies ouvertes au public</li>
</ul>
<p>Aucun décès n'a été signalé parmi les personnes inscrites. Inscriptions pour 2026 dès le 1er mai.</p>
""")

HTML["p097_en_university_staff_report.html"] = ("Staff social report 2025", """
<h1>Université Grenoble-Isère — Staff social report 2025 (English summary)</h1>
<p>The university employed 7,912 staff at the end of 2025 (3,604 faculty, 4,308 administrative and technical staff).</p>
<table border="1"><tr><th>Indicator</th><th>2025</th></tr>
<tr><td>Sick leave days (ordinary)</td><td>41,208</td></tr>
<tr><td>Work accidents with leave</td><td>63</td></tr>
<tr><td>Disciplinary sanctions (staff)</td><td>5</td></tr>
<tr><td>Staff union time (full-time equivalents)</td><td>11.4</td></tr>
<tr><td>Turnout at the December 2022 staff elections</td><td>38.6 %</td></tr></table>
<p>The occupational health service recorded 1,912 consultations. A new psychosocial risk prevention plan has been adopted by the health, safety and working conditions panel.</p>
""")

HTML["p098_hommage_ancien_maire_adjoint.html"] = ("Hommage à Antoine Mercadier", """
<h1>Disparition d'Antoine Mercadier, ancien premier adjoint</h1>
<p>Antoine Mercadier s'est éteint le 21 février 2026 à l'âge de 79 ans. Premier adjoint de 1995 à 2014, chargé des finances puis de l'urbanisme, il avait porté la création de la zone d'activités des Pradelles et la rénovation du centre ancien.</p>
<p>Engagé dans le monde associatif, il avait présidé le club de rugby et le comité des fêtes pendant vingt ans. Le maire, Mme Sandrine Lafargue, salue « un homme de rigueur et de fidélité, au service de sa ville ».</p>
<p>Les drapeaux de l'hôtel de ville sont mis en berne jusqu'aux obsèques, le 26 février.</p>
""")

HTML["p099_courrier_usager_demande_banc.html"] = ("Demande d'un habitant", """
<h1>Demande de M. Dembélé — installation d'un banc</h1>
<p>Reçue via le formulaire « Ma ville, mon quartier », le 3 mars 2026.</p>
<blockquote><p>Bonjour, je m'appelle Moussa Dembélé et j'habite rue des Glycines. Il n'y a aucun banc entre l'arrêt de bus Pasteur et la place du marché. Beaucoup de personnes âgées du quartier font ce trajet et doivent s'arrêter en route. Serait-il possible d'installer un ou deux bancs ? Merci.</p></blockquote>
<p><strong>Réponse du service espaces publics (10 mars) :</strong> Bonjour Monsieur, votre demande a été étudiée ; deux bancs seront posés en mai devant le numéro 18 et à l'angle de la rue Voltaire. Merci pour votre suggestion.</p>
""")

HTML["p100_affiche_semaine_bleue.html"] = ("Semaine bleue", """
<h1>Semaine bleue 2025 — « Vieillir, c'est aussi rester acteur »</h1>
<p>Du 6 au 12 octobre — CCAS de Saint-Quentin-en-Vermandois</p>
<ul><li>Lundi : atelier prévention des chutes</li><li>Mardi : thé dansant à la salle Matisse</li><li>Mercredi : rencontre intergénérationnelle avec le centre de loisirs</li><li>Jeudi : conférence « Bien vivre avec un diabète »</li><li>Vendredi : sortie au musée Antoine-Lécuyer</li></ul>
<p>Transport gratuit sur réservation : 03 23 06 93 93.</p>
""")

# ---------------------------------------------------------------- sovereign .docx

DOCX["s131_bilan_social_sanction_identifiable.docx"] = [
    ("title", "Commune de Pontivy-la-Roche — Rapport social unique 2025 — Annexe 7 : discipline"),
    ("p", "Annexe détaillée établie à la demande des représentants du personnel."),
    ("table", [["Service", "Effectif", "Sanction", "Motif", "Date"], ["Police municipale", "11", "Exclusion temporaire de fonctions — 3 jours", "Usage du fichier des immatriculations à des fins personnelles", "12/06/2025"], ["Propreté urbaine", "58", "Avertissement (x2)", "Retards répétés", "03/2025 ; 09/2025"], ["Écoles", "96", "Blâme", "Propos inadaptés envers un enfant", "21/10/2025"], ["Direction des finances", "14", "Avertissement", "Non-respect des procédures de mandatement", "02/12/2025"]]),
    ("p", "Précision demandée par le CST : le brigadier-chef principal, seul agent de ce grade au service de police municipale, a contesté l'exclusion devant le tribunal administratif ; il a été réaffecté au service de surveillance des points écoles."),
    ("p", "L'agent de la direction des finances, la régisseuse principale du service, a reconnu les faits et bénéficie d'un accompagnement par le service formation."),
]

DOCX["s132_pv_caleol_candidats.docx"] = [
    ("title", "Habitat du Grésivaudan — Procès-verbal de la CALEOL du 5 mars 2026"),
    ("p", "Logement T3, 64 m², résidence Les Saules, Crolles — loyer 512 € + charges 98 €."),
    ("table", [["Rang", "Candidat", "Composition", "Ressources mensuelles", "Situation", "Décision"], ["1", "Mme Aurore BLANC", "Mère + 2 enfants", "1 180 € (AAH + allocations)", "Reconnue DALO ; sclérose en plaques, fauteuil roulant ; logement actuel au 3e sans ascenseur", "Attribution"], ["2", "M. et Mme HAMDI", "Couple + 1 enfant", "1 940 €", "Hébergés chez un tiers depuis expulsion en 2024", "Attribution par classement"], ["3", "M. Victor PEREIRA", "Seul + droit de visite", "1 310 €", "Séparation en cours, garde alternée demandée devant le JAF", "Non-attribution (typologie)"]]),
    ("p", "Observations : le représentant de l'État rappelle la priorité DALO. Mme Blanc devra fournir l'attestation de la MDPH pour l'adaptation de la salle de bains."),
]

DOCX["s133_registre_cimetiere_confession.docx"] = [
    ("title", "Cimetière communal de Lamballe-Penthièvre — Extrait du registre des inhumations 2025"),
    ("p", "Registre tenu par le service état civil — colonnes complétées par l'agent du cimetière."),
    ("table", [["N°", "Nom", "Date du décès", "Emplacement", "Observations de l'agent"], ["2025-031", "LE BRAS Yvonne", "04/04/2025", "Allée 5, n° 12", "Cercueil ; cérémonie religieuse à Saint-Jean"], ["2025-032", "BENHADDOU Ali", "11/04/2025", "Espace Est, n° 3", "Musulman pratiquant — inhumation en linceul, présence de l'imam ; famille a demandé l'absence de personnel féminin"], ["2025-033", "COHEN-SOLAL Rachel", "19/04/2025", "Espace Est, n° 21", "Rite juif, shomer jusqu'à l'inhumation ; urgence — sabbat"], ["2025-034", "TRAN Van Minh", "02/05/2025", "Columbarium C-14", "Bouddhiste — encens autorisé"], ["2025-035", "GUILLOU Marcel", "09/05/2025", "Allée 2, n° 7", "Témoin de Jéhovah, pas de croix sur la plaque à la demande de la veuve"]]),
]

DOCX["s134_diagnostic_social_squat.docx"] = [
    ("title", "Diagnostic social préalable à l'évacuation — ancienne clinique de la rue des Arts"),
    ("p", "Établi par l'association mandatée par la DDETS le 25 février 2026. Transmis au sous-préfet."),
    ("table", [["Ménage", "Nationalité / statut", "Santé", "Scolarisation", "Orientation proposée"], ["Famille STOICA (Marian, Florentina, 3 enfants)", "Roumaine, communauté rom, sans emploi déclaré", "Florentina : diabète insulinodépendant non suivi", "2 enfants à l'école Saint-Cyprien", "Hôtel social"], ["M. Ahmad NOORI", "Afghan, réfugié statutaire (carte de résident)", "Suivi au centre de psychotraumatologie", "—", "Résidence sociale"], ["Mme Grace OKAFOR et sa fille", "Nigériane, demande d'asile en procédure Dublin", "Enceinte de 7 mois", "Fille en maternelle", "CADA prioritaire"], ["M. Karim ZEROUAL", "Algérien, en situation irrégulière, OQTF non exécutée", "Addiction aux opiacés, traitement de substitution", "—", "Refus d'orientation"]]),
    ("p", "Les autres occupants (environ 12) étaient absents lors du passage."),
]

DOCX["s135_pv_directoire_hopital_sanction.docx"] = [
    ("title", "Centre hospitalier de Cholet-Mauges — Directoire du 10 février 2026 — Relevé de décisions"),
    ("h", "1. Suites de l'inspection de l'unité de psychiatrie fermée"),
    ("p", "Le directeur informe le directoire que Mme Coralie Brisset, infirmière de nuit, a été suspendue à titre conservatoire le 2 février après le signalement d'un patient, M. T., hospitalisé sous contrainte pour schizophrénie, laissé en chambre d'isolement 14 heures sans prescription renouvelée. Un conseil de discipline sera saisi ; la sanction envisagée est une exclusion temporaire de six mois."),
    ("p", "Le Dr Marc Ollier, chef de pôle, indique que le psychiatre de garde, le Dr Sébastien Auclair, n'a pas répondu aux appels cette nuit-là ; une procédure devant la chambre disciplinaire de l'ordre est à l'étude. Il ajoute que le Dr Auclair traverse « une période personnelle très difficile » (séparation, consommation d'alcool signalée par ses collègues)."),
    ("h", "2. Plan de recrutement infirmier"),
    ("p", "Adopté."),
]

DOCX["s136_audit_videoprotection_restreint.docx"] = [
    ("title", "DIFFUSION RESTREINTE — Audit de sûreté du centre de supervision urbain de Colomiers-Garonne"),
    ("p", "Audit réalisé par le référent sûreté du groupement de gendarmerie, janvier 2026. Ne pas diffuser hors du cabinet du maire et de la police municipale."),
    ("table", [["Constat", "Criticité", "Recommandation"], ["Serveur d'enregistrement accessible depuis le réseau bureautique de la mairie (VLAN non isolé)", "Élevée", "Segmenter le réseau"], ["Compte « admin » partagé entre 6 opérateurs, mot de passe inchangé depuis 2021", "Élevée", "Comptes nominatifs"], ["Caméras 31 à 36 (quartier du Seycheron) : firmware vulnérable connu (CVE publiée), accès web exposé sur internet", "Critique", "Mise à jour immédiate"], ["Porte du CSU : serrure simple, pas de contrôle d'accès, fenêtre de la salle donnant sur le parking sans barreaudage", "Moyenne", "Contrôle d'accès par badge"], ["Aucune supervision entre 2 h et 6 h les nuits de semaine", "Moyenne", "Report vers la gendarmerie"]]),
]

DOCX["s137_memoire_technique_dsp_strategie.docx"] = [
    ("title", "Offre de la société DÉPANNAGE DU CHER SARL — DSP fourrière de Vierzon-la-Forêt — Compte d'exploitation prévisionnel"),
    ("p", "Document transmis au titre de l'offre. Secret des affaires — ne pas communiquer aux concurrents."),
    ("table", [["Poste (annuel)", "Montant"], ["Chiffre d'affaires prévisionnel (1 150 enlèvements)", "186 400 €"], ["Salaires (2 ETP dépanneurs + 0,5 administratif)", "92 300 €"], ["Amortissement plateau 19 t (acquis 2023, valeur résiduelle 61 000 €)", "14 200 €"], ["Loyer du parc (terrain appartenant au gérant, SCI Famille Rousseau)", "18 000 €"], ["Sous-traitance gardiennage", "6 800 €"], ["Résultat avant impôt", "31 600 € (17 %)"]]),
    ("p", "Stratégie : l'entreprise accepte un résultat réduit sur les deux premières années afin d'obtenir les contrats de Bourges et d'Issoudun (échéances 2027), où elle prévoit de mutualiser le même plateau et de revendre les véhicules non réclamés à un partenaire casseur de Châteauroux avec une marge de 40 %."),
]

DOCX["s138_decisions_commission_aides.docx"] = [
    ("title", "CCAS de Bourg-la-Reine-Ouest — Décisions de la commission permanente du 29 janvier 2026"),
    ("table", [["Demandeur", "Situation", "Aide demandée", "Décision"], ["Mme Josette RIVIÈRE, 78 ans", "Minimum vieillesse, facture de chauffage impayée 412 €", "Énergie", "Accord 300 €"], ["M. Yannick LEBON", "Sortant de détention (Fresnes, 12/2025), sans ressources en attente d'ouverture RSA", "Alimentaire", "Accord 150 € en chèques services"], ["Mme Fatou KANTÉ et 4 enfants", "Séparée, pension alimentaire impayée depuis 6 mois", "Cantine", "Prise en charge 2e trimestre"], ["M. Romain ESTÈVE", "Dossier de surendettement recevable, saisie sur salaire", "Prêt 800 €", "Refus (capacité de remboursement nulle)"]]),
    ("p", "Les membres sont tenus au secret professionnel."),
]

DOCX["s139_en_incident_report.docx"] = [
    ("title", "Centre Hospitalier de la Côte Basque — Serious incident review (English version for the cross-border partner)"),
    ("p", "Incident of 3 January 2026 — neonatal transfer from Bayonne to Donostia University Hospital."),
    ("table", [["Time", "Event"], ["02:10", "Baby Eneko Arrieta (born 02:02, 31 weeks, mother Ms Maialen Arrieta, 27, known gestational diabetes and HIV-positive under treatment) admitted to NICU in respiratory distress"], ["03:45", "Transfer requested; Spanish ambulance delayed by 90 minutes"], ["05:30", "Incubator battery failure during transfer; manual ventilation by nurse Ms Ainhoa Lasa"], ["06:05", "Arrival in Donostia; baby stable"]]),
    ("p", "Findings: the transport nurse on duty, Mr Julien Carrère, had not completed the mandatory equipment check; his line manager describes repeated lapses over the past year and will start a capability procedure."),
]

DOCX["s140_tableau_decharges_syndicales.docx"] = [
    ("title", "Département de l'Orne-Bocage — Répartition nominative du temps syndical 2026"),
    ("p", "Document de gestion de la DRH — tableau transmis aux chefs de service pour organiser les remplacements."),
    ("table", [["Agent", "Service", "Organisation", "Mandat", "Décharge"], ["M. Didier Lemonnier", "Routes — agence de Flers", "CGT", "Secrétaire général du syndicat", "100 %"], ["Mme Patricia Hue", "Collège de Domfront (cuisine)", "FO", "Déléguée", "50 %"], ["Mme Samira Bouzid", "ASE — territoire d'Argentan", "CFDT", "Secrétaire adjointe", "30 %"], ["M. Éric Vallée", "Archives départementales", "SUD", "Représentant au CST", "20 %"]]),
    ("p", "Les chefs de service ne doivent pas faire obstacle aux absences liées à ces mandats."),
]

# ---------------------------------------------------------------- sovereign .html

HTML["s141_page_plan_securite_festival.html"] = ("Festival des Lumières — dispositif", """
<h1>Festival des Lumières 2026 — dispositif de sécurité</h1>
<p><strong>CONFIDENTIEL — NE PAS DIFFUSER</strong> — Document de travail préfecture / Ville, version 3 du 12/03/2026</p>
<ul>
<li>Points de filtrage : 6 accès (plots béton, véhicules-herses aux accès 2 et 5).</li>
<li>Faiblesse identifiée : l'accès 4 (rue des Tanneurs) n'est fermé que par des barrières Vauban entre 23 h et 1 h, faute d'effectifs.</li>
<li>Postes de commandement : PC sécurité au 2e étage de l'hôtel de ville, PC repli à la caserne Dupuy, fréquences radio 150.125 / 150.250 MHz.</li>
<li>Effectifs : 42 policiers nationaux, 18 policiers municipaux, 60 agents privés ; relève à 21 h 30.</li>
</ul>
""")

HTML["s142_revue_presse_intranet.html"] = ("Revue de presse du 8 avril", """
<h1>Revue de presse — intranet des agents — 8 avril 2026</h1>
<h2>Le Progrès — « Au centre de santé, les médecins salariés font leurs preuves »</h2>
<p><em>Article reproduit intégralement.</em></p>
<p>Il est 8 h 15 et la salle d'attente est déjà pleine. Au centre municipal de santé, ouvert il y a un an, trois généralistes salariés reçoivent désormais 160 patients par jour. « Ici, je fais de la médecine, pas de la comptabilité », sourit le Dr Amélie Gros, 34 ans, qui a quitté un cabinet libéral de Lyon pour rejoindre l'équipe. [...] Pour la directrice, l'équation financière reste fragile : le centre perd encore 90 000 euros par an. Mais le maire assume : « Un service public de santé, ça ne se juge pas à sa rentabilité. » Dans le couloir, Josette, 81 ans, attend son renouvellement d'ordonnance : « Avant, j'allais aux urgences. »</p>
<p>Texte et photos : Marc Desbois — © Le Progrès 2026. Reproduction interdite.</p>
""")

HTML["s143_question_orale_sdf_nomme.html"] = ("Question orale — occupation de la place", """
<h1>Question orale de M. Éric Thibault — Conseil municipal du 16 avril 2026</h1>
<p><strong>M. Thibault :</strong> « Madame la Maire, tout le monde connaît ici M. Patrick Lenoir, qui dort sous le porche de l'église Saint-Front depuis l'hiver. Il est schizophrène, il ne prend plus son traitement depuis sa sortie de l'hôpital de Vauclaire et il crie la nuit. Que compte faire la Ville ? »</p>
<p><strong>Mme la Maire :</strong> « Le CCAS le connaît bien : il a perdu son logement après une expulsion en 2024 et nous avons domicilié son RSA. L'équipe mobile psychiatrie-précarité le voit chaque semaine. Une hospitalisation à la demande d'un tiers a été évoquée avec sa sœur. Je vous demande de ne pas en dire plus en séance publique. »</p>
""")

HTML["s144_rapport_pm_rixe_mineurs.html"] = ("Rapport d'intervention", """
<h1>Police municipale — rapport d'intervention n° 2026-0418</h1>
<p>Le 27/03/2026 à 16 h 50, devant le collège Jean-Zay, rixe entre plusieurs élèves. Interpellés et remis à l'OPJ : <strong>Théo Marchand</strong> (14 ans, 3e B) porteur d'un couteau à cran d'arrêt, et <strong>Yanis Belhadj</strong> (15 ans, 3e D), qui a frappé un camarade à la tête. Les deux mineurs ont été placés en retenue au commissariat ; les parents ont été avisés. La mère de Théo indique que son fils est déjà suivi par un éducateur de la PJJ depuis une précédente affaire de vol.</p>
<p>Victime : élève de 4e, conduit aux urgences (plaie au cuir chevelu).</p>
""")

HTML["s145_intranet_retour_agent.html"] = ("Bon retour Sylvie !", """
<h1>Bon retour parmi nous, Sylvie !</h1>
<p>Actualité interne — direction de l'éducation — 2 mars 2026</p>
<p>Après presque un an d'absence, Sylvie Marchetti a retrouvé lundi son bureau au service des inscriptions scolaires. Toute l'équipe est heureuse de l'accueillir à nouveau ! Elle nous a autorisés à le dire : ses séances de radiothérapie sont derrière elle et sa reconstruction mammaire s'est bien passée. Elle reprend en mi-temps thérapeutique les lundis, mardis et jeudis matin.</p>
<p>Un pot d'accueil est prévu vendredi à 16 h en salle 3. Venez nombreux !</p>
""")

HTML["s146_lettre_ecole_famille.html"] = ("Lettre aux familles — classe de CM1", """
<h1>Lettre de la classe de CM1 de Mme Marin — mars 2026</h1>
<p>Chers parents,</p>
<p>Le voyage à la mer aura lieu du 4 au 6 mai. Le coût est de 95 € par enfant ; la coopérative prend en charge une partie pour les familles qui le demandent.</p>
<p>Pour Hugo Lefranc, nous avons eu l'accord de son papa ; nous attendons celui de sa maman, puisque depuis le jugement de janvier les deux parents doivent signer les autorisations de sortie. Merci de ne plus remettre l'enfant à sa grand-mère paternelle, qui n'est plus autorisée à venir le chercher selon la décision du juge.</p>
<p>Bonne fin de trimestre à tous, Mme Marin</p>
""")

HTML["s147_en_prefecture_email_removal.html"] = ("Removal order follow-up", """
<h1>Internal e-mail — Prefecture of the Gironde, Foreigners Department</h1>
<p><strong>From:</strong> Bureau de l'éloignement — <strong>To:</strong> Cabinet — <strong>Date:</strong> 18 February 2026</p>
<p>Following yesterday's eviction at quai de Brazza, Mr Bakary Camara (born 15 June 2001, Malian national) has been placed in the Bordeaux administrative detention centre. His asylum claim was finally rejected by the CNDA in September 2025. A consular pass has been requested from the Malian consulate; flight provisionally booked for 26 February. He has a prior conviction for shoplifting (Bordeaux criminal court, 2024). His lawyer has filed an appeal before the administrative court.</p>
""")

HTML["s148_arrete_interim_conge.html"] = ("Arrêté d'intérim", """
<h1>Arrêté n° 2026-DRH-058 portant intérim de la direction de l'enfance et de la famille</h1>
<p>Le Président du Conseil départemental,</p>
<p>Considérant que Mme Sabrina Kessler, directrice de l'enfance et de la famille, attend son troisième enfant et sera absente à compter du 16 mars 2026 en raison d'une grossesse pathologique suivie d'un congé de maternité ;</p>
<p><strong>Arrête :</strong> Article 1 — M. Antoine Da Costa, directeur adjoint, assure l'intérim de la direction de l'enfance et de la famille du 16 mars au 31 août 2026, avec délégation de signature dans les mêmes conditions que la titulaire.</p>
<p>Fait à Blois-la-Forêt, le 10 mars 2026. Le Président, Pierre-Henri Langlois.</p>
""")

HTML["s149_pot_depart_retraite.html"] = ("Départ en retraite de Martine", """
<h1>Martine Gervais prend sa retraite</h1>
<p>Actualité interne — Mairie de Sainte-Colombe-des-Bois — 30 janvier 2026</p>
<p>Après 38 ans à l'accueil de la mairie, Martine nous quitte pour une retraite bien méritée. Tous se souviennent de son sourire, même dans les années difficiles : son divorce en 2012, la garde de ses petits-enfants qu'elle a obtenue quand sa fille a été placée en cure de désintoxication, puis son combat contre la dépression en 2019, dont elle parle aujourd'hui avec courage.</p>
<p>Le pot de départ aura lieu vendredi 6 février à 17 h 30 dans la salle du conseil.</p>
""")

HTML["s150_compte_rendu_village_associatif.html"] = ("Bilan de la marche des fiertés", """
<h1>Marche des fiertés 2026 : le bilan</h1>
<p>Plus de 1 200 personnes ont défilé samedi dans les rues de Lunel-Vieux. Au village associatif, le CeGIDD a réalisé 64 dépistages rapides.</p>
<p>Moment fort : le témoignage de Kevin Arnaud, 29 ans, animateur au service jeunesse de la Ville, qui a raconté au micro sa séropositivité découverte il y a deux ans, son traitement et le rejet de ses parents après son coming out. « Je vis normalement, je suis indétectable, et je suis fier. »</p>
<p>Rendez-vous l'an prochain !</p>
""")

if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
