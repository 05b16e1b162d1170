"""Build the .docx and .html documents of the hand-written sensitivity set holdout29.

Theme: ageing at home and seniors' services of an invented commune's CCAS (Valcourbe) and its
invented département (Val-de-Sorne): the seniors' service, meals on wheels, home help (SAAD),
téléassistance, the heatwave and cold-weather register of vulnerable persons, the residence
autonomie, loneliness and visiting volunteers, falls prevention, caregivers' support, protective
measures (tutelle, curatelle), elder abuse reports, APA files, a published gerontological plan,
council deliberations, events calendars, leaflets and FAQs.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout29_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout29"
FIXED = dt.datetime(2026, 1, 14, 9, 15, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_enquete_deces_canicule_residence.docx"] = [
    ("title", "Rapport d'enquête interne — décès d'une résidente pendant l'épisode caniculaire d'août 2025"),
    para("""CCAS de Valcourbe — Résidence autonomie Les Tilleuls. Rapport établi à la demande de la
    présidente du CCAS par Mme Sandrine Vautrin, directrice, avec le concours du Dr Olivier Pasquier,
    médecin coordonnateur du réseau de santé, et de Mme Marion Texier, responsable des ressources
    humaines. Document destiné à la présidente, au conseil d'administration réuni à huis clos et, sur
    sa demande, à l'Agence régionale de santé et au Département. Ne pas diffuser."""),
    ("h", "1. Objet de l'enquête"),
    para("""Le vendredi 15 août 2025, vers 10 h 40, Mme Josette Mercier, 87 ans, résidente du logement
    33 au troisième étage de la résidence, a été retrouvée inconsciente au sol de sa salle de bains par
    l'agent d'accueil, alertée par une voisine qui ne l'avait pas vue au petit déjeuner collectif. Les
    secours, appelés à 10 h 43, ont constaté le décès. Le médecin du SMUR a évoqué un coup de chaleur
    sur un terrain de diabète insulino-dépendant et d'insuffisance rénale chronique, la température
    relevée dans le logement étant de 33 °C. Le corps a été transféré à l'institut médico-légal de
    Poitiers à la demande du parquet, qui a ouvert une enquête en recherche des causes de la mort."""),
    para("""La présente enquête administrative a pour objet de reconstituer la chronologie, d'apprécier
    le respect des procédures internes (plan bleu de la résidence, plan communal canicule, procédure
    de veille des résidents fragiles) et de proposer des mesures correctrices. Elle ne préjuge pas des
    suites judiciaires."""),
    ("h", "2. La résidente"),
    para("""Mme Mercier résidait aux Tilleuls depuis 2019. Veuve, sans enfant, elle avait pour seule
    famille un neveu résidant à Lyon, M. Christophe Mercier, désigné personne de confiance. Elle était
    classée en GIR 4 et bénéficiait de l'APA pour sept heures d'aide à domicile par semaine, assurées
    par le SAAD du CCAS, et de deux passages infirmiers quotidiens pour ses injections d'insuline
    (cabinet infirmier du bourg). Elle était inscrite au registre communal des personnes vulnérables
    et figurait sur la liste des résidents « à risque élevé » du plan bleu de la résidence, au titre de
    son diabète, de son insuffisance rénale et d'un traitement diurétique."""),
    para("""Son dossier de soins, tenu par le cabinet infirmier, mentionne un épisode d'hypoglycémie
    sévère en mai 2025 et une hospitalisation en juin pour décompensation cardiaque, à la suite de
    laquelle son diurétique avait été augmenté. Le médecin traitant avait recommandé en juillet une
    surveillance rapprochée de son hydratation en cas de fortes chaleurs. Mme Mercier était décrite par
    le personnel comme très indépendante, refusant fréquemment l'aide proposée et n'aimant pas que
    l'on entre dans son logement sans y être invité."""),
    ("h", "3. Chronologie reconstituée"),
    ("table", [
        ["Date et heure", "Événement", "Source"],
        ["10/08, 17 h 00", "Activation du plan canicule communal et du plan bleu de la résidence",
         "Main courante"],
        ["11/08 au 14/08", "Appels quotidiens du CCAS : Mme Mercier répond chaque jour, dit boire",
         "Outil d'appel"],
        ["12/08", "Brasseur d'air proposé par la résidence : refusé (« ça me donne froid »)",
         "Cahier de transmissions"],
        ["13/08, 11 h 00", "Auxiliaire de vie : note « logement très chaud, volets ouverts, "
         "a accepté de boire un verre »", "Cahier SAAD"],
        ["14/08, 19 h 10", "Passage infirmier du soir : glycémie 2,90 g/l, fatigue, "
         "pas d'alerte transmise", "Dossier infirmier"],
        ["14/08, 21 h 00", "Fin de service de l'agent d'accueil ; pas de veilleur physique la nuit",
         "Planning"],
        ["15/08, 07 h 30", "Passage infirmier du matin : absent (jour férié, tournée réorganisée, "
         "passage prévu à 11 h)", "Cabinet infirmier"],
        ["15/08, 08 h 45", "Appel du CCAS : pas de réponse ; deuxième appel 09 h 20, "
         "pas de réponse", "Outil d'appel"],
        ["15/08, 10 h 30", "Voisine signale l'absence au petit déjeuner", "Audition"],
        ["15/08, 10 h 40", "Découverte par l'agent d'accueil", "Audition"],
    ]),
    ("h", "4. Constatations"),
    para("""4.1. Le plan bleu de la résidence prévoyait, pour les résidents classés à risque élevé, une
    visite physique quotidienne par un membre du personnel, avec relevé de la température du logement
    et contrôle de l'hydratation. L'examen du cahier de transmissions montre que cette visite a été
    réalisée les 11 et 12 août mais pas les 13 et 14 août, l'effectif de la résidence étant réduit à un
    seul agent en raison des congés et d'un arrêt maladie non remplacé. Le passage de l'auxiliaire de
    vie du SAAD le 13 août a été considéré, à tort, comme valant visite du plan bleu."""),
    para("""4.2. La procédure d'appel du CCAS prévoit qu'une personne inscrite non jointe après deux
    appels fait l'objet d'une visite dans l'heure. Le 15 août, la seconde absence de réponse à 9 h 20
    n'a pas déclenché de visite immédiate : l'agent appelant, en renfort depuis la veille et non formé
    à la procédure, a noté l'absence de réponse en prévoyant un troisième appel à 11 h. L'enquête
    relève que le délai entre le second appel et la découverte (1 h 20) n'est pas conforme à la
    procédure, sans qu'il soit possible d'affirmer qu'une intervention plus précoce aurait modifié
    l'issue, l'heure du décès n'étant pas connue à ce stade."""),
    para("""4.3. La glycémie élevée relevée la veille au soir par l'infirmière n'a pas été transmise à la
    résidence ni au médecin de garde. L'infirmière a indiqué qu'elle avait conseillé à la résidente de
    boire et qu'elle comptait en parler au médecin traitant après le week-end. Cette information relève
    du secret médical ; elle n'est mentionnée ici qu'avec l'accord du parquet, dans le cadre du partage
    nécessaire à l'enquête."""),
    para("""4.4. Le logement 33, exposé au sud sous la toiture, présentait des températures intérieures
    supérieures à 30 °C depuis le 11 août selon les relevés des agents. La pièce rafraîchie de la
    résidence (salle d'animation climatisée) était ouverte, mais Mme Mercier ne s'y est pas rendue ;
    aucun agent ne l'a accompagnée."""),
    para("""4.5. Le neveu de Mme Mercier n'a été joint qu'à 12 h 15 le 15 août, son numéro ayant changé
    sans que le dossier soit mis à jour. Il a exprimé sa colère et annoncé son intention de porter
    plainte contre l'établissement. Il a été reçu par la directrice le 19 août."""),
    ("h", "5. Entretiens avec les agents"),
    para("""Sept agents ont été entendus. L'agent d'accueil de permanence, Mme Karima Boudjema, a décrit
    une semaine « intenable », seule pour 58 logements, avec des appels incessants. Elle a indiqué
    avoir signalé par écrit le 12 août à sa hiérarchie qu'elle ne pouvait pas assurer les visites du
    plan bleu. Ce courriel a bien été reçu par la direction de la résidence, qui était elle-même en
    congé et dont l'intérim n'avait pas été organisé. L'agent appelant en renfort, M. Théo Lacroix,
    agent des services techniques, a indiqué n'avoir reçu qu'une consigne orale sommaire."""),
    para("""Mme Boudjema a été très affectée par la découverte du corps. Elle a été placée en arrêt de
    travail du 16 au 31 août et a bénéficié d'un soutien psychologique dans le cadre du dispositif
    d'accompagnement des agents. Elle a repris son poste le 1er septembre."""),
    ("h", "6. Analyse"),
    para("""L'enquête met en évidence un enchaînement de défaillances organisationnelles plutôt qu'une
    faute individuelle : effectif insuffisant pendant la période estivale ; absence d'intérim de
    direction ; confusion entre les passages des intervenants extérieurs et les visites du plan bleu ;
    formation insuffisante des agents de renfort ; absence de circuit de transmission entre le cabinet
    infirmier et la résidence ; coordonnées familiales non actualisées. Le refus répété de la
    résidente de bénéficier d'équipements de rafraîchissement et d'aide, qui doit être respecté, aurait
    dû conduire à renforcer la surveillance plutôt qu'à l'alléger."""),
    ("h", "7. Mesures proposées"),
    para("""1) Garantir la présence de deux agents au minimum à la résidence pendant toute vigilance
    canicule, avec un veilleur de nuit physique. 2) Organiser systématiquement l'intérim de direction.
    3) Former chaque année, en mai, tous les agents susceptibles d'être mobilisés en renfort.
    4) Formaliser avec les cabinets infirmiers une fiche de liaison en période de vigilance.
    5) Actualiser deux fois par an les coordonnées des proches. 6) Installer des brise-soleil sur la
    façade sud et étudier la climatisation d'une pièce par étage. 7) Présenter le retour d'expérience
    au conseil de la vie sociale, dans le respect de la mémoire de la résidente et sans mention
    nominative."""),
    para("""La directrice propose également que le CCAS se constitue partie prenante du dialogue avec la
    famille, en proposant une rencontre avec le neveu en présence de la présidente."""),
    ("h", "8. Annexes"),
    para("""Annexe 1 : extraits du cahier de transmissions (11-15 août). Annexe 2 : journal de l'outil
    d'appel. Annexe 3 : procès-verbaux d'audition des agents. Annexe 4 : relevés de température des
    logements. Annexe 5 : courriel de l'agent d'accueil du 12 août. Annexe 6 : plan bleu de la
    résidence, version 2024."""),
    para("""Fait à Valcourbe, le 5 septembre 2025. La directrice du CCAS, Sandrine Vautrin."""),
]

DOCX_BLOCKS["s047_compte_rendu_conseil_administration_ccas_huis_clos.docx"] = [
    ("title", "CCAS de Valcourbe — Conseil d'administration du 11 décembre 2025"),
    para("""Procès-verbal. Présents : 13 administrateurs sur 16. Présidence : Mme Odile Ferrand-Lacaze,
    vice-présidente. Assistent : Mme Sandrine Vautrin, directrice ; Mme Marion Texier, responsable des
    ressources humaines (point 7) ; M. Lucas Bernardet, secrétaire de séance."""),
    ("h", "1. Budget primitif 2026"),
    para("""La directrice présente le budget principal (1 286 000 € en fonctionnement) et les deux
    budgets annexes. Les priorités sont la revalorisation du barème des aides facultatives, la création
    d'une aide au chauffage pour les plus de 75 ans non imposables, la pérennisation de l'équipe
    citoyenne de visiteurs, le recrutement d'un coordinateur « parcours seniors » et l'étude de
    l'habitat inclusif. M. Pouliquen salue l'aide au chauffage, réclamée par les associations de
    retraités. Mme Quintard demande que le montant de l'aide soit revu si les prix de l'énergie
    augmentent encore. Le budget est adopté à l'unanimité."""),
    ("h", "2. Tarifs 2026 du portage de repas, de la téléassistance et de la résidence"),
    para("""Portage : maintien des trois premières tranches, +2 % pour les deux tranches supérieures.
    Téléassistance : nouvelle grille issue du marché attribué à Val-Sorne Assistance, de 8,50 € à
    19,90 € par mois. Résidence : +2,4 %, redevance T1 bis portée à 524 €. Adoptés, M. Amrani
    s'abstenant sur les tarifs de la résidence."""),
    ("h", "3. Convention avec la plateforme de répit"),
    para("""Renouvellement pour trois ans de la convention de mise à disposition d'un bureau et
    d'organisation conjointe du café des aidants. Adopté à l'unanimité."""),
    ("h", "4. Règlement des aides facultatives"),
    para("""Le barème du reste à vivre est porté de 8 € à 10 € par jour et par personne. Les aides à
    l'énergie peuvent être versées deux fois par an. Le délai de réponse aux demandes urgentes est
    fixé à 48 heures. Adopté à l'unanimité."""),
    ("h", "5. Bilan du plan canicule et suites de l'enquête interne"),
    para("""La directrice présente le retour d'expérience public de l'été. Les mesures correctrices
    relatives à la résidence (effectif minimal, veilleur de nuit, brise-soleil) sont intégrées au
    budget. La présidente rappelle que l'enquête judiciaire est en cours et qu'aucun commentaire ne
    doit être fait à l'extérieur."""),
    ("h", "6. Informations diverses"),
    para("""Le repas des aînés a réuni 438 convives. Le nouveau logiciel du SAAD est déployé. La
    démarche « Ville amie des aînés » se poursuit avec un second atelier participatif."""),
    ("h", "7. Situation individuelle d'un agent — séance à huis clos"),
    para("""Le conseil décide, à l'unanimité, de se réunir à huis clos pour ce point. Le public et le
    secrétaire de séance quittent la salle ; le procès-verbal de ce point est rédigé par la
    responsable des ressources humaines et n'est pas publié."""),
    para("""La présidente informe le conseil qu'à l'issue de l'enquête administrative du 24 octobre,
    une procédure disciplinaire a été engagée à l'encontre de M. Julien Carré, agent d'animation
    contractuel à la résidence Les Tilleuls, pour des propos humiliants envers une résidente, son
    exclusion arbitraire d'une sortie et un emprunt d'argent auprès d'une autre résidente. Après
    entretien préalable le 20 novembre, en présence d'un délégué syndical FO, l'autorité territoriale
    a prononcé une exclusion temporaire de fonctions de trois jours. M. Carré a par ailleurs fait
    état, lors de l'entretien, d'une dette importante faisant l'objet d'une saisie sur salaire et d'un
    suivi pour un trouble anxieux ; la direction lui a proposé un rendez-vous avec l'assistante sociale
    du personnel. Son contrat, qui arrive à échéance le 28 février 2026, ne sera pas renouvelé sur le
    poste d'animation ; un reclassement sur un poste sans contact individuel avec les résidents pourra
    lui être proposé."""),
    para("""Mme Quintard demande si la résidente concernée a reçu des excuses. La présidente confirme
    qu'un courrier lui a été adressé le 30 octobre et qu'elle a été reçue par la directrice. M. Ganivet
    s'interroge sur l'absence d'entretien de fin de période d'essai ; la responsable des ressources
    humaines indique que la procédure a été rendue obligatoire pour tous les services."""),
    para("""Fin du huis clos à 20 h 05."""),
    ("h", "8. Questions diverses"),
    para("""Prochain conseil d'administration : jeudi 26 mars 2026 (compte administratif et rapport
    d'activité). La séance est levée à 20 h 20."""),
    para("""La vice-présidente, Odile Ferrand-Lacaze — Le secrétaire de séance, Lucas Bernardet.
    Point 7 : procès-verbal séparé, conservé au dossier de l'agent."""),
]

