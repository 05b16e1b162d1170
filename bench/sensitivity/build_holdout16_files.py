"""Build the .docx and .html documents of the hand-written sensitivity set holdout16.

Theme: environment, agriculture, water and natural risks in a rural département (préfecture and
DDT(M) acts, ICPE and water-law decisions, public inquiries, hunting and fishing, farmers' aid and
controls, drought restrictions, flood-risk plans, syndicats de rivière and de déchets, forest and
wildlife offices, rural communes' minutes, complaints between neighbours, inspectors' reports,
e-mails with farmers and companies).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout16_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout16"
FIXED = dt.datetime(2025, 11, 17, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_enquete_accident_salarie_agricole.docx"] = [
    ("title", "Rapport d'enquête – accident du travail en exploitation agricole"),
    (
        "p",
        "DDETSPP de l'Indre – Inspection du travail, unité de contrôle Nord-Indre. "
        "Enquête conduite par Nathalie Faucher, inspectrice du travail, les 11 et 14 août 2025.",
    ),
    ("h", "1. Les faits"),
    (
        "p",
        "Le 6 août 2025 vers 17 h, M. Piotr Kowalczyk, 34 ans, salarié en CDD saisonnier de la SCEA "
        "des Grandes Terres à Levroux, a eu la main droite entraînée par la vis sans fin de la trémie "
        "de réception du silo à grains alors qu'il tentait de dégager un bourrage sans avoir arrêté "
        "l'installation. Le carter de protection avait été démonté la veille pour une réparation et "
        "n'avait pas été remis en place.",
    ),
    ("h", "2. Conséquences pour la victime"),
    (
        "p",
        "Transporté au centre hospitalier de Châteauroux puis transféré à l'unité SOS Mains de Tours, "
        "M. Kowalczyk a subi l'amputation de l'index et du majeur de la main droite au niveau de la "
        "deuxième phalange et une fracture ouverte du métacarpe. Arrêt de travail initial de 90 jours. "
        "Le chirurgien évoque une incapacité permanente partielle importante ; la victime, droitière, "
        "exerçait auparavant le métier de soudeur en Pologne et s'inquiète de ne pas pouvoir le "
        "reprendre. Un suivi psychologique a été proposé à la suite de troubles du sommeil.",
    ),
    ("h", "3. Constats sur l'installation"),
    (
        "table",
        [
            ["Point vérifié", "Constat", "Référence"],
            ["Carter de la vis", "Démonté, stocké au sol", "R.4324-1 code du travail"],
            ["Arrêt d'urgence", "Présent mais hors de portée depuis la trémie", "R.4324-14"],
            ["Consignation", "Aucune procédure écrite", "Guide INRS ED 6109"],
            ["Formation du salarié", "Aucune trace, embauche le 21 juillet", "L.4141-2"],
        ],
    ),
    ("h", "4. Suites"),
    (
        "p",
        "Procès-verbal pour blessures involontaires et manquements aux règles de sécurité transmis au "
        "parquet ; mise en demeure de l'employeur ; information de la MSA (service santé-sécurité au "
        "travail) en vue d'un accompagnement de l'exploitation.",
    ),
]

DOCX_BLOCKS["s047_fiche_sentinelle_exploitant.docx"] = [
    ("title", "Fiche de signalement – réseau des sentinelles"),
    (
        "p",
        "Dispositif départemental de prévention du mal-être agricole – transmission à la MSA Berry-Touraine",
    ),
    (
        "table",
        [
            ["Rubrique", "Renseignement"],
            ["Date du signalement", "3 mars 2025"],
            ["Sentinelle", "Émilie Guérin, technicienne de contrôle (ASP)"],
            ["Personne concernée", "Hervé Mazeau, éleveur de vaches allaitantes, Ceaulmont"],
            ["Contact", "06 33 19 80 45 – se méfie des appels en numéro masqué"],
            ["Accord de l'intéressé pour être recontacté", "Oui, donné oralement"],
        ],
    ),
    ("h", "Ce que j'ai observé"),
    (
        "p",
        "Lors de la visite de contrôle, M. Mazeau a beaucoup parlé de ses soucis d'argent : la banque "
        "refuse le report de son prêt pour la stabulation, il a deux mois de retard sur le fermage et "
        "la MSA lui réclame des cotisations. Il dit qu'il ne mange plus qu'une fois par jour pour que "
        "les bêtes aient à manger. Il a perdu visiblement beaucoup de poids depuis l'an dernier.",
    ),
    (
        "p",
        "Il a dit en me raccompagnant : « Si ça continue, je les laisserai tous tranquilles. » J'ai "
        "trouvé la phrase inquiétante, d'autant qu'il vit seul depuis le décès de sa mère et qu'il a "
        "des armes de chasse.",
    ),
    ("h", "Suite donnée"),
    (
        "p",
        "Appel à la cellule pluridisciplinaire de la MSA le jour même (16 h 10). Rappel de la "
        "travailleuse sociale prévu le 4 mars ; proposition d'une consultation avec le médecin du "
        "travail et d'une aide au répit (service de remplacement pendant une semaine).",
    ),
    ("p", "Fiche confidentielle – ne pas joindre au rapport de contrôle."),
]

DOCX_BLOCKS["s048_rapport_garde_peche_particulier.docx"] = [
    ("title", "Rapport au conseil d'administration – situation d'un garde-pêche particulier"),
    (
        "p",
        "Fédération de l'Indre pour la pêche et la protection du milieu aquatique – séance du "
        "conseil d'administration du 24 octobre 2025 – point à huis clos.",
    ),
    ("h", "Objet"),
    (
        "p",
        "Demande de retrait de la commission de garde-pêche particulier de M. Joseph Nkoulou, "
        "bénévole de l'AAPPMA d'Argenton-sur-Creuse, agréé par arrêté préfectoral depuis 2019.",
    ),
    ("h", "Faits rapportés"),
    (
        "p",
        "Trois plaintes de pêcheurs ont été reçues entre juin et septembre. M. Nkoulou aurait, lors de "
        "contrôles de cartes de pêche, tenu des propos agressifs et menacé un pêcheur de lui « casser "
        "sa canne ». Il aurait par ailleurs dressé un procès-verbal hors de son territoire de "
        "compétence, sur un lot loué par une autre association. Entendu le 2 octobre par le président "
        "et le directeur, il reconnaît « un ton parfois sec » mais conteste les menaces.",
    ),
    (
        "p",
        "Son comportement avait déjà fait l'objet d'un rappel écrit en 2023. Le président de l'AAPPMA "
        "indique qu'il ne souhaite plus le voir effectuer de contrôles sans être accompagné.",
    ),
    ("h", "Proposition"),
    (
        "p",
        "Suspension immédiate des missions de contrôle ; demande au préfet de retrait de l'agrément à "
        "l'expiration du délai de réponse contradictoire ; proposition de formation « posture et "
        "communication » s'il souhaite solliciter un nouvel agrément dans deux ans.",
    ),
    ("p", "Vote : 11 voix pour, 2 abstentions."),
]

DOCX_BLOCKS["s049_poi_depot_engrais_cooperative.docx"] = [
    ("title", "Plan d'opération interne – dépôt d'engrais de Levroux"),
    ("p", "Coopérative Berry Céréales – site soumis à autorisation (rubrique 4702) – extraits, révision 6"),
    ("p", "Document réservé à l'exploitant, au SDIS et à l'inspection. Ne pas diffuser."),
    ("h", "Stockages"),
    (
        "table",
        [
            ["Cellule", "Produit", "Quantité maximale", "Observations"],
            ["Hangar A", "Ammonitrate 33,5 % en vrac", "1 250 t", "Pas de détection incendie automatique"],
            ["Hangar B", "Engrais NPK en big-bags", "800 t", "Extinction par RIA uniquement"],
            ["Cellule C", "Engrais déclassés (retours)", "60 t", "Stockage provisoire non séparé"],
        ],
    ),
    ("h", "Sûreté du site"),
    (
        "p",
        "Le site n'est gardé que de 6 h à 20 h en semaine. La nuit et le week-end, la surveillance est "
        "assurée par télésurveillance vidéo (4 caméras, angle mort sur la façade ouest du hangar A, "
        "côté voie ferrée). Le portail principal s'ouvre par badge ; le portail de secours sud est fermé "
        "par une simple chaîne à cadenas, code 2-0-8-8, communiqué aux pompiers.",
    ),
    (
        "p",
        "Les clés du local de commande des vannes du bassin de confinement se trouvent dans la boîte "
        "à clés extérieure du bureau de bascule (code 1945).",
    ),
    ("h", "Scénario majorant"),
    (
        "p",
        "Décomposition auto-entretenue de l'ammonitrate du hangar A en cas d'incendie d'un engin "
        "garé à proximité : zone des effets létaux à 340 m, englobant la rue de la Gare et le collège.",
    ),
]

DOCX_BLOCKS["s050_conseil_medical_agent_forestier.docx"] = [
    ("title", "Conseil médical départemental – formation plénière"),
    ("p", "Séance du 12 juin 2025 – extrait du procès-verbal – dossier n° CM-2025-077"),
    (
        "table",
        [
            ["Agent", "Fonction", "Employeur"],
            [
                "M. Thibault Ravel",
                "Ouvrier forestier (agent technique)",
                "Commune de Bommiers – régie forestière",
            ],
        ],
    ),
    ("h", "Objet de la saisine"),
    (
        "p",
        "Imputabilité au service d'un accident survenu le 18 novembre 2024 et fixation du taux "
        "d'incapacité permanente partielle en vue de l'allocation temporaire d'invalidité.",
    ),
    ("h", "Exposé"),
    (
        "p",
        "Lors d'un chantier de débardage en forêt communale, M. Ravel a été chargé par un sanglier "
        "blessé lors d'une battue voisine. Il a présenté une plaie profonde du mollet gauche avec "
        "lésion du nerf sciatique poplité externe. Après deux interventions chirurgicales, il conserve "
        "un steppage du pied gauche nécessitant le port d'une attelle releveuse. Le médecin agréé, "
        "Dr Vial, note également un syndrome anxieux post-traumatique : l'agent refuse depuis de "
        "retourner seul en forêt et suit une psychothérapie.",
    ),
    ("h", "Avis du conseil"),
    (
        "p",
        "Le conseil émet un avis favorable à l'imputabilité au service. Il fixe le taux d'IPP à 18 % "
        "(12 % au titre des séquelles neurologiques, 6 % au titre du retentissement psychique) et "
        "recommande un reclassement sur un poste sans travail isolé en forêt ni port de charges "
        "supérieures à 10 kg.",
    ),
    ("p", "Secret médical – document à conserver sous pli fermé au dossier de l'agent."),
]

DOCX_BLOCKS["s051_suivi_contentieux_police_eau.docx"] = [
    ("title", "Tableau de suivi des procédures judiciaires – police de l'eau et de la nature"),
    ("p", "Mission interservices de l'eau et de la nature (MISEN) de l'Indre – état au 30 septembre 2025"),
    (
        "table",
        [
            ["Réf.", "Mis en cause", "Infraction", "Service", "Suite pénale"],
            [
                "25-014",
                "Franck Deschamps, Lignerolles",
                "Pollution par lisier (L.216-6)",
                "OFB",
                "Composition pénale : 1 500 € + remise en état – exécutée",
            ],
            [
                "25-022",
                "Maurice Pelletier, Velles",
                "Remblai de zone humide (L.173-1)",
                "DDT",
                "Tribunal correctionnel 12/11/2025",
            ],
            [
                "25-031",
                "Jonathan Da Costa, Ardentes",
                "Pêche à l'électricité en réserve",
                "OFB / FDPPMA",
                "Condamné le 4/07 : 2 000 € d'amende, confiscation, retrait permis de pêche 1 an",
            ],
            [
                "25-037",
                "EARL du Val d'Anglin (gérant M. Rouvière-Dumas)",
                "Dépassement de volume d'irrigation",
                "DDT",
                "Rappel à la loi – classé",
            ],
            [
                "25-040",
                "Sylvain Moreau, Vatan",
                "Destruction d'espèce protégée (busard cendré)",
                "OFB",
                "Enquête en cours – audition le 14/10",
            ],
        ],
    ),
    (
        "p",
        "Tableau destiné aux membres de la MISEN et au parquet ; les informations nominatives ne "
        "doivent pas figurer dans le bilan annuel publié.",
    ),
]

DOCX_BLOCKS["s052_memoire_technique_step_confidentiel.docx"] = [
    ("title", "Mémoire technique – offre de la société Hydrofiltra"),
    (
        "p",
        "Marché de conception-réalisation de la station de traitement des eaux usées de Martizay "
        "(2 500 EH) – pièce n° 3 de l'offre – contient des informations protégées par le secret des "
        "affaires (art. L.311-6 du code des relations entre le public et l'administration).",
    ),
    ("h", "1. Procédé proposé"),
    (
        "p",
        "Filtres plantés de roseaux à un étage (procédé breveté « Biophyt-S », brevet FR 3 104 771), "
        "comprenant une couche de zéolithe traitée selon notre recette interne, qui permet une "
        "nitrification à 92 % sur un seul étage et réduit l'emprise de 38 % par rapport à un système "
        "classique à deux étages. La composition de la couche filtrante (granulométrie, taux "
        "d'imprégnation, fournisseur) est décrite dans l'annexe 3.2, non communicable.",
    ),
    ("h", "2. Décomposition du prix global et forfaitaire"),
    (
        "table",
        [
            ["Poste", "Montant HT", "Marge intégrée"],
            ["Études et dossier loi sur l'eau", "46 000 €", "22 %"],
            ["Terrassement et génie civil", "612 000 €", "9 %"],
            ["Matériaux filtrants (zéolithe traitée)", "184 000 €", "31 %"],
            ["Équipements (dégrillage, siphons, poste)", "158 000 €", "14 %"],
            ["Plantation et mise en route", "37 000 €", "18 %"],
            ["Total", "1 037 000 €", "–"],
        ],
    ),
    ("h", "3. Références et sous-traitants"),
    (
        "p",
        "Le génie civil sera sous-traité à l'entreprise Texier TP au prix négocié de 571 000 € HT "
        "(accord-cadre annuel avec remise de volume de 7 %).",
    ),
]

DOCX_BLOCKS["s053_cellule_veille_loup_confidentiel.docx"] = [
    ("title", "CONFIDENTIEL – Cellule de veille « loup » du Boischaut Sud"),
    ("p", "Relevé de conclusions – réunion du 8 septembre 2025 en sous-préfecture de La Châtre"),
    ("p", "Diffusion limitée aux participants. Ne pas transférer. Ne pas publier."),
    ("h", "Participants"),
    (
        "p",
        "Sous-préfet ; DDT ; OFB (service départemental et brigade loup) ; chambre d'agriculture ; "
        "deux représentants des éleveurs ; lieutenants de louveterie Yves Tardieu et Serge Aumont.",
    ),
    ("h", "Tirs de défense en cours"),
    (
        "table",
        [
            ["Éleveur bénéficiaire", "Lieu de tir", "Tireurs habilités", "Créneaux"],
            ["GAEC Bertaud", "La Jarrige, Cluis", "R. Bertaud, Y. Tardieu", "nuits du jeudi au dimanche"],
            ["Mme Keïta-Roux", "Les Chaumes, Ciron", "S. Aumont + 2 chasseurs", "sur appel, 22 h – 5 h"],
        ],
    ),
    ("h", "Sécurité des intervenants"),
    (
        "p",
        "Des menaces ont été publiées sur un réseau social contre « les tueurs de loups » avec la "
        "photographie du véhicule de M. Tardieu. Les horaires et emplacements des tirs ne doivent en "
        "aucun cas être communiqués, y compris aux maires. La gendarmerie assure des passages aux "
        "domiciles des louvetiers. Le poste d'affût de La Jarrige sera déplacé.",
    ),
]

DOCX_BLOCKS["s054_registre_hebergement_saisonniers.docx"] = [
    ("title", "Registre d'hébergement des travailleurs saisonniers – campagne asperges 2025"),
    (
        "p",
        "EARL Les Sables de Chabris – hébergement collectif déclaré en mairie (ancien corps de ferme, "
        "8 chambres). Registre présenté à l'inspection du travail lors de la visite du 29 avril 2025.",
    ),
    (
        "table",
        [
            ["Nom", "Nationalité", "Document de séjour", "Échéance", "Chambre"],
            ["Ionuț Popescu", "roumaine", "CNI roumaine (UE)", "–", "1"],
            ["Mohamed El Amrani", "marocaine", "Titre saisonnier pluriannuel", "14/11/2026", "2"],
            [
                "Youssef Bakkali",
                "marocaine",
                "Titre saisonnier – en renouvellement (récépissé)",
                "05/05/2025",
                "2",
            ],
            ["Lassana Camara", "guinéenne", "Attestation de demande d'asile", "18/06/2025", "3"],
            ["Ana Lúcia Ferreira", "portugaise", "CNI portugaise (UE)", "–", "4"],
            ["Oleksandr Tkachenko", "ukrainienne", "APS protection temporaire", "04/03/2026", "5"],
        ],
    ),
    (
        "p",
        "Observation de l'inspectrice : M. Camara, demandeur d'asile depuis moins de six mois, ne "
        "dispose pas de l'autorisation de travail requise ; l'employeur est invité à suspendre le "
        "contrat et à régulariser sa situation auprès de la plateforme de main-d'œuvre étrangère.",
    ),
]

DOCX_BLOCKS["s055_rapport_social_fin_bail_eleveur.docx"] = [
    ("title", "Rapport social – accompagnement d'un exploitant en fin d'activité"),
    (
        "p",
        "MSA Berry-Touraine – service action sanitaire et sociale – rédigé par Mme "
        "Laure Besnier, travailleuse sociale",
    ),
    (
        "p",
        "Destinataire : commission d'action sanitaire et sociale du 15 mai 2025 "
        "(demande d'aide exceptionnelle)",
    ),
    ("h", "Situation"),
    (
        "p",
        "M. Roland Texier, 61 ans, éleveur ovin à Mouhet, exploite en fermage 72 ha. Le propriétaire a "
        "obtenu du tribunal paritaire la résiliation du bail pour défaut de paiement des fermages "
        "(arriéré de 14 600 €) et l'expulsion a été ordonnée pour le 30 juin. M. Texier habite la "
        "maison attenante, comprise dans le bail : il perdra en même temps son outil de travail et son "
        "logement.",
    ),
    (
        "p",
        "Ses ressources se limitent au produit de la vente des agneaux, très réduit cette année (FCO). "
        "Le dossier de surendettement déposé en février a été déclaré recevable. Il n'a plus de "
        "véhicule en état de passer le contrôle technique. Son fils, qui vit à Limoges, ne peut "
        "l'héberger.",
    ),
    ("h", "Demandes"),
    (
        "table",
        [
            ["Besoin", "Dispositif", "Montant sollicité"],
            ["Relogement", "Demande DALO + logement social Aigurande", "–"],
            ["Déménagement, vente du cheptel", "Aide exceptionnelle MSA", "1 800 €"],
            ["Ressources transitoires", "RSA + aide à la réinsertion professionnelle", "–"],
        ],
    ),
    ("p", "Avis de la travailleuse sociale : favorable et urgent."),
]

DOCX_BLOCKS["s056_support_formation_chapitre_oiseaux.docx"] = [
    ("title", "Formation des agents de terrain – reconnaître les oiseaux des étangs"),
    (
        "p",
        "Support distribué aux stagiaires du module « faune des zones humides » (DDT – OFB – Parc), "
        "session du 3 avril 2025. Le chapitre ci-dessous est reproduit intégralement à partir de "
        "l'ouvrage de Marc Delahaye, Les oiseaux des étangs de la Brenne, Éditions de la Salamandre "
        "Berrichonne, 2019, chapitre 4, p. 87-94. © Marc Delahaye et l'éditeur – tous droits réservés.",
    ),
    ("h", "Chapitre 4 – Les guifettes, hirondelles des étangs"),
    (
        "p",
        "Il faut avoir vu, un matin de mai, une colonie de guifettes moustacs s'élever au-dessus des "
        "nénuphars de l'étang de la Mer Rouge pour comprendre ce que la Brenne a d'unique. Elles "
        "tournoient, plongent, se reposent une seconde sur une feuille flottante, repartent en criant "
        "leur « kerr » rauque. Le naturaliste qui les observe pour la première fois pense à des "
        "hirondelles ; le pêcheur, lui, les appelle depuis toujours les « petites mouettes noires ».",
    ),
    (
        "p",
        "La guifette moustac niche presque exclusivement sur les herbiers flottants de nymphéas et de "
        "potamots. Son nid, une simple plate-forme de végétaux détrempés, dérive parfois de plusieurs "
        "mètres au gré du vent. C'est dire sa fragilité : qu'un étang soit vidangé au mauvais moment, "
        "que les herbiers disparaissent sous la dent des ragondins ou l'effet des carpes trop "
        "nombreuses, et la colonie abandonne le site sans espoir de retour avant plusieurs années.",
    ),
    (
        "p",
        "Sa cousine la guifette noire, plus sombre, plus rare, ne fait souvent que passer. Je l'ai vue "
        "nicher trois fois seulement en trente ans, toujours au cœur de colonies de moustacs, comme si "
        "elle cherchait la protection du nombre. La distinguer demande de l'habitude : en plumage "
        "nuptial, la tête et le ventre noirs ne laissent aucun doute ; en fin d'été, en revanche, les "
        "deux espèces se ressemblent à s'y méprendre, et l'on doit se fier à la couleur des flancs et "
        "à la forme du bec.",
    ),
    (
        "p",
        "Protéger les guifettes, c'est d'abord protéger une manière de gérer les étangs : des assecs "
        "réguliers mais pas trop fréquents, des pêches d'automne qui laissent les herbiers se "
        "reconstituer, une pisciculture extensive. Les propriétaires qui l'ont compris en sont "
        "récompensés chaque printemps par le plus beau des spectacles.",
    ),
    ("h", "Exercice"),
    ("p", "Identifier sur les photos 1 à 12 les guifettes moustacs, noires et leucoptères."),
]

DOCX_BLOCKS["s057_enquete_interne_sytom_agente.docx"] = [
    ("title", "Rapport d'enquête administrative interne"),
    ("p", "SYTOM du Boischaut – enquête diligentée par le président le 17 février 2025"),
    ("p", "Enquêteurs : Maëlle Jardin (RH) et Me Pierre Cassagne (avocat, conseil extérieur)"),
    ("h", "1. Saisine"),
    (
        "p",
        "Mme Alix Moreau, agente de déchèterie à Ardentes, a signalé le 10 février des propos et "
        "comportements répétés de deux collègues depuis qu'elle a informé l'équipe, en octobre 2024, de "
        "sa transition de genre et de son changement de prénom à l'état civil.",
    ),
    ("h", "2. Faits établis"),
    (
        "p",
        "Les auditions de six agents et les messages produits établissent que M. Nicolas Perrot, "
        "gardien, a continué à appeler Mme Moreau par son ancien prénom devant les usagers, malgré "
        "plusieurs demandes, et a fait circuler dans le groupe WhatsApp de l'équipe une photographie "
        "d'elle antérieure à sa transition accompagnée de commentaires moqueurs. M. Damien Lefort a "
        "relayé le message. Les autres agents ont décrit une ambiance « pesante » depuis l'automne.",
    ),
    ("h", "3. Appréciation"),
    (
        "p",
        "Les faits imputés à M. Perrot sont constitutifs d'agissements sexistes et d'une atteinte à la "
        "dignité au sens de l'article L.133-1 du code général de la fonction publique ; ils peuvent "
        "relever du harcèlement moral. La participation de M. Lefort est moins grave mais fautive.",
    ),
    ("h", "4. Recommandations"),
    (
        "table",
        [
            ["Personne", "Mesure proposée"],
            ["M. Nicolas Perrot", "Procédure disciplinaire (2e groupe) ; changement d'affectation"],
            ["M. Damien Lefort", "Avertissement"],
            ["Mme Alix Moreau", "Protection fonctionnelle ; suivi par la médecine préventive"],
            ["Équipe", "Formation obligatoire à la lutte contre les discriminations"],
        ],
    ),
]

DOCX_BLOCKS["s058_note_rh_conge_adoption.docx"] = [
    ("title", "Note de gestion individuelle"),
    ("p", "DDT de l'Indre – secrétariat général – pôle ressources humaines – le 7 avril 2025"),
    (
        "p",
        "Objet : Mme Soizic Le Bihan, adjointe administrative, bureau des aides directes – congé d'adoption",
    ),
    (
        "p",
        "Mme Le Bihan nous a transmis le 2 avril l'arrêté d'apparentement du conseil de famille des "
        "pupilles de l'État du Morbihan. Elle et sa compagne, Mme Aurélie Fontaine, avec qui elle est "
        "mariée depuis 2021, accueilleront à leur foyer le 22 avril un enfant de 3 ans, le jugement "
        "d'adoption plénière devant intervenir dans un second temps.",
    ),
    ("h", "Droits ouverts"),
    (
        "table",
        [
            ["Congé", "Durée", "Période"],
            [
                "Congé d'adoption (partagé entre les deux parents)",
                "16 semaines pour Mme Le Bihan",
                "22/04 – 11/08/2025",
            ],
            ["Congé d'accueil de l'enfant", "Pris par Mme Fontaine auprès de son employeur", "–"],
        ],
    ),
    (
        "p",
        "Pendant la période, la rémunération est maintenue intégralement. L'agente a demandé un temps "
        "partiel de droit à 80 % à son retour (mercredi libéré) et souhaite que l'information sur son "
        "adoption ne soit pas communiquée à l'ensemble du bureau ; seul le chef de bureau est informé.",
    ),
    ("p", "Intérim : Mme Lucie Charpentier assurera le suivi des dossiers ICHN de Mme Le Bihan."),
]

DOCX_BLOCKS["s059_instruction_candidature_louvetier.docx"] = [
    ("title", "Instruction des candidatures aux fonctions de lieutenant de louveterie 2025-2029"),
    ("p", "DDT de l'Indre – service eau et biodiversité – fiche individuelle n° 11"),
    (
        "table",
        [
            ["Rubrique", "Éléments"],
            ["Candidat", "M. Cyril Aubert, 46 ans, Saint-Pierre-des-Étangs"],
            ["Circonscription demandée", "n° 7 (Brenne Nord)"],
            ["Permis de chasser", "depuis 1997 – validé chaque année"],
            ["Meute", "12 chiens courants (déclarée)"],
            ["Avis de la FDC", "favorable"],
            ["Avis du lieutenant sortant", "favorable, « très bon connaisseur du territoire »"],
        ],
    ),
    ("h", "Vérifications"),
    (
        "p",
        "Le bulletin n° 2 du casier judiciaire, demandé le 3 octobre, porte mention d'une condamnation "
        "du tribunal correctionnel de Châteauroux du 9 mai 2021 pour conduite sous l'empire d'un état "
        "alcoolique (0,92 mg/l d'air expiré), à une amende de 800 € et à quatre mois de suspension du "
        "permis de conduire. Le candidat ne l'a pas mentionnée dans sa déclaration sur l'honneur.",
    ),
    ("h", "Proposition du service"),
    (
        "p",
        "Les fonctions de louvetier impliquent la conduite de battues armées et de tirs de nuit ; "
        "l'omission dans la déclaration pose en outre une question de loyauté. Avis défavorable. "
        "Candidat suggéré pour la circonscription n° 7 : M. Romain Guillot (fiche n° 14).",
    ),
]

DOCX_BLOCKS["s060_note_incendie_foret_mineur.docx"] = [
    ("title", "Note de synthèse – incendie de la forêt de Lancosme du 12 août 2025"),
    ("p", "Préfecture de l'Indre – cabinet – à l'attention du préfet – document interne"),
    ("h", "Bilan"),
    (
        "p",
        "L'incendie a parcouru 64 ha de landes et de pinèdes. Il a mobilisé 180 sapeurs-pompiers et "
        "deux bombardiers d'eau. Aucune victime. Trois bâtiments agricoles ont été détruits.",
    ),
    ("h", "Origine"),
    (
        "p",
        "L'enquête de la brigade de recherches a établi que le feu a été allumé de manière "
        "involontaire par un adolescent de 14 ans, Lucas B., domicilié à Vendœuvres, qui utilisait des "
        "pétards avec deux camarades en lisière de forêt. Entendu en présence de sa mère, il a reconnu "
        "les faits.",
    ),
    (
        "p",
        "Le mineur est connu des services sociaux : il fait l'objet depuis 2023 d'une mesure "
        "d'assistance éducative en milieu ouvert ordonnée par le juge des enfants, en raison de "
        "difficultés familiales importantes (père incarcéré, mère isolée). Le parquet des mineurs a "
        "été avisé ; une mesure éducative judiciaire provisoire confiée à la PJJ est envisagée. Les "
        "deux autres mineurs ne sont pas poursuivis.",
    ),
    ("h", "Communication"),
    (
        "p",
        "Aucune information sur l'identité ou la situation du mineur ne doit être communiquée à la "
        "presse ; éléments de langage : « l'origine accidentelle est établie, une procédure judiciaire "
        "est en cours ».",
    ),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_carnet_retour_agent.html"] = (
    "Intranet DDT 36 – Le carnet de la semaine",
    """
