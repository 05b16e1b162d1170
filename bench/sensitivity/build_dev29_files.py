"""Build the .docx and .html documents of the hand-written sensitivity set dev29.

Theme: education, childhood and youth in a commune and a département (schools and collèges,
périscolaire and centres de loisirs, crèches and relais petite enfance, canteens and school
transport, conseils d'école and conseils d'administration, PEDT, youth councils, scholarships,
enrolment and derogations, PAI, équipes éducatives, exclusions, incident reports, parents'
letters, teachers' e-mails, ENT messages).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev29_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev29"
FIXED = dt.datetime(2025, 6, 9, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_geva_sco_premiere_demande.docx"] = [
    ("title", "GEVA-Sco — première demande"),
    ("p", "Guide d'évaluation des besoins de compensation en matière de scolarisation. "
          "Document renseigné en réunion d'équipe éducative le 4 avril 2025."),
    ("h", "1. Identification"),
    ("table", [
        ["Nom, prénom de l'élève", "SAUVAGE Jules"],
        ["Date de naissance", "17/10/2018"],
        ["École", "École primaire La Fontaine, Saint-Léger-des-Prés"],
        ["Classe", "CP (Mme Corinne Aubert)"],
        ["Responsables légaux", "Mme Aline Sauvage, M. Cédric Sauvage"],
    ]),
    ("h", "2. Parcours de l'élève"),
    ("p", "Scolarisé en maternelle à temps partiel jusqu'en MS à la demande de la famille. "
          "Diagnostic de trouble du spectre de l'autisme posé en juin 2024 par le centre "
          "ressources autisme de Rennes. Suivi en hôpital de jour deux demi-journées par semaine "
          "(mardi et jeudi matin), orthophonie en libéral le mercredi."),
    ("h", "3. Observations en classe"),
    ("table", [
        ["Domaine", "Observations", "Aide apportée"],
        ["Communication", "Langage écholalique, répond peu aux consignes collectives",
         "Pictogrammes, consigne individuelle"],
        ["Autonomie", "Ne s'habille pas seul, besoin d'un adulte aux toilettes", "ATSEM ponctuellement"],
        ["Comportement", "Crises lors des changements d'activité, se bouche les oreilles à la cantine",
         "Casque anti-bruit, emploi du temps visuel"],
        ["Apprentissages", "Connaît toutes les lettres, lit des syllabes, compte jusqu'à 100", "—"],
    ]),
    ("h", "4. Expression de la famille"),
    ("p", "Les parents souhaitent un accompagnement individuel sur tout le temps scolaire et la "
          "possibilité d'une orientation en UEEA à moyen terme. Ils signalent que Jules dort mal et "
          "qu'un traitement par mélatonine a été introduit."),
    ("p", "Document transmis à la MDPH d'Ille-et-Vilaine par la famille. Enseignante référente : "
          "Mme Sophie Le Roux."),
]

DOCX_BLOCKS["s047_pv_conseil_discipline_cannabis.docx"] = [
    ("title", "Lycée professionnel Les Chartreux — Conseil de discipline"),
    ("p", "Séance du 3 février 2025, 17 h 30, salle du conseil. Président : M. Denis Lamour, "
          "proviseur."),
    ("h", "Élève concerné"),
    ("p", "Kévin BOURDAIS, 1re CAP Maintenance des véhicules, majeur (né le 12/05/2006), "
          "interne. Présent, assisté de M. Fabrice Dore, professeur d'atelier."),
    ("h", "Faits reprochés"),
    ("p", "Le 14 janvier, lors d'une fouille de l'internat réalisée par les gendarmes de la brigade "
          "de Saint-Lô avec l'équipe cynophile, à la demande du chef d'établissement, 46 grammes de "
          "résine de cannabis conditionnés en neuf sachets, une balance de précision et 310 euros en "
          "petites coupures ont été découverts dans le casier de l'élève. Placé en garde à vue, "
          "l'élève a reconnu revendre à d'autres internes. Il est convoqué devant le tribunal "
          "correctionnel de Coutances le 27 mars."),
    ("h", "Déroulement"),
    ("p", "L'élève reconnaît les faits, exprime des regrets et indique avoir contracté une dette "
          "auprès d'un fournisseur. Son professeur souligne son excellent niveau en atelier et sa "
          "motivation pour le métier."),
    ("table", [
        ["Sanction mise au vote", "Pour", "Contre", "Abstention"],
        ["Exclusion définitive de l'internat", "14", "0", "1"],
        ["Exclusion définitive de l'établissement avec sursis", "9", "5", "1"],
    ]),
    ("p", "Décision : exclusion définitive de l'internat ; exclusion définitive de l'établissement "
          "assortie du sursis. Mesure de responsabilisation : 20 heures au sein de l'association "
          "départementale de prévention des addictions."),
]

DOCX_BLOCKS["s048_rapport_incident_sejour_ete.docx"] = [
    ("title", "Séjour « Mer et voile » — Rapport d'événement grave"),
    ("p", "Organisateur : Ville de Chalon-les-Saônes, service jeunesse. Séjour du 7 au 18 juillet "
          "2025, centre de Quiberon. Rapport rédigé par la directrice du séjour, Mme Laure Vincent, "
          "transmis au SDJES du Morbihan et à la direction enfance."),
    ("h", "Nuit du 12 au 13 juillet"),
    ("p", "Vers 23 h 40, l'animateur de veille, M. Antoine Besson, a trouvé un garçon du groupe des "
          "13-15 ans, Dylan R. (14 ans), dans la chambre des filles. Une participante, Célia M. "
          "(12 ans), en pleurs, a déclaré qu'il l'avait forcée à des attouchements pendant que les deux "
          "autres filles de la chambre dormaient. Dylan nie toute contrainte."),
    ("h", "Mesures prises"),
    ("p", "Les deux enfants ont été séparés immédiatement. Célia a été confiée à l'assistante "
          "sanitaire puis reçue par la directrice. Les parents des deux enfants ont été joints dans la "
          "nuit. La gendarmerie de Quiberon a été avisée à 0 h 35 ; le procureur de Lorient a été "
          "informé. Dylan a été rapatrié par ses parents le 13 au matin. La famille de Célia a "
          "souhaité qu'elle termine le séjour, avec un suivi par la psychologue de la cellule "
          "départementale."),
    ("h", "Analyse"),
    ("p", "Le bâtiment « Les Goélands » n'a pas de séparation physique entre l'étage garçons et "
          "l'étage filles. La ronde de 23 h avait été effectuée, la suivante était prévue à 1 h."),
]

DOCX_BLOCKS["s049_entretien_professionnel_directeur_alsh.docx"] = [
    ("title", "Compte rendu d'entretien professionnel 2024"),
    ("table", [
        ["Agent", "M. Bastien Charrier"],
        ["Grade", "Animateur principal de 2e classe"],
        ["Poste", "Directeur de l'accueil de loisirs Les Cigales (120 enfants)"],
        ["Supérieur hiérarchique direct", "Mme Nathalie Ferrer, responsable du service enfance"],
        ["Date", "16 janvier 2025"],
    ]),
    ("h", "Bilan de l'année"),
    ("p", "Les objectifs relatifs au projet pédagogique et au partenariat avec les écoles sont atteints. "
          "En revanche, la gestion de l'équipe reste une source de difficulté : trois animateurs ont "
          "quitté l'accueil en cours d'année en invoquant un management « autoritaire et imprévisible », "
          "et une animatrice a saisi la cellule d'écoute de la collectivité en octobre. Les plannings "
          "sont communiqués trop tardivement."),
    ("h", "Manière de servir"),
    ("table", [
        ["Critère", "Appréciation"],
        ["Compétences techniques", "Très bien"],
        ["Qualités relationnelles", "Insuffisant"],
        ["Capacité d'encadrement", "À améliorer"],
        ["Implication", "Très bien"],
    ]),
    ("h", "Objectifs 2025"),
    ("p", "Suivre la formation « Manager une équipe d'animation » ; instaurer une réunion d'équipe "
          "hebdomadaire ; accompagnement par un coach interne (6 séances). Un point d'étape sera fait en "
          "juin ; à défaut d'amélioration, un changement d'affectation pourra être envisagé."),
    ("p", "Observations de l'agent : l'agent conteste le lien fait entre les départs et sa manière de "
          "gérer l'équipe et demande un entretien avec le directeur général adjoint."),
]

DOCX_BLOCKS["s050_commission_aides_classes_decouverte.docx"] = [
    ("title", "Commission d'aide aux classes de découverte — 11 mars 2025"),
    ("p", "Réservé aux membres de la commission. Classe de neige des CM2 de l'école Louise-Michel "
          "(coût par élève : 395 €, participation demandée aux familles : 160 €)."),
    ("table", [
        ["Famille", "Enfant", "QF CAF", "Situation signalée", "Aide accordée"],
        ["BOUZIDI", "Adam", "312", "Père au chômage depuis octobre, quatre enfants", "140 €"],
        ["LEMAIRE", "Sacha", "198", "Mère seule, RSA, dossier de surendettement", "160 €"],
        ["N'GUESSAN", "Divine", "455", "Famille hébergée chez un tiers", "120 €"],
        ["COSTA", "Enzo", "620", "Arriérés de loyer, suivi par le CCAS", "80 €"],
        ["PETIT", "Romane", "—", "Pas de QF, situation administrative en cours", "160 €"],
    ]),
    ("p", "Total des aides : 660 €, imputées sur la ligne « actions éducatives » du CCAS. Les familles "
          "sont informées par courrier individuel ; l'école n'est destinataire que du montant restant à "
          "percevoir par enfant."),
]

DOCX_BLOCKS["s051_diagnostic_surete_groupe_scolaire.docx"] = [
    ("title", "Diagnostic de sûreté — groupe scolaire des Quatre-Vents"),
    ("p", "Établi par le référent sûreté de la gendarmerie (groupement de la Drôme) à la demande de "
          "la commune. Document non communicable (article L.311-5 du CRPA)."),
    ("h", "Vulnérabilités relevées"),
    ("table", [
        ["Point", "Constat", "Niveau", "Préconisation"],
        ["Clôture nord (chemin des Vignes)", "Grillage souple de 1,50 m, découpé sur 2 m derrière "
         "le local vélos", "Élevé", "Clôture rigide de 2 m, réparation immédiate"],
        ["Accès livraison cantine", "Portail laissé ouvert de 7 h à 9 h 30, sans contrôle",
         "Élevé", "Visiophone, fermeture systématique"],
        ["Vidéoprotection", "2 caméras sur 6 hors service, enregistreur dans un placard non fermé",
         "Moyen", "Local technique sécurisé"],
        ["Alerte intrusion", "Aucun moyen d'alerte silencieux, boîtiers PPMS absents en maternelle",
         "Élevé", "Boîtiers d'alerte radio dans chaque classe"],
        ["Clés", "Passe général détenu par 19 personnes, dont d'anciens agents", "Moyen",
         "Changement de cylindres, registre des clés"],
    ]),
    ("p", "Délai d'intervention estimé des forces de l'ordre depuis la brigade de Crest : 14 à 18 "
          "minutes en journée."),
]

DOCX_BLOCKS["s052_note_diffusion_restreinte_carte_scolaire.docx"] = [
    ("title", "DIFFUSION RESTREINTE"),
    ("p", "Note de travail à l'attention de M. le Directeur académique — ne pas communiquer aux élus "
          "ni aux organisations syndicales avant le groupe de travail du 28 janvier."),
    ("h", "Objet : projections de carte scolaire du premier degré, rentrée 2026"),
    ("p", "Dans l'hypothèse d'un retrait de 31 emplois, les mesures suivantes sont envisagées. Elles "
          "ne préjugent pas des arbitrages et ne doivent pas être évoquées avec les maires."),
    ("table", [
        ["Circonscription", "Mesures envisagées", "Sensibilité locale"],
        ["Montélimar-Sud", "2 fermetures (Ancône, Savasse)", "Forte : élection municipale partielle"],
        ["Die", "Fusion de deux RPI", "Très forte : pétition en cours"],
        ["Valence-Est", "1 fermeture, 1 ouverture de dispositif", "Faible"],
        ["Romans", "Retrait de 2 postes de remplaçants", "Moyenne"],
    ]),
    ("p", "Éléments de langage proposés : « consolider le réseau », « préserver la qualité ». "
          "Ne pas employer le mot « fermeture » avant la phase publique."),
]

DOCX_BLOCKS["s053_dossier_preinscription_creche.docx"] = [
    ("title", "Dossier de pré-inscription en établissement d'accueil du jeune enfant"),
    ("p", "Ville de Rezé-sur-Loire — Guichet unique petite enfance"),
    ("table", [
        ["Enfant", "Nina GAUTIER, née le 02/02/2025"],
        ["Parent 1", "Camille GAUTIER, 34 ans, chargée de communication"],
        ["Parent 2", "— (séparation en cours)"],
        ["Adresse", "7 rue des Forges, 44400 Rezé-sur-Loire"],
        ["Jours souhaités", "Lundi, mardi, jeudi, vendredi — 8 h 30 à 17 h 30"],
        ["Date d'entrée souhaitée", "Septembre 2025"],
    ]),
    ("h", "Éléments particuliers que vous souhaitez porter à la connaissance de la commission"),
    ("p", "Je suis atteinte de sclérose en plaques depuis 2019 et j'ai fait une poussée importante "
          "après la naissance de Nina, avec des troubles de la marche. Je ne peux plus porter ma "
          "fille longtemps ni monter les escaliers avec elle. Mon compagnon a quitté le domicile en "
          "avril ; une requête en divorce est déposée et il ne s'occupe pas de Nina pour l'instant. "
          "J'ai une reconnaissance de la qualité de travailleur handicapé et mon employeur a accepté "
          "un temps partiel thérapeutique à 80 %."),
    ("p", "Pièces jointes : attestation MDPH, justificatif de domicile, dernier avis d'imposition."),
]

DOCX_BLOCKS["s054_projet_personnalise_scolarisation.docx"] = [
    ("title", "Projet personnalisé de scolarisation (PPS)"),
    ("p", "Établi par l'équipe pluridisciplinaire de la MDPH du Finistère — validé en CDAPH le 10 juillet "
          "2025."),
    ("h", "Élève"),
    ("p", "Lina KERAUDREN, 12 ans, entrée en 6e au collège du Vizac, Guipavas-les-Landes."),
    ("h", "Besoins identifiés"),
    ("p", "Surdité bilatérale profonde, implant cochléaire à droite depuis l'âge de 3 ans. La "
          "compréhension orale est bonne en face à face et en milieu calme, très dégradée dans le bruit. "
          "Fatigabilité importante en fin de journée."),
    ("h", "Modalités de scolarisation et compensations"),
    ("table", [
        ["Mesure", "Détail"],
        ["Aide humaine", "AESH individuelle 12 h / semaine, en priorité en langues vivantes et histoire"],
        ["Matériel", "Système micro-HF (émetteur porté par l'enseignant)"],
        ["Aménagements", "Place au premier rang, sous-titrage des vidéos, supports écrits des consignes"],
        ["Soins", "Orthophonie 2 fois par semaine au SSEFS, dont 1 séance sur le temps scolaire"],
        ["Examens", "Tiers temps, épreuve orale de LV adaptée"],
    ]),
    ("p", "Enseignante référente : Mme Marie Quéméner. Prochaine équipe de suivi : novembre 2025."),
]

DOCX_BLOCKS["s055_decision_refus_instruction_famille.docx"] = [
    ("title", "Décision de refus d'autorisation d'instruction dans la famille"),
    ("p", "Le directeur académique des services de l'Éducation nationale du Haut-Rhin,"),
    ("p", "Vu le code de l'éducation, notamment ses articles L.131-5 et R.131-11-1 et suivants ; vu la "
          "demande présentée le 14 avril 2025 par M. et Mme Levy-Hartmann, domiciliés 3 rue des "
          "Tonneliers à Riquewihr-le-Haut, pour leurs enfants Eliav (8 ans) et Noa (6 ans), au titre "
          "du 4° de l'article L.131-5 ;"),
    ("p", "Considérant que le projet éducatif présenté se fonde principalement sur la volonté des "
          "parents de transmettre à leurs enfants une instruction conforme à la pratique religieuse "
          "orthodoxe de la famille, incluant l'étude quotidienne de la Torah et le respect du shabbat "
          "dès le vendredi midi, ce que ne permettrait pas, selon eux, l'emploi du temps de l'école "
          "publique ;"),
    ("p", "Considérant que la demande n'établit pas l'existence d'une situation propre à chacun des "
          "enfants motivant le projet éducatif, au sens de la loi ;"),
    ("h", "Décide"),
    ("p", "Article 1 — L'autorisation d'instruction dans la famille est refusée pour l'année "
          "2025-2026. Article 2 — Les enfants devront être inscrits dans un établissement "
          "d'enseignement public ou privé dans un délai de quinze jours à compter de la "
          "notification."),
    ("p", "Voies de recours : recours administratif préalable obligatoire devant la commission "
          "académique dans un délai de huit jours."),
]

DOCX_BLOCKS["s056_compte_rendu_bilan_psychologique.docx"] = [
    ("title", "Compte rendu d'examen psychologique"),
    ("p", "Psychologue de l'Éducation nationale, spécialité éducation, développement et apprentissages "
          "— RASED de la circonscription de Vannes 3. Document destiné à la famille et, avec son "
          "accord, au médecin scolaire."),
    ("table", [
        ["Élève", "Timothée ROLLAND, CE2, école Les Korrigans"],
        ["Âge au moment de l'examen", "8 ans 4 mois"],
        ["Demande", "Enseignante et parents : décalage entre l'oral brillant et l'écrit, anxiété"],
    ]),
    ("h", "Résultats (WISC-V)"),
    ("table", [
        ["Indice", "Note composite", "Rang percentile"],
        ["Compréhension verbale", "138", "99"],
        ["Visuospatial", "121", "92"],
        ["Raisonnement fluide", "132", "98"],
        ["Mémoire de travail", "103", "58"],
        ["Vitesse de traitement", "84", "14"],
    ]),
    ("h", "Synthèse"),
    ("p", "Profil très hétérogène : potentiel intellectuel élevé, avec une vitesse de traitement "
          "nettement déficitaire qui évoque une dysgraphie à explorer (bilan en psychomotricité "
          "conseillé). Timothée exprime une forte anxiété de performance, des maux de ventre le "
          "dimanche soir et des pensées de type « je suis nul ». Une consultation en "
          "pédopsychiatrie est recommandée aux parents."),
    ("p", "Signé : Mme Gaëlle Le Dantec, psychologue EDA."),
]

DOCX_BLOCKS["s057_fiche_liaison_ase_ecole.docx"] = [
    ("title", "Fiche de liaison Aide sociale à l'enfance — école"),
    ("p", "Département de la Somme — Maison départementale des solidarités d'Abbeville. "
          "À conserver sous pli fermé dans le bureau de la direction."),
    ("table", [
        ["Enfant", "Maëlle DUCROCQ, née le 09/11/2017, CE2"],
        ["Mesure", "Placement à l'ASE par jugement du juge des enfants du 20/06/2025 (assistance "
                   "éducative, article 375 du code civil), pour deux ans"],
        ["Lieu d'accueil", "Famille d'accueil de Mme et M. Lefebvre, 14 rue du Calvaire, "
                           "Pont-Rémy-sur-Somme"],
        ["Référente ASE", "Mme Justine Carpentier, 03 22 ** ** 48"],
        ["Autorité parentale", "Conservée par la mère ; le père n'a pas reconnu l'enfant"],
    ]),
    ("h", "Consignes pour l'école"),
    ("p", "La mère dispose d'un droit de visite médiatisé une fois tous les quinze jours au service. "
          "Elle ne doit pas venir à l'école ni à la sortie des classes ; si elle se présente, prévenir "
          "immédiatement la référente. Les bulletins sont adressés à la mère et à l'ASE. Les "
          "autorisations de sortie scolaire sont signées par l'assistante familiale (actes usuels)."),
    ("p", "Maëlle a été exposée à des violences conjugales répétées ; elle peut réagir fortement aux "
          "cris et aux bruits soudains."),
]

DOCX_BLOCKS["s058_tableau_suivi_ulis_college.docx"] = [
    ("title", "ULIS collège Jean-Monnet — tableau de suivi des inclusions 2025-2026"),
    ("p", "Coordonnatrice : Mme Sandrine Lebas. Document de travail interne, à ne pas afficher."),
    ("table", [
        ["Élève", "Niveau", "Troubles / besoins", "Inclusions", "AESH-co"],
        ["ALLARD Kenzo", "6e", "Trouble du développement intellectuel léger", "EPS, arts plastiques",
         "Oui"],
        ["BENALI Soumaya", "5e", "TSA sans déficience, hypersensibilité auditive", "Maths, SVT, "
         "anglais", "Oui"],
        ["CLÉMENT Lucas", "5e", "Troubles dys sévères (dyslexie, dysphasie)", "Toutes matières sauf "
         "français", "Non"],
        ["DIAS Manon", "4e", "Épilepsie pharmaco-résistante, lenteur", "Technologie, EPS adaptée",
         "Oui"],
        ["FOURNIER Ethan", "3e", "Trouble du développement intellectuel, TDAH", "Atelier, stage en "
         "ESAT prévu", "Oui"],
    ]),
    ("p", "Réunion de coordination avec les professeurs principaux : lundi 15 septembre, 12 h 30."),
]

DOCX_BLOCKS["s059_procedure_disciplinaire_agent_restauration.docx"] = [
    ("title", "Lettre de convocation à un entretien préalable — procédure disciplinaire"),
    ("p", "Commune de Montfort-sur-Risle-les-Bois — Direction des ressources humaines"),
    ("p", "Madame Sabrina Leclerc, adjointe technique territoriale, restaurant scolaire Jean-Zay"),
    ("p", "Madame,"),
    ("p", "Nous avons été informés par la responsable de la cuisine centrale que, les 3, 5 et 10 juin "
          "2025, vous avez quitté le restaurant scolaire en emportant dans votre véhicule personnel des "
          "denrées destinées aux enfants (viande, fromages, yaourts), pour une valeur estimée à 184 €. "
          "Ces faits ont été constatés par deux collègues et par l'enregistrement de la caméra du quai "
          "de livraison. Le 11 juin, vous avez en outre tenu des propos injurieux à l'encontre de la "
          "responsable, devant des enfants."),
    ("p", "Ces agissements sont susceptibles de justifier une sanction disciplinaire. Vous êtes "
          "convoquée à un entretien le mardi 24 juin 2025 à 10 h, en mairie, bureau de la DRH. Vous "
          "pouvez vous faire assister par le défenseur de votre choix et consulter votre dossier "
          "individuel dès réception du présent courrier."),
    ("p", "Dans l'attente, et dans l'intérêt du service, vous êtes suspendue de vos fonctions avec "
          "maintien de votre traitement."),
    ("p", "Le Maire, Jean-Philippe Hébert"),
]

DOCX_BLOCKS["s060_offre_transport_scolaire_decomposition.docx"] = [
    ("title", "Délégation de service public — transport scolaire du secteur de Millau"),
    ("p", "Offre de la société Autocars Causses & Vallées — Mémoire financier. Pièce contenant des "
          "informations protégées par le secret des affaires (article L.311-6 du CRPA) : ne pas "
          "communiquer aux candidats concurrents."),
    ("h", "Compte d'exploitation prévisionnel (année 1)"),
    ("table", [
        ["Poste", "Montant (€ HT)", "Commentaire"],
        ["Salaires conducteurs (21 CPS)", "612 400", "Taux horaire moyen 14,20 € + primes de coupure"],
        ["Carburant", "198 700", "Gazole B100 négocié à 1,31 €/l avec le fournisseur régional"],
        ["Amortissement du parc (18 cars)", "246 000", "Rachat de 6 véhicules d'occasion en 2026"],
        ["Entretien et pneumatiques", "87 300", "Atelier interne à Creissels"],
        ["Frais de siège", "64 800", "Refacturés par la holding"],
        ["Résultat avant impôt", "91 200", "Marge de 6,8 %"],
    ]),
    ("p", "Hypothèse de rabais en cas d'attribution des deux lots : –4,5 % sur le lot 2, financé par "
          "la mutualisation des conducteurs en période de coupure."),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_ent_fil_vie_scolaire_absences.html"] = (
    "ENT — Messagerie — Absences de Nathan",
    """
