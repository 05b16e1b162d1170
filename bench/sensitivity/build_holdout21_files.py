"""Build the .docx and .html documents of the hand-written sensitivity set holdout21.

Theme: agriculture and rural affairs (DDT, chambre d'agriculture, DDPP veterinary and food-safety
services, MSA): CAP subsidies and controls, farmers in difficulty, animal-welfare inspections,
slaughterhouses, food poisoning, restaurant hygiene, hunting, drought, land consolidation, young
farmers, seasonal workers, pesticides, rural councils, agricultural statistics, press releases.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout21_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout21"
FIXED = dt.datetime(2025, 12, 1, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_investigation_tiac_mariage.docx"] = [
    ("title", "Rapport d'investigation — toxi-infection alimentaire collective, mariage du 14 juin 2025"),
    para("""DDPP de la Mayenne, service sécurité sanitaire des aliments, en lien avec l'ARS Pays de la
    Loire. Rapport établi le 2 juillet 2025 par l'inspectrice en charge, Mme Aurélie Pottier."""),
    ("h", "1. Signalement"),
    para("""Le 16 juin, le médecin de garde de Château-Gontier a signalé au point focal de l'ARS
    plusieurs cas de gastro-entérite fébrile parmi les invités d'un mariage célébré le samedi 14 juin
    au domaine de la Rivière, à Azé. 142 convives avaient assisté au vin d'honneur et 118 au dîner,
    préparé par un traiteur de Laval, la SARL Saveurs du Maine."""),
    ("h", "2. Méthode"),
    para("""Une enquête de cohorte rétrospective a été conduite par questionnaire téléphonique auprès de
    l'ensemble des convives joignables (111 réponses). Un cas était défini comme toute personne ayant
    présenté une diarrhée ou des vomissements dans les 72 heures suivant le repas. Des prélèvements
    de selles ont été demandés aux malades, et l'inspection du traiteur a eu lieu le 17 juin avec
    prélèvement des plats témoins conservés."""),
    ("h", "3. Résultats épidémiologiques"),
    para("""47 cas ont été identifiés (taux d'attaque de 42 %). Le délai médian d'incubation est de
    19 heures. Le risque est significativement associé à la consommation de la terrine de volaille
    servie en entrée (risque relatif 6,8). Les coprocultures de 9 malades ont isolé Salmonella
    Typhimurium, souche identique à celle retrouvée dans le plat témoin de terrine."""),
    ("h", "4. Cas graves"),
    para("""Cinq personnes ont été hospitalisées. Parmi elles, la mariée, Mme Justine Leroux, enceinte
    de cinq mois, a été admise au CH de Laval le 15 juin pour déshydratation sévère avec
    contractions ; elle a bénéficié d'une surveillance obstétricale de quatre jours et la grossesse se
    poursuit normalement. Le grand-père du marié, M. Raymond Chevalier, 86 ans, insuffisant rénal
    dialysé, a été hospitalisé six jours en néphrologie. Un enfant de 4 ans, fils d'un invité, a été
    pris en charge aux urgences pédiatriques pour des convulsions fébriles, sans séquelles."""),
    ("h", "5. Inspection du traiteur"),
    para("""Les terrines ont été cuites le mercredi 11 juin, refroidies à température ambiante dans
    l'atelier pendant environ cinq heures faute de cellule de refroidissement opérationnelle (panne
    depuis mai, non signalée), puis conservées en chambre froide à 6 °C. Le transport vers le lieu de
    réception s'est fait en véhicule non réfrigéré, un samedi à 29 °C. Le plan de maîtrise sanitaire
    ne prévoyait aucune validation du barème de cuisson."""),
    ("h", "6. Mesures prises"),
    ("table", [
        ["Mesure", "Date", "Suite"],
        ["Suspension de l'activité de fabrication de terrines", "17 juin", "Levée le 30 juin"],
        ["Mise en demeure : réparation de la cellule, validation des barèmes", "18 juin", "Conforme"],
        ["Procès-verbal (mise sur le marché de denrée dangereuse)", "20 juin", "Transmis au parquet"],
        ["Information des convives par l'ARS", "19 juin", "Réalisée"],
    ]),
    ("h", "7. Conclusion"),
    para("""La TIAC est imputable à une multiplication bactérienne lors d'un refroidissement trop lent
    d'un produit à base de volaille contaminé. Le dossier est clos pour la partie épidémiologique.
    La liste nominative des cas, annexée, reste réservée à l'ARS et à la DDPP."""),
]

DOCX_BLOCKS["s047_rapport_inspection_bien_etre_bovins_suites.docx"] = [
    ("title", "Rapport d'inspection en protection animale — élevage bovin allaitant"),
    para("""DDETSPP de la Nièvre. Inspection du 4 février 2025, à la suite de trois signalements de
    voisins. Exploitant : M. Francis Guillot, 63 ans, lieu-dit Les Chaumes, Moulins-Engilbert."""),
    ("h", "Constats"),
    ("table", [
        ["Point de contrôle", "Constat", "Gravité"],
        ["Alimentation", "Plus de fourrage depuis une dizaine de jours ; animaux sur paille souillée",
         "Majeure"],
        ["Abreuvement", "Abreuvoirs gelés, aucune autre source d'eau", "Majeure"],
        ["Soins", "Deux vaches couchées incapables de se relever, veau mort non enlevé", "Majeure"],
        ["Logement", "Stabulation non paillée, boue jusqu'aux jarrets", "Moyenne"],
    ]),
    ("h", "Éléments relatifs à l'exploitant"),
    para("""M. Guillot nous a reçus en chaussons, très amaigri. Il nous a expliqué sortir de trois
    semaines d'hospitalisation pour une décompensation cardiaque et ne plus pouvoir marcher plus de
    cent mètres. Sa fille, qui vit à Dijon, ignorait la situation. Il nous a également dit avoir été
    condamné en 2018 par le tribunal correctionnel de Nevers pour des faits similaires, avec une
    peine d'amende, et « ne pas vouloir retourner devant le juge »."""),
    ("h", "Suites"),
    para("""Euthanasie des deux vaches couchées par le vétérinaire sanitaire ; retrait de 38 bovins et
    placement en pension chez un éleveur désigné ; procès-verbal pour mauvais traitements transmis
    au procureur, la récidive étant caractérisée. Orientation de l'exploitant vers la cellule
    mal-être de la MSA, avec son accord, et information de sa fille."""),
]

DOCX_BLOCKS["s048_cr_cellule_departementale_situations_individuelles.docx"] = [
    ("title", "Cellule départementale « agriculteurs en difficulté » — compte rendu du 14 octobre 2025"),
    para("""Département de l'Orne. Participants : DDT (présidence), MSA Mayenne-Orne-Sarthe, chambre
    d'agriculture, Crédit agricole, CER France, Solidarité Paysans, banque de France (pour les
    points relatifs au surendettement). Document nominatif : diffusion limitée aux membres."""),
    ("h", "1. Tableau de suivi"),
    ("table", [
        ["Exploitant", "Commune", "Situation", "Décision"],
        ["M. Jacky Hardy", "Gacé", "Dettes fournisseurs 92 k€, RSA depuis juin", "Audit REAGIR"],
        ["GAEC Lemonnier (M. et Mme)", "Vimoutiers", "Séparation du couple, associé sortant à "
         "rembourser", "Médiation, étalement"],
        ["Mme Isabelle Fromont", "Écouché", "Arrêt maladie long (burn-out), remplaçant financé",
         "Prolongation aide au répit"],
        ["M. Yves Bisson", "Le Merlerault", "Liquidation évitée, dossier de surendettement "
         "déposé", "Suivi MSA"],
    ]),
    ("h", "2. Situation de M. Jacky Hardy"),
    para("""Éleveur laitier de 48 ans, seul sur l'exploitation depuis le décès de son associé. Les
    impayés fournisseurs atteignent 92 000 € et la banque a refusé un prêt de consolidation. Il
    bénéficie du RSA depuis juin et sa maison d'habitation fait l'objet d'une inscription
    hypothécaire. Le technicien décrit un homme « à bout », qui a évoqué devant lui vendre le
    troupeau « et disparaître ». La MSA a organisé un rendez-vous avec le psychologue de la cellule."""),
    ("h", "3. Situation de Mme Isabelle Fromont"),
    para("""Éleveuse de chèvres en vente directe, en arrêt maladie depuis avril pour épuisement
    professionnel. Le service de remplacement assure la traite ; l'aide au répit arrive à échéance.
    La reprise est envisagée à mi-temps thérapeutique en janvier selon son médecin."""),
    ("h", "4. Prochaine réunion"),
    para("Le 9 décembre 2025 à 14 h, DDT d'Alençon."),
]