<header><p>Intranet de la DDT de l'Indre › Vie du service › Le carnet</p></header>
<main>
<h1>Le carnet de la semaine – n° 38</h1>
<h2>Bienvenue</h2>
<p>Nous accueillons Léonie Barbier, apprentie au service urbanisme jusqu'en juin 2026.</p>
<h2>Retour parmi nous</h2>
<p>Après plus de dix mois d'absence, <strong>Arnaud Pichon</strong> reprend le chemin du service
économie agricole ce lundi. Arnaud a terminé en juillet ses dernières séances de radiothérapie et
reprend dans le cadre d'un temps partiel thérapeutique à 50 % (les lundis, mardis et jeudis
matin). À sa demande, il ne fera pas de contrôles sur place d'ici la fin de l'année et son bureau
a été déplacé au rez-de-chaussée.</p>
<p>Arnaud nous a demandé de vous transmettre ce message : « Merci pour les cartes et les
messages. Je vais bien, je suis un peu fatigué, soyez patients si je mets du temps à répondre. »</p>
<h2>Départ</h2>
<p>Gisèle Moreau part en retraite le 30 septembre. Un pot est organisé en salle Indre à 16 h.</p>
</main>
<footer><p>Page réservée aux agents – ne pas relayer à l'extérieur.</p></footer>
""",
)

HTML_PAGES["s062_forum_adherents_chasse.html"] = (
    "Forum des adhérents – Saint-Hubert des Étangs",
    """
