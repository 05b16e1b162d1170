"""Build the .docx and .html documents of the hand-written sensitivity set holdout23.

Theme: defence, veterans and remembrance in a département: the ONaCVG service (veterans' cards,
war pensions, wards of the nation), military reservists and their employers, the defence
correspondent of each commune, the national defence and citizenship day (JDC), commemorations and
memorials, military health and disability pensions, a regiment's relations with the town,
defence-industry sites (security, markings, business secrets), archives of WWI/WWII soldiers,
public reports and press releases.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout23_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout23"
FIXED = dt.datetime(2025, 12, 9, 10, 30, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_expertise_aggravation_amputation.docx"] = [
    ("title", "Rapport d'expertise médicale — demande de révision pour aggravation"),
    para("""Pension militaire d'invalidité n° PMI-2014-33107. Pensionné : M. Cyril Lafargue, né le
    12 avril 1986, ancien caporal-chef du 27e régiment du génie, demeurant à Bourg-Lavit.
    Expert désigné : docteur Bernard Cayla, chirurgien orthopédiste, médecin expert agréé auprès du
    service des retraites de l'État. Examen réalisé le 3 septembre 2025 au cabinet de l'expert, en
    présence du médecin conseil de l'intéressé, le docteur Marie Soulié."""),
    ("h", "1. Rappel des faits et des infirmités pensionnées"),
    para("""Le 27 juillet 2011, en Kapisa (Afghanistan), le véhicule de l'avant blindé dans lequel
    M. Lafargue occupait la place de tireur a été détruit par un engin explosif improvisé. M.
    Lafargue a été évacué vers l'hôpital de Bagram puis rapatrié à l'hôpital d'instruction des
    armées Percy. Il a subi une amputation trans-tibiale de la jambe gauche le 29 juillet 2011,
    ainsi qu'une ostéosynthèse du fémur droit et une greffe cutanée de la main droite brûlée."""),
    para("""Par décision du 14 mars 2014, une pension militaire d'invalidité lui a été concédée au
    taux global de 85 % pour les infirmités suivantes : amputation de jambe gauche au tiers moyen
    (60 %) ; raideur du genou droit et cal vicieux du fémur (20 %) ; séquelles de brûlures de la
    main droite avec limitation de la préhension (15 %) ; acouphènes bilatéraux (10 %). Une
    infirmité psychique (état de stress post-traumatique) a été ajoutée en 2017 au taux de 30 %,
    portant le taux global à 100 % avec degrés de surpension."""),
    ("h", "2. Objet de la demande"),
    para("""Par demande du 6 février 2025, M. Lafargue sollicite la révision de sa pension pour
    aggravation de l'infirmité n° 1 et pour infirmité nouvelle : il fait état de douleurs du
    moignon rendant le port de la prothèse impossible plus de quatre heures par jour, de douleurs
    lombaires chroniques et d'une arthrose débutante de la hanche droite qu'il rattache aux
    contraintes de la marche appareillée depuis quatorze ans."""),
    ("h", "3. Doléances"),
    para("""L'intéressé décrit des douleurs fantômes quotidiennes, à type de brûlures et de décharges
    électriques, plus intenses la nuit, ayant nécessité l'instauration d'un traitement par
    prégabaline en 2023 et deux séjours au centre d'évaluation et de traitement de la douleur. Il
    signale des ulcérations récidivantes du moignon au contact de l'emboîture, malgré trois
    changements de manchon en deux ans. Il utilise un fauteuil roulant pour les déplacements
    supérieurs à 500 mètres depuis l'été 2024. Il a dû renoncer à son emploi de moniteur d'escalade
    en salle, qu'il exerçait à mi-temps depuis sa réforme. Il indique un retentissement important
    sur son humeur et son sommeil ; il est toujours suivi en consultation de psychotraumatologie
    tous les deux mois et par un psychologue libéral chaque semaine."""),
    ("h", "4. Examen clinique"),
    para("""Homme de 39 ans, 1,78 m, 91 kg (prise de poids de 11 kg depuis 2022). Moignon
    trans-tibial gauche de 14 cm, de bonne trophicité musculaire, mais présentant à la face
    antérieure une cicatrice adhérente et une ulcération de 1,5 cm en voie de cicatrisation au
    regard de la crête tibiale. Névrome palpable à la face latérale, reproduisant les douleurs à la
    percussion (signe de Tinel positif). Genou gauche : mobilité complète. Hanche droite : flexion
    limitée à 95°, rotation interne à 10°, douloureuse en fin de course. Rachis lombaire : indice
    de Schober à 10 + 3, contracture paravertébrale. Marche appareillée avec boiterie d'esquive,
    périmètre limité à 300 mètres sans canne ; appui monopodal droit impossible plus de cinq
    secondes."""),
    ("h", "5. Examens complémentaires"),
    para("""Radiographies du bassin et des hanches (juillet 2025) : pincement articulaire supérieur
    de la hanche droite, ostéophytose débutante ; coxarthrose stade 2 de Kellgren. IRM du moignon
    (mai 2025) : névrome de 9 mm du nerf fibulaire superficiel ; absence d'ostéite. IRM lombaire :
    discopathie L4-L5 et L5-S1 avec protrusion discale, sans conflit radiculaire. Compte rendu du
    centre de la douleur (avril 2025) : douleur neuropathique sévère, échelle numérique à 7/10 en
    moyenne ; indication d'une exérèse chirurgicale du névrome discutée."""),
    ("h", "6. Discussion"),
    para("""L'aggravation de l'infirmité n° 1 est établie : le névrome et les ulcérations
    récidivantes limitent de manière significative le port de l'appareillage, ce qui constitue un
    élément d'aggravation au sens du guide-barème. La coxarthrose droite et la lombalgie chronique
    sont, selon la littérature et au vu de l'absence d'antécédent et de l'âge de l'intéressé, en
    relation médicale directe et certaine avec les contraintes biomécaniques de la marche
    appareillée depuis 2011 : elles peuvent être rattachées à l'infirmité initiale en tant
    qu'infirmités nouvelles. La prise de poids, liée en partie à la réduction de l'activité
    physique et au traitement, constitue un facteur aggravant sans rompre le lien de causalité."""),
    ("h", "7. Conclusions"),
    ("table", [
        ["Infirmité", "Taux antérieur", "Taux proposé"],
        ["Amputation jambe gauche, névrome, ulcérations, port limité de la prothèse", "60 %", "70 %"],
        ["Coxarthrose droite secondaire (infirmité nouvelle)", "—", "15 %"],
        ["Lombalgie chronique secondaire (infirmité nouvelle)", "—", "10 %"],
        ["Autres infirmités pensionnées", "inchangées", "inchangées"],
    ]),
    para("""L'expert propose en outre la reconnaissance du besoin d'une tierce personne à temps
    partiel pour certains actes de la vie quotidienne lors des poussées douloureuses, ce point
    relevant de l'appréciation de la commission consultative médicale. Il recommande qu'une
    nouvelle expertise soit réalisée après l'éventuelle intervention chirurgicale sur le névrome."""),
    para("""Rapport établi en deux exemplaires, couvert par le secret médical, destiné au service des
    retraites de l'État et communicable à l'intéressé sur sa demande. Fait à Montauban, le 17
    septembre 2025. Docteur Bernard Cayla."""),
]

DOCX_BLOCKS["s047_note_analyse_offre_concurrente_munitions.docx"] = [
    ("title", "Note d'analyse des offres — marché de conditionnement de charges propulsives"),
    para("""Arméa Systèmes, direction des achats, établissement de Valbrune. Consultation
    ACH-VAL-2025-061. Document réservé au comité des achats : il contient les conditions
    commerciales et les données économiques communiquées sous le sceau de la confidentialité par
    les soumissionnaires ; il ne doit en aucun cas leur être communiqué ni être transmis à des
    tiers."""),
    ("h", "1. Objet"),
    para("""Fourniture pendant trois ans de 180 000 douilles combustibles et de 60 000 conteneurs
    étanches pour charges modulaires, avec une option de 30 % en cas de montée en cadence. Trois
    offres ont été reçues : Pyroform Industrie (Bergerac), Plastisud Défense (Castres) et la
    coentreprise Nordimex-Kessler (Alsace-Bade-Wurtemberg)."""),
    ("h", "2. Prix et structure de coûts"),
    ("table", [
        ["Soumissionnaire", "Prix douille (€ HT)", "Prix conteneur (€ HT)", "Total 3 ans (M€)"],
        ["Pyroform Industrie", "41,20", "118,00", "14,50"],
        ["Plastisud Défense", "38,75", "126,40", "14,56"],
        ["Nordimex-Kessler", "36,10", "109,80", "13,09"],
    ]),
    para("""Pyroform a communiqué, à notre demande, sa structure de coûts : la nitrocellulose représente
    47 % du prix de la douille, achetée à un prix indexé garanti jusqu'en juin 2026 par un contrat
    cadre avec son fournisseur ; la main-d'œuvre 22 % ; la marge opérationnelle annoncée est de
    8,4 %, dont le soumissionnaire précise qu'elle pourrait descendre à 5 % « pour conserver le
    client ». Plastisud indique que son prix intègre l'amortissement d'une nouvelle presse de 2,1
    M€ financée par un prêt de la région et qu'en deçà de 150 000 douilles commandées sa marge
    deviendrait négative. Nordimex-Kessler obtient un prix inférieur grâce à un procédé breveté de
    moulage sous vide qui réduit le taux de rebut à 1,2 % (contre 4 à 6 % chez les concurrents) ;
    elle fait valoir que ce procédé, décrit dans l'annexe technique remise sous pli séparé, n'est
    pas encore divulgué."""),
    ("h", "3. Solidité financière"),
    para("""Les bilans communiqués font apparaître pour Plastisud une situation tendue : capitaux
    propres négatifs de 0,4 M€ après une perte de 1,3 M€ en 2024, un plan de sauvegarde arrêté en
    2023 et un actionnaire qui a consenti un abandon de compte courant. Pyroform est saine
    (trésorerie 6,8 M€). Nordimex-Kessler est adossée à un groupe allemand dont le chiffre
    d'affaires défense a doublé."""),
    ("h", "4. Sécurité d'approvisionnement et souveraineté"),
    para("""L'offre la moins chère implique une production pour moitié hors de France ; le contrat
    devrait comporter une clause de priorité et un stock de sécurité localisé à Valbrune. Pyroform
    propose un engagement de réactivité (livraison en 15 jours de 10 % du volume annuel
    supplémentaire), Nordimex-Kessler en 45 jours."""),
    ("h", "5. Notation"),
    ("table", [
        ["Critère (pondération)", "Pyroform", "Plastisud", "Nordimex-Kessler"],
        ["Prix (40)", "35,1", "35,0", "40,0"],
        ["Valeur technique (30)", "26", "22", "28"],
        ["Sécurité d'approvisionnement (20)", "19", "14", "12"],
        ["Solidité financière (10)", "9", "4", "8"],
        ["Total", "89,1", "75,0", "88,0"],
    ]),
    ("h", "6. Proposition"),
    para("""Le service propose d'attribuer le marché à Pyroform Industrie, en engageant une négociation
    sur le prix de la douille sur la base de la marge révélée (objectif : 39,50 € HT), et de
    maintenir un contact avec Nordimex-Kessler pour une éventuelle seconde source après
    qualification du procédé. Le comité est invité à se prononcer le 14 octobre 2025."""),
    para("""Rédacteur : acheteur principal, famille pyrotechnie. Confidentiel — secret des affaires.
    Diffusion limitée aux membres du comité des achats."""),
]

DOCX_BLOCKS["s048_plan_protection_interne_site_valbrune.docx"] = [
    ("title", "DIFFUSION RESTREINTE — Plan de protection interne de l'établissement de Valbrune"),
    para("""Arméa Systèmes, établissement de Valbrune, point d'importance vitale. Version 4.2,
    approuvée par l'officier de sécurité le 30 juin 2025. Document classé « Diffusion Restreinte » :
    il ne peut être communiqué qu'aux personnes ayant besoin d'en connaître. Toute reproduction
    doit être enregistrée. Exemplaire n° 6 sur 9."""),
    ("h", "1. Périmètre et zonage"),
    para("""L'établissement s'étend sur 86 hectares. Il est divisé en trois zones : la zone
    administrative (bâtiments A1 à A4, parking du personnel), la zone de production (ateliers 1 à 9)
    et la zone de stockage (magasins M1 à M14, dont les magasins M9 à M14 abritent les produits
    finis de classe 1.1). La zone de stockage est une zone réservée au sens de l'instruction
    interministérielle ; l'accès y est soumis à une autorisation nominative et à la double
    authentification par badge et empreinte digitale."""),
    ("h", "2. Dispositif de surveillance"),
    para("""Le poste central de sécurité (PCS) est situé au rez-de-chaussée du bâtiment A2, porte 14.
    Il est armé 24 h sur 24 par deux opérateurs de la société Orbize Sécurité Services, renforcés
    de 6 h à 22 h par un chef de poste salarié de l'établissement. Le site compte 148 caméras, dont
    36 thermiques sur le périmètre. Les détections périmétriques (câble de choc et barrières
    infrarouges) sont reportées au PCS ; en cas d'alarme, la levée de doute vidéo doit intervenir en
    moins de 60 secondes. Deux zones ne sont couvertes que partiellement : le talweg du ruisseau de
    la Lèze, au sud-est, où la clôture franchit le cours d'eau par une grille submergée en période
    de crue, et l'angle nord-ouest derrière le magasin M3, masqué par le merlon."""),
    para("""Les rondes de l'équipe cynophile sont effectuées trois fois par nuit. Le planning est
    établi par le chef de poste et modifié chaque semaine ; il est conservé dans le coffre du PCS.
    L'équipe d'intervention interne comprend quatre agents en journée et deux la nuit ; le délai
    d'arrivée de la gendarmerie (peloton de surveillance et d'intervention de Bourg-Lavit) est
    évalué à 18 minutes de jour et 25 minutes de nuit."""),
    ("h", "3. Contrôle d'accès"),
    para("""Entrée principale : sas véhicules avec herses escamotables et contrôle du dessous des
    véhicules par miroir. Entrée logistique est : ouverte de 6 h 30 à 19 h, fermée par barrière
    antibélier ; en dehors de ces horaires, l'ouverture est commandée depuis le PCS après
    identification par interphone vidéo. Entrée de secours ouest (accès pompiers) : portail à
    commande locale par clé de sécurité, dont trois exemplaires existent (PCS, SDIS, direction).
    Les codes des digicodes des locaux techniques sont changés le premier jour de chaque trimestre ;
    ils sont communiqués aux seuls chefs d'équipe de maintenance par message chiffré."""),
    ("h", "4. Systèmes d'information"),
    para("""Le réseau industriel (automates des lignes de chargement) est physiquement séparé du réseau
    bureautique. Les postes de supervision sont situés dans les ateliers 4 et 7. Les transferts de
    fichiers entre les deux réseaux se font exclusivement par une station blanche située au
    bâtiment A3, salle 112. Un audit de 2024 a relevé que deux automates de l'atelier 7 conservaient
    des mots de passe constructeur ; leur remplacement est programmé en novembre 2025. Jusqu'à
    cette date, une surveillance renforcée des accès physiques à l'armoire de l'atelier 7 est
    demandée."""),
    ("h", "5. Niveaux de posture"),
    ("table", [
        ["Posture", "Déclenchement", "Mesures principales"],
        ["Normale", "Par défaut", "Dispositif décrit aux paragraphes 2 à 4"],
        ["Renforcée", "Plan Vigipirate « urgence attentat » ou menace ciblée",
         "Fermeture de l'entrée est, doublement des rondes, fouille systématique des véhicules"],
        ["Alerte", "Intrusion avérée ou acte de malveillance",
         "Confinement, arrêt des lignes, appel PSIG, activation de la cellule de crise au bâtiment A4"],
    ]),
    ("h", "6. Vulnérabilités identifiées et mesures compensatoires"),
    para("""(a) Talweg de la Lèze : installation d'une détection par câble enterré prévue au premier
    trimestre 2026 ; dans l'intervalle, une ronde supplémentaire est effectuée lors des épisodes de
    crue. (b) Angle nord-ouest : une caméra thermique sur mât doit être posée en décembre. (c)
    Dépendance à un prestataire unique de gardiennage : un plan de continuité prévoit le recours
    au personnel de l'établissement en cas de grève ou de défaillance. (d) Survol par drone :
    l'établissement est situé dans une zone interdite de survol ; aucun dispositif de détection
    n'est installé à ce jour, une étude étant conduite avec la direction générale de l'armement."""),
    ("h", "7. Gestion de crise"),
    para("""La cellule de crise est réunie au bâtiment A4, salle Orbize, sur décision du directeur ou
    de son suppléant. Elle dispose d'une ligne téléphonique sécurisée et d'un annuaire de crise
    mis à jour chaque mois. Les liaisons avec la préfecture sont assurées par le
    centre opérationnel départemental. Un exercice de crise est organisé chaque année, dont un sur
    deux en commun avec la gendarmerie et le SDIS. Le dernier exercice (mai 2025) a montré un délai
    de confinement des ateliers de 11 minutes, pour un objectif de 8 minutes."""),
    ("h", "8. Sensibilisation du personnel"),
    para("""Chaque salarié et chaque intervenant extérieur reçoit une sensibilisation à la sûreté
    lors de son arrivée. Les salariés habilités suivent une formation annuelle sur la protection du
    secret, le signalement des comportements suspects et les approches par des services étrangers,
    notamment sur les réseaux sociaux professionnels. Les incidents sont signalés à l'officier de
    sécurité, qui en rend compte à la direction de la protection des installations, moyens et
    activités de la défense."""),
    ("h", "8 bis. Retour d'expérience des incidents de l'année"),
    para("""Le 14 février 2025, un drone de loisir a été observé à la verticale de la zone de stockage
    pendant environ quatre minutes, à une altitude estimée à 80 mètres. Le télépilote n'a pas été
    identifié ; la gendarmerie a été avisée. L'événement a mis en évidence l'absence de consigne
    précise des opérateurs du PCS face à un survol : une fiche réflexe a été rédigée (annexe C,
    fiche 12). Le 3 avril, un ancien salarié d'un sous-traitant, dont l'autorisation d'accès avait
    expiré le 31 mars, a pu franchir le tourniquet de l'entrée principale grâce à un badge non
    désactivé ; il se rendait à un rendez-vous commercial. La synchronisation entre la base des
    autorisations et le système de contrôle d'accès, jusqu'ici hebdomadaire, est désormais
    quotidienne. Le 22 juillet, une coupure électrique de 47 minutes consécutive à un orage a
    entraîné l'arrêt de 31 caméras dont l'alimentation ondulée était défaillante ; les batteries
    des onduleurs des mâts 18 à 29 ont été remplacées."""),
    para("""Le 9 septembre, lors d'un test inopiné, un auditeur de la direction de la sécurité du
    groupe a déposé un sac abandonné dans le hall du bâtiment A1 ; le sac n'a été signalé qu'au
    bout de 2 heures 10. Une nouvelle campagne de sensibilisation a été lancée. Le 30 septembre,
    un véhicule immatriculé à l'étranger a stationné à deux reprises sur le chemin communal longeant
    la face nord ; les occupants photographiaient les installations. Le signalement a été transmis
    à la direction du renseignement et de la sécurité de la défense, qui a pris l'affaire en compte.
    Ces événements confirment que la face nord et la zone de stockage demeurent les points
    d'attention prioritaires du dispositif."""),
    ("table", [
        ["Date", "Événement", "Mesure corrective", "Statut"],
        ["14/02/2025", "Survol de drone", "Fiche réflexe C-12 ; étude détection", "En cours"],
        ["03/04/2025", "Badge non désactivé", "Synchronisation quotidienne", "Clos"],
        ["22/07/2025", "Coupure vidéo après orage", "Remplacement des batteries", "Clos"],
        ["09/09/2025", "Colis suspect non signalé", "Sensibilisation", "En cours"],
        ["30/09/2025", "Repérage photographique", "Signalement DRSD", "Transmis"],
    ]),
    ("h", "9. Annexes (non jointes à cet exemplaire)"),
    para("""Annexe A : plan de masse avec positions des caméras et des détections. Annexe B :
    annuaire de crise. Annexe C : fiches réflexes des opérateurs du PCS. Annexe D : liste
    nominative des personnes autorisées en zone réservée."""),
    para("""Le présent plan est révisé chaque année et après tout incident significatif. Sa prochaine
    révision intégrera les résultats de l'étude de détection des drones, la pose de la caméra de
    l'angle nord-ouest et la détection enterrée du talweg de la Lèze. Les observations sont à adresser
    à l'officier de sécurité par la messagerie protégée."""),
    para("DIFFUSION RESTREINTE — ne pas reproduire sans autorisation de l'officier de sécurité."),
]