DOCX_BLOCKS["s049_entretien_professionnel_technicien_phyto.docx"] = [
    ("title", "Compte rendu d'entretien professionnel 2025"),
    para("""DRAAF Centre-Val de Loire — Service régional de l'alimentation. Agent évalué : M. Arnaud
    Legrand, technicien supérieur, inspecteur phytosanitaire (distribution et application).
    Évaluatrice : Mme Sophie Dufresne, cheffe du pôle. Entretien du 9 décembre 2025."""),
    ("table", [
        ["Objectif 2025", "Résultat", "Commentaire"],
        ["60 inspections de distributeurs", "Atteint (64)", "Bonne qualité des rapports"],
        ["Suites des non-conformités sous 30 jours", "Non atteint", "Délai moyen 71 jours"],
        ["Tutorat d'un nouvel agent", "Partiellement atteint", "Disponibilité insuffisante"],
    ]),
    ("h", "Appréciation générale"),
    para("""Agent très compétent techniquement et reconnu par les professionnels. L'évaluatrice
    relève toutefois un manque de rigueur dans le suivi administratif, qui a conduit à la
    prescription de deux procédures, et un comportement parfois vif lors des réunions d'équipe
    ayant motivé un rappel à l'ordre oral en juin. Elle ne propose pas l'agent à la réduction
    d'ancienneté cette année et retient un objectif prioritaire de traitement des suites."""),
    para("Observations de l'agent : « Accord sur les objectifs ; désaccord sur le caractère vif. »"),
]

DOCX_BLOCKS["s050_rapport_accident_abattoir_test_salivaire.docx"] = [
    ("title", "Rapport d'analyse d'accident — abattoir de Craon, chaîne de découpe"),
    para("""Établi par le responsable qualité-sécurité à l'intention du CSE et de la DDPP (volet
    protection animale non concerné). Accident du 3 novembre 2025, 5 h 50."""),
    ("h", "Faits"),
    para("""M. Dylan Rocher, opérateur de découpe, s'est entaillé profondément l'avant-bras gauche en
    retirant le gant de protection pour dégager un morceau coincé dans la scie à bande. Section de
    deux tendons fléchisseurs, opéré le jour même à Angers ; arrêt de travail prévisible de trois
    mois."""),
    ("h", "Dépistage"),
    para("""Conformément au règlement intérieur applicable aux postes à risque, un test salivaire a été
    réalisé par l'infirmière à l'arrivée des secours : résultat positif au cannabis. Le salarié a
    reconnu une consommation la veille au soir. Il avait déjà reçu un avertissement en mars pour
    non-port des équipements de protection."""),
    ("h", "Mesures"),
    para("""Rappel à l'ensemble de l'équipe des consignes d'arrêt de la scie ; installation d'un
    capteur de présence ; entretien disciplinaire envisagé au retour du salarié, et proposition
    d'orientation vers le service de santé au travail pour un accompagnement."""),
]

DOCX_BLOCKS["s051_dossier_dja_avis_financement_fichage.docx"] = [
    ("title", "Dossier de demande de DJA — avis du comité de pré-instruction"),
    para("""Chambre d'agriculture du Jura, point accueil installation. Candidate : Mme Laetitia
    Vuillermoz, 32 ans, projet d'installation en élevage caprin fromager à Foncine-le-Haut."""),
    ("table", [
        ["Élément", "Valeur"],
        ["Investissement total", "186 000 €"],
        ["DJA sollicitée", "32 000 €"],
        ["Prêt bancaire nécessaire", "120 000 €"],
        ["Revenu prévisionnel année 4", "19 800 €"],
    ]),
    ("h", "Avis"),
    para("""Le projet est techniquement solide. Toutefois, la banque sollicitée a refusé le prêt :
    la candidate est inscrite au fichier central des chèques de la Banque de France depuis 2023 à la
    suite d'incidents de paiement survenus pendant une période de chômage, et elle rembourse encore
    un plan de surendettement validé par la commission du Jura jusqu'en 2027. Le comité propose de
    l'orienter vers un financement participatif et un prêt d'honneur, et de reporter le passage en
    CDOA."""),
]

DOCX_BLOCKS["s052_plan_crise_influenza_diffusion_restreinte.docx"] = [
    ("title", "DIFFUSION RESTREINTE — Plan de gestion d'un foyer d'influenza aviaire en zone dense"),
    para("""Préfecture de la Vendée — DDPP. Version 3 du 10 octobre 2025. Exemplaire n° 7/12. Ce
    document ne doit être ni reproduit ni transmis hors de la liste des destinataires."""),
    ("h", "1. Moyens de dépeuplement"),
    para("""Capacité de mise à mort par gazage en conteneur : 40 000 volailles par jour avec les deux
    équipes prestataires sous contrat ; au-delà, appel à la réserve nationale dont le délai de
    mobilisation réel est de 72 heures, et non de 24 heures comme annoncé publiquement."""),
    ("h", "2. Sites sensibles"),
    ("table", [
        ["Site", "Vulnérabilité", "Mesure"],
        ["Centre d'équarrissage de Benet", "Saturé à 180 t/jour ; clôture dégradée",
         "Gardiennage à déclencher"],
        ["Site d'enfouissement de secours", "Emplacement non public ; opposition locale attendue",
         "Ne pas communiquer"],
        ["Cellule de crise DDPP", "Accès par code 8821, badge de secours au PC sécurité",
         "Changer le code après crise"],
    ]),
    ("h", "3. Communication"),
    para("""Éléments de langage validés par le cabinet ; aucune indication ne doit être donnée sur la
    localisation du site d'enfouissement de secours."""),
]

DOCX_BLOCKS["s053_reclamation_ccaf_veuve_enfant_handicape.docx"] = [
    ("title", "Commission départementale d'aménagement foncier — réclamation n° 12"),
    para("""Aménagement foncier de Bréhal-Chanteloup (Manche). Séance du 5 juin 2025. Réclamante :
    Mme Monique Hamelin, propriétaire et exploitante de 9 ha."""),
    ("h", "Exposé"),
    para("""Mme Hamelin, veuve depuis 2023, expose qu'elle exploite seule et que son fils de 24 ans,
    atteint d'une infirmité motrice cérébrale et se déplaçant en fauteuil, vit avec elle. Le lot
    qui lui a été attribué se situe à 3,5 km de son domicile, contre 400 m pour ses anciennes
    parcelles : elle ne peut plus laisser son fils seul le temps d'y conduire les animaux matin et
    soir, aucune aide à domicile n'intervenant avant 9 h. Elle demande le maintien de la parcelle
    ZA 17 attenante à sa maison."""),
    ("h", "Décision"),
    para("""La commission, tenant compte de la situation familiale exposée, décide d'attribuer à la
    réclamante la parcelle ZA 17 en soulte inverse de 0,6 ha, et demande au géomètre de rééquilibrer
    les attributions des comptes voisins."""),
]

DOCX_BLOCKS["s054_rapport_codaf_travail_dissimule_vendanges.docx"] = [
    ("title", "Comité opérationnel départemental anti-fraude — rapport de contrôle"),
    para("""Contrôle conjoint du 19 septembre 2025, vendanges, domaine viticole de Saint-Émilion.
    Services : MSA (contrôle externe), URSSAF, gendarmerie, inspection du travail, police aux
    frontières."""),
    ("table", [
        ["Personne contrôlée", "Nationalité", "Situation", "Suite"],
        ["M. Ionut P.", "roumaine", "non déclaré (DPAE absente)", "régularisation employeur"],
        ["M. Karim Belhadj", "algérienne", "titre expiré depuis 2022, OQTF", "retenue, CRA de Bordeaux"],
        ["M. Omar Sissoko", "malienne", "demandeur d'asile depuis 4 mois", "autorisation à vérifier"],
        ["M. Adil Berrada", "marocaine", "sans titre, faux document espagnol", "garde à vue"],
    ]),
    ("h", "Employeur"),
    para("""Le prestataire de services agricoles, SARL VitiServices 33, dirigé par M. Patrick Mazeau,
    a déjà été condamné en 2022 pour travail dissimulé. Procès-verbaux pour emploi d'étrangers sans
    titre, travail dissimulé et aide au séjour irrégulier ; saisine du parquet de Libourne et
    demande de fermeture administrative temporaire."""),
]