<nav>Accueil › Forum privé des adhérents › Vie de la société</nav>
<article>
<h1>Sujet : Admission de nouveaux sociétaires – saison 2025-2026</h1>
<div class="post">
<p class="meta">Posté par <b>Hervé J. (président)</b> le 02/06/2025 à 21:14</p>
<p>Bonsoir à tous, nous avons reçu cinq demandes d'adhésion. Le bureau se réunira le 14 pour
statuer. Vos remarques sont les bienvenues ici, mais restez corrects.</p>
</div>
<div class="post">
<p class="meta">Posté par <b>pascal.rabier</b> le 02/06/2025 à 22:03</p>
<p>Je vois que <b>Didier Chaumeil</b> de la Brosse a redemandé. Je rappelle à tout le monde qu'il
a été condamné l'an dernier à Châteauroux pour braconnage de chevreuils de nuit avec phare et
carabine sur le territoire de Ciron, 3 000 euros et retrait du permis pendant deux ans, c'était
dans le journal. Il n'a même pas le droit de chasser avant l'été 2026. Pour moi c'est non.</p>
</div>
<div class="post">
<p class="meta">Posté par <b>Hervé J. (président)</b> le 02/06/2025 à 22:20</p>
<p>Pascal, merci de ne pas étaler ce genre de chose sur le forum. Le bureau vérifiera la
situation auprès de la fédération. Je verrouille le sujet.</p>
</div>
</article>
<footer>Espace réservé aux membres connectés.</footer>
""",
)

HTML_PAGES["s063_extranet_cellule_secheresse_acces.html"] = (
    "Extranet crise – accès cellule sécheresse",
    """
<h1>Cellule départementale sécheresse 2025 – informations d'accès</h1>
<p><em>Page à accès restreint (membres de la cellule). Ne pas transférer le lien.</em></p>
<h2>Visioconférence des points hebdomadaires</h2>
<ul>
<li>Lien permanent : salle « CDS36-Vigieau » sur l'outil interministériel</li>
<li>Code de la salle : 447 219 836 – code PIN modérateur : 5521#</li>
</ul>
<h2>Salle de crise (COD) – préfecture</h2>
<ul>
<li>Accès par la porte arrière, rue de la Préfecture : digicode 8 3 1 9 A</li>
<li>Badge visiteur à retirer au poste de garde (nom à communiquer la veille)</li>
<li>Alarme de la salle : code de désactivation 0407, à réarmer en sortant</li>
</ul>
<h2>Messagerie partagée</h2>
<p>Boîte fonctionnelle <code>cellule-secheresse36</code> – identifiant « cds36 »,
mot de passe provisoire communiqué oralement le 17 juillet : <code>Claise!Etiage25</code>
(à changer à la première connexion).</p>
<h2>Astreinte</h2>
<p>Numéro direct non publié du cadre d'astreinte DDT : 06 07 44 19 82.</p>
""",
)

HTML_PAGES["s064_espace_membres_aappma_cotisations.html"] = (
    "AAPPMA La Gaule Brennouse – espace trésorerie",
    """
<h1>Espace bureau – suivi des cartes et cotisations 2025</h1>
<p>Accès réservé : président, trésorière, secrétaire.</p>
<h2>Cartes offertes au titre de l'action solidaire</h2>
<p>Le conseil d'administration a décidé en 2023 d'offrir la carte annuelle aux adhérents en
difficulté, sur présentation d'un justificatif. Liste des bénéficiaires 2025 :</p>
<table border="1">
<tr><th>Adhérent</th><th>Justificatif présenté</th><th>Remarque</th></tr>
<tr><td>Michel Auclair</td><td>Attestation RSA</td><td>renouvellement</td></tr>
<tr><td>Bernadette Sureau</td><td>Notification ASPA (minimum vieillesse)</td><td>–</td></tr>
<tr><td>Kévin Lafarge</td><td>Attestation France Travail – fin de droits</td><td>en plan de
surendettement, nous l'a dit lui-même</td></tr>
<tr><td>Famille Oliveira (père + 2 enfants)</td><td>Courrier de l'assistante sociale du
Département</td><td>hébergés au CHRS depuis mars</td></tr>
</table>
<p>Merci de ne jamais évoquer cette liste en assemblée générale.</p>
""",
)

HTML_PAGES["s065_webmail_plainte_epandage.html"] = (
    "Message – épandage chemin des Vignes",
    """
<div class="mail-header">
<p><b>De :</b> Inès Benali-Roux</p>
<p><b>À :</b> Mairie de Ciron ; DDT36 – unité agriculture-environnement</p>
<p><b>Date :</b> mer. 7 mai 2025, 08:12</p>
<p><b>Objet :</b> Épandage de fientes à 30 mètres de chez nous – mon fils hospitalisé</p>
</div>
<div class="mail-body">
<p>Madame, Monsieur,</p>
<p>Samedi dernier, l'EARL des Ouches a épandu des fientes de volailles sur la parcelle qui longe
le chemin des Vignes, à une trentaine de mètres de notre maison, par grand vent. L'odeur et la
poussière ont envahi le jardin où jouaient nos enfants.</p>
<p>Notre fils Adam, 7 ans, est asthmatique sévère. Dans la soirée il a fait une crise
que la ventoline n'a pas calmée ; nous avons dû appeler le 15 et il a passé deux nuits en
pédiatrie à Châteauroux sous corticoïdes et oxygène. Le pneumopédiatre nous a clairement dit que
ce type d'exposition était un facteur déclenchant.</p>
<p>Je voudrais savoir si cet épandage respectait les distances réglementaires et s'il est
possible d'imposer à l'exploitant un délai de prévenance. Je peux fournir le compte rendu
d'hospitalisation si nécessaire.</p>
<p>Cordialement,<br>Inès Benali-Roux<br>12 chemin des Vignes, Ciron</p>
</div>
""",
)

HTML_PAGES["s066_intranet_plan_evacuation_dr.html"] = (
    "DIFFUSION RESTREINTE – Plan d'évacuation massive",
    """
<p style="color:red"><strong>DIFFUSION RESTREINTE</strong></p>
<h1>Disposition spécifique ORSEC « Inondations majeures de la Creuse » – annexe E</h1>
<h2>Plan d'évacuation massive de la ville d'Argenton-sur-Creuse</h2>
<p>Version 3 – mise à jour du 14 février 2025 – accès réservé aux services de l'État, au SDIS,
à la gendarmerie et au maire d'Argenton.</p>
<h3>Itinéraires</h3>
<ul>
<li>Secteur Gare/Prés-Bas : évacuation par la RD 927 vers le gymnase du lycée, sous escorte ;
itinéraire bis par le chemin des Garennes si la RD est coupée au PR 14.</li>
<li>EHPAD des Tilleuls : 86 résidents dont 31 non valides – transfert vers le CH de
Châteauroux par 6 VSAV et 2 bus adaptés réquisitionnés (convention Keolis Indre).</li>
</ul>
<h3>Centres d'accueil et de regroupement</h3>
<p>Capacité totale : 1 900 personnes. Les lieux ne doivent pas être communiqués avant
l'activation pour éviter les afflux spontanés.</p>
<p><em>Toute reproduction ou transmission hors des destinataires est interdite.</em></p>
""",
)

HTML_PAGES["s067_portail_rh_resultat_evaluation.html"] = (
    "Portail agent – mon évaluation",
    """
