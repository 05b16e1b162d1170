"""Build the .docx and .html documents of the hand-written sensitivity set dev40.

Theme: international and European affairs of a region and a prefecture: town twinning and exchanges,
consular protection and repatriation of residents abroad, European funds (FEDER, FSE+, Interreg)
applications and audits, Erasmus+ mobility of pupils and apprentices, decentralised cooperation with
foreign cities, visits of foreign delegations (protocol, security arrangements), diplomatic notes and
correspondence, honorary consuls, international trade-show subsidies to companies, public reports and
press releases.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Written by an independent author who read neither the classifier, the tests, the documentation nor the
other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev40_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev40"
FIXED = dt.datetime(2025, 12, 15, 10, 30, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_audit_operation_feder_donnees_entreprise.docx"] = [
    ("title", "Rapport d'audit d'opération — programme FEDER-FSE+ Rhin-Ardennes 2021-2027"),
    para("""Opération RA-FEDER-2023-0044 « Industrialisation d'un procédé de recyclage des composites » —
    bénéficiaire : SAS Compositec Ornelle, Saint-Oren. Auditeurs : Mme Hélène Brossard et M. Yannick
    Ledoux, Commission interministérielle de coordination des contrôles (CICC), antenne Ouest.
    Période de l'audit : 3 au 21 février 2025. Rapport définitif après procédure contradictoire."""),
    ("h", "1. Présentation de l'opération"),
    para("""L'opération consiste à construire et mettre en service une ligne pilote de recyclage des
    déchets de matériaux composites à fibre de carbone issus de l'industrie aéronautique, par un
    procédé de solvolyse à basse température développé par l'entreprise. Coût total éligible retenu :
    3 480 000 euros. Aide FEDER programmée : 1 392 000 euros (40 %). Dépense déclarée à la Commission
    et auditée : 2 106 400 euros au titre de la demande de paiement n° 3."""),
    ("h", "2. Méthodologie"),
    para("""L'audit a porté sur l'éligibilité des dépenses, le respect des règles de la commande publique
    et des aides d'État, la réalité de l'opération, la piste d'audit et le respect des obligations de
    publicité. Les auditeurs ont examiné la comptabilité analytique du bénéficiaire, les contrats et
    factures, les feuilles de temps du personnel affecté, et ont visité le site de production le
    12 février. Le bénéficiaire a communiqué, à la demande des auditeurs et sous réserve de
    confidentialité, ses états financiers détaillés, son plan d'affaires et la description technique du
    procédé, documents couverts par le secret des affaires et non reproduits dans la version publique
    du rapport."""),
    ("h", "3. Données économiques et financières du bénéficiaire (confidentiel)"),
    ("table", [
        ["Exercice", "Chiffre d'affaires (k€)", "EBITDA (k€)", "Résultat net (k€)", "Trésorerie (k€)"],
        ["2022", "6 140", "410", "-220", "1 870"],
        ["2023", "8 920", "1 015", "182", "2 430"],
        ["2024", "11 380", "1 640", "515", "960"],
        ["2025 (budget)", "15 200", "2 780", "1 120", "1 450"],
    ]),
    para("""Le plan d'affaires repose sur un contrat-cadre de cinq ans signé en septembre 2024 avec un
    grand motoriste aéronautique, pour le traitement de 420 tonnes de chutes par an au prix de 1 850
    euros la tonne, assorti d'une clause d'exclusivité régionale. La fibre recyclée est revendue à un
    équipementier automobile allemand au prix de 9,40 euros le kilogramme, soit environ 45 % du prix de
    la fibre vierge. La marge brute du procédé atteint 38 % en régime nominal ; le point mort est atteint
    à 260 tonnes par an. Le procédé repose sur un solvant à base d'alcool benzylique et un catalyseur
    dont la formulation n'est pas brevetée mais protégée au titre du savoir-faire ; la température de
    réaction de 180 °C et le temps de séjour de 90 minutes constituent, selon le dirigeant, l'avantage
    compétitif décisif par rapport aux procédés concurrents par pyrolyse."""),
    para("""La baisse de la trésorerie en 2024 s'explique par le retard de versement de l'aide FEDER et
    par le financement du besoin en fonds de roulement lié au contrat-cadre. L'entreprise a négocié en
    décembre 2024 un prêt de 1,2 million d'euros auprès de Bpifrance et un découvert autorisé de 500 000
    euros. Les auditeurs considèrent que la capacité financière du bénéficiaire à mener l'opération à
    son terme n'est pas remise en cause."""),
    ("h", "4. Constats"),
    para("""Constat n° 1 — Commande publique. Le bénéficiaire, entreprise privée non soumise au code de la
    commande publique, devait, selon la convention attributive, consulter au moins trois fournisseurs
    pour tout achat supérieur à 40 000 euros. Pour le réacteur de solvolyse (612 000 euros), un seul
    devis a été obtenu, auprès d'un fabricant italien. Le bénéficiaire invoque l'absence d'autre
    fournisseur capable de réaliser un réacteur conforme à ses spécifications confidentielles ; il
    produit deux courriels de refus d'entreprises consultées oralement. Les auditeurs admettent la
    justification, tout en recommandant de formaliser à l'avenir les consultations infructueuses.
    Aucune correction."""),
    para("""Constat n° 2 — Frais de personnel. Les feuilles de temps de deux ingénieurs ne sont pas signées
    pour les mois de mars à juin 2024. Le bénéficiaire a produit des feuilles signées a posteriori, qui
    ne peuvent être acceptées. Correction : 38 420 euros de dépenses inéligibles, soit 15 368 euros de
    FEDER."""),
    para("""Constat n° 3 — Amortissements. Le bénéficiaire a déclaré l'amortissement d'un équipement de
    broyage acquis en 2021, avant le début de l'opération, au prorata de son utilisation. La convention
    exclut cette dépense. Correction : 21 600 euros, soit 8 640 euros de FEDER."""),
    para("""Constat n° 4 — Publicité. L'affiche obligatoire mentionnant le soutien de l'Union européenne
    était présente à l'entrée du site ; le site internet du bénéficiaire ne comportait pas, à la date
    de l'audit, la description de l'opération. Mise en conformité constatée le 3 mars. Aucune
    correction."""),
    para("""Constat n° 5 — Aides d'État. L'aide a été octroyée au titre de l'article 25 du règlement
    général d'exemption par catégorie (aide à la recherche et au développement, volet développement
    expérimental). Les auditeurs relèvent qu'une partie de la ligne, destinée à la production
    commerciale dès 2025, relève de l'investissement productif et non du développement expérimental.
    Après examen de la note technique confidentielle du bénéficiaire sur le taux de disponibilité de
    la ligne pour les essais, les auditeurs retiennent une clé de répartition de 70 % pour les essais
    et 30 % pour la production ; la part production, éligible au titre de l'article 17 avec un taux
    maximal de 20 % pour une PME, entraîne une correction du taux d'aide. Correction : 84 200 euros de
    FEDER."""),
    ("h", "5. Récapitulatif des corrections"),
    ("table", [
        ["Constat", "Dépense inéligible (€)", "FEDER à corriger (€)"],
        ["2 — feuilles de temps", "38 420", "15 368"],
        ["3 — amortissement antérieur", "21 600", "8 640"],
        ["5 — taux d'aide", "—", "84 200"],
        ["Total", "60 020", "108 208"],
    ]),
    ("h", "6. Réponse du bénéficiaire et conclusion"),
    para("""Le bénéficiaire accepte les constats 2 et 3. Il conteste le constat 5, estimant que la ligne
    reste pilote tant que le taux de rendement n'a pas atteint 85 %, ce qui n'était pas le cas au
    31 décembre 2024 (taux constaté : 71 %). Les auditeurs maintiennent leur position, la production
    vendue au client allemand ayant atteint 48 tonnes sur l'exercice, mais acceptent de réexaminer la clé
    de répartition lors du contrôle de la demande de paiement suivante."""),
    para("""Conclusion : les dépenses auditées comportent des irrégularités à hauteur de 108 208 euros de
    FEDER, soit un taux d'erreur de 5,1 % sur l'opération. L'autorité de gestion procédera à la
    correction dans les comptes et émettra un titre de recettes à l'encontre du bénéficiaire."""),
    para("""Le présent rapport contient des informations relevant du secret des affaires (section 3 et
    constat 5). Sa communication à des tiers est exclue ; seule la synthèse anonymisée est intégrée au
    rapport annuel de contrôle."""),
]

DOCX_BLOCKS["s047_plan_securisation_forum_villes_partenaires.docx"] = [
    ("title", "Forum international des villes partenaires — dispositif de sûreté"),
    para("""Hôtel de région de Bréval, 20 et 21 novembre 2025. 140 participants dont 9 maires étrangers,
    l'ambassadeur d'Ukraine en France et une délégation de la ville de Kharkiv. Document établi par le
    responsable sûreté de la région, M. Gilles Morand, en lien avec la DDSP et le SDRT."""),
    ("h", "1. Évaluation de la menace"),
    para("""Le SDRT signale une menace de perturbation par des militants hostiles au soutien à l'Ukraine
    et des risques de cyberattaque de type déni de service sur le site d'inscription. La présence de
    l'ambassadeur justifie une protection rapprochée assurée par le SDLP (deux officiers)."""),
    ("h", "2. Accès et contrôle"),
    para("""Accès unique des participants par le hall A, contrôle des badges nominatifs à QR code et
    passage sous portique magnétique. Le hall B reste fermé ; sa porte coulissante, dont le verrouillage
    électromagnétique se désactive en cas de coupure électrique de plus de dix minutes, est doublée
    d'une chaîne cadenassée (cadenas à code 2-7-0-4). Le parking souterrain est réservé aux véhicules
    des délégations ; le code d'accès du clavier de la rampe est 55B19 pendant les deux jours."""),
    para("""Le salon Vauban, au troisième étage, sert de salle de repli pour l'ambassadeur et le maire de
    Kharkiv ; il est desservi par l'ascenseur de service n° 3, dont la clé de priorité est détenue par
    le chef de poste. Les caméras du troisième étage couvrent le couloir est mais pas l'escalier de
    secours ouest, qui débouche sur la cour logistique : un agent y est posté en permanence."""),
    ("h", "3. Effectifs et horaires"),
    ("table", [
        ["Poste", "Effectif", "Horaires", "Observation"],
        ["Hall A — contrôle", "4 agents privés + 2 policiers", "7 h 30 – 19 h 00", "portique loué"],
        ["Salle de l'Assemblée", "2 agents", "8 h 30 – 18 h 30", "sacs interdits en salle"],
        ["Escalier ouest", "1 agent", "en continu", "angle mort vidéo"],
        ["Rondes extérieures", "2 agents", "toutes les 40 minutes", "parvis, cour, rue du Moulin"],
        ["Nuit du 20 au 21", "1 agent + télésurveillance", "19 h 00 – 7 h 30", "salle préparée la veille"],
    ]),
    ("h", "4. Informatique"),
    para("""Le réseau Wi-Fi des participants (FORUM-2025) est isolé du réseau administratif. Le mot de
    passe du réseau technique des interprètes est Kharkiv#Breval25 ; il ne doit pas être affiché. Le
    prestataire d'hébergement du site d'inscription a activé une protection contre le déni de service
    jusqu'au 22 novembre."""),
    ("h", "5. Conduites à tenir"),
    para("""En cas d'intrusion de manifestants, l'ambassadeur et la délégation ukrainienne sont conduits
    au salon Vauban par l'ascenseur n° 3 ; le public est maintenu en salle. En cas d'alerte à la
    bombe, évacuation par les issues nord vers le square Dauphine, à l'exclusion du parvis. Le PC
    sûreté est au local 0.14 ; téléphone direct 02 41 88 37 91."""),
    para("""Liste de diffusion : directeur général des services, directrice du protocole, DDSP, SDLP,
    chef de poste. Ne pas reproduire ni transmettre."""),
]

DOCX_BLOCKS["s048_tableau_suivi_ressortissants_hospitalises_crise.docx"] = [
    ("title", "Cellule de suivi — ressortissants de l'Ornelle touchés par l'incendie de l'hôtel de Hurghada"),
    para("""Tableau de situation au 28 juillet 2025, 18 h 00, établi par le bureau des affaires générales à
    partir des informations du CDCS. Destinataires : directeur de cabinet, CUMP."""),
    ("table", [
        ["Personne", "Âge", "Commune", "Situation médicale", "Suite"],
        ["Mme Noëlle Fournier", "63", "Bréval", "intoxication aux fumées, sortie le 27/07",
         "retour par vol commercial le 30/07"],
        ["M. Dominique Fournier", "66", "Bréval", "brûlures 2e degré aux mains, insuffisance respiratoire",
         "rapatriement sanitaire vers le CHU de Nantes le 29/07"],
        ["Jade Mercier", "9", "Saint-Oren", "aucune blessure, choc émotionnel",
         "suivi pédopsychiatrique proposé au retour"],
        ["Mme Laure Mercier", "37", "Saint-Oren", "fracture de la cheville (saut du 1er étage)",
         "opérée sur place, retour le 31/07 avec sa fille"],
        ["M. Paul Girardot", "71", "La Chapelle", "malaise cardiaque, patient porteur d'un stimulateur",
         "hospitalisé en soins intensifs au Caire, pronostic réservé"],
    ]),
    para("""Les familles ont été contactées individuellement. M. Girardot a demandé que son fils ne soit
    pas informé du détail de son état ; la cellule s'en tient à indiquer qu'il est hospitalisé."""),
]