<header><p>Collège Albert-Camus — Espace numérique de travail — Messagerie</p></header>
<h1>Objet : absences de Nathan (6e 3) le jeudi après-midi</h1>
<article>
<p><strong>De :</strong> Vie scolaire (M. Rémi Coste, CPE) — <strong>à :</strong> M. et Mme Giraud —
<time>lundi 6 octobre, 10:14</time></p>
<p>Bonjour, nous constatons que Nathan est absent tous les jeudis à partir de 14 h depuis la rentrée.
Merci de nous indiquer le motif de ces absences.</p>
</article>
<article>
<p><strong>De :</strong> Mme Élodie Giraud — <time>lundi 6 octobre, 19:52</time></p>
<p>Bonsoir Monsieur, pardon de ne pas l'avoir signalé. Nathan a ses séances au CMPP de la rue Carnot
le jeudi à 14 h 30 (psychothérapie et orthophonie à la suite). C'est le seul créneau qu'on nous a
proposé après deux ans d'attente. Pouvez-vous l'autoriser pour toute l'année ? Il ne veut pas que
ses camarades sachent où il va.</p>
</article>
<article>
<p><strong>De :</strong> Vie scolaire — <time>mardi 7 octobre, 08:31</time></p>
<p>C'est noté, Madame. Les absences du jeudi seront saisies avec le motif « rendez-vous médical »
sans autre précision. Je préviens uniquement le professeur principal.</p>
</article>
""",
)

HTML_PAGES["s062_formulaire_contact_maison_familles.html"] = (
    "Formulaire de contact — Maison des familles — message reçu",
    """