DOCX_BLOCKS["s055_note_strategique_cooperative_confidentiel.docx"] = [
    ("title", "CONFIDENTIEL — Note au conseil d'administration"),
    para("""Coopérative céréalière Terres de l'Ouest — direction générale. Séance du 28 novembre 2025.
    Document numéroté, à restituer en fin de séance."""),
    ("h", "Projet de rapprochement"),
    para("""Des discussions exclusives sont engagées avec la coopérative Agralys pour une fusion au
    1er juillet 2026. Valorisation retenue à ce stade : 1,15 fois les capitaux propres. Les
    synergies attendues (9,4 M€ par an) proviennent à 60 % de la fermeture de 11 silos, dont la
    liste en annexe n'a pas été présentée aux salariés."""),
    ("table", [
        ["Client", "Volume 2025 (t)", "Marge nette (€/t)"],
        ["Malterie du Nord", "84 000", "11,20"],
        ["Meunerie Girard", "52 000", "7,85"],
        ["Export Rouen (négoce)", "210 000", "3,10"],
    ]),
    para("""Toute divulgation avant la signature du protocole pourrait entraîner la rupture des
    négociations et engagerait la responsabilité de son auteur."""),
]

DOCX_BLOCKS["s056_rapport_disciplinaire_lieutenant_louveterie.docx"] = [
    ("title", "Rapport au préfet — manquements d'un lieutenant de louveterie"),
    para("""DDT de l'Ain, bureau chasse. Objet : M. Raphaël Curtet, lieutenant de louveterie de la
    circonscription de Nantua, commissionné jusqu'en 2029."""),
    ("h", "Faits reprochés"),
    para("""Lors de la battue administrative du 12 octobre, M. Curtet a autorisé la participation de
    deux chasseurs non déclarés, dont l'un sans validation de permis, et a omis de rendre compte
    des prélèvements pendant trois semaines. Le service a aussi reçu des plaintes d'agriculteurs
    sur son refus répété d'intervenir pour des dégâts de sangliers sur la commune où il réside,
    au motif de conflits de voisinage."""),
    ("h", "Proposition"),
    para("""Entendu le 4 novembre, l'intéressé reconnaît les faits relatifs à la battue. Le directeur
    propose au préfet de lui adresser un avertissement et de suspendre sa commission pour six mois,
    sans retrait définitif compte tenu de vingt années de service sans incident."""),
]

DOCX_BLOCKS["s057_note_rh_licenciement_salarie_syndique.docx"] = [
    ("title", "Note au directeur — projet de licenciement d'un salarié protégé"),
    para("""Chambre d'agriculture de la Loire-Atlantique, service des ressources humaines."""),
    para("""M. Yannick Guérin, technicien bâtiments d'élevage, est délégué syndical CFDT et membre
    élu du comité social et économique. Son licenciement pour faute, envisagé à la suite de
    l'altercation du 3 septembre avec son responsable, nécessite l'autorisation de l'inspection du
    travail. Le dossier doit démontrer l'absence de lien avec son mandat : or, son entretien annuel
    de 2024 mentionne que « son engagement syndical pèse sur sa disponibilité »."""),
    ("table", [
        ["Élément", "Appréciation du service"],
        ["Altercation du 3 septembre", "Deux témoins, propos injurieux"],
        ["Antécédents disciplinaires", "Un avertissement en 2023"],
        ["Risque de contentieux", "Élevé (mention du mandat dans l'entretien 2024)"],
    ]),
    para("""Le service recommande une mise à pied disciplinaire plutôt qu'une demande
    d'autorisation de licenciement."""),
]

DOCX_BLOCKS["s058_bilan_accueil_enfant_place_ferme.docx"] = [
    ("title", "Bilan de séjour — accueil d'un mineur confié en exploitation agricole"),
    para("""Dispositif « séjours de rupture à la ferme », association Accueil Paysan Allier, en
    convention avec l'aide sociale à l'enfance. Famille d'accueil : M. et Mme Bardet, éleveurs à
    Cérilly."""),
    para("""Kylian, 14 ans, confié à l'ASE par décision du juge des enfants de Montluçon depuis
    janvier 2024 en raison des violences de son beau-père, a séjourné à la ferme du 1er juillet au
    15 août. Il est arrivé avec un comportement de retrait et des fugues répétées de son foyer. Il a
    rapidement trouvé sa place auprès des animaux et s'est beaucoup investi dans les soins aux
    veaux."""),
    para("""Un épisode de crise a eu lieu le 23 juillet après un appel de sa mère, qui lui a annoncé
    ne pas pouvoir le recevoir à la rentrée. L'éducatrice référente a été prévenue. La famille
    d'accueil se déclare prête à l'accueillir de nouveau aux vacances de la Toussaint si le juge
    l'autorise."""),
]

DOCX_BLOCKS["s059_reponse_ddets_pratique_religieuse_saisonniers.docx"] = [
    ("title", "Réponse à la demande d'un employeur — pratique religieuse des salariés saisonniers"),
    para("""DDETS des Bouches-du-Rhône, service de renseignement en droit du travail. Courrier à
    l'EARL Les Serres de Berre, 10 mars 2025."""),
    para("""Vous nous indiquez que quatre de vos salariés saisonniers, MM. Rachid Ouali, Hamza
    Tahiri, Brahim Lamrani et Saïd Bennani, vous ont fait savoir qu'ils observeront le jeûne du
    ramadan à compter du 1er mars et vous demandent de commencer la cueillette à 5 h 30 pour
    terminer avant les fortes chaleurs, ainsi qu'un temps de prière le vendredi midi."""),
    para("""Vous n'êtes pas tenu d'accorder ces aménagements, mais un refus doit être justifié par
    des impératifs de sécurité ou d'organisation. Le jeûne pendant des travaux physiques sous
    serre présente un risque de malaise ; nous vous recommandons d'en tenir compte dans votre
    évaluation des risques, sans mentionner la religion des salariés dans le document unique."""),
]

