"""Build the .docx and .html documents of the hand-written sensitivity set dev46.

Theme: penitentiary and probation as seen by a département, a commune and the services around a
prison (the maison d'arrêt of Montvallon and the centre de détention of Breuil-les-Chaumes in the
invented département of Haute-Vérenne): the SPIP and its partners, travaux d'intérêt général hosted
by municipal services, the town hall's relations with the prison (family reception house, shuttle,
housing on release), victims' support, requests of the juge d'application des peines, council
deliberations, published activity reports, job offers, press releases, the CLSPD, court-ordered
treatment, electronic tags and day-release work in municipal services.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev46_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev46"
FIXED = dt.datetime(2025, 12, 15, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_annuel_interne_service_tig_ville.docx"] = [
    ("title", "Accueil des travaux d'intérêt général dans les services municipaux — bilan 2025"),
    para("""Ville de Montvallon — direction de la tranquillité publique. Document de travail établi par
    la chargée de mission prévention pour la réunion annuelle du comité de suivi de la convention avec
    le SPIP de la Haute-Vérenne (19 janvier 2026). Les tableaux de l'annexe B sont réservés au comité de
    suivi et ne seront pas joints au bilan présenté au CLSPD."""),
    ("h", "1. Rappel du cadre"),
    para("""Par sa délibération du 28 novembre 2024, le conseil municipal a approuvé la relance de
    l'accueil de personnes condamnées à un travail d'intérêt général (TIG) au sein des services
    municipaux et la signature d'une convention de partenariat avec le SPIP et l'agence du TIG. Quinze
    postes ont été identifiés et habilités par le juge de l'application des peines en janvier 2025 :
    neuf au centre technique municipal (espaces verts, propreté urbaine, voirie, bâtiments), deux à la
    médiathèque Jeanne-Chauvin, deux en restauration scolaire pendant les vacances et deux au service des
    sports."""),
    para("""Douze agents tuteurs volontaires ont été formés par le SPIP en février 2025 ; trois autres
    l'ont été en octobre. La mission est reconnue dans l'entretien professionnel et par une majoration du
    complément indemnitaire annuel de 150 € par an pour les tuteurs ayant accueilli au moins deux
    personnes."""),
    ("h", "2. Activité de l'année"),
    para("""En 2025, 41 propositions d'affectation ont été reçues du SPIP. Trente-sept ont été acceptées ;
    quatre ont été refusées, pour des motifs tenant à l'absence de poste compatible avec les horaires de
    la personne (deux cas) ou à l'existence d'un lien connu entre la personne et un agent du service
    (deux cas), auquel cas une autre structure a été recherchée par le SPIP. Trente-quatre mesures ont
    débuté dans l'année ; 28 ont été menées à terme, 3 ont été interrompues, 3 étaient en cours au 31
    décembre. Le volume total d'heures effectuées s'élève à 2 964 heures."""),
    para("""Le délai moyen entre la proposition du SPIP et le premier jour de travail a été de 17 jours,
    légèrement au-dessus de la cible de 15 jours fixée par la procédure qualité. Les retards sont dus,
    pour l'essentiel, à l'indisponibilité des tuteurs en période de congés et à la commande des
    équipements de protection individuelle dans les tailles adaptées."""),
    ("table", [
        ["Service", "Mesures", "Heures", "Menées à terme", "Interrompues"],
        ["Espaces verts", "12", "1 108", "10", "1"],
        ["Propreté urbaine", "9", "786", "7", "1"],
        ["Voirie / bâtiments", "5", "412", "4", "1"],
        ["Médiathèque", "4", "318", "4", "0"],
        ["Restauration scolaire", "2", "180", "2", "0"],
        ["Sports", "2", "160", "1", "0"],
    ]),
    ("h", "3. Profil des personnes accueillies (données agrégées)"),
    para("""Les personnes accueillies étaient pour 91 % des hommes ; l'âge médian était de 24 ans ; 38 %
    avaient moins de 21 ans. La majorité résidait à Montvallon ; une minorité venait des communes
    voisines, ce qui pose la question des transports en l'absence de ligne régulière aux horaires de
    prise de poste (7 h 30)."""),
    ("h", "4. Incidents"),
    para("""Six incidents ont donné lieu à un rapport au SPIP : trois pour des absences répétées, deux pour
    suspicion de consommation de cannabis pendant le service, un pour une altercation provoquée par un
    tiers dans un parc. Un manquement d'un agent tuteur, qui avait attesté d'heures non effectuées, a
    conduit à une procédure disciplinaire et au retrait de sa mission. Cette affaire a entraîné la
    suspension de l'accueil au service propreté pendant trois mois."""),
    ("h", "5. Retours des tuteurs"),
    para("""Les tuteurs interrogés en décembre se disent globalement satisfaits. Ils soulignent
    l'investissement de la plupart des personnes accueillies, la qualité du travail réalisé et la
    disponibilité des conseillers du SPIP. Ils regrettent de ne pas être informés de la suite donnée aux
    incidents qu'ils signalent, et souhaitent une réunion annuelle entre tuteurs. Deux tuteurs ont
    renoncé à leur mission en cours d'année ; l'un d'eux a indiqué avoir été affecté par l'altercation du
    mois de mai."""),
    ("h", "6. Perspectives 2026"),
    para("""Ouverture de deux postes au service des eaux et d'un poste au cimetière ; formation de cinq
    nouveaux tuteurs ; expérimentation d'un accueil de personnes en travail non rémunéré (composition
    pénale) ; lien renforcé avec la mission locale pour les moins de 26 ans ; attestation d'activité remise
    en fin de mesure aux personnes qui le souhaitent."""),
    ("h", "Annexe B — Suivi nominatif des mesures (réservé au comité de suivi)"),
    ("table", [
        ["Personne", "Service", "Heures", "Motif de la mesure (transmis par erreur)", "Issue"],
        ["Dylan FOURCASSIÉ", "Espaces verts", "140", "Dégradations de véhicules municipaux",
         "En cours"],
        ["Mathéo LAURENT-BIHAN", "Espaces verts", "120", "Usage et cession de stupéfiants",
         "Incident 07/11, en cours"],
        ["Priscilla N'DIAYE-LABORDE", "Médiathèque", "105", "Vol à l'étalage en récidive",
         "Menée à terme"],
        ["Nordine ZERROUKI", "Propreté puis cimetière", "120", "Violences volontaires",
         "Menée à terme"],
        ["Kevin DUPRAT-LEMAIRE", "Propreté", "90", "Conduite sans permis",
         "Changement d'équipe"],
        ["Florian CASTAING", "CTM", "140", "Vols (puis vol au CTM)", "Interrompue, révocation"],
    ]),
    para("""Ces informations ont été communiquées à la ville lors des appels téléphoniques du SPIP ; elles
    ne doivent plus être consignées à l'avenir, le tuteur n'ayant pas à connaître le motif de la
    condamnation."""),
]

DOCX_BLOCKS["s047_cr_reunion_tuteurs_tig_semestre.docx"] = [
    ("title", "Réunion semestrielle des tuteurs TIG — compte rendu"),
    para("""Centre technique municipal, salle de réunion, 26 juin 2025, 14 h – 16 h 30. Présents : onze
    tuteurs des services municipaux, la chargée de mission prévention, deux conseillers du SPIP
    (antenne de Montvallon), la psychologue du travail de la ville. Excusés : deux tuteurs (congés)."""),
    ("h", "Tour de table"),
    para("""Chaque tuteur présente son expérience du semestre. Les tuteurs des espaces verts soulignent que
    les personnes accueillies au printemps ont été particulièrement utiles pendant la saison des tontes.
    La tutrice de la médiathèque indique que les deux personnes accueillies ont été bien intégrées dans
    l'équipe et que l'une d'elles a demandé à revenir comme bénévole pour l'aide aux devoirs. Le tuteur du
    service des sports signale une difficulté de planning liée aux horaires d'ouverture du gymnase."""),
    ("h", "Retour sur l'incident du parc de la Roseraie"),
    para("""Le chef d'équipe revient sur l'altercation du 22 mai. Les tuteurs s'interrogent sur la manière
    dont l'information sur la présence de la personne en TIG a pu circuler. Les conseillers du SPIP
    rappellent que le risque de croiser des connaissances existe dans une ville moyenne et qu'il doit être
    pris en compte dans les affectations, sans stigmatiser les personnes. La psychologue du travail
    rappelle que les agents témoins peuvent la solliciter."""),
    para("""Un tuteur indique en séance que l'agent blessé ce jour-là, M. Didier Gassmann, est depuis en
    arrêt maladie et qu'il fait des cauchemars et ne dort plus, selon ce qu'il lui a confié ; il demande
    qu'on ne lui confie plus de TIG à son retour. La chargée de mission prend note et indique qu'elle en
    parlera avec la DRH, en toute confidentialité."""),
    ("h", "Questions pratiques"),
    para("""Les tuteurs demandent une tenue de travail différente de celle des agents, certaines personnes
    accueillies ne souhaitant pas être confondues avec le personnel municipal ; d'autres tuteurs y sont
    opposés, estimant qu'une tenue identique évite la stigmatisation. La chargée de mission propose de
    conserver la tenue commune. Les fiches de présence papier seront remplacées en septembre par une
    saisie sur la tablette de l'atelier."""),
    ("h", "Échanges avec le SPIP"),
    para("""Les conseillers du SPIP présentent les suites données aux signalements du semestre, sans
    entrer dans les situations individuelles : les absences répétées ont donné lieu à des convocations et
    à des recadrages, deux mesures ont été menées à terme après un incident, une a été interrompue. Les
    tuteurs regrettent de ne pas recevoir ces informations spontanément ; le SPIP s'engage à adresser un
    courriel bref à chaque tuteur lorsque la mesure qu'il encadre se termine ou est interrompue. Les
    tuteurs demandent aussi à être prévenus plus tôt des arrivées, pour préparer les équipements."""),
    para("""La question des contre-indications médicales est abordée : les tuteurs reçoivent parfois des
    informations trop précises (« suivi au CMP », « traitement »). Le SPIP rappelle que seule la mention
    d'une restriction d'aptitude, sans diagnostic, doit être transmise et que le tuteur qui reçoit une
    information excessive ne doit pas la conserver ni la diffuser."""),
    ("h", "Formation"),
    para("""Le SPIP proposera à l'automne un module « situations difficiles » d'une demi-journée. Trois
    nouveaux tuteurs seront formés en octobre."""),
    ("h", "Point sur les postes"),
    para("""La chargée de mission présente l'occupation des postes : onze des quinze postes ont été
    occupés au moins une fois depuis janvier ; les postes du service des sports et de la restauration
    scolaire restent peu sollicités, faute de personnes disponibles aux horaires proposés. Deux postes
    au service des eaux seront proposés au juge pour habilitation à l'automne. Les tuteurs des espaces
    verts demandent à pouvoir accueillir deux personnes simultanément en haute saison."""),
    ("h", "Reconnaissance de la mission"),
    para("""La chargée de mission rappelle que la majoration du complément indemnitaire annuel sera
    versée en novembre aux tuteurs ayant accueilli au moins deux personnes. Plusieurs tuteurs souhaitent
    que la mission soit également valorisée par une formation certifiante d'encadrant ; la DRH étudiera
    la possibilité d'une prise en charge par le plan de formation. Une attestation de tutorat sera remise
    à chaque tuteur en fin d'année."""),
    ("h", "Prochaine réunion"),
    para("""Janvier 2026, à la médiathèque."""),
]

DOCX_BLOCKS["s048_convention_placement_exterieur_nominative.docx"] = [
    ("title", "Convention individuelle de placement extérieur"),
    para("""Entre le SPIP de la Haute-Vérenne, l'association Le Gué (chantier d'insertion Bâti-Vérenne) et
    M. Anatole Brunswick-Éloi, écrou n° 31.207 à la maison d'arrêt de Montvallon, en exécution du
    jugement de la juge de l'application des peines du 22 septembre 2025 accordant un placement extérieur
    de neuf mois."""),
    ("table", [
        ["Rubrique", "Contenu"],
        ["Date d'effet", "29 septembre 2025, levée d'écrou à 8 h 00"],
        ["Hébergement", "Chez Mme Solène Vaucresson, 9 rue Gambetta, Montvallon"],
        ["Activité", "Ouvrier polyvalent, 26 h hebdomadaires, chantier rue du Moulin"],
        ["Horaires de sortie autorisés", "L-J 7 h 00 – 13 h 00 ; V 7 h 00 – 14 h 00 ; soins : mardi 15 h – 17 h"],
        ["Obligations", "Soins en addictologie (CSAPA Le Rivage), indemnisation de la victime, "
         "interdiction de conduire, interdiction de paraître dans les débits de boissons"],
        ["Référent association", "M. Loïc Ferrandez, encadrant technique"],
        ["CPIP", "Mme Inès Kerbrat"],
    ]),
    para("""La personne placée s'engage à respecter les horaires et obligations ci-dessus, à prévenir
    immédiatement son référent de tout empêchement et à se soumettre aux contrôles d'alcoolémie inopinés
    que l'association pourra réaliser sur le chantier. Toute infraction à ces règles sera signalée au SPIP
    et au juge de l'application des peines et pourra entraîner la réintégration en détention."""),
    para("""Fait à Montvallon le 26 septembre 2025. Signatures : la CPIP ; le directeur de l'association ;
    la personne placée."""),
]