<h1>Maison des familles de Saint-Herblain-les-Ormes — Nouveau message via le formulaire de contact</h1>
<table>
<tr><th>Reçu le</th><td>23/01/2025 à 22:47</td></tr>
<tr><th>Nom</th><td>Marine Lefort</td></tr>
<tr><th>Courriel</th><td>marine.l****@gmail.com</td></tr>
<tr><th>Téléphone</th><td>07 68 ** ** 19 (ne pas laisser de message)</td></tr>
<tr><th>Sujet choisi</th><td>Soutien à la parentalité</td></tr>
</table>
<h2>Message</h2>
<p>Bonjour, j'ai vu sur le site que vous faites des permanences avec une juriste. Mon mari me frappe
depuis deux ans et ça empire depuis la naissance de notre deuxième. Les enfants ont 4 ans et
8 mois. Il contrôle mon téléphone donc je vous écris d'une tablette de la médiathèque.
J'ai porté plainte une fois en 2023 et je l'ai retirée. Je voudrais savoir comment me séparer sans
qu'il ait la garde des petits et si on peut m'aider à trouver un logement.
Le mardi matin il travaille, je peux venir à ce moment-là avec le bébé.</p>
<p><em>Message transmis automatiquement à : accueil@maisondesfamilles-sho.fr</em></p>
""",
)

HTML_PAGES["s063_formulaire_derogation_soumis.html"] = (
    "Demande de dérogation scolaire — récapitulatif",
    """
<h1>Demande de dérogation au secteur scolaire — récapitulatif de votre saisie</h1>
<p>Numéro de demande : DER-2025-0318 — déposée le 12/03/2025 sur le portail famille.</p>
<dl>
<dt>Enfant</dt><dd>Margaux PELLETIER, entrée en CE1</dd>
<dt>École de secteur</dt><dd>École Jean-de-la-Fontaine</dd>
<dt>École demandée</dt><dd>École des Tilleuls</dd>
<dt>Motif (case cochée)</dt><dd>Autre motif — préciser</dd>
<dt>Précisions</dt>
<dd>Le frère aîné de Margaux, Hugo, est scolarisé en ULIS à l'école des Tilleuls en raison de son
polyhandicap. Il est en fauteuil et nous devons l'accompagner jusqu'à sa classe chaque matin. Mon
épouse est par ailleurs en arrêt longue maladie depuis septembre (chimiothérapie) et ne peut pas
conduire. Déposer deux enfants dans deux écoles distantes de 2 km est devenu impossible pour moi
seul avant mon travail à 8 h 30.</dd>
<dt>Pièces jointes</dt><dd>notification_mdph_hugo.pdf ; justificatif_domicile.pdf</dd>
</dl>
<p>Statut : <strong>en cours d'instruction</strong>. Commission des dérogations du 8 avril.</p>
""",
)

HTML_PAGES["s064_extranet_tableau_pai_ecoles.html"] = (
    "Extranet enfance — PAI en cours — écoles du secteur nord",
    """
<h1>Projets d'accueil individualisés en cours — secteur nord</h1>
<p>Accès réservé : responsables de site périscolaire, chef de cuisine. Mise à jour : 02/09/2025.</p>
<table>
<thead><tr><th>École</th><th>Enfant</th><th>Classe</th><th>Motif</th><th>Repas</th>
<th>Trousse</th></tr></thead>
<tbody>
<tr><td>Jean-Zay</td><td>Martin Léna</td><td>CP</td><td>Allergie arachide, fruits à coque</td>
<td>Panier</td><td>Adrénaline</td></tr>
<tr><td>Jean-Zay</td><td>Haddad Sami</td><td>CM1</td><td>Asthme sévère</td><td>Normal</td>
<td>Ventoline</td></tr>
<tr><td>Les Acacias</td><td>Robin Eliott</td><td>GS</td><td>Maladie cœliaque</td>
<td>Sans gluten</td><td>—</td></tr>
<tr><td>Les Acacias</td><td>Petitjean Manon</td><td>CE2</td><td>Épilepsie</td><td>Normal</td>
<td>Buccolam</td></tr>
<tr><td>Pasteur</td><td>Nguyen Kim</td><td>CM2</td><td>Diabète type 1, pompe</td>
<td>Comptage glucides</td><td>Glucagon</td></tr>
<tr><td>Pasteur</td><td>Traoré Awa</td><td>MS</td><td>Drépanocytose</td><td>Hydratation ++</td>
<td>—</td></tr>
</tbody>
</table>
""",
)

HTML_PAGES["s065_portail_famille_messages_tarif.html"] = (
    "Portail famille — mes échanges avec le service",
    """
<nav>Accueil &gt; Mon compte &gt; Mes messages</nav>
<h1>Mes échanges avec le service facturation</h1>
<section>
<h2>Message envoyé le 04/11/2025 — Famille ABDELLI</h2>
<p>Bonjour, je n'arrive pas à payer la facture d'octobre (146 €). Mon compte est à découvert et la
banque a rejeté le prélèvement. Nous vivons à cinq avec le RSA et l'allocation adulte handicapé de
mon mari depuis son accident. Est-ce que vous pouvez bloquer les relances le temps que le CCAS étudie
ma demande d'aide ? J'ai rendez-vous jeudi avec Mme Morel.</p>
</section>
<section>
<h2>Réponse du service le 05/11/2025</h2>
<p>Madame, nous avons suspendu la relance automatique jusqu'au 30 novembre et appliqué le tarif
T1 à compter du 1er novembre, sur la base de votre attestation CAF. Le CCAS nous a confirmé votre
rendez-vous. Bien cordialement, Julie, service facturation.</p>
</section>
""",
)

HTML_PAGES["s066_wiki_interne_acces_sites.html"] = (
    "Wiki DSI — Fiches sites — Écoles et ALSH",
    """
<h1>Fiches sites : écoles et accueils de loisirs</h1>
<p class="avertissement">Page interne DSI. Ne pas copier dans les tickets usagers.</p>
<h2>Réseau Wi-Fi pédagogique</h2>
<ul>
<li>SSID : ECOLES-PEDA — clé WPA2 : <code>Tableau!Noir2025</code></li>
<li>SSID admin (bornes Aruba) : ECOLES-ADM — clé : <code>Mairie#Adm-77</code></li>
<li>Console des bornes : https://10.12.0.4:4343 — compte admin / <code>Aru8a-Ecoles</code></li>
</ul>
<h2>Baies de brassage</h2>
<ul>
<li>École Pasteur : baie dans le local chaufferie, clé sur le trousseau n° 4 ; la porte de la
chaufferie ne ferme plus à clé depuis mars.</li>
<li>ALSH La Prairie : baie sous l'escalier, cadenas code <code>2718</code>.</li>
</ul>
<h2>Vidéoprotection</h2>
<p>NVR Hikvision du groupe scolaire Jean-Moulin : firmware non mis à jour (vulnérabilité connue,
correctif prévu au budget 2026) ; accès web depuis l'extérieur encore ouvert sur le port 8080.</p>
""",
)

HTML_PAGES["s067_lettre_interne_creche_equipe.html"] = (
    "La Gazette des P'tits Loups — lettre interne de l'équipe — mars",
    """