DOCX_BLOCKS["s060_cr_cdoa_installations_long.docx"] = [
    ("title", "Commission départementale d'orientation de l'agriculture — section structures et "
              "installation"),
    para("""Département du Puy-de-Dôme. Compte rendu de la séance du 18 septembre 2025, DDT,
    Clermont-Ferrand. Présidence : M. le secrétaire général de la préfecture. Membres présents :
    représentants de la DDT, du conseil régional, du conseil départemental, de la chambre
    d'agriculture, de la FDSEA, des Jeunes agriculteurs, de la Confédération paysanne, de la
    Coordination rurale, de la MSA, des propriétaires, du Crédit agricole, de la SAFER."""),
    ("h", "1. Approbation du compte rendu de la séance du 19 juin"),
    para("Le compte rendu est approuvé sans observation."),
    ("h", "2. Point d'information sur la campagne d'installation"),
    para("""La DDT présente les chiffres au 31 août : 64 dossiers d'aide à l'installation déposés
    depuis janvier, contre 58 l'an passé. La part des installations hors cadre familial progresse
    (38 %). Les productions concernées sont l'élevage bovin lait (22 dossiers), l'élevage allaitant
    (14), le maraîchage (9), l'élevage ovin (7), les grandes cultures (5) et diverses productions
    (7). Le montant moyen de DJA engagé est de 36 700 €. Le délai moyen d'instruction est de 94
    jours. Les représentants des Jeunes agriculteurs saluent la progression mais regrettent les
    difficultés d'accès au foncier dans la Limagne, où la pression des agrandissements reste
    forte."""),
    ("h", "3. Demandes d'autorisation d'exploiter"),
    para("""Neuf demandes sont examinées. Six sont sans concurrence et recueillent un avis
    favorable. Trois demandes concurrentes portent sur les 42 ha libérés par le départ en retraite
    d'un exploitant de Saint-Germain-Lembron. Après débat, la commission classe en rang 1 la
    demande d'installation d'un jeune agriculteur, conformément au schéma directeur régional des
    exploitations agricoles, et en rang 2 et 3 les demandes d'agrandissement."""),
    ("table", [
        ["N°", "Demandeur", "Surface", "Nature", "Avis"],
        ["1", "GAEC des Monts (agrandissement)", "18 ha", "Sans concurrence", "Favorable"],
        ["2", "EARL Roche (agrandissement)", "42 ha", "Concurrente", "Rang 2"],
        ["3", "M. Damien Chassaing (installation)", "42 ha", "Concurrente", "Rang 1"],
        ["4", "SCEA Val d'Allier (agrandissement)", "42 ha", "Concurrente", "Rang 3"],
        ["5", "M. Lucas Ondet (installation)", "31 ha", "Sans concurrence", "Favorable"],
    ]),
    ("h", "4. Dossiers d'aide à l'installation"),
    para("""Dossier de M. Damien Chassaing, 29 ans, installation en bovins lait AOP Saint-Nectaire.
    Le plan d'entreprise prévoit la reprise de 35 vaches et la construction d'un séchoir à foin.
    Le conseiller de la chambre précise que l'étude de faisabilité a tenu compte de la
    disponibilité réduite de sa conjointe, Mme Clémence Chassaing, qui ne pourra pas participer à
    la traite comme prévu initialement : elle est atteinte d'une sclérose en plaques diagnostiquée
    au printemps, dont les poussées l'ont déjà contrainte à plusieurs hospitalisations. Le plan
    intègre donc l'embauche d'un salarié à mi-temps via le groupement d'employeurs. La commission
    émet un avis favorable pour une DJA de 41 200 €, avec la modulation hors cadre familial."""),
    para("""Dossier de M. Lucas Ondet, 24 ans, installation en ovins viande et vente directe à
    Ambert. Le projet repose sur 320 brebis et une salle de découpe collective en CUMA. Avis
    favorable pour une DJA de 33 500 €."""),
    para("""Dossier de Mme Inès Goutte, 35 ans, installation en maraîchage biologique à Riom sur
    2,5 ha. Le plan prévoit la vente en AMAP et sur deux marchés. La représentante de la
    Confédération paysanne souligne la solidité du réseau commercial. Avis favorable pour une DJA
    de 28 000 €."""),
    ("h", "5. Calamités agricoles"),
    para("""La DDT présente le rapport d'enquête sur les pertes de fourrages dues à la sécheresse du
    printemps dans les Combrailles. 48 communes sont proposées à la reconnaissance ; la commission
    émet un avis favorable à la transmission du dossier au comité national de gestion des risques
    en agriculture."""),
    ("h", "6. Questions diverses"),
    para("""Le représentant de la SAFER présente le dispositif de portage foncier pour les jeunes
    installés. La prochaine séance aura lieu le 11 décembre 2025. La séance est levée à 17 h 20."""),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_activite_ddpp_2024.docx"] = [
    ("title", "Direction départementale de la protection des populations de la Manche — Rapport "
              "d'activité 2024"),
    para("""La DDPP de la Manche compte 96 agents, dont 41 affectés à l'inspection dans les quatre
    abattoirs de boucherie et de volailles du département. Ce rapport présente les principaux
    indicateurs de l'année, sous forme agrégée."""),
    ("h", "1. Santé et protection animales"),
    para("""Le département compte 6 900 élevages bovins. La campagne de prophylaxie a concerné 1 420
    cheptels. Deux foyers de tuberculose bovine ont été détectés dans le sud du département et
    assainis par abattage partiel. En protection animale, 212 signalements ont été reçus, 149
    inspections réalisées, 17 mises en demeure et 5 retraits d'animaux prononcés ; 8 dossiers ont
    été transmis aux parquets de Coutances et de Cherbourg."""),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Signalements protection animale", "187", "212"],
        ["Inspections en élevage", "131", "149"],
        ["Retraits d'animaux", "3", "5"],
        ["Contrôles en abattoir (heures)", "61 200", "63 900"],
        ["Inspections en restauration", "702", "768"],
        ["TIAC déclarées", "21", "17"],
    ]),
    ("h", "2. Sécurité sanitaire des aliments"),
    para("""768 inspections en remise directe, dont 409 en restauration commerciale. Les résultats
    publiés sur Alim'confiance sont « satisfaisants » ou « très satisfaisants » dans 79 % des cas.
    14 fermetures administratives ont été prononcées, principalement pour présence de nuisibles ou
    rupture de la chaîne du froid. 17 toxi-infections alimentaires collectives ont été déclarées
    (243 malades, 9 hospitalisations), dont trois dans des repas familiaux."""),
    ("h", "3. Protection économique du consommateur"),
    para("""1 240 établissements contrôlés ; opérations ciblées sur l'étiquetage de l'origine des
    viandes en restauration et sur les allégations « produit de la ferme » sur les marchés."""),
    ("h", "4. Ressources humaines"),
    para("""Le taux de vacance des postes d'inspection en abattoir reste élevé (8 %). Un plan de
    prévention des risques psychosociaux a été adopté après un diagnostic qui a mis en évidence
    l'exposition des agents aux incivilités. 6 agents ont été formés au repérage des situations
    de détresse des éleveurs."""),
    ("h", "5. Perspectives"),
    para("""Renforcement du contrôle de la vente de repas par plateformes, préparation à l'arrivée
    de la dermatose nodulaire contagieuse, et déploiement d'une équipe mobile en abattoir."""),
]

DOCX_BLOCKS["p122_procedure_controle_conditionnalite.docx"] = [
    ("title", "Procédure — contrôle sur place de la conditionnalité des aides PAC"),
    ("h", "1. Préparation"),
    para("""Le contrôleur consulte le dossier de l'exploitant, l'historique des contrôles et les
    couches graphiques. Le préavis est limité à 48 heures sauf pour les exigences relatives au
    bien-être animal et à l'identification, pour lesquelles le contrôle est inopiné."""),
    ("h", "2. Déroulement"),
    para("""Présentation de l'ordre de mission ; vérification des registres (phytosanitaire,
    élevage, fertilisation) ; visite des parcelles et bâtiments ; rédaction du rapport contradictoire
    signé par l'exploitant, qui peut y porter ses observations."""),
    ("h", "3. Refus de contrôle"),
    para("""Le refus, y compris passif, entraîne le rejet de la totalité des aides de la campagne.
    Le contrôleur le consigne et se retire sans insister."""),
    ("table", [
        ["Type d'anomalie", "Taux de réduction indicatif"],
        ["Négligence, premier constat", "3 %"],
        ["Négligence répétée", "jusqu'à 15 %"],
        ["Non-conformité intentionnelle", "20 % à 100 %"],
    ]),
]

DOCX_BLOCKS["p123_programme_formation_sentinelles.docx"] = [
    ("title", "Formation « Sentinelles en agriculture » — repérer et orienter les personnes en "
              "souffrance"),
    para("""Organisée par la MSA Nord-Pas de Calais avec l'association Vigilance Suicide. Public :
    techniciens de coopérative, contrôleurs laitiers, vétérinaires, élus ruraux, agents de la DDT.
    Durée : une journée. Gratuite."""),
    ("table", [
        ["Horaire", "Contenu"],
        ["9 h", "Représentations du suicide ; chiffres clés dans le monde agricole"],
        ["10 h 30", "Repérer les signes de crise suicidaire"],
        ["13 h 30", "Entrer en contact, questionner, écouter : mises en situation"],
        ["15 h 30", "Orienter : cellule MSA, médecin traitant, 3114, urgences"],
        ["16 h 30", "Prendre soin de soi en tant que sentinelle"],
    ]),
    para("""Les situations évoquées en formation sont anonymisées et couvertes par une règle de
    confidentialité entre participants."""),
]

DOCX_BLOCKS["p124_deliberation_bail_rural_communal.docx"] = [
    ("title", "Commune de Saint-Pierre-des-Landes — délibération n° 2025-031"),
    para("""Objet : attribution du bail rural des terrains communaux du Bois-Joli. Séance du 3 juillet
    2025, sous la présidence de M. Alain Gendron, maire."""),
    para("""À la suite de l'appel à candidatures publié le 15 mai, deux candidatures ont été reçues.
    Conformément aux critères fixés par la délibération du 10 avril (priorité à l'installation d'un
    jeune agriculteur, projet en agriculture biologique), le conseil attribue le bail de 11,2 ha à
    M. Thomas Bréhier, éleveur installé en 2024 au lieu-dit La Touche, pour neuf ans à compter du
    11 novembre 2025, moyennant un fermage annuel de 138 € par hectare, indexé."""),
    para("Vote : 13 pour, 0 contre, 1 abstention. Le maire est autorisé à signer le bail."),
]

DOCX_BLOCKS["p125_cr_comite_ressource_eau.docx"] = [
    ("title", "Comité ressource en eau de la Vienne — relevé de décisions du 24 juillet 2025"),
    para("""Présidence : Mme Delphine Arnaud, sous-préfète. Participants : DDT, DREAL, OFB, chambre
    d'agriculture, organisme unique de gestion collective, syndicats d'eau potable, fédération de
    pêche, associations de protection de la nature."""),
    ("table", [
        ["Zone", "Situation", "Décision"],
        ["Clain amont", "Sous seuil d'alerte renforcée depuis 6 jours", "Alerte renforcée"],
        ["Dive du Nord", "Sous seuil de crise", "Crise"],
        ["Vienne aval", "Au-dessus du seuil d'alerte", "Vigilance maintenue"],
    ]),
    para("""Les demandes de dérogation de 12 maraîchers sont acceptées dans la limite de 30 % des
    volumes. La fédération de pêche demande des contrôles renforcés ; l'OFB annonce 40 contrôles
    supplémentaires. Prochaine réunion le 7 août."""),
]

