"""Build the .docx and .html documents of the dev18 hand-written sensitivity set ("a leak hunt").

dev18 holds 150 documents (100 sovereign, 50 public) written like the archives of French public
administrations; in the sovereign ones the sensitive fact is told the way busy people write it
(euphemism, brand or drug name, a telling place, a feast day as the reason for a leave, an
initialism, a score), often in the middle of a long ordinary document; the public ones use the same
genres and sometimes words that only look sensitive ("traitement" of files, "régime" of taxation...).
The .txt documents and labels.jsonl are stored as written; this script writes the .docx and .html.

Run from the worktree root:
    PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev18_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev18"
FIXED = dt.datetime(2026, 3, 2, 9, 0, 0)
DOCX: dict = {}
HTML: dict = {}

# ---------------------------------------------------------------- sovereign .docx

DOCX["s061_entretien_annuel_grille.docx"] = [
    ("title", "Compte rendu d'entretien professionnel — année 2025"),
    ("p", "Collectivité : Ville de Bourg-lès-Valence — Direction de l'éducation"),
    ("p", "Agent : Mme Patricia Lemoine, ATSEM principale de 2e classe — École maternelle Les Mésanges"),
    ("p", "Supérieur hiérarchique direct : M. Arnaud Fabre, responsable du pôle ATSEM — entretien du 14 janvier 2026"),
    ("h", "1. Rappel des missions"),
    ("p", "Assistance au personnel enseignant pour l'accueil, l'hygiène et l'animation des enfants de moyenne section ; préparation des ateliers ; entretien des locaux de la classe ; participation à la pause méridienne."),
    ("h", "2. Bilan des objectifs 2025"),
    ("table", [["Objectif", "Résultat", "Commentaire"],
               ["Mettre en place l'atelier motricité fine", "Non atteint", "Atelier commencé en mars, interrompu en mai"],
               ["Suivre la formation « gestes et postures »", "Atteint", "Formation suivie en octobre"],
               ["Améliorer la tenue du cahier de liaison", "Partiellement", "Oublis fréquents"]]),
    ("h", "3. Évaluation de la valeur professionnelle"),
    ("table", [["Critère", "Note (1 à 4)"],
               ["Compétences techniques", "2"],
               ["Qualités relationnelles", "1"],
               ["Implication et ponctualité", "1"],
               ["Capacité d'adaptation", "2"]]),
    ("p", "Appréciation générale : Mme Lemoine maîtrise les gestes de base mais les relations avec l'enseignante de la classe se sont nettement dégradées ; trois retards non justifiés en novembre ; l'agent a haussé le ton devant les enfants le 2 décembre. Un accompagnement est proposé."),
    ("h", "4. Perspectives"),
    ("p", "Formation « communication bienveillante » (CNFPT, 2 jours). Changement d'école envisagé à la rentrée. Avis sur l'avancement de grade : défavorable."),
    ("p", "Observations de l'agent : « Je conteste l'appréciation sur mes relations avec l'enseignante. »"),
    ("p", "Signatures : l'agent — le N+1 — l'autorité territoriale"),
]

DOCX["s062_avertissement_dossier.docx"] = [
    ("title", "Courrier — notification de sanction"),
    ("p", "Réf. : DRH/CARR/2026-041 — Lettre recommandée avec AR"),
    ("p", "Monsieur Ludovic Perrin, gardien de gymnase, 11 impasse des Mûriers, 26000 Valence"),
    ("p", "Monsieur,"),
    ("p", "À la suite de l'entretien du 20 février au cours duquel vous avez pu présenter vos observations, j'ai décidé de vous infliger un avertissement, qui sera inscrit à votre dossier, pour avoir laissé à plusieurs reprises le gymnase Jean-Macé ouvert sans surveillance après 22 heures et pour avoir prêté les clés à un tiers."),
    ("p", "Cette décision peut faire l'objet d'un recours devant le tribunal administratif de Grenoble dans un délai de deux mois."),
    ("p", "Pour le maire et par délégation, la directrice générale des services, Hélène Martin"),
]

DOCX["s063_cr_comite_pilotage_stage.docx"] = [
    ("title", "Comité de pilotage « Accueil unique » — compte rendu n° 6"),
    ("p", "Date : 5 mars 2026 — Lieu : Hôtel de Ville, salle du conseil — Rédaction : S. Amrani"),
    ("h", "1. Avancement du guichet unique"),
    ("p", "Les travaux du hall sont achevés ; le mobilier arrive le 16 mars. La signalétique bilingue (français/anglais) est validée. Le système de file d'attente sera paramétré par l'éditeur la semaine du 23."),
    ("h", "2. Formation des agents d'accueil"),
    ("p", "Huit agents ont suivi le module « polyvalence état civil / élections / scolaire ». Deux sessions complémentaires sont programmées en avril."),
    ("h", "3. Ressources humaines"),
    ("p", "Les effectifs cibles sont atteints à l'exception d'un poste de coordinateur. Concernant Mme Élisa Ferrand, stagiaire depuis avril 2025 : elle a été recadrée à deux reprises par sa responsable pour des erreurs de saisie d'actes et un manque de rigueur ; sa titularisation ne sera pas proposée en avril, la période de stage sera prolongée de six mois avec un tutorat renforcé."),
    ("p", "Le recrutement d'un agent en contrat de projet pour l'accompagnement numérique est lancé."),
    ("h", "4. Communication"),
    ("p", "Un article paraîtra dans le magazine municipal d'avril. Une inauguration est prévue le 11 avril avec les habitants."),
    ("h", "5. Prochaines étapes"),
    ("table", [["Action", "Responsable", "Échéance"],
               ["Paramétrage file d'attente", "DSI", "27 mars"],
               ["Affichage horaires", "Communication", "1er avril"],
               ["Ouverture au public", "DGA services à la population", "14 avril"]]),
]

DOCX["s064_plan_continuite_mediatheque.docx"] = [
    ("title", "Plan de continuité d'activité — Médiathèque intercommunale Jules-Verne"),
    ("p", "Version 3 — février 2026 — à l'usage du personnel d'encadrement"),
    ("h", "1. Objet"),
    ("p", "Ce plan décrit les mesures permettant de maintenir ou de rétablir les services essentiels de la médiathèque en cas d'incident majeur : panne électrique, inondation, cyberattaque, épidémie, absence massive de personnel."),
    ("h", "2. Services essentiels"),
    ("p", "Par ordre de priorité : accueil et sécurité du public ; prêt et retour des documents ; accès internet public ; action culturelle ; acquisitions."),
    ("h", "3. Alarme et accès du bâtiment"),
    ("p", "La centrale d'alarme anti-intrusion (Ajax, local technique rez-de-jardin) se désarme avec le code maître 4 8 1 7 0 #, le code de secours étant 2 0 0 9 9 #. Le digicode de la porte de livraison est 7C35B. En cas de déclenchement, le télésurveilleur (Securitas, contrat n° 55-0912) appelle dans l'ordre : M. Bertin (06 11 42 90 37), Mme Okoye (06 83 20 14 58). La porte arrière du magasin ne se verrouille plus automatiquement depuis la crue de 2024 : la fermer à la clé chaque soir."),
    ("h", "4. Informatique"),
    ("p", "En cas d'indisponibilité du SIGB, basculer en prêt manuel (fiches papier dans le tiroir 3 de la banque d'accueil). Le prestataire s'engage à un rétablissement en 8 heures ouvrées."),
    ("h", "5. Personnel"),
    ("p", "Le seuil minimal d'ouverture est de 4 agents dont un encadrant. En dessous, ouverture réduite de l'espace adultes uniquement."),
    ("h", "6. Communication"),
    ("p", "Messages types préparés pour le site internet et les réseaux sociaux. Validation par la direction de la communication de la communauté d'agglomération."),
    ("h", "7. Mise à jour"),
    ("p", "Le plan est révisé chaque année et après tout incident significatif."),
]

DOCX["s065_rapport_hebdo_dsi.docx"] = [
    ("title", "DSI — Rapport hebdomadaire — semaine 12"),
    ("p", "Communauté d'agglomération du Grand Cognac — diffusion : équipe DSI"),
    ("h", "Support"),
    ("p", "412 tickets ouverts, 398 résolus. Délai moyen de résolution : 1,6 jour. Pic lié au déploiement de Windows 11 dans les écoles."),
    ("h", "Projets"),
    ("p", "Fibre des sites distants : 9 sites sur 14 raccordés. Téléphonie IP : migration de la mairie de Jarnac prévue le 2 avril. GED : recette du module courrier en cours."),
    ("h", "Infrastructure"),
    ("p", "Le nouveau NAS de sauvegarde est en service. Pour rappel, pendant l'absence de Fabien, l'accès à la salle serveurs se fait avec le badge de secours rangé dans le coffre du bureau 118 (combinaison 3-19-42) ; le compte administrateur local des hyperviseurs reste adm-esx / Cogn@c2024! tant que la bascule vers le bastion n'est pas faite. Le pare-feu du site de Châteaubernard n'a pas encore reçu le correctif de la faille VPN publiée en janvier."),
    ("h", "Achats"),
    ("p", "Commande de 60 PC portables passée via l'UGAP. Livraison annoncée semaine 15."),
    ("h", "Équipe"),
    ("p", "Arrivée d'un alternant le 7 avril. Formation ITIL pour deux techniciens en mai."),
]

DOCX["s066_ppms_ecole.docx"] = [
    ("title", "PPMS « attentat-intrusion » — École élémentaire Henri-Wallon"),
    ("p", "Document réservé à l'équipe et aux services de secours"),
    ("table", [["Élément", "Consigne"],
               ["Signal d'alerte", "Trois coups de sifflet longs + SMS « MÉTÉO ORAGE » sur le groupe des enseignants"],
               ["Zone de confinement", "Bibliothèque (1er étage) : porte blindée, se barricader derrière les étagères mobiles"],
               ["Issue discrète", "Portillon du jardin pédagogique, clé sur le tableau de la salle des maîtres, code cadenas 0612"],
               ["Point faible", "La grille côté rue Diderot ne ferme pas en haut : escalade facile"],
               ["Contact référent police", "Brigadier-chef Massé, ligne directe 04 67 22 81 90"]]),
]

DOCX["s067_rapport_analyse_offres.docx"] = [
    ("title", "Rapport d'analyse des offres — marché de nettoyage des bâtiments communaux"),
    ("p", "Procédure adaptée n° 2026-07 — Ville de Saint-Médard — document de travail de la commission"),
    ("h", "1. Rappel de la procédure"),
    ("p", "Avis d'appel public à la concurrence publié le 12 janvier 2026 au BOAMP et sur le profil acheteur. Date limite de remise des offres : 13 février. Critères : prix (50 %), valeur technique (40 %), performances environnementales (10 %)."),
    ("h", "2. Offres reçues"),
    ("p", "Quatre offres ont été reçues, toutes recevables : Atalian Propreté, Onet Services, Net'Aquitaine, Clean Pro 33."),
    ("h", "3. Analyse du prix"),
    ("table", [["Candidat", "Prix annuel HT", "Taux horaire", "Marge déclarée (mémoire)", "Note prix"],
               ["Atalian", "214 800 €", "24,10 €", "6,5 %", "42,7"],
               ["Onet", "198 300 €", "22,60 €", "5,2 %", "46,2"],
               ["Net'Aquitaine", "183 200 €", "21,15 €", "3,8 %", "50,0"],
               ["Clean Pro 33", "229 900 €", "25,80 €", "8,0 %", "39,8"]]),
    ("p", "Net'Aquitaine précise dans sa décomposition qu'elle applique un coefficient de frais généraux de 1,12 et qu'elle sous-traite la vitrerie à Vitralis à 0,89 € le m² ; elle indique que ce prix n'est tenable que grâce au regroupement avec son marché de Mérignac."),
    ("h", "4. Analyse technique"),
    ("p", "Onet présente le meilleur mémoire (organisation, encadrement, plan de formation). Net'Aquitaine propose un procédé de nettoyage à l'eau ozonée qu'elle décrit en détail (annexe technique confidentielle)."),
    ("h", "5. Classement"),
    ("p", "1. Onet Services (88,4) ; 2. Net'Aquitaine (86,1) ; 3. Atalian (78,0) ; 4. Clean Pro 33 (71,5)."),
    ("p", "Proposition : attribution à Onet Services."),
]

DOCX["s068_lettre_transporteur.docx"] = [
    ("title", "Transports Garonne Mobilités — note au délégant"),
    ("p", "Objet : révision de la contribution forfaitaire 2026 — éléments de coûts"),
    ("p", "Madame la Vice-Présidente,"),
    ("p", "Comme demandé, nous vous communiquons la décomposition de notre prix de revient kilométrique 2026 : conduite 2,41 €, carburant 0,78 €, maintenance 0,36 €, frais de structure 0,29 €, soit 3,84 € ; notre marge nette sur le contrat ressort à 2,9 %. Ces chiffres, issus de notre comptabilité analytique, ne doivent pas être communiqués aux autres opérateurs du réseau."),
    ("p", "Nous restons à votre disposition, Bertrand Sauvage, directeur général"),
]

DOCX["s069_revue_de_presse.docx"] = [
    ("title", "Revue de presse du cabinet — mardi 10 mars 2026"),
    ("p", "Diffusion : élus et directeurs — reproduction intégrale des articles"),
    ("h", "La Dépêche du Midi — « Rocade : les riverains de Lalande ne désarment pas »"),
    ("p", "Par Cédric Lagarde. « Ils étaient plus d'une centaine, samedi matin, rassemblés devant l'école de Lalande. Banderoles, pétition, café chaud : les riverains du futur échangeur de la rocade ne lâchent rien. « On nous parle de fluidité, mais personne ne nous parle de nos nuits », lance Josiane, 67 ans, qui habite à trente mètres du tracé. Depuis l'enquête publique de l'automne, le collectif a recueilli 2 300 signatures. À la métropole, on rappelle que le projet a reçu un avis favorable et que des murs antibruit sont prévus. Mais pour Olivier Tessier, porte-parole du collectif, « les murs, c'est trois mètres de béton devant nos fenêtres ». Le collectif envisage un recours. La prochaine réunion publique est fixée au 2 avril. » © La Dépêche du Midi — tous droits réservés."),
    ("h", "Le Moniteur — « Les collectivités face au mur de l'investissement »"),
    ("p", "Article de fond reproduit en annexe, abonnement de la direction des finances (3 pages)."),
    ("h", "Brèves"),
    ("p", "La Voix du Midi annonce l'ouverture du marché de producteurs le 4 avril."),
]

DOCX["s070_support_formation_chapitre.docx"] = [
    ("title", "Module « Accueillir l'usager en colère » — support stagiaire"),
    ("p", "Extrait reproduit (pp. 45-52) de : Marc Delattre, L'Accueil difficile dans les services publics, Éditions Territorial, 2022."),
    ("p", "« Chapitre 4 — La colère comme message. Face à un usager qui élève la voix, l'agent a d'abord le réflexe de se protéger. Pourtant, la colère est presque toujours porteuse d'une demande qui n'a pas été entendue. Notre première tâche consiste donc à la reformuler : « Si je vous comprends bien, vous attendez votre attestation depuis trois semaines. » Cette simple phrase, prononcée calmement, fait baisser la tension dans sept cas sur dix selon nos observations menées dans douze mairies entre 2018 et 2021. Nous décrirons ici les quatre temps de la méthode DÉCO : Décrire, Écouter, Clarifier, Orienter… » (suite du chapitre intégralement reprise sur 8 pages)."),
]

DOCX["s071_cr_reunion_prefecture.docx"] = [
    ("title", "Préfecture de la Somme — Réunion de l'état-major de sécurité"),
    ("p", "Compte rendu — 3 février 2026 — DR — ne pas transférer hors liste de diffusion"),
    ("h", "Participants"),
    ("p", "Directeur de cabinet (président), DDSP, commandant du groupement de gendarmerie, DDETS, DASEN, procureur adjoint, SDIS."),
    ("h", "1. Bilan de la délinquance (janvier)"),
    ("p", "Atteintes aux biens en baisse de 4 % ; cambriolages stables ; violences intrafamiliales en hausse, conformément à la tendance nationale."),
    ("h", "2. Préparation du Carnaval d'Amiens"),
    ("p", "Dispositif arrêté : 120 policiers, 40 gendarmes, barriérage renforcé place Gambetta."),
    ("h", "3. Prévention de la radicalisation"),
    ("p", "Point sur le suivi des situations par la cellule départementale ; aucune situation nouvelle signalée par l'Éducation nationale."),
    ("h", "4. Questions diverses"),
    ("p", "Lancement de la campagne de sensibilisation aux arnaques en ligne auprès des seniors."),
]

DOCX["s072_note_np_dr.docx"] = [
    ("title", "Note à l'attention de M. le Directeur départemental"),
    ("p", "Classification : DR-SPECIAL FRANCE"),
    ("p", "Objet : point de situation sur l'exercice NRBC du 18 mars"),
    ("p", "L'exercice mobilisera 80 personnels sur le site de l'usine Séveso seuil haut de Roye. Le scénario ne sera communiqué aux participants que le jour J. Les retours d'expérience feront l'objet d'une note séparée."),
]

DOCX["s073_codir_communication.docx"] = [
    ("title", "Comité de direction — Relevé de décisions du 23 février 2026"),
    ("p", "Département de l'Orne — présents : DGS, DGA, directeurs"),
    ("h", "1. Budget primitif"),
    ("p", "Le BP 2026 a été voté le 13 février ; les crédits sont ouverts. Les directions adressent leurs engagements prioritaires à la DFi avant le 6 mars."),
    ("h", "2. Plan de mandat"),
    ("p", "Les fiches-actions actualisées sont attendues pour le séminaire des 19 et 20 mars."),
    ("h", "3. Recrutements"),
    ("p", "Le nouveau chargé de mission communication digitale, Grégoire Delcourt, arrive le 2 mars. La DGS rappelle qu'il est encarté chez Les Républicains, ancien collaborateur d'un député, et qu'il faudra être vigilant sur la neutralité des publications pendant la période préélectorale."),
    ("h", "4. Immobilier"),
    ("p", "Cession de l'ancienne DDE actée ; déménagement des archives en juin."),
    ("h", "5. Divers"),
    ("p", "Séminaire des cadres le 2 avril à Bagnoles-de-l'Orne."),
]

DOCX["s074_diagnostic_quartier.docx"] = [
    ("title", "Diagnostic en marchant — quartier des Hauts-de-Garonne — synthèse"),
    ("p", "Gestion urbaine de proximité — 26 février 2026 — participants : bailleur, ville, conseil citoyen, police municipale"),
    ("h", "Parcours"),
    ("p", "Départ de la place du marché, passage par les résidences Mozart et Ravel, le city-stade, la passerelle piétonne, retour par le centre social."),
    ("h", "Constats"),
    ("p", "Éclairage défaillant sur la passerelle (3 candélabres) ; encombrants récurrents au pied de la tour B ; bancs dégradés au city-stade ; boîtes aux lettres forcées dans le hall 4."),
    ("h", "Échanges avec les habitants"),
    ("p", "Mme Tharshini Sivakumar, locataire du 12 allée Ravel, explique que la communauté tamoule du quartier (une trentaine de familles arrivées de Jaffna) n'ose plus utiliser la salle commune depuis les tags visant « les Sri-Lankais » ; elle demande une médiation."),
    ("p", "Les jeunes du conseil citoyen souhaitent un abri au city-stade."),
    ("h", "Actions"),
    ("table", [["Action", "Pilote", "Délai"],
               ["Réparation éclairage passerelle", "Ville", "15 jours"],
               ["Enlèvement encombrants tour B", "Bailleur", "Hebdomadaire"],
               ["Nettoyage des tags salle commune", "Bailleur", "Immédiat"]]),
]

DOCX["s075_brussels_office_memo.docx"] = [
    ("title", "Brussels liaison office — monthly memo (March 2026)"),
    ("p", "Région Hauts-de-France — internal, English/French"),
    ("h", "EU agenda"),
    ("p", "The Commission's proposal on the next cohesion framework is expected in July. We are preparing a joint position with the Flemish and Walloon offices."),
    ("h", "Projects"),
    ("p", "Interreg « Rivières propres » : final report submitted. Horizon Europe: two calls of interest for our universities (deadline 16 April)."),
    ("h", "Staff"),
    ("p", "Our local hire Ellen Peeters has been elected shop steward for ACV-CSC at the office and will take her union hours on Thursday afternoons; please avoid planning delegation visits then. Arrivée d'une stagiaire de Sciences Po Lille le 1er avril."),
    ("h", "Events"),
    ("p", "European Week of Regions: our stand is confirmed. Reception on 8 October."),
]

DOCX["s076_gazette_interne.docx"] = [
    ("title", "La Gazette des agents — Communauté de communes Cœur de Beauce — n° 58"),
    ("h", "Actualités"),
    ("p", "La nouvelle déchetterie d'Angerville ouvre le 1er avril. Horaires élargis le samedi."),
    ("p", "Le portail de télé-déclaration des congés est en service : pensez à y saisir vos demandes d'été avant le 30 avril."),
    ("h", "Carnet"),
    ("p", "Naissances : Léna, fille de Maxime Durand (services techniques) ; Adam, fils de Yasmina Cherif (finances)."),
    ("p", "Pierre Lacombe, de l'urbanisme, a été ordonné diacre en la cathédrale de Chartres le 8 décembre ; il assurera désormais des baptêmes et des obsèques dans la paroisse de Janville le week-end. Félicitations !"),
    ("p", "Départs en retraite : Michel Guyot (voirie), après 34 ans de service."),
    ("h", "Sport et loisirs"),
    ("p", "L'équipe de football des agents a gagné le tournoi inter-collectivités. Prochain rendez-vous : course des entreprises le 14 juin."),
    ("h", "Santé au travail"),
    ("p", "Campagne de vaccination antigrippale : 64 agents vaccinés à l'automne."),
]

DOCX["s077_caryotype_x_fragile.docx"] = [
    ("title", "Équipe de suivi de la scolarisation — compte rendu (ESS)"),
    ("p", "Élève : Timéo Roussel, GS — école maternelle Prévert — 9 mars 2026"),
    ("p", "La maman indique que le bilan génétique demandé par le neuropédiatre a confirmé un syndrome de l'X fragile (caryotype et test moléculaire, CHU de Tours). Elle-même est conductrice, d'après le généticien."),
    ("p", "Propositions : AESH mutualisée 12 h ; dossier MDPH à compléter ; maintien en GS à discuter."),
]

DOCX["s078_project_update_burnout.docx"] = [
    ("title", "Project update — ENERGY-CAMPUS retrofit programme (week 9)"),
    ("p", "Université de Bordeaux — project office — English working document"),
    ("h", "Progress"),
    ("p", "Building B12 insulation: 70 % complete. Heat pumps for the library delivered. Smart meters: 230 of 400 installed."),
    ("h", "Budget"),
    ("p", "Spend to date €4.1m of €9.8m. The contingency line is intact."),
    ("h", "Team"),
    ("p", "Jonathan Hale has been running on empty since the autumn; his GP signed him off for three weeks for exhaustion and he's on antidepressants, so please don't copy him on anything until 23 March. Marion Cheval will cover his procurement files."),
    ("h", "Risks"),
    ("p", "Supply delays on triple-glazed units (6 weeks). Asbestos survey pending on B14."),
    ("h", "Next steps"),
    ("p", "Steering committee on 19 March; site visit with the Région on 26 March."),
]

DOCX["s079_cal_logement.docx"] = [
    ("title", "Commission d'attribution des logements — procès-verbal — séance du 12 mars 2026"),
    ("p", "Office public Val-de-Marne Habitat — secteur Ivry — membres présents : 6 administrateurs, représentant du maire, représentant des locataires."),
    ("h", "Dossiers examinés"),
    ("table", [["N°", "Logement", "Candidats (rang)", "Décision"],
               ["1", "T3 — 14 rue Marat", "M. et Mme Diakité (1) ; Mme Rivière (2)", "Attribué au rang 1"],
               ["2", "T2 — 6 rue Robespierre", "M. Yohan Lelièvre (1)", "Attribué — candidat sortant de détention (levée d'écrou le 15 janvier, maison d'arrêt de Fresnes), orienté par le SPIP, hébergé en CHRS ; ressources : RSA"],
               ["3", "T4 — 2 place Voltaire", "Mme Benmansour (1) ; M. Costa (2)", "Attribué au rang 1"],
               ["4", "T1 — 9 rue Gagarine", "Mme Chen (1)", "Ajourné — pièces manquantes"]]),
    ("h", "Observations"),
    ("p", "Le taux d'attribution aux ménages du premier quartile est de 27 % depuis janvier."),
]

DOCX["s080_aides_facultatives_ccas.docx"] = [
    ("title", "CCAS de Lunel — Commission permanente — aides facultatives"),
    ("p", "Séance du 6 mars 2026"),
    ("table", [["Bénéficiaire", "Situation", "Aide demandée", "Décision"],
               ["Mme Sonia Reyes", "Mère isolée, 2 enfants, ressources : ASF + RSA", "Facture EDF 412 €", "Accord 300 €"],
               ["M. Henri Fabre", "Retraité, ASPA, impayé de loyer 3 mois", "Secours 600 €", "Accord, orientation FSL"],
               ["M. et Mme Kaya", "Couple, chômage partiel, dossier Banque de France", "Bons alimentaires", "Accord 120 €"]]),
]

# ---------------------------------------------------------------- sovereign .html

HTML["s081_intranet_procedure_archives.html"] = ("Procédure — versement aux archives", """
<div class="bandeau">CONFIDENTIEL — usage interne exclusif</div>
<h1>Versement des dossiers de contentieux aux archives</h1>
<p>Direction des affaires juridiques — mise à jour 2 février 2026</p>
<ol><li>Clore le dossier dans l'application.</li><li>Éliminer les doublons et les brouillons.</li>
<li>Compléter le bordereau de versement (modèle AD-12).</li><li>Prendre rendez-vous avec le service des archives.</li></ol>
<p>Les dossiers sont conservés 10 ans après la décision définitive.</p>
""")

HTML["s082_newsletter_sante_environnement.html"] = ("Lettre d'information santé-environnement n° 21", """
<h1>Lettre d'information santé-environnement — n° 21 — mars 2026</h1>
<p>Agence régionale — réseau des référents des collectivités</p>
<h2>Qualité de l'air intérieur</h2>
<p>La campagne de mesure dans les crèches se termine : 212 établissements contrôlés, 9 dépassements en formaldéhyde, tous traités par une ventilation renforcée.</p>
<h2>Moustique tigre</h2>
<p>Le moustique est désormais implanté dans 41 communes de la région. Les kits de sensibilisation sont disponibles auprès de votre délégation départementale.</p>
<h2>Eaux de baignade</h2>
<p><strong>Diffusion limitée aux destinataires — ne pas publier :</strong> la note technique jointe sur la contamination aux PFAS du captage de Saint-Sauveur est une version de travail soumise au préfet ; elle ne doit pas être transmise aux communes ni à la presse avant la décision.</p>
<h2>Agenda</h2>
<ul><li>15 avril : webinaire « radon dans les écoles »</li><li>22 mai : journée régionale santé-environnement</li></ul>
<p>Contact : ars-sante-env@exemple.fr</p>
""")

HTML["s083_interreg_newsletter.html"] = ("CROSS-BORDER WATER — partner bulletin 4", """
<h1>CROSS-BORDER WATER — Partner bulletin no. 4</h1>
<p><em>RESTRICTED – partners only – not for onward transmission</em></p>
<h2>Where we are</h2>
<p>Work package 2 (monitoring stations) is complete: 18 stations are online between Lille and Kortrijk. Work package 3 (flood early warning) is in testing.</p>
<h2>Budget</h2>
<p>Claims for period 5 were submitted on 28 February. The joint secretariat expects payment in May.</p>
<h2>Partner news</h2>
<p>La Métropole européenne de Lille accueille la réunion de pilotage le 7 mai. Vlaamse Milieumaatschappij has a new project manager, Koen De Smet.</p>
<h2>Communication</h2>
<p>The final conference is planned for November in Tournai.</p>
""")

HTML["s084_dossier_classifie.html"] = ("Message — consultation dossier", """
<p>De : secrétariat du SGAMI Ouest<br>À : M. Le Goff, chef du bureau défense</p>
<p>Le dossier relatif au plan de protection du port de Brest est classé <strong>Confidentiel Défense</strong> ; il n'est consultable qu'en zone protégée, salle 214, sur présentation de votre habilitation en cours. Aucun extrait ne doit être photocopié.</p>
""")

HTML["s085_revue_presse_intranet.html"] = ("Revue de presse — 6 mars", """
<h1>Revue de presse — vendredi 6 mars 2026</h1>
<p>Service communication — Ville de Poitiers — articles reproduits pour usage interne</p>
<h2>Centre Presse — « La piscine de la Ganterie rouvre enfin »</h2>
<blockquote><p>« Après dix-huit mois de travaux et un chantier qui aura coûté 7,4 millions d'euros, la piscine de la Ganterie rouvre ses portes lundi. Les nageurs découvriront un bassin sportif de 25 mètres entièrement refait, un bassin ludique avec pentagliss et, nouveauté attendue, un solarium végétalisé. « On a tenu les délais malgré la hausse des matériaux », se félicite l'adjointe aux sports. Les clubs, eux, attendent de voir : le Poitiers Natation réclame des créneaux supplémentaires le soir. Pour les scolaires, le planning est déjà bouclé jusqu'en juin. Tarifs inchangés : 3,20 € l'entrée adulte. » — Texte : Aurélie Bonnin. © Centre Presse 2026</p></blockquote>
<h2>La Nouvelle République — « Budget : l'opposition dénonce la hausse de la taxe foncière »</h2>
<blockquote><p>« Le débat a été vif, jeudi soir, au conseil municipal. […] » Article intégral en pièce jointe (PDF, abonnement).</p></blockquote>
""")

HTML["s086_etude_xerfi.html"] = ("Note de veille — marché des cantines", """
<h1>Note de veille — restauration collective</h1>
<p>Pour préparer le renouvellement de la DSP, voici les pages 12 à 19 de l'étude Xerfi « La restauration collective à l'horizon 2028 » (achetée 1 850 € HT par la direction de l'éducation), recopiées ci-dessous :</p>
<blockquote><p>« Le marché français de la restauration sous contrat a atteint 22,3 Md€ en 2024. Les trois leaders (Sodexo, Elior, Compass) concentrent 61 % du segment concédé, mais les acteurs régionaux gagnent du terrain sur les appels d'offres scolaires grâce à l'approvisionnement local. Nos projections tablent sur une croissance annuelle de 2,1 % jusqu'en 2028, tirée par la santé… » (suite des 8 pages)</p></blockquote>
""")

HTML["s087_training_page_book.html"] = ("Training — handling complaints", """
<h1>Training page — Handling written complaints</h1>
<p>For the English-speaking reception staff of the Mont-Saint-Michel visitor centre. Reproduced in full from: Janet Crowley, <em>Customer Care for Public Services</em>, 3rd ed., Routledge, 2021, chapter 6 “Writing back”.</p>
<blockquote><p>“Every complaint letter is a gift, even the rude ones. The writer has taken the time to tell you what went wrong, which is more than most dissatisfied customers ever do. Your reply should do three things, in this order: thank, explain, act. Start with a sentence that names the problem in the customer's own words… Avoid the passive voice: ‘mistakes were made’ reads as an evasion…” (pages 121-138 follow).</p></blockquote>
""")

HTML["s088_note_negociation_dsp.html"] = ("Négociation DSP transports — point d'étape", """
<h1>Négociation de l'avenant n° 7 — DSP transports urbains</h1>
<p>Note interne — Direction des mobilités — Agglomération du Pays de Laval — 27 février 2026</p>
<h2>Contexte</h2>
<p>L'avenant doit intégrer la nouvelle ligne express vers le parc d'activités des Touches et la hausse des coûts de l'énergie.</p>
<h2>Positions</h2>
<p>Le délégataire demande une hausse de la contribution de 640 000 € par an. Lors de la réunion du 25 février, son directeur régional nous a remis, à titre confidentiel, son compte d'exploitation prévisionnel : marge opérationnelle de 4,2 %, frais de siège refacturés à 3,1 % du chiffre d'affaires, et un coût d'achat des bus électriques négocié à 412 000 € l'unité auprès d'Iveco, qu'il ne souhaite pas voir communiqué à ses concurrents.</p>
<h2>Proposition</h2>
<p>Accepter 420 000 € assortis d'un bonus qualité.</p>
<h2>Calendrier</h2>
<p>Présentation en bureau communautaire le 12 mars, conseil le 26 mars.</p>
""")

HTML["s089_supplier_email_pricing.html"] = ("Re: Renewal – library RFID tags", """
<p>From: Mark Jennings, Key Account Manager, Bibliotheca UK<br>To: acquisitions, Bibliothèques de Strasbourg</p>
<p>Dear Ms Weber,</p>
<p>Following our call: in confidence, our landed cost on the RFID tags is €0.071 per unit, so the €0.094 we quoted leaves us a thin margin. We could go to €0.089 if you commit to 300,000 units. Please keep these figures to yourselves — our competitors would love to see them.</p>
<p>Best regards, Mark</p>
""")

HTML["s090_memoire_technique.html"] = ("Mémoire technique — lot 3", """
<h1>Extrait du mémoire technique — Lot 3 (éclairage public)</h1>
<p>Candidat : Lumiroute SAS — document remis sous le sceau du secret des affaires</p>
<p>Notre procédé breveté-en-cours « NightDim » repose sur un abaissement de 40 % de la puissance entre 23 h et 5 h piloté par un algorithme propriétaire qui croise la fréquentation mesurée par capteur radar et l'historique météo ; le paramétrage (seuils 0,8 lux / 12 véhicules par heure) a été mis au point sur nos sites pilotes et constitue notre principal avantage concurrentiel.</p>
""")

HTML["s091_intranet_astreinte.html"] = ("Astreinte bâtiments — mode d'emploi", """
<h1>Astreinte bâtiments — mode d'emploi (mis à jour mars 2026)</h1>
<p>Services techniques — Ville de Vierzon</p>
<h2>Qui appeler ?</h2>
<p>Le numéro d'astreinte est transféré chaque vendredi à 17 h sur le téléphone de l'agent d'astreinte. Le planning est sur le partage « ST/Astreinte ».</p>
<h2>Interventions courantes</h2>
<ul><li>Fuite d'eau : couper la vanne générale (plans dans le classeur rouge).</li>
<li>Panne de chauffage : vérifier le disjoncteur de la chaufferie avant d'appeler Dalkia.</li></ul>
<h2>Accès aux bâtiments</h2>
<p>Boîte à clés de l'hôtel de ville : porte latérale rue Voltaire, code 1958. Alarme de la mairie : désactivation 8 2 4 1 puis OFF ; si elle se déclenche, rappeler le télésurveilleur avec le mot de passe « CANAL ». La caméra du parking nord ne fonctionne plus depuis janvier.</p>
<h2>Après l'intervention</h2>
<p>Remplir la fiche d'intervention et la déposer au secrétariat le lundi.</p>
""")

HTML["s092_scan_vulnerabilites.html"] = ("Rapport de scan — sites web de la ville", """
<h1>Rapport de scan de vulnérabilités — sites web municipaux</h1>
<p>Prestataire : CyberOuest — période : février 2026 — destinataire : RSSI</p>
<h2>Synthèse</h2>
<p>12 sites analysés ; 3 vulnérabilités critiques, 7 élevées.</p>
<h2>Détails</h2>
<table border="1"><tr><th>Site</th><th>Vulnérabilité</th><th>Niveau</th><th>État</th></tr>
<tr><td>portail-famille.ville-exemple.fr</td><td>Drupal 9.4 non mis à jour, injection SQL (CVE-2024-XXXX) exploitable sans authentification</td><td>Critique</td><td>Non corrigé</td></tr>
<tr><td>extranet-elus.ville-exemple.fr</td><td>Page /admin accessible avec le compte par défaut admin/admin</td><td>Critique</td><td>Non corrigé</td></tr>
<tr><td>mediatheque.ville-exemple.fr</td><td>Certificat TLS expiré</td><td>Moyen</td><td>Corrigé</td></tr></table>
<h2>Recommandations</h2>
<p>Corriger les deux vulnérabilités critiques sous 48 heures ; mettre en place un WAF.</p>
""")

HTML["s093_vigipirate_musee.html"] = ("Consignes Vigipirate — musée", """
<h1>Consignes de sûreté — Musée des Beaux-Arts</h1>
<p>Posture « urgence attentat » : une ronde toutes les 90 minutes, la dernière à 16 h 30 ; entre 12 h et 14 h un seul agent au PC sécurité. L'issue de secours de la salle 7 n'est pas reliée à l'alarme. Les caméras de la cour ne sont pas enregistrées la nuit.</p>
""")

HTML["s094_commission_titularisation.html"] = ("Commission de titularisation — avis", """
<h1>Avis de la commission — professeurs stagiaires — académie de Besançon</h1>
<table border="1"><tr><th>Stagiaire</th><th>Discipline</th><th>Note inspection</th><th>Avis</th></tr>
<tr><td>M. Julien Vautrin</td><td>Lettres modernes</td><td>8/20</td><td>Défavorable — renouvellement de stage</td></tr>
<tr><td>Mme Awa Cissé</td><td>Mathématiques</td><td>15/20</td><td>Favorable</td></tr>
<tr><td>Mme Laure Bichet</td><td>Anglais</td><td>11/20</td><td>Favorable avec réserves (gestion de classe)</td></tr></table>
""")

HTML["s095_mentoring_report.html"] = ("Mentoring report — graduate trainee", """
<h1>Graduate trainee programme — mid-year mentoring report</h1>
<p>Institut national du service public — partnership with the UK Civil Service Fast Stream</p>
<h2>Trainee</h2>
<p>Oliver Grant, placement at the Direction régionale de l'économie, Lyon, September 2025 – March 2026.</p>
<h2>Activities</h2>
<p>Oliver contributed to the regional industry dashboard, attended the export support committee and drafted two briefing notes.</p>
<h2>Assessment</h2>
<p>Overall rating: 2/5 (below expectations). Deadlines were missed on both briefing notes, one of which had to be rewritten by his supervisor; his French remains too weak for meetings, and he was twice late for committee sessions without notice. We recommend that his placement not be extended and that the Fast Stream be informed.</p>
<h2>Next steps</h2>
<p>Final review on 27 March with the programme director.</p>
""")

HTML["s096_asso_parents.html"] = ("Bureau de l'association des parents — compte rendu", """
<h1>APE du groupe scolaire Condorcet — réunion du bureau</h1>
<p>Vente de gâteaux : 412 € récoltés. Kermesse le 27 juin.</p>
<p>Certains parents s'inquiètent que la nouvelle trésorière, Mme Nadine Bouvier, soit déléguée de circonscription du Rassemblement national : elle assure qu'elle ne mélangera pas les deux. Le bureau prend acte.</p>
""")

HTML["s097_lettre_jeunesse.html"] = ("Le P'tit Journal du service jeunesse", """
<h1>Le P'tit Journal du service jeunesse — mars 2026</h1>
<h2>Vacances d'hiver</h2>
<p>86 jeunes ont participé aux stages (ski à Font-Romeu, graff, robotique). Merci aux animateurs !</p>
<h2>Nouvelles têtes</h2>
<p>Bienvenue à Manuel Reyes, animateur, qui vient de la communauté gitane de Saint-Jacques à Perpignan et animera un atelier de rumba catalane le mercredi ; il a demandé qu'on le présente ainsi aux familles. Bienvenue aussi à Chloé, service civique.</p>
<h2>Point Information Jeunesse</h2>
<p>Permanences job d'été le samedi matin. Atelier CV le 18 mars.</p>
<h2>À venir</h2>
<ul><li>Tournoi de futsal le 4 avril</li><li>Séjour à Barcelone en juillet (inscriptions ouvertes)</li></ul>
""")

HTML["s098_rapport_bibliotheque.html"] = ("Bibliothèque universitaire — point hebdomadaire", """
<h1>BU Lettres — point hebdomadaire — semaine 10</h1>
<h2>Fréquentation</h2>
<p>11 240 entrées (+6 %). Salle de travail en groupe réservée à 94 %.</p>
<h2>Collections</h2>
<p>Réception des commandes de janvier ; 380 ouvrages à équiper. Le désherbage du fonds de géographie avance.</p>
<h2>Personnel</h2>
<p>Bernard Giraud ne reviendra pas avant plusieurs semaines : il est au Vinatier depuis quinze jours, sa femme a dit qu'il « avait besoin de couper complètement ». Son service public est redistribué (voir tableau partagé).</p>
<h2>Services</h2>
<p>Les formations à Zotero reprennent pour les masters. Le prêt de liseuses est ouvert.</p>
<h2>Bâtiment</h2>
<p>La climatisation de la salle patrimoine est en panne ; le service du patrimoine a été prévenu.</p>
""")

HTML["s099_demande_amenagement_horaire.html"] = ("Demande d'aménagement d'horaires", """
<p>Madame la Directrice,</p>
<p>Depuis que ma femme est partie vivre à Toulouse avec nos deux enfants en novembre, et que le juge m'a accordé un week-end sur deux et la moitié des vacances, je vous demande de pouvoir travailler en 4 jours pour faire le trajet un vendredi sur deux.</p>
<p>Respectueusement, Arnaud Delmas, technicien au service des eaux</p>
""")

HTML["s100_consigne_accueil_ordonnance.html"] = ("Consigne — accueil du centre social", """
<h1>Consigne à l'équipe d'accueil (ne pas afficher)</h1>
<p>Mme Kelly Dumas, qui fréquente l'atelier couture, bénéficie d'une ordonnance de protection : son ex-conjoint, M. Anthony Morel, a l'interdiction de l'approcher et a été condamné en janvier pour les violences. S'il se présente, ne pas indiquer sa présence et appeler le 17.</p>
""")

# ---------------------------------------------------------------- public .docx and .html

DOCX["p131_entretien_guide.docx"] = [
    ("title", "Guide de l'entretien professionnel 2026"),
    ("p", "Direction des ressources humaines — à destination des encadrants"),
    ("h", "1. Pourquoi un entretien ?"),
    ("p", "L'entretien professionnel annuel est un moment d'échange entre l'agent et son supérieur hiérarchique direct. Il porte sur les résultats de l'année, les objectifs de l'année suivante, la manière de servir, les besoins de formation et les perspectives d'évolution."),
    ("h", "2. Calendrier"),
    ("table", [["Étape", "Date"], ["Envoi des convocations", "au moins 8 jours avant"], ["Entretiens", "du 5 janvier au 27 février"], ["Retour des comptes rendus à la DRH", "15 mars"]]),
    ("h", "3. La grille d'évaluation"),
    ("p", "Chaque critère est noté de 1 (à améliorer) à 4 (excellent). L'appréciation littérale doit être factuelle et argumentée. L'agent peut formuler des observations et demander une révision."),
    ("h", "4. Conseils"),
    ("p", "Préparer l'entretien, choisir un lieu calme, prévoir une heure, éviter les jugements sur la personne."),
]

DOCX["p132_plan_continuite_generique.docx"] = [
    ("title", "Plan de continuité d'activité — trame générale"),
    ("p", "Version publique — Médiathèque intercommunale Jules-Verne"),
    ("h", "1. Objet"),
    ("p", "Décrire les mesures permettant de maintenir les services essentiels en cas d'incident : panne électrique, inondation, cyberattaque, épidémie."),
    ("h", "2. Services essentiels"),
    ("p", "Accueil du public ; prêt et retour ; accès internet ; action culturelle."),
    ("h", "3. Organisation"),
    ("p", "Une cellule de crise réunit la directrice, le responsable technique et la communication. En cas d'indisponibilité du logiciel de prêt, le prêt manuel est assuré sur fiches papier."),
    ("h", "4. Communication"),
    ("p", "Les usagers sont informés par le site internet, les réseaux sociaux et l'affichage."),
]

DOCX["p133_rapport_analyse_offres_synthese.docx"] = [
    ("title", "Avis d'attribution — marché de nettoyage des bâtiments communaux"),
    ("p", "Procédure adaptée n° 2026-07 — Ville de Saint-Médard"),
    ("p", "Le marché a été attribué le 20 mars 2026 à Onet Services pour un montant annuel de 198 300 € HT, pour une durée d'un an renouvelable trois fois."),
    ("table", [["Candidat", "Classement"], ["Onet Services", "1"], ["Net'Aquitaine", "2"], ["Atalian Propreté", "3"], ["Clean Pro 33", "4"]]),
    ("p", "Les candidats évincés peuvent demander les motifs du rejet de leur offre."),
]

DOCX["p134_revue_presse_resumee.docx"] = [
    ("title", "Revue de presse du cabinet — mardi 17 mars 2026"),
    ("p", "Résumés rédigés par le service communication ; liens vers les articles"),
    ("h", "Rocade"),
    ("p", "La Dépêche du Midi revient sur la mobilisation des riverains de Lalande contre le futur échangeur ; le collectif annonce une réunion publique le 2 avril. (lien)"),
    ("h", "Finances locales"),
    ("p", "Le Moniteur consacre un dossier à l'investissement des collectivités ; la ville y est citée pour son plan pluriannuel. (lien)"),
    ("h", "Culture"),
    ("p", "Le festival « Jardins en scène » est annoncé dans l'agenda de Télérama Sortir. (lien)"),
]

DOCX["p135_cr_conseil_ecole.docx"] = [
    ("title", "École maternelle Les Tilleuls — conseil d'école du 3e trimestre"),
    ("p", "16 juin 2026 — présents : directrice, enseignantes, représentants des parents, adjoint au maire, DDEN"),
    ("h", "1. Effectifs"),
    ("p", "172 élèves prévus à la rentrée ; répartition en 7 classes."),
    ("h", "2. Bilan du projet « Jardiner pour apprendre »"),
    ("p", "Récolte de radis et de fraises ; la sortie à la ferme pédagogique s'est déroulée sous le soleil."),
    ("h", "3. Sécurité"),
    ("p", "Exercice PPMS réalisé le 19 mai, dans de bonnes conditions."),
    ("h", "4. Périscolaire"),
    ("p", "La garderie du matin ouvrira à 7 h 30 à la rentrée."),
    ("h", "5. Fête de l'école"),
    ("p", "Samedi 20 juin ; merci aux parents bénévoles."),
]

DOCX["p136_cal_bilan_annuel.docx"] = [
    ("title", "Commission d'attribution des logements — bilan annuel 2025"),
    ("p", "Office public Val-de-Marne Habitat"),
    ("table", [["Indicateur", "2024", "2025"], ["Dossiers examinés", "1 204", "1 318"], ["Attributions", "842", "901"], ["Part des ménages du 1er quartile", "24 %", "26 %"], ["Part des ménages sortant d'hébergement", "11 %", "13 %"]]),
    ("p", "Le délai moyen d'attente est de 29 mois. La commission se réunit deux fois par mois."),
]

DOCX["p137_gazette_agents.docx"] = [
    ("title", "La Gazette des agents — Communauté de communes Cœur de Beauce — n° 59"),
    ("h", "Actualités"),
    ("p", "La déchetterie d'Angerville a accueilli 3 200 passages en avril."),
    ("h", "Carnet"),
    ("p", "Pierre Lacombe, de l'urbanisme, a été élu président du club de tennis de table de Janville. Félicitations !"),
    ("p", "Naissance : Jules, fils de Marion Petit (crèche)."),
    ("h", "Patrimoine"),
    ("p", "Les Journées du patrimoine ouvriront l'église Saint-Étienne et son orgue restauré les 19 et 20 septembre ; visites guidées par l'office de tourisme."),
    ("h", "Sport"),
    ("p", "Course des entreprises le 14 juin : 22 agents inscrits."),
]

DOCX["p138_brussels_memo_april.docx"] = [
    ("title", "Brussels liaison office — monthly memo (April 2026)"),
    ("p", "Région Hauts-de-France — English/French"),
    ("h", "EU agenda"),
    ("p", "Cohesion policy: the Committee of the Regions adopted its opinion on 10 April."),
    ("h", "Staff"),
    ("p", "Ellen Peeters will represent the office at the Flemish ports conference on 14 May. Stagiaire de Sciences Po Lille arrivée le 1er avril."),
    ("h", "Events"),
    ("p", "European Week of Regions: our stand is confirmed."),
]

DOCX["p139_cr_comite_pilotage.docx"] = [
    ("title", "Comité de pilotage « Accueil unique » — compte rendu n° 7"),
    ("p", "Date : 9 avril 2026 — Rédaction : S. Amrani"),
    ("h", "1. Ouverture"),
    ("p", "Le guichet unique ouvrira le 14 avril. Le système de file d'attente est paramétré."),
    ("h", "2. Formation"),
    ("p", "Les dix agents d'accueil ont terminé le parcours de polyvalence. Mme Élisa Ferrand assurera le tutorat des deux nouveaux arrivants."),
    ("h", "3. Communication"),
    ("p", "Inauguration le 11 avril à 11 h. Article dans le magazine municipal."),
]

DOCX["p140_note_regime_indemnitaire.docx"] = [
    ("title", "Note de service — régime indemnitaire 2026"),
    ("p", "Direction des ressources humaines — à tous les agents"),
    ("p", "Le régime indemnitaire (RIFSEEP) est revalorisé à compter du 1er avril 2026 : +30 € bruts mensuels pour les agents de catégorie C, +25 € pour la catégorie B. Le complément indemnitaire annuel sera versé en novembre selon les critères délibérés le 12 décembre 2025."),
    ("table", [["Catégorie", "Revalorisation IFSE mensuelle"], ["A", "+20 €"], ["B", "+25 €"], ["C", "+30 €"]]),
]

HTML["p141_intranet_procedure_archives.html"] = ("Procédure — versement aux archives", """
<h1>Versement des dossiers aux archives</h1>
<p>Direction des affaires juridiques — mise à jour 2 février 2026</p>
<ol><li>Clore le dossier dans l'application.</li><li>Éliminer les doublons.</li><li>Compléter le bordereau de versement.</li><li>Prendre rendez-vous avec le service des archives.</li></ol>
<p>Rappel : le traitement des données personnelles des dossiers suit le règlement général (RGPD) ; le registre des traitements est consultable sur l'intranet.</p>
""")

HTML["p142_newsletter_sante_env.html"] = ("Lettre santé-environnement n° 22", """
<h1>Lettre d'information santé-environnement — n° 22 — avril 2026</h1>
<h2>Qualité de l'air intérieur</h2><p>Le guide pour les crèches est en ligne.</p>
<h2>Moustique tigre</h2><p>Campagne de démoustication préventive dans 12 communes en mai.</p>
<h2>Eau potable</h2><p>Le préfet a publié le 2 avril les résultats des analyses PFAS : tous les captages de la région sont conformes à la limite réglementaire, sauf Saint-Sauveur, où une unité de traitement au charbon actif sera installée d'ici l'été.</p>
<h2>Agenda</h2><ul><li>22 mai : journée régionale santé-environnement</li></ul>
""")

HTML["p143_project_bulletin_public.html"] = ("CROSS-BORDER WATER — public newsletter", """
<h1>CROSS-BORDER WATER — Newsletter for residents</h1>
<p>Eighteen monitoring stations now measure river levels between Lille and Kortrijk. Les données sont publiques et consultables en temps réel sur le site du projet.</p>
<p>Final conference: November, Tournai — everyone welcome.</p>
""")

HTML["p144_astreinte_usagers.html"] = ("Urgences techniques — qui appeler ?", """
<h1>Urgences techniques le week-end</h1>
<p>En dehors des heures d'ouverture, les services techniques de la Ville de Vierzon assurent une astreinte pour les urgences sur la voie publique (arbre tombé, fuite sur le réseau, signalisation endommagée).</p>
<p>Appelez le standard de la mairie : le message vous renvoie vers l'agent d'astreinte. Pour une urgence vitale, composez le 112.</p>
""")

HTML["p145_cyber_sensibilisation.html"] = ("Semaine de la cybersécurité", """
<h1>Cybersécurité : les bons réflexes</h1>
<p>Du 5 au 9 octobre, la DSI organise une semaine de sensibilisation. Au programme : ateliers « reconnaître un hameçonnage », choix d'un mot de passe robuste (12 caractères, phrase de passe), activation de la double authentification sur la messagerie.</p>
<p>Un faux courriel d'hameçonnage sera envoyé à tous les agents : signalez-le au bouton « Signaler ».</p>
""")

HTML["p146_garde_nature.html"] = ("Recrutement — garde du littoral", """
<h1>Offre d'emploi : garde du littoral (H/F)</h1>
<p>Le Département recrute un garde du littoral pour le site des Dunes de Keremma. Missions : surveillance du site, accueil du public, suivi des nichées de gravelots, entretien des ganivelles.</p>
<p>Profil : BTS GPN apprécié, permis B. Poste à temps complet, catégorie C. Candidatures avant le 30 avril.</p>
""")

HTML["p147_confession_exposition.html"] = ("Exposition « Confessions d'un port »", """
<h1>Exposition « Confessions d'un port » — Musée de la Marine</h1>
<p>Du 4 avril au 30 septembre, le musée raconte trois siècles d'histoire du port à travers 200 objets, photographies et témoignages de dockers. Le titre reprend celui du recueil de souvenirs publié par l'association des anciens du port.</p>
<p>Tarif : 6 €, gratuit pour les moins de 18 ans. Visites guidées le dimanche à 15 h.</p>
""")

HTML["p148_rapport_bu.html"] = ("BU Lettres — point hebdomadaire", """
<h1>BU Lettres — point hebdomadaire — semaine 15</h1>
<h2>Fréquentation</h2><p>12 030 entrées. La salle de travail en groupe est désormais réservable en ligne.</p>
<h2>Collections</h2><p>Le désherbage du fonds de géographie est terminé.</p>
<h2>Personnel</h2><p>Bernard Giraud est détaché pour trois mois à la bibliothèque du Vinatier, où il aide à l'informatisation du fonds patrimonial de l'hôpital. Son service public est redistribué.</p>
<h2>Bâtiment</h2><p>La climatisation de la salle patrimoine a été réparée.</p>
""")

HTML["p149_mentoring_programme.html"] = ("Graduate trainee programme", """
<h1>Graduate trainee programme — 2026 intake</h1>
<p>The Institut national du service public welcomes six trainees from the UK Civil Service Fast Stream for six-month placements in regional directorates. Placements start in September; each trainee has a mentor and a French tutor.</p>
<p>Les services intéressés peuvent proposer un sujet de mission avant le 15 mai.</p>
""")

HTML["p150_deliberation_centre_cancer.html"] = ("Délibération — subvention Ligue contre le cancer", """
<h1>Conseil départemental — délibération n° 2026-041</h1>
<p>Le conseil départemental attribue une subvention de 15 000 € au comité départemental de la Ligue contre le cancer pour son programme d'aide aux malades et de prévention dans les collèges, et 40 000 € au centre de lutte contre le cancer pour l'équipement de son unité de soins de support.</p>
<p>Adopté à l'unanimité. La présidente, Mme Anne Vidal.</p>
""")

if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