DOCX_BLOCKS["s049_rapport_enquete_commandement_sous_officier.docx"] = [
    ("title", "Rapport d'enquête de commandement — comportement du sergent-chef Anthony Barrière"),
    para("""27e régiment du génie, 2e compagnie. Enquête ordonnée par le chef de corps le 2 juin 2025
    et conduite par le commandant en second du régiment. Destinataires : chef de corps, bureau
    des ressources humaines. Document nominatif à caractère disciplinaire."""),
    ("h", "1. Origine de l'enquête"),
    para("""Le 28 mai 2025, trois militaires du rang de la section commandée par le sergent-chef
    Barrière ont remis au commandant d'unité une lettre collective dénonçant des brimades
    répétées, des insultes, des punitions collectives non réglementaires (séances de pompes au
    milieu de la nuit) et des propos dégradants à l'égard de la seule femme de la section. L'un
    d'eux indiquait avoir été contraint de rester debout au garde-à-vous pendant deux heures sous
    la pluie lors du bivouac de mai."""),
    ("h", "2. Auditions"),
    para("""Onze militaires de la section ont été entendus, ainsi que le chef de section, l'adjudant
    d'unité et l'intéressé. Huit témoignages concordent sur l'existence d'insultes quotidiennes
    (« bande de déchets », « tu ne vaux rien »), de réveils nocturnes injustifiés et de l'exclusion
    délibérée d'un militaire des activités de cohésion. La soldate mentionnée dans la lettre a
    confirmé que le sergent-chef lui avait dit à plusieurs reprises que « les femmes n'ont rien à
    faire au génie de combat » et avait commenté son physique devant la section. Deux militaires
    n'ont rien signalé ; un a déclaré que « c'est comme ça qu'on forme des soldats »."""),
    para("""Le sergent-chef Barrière, entendu le 12 juin, reconnaît une « méthode exigeante » mais
    conteste les insultes et les propos sexistes. Il explique avoir été lui-même formé de cette
    manière et met en avant le niveau opérationnel de sa section, classée première au contrôle
    opérationnel de l'unité en mars. Il évoque des difficultés personnelles depuis sa séparation
    d'avec sa compagne en janvier et un sommeil perturbé, sans vouloir en dire davantage."""),
    ("h", "3. Antécédents"),
    para("""Le dossier de l'intéressé mentionne une punition de dix jours d'arrêts en 2019 pour
    conduite d'un véhicule militaire sous l'empire d'un état alcoolique, et une condamnation
    pénale de 2021 par le tribunal correctionnel de Montauban à une amende de 800 € pour
    violences sans incapacité commises hors service lors d'une altercation sur un parking. Ses
    notations, excellentes jusqu'en 2022, mentionnent depuis « un tempérament impulsif à
    canaliser »."""),
    para("""Le chef de section reconnaît avoir été informé en février, par un caporal, de « réveils un
    peu musclés », sans avoir mesuré la gravité des faits. L'adjudant d'unité indique que le
    sergent-chef Barrière lui avait confié, au printemps, traverser une période de consommation
    d'alcool excessive après sa séparation et qu'il lui avait conseillé de consulter, sans en
    rendre compte au commandant d'unité. L'intéressé n'a pas donné suite."""),
    para("""L'enquête n'a pas établi de violence physique directe, mais la station debout imposée
    sous la pluie pendant deux heures est confirmée par quatre témoins."""),
    ("h", "4. Appréciation"),
    para("""Les faits de brimades et de punitions collectives sont établis ; ils constituent des
    manquements au règlement de discipline générale et au devoir de respect de la dignité des
    subordonnés. Les propos à caractère sexiste, confirmés par plusieurs témoins, relèvent des
    agissements sexistes au sens de l'article L. 4123-10-2 du code de la défense. Ils justifient
    une saisine de la cellule Thémis."""),
    ("h", "5. Propositions"),
    ("table", [
        ["Mesure", "Proposition"],
        ["Sanction disciplinaire", "Blâme du ministre (sanction du 2e groupe), après conseil de discipline"],
        ["Affectation", "Retrait du commandement de section, mutation en état-major tactique"],
        ["Accompagnement", "Entretien avec le médecin d'unité ; proposition d'un suivi psychologique"],
        ["Victimes", "Entretien individuel avec chaque plaignant ; suivi par le référent mixité"],
        ["Signalement", "Information du procureur de la République sur les faits de la nuit du bivouac"],
    ]),
    para("""Le commandant en second estime par ailleurs que le commandement de proximité (chef de
    section, adjudant d'unité) n'a pas réagi aux signaux d'alerte pourtant perceptibles depuis
    février ; un rappel sera fait lors de la réunion des cadres. Rapport établi le 20 juin 2025."""),
]

DOCX_BLOCKS["s050_evaluation_sociale_conjointe_survivante.docx"] = [
    ("title", "Évaluation sociale — conjointe survivante d'un militaire décédé en service"),
    para("""Service départemental de l'ONaCVG du Val-d'Orbize. Ressortissante : Mme Émilie Castagné,
    34 ans, veuve du caporal-chef Julien Castagné, mort en service au cours d'un exercice en 2023.
    Deux enfants de 6 et 9 ans, pupilles de la Nation."""),
    para("""Depuis le décès, Mme Castagné a quitté son emploi d'aide à domicile. Ses ressources se
    composent de la pension de réversion, des pensions d'orphelin et d'une allocation de la Caisse
    d'allocations familiales. Elle a contracté en 2024 un prêt personnel de 15 000 € pour
    l'achat d'un véhicule et se trouve aujourd'hui en situation de surendettement : trois
    échéances impayées, un fichage au FICP et une saisie sur compte engagée par un organisme de
    crédit. Un dossier a été déposé à la Banque de France en septembre."""),
    para("""Elle exprime une grande fatigue et dit « ne plus arriver à ouvrir le courrier ». Elle a
    accepté un accompagnement budgétaire par la conseillère en économie sociale et familiale de
    l'action sociale des armées. Proposition : aide de 1 500 € pour régulariser les factures
    d'énergie et la cantine, prise en charge des activités périscolaires des enfants."""),
]

DOCX_BLOCKS["s051_ordre_operation_visite_presidentielle_commemoration.docx"] = [
    ("title", "Ordre d'opération n° 25-117 — sécurisation de la visite présidentielle au maquis de la Bouscarie"),
    para("""DIFFUSION RESTREINTE. Groupement de gendarmerie du Val-d'Orbize. Commémoration du 27 mai
    2025, journée nationale de la Résistance."""),
    para("""Arrivée de l'autorité par hélicoptère sur la DZ du pré communal de la Bouscarie à 14 h 52 ;
    DZ de repli : stade de Saint-Vérand. Itinéraire principal du cortège : RD 27 puis chemin
    forestier n° 4 ; itinéraire de repli par la RD 115 (itinéraire de dégagement vers l'HIA). Un
    tireur d'élite du GIGN est positionné sur la crête nord (point coté 412), un second dans le
    clocher de Saint-Vérand. Quatre points de filtrage du public : P1 à P4 ; le public est
    palpé au P2, seul accès piéton. Les fréquences radio et l'indicatif du cortège figurent en
    annexe 2. Relève des personnels de bouclage à 12 h 00 ; la zone est neutralisée la veille à
    partir de 20 h, avec une patrouille cynophile de déminage à 6 h."""),
    para("DIFFUSION RESTREINTE — destinataires : liste jointe."),
]

DOCX_BLOCKS["s052_compte_rendu_consultation_psychologue_reservistes.docx"] = [
    ("title", "Compte rendu de consultation — psychologue de la compagnie de réserve"),
    para("""Réserviste reçu : caporal (R) Kevin Auriol, 27 ans, employé dans une entreprise de
    logistique. Consultation du 14 octobre 2025 à sa demande, à la suite de la mission Sentinelle
    de l'été."""),
    para("""Le caporal Auriol rapporte des crises d'angoisse depuis qu'il a assisté, en patrouille à
    la gare de Toulouse, à une agression au couteau au cours de laquelle la victime est décédée
    devant lui. Il décrit des images intrusives, un évitement des lieux publics bondés, des
    réveils nocturnes et une consommation de cannabis « pour dormir ». Il a été arrêté par son
    médecin traitant pendant trois semaines en août, sans en révéler la cause à son employeur.
    Score PCL-5 : 41 (évocateur d'un trouble de stress post-traumatique)."""),
    para("""Orientation : consultation au service de psychiatrie de l'HIA sous quinze jours ;
    déclaration de blessure psychique à établir ; suspension temporaire des activités armées."""),
]

DOCX_BLOCKS["s053_proposition_commerciale_maintenance_drones_tarifs.docx"] = [
    ("title", "Proposition commerciale confidentielle — maintenance des drones de reconnaissance du génie"),
    para("""Société Aérotech Orbize, à l'attention du chef du bureau logistique du 27e RG. Document
    comportant des informations couvertes par le secret des affaires : ne pas communiquer."""),
    ("table", [
        ["Prestation", "Coût interne", "Prix proposé", "Marge"],
        ["Visite annuelle par drone", "1 120 €", "1 690 €", "33,7 %"],
        ["Remplacement caméra thermique", "3 480 €", "4 950 €", "29,7 %"],
        ["Forfait réparation après chute", "860 €", "1 400 €", "38,6 %"],
    ]),
    para("""Nous acceptons une remise de 12 % si le régiment s'engage sur trois ans ; notre
    fournisseur de caméras (société Thermix, Israël) nous accorde une exclusivité en France
    jusqu'en 2027, ce qui nous permet de garantir un délai de 10 jours. Ce partenariat n'est pas
    public."""),
]

DOCX_BLOCKS["s054_audition_victime_agression_sexuelle_soiree.docx"] = [
    ("title", "Procès-verbal d'audition — prévôté du Val-d'Orbize"),
    para("""Audition de Mme Lucie Marty-Peyre, soldate de 1re classe au 27e RG, plaignante, le 6
    avril 2025 à 10 h 15, par l'adjudant-chef de la brigade prévôtale."""),
    para("""Elle déclare que lors de la soirée de cohésion de la compagnie du 4 avril, un caporal
    qu'elle désigne nommément l'a suivie dans les sanitaires, l'a plaquée contre le mur et lui a
    imposé des attouchements sur la poitrine et les fesses malgré ses refus répétés, avant d'être
    interrompu par l'arrivée d'une camarade. Elle précise avoir consommé deux bières. Un examen a
    été réalisé par l'unité médico-judiciaire le 5 avril ; elle remet le certificat constatant des
    ecchymoses sur les bras. Elle indique que le mis en cause lui a envoyé le lendemain un message
    d'excuses, dont elle fournit la capture d'écran."""),
    para("""Elle souhaite déposer plainte et demande à ne plus servir dans la même section. Lecture
    faite, elle persiste et signe."""),
]