DOCX_BLOCKS["s048_dossier_demande_apa_formulaire.docx"] = [
    ("title", "Formulaire de demande d'aides à l'autonomie à domicile — dossier rempli"),
    ("table", [
        ["Rubrique", "Réponse"],
        ["Nom, prénom", "HADJ-AÏSSA Zohra, née BENAMAR"],
        ["Date et lieu de naissance", "22/11/1943 à Tlemcen (Algérie)"],
        ["Nationalité / titre de séjour", "algérienne — certificat de résidence de 10 ans valable "
         "jusqu'au 03/2031"],
        ["Adresse", "Cité des Chaumes, bât. B, apt 18, Valcourbe"],
        ["Situation familiale", "veuve depuis 2017 ; 5 enfants dont 1 à Valcourbe"],
        ["Ressources mensuelles", "ASPA 1 012 € ; pension de réversion 0 € (en cours)"],
        ["Patrimoine", "aucun bien immobilier ; livret A 240 €"],
        ["Aides actuelles", "aucune ; sa fille Nadia passe chaque soir"],
        ["Difficultés", "ne sort plus seule depuis une chute (fracture du poignet, mars) ; "
         "diabète ; ne lit pas le français"],
        ["Logement", "3e étage sans ascenseur ; humidité et moisissures signalées au bailleur"],
        ["Demande", "aide à domicile, téléassistance, portage de repas sans porc"],
        ["Personne ayant aidé à remplir", "Awa Diallo, CESF, CCAS de Valcourbe"],
    ]),
    para("""Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire.
    Fait à Valcourbe le 11/08/2025 — signature : empreinte et croix, en présence de la CESF."""),
]

DOCX_BLOCKS["s049_plan_continuite_activite_saad_confidentiel.docx"] = [
    ("title", "Plan de continuité d'activité du service autonomie à domicile — version 2025"),
    para("""CONFIDENTIEL — CCAS de Valcourbe. Document réservé à la direction, aux coordinatrices et aux
    agents d'astreinte. Il contient des informations nominatives et des éléments de sécurité dont la
    divulgation pourrait compromettre la sécurité des personnes accompagnées et des agents."""),
    ("h", "1. Objet et champ"),
    para("""Le présent plan organise la continuité des interventions essentielles du SAAD en cas
    d'événement majeur : épidémie, canicule ou grand froid, intempéries empêchant les déplacements,
    panne informatique ou téléphonique, indisponibilité massive du personnel, cyberattaque. Il
    complète le plan communal de sauvegarde et le plan bleu de la résidence."""),
    ("h", "2. Niveaux de priorité des personnes accompagnées"),
    para("""Niveau 1 (interventions à maintenir en toutes circonstances) : personnes vivant seules en
    GIR 1 et 2, personnes sans aidant pour les repas ou la prise de traitement, fins de vie à domicile.
    Niveau 2 (interventions pouvant être réduites) : personnes en GIR 3 et 4 ayant un aidant présent.
    Niveau 3 (interventions pouvant être suspendues) : entretien du logement, accompagnement aux
    courses. La liste de niveau 1 est tenue à jour chaque lundi par les coordinatrices."""),
    ("table", [
        ["Niveau 1 — extrait au 01/12/2025", "Adresse", "Motif", "Accès"],
        ["M. Lucien Poirier", "La Bergerie, Chézelles", "troubles cognitifs, vit seul",
         "boîte à clés, code 1936"],
        ["Mme Huguette Brunet", "7 rue du Four", "GIR 2, grabataire, escarres", "clé chez la voisine"],
        ["M. Armel Quéré", "3 place du Marché, 1er", "chutes répétées, anticoagulant",
         "boîte à clés, code 4410"],
        ["Mme Jeanne Picard", "12 chemin des Aulnes", "fin de vie, HAD",
         "porte ouverte en journée"],
        ["M. Raymond Chassagne", "chemin des Aulnes", "alcool, dénutrition", "clé au bureau, n° 17"],
    ]),
    ("h", "3. Organisation de crise"),
    para("""La cellule de crise du SAAD réunit la directrice du CCAS, la responsable du service et les
    deux coordinatrices. Elle est joignable sur le téléphone d'astreinte. En cas de panne du standard,
    le numéro de secours est le 06 08 71 22 49. Le serveur de planification étant hébergé en local,
    une copie papier des plannings de la semaine et de la liste de niveau 1 est imprimée chaque
    vendredi et conservée dans le coffre de la direction (combinaison remise sous pli aux membres de
    la cellule)."""),
    para("""Accès à distance au logiciel de planification en cas de fermeture des locaux : VPN du CCAS,
    identifiant de crise « pca.saad », mot de passe conservé dans l'enveloppe scellée n° 3 du coffre,
    à changer après chaque utilisation. Le prestataire informatique dispose d'une astreinte le
    week-end au 05 49 61 90 00, contrat n° INF-2291."""),
    ("h", "4. Personnel"),
    para("""Seuil critique : en dessous de 60 % d'auxiliaires disponibles, passage en mode dégradé
    (niveau 1 et 2 uniquement). Appel au pool intercommunal de remplacement. Les agents administratifs
    titulaires du diplôme d'auxiliaire de vie (deux agents) peuvent être mobilisés. Les agents
    vulnérables sur le plan médical, dont la liste est tenue par la médecine préventive et non par le
    service, sont exemptés des interventions auprès des personnes contagieuses."""),
    ("h", "5. Déplacements"),
    para("""En cas de neige ou de verglas, les tournées des hameaux sont regroupées et assurées avec
    les deux véhicules équipés de pneus neige. La mairie met à disposition un véhicule 4x4 des
    services techniques avec chauffeur. Les personnes de niveau 1 des hameaux sont prévenues la
    veille par téléphone."""),
    ("h", "6. Épidémie"),
    para("""Stock de sécurité : 4 000 masques chirurgicaux, 400 FFP2, 60 surblouses, 20 litres de
    solution hydroalcoolique, conservés au local du sous-sol (clé au bureau de la responsable).
    Les auxiliaires intervenant chez une personne contagieuse sont regroupées en équipe dédiée."""),
    ("h", "7. Cyberattaque"),
    para("""En cas de rançongiciel, ne pas éteindre les postes, débrancher le câble réseau, prévenir
    le prestataire et le délégué à la protection des données. Reprendre le fonctionnement sur la
    copie papier. Déclaration à la CNIL sous 72 heures si des données personnelles sont compromises.
    La sauvegarde externalisée est réalisée chaque nuit à 2 h ; la clé de chiffrement est conservée
    par le prestataire et, en double, dans le coffre de la direction."""),
    ("h", "8. Mise à jour"),
    para("""Plan revu chaque année en octobre et après chaque activation. Exercice annuel en novembre.
    Version validée le 1er décembre 2025 par la directrice du CCAS."""),
]

DOCX_BLOCKS["s050_tableau_suivi_mesures_protection.docx"] = [
    ("title", "Suivi des demandes de mesures de protection — service Seniors (interne)"),
    ("table", [
        ["Personne", "Âge", "Motif", "Démarche", "État au 30/11/2025"],
        ["M. Lucien Poirier", "88", "Alzheimer, démarchage, virement frauduleux",
         "requête de la fille (curatelle renforcée)", "audition prévue 12/12"],
        ["Mme Irène Lopes", "81", "emprise d'un voisin, troubles cognitifs",
         "signalement au procureur", "sauvegarde de justice prononcée 10/07"],
        ["M. Gilles Marboeuf", "74", "jeu pathologique", "tutelle ATI existante",
         "renouvellement en cours"],
        ["Mme Marthe Delaunay", "92", "Alzheimer évolué", "requête de la fille",
         "tutelle prononcée, fille tutrice"],
        ["M. Robert Lemoine", "71", "alcool, violences", "curatelle existante",
         "demande de renforcement par le curateur"],
    ]),
    para("""Tableau tenu par Nadia Sebbagh. Ne pas transmettre hors du service."""),
]

DOCX_BLOCKS["s051_courrier_procureur_abus_faiblesse.docx"] = [
    ("title", "Signalement au procureur de la République — abus de faiblesse présumé"),
    para("""Monsieur le Procureur, le CCAS de Valcourbe porte à votre connaissance la situation de
    M. Bernard Thouvenel, 85 ans, hameau de Chézelles, veuf, bénéficiaire du portage de repas. Depuis
    septembre, un couple se présentant comme des « amis de l'église évangélique » qu'il fréquente
    s'est installé dans sa maison. M. Thouvenel, qui présente selon son médecin des troubles
    cognitifs débutants, a signé le 2 octobre une procuration sur son compte au profit de l'homme,
    M. Dimitri Vasquez, et a vendu son véhicule au couple pour 500 €. L'agent de portage a constaté
    que M. Thouvenel ne disposait plus de son téléphone portable et semblait effrayé ; il a murmuré
    « ils prient pour moi mais ils prennent tout »."""),
    para("""Nous sollicitons une enquête et, le cas échéant, la saisine du juge des contentieux de la
    protection. Pièces jointes : attestation de l'agent de portage, note de la coordinatrice.
    Valcourbe, le 21 octobre 2025. Pour la présidente du CCAS, la directrice, Sandrine Vautrin."""),
]

DOCX_BLOCKS["s052_projet_accompagnement_personnalise_residente.docx"] = [
    ("title", "Projet d'accompagnement personnalisé — résidence autonomie Les Tilleuls"),
    para("""Résident : M. Khalid Benchekroun, logement 9. Date d'entrée : 4 mars 2021. Référente :
    Mme Karima Boudjema. Élaboré le 12 septembre 2025 avec le résident, en présence de sa fille,
    Mme Samira Benchekroun, à la demande du résident. Révision prévue en mars 2026."""),
    ("h", "1. Histoire de vie et habitudes"),
    para("""Né en 1946 à Oujda, arrivé en France en 1968, M. Benchekroun a travaillé trente-cinq ans
    comme fondeur dans une usine de Bréville. Il a été délégué syndical CFDT pendant quinze ans et en
    parle avec fierté. Marié en 1972, il a eu trois enfants. Son épouse, Fatima, est décédée en
    janvier 2025 après une longue maladie ; ils vivaient ensemble à la résidence depuis 2021."""),
    para("""Il est musulman pratiquant. Il fait ses prières dans son logement et souhaite pouvoir se
    rendre à la mosquée de Bréville le vendredi ; le transport solidaire l'y conduit une semaine sur
    deux. Il ne consomme ni porc ni alcool ; ses repas au restaurant de la résidence sont adaptés. Il
    jeûne pendant le ramadan malgré les recommandations de son médecin ; un aménagement des horaires
    de repas et des passages infirmiers a été convenu en 2025 avec son accord."""),
    para("""Il aime le jardinage, le football à la télévision et les dominos. Il participe à l'atelier
    jardin de la résidence. Il se lève tôt et apprécie le calme le matin."""),
    ("h", "2. Santé et autonomie"),
    para("""GIR 4. Insuffisance cardiaque, diabète de type 2 sous antidiabétiques oraux, arthrose des
    genoux (canne). Depuis le décès de son épouse, un syndrome dépressif a été diagnostiqué ; en mai,
    il a tenu des propos suicidaires devant une bénévole, ce qui a conduit à l'intervention de l'équipe
    mobile de psychiatrie du sujet âgé. Il est depuis suivi au CMP de Valcourbe tous les quinze jours
    et traité par antidépresseur. Il dit aller « un peu mieux » et dort mieux. Il a perdu 6 kg entre
    janvier et juin ; son poids est stable depuis juillet."""),
    ("h", "3. Souhaits exprimés par le résident"),
    para("""« Je veux rester ici, dans le logement où j'ai vécu avec ma femme. Je ne veux pas aller en
    maison de retraite. Je veux continuer le jardin. Je voudrais voir plus souvent mes petits-enfants.
    Je ne veux pas qu'on me parle comme à un malade. » Il souhaite que ses enfants soient informés de
    son état de santé, mais pas ses voisins. Il demande que son imam puisse lui rendre visite s'il
    était hospitalisé et, en cas de décès, être inhumé au Maroc, auprès de ses parents ; une assurance
    rapatriement a été souscrite."""),
    ("h", "4. Objectifs et actions"),
    ("table", [
        ["Objectif", "Action", "Qui", "Échéance"],
        ["Prévenir l'isolement", "visite hebdomadaire d'un bénévole arabophone ; atelier jardin",
         "animatrice", "en cours"],
        ["Suivre l'humeur", "point mensuel avec la référente ; lien avec le CMP (avec accord)",
         "référente", "mensuel"],
        ["Prévenir la dénutrition", "pesée mensuelle ; collation l'après-midi", "infirmière",
         "mensuel"],
        ["Maintenir la mobilité", "gymnastique douce 2 fois/semaine", "animatrice", "en cours"],
        ["Liens familiaux", "appel vidéo le dimanche avec les petits-enfants de Lille",
         "fille + animatrice", "dès octobre"],
        ["Respect des pratiques", "transport mosquée 1 vendredi/2 ; repas adaptés",
         "direction", "en cours"],
    ]),
    ("h", "4 bis. Points de vigilance partagés avec l'équipe"),
    para("""La date anniversaire du décès de son épouse, en janvier, sera une période sensible ; la
    référente proposera une présence renforcée et prendra contact avec le CMP, avec son accord. En
    cas de propos inquiétants, l'équipe ne reste pas seule : elle appelle la directrice et, si
    besoin, le 3114 ou le 15. M. Benchekroun a demandé que sa fille soit prévenue en premier. Les
    autres résidents n'ont pas à connaître son suivi ; s'ils posent des questions, l'équipe répond
    qu'il traverse un deuil."""),
    ("h", "5. Directives anticipées et personne de confiance"),
    para("""M. Benchekroun a désigné sa fille Samira comme personne de confiance. Il ne souhaite pas
    rédiger de directives anticipées pour l'instant ; il le reverra avec son médecin."""),
    para("""Ses deux fils, domiciliés à Lille et à Casablanca, seront informés des décisions
    importantes par leur sœur, selon le souhait exprimé par leur père lors de l'entretien."""),
    ("h", "6. Signatures"),
    para("""Le résident : K. Benchekroun. La référente : K. Boudjema. La directrice : É. Chaumont.
    Document confidentiel conservé dans le dossier du résident."""),
]

DOCX_BLOCKS["s053_bilan_ergotherapeute_prevention_chutes.docx"] = [
    ("title", "Bilan d'ergothérapie à domicile — prévention des chutes"),
    para("""Bénéficiaire : Mme Rosa Mendes, 83 ans, 3 cité des Chaumes, Valcourbe. Prescripteur :
    plateforme prévention des chutes (conférence des financeurs). Visite du 18 décembre 2025 par
    Mme Léonie Carpentier, ergothérapeute."""),
    para("""Contexte : quatre chutes en 2025, dont une avec station prolongée au sol le 14 décembre.
    Ostéoporose fracturaire (tassement vertébral), vertiges orthostatiques, cataracte non opérée,
    traitement par somnifère et anxiolytique depuis le décès de son fils. Test « timed up and go » :
    24 secondes (risque élevé)."""),
    para("""Préconisations : retrait des tapis ; barre d'appui et siège de douche ; rehausseur de WC ;
    chemin lumineux ; déambulateur à roulettes ; détecteur de chute (déjà en place) ; consultation
    ophtalmologique ; réévaluation médicamenteuse par le médecin traitant ; ateliers équilibre."""),
]