<h1>La Gazette des P'tits Loups</h1>
<p><em>Lettre interne de l'équipe du multi-accueil — n° 14, mars</em></p>
<h2>Les nouvelles de la maison</h2>
<p>Bienvenue à Clémence, auxiliaire de puériculture, qui rejoint la section des moyens !</p>
<p>Grande nouvelle pour Sophie Marchetti, notre éducatrice de jeunes enfants chez les bébés : elle
attend des jumeaux pour l'été ! Comme sa grossesse est suivie de près (elle a été hospitalisée deux
jours la semaine dernière pour des contractions), son médecin l'arrête dès le 20 mars. Pensez à elle
et évitez de l'appeler pour le travail. Fatou assurera l'intérim de la référence bébés.</p>
<p>Notre cuisinier, Hervé, fête ses 20 ans de maison le 28 : pot à 13 h 30 en salle de pause.</p>
<h2>Côté projets</h2>
<p>Le jardin sensoriel avance : les bacs sont montés, les semis commencent avec les grands.</p>
<p>Prochaine réunion d'équipe : jeudi 27 mars, 19 h.</p>
""",
)

HTML_PAGES["s068_intranet_fil_animateur_syndicat.html"] = (
    "Intranet — fil de discussion — Équipe ALSH Les Tilleuls",
    """
<h1>Équipe ALSH Les Tilleuls — discussion</h1>
<div class="message">
<p><b>Yohan Marsault (directeur adjoint)</b> — 14/05, 09:12</p>
<p>Pour info, Karim Benchekroun ne sera pas là mercredi : il a sa décharge syndicale, il est élu
Sud CT au comité social territorial depuis décembre. On se réorganise.</p>
</div>
<div class="message">
<p><b>Laetitia Perron (directrice)</b> — 14/05, 09:40</p>
<p>OK. Je préfère qu'on évite d'étaler ça sur le fil, mais bon. Depuis qu'il a pris sa carte, il
conteste chaque planning. La DRH m'a dit de noter ses heures de délégation à part pour qu'on
puisse en reparler à son entretien.</p>
</div>
<div class="message">
<p><b>Yohan Marsault</b> — 14/05, 09:43</p>
<p>Je note à part, d'accord. Il a aussi demandé la liste des vacataires pour sa tournée de
syndicalisation.</p>
</div>
""",
)

HTML_PAGES["s069_plateforme_signalement_propos_racistes.html"] = (
    "Signalement d'un fait de violence — établissement — fiche",
    """
<h1>Application Faits établissement — fiche n° 2025-0478</h1>
<table>
<tr><th>Établissement</th><td>Collège Jacques-Prévert, Oyonnax-Bellevue</td></tr>
<tr><th>Date des faits</th><td>17/03/2025, 12 h 50, cour et réseaux sociaux</td></tr>
<tr><th>Catégorie</th><td>Atteinte aux personnes — propos discriminatoires</td></tr>
<tr><th>Victime</th><td>Aïcha BENMOUSSA, 4e B</td></tr>
<tr><th>Auteurs présumés</th><td>Quentin M., Florian G. (4e B)</td></tr>
</table>
<h2>Description</h2>
<p>Au retour de la cantine, les deux élèves ont lancé des propos visant les origines algériennes de
l'élève et de sa famille (« retourne au bled », imitation de l'accent, bruitages). Une vidéo a été
publiée le soir même sur TikTok avec un montage insultant visant la mère de l'élève. La famille a
porté plainte au commissariat d'Oyonnax le 18 mars.</p>
<h2>Mesures</h2>
<p>Exclusion conservatoire des deux élèves ; entretien de la victime avec l'infirmière et la CPE ;
saisine du référent académique racisme-antisémitisme.</p>
""",
)

HTML_PAGES["s070_messagerie_rpe_assmat_inquietude.html"] = (
    "Relais petite enfance — messagerie sécurisée",
    """
<h1>Message de Mme Virginie Bouchard, assistante maternelle agréée</h1>
<p>À : Relais petite enfance de la Vallée du Lot — Le 9 octobre, 18:20</p>
<p>Bonsoir Élise,</p>
<p>Je t'écris parce que je ne sais pas trop quoi faire et je ne veux pas mettre le feu aux poudres
pour rien. La petite Lyna (22 mois) que j'accueille depuis juin arrive depuis deux semaines avec
la même couche depuis la veille, parfois sans avoir mangé le matin. Hier elle avait un bleu à
l'oreille et une griffure dans le cou. Quand le compagnon de la maman vient la chercher, elle se
cache derrière moi et hurle.</p>
<p>La maman me dit qu'elle tombe beaucoup. Je ne veux pas perdre le contrat ni accuser à tort,
mais ça me travaille. Est-ce que je dois appeler la PMI ou le 119 ? Tu peux me rappeler demain
pendant la sieste, entre 13 h et 15 h ?</p>
<p>Virginie</p>
""",
)

HTML_PAGES["s071_rapport_audit_confidentiel_periscolaire.html"] = (
    "Rapport d'audit — service périscolaire — version de travail",
    """
<p style="color:red"><strong>CONFIDENTIEL — Document de travail soumis au secret des délibérations.
Destinataires : Maire, DGS, DGA Éducation. Ne pas diffuser.</strong></p>
<h1>Audit organisationnel du service périscolaire — pré-rapport</h1>
<h2>Synthèse des constats</h2>
<ul>
<li>Le taux d'encadrement réglementaire n'est pas respecté sur 7 sites le mercredi matin
(1 animateur pour 16 enfants de moins de 6 ans au lieu de 1 pour 10 déclaré).</li>
<li>Les déclarations d'accueil au SDJES mentionnent des effectifs inférieurs aux effectifs réels.</li>
<li>Le recours aux contrats d'engagement éducatif dépasse le plafond légal de 80 jours pour
14 animateurs.</li>
</ul>
<h2>Scénarios de réorganisation</h2>
<p>Scénario B (recommandé) : externalisation des accueils du mercredi à une association, avec
suppression de 11 postes non titulaires ; économie annuelle estimée à 240 000 €.</p>
""",
)

HTML_PAGES["s072_fiche_inscription_alsh_remplie.html"] = (
    "Fiche d'inscription ALSH été 2025 — dossier n° 1127",
    """
<h1>Accueil de loisirs d'été — fiche de renseignements</h1>
<form>
<fieldset><legend>Enfant</legend>
<p>Nom : <input value="ROCHE"> Prénom : <input value="Élyas"> Né le : <input value="03/06/2017"></p>
</fieldset>
<fieldset><legend>Responsables légaux</legend>
<p>Mère : Mme Karima Roche — exerce seule l'autorité parentale (jugement du 14/01/2022, copie
jointe). Le père, M. Stéphane Roche, n'est pas autorisé à reprendre l'enfant.</p>
</fieldset>
<fieldset><legend>Santé</legend>
<p>Traitement : <input value="Ritaline LP 20 mg le matin (pris à la maison) ; Mélatonine le soir"></p>
<p>Régime alimentaire : <input value="sans porc"></p>
<p>Autres informations utiles : <textarea>Élyas est suivi pour un TDAH et il peut être impulsif en
grand groupe. Il a besoin de prévenir avant les changements. Il est énurétique la nuit (mini-camp :
merci de prévoir une alèse).</textarea></p>
</fieldset>
<fieldset><legend>Personnes autorisées</legend>
<p>Mme Fatima Benali (grand-mère) — 06 ** ** ** 12</p>
</fieldset>
</form>
""",
)

HTML_PAGES["s073_ent_lecture_chapitre_roman.html"] = (
    "ENT — Classe de CM2 B — Lecture du soir",
    """
<h1>Classe de CM2 B — Cahier de textes — Lecture du soir</h1>
<p>Bonsoir les CM2 ! Comme promis, voici le chapitre 3 de notre roman, pour ceux qui n'ont pas
encore le livre. Lisez-le deux fois avant jeudi. M. Garnier</p>
<hr>
<p><em>Extrait de : Odile Ferrandon, « Le Phare des oubliés », chapitre 3, « La clé dans la vase »,
© Éditions La Marelle, 2021. Tous droits réservés.</em></p>
<h2>3. La clé dans la vase</h2>
<p>Le lendemain, la marée était si basse que le port ressemblait à une assiette qu'on aurait
oublié de laver. Les bateaux couchés sur le flanc attendaient, résignés, comme de vieux chiens.
Maël avait promis à Jeanne de ne plus jamais s'approcher du phare. Il avait promis, oui, mais il
n'avait rien juré.</p>
<p>Il descendit l'échelle rouillée du quai, les bottes de son père aux pieds, trop grandes de deux
pointures. À chaque pas, la vase aspirait la semelle avec un bruit mouillé de baiser. Les mouettes
riaient. Elles riaient toujours de lui.</p>
<p>C'est là, entre deux pierres couvertes d'algues, qu'il vit briller quelque chose. Une clé.
Longue comme sa main, noire, avec un anneau en forme de poisson. Il la ramassa, la frotta contre son
pantalon, et lut, gravé en lettres minuscules : « Pour celui qui revient ».</p>
<p>— Qui revient d'où ? murmura-t-il.</p>
<p>Derrière lui, très loin, une cloche sonna. Il n'y avait plus de cloche au phare depuis cinquante
ans.</p>
<p>Maël remonta l'échelle quatre à quatre, la clé serrée contre son cœur, sans se retourner. Il ne
vit pas, sur la vase lisse, les traces de pas qui apparaissaient derrière les siennes, une à une,
comme si quelqu'un de pieds nus le suivait.</p>
<p>Le soir, à table, sa grand-mère posa sa fourchette et le regarda longtemps.</p>
<p>— Tu sens la mer d'en bas, dit-elle. Celle qu'on ne doit pas aller voir.</p>
<p>Il ne répondit rien. Dans sa poche, la clé était chaude, comme un animal endormi.</p>
""",
)

HTML_PAGES["s074_mail_ccas_aide_sejour_neige.html"] = (
    "Courriel — CCAS — aide séjour neige",
    """
<p><b>De :</b> Agnès Pujol, CCAS de Castelnau-les-Vignes<br>
<b>À :</b> Service éducation — séjours<br>
<b>Objet :</b> TR : prise en charge séjour neige — famille Moreau</p>
<p>Bonjour Thomas,</p>
<p>La commission permanente du CCAS de ce matin a accordé la prise en charge totale du séjour neige
de Léo et Jade Moreau (2 × 380 €). Pour mémoire, la mère est en congé maladie de longue durée, le
couple est en instance de divorce et le père ne verse plus la pension ; un plan de
surendettement a été validé par la commission de la Banque de France en janvier.</p>
<p>Merci de ne pas facturer la famille et d'émettre le titre au nom du CCAS. Les enfants ne savent
rien de cette aide, merci de veiller à ce qu'ils reçoivent le même courrier que les autres
participants.</p>
<p>Bien cordialement,<br>Agnès Pujol, conseillère en économie sociale et familiale</p>
""",
)

HTML_PAGES["s075_suivi_jeune_mission_locale_pjj.html"] = (
    "Dossier partagé — Cellule de veille décrochage — compte rendu",
    """