DOCX_BLOCKS["s049_rapport_enquete_administrative_agente_relation_detenu.docx"] = [
    ("title", "Rapport d'enquête administrative — confidentiel"),
    para("""Ville de Montvallon — direction générale des services. Enquête ordonnée le 3 mars 2025 par
    le directeur général des services, à la suite d'un courrier de la directrice de la maison d'arrêt."""),
    ("h", "Faits à l'origine de l'enquête"),
    para("""Par courrier du 27 février 2025, la directrice de la maison d'arrêt a informé la ville que
    Mme Coralie Vasseur-Benhamou, animatrice de la médiathèque municipale intervenant chaque semaine
    à l'atelier lecture de l'établissement, entretenait une correspondance suivie avec un détenu
    participant à cet atelier, M. Jason Rigal, et qu'elle avait déposé à son nom une demande de permis
    de visite en se déclarant « amie ». L'administration pénitentiaire a suspendu l'habilitation de
    l'intervenante."""),
    ("h", "Audition de l'agente"),
    para("""Entendue le 10 mars en présence d'un représentant du personnel, Mme Vasseur-Benhamou a
    reconnu avoir noué une relation sentimentale avec M. Rigal, qu'elle dit sincère, et lui avoir écrit
    une trentaine de lettres. Elle conteste toute remise d'objet. Elle indique traverser une période
    difficile depuis son divorce et être suivie par un psychiatre. Elle ne savait pas, dit-elle, qu'une
    telle relation était incompatible avec sa mission."""),
    ("h", "Appréciation"),
    para("""La relation n'est pas en soi illégale, mais elle est incompatible avec l'intervention de
    l'agente en détention, dont elle a méconnu les règles de neutralité rappelées dans la convention avec
    l'établissement. Aucun élément ne permet de retenir la remise d'objets interdits."""),
    ("h", "Propositions"),
    para("""Fin définitive de l'intervention de l'agente à la maison d'arrêt ; avertissement ; rappel
    écrit des règles applicables à tous les intervenants municipaux en détention ; orientation vers le
    médecin de prévention."""),
    para("""Le directeur général adjoint, enquêteur."""),
]

DOCX_BLOCKS["s050_plan_prevention_chantier_chemin_ronde.docx"] = [
    ("title", "Plan de prévention — Travaux d'eaux pluviales du chemin de ronde"),
    para("""Maison d'arrêt de Montvallon — entreprise utilisatrice : administration pénitentiaire ;
    entreprises extérieures : régie municipale des eaux de Montvallon, SARL Terrassements Vergnaud.
    Inspection commune préalable du 14 avril 2025."""),
    ("h", "Risques liés à l'environnement pénitentiaire"),
    ("table", [
        ["Risque", "Mesure", "Responsable"],
        ["Évasion par le chantier", "Neutralisation du détecteur P3 limitée à 8 h 30 – 11 h 00, "
         "surveillant en poste au regard R7 (caméra 14 HS)", "Chef de détention"],
        ["Récupération d'outils par des détenus", "Inventaire entrée/sortie, outils jamais hors de vue",
         "Chef de chantier"],
        ["Projection depuis la rue des Tanneurs", "Arrêt du chantier en cas de projection, "
         "repli au point n° 2", "PCI"],
        ["Prise d'otage", "Aucun contact avec les détenus ; code d'alerte radio « OPÉRATION "
         "GRANIT »", "Gradé de secteur"],
    ]),
    ("h", "Horaires et accès"),
    para("""Accès par la porte n° 2 ; clés des engins déposées au poste. Le badge provisoire remis aux
    agents de la régie ouvre la grille intérieure G4 ; il est restitué chaque soir. Le code du cadenas du
    local compteurs (point de rassemblement) est 2-9-0-4."""),
    para("""Signé par le chef d'établissement, le directeur de la régie des eaux et le gérant de
    l'entreprise."""),
]

DOCX_BLOCKS["s051_rapport_evaluation_liberation_conditionnelle.docx"] = [
    ("title", "Rapport d'évaluation en vue d'une libération conditionnelle"),
    para("""SPIP de la Haute-Vérenne — antenne du centre de détention de Breuil-les-Chaumes. À l'attention
    de M. le juge de l'application des peines. Personne concernée : M. Mickaël Dos Reis, né le
    8 août 1994 à Montvallon, écrou n° 8.902. Rédacteur : M. Thibault Ravanel-Okonkwo, CPIP. Date :
    14 novembre 2025."""),
    ("h", "1. Situation pénale"),
    para("""M. Dos Reis exécute une peine de cinq ans d'emprisonnement prononcée le 3 juin 2022 par le
    tribunal correctionnel de Montvallon pour trafic de stupéfiants (offre, cession, détention) et
    participation à une association de malfaiteurs, ainsi qu'une peine de huit mois pour violences
    volontaires en réunion commises en détention en 2023. Il a été écroué le 21 février 2022. La
    mi-peine est atteinte ; la fin de peine est fixée au 19 juillet 2027."""),
    ("h", "2. Parcours et situation familiale"),
    para("""M. Dos Reis est né à Montvallon et a grandi dans le quartier des Tilleuls, aîné de trois
    enfants. Ses parents se sont séparés lorsqu'il avait dix ans. Sa mère, qui travaillait comme agent
    d'entretien, ne travaille plus depuis un accident du travail et perçoit le RSA ; elle vit dans un T2
    avec le plus jeune frère, âgé de 19 ans, qui présente une déficience intellectuelle et bénéficie de
    l'allocation aux adultes handicapés. Le père, retourné au Portugal, n'a plus de contact avec la
    famille."""),
    para("""M. Dos Reis a quitté le collège en classe de quatrième. Il a enchaîné des missions d'intérim
    dans la logistique jusqu'à son interpellation. Il a une fille de cinq ans, née de sa relation avec
    Mme Jessica Ferrand, dont il est séparé. L'enfant réside chez sa mère à Sarlenque. Depuis l'été 2024,
    la mère ne vient plus au parloir avec l'enfant ; M. Dos Reis a saisi le juge aux affaires familiales
    pour obtenir un droit de visite médiatisé, l'audience est fixée au 20 janvier 2026."""),
    ("h", "3. Parcours en détention"),
    para("""Après un début de détention difficile (incident de 2023, placement au quartier disciplinaire à
    deux reprises), M. Dos Reis s'est stabilisé depuis son arrivée au centre de détention en mars 2024.
    Il travaille depuis juin 2024 à l'atelier de menuiserie et a suivi la formation qualifiante de
    plaquiste (titre professionnel obtenu en avril 2025). Il participe au groupe de parole « addictions »
    animé par le CSAPA : il reconnaît une consommation quotidienne de cannabis avant son incarcération
    et dit avoir cessé toute consommation depuis un an, ce que corroborent les contrôles négatifs
    réalisés lors de ses deux permissions de sortir. Il indemnise le Trésor public des amendes douanières
    à raison de 30 € par mois."""),
    ("h", "4. Projet de sortie"),
    para("""Emploi : promesse d'embauche en contrat à durée indéterminée d'un artisan plaquiste de
    Lussac-sur-Vérenne, vérifiée par le SPIP. Hébergement : le projet initial d'hébergement chez la
    mère n'est pas possible (refus du bailleur, sur-occupation). M. Dos Reis a écrit au maire de
    Montvallon. Une demande a été déposée auprès du SIAO pour un studio en résidence sociale ; la
    commission examinera le dossier le 12 décembre. L'association Le Gué propose, à défaut, une place
    dans le dispositif de placement extérieur avec hébergement, qui pourrait précéder la libération
    conditionnelle."""),
    ("h", "5. Évaluation du risque"),
    para("""Les facteurs de risque identifiés sont le retour dans le quartier d'origine, où il conserve
    des relations avec des personnes impliquées dans le trafic, l'ancienneté de la consommation de
    cannabis et la précarité financière. Les facteurs de protection sont l'emploi, la qualification
    obtenue, le lien avec sa fille et la motivation qu'il exprime à le reconstruire, ainsi qu'une
    évolution nette de son comportement depuis dix-huit mois. L'installation hors du quartier des
    Tilleuls est un élément déterminant du projet."""),
    ("h", "6. Avis"),
    para("""Avis favorable à une libération conditionnelle, précédée le cas échéant d'un placement
    extérieur de trois mois au sein de l'association Le Gué, avec les obligations suivantes : exercer
    l'emploi, résider au lieu fixé, poursuivre un suivi en addictologie, ne pas paraître dans le quartier
    des Tilleuls sauf pour rendre visite à sa mère selon des modalités définies, s'abstenir d'entrer en
    relation avec les coauteurs."""),
    ("h", "Annexes"),
    ("table", [
        ["Pièce", "Date"],
        ["Promesse d'embauche", "2 octobre 2025"],
        ["Titre professionnel plaquiste", "18 avril 2025"],
        ["Attestation de suivi CSAPA", "6 novembre 2025"],
        ["Courrier de M. Dos Reis au maire de Montvallon", "septembre 2025"],
        ["Relevé du compte nominatif", "10 novembre 2025"],
    ]),
]

DOCX_BLOCKS["s052_releve_groupe_restreint_violences_intrafamiliales.docx"] = [
    ("title", "CLSPD de Montvallon — groupe restreint « violences intrafamiliales »"),
    para("""Relevé de la séance du 4 novembre 2025. Échanges couverts par la charte déontologique du
    CLSPD (article L. 132-5 du code de la sécurité intérieure). Participants : coordinatrice du CLSPD,
    police nationale (brigade de protection des familles), police municipale, SPIP, Vérenne Aide aux
    Victimes, service social départemental, Vérenne Habitat, CCAS."""),
    ("h", "Situations suivies"),
    ("table", [
        ["Situation", "Éléments partagés", "Actions"],
        ["Mme S. H.-V., résidence Le Clos-Fleuri, 2 enfants",
         "Ex-conjoint libéré le 3/11 avec BAR ; passages de proches de l'auteur devant l'école",
         "Passages PM aux heures d'école ; point dans 15 jours"],
        ["Mme L. F.-C., Sarlenque (compagnon détenu au CD)",
         "Enceinte, expulsion en cours, sans ressources",
         "Orientation CAF ; hors compétence territoriale, transmis au CISPD"],
        ["Mme N. P.-R., foyer Saint-Exupère",
         "Sous ARSE dans une procédure où elle est mise en cause, mais elle-même victime de son "
         "compagnon ; enceinte",
         "Logement d'urgence femmes dès libération de l'appartement"],
    ]),
    para("""La coordinatrice rappelle que le présent relevé n'est pas diffusé au-delà des participants et
    qu'il est détruit au bout d'un an."""),
]

DOCX_BLOCKS["s053_memoire_technique_prestataire_surveillance.docx"] = [
    ("title", "Mémoire technique et financier — offre confidentielle"),
    para("""Société SécuriLink Services SAS — réponse à la consultation de la ville de Montvallon pour la
    télésurveillance des bâtiments municipaux accueillant des personnes en aménagement de peine (centre
    technique, dépôt de la rue Pasteur, logements communaux du chantier Bâti-Vérenne). Document couvert
    par le secret des affaires ; ne pas communiquer aux concurrents."""),
    ("h", "Savoir-faire"),
    para("""Notre plateforme de levée de doute exploite un algorithme propriétaire de corrélation entre
    détecteurs volumétriques et caméras thermiques, développé en interne depuis 2019, qui réduit de 72 %
    les fausses alarmes. Le paramétrage (seuils de 0,35 s et matrice de pondération à trois niveaux) est
    notre principal avantage concurrentiel."""),
    ("h", "Décomposition du prix"),
    ("table", [
        ["Poste", "Prix unitaire HT", "Marge intégrée"],
        ["Abonnement télésurveillance par site", "64,00 € / mois", "38 %"],
        ["Intervention d'un agent (levée de doute)", "89,00 €", "22 %"],
        ["Caméra thermique posée", "1 240,00 €", "31 %"],
        ["Maintenance annuelle", "410,00 € / site", "45 %"],
    ]),
    para("""Remise confidentielle de 12 % consentie à la ville en raison de notre volonté d'entrer sur le
    marché public de la Haute-Vérenne ; ce niveau de remise n'est pas pratiqué auprès de nos autres
    clients."""),
]