DOCX_BLOCKS["s054_contrat_prestation_teleassistance_tarifs_confidentiels.docx"] = [
    ("title", "Marché de téléassistance 2026-2029 — acte d'engagement et annexe financière"),
    para("""Entre le CCAS de Valcourbe, représenté par sa vice-présidente, et la société Val-Sorne
    Assistance SAS, ZA du Grand Pré, Bréville, représentée par M. Frédéric Aumont, président."""),
    ("h", "Article 1 — Objet"),
    para("""Le marché a pour objet la fourniture, l'installation et la maintenance de dispositifs de
    téléassistance au domicile des personnes abonnées au service du CCAS, la gestion d'une centrale
    d'écoute 24 h/24, l'organisation de l'intervention des référents et des secours, et la fourniture
    d'options (détecteur de chute, détecteur de fumée, téléassistance mobile géolocalisée)."""),
    ("h", "Article 2 — Durée"),
    para("""Un an à compter du 1er janvier 2026, reconductible tacitement trois fois."""),
    ("h", "Article 3 — Obligations du titulaire"),
    para("""Délai d'installation : 72 heures ouvrées après la demande, 24 heures en cas de sortie
    d'hospitalisation. Délai de décroché : 90 % des appels en moins de 30 secondes. Opérateurs formés
    à l'écoute des personnes âgées et à la gestion des situations de détresse. Hébergement des données
    chez un hébergeur certifié de données de santé. Rapport mensuel d'activité au CCAS. Appels de
    convivialité mensuels aux abonnés isolés qui le souhaitent."""),
    ("h", "Article 4 — Confidentialité"),
    para("""Le titulaire est tenu au secret professionnel pour toutes les informations relatives aux
    abonnés. Les conditions financières figurant à l'annexe 1 relèvent du secret des affaires du
    titulaire et ne sont pas communicables aux tiers, à l'exception du montant global du marché."""),
    ("h", "Article 5 — Pénalités"),
    para("""Retard d'installation : 20 € par jour. Non-respect du délai de décroché sur un mois :
    5 % de la facture mensuelle. Absence de rapport mensuel : 100 €."""),
    ("h", "Annexe 1 — Bordereau des prix et décomposition (confidentiel — secret des affaires)"),
    ("table", [
        ["Poste", "Prix unitaire HT", "dont coût direct", "dont marge"],
        ["Abonnement boîtier + médaillon (mensuel)", "9,95 €", "6,40 €", "1,85 €"],
        ["Option détecteur de chute (mensuel)", "3,60 €", "2,20 €", "0,80 €"],
        ["Option détecteur de fumée (mensuel)", "1,50 €", "0,95 €", "0,30 €"],
        ["Téléassistance mobile (mensuel)", "17,80 €", "11,30 €", "3,90 €"],
        ["Installation", "0,00 € (offerte)", "28,00 €", "—"],
        ["Remplacement matériel perdu", "32,00 €", "24,00 €", "8,00 €"],
    ]),
    para("""Remise commerciale : 6 % sur l'abonnement au-delà de 450 abonnés actifs. Ces prix sont
    consentis à titre exceptionnel et sont inférieurs de 18 % au tarif catalogue du titulaire ; ils ne
    sauraient constituer une référence pour d'autres clients. Frais généraux imputés : 1,70 € par
    abonnement. Hypothèse de taux d'appels : 0,6 appel par abonné et par mois."""),
    ("h", "Annexe 2 — Montant global"),
    para("""Montant estimatif annuel : 61 400 € HT pour 480 abonnés. Fait à Valcourbe le 28 novembre
    2025. Pour le CCAS : Odile Ferrand-Lacaze. Pour le titulaire : Frédéric Aumont."""),
]

DOCX_BLOCKS["s055_rapport_visite_domicile_insalubrite.docx"] = [
    ("title", "Rapport de visite à domicile — service communal d'hygiène et de santé"),
    para("""Adresse : 9 rue des Tanneurs, Valcourbe. Occupante : Mme Henriette Lagrange, 81 ans,
    propriétaire. Visite du 4 novembre 2025 avec la coordinatrice du CCAS et le médecin de l'équipe
    mobile de psychiatrie du sujet âgé, à la suite d'une pétition de voisins."""),
    para("""Constat : accumulation massive d'objets et de déchets dans toutes les pièces, présence de
    rongeurs, absence d'eau chaude, installation électrique dangereuse. Mme Lagrange, lucide sur
    certains sujets, minimise la situation ; le médecin évoque un syndrome de Diogène sur fond de
    trouble psychotique ancien, non suivi depuis 2012. Elle refuse une hospitalisation."""),
    para("""Proposition : pas d'arrêté d'insalubrité immédiat ; désencombrement progressif avec son
    accord, visites hebdomadaires de l'équipe mobile, signalement au procureur en vue d'une mesure de
    protection si la situation n'évolue pas en trois mois."""),
]

DOCX_BLOCKS["s056_note_dgs_incident_livreur_agression.docx"] = [
    ("title", "Note à M. le directeur général des services — agression d'un agent de portage"),
    para("""Le 9 octobre 2025 à 10 h 50, M. Yannick Peltier, agent de portage, a été agressé rue de la
    Forge par M. Kevin Dubreuil, 29 ans, petit-fils d'une bénéficiaire, qui lui reprochait de « fouiner
    chez sa grand-mère » après un signalement au CCAS. M. Peltier a reçu un coup de poing au visage
    (ITT de 4 jours). M. Dubreuil, déjà connu des services de gendarmerie pour violences et trafic de
    stupéfiants, a été placé en garde à vue le jour même ; il sera jugé en comparution immédiate le
    12 novembre. Une plainte a été déposée par l'agent et la collectivité accorde la protection
    fonctionnelle."""),
    para("""La bénéficiaire, Mme Suzanne Rigaud, continue de recevoir ses repas, livrés désormais par un
    binôme. Un signalement pour suspicion de maltraitance financière par le petit-fils avait été
    transmis au procureur le 2 octobre."""),
]

DOCX_BLOCKS["s057_synthese_entretiens_aidants_etude.docx"] = [
    ("title", "Étude « Les aidants invisibles du Val-de-Sorne » — rapport final sous licence"),
    para("""© Cabinet Altérités Conseil, 2025. Rapport remis au CCAS de Valcourbe dans le cadre d'une
    licence d'utilisation interne non exclusive (contrat n° AC-2025-14). Toute reproduction,
    diffusion ou publication, totale ou partielle, en dehors des services du CCAS est interdite sans
    l'autorisation écrite du cabinet. La méthode d'analyse « Cartographie des fardeaux invisibles »
    est la propriété du cabinet."""),
    ("h", "1. Méthode propriétaire"),
    para("""Notre méthode croise trois instruments développés par le cabinet depuis 2016 : une grille
    d'entretien semi-directif en 42 items, une échelle pondérée du fardeau tenant compte des
    ressources du territoire, et un algorithme de classement des aidants en six profils (« sentinelle »,
    « funambule », « épuisé silencieux », « gestionnaire », « relayé », « rupture imminente »). Les
    coefficients de pondération, issus de 1 400 entretiens réalisés dans onze départements, sont
    présentés en annexe confidentielle et ne peuvent être réutilisés."""),
    ("h", "2. Principaux enseignements"),
    para("""Sur les 48 aidants rencontrés à Valcourbe et dans les communes voisines, 31 % relèvent du
    profil « épuisé silencieux » et 12 % du profil « rupture imminente ». Les aidants de personnes
    atteintes de troubles cognitifs déclarent en moyenne 62 heures d'aide par semaine. Le recours au
    répit est freiné par la culpabilité, le coût et la méconnaissance de l'offre. Les aidants salariés
    n'informent leur employeur que dans un cas sur quatre."""),
    para("""Nos recommandations, fondées sur les modules d'intervention du cabinet (« Relais 360 »,
    « Aidant-Pivot »), sont détaillées au chapitre 4 ; leur mise en œuvre hors accompagnement du
    cabinet n'est pas couverte par la licence."""),
    ("h", "3. Tarification de l'accompagnement"),
    para("""Module « Relais 360 » : 14 jours-consultant à 980 € HT. Module « Aidant-Pivot » : 9 jours à
    1 050 € HT. Remise collectivités de moins de 10 000 habitants : 12 %."""),
]

DOCX_BLOCKS["s058_fiche_evenement_indesirable_residence.docx"] = [
    ("title", "Fiche de déclaration d'événement indésirable"),
    ("table", [
        ["Champ", "Contenu"],
        ["Date / heure", "03/11/2025, 12 h 20"],
        ["Lieu", "Résidence Les Tilleuls, restaurant"],
        ["Personne concernée", "M. Jean-Baptiste Okafor, logement 14"],
        ["Description", "repas standard servi au lieu du repas diabétique ; M. Okafor, amputé "
         "l'an dernier, a présenté une hyperglycémie à 3,40 g/l au contrôle de 16 h"],
        ["Conséquences", "appel du médecin traitant ; pas d'hospitalisation"],
        ["Cause identifiée", "étiquette de régime absente sur la barquette (erreur du prestataire)"],
        ["Déclarant", "Karima Boudjema"],
        ["Mesures", "double vérification des régimes au service ; réclamation au prestataire"],
    ]),
]

DOCX_BLOCKS["s059_liste_agents_astreinte_codes_alarme.docx"] = [
    ("title", "Astreintes de décembre 2025 — direction et technique"),
    ("table", [
        ["Semaine", "Astreinte direction", "Portable", "Astreinte technique", "Portable"],
        ["49", "S. Vautrin", "06 14 22 58 70", "T. Lacroix", "06 31 40 11 82"],
        ["50", "N. Sebbagh", "06 62 09 33 14", "P. Girard", "06 75 18 90 23"],
        ["51", "É. Chaumont", "06 88 41 27 05", "T. Lacroix", "06 31 40 11 82"],
        ["52", "S. Vautrin", "06 14 22 58 70", "P. Girard", "06 75 18 90 23"],
    ]),
    para("""Codes utiles pour l'astreinte : alarme CCAS rue Gambetta 5 8 2 6 puis OFF ; alarme
    résidence (bureaux) 660413 ; coffre de la direction 19-04-77 ; téléphone d'astreinte code PIN
    2468. Ne pas afficher, ne pas photographier."""),
]

DOCX_BLOCKS["s060_compte_rendu_entretien_famille_hebergement.docx"] = [
    ("title", "Compte rendu d'entretien avec la famille — projet d'entrée en établissement"),
    para("""Personne concernée : Mme Gisèle Aumont, 88 ans. Présents : ses trois enfants (Patrick,
    Nadine, Sébastien), la coordinatrice du DAC, l'assistante sociale. Date : 7 juillet 2025."""),
    para("""Les enfants sont en désaccord. Patrick, qui vit avec sa mère depuis son divorce et son
    licenciement, s'oppose à l'entrée en EHPAD ; les deux autres l'accusent de vivre de la pension de
    leur mère et de ne pas payer les factures (dette d'énergie de 2 100 €). Nadine indique avoir
    déposé une main courante en juin après une dispute violente avec son frère. Le coût de l'EHPAD
    (2 450 € par mois) dépasse les ressources de Mme Aumont ; l'aide sociale à l'hébergement
    impliquerait une obligation alimentaire des enfants, que Sébastien, au chômage, ne peut assumer."""),
    para("""Suite : saisine du juge pour une mesure de protection confiée à un professionnel ; demande
    d'aide sociale à l'hébergement ; entretien individuel proposé à Patrick avec l'assistante sociale."""),
]


# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_fil_discussion_beneficiaires.html"] = (
    "Intranet CCAS — Forum des coordinatrices",
    """
<header><p>Intranet du CCAS de Valcourbe — Espace « Coordination SAAD » — accès restreint</p></header>
<h1>Fil : « Week-end du 8-9 novembre — transmissions »</h1>
<article>
<h2>Yasmina Haddad — vendredi 7 novembre, 17 h 42</h2>
<p>Bonsoir à toutes, voici les points pour le week-end d'astreinte de Claire :</p>
<ul>
<li>Mme Tavernier (Pradelles) : son mari est parti hier en hébergement temporaire aux Glycines pour
trois semaines. Elle est soulagée mais culpabilise beaucoup. Passage de courtoisie samedi.</li>
<li>M. Lefebvre (rue du Four) : l'infirmière dit que l'ulcère s'infecte, il refuse toujours
l'hôpital. Il fume encore à côté de l'oxygène : consigne de sécurité maintenue.</li>
<li>Mme Keita (Cité des Chaumes) : sa fille est toujours détenue, le parloir est le samedi. Mme Keita
voudrait y aller mais n'a pas de moyen de transport ; j'ai vu avec l'association d'aide aux familles
de détenus, qui peut l'accompagner le 15.</li>
<li>M. Hérault : rechute d'alcool probable, l'auxiliaire l'a trouvé alcoolisé jeudi à 9 h. Il ne veut
pas qu'on prévienne le CSAPA. On en reparle lundi.</li>
</ul>
</article>
<article>
<h2>Claire Morvan — samedi 8 novembre, 10 h 15</h2>
<p>Passée chez Mme Tavernier : elle a pleuré pendant une heure, elle dit qu'elle a « abandonné »
son mari. Je lui ai donné le numéro de la psychologue de la plateforme. Elle a aussi des ecchymoses
sur le bras qu'elle attribue au dernier soir avant le départ de son mari, quand il s'est débattu
pendant la toilette. Je l'ai notée dans son dossier.</p>
<p>Pour Mme Roux (Tilleuls 8) : la psychogériatre a confirmé un délire de préjudice ; nouveau
traitement depuis mercredi. Elle a de nouveau accusé Sylvie de lui voler son linge ce matin. Sylvie
va bien, elle a l'habitude, mais je préfère qu'on alterne avec Sandrine la semaine prochaine.</p>
</article>
<article>
<h2>Claire Morvan — dimanche 9 novembre, 18 h 03</h2>
<p>Appel de la téléassistance à 14 h : M. Faucher (rue de la Forge) est sorti du CHS de la Sorne
vendredi, il est rentré chez lui. Son fils est inquiet parce qu'il ne prend pas son lithium
régulièrement. On peut proposer un passage quotidien pour la prise du traitement ? L'infirmière
psychiatrique du CMP passe le mardi seulement.</p>
<p>Mme Jouanneau (fils) : les obsèques de sa maman ont lieu mardi à 14 h 30 à l'église de
Valcourbe ; plusieurs auxiliaires veulent y aller, je propose d'adapter le planning.</p>
</article>
<article>
<h2>Nadia Sebbagh — lundi 10 novembre, 8 h 20</h2>
<p>Merci Claire. Pour M. Faucher : oui, passage quotidien à proposer avec son accord, à intégrer au
plan d'aide PCH. Pour M. Hérault : on respecte son refus, mais j'appelle son médecin traitant avec
son accord si possible. Pour Mme Tavernier : bien noter les ecchymoses, datées et décrites, et
vérifier avec elle si elle a vu son médecin. Rappel à toutes : ce forum est réservé aux
coordinatrices, ne copiez rien dans les messageries des téléphones.</p>
</article>
<footer><p>Les contenus de cet espace sont couverts par le secret professionnel partagé.</p></footer>
""",
)

