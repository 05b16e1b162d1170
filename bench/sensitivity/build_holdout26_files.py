"""Build the .docx and .html documents of the hand-written sensitivity set holdout26.

Theme: roads, mobility and transport of a département (the fictitious Val-d'Orvanne): road works and
traffic orders, accidents on departmental roads, school transport of pupils with disabilities,
on-demand transport for the elderly, parking and fines disputes, winter service, road agents'
teams (accidents at work, discipline), the cycling plan, contractors' bids for road works,
traffic-control and tunnel security systems, public consultations, published statistics and
press releases.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout26_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout26"
FIXED = dt.datetime(2025, 12, 11, 9, 15, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_enquete_accident_mortel_agent_deneigement.docx"] = [
    ("title", "Rapport d'enquête de la F3SCT — accident de service mortel du 12 décembre 2024"),
    para("""Département du Val-d'Orvanne. Formation spécialisée en matière de santé, de sécurité et de
    conditions de travail. Délégation d'enquête : M. Bruno Laffargue (ACFI), M. Thomas Bru (conseiller de
    prévention de la direction des routes), M. Daniel Ricard (représentant du personnel, CGT), Mme Fanny
    Olivier (représentante du personnel, CFDT). Version intégrale remise aux seuls membres de la formation
    spécialisée, à l'autorité territoriale et au médecin du travail. Une synthèse sans éléments personnels
    ni médicaux est présentée en séance plénière."""),
    ("h", "1. Identification de la victime et de l'accident"),
    para("""Victime : M. Jean-Claude Mazars, né le 4 juin 1967, adjoint technique principal de 1re classe,
    agent d'exploitation au centre du col de l'Escure depuis 1991, titulaire des CACES R482 catégories A et
    C1 et de l'autorisation de conduite de la fraise à neige. Date et heure : jeudi 12 décembre 2024, entre
    3 h 50 et 4 h 10 (heure estimée). Lieu : RD 912A, PR 6+850, lacet dit « de la Baraque », commune de
    Sarret-Haut, altitude 1 140 mètres. Engin : chargeuse articulée équipée d'une lame biaise (parc n° 4412).
    Conséquence : décès constaté sur place à 5 h 42 par le médecin du SMUR."""),
    ("h", "2. Chronologie reconstituée"),
    para("""Le 11 décembre à 16 h, Météo-France annonçait une vigilance orange neige-verglas pour les reliefs,
    avec 30 à 40 centimètres au-dessus de 1 000 mètres. Le cadre de permanence a décidé la fermeture préventive
    de la RD 912A à 20 h, l'itinéraire principal par le tunnel restant ouvert. Selon le dossier d'organisation
    de la viabilité hivernale, une route fermée est rouverte dès que possible le lendemain matin ; le chef
    d'équipe a donc programmé un déblaiement de la RD 912A à partir de 3 h, pour une réouverture vers 7 h."""),
    para("""À 2 h 55, M. Mazars a pris son poste au centre. Le second agent d'astreinte, M. Hugo L., était
    mobilisé sur le circuit du tunnel avec le camion saleuse, conformément au planning. M. Mazars est parti
    seul avec la chargeuse à 3 h 10. Le dernier contact radio date de 3 h 47 : il indiquait avoir passé le
    lacet n° 5 et que « ça tient, mais il y a de l'eau sous la neige côté ravin ». À 4 h 30, le chef d'équipe,
    sans nouvelles, a tenté de le joindre par radio et par téléphone, sans succès. Il a rejoint le col avec
    un véhicule de patrouille et a découvert à 5 h 05 des traces de chenilles de neige interrompues au bord
    du lacet n° 6 et l'engin renversé en contrebas, environ 28 mètres plus bas. Les secours ont été alertés à
    5 h 07. Les sapeurs-pompiers du groupe montagne ont atteint la cabine à 5 h 35."""),
    ("h", "3. Constatations"),
    para("""L'accotement aval du lacet n° 6 s'est effondré sur une longueur de 7 mètres et une profondeur de
    1,20 mètre. Les photographies prises au jour montrent un mur de soutènement en pierres sèches ancien,
    partiellement déjointoyé, et des traces d'écoulement d'eau provenant d'une buse de traversée obstruée en
    amont. Le rapport d'inspection des murs de la RD 912A de 2019 classait ce mur en état « à surveiller » et
    recommandait le curage de la buse, qui n'a pas été réalisé faute d'inscription au programme. La lame
    était positionnée en déport à droite, ce qui correspond à la technique habituelle pour rejeter la neige
    vers l'aval. La largeur de la chaussée à cet endroit est de 4,80 mètres ; la chargeuse, lame comprise,
    occupe 3,40 mètres."""),
    para("""La cabine était équipée d'une ceinture de sécurité ; la victime ne la portait pas, ce qui est
    fréquent chez les conducteurs de chargeuse qui doivent se tourner pour manœuvrer la lame. Selon le
    rapport d'autopsie communiqué à la famille et transmis avec son accord au médecin du travail, le décès
    est dû à un traumatisme thoracique et crânien. L'analyse toxicologique est négative (absence d'alcool,
    de stupéfiants et de médicaments). Le médecin du travail précise que M. Mazars avait été déclaré apte
    sans restriction lors de sa dernière visite en mars 2024 ; il était suivi pour une hypertension
    artérielle traitée, sans incidence sur l'aptitude, et rien dans le dossier ne suggère un malaise."""),
    ("h", "4. Auditions"),
    para("""Ont été entendus : le chef d'équipe d'astreinte, M. Serge Canitrot ; M. Hugo L. ; le chef du
    centre, M. Didier Sarrans ; trois agents du centre ; l'épouse de la victime, Mme Martine Mazars, à sa
    demande. Le chef d'équipe indique que l'intervention isolée de nuit sur la RD 912A est « la pratique
    depuis toujours » et qu'elle n'est interdite par aucune consigne écrite. Deux agents déclarent avoir
    signalé oralement, à l'automne 2023, l'état du mur du lacet n° 6 ; le chef de centre ne s'en souvient
    pas. L'un d'eux déclare : « On savait tous que ce virage était pourri, mais on passait quand même,
    c'était Jean-Claude qui le connaissait le mieux. » Mme Mazars indique que son mari lui avait dit
    s'inquiéter du travail seul la nuit depuis le départ à la retraite de son binôme habituel en 2022, et
    qu'il dormait mal pendant les semaines d'astreinte. Elle demande que les conclusions de l'enquête lui
    soient communiquées et indique qu'elle a saisi un avocat."""),
    ("h", "5. Arbre des causes (synthèse)"),
    ("table", [
        ["Fait", "Antécédents identifiés", "Nature"],
        ["Effondrement de l'accotement", "Mur dégradé, buse obstruée, recommandation 2019 non suivie",
         "Organisation (programmation)"],
        ["Engin au bord de l'accotement", "Technique de rejet vers l'aval, chaussée étroite", "Mode opératoire"],
        ["Chute de 28 m, victime éjectée partiellement", "Ceinture non portée", "Comportement / ergonomie"],
        ["Découverte tardive (1 h 15)", "Travail isolé, pas de dispositif d'alarme travailleur isolé",
         "Organisation"],
        ["Absence de repérage des zones instables", "Pas d'inventaire des accotements à risque",
         "Organisation"],
    ]),
    ("h", "6. Conclusions et recommandations"),
    para("""La délégation conclut que l'accident résulte d'un cumul de facteurs principalement
    organisationnels. Aucune faute de la victime n'est retenue ; le non-port de la ceinture est lié à
    l'ergonomie du poste et à une pratique collective. La délégation recommande : l'interdiction de
    l'intervention isolée de nuit sur les itinéraires de montagne ; l'inventaire et le balisage des
    accotements instables ; le curage annuel des buses de la RD 912A ; l'équipement des engins en dispositifs
    travailleur isolé et géolocalisation ; l'adaptation des sièges pour permettre le port de la ceinture ;
    un soutien psychologique à l'équipe et à la famille. Elle attire l'attention de l'autorité territoriale
    sur l'éventualité d'une mise en cause de sa responsabilité, compte tenu de la recommandation de 2019
    restée sans suite."""),
    para("""La représentante CFDT ajoute une observation personnelle : deux agents du centre présentent
    depuis l'accident des troubles du sommeil et des reviviscences ; l'un d'eux, M. Hugo L., est en arrêt
    depuis le 16 décembre et a dit vouloir quitter le centre. Elle demande qu'un suivi individuel soit
    organisé avec le médecin du travail."""),
    ("h", "7. Observations du médecin du travail"),
    para("""Le Dr Ferrand, consultée, confirme l'absence de restriction d'aptitude de M. Mazars et
    rappelle qu'elle avait signalé en 2023, dans son rapport annuel, la fatigue des agents du centre du col
    liée à l'enchaînement des astreintes de nuit pendant l'hiver 2022-2023 (jusqu'à quatre semaines
    consécutives pour certains agents, du fait de deux postes vacants). Elle indique que M. Mazars avait
    évoqué lors de sa visite de mars 2024 « des nuits courtes » et une tension artérielle moins bien
    équilibrée pendant l'hiver, sans que cela justifie un avis de restriction. Elle recommande de limiter à
    deux le nombre de semaines d'astreinte consécutives et de prévoir un suivi médical renforcé des agents
    de plus de 55 ans affectés au service hivernal de montagne."""),
    ("h", "8. Position de l'autorité territoriale"),
    para("""Le directeur des routes a indiqué à la délégation, le 27 février, que les mesures relatives au
    binôme de nuit et aux dispositifs travailleur isolé seraient mises en œuvre dès la saison 2025-2026, que
    l'inventaire des murs et accotements de la RD 912A serait confié à un bureau d'études au printemps, et
    que le curage de la buse du lacet n° 6 avait été réalisé le 20 décembre. Il a précisé que l'absence de
    suite donnée à la recommandation de 2019 résultait d'un arbitrage budgétaire en faveur des ouvrages
    classés en état plus préoccupant, et que ce point serait examiné dans le cadre de la procédure engagée
    par la famille. La délégation prend acte de ces engagements et demande qu'un point d'étape soit présenté
    à la formation spécialisée avant le 1er novembre 2025."""),
    para("""Fait à Montcerf, le 3 mars 2025. Les membres de la délégation."""),
]

DOCX_BLOCKS["s047_proces_verbal_conseil_discipline_vols_carburant.docx"] = [
    ("title", "Conseil de discipline de recours et de première instance — procès-verbal de séance"),
    para("""Centre de gestion de la fonction publique territoriale du Val-d'Orvanne. Conseil de discipline
    placé auprès de la commission administrative paritaire de catégorie C. Séance du 26 juin 2025, 14 h 00.
    Collectivité : Département du Val-d'Orvanne. Agent déféré : M. Stéphane Alquier, adjoint technique
    principal de 2e classe, agent d'exploitation au centre de Saint-Aulde, né le 12 septembre 1979.
    Séance non publique. Procès-verbal confidentiel, notifié à l'agent et à l'autorité territoriale."""),
    ("h", "Composition"),
    para("""Président : M. Raymond Teulier, magistrat honoraire du tribunal administratif, désigné par le
    président du tribunal administratif de Toulouse. Représentants des collectivités : M. Jean-Marc Roubaud,
    Mme Sophie Calvet, M. André Pujol (maire de Peyrelade). Représentants du personnel : M. Daniel Ricard,
    Mme Fanny Olivier, M. Michel Testut. Le quorum est atteint. Secrétaire de séance : Mme Nicole Bouscatel,
    CDG. Représentant de l'autorité territoriale : Mme Claire Rigal, directrice des ressources humaines,
    assistée de M. Jérôme Vernhes, juriste. L'agent est présent, assisté de Me Karine Lasbordes, avocate au
    barreau de Montcerf. M. Testut, ayant déclaré connaître personnellement l'agent, s'est déporté et a
    quitté la salle ; il est remplacé par son suppléant, M. Laurent Bouyssou."""),
    ("h", "1. Rapport de saisine"),
    para("""La directrice des ressources humaines donne lecture du rapport de saisine du 2 mai 2025. Il est
    reproché à M. Alquier d'avoir, entre septembre 2024 et février 2025, utilisé à 23 reprises la carte
    carburant attribuée au camion n° 2271 du centre de Saint-Aulde pour effectuer des pleins de gazole
    non routier et de gazole routier dont une partie, évaluée à 1 870 litres (soit environ 3 300 euros), a
    été détournée à des fins personnelles. Les faits ont été détectés par le parc départemental lors du
    contrôle trimestriel des consommations : la consommation du camion avait augmenté de 46 % alors que le
    kilométrage était stable, et plusieurs pleins avaient été réalisés des samedis, hors astreinte, à la
    station de Lanzac, distante de 19 kilomètres du centre."""),
    para("""Une enquête interne a été conduite par le parc départemental et le chef de l'ART Sud. Les
    images de vidéosurveillance de la station de Lanzac, obtenues par la gendarmerie dans le cadre de la
    plainte déposée par le Département le 4 mars 2025, montrent l'agent remplissant, le samedi 8 février,
    deux jerricanes de 60 litres avec le pistolet de la pompe après avoir fait le plein du camion. Le
    véhicule personnel de l'agent, un pick-up, est visible à proximité. Entendu par les gendarmes le
    20 mars, M. Alquier a reconnu une partie des faits ; il a fait l'objet d'une procédure de composition
    pénale, exécutée le 5 juin (amende de 800 euros et indemnisation du Département), selon les éléments
    communiqués par le parquet."""),
    para("""L'autorité territoriale propose une sanction du troisième groupe : une exclusion temporaire de
    fonctions d'un an, dont six mois avec sursis. Elle souligne la gravité du manquement à la probité, la
    durée des faits, leur caractère organisé et le préjudice causé au service public. Elle indique que l'agent
    a été suspendu de ses fonctions à titre conservatoire le 10 mars 2025, avec maintien de son traitement."""),
    ("h", "2. Observations de l'agent et de son conseil"),
    para("""M. Alquier reconnaît avoir pris du gazole « à plusieurs reprises » mais conteste le volume
    retenu, qu'il évalue à « 700 ou 800 litres au maximum ». Il explique qu'il traversait une période très
    difficile : son épouse a été licenciée en 2024, le couple a contracté des dettes importantes et la banque
    avait refusé un découvert supplémentaire. Il utilisait le gazole pour le tracteur avec lequel il
    exploite une petite parcelle familiale et pour se chauffer, sa chaudière au fioul étant en panne. Il
    indique avoir honte, avoir remboursé intégralement le Département et vouloir retrouver son poste.
    Il précise que son fils de 15 ans est suivi en pédopsychiatrie depuis le début de l'affaire, ayant été
    pris à partie au collège par des camarades qui avaient appris « que son père volait »."""),
    para("""Me Lasbordes soutient que le volume retenu par l'administration repose sur une extrapolation des
    consommations moyennes et non sur des constats ; que seuls quatre épisodes sont matériellement établis
    par les images et les tickets ; que l'agent, en vingt ans de service, n'a jamais fait l'objet d'aucune
    sanction et que ses comptes rendus d'entretien professionnel sont très favorables ; que la sanction
    pénale, déjà exécutée, et le remboursement intégral doivent être pris en compte ; que l'exclusion d'un
    an, même assortie d'un sursis partiel, placerait la famille dans une situation financière
    catastrophique, l'épouse de l'agent étant toujours sans emploi. Elle produit trois attestations de
    collègues et une attestation de l'assistante sociale du personnel."""),
    ("h", "3. Témoins"),
    para("""M. Didier Sarrans, ancien chef du centre de Saint-Aulde, cité par l'agent, décrit M. Alquier
    comme « un des meilleurs agents du centre, toujours volontaire pour l'hiver ». Il reconnaît que le
    contrôle des cartes carburant n'était pas effectué au niveau du centre et que « tout le monde savait
    que les cartes n'étaient pas vérifiées ». M. Gilles Ortiz, responsable du parc départemental, cité par
    l'administration, expose la méthode de calcul du volume détourné et reconnaît une marge d'incertitude
    d'environ 20 %."""),
    para("""Avant la clôture des débats, la parole a été donnée en dernier à l'agent. M. Alquier a déclaré :
    « Je sais que j'ai trahi la confiance de mes collègues et de mon chef. Je n'ai pas d'excuse, seulement
    une explication : je n'arrivais plus à payer. Depuis, j'ai vendu le tracteur, on a un plan d'apurement
    avec la banque et ma femme a retrouvé un mi-temps. Je voudrais juste pouvoir retravailler, même
    ailleurs, même sans conduire de camion pendant un temps. » Me Lasbordes a produit un courrier de la
    commission de surendettement de la Banque de France du 12 juin 2025 déclarant recevable le dossier
    déposé par le couple, ainsi que l'échéancier de remboursement des sommes dues au Département, soldé le
    30 mai."""),
    para("""La représentante de l'autorité territoriale a répliqué que la situation financière de l'agent,
    si elle est respectable, ne saurait justifier un détournement répété de biens publics, et que d'autres
    agents connaissant des difficultés comparables se tournent vers l'assistante sociale du personnel et le
    comité des œuvres sociales, qui disposent de dispositifs de secours."""),
    ("h", "4. Délibéré"),
    para("""L'agent, son conseil et les représentants de l'autorité territoriale s'étant retirés, le conseil
    délibère. Le président rappelle que le conseil doit se prononcer sur la matérialité des faits, leur
    caractère fautif et la proportionnalité de la sanction. Les représentants du personnel estiment les
    faits établis mais soulignent les circonstances personnelles et la défaillance du contrôle interne ; ils
    proposent une exclusion temporaire de trois mois, dont deux avec sursis. Les représentants des
    collectivités estiment que le manquement à la probité justifie une sanction du troisième groupe."""),
    ("table", [
        ["Proposition mise aux voix", "Pour", "Contre", "Abstention"],
        ["Exclusion temporaire d'un an dont six mois avec sursis (proposition de l'autorité)", "3", "3", "0"],
        ["Exclusion temporaire de six mois dont quatre avec sursis", "4", "2", "0"],
    ]),
    para("""La proposition d'exclusion temporaire de fonctions de six mois, dont quatre mois avec sursis,
    recueille la majorité des suffrages exprimés. Le conseil de discipline émet en conséquence un avis
    favorable à cette sanction. Motivation : les faits de détournement de carburant sont établis dans leur
    principe et constituent un grave manquement au devoir de probité ; le volume précis n'est pas établi
    avec certitude ; il y a lieu de tenir compte de l'ancienneté de l'agent, de l'absence d'antécédent
    disciplinaire, du remboursement intégral, de la sanction pénale exécutée et de la situation
    personnelle et familiale particulièrement difficile de l'agent au moment des faits, ainsi que de
    l'insuffisance du contrôle exercé par le service."""),
    para("""Le conseil recommande en outre à l'autorité territoriale, si elle décide de réintégrer l'agent à
    l'issue de la période d'exclusion, de l'affecter dans un autre centre d'exploitation, et de mettre en
    place un contrôle mensuel des consommations de carburant dans l'ensemble des centres."""),
    para("""La séance est levée à 17 h 25. Le président, R. Teulier. La secrétaire, N. Bouscatel."""),
]

DOCX_BLOCKS["s048_memoire_technique_confidentiel_offre_signalisation.docx"] = [
    ("title", "Mémoire technique — offre de Signatech Occitanie"),
    para("""Accord-cadre de signalisation horizontale 2025-2028 (consultation n° 2025-DRM-009). Pièce n° 4 de
    l'offre. CONFIDENTIEL — contient des informations relevant du secret des affaires (savoir-faire,
    procédés, organisation, conditions d'achat). Ne pas communiquer aux autres candidats ni en réponse à
    une demande d'accès aux documents administratifs sans occultation des parties signalées."""),
    ("h", "1. Moyens humains et organisation"),
    para("""Signatech Occitanie affecte au marché une équipe dédiée de neuf personnes basée à l'agence de
    Lanzac : un conducteur de travaux, deux chefs d'équipe applicateurs, quatre applicateurs et deux
    conducteurs de machine. Le taux horaire chargé moyen de l'équipe est de 38,20 euros. L'agence fonctionne
    en deux postes pendant la campagne estivale (5 h – 13 h et 14 h – 22 h), ce qui nous permet de réaliser
    jusqu'à 42 kilomètres de marquage par jour avec deux machines, contre 25 kilomètres en moyenne dans la
    profession. Ce fonctionnement repose sur un accord d'entreprise sur le temps de travail signé en 2022,
    avec une prime de poste de 2,10 euros par heure, qui n'est pas connu de nos concurrents."""),
    ("h", "2. Procédé d'application breveté et savoir-faire"),
    para("""Nous proposons pour les axes de niveau 1 notre procédé « DuraLine 3 », enduit à froid
    bicomposant appliqué en extrusion structurée, qui combine une résine méthacrylate formulée par notre
    fournisseur exclusif et un saupoudrage de billes de verre à double granulométrie (mélange 70/30 de
    billes 600-1 400 µm traitées et 100-600 µm). Le rapport de mélange, la température d'application
    (entre 8 et 35 °C) et l'ordre de saupoudrage, mis au point après quatre années d'essais sur pistes,
    permettent d'obtenir une rétroréflexion par temps de pluie supérieure à 50 mcd/m²/lx pendant cinq ans,
    contre trois ans pour les procédés standard. La formulation précise (taux de catalyseur de 2,4 % en été
    et de 3,1 % en mi-saison, adjonction de 1,5 % de charge anti-dérapante) constitue un savoir-faire
    propre à l'entreprise et n'est communiquée qu'au pouvoir adjudicateur pour l'appréciation de l'offre."""),
    ("h", "3. Conditions d'approvisionnement"),
    para("""Nous bénéficions auprès de notre fournisseur de résine d'un contrat cadre avec un prix plafonné à
    4,85 euros le kilogramme jusqu'en 2027, soit environ 18 % en dessous du prix de marché constaté en 2025.
    Les billes de verre sont achetées par conteneur complet à un prix de 0,92 euro le kilogramme. Ces
    conditions expliquent le niveau de nos prix unitaires."""),
    ("table", [
        ["Prix du bordereau", "Déboursé sec", "Coefficient", "Prix proposé HT"],
        ["Ligne continue 12 cm, peinture à l'eau (le ml)", "0,142 €", "1,31", "0,186 €"],
        ["Ligne discontinue T1 (le ml)", "0,058 €", "1,31", "0,076 €"],
        ["DuraLine 3, ligne 15 cm (le ml)", "0,96 €", "1,24", "1,19 €"],
        ["Passage piéton enduit à froid (le m²)", "11,40 €", "1,28", "14,59 €"],
        ["Installation de chantier (forfait par intervention)", "160,00 €", "1,25", "200,00 €"],
    ]),
    ("h", "3 bis. Organisation logistique propre à l'entreprise"),
    para("""Nos machines de marquage sont équipées d'un système de guidage par caméra développé en
    interne avec un laboratoire de l'université de Toulouse, qui permet d'appliquer les lignes de rive sans
    pré-marquage, à une vitesse de 6 km/h, avec une précision de 2 centimètres. Ce système, non breveté à ce
    jour pour préserver sa confidentialité, nous fait économiser environ 30 % de main-d'œuvre sur le
    pré-marquage. Nous organisons nos tournées à partir d'un logiciel d'optimisation qui regroupe les bons de
    commande par secteur ; le seuil de rentabilité d'une intervention est de 1 800 mètres de ligne continue,
    en deçà duquel nous facturons l'installation de chantier. Nos approvisionnements sont stockés dans un
    entrepôt chauffé à Lanzac, ce qui nous permet de travailler jusqu'à 8 °C en mi-saison sans perte de
    qualité, contre 12 °C pour la plupart de nos concurrents."""),
    ("h", "4. Sécurité et environnement"),
    para("""Véhicules équipés de flèches lumineuses et de dispositifs d'alerte d'intrusion. Peintures sans
    solvant. Récupération des emballages par le fournisseur. Notre marge nette sur le marché précédent a été
    de 5,8 % ; nous avons accepté de la réduire à 3,5 % pour ce marché afin de conserver notre implantation
    à Lanzac, la perte de ce marché entraînant la fermeture de l'agence. Ces indications sont données à
    titre strictement confidentiel."""),
    para("""Lanzac, le 28 février 2025 — Pour Signatech Occitanie, le directeur d'agence, Marc Bonnafous."""),
]

