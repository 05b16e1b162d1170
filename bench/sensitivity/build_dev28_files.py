"""Build the .docx and .html documents of the hand-written sensitivity set dev28.

Theme: human resources and social dialogue of a commune or an intercommunalité (recruitment,
careers, CST and CAP, payroll and leave, training, health and safety at work, discipline, HR
reports, notes to all staff, intranet pages, e-mails between managers and HR).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev28_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev28"
FIXED = dt.datetime(2025, 6, 2, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_tableau_absenteisme_restauration.docx"] = [
    ("title", "Tableau de bord absentéisme - cuisine centrale - 2024"),
    ("p", "Document de pilotage réservé à la direction de l'éducation et à la DRH."),
    ("table", [
        ["Agent", "Poste", "Jours CMO", "Nb arrêts", "AT / MP", "Observations"],
        ["Abadie C.", "Cuisinière", "4", "1", "-", "RAS"],
        ["Belkacem N.", "Plongeur", "37", "6", "-", "Arrêts courts du lundi, entretien fait le 12/11"],
        ["Ferreira M.", "Second de cuisine", "0", "0", "AT 45 j", "Coupure profonde main gauche, 3 points"],
        ["Keïta F.", "Cuisinière", "0", "0", "AT 2023 consolidé", "IPP 12 %, ATI en cours"],
        ["Lemoine P.", "Agent de service", "112", "2", "-", "Dépression, reprise TPT 50 % au 02/12"],
        ["Nguyen T.", "Agent de service", "9", "2", "MP 57", "Canal carpien droit opéré"],
    ]),
    ("p", "Taux d'absentéisme du service : 9,8 %. Les situations de M. Belkacem et de Mme Lemoine "
          "sont à évoquer avec le médecin de prévention."),
]

DOCX_BLOCKS["s047_rapport_saisine_conseil_discipline.docx"] = [
    ("title", "Rapport de saisine du conseil de discipline"),
    ("p", "Autorité territoriale : Communauté d'agglomération Pays de Brévanne."),
    ("p", "Agent poursuivi : M. Guillaume Terrasson, adjoint technique principal de 1re classe, "
          "direction de l'eau, né le 14 juin 1979, titulaire depuis 2008."),
    ("h", "1. Exposé des faits"),
    ("p", "Entre le 2 septembre et le 19 décembre 2024, la carte carburant affectée au fourgon "
          "immatriculé au parc sous le n° 47 a été utilisée à 23 reprises dans une station située à "
          "proximité du domicile de l'agent, hors des tournées. Les volumes facturés (1 146 €) "
          "excèdent de 60 % la consommation théorique du véhicule. Les bons de sortie ont été "
          "complétés a posteriori avec des kilométrages incohérents."),
    ("h", "2. Explications de l'agent"),
    ("p", "Lors de l'entretien du 20 février 2025, M. Terrasson a reconnu avoir fait le plein de son "
          "véhicule personnel « deux ou trois fois » en invoquant des difficultés financières et a "
          "proposé de rembourser. Une plainte a été déposée par la collectivité le 3 mars."),
    ("h", "3. Antécédents"),
    ("p", "Blâme du 5 mai 2021 pour usage du véhicule de service le week-end."),
    ("h", "4. Sanction proposée"),
    ("p", "Exclusion temporaire de fonctions de 6 mois, dont 3 avec sursis."),
]

DOCX_BLOCKS["s048_cr_entretien_annuel_chef_equipe.docx"] = [
    ("title", "Compte rendu d'entretien professionnel 2024"),
    ("table", [
        ["Agent", "M. Raphaël Tissot"],
        ["Grade", "Agent de maîtrise principal"],
        ["Fonction", "Chef d'équipe bâtiment, centre technique municipal"],
        ["Évaluateur", "M. Franck Ollivier, directeur des services techniques"],
        ["Date", "21 janvier 2025"],
    ]),
    ("h", "Appréciation des résultats"),
    ("table", [
        ["Objectif", "Résultat", "Commentaire"],
        ["Planifier les interventions dans l'outil GMAO", "Atteint", "Outil bien approprié"],
        ["Réduire les délais de réparation dans les écoles", "Partiellement", "Délai moyen 9 jours"],
        ["Animer les quarts d'heure sécurité", "Non atteint", "Deux réunions seulement"],
    ]),
    ("h", "Appréciation générale"),
    ("p", "Technicien solide et respecté, mais posture managériale insuffisante : l'agent "
          "peine à recadrer les membres de son équipe et a laissé s'installer des situations "
          "de consommation d'alcool sans les signaler avant février. Une formation au management "
          "de proximité est obligatoire en 2025. Avis réservé sur une promotion interne."),
    ("p", "Observations de l'agent : « J'ai signalé les problèmes, mais on ne m'a pas suivi. »"),
]

DOCX_BLOCKS["s049_dossier_reclassement_agent.docx"] = [
    ("title", "Dossier de reclassement - synthèse pour le comité de suivi"),
    ("p", "Agent : M. Vincent Laborde, 52 ans, adjoint technique principal, ripeur à la collecte "
          "depuis 1998."),
    ("h", "Situation médicale (éléments transmis par le médecin de prévention)"),
    ("p", "Lombosciatique chronique, deux hernies discales opérées (2019, 2024). Avis du conseil "
          "médical du 16 janvier 2025 : inapte définitivement aux fonctions de ripeur et à tout "
          "poste comportant des manutentions ; apte à un poste administratif ou de surveillance."),
    ("h", "Postes étudiés"),
    ("table", [
        ["Poste", "Service", "Compatibilité", "Décision"],
        ["Agent d'accueil déchetterie", "Déchets", "Oui (assis, contrôle badges)", "Retenu"],
        ["Magasinier", "CTM", "Non (port de charges)", "Écarté"],
        ["Agent de saisie redevance", "Finances", "Oui, formation nécessaire", "Alternative"],
    ]),
    ("p", "L'agent, bénéficiaire d'une RQTH depuis 2020, a accepté le poste d'accueil en "
          "déchetterie à compter du 1er mai, après une PPR de trois mois."),
]

DOCX_BLOCKS["s050_grille_jury_recrutement_juriste.docx"] = [
    ("title", "Recrutement d'un(e) juriste ressources humaines - grille du jury"),
    ("p", "Jury du 12 mars 2025 : Mme Quintard (DRH), M. Esnault (DGA), Mme Roche (CDG)."),
    ("table", [
        ["Candidat", "Expérience", "Oral", "Mise en situation", "Total /60", "Décision"],
        ["Mme Pauline Rey", "16", "17", "18", "51", "Retenue"],
        ["M. Olivier Sanchez", "18", "12", "13", "43", "Non retenu"],
        ["Mme Sonia Amara", "12", "14", "15", "41", "Non retenue"],
        ["M. Bastien Leroux", "10", "9", "8", "27", "Non retenu"],
    ]),
    ("p", "Observations : M. Sanchez a une expérience importante mais a paru peu à l'aise et "
          "très négatif sur son employeur actuel ; à noter qu'il a quitté ses deux derniers postes "
          "après moins d'un an. M. Leroux n'a pas traité le cas pratique."),
]

DOCX_BLOCKS["s051_rapport_accident_service_nacelle.docx"] = [
    ("title", "Rapport d'analyse d'accident de service - arbre des causes"),
    ("p", "Date de l'accident : 8 octobre 2024, 10 h 40, école élémentaire Jaurès."),
    ("p", "Victime : M. Samuel Okonkwo, agent de maîtrise, service espaces verts, 44 ans."),
    ("h", "Description"),
    ("p", "Lors de l'élagage d'un tilleul dans la cour, l'agent est descendu de la nacelle par "
          "l'échelle du camion, qui a glissé. Chute d'environ 1,80 m sur le bitume. Fracture du "
          "poignet droit et traumatisme crânien léger ; hospitalisation 2 jours au centre "
          "hospitalier. Arrêt de travail de 98 jours à ce jour, reprise non envisagée avant mars."),
    ("h", "Causes identifiées"),
    ("p", "Échelle non fixée ; nacelle positionnée trop loin ; absence du second agent parti "
          "chercher du matériel ; formation CACES nacelle expirée depuis 5 mois."),
    ("h", "Mesures"),
    ("p", "Renouvellement des CACES ; interdiction de travailler seul en hauteur ; achat d'une "
          "plateforme d'accès."),
]

DOCX_BLOCKS["s052_etat_saisies_retenues_paie.docx"] = [
    ("title", "État mensuel des oppositions sur rémunération - juin 2025"),
    ("p", "Service paie - document interne. Ne pas diffuser aux services."),
    ("table", [
        ["Matricule", "Agent", "Nature", "Créancier", "Montant mensuel"],
        ["7741", "PELLETAN Jérôme", "Saisie des rémunérations", "Crédit à la consommation", "312,40 €"],
        ["7741", "PELLETAN Jérôme", "ATD", "SIP de Bourg", "150,00 €"],
        ["3340", "DUBREUIL Florent", "Paiement direct pension", "Ex-conjointe (jugement JAF)", "660,00 €"],
        ["5128", "SOW Aïssatou", "Cession volontaire", "Bailleur social (arriérés de loyer)", "90,00 €"],
        ["6012", "MARTY Julien", "Opposition administrative", "Amendes (Trésor public)", "135,00 €"],
    ]),
    ("p", "Total prélevé : 1 347,40 €. Une procédure de surendettement a été déclarée recevable "
          "pour un agent (suspension des saisies à compter de juillet)."),
]

DOCX_BLOCKS["s053_note_cst_transfert_piscine.docx"] = [
    ("title", "Note au comité social territorial - transfert de la piscine à l'intercommunalité"),
    ("h", "1. Objet"),
    ("p", "La compétence « équipements aquatiques » est transférée à la communauté de communes au "
          "1er janvier 2026. En application de l'article L. 5211-4-1 du CGCT, les agents qui "
          "exercent en totalité leurs fonctions dans le service transféré sont transférés de plein "
          "droit ; ceux qui l'exercent en partie peuvent l'être s'ils le souhaitent."),
    ("h", "2. Agents concernés"),
    ("p", "Neuf agents sont concernés : quatre éducateurs des activités physiques et sportives, "
          "trois agents d'entretien, une agente d'accueil et un technicien. Ils conservent leur "
          "régime indemnitaire s'il leur est plus favorable et les avantages collectivement acquis."),
    ("p", "Un des éducateurs, actuellement suspendu dans le cadre d'une procédure pénale en "
          "cours, sera transféré dans cette position ; l'agente d'accueil, en congé de longue "
          "maladie depuis janvier, sera transférée et son poste maintenu vacant."),
    ("h", "3. Conditions d'emploi"),
    ("p", "Temps de travail harmonisé à 1 607 heures ; maintien des horaires décalés du week-end ; "
          "adhésion au CNAS reprise par l'intercommunalité."),
    ("h", "4. Calendrier"),
    ("p", "Avis du CST communal le 19 juin, du CST communautaire le 26 juin, délibérations "
          "concordantes en septembre, arrêté de transfert en décembre."),
]

DOCX_BLOCKS["s054_bilan_etape_ppr.docx"] = [
    ("title", "Période de préparation au reclassement - bilan d'étape n° 2"),
    ("table", [
        ["Bénéficiaire", "Mme Christelle Nowak"],
        ["Grade d'origine", "Auxiliaire de puériculture principale de 2e classe"],
        ["Motif", "Inaptitude aux fonctions en crèche (TMS épaules et rachis)"],
        ["Date du bilan", "2 octobre 2025"],
    ]),
    ("p", "L'immersion au service accueil de la mairie annexe s'est bien déroulée ; l'agente "
          "indique néanmoins des douleurs après 3 h sur écran et des épisodes d'anxiété liés au "
          "deuil de son métier. Le psychologue du travail l'a rencontrée deux fois."),
    ("p", "Orientation : poste d'agent administratif au guichet unique famille, à 80 % à sa "
          "demande, avec siège ergonomique et pauses actives."),
]

DOCX_BLOCKS["s055_rapport_licenciement_inaptitude.docx"] = [
    ("title", "Rapport à l'autorité territoriale - fin de contrat pour inaptitude physique"),
    ("p", "Agent : Mme Sylvie Garrigues, agent contractuel à durée indéterminée, aide à domicile "
          "au service de maintien à domicile du CIAS depuis 2011."),
    ("p", "Le médecin agréé a conclu le 7 avril 2025 à une inaptitude physique définitive aux "
          "fonctions d'aide à domicile (polyarthrite rhumatoïde évolutive). La collectivité a "
          "recherché un reclassement : aucun emploi compatible n'était vacant, l'agente ayant "
          "par ailleurs refusé le poste d'agent d'accueil à 45 minutes de son domicile."),
    ("p", "Il est proposé de prononcer son licenciement pour inaptitude physique, avec un préavis "
          "de 2 mois et une indemnité de licenciement calculée sur 14 années de services."),
    ("p", "La commission consultative paritaire sera consultée le 12 juin."),
]

DOCX_BLOCKS["s056_credits_temps_syndical.docx"] = [
    ("title", "Répartition des crédits de temps syndical 2025"),
    ("p", "Contingent global : 4 812 heures (arrêté après les élections de 2022)."),
    ("table", [
        ["Organisation", "Agent bénéficiaire", "Service d'origine", "Décharge", "ASA art. 17"],
        ["CGT", "Didier Roux", "Propreté urbaine", "100 %", "-"],
        ["CGT", "Sabine Hervé", "Restauration scolaire", "20 %", "36 h"],
        ["FO", "Nicole Barthe", "Finances", "50 %", "24 h"],
        ["FO", "Hugo Lemaire", "Police municipale", "-", "24 h"],
        ["UNSA", "Aline Costa", "État civil", "10 %", "12 h"],
        ["SUD CT", "Julien Aubertin", "Médiathèque", "40 %", "-"],
    ]),
    ("p", "Document destiné aux chefs de service pour l'organisation des remplacements."),
]

DOCX_BLOCKS["s057_demande_protection_policier.docx"] = [
    ("title", "Demande de protection fonctionnelle - note de la DRH au Maire"),
    ("p", "Agent : M. Hugo Lemaire, brigadier-chef principal de police municipale."),
    ("p", "Le 22 mai 2025, lors d'un contrôle de stationnement rue Gambetta, l'agent a été "
          "frappé au visage par un automobiliste (ITT de 5 jours). L'auteur a été placé en garde à "
          "vue et sera jugé en comparution immédiate le 2 juillet."),
    ("p", "Par ailleurs, une plainte pour violences volontaires a été déposée contre M. Lemaire "
          "par le même automobiliste, qui soutient avoir été plaqué au sol sans raison. L'IGPN "
          "n'est pas compétente ; le parquet a ouvert une enquête préliminaire."),
    ("p", "Avis : accorder la protection pour les faits subis ; surseoir pour la plainte visant "
          "l'agent dans l'attente des éléments de l'enquête."),
]

DOCX_BLOCKS["s058_fiche_suivi_medical_renforce.docx"] = [
    ("title", "Liste des agents en suivi individuel renforcé - médecine préventive 2025"),
    ("p", "Transmis au service de médecine préventive pour la programmation des visites."),
    ("table", [
        ["Agent", "Service", "Motif du suivi renforcé", "Périodicité"],
        ["Benoît Laforge", "Urbanisme", "Travailleur handicapé (surdité)", "Annuelle"],
        ["Claire Fontanel", "Culture", "Grossesse", "Trimestrielle"],
        ["Lucas Ferreira-Dias", "Sports", "Post-opératoire rachis", "Semestrielle"],
        ["Rodrigue Mbappé-Tchoua", "Finances", "Reprise après CLM (psy)", "Trimestrielle"],
        ["Tran Van Long", "Espaces verts", "MP tableau 57", "Semestrielle"],
    ]),
]

DOCX_BLOCKS["s059_classement_promotion_interne.docx"] = [
    ("title", "Promotion interne 2025 - classement des dossiers par la direction générale"),
    ("p", "Grade d'accès : technicien territorial. Nombre de postes : 2."),
    ("table", [
        ["Rang", "Agent", "Grade actuel", "Avis", "Motif"],
        ["1", "Aurélie Vasseur", "Agent de maîtrise", "Très favorable", "Assure l'intérim du chef de service"],
        ["2", "Kader Slimani", "Agent de maîtrise", "Favorable", "Parcours diversifié"],
        ["3", "Raphaël Tissot", "Agent de maîtrise principal", "Réservé", "Management insuffisant"],
        ["-", "Guillaume Terrasson", "Adjoint tech. ppal 1re cl.", "Défavorable",
         "Procédure disciplinaire en cours"],
    ]),
    ("p", "Ces avis ne sont pas communicables en l'état aux agents."),
]

DOCX_BLOCKS["s060_analyse_offres_formation_management.docx"] = [
    ("title", "Marché de formation au management - rapport d'analyse des offres"),
    ("p", "Procédure adaptée - lot unique. Document interne à la commission, non communicable "
          "avant attribution."),
    ("table", [
        ["Candidat", "Prix HT (3 sessions)", "Prix/jour formateur", "Note technique /60", "Note prix /40"],
        ["Cabinet Praxis Territoires", "18 450 €", "1 230 €", "52", "34,5"],
        ["Orfée Conseil", "15 900 €", "1 060 €", "41", "40"],
        ["Institut Managers Publics", "23 700 €", "1 580 €", "55", "26,8"],
    ]),
    ("p", "Orfée Conseil propose une remise de 12 % en cas de reconduction et sous-traite "
          "l'ingénierie pédagogique à un partenaire dont il ne souhaite pas que le nom soit "
          "communiqué. Praxis Territoires détaille sa méthode propriétaire « Boussole 360 » en "
          "annexe confidentielle."),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_social_unique_2024.docx"] = [
    ("title", "Rapport social unique 2024 - Ville de Montcerf"),
    ("p", "Présenté au comité social territorial le 26 juin 2025. Données au 31 décembre 2024, "
          "issues de la base de données sociales."),
    ("h", "1. Effectifs"),
    ("table", [
        ["Statut", "Femmes", "Hommes", "Total"],
        ["Titulaires et stagiaires", "158", "112", "270"],
        ["Contractuels sur emploi permanent", "31", "17", "48"],
        ["Total", "189", "129", "318"],
    ]),
    ("p", "Âge moyen : 47,2 ans. 31 % des agents ont 55 ans ou plus, ce qui annonce 74 départs "
          "en retraite d'ici 2030."),
    ("h", "2. Absences pour raison de santé"),
    ("table", [
        ["Motif", "Agents concernés", "Jours d'absence", "Évolution"],
        ["Maladie ordinaire", "171", "5 322", "-6 %"],
        ["Longue maladie, maladie longue durée, grave maladie", "11", "2 640", "+2 %"],
        ["Accident de service", "27", "1 288", "-11 %"],
        ["Accident de trajet", "6", "214", "="],
        ["Maladie professionnelle", "3", "590", "+8 %"],
    ]),
    ("p", "Le taux d'absentéisme global s'établit à 8,9 %. Les filières technique et médico-"
          "sociale concentrent 72 % des jours d'arrêt pour maladie ordinaire."),
    ("h", "3. Handicap et maintien dans l'emploi"),
    ("p", "23 agents bénéficiaires de l'obligation d'emploi (7,2 %). 9 aménagements de poste, "
          "2 reclassements, 1 période de préparation au reclassement, 1 retraite pour invalidité. "
          "Les aides du FIPHFP se sont élevées à 18 400 €."),
    ("h", "4. Carrières et mobilité"),
    ("p", "34 avancements de grade, 3 promotions internes, 12 mobilités internes, 9 départs par "
          "mutation, 7 arrivées par détachement ou mutation."),
    ("h", "5. Discipline"),
    ("p", "4 sanctions prononcées : 2 avertissements, 1 blâme, 1 exclusion temporaire de 3 jours. "
          "Aucune saisine du conseil de discipline."),
    ("h", "6. Dialogue social"),
    ("p", "Le CST s'est réuni 5 fois ; 3 journées de grève ont été recensées, avec un taux de "
          "participation moyen de 14 %. 1 980 heures de décharges d'activité de service ont été "
          "utilisées par les organisations syndicales."),
    ("h", "7. Rémunérations"),
    ("p", "Masse salariale : 13,4 M€, soit 58 % des dépenses de fonctionnement."),
]

DOCX_BLOCKS["p122_ldg_promotion_interne.docx"] = [
    ("title", "Lignes directrices de gestion - promotion interne (centre de gestion)"),
    ("p", "Arrêtées par le président du centre de gestion après avis du CST départemental."),
    ("h", "Critères d'appréciation"),
    ("table", [
        ["Critère", "Pondération"],
        ["Valeur professionnelle (3 derniers entretiens)", "40 %"],
        ["Fonctions exercées et niveau de responsabilité", "30 %"],
        ["Formations et examens professionnels", "20 %"],
        ["Ancienneté dans le grade et dans la fonction publique", "10 %"],
    ]),
    ("p", "Les périodes de congé de maladie, de maternité, de congé parental ou de décharge "
          "syndicale sont neutralisées : elles ne peuvent pénaliser un dossier."),
    ("p", "Les listes d'aptitude sont publiées au recueil des actes administratifs du CDG."),
]

DOCX_BLOCKS["p123_plan_formation_2025.docx"] = [
    ("title", "Plan de formation 2025-2027 - Communauté de communes du Val de Sorne"),
    ("h", "Axes prioritaires"),
    ("p", "1. Sécurité au travail ; 2. Management et prévention des risques psychosociaux ; "
          "3. Transition numérique ; 4. Accompagnement des parcours (concours, reconversion)."),
    ("table", [
        ["Action", "Public", "Durée", "Organisme"],
        ["CACES R482 engins de chantier", "Agents techniques", "3 j", "Organisme agréé"],
        ["Prévenir les conduites addictives", "Encadrants", "2 j", "Addictions France / CNFPT"],
        ["Premiers secours en santé mentale", "Volontaires", "2 j", "PSSM France"],
        ["Accueillir un collègue en situation de handicap", "Équipes", "1 j", "Référente handicap"],
        ["Gestion des incivilités à l'accueil", "Agents d'accueil", "2 j", "CNFPT"],
    ]),
    ("p", "Budget : 85 000 € hors cotisation CNFPT. Avis favorable du CST le 14 novembre 2024."),
]

DOCX_BLOCKS["p124_pv_cst_agglomeration.docx"] = [
    ("title", "Procès-verbal du comité social territorial - 27 mars 2025"),
    ("p", "Président : M. Jean-Marc Aubrac. Représentants du personnel : CGT (3), FO (2), "
          "SUD CT (1)."),
    ("h", "Déclarations liminaires"),
    ("p", "Pour SUD CT, M. Julien Aubertin dénonce « l'usure des agents de la collecte, dont la "
          "moitié a plus de 50 ans » et demande un plan de reconversion. Pour la CGT, M. Didier "
          "Roux conteste l'abattement d'IFSE en cas de maladie, « une double peine pour les "
          "malades ». FO rappelle son attachement au jour de carence compensé par la prévoyance."),
    ("h", "Point 1 - RIFSEEP : modulation en cas d'absence"),
    ("p", "Vote : contre 4 (CGT, SUD CT), abstention 2 (FO)."),
    ("h", "Point 2 - Bilan des lignes directrices de gestion"),
    ("p", "52 agents promus en 2024 (61 % de femmes) ; avis favorable unanime sur le bilan."),
]

DOCX_BLOCKS["p125_guide_maintien_emploi.docx"] = [
    ("title", "Guide du maintien dans l'emploi - inaptitude et reclassement"),
    ("h", "Quand parle-t-on d'inaptitude ?"),
    ("p", "Lorsque l'état de santé d'un fonctionnaire ne lui permet plus d'exercer les fonctions "
          "de son grade, de façon temporaire ou définitive, après avis du médecin agréé ou du "
          "conseil médical."),
    ("h", "Les étapes"),
    ("table", [
        ["Étape", "Qui", "Délai indicatif"],
        ["Aménagement du poste", "Médecin de prévention, encadrant, ergonome", "1 à 3 mois"],
        ["Changement d'affectation", "DRH", "3 mois"],
        ["Période de préparation au reclassement", "DRH, CDG, agent", "Jusqu'à 1 an"],
        ["Reclassement dans un autre grade", "Autorité territoriale", "Variable"],
        ["Disponibilité d'office ou retraite pour invalidité", "Conseil médical, CNRACL", "Variable"],
    ]),
    ("p", "À chaque étape, l'agent est associé et peut se faire accompagner par un représentant "
          "du personnel ou l'assistante sociale."),
]

DOCX_BLOCKS["p126_reglement_formation.docx"] = [
    ("title", "Règlement de formation"),
    ("p", "Article 1 - Le règlement s'applique à tous les agents. Article 4 - Les demandes sont "
          "validées par le responsable de service puis par le service formation. Article 6 - Le "
          "compte personnel de formation peut être mobilisé pour un projet d'évolution "
          "professionnelle, y compris pour prévenir une situation d'inaptitude. Article 8 - Les "
          "frais de déplacement sont remboursés selon le barème réglementaire. Article 10 - Les "
          "agents en situation de handicap bénéficient d'aménagements pédagogiques sur simple "
          "demande à la référente handicap."),
]

DOCX_BLOCKS["p127_bilan_accidents_travail.docx"] = [
    ("title", "Bilan des accidents du travail 2024 - formation spécialisée du CST"),
    ("table", [
        ["Direction", "Accidents avec arrêt", "Jours perdus", "Taux de fréquence", "Taux de gravité"],
        ["Services techniques", "17", "812", "41,2", "1,97"],
        ["Éducation / restauration", "6", "298", "22,4", "1,11"],
        ["Petite enfance", "3", "106", "18,9", "0,67"],
        ["Administration", "1", "72", "2,1", "0,15"],
    ]),
    ("p", "Principales causes : manutention (11), chutes de plain-pied (8), outils à main (4), "
          "agressions (2). Un accident grave (chute de hauteur) a donné lieu à une analyse par "
          "l'arbre des causes et à l'achat d'une plateforme d'accès."),
]

DOCX_BLOCKS["p128_protocole_droit_syndical.docx"] = [
    ("title", "Protocole relatif à l'exercice du droit syndical"),
    ("p", "Conclu entre la Communauté d'agglomération Pays de Brévanne et les organisations CGT, "
          "FO et SUD CT, le 10 février 2025."),
    ("p", "Article 2 - Locaux : chaque organisation représentée au CST dispose d'un local équipé "
          "au 2e étage de l'annexe Carnot. Article 3 - Panneaux d'affichage dans chaque site. "
          "Article 4 - Heure mensuelle d'information : une heure par mois, cumulable par "
          "trimestre, sans retenue sur traitement. Article 5 - Autorisations spéciales d'absence "
          "pour les congrès et les réunions statutaires. Article 6 - Messagerie : les "
          "organisations peuvent diffuser une lettre mensuelle sur la liste « tous agents »."),
    ("p", "Signataires : le Président ; pour la CGT, Didier Roux ; pour FO, Nicole Barthe ; pour "
          "SUD CT, Julien Aubertin."),
]

DOCX_BLOCKS["p129_declaration_emploi_handicap.docx"] = [
    ("title", "Déclaration obligatoire d'emploi des travailleurs handicapés - synthèse 2024"),
    ("table", [
        ["Indicateur", "Valeur"],
        ["Effectif total rémunéré", "612"],
        ["Bénéficiaires de l'obligation d'emploi", "47"],
        ["Taux d'emploi direct", "7,7 %"],
        ["Dépenses déductibles (marchés ESAT, aménagements)", "21 300 €"],
        ["Contribution due au FIPHFP", "0 €"],
    ]),
    ("p", "La collectivité dépasse l'obligation légale de 6 %. Elle poursuit son partenariat "
          "avec l'ESAT Les Ateliers de la Sorne pour l'entretien des espaces verts."),
    ("p", "En 2024, 6 aménagements de poste ont été financés, 3 agents ont été reclassés et "
          "2 apprentis reconnus travailleurs handicapés ont été accueillis. Les actions de "
          "sensibilisation (Semaine européenne pour l'emploi des personnes handicapées, formation "
          "des encadrants) seront poursuivies en 2025."),
]

DOCX_BLOCKS["p130_fiche_poste_officier_etat_civil.docx"] = [
    ("title", "Fiche de poste - agent d'état civil et d'accueil"),
    ("table", [
        ["Cadre d'emplois", "Adjoints administratifs - catégorie C"],
        ["Direction", "Pôle accueil - population - citoyenneté"],
        ["Temps de travail", "Temps complet, 36 h 30, samedi matin par roulement"],
    ]),
    ("h", "Missions"),
    ("p", "Établissement des actes de naissance, de reconnaissance, de mariage et de décès ; "
          "délivrance des copies ; instruction des dossiers de PACS ; recensement citoyen ; "
          "recueil des demandes de titres d'identité."),
    ("h", "Exigences"),
    ("p", "Discrétion professionnelle absolue (données personnelles, filiation, changements de "
          "nom). Le poste fait l'objet d'une délégation du maire en qualité d'officier d'état civil."),
]

DOCX_BLOCKS["p131_livret_accueil_agents.docx"] = [
    ("title", "Livret d'accueil du nouvel agent"),
    ("h", "Votre premier jour"),
    ("p", "Votre responsable vous accueille, vous présente l'équipe et vous remet badge, clés et "
          "identifiants. Vous signez votre procès-verbal d'installation au service RH."),
    ("h", "Vos interlocuteurs"),
    ("table", [
        ["Besoin", "Contact"],
        ["Paie, carrière, congés", "Service RH - poste 4410"],
        ["Santé au travail", "Médecine préventive du CDG"],
        ["Difficultés personnelles ou financières", "Assistante sociale du personnel"],
        ["Handicap", "Référente handicap - poste 4417"],
        ["Représentation du personnel", "Organisations syndicales (locaux annexe Carnot)"],
    ]),
    ("p", "Une journée d'intégration est organisée chaque trimestre par la direction générale."),
]

DOCX_BLOCKS["p132_plan_egalite_professionnelle.docx"] = [
    ("title", "Plan d'action égalité professionnelle femmes-hommes 2025-2027"),
    ("table", [
        ["Axe", "Action", "Indicateur"],
        ["Rémunération", "Audit des primes par filière", "Écart moyen < 5 % en 2027"],
        ["Accès aux métiers", "Vestiaires séparés dans tous les sites techniques", "3 sites en 2025"],
        ["Articulation des temps", "Pas de réunion après 17 h 30", "Enquête annuelle"],
        ["Violences sexistes", "Formation de 100 % des encadrants", "Taux de formés"],
        ["Parentalité", "Entretien au retour de congé maternité ou parental", "100 % des retours"],
    ]),
    ("p", "Plan présenté au CST et publié sur le site de la ville."),
]

DOCX_BLOCKS["p133_plan_action_rps_services_techniques.docx"] = [
    ("title", "Plan d'action RPS - services techniques"),
    ("p", "Issu du diagnostic de 2024, ce plan vise à réduire l'exposition aux risques "
          "psychosociaux des 142 agents des services techniques."),
    ("table", [
        ["Facteur", "Action", "Échéance"],
        ["Manque de reconnaissance", "Valorisation des chantiers dans la lettre interne", "2025"],
        ["Conflits dans les équipes", "Médiation professionnelle à la demande", "2025"],
        ["Consommations d'alcool", "Formation des chefs d'équipe, pots encadrés", "2025"],
        ["Usure professionnelle", "Bilans de mi-carrière à 45 ans", "2026"],
    ]),
    ("p", "Le suivi est assuré par la formation spécialisée du CST, qui examine chaque année "
          "les indicateurs agrégés : absentéisme, demandes de mobilité, signalements, visites "
          "médicales à la demande des agents et résultats du questionnaire anonyme."),
]

DOCX_BLOCKS["p134_deliberation_tableau_effectifs.docx"] = [
    ("title", "Délibération - tableau des effectifs au 1er juillet 2025"),
    ("table", [
        ["Filière", "Grade", "Postes budgétaires", "Pourvus"],
        ["Administrative", "Attaché principal", "4", "4"],
        ["Administrative", "Rédacteur", "9", "8"],
        ["Technique", "Adjoint technique", "64", "59"],
        ["Médico-sociale", "Auxiliaire de puériculture", "14", "13"],
        ["Police municipale", "Gardien-brigadier", "12", "11"],
    ]),
    ("p", "Adoptée à l'unanimité par le conseil municipal le 24 juin 2025."),
    ("p", "Le conseil municipal crée par ailleurs un poste de technicien territorial pour "
          "la conduite des opérations de rénovation énergétique des écoles et supprime un poste "
          "d'adjoint administratif devenu vacant après un départ en retraite, après avis du comité "
          "social territorial du 19 juin 2025. Les crédits nécessaires sont inscrits au budget."),
]

DOCX_BLOCKS["p135_charte_droit_deconnexion.docx"] = [
    ("title", "Charte du droit à la déconnexion"),
    ("p", "Aucun agent n'est tenu de lire ou de répondre aux courriels, messages et appels "
          "professionnels en dehors de ses horaires de travail, pendant ses congés, ses arrêts "
          "maladie ou ses jours de télétravail non travaillés. Les encadrants montrent l'exemple en "
          "utilisant l'envoi différé. Les agents d'astreinte sont seuls joignables selon le "
          "planning. Un bilan annuel est présenté à la formation spécialisée du CST."),
    ("p", "Les outils collaboratifs (messagerie instantanée, agenda partagé) sont paramétrés pour "
          "afficher le statut « hors ligne » en dehors des plages de travail. Aucune réunion n'est "
          "programmée avant 8 h 30 ni après 17 h 30, sauf circonstances exceptionnelles."),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_absences_du_jour.html"] = (
    "Qui est absent aujourd'hui ? - direction des finances",
    """