HTML_PAGES["s062_page_intranet_planning_tournees_portage.html"] = (
    "Planning des tournées de portage — semaine 47",
    """
<h1>Planning des tournées de portage de repas — semaine 47 (17 au 21 novembre 2025)</h1>
<p>Document de travail des agents de portage. Imprimé chaque lundi, à détruire le vendredi.
Les codes d'accès ne doivent jamais être recopiés ailleurs.</p>
<h2>Tournée 1 — Bourg et hameaux est (agent : Yannick Peltier)</h2>
<table>
<tr><th>Ordre</th><th>Bénéficiaire</th><th>Adresse</th><th>Régime</th><th>Accès / consignes</th></tr>
<tr><td>1</td><td>M. Armel Quéré</td><td>3 place du Marché, 1er</td><td>sans sel</td>
<td>boîte à clés 4410 ; sonner deux fois, il met du temps</td></tr>
<tr><td>2</td><td>Mme Yolande Mérieux</td><td>5 rue Saint-Exupéry</td><td>standard</td>
<td>paiement en retard, ne pas évoquer, voir CCAS</td></tr>
<tr><td>3</td><td>M. Raymond Chassagne</td><td>chemin des Aulnes</td><td>enrichi (dénutrition)</td>
<td>clé n° 17 ; vérifier s'il mange ; signaler bouteilles</td></tr>
<tr><td>4</td><td>Mme Jeanne Picard</td><td>12 chemin des Aulnes</td><td>mixé</td>
<td>fin de vie, HAD ; déposer au frigo, ne pas déranger</td></tr>
<tr><td>5</td><td>M. Lucien Poirier</td><td>La Bergerie, Chézelles</td><td>diabétique</td>
<td>boîte à clés 1936 ; désorienté, vérifier le gaz coupé</td></tr>
<tr><td>6</td><td>M. Bernard Thouvenel</td><td>Chézelles</td><td>standard</td>
<td>ATTENTION : personnes hébergées chez lui, signalement en cours ; ne rien remettre
à un tiers</td></tr>
<tr><td>7</td><td>Mme Paulette Marchal</td><td>3 impasse du Moulin, Grange-Basse</td><td>mixé</td>
<td>le fils peut être alcoolisé, ne pas entrer seul si tension</td></tr>
</table>
<h2>Tournée 2 — Cité des Chaumes, Près-Salés (agent : Dylan Ferreira-Costa)</h2>
<table>
<tr><th>Ordre</th><th>Bénéficiaire</th><th>Adresse</th><th>Régime</th><th>Accès / consignes</th></tr>
<tr><td>1</td><td>Mme Lucette Aubertin</td><td>4 rue de la Forge</td><td>standard</td>
<td>malentendante, frapper fort</td></tr>
<tr><td>2</td><td>Mme Aminata Traoré</td><td>Chaumes D 15</td><td>sans porc</td>
<td>repas pris en charge par le CCAS jusqu'au 30/11</td></tr>
<tr><td>3</td><td>M. Antonio Guerra</td><td>2 impasse Lavoisier</td><td>standard</td>
<td>suivi CMP ; si confus, prévenir coordinatrice</td></tr>
<tr><td>4</td><td>Mme Suzanne Rigaud</td><td>24 rue de la Forge</td><td>mixé</td>
<td>livraison en BINÔME obligatoire depuis l'agression du 09/10</td></tr>
<tr><td>5</td><td>M. Henri Salaün</td><td>Chaumes B 33</td><td>standard</td>
<td>tutelle familiale, frère passe le mercredi</td></tr>
<tr><td>6</td><td>Mme Samira Ibrahim</td><td>Chaumes D 44</td><td>diabétique</td>
<td>non-voyante ; annoncer chaque plat ; chien guide</td></tr>
<tr><td>7</td><td>M. Bruno Zanetti</td><td>27 rue des Près-Salés</td><td>standard</td>
<td>méfiant, ne veut que Dylan</td></tr>
</table>
<h2>Tournée 3 — Résidence Les Tilleuls et Lusignac (agent : Sonia Lebègue)</h2>
<table>
<tr><th>Ordre</th><th>Bénéficiaire</th><th>Adresse</th><th>Régime</th><th>Accès / consignes</th></tr>
<tr><td>1</td><td>M. Jean-Baptiste Okafor</td><td>Tilleuls 14</td><td>diabétique STRICT</td>
<td>vérifier l'étiquette (erreur du 03/11)</td></tr>
<tr><td>2</td><td>M. Gilles Marboeuf</td><td>Tilleuls 19</td><td>standard</td>
<td>ne pas lui prêter d'argent même s'il insiste</td></tr>
<tr><td>3</td><td>Mme Ginette Roux</td><td>Tilleuls 8</td><td>haché</td>
<td>délire de vol : ne jamais entrer sans elle</td></tr>
<tr><td>4</td><td>M. et Mme Verdier</td><td>Tilleuls 47</td><td>haché + standard</td>
<td>Parkinson : couper la viande</td></tr>
</table>
<h2>Changements de la semaine</h2>
<ul>
<li>Mme Jeanne Picard : si décès, prévenir immédiatement la coordinatrice et ne pas livrer ;
l'HAD informera la famille.</li>
<li>M. Okafor : régime diabétique strict confirmé par le médecin après l'hyperglycémie du 03/11,
et repas sans porc par conviction ; vérifier les deux étiquettes.</li>
<li>Mme Aminata Traoré : le fils récupère désormais le repas au rez-de-chaussée les jours où il est
présent ; ne remettre le repas qu'à lui ou à elle.</li>
<li>M. Lucien Poirier : audience du juge des tutelles le 12/12 ; la fille sera présente ce jour-là,
ne pas s'inquiéter de la présence de visiteurs.</li>
<li>M. Antonio Guerra : nouveau traitement, peut être somnolent ; laisser sonner longtemps.</li>
<li>Tournée 2 : la rue de la Forge est en travaux du 18 au 20, stationner place Lavoisier.</li>
<li>Tournée 3 : Mme Raymonde Petit (Tilleuls 29) reprend le portage le soir après sa sortie de
pneumologie ; repas enrichi, la prévenir par l'interphone car elle entend mal.</li>
<li>Tournée 1 : Mme Marchal — le fils a un nouveau rendez-vous au tribunal le 19, il sera absent ;
sonner chez la voisine qui a la clé.</li>
</ul>
<h2>Rappels généraux</h2>
<p>En cas de non-réponse : appeler le référent, puis la coordinatrice (06 62 09 33 14). Ne jamais
laisser un repas devant une porte. Signaler toute situation préoccupante le jour même, par
téléphone et non par SMS. Les boîtes à clés sont changées le 1er décembre : les nouveaux codes
seront remis en main propre.</p>
""",
)

HTML_PAGES["s063_export_crm_visiteurs_benevoles.html"] = (
    "Fiches bénévoles — export",
    """
<h1>Équipe citoyenne « Les Visiteurs du Val » — fiches d'engagement (export interne)</h1>
<table>
<tr><th>Bénévole</th><th>Âge</th><th>Visites</th><th>Extrait B3 fourni</th><th>Remarque coordination</th></tr>
<tr><td>Brigitte Lamarque</td><td>67</td><td>Mme Kowalczyk</td><td>oui, néant</td><td>très fiable</td></tr>
<tr><td>Gérard Hubert</td><td>72</td><td>Mme Ribeiro</td><td>oui, néant</td><td>—</td></tr>
<tr><td>Sofiane Mekki</td><td>19</td><td>M. Benchekroun</td><td>oui, néant</td><td>service civique</td></tr>
<tr><td>Patrice Dorval</td><td>54</td><td>en attente</td><td>oui — mention : condamnation 2019
pour escroquerie (sursis)</td><td>candidature suspendue ; entretien avec la présidente ; ne pas
affecter auprès de personnes seules</td></tr>
<tr><td>Martine Joly</td><td>61</td><td>M. Mary</td><td>oui, néant</td>
<td>traverse un cancer, souhaite continuer à son rythme</td></tr>
</table>
<p>Données réservées à la coordinatrice et à la présidente de l'association.</p>
""",
)

HTML_PAGES["s064_newsletter_interne_hommage_agent.html"] = (
    "La Lettre du CCAS — décembre 2025",
    """
<h1>La Lettre du CCAS — n° 38 — décembre 2025 (diffusion interne)</h1>
<h2>Bienvenue</h2>
<p>Nous accueillons Aurélie et Mehdi, auxiliaires de vie, et Sonia, agent de portage sur la tournée
3. Bienvenue à eux !</p>
<h2>Le repas des aînés</h2>
<p>438 convives, un record ! Merci aux 22 agents et bénévoles qui ont assuré le service.</p>
<h2>Des nouvelles de Martine</h2>
<p>Beaucoup d'entre vous demandent des nouvelles de Martine Leclerc, notre chargée d'accueil. Avec
son accord, nous pouvons vous dire qu'elle poursuit sa chimiothérapie au CHU de Poitiers pour son
cancer du côlon et qu'elle espère reprendre à mi-temps thérapeutique au printemps. Elle vous
remercie pour vos cartes et vous demande de ne pas l'appeler pendant les cures, qu'elle vit
difficilement. Une cagnotte est ouverte à l'accueil pour lui offrir des paniers repas.</p>
<h2>Formation</h2>
<p>Session « bientraitance » les 15 et 16 janvier, inscriptions auprès de Marion.</p>
<h2>Agenda</h2>
<p>Pot de fin d'année le vendredi 19 décembre à 16 h, salle du conseil.</p>
""",
)

HTML_PAGES["s065_messagerie_securisee_medecin_coordonnateur.html"] = (
    "MSSanté — message",
    """
<p><strong>De :</strong> dr.pasquier@sante-valdesorne.mssante.fr<br>
<strong>À :</strong> direction.tilleuls@ccas-valcourbe.mssante.fr<br>
<strong>Objet :</strong> M. Robert Lemoine (logement 21)<br>
<strong>Date :</strong> 14/10/2025 18:32</p>
<p>Madame la Directrice,</p>
<p>Suite à notre réunion avec le curateur : je confirme que M. Lemoine présente une dépendance à
l'alcool sévère avec des troubles cognitifs débutants (probable encéphalopathie). Il a accepté une
cure de sevrage au service d'addictologie de Bréville à partir du 3 novembre (trois semaines). Son
traitement par baclofène sera réadapté à la sortie. Je soutiens son maintien dans la résidence à
son retour à condition d'un suivi hebdomadaire à la consultation d'addictologie et de passages
infirmiers quotidiens.</p>
<p>Au sujet des menaces envers sa voisine du logement 23 : le curateur m'a indiqué que le parquet
avait classé la plainte sous condition de soins. Merci de me tenir informé de tout nouvel incident.</p>
<p>Bien cordialement, Dr O. Pasquier</p>
""",
)

HTML_PAGES["s066_rapport_inspection_residence_autonomie_confidentiel.html"] = (
    "Rapport d'inspection — résidence Les Tilleuls",
    """
<p>DÉPARTEMENT DU VAL-DE-SORNE — Mission d'inspection et de contrôle des établissements</p>
<h1>Rapport d'inspection inopinée de la résidence autonomie Les Tilleuls (Valcourbe)</h1>
<p>Inspection du 23 septembre 2025, à la suite d'un décès survenu pendant l'épisode caniculaire.
Inspectrices : Mme Corinne Vallet, Mme Léa Durieux.</p>
<h2>1. Sécurité des personnes</h2>
<p>La résidence ne dispose d'aucune présence humaine la nuit ; la surveillance repose sur un
système d'appel relié à une centrale. Les tests réalisés montrent que 6 boutons d'appel sur 58 ne
fonctionnaient pas (logements 4, 11, 23, 33, 40, 51) et que la centrale ne dispose pas de la liste
à jour des résidents. La porte de service côté parking ne se verrouille pas correctement et reste
ouvrable de l'extérieur par simple poussée ; le digicode n'a pas été changé depuis plus d'un an.
La boîte à clés contenant le passe général est fixée à l'extérieur, visible depuis la rue.</p>
<h2>2. Sécurité incendie</h2>
<p>Le registre de sécurité est tenu. Deux portes coupe-feu du troisième étage sont maintenues
ouvertes par des cales. Le système de désenfumage de la cage d'escalier nord est en défaut depuis
juin.</p>
<h2>3. Plan bleu</h2>
<p>Le plan bleu n'a pas été actualisé depuis 2022. La liste des résidents à risque ne mentionne pas
les traitements à risque en cas de chaleur. L'organisation en cas d'absence de la directrice n'est
pas prévue.</p>
<h2>4. Injonctions</h2>
<ul>
<li>Réparer sous 8 jours les dispositifs d'appel défaillants et la porte de service.</li>
<li>Déplacer la boîte à clés et changer l'ensemble des codes d'accès.</li>
<li>Remettre en état le désenfumage sous un mois.</li>
<li>Actualiser le plan bleu avant le 31 décembre 2025.</li>
</ul>
<p>Diffusion : président du Conseil départemental, présidente du CCAS, directrice de
l'établissement.</p>
<footer><p>D I F F U S I O N &nbsp; R E S T R E I N T E — Document non communicable au titre de
l'article L.311-5 du code des relations entre le public et l'administration (sécurité des
personnes).</p></footer>
""",
)

HTML_PAGES["s067_tableau_bord_signalements_maltraitance.html"] = (
    "Tableau de bord — signalements",
    """
<h1>Cellule départementale adultes vulnérables — situations en cours, secteur Sud</h1>
<table>
<tr><th>N°</th><th>Personne</th><th>Commune</th><th>Type</th><th>Auteur présumé</th><th>Suite</th></tr>
<tr><td>2025-0318</td><td>Mme I. Lopes</td><td>Valcourbe</td><td>financière</td><td>voisin</td>
<td>parquet ; sauvegarde de justice</td></tr>
<tr><td>2025-0402</td><td>Mme F. Bellamy</td><td>Pradelles</td><td>négligence, physique</td>
<td>fils aidant</td><td>hospitalisation ; enquête gendarmerie</td></tr>
<tr><td>2025-0417</td><td>M. B. Thouvenel</td><td>Valcourbe</td><td>financière, emprise</td>
<td>couple hébergé</td><td>parquet</td></tr>
<tr><td>2025-0433</td><td>Mme S. Rigaud</td><td>Valcourbe</td><td>financière</td><td>petit-fils</td>
<td>auteur incarcéré pour d'autres faits</td></tr>
<tr><td>2025-0451</td><td>Mme M. Tavernier</td><td>Pradelles</td><td>physique</td>
<td>conjoint (Alzheimer)</td><td>pas de suite pénale ; soutien aidante</td></tr>
</table>
<p>Accès : agents habilités de la cellule.</p>
""",
)

HTML_PAGES["s068_formulaire_web_demande_teleassistance_rempli.html"] = (
    "Demande de téléassistance — accusé de réception",
    """
<h1>Votre demande de téléassistance a bien été enregistrée</h1>
<p>Référence : TA-2025-0611 — 02/12/2025 09:47</p>
<dl>
<dt>Demandeur</dt><dd>Sabine Colin (fille), pour Marie-Thérèse Colin, 2 impasse Lavoisier, Valcourbe</dd>
<dt>Motif de la demande</dt><dd>maman a une maladie d'Alzheimer, elle se lève la nuit et se perd
dans l'appartement ; elle est tombée deux fois ; je travaille de nuit à l'hôpital et ne peux pas
être là</dd>
<dt>Option</dt><dd>détecteur de chute + détecteur de sortie de logement</dd>
<dt>Médecin traitant</dt><dd>Dr Aubin</dd>
<dt>Traitements</dt><dd>donépézil, antihypertenseur, somnifère</dd>
<dt>Ressources</dt><dd>ASPA (tranche 1)</dd>
</dl>
<p>Un conseiller du CCAS vous rappellera sous 48 heures.</p>
""",
)

HTML_PAGES["s069_page_extranet_mandataire_comptes.html"] = (
    "Extranet ATI — compte du majeur",
    """
<h1>Espace mandataire — M. Jean-Claude Dessaint (curatelle renforcée)</h1>
<p>Mandataire : Julien Castex — Compte de gestion n° 4417-CR</p>
<table>
<tr><th>Date</th><th>Libellé</th><th>Débit</th><th>Crédit</th></tr>
<tr><td>01/11</td><td>Pension CARSAT</td><td></td><td>1 214,00</td></tr>
<tr><td>03/11</td><td>Remboursement amende (condamnation conduite sans permis)</td><td>150,00</td><td></td></tr>
<tr><td>04/11</td><td>Argent de poche (2 versements)</td><td>140,00</td><td></td></tr>
<tr><td>10/11</td><td>Consultation addictologie (reste à charge)</td><td>12,50</td><td></td></tr>
<tr><td>15/11</td><td>Plan de surendettement — mensualité</td><td>95,00</td><td></td></tr>
</table>
<p>Note : M. Dessaint a demandé une avance pour « payer une dette à un voisin » ; refusée.</p>
""",
)

HTML_PAGES["s070_compte_rendu_visite_mediateur_famille.html"] = (
    "Médiation familiale — note",
    """
<h1>Note de la médiatrice familiale — famille Garnier-Bouvet</h1>
<p>Séance du 4 novembre 2025, à la demande de Mme Laurence Garnier, avec ses parents.</p>
<p>M. Étienne Garnier-Bouvet, aphasique depuis son AVC, s'exprime par gestes et quelques mots.
Son épouse décrit de nouveau deux épisodes où il l'a frappée au bras pendant la toilette ; elle ne
veut pas porter plainte. La fille reproche à ses frères de ne pas participer. Accord obtenu : les
fils prendront en charge un week-end par mois ; accueil de jour porté à trois jours ; consultation
du neurologue pour l'agressivité.</p>
<p>Document remis aux seuls participants.</p>
""",
)

HTML_PAGES["s071_courriel_html_elu_demande_logement_tante.html"] = (
    "Courriel — demande",
    """
<p><strong>De :</strong> Thierry Ganivet (conseiller municipal)<br><strong>À :</strong> direction
du CCAS<br><strong>Objet :</strong> ma tante</p>
<p>Sandrine, ma tante, Mme Paulette Ganivet, 86 ans, va devoir quitter sa maison : elle n'arrive
plus à payer ses factures depuis que son fils lui a vidé son compte avant de partir, et la banque
menace de saisir. Elle a fait une dépression cet été. Peux-tu faire passer sa demande aux Tilleuls
en priorité ? Je compte sur ta discrétion. Thierry</p>
""",
)