<header>Portail RH – SYTOM du Boischaut – connecté : Julien Faure (N+1)</header>
<h1>Évaluation annuelle 2024 – Damien Lefort, gardien de déchèterie</h1>
<table border="1">
<tr><th>Critère</th><th>Niveau</th><th>Commentaire de l'évaluateur</th></tr>
<tr><td>Qualité du travail</td><td>Insuffisant</td><td>Erreurs fréquentes d'orientation des
usagers vers les bennes ; deux non-conformités de tri signalées par le repreneur.</td></tr>
<tr><td>Ponctualité</td><td>Insuffisant</td><td>Onze retards relevés à l'ouverture du site,
dont trois ayant entraîné l'attente des usagers devant le portail.</td></tr>
<tr><td>Relations</td><td>À améliorer</td><td>Ton parfois inadapté avec les usagers ; a
relayé un message déplacé visant une collègue (cf. enquête interne).</td></tr>
<tr><td>Sécurité</td><td>Satisfaisant</td><td>Port des EPI respecté.</td></tr>
</table>
<p><strong>Appréciation générale :</strong> valeur professionnelle insuffisante. Maintien de la
durée d'avancement normale refusé ; entretien de recadrage prévu en mars ; la procédure pour
insuffisance professionnelle pourrait être envisagée en l'absence d'amélioration.</p>
<p>Statut : <em>en attente de signature de l'agent</em></p>
""",
)

HTML_PAGES["s068_ticket_support_annuaire.html"] = (
    "Ticket #48213 – retrait de l'annuaire",
    """
<h1>Assistance informatique – ticket #48213</h1>
<table border="1">
<tr><th>Demandeur</th><td>Sandrine Villeneuve – directrice des services techniques,
Communauté de communes Brenne – Val de Creuse</td></tr>
<tr><th>Catégorie</th><td>Annuaire / messagerie</td></tr>
<tr><th>Priorité</th><td>Haute</td></tr>
<tr><th>Ouvert le</th><td>22/09/2025 08:41</td></tr>
</table>
<h2>Description</h2>
<p>Bonjour, je vous demande de retirer dès aujourd'hui mon numéro de portable professionnel et
ma photo de l'annuaire en ligne et de l'organigramme publié sur le site internet de la
communauté de communes.</p>
<p>Je suis en cours de séparation avec mon conjoint. Le juge aux affaires familiales a rendu une
ordonnance de protection le 19 septembre, qui lui interdit d'entrer en contact avec moi, et
m'autorise à dissimuler ma nouvelle adresse. Il connaît mon lieu de travail et a déjà appelé
plusieurs fois le standard. Merci de ne pas mentionner le motif dans les échanges avec les
autres services, seule la DGS est au courant.</p>
<h2>Suivi</h2>
<p>22/09 09:15 – Technicien (T. Marchal) : photo et numéro retirés de l'annuaire intranet et du
site public. Consigne passée à l'accueil : ne transférer aucun appel personnel vers Mme
Villeneuve sans l'avoir prévenue.</p>
<p>Statut : <b>résolu</b></p>
""",
)

HTML_PAGES["s069_liste_adherents_section_syndicale.html"] = (
    "Section CGT des territoriaux du SYTOM – adhérents 2025",
    """
<h1>Section syndicale CGT – SYTOM du Boischaut</h1>
<p>Espace privé de la section – mise à jour par le trésorier le 3 mars 2025</p>
<h2>État des cotisations 2025</h2>
<table border="1">
<tr><th>Adhérent(e)</th><th>Service</th><th>Cotisation</th><th>Mode</th></tr>
<tr><td>Walid Cherkaoui</td><td>Collecte Levroux</td><td>payée</td><td>prélèvement</td></tr>
<tr><td>Rachid Ouali</td><td>Déchèterie Ardentes</td><td>payée</td><td>prélèvement</td></tr>
<tr><td>Florence Guérin</td><td>Déchèterie Ambrault</td><td>payée</td><td>chèque</td></tr>
<tr><td>Mathieu Sorin</td><td>Collecte Levroux</td><td>en retard (T1)</td><td>–</td></tr>
<tr><td>Kevin Dos Santos</td><td>Déchèterie Ambrault</td><td>payée</td><td>prélèvement</td></tr>
<tr><td>Alix Moreau</td><td>Déchèterie Ardentes</td><td>nouvelle adhésion</td><td>prélèvement</td></tr>
</table>
<p>Rappel : la liste des adhérents ne doit jamais être communiquée à la direction. Les
représentants mandatés au CST sont les seuls dont l'appartenance est publique.</p>
""",
)

HTML_PAGES["s070_intranet_revue_presse_secheresse.html"] = (
    "Intranet – la presse en parle",
    """
<p>Intranet DDT 36 › Communication › La presse en parle</p>
<h1>« L'Indre a soif : les agriculteurs face à la troisième sécheresse en quatre ans »</h1>
<p><em>Article paru dans Le Courrier du Centre-Ouest du 2 août 2025, par Sophie Lambertin.
Reproduit avec les photographies de Thierry Ganne. © Le Courrier du Centre-Ouest.</em></p>
<p>Sous un soleil de plomb, Laurent Marchadier soulève une motte de terre qui s'effrite entre ses
doigts. « Regardez, c'est de la poussière. Le maïs n'a pas vu une goutte depuis le 20 juin. » Sur
les hauteurs de Saint-Aubin-la-Claise, l'éleveur a déjà entamé ses stocks de foin d'hiver pour
nourrir ses Charolaises. Comme lui, des centaines d'agriculteurs de l'Indre vivent un été de
plus sous le signe de la pénurie.</p>
<p>Depuis le 19 juillet, une grande partie du département est placée en alerte renforcée. Les
irrigants doivent couper leurs pompes le week-end et aux heures chaudes. « On comprend la
nécessité de partager l'eau, mais il faut aussi qu'on puisse vivre », plaide Jean Sabourin,
élu de la chambre d'agriculture.</p>
<p>À la DDT, on assume. « Les débits de la Claise et de la Bouzanne sont à des niveaux que l'on
ne voyait qu'une année sur vingt il y a trente ans », explique Hélène Vasseur, directrice
adjointe. La cellule sécheresse se réunit chaque semaine. Le syndicat de rivière, lui, rappelle
que les zones humides restaurées ces dernières années jouent leur rôle d'éponge.</p>
<p>Pour les éleveurs, la question n'est plus de savoir si la sécheresse reviendra, mais comment
s'y préparer : retenues collinaires, variétés plus résistantes, réduction des troupeaux. « On
adaptera, comme toujours », conclut Laurent Marchadier. « Mais on aimerait être un peu aidés. »</p>
<p><small>Photos : Thierry Ganne / Le Courrier du Centre-Ouest – reproduction interdite.</small></p>
""",
)

HTML_PAGES["s071_fiche_instruction_calamites_agricoles.html"] = (
    "Calamités agricoles – fiche d'instruction individuelle",
    """
<h1>Indemnisation des pertes de fourrage – sécheresse 2024</h1>
<p>Outil d'instruction DDT 36 – dossier CAL-2024-0318 – instructeur : Lucie Charpentier</p>
<table border="1">
<tr><th>Exploitant</th><td>Mme Fatoumata Keïta-Roux, La Bergerie de Ciron</td></tr>
<tr><th>Production</th><td>Ovins viande – 420 brebis</td></tr>
<tr><th>Perte de fourrage reconnue</th><td>46 %</td></tr>
<tr><th>Indemnité calculée</th><td>8 914 €</td></tr>
</table>
<h2>Observations de l'instructrice</h2>
<p>L'exploitante a joint spontanément à sa demande un courrier expliquant l'urgence de sa
situation : taux d'endettement de 91 %, deux échéances de prêt reportées par la banque, une
dette fournisseur de 12 000 € pour l'achat de foin, et un dossier de surendettement personnel
en cours depuis la séparation d'avec son conjoint. Elle dit vivre avec ses deux enfants sur la
seule prime d'activité.</p>
<p>Proposition : paiement prioritaire de l'indemnité ; transmission (avec son accord écrit) à la
cellule d'accompagnement des exploitations en difficulté ; information sur l'année blanche
bancaire.</p>
""",
)

HTML_PAGES["s072_formulaire_battue_contact.html"] = (
    "Formulaire de contact – Association communale de chasse de Mâron",
    """
<h1>Message reçu via le formulaire du site</h1>
<dl>
<dt>Nom</dt><dd>Joël Ramanantsoa</dd>
<dt>Adresse électronique</dt><dd>j.ramanantsoa@laposte.net</dd>
<dt>Sujet</dt><dd>Tours de rôle des battues du samedi</dd>
<dt>Message</dt>
<dd><p>Monsieur le Président,</p>
<p>J'ai bien reçu le calendrier des battues de la saison. Comme je vous l'ai déjà dit de vive
voix, je suis membre de l'Église adventiste du septième jour et je respecte le sabbat, du
vendredi soir au samedi soir : je ne peux donc pas participer aux battues du samedi ni assurer
les postes de traque ce jour-là.</p>
<p>Je ne veux pas être un poids pour l'association : je propose de prendre à ma charge tous les
tours de garde des agrainoirs et l'entretien des miradors, et d'être présent à toutes les
battues du dimanche et des jours fériés. Pouvez-vous en parler au bureau pour que je ne sois pas
sanctionné sur ma participation obligatoire ?</p>
<p>Bien cordialement, Joël Ramanantsoa (Les Rivauds, Mâron)</p></dd>
</dl>
""",
)

HTML_PAGES["s073_message_notaire_expertise_genetique.html"] = (
    "Message – succession Lachaise",
    """
<p><b>De :</b> Me Inès Benali &lt;etude.benali@notaires.fr&gt;<br>
<b>À :</b> Me Coralie Marchand<br>
<b>Objet :</b> Succession Lachaise – terres de Ceaulmont – résultat de l'expertise<br>
<b>Date :</b> 17 juin 2025</p>
<p>Chère Consœur,</p>
<p>Je vous informe que le tribunal judiciaire nous a communiqué le rapport de l'expertise
génétique ordonnée dans l'instance en contestation de filiation engagée par M. Hervé Lachaise.</p>
<p>L'analyse comparative des profils ADN de Mme Martine Ferreira (née Lachaise) et de M. Hervé
Lachaise, ainsi que des prélèvements conservés de feu Raymond Lachaise, conclut à
l'<b>exclusion de la paternité</b> de ce dernier à l'égard de Mme Ferreira (incompatibilité
sur 9 des 21 marqueurs autosomaux analysés).</p>
<p>Si le jugement en tire les conséquences, Mme Ferreira ne serait plus héritière de son père
légal et la question du congé pour reprise délivré au preneur des terres de Ceaulmont serait
entièrement à reprendre. Je vous propose un rendez-vous avec nos clients respectifs avant
l'audience du 9 septembre.</p>
<p>Bien confraternellement,<br>Inès Benali</p>
""",
)

HTML_PAGES["s074_export_crm_usagers_redevance.html"] = (
    "Export CRM – réclamations redevance incitative",
    """
<h1>Réclamations – redevance incitative 2025 – secteur Ardentes</h1>
<p>Export du logiciel de gestion des usagers (SYTOM du Boischaut) – 14/10/2025</p>
<table border="1">
<tr><th>N°</th><th>Usager</th><th>Adresse</th><th>Motif</th><th>Commentaire agent</th></tr>
<tr><td>R-1182</td><td>Paul Delage</td><td>8 rue des Acacias</td><td>Levées contestées</td>
<td>Puce du bac défectueuse, bac remplacé le 02/10.</td></tr>
<tr><td>R-1190</td><td>Mireille Tessier</td><td>La Gagnerie</td><td>Demande de petit bac</td>
<td>Personne seule, bac 80 l livré.</td></tr>
<tr><td>R-1204</td><td>Famille Reinhardt</td><td>Terrain de la Rochette</td><td>Refus de payer</td>
<td>Famille de Gitans sédentarisés sur terrain privé, vivent à 9 sur place ; disent ne rien
trier « chez nous on ne fait pas comme ça ». Voir avec la mairie, éviter d'y envoyer une
agente seule.</td></tr>
<tr><td>R-1211</td><td>Hugo Ledoux</td><td>3 place de l'Église</td><td>Déménagement</td>
<td>Clôture du compte au 30/09.</td></tr>
</table>
""",
)

HTML_PAGES["s075_extranet_cooperative_prix_fournisseurs.html"] = (
    "Extranet adhérents – Berry Céréales – conditions d'achat",
    """