<h1>Cellule de veille et de suivi des jeunes décrocheurs — séance du 20 novembre</h1>
<p>Participants : mission locale, CIO, éducateurs de prévention, service jeunesse, PJJ (UEMO de
Bourges).</p>
<h2>Situation n° 7 — Jordan F., 16 ans, quartier du Val-d'Auron</h2>
<p>Sorti du lycée professionnel en octobre sans diplôme. Fait l'objet d'une mesure éducative
judiciaire prononcée par le tribunal pour enfants le 12 septembre après des vols avec violence
commis en réunion au printemps ; il reste placé sous contrôle judiciaire jusqu'en février.
Suivi par Mme Isabelle Vernier, éducatrice PJJ.</p>
<p>Orientation proposée : inscription au dispositif « Prépa apprentissage » de l'AFPA en janvier,
stage de découverte en carrosserie chez un garagiste partenaire ; accompagnement au permis
AM par le service jeunesse.</p>
<h2>Situation n° 8 — (voir fiche nominative)</h2>
<p>Reportée à la prochaine séance.</p>
""",
)

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_evaluation_pedt.docx"] = [
    ("title", "Évaluation à mi-parcours du projet éducatif de territoire 2022-2025"),
    ("p", "Commune de Lormont-sur-Garonne — rapport présenté au comité de pilotage du 5 juin 2024 "
          "par Mme Aurélie Casteran, coordinatrice PEDT."),
    ("h", "1. Méthode"),
    ("p", "L'évaluation s'appuie sur les données de fréquentation des accueils, un questionnaire "
          "adressé aux familles (612 réponses), des entretiens avec 9 directeurs d'école et des "
          "ateliers avec 40 enfants du conseil des enfants."),
    ("h", "2. Résultats par objectif"),
    ("table", [
        ["Objectif", "Indicateur", "Valeur 2022", "Valeur 2024", "Cible 2025"],
        ["Accès aux loisirs", "Taux d'inscription au mercredi", "34 %", "42 %", "45 %"],
        ["Mixité sociale", "Part d'enfants QF < 700 € au mercredi", "21 %", "29 %", "33 %"],
        ["Inclusion", "Enfants en situation de handicap accueillis", "9", "17", "20"],
        ["Qualité", "Animateurs diplômés (BAFA ou plus)", "61 %", "74 %", "80 %"],
        ["Satisfaction", "Familles satisfaites ou très satisfaites", "78 %", "83 %", "85 %"],
    ]),
    ("h", "3. Ce que disent les enfants"),
    ("p", "Les enfants demandent plus de temps libre « sans activité obligatoire », des cabanes dans "
          "la cour et la possibilité de choisir leurs ateliers. Ils trouvent la cantine bruyante."),
    ("h", "4. Recommandations"),
    ("p", "Renforcer la formation des animateurs à l'accueil des enfants à besoins particuliers ; "
          "traiter l'acoustique des réfectoires ; associer davantage les parents au comité de suivi."),
]

DOCX_BLOCKS["p122_reglement_restauration_scolaire.docx"] = [
    ("title", "Règlement du service de restauration scolaire"),
    ("p", "Approuvé par délibération du conseil municipal de Pont-Audemer-les-Saules du 2 juillet "
          "2025."),
    ("h", "Article 1 — Objet"),
    ("p", "Le service de restauration scolaire est un service public facultatif proposé aux enfants "
          "scolarisés dans les écoles publiques de la commune, les jours de classe."),
    ("h", "Article 2 — Inscription"),
    ("p", "L'inscription est annuelle et se fait sur le portail famille. Les réservations sont "
          "modifiables jusqu'au jeudi précédant la semaine concernée."),
    ("h", "Article 3 — Menus et régimes"),
    ("p", "Les menus sont élaborés par une diététicienne et validés par la commission des menus. "
          "Une alternative sans viande est proposée chaque jour ; le service ne propose pas de menus "
          "confessionnels. Les enfants présentant une allergie ou une maladie chronique sont accueillis "
          "dans le cadre d'un projet d'accueil individualisé, qui peut prévoir un panier-repas fourni "
          "par la famille."),
    ("h", "Article 4 — Médicaments"),
    ("p", "Aucun médicament ne peut être administré par le personnel en dehors d'un PAI."),
    ("h", "Article 5 — Tarifs et paiement"),
    ("p", "Les tarifs sont fixés chaque année par délibération, selon le quotient familial. En cas de "
          "difficulté de paiement, les familles peuvent s'adresser au CCAS ; aucun enfant n'est exclu "
          "du service pour un motif financier."),
    ("h", "Article 6 — Discipline"),
    ("p", "Un comportement irrespectueux ou dangereux fait l'objet d'un avertissement écrit. Après "
          "trois avertissements, une exclusion temporaire de cinq jours au maximum peut être décidée "
          "par le Maire, après rencontre avec la famille."),
]

DOCX_BLOCKS["p123_deliberation_tarifs_alsh.docx"] = [
    ("title", "Délibération n° 2025-072 — Tarifs des accueils de loisirs sans hébergement"),
    ("p", "Conseil municipal de Saint-Avertin-les-Bois — séance du 19 juin 2025. Rapporteure : "
          "Mme Émilie Tardieu, adjointe à l'enfance."),
    ("p", "Considérant le maintien de la prestation de service de la CAF, qui impose une tarification "
          "modulée selon les ressources des familles, il est proposé une revalorisation de 2 % des "
          "tarifs journaliers à compter du 1er septembre 2025."),
    ("table", [
        ["Quotient familial", "Journée avec repas", "Demi-journée sans repas", "Extérieurs"],
        ["0 à 500 €", "4,10 €", "1,80 €", "8,20 €"],
        ["501 à 900 €", "7,60 €", "3,40 €", "15,20 €"],
        ["901 à 1 300 €", "11,20 €", "5,00 €", "22,40 €"],
        ["1 301 à 1 800 €", "14,50 €", "6,50 €", "29,00 €"],
        ["Plus de 1 800 €", "17,30 €", "7,80 €", "34,60 €"],
    ]),
    ("p", "Les enfants confiés à l'Aide sociale à l'enfance bénéficient du tarif de la première "
          "tranche. Une réduction de 10 % est appliquée à partir du deuxième enfant inscrit."),
    ("p", "Vote : 27 pour, 2 abstentions. Adopté."),
]

DOCX_BLOCKS["p124_bilan_mandat_cmj.docx"] = [
    ("title", "Conseil municipal des jeunes — bilan du mandat 2023-2025"),
    ("p", "Ville de Vitré-sur-Vilaine — document présenté lors de la séance de clôture du 21 juin 2025."),
    ("h", "Nos élus"),
    ("p", "Vingt jeunes de CM2 et de 6e, élus en novembre 2023 dans les cinq écoles élémentaires et "
          "les deux collèges, ont siégé pendant deux ans, accompagnés par Mme Gwenaëlle Piron, "
          "animatrice citoyenneté."),
    ("h", "Nos réalisations"),
    ("table", [
        ["Projet", "Commission", "Réalisation"],
        ["Boîtes à livres dans trois parcs", "Culture", "Installées en mai 2024"],
        ["Journée « Sport en famille »", "Sports", "350 participants en septembre 2024"],
        ["Collecte pour la banque alimentaire", "Solidarité", "1,2 tonne de denrées"],
        ["Fresque contre le harcèlement", "Vivre ensemble", "Peinte au collège Jean-Guéhenno"],
        ["Visite du Sénat", "Toutes", "Avril 2025, accueillis par la sénatrice du département"],
    ]),
    ("h", "Le mot des jeunes"),
    ("p", "« On a appris qu'une idée, ça prend du temps, mais qu'à la fin ça existe vraiment », "
          "résume Elsa, élue de l'école Jean-Macé. Mathéo, du collège Sainte-Croix, retient surtout "
          "« le jour où le maire nous a laissé sa place pour présider la séance »."),
    ("p", "Les élections du prochain CMJ auront lieu en novembre 2025."),
]

DOCX_BLOCKS["p125_guide_accueil_enfants_handicap_alsh.docx"] = [
    ("title", "Accueillir un enfant en situation de handicap à l'accueil de loisirs"),
    ("p", "Guide à destination des équipes d'animation — Service enfance, édition 2025."),
    ("h", "Avant l'accueil : la rencontre"),
    ("p", "Toute inscription d'un enfant ayant des besoins particuliers commence par une rencontre "
          "entre la famille, le directeur de l'accueil et le référent handicap du service. On parle "
          "des habitudes de l'enfant, de ce qu'il aime, de ce qui l'inquiète. Les informations "
          "médicales ne sont demandées que si elles sont utiles à la sécurité de l'enfant, et "
          "restent dans le dossier sous clé."),
    ("h", "Pendant l'accueil : quelques repères"),
    ("table", [
        ["Situation", "Pistes"],
        ["Enfant sensible au bruit", "Proposer un coin calme, un casque, anticiper les temps forts"],
        ["Enfant qui communique peu", "Pictogrammes, phrases courtes, un seul animateur référent"],
        ["Enfant en fauteuil", "Vérifier l'accessibilité des sorties, adapter les grands jeux"],
        ["Crise ou débordement", "Mettre l'enfant en sécurité, ne pas le contenir physiquement sauf "
                                 "danger, prévenir le directeur"],
    ]),
    ("h", "Des renforts possibles"),
    ("p", "Le pôle ressources handicap de la CAF finance des animateurs supplémentaires ; la demande "
          "est faite par le service, jamais par l'animateur. Des formations courtes sont proposées "
          "chaque trimestre avec l'association Loisirs Pluriel."),
]

DOCX_BLOCKS["p126_charte_qualite_plan_mercredi.docx"] = [
    ("title", "Charte qualité Plan mercredi — engagements de la commune"),
    ("p", "Signée par la préfète de la Corrèze, le directeur académique, la directrice de la CAF et "
          "le maire de Brive-les-Saules le 15 septembre 2025."),
    ("h", "Axe 1 — Complémentarité avec les temps scolaires"),
    ("p", "Les activités du mercredi sont conçues en cohérence avec les projets d'école : un temps "
          "d'échange entre enseignants et animateurs est organisé au moins une fois par trimestre."),
    ("h", "Axe 2 — Accueil de tous les publics"),
    ("p", "La commune s'engage à rendre l'accueil accessible à tous les enfants, y compris ceux en "
          "situation de handicap, et à appliquer une tarification adaptée aux ressources."),
    ("h", "Axe 3 — Mise en valeur de la richesse des territoires"),
    ("p", "Sorties au musée Labenche, découverte des gorges de la Vézère, partenariat avec le club "
          "de rugby et l'école de musique."),
    ("h", "Axe 4 — Activités éducatives de qualité"),
    ("p", "Chaque cycle d'activités, de vacances à vacances, aboutit à une production finale "
          "(spectacle, exposition, tournoi) présentée aux familles."),
]

DOCX_BLOCKS["p127_cr_comite_suivi_transport_scolaire.docx"] = [
    ("title", "Comité local de suivi des transports scolaires — secteur de Loches"),
    ("p", "Réunion du 4 décembre 2024, maison de la Région à Tours. Présidence : M. Gilles Aubry, "
          "conseiller régional délégué aux mobilités."),
    ("h", "Bilan de la rentrée"),
    ("table", [
        ["Indicateur", "2023-2024", "2024-2025"],
        ["Élèves transportés", "3 412", "3 488"],
        ["Circuits", "64", "66"],
        ["Réclamations des familles", "118", "87"],
        ["Retards de plus de 10 min signalés", "203", "141"],
        ["Exclusions temporaires prononcées", "12", "9"],
    ]),
    ("h", "Points soulevés par les maires"),
    ("p", "M. le maire de Beaulieu-lès-Loches demande un arrêt supplémentaire au lieu-dit Les Brosses. "
          "La Région étudiera la sécurité de l'arrêt avec le Département. Mme la maire de Genillé "
          "signale des cars surchargés le lundi matin sur la ligne 412 : un car de renfort sera mis en "
          "place à compter de janvier."),
    ("h", "Sécurité"),
    ("p", "Une campagne « Je m'attache » sera menée dans les collèges avec la prévention routière. "
          "Un exercice d'évacuation des cars sera organisé dans tous les établissements de 6e."),
]

DOCX_BLOCKS["p128_projet_etablissement_creche.docx"] = [
    ("title", "Projet d'établissement — Multi-accueil Les Petits Pas"),
    ("p", "Capacité : 40 places. Gestionnaire : Ville de Meaux-les-Prés. Directrice : Mme Caroline "
          "Desbois, infirmière puéricultrice."),
    ("h", "Projet social"),
    ("p", "Le multi-accueil accueille en priorité les familles résidant sur la commune. Conformément à "
          "l'article L.214-7 du code de l'action sociale et des familles, il réserve des places aux "
          "enfants de parents bénéficiaires de minima sociaux engagés dans un parcours d'insertion, et "
          "accueille des enfants en situation de handicap ou atteints de maladie chronique."),
    ("h", "Projet éducatif"),
    ("p", "Nous croyons à la libre motricité, au respect du rythme de chaque enfant et à la place "
          "des parents, qui peuvent rester aussi longtemps qu'ils le souhaitent pendant la période "
          "d'adaptation."),
    ("h", "Santé et sécurité"),
    ("p", "Un référent santé et accueil inclusif intervient dix heures par trimestre. Les protocoles "
          "d'urgence, de soins et de mise en sûreté sont tenus à jour et connus de toute l'équipe. "
          "Un protocole de repérage des situations de danger pour l'enfant précise la conduite à "
          "tenir et les interlocuteurs (PMI, CRIP)."),
    ("h", "Organisation"),
    ("table", [
        ["Section", "Âges", "Places", "Encadrement"],
        ["Bébés", "10 semaines – 15 mois", "10", "1 adulte pour 5 enfants"],
        ["Moyens", "15 – 24 mois", "15", "1 pour 6"],
        ["Grands", "2 – 3 ans", "15", "1 pour 8"],
    ]),
]

DOCX_BLOCKS["p129_cr_conseil_ecole_troisieme_trimestre.docx"] = [
    ("title", "Conseil d'école du 3e trimestre — école primaire du Bois-Joli"),
    ("p", "Mardi 17 juin 2025 — présents : Mme Hélène Marquis, directrice ; l'équipe enseignante ; "
          "M. Franck Dumont, maire ; les représentants des parents élus ; Mme Paulette Renaud, DDEN."),
    ("h", "Effectifs et structure pour la rentrée"),
    ("table", [
        ["Classe", "Effectif prévu"],
        ["PS-MS", "24"],
        ["GS-CP", "22"],
        ["CE1-CE2", "25"],
        ["CM1-CM2", "26"],
    ]),
    ("h", "Bilan des projets"),
    ("p", "Le projet « Cinéma » a permis aux élèves du CE1 au CM2 de voir trois films et de réaliser "
          "un court-métrage d'animation présenté à la fête de l'école. La classe de découverte en "
          "Auvergne s'est très bien déroulée ; la mairie et la coopérative ont couvert 70 % du coût."),
    ("h", "Inclusion"),
    ("p", "La directrice indique que l'école a accueilli cette année trois élèves bénéficiant d'un "
          "accompagnement par une AESH et remercie l'accompagnante pour son investissement. Elle "
          "regrette que les notifications soient souvent arrivées tardivement."),
    ("h", "Travaux d'été"),
    ("p", "Remplacement des fenêtres de la classe de CE1-CE2 et pose d'un visiophone au portail."),
    ("p", "Les parents remercient l'équipe pour l'année écoulée. Séance levée à 20 h."),
]

DOCX_BLOCKS["p130_statistiques_absenteisme_departement.docx"] = [
    ("title", "Absentéisme scolaire dans le Nord — tableau de bord 2024-2025"),
    ("p", "Données agrégées issues de l'enquête nationale sur l'absentéisme (échantillon de "
          "collèges et lycées publics). Proportion d'élèves absents de manière non justifiée quatre "
          "demi-journées ou plus par mois, en moyenne sur l'année."),
    ("table", [
        ["Type d'établissement", "Nord", "Académie de Lille", "France"],
        ["Collège", "6,1 %", "5,8 %", "4,9 %"],
        ["Lycée général et technologique", "7,4 %", "7,0 %", "6,3 %"],
        ["Lycée professionnel", "22,8 %", "21,5 %", "18,9 %"],
    ]),
    ("p", "L'absentéisme culmine en février et en mai-juin. Il est nettement plus élevé dans les "
          "établissements de l'éducation prioritaire (9,3 % en collège REP+)."),
    ("p", "Suites données en 2024-2025 : 4 128 avertissements adressés aux familles par le DASEN ; "
          "312 saisines du président du conseil départemental ; 27 signalements au procureur de la "
          "République."),
    ("p", "Source : DSDEN du Nord, service de la vie scolaire. Les effectifs inférieurs à 10 élèves "
          "ne sont pas publiés."),
]

DOCX_BLOCKS["p131_convention_college_club_sportif.docx"] = [
    ("title", "Convention de partenariat — section sportive handball"),
    ("p", "Entre le collège Victor-Hugo de Chambéry-les-Monts, représenté par son principal, M. Yves "
          "Lambert, d'une part, et le Handball Club des Bauges, représenté par sa présidente, Mme "
          "Christelle Morand, d'autre part."),
    ("h", "Article 1 — Objet"),
    ("p", "La présente convention organise le fonctionnement de la section sportive scolaire "
          "handball, ouverte aux élèves de la 6e à la 3e (24 élèves au maximum)."),
    ("h", "Article 2 — Engagements du club"),
    ("p", "Le club met à disposition un entraîneur diplômé d'État, M. Loïc Perrier, pour quatre "
          "heures hebdomadaires, et prend en charge les licences des élèves de la section."),
    ("h", "Article 3 — Engagements du collège"),
    ("p", "Le collège aménage l'emploi du temps des élèves (créneaux du mardi et du jeudi de 15 h à "
          "17 h) et assure le suivi scolaire. Un certificat médical de non-contre-indication est "
          "demandé à l'inscription, conformément au code du sport ; il est conservé par le club."),
    ("h", "Article 4 — Durée"),
    ("p", "Conclue pour trois ans à compter du 1er septembre 2025, renouvelable par avenant après "
          "approbation du conseil d'administration."),
]

DOCX_BLOCKS["p132_appel_projets_eac.docx"] = [
    ("title", "Appel à projets 2025-2026 — Éducation artistique et culturelle"),
    ("p", "Communauté d'agglomération Grand Cognac, en partenariat avec la DRAC Nouvelle-Aquitaine "
          "et la DSDEN de la Charente."),
    ("h", "Objectif"),
    ("p", "Permettre à chaque enfant du territoire de bénéficier, au cours de sa scolarité primaire, "
          "d'au moins un projet construit avec un artiste ou une structure culturelle."),
    ("h", "Projets attendus"),
    ("p", "Résidences d'artistes en classe, ateliers de pratique (théâtre, arts plastiques, musiques "
          "actuelles, patrimoine, écriture), parcours de spectateurs. Une attention particulière sera "
          "portée aux écoles rurales éloignées des équipements et aux classes accueillant des élèves "
          "d'ULIS ou d'UPE2A."),
    ("table", [
        ["Étape", "Date"],
        ["Dépôt des candidatures (enseignants et structures)", "avant le 30 juin 2025"],
        ["Comité de sélection", "10 septembre 2025"],
        ["Réalisation", "octobre 2025 – mai 2026"],
        ["Restitution publique", "juin 2026, théâtre de l'Avant-Scène"],
    ]),
    ("p", "Financement : jusqu'à 2 500 € par projet (rémunération des artistes, matériel, "
          "transports). Contact : Mme Julie Bernard, chargée de mission EAC."),
]

DOCX_BLOCKS["p133_reglement_aide_departementale_demi_pension.docx"] = [
    ("title", "Règlement de l'aide départementale à la demi-pension des collégiens"),
    ("p", "Adopté par l'assemblée départementale de la Nièvre le 24 mars 2025."),
    ("h", "Article 1 — Bénéficiaires"),
    ("p", "L'aide est attribuée aux familles des élèves demi-pensionnaires des collèges publics du "
          "département dont le quotient familial CAF ou MSA est inférieur ou égal à 750 €."),
    ("h", "Article 2 — Montant"),
    ("table", [
        ["Quotient familial", "Aide par repas", "Reste à charge (repas à 3,20 €)"],
        ["0 à 450 €", "2,20 €", "1,00 €"],
        ["451 à 600 €", "1,60 €", "1,60 €"],
        ["601 à 750 €", "1,00 €", "2,20 €"],
    ]),
    ("h", "Article 3 — Demande"),
    ("p", "La demande est faite une fois par an auprès du secrétariat du collège, avec l'attestation "
          "de quotient familial. Le Département verse l'aide directement à l'établissement, qui la "
          "déduit de la facture."),
    ("h", "Article 4 — Confidentialité"),
    ("p", "Les informations transmises ne sont utilisées que pour le calcul de l'aide. Les personnels "
          "qui en ont connaissance sont tenus au secret professionnel ; aucune liste de bénéficiaires "
          "n'est communiquée aux enseignants."),
]

DOCX_BLOCKS["p134_protocole_accueil_eleves_allophones.docx"] = [
    ("title", "Protocole départemental d'accueil des élèves allophones nouvellement arrivés"),
    ("p", "DSDEN de la Seine-Saint-Denis — CASNAV de l'académie de Créteil — version septembre 2025."),
    ("h", "1. Principes"),
    ("p", "Tout enfant présent sur le territoire a droit à l'instruction, quelle que soit la "
          "situation administrative de ses parents et quel que soit son mode d'hébergement. "
          "L'inscription ne peut être refusée faute de justificatif de domicile ou de titre de séjour."),
    ("h", "2. Parcours d'accueil"),
    ("table", [
        ["Étape", "Acteur", "Délai"],
        ["Inscription en mairie (1er degré) ou au CIO (2nd degré)", "Mairie / CIO", "Immédiat"],
        ["Évaluation des acquis en langue d'origine et en français", "CASNAV / CIO", "15 jours"],
        ["Affectation en classe ordinaire avec UPE2A", "IEN / DASEN", "Sous 3 semaines"],
        ["Suivi et sortie du dispositif", "Équipe pédagogique", "1 an, prolongeable"],
    ]),
    ("h", "3. Publics particuliers"),
    ("p", "Les élèves non scolarisés antérieurement (NSA), les mineurs non accompagnés pris en charge "
          "par l'ASE et les enfants de familles itinérantes font l'objet d'un accompagnement renforcé. "
          "Les interprètes de l'association ISM peuvent être sollicités pour les entretiens avec les "
          "familles."),
]

DOCX_BLOCKS["p135_rapport_observatoire_petite_enfance.docx"] = [
    ("title", "Observatoire départemental de la petite enfance — synthèse 2024"),
    ("p", "Comité départemental des services aux familles de l'Allier."),
    ("h", "Offre d'accueil"),
    ("table", [
        ["Mode d'accueil", "Places 2022", "Places 2024", "Évolution"],
        ["Assistants maternels", "6 840", "6 215", "–9,1 %"],
        ["Établissements d'accueil collectif", "1 642", "1 781", "+8,5 %"],
        ["Micro-crèches", "318", "427", "+34,3 %"],
        ["Total pour 100 enfants de moins de 3 ans", "66,2", "63,9", "–2,3 pts"],
    ]),
    ("h", "Accès des familles vulnérables"),
    ("p", "14 % des enfants accueillis en crèche vivent sous le seuil de pauvreté (objectif national : "
          "20 %). Le bonus « mixité sociale » de la CAF a bénéficié à 37 établissements. Les enfants "
          "en situation de handicap représentent 1,1 % des enfants accueillis."),
    ("h", "Protection maternelle et infantile"),
    ("p", "Les services de PMI ont réalisé 8 914 consultations de nourrissons et 4 206 bilans de "
          "santé en école maternelle ; 212 informations préoccupantes concernant des enfants de "
          "moins de 3 ans ont été transmises à la CRIP."),
    ("p", "Perspectives : service public de la petite enfance, relais renforcés en zone rurale."),
]

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_inscriptions_scolaires.html"] = (
    "Inscriptions scolaires 2026-2027 — Ville de Carvin-les-Marais",
    """