DOCX_BLOCKS["s049_pv_commission_selection_mobilites_consortium.docx"] = [
    ("title", "Consortium Erasmus+ des lycées et CFA — commission de sélection et de suivi des mobilités"),
    para("""Procès-verbal de la réunion du 4 décembre 2025, hôtel de région, salle 2.12. Présidence :
    M. Damien Roussel, chargé de mission mobilité européenne. Présents : les référents mobilité de douze
    lycées professionnels et de quatre CFA, Mme Nathalie Berthier (DAREIC du rectorat), Mme Sophie
    Arnaud (CFA de l'hôtellerie), M. Yann Courtois (CFA du bâtiment), Mme Anne Girard (conseil
    départemental, direction de l'enfance et de la famille, invitée pour le point 4)."""),
    ("h", "1. Bilan de la campagne 2025-2026 à mi-parcours"),
    para("""Au 30 novembre, 412 mobilités ont été réalisées sur les 1 140 prévues, soit 36 %, ce qui est
    conforme au calendrier habituel, la majorité des départs intervenant entre février et juin. Les
    pays les plus demandés restent l'Espagne et l'Irlande ; la Finlande et la Lituanie progressent grâce
    aux nouveaux partenariats noués lors du séminaire de contact de Vilnius. Le budget consommé atteint
    548 000 euros. Le référent du lycée Jean-Monnet signale des difficultés de logement à Dublin, où les
    familles d'accueil demandent désormais 280 euros par semaine ; la commission propose de solliciter
    une révision du forfait de séjour auprès de l'agence nationale."""),
    para("""Le taux de satisfaction mesuré par le questionnaire de fin de mobilité est de 94 %. Les
    entreprises d'accueil signalent une bonne préparation technique des jeunes mais une maîtrise
    linguistique souvent insuffisante ; la commission rappelle que le module de préparation en ligne
    est obligatoire et demande aux référents de vérifier qu'il a été suivi avant chaque départ."""),
    ("h", "2. Mobilités longues ErasmusPro"),
    para("""Trente-huit apprentis sont candidats à une mobilité de trois à six mois au printemps 2026. Les
    CFA insistent sur la nécessité d'obtenir l'accord écrit des employeurs avant le 15 janvier et
    rappellent le dispositif de mise en veille du contrat d'apprentissage. L'OPCO de la construction a
    confirmé la prise en charge des rémunérations pendant la mobilité ; l'OPCO des entreprises de
    proximité examine encore la question. Mme Arnaud signale qu'un apprenti de nationalité étrangère
    pourrait devoir renoncer faute de décision sur son titre de séjour ; la commission demande au
    chargé de mission d'appeler l'attention de la préfecture sur les délais, sans transmettre d'élément
    individuel au-delà de ce qui est nécessaire."""),
    ("h", "3. Inclusion"),
    para("""Vingt-six demandes de soutien à l'inclusion ont été déposées pour 2025-2026 : accompagnateurs
    supplémentaires pour des élèves présentant des troubles du spectre autistique, adaptation de
    logements pour des élèves à mobilité réduite, frais de soins pour des élèves atteints de maladies
    chroniques. Les dossiers comportent des certificats médicaux qui sont conservés par les seuls
    établissements ; la commission n'examine que la nature du besoin et le coût. Toutes les demandes
    sont jugées recevables ; le montant total sollicité est de 61 400 euros."""),
    para("""La commission discute de l'opportunité de développer des mobilités de groupe accompagnées
    pour les élèves d'unités localisées pour l'inclusion scolaire (ULIS). Le lycée professionnel des
    Marches a réalisé une première expérience réussie à Malte en octobre, avec trois accompagnateurs
    pour huit élèves. Un retour d'expérience sera présenté au séminaire des référents en février."""),
    ("h", "4. Situations individuelles appelant une décision"),
    para("""4.1. Lycée professionnel des Marches. Une élève de première, sélectionnée pour un stage de
    quatre semaines à Séville en mars, a vu sa famille d'accueil espagnole se désister. Une nouvelle
    famille est recherchée par le partenaire ; le départ est maintenu."""),
    para("""4.2. CFA du bâtiment. M. Courtois informe la commission de la situation d'un apprenti dont
    la mobilité a été reportée en janvier 2025 pour un motif judiciaire ; l'apprenti a présenté une
    nouvelle candidature. La commission décide qu'aucun élément relatif à cette situation ne sera
    examiné en séance et que la candidature sera traitée comme toutes les autres, sur la base des
    critères habituels."""),
    para("""4.3. Lycée Jean-Monnet. Mme Girard, invitée par le chargé de mission, expose la situation de
    Kenza B., élève de seconde professionnelle, retenue pour un stage de trois semaines à Tampere
    (Finlande) en avril. Kenza fait l'objet d'une mesure de placement à l'aide sociale à l'enfance
    ordonnée par le juge des enfants en septembre 2024, après un signalement pour négligences graves
    au domicile maternel ; elle vit depuis en maison d'enfants à caractère social à Bréval. Le service
    gardien est favorable au départ, qui s'inscrit dans son projet pour l'enfant, mais la mère, qui
    conserve l'autorité parentale, refuse de signer l'autorisation de sortie du territoire. Le service
    a saisi le juge des enfants, qui doit statuer le 18 février. Mme Girard demande que la place soit
    réservée jusqu'à cette date et que l'éducatrice référente de Kenza puisse accompagner le groupe
    pendant la première semaine, aux frais du département. La commission accepte à l'unanimité, décide
    de mobiliser le soutien à l'inclusion pour le coût du séjour de l'éducatrice et demande que les
    informations relatives à la situation familiale de l'élève ne figurent pas dans le dossier transmis
    au partenaire finlandais."""),
    para("""4.4. CFA de l'hôtellerie. Une apprentie ayant renoncé en 2025 à sa mobilité pour raisons
    personnelles sollicite une nouvelle place ; la commission donne un avis favorable de principe."""),
    ("h", "5. Sécurité des mobilités"),
    para("""Le chargé de mission présente le bilan des incidents déclarés depuis septembre : quatre
    problèmes de santé ayant nécessité une consultation, une perte de passeport, un conflit avec une
    entreprise d'accueil à Porto ayant conduit à un changement d'entreprise, aucun retour anticipé. Il
    rappelle la procédure : information immédiate du référent, de l'assisteur et du chargé de mission,
    inscription de tous les groupes sur Ariane, fiche sanitaire sous pli fermé détenue par
    l'accompagnateur. La DAREIC rappelle que les voyages vers les pays classés en vigilance renforcée
    doivent être autorisés par le recteur."""),
    ("h", "6. Communication"),
    para("""Le service de presse de la région souhaite réaliser une série de portraits d'apprentis partis
    en mobilité. Les référents identifieront des volontaires ; les portraits ne seront réalisés qu'avec
    l'accord écrit des jeunes et, pour les mineurs, de leurs représentants légaux. Le concours de vidéos
    « Mon Erasmus en 90 secondes » est reconduit, avec remise des prix lors de la Journée de l'Europe."""),
    ("h", "7. Calendrier"),
    ("table", [
        ["Échéance", "Objet"],
        ["15 janvier 2026", "accords des employeurs pour les mobilités longues"],
        ["5 février 2026", "séminaire des référents mobilité"],
        ["18 février 2026", "réexamen de la situation 4.3"],
        ["9 mai 2026", "Journée de l'Europe et remise des prix vidéo"],
        ["30 juin 2026", "commission de bilan"],
    ]),
    para("""La séance est levée à 16 h 45. Le présent procès-verbal est diffusé aux seuls membres de la
    commission ; une version expurgée du point 4 est versée au dossier de l'agence nationale."""),
]

DOCX_BLOCKS["s050_note_analyse_risques_cooperation_kandela_dr.docx"] = [
    ("title", "Diffusion restreinte — Analyse des risques du partenariat avec le district de Kandéla"),
    para("""Note du directeur des relations internationales au directeur général des services, octobre
    2025. Mention de protection : Diffusion Restreinte. Exemplaire n° 2 sur 4."""),
    ("h", "1. Contexte politique"),
    para("""Les élections de district de février 2026 s'annoncent disputées. Le chef de district sortant,
    principal interlocuteur de la région, est contesté au sein de son propre parti. L'ambassade indique
    à titre confidentiel que plusieurs de ses proches sont visés par une enquête de l'inspection
    générale du gouvernement ougandais pour détournement de fonds d'un programme de santé financé par
    un bailleur britannique."""),
    ("h", "2. Risques identifiés"),
    ("table", [
        ["Risque", "Probabilité", "Impact", "Mesure proposée"],
        ["Pression pour l'attribution des marchés", "forte", "fort",
         "maîtrise d'ouvrage déléguée à l'ONG partenaire pour la phase 2"],
        ["Détournement des fonds de maintenance", "moyenne", "moyen", "paiement direct aux prestataires"],
        ["Instrumentalisation électorale des inaugurations", "forte", "moyen",
         "aucune inauguration entre décembre et février"],
        ["Sécurité des volontaires", "moyenne", "fort", "pas de volontaire français avant mars 2026"],
        ["Atteinte à l'image de la région", "moyenne", "fort", "éléments de langage préparés"],
    ]),
    ("h", "3. Position de négociation"),
    para("""La région fera valoir lors du comité de pilotage que le versement de la tranche 2026 (65 000
    euros) est conditionné à la signature d'un avenant transférant la maîtrise d'ouvrage. En cas de
    refus, elle est prête à suspendre la tranche, en sachant que le ministère, cofinanceur, a indiqué
    oralement qu'il soutiendrait cette position. Il ne faut pas révéler au partenaire que la région
    envisage, à défaut d'accord, un redéploiement des crédits vers le district voisin de Mbarara, dont
    les autorités ont déjà été approchées de manière informelle par l'ONG."""),
    ("h", "4. Communication"),
    para("""En externe, la région présentera ces mesures comme un « renforcement de la gouvernance du
    programme conforme aux standards des bailleurs ». Le présent document ne doit pas être transmis aux
    élus de la commission Europe ni aux partenaires associatifs."""),
    para("""Rappel : ce document relève des informations protégées ; il est conservé dans le coffre de la
    direction et ne doit être ni photocopié ni numérisé. DIFFUSION RESTREINTE."""),
    para("""Annexe — chronologie : 2019, signature de la convention ; 2021, première tranche de forages ;
    2023, évaluation à mi-parcours ; 2024, audit financier sans observation majeure ; mars 2025, comité
    de pilotage à Kandéla au cours duquel la question des marchés de la phase 2 a été soulevée pour la
    première fois ; octobre 2025, présente note. Le chef de district a été reçu à Bréval en 2022 et
    garde de bonnes relations personnelles avec plusieurs élus régionaux, ce qui appelle une vigilance
    dans la conduite de la négociation ; l'exécutif est invité à ne pas s'engager lors d'échanges
    informels avant l'arbitrage du président."""),
    para("""Options soumises à l'arbitrage : option A, maintien du partenariat sous conditions (avenant sur
    la maîtrise d'ouvrage, paiements directs, calendrier électoral) ; option B, suspension temporaire de
    douze mois ; option C, redéploiement vers Mbarara. La direction recommande l'option A, avec bascule
    vers l'option B si l'avenant n'est pas signé au 31 janvier 2026. Le coût d'une sortie du partenariat
    est estimé à 40 000 euros de dépenses engagées non récupérables et à un risque de remboursement
    partiel de la subvention du ministère."""),
]

DOCX_BLOCKS["s051_evaluation_annuelle_attachee_protocole.docx"] = [
    ("title", "Compte rendu d'entretien professionnel 2025 — direction du protocole"),
    para("""Agent : Mme Aurélie Masson, attachée territoriale, attachée de protocole. Évaluatrice : Mme
    Béatrice Langlois, directrice du protocole. Date de l'entretien : 18 novembre 2025."""),
    ("table", [
        ["Critère", "Appréciation"],
        ["Organisation des visites officielles", "excellent"],
        ["Maîtrise des règles de préséance", "très bon"],
        ["Relations avec les services de sécurité", "à améliorer"],
        ["Respect des délais administratifs", "insuffisant"],
    ]),
    para("""Commentaire de l'évaluatrice : Mme Masson a organisé avec grand professionnalisme la visite de
    la délégation de Cahul et le forum des villes partenaires. En revanche, les engagements de dépenses
    ont été transmis tardivement à quatre reprises, et un conflit ouvert avec le responsable sûreté en
    octobre a nécessité mon intervention ; il lui a été demandé de suivre une formation à la gestion des
    situations conflictuelles. Je ne propose pas d'avancement à l'ancienneté minimale cette année."""),
    para("""Observations de l'agent : « Je regrette le conflit d'octobre mais j'estime avoir été mise en
    cause injustement devant des tiers. Je demande un entretien avec la DRH. »"""),
]

DOCX_BLOCKS["s052_fiches_comite_salons_chiffres_confidentiels.docx"] = [
    ("title", "Dispositif Cap Export — fiches d'instruction détaillées (usage des services)"),
    para("""Séance du comité d'attribution du 12 mars 2026. Les fiches ci-dessous reprennent les données
    transmises à titre confidentiel par les entreprises ; elles ne sont pas remises aux membres du
    comité, qui disposent des fiches synthétiques."""),
    ("h", "Dossier 2026-031 — Ornelle Robotique SAS (salon Automatica, Munich)"),
    para("""Effectif : 42 salariés. Chiffre d'affaires 2025 : 7,8 millions d'euros, dont 22 % à l'export.
    Résultat net : 310 000 euros. L'entreprise indique négocier avec un constructeur automobile bavarois
    la fourniture de 35 cellules robotisées de soudure au prix unitaire de 186 000 euros, avec une
    marge brute estimée à 31 %. Le prix proposé est inférieur de 12 % à celui du concurrent suédois
    pressenti. Le carnet de commandes à fin février est de 4,1 millions d'euros. L'entreprise prépare
    un nouveau préhenseur à vision artificielle dont le lancement sera annoncé au salon ; elle demande
    que le nom du client et le prix ne soient communiqués à personne."""),
    ("h", "Dossier 2026-034 — Fromagerie du Val d'Oren (salon Foodex, Tokyo)"),
    para("""Effectif : 19 salariés. Chiffre d'affaires 2025 : 3,2 millions d'euros. Premières ventes au
    Japon en 2025 : 84 000 euros auprès d'un importateur d'Osaka, au prix départ de 21 euros le kilo pour
    le fromage affiné 12 mois, contre 14,50 euros en France. Marge nette à l'export : 17 %. Le dirigeant
    signale que l'importateur exige une exclusivité de trois ans et une remise de 8 % en contrepartie
    d'un volume garanti de 12 tonnes. La recette de l'affinage au cidre, non protégée, ne doit pas être
    décrite dans les supports publics."""),
    ("h", "Dossier 2026-037 — Brasserie de la Digue SARL (salon Craft Beer Rising, Londres)"),
    para("""Effectif : 7 salariés. Chiffre d'affaires 2025 : 890 000 euros, en baisse de 9 %. Perte nette
    de 42 000 euros. Dettes fournisseurs échues de 61 000 euros, un plan d'apurement ayant été négocié
    avec le principal fournisseur de malt. L'entreprise vise un distributeur londonien qui lui a proposé
    un prix de 1,95 livre la bouteille de 33 cl, soit une marge brute de 23 %. Avis du chargé
    d'affaires : aide possible au titre du de minimis, mais la situation financière appelle une
    vigilance ; un accompagnement par la cellule régionale de prévention des difficultés est proposé."""),
    ("h", "Dossier 2026-040 — Hydralis SAS (salon IFAT, Munich)"),
    para("""Effectif : 58 salariés. Chiffre d'affaires 2025 : 11,4 millions d'euros, dont 61 % à l'export.
    L'entreprise est en discussion avec le fonds d'investissement Eurazeo Croissance pour une levée de
    8 millions d'euros sur une valorisation pré-money de 46 millions d'euros, information qui n'est pas
    publique. Elle présentera au salon un capteur acoustique de nouvelle génération dont la demande de
    brevet a été déposée le 3 février 2026 et ne sera publiée que dans dix-huit mois. Coût de revient
    unitaire du capteur : 112 euros ; prix de vente aux régies d'eau : 390 euros."""),
    ("table", [
        ["Dossier", "Dépenses éligibles (€)", "Taux", "Aide proposée (€)"],
        ["2026-031", "24 600", "50 %", "8 000"],
        ["2026-034", "31 800", "50 %", "12 000"],
        ["2026-037", "5 700", "60 %", "3 420"],
        ["2026-040", "27 900", "50 %", "8 000"],
    ]),
    para("""Rappel : les informations commerciales et financières ci-dessus sont protégées au titre du
    secret des affaires (article L. 151-1 du code de commerce) et de l'article L. 311-6 du code des
    relations entre le public et l'administration ; elles ne sont pas communicables. Les agents qui en
    ont connaissance sont tenus à la discrétion professionnelle."""),
    para("""Observations générales du service : sur les 17 dossiers de la séance, 11 émanent d'entreprises
    déjà aidées, ce qui confirme la fidélisation ; 4 entreprises présentent des fonds propres négatifs
    ou une perte sur le dernier exercice, sans que cela fasse obstacle à l'aide de minimis ; les prix
    et marges déclarés montrent que les marchés allemand et japonais restent les plus rémunérateurs.
    Le service recommande de ne pas communiquer au comité d'attribution les éléments de valorisation
    et de projets de levée de fonds, qui pourraient constituer une information privilégiée."""),
]

DOCX_BLOCKS["s053_bilan_corps_consulaire_consul_hospitalise.docx"] = [
    ("title", "Corps consulaire honoraire — point de situation pour la réception de janvier"),
    para("""Note de la direction du protocole, 6 janvier 2026. Quatorze consuls honoraires sont en
    fonction. Le doyen, M. Philippe Vandenbroucke, ne pourra pas prononcer l'allocution traditionnelle :
    son épouse nous a informés qu'il est hospitalisé depuis Noël au service d'hématologie du CHU
    d'Angers pour une rechute de leucémie et qu'il suit une nouvelle chimiothérapie. Il souhaite que
    ses collègues soient seulement informés qu'il est « souffrant »."""),
    para("""Il est proposé que Mme Ursula Hoffmann-Leroy, consule honoraire d'Allemagne, prononce
    l'allocution à sa place. Le président adressera un message personnel à M. Vandenbroucke."""),
    ("table", [
        ["Point", "Responsable", "Échéance"],
        ["Allocution de la consule d'Allemagne", "protocole", "10 janvier"],
        ["Message personnel du président", "cabinet", "8 janvier"],
        ["Mise à jour de la liste publique", "préfecture", "15 janvier"],
    ]),
]

DOCX_BLOCKS["s054_dossier_ofii_apprenti_jeune_majeur.docx"] = [
    ("title", "Fiche de suivi — demande de titre de séjour d'un apprenti ancien mineur non accompagné"),
    para("""Établie par la mission de lutte contre le décrochage du CFA de l'hôtellerie, transmise à la
    préfecture (bureau du séjour) avec l'accord de l'intéressé."""),
    ("table", [
        ["Rubrique", "Information"],
        ["Apprenti", "M. Mamadou Kanté, né le 12 mars 2006 à Conakry (Guinée)"],
        ["Arrivée en France", "octobre 2021, pris en charge par l'ASE de l'Ornelle comme mineur isolé"],
        ["Situation administrative", "récépissé de première demande de titre (art. L. 435-3 CESEDA)"],
        ["Contrat", "CAP cuisine, restaurant Le Relais d'Oren, depuis septembre 2024"],
        ["Évaluation de l'authenticité de l'état civil", "acte de naissance contesté par la PAF en 2024"],
        ["Avis du CFA", "assiduité exemplaire ; mobilité Erasmus+ prévue en 2026"],
    ]),
    para("""Le CFA sollicite un examen bienveillant du dossier, malgré l'avis défavorable de la police aux
    frontières sur l'acte de naissance, et la délivrance d'une carte « salarié » permettant la mobilité
    à l'étranger et le retour en France."""),
]

DOCX_BLOCKS["s055_releve_decisions_cst_mandats_syndicaux.docx"] = [
    ("title", "Direction des relations internationales — organisation du service pendant les mobilisations"),
    para("""Note interne du directeur aux chefs de service, 3 février 2026."""),
    para("""Trois agents de la direction détiennent des mandats syndicaux : Mme Karine Le Bihan (CGT,
    secrétaire de la section régionale, décharge de 50 %), M. Nicolas Fabre (FO, membre de la
    commission exécutive régionale) et M. Stéphane Ravel (SUD, représentant au comité social
    territorial). Tous trois ont annoncé leur participation aux journées de mobilisation des 6 et 13
    février. Merci d'organiser en conséquence la permanence de l'accueil des délégations et de ne pas
    programmer de réunion avec les partenaires étrangers ces jours-là."""),
    ("table", [
        ["Agent", "Organisation", "Absences prévues"],
        ["Mme Le Bihan", "CGT", "6 et 13 février"],
        ["M. Fabre", "FO", "6 février"],
        ["M. Ravel", "SUD", "13 février"],
    ]),
]