HTML_PAGES["s072_journal_evenements_application_teleassistance.html"] = (
    "Journal applicatif — alertes",
    """
<pre>
2025-12-14T20:31:07 ALERT id=0377 type=BUTTON name="PERROT Jeannine" addr="Tilleuls 22"
2025-12-14T20:33:40 ESCALATE id=0377 to=SAMU note="douleur thoracique, sueurs"
2025-12-14T21:46:12 ALERT id=0455 type=FALL name="MENDES Rosa" addr="3 cité des Chaumes"
2025-12-14T22:15:55 ALERT id=0301 type=BUTTON name="LABAT Georges" note="alcool? diabète insuline"
2025-12-15T00:52:19 ALERT id=0389 type=BUTTON name="FAUCHER Serge" note="crise, menace défenestration,
  ATCD bipolaire"
2025-12-15T02:10:00 CLOSE id=0389 note="SDT, transfert CHS de la Sorne"
2025-12-15T04:26:31 ALERT id=0199 type=BUTTON name="COLIN Marie-Thérèse" note="désorientation"
</pre>
""",
)

HTML_PAGES["s073_fiche_resident_residence_les_tilleuls.html"] = (
    "Fiche résident",
    """
<h1>Fiche résident — logement 29</h1>
<p><strong>Nom :</strong> Mme Raymonde Petit, née le 12/05/1939<br>
<strong>Entrée :</strong> 01/09/2020<br>
<strong>GIR :</strong> 4 — <strong>APA :</strong> 6 h/semaine<br>
<strong>Santé :</strong> BPCO, surdité, dépression traitée depuis le décès de sa fille (2023)<br>
<strong>Aide sociale :</strong> ASH partielle, obligation alimentaire du fils (80 €/mois, souvent
impayés)<br>
<strong>Remarque :</strong> a prêté 200 € à un agent en septembre (enquête interne) ; très
influençable ; veiller à ce qu'elle ne remette plus d'argent à personne.</p>
""",
)

HTML_PAGES["s074_bulletin_liaison_equipe_mobile_psy.html"] = (
    "Équipe mobile de psychiatrie du sujet âgé — liaison",
    """
<h1>Fiche de liaison — EMPSA Sud Val-de-Sorne → CCAS de Valcourbe</h1>
<p>Patient vu à domicile le 6 mai 2025 : M. Khalid Benchekroun, 79 ans, résidence Les Tilleuls.</p>
<p>Motif : propos suicidaires rapportés par une bénévole. Évaluation : épisode dépressif caractérisé
dans un contexte de deuil ; risque suicidaire moyen, pas d'urgence d'hospitalisation ; scénario non
élaboré ; facteur protecteur : ses petits-enfants et sa foi. Instauration d'un antidépresseur par
le médecin traitant ; rendez-vous CMP le 13 mai ; passage infirmier quotidien pendant quinze jours.
Conduite à tenir si aggravation : appeler le 15 ou le 3114.</p>
<p>Transmis avec l'accord du patient à la directrice de la résidence.</p>
""",
)

HTML_PAGES["s075_portail_agent_fiche_disciplinaire.html"] = (
    "Portail RH — dossier agent",
    """
<h1>Dossier agent — LHUILLIER Béatrice (auxiliaire de vie)</h1>
<ul>
<li>19/09/2025 : entretien préalable (assistée par M. Fontaine, délégué SUD Santé Sociaux)</li>
<li>06/10/2025 : sanction — blâme (propos déplacés chez une bénéficiaire, usage du téléphone)</li>
<li>Observations de l'agent : conteste ; évoque un contexte de harcèlement par la famille</li>
<li>Visite médecine préventive demandée par l'agent (souffrance au travail)</li>
</ul>
<p>Accès réservé au service RH.</p>
""",
)


# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_schema_autonomie_departemental_synthese.docx"] = [
    ("title", "Schéma départemental de l'autonomie 2025-2029 — document de synthèse"),
    para("""Département du Val-de-Sorne. Synthèse grand public du schéma adopté le 27 juin 2025, qui
    réunit en un seul document les politiques en faveur des personnes âgées et des personnes en
    situation de handicap. Le volet « personnes âgées » constitue le plan gérontologique
    départemental. La présente synthèse est publiée sur le site du Département et diffusée dans les
    mairies, les CCAS et les maisons départementales des solidarités."""),
    ("h", "Pourquoi un schéma de l'autonomie ?"),
    para("""Le code de l'action sociale et des familles confie au Département l'élaboration d'un
    schéma relatif aux personnes handicapées ou en perte d'autonomie. Arrêté pour cinq ans, il
    apprécie les besoins de la population, dresse le bilan de l'offre existante, détermine les
    perspectives de développement et précise les modalités de coopération entre les acteurs. Il sert
    de référence aux autorisations de services et d'établissements et aux appels à projets."""),
    para("""Le schéma 2025-2029 a été élaboré à partir d'un diagnostic partagé, de six ateliers
    territoriaux ayant réuni 420 participants, d'une consultation en ligne (1 860 réponses) et des
    avis du conseil départemental de la citoyenneté et de l'autonomie. Les personnes concernées, les
    aidants et les professionnels ont été associés à chaque étape."""),
    ("h", "Le Val-de-Sorne en quelques chiffres"),
    ("table", [
        ["Indicateur", "Valeur", "Évolution"],
        ["Habitants de 75 ans et plus", "58 400", "+14 % en 10 ans"],
        ["Bénéficiaires de l'APA à domicile", "7 420", "+9 % en 5 ans"],
        ["Bénéficiaires de l'APA en établissement", "4 440", "+3 % en 5 ans"],
        ["Bénéficiaires de la PCH", "3 980", "+22 % en 5 ans"],
        ["Places en EHPAD", "4 620", "stable"],
        ["Logements en résidence autonomie", "640", "+40 prévus"],
        ["Services autonomie à domicile", "41", "dont 14 portés par des CCAS"],
        ["Aidants estimés (personnes âgées)", "46 000", "—"],
    ]),
    ("h", "Ce que nous avons entendu"),
    para("""Les personnes âgées expriment massivement le souhait de vieillir chez elles, dans leur
    village ou leur quartier. Elles redoutent l'isolement, la perte de la voiture, la fermeture des
    commerces et des services. Elles demandent une information simple, en un seul lieu, et des
    interlocuteurs stables. Les aidants décrivent leur fatigue, la complexité des démarches et le
    manque de solutions de répit à proximité. Les professionnels du domicile alertent sur leurs
    conditions de travail, les temps de trajet non reconnus et les difficultés de recrutement. Les
    maires des communes rurales insistent sur la nécessité de maintenir une présence humaine de
    proximité."""),
    ("h", "Axe 1 — Informer, orienter, simplifier"),
    para("""Création d'un « guichet autonomie » dans chacun des cinq territoires, adossé aux maisons
    départementales des solidarités et aux CCAS volontaires, avec un numéro unique. Dématérialisation
    des demandes d'APA et de PCH, sans abandonner le papier ni l'accompagnement humain. Réduction du
    délai d'instruction de l'APA à 45 jours. Publication d'un guide de l'autonomie en langage clair
    et en version facile à lire et à comprendre."""),
    ("h", "Axe 2 — Prévenir la perte d'autonomie"),
    para("""Repérage des fragilités en lien avec les professionnels de santé, les pharmacies et les
    services à domicile ; généralisation des ateliers équilibre et mémoire ; prévention des chutes
    érigée en grande cause départementale ; prévention de la dénutrition ; soutien à l'activité
    physique adaptée ; prévention de la souffrance psychique et du suicide des personnes âgées, en
    lien avec le projet territorial de santé mentale. La conférence des financeurs consacre chaque
    année plus d'un million d'euros aux actions collectives."""),
    ("h", "Axe 3 — Soutenir la vie à domicile"),
    para("""Revalorisation progressive du tarif de référence des services autonomie à domicile, prise
    en compte des temps de trajet en zone rurale, soutien aux interventions du soir et du week-end,
    aide à l'équipement en véhicules. Plan d'attractivité des métiers : forums de recrutement,
    formations qualifiantes, tutorat, aide au permis. Développement de la téléassistance avec
    détection de chute, avec une participation départementale pour les bénéficiaires de l'APA.
    Soutien au portage de repas dans les communes rurales."""),
    ("h", "Axe 4 — Diversifier les lieux de vie"),
    para("""Dix habitats inclusifs d'ici 2029 ; modernisation des résidences autonomie et ouverture
    de leurs services aux seniors du voisinage ; transformation des EHPAD en centres de ressources
    territoriaux intervenant à domicile ; développement de l'accueil familial ; création de places
    d'hébergement temporaire et d'accueil de jour dans les territoires qui en sont dépourvus."""),
    ("h", "Axe 5 — Rompre l'isolement et favoriser la participation"),
    para("""Doublement du nombre d'équipes citoyennes de visiteurs bénévoles ; modèle départemental de
    registre des personnes vulnérables utilisable toute l'année ; transport solidaire ; inclusion
    numérique ; soutien aux clubs et associations de retraités ; promotion de la démarche « Ville
    amie des aînés » auprès des communes."""),
    ("h", "Axe 6 — Reconnaître et soutenir les aidants"),
    para("""Quatrième plateforme d'accompagnement et de répit ; cafés des aidants dans chaque
    territoire ; expérimentation du relayage à domicile ; formations gratuites ; sensibilisation des
    employeurs ; information sur le congé de proche aidant et l'allocation journalière."""),
    ("h", "Axe 7 — Garantir les droits et la bientraitance"),
    para("""Protocole départemental de recueil et de traitement des signalements de maltraitance,
    signé avec le parquet, l'ARS et les forces de l'ordre ; formation de 400 professionnels par an ;
    information des familles sur les mesures de protection juridique et le mandat de protection
    future ; lutte contre les arnaques visant les seniors ; promotion de la participation des
    personnes accompagnées à la gouvernance des services."""),
    ("h", "Zoom sur les territoires"),
    para("""Territoire Nord (Bréville et sa couronne) : la densité de services est la plus forte,
    mais les files d'attente en EHPAD y sont les plus longues et la précarité des retraités y est
    concentrée dans les quartiers prioritaires. Priorités : hébergement temporaire, habitat inclusif
    en centre-ville, accès aux droits."""),
    para("""Territoire Sud (Valcourbe, Lusignac, Pradelles) : la part des 75 ans et plus dépasse 18 %
    dans plusieurs communes ; les temps de trajet des intervenants à domicile sont les plus élevés
    du département. Priorités : attractivité des métiers du domicile, transport solidaire, répit des
    aidants, couverture des hameaux."""),
    para("""Territoire Est (vallée de la Sorne) : forte proportion de retraités agricoles aux petites
    pensions, habitat ancien et énergivore. Priorités : adaptation et rénovation des logements,
    repérage des fragilités par les réseaux agricoles, lutte contre l'isolement."""),
    para("""Territoires Ouest et Centre : offre d'accueil de jour insuffisante, nombreuses communes
    sans commerce. Priorités : accueil de jour itinérant, équipes citoyennes, inclusion numérique."""),
    ("h", "Comment les habitants seront associés"),
    para("""Le conseil départemental de la citoyenneté et de l'autonomie, qui réunit des
    représentants des retraités, des personnes handicapées, des aidants, des professionnels et des
    institutions, suivra la mise en œuvre du schéma. Un panel de cinquante habitants âgés, tiré au
    sort parmi des volontaires, sera consulté chaque année sur les actions prioritaires. Les
    résultats des indicateurs seront présentés lors de réunions publiques dans chaque territoire."""),
    ("h", "Les moyens"),
    para("""38 millions d'euros de dépenses nouvelles sur cinq ans pour le volet personnes âgées,
    dont 21 millions pour le domicile, 6 millions pour l'habitat, 4 millions pour la prévention et
    2,5 millions pour les aidants. Le schéma sera évalué chaque année devant le conseil
    départemental de la citoyenneté et de l'autonomie, à partir d'une trentaine d'indicateurs
    publiés sur le portail open data du Département."""),
    ("h", "Calendrier de mise en œuvre"),
    ("table", [
        ["Année", "Principales réalisations attendues"],
        ["2025", "guichets autonomie dans 2 territoires ; protocole maltraitance ; appel à projets "
         "habitat inclusif"],
        ["2026", "dématérialisation APA ; 4e plateforme de répit ; relayage expérimental"],
        ["2027", "bilan à mi-parcours ; tarif de référence à 29 € ; 5 habitats inclusifs"],
        ["2028", "EHPAD centres de ressources dans chaque territoire"],
        ["2029", "évaluation finale et préparation du schéma suivant"],
    ]),
    ("h", "Pour en savoir plus"),
    para("""Le schéma complet, ses annexes et les fiches actions sont téléchargeables sur le site du
    Département. Une version audio et une version en facile à lire et à comprendre sont disponibles
    sur demande. Contact : Direction de l'Autonomie, Hôtel du Département, Bréville."""),
]

DOCX_BLOCKS["p122_deliberation_ca_ccas_creation_poste_coordinateur.docx"] = [
    ("title", "Délibération n° CA-2025-41 — création d'un emploi de coordinateur parcours seniors"),
    para("""Conseil d'administration du CCAS de Valcourbe, séance du 16 octobre 2025. Membres en
    exercice : 16 ; présents : 12 ; représentés : 2."""),
    para("""Vu le code général de la fonction publique ; vu le budget du CCAS ; considérant la
    nécessité de renforcer le repérage des fragilités et la coordination des interventions auprès des
    personnes âgées, et le cofinancement obtenu de la conférence des financeurs pour trois ans ;"""),
    para("""Le conseil d'administration, après en avoir délibéré, à l'unanimité : crée un emploi
    permanent de coordinateur parcours seniors à temps complet, relevant du cadre d'emplois des
    assistants socio-éducatifs ou des animateurs territoriaux (catégorie B), à compter du 1er janvier
    2026 ; autorise le recrutement d'un agent contractuel en cas de recherche infructueuse de
    fonctionnaire ; inscrit les crédits au budget 2026."""),
    para("""Pour extrait conforme. La vice-présidente, Odile Ferrand-Lacaze. Publiée le 20 octobre
    2025."""),
]

DOCX_BLOCKS["p123_rapport_evaluation_externe_saad_anonymise.docx"] = [
    ("title", "Évaluation de la qualité du service autonomie à domicile du CCAS de Valcourbe"),
    para("""Synthèse du rapport d'évaluation réalisée selon le référentiel national de la Haute
    Autorité de santé, par l'organisme évaluateur Qualivia (accrédité). Visite sur site du 16 au
    19 septembre 2024. Synthèse publiée conformément à la réglementation ; les propos recueillis sont
    anonymisés et aucune personne accompagnée n'est identifiable."""),
    ("h", "1. Méthode"),
    para("""L'évaluation a porté sur les trois chapitres du référentiel : la personne, les
    professionnels, l'établissement ou le service. Les évaluateurs ont mené 12 entretiens avec des
    personnes accompagnées à leur domicile (méthode de l'accompagné traceur), 4 entretiens avec des
    proches aidants, 3 traceurs ciblés (circuit du signalement d'une situation préoccupante, gestion
    d'une réclamation, continuité des interventions le week-end), des entretiens avec 14
    professionnels et la direction, et l'analyse de 60 documents."""),
    ("h", "2. Cotation globale"),
    ("table", [
        ["Chapitre", "Score moyen (sur 4)"],
        ["La personne", "3,6"],
        ["Les professionnels", "3,4"],
        ["Le service", "3,1"],
        ["Critères impératifs", "tous cotés 4 sauf 1 (cotation 3)"],
    ]),
    ("h", "3. Points forts"),
    para("""Les personnes accompagnées rencontrées expriment une grande satisfaction quant à la
    qualité de la relation avec les intervenantes, décrites comme « patientes », « respectueuses » et
    « attentives ». Plusieurs soulignent que l'intervenante « remarque tout » et qu'elle a su alerter
    à temps lorsque leur santé se dégradait. Les professionnelles connaissent très bien les habitudes
    de vie des personnes. Le respect de l'intimité lors de la toilette est systématiquement
    mentionné."""),
    para("""Le service dispose d'une procédure de signalement des situations préoccupantes, connue de
    toutes les professionnelles interrogées, et d'un circuit de traitement rapide par les
    coordinatrices. Le traceur ciblé a montré un délai de traitement inférieur à 24 heures. Le
    partenariat avec les services de soins, le dispositif d'appui à la coordination et la plateforme
    de répit est actif."""),
    ("h", "4. Axes d'amélioration"),
    para("""Les projets personnalisés ne sont formalisés que pour 40 % des personnes accompagnées ;
    les souhaits des personnes y sont insuffisamment retranscrits, notamment en matière de fin de vie
    et de directives anticipées. Le recueil du consentement aux échanges d'informations entre
    professionnels n'est pas systématiquement tracé. Les changements d'intervenantes, en particulier
    pendant les congés, sont source d'inquiétude pour les personnes et ne sont pas toujours annoncés.
    Les professionnelles expriment une fatigue liée aux temps de trajet et souhaitent davantage de
    temps d'échange sur les situations difficiles. La démarche de gestion des risques et des
    événements indésirables est à structurer."""),
    ("h", "5. Prévention de la maltraitance"),
    para("""Le critère impératif relatif à la prévention de la maltraitance est coté 3 : une
    formation à la bientraitance a été suivie par la moitié des professionnelles, un référent est
    désigné, mais la politique de prévention n'est pas formalisée dans un document unique et les
    personnes accompagnées ne sont pas informées du numéro national 3977. Les évaluateurs
    recommandent d'afficher ce numéro dans le livret d'accueil et de présenter chaque année un bilan
    des situations signalées, de façon agrégée, au comité de direction."""),
    ("h", "5 bis. Expression et participation des personnes"),
    para("""Les personnes accompagnées sont consultées par une enquête annuelle de satisfaction et
    peuvent adresser leurs réclamations par écrit ou par téléphone. Les évaluateurs relèvent que les
    réponses aux réclamations sont argumentées mais que leur analyse globale n'est pas présentée aux
    instances du CCAS. Ils recommandent d'associer des représentants des personnes accompagnées et
    des aidants à un comité d'usagers annuel, et de diffuser le livret d'accueil en version facile à
    lire et à comprendre."""),
    ("h", "6. Plan d'action du service"),
    para("""Le service a adopté en décembre 2024 un plan d'action comprenant : la formalisation de
    tous les projets personnalisés d'ici fin 2025 ; un formulaire de recueil du consentement ; un
    protocole d'annonce des remplacements ; une analyse des pratiques trimestrielle avec une
    psychologue ; la formalisation de la politique de bientraitance ; la mise en place d'un registre
    des événements indésirables. Un point d'étape sera présenté au Département en 2026."""),
]