DOCX_BLOCKS["s049_dossier_securite_tunnel_analyse_risques_diffusion_restreinte.docx"] = [
    ("title", "Tunnel du Pas de l'Escure — dossier de sécurité — pièce 5 : étude spécifique des dangers"),
    para("""DIFFUSION RESTREINTE. Mise à jour 2025 établie par le bureau d'études Tunnelia pour le compte du
    Département du Val-d'Orvanne, maître d'ouvrage et exploitant. Destinataires : préfet (commission
    consultative départementale de sécurité), SDIS, groupement de gendarmerie, agent de sécurité de
    l'ouvrage, chef du service exploitation et sécurité des ouvrages. Les pièces 1 à 4 et la notice de
    présentation sont communicables ; la présente pièce ne l'est pas, en application de l'article L. 311-5
    du code des relations entre le public et l'administration (sécurité publique et sécurité des
    personnes)."""),
    ("h", "1. Description sommaire de l'ouvrage"),
    para("""Tunnel monotube bidirectionnel de 1 850 mètres, pente de 2,8 % vers le sud, trafic moyen de
    5 750 véhicules par jour dont 11,4 % de poids lourds. Ventilation longitudinale par 14 accélérateurs
    réversibles. Quatre abris de sécurité (S1 à S4) reliés à une galerie de fuite parallèle d'une longueur de
    1 720 mètres, avec deux accès extérieurs (tête nord et rameau intermédiaire). Niches d'appel d'urgence
    tous les 200 mètres, détection automatique d'incidents par analyse vidéo, détection d'incendie par câble
    thermosensible. Transport de marchandises dangereuses autorisé de 21 h à 6 h, sauf catégories
    interdites par l'arrêté de 2014."""),
    ("h", "2. Scénarios étudiés"),
    para("""L'étude examine les scénarios réglementaires (incendie de véhicule léger de 8 MW, de poids lourd
    de 30 MW et de 100 MW, fuite de gaz inflammable, fuite de produit toxique) ainsi que, à la demande du
    préfet, deux scénarios de malveillance : l'incendie volontaire d'un poids lourd immobilisé au point bas
    et la prise de contrôle à distance des équipements de ventilation et de signalisation. Les résultats des
    simulations aérauliques et d'évacuation sont présentés en annexe (non jointe à la présente
    diffusion)."""),
    ("h", "3. Vulnérabilités identifiées"),
    para("""3.1 Désenfumage. Pour un incendie de 30 MW situé entre les PM 1 100 et 1 300, le temps nécessaire
    pour établir une vitesse d'air critique de 3 m/s dans le sens de la pente est de 240 secondes en
    fonctionnement normal. Si quatre accélérateurs du groupe central (A6 à A9) sont indisponibles, ce qui
    arrive en cas de coupure de l'alimentation du poste électrique sud, la vitesse critique n'est pas
    atteinte et la stratification des fumées est détruite au bout de 6 minutes environ. Le poste électrique
    sud n'est pas secouru par un second transformateur."""),
    para("""3.2 Galerie de fuite. La porte d'accès extérieure du rameau intermédiaire n'est pas équipée de
    détection d'ouverture reportée au PC ; sa serrure est une serrure à clé triangulaire standard. Un tiers
    mal intentionné pourrait donc accéder à la galerie puis aux abris sans être détecté. Le remplacement est
    programmé en 2026."""),
    para("""3.3 Supervision. Les automates de ventilation sont pilotables depuis le pupitre de secours de
    l'armoire A3, sans authentification. Le réseau de supervision n'est pas segmenté du réseau des caméras ;
    un accès au réseau vidéo donnerait potentiellement accès aux automates. L'audit de 2024 a relevé
    l'utilisation de mots de passe par défaut sur deux commutateurs et un enregistreur. Ces points font
    l'objet d'un plan d'action (pièce 7)."""),
    para("""3.4 Couverture vidéo. La caméra 17 présente un angle mort de 40 mètres entre les PM 1 180 et
    1 220, soit dans la zone la plus défavorable pour le désenfumage. Un véhicule immobilisé dans cette zone
    ne serait détecté que par les caméras adjacentes, avec un retard estimé à 45 secondes."""),
    para("""3.5 Radiocommunications. Le réseau ANTARES n'est pas retransmis dans la galerie de fuite entre les
    abris S2 et S3 ; les sapeurs-pompiers engagés dans cette section sont privés de liaison radio sur
    environ 380 mètres."""),
    para("""3.6 Temps d'intervention. Le centre de secours le plus proche (Castelmoron) est à 14 minutes de la
    tête sud la nuit, en l'absence de garde postée. Le délai d'arrivée du premier engin dépasse donc
    l'objectif de 10 minutes retenu par la circulaire. Pendant ce délai, la sécurité des usagers repose
    entièrement sur l'auto-évacuation et la ventilation."""),
    para("""3.7 Malveillance. Le scénario d'incendie volontaire d'un poids lourd au point bas combinerait
    plusieurs des vulnérabilités décrites ci-dessus. Un véhicule immobilisé dans l'angle mort de la caméra
    17, incendié à l'aide d'un accélérant, produirait une puissance de l'ordre de 30 MW en moins de six
    minutes. Si, dans le même temps, l'alimentation du poste électrique sud était interrompue, par exemple
    par une intervention sur le coffret de coupure situé en bordure de la RD 912 à 60 mètres de la tête sud,
    dont la porte n'est fermée que par une clé standard, la ventilation ne pourrait maîtriser les fumées.
    L'étude estime que, dans ce cas, les usagers situés en aval du foyer disposeraient de moins de
    quatre minutes pour rejoindre un abri. Les simulations d'évacuation montrent que, pour un trafic de pointe
    estival, jusqu'à 40 personnes pourraient se trouver dans cette zone."""),
    para("""3.8 Prise de contrôle à distance. Le scénario de prise de contrôle des automates repose sur les
    constats de l'audit de sécurité de 2025 : exposition de certains équipements de terrain sur internet,
    compte d'accès distant partagé du prestataire, absence de segmentation entre les réseaux vidéo et
    automates, protocole industriel sans authentification. Un attaquant ayant obtenu un accès pourrait
    inverser le sens de la ventilation, désactiver la détection automatique d'incidents ou afficher des
    messages contradictoires sur les panneaux d'entrée. L'étude recommande de considérer ce scénario comme
    plausible tant que les mesures de segmentation n'auront pas été mises en œuvre."""),
    para("""3.9 Informations sensibles. Les plans détaillés de l'ouvrage, l'emplacement des coffrets
    électriques et des pupitres de secours, ainsi que les résultats des simulations, doivent être regardés
    comme des informations dont la divulgation faciliterait un acte de malveillance. Il est recommandé de
    retirer des documents de consultation des marchés de maintenance les plans d'implantation des
    équipements électriques et de ne les communiquer qu'au titulaire, après signature d'un engagement de
    confidentialité."""),
    ("h", "4. Évaluation du risque"),
    ("table", [
        ["Scénario", "Probabilité (par an)", "Gravité", "Niveau de risque"],
        ["Incendie VL 8 MW", "2.10⁻¹", "Faible", "Acceptable"],
        ["Incendie PL 30 MW au point bas", "8.10⁻³", "Très grave", "Tolérable sous conditions"],
        ["Incendie PL 30 MW + perte poste sud", "4.10⁻⁴", "Catastrophique", "Non acceptable"],
        ["Incendie volontaire PL au point bas", "non quantifiable", "Catastrophique", "À traiter"],
        ["Prise de contrôle à distance des automates", "non quantifiable", "Très grave", "À traiter"],
    ]),
    ("h", "5. Mesures proposées"),
    para("""Mesures à court terme (avant fin 2025) : segmentation du réseau de supervision, suppression des
    mots de passe par défaut, authentification sur le pupitre de secours ; ajout d'une caméra au PM 1 200 ;
    détection d'ouverture sur la porte du rameau intermédiaire. Mesures à moyen terme (2026-2027) : second
    transformateur au poste sud ; retransmission ANTARES dans la totalité de la galerie ; étude d'une
    restriction horaire supplémentaire des poids lourds de plus de 19 tonnes en cas de fermeture de la
    RD 912A. Dans l'attente, l'exploitant doit maintenir une consigne de fermeture immédiate du tunnel en
    cas d'indisponibilité du poste électrique sud."""),
    para("""Mesures d'exploitation transitoires : jusqu'à la réalisation des travaux, l'exploitant
    maintient en permanence deux opérateurs au PC entre 21 h et 6 h pendant la plage de circulation des
    marchandises dangereuses, réalise une ronde hebdomadaire de vérification des portes de la galerie de
    fuite et du coffret de coupure du poste sud, et teste mensuellement le basculement manuel de la
    ventilation depuis le pupitre de secours. Le SDIS a été informé de la zone blanche radio et a adapté
    ses consignes d'engagement : binôme avec radio relais portable dans la galerie entre S2 et S3. La
    gendarmerie a été destinataire de la localisation des points vulnérables pour l'organisation de ses
    patrouilles de nuit."""),
    ("h", "6. Mesures de protection du présent document"),
    para("""Le présent document est numéroté et enregistré. Il ne doit pas être reproduit, numérisé sur un
    espace de stockage accessible par internet, ni transmis par messagerie non chiffrée. Les extraits
    nécessaires à la formation des opérateurs sont préparés par l'agent de sécurité de l'ouvrage. La
    destruction des exemplaires périmés est consignée. Exemplaire n° 4/9 — remis au chef du service
    exploitation et sécurité des ouvrages."""),
    para("""Établi à Toulouse le 15 avril 2025 par Tunnelia — visé par l'agent de sécurité de l'ouvrage,
    M. Olivier Marcou."""),
]

DOCX_BLOCKS["s050_fiche_signalement_conducteur_marques_enfant.docx"] = [
    ("title", "Fiche de signalement d'une situation préoccupante — transport adapté"),
    para("""Département du Val-d'Orvanne — service transports adaptés. Fiche transmise à la cellule de
    recueil des informations préoccupantes (CRIP) le 20 novembre 2025 à 10 h 15. Ne pas conserver dans le
    dossier de transport ; ne pas communiquer au transporteur au-delà du conducteur signalant."""),
    ("table", [
        ["Rubrique", "Renseignements"],
        ["Enfant concerné", "Noah P., 7 ans, scolarisé en ULIS école à Villeroux, circuit N-04"],
        ["Adresse de prise en charge", "Lotissement Les Acacias, lot 12, Villeroux (domicile de la mère)"],
        ["Personne signalante", "M. Rachid Belkacem, conducteur, Taxis du Causse"],
        ["Date des constatations", "Lundi 17 et mercredi 19 novembre 2025"],
    ]),
    ("h", "Faits constatés par le conducteur"),
    para("""Le lundi 17, à la prise en charge à 7 h 35, l'enfant présentait un hématome violacé sur la joue
    gauche et sous l'œil. Interrogé doucement, il a dit qu'il était « tombé du lit ». Le mercredi 19, il
    portait des traces rouges sur les deux poignets, « comme des marques de doigts », et a refusé d'enlever
    son blouson dans le véhicule alors qu'il faisait chaud. Pendant le trajet, il a dit spontanément :
    « Il faut pas que je fasse de bruit sinon Kevin il se fâche. » Kevin serait le compagnon de la mère. Le
    conducteur indique que depuis environ un mois, c'est un homme qui remet l'enfant le matin, parfois avec
    une forte odeur d'alcool, et qui a crié sur l'enfant devant lui le 5 novembre parce qu'il n'était pas
    prêt."""),
    ("h", "Éléments complémentaires"),
    para("""L'enfant bénéficie du transport adapté en raison d'un trouble du développement du langage et
    d'un trouble de l'attention (notification CDAPH). L'enseignante de l'ULIS, contactée ce matin par la
    cheffe de service, indique avoir elle aussi remarqué l'hématome lundi et avoir prévu d'en parler avec la
    directrice. Le père, séparé de la mère, vit à Montpellier et exerce un droit de visite un week-end sur
    deux."""),
    ("h", "Suites immédiates"),
    para("""Transmission de la présente fiche à la CRIP. Consigne donnée au conducteur de ne rien modifier
    dans son comportement, de ne pas interroger l'enfant et de signaler tout nouvel élément. Information de
    l'école. Pas d'information des parents à ce stade, conformément aux recommandations de la CRIP en cas de
    suspicion de violences au domicile."""),
    para("""Rédigé par Mireille Cabrol, cheffe du service transports adaptés, sur la base du témoignage
    oral du conducteur recueilli le 19 novembre à 17 h 30."""),
]

DOCX_BLOCKS["s051_fiche_transport_individuelle_protocole_crise.docx"] = [
    ("title", "Fiche de transport individuelle — élève à besoins particuliers"),
    para("""Transport des élèves en situation de handicap — année 2025-2026. Document remis au conducteur
    titulaire du circuit S-02 et à son remplaçant désigné. À conserver dans la pochette rouge du véhicule.
    Données de santé : ne pas photocopier, ne pas laisser visible, restituer en fin d'année."""),
    ("table", [
        ["Élève", "Romane FAURIE, née le 14/01/2013 (12 ans)"],
        ["Établissement", "IME Les Tilleuls, Montcerf — externat, lundi à vendredi"],
        ["Domicile", "La Borie Haute, route de Cantagrel, Brévignac (maison isolée, portail vert)"],
        ["Responsables légaux", "Mme Agnès Faurie (mère) 06 xx xx 18 72 — M. Thierry Faurie (père) 06 xx xx 55 09"],
        ["Médecin traitant", "Dr Lacan, Brévignac — 05 xx xx 31 20"],
        ["Neuropédiatre", "Dr Sabatié, CHU Toulouse (service de neurologie pédiatrique)"],
        ["Accompagnement", "AESH présente dans le véhicule le matin uniquement"],
    ]),
    ("h", "1. Informations médicales utiles au trajet"),
    para("""Romane présente une épilepsie pharmaco-résistante dans le cadre d'un syndrome de Dravet, avec
    des crises tonico-cloniques généralisées pouvant survenir à tout moment, en particulier en cas de fièvre,
    de chaleur, de fatigue ou de stimulation lumineuse intermittente (soleil à travers les arbres). Elle a eu
    quatre crises prolongées en 2024, dont une ayant nécessité une hospitalisation en réanimation. Elle
    prend un traitement quotidien (stiripentol, valproate, clobazam) donné à la maison. Elle présente par
    ailleurs une déficience intellectuelle moyenne et des troubles de l'équilibre : elle marche seule mais
    doit être tenue par la main sur terrain irrégulier."""),
    ("h", "2. Protocole en cas de crise (établi par le Dr Sabatié le 28/08/2025)"),
    para("""1. Arrêter le véhicule dès que possible en lieu sûr. Noter l'heure de début de la crise.
    2. Ne pas entraver les mouvements, protéger la tête (coussin dans la pochette), ne rien mettre dans la
    bouche. 3. Si la crise dure plus de 5 minutes : administrer le midazolam buccal (Buccolam 7,5 mg,
    seringue jaune, dans la trousse isotherme) en déposant lentement le contenu entre la gencive et la joue.
    4. Appeler le 15 en indiquant « enfant avec syndrome de Dravet, protocole administré à … h … ».
    5. Après la crise, mettre en position latérale de sécurité, surveiller la respiration, couvrir
    l'enfant. 6. Prévenir la mère, puis l'IME. Ne jamais reprendre la route avant l'avis du SAMU."""),
    para("""Autorisation parentale d'administration du traitement d'urgence signée le 29/08/2025. Le
    conducteur titulaire, M. Laurent Vidalou, a reçu l'information de l'infirmière de l'IME le 1er septembre
    ; le remplaçant désigné, M. Julien Fabre, le 3 septembre."""),
    ("h", "3. Consignes de confort et de prévention"),
    para("""Température du véhicule : ne pas dépasser 22 °C ; pare-soleil latéraux toujours baissés côté de
    l'enfant. Pas de musique avec effets lumineux. Itinéraire par la RD 23 plutôt que par la route forestière
    (alternance ombre/soleil). En cas de fièvre signalée par la famille le matin, l'enfant ne doit pas être
    transportée : la mère s'y est engagée. Romane se calme avec sa tablette (dessins animés sans
    clignotement) et sa couverture grise."""),
    para("""Historique récent communiqué par la famille pour information du conducteur : crise prolongée le
    12 mars 2025 à l'IME (18 minutes, Buccolam administré, transfert aux urgences) ; crise brève dans le
    véhicule le 20 mai 2025 (3 minutes, pas de traitement, reprise du trajet après avis du SAMU). Depuis
    juin, le neuropédiatre a ajouté un nouveau médicament (fenfluramine) ; la famille signale une plus
    grande somnolence le matin et une baisse de l'appétit. En cas de somnolence inhabituelle pendant le
    trajet, ne pas s'inquiéter mais vérifier régulièrement que l'enfant respire normalement."""),
    ("h", "4. Personnes autorisées à récupérer l'enfant"),
    para("""La mère, le père, la grand-mère maternelle (Mme Jeanine Bessou, pièce d'identité à vérifier).
    Aucune autre personne."""),
    ("h", "5. Contacts d'urgence"),
    ("table", [
        ["Situation", "Contact"],
        ["Crise, malaise", "15 (SAMU) puis la mère"],
        ["Retard, absence", "Régulation Taxis du Causse puis IME (infirmerie : 05 xx xx 60 14)"],
        ["Question sur la fiche", "Service transports adaptés du Département"],
    ]),
    para("""Fiche établie le 29/08/2025 par le service transports adaptés, vérifiée par l'infirmière de l'IME,
    visée par la mère de l'enfant."""),
]

DOCX_BLOCKS["s052_memoire_defense_tribunal_accident_motard.docx"] = [
    ("title", "Tribunal administratif de Toulouse — mémoire en défense"),
    para("""Requête n° 2501187-3. Pour : le Département du Val-d'Orvanne, représenté par sa Présidente en
    exercice, ayant pour avocat la SCP Sarrazin et associés. Contre : M. Grégory Bonnet, demeurant 14 rue
    du Faubourg, 81xxx Castelmoron-d'Orvanne, ayant pour avocat Me Delphine Marty ; et la caisse primaire
    d'assurance maladie du Val-d'Orvanne, appelée en la cause."""),
    ("h", "I. Faits et procédure"),
    para("""Le dimanche 7 juillet 2024, vers 16 h 40, M. Bonnet, alors âgé de 41 ans, qui circulait au
    guidon d'une motocyclette de forte cylindrée (Yamaha MT-09, 117 chevaux) sur la RD 912A dans le sens de
    la descente du col de l'Escure vers Castelmoron, a chuté dans le virage n° 9, au PR 4+300. Il soutient
    que sa chute a été causée par la présence sur la chaussée de gravillons provenant d'un enduit
    superficiel réalisé par les services du Département le 2 juillet, sans que ce danger ait été signalé.
    Par la présente requête, il demande la condamnation du Département à lui verser la somme de
    486 320 euros en réparation de ses préjudices. La CPAM sollicite le remboursement de ses débours, d'un
    montant provisoire de 91 440 euros."""),
    ("h", "II. Sur la responsabilité"),
    para("""1. Il appartient à l'usager d'une voie publique qui entend obtenir réparation des dommages qu'il
    a subis du fait de l'ouvrage d'établir l'existence d'un lien de causalité entre l'ouvrage et le dommage ;
    le maître de l'ouvrage peut s'exonérer en démontrant l'entretien normal de l'ouvrage ou la faute de la
    victime."""),
    para("""2. En premier lieu, le Département conteste le lien de causalité. Le procès-verbal établi par la
    gendarmerie (pièce n° 3) ne mentionne aucune présence de gravillons à l'endroit de la chute : les
    gendarmes ont relevé une trace de ripage de 14 mètres commençant à l'extérieur de la courbe, sur une
    chaussée « sèche, propre, en bon état ». Le seul témoin entendu, M. Loïc D., motocycliste qui suivait le
    requérant, a déclaré : « On roulait assez vite, Greg a pris le virage trop large, sa roue arrière est
    partie. » Les photographies produites par le requérant, prises trois jours après l'accident, ne
    permettent pas de localiser les gravillons qui y figurent."""),
    para("""3. En second lieu, et en tout état de cause, le Département rapporte la preuve de l'entretien
    normal de l'ouvrage. L'enduit superficiel a été réalisé le 2 juillet sur la section PR 2+000 à 3+900,
    soit en amont du lieu de l'accident, et non au droit du virage n° 9. Conformément aux prescriptions du
    guide technique, des panneaux « gravillons » (A15c) assortis d'une limitation à 50 km/h ont été mis en
    place sur la section traitée et maintenus jusqu'au 16 juillet (pièce n° 6 : arrêté temporaire et fiches
    de contrôle quotidien de la signalisation). Le balayage de la section a été réalisé les 3 et 5 juillet
    (pièce n° 7 : bons d'intervention de la balayeuse). Le chef d'équipe a effectué une patrouille le
    6 juillet et n'a constaté aucun rejet significatif (pièce n° 8)."""),
    para("""4. À titre subsidiaire, la faute de la victime est de nature à exonérer totalement le Département.
    Il résulte du procès-verbal que M. Bonnet circulait à une vitesse estimée entre 75 et 85 km/h à l'entrée
    du virage n° 9, pour une vitesse limitée à 70 km/h sur l'ensemble de la section et une vitesse conseillée
    de 40 km/h signalée par un panneau à 120 mètres du virage. Il résulte en outre des analyses pratiquées
    au centre hospitalier (pièce n° 4, communiquée par le parquet) que le requérant présentait une
    alcoolémie de 0,62 gramme par litre de sang, supérieure au taux légal. M. Bonnet a d'ailleurs été
    condamné par le tribunal correctionnel de Montcerf, le 13 février 2025, à une amende de 600 euros et à
    une suspension de son permis de conduire de six mois pour conduite sous l'empire d'un état alcoolique ;
    ce jugement est définitif (pièce n° 5). Le requérant ne saurait reprocher au gestionnaire de la voie les
    conséquences d'une perte de contrôle imputable à son propre comportement."""),
    ("h", "III. Sur les préjudices"),
    para("""5. À titre infiniment subsidiaire, les montants réclamés sont excessifs. Le rapport d'expertise du
    docteur Pagès, désigné par ordonnance du juge des référés du 2 septembre 2024 (pièce n° 9), retient :
    une fracture comminutive du plateau tibial gauche et une fracture de l'extrémité distale du radius droit,
    ayant nécessité trois interventions chirurgicales ; un déficit fonctionnel temporaire total de 48 jours
    puis partiel de classe III pendant quatre mois et de classe II pendant six mois ; une consolidation au
    14 mai 2025 ; un déficit fonctionnel permanent de 18 % ; des souffrances endurées de 4,5 sur 7 ; un
    préjudice esthétique permanent de 2 sur 7 ; un préjudice d'agrément lié à l'impossibilité de pratiquer
    la moto et la randonnée en montagne. L'expert relève également un syndrome anxio-dépressif réactionnel,
    pour lequel M. Bonnet est suivi par un psychiatre et traité par antidépresseurs, et dont il estime
    qu'il est pour partie antérieur à l'accident, le requérant ayant été suivi en 2022 à la suite de son
    divorce."""),
    para("""6. S'agissant des pertes de gains professionnels, le requérant, technicien de maintenance dans une
    entreprise de Castelmoron, a été licencié pour inaptitude le 30 juin 2025. L'expert ne se prononce pas
    sur l'imputabilité exclusive de cette inaptitude à l'accident, le médecin du travail ayant également
    mentionné des lombalgies chroniques. La demande de 212 000 euros au titre de la perte de gains futurs,
    calculée sur une capitalisation jusqu'à l'âge de 67 ans sans tenir compte des possibilités de
    reclassement, n'est pas justifiée."""),
    ("table", [
        ["Poste", "Demande", "Offre subsidiaire du Département"],
        ["Déficit fonctionnel temporaire", "9 800 €", "5 900 €"],
        ["Souffrances endurées (4,5/7)", "30 000 €", "18 000 €"],
        ["Déficit fonctionnel permanent (18 %)", "52 000 €", "36 000 €"],
        ["Préjudice esthétique permanent", "6 000 €", "3 000 €"],
        ["Préjudice d'agrément", "20 000 €", "5 000 €"],
        ["Pertes de gains actuels", "22 520 €", "sur justificatifs"],
        ["Pertes de gains futurs", "212 000 €", "rejet"],
        ["Incidence professionnelle", "80 000 €", "15 000 €"],
        ["Frais divers et assistance tierce personne", "54 000 €", "8 400 €"],
    ]),
    para("""7. S'agissant de l'assistance par une tierce personne, l'expert retient un besoin de deux heures
    par jour pendant la période de déficit fonctionnel temporaire total, puis d'une heure par jour pendant
    quatre mois, soit 216 heures au total, et aucun besoin après consolidation. La demande formée à ce titre
    pour la période postérieure à la consolidation, fondée sur l'attestation de la compagne du requérant
    selon laquelle elle l'aiderait « tous les jours pour la toilette et les courses », n'est corroborée par
    aucun élément médical. Au taux horaire de 18 euros couramment retenu par les juridictions
    administratives pour une aide non spécialisée, l'indemnisation ne saurait excéder 3 888 euros."""),
    para("""8. S'agissant de la CPAM, ses débours ne sont justifiés que par une attestation d'imputabilité
    établie par son médecin-conseil, qui ne distingue pas les frais liés à l'accident de ceux liés au suivi
    psychiatrique antérieur. Le Département demande que la caisse produise le détail des prestations, et
    rappelle qu'en tout état de cause le recours subrogatoire de la caisse s'exerce poste par poste, dans la
    limite de la part de responsabilité éventuellement retenue."""),
    para("""9. Enfin, le Département entend souligner que la victime, informée par l'expert de la
    possibilité de solliciter un bilan neuropsychologique, ne l'a pas fait, et que les troubles de la
    concentration allégués dans la requête ne sont étayés par aucune pièce."""),
    para("""10. Le Département ne conteste pas la réalité des souffrances de M. Bonnet, mais rappelle
    qu'il ne saurait être tenu de réparer des préjudices qui trouvent leur origine exclusive dans le
    comportement de la victime."""),
    ("h", "IV. Conclusions"),
    para("""Par ces motifs, le Département du Val-d'Orvanne conclut : à titre principal, au rejet de la
    requête et des conclusions de la CPAM ; à titre subsidiaire, à ce que sa responsabilité soit
    intégralement écartée en raison de la faute de la victime ; à titre infiniment subsidiaire, à ce qu'elle
    soit limitée à 20 % et à ce que les indemnités soient ramenées à de plus justes proportions ; en tout
    état de cause, à ce que soit mise à la charge de M. Bonnet une somme de 2 500 euros au titre de
    l'article L. 761-1 du code de justice administrative."""),
    para("""Fait à Toulouse, le 22 septembre 2025. Pour la SCP Sarrazin et associés, Me Paul Sarrazin.
    Bordereau des pièces : 1 à 12 (pièces n° 4 et 5 produites sous pli confidentiel : éléments médicaux et
    pénaux)."""),
]