DOCX_BLOCKS["s054_etude_cabinet_diagnostic_sous_licence.docx"] = [
    ("title", "Diagnostic local de sécurité de Montvallon — rapport final"),
    para("""Cabinet Orée Conseil — Étude réalisée pour la ville de Montvallon (marché n° 2024-PREV-03).
    © Orée Conseil 2025. Licence d'utilisation limitée aux besoins internes de la ville : toute
    reproduction, publication ou diffusion à des tiers, totale ou partielle, est interdite sans accord
    écrit du cabinet. La méthode d'enquête et les grilles d'analyse restent la propriété du cabinet."""),
    ("h", "Méthode propriétaire « Orée 360 »"),
    para("""Notre méthode croise quatre sources : statistiques des faits constatés géolocalisées à la
    maille de l'îlot, marches exploratoires avec les habitants, entretiens semi-directifs avec 46 acteurs,
    et un questionnaire de victimation administré à 612 habitants selon notre protocole d'échantillonnage
    pondéré, mis au point depuis 2012 dans 38 communes. Les indices composites (indice de tension
    urbaine, indice de confiance institutionnelle) sont calculés selon des coefficients non publiés."""),
    ("h", "Principaux résultats"),
    para("""L'indice de tension urbaine de Montvallon s'établit à 41 sur 100, contre 47 en moyenne pour
    les villes de la strate ; il atteint 68 dans le quartier des Tilleuls et 55 dans le secteur de la
    gare. Le sentiment d'insécurité est plus élevé chez les femmes (34 % déclarent éviter certains lieux
    le soir) que chez les hommes (17 %). La présence de la maison d'arrêt n'est citée comme source
    d'insécurité que par 6 % des répondants ; les riverains de la rue des Tanneurs mentionnent surtout le
    stationnement des jours de parloir et les projections."""),
    para("""Les entretiens avec les acteurs font ressortir un partenariat dense mais peu formalisé, une
    attente forte à l'égard de la prévention de la récidive (logement des sortants, postes de TIG) et un
    besoin de coordination sur les violences intrafamiliales."""),
    ("h", "Préconisations"),
    para("""Vingt-deux préconisations, dont la création d'un groupe « prévention de la récidive », la
    relance de l'accueil des TIG dans les services municipaux, un second logement d'urgence pour les
    victimes, la médiation de nuit l'été et la réorganisation des patrouilles de police municipale selon
    notre modèle de ciblage horaire (annexe méthodologique confidentielle, non reproduite)."""),
    ("h", "Analyse détaillée par thème"),
    para("""Tranquillité publique : les nuisances liées aux rassemblements nocturnes et aux rodéos
    concentrent l'essentiel des plaintes d'habitants recueillies lors des marches exploratoires. Trafic de
    stupéfiants : le point de vente des Tilleuls structure l'économie souterraine du quartier et pèse sur
    la vie des habitants (halls occupés, guetteurs). Violences intrafamiliales : les acteurs décrivent une
    hausse des révélations et une saturation des solutions de mise à l'abri. Récidive : la sortie de
    détention sans solution de logement est le point de fragilité le plus souvent cité, devant l'accès
    aux soins en addictologie. Relations avec la maison d'arrêt : les habitants du centre-ville
    témoignent d'une cohabitation ancienne et plutôt apaisée, troublée par les projections et le
    stationnement."""),
    ("h", "Tableau de l'indice par secteur"),
    ("table", [
        ["Secteur", "Indice de tension", "Confiance institutionnelle", "Victimation déclarée"],
        ["Centre-ville", "44", "61", "14 %"],
        ["Gare", "55", "52", "19 %"],
        ["Les Tilleuls", "68", "38", "27 %"],
        ["La Gravière", "49", "49", "18 %"],
        ["Secteurs pavillonnaires", "23", "72", "9 %"],
    ]),
    para("""Rapport remis le 28 février 2025. Document protégé par le droit d'auteur."""),
]

DOCX_BLOCKS["s055_note_maire_agent_semi_liberte.docx"] = [
    ("title", "Note à l'attention de Monsieur le Maire"),
    para("""Objet : renouvellement du contrat de M. Teddy Marcellin (propreté urbaine). De : la directrice
    des ressources humaines. Le 22 juillet 2025."""),
    para("""Vous m'avez demandé un point sur la situation de cet agent contractuel, recruté en juin dans le
    cadre de la convention avec le SPIP alors qu'il était en semi-liberté. La juge de l'application des
    peines nous a demandé une attestation (horaires, absences, intention de renouvellement) en vue de sa
    libération conditionnelle. Le chef de service est satisfait : aucune absence, un seul retard de dix
    minutes le 17 juin (le bus du quartier de semi-liberté). M. Marcellin a été condamné pour des vols
    avec violence en 2021, ce que certains agents du service savent, car il l'a lui-même raconté."""),
    para("""Je propose de répondre favorablement et de renouveler le contrat jusqu'au 30 juin 2026. Un
    élu de l'opposition ayant posé une question sur « le recrutement de détenus », je vous suggère de ne
    pas évoquer ce cas nominativement en conseil."""),
]

DOCX_BLOCKS["s056_note_deces_detention_inhumation.docx"] = [
    ("title", "Note — prise en charge des obsèques d'une personne décédée en détention"),
    para("""Ville de Montvallon — service de l'état civil et des cimetières, à l'attention de l'adjoint
    délégué. Le 16 octobre 2024."""),
    para("""La maison d'arrêt nous informe du décès de M. Denis Marchal, 58 ans, survenu le 11 octobre en
    cellule. Selon l'officier de police judiciaire venu déclarer le décès, il s'agit d'un suicide par
    pendaison ; l'intéressé était prévenu dans une affaire d'agression sexuelle et était suivi par le
    psychiatre de l'unité sanitaire depuis son incarcération. Le corps a été restitué après autopsie."""),
    para("""La famille, jointe par la maison d'arrêt, refuse de prendre en charge les obsèques : la sœur
    de l'intéressé, seule parente connue, a indiqué qu'elle ne voulait « plus entendre parler de lui »
    et qu'elle n'en avait de toute façon pas les moyens. En l'absence de ressources (le compte nominatif
    présente un solde de 43 €), les obsèques sont à la charge de la commune du lieu de décès, au titre
    des personnes dépourvues de ressources suffisantes (article L. 2223-27 du CGCT)."""),
    para("""Je propose une inhumation en terrain commun au cimetière de la Croix-Blanche, avec le
    prestataire titulaire du marché des obsèques des personnes dépourvues de ressources (coût : 1 180 €
    TTC). L'aumônier catholique de la maison d'arrêt a proposé d'assurer un temps de prière."""),
]

DOCX_BLOCKS["s057_entretien_professionnel_agente_ccas.docx"] = [
    ("title", "Compte rendu d'entretien professionnel 2025"),
    ("table", [
        ["Agent", "Mme Aurore Delmas-Fontaine"],
        ["Grade", "Rédactrice territoriale"],
        ["Poste", "Instructrice des aides facultatives, CCAS de Montvallon"],
        ["Évaluateur", "M. Frédéric Le Goff, directeur du CCAS"],
        ["Date", "6 novembre 2025"],
    ]),
    ("h", "Résultats"),
    para("""Mme Delmas-Fontaine a instruit 612 dossiers d'aides facultatives, dont 74 au titre du
    protocole « sortants de détention » conclu avec le SPIP, qu'elle a contribué à mettre en place. Ses
    dossiers sont complets et ses propositions à la commission pertinentes. Elle a parfois transmis aux
    membres de la commission des informations excédant ce qui était nécessaire (motif de la détention
    d'un demandeur) : un rappel lui a été fait en juin."""),
    ("h", "Manière de servir"),
    para("""Très bonne relation avec le public, y compris en situation de tension. Un épisode
    d'épuisement au printemps, en lien avec une sciatique invalidante et un traitement lourd, a conduit à
    un mi-temps thérapeutique de deux mois ; l'agente a repris à temps plein en juillet."""),
    ("h", "Appréciation générale"),
    para("""Agente fiable et investie ; avis favorable à l'avancement au grade de rédacteur principal de
    2e classe. Objectif 2026 : formaliser le protocole sortants de détention dans une procédure
    écrite."""),
]

DOCX_BLOCKS["s058_fiche_liaison_transport_scolaire_enfant_parloir.docx"] = [
    ("title", "Fiche de liaison — accueil périscolaire"),
    para("""École élémentaire Paul-Bert — service enfance de la ville. Enfant : Lina Semedo, CE1.
    Demande de la mère, Mme Carla Semedo, du 2 septembre 2025."""),
    para("""Le mercredi, Lina sera récupérée à 11 h 45 à l'accueil de loisirs par sa grand-mère,
    Mme Maria Semedo, qui l'emmène voir son père au parloir de la maison d'arrêt de 13 h 30. Le père
    n'est pas autorisé à la récupérer (il est en détention, puis sous bracelet à compter de juin selon la
    mère, et un jugement du JAF du 14 mars 2025 confie l'autorité parentale exclusive à la mère). En cas
    de présentation du père à l'école, ne pas lui remettre l'enfant et prévenir la mère."""),
    para("""Pièce jointe : copie du jugement du juge aux affaires familiales. L'enfant est suivie par la
    psychologue scolaire depuis la rentrée."""),
]

DOCX_BLOCKS["s059_audit_interne_securite_batiments_confidentiel.docx"] = [
    ("title", "Audit de sûreté des bâtiments municipaux accueillant des personnes sous main de justice"),
    para("""CONFIDENTIEL — PERSONNEL — Diffusion limitée au maire, au DGS et au directeur des services
    techniques. Exemplaire n° 2 sur 3. Inspection générale des services de la ville, mission du
    1er au 19 septembre 2025."""),
    ("h", "1. Périmètre"),
    para("""Centre technique municipal (12 chemin des Carriers), dépôt de la rue Pasteur, logements
    communaux de la rue du Moulin mis à disposition de l'association Le Gué, médiathèque
    Jeanne-Chauvin."""),
    ("h", "2. Constats"),
    para("""Au CTM, l'armoire à clés des véhicules n'est pas reliée à l'alarme et se trouve dans une
    pièce non fermée entre 7 h et 8 h ; les clés du magasin carburant sont conservées dans un tiroir non
    verrouillé du bureau du chef d'équipe. Le digicode du portillon piéton n'a pas été modifié depuis
    juillet, contrairement à la procédure. L'enregistreur vidéo est accessible avec un mot de passe
    partagé inchangé depuis l'installation. Le dépôt de la rue Pasteur ne dispose d'aucune détection
    d'intrusion ; la clôture arrière est franchissable depuis la voie ferrée."""),
    para("""Dans les logements de la rue du Moulin, les clés sont reproduites sans contrôle ; un double de
    chaque clé est conservé dans une boîte à clés à code fixé sur la façade (code 1-9-8-7), connu de
    l'ensemble des salariés du chantier."""),
    ("h", "3. Recommandations"),
    ("table", [
        ["N°", "Recommandation", "Priorité", "Échéance"],
        ["1", "Relier l'armoire à clés à l'alarme, fermer la pièce", "Haute", "Octobre 2025"],
        ["2", "Changer mensuellement le digicode, tracer la diffusion", "Haute", "Immédiate"],
        ["3", "Comptes nominatifs sur l'enregistreur vidéo", "Haute", "Octobre 2025"],
        ["4", "Détection d'intrusion au dépôt Pasteur", "Moyenne", "Budget 2026"],
        ["5", "Remplacer la boîte à clés de la rue du Moulin", "Haute", "Immédiate"],
    ]),
    para("""Le présent rapport ne doit pas être communiqué en application de l'article L. 311-5 du code
    des relations entre le public et l'administration."""),
]

DOCX_BLOCKS["s060_liste_intervenants_cultuels_habilites.docx"] = [
    ("title", "Intervenants extérieurs habilités — maison d'arrêt — 4e trimestre 2025"),
    para("""Liste tenue par le secrétariat de direction, transmise au poste d'accès. Usage interne."""),
    ("table", [
        ["Nom", "Qualité", "Jour", "Observations"],
        ["P. Hervé Lanoë", "Aumônier catholique", "Mardi", "—"],
        ["Mme Ruth Abrahamsen", "Auxiliaire aumônerie protestante", "Jeudi",
         "Épouse du pasteur de l'Église évangélique de Montvallon"],
        ["M. Salah-Eddine Boukerma", "Aumônier musulman", "Vendredi", "Prière collective"],
        ["M. Nathan Elbaz", "Aumônier israélite", "Sur demande", "Deux détenus inscrits"],
        ["Mme Coralie Vasseur-Benhamou", "Médiathèque municipale", "Mercredi",
         "SUSPENDUE (voir note DGS)"],
        ["M. Youssouf Diakhaby", "Auxiliaire aumônerie musulmane", "Vendredi",
         "Agent municipal (espaces verts), converti, bénévole depuis 2024"],
    ]),
]


# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_activite_spip_haute_verenne_public.docx"] = [
    ("title", "SPIP de la Haute-Vérenne — rapport d'activité 2024"),
    para("""Document public présenté au conseil départemental de prévention de la délinquance et aux
    partenaires du service. Les données sont agrégées ; aucune situation individuelle n'est évoquée."""),
    ("h", "Éditorial du directeur fonctionnel"),
    para("""L'année 2024 a été celle de la consolidation. Consolidation des effectifs, d'abord, avec
    l'arrivée de sept conseillers pénitentiaires d'insertion et de probation qui ont permis de ramener le
    nombre moyen de mesures par agent sous la barre de 110. Consolidation des partenariats, ensuite :
    les collectivités, les associations, les acteurs de santé et de l'emploi sont de plus en plus
    nombreux à s'engager à nos côtés pour que la peine prépare le retour dans la société. Je remercie
    chacune et chacun pour cet engagement."""),
    ("h", "1. Le service"),
    para("""Le SPIP de la Haute-Vérenne est un service déconcentré de l'administration pénitentiaire
    rattaché à la direction interrégionale. Il comprend une direction fonctionnelle à Sarlenque, deux
    antennes de milieu ouvert (Sarlenque et Montvallon) et deux antennes de milieu fermé (maison d'arrêt
    de Montvallon et centre de détention de Breuil-les-Chaumes). Il compte 64 agents : 5 directeurs
    pénitentiaires d'insertion et de probation, 41 conseillers, 4 assistants de service social,
    2 psychologues, 2 coordinateurs d'activités culturelles et sportives, 1 coordinatrice du travail
    d'intérêt général, 9 personnels administratifs."""),
    ("h", "2. Le milieu ouvert"),
    para("""Au 31 décembre 2024, le SPIP suivait 3 094 personnes en milieu ouvert (2 912 fin 2023), pour
    3 587 mesures. Les sursis probatoires représentent 52 % des mesures, les TIG 13 %, les suivis
    socio-judiciaires 4 %, les libérations conditionnelles et libérations sous contrainte 8 %, les
    détentions à domicile sous surveillance électronique 6 %, les contrôles judiciaires socio-éducatifs
    5 %, les autres mesures 12 %. Les obligations les plus fréquentes sont l'obligation de soins
    (61 % des sursis probatoires), l'indemnisation des victimes (48 %), l'obligation de travail ou de
    formation (44 %) et les interdictions de contact (29 %)."""),
    para("""Le délai moyen de prise en charge (entre la réception du jugement et le premier entretien) a
    été ramené de 42 à 27 jours. Les personnes suivies bénéficient d'une évaluation structurée dans les
    trois mois ; 74 % des mesures ont fait l'objet d'un plan d'accompagnement formalisé."""),
    ("h", "3. Le travail d'intérêt général"),
    para("""226 mesures de TIG ont été exécutées en 2024, représentant 24 300 heures de travail au profit
    de la collectivité. Le nombre de postes habilités est passé de 78 à 96 au cours de l'année. Les
    collectivités (communes, intercommunalités, Département) offrent 58 % des postes. Le délai moyen de
    mise à exécution est de 4,6 mois, mais dépasse 6 mois dans le nord du département. 81 % des mesures
    sont exécutées en totalité. Deux sessions de formation des tuteurs ont réuni 38 participants."""),
    ("h", "4. Le milieu fermé"),
    para("""Les antennes de milieu fermé ont suivi 1 870 personnes détenues dans l'année. Elles ont
    préparé 412 aménagements de peine et libérations sous contrainte à la maison d'arrêt et 96 au centre
    de détention. Le quartier de préparation à la sortie du centre de détention, ouvert en mai, a
    accueilli 58 personnes. La permanence d'accès aux droits sociaux (CAF, CPAM, France Travail) a
    permis d'ouvrir 318 droits avant la libération."""),
    ("h", "5. Les aménagements de peine"),
    ("table", [
        ["Mesure", "Au 1er janvier 2024", "Au 1er janvier 2025"],
        ["Détention à domicile sous surveillance électronique", "84", "97"],
        ["Semi-liberté", "21", "24"],
        ["Placement extérieur", "12", "17"],
        ["Libération conditionnelle (en cours)", "63", "71"],
    ]),
    para("""La progression du placement extérieur tient à l'ouverture du dispositif « Passerelle Emploi
    Vérenne » avec l'association Le Gué et la ville de Montvallon. L'hébergement demeure le principal
    frein aux aménagements de peine : 31 % des demandes rejetées l'ont été faute de solution de
    logement."""),
    ("h", "6. Les programmes de prévention de la récidive"),
    para("""Le service a animé 14 programmes collectifs : stages de citoyenneté (5), stages de
    responsabilisation pour la prévention et la lutte contre les violences conjugales (4), programmes de
    prévention de la récidive sur les violences conjugales (2), sur les conduites addictives (2) et sur
    les infractions routières (1). 162 personnes y ont participé. Les évaluations des participants
    mettent en avant la qualité des échanges et la découverte du point de vue des victimes, grâce à
    l'intervention de l'association d'aide aux victimes."""),
    ("h", "7. Les partenariats"),
    para("""Le SPIP participe aux six CLSPD et CISPD du département, au conseil départemental de
    l'accès au droit, aux conseils d'évaluation des établissements et au comité de coordination
    « santé des personnes placées sous main de justice ». Il a signé ou renouvelé en 2024 : la convention
    avec la ville de Montvallon (TIG et aménagements de peine), la convention avec le Département
    (insertion), la convention avec le CSAPA Le Rivage (soins en addictologie), la convention avec
    France Travail et la mission locale, et la convention avec l'association Vérenne Aide aux Victimes
    (information des victimes et justice restaurative)."""),
    ("h", "8. La justice restaurative"),
    para("""Pour la première fois, le SPIP a organisé avec l'association d'aide aux victimes une rencontre
    détenus-victimes au centre de détention, réunissant sur six séances trois personnes détenues, trois
    victimes d'infractions de même nature (sans lien avec les affaires des participants) et des membres
    de la communauté. L'évaluation, très positive, conduit à programmer deux nouvelles sessions en 2025.
    Deux médiations restauratives ont également été menées à la demande des intéressés."""),
    ("h", "9. Les moyens"),
    para("""Le budget de fonctionnement hors personnel du service s'est élevé à 1,42 M€, dont 0,61 M€
    consacrés au placement extérieur, 0,28 M€ aux programmes et aux partenariats associatifs et 0,17 M€
    à la surveillance électronique (hors coût du marché national). Les locaux de l'antenne de Montvallon
    ont été rénovés (accueil, salles d'entretien)."""),
    ("h", "10. Perspectives 2025"),
    para("""Développer les postes de TIG dans le nord du département (objectif : 110 postes) ; étendre
    le placement extérieur ; généraliser l'évaluation structurée ; renforcer l'accès au logement des
    sortants (baux glissants, intermédiation locative) ; développer la justice restaurative ; améliorer
    l'information des victimes lors des libérations."""),
]

DOCX_BLOCKS["p122_deliberation_mise_disposition_logements_le_gue.docx"] = [
    ("title", "Délibération n° 2025-12-114 — Mise à disposition de logements communaux"),
    para("""Conseil municipal de Montvallon, séance du 18 décembre 2025. Rapporteur : M. l'adjoint au
    logement."""),
    para("""Dans le cadre du dispositif de placement extérieur « Passerelle Emploi Vérenne », la ville met
    déjà à disposition de l'association Le Gué trois logements communaux de la rue du Moulin. Il est
    proposé de mettre à disposition deux logements supplémentaires (un T1 et un T2, 4 rue du Moulin),
    réhabilités par le chantier d'insertion, par convention d'occupation précaire d'une durée de trois ans,
    moyennant une redevance de 180 € et 240 € par mois, charges en sus."""),
    para("""Le conseil municipal, après en avoir délibéré, par 29 voix pour et 4 abstentions, approuve la
    convention et autorise le maire à la signer."""),
]

DOCX_BLOCKS["p123_livret_accueil_personne_tig.docx"] = [
    ("title", "Bienvenue à la ville de Montvallon — livret d'accueil"),
    para("""Vous allez effectuer votre travail d'intérêt général dans un service de la ville. Ce livret
    vous présente ce qui vous attend."""),
    ("h", "Votre tuteur"),
    para("""Un agent de la ville, votre tuteur, vous accueille le premier jour et organise votre travail.
    Il ne connaît pas les raisons de votre condamnation et ne vous les demandera pas."""),
    ("h", "Vos horaires"),
    para("""Ils sont fixés avec vous et votre conseiller du SPIP. Arrivez à l'heure. En cas d'empêchement,
    prévenez votre tuteur avant la prise de poste, et votre conseiller."""),
    ("h", "Sécurité"),
    para("""Portez toujours les équipements fournis. L'alcool et les stupéfiants sont interdits. Ne
    conduisez aucun véhicule de la ville."""),
    ("h", "À la fin"),
    para("""Lorsque vos heures sont terminées, le tuteur remplit une fiche de fin de mesure. Si vous le
    souhaitez, une attestation d'activité peut vous être remise, sans mention de la justice."""),
]

DOCX_BLOCKS["p124_offre_emploi_directeur_insertion_probation.docx"] = [
    ("title", "Avis de vacance — Directeur ou directrice pénitentiaire d'insertion et de probation"),
    para("""Poste : cheffe ou chef de l'antenne de milieu fermé du centre de détention de
    Breuil-les-Chaumes, SPIP de la Haute-Vérenne. Corps des DPIP, ouvert aux agents titulaires par voie
    de mutation ou de détachement. Prise de poste : 1er mars 2026."""),
    para("""Missions : encadrement d'une équipe de 12 agents (CPIP, assistante sociale, psychologue) ;
    pilotage de la préparation à la sortie et du quartier de préparation à la sortie ; participation à
    l'équipe de direction de l'établissement et aux commissions de l'application des peines ;
    développement des partenariats (collectivités, emploi, santé, logement)."""),
    para("""Profil : expérience de l'encadrement, connaissance du milieu fermé, capacités de pilotage de
    projets partenariaux. Candidatures par la voie hiérarchique avant le 9 janvier 2026."""),
]

DOCX_BLOCKS["p125_cr_conseil_departemental_acces_droit.docx"] = [
    ("title", "Conseil départemental de l'accès au droit (CDAD) — assemblée générale du 30 juin 2025"),
    para("""Présidence : la présidente du tribunal judiciaire de Sarlenque, présidente du CDAD. Membres
    présents : représentants de l'État, du Département, de l'association des maires, des ordres
    d'avocats, de la chambre des notaires, des commissaires de justice, de l'association Vérenne Aide aux
    Victimes, du CIDFF, du SPIP et de la ville de Montvallon."""),
    ("h", "1. Rapport d'activité 2024"),
    para("""Le réseau compte 14 points justice (dont deux en établissement pénitentiaire) qui ont reçu
    11 840 personnes. Les consultations portent sur le droit de la famille (32 %), le logement (18 %), le
    droit du travail (14 %), le droit pénal et l'exécution des peines (9 %), le droit des étrangers (6 %)
    et la consommation (8 %). Les points justice en détention ont reçu 612 personnes détenues, pour
    l'essentiel sur des questions de droit de la famille, de droits sociaux et de dettes."""),
    ("h", "2. Point justice de Montvallon"),
    para("""Installé à la maison France services, il a reçu 2 310 personnes. Une permanence du SPIP pour
    l'information des proches de personnes détenues et une permanence de l'association Le Gué sur
    l'accès au logement y ont été ouvertes en 2025. La ville de Montvallon a pris en charge
    l'aménagement d'un bureau supplémentaire garantissant la confidentialité des entretiens."""),
    ("h", "3. Accès au droit en détention"),
    para("""Les points d'accès au droit de la maison d'arrêt et du centre de détention fonctionnent avec
    une juriste salariée du CDAD, des avocats et des associations spécialisées (droit des étrangers).
    La demande est forte au quartier arrivants. Le CDAD souhaite développer l'information sur la
    libération sous contrainte et sur l'effacement des mentions du bulletin n° 2 du casier judiciaire."""),
    ("h", "4. Budget"),
    para("""Le budget 2025 s'élève à 238 000 € (ministère de la justice 52 %, Département 18 %, communes
    11 %, barreaux 6 %, autres 13 %). L'assemblée approuve les comptes 2024 et le budget 2025 à
    l'unanimité."""),
    ("h", "5. Perspectives"),
    para("""Ouverture d'un point justice itinérant dans le nord du département ; formation des agents des
    maisons France services à l'orientation juridique ; partenariat avec la médiathèque de Montvallon
    pour des ateliers « droits du quotidien » ; renforcement de la permanence de droit des étrangers en
    détention."""),
    para("""Le procès-verbal est approuvé et sera publié sur le site du CDAD."""),
]

DOCX_BLOCKS["p126_projet_service_maison_accueil_familles.docx"] = [
    ("title", "La Passerelle — projet associatif 2025-2029"),
    ("h", "Nos valeurs"),
    para("""La Passerelle accueille sans condition les familles et proches de personnes détenues. Elle
    considère que ces familles, qui n'ont commis aucune infraction, subissent néanmoins les effets de
    l'incarcération d'un proche : séparation, difficultés financières, isolement, regard des autres. Elle
    agit pour le maintien des liens familiaux, dans l'intérêt des enfants, des familles et des personnes
    détenues elles-mêmes, dont la réinsertion est favorisée par ces liens."""),
    ("h", "Nos constats"),
    para("""Les familles viennent de plus en plus loin, avec des temps de trajet parfois supérieurs à
    trois heures. Un tiers des visiteurs sont des enfants. Beaucoup de familles découvrent la prison au
    premier parloir et n'en connaissent pas les règles. Les difficultés financières sont fréquentes,
    notamment lorsque la personne détenue était la principale source de revenus du foyer. Les bénévoles
    sont moins nombreux et moins disponibles qu'il y a dix ans."""),
    ("h", "Nos objectifs"),
    para("""1. Garantir un accueil de qualité dans les deux maisons d'accueil, tous les jours de parloir.
    2. Mieux accompagner les familles lors du premier parloir (binômes d'accueil, livret d'information).
    3. Développer l'accueil des enfants (espace adapté, partenariat avec la protection maternelle et
    infantile, livres pour expliquer la prison aux enfants). 4. Faciliter les transports (navette,
    covoiturage solidaire, aide aux billets de train). 5. Renouveler et former les bénévoles.
    6. Faire connaître la situation des familles de personnes détenues auprès des élus et du public."""),
    ("h", "Nos moyens"),
    para("""Une coordinatrice salariée, un agent d'accueil à temps partiel, des volontaires en service
    civique, une trentaine de bénévoles. Un budget annuel d'environ 75 000 €, financé par la ville de
    Montvallon, le Département, l'administration pénitentiaire, la CAF et des dons. Des locaux mis à
    disposition par la ville à Montvallon et par l'administration pénitentiaire à Breuil."""),
    ("h", "Nos actions prioritaires 2025-2029"),
    para("""Un livret « Premier parloir » traduit en cinq langues, remis à l'accueil et disponible en
    ligne ; un binôme de bénévoles dédié aux nouvelles familles le samedi ; un partenariat avec la
    protection maternelle et infantile et la médiathèque pour un coin lecture renouvelé chaque trimestre ;
    des « cafés des familles » mensuels animés par une psychologue bénévole, où les proches peuvent
    échanger entre eux ; une aide aux billets de train et un covoiturage solidaire pour les familles
    venant de loin ; la participation au conseil d'évaluation des établissements et au CLSPD pour y
    porter la parole des familles ; des interventions dans les collèges et lycées pour faire connaître la
    situation des enfants de personnes détenues."""),
    ("h", "Nos partenaires"),
    para("""Administration pénitentiaire, SPIP, ville de Montvallon, communauté de communes du Pays de
    Breuil, Département, CAF, région (navette), point justice, associations Le Gué et Vérenne Aide aux
    Victimes, fédération nationale des maisons d'accueil de familles de détenus."""),
    ("h", "Notre histoire"),
    para("""Créée en 1996 par un groupe de paroissiens, de visiteurs de prison et de proches de
    personnes détenues, La Passerelle a d'abord accueilli les familles dans une caravane stationnée
    devant la maison d'arrêt, puis dans un local prêté par la ville. L'antenne de Breuil a ouvert en
    2004. Laïque depuis 2008, l'association est membre de la fédération nationale depuis 2010. La
    nouvelle maison d'accueil, inaugurée en septembre 2025, marque une étape importante."""),
    ("h", "Nos besoins"),
    para("""Pour mener ce projet, l'association a besoin de nouveaux bénévoles, en particulier le samedi
    et le dimanche à Breuil, de dons de vêtements pour enfants et adultes conformes aux règles des
    parloirs, de jeux et de livres en bon état, et d'un soutien financier pérenne pour le poste
    d'agent d'accueil. Les entreprises du territoire peuvent soutenir l'association par le mécénat."""),
    ("h", "Évaluation"),
    para("""Le projet sera évalué chaque année en assemblée générale à partir d'indicateurs : nombre de
    familles accueillies (registre anonyme), nombre de jours d'ouverture, nombre de bénévoles actifs,
    satisfaction des familles (questionnaire anonyme annuel), actions d'information réalisées."""),
]