<h1>Absences du jour - lundi 17 mars 2025</h1>
<p>Page de l'espace d'équipe, visible par les agents de la direction des finances.</p>
<table>
<tr><th>Agent</th><th>Motif</th><th>Retour prévu</th></tr>
<tr><td>Baptiste Rigal</td><td>Arrêt (burn-out) - ne pas contacter</td><td>inconnu</td></tr>
<tr><td>Rodrigue Mbappé-Tchoua</td><td>Mi-temps thérapeutique (matin)</td><td>-</td></tr>
<tr><td>Nadia Bensaïd</td><td>Formation CNRACL</td><td>18/03</td></tr>
<tr><td>Laure Dupin</td><td>Congé annuel</td><td>24/03</td></tr>
</table>
<p>Merci de rediriger les appels de Baptiste vers Maud.</p>
""",
)

HTML_PAGES["s062_ticket_sirh_saisie.html"] = (
    "Ticket SIRH n° 2025-0418",
    """
<h1>Ticket n° 2025-0418 - Paie</h1>
<p><strong>Demandeur :</strong> Fabienne Roussel (paie)<br>
<strong>Agent concerné :</strong> Aïssatou Sow, matricule 5128, accueil</p>
<p><strong>Description :</strong> Mettre en place une cession volontaire sur salaire de 90 EUR par
mois au profit de Habitat Sorne (arriérés de loyer de 2 160 EUR, plan d'apurement signé devant la
commission de prévention des expulsions). L'agente bénéficie aussi d'une aide du FSL.</p>
<p><strong>Statut :</strong> en cours - paramétrage rubrique 6520.</p>
""",
)

HTML_PAGES["s063_fil_managers_periode_essai.html"] = (
    "Fil de discussion - encadrants pôle enfance",
    """