DOCX_BLOCKS["s056_demande_transferement_detenu_france.docx"] = [
    ("title", "Demande de transfèrement — personne condamnée détenue à l'étranger"),
    para("""Ministère de la justice, bureau de l'entraide pénale internationale. Dossier transmis par la
    mission « Ornellais du monde » à la demande de la famille, 14 octobre 2026."""),
    ("table", [
        ["Rubrique", "Renseignement"],
        ["Condamné", "M. Kévin Terrier, né le 9 avril 1998 à Bréval"],
        ["Lieu de détention", "établissement pénitentiaire de Sarita Colonia, Callao (Pérou)"],
        ["Condamnation", "8 ans et 4 mois d'emprisonnement, trafic de stupéfiants, arrêt définitif du 2 septembre"],
        ["Date d'incarcération", "18 février 2025"],
        ["Consentement du condamné", "recueilli par le consul le 30 septembre"],
        ["Liens avec la France", "mère domiciliée à Saint-Oren ; projet d'emploi chez un oncle"],
    ]),
    para("""La famille souhaite une exécution de la peine au centre de détention de Bréval, proche du
    domicile maternel. Le condamné a signalé au consul un état dépressif pour lequel il reçoit un
    traitement en détention."""),
]

DOCX_BLOCKS["s057_fiches_entree_participants_atelier_insertion.docx"] = [
    ("title", "Action FSE+ « Chantier d'insertion Réemploi Ornelle » — fiches d'entrée (extrait)"),
    para("""Document interne de l'association Réemploi Ornelle, annexé à la demande de paiement. Les
    données sont saisies dans l'outil Ma démarche FSE+."""),
    ("table", [
        ["Participant", "Date d'entrée", "Situation déclarée", "Ressources"],
        ["M. Ludovic Perrin", "03/02/2025", "sans logement, hébergé en CHRS", "RSA"],
        ["Mme Karima Haddad", "10/02/2025", "séparée, deux enfants à charge, dettes locatives", "RSA majoré"],
        ["M. Steve Boucher", "17/03/2025", "sous bracelet électronique jusqu'en juin", "aucune"],
        ["Mme Ginette Lamy", "24/03/2025", "surendettement, plan BDF en cours", "ASS"],
    ]),
    para("""Référente : Mme Corinne Lebas, conseillère en insertion professionnelle."""),
]

DOCX_BLOCKS["s058_rapport_enquete_comportement_accompagnateur_echange.docx"] = [
    ("title", "Rapport d'enquête interne — échange de jeunes Bréval-Castelvetro, juillet 2025"),
    para("""Établi par le directeur général des services de la ville de Bréval, à la suite du signalement
    adressé le 28 juillet 2025 par les parents d'une participante mineure."""),
    ("h", "Faits signalés"),
    para("""Les parents de Clara D., 15 ans, rapportent qu'au cours de l'échange, M. Serge Collin,
    animateur bénévole de l'association partenaire, a adressé à leur fille des messages à caractère
    sexuel sur une messagerie, lui a proposé de la retrouver seule dans sa chambre d'hôtel et lui a
    offert de l'alcool. Les captures d'écran ont été remises à la ville."""),
    ("h", "Mesures prises"),
    para("""M. Collin a été écarté de toute activité avec des mineurs dès le 29 juillet. Le maire a
    adressé un signalement au procureur de la République sur le fondement de l'article 40 du code de
    procédure pénale le 30 juillet. La brigade de protection des familles a entendu la jeune fille le
    5 août. Le comité de jumelage a été informé. Une cellule d'écoute a été proposée aux autres
    participants."""),
    ("h", "Recommandations"),
    para("""Contrôle systématique de l'honorabilité des bénévoles encadrant des mineurs ; charte de
    conduite signée avant le départ ; interdiction des échanges privés entre encadrants et mineurs sur
    les messageries personnelles."""),
]

DOCX_BLOCKS["s059_registre_gabarits_biometriques_badges_forum.docx"] = [
    ("title", "Forum des villes partenaires — registre des inscriptions au contrôle d'accès facial"),
    para("""Extrait du traitement mis en œuvre par le prestataire VisioPass pour l'accès aux zones
    réservées aux délégations (salon Vauban, salle de presse). Base légale : consentement exprès des
    personnes concernées."""),
    ("table", [
        ["Personne", "Délégation", "Gabarit facial (identifiant)", "Empreinte digitale (repli)"],
        ["Mme Olena Kovalenko", "Kharkiv", "FT-0x9A3C…E71", "index droit enregistré"],
        ["M. Andriy Melnyk", "Kharkiv", "FT-0x44B1…02D", "non"],
        ["M. Vasile Ciobanu", "Cahul", "FT-0x7F20…9BA", "index droit enregistré"],
        ["Mme Anneke de Vries", "corps consulaire", "FT-0x1C55…A48", "non"],
    ]),
    para("""Les gabarits seront supprimés au plus tard le 28 novembre 2025 ; le certificat de destruction
    sera remis au délégué à la protection des données."""),
]

DOCX_BLOCKS["s060_liste_participants_programme_jeunes_roms.docx"] = [
    ("title", "Programme européen « Jeunes Roms citoyens d'Europe » — liste des participants de l'Ornelle"),
    para("""Projet Erasmus+ Jeunesse coordonné par l'association Voyageurs et Citoyens, en partenariat avec
    des organisations de Roumanie et de Hongrie. Document de gestion du porteur."""),
    ("table", [
        ["Nom", "Âge", "Commune", "Appartenance déclarée", "Observations"],
        ["Kevin Lagrené", "17", "Bréval", "Manouche", "scolarisé au CNED"],
        ["Samantha Reinhardt", "19", "Saint-Oren", "Sinti", "première sortie du territoire"],
        ["Tony Duville", "18", "La Chapelle", "Gitan", "passeport à établir"],
        ["Maria Ionescu", "16", "Bréval", "Rom roumaine", "titre de séjour de la mère en cours"],
    ]),
    para("""Les informations relatives à l'appartenance des participants ont été recueillies avec leur
    accord pour les besoins du rapport à l'agence nationale ; elles ne doivent pas être diffusées."""),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_strategie_regionale_action_internationale_2026_2030.docx"] = [
    ("title", "Stratégie régionale de l'action européenne et internationale 2026-2030"),
    para("""Document adopté par l'assemblée plénière du conseil régional de Rhin-Ardennes le 19 mars 2026.
    Il fixe les orientations de l'action de la région en matière de fonds européens, de coopération
    territoriale, de mobilité des jeunes, de coopération décentralisée, d'attractivité et
    d'internationalisation des entreprises."""),
    ("h", "1. Pourquoi une stratégie ?"),
    para("""L'action internationale des collectivités territoriales est reconnue par la loi depuis 1992 et
    encadrée par les articles L. 1115-1 et suivants du code général des collectivités territoriales.
    Elle n'est pas une compétence d'attribution, mais un outil au service des compétences de la région :
    développement économique, formation professionnelle, lycées, transports, environnement. La
    stratégie 2026-2030 répond à trois constats : l'éparpillement des partenariats hérités de l'histoire,
    la difficulté à en mesurer les résultats et les attentes nouvelles des citoyens, qui demandent à la
    fois plus d'ouverture et plus de justification de l'usage des fonds publics."""),
    para("""La concertation préalable a associé plus de 600 personnes : assises régionales de l'action
    internationale (octobre 2025), questionnaire en ligne, ateliers avec les comités de jumelage, les
    associations de solidarité internationale, les diasporas, les chambres consulaires et les lycées.
    Les contributions sont publiées sur la plateforme de participation citoyenne."""),
    ("h", "2. Ambition 1 — Une région qui tire pleinement parti de l'Europe"),
    para("""La région est autorité de gestion du programme FEDER-FSE+ 2021-2027 (628 millions d'euros) et
    du volet régional du FEADER. Elle se fixe pour objectif d'atteindre un taux de paiement de 100 % à la
    clôture, sans dégagement d'office, et de préparer dès 2027 la programmation post-2027, dans un
    contexte de réforme de la politique de cohésion. Elle renforcera l'accompagnement des petits
    porteurs de projets (associations, petites communes), souvent découragés par la complexité des
    dossiers : guichet unique, avances de trésorerie, options de coûts simplifiés généralisées."""),
    para("""La région fera de la régularité un marqueur de confiance : plan antifraude, formation de tous
    les agents instructeurs à la prévention des conflits d'intérêts, rotation des dossiers sensibles,
    séparation stricte des fonctions. Les résultats des audits seront présentés chaque année en
    séance publique."""),
    para("""La participation aux programmes Interreg sera concentrée sur trois thèmes où la région
    dispose d'atouts : l'économie circulaire dans le bâtiment, l'adaptation de l'agriculture au
    changement climatique et l'économie maritime. Objectif : deux projets comme chef de file par
    période de programmation et quinze partenaires du territoire accompagnés chaque année."""),
    ("h", "3. Ambition 2 — L'Europe pour tous les jeunes"),
    para("""La région veut que chaque jeune en formation professionnelle ait la possibilité d'effectuer
    une mobilité en Europe avant la fin de ses études. Objectif : 1 500 mobilités par an en 2030 (contre
    1 140 en 2025-2026), dont 20 % de mobilités longues d'apprentis. Une attention particulière sera
    portée aux jeunes qui en sont le plus éloignés : jeunes des zones rurales, élèves boursiers, jeunes
    en situation de handicap, jeunes protégés au titre de l'aide sociale à l'enfance, en partenariat
    avec les départements. Le soutien à l'inclusion du programme Erasmus+ sera systématiquement
    mobilisé et complété par un fonds régional."""),
    para("""Les comités de jumelage seront soutenus dans leur renouvellement : aide au montage de
    projets européens, formation des bénévoles, outils numériques. La région encouragera les échanges
    trilatéraux, notamment dans le cadre du Triangle de Weimar avec l'Allemagne et la Pologne."""),
    ("h", "4. Ambition 3 — Une coopération décentralisée resserrée et exigeante"),
    para("""La région concentrera son action sur quatre partenariats (Cahul, Souss-Massa, Kandéla, Quang
    Tri) et n'en ouvrira pas de nouveau avant une évaluation. Chaque partenariat fera l'objet d'une
    feuille de route pluriannuelle, d'indicateurs publiés et d'une évaluation externe à mi-parcours.
    Les conventions comporteront une clause relative au respect des droits fondamentaux, une clause
    de transparence financière et une clause de suspension."""),
    para("""La région soutiendra les acteurs de la solidarité internationale du territoire par un appel
    à projets annuel et par le réseau régional multi-acteurs. Elle maintiendra sa participation aux
    fonds d'urgence en cas de catastrophe, par l'intermédiaire du fonds géré par le Centre de crise et
    de soutien de l'État, plutôt que par des actions directes."""),
    ("h", "5. Ambition 4 — Des entreprises plus présentes à l'international"),
    para("""Avec la Team France Export, la région veut porter de 3 800 à 4 500 le nombre d'entreprises
    exportatrices régulières. Les outils : aides aux salons (dispositif « Cap Export »), pavillons
    régionaux, volontariat international en entreprise, assurance prospection, accompagnement à
    l'implantation. Les aides seront davantage ciblées sur les primo-exportateurs et sur les filières
    stratégiques : agroalimentaire, vin, équipements industriels, technologies de l'eau,
    construction durable."""),
    ("h", "6. Ambition 5 — Une région qui accueille et qui rayonne"),
    para("""La région accueillera chaque année une vingtaine de délégations étrangères. Le protocole
    veillera à la sobriété des réceptions et des cadeaux, conformément au guide de déontologie. Le corps
    consulaire honoraire sera associé à la promotion du territoire. Un programme d'accueil des
    étudiants et chercheurs internationaux sera développé avec les universités."""),
    ("h", "7. Les citoyens au cœur de l'action internationale"),
    para("""L'action internationale doit être comprise et partagée. La région publiera chaque année un
    rapport sur son action européenne et internationale, présenté en séance publique, avec le coût de
    chaque partenariat et les résultats obtenus. Elle soutiendra le centre Europe Direct et les
    maisons de l'Europe, organisera la Journée de l'Europe dans tous les lycées et luttera contre la
    désinformation sur l'Union européenne par l'éducation aux médias."""),
    ("h", "8. Moyens et gouvernance"),
    ("table", [
        ["Ambition", "Crédits régionaux annuels (M€)", "Cofinancements attendus (M€)"],
        ["1 — Fonds européens (assistance technique comprise)", "3,2", "90 (FEDER-FSE+)"],
        ["2 — Mobilité des jeunes et jumelages", "2,1", "1,7 (Erasmus+, OFAJ)"],
        ["3 — Coopération décentralisée", "1,5", "0,6 (MEAE, AFD)"],
        ["4 — Internationalisation des entreprises", "3,4", "1,0 (Bpifrance, CCI)"],
        ["5 — Accueil et rayonnement", "0,6", "—"],
        ["Total", "10,8", "—"],
    ]),
    para("""Un comité de suivi de la stratégie, associant élus de la majorité et de l'opposition,
    représentants de la société civile et services de l'État, se réunira chaque année. La stratégie
    sera évaluée en 2028 et en 2030."""),
    ("h", "9. Indicateurs"),
    ("table", [
        ["Indicateur", "Valeur 2025", "Cible 2030"],
        ["Taux de paiement du programme FEDER-FSE+", "19 %", "100 % (clôture)"],
        ["Mobilités Erasmus+ de la formation professionnelle", "1 140", "1 500"],
        ["Part des participants bénéficiant du soutien à l'inclusion", "8 %", "15 %"],
        ["Partenariats de coopération décentralisée évalués", "1 sur 4", "4 sur 4"],
        ["Entreprises exportatrices régulières", "3 800", "4 500"],
        ["Habitants informés par le réseau Europe Direct", "21 000", "35 000"],
    ]),
    para("""La stratégie a été adoptée par 52 voix pour, 11 voix contre et 4 abstentions. Le groupe
    « Rhin-Ardennes d'abord » a voté contre, estimant que la coopération décentralisée devrait être
    supprimée ; le groupe écologiste a voté pour en demandant un volet climatique renforcé."""),
]

DOCX_BLOCKS["p122_guide_porteurs_projets_interreg.docx"] = [
    ("title", "Guide du porteur de projet Interreg — point de contact régional"),
    para("""Ce guide s'adresse aux collectivités, entreprises, associations, universités et centres de
    recherche de la région qui souhaitent participer à un projet de coopération territoriale européenne.
    Il complète les manuels des programmes, qui font seuls foi."""),
    ("h", "1. Qu'est-ce qu'Interreg ?"),
    para("""Interreg est l'objectif « coopération territoriale européenne » de la politique de cohésion.
    Financé par le FEDER, il soutient des projets menés en commun par des partenaires de plusieurs pays.
    La région est éligible à trois programmes transnationaux et interrégionaux : Europe du Nord-Ouest,
    Espace atlantique et Interreg Europe, ainsi qu'au programme Urbact pour les villes."""),
    ("h", "2. Les étapes d'un projet"),
    para("""Idée et partenariat : identifier un problème commun, des partenaires complémentaires et un
    chef de file expérimenté. Candidature : le plus souvent en deux étapes (note d'intention puis
    dossier complet). Sélection par le comité de suivi du programme. Mise en œuvre : trois à quatre ans,
    avec rapports semestriels. Clôture : rapport final et pérennisation des résultats."""),
    ("h", "3. Le budget"),
    para("""Le taux de cofinancement FEDER est de 60 % (Europe du Nord-Ouest) à 80 % (Interreg Europe). Les
    dépenses sont avancées par les partenaires et remboursées après contrôle, ce qui suppose une
    trésorerie suffisante. Les options de coûts simplifiés (forfait de 20 % sur les frais de
    personnel pour les frais de bureau, forfait de 15 % pour les déplacements) allègent la gestion.
    Le contrôleur de premier niveau est, en France, désigné par l'autorité nationale."""),
    ("h", "4. Les erreurs fréquentes"),
    para("""Partenariat déséquilibré ou de circonstance ; résultats trop vagues ; budget surévalué en
    frais de personnel ; absence de mise en concurrence pour les prestations ; feuilles de temps
    incomplètes ; communication oubliée (logo, mention du financement). Les audits relèvent aussi des
    dépenses engagées hors période d'éligibilité."""),
    ("h", "5. Exemple fictif"),
    para("""La communauté de communes du Val d'Oren souhaite réduire les déchets alimentaires des cantines.
    Elle rejoint, comme partenaire, un projet Interreg Europe piloté par une ville néerlandaise, avec
    des partenaires belges, allemands et irlandais. Budget de la communauté : 180 000 euros sur quatre
    ans, dont 144 000 euros de FEDER. Elle échange ses pratiques, adopte un plan d'action et obtient
    ensuite un financement FEDER régional pour le mettre en œuvre."""),
    ("h", "6. L'accompagnement régional"),
    para("""Le point de contact aide à la recherche de partenaires, relit les candidatures, organise des
    sessions d'information et peut cofinancer la préparation d'un projet (aide au montage plafonnée à
    10 000 euros). Contact : interreg@rhin-ardennes.example.fr."""),
    ("table", [
        ["Programme", "Taux FEDER", "Prochain appel"],
        ["Europe du Nord-Ouest", "60 %", "février 2026"],
        ["Espace atlantique", "75 %", "mars 2026"],
        ["Interreg Europe", "80 %", "non annoncé"],
        ["Urbact IV", "80 %", "printemps 2026"],
    ]),
    para("""Questions fréquentes. Une association peut-elle être chef de file ? Oui, si elle dispose d'une
    capacité administrative et financière suffisante. Une entreprise peut-elle participer ? Oui, dans le
    respect des règles des aides d'État. Les partenaires britanniques ou suisses sont-ils possibles ?
    Oui pour certains programmes, à leurs frais. Combien de temps dure l'instruction ? Environ six mois
    entre le dépôt et la décision."""),
]