DOCX_BLOCKS["s055_rapport_evaluation_situation_pupille_famille.docx"] = [
    ("title", "Rapport d'évaluation de la situation d'une pupille de la Nation et de sa famille"),
    para("""Office national des combattants et des victimes de guerre — service départemental du
    Val-d'Orbize. Rapport établi à la demande du juge des enfants du tribunal judiciaire de
    Montclar-sur-Orbize, dans le cadre de la procédure d'assistance éducative ouverte le 12 mai
    2025. Rédactrice : la chargée de mission « pupilles de la Nation », en lien avec l'assistante
    sociale de secteur du conseil départemental."""),
    ("h", "1. Identification"),
    para("""Mineure : Clara Vidalenc, née le 23 janvier 2011, 14 ans, élève de 3e au collège du
    Quercy à Lauzerte. Adoptée par la Nation par jugement du 9 octobre 2019, à la suite du décès
    en opération de son père, l'adjudant Frédéric Vidalenc, tué au Mali le 2 novembre 2018.
    Mère : Mme Laure Vidalenc, 41 ans, sans emploi. Beau-père : M. Damien Rouquette, 45 ans,
    chauffeur routier, compagnon de la mère depuis 2021. Demi-frère : Tom Rouquette, né en 2022."""),
    ("h", "2. Historique de l'accompagnement par l'Office"),
    para("""Depuis 2019, l'Office accompagne Clara et sa mère : aide aux vacances chaque été, prise en
    charge d'un suivi psychologique de 2019 à 2022 auprès d'une psychologue spécialisée dans le
    deuil de l'enfant, aides à la scolarité. Jusqu'en 2022, la situation était décrite comme
    stable : Clara était bonne élève, très investie dans la danse, et maintenait des liens réguliers
    avec ses grands-parents paternels à Toulouse."""),
    para("""À partir de 2023, les contacts avec la famille se sont raréfiés. Mme Vidalenc n'a pas
    répondu à l'invitation à la rencontre annuelle des pupilles en 2023 ni en 2024. En novembre
    2024, la grand-mère paternelle a alerté le service, indiquant qu'elle n'avait plus de nouvelles
    de sa petite-fille depuis l'été et que la mère refusait désormais les visites."""),
    ("h", "3. Éléments recueillis"),
    para("""Le signalement du collège du 30 avril 2025, à l'origine de la saisine du juge, fait état
    d'un absentéisme important (46 demi-journées d'absence non justifiées depuis septembre), d'une
    chute brutale des résultats, d'une tenue négligée et d'un amaigrissement. Clara a confié à
    l'infirmière scolaire qu'elle s'occupait seule de son demi-frère le soir et une partie de la
    nuit, que sa mère « dort toute la journée » et que le climat à la maison était marqué par des
    disputes violentes entre sa mère et son beau-père. Elle a évoqué des scarifications sur les
    avant-bras, constatées par l'infirmière."""),
    para("""Lors de l'entretien conduit au domicile le 4 juin 2025 en présence de l'assistante sociale,
    Mme Vidalenc a reconnu traverser « une grosse dépression » depuis la naissance de son fils et
    une consommation d'alcool qu'elle dit avoir « réduite ». Elle est suivie par son médecin
    traitant mais a interrompu le suivi au centre médico-psychologique au début de l'année. Elle
    indique que la relation avec son compagnon est « compliquée » : deux interventions de la
    gendarmerie ont eu lieu au domicile pour des disputes en décembre 2024 et en mars 2025, sans
    suite pénale, M. Rouquette étant absent plusieurs nuits par semaine en raison de son métier.
    Elle a déclaré envisager une séparation mais redouter de perdre le logement, loué au nom de son
    compagnon. La famille cumule par ailleurs des dettes locatives (quatre mois de loyer impayés) et
    une procédure d'expulsion est engagée par le bailleur."""),
    para("""M. Rouquette, contacté par téléphone, n'a pas souhaité être reçu ; il a déclaré que
    « la petite n'est pas [sa] fille » et qu'il ne s'occuperait pas d'elle."""),
    para("""Clara, reçue seule le 11 juin au collège, est apparue triste, très réservée, mais
    soulagée de pouvoir parler. Elle dit aimer sa mère et vouloir « qu'elle aille mieux ». Elle
    souhaite revoir ses grands-parents paternels et exprime le désir d'aller vivre chez eux « au
    moins pendant un temps ». Elle a indiqué qu'elle pense souvent à son père et qu'elle a
    l'impression que « tout le monde l'a oublié »."""),
    para("""Les grands-parents paternels, M. et Mme Vidalenc, reçus le 18 juin, se déclarent prêts à
    accueillir leur petite-fille. Ils disposent d'un logement adapté à Toulouse et de ressources
    suffisantes. Ils sont conscients des difficultés liées à un changement d'établissement et
    souhaitent que le lien avec la mère et le demi-frère soit maintenu."""),
    ("h", "3 bis. Éléments complémentaires"),
    para("""Le médecin scolaire, consulté avec l'accord de la mère, indique que Clara a perdu 5 kg
    depuis la rentrée de septembre 2024 et qu'elle présente des signes d'épuisement. Une
    consultation à la maison des adolescents a été proposée en mai ; Clara s'y est rendue une fois,
    accompagnée par l'infirmière scolaire, la mère n'ayant pas pu se libérer. La psychologue qui
    l'a reçue relève un état dépressif réactionnel, des idées noires sans projet suicidaire
    structuré et une forte culpabilité à l'égard de sa mère et de son demi-frère. Elle recommande
    un suivi régulier et un éloignement temporaire du domicile pour permettre à l'adolescente de
    souffler."""),
    para("""L'assistante sociale de secteur précise que Mme Vidalenc a bénéficié d'un accompagnement
    social de 2019 à 2021, interrompu à sa demande. La famille perçoit le revenu de solidarité
    active depuis janvier 2025, à la suite de la perte d'emploi de la mère. Les pensions
    d'orphelin et la rente versées au titre du décès du père de Clara sont perçues par la mère en
    sa qualité de représentante légale ; l'assistante sociale s'interroge sur leur utilisation au
    bénéfice de l'enfant, les frais de cantine de Clara étant impayés depuis janvier. Le juge des
    tutelles pourrait être saisi de cette question."""),
    para("""Les grands-parents paternels indiquent avoir rompu le contact avec leur belle-fille après
    une dispute en juillet 2024, au cours de laquelle M. Rouquette les aurait menacés. Ils ont déposé
    une main courante. Ils reconnaissent que leur relation avec Mme Vidalenc est difficile mais se
    disent prêts à respecter la place de la mère. Le grand-père, militaire retraité, précise qu'il
    est suivi pour une maladie cardiaque stabilisée, sans incidence sur sa capacité à accueillir
    l'enfant selon son cardiologue."""),
    para("""Le collège a mis en place depuis mai un aménagement de l'emploi du temps et un tutorat par
    le professeur principal. Clara a passé les épreuves du diplôme national du brevet en juin ; les
    résultats ne sont pas connus à la date du présent rapport. Elle souhaite s'orienter vers une
    seconde générale et évoque le métier d'infirmière « comme ceux qui ont soigné papa »."""),
    ("h", "4. Analyse"),
    para("""La situation de Clara présente des éléments de danger au sens de l'article 375 du code
    civil : la santé psychique de l'adolescente est compromise (scarifications, repli), sa
    scolarité est gravement perturbée, elle assume des responsabilités parentales inadaptées à son
    âge et vit dans un climat de violences conjugales. La mère, en grande souffrance psychique,
    n'est pas aujourd'hui en mesure d'assurer seule la protection de sa fille, malgré un
    attachement réel. Le statut de pupille de la Nation n'a pas suffi à prévenir la dégradation,
    faute de contact avec la famille pendant dix-huit mois ; le service en tire les conséquences
    dans l'organisation de son suivi."""),
    ("h", "5. Propositions au juge des enfants"),
    ("table", [
        ["Mesure", "Proposition du service"],
        ["Lieu de vie", "Confier Clara à ses grands-parents paternels (article 375-3 du code civil)"],
        ["Lien avec la mère", "Droit de visite et d'hébergement un week-end sur deux, progressif"],
        ["Soins", "Suivi en pédopsychiatrie (maison des adolescents de Toulouse)"],
        ["Scolarité", "Inscription dans un collège de Toulouse à la rentrée de la Toussaint"],
        ["Soutien de l'Office", "Prise en charge des frais de suivi, de transport et de scolarité"],
        ["Mère", "Orientation vers le CMP ; accompagnement social pour le logement et la dette"],
    ]),
    para("""Le service propose également qu'une mesure d'assistance éducative en milieu ouvert soit
    ordonnée au bénéfice du demi-frère, Tom, dont la situation doit être évaluée par les services
    du département. Le service reste à la disposition du tribunal."""),
    para("""Le service départemental s'engage, quelle que soit la décision du juge, à désigner une
    référente unique pour Clara, à la recevoir chaque trimestre et à maintenir le lien avec sa mère
    et ses grands-parents."""),
    para("""Rapport établi le 24 juin 2025. Document couvert par le secret professionnel, destiné au
    seul juge des enfants et aux parties à la procédure."""),
]

DOCX_BLOCKS["s056_dossier_pedagogique_chapitre_livre_reproduit.docx"] = [
    ("title", "Dossier pédagogique — « Les sapeurs de l'Orbize dans la Grande Guerre »"),
    para("""Dossier préparé par l'Amicale des anciens du 27e génie pour les classes de 3e du
    département. Pour permettre aux élèves de lire un récit complet, nous reproduisons ci-dessous
    l'intégralité du chapitre 4 du livre de Jean-Louis Massabie, « Les sapeurs de l'Orbize,
    1914-1918 », paru aux Éditions du Causse en 2019 (tous droits réservés), en remerciant
    l'auteur, que nous n'avons pas pu joindre."""),
    ("h", "Chapitre 4 — La guerre des mines à Vauquois (Jean-Louis Massabie)"),
    para("""Au printemps 1915, la butte de Vauquois n'est plus qu'un amas de gravats. Les fantassins
    s'y font face à quelques mètres, séparés par ce qui fut la rue principale du village. C'est
    alors que l'état-major fait appel aux sapeurs-mineurs. Parmi eux, une compagnie du 2e génie
    venue de Montpellier compte dans ses rangs une trentaine d'hommes de l'Orbize, cultivateurs,
    carriers, puisatiers, que leur métier a préparés au travail souterrain."""),
    para("""Le sapeur Auguste Combarel, de Lascoutx, écrit à sa femme le 3 mai : « Nous creusons jour
    et nuit, par équipes de six heures. On ne parle pas, on écoute. Quand on entend les Boches
    creuser de l'autre côté, on sait que celui qui finira le premier fera sauter l'autre. » La
    lettre, conservée par la famille, sera publiée en 1934 dans le bulletin paroissial. Les
    galeries descendent jusqu'à quarante mètres ; l'air y est irrespirable, les lampes s'éteignent,
    les hommes remontent les sacs de terre à bout de bras."""),
    para("""Le 14 mai 1916, les Allemands font exploser sous la partie ouest de la butte une charge
    de soixante tonnes. L'entonnoir, qui mesure encore aujourd'hui plus de trente mètres de
    profondeur, engloutit 108 soldats français. Parmi eux, quatre sapeurs de l'Orbize, dont les
    corps ne seront jamais retrouvés. Leurs noms figurent sur les monuments aux morts de Lascoutx,
    de Saint-Vérand et de Bourg-Lavit, avec la mention « disparu »."""),
    para("""Les survivants continuent. On compte à Vauquois plus de 500 explosions de mines en trois
    ans, et dix-sept kilomètres de galeries. Le sapeur Combarel, cité à l'ordre de l'armée en
    1917, rentre à Lascoutx en 1919. Il ne parlera jamais de Vauquois à ses enfants. C'est sa
    petite-fille qui, en ouvrant une boîte à chaussures en 1998, découvre les quarante-deux lettres
    qui ont permis d'écrire ce chapitre. Elle y trouve aussi une photographie : six hommes torse nu
    devant l'entrée d'une galerie, le visage noir de terre, souriant à l'objectif."""),
    para("""La guerre des mines s'achève en 1918. La butte, classée monument historique, est
    aujourd'hui entretenue par une association de bénévoles qui fait visiter les galeries. Chaque
    année, des descendants des sapeurs de l'Orbize s'y rendent en pèlerinage. « Ce n'était pas une
    guerre de héros, écrivait Combarel en 1917. C'était une guerre de taupes. Mais des taupes qui
    savaient pourquoi elles creusaient. »"""),
    para("""(Fin du chapitre 4. Reproduction intégrale. © Éditions du Causse, 2019. Photographie de la
    galerie reproduite d'après l'ouvrage, collection particulière.)"""),
    ("h", "Questions pour les élèves"),
    para("""1. Pourquoi fait-on appel aux sapeurs-mineurs à Vauquois ? 2. Quelles sont les conditions
    de travail dans les galeries ? 3. Que nous apprennent les lettres d'Auguste Combarel ? 4.
    Cherchez sur le monument aux morts de votre commune le nom d'un soldat disparu et retrouvez sa
    fiche sur Mémoire des hommes."""),
]

DOCX_BLOCKS["s057_rapport_insuffisance_professionnelle_agent_archives.docx"] = [
    ("title", "Rapport relatif à la manière de servir — agent du service des archives"),
    para("""Archives départementales du Val-d'Orbize. Agent concerné : M. Pascal Gaubil, assistant de
    conservation, affecté à la salle de lecture. Rapport du chef de service à la direction des
    ressources humaines, 8 septembre 2025."""),
    para("""Depuis dix-huit mois, M. Gaubil accumule des retards importants dans le traitement des
    demandes de recherche par correspondance (312 demandes en souffrance, dont certaines datent de
    plus d'un an). Malgré trois entretiens de recadrage et un plan d'accompagnement mis en place en
    janvier, aucune amélioration n'a été constatée. Des erreurs répétées ont été relevées : envoi à
    un demandeur de la fiche matricule d'un homonyme, communication d'un registre non encore
    communicable. Les usagers se plaignent de son attitude peu aimable."""),
    para("""Son évaluation 2024 mentionnait « des résultats très en deçà des attentes » et il n'a pas
    été proposé à l'avancement. Je sollicite l'engagement d'une procédure de licenciement pour
    insuffisance professionnelle, ou à défaut une mutation dans un poste sans contact avec le
    public."""),
]

DOCX_BLOCKS["s058_etat_aptitude_reservistes_mission_sentinelle.docx"] = [
    ("title", "État nominatif d'aptitude — réservistes désignés pour la mission Sentinelle de décembre"),
    para("""4e compagnie de réserve du 27e RG. Document établi par le médecin d'unité à l'intention du
    commandant de compagnie ; les mentions médicales ne doivent pas être reportées dans l'ordre de
    mission."""),
    ("table", [
        ["Grade / nom", "Aptitude", "Observation médicale"],
        ["Sgt (R) Bastien Lacroix", "Apte", "—"],
        ["Cpl (R) Inès Fournier", "Inapte temporaire", "Grossesse déclarée (12 SA)"],
        ["1CL (R) Yanis Cabrol", "Apte avec restriction", "Asthme d'effort, port du masque limité"],
        ["Cpl (R) Romain Delprat", "Inapte temporaire", "Épisode dépressif, traitement en cours"],
        ["Sdt (R) Lisa Mercadier", "Apte", "—"],
        ["Cch (R) Mehdi Sahraoui", "Apte avec restriction", "Hernie discale L5-S1, pas de port de charge > 15 kg"],
    ]),
    para("Signé : le médecin d'unité, 28 novembre 2025."),
]

DOCX_BLOCKS["s059_fiche_vulnerabilites_visioconference_dmd.docx"] = [
    ("title", "Fiche technique — raccordement de la salle de crise de la DMD"),
    para("""Destinataires : équipe informatique de la délégation militaire départementale. Ne pas
    transmettre au prestataire."""),
    para("""Le terminal de visioconférence de la salle de crise (préfecture, bâtiment C, 2e étage,
    salle 214) est accessible depuis le réseau invité de la préfecture. Identifiant d'administration
    : admin / mot de passe : Crise@Orbize25. Le pont de conférence sécurisé utilise le numéro
    d'accès 88 412 et le code de salle 7731 ; ce code n'a pas été changé depuis l'exercice ORBIZE
    24. Le chiffrement de bout en bout est désactivé lorsque la préfecture se connecte par le
    réseau interministériel, ce qui permet en théorie une écoute des échanges par un tiers ayant
    accès au commutateur du sous-sol, non fermé à clé."""),
]