<nav>Accueil &gt; Éducation &gt; Inscriptions scolaires</nav>
<h1>Inscrire son enfant à l'école pour la rentrée 2026</h1>
<p>Les inscriptions pour les enfants nés en 2023 (entrée en petite section) et pour les nouveaux
arrivants sont ouvertes <strong>du 5 janvier au 27 février 2026</strong>.</p>
<h2>Étape 1 : en ligne ou en mairie</h2>
<p>Rendez-vous sur le portail famille ou à l'accueil du service éducation avec :</p>
<ul>
<li>le livret de famille ou un extrait d'acte de naissance ;</li>
<li>un justificatif de domicile de moins de trois mois ;</li>
<li>en cas de séparation, tout document précisant les modalités de résidence de l'enfant.</li>
</ul>
<p>Vous n'avez pas de justificatif de domicile ? Venez quand même : l'inscription d'un enfant ne
peut pas être refusée pour ce motif, le service vous indiquera les pièces acceptées.</p>
<h2>Étape 2 : à l'école</h2>
<p>Le service vous délivre un certificat d'inscription, à présenter au directeur de l'école, avec
le carnet de santé (vaccinations obligatoires à jour).</p>
<h2>Dérogations</h2>
<p>Les demandes de scolarisation hors secteur sont examinées par une commission en avril. Les
critères : fratrie, mode de garde, raisons médicales attestées, contraintes professionnelles.</p>
""",
)

HTML_PAGES["p137_actu_journee_non_harcelement.html"] = (
    "Journée nationale de lutte contre le harcèlement : les collégiens s'engagent",
    """