<header><p>Berry Céréales – extranet – <b>accès réservé au conseil d'administration</b></p></header>
<h1>Contrats de collecte et conditions d'achat négociées – récolte 2025</h1>
<p>Informations commerciales confidentielles, protégées par le secret des affaires.
Ne pas communiquer aux adhérents ni aux tiers.</p>
<table border="1">
<tr><th>Client / fournisseur</th><th>Produit</th><th>Volume</th><th>Prix / conditions</th></tr>
<tr><td>Malterie de la Champagne berrichonne</td><td>Orge de brasserie</td><td>18 000 t</td>
<td>Euronext + 14 €/t, prime protéines plafonnée</td></tr>
<tr><td>Minoterie Aubert (Issoudun)</td><td>Blé CRC</td><td>6 500 t</td>
<td>prix fixe 212 €/t, exclusivité 3 ans</td></tr>
<tr><td>Fabricant d'aliment Berry Élevage</td><td>Triticale, maïs</td><td>9 000 t</td>
<td>marge coopérative réduite à 6 €/t (contre 11 € en 2024)</td></tr>
<tr><td>Engrais – fournisseur principal</td><td>Ammonitrate 33,5</td><td>3 200 t</td>
<td>385 €/t rendu, ristourne de fin d'année 4 %</td></tr>
</table>
<p>Marge nette prévisionnelle de l'activité collecte : 2,1 % du chiffre d'affaires.
Seuil de négociation minimal fixé par le bureau : 1,4 %.</p>
""",
)

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_activite_ddt_2024.docx"] = [
    ("title", "Direction départementale des territoires de l'Indre – rapport d'activité 2024"),
    ("h", "Le mot de la directrice"),
    (
        "p",
        "2024 aura été une année de contrastes : un printemps très pluvieux qui a compliqué les "
        "semis, un été sans restriction d'eau pour la première fois depuis 2020, et l'arrivée de la "
        "fièvre catarrhale ovine qui a durement frappé nos éleveurs. Les 212 agents de la DDT ont "
        "été au rendez-vous. Anne-Laure Domergue, directrice départementale.",
    ),
    ("h", "Chiffres clés"),
    (
        "table",
        [
            ["Activité", "2023", "2024"],
            ["Dossiers PAC instruits", "4 902", "4 874"],
            ["Montant des aides PAC versées", "186 M€", "191 M€"],
            ["Dossiers loi sur l'eau (déclarations et autorisations)", "214", "238"],
            ["Contrôles police de l'eau et de la nature", "612", "655"],
            ["Autorisations d'urbanisme instruites pour les communes", "3 118", "2 876"],
            ["Logements rénovés avec l'aide de l'Anah", "1 045", "1 212"],
        ],
    ),
    ("h", "Faits marquants"),
    (
        "p",
        "Approbation du PPRI de l'Indre aval ; signature du contrat territorial Claise ; mise en "
        "service de la téléprocédure pour les déclarations de forage ; 14 réunions d'information "
        "sur la nouvelle PAC ; participation à l'exercice départemental « crue de la Creuse ».",
    ),
    ("h", "Nos agents"),
    (
        "p",
        "La DDT a accueilli 19 nouveaux agents et 11 apprentis ou stagiaires. Le taux d'emploi de "
        "personnes en situation de handicap atteint 7,2 %, au-delà de l'obligation légale. Un plan "
        "de prévention des risques psychosociaux a été adopté en comité social d'administration.",
    ),
]

DOCX_BLOCKS["p122_deliberation_tarifs_redevance_sytom.docx"] = [
    ("title", "SYTOM du Boischaut – extrait du registre des délibérations"),
    (
        "p",
        "Comité syndical du 9 décembre 2025 – délibération n° 2025-58 – tarifs "
        "de la redevance incitative 2026",
    ),
    (
        "p",
        "Le président expose que la redevance d'enlèvement des ordures ménagères incitative doit "
        "couvrir le coût du service (7,84 M€ au budget 2026), en hausse de 4,1 % en raison de "
        "l'augmentation de la taxe générale sur les activités polluantes.",
    ),
    (
        "table",
        [
            ["Volume du bac", "Part fixe annuelle", "Prix de la levée supplémentaire (au-delà de 12)"],
            ["80 litres", "148 €", "2,90 €"],
            ["120 litres", "176 €", "4,30 €"],
            ["240 litres", "248 €", "8,60 €"],
            ["Badge d'accès au conteneur collectif", "152 €", "0,90 € par dépôt"],
        ],
    ),
    (
        "p",
        "Les foyers dont un membre utilise des protections pour incontinence ou dont un enfant de "
        "moins de trois ans porte des couches peuvent bénéficier, sur simple déclaration, de 12 "
        "levées gratuites supplémentaires par an. Le comité ne demande aucun certificat médical.",
    ),
    ("p", "Vote : 31 pour, 4 contre, 2 abstentions. Pour extrait conforme, le président, Jacques Brunel."),
]

DOCX_BLOCKS["p123_bilan_epandage_boues_step.docx"] = [
    ("title", "Bilan agronomique annuel 2024 – épandage des boues de la station d'épuration d'Issoudun"),
    (
        "p",
        "Rédigé par le service d'assistance technique de la chambre d'agriculture pour la commune d'Issoudun",
    ),
    ("h", "1. Production de boues"),
    (
        "p",
        "La station (28 000 équivalents-habitants) a produit 612 t de matière sèche de boues "
        "chaulées en 2024. 98 % ont été épandues en agriculture, le reste a été composté.",
    ),
    ("h", "2. Qualité des boues"),
    (
        "table",
        [
            ["Paramètre", "Moyenne 2024", "Valeur limite"],
            ["Cadmium (mg/kg MS)", "0,9", "10"],
            ["Plomb (mg/kg MS)", "21", "800"],
            ["Mercure (mg/kg MS)", "0,4", "10"],
            ["Somme des 7 PCB (mg/kg MS)", "0,06", "0,8"],
            ["Escherichia coli (NPP/g MS)", "< 100", "hygiénisées"],
        ],
    ),
    ("h", "3. Parcelles et exploitations"),
    (
        "p",
        "14 exploitations partenaires, 438 ha épandus sur les 1 210 ha du plan d'épandage. Les doses "
        "apportées sont conformes aux préconisations (en moyenne 1,4 t MS/ha). Aucune plainte de "
        "riverain n'a été enregistrée.",
    ),
    ("h", "4. Conclusion"),
    (
        "p",
        "La filière fonctionne de manière satisfaisante. Le bilan est transmis "
        "au service de police de l'eau.",
    ),
]

DOCX_BLOCKS["p124_convention_ligue_cancer_rando.docx"] = [
    ("title", "Convention de partenariat – « Marchons au fil de la Claise contre le cancer »"),
    (
        "p",
        "Entre le Syndicat mixte du bassin de la Claise et de ses affluents, représenté par son "
        "président, M. Daniel Roux, et la Ligue contre le cancer – comité de l'Indre, représentée par "
        "sa présidente, Mme Jacqueline Moreau-Brisset.",
    ),
    ("h", "Article 1 – Objet"),
    (
        "p",
        "Le syndicat et la Ligue organisent conjointement le dimanche 5 octobre 2025 une randonnée "
        "solidaire de 8 et 15 km le long de la Claise, au départ de Mézières-en-Brenne, dans le cadre "
        "d'Octobre rose. Les inscriptions (5 € par personne, gratuit pour les moins de 12 ans) sont "
        "intégralement reversées à la Ligue pour le financement de la recherche et des actions "
        "d'accompagnement des malades.",
    ),
    ("h", "Article 2 – Engagements du syndicat"),
    (
        "p",
        "Le syndicat balise les parcours, assure des commentaires sur la restauration des zones "
        "humides aux trois points d'arrêt et met à disposition ses techniciens et son matériel.",
    ),
    ("h", "Article 3 – Engagements de la Ligue"),
    (
        "p",
        "La Ligue tient un stand d'information sur le dépistage organisé du cancer du sein et du "
        "cancer colorectal, assure l'accueil des participants et la collecte des inscriptions.",
    ),
    ("h", "Article 4 – Communication"),
    (
        "p",
        "Les logos des deux partenaires figurent sur tous les supports. Fait à "
        "Mézières-en-Brenne, le 2 juin 2025.",
    ),
]

DOCX_BLOCKS["p125_cr_comite_ressource_eau.docx"] = [
    ("title", "Comité départemental de la ressource en eau – compte rendu de la réunion du 17 juillet 2025"),
    (
        "p",
        "Présidence : M. Thierry Vauclair, préfet. Participants : DDT, OFB, ARS, DREAL, chambre "
        "d'agriculture, FDSEA, Coordination rurale, Confédération paysanne, fédération de pêche, "
        "Indre Nature, syndicats d'eau potable, EDF, syndicats de rivière, association des maires.",
    ),
    ("h", "1. Situation hydrologique"),
    (
        "table",
        [
            ["Station", "Débit moyen 3 jours (m³/s)", "Seuil d'alerte renforcée", "Situation"],
            ["Indre à Saint-Cyran-du-Jambot", "0,84", "0,95", "sous le seuil"],
            ["Bouzanne à Velles", "0,21", "0,25", "sous le seuil"],
            ["Claise à Martizay", "0,38", "0,42", "sous le seuil"],
            ["Creuse à Ciron", "9,8", "6,5", "au-dessus"],
        ],
    ),
    ("h", "2. Échanges"),
    (
        "p",
        "La chambre d'agriculture souhaite que l'irrigation des cultures sous contrat de semences "
        "reste possible la nuit. La fédération de pêche signale des mortalités piscicoles sur la "
        "Bouzanne. L'ARS rappelle que les piscines des établissements de santé ne sont pas concernées. "
        "Les syndicats d'eau potable ne signalent pas de difficulté d'approvisionnement.",
    ),
    ("h", "3. Décision"),
    (
        "p",
        "Le préfet décide de placer les bassins de l'Indre amont, de la Bouzanne et de la Claise en "
        "alerte renforcée à compter du 19 juillet (arrêté du 18 juillet). Prochaine réunion : 31 juillet.",
    ),
]

DOCX_BLOCKS["p126_guide_statut_conjoint_exploitation.docx"] = [
    ("title", "Conjoint, partenaire de PACS, concubin : quel statut pour travailler sur l'exploitation ?"),
    (
        "p",
        "Fiche pratique – Chambre d'agriculture de l'Indre – service "
        "installation-transmission – édition 2025",
    ),
    (
        "p",
        "Vous travaillez régulièrement sur l'exploitation de votre conjoint, de votre partenaire de "
        "PACS ou de votre concubin ? La loi vous oblige à choisir un statut. Depuis 2022, le statut "
        "de conjoint collaborateur est limité à cinq ans : il faut anticiper.",
    ),
    (
        "table",
        [
            ["Statut", "Avantages", "Points de vigilance"],
            [
                "Conjoint collaborateur",
                "Cotisations réduites, droits retraite",
                "Limité à 5 ans ; pas de revenu propre",
            ],
            ["Salarié", "Salaire, assurance chômage", "Coût pour l'exploitation"],
            [
                "Associé (GAEC, EARL)",
                "Reconnaissance pleine, droits PAC",
                "Engagement financier, statuts à rédiger",
            ],
            ["Chef d'exploitation", "Statut propre", "Seuil d'activité minimale"],
        ],
    ),
    ("h", "En cas de séparation ou de décès"),
    (
        "p",
        "Le statut choisi a des conséquences importantes en cas de divorce, de rupture de PACS ou de "
        "décès : créance de salaire différé, attribution préférentielle, maintien dans le bail. Un "
        "rendez-vous avec un conseiller juridique de la chambre est gratuit pour les adhérents.",
    ),
    ("p", "Contact : service installation-transmission – 02 54 61 61 61."),
]

DOCX_BLOCKS["p127_resume_amenagement_foret_communale.docx"] = [
    ("title", "Forêt communale de Bommiers – résumé de l'aménagement forestier 2018-2037"),
    ("p", "Document établi par l'Office national des forêts et approuvé par le conseil municipal"),
    ("h", "Caractéristiques"),
    (
        "table",
        [
            ["Surface", "Essences principales", "Fonction principale", "Statut"],
            [
                "218 ha",
                "Chêne sessile (71 %), chêne pédonculé, charme, pins",
                "Production de chêne de qualité",
                "Site Natura 2000 (partie)",
            ],
        ],
    ),
    ("h", "Objectifs"),
    (
        "p",
        "Produire du chêne de qualité tranchage et merrain, tout en adaptant la forêt au changement "
        "climatique : substitution progressive du chêne pédonculé, dépérissant sur les sols "
        "hydromorphes, par le chêne sessile et des essences d'accompagnement (alisier, cormier, "
        "tilleul). Maintien de 3 arbres habitats par hectare et de 2 % de la surface en îlots de "
        "vieillissement.",
    ),
    ("h", "Programme de coupes et de travaux"),
    (
        "p",
        "Récolte moyenne prévue : 780 m³ par an. Travaux sylvicoles : 5 ha par an de dégagements et "
        "de dépressages. Recette nette moyenne attendue pour la commune : 42 000 € par an.",
    ),
    ("h", "Accueil du public"),
    (
        "p",
        "Entretien du sentier de découverte des mares et de l'aire de "
        "pique-nique de la Fontaine-Saint-Martin.",
    ),
]

DOCX_BLOCKS["p128_note_elections_professionnelles_calendrier.docx"] = [
    ("title", "Élections professionnelles du 3 décembre 2026 – calendrier et modalités"),
    (
        "p",
        "Note d'information à l'ensemble des agents – DDT de l'Indre, secrétariat général – 15 octobre 2025",
    ),
    (
        "p",
        "Les élections professionnelles de la fonction publique se tiendront le jeudi 3 décembre "
        "2026. Elles permettront d'élire vos représentants au comité social d'administration (CSA) "
        "et aux commissions administratives paritaires (CAP) et commissions consultatives "
        "paritaires (CCP) des contractuels.",
    ),
    (
        "table",
        [
            ["Étape", "Date"],
            ["Publication des listes électorales", "au plus tard le 3 octobre 2026"],
            ["Dépôt des candidatures des organisations syndicales", "jusqu'au 22 octobre 2026"],
            ["Envoi des identifiants de vote électronique", "à partir du 9 novembre 2026"],
            ["Scrutin (vote électronique exclusivement)", "du 26 novembre au 3 décembre 2026, 17 h"],
            ["Proclamation des résultats", "4 décembre 2026"],
        ],
    ),
    (
        "p",
        "Le vote est électronique, secret et peut se faire depuis n'importe quel ordinateur ou "
        "téléphone. Des postes sont mis à disposition en salle 104. Le droit syndical est garanti : "
        "chaque organisation pourra diffuser sa profession de foi par la messagerie et tenir des "
        "heures d'information mensuelles. En 2022, la participation à la DDT avait été de 71 %.",
    ),
]

DOCX_BLOCKS["p129_rapport_restauration_chapelle_orage.docx"] = [
    ("title", "Chapelle Saint-Genou-des-Bois – restauration après l'orage de grêle du 21 juin 2025"),
    ("p", "Rapport présenté au conseil municipal de Saint-Aubin-la-Claise – séance du 10 octobre 2025"),
    ("h", "1. Le monument"),
    (
        "p",
        "Édifiée au XIIe siècle et remaniée au XVIe, la chapelle Saint-Genou est inscrite au titre des "
        "monuments historiques depuis 1927. Propriété de la commune, elle est affectée au culte "
        "catholique et accueille une messe par mois ainsi que le pèlerinage de la Saint-Genou en "
        "janvier. Elle abrite un retable en bois polychrome classé.",
    ),
    ("h", "2. Les dommages"),
    (
        "p",
        "L'orage du 21 juin, accompagné de grêlons de 5 cm, a brisé environ 40 % des tuiles plates de "
        "la nef et deux vitraux du chœur (1882, atelier Lobin de Tours). Des infiltrations ont atteint "
        "la voûte lambrissée. Le retable n'a pas été touché.",
    ),
    ("h", "3. Programme de travaux et financement"),
    (
        "table",
        [
            ["Poste", "Montant HT"],
            ["Couverture en tuiles plates anciennes de récupération", "68 400 €"],
            ["Restauration des deux vitraux", "21 900 €"],
            ["Traitement du lambris", "12 300 €"],
            ["Maîtrise d'œuvre (architecte du patrimoine)", "9 800 €"],
            ["Total", "112 400 €"],
        ],
    ),
    (
        "p",
        "Financement : assurance 46 000 € ; DRAC 25 % de la part restante ; Département 20 % ; "
        "Fondation du patrimoine (souscription publique lancée le 1er octobre) ; solde communal. "
        "L'association paroissiale a annoncé un don de 3 000 € issu de sa kermesse.",
    ),
]

DOCX_BLOCKS["p130_programme_formation_secourisme_chasse.docx"] = [
    ("title", "Formation « Premiers secours en action de chasse » – programme 2025-2026"),
    (
        "p",
        "Fédération départementale des chasseurs de l'Indre, en partenariat avec "
        "l'Union départementale des sapeurs-pompiers",
    ),
    (
        "p",
        "Une blessure par balle ou par arme blanche, une chute de mirador, une morsure de sanglier, un "
        "malaise cardiaque en pleine traque : en battue, les secours mettent souvent plus de trente "
        "minutes à arriver. Les premiers gestes sont décisifs.",
    ),
    ("h", "Contenu (7 heures)"),
    (
        "table",
        [
            ["Module", "Durée"],
            ["Alerter : donner une position GPS, guider les secours en forêt", "1 h"],
            ["Arrêter une hémorragie : compression, garrot tactique", "2 h"],
            ["Victime inconsciente : position latérale de sécurité", "1 h"],
            ["Arrêt cardiaque : massage et défibrillateur", "2 h"],
            ["Trousse de secours de battue : contenu et entretien", "1 h"],
        ],
    ),
    ("h", "Sessions"),
    (
        "p",
        "Samedis 13 septembre (Ardentes), 11 octobre (Le Blanc), 8 novembre (Issoudun). Coût : 30 € "
        "par stagiaire, le reste étant pris en charge par la fédération. Chaque société de chasse "
        "ayant formé au moins deux responsables de battue reçoit un garrot et une trousse complète.",
    ),
    ("p", "Inscriptions auprès du service formation : 02 54 22 03 11."),
]

DOCX_BLOCKS["p131_guide_diagnostic_vulnerabilite_habitat.docx"] = [
    ("title", "Réduire la vulnérabilité de votre logement aux inondations – guide du particulier"),
    ("p", "DDT de l'Indre – édition 2025 – à l'attention des habitants des zones couvertes par un PPRI"),
    (
        "p",
        "Vous habitez en zone inondable ? Un diagnostic gratuit de votre maison vous est proposé par "
        "un bureau d'études missionné par l'État. Il recense les points faibles du bâtiment et "
        "propose des travaux adaptés. Les conclusions ne sont remises qu'à vous.",
    ),
    ("h", "Les travaux les plus efficaces"),
    (
        "table",
        [
            ["Objectif", "Exemple de travaux", "Coût indicatif"],
            ["Se mettre à l'abri", "Zone refuge à l'étage, accès par le toit", "3 000 à 15 000 €"],
            ["Limiter l'entrée de l'eau", "Batardeaux, clapets anti-retour", "500 à 3 000 €"],
            ["Limiter les dégâts", "Tableau électrique en hauteur, sols carrelés", "1 000 à 8 000 €"],
            ["Faciliter le retour", "Cloisons démontables, isolation hydrofuge", "variable"],
        ],
    ),
    ("h", "Les aides"),
    (
        "p",
        "Le fonds de prévention des risques naturels majeurs (fonds Barnier) finance jusqu'à 80 % des "
        "travaux rendus obligatoires par le PPRI, dans la limite de 10 % de la valeur vénale du bien. "
        "Le dossier se dépose à la DDT, de préférence après le diagnostic.",
    ),
    ("p", "Renseignements : unité prévention des risques – ddt-risques@indre.gouv.fr – 02 54 53 26 26."),
]

DOCX_BLOCKS["p132_dossier_presse_hebergement_saisonniers.docx"] = [
    ("title", "Dossier de presse – Loger dignement les travailleurs saisonniers agricoles"),
    ("p", "Préfecture de l'Indre – MSA – FDSEA – Action Logement – 4 mars 2025"),
    ("h", "Le constat"),
    (
        "p",
        "Chaque année, environ 3 800 contrats saisonniers sont signés dans l'agriculture de l'Indre "
        "(asperges, fraises, pommes, vendanges, castration du maïs). Près d'un saisonnier sur trois "
        "vient d'un autre pays : Roumanie, Bulgarie, Portugal, Pologne, et, dans le cadre de "
        "l'immigration de travail saisonnier, Maroc et Tunisie. Les contrôles de 2024 ont révélé des "
        "conditions d'hébergement indignes dans 9 % des exploitations visitées.",
    ),
    ("h", "Les mesures"),
    (
        "table",
        [
            ["Mesure", "Porteur", "Budget"],
            [
                "Aide à l'aménagement de logements sur l'exploitation (jusqu'à 8 000 € par lit)",
                "Région / MSA",
                "600 000 €",
            ],
            ["Mobil-homes mutualisés sur terrains communaux", "Communautés de communes", "250 000 €"],
            ["Guide « héberger ses saisonniers » et visite-conseil gratuite", "MSA", "–"],
            ["Plateforme de mise en relation avec des chambres chez l'habitant", "Action Logement", "–"],
        ],
    ),
    (
        "p",
        "« Un travailleur bien logé est un travailleur qui revient », résume le président de la "
        "FDSEA. Le préfet rappelle que les contrôles se poursuivront, avec une attention particulière "
        "aux situations de travail illégal et de traite des êtres humains.",
    ),
]

DOCX_BLOCKS["p133_palmares_trophees_agroecologie.docx"] = [
    ("title", "Trophées départementaux de l'agroécologie 2025 – palmarès et avis du jury"),
    (
        "p",
        "DDT de l'Indre et chambre d'agriculture – cérémonie du 25 septembre "
        "2025 au lycée agricole de Châteauroux",
    ),
    (
        "p",
        "Le jury, présidé par M. Jean Sabourin, a examiné 17 candidatures. Il a apprécié la cohérence "
        "des systèmes, la réduction des intrants, la préservation de l'eau et des sols, et la "
        "capacité des lauréats à partager leur expérience.",
    ),
    (
        "table",
        [
            ["Catégorie", "Lauréat", "Avis du jury"],
            [
                "Démarche individuelle",
                "Mme Isabelle Granger, maraîchage, Neuvy-sur-Claise",
                "Un système très économe en eau (paillage, goutte-à-goutte, mares) et une vente "
                "directe exemplaire.",
            ],
            [
                "Démarche collective",
                "GIEE « Sols vivants du Boischaut » (12 exploitations)",
                "Dix ans de semis direct sous couvert partagés entre voisins ; des résultats "
                "mesurés sur la vie du sol.",
            ],
            [
                "Prix « coup de cœur »",
                "M. Quentin Aubry, éleveur, Paulnay",
                "Jeune installé, il a replanté 3 km de haies et converti son troupeau au pâturage "
                "tournant dès sa deuxième année.",
            ],
        ],
    ),
    (
        "p",
        "Les lauréats reçoivent un prix de 1 500 € et leur candidature est transmise au concours "
        "national. Le jury a également salué la qualité du dossier de l'EARL du Bois Joli.",
    ),
]

DOCX_BLOCKS["p134_reglement_interieur_cle_sage.docx"] = [
    ("title", "Règlement intérieur de la commission locale de l'eau du SAGE Creuse"),
    ("p", "Adopté en séance plénière le 3 juillet 2025"),
    ("h", "Article 1 – Composition"),
    (
        "p",
        "La commission locale de l'eau (CLE) comprend 48 membres répartis en trois collèges : "
        "collectivités territoriales (24), usagers, propriétaires riverains, organisations "
        "professionnelles et associations (14), représentants de l'État (10). Sa composition est "
        "fixée par arrêté préfectoral.",
    ),
    ("h", "Article 5 – Quorum et votes"),
    (
        "p",
        "La CLE ne délibère valablement que si la moitié au moins de ses membres sont présents ou "
        "représentés. Les délibérations sont adoptées à la majorité des suffrages exprimés ; "
        "l'adoption et la révision du SAGE requièrent la majorité des deux tiers.",
    ),
    ("h", "Article 8 – Bureau"),
    ("p", "Le bureau comprend 12 membres et prépare les séances. Il peut inviter toute personne qualifiée."),
    ("h", "Article 11 – Transparence"),
    (
        "p",
        "Les séances plénières sont publiques, sauf décision contraire du président pour un point "
        "particulier. Les comptes rendus, les avis et les études sont publiés sur le site internet du "
        "SAGE.",
    ),
]

DOCX_BLOCKS["p135_bilan_animations_scolaires_maison_eau.docx"] = [
    ("title", "Maison de l'eau et de la pêche – bilan des animations scolaires 2024-2025"),
    (
        "p",
        "Fédération de l'Indre pour la pêche et la protection du milieu aquatique – "
        "rapport au conseil d'administration",
    ),
    (
        "table",
        [
            ["Type d'animation", "Classes", "Élèves", "Niveau"],
            ["Petites bêtes de la rivière", "38", "842", "CP à CM2"],
            ["Le cycle de l'eau", "21", "473", "CE2 à 6e"],
            ["Pêche découverte au plan d'eau", "14", "301", "CM1 à 5e"],
            ["Classe d'eau de trois jours", "4", "92", "CM2"],
            ["Total", "77", "1 708", "–"],
        ],
    ),
    (
        "p",
        "La fréquentation progresse de 12 %. Les écoles rurales représentent 64 % des classes "
        "accueillies, grâce à la prise en charge du transport par le Département. Trois classes "
        "d'instituts médico-éducatifs et une unité localisée pour l'inclusion scolaire (ULIS) ont été "
        "accueillies avec des supports adaptés.",
    ),
    (
        "p",
        "Les retours des enseignants sont très positifs (note moyenne 4,7/5). Pour 2025-2026, la "
        "fédération propose une nouvelle animation « sécheresse et changement climatique » pour les "
        "collégiens.",
    ),
]

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_restrictions_eau_en_cours.html"] = (
    "Restrictions d'eau en cours dans l'Indre",
    """