DOCX_BLOCKS["s060_releve_decisions_commission_solidarite_novembre.docx"] = [
    ("title", "Commission départementale de solidarité de l'ONaCVG — relevé des décisions du 6 novembre 2025"),
    para("""Service départemental du Val-d'Orbize. Présidence : la directrice du service départemental.
    Membres : représentants de l'UNC, de la FNACA, de l'ANOPEX, de l'association des conjoints
    survivants, de la délégation militaire et de la CARSAT. Document nominatif réservé aux membres
    de la commission ; les informations qu'il contient sont couvertes par le secret professionnel."""),
    ("h", "Dossiers examinés"),
    ("table", [
        ["N°", "Ressortissant", "Situation", "Demande", "Décision"],
        ["25-SOL-071", "Mme Yvette Roumiguières, 88 ans, veuve", "Pension 740 €, factures de chauffage impayées "
         "(640 €), coupure annoncée", "Apurement énergie", "Accord 640 €"],
        ["25-SOL-072", "M. Gérard Lavaur, 86 ans, carte Algérie", "Entrée en EHPAD, reste à charge "
         "mensuel de 520 €, épouse restée à domicile avec le minimum vieillesse", "Aide aux frais "
         "d'hébergement", "Accord 1 500 € ; orientation vers l'aide sociale à l'hébergement"],
        ["25-SOL-073", "M. Stéphane Baylac, 42 ans, ex-militaire, PMI 40 %", "Sans emploi depuis sa "
         "réforme, séparé, dort dans sa voiture depuis octobre ; suivi addictologie", "Caution et "
         "premier loyer", "Accord 1 200 € ; accompagnement par le référent logement"],
        ["25-SOL-074", "Mme Sabrina Fourcade, conjointe survivante, 2 enfants", "Dette de cantine "
         "et de loyer après le décès, dossier de surendettement recevable", "Aide exceptionnelle",
         "Accord 900 €"],
        ["25-SOL-075", "M. Henri Puget, 91 ans, carte Algérie", "Perte d'autonomie, chute récente, "
         "aidé par sa fille ; GIR 3", "Téléassistance et barres d'appui", "Accord 450 €"],
        ["25-SOL-076", "M. Alain Rességuier, 79 ans", "Endettement lié au jeu (casino en ligne), "
         "tutelle demandée par le fils ; plus de 30 000 € de dettes", "Aide aux dettes",
         "Refus ; orientation vers une mesure de protection et l'association d'aide aux joueurs"],
        ["25-SOL-077", "Mme Denise Couderc, 84 ans, veuve", "Frais d'obsèques de son mari, "
         "ressources inférieures au seuil de pauvreté", "Participation aux obsèques", "Accord 1 000 €"],
        ["25-SOL-078", "M. Thomas Guiral, 29 ans, pupille de la Nation", "Étudiant en master, "
         "rupture familiale, hébergé par un ami", "Aide aux études et au logement", "Accord 2 000 €"],
        ["25-SOL-079", "M. Louis Bernadou, 87 ans", "Appareillage auditif (séquelles d'un "
         "traumatisme sonore en Algérie), reste à charge 1 400 €", "Prise en charge partielle",
         "Accord 700 €"],
    ]),
    ("h", "Observations"),
    para("""La commission relève l'augmentation des demandes émanant d'anciens militaires jeunes en
    situation de grande précarité (trois dossiers en deux mois) et demande qu'un point soit fait
    avec la cellule d'aide aux blessés et Défense mobilité. Concernant le dossier 25-SOL-073, la
    directrice précise que M. Baylac a accepté d'être accompagné par l'association des anciens des
    OPEX, dont un bénévole lui rend visite chaque semaine ; un hébergement temporaire a été trouvé
    à la résidence sociale de Montclar dans l'attente d'un logement."""),
    para("""Concernant le dossier 25-SOL-076, la commission rappelle que l'aide de l'Office n'a pas
    vocation à apurer des dettes de jeu ; le fils de l'intéressé sera informé des démarches
    relatives à la mise sous protection. Le représentant de la FNACA indique que l'intéressé est
    membre de son association et qu'il veillera à maintenir le lien."""),
    para("""Le représentant de la CARSAT signale que M. Lavaur (dossier 25-SOL-072) pourrait bénéficier
    d'une aide de sa caisse de retraite complémentaire ; il transmettra les coordonnées au service.
    La directrice indique que Mme Roumiguières (dossier 25-SOL-071) a également été orientée vers le
    chèque énergie, dont elle n'avait pas connaissance, et qu'un bénévole de l'association des
    conjoints survivants l'aidera à remplir ses démarches en ligne."""),
    ("h", "Récapitulatif budgétaire"),
    para("""Total des aides accordées : 8 390 €. Crédits consommés depuis le 1er janvier : 261 400 €
    sur une dotation de 290 000 €. Prochaine commission : 4 décembre 2025."""),
    para("""Les bénéficiaires seront informés par courrier individuel ; les versements interviendront
    sous dix jours, directement aux créanciers lorsque cela est possible (bailleur, fournisseur
    d'énergie, pompes funèbres)."""),
    para("""Relevé établi par le secrétariat de la commission et visé par la directrice. Les membres
    sont tenus au secret professionnel (article L. 611-4 du CPMIVG)."""),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_annuel_lien_armee_nation_departement.docx"] = [
    ("title", "Le lien armée-Nation dans le Val-d'Orbize — rapport annuel 2024-2025"),
    para("""Rapport établi par la délégation militaire départementale et présenté au conseil
    départemental de la citoyenneté et de la défense le 15 octobre 2025. Document public."""),
    ("h", "Introduction"),
    para("""Le Val-d'Orbize est un département où la présence militaire est ancienne et visible. Le
    27e régiment du génie, installé à Montclar-sur-Orbize depuis 1963, en constitue le cœur, avec
    près de 1 100 militaires et 90 civils. Le département accueille également une compagnie de
    gendarmerie mobile, un centre médical des armées, une antenne du centre du service national et
    de la jeunesse, et l'établissement industriel d'Arméa Systèmes à Valbrune, l'un des principaux
    sites français de production de munitions de gros calibre. Le présent rapport dresse le bilan
    des actions conduites entre septembre 2024 et août 2025 pour renforcer le lien entre les
    forces armées et la population, dans un contexte marqué par la dégradation de la situation
    internationale et par l'objectif national de doublement de la réserve opérationnelle."""),
    ("h", "1. La jeunesse au cœur du lien armée-Nation"),
    para("""Parcours de citoyenneté. Le taux de recensement dans les délais atteint 91 % (89 % l'année
    précédente). 3 412 jeunes ont participé à la journée défense et citoyenneté en 71 sessions. Le
    taux de satisfaction des participants s'établit à 84 %. L'évaluation des acquis de la langue
    française montre que 9,8 % des jeunes éprouvent des difficultés de lecture, chiffre proche de
    la moyenne nationale mais plus élevé dans les cantons ruraux. 132 jeunes en situation de
    décrochage ont accepté une orientation vers un dispositif d'insertion."""),
    para("""Classes de défense et de sécurité globales. 14 classes, soit 380 élèves, ont été jumelées
    avec une unité militaire. Les projets ont porté sur l'histoire des unités, les métiers de la
    défense, la sécurité routière, la cybersécurité et le secourisme. La classe de 4e du collège
    Antonin-Perbosc a réalisé un carnet de voyage sur les traces du régiment en Lorraine."""),
    para("""Cadets de la défense. La section de cadets du quartier Lamothe a accueilli 30 jeunes de 14
    à 16 ans, dont 16 filles, issus de quartiers prioritaires et de communes rurales. Le programme
    (douze mercredis et un camp d'une semaine) associe découverte des armées, sport, citoyenneté et
    mémoire."""),
    para("""Service national universel et engagement. 210 jeunes du département ont effectué un séjour
    de cohésion ; 48 ont poursuivi par une mission d'intérêt général au sein d'une unité militaire
    ou d'une association patriotique. Le CIRFA a recensé 1 120 contacts et 186 engagements dans
    les trois armées et la gendarmerie, en progression de 12 %."""),
    ("h", "2. La réserve opérationnelle"),
    para("""Au 31 août 2025, 912 réservistes opérationnels résident dans le département, dont 160 au
    sein de la compagnie de réserve du 27e RG, 310 dans la réserve opérationnelle de la
    gendarmerie et 62 dans le service de santé des armées. Ils ont effectué 21 400 jours
    d'activité, notamment dans le cadre de l'opération Sentinelle, des missions de surveillance
    estivale et des renforts lors des intempéries d'avril."""),
    para("""Partenariats avec les employeurs. 34 employeurs ont signé une convention de soutien à la
    politique de la réserve, dont 7 communes. Les trophées départementaux des employeurs
    partenaires ont été remis le 12 mars 2025. Le référent réserve entreprise a rencontré 58 chefs
    d'entreprise et animé deux petits-déjeuners avec les clubs d'entreprises. Les difficultés
    signalées par les réservistes concernent principalement les refus d'absence dans les petites
    entreprises et la méconnaissance des règles par les services de ressources humaines ; 9
    médiations ont été conduites, toutes conclues par un accord."""),
    para("""Réserve citoyenne. 41 réservistes citoyens, issus du monde de l'entreprise, de
    l'enseignement, de la santé et des médias, ont contribué au rayonnement des armées :
    conférences dans les lycées, parrainage de jeunes engagés, appui à la communication."""),
    ("h", "3. Le réseau des correspondants défense"),
    para("""142 communes sur 214 ont désigné un correspondant défense (66 %). La réunion annuelle du 4
    octobre 2025 a réuni 142 participants. Un livret du correspondant a été diffusé et une lettre
    d'information trimestrielle créée. Les correspondants ont notamment contribué à l'amélioration
    du recensement, à l'organisation des cérémonies et au repérage des anciens combattants isolés
    dans le cadre du plan conduit par l'ONaCVG. La délégation souhaite atteindre 80 % de communes
    couvertes d'ici 2026."""),
    ("h", "4. Mémoire et commémorations"),
    para("""Le 80e anniversaire de la Libération et de la victoire a donné lieu à un programme riche :
    reconstitution historique à Montclar en août 2024, exposition itinérante « 1944, l'Orbize
    libérée » dans 22 communes, cérémonie du 8 mai 2025 en présence de la ministre déléguée. Le
    régiment a participé à 64 cérémonies. La collecte du Bleuet de France a atteint 41 300 €. Onze
    monuments aux morts ont été restaurés avec le soutien de l'État. Le concours national de la
    Résistance et de la Déportation a mobilisé 412 élèves, et le collège Jean-Moulin de Montclar a
    été primé au niveau national."""),
    ("h", "5. Le régiment dans la cité"),
    para("""Relations avec la ville. La convention ville-régiment a été renouvelée et complétée par un
    avenant portant sur la petite enfance, l'emploi des conjoints et les nuisances du champ de tir.
    Le régiment a organisé sa journée portes ouvertes du 60e anniversaire (2 600 visiteurs) et
    participé au forum des associations. Un projet de résidence pour jeunes militaires est engagé
    avec le bailleur social."""),
    para("""Soutien aux populations. Lors de la crue de l'Orbize d'avril 2025, 120 sapeurs ont été
    engagés pendant cinq jours, sur réquisition préfectorale, pour la pose de barrages
    provisoires, l'évacuation de 46 personnes et le déblaiement de voies. Le régiment a également
    apporté son concours à la recherche d'un randonneur disparu en juin."""),
    para("""Économie. L'impact économique direct du régiment sur le bassin de Montclar est estimé à 38
    M€ par an (soldes, achats locaux, marchés d'entretien). 620 familles de militaires résident
    dans l'agglomération."""),
    ("h", "6. Industrie de défense"),
    para("""L'établissement de Valbrune (640 salariés) connaît une forte montée en cadence. 120
    recrutements sont prévus en 2026, en partenariat avec France Travail et le lycée professionnel
    de Bourg-Lavit. Un réseau de 27 PME sous-traitantes est implanté dans le département ; la
    délégation a organisé avec la chambre de commerce et la direction générale de l'armement une
    réunion d'information sur l'économie de guerre et l'accès aux marchés de défense. Les questions
    de protection du site relèvent de l'exploitant et des services de l'État compétents et ne sont
    pas traitées dans le présent rapport."""),
    ("h", "6 bis. Santé, blessés et familles"),
    para("""Le réseau départemental d'accompagnement des blessés, animé par le service départemental
    de l'ONaCVG, a réuni ses partenaires à quatre reprises. Il associe la cellule d'aide aux blessés
    de l'armée de Terre, le service de santé des armées, la Caisse nationale militaire de sécurité
    sociale, la maison départementale des personnes handicapées et Défense mobilité. Une journée
    départementale des blessés a été organisée le 6 juin 2025 au quartier Lamothe, avec des
    démonstrations de handisport. Le comité départemental de santé mentale a adopté un rapport sur
    la prévention de la souffrance psychique chez les militaires, les anciens combattants et leurs
    proches, dont les recommandations seront mises en œuvre à partir de 2026. L'action sociale des
    armées a accompagné les familles des militaires projetés, notamment par des réunions
    d'information avant les départs en mission et par la prise en charge partielle de frais de
    garde d'enfants."""),
    ("h", "7. Indicateurs"),
    ("table", [
        ["Indicateur", "2023-2024", "2024-2025"],
        ["Taux de recensement dans les délais", "89 %", "91 %"],
        ["Participants à la JDC", "3 296", "3 412"],
        ["Réservistes opérationnels résidant dans le département", "846", "912"],
        ["Employeurs conventionnés", "27", "34"],
        ["Communes dotées d'un correspondant défense", "131", "142"],
        ["Cérémonies avec participation du régiment", "58", "64"],
        ["Engagements recensés par le CIRFA", "166", "186"],
    ]),
    ("h", "8. Perspectives"),
    para("""Pour 2025-2026, la délégation retient quatre priorités : atteindre 1 000 réservistes
    opérationnels dans le département ; étendre les classes de défense aux lycées professionnels ;
    couvrir 80 % des communes par un correspondant défense ; accompagner la montée en puissance de
    l'industrie de défense par des actions en faveur de l'emploi et de la formation. Le délégué
    militaire départemental remercie l'ensemble des partenaires, élus, enseignants, chefs
    d'entreprise et bénévoles, qui font vivre au quotidien le lien entre la Nation et ses armées."""),
]

DOCX_BLOCKS["p122_livret_accueil_correspondant_defense.docx"] = [
    ("title", "Livret du correspondant défense — Val-d'Orbize, édition 2025"),
    para("""Délégation militaire départementale et préfecture du Val-d'Orbize. Ce livret est remis à
    chaque élu désigné correspondant défense par son conseil municipal. Il peut être librement
    reproduit."""),
    ("h", "Mot du préfet et du délégué militaire départemental"),
    para("""Vous avez accepté d'être le correspondant défense de votre commune : merci. Dans un monde
    où la guerre est revenue aux portes de l'Europe, où les menaces se diversifient — terrorisme,
    cyberattaques, manipulations de l'information, catastrophes naturelles — la défense n'est plus
    l'affaire des seuls militaires. Elle repose sur la résilience de toute la Nation. Vous êtes le
    premier maillon de cette chaîne dans votre commune."""),
    ("h", "1. Qui est le correspondant défense ?"),
    para("""Créée en 2001, la fonction de correspondant défense est confiée à un membre du conseil
    municipal, désigné par délibération. Sa mission est définie par la circulaire du 26 octobre
    2001 et complétée par les instructions ultérieures. Il n'a pas de pouvoir propre : il est un
    relais d'information et un animateur. Il n'est pas l'interlocuteur des militaires pour leurs
    affaires personnelles et ne reçoit aucune information individuelle à leur sujet."""),
    para("""Le correspondant est l'interlocuteur privilégié de la délégation militaire départementale
    (DMD), qui représente les armées auprès du préfet et des élus. Il reçoit la lettre
    d'information trimestrielle, est invité à la réunion annuelle et peut solliciter la DMD pour
    toute question."""),
    ("h", "2. Vos trois missions"),
    para("""Informer. Vous faites connaître à vos concitoyens, en particulier aux jeunes et à leurs
    familles, le parcours de citoyenneté (enseignement de défense, recensement, journée défense
    et citoyenneté), les possibilités d'engagement (armées, gendarmerie, réserve, volontariat,
    service civique, sapeurs-pompiers volontaires) et les métiers de la défense. Vous pouvez
    utiliser le bulletin municipal, le site internet, l'affichage, les cérémonies de citoyenneté
    et les forums."""),
    para("""Commémorer. Vous participez au devoir de mémoire : organisation des cérémonies, entretien
    du monument aux morts et des tombes de soldats, projets avec les écoles, accueil des
    associations d'anciens combattants. Vous pouvez solliciter le service départemental de
    l'ONaCVG pour des subventions et des ressources pédagogiques."""),
    para("""Relayer. En cas de crise (catastrophe naturelle, pandémie, événement grave), vous pouvez
    être sollicité pour relayer des informations entre la commune et les autorités. Vous
    contribuez à la préparation du plan communal de sauvegarde et connaissez les acteurs de la
    sécurité civile."""),
    ("h", "3. Le parcours de citoyenneté en pratique"),
    para("""Le recensement. Tout Français doit se faire recenser à la mairie de son domicile entre la
    date de ses 16 ans et la fin du troisième mois suivant. La mairie délivre une attestation. Le
    recensement permet la convocation à la JDC et l'inscription d'office sur les listes
    électorales. Conseil : envoyer chaque mois un courrier aux jeunes qui atteignent 16 ans ; un
    modèle est disponible auprès de la DMD."""),
    para("""La journée défense et citoyenneté. Elle se déroule au quartier Lamothe à Montclar ou dans
    les sites délocalisés. Elle comprend une présentation des enjeux de défense, un test de lecture
    et un module sur l'engagement. Elle permet de repérer les jeunes en difficulté et de leur
    proposer un accompagnement. Le certificat de participation est exigé pour les examens et
    concours jusqu'à 25 ans."""),
    ("h", "4. La réserve"),
    para("""La réserve opérationnelle permet à tout citoyen de 17 à 72 ans (selon les emplois) de
    servir quelques dizaines de jours par an au sein des armées, de la gendarmerie ou du service
    de santé, en conservant son activité professionnelle. La réserve citoyenne de défense et de
    sécurité rassemble des bénévoles qui contribuent au rayonnement des armées. Les communes
    peuvent signer une convention de soutien à la réserve pour leurs agents réservistes.
    Renseignements : bureau réserve du 27e RG et site de la Garde nationale."""),
    ("h", "5. Mémoire : repères"),
    para("""Le calendrier comprend onze journées nationales, dont trois fêtes nationales (8 mai,
    14 juillet, 11 novembre). Le protocole type d'une cérémonie : mise en place, lever des
    couleurs, lecture du message officiel, appel des morts le cas échéant, dépôt de gerbes,
    sonnerie aux morts, minute de silence, hymne national, remerciements aux porte-drapeaux.
    L'inscription d'un nom sur le monument aux morts est obligatoire lorsque la mention « Mort pour
    la France » a été attribuée (article L. 515-1 du CPMIVG)."""),
    para("""Les tombes de soldats morts pour la France situées dans les cimetières communaux peuvent
    bénéficier d'un entretien par le Souvenir français ou, pour les sépultures perpétuelles
    inscrites, par l'État. Le correspondant peut utilement dresser un inventaire des sépultures de
    guerre de sa commune."""),
    ("h", "6. Sécurité et résilience"),
    para("""Le correspondant défense peut contribuer à la diffusion des bons réflexes : connaissance
    des risques majeurs de la commune (document d'information communal sur les risques majeurs),
    consignes en cas d'alerte, vigilance face à la menace terroriste lors des manifestations
    publiques. Il ne lui appartient pas de connaître les dispositifs de protection des sites
    sensibles ou militaires, qui relèvent des services spécialisés. En cas de fait suspect à
    proximité d'une emprise militaire ou d'un site industriel sensible, le réflexe est d'appeler
    le 17."""),
    ("h", "7. Fiche pratique : organiser une action avec les écoles"),
    para("""Exemple fictif : la commune de X souhaite faire travailler les élèves de CM2 sur les soldats
    inscrits sur son monument aux morts. Le correspondant prend contact avec l'enseignant, sollicite
    les archives départementales pour les fiches matricules, invite un militaire du régiment à
    présenter le métier de sapeur aujourd'hui, et prévoit la lecture des biographies lors de la
    cérémonie du 11 novembre. Le projet peut être labellisé et bénéficier d'une aide de l'ONaCVG."""),
    ("h", "8. Questions fréquentes"),
    para("""Le correspondant défense doit-il être ancien militaire ? Non ; toute personne motivée
    peut exercer cette fonction. Combien de temps cela demande-t-il ? Quelques heures par mois,
    davantage lors des cérémonies. Le correspondant est-il rémunéré ? Non, il s'agit d'une
    fonction bénévole exercée dans le cadre du mandat. Que faire si un administré me confie une
    difficulté personnelle liée à son passé militaire ? L'orienter, avec son accord, vers le service
    départemental de l'ONaCVG ou vers la ligne Écoute Défense (08 08 800 321), sans conserver
    d'informations à son sujet."""),
    ("h", "8 bis. Le correspondant et les anciens combattants"),
    para("""Le correspondant défense est souvent le premier interlocuteur des associations d'anciens
    combattants de la commune. Il peut les aider à organiser leurs activités, faciliter la mise à
    disposition de salles, veiller à la présence d'un porte-drapeau lors des cérémonies et favoriser
    la transmission aux jeunes générations, par exemple en encourageant la formation de jeunes
    porte-drapeaux. Il peut également faire connaître aux administrés les droits attachés à la
    carte du combattant et au titre de reconnaissance de la Nation, la retraite du combattant et
    l'action sociale de l'ONaCVG, en renvoyant vers le service départemental pour toute démarche.
    Dans le cadre du plan de lutte contre l'isolement des anciens combattants âgés, le correspondant
    peut, avec l'accord des personnes concernées, signaler au service départemental les
    ressortissants qui souhaiteraient recevoir une visite. Il veille alors à ne transmettre que les
    informations strictement nécessaires et à ne pas en conserver de trace."""),
    para("""Le correspondant peut enfin contribuer à l'accueil des familles de militaires nouvellement
    installées dans la commune : information sur les services municipaux, les écoles, les
    associations, l'emploi des conjoints. Cette attention contribue à l'attractivité du territoire
    et au lien entre la population et les forces armées."""),
    ("h", "9. Contacts utiles"),
    ("table", [
        ["Organisme", "Rôle", "Contact"],
        ["Délégation militaire départementale", "Interlocuteur principal", "Quartier Lamothe, Montclar"],
        ["Service départemental de l'ONaCVG", "Anciens combattants, mémoire", "Cité administrative"],
        ["CSNJ, antenne du Val-d'Orbize", "Recensement, JDC", "Quartier Lamothe"],
        ["CIRFA", "Recrutement", "Montauban, permanence à Montclar"],
        ["Bureau réserve du 27e RG", "Réserve opérationnelle", "Quartier Lamothe"],
        ["Préfecture, service interministériel de défense et de protection civiles", "Crise",
         "Montclar-sur-Orbize"],
    ]),
    para("""Le présent livret est mis à jour chaque année. Vos suggestions sont les bienvenues auprès de
    la délégation militaire départementale."""),
]