DOCX_BLOCKS["p126_appel_projets_projet_alimentaire_territorial.docx"] = [
    ("title", "Appel à projets 2026 — projets alimentaires territoriaux (PAT)"),
    para("""DRAAF Grand Est. Le présent appel finance l'émergence et la mise en œuvre de projets
    alimentaires territoriaux portés par des collectivités, des associations ou des groupements."""),
    ("h", "Dépenses éligibles"),
    para("""Études de diagnostic, animation, investissements immatériels, actions d'éducation à
    l'alimentation, lutte contre la précarité alimentaire (épiceries solidaires, paniers
    solidaires)."""),
    ("table", [
        ["Volet", "Taux d'aide", "Plafond"],
        ["Émergence", "70 %", "50 000 €"],
        ["Mise en œuvre", "50 %", "150 000 €"],
    ]),
    para("Date limite de dépôt : 31 mars 2026, sur la plateforme démarches simplifiées."),
]

DOCX_BLOCKS["p127_note_methodologique_enquete_pratiques_culturales.docx"] = [
    ("title", "Note méthodologique — enquête pratiques culturales en grandes cultures 2025"),
    para("""Service de la statistique et de la prospective. Champ : parcelles de blé tendre, orge,
    colza, maïs, tournesol, betterave, pois et prairies temporaires des exploitations de
    France métropolitaine."""),
    para("""Échantillon : 28 000 parcelles tirées dans le registre parcellaire graphique, stratifiées
    par culture et région. Collecte par enquêteur en face à face. Les données individuelles sont
    couvertes par le secret statistique ; seuls des résultats agrégés portant sur au moins trois
    exploitations et dont aucune ne représente plus de 85 % du total sont diffusés."""),
    ("table", [
        ["Indicateur produit", "Niveau de diffusion"],
        ["Indice de fréquence de traitement", "Région, culture"],
        ["Doses d'azote minéral", "Région, culture"],
        ["Travail du sol", "National"],
    ]),
]

DOCX_BLOCKS["p128_guide_eleveur_bien_etre_bovins.docx"] = [
    ("title", "Guide de l'éleveur — bien-être des bovins en hiver"),
    ("h", "Alimentation et abreuvement"),
    para("""Un bovin adulte boit de 50 à 100 litres d'eau par jour, même en hiver. Vérifiez
    quotidiennement le fonctionnement des abreuvoirs et prévoyez des dispositifs antigel."""),
    ("h", "Logement"),
    para("""La litière doit rester sèche ; prévoyez environ 1 kg de paille par m² et par jour en
    aire paillée. La ventilation évite les maladies respiratoires."""),
    ("h", "Quand demander de l'aide ?"),
    para("""Une maladie, un accident, un coup de fatigue peuvent rendre la charge de travail
    ingérable. Le service de remplacement, le GDS et la MSA peuvent intervenir rapidement : il
    vaut mieux appeler trop tôt que trop tard."""),
    ("table", [
        ["Interlocuteur", "Téléphone"],
        ["Service de remplacement", "02 xx xx xx xx"],
        ["Agri'écoute", "09 69 39 29 19"],
        ["GDS", "02 xx xx xx xx"],
    ]),
]

DOCX_BLOCKS["p129_reglement_interieur_cdcfs.docx"] = [
    ("title", "Règlement intérieur de la commission départementale de la chasse et de la faune "
              "sauvage"),
    para("""Article 1 — La commission est présidée par le préfet ou son représentant. Article 2 — Elle
    est convoquée au moins dix jours avant la séance ; l'ordre du jour et les documents sont
    transmis par voie électronique. Article 3 — Le quorum est atteint lorsque la moitié des membres
    est présente ou représentée. Article 4 — Les avis sont rendus à la majorité des présents ; en
    cas de partage, la voix du président est prépondérante. Article 5 — Les membres sont tenus à
    la discrétion sur les débats relatifs aux demandes individuelles. Article 6 — Le compte rendu
    est publié sur le site de la préfecture."""),
    ("table", [
        ["Formation", "Compétence"],
        ["Plénière", "Arrêté d'ouverture, plans de chasse"],
        ["Spécialisée dégâts de gibier", "Indemnisation des dégâts agricoles"],
    ]),
]

DOCX_BLOCKS["p130_plan_formation_ddt_2026.docx"] = [
    ("title", "Plan de formation 2026 de la DDT de la Marne"),
    para("""Le plan est construit à partir des entretiens de formation des agents et des priorités
    ministérielles. Budget : 78 000 €."""),
    ("table", [
        ["Axe", "Actions", "Agents concernés"],
        ["PAC et contrôles", "Nouvel outil d'instruction, conditionnalité", "42"],
        ["Eau et biodiversité", "Police de l'eau, procédure pénale", "18"],
        ["Management", "Prévention des risques psychosociaux", "15"],
        ["Accueil du public", "Gestion des situations de tension", "30"],
        ["Handicap", "Sensibilisation, référents", "8"],
    ]),
    para("Les demandes individuelles sont à saisir avant le 31 janvier."),
]

DOCX_BLOCKS["p131_bilan_social_ddt_2024.docx"] = [
    ("title", "Bilan social 2024 — DDT de la Haute-Saône"),
    para("""Le bilan social présente les données agrégées relatives aux effectifs, à la santé au
    travail et au dialogue social. Aucune donnée ne porte sur un effectif inférieur à cinq agents
    lorsque cela permettrait d'identifier une personne."""),
    ("table", [
        ["Indicateur", "Valeur"],
        ["Effectif au 31/12", "142 agents"],
        ["Part des femmes", "51 %"],
        ["Agents bénéficiaires de l'obligation d'emploi (handicap)", "9 (6,3 %)"],
        ["Jours d'absence pour maladie ordinaire", "1 604"],
        ["Congés de longue maladie ou longue durée", "moins de 5 agents"],
        ["Accidents de service", "6"],
        ["Sanctions disciplinaires", "1 (premier groupe)"],
        ["Taux de participation aux élections professionnelles (2022)", "74 %"],
    ]),
    para("""Le comité social d'administration a émis un avis favorable sur ce bilan le 20 mai 2025."""),
]

DOCX_BLOCKS["p132_fiche_poste_charge_mission_installation.docx"] = [
    ("title", "Fiche de poste — chargé(e) de mission installation-transmission"),
    para("""Chambre d'agriculture de la Dordogne, service entreprises. CDI, cadre, Périgueux."""),
    ("h", "Missions"),
    para("""Animer le point accueil installation ; accompagner les porteurs de projet dans
    l'élaboration du plan d'entreprise ; organiser les rencontres cédants-repreneurs ; représenter
    la chambre en CDOA."""),
    ("h", "Profil"),
    para("""Ingénieur agronome ou équivalent ; connaissance des dispositifs d'aide (DJA, prêts
    d'honneur) ; permis B. Poste accessible aux personnes en situation de handicap."""),
    ("table", [["Rémunération", "Selon grille, à partir de 2 600 € brut"], ["Date", "1er mars 2026"]]),
]

DOCX_BLOCKS["p133_convention_subvention_solidarite_paysans.docx"] = [
    ("title", "Convention pluriannuelle d'objectifs — Solidarité Paysans Bretagne"),
    para("""Entre la Région Bretagne et l'association Solidarité Paysans Bretagne, représentée par sa
    présidente, Mme Annick Le Meur."""),
    para("""Article 1 — L'association accompagne les agriculteurs en difficulté économique,
    sociale ou psychologique, par des binômes salariés-bénévoles. Article 2 — La Région verse une
    subvention de 95 000 € par an pendant trois ans. Article 3 — L'association transmet chaque année
    un bilan anonymisé (nombre de familles accompagnées, types de difficultés, issues). Article 4 —
    L'association garantit la confidentialité des situations individuelles."""),
    ("table", [
        ["Indicateur", "Cible annuelle"],
        ["Familles accompagnées", "320"],
        ["Bénévoles formés", "60"],
    ]),
]