<nav>Accueil › Actions de l'État › Environnement › Eau › Sécheresse</nav>
<h1>Sécheresse : les restrictions d'eau en vigueur</h1>
<p><em>Mis à jour le 25 juillet 2025</em></p>
<p>En raison de la faiblesse des débits, plusieurs bassins du département sont soumis à des
mesures de restriction des usages de l'eau.</p>
<table border="1">
<tr><th>Bassin</th><th>Niveau</th><th>Depuis le</th></tr>
<tr><td>Indre amont</td><td>Alerte renforcée</td><td>19 juillet</td></tr>
<tr><td>Bouzanne</td><td>Alerte renforcée</td><td>19 juillet</td></tr>
<tr><td>Claise</td><td>Alerte renforcée</td><td>19 juillet</td></tr>
<tr><td>Indre aval</td><td>Alerte</td><td>10 juillet</td></tr>
<tr><td>Creuse</td><td>Vigilance</td><td>1er juillet</td></tr>
</table>
<h2>Que puis-je faire chez moi ?</h2>
<p>Consultez la carte interactive VigiEau : en saisissant votre adresse, vous connaîtrez
exactement les mesures qui s'appliquent à vous (arrosage, piscine, lavage de voiture).</p>
<h2>Agriculteurs irrigants</h2>
<p>Les prélèvements par aspersion sont interdits de 10 h à 20 h et le week-end. Les
prélèvements en goutte-à-goutte et pour l'abreuvement des animaux restent autorisés.</p>
<h2>Documents à télécharger</h2>
<ul><li>Arrêté préfectoral du 18 juillet 2025 (PDF, 412 ko)</li>
<li>Carte des zones d'alerte (PDF, 1,2 Mo)</li></ul>
""",
)

HTML_PAGES["p137_actualite_ouverture_chasse_securite.html"] = (
    "Ouverture de la chasse : partageons la nature en sécurité",
    """