DOCX_BLOCKS["s053_tableau_suivi_reclassements_agents_routes.docx"] = [
    ("title", "Cellule maintien dans l'emploi — suivi des situations, direction des routes"),
    para("""Réunion trimestrielle du 9 octobre 2025 (DRH, médecin du travail, assistante sociale du personnel,
    référente handicap, directeur des routes). Tableau de travail — ne pas diffuser aux chefs de centre."""),
    ("table", [
        ["Agent / centre", "Situation", "Restrictions / avis médical", "Piste", "Échéance"],
        ["P. Genieys, Saint-Aulde", "diabète insulinodépendant, hypoglycémie sévère 12/2024",
         "pas de conduite de nuit isolé ; contrôle glycémique", "maintien avec binôme", "réévaluation 05/2026"],
        ["C. Fabre, Saint-Aulde", "spondylarthrite ; CLM terminé ; inapte définitif aux fonctions",
         "sédentaire, < 10 kg, pas de nuit", "PPR 1 an — magasin central + permissions de voirie",
         "début 12/07/2025"],
        ["K. Dumeyrat, Lanzac", "hernie discale L4-L5, accident de service", "mi-temps thérapeutique",
         "patrouille sans manutention", "12/2025"],
        ["D. Sarrans, ex-CE Escure", "épuisement professionnel après l'accident mortel de 12/2024",
         "arrêt ; reprise à envisager hors encadrement", "poste au bureau d'études ART Montagne",
         "à revoir 01/2026"],
        ["Hugo L., CE Escure", "état de stress post-traumatique (témoin indirect)",
         "pas d'astreinte de nuit sur le col", "mutation demandée CE Castelmoron", "accord 11/2025"],
        ["M. Vidalou (F.), Brévignac", "cancer du sein, chimiothérapie terminée, radiothérapie en cours",
         "temps partiel thérapeutique 50 %", "maintien poste administratif du centre", "03/2026"],
        ["F. Rouquette, CE Escure", "addiction à l'alcool, suivi CSAPA", "pas de poste de sécurité jusqu'à avis",
         "entretien dépendances de jour", "avis addictologue 12/2025"],
    ]),
    para("""Observations du médecin du travail : deux nouvelles demandes de reconnaissance de maladie
    professionnelle (épaule) sont en cours d'instruction pour des agents du CE de Villeroux. La référente
    handicap signale que M. Fabre a obtenu la RQTH, ce qui permet un financement FIPHFP de l'aménagement de
    son poste."""),
]

DOCX_BLOCKS["s054_note_dgs_agent_garde_a_vue_accident_vehicule_service.docx"] = [
    ("title", "Note au directeur général des services — information urgente"),
    para("""Objet : accident du véhicule de service n° 3318 — placement en garde à vue d'un agent. Date :
    samedi 22 mars 2025, 11 h 20. Rédacteur : cadre de permanence de la direction des routes. Diffusion :
    DGS, DRH, directeur des routes, cabinet de la Présidente. Confidentiel."""),
    para("""Cette nuit vers 1 h 30, le véhicule de patrouille n° 3318 du centre d'exploitation de Montcerf-Sud,
    conduit par M. Cédric Lapeyre, agent d'exploitation d'astreinte, a percuté l'arrière d'un véhicule en
    stationnement, avenue de Toulouse à Montcerf, puis a heurté un abribus. Il n'y a pas de blessé.
    L'agent, qui rentrait d'une intervention sur une chute d'arbre sur la RD 820, a été soumis à un contrôle
    d'alcoolémie qui s'est révélé positif (0,71 mg/l d'air expiré) ; il a été placé en garde à vue au
    commissariat de Montcerf. Il a été remis en liberté ce matin à 9 h avec une convocation devant le
    tribunal correctionnel (procédure de CRPC envisagée par le parquet selon les policiers). Son permis de
    conduire a été retenu puis suspendu par arrêté préfectoral pour une durée de quatre mois."""),
    para("""Points d'attention : l'agent était en astreinte et en mission ; le véhicule est assuré par le
    Département (déclaration de sinistre faite ce matin) ; la question de la responsabilité de
    l'administration à l'égard des tiers se posera. Sur le plan RH, l'agent ne peut plus conduire et ne
    peut donc plus exercer ses fonctions d'agent d'exploitation en l'état ; une suspension à titre
    conservatoire ou une affectation temporaire sur des tâches sans conduite est à décider lundi. Le chef de
    centre indique que M. Lapeyre traverse depuis plusieurs mois une période difficile (décès de sa
    compagne en décembre) et qu'il avait été vu « pas bien » à la prise d'astreinte, mais que personne
    n'avait estimé devoir le retirer du planning. Une presse locale pourrait s'intéresser à l'abribus
    endommagé ; il est proposé de ne faire aucune communication nominative."""),
]

DOCX_BLOCKS["s055_rapport_audit_securite_systemes_gestion_trafic.docx"] = [
    ("title", "Audit de sécurité des systèmes de gestion du trafic — rapport de synthèse"),
    para("""Commanditaire : Département du Val-d'Orvanne (RSSI et service exploitation et sécurité des
    ouvrages). Prestataire : CyberPass Sud-Ouest, prestataire d'audit de la sécurité des systèmes
    d'information qualifié (PASSI). Période des tests : 3 au 14 février 2025. Classification :
    CONFIDENTIEL — diffusion limitée aux destinataires nominatifs (RSSI, DSI, chef du service exploitation,
    directeur des routes). Ne pas transmettre aux prestataires de maintenance sans accord du RSSI."""),
    ("h", "1. Périmètre"),
    para("""Serveur de supervision des panneaux à messages variables et des carrefours à feux ; 11 PMV ; 6
    contrôleurs de carrefours (sur 74) ; routeurs 4G des armoires ; réseau de supervision du tunnel du Pas
    de l'Escure (GTC, automates, enregistreur vidéo) ; postes opérateurs du PC tunnel ; accès distants des
    prestataires. Tests réalisés en boîte grise depuis internet, depuis le réseau bureautique et depuis une
    armoire de carrefour (accès physique)."""),
    ("h", "2. Synthèse des vulnérabilités"),
    ("table", [
        ["Réf.", "Vulnérabilité", "Criticité", "Exploitation démontrée"],
        ["V-01", "Interface web d'administration de 6 PMV exposée sur internet, identifiants constructeur",
         "Critique", "Oui — affichage d'un message test sur le PMV 5 (RD 820) à 2 h 10"],
        ["V-02", "Telnet ouvert sur les routeurs 4G (firmware 2016), mot de passe faible", "Critique",
         "Oui — prise de contrôle d'un routeur, rebond vers le contrôleur du carrefour C14"],
        ["V-03", "Absence de segmentation entre réseau vidéo et automates du tunnel", "Critique",
         "Oui — lecture des registres de l'automate de ventilation depuis l'enregistreur vidéo"],
        ["V-04", "Protocole Modbus sans authentification sur les automates du tunnel", "Élevée",
         "Non testé en écriture (accord du commanditaire refusé)"],
        ["V-05", "Compte VPN partagé du prestataire, sans double authentification", "Élevée",
         "Oui — mot de passe retrouvé dans un fichier de configuration sur un poste opérateur"],
        ["V-06", "Mot de passe par défaut de l'enregistreur vidéo", "Élevée", "Oui"],
        ["V-07", "Postes opérateurs sous Windows 10 non mis à jour depuis 14 mois", "Moyenne", "Non"],
        ["V-08", "Armoires de carrefour fermées par clé standard, port réseau accessible", "Moyenne",
         "Oui — accès physique en 40 secondes au carrefour C12"],
    ]),
    ("h", "3. Scénario d'attaque le plus critique"),
    para("""Un attaquant disposant d'une connexion internet peut, sans compétence particulière, prendre la
    main sur un routeur d'armoire (V-02), atteindre le réseau de supervision, puis, grâce au compte VPN du
    prestataire (V-05), accéder au réseau du tunnel et agir sur la ventilation via le protocole non
    authentifié (V-03, V-04). Dans l'hypothèse d'un incendie simultané, la neutralisation de la ventilation
    pourrait avoir des conséquences humaines graves. En parallèle, l'affichage de fausses informations sur
    les PMV d'entrée du tunnel (V-01) pourrait orienter les usagers vers l'ouvrage fermé."""),
    para("""Observations complémentaires : les auditeurs ont constaté que le mot de passe du compte
    « operateur » de la supervision du tunnel était noté sur un post-it collé sous le clavier de la station 2
    et que le même mot de passe était utilisé depuis au moins trois trimestres. Le fichier de configuration
    contenant le mot de passe du VPN prestataire (V-05) se trouve dans le répertoire partagé « PC_TUNNEL »,
    accessible à tous les agents du service. Enfin, l'enregistreur vidéo est joignable depuis le réseau
    bureautique du Département, ce qui élargit considérablement la surface d'attaque. Ces constats ont été
    signalés oralement au RSSI dès le 6 février, compte tenu de leur gravité."""),
    ("h", "4. Recommandations prioritaires"),
    para("""Sous 8 jours : retirer toute exposition internet des PMV et routeurs ; changer l'ensemble des mots
    de passe par défaut ; désactiver le compte VPN partagé. Sous 3 mois : segmenter le réseau du tunnel
    (pare-feu industriel entre vidéo, GTC et automates) ; mettre en place une authentification forte des
    prestataires ; mettre à jour les postes. Sous 12 mois : remplacer les routeurs ; protéger
    physiquement les armoires ; superviser les journaux de sécurité. Un audit de contrôle est recommandé en
    février 2026."""),
    para("""Rapport établi le 28 février 2025 par Sébastien Roux, auditeur principal, et Inès Caujolle,
    auditrice. Les preuves techniques (captures, journaux, identifiants récupérés) figurent dans l'annexe
    technique chiffrée remise au RSSI."""),
]

DOCX_BLOCKS["s056_fiche_usager_tad_evaluation_besoins.docx"] = [
    ("title", "Proxi'Orvanne — fiche d'inscription et d'évaluation des besoins"),
    para("""Fiche renseignée lors de la visite à domicile du 4 février 2025 par la conseillère mobilité, en
    présence de la fille de l'usager. Usage : centrale de réservation. Seules les rubriques « consignes »
    sont transmises aux conducteurs."""),
    ("table", [
        ["Rubrique", "Renseignements"],
        ["Usager", "M. Marcel Rieux, né le 3 mars 1936 (88 ans), veuf"],
        ["Adresse", "12 rue du Four, Cantagrel (maison de village, 4 marches à l'entrée)"],
        ["Éligibilité", "APA à domicile — GIR 2 (décision du 12/11/2024) ; gratuité : aide sociale à domicile"],
        ["Ressources déclarées", "pension 894 €/mois ; bénéficiaire de l'aide ménagère au titre de l'aide sociale"],
        ["Mesure de protection", "curatelle renforcée (UDAF, curatrice Mme Soulié) — le curateur valide"
         " les dépenses, pas les trajets"],
        ["Santé (déclaratif)", "maladie de Parkinson évoluée, chutes fréquentes, incontinence ; oxygène"
         " portable la nuit seulement"],
        ["Aides techniques", "déambulateur à roulettes ; fauteuil roulant pour les longues distances"],
        ["Trajets prévus", "kinésithérapeute à Brévignac mardi et vendredi ; neurologue CH Montcerf"
         " tous les trois mois ; marché le samedi avec sa fille"],
        ["Consignes conducteur", "aider à la descente des marches, prendre le fauteuil dans le coffre,"
         " prévoir protection d'assise, ne pas laisser seul à l'arrivée"],
        ["Personne à prévenir", "Mme Sylvie Rieux-Cambon (fille), 06 xx xx 71 33"],
    ]),
    para("""Observations de la conseillère : l'usager vit seul avec le passage d'une aide à domicile deux fois
    par jour. Il a du mal à se faire comprendre au téléphone ; les réservations seront faites par sa fille
    ou par le service d'aide à domicile. Situation d'isolement importante ; une orientation vers le
    dispositif de lutte contre l'isolement des personnes âgées a été proposée."""),
]

DOCX_BLOCKS["s057_lettre_licenciement_contractuel_insuffisance.docx"] = [
    ("title", "Décision de licenciement pour insuffisance professionnelle"),
    para("""Département du Val-d'Orvanne — Direction des ressources humaines. Lettre recommandée avec accusé
    de réception. Montcerf, le 17 octobre 2025. Monsieur Kévin Besse, 22 chemin de la Plaine, Lanzac."""),
    para("""Objet : licenciement pour insuffisance professionnelle — agent contractuel de droit public,
    technicien chargé de la gestion des permissions de voirie, ART Sud."""),
    para("""Monsieur, à la suite de l'entretien préalable du 7 octobre 2025, auquel vous vous êtes présenté
    accompagné de M. Testut, et après avis de la commission consultative paritaire du 14 octobre 2025, j'ai
    le regret de vous informer de ma décision de procéder à votre licenciement pour insuffisance
    professionnelle."""),
    para("""Cette décision est motivée par les éléments suivants, qui vous ont été exposés lors de
    l'entretien et figurent dans votre dossier, que vous avez consulté le 2 octobre : un retard persistant
    dans l'instruction des demandes de permissions de voirie (délai moyen de 47 jours contre 15 jours
    attendus, avec 38 dossiers en instance de plus de deux mois au 1er septembre, dont quatre ayant donné
    lieu à des accords tacites non souhaités) ; des erreurs répétées dans les prescriptions techniques,
    dont une ayant conduit à autoriser une tranchée sous chaussée sans réfection provisoire, à l'origine
    d'une réclamation d'usager ; l'absence de progrès malgré l'accompagnement mis en place depuis votre
    entretien professionnel de février (tutorat par un technicien expérimenté, formation au logiciel
    métier, points hebdomadaires avec votre cheffe de service). Votre compte rendu d'entretien
    professionnel 2024 relevait déjà une valeur professionnelle « insuffisante ». Ces éléments ne relèvent
    pas d'un comportement fautif mais traduisent une inadéquation durable entre vos compétences et les
    exigences du poste."""),
    para("""Aucune possibilité de reclassement sur un emploi correspondant à vos compétences n'a pu être
    identifiée, malgré la recherche effectuée et dont le résultat vous a été communiqué le 9 octobre. Votre
    licenciement prendra effet à l'issue d'un préavis de deux mois, soit le 18 décembre 2025. Vous
    percevrez une indemnité de licenciement calculée conformément au décret du 15 février 1988. Vous pouvez
    contester cette décision devant le tribunal administratif de Toulouse dans un délai de deux mois."""),
    para("""Pour la Présidente et par délégation, la directrice des ressources humaines, Claire Rigal."""),
]

DOCX_BLOCKS["s058_courrier_famille_suspension_transport_hospitalisation.docx"] = [
    ("title", "Courrier aux responsables légaux — transport adapté"),
    para("""Service transports adaptés. Affaire suivie par Mireille Cabrol. Montcerf, le 5 mai 2025.
    Madame et Monsieur Lagarde, 3 impasse des Vignes, Les Vignaux."""),
    para("""Objet : transport de votre fils Théo (dossier TEEH-2023-0142) — adaptation temporaire."""),
    para("""Madame, Monsieur, nous faisons suite à notre échange téléphonique du 30 avril et à l'incident du
    28 avril, au cours duquel Théo, en grande agitation, a ouvert la portière du véhicule en roulant sur la
    RD 58, à une vitesse d'environ 50 km/h, et tenté de sortir avant que le conducteur ne parvienne à
    s'arrêter. Nous mesurons combien cette période est éprouvante pour vous."""),
    para("""Vous nous avez indiqué que Théo est hospitalisé depuis le 2 mai à l'unité de pédopsychiatrie du
    centre hospitalier de Montcerf, pour une durée que le psychiatre estime à trois ou quatre semaines, le
    temps d'adapter son traitement, et qu'un retour progressif à l'ITEP est envisagé ensuite, à temps
    partiel. Le transport sera donc suspendu pendant l'hospitalisation, sans aucune démarche de votre
    part."""),
    para("""Pour la reprise, et afin d'assurer la sécurité de Théo comme celle du conducteur, nous vous
    proposons : un transport individuel (sans autre élève), la présence d'un accompagnateur assis à côté de
    Théo, la sécurité enfant activée sur les portières arrière, et un point avec l'équipe soignante et
    l'ITEP avant la reprise, si vous en êtes d'accord. Nous avons besoin de votre accord écrit pour échanger
    avec le service hospitalier ; vous trouverez ci-joint un formulaire. Il ne s'agit en aucun cas d'une
    sanction."""),
    para("""Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations les meilleures.
    La cheffe du service transports adaptés."""),
]

DOCX_BLOCKS["s059_releve_greve_astreintes_delegues.docx"] = [
    ("title", "Mouvement de grève du 9 décembre 2024 — relevé des agents grévistes, direction des routes"),
    para("""Établi par le secrétariat de direction pour le calcul des retenues sur traitement (service paie)
    et pour l'organisation du service minimum hivernal. Diffusion restreinte au service paie et au
    directeur. Le préavis avait été déposé par l'intersyndicale CGT-FO le 29 novembre 2024 (revendication :
    revalorisation des astreintes de viabilité hivernale)."""),
    ("table", [
        ["Centre", "Agent", "Syndicat / mandat (déclaratif)", "Durée", "Observations"],
        ["Villeroux", "H. Benali", "FO — délégué de section", "journée", "présent au piquet devant l'Hôtel du"
         " Département"],
        ["Villeroux", "P. Rigal", "FO — adhérent", "journée", ""],
        ["Castelmoron", "M. Testut", "CGT — secrétaire du syndicat CD", "journée", "décharge d'activité"
         " syndicale partielle"],
        ["Castelmoron", "J. Alibert", "CGT — adhérent", "1 heure", "astreinte maintenue la nuit"],
        ["Saint-Aulde", "S. Alquier", "non syndiqué", "journée", ""],
        ["Pont-Ferrand", "T. Palous", "CGT — adhérent, candidat CAP", "journée", ""],
        ["Lanzac", "K. Dumeyrat", "CGT — adhérent", "journée", ""],
        ["Col de l'Escure", "F. Rouquette", "FO — adhérent", "1 heure", "réquisitionné à 14 h (alerte neige)"],
    ]),
    para("""Total : 31 agents grévistes sur 312 agents d'exploitation (10 %), dont 24 pour la journée. Note du
    directeur : « Merci de ne pas faire circuler ce tableau ; la colonne syndicat n'a rien à y faire, la
    supprimer avant envoi à la paie. »"""),
]