DOCX_BLOCKS["p127_extrait_rapport_orientation_budgetaire.docx"] = [
    ("title", "Rapport d'orientation budgétaire 2026 — extrait « tranquillité publique et prévention »"),
    para("""Les crédits de la politique de tranquillité publique et de prévention progresseront de 4 % en
    2026 (1,86 M€). Ils financeront notamment trois caméras de vidéoprotection à la gare routière, la
    médiation de nuit en été, la rotation supplémentaire du samedi de la navette « Parloirs » (14 000 €),
    les subventions aux associations d'aide aux victimes et de réinsertion (65 000 €) et les
    équipements des personnes accueillies en TIG (2 800 €)."""),
    ("table", [
        ["Poste", "2025", "2026 (prévision)"],
        ["Police municipale (hors personnel)", "212 000 €", "219 000 €"],
        ["Vidéoprotection", "96 000 €", "128 000 €"],
        ["Prévention et CLSPD", "142 000 €", "151 000 €"],
        ["Navette Parloirs (part ville)", "38 000 €", "52 000 €"],
    ]),
]

DOCX_BLOCKS["p128_bilan_annuel_clspd_montvallon.docx"] = [
    ("title", "CLSPD de Montvallon — bilan annuel 2025"),
    para("""Document présenté à la séance plénière de décembre 2025 et publié sur le site de la ville."""),
    ("h", "Axe 1 — Jeunes exposés à la délinquance"),
    para("""Trente-huit jeunes ont bénéficié des chantiers éducatifs d'été. La consultation jeunes
    consommateurs avancée à la maison des jeunes a reçu 27 jeunes et 12 parents. Le dispositif « Cap
    Sortie » de la mission locale a accompagné 29 jeunes sous main de justice. Le groupe de suivi du
    décrochage scolaire a examiné 51 situations, selon les règles de la charte déontologique."""),
    ("h", "Axe 2 — Prévention de la récidive"),
    para("""Quinze postes de TIG ouverts dans les services municipaux ; 34 mesures débutées, 2 964 heures
    effectuées. Neuf personnes en semi-liberté ou placement extérieur employées par la ville ou sur le
    chantier d'insertion. Deux baux glissants signés avec Vérenne Habitat pour des sortants de
    détention. Le groupe « prévention de la récidive » s'est réuni quatre fois."""),
    ("h", "Axe 3 — Victimes et violences intrafamiliales"),
    para("""La permanence de l'association d'aide aux victimes au commissariat a reçu 402 personnes. Le
    second logement d'urgence pour les femmes victimes a été ouvert en octobre. 120 agents d'accueil de la
    ville et du CCAS ont été formés au repérage des violences."""),
    ("h", "Axe 4 — Tranquillité publique"),
    para("""La médiation de nuit a effectué 46 sorties en juillet et août. La vidéoprotection compte
    62 caméras ; 296 réquisitions judiciaires ont été traitées. Les signalements pour rodéos ont baissé
    de 30 % après les opérations conjointes police nationale et police municipale."""),
    ("h", "Axe 5 — La ville et ses établissements pénitentiaires"),
    para("""Nouvelle maison d'accueil des familles inaugurée en septembre ; 7 100 visites par an. Navette
    « Parloirs » : 9 800 voyages ; rotation supplémentaire programmée pour janvier 2026. Participation
    de la ville au conseil d'évaluation de la maison d'arrêt. Quatre logements communaux réservés aux
    jeunes surveillants affectés à Montvallon."""),
    ("h", "Perspectives 2026"),
    para("""Tuteur TIG mutualisé avec les communes voisines ; résidence sociale pour sortants de
    détention ; renforcement de la prévention des conduites addictives ; enquête de victimation."""),
]

DOCX_BLOCKS["p129_cctp_transport_navette_parloirs.docx"] = [
    ("title", "Cahier des clauses techniques particulières — navette « Parloirs »"),
    para("""Ville de Montvallon — marché de services de transport de voyageurs, procédure adaptée
    2025-MOB-14."""),
    ("h", "Article 1 — Objet"),
    para("""Le marché a pour objet le transport des familles et proches de personnes détenues entre la
    gare SNCF de Montvallon, la maison d'arrêt (rue des Tanneurs) et le centre de détention de
    Breuil-les-Chaumes, le mercredi et le samedi."""),
    ("h", "Article 2 — Véhicules"),
    para("""Minibus de 16 à 22 places, accessible aux personnes à mobilité réduite, équipé d'au moins
    trois emplacements pour poussettes, de moins de huit ans, norme Euro 6 minimum."""),
    ("h", "Article 3 — Conducteurs"),
    para("""Les conducteurs sont titulaires du permis D et de la formation continue obligatoire. Ils
    font preuve de discrétion et de courtoisie à l'égard d'un public parfois éprouvé. Ils ne pénètrent
    pas dans l'enceinte des établissements."""),
    ("h", "Article 4 — Horaires"),
    para("""Les horaires sont fixés par la ville en concertation avec les établissements, en fonction des
    créneaux de parloir. Le titulaire assure au moins quatre rotations le samedi."""),
    ("h", "Article 5 — Qualité"),
    para("""Taux de ponctualité attendu : 95 % (retard inférieur à 5 minutes). Pénalité de 50 € par
    rotation non assurée."""),
]

DOCX_BLOCKS["p130_support_formation_accueil_victimes_agents.docx"] = [
    ("title", "Accueillir une personne victime de violences — formation des agents d'accueil"),
    para("""Support de formation d'une journée conçu par Vérenne Aide aux Victimes pour les agents
    d'accueil des mairies, du CCAS et des maisons France services. Les exemples sont fictifs."""),
    ("h", "Module 1 — Comprendre les violences intrafamiliales"),
    para("""Les violences conjugales ne se limitent pas aux coups : elles peuvent être psychologiques,
    verbales, économiques, sexuelles, administratives (confiscation des papiers). Elles s'inscrivent dans
    un cycle (tension, agression, justification, rémission) qui explique que la victime puisse
    retourner auprès de l'auteur. Les enfants exposés sont aussi des victimes. Selon les enquêtes
    nationales, plus de 200 000 femmes par an sont victimes de violences physiques ou sexuelles de la
    part de leur conjoint ou ex-conjoint ; moins d'une sur cinq porte plainte."""),
    ("h", "Module 2 — Repérer"),
    para("""Signes pouvant alerter : demandes répétées de domiciliation ou de changement d'adresse,
    personne toujours accompagnée qui ne parle pas seule, blessures inexpliquées, peur manifeste,
    difficultés à disposer de ses ressources. Aucun signe n'est une preuve : il s'agit d'ouvrir la porte
    à la parole."""),
    ("h", "Module 3 — Accueillir la parole"),
    para("""Recevoir la personne dans un lieu discret, sans l'accompagnant si possible. Croire, ne pas
    juger, ne pas minimiser : « Ce qui vous arrive est interdit par la loi. Vous n'y êtes pour rien. Des
    personnes peuvent vous aider. » Ne pas imposer une démarche ; informer sur les possibilités."""),
    ("h", "Module 4 — Orienter"),
    para("""En cas de danger immédiat : 17 ou 112. Écoute : 3919. Association d'aide aux victimes :
    permanences à Montvallon, Breuil et dans trois mairies rurales. Hébergement d'urgence : 115 et
    protocole départemental de mise à l'abri. Dépôt de plainte : commissariat, gendarmerie, ou
    plainte en ligne pour certaines infractions. Le certificat médical peut être établi par le médecin
    traitant ou l'unité médico-judiciaire."""),
    ("h", "Module 5 — Et si l'auteur est en détention ou va sortir ?"),
    para("""Les victimes peuvent demander à être informées de la libération de l'auteur et formuler des
    observations auprès du juge de l'application des peines. La mairie ne peut pas interdire à une
    personne de résider dans la commune ; elle peut, avec l'accord de la victime, sensibiliser la police
    municipale. L'agent d'accueil oriente vers l'association, qui fait le lien avec le SPIP."""),
    ("h", "Module 6 — Se protéger soi-même"),
    para("""Recevoir des récits de violence peut être éprouvant. Ne restez pas seul : parlez-en à votre
    responsable, sollicitez la psychologue du travail. Respectez la confidentialité : ce que vous a confié
    la personne ne doit pas circuler dans le service."""),
    ("h", "Module 7 — Le cadre juridique en bref"),
    para("""Les violences commises par un conjoint, concubin ou partenaire de PACS, actuel ou ancien,
    sont aggravées par la loi. Le juge aux affaires familiales peut délivrer une ordonnance de protection
    en urgence, même sans plainte préalable : éviction du conjoint violent, interdiction d'entrer en
    contact, attribution du logement, dispense de révéler son adresse. Le procureur peut attribuer un
    téléphone grave danger. Le juge pénal peut ordonner un bracelet anti-rapprochement. L'agent d'accueil
    n'a pas à connaître ces procédures dans le détail : il doit savoir qu'elles existent et vers qui
    orienter."""),
    ("h", "Module 8 — Le secret et le signalement"),
    para("""L'agent d'accueil n'est pas tenu au secret médical mais à l'obligation de discrétion
    professionnelle. Lorsqu'un enfant est en danger, toute personne doit en informer la cellule de
    recueil des informations préoccupantes ou, en cas de danger grave et immédiat, le procureur de la
    République. Pour un adulte, le signalement se fait avec son accord, sauf situation de danger immédiat
    et d'emprise, où le médecin et certains professionnels peuvent agir sans cet accord."""),
    ("h", "Cas pratiques (fictifs)"),
    para("""1. Une usagère demande à recevoir son courrier à la mairie « pour que son mari ne l'ouvre
    pas ». 2. Un homme âgé vient déclarer une perte de papiers et dit que son fils « lui prend sa
    pension ». 3. Une femme au guichet de l'état civil a un bleu au poignet et regarde sans cesse son
    téléphone. Pour chaque situation : que remarquez-vous, que dites-vous, vers qui orientez-vous ?"""),
]

DOCX_BLOCKS["p131_convention_csapa_spip_soins.docx"] = [
    ("title", "Convention de partenariat CSAPA Le Rivage — SPIP de la Haute-Vérenne"),
    para("""Objet : organisation de l'accès aux soins en addictologie des personnes placées sous main de
    justice, dans le respect du secret médical."""),
    para("""Article 1 : le CSAPA réserve chaque semaine quatre créneaux de premier rendez-vous aux
    personnes orientées par le SPIP, dans un délai maximal de 15 jours. Article 2 : le CSAPA délivre
    des attestations de présence ; il ne communique aucune information sur le contenu des soins.
    Article 3 : le SPIP informe les personnes de leur libre choix du soignant. Article 4 : une réunion
    annuelle de bilan, sur données agrégées. Article 5 : durée trois ans."""),
]

DOCX_BLOCKS["p132_deliberation_cisp_tuteur_intercommunal.docx"] = [
    ("title", "Communauté de communes du Pays de Breuil — délibération n° 2025-098"),
    para("""Objet : création d'un poste de tuteur intercommunal pour l'accueil des travaux d'intérêt
    général. Le conseil communautaire, considérant le manque de postes de TIG en milieu rural et les
    conclusions de l'étude de faisabilité financée par le FIPD, décide la création d'un emploi d'adjoint
    technique à temps complet chargé de l'encadrement des personnes en TIG sur les chantiers des
    communes membres, sollicite une subvention du FIPD à hauteur de 50 % du coût du poste la première
    année et autorise la présidente à signer la convention avec le SPIP. Adopté à l'unanimité."""),
]