<h1>Canal « encadrants enfance »</h1>
<div><p><strong>Yasmina Ouardi</strong> (09:14) : Pour info, je vais demander qu'on ne renouvelle
pas Tom Vasseur à l'ALSH. Il a encore laissé deux enfants sans surveillance à la sortie piscine,
et il a menti quand je lui ai demandé.</p></div>
<div><p><strong>Claire Bourdeau</strong> (09:21) : D'accord avec toi, à l'accueil du mercredi il
passe son temps sur son téléphone. Tu fais un écrit ?</p></div>
<div><p><strong>Yasmina Ouardi</strong> (09:23) : Oui, rapport à la DRH cette semaine. Son
évaluation de fin de contrat sera défavorable.</p></div>
""",
)

HTML_PAGES["s064_protocole_acces_locaux_drh.html"] = (
    "Protocole d'accès - locaux DRH et archives du personnel",
    """
<p><strong>DIFFUSION RESTREINTE - ne pas transférer</strong></p>
<h1>Accès aux locaux de la DRH et aux archives des dossiers individuels</h1>
<p>Code de la porte du local des dossiers individuels (2e étage) : 4719B, changé le 1er de chaque
trimestre. Clé de l'armoire forte des dossiers médicaux et disciplinaires : boîte à clés du
bureau 214, code 0852.</p>
<p>Alarme : mise en service à 19 h par le dernier partant (code personnel). Ronde du prestataire
de gardiennage à 22 h et 3 h.</p>
""",
)

HTML_PAGES["s065_fiche_candidat_logiciel.html"] = (
    "Fiche candidat - Yanis Cherifi",
    """