<article>
<h1>Ouverture générale de la chasse le 21 septembre : partageons la nature en sécurité</h1>
<p class="date">Publié le 16 septembre 2025 – Préfecture de l'Indre</p>
<p>La chasse ouvre dimanche 21 septembre dans l'Indre. Promeneurs, cyclistes, cavaliers,
chasseurs : la forêt et la campagne sont à tous. Quelques règles simples permettent à chacun
d'en profiter en sécurité.</p>
<h2>Pour les chasseurs</h2>
<ul>
<li>Port obligatoire d'un vêtement orange fluo (gilet et casquette) en action de chasse
collective au grand gibier ;</li>
<li>Panneaux « chasse en cours » aux abords des battues ;</li>
<li>Respect de l'angle de 30° et identification formelle de la cible avant tout tir ;</li>
<li>Formation décennale à la sécurité obligatoire pour tous.</li>
</ul>
<h2>Pour les autres usagers</h2>
<ul>
<li>Portez des vêtements voyants ;</li>
<li>Restez sur les chemins et tenez vos chiens en laisse ;</li>
<li>Consultez l'application de signalement des battues en cours.</li>
</ul>
<p>Le dimanche après-midi, de nombreuses sociétés de chasse ont volontairement renoncé aux
battues en forêt domaniale pour laisser la place aux promeneurs.</p>
</article>
""",
)

HTML_PAGES["p138_page_guichet_unique_police_eau.html"] = (
    "Guichet unique de la police de l'eau",
    """
<h1>Travaux en rivière, plan d'eau, zone humide : faut-il une autorisation ?</h1>
<p>Le guichet unique de la police de l'eau de la DDT de l'Indre instruit les dossiers relevant
de la nomenclature « loi sur l'eau » (article R.214-1 du code de l'environnement).</p>
<h2>Exemples de travaux concernés</h2>
<ul>
<li>création ou vidange d'un plan d'eau de plus de 0,1 ha ;</li>
<li>busage, curage ou modification du lit d'un cours d'eau ;</li>
<li>assèchement, remblai ou drainage d'une zone humide de plus de 0,1 ha ;</li>
<li>prélèvement d'eau de plus de 10 000 m³ par an ;</li>
<li>rejet d'eaux pluviales d'un projet de plus d'un hectare.</li>
</ul>
<h2>Comment déposer un dossier ?</h2>
<p>Depuis 2024, les déclarations et les demandes d'autorisation environnementale se font en
ligne sur la plateforme nationale de téléprocédure. Un récépissé vous est délivré dès le
dépôt. Le service dispose de deux mois pour s'opposer à une déclaration.</p>
<h2>Un conseil avant de vous lancer ?</h2>
<p>Les agents du guichet unique vous reçoivent sur rendez-vous le mardi et le jeudi.
Courriel : ddt-spe@indre.gouv.fr – téléphone : 02 54 53 26 00.</p>
<p>Attention : réaliser des travaux soumis à la loi sur l'eau sans autorisation est un délit
passible d'une amende de 75 000 € et d'une remise en état.</p>
""",
)

HTML_PAGES["p139_page_agri_ecoute_mal_etre.html"] = (
    "Agriculteurs en difficulté : vous n'êtes pas seuls",
    """
<h1>Agriculteurs en difficulté : vous n'êtes pas seuls</h1>
<p>Difficultés financières, surcharge de travail, isolement, séparation, maladie, épuisement…
Dans l'Indre, plusieurs dispositifs existent pour vous écouter et vous aider, en toute
confidentialité.</p>
<h2>Écouter</h2>
<p><strong>Agri'écoute : 09 69 39 29 19</strong>, 24 h/24, 7 j/7. Des psychologues répondent
de façon anonyme aux exploitants, aux salariés et à leurs familles.</p>
<h2>Accompagner</h2>
<ul>
<li>La cellule pluridisciplinaire de la MSA Berry-Touraine (travailleurs sociaux, médecins du
travail, psychologues) ;</li>
<li>l'aide au répit : une semaine de remplacement financée pour souffler ;</li>
<li>la cellule départementale d'accompagnement des exploitations en difficulté (DDT, chambre
d'agriculture) : audit, plan de redressement, médiation bancaire.</li>
</ul>
<h2>Vous êtes inquiet pour un proche, un voisin, un client ?</h2>
<p>Devenez « sentinelle » : une formation gratuite d'une journée vous apprend à repérer les
signes de détresse et à orienter. Prochaine session le 18 novembre à Châteauroux.</p>
<p>En cas d'urgence vitale, appelez le 15, ou le 3114 (numéro national de prévention du
suicide).</p>
""",
)

HTML_PAGES["p140_page_aides_sinistres_inondation.html"] = (
    "Vous avez été inondé : les démarches",
    """
<h1>Crue de janvier 2025 : vous avez été inondé, quelles démarches ?</h1>
<p>L'état de catastrophe naturelle a été reconnu pour 23 communes de l'Indre par arrêté
interministériel du 27 février 2025 (liste ci-dessous).</p>
<h2>1. Déclarez le sinistre à votre assureur</h2>
<p>Vous disposez de 30 jours après la publication de l'arrêté au Journal officiel. Joignez
photos, factures et liste des biens endommagés.</p>
<h2>2. Vous n'êtes pas assuré ou vos ressources sont faibles ?</h2>
<ul>
<li>Le CCAS de votre commune peut attribuer une aide d'urgence ;</li>
<li>le Département (fonds de solidarité logement) peut aider au relogement et au paiement des
factures d'énergie ;</li>
<li>l'Agence nationale de l'habitat finance la remise en état des logements des propriétaires
modestes.</li>
</ul>
<h2>3. Agriculteurs</h2>
<p>Les pertes de fonds (clôtures, chemins, bâtiments) non assurables peuvent être indemnisées
par le régime des calamités agricoles. Dossier à déposer à la DDT avant le 30 avril.</p>
<h2>4. Préparer la suite</h2>
<p>Profitez des travaux pour réduire la vulnérabilité de votre logement : diagnostic gratuit et
aides du fonds Barnier.</p>
<p>Communes reconnues : Argenton-sur-Creuse, Bellefont, Ciron, Le Blanc, Lignerolles-en-Brenne,
Martizay, Mézières-en-Brenne, Neuvy-sur-Claise, Saint-Gaultier… (liste complète en PDF).</p>
""",
)

HTML_PAGES["p141_actualite_inauguration_passe_poissons.html"] = (
    "Inauguration de la passe à poissons du moulin de la Roche",
    """
<article>
<h1>La Creuse retrouve sa continuité au moulin de la Roche</h1>
<p class="date">Ciron, le 14 juin 2025</p>
<p>Samedi matin, une soixantaine de personnes ont assisté à l'inauguration de la nouvelle passe
à poissons du moulin de la Roche, en présence de M. Thierry Vauclair, préfet de l'Indre, de Mme
Isabelle Roche-Delmas, présidente de la commission locale de l'eau, de M. Daniel Roux,
président du syndicat de rivière, et de M. Henri Lestrade, propriétaire du moulin.</p>
<p>L'ouvrage, une passe à bassins successifs de 48 mètres, permet désormais aux anguilles, aux
truites et aux brochets de franchir le seuil, infranchissable depuis plus d'un siècle. Le
chantier a coûté 640 000 €, financés à 80 % par l'agence de l'eau Loire-Bretagne.</p>
<p>« Ce projet prouve que l'on peut restaurer une rivière sans sacrifier le patrimoine », a
souligné M. Lestrade, qui conserve le droit d'eau et la roue du moulin en état de marche.
« Mon grand-père aurait été fier », a-t-il ajouté, ému.</p>
<p>Les élèves de l'école de Ciron ont ensuite lâché symboliquement une centaine de truitelles en
aval de l'ouvrage, sous la conduite des animateurs de la fédération de pêche.</p>
</article>
""",
)

HTML_PAGES["p142_page_main_oeuvre_etrangere_saisonniere.html"] = (
    "Recruter un travailleur saisonnier étranger",
    """
<h1>Employeurs agricoles : recruter un travailleur saisonnier étranger</h1>
<h2>Ressortissants de l'Union européenne, de l'EEE et de la Suisse</h2>
<p>Aucune autorisation de travail n'est nécessaire. La déclaration préalable à l'embauche
auprès de la MSA suffit.</p>
<h2>Ressortissants d'autres pays</h2>
<p>Le salarié doit disposer d'une autorisation de travail. Vous pouvez :</p>
<ul>
<li>recruter une personne déjà titulaire d'un titre de séjour autorisant à travailler ;</li>
<li>faire venir un travailleur saisonnier dans le cadre d'une demande d'autorisation de
travail déposée en ligne, puis de la carte de séjour pluriannuelle « travailleur saisonnier »
(séjour de six mois maximum par an) ;</li>
<li>recourir aux programmes de l'OFII avec le Maroc et la Tunisie.</li>
</ul>
<p>Avant toute embauche, vous devez vérifier l'authenticité du titre de séjour auprès de la
préfecture, au moins deux jours ouvrables avant l'embauche.</p>
<h2>Demandeurs d'asile</h2>
<p>Un demandeur d'asile peut travailler si sa demande est en cours d'instruction depuis plus
de six mois, après autorisation.</p>
<h2>Hébergement</h2>
<p>Si vous logez vos saisonniers, l'hébergement doit respecter les normes du code rural
(surface, sanitaires, chauffage). La MSA propose une visite-conseil gratuite.</p>
""",
)

HTML_PAGES["p143_faq_ambroisie_allergies.html"] = (
    "Ambroisie : questions fréquentes",
    """