DOCX_BLOCKS["p123_compte_rendu_commission_memoire_conseil_departemental.docx"] = [
    ("title", "Commission « Citoyenneté, mémoire et relations avec la défense » — compte rendu du 18 novembre 2025"),
    para("""Conseil départemental du Val-d'Orbize. Présidence : M. Hervé Bousquet, vice-président.
    Présents : onze conseillers départementaux ; la directrice du service départemental de l'ONaCVG ;
    le délégué militaire départemental ; la directrice des archives départementales."""),
    ("h", "1. Bleuet de France"),
    para("""La directrice de l'ONaCVG présente le bilan provisoire de la collecte 2025 : 43 900 €, en
    hausse de 6 %. Elle remercie les 280 quêteurs, dont de nombreux collégiens, et les commerçants
    qui ont accueilli des urnes. Les fonds serviront notamment à financer les aides aux ressortissants
    les plus modestes et des projets de mémoire. Mme Laure Canet demande que les communes rurales
    soient mieux associées ; la directrice propose de mobiliser les correspondants défense."""),
    ("h", "2. 80e anniversaire de la fin de la Seconde Guerre mondiale"),
    para("""Le programme a rassemblé plus de 25 000 participants. Le bilan financier fait apparaître
    une dépense de 112 000 € pour un budget de 120 000 €. L'exposition itinérante sera prêtée aux
    médiathèques en 2026. M. Pierre Malrieu souhaite qu'un ouvrage collectif rassemble les
    témoignages recueillis ; la directrice des archives indique que les enregistrements réalisés
    avec l'accord des témoins sont conservés et pourront être valorisés, sous réserve du respect
    des droits des personnes."""),
    ("h", "3. Rénovation des monuments aux morts"),
    ("table", [
        ["Commune", "Montant des travaux HT", "Aide départementale proposée"],
        ["Saint-Vérand-sur-Orbize", "48 600 €", "14 580 €"],
        ["Lascoutx", "12 300 €", "3 690 €"],
        ["Bourg-Lavit", "21 800 €", "6 540 €"],
        ["Montjoi", "7 900 €", "2 370 €"],
        ["Castelfranc", "9 400 €", "2 820 €"],
        ["Sérignac", "15 200 €", "4 560 €"],
    ]),
    para("""Avis favorable unanime. M. Bousquet souligne que plusieurs projets prévoient l'ajout de
    noms omis, dont celui d'un soldat fusillé pour l'exemple en 1915, réhabilité en 1934."""),
    ("h", "4. Trophée des employeurs partenaires de la réserve"),
    para("""Le délégué militaire départemental présente le projet de trophée départemental, destiné à
    valoriser les employeurs qui facilitent l'engagement de leurs salariés dans la réserve. Le
    département s'associerait à la remise des prix. Avis favorable, sous réserve que la catégorie
    « employeur public » soit ouverte aux petites communes."""),
    ("h", "5. Numérisation des registres matricules 1922-1940"),
    para("""La directrice des archives présente la convention avec un prestataire pour la numérisation
    de 180 registres (environ 95 000 fiches). Elle rappelle que ces registres sont communicables
    après 75 ans ; ceux des classes les plus récentes ne seront mis en ligne qu'à l'échéance de ce
    délai. Coût : 68 000 €, dont 40 % pris en charge par le ministère de la Culture."""),
    ("h", "6. Voyage de mémoire au Struthof"),
    para("""Subvention de 9 000 € pour permettre à 120 collégiens de six établissements de visiter
    le site de l'ancien camp de concentration de Natzweiler-Struthof en mars 2026. Les élèves
    prépareront le voyage avec le musée départemental de la Résistance et de la Déportation. Avis
    favorable."""),
    ("h", "7. Questions diverses"),
    para("""M. Malrieu interroge la commission sur la place des combattants des opérations
    extérieures dans les cérémonies. Le délégué militaire indique que, depuis 2012, les noms des
    militaires morts en OPEX dans l'année sont cités le 11 novembre et qu'un projet de stèle
    départementale pourrait être étudié. Prochaine réunion : 20 janvier 2026."""),
]

DOCX_BLOCKS["p124_cahier_clauses_techniques_restauration_monument.docx"] = [
    ("title", "Cahier des clauses techniques particulières — restauration du monument aux morts"),
    para("""Commune de Saint-Vérand-sur-Orbize. Marché à procédure adaptée, trois lots. Maître
    d'œuvre : M. François Delpech, architecte du patrimoine. Document de la consultation, publié
    sur la plateforme de dématérialisation."""),
    ("h", "1. Description de l'ouvrage"),
    para("""Le monument, érigé en 1921 par le sculpteur toulousain Henri Parayre, se compose d'un
    socle en pierre calcaire de Bruniquel à trois degrés, d'un fût quadrangulaire de 3,80 m
    portant sur ses faces les noms des 87 soldats de la commune morts pour la France pendant la
    Première Guerre mondiale et, depuis 1947, de 12 victimes de la Seconde Guerre mondiale, et d'une
    palme en bronze fixée sur la face principale. Il est entouré d'une grille en fer forgé. Le
    monument est inscrit à l'inventaire général du patrimoine culturel."""),
    ("h", "2. État sanitaire"),
    para("""Le diagnostic de 2025 relève : un encrassement généralisé et des colonisations biologiques
    (lichens, mousses) sur les faces nord et ouest ; des fissures traversantes dans la deuxième
    assise du socle ; la perte de lisibilité de 31 noms par érosion et disparition de la dorure ;
    des joints ciment inadaptés, réalisés lors d'une réparation des années 1970 ; une corrosion
    active de la palme (chlorures) et des fixations ; une grille déformée côté rue."""),
    ("h", "3. Lot 1 — Maçonnerie et pierre de taille"),
    para("""Installation de chantier et protection des abords ; nettoyage par micro-gommage à basse
    pression après essais sur une zone témoin validée par le maître d'œuvre ; traitement biocide
    compatible avec la pierre ; dégarnissage des joints ciment et rejointoiement au mortier de
    chaux naturelle NHL 3,5 teinté ; remplacement de deux pierres du socle par des pierres de même
    provenance ; agrafage inox des fissures ; application éventuelle d'un hydrofuge après accord
    du maître d'œuvre. Interdiction de tout sablage et de tout nettoyage à haute pression."""),
    ("h", "4. Lot 2 — Gravure et dorure"),
    para("""Relevé préalable de l'ensemble des inscriptions et vérification de la liste des noms
    fournie par la commune (orthographe contrôlée par les archives départementales) ; regravure
    en V des lettres effacées, dans la typographie d'origine ; dorure à la feuille d'or 23 carats
    sur mixtion ; gravure de deux noms supplémentaires à l'emplacement réservé de la face sud,
    conformément à la délibération du conseil municipal ; présentation d'un échantillon pour
    validation avant exécution."""),
    ("h", "5. Lot 3 — Métallerie d'art"),
    para("""Dépose de la palme, traitement en atelier (dessalement, stabilisation, patine, cire
    microcristalline) et repose avec fixations en bronze ; redressement et remise en peinture de la
    grille, remplacement des éléments manquants à l'identique."""),
    ("h", "6. Prescriptions générales"),
    para("""Les entreprises justifient de références sur des monuments protégés ou de même nature.
    Les travaux respectent le caractère commémoratif du lieu : aucune intervention bruyante lors
    des cérémonies ; le chantier sera replié ou rendu présentable avant le 8 mai 2026. Les
    déchets sont évacués en filière agréée. Un dossier des ouvrages exécutés, comportant
    photographies avant et après travaux, relevés et fiches techniques des produits, est remis à
    la réception."""),
    ("h", "6 bis. Sécurité du chantier et circulation"),
    para("""Le monument étant situé sur la place de l'Église, au cœur du bourg, l'entreprise titulaire
    du lot 1 met en place une clôture de chantier opaque de 2 mètres, décorée de panneaux
    présentant le projet et l'histoire du monument, réalisés par les élèves de l'école. Les
    livraisons se font entre 8 h et 10 h pour ne pas gêner le marché du jeudi. L'échafaudage fait
    l'objet d'une note de calcul et d'une réception avant utilisation."""),
    ("h", "7. Calendrier indicatif"),
    ("table", [
        ["Phase", "Période"],
        ["Préparation, essais, échantillons", "2 au 13 mars 2026"],
        ["Lot 1 — maçonnerie", "16 mars au 17 avril 2026"],
        ["Lot 3 — métallerie (atelier)", "16 mars au 24 avril 2026"],
        ["Lot 2 — gravure et dorure", "20 avril au 30 avril 2026"],
        ["Repose, repli, réception", "4 au 6 mai 2026"],
    ]),
    para("""Les entreprises indiquent dans leur mémoire technique les moyens humains et matériels
    affectés, les produits utilisés et les mesures de protection des abords. Fait à
    Saint-Vérand-sur-Orbize, le 5 décembre 2025. Le maire, Bernard Cassagne."""),
]

DOCX_BLOCKS["p125_plan_communal_actions_memoire_bourg_lavit.docx"] = [
    ("title", "Plan communal de mémoire 2026 — Bourg-Lavit"),
    para("""Adopté par le conseil municipal le 11 décembre 2025 sur proposition du correspondant
    défense, M. Christophe Ginestet."""),
    ("table", [
        ["Action", "Partenaires", "Calendrier"],
        ["Exposition « Les soldats de Bourg-Lavit 1914-1918 »", "Collège, archives", "Mars 2026"],
        ["Pose d'une plaque en mémoire de Jean-Baptiste Fabié", "Groupe d'histoire locale", "23 mars 2026"],
        ["Inventaire des tombes de soldats", "Souvenir français", "Printemps 2026"],
        ["Formation de deux jeunes porte-drapeaux", "UNC", "Toute l'année"],
        ["Cérémonie des noces d'or d'une association", "FNACA", "Juin 2026"],
    ]),
    para("""Budget communal : 3 200 €. Le plan sera évalué en fin d'année devant le conseil municipal."""),
]

DOCX_BLOCKS["p126_convention_soutien_reserve_communaute_agglomeration.docx"] = [
    ("title", "Convention de soutien à la politique de la réserve militaire"),
    para("""Entre le ministère des Armées, représenté par le délégué militaire départemental du
    Val-d'Orbize, et la communauté d'agglomération du Grand Montclar, représentée par sa
    présidente, Mme Véronique Alibert."""),
    ("h", "Article 1 — Objet"),
    para("""La présente convention a pour objet de faciliter la disponibilité des agents de la
    communauté d'agglomération ayant souscrit un engagement à servir dans la réserve
    opérationnelle."""),
    ("h", "Article 2 — Engagements de l'employeur"),
    para("""La communauté d'agglomération accorde à ses agents réservistes 20 jours ouvrés
    d'absence par an, avec maintien intégral de la rémunération, moyennant un préavis de quinze
    jours. Elle s'engage à ne pas pénaliser les agents dans leur déroulement de carrière et à
    valoriser les compétences acquises."""),
    ("h", "Article 3 — Engagements du ministère"),
    para("""Le ministère informe l'employeur des périodes d'activité, délivre les attestations de
    présence et associe la communauté d'agglomération aux manifestations de la réserve."""),
    ("h", "Article 4 — Durée"),
    para("""Trois ans, renouvelable par tacite reconduction. Fait à Montclar-sur-Orbize, le 12 mars
    2025."""),
]

DOCX_BLOCKS["p127_tableau_bord_jdc_sessions_2025.docx"] = [
    ("title", "Tableau de bord des sessions JDC — premier semestre 2025"),
    para("""Antenne du centre du service national et de la jeunesse du Val-d'Orbize. Données
    agrégées, publiées à l'intention des correspondants défense."""),
    ("table", [
        ["Site", "Sessions", "Participants", "Absents", "Jeunes en difficulté de lecture"],
        ["Quartier Lamothe (Montclar)", "24", "1 190", "6,1 %", "9,4 %"],
        ["Lycée agricole (Bourg-Lavit)", "9", "402", "7,8 %", "12,1 %"],
        ["Sessions en ligne adaptées", "3", "58", "—", "—"],
    ]),
    para("""Les absences non justifiées donnent lieu à une nouvelle convocation. Le taux de
    satisfaction des participants atteint 86 %."""),
]

DOCX_BLOCKS["p128_fiche_aides_sociales_onacvg_conditions.docx"] = [
    ("title", "Les aides de l'ONaCVG : pour qui, comment ?"),
    para("""L'action sociale de l'Office s'adresse à ses ressortissants (titulaires de la carte du
    combattant ou du TRN, pensionnés, conjoints survivants, pupilles de la Nation, victimes de
    guerre et d'actes de terrorisme) qui rencontrent des difficultés financières, de santé ou
    d'isolement."""),
    ("h", "Les principales aides"),
    para("""Aide aux difficultés financières ponctuelles ; aide au maintien à domicile (aide
    ménagère, téléassistance, adaptation du logement) ; participation aux frais d'obsèques ; aide
    aux études et à la formation ; aide à la reconversion des anciens militaires blessés."""),
    ("h", "Comment faire ?"),
    para("""Remplir le formulaire de demande disponible au service départemental, joindre les
    justificatifs de ressources et de charges. La demande est examinée par la commission
    départementale de solidarité, qui se réunit chaque mois. Les aides sont attribuées en fonction
    des ressources, dans la limite des crédits disponibles. Exemple fictif : Mme Z., veuve d'un
    ancien combattant, dont la chaudière est en panne, peut obtenir une participation au
    remplacement."""),
]

DOCX_BLOCKS["p129_dossier_presse_journees_regiment_60_ans.docx"] = [
    ("title", "Dossier de presse — le 27e régiment du génie fête ses 60 ans à Montclar"),
    para("""Samedi 13 et dimanche 14 septembre 2025, quartier Lamothe et berges de l'Orbize."""),
    ("h", "Le programme"),
    para("""Démonstrations de franchissement et de déminage, présentation des engins, village des
    métiers, concert de la musique de l'artillerie, cérémonie en présence du général commandant la
    division. Entrée gratuite ; contrôle des sacs à l'entrée."""),
    ("h", "Le régiment en chiffres"),
    para("""1 100 militaires, 90 civils, 160 réservistes ; engagé au Mali, au Liban, en Estonie et en
    Roumanie depuis 2015 ; 64 cérémonies en 2024 ; 120 sapeurs engagés lors des crues d'avril.
    Chef de corps : le colonel Hugues de Saint-Aignan, à la tête du régiment depuis l'été 2024."""),
    ("h", "Contacts presse"),
    para("""Officier communication du régiment ; photographies libres de droits disponibles sur
    demande, avec mention « © 27e RG »."""),
]

DOCX_BLOCKS["p130_reglement_interieur_maison_combattant.docx"] = [
    ("title", "Règlement intérieur de la Maison du combattant de Montclar-sur-Orbize"),
    para("""Adopté par le conseil municipal le 3 février 2025. La Maison du combattant, propriété
    communale, est mise à disposition des associations d'anciens combattants et de mémoire."""),
    para("""Article 1 : les salles sont réservées auprès du service vie associative, au moins quinze
    jours à l'avance. Article 2 : les associations occupantes souscrivent une assurance. Article 3 :
    toute manifestation à caractère politique ou religieux est exclue ; les associations cultuelles
    peuvent toutefois être reçues pour la préparation des cérémonies interreligieuses du 11
    novembre. Article 4 : la salle d'exposition est ouverte au public le mercredi après-midi.
    Article 5 : les clés sont remises contre signature au président de l'association."""),
]

DOCX_BLOCKS["p131_programme_colloque_memoire_opex.docx"] = [
    ("title", "Colloque « Mémoire des opérations extérieures : de l'oubli à la reconnaissance »"),
    para("""Montclar-sur-Orbize, auditorium des archives départementales, vendredi 21 novembre 2025.
    Organisé par le service départemental de l'ONaCVG et l'université Toulouse-Jean-Jaurès."""),
    ("table", [
        ["Heure", "Intervention", "Intervenant"],
        ["9 h 30", "Ouverture", "M. le préfet du Val-d'Orbize"],
        ["10 h", "Soixante ans d'OPEX : une histoire à écrire", "Mme Claire Vidalot, historienne"],
        ["11 h", "La reconnaissance des blessures psychiques", "Médecin en chef Paul Esteve, SSA"],
        ["14 h", "Le monument national des OPEX", "Représentant de la DMCA"],
        ["15 h", "Table ronde : témoigner aujourd'hui", "Anciens militaires du 27e RG"],
        ["16 h 30", "Conclusion", "Directrice du service départemental de l'ONaCVG"],
    ]),
    para("Entrée libre sur inscription. Les actes seront publiés en 2026."),
]

DOCX_BLOCKS["p132_communique_resultats_annuels_armea.docx"] = [
    ("title", "Arméa Systèmes — communiqué sur les résultats annuels 2024 (extrait publié)"),
    para("""Le groupe Arméa Systèmes publie ses comptes consolidés 2024, audités et déposés au greffe.
    Chiffre d'affaires : 1,42 Md€ (+ 27 %) ; résultat opérationnel : 118 M€ ; carnet de commandes :
    4,1 Md€. L'établissement de Valbrune a contribué à la croissance avec une production d'obus de
    155 mm en hausse de 40 %."""),
    para("""Le groupe a investi 96 M€ dans ses sites français et recruté 610 personnes. Il rappelle
    que, conformément à la réglementation, aucune information relative aux volumes livrés à des
    clients étatiques étrangers n'est publiée. Le président, M. Jean-François Lhermet, salue « la
    mobilisation exceptionnelle des équipes »."""),
]