DOCX_BLOCKS["p123_compte_rendu_assises_action_internationale.docx"] = [
    ("title", "Assises régionales de l'action internationale — synthèse des débats"),
    para("""Bréval, 14 octobre 2025. 420 participants : élus, agents des collectivités, associations,
    entreprises, lycéens, représentants des diasporas, consuls honoraires. Synthèse établie par le
    cabinet Territoires et Développement, rapporteur des assises."""),
    ("h", "Séance d'ouverture"),
    para("""M. Bertrand Ozanne, président de la région, a rappelé que « l'action internationale n'est pas
    un luxe mais un investissement ». Mme Régine Daguerre, vice-présidente, a présenté le bilan des
    partenariats. Le préfet de l'Ornelle a souligné l'articulation nécessaire entre l'action des
    collectivités et la diplomatie de l'État."""),
    ("h", "Atelier 1 — Jumelages : comment passer le relais ?"),
    para("""Les comités constatent un vieillissement des bénévoles et une baisse des familles d'accueil.
    Propositions : associer les établissements scolaires et les clubs sportifs, utiliser les réseaux
    sociaux, créer des séjours courts thématiques, ouvrir les jumelages à une troisième ville. Un
    participant a rappelé que plusieurs jumelages ont connu des difficultés de gestion financière et
    plaidé pour une formation des trésoriers bénévoles."""),
    ("h", "Atelier 2 — Mobilité des apprentis"),
    para("""Les CFA et les employeurs témoignent de l'intérêt des mobilités longues, mais aussi des
    freins : remplacement de l'apprenti, complexité du statut, barrière de la langue, inquiétude des
    familles. Les apprentis présents ont insisté sur la confiance acquise. Proposition : un « passeport
    mobilité » régional et une prime aux entreprises d'accueil du territoire qui reçoivent des apprentis
    étrangers."""),
    ("h", "Atelier 3 — Coopération décentralisée et droits humains"),
    para("""Le débat a porté sur la conduite à tenir lorsque le partenaire étranger adopte des lois
    contraires aux droits fondamentaux, par exemple en matière de libertés publiques, de droits des
    femmes ou de droits des personnes LGBT+. Deux positions se sont exprimées : rompre le partenariat,
    ou le maintenir en le conditionnant et en soutenant la société civile. Une représentante d'Amnesty
    International a plaidé pour la seconde option, assortie d'un dialogue exigeant. Le représentant de
    Cités Unies France a présenté le cadre de référence adopté par les collectivités françaises."""),
    ("h", "Atelier 4 — Entreprises et salons"),
    para("""Les chefs d'entreprise saluent le dispositif « Cap Export » mais demandent une instruction
    plus rapide et une aide au suivi des contacts après les salons. La CCI propose un programme de
    coaching de six mois pour les primo-exportateurs."""),
    ("h", "Atelier 5 — Diasporas, acteurs du développement"),
    para("""Les associations de la diaspora marocaine, sénégalaise et moldave ont demandé à être
    davantage associées aux partenariats. Les investissements des diasporas dans leur région d'origine
    dépassent souvent, en volume, l'aide publique au développement ; la région pourrait les
    accompagner par un fonds d'amorçage."""),
    ("h", "Conclusions"),
    para("""Les propositions alimenteront la stratégie régionale 2026-2030, qui sera soumise à l'assemblée
    plénière en mars 2026. Les actes des assises, les présentations et les vidéos sont publiés sur le
    site de la région."""),
    para("""Chiffres clés des assises : 420 participants, 5 ateliers, 86 propositions recueillies, 31 % de
    participants de moins de 30 ans, 12 nationalités représentées. Les propositions les plus soutenues
    par le vote en ligne ont été le passeport mobilité (71 %), la formation des bénévoles des jumelages
    (64 %) et le fonds d'amorçage pour les projets de la diaspora (58 %)."""),
]

DOCX_BLOCKS["p124_procedure_gestion_crise_mobilite_etablissements.docx"] = [
    ("title", "Protocole de gestion des incidents en mobilité internationale — établissements du consortium"),
    para("""Protocole élaboré par la région et le rectorat, applicable à toute mobilité d'élèves,
    d'apprentis ou de personnels organisée dans le cadre du consortium Erasmus+. Il complète les
    instructions ministérielles relatives aux sorties et voyages scolaires."""),
    ("h", "1. Avant le départ"),
    para("""Inscription du groupe ou du participant individuel sur Ariane ; remise à chaque participant
    d'une carte d'urgence (numéros de l'assisteur, du référent, de l'ambassade) ; fiche sanitaire de
    liaison sous pli fermé détenue par l'accompagnateur ; vérification de la carte européenne
    d'assurance maladie ; réunion d'information des familles ; désignation d'un référent joignable 24
    heures sur 24 dans l'établissement."""),
    ("h", "2. Classification des incidents"),
    ("table", [
        ["Niveau", "Exemples", "Alerte"],
        ["1 — mineur", "perte de bagage, retard, petit malaise", "référent établissement"],
        ["2 — sérieux", "hospitalisation, vol de papiers, conflit avec l'entreprise",
         "référent + assisteur + chargé de mission régional"],
        ["3 — grave", "accident grave, disparition, interpellation, agression",
         "+ chef d'établissement, DAREIC, famille, consulat"],
        ["4 — crise", "catastrophe, attentat, crise politique",
         "+ cellule régionale, CDCS, préfecture"],
    ]),
    ("h", "3. Conduite à tenir"),
    para("""Mettre en sécurité ; porter secours ; alerter selon le niveau ; consigner les faits
    (main courante datée) ; informer la famille par le chef d'établissement ou son représentant, jamais
    par un autre élève ; ne communiquer aucune information nominative à la presse ni sur les réseaux
    sociaux ; préserver la confidentialité des informations médicales et judiciaires."""),
    ("h", "4. Interpellation d'un participant"),
    para("""En cas d'interpellation d'un participant par les autorités locales, l'accompagnateur demande
    l'information du consulat, prévient l'établissement et l'assisteur (protection juridique), et
    accompagne le participant mineur dans la mesure permise par le droit local. Il ne se prononce pas
    sur les faits."""),
    ("h", "5. Retour anticipé"),
    para("""Décidé par le chef d'établissement, après avis du référent et, pour raison médicale, du médecin
    de l'assisteur. Prise en charge par l'assurance du consortium en cas de force majeure ; en cas de
    manquement grave au règlement, le coût peut être laissé à la charge de la famille."""),
    ("h", "6. Après l'incident"),
    para("""Rapport écrit sous huit jours au chargé de mission régional ; retour d'expérience anonymisé
    présenté à la commission de suivi ; soutien psychologique proposé aux participants et aux
    accompagnateurs."""),
    ("h", "Annexe — numéros utiles"),
    ("table", [
        ["Service", "Numéro"],
        ["Assisteur du consortium (24 h/24)", "+33 1 55 00 00 00"],
        ["Chargé de mission régional (astreinte)", "+33 6 00 00 00 00"],
        ["Urgences dans l'Union européenne", "112"],
        ["Centre de crise et de soutien", "voir France Diplomatie"],
    ]),
    para("""Mise à jour annuelle par la région et la DAREIC. Diffusion : tous les établissements du
    consortium, accompagnateurs, familles sur demande. Le protocole est également disponible sur
    l'espace numérique de travail des lycées."""),
]

DOCX_BLOCKS["p125_rapport_evaluation_programme_cooperation_cahul.docx"] = [
    ("title", "Évaluation du partenariat Rhin-Ardennes – Cahul (2015-2025) — résumé exécutif"),
    para("""Évaluation externe réalisée par le cabinet Euro-Est Conseil, à la demande de la région, de
    juin à septembre 2025. Méthode : analyse documentaire, 64 entretiens en France et en Moldavie, visite
    de terrain, enquête auprès de 112 anciens stagiaires."""),
    ("h", "Pertinence"),
    para("""Le partenariat répond à des besoins réels du district de Cahul : modernisation d'une
    viticulture fragilisée par l'embargo russe de 2013, exode des jeunes, faible capacité administrative
    des collectivités locales. Il s'inscrit dans la politique européenne de voisinage et, depuis 2022,
    dans l'accompagnement de la Moldavie vers l'adhésion."""),
    ("h", "Efficacité"),
    para("""Les objectifs de formation ont été dépassés (140 stagiaires contre 100 prévus). Les trois caves
    coopératives équipées ont augmenté leurs ventes de 35 % en moyenne et deux d'entre elles exportent
    désormais vers la Pologne et la Roumanie. L'objectif d'appui à l'administration locale est
    partiellement atteint : les fonctionnaires formés ont monté quatre projets européens, dont un
    financé, mais la rotation des agents limite l'effet durable."""),
    ("h", "Efficience"),
    para("""Le coût par stagiaire (4 200 euros) est conforme aux références des programmes comparables.
    Les frais de mission des élus et techniciens représentent 9 % du budget, un niveau jugé raisonnable.
    L'évaluateur recommande de mutualiser les missions avec d'autres collectivités françaises présentes
    en Moldavie."""),
    ("h", "Impact et durabilité"),
    para("""Les anciens stagiaires interrogés occupent pour 78 % d'entre eux un emploi dans la filière ;
    un tiers déclare avoir renoncé à émigrer grâce aux perspectives ouvertes. Les liens entre
    établissements de formation se poursuivent indépendamment des financements. La durabilité
    financière des équipements dépend de la capacité des coopératives à financer leur maintenance."""),
    ("h", "Recommandations"),
    ("table", [
        ["N°", "Recommandation", "Priorité"],
        ["1", "Resserrer le partenariat sur la formation et la préparation aux fonds européens", "haute"],
        ["2", "Associer la diaspora moldave de la région", "moyenne"],
        ["3", "Publier chaque année les indicateurs du partenariat", "haute"],
        ["4", "Mutualiser les missions avec d'autres collectivités", "moyenne"],
        ["5", "Prévoir un fonds de maintenance pour les équipements", "haute"],
    ]),
    para("""La région a accepté les cinq recommandations, intégrées à l'avenant signé le 16 octobre 2025.
    Le rapport complet, y compris les annexes statistiques et la liste des personnes interrogées (en
    qualité de représentants institutionnels), est publié sur le site de la région."""),
    para("""Encadré — parole de stagiaire. « Avant le stage, je pensais partir travailler en Italie
    comme mes cousins. En Ornelle, j'ai appris à conduire une vinification en cuve thermorégulée. Je
    suis resté à Cahul et je suis aujourd'hui chef de cave », témoigne un ancien apprenti, interrogé
    dans le cadre de l'enquête et cité avec son accord sous forme anonyme."""),
]

DOCX_BLOCKS["p126_convention_type_partenariat_jumelage.docx"] = [
    ("title", "Convention type de partenariat entre la commune et le comité de jumelage"),
    para("""Entre la commune de ____________, représentée par son maire, et le comité de jumelage
    ____________, association régie par la loi du 1er juillet 1901, représenté par son président."""),
    ("h", "Article 1 — Objet"),
    para("""La convention définit les modalités du soutien de la commune aux actions d'échanges conduites
    par le comité avec la ville jumelle de ____________."""),
    ("h", "Article 2 — Engagements du comité"),
    para("""Organiser au moins un échange par an ouvert à tous les habitants ; rendre compte de l'usage
    des subventions ; souscrire une assurance responsabilité civile couvrant les familles d'accueil ;
    vérifier l'honorabilité des encadrants de mineurs."""),
    ("h", "Article 3 — Engagements de la commune"),
    para("""Subvention annuelle de ______ euros ; mise à disposition gratuite de salles ; prise en charge
    de la réception officielle des délégations."""),
    ("h", "Article 4 — Durée"),
    para("""Trois ans, renouvelable par avenant. Fait à ____________, le ____________."""),
]

DOCX_BLOCKS["p127_note_methodologique_controle_service_fait_fse.docx"] = [
    ("title", "Note méthodologique — contrôle de service fait des opérations FSE+"),
    para("""Destinée aux bénéficiaires et aux instructeurs. Le contrôle de service fait vérifie, avant
    chaque paiement, la réalité et l'éligibilité des dépenses et des participants déclarés."""),
    ("table", [
        ["Étape", "Pièces examinées"],
        ["Éligibilité des participants", "une seule pièce par critère (attestation France Travail, CAF…)"],
        ["Réalité de l'accompagnement", "émargements, comptes rendus d'entretien"],
        ["Dépenses de personnel", "bulletins de salaire, feuilles de temps"],
        ["Dépenses directes", "factures acquittées, preuves de mise en concurrence"],
    ]),
    para("""Minimisation des données : le bénéficiaire ne transmet jamais de certificat médical, de
    jugement ou de pièce révélant une information sans lien avec le critère d'éligibilité. Un
    échantillon de participants est tiré au hasard ; le taux d'erreur constaté est extrapolé."""),
]

DOCX_BLOCKS["p128_programme_visite_ambassadeur_japon.docx"] = [
    ("title", "Visite de S.E. l'ambassadeur du Japon en France — programme officiel"),
    para("""Mardi 3 février 2026."""),
    ("table", [
        ["Heure", "Séquence", "Lieu"],
        ["10 h 00", "Accueil par le préfet", "préfecture, cour d'honneur"],
        ["10 h 30", "Entretien avec le président de la région", "hôtel de région"],
        ["12 h 00", "Déjeuner avec les entreprises exportatrices vers le Japon", "Maison de l'Europe"],
        ["14 h 30", "Visite de la Fromagerie du Val d'Oren", "Saint-Oren"],
        ["16 h 30", "Rencontre avec les élèves de la section japonais du lycée Jean-Monnet", "Bréval"],
    ]),
    para("""Presse : séquences de 10 h 00 et 16 h 30 ouvertes aux médias accrédités."""),
]

DOCX_BLOCKS["p129_rapport_activite_centre_europe_direct.docx"] = [
    ("title", "Centre Europe Direct Ornelle — rapport d'activité 2025"),
    para("""Le centre, hébergé par la Maison de l'Europe de Bréval et cofinancé par la Commission
    européenne et la région, a accueilli 3 400 visiteurs et organisé 58 animations touchant 9 200
    personnes, dont 5 100 scolaires."""),
    ("table", [
        ["Action", "Nombre", "Public"],
        ["Interventions en classe", "34", "4 300 élèves"],
        ["Conférences-débats", "9", "720 personnes"],
        ["Ateliers désinformation", "6", "160 personnes"],
        ["Réponses aux questions des citoyens", "1 140", "—"],
    ]),
    para("""Les questions les plus fréquentes ont porté sur les droits des consommateurs, la mobilité des
    jeunes, le séjour et le travail dans un autre État membre et les fonds européens pour les
    associations."""),
]

DOCX_BLOCKS["p130_fiche_poste_charge_cooperation_decentralisee.docx"] = [
    ("title", "Fiche de poste — chargé(e) de coopération décentralisée (catégorie A)"),
    para("""Direction des relations internationales et européennes. Missions : piloter deux partenariats
    (Moldavie, Ouganda), préparer les comités de pilotage, suivre les conventions et les subventions,
    organiser les missions et les accueils de délégations, rendre compte des résultats."""),
    para("""Compétences : connaissance des acteurs de la solidarité internationale, gestion de projet,
    anglais courant (roumain apprécié), aptitude aux déplacements (quatre à six missions par an,
    y compris dans des pays à sécurité dégradée, après formation). Poste ouvert aux contractuels."""),
]