<article>
<h1>Non au harcèlement : les collégiens de Sarlat s'engagent</h1>
<p class="date">Publié le 7 novembre 2025</p>
<p>À l'occasion de la journée nationale de lutte contre le harcèlement à l'école, les 520 élèves
du collège La Boétie ont participé jeudi à une matinée banalisée : théâtre-forum avec la compagnie
Les Pieds dans l'Eau, ateliers sur le cyberharcèlement animés par les élèves ambassadeurs, et
affichage d'une grande fresque réalisée en arts plastiques.</p>
<p>« Le harcèlement, ce n'est pas un jeu, et ce n'est pas à la victime de partir », a rappelé
la principale, Mme Anne Dufour, devant les classes de 6e réunies dans la cour.</p>
<p>Le collège a obtenu cette année le prix académique « Non au harcèlement » pour la vidéo
« Et si c'était toi ? », réalisée par la classe de 4e C.</p>
<p>Victime ou témoin ? Appelez le <strong>3018</strong>, gratuit, anonyme et confidentiel, 7 jours
sur 7.</p>
</article>
""",
)

HTML_PAGES["p138_page_relais_petite_enfance.html"] = (
    "Relais petite enfance — Communauté de communes du Haut-Jura",
    """
<h1>Le relais petite enfance : un lieu pour les parents et les professionnels</h1>
<p>Vous cherchez un mode d'accueil pour votre bébé ? Vous êtes assistante maternelle ou garde
d'enfants à domicile ? Le relais petite enfance (RPE) est un service gratuit et neutre.</p>
<h2>Pour les parents</h2>
<ul>
<li>Information sur les différents modes d'accueil et la liste des assistants maternels
disponibles ;</li>
<li>accompagnement dans les démarches d'employeur (contrat, Pajemploi, congés) ;</li>
<li>information sur les aides de la CAF et de la MSA.</li>
</ul>
<h2>Pour les professionnels</h2>
<ul>
<li>ateliers d'éveil le mardi et le jeudi matin à Saint-Claude, Morez et Les Rousses ;</li>
<li>soirées d'échange et formations continues ;</li>
<li>information sur le statut et les droits.</li>
</ul>
<h2>Contact</h2>
<p>Animatrices : Mme Laure Mivelle et Mme Hanna Bégué — 03 84 ** ** 60 —
permanences sur rendez-vous le lundi après-midi et le mercredi matin.</p>
""",
)

HTML_PAGES["p139_page_elus_cmj.html"] = (
    "Vos jeunes élus — Conseil municipal des jeunes 2025-2027",
    """
<h1>Découvrez vos jeunes élus !</h1>
<p>Élus le 13 novembre 2025, ils représentent les enfants et les jeunes de la commune pendant deux
ans. Le trombinoscope est publié avec l'accord des jeunes et de leurs parents.</p>
<h2>Commission « Environnement et cadre de vie »</h2>
<ul>
<li>Louise Aubertin — CM2, école Jean-Rostand — « Je veux plus d'arbres dans la cour. »</li>
<li>Nassim Belhadj — 6e, collège Paul-Éluard — « Des poubelles de tri dans les parcs. »</li>
<li>Maé Corbin — 5e, collège Paul-Éluard</li>
</ul>
<h2>Commission « Sports, loisirs et culture »</h2>
<ul>
<li>Hugo Delaunay — CM2, école des Prés — « Un skatepark ! »</li>
<li>Kadiatou Sylla — 6e, collège Saint-Joseph — « Un tournoi de foot filles-garçons. »</li>
<li>Arthur Mény — 4e, collège Paul-Éluard</li>
</ul>
<h2>Commission « Solidarité et vivre ensemble »</h2>
<ul>
<li>Rose Vallier — CM2, école Jean-Rostand — « Des rencontres avec les personnes âgées de
l'EHPAD. »</li>
<li>Ibrahim Touré — 5e, collège Saint-Joseph</li>
</ul>
<p>Prochaine séance plénière : samedi 24 janvier, 10 h, salle du conseil. Ouverte au public.</p>
""",
)

HTML_PAGES["p140_faq_transport_scolaire.html"] = (
    "Transport scolaire — questions fréquentes",
    """
<h1>Transport scolaire : vos questions, nos réponses</h1>
<h2>Mon enfant a perdu sa carte de transport, que faire ?</h2>
<p>Demandez un duplicata sur votre espace en ligne (10 €). En attendant, le conducteur accepte
l'attestation d'inscription imprimée.</p>
<h2>Mon enfant est en situation de handicap : peut-il être transporté ?</h2>
<p>Oui. Si son handicap ne lui permet pas d'utiliser les transports ordinaires, le Département
organise un transport adapté gratuit, sur avis de la MDPH. La demande est à faire avant le
15 juin.</p>
<h2>Nous sommes séparés et notre enfant vit une semaine sur deux chez chacun : deux adresses ?</h2>
<p>Oui, en cas de résidence alternée, vous pouvez déclarer deux points de montée. Une seule
inscription suffit.</p>
<h2>Que se passe-t-il si mon enfant ne respecte pas les règles dans le car ?</h2>
<p>Le règlement prévoit un avertissement puis, selon la gravité, une exclusion temporaire ou
définitive. Vous êtes toujours informés par courrier et pouvez présenter vos observations.</p>
<h2>Le car est en retard le matin, qui prévenir ?</h2>
<p>La centrale d'information : 09 70 ** ** 22, ou l'application « Mon car scolaire ».</p>
""",
)

HTML_PAGES["p141_actu_prix_civisme_laureats.html"] = (
    "Prix départemental du civisme : trois jeunes récompensés",
    """
<article>
<h1>Prix du civisme 2025 : trois jeunes récompensés par le Département</h1>
<p>Le président du conseil départemental de la Vendée a remis vendredi le prix du civisme à trois
jeunes Vendéens qui se sont distingués par leur engagement.</p>
<p><strong>Tom Gaborit</strong>, 17 ans, lycéen à Luçon et jeune sapeur-pompier volontaire depuis
quatre ans, est intervenu le 3 août sur la plage de la Tranche-sur-Mer pour porter secours à un
baigneur en difficulté, en attendant l'arrivée des sauveteurs.</p>
<p><strong>Inès Rabiller</strong>, 15 ans, collégienne à Challans, a créé dans son collège un club
de tutorat où les élèves de 3e aident bénévolement les 6e en mathématiques : 46 élèves en ont
bénéficié cette année.</p>
<p><strong>Samuel Ndongo</strong>, 19 ans, volontaire en service civique à la Croix-Rouge de
La Roche-sur-Yon, a organisé des collectes de produits d'hygiène pour les étudiants.</p>
<p>Chacun a reçu un chèque de 500 € et la médaille du Département.</p>
</article>
""",
)

HTML_PAGES["p142_page_restauration_regimes.html"] = (
    "Restauration scolaire — régimes alimentaires et allergies",
    """