DOCX_BLOCKS["p133_deliberation_budget_politique_memoire.docx"] = [
    ("title", "Délibération n° 2025-DM-17 — politique départementale de mémoire, budget 2026"),
    para("""Le conseil départemental, réuni le 15 décembre 2025, vu le rapport de son président,
    adopte le budget de la politique de mémoire pour 2026 : 186 000 € en fonctionnement
    (subventions aux associations, voyages scolaires, concours) et 95 000 € en investissement
    (aide à la rénovation des monuments aux morts, signalétique des lieux de mémoire)."""),
    para("""Vote : 30 voix pour, 4 abstentions (groupe « Val-d'Orbize en commun », dont la
    présidente, Mme Monique Teyssèdre, a indiqué que son groupe aurait souhaité un effort plus
    important en faveur du musée de la Résistance)."""),
]

DOCX_BLOCKS["p134_fiche_methode_transcription_registres_matricules.docx"] = [
    ("title", "Projet participatif « Les soldats du Val-d'Orbize » — fiche méthode de transcription"),
    para("""Archives départementales. Cette fiche guide les bénévoles qui transcrivent les fiches
    matricules des classes 1887 à 1921 dans l'outil collaboratif."""),
    ("h", "Règles de transcription"),
    para("""Transcrire fidèlement, sans corriger l'orthographe ; indiquer les mots illisibles par
    [illisible] ; développer les abréviations courantes entre crochets (« incorp. » → incorp[oré]).
    Les mentions de condamnations par les conseils de guerre et les motifs de réforme figurant sur
    les fiches de la Grande Guerre sont transcrits comme les autres mentions : ces documents sont
    librement communicables. Exemple : « Réformé n° 2 le 12 mars 1917 par la commission de
    réforme de Montclar pour bronchite chronique. »"""),
    ("h", "Relecture"),
    para("""Chaque fiche est relue par un second bénévole avant publication. Les contributeurs sont
    remerciés nominativement sur le site s'ils le souhaitent."""),
]