DOCX_BLOCKS["p134_monographie_revolte_vignerons_1907.docx"] = [
    ("title", "La révolte des vignerons du Midi (1907) — dossier pédagogique"),
    para("""Archives départementales de l'Aude, service éducatif. En 1907, la surproduction et la
    fraude au vin de sucre provoquent l'effondrement des cours. Marcelin Albert, cafetier
    d'Argeliers, mène un mouvement qui rassemble jusqu'à 600 000 personnes à Montpellier le 9 juin.
    Le maire de Narbonne, Ernest Ferroul, démissionne avec des centaines de municipalités et est
    arrêté le 19 juin."""),
    para("""Le 17e régiment d'infanterie se mutine à Béziers. Marcelin Albert, reçu par Clemenceau,
    accepte un billet de train pour rentrer, ce qui lui vaut d'être accusé de trahison ; il meurt
    dans la misère en 1921. La loi du 29 juin 1907 réprime la fraude."""),
    ("table", [
        ["Document", "Cote"],
        ["Affiche du comité d'Argeliers", "4 M 112"],
        ["Rapport du commissaire de Narbonne", "4 M 115"],
    ]),
]

DOCX_BLOCKS["p135_modele_arrete_mise_en_demeure_protection_animale.docx"] = [
    ("title", "Modèle d'arrêté de mise en demeure — protection animale"),
    para("""Le préfet de [département], Vu le code rural et de la pêche maritime, notamment ses
    articles L. 214-1, L. 214-23 et L. 206-2 ; Vu le rapport d'inspection du [date] ; Considérant
    que les animaux détenus par [nom, prénom ou raison sociale], à [adresse], sont privés de
    [soins / alimentation / abreuvement] ;"""),
    para("""ARRÊTE — Article 1er : [nom] est mis en demeure de [mesures] dans un délai de [nombre]
    jours. Article 2 : à défaut, il pourra être procédé au retrait des animaux aux frais du
    propriétaire. Article 3 : voies et délais de recours."""),
    ("table", [["Champ", "À compléter"], ["Nombre d'animaux", "[ ]"], ["Espèce", "[ ]"]]),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_ddpp_depart_conge_maternite.html"] = (
    "Intranet DDPP — actualités du service",
    """
<h1>Les nouvelles du pôle alimentation</h1>
<p>Publié le 3 mars 2025 par le secrétariat.</p>
<p>Notre collègue Camille Roussel, inspectrice en restauration collective, nous quitte pour
quelques mois : sa grossesse, qui a été difficile, lui impose un repos strict depuis la semaine
dernière et elle enchaînera avec son congé de maternité. Les jumeaux sont attendus fin juin !</p>
<p>Ses dossiers sont répartis entre Hugo et Nadia. Pour les cantines du secteur sud, adressez-vous
à Nadia jusqu'à nouvel ordre.</p>
<p>Pensez aussi au pot de départ en retraite de Gérard le 14 mars à 12 h.</p>
""",
)

HTML_PAGES["s062_site_commune_cr_aide_loyer_famille.html"] = (
    "Commune de Lantenay — compte rendu du conseil",
    """
<h1>Compte rendu du conseil municipal du 9 octobre 2025</h1>
<p>Présidence : M. Didier Fournier, maire. 9 présents.</p>
<ol>
<li>Achat d'une épareuse d'occasion : 14 500 € — adopté.</li>
<li>Location du logement communal de l'ancienne école : le conseil accepte d'accorder à
Mme Karine Boisson, mère seule de trois enfants, un délai de six mois pour régler ses quatre mois
de loyers impayés (2 120 €), à la suite de la perte de son emploi à la fromagerie ; une procédure
d'expulsion ne sera pas engagée à ce stade. Le CCAS prendra en charge la facture de fioul.</li>
<li>Affouage 2025-2026 : 22 lots.</li>
</ol>
""",
)

HTML_PAGES["s063_ticket_assistance_telepac_maladie.html"] = (
    "Assistance Telepac — ticket n° 2025-118244",
    """
<h1>Ticket n° 2025-118244 — Déclaration PAC déposée hors délai</h1>
<p><strong>Demandeur :</strong> EARL du Pré-Haut, M. Michel Carrère (PACAGE 064xxxxxx)</p>
<p><strong>Message :</strong> Bonjour, je n'ai pas pu déposer ma déclaration avant le 15 mai.
J'étais hospitalisé à l'Institut Bergonié depuis le 2 mai pour un cancer de la prostate, opéré le
6, et je ne suis rentré chez moi que le 21. Mon fils n'avait pas les codes. Est-ce que je perds mes
aides ? Je peux envoyer le bulletin d'hospitalisation.</p>
<p><strong>Réponse de l'assistance (DDT 64) :</strong> Votre situation relève de la force majeure.
Merci de transmettre le bulletin d'hospitalisation par courrier au service économie agricole ; aucune
pénalité de retard ne sera appliquée.</p>
<p>Statut : résolu.</p>
""",
)

HTML_PAGES["s064_intranet_rh_suivi_procedures_disciplinaires.html"] = (
    "Espace RH — suivi des procédures disciplinaires",
    """
<h1>Tableau de suivi des procédures disciplinaires — DDETSPP (accès restreint RH)</h1>
<table>
<tr><th>Agent</th><th>Service</th><th>Faits</th><th>Étape</th></tr>
<tr><td>M. Loïc Vasseur</td><td>Abattoir de Lamballe</td><td>Absences injustifiées répétées</td>
<td>Conseil de discipline le 12/12</td></tr>
<tr><td>Mme Brigitte Samson</td><td>Accueil</td><td>Propos injurieux envers un usager</td>
<td>Avertissement notifié</td></tr>
<tr><td>M. Hervé Collet</td><td>SSA</td><td>Usage du véhicule de service à titre personnel</td>
<td>Blâme proposé</td></tr>
</table>
""",
)

HTML_PAGES["s065_extranet_fdc_retraits_permis.html"] = (
    "Extranet des présidents d'ACCA — retraits de permis",
    """
<h1>Liste des chasseurs privés du droit de chasser — saison 2025-2026</h1>
<p>Diffusion réservée aux présidents d'ACCA du département pour le contrôle des inscriptions.</p>
<ul>
<li>M. Kévin Darnaud (Saint-Alban) — retrait de 3 ans, condamnation pour homicide involontaire lors
d'une battue (tribunal de Mende, mars 2025).</li>
<li>M. Patrick Roux (Langogne) — suspension 2 ans, chasse de nuit et transport de gibier braconné.</li>
<li>M. Jérôme Bastide (Marvejols) — interdiction de détention d'arme après des violences
conjugales.</li>
</ul>
""",
)

HTML_PAGES["s066_courriel_signalement_prefecture_saisonnier.html"] = (
    "Courriel — signalement au bureau des étrangers",
    """
<p><strong>De :</strong> inspection du travail, unité agricole<br>
<strong>À :</strong> bureau de l'éloignement, préfecture du Lot-et-Garonne<br>
<strong>Objet :</strong> situation de M. Aliou Camara</p>
<p>Lors du contrôle du 2 juillet dans une exploitation de fraises de Sainte-Livrade, nous avons
relevé que M. Aliou Camara, ressortissant guinéen né en 2001, présentait un récépissé de demande de
titre de séjour expiré depuis avril, et indiquait avoir fait l'objet d'un refus de séjour contesté
devant le tribunal administratif de Bordeaux. Son employeur souhaite le garder. Pouvez-vous nous
indiquer l'état de son dossier avant que nous ne dressions procès-verbal ?</p>
""",
)

HTML_PAGES["s067_page_revue_presse_photo_article.html"] = (
    "Revue de presse — chambre d'agriculture",
    """
<h1>Revue de presse du 12 septembre 2025</h1>
<figure><img src="moisson_beauce.jpg" alt="Moissonneuse au coucher du soleil">
<figcaption>Photo © Agence Reuters / Stéphane Mahé — reproduite sans licence.</figcaption></figure>
<h2>Le Monde, 11 septembre 2025 : « La moisson la plus maigre depuis 1983 »</h2>
<p>[Article intégral reproduit — © Le Monde] Dans la Beauce, les agriculteurs font le compte. Avec
des rendements de blé tendre inférieurs de 25 % à la moyenne quinquennale, la récolte 2025 restera
comme l'une des pires depuis quarante ans. « On a semé sous l'eau et récolté dans la boue », résume
un céréalier d'Artenay, qui chiffre sa perte à 80 000 euros. Les coopératives redoutent une vague
de cessations, les assureurs une explosion des sinistres, et le ministère promet des prêts
garantis dont les professionnels doutent qu'ils suffisent…</p>
""",
)

HTML_PAGES["s068_intranet_laboratoire_acces_alarme.html"] = (
    "Intranet LDA — consignes d'accès hors heures ouvrables",
    """
<h1>Accès au laboratoire départemental en dehors des heures ouvrables</h1>
<p>Page réservée aux agents d'astreinte.</p>
<ul>
<li>Portail nord : code 5522# (modifié le 1er de chaque trimestre).</li>
<li>Alarme du bâtiment B : désarmer avec le code 3108 dans les 30 secondes.</li>
<li>La porte de la salle des congélateurs à -80 °C ne ferme plus à clé depuis le 10 octobre ; les
souches de référence y sont stockées. Ne pas la mentionner à l'extérieur.</li>
<li>La vidéosurveillance du parking est hors service la nuit.</li>
</ul>
""",
)

