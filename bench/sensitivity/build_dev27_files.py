"""Build the .docx and .html documents of the hand-written sensitivity set dev27.

Theme: a conseil départemental and what it writes (action sociale — APA, PCH, RSA, ASE, PMI, MDPH,
FSL/FSE, accueillants familiaux, assistants maternels —, collèges, routes, archives
départementales, SDIS relations, human resources, commission permanente and assembly).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, this script writes the other 60: 15 sovereign .docx (s046-s060), 15
sovereign .html (s061-s075), 15 public .docx (p121-p135) and 15 public .html (p136-p150).

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev27_files.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev27"
FIXED = dt.datetime(2026, 3, 2, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# ---------------------------------------------------------------- sovereign .docx (s046-s060)

DOCX_BLOCKS["s046_rapport_ccapex_menage.docx"] = [
    ("title", "CCAPEX — Fiche de saisine"),
    ("p", "Commission de coordination des actions de prévention des expulsions locatives — séance du 5 mars."),
    ("table", [
        ["Rubrique", "Renseignement"],
        ["Ménage", "M. Patrick et Mme Sylvie DUBREUIL, 2 enfants (12 et 15 ans)"],
        ["Adresse", "Résidence Les Cerisiers, appt 24, Bellerive"],
        ["Bailleur", "Arvenne Habitat"],
        ["Dette locative", "5 840 € (11 mois)"],
        ["Stade de procédure", "jugement de résiliation du bail du 12/12 ; commandement de quitter les lieux délivré le 20/01 ; demande de concours de la force publique"],
        ["Ressources", "RSA couple 1 050 € + allocations familiales ; M. Dubreuil en invalidité catégorie 2 depuis un AVC"],
    ]),
    ("p", "Avis du travailleur social : demande de protocole de cohésion sociale, FSL maintien et orientation vers un logement plus petit ; instruction d'un dossier de surendettement."),
]

DOCX_BLOCKS["s047_fiche_liaison_maternite_pmi.docx"] = [
    ("title", "Fiche de liaison maternité → PMI"),
    ("p", "Établissement : CH de Vallières, service de gynécologie-obstétrique. Destinataire : sage-femme de PMI du secteur de Marsac."),
    ("h", "Patiente"),
    ("p", "Mlle Océane B., née le 11/05/2010 (15 ans), domiciliée chez sa mère, 8 rue du Four, Marsac. Grossesse de 24 SA découverte tardivement, suivie depuis 3 semaines. Le père de l'enfant, majeur (19 ans), ne serait plus en contact."),
    ("h", "Motif de la liaison"),
    ("p", "Mineure enceinte scolarisée en 3e ; mère dépassée ; demande d'accompagnement prénatal à domicile, lien avec l'ASE à envisager (centre parental). L'assistante sociale de la maternité a informé la CRIP du contexte."),
    ("p", "Rédigé par : Mme Julie Pagès, sage-femme coordinatrice."),
]

DOCX_BLOCKS["s048_tableau_absences_longues_agents.docx"] = [
    ("title", "Pôle conditions de travail — Suivi des absences de longue durée au 1er mars"),
    ("table", [
        ["Agent", "Direction", "Position", "Depuis", "Observation"],
        ["FAURE Sylvie", "Collèges (agent d'entretien, coll. Curie)", "CLM", "09/2025", "suivi oncologique, reprise envisagée à temps partiel thérapeutique"],
        ["MOKRANI Rachid", "Routes (CER Pont-Rivel)", "CMO", "11/2025", "lombalgie chronique, saisine conseil médical à prévoir"],
        ["LEFEVRE Annie", "Solidarités (MDS Combes)", "CLD", "02/2024", "dépression sévère, expertise psychiatrique le 14/03"],
        ["BOUZID Nora", "Archives", "congé maternité puis parental", "01/2026", "—"],
        ["TESTU Alain", "Routes (parc)", "disponibilité d'office", "06/2025", "fin des droits statutaires, retraite pour invalidité en cours"],
    ]),
    ("p", "Document réservé aux gestionnaires habilités."),
]

DOCX_BLOCKS["s049_pv_conseil_discipline_agent.docx"] = [
    ("title", "Conseil de discipline — Procès-verbal de séance"),
    ("p", "Centre de gestion — formation compétente pour la catégorie C. Séance du 24 juin."),
    ("h", "Agent"),
    ("p", "Mme Laurence PICHON, adjoint technique territorial des établissements d'enseignement, cuisinière au collège Paul-Éluard (Bellerive)."),
    ("h", "Faits"),
    ("p", "Détournement répété de denrées alimentaires du service de restauration entre septembre et février (viandes, produits laitiers), constaté par le gestionnaire lors d'un inventaire et reconnu par l'agent ; propos injurieux envers le gestionnaire lors de l'entretien préalable."),
    ("h", "Délibération"),
    ("p", "Après audition de l'agent assistée de son défenseur, le conseil émet, à la majorité, un avis favorable à une exclusion temporaire de fonctions de 6 mois, dont 3 avec sursis."),
]

DOCX_BLOCKS["s050_releve_suspensions_rsa.docx"] = [
    ("title", "Relevé des décisions de suspension du RSA — mois de février"),
    ("p", "Direction de l'insertion — transmission CAF."),
    ("table", [
        ["N° allocataire", "Nom", "Commune", "Motif", "Décision"],
        ["3021887", "GONÇALVES Tiago", "Bellerive", "non-respect du CER, 4 rdv manqués", "suspension totale 2 mois"],
        ["2944105", "HUBERT Morgane", "Saint-Ours", "refus de contrôle", "suspension partielle 50 %"],
        ["3102776", "BA Oumar", "Pont-Rivel", "titre de séjour expiré non renouvelé", "suspension jusqu'à production du titre"],
        ["2877430", "LEROUX Cindy", "Marsac", "vie maritale non déclarée (enquête CAF)", "radiation + indu 6 420 €"],
    ]),
]

DOCX_BLOCKS["s051_projet_pour_enfant.docx"] = [
    ("title", "Projet pour l'enfant (PPE)"),
    ("p", "Enfant : Nathan LOISEAU, né le 03/02/2019. Mesure : placement judiciaire (jugement du 14/11), confié à l'ASE, accueilli chez Mme et M. Chevalier, assistants familiaux à Lavergne."),
    ("h", "Situation des parents"),
    ("p", "Les parents sont séparés depuis 2023. La mère, Mme Aurélie Loiseau, vit à Pont-Rivel avec un nouveau compagnon ; le juge a limité ses droits à des visites médiatisées d'une heure tous les quinze jours. Le père, M. Kevin Roche, exerce un droit de visite libre le samedi après-midi ; il a obtenu en février la reconnaissance de paternité contestée par la mère."),
    ("h", "Besoins de l'enfant"),
    ("p", "Suivi orthophonique (retard de langage), bilan CMPP en cours, scolarisation en CP à l'école de Lavergne avec AESH à temps partiel."),
    ("h", "Objectifs"),
    ("p", "Stabiliser l'accueil ; travailler la relation mère-enfant ; évaluer dans 6 mois un élargissement des droits du père."),
]

DOCX_BLOCKS["s052_decisions_cdaph.docx"] = [
    ("title", "CDAPH — Relevé de décisions, formation plénière du 19 mai"),
    ("table", [
        ["Dossier", "Personne", "Demande", "Éléments", "Décision"],
        ["62-118-447", "ANTUNES Grégoire", "AAH, ESAT", "troubles psychiques stabilisés", "accord AAH 5 ans, ESAT"],
        ["62-120-031", "CLÉMENT Jade (9 ans)", "AEEH + complément", "épilepsie pharmacorésistante", "AEEH + complément 3"],
        ["62-119-872", "NDIAYE Mariama", "RQTH", "surdité bilatérale appareillée", "accord 10 ans"],
        ["62-121-004", "PERRIN Georges", "PCH", "amputation membre inférieur (diabète)", "accord aide humaine 1 h 30/j"],
        ["62-117-556", "ROUSSEL Théo (16 ans)", "orientation ULIS pro", "trouble du déficit de l'attention, dyspraxie", "accord"],
    ]),
]

DOCX_BLOCKS["s053_evaluation_situation_aidant.docx"] = [
    ("title", "Évaluation de la situation et des besoins du proche aidant"),
    ("p", "Dans le cadre de la révision du plan d'aide APA de M. Henri Marcoux (89 ans, GIR 2), Lavergne."),
    ("p", "Aidante : Mme Geneviève Marcoux, épouse, 84 ans. Elle assure seule les nuits ; son mari se lève 4 à 5 fois, déambule, a tenté de sortir en pyjama à deux reprises. Mme Marcoux a perdu 7 kg en six mois, prend un somnifère prescrit par son médecin et dit « ne plus tenir ». Elle a elle-même été opérée d'une cataracte en janvier."),
    ("p", "Propositions : hébergement temporaire de 30 jours en EHPAD (Les Genêts) ; garde de nuit 2 nuits par semaine ; module répit de l'APA (majoration) ; orientation vers la plateforme d'accompagnement et de répit."),
]

DOCX_BLOCKS["s054_rapport_enquete_administrative.docx"] = [
    ("title", "Rapport d'enquête administrative — signalement de harcèlement moral"),
    ("p", "Service concerné : agence routière Sud, centre d'exploitation de Montclar. Personne mise en cause : M. Régis DELMAS, chef d'équipe. Enquêteurs : Mme Berthet (DRH), M. Ollier (inspecteur santé et sécurité au travail)."),
    ("h", "Auditions"),
    ("p", "Onze agents entendus. Sept décrivent des propos humiliants répétés visant deux agents de l'équipe (surnoms, remarques sur leur poids ou leur lenteur), des affectations systématiques aux tâches les plus pénibles et des menaces de « mauvais entretien annuel ». M. Delmas conteste, évoquant « des blagues d'équipe »."),
    ("h", "Conclusions"),
    ("p", "Les faits de harcèlement moral sont caractérisés à l'égard de M. Alexis Pons et de M. Dylan Ferrand. Il est proposé d'engager une procédure disciplinaire contre M. Delmas, de le muter à titre conservatoire et d'assurer une protection fonctionnelle aux deux agents."),
]

DOCX_BLOCKS["s055_evaluation_candidature_assmat.docx"] = [
    ("title", "Demande d'agrément d'assistante maternelle — note d'instruction"),
    ("p", "Candidate : Mme Priscilla HOARAU, 31 ans, 6 lotissement Le Clos, Saint-Ours."),
    ("p", "Visite à domicile favorable : logement adapté, projet construit, bonne connaissance du développement de l'enfant."),
    ("p", "Vérifications : le bulletin n° 2 du casier judiciaire du concubin, M. Steeve Grondin, vivant au foyer, mentionne une condamnation de 2021 par le tribunal correctionnel à 8 mois d'emprisonnement avec sursis pour violences volontaires sur conjoint (précédente compagne). Cette infraction figure parmi celles qui font obstacle à l'agrément (article L.421-3 CASF)."),
    ("p", "Proposition : refus d'agrément. Rédactrice : Mme Nadège Caron, puéricultrice."),
]

DOCX_BLOCKS["s056_offre_entreprise_balayage.docx"] = [
    ("title", "Mémoire technique et décomposition du prix — offre confidentielle"),
    ("p", "Marché de balayage et de nettoyage des routes départementales — lot 1. Candidat : SAS Nettoy'Route Services. Document couvert par le secret des affaires."),
    ("table", [
        ["Poste", "Coût unitaire interne", "Marge appliquée", "Prix proposé"],
        ["Heure de balayeuse aspiratrice (chauffeur compris)", "71,40 €", "11 %", "79,25 €"],
        ["Heure de camion hydrocureur", "88,00 €", "9 %", "95,90 €"],
        ["Mise en décharge (tonne)", "46,00 €", "5 %", "48,30 €"],
    ]),
    ("p", "Notre compétitivité repose sur un procédé breveté de recyclage des eaux de lavage (brevet FR 3 098 445) et sur un accord tarifaire avec la plateforme de traitement de Lavaur, que nous demandons de ne pas communiquer aux candidats concurrents."),
]

DOCX_BLOCKS["s057_rapport_activite_mds_vignettes.docx"] = [
    ("title", "Maison départementale des solidarités du Haut-Pradel — Rapport d'activité 2025"),
    ("h", "1. Présentation du territoire"),
    ("p", "Le territoire du Haut-Pradel regroupe 23 communes rurales et 14 800 habitants. La population est âgée (34 % de plus de 60 ans), les revenus sont modestes et l'offre de soins se raréfie : deux médecins généralistes sont partis en retraite sans successeur. La MDS dispose d'une antenne principale au Pradel et de trois permanences hebdomadaires."),
    ("h", "2. Activité"),
    ("p", "En 2025, l'équipe (6 assistantes sociales, 2 puéricultrices, 1 CESF, 2 secrétaires médico-sociales) a reçu 2 140 personnes. Les principaux motifs de demande sont l'accès aux droits (31 %), le logement et l'énergie (24 %), le budget (17 %) et la protection de l'enfance (12 %). 318 dossiers FSL/FSE ont été instruits. La PMI a réalisé 412 visites à domicile."),
    ("table", [
        ["Indicateur", "2024", "2025"],
        ["Personnes reçues", "1 980", "2 140"],
        ["Foyers RSA accompagnés", "286", "301"],
        ["Informations préoccupantes évaluées", "41", "47"],
        ["Visites à domicile PMI", "388", "412"],
    ]),
    ("h", "3. Un accompagnement au long cours : exemple"),
    ("p", "Pour illustrer le travail de l'équipe, nous présentons une situation suivie cette année. Monsieur K., 54 ans, ancien éleveur laitier au hameau de La Borie (commune de Saint-Aubin-des-Bois, 312 habitants), a cessé son activité en 2024 après la liquidation judiciaire de son exploitation. Vivant seul depuis le départ de son épouse, il a été signalé par le maire pour un isolement extrême et une consommation d'alcool importante. Après plusieurs visites, il a accepté un suivi en addictologie au CH de Vallières, l'ouverture de ses droits au RSA et une aide FSE pour rétablir l'électricité. Il participe aujourd'hui à un atelier de remobilisation."),
    ("h", "4. Perspectives"),
    ("p", "Déploiement d'un bus des solidarités itinérant en 2026 ; renforcement du partenariat avec la MSA sur le repérage des agriculteurs en difficulté."),
]

DOCX_BLOCKS["s058_dossier_ash_obliges_alimentaires.docx"] = [
    ("title", "Aide sociale à l'hébergement — proposition de participation des obligés alimentaires"),
    ("p", "Demandeur : Mme Simone RIGAL, 91 ans, résidente de l'EHPAD Les Genêts depuis le 1er septembre. Ressources : 1 140 €/mois. Prix de journée : 68,20 €."),
    ("table", [
        ["Obligé alimentaire", "Lien", "Situation déclarée", "Participation proposée"],
        ["M. Jacques Rigal", "fils", "cadre, 3 800 €/mois", "220 €/mois"],
        ["Mme Anne Rigal-Boyer", "fille", "en instance de divorce, au chômage", "0 €"],
        ["M. Paul Rigal", "fils", "rupture des liens depuis 1998 ; demande d'exonération pour manquements graves de la mère (abandon)", "saisine du JAF"],
    ]),
    ("p", "L'instructeur relève un conflit familial ancien ; le fils cadet produit des pièces relatives à son placement à l'ASE dans son enfance."),
]

DOCX_BLOCKS["s059_note_cabinet_confidentielle_dmto.docx"] = [
    ("title", "CONFIDENTIEL — Note au Président"),
    ("p", "Ne pas diffuser. Objet : scénarios de fermeture de services avant le débat d'orientations budgétaires."),
    ("p", "Afin de compenser la baisse des DMTO, la direction générale a identifié trois scénarios non encore présentés aux groupes politiques ni aux organisations syndicales : fermeture de trois antennes de MDS (Le Pradel, Saint-Ours, Montclar), suppression de 42 postes par non-remplacement des départs, et désengagement progressif du financement des centres sociaux (–1,1 M€)."),
    ("p", "Le scénario 2 est recommandé. Calendrier de communication proposé : annonce après les élections sénatoriales."),
]

DOCX_BLOCKS["s060_bilan_sante_enfant_confie.docx"] = [
    ("title", "Bilan de santé à l'admission — enfant confié (art. L.223-1-1 CASF)"),
    ("p", "Enfant : Kenza M., née le 22/07/2014, admise au foyer Les Glycines le 4 février."),
    ("table", [
        ["Domaine", "Constat"],
        ["Vaccinations", "retard (ROR, DTP non à jour)"],
        ["Croissance", "IMC au 3e percentile, dénutrition modérée"],
        ["Bucco-dentaire", "6 caries non soignées"],
        ["Développement", "retard scolaire de 2 ans, suspicion de dyslexie"],
        ["Santé psychique", "cauchemars, énurésie nocturne, évitement du contact physique ; orientation CMP"],
    ]),
    ("p", "Médecin : Dr Hélène Vasseur, médecin référent protection de l'enfance."),
]

# ---------------------------------------------------------------- sovereign .html (s061-s075)

HTML_PAGES["s061_fiche_dossier_beneficiaire_rsa.html"] = ("Dossier usager — Solis", """
<h1>Dossier usager n° 118 442</h1>
<table>
<tr><th>Nom</th><td>MARTINEZ Carla</td></tr>
<tr><th>Adresse</th><td>14 rue Jean-Jaurès, Pont-Rivel</td></tr>
<tr><th>Droit</th><td>RSA socle depuis 03/2022 — orientation sociale</td></tr>
<tr><th>Référent</th><td>N. Benhamou (MDS Pont-Rivel)</td></tr>
</table>
<h2>Historique</h2>
<ul>
<li>12/01 — entretien : dettes de téléphonie (890 €), huissier ; orientation Point conseil budget.</li>
<li>02/02 — reconnaissance de travailleur handicapé obtenue (fibromyalgie) ; projet d'emploi adapté.</li>
<li>20/02 — aide FAJ pour son fils (19 ans), en rupture familiale.</li>
</ul>
""")

HTML_PAGES["s062_intranet_planning_absences.html"] = ("Intranet — Planning de l'équipe", """
<h1>Service de l'aide sociale à l'enfance — Planning de la semaine 10</h1>
<table>
<tr><th>Agent</th><th>Lun</th><th>Mar</th><th>Mer</th><th>Jeu</th><th>Ven</th></tr>
<tr><td>C. Dufau</td><td>P</td><td>P</td><td>TT</td><td>P</td><td>P</td></tr>
<tr><td>L. Perrin</td><td colspan="5">Arrêt — burn-out (prolongé jusqu'au 31/03)</td></tr>
<tr><td>A. Fontanel</td><td>P</td><td>RTT</td><td>P</td><td>P</td><td>P</td></tr>
<tr><td>M. Chraïbi</td><td>P</td><td>P</td><td colspan="2">Chimio — absence autorisée</td><td>P</td></tr>
</table>
<p>Merci de ne pas transférer cette page hors du service.</p>
""")

HTML_PAGES["s063_portail_mdph_suivi_dossier.html"] = ("Mon MDPH en ligne — suivi", """
<h1>Bonjour Mme Fabienne Girard</h1>
<p>Dossier n° 62-122-318 — dernière mise à jour : 4 mars</p>
<h2>Vos demandes en cours</h2>
<ul>
<li>Allocation aux adultes handicapés (renouvellement) — <strong>en évaluation</strong></li>
<li>Carte mobilité inclusion, mention stationnement — <strong>accordée</strong></li>
</ul>
<h2>Message de votre évaluateur</h2>
<p>Madame, suite à la transmission du compte rendu du centre de traitement de la douleur et de votre dossier d'hémodialyse (3 séances par semaine), votre demande sera présentée en CDAPH le 26 mars. Merci de nous adresser la notification de votre pension d'invalidité.</p>
""")

HTML_PAGES["s064_courriel_fugue_mineur.html"] = ("Courriel — fugue", """
<p><strong>De :</strong> Foyer Les Cèdres (permanence éducative)<br>
<strong>À :</strong> astreinte ASE ; CRIP<br>
<strong>Objet :</strong> URGENT — fugue de Dylan V.</p>
<p>Bonjour,</p>
<p>Dylan V. (16 ans, placé par OPP du 3 janvier) n'est pas rentré au foyer hier soir. Dernier contact à 18 h 40 par téléphone : il disait être à la gare de Vallières « avec des potes de Lyon ». Nous savons qu'il a déjà été interpellé en décembre pour transport de produits stupéfiants et nous craignons qu'il soit de nouveau exploité par un réseau.</p>
<p>Déclaration de fugue faite au commissariat à 23 h 10 (n° PV 2026/118). Le juge des enfants et la mère ont été informés ce matin.</p>
<p>Éducateur de permanence : Samuel Ortega</p>
""")

HTML_PAGES["s065_intranet_suivi_accueillant_familial.html"] = ("Suivi accueil familial — fiche", """
<h1>Accueil familial — fiche de suivi</h1>
<p>Accueillant : M. Roger Pujol, Le Bourg, Saint-Ours.</p>
<p>Personne accueillie : Mme Germaine Castagnet, 88 ans.</p>
<h2>Dernière visite (12 février)</h2>
<p>Aggravation nette des troubles mnésiques : Mme Castagnet ne reconnaît plus son fils lors de ses visites, sort la nuit. Le neurologue a confirmé une démence à corps de Lewy. M. Pujol demande un hébergement temporaire et évoque une fin d'accueil à l'été ; une entrée en unité protégée est à étudier avec la tutrice (UDAF).</p>
""")

HTML_PAGES["s066_courriel_harcelement_eleve.html"] = ("Courriel — situation de harcèlement", """
<p><strong>De :</strong> CPE collège Lucie-Aubrac<br><strong>À :</strong> principal ; infirmière ; référente harcèlement<br><strong>Objet :</strong> Clara — suite</p>
<p>Bonjour à tous,</p>
<p>Clara Benoît (5e D) a de nouveau refusé de venir ce matin. Sa mère nous transmet des captures d'écran : un groupe Snapchat créé par Lucas M. et Inès T. (5e D) diffuse des photos d'elle retouchées avec des commentaires sur son poids. Clara a confié à l'infirmière avoir « envie de disparaître ».</p>
<p>Je propose la réunion d'équipe pHARe jeudi, la convocation des familles de Lucas et d'Inès, et un conseil de discipline pour Lucas, déjà sanctionné en octobre.</p>
<p>Sandrine, CPE</p>
""")

HTML_PAGES["s067_cr_formation_specialisee_sst.html"] = ("F3SCT — relevé de conclusions", """
<h1>Formation spécialisée en santé, sécurité et conditions de travail — séance extraordinaire du 9 avril</h1>
<h2>Point unique : événement grave au centre d'exploitation de Lavergne</h2>
<p>Le 2 avril, un agent d'exploitation de l'équipe de Lavergne, âgé de 47 ans, a été retrouvé par ses collègues dans le garage du centre après une tentative de suicide ; il est hospitalisé et ses jours ne sont plus en danger. L'agent avait évoqué auprès de collègues des difficultés conjugales et une surcharge liée aux astreintes.</p>
<p>Les représentants du personnel demandent une enquête conjointe et la mise en place d'une cellule de soutien psychologique pour les six agents de l'équipe. Avis unanime favorable.</p>
""")

HTML_PAGES["s068_registre_incidents_salle_lecture.html"] = ("Archives — incident salle de lecture", """
<h1>Rapport d'incident — salle de lecture</h1>
<p>Date : 18 novembre. Rédacteur : M. Lucas Verrier, chef du service de la conservation.</p>
<p>À 16 h 20, l'agent de surveillance a constaté que le lecteur M. Didier Thévenin (carte n° 7712) glissait dans une pochette trois actes notariés du XVIIe siècle extraits de la liasse 3 E 412. Les documents ont été récupérés. Un contrôle de la liasse consultée par ce lecteur en octobre fait apparaître la disparition de cinq pièces.</p>
<p>Suites : plainte déposée au commissariat de Vallières le 19 novembre pour vol de documents d'archives publiques ; exclusion du lecteur de la salle de lecture ; signalement à l'OCBC et aux autres services d'archives de la région.</p>
""")

HTML_PAGES["s069_intranet_liste_representants_syndicaux.html"] = ("Intranet RH — temps syndical", """
<h1>Répartition du crédit de temps syndical 2026 — usage RH</h1>
<table>
<tr><th>Agent</th><th>Direction</th><th>Organisation</th><th>Quotité</th></tr>
<tr><td>ROUSSEAU Damien</td><td>Routes</td><td>CFDT Interco</td><td>50 %</td></tr>
<tr><td>LAMBERT Chantal</td><td>Collèges</td><td>CGT</td><td>100 %</td></tr>
<tr><td>OUEDRAOGO Issa</td><td>Solidarités</td><td>SUD CT</td><td>30 %</td></tr>
<tr><td>MERCIER Gaëtan</td><td>Bâtiments</td><td>FO</td><td>ASA art. 17 : 12 jours</td></tr>
</table>
<p>Les adhésions et mandats ne doivent pas être mentionnés dans les entretiens professionnels.</p>
""")

HTML_PAGES["s070_tableau_suivi_grossesses_pmi.html"] = ("PMI — suivi prénatal", """
<h1>Sages-femmes de PMI — file active secteur Combes (extrait)</h1>
<table>
<tr><th>Patiente</th><th>Terme</th><th>Facteurs de vulnérabilité</th><th>Prochaine VAD</th></tr>
<tr><td>Mme Amina K.</td><td>juin</td><td>diabète gestationnel, barrière de la langue, hébergée en hôtel social</td><td>11/03</td></tr>
<tr><td>Mme Jennifer L.</td><td>mai</td><td>consommation de cannabis, antécédent de placement des aînés</td><td>08/03</td></tr>
<tr><td>Mme Sophie T.</td><td>juillet</td><td>grossesse gémellaire, hypertension</td><td>15/03</td></tr>
</table>
""")

HTML_PAGES["s071_note_mise_a_l_abri.html"] = ("Note — mise à l'abri", """
<h1>Note de situation — mise à l'abri en urgence</h1>
<p>Mme Lucie Garnier et ses deux enfants (4 et 7 ans) ont été reçus le 3 mars à la MDS de Bellerive. Mme Garnier déclare subir depuis deux ans des violences physiques et psychologiques de son conjoint, M. Fabrice Garnier ; elle présente un hématome à la pommette. Plainte déposée ce jour à la gendarmerie, avec l'accompagnement de l'intervenante sociale.</p>
<p>Mise à l'abri : appartement relais de l'association Solidarité Femmes Arvenne (adresse confidentielle). Demande d'ordonnance de protection à déposer avec l'avocate ; aide financière d'urgence de 150 € accordée ; ouverture des droits RSA majoré.</p>
""")

HTML_PAGES["s072_wiki_dsi_acces_distant.html"] = ("Wiki DSI — accès distant", """
<h1>Accès distant au réseau départemental — procédure technique (interne DSI)</h1>
<p>Passerelle VPN : vpn.arvenne.local (IP publique 185.44.12.71), port 4433/UDP.</p>
<p>Compte de service pour les prestataires de maintenance SCADA des ouvrages d'art : <code>svc_scada_maint</code> / mot de passe <code>Arv!Pont2026#</code> (rotation suspendue jusqu'à la migration).</p>
<p>Le serveur de supervision des tunnels (TUN-SUP-01) n'est pas encore segmenté : un accès VPN donne accès direct aux automates de ventilation du tunnel du Pradel.</p>
""")

HTML_PAGES["s073_signalement_parquet_ehpad.html"] = ("Signalement au procureur", """
<h1>Signalement au procureur de la République (article 40 CPP)</h1>
<p>Objet : suspicion de maltraitance — EHPAD Le Clos Fleuri, Montclar.</p>
<p>Lors de l'inspection conjointe ARS-Département du 6 mai, les inspecteurs ont recueilli le témoignage de la fille de Mme Jeanne Lacroix, 93 ans, résidente, atteinte de troubles cognitifs sévères : escarres de stade 3 non déclarées, perte de 9 kg en quatre mois, contention au fauteuil sans prescription. Deux aides-soignantes ont désigné une collègue de nuit, Mme Nadia Ferrier, comme ayant à plusieurs reprises giflé des résidents.</p>
<p>Le Président du Conseil départemental porte ces faits à votre connaissance.</p>
""")

HTML_PAGES["s074_dossier_recrutement_contractuel.html"] = ("RH — dossier de recrutement", """
<h1>Recrutement d'un agent contractuel — agent de restauration, collège des Combes</h1>
<p>Candidat retenu : M. Emmanuel Owusu, né à Kumasi (Ghana).</p>
<p>Point bloquant : le titre de séjour présenté (« vie privée et familiale ») a expiré le 14 février ; l'intéressé produit un récépissé de demande de renouvellement, mais la préfecture lui a notifié une OQTF le 2 mars, contestée devant le tribunal administratif. Le service juridique déconseille la signature du contrat en l'état.</p>
""")

HTML_PAGES["s075_diaporama_restructuration_confidentiel.html"] = ("Projet de réorganisation", """
<p><strong>CONFIDENTIEL — Document de travail du comité de direction — Ne pas diffuser</strong></p>
<h1>Projet « Cap 2028 » — réorganisation des directions territoriales</h1>
<ul>
<li>Fusion des agences routières Nord et Est au 1er janvier 2027 ; fermeture du CER du Pradel.</li>
<li>Regroupement des MDS de Saint-Ours et de Montclar.</li>
<li>Impact : 31 postes supprimés, 58 agents concernés par une mobilité imposée.</li>
</ul>
<p>Calendrier : information du CST en septembre, après arbitrage du Président.</p>
""")

# ---------------------------------------------------------------- public .docx (p121-p135)

DOCX_BLOCKS["p121_rapport_activite_mdph.docx"] = [
    ("title", "MDPH du Val-d'Arvenne — Rapport d'activité 2025 (synthèse)"),
    ("p", "La MDPH a enregistré 24 800 demandes (+4 %) déposées par 11 300 personnes. Le délai moyen de traitement est de 4,2 mois."),
    ("table", [
        ["Prestation", "Demandes", "Taux d'accord"],
        ["AAH", "3 920", "71 %"],
        ["PCH", "2 180", "58 %"],
        ["AEEH", "1 640", "84 %"],
        ["RQTH", "4 110", "92 %"],
        ["Orientations scolaires", "2 460", "89 %"],
    ]),
    ("p", "Les troubles psychiques et les troubles du neurodéveloppement représentent désormais la première cause de demande chez les moins de 20 ans. La MDPH remercie les associations partenaires (APF France handicap, Unapei, Autisme Arvenne, Unafam) pour leur participation à la CDAPH."),
]

DOCX_BLOCKS["p122_deliberation_subventions_associations_sante.docx"] = [
    ("title", "Commission permanente du 20 avril — Délibération CP-2026-04-160"),
    ("p", "Objet : subventions aux associations de santé publique et de prévention — 1re répartition."),
    ("table", [
        ["Association", "Objet", "Montant"],
        ["France Alzheimer Arvenne", "halte-relais des aidants", "4 000 €"],
        ["AIDES, lieu de mobilisation de Vallières", "dépistage rapide VIH/hépatites", "3 500 €"],
        ["Association Addictions France 43", "prévention en milieu scolaire", "5 000 €"],
        ["Vaincre la mucoviscidose, délégation", "course « Virades de l'espoir »", "800 €"],
        ["Les Amis de la santé mentale", "GEM de Pont-Rivel", "2 500 €"],
        ["Planning familial de l'Arvenne", "éducation à la vie affective dans les collèges", "6 000 €"],
    ]),
    ("p", "Total : 21 800 €. Adopté à l'unanimité."),
]

DOCX_BLOCKS["p123_programme_departemental_insertion.docx"] = [
    ("title", "Programme départemental d'insertion 2026-2030"),
    ("h", "Diagnostic"),
    ("p", "Le département compte 8 412 foyers allocataires du RSA, un taux de pauvreté de 15,8 % et un taux de chômage de 7,4 %. Les freins à l'emploi les plus cités par les référents sont la mobilité (62 %), la santé (41 %) et la garde d'enfants (28 %). Un allocataire sur trois est dans le dispositif depuis plus de cinq ans."),
    ("h", "Axe 1 — Accompagner chacun"),
    ("p", "Orientation de tous les nouveaux entrants dans le mois ; 15 heures d'activité hebdomadaire accompagnées ; référent unique identifié."),
    ("h", "Axe 2 — Lever les freins"),
    ("p", "Plateforme mobilité, places de crèche à vocation d'insertion professionnelle, consultations santé avec la CPAM."),
    ("h", "Axe 3 — Mobiliser les employeurs"),
    ("p", "Clauses sociales dans les marchés du Département (routes, collèges), job datings, partenariat avec les groupements d'employeurs agricoles."),
    ("h", "Gouvernance"),
    ("p", "Pacte territorial pour l'insertion signé avec l'État, la CAF, la MSA, France Travail, la Région et les organisations représentatives (dont le MEDEF, la CPME et l'Union départementale CGT)."),
]

DOCX_BLOCKS["p124_bilan_social_synthese.docx"] = [
    ("title", "Rapport social unique 2025 — synthèse"),
    ("table", [
        ["Indicateur", "Valeur"],
        ["Effectif permanent", "3 104 agents"],
        ["Âge moyen", "48,2 ans"],
        ["Taux d'absentéisme (maladie ordinaire, longue maladie, AT)", "9,1 %"],
        ["Accidents de service", "142, dont 61 aux routes"],
        ["Agents bénéficiaires de l'obligation d'emploi", "7,2 %"],
        ["Sanctions disciplinaires", "18"],
        ["Jours de grève", "412"],
    ]),
    ("p", "Présenté au comité social territorial du 17 juin. Données agrégées, aucune donnée individuelle."),
]

DOCX_BLOCKS["p125_reglement_aide_sociale_extrait.docx"] = [
    ("title", "Règlement départemental d'aide sociale — Livre II : personnes âgées (extraits)"),
    ("h", "Article 2-1 — Aide ménagère"),
    ("p", "Les personnes âgées de 65 ans et plus, ou de 60 ans reconnues inaptes au travail, dont les ressources sont inférieures au plafond de l'ASPA, peuvent bénéficier d'une aide ménagère dans la limite de 30 heures par mois."),
    ("h", "Article 2-7 — Hébergement"),
    ("p", "L'aide sociale à l'hébergement prend en charge les frais d'hébergement en établissement habilité, déduction faite de la participation du bénéficiaire (90 % de ses ressources) et de celle des obligés alimentaires."),
    ("h", "Article 2-12 — Recours en récupération"),
    ("p", "Les sommes versées sont récupérables sur la succession du bénéficiaire pour la part de l'actif net successoral excédant 46 000 €."),
]

DOCX_BLOCKS["p126_rapport_orientations_budgetaires.docx"] = [
    ("title", "Rapport d'orientations budgétaires 2027"),
    ("p", "Le présent rapport, prévu par l'article L.3312-1 du CGCT, présente le contexte, les engagements pluriannuels et la structure de la dette."),
    ("h", "Un effet de ciseaux qui s'aggrave"),
    ("p", "Les recettes de fonctionnement progresseraient de 0,8 % quand les dépenses sociales augmenteraient de 4,5 %, tirées par l'aide sociale à l'enfance et la revalorisation des métiers de l'accompagnement. L'épargne brute passerait de 48 à 39 M€."),
    ("h", "Les priorités"),
    ("p", "Maintien de l'investissement à 110 M€ par an ; poursuite du plan collèges ; création de 60 places en maisons d'enfants ; aucune hausse de tarif de la restauration scolaire."),
]

DOCX_BLOCKS["p127_convention_approvisionnement_local.docx"] = [
    ("title", "Convention de partenariat — approvisionnement local de la restauration des collèges"),
    ("p", "Entre le Département du Val-d'Arvenne, représenté par son Président, et la Chambre d'agriculture de l'Arvenne, représentée par son président, M. Thierry Alibert."),
    ("p", "Article 1 : la Chambre accompagne les producteurs locaux dans l'accès aux marchés de denrées des 32 collèges publics. Article 2 : le Département allote ses marchés et finance une plateforme commune de commandes. Article 3 : objectif de 50 % de produits durables dont 25 % bio en 2027. Article 4 : un comité de suivi se réunit deux fois par an."),
]

DOCX_BLOCKS["p128_dossier_organisation_viabilite_hivernale.docx"] = [
    ("title", "Dossier d'organisation de la viabilité hivernale 2026-2027 — version publique"),
    ("table", [
        ["Niveau de service", "Réseau concerné", "Objectif"],
        ["N1", "axes structurants (620 km)", "circulation assurée 5 h-21 h, délai 2 h"],
        ["N2", "liaisons intercommunales (1 400 km)", "circulation assurée 7 h-19 h, délai 4 h"],
        ["N3", "autres routes", "traitement après les niveaux 1 et 2"],
    ]),
    ("p", "Les cartes du réseau hiérarchisé sont consultables sur arvenne.fr. Les usagers sont invités à adapter leur conduite : les routes de niveau 3 peuvent rester enneigées plusieurs heures."),
]

DOCX_BLOCKS["p129_livret_accueil_nouvel_agent.docx"] = [
    ("title", "Livret d'accueil du nouvel agent"),
    ("p", "Bienvenue au Département du Val-d'Arvenne ! Vous rejoignez 3 100 agents au service de 290 000 habitants."),
    ("h", "Vos premiers jours"),
    ("p", "Votre responsable vous remet votre badge, vos accès informatiques et votre fiche de poste. Une journée d'intégration est organisée chaque trimestre."),
    ("h", "Votre santé"),
    ("p", "Vous serez convoqué à une visite d'information auprès de la médecine préventive. En cas d'arrêt de travail, adressez les volets 2 et 3 au service de gestion des absences. Un accompagnement social (assistante sociale du personnel) et une écoute psychologique sont à votre disposition."),
    ("h", "Vos représentants"),
    ("p", "Les organisations syndicales CGT, CFDT, FO, UNSA et SUD disposent de locaux à l'Hôtel du Département et d'un panneau d'affichage dans chaque site."),
]

DOCX_BLOCKS["p130_appel_projets_conference_financeurs.docx"] = [
    ("title", "Conférence des financeurs de la prévention de la perte d'autonomie — appel à projets 2026"),
    ("p", "Enveloppe : 780 000 € (CNSA). Public : personnes de 60 ans et plus vivant à domicile et leurs proches aidants."),
    ("p", "Thèmes : prévention des chutes, nutrition, mémoire, lutte contre l'isolement, bien-être et estime de soi, accès au numérique, soutien aux aidants."),
    ("p", "Porteurs éligibles : associations, CCAS, caisses de retraite, mutuelles, résidences autonomie. Date limite : 31 mars."),
]

DOCX_BLOCKS["p131_rapport_vie_scolaire_ca.docx"] = [
    ("title", "Collège Louis-Pergaud — Rapport annuel sur la vie scolaire présenté au conseil d'administration"),
    ("table", [
        ["Indicateur", "2024-2025", "2025-2026"],
        ["Élèves", "512", "498"],
        ["Exclusions temporaires de classe", "64", "51"],
        ["Exclusions temporaires de l'établissement", "19", "14"],
        ["Conseils de discipline", "3", "2"],
        ["Mesures de responsabilisation", "22", "31"],
    ]),
    ("p", "Le climat scolaire s'améliore. Le collège a obtenu le label pHARe. Le Département a financé l'aménagement de la cour et le recrutement d'un agent de restauration supplémentaire."),
]

DOCX_BLOCKS["p132_arrete_tarification_ehpad.docx"] = [
    ("title", "Arrêté conjoint ARS / Département fixant les tarifs 2026 — EHPAD Les Genêts"),
    ("p", "Prix de journée hébergement : 66,80 € (chambre individuelle). Tarif dépendance GIR 1-2 : 22,40 € ; GIR 3-4 : 14,22 € ; GIR 5-6 : 6,03 €. Forfait global soins (ARS) : 1 512 340 €."),
    ("p", "Le présent arrêté peut faire l'objet d'un recours devant le tribunal interrégional de la tarification sanitaire et sociale dans le délai d'un mois."),
]

DOCX_BLOCKS["p133_observatoire_pmi.docx"] = [
    ("title", "Protection maternelle et infantile — Observatoire 2025"),
    ("table", [
        ["Activité", "Volume"],
        ["Naissances domiciliées", "2 640"],
        ["Visites à domicile prénatales (sages-femmes)", "1 120"],
        ["Visites à domicile post-natales (puéricultrices)", "3 480"],
        ["Consultations infantiles", "6 910"],
        ["Bilans de santé en école maternelle (3-4 ans)", "1 870 (71 % des enfants)"],
        ["Consultations en centre de santé sexuelle", "2 240"],
    ]),
    ("p", "Le taux de couverture vaccinale ROR à 24 mois atteint 93 %. Le recrutement de médecins reste la difficulté majeure du service."),
]

DOCX_BLOCKS["p134_inventaire_fonds_prefecture.docx"] = [
    ("title", "Archives départementales — Répertoire numérique de la sous-série 4 M (police, 1800-1940), extraits"),
    ("table", [
        ["Cote", "Intitulé", "Dates", "Communicabilité"],
        ["4 M 12-30", "Rapports des commissaires de police", "1815-1939", "libre"],
        ["4 M 112-140", "Étrangers : registres d'immatriculation, dossiers de naturalisation", "1889-1940", "libre"],
        ["4 M 201-215", "Surveillance des cultes et des associations", "1830-1905", "libre"],
        ["4 M 310", "Grèves et mouvements ouvriers", "1870-1936", "libre"],
    ]),
    ("p", "Répertoire établi par Mme Claire Fabre, attachée de conservation. Ces documents ont tous plus de 75 ans et sont librement communicables."),
]

DOCX_BLOCKS["p135_discours_voeux_president.docx"] = [
    ("title", "Vœux du Président du Conseil départemental aux forces vives — 9 janvier"),
    ("p", "Mesdames et Messieurs, en 2025, notre Département a tenu. Il a tenu face aux intempéries de novembre, grâce à nos agents des routes qui ont dégagé 800 arbres tombés en trois nuits. Il a tenu face à la hausse de la précarité, grâce aux travailleurs sociaux de nos MDS. Il a tenu grâce aux sapeurs-pompiers volontaires, aux bénévoles des Restos du cœur, du Secours populaire, de la Croix-Rouge."),
    ("p", "En 2026, nous inaugurerons le collège de Marsac, nous lancerons le bus des solidarités et nous ouvrirons trois plateformes de répit pour les aidants. Et nous continuerons de demander à l'État de compenser ce qu'il nous confie."),
    ("p", "Bonne année à toutes et à tous. — Bernard Lafarge"),
]

# ---------------------------------------------------------------- public .html (p136-p150)

HTML_PAGES["p136_page_apa_domicile.html"] = ("L'allocation personnalisée d'autonomie à domicile", """
<h1>L'APA à domicile</h1>
<p>Vous avez 60 ans ou plus et vous avez besoin d'aide pour les gestes de la vie quotidienne ? L'allocation personnalisée d'autonomie (APA) finance une partie des aides dont vous avez besoin pour rester chez vous : aide à domicile, portage de repas, téléassistance, accueil de jour.</p>
<h2>Comment est-elle calculée ?</h2>
<p>Une équipe du Département vient chez vous pour évaluer votre niveau d'autonomie (grille AGGIR, du GIR 1 au GIR 6). Seuls les GIR 1 à 4 ouvrent droit à l'APA. Une participation peut rester à votre charge selon vos revenus.</p>
<h2>Comment la demander ?</h2>
<p>Téléchargez le formulaire ou faites votre demande en ligne. Contact : 04 71 00 40 40.</p>
""")

HTML_PAGES["p137_page_devenir_famille_accueil.html"] = ("Devenir assistant familial", """
<h1>Accueillir un enfant, un métier qui change des vies</h1>
<p>Le Département recherche des assistants familiaux pour accueillir à leur domicile des enfants confiés à l'aide sociale à l'enfance. Vous serez rémunéré, formé et accompagné par une équipe pluridisciplinaire.</p>
<ul><li>Agrément délivré par la PMI après évaluation</li><li>Formation de 240 heures</li><li>Salaire de base à partir de 1 900 € brut pour un enfant</li></ul>
<p>Prochaines réunions d'information : 7 et 16 avril. Inscription : familles-accueil@arvenne.fr</p>
""")

HTML_PAGES["p138_actualite_inauguration_college.html"] = ("Inauguration du collège de Marsac", """
<h1>Le nouveau collège Simone-Veil de Marsac inauguré</h1>
<p>Le Président Bernard Lafarge, la rectrice de l'académie et le maire de Marsac, M. Alain Teyssier, ont inauguré le 5 septembre le nouveau collège Simone-Veil, qui accueille 540 élèves. Le bâtiment à énergie positive, construit en bois local, a coûté 24 M€, financés à 92 % par le Département.</p>
<p>Le collège dispose d'une légumerie, d'une unité localisée pour l'inclusion scolaire (ULIS) et d'un internat de 40 places. Mme Nadia Lemaire en est la principale.</p>
""")

HTML_PAGES["p139_faq_lecteurs_archives.html"] = ("Archives — questions des lecteurs", """
<h1>Questions fréquentes des lecteurs</h1>
<h2>Puis-je consulter le dossier de l'aide sociale à l'enfance de mon grand-père ?</h2>
<p>Les dossiers individuels de l'ASE sont communicables à l'intéressé lui-même à tout moment, et aux tiers après un délai de 50 ans (ou 120 ans à compter de la naissance s'ils contiennent des informations médicales). Vous pouvez demander une dérogation.</p>
<h2>Les registres matricules militaires sont-ils en ligne ?</h2>
<p>Oui, de 1867 à 1921, sur notre site.</p>
<h2>Puis-je consulter un dossier de procès ?</h2>
<p>Les dossiers des juridictions sont communicables après 75 ans, 100 ans s'ils concernent des mineurs.</p>
""")

HTML_PAGES["p140_portrait_agente_exploitation.html"] = ("Portrait — Sylvie, agente des routes", """
<h1>Sylvie Charmet, première femme chef d'équipe aux routes</h1>
<p>Entrée au Département en 2004 comme agente d'exploitation au centre de Montclar, Sylvie Charmet est devenue en 2019 la première femme cheffe d'équipe des routes du Val-d'Arvenne. Elle encadre huit agents et pilote une saleuse chaque hiver.</p>
<p>« Au début, certains riverains me demandaient où était le chauffeur », sourit-elle. Elle anime aujourd'hui les journées découverte des métiers des routes auprès des collégiennes.</p>
""")

HTML_PAGES["p141_page_rsa_questions.html"] = ("RSA — vos questions", """
<h1>RSA : vos questions, nos réponses</h1>
<h2>Je suis étudiant, ai-je droit au RSA ?</h2><p>En principe non, sauf si vos revenus d'activité dépassent un certain seuil.</p>
<h2>Je suis travailleur indépendant.</h2><p>Oui, sous conditions de chiffre d'affaires. Un accompagnement spécifique est proposé par la BGE Arvenne.</p>
<h2>Je vis en couple.</h2><p>Le RSA est calculé pour le foyer : les ressources des deux conjoints sont prises en compte.</p>
<h2>Je n'ai pas pu aller à mon rendez-vous.</h2><p>Prévenez votre référent le plus tôt possible et donnez le motif ; un nouveau rendez-vous vous sera proposé.</p>
""")

HTML_PAGES["p142_actualite_subventions_handisport.html"] = ("Sport : soutien aux clubs handisport", """
<h1>14 clubs de sport adapté et handisport soutenus</h1>
<p>La commission permanente a attribué 38 000 € aux clubs de handisport et de sport adapté, dont le Cercle d'escrime handisport de Vallières, le club de basket fauteuil « Les Roues de l'Arvenne » et l'association Sport adapté Pont-Rivel.</p>
<p>Le Département félicite Mathis Roulier, nageur de Bellerive, sélectionné en équipe de France pour les championnats d'Europe de para-natation.</p>
""")

HTML_PAGES["p143_page_consultations_pmi.html"] = ("Consultations de PMI", """
<h1>Consultations de protection maternelle et infantile</h1>
<p>Les consultations de PMI sont gratuites et ouvertes à tous les enfants de 0 à 6 ans : suivi de la croissance, vaccinations, conseils sur l'alimentation et le sommeil. Les sages-femmes de PMI accompagnent les futures mamans pendant la grossesse.</p>
<p>Centres de santé sexuelle : contraception, dépistage des IST, IVG médicamenteuse, accueil anonyme et gratuit pour les mineurs.</p>
<p>Liste des lieux de consultation et horaires ci-dessous.</p>
""")

HTML_PAGES["p144_campagne_violences_femmes.html"] = ("25 novembre — campagne", """
<h1>Violences faites aux femmes : le Département s'engage</h1>
<p>À l'occasion du 25 novembre, le Département lance une campagne d'affichage dans les collèges, les MDS et les bus scolaires. Elle rappelle le 3919, numéro national d'écoute gratuit et anonyme.</p>
<p>En 2025, les intervenantes sociales en gendarmerie financées par le Département ont accompagné 612 victimes. Trois nouveaux logements d'urgence ont été ouverts avec l'association Solidarité Femmes Arvenne.</p>
""")

HTML_PAGES["p145_page_transport_scolaire.html"] = ("Transport scolaire adapté", """
<h1>Transport des élèves en situation de handicap</h1>
<p>Votre enfant ne peut pas prendre les transports en commun en raison de son handicap ? Le Département peut organiser et financer son transport entre votre domicile et son établissement.</p>
<p>Faites la demande avant le 15 juin pour la rentrée, avec l'avis de la MDPH. Vous pouvez choisir un transport organisé ou être remboursé de vos frais kilométriques.</p>
<p>1 140 élèves sont transportés chaque jour par 85 transporteurs.</p>
""")

HTML_PAGES["p146_offre_emploi_travailleur_social.html"] = ("Offre d'emploi — assistant de service social", """
<h1>Assistant de service social (H/F) — MDS de Saint-Ours</h1>
<p>Missions : accueil, évaluation et accompagnement des personnes et familles ; évaluation des informations préoccupantes ; accompagnement des bénéficiaires du RSA ; participation aux instances partenariales.</p>
<p>Profil : diplôme d'État d'assistant de service social ; permis B. Poste ouvert aux contractuels. Télétravail possible un jour par semaine.</p>
""")

HTML_PAGES["p147_conference_addictions.html"] = ("Conférence — addictions et adolescents", """
<h1>Conférence-débat : « Écrans, cannabis, alcool : parler des addictions avec nos ados »</h1>
<p>Jeudi 13 mars à 20 h, salle des fêtes de Bellerive. Avec le Dr Pierre Lestrade, addictologue au CH de Vallières, et l'équipe de la Maison des adolescents.</p>
<p>Organisée par le Département dans le cadre du plan départemental de prévention, en partenariat avec Addictions France. Entrée libre.</p>
""")

HTML_PAGES["p148_budget_participatif_laureats.html"] = ("Budget participatif — les lauréats", """
<h1>Budget participatif départemental : 24 projets lauréats</h1>
<p>Plus de 11 000 habitants ont voté. Parmi les lauréats : un jardin partagé à l'EHPAD de Saint-Ours porté par Mme Odile Fargeas, une boîte à livres au collège de Montclar proposée par les élèves du CVC, et une piste de pumptrack au Pradel défendue par Kevin Aubry, 17 ans.</p>
<p>Enveloppe totale : 1 M€. Réalisation des projets d'ici fin 2027.</p>
""")

HTML_PAGES["p149_avis_attribution_marche.html"] = ("Avis d'attribution", """
<h1>Avis d'attribution — Accord-cadre de renforcement de chaussées, lot 2</h1>
<p>Pouvoir adjudicateur : Département du Val-d'Arvenne, Direction des routes.</p>
<p>Attributaire : Colas Arvenne. Montant maximum de l'accord-cadre : 2 400 000 € HT sur 4 ans. Nombre d'offres reçues : 4.</p>
<p>Date de notification : 12 juin. Voies de recours : tribunal administratif de Clermont-Ferrand.</p>
""")

HTML_PAGES["p150_actualite_recrutement_spv.html"] = ("Devenez sapeur-pompier volontaire", """
<h1>Le SDIS et le Département recrutent des sapeurs-pompiers volontaires</h1>
<p>Le Val-d'Arvenne compte 1 620 sapeurs-pompiers volontaires. Pour maintenir les secours de proximité en zone rurale, 150 nouveaux volontaires sont recherchés cette année.</p>
<p>Le Département, employeur de 84 SPV, accorde à ses agents cinq jours de disponibilité par an pour la formation. Conditions : avoir 16 ans au moins, résider dans le département, satisfaire aux conditions d'aptitude médicale.</p>
""")

# Closing lines shared by the shorter documents (service footers, contacts, distribution notes).
EXTRA = {
    "p124_bilan_social_synthese.docx": "Le rapport complet, qui détaille les effectifs par filière, la formation (12 400 jours), les recrutements et l'action sociale en faveur des agents, est consultable sur l'intranet et transmis au centre de gestion.",
    "p130_appel_projets_conference_financeurs.docx": "Les dossiers sont déposés sur la plateforme subventions.arvenne.fr. Une réunion d'information se tiendra le 2 mars en visioconférence ; les porteurs retenus seront informés en mai et signeront une convention annuelle.",
    "p131_rapport_vie_scolaire_ca.docx": "Le conseil d'administration remercie les assistants d'éducation, les agents départementaux et les parents élus pour leur engagement, et approuve le rapport à l'unanimité.",
    "p132_arrete_tarification_ehpad.docx": "Les tarifs s'appliquent à compter du 1er mars. Le directeur de l'établissement est chargé de leur affichage et de leur communication aux résidents et à leurs familles.",
    "p133_observatoire_pmi.docx": "Les données, anonymes, sont issues du logiciel métier et des certificats de santé de l'enfant ; elles sont transmises chaque année à la DREES.",
    "p134_inventaire_fonds_prefecture.docx": "Les articles sont consultables en salle de lecture ; une partie est numérisée et accessible en ligne.",
    "p137_page_devenir_famille_accueil.html": "Vous pouvez aussi nous appeler au 04 71 00 50 50, du lundi au vendredi, pour poser vos questions à une assistante familiale en activité.",
    "p140_portrait_agente_exploitation.html": "Son conseil aux jeunes recrues : « Écouter les anciens, et ne jamais sous-estimer une route en hiver. »",
    "p142_actualite_subventions_handisport.html": "Les associations peuvent déposer leur demande pour la saison prochaine avant le 30 juin sur la plateforme des subventions.",
    "p143_page_consultations_pmi.html": "Aucune avance de frais n'est demandée. Pour prendre rendez-vous, appelez la MDS la plus proche de chez vous.",
    "p144_campagne_violences_femmes.html": "Les affiches ont été réalisées avec les élèves de l'atelier arts plastiques du collège Simone-Veil de Marsac.",
    "p145_page_transport_scolaire.html": "Pour toute question, contactez le service des transports scolaires au 04 71 00 60 60.",
    "p146_offre_emploi_travailleur_social.html": "Rémunération statutaire, régime indemnitaire, tickets restaurant, CNAS. Candidature avant le 15 mai sur arvenne.fr/emploi, auprès de la directrice du territoire, Mme Hélène Marsaud.",
    "p147_conference_addictions.html": "Des professionnels seront présents à l'issue de la conférence pour répondre aux questions des parents, en toute discrétion.",
    "p148_budget_participatif_laureats.html": "Le Département remercie les 312 porteurs de projets et les bénévoles qui ont tenu les urnes dans les collèges et les marchés.",
    "p149_avis_attribution_marche.html": "Le marché a été attribué à l'offre économiquement la plus avantageuse au regard des critères du règlement de consultation (prix 60 %, valeur technique 40 %).",
    "p150_actualite_recrutement_spv.html": "Renseignements auprès du centre d'incendie et de secours le plus proche ou sur sdis-arvenne.fr.",
    "s050_releve_suspensions_rsa.docx": "Les allocataires sont informés par courrier de la décision et des voies de recours.",
    "s060_bilan_sante_enfant_confie.docx": "Transmis au référent ASE et au médecin traitant désigné ; rendez-vous dentiste et CMP pris pour mars.",
    "s061_fiche_dossier_beneficiaire_rsa.html": "Prochain rendez-vous : 18 mars. Pièces manquantes : avis d'imposition, justificatif de la RQTH pour France Travail.",
    "s062_intranet_planning_absences.html": "Les dossiers de L. Perrin sont répartis entre C. Dufau et A. Fontanel jusqu'à son retour.",
    "s069_intranet_liste_representants_syndicaux.html": "Liste mise à jour par le service des relations sociales ; accès limité aux gestionnaires de temps de travail.",
    "s070_tableau_suivi_grossesses_pmi.html": "Secteur Combes, sage-femme référente : Mme Julie Pagès. Les informations sont partagées avec la maternité dans le cadre du staff médico-psycho-social.",
    "s072_wiki_dsi_acces_distant.html": "Page à accès restreint au groupe DSI-Infra. Ne pas copier sur les espaces collaboratifs.",
    "s075_diaporama_restructuration_confidentiel.html": "Les organisations syndicales ne doivent pas être informées avant la validation du scénario.",
}
for _name, _text in EXTRA.items():
    if _name in DOCX_BLOCKS:
        DOCX_BLOCKS[_name] = [*DOCX_BLOCKS[_name], ("p", _text)]
    else:
        _title, _body = HTML_PAGES[_name]
        HTML_PAGES[_name] = (_title, f"{_body.strip()}\n<p>{_text}</p>\n")


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)


if __name__ == "__main__":
    main()