<h1>Ambroisie : vos questions</h1>
<h2>Pourquoi lutter contre l'ambroisie ?</h2>
<p>L'ambroisie à feuilles d'armoise est une plante invasive dont le pollen, émis d'août à
octobre, est très allergisant : rhinites, conjonctivites, et dans près de la moitié des cas
apparition ou aggravation d'un asthme. En Centre-Val de Loire, on estime que 10 % de la
population y est sensible. L'Indre est l'un des départements les plus touchés de la région.</p>
<h2>Qui doit la détruire ?</h2>
<p>L'arrêté préfectoral du 5 juin 2019 oblige chaque propriétaire, locataire ou exploitant à
prévenir la pousse et à détruire les plants avant la floraison, y compris dans les jardins, les
chantiers et les bords de route.</p>
<h2>Comment la reconnaître ?</h2>
<p>Feuilles très découpées, vertes des deux côtés, tige velue souvent rougeâtre, pas d'odeur
quand on froisse la feuille (contrairement à l'armoise).</p>
<h2>J'en ai vu, que faire ?</h2>
<p>Signalez-la sur la plateforme nationale signalement-ambroisie.fr ou à votre mairie. Un
référent communal vous répondra.</p>
<h2>J'ai des symptômes, à qui m'adresser ?</h2>
<p>À votre médecin traitant. Les bulletins polliniques du réseau national de surveillance
aérobiologique vous aident à anticiper les pics.</p>
""",
)

HTML_PAGES["p144_actualite_concours_peche_jeunes.html"] = (
    "Concours de pêche des jeunes : Mathis décroche la victoire",
    """
<article>
<h1>Concours de pêche des jeunes : Mathis décroche la victoire à Belle-Isle</h1>
<p class="date">Actualité de la fédération de pêche – 24 juin 2025</p>
<p>Ils étaient 47, de 7 à 15 ans, à aligner leurs cannes samedi matin sur les berges du plan
d'eau de Belle-Isle pour le traditionnel concours des jeunes organisé par la fédération et
l'AAPPMA Le Brochet Castelroussin.</p>
<p>Au terme de trois heures de pêche, c'est <strong>Mathis Carré</strong>, 12 ans, élève de
l'école de pêche depuis deux saisons, qui l'emporte avec 3,2 kg de gardons et de perches. Il
devance <strong>Lina Bouzid</strong> (11 ans, 2,7 kg) et <strong>Timéo Lardeau</strong>
(9 ans, 2,5 kg). « J'ai amorcé petit et souvent, comme Gérard me l'a appris », a expliqué le
vainqueur, qui repart avec une canne neuve et un bon d'achat.</p>
<p>Tous les poissons ont été remis à l'eau. Chaque participant a reçu un diplôme et un goûter
offert par le Crédit Mutuel. Rendez-vous l'an prochain !</p>
<p><em>Photos publiées avec l'accord des parents.</em></p>
</article>
""",
)

HTML_PAGES["p145_recueil_actes_administratifs_sommaire.html"] = (
    "Recueil des actes administratifs spécial n° 36-2025-142",
    """
<h1>Recueil des actes administratifs – Préfecture de l'Indre</h1>
<p>Recueil spécial n° 36-2025-142 publié le 21 octobre 2025</p>
<h2>Sommaire</h2>
<h3>Direction départementale des territoires</h3>
<ul>
<li>36-2025-10-14-00002 – Arrêté portant agrément de M. Ahmed Toumi en qualité de garde-pêche
particulier de l'AAPPMA La Gaule Brennouse</li>
<li>36-2025-10-15-00001 – Arrêté autorisant M. Patrice Girard, piégeur agréé, à détruire des
ragondins et rats musqués à l'aide de cages-pièges sur la commune de Rosnay</li>
<li>36-2025-10-16-00004 – Arrêté portant prescriptions complémentaires à la déclaration de
création d'un plan d'eau présentée par Mme Véronique Lestrade à Saint-Michel-en-Brenne</li>
<li>36-2025-10-17-00003 – Arrêté de dérogation à l'interdiction de perturbation intentionnelle
d'espèces protégées (hirondelles) au bénéfice de la commune de Bellefont (travaux de l'église)</li>
</ul>
<h3>Direction départementale de l'emploi, du travail, des solidarités et de la protection des
populations</h3>
<ul>
<li>36-2025-10-13-00005 – Arrêté portant habilitation sanitaire du Dr Samia Haddad, vétérinaire</li>
</ul>
<h3>Sous-préfecture du Blanc</h3>
<ul>
<li>36-2025-10-20-00001 – Arrêté portant autorisation d'une manifestation sportive : « Trail des
étangs » le 9 novembre 2025, organisé par l'association Brenne Running</li>
</ul>
""",
)

HTML_PAGES["p146_page_patrimoine_crue_1910.html"] = (
    "Il y a 115 ans, la grande crue de 1910",
    """
<h1>Mémoire du fleuve : la grande crue de janvier 1910</h1>
<p>Page patrimoine du site de la commune d'Argenton-sur-Creuse – rubrique « Histoire »</p>
<p>Le 21 janvier 1910, après des semaines de pluie sur le plateau de Millevaches, la Creuse
atteint à Argenton la cote de 6,20 mètres à l'échelle du pont Neuf, un niveau jamais égalé
depuis. Le quartier de la Gare et les bords de la rue Raspail sont submergés ; les habitants
circulent en barque pendant quatre jours.</p>
<p>Les archives municipales conservent le registre des délibérations de l'époque. Le 28 janvier,
le conseil vote un secours de 2 000 francs pour « les familles nécessiteuses dont les maisons
ont été envahies par les eaux ». Le journal local de l'époque décrit ainsi la scène :</p>
<blockquote>« Dès l'aube, la rivière, grossie d'heure en heure, roulait des arbres entiers et des
débris de toute sorte ; les ponts tremblaient sous le choc, et la population, massée sur les
hauteurs, regardait avec angoisse monter le flot. » (Journal de l'Indre, 23 janvier 1910 –
domaine public, Archives départementales.)</blockquote>
<p>Des repères de crue scellés dans les murs de la rue Raspail et du quai rappellent encore
aujourd'hui le niveau atteint. Un inventaire de ces repères a été réalisé en 2023 avec le
syndicat de rivière : 14 repères ont été nettoyés et géolocalisés.</p>
<p>Exposition « La Creuse en crues » à la médiathèque jusqu'au 28 février.</p>
""",
)

HTML_PAGES["p147_page_bilan_police_environnement.html"] = (
    "Bilan 2024 de la police de l'environnement dans l'Indre",
    """
<h1>Police de l'environnement : le bilan 2024 de la MISEN</h1>
<p>La mission interservices de l'eau et de la nature (MISEN) coordonne les contrôles de la DDT,
de l'OFB, de la DDETSPP, de la DREAL et de la gendarmerie.</p>
<table border="1">
<tr><th>Domaine</th><th>Contrôles</th><th>Non-conformités</th><th>Procès-verbaux</th></tr>
<tr><td>Cours d'eau et zones humides</td><td>214</td><td>38</td><td>9</td></tr>
<tr><td>Prélèvements et sécheresse</td><td>187</td><td>22</td><td>6</td></tr>
<tr><td>Pollutions agricoles et phytosanitaires</td><td>96</td><td>19</td><td>4</td></tr>
<tr><td>Espèces protégées, chasse, pêche</td><td>158</td><td>31</td><td>17</td></tr>
<tr><td>Total</td><td>655</td><td>110</td><td>36</td></tr>
</table>
<h2>Suites judiciaires</h2>
<p>Sur les 36 procédures transmises au parquet de Châteauroux, 14 ont donné lieu à une
alternative aux poursuites (composition pénale, transaction), 6 à une condamnation par le
tribunal correctionnel, les autres étant en cours. La convention signée avec le parquet en 2023
permet de privilégier la remise en état des milieux.</p>
<h2>Priorités 2025</h2>
<p>Destruction de zones humides, respect des arrêtés sécheresse, braconnage du grand gibier,
dépôts sauvages de déchets.</p>
""",
)

HTML_PAGES["p148_actualite_journee_sante_agriculteurs.html"] = (
    "Journée santé des agriculteurs au comice d'Ardentes",
    """
<article>
<h1>Comice agricole d'Ardentes : la MSA propose une journée « santé » gratuite</h1>
<p class="date">Publié le 2 septembre 2025</p>
<p>Le samedi 13 septembre, au comice agricole d'Ardentes, la MSA Berry-Touraine installe son
« village santé ». Agriculteurs, salariés agricoles, retraités et familles pourront y bénéficier
gratuitement et sans rendez-vous de :</p>
<ul>
<li>un dépistage des cancers de la peau par un dermatologue (les travailleurs en plein air
sont particulièrement exposés aux ultraviolets) ;</li>
<li>un test de l'audition (bruit des tracteurs et des machines) ;</li>
<li>une mesure de la tension et de la glycémie ;</li>
<li>des informations sur le dépistage organisé du cancer colorectal et la remise du kit ;</li>
<li>un atelier « gestes et postures » avec un kinésithérapeute.</li>
</ul>
<p>Les résultats sont remis à chaque personne, dans un espace fermé, et ne sont transmis à
personne d'autre sans son accord. En 2024, 312 personnes étaient passées par le village santé de
Levroux ; 27 avaient été orientées vers une consultation spécialisée.</p>
</article>
""",
)

HTML_PAGES["p149_avis_attribution_marche_step.html"] = (
    "Avis d'attribution – station de traitement des eaux usées de Martizay",
    """
<h1>Avis d'attribution de marché</h1>
<p><strong>Acheteur :</strong> Commune de Martizay, 2 place de la Mairie, 36220 Martizay</p>
<p><strong>Objet :</strong> conception-réalisation de la station de traitement des eaux usées
(2 500 équivalents-habitants) – procédure concurrentielle avec négociation</p>
<p><strong>Nombre d'offres reçues :</strong> 4</p>
<p><strong>Critères d'attribution :</strong> valeur technique (50 %), prix (40 %), performance
environnementale (10 %)</p>
<p><strong>Attributaire :</strong> groupement Hydrofiltra (mandataire) / Texier TP, 36100
Issoudun</p>
<p><strong>Montant du marché :</strong> 1 037 000 € HT</p>
<p><strong>Date de notification :</strong> 3 novembre 2025</p>
<p>Le rapport d'analyse des offres, expurgé des informations couvertes par le secret des
affaires, peut être communiqué sur demande écrite adressée au maire. Recours : tribunal
administratif de Limoges, dans un délai de deux mois à compter de la publication du présent
avis.</p>
""",
)

HTML_PAGES["p150_page_contacts_syndicat_riviere.html"] = (
    "Syndicat mixte du bassin de la Claise – nous contacter",
    """
<h1>Nous contacter</h1>
<p>Syndicat mixte du bassin de la Claise et de ses affluents (SMBC)<br>
2 rue du Moulin – 36290 Mézières-en-Brenne<br>
Accueil du lundi au vendredi, 9 h – 12 h et 14 h – 17 h – 02 54 38 40 41</p>
<h2>Les élus</h2>
<ul>
<li>Président : Daniel Roux, conseiller municipal de Bellefont</li>
<li>1re vice-présidente : Anne Pichon, maire de Lignerolles-en-Brenne</li>
<li>2e vice-président : Alain Bourdin, maire de Neuvy-sur-Claise</li>
</ul>
<h2>L'équipe</h2>
<table border="1">
<tr><th>Nom</th><th>Fonction</th><th>Courriel</th></tr>
<tr><td>Mathilde Sorel</td><td>Directrice</td><td>direction@smbc-claise.fr</td></tr>
<tr><td>Quentin Labbé</td><td>Technicien de rivière (secteur amont)</td>
<td>technique@smbc-claise.fr</td></tr>
<tr><td>Manon Ferrari</td><td>Chargée de mission zones humides</td>
<td>zones-humides@smbc-claise.fr</td></tr>
<tr><td>Sylvain Brégeon</td><td>Agent d'entretien</td><td>–</td></tr>
<tr><td>Jocelyne Aubry</td><td>Secrétaire-comptable</td><td>contact@smbc-claise.fr</td></tr>
</table>
<p>Vous êtes riverain et vous constatez un arbre tombé, une érosion de berge, une pollution ?
Utilisez le formulaire de signalement en ligne ou appelez-nous. En cas de pollution en dehors
des heures d'ouverture, contactez le service départemental de l'OFB ou la gendarmerie (17).</p>
""",
)


if __name__ == "__main__":
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"wrote {len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html files to {OUT}")