DOCX_BLOCKS["p133_note_presentation_plan_logement_sortants.docx"] = [
    ("title", "Note de présentation — plan local d'accès au logement des sortants de détention"),
    para("""Préfecture de la Haute-Vérenne (DDETS), SPIP, Département, Vérenne Habitat, ville de
    Montvallon, SIAO. Projet soumis au comité responsable du plan départemental d'action pour le
    logement et l'hébergement des personnes défavorisées."""),
    para("""Constat : environ 350 personnes sont libérées chaque année des deux établissements du
    département en fin de peine ou en aménagement ; près d'un tiers n'ont pas de solution de logement
    stable. L'absence de logement compromet l'octroi des aménagements de peine et favorise la
    récidive."""),
    para("""Mesures proposées : réservation de 12 logements par an sur le contingent préfectoral ;
    généralisation des baux glissants ; une résidence sociale de 20 places à Montvallon ; instruction
    des demandes au SIAO six mois avant la sortie ; mobilisation du fonds de solidarité logement pour
    les dettes locatives antérieures ; accompagnement vers et dans le logement par l'association Le Gué.
    Indicateur : part des sortants disposant d'une solution de logement à la libération."""),
]

DOCX_BLOCKS["p134_programme_journee_etude_justice_restaurative.docx"] = [
    ("title", "Journée d'étude « Justice restaurative : rencontrer l'autre après l'infraction »"),
    para("""Jeudi 12 mars 2026, auditorium de la médiathèque Jeanne-Chauvin, Montvallon. Organisée par
    le SPIP de la Haute-Vérenne et Vérenne Aide aux Victimes."""),
    ("table", [
        ["Heure", "Séquence"],
        ["9 h 00", "Ouverture par la procureure de la République et le maire de Montvallon"],
        ["9 h 30", "La justice restaurative : principes et cadre légal (universitaire)"],
        ["10 h 45", "Retour d'expérience des rencontres détenus-victimes au CD de Breuil"],
        ["14 h 00", "Table ronde : animateurs, membres de la communauté, magistrats"],
        ["16 h 00", "Projection d'un documentaire et débat"],
    ]),
    para("""Entrée libre sur inscription. Les témoignages présentés sont anonymes."""),
]

DOCX_BLOCKS["p135_fiche_metier_conseiller_insertion_probation.docx"] = [
    ("title", "Fiche métier — Conseiller pénitentiaire d'insertion et de probation"),
    para("""Le CPIP accompagne les personnes condamnées, en détention ou en milieu ouvert, pour prévenir
    la récidive : il évalue leur situation, contrôle le respect des obligations fixées par le juge,
    propose des aménagements de peine et mobilise les partenaires (emploi, logement, soins)."""),
    para("""Accès : concours externe (licence), concours interne, troisième concours ; formation de deux
    ans rémunérée à l'École nationale d'administration pénitentiaire. Qualités : écoute, rigueur,
    capacité rédactionnelle, travail en réseau, solidité face aux situations difficiles."""),
    para("""Rémunération : environ 2 000 € nets en début de carrière, primes comprises. Environ 6 000
    CPIP en France."""),
]


# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_fiche_site_ctm_codes.html"] = (
    "Intranet — fiche site CTM",
    """
<h1>Fiche site : Centre technique municipal</h1>
<p>Adresse : 12 chemin des Carriers. Responsable : Patrick Lherbier. Astreinte : 06 71 22 48 09.</p>
<h2>Accès</h2>
<table>
<tr><th>Équipement</th><th>Code / identifiant</th><th>Mise à jour</th></tr>
<tr><td>Portillon piéton</td><td>4719B</td><td>01/10/2025</td></tr>
<tr><td>Alarme bâtiment B</td><td>0836</td><td>03/2024</td></tr>
<tr><td>Armoire à clés véhicules</td><td>cadenas 5-5-1-2</td><td>—</td></tr>
<tr><td>Tablette pointage TIG/PE</td><td>tuteur.ctm / Tuteur2024</td><td>—</td></tr>
</table>
<p>Page réservée aux chefs d'équipe. Ne pas imprimer.</p>
""",
)

HTML_PAGES["s062_forum_agents_message_collegue_condamne.html"] = (
    "Forum des agents — Espace détente",
    """
<h1>Forum des agents — « Pause café »</h1>
<div class="post"><p><b>Ludo_voirie</b> — 12/06/2025 09:14</p>
<p>Vous avez vu que Castaing, le gars qui était en TIG chez nous et qui a piqué le cuivre, a pris six
mois avec sursis hier ? C'est dans le journal. Et il paraît qu'il doit se faire soigner pour le jeu,
il avait des dettes partout au PMU.</p></div>
<div class="post"><p><b>Sandrine_CTM</b> — 12/06/2025 09:31</p>
<p>Franchement c'est pas à nous d'en parler ici. Il a une famille.</p></div>
<div class="post"><p><b>Ludo_voirie</b> — 12/06/2025 09:40</p>
<p>Bah c'est public, c'est passé au tribunal. En plus il habite avenue de la Libération, tout le monde
le connaît.</p></div>
<p class="modo">Message de la modération : ce fil a été masqué le 12/06 à 10 h 02.</p>
""",
)

HTML_PAGES["s063_export_commission_discipline_cd.html"] = (
    "Commission de discipline — séance du 24 septembre 2025",
    """
<h1>Centre de détention de Breuil-les-Chaumes — commission de discipline</h1>
<p>Séance du 24 septembre 2025. Présidence : le directeur adjoint. Assesseurs : un premier surveillant,
un assesseur extérieur (M. Gilles Roudier, conseiller municipal de Breuil, habilité).</p>
<h2>Procédures examinées</h2>
<table>
<tr><th>Écrou</th><th>Nom</th><th>Faute reprochée</th><th>Avocat</th><th>Sanction</th></tr>
<tr><td>7.845</td><td>TAHIRI Youssef</td><td>Détention d'un téléphone portable (découvert lors d'une fouille
de cellule)</td><td>Me Péronnet</td><td>10 jours de cellule disciplinaire avec sursis</td></tr>
<tr><td>8.120</td><td>GRÉGOIRE Antoine</td><td>Insultes et menaces envers un surveillant</td><td>commis
d'office</td><td>7 jours de cellule disciplinaire</td></tr>
<tr><td>8.233</td><td>OKAFOR Emeka</td><td>Refus de réintégrer sa cellule ; l'intéressé, sous traitement
antipsychotique, a déclaré ne plus le prendre</td><td>Me Sarrade</td><td>Relaxe, orientation vers
l'unité sanitaire</td></tr>
<tr><td>8.302</td><td>BERTHELOT Kévin</td><td>Possession de cannabis (4 g)</td><td>—</td><td>14 jours
de confinement, signalement au parquet</td></tr>
</table>
<p>L'assesseur extérieur a été rappelé à son obligation de discrétion : il ne doit pas faire état des
situations examinées auprès du conseil municipal.</p>
""",
)

HTML_PAGES["s064_agenda_convocations_antenne_spip.html"] = (
    "Agenda antenne — semaine 47",
    """
<h1>Agenda des convocations — antenne de Montvallon — semaine 47</h1>
<table>
<tr><th>Jour</th><th>Heure</th><th>Personne</th><th>CPIP</th><th>Objet</th></tr>
<tr><td>Lun 17/11</td><td>9h00</td><td>ABGRALL Yvon</td><td>Durand-Mabire</td><td>Recadrage alarmes PSE,
avant rapport au JAP</td></tr>
<tr><td>Lun 17/11</td><td>10h00</td><td>LAURENT-BIHAN Mathéo</td><td>Belkacem-Roussel</td><td>Incident
TIG, point addicto</td></tr>
<tr><td>Mar 18/11</td><td>14h30</td><td>VERDIER Cédric</td><td>Kerbrat</td><td>Premier entretien post-
libération, BAR</td></tr>
<tr><td>Jeu 20/11</td><td>11h00</td><td>TESSANDIER Rodolphe</td><td>Durand-Mabire</td><td>Attestation
CMP, préparation audience révocation</td></tr>
</table>
<p>Salle 2 indisponible jeudi (peinture).</p>
""",
)

HTML_PAGES["s065_resultats_jury_recrutement_tuteur_interco.html"] = (
    "Jury de recrutement — tuteur intercommunal",
    """
<h1>Recrutement du tuteur TIG intercommunal — délibération du jury</h1>
<p>Communauté de communes du Pays de Breuil — jury du 4 décembre 2025 (document interne au jury).</p>
<table>
<tr><th>Candidat</th><th>Note /20</th><th>Appréciation</th></tr>
<tr><td>M. Rémi Chabrol</td><td>15,5</td><td>Encadrant de chantier d'insertion depuis 8 ans ; très
bonne posture ; léger manque de connaissance du cadre pénal.</td></tr>
<tr><td>Mme Sylvie Hautecœur</td><td>12</td><td>Agente technique de Lussac ; motivée mais a évoqué
spontanément son arrêt long pour dépression en 2023 et ses craintes face au public ; réserves du
jury.</td></tr>
<tr><td>M. Franck Oudard</td><td>8</td><td>Propos jugés stigmatisants sur les « délinquants » ;
ancien gendarme ; non retenu.</td></tr>
</table>
<p>Proposition : M. Chabrol ; liste complémentaire : Mme Hautecœur.</p>
""",
)

HTML_PAGES["s066_export_messagerie_association_victime.html"] = (
    "Messagerie sécurisée — dossier 2025-0412",
    """
<h1>Échanges — dossier 2025-0412</h1>
<div class="msg"><p><b>De :</b> Morgane Le Bihan (juriste) <b>à</b> psychologue — 05/11/2025</p>
<p>Samia a appelé ce matin. Le boîtier du BAR a sonné deux fois hier soir, la police est passée, c'était
une fausse alerte à cause de la zone de la rocade. Elle n'a pas dormi, elle dit qu'elle a repris les
médicaments que le Dr lui avait donnés au printemps et qu'elle a des crises d'angoisse devant l'école.
Tu peux la rappeler ?</p></div>
<div class="msg"><p><b>De :</b> psychologue <b>à</b> Morgane Le Bihan — 05/11/2025</p>
<p>Je l'appelle à 14h. Elle m'avait dit que le petit (7 ans) refait pipi au lit depuis qu'il sait que son
père sort. Je propose de l'orienter vers le groupe enfants exposés.</p></div>
<div class="msg"><p><b>De :</b> Morgane Le Bihan — 06/11/2025</p>
<p>Ok. Je préviens la police municipale que les passages à l'école sont vraiment importants cette
semaine (ils sont d'accord, voir courrier du 14/10).</p></div>
""",
)

HTML_PAGES["s067_intranet_rh_planning_absences_equipe.html"] = (
    "Planning absences — espaces verts",
    """
<h1>Planning des absences — service espaces verts — novembre 2025</h1>
<table>
<tr><th>Agent</th><th>Du</th><th>Au</th><th>Motif (visible RH)</th></tr>
<tr><td>LEMARCHAND Fabrice</td><td>03/11</td><td>30/11</td><td>CMO — syndrome dépressif, suivi
psychiatrique ; prolongation probable</td></tr>
<tr><td>GASSMANN Didier</td><td>22/05</td><td>—</td><td>Accident de service puis CMO — stress
post-traumatique</td></tr>
<tr><td>PLOUMANAC'H Régis</td><td>24/11</td><td>28/11</td><td>Congés annuels</td></tr>
</table>
<p>Reprise des tutelles TIG : Régis Ploumanac'h (à partir du 1er décembre).</p>
""",
)

HTML_PAGES["s068_tableau_aides_ccas_commission.html"] = (
    "CCAS — commission permanente du 16 octobre 2025",
    """
<h1>Commission permanente du CCAS — décisions du 16 octobre 2025</h1>
<table>
<tr><th>N°</th><th>Demandeur</th><th>Situation</th><th>Aide</th><th>Décision</th></tr>
<tr><td>2025-308</td><td>Mme Éloïse Barthomeuf</td><td>Mère isolée, hébergée chez sa mère</td><td>Aide
à l'installation 300 €</td><td>Accord</td></tr>
<tr><td>2025-311</td><td>M. Bastien Loriot</td><td>Sortant de détention 09/10, dettes locatives, sans
compte bancaire</td><td>Chèques services 120 €, pass mobilité</td><td>Accord</td></tr>
<tr><td>2025-314</td><td>Mme Francine Baptistin</td><td>Garde de sa petite-fille, frais de transport
vers le CD de Breuil</td><td>Aide transport 80 €/mois × 3</td><td>Accord</td></tr>
<tr><td>2025-317</td><td>M. Yvon Abgrall</td><td>Impayés de loyer, expulsion programmée</td><td>Saisine
FSL</td><td>Transmis</td></tr>
</table>
""",
)