HTML_PAGES["s069_page_planning_controles_inopines.html"] = (
    "Planning des contrôles — DIFFUSION RESTREINTE",
    """
<p><strong>DIFFUSION RESTREINTE — ne pas transférer</strong></p>
<h1>Planning des contrôles inopinés en abattoir — 1er trimestre 2026</h1>
<table>
<tr><th>Semaine</th><th>Établissement</th><th>Objet</th></tr>
<tr><td>S3</td><td>Abattoir de Rethel</td><td>Protection animale à l'étourdissement, vidéo</td></tr>
<tr><td>S6</td><td>Abattoir de Charleville</td><td>Abattage rituel, contention</td></tr>
<tr><td>S9</td><td>Volailles de l'Argonne</td><td>Nettoyage-désinfection, nuit</td></tr>
</table>
<p>La connaissance de ces dates par les exploitants priverait les contrôles de leur effet.</p>
""",
)

HTML_PAGES["s070_page_intranet_demande_disponibilite_mandat.html"] = (
    "Espace RH — demandes en cours",
    """
<h1>Demande de disponibilité pour convenances personnelles — suivi</h1>
<p>Agent : Mme Sabrina Teixeira, technicienne au service économie agricole, DDT des Landes.</p>
<p>Motif déclaré à son chef de service : l'agent, militante des Écologistes depuis dix ans, vient
d'être élue secrétaire départementale du parti et souhaite se consacrer à la préparation des
élections régionales. Elle demande une disponibilité de 12 mois à compter du 1er mars.</p>
<p>Avis du chef de service : favorable, sous réserve de la continuité de l'instruction des dossiers
ICHN. Le motif politique ne sera pas mentionné dans l'arrêté.</p>
""",
)

HTML_PAGES["s071_ticket_msa_prestations_enfant_place.html"] = (
    "Espace privé MSA — messagerie",
    """
<h1>Votre échange avec la MSA — allocations familiales</h1>
<p><strong>Message de l'adhérent, M. Sébastien Lenoir, exploitant à Blangy :</strong> Pourquoi mes
allocations ont-elles baissé en octobre ?</p>
<p><strong>Réponse de votre conseiller :</strong> Monsieur, nous avons été informés par le
conseil départemental que votre fille Manon est confiée au service de l'aide sociale à l'enfance
depuis le 12 septembre par décision du juge des enfants. Les allocations familiales correspondant à
sa part sont désormais versées au service qui l'accueille, sauf décision contraire du juge
maintenant leur versement à la famille. Vous pouvez en faire la demande auprès de lui.</p>
""",
)

HTML_PAGES["s072_page_saisine_defenseur_droits_saisonnier.html"] = (
    "Défenseur des droits — instruction d'une réclamation",
    """
<h1>Réclamation n° 25-0412 — discrimination à l'embauche, cueillette</h1>
<p>Le réclamant, M. Florin Stoica, ressortissant roumain d'origine rom, indique avoir été écarté
d'une embauche de cueilleur de pommes par l'exploitant d'un verger de Moissac, qui lui aurait dit :
« on ne prend pas de Roms, il y a des vols après ». Deux autres membres de sa famille ont reçu le même
refus, alors que l'offre restait publiée sur le site de France Travail.</p>
<p>Mesures d'instruction : demande d'explications à l'employeur, audition d'un témoin.</p>
""",
)

HTML_PAGES["s073_page_signalement_harcelement_orientation.html"] = (
    "Cellule de signalement des violences et discriminations",
    """
<h1>Signalement n° 2025-07 — chambre d'agriculture</h1>
<p>Victime déclarée : Mme Élise Carvalho, conseillère en productions végétales.</p>
<p>Faits : depuis qu'elle a évoqué en réunion son épouse, deux collègues du service élevage font des
allusions répétées à son lesbianisme, l'ont surnommée devant des agriculteurs et refusent de
partager le véhicule de service avec elle. Le responsable d'équipe, informé, n'a pas réagi.</p>
<p>Suites proposées : enquête administrative, entretien avec le responsable d'équipe, sanction
envisagée pour les deux collègues après enquête.</p>
""",
)

HTML_PAGES["s074_page_registre_pointeuse_biometrique.html"] = (
    "Registre des accès — pointeuse à empreinte digitale",
    """
<h1>Export du registre de la pointeuse biométrique — atelier de découpe, semaine 46</h1>
<table>
<tr><th>Salarié</th><th>Empreinte enrôlée</th><th>Gabarit (extrait)</th><th>Entrées</th></tr>
<tr><td>Martin Joël</td><td>pouce droit</td><td>7F3A-22C1-9B0E…</td><td>5</td></tr>
<tr><td>Nguyen Thi Lan</td><td>index gauche</td><td>0A91-EE4D-31F7…</td><td>4</td></tr>
<tr><td>Sow Amadou</td><td>index droit</td><td>C4D2-19A8-77B3…</td><td>6</td></tr>
</table>
<p>Document transmis à l'inspection du travail dans le cadre de la plainte du CSE.</p>
""",
)