DOCX_BLOCKS["s060_demande_protection_fonctionnelle_agent_agresse.docx"] = [
    ("title", "Demande de protection fonctionnelle"),
    para("""À Madame la Présidente du Conseil départemental du Val-d'Orvanne, sous couvert de M. le chef de
    l'agence routière territoriale Nord. Objet : demande de protection fonctionnelle (article L. 134-5 du
    code général de la fonction publique) à la suite de l'agression dont j'ai été victime le 3 septembre
    2025."""),
    para("""Madame la Présidente, je soussigné Julien Marty, agent d'exploitation au centre de Villeroux,
    sollicite le bénéfice de la protection fonctionnelle à la suite des faits suivants. Le 3 septembre
    2025 vers 15 h 30, j'assurais avec mon collègue Patrick Rigal la fermeture de la RD 820 à hauteur de la
    rue des Écoles à Villeroux, pendant l'intervention des pompiers sur un accident. Un automobiliste, à qui
    j'ai indiqué la déviation, est sorti de son véhicule, m'a insulté (« sale larbin », « je vais te
    crever »), m'a poussé violemment contre la barrière puis m'a porté un coup de poing au visage. Il a pris
    la fuite en forçant le barrage ; mon collègue a relevé l'immatriculation."""),
    para("""J'ai été examiné aux urgences du centre hospitalier de Montcerf le jour même : fracture des os
    propres du nez et plaie de l'arcade, avec une incapacité totale de travail de 10 jours. J'ai été placé
    en arrêt de travail jusqu'au 28 septembre. Depuis, je fais des cauchemars et j'ai de l'appréhension
    dès que je dois intervenir sur un barrage ; mon médecin m'a orienté vers une psychologue et m'a
    prescrit un traitement pour dormir. J'ai déposé plainte à la gendarmerie de Villeroux le 4 septembre
    (procès-verbal n° 01472/2025). L'auteur aurait été identifié et placé en garde à vue le 10 septembre ;
    il serait déjà connu des services pour des faits de violence. Il sera convoqué devant le tribunal
    correctionnel de Montcerf, selon l'enquêteur."""),
    para("""Je demande au Département : de prendre en charge les frais d'avocat pour me constituer partie
    civile ; de m'assister dans la procédure ; de prendre en charge les frais de consultation psychologique
    non remboursés ; de se constituer lui-même partie civile. Je joins le certificat médical initial, le
    récépissé de plainte, l'attestation de mon collègue et la déclaration d'accident de service."""),
    para("""Je vous prie d'agréer, Madame la Présidente, l'expression de mon profond respect. Villeroux, le
    15 septembre 2025, Julien Marty."""),
    para("""Avis du chef d'agence : très favorable ; l'agent a agi conformément aux consignes. Je signale que
    c'est la deuxième agression au centre de Villeroux cette année et demande que la question des barrages
    tenus par deux agents seulement soit examinée."""),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_schema_departemental_mobilites.docx"] = [
    ("title", "Rapport au Conseil départemental — Schéma départemental des mobilités 2025-2035"),
    para("""Séance du 9 décembre 2024 — rapport n° 4 — pôle Aménagement et mobilités. Rapporteur :
    M. Jean-Marc Roubaud, vice-président chargé des routes, des mobilités et des infrastructures. Le présent
    rapport est publié avec les délibérations de la séance."""),
    ("h", "1. Pourquoi un schéma des mobilités ?"),
    para("""Le Val-d'Orvanne compte 218 000 habitants répartis dans 312 communes, dont les deux tiers ont
    moins de 500 habitants. La voiture assure 78 % des déplacements ; 6 % des ménages n'en possèdent aucune,
    principalement des personnes âgées vivant seules et des jeunes. Depuis la loi d'orientation des
    mobilités, les communautés de communes et la Région sont les autorités organisatrices des mobilités ; le
    Département conserve la gestion du réseau routier départemental, le transport des élèves en situation
    de handicap et, au titre de ses compétences de solidarité, des services de mobilité pour les personnes
    âgées et les publics en insertion. Le schéma a pour objet de mettre en cohérence ces interventions et de
    fixer, pour dix ans, les priorités du Département en matière de mobilité."""),
    ("h", "2. Le diagnostic"),
    para("""Le diagnostic, établi à partir de l'enquête mobilité de 2025 (premiers résultats), des comptages
    routiers et de 42 entretiens avec les acteurs du territoire, met en évidence quatre enjeux. Premièrement,
    la dépendance à la voiture, coûteuse pour les ménages modestes : le budget transport représente en
    moyenne 18 % du revenu des ménages ruraux contre 12 % pour ceux de l'agglomération de Montcerf.
    Deuxièmement, l'isolement des personnes âgées sans véhicule, qui renoncent à des soins ou à des
    démarches : 31 % des personnes de plus de 80 ans interrogées déclarent avoir renoncé à un déplacement
    dans le mois précédent faute de moyen de transport. Troisièmement, l'accès à l'emploi et à la formation
    des jeunes et des bénéficiaires du revenu de solidarité active, pour lesquels la mobilité est citée
    comme premier frein par les conseillers en insertion. Quatrièmement, la sécurité routière, le réseau
    départemental concentrant 63 % des tués du département."""),
    para("""Le diagnostic souligne aussi des atouts : un réseau routier dense et globalement en bon état, un
    service de transport à la demande pour les personnes âgées apprécié de ses usagers (taux de
    satisfaction de 94 %), une dynamique de covoiturage spontané importante dans les zones d'activités et
    un potentiel cyclable réel dans les vallées et autour des bourgs-centres, où 40 % des déplacements font
    moins de 5 kilomètres."""),
    ("h", "3. Les orientations"),
    para("""Orientation 1 — Un réseau routier sûr et adapté. Le Département poursuivra la modernisation des
    itinéraires structurants (déviation de Lanzac, carrefour de la zone commerciale, sécurisation de la
    RD 912), le traitement des zones d'accumulation d'accidents et le plan de rattrapage de l'entretien des
    chaussées. Il intégrera systématiquement la question des cyclistes et des piétons dans les projets
    routiers (accotements revêtus, traversées d'agglomération)."""),
    para("""Orientation 2 — Des solutions pour ceux qui n'ont pas de voiture. Le service Proxi'Orvanne sera
    étendu à l'ensemble du territoire d'ici 2027, avec un objectif de 60 000 trajets par an. Une plateforme
    de mobilité solidaire sera créée avec les intercommunalités et les associations d'insertion : conseil
    en mobilité, location de véhicules et de deux-roues à tarif social, aide au permis de conduire pour les
    jeunes et les bénéficiaires du RSA engagés dans un parcours d'insertion, garage solidaire. Le
    Département soutiendra les initiatives de transport solidaire par des bénévoles, qui existent dans
    14 communes."""),
    para("""Orientation 3 — Le vélo, solution du quotidien. Le plan départemental vélo 2025-2030 prévoit
    14,5 M€ d'investissement : voie verte du Sarret, liaisons vers les collèges, aide aux intercommunalités,
    stationnement sécurisé, aide à l'achat de vélos à assistance électrique sous conditions de ressources."""),
    para("""Orientation 4 — Le covoiturage et l'intermodalité. Le réseau d'aires de covoiturage sera porté à
    30 aires d'ici 2030, en priorité aux échangeurs et aux entrées de bourgs. Le Département coordonnera avec
    la Région l'aménagement de pôles d'échanges (gare de Villeroux, pôle de Lanzac) et l'accessibilité des
    arrêts de cars sur routes départementales."""),
    para("""Orientation 5 — Un transport adapté de qualité pour les élèves en situation de handicap. Le
    prochain marché (2026-2030) renforcera la formation des conducteurs, la stabilité des équipes et les
    dispositifs de sécurité, et visera à réduire les temps de trajet supérieurs à une heure. Le Département
    accompagnera l'autonomie des élèves qui le peuvent par des formations aux déplacements en transport en
    commun, en lien avec les établissements médico-sociaux."""),
    para("""Orientation 6 — Des mobilités plus sobres. Le Département réduira les émissions de sa propre
    flotte (véhicules électriques pour les déplacements de service, carburants alternatifs pour les poids
    lourds), optimisera le service hivernal (saumure, dosage) et encouragera le télétravail et le
    covoiturage de ses agents dans le cadre de son plan de mobilité employeur."""),
    ("h", "3 bis. Les territoires"),
    para("""Le schéma distingue trois types de territoires, pour lesquels les réponses diffèrent.
    L'agglomération de Montcerf et les pôles de Lanzac et de Villeroux, où le vélo, le covoiturage et les
    transports collectifs régionaux peuvent réduire significativement la part de la voiture, à condition de
    sécuriser les itinéraires et d'organiser l'intermodalité. Les bourgs-centres et leur couronne, où la
    priorité est de relier les villages aux services (collège, maison de santé, commerces) par des
    solutions souples : transport à la demande, covoiturage organisé, aménagements cyclables courts. Les
    secteurs de montagne et du Causse, très peu denses, où la voiture restera indispensable et où l'effort
    portera sur la qualité du réseau routier, la viabilité hivernale et les services de mobilité
    solidaire pour les personnes sans véhicule."""),
    para("""Pour chacun de ces territoires, un plan d'action sera élaboré avec les intercommunalités
    concernées dans les deux ans suivant l'adoption du schéma. Les communautés de communes qui le
    souhaitent pourront confier au Département, par convention, l'organisation de certains services, dans le
    respect de leur compétence d'autorité organisatrice."""),
    para("""Le schéma sera révisé à mi-parcours, en 2030, au vu des résultats de l'observatoire des
    mobilités et de l'évolution des compétences des différentes collectivités."""),
    ("h", "4. La gouvernance"),
    para("""Un comité des partenaires des mobilités, associant la Région, les intercommunalités, l'État, les
    associations d'usagers et de personnes âgées ou handicapées, les acteurs de l'insertion et les
    entreprises, se réunira une fois par an. Un observatoire des mobilités publiera chaque année des
    indicateurs de suivi : part modale du vélo, nombre de trajets Proxi'Orvanne, nombre de bénéficiaires de
    l'aide au permis, accidentalité, taux d'occupation des aires de covoiturage, temps de trajet des élèves
    en situation de handicap."""),
    ("h", "5. Les moyens"),
    ("table", [
        ["Orientation", "Investissement 2025-2035 (M€)", "Fonctionnement annuel supplémentaire (M€)"],
        ["1 — Réseau routier sûr", "96,0", "—"],
        ["2 — Mobilité solidaire", "1,5", "0,8"],
        ["3 — Vélo", "14,5", "0,2"],
        ["4 — Covoiturage et intermodalité", "4,2", "0,1"],
        ["5 — Transport des élèves en situation de handicap", "0,6", "0,4"],
        ["6 — Mobilités sobres", "3,8", "—"],
        ["Total", "120,6", "1,5"],
    ]),
    ("h", "6. La concertation"),
    para("""Le projet de schéma a été soumis aux intercommunalités, à la Région et au conseil départemental de
    la citoyenneté et de l'autonomie, qui a émis un avis favorable le 14 novembre 2024 en demandant que la
    tarification de Proxi'Orvanne tienne compte des ressources des usagers. Cette demande est satisfaite par
    l'extension de la gratuité aux personnes dont les ressources n'excèdent pas le plafond de l'allocation
    de solidarité aux personnes âgées, soumise à la commission permanente du 16 décembre. Le conseil
    départemental des jeunes a demandé la mise en place d'une aide au permis de conduire pour tous les
    jeunes ; le schéma retient une aide ciblée sur les jeunes en insertion et sur les apprentis."""),
    ("h", "7. Décision proposée"),
    para("""Il est proposé au Conseil départemental d'adopter le schéma départemental des mobilités
    2025-2035 joint en annexe, d'autoriser la Présidente à signer les conventions de partenariat
    nécessaires à sa mise en œuvre avec la Région et les intercommunalités, et de prendre acte de la
    création du comité des partenaires et de l'observatoire des mobilités."""),
    para("""Vote : adopté à la majorité (pour : 32 ; contre : 0 ; abstentions : 2)."""),
]

DOCX_BLOCKS["p122_reglement_voirie_departementale_extraits.docx"] = [
    ("title", "Règlement de voirie départemental du Val-d'Orvanne"),
    para("""Adopté par délibération du Conseil départemental du 16 juin 2023, après avis de la commission
    départementale de la sécurité routière et consultation des concessionnaires et occupants de droit.
    Extraits : titres I à IV. Document publié au recueil des actes administratifs."""),
    ("h", "Titre I — Dispositions générales"),
    para("""Article 1 — Objet. Le présent règlement définit les droits et obligations du Département, des
    riverains, des occupants et des intervenants sur le domaine public routier départemental, qui comprend
    la chaussée, les accotements, les fossés, les talus, les ouvrages d'art et les dépendances (aires,
    parkings, abris à sel). Il s'applique aux routes départementales hors et en agglomération, sans
    préjudice des pouvoirs de police du maire en agglomération."""),
    para("""Article 2 — Conservation du domaine. Il est interdit de dégrader les chaussées et leurs
    dépendances, d'y déposer des matériaux, des ordures ou des objets, d'y laisser s'écouler des eaux
    usées ou industrielles, d'y faire circuler des véhicules à chenilles ou des engins susceptibles de les
    détériorer sans autorisation, d'y implanter des panneaux publicitaires. Les infractions sont constatées
    par les agents assermentés du Département et poursuivies conformément au code de la voirie routière."""),
    ("h", "Titre II — Droits et obligations des riverains"),
    para("""Article 5 — Accès. Les riverains disposent d'un droit d'accès à la voie. La création ou la
    modification d'un accès est soumise à une permission de voirie délivrée par le Président du Conseil
    départemental. Elle peut être refusée ou assortie de prescriptions lorsque la sécurité des usagers
    l'exige, notamment en courbe ou en sommet de côte, ou lorsque la propriété dispose d'un autre accès
    sur une voie de moindre importance. Les travaux sont réalisés aux frais du demandeur."""),
    para("""Article 6 — Écoulement des eaux. Les propriétés riveraines situées en contrebas sont tenues de
    recevoir les eaux de ruissellement de la route dans leur écoulement naturel. Il est interdit de
    combler ou d'obstruer les fossés. Le busage d'un fossé au droit d'un accès est réalisé selon les
    prescriptions du Département (diamètre minimal de 400 mm, têtes de sécurité)."""),
    para("""Article 7 — Plantations et élagage. Les arbres, haies et arbustes plantés en bordure des routes
    départementales doivent respecter une distance de deux mètres de la limite du domaine public pour les
    plantations de plus de deux mètres de hauteur. Les propriétaires sont tenus d'élaguer les branches qui
    avancent sur le domaine public ou qui masquent la signalisation. À défaut, après mise en demeure restée
    sans effet, les travaux peuvent être exécutés d'office aux frais du propriétaire."""),
    para("""Article 8 — Clôtures et constructions. Les clôtures sont implantées en limite du domaine public
    ou en retrait. Les constructions respectent les marges de recul fixées par les documents d'urbanisme et,
    à défaut, un recul de 15 mètres de l'axe pour les routes de niveau 1 et de 10 mètres pour les autres.
    Au voisinage des carrefours, des dégagements de visibilité peuvent être imposés."""),
    ("h", "Titre III — Occupation du domaine public"),
    para("""Article 10 — Régimes d'autorisation. L'occupation du domaine public routier départemental
    nécessite : une permission de voirie lorsqu'elle donne lieu à emprise (réseaux enterrés, supports,
    ouvrages) ; un permis de stationnement lorsqu'elle est sans emprise (échafaudages, dépôts temporaires,
    terrasses, bennes). Les occupants de droit (opérateurs de réseaux de communications électroniques,
    distributeurs d'énergie) sont soumis à l'accord technique préalable du Département sur les conditions
    d'exécution."""),
    para("""Article 11 — Instruction. Les demandes sont déposées au moins deux mois avant le début des
    travaux (un mois pour les permis de stationnement) auprès de l'agence routière territoriale compétente,
    au moyen du formulaire réglementaire accompagné d'un plan de situation et d'un plan des travaux. Le
    silence gardé pendant deux mois vaut rejet pour les permissions de voirie et accord pour les accords
    techniques, conformément aux textes en vigueur."""),
    para("""Article 12 — Redevances. L'occupation du domaine public donne lieu au paiement d'une redevance
    dont les montants sont fixés par délibération, dans la limite des plafonds réglementaires pour les
    occupants de droit. Sont exonérées les occupations qui concourent à la satisfaction d'un intérêt
    général (réseaux publics d'eau et d'assainissement des communes, abribus)."""),
    ("h", "Titre IV — Exécution des travaux sur le domaine public"),
    para("""Article 15 — Coordination. Le Département établit chaque année un calendrier de coordination des
    travaux. Après réfection complète d'une chaussée, aucune tranchée n'est autorisée pendant trois ans,
    sauf urgence (fuite, rupture de réseau) ou raccordement individuel ne pouvant être différé."""),
    para("""Article 16 — Signalisation. L'intervenant met en place, à ses frais, la signalisation temporaire
    conforme à l'instruction interministérielle et à l'arrêté de circulation pris par l'autorité
    compétente. Il est responsable des accidents pouvant résulter d'une signalisation insuffisante."""),
    para("""Article 17 — Tranchées. Les tranchées sous chaussée sont réalisées selon les prescriptions du
    guide technique départemental annexé : découpe franche des bords, remblai en matériaux d'apport
    compactés par couches, réfection provisoire immédiate, réfection définitive dans un délai de trois mois
    au plus. Les contrôles de compactage sont à la charge de l'intervenant et transmis au Département."""),
    para("""Article 18 — Réception et garantie. À l'achèvement des travaux, l'intervenant adresse un avis
    de fin de travaux. Il reste responsable des désordres pendant un délai d'un an à compter de la réception.
    En cas de défaillance, le Département peut exécuter d'office les travaux de remise en état aux frais de
    l'intervenant, après mise en demeure."""),
    para("""Article 19 — Dommages aux ouvrages. Tout dommage causé au domaine public routier par un
    intervenant, un riverain ou un usager (poteau, glissière, panneau, candélabre) donne lieu à réparation
    aux frais de son auteur, sur la base des coûts réels ou d'un bordereau de prix publié. Les usagers
    impliqués dans un accident ayant endommagé des équipements sont invités à communiquer les coordonnées
    de leur assureur."""),
    para("""Article 20 — Chantiers sur routes à fort trafic. Sur les routes supportant plus de 8 000
    véhicules par jour, les travaux sont réalisés en dehors des heures de pointe (7 h – 9 h et 16 h 30 –
    19 h) et, lorsque leur nature le permet, de nuit. Les dates sont arrêtées en concertation avec l'agence
    routière territoriale, qui peut imposer un report en cas de concomitance avec d'autres chantiers ou avec
    une manifestation."""),
    para("""Article 21 — Information des usagers et des riverains. L'intervenant informe les riverains au
    moins huit jours avant le début des travaux par une lettre ou un affichage indiquant la nature et la
    durée du chantier, les restrictions d'accès et les coordonnées d'un interlocuteur. Un panneau de
    chantier mentionnant le maître d'ouvrage, l'entreprise et les dates est implanté à chaque extrémité."""),
    para("""Article 22 — Constat des infractions. Les agents du Département commissionnés et assermentés
    constatent par procès-verbal les infractions au présent règlement et à la police de la conservation du
    domaine public routier. Les contrevenants s'exposent aux peines d'amende prévues par le code de la
    voirie routière, sans préjudice de la réparation du dommage causé au domaine."""),
    ("h", "Titre V — Dispositions diverses (extrait)"),
    para("""Article 23 — Manifestations. L'organisation d'une épreuve sportive ou d'une manifestation sur
    route départementale est soumise à déclaration ou autorisation préfectorale, après avis du Département,
    qui peut imposer des prescriptions (horaires, signalisation, remise en état). Les organisateurs
    déposent leur dossier au moins trois mois à l'avance."""),
    para("""Article 24 — Transports exceptionnels. Le Département est consulté par le préfet sur les
    itinéraires des transports exceptionnels. Les ouvrages d'art limités en tonnage sont signalés et leur
    liste est publiée sur le site du Département."""),
    para("""Article 24 bis — Publicité et enseignes. Toute publicité est interdite sur le domaine public
    routier départemental hors agglomération. Les dispositifs de signalisation d'information locale sont
    autorisés dans les conditions fixées par la charte départementale de signalétique."""),
    para("""Article 25 — Entrée en vigueur. Le présent règlement entre en vigueur le 1er septembre 2023. Il
    abroge le règlement du 12 mars 1998. Il peut être consulté à l'Hôtel du Département, dans les agences
    routières territoriales et sur www.orvanne.fr."""),
]

DOCX_BLOCKS["p123_plan_departemental_velo_2025_2030.docx"] = [
    ("title", "Plan départemental vélo 2025-2030"),
    para("""Département du Val-d'Orvanne. Document adopté par le Conseil départemental le 9 décembre 2024,
    à l'issue d'une consultation publique ayant recueilli plus de 1 800 contributions."""),
    ("h", "Avant-propos"),
    para("""Le vélo n'est plus seulement un loisir du dimanche. Dans les vallées et autour de nos bourgs, où
    quatre déplacements sur dix font moins de cinq kilomètres, il peut devenir une vraie solution pour aller
    au collège, au travail, au marché. Le vélo à assistance électrique a changé la donne en rendant
    accessibles des trajets plus longs et des côtes qui décourageaient. Encore faut-il pouvoir rouler en
    sécurité : c'est l'objet de ce plan, construit avec les habitants, les communes et les associations.
    Françoise Délanne, Présidente du Conseil départemental."""),
    ("h", "1. État des lieux"),
    para("""Le département compte aujourd'hui 148 kilomètres d'aménagements cyclables, dont 41 kilomètres de
    voies vertes, 63 kilomètres de bandes cyclables et 44 kilomètres d'accotements revêtus identifiés comme
    itinéraires cyclables. La part modale du vélo est de 2 % pour les déplacements quotidiens, 4 % dans
    l'agglomération de Montcerf. La fréquentation des compteurs progresse de 8 à 11 % par an. Le
    département est traversé par la véloroute nationale V86 sur 38 kilomètres, dont 22 kilomètres ne sont
    pas encore aménagés."""),
    para("""En matière de sécurité, 10 accidents corporels impliquant des cyclistes ont été recensés sur les
    routes départementales en 2024, dont 1 mortel. Les configurations les plus fréquentes sont le
    dépassement par un véhicule, les giratoires et les chutes liées à l'état de la chaussée. La consultation
    a confirmé que le sentiment d'insécurité est le premier frein à la pratique (78 % des répondants)."""),
    ("h", "2. Objectifs à l'horizon 2030"),
    ("table", [
        ["Indicateur", "2024", "Objectif 2030"],
        ["Linéaire d'aménagements cyclables", "148 km", "260 km"],
        ["Part modale du vélo (déplacements quotidiens)", "2 %", "5 %"],
        ["Collèges desservis par un itinéraire sécurisé", "6 sur 24", "16 sur 24"],
        ["Places de stationnement sécurisé (gares, collèges, pôles)", "180", "900"],
        ["Cyclistes tués ou blessés hospitalisés sur RD (moyenne 3 ans)", "7", "moins de 4"],
    ]),
    ("h", "3. Axe 1 — Des itinéraires continus et sûrs"),
    para("""Le plan identifie un réseau cyclable départemental structurant de 310 kilomètres, composé de
    trois niveaux : les itinéraires touristiques (véloroutes et voies vertes), les liaisons du quotidien
    entre bourgs et pôles d'emploi, et les accès aux collèges. Sur ce réseau, le Département s'engage à
    réaliser ou à financer des aménagements adaptés au trafic et à la vitesse : voie verte ou piste
    séparée au-delà de 4 000 véhicules par jour, accotements revêtus de 1,50 mètre entre 1 500 et 4 000
    véhicules par jour, chaussée partagée avec modération de vitesse en deçà. Les principaux projets sont
    la voie verte de la vallée du Sarret (23 km, 8,2 M€), la liaison Lanzac – Montcerf par la vallée
    (9 km, 2,6 M€) et la résorption des discontinuités de la V86."""),
    para("""Doctrine d'intégration : à chaque opération de renforcement de chaussée sur un itinéraire du
    réseau cyclable départemental, l'opportunité d'élargir et de revêtir les accotements est
    systématiquement étudiée. Les giratoires neufs situés sur le réseau sont équipés d'un aménagement
    cyclable. L'entretien des aménagements cyclables (balayage, fauchage, reprise des affaissements) est
    intégré aux programmes des centres d'exploitation, avec un passage au moins mensuel sur les voies
    vertes."""),
    ("h", "4. Axe 2 — Soutenir les projets des territoires"),
    para("""Le Département subventionne les aménagements cyclables des communes et des intercommunalités à
    hauteur de 30 % d'une dépense plafonnée à 600 000 € HT par projet, 40 % pour les liaisons desservant un
    collège. Deux sessions de dépôt sont organisées chaque année (mars et septembre). Les projets doivent
    s'inscrire dans la continuité d'un itinéraire existant ou programmé et respecter les recommandations
    techniques du Cerema. Le Département met à disposition des petites communes l'ingénierie de ses
    agences routières territoriales pour les études préalables."""),
    ("h", "5. Axe 3 — Développer les services et la culture vélo"),
    para("""Stationnement : le Département équipe ses collèges d'abris à vélos couverts et sécurisés
    (programme de 24 collèges sur cinq ans) et cofinance le stationnement sécurisé dans les gares et aux
    arrêts de cars avec la Région. Aide à l'achat : une aide de 200 à 500 euros pour l'acquisition d'un
    vélo à assistance électrique, d'un vélo cargo ou d'un vélo adapté aux personnes en situation de
    handicap est instaurée sous conditions de ressources, en complément des aides de l'État et des
    intercommunalités. Apprentissage : le Département finance, avec les associations, des séances de remise
    en selle pour les adultes et le programme « Savoir rouler à vélo » dans les écoles. Agents : le plan de
    mobilité employeur du Département prévoit une flotte de 40 vélos à assistance électrique de service et
    le forfait mobilités durables pour les agents cyclistes."""),
    ("h", "6. Axe 4 — Le vélo, atout touristique"),
    para("""Le Département coordonne avec l'agence départementale d'attractivité la promotion des itinéraires
    (cartes, site internet, jalonnement), l'accompagnement des hébergeurs vers le label « Accueil vélo » et
    l'aménagement d'aires de services (eau, réparation, recharge de batteries) le long des voies vertes.
    La fréquentation touristique de la voie verte du Sarret est estimée à 60 000 passages par an après
    achèvement."""),
    ("h", "6 bis. Les actions en faveur de la sécurité"),
    para("""La sécurité des cyclistes ne dépend pas seulement des aménagements. Le plan prévoit des actions
    d'accompagnement : une campagne annuelle de sensibilisation des automobilistes au respect de la distance
    de dépassement d'un mètre cinquante hors agglomération, diffusée sur les panneaux à messages variables et
    les réseaux sociaux ; la formation des agents des centres d'exploitation à la signalisation des chantiers
    sur les itinéraires cyclables (maintien d'un cheminement ou déviation signalée) ; l'inscription de la
    sécurité des cyclistes à l'ordre du jour du comité de pilotage départemental de la sécurité routière ;
    la création d'un groupe de travail avec les associations pour l'analyse anonymisée des accidents
    impliquant des cyclistes, afin d'identifier les sites à traiter en priorité."""),
    para("""Le Département veillera également à l'entretien des aménagements existants, dont l'état se
    dégrade parfois plus vite que celui de la chaussée : racines soulevant le revêtement des voies vertes,
    gravillons sur les accotements revêtus, affaissements au droit des tranchées de réseaux. Un signalement
    en ligne dédié permettra aux cyclistes de signaler ces défauts, avec un engagement d'intervention dans
    un délai de quinze jours pour les défauts présentant un danger."""),
    ("h", "7. Financement"),
    ("table", [
        ["Action", "Montant 2025-2030 (M€)"],
        ["Voie verte de la vallée du Sarret (maîtrise d'ouvrage départementale)", "8,2"],
        ["Liaison Lanzac – Montcerf et discontinuités V86", "3,4"],
        ["Subventions aux communes et intercommunalités", "3,0"],
        ["Accotements revêtus intégrés aux renforcements", "1,6"],
        ["Stationnement (collèges, gares)", "0,9"],
        ["Aide à l'achat de vélos", "0,6"],
        ["Services, apprentissage, communication", "0,4"],
        ["Total (hors cofinancements)", "18,1"],
    ]),
    para("""Les cofinancements attendus (État, Région, fonds européens) sont estimés à 3,6 M€. Le coût net
    pour le Département est donc de 14,5 M€ sur six ans, inscrit dans l'autorisation de programme
    « Mobilités actives »."""),
    para("""Les aides à l'achat seront instruites par les intercommunalités partenaires, au plus près des
    habitants ; le Département versera sa part directement au bénéficiaire. Les vélos adaptés (tricycles,
    vélos couchés, handbikes, vélos pousseurs) bénéficieront d'un plafond majoré, compte tenu de leur coût,
    et les associations de personnes handicapées seront associées à la définition des critères. Une
    attention particulière sera portée aux jeunes apprentis et aux personnes en insertion, pour lesquels le
    vélo à assistance électrique peut constituer une première solution d'accès à l'emploi."""),
    ("h", "8. Suivi et évaluation"),
    para("""Un comité de suivi associant les associations d'usagers (Vélo Sarret, Roue Libre Orvanne, comité
    départemental de cyclotourisme), les intercommunalités, la Région, l'État, la Prévention routière et
    des représentants du conseil départemental des jeunes se réunit deux fois par an. Un bilan annuel est
    publié, comprenant les indicateurs du tableau de l'axe 2, les données des compteurs et l'accidentalité
    des cyclistes. Une évaluation à mi-parcours sera conduite en 2027 et pourra conduire à réviser la
    programmation."""),
]