<h1>Yanis Cherifi - candidature au poste de responsable enfance</h1>
<ul>
<li>Source : site emploi-territorial</li>
<li>Statut : liste complémentaire</li>
<li>Disponibilité : préavis 3 mois</li>
</ul>
<h2>Notes des recruteurs</h2>
<p>Entretien téléphonique (Mme Hamidou) : bon profil. Le candidat signale spontanément qu'il est
bénéficiaire de l'obligation d'emploi (RQTH, diabète de type 1) et demande des pauses pour ses
injections ; aucun obstacle. Il sort d'un arrêt de trois mois en 2024 dans son poste actuel.</p>
""",
)

HTML_PAGES["s066_mail_medecin_prevention.html"] = (
    "RE: visite à la demande de l'employeur - M. Jordan Vidal",
    """
<p><strong>De :</strong> Dr Agnès Morvan, médecine préventive<br>
<strong>À :</strong> Hélène Quintard, DRH</p>
<p>Madame,</p>
<p>J'ai reçu hier M. Jordan Vidal à votre demande. Sans trahir le secret médical, je peux vous
indiquer qu'une prise en charge est en cours et que les troubles du comportement signalés
s'inscrivent dans un contexte de santé qui nécessite un suivi spécialisé (addictologie). Je
recommande un arrêt des tournées de nuit et une affectation en journée pendant 3 mois, et je
déconseille toute procédure disciplinaire précipitée.</p>
<p>Bien à vous, Dr Morvan</p>
""",
)

HTML_PAGES["s067_message_equipe_greve.html"] = (
    "Messagerie d'équipe - restauration scolaire",
    """