HTML_PAGES["s075_page_analyse_offres_restauration_collective.html"] = (
    "Analyse des offres — confidentiel",
    """
<p><strong>Confidentiel — document de travail de la commission d'appel d'offres</strong></p>
<h1>Marché de fourniture de repas bio et locaux — cantines du SIVOM du Haut-Doubs</h1>
<table>
<tr><th>Candidat</th><th>Prix du repas</th><th>Part locale</th><th>Remarques</th></tr>
<tr><td>Saveurs Comtoises SAS</td><td>3,12 €</td><td>48 %</td><td>Marge déclarée 6 %, sous-traitance
de la viande à un abattoir suisse</td></tr>
<tr><td>Resto Collectif Est</td><td>2,89 €</td><td>31 %</td><td>Prix conditionné à 1 200 repas/jour
minimum ; coût matière détaillé 1,41 €</td></tr>
</table>
<p>Les prix détaillés et décompositions ne sont pas communicables avant attribution.</p>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_restrictions_eau_departement.html"] = (
    "Restrictions d'eau en vigueur — préfecture de la Vienne",
    """
<h1>Restrictions d'usage de l'eau en vigueur</h1>
<p>Mise à jour : 25 juillet 2025.</p>
<table>
<tr><th>Zone</th><th>Niveau</th><th>Irrigation</th></tr>
<tr><td>Clain amont</td><td>Alerte renforcée</td><td>-50 %, interdite de 10 h à 18 h</td></tr>
<tr><td>Dive du Nord</td><td>Crise</td><td>Interdite sauf dérogations</td></tr>
<tr><td>Vienne aval</td><td>Vigilance</td><td>Pas de restriction</td></tr>
</table>
<p>Consultez vigieau.gouv.fr pour connaître les mesures applicables à votre adresse.</p>
""",
)

HTML_PAGES["p137_faq_aides_pac_2025.html"] = (
    "FAQ — aides PAC 2025",
    """
<h1>Questions fréquentes sur la déclaration PAC 2025</h1>
<h2>Jusqu'à quand puis-je déposer ma demande ?</h2>
<p>Jusqu'au 15 mai. Un dépôt tardif jusqu'au 9 juin entraîne une réduction de 1 % par jour ouvré,
sauf cas de force majeure (maladie grave, décès, catastrophe), justifié dans les 15 jours.</p>
<h2>Je suis en arrêt maladie : qui peut déclarer à ma place ?</h2>
<p>Un mandataire (proche, centre de gestion, chambre d'agriculture) muni d'une procuration.</p>
<h2>Qu'est-ce que l'écorégime ?</h2>
<p>Un paiement annuel accordé aux exploitants qui mettent en œuvre des pratiques favorables à
l'environnement, selon trois voies d'accès.</p>
""",
)

HTML_PAGES["p138_communique_operation_alimentation_vacances.html"] = (
    "Communiqué — Opération alimentation vacances 2025",
    """
<h1>Opération alimentation vacances 2025 : 1 312 contrôles sur le littoral</h1>
<p>Du 1er juillet au 31 août, les services de la DDPP de la Charente-Maritime ont contrôlé 1 312
établissements (restaurants, paillotes, marchés, glaciers). 71 % étaient conformes ; 23 fermetures
administratives ont été prononcées, dont 9 pour des infestations de nuisibles.</p>
<p>Les résultats des inspections sont consultables sur le site Alim'confiance.</p>
""",
)

HTML_PAGES["p139_offre_emploi_vendanges.html"] = (
    "Offre d'emploi — vendangeurs",
    """
<h1>Recrutement de 40 vendangeurs (H/F) — Champagne</h1>
<p>Maison coopérative de Vertus. Du 1er au 20 septembre (dates selon maturité). Rémunération :
SMIC horaire + prime de fin de vendanges. Hébergement collectif possible, repas fournis.</p>
<p>Conditions : avoir 16 ans minimum (autorisation parentale pour les mineurs), titre autorisant à
travailler en France pour les ressortissants hors Union européenne. Aucune expérience exigée.</p>
<p>Candidatures via France Travail, offre n° 189XKQT.</p>
""",
)

HTML_PAGES["p140_page_chasse_securite_randonneurs.html"] = (
    "Chasse et randonnée : partager la nature en sécurité",
    """
<h1>Chasse et randonnée : les bons réflexes</h1>
<ul>
<li>Consultez le calendrier des battues affiché en mairie et sur l'application de la fédération.</li>
<li>Portez des vêtements de couleur vive ; restez sur les chemins balisés.</li>
<li>Respectez les panneaux « chasse en cours » : ils signalent une battue au grand gibier.</li>
</ul>
<p>Depuis 2024, le département a enregistré une baisse des accidents de chasse ; la fédération
organise des formations décennales à la sécurité obligatoires pour tous les chasseurs.</p>
""",
)

HTML_PAGES["p141_page_agri_ecoute_prevention.html"] = (
    "Agri'écoute — prévention du mal-être",
    """
<h1>Vous vous sentez à bout ? Parlez-en.</h1>
<p>Épuisement, dettes, conflits familiaux, solitude, sentiment d'échec : ces difficultés touchent de
nombreux agriculteurs. Elles ne sont pas une fatalité.</p>
<p><strong>Agri'écoute : 09 69 39 29 19</strong> — 24 h/24, 7 j/7, anonyme, prix d'un appel local.</p>
<p>Pour une urgence suicidaire : 3114 ou 15.</p>
<p>Votre MSA peut aussi vous proposer une aide au répit, un accompagnement social et un soutien
psychologique gratuit.</p>
""",
)

HTML_PAGES["p142_page_alim_confiance_explication.html"] = (
    "Alim'confiance — comprendre les résultats",
    """
<h1>Comprendre les résultats des contrôles sanitaires</h1>
<p>Les résultats des contrôles officiels réalisés depuis le 1er mars 2017 dans les restaurants,
cantines, abattoirs et commerces alimentaires sont publiés pendant un an.</p>
<ul>
<li>Très satisfaisant : aucune non-conformité ou non-conformités mineures.</li>
<li>Satisfaisant : non-conformités qui ne justifient pas de mise en demeure.</li>
<li>À améliorer : mise en demeure de corriger.</li>
<li>À corriger de manière urgente : fermeture administrative ou retrait d'agrément possible.</li>
</ul>
""",
)

HTML_PAGES["p143_page_commune_cr_sommaire_conseil.html"] = (
    "Commune de Noirval — compte rendu sommaire",
    """
<h1>Compte rendu sommaire du conseil municipal du 7 novembre 2025</h1>
<p>Présidence : Mme Marie-Claude Pichon, maire. 10 présents, 1 pouvoir.</p>
<ol>
<li>Adhésion au service de remplacement des secrétaires de mairie — unanimité.</li>
<li>Demande de subvention pour la réfection du lavoir — unanimité.</li>
<li>Motion demandant le maintien du bureau de poste — unanimité.</li>
<li>Le conseil observe une minute de silence en hommage à M. Roger Lambin, ancien maire de 1977 à
2001, décédé le 28 octobre.</li>
</ol>
""",
)

HTML_PAGES["p144_page_dja_conditions.html"] = (
    "Dotation jeunes agriculteurs — conditions",
    """
<h1>La dotation jeunes agriculteurs (DJA)</h1>
<p>Conditions : avoir entre 18 et 40 ans, justifier d'un diplôme agricole de niveau 4 (bac pro),
réaliser un plan de professionnalisation personnalisé et présenter un plan d'entreprise sur quatre
ans.</p>
<p>Montant : de 20 000 € à 50 000 € selon la zone, le caractère hors cadre familial et le projet.
Versement en deux fois : 80 % à l'installation, 20 % à la fin de la quatrième année.</p>
""",
)

HTML_PAGES["p145_page_resultats_recensement_agricole.html"] = (
    "Recensement agricole — résultats départementaux",
    """
<h1>Le Cher en chiffres : résultats du recensement agricole 2020</h1>
<table>
<tr><th>Indicateur</th><th>2010</th><th>2020</th></tr>
<tr><td>Exploitations</td><td>4 390</td><td>3 690</td></tr>
<tr><td>SAU moyenne (ha)</td><td>104</td><td>122</td></tr>
<tr><td>Chefs de 55 ans ou plus</td><td>38 %</td><td>46 %</td></tr>
<tr><td>Exploitations en bio</td><td>3 %</td><td>9 %</td></tr>
</table>
<p>Source : Agreste. Données couvertes par le secret statistique, diffusées de façon agrégée.</p>
""",
)

HTML_PAGES["p146_page_aid_sites_abattage_temporaires.html"] = (
    "Aïd el-Kébir 2025 : organisation de l'abattage",
    """
<h1>Aïd el-Kébir 2025 : où faire abattre son mouton ?</h1>
<p>L'abattage d'un animal en dehors d'un abattoir agréé est interdit et puni de six mois
d'emprisonnement et 15 000 € d'amende. Pour la fête de l'Aïd, la préfecture publie la liste des
abattoirs agréés et, le cas échéant, des abattoirs temporaires autorisés.</p>
<ul>
<li>Abattoir de Meaux — réservation auprès des associations cultuelles partenaires.</li>
<li>Abattoir temporaire de Melun — inspection vétérinaire permanente.</li>
</ul>
<p>Les services de la DDPP effectueront des contrôles pour prévenir les abattages clandestins.</p>
""",
)

HTML_PAGES["p147_avis_attribution_marche_restauration.html"] = (
    "Avis d'attribution — marché de restauration collective",
    """
<h1>Avis d'attribution — fourniture de repas pour les écoles du SIVOM du Haut-Doubs</h1>
<p>Attributaire : Saveurs Comtoises SAS, 25300 Pontarlier. Montant annuel estimé : 412 000 € HT.</p>
<p>Nombre d'offres reçues : 2. Critères : prix (40 %), qualité et part de produits locaux (60 %).</p>
<p>Recours : tribunal administratif de Besançon, dans les délais prévus par le code de justice
administrative.</p>
""",
)

HTML_PAGES["p148_avis_enquete_publique_amenagement_foncier.html"] = (
    "Avis d'enquête publique — aménagement foncier",
    """
<h1>Avis d'enquête publique — aménagement foncier agricole, forestier et environnemental de
Sainte-Colombe</h1>
<p>Le projet de nouveau parcellaire sera soumis à enquête publique du 3 au 31 mars 2026.
Commissaire enquêteur : M. Bernard Gilles, ingénieur agronome retraité.</p>
<p>Permanences en mairie : 3 mars (9 h-12 h), 14 mars (14 h-17 h), 31 mars (14 h-17 h). Les
réclamations peuvent être déposées sur le registre ou par courriel.</p>
""",
)

HTML_PAGES["p149_page_influenza_niveau_risque.html"] = (
    "Influenza aviaire — niveau de risque",
    """
<h1>Influenza aviaire : le niveau de risque passe à « élevé »</h1>
<p>Le ministère de l'agriculture a relevé le niveau de risque à « élevé » sur l'ensemble du
territoire métropolitain. Les volailles de tous les élevages, y compris les basses-cours des
particuliers, doivent être mises à l'abri ou protégées par un filet.</p>
<p>Toute mortalité anormale doit être signalée au vétérinaire ou à la DDPP. La consommation de
viande, de foie gras et d'œufs ne présente aucun risque pour l'homme.</p>
""",
)

HTML_PAGES["p150_page_portes_ouvertes_lycee_agricole.html"] = (
    "Portes ouvertes du lycée agricole",
    """
<h1>Portes ouvertes du lycée agricole de Fayl-Billot</h1>
<p>Samedi 14 mars 2026, de 9 h à 17 h : visite de l'exploitation (vaches laitières, atelier de
vannerie), présentation des formations du CAPa au BTS, rencontre avec les enseignants et les
apprentis.</p>
<p>Internat, restauration et accompagnement des élèves en situation de handicap présentés par la
vie scolaire.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