DOCX_BLOCKS["p124_pv_commission_appel_offres_maintenance_tunnel.docx"] = [
    ("title", "Commission d'appel d'offres — procès-verbal d'attribution"),
    para("""Département du Val-d'Orvanne. Séance du 14 mars 2025. Objet : appel d'offres ouvert n°
    2025-DRM-006 — maintenance préventive et corrective des équipements de sécurité et de supervision du
    tunnel du Pas de l'Escure, pour une durée de quatre ans. Extrait publiable."""),
    para("""Membres présents à voix délibérative : M. Roubaud (président par délégation), Mme Calvet,
    M. Vayssière, Mme Bories, M. Pujol. Membres à voix consultative : le directeur des routes et des
    mobilités, la cheffe du service marchés, le représentant du comptable public. Le quorum est atteint."""),
    para("""Deux offres ont été reçues dans les délais : Trafiq Systèmes SAS (Toulouse) et Ondulys
    Maintenance (Lyon). Les deux candidatures ont été jugées recevables. Le rapport d'analyse des offres,
    présenté par le service exploitation et sécurité des ouvrages, a été remis aux membres en séance ; il
    comporte des éléments couverts par le secret des affaires et n'est pas joint au présent extrait."""),
    ("table", [
        ["Candidat", "Valeur technique /60", "Prix /40", "Total /100", "Rang"],
        ["Trafiq Systèmes SAS", "52,5", "36,8", "89,3", "1"],
        ["Ondulys Maintenance", "41,0", "40,0", "81,0", "2"],
    ]),
    para("""La commission attribue le marché à la société Trafiq Systèmes SAS pour un montant de
    1 296 000 € HT sur quatre ans (dont part forfaitaire de maintenance préventive 864 000 € HT et montant
    estimatif de la part à bons de commande 432 000 € HT). Le candidat non retenu sera informé des motifs du
    rejet de son offre et des caractéristiques et avantages relatifs de l'offre retenue. Décision prise à
    l'unanimité."""),
]

DOCX_BLOCKS["p125_bilan_social_2024_direction_routes.docx"] = [
    ("title", "Bilan social 2024 — focus direction des routes et des mobilités"),
    para("""Extrait du rapport social unique 2024 du Département, présenté au comité social territorial le
    26 juin 2025. Données agrégées ; conformément aux règles de secret statistique, les effectifs inférieurs
    à cinq ne sont pas détaillés."""),
    ("h", "1. Effectifs"),
    ("table", [
        ["Indicateur", "Direction des routes", "Ensemble du Département"],
        ["Effectif au 31/12/2024", "468", "2 140"],
        ["Part des femmes", "11 %", "64 %"],
        ["Âge moyen", "47,8 ans", "45,1 ans"],
        ["Agents de 55 ans et plus", "29 %", "22 %"],
        ["Agents en situation de handicap (BOETH)", "8,1 %", "7,2 %"],
        ["Contractuels sur emplois permanents", "6 %", "14 %"],
    ]),
    ("h", "2. Absentéisme et santé au travail"),
    para("""Le taux d'absentéisme pour raison de santé de la direction est de 8,9 % (7,4 % pour l'ensemble du
    Département). Il se décompose ainsi : maladie ordinaire 4,1 %, longue maladie et longue durée 2,6 %,
    accidents de service et maladies professionnelles 1,9 %, autres 0,3 %. 38 accidents de service ont été
    déclarés (taux de fréquence 52), 3 maladies professionnelles reconnues. 27 agents font l'objet de
    restrictions d'aptitude émises par le médecin du travail ; 6 procédures de reclassement ou de période
    de préparation au reclassement sont en cours. Un accident mortel est survenu en décembre 2024."""),
    ("h", "3. Discipline"),
    para("""Au sein de la direction, 7 sanctions disciplinaires ont été prononcées en 2024 : 4 du premier
    groupe (avertissement, blâme), 2 du deuxième groupe et 1 du troisième groupe. Les motifs principaux
    sont les manquements aux règles de sécurité, les comportements inappropriés envers les usagers ou les
    collègues et les atteintes à la probité. Le conseil de discipline a été saisi à deux reprises. Deux
    enquêtes administratives ont été menées à la suite de signalements de harcèlement ou d'agissements
    sexistes, contre une en 2023."""),
    ("h", "4. Relations sociales"),
    para("""Le taux de participation aux élections professionnelles de décembre 2022 était de 68 % à la
    direction des routes. Une journée de grève a été suivie le 9 décembre 2024 (revalorisation des
    astreintes) : 10 % des agents d'exploitation y ont participé. Le protocole d'accord signé en
    février 2025 a revalorisé l'indemnité d'astreinte de viabilité hivernale de 15 %."""),
    ("h", "5. Formation et carrières"),
    para("""4 120 jours de formation ont été suivis (8,8 jours par agent). 42 agents ont bénéficié d'un
    avancement de grade et 5 d'une promotion interne. 9 apprentis ont été accueillis. Le taux de rotation
    est de 7,4 % ; 14 postes d'agents d'exploitation étaient vacants au 31 décembre."""),
    ("h", "6. Égalité professionnelle"),
    para("""La direction compte 51 femmes, dont 12 parmi les agents d'exploitation (contre 7 en 2020). Le
    plan d'action égalité prévoit l'aménagement de vestiaires séparés dans tous les centres d'exploitation
    d'ici 2026, une formation obligatoire à la prévention des violences sexistes et sexuelles pour
    l'encadrement et la féminisation des offres d'emploi et des supports de recrutement."""),
]

DOCX_BLOCKS["p126_document_unique_risques_centres_exploitation.docx"] = [
    ("title", "Document unique d'évaluation des risques professionnels — unité de travail « exploitation de la route »"),
    para("""Direction des routes et des mobilités — mise à jour annuelle 2025, validée après avis de la
    formation spécialisée du comité social territorial. Document tenu à la disposition des agents dans
    chaque centre d'exploitation."""),
    ("table", [
        ["Danger / situation", "Dommages possibles", "Cotation (G×F)", "Mesures existantes",
         "Actions 2025"],
        ["Travail sous circulation (balisage, chantiers)", "Heurt par véhicule, décès", "4×4 = 16",
         "Formation, gilets classe 3, camions de protection", "Anti-intrusion sur 20 camions"],
        ["Intervention isolée de nuit (hiver, montagne)", "Accident sans secours rapide", "4×3 = 12",
         "Radio, téléphone", "Binôme obligatoire en montagne, DATI"],
        ["Manutention (panneaux, glissières, cônes)", "TMS dos et épaules", "3×4 = 12",
         "Formation gestes et postures", "Potences, cônes légers"],
        ["Conduite d'engins et de poids lourds", "Accident, vibrations", "3×3 = 9",
         "CACES, permis, entretien", "Renouvellement des sièges"],
        ["Agressions d'usagers", "Violences, stress post-traumatique", "3×3 = 9",
         "Procédure de signalement, protection fonctionnelle", "Formation gestion des conflits"],
        ["Produits (émulsions, peintures, sel)", "Brûlures, irritations", "2×3 = 6",
         "EPI, fiches de données de sécurité", "Douches de sécurité"],
        ["Chaleur estivale", "Coup de chaleur, malaise", "3×2 = 6", "Eau, horaires décalés",
         "Plan canicule formalisé"],
        ["Consommation d'alcool ou de stupéfiants", "Accident, mise en danger", "4×2 = 8",
         "Règlement intérieur, dépistage sur postes de sécurité", "Information et prévention"],
        ["Charge mentale et astreintes répétées", "Fatigue, épuisement", "3×3 = 9",
         "Repos de 11 h, limitation des astreintes", "Suivi des temps d'astreinte"],
    ]),
    para("""Cotation : gravité (1 à 4) × fréquence d'exposition (1 à 4). Les risques cotés 12 et plus sont
    prioritaires. Le document ne comporte aucune donnée individuelle ; les accidents survenus sont analysés
    dans des rapports distincts."""),
    para("""Principaux enseignements 2024 : l'accident mortel de décembre 2024 a conduit à réévaluer le
    risque d'intervention isolée en montagne, auparavant coté 8. Les maladies professionnelles reconnues
    concernent exclusivement les troubles musculo-squelettiques. Les agents ont signalé, lors des groupes
    de travail, la fatigue liée aux astreintes hivernales successives et l'inquiétude face aux comportements
    agressifs d'usagers aux alternats."""),
    para("""Programme annuel de prévention : 420 000 euros, dont 180 000 euros d'équipements anti-intrusion,
    120 000 euros de matériels d'aide à la manutention, 60 000 euros de dispositifs pour travailleurs
    isolés, 40 000 euros de formation et 20 000 euros pour les vestiaires."""),
]

DOCX_BLOCKS["p127_compte_rendu_copil_securite_routiere.docx"] = [
    ("title", "Comité de pilotage départemental de la sécurité routière — compte rendu"),
    para("""Réunion du 4 février 2025 en préfecture, sous la coprésidence du préfet du Val-d'Orvanne et de la
    Présidente du Conseil départemental. Participants : directeur de cabinet du préfet, coordinatrice
    sécurité routière (DDT), commandant du groupement de gendarmerie, directeur départemental de la sécurité
    publique, directeur des routes du Département, ingénieure sécurité routière du Département, SDIS,
    procureur de la République (représenté), association Prévention routière, représentant de l'association
    des maires, représentant de la Fédération française des motards en colère."""),
    ("h", "1. Bilan 2024"),
    para("""La coordinatrice présente le bilan : 27 personnes tuées sur l'ensemble des routes du département
    (32 en 2023), dont 17 sur le réseau départemental. Les facteurs principaux sont la vitesse, l'alcool
    (présent dans 31 % des accidents mortels) et les stupéfiants (18 %). Les usagers de deux-roues motorisés
    représentent 29 % des tués. Les accidents de nuit et de week-end impliquant des jeunes conducteurs au
    retour de fêtes restent une préoccupation majeure."""),
    para("""Le commandant du groupement indique que 1 240 dépistages d'alcoolémie positifs ont été relevés en
    2024 et que les contrôles de stupéfiants ont doublé. Le parquet rappelle sa politique pénale : défèrement
    systématique en cas de récidive de conduite sous l'empire d'un état alcoolique, recours aux stages de
    sensibilisation et à l'éthylotest anti-démarrage."""),
    ("h", "2. Document général d'orientations 2023-2027"),
    para("""Les quatre enjeux prioritaires sont confirmés : jeunes, deux-roues motorisés, alcool et
    stupéfiants, personnes âgées. Les actions 2025 comprennent : des opérations « Capitaine de soirée » dans
    les fêtes de village avec les comités des fêtes ; une campagne motards sur la RD 912 au printemps ; des
    ateliers de remise à niveau du code de la route pour les seniors avec les CCAS ; l'intervention de la
    Prévention routière dans tous les collèges."""),
    ("h", "3. Infrastructures"),
    para("""Le directeur des routes présente le programme départemental 2025 : traitement des trois zones
    d'accumulation d'accidents, programme courbes dangereuses (20 courbes supplémentaires), écrans motos
    sur 1,5 kilomètre, et diagnostic de sécurité de la RD 912 en 2026. L'association des motards demande que
    les écrans motos soient généralisés sur les courbes du col ; le Département indique que la priorité est
    donnée aux courbes où des accidents de motards ont été constatés. Le représentant des maires demande un
    soutien aux aménagements de traversées de bourg ; le Département rappelle son dispositif d'aide aux
    amendes de police, reversé aux communes pour les aménagements de sécurité."""),
    ("h", "4. Contrôle automatisé"),
    para("""Le directeur de cabinet annonce l'installation de deux radars tourelles en 2025 sur des sections
    à forte accidentalité, dont la localisation sera rendue publique lors de la mise en service. Le
    Département a été consulté sur les sites."""),
    ("h", "4 bis. Observatoire et communication"),
    para("""L'ingénieure sécurité routière du Département présente le projet de mise en ligne de la carte
    des accidents par section, à partir des données anonymisées du fichier national. Le représentant du
    parquet rappelle que les procès-verbaux d'accidents et les informations sur les personnes impliquées ne
    peuvent être communiqués en dehors des procédures, et que la communication publique doit se limiter à
    des données agrégées. Le comité valide le principe d'une publication annuelle par canton et par section,
    sans date précise ni information individuelle. La Prévention routière propose de compléter la carte par
    des conseils de conduite adaptés aux principales configurations d'accidents (courbes, intersections,
    traversées de bourg). Le SDIS signale l'intérêt de partager les données d'intervention pour les
    accidents matériels, non recensés dans le fichier national ; une convention sera étudiée."""),
    ("h", "5. Relevé de décisions"),
    para("""Publication du bilan annuel de l'accidentalité en mars ; réunion du comité de pilotage en
    septembre ; constitution d'un groupe de travail sur la sécurité des cyclistes, associant les
    associations d'usagers, piloté par le Département."""),
]

DOCX_BLOCKS["p128_dossier_concertation_amenagement_rd912.docx"] = [
    ("title", "Dossier de concertation — sécurisation de la RD 912 entre Montcerf et le tunnel du Pas de l'Escure"),
    para("""Département du Val-d'Orvanne — concertation préalable du 2 au 27 février 2026. Ce dossier présente
    le projet, ses objectifs et les options soumises à l'avis du public."""),
    ("h", "1. Le contexte"),
    para("""La RD 912 relie Montcerf à Castelmoron par le tunnel du Pas de l'Escure. Entre Montcerf et la tête
    nord du tunnel, la section de 18 kilomètres supporte entre 5 700 et 9 200 véhicules par jour, dont 11 %
    de poids lourds. Elle présente un tracé sinueux, des accotements étroits, une succession de courbes et
    de nombreux accès riverains. Entre 2020 et 2024, 24 accidents corporels y ont été enregistrés, faisant
    5 tués et 19 blessés hospitalisés. Les pertes de contrôle en courbe et les chocs contre obstacles
    latéraux (arbres, poteaux) sont majoritaires ; six accidents ont impliqué des motocyclistes."""),
    ("h", "2. Les objectifs"),
    para("""Réduire le nombre et la gravité des accidents ; améliorer la lisibilité de la route pour que
    l'usager adapte spontanément sa vitesse ; sécuriser les déplacements des cyclistes entre Montcerf et
    Sarret-Haut ; maintenir des conditions de circulation satisfaisantes pour les poids lourds desservant
    la zone artisanale de Saint-Aulde ; préserver le patrimoine paysager, notamment l'alignement de platanes
    de Castelmoron."""),
    ("h", "3. Les options soumises à concertation"),
    para("""Option 1 — Traitement ponctuel : balisage renforcé des 14 courbes les plus accidentogènes, pose de
    glissières au droit des obstacles, bandes rugueuses, abaissement de la vitesse à 70 km/h sur 6 km.
    Coût : 2,1 M€. Délai : 2026-2027."""),
    para("""Option 2 — Traitement par section : option 1, complétée par la rectification de deux courbes
    (Bellevue et la Bergerie), la création de deux créneaux de dépassement et d'accotements revêtus de
    1,50 m sur 12 km. Coût : 9,8 M€. Délai : 2027-2030. Impact : acquisition de 4,2 hectares, dont 1,8
    hectare agricole, et abattage de 6 platanes."""),
    para("""Option 3 — Option 2 sans abattage : remplacement de la rectification de la courbe de la Bergerie
    par une glissière et une réduction de vitesse locale, pour préserver l'alignement de platanes. Coût :
    8,9 M€."""),
    ("h", "4. Comment participer ?"),
    para("""Réunions publiques les 2 et 26 février à Castelmoron et Montcerf, permanence en mairie de
    Saint-Aulde, registre en ligne sur www.orvanne.fr/participer. Toutes les contributions seront publiées,
    après suppression des données personnelles, et le bilan de la concertation sera présenté au Conseil
    départemental. Les personnes ayant été témoins ou victimes d'accidents sur la RD 912 peuvent apporter
    leur témoignage ; il sera utilisé de manière anonyme."""),
]

DOCX_BLOCKS["p129_livret_accueil_nouveaux_agents_routes.docx"] = [
    ("title", "Bienvenue à la direction des routes et des mobilités — livret d'accueil"),
    para("""Ce livret est remis à chaque nouvel agent de la direction, titulaire, contractuel, saisonnier ou
    apprenti. Il complète le livret d'accueil général du Département."""),
    ("h", "Votre direction"),
    para("""La direction compte 468 agents, répartis entre les services centraux à Montcerf, trois agences
    routières territoriales (Nord à Villeroux, Sud à Lanzac, Montagne à Castelmoron), 16 centres
    d'exploitation et le parc départemental. Elle entretient 3 420 km de routes, 1 146 ouvrages d'art et le
    tunnel du Pas de l'Escure, et organise le transport des élèves en situation de handicap et le service
    Proxi'Orvanne."""),
    ("h", "Vos premiers jours"),
    para("""Votre responsable vous présente l'équipe et les locaux, vous remet vos équipements de protection
    individuelle (tenue haute visibilité, chaussures de sécurité, gants, casque, protections auditives) et
    organise votre formation « Travailler en sécurité sous circulation » dans le premier mois. Vous passerez
    une visite d'information et de prévention auprès du service de médecine préventive. Si vous êtes amené à
    conduire des engins, vos autorisations de conduite seront vérifiées."""),
    ("h", "Votre temps de travail et les astreintes"),
    para("""Le cycle de travail des agents d'exploitation est de 38 h 30 par semaine, avec des horaires d'été
    (6 h – 13 h 30) du 15 juin au 15 septembre. Les astreintes sont organisées par semaine ; elles ouvrent
    droit à une indemnité et les interventions sont rémunérées ou récupérées. Après une intervention de
    nuit, vous bénéficiez obligatoirement de 11 heures de repos."""),
    ("h", "Votre santé et votre sécurité"),
    para("""Tout accident, même bénin, doit être signalé à votre responsable et déclaré. Si vous êtes
    victime d'une agression par un usager, vous bénéficiez de la protection fonctionnelle. Le Département
    dispose d'une assistante sociale du personnel, d'une psychologue du travail et d'une référente handicap
    que vous pouvez contacter directement et en toute confidentialité. La consommation d'alcool est
    interdite pendant le service et l'astreinte ; des contrôles peuvent être réalisés sur les postes de
    sécurité."""),
    ("h", "Vos interlocuteurs"),
    ("table", [
        ["Besoin", "Contact"],
        ["Paie, congés, carrière", "Pôle RH routes — rh.routes@orvanne.fr"],
        ["Sécurité, équipements", "Conseiller de prévention DRM"],
        ["Santé, aptitude", "Service de médecine préventive"],
        ["Difficultés personnelles", "Assistante sociale du personnel"],
        ["Représentants du personnel", "Panneaux syndicaux de votre centre"],
    ]),
]

DOCX_BLOCKS["p130_convention_region_departement_transport_scolaire.docx"] = [
    ("title", "Convention relative à la coordination des transports scolaires"),
    para("""Entre la Région, autorité organisatrice de la mobilité régionale, compétente pour le transport
    scolaire, représentée par son Président, et le Département du Val-d'Orvanne, compétent pour le
    transport des élèves et étudiants en situation de handicap, représenté par sa Présidente. Approuvée par
    délibérations concordantes de juillet 2025."""),
    para("""Article 1 — Objet. La présente convention organise la coordination entre le réseau régional de
    transport scolaire et le transport adapté départemental, afin de faciliter le passage des élèves en
    situation de handicap vers les lignes régulières lorsque leur autonomie le permet, et de mutualiser
    certaines informations."""),
    para("""Article 2 — Information des familles. Les deux collectivités renvoient mutuellement les familles
    vers le service compétent. Les guides d'information mentionnent les deux dispositifs."""),
    para("""Article 3 — Parcours vers l'autonomie. Lorsqu'un élève transporté en véhicule adapté est jugé
    apte par l'équipe de suivi de la scolarisation à utiliser une ligne régulière, avec ou sans
    accompagnement, la Région lui réserve une place à proximité du conducteur et le Département peut
    financer un accompagnateur pendant une période d'apprentissage de trois mois au plus."""),
    para("""Article 4 — Intempéries. Les décisions de suspension des transports scolaires en cas
    d'intempéries sont prises par la Région, en lien avec la préfecture et sur la base des informations
    routières transmises par le Département. Le Département informe les transporteurs du transport adapté
    dans les mêmes délais."""),
    para("""Article 5 — Arrêts. Le Département finance 50 % de la mise en accessibilité des arrêts situés
    sur routes départementales hors agglomération ; la Région tient à jour la liste des arrêts prioritaires."""),
    para("""Article 6 — Données. Les échanges de données personnelles sont limités aux informations
    nécessaires à l'organisation du transport (nom, établissement, arrêt), à l'exclusion de toute donnée
    relative à la santé ou à la nature du handicap, qui ne sont connues que du Département et, pour les
    besoins du trajet, du transporteur."""),
    para("""Article 7 — Durée. Trois ans à compter de la rentrée 2025. Un bilan annuel est présenté au
    comité de suivi du transport des élèves en situation de handicap."""),
]

DOCX_BLOCKS["p131_rapport_annuel_exploitation_tunnel_escure.docx"] = [
    ("title", "Tunnel du Pas de l'Escure — rapport annuel d'exploitation 2024"),
    para("""Rapport établi par l'exploitant (Département du Val-d'Orvanne) en application de la
    réglementation relative à la sécurité des tunnels routiers, transmis au préfet et publié dans sa version
    grand public. Les éléments relatifs aux vulnérabilités et aux dispositifs de protection de l'ouvrage
    figurent dans le dossier de sécurité, qui n'est pas communicable."""),
    ("h", "1. Trafic"),
    para("""2,1 millions de véhicules ont emprunté le tunnel en 2024, soit 5 750 par jour en moyenne (+0,9 %).
    Les poids lourds représentent 11,4 % du trafic. Le trafic maximal horaire a été atteint le samedi
    10 août (1 020 véhicules entre 10 h et 11 h). 312 transports de marchandises dangereuses ont été
    comptabilisés, tous pendant la plage autorisée."""),
    ("h", "2. Événements"),
    ("table", [
        ["Type d'événement", "2023", "2024"],
        ["Véhicules en panne", "64", "58"],
        ["Accidents matériels", "9", "7"],
        ["Accidents corporels", "1", "2"],
        ["Incendies de véhicules", "0", "1"],
        ["Piétons ou cyclistes dans le tube", "12", "15"],
        ["Objets sur la chaussée", "31", "27"],
        ["Fermetures non programmées", "6", "5"],
    ]),
    para("""L'incendie du 23 juillet concernait un véhicule léger (départ de feu moteur) au PM 600. La
    détection automatique a signalé l'arrêt du véhicule en 11 secondes ; l'opérateur a fermé le tunnel en
    2 minutes et activé la ventilation. Le conducteur et ses deux passagers ont évacué vers l'abri S2 et ont
    été pris en charge par les secours, sans blessure. Le feu a été éteint par les sapeurs-pompiers en
    14 minutes. Les deux accidents corporels ont fait trois blessés légers."""),
    ("h", "3. Disponibilité des équipements"),
    para("""Taux de disponibilité : ventilation 99,6 %, éclairage 99,8 %, détection automatique d'incidents
    98,9 %, niches d'appel d'urgence 99,7 %, radiocommunications 99,1 %. 168 heures de fermeture nocturne
    ont été programmées pour la maintenance. Le remplacement de la détection automatique d'incidents a été
    achevé en octobre."""),
    ("h", "4. Exercice annuel"),
    para("""L'exercice de sécurité a eu lieu dans la nuit du 15 au 16 octobre 2024 (incendie de poids lourd
    avec victimes simulées). Il a mobilisé 64 personnes. Les enseignements ont porté sur la coordination des
    radiocommunications et sur l'accueil des usagers dans les abris ; un plan d'action a été établi et sera
    vérifié lors de l'exercice 2025."""),
    para("""Retour d'expérience des incidents : chaque événement ayant entraîné une fermeture non programmée
    fait l'objet d'une fiche d'analyse. En 2024, les principaux enseignements ont porté sur le délai
    d'intervention des dépanneuses agréées la nuit (en moyenne 42 minutes, jugé trop long) et sur la présence
    de piétons et de cyclistes dans le tube, en hausse, liée à une mauvaise compréhension de l'interdiction
    par des randonneurs en été. Une signalisation renforcée a été installée aux deux têtes et un message
    spécifique a été ajouté sur les panneaux à messages variables. Une convention avec les dépanneurs est en
    cours de révision pour imposer un délai maximal de 30 minutes."""),
    para("""Usagers : l'enquête de perception réalisée en septembre auprès de 600 usagers montre que 87 %
    d'entre eux connaissent l'existence des abris de sécurité, mais que seuls 41 % savent qu'il faut
    quitter son véhicule et rejoindre un abri en cas d'incendie. Une nouvelle campagne d'information sera
    conduite en 2025 (dépliant, vidéo, messages radio)."""),
    para("""Coûts d'exploitation : le coût annuel de fonctionnement du tunnel (personnel du PC, énergie,
    maintenance) s'est élevé à 1,74 M€ en 2024, dont 0,52 M€ d'électricité, en hausse de 18 % en raison de
    l'évolution des tarifs. Le remplacement de l'éclairage par des luminaires à LED, prévu en 2026, devrait
    réduire la consommation d'environ 40 %."""),
    ("h", "5. Opérateurs et formation"),
    para("""Le poste de contrôle est armé 24 heures sur 24 par une équipe de 8 opérateurs. Chaque opérateur a
    suivi 36 heures de formation continue en 2024, dont un entraînement sur simulateur. Les agents
    d'astreinte du centre d'exploitation de l'Escure ont été formés aux interventions dans le tube."""),
    ("h", "6. Perspectives"),
    para("""Modernisation de la supervision et des automates (2026-2027), renforcement de la cybersécurité
    des équipements conformément au schéma directeur des systèmes de gestion du trafic, étude d'un second
    transformateur au poste électrique sud, amélioration de la couverture radio."""),
]