HTML_PAGES["s069_veille_presse_article_integral_blog.html"] = (
    "Veille — article intégral",
    """
<h1>Veille médias — cabinet du maire (usage interne)</h1>
<p>Article reproduit intégralement depuis le site payant <i>Vérenne Investigations</i>, avec l'accord
oral de l'abonnement de la ville ; reproduction et diffusion interdites.</p>
<h2>« Prison de Montvallon : la chronique d'une surpopulation annoncée »</h2>
<p>par Bastien Morvillier — 3 novembre 2025</p>
<p>Il faut venir un samedi matin rue des Tanneurs pour comprendre. Dès huit heures, la file s'allonge
devant la porte de la maison d'arrêt : des femmes surtout, des enfants, des sacs de linge. Derrière le
mur de pierre, près de trois cents hommes s'entassent dans un bâtiment conçu pour deux cents. Certains
dorment au sol, sur des matelas qu'on glisse le soir entre les lits superposés.</p>
<p>« On fait ce qu'on peut avec ce qu'on a », souffle un surveillant croisé à la sortie de sa garde,
qui demande l'anonymat. Il décrit les douches du premier étage, hors service plusieurs semaines, les
promenades raccourcies faute d'effectifs, la tension qui monte à chaque arrivée. L'administration
promet un nouvel établissement à Sarlenque, à l'horizon 2028. Trois ans, c'est long, dit-il.</p>
<p>À la mairie, on assure faire sa part : navette, maison d'accueil, postes de travail d'intérêt
général. Mais le maire le reconnaît : « La prison, ce n'est pas notre compétence. Nous, on gère ce qui
se passe devant la porte. »</p>
<p>Tous droits réservés — Vérenne Investigations. Toute reproduction interdite.</p>
""",
)

HTML_PAGES["s070_portail_fournisseur_grille_tarifaire.html"] = (
    "Portail fournisseur — grille tarifaire négociée",
    """
<h1>Net'Vérenne — grille tarifaire négociée (confidentielle)</h1>
<p>Client : ville de Montvallon — marché de nettoyage des groupes scolaires. Accès réservé à
l'acheteur.</p>
<table>
<tr><th>Prestation</th><th>Prix HT</th><th>Coût de revient</th><th>Marge</th></tr>
<tr><td>Nettoyage quotidien classe (m²/mois)</td><td>1,92 €</td><td>1,58 €</td><td>17,7 %</td></tr>
<tr><td>Remise en état estivale (m²)</td><td>3,40 €</td><td>2,61 €</td><td>23,2 %</td></tr>
<tr><td>Heure d'agent en insertion (placement extérieur / DDSE)</td><td>21,80 €</td><td>16,10 €
(aide au poste déduite)</td><td>26,1 %</td></tr>
</table>
<p>Ces conditions ne sont pas consenties aux autres clients publics et ne doivent pas être
communiquées.</p>
""",
)

HTML_PAGES["s071_note_alerte_transfert_detenus_pied_de_page.html"] = (
    "Note d'information — extractions",
    """
<h1>Note d'information aux maires — extractions médicales</h1>
<p>À compter du 1er décembre, les extractions médicales des personnes détenues de la maison d'arrêt vers
le centre hospitalier de Montvallon emprunteront l'itinéraire B (rue Pasteur, boulevard des Remparts,
accès urgences par le portail logistique nord) les mardis et jeudis entre 9 h et 11 h, avec une escorte
de deux véhicules. Les services de voirie sont priés de ne programmer aucune intervention sur cet
itinéraire pendant ces créneaux. L'itinéraire de repli (itinéraire C, par la rocade) n'est utilisé
qu'en cas d'alerte.</p>
<p>Contact : chef d'escorte, via le PCI.</p>
<footer><p>D i f f u s i o n &nbsp; r e s t r e i n t e — ne pas transmettre — préfecture de la
Haute-Vérenne</p></footer>
""",
)

HTML_PAGES["s072_formulaire_signalement_ase_enfant_parloir.html"] = (
    "Signalement — cellule de recueil",
    """
<h1>Formulaire de transmission — CRIP Haute-Vérenne</h1>
<p><b>Émetteur :</b> association La Passerelle, maison d'accueil des familles (coordinatrice).</p>
<p><b>Enfants concernés :</b> Noah (3 ans) et Inaya (6 ans), venus au parloir de la maison d'arrêt le
samedi 8 novembre avec leur mère, Mme Jennifer Caillaud, domiciliée à Lussac.</p>
<p><b>Faits observés :</b> la mère est arrivée visiblement alcoolisée, titubante ; elle a laissé les
enfants seuls dans la salle d'attente pendant quarante minutes pour aller « au café d'en face ». Inaya a
dit à une bénévole que « maman boit beaucoup depuis que papa est en prison » et qu'elle fait seule le
petit-déjeuner de son frère. Le parloir a été refusé par l'administration. La mère est repartie en
voiture avec les enfants malgré nos tentatives de l'en dissuader ; la gendarmerie a été avisée.</p>
<p><b>Date :</b> 8 novembre 2025.</p>
""",
)

HTML_PAGES["s073_fiche_dossier_titre_sejour_sortant.html"] = (
    "Dossier usager — accès aux droits",
    """
<h1>Point justice — fiche de suivi usager n° 2025-1188</h1>
<p><b>Usager :</b> M. Ibrahima Sow, né en 1991 à Kaolack (Sénégal).</p>
<p><b>Situation :</b> libéré de la maison d'arrêt le 30 septembre après une peine de dix mois ; titre de
séjour « vie privée et familiale » expiré pendant la détention (juin 2025). La préfecture a été saisie
d'une demande de renouvellement ; un récépissé a été refusé au motif de la condamnation. Deux enfants
français, nés en 2018 et 2021, résidant avec leur mère à Montvallon ; contribution à leur entretien
justifiée jusqu'à l'incarcération.</p>
<p><b>Orientation :</b> avocat de la permanence droit des étrangers (RDV 14/10) ; constitution des
preuves de contribution à l'entretien des enfants ; attestation de l'employeur (promesse
d'embauche).</p>
""",
)

HTML_PAGES["s074_demande_amenagement_pratique_religieuse_tig.html"] = (
    "Demande — aménagement horaire",
    """
<h1>Demande d'aménagement d'horaires — TIG médiathèque</h1>
<p>De : Clotilde Armengaud (tutrice) — à : référente TIG ville — 26/02/2026</p>
<p>Bonjour, M. Haroun Belhadj, qui commence son TIG chez nous lundi, m'a demandé s'il pouvait finir à
12 h le vendredi au lieu de 12 h 30 pour aller à la prière à la mosquée de la rue des Jardins, et s'il
pouvait décaler sa pause pendant le ramadan qui commence bientôt (il jeûne et préfère ne pas prendre
de pause déjeuner). Il m'a aussi demandé de ne pas le mettre sur le rangement du fonds
« religions » car il « ne veut pas toucher à certains livres ». Je fais comment ? Je ne veux pas le
mettre mal à l'aise.</p>
""",
)

HTML_PAGES["s075_liste_grevistes_service_pm.html"] = (
    "Suivi mouvement social — police municipale",
    """
<h1>Mouvement social du 4 février 2026 — relevé des agents déclarés grévistes</h1>
<p>Service : police municipale de Montvallon. Établi par le chef de service pour le service paie.</p>
<table>
<tr><th>Agent</th><th>Organisation</th><th>Durée</th></tr>
<tr><td>DELPORTE Anthony</td><td>CFDT (délégué)</td><td>journée</td></tr>
<tr><td>ROCHER Ludivine</td><td>FO</td><td>journée</td></tr>
<tr><td>MAHÉ Gwenaël</td><td>non syndiqué</td><td>1 heure</td></tr>
</table>
<p>Motif national : soutien aux personnels pénitentiaires et revendications statutaires. Le relevé ne
doit servir qu'à la retenue sur traitement.</p>
""",
)


# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_ville_visiter_proche_detenu.html"] = (
    "Visiter un proche détenu — Ville de Montvallon",
    """
<h1>Visiter un proche détenu à Montvallon ou à Breuil-les-Chaumes</h1>
<p>Vous avez un proche incarcéré à la maison d'arrêt de Montvallon ou au centre de détention de
Breuil-les-Chaumes ? Cette page rassemble les informations pratiques utiles pour préparer votre visite.
Elle est tenue à jour par la ville avec l'association La Passerelle et les établissements.</p>
<h2>1. Obtenir un permis de visite</h2>
<p>Pour rendre visite à une personne détenue, il faut un permis de visite. Si la personne est
prévenue (en attente de jugement), le permis est délivré par le magistrat chargé du dossier. Si elle
est condamnée, il est délivré par le chef de l'établissement. La demande se fait par écrit, avec une
copie de votre pièce d'identité, deux photographies et un justificatif de domicile, et, le cas échéant,
un justificatif du lien de parenté. Le délai de traitement est de quelques jours à quelques
semaines.</p>
<h2>2. Réserver un parloir</h2>
<p>Maison d'arrêt : par téléphone, du lundi au vendredi de 9 h à 12 h, ou sur la borne de réservation
installée à la maison d'accueil des familles. Centre de détention : par téléphone ou sur la borne du
point d'accueil. Les réservations sont ouvertes jusqu'à la veille à 12 h.</p>
<h2>3. Le jour de la visite</h2>
<ul>
<li>Présentez-vous 30 minutes avant l'heure du parloir avec votre pièce d'identité et votre
permis.</li>
<li>Les téléphones, clés et objets métalliques sont déposés dans des casiers.</li>
<li>Vous passerez sous un portique de détection.</li>
<li>Le linge est déposé dans un sac prévu à cet effet, selon la liste autorisée.</li>
<li>Les enfants mineurs doivent être accompagnés d'un adulte titulaire d'un permis.</li>
</ul>
<h2>4. La maison d'accueil des familles</h2>
<p>L'association La Passerelle vous accueille gratuitement avant et après le parloir, dans ses locaux
du 2 impasse du Vieux-Lavoir (Montvallon) et à l'entrée du centre de détention (Breuil) : salle
d'attente chauffée, boissons, espace enfants, consigne, information et écoute. Les bénévoles sont
tenus à la confidentialité.</p>
<h2>5. Venir en transport</h2>
<p>La navette « Parloirs », gratuite sur présentation du permis de visite, relie la gare SNCF de
Montvallon à la maison d'arrêt et au centre de détention le mercredi et le samedi. Horaires affichés à la
gare et à la maison d'accueil. Stationnement : zone bleue de 3 heures rue des Tanneurs ; parking du
centre de détention et parking complémentaire route de Lussac.</p>
<h2>6. Les unités de vie familiale</h2>
<p>Au centre de détention, les personnes détenues peuvent recevoir leur famille pendant 6 à 72 heures
dans un appartement situé dans l'enceinte. La demande est faite par la personne détenue.</p>
<h2>7. Être soutenu</h2>
<p>L'incarcération d'un proche est une épreuve. Vous pouvez vous adresser à La Passerelle, au point
justice (permanence d'information du SPIP le premier jeudi du mois), aux services sociaux du
Département ou au CCAS, qui peut étudier une aide aux frais de transport.</p>
<h2>7 bis. Le courrier, le téléphone et l'argent</h2>
<p>Vous pouvez écrire librement à votre proche ; le courrier est susceptible d'être contrôlé, sauf la
correspondance avec l'avocat. Les cellules sont équipées d'un téléphone fixe : votre proche peut vous
appeler sur les numéros autorisés par l'établissement. Pour lui envoyer de l'argent, utilisez le
virement sur son compte nominatif, par mandat ou en ligne ; aucune somme ne peut être remise au
parloir.</p>
<h2>7 ter. Ce qui est interdit</h2>
<p>Il est interdit de remettre ou de recevoir tout objet au parloir. La remise d'objets ou de
substances interdites constitue un délit et peut entraîner la suppression du permis de visite et des
poursuites.</p>
<h2>7 quater. Les enfants</h2>
<p>Expliquer la détention d'un parent à un enfant n'est pas simple. La maison d'accueil prête des
livres adaptés à chaque âge et les bénévoles peuvent vous orienter vers un soutien. Les enfants
peuvent venir au parloir dès le plus jeune âge ; des jeux sont à disposition dans certaines salles.</p>
<h2>8. Hébergement des familles</h2>
<p>Pour les familles venant de loin, une liste d'hébergements à tarif réduit (foyer de jeunes
travailleurs, chambres d'hôtes partenaires) est disponible à l'office de tourisme et à la maison
d'accueil.</p>
""",
)

HTML_PAGES["p137_actualite_signature_convention_breuil.html"] = (
    "Actualité — Breuil accueille des TIG",
    """
<h1>Breuil-les-Chaumes signe une convention d'accueil de travaux d'intérêt général</h1>
<p>Publié le 14 mars 2025.</p>
<p>La maire de Breuil-les-Chaumes, Annick Vergnolle, et le directeur du SPIP de la Haute-Vérenne ont
signé lundi une convention permettant l'accueil de quatre personnes en travail d'intérêt général au
service technique communal (entretien des espaces verts, du cimetière et des bâtiments). « Notre
commune vit avec le centre de détention depuis trente ans ; il est naturel que nous prenions notre part
dans la prévention de la récidive », a déclaré la maire. Deux agents communaux ont été formés comme
tuteurs.</p>
""",
)

HTML_PAGES["p138_annuaire_partenaires_cispd.html"] = (
    "Annuaire des partenaires — CISPD du Pays de Breuil",
    """
<h1>Annuaire des partenaires de la prévention — Pays de Breuil</h1>
<table>
<tr><th>Structure</th><th>Mission</th><th>Contact</th></tr>
<tr><td>SPIP de la Haute-Vérenne</td><td>Suivi des personnes condamnées, TIG</td><td>Standard de
l'antenne de Montvallon</td></tr>
<tr><td>Vérenne Aide aux Victimes</td><td>Aide juridique et psychologique aux victimes</td><td>116 006 ;
permanence mairie de Breuil le 2e mardi</td></tr>
<tr><td>La Passerelle</td><td>Accueil des familles de personnes détenues</td><td>Antenne à l'entrée du
CD</td></tr>
<tr><td>Le Gué</td><td>Réinsertion, logement, chantier d'insertion</td><td>11 rue du Moulin,
Montvallon</td></tr>
<tr><td>CSAPA Le Rivage</td><td>Soins en addictologie</td><td>Consultation avancée à Breuil le
jeudi</td></tr>
<tr><td>Centre social intercommunal</td><td>Jeunesse, familles</td><td>Place de l'Église, Breuil</td></tr>
</table>
""",
)