<h1>Groupe « cuisine centrale »</h1>
<p><strong>Responsable (07:02)</strong> : Récap pour demain : Corinne et Sabine ont déclaré qu'elles
font grève, Nordine aussi. Manuel m'a dit qu'il était syndiqué à FO mais qu'il ne suivrait pas
l'appel. Il ne reste que 4 agents, on passe en repas froid.</p>
<p><strong>Responsable (07:05)</strong> : Et Sabine, en tant que déléguée CGT, sera aussi absente
jeudi pour le CST.</p>
""",
)

HTML_PAGES["s068_suivi_cet_agents.html"] = (
    "Suivi CET - service état civil",
    """
<h1>Compte épargne-temps - soldes au 31/12/2024</h1>
<table>
<tr><th>Agent</th><th>Solde</th><th>Utilisation prévue</th></tr>
<tr><td>Gisèle Arnoult</td><td>42 j</td><td>Avant départ en retraite (2026)</td></tr>
<tr><td>Aline Costa</td><td>12 j</td><td>-</td></tr>
<tr><td>Odile Ferrand</td><td>28 j</td><td>Pendant ses cures thermales (sclérose en plaques)</td></tr>
<tr><td>Amandine Cerqueira</td><td>18 j</td><td>Après congé maternité</td></tr>
</table>
<p>Rappel : les soldes au-delà de 15 jours peuvent être indemnisés. Merci de transmettre vos
plannings de prise de jours avant le 30 avril pour organiser les permanences du samedi.</p>
""",
)

HTML_PAGES["s069_cr_cellule_situations_individuelles.html"] = (
    "Cellule de suivi des situations individuelles - relevé de décisions",
    """