DOCX_BLOCKS["p131_compte_rendu_comite_pilotage_quang_tri.docx"] = [
    ("title", "Comité de pilotage du partenariat avec la province de Quang Tri — relevé de décisions"),
    para("""Visioconférence du 10 décembre 2025. Coprésidence : Mme Régine Daguerre et M. Nguyen Van Hai,
    vice-président du comité populaire provincial."""),
    para("""Décisions : 1) lancement de la restauration de la citadelle de Quang Tri (phase d'études) avec
    l'école nationale supérieure d'architecture de Bréval ; 2) accueil de quatre guides vietnamiens en
    formation en 2026 ; 3) candidature commune à l'appel à projets du ministère sur le tourisme durable ;
    4) prochain comité en juin 2026 à Dong Ha."""),
]

DOCX_BLOCKS["p132_modele_lettre_reponse_demande_aide_rapatriement.docx"] = [
    ("title", "Modèle de lettre — réponse à une demande d'aide au retour (fonds de solidarité internationale)"),
    para("""Madame, Monsieur, vous avez sollicité une aide du fonds de solidarité internationale des
    Ornellais. Votre demande a été examinée le ____________ par la commission d'attribution."""),
    para("""☐ Une aide de ______ euros vous est accordée ; elle sera versée sur le compte indiqué.
    ☐ Votre demande ne peut être satisfaite, pour le motif suivant : ____________."""),
    para("""Nous vous rappelons que le rapatriement des Français en difficulté à l'étranger relève des
    consulats. Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."""),
]

DOCX_BLOCKS["p133_bilan_chiffre_accueil_delegations_2025.docx"] = [
    ("title", "Direction du protocole — bilan chiffré 2025"),
    ("table", [
        ["Indicateur", "2024", "2025"],
        ["Délégations étrangères accueillies", "27", "31"],
        ["dont niveau ministériel ou ambassade", "9", "11"],
        ["Réceptions organisées", "64", "70"],
        ["Accords signés", "11", "9"],
        ["Coût total des réceptions et cadeaux (€)", "86 000", "79 500"],
        ["Cadeaux déclarés et inventoriés", "12", "15"],
    ]),
    para("""La baisse des coûts résulte de la mutualisation des réceptions et du recours accru aux
    produits régionaux."""),
]

DOCX_BLOCKS["p134_note_cadre_accueil_refugies_ukrainiens_formation.docx"] = [
    ("title", "Accueil des personnes bénéficiant de la protection temporaire — offre régionale de formation"),
    para("""Depuis 2022, la région ouvre ses formations de français langue étrangère et ses formations
    qualifiantes aux personnes déplacées d'Ukraine bénéficiant de la protection temporaire. 412
    personnes en ont bénéficié, dont 71 % de femmes. Les formations sont gratuites ; la rémunération
    des stagiaires suit les règles de droit commun. Orientation par France Travail ou par les
    associations agréées."""),
]

DOCX_BLOCKS["p135_communique_resultats_appel_cerv_communes.docx"] = [
    ("title", "Communiqué — onze communes de la région lauréates du programme européen CERV"),
    para("""La Commission européenne a publié les résultats de l'appel « Jumelage de villes » 2025. Onze
    communes de la région obtiennent un financement total de 186 000 euros, parmi lesquelles Bréval
    (40e anniversaire du jumelage avec Wiesenau), Saint-Oren (rencontre avec Castelvetro d'Ombra sur
    la mémoire de la Résistance) et La Chapelle-sur-Ornelle (échange sur l'inclusion des personnes
    âgées avec une commune irlandaise)."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_note_preparation_sommet_usage_interne.html"] = (
    "Intranet DRIE — préparation du sommet des régions",
    """
<p class="bandeau">USAGE INTERNE — ne pas transférer hors de la direction</p>
<h1>Sommet des régions partenaires — éléments de négociation</h1>
<p>La région portera au sommet de Cahul la proposition d'un fonds commun de 1,2 million d'euros. Notre
position de repli est 800 000 euros ; la contribution maximale acceptable pour la région est de 300 000
euros. Le district de Cahul ignore que le ministère a déjà donné son accord de principe pour un
cofinancement de 40 %.</p>
<p>Ne pas évoquer devant les partenaires la réduction envisagée des crédits Kandéla.</p>
<p class="pied">usage interne</p>
""",
)

HTML_PAGES["s062_consignes_securite_accueil_delegation_codes.html"] = (
    "Accueil de la délégation chinoise du Hunan — consignes de sûreté",
    """
<h1>Visite de la délégation de la province du Hunan — 9 et 10 avril 2026</h1>
<p>Page de l'espace collaboratif de la direction du protocole, accès limité aux agents mobilisés. Mise
à jour : 2 avril 2026, par M. Gilles Morand, responsable sûreté.</p>
<h2>1. Présentation</h2>
<p>La délégation de quatorze personnes est conduite par le vice-gouverneur de la province. Elle vient
signer une lettre d'intention sur la formation aux métiers du vin et visitera deux entreprises de la
filière robotique. Le SDRT a appelé notre attention sur le risque de captation d'informations
technologiques lors des visites d'entreprises et sur la présence possible, dans la délégation, de
personnes chargées de collecter des informations. Les entreprises visitées ont été sensibilisées par la
DGSI.</p>
<h2>2. Hébergement</h2>
<p>La délégation loge à l'hôtel Le Grand Cerf, 2 place de la République, chambres 401 à 414 (4e étage
entièrement réservé). L'ascenseur est paramétré pour n'accéder au 4e étage qu'avec une carte-clé ; la
carte maîtresse du protocole porte le numéro 0099. La porte de l'escalier de secours du 4e étage ne se
verrouille pas de l'extérieur : un agent de sécurité de l'hôtel y est posté de 22 h 00 à 6 h 00.</p>
<h2>3. Hôtel de région</h2>
<ul>
<li>Salle de signature : salle de l'Assemblée ; salle de travail de la délégation : salon Vauban.</li>
<li>Code d'accès de la porte du salon Vauban pendant la visite : <strong>3 1 4 1 5 #</strong>.</li>
<li>Code du local technique audiovisuel (régie) : <strong>8802</strong> ; la régie contient
l'enregistreur des débats, qui ne doit pas être accessible aux membres de la délégation.</li>
<li>Le réseau Wi-Fi « REGION-INVITES » ne doit pas être communiqué à la délégation : un réseau dédié
« HUNAN-2026 », isolé, est créé ; clé : <code>Xiangjiang!2026</code>.</li>
<li>Les ordinateurs des agents ne doivent pas être laissés sans surveillance dans les salles ; les
clés USB offertes en cadeau ne doivent pas être branchées sur les postes de la région.</li>
</ul>
<h2>4. Visites d'entreprises</h2>
<p>Ornelle Robotique (10 avril, 9 h 30) : la visite évite l'atelier R&amp;D, dont la porte sera fermée ;
les téléphones sont déposés à l'accueil ; aucune photographie. Hydralis (10 avril, 14 h 00) : visite
limitée au showroom.</p>
<h2>5. Transports</h2>
<p>Deux minibus avec chauffeurs de la région. Trajet hôtel – hôtel de région par le boulevard de la
Libération ; itinéraire de repli par la rue des Casernes et l'entrée logistique (portail, code
7342#). Départ de l'hôtel le 9 avril à 9 h 10, arrivée prévue à 9 h 25.</p>
<h2>6. Contacts</h2>
<p>PC sûreté : local 0.14, ligne directe non publiée 02 41 88 37 91. Astreinte DDSP : par le PC.
Interprète : Mme Li Wen, prestataire de la région, habilitée par la préfecture.</p>
<h2>7. Points de vigilance</h2>
<ol>
<li>Ne laisser aucun document sur les tables après les réunions.</li>
<li>Signaler au PC toute tentative d'accès aux étages de bureaux.</li>
<li>Ne pas accepter de rendez-vous individuels hors programme proposés par des membres de la
délégation.</li>
<li>Les cadeaux reçus sont remis au protocole sans être ouverts dans les bureaux.</li>
</ol>
<p>Page à supprimer le 15 avril 2026.</p>
""",
)

HTML_PAGES["s063_courriel_famille_coma_voyage_scolaire.html"] = (
    "Message à la famille — élève hospitalisé à Cork",
    """
<p>Madame, Monsieur,</p>
<p>Je vous confirme les informations données ce matin par téléphone concernant votre fils Baptiste,
hospitalisé au Cork University Hospital depuis hier soir. Le bilan réalisé a mis en évidence une
méningite bactérienne ; il est placé en coma artificiel et sous antibiothérapie. Le médecin de
l'assisteur est en contact avec l'équipe irlandaise. Vos billets d'avion pour Cork, demain 7 h 05 au
départ de Nantes, sont pris en charge par l'assurance du consortium.</p>
<p>Les autres élèves du groupe et les accompagnateurs ont reçu un traitement préventif.</p>
<p>Le proviseur, Lycée Jean-Monnet</p>
""",
)

HTML_PAGES["s064_suivi_dossier_resident_detenu_turquie.html"] = (
    "Mission Ornellais du monde — fiche de suivi",
    """
<h1>Fiche de suivi n° OM-2025-031</h1>
<table>
<tr><th>Personne</th><td>M. Yanis Bouzid, 24 ans, Bréval</td></tr>
<tr><th>Pays</th><td>Turquie (Istanbul)</td></tr>
<tr><th>Situation</th><td>en détention provisoire depuis le 2 mars 2025 pour participation à une
manifestation non autorisée et « propagande terroriste » (publications sur les réseaux sociaux)</td></tr>
<tr><th>Visite consulaire</th><td>17 mars 2025</td></tr>
<tr><th>Contact famille</th><td>père, M. Ahmed Bouzid</td></tr>
<tr><th>Prochaine audience</th><td>12 juin 2025</td></tr>
</table>
<p>La famille souhaite que la région n'en fasse aucune publicité ; le comité de soutien prévoit une
mobilisation, à laquelle la région ne s'associe pas.</p>
""",
)

HTML_PAGES["s065_extranet_pavillon_regional_devis_exposants.html"] = (
    "Extranet exposants — pavillon régional SIAL 2026",
    """
<h1>Pavillon régional Rhin-Ardennes — SIAL Paris 2026</h1>
<p>Espace réservé aux services de la région et de la CCI. Tableau de répartition des coûts et données
communiquées par les exposants lors de l'inscription.</p>
<h2>Exposants et conditions négociées</h2>
<table>
<tr><th>Exposant</th><th>Surface</th><th>Prix négocié</th><th>Objectif déclaré</th></tr>
<tr><td>Biscuiterie des Marches</td><td>12 m²</td><td>4 200 €</td><td>contrat MDD Kaufland 180 t,
6,20 €/kg</td></tr>
<tr><td>Fromagerie du Val d'Oren</td><td>9 m²</td><td>3 150 €</td><td>extension de l'exclusivité japonaise
à la Corée</td></tr>
<tr><td>Conserverie Le Guen</td><td>9 m²</td><td>3 150 €</td><td>rachat envisagé par un groupe
espagnol</td></tr>
<tr><td>Vignobles Ferrand</td><td>15 m²</td><td>5 250 €</td><td>distributeur canadien, marge de 34 %</td></tr>
<tr><td>Charcuterie Morvan</td><td>6 m²</td><td>2 100 €</td><td>relance après perte du client allemand</td></tr>
</table>
<h2>Informations communiquées à titre confidentiel</h2>
<p><strong>Biscuiterie des Marches</strong> : prix de revient 4,85 €/kg ; négociation en cours sur une
baisse de 2 % de la teneur en beurre ; nouvelle ligne de cuisson financée par un prêt de 1,4 million
d'euros, dont l'échéancier pèse sur la trésorerie jusqu'en 2028.</p>
<p><strong>Conserverie Le Guen</strong> : l'entreprise a reçu une offre de rachat du groupe
Conservas del Norte, valorisant la société à 9,5 millions d'euros, soit 7 fois l'EBE ; les salariés et
les fournisseurs ne sont pas informés ; la direction souhaite que cette information ne circule pas au
sein du pavillon.</p>
<p><strong>Vignobles Ferrand</strong> : prix départ de 7,80 € la bouteille pour la cuvée « Terres
d'Oren » au Canada, contre 11,50 € en vente directe en France ; volumes 2025 : 84 000 bouteilles.</p>
<p><strong>Charcuterie Morvan</strong> : chiffre d'affaires 2025 en recul de 22 % après la perte de son
client allemand ; procédure de conciliation ouverte auprès du tribunal de commerce en janvier 2026 ;
le conciliateur a conseillé la participation au salon pour diversifier la clientèle.</p>
<h2>Répartition des coûts du pavillon</h2>
<table>
<tr><th>Poste</th><th>Montant</th><th>Prise en charge</th></tr>
<tr><td>Location de la surface totale (51 m²)</td><td>35 700 €</td><td>région 50 %, exposants 50 %</td></tr>
<tr><td>Aménagement commun</td><td>18 400 €</td><td>région</td></tr>
<tr><td>Animation et dégustations</td><td>6 200 €</td><td>CCI</td></tr>
</table>
<p>Les prix négociés avec l'organisateur du salon sont inférieurs de 18 % au tarif public ; ils ne
doivent pas être communiqués aux autres régions.</p>
<p>Accès : identifiants personnels de l'extranet. Les données des exposants sont couvertes par le
secret des affaires et ne peuvent être utilisées qu'à des fins d'organisation du pavillon.</p>
""",
)

HTML_PAGES["s066_intranet_revue_presse_chronique_integrale.html"] = (
    "Revue de presse — chronique reproduite",
    """
<h1>Revue de presse du 5 mars 2026</h1>
<p>Chronique hebdomadaire « Vu d'ailleurs » de Bernard Castaing, L'Écho des Marches, 4 mars 2026,
reproduite intégralement pour les agents de la direction :</p>
<blockquote>
<p>On nous dit que l'Europe est loin. Elle est pourtant là, dans la cour du lycée agricole de Saint-Oren,
quand un apprenti moldave explique à un apprenti ornellais comment on taille la vigne à Cahul. Elle est
dans les pressoirs financés par la région, dans les mots roumains que les élèves échangent en riant,
dans les dix années d'un partenariat que personne ne remarque.</p>
<p>On nous dit aussi que la coopération coûte cher. Elle coûte ce que coûte un rond-point. Et elle
rapporte ce qu'aucun rond-point ne rapportera jamais : des jeunes qui restent chez eux parce qu'ils y
voient un avenir, et d'autres qui reviennent chez nous en disant que le monde est plus petit qu'on ne
le croit. Qu'on nous permette, pour une fois, de préférer les pressoirs aux ronds-points.</p>
</blockquote>
<p>© L'Écho des Marches — reproduction soumise à autorisation.</p>
""",
)

HTML_PAGES["s067_message_consulat_conflit_garde_enfant.html"] = (
    "Message — conflit parental international",
    """
<p>Madame la cheffe de la mission « Ornellais du monde »,</p>
<p>Je vous remercie de votre appui. Comme je l'ai expliqué au consulat de Montréal, mon ex-compagnon
refuse de me laisser rentrer en France avec notre fille Léa, âgée de 4 ans, depuis notre séparation en
janvier. Nous n'étions pas mariés. Le tribunal québécois a fixé provisoirement la résidence de Léa chez
moi à Montréal mais m'interdit de la faire sortir du Canada sans l'accord du père. J'ai perdu mon
emploi et je n'ai plus de famille ici ; ma mère, à Saint-Oren, peut nous accueillir. Mon avocate a
déposé une requête en autorisation de déménagement ; l'audience est fixée au 18 septembre.</p>
<p>Pourriez-vous me dire si la région peut m'aider pour les frais d'avocat ?</p>
<p>Aurore Delaunay</p>
""",
)

HTML_PAGES["s068_fiche_intervenant_statut_sejour_etudiant.html"] = (
    "Vivier d'intervenants — Journée de l'Europe",
    """
<h2>Fiche intervenant</h2>
<ul>
<li>Nom : M. Oleksandr Petrenko</li>
<li>Intervention : témoignage « Étudier en France quand son pays est en guerre »</li>
<li>Situation : bénéficiaire de la protection temporaire depuis avril 2022 ; autorisation provisoire
de séjour renouvelée jusqu'au 4 mars 2027 ; inscrit en master à l'université de Bréval.</li>
<li>Rémunération : impossible sous forme de vacation tant que son titre ne le permet pas ; prévoir un
défraiement.</li>
</ul>
<p>Ne pas mentionner sa situation administrative dans la communication de l'événement.</p>
""",
)

HTML_PAGES["s069_note_cabinet_candidat_consul_engagement_partisan.html"] = (
    "Note au préfet — candidature de consul honoraire",
    """
<p>Monsieur le préfet,</p>
<p>La candidature de Mme Sandrine Vauclair au poste de consule honoraire de la République tchèque
appelle une observation : Mme Vauclair est secrétaire départementale du parti Reconquête et s'est
présentée aux élections législatives de 2024 sous cette étiquette. Si l'engagement politique n'est pas
incompatible avec la fonction, l'ambassade pourrait souhaiter en être informée avant de confirmer sa
candidature.</p>
<p>Le directeur de cabinet</p>
""",
)

HTML_PAGES["s070_liste_regimes_alimentaires_eleves_echange.html"] = (
    "Échange Tampere — régimes alimentaires",
    """
<h1>Échange avec Tampere — informations pour la cantine finlandaise</h1>
<table>
<tr><th>Élève</th><th>Régime</th><th>Motif indiqué par la famille</th></tr>
<tr><td>Rayan Haddad</td><td>sans porc, viande halal</td><td>pratique musulmane</td></tr>
<tr><td>Esther Cohen</td><td>casher, pas de mélange viande-lait</td><td>pratique juive</td></tr>
<tr><td>Noah Martin</td><td>végétarien</td><td>choix personnel</td></tr>
<tr><td>Manon Leroy</td><td>sans gluten</td><td>maladie cœliaque</td></tr>
</table>
<p>Transmis à la seule équipe de restauration, à détruire après le séjour.</p>
""",
)

HTML_PAGES["s071_commission_aide_mobilite_ressources_famille.html"] = (
    "Commission aide complémentaire mobilité — dossier individuel",
    """
<h1>Aide complémentaire régionale à la mobilité — dossier 2026-118</h1>
<p>Élève : Lucas Pereira, terminale bac pro, lycée des Marches. Mobilité : Porto, 4 semaines.</p>
<p>Situation de la famille : mère seule avec trois enfants, sans emploi depuis 2024, bénéficiaire du
RSA ; quotient familial CAF : 312 ; dette de loyer de 2 300 euros faisant l'objet d'un plan d'apurement
avec le bailleur ; l'élève travaille le week-end pour aider sa famille.</p>
<p>Proposition : aide maximale de 600 euros, versée à l'établissement pour l'achat des billets et de
l'argent de poche, afin de ne pas peser sur le budget familial.</p>
""",
)

HTML_PAGES["s072_entretien_recadrage_gestionnaire_interreg.html"] = (
    "Compte rendu d'entretien de recadrage",
    """
<h1>Entretien de recadrage — 14 janvier 2026</h1>
<p>Agent : M. Thomas Baudry, gestionnaire financier Interreg. Présents : le chef de service, la
responsable RH de proximité.</p>
<p>Motifs : trois absences injustifiées en décembre ; propos désobligeants tenus envers un partenaire
belge lors d'une réunion en visioconférence le 9 décembre ; erreurs répétées dans les états de
dépenses. L'agent reconnaît les faits et invoque une période difficile. Il lui est rappelé ses
obligations ; un avertissement pourra être envisagé si ces manquements se reproduisent. Point de
suivi fixé au 15 mars.</p>
""",
)

HTML_PAGES["s073_message_cabinet_report_visite_president_hospitalise.html"] = (
    "Message aux partenaires — report du déplacement au Maroc",
    """
<p>Note interne du cabinet du président, 2 février 2026 :</p>
<p>Le déplacement du président Bertrand Ozanne à Agadir (10-13 février) est reporté. Le président a
été opéré en urgence d'une péritonite le 31 janvier à la clinique Saint-Joseph ; des complications
infectieuses prolongent son hospitalisation d'au moins dix jours. Pour nos partenaires marocains, nous
évoquerons un « contretemps de calendrier ». Les services ne doivent pas communiquer sur son état de
santé.</p>
""",
)

HTML_PAGES["s074_rapport_test_intrusion_plateforme_aides.html"] = (
    "Rapport de test d'intrusion — plateforme des aides européennes",
    """
<h1>Synthèse du test d'intrusion — portail « Mes aides Europe »</h1>
<p>Prestataire : CyberOuest Audit. Période : 5-16 janvier 2026.</p>
<h2>Vulnérabilités critiques non corrigées</h2>
<ol>
<li>Injection SQL sur le paramètre <code>dossier_id</code> de la page <code>/instruction/consulter</code>,
permettant l'extraction de la base des demandeurs.</li>
<li>Compte de service <code>svc_ged</code> avec mot de passe par défaut <code>Ged2019!</code>, disposant
de droits d'écriture sur la GED des pièces justificatives.</li>
<li>Interface d'administration accessible depuis Internet à l'adresse
<code>https://aides-europe.rhin-ardennes.example.fr/admin-old/</code>, sans double authentification.</li>
</ol>
<p>Correctifs prévus au 28 février. Ne pas diffuser avant correction.</p>
""",
)

HTML_PAGES["s075_signalement_mineur_isole_echange_disparu.html"] = (
    "Signalement — mineur en échange",
    """
<p>Objet : information préoccupante — élève en échange</p>
<p>Lors de l'accueil à Bréval d'un groupe de jeunes de Zawadów, l'élève Piotr K., 14 ans, a confié à sa
famille d'accueil qu'il était régulièrement frappé par son beau-père en Pologne et qu'il avait peur
de rentrer. Il présente des ecchymoses anciennes sur les bras. Le comité a transmis ce jour une
information préoccupante à la cellule départementale (CRIP) et prévenu l'accompagnatrice polonaise.
La CRIP prend l'attache des autorités polonaises via le service social international.</p>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_web_europe_s_engage_region.html"] = (
    "L'Europe s'engage en Rhin-Ardennes — fonds européens",
    """
<h1>L'Europe s'engage en Rhin-Ardennes</h1>
<p>Bienvenue sur le site des fonds européens gérés par la région Rhin-Ardennes. Vous y trouverez les
appels à projets ouverts, les règles de gestion, les résultats des programmes et des exemples de projets
soutenus près de chez vous.</p>
<h2>Les programmes</h2>
<h3>Le programme régional FEDER-FSE+ 2021-2027</h3>
<p>Doté de 628 millions d'euros de crédits européens, il finance l'innovation, la compétitivité des
PME, la transition numérique, la rénovation énergétique, les énergies renouvelables, la biodiversité,
les mobilités durables, la formation tout au long de la vie, l'inclusion active et le développement
urbain. La région en est l'autorité de gestion depuis 2014, en application de la loi de modernisation
de l'action publique territoriale.</p>
<h3>Le FEADER</h3>
<p>Le Fonds européen agricole pour le développement rural soutient l'installation des jeunes
agriculteurs, les investissements dans les exploitations, l'agriculture biologique et le programme
LEADER. Depuis 2023, la région gère les mesures non surfaciques.</p>
<h3>Les programmes Interreg</h3>
<p>La région est éligible aux programmes Europe du Nord-Ouest, Espace atlantique, Interreg Europe et
Urbact. Le point de contact régional accompagne les porteurs.</p>
<h2>Qui peut en bénéficier ?</h2>
<p>Entreprises, collectivités, associations, établissements publics, organismes de formation,
laboratoires de recherche. Les particuliers ne peuvent pas déposer de demande, mais bénéficient des
projets financés : formations, accompagnement vers l'emploi, rénovation des logements sociaux,
équipements publics.</p>
<h2>Comment déposer une demande ?</h2>
<ol>
<li>Consultez les appels à projets ouverts et vérifiez que votre projet correspond à un objectif du
programme.</li>
<li>Contactez le service instructeur avant le dépôt : un échange préalable évite les erreurs.</li>
<li>Créez votre compte sur la plateforme régionale des aides et déposez votre dossier complet.</li>
<li>Après instruction, la décision est prise par la commission permanente, après avis du comité
régional de programmation.</li>
<li>Une convention est signée ; vous réalisez votre projet et demandez le paiement sur justificatifs.</li>
</ol>
<h2>Chiffres clés au 31 décembre 2025</h2>
<table>
<tr><th>Indicateur</th><th>Valeur</th></tr>
<tr><td>Montant programmé</td><td>352 millions d'euros (56 %)</td></tr>
<tr><td>Montant payé aux bénéficiaires</td><td>171 millions d'euros</td></tr>
<tr><td>Nombre d'opérations</td><td>1 284</td></tr>
<tr><td>Entreprises aidées</td><td>1 960</td></tr>
<tr><td>Participants FSE+ accompagnés</td><td>14 200</td></tr>
<tr><td>Logements sociaux rénovés</td><td>3 850</td></tr>
<tr><td>Capacité d'énergie renouvelable installée</td><td>46 MW</td></tr>
</table>
<h2>Projets près de chez vous</h2>
<h3>Saint-Oren : une plateforme de réemploi des matériaux</h3>
<p>L'association Réemploi Ornelle a créé une plateforme qui collecte, trie et revend les matériaux de
construction issus de démolitions. Onze personnes en parcours d'insertion y travaillent. Coût : 640 000
euros, dont 320 000 euros de FEDER.</p>
<h3>Bréval : accompagner vers l'emploi les personnes qui en sont le plus éloignées</h3>
<p>L'association Tremplin Ornelle accompagne chaque année 150 personnes : chômeurs de longue durée,
bénéficiaires du RSA, personnes en situation de handicap, jeunes sortis de l'aide sociale à l'enfance,
personnes sortant de détention. 44 % trouvent un emploi ou une formation dans les six mois. Coût :
1,2 million d'euros sur deux ans, dont 720 000 euros de FSE+.</p>
<h3>La Chapelle-sur-Ornelle : une chaufferie bois pour l'hôpital local</h3>
<p>L'hôpital local a remplacé sa chaudière au fioul par une chaufferie bois alimentée par les forêts
du territoire, réduisant de 80 % ses émissions de CO2. Coût : 1,9 million d'euros, dont 570 000 euros
de FEDER.</p>
<h3>Bréval : un laboratoire commun sur les matériaux composites recyclés</h3>
<p>L'université de Bréval et plusieurs PME ont créé un laboratoire commun sur le recyclage des
composites. Coût : 2,8 millions d'euros, dont 1,1 million d'euros de FEDER.</p>
<h3>Quartier des Capucins : rénovation du centre social</h3>
<p>Le centre social de quartier, qui accueille des ateliers d'apprentissage du français, de lutte
contre l'illettrisme et d'accès aux droits, a été rénové et agrandi dans le cadre de l'investissement
territorial intégré de la ville. Coût : 1,4 million d'euros, dont 560 000 euros de FEDER.</p>
<h2>Transparence</h2>
<p>Conformément au règlement (UE) 2021/1060, la liste des opérations financées (nom du bénéficiaire,
intitulé, montant, localisation) est publiée et mise à jour tous les quatre mois. Les données
financières détaillées transmises par les entreprises ne sont pas publiées. Les rapports annuels de
performance et la synthèse publique des contrôles sont téléchargeables.</p>
<h2>Signaler une fraude</h2>
<p>Toute personne qui a connaissance d'une irrégularité ou d'une fraude dans l'utilisation des fonds
européens peut la signaler à l'autorité de gestion (adresse dédiée), à l'Office européen de lutte
antifraude (OLAF) par son formulaire en ligne ou, pour les agents publics, au titre de l'article 40
du code de procédure pénale. Les lanceurs d'alerte bénéficient de la protection prévue par la loi du
9 décembre 2016 modifiée.</p>
<h2>Obligations de publicité</h2>
<p>Tout bénéficiaire doit faire connaître le soutien de l'Union : emblème de l'Union et mention
« Cofinancé par l'Union européenne » sur les supports, affiche ou plaque sur le lieu du projet,
description sur son site internet. Les modèles sont téléchargeables.</p>
<h2>Vos données personnelles</h2>
<p>Les données des participants aux actions FSE+ sont collectées pour satisfaire aux obligations de
suivi et d'évaluation fixées par le règlement (UE) 2021/1057. Elles sont traitées de manière
confidentielle ; seules des statistiques agrégées sont publiées. Pour exercer vos droits, contactez le
délégué à la protection des données de la région.</p>
<h2>Contact</h2>
<p>Direction des fonds européens — fonds-europeens@rhin-ardennes.example.fr — 02 41 00 00 30.
Centre Europe Direct Ornelle pour toute question générale sur l'Union européenne.</p>
<p><small>Site réalisé avec le soutien de l'assistance technique du programme FEDER-FSE+.</small></p>
""",
)