DOCX_BLOCKS["p132_reglement_departemental_teeh.docx"] = [
    ("title", "Règlement départemental du transport des élèves et étudiants en situation de handicap"),
    para("""Adopté par la commission permanente du 17 juin 2024. Publié au recueil des actes administratifs
    et sur le site du Département."""),
    para("""Article 1 — Bénéficiaires. Sont concernés les élèves et étudiants domiciliés dans le département
    qui fréquentent un établissement d'enseignement ou une unité d'enseignement et qui ne peuvent utiliser
    les moyens de transport en commun en raison de la gravité de leur handicap, médicalement établie, après
    avis de la commission des droits et de l'autonomie des personnes handicapées."""),
    para("""Article 2 — Trajets. Sont pris en charge les trajets entre le domicile (ou les domiciles en cas
    de résidence alternée) et l'établissement, au rythme d'un aller-retour par jour de scolarité pour les
    externes et demi-pensionnaires et d'un aller-retour par semaine pour les internes. Les trajets vers les
    lieux de stage obligatoire sont pris en charge dans la limite de la durée prévue par la formation."""),
    para("""Article 3 — Modes de transport. Le Département détermine le mode le plus adapté : véhicule
    adapté organisé par le Département, indemnisation de la famille, prise en charge d'un titre de
    transport en commun. Le choix tient compte des besoins de l'élève, de la durée du trajet (objectif : une
    heure au plus), de la possibilité de regroupement et du coût."""),
    para("""Article 4 — Indemnisation des familles. Les familles qui transportent elles-mêmes leur enfant
    perçoivent une indemnité calculée sur la base de quatre trajets par jour au barème de 0,35 euro par
    kilomètre, versée trimestriellement sur présentation d'une attestation d'assiduité."""),
    para("""Article 5 — Informations nécessaires au transport. La famille communique au Département les
    informations utiles à la sécurité du trajet. Elles sont transmises au transporteur dans une fiche de
    transport et ne sont utilisées qu'à cette fin."""),
    para("""Article 6 — Responsabilités. La responsabilité du transporteur commence à la prise en charge de
    l'élève et s'achève à sa remise à l'établissement ou à la famille. Un adulte doit être présent au
    domicile pour les élèves de moins de 11 ans ou lorsque la notification le prévoit."""),
    para("""Article 7 — Absences. Les absences sont signalées au transporteur la veille. Trois absences non
    signalées dans le trimestre peuvent entraîner une suspension après échange avec la famille."""),
    para("""Article 8 — Comportement et sécurité. Voir le titre III du règlement des transports adaptés. Les
    mesures prises tiennent compte de la nature du handicap et privilégient l'adaptation des conditions de
    transport."""),
    para("""Article 9 — Recours. Les décisions peuvent faire l'objet d'un recours gracieux auprès de la
    Présidente puis d'un recours contentieux devant le tribunal administratif."""),
]

DOCX_BLOCKS["p133_deliberation_reglement_astreintes_routes.docx"] = [
    ("title", "Délibération — règlement des astreintes et des interventions de la direction des routes"),
    para("""Commission permanente du 15 décembre 2025. Rapporteur : la vice-présidente chargée des
    ressources humaines. Après avis favorable du comité social territorial du 27 novembre 2025."""),
    para("""Exposé : l'organisation de la viabilité hivernale et de la surveillance du réseau routier repose
    sur des astreintes hebdomadaires. Le retour d'expérience de l'hiver 2024-2025, l'accident mortel de
    décembre 2024 et les échanges avec les organisations syndicales ont conduit à réviser le règlement de
    2019."""),
    para("""Principales dispositions : les astreintes sont organisées par semaine, du lundi 7 h au lundi
    suivant 7 h ; un agent ne peut effectuer plus de deux semaines d'astreinte consécutives ni plus de
    quatorze semaines par saison hivernale, sauf circonstances exceptionnelles ; un repos de onze heures
    consécutives est obligatoire après toute intervention de nuit ; les interventions de nuit sur les
    itinéraires de montagne classés à risque sont réalisées en binôme ; le délai de route maximal entre le
    domicile et le centre est fixé à trente minutes ; l'indemnité d'astreinte est fixée au taux
    réglementaire majoré de 15 % pour la semaine complète de viabilité hivernale ; les interventions sont
    indemnisées ou récupérées, au choix de l'agent, dans la limite des plafonds réglementaires."""),
    para("""Décision : la commission permanente adopte le règlement annexé, applicable au 1er janvier 2026.
    Vote : unanimité."""),
]

DOCX_BLOCKS["p134_bilan_garant_concertation_carrefour_lanzac.docx"] = [
    ("title", "Bilan du garant — concertation préalable sur l'aménagement du carrefour de Lanzac"),
    para("""Établi par M. Philippe Cazals, garant désigné par la Commission nationale du débat public, le
    28 mai 2025. Publié sur le site du Département et de la CNDP."""),
    ("h", "Déroulement"),
    para("""La concertation s'est déroulée du 1er au 30 avril 2025. Elle a réuni 412 participants aux
    différentes rencontres (deux réunions publiques, une balade, deux ateliers, une permanence) et recueilli
    186 contributions écrites. Le garant estime que l'information a été complète et accessible, que le
    maître d'ouvrage a répondu à toutes les questions et que les échanges ont été respectueux, malgré des
    désaccords marqués."""),
    ("h", "Enseignements"),
    para("""Une large majorité des participants reconnaît la nécessité d'aménager le carrefour. La variante C
    a fait l'objet d'une opposition quasi unanime en raison de son impact agricole. Les avis sont partagés
    entre la variante A (giratoire), préférée pour la fluidité et la sécurité des véhicules, et la variante
    B (feux réaménagés), préférée par les associations cyclistes et les parents d'élèves pour la sécurité
    des traversées. Les commerçants demandent la garantie du maintien des accès pendant les travaux. Les
    riverains du quartier des Tisserands demandent des protections acoustiques."""),
    ("h", "Recommandations au maître d'ouvrage"),
    para("""Le garant recommande au Département : d'expliquer publiquement le choix de la variante retenue
    au regard des contributions ; de poursuivre le dialogue avec les associations cyclistes pour
    l'aménagement des traversées ; de rencontrer individuellement les propriétaires concernés par les
    emprises ; d'associer les commerçants au phasage des travaux ; de publier l'étude acoustique."""),
    ("h", "Réponse du Département (extrait)"),
    para("""Par délibération du 16 juin 2025, le Département a retenu une variante A modifiée, comportant des
    traversées piétonnes et cyclables à feux sur deux branches, et engagé la procédure de déclaration
    d'utilité publique."""),
]