<h1>Cellule maintien dans l'emploi - séance du 8 avril 2025</h1>
<p>Participants : DRH, médecin de prévention, assistante sociale, référente handicap.</p>
<ol>
<li><strong>M. Didier Mangin (bâtiment)</strong> : alcoolodépendance reconnue par l'agent, cure
programmée en mai (6 semaines). Congé de maladie. Retour sans nacelle ni conduite.</li>
<li><strong>Mme Jessica Perraudin (espaces verts)</strong> : arrêts répétés liés à une endométriose ;
proposer un poste avec moins de port de charges.</li>
<li><strong>M. Vincent Laborde</strong> : PPR en cours, bilan positif.</li>
</ol>
""",
)

HTML_PAGES["s070_formulaire_temps_partiel_droit.html"] = (
    "Demande de temps partiel de droit - formulaire complété",
    """
<h1>Demande de temps partiel</h1>
<p>Nom : Benoît Laforge - Service : urbanisme - Grade : technicien principal</p>
<p>Type : [x] de droit - bénéficiaire de l'obligation d'emploi (article L. 612-2 du CGFP)</p>
<p>Quotité : 80 % - Jour non travaillé : mercredi</p>
<p>Motif complémentaire : « Ma surdité s'aggrave et la fatigue auditive m'oblige à récupérer en
milieu de semaine ; l'ORL envisage un implant cochléaire. »</p>
<p>Avis du médecin de prévention joint : favorable.</p>
""",
)

HTML_PAGES["s071_note_dgs_agent_mis_en_cause.html"] = (
    "Note au maire - agent mis en cause",
    """
<h1>Note confidentielle au Maire</h1>
<p>Le directeur de la médiathèque m'informe que M. Florent Dubreuil, agent de la médiathèque,
a été convoqué par la gendarmerie le 3 juin dans le cadre d'une enquête pour détention d'images
pédopornographiques, après une perquisition à son domicile. Il n'est pas en contact avec les
classes accueillies le mardi, mais anime l'heure du conte du samedi.</p>
<p>Je propose de le retirer immédiatement des animations jeunesse et d'envisager une suspension.</p>
<p>Le DGS</p>
""",
)

HTML_PAGES["s072_recours_cap_evaluation.html"] = (
    "Saisine de la CAP - demande de révision",
    """
<h1>Saisine de la commission administrative paritaire</h1>
<p>Agent : Mme Laetitia Vanhove, rédacteur principal de 2e classe</p>
<p>Objet : révision du compte rendu d'entretien professionnel 2024</p>
<p>Je conteste l'appréciation « manière de servir en retrait » et le refus d'inscription au tableau
d'avancement. Mon supérieur m'a reproché en entretien des « tensions » qui correspondent en
réalité à mon refus de signer des pièces de marché irrégulières. Je joins les courriels du 3 et du
17 octobre.</p>
""",
)

HTML_PAGES["s073_mail_cld_reprise.html"] = (
    "Reprise après CLD - service urbanisme",
    """