<h1>Régimes alimentaires, allergies : comment ça marche à la cantine ?</h1>
<h2>Le choix d'un menu sans viande</h2>
<p>Chaque jour, un plat sans viande est proposé en alternative. Vous pouvez le choisir une fois
pour toute l'année sur le portail famille, quelle qu'en soit la raison : vous n'avez pas à la
justifier.</p>
<h2>Allergies et intolérances</h2>
<p>Si votre enfant a une allergie alimentaire, une intolérance ou une maladie qui nécessite un
régime, demandez un projet d'accueil individualisé (PAI) au directeur de l'école. Selon les cas, la
cuisine centrale prépare un repas adapté ou vous fournissez un panier-repas.</p>
<h2>Les allergènes</h2>
<p>Les 14 allergènes réglementaires sont indiqués sur les menus en ligne. Attention : la cuisine
centrale ne peut garantir l'absence totale de traces.</p>
<h2>Textures modifiées</h2>
<p>Pour les enfants accueillis en ULIS ou ayant des troubles de la déglutition, des repas mixés
peuvent être préparés dans le cadre d'un PAI.</p>
""",
)

HTML_PAGES["p143_page_lieu_accueil_enfants_parents.html"] = (
    "La Parenthèse — lieu d'accueil enfants-parents",
    """
<h1>La Parenthèse, lieu d'accueil enfants-parents</h1>
<p>Un espace pour jouer, se rencontrer et souffler, pour les enfants de 0 à 6 ans accompagnés
d'un parent, d'un grand-parent ou d'un futur parent.</p>
<p>Anonyme, gratuit, sans inscription : on vient quand on veut, on reste le temps qu'on veut.
Seul le prénom de l'enfant est demandé.</p>
<p>Deux accueillantes formées à l'écoute (psychologue, éducatrice de jeunes enfants) sont présentes à
chaque séance. Elles ne jugent pas et ne donnent pas de conseils tout faits : elles sont là pour
accompagner les premières séparations, les questions sur le sommeil, les colères, l'arrivée d'un
petit frère, ou tout simplement pour parler.</p>
<p><strong>Horaires :</strong> lundi et jeudi de 9 h à 11 h 30, samedi de 9 h 30 à 12 h.<br>
<strong>Adresse :</strong> centre social des Aubiers, 4 place Jean-Vilar.</p>
<p>Lieu soutenu par la CAF et la Ville dans le cadre du schéma départemental de soutien à la
parentalité.</p>
""",
)

HTML_PAGES["p144_actu_course_ecoles_ligue_cancer.html"] = (
    "Les écoliers courent pour la Ligue contre le cancer",
    """
<article>
<h1>Les écoliers ont couru 4 218 kilomètres pour la Ligue contre le cancer</h1>
<p>Pour la cinquième année, les 11 écoles élémentaires de la ville ont participé à « Mes foulées
solidaires », la course organisée au profit du comité départemental de la Ligue contre le cancer.</p>
<p>Vendredi, au stade municipal, 1 380 enfants ont enchaîné les tours de piste sous les
encouragements des parents. Chaque kilomètre parcouru était parrainé par des entreprises locales
et par les familles : 9 640 € ont été récoltés, qui financeront des activités physiques adaptées
pour les enfants soignés au service d'oncologie pédiatrique du CHU.</p>
<p>« Cette course montre aux enfants qu'on peut être solidaires en s'amusant », a souligné
M. Pierre-Yves Combes, président du comité départemental, venu remettre les médailles avec
l'adjointe aux sports, Mme Valérie Mathieu.</p>
<p>La classe de CM1 de l'école Paul-Bert remporte le trophée de la classe la plus endurante.</p>
</article>
""",
)

HTML_PAGES["p145_page_vacances_apprenantes.html"] = (
    "Été 2026 : colos apprenantes et séjours jeunes",
    """
<h1>Partir cet été avec les colos apprenantes</h1>
<p>L'État et la Ville financent des séjours de vacances qui allient loisirs et apprentissages,
pour les enfants et jeunes de 3 à 17 ans.</p>
<h2>Qui peut en bénéficier ?</h2>
<ul>
<li>les enfants résidant en quartier prioritaire de la politique de la ville ;</li>
<li>les enfants de familles dont le quotient familial est inférieur à 1 500 € ;</li>
<li>les enfants en situation de handicap ;</li>
<li>les enfants confiés à l'Aide sociale à l'enfance.</li>
</ul>
<h2>Combien ça coûte ?</h2>
<p>Le séjour est pris en charge à 80 % au moins. Le reste à charge peut être couvert par le CCAS
sur demande.</p>
<h2>Les séjours proposés</h2>
<ul>
<li>« Mer et sciences » à l'île d'Oléron (8-11 ans, 7 jours) ;</li>
<li>« Montagne et astronomie » dans le Vercors (11-14 ans, 10 jours) ;</li>
<li>« Théâtre et patrimoine » à Avignon (14-17 ans, 8 jours).</li>
</ul>
<p>Inscriptions au service jeunesse à partir du 2 avril.</p>
""",
)

HTML_PAGES["p146_actu_restauration_chapelle_lycee.html"] = (
    "Patrimoine : la chapelle du lycée Saint-Louis retrouve ses couleurs",
    """
<article>
<h1>Patrimoine : la chapelle de l'ancien collège des Jésuites restaurée</h1>
<p>Construite en 1682 pour les pères jésuites qui dirigeaient alors le collège, la chapelle
baroque du lycée Saint-Louis était fermée au public depuis 2014 en raison de l'état de sa
charpente. Après trois ans de travaux, elle rouvre à l'occasion des Journées européennes du
patrimoine.</p>
<p>La Région, propriétaire des murs du lycée, a financé la restauration à hauteur de 2,4 millions
d'euros, avec le soutien de la DRAC et de la Fondation du patrimoine. Les décors peints de la voûte,
figurant la vie de saint Ignace, ont été nettoyés par l'atelier de Mme Claire Vautrin,
restauratrice, et le retable en bois doré a retrouvé sa place dans le chœur.</p>
<p>Désaffectée depuis 1905, la chapelle accueillera désormais les concerts de l'option musique, des
conférences et des expositions. « Les élèves vont pouvoir s'approprier ce lieu extraordinaire »,
se réjouit la proviseure, Mme Françoise Aubry.</p>
<p>Visites libres les 20 et 21 septembre, de 10 h à 18 h.</p>
</article>
""",
)

HTML_PAGES["p147_page_aide_rentree_departement.html"] = (
    "Pack rentrée collège — Département du Gers",
    """
<h1>Le pack rentrée : un coup de pouce pour tous les collégiens</h1>
<p>Pour la rentrée 2025, le Département offre à chaque élève de 6e scolarisé dans un collège
du Gers un pack de fournitures scolaires (cahiers, classeurs, calculatrice, dictionnaire) et une
clé USB contenant des logiciels libres.</p>
<p>Les familles qui perçoivent l'allocation de rentrée scolaire peuvent en outre demander l'aide
départementale à la restauration, qui réduit le prix du repas à la cantine. Le formulaire est
disponible au secrétariat du collège ; il est traité de façon confidentielle.</p>
<h2>Bourses de collège</h2>
<p>La bourse nationale de collège est attribuée selon les ressources et le nombre d'enfants. La
demande se fait en ligne, de la rentrée au mois d'octobre, via le service « Scolarité services ».
En 2024-2025, 27 % des collégiens du Gers étaient boursiers.</p>
<p>Contact : direction de l'éducation et des collèges, 05 62 ** ** 40.</p>
""",
)

HTML_PAGES["p148_actu_elections_professionnelles_education.html"] = (
    "Élections professionnelles dans l'Éducation nationale : le calendrier",
    """
<article>
<h1>Élections professionnelles 2026 : les personnels de l'académie votent en décembre</h1>
<p>Du 1er au 8 décembre 2026, les 52 000 personnels de l'académie de Montpellier (enseignants,
AESH, personnels administratifs, de santé et sociaux) sont appelés à élire leurs représentants
dans les comités sociaux d'administration et les commissions administratives paritaires.</p>
<h2>Les grandes étapes</h2>
<ul>
<li>jusqu'au 20 octobre : dépôt des candidatures des organisations syndicales ;</li>
<li>début novembre : envoi des notices de vote et des identifiants ;</li>
<li>du 1er au 8 décembre : vote électronique, depuis tout ordinateur ou smartphone ;</li>
<li>9 décembre : proclamation des résultats.</li>
</ul>
<p>En 2022, la participation s'était élevée à 43,7 % dans l'académie. Des postes informatiques
seront mis à disposition dans chaque établissement pour faciliter le vote des AESH et des
personnels qui n'ont pas d'ordinateur professionnel.</p>
<p>Les professions de foi des listes seront consultables sur le portail électoral à partir du
10 novembre.</p>
</article>
""",
)

HTML_PAGES["p149_page_recrutement_aesh.html"] = (
    "Devenir accompagnant d'élèves en situation de handicap (AESH)",
    """
<h1>Devenir AESH dans l'académie d'Orléans-Tours</h1>
<p>Vous souhaitez aider les enfants en situation de handicap à suivre leur scolarité ? L'académie
recrute des accompagnants d'élèves en situation de handicap pour la rentrée.</p>
<h2>Missions</h2>
<p>Aide aux déplacements et à l'installation, aide à la prise de notes, reformulation des
consignes, soutien à la communication et à la socialisation, participation aux réunions de
l'équipe de suivi de la scolarisation.</p>
<h2>Conditions</h2>
<ul>
<li>être titulaire d'un diplôme dans le domaine de l'aide à la personne (DEAES), ou du
baccalauréat, ou justifier de 9 mois d'expérience auprès de personnes handicapées ;</li>
<li>contrat de droit public de 3 ans, renouvelable une fois, puis CDI ;</li>
<li>temps de travail moyen : 62 % d'un temps plein (24 h par semaine).</li>
</ul>
<h2>Formation</h2>
<p>60 heures de formation d'adaptation à l'emploi dès la prise de poste.</p>
<p>Candidatures en ligne sur la plateforme académique, rubrique « AESH ».</p>
""",
)

HTML_PAGES["p150_actu_vaccination_rougeole_creches.html"] = (
    "Rougeole : vérifiez les vaccins de vos enfants",
    """
<article>
<h1>Rougeole : la PMI appelle les familles à vérifier les carnets de vaccination</h1>
<p>Depuis janvier, 23 cas de rougeole ont été déclarés dans le département, dont 9 chez des enfants
de moins de 5 ans. Aucun décès n'est à déplorer.</p>
<p>La rougeole est très contagieuse : une personne malade peut en contaminer 15 à 20. Deux doses
de vaccin ROR (rougeole-oreillons-rubéole), à 12 et 16 mois, protègent durablement. Elles sont
obligatoires pour les enfants nés depuis 2018 et conditionnent l'entrée en crèche.</p>
<p>Les centres de PMI vaccinent gratuitement, sans avance de frais, les enfants de moins de
6 ans. Les adultes nés après 1980 doivent également avoir reçu deux doses.</p>
<p>Des séances de rattrapage sont organisées dans les multi-accueils et les écoles maternelles
les mercredis de mars. Renseignements : direction de la PMI, 04 76 ** ** 30.</p>
</article>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"wrote {len(DOCX_BLOCKS)} docx and {len(HTML_PAGES)} html into {OUT}")


if __name__ == "__main__":
    main()