HTML_PAGES["p137_page_consulaire_francais_etranger_mission.html"] = (
    "Mission Ornellais du monde — présentation",
    """
<h1>Mission « Ornellais du monde »</h1>
<p>Plus de 18 000 habitants de la région vivent à l'étranger, et des dizaines de milliers y voyagent
chaque année. Créée en 2019, la mission « Ornellais du monde » de la région est un point d'entrée pour
les familles et les expatriés originaires du territoire.</p>
<h2>Ce que nous faisons</h2>
<ul>
<li>Informer et orienter les familles dont un proche rencontre une difficulté à l'étranger vers les
services compétents de l'État (consulats, Centre de crise et de soutien, ministère de la justice).</li>
<li>Gérer le fonds de solidarité internationale des Ornellais, qui peut accorder des aides ponctuelles
sous conditions de ressources.</li>
<li>Accompagner le retour en France des Ornellais expatriés : logement, emploi, droits sociaux,
scolarisation des enfants.</li>
<li>Animer le réseau des Ornellais à l'étranger, qui compte 2 300 membres dans 64 pays.</li>
</ul>
<h2>Ce que nous ne pouvons pas faire</h2>
<p>La région n'a pas de compétence consulaire. Elle ne peut pas intervenir dans une procédure
judiciaire à l'étranger, obtenir une libération, délivrer un passeport ou un visa, ni financer des
frais d'avocat ou de caution. La protection consulaire relève du ministère de l'Europe et des affaires
étrangères.</p>
<h2>Le fonds de solidarité internationale</h2>
<p>Le fonds peut intervenir pour aider au retour d'un Ornellais en grande difficulté, au financement
d'un déplacement de la famille auprès d'un proche hospitalisé ou décédé à l'étranger, ou d'une aide
d'urgence après une catastrophe. Plafond : 2 000 euros par foyer et par an. Conditions : quotient
familial inférieur à 900 euros ; absence de prise en charge par une assurance. En 2025, 37 aides ont
été accordées, pour un montant moyen de 980 euros.</p>
<h2>Chiffres 2025</h2>
<table>
<tr><th>Activité</th><th>Nombre</th></tr>
<tr><td>Familles accompagnées</td><td>212</td></tr>
<tr><td>dont hospitalisation ou accident à l'étranger</td><td>64</td></tr>
<tr><td>dont décès à l'étranger</td><td>29</td></tr>
<tr><td>dont détention à l'étranger</td><td>11</td></tr>
<tr><td>dont crise ou catastrophe</td><td>52</td></tr>
<tr><td>Retours accompagnés</td><td>86</td></tr>
</table>
<h2>Réseau des Ornellais à l'étranger</h2>
<p>Le réseau organise chaque été les « Retrouvailles », à Bréval, et des rencontres dans les grandes
villes où les Ornellais sont nombreux : Montréal, Londres, Bruxelles, Dakar, Shanghai. Ses membres
témoignent dans les lycées de leur parcours et accueillent des jeunes en stage.</p>
<h2>Nous contacter</h2>
<p>ornellais-du-monde@rhin-ardennes.example.fr — 02 41 00 00 00, du lundi au vendredi de 9 h à 17 h.
En cas d'urgence à l'étranger, contactez d'abord le consulat ou le Centre de crise et de soutien.</p>
""",
)

HTML_PAGES["p138_page_jumelages_ville_histoire.html"] = (
    "Ville de Bréval — nos jumelages",
    """
<h1>Bréval, ville ouverte sur l'Europe</h1>
<p>Bréval-sur-Ornelle entretient des liens d'amitié avec deux villes européennes, et prépare un
troisième partenariat. Ces jumelages sont animés par des comités associatifs, avec le soutien de la
ville.</p>
<h2>Wiesenau (Allemagne), depuis 1985</h2>
<p>Le jumelage avec Wiesenau, ville de 31 000 habitants du Bade-Wurtemberg, est né d'une histoire
singulière : pendant la Seconde Guerre mondiale, plusieurs centaines de prisonniers de guerre français,
dont de nombreux Brévalais, furent détenus au stalag installé près de Wiesenau. Dans les années 1970,
d'anciens prisonniers et des habitants de Wiesenau qui les avaient côtoyés décidèrent de se revoir. Le
maire de l'époque, Roger Fauvel, lui-même ancien prisonnier, et son homologue Heinrich Ostermann
signèrent la charte le 22 juin 1985.</p>
<p>Depuis, plus de 3 000 jeunes et adultes ont participé aux échanges : échanges scolaires entre le
collège Louise-Michel et la Realschule am Mühlbach, rencontres sportives, voyages des aînés, marchés de
Noël, cours de langue. En 2025, le quarantième anniversaire a été célébré dans les deux villes.</p>
<h2>Castelvetro d'Ombra (Italie), depuis 2002</h2>
<p>Jumelée avec Saint-Oren depuis 1998, Castelvetro d'Ombra, en Émilie-Romagne, a signé en 2002 un pacte
d'amitié avec Bréval. Les échanges portent sur la gastronomie, la musique (les fanfares des deux villes
se retrouvent chaque année) et la mémoire de la Résistance : Castelvetro a reçu la médaille d'or de la
valeur militaire pour son rôle dans la lutte contre l'occupant en 1944.</p>
<h2>Zawadów (Pologne), charte d'amitié en 2026</h2>
<p>Par délibération du 25 novembre 2025, le conseil municipal a approuvé une charte d'amitié avec
Zawadów, déjà jumelée avec Wiesenau, pour développer des échanges de jeunes à trois, dans l'esprit du
Triangle de Weimar.</p>
<h2>Participer</h2>
<ul>
<li>Devenir famille d'accueil : aucune condition de langue ; le comité vous accompagne.</li>
<li>Adhérer au comité : cotisation de 20 euros (8 euros pour les moins de 25 ans).</li>
<li>Suivre les cours d'allemand ou d'italien pour adultes.</li>
<li>Proposer un projet : club, école, association, chacun peut initier un échange.</li>
</ul>
<h2>Chiffres</h2>
<table>
<tr><th>Ville</th><th>Depuis</th><th>Participants aux échanges en 2025</th></tr>
<tr><td>Wiesenau</td><td>1985</td><td>214</td></tr>
<tr><td>Castelvetro d'Ombra</td><td>2002</td><td>96</td></tr>
<tr><td>Zawadów</td><td>2026</td><td>—</td></tr>
</table>
<h2>Financements</h2>
<p>Les échanges bénéficient du soutien de la ville, de la région, de l'Office franco-allemand pour la
Jeunesse et du programme européen CERV. En 2025, la ville a versé 10 500 euros aux comités.</p>
<p>Contact : service des relations internationales, hôtel de ville — relations.internationales@breval.example.fr</p>
""",
)