DOCX_BLOCKS["p124_livret_accueil_residence_autonomie.docx"] = [
    ("title", "Livret d'accueil — Résidence autonomie Les Tilleuls"),
    para("""Bienvenue aux Tilleuls ! Ce livret vous présente la résidence, ses services et les
    personnes qui y travaillent. Il est remis à chaque nouveau résident avec le contrat de séjour et
    le règlement de fonctionnement. N'hésitez pas à poser vos questions à l'équipe."""),
    ("h", "La résidence"),
    para("""Construite en 1978 et entièrement rénovée en 2016, la résidence Les Tilleuls est gérée
    par le CCAS de Valcourbe. Elle compte 58 logements (50 T1 bis de 33 m² et 8 T2 de 46 m²)
    répartis sur quatre niveaux desservis par un ascenseur, un restaurant, une salle d'animation, une
    bibliothèque, une laverie, un salon de coiffure et un jardin de 2 000 m² avec des carrés
    potagers. Elle se situe à 300 mètres de la place du Marché, des commerces, de la pharmacie et du
    cabinet médical. Un arrêt de la navette intercommunale se trouve devant l'entrée."""),
    ("h", "Votre logement"),
    para("""Chaque logement comprend une pièce de vie, une kitchenette équipée (plaques électriques,
    réfrigérateur), une salle d'eau avec douche à l'italienne et barres d'appui, des placards, un
    balcon ou une terrasse pour la plupart. Vous l'aménagez avec vos meubles et vos souvenirs. Vous
    en avez la clé et vous y recevez qui vous voulez. Un bouton d'appel relié 24 h/24 à une centrale
    d'écoute est installé dans chaque logement, ainsi qu'un médaillon que vous pouvez porter."""),
    ("h", "Les services compris dans la prestation socle"),
    para("""Accueil du lundi au samedi de 8 h à 19 h ; veille 24 h/24 par téléassistance ; animations
    collectives ; actions de prévention (gymnastique douce, ateliers mémoire, nutrition, sommeil) ;
    accès à la laverie ; entretien des espaces communs ; accès à internet dans les espaces communs ;
    aide aux démarches administratives."""),
    ("h", "Les services facultatifs"),
    para("""Restauration le midi (8,90 € le repas en 2025), portage du repas en logement en cas de
    maladie, ménage du logement par le service d'aide à domicile du CCAS (finançable par l'APA),
    blanchisserie du linge personnel, coiffure et pédicurie (intervenants libéraux), transport
    accompagné."""),
    ("h", "Votre santé"),
    para("""Vous gardez le libre choix de votre médecin, de votre infirmier et de votre pharmacien.
    La résidence n'est pas un établissement médicalisé : si votre état de santé le nécessite, des
    services de soins infirmiers à domicile et l'hospitalisation à domicile peuvent intervenir. Le
    forfait autonomie finance des actions de prévention et un partenariat avec le médecin
    coordonnateur du réseau de santé. Vous pouvez désigner une personne de confiance et rédiger des
    directives anticipées : l'équipe peut vous y aider si vous le souhaitez."""),
    ("h", "Vos droits"),
    para("""La charte des droits et libertés de la personne accueillie est annexée à ce livret. Vous
    pouvez consulter votre dossier administratif. Vos convictions sont respectées ; les ministres des
    différents cultes peuvent vous rendre visite à votre demande. Le conseil de la vie sociale vous
    représente : ses membres sont élus pour trois ans. En cas de difficulté, vous pouvez faire appel
    à une personne qualifiée (liste affichée dans le hall). Numéro national contre la maltraitance
    des personnes âgées : 3977."""),
    ("h", "Les tarifs 2025"),
    ("table", [
        ["Prestation", "Tarif mensuel"],
        ["Redevance T1 bis (loyer et charges)", "512 €"],
        ["Redevance T2", "648 €"],
        ["Prestation socle", "148 €"],
        ["Repas du midi", "8,90 € l'unité"],
    ]),
    para("""Vous pouvez bénéficier de l'aide personnalisée au logement, de l'APA et, sous conditions,
    de l'aide sociale départementale. L'équipe vous accompagne dans ces démarches."""),
    ("h", "L'équipe"),
    para("""La directrice, deux agents d'accueil, une animatrice, un agent technique, deux agents de
    restauration et d'entretien. Des bénévoles de l'association « Les Amis des Tilleuls » proposent
    des activités (cinéma, jeux, lecture)."""),
    ("h", "Vivre ensemble"),
    para("""La vie en résidence repose sur le respect de chacun : tranquillité entre 22 h et 7 h,
    courtoisie envers les autres résidents et le personnel, respect des espaces communs. Le
    personnel n'accepte ni pourboire ni cadeau. Les résidents qui le souhaitent peuvent participer
    aux commissions menus et animation, et proposer leurs propres activités."""),
    ("h", "Informations pratiques"),
    para("""Courrier distribué chaque jour dans votre boîte aux lettres. Visites libres de 8 h à 21 h.
    Animaux de petite taille acceptés. Parking visiteurs. Contact : 4 avenue des Tilleuls, Valcourbe,
    du lundi au samedi."""),
]

DOCX_BLOCKS["p125_procedure_gestion_alerte_teleassistance.docx"] = [
    ("title", "Procédure — traitement d'une alerte de téléassistance par l'astreinte du CCAS"),
    para("""1. La centrale d'écoute appelle l'agent d'astreinte lorsque aucun référent n'est joignable
    ou lorsque l'abonné est un résident des Tilleuls. 2. L'agent note l'heure, le nom de l'abonné et
    la nature de l'alerte dans le registre d'astreinte. 3. S'il existe un risque vital, l'agent
    s'assure que les secours ont été appelés ; il ne se substitue jamais aux secours. 4. S'il se
    déplace, il le fait accompagné ou en informant un autre agent, et récupère les clés selon la
    procédure d'accès, dont les modalités sont remises en main propre aux agents d'astreinte. 5. Il
    informe la coordinatrice le lendemain matin. 6. Toute difficulté est signalée lors du retour
    d'expérience mensuel."""),
    para("""Principes : respect de la dignité et de l'intimité de l'abonné ; aucune information
    médicale n'est transmise par SMS ; le registre d'astreinte est conservé au bureau de la
    direction."""),
]

DOCX_BLOCKS["p126_convention_cadre_cnr_monalisa.docx"] = [
    ("title", "Convention de coopération — équipe citoyenne de Valcourbe"),
    para("""Entre la coopération départementale de mobilisation contre l'isolement des âgés du
    Val-de-Sorne, représentée par Mme Françoise Delmotte, vice-présidente du Conseil départemental,
    la ville de Valcourbe, représentée par son maire, M. Bernard Lachenal, et l'association « Les
    Visiteurs du Val », représentée par sa présidente, Mme Hélène Cordier."""),
    para("""Objet : reconnaître l'association comme équipe citoyenne signataire de la charte
    nationale ; définir les engagements réciproques (formation des bénévoles, mise à disposition d'un
    local, remboursement des frais, participation aux instances départementales) ; organiser
    l'orientation des personnes isolées par les services, avec l'accord des personnes. Durée : trois
    ans. Évaluation annuelle à partir d'indicateurs agrégés (nombre de bénévoles, de personnes
    visitées, de visites, de formations)."""),
]

DOCX_BLOCKS["p127_compte_rendu_reunion_coordination_partenaires.docx"] = [
    ("title", "Réunion territoriale des partenaires du maintien à domicile — Territoire Sud"),
    para("""Compte rendu de la réunion du 2 octobre 2025 à la maison de santé de Lusignac.
    Participants : Direction de l'Autonomie du Département (Mme Céline Rousseau, responsable
    territoriale), CCAS de Valcourbe (Mme Nadia Sebbagh), CCAS de Lusignac (M. Hugo Blanchet), CIAS
    du Pays de Sorne, SSIAD de Lusignac, ADMR du Sud Sorne, deux cabinets infirmiers, dispositif
    d'appui à la coordination, plateforme de répit, EHPAD Les Glycines, équipe mobile de gériatrie,
    caisse de retraite (service action sociale), MSA. Diffusion : participants et site du DAC."""),
    ("h", "1. Actualités des partenaires"),
    para("""Le Département annonce le déploiement, au 1er janvier, du nouveau formulaire unique
    dématérialisé de demande d'APA, et la mise en place d'une équipe d'évaluation renforcée sur le
    territoire Sud pour réduire les délais, qui atteignent encore 84 jours. Les services à domicile
    signalent que les plans d'aide notifiés en retard pèsent sur leur trésorerie. Le Département
    rappelle la possibilité de demander une APA en urgence en cas de sortie d'hospitalisation."""),
    para("""L'EHPAD Les Glycines ouvre deux places supplémentaires d'hébergement temporaire en
    novembre et une unité d'accueil de jour le samedi à titre expérimental. La plateforme de répit
    annonce le lancement du café des aidants de Valcourbe et recrute une psychologue. La MSA présente
    son offre de transport solidaire dans les cantons de Pradelles et de Saint-Ornel."""),
    ("h", "2. Sorties d'hospitalisation"),
    para("""L'équipe mobile de gériatrie présente les résultats d'un audit mené sur 80 sorties
    d'hospitalisation de personnes de plus de 75 ans au premier semestre : dans 31 % des cas, le
    service à domicile n'a pas été prévenu avant le retour ; dans 18 % des cas, la personne est
    rentrée un vendredi après 16 h, sans possibilité de mise en place d'aide avant le lundi ; 11 %
    des personnes ont été réhospitalisées dans les trente jours. Les partenaires conviennent
    d'expérimenter une fiche de liaison unique, transmise par le service hospitalier au DAC, qui
    relaie aux intervenants du domicile, et de demander à l'hôpital d'éviter les sorties du vendredi
    soir pour les personnes seules."""),
    ("h", "3. Recrutement et attractivité des métiers"),
    para("""Les services à domicile font état de 23 postes vacants sur le territoire. Les causes
    identifiées : salaires peu attractifs, temps partiels subis, amplitude horaire, coût des
    déplacements, image du métier. Les actions envisagées : forum commun de recrutement au printemps
    avec France Travail ; mutualisation d'un pool de remplacement entre CCAS et CIAS ; partenariat
    avec le lycée professionnel de Bréville pour les stages ; promotion de la validation des acquis
    de l'expérience ; mise à disposition de véhicules électriques en autopartage (projet de la
    communauté de communes)."""),
    ("h", "4. Isolement et veille saisonnière"),
    para("""Le CCAS de Valcourbe présente le retour d'expérience de la canicule de l'été et son
    projet de veille toute l'année à partir du registre. Le CCAS de Lusignac souhaite s'en inspirer.
    Le Département rappelle que le registre ne peut être utilisé pour d'autres finalités qu'avec
    l'accord des personnes et propose un modèle de formulaire. Les partenaires conviennent de
    partager leurs outils de plan d'appel et de mutualiser une formation des agents appelants."""),
    ("h", "5. Prévention de la maltraitance"),
    para("""La cellule départementale présente le protocole de recueil des signalements signé en
    septembre avec le parquet. Elle rappelle le circuit : information de la hiérarchie, transmission
    à la cellule par le formulaire sécurisé, signalement direct au procureur en cas de danger grave
    et immédiat. Les cabinets infirmiers demandent une formation spécifique sur le secret
    professionnel et ses dérogations ; une session sera organisée en janvier."""),
    ("h", "6. Questions diverses"),
    para("""L'ADMR signale la fermeture de son antenne de Pradelles au 31 décembre et le regroupement
    de ses équipes à Lusignac. Les partenaires s'inquiètent de l'allongement des trajets. Le
    Département propose une réunion spécifique sur la couverture des hameaux."""),
    para("""Prochaine réunion : jeudi 5 février 2026, même lieu. Compte rendu rédigé par le DAC."""),
]

DOCX_BLOCKS["p128_note_synthese_loi_bien_vieillir.docx"] = [
    ("title", "Note de synthèse — loi du 8 avril 2024 « bien vieillir » : ce qui change pour les CCAS"),
    para("""La loi portant mesures pour bâtir la société du bien vieillir et de l'autonomie comporte
    plusieurs dispositions intéressant directement les communes et leurs CCAS : généralisation d'un
    service public départemental de l'autonomie ; renforcement du repérage des personnes isolées, le
    registre communal pouvant désormais être alimenté par les informations transmises par certains
    organismes, les personnes pouvant s'y opposer ; création d'une instance de recueil des
    signalements de maltraitance dans chaque département ; carte professionnelle pour les
    intervenants à domicile ; aide financière à la mobilité des intervenants ; droit de visite
    garanti en établissement ; mesures relatives à l'habitat inclusif."""),
    para("""Points d'attention pour le CCAS de Valcourbe : mise à jour de la procédure du registre et
    information des habitants ; participation au service public départemental de l'autonomie ;
    formation des agents au recueil des signalements. Note rédigée par le service juridique du CCAS
    à l'attention du conseil d'administration."""),
]

DOCX_BLOCKS["p129_fiche_action_prevention_suicide_personnes_agees.docx"] = [
    ("title", "Fiche action n° 2.6 — Prévenir la souffrance psychique et le suicide des aînés"),
    para("""Constat : les personnes de plus de 75 ans présentent le taux de suicide le plus élevé de
    la population ; dans le Val-de-Sorne, le taux de décès par suicide des hommes de plus de 85 ans
    est près de trois fois supérieur à la moyenne départementale (données agrégées ORS). La
    dépression du sujet âgé est sous-diagnostiquée, souvent confondue avec le vieillissement."""),
    para("""Actions : former les intervenants à domicile, les agents de portage et les bénévoles au
    repérage de la crise suicidaire (formation « sentinelle ») ; diffuser le numéro national 3114 ;
    renforcer l'équipe mobile de psychiatrie du sujet âgé ; sensibiliser les médecins généralistes ;
    accompagner les personnes endeuillées. Pilote : ARS et Département. Partenaires : CCAS,
    associations, centre hospitalier spécialisé. Indicateurs : nombre de sentinelles formées,
    nombre d'interventions de l'équipe mobile."""),
]