DOCX_BLOCKS["p135_cctp_panneaux_messages_variables.docx"] = [
    ("title", "Cahier des clauses techniques particulières — fourniture et pose de panneaux à messages variables"),
    para("""Marché n° 2026-DRM-003 — Département du Val-d'Orvanne. Pièce du dossier de consultation des
    entreprises, librement téléchargeable sur le profil d'acheteur. Extraits des chapitres 2, 5 et 7."""),
    ("h", "Chapitre 2 — Description des équipements"),
    para("""Le marché porte sur la fourniture, la pose et la mise en service de 6 panneaux à messages
    variables de type PMV alphanumériques trois lignes de quinze caractères, avec pictogramme, conformes à la
    norme NF EN 12966 et au référentiel national des équipements dynamiques. Les panneaux sont implantés sur
    les RD 820 et 912 (emplacements précisés en annexe 1), sur portique ou potence selon les cas."""),
    ("h", "Chapitre 5 — Communication et supervision"),
    para("""Les panneaux communiquent avec le serveur central de supervision du Département selon le
    protocole DIASER ou un protocole normalisé équivalent. Les liaisons passent exclusivement par le réseau
    privé virtuel du Département ; aucun service d'administration ne doit être accessible depuis internet.
    Le titulaire fournit des équipements permettant : la désactivation des services non utilisés ;
    l'authentification individuelle des comptes avec des mots de passe robustes modifiables par le
    Département ; le chiffrement des échanges ; la journalisation des connexions et des modifications de
    messages ; la mise à jour sécurisée des micrologiciels pendant toute la durée de garantie. Les mots de
    passe par défaut doivent être modifiés avant la mise en service, en présence du Département. Le
    titulaire s'engage à informer le Département de toute vulnérabilité découverte sur ses équipements
    dans un délai de cinq jours ouvrés."""),
    ("h", "Chapitre 7 — Réception"),
    para("""La réception comprend : les essais d'affichage (lisibilité à 200 mètres de jour et de nuit), les
    essais de communication avec le serveur central, la vérification de la configuration de sécurité (liste
    de contrôle fournie en annexe 4) et la remise du dossier des ouvrages exécutés. Un test d'intrusion
    pourra être réalisé par un prestataire mandaté par le Département avant la réception définitive ; ses
    résultats ne sont communiqués qu'au titulaire."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_message_collegue_cancer_cagnotte.html"] = (
    "Intranet DRM — Vie des équipes",
    """
<h1>Un petit mot pour Gérard</h1>
<p class="meta">Publié par Sylvie Armand, cheffe de l'ART Sud — 3 novembre 2025 — visible par : agents de la
direction des routes</p>
<p>Bonjour à toutes et à tous,</p>
<p>Beaucoup d'entre vous m'ont demandé des nouvelles de Gérard Lherm, chef d'équipe au centre de Lanzac
depuis 22 ans. Avec son accord, je peux vous dire qu'on lui a découvert en septembre un cancer du pancréas.
Il a commencé sa chimiothérapie à l'Oncopole de Toulouse et sera opéré début décembre si tout va bien. Il
ne reprendra pas avant l'été prochain au mieux.</p>
<p>Gérard m'a dit qu'il avait le moral, qu'il pensait beaucoup à l'équipe et qu'il comptait bien revenir
pour la fin de la saison de fauchage. Il préfère les messages aux visites pour l'instant, il est très
fatigué et doit éviter les microbes (ses défenses sont au plus bas avec le traitement).</p>
<p>Les collègues de Lanzac ont lancé une cagnotte pour l'aider à payer les allers-retours à Toulouse et
l'hébergement de sa femme pendant l'hospitalisation. Vous pouvez participer via le lien ci-dessous ou
déposer une enveloppe au secrétariat du centre.</p>
<p><a href="#">Cagnotte « Tous avec Gérard »</a></p>
<p>Merci de ne pas relayer ce message en dehors de la direction.</p>
<p>Sylvie</p>
""",
)

HTML_PAGES["s062_webmail_fournisseur_sel_conditions_confidentielles.html"] = (
    "Webmail — RE: renouvellement accord-cadre sel",
    """
<div class="mail">
<p><b>De :</b> Bertrand Cazeneuve, directeur commercial Sud-Ouest, Compagnie des Sels du Sud<br>
<b>À :</b> Hervé Castagnet, directeur des routes et des mobilités<br>
<b>Date :</b> 2 mai 2025 18:04<br>
<b>Objet :</b> RE: renouvellement accord-cadre sel — éléments confidentiels</p>
<p>Monsieur le Directeur,</p>
<p>Suite à notre rencontre au salon de la viabilité hivernale, et comme vous me l'aviez demandé pour
comprendre l'évolution des prix, je vous communique à titre strictement confidentiel (ces informations ne
doivent pas être versées au dossier de consultation ni communiquées à nos concurrents) la décomposition de
notre prix 2025 :</p>
<table>
<tr><th>Poste</th><th>€ / tonne</th></tr>
<tr><td>Coût de production (saline de Sète, énergie incluse)</td><td>41,30</td></tr>
<tr><td>Conditionnement big-bag</td><td>19,80</td></tr>
<tr><td>Transport (contrat Transports Ribière, tarif négocié 2024-2026)</td><td>27,40</td></tr>
<tr><td>Stockage tampon à Montauban (dépôt loué)</td><td>6,10</td></tr>
<tr><td>Marge commerciale</td><td>23,40 (19,8 %)</td></tr>
<tr><td><b>Prix départ</b></td><td><b>118,00</b></td></tr>
</table>
<p>Notre marge habituelle sur les collectivités est de 24 à 26 % ; nous l'avons réduite pour votre
département compte tenu du volume et du fait que nous voulons prendre des parts de marché face à Salins.
Nous pourrions descendre à 112 € si le lot 2 était porté à 900 tonnes. Notre capacité de livraison en
crise est limitée à 300 tonnes par semaine sur votre zone, ce que je préfère ne pas voir écrit dans notre
mémoire technique.</p>
<p>Bien à vous,<br>B. Cazeneuve</p>
</div>
""",
)

HTML_PAGES["s063_extranet_codes_acces_centres_abris_sel.html"] = (
    "Extranet prestataires VH — accès aux sites",
    """
<h1>Accès aux sites du Département — prestataires de déneigement (saison 2025-2026)</h1>
<p>Page réservée aux entreprises et agriculteurs titulaires des marchés de viabilité hivernale. Accès par
identifiant individuel. Ne pas imprimer.</p>
<table>
<tr><th>Site</th><th>Portail</th><th>Abri à sel / chargeur</th><th>Alarme</th><th>Remarques</th></tr>
<tr><td>CE Lanzac</td><td>code 2580#</td><td>cadenas 7-1-4</td><td>désactivation 3390 puis OFF</td>
<td>clé du chargeur dans la boîte à lettres du local, code 0611</td></tr>
<tr><td>CE Saint-Aulde</td><td>code 1947#</td><td>abri ouvert</td><td>pas d'alarme</td>
<td>caméra factice</td></tr>
<tr><td>CE Les Vignaux</td><td>badge prestataire</td><td>cadenas 4-4-0</td><td>5120 OFF</td>
<td>le détecteur de la cuve à gazole est en panne</td></tr>
<tr><td>Abri de Peyrelade (isolé)</td><td>chaîne + cadenas 8-2-9</td><td>—</td><td>—</td>
<td>cuve GNR 5 000 l accessible, non surveillée</td></tr>
<tr><td>CE Col de l'Escure</td><td>code 6402#</td><td>cadenas 3-3-1</td><td>7788 OFF</td>
<td>ne pas utiliser le code agents (différent)</td></tr>
</table>
<p>En cas d'oubli : cadre de permanence, 06 xx xx 00 81. Les codes changent au 1er avril.</p>
""",
)

HTML_PAGES["s064_ticket_regulation_tad_usager_curatelle.html"] = (
    "Proxi'Orvanne — ticket n° 2025-4471",
    """
<h1>Ticket n° 2025-4471 — usager : M. Roger Bessières (carte 1876)</h1>
<p><b>Catégorie :</b> signalement conducteur / situation usager — <b>Priorité :</b> haute —
<b>Ouvert le :</b> 16/09/2025 par J. Sabatier (conducteur) — <b>Assigné à :</b> R. Delmas (régulation)</p>
<h2>Signalement du conducteur</h2>
<p>Ce matin en allant chercher M. Bessières (Les Clauzades) pour son rendez-vous à la banque, j'ai dû
entrer pour l'aider (il ne répondait pas). La maison est dans un état catastrophique : déchets partout, pas
de chauffage, odeur très forte, le frigo vide. Il était en pyjama sale et ne savait plus pourquoi il avait
réservé. Il m'a dit que son neveu « s'occupe de son argent » et passe prendre sa carte bleue chaque semaine
et qu'il n'a plus d'argent pour manger à partir du 10. Je l'ai quand même emmené à la banque : la
conseillère a dit qu'il était sous curatelle et qu'elle ne pouvait rien lui donner sans la curatrice.</p>
<h2>Historique régulation</h2>
<ul>
<li>16/09 10:40 — appel à l'UDAF : la curatrice (Mme Faure) est en congés jusqu'au 22, sa collègue
indique que le budget de M. Bessières est « géré normalement » et qu'aucun retrait n'est autorisé au
neveu.</li>
<li>16/09 11:05 — appel au CCAS des Clauzades : l'assistante sociale connaît la situation, une
information préoccupante « personne vulnérable » a déjà été faite en juin ; elle se rendra au domicile
cet après-midi.</li>
<li>16/09 11:20 — information de la responsable du service. Consigne : ne pas confronter le neveu, noter
tout élément factuel.</li>
<li>17/09 09:15 — retour du CCAS : M. Bessières a été hospitalisé hier soir au CH de Montcerf
(déshydratation, confusion, suspicion de démence à corps de Lewy selon le médecin). Un signalement au
procureur pour abus de faiblesse va être fait par l'UDAF.</li>
</ul>
<h2>Actions</h2>
<p>Suspendre les réservations jusqu'à nouvel ordre. Mettre à jour la fiche : ne plus accepter de
réservation faite par le neveu (M. Thierry B.). Ticket clos après retour de la curatrice.</p>
""",
)

HTML_PAGES["s065_intranet_chapitre_ouvrage_signalisation_temporaire.html"] = (
    "Intranet DRM — Ressources techniques",
    """
<h1>Ressources techniques : « La signalisation temporaire en pratique », chapitre 4</h1>
<p class="meta">Mis en ligne par le pôle prévention le 12/03/2025 — « Pour ceux qui n'ont pas le livre, voici
le chapitre scanné et retapé, c'est le plus clair sur le sujet. » — 214 consultations</p>
<p><i>Extrait de : Jean-Pierre Lagarrigue et Anne Deschamps, La signalisation temporaire en pratique. Guide
du chef de chantier routier, 3e édition, Éditions Techniroute, Paris, 2022, p. 87-104. © Éditions
Techniroute, tous droits réservés. Toute reproduction, même partielle, est interdite sans l'autorisation
de l'éditeur (art. L. 122-4 du code de la propriété intellectuelle).</i></p>
<h2>Chapitre 4 — Les alternats : choisir, dimensionner, exploiter</h2>
<p>L'alternat est sans doute la situation de chantier la plus fréquente sur le réseau secondaire, et
pourtant l'une des plus mal maîtrisées. On l'installe souvent par habitude, avec le matériel disponible
dans le camion, sans se poser la question de sa longueur, de son mode de régulation ni de la manière dont
l'usager va le percevoir. Or l'expérience montre que la majorité des franchissements de feux rouges, et
donc des intrusions dans les zones de travail, trouvent leur origine dans un alternat mal dimensionné.</p>
<p>Premier principe : la longueur. Au-delà de 150 mètres, le temps de dégagement de la zone dépasse
trente secondes pour un poids lourd, et le cycle complet peut atteindre quatre minutes. Nos observations
sur 62 chantiers montrent qu'au-delà de trois minutes d'attente, un usager sur quinze franchit le feu, et
un sur cinq lorsque la zone apparaît vide. Nous recommandons donc de fractionner les chantiers longs, même
au prix d'un déplacement plus fréquent de la signalisation.</p>
<p>Deuxième principe : la cohérence. Un feu rouge devant une zone manifestement vide est perçu comme
absurde. L'agent doit rendre le chantier lisible : engins visibles, cônes resserrés, panneau
d'information sur la durée. Les panneaux « Attente maximale : 3 min » réduisent de moitié les
franchissements dans nos essais.</p>
<p>Troisième principe : le mode de régulation. Le feu à cycle fixe convient aux trafics faibles et
réguliers. Au-delà de 400 véhicules par heure, ou lorsque le trafic est déséquilibré, le feu à détection
(radar ou boucle) est indispensable. Le piquet K10, souvent jugé plus sûr, expose l'agent : il ne doit
être employé que sur des durées courtes, avec une communication radio entre les deux piquets et un
dispositif d'alerte.</p>
<p>Quatrième principe : la protection de l'agent. Aucun agent ne doit travailler dos à la circulation
sans un collègue en protection. Le camion de protection est positionné à au moins 20 mètres en amont,
roues braquées vers l'accotement ; l'espace entre le camion et la zone ne doit jamais servir de zone de
stockage ni de circulation des agents.</p>
<p>[…] (suite du chapitre : tableaux de dimensionnement p. 95-99, schémas CF 21 à CF 27, études de cas
p. 100-104, reproduits en pièce jointe PDF)</p>
<p class="note">Note de la documentaliste ajoutée le 20/03 : nous ne disposons que de deux exemplaires
papier et d'aucune licence numérique ; la mise en ligne n'a pas été autorisée par l'éditeur.</p>
""",
)

HTML_PAGES["s066_webmail_recrutement_conducteur_casier_judiciaire.html"] = (
    "Webmail — recrutement conducteurs Proxi'Orvanne",
    """
<div class="mail">
<p><b>De :</b> Nathalie Combes, gestionnaire recrutement<br>
<b>À :</b> Régine Delmas, responsable Proxi'Orvanne<br>
<b>Date :</b> 8 juillet 2025 14:22<br>
<b>Objet :</b> candidature M. Anthony Ginestet — conducteur TAD</p>
<p>Régine,</p>
<p>Pour le poste de conducteur TAD (contrat de 3 ans), ton candidat préféré, M. Anthony Ginestet
(entretien du 1er juillet), pose un problème : l'extrait de bulletin n° 2 du casier judiciaire que nous
avons demandé fait apparaître une condamnation du tribunal correctionnel de Rodez du 14 mars 2021 à six
mois d'emprisonnement avec sursis probatoire pour conduite sous l'empire d'un état alcoolique en récidive
et délit de fuite, avec annulation du permis de conduire. Il a repassé son permis en 2023.</p>
<p>Il n'en avait pas parlé à l'entretien. Quand je l'ai appelé, il m'a dit qu'il avait « arrêté de boire
depuis trois ans » et qu'il était suivi par un addictologue, il peut fournir une attestation.</p>
<p>Juridiquement, on peut estimer la condamnation incompatible avec des fonctions de conduite de
personnes vulnérables. Je te propose de retenir la deuxième candidate. Si tu veux quand même le défendre,
il faudra en parler avec la DRH.</p>
<p>Nathalie</p>
</div>
""",
)

HTML_PAGES["s067_registre_accidents_service_2025_drm.html"] = (
    "Registre des accidents de service 2025 — DRM",
    """
<h1>Registre des accidents de service — direction des routes — 1er semestre 2025</h1>
<p>Application RH « Prévention » — export HTML du 4 juillet 2025 — accès : conseiller de prévention, service
santé au travail.</p>
<table>
<tr><th>N°</th><th>Date</th><th>Agent</th><th>Centre</th><th>Circonstances</th><th>Lésions</th>
<th>Arrêt</th></tr>
<tr><td>25-01</td><td>08/01</td><td>GARRIC Yves</td><td>Villeroux</td><td>glissade sur verglas en descendant
du camion</td><td>entorse grave cheville droite</td><td>32 j</td></tr>
<tr><td>25-02</td><td>21/01</td><td>ALIBERT Julien</td><td>Escure</td><td>choc tête contre la lame</td>
<td>plaie du cuir chevelu, 4 points</td><td>0</td></tr>
<tr><td>25-03</td><td>03/02</td><td>SOREL Laëtitia</td><td>Villeroux</td><td>déclaration au titre du
harcèlement (maladie imputable au service demandée)</td><td>syndrome anxio-dépressif</td><td>en cours</td></tr>
<tr><td>25-04</td><td>11/03</td><td>BOUSQUET Rémi</td><td>Brévignac</td><td>manutention glissière</td>
<td>lumbago aigu (récidive, 3e AT)</td><td>21 j</td></tr>
<tr><td>25-05</td><td>08/04</td><td>VERGNES Loïc</td><td>Pont-Ferrand</td><td>heurt par véhicule
d'usager à l'alternat</td><td>fracture clavicule, plaie arcade, stress post-traumatique</td><td>45 j +
prolongation</td></tr>
<tr><td>25-06</td><td>14/05</td><td>CAYROL Denis</td><td>Lanzac</td><td>projection d'émulsion</td>
<td>brûlure 2e degré avant-bras</td><td>10 j</td></tr>
<tr><td>25-07</td><td>02/06</td><td>MARTY Jeanne</td><td>Saint-Aulde</td><td>malaise sur chantier
(chaleur) ; l'agente a indiqué être enceinte de 3 mois</td><td>malaise vagal</td><td>3 j</td></tr>
<tr><td>25-08</td><td>19/06</td><td>RIEU Anthony</td><td>Pont-Ferrand</td><td>coupure débroussailleuse</td>
<td>plaie tendon main gauche, opérée</td><td>60 j</td></tr>
</table>
""",
)

HTML_PAGES["s068_crm_demande_parent_transport_apres_chimiotherapie.html"] = (
    "Relation usagers — demande n° TR-2025-0931",
    """
<h1>Demande n° TR-2025-0931 — transport adapté — formulaire en ligne</h1>
<p><b>Reçue le :</b> 27/08/2025 22:14 — <b>Demandeur :</b> M. Olivier Séguier (père) —
<b>Élève :</b> Lucas Séguier, 11 ans, entrée en 6e au collège de Brévignac</p>
<p><b>Message :</b> « Bonjour, Lucas a été soigné cette année pour une leucémie aiguë lymphoblastique au
CHU de Toulouse (hôpital des enfants). Il est en rémission mais il est en phase d'entretien jusqu'en 2027
(chimio orale à la maison et une perfusion par mois). Son immunité est très basse et l'oncologue ne veut
pas qu'il prenne le car scolaire bondé, surtout en hiver (risque d'infection). Il est aussi très fatigué
et a perdu beaucoup de poids. La MDPH a reçu notre dossier en juillet mais la commission ne se réunit
qu'en octobre. Est-ce qu'un transport individuel peut être mis en place dès la rentrée en attendant ?
Je joins le certificat du Dr Mercier (oncologie pédiatrique) et le PAI. Nous habitons à Cantagrel, à
14 km du collège, ma femme et moi travaillons tous les deux à Montcerf. Merci. »</p>
<p><b>Pièces jointes :</b> certificat_oncopediatrie.pdf ; PAI_Lucas_2025.pdf ; accuse_reception_MDPH.pdf</p>
<p><b>Traitement :</b> transmis au service transports adaptés le 28/08 — décision provisoire favorable
(transport individuel, conducteur informé des consignes d'hygiène) dans l'attente de l'avis CDAPH.</p>
""",
)

HTML_PAGES["s069_fiche_reflexe_pc_trafic_confidentiel.html"] = (
    "Fiches réflexes PC trafic et tunnel — CONFIDENTIEL",
    """
<p class="marking"><b>CONFIDENTIEL — USAGE INTERNE PC — NE PAS DIFFUSER HORS DU SERVICE</b></p>
<h1>Fiches réflexes de l'opérateur — PC trafic et tunnel du Pas de l'Escure</h1>
<p>Version 2025-2 — service exploitation et sécurité des ouvrages. Page hébergée sur le serveur local du PC
(pas de copie sur l'intranet général).</p>
<h2>FR-01 — Prise de poste</h2>
<ol>
<li>Déverrouiller la station 1 avec le compte « operateur » (mot de passe trimestriel : <b>Escure#T4-2025</b>).</li>
<li>Vérifier le tableau des alarmes GTC ; acquitter les alarmes connues listées dans le cahier de
quart.</li>
<li>Tester la radio ANTARES (canal exploitant) et la retransmission FM (107.7).</li>
<li>Vérifier l'enregistreur vidéo (compte « admin », mot de passe inchangé depuis l'installation :
<b>12345</b> — demande de modification en cours).</li>
</ol>
<h2>FR-04 — Incendie dans le tube</h2>
<ol>
<li>Confirmer visuellement par caméra (attention : angle mort caméra 17 entre PM 1 180 et 1 220 ; utiliser
les caméras 16 et 18).</li>
<li>Fermer le tunnel : bouton « FERMETURE TOTALE » (barrières + feux R24 + PMV message 12).</li>
<li>Appeler le CODIS (ligne directe 05 xx xx 18 00) — donner le PM et le sens.</li>
<li>Lancer le scénario de ventilation adapté au PM (tableau FR-04bis). Si les accélérateurs A6 à A9 sont en
défaut (poste sud), passer immédiatement en mode manuel depuis le pupitre de secours de l'armoire A3
(local technique sud, porte code <b>4711</b>) : le pupitre n'exige pas d'authentification.</li>
<li>Diffuser le message d'évacuation pré-enregistré n° 3 sur la radio et les haut-parleurs.</li>
</ol>
<h2>FR-07 — Intrusion ou comportement suspect au PC</h2>
<ol>
<li>Ne pas ouvrir. Verrouiller la porte sas (bouton rouge sous le pupitre).</li>
<li>Déclencher l'alerte silencieuse vers la gendarmerie : code <b>5508#</b> sur le clavier d'alarme ou
bouton sous le bureau de la station 2.</li>
<li>Si l'intrus est entré : quitter le PC par la porte arrière (galerie technique) ; le tunnel reste
alors sans surveillance — le fermer au préalable si possible.</li>
</ol>
<h2>FR-09 — Perte de la supervision</h2>
<ol>
<li>Tenter un redémarrage du serveur GTC (armoire serveurs, bouton façade, code cadenas armoire
<b>6161</b>).</li>
<li>Si échec au bout de 10 minutes : fermeture du tunnel en local (boîtiers de barrière, clé n° 4).</li>
<li>Appeler la hotline Trafiq (code client ORV-TUN-0912). Le compte VPN prestataire (identifiant
« trafiq_maint ») peut être réactivé par l'opérateur depuis la console pare-feu, mot de passe dans
l'enveloppe « VPN » du coffre.</li>
</ol>
<h2>FR-12 — Demande d'images par un tiers</h2>
<p>Aucune extraction sans réquisition écrite d'un OPJ ou accord écrit du chef de service. Consigner dans le
registre. Ne jamais communiquer d'images à la presse ni aux assureurs directement.</p>
<h2>FR-15 — Fin de poste</h2>
<p>Renseigner le cahier de quart. Verrouiller les deux stations (rappel : la station 2 ne se verrouille pas
automatiquement). Armer l'alarme zone 2 si le local onduleurs a été ouvert.</p>
""",
)

HTML_PAGES["s070_intranet_demande_mobilite_rapprochement_enfant_handicap.html"] = (
    "Bourse interne de mobilité — candidature",
    """
<h1>Candidature interne — poste réf. 2025-DRM-081 (technicien bureau d'études, ART Nord, Villeroux)</h1>
<p><b>Candidat :</b> M. Sébastien Cros, technicien, ART Montagne (Castelmoron) — <b>Date :</b>
2 octobre 2025</p>
<h2>Motivation (texte saisi par l'agent)</h2>
<p>Je suis technicien au bureau d'études de l'ART Montagne depuis 2018 et je souhaite rejoindre l'ART Nord
pour des raisons familiales importantes. Mon épouse a été mutée au centre hospitalier de Montcerf en
septembre et notre fils Nolan, 8 ans, qui est atteint d'une myopathie de Duchenne, doit être suivi plusieurs
fois par semaine (kinésithérapie, ergothérapie) au SESSAD de Villeroux. Depuis la rentrée, je fais 1 h 40
de route par jour en plus pour les rendez-vous de Nolan et nous ne tenons plus. Son état s'aggrave et le
neurologue nous a prévenus qu'il serait probablement en fauteuil d'ici deux ou trois ans. Nous avons acheté
une maison de plain-pied à Villeroux pour cette raison.</p>
<p>Sur le plan professionnel, le poste correspond à mon expérience (projets de sécurité, ouvrages d'art).
Je bénéficie du congé de proche aidant depuis le printemps et j'aurais besoin de pouvoir le poser par
demi-journées.</p>
<h2>Avis du supérieur actuel</h2>
<p>Favorable, compte tenu de la situation familiale de l'agent, malgré la perte pour le service.</p>
""",
)

HTML_PAGES["s071_webmail_elu_demande_annulation_amende_fils.html"] = (
    "Webmail — demande d'un conseiller départemental",
    """
<div class="mail">
<p><b>De :</b> cabinet de la Présidente<br>
<b>À :</b> Gilles Ortiz, responsable du parc départemental<br>
<b>Date :</b> 14 octobre 2025 09:02<br>
<b>Objet :</b> TR: petit service</p>
<p>Gilles, je te transfère le message ci-dessous, pour avis (et pour mémoire : c'est non, mais il faut
qu'on lui réponde correctement). C.</p>
<blockquote>
<p><b>De :</b> André Pujol, conseiller départemental, maire de Peyrelade<br>
<b>Envoyé :</b> 13 octobre 2025 22:47</p>
<p>Bonsoir, mon fils Valentin, qui fait son service civique au Département cet été (à la cellule
communication), a été flashé avec une voiture de service le 28 août sur la RD 820, à 121 km/h au lieu de
80. Il a déjà eu une suspension de permis l'an dernier après un contrôle positif au cannabis, et avec
celle-là il va perdre son permis probatoire, ce qui serait une catastrophe pour son emploi. Le parc ne
pourrait-il pas désigner « conducteur inconnu » et payer l'amende majorée pour personne morale ? Je
prendrais bien sûr le montant à ma charge. Merci de votre discrétion. André</p>
</blockquote>
</div>
""",
)

HTML_PAGES["s072_dossier_reclamation_usagere_conducteur_tad.html"] = (
    "Réclamation n° REC-2025-212 — Proxi'Orvanne",
    """
<h1>Réclamation n° REC-2025-212 — chronologie du dossier</h1>
<p>Dossier suivi par la responsable du service Proxi'Orvanne et la direction des affaires juridiques. Accès
restreint.</p>
<h2>1. Réclamation initiale (courriel du 5 mai 2025)</h2>
<p>Mme Josette Pradier, 79 ans, usagère à Villeroux, écrit avec l'aide de sa petite-fille : « Je ne veux
plus que ce chauffeur vienne me chercher. Le 29 avril, en m'aidant à descendre devant chez moi, il m'a
pris la poitrine à pleine main et m'a dit que j'étais "encore bien conservée". Le 2 mai il a recommencé en
me tenant par la taille et en m'embrassant dans le cou. J'ai eu honte, je n'ai rien osé dire. Je ne sors
plus de chez moi. »</p>
<h2>2. Identification</h2>
<p>Les deux trajets ont été effectués par le même conducteur, M. Francis Loubet, salarié du prestataire
Transports Ribière affecté au marché depuis 2023. Le prestataire indique qu'une autre usagère avait signalé
oralement, en 2024, des « gestes trop familiers » de ce conducteur, sans suite écrite.</p>
<h2>3. Mesures</h2>
<ul>
<li>06/05 : demande au prestataire de retirer immédiatement M. Loubet du marché (art. 11 du CCAP) ;
accepté le jour même, le salarié est mis à pied à titre conservatoire par son employeur.</li>
<li>07/05 : visite de la responsable du service à Mme Pradier, en présence de sa petite-fille ; information
sur la possibilité de porter plainte et sur l'association d'aide aux victimes France Victimes 81x.</li>
<li>09/05 : Mme Pradier dépose plainte à la gendarmerie de Villeroux pour agression sexuelle sur personne
vulnérable.</li>
<li>12/05 : signalement au procureur de la République par le Département (article 40 du code de procédure
pénale), avec le témoignage de la seconde usagère, Mme L., recueilli le 10/05.</li>
<li>03/07 : le prestataire informe le Département que M. Loubet a été placé en garde à vue le 1er juillet
et sera jugé par le tribunal correctionnel ; il a été licencié pour faute grave.</li>
</ul>
<h2>4. Suites pour le service</h2>
<p>Rappel écrit à tous les prestataires des règles de comportement ; formation obligatoire des conducteurs
sur la bientraitance des personnes âgées ; information des usagers sur la possibilité de signaler tout
comportement inapproprié. Mme Pradier a repris le service le 2 juin avec une conductrice.</p>
""",
)

HTML_PAGES["s073_liste_transport_mineurs_non_accompagnes_rentree.html"] = (
    "Transport scolaire — jeunes accueillis au titre de l'ASE (MNA)",
    """
<h1>Rentrée 2025 — transport scolaire des jeunes accueillis au dispositif MNA de Lanzac</h1>
<p>Tableau partagé entre le service de l'aide sociale à l'enfance (pôle mineurs non accompagnés) et le
service transports. Usage interne ; ne pas transmettre au transporteur au-delà des noms et des arrêts.</p>
<table>
<tr><th>Jeune</th><th>Âge déclaré</th><th>Pays</th><th>Situation</th><th>Établissement</th><th>Arrêt</th></tr>
<tr><td>Mamadou S.</td><td>16</td><td>Guinée</td><td>OPP ; évaluation de minorité contestée par le
parquet, expertise osseuse en attente</td><td>lycée pro Jean-Moulin, CAP maçonnerie</td><td>Lanzac
foyer</td></tr>
<tr><td>Abdoulaye K.</td><td>15</td><td>Mali</td><td>tutelle ASE ; demande d'asile non déposée</td>
<td>collège de Lanzac (UPE2A)</td><td>Lanzac foyer</td></tr>
<tr><td>Youssef B.</td><td>17</td><td>Maroc</td><td>confié jusqu'à 18 ans ; titre de séjour à anticiper
(majorité en février)</td><td>lycée pro, bac pro maintenance</td><td>Lanzac foyer</td></tr>
<tr><td>Ibrahim T.</td><td>16</td><td>Côte d'Ivoire</td><td>confié ; a fugué 10 jours en juin</td>
<td>CFA BTP Montcerf</td><td>Lanzac gare</td></tr>
<tr><td>Fatoumata D.</td><td>15</td><td>Guinée</td><td>confiée ; victime de traite selon son récit,
suivie par le psychologue du dispositif</td><td>collège de Lanzac</td><td>Lanzac foyer</td></tr>
</table>
<p>Les cartes de transport seront établies au nom du service ASE. Prévenir le foyer de toute absence à
l'arrêt.</p>
""",
)

HTML_PAGES["s074_page_projet_galerie_photos_agence_presse.html"] = (
    "Maquette — rubrique « Nos routes en images »",
    """
<h1>Nos routes en images — maquette de la rubrique (site internet, mise en ligne prévue le 1er décembre)</h1>
<p class="note">Note de la cellule communication : maquette à valider. Les six photos ci-dessous proviennent
du fil de l'agence photo Sud Images Presse et du site de la Dépêche régionale ; on n'a pas de contrat avec
eux, mais on pourra toujours mettre le crédit. À voir avec le juridique si on a le temps.</p>
<figure><img src="img/sip_20240112_col_escure_neige.jpg" alt="Chasse-neige dans le col de l'Escure">
<figcaption>Chasse-neige dans le col de l'Escure, 12 janvier 2024. © Pierre Vernet / Sud Images Presse —
reproduction interdite</figcaption></figure>
<figure><img src="img/sip_20240919_rd58_orage.jpg" alt="RD 58 emportée par l'orage à Peyrelade">
<figcaption>La RD 58 emportée par l'orage à Peyrelade, 19 septembre 2024. © Pierre Vernet / Sud Images
Presse</figcaption></figure>
<figure><img src="img/depeche_tunnel_exercice.jpg" alt="Exercice incendie dans le tunnel">
<figcaption>Exercice de sécurité dans le tunnel du Pas de l'Escure. © Clémence Roques / La Dépêche
régionale</figcaption></figure>
<figure><img src="img/sip_viaduc_aygues_drone.jpg" alt="Viaduc des Aygues vu du ciel">
<figcaption>Le viaduc des Aygues vu du ciel. © Drone Occitanie pour Sud Images Presse — licence
commerciale requise</figcaption></figure>
<p>Textes des légendes longues repris des articles d'origine (voir fichier Word joint, copiés des articles
de la Dépêche des 13 janvier et 20 septembre 2024).</p>
""",
)

HTML_PAGES["s075_tableau_bord_astreintes_individuelles_conducteurs.html"] = (
    "Tableau de bord VH — suivi individuel des conducteurs",
    """
<h1>Saison 2024-2025 — suivi individuel des conducteurs de viabilité hivernale — ART Montagne</h1>
<p>Document de travail du chef d'agence pour les entretiens professionnels 2025. Non communiqué aux
agents.</p>
<table>
<tr><th>Agent</th><th>Semaines d'astreinte</th><th>Interventions</th><th>Retards &gt; 30 min</th>
<th>Incidents matériels</th><th>Appréciation</th></tr>
<tr><td>S. Canitrot</td><td>12</td><td>38</td><td>0</td><td>0</td><td>exemplaire ; proposer
félicitations et avancement</td></tr>
<tr><td>J. Alibert</td><td>11</td><td>35</td><td>1</td><td>1 (rétroviseur)</td><td>très bon</td></tr>
<tr><td>F. Rouquette</td><td>6</td><td>14</td><td>2</td><td>0</td><td>retiré de l'astreinte en janvier
(procédure disciplinaire en cours) ; fiabilité insuffisante</td></tr>
<tr><td>F. Lacombe</td><td>9</td><td>27</td><td>1</td><td>0</td><td>demande d'échanges fréquents
(situation familiale) ; à encadrer</td></tr>
<tr><td>M. Doumenc</td><td>10</td><td>30</td><td>4</td><td>2 (lame, saleuse)</td><td>manque de soin
du matériel, deux rappels oraux ; à mentionner au CREP, avancement non proposé</td></tr>
<tr><td>Hugo L.</td><td>4</td><td>11</td><td>0</td><td>0</td><td>en arrêt depuis décembre ;
ne pas évaluer</td></tr>
</table>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_info_route_fermetures_en_cours.html"] = (
    "Info route — fermetures et perturbations en cours",
    """
<h1>Info route — état du réseau départemental</h1>
<p>Mise à jour : mardi 18 novembre 2025, 6 h 15 — prochaine mise à jour à 11 h.</p>
<h2>Conditions hivernales</h2>
<ul>
<li>RD 912A (col de l'Escure) : <b>fermée</b> entre Sarret-Haut et la tête nord du tunnel — neige (15 cm),
déneigement en cours. Réouverture prévue vers 10 h. Itinéraire conseillé : tunnel du Pas de l'Escure.</li>
<li>RD 912 et tunnel : circulation normale, chaussée traitée. Prudence aux abords du tunnel (plaques de
verglas).</li>
<li>Routes de niveau 3 au-dessus de 800 m : équipements spéciaux recommandés.</li>
</ul>
<h2>Chantiers</h2>
<ul>
<li>RD 820, Villeroux – Lanzac : alternat par feux PR 9 à 9+400 jusqu'au 21 novembre (reprise de
l'accotement cyclable).</li>
<li>RD 47, pont de Lescure : limitation à 12 t, déviation des poids lourds par la RD 23.</li>
</ul>
<h2>Événements</h2>
<ul>
<li>RD 23 à Brévignac : accident en cours de traitement au PR 11, circulation alternée, secours sur
place.</li>
</ul>
<p>Abonnez-vous aux alertes SMS gratuites ou suivez @OrvanneRoutes. En cas d'urgence, composez le 112.</p>
""",
)

HTML_PAGES["p137_communique_accident_rd23_fermeture.html"] = (
    "Communiqué — accident sur la RD 23",
    """
<h1>Accident sur la RD 23 : la route rouverte en fin de matinée</h1>
<p>Montcerf, le 18 novembre 2025, 12 h 30</p>
<p>Un accident impliquant un véhicule léger et un poids lourd s'est produit ce matin vers 5 h 50 sur la
RD 23, à hauteur de Brévignac, sur une chaussée rendue glissante par des chutes de neige fondue. Les
secours sont intervenus rapidement ; selon le SDIS, une personne a été transportée au centre hospitalier
de Montcerf.</p>
<p>Les agents du centre d'exploitation de Brévignac ont sécurisé la zone et mis en place une circulation
alternée, puis une déviation pendant le dépannage du poids lourd. La route a été entièrement rouverte à
11 h 10, après nettoyage et salage de la chaussée.</p>
<p>Les circonstances de l'accident relèvent de l'enquête de gendarmerie. Le Département rappelle que la
RD 23 avait fait l'objet d'un traitement préventif la veille au soir et d'un second passage à 4 h 30, et
invite les usagers à la plus grande prudence en cette période : adaptez votre vitesse, augmentez les
distances de sécurité et consultez l'info route avant de partir.</p>
<p>Contact presse : presse@orvanne.fr</p>
""",
)

HTML_PAGES["p138_page_transport_adapte_eleves_handicap.html"] = (
    "Transport adapté des élèves en situation de handicap",
    """
<h1>Transport adapté des élèves et étudiants en situation de handicap</h1>
<p>Votre enfant ne peut pas utiliser les transports en commun en raison de son handicap ? Le Département
peut organiser ou financer ses trajets entre le domicile et l'établissement scolaire.</p>
<h2>Les conditions</h2>
<ul>
<li>Être domicilié dans le Val-d'Orvanne ;</li>
<li>être scolarisé (de la maternelle à l'enseignement supérieur) ;</li>
<li>disposer d'un avis de la CDAPH (MDPH) reconnaissant le besoin de transport adapté.</li>
</ul>
<h2>Les démarches</h2>
<ol>
<li>Demandez l'avis de la MDPH si vous ne l'avez pas déjà ;</li>
<li>remplissez la demande en ligne ou le formulaire papier avant le 30 juin ;</li>
<li>recevez la décision du Département et le contact du transporteur avant la rentrée.</li>
</ol>
<h2>Les chiffres</h2>
<p>486 élèves bénéficiaires en 2024-2025, 118 circuits, 94 conducteurs formés à l'accueil des élèves en
situation de handicap.</p>
<p><a href="#">Télécharger le guide des familles (PDF)</a> — <a href="#">Règlement départemental</a> —
Contact : transports.adaptes@orvanne.fr</p>
""",
)

HTML_PAGES["p139_page_proxi_orvanne_seniors.html"] = (
    "Proxi'Orvanne — transport à la demande pour les seniors",
    """
<h1>Proxi'Orvanne : on vous emmène !</h1>
<p>Vous avez 75 ans ou plus, ou 60 ans et plus avec l'APA ou une carte mobilité inclusion, et vous n'avez
pas de moyen de transport ? Proxi'Orvanne vous conduit de votre porte à votre destination : courses,
médecin, marché, coiffeur, visite à un proche.</p>
<h2>Comment ça marche ?</h2>
<ul>
<li>Inscription gratuite en mairie, au CCAS ou par téléphone au 05 xx xx 20 30.</li>
<li>Réservation la veille avant 16 h.</li>
<li>Un conducteur formé vient vous chercher et vous aide à monter.</li>
</ul>
<h2>Combien ça coûte ?</h2>
<p>4 € le trajet dans votre bassin de vie, 6 € vers Montcerf. Gratuit pour les personnes aux ressources
modestes (plafond de l'ASPA) et les bénéficiaires de l'aide sociale départementale.</p>
<h2>Témoignage</h2>
<blockquote>« Depuis que j'ai arrêté de conduire, c'est ma liberté. Le chauffeur me porte mes courses
jusqu'à la cuisine. » — une usagère de Brévignac, 84 ans</blockquote>
<p>En 2024 : 2 314 inscrits, 41 200 trajets, 94 % d'usagers satisfaits.</p>
""",
)

HTML_PAGES["p140_open_data_accidents_par_canton.html"] = (
    "Données ouvertes — accidentalité par canton",
    """
<h1>Jeu de données : accidents corporels sur routes départementales par canton (2020-2024)</h1>
<p>Producteur : Département du Val-d'Orvanne, observatoire de la sécurité routière. Licence ouverte 2.0.
Fréquence de mise à jour : annuelle. Source : fichier BAAC (données anonymisées).</p>
<table>
<tr><th>Canton</th><th>Accidents 2020-2024</th><th>Tués</th><th>Blessés hospitalisés</th>
<th>Blessés légers</th><th>Km de RD</th><th>Accidents / 100 km / an</th></tr>
<tr><td>Montcerf-1</td><td>142</td><td>9</td><td>61</td><td>118</td><td>212</td><td>13,4</td></tr>
<tr><td>Montcerf-2</td><td>118</td><td>7</td><td>49</td><td>97</td><td>238</td><td>9,9</td></tr>
<tr><td>Lanzac</td><td>164</td><td>12</td><td>73</td><td>131</td><td>296</td><td>11,1</td></tr>
<tr><td>Villeroux</td><td>121</td><td>8</td><td>52</td><td>104</td><td>318</td><td>7,6</td></tr>
<tr><td>Haut-Sarret</td><td>97</td><td>14</td><td>48</td><td>59</td><td>441</td><td>4,4</td></tr>
<tr><td>Brévignac</td><td>76</td><td>6</td><td>35</td><td>58</td><td>402</td><td>3,8</td></tr>
<tr><td>Causse</td><td>61</td><td>8</td><td>29</td><td>41</td><td>487</td><td>2,5</td></tr>
<tr><td>Castelmoron</td><td>88</td><td>11</td><td>40</td><td>63</td><td>376</td><td>4,7</td></tr>
<tr><td>Saint-Aulde</td><td>73</td><td>5</td><td>31</td><td>60</td><td>350</td><td>4,2</td></tr>
<tr><td>Les Vignaux</td><td>42</td><td>3</td><td>20</td><td>31</td><td>300</td><td>2,8</td></tr>
</table>
<h2>Description des champs</h2>
<p>Un accident corporel est un accident survenu sur une voie ouverte à la circulation, impliquant au moins
un véhicule et ayant fait au moins une victime nécessitant des soins. Tué : décès dans les 30 jours.
Blessé hospitalisé : plus de 24 heures d'hospitalisation. Les données ne comportent ni date précise, ni
localisation au point kilométrique, ni information sur les personnes, afin de garantir l'anonymat des
victimes. La version détaillée par section (sans données personnelles) est disponible dans le jeu
« accidents_sections_rd ».</p>
<h2>Avertissement</h2>
<p>Le canton du Haut-Sarret présente une gravité élevée (14 tués pour 97 accidents) liée aux routes de
montagne et au trafic de deux-roues motorisés sur la RD 912. Les comparaisons entre cantons doivent tenir
compte du linéaire et du trafic.</p>
""",
)

HTML_PAGES["p141_resultats_consultation_plan_velo.html"] = (
    "Participer — résultats de la consultation vélo",
    """
<h1>Plan vélo : ce que vous nous avez dit, ce que nous avons fait</h1>
<p>Du 16 septembre au 31 octobre 2024, vous avez été plus de 1 800 à répondre au questionnaire et plus de
1 100 contributions ont été déposées sur la carte participative. Merci !</p>
<h2>Vous avez dit…</h2>
<ul>
<li>78 % : « je ne me sens pas en sécurité sur les routes départementales » ;</li>
<li>62 points noirs signalés sur la RD 820 ;</li>
<li>41 % : « il faut du stationnement sécurisé en gare et aux arrêts de car » ;</li>
<li>une pétition de 310 signatures contre la bande cyclable de la RD 58.</li>
</ul>
<h2>… nous avons fait</h2>
<ul>
<li>la voie verte du Sarret jusqu'à Castelmoron passe en priorité 1 ;</li>
<li>un programme « accès aux collèges » avec une aide majorée ;</li>
<li>des accotements revêtus à chaque renforcement de chaussée sur les itinéraires vélo ;</li>
<li>abandon de la bande cyclable de la RD 58, remplacée par un itinéraire par les voies communales ;</li>
<li>une aide à l'achat de vélos à assistance électrique pour les ménages modestes.</li>
</ul>
<p><a href="#">Bilan complet (PDF)</a> — <a href="#">Carte des contributions anonymisée</a></p>
""",
)

HTML_PAGES["p142_offres_emploi_saisonniers_viabilite_hivernale.html"] = (
    "Recrutement — saisonniers viabilité hivernale",
    """
<h1>Cet hiver, rejoignez nos équipes des routes !</h1>
<p>Le Département recrute <b>22 agents saisonniers</b> pour la viabilité hivernale, du 17 novembre 2025 au
15 mars 2026, dans ses centres d'exploitation (priorité aux centres de l'ART Montagne).</p>
<h2>Vos missions</h2>
<p>Déneigement et salage des routes départementales au volant d'un camion équipé, patrouilles,
chargement du sel, entretien courant du matériel, participation aux astreintes (indemnisées).</p>
<h2>Votre profil</h2>
<ul>
<li>Permis C obligatoire (CE apprécié) ;</li>
<li>expérience de la conduite en conditions hivernales appréciée ;</li>
<li>habiter à moins de 30 minutes du centre d'affectation ;</li>
<li>disponibilité de nuit et le week-end ;</li>
<li>autorisation de travail en France pour les candidats non ressortissants de l'Union européenne.</li>
</ul>
<h2>Rémunération</h2>
<p>Contrat d'adjoint technique, rémunération indiciaire + indemnités d'astreinte et d'intervention.
Formation à la sécurité et à la conduite des engins assurée à l'embauche.</p>
<p>Candidature avant le 31 octobre : <a href="#">formulaire en ligne</a>.</p>
""",
)

HTML_PAGES["p143_actualite_medailles_travail_agents_routes.html"] = (
    "Actualités — médailles du travail",
    """
<h1>Les agents des routes à l'honneur</h1>
<p>Publié le 28 juin 2025 — rubrique « Vie du Département »</p>
<p>Vendredi 27 juin, la Présidente Françoise Délanne a remis la médaille d'honneur régionale,
départementale et communale à 34 agents du Département, dont 12 agents de la direction des routes et des
mobilités, lors d'une cérémonie à l'Hôtel du Département.</p>
<ul>
<li>Médaille d'or (35 ans de service) : Serge Canitrot (centre du col de l'Escure), Christian Fabre
(centre de Saint-Aulde) ;</li>
<li>Médaille de vermeil (30 ans) : Gilles Ortiz (parc départemental), Nathalie Gineste (centre de
Brévignac), Régis Manceau (centre de Pont-Ferrand) ;</li>
<li>Médaille d'argent (20 ans) : Bernard Coustal, Thierry Palous, Hakim Benali, Mireille Cabrol, Olivier
Marcou, Laure Pujol, Yannick Berthomieu.</li>
</ul>
<p>« Vous êtes le visage du service public sur nos routes, par tous les temps », a souligné la Présidente,
avant d'avoir une pensée pour Jean-Claude Mazars, disparu en service en décembre dernier, à qui la
médaille d'or avait été attribuée à titre posthume et remise à son épouse.</p>
<p>La cérémonie s'est conclue par un moment convivial dans les jardins de l'Hôtel du Département.</p>
""",
)

HTML_PAGES["p144_liste_marches_attribues_2025.html"] = (
    "Marchés publics — liste des marchés conclus en 2025",
    """
<h1>Liste des marchés conclus en 2025 — direction des routes et des mobilités (article R. 2196-1 CCP)</h1>
<table>
<tr><th>N°</th><th>Objet</th><th>Titulaire</th><th>Code postal</th><th>Montant HT</th><th>Notification</th></tr>
<tr><td>2025-DRM-003</td><td>Enduits superficiels ART Sud</td><td>Vidal TP</td><td>81xxx</td>
<td>684 220,00 €</td><td>12/03/2025</td></tr>
<tr><td>2025-DRM-006</td><td>Maintenance équipements tunnel du Pas de l'Escure (4 ans)</td>
<td>Trafiq Systèmes SAS</td><td>31000</td><td>1 296 000,00 €</td><td>28/03/2025</td></tr>
<tr><td>2025-DRM-009</td><td>Signalisation horizontale (accord-cadre, max. annuel)</td>
<td>Signatech Occitanie</td><td>81xxx</td><td>450 000,00 €</td><td>02/05/2025</td></tr>
<tr><td>2025-DRM-011 lot 1</td><td>Sel de déneigement vrac</td><td>Salins du Midi SAS</td><td>34xxx</td>
<td>82,50 €/t</td><td>18/07/2025</td></tr>
<tr><td>2025-DRM-011 lot 2</td><td>Sel de déneigement big-bags</td><td>Compagnie des Sels du Sud</td>
<td>34xxx</td><td>118,00 €/t</td><td>18/07/2025</td></tr>
<tr><td>2025-DRM-014</td><td>Renforcement RD 820 Villeroux – Lanzac</td><td>RESO</td><td>81xxx</td>
<td>2 418 562,40 €</td><td>03/06/2025</td></tr>
<tr><td>2025-DRM-017</td><td>Confortement du viaduc des Aygues</td><td>Vidal TP</td><td>81xxx</td>
<td>612 340,00 €</td><td>24/06/2025</td></tr>
<tr><td>2025-DRM-021</td><td>Transport à la demande Proxi'Orvanne — secteur Nord</td>
<td>Transports Ribière</td><td>81xxx</td><td>318 000,00 € / an</td><td>29/08/2025</td></tr>
</table>
<p>Données publiées également sur data.gouv.fr (données essentielles de la commande publique).</p>
""",
)

HTML_PAGES["p145_parking_relais_lanzac_tarifs_reglement.html"] = (
    "Parking relais de Lanzac — tarifs et règlement",
    """
<h1>Parking relais de Lanzac : stationnez, prenez le car</h1>
<p>Le parking relais de Lanzac (180 places, dont 6 réservées aux personnes handicapées et 12 équipées de
bornes de recharge) est géré par le Département à proximité du pôle d'échanges.</p>
<h2>Tarifs</h2>
<ul>
<li>Gratuit pour les usagers des cars régionaux sur présentation d'un titre de transport valide (validation
à la borne d'entrée) ;</li>
<li>autres usagers : 1 € par heure, 5 € la journée ;</li>
<li>forfait post-stationnement en cas de non-paiement : 25 €.</li>
</ul>
<h2>Contester un forfait post-stationnement</h2>
<p>Vous disposez d'un mois pour former un recours administratif préalable obligatoire (RAPO) en ligne ou
par courrier recommandé au service stationnement du Département. Joignez tout justificatif utile (titre de
transport, ticket, carte mobilité inclusion). En cas de rejet, la commission du contentieux du
stationnement payant peut être saisie.</p>
<h2>Chiffres 2024</h2>
<p>Taux d'occupation moyen : 71 % en semaine. 1 148 forfaits post-stationnement émis, 213 RAPO reçus,
dont 96 ont abouti à une annulation (principalement pour panne de borne ou titre de transport
valide).</p>
""",
)

HTML_PAGES["p146_page_tunnel_escure_securite_exercices.html"] = (
    "Le tunnel du Pas de l'Escure",
    """
<h1>Le tunnel du Pas de l'Escure</h1>
<p>Mis en service en 2006, le tunnel du Pas de l'Escure (1 850 mètres) relie Montcerf et Castelmoron en
évitant le col, fermé plusieurs jours chaque hiver. Il est emprunté par 5 750 véhicules par jour.</p>
<h2>Un ouvrage surveillé en permanence</h2>
<p>Un poste de contrôle, armé 24 heures sur 24 par des opérateurs du Département, surveille le tunnel grâce
à 36 caméras et à un système de détection automatique des incidents. En cas d'événement, les opérateurs
peuvent fermer le tunnel en quelques secondes, piloter la ventilation et diffuser des messages sur la
radio et par haut-parleurs.</p>
<h2>Des équipements de sécurité</h2>
<ul>
<li>4 abris de sécurité reliés à une galerie d'évacuation ;</li>
<li>niches d'appel d'urgence avec extincteurs tous les 200 mètres ;</li>
<li>ventilation par 14 accélérateurs capables de maîtriser les fumées ;</li>
<li>éclairage de secours et signalisation d'évacuation.</li>
</ul>
<h2>Exercices et maintenance</h2>
<p>Chaque année, un exercice grandeur nature est organisé avec les sapeurs-pompiers, la gendarmerie et le
SAMU. Le tunnel est fermé la nuit environ vingt fois par an pour l'entretien des équipements ; les dates
sont annoncées sur l'info route. Le Département a engagé la modernisation de la supervision et le
renforcement de la cybersécurité des équipements, conformément à son schéma directeur.</p>
<h2>Le dossier de sécurité</h2>
<p>Comme tout tunnel de plus de 300 mètres, le tunnel fait l'objet d'un dossier de sécurité examiné par la
commission consultative départementale de sécurité. La notice de présentation est consultable sur
demande ; les études de dangers ne sont pas communicables pour des raisons de sécurité publique.</p>
""",
)

HTML_PAGES["p147_communique_agressions_agents_plainte_systematique.html"] = (
    "Communiqué — agressions d'agents des routes",
    """
<h1>Agressions d'agents des routes : le Département dit stop</h1>
<p>Montcerf, le 10 septembre 2025</p>
<p>Depuis le début de l'année, 16 agressions d'agents des routes ont été recensées sur le réseau
départemental, dont 3 violences physiques ayant entraîné des arrêts de travail. Insultes aux alternats,
menaces, véhicules forçant les barrages : ces comportements sont inacceptables.</p>
<p>Le Département rappelle que ses agents, qu'ils balisent un accident, déneigent une route ou réparent
une chaussée, travaillent pour la sécurité de tous. Il accorde systématiquement la protection fonctionnelle
aux agents victimes, se constitue partie civile à leurs côtés et demande aux parquets une réponse pénale
ferme. Les violences sur une personne chargée d'une mission de service public constituent une
circonstance aggravante.</p>
<p>Le Département expérimente par ailleurs des caméras embarquées dans dix véhicules d'intervention et
renforce la présence de deux agents sur les fermetures de route.</p>
<p>« Nos agents ne sont pas des défouloirs », a déclaré le vice-président Jean-Marc Roubaud.</p>
<p>Contact presse : presse@orvanne.fr</p>
""",
)

HTML_PAGES["p148_compte_rendu_seance_conseil_departemental_juin.html"] = (
    "Compte rendu de la séance publique du 16 juin 2025",
    """
<h1>Conseil départemental — compte rendu sommaire de la séance publique du 16 juin 2025</h1>
<p>Affiché à l'Hôtel du Département et publié sur le site internet conformément à l'article L. 3121-13 du
code général des collectivités territoriales. Présidence : Mme Françoise Délanne. 34 conseillers
départementaux en exercice ; 31 présents, 3 pouvoirs.</p>

<h2>1. Compte administratif 2024 et affectation des résultats</h2>
<p>Le compte administratif 2024 fait apparaître des dépenses réelles de fonctionnement de 312,4 M€ et des
dépenses réelles d'investissement de 98,7 M€, dont 58,4 M€ pour les routes et les mobilités. L'épargne
brute s'établit à 31,2 M€. M. Vayssière, au nom du groupe Union pour le Val, a relevé la progression des
dépenses sociales (allocations individuelles de solidarité, aide sociale à l'enfance), qu'il juge
insuffisamment compensées par l'État, et a regretté le recul de l'investissement routier hors grands
projets. La Présidente ayant quitté la salle, le compte administratif a été adopté à la majorité (pour : 26 ;
contre : 0 ; abstentions : 7).</p>

<h2>2. Aménagement du carrefour de la zone commerciale de Lanzac — bilan de la concertation et choix de
la variante</h2>
<p>M. Roubaud a présenté le bilan de la concertation préalable, établi par le garant, et la proposition de
retenir une variante A modifiée (giratoire avec traversées piétonnes et cyclables à feux sur deux branches).
Il a indiqué que la variante C avait été écartée en raison de son impact agricole et que les demandes des
commerçants sur le phasage des travaux seraient intégrées au cahier des charges. Mme Bories a salué la
qualité de la concertation et demandé que l'étude acoustique soit rendue publique avant l'enquête
publique ; M. Roubaud s'y est engagé. M. Rouquier, conseiller départemental et maire de Lanzac, a rappelé
que le carrefour est « attendu depuis vingt ans ». Adopté à l'unanimité.</p>

<h2>3. Transport des élèves en situation de handicap — évolution du règlement et préparation du marché
2026-2030</h2>
<p>Mme Calvet a présenté les modifications du règlement départemental : prise en compte des deux
domiciles en cas de résidence alternée, prise en charge des trajets vers les lieux de stage obligatoire,
objectif d'un temps de trajet inférieur à une heure. Elle a indiqué que le prochain marché comportera une
obligation de formation des conducteurs, un critère de stabilité des équipes et l'équipement des véhicules
en détecteurs de présence, « à la suite d'un incident grave survenu l'an dernier, heureusement sans
conséquence pour l'enfant ». M. Vayssière a demandé le coût prévisionnel ; Mme Calvet a répondu qu'il est
estimé à 5,1 M€ par an, contre 4,6 M€ aujourd'hui. Mme Bories a souhaité que les associations de familles
soient associées à l'analyse des offres ; la Présidente a rappelé que les règles de la commande publique ne
le permettent pas, mais que le comité de suivi sera consulté sur le cahier des charges. Adopté à
l'unanimité.</p>

<h2>4. Ressources humaines — rapport social unique 2024</h2>
<p>La vice-présidente chargée des ressources humaines a présenté le rapport social unique. Elle a souligné
les difficultés de recrutement d'agents d'exploitation des routes (14 postes vacants), le niveau élevé de
l'absentéisme pour raison de santé à la direction des routes (8,9 %) et les mesures prises après l'accident
mortel de décembre 2024. Elle a indiqué que deux enquêtes administratives avaient été conduites en 2024
pour des faits de harcèlement ou d'agissements sexistes, et qu'un plan de prévention des violences
sexistes et sexuelles serait présenté à l'automne. Mme Bories a demandé des données sur la part des femmes
dans les métiers de la route ; elle est de 11 %. Le Conseil a pris acte du rapport.</p>

<h2>5. Motion relative aux agressions d'agents publics</h2>
<p>Sur proposition de la Présidente, le Conseil a adopté à l'unanimité une motion condamnant les
agressions dont sont victimes les agents du Département, notamment les agents des routes et les
travailleurs sociaux, et demandant à l'État le renforcement de la réponse pénale. La Présidente a indiqué
que le Département se constituait systématiquement partie civile aux côtés des agents.</p>

<h2>6. Questions orales</h2>
<p><b>Question de M. Vayssière sur la voie verte du Sarret.</b> M. Vayssière a interrogé l'exécutif sur le
calendrier et le surcoût de la voie verte. M. Roubaud a rappelé que le surcoût de 1,4 M€ résulte du
confortement de deux ouvrages d'art, que les travaux du viaduc des Aygues ont été attribués et que la
mise en service de la première tranche est prévue au printemps 2026. Le rapport d'expertise des ouvrages a
été présenté en commission le 12 mai et est consultable par les élus.</p>
<p><b>Question de Mme Bories sur le service Proxi'Orvanne.</b> Mme Bories a demandé un bilan de
l'extension de la gratuité aux personnes aux ressources modestes. Mme Calvet a indiqué que 188 personnes en
bénéficient depuis le 1er janvier et que les demandes rejetées en 2024 ont été réexaminées d'office. Elle a
annoncé une étude sur l'extension de la gratuité aux bénéficiaires de l'allocation aux adultes handicapés
de plus de 60 ans.</p>
<p><b>Question de M. Pujol sur les routes de montagne.</b> M. Pujol a demandé que le mur de soutènement de
la RD 58 à Peyrelade, reconstruit après les orages, fasse l'objet d'un suivi. Le directeur des routes a
précisé qu'un inventaire des accotements et murs instables des routes de montagne est en cours et sera
achevé avant l'hiver.</p>

<p><b>Question de Mme Calvet sur la sécurité des agents de la viabilité hivernale.</b> Mme Calvet a
demandé où en était la mise en œuvre des recommandations formulées après l'accident mortel de décembre
dernier. Le vice-président a indiqué que le binôme de nuit serait obligatoire sur les itinéraires de
montagne dès l'hiver prochain, que 40 dispositifs de protection des travailleurs isolés avaient été
commandés et que le règlement des astreintes serait soumis à la commission permanente en décembre après
avis du comité social territorial. Il a rendu hommage aux agents du centre du col, « qui ont repris le
travail avec un courage remarquable ».</p>
<p><b>Question de M. Vayssière sur le tunnel du Pas de l'Escure.</b> M. Vayssière a souhaité savoir si des
audits de sécurité informatique avaient été menés sur les équipements du tunnel, à la suite d'incidents
survenus dans d'autres collectivités. Le vice-président a confirmé qu'un audit avait été réalisé au début
de l'année par un prestataire qualifié, que ses résultats n'avaient pas vocation à être rendus publics
pour des raisons évidentes, et que les mesures correctives étaient en cours dans le cadre du schéma
directeur des systèmes de gestion du trafic, qui sera présenté en commission à l'automne. Il a indiqué
qu'une information pourrait être délivrée aux présidents de groupe, dans le respect de la confidentialité
nécessaire.</p>
<p><b>Question de Mme Bories sur les transports adaptés.</b> Mme Bories a relayé l'inquiétude de familles
d'enfants autistes devant les changements fréquents de conducteurs. Mme Calvet a indiqué que le critère de
stabilité des équipes serait fortement pondéré dans le prochain marché et qu'en attendant les
transporteurs avaient l'obligation de prévenir les familles 48 heures à l'avance.</p>

<p><b>Question de M. Rouquier sur la déviation de Lanzac.</b> M. Rouquier a demandé si le calendrier de
mise en service de la déviation était tenu. Le vice-président a confirmé une mise en service au second
semestre 2026 et indiqué que des discussions contractuelles étaient en cours avec le groupement titulaire
des terrassements, conformément aux règles de la commande publique ; il n'a pas souhaité en dire davantage
à ce stade.</p>

<h2>7. Délibérations diverses</h2>
<ul>
<li>Convention avec la Région relative à la coordination des transports scolaires : adoptée à
l'unanimité.</li>
<li>Garantie d'emprunt à l'office public de l'habitat pour la construction de 24 logements à Villeroux :
adoptée à l'unanimité.</li>
<li>Subvention de 45 000 € au comité départemental de la Prévention routière et aux associations de
sécurité routière : adoptée à l'unanimité.</li>
<li>Adhésion au groupement de commandes régional pour la fourniture d'électricité : adoptée à la majorité
(abstention du groupe Union pour le Val).</li>
</ul>
<p>La séance a été levée à 13 h 05. Prochaine séance publique : 14 octobre 2025.</p>
<p>Les délibérations sont consultables dans leur intégralité sur le site du Département. Le procès-verbal
de la séance sera soumis à l'approbation du Conseil lors de sa prochaine réunion.</p>
""",
)

HTML_PAGES["p149_itineraires_cyclables_decouverte.html"] = (
    "À vélo dans le Val-d'Orvanne — itinéraires",
    """
<h1>À vélo dans le Val-d'Orvanne : nos itinéraires</h1>
<h2>Voie verte de Montcerf (8 km, facile)</h2>
<p>Sur l'ancienne voie ferrée, de la gare de Montcerf au lac de la Garrigue. Revêtement enrobé, accessible
aux familles, aux rollers et aux personnes en fauteuil. Aires de pique-nique et station de réparation à
mi-parcours.</p>
<h2>Boucle des Vignaux (24 km, moyen)</h2>
<p>Petites routes communales et départementales à faible trafic, à travers les vignes et les villages
perchés. Dénivelé : 320 m. Jalonnement vert.</p>
<h2>V86 — traversée du département (38 km, moyen)</h2>
<p>De Villeroux à Castelmoron, en partie sur voie verte, en partie sur routes partagées. Attention : 22 km
encore non aménagés, sur routes départementales ouvertes à la circulation ; prudence sur la RD 820 entre
Lanzac et Villeroux.</p>
<h2>Montée du col de l'Escure (14 km, difficile)</h2>
<p>Le col des cyclosportifs : 7,2 % de moyenne sur les 6 derniers kilomètres. Route fermée l'hiver. Le
tunnel est interdit aux cyclistes.</p>
<p><a href="#">Télécharger les traces GPX</a> — <a href="#">Carte vélo 2025 (PDF)</a> — Hébergements
« Accueil vélo » : voir le site de l'agence d'attractivité.</p>
""",
)

HTML_PAGES["p150_observatoire_controles_vitesse_statistiques.html"] = (
    "Observatoire — contrôles automatisés et vitesses pratiquées",
    """
<h1>Vitesses pratiquées et contrôle automatisé sur les routes départementales — bilan 2024</h1>
<p>Publication de l'observatoire départemental de sécurité routière, à partir des données des stations de
comptage du Département et des statistiques agrégées transmises par la préfecture.</p>
<h2>Vitesses pratiquées</h2>
<table>
<tr><th>Type de route</th><th>VMA</th><th>Vitesse moyenne VL</th><th>V85</th><th>% au-dessus de la VMA</th></tr>
<tr><td>RD structurantes hors agglomération</td><td>80</td><td>78</td><td>92</td><td>38 %</td></tr>
<tr><td>RD à 70 km/h</td><td>70</td><td>71</td><td>84</td><td>47 %</td></tr>
<tr><td>Traversées d'agglomération</td><td>50</td><td>49</td><td>61</td><td>41 %</td></tr>
<tr><td>Tunnel du Pas de l'Escure</td><td>70</td><td>68</td><td>77</td><td>24 %</td></tr>
</table>
<h2>Contrôle automatisé</h2>
<p>Le département compte 19 radars fixes et tourelles, 3 radars de feu rouge et 2 radars mobiles embarqués
dans des voitures banalisées conduites par des prestataires agréés. En 2024, 61 800 avis de contravention
ont été émis pour excès de vitesse par les équipements du département, dont 94 % pour des excès inférieurs
à 20 km/h. Le produit des amendes de police reversé au Département au titre de la répartition nationale
s'est élevé à 1,2 M€ ; il finance des opérations de sécurité routière.</p>
<p>Ces données sont agrégées : l'observatoire ne dispose d'aucune information sur les contrevenants.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