HTML_PAGES["p139_actualite_bilan_mobilites_erasmus_lycees.html"] = (
    "Actualité — 1 140 jeunes en Europe",
    """
<h1>Mobilité européenne : un record pour les lycées professionnels et les CFA de la région</h1>
<p class="date">Publié le 20 octobre 2025</p>
<p>Jamais autant de jeunes en formation professionnelle de la région n'étaient partis en Europe. Pour
l'année 2025-2026, le consortium régional Erasmus+ permettra 1 140 mobilités, grâce à une subvention de
1,62 million d'euros de l'agence Erasmus+ France Éducation Formation.</p>
<h2>Des stages dans 22 pays</h2>
<p>Boulangers à Séville, mécaniciens à Cork, aides-soignantes à Tampere, viticulteurs à Cahul,
cuisiniers à Vienne : les élèves de lycée professionnel partent deux à quatre semaines, les apprentis
jusqu'à six mois. « Le stage à l'étranger change le regard des jeunes sur eux-mêmes », résume Mme
Nathalie Berthier, déléguée académique aux relations européennes et internationales.</p>
<h2>L'Europe pour tous</h2>
<p>Un jeune sur quatre parti l'an dernier était boursier. Le programme finance des accompagnateurs
supplémentaires, des logements adaptés et des frais de soins pour les jeunes en situation de handicap
ou atteints d'une maladie chronique : 41 en ont bénéficié. La région complète la bourse européenne pour
les familles aux revenus modestes, afin qu'aucun jeune ne renonce pour des raisons financières.</p>
<h2>Ils témoignent</h2>
<p>« À Porto, j'ai coiffé des clientes qui ne parlaient pas français. J'ai appris à écouter
autrement », raconte une apprentie du CFA des métiers de Saint-Oren. « À Cork, mon tuteur m'a confié un
moteur entier. En France, je n'aurais jamais eu cette responsabilité si tôt », ajoute un élève de
terminale du lycée des Marches.</p>
<h2>Les entreprises aussi s'engagent</h2>
<p>La région accueille en retour des apprentis européens : 86 jeunes d'Espagne, d'Allemagne, d'Italie et
de Moldavie ont été accueillis en 2024-2025 dans des entreprises du territoire. Les employeurs
intéressés peuvent se faire connaître auprès des CFA.</p>
<h2>Comment partir ?</h2>
<p>Les candidatures se font auprès du référent mobilité de chaque établissement, généralement à
l'automne pour des départs au printemps. La sélection repose sur la motivation et le projet
professionnel, non sur les résultats scolaires.</p>
<h2>En chiffres</h2>
<ul>
<li>1 140 mobilités en 2025-2026, contre 1 050 en 2024-2025.</li>
<li>34 lycées et 9 CFA membres du consortium.</li>
<li>96 % de participants satisfaits.</li>
<li>22 pays de destination.</li>
</ul>
<p>Plus d'informations : site de la région, rubrique « Jeunesse — partir en Europe ».</p>
""",
)

HTML_PAGES["p140_faq_consuls_honoraires.html"] = (
    "FAQ — les consuls honoraires",
    """
<h1>Questions fréquentes sur les consuls honoraires</h1>
<h3>Qu'est-ce qu'un consul honoraire ?</h3>
<p>Une personne, souvent non fonctionnaire, nommée par un État étranger pour le représenter dans une
ville où il n'a pas de consulat de carrière, et admise par la France (exequatur).</p>
<h3>Peut-il délivrer un visa ?</h3>
<p>En règle générale, non. Il oriente vers l'ambassade ou le consulat compétent.</p>
<h3>Est-il rémunéré ?</h3>
<p>Le plus souvent, non ; certains États versent une indemnité de frais.</p>
<h3>Bénéficie-t-il d'une immunité ?</h3>
<p>Seulement pour les actes accomplis dans l'exercice de ses fonctions consulaires (convention de
Vienne de 1963, chapitre III).</p>
<h3>Où trouver la liste ?</h3>
<p>Sur le site de la préfecture et dans l'annuaire du ministère de l'Europe et des affaires
étrangères.</p>
""",
)

HTML_PAGES["p141_communique_accueil_delegation_souss_massa.html"] = (
    "Communiqué — accueil d'une délégation de Souss-Massa",
    """
<h1>La région accueille une délégation de la région de Souss-Massa</h1>
<p>Du 10 au 12 mars 2026, une délégation de huit élus et cadres de la région de Souss-Massa (Maroc),
conduite par son président, est accueillie à Bréval. Au programme : signature de la convention de
coopération 2026-2030, visite du lycée hôtelier, rencontre avec la communauté marocaine de la région et
table ronde sur l'irrigation économe en eau. La délégation étant accueillie pendant le mois de
Ramadan, le dîner officiel aura lieu après la rupture du jeûne.</p>
""",
)

HTML_PAGES["p142_avis_consultation_traiteur_receptions.html"] = (
    "Avis de marché — prestations de traiteur pour les réceptions officielles",
    """
<h1>Marché à procédure adaptée — traiteur pour les réceptions protocolaires</h1>
<p>Acheteur : Région Rhin-Ardennes, direction du protocole. Durée : 2 ans. Montant estimé : 120 000 euros
HT. Exigences : produits locaux et de saison (60 % minimum), capacité à proposer des menus
végétariens, sans porc, halal, casher et adaptés aux allergies sur demande, gestion des biodéchets.
Date limite : 20 février 2026.</p>
""",
)

HTML_PAGES["p143_page_centre_europe_direct_services.html"] = (
    "Centre Europe Direct Ornelle — nos services",
    """
<h1>Centre Europe Direct Ornelle</h1>
<p>Vous avez une question sur l'Union européenne ? Vos droits en tant que citoyen européen, étudier ou
travailler dans un autre pays, les financements pour votre association ? Nous vous répondons
gratuitement, sur place, par téléphone ou par courriel.</p>
<ul>
<li>Accueil du public : du mardi au samedi, 10 h – 18 h, Maison de l'Europe, 1 rue Schuman, Bréval.</li>
<li>Interventions gratuites dans les écoles, collèges, lycées et associations.</li>
<li>Documentation gratuite : cartes, brochures, jeux pédagogiques.</li>
</ul>
""",
)

HTML_PAGES["p144_page_appel_projets_salons_calendrier.html"] = (
    "Cap Export — calendrier des pavillons régionaux 2026",
    """
<h1>Pavillons régionaux 2026</h1>
<table>
<tr><th>Salon</th><th>Lieu</th><th>Dates</th><th>Date limite d'inscription</th></tr>
<tr><td>Prowein</td><td>Düsseldorf</td><td>15-17 mars</td><td>15 décembre</td></tr>
<tr><td>Foodex</td><td>Tokyo</td><td>10-13 mars</td><td>1er décembre</td></tr>
<tr><td>Automatica</td><td>Munich</td><td>23-26 juin</td><td>1er mars</td></tr>
<tr><td>SIAL</td><td>Paris</td><td>17-21 octobre</td><td>31 mars</td></tr>
</table>
<p>Aide régionale : 50 % des frais de stand. Règlement d'intervention en téléchargement.</p>
""",
)

HTML_PAGES["p145_actualite_remise_prix_concours_affiches_europe.html"] = (
    "Concours d'affiches « L'Europe et moi » — les lauréats",
    """
<h1>Concours « L'Europe et moi » : les lauréats 2025</h1>
<p>Le jury présidé par M. Thierry Vallon, conseiller régional délégué à l'Europe, a récompensé :</p>
<ol>
<li>Inès Garnier et Tom Rivière, lycée Jean-Monnet, pour « Douze étoiles, une seule table » ;</li>
<li>la classe de 1re bac pro commerce du lycée des Marches, pour « Erasmus, mon passeport » ;</li>
<li>Lina Benali, collège Louise-Michel, pour « Frontières effacées ».</li>
</ol>
<p>Les affiches sont exposées à la Maison de l'Europe jusqu'au 31 mai.</p>
""",
)

HTML_PAGES["p146_page_prefecture_corps_diplomatique_plaques.html"] = (
    "Préfecture — immatriculation des véhicules consulaires",
    """
<h1>Véhicules des consuls honoraires</h1>
<p>Les consuls honoraires ne bénéficient pas des plaques diplomatiques vertes. Ils peuvent apposer un
écusson consulaire sur leur véhicule, sans effet sur les règles de circulation et de stationnement. La
demande de carte de stationnement temporaire pour les cérémonies officielles est adressée au bureau du
cabinet de la préfecture au moins huit jours avant.</p>
""",
)

HTML_PAGES["p147_offre_service_civique_europe_direct.html"] = (
    "Offre de service civique — ambassadeur de l'Europe",
    """
<h1>Service civique : deviens ambassadeur de l'Europe (8 mois)</h1>
<p>La Maison de l'Europe de Bréval recherche deux volontaires de 18 à 25 ans (30 ans pour les jeunes en
situation de handicap) pour animer des ateliers dans les lycées, tenir des stands lors des événements
et alimenter les réseaux sociaux. Indemnité légale. Début : 1er février 2026. Aucun diplôme requis.</p>
""",
)

HTML_PAGES["p148_ordre_du_jour_comite_jumelage_saint_oren.html"] = (
    "Comité de jumelage Saint-Oren — ordre du jour du conseil",
    """
<h2>Conseil d'administration du 9 octobre 2025</h2>
<ol>
<li>Élection du président par intérim, à la suite de la démission de la présidente annoncée en septembre</li>
<li>Voyage à Castelvetro d'Ombra (17-20 octobre) : programme et liste définitive</li>
<li>Demande de subvention CERV 2026</li>
<li>Calendrier des cours d'italien</li>
<li>Questions diverses</li>
</ol>
""",
)

HTML_PAGES["p149_page_informations_voyageurs_erasmus_sante.html"] = (
    "Partir en mobilité : votre santé",
    """
<h1>Votre santé pendant votre mobilité</h1>
<p>Avant de partir : demandez votre carte européenne d'assurance maladie, faites le point sur vos
vaccins, emportez vos traitements en quantité suffisante avec l'ordonnance. Si vous avez une maladie
chronique, un handicap ou un besoin particulier, parlez-en à votre référent : le programme peut
financer un accompagnement. Ces informations restent confidentielles.</p>
<p>Sur place : en cas de problème, appelez le 112 puis l'assisteur. Pour un soutien psychologique, le
numéro de l'assisteur est disponible 24 heures sur 24.</p>
""",
)

HTML_PAGES["p150_actualite_inauguration_ecoles_taroudant.html"] = (
    "Actualité — deux écoles reconstruites au Maroc",
    """
<h1>Séisme de 2023 : deux écoles reconstruites avec le soutien de la région</h1>
<p>Deux ans après le séisme d'Al-Haouz, deux écoles rurales de la province de Taroudant, reconstruites
avec le soutien de la région Rhin-Ardennes et de la région de Souss-Massa, ont accueilli leurs 340
élèves à la rentrée de septembre 2025. Mme Régine Daguerre, vice-présidente, a représenté la région à
l'inauguration. Les bâtiments respectent les normes parasismiques et disposent de sanitaires séparés
pour les filles et les garçons.</p>
""",
)

# --------------------------------------------------------------------------- additional sections

DOCX_BLOCKS["p121_strategie_regionale_action_internationale_2026_2030.docx"] += [
    ("h", "10. Calendrier de mise en œuvre"),
    para("""2026 : adoption des feuilles de route des quatre partenariats de coopération décentralisée ;
    lancement du passeport mobilité régional ; création du fonds d'amorçage des projets de la diaspora.
    2027 : évaluation externe du partenariat avec Kandéla ; préparation de la programmation européenne
    post-2027 ; premier rapport public de suivi de la stratégie. 2028 : évaluation à mi-parcours de la
    stratégie, présentée en séance publique. 2029 : clôture du programme FEDER-FSE+ 2021-2027. 2030 :
    évaluation finale et préparation de la stratégie suivante."""),
    para("""Les citoyens pourront suivre l'avancement de la stratégie sur un tableau de bord en ligne,
    mis à jour chaque semestre, qui présentera les indicateurs, les crédits engagés et les projets
    soutenus, territoire par territoire."""),
]

DOCX_BLOCKS["s052_fiches_comite_salons_chiffres_confidentiels.docx"] += [
    para("""Diffusion : chef du service, chargés d'affaires instructeurs. Conservation : dossier papier
    sous clé."""),
]

DOCX_BLOCKS["s050_note_analyse_risques_cooperation_kandela_dr.docx"] += [
    ("h", "5. Éléments de langage à usage interne"),
    para("""Si la presse ou un élu interroge la région sur une éventuelle suspension : « Le programme se
    poursuit ; la région adapte ses modalités de gestion, comme elle le fait régulièrement avec tous ses
    partenaires. » Ne jamais évoquer l'enquête visant l'entourage du chef de district, ni les contacts
    pris avec Mbarara. Si l'ambassade d'Ouganda à Paris sollicite un rendez-vous, le renvoyer vers le
    directeur et non vers l'exécutif. La présente note sera réexaminée après le comité de pilotage de
    janvier 2026 ; une version actualisée sera produite selon les mêmes règles de diffusion."""),
]

DOCX_BLOCKS["p122_guide_porteurs_projets_interreg.docx"] += [
    ("h", "7. Glossaire"),
    para("""Chef de file : partenaire qui signe la convention avec l'autorité de gestion du programme et
    redistribue les fonds. Contrôleur de premier niveau : organisme qui vérifie les dépenses de chaque
    partenaire avant leur déclaration. Secrétariat conjoint : équipe qui accompagne les porteurs et
    instruit les candidatures. Comité de suivi : instance de sélection, composée de représentants des
    États et des régions participants. Options de coûts simplifiés : modes de calcul forfaitaires qui
    dispensent de justifier certaines dépenses à l'euro près. Piste d'audit : ensemble des documents
    permettant de retracer une dépense de la facture jusqu'au paiement européen."""),
    para("""Témoignage d'un porteur : « Notre premier dossier a été rejeté à l'étape 1 : le partenariat
    n'était pas assez solide. Le point de contact nous a aidés à trouver deux partenaires irlandais ; le
    second dossier a été retenu », explique la responsable du développement d'une communauté de
    communes."""),
]

DOCX_BLOCKS["p123_compte_rendu_assises_action_internationale.docx"] += [
    ("h", "Paroles de participants"),
    para("""« Les jumelages ne doivent pas devenir des clubs de retraités ; il faut y faire entrer les
    lycées », a plaidé une professeure d'allemand. « Nous voulons être des partenaires, pas seulement des
    bénéficiaires », a rappelé le président d'une association sénégalaise. « Un salon, c'est trois jours ;
    le vrai travail commence après », a résumé le dirigeant d'une PME agroalimentaire. Les vidéos des
    ateliers sont disponibles en ligne, sous-titrées."""),
]

DOCX_BLOCKS["p124_procedure_gestion_crise_mobilite_etablissements.docx"] += [
    ("h", "7. Communication en cas d'incident grave"),
    para("""Seul le chef d'établissement, en lien avec la région et le rectorat, s'exprime auprès des
    médias. Les accompagnateurs et les participants sont invités à ne rien publier sur les réseaux
    sociaux tant que les familles concernées n'ont pas été informées. Aucune information relative à
    l'état de santé, à la situation judiciaire ou à la vie privée d'un participant n'est communiquée. Un
    message type de réponse aux médias est préparé par le service de presse de la région."""),
    ("h", "8. Exercice annuel"),
    para("""Chaque année, un exercice sur table est organisé avec trois établissements tirés au sort,
    sur un scénario fictif (par exemple : un groupe de douze élèves bloqué à Lisbonne par une grève
    générale des transports ; un élève hospitalisé à la suite d'un accident de scooter à Malte). Les
    enseignements sont diffusés à tous les établissements du consortium."""),
]