<p><strong>Objet :</strong> retour de Pierre-Yves</p>
<p>Bonjour à tous,</p>
<p>Pierre-Yves Lenormand reprend lundi après presque trois ans de CLD. Il reprend à mi-temps
thérapeutique, les matins. Il m'a autorisé à vous dire que c'était suite à une dépression
sévère et qu'il préfère qu'on n'en parle pas mais qu'on l'accueille normalement. Merci de
faire attention à ne pas le surcharger les premières semaines.</p>
<p>Isabelle, cheffe de service urbanisme</p>
""",
)

HTML_PAGES["s074_evaluation_apprenti.html"] = (
    "Évaluation semestrielle - apprenti espaces verts",
    """
<h1>Livret d'apprentissage - évaluation du maître d'apprentissage</h1>
<p>Apprenti : Enzo Martin, 17 ans, CAP jardinier paysagiste, 1re année</p>
<p>Maître d'apprentissage : Michel Castaing</p>
<table>
<tr><th>Compétence</th><th>Niveau</th></tr>
<tr><td>Ponctualité</td><td>Insuffisant (11 retards)</td></tr>
<tr><td>Sécurité (EPI)</td><td>Insuffisant - oubli répété des protections auditives</td></tr>
<tr><td>Travail en équipe</td><td>Correct</td></tr>
</table>
<p>Commentaire : avertissement oral le 4 mars ; risque de rupture du contrat si pas d'amélioration.</p>
""",
)

HTML_PAGES["s075_mail_autorisation_travail.html"] = (
    "Autorisation de travail - saisonnier piscine",
    """
<p><strong>Objet :</strong> recrutement saisonnier - Emmanuel Tchoumi</p>
<p>Bonjour,</p>
<p>Pour le recrutement de M. Tchoumi comme agent d'entretien saisonnier à la piscine, il est
titulaire d'une attestation de demande d'asile (demande en cours à l'OFPRA depuis plus de six mois).
Il faut déposer une demande d'autorisation de travail sur la plateforme du ministère de l'intérieur
avant la signature du contrat.</p>
<p>Hugo, gestion administrative du personnel</p>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_offre_animateur_periscolaire.html"] = (
    "Offre d'emploi - animateur périscolaire",
    """
<h1>Animateur / animatrice périscolaire (H/F)</h1>
<p>La Ville de Saint-Alban-de-Loue recrute 8 animateurs pour les temps périscolaires (matin, midi,
soir et mercredi) à compter de septembre 2025.</p>
<h2>Profil</h2>
<ul><li>BAFA ou équivalent souhaité (formation possible)</li>
<li>Bulletin n° 2 du casier judiciaire vierge de toute condamnation incompatible et consultation
du FIJAIS avant recrutement</li></ul>
<p>Candidatures : rh@saint-alban-de-loue.fr</p>
<h2>Missions</h2>
<p>Accueillir les enfants de 3 à 11 ans, proposer des activités adaptées à leur âge, veiller à leur
sécurité physique et affective, participer au temps du repas et aux réunions d'équipe, échanger avec
les familles et les enseignants. Horaires : 7 h 30 - 8 h 30, 11 h 30 - 13 h 30, 16 h 30 - 18 h 30 ;
mercredi en journée pendant l'accueil de loisirs.</p>
<p>Rémunération : grille des adjoints d'animation, heures rémunérées au réel, formation BAFA prise
en charge pour les agents recrutés sur l'année scolaire.</p>
""",
)

HTML_PAGES["p137_intranet_page_rqth.html"] = (
    "Handicap et emploi - intranet",
    """
<h1>Handicap et emploi : la mission handicap vous accompagne</h1>
<p>Vous avez une maladie chronique, un handicap visible ou invisible ? La RQTH vous ouvre des droits
(aménagements, temps partiel de droit, suivi médical renforcé). La démarche est confidentielle.</p>
<p>Permanences de la référente handicap : mardi et jeudi, bureau 118.</p>
<p>Chiffres 2024 : 47 agents bénéficiaires, 6 aménagements financés.</p>
<h2>Ce que nous pouvons financer</h2>
<p>Grâce au FIPHFP : fauteuils et sièges ergonomiques, logiciels de lecture d'écran, boucles
magnétiques, prothèses auditives (reste à charge), aides au transport domicile-travail, bilans de
compétences en vue d'une reconversion.</p>
<p>Votre employeur n'est informé que si vous le souhaitez. Vos collègues ne le sont jamais sans votre
accord.</p>
""",
)

HTML_PAGES["p138_actualites_rh_semaine.html"] = (
    "Actualités RH - semaine 23",
    """
<h1>Les actus RH de la semaine</h1>
<ul>
<li>Réunion d'information retraite CNRACL le 12 juin (salle Carnot).</li>
<li>Le tableau d'avancement 2025 est en ligne.</li>
<li>Félicitations à l'équipe de la médiathèque pour le prix « Lire ensemble ».</li>
<li>Rappel : la collecte de sang du 3 octobre, autorisation d'absence accordée.</li>
</ul>
<h2>Mouvements</h2>
<p>Bienvenue à Pauline Rey, juriste ressources humaines, arrivée le 2 juin, et à Enzo Martin,
apprenti aux espaces verts. Bonne route à Laure Dupin, gestionnaire comptable, qui rejoint la
communauté de communes voisine par voie de mutation.</p>
<p>Le catalogue de formation du second semestre sera publié le 20 juin ; les inscriptions sont
ouvertes jusqu'au 5 juillet.</p>
""",
)

HTML_PAGES["p139_page_jury_concours.html"] = (
    "Composition du jury - recrutement direct",
    """
<h1>Recrutement d'un directeur des services techniques - composition du jury</h1>
<p>Conformément à la délibération du 8 avril 2025, le jury est composé de : Mme Pascale Giraudeau,
Maire ; M. Yves Lagarde, adjoint au personnel ; M. Éric Mallet, directeur général des services ;
Mme Anne Roche, conseillère recrutement au centre de gestion.</p>
<p>Les entretiens se tiendront le 3 juillet en mairie.</p>
<p>Les candidats présélectionnés seront informés par courriel au plus tard le 24 juin. Le jury
appréciera les candidatures au regard du profil publié : expérience du management d'équipes
techniques, conduite d'opérations de travaux, connaissance de la commande publique et capacité à
travailler en lien avec les élus.</p>
""",
)

HTML_PAGES["p140_faq_conges_maladie.html"] = (
    "FAQ - les congés pour raison de santé",
    """
<h1>CMO, CLM, CLD : quelles différences ?</h1>
<h2>Congé de maladie ordinaire (CMO)</h2>
<p>Jusqu'à un an : 3 mois à 90 % du traitement, puis 9 mois à demi-traitement. Jour de carence.</p>
<h2>Congé de longue maladie (CLM)</h2>
<p>Maladie grave et invalidante : jusqu'à 3 ans (1 an à plein traitement, 2 ans à demi).</p>
<h2>Congé de longue durée (CLD)</h2>
<p>Cinq affections (cancer, maladie mentale, tuberculose, poliomyélite, déficit immunitaire grave) :
jusqu'à 5 ans.</p>
<p>À l'issue : reprise, temps partiel thérapeutique, reclassement, disponibilité d'office ou retraite
pour invalidité.</p>
""",
)

HTML_PAGES["p141_page_service_social_personnel.html"] = (
    "Service social du personnel",
    """
<h1>Un souci personnel ? L'assistante sociale du personnel vous reçoit</h1>
<p>Budget, endettement, logement, séparation, santé, aidant d'un proche : Mme Joëlle Ravel,
assistante sociale, vous reçoit en toute confidentialité, sur rendez-vous, au 03 00 00 00 10.</p>
<p>Aides mobilisables : prêts sociaux CNAS, secours exceptionnels, orientation vers le FSL et la
Banque de France (surendettement).</p>
<p>Permanences décentralisées au centre technique municipal le premier jeudi du mois et à la
cuisine centrale le troisième jeudi. L'assistante sociale est tenue au secret professionnel :
aucune information ne remonte à votre hiérarchie sans votre accord.</p>
""",
)