DOCX_BLOCKS["p130_cahier_clauses_techniques_portage.docx"] = [
    ("title", "Cahier des clauses techniques particulières — fourniture de repas pour le portage"),
    para("""Marché n° 2025-PR-03 — CCAS de Valcourbe. Document de la consultation, publié sur le
    profil acheteur."""),
    ("h", "Article 1 — Objet"),
    para("""Fourniture de repas en liaison froide, conditionnés en barquettes individuelles
    operculées, livrés à la cuisine relais du CCAS, destinés aux personnes âgées et handicapées
    bénéficiaires du service de portage à domicile."""),
    ("h", "Article 2 — Composition des repas"),
    para("""Chaque déjeuner comprend une entrée, un plat protidique, un accompagnement, un produit
    laitier, un dessert et du pain. Le grammage est adapté aux besoins nutritionnels des personnes
    âgées conformément aux recommandations du groupe d'étude des marchés de restauration collective
    et de nutrition. Le plan alimentaire est établi sur huit semaines au minimum et validé par une
    diététicienne. Un dîner (potage, plat léger, dessert) est proposé en option."""),
    ("h", "Article 3 — Régimes et textures"),
    para("""Le titulaire doit proposer au minimum : sans sel ajouté, diabétique (contrôlé en glucides),
    hypocalorique, sans porc, végétarien, enrichi en protéines ; textures hachée et mixée conformes
    aux niveaux de l'IDDSI. Chaque barquette porte une étiquette indiquant le nom du plat, le régime,
    la texture, les allergènes, la date de fabrication et la date limite de consommation."""),
    ("h", "Article 4 — Qualité des produits"),
    para("""Au moins 50 % des produits en valeur sont durables et de qualité, dont 20 % issus de
    l'agriculture biologique, conformément à la loi EGalim. Le titulaire privilégie les
    circuits courts et les produits de saison. Les produits frais sont privilégiés ; la part des
    produits surgelés est indiquée dans le mémoire technique."""),
    ("h", "Article 5 — Hygiène et traçabilité"),
    para("""Le titulaire dispose d'un agrément sanitaire. Il respecte le plan de maîtrise sanitaire,
    la chaîne du froid (0 à +3 °C) et conserve les plats témoins pendant cinq jours. Il transmet au
    CCAS les résultats de ses autocontrôles microbiologiques chaque trimestre."""),
    ("h", "Article 6 — Commandes et livraisons"),
    para("""Les commandes sont transmises au plus tard deux jours ouvrés avant la livraison ; des
    ajustements sont possibles la veille jusqu'à 10 h. Les livraisons ont lieu du lundi au vendredi
    avant 7 h 00, les repas du week-end étant livrés le vendredi. En cas de jour férié, un calendrier
    est convenu un mois à l'avance."""),
    ("h", "Article 7 — Écoute des bénéficiaires"),
    para("""Le titulaire participe à une commission menus trimestrielle avec des bénéficiaires et le
    service Seniors. Il organise une dégustation annuelle et prend en compte les enquêtes de
    satisfaction réalisées par le CCAS."""),
    ("h", "Article 8 — Développement durable"),
    para("""Le titulaire réduit les emballages, propose des barquettes compostables ou réutilisables
    et met en place une démarche de lutte contre le gaspillage alimentaire."""),
]

DOCX_BLOCKS["p131_modele_formulaire_inscription_registre_vierge.docx"] = [
    ("title", "Formulaire d'inscription au registre des personnes vulnérables (modèle vierge)"),
    ("table", [
        ["Rubrique", "À compléter"],
        ["Nom, prénom", ""],
        ["Date de naissance", ""],
        ["Adresse, étage, code d'accès éventuel", ""],
        ["Téléphone", ""],
        ["Qualité : personne âgée de 65 ans et plus / de plus de 60 ans inapte au travail / "
         "personne handicapée", ""],
        ["Personne à prévenir", ""],
        ["Services intervenant à domicile", ""],
        ["J'accepte d'être contacté(e) pour des visites de convivialité (facultatif)", "oui / non"],
    ]),
    para("""L'inscription est facultative. Les informations sont confidentielles et ne sont utilisées
    que pour vous porter assistance en cas de déclenchement du plan d'alerte. Vous pouvez demander à
    tout moment leur rectification ou votre radiation auprès du CCAS."""),
]

DOCX_BLOCKS["p132_bilan_annuel_plateforme_repit.docx"] = [
    ("title", "Plateforme d'accompagnement et de répit du Sud Val-de-Sorne — bilan 2024"),
    para("""File active : 214 aidants (dont 63 % de conjoints, 31 % d'enfants). Âge moyen des aidants :
    68 ans. Pathologie des personnes aidées : maladies neuro-évolutives 71 %, AVC 9 %, Parkinson 8 %,
    autres 12 %. Prestations : 512 entretiens individuels, 38 groupes de parole, 9 formations des
    aidants (104 participants), 146 journées de répit à domicile, 22 séjours de répit. Délai moyen
    de premier contact : 6 jours. Les aidants déclarent en fin de suivi une baisse moyenne de 9 points
    du score de fardeau. Perspectives : café des aidants à Valcourbe, relayage à domicile."""),
]

DOCX_BLOCKS["p133_tableau_tarifs_saad_2026.docx"] = [
    ("title", "Tarifs 2026 du service autonomie à domicile du CCAS de Valcourbe"),
    ("table", [
        ["Prestation", "Tarif horaire"],
        ["Aide et accompagnement (semaine)", "28,10 €"],
        ["Dimanche et jours fériés", "33,70 €"],
        ["Intervention de nuit (21 h – 7 h)", "33,70 €"],
        ["Usagers non aidés (plein tarif)", "31,90 €"],
    ]),
    para("""Tarifs fixés par arrêté du président du Conseil départemental. La participation des
    bénéficiaires de l'APA est calculée selon leurs ressources. 50 % des sommes restant à charge
    ouvrent droit à un crédit d'impôt."""),
]

DOCX_BLOCKS["p134_support_formation_bientraitance.docx"] = [
    ("title", "Support de formation — « Bientraitance au domicile »"),
    para("""Module 1 : la bientraitance, une culture du respect de la personne, de son histoire, de
    ses choix et de son rythme. Module 2 : situations fictives à analyser en groupe — « Mme A. refuse
    la douche depuis trois jours », « M. B. demande qu'on lui achète de l'alcool », « la fille de
    Mme C. exige qu'on ferme la porte à clé quand on part ». Module 3 : liberté d'aller et venir et
    gestion du risque. Module 4 : les maltraitances ordinaires (tutoiement non consenti, décisions
    prises à la place de la personne, toilette pressée). Module 5 : que faire quand on est témoin ?
    Repères sur le signalement et le secret professionnel."""),
]

DOCX_BLOCKS["p135_rapport_orientation_budgetaire_extrait_seniors.docx"] = [
    ("title", "Rapport d'orientation budgétaire 2026 — Ville de Valcourbe — extrait « Solidarités et aînés »"),
    para("""Rapport présenté au conseil municipal du 20 novembre 2025 en vue du débat d'orientation
    budgétaire. Extrait relatif à la politique de solidarité et à l'accompagnement du vieillissement.
    Document public."""),
    ("h", "1. Contexte démographique et social"),
    para("""Valcourbe compte 9 640 habitants (recensement 2022). La part des 75 ans et plus est passée
    de 11,2 % en 2012 à 13,9 % en 2022 ; elle atteindrait 17 % en 2035 selon les projections de
    l'INSEE. 41 % des 75 ans et plus vivent seuls. Le revenu médian des retraités est inférieur de
    8 % à la moyenne départementale. L'analyse des besoins sociaux de 2024 a mis en évidence la
    progression de la pauvreté chez les femmes âgées seules, la précarité énergétique et le besoin
    de solutions de mobilité."""),
    ("h", "2. Les orientations 2026"),
    para("""Orientation 1 — Maintenir l'effort de solidarité : la subvention au CCAS progresserait de
    4,2 % pour atteindre 1 240 000 €, afin de financer la revalorisation du barème des aides
    facultatives, l'aide au chauffage pour les aînés non imposables (15 000 €), le café des aidants
    et la couverture du déficit structurel du service à domicile."""),
    para("""Orientation 2 — Adapter la ville au vieillissement : poursuite de la démarche « Ville amie
    des aînés », installation de bancs et mise en accessibilité des cheminements entre les quartiers
    et les services (enveloppe de 180 000 € au programme pluriannuel d'investissement), étude de
    programmation de l'habitat inclusif dans l'ancienne gendarmerie (35 000 €)."""),
    para("""Orientation 3 — Lutter contre l'isolement : soutien à l'équipe citoyenne de visiteurs
    bénévoles, création d'un conseil des aînés, animation des quartiers avec le centre social,
    extension de la navette au samedi (participation communale à la communauté de communes)."""),
    para("""Orientation 4 — Sécuriser la résidence autonomie : brise-soleil de la façade sud,
    remplacement du système d'appel, présence renforcée en période de vigilance (coût annuel estimé
    à 42 000 €), en partie financés par la caisse nationale de solidarité pour l'autonomie."""),
    ("h", "3. Les contraintes financières"),
    para("""Les recettes de fonctionnement de la commune progresseraient de 1,8 %, sous l'effet de la
    revalorisation forfaitaire des bases fiscales, sans hausse des taux d'imposition. Les dépenses
    de personnel augmenteraient de 3,1 %. L'épargne brute s'établirait à 1,1 M€, soit un taux
    d'épargne de 9,4 %, en baisse. La capacité de désendettement resterait inférieure à six ans. Le
    rapport souligne le risque lié à la compensation insuffisante, par le Département, du coût réel
    des heures d'aide à domicile, qui représente pour la commune une charge de près de 250 000 € par
    an."""),
    ("h", "4. Indicateurs de suivi"),
    ("table", [
        ["Indicateur", "2024", "Cible 2026"],
        ["Personnes inscrites au registre", "287", "350"],
        ["Personnes visitées par les bénévoles", "37", "50"],
        ["Délai de réponse aux demandes d'aide urgente", "5 jours", "48 heures"],
        ["Heures d'aide à domicile réalisées", "41 870", "43 500"],
        ["Participants aux actions de prévention", "268", "350"],
    ]),
    ("h", "5. Débat"),
    para("""Le présent rapport donne lieu à un débat en conseil municipal, dont il est pris acte par
    une délibération spécifique. Il est mis à la disposition du public en mairie et sur le site
    internet de la ville dans les quinze jours suivant la séance."""),
]


# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_web_service_seniors.html"] = (
    "Service Seniors et Autonomie — Ville de Valcourbe",
    """
<h1>Le service Seniors et Autonomie du CCAS</h1>
<p>Vous avez plus de 60 ans, vous souhaitez rester chez vous dans de bonnes conditions, vous
accompagnez un proche âgé ? Le service Seniors et Autonomie vous propose :</p>
<ul>
<li><strong>Le portage de repas</strong> à domicile, du lundi au dimanche, avec des menus adaptés ;</li>
<li><strong>L'aide et l'accompagnement à domicile</strong> : toilette, repas, courses, entretien du
logement, sorties ;</li>
<li><strong>La téléassistance</strong>, 24 h/24, avec détecteur de chute en option ;</li>
<li><strong>Des animations et des sorties</strong>, le club, la Semaine bleue, le repas des aînés ;</li>
<li><strong>Des ateliers de prévention</strong> : équilibre, mémoire, nutrition, numérique ;</li>
<li><strong>Le registre des personnes vulnérables</strong>, pour être appelé en cas de canicule ou de
grand froid ;</li>
<li><strong>Des visites de convivialité</strong> par les bénévoles des Visiteurs du Val.</li>
</ul>
<p>Accueil : 4 rue Gambetta, du lundi au vendredi, 9 h – 12 h et 14 h – 17 h.</p>
""",
)

HTML_PAGES["p137_actualite_lancement_visites_convivialite.html"] = (
    "Actualité — des bénévoles pour rompre la solitude",
    """
<h1>Rompre la solitude : les Visiteurs du Val recrutent</h1>
<p><em>Publié le 3 février 2025</em></p>
<p>Depuis deux ans, l'association Les Visiteurs du Val, soutenue par la ville et le CCAS, rend
visite chaque semaine à des habitants âgés qui se sentent seuls. Une visite, c'est un café partagé,
une promenade, une partie de cartes, une conversation. « On ne remplace personne, on ajoute un peu
de vie », résume la présidente, Hélène Cordier.</p>
<p>L'association cherche de nouveaux bénévoles, quel que soit leur âge. Une formation est proposée
(écoute, posture, confidentialité) et les bénévoles sont accompagnés par une coordinatrice du
CCAS.</p>
<p>Vous connaissez une personne isolée ? Avec son accord, signalez-la au CCAS.</p>
""",
)

HTML_PAGES["p138_faq_web_residences_autonomie.html"] = (
    "Résidences autonomie — questions fréquentes",
    """
<h1>Les résidences autonomie : vos questions</h1>
<p>Département du Val-de-Sorne — page mise à jour le 6 janvier 2026</p>
<h2>Qu'est-ce qu'une résidence autonomie ?</h2>
<p>Une résidence autonomie (anciennement « foyer-logement ») est un ensemble de logements
privatifs, associés à des espaces et des services collectifs, destiné à des personnes âgées
autonomes ou faiblement dépendantes qui ne peuvent plus ou ne souhaitent plus vivre seules chez
elles. C'est un établissement médico-social non médicalisé, le plus souvent géré par un CCAS ou
une association. Le département compte 12 résidences autonomie, soit 640 logements.</p>
<h2>Quelle différence avec un EHPAD ?</h2>
<p>En résidence autonomie, vous êtes chez vous : vous disposez de votre logement, de votre clé,
vous recevez qui vous voulez et vous organisez votre vie comme vous l'entendez. Il n'y a pas
d'équipe soignante permanente ; les soins sont assurés par les professionnels libéraux ou les
services de soins à domicile, comme à votre domicile précédent. L'EHPAD accueille des personnes
plus dépendantes qui ont besoin d'une aide et d'une surveillance permanentes.</p>
<h2>Qui peut y entrer ?</h2>
<p>Les personnes de 60 ans et plus, autonomes (GIR 5 ou 6) ou faiblement dépendantes (GIR 4 le
plus souvent). Une résidence peut accueillir une part limitée de personnes en GIR 1 à 3, dans la
limite fixée par la réglementation, si elle a passé des conventions avec des services de soins.
Certaines résidences accueillent aussi des personnes handicapées, des étudiants ou de jeunes
travailleurs dans le cadre de projets intergénérationnels.</p>
<h2>Comment faire une demande ?</h2>
<p>Adressez-vous directement à la résidence de votre choix ou au CCAS de la commune. Un dossier
administratif et un questionnaire médical (sous pli confidentiel, à l'attention du médecin ou de
la direction) vous seront demandés. Une visite de la résidence et un entretien avec la direction
permettent de vérifier que la résidence correspond à vos attentes. Une commission d'admission
examine les demandes ; votre consentement est indispensable.</p>
<h2>Combien cela coûte-t-il ?</h2>
<p>Vous payez une redevance mensuelle (équivalent d'un loyer et des charges), comprise dans le
département entre 450 et 700 € selon la taille du logement, et une prestation socle (accès à la
restauration, à l'animation, à la veille, à la blanchisserie collective…). Les repas sont facturés
en plus. Vous pouvez bénéficier de l'aide personnalisée au logement ou de l'allocation de
logement sociale, de l'APA si vous êtes en GIR 1 à 4, et, si vos ressources sont insuffisantes, de
l'aide sociale à l'hébergement dans les résidences habilitées.</p>
<h2>Quels services sont proposés ?</h2>
<p>Toutes les résidences assurent une prestation socle définie par la réglementation :
administration générale, mise à disposition d'un logement privatif, accès à un service de
restauration et de blanchisserie, accès à internet, dispositif de sécurité 24 h/24, accès aux
animations et à des actions de prévention de la perte d'autonomie. Elles reçoivent un « forfait
autonomie » du Département pour financer ces actions de prévention.</p>
<h2>Puis-je garder mon médecin ?</h2>
<p>Oui. Vous conservez le libre choix de votre médecin traitant et de tous vos professionnels de
santé.</p>
<h2>Puis-je venir avec mon animal ?</h2>
<p>La loi garantit le droit d'accueillir un animal de compagnie, sauf avis contraire du conseil de
la vie sociale, dans des conditions fixées par le règlement de fonctionnement.</p>
<h2>Que se passe-t-il si ma santé se dégrade ?</h2>
<p>Des services d'aide et de soins à domicile peuvent intervenir dans votre logement. Si votre
état nécessite durablement une surveillance permanente que la résidence ne peut assurer, la
direction en parlera avec vous, votre famille et votre médecin pour rechercher une solution
adaptée, par exemple une entrée en EHPAD. La résidence ne peut pas résilier votre contrat pour ce
motif sans concertation préalable.</p>
<h2>Puis-je y séjourner temporairement ?</h2>
<p>Certaines résidences proposent des logements d'hébergement temporaire, par exemple pendant
l'hiver, après une hospitalisation ou pendant l'absence d'un proche aidant.</p>
<h2>Où trouver la liste des résidences ?</h2>
<p>La liste des résidences du Val-de-Sorne, leurs tarifs et leurs coordonnées figurent sur le
portail national d'information pour les personnes âgées et leurs proches, et dans le guide
départemental de l'autonomie, disponible dans les mairies et les CCAS.</p>
<h2>Mes droits sont-ils garantis ?</h2>
<p>Oui. Vous signez un contrat de séjour et recevez un livret d'accueil, le règlement de
fonctionnement et la charte des droits et libertés de la personne accueillie. Un conseil de la vie
sociale vous représente. En cas de litige, vous pouvez faire appel à une personne qualifiée ou au
médiateur de la consommation, et signaler toute maltraitance au 3977.</p>
""",
)