HTML_PAGES["p139_offre_emploi_mediateur_nuit.html"] = (
    "Offre d'emploi — médiateur de nuit",
    """
<h1>La ville de Montvallon recrute des médiateurs sociaux de nuit (H/F) pour l'été 2026</h1>
<p>Contrats saisonniers du 1er juillet au 31 août, 35 h hebdomadaires, de 19 h à 2 h.</p>
<p>Missions : assurer une présence apaisante dans l'espace public (centre-ville, gare, parcs), prévenir
et gérer les conflits d'usage, orienter les personnes vulnérables vers les services compétents,
signaler les dysfonctionnements, travailler en lien avec la police municipale et les associations.</p>
<p>Profil : diplôme de médiateur social ou expérience de l'animation ou de la prévention ; calme,
écoute ; permis B. Rémunération : SMIC + majoration de nuit. Candidature avant le 15 avril.</p>
""",
)

HTML_PAGES["p140_faq_associations_accueillir_tig.html"] = (
    "FAQ — accueillir un TIG dans votre association",
    """
<h1>Associations : accueillir une personne en travail d'intérêt général — questions fréquentes</h1>
<h2>Mon association peut-elle accueillir un TIG ?</h2>
<p>Oui, toute association habilitée par le juge de l'application des peines peut accueillir des
personnes condamnées à un TIG. L'habilitation est demandée par l'intermédiaire du SPIP, qui vous aide à
définir un ou plusieurs postes.</p>
<h2>Quelles tâches confier ?</h2>
<p>Des tâches utiles, qui ne remplacent pas un emploi salarié : entretien de locaux ou d'espaces
extérieurs, logistique d'une banque alimentaire, tri dans une ressourcerie, préparation d'événements,
aide à la restauration d'un patrimoine… Les tâches impliquant un contact avec des mineurs ou des
personnes vulnérables sont examinées au cas par cas.</p>
<h2>Qui encadre ?</h2>
<p>Un tuteur, salarié ou bénévole de l'association, désigné pour chaque poste et formé gratuitement par
le SPIP. Il accueille la personne, organise son travail et informe le SPIP.</p>
<h2>Qui est responsable en cas d'accident ou de dommage ?</h2>
<p>L'État. Les dommages causés par la personne pendant le TIG sont pris en charge par l'État, et les
accidents dont elle serait victime relèvent de la législation des accidents du travail, à la charge
de l'État. Votre association n'a pas à souscrire d'assurance supplémentaire.</p>
<h2>Connaîtrai-je les faits commis ?</h2>
<p>Non. Le SPIP vous transmet seulement les informations utiles à l'accueil. Si un poste n'est pas
adapté à une situation, le SPIP ne le proposera pas.</p>
<h2>Combien de temps cela prend-il ?</h2>
<p>Une mesure dure de 20 à 400 heures, réparties selon les disponibilités de la personne et de
l'association, dans un délai maximal de 18 mois. Le temps d'encadrement dépend de la tâche.</p>
<h2>Et si cela se passe mal ?</h2>
<p>Prévenez le SPIP : il est joignable aux heures ouvrables et intervient rapidement. Vous pouvez mettre
fin à l'accueil si la situation l'exige. Dans la grande majorité des cas, les mesures se déroulent sans
incident.</p>
<h2>Est-ce gratuit pour l'association ?</h2>
<p>Oui. Aucune contribution financière n'est demandée, et la personne n'est pas rémunérée. Seuls les
équipements de protection éventuels sont à la charge de l'association ; un financement peut être
sollicité au titre du FIPD.</p>
<h2>La personne peut-elle être mineure ?</h2>
<p>Les mineurs de 16 à 18 ans peuvent être condamnés à un TIG. Leur accueil est organisé avec la
protection judiciaire de la jeunesse et suppose des tâches adaptées à leur âge ; toutes les
associations ne s'y prêtent pas.</p>
<h2>Et après la mesure ?</h2>
<p>Certaines associations gardent un lien avec les personnes accueillies, qui deviennent parfois
bénévoles, voire salariées. Une attestation d'activité, sans mention de la justice, peut être remise
à la personne qui le souhaite. C'est souvent l'un des bénéfices les plus durables du TIG.</p>
<h2>Comment commencer ?</h2>
<p>Contactez la coordinatrice TIG du SPIP de la Haute-Vérenne, ou consultez la plateforme nationale du
travail d'intérêt général. Une rencontre sur place permettra de définir le poste.</p>
""",
)

HTML_PAGES["p141_agenda_semaine_prevention_recidive.html"] = (
    "Agenda — semaine de la prévention",
    """
<h1>Agenda : « Une peine utile ? » — semaine de la prévention de la récidive, du 16 au 21 mars 2026</h1>
<ul>
<li>Lundi 16 : exposition de photographies réalisées par des personnes détenues au CD (médiathèque,
vernissage 18 h).</li>
<li>Mercredi 18 : ciné-débat « Le TIG, et après ? » au cinéma Le Rex, 20 h.</li>
<li>Jeudi 19 : visite du chantier d'insertion Bâti-Vérenne pour les élus et habitants (inscription).</li>
<li>Samedi 21 : forum des associations partenaires, halle du marché, 10 h – 17 h.</li>
</ul>
<p>Entrée libre. Les œuvres exposées sont présentées avec l'accord de leurs auteurs, sous forme
anonyme.</p>
""",
)

HTML_PAGES["p142_avis_attribution_telesurveillance.html"] = (
    "Avis d'attribution — télésurveillance",
    """
<h1>Avis d'attribution — télésurveillance des bâtiments municipaux</h1>
<p>Pouvoir adjudicateur : ville de Montvallon. Procédure adaptée 2025-SEC-07.</p>
<p>Attributaire : SécuriLink Services SAS (Limoges). Montant annuel estimé : 38 400 € HT. Durée :
3 ans. Offres reçues : 5. Critères : prix 40 %, valeur technique 60 %.</p>
<p>Recours : tribunal administratif de Limoges, dans les délais prévus au code de justice
administrative.</p>
""",
)

HTML_PAGES["p143_page_spip_presentation_public.html"] = (
    "Le SPIP de la Haute-Vérenne",
    """
<h1>Le service pénitentiaire d'insertion et de probation de la Haute-Vérenne</h1>
<p>Le SPIP suit les personnes condamnées par les juridictions du département, qu'elles soient
détenues ou suivies en milieu ouvert. Ses conseillers contrôlent le respect des obligations fixées par
les juges, évaluent les situations, préparent les aménagements de peine et la sortie de détention et
animent des programmes de prévention de la récidive.</p>
<h2>Nos implantations</h2>
<ul><li>Direction fonctionnelle et antenne de Sarlenque</li><li>Antenne de Montvallon, 4 rue du
Parc-aux-Chênes</li><li>Antennes en milieu fermé : maison d'arrêt de Montvallon, centre de détention de
Breuil-les-Chaumes</li></ul>
<h2>Vous êtes convoqué ?</h2>
<p>Présentez-vous à l'heure avec votre convocation et une pièce d'identité. En cas d'empêchement,
prévenez votre conseiller à l'avance.</p>
""",
)

HTML_PAGES["p144_page_association_aide_victimes.html"] = (
    "Vérenne Aide aux Victimes — nous contacter",
    """
<h1>Vérenne Aide aux Victimes</h1>
<p>Vous avez été victime d'une infraction (violences, vol, cambriolage, agression sexuelle, accident de
la route, escroquerie…) ? Notre association vous accueille gratuitement et en toute confidentialité,
que vous ayez porté plainte ou non.</p>
<h2>Ce que nous proposons</h2>
<ul>
<li>Information sur vos droits et sur la procédure ;</li>
<li>Accompagnement dans les démarches (plainte, constitution de partie civile, indemnisation) ;</li>
<li>Soutien psychologique pour vous et vos enfants ;</li>
<li>Accompagnement à l'audience ;</li>
<li>Information lors de la libération de l'auteur ;</li>
<li>Orientation vers un avocat, un hébergement, les services sociaux.</li>
</ul>
<h2>Où nous trouver ?</h2>
<p>Tribunal judiciaire de Montvallon (du lundi au vendredi), commissariat de Montvallon (mardi et
jeudi), point justice (lundi et jeudi matin), mairies de Breuil, Lussac et Chambéraud (permanence
itinérante). Numéro national d'aide aux victimes : 116 006.</p>
""",
)

HTML_PAGES["p145_page_clspd_ville.html"] = (
    "Le CLSPD — Ville de Montvallon",
    """
<h1>Le conseil local de sécurité et de prévention de la délinquance</h1>
<p>Présidé par le maire, le CLSPD réunit l'État (préfecture, police, justice, éducation nationale), le
Département, le bailleur social, les associations et les services de la ville. Il définit et met en
œuvre la stratégie territoriale de sécurité et de prévention de la délinquance 2025-2028.</p>
<h2>Cinq priorités</h2>
<ol>
<li>Les jeunes exposés à la délinquance ;</li>
<li>La prévention de la récidive (TIG, aménagements de peine, logement des sortants) ;</li>
<li>Les victimes et les violences intrafamiliales ;</li>
<li>La tranquillité publique ;</li>
<li>Les liens entre la ville et ses établissements pénitentiaires.</li>
</ol>
<h2>Documents</h2>
<p>Stratégie territoriale (synthèse), bilans annuels, comptes rendus des séances plénières (les
échanges des groupes restreints sur des situations individuelles ne sont pas publiés).</p>
""",
)

HTML_PAGES["p146_communique_ville_abri_familles.html"] = (
    "Communiqué — abri pour les familles",
    """
<h1>Un abri pour les familles devant la maison d'arrêt</h1>
<p>Montvallon, le 3 novembre 2025. Les familles qui attendent l'ouverture des parloirs rue des Tanneurs
disposent désormais d'un abri couvert de 24 m², installé par les services techniques de la ville sur le
domaine public communal, avec l'accord de l'administration pénitentiaire. Coût : 9 800 € TTC. « Personne
ne devrait attendre sous la pluie pour voir un proche, encore moins un enfant », a déclaré l'adjointe à
la cohésion sociale.</p>
""",
)

HTML_PAGES["p147_recrutement_agent_accueil_point_justice.html"] = (
    "Recrutement — agent d'accueil point justice",
    """
<h1>Agent d'accueil et d'orientation — point justice et maison France services (H/F)</h1>
<p>Cadre d'emplois des adjoints administratifs, temps complet. Missions : accueil physique et
téléphonique, prise de rendez-vous des permanences (avocats, conciliateur, aide aux victimes, SPIP,
associations), orientation des usagers, aide aux démarches en ligne. Discrétion indispensable.
Formation assurée au repérage des violences intrafamiliales. Candidature avant le 31 janvier.</p>
""",
)

HTML_PAGES["p148_fiche_pratique_casier_judiciaire.html"] = (
    "Fiche pratique — le casier judiciaire",
    """
<h1>Le casier judiciaire : ce qu'il faut savoir</h1>
<p>Le casier judiciaire national comporte trois bulletins. Le bulletin n° 1, complet, n'est délivré
qu'aux autorités judiciaires. Le bulletin n° 2 est délivré à certaines administrations et à certains
employeurs (fonction publique, emplois au contact de mineurs). Le bulletin n° 3, le plus réduit, ne
peut être demandé que par la personne elle-même, gratuitement, en ligne.</p>
<p>Il est possible de demander au tribunal qui a prononcé la condamnation l'exclusion d'une mention du
bulletin n° 2 ou n° 3, notamment pour faciliter une insertion professionnelle. Le point justice peut
vous aider à rédiger la requête.</p>
""",
)

HTML_PAGES["p149_statistiques_navette_parloirs.html"] = (
    "Navette Parloirs — fréquentation",
    """
<h1>Navette « Parloirs » : fréquentation 2025</h1>
<table>
<tr><th>Trimestre</th><th>Voyages</th><th>dont enfants</th><th>Taux de remplissage samedi 13 h 10</th></tr>
<tr><td>T1</td><td>2 310</td><td>540</td><td>94 %</td></tr>
<tr><td>T2</td><td>2 460</td><td>610</td><td>98 %</td></tr>
<tr><td>T3</td><td>2 580</td><td>720</td><td>103 %</td></tr>
<tr><td>T4 (estim.)</td><td>2 450</td><td>590</td><td>99 %</td></tr>
</table>
<p>Une rotation supplémentaire le samedi à 13 h 40 est mise en place à compter de janvier 2026.</p>
""",
)

HTML_PAGES["p150_palmares_concours_ecriture_detention.html"] = (
    "Palmarès du concours d'écriture",
    """
<h1>Palmarès du concours d'écriture « Dire dehors » 2025</h1>
<p>Organisé par la médiathèque Jeanne-Chauvin et le SPIP, le concours était ouvert aux personnes
détenues des deux établissements du département. 47 textes ont été reçus. Le jury, présidé par la
romancière Hélène Ardouin, a distingué trois textes, publiés dans un recueil disponible à la
médiathèque, sous les pseudonymes choisis par leurs auteurs : « La fenêtre du bâtiment C » (Orion),
« Lettre à ma fille » (K.), « Le bruit des clés » (Petit-Jean).</p>
<p>Remise des prix au centre de détention le 15 décembre, en présence des lauréats.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