HTML_PAGES["p142_resultats_elections_professionnelles.html"] = (
    "Résultats des élections professionnelles",
    """
<h1>Élections au comité social territorial - résultats</h1>
<table>
<tr><th>Liste</th><th>Voix</th><th>%</th><th>Sièges</th></tr>
<tr><td>CGT</td><td>142</td><td>46,1 %</td><td>3</td></tr>
<tr><td>FO</td><td>98</td><td>31,8 %</td><td>2</td></tr>
<tr><td>UNSA</td><td>68</td><td>22,1 %</td><td>1</td></tr>
</table>
<p>Participation : 63,4 % (308 votants sur 486 inscrits).</p>
<p>Commissions administratives paritaires : catégorie A, FO 2 sièges ; catégorie B, CGT 1 siège, UNSA
1 siège ; catégorie C, CGT 3 sièges, FO 2 sièges. Les procès-verbaux de proclamation sont affichés
dans chaque site. Les résultats peuvent être contestés devant le président du bureau central de
vote dans un délai de cinq jours, puis devant le tribunal administratif.</p>
""",
)

HTML_PAGES["p143_semaine_qvt.html"] = (
    "Semaine de la qualité de vie au travail",
    """
<h1>Semaine QVT du 16 au 20 juin</h1>
<ul><li>Ateliers étirements avec l'ergonome du CDG</li>
<li>Conférence « sommeil et travail de nuit » par le Dr Morvan, médecin de prévention</li>
<li>Stand de l'association Addictions France</li>
<li>Tournoi de pétanque inter-services</li></ul>
<p>Cette semaine est organisée avec la formation spécialisée du CST, le service de médecine
préventive et l'amicale du personnel. Les ateliers se tiennent sur le temps de travail, avec
l'accord du responsable de service. Un questionnaire anonyme sur le bien-être au travail sera
diffusé le lundi ; ses résultats agrégés seront présentés au CST de septembre.</p>
""",
)

HTML_PAGES["p144_page_compte_epargne_temps.html"] = (
    "Le compte épargne-temps",
    """
<h1>Le CET en pratique</h1>
<p>Ouvert à tout agent ayant un an de service. Plafond : 60 jours. Indemnisation possible au-delà de
15 jours. Utilisation de droit à l'issue d'un congé de maternité, de paternité ou de solidarité
familiale.</p>
<p>Le CET est alimenté une fois par an, avant le 31 janvier, par les jours de congé annuel au-delà de
20 jours pris dans l'année et par les jours de RTT. Il suit l'agent en cas de mutation ou de
détachement. En cas de décès de l'agent, les jours épargnés sont indemnisés à ses ayants droit.</p>
""",
)

HTML_PAGES["p145_intranet_formation_addictions.html"] = (
    "Formation - prévenir les conduites addictives",
    """
<h1>Encadrants : inscrivez-vous à la formation « conduites addictives »</h1>
<p>Deux jours pour comprendre les addictions, savoir réagir face à un collègue en difficulté et
connaître le cadre du règlement intérieur. Animée par Addictions France. Sessions en mai et en
octobre.</p>
<p>Public : chefs d'équipe, responsables de service, assistants de prévention. Inscription par le
formulaire en ligne, validation par votre directeur. Vous repartirez avec une fiche réflexe et la
liste des structures d'aide du département (CSAPA, consultations jeunes consommateurs).</p>
""",
)

HTML_PAGES["p146_arrete_nomination_liste_aptitude.html"] = (
    "Liste d'aptitude - promotion interne 2025",
    """
<h1>Arrêté portant inscription sur la liste d'aptitude au grade de technicien territorial</h1>
<p>Le président du centre de gestion arrête la liste d'aptitude suivante au titre de la promotion
interne 2025 :</p>
<ul><li>Mme Aurélie Vasseur (Communauté de communes du Val de Sorne)</li>
<li>M. Kader Slimani (Communauté de communes du Val de Sorne)</li>
<li>Mme Mélanie Da Costa (Ville de Montcerf)</li></ul>
<p>Publié au recueil des actes administratifs.</p>
<p>L'inscription sur la liste d'aptitude ne vaut pas nomination : celle-ci relève de l'autorité
territoriale de chaque collectivité, dans un délai de quatre ans.</p>
""",
)

HTML_PAGES["p147_communique_accord_temps_travail.html"] = (
    "Communiqué de presse - accord sur le temps de travail",
    """
<h1>Montcerf : un accord sur le temps de travail signé avec trois syndicats</h1>
<p>Le maire, Bernard Lestienne, et les représentants de la CGT, de FO et de l'UNSA ont signé le
12 mai un accord collectif qui fixe les cycles de travail et le droit à la déconnexion des 318 agents
municipaux. « Un accord majoritaire, fruit de six mois de négociation », a salué Didier Roux (CGT).</p>
""",
)

HTML_PAGES["p148_page_medecine_preventive.html"] = (
    "La médecine préventive",
    """
<h1>Le service de médecine préventive</h1>
<p>Visites d'information et de prévention tous les 2 ans, visites de reprise, visites à la demande
de l'agent. Le médecin est tenu au secret médical : il ne transmet à la collectivité que des
propositions d'aménagement.</p>
<p>Il conseille aussi la collectivité sur l'adaptation des postes, la prévention des risques
professionnels et l'hygiène des locaux. Les agents en situation de handicap, les femmes enceintes et
les agents exposés à des risques particuliers bénéficient d'un suivi renforcé. Pour prendre
rendez-vous : secrétariat du centre de gestion, du lundi au vendredi.</p>
""",
)

HTML_PAGES["p149_offre_stage_rh.html"] = (
    "Offre de stage - assistant(e) ressources humaines",
    """
<h1>Stage de 6 mois - ressources humaines</h1>
<p>Missions : mise à jour des lignes directrices de gestion, préparation du rapport social unique,
appui à la campagne d'entretiens professionnels. Gratification légale.</p>
<p>Profil : master 1 ou 2 en gestion des ressources humaines ou en droit public ; intérêt pour le
statut de la fonction publique territoriale ; rigueur et discrétion. Le stagiaire sera accueilli au
sein de la direction des ressources humaines (12 agents) et encadré par la responsable du pôle
carrières. Candidature (CV et lettre) avant le 15 novembre.</p>
""",
)

HTML_PAGES["p150_page_protection_sociale.html"] = (
    "Mutuelle et prévoyance",
    """
<h1>Protection sociale complémentaire</h1>
<p>Prévoyance : participation de 25 € par mois ; garantie du maintien de salaire en cas de
passage à demi-traitement. Santé : participation de 15 € par mois pour les contrats labellisés.</p>
<p>Depuis 2025, la commune adhère à la convention de participation du centre de gestion. Les
garanties couvrent l'incapacité de travail, l'invalidité et, en option, la perte de retraite
consécutive à une invalidité. L'adhésion est facultative mais vivement recommandée : en cas de
maladie longue, le demi-traitement intervient rapidement.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)


if __name__ == "__main__":
    main()