DOCX_BLOCKS["p135_conclusions_commissaire_enqueteur_extension.docx"] = [
    ("title", "Conclusions motivées du commissaire enquêteur — extension des stockages de Valbrune"),
    para("""Enquête publique du 12 janvier au 13 février 2026. Commissaire enquêteur : M. Alain
    Rouzières. 46 observations ont été recueillies, dont 31 défavorables au projet, portant sur le
    risque industriel, le trafic de poids lourds et les nuisances des essais."""),
    para("""Le commissaire enquêteur estime que l'étude de dangers, dans sa version publique, permet
    au public d'apprécier la nature des risques et l'étendue des zones d'effets, même si certaines
    informations ont légitimement été occultées pour des motifs de défense nationale. Il relève que
    le projet n'étend pas les zones d'effets létaux à de nouvelles habitations."""),
    para("""Avis favorable assorti de deux réserves (limitation des transports aux heures ouvrées ;
    campagne de mesures acoustiques indépendante) et de trois recommandations. Fait à Valbrune, le
    13 mars 2026."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_fiche_acces_salle_archives_classifiees.html"] = (
    "Intranet DMD — accès salle des archives",
    """
<h1>Salle des archives protégées — mode opératoire</h1>
<p>Réservé aux personnels habilités de la délégation militaire départementale.</p>
<ul>
<li>Porte blindée du sous-sol (bâtiment 3) : code 6 2 4 1 puis badge.</li>
<li>Coffre n° 2 (documents Diffusion Restreinte et registres) : combinaison 14 - 73 - 28.</li>
<li>Le détecteur volumétrique se désarme au clavier avec le code 9 0 0 5 ; délai 20 secondes.</li>
<li>La caméra du couloir est hors service depuis le 3 novembre ; signaler toute présence inhabituelle.</li>
</ul>
<p>Clé de secours : tiroir gauche du bureau du chef d'état-major.</p>
""",
)

HTML_PAGES["s062_espace_membres_association_sympathies_politiques.html"] = (
    "Espace membres — Cercle patriotique de l'Orbize",
    """
<h1>Espace réservé aux membres du bureau</h1>
<h2>Point sur les adhérents avant l'assemblée générale</h2>
<table>
<tr><th>Adhérent</th><th>Observation du bureau</th></tr>
<tr><td>M. Joël Cassan</td><td>Militant actif de La France insoumise, a distribué des tracts lors du 11 novembre ; à recadrer.</td></tr>
<tr><td>Mme Annie Dellac</td><td>Candidate sur la liste du Rassemblement national aux dernières municipales ; souhaite être trésorière.</td></tr>
<tr><td>M. Serge Molinié</td><td>Adhérent du Parti communiste depuis 1970, très investi dans la mémoire de la Résistance.</td></tr>
</table>
<p>Rappel : ces informations ne doivent pas sortir du bureau.</p>
""",
)

HTML_PAGES["s063_note_intranet_mouvements_convois.html"] = (
    "Note — mouvements de convois",
    """
<p style="text-align:center">— DIFFUSION RESTREINTE —</p>
<h1>Mouvements de munitions entre Valbrune et le dépôt de la Croix-Blanche</h1>
<p>Semaine 48 : trois convois de 4 porteurs chacun, escortés par la gendarmerie, départ de Valbrune
le mardi, le jeudi et le samedi à 5 h 15, itinéraire RD 115 – RD 27, arrivée prévue à 6 h 05.
Chargement : obus de 155 mm, 1 200 coups par convoi.</p>
<p>Ne pas communiquer aux communes traversées.</p>
<p style="text-align:center">— DIFFUSION RESTREINTE —</p>
""",
)

HTML_PAGES["s064_forum_encadrants_jdc_situation_jeune.html"] = (
    "Forum des encadrants JDC",
    """
<h1>Forum interne — encadrants JDC du Val-d'Orbize</h1>
<div class="post"><p><strong>Message de l'animatrice de session, 14 octobre :</strong></p>
<p>Pour info, le jeune Ryan Lagarrigue (session d'hier, 17 ans) m'a dit qu'il dormait dans un
squat depuis que son foyer de l'ASE l'a exclu, et que sa référente du juge des enfants ne répond
plus. Il est sous mesure éducative depuis ses 13 ans. Il m'a montré une convocation du tribunal
pour enfants pour un vol de scooter. J'ai prévenu l'infirmière et la CRIP. Si quelqu'un le revoit
à la mission locale, merci de me prévenir.</p></div>
""",
)

HTML_PAGES["s065_espace_personnel_suivi_dossier_pension.html"] = (
    "Mon espace — suivi de ma demande de pension",
    """
<h1>Bonjour Monsieur Jérôme Castel</h1>
<h2>Votre demande n° PMI-2025-10492</h2>
<table>
<tr><th>Étape</th><th>Date</th><th>Statut</th></tr>
<tr><td>Dépôt de la demande</td><td>04/03/2025</td><td>Terminé</td></tr>
<tr><td>Expertise médicale (psychiatre expert)</td><td>19/06/2025</td><td>Terminé</td></tr>
<tr><td>Avis de la commission consultative médicale</td><td>22/09/2025</td><td>Terminé</td></tr>
<tr><td>Décision</td><td>—</td><td>En cours</td></tr>
</table>
<p>Infirmités déclarées : syndrome de stress post-traumatique ; troubles addictifs secondaires
(alcool) ; acouphènes. Taux proposé par l'expert : 45 %.</p>
<p>Documents disponibles : rapport d'expertise (PDF), certificat du psychiatre traitant (PDF).</p>
""",
)

HTML_PAGES["s066_revue_presse_intranet_articles_complets.html"] = (
    "Revue de presse interne — 27e RG",
    """
<h1>Revue de presse du 17 novembre 2025</h1>
<p>Diffusée sur l'intranet du régiment. Articles reproduits in extenso.</p>
<h2>Le Courrier du Sud-Ouest — « Les sapeurs de Montclar au cœur de l'Estonie » (par Sandrine
Mazières)</h2>
<p>Il fait moins douze ce matin-là sur le camp de Tapa, et le lieutenant Maxime observe ses hommes
dégager une piste à la pelle. Depuis septembre, quarante sapeurs du 27e régiment du génie de
Montclar-sur-Orbize sont déployés dans le cadre de la mission Lynx, aux côtés des Britanniques et
des Estoniens. « Ici, on apprend à travailler dans le froid et avec d'autres armées », explique
l'officier, 28 ans. Leur mission : construire des obstacles, ouvrir des itinéraires, former leurs
homologues au déminage. Le soir, dans les préfabriqués chauffés, on joue aux cartes et on appelle
les familles. « Mon fils a trois mois, je l'ai vu deux fois », glisse un sergent. Retour prévu en
février, juste à temps pour la naissance d'un autre bébé dans la section.</p>
<p>© Le Courrier du Sud-Ouest, 2025 — photographies de Thierry Laborde, tous droits réservés.</p>
<h2>Le Petit Orbizien — « Champ de tir : les riverains s'impatientent » (par Michel Roques)</h2>
<p>Ils sont une trentaine à s'être réunis mardi soir à la salle des fêtes de Lacapelle pour dire
leur exaspération. Les tirs de destruction du mercredi font trembler les vitres, disent-ils. Le
régiment promet une campagne de mesures au printemps. « On attend ça depuis dix ans », soupire une
riveraine. La mairie de Montclar assure suivre le dossier de près.</p>
<p>© Le Petit Orbizien, 2025.</p>
""",
)

HTML_PAGES["s067_intranet_rh_decision_sanction_agent.html"] = (
    "Intranet RH — décisions individuelles",
    """
<h1>Décisions individuelles — service départemental de l'ONaCVG</h1>
<p>Arrêté du 12 septembre 2025 : Mme Agnès Teulières, adjointe administrative, est exclue
temporairement de ses fonctions pour une durée de trois jours, pour avoir communiqué à un tiers
des informations figurant dans le dossier d'un ressortissant et pour refus réitéré d'exécuter les
instructions de sa supérieure hiérarchique.</p>
<p>Arrêté du 20 septembre 2025 : non-renouvellement du contrat de M. Léo Pradines, chargé
d'accueil, à l'issue de sa période d'essai, pour manque de fiabilité et absences injustifiées.</p>
""",
)

HTML_PAGES["s068_portail_fournisseurs_conditions_negociees.html"] = (
    "Portail fournisseurs Arméa — accord-cadre",
    """
<h1>Accord-cadre Orbitec Électronique — conditions particulières</h1>
<p>Accès réservé à la direction des achats. Informations confidentielles relevant du secret des
affaires.</p>
<ul>
<li>Prix de la carte de mise à feu MF-22 : 184,60 € HT (prix de revient déclaré par le fournisseur : 151,20 €).</li>
<li>Remise de volume : 7 % au-delà de 20 000 unités par an.</li>
<li>Clause de révision indexée sur le cours du cuivre (LME) et le coût horaire de la main-d'œuvre du fournisseur (31,80 €).</li>
<li>Le fournisseur s'engage à ne pas proposer de conditions plus favorables à un concurrent d'Arméa (clause du client le plus favorisé).</li>
<li>Avance de trésorerie consentie : 300 000 €, remboursable sur 18 mois.</li>
</ul>
""",
)

HTML_PAGES["s069_suivi_demande_sejour_veuve_ancien_tirailleur.html"] = (
    "Suivi de dossier — ONaCVG",
    """
<h1>Dossier de Mme Aïssatou Ndiaye</h1>
<p>Veuve de M. Ousmane Ndiaye, ancien tirailleur sénégalais (Indochine, Algérie), titulaire de la
carte du combattant, décédé en 2023 à Montclar.</p>
<p>Mme Ndiaye, de nationalité sénégalaise, est entrée en France en 2019 avec un visa de long séjour.
Sa carte de séjour « vie privée et familiale » n'a pas été renouvelée après le décès de son époux ;
elle a reçu un refus de séjour avec obligation de quitter le territoire français le 4 août 2025,
contesté devant le tribunal administratif. Le service a rédigé une attestation sur les états de
service de son mari et sollicité l'appui du préfet pour un réexamen.</p>
<p>Situation sociale : sans ressources depuis le refus (perte de l'allocation de réversion en
attente de régularisation) ; hébergée par une voisine.</p>
""",
)

HTML_PAGES["s070_compte_rendu_conseil_administration_amicale.html"] = (
    "Amicale des anciens du 27e génie — conseil d'administration",
    """
<h1>Amicale des anciens du 27e génie</h1>
<h2>Compte rendu du conseil d'administration du 4 octobre 2025</h2>
<p>Présents : 14 administrateurs sur 17. Présidence : le général (2S) Paul Fabre-Lacombe.
Secrétaire de séance : M. Gilbert Roumagnac.</p>

<h3>1. Approbation du compte rendu précédent</h3>
<p>Le compte rendu du conseil du 7 juin 2025 est approuvé à l'unanimité, après correction d'une
erreur dans le montant de la subvention municipale (1 000 € et non 1 200 €).</p>

<h3>2. Rapport du président</h3>
<p>Le président rappelle les temps forts du trimestre : participation de 62 adhérents aux journées
du 60e anniversaire du régiment, voyage de mémoire à Verdun et à la butte de Vauquois (45
participants), remise de la médaille de l'amicale à trois anciens chefs de corps. Il remercie le
régiment pour son accueil et l'officier de communication pour l'appui logistique. Il se félicite de
la progression des effectifs : 412 adhérents à jour de cotisation, dont 58 nouveaux, en majorité
d'anciens sapeurs ayant servi en OPEX depuis 2000. Il souligne l'importance d'accueillir cette
nouvelle génération et de lui proposer des activités adaptées (sorties familiales, entraide pour la
reconversion).</p>

<h3>3. Situation financière</h3>
<p>Le trésorier, M. Henri Bastide, présente la situation au 30 septembre : recettes de 18 420 €
(cotisations 10 300 €, subventions 3 600 €, voyages 4 520 €), dépenses de 15 960 €. Le solde
disponible s'élève à 21 740 €. Le placement de 10 000 € sur un livret associatif est reconduit. La
cotisation 2026 est maintenue à 25 €, et à 10 € pour les veuves et les militaires de moins de 30
ans.</p>

<h3>4. Activités à venir</h3>
<ul>
<li>Sainte-Barbe le 6 décembre, avec le régiment : messe à 10 h à l'église Saint-Jacques (facultative),
cérémonie au quartier à 11 h 30, repas à 12 h 30 ;</li>
<li>assemblée générale le 22 novembre à 10 h, salle du Foirail ;</li>
<li>voyage en Normandie en juin 2026, sur les traces du génie lors du débarquement ;</li>
<li>conférence de Mme Claire Vidalot sur les sapeurs de la Grande Guerre en mars.</li>
</ul>

<h3>5. Entraide</h3>
<p>La commission entraide, animée par M. Jacques Delteil, a rendu visite à 23 adhérents âgés ou
hospitalisés au cours du trimestre et représenté l'amicale aux obsèques de cinq camarades. Elle
a aidé deux jeunes anciens à constituer leur dossier de carte du combattant et orienté un
adhérent vers le service départemental de l'ONaCVG. Le conseil rappelle que les informations
personnelles recueillies lors des visites ne doivent pas être diffusées.</p>

<h3>6. Situation d'un administrateur</h3>
<p>Le président informe le conseil que M. Bruno Lestrade, administrateur et ancien trésorier
adjoint, a été condamné le 16 septembre par le tribunal correctionnel de Montauban à dix-huit
mois d'emprisonnement dont douze avec sursis pour abus de confiance au préjudice de l'association
sportive dont il était également trésorier, ainsi qu'à une interdiction de gérer pendant cinq ans.
M. Lestrade, qui a fait appel, a présenté sa démission du conseil par courrier du 25 septembre. Le
conseil en prend acte. Le trésorier confirme qu'un contrôle des comptes de l'amicale pour les
exercices 2022 à 2024 a été réalisé par le vérificateur aux comptes et n'a révélé aucune anomalie.
Le conseil décide de ne pas évoquer cette affaire lors de l'assemblée générale au-delà de
l'annonce de la démission.</p>

<h3>7. Communication</h3>
<p>M. Roumagnac présente la nouvelle version du site internet de l'amicale et de la lettre
trimestrielle « La Lettre du Souvenir ». Il rappelle que la reproduction d'articles de presse
nécessite l'accord de l'éditeur, et propose de se limiter à de courts extraits avec un lien vers
l'article. Une page « mémoire » recensera les sapeurs du régiment morts en service depuis 1963, à
partir des sources publiques, avec l'accord des familles pour les décès récents.</p>

<h3>8. Relations avec le régiment et la ville</h3>
<p>Le président rend compte de son entretien avec le chef de corps : le régiment souhaite associer
l'amicale à l'accueil des familles des militaires mutés et à la transmission des traditions auprès
des jeunes engagés (présentation de la salle d'honneur, témoignages). La ville de Montclar a
renouvelé sa subvention et propose de mettre à disposition une vitrine dans la Maison du
combattant.</p>

<h3>9. Porte-drapeau</h3>
<p>Le porte-drapeau titulaire, M. René Cabrol, souhaite être secondé. Deux candidatures de jeunes
anciens ont été reçues ; le conseil retient celle de M. Loïc Marfaing, qui suivra la formation de
l'ONaCVG. Le conseil remercie M. Cabrol, porte-drapeau depuis 2004.</p>

<h3>10. Questions diverses</h3>
<p>M. Delteil propose de créer un fonds de solidarité destiné aux familles des sapeurs blessés en
opération ; le principe est adopté, les modalités seront présentées à l'assemblée générale. M.
Bastide rappelle que les reçus fiscaux ne peuvent être délivrés que pour les dons et non pour les
cotisations donnant droit à contrepartie.</p>
<p>La séance est levée à 12 h 10. Prochain conseil : 10 janvier 2026.</p>
<p>Le président, Paul Fabre-Lacombe — Le secrétaire, Gilbert Roumagnac</p>
""",
)

HTML_PAGES["s071_liste_repas_specifiques_ceremonie_sainte_barbe.html"] = (
    "Sainte-Barbe — repas",
    """
<h1>Sainte-Barbe 2025 — commande des repas spécifiques</h1>
<table>
<tr><th>Nom</th><th>Unité</th><th>Repas</th><th>Motif indiqué</th></tr>
<tr><td>Sgt Younes Belkacem</td><td>1re cie</td><td>Halal</td><td>Pratique religieuse musulmane</td></tr>
<tr><td>Cne David Cohen-Solal</td><td>EM</td><td>Casher</td><td>Pratique religieuse juive</td></tr>
<tr><td>Cpl Priya Ramdenee</td><td>3e cie</td><td>Végétarien</td><td>Hindouisme</td></tr>
<tr><td>Adj Samuel Ngassa</td><td>2e cie</td><td>Sans alcool</td><td>Église adventiste</td></tr>
</table>
<p>Transmis au cercle mixte par le bureau soutien.</p>
""",
)

HTML_PAGES["s072_confirmation_rendez_vous_expertise_medicale.html"] = (
    "Confirmation de rendez-vous",
    """
<h1>Confirmation de votre rendez-vous d'expertise</h1>
<p>Madame Nathalie Bousquié,</p>
<p>Votre rendez-vous avec le docteur Anne Salvetat, neurologue expert, est fixé au jeudi 8 janvier
2026 à 14 h 30, au centre d'expertise de Toulouse, dans le cadre de votre demande de pension de
victime civile de guerre (séquelles de l'explosion de la gare de Montclar en 2023).</p>
<p>Merci d'apporter : vos IRM cérébrales de 2023 et 2025, le compte rendu de la consultation
d'épileptologie, la liste de vos traitements antiépileptiques actuels et le certificat de votre
médecin rééducateur. Si vos crises ne vous permettent pas de conduire, un bon de transport peut être
délivré.</p>
""",
)

HTML_PAGES["s073_message_assistante_sociale_garde_enfants_militaire.html"] = (
    "Messagerie — action sociale des armées",
    """
<h1>Message sécurisé</h1>
<p><strong>De :</strong> assistante de service social, 27e RG<br>
<strong>À :</strong> cellule d'aide aux familles</p>
<p>Bonjour, je vous signale la situation du sergent Kevin Arnal, qui part en Roumanie le 5 janvier
pour quatre mois. Il est séparé de la mère de ses enfants depuis l'été ; le juge aux affaires
familiales lui a accordé la résidence alternée en septembre, mais la mère conteste et a déposé une
main courante pour non-présentation d'enfant. Pendant sa mission, les deux enfants (5 et 8 ans)
resteront chez leur grand-mère paternelle, avec l'accord écrit de la mère obtenu difficilement.
Merci de prévoir un contact avec la grand-mère et de nous alerter si la mère revient sur son
accord.</p>
""",
)

HTML_PAGES["s074_rapport_incident_intrusion_quartier.html"] = (
    "Rapport d'incident — intrusion au quartier Lamothe",
    """
<p><strong>DIFFUSION RESTREINTE</strong></p>
<h1>Rapport d'incident de sûreté n° 2025-07</h1>
<p>27e régiment du génie — officier de sécurité. Destinataires : chef de corps, DMD, direction du
renseignement et de la sécurité de la défense (antenne de Toulouse).</p>
<h2>1. Faits</h2>
<p>Dans la nuit du 18 au 19 octobre 2025, vers 2 h 40, deux individus ont pénétré dans l'emprise du
quartier Lamothe par la clôture nord, le long du chemin de la Garenne, à hauteur du parc des
véhicules de la 2e compagnie. Ils ont découpé le grillage sur environ 80 cm au niveau d'un poteau
dont la détection par câble tendu est inopérante depuis l'orage du 2 octobre. La caméra C-14, qui
couvre normalement cette portion, était orientée vers le portail technique à la suite d'une
intervention de maintenance et n'a pas été repositionnée.</p>
<p>Les individus ont ouvert deux véhicules légers non verrouillés et dérobé un ordinateur portable
de maintenance, deux postes radio non chiffrés et une paire de jumelles. Ils ont tenté d'ouvrir
le local de stockage des équipements optiques (bâtiment 27), sans succès, la porte étant équipée
d'une serrure trois points. Ils ont été aperçus à 3 h 05 par la sentinelle du poste nord, qui a
donné l'alerte ; les individus se sont enfuis par la même brèche. La patrouille de la gendarmerie
est arrivée à 3 h 31.</p>
<h2>2. Constats</h2>
<ul>
<li>La ronde de 2 h 30 avait été supprimée par le chef de poste faute d'effectif (un militaire
malade non remplacé) ; aucune ronde n'était donc passée entre 1 h et 3 h 30.</li>
<li>Les véhicules du parc de la 2e compagnie ne sont pas systématiquement verrouillés ; les clés de
douze véhicules étaient sur le tableau non fermé du local de permanence du parc.</li>
<li>L'ordinateur dérobé contient les schémas de câblage de véhicules et un accès VPN enregistré au
réseau de maintenance ; le compte a été désactivé à 7 h 15.</li>
<li>La zone nord n'est pas éclairée entre le poteau 41 et le poteau 58.</li>
<li>Le numéro de la ligne directe de la permanence opérationnelle n'était pas affiché au poste nord.</li>
</ul>
<h2>3. Analyse</h2>
<p>Le mode opératoire (repérage probable, connaissance de la brèche et de l'absence de ronde)
laisse supposer un repérage préalable, voire une information interne. L'hypothèse d'une
délinquance d'opportunité (revente de matériel) est privilégiée par la gendarmerie, mais l'intérêt
porté au local des équipements optiques justifie l'information de la DRSD.</p>
<h2>4. Mesures prises et proposées</h2>
<ul>
<li>Réparation immédiate du grillage ; remise en service de la détection sous 72 heures (bon de
commande en urgence) ;</li>
<li>repositionnement de la caméra C-14 et contrôle hebdomadaire de l'orientation de toutes les
caméras ;</li>
<li>interdiction de supprimer une ronde sans l'accord de l'officier de permanence ; rondes
aléatoires ;</li>
<li>verrouillage systématique des véhicules ; armoire à clés fermée et registre ;</li>
<li>installation de six projecteurs à détection de présence sur la clôture nord ;</li>
<li>changement des mots de passe des comptes de maintenance et audit du réseau ;</li>
<li>dépôt de plainte effectué le 19 octobre à 9 h.</li>
</ul>
<h2>5. Points restant à traiter</h2>
<p>À la date du rapport, la détection de la clôture nord n'est pas encore rétablie : le câble de
remplacement est attendu le 28 octobre. Dans l'intervalle, un binôme supplémentaire est posté de
22 h à 6 h au niveau du parc de la 2e compagnie, ce qui prive le poste sud d'une sentinelle. Le
secteur situé entre le poteau 41 et le poteau 58 reste donc la principale faiblesse de l'emprise.
Les projecteurs ne seront installés qu'en décembre, faute de crédits disponibles avant la fin de
gestion. Les radios dérobées ne permettent pas d'écouter le réseau chiffré, mais leurs fréquences
de secours ont été modifiées. Le retour d'expérience sera présenté aux chefs de poste le 5 novembre.</p>
<p>L'officier de sécurité propose enfin qu'un audit complet de l'emprise soit conduit au premier
trimestre 2026 par la délégation militaire départementale, sur le modèle de celui réalisé au dépôt
de la Croix-Blanche, et que les conclusions en soient présentées au chef de corps.</p>
<p>Pièces jointes : plan de situation de la brèche, extraits vidéo du poste nord, procès-verbal de
plainte, liste du matériel dérobé avec numéros de série.</p>
<p><strong>DIFFUSION RESTREINTE</strong> — ne pas diffuser hors des destinataires.</p>
""",
)

HTML_PAGES["s075_fiche_temoin_collecte_memoire_orale.html"] = (
    "Collecte de mémoire orale — fiche témoin",
    """
<h1>Fiche témoin n° 17 — projet « Mémoires de tirailleurs »</h1>
<p>Témoin : M. Amadou Koné, 68 ans, domicilié à Montclar-sur-Orbize, retraité de la SNCF.</p>
<p>M. Koné est le fils d'un tirailleur malien ayant servi en Indochine. Il se définit comme
« Français d'origine malienne, de l'ethnie bambara par mon père et peule par ma mère ». Il raconte
les discriminations racistes subies par sa famille à son arrivée dans le quartier en 1962 et
indique avoir obtenu la nationalité française en 1981 seulement.</p>
<p>Le témoin a refusé la diffusion publique de l'enregistrement ; seule la transcription anonymisée
pourra être utilisée. Enregistrement conservé sur le serveur du musée, accès restreint.</p>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_web_carte_combattant_opex.html"] = (
    "Carte du combattant au titre des OPEX — services de l'État dans le Val-d'Orbize",
    """
<h1>Obtenir la carte du combattant au titre des opérations extérieures</h1>
<p>Vous avez servi en opération extérieure ? Vous pouvez peut-être prétendre à la carte du
combattant, témoignage de la reconnaissance de la Nation. Cette page vous explique les conditions
et la démarche.</p>
<h2>Qui peut l'obtenir ?</h2>
<p>Les militaires, d'active ou de réserve, et les anciens militaires qui ont :</p>
<ul>
<li>servi au moins 120 jours, consécutifs ou non, en opération extérieure ;</li>
<li>ou appartenu pendant 90 jours à une unité reconnue combattante ;</li>
<li>ou été blessés en opération, ou évacués pour blessure ou maladie contractée en service, sans
condition de durée ;</li>
<li>ou reçu une citation individuelle homologuée.</li>
</ul>
<p>Les gendarmes, les policiers et certains civils ayant participé aux opérations peuvent aussi en
bénéficier dans des conditions comparables.</p>
<h2>Quelles opérations ?</h2>
<p>La liste des opérations ouvrant droit à la carte est fixée par arrêté : notamment le Liban
(depuis 1978), le Tchad, l'ex-Yougoslavie, l'Afghanistan, la Côte d'Ivoire, le Mali et le Sahel
(Serval, Barkhane), la Centrafrique (Sangaris), le Levant (Chammal), ainsi que de nombreuses
missions maritimes. Depuis 2019, la carte est également ouverte aux militaires présents en Algérie
entre le 2 juillet 1962 et le 1er juillet 1964.</p>
<h2>Quels avantages ?</h2>
<ul>
<li>la retraite du combattant à partir de 65 ans ;</li>
<li>une demi-part fiscale supplémentaire à partir de 74 ans ;</li>
<li>la possibilité de se constituer une rente mutualiste majorée par l'État ;</li>
<li>le port de la croix du combattant ;</li>
<li>l'accompagnement de l'ONaCVG tout au long de la vie, y compris pour vos proches.</li>
</ul>
<h2>Comment faire la demande ?</h2>
<ol>
<li>Téléchargez le formulaire Cerfa n° 15049 ou faites la demande en ligne sur le site de l'Office.</li>
<li>Joignez une copie de votre pièce d'identité, l'attestation de services en OPEX (à demander à
votre gestionnaire RH ou au bureau des archives de votre armée) et, le cas échéant, les pièces
relatives à une blessure ou une citation.</li>
<li>Envoyez le dossier au service départemental de l'ONaCVG du Val-d'Orbize, ou déposez-le lors
d'une permanence.</li>
</ol>
<p>Délai moyen d'instruction dans le département : environ 2 mois et demi. La carte vous est remise,
si vous le souhaitez, lors d'une cérémonie.</p>
<h2>Permanences</h2>
<table>
<tr><th>Lieu</th><th>Jour</th><th>Horaires</th></tr>
<tr><td>Cité administrative, Montclar</td><td>Lundi au vendredi</td><td>9 h – 12 h / 14 h – 16 h 30</td></tr>
<tr><td>Quartier Lamothe (27e RG)</td><td>Jeudi</td><td>14 h – 17 h</td></tr>
<tr><td>Mairie de Lauzerte</td><td>1er mercredi du mois</td><td>9 h 30 – 12 h</td></tr>
<tr><td>Mairie de Bourg-Lavit</td><td>1er mercredi du mois</td><td>14 h – 16 h 30</td></tr>
</table>
<h2>Questions fréquentes</h2>
<p><strong>J'ai fait plusieurs missions courtes : les jours s'additionnent-ils ?</strong> Oui, les
durées de présence sur les différents théâtres se cumulent.</p>
<p><strong>J'ai été rapatrié avant 120 jours pour raison de santé : ai-je droit à la carte ?</strong>
Si votre rapatriement est lié à une blessure ou une maladie contractée en service, la condition de
durée ne s'applique pas. Joignez les pièces justificatives ; elles sont traitées de manière
confidentielle.</p>
<p><strong>Je suis encore en activité : puis-je demander la carte ?</strong> Oui, la demande peut
être faite dès que les conditions sont remplies, par l'intermédiaire de votre unité.</p>
<p><strong>Mon conjoint peut-il bénéficier de droits ?</strong> Le conjoint survivant d'un titulaire
de la carte peut, sous conditions, bénéficier de la demi-part fiscale et devenir ressortissant de
l'Office.</p>
<p><strong>Quelle différence avec le titre de reconnaissance de la Nation ?</strong> Le TRN est
attribué dès 90 jours de présence ; il ne donne pas droit à la retraite du combattant mais ouvre
droit à la rente mutualiste, à la médaille de reconnaissance de la Nation et à la qualité de
ressortissant de l'Office. Vous pouvez demander le TRN puis la carte lorsque vous remplissez les
conditions de celle-ci.</p>
<p><strong>Ma demande a été refusée : que faire ?</strong> Vous pouvez former un recours gracieux
auprès du directeur général de l'ONaCVG dans un délai de deux mois, puis saisir le tribunal
administratif. Le service départemental peut vous aider à réunir des pièces complémentaires.</p>
<p>Pour les militaires d'active, le gestionnaire de ressources humaines de votre unité peut
transmettre directement votre dossier.</p>
<p>Pour toute question, écrivez au service départemental : une réponse vous est apportée sous
quinze jours.</p>
<p>Mis à jour le 2 octobre 2025.</p>
""",
)

HTML_PAGES["p137_page_mairie_recensement_jdc.html"] = (
    "Recensement citoyen et JDC — Ville de Lauzerte",
    """
<h1>Recensement citoyen : vous avez 16 ans ?</h1>
<p>Dans les trois mois qui suivent votre 16e anniversaire, présentez-vous à l'accueil de la mairie
avec votre carte d'identité et le livret de famille, ou faites la démarche en ligne.</p>
<p>L'attestation de recensement vous sera demandée pour passer le baccalauréat ou le permis de
conduire. Le recensement permet aussi votre inscription automatique sur les listes électorales.</p>
<p>Vous serez ensuite convoqué(e) à la journée défense et citoyenneté. Pour toute question,
contactez notre correspondant défense, M. Thierry Calmels, conseiller municipal, lors de sa
permanence du samedi matin.</p>
""",
)

HTML_PAGES["p138_actualite_ceremonie_hommage_opex.html"] = (
    "Actualité — hommage aux morts en OPEX",
    """
<h1>Hommage aux soldats morts en opérations extérieures</h1>
<p>Le 11 novembre, après l'appel des morts de la Grande Guerre, le préfet a lu les noms des
militaires morts pour la France en opération au cours de l'année écoulée. Le colonel commandant le
27e régiment du génie a rappelé le souvenir du sergent-chef Yannick Quéméner, du régiment, mort pour
la France en novembre 2024, dont le nom a été inscrit sur le monument aux morts de sa commune
natale et sur le monument national des OPEX à Paris.</p>
<p>Un hommage a également été rendu aux 700 soldats français morts en opération extérieure depuis
1963.</p>
""",
)

HTML_PAGES["p139_page_rejoindre_reserve_operationnelle.html"] = (
    "Rejoindre la réserve opérationnelle du 27e régiment du génie",
    """
<h1>Devenez réserviste au 27e régiment du génie</h1>
<p>Vous avez entre 17 et 40 ans, vous souhaitez servir votre pays tout en conservant vos études ou
votre emploi ? Rejoignez la compagnie de réserve du 27e régiment du génie, à Montclar-sur-Orbize.</p>
<h2>Qu'est-ce que la réserve opérationnelle ?</h2>
<p>La réserve opérationnelle de premier niveau est composée de volontaires qui signent un
engagement à servir dans la réserve (ESR) d'une durée de un à cinq ans, renouvelable. Ils
effectuent des activités militaires, en moyenne 30 à 40 jours par an, selon leurs disponibilités.
Ils portent l'uniforme, sont rémunérés par une solde et bénéficient de la protection sociale des
militaires pendant leurs activités.</p>
<h2>Les missions de la compagnie</h2>
<ul>
<li>protection du territoire national (opération Sentinelle, surveillance de sites) ;</li>
<li>appui aux populations lors de catastrophes naturelles (inondations, feux de forêt) ;</li>
<li>renfort des unités d'active lors des exercices et des missions ;</li>
<li>participation aux cérémonies et aux actions de rayonnement.</li>
</ul>
<h2>Les conditions</h2>
<ul>
<li>être de nationalité française ;</li>
<li>avoir au moins 17 ans (avec accord parental) et moins de 40 ans pour un premier engagement
sans expérience militaire ;</li>
<li>être apte médicalement : une visite médicale est réalisée au centre médical des armées ;</li>
<li>avoir effectué sa journée défense et citoyenneté ;</li>
<li>présenter un extrait de casier judiciaire compatible avec les fonctions.</li>
</ul>
<h2>La formation</h2>
<p>Après la signature du contrat, vous suivez une formation militaire initiale du réserviste de
deux à trois semaines, en une fois ou fractionnée pendant les vacances scolaires. Vous apprenez les
bases du combat, le tir, le secourisme, l'ordre serré et la vie en collectivité. Vous pouvez
ensuite suivre des formations de spécialité : conducteur, pionnier, secouriste, opérateur
radio, et évoluer vers les grades de caporal, puis de sous-officier.</p>
<h2>Ce que vous y gagnez</h2>
<ul>
<li>une solde (environ 60 à 90 € par jour selon le grade, non imposable) ;</li>
<li>une prime de fidélité annuelle et une allocation d'études pour les étudiants ;</li>
<li>des compétences reconnues (permis de conduire, secourisme, encadrement) ;</li>
<li>un engagement utile et une expérience humaine forte.</li>
</ul>
<h2>Et mon employeur ?</h2>
<p>La loi vous garantit 10 jours d'absence par an sur votre temps de travail, sous réserve d'un
préavis d'un mois. Votre employeur ne peut pas vous sanctionner pour votre engagement. De nombreuses
entreprises du département ont signé une convention de soutien à la réserve et maintiennent votre
salaire.</p>
<h2>Témoignages</h2>
<p>« Je suis infirmière à Montclar et caporale dans la réserve depuis quatre ans. J'ai participé à
l'évacuation des habitants lors de la crue d'avril : c'est là que j'ai compris à quoi je servais. »
— Anaïs, 26 ans.</p>
<p>« Étudiant en génie civil, je fais mes périodes l'été. La réserve m'a appris à commander une
équipe. » — Hugo, 21 ans.</p>
<h2>Comment candidater ?</h2>
<ol>
<li>Remplissez le formulaire de contact ou rendez-vous au CIRFA de Montauban ;</li>
<li>entretien avec le bureau réserve du régiment ;</li>
<li>visite médicale et tests sportifs ;</li>
<li>signature du contrat et convocation à la formation initiale.</li>
</ol>
<p>Les données que vous transmettez via le formulaire sont utilisées uniquement pour le traitement
de votre candidature.</p>
<h2>Questions fréquentes</h2>
<p><strong>Je suis étudiant : puis-je faire mes activités pendant les vacances ?</strong> Oui, la
majorité des étudiants réservistes effectuent leurs périodes l'été et pendant les congés
universitaires. Des attestations peuvent être fournies à votre établissement.</p>
<p><strong>Puis-je être envoyé en opération extérieure ?</strong> Les réservistes peuvent, sur la
base du volontariat, participer à des missions hors du territoire national, après une préparation
spécifique.</p>
<p><strong>J'ai plus de 40 ans : est-ce trop tard ?</strong> Les anciens militaires peuvent servir
jusqu'à la limite d'âge de leur grade augmentée de cinq ans ; des postes de spécialistes sont aussi
ouverts à des civils expérimentés.</p>
<p>Les candidatures féminines sont les bienvenues : un tiers des réservistes de la compagnie sont
des femmes.</p>
<p>Contact : bureau réserve du 27e RG, quartier Lamothe, avenue du Maréchal-Lyautey,
Montclar-sur-Orbize.</p>
""",
)

HTML_PAGES["p140_page_pupilles_nation_rencontre_annuelle.html"] = (
    "Rencontre annuelle des pupilles de la Nation",
    """
<h1>Rencontre des pupilles de la Nation du Val-d'Orbize</h1>
<p>Le samedi 14 juin 2025, 62 pupilles de la Nation et leurs familles se sont retrouvés au quartier
Lamothe pour la rencontre annuelle organisée par le service départemental de l'ONaCVG et le 27e
régiment du génie. Au programme : démonstrations, jeux, visite de la salle d'honneur et pique-nique
partagé.</p>
<p>La directrice du service départemental a rappelé que l'Office accompagne les pupilles jusqu'à
21 ans et au-delà pour leurs études, leurs loisirs et leur insertion professionnelle. Les familles
qui le souhaitent peuvent prendre contact avec la chargée de mission pupilles.</p>
<p>Les photographies de la journée ne sont pas publiées afin de préserver la vie privée des
familles.</p>
""",
)

HTML_PAGES["p141_agenda_manifestations_memoire_decembre.html"] = (
    "Agenda mémoire — décembre 2025",
    """
<h1>Agenda de la mémoire — décembre 2025</h1>
<ul>
<li>5 décembre, 11 h, Montclar : journée nationale d'hommage aux morts pour la France pendant la
guerre d'Algérie et les combats du Maroc et de la Tunisie.</li>
<li>6 décembre, quartier Lamothe : Sainte-Barbe du 27e régiment du génie (cérémonie ouverte au
public à 11 h 30).</li>
<li>10 décembre, 18 h, musée de la Résistance : conférence « Les Justes du Val-d'Orbize ».</li>
<li>13 décembre, archives départementales : atelier de généalogie militaire.</li>
</ul>
""",
)

HTML_PAGES["p142_page_archives_soldats_seconde_guerre.html"] = (
    "Rechercher un soldat ou un résistant de la Seconde Guerre mondiale",
    """
<h1>Rechercher un combattant de la Seconde Guerre mondiale</h1>
<p>Archives départementales du Val-d'Orbize — guide des sources.</p>
<p>Les sources relatives aux combattants de 1939-1945 sont plus dispersées que celles de la Grande
Guerre, et une partie d'entre elles est soumise à des délais de communicabilité. Ce guide vous aide
à vous orienter.</p>
<h2>1. Les registres matricules</h2>
<p>Les registres matricules des classes 1922 à 1940 sont conservés aux archives départementales
(sous-série 1 R). Ils sont communicables 75 ans après leur clôture, en raison des informations
médicales et judiciaires qu'ils peuvent contenir. La plupart des registres des classes
concernées par la Seconde Guerre mondiale sont aujourd'hui communicables ; leur numérisation est
en cours.</p>
<h2>2. Les dossiers individuels des militaires</h2>
<p>Les dossiers des militaires nés après 1885 sont conservés, selon l'armée, par le Service
historique de la Défense : à Pau (division des archives des victimes des conflits contemporains et
bureau des archives de l'armée de Terre), à Vincennes pour les officiers, à Châtellerault pour
certains personnels. Ils sont communicables 50 ans après la clôture du dossier, sauf pour les
informations médicales (25 ans après le décès ou 120 ans après la naissance).</p>
<h2>3. Les morts pour la France</h2>
<p>La base « Militaires décédés au cours de la Seconde Guerre mondiale » du site Mémoire des hommes
recense plus de 200 000 fiches. Elle comprend aussi les fiches des fusillés, des déportés et des
victimes civiles ayant obtenu la mention « Mort pour la France ».</p>
<h2>4. Résistants et déportés</h2>
<ul>
<li>Dossiers administratifs de résistants (SHD Vincennes, série GR 16 P), consultables en ligne pour
une partie ;</li>
<li>dossiers de déportés et internés (DAVCC à Caen) ;</li>
<li>fonds de la commission départementale d'histoire de la Seconde Guerre mondiale (série J) ;</li>
<li>archives du comité départemental de libération (série W) ;</li>
<li>registres d'écrou de la prison de Montclar (1940-1945), communicables 75 ans après la date du
document ;</li>
<li>Mémorial de la Shoah pour les victimes de la persécution antisémite.</li>
</ul>
<h2>5. Les prisonniers de guerre</h2>
<p>Environ 1,8 million de soldats français ont été faits prisonniers en 1940. Les fiches du Comité
international de la Croix-Rouge et les listes officielles publiées en 1940-1941 permettent de les
retrouver. Les archives départementales conservent les dossiers du centre d'entraide aux
prisonniers (série W).</p>
<h2>6. Les combattants de l'armée d'Afrique et des colonies</h2>
<p>De nombreux tirailleurs, spahis et goumiers ont combattu pour la libération de la France. Leurs
dossiers sont conservés au SHD et, pour certains, aux archives nationales d'outre-mer à
Aix-en-Provence. Le projet « Mémoires de tirailleurs » du musée départemental collecte les
témoignages de leurs descendants.</p>
<h2>7. Les Justes parmi les nations</h2>
<p>Le Val-d'Orbize compte 38 Justes parmi les nations, reconnus par l'institut Yad Vashem pour avoir
sauvé des Juifs au péril de leur vie. Leur liste et leur histoire sont consultables sur le site du
Comité français pour Yad Vashem.</p>
<h2>8. Conseils pratiques</h2>
<ul>
<li>Commencez par les papiers de famille : livret militaire, certificats, photographies.</li>
<li>Interrogez la mairie de naissance pour obtenir l'acte de décès et ses mentions marginales.</li>
<li>Pour une demande de dossier au SHD, vous devrez justifier de votre lien de parenté si le
document n'est pas librement communicable.</li>
<li>Les demandes de dérogation aux délais de communicabilité sont examinées par le service
interministériel des archives de France.</li>
</ul>
<h2>9. Exemple de parcours de recherche</h2>
<p>Exemple fictif : vous savez seulement que votre grand-oncle, né en 1920 à Lauzerte, « a été
prisonnier ». Consultez d'abord le registre matricule de la classe 1940 du bureau de Montclar pour
connaître son unité et la date de sa capture ; recherchez ensuite sa fiche dans les archives du
CICR ; enfin, demandez son dossier individuel au SHD à Caen ou à Pau, en justifiant de votre lien de
parenté. Les journaux des marches et opérations de son régiment vous permettront de comprendre les
circonstances de sa capture en juin 1940.</p>
<p>Salle de lecture : 12 avenue de la République, Montclar-sur-Orbize, du mardi au vendredi.</p>
""",
)

HTML_PAGES["p143_offre_emploi_operateur_pyrotechnique.html"] = (
    "Offre d'emploi — opérateur pyrotechnique (H/F)",
    """
<h1>Opérateur pyrotechnique (H/F) — CDI — Valbrune</h1>
<p>Arméa Systèmes recrute 30 opérateurs pour ses lignes de chargement de munitions.</p>
<h2>Missions</h2>
<p>Conduite de machines de chargement et d'assemblage ; contrôles qualité ; respect strict des
règles de sécurité pyrotechnique ; tenue des enregistrements de production.</p>
<h2>Profil</h2>
<p>CAP à bac professionnel industriel, ou expérience en production ; rigueur ; travail en équipes
postées (2x8). Formation interne de trois mois au certificat de qualification professionnelle.</p>
<p>Poste soumis à une procédure d'autorisation d'accès ; nationalité d'un État de l'Union
européenne requise. Rémunération : 2 150 € brut mensuels + primes d'équipe et de risque.</p>
""",
)

HTML_PAGES["p144_communique_exercice_securite_civile_valbrune.html"] = (
    "Communiqué — exercice de sécurité civile",
    """
<h1>Exercice de sécurité civile autour du site de Valbrune le 18 novembre</h1>
<p>La préfecture informe la population qu'un exercice de simulation d'accident industriel se
déroulera le mardi 18 novembre 2025 dans la matinée sur la commune de Valbrune et ses environs.
Les sirènes du plan particulier d'intervention retentiront ; les habitants des zones concernées
pourront être invités à se mettre à l'abri. Des véhicules de secours et des militaires seront
visibles. Il ne s'agit que d'un exercice.</p>
<p>Cet exercice vise à tester l'alerte des populations et la coordination des secours. Les
consignes sont rappelées dans la brochure distribuée aux riverains.</p>
""",
)

HTML_PAGES["p145_faq_pension_victime_civile_attentat.html"] = (
    "Victimes d'actes de terrorisme — vos droits",
    """
<h1>Victimes d'actes de terrorisme : l'accompagnement de l'ONaCVG</h1>
<p>Depuis 1990, les victimes d'actes de terrorisme bénéficient des droits des victimes civiles de
guerre. L'Office les accompagne tout au long de leur parcours.</p>
<h2>Quels droits ?</h2>
<ul>
<li>une pension d'invalidité en cas de séquelles (au moins 10 %) ;</li>
<li>la qualité de ressortissant de l'Office et l'accès à l'aide sociale ;</li>
<li>l'adoption par la Nation pour les enfants des victimes ;</li>
<li>la médaille nationale de reconnaissance aux victimes du terrorisme ;</li>
<li>la mention « Victime du terrorisme » sur l'acte de décès.</li>
</ul>
<p>L'indemnisation des préjudices relève du Fonds de garantie des victimes des actes de terrorisme
et d'autres infractions (FGTI).</p>
<h2>Comment faire ?</h2>
<p>Contactez le service départemental, qui constituera votre dossier avec vous. Un accueil
personnalisé est proposé, sur rendez-vous, dans un lieu discret. Vous pouvez être accompagné d'un
proche ou d'une association d'aide aux victimes.</p>
""",
)

HTML_PAGES["p146_inventaire_monuments_aux_morts_canton.html"] = (
    "Inventaire des monuments aux morts — canton du Haut-Orbize",
    """
<h1>Inventaire des monuments aux morts du canton du Haut-Orbize</h1>
<table>
<tr><th>Commune</th><th>Date</th><th>Auteur</th><th>Noms 1914-1918</th><th>Noms 1939-1945</th><th>État</th></tr>
<tr><td>Saint-Vérand-sur-Orbize</td><td>1921</td><td>Henri Parayre</td><td>87</td><td>12</td><td>Restauration 2026</td></tr>
<tr><td>Lascoutx</td><td>1920</td><td>Marbrerie Guiraud</td><td>34</td><td>4</td><td>Moyen</td></tr>
<tr><td>Montjoi</td><td>1922</td><td>Inconnu</td><td>19</td><td>2</td><td>Bon</td></tr>
<tr><td>Castelfranc</td><td>1923</td><td>Paul Ducuing (bronze)</td><td>41</td><td>6</td><td>Restauré 2024</td></tr>
</table>
<p>Inventaire réalisé par les correspondants défense et les bénévoles du Souvenir français.</p>
""",
)

HTML_PAGES["p147_page_correspondant_defense_mairie.html"] = (
    "Votre correspondant défense — Saint-Vérand-sur-Orbize",
    """
<h1>Votre correspondant défense</h1>
<p>Depuis le 25 septembre 2025, M. Olivier Teulié, conseiller municipal, est le correspondant
défense de la commune. Il succède à Mme Sophie Bories, que le conseil municipal remercie.</p>
<p>Il peut vous renseigner sur le recensement, la journée défense et citoyenneté, la réserve, les
métiers de la défense et les démarches des anciens combattants. Il coordonne avec l'UNC
l'organisation des cérémonies patriotiques et le parrainage de la 1re compagnie du 27e régiment du
génie.</p>
<p>Permanence : premier samedi du mois, 10 h – 12 h, en mairie.</p>
""",
)

HTML_PAGES["p148_actualite_laureats_prix_memoire_regiment.html"] = (
    "Prix « Mémoire et citoyenneté » 2025",
    """
<h1>Remise des prix « Mémoire et citoyenneté » 2025</h1>
<p>Le jury, présidé par le chef de corps du 27e RG, a récompensé :</p>
<ul>
<li>1er prix : la classe de CM2 de Mme Sandrine Aldebert (école de Saint-Vérand) pour le recueil
« Nos 87 soldats » ;</li>
<li>2e prix : le lycée agricole de Bourg-Lavit pour la restauration d'un carré militaire ;</li>
<li>prix spécial : M. Roger Calvet, 82 ans, pour ses quarante ans de bénévolat au service de
l'entretien des tombes de soldats.</li>
</ul>
<p>Les lauréats recevront leur prix lors de la Sainte-Barbe.</p>
""",
)

HTML_PAGES["p149_page_blessures_psychiques_information.html"] = (
    "Blessures psychiques : comprendre et agir",
    """
<h1>Les blessures psychiques des militaires : comprendre et agir</h1>
<p>Une blessure psychique peut survenir après un événement traumatique vécu en opération ou en
service : exposition à la mort, à la violence, à un danger vital. Elle peut se manifester des
semaines, des mois ou des années après.</p>
<h2>Les signes d'alerte</h2>
<ul>
<li>cauchemars, souvenirs envahissants ;</li>
<li>évitement des situations qui rappellent l'événement ;</li>
<li>irritabilité, sursauts, troubles du sommeil ;</li>
<li>repli sur soi, consommation d'alcool ou de produits.</li>
</ul>
<h2>Où trouver de l'aide ?</h2>
<p>Écoute Défense : 08 08 800 321, 24 h/24, anonyme et gratuit. Votre médecin d'unité ou votre
médecin traitant. Le service départemental de l'ONaCVG pour les droits à pension. Les
associations de blessés. En cas d'urgence : 15 ou 3114.</p>
<p>Se soigner, c'est possible, et ce n'est pas une faiblesse.</p>
""",
)

HTML_PAGES["p150_mentions_legales_site_memoire_departement.html"] = (
    "Mentions légales — Mémoire du Val-d'Orbize",
    """
<h1>Mentions légales</h1>
<p>Éditeur : conseil départemental du Val-d'Orbize, hôtel du département, Montclar-sur-Orbize.
Directeur de la publication : le président du conseil départemental.</p>
<p>Hébergement : prestataire public d'hébergement de la région.</p>
<p>Contenus : les textes sont placés sous Licence ouverte Etalab 2.0, sauf mention contraire. Les
photographies restent la propriété de leurs auteurs. Les documents d'archives reproduits sont
issus des fonds des archives départementales.</p>
<p>Données personnelles : le site ne dépose aucun cookie de mesure d'audience sans votre
consentement. Pour exercer vos droits, contactez le délégué à la protection des données du
département.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