HTML_PAGES["p139_agenda_semaine_bleue.html"] = (
    "Semaine bleue 2025 — programme",
    """
<h1>Semaine bleue du 6 au 12 octobre 2025 — « Vieillir, c'est vivre »</h1>
<table>
<tr><th>Date</th><th>Animation</th><th>Lieu</th></tr>
<tr><td>Lundi 6, 15 h</td><td>Ciné-débat « Vieillir, et alors ? »</td><td>Cinéma Le Palace</td></tr>
<tr><td>Mardi 7, 10 h</td><td>Atelier « Mon smartphone sans stress »</td><td>Médiathèque</td></tr>
<tr><td>Mercredi 8, 14 h</td><td>Après-midi intergénérationnel</td><td>Résidence Les Tilleuls</td></tr>
<tr><td>Jeudi 9, 14 h 30</td><td>Conférence « Bien dormir après 60 ans »</td><td>Salle du conseil</td></tr>
<tr><td>Vendredi 10, 9 h 30</td><td>Marche douce au bord de la Sorne</td><td>Place du Marché</td></tr>
<tr><td>Samedi 11, 14 h</td><td>Thé dansant</td><td>Salle polyvalente</td></tr>
<tr><td>Dimanche 12, 12 h</td><td>Repas partagé du club</td><td>Salle des fêtes</td></tr>
</table>
<p>Toutes les animations sont gratuites. Transport sur réservation au CCAS.</p>
""",
)

HTML_PAGES["p140_page_aide_aux_aidants.html"] = (
    "Aidants : vous n'êtes pas seuls",
    """
<h1>Aidants : vous n'êtes pas seuls</h1>
<p>Vous accompagnez au quotidien un parent, un conjoint ou un ami malade ou dépendant ? Le CCAS et
la plateforme de répit du Sud Val-de-Sorne vous proposent écoute, information et solutions de
répit.</p>
<h2>Nos propositions</h2>
<ul>
<li>Le café des aidants, chaque premier jeudi du mois à la médiathèque ;</li>
<li>Des entretiens individuels gratuits avec une psychologue ;</li>
<li>Des formations pour mieux comprendre la maladie de votre proche ;</li>
<li>L'accueil de jour et l'hébergement temporaire ;</li>
<li>Une aide pour vos démarches (APA, congé de proche aidant, allocation journalière).</li>
</ul>
<p>Épuisement, colère, culpabilité : ces émotions sont fréquentes et légitimes. En parler, c'est
déjà prendre soin de soi.</p>
""",
)

HTML_PAGES["p141_communique_epidemie_grippe_ehpad.html"] = (
    "Communiqué — épidémie de grippe",
    """
<h1>Épidémie de grippe : les établissements pour personnes âgées appelés à la vigilance</h1>
<p><em>Communiqué de l'Agence régionale de santé et du Département — 8 janvier 2026</em></p>
<p>L'épidémie de grippe saisonnière progresse dans le Val-de-Sorne. Plusieurs foyers de cas
groupés ont été signalés dans des EHPAD et des résidences autonomie du département ; ils font
l'objet d'un suivi par l'ARS. Les établissements ont renforcé les mesures barrières et peuvent,
le cas échéant, limiter temporairement les activités collectives, sans restreindre les visites
des proches, qui restent un droit.</p>
<p>La vaccination reste le meilleur moyen de se protéger : il n'est pas trop tard. Les personnes
de 65 ans et plus et les malades chroniques peuvent se faire vacciner gratuitement en pharmacie.</p>
""",
)

HTML_PAGES["p142_page_recrutement_benevoles.html"] = (
    "Devenez bénévole visiteur",
    """
<h1>Devenez bénévole visiteur</h1>
<p>Une heure par semaine pour un café, une promenade, une conversation : rejoignez les Visiteurs du
Val ! Formation gratuite, accompagnement par le CCAS, assurance prise en charge. Une attestation
de non-inscription au fichier des auteurs d'infractions et un extrait de casier judiciaire sont
demandés à tous les bénévoles, comme pour toute activité auprès de personnes vulnérables.</p>
<p>Contact : CCAS de Valcourbe, 4 rue Gambetta.</p>
""",
)

HTML_PAGES["p143_deliberation_publiee_subvention_association_alzheimer.html"] = (
    "Délibération 2025-025 — subvention France Alzheimer",
    """
<h1>Délibération n° 2025-025 — Subvention à l'association France Alzheimer Val-de-Sorne</h1>
<p>Conseil municipal de Valcourbe, séance du 27 mars 2025.</p>
<p>Considérant que l'association propose aux familles de personnes atteintes de la maladie
d'Alzheimer ou d'une maladie apparentée des groupes de parole, des formations gratuites pour les
aidants et des actions de sensibilisation ; considérant qu'environ 200 Valcourbais seraient
atteints d'une maladie neuro-évolutive selon les estimations de l'association ;</p>
<p>Le conseil municipal, à l'unanimité, attribue une subvention de 1 800 € à l'association France
Alzheimer Val-de-Sorne pour l'organisation à Valcourbe de groupes de parole et d'une formation des
aidants en 2025.</p>
<p>Publiée le 1er avril 2025.</p>
""",
)

HTML_PAGES["p144_page_dispositif_grand_froid.html"] = (
    "Grand froid : protégez-vous",
    """
<h1>Grand froid : les bons réflexes</h1>
<ul>
<li>Chauffez votre logement sans le surchauffer (19 °C) ; n'utilisez jamais de chauffage d'appoint
à combustion en continu ni votre four pour chauffer ;</li>
<li>Aérez dix minutes par jour ; faites vérifier votre chaudière ;</li>
<li>Habillez-vous en plusieurs couches, couvrez tête et mains ;</li>
<li>Mangez chaud et suffisamment ; évitez l'alcool ;</li>
<li>Limitez les sorties aux heures les plus froides ; attention au verglas ;</li>
<li>Prenez des nouvelles de vos voisins âgés ou isolés.</li>
</ul>
<p>Personne sans abri en difficulté : appelez le 115. Personnes âgées ou handicapées isolées :
inscrivez-vous au registre du CCAS.</p>
""",
)

HTML_PAGES["p145_resultats_enquete_satisfaction_portage.html"] = (
    "Portage de repas — résultats de l'enquête de satisfaction 2025",
    """
<h1>Portage de repas à domicile : les résultats de l'enquête de satisfaction 2025</h1>
<p><em>CCAS de Valcourbe — publié le 2 mai 2025</em></p>
<h2>La méthode</h2>
<p>Un questionnaire anonyme a été remis en mars 2025 aux 206 bénéficiaires du portage de repas, avec
une enveloppe de retour. Les agents de portage ont proposé leur aide aux personnes ayant des
difficultés de lecture, sans jamais remplir le questionnaire à leur place. 142 questionnaires ont
été retournés, soit un taux de réponse de 69 %. Les résultats sont présentés de manière agrégée ;
les commentaires libres ont été reformulés lorsqu'ils pouvaient permettre d'identifier leur
auteur.</p>
<h2>Qui a répondu ?</h2>
<p>72 % de femmes ; âge moyen 84 ans ; 66 % vivent seuls ; 41 % bénéficient du portage depuis plus
de trois ans ; 37 % reçoivent un repas adapté (sans sel, diabétique, texture modifiée).</p>
<h2>La satisfaction globale</h2>
<table>
<tr><th>Question</th><th>Très satisfait</th><th>Satisfait</th><th>Peu satisfait</th><th>Pas satisfait</th></tr>
<tr><td>Satisfaction globale</td><td>48 %</td><td>41 %</td><td>9 %</td><td>2 %</td></tr>
<tr><td>Goût des plats</td><td>29 %</td><td>46 %</td><td>19 %</td><td>6 %</td></tr>
<tr><td>Quantités</td><td>38 %</td><td>47 %</td><td>11 %</td><td>4 %</td></tr>
<tr><td>Variété des menus</td><td>24 %</td><td>45 %</td><td>24 %</td><td>7 %</td></tr>
<tr><td>Horaires de livraison</td><td>52 %</td><td>36 %</td><td>10 %</td><td>2 %</td></tr>
<tr><td>Amabilité du livreur</td><td>81 %</td><td>17 %</td><td>2 %</td><td>0 %</td></tr>
<tr><td>Prix</td><td>21 %</td><td>52 %</td><td>20 %</td><td>7 %</td></tr>
</table>
<h2>Résultats selon le profil des répondants</h2>
<p>La satisfaction globale est un peu plus élevée chez les personnes recevant des repas standard
(91 % de satisfaits) que chez celles recevant des repas adaptés (84 %). Les personnes de plus de 90
ans se disent plus satisfaites que les plus jeunes (93 % contre 85 % chez les moins de 80 ans). Les
bénéficiaires des hameaux apprécient particulièrement le lien avec le livreur, mais signalent plus
souvent des livraisons tardives. Aucune différence notable n'apparaît selon l'ancienneté dans le
service. Ces écarts, calculés sur de petits effectifs, sont à interpréter avec prudence.</p>
<h2>Ce que vous appréciez</h2>
<p>La relation avec les agents de portage est le point le plus souvent cité : « c'est parfois la
seule visite de la journée », « il prend toujours le temps de dire un mot », « il a vu que je
n'allais pas bien et il a prévenu ». La régularité et la ponctualité sont également soulignées,
ainsi que la possibilité de suspendre facilement les livraisons lors d'une absence.</p>
<h2>Ce qui peut être amélioré</h2>
<p>Les remarques les plus fréquentes portent sur la variété des menus (« trop souvent du poisson
blanc », « les mêmes légumes »), la texture des légumes (« trop cuits »), la taille des portions
jugée trop importante par certains et insuffisante par d'autres, et la difficulté à ouvrir les
barquettes pour les personnes souffrant d'arthrose. Quelques bénéficiaires regrettent de ne pas
pouvoir choisir entre deux plats. Les personnes recevant des repas mixés souhaitent une meilleure
présentation.</p>
<h2>Nos engagements</h2>
<ul>
<li>Le nouveau marché de fourniture des repas, attribué en juin, prévoit un plan alimentaire sur
huit semaines au lieu de quatre et une part accrue de produits frais et locaux.</li>
<li>Une commission menus associant des bénéficiaires volontaires se réunira chaque trimestre.</li>
<li>Un choix entre deux plats sera expérimenté le jeudi à partir de l'automne.</li>
<li>Des barquettes à ouverture facilitée ont été demandées au prestataire.</li>
<li>Les agents de portage recevront une formation complémentaire au repérage de la dénutrition, et
une pesée mensuelle sera proposée aux bénéficiaires volontaires.</li>
<li>Les tarifs des trois premières tranches sont maintenus en 2025.</li>
</ul>
<h2>Merci</h2>
<p>Merci à toutes les personnes qui ont pris le temps de répondre. Les résultats détaillés peuvent
être consultés au CCAS. La prochaine enquête aura lieu au printemps 2026.</p>
""",
)

HTML_PAGES["p146_page_maltraitance_que_faire.html"] = (
    "Maltraitance des personnes âgées : que faire ?",
    """
<h1>Maltraitance des personnes âgées : osez en parler</h1>
<p>Insultes, gestes brusques, argent qui disparaît, enfermement, négligences : la maltraitance
prend de nombreuses formes et touche des personnes vivant à domicile comme en établissement. Elle
est souvent le fait de proches dépassés ou épuisés, parfois de professionnels ou de personnes
malveillantes.</p>
<p><strong>Appelez le 3977</strong>, numéro national d'écoute, anonyme si vous le souhaitez. En cas
d'urgence, composez le 17 ou le 112. Les agents du CCAS sont formés pour vous écouter et vous
orienter.</p>
""",
)

HTML_PAGES["p147_avis_attribution_teleassistance.html"] = (
    "Avis d'attribution — téléassistance",
    """
<h1>Avis d'attribution — Marché de téléassistance 2026-2029</h1>
<p>Pouvoir adjudicateur : CCAS de Valcourbe. Procédure adaptée. Offres reçues : 3.</p>
<p>Attributaire : Val-Sorne Assistance SAS, Bréville. Montant estimatif annuel : 61 400 € HT.
Date de signature : 28 novembre 2025. Durée : 1 an reconductible 3 fois.</p>
<p>Recours : tribunal administratif de Poitiers.</p>
""",
)

HTML_PAGES["p148_page_elus_delegues_seniors.html"] = (
    "Vos élus — solidarités et aînés",
    """
<h1>Vos élus en charge des solidarités et des aînés</h1>
<ul>
<li><strong>Odile Ferrand-Lacaze</strong>, première adjointe chargée des solidarités, vice-présidente
du CCAS — groupe « Valcourbe Ensemble » (majorité, divers gauche). Permanence le mardi matin.</li>
<li><strong>Rachid Amrani</strong>, conseiller municipal délégué aux solidarités et au logement —
groupe « Valcourbe Ensemble ».</li>
<li><strong>Monique Baillargeau</strong>, conseillère municipale déléguée aux aînés — groupe
« Valcourbe Ensemble ».</li>
</ul>
<p>Les groupes d'opposition « Agir pour Valcourbe » (divers droite) et « Valcourbe Écologie et
Solidarités » sont représentés au conseil d'administration du CCAS par M. Karim Benyahia et
Mme Laure Haddouche.</p>
""",
)

HTML_PAGES["p149_portrait_centenaire_avec_accord.html"] = (
    "Portrait — Marcelline fête ses 100 ans",
    """
<h1>Marcelline Dubosc, 100 ans et toujours au jardin</h1>
<p><em>Valcourbe Infos, janvier 2026 — portrait publié avec l'accord de Mme Dubosc et de sa
famille</em></p>
<p>Née le 2 janvier 1926 dans une ferme de Chézelles, Marcelline Dubosc a été institutrice à l'école
du bourg pendant trente-deux ans. Des générations de Valcourbais ont appris à lire avec elle. Elle
vit depuis huit ans à la résidence Les Tilleuls, où elle cultive son carré potager et anime chaque
semaine un atelier de dictée « pour garder la tête en forme ».</p>
<p>Le maire et la vice-présidente du CCAS sont venus lui souhaiter son anniversaire, entourée de ses
deux filles, de cinq petits-enfants et de trois arrière-petits-enfants. Son secret ? « Se lever
tous les matins avec une envie. »</p>
""",
)

HTML_PAGES["p150_plan_acces_horaires_ccas.html"] = (
    "CCAS de Valcourbe — accès et horaires",
    """
<h1>Venir au CCAS</h1>
<p>Adresse : 4 rue Gambetta, 86 990 Valcourbe (ancienne perception, entrée de plain-pied).</p>
<p>Horaires : lundi au vendredi, 9 h – 12 h et 14 h – 17 h ; fermé le jeudi après-midi.</p>
<p>Accès : navette intercommunale, arrêt « Mairie » ; parking de la place du Marché (2 places
réservées aux personnes handicapées devant l'entrée).</p>
<p>Accueil accessible : boucle magnétique, documents en gros caractères sur demande.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