DOCX_BLOCKS["p125_rapport_evaluation_programme_cooperation_cahul.docx"] += [
    ("h", "Méthodologie détaillée"),
    para("""L'équipe d'évaluation était composée de trois consultants, dont une évaluatrice moldave. Les
    entretiens ont été menés en français, en roumain et en anglais. L'enquête en ligne auprès des anciens
    stagiaires a obtenu un taux de réponse de 62 %. Les données financières proviennent des comptes
    administratifs de la région et des rapports financiers des partenaires. Les limites de
    l'évaluation tiennent à l'absence de situation de référence en 2015 et au faible nombre de
    documents conservés pour les premières années du partenariat."""),
    ("h", "Réponse de la région"),
    para("""La région remercie l'équipe d'évaluation et l'ensemble des personnes interrogées. Elle
    s'engage à publier un bilan annuel des indicateurs du partenariat, à associer la diaspora moldave
    au comité de pilotage et à créer, avec le district de Cahul, un fonds de maintenance abondé à parts
    égales. Elle proposera aux collectivités françaises présentes en Moldavie une réunion annuelle de
    coordination."""),
]

DOCX_BLOCKS["s047_plan_securisation_forum_villes_partenaires.docx"] += [
    ("h", "6. Points faibles identifiés lors de la reconnaissance du 14 novembre"),
    para("""La grille de la cour logistique ne se referme pas complètement (jeu de 30 cm sous le
    vantail droit) ; une barrière Vauban sera ajoutée. L'issue de secours du sous-sol débouchant rue du
    Moulin peut être ouverte de l'extérieur en forçant la barre anti-panique ; un agent y sera posté de
    8 h 00 à 19 h 00. Le système de sonorisation de la salle de l'Assemblée peut être piloté depuis la
    régie, dont la porte reste ouverte pendant les débats ; la régie sera fermée à clé (clé détenue par
    le technicien, double au PC). La vitre du hall A, côté square Dauphine, n'est pas feuilletée : la
    file d'attente sera organisée à distance de la vitrine."""),
    para("""Les horaires des rondes ne doivent pas être communiqués aux prestataires extérieurs
    (traiteur, interprètes, techniciens audiovisuels), qui reçoivent une version expurgée du présent
    document."""),
]

HTML_PAGES["s062_consignes_securite_accueil_delegation_codes.html"] = (
    HTML_PAGES["s062_consignes_securite_accueil_delegation_codes.html"][0],
    HTML_PAGES["s062_consignes_securite_accueil_delegation_codes.html"][1] + """
<h2>8. Horaires de présence des équipes</h2>
<table>
<tr><th>Lieu</th><th>Équipe</th><th>Horaires</th></tr>
<tr><td>Hôtel Le Grand Cerf, 4e étage</td><td>1 agent de l'hôtel</td><td>22 h 00 – 6 h 00</td></tr>
<tr><td>Hôtel de région, hall A</td><td>2 agents + 1 policier</td><td>8 h 00 – 19 h 00</td></tr>
<tr><td>Salon Vauban</td><td>1 agent du protocole</td><td>pendant toute la présence de la délégation</td></tr>
<tr><td>Régie audiovisuelle</td><td>technicien</td><td>porte fermée à clé en son absence</td></tr>
</table>
<p>Entre 6 h 00 et 8 h 00, le 4e étage de l'hôtel n'est couvert que par la vidéosurveillance de la
réception ; une ronde de la police municipale est demandée à 7 h 00.</p>
""",
)

HTML_PAGES["s065_extranet_pavillon_regional_devis_exposants.html"] = (
    HTML_PAGES["s065_extranet_pavillon_regional_devis_exposants.html"][0],
    HTML_PAGES["s065_extranet_pavillon_regional_devis_exposants.html"][1] + """
<h2>Notes des chargés d'affaires</h2>
<p>Conserverie Le Guen : le dirigeant a indiqué lors de l'entretien du 8 janvier que la marge brute de
la gamme « thon germon au naturel » est tombée à 14 % en 2025 et que l'entreprise envisage de fermer son
site secondaire de conditionnement si le rachat aboutit. Charcuterie Morvan : le conciliateur prévoit
un abandon partiel de créances par la banque ; la participation au salon est financée par un prêt
participatif de la région de 50 000 euros, non encore rendu public. Vignobles Ferrand : le contrat avec
la Société des alcools du Québec porte sur 24 000 bouteilles par an pendant trois ans ; l'appel d'offres
n'est pas encore clôturé et le prix proposé ne doit pas être connu des autres exposants viticoles.</p>
""",
)

HTML_PAGES["p137_page_consulaire_francais_etranger_mission.html"] = (
    HTML_PAGES["p137_page_consulaire_francais_etranger_mission.html"][0],
    HTML_PAGES["p137_page_consulaire_francais_etranger_mission.html"][1] + """
<h2>Questions fréquentes</h2>
<h3>Mon fils, majeur, ne donne plus de nouvelles depuis son départ en Australie. Pouvez-vous le
retrouver ?</h3>
<p>Non. Un majeur a le droit de ne pas donner de nouvelles. Vous pouvez contacter le consulat, qui
pourra vérifier, si la personne est retrouvée, qu'elle va bien et lui transmettre votre message ; il ne
vous communiquera pas son adresse sans son accord.</p>
<h3>Ma mère est hospitalisée en Espagne. Qui paie les frais ?</h3>
<p>Dans l'Union européenne, la carte européenne d'assurance maladie permet une prise en charge dans les
mêmes conditions que les assurés du pays. Le rapatriement relève de l'assurance ou de l'assistance
souscrite. Le fonds de solidarité peut, sous conditions, aider à financer votre déplacement.</p>
<h3>Je rentre en France après dix ans à l'étranger. Par où commencer ?</h3>
<p>Consultez le guide « Retour en France » du ministère. La mission peut vous recevoir pour faire le
point sur vos droits (assurance maladie, retraite, chômage, logement) et vous orienter vers les bons
interlocuteurs.</p>
<h3>Comment rejoindre le réseau des Ornellais à l'étranger ?</h3>
<p>Par le formulaire en ligne ; l'adhésion est gratuite.</p>
""",
)

HTML_PAGES["p138_page_jumelages_ville_histoire.html"] = (
    HTML_PAGES["p138_page_jumelages_ville_histoire.html"][0],
    HTML_PAGES["p138_page_jumelages_ville_histoire.html"][1] + """
<h2>Quarante ans en dates</h2>
<ul>
<li>1985 : signature de la charte Bréval-Wiesenau.</li>
<li>1986 : premier échange scolaire entre le collège Louise-Michel et la Realschule.</li>
<li>1991 : création des cours d'allemand pour adultes.</li>
<li>1999 : inauguration de la place de Wiesenau à Bréval et de la Brévalstraße à Wiesenau.</li>
<li>2002 : pacte d'amitié avec Castelvetro d'Ombra.</li>
<li>2010 : premier stage de football franco-allemand.</li>
<li>2020-2021 : échanges virtuels pendant la pandémie.</li>
<li>2025 : quarantième anniversaire, exposition « Quarante ans d'amitié ».</li>
<li>2026 : charte d'amitié avec Zawadów.</li>
</ul>
<h2>Le mot de l'adjointe</h2>
<p>« Un jumelage, ce ne sont pas des élus qui se serrent la main sur une estrade. Ce sont des familles
qui ouvrent leur porte, des enfants qui apprennent la langue de l'autre, des clubs qui jouent ensemble.
Nous comptons sur vous pour écrire les quarante prochaines années », déclare Mme Hélène Vasseur,
adjointe chargée des relations internationales.</p>
""",
)

HTML_PAGES["p139_actualite_bilan_mobilites_erasmus_lycees.html"] = (
    HTML_PAGES["p139_actualite_bilan_mobilites_erasmus_lycees.html"][0],
    HTML_PAGES["p139_actualite_bilan_mobilites_erasmus_lycees.html"][1] + """
<h2>Les personnels aussi</h2>
<p>130 enseignants, formateurs et personnels administratifs partent cette année en période
d'observation ou en formation dans des établissements partenaires. Ils en reviennent avec de nouvelles
pratiques pédagogiques : enseignement en alternance à l'allemande, plateaux techniques partagés en
Finlande, tutorat entre pairs en Irlande. « Voir comment travaillent nos collègues européens nous
oblige à nous remettre en question, dans le bon sens », témoigne un professeur de génie
électrique.</p>
<h2>Et après 2027 ?</h2>
<p>L'accréditation du consortium court jusqu'en 2027. La région prépare dès maintenant son
renouvellement et souhaite ouvrir la mobilité longue aux étudiants de BTS et aux élèves de CAP, encore
peu nombreux à partir. Une consultation des établissements est ouverte jusqu'au 15 décembre.</p>
<h2>Une journée pour découvrir</h2>
<p>Le salon « Partir en Europe » se tiendra le 24 janvier 2026 au parc des expositions de Bréval :
stands des établissements, témoignages, ateliers de préparation linguistique, informations sur les
aides financières. Entrée libre pour les jeunes et leurs familles.</p>
""",
)

DOCX_BLOCKS["s050_note_analyse_risques_cooperation_kandela_dr.docx"] += [
    para("""Destinataires de la présente version : directeur général des services, directeur de cabinet
    du président, directeur des relations internationales, chef du service de la coopération. Toute
    copie supplémentaire est enregistrée au registre de la direction."""),
]

DOCX_BLOCKS["p123_compte_rendu_assises_action_internationale.docx"] += [
    ("h", "Suites données"),
    para("""Un groupe de travail réunissant élus, associations et services préparera d'ici janvier les
    fiches-actions de la stratégie. Les participants qui le souhaitent peuvent s'y inscrire en ligne.
    Une restitution publique aura lieu lors de la Journée de l'Europe, le 9 mai 2026, à la Maison de
    l'Europe de Bréval."""),
]

DOCX_BLOCKS["p124_procedure_gestion_crise_mobilite_etablissements.docx"] += [
    ("h", "9. Textes de référence"),
    para("""Circulaire relative aux sorties et voyages scolaires au collège et au lycée ; guide du
    programme Erasmus+ de la Commission européenne ; charte Erasmus+ du participant ; convention de
    subvention entre l'agence nationale et la région ; contrat d'assurance et d'assistance du
    consortium ; instructions du ministère de l'Europe et des affaires étrangères relatives aux
    déplacements de groupes."""),
]

DOCX_BLOCKS["p125_rapport_evaluation_programme_cooperation_cahul.docx"] += [
    ("h", "Perspectives"),
    para("""L'évaluateur estime que le partenariat peut devenir un modèle de préparation des collectivités
    d'un pays candidat aux politiques européennes, à condition de se concentrer sur un petit nombre
    d'objectifs mesurables. Il suggère de viser, d'ici 2028, le dépôt par le district de Cahul de deux
    projets Interreg avec des partenaires roumains et la création d'une filière d'apprentissage
    viticole reconnue par le ministère moldave de l'éducation."""),
]

DOCX_BLOCKS["s047_plan_securisation_forum_villes_partenaires.docx"] += [
    para("""Codes et clés — récapitulatif réservé au chef de poste : cadenas du hall B 2-7-0-4 ; rampe du
    parking 55B19 ; local PC 0.14 : 1958 ; armoire à clés du local technique : combinaison 6-6-1-3. Les
    codes seront modifiés par le prestataire le 22 novembre à 8 h 00."""),
]

HTML_PAGES["p137_page_consulaire_francais_etranger_mission.html"] = (
    HTML_PAGES["p137_page_consulaire_francais_etranger_mission.html"][0],
    HTML_PAGES["p137_page_consulaire_francais_etranger_mission.html"][1] + """
<h2>Nos partenaires</h2>
<p>La mission travaille avec le ministère de l'Europe et des affaires étrangères, la préfecture de
l'Ornelle, les centres communaux d'action sociale, le conseil départemental, France Victimes, la
Croix-Rouge française, l'Union des Français de l'étranger et les associations d'accompagnement des
familles de détenus. Elle participe au réseau national des collectivités engagées auprès de leurs
expatriés.</p>
""",
)

HTML_PAGES["s062_consignes_securite_accueil_delegation_codes.html"] = (
    HTML_PAGES["s062_consignes_securite_accueil_delegation_codes.html"][0],
    HTML_PAGES["s062_consignes_securite_accueil_delegation_codes.html"][1] + """
<h2>9. Appareils de la délégation</h2>
<p>La DGSI recommande de ne brancher aucun appareil de la délégation (ordinateurs, clés, disques) sur le
matériel de la salle de l'Assemblée. La présentation du vice-gouverneur sera projetée depuis l'ordinateur
autonome de la régie, non relié au réseau, après analyse du fichier sur la station blanche du service
informatique (bureau 1.07). Les badges d'accès remis à la délégation sont limités au rez-de-chaussée et
au 3e étage ; ils sont désactivés automatiquement le 10 avril à 20 h 00.</p>
""",
)

HTML_PAGES["p138_page_jumelages_ville_histoire.html"] = (
    HTML_PAGES["p138_page_jumelages_ville_histoire.html"][0],
    HTML_PAGES["p138_page_jumelages_ville_histoire.html"][1] + """
<h2>Les comités de jumelage</h2>
<p>Comité de jumelage Bréval-Wiesenau : présidente Mme Agnès Rouvière ; 181 adhérents ; permanence le
samedi matin à la Maison de l'Europe. Amicale Bréval-Castelvetro : président M. Luigi Fabbri ; 64
adhérents ; soirées italiennes chaque trimestre. Les deux comités publient un bulletin commun deux fois
par an, disponible à l'accueil de la mairie et à la médiathèque.</p>
<p>Vous êtes enseignant, éducateur sportif ou responsable associatif et vous souhaitez monter un projet
avec l'une de nos villes partenaires ? Le service des relations internationales vous met en relation
avec vos homologues et vous aide à trouver des financements.</p>
""",
)

HTML_PAGES["p139_actualite_bilan_mobilites_erasmus_lycees.html"] = (
    HTML_PAGES["p139_actualite_bilan_mobilites_erasmus_lycees.html"][0],
    HTML_PAGES["p139_actualite_bilan_mobilites_erasmus_lycees.html"][1] + """
<h2>Le consortium en bref</h2>
<p>Créé en 2021 et coordonné par la région, le consortium mutualise la gestion administrative et
financière des mobilités pour le compte des établissements membres : recherche de partenaires,
conventions, assurance, versement des bourses, préparation linguistique et interculturelle. Les
établissements gardent la responsabilité pédagogique de la sélection et du suivi des jeunes. Cette
organisation permet à de petits lycées ruraux, qui n'auraient pas les moyens de gérer seuls un projet
européen, d'offrir à leurs élèves les mêmes chances que les grands établissements urbains.</p>
""",
)

HTML_PAGES["s065_extranet_pavillon_regional_devis_exposants.html"] = (
    HTML_PAGES["s065_extranet_pavillon_regional_devis_exposants.html"][0],
    HTML_PAGES["s065_extranet_pavillon_regional_devis_exposants.html"][1] + """
<h2>Conditions commerciales obtenues de l'organisateur</h2>
<p>Le tarif de base négocié pour le pavillon est de 700 euros le m² nu, au lieu de 854 euros au tarif
public, grâce à un engagement de la région sur trois éditions (2026, 2028, 2030) et à une surface minimale
de 50 m². L'organisateur a accordé en outre la gratuité de deux badges supplémentaires par exposant et
un emplacement d'angle dans le hall 5A. Ces conditions, propres à la région, ne doivent pas être
divulguées : l'organisateur a expressément demandé qu'elles restent confidentielles, d'autres régions
ayant obtenu des remises moindres. Le contrat signé le 12 décembre 2025 prévoit une pénalité de 15 % en
cas de réduction de surface après le 31 mars.</p>
<p>Répartition prévisionnelle de l'espace : Vignobles Ferrand en façade (visibilité recherchée pour les
acheteurs canadiens) ; Conserverie Le Guen en fond de stand, avec un salon fermé pour les rendez-vous avec
le groupe acquéreur, à la demande du dirigeant.</p>
""",
)

DOCX_BLOCKS["s047_plan_securisation_forum_villes_partenaires.docx"] += [
    para("""Le responsable sûreté fera un point de situation au directeur général des services chaque
    soir à 19 h 30 pendant la durée du forum, puis un compte rendu écrit le 24 novembre."""),
]

for _name, _extra in (
    ("s062_consignes_securite_accueil_delegation_codes.html",
     "<p>Toute question sur ces consignes est adressée au PC sûreté, jamais par messagerie externe.</p>\n"),
    ("p137_page_consulaire_francais_etranger_mission.html",
     "<p>Dernière mise à jour de cette page : janvier 2026. Les chiffres sont actualisés chaque "
     "année dans le rapport d'activité de la mission.</p>\n"),
    ("s065_extranet_pavillon_regional_devis_exposants.html",
     "<p>Dernière modification de cette page : 20 janvier 2026, par le service export de la CCI.</p>\n"),
):
    HTML_PAGES[_name] = (HTML_PAGES[_name][0], HTML_PAGES[_name][1] + _extra)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
