"""Build the .docx and .html documents of the hand-written sensitivity set ``holdout10``.

Theme: a fortnight of paper (16-27 February 2026) in a mid-size French commune, Saint-Marcel-sur-Clain
(Vienne), and its intercommunalité, the Communauté d'agglomération Clain et Vonne: mayor's office, HR,
CCAS, schools and crèches, police municipale, urbanisme, water and waste services, médiathèque, sports,
council and committees, état civil, elections, procurement. 150 documents, 75 sovereign (s001-s075)
and 75 public (p076-p150); the .txt files are written by hand in ``corpus/holdout10``, this script
writes the .docx and .html ones with stable bytes.

Run: PYTHONPATH=<worktree>/include <worktree>/.venv/bin/python bench/sensitivity/build_holdout10_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout10"
FIXED = dt.datetime(2026, 2, 27, 17, 30, 0)
DOCX = {}
HTML = {}

# ---------------------------------------------------------------- sovereign .docx

DOCX["s004_fiche_instruction_ccas_secours.docx"] = [
    ("title", "CCAS de Saint-Marcel-sur-Clain — Fiche d'instruction d'une demande d'aide facultative"),
    ("p", "Dossier n° AF-2026-0093 — instruit le 18 février 2026 par Élodie Marsac, CESF — passage en commission permanente du 3 mars 2026"),
    ("h", "1. Demandeur et foyer"),
    ("table", [
        ["Personne", "Lien", "Âge", "Situation"],
        ["M. Jordan PETIT", "Demandeur", "34 ans", "Cariste intérimaire, sans mission depuis le 9 janvier"],
        ["Enzo PETIT", "Fils", "9 ans", "CM1, école Jules-Ferry — résidence principale chez le père"],
        ["Louna PETIT", "Fille", "6 ans", "CP, école Jules-Ferry — résidence principale chez le père"],
    ]),
    ("p", "M. Petit est séparé de la mère des enfants, Mme Cindy Roturier, depuis juin 2025. Le juge aux affaires familiales a fixé la résidence des enfants chez le père en octobre ; la mère, qui vit à Niort, ne verse pas la contribution de 120 € par mois prévue par le jugement (procédure de recouvrement engagée auprès de l'ARIPA)."),
    ("h", "2. Budget mensuel"),
    ("table", [
        ["Ressources", "Montant", "Charges", "Montant"],
        ["Allocation chômage (ARE)", "874 €", "Loyer (Habitat de la Vienne)", "512 €"],
        ["Allocations familiales", "148 €", "Électricité / gaz", "164 €"],
        ["Prime d'activité", "0 € (fin de droits)", "Assurances", "46 €"],
        ["APL", "291 €", "Crédit voiture", "189 €"],
        ["", "", "Remboursement crédit renouvelable Cofidis", "95 €"],
        ["Total", "1 313 €", "Total", "1 006 €"],
    ]),
    ("p", "Reste à vivre : (1 313 − 1 006) / 30 / 3 = 3,41 € par jour et par personne, très inférieur au barème (9 €)."),
    ("h", "3. Dettes"),
    ("p", "Arriéré de loyer : 1 024 € (2 mois) — le bailleur a saisi la commission de coordination des actions de prévention des expulsions (CCAPEX) ; facture d'électricité impayée : 487 €, avec annonce de réduction de puissance au 10 mars ; cantine et périscolaire : 186 €."),
    ("h", "4. Demande et évaluation"),
    ("p", "M. Petit sollicite une aide pour l'énergie et des bons alimentaires. Il est très inquiet de perdre la garde des enfants « si on se retrouve dehors » ; il dit ne manger qu'un repas par jour pour que les enfants aient de quoi. Il a accepté d'engager un dossier de surendettement et une demande au FSL (volet énergie) ; une mission d'intérim lui est promise en avril."),
    ("h", "5. Proposition"),
    ("p", "Aide énergie : 300 € versés directement au fournisseur ; bons alimentaires : 4 × 40 € ; prise en charge des impayés de cantine (186 €) ; orientation vers le Panier Solidaire pour trois mois."),
    ("p", "Document confidentiel — secret professionnel (art. L. 133-5 CASF)."),
]

DOCX["s008_crep_mediatheque.docx"] = [
    ("title", "Compte rendu de l'entretien professionnel — année 2025"),
    ("p", "Ville de Saint-Marcel-sur-Clain — Direction de la culture — médiathèque des Tanneries"),
    ("table", [
        ["Agent", "Mme Mireille Chasseloup"],
        ["Grade", "Assistante de conservation principale de 1re classe"],
        ["Fonctions", "Responsable du secteur adultes et de la politique documentaire"],
        ["Supérieur hiérarchique direct", "Mme Laurence Aubry, directrice de la médiathèque"],
        ["Date de l'entretien", "12 février 2026"],
    ]),
    ("h", "1. Bilan de l'année écoulée"),
    ("p", "Les objectifs fixés pour 2025 étaient : (1) mener le désherbage du fonds documentaire adultes ; (2) lancer le club de lecture du jeudi ; (3) former les deux nouveaux agents au SIGB."),
    ("p", "Objectif 1 partiellement atteint : 2 800 documents retirés sur 4 500 prévus, le chantier ayant été interrompu par la réorganisation des horaires. Objectif 2 atteint au-delà des attentes (15 participants réguliers, très bon retour du public). Objectif 3 non atteint : la formation a été confiée en dernière minute à un collègue, Mme Chasseloup ayant estimé « ne pas avoir le temps »."),
    ("h", "2. Appréciation de la valeur professionnelle"),
    ("table", [
        ["Critère", "Appréciation"],
        ["Résultats professionnels", "Satisfaisant"],
        ["Compétences professionnelles et techniques", "Très satisfaisant — excellente connaissance du fonds et de l'édition"],
        ["Qualités relationnelles", "À améliorer"],
        ["Capacités d'encadrement", "Insuffisant"],
    ]),
    ("p", "Appréciation littérale : Mme Chasseloup est une professionnelle reconnue par les lecteurs, très investie dans l'animation littéraire. En revanche, ses relations avec l'équipe du secteur se sont dégradées en 2025 : deux agents ont fait part de remarques blessantes en réunion et d'une difficulté à obtenir des consignes claires. L'agent conteste cette lecture et estime que la charge de travail du secteur est sous-évaluée. Un accompagnement sur la posture managériale est indispensable."),
    ("h", "3. Objectifs 2026"),
    ("p", "Achever le désherbage avant le 30 juin ; suivre la formation CNFPT « Manager de proximité » (4 jours) ; organiser une réunion de secteur mensuelle avec compte rendu écrit."),
    ("h", "4. Perspectives d'évolution"),
    ("p", "L'agent souhaite se présenter à l'examen professionnel de bibliothécaire. Avis de l'évaluatrice : réservé tant que les objectifs de management ne sont pas atteints."),
    ("h", "5. Observations de l'agent"),
    ("p", "« Je ne suis pas d'accord avec l'appréciation sur mes qualités relationnelles, qui repose sur deux témoignages que je n'ai jamais pu contredire. Je demande un entretien avec la DRH. » — Mireille Chasseloup, le 19/02/2026."),
    ("p", "Signature de l'évaluatrice : L. Aubry — Signature de l'agent (vaut prise de connaissance) : M. Chasseloup"),
]

DOCX["s011_audition_futurs_epoux.docx"] = [
    ("title", "Mairie de Saint-Marcel-sur-Clain — Service de l'état civil"),
    ("p", "Compte rendu d'audition des futurs époux (article 63 du code civil) et saisine du procureur de la République (article 175-2)"),
    ("p", "Dossier de mariage n° 2026-M-011 — date de célébration envisagée : samedi 11 avril 2026"),
    ("table", [
        ["", "Futur époux", "Future épouse"],
        ["Nom, prénom", "MARTINEAU Fabien", "EL KHALDI Nour"],
        ["Né(e) le / à", "04/09/1961 à Châtellerault", "17/03/2001 à Casablanca (Maroc)"],
        ["Nationalité", "Française", "Marocaine"],
        ["Domicile", "8 rue des Acacias, Saint-Marcel", "même adresse depuis novembre 2025 (déclaré)"],
        ["Titre de séjour", "—", "Aucun — visa de court séjour expiré le 2 octobre 2025"],
    ]),
    ("h", "Audition commune (16 février 2026, 14 h) puis auditions séparées"),
    ("p", "Audition conduite par M. Gilles Marcheteau, adjoint, assisté de Mme Yasmina Hadjadj. Mme El Khaldi s'exprime en arabe et en français ; elle a décliné l'interprète proposé."),
    ("p", "Les futurs époux déclarent s'être rencontrés sur un réseau social en mai 2025 puis avoir fait connaissance « en vrai » lors du séjour touristique de Mme El Khaldi en août. Interrogé séparément, M. Martineau ne connaît ni la date de naissance de sa future épouse, ni le nom de ses parents ; il indique qu'elle « a fait des études de commerce » tandis qu'elle déclare être coiffeuse. Elle indique que le mariage lui permettra « d'avoir ses papiers et de faire venir son frère ». M. Martineau, divorcé deux fois, indique avoir versé 4 000 € à « un cousin » de Mme El Khaldi « pour les frais du mariage ». Aucun des deux ne parle la langue de l'autre couramment."),
    ("p", "Le voisinage (signalement anonyme du 9 février) rapporte que Mme El Khaldi n'est vue au domicile que depuis le dépôt du dossier."),
    ("h", "Appréciation et suite"),
    ("p", "Il existe des indices sérieux laissant présumer que le mariage envisagé est susceptible d'être annulé au titre de l'article 146 du code civil (défaut d'intention matrimoniale). Le procureur de la République près le tribunal judiciaire de Poitiers est saisi ce jour ; les intéressés en sont informés. Le procureur dispose de quinze jours pour faire opposition ou surseoir à la célébration."),
    ("p", "Fait à Saint-Marcel-sur-Clain, le 17 février 2026. L'officier de l'état civil, Gilles Marcheteau."),
]

DOCX["s014_liste_grevistes_retenues.docx"] = [
    ("title", "Mouvement de grève du jeudi 12 février 2026 — état des agents grévistes"),
    ("p", "Préavis national déposé par la CGT, FO et SUD Collectivités territoriales (réforme des retraites complémentaires). Transmis par les chefs de service à la DRH pour retenue sur traitement (1/30e par journée, proratisé pour les agents à temps partiel). Document à usage de la paie — ne pas diffuser aux services."),
    ("table", [
        ["Service", "Agent", "Durée", "Observation"],
        ["Restauration scolaire", "Mme Laëtitia GRELIER", "Journée", "Déléguée CGT — a tenu le piquet devant la cuisine centrale"],
        ["Restauration scolaire", "M. Omar BENHADDOU", "Journée", ""],
        ["Restauration scolaire", "Mme Pascale JAMET", "Journée", ""],
        ["Écoles / ATSEM", "Mme Sandrine JOUBERT", "—", "En arrêt maladie ce jour : non gréviste"],
        ["Écoles / ATSEM", "Mme Nadège BRISSON", "Journée", "Syndiquée SUD, a informé la directrice la veille"],
        ["Écoles / ATSEM", "Mme Khadija OUAZZANI", "Matinée", "Temps partiel 80 %"],
        ["Périscolaire", "M. Kevin DEVAUD", "1 heure (11 h 30 – 12 h 30)", "Grève de la pause méridienne"],
        ["CTM voirie", "M. Thierry MOUNIER", "Journée", "Secrétaire adjoint FO"],
        ["CTM espaces verts", "M. Cédric AUZANNEAU", "Journée", ""],
        ["Accueil / population", "Mme Estelle CHAIGNEAU", "Après-midi", ""],
    ]),
    ("p", "Total : 8 journées complètes, 2 demi-journées, 1 heure. Service minimum assuré dans les écoles (repas froids livrés par la cuisine centrale de Châtellerault)."),
    ("p", "Rappel : aucune mention de la participation à la grève ne doit figurer au dossier individuel des agents."),
    ("p", "Pôle paie — 16/02/2026"),
]

DOCX["s019_signalement_propos_homophobes.docx"] = [
    ("title", "Signalement au titre du dispositif de recueil des atteintes volontaires à l'intégrité physique, des actes de violence, de discrimination, de harcèlement et d'agissements sexistes"),
    ("p", "Communauté d'agglomération Clain et Vonne — cellule d'écoute et de signalement (article L. 135-6 du CGFP) — formulaire confidentiel"),
    ("table", [
        ["Auteur du signalement", "M. Baptiste FOURNIER, agent d'accueil, centre aquatique Aquaclain"],
        ["Date du signalement", "20 février 2026"],
        ["Personne mise en cause", "M. Laurent GIBAULT, maître-nageur sauveteur, même site"],
        ["Témoins cités", "Mme Anaïs Roche (MNS), M. Killian Dubost (agent d'entretien)"],
    ]),
    ("h", "Faits décrits par l'agent"),
    ("p", "« Je travaille à l'accueil d'Aquaclain depuis mai 2024. Lors du repas de fin d'année en décembre, j'ai parlé de mon mari, Julien, avec qui je suis marié depuis l'été dernier. Depuis, M. Gibault fait des remarques presque à chaque fois que nous sommes en poste ensemble."),
    ("p", "Le 8 janvier, devant Anaïs, il a dit : « Fais attention Baptiste, ne te penche pas trop, il y a des mômes. » Le 22 janvier, il a imité une voix efféminée quand je répondais au téléphone. Le 13 février, dans le vestiaire du personnel, il a dit à Killian qu'il « ne se changeait plus quand le pédé était là ». Killian me l'a répété le soir même."),
    ("p", "Je ne suis pas à l'aise pour parler de ma vie privée au travail, et je ne voulais pas que ça se sache au-delà de deux ou trois collègues. Maintenant tout le monde est au courant et j'ai l'impression d'être surveillé. Je demande que ça cesse et je souhaite rencontrer la cellule. »"),
    ("h", "Suite donnée (cellule)"),
    ("p", "Accusé de réception adressé le 23 février. Entretien fixé le 2 mars avec la référente RH et le psychologue du centre de gestion. Information de l'autorité territoriale en vue d'une éventuelle enquête administrative. Confidentialité de l'identité de l'auteur du signalement rappelée aux membres de la cellule."),
]

DOCX["s026_registre_badges_biometriques_ctm.docx"] = [
    ("title", "Contrôle d'accès biométrique — centre technique municipal et magasin carburant"),
    ("p", "Registre des enrôlements — tenu par le service informatique (version du 23/02/2026). Traitement fondé sur l'article 6 du règlement type CNIL « biométrie sur les lieux de travail » : gabarit stocké sur le badge de l'agent, copie de sécurité chiffrée sur le serveur du contrôleur."),
    ("table", [
        ["Agent", "Service", "Doigts enrôlés", "Identifiant gabarit", "Zones autorisées", "Observations"],
        ["GIRAULT Patrice", "Direction CTM", "Index G + D", "FP-0007 / FP-0008", "Toutes zones", ""],
        ["BONNIN Arnaud", "Régie bâtiment", "Index D + majeur D", "FP-0031 / FP-0032", "Portail, ateliers, magasin", ""],
        ["LOPES Franck", "Voirie", "Index G + D", "FP-0044 / FP-0045", "Portail, cuve carburant", "Accès suspendu le 23/02 à la demande de la DRH"],
        ["SAÏD MOHAMED Ahmed", "Espaces verts", "Index G + D", "FP-0051 / FP-0052", "Portail, ateliers", ""],
        ["TEXIER Bruno", "Espaces verts", "Pouce D + index D", "FP-0053 / FP-0054", "Portail, ateliers", "Index G non enrôlable (amputation phalange)"],
        ["RIVET Mélanie", "Magasin", "Index G + D", "FP-0060 / FP-0061", "Toutes zones", ""],
    ]),
    ("h", "Paramètres de l'installation"),
    ("p", "Lecteurs Morpho Sigma Lite (portail, ateliers) et Sigma Extreme (cuve carburant). Seuil de correspondance : FAR 1/10 000. En cas d'échec biométrique, code de secours du portail : 5831# (modifié chaque trimestre). Code maître du contrôleur : détenu par le service informatique et la direction du CTM uniquement."),
    ("p", "Les gabarits sont effacés dans les 7 jours suivant le départ de l'agent. Ce registre ne doit pas être imprimé ni diffusé."),
]

DOCX["s031_signalement_article40_regisseur.docx"] = [
    ("title", "Le Maire de Saint-Marcel-sur-Clain"),
    ("p", "à Monsieur le Procureur de la République près le tribunal judiciaire de Poitiers — 10 place Alphonse-Lepetit, 86000 Poitiers"),
    ("p", "Saint-Marcel-sur-Clain, le 25 février 2026 — Lettre recommandée avec accusé de réception — copie par courriel au parquet"),
    ("p", "Objet : signalement au titre de l'article 40, alinéa 2, du code de procédure pénale — soupçons de détournement de fonds publics à la régie de recettes des animations estivales"),
    ("p", "Monsieur le Procureur de la République,"),
    ("p", "J'ai l'honneur de porter à votre connaissance des faits susceptibles de recevoir la qualification de détournement de fonds publics par une personne chargée d'une mission de service public (article 432-15 du code pénal)."),
    ("p", "M. Nicolas FAVREAU (sans lien avec le conseiller municipal du même nom), adjoint d'animation principal, né le 2 février 1984, est régisseur titulaire de la régie de recettes « animations et guinguette des bords de Clain » depuis mars 2021. Lors de la vérification de la régie effectuée le 10 février 2026 par le comptable public, il a été constaté un écart de 4 320 € entre les recettes enregistrées sur le logiciel de caisse pour la saison 2025 et les versements effectués au Trésor. Les tickets de caisse de 14 soirées ont été annulés a posteriori depuis le poste du régisseur, alors que les animateurs présents attestent d'une forte fréquentation ces soirs-là."),
    ("p", "Entendu le 17 février en présence de la directrice générale des services, M. Favreau a d'abord évoqué des erreurs de saisie, puis a reconnu avoir « emprunté » des espèces à plusieurs reprises en raison de difficultés financières personnelles (pension alimentaire, dettes de jeux en ligne), en affirmant avoir l'intention de rembourser."),
    ("table", [
        ["Pièces jointes", ""],
        ["1", "Procès-verbal de vérification de la régie du 10/02/2026 (DGFiP)"],
        ["2", "Extraction du journal des annulations du logiciel de caisse"],
        ["3", "Attestations de deux animateurs"],
        ["4", "Compte rendu de l'entretien du 17/02/2026"],
    ]),
    ("p", "J'ai mis fin aux fonctions de régisseur de l'intéressé par arrêté du 18 février et je l'ai suspendu de ses fonctions à titre conservatoire. Une procédure disciplinaire sera engagée ; la commune se constituera partie civile."),
    ("p", "Je vous prie d'agréer, Monsieur le Procureur de la République, l'expression de ma haute considération."),
    ("p", "Bertrand Mazières"),
]

DOCX["s036_information_preoccupante_creche.docx"] = [
    ("title", "Multi-accueil Les Câlinous — transmission d'une information préoccupante"),
    ("p", "À l'attention de la Cellule de recueil des informations préoccupantes (CRIP) — Département de la Vienne — par courriel sécurisé, avec copie au médecin de PMI du secteur"),
    ("p", "Saint-Marcel-sur-Clain, le 19 février 2026"),
    ("p", "Madame, Monsieur,"),
    ("p", "Je vous transmets une information préoccupante concernant l'enfant Ethan MOREIRA, né le 28 mars 2024, accueilli au multi-accueil quatre jours par semaine depuis septembre 2025. Ses parents sont Mme Jessica Moreira et M. Anthony Bouchet, domiciliés 7 rue des Frênes à Saint-Marcel."),
    ("p", "Depuis début janvier, l'équipe a relevé à trois reprises des ecchymoses inexpliquées : le 12 janvier sur la joue gauche (« il est tombé du canapé », selon la mère), le 2 février sur l'avant-bras droit, en forme de doigts, et le 18 février derrière l'oreille et sur le haut du dos. Les constats ont été faits par deux professionnelles, notés dans le cahier de transmissions et photographiés avec l'accord de la référente santé, le Dr Roussel, qui a examiné l'enfant le 18 février."),
    ("p", "Ethan, autrefois souriant, pleure désormais beaucoup à l'arrivée de son père le soir et se raidit quand on le change. Il a perdu du poids (courbe en baisse depuis novembre selon le carnet de santé présenté par la mère). La mère nous a confié le 5 février, en pleurs, que « ça ne va pas à la maison, il boit et il s'énerve », avant de se reprendre et de nous demander de « ne rien écrire »."),
    ("p", "Nous n'avons pas informé les parents de cette transmission, compte tenu du risque que cela ferait courir à l'enfant et à sa mère. Nous restons disponibles pour toute évaluation et continuerons à accueillir Ethan selon son contrat."),
    ("p", "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées."),
    ("p", "Corinne Vallée, infirmière puéricultrice, directrice du multi-accueil Les Câlinous — 05 49 41 22 80"),
]

DOCX["s043_plan_securite_carnaval.docx"] = [
    ("title", "DIFFUSION RESTREINTE — Carnaval des écoles du samedi 7 mars 2026"),
    ("p", "Dossier de sécurité — version 3 du 24/02/2026 — destinataires : Maire, DGS, police municipale, gendarmerie (BTA Saint-Marcel), SDIS 86 (CIS Saint-Marcel), CTM. Ne pas transmettre aux associations ni aux parents d'élèves."),
    ("h", "1. Parcours et horaires"),
    ("p", "Rassemblement 14 h 15 place Gambetta ; départ 14 h 45 ; parcours rue Carnot, rue Victor-Hugo (chantier neutralisé pour la journée), avenue du 8-Mai-1945, arrivée parc de la Roseraie vers 15 h 45 ; crémation de Monsieur Carnaval 16 h 15. Public attendu : 1 500 à 2 000 personnes dont 650 enfants."),
    ("h", "2. Dispositif de protection contre les véhicules-béliers"),
    ("table", [
        ["Point", "Localisation", "Moyen", "Responsable"],
        ["P1", "Entrée rue Carnot depuis bd de la République", "Camion-benne CTM en travers + 2 blocs béton", "CTM (M. Bonnin)"],
        ["P2", "Carrefour Victor-Hugo / rue du Puits-Neuf", "Herses mobiles Securimob (2)", "PM"],
        ["P3", "Avenue du 8-Mai-1945 (côté gare)", "Véhicule de gendarmerie", "Gendarmerie"],
        ["P4", "Entrée parc de la Roseraie, portail nord", "Portail fermé + tracteur espaces verts", "CTM"],
    ]),
    ("p", "Point faible identifié : la rue du Four-à-Chaux n'est fermée que par des barrières Vauban entre 15 h et 15 h 30 (pas de véhicule disponible). Prévoir un agent PM en permanence à cet endroit."),
    ("h", "3. Liaisons"),
    ("p", "Canal radio PM : canal 4 (fréquence de repli canal 7). PC sécurité : salle du conseil, hôtel de ville, tenu par le BCP Picard. Point de regroupement des enfants perdus : tente Croix-Rouge, parc de la Roseraie. Accès secours : allée des Marronniers, qui doit rester libre."),
    ("h", "4. Consignes en cas d'alerte"),
    ("p", "Code d'alerte sur le canal radio : « Pierrot rouge » (menace) / « Pierrot vert » (fin d'alerte). Les enseignants sont répartis en tête et en queue de chaque école ; en cas de mouvement de foule, évacuation vers le gymnase des Grandes Bruyères (ouvert et chauffé à partir de 14 h, clés : M. Texier)."),
    ("p", "DIFFUSION RESTREINTE"),
]

DOCX["s046_offre_decomposition_prix_confidentiel.docx"] = [
    ("title", "CONFIDENTIEL — SECRET DES AFFAIRES"),
    ("p", "Offre de la société Collecte Services Centre-Ouest (CSCO) — Marché n° 2025-DEC-07 de la Communauté d'agglomération Clain et Vonne : collecte en porte-à-porte des ordures ménagères résiduelles et des emballages — Lot 2 (secteur Sud)"),
    ("p", "Annexe financière n° 3 : décomposition du prix global et forfaitaire. Les informations ci-dessous relèvent du secret des affaires au sens de l'article L. 151-1 du code de commerce et de l'article L. 311-6 du code des relations entre le public et l'administration. Le candidat s'oppose à leur communication à tout tiers, y compris après attribution."),
    ("table", [
        ["Poste", "Montant annuel HT", "Commentaire"],
        ["Personnel de conduite et ripeurs (11,4 ETP)", "498 300 €", "Taux horaire chargé 36,10 € (accord d'entreprise du 12/2024)"],
        ["Amortissement des bennes (4 BOM 19 t GNV + 1 réserve)", "187 500 €", "Acquisition 2026, durée 7 ans, valeur résiduelle 12 %"],
        ["Carburant GNV", "96 400 €", "Contrat d'approvisionnement Endesa à 0,98 €/kg, garanti 3 ans"],
        ["Maintenance / pneumatiques", "71 200 €", "Atelier interne de Châtellerault"],
        ["Encadrement et frais de structure", "58 900 €", "Quote-part siège : 6,5 %"],
        ["Aléas", "14 000 €", ""],
        ["Marge", "39 700 €", "4,7 % — taux réduit consenti pour entrer sur le territoire"],
        ["TOTAL", "966 000 €", ""],
    ]),
    ("h", "Méthodologie propre (savoir-faire)"),
    ("p", "Optimisation des tournées par notre logiciel interne RouteOpti (développement propre, non commercialisé) permettant de réduire de 9 % les kilomètres parcourus par rapport aux tournées actuelles, grâce à une collecte monoface sur les voies de moins de 5 m et à une bascule des tournées du jeudi vers le mercredi après-midi. La cartographie des tournées optimisées jointe en annexe 7 ne doit pas être transmise aux candidats évincés."),
    ("p", "Fait à Châtellerault le 15 janvier 2026 — Le directeur général, Bruno Vergnaud"),
]

DOCX["s051_note_tourisme_etude_reproduite.docx"] = [
    ("title", "Note à l'attention du Bureau communautaire — Stratégie touristique : éléments de marché"),
    ("p", "Direction du développement économique et du tourisme — 20 février 2026 — rédigée par Amélie Sorin, chargée de mission"),
    ("p", "Pour nourrir la réflexion sur l'avenir de la base de loisirs de la Vonne, vous trouverez ci-dessous les pages 42 à 47 de l'étude « Le marché des loisirs de plein air en France — Tendances et perspectives 2025-2030 » publiée par le cabinet Xerfi Precepta (référence 5DIS61, prix public 1 950 € HT), acquise par l'office de tourisme pour son propre usage sous licence mono-poste."),
    ("h", "Reproduction — Chapitre 3.2 « Les bases de loisirs face au défi de la rentabilité »"),
    ("p", "« Le modèle économique des bases de loisirs gérées en régie par les collectivités apparaît de plus en plus fragile. Sur l'échantillon de 84 équipements étudiés, le taux de couverture des charges d'exploitation par les recettes propres n'atteint que 38 % en moyenne, avec une forte dispersion : les bases bénéficiant d'une offre d'hébergement (camping, hébergements insolites) atteignent 61 %, contre 24 % pour les sites limités à la baignade et aux activités nautiques. La saisonnalité reste le principal frein : 72 % de la fréquentation se concentre sur sept semaines. »"),
    ("p", "« Trois leviers se dégagent de nos entretiens avec les gestionnaires : l'allongement de la saison par une programmation d'activités terrestres (trail, VTT, tir à l'arc, course d'orientation), le développement d'une clientèle de groupes (séminaires d'entreprises, accueils scolaires hors juillet-août) et le recours à des délégations de service public adossées à des investissements privés dans l'hébergement. Ce dernier modèle, en forte croissance depuis 2019, suppose toutefois une taille critique que peu d'équipements ruraux atteignent. »"),
    ("p", "« Nos projections tablent sur une croissance annuelle moyenne de 2,8 % du chiffre d'affaires du secteur d'ici 2030, tirée par la demande de tourisme de proximité, mais nuancée par la hausse des coûts énergétiques et la raréfaction de la ressource en eau, qui conduit déjà certaines préfectures à restreindre la baignade en plan d'eau en période estivale. » (fin de l'extrait, tableaux 3.4 à 3.7 reproduits en annexe)"),
    ("h", "Application à Clain et Vonne"),
    ("p", "Avec un taux de couverture de 29 % en 2025, la base de la Vonne se situe dans la moyenne basse des sites sans hébergement. Une étude d'opportunité sur un projet d'hébergements légers pourrait être inscrite au budget 2027."),
]

DOCX["s053_projet_reorganisation_confidentiel.docx"] = [
    ("title", "CONFIDENTIEL — NE PAS DIFFUSER"),
    ("p", "Projet de réorganisation des services municipaux — document de travail n° 2 — direction générale des services — 23 février 2026. Destinataires : M. le Maire, Mme la DGS, M. le DRH. Ce document n'a pas été présenté au comité social territorial et ne peut en aucun cas être communiqué aux agents ou aux organisations syndicales avant la séance de consultation."),
    ("h", "1. Constats"),
    ("p", "La structure actuelle (7 directions, 31 services) date de 2014. Elle se caractérise par des lignes hiérarchiques longues dans les services techniques, un doublonnement entre le CCAS et le service logement, et une dispersion des fonctions support (4 cellules « marchés » distinctes)."),
    ("h", "2. Scénario retenu pour la consultation"),
    ("table", [
        ["Mesure", "Effet sur les postes", "Calendrier"],
        ["Fusion des directions Éducation et Enfance-Jeunesse", "Suppression d'un poste de directeur (départ en retraite non remplacé)", "1er septembre 2026"],
        ["Création d'une direction de la commande publique mutualisée avec l'agglomération", "Transfert de 3 agents à l'agglomération", "1er janvier 2027"],
        ["Externalisation du nettoyage des bâtiments administratifs", "Redéploiement de 6 agents d'entretien", "Rentrée 2026"],
        ["Fermeture de la mairie annexe de la Varenne le samedi matin", "Aucun", "Avril 2026"],
        ["Regroupement du service logement au sein du CCAS", "Aucun", "1er juillet 2026"],
    ]),
    ("h", "3. Points de vigilance"),
    ("p", "L'annonce de l'externalisation du nettoyage est sensible en période électorale : il est proposé de ne pas l'évoquer avant l'installation du nouveau conseil. L'économie attendue sur l'ensemble du plan est de 410 000 € par an à l'horizon 2028, à ne pas communiquer à ce stade."),
    ("p", "CONFIDENTIEL — NE PAS DIFFUSER"),
]

DOCX["s058_conseil_medical_ordre_du_jour.docx"] = [
    ("title", "Conseil médical départemental de la Vienne — formation restreinte"),
    ("p", "Séance du mardi 10 mars 2026 — dossiers présentés par la Ville de Saint-Marcel-sur-Clain — tableau établi par la DRH (pôle santé au travail) le 25 février 2026. Pli confidentiel — secret médical."),
    ("table", [
        ["Agent", "Grade / service", "Objet de la saisine", "Éléments"],
        ["Mme Sandrine JOUBERT", "ATSEM", "Temps partiel thérapeutique", "Reprise après chirurgie du rachis ; restrictions du médecin du travail"],
        ["M. Didier CAILLAUD", "Adjoint technique, espaces verts", "Congé de longue durée (renouvellement)", "Troubles dépressifs récurrents ; CLD depuis le 02/06/2025"],
        ["M. Rudy PASQUET", "Gardien-brigadier, police municipale", "Imputabilité au service d'un accident", "Rupture du ligament croisé du genou droit lors d'une intervention le 14/12/2025 ; opéré le 08/01/2026"],
        ["M. Jean-Marc TOUZEAU", "Agent de maîtrise, CTM", "Mise à la retraite pour invalidité", "Sclérose en plaques évolutive ; inaptitude totale et définitive à toutes fonctions selon le Dr Lagarde"],
        ["Mme Aminata KONÉ", "Auxiliaire de puériculture", "Disponibilité d'office après épuisement des droits", "Cancer du sein, traitements en cours ; CLM épuisé au 28/02/2026"],
    ]),
    ("p", "Les expertises ont été réalisées par les médecins agréés désignés par le secrétariat du conseil médical. Les agents ont été informés de la date de séance et de leur droit à consulter leur dossier et à se faire représenter par un médecin de leur choix."),
    ("p", "Gestionnaire : Mme Laetitia Roux, pôle santé au travail — poste 3024"),
]

DOCX["s061_convocation_entretien_prealable_licenciement.docx"] = [
    ("title", "Ville de Saint-Marcel-sur-Clain — Direction des ressources humaines"),
    ("p", "Lettre recommandée avec accusé de réception et remise en main propre contre décharge"),
    ("p", "M. Anthony GUILLEMOT — 5 résidence du Parc — 86410 Saint-Marcel-sur-Clain"),
    ("p", "Saint-Marcel-sur-Clain, le 20 février 2026"),
    ("p", "Objet : convocation à un entretien préalable à un licenciement pour insuffisance professionnelle"),
    ("p", "Monsieur,"),
    ("p", "Vous occupez depuis le 1er avril 2024, en qualité d'agent contractuel de catégorie B (article L. 332-8 du code général de la fonction publique), le poste de technicien informatique et réseaux. Votre contrat, d'une durée de trois ans, prend fin le 31 mars 2027."),
    ("p", "Depuis plusieurs mois, votre hiérarchie a relevé des insuffisances répétées dans l'exercice de vos missions, malgré l'accompagnement mis en place après votre entretien professionnel de janvier 2025 : délais de traitement des demandes d'assistance très supérieurs à ceux de vos collègues (en moyenne 6,2 jours contre 1,8), sauvegardes des serveurs de l'hôtel de ville non vérifiées pendant neuf semaines à l'automne 2025, ayant conduit à la perte définitive de données du service urbanisme lors de l'incident du 3 décembre, et absence de mise à jour de la documentation technique malgré trois rappels écrits (5 septembre, 14 octobre et 9 janvier)."),
    ("p", "En conséquence, j'envisage de prononcer votre licenciement pour insuffisance professionnelle, en application de l'article 39-2 du décret n° 88-145 du 15 février 1988."),
    ("p", "Je vous convoque à un entretien préalable le mardi 3 mars 2026 à 10 h, à l'hôtel de ville, bureau du directeur des ressources humaines. Vous pouvez vous faire accompagner par la personne de votre choix. Vous avez le droit d'obtenir communication intégrale de votre dossier individuel et de tous les documents annexes ; vous pouvez le consulter dès réception de la présente, sur rendez-vous auprès de Mme Laetitia Roux (poste 3024)."),
    ("p", "La commission consultative paritaire compétente sera saisie à l'issue de l'entretien si la procédure est poursuivie."),
    ("p", "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées."),
    ("p", "Pour le Maire et par délégation, le Directeur des ressources humaines, Antoine Guérin"),
]

DOCX["s068_cr_cellule_veille_sociale.docx"] = [
    ("title", "Cellule de veille sociale des personnes vulnérables — réunion du 24 février 2026"),
    ("p", "CCAS de Saint-Marcel-sur-Clain — participants : Nadia Benslimane (CCAS), Élodie Marsac (CCAS), Dr Fabienne Sicot (CPTS Nord-Vienne), Mathilde Oger (service d'aide à domicile ADMR), Laurent Picard (police municipale), Corinne Bertin (Habitat de la Vienne), Jérôme Faure (MDS, Département). Compte rendu nominatif — usage strictement réservé aux membres, soumis au secret professionnel partagé."),
    ("table", [
        ["Personne", "Situation exposée", "Décisions"],
        ["M. Roger BAUDOUIN, 79 ans, 14 rue Basse", "Accumulation massive d'objets et de déchets dans le logement (syndrome de Diogène), odeurs signalées par les voisins, refus de toute aide. Chute probable (hématome au visage vu par le facteur le 18/02).", "Visite conjointe CCAS + médecin traitant le 27/02 ; signalement au juge des tutelles envisagé ; pas d'intervention de l'hygiène à ce stade."],
        ["Mme Josiane LAVAUD, 86 ans, résidence des Acacias", "Troubles cognitifs en aggravation (diagnostic de maladie d'Alzheimer posé en 2024), se perd dans le quartier, ramenée deux fois par la PM. Fils à l'étranger.", "Demande APA en urgence ; dossier EHPAD ; orientation vers la plateforme de répit ; le fils sera rappelé."],
        ["M. et Mme GAUTIER, 71 et 68 ans, lotissement des Bruyères", "Dette d'énergie 2 300 €, logement non chauffé depuis janvier (radiateurs coupés pour économiser). M. Gautier sous oxygène à domicile.", "FSL énergie + aide CCAS ; signalement au fournisseur (client protégé) ; passage infirmier quotidien confirmé."],
        ["M. Kévin ROCHE, 42 ans, sans domicile", "Dort dans sa voiture sur le parking de la gare depuis la rupture avec sa compagne ; alcoolisation importante ; refuse l'hébergement d'urgence à Poitiers.", "Maintien du lien par l'équipe mobile ; domiciliation CCAS effectuée ; proposition de rendez-vous au CSAPA."],
    ]),
    ("p", "Prochaine réunion : mardi 24 mars 2026, 14 h, CCAS."),
]

# ---------------------------------------------------------------- sovereign .html

HTML["s006_intranet_rh_temps_partiel_therapeutique.html"] = (
    "Intranet RH — Suivi des dossiers — Mme Hélène Vachon",
    """
<header><p>Intranet de la Ville de Saint-Marcel-sur-Clain &gt; Espace RH &gt; Dossiers agents (accès restreint : pôle carrières, pôle santé au travail)</p></header>
<h1>Fiche de suivi — VACHON Hélène (matricule 00417)</h1>
<table>
<tr><th>Grade</th><td>Rédacteur principal de 1re classe</td></tr>
<tr><th>Affectation</th><td>Service de la commande publique</td></tr>
<tr><th>Quotité</th><td>100 % — temps partiel thérapeutique 50 % à compter du 02/03/2026</td></tr>
</table>
<h2>Historique</h2>
<ul>
<li><strong>14/03/2025</strong> — Début d'arrêt maladie. Congé de longue maladie accordé le 22/05/2025 (conseil médical) : cancer du côlon, chirurgie puis chimiothérapie jusqu'en décembre.</li>
<li><strong>20/01/2026</strong> — Demande de temps partiel thérapeutique déposée par l'agent, certificat de l'oncologue joint.</li>
<li><strong>12/02/2026</strong> — Visite de pré-reprise (Dr Lagarde) : reprise possible à mi-temps, le matin uniquement ; pas de déplacement sur les chantiers ; aménagement d'un poste proche des sanitaires ; télétravail 1 jour/semaine recommandé en raison de la fatigue persistante et de la stomie temporaire.</li>
<li><strong>23/02/2026</strong> — Arrêté de TPT 50 % pour 3 mois signé (réf. RH-2026-0158).</li>
</ul>
<h2>Actions à mener (gestionnaire : L. Roux)</h2>
<ol>
<li>Prévenir M. Blanchard (chef de service) des horaires de reprise — <em>sans mention du diagnostic</em>.</li>
<li>Bureau 214 (rez-de-chaussée) à libérer pour le 02/03 ; commande d'un fauteuil ergonomique.</li>
<li>Entretien de reprise avec la DRH la première semaine.</li>
<li>Renouvellement du TPT à instruire avant le 15/05/2026.</li>
</ol>
<footer><p>Dernière modification : 23/02/2026 16:02 par lroux</p></footer>
""",
)

HTML["s016_formulaire_regime_alimentaire.html"] = (
    "Portail Famille — Demande de régime alimentaire — accusé de réception",
    """
<h1>Portail Famille — Ville de Saint-Marcel-sur-Clain</h1>
<p>Votre demande n° <strong>RA-2026-0047</strong> a bien été transmise au service Restauration scolaire le 17/02/2026 à 21:34.</p>
<h2>Récapitulatif</h2>
<table>
<tr><th>Responsable légal</th><td>M. David ABITBOL — 3 allée des Charmes — 06 63 20 41 88</td></tr>
<tr><th>Enfants concernés</th><td>Noa ABITBOL (CE1, école Condorcet) ; Eden ABITBOL (moyenne section, école Les Tilleuls)</td></tr>
<tr><th>Type de demande</th><td>Autre (préciser)</td></tr>
<tr><th>Allergie ou intolérance attestée par un médecin</th><td>Non</td></tr>
</table>
<h2>Votre message</h2>
<blockquote><p>Bonjour, nous avons emménagé à Saint-Marcel en janvier. Notre famille est juive pratiquante et nous respectons la cacheroute : les enfants ne peuvent manger ni porc, ni viande non casher, ni mélange viande et lait dans le même repas. Dans notre ancienne commune (Villeurbanne) ils prenaient le menu végétarien tous les jours. Est-ce possible ici ? Si c'est compliqué nous pouvons fournir un panier-repas. Par ailleurs ils seront absents les 2 et 3 avril pour Pessa'h, faut-il décommander les repas ? Merci d'avance, David Abitbol</p></blockquote>
<p>Le service vous répondra sous 10 jours ouvrés. Pour toute question : restauration@saintmarcel-clain.fr</p>
""",
)

HTML["s021_ticket_dsi_changement_prenom.html"] = (
    "GLPI — Ticket #2026-0318 — Mise à jour identité agent",
    """
<h1>Ticket #2026-0318 — Mise à jour de l'identité d'un agent dans les applications</h1>
<p><strong>Demandeur :</strong> Antoine Guérin (DRH) — <strong>Attribué à :</strong> Julien Carré (DSI, administrateur AD) — <strong>Priorité :</strong> haute — <strong>Catégorie :</strong> Comptes et accès — <strong>Visibilité :</strong> privée</p>
<h2>Description</h2>
<p>Bonjour Julien,</p>
<p>Une agente de la médiathèque, actuellement enregistrée sous « Thomas LECOMTE » (matricule 00588), est en transition de genre et a obtenu son changement de prénom à l'état civil par décision de l'officier d'état civil de Châtellerault du 4 février 2026. Elle s'appelle désormais <strong>Lina LECOMTE</strong>. Le changement de la mention du sexe est en cours devant le tribunal.</p>
<p>Merci de mettre à jour, avant son retour de congés le 2 mars :</p>
<ul>
<li>compte Active Directory et adresse mail (lina.lecomte@… — garder l'ancienne adresse en alias masqué pendant 3 mois, sans réponse automatique) ;</li>
<li>annuaire interne et organigramme en ligne ;</li>
<li>badge d'accès (nouvelle photo fournie par l'agente) ;</li>
<li>logiciel de planning et SIGB de la médiathèque ;</li>
<li>le logiciel de paie sera traité par nos soins.</li>
</ul>
<p>Merci de n'en parler à personne et de ne pas indiquer le motif dans les autres tickets ou dans le journal de modifications visible par les correspondants informatiques. L'agente a demandé à ce que ses collègues soient informés par elle-même, la semaine prochaine.</p>
<h2>Suivi</h2>
<p><em>24/02/2026 09:12 — J. Carré :</em> Pris en charge. Compte AD et messagerie modifiés, alias créé. Badge à récupérer à l'accueil DSI jeudi.</p>
""",
)

HTML["s029_mail_casier_animateur.html"] = (
    "Courriel — Recrutement animateurs vacances de printemps",
    """
<p><strong>De :</strong> Julien Papin, coordinateur enfance-jeunesse<br>
<strong>À :</strong> Antoine Guérin, DRH<br>
<strong>Date :</strong> jeudi 19 février 2026, 15:47<br>
<strong>Objet :</strong> Recrutement animateurs vacances de printemps — M. Teddy JEAN-LOUIS</p>
<p>Bonjour Antoine,</p>
<p>Comme pour chaque recrutement d'animateur, on a fait la vérification dans l'application TAM (SDJES) pour les 14 vacataires des vacances de printemps. Pour 13 d'entre eux rien à signaler.</p>
<p>Pour <strong>M. Teddy JEAN-LOUIS</strong> (BAFA, 23 ans, candidat pour l'ALSH des Grandes Bruyères), la consultation du FIJAIS est négative, mais le SDJES nous a signalé que le bulletin n° 2 de son casier judiciaire porte une condamnation du tribunal correctionnel de Pointe-à-Pitre du 7 juin 2023 à 6 mois d'emprisonnement avec sursis pour violences volontaires en réunion et détention de stupéfiants. Il ne nous en avait pas parlé à l'entretien, où il avait pourtant très bien présenté.</p>
<p>Cette condamnation n'est pas automatiquement incompatible (ce n'est pas une des infractions de l'article L. 133-6 du CASF), mais je ne me vois pas lui confier un groupe de 8-10 ans seul. Je propose de ne pas donner suite et de le lui dire sobrement, sans motiver par écrit. Tu valides ?</p>
<p>Julien</p>
""",
)

HTML["s032_deliberation_protection_fonctionnelle_adjoint.html"] = (
    "Délibération n° 2026-026 — Protection fonctionnelle d'un élu",
    """
<h1>Commune de Saint-Marcel-sur-Clain — Conseil municipal du 19 février 2026</h1>
<h2>Délibération n° 2026-026 — Octroi de la protection fonctionnelle à M. Michel Brunet, adjoint au maire</h2>
<p>Rapporteur : Mme Sylvie Ragot, première adjointe. M. Brunet, intéressé, a quitté la salle et ne prend part ni au débat ni au vote.</p>
<p>Mme Ragot expose que M. Michel Brunet, adjoint chargé de la voirie et des travaux, a été entendu sous le régime de l'audition libre le 29 janvier 2026 par la section de recherches de Poitiers, dans le cadre d'une enquête préliminaire ouverte par le parquet national financier pour des faits présumés de prise illégale d'intérêts et de favoritisme, en lien avec l'attribution en 2023 de marchés de travaux de voirie à une entreprise dont son beau-frère est actionnaire minoritaire. M. Brunet a été informé le 11 février qu'il était convoqué en vue d'une éventuelle mise en examen devant le juge d'instruction du pôle économique et financier de Bordeaux le 24 mars 2026.</p>
<p>En application de l'article L. 2123-34 du code général des collectivités territoriales, la commune est tenue d'accorder sa protection à l'élu faisant l'objet de poursuites pénales à l'occasion de faits qui n'ont pas le caractère de faute détachable de l'exercice de ses fonctions. M. Brunet conteste toute irrégularité et indique s'être déporté lors de la commission d'appel d'offres de 2023, ce que le procès-verbal de la commission semble confirmer.</p>
<p>La protection prend la forme de la prise en charge des frais d'avocat, dans la limite des honoraires fixés par la convention produite (180 € HT de l'heure, plafond de 8 000 € HT), le contrat d'assurance « protection juridique des élus » de la commune intervenant en premier lieu. Elle pourra être retirée s'il est établi que les faits constituent une faute personnelle.</p>
<p>Le conseil municipal, après en avoir délibéré, par 24 voix pour, 3 contre et 3 abstentions :</p>
<ul><li>ACCORDE la protection fonctionnelle à M. Michel Brunet dans les conditions exposées ci-dessus ;</li>
<li>AUTORISE la première adjointe à signer la convention d'honoraires.</li></ul>
""",
)

HTML["s035_refus_domiciliation.html"] = (
    "CCAS — Décision de refus d'élection de domicile",
    """
<h1>Centre communal d'action sociale de Saint-Marcel-sur-Clain</h1>
<p>Décision n° DOM-2026-012 du 24 février 2026</p>
<p>Monsieur Bilal HOTAK<br>Remise en main propre au guichet du CCAS</p>
<h2>Objet : refus d'élection de domicile</h2>
<p>Monsieur,</p>
<p>Vous avez sollicité le 16 février 2026 votre domiciliation administrative auprès du CCAS.</p>
<p>Lors de l'entretien d'instruction, vous avez indiqué être de nationalité afghane, être arrivé en France en mars 2024, avoir vu votre demande d'asile rejetée par l'OFPRA puis par la Cour nationale du droit d'asile le 9 janvier 2026, et avoir dû quitter votre place au centre d'accueil de demandeurs d'asile de Poitiers le 31 janvier. Vous dormez depuis au centre d'hébergement d'urgence de Poitiers et vous avez déclaré n'avoir aucune attache à Saint-Marcel-sur-Clain (ni séjour, ni activité, ni suivi social, ni famille) ; vous avez été orienté vers notre CCAS par un compatriote.</p>
<p>L'article L. 264-4 du code de l'action sociale et des familles permet au CCAS de refuser l'élection de domicile des personnes qui ne présentent aucun lien avec la commune. Je ne peux donc donner une suite favorable à votre demande.</p>
<p>Vous pouvez être domicilié auprès du CCAS de Poitiers, commune où vous séjournez, ou de l'association agréée La Croix-Rouge — plateforme de domiciliation, 10 rue du Pigeon-Blanc à Poitiers. Nous avons pris contact avec cette association, qui vous recevra le jeudi 26 février à 10 h. L'association La Cimade tient par ailleurs une permanence juridique à Poitiers le mercredi après-midi pour les personnes ayant reçu une décision de rejet de la CNDA.</p>
<p>Cette décision peut faire l'objet d'un recours devant le tribunal administratif de Poitiers dans un délai de deux mois.</p>
<p>Pour le Président du CCAS, la Directrice, Nadia Benslimane</p>
""",
)

HTML["s042_mail_transcription_adoption.html"] = (
    "Courriel — Mention d'adoption plénière",
    """
<p><strong>De :</strong> Parquet du tribunal judiciaire de Poitiers — service civil<br>
<strong>À :</strong> etat-civil@saintmarcel-clain.fr<br>
<strong>Date :</strong> 20/02/2026 10:18<br>
<strong>Objet :</strong> Jugement d'adoption plénière — transcription et mise à jour de l'acte de naissance</p>
<p>Madame, Monsieur l'officier de l'état civil,</p>
<p>Vous trouverez ci-joint, pour exécution, le dispositif du jugement rendu le 22 janvier 2026 par le tribunal judiciaire de Poitiers (RG 25/01874), devenu irrévocable, prononçant l'adoption plénière de l'enfant <strong>Maëlys Jade ROUSSEL</strong>, née le 14 avril 2019 à Saint-Marcel-sur-Clain, par Mme Émilie GARNIER épouse ROUSSEAU, épouse de sa mère, Mme Lucie ROUSSEL épouse ROUSSEAU.</p>
<p>L'enfant portera désormais le nom <strong>ROUSSEL-ROUSSEAU</strong>. Le jugement tient lieu d'acte de naissance de l'adoptée à compter de sa transcription sur les registres de l'état civil du lieu de naissance. L'acte de naissance d'origine sera revêtu de la mention « adoption » et considéré comme nul ; il ne pourra plus être délivré aucune copie ni aucun extrait de l'acte d'origine, sauf autorisation du procureur.</p>
<p>Je vous saurais gré de procéder à la transcription dans les meilleurs délais et de me faire retour de l'avis de transcription.</p>
<p>Nous vous rappelons qu'aucune information relative à la filiation d'origine (père non déclaré) ne doit figurer sur les copies délivrées.</p>
<p>Pour le Procureur de la République, la greffière du service civil, Sandrine Maupetit</p>
<p><em>PJ : dispositif du jugement (3 p.) ; certificat de non-appel</em></p>
""",
)

HTML["s047_rapport_analyse_offres_restauration.html"] = (
    "Rapport d'analyse des offres — Fourniture de denrées pour la cuisine centrale — lot 4",
    """
<p style="text-align:right">Document interne — avant attribution — ne pas communiquer aux candidats</p>
<h1>Rapport d'analyse des offres</h1>
<p>Ville de Saint-Marcel-sur-Clain — Accord-cadre 2026-REST-02 « Fourniture de denrées alimentaires pour la cuisine centrale » — Lot 4 : viandes fraîches et volailles (label et bio) — procédure d'appel d'offres ouvert — rédacteur : Laure Pinçon, responsable restauration, avec l'appui du service commande publique — 23/02/2026</p>
<h2>1. Offres reçues</h2>
<table border="1">
<tr><th>Candidat</th><th>Montant DQE HT</th><th>Prix unitaire sauté de dinde Label Rouge (€/kg)</th><th>Prix unitaire bœuf haché bio 15 % (€/kg)</th><th>Part locale (&lt; 150 km)</th></tr>
<tr><td>Boucherie Richard Frères (Loudun)</td><td>212 480,50 €</td><td>11,20</td><td>13,95</td><td>82 %</td></tr>
<tr><td>Pomona PassionFroid (agence de Poitiers)</td><td>196 912,00 €</td><td>9,85</td><td>12,40</td><td>35 %</td></tr>
<tr><td>SAS Volailles du Haut-Poitou</td><td>204 770,25 €</td><td>10,10</td><td>14,60</td><td>91 %</td></tr>
</table>
<h2>2. Analyse des prix</h2>
<p>Pomona propose l'offre la moins disante mais a indiqué lors de la demande de précisions du 12 février appliquer une remise de 8 % « consentie uniquement pour gagner le marché » et facturer séparément la livraison des commandes de moins de 150 kg (27 € HT par livraison), ce qui concerne environ un tiers des commandes. Richard Frères présente une marge brute annoncée dans son mémoire de 18 %, avec un approvisionnement auprès de l'abattoir de Bressuire ; l'entreprise a précisé que ses prix sur la volaille sont alignés sur ses coûts d'achat de janvier et ne seraient tenables qu'avec la clause de révision mensuelle proposée.</p>
<h2>3. Classement proposé</h2>
<ol><li>SAS Volailles du Haut-Poitou — 87,6 / 100</li><li>Boucherie Richard Frères — 85,1 / 100</li><li>Pomona PassionFroid — 81,9 / 100</li></ol>
<p>Proposition d'attribution à la SAS Volailles du Haut-Poitou, sous réserve de la production des attestations sociales et fiscales.</p>
""",
)

HTML["s050_livret_exposition_extrait_roman.html"] = (
    "Médiathèque des Tanneries — Livret de l'exposition « Les rivières racontent »",
    """
<h1>« Les rivières racontent » — exposition du 3 au 28 mars 2026</h1>
<p>Médiathèque des Tanneries — Livret du visiteur (version imprimable, 12 pages)</p>
<h2>Salle 2 — Le Clain vu par les écrivains</h2>
<p>Pour accompagner les photographies de Luc Vinatier, nous reproduisons ici en intégralité le premier chapitre du roman <em>La Maison des éclusiers</em> de Claire Dutheil (Éditions du Seuil, 2021, p. 9-22), avec l'aimable indulgence de l'autrice, qui viendra le présenter le 14 mars.</p>
<blockquote>
<p>Chapitre 1 — Les hautes eaux</p>
<p>L'hiver où la rivière est montée jusqu'à la troisième marche, ma grand-mère a refusé de quitter la maison. Elle a posé les chaises sur la table de la cuisine, roulé le tapis, monté les photographies au grenier dans une boîte à chaussures, et elle s'est assise dans l'escalier, les pieds au sec, pour regarder l'eau prendre possession de tout ce qu'elle avait aimé.</p>
<p>Mon père était venu la chercher avec la barque des Moreau. Il avait crié depuis le portail, puis depuis la fenêtre, puis il avait fini par entrer, de l'eau jusqu'aux cuisses, et par s'asseoir à côté d'elle. Ils étaient restés là jusqu'à la nuit, sans un mot, à écouter le courant cogner contre les volets. Je crois que c'est cette nuit-là que j'ai compris que les rivières ne reprennent jamais que ce qu'on leur a pris.</p>
<p>Au matin, l'eau avait commencé à baisser. Elle laissait derrière elle une ligne brune sur les murs, à hauteur d'enfant, que personne n'a jamais repeinte. Ma grand-mère disait que c'était la signature du Clain, et qu'on ne rature pas une signature.</p>
<p>[…] Il y avait, dans cette maison, une odeur que je n'ai retrouvée nulle part ailleurs : la vase, la cire, la fumée froide du poêle, et quelque chose de sucré qui venait des pommes rangées sur les claies du cellier. Quand j'y pense aujourd'hui, c'est cette odeur qui revient d'abord, avant les visages. […]</p>
</blockquote>
<p>© Éditions du Seuil, 2021. Tous droits réservés.</p>
<h2>Salle 3 — Crues historiques : 1913, 1982, 1995</h2>
<p>Archives municipales et fonds photographique de la Société des amis du vieux Saint-Marcel.</p>
""",
)

HTML["s056_declaration_accident_service.html"] = (
    "Déclaration d'accident de service — formulaire en ligne",
    """
<h1>Déclaration d'accident de service ou de trajet</h1>
<p>Communauté d'agglomération Clain et Vonne — Direction de la collecte et de la valorisation des déchets — formulaire saisi par le chef d'équipe le 25/02/2026 à 13:20 — transmis au pôle santé au travail et au médecin de prévention</p>
<table>
<tr><th>Agent victime</th><td>M. Jason MERCIER, adjoint technique (ripeur), né le 30/11/1998</td></tr>
<tr><th>Date et heure</th><td>25/02/2026 à 7 h 40</td></tr>
<tr><th>Lieu</th><td>Rue des Chaumes, Saint-Marcel-sur-Clain, tournée S4</td></tr>
<tr><th>Circonstances</th><td>En déposant un bac de 240 l dans le lève-conteneur, l'agent a été piqué à la main gauche par une seringue usagée qui dépassait d'un sac non fermé dans le bac d'ordures ménagères.</td></tr>
<tr><th>Nature des lésions</th><td>Piqûre profonde de la paume gauche, saignement. Conduit aux urgences du CH de Châtellerault pour prise en charge du risque d'exposition au sang : traitement post-exposition antirétroviral prescrit pour 28 jours, sérologies VIH, hépatites B et C à J0, à refaire à 6 semaines et 3 mois. Vaccination hépatite B à jour.</td></tr>
<tr><th>Arrêt de travail</th><td>Oui, 5 jours (effets indésirables du traitement)</td></tr>
<tr><th>Témoins</th><td>M. Fabrice Léger (chef d'équipe), M. Yanis Bouaziz (chauffeur)</td></tr>
</table>
<p>Observation du chef d'équipe : l'agent portait ses gants anti-coupure réglementaires. Le bac appartient au 12 rue des Chaumes ; un courrier sera adressé à l'usager. L'agent est très inquiet dans l'attente des résultats ; proposer un rendez-vous avec le psychologue du travail.</p>
""",
)

HTML["s060_mail_ehpad_procurations.html"] = (
    "Courriel — Procurations des résidents pour les municipales",
    """
<p><strong>De :</strong> Animation — EHPAD Les Glycines<br>
<strong>À :</strong> elections@saintmarcel-clain.fr<br>
<strong>Cc :</strong> Dr Benoît Lamy, médecin coordonnateur<br>
<strong>Date :</strong> lundi 23 février 2026, 14:05<br>
<strong>Objet :</strong> procurations résidents — passage d'un OPJ ?</p>
<p>Bonjour Madame Hadjadj,</p>
<p>Comme pour les européennes, plusieurs résidents souhaitent voter par procuration aux municipales. Pourriez-vous demander à la gendarmerie de passer à l'EHPAD pour les établir, comme la dernière fois ? Voici où nous en sommes :</p>
<ul>
<li>Mme Yvette DUPUIS (ch. 12) — donne procuration à sa fille. Très à l'aise, aucun souci.</li>
<li>M. Jacques BONNEAU (ch. 18) — grabataire depuis son AVC, mais tout à fait lucide ; procuration à son voisin de palier de l'époque, M. Ferreira.</li>
<li>Mme Paulette GIRARD (ch. 21) — maladie d'Alzheimer à un stade avancé ; sous tutelle (UDAF). Sa fille insiste pour avoir une procuration « pour faire voter maman comme elle a toujours voté ». Le Dr Lamy estime que Mme Girard n'est pas en mesure d'exprimer une volonté. Que doit-on faire ?</li>
<li>M. Lucien MARTEAU (ch. 7) — aveugle, il voudrait aller voter lui-même avec l'aide d'une animatrice, est-ce possible ?</li>
</ul>
<p>Merci de votre retour,<br>Aurélie Chardon, animatrice</p>
""",
)

HTML["s063_rapport_fin_stage_prolongation.html"] = (
    "Rapport de fin de stage — proposition de prolongation",
    """
<h1>Rapport de l'autorité territoriale sur la manière de servir d'un fonctionnaire stagiaire</h1>
<p>Ville de Saint-Marcel-sur-Clain — Police municipale — document destiné à la commission administrative paritaire (catégorie C) — 26/02/2026</p>
<table>
<tr><th>Stagiaire</th><td>M. Kylian BOURDEAU, gardien-brigadier stagiaire</td></tr>
<tr><th>Date de nomination stagiaire</th><td>1er mars 2025 (stage d'un an, formation initiale d'application au CNFPT effectuée de mars à août 2025)</td></tr>
<tr><th>Maître de stage</th><td>BCP Laurent Picard</td></tr>
</table>
<h2>Appréciation</h2>
<p>M. Bourdeau fait preuve d'une bonne condition physique et d'une présentation correcte. Ses connaissances juridiques, validées en formation, sont satisfaisantes.</p>
<p>En revanche, plusieurs difficultés ont été relevées au cours des six derniers mois de stage :</p>
<ul>
<li>rédaction des rapports et procès-verbaux très insuffisante : 11 procès-verbaux électroniques annulés par l'officier du ministère public pour vice de forme depuis septembre ;</li>
<li>manque de discernement en intervention : le 14 novembre, il a engagé seul une poursuite à pied d'un mineur, hors de la présence de son binôme et sans en rendre compte par radio ;</li>
<li>retards répétés à la prise de service (7 retards relevés en janvier-février 2026) ;</li>
<li>difficulté à accepter les observations de sa hiérarchie, qualifiées par lui-même de « flicage ».</li>
</ul>
<p>Il est juste de relever que M. Bourdeau s'est montré réactif et courageux lors de l'incendie de la rue des Halles en décembre.</p>
<h2>Proposition</h2>
<p>La titularisation ne peut être proposée en l'état. Il est proposé de prolonger le stage pour une durée de six mois, avec un tutorat renforcé sur la rédaction et un point mensuel écrit. À défaut d'amélioration, un licenciement pour insuffisance professionnelle en fin de stage sera envisagé.</p>
<p>L'intéressé a pris connaissance du présent rapport le 26/02/2026 et souhaite présenter des observations écrites.</p>
""",
)

HTML["s065_incident_mediatheque_usager.html"] = (
    "Main courante médiathèque — incident du 21/02/2026",
    """
<h1>Fiche incident — médiathèque des Tanneries</h1>
<p><strong>Date :</strong> samedi 21 février 2026, 15 h 10 — <strong>Rédigée par :</strong> Lucas Morin, assistant de conservation — <strong>Transmise à :</strong> Laurence Aubry (directrice), cabinet du maire, police municipale</p>
<h2>Usager concerné</h2>
<p>M. Frédéric SALAÜN, lecteur inscrit (carte n° 0021784), environ 50 ans, habitué de l'espace presse.</p>
<h2>Faits</h2>
<p>M. Salaün s'est mis à parler fort à l'espace presse, expliquant à d'autres lecteurs que « les ondes du wifi de la médiathèque » lui envoyaient des voix et que le personnel « travaillait pour ceux qui le surveillent ». Invité par moi à baisser la voix, il s'est levé, a renversé le présentoir des quotidiens et m'a dit : « Toi je connais ta voiture, je vais te crever, je sais où tu habites. » Deux familles avec enfants présentes à proximité ont quitté les lieux.</p>
<p>Sa sœur, jointe grâce à la fiche d'inscription, nous a expliqué qu'il souffre de schizophrénie, qu'il a arrêté son traitement depuis plusieurs semaines et qu'il est normalement suivi au CMP de Châtellerault ; elle a dit qu'elle allait contacter son psychiatre.</p>
<p>La police municipale est intervenue à 15 h 25 ; M. Salaün est parti de lui-même avant son arrivée.</p>
<h2>Suites proposées</h2>
<ul>
<li>Dépôt de plainte de l'agent pour menaces de mort (prévu lundi à la gendarmerie, avec le soutien de la collectivité) ;</li>
<li>arrêté d'exclusion temporaire de l'usager de la médiathèque pour trois mois (article 12 du règlement intérieur), à notifier en tenant compte de sa situation ;</li>
<li>information de la cellule de veille sociale du CCAS.</li>
</ul>
""",
)

HTML["s067_fsl_eau_abandon_creance.html"] = (
    "Régie des eaux — demande d'abandon de créance",
    """
<h1>Communauté d'agglomération Clain et Vonne — Régie des eaux</h1>
<h2>Proposition d'abandon partiel de créance et de saisine du Fonds de solidarité logement (volet eau)</h2>
<p>Commission des impayés du 26 février 2026 — dossier présenté par Mme Sophie Landry, chargée de clientèle</p>
<table>
<tr><th>Abonné</th><td>Mme Kadiatou SYLLA — 4 rue des Frênes, appt 12, Saint-Marcel-sur-Clain — contrat n° 0486217</td></tr>
<tr><th>Montant dû</th><td>1 146,38 € (factures de juin 2024 à décembre 2025)</td></tr>
<tr><th>Origine de la dette</th><td>Fuite sur la chasse d'eau non détectée pendant 5 mois (consommation de 212 m³ sur le semestre au lieu de 35), puis impayés courants</td></tr>
</table>
<h3>Situation exposée par le travailleur social (MDS de Châtellerault)</h3>
<p>Mme Sylla élève seule ses trois enfants depuis le décès de son conjoint en 2023. Elle perçoit le RSA majoré et les prestations familiales (1 612 € au total). Elle fait l'objet d'une procédure de surendettement (plan imposé par la commission de la Banque de France le 4 novembre 2025, effacement partiel des dettes de loyer). L'eau n'a pas été coupée ni le débit réduit, ces mesures étant interdites pour une résidence principale.</p>
<h3>Proposition</h3>
<ul>
<li>Écrêtement de la facture au titre de la loi Warsmann (fuite après compteur) : − 534,20 € ;</li>
<li>Saisine du FSL volet eau pour 300 € ;</li>
<li>Abandon de créance de la régie : 150 € ;</li>
<li>Échéancier du solde (162,18 €) sur 12 mois.</li>
</ul>
<p>Avis de la commission : favorable à l'unanimité.</p>
""",
)

HTML["s075_rapport_enquete_administrative_harcelement.html"] = (
    "Rapport d'enquête administrative — service des espaces verts",
    """
<p><strong>CONFIDENTIEL — destinataire unique : M. le Maire</strong></p>
<h1>Rapport d'enquête administrative</h1>
<p>Saisine : lettre de mission du Maire du 5 janvier 2026 — enquêteurs : Mme Claire Vasseur (DGS) et M. Hervé Lamotte (consultant, cabinet Prévenir RH) — rapport remis le 24 février 2026</p>
<h2>1. Objet</h2>
<p>Établir la matérialité des faits de harcèlement moral et de discrimination syndicale dénoncés le 12 décembre 2025 par M. Pascal ROY, jardinier principal, à l'encontre de son responsable, M. Cédric AUZANNEAU, chef d'équipe des espaces verts.</p>
<h2>2. Déroulement</h2>
<p>Quatorze agents ont été entendus entre le 12 janvier et le 13 février 2026, dont le plaignant, la personne mise en cause et douze collègues. Chacun a relu et signé son audition.</p>
<h2>3. Constats</h2>
<p>M. Roy est secrétaire de la section CGT de la ville depuis mars 2025 et a, à ce titre, porté en comité social territorial la question des heures supplémentaires non récupérées aux espaces verts. Plusieurs témoins concordants rapportent qu'à compter d'avril 2025, M. Auzanneau a systématiquement affecté M. Roy aux tâches les plus pénibles (débroussaillage des talus, seul), lui a retiré la conduite de l'épareuse qu'il assurait depuis 12 ans, et a déclaré à au moins deux reprises devant l'équipe que « les syndicalistes, ça n'a qu'à aller bosser à la CGT ».</p>
<p>M. Roy a été placé en arrêt de travail du 3 au 28 novembre 2025 ; le certificat mentionne un « syndrome anxio-dépressif réactionnel en lien avec les conditions de travail ».</p>
<p>L'enquête a également recueilli des témoignages relatifs à des propos à caractère raciste tenus par M. Auzanneau à l'égard d'un autre agent, qui font l'objet d'un signalement distinct.</p>
<h2>4. Conclusions</h2>
<p>Les enquêteurs estiment les faits de harcèlement moral et de discrimination en raison de l'activité syndicale établis. Ils recommandent l'engagement d'une procédure disciplinaire à l'encontre de M. Auzanneau, son changement d'affectation à titre conservatoire, l'octroi de la protection fonctionnelle à M. Roy et la reconnaissance de l'imputabilité au service de son arrêt de novembre.</p>
""",
)

# ---------------------------------------------------------------- public .docx

DOCX["p077_cr_commission_affaires_scolaires.docx"] = [
    ("title", "Commission municipale « Éducation, enfance, jeunesse »"),
    ("p", "Compte rendu de la réunion du lundi 16 février 2026, 18 h 30, salle des commissions"),
    ("p", "Présents : M. Olivier N'Diaye (adjoint, président de la commission), Mme Josette Rivière, M. Pierre-Yves Le Goff, Mme Aïcha Boutaleb, Mme Nadège Perrin. Services : Mme Isabelle Charrier (directrice éducation enfance), M. Julien Papin (coordinateur enfance-jeunesse), Mme Laure Pinçon (responsable restauration). Excusé : M. Hugues Favreau."),
    ("h", "1. Carte scolaire et effectifs de la rentrée 2026"),
    ("p", "La direction académique a annoncé le 6 février la fermeture d'une classe à l'école élémentaire Jules-Ferry (effectifs prévisionnels : 164 élèves pour 7 classes) et l'ouverture d'une classe à la maternelle Condorcet. La commission regrette la fermeture, qui portera la moyenne à 23,4 élèves par classe à Jules-Ferry, et propose que le maire adresse un courrier au DASEN en soulignant le nombre d'élèves à besoins éducatifs particuliers accueillis dans l'école (dispositif ULIS)."),
    ("table", [
        ["École", "Effectif 2025", "Prévision 2026", "Classes 2026"],
        ["Maternelle Les Tilleuls", "118", "112", "5"],
        ["Maternelle Condorcet", "96", "109", "5 (+1)"],
        ["Élémentaire Jules-Ferry", "171", "164", "7 (−1)"],
        ["Élémentaire Condorcet", "203", "206", "9"],
        ["Primaire du Bois-Pouvreau", "58", "61", "3"],
    ]),
    ("h", "2. Restauration scolaire"),
    ("p", "Mme Pinçon présente le bilan EGAlim 2025 (54 % de produits durables dont 27 % bio) et le projet de renouvellement de l'accord-cadre de denrées. La commission émet un avis favorable au projet de tarifs pour la rentrée 2026, qui sera soumis au conseil du 19 février. Mme Boutaleb souhaite que le nombre de familles bénéficiant des trois premières tranches soit communiqué : 31 % des enfants inscrits."),
    ("h", "3. Carnaval des écoles"),
    ("p", "Le carnaval aura lieu le samedi 7 mars sur le thème « Les rivières ». Les écoles et l'accueil de loisirs préparent les costumes ; la crémation de Monsieur Carnaval aura lieu au parc de la Roseraie."),
    ("h", "4. Accueil des enfants en situation de handicap sur les temps périscolaires"),
    ("p", "M. Papin indique que 14 enfants bénéficient cette année d'un accompagnement sur la pause méridienne ou à l'accueil de loisirs, dont 9 avec un animateur supplémentaire financé par la CAF (fonds « publics et territoires »). La commission souhaite que la formation des animateurs à l'accueil des enfants autistes soit généralisée."),
    ("h", "5. Questions diverses"),
    ("p", "Les travaux d'isolation de l'école du Bois-Pouvreau auront lieu pendant les vacances d'été."),
    ("p", "Fin de réunion à 20 h 15. Compte rendu établi par Mme Isabelle Charrier."),
]

DOCX["p087_deliberation_rifseep_cadre_emplois.docx"] = [
    ("title", "Conseil municipal du 19 février 2026 — Délibération n° 2026-020"),
    ("p", "Objet : régime indemnitaire tenant compte des fonctions, des sujétions, de l'expertise et de l'engagement professionnel (RIFSEEP) — extension au cadre d'emplois des policiers municipaux et actualisation des plafonds"),
    ("p", "Rapporteur : M. le Maire"),
    ("p", "Vu le code général de la fonction publique, notamment ses articles L. 714-1 et suivants ; vu le décret n° 2014-513 du 20 mai 2014 ; vu le décret n° 2024-614 du 26 juin 2024 relatif au régime indemnitaire des agents de police municipale ; vu la délibération n° 2023-041 du 30 mars 2023 instaurant le RIFSEEP ; vu l'avis du comité social territorial du 3 février 2026,"),
    ("p", "Le maire expose que la réforme du régime indemnitaire de la police municipale impose de définir avant le 1er juillet 2026 les modalités de l'indemnité spéciale de fonction et d'engagement (ISFE). Il est proposé de retenir les montants suivants, le reste du dispositif étant inchangé."),
    ("table", [
        ["Groupe de fonctions", "Emplois", "Part fixe annuelle maximale", "Part variable annuelle maximale"],
        ["PM-1", "Chef de service de police municipale", "8 400 €", "1 600 €"],
        ["PM-2", "Brigadier-chef principal adjoint au chef de service", "6 600 €", "1 200 €"],
        ["PM-3", "Gardien-brigadier", "5 400 €", "1 000 €"],
    ]),
    ("p", "La part variable est attribuée chaque année au vu de l'entretien professionnel, selon les critères fixés par la délibération de 2023. Le régime indemnitaire est maintenu dans les mêmes proportions que le traitement en cas de congé de maladie ordinaire, d'accident de service, de maternité, de paternité et d'adoption ; il est maintenu à hauteur de 33 % pendant les congés de longue maladie et de grave maladie."),
    ("p", "Le conseil municipal, après en avoir délibéré, à l'unanimité, ADOPTE les dispositions ci-dessus, applicables au 1er mars 2026, et DIT que les crédits sont inscrits au chapitre 012."),
]

DOCX["p094_avis_appel_concurrence_restauration.docx"] = [
    ("title", "AVIS D'APPEL PUBLIC À LA CONCURRENCE"),
    ("p", "Ville de Saint-Marcel-sur-Clain — Accord-cadre de fourniture de denrées alimentaires pour la cuisine centrale municipale (2026-REST-02)"),
    ("h", "Section I — Acheteur"),
    ("p", "Ville de Saint-Marcel-sur-Clain, place de la Mairie, 86410 Saint-Marcel-sur-Clain. Type d'acheteur : collectivité territoriale. Profil acheteur : https://marches.saintmarcel-clain.fr. Les documents de la consultation sont accessibles gratuitement, sans restriction, sur le profil acheteur."),
    ("h", "Section II — Objet"),
    ("p", "Fourniture de denrées alimentaires pour la confection d'environ 1 350 repas par jour scolaire (écoles, multi-accueils, accueil de loisirs, portage de repas à domicile du CCAS). Accord-cadre à bons de commande mono-attributaire par lot, conclu pour un an à compter du 1er mai 2026, reconductible trois fois. Procédure : appel d'offres ouvert (articles R. 2124-2 et R. 2161-2 à R. 2161-5 du code de la commande publique)."),
    ("table", [
        ["Lot", "Intitulé", "Montant maximum annuel HT"],
        ["1", "Épicerie et produits secs", "110 000 €"],
        ["2", "Produits laitiers et ovoproduits", "95 000 €"],
        ["3", "Fruits et légumes frais (dont 40 % bio)", "120 000 €"],
        ["4", "Viandes fraîches et volailles (label et bio)", "240 000 €"],
        ["5", "Surgelés", "85 000 €"],
        ["6", "Pain et viennoiseries (boulangers de la commune)", "38 000 €"],
    ]),
    ("h", "Section III — Conditions de participation et critères"),
    ("p", "Critères d'attribution : qualité des produits (45 %), prix (35 %), performances en matière de développement des approvisionnements directs de produits de l'agriculture et de protection de l'environnement (20 %). Une visite de la cuisine centrale est proposée le 4 février 2026. Les candidats peuvent présenter une offre pour un ou plusieurs lots."),
    ("h", "Section IV — Procédure"),
    ("p", "Date limite de réception des offres : vendredi 13 février 2026 à 12 h. Délai de validité des offres : 150 jours. Instance chargée des procédures de recours : tribunal administratif de Poitiers. Date d'envoi du présent avis : 9 janvier 2026."),
]

DOCX["p096_cr_formation_specialisee_sst.docx"] = [
    ("title", "Formation spécialisée en matière de santé, de sécurité et de conditions de travail (F3SCT)"),
    ("p", "Ville de Saint-Marcel-sur-Clain et CCAS — procès-verbal de la séance du mardi 17 février 2026"),
    ("p", "Président : M. Bertrand Mazières, maire. Représentants de la collectivité : Mme Isabelle Fradet, M. Gilles Marcheteau. Représentants du personnel : 3 titulaires CGT, 2 titulaires FO, 1 titulaire SUD. Assistent : Mme Claire Vasseur (DGS), M. Antoine Guérin (DRH), Dr Marie-Paule Lagarde (médecin du travail), M. Loïc Renard (conseiller de prévention)."),
    ("h", "1. Bilan des accidents du travail et maladies professionnelles 2025"),
    ("table", [
        ["Indicateur", "2024", "2025"],
        ["Accidents de service avec arrêt", "27", "22"],
        ["Accidents de trajet avec arrêt", "4", "6"],
        ["Jours d'arrêt liés aux accidents", "1 184", "902"],
        ["Maladies professionnelles reconnues", "3", "4"],
        ["Taux de fréquence", "41,2", "33,8"],
    ]),
    ("p", "Les accidents concernent principalement les services techniques (manutention, chutes de plain-pied) et les écoles (postures, port d'enfants). Les maladies professionnelles reconnues relèvent toutes du tableau 57 (troubles musculo-squelettiques)."),
    ("h", "2. Document unique d'évaluation des risques professionnels"),
    ("p", "M. Renard présente la mise à jour du DUERP. Les représentants du personnel demandent que les risques psychosociaux liés aux agressions verbales à l'accueil et au CCAS soient mieux pris en compte. Il est décidé de créer un groupe de travail et d'équiper les postes d'accueil d'un bouton d'alerte discret."),
    ("h", "3. Visite du centre technique municipal"),
    ("p", "La délégation a visité le CTM le 3 février. Constats : vestiaires hommes sous-dimensionnés, absence de vestiaire femmes séparé aux espaces verts, éclairage insuffisant du magasin. Travaux programmés au budget 2026."),
    ("h", "4. Questions diverses"),
    ("p", "Le représentant SUD interroge la collectivité sur le suivi des agents exposés aux produits phytosanitaires avant 2017 ; le médecin du travail indique qu'un suivi post-exposition peut être proposé à tout agent qui en fait la demande."),
    ("p", "Avis sur le programme annuel de prévention 2026 : favorable à l'unanimité des représentants du personnel."),
]

DOCX["p097_rapport_social_unique_synthese.docx"] = [
    ("title", "Rapport social unique 2025 — synthèse"),
    ("p", "Ville de Saint-Marcel-sur-Clain — données au 31 décembre 2025 — présenté au comité social territorial du 3 février 2026"),
    ("h", "Effectifs"),
    ("table", [
        ["", "Titulaires", "Contractuels permanents", "Total"],
        ["Catégorie A", "19", "4", "23"],
        ["Catégorie B", "48", "6", "54"],
        ["Catégorie C", "201", "22", "223"],
        ["Total", "268", "32", "300"],
    ]),
    ("p", "Femmes : 61 % des effectifs, 57 % des emplois de direction. Âge moyen : 47,3 ans ; 28 % des agents ont 55 ans ou plus."),
    ("h", "Absences"),
    ("p", "Le nombre moyen de jours d'absence pour raisons de santé (maladie ordinaire, longue maladie, longue durée, accidents et maladies professionnelles) s'établit à 34,1 jours par agent, contre 37,0 en 2024. La maladie ordinaire représente 58 % des jours d'absence. 9 agents sont en congé de longue maladie ou de longue durée au 31 décembre. 6 procédures de reclassement pour inaptitude ont été engagées."),
    ("h", "Handicap"),
    ("p", "La collectivité emploie 24 bénéficiaires de l'obligation d'emploi des travailleurs handicapés, soit un taux d'emploi direct de 7,8 % (obligation légale : 6 %)."),
    ("h", "Rémunérations et égalité professionnelle"),
    ("p", "Rémunération brute mensuelle moyenne (titulaires, équivalent temps plein) : 2 412 €. L'écart de rémunération entre femmes et hommes est de 4,1 % en faveur des hommes, principalement lié aux heures supplémentaires et astreintes des services techniques."),
    ("h", "Relations sociales et discipline"),
    ("p", "6 jours de grève ont été suivis en 2025 (taux moyen de participation : 11 %). 4 sanctions disciplinaires ont été prononcées (3 du premier groupe, 1 du deuxième groupe). Le comité social territorial s'est réuni 5 fois."),
]

DOCX["p099_cr_clspd_pleniere.docx"] = [
    ("title", "Conseil local de sécurité et de prévention de la délinquance (CLSPD) de Saint-Marcel-sur-Clain"),
    ("p", "Relevé de conclusions de la séance plénière du vendredi 20 février 2026 — hôtel de ville"),
    ("p", "Sous la présidence de M. Bertrand Mazières, maire, en présence de M. Vincent Garreau, directeur de cabinet du préfet de la Vienne, de Mme Anne-Laure Texier, substitute du procureur de la République près le tribunal judiciaire de Poitiers, du capitaine Sébastien Moal, commandant la compagnie de gendarmerie de Châtellerault, de M. Frédéric Pichon, inspecteur de l'Éducation nationale, et des représentants du Département, de la protection judiciaire de la jeunesse, du SPIP, des bailleurs sociaux, de l'ADSEA et du CIDFF."),
    ("h", "1. État de la délinquance en 2025 (gendarmerie)"),
    ("table", [
        ["Indicateur", "2024", "2025", "Évolution"],
        ["Atteintes volontaires à l'intégrité physique", "148", "161", "+ 8,8 %"],
        ["dont violences intrafamiliales", "71", "83", "+ 16,9 %"],
        ["Cambriolages de logements", "64", "49", "− 23,4 %"],
        ["Vols liés aux véhicules", "92", "88", "− 4,3 %"],
        ["Infractions à la législation sur les stupéfiants", "57", "73", "+ 28,1 %"],
        ["Escroqueries", "112", "131", "+ 17,0 %"],
    ]),
    ("p", "Le capitaine Moal souligne que la hausse des violences intrafamiliales traduit aussi une libération de la parole et un meilleur accueil des victimes. La hausse des infractions sur les stupéfiants résulte de l'activité de contrôle renforcée aux abords de la gare."),
    ("h", "2. Politique pénale"),
    ("p", "Mme Texier présente les priorités du parquet : traitement rapide des violences conjugales (éviction du conjoint violent, téléphones grave danger), lutte contre les trafics de stupéfiants, recours aux travaux d'intérêt général. Elle rappelle la possibilité pour le maire de procéder à des rappels à l'ordre (article L. 132-7 du code de la sécurité intérieure) : 12 rappels à l'ordre ont été prononcés en 2025, principalement pour des incivilités de mineurs."),
    ("h", "3. Stratégie territoriale 2026-2028"),
    ("p", "Trois axes sont adoptés : prévention de la délinquance des jeunes (éducateurs de prévention, chantiers éducatifs), prévention des violences faites aux femmes et des violences intrafamiliales (convention CIDFF, logement d'urgence), tranquillité publique (vidéoprotection, participation citoyenne, médiation)."),
    ("h", "4. Cellules de travail"),
    ("p", "La cellule de veille « jeunes en risque de basculement » et la cellule de suivi des violences intrafamiliales continueront à se réunir en format restreint, sous le régime de l'échange d'informations confidentielles prévu par l'article L. 132-5 du code de la sécurité intérieure. Leurs travaux ne font pas l'objet de comptes rendus nominatifs diffusés en plénière."),
    ("p", "Coordination : Mme Hélène Beaufils, coordinatrice du CLSPD."),
]

DOCX["p107_deliberation_garantie_emprunt_bailleur.docx"] = [
    ("title", "Délibération n° 2026-024 — Conseil municipal du 19 février 2026"),
    ("p", "Objet : garantie d'emprunt accordée à Habitat de la Vienne pour la réhabilitation thermique de la résidence Les Castors (96 logements locatifs sociaux)"),
    ("p", "Rapporteure : Mme Sylvie Ragot"),
    ("p", "Vu les articles L. 2252-1 et L. 2252-2 du code général des collectivités territoriales ; vu l'article 2305 du code civil ; vu le contrat de prêt n° 171204 signé entre l'OPH Habitat de la Vienne, ci-après l'emprunteur, et la Caisse des dépôts et consignations,"),
    ("p", "La résidence Les Castors, construite en 1972, fait l'objet d'un programme de réhabilitation thermique visant à passer de l'étiquette E à l'étiquette B : isolation par l'extérieur, remplacement des menuiseries, ventilation, chaudières collectives à condensation. Les loyers resteront inchangés ; la baisse des charges de chauffage est estimée à 35 %. Les locataires ont été consultés lors de deux réunions publiques."),
    ("table", [
        ["Caractéristiques du prêt", "Ligne PAM Éco-prêt", "Ligne PAM"],
        ["Montant", "1 920 000 €", "1 340 000 €"],
        ["Durée", "25 ans", "25 ans"],
        ["Index", "Livret A", "Livret A"],
        ["Marge fixe sur index", "− 0,45 %", "+ 0,60 %"],
        ["Quotité garantie par la commune", "50 %", "50 %"],
    ]),
    ("p", "Le conseil municipal, après en avoir délibéré, à l'unanimité : ACCORDE sa garantie à hauteur de 50 % pour le remboursement d'un prêt d'un montant total de 3 260 000 € souscrit par l'emprunteur auprès de la Caisse des dépôts et consignations ; S'ENGAGE, pendant toute la durée du prêt, à libérer en cas de besoin des ressources suffisantes pour couvrir les charges du prêt ; OBTIENT en contrepartie la réservation de 10 logements au profit de la commune."),
]

DOCX["p111_deliberation_tableau_effectifs.docx"] = [
    ("title", "Délibération n° 2026-018 — Modification du tableau des emplois permanents"),
    ("p", "Conseil municipal de Saint-Marcel-sur-Clain — séance du 19 février 2026 — rapporteur : M. le Maire"),
    ("p", "Conformément à l'article L. 313-1 du code général de la fonction publique, les emplois de chaque collectivité sont créés par l'organe délibérant. Il est proposé les modifications suivantes, après avis du comité social territorial du 3 février 2026 :"),
    ("table", [
        ["Service", "Emploi", "Cadre d'emplois", "Temps", "Mouvement", "Motif"],
        ["CCAS (mise à disposition)", "Travailleur social", "Assistants socio-éducatifs", "TC", "Création", "Renfort de l'accompagnement RSA"],
        ["Police municipale", "Gardien-brigadier", "Agents de police municipale", "TC", "Création", "Extension des horaires"],
        ["Éducation", "ATSEM", "ATSEM", "TC", "Création", "Ouverture de classe à Condorcet"],
        ["Éducation", "Adjoint technique (entretien)", "Adjoints techniques", "TNC 28 h", "Suppression", "Fermeture de classe à Jules-Ferry"],
        ["Sports", "Responsable du service des sports", "Conseillers des APS / éducateurs des APS", "TC", "Modification", "Ouverture aux deux cadres d'emplois"],
        ["Services techniques", "Technicien informatique", "Techniciens", "TC", "Maintien", "—"],
    ]),
    ("p", "En cas de recrutement infructueux de fonctionnaire, les emplois pourront être pourvus par des agents contractuels en application de l'article L. 332-8 du code général de la fonction publique ; leur rémunération sera fixée par référence à la grille du grade de recrutement."),
    ("p", "Le conseil municipal, après en avoir délibéré, à l'unanimité, ADOPTE le tableau des emplois modifié, annexé à la présente, au 1er mars 2026."),
]

DOCX["p115_synthese_analyse_besoins_sociaux.docx"] = [
    ("title", "Analyse des besoins sociaux 2025 — synthèse"),
    ("p", "CCAS de Saint-Marcel-sur-Clain — document présenté au conseil d'administration du 18 février 2026 — réalisé avec l'appui du Compas et de l'INSEE (données 2021-2024)"),
    ("h", "Les chiffres clés"),
    ("table", [
        ["Indicateur", "Saint-Marcel-sur-Clain", "Vienne", "France métropolitaine"],
        ["Taux de pauvreté (seuil 60 %)", "15,8 %", "14,2 %", "14,5 %"],
        ["Taux de pauvreté des moins de 30 ans", "24,1 %", "22,0 %", "21,4 %"],
        ["Familles monoparentales parmi les familles avec enfants", "27 %", "23 %", "25 %"],
        ["Allocataires du RSA (foyers)", "612", "—", "—"],
        ["Part des 75 ans et plus vivant seuls", "43 %", "41 %", "40 %"],
        ["Taux de chômage (au sens du recensement)", "11,9 %", "10,8 %", "11,3 %"],
    ]),
    ("h", "Ce que montre l'analyse"),
    ("p", "La pauvreté se concentre dans les quartiers de la Varenne et de la Gare, où le revenu médian est inférieur de 30 % à la moyenne communale. Le nombre de demandes d'aides facultatives a augmenté de 22 % entre 2022 et 2025, avec une forte progression des demandes liées à l'énergie et à l'alimentation, et l'apparition de nouveaux publics : retraités aux petites pensions, travailleurs à temps partiel, étudiants en alternance."),
    ("p", "Le vieillissement de la population (un habitant sur sept a plus de 75 ans en 2025) accroît les besoins d'accompagnement à domicile et de lutte contre l'isolement. 38 % des personnes âgées interrogées lors de l'enquête de terrain déclarent ne voir personne au moins une journée par semaine."),
    ("p", "Les professionnels soulignent les difficultés d'accès aux soins (départ de trois médecins généralistes non remplacés depuis 2022) et à la santé mentale (délais de 6 mois au CMP)."),
    ("h", "Pistes d'action"),
    ("p", "Renforcer l'aller-vers (permanences dans les quartiers, bus France Services) ; développer l'épicerie sociale ; créer un plan de lutte contre l'isolement des aînés avec les associations ; travailler avec l'agglomération à une tarification sociale de l'eau."),
]

DOCX["p120_rapport_orientation_budgetaire_extrait.docx"] = [
    ("title", "Rapport d'orientation budgétaire 2026 — extraits"),
    ("p", "Ville de Saint-Marcel-sur-Clain — présenté au conseil municipal du 29 janvier 2026 (débat d'orientation budgétaire) — budget primitif voté le 19 février 2026"),
    ("h", "1. Contexte"),
    ("p", "La loi de finances pour 2026 prévoit une contribution des collectivités au redressement des finances publiques, qui se traduit pour la commune par une baisse estimée de 180 000 € de ses ressources (dispositif de lissage conjoncturel et gel de la DGF). L'inflation s'établirait à 1,3 %."),
    ("h", "2. Section de fonctionnement"),
    ("table", [
        ["", "CA 2024", "CA 2025 (prov.)", "BP 2026"],
        ["Recettes réelles de fonctionnement", "22,84 M€", "23,31 M€", "23,52 M€"],
        ["Dépenses réelles de fonctionnement", "19,70 M€", "20,28 M€", "20,74 M€"],
        ["dont charges de personnel", "12,06 M€", "12,48 M€", "12,81 M€"],
        ["Épargne brute", "3,14 M€", "3,03 M€", "2,78 M€"],
    ]),
    ("p", "Les charges de personnel progressent de 2,6 % sous l'effet du glissement vieillesse-technicité, de la hausse de la cotisation employeur à la CNRACL et des créations de postes (travailleur social, policier municipal, ATSEM). Les taux de fiscalité sont maintenus pour la 8e année consécutive."),
    ("h", "3. Investissement"),
    ("p", "Le programme 2026 s'élève à 6,9 M€ : rénovation énergétique de l'école du Bois-Pouvreau (1,4 M€), réfection de voirie (0,65 M€), extension de la vidéoprotection (0,18 M€), acquisitions foncières pour le projet de maison de santé (0,35 M€), travaux au centre technique municipal (0,42 M€)."),
    ("h", "4. Dette"),
    ("p", "Encours au 1er janvier 2026 : 11,6 M€, soit 650 € par habitant (moyenne de la strate : 890 €). Capacité de désendettement : 3,8 ans. Un emprunt de 2 M€ est prévu en 2026."),
]

DOCX["p128_cr_conseil_ecole_condorcet.docx"] = [
    ("title", "École élémentaire Condorcet — Procès-verbal du conseil d'école du 2e trimestre"),
    ("p", "Jeudi 26 février 2026, 18 h — salle polyvalente de l'école"),
    ("p", "Présents : Mme Sophie Dumontet, directrice, présidente ; les 9 enseignants de l'école ; M. Gilles Marcheteau, adjoint au maire ; Mme Isabelle Charrier, directrice éducation enfance ; 7 représentants titulaires des parents d'élèves (liste FCPE et liste « Parents indépendants Condorcet ») ; M. Frédéric Pichon, IEN (excusé) ; Mme Laure Desmarais, directrice de l'accueil de loisirs."),
    ("h", "1. Effectifs et organisation"),
    ("p", "203 élèves sont inscrits au 26 février. Les prévisions pour la rentrée 2026 sont de 206 élèves ; la structure de 9 classes est maintenue. L'école accueille 11 élèves bénéficiant d'un accompagnement par une AESH ; les familles et l'équipe signalent que 3 notifications MDPH ne sont pas encore couvertes faute de recrutement. Les représentants des parents demandent que la mairie relaie cette difficulté auprès de la direction académique."),
    ("h", "2. Projet d'école et sorties"),
    ("p", "Classe de découverte à l'île d'Oléron pour les CM2 du 11 au 15 mai (financement : coopérative scolaire, subvention municipale de 3 200 €, participation des familles de 95 € modulée selon le quotient familial). Rencontres sportives USEP en avril. Projet « Les rivières » avec la médiathèque et le syndicat de rivière."),
    ("h", "3. Sécurité"),
    ("p", "Un exercice incendie a été réalisé le 15 janvier (évacuation en 2 min 40 s). L'exercice du plan particulier de mise en sûreté « attentat-intrusion » aura lieu en mars. Les parents demandent un agent à la traversée de la rue Condorcet le matin : la mairie étudie le recrutement d'un vacataire."),
    ("h", "4. Questions de la mairie et des parents"),
    ("p", "Restauration : les parents saluent l'amélioration des menus mais signalent le bruit au réfectoire ; des panneaux acoustiques seront posés pendant les vacances d'été. Périscolaire : Mme Desmarais présente les activités de l'accueil de loisirs du mercredi. Travaux : le remplacement des stores des classes du 1er étage est prévu aux vacances de printemps."),
    ("p", "Prochain conseil d'école : jeudi 18 juin 2026. La secrétaire de séance : Mme Céline Arnaud, enseignante de CE2."),
]

DOCX["p134_rpqs_dechets_extrait.docx"] = [
    ("title", "Rapport annuel sur le prix et la qualité du service public de prévention et de gestion des déchets — exercice 2025 (extraits)"),
    ("p", "Communauté d'agglomération Clain et Vonne — 27 communes — 71 400 habitants — présenté au conseil communautaire du 24 février 2026 et tenu à la disposition du public"),
    ("h", "Indicateurs techniques"),
    ("table", [
        ["Flux", "Tonnage 2024", "Tonnage 2025", "kg/hab. 2025"],
        ["Ordures ménagères résiduelles", "15 280 t", "11 496 t", "161"],
        ["Emballages et papiers", "4 120 t", "4 862 t", "68"],
        ["Verre", "2 610 t", "2 749 t", "38"],
        ["Biodéchets (collecte en apport volontaire)", "310 t", "742 t", "10"],
        ["Déchèteries (tous flux)", "18 940 t", "19 320 t", "271"],
    ]),
    ("p", "Taux de valorisation matière et organique : 58 % (objectif légal de 65 % en 2025 non atteint). Les refus de tri représentent 17 % des emballages collectés."),
    ("h", "Indicateurs financiers"),
    ("p", "Coût aidé du service : 98 € HT par habitant (contre 104 € en 2024). Recettes de la REOMi : 8,62 M€. Recettes de valorisation et soutiens des éco-organismes : 2,18 M€. Taux de recouvrement de la redevance au 31/12 : 94,1 %."),
    ("h", "Faits marquants"),
    ("p", "Première année pleine de la redevance incitative ; ouverture de la ressourcerie des Grandes Bruyères (112 t réemployées) ; remplacement de 4 bennes par des véhicules au GNV ; 6 agressions verbales de ripeurs et 2 accidents par piqûre de seringue ont été déclarés, ce qui a conduit à une campagne de sensibilisation sur la collecte des déchets d'activités de soins à risques infectieux (DASRI) en pharmacie."),
]

DOCX["p138_pv_commission_appel_offres.docx"] = [
    ("title", "Commission d'appel d'offres — procès-verbal de la réunion du 26 février 2026"),
    ("p", "Ville de Saint-Marcel-sur-Clain — Accord-cadre 2026-REST-02 « Fourniture de denrées alimentaires pour la cuisine centrale » — lots 1 à 6"),
    ("p", "Membres présents (voix délibérative) : M. Bertrand Mazières, président ; M. Daniel Coutant, Mme Josette Rivière, M. Pierre-Yves Le Goff, M. Hugues Favreau, titulaires. Assistent avec voix consultative : Mme Laure Pinçon (responsable restauration), M. Romain Sabourin (service commande publique), le comptable public (excusé). Le quorum est atteint."),
    ("p", "La commission prend connaissance du rapport d'analyse des offres établi par les services et procède au choix des attributaires."),
    ("table", [
        ["Lot", "Nombre d'offres", "Attributaire", "Montant estimatif annuel (DQE) HT"],
        ["1 — Épicerie", "4", "Pomona Épisaveurs", "96 214,40 €"],
        ["2 — Produits laitiers", "3", "Laiterie coopérative de Pamplie", "88 507,10 €"],
        ["3 — Fruits et légumes", "5", "SAS Primeurs du Poitou", "109 860,00 €"],
        ["4 — Viandes et volailles", "3", "SAS Volailles du Haut-Poitou", "204 770,25 €"],
        ["5 — Surgelés", "2", "Davigel", "71 938,60 €"],
        ["6 — Pain", "1", "Boulangerie Morisset", "35 420,00 €"],
    ]),
    ("p", "Décision adoptée à l'unanimité des membres présents. M. Favreau demande que la part des produits locaux obtenue soit présentée en commission éducation : 61 % en valeur sur les lots 2, 3, 4 et 6."),
    ("p", "Les candidats non retenus seront informés par courrier en application des articles R. 2181-1 et suivants du code de la commande publique ; le délai de suspension de 11 jours sera respecté avant la signature."),
    ("p", "Le président de la commission, Bertrand Mazières"),
]

DOCX["p143_cr_commission_accessibilite.docx"] = [
    ("title", "Commission communale pour l'accessibilité — réunion annuelle"),
    ("p", "Saint-Marcel-sur-Clain — mercredi 18 février 2026 — compte rendu"),
    ("p", "Présidence : Mme Sylvie Ragot, première adjointe. Membres : représentants de l'APF France handicap (délégation de la Vienne), de l'UNAPEI 86, de la Fédération des aveugles et amblyopes, de l'association des sourds de la Vienne, de l'UFC-Que Choisir, du club des aînés, de l'union des commerçants ; services techniques et urbanisme de la ville ; Transports Clain et Vonne."),
    ("h", "1. Bilan de l'Ad'AP (agenda d'accessibilité programmée)"),
    ("p", "Sur les 54 établissements recevant du public communaux, 46 sont désormais accessibles ou ont fait l'objet d'une dérogation. Les 8 restants (dont l'église Saint-Marcel, l'école du Bois-Pouvreau et les vestiaires du stade) seront traités d'ici 2027. L'APF regrette le retard pris sur les vestiaires, qui empêche l'accueil de la section handisport."),
    ("h", "2. Voirie et espaces publics"),
    ("p", "1,4 km de trottoirs ont été mis aux normes en 2025. Les membres signalent des difficultés persistantes : stationnement sur les trottoirs rue Carnot, terrasses débordant sur le cheminement piéton place du Marché-aux-Grains, absence de bandes d'éveil de vigilance à deux passages piétons de l'avenue de la Gare. La police municipale sera sollicitée pour les contrôles."),
    ("h", "3. Transports"),
    ("p", "Tous les bus urbains sont équipés de rampes et d'annonces sonores et visuelles. Le service de transport à la demande pour les personnes à mobilité réduite a effectué 3 210 courses en 2025 ; les membres demandent l'extension des horaires le samedi."),
    ("h", "4. Services municipaux"),
    ("p", "L'hôtel de ville est équipé depuis janvier d'une boucle magnétique à l'accueil et au guichet état civil, et d'un service d'interprétation en langue des signes à distance (Elioz). La médiathèque a développé un fonds de livres en gros caractères et en « facile à lire et à comprendre » (FALC)."),
    ("p", "Le rapport annuel sera transmis au préfet, au président du conseil départemental et au conseil départemental de la citoyenneté et de l'autonomie."),
]

DOCX["p145_protocole_temps_travail.docx"] = [
    ("title", "Protocole d'accord relatif à l'organisation du temps de travail des services techniques"),
    ("p", "Ville de Saint-Marcel-sur-Clain — accord collectif local conclu en application des articles L. 222-1 et suivants du code général de la fonction publique — 18 février 2026"),
    ("p", "Entre la Ville de Saint-Marcel-sur-Clain, représentée par son maire, et les organisations syndicales représentatives au comité social territorial : CGT, FO et SUD Collectivités territoriales."),
    ("h", "Article 1 — Champ d'application"),
    ("p", "Le présent accord s'applique aux agents du centre technique municipal (voirie, espaces verts, régie bâtiment, magasin, logistique), soit 68 agents."),
    ("h", "Article 2 — Cycles de travail"),
    ("table", [
        ["Période", "Horaires", "Durée hebdomadaire"],
        ["Du 1er avril au 30 septembre", "7 h – 12 h / 13 h – 16 h 30 du lundi au jeudi ; 7 h – 12 h le vendredi", "39 h (23 jours de RTT par an)"],
        ["Du 1er octobre au 31 mars", "8 h – 12 h / 13 h 30 – 17 h du lundi au jeudi ; 8 h – 12 h le vendredi", "34 h"],
    ]),
    ("p", "En période de canicule (vigilance orange ou rouge), les horaires sont avancés d'une heure et les travaux pénibles sont suspendus à partir de 13 h."),
    ("h", "Article 3 — Astreintes et heures supplémentaires"),
    ("p", "Les astreintes de viabilité hivernale sont organisées par roulement de 5 équipes. Les heures supplémentaires sont récupérées ou indemnisées au choix de l'agent, dans la limite de 25 heures par mois."),
    ("h", "Article 4 — Suivi"),
    ("p", "Un comité de suivi composé de représentants de la collectivité et des organisations signataires se réunit une fois par an. L'accord est conclu pour trois ans ; il est publié sur l'intranet et transmis au centre de gestion."),
    ("p", "Pour la Ville : le Maire. Pour les organisations syndicales : le secrétaire du syndicat CGT des territoriaux de Saint-Marcel-sur-Clain ; le secrétaire de la section FO ; la représentante de SUD CT 86."),
]

# ---------------------------------------------------------------- public .html

HTML["p080_offre_emploi_policier_municipal.html"] = (
    "Offre d'emploi — Gardien-brigadier de police municipale (H/F)",
    """
<h1>La Ville de Saint-Marcel-sur-Clain recrute un gardien-brigadier de police municipale (H/F)</h1>
<p><strong>Référence :</strong> 2026-07 — <strong>Cadre d'emplois :</strong> agents de police municipale (catégorie C) — <strong>Recrutement :</strong> par voie de mutation, détachement ou liste d'aptitude — <strong>Temps complet</strong> — <strong>Date limite :</strong> 31 mars 2026</p>
<h2>Le service</h2>
<p>La police municipale de Saint-Marcel-sur-Clain (17 800 habitants, à 20 minutes de Poitiers et de Châtellerault) compte 8 policiers municipaux et 2 ASVP. Elle intervient du lundi au samedi de 7 h à 21 h (22 h 30 en été), dispose d'un CSU de 38 caméras et travaille en étroite coordination avec la brigade de gendarmerie. Les agents sont armés (catégories B et D) et équipés de caméras-piétons.</p>
<h2>Vos missions</h2>
<ul>
<li>Assurer une présence de proximité sur la voie publique (îlotage pédestre et à VTT, surveillance des écoles et des marchés) ;</li>
<li>Faire respecter les arrêtés du maire et constater les infractions relevant de votre compétence ;</li>
<li>Intervenir sur les troubles à la tranquillité publique et les différends de voisinage ;</li>
<li>Participer à la sécurisation des manifestations et aux opérations conjointes avec la gendarmerie ;</li>
<li>Contribuer aux actions de prévention (permis piéton, sécurité routière, tranquillité vacances) ;</li>
<li>Accueillir et orienter les victimes, en particulier de violences intrafamiliales.</li>
</ul>
<h2>Profil</h2>
<ul>
<li>Agrément préfectoral et assermentation, formation initiale validée ;</li>
<li>Permis B ; aptitude médicale au port d'arme ;</li>
<li>Sens du service public, discernement, maîtrise de soi et aptitude au dialogue ;</li>
<li>Bonnes qualités rédactionnelles.</li>
</ul>
<h2>Nous offrons</h2>
<p>Rémunération statutaire, ISFE, NBI, prime de fin d'année ; planning établi un mois à l'avance ; un week-end sur deux non travaillé ; formation continue (tir, GTPI) ; CNAS ; participation à la mutuelle et à la prévoyance.</p>
<p>Candidature (lettre + CV + dernier arrêté de situation) à adresser à M. le Maire — recrutement@saintmarcel-clain.fr. Renseignements : BCP Laurent Picard, chef de service, 05 49 41 30 17.</p>
""",
)

HTML["p081_hommage_ancien_maire.html"] = (
    "Hommage à Roger Pellegrin, maire de Saint-Marcel-sur-Clain de 1983 à 2001",
    """
<article>
<h1>Roger Pellegrin nous a quittés</h1>
<p class="chapo">L'ancien maire de Saint-Marcel-sur-Clain est décédé le 15 février à l'âge de 88 ans. La commune lui a rendu hommage le 20 février, lors de ses obsèques en l'église Saint-Marcel, en présence de nombreux habitants et élus du territoire.</p>
<p>Né en 1937 au Bois-Pouvreau, fils d'agriculteurs, Roger Pellegrin avait été professeur de mathématiques au lycée Marcelin-Berthelot pendant près de trente ans. Élu conseiller municipal en 1971, il devient maire en 1983 et le reste pendant trois mandats.</p>
<p>On lui doit notamment la construction de la médiathèque des Tanneries dans les anciens bâtiments industriels des bords du Clain, la création du premier multi-accueil de la commune, la rénovation de la place Gambetta et le jumelage avec Oliveira de Azeméis, en hommage à la communauté portugaise installée à Saint-Marcel depuis les années 1960. Il fut aussi l'un des artisans de la première intercommunalité, le district du Clain, ancêtre de l'agglomération Clain et Vonne.</p>
<p>« C'était un homme de dialogue, qui connaissait chaque rue et presque chaque famille », a rappelé le maire, Bertrand Mazières, lors de la cérémonie. Ses anciens collègues du conseil municipal ont salué « sa rigueur, son humour et son attachement à l'école publique ».</p>
<p>Après son dernier mandat, Roger Pellegrin avait présidé pendant dix ans la Société des amis du vieux Saint-Marcel et publié deux ouvrages d'histoire locale, dont <em>Saint-Marcel, mille ans au bord du Clain</em> (2008).</p>
<p>Le conseil municipal a observé une minute de silence en sa mémoire lors de sa séance du 19 février. La municipalité adresse ses condoléances à son épouse, Colette, à ses enfants et petits-enfants.</p>
</article>
""",
)

HTML["p082_notice_procurations_municipales.html"] = (
    "Élections municipales 2026 : voter par procuration",
    """
<h1>Élections municipales des 15 et 22 mars 2026 : comment voter par procuration ?</h1>
<p>Vous ne pourrez pas vous rendre à votre bureau de vote le jour du scrutin ? Vous pouvez confier à un autre électeur le soin de voter à votre place.</p>
<h2>Qui choisir ?</h2>
<p>La personne à qui vous donnez procuration (le mandataire) doit être inscrite sur les listes électorales, dans n'importe quelle commune. Elle devra cependant se rendre dans <strong>votre</strong> bureau de vote pour voter à votre place. Un mandataire ne peut détenir qu'une seule procuration établie en France.</p>
<h2>Comment faire ?</h2>
<ol>
<li><strong>En ligne</strong> : faites votre demande sur maprocuration.gouv.fr avec FranceConnect, puis présentez-vous dans n'importe quel commissariat ou gendarmerie (ou consulat) pour faire vérifier votre identité. Si vous avez une carte d'identité électronique et l'application France Identité, la démarche est entièrement en ligne.</li>
<li><strong>Sur place</strong> : remplissez le formulaire Cerfa n° 14952 au commissariat, à la gendarmerie ou au tribunal judiciaire.</li>
</ol>
<p>Vous aurez besoin de votre numéro national d'électeur (sur votre carte électorale ou sur service-public.fr) et de celui de votre mandataire, ou de son état civil complet.</p>
<h2>Quand ?</h2>
<p>Le plus tôt possible ! Une procuration peut être établie jusqu'à la veille du scrutin, mais la mairie risque de ne pas la recevoir à temps.</p>
<h2>Vous ne pouvez pas vous déplacer ?</h2>
<p>Les personnes qui, en raison de leur état de santé ou d'un handicap, ne peuvent pas se déplacer peuvent demander qu'un officier ou un agent de police judiciaire vienne à domicile établir la procuration. Faites la demande par écrit à la brigade de gendarmerie de Saint-Marcel-sur-Clain, en y joignant un justificatif. Les résidents des EHPAD peuvent s'adresser à l'équipe d'animation de l'établissement, qui centralise les demandes.</p>
<p>Renseignements : service élections, 05 49 41 30 05.</p>
""",
)

HTML["p085_programme_mediatheque_mars.html"] = (
    "Médiathèque des Tanneries — programme de mars 2026",
    """
<h1>Au programme de la médiathèque en mars</h1>
<h2>Exposition « Les rivières racontent » — du 3 au 28 mars</h2>
<p>Photographies de Luc Vinatier, archives des crues du Clain, textes d'écrivains de la région. Entrée libre aux heures d'ouverture.</p>
<h2>Samedi 7 mars, 10 h 30 — Bébés lecteurs</h2>
<p>Comptines et albums pour les 0-3 ans et leurs parents. Sur inscription.</p>
<h2>Mercredi 11 mars, 15 h — Atelier « Fabrique ton bateau de papier »</h2>
<p>À partir de 6 ans, en lien avec le carnaval des écoles.</p>
<h2>Samedi 14 mars, 16 h — Rencontre avec Claire Dutheil</h2>
<p>La romancière présente <em>La Maison des éclusiers</em> et son nouveau livre, à paraître. Lecture, échange avec le public, dédicaces avec la librairie Le Bateau Livre.</p>
<h2>Jeudi 19 mars, 18 h 30 — Club de lecture « Exils »</h2>
<p>Autour des récits de migration : <em>Eldorado</em> de Laurent Gaudé, <em>Ce que j'ai laissé derrière moi</em> (témoignages recueillis par l'association Toit du Monde) et <em>Petit Pays</em> de Gaël Faye. Animé par l'équipe du secteur adultes. Ouvert à tous, même sans avoir lu les livres.</p>
<h2>Samedi 21 mars, 14 h-17 h — Café numérique</h2>
<p>Aide aux démarches en ligne (ANTS, CAF, impôts, France Travail), avec les conseillers numériques France Services. Gratuit, sans rendez-vous.</p>
<h2>Samedi 28 mars, 20 h 30 — Soirée jeux de société</h2>
<p>Avec l'association La Boîte à Dés. Familles bienvenues.</p>
<p><em>Horaires : mardi et vendredi 14 h-19 h ; mercredi et samedi 10 h-18 h ; jeudi 14 h-18 h. Portage de livres à domicile sur demande au 05 49 41 22 40.</em></p>
""",
)

HTML["p089_communique_plan_grand_froid.html"] = (
    "Vague de froid : la commune active son plan d'urgence",
    """
<h1>Communiqué — Vague de froid : la commune active son dispositif de veille</h1>
<p><em>Saint-Marcel-sur-Clain, le 17 février 2026</em></p>
<p>Météo-France annonce des températures négatives, jusqu'à −7 °C la nuit, de mercredi 18 à dimanche 22 février. La préfecture de la Vienne a déclenché le niveau 2 du plan « grand froid » pour le département.</p>
<p>La Ville et son CCAS mettent en place les mesures suivantes :</p>
<ul>
<li><strong>Appel des personnes inscrites au registre des personnes vulnérables</strong> : les agents du CCAS appellent chaque jour les 212 personnes âgées ou en situation de handicap inscrites, pour vérifier que tout va bien. Les personnes isolées qui ne sont pas encore inscrites peuvent le faire, ou être signalées par un proche, au 05 49 41 30 12.</li>
<li><strong>Mise à l'abri</strong> : en lien avec le SIAO de la Vienne, des places supplémentaires d'hébergement d'urgence sont ouvertes à Châtellerault. La salle polyvalente de la Varenne peut accueillir, si nécessaire, des personnes sans abri pour la nuit (lits de camp, repas chaud avec la Croix-Rouge).</li>
<li><strong>Maraudes</strong> : la police municipale et l'équipe mobile de l'association Audacia passent chaque soir dans les lieux connus de la commune.</li>
<li><strong>Équipements</strong> : les écoles, le centre aquatique et les gymnases sont maintenus en fonctionnement. Les activités sportives de plein air des écoles sont suspendues.</li>
</ul>
<p><strong>Si vous voyez une personne sans abri en difficulté, appelez le 115.</strong> En cas d'urgence vitale, appelez le 15.</p>
<p>Quelques conseils : chauffez votre logement sans surchauffer, n'utilisez jamais de chauffage d'appoint à combustion en continu (risque d'intoxication au monoxyde de carbone), aérez au moins 10 minutes par jour, prenez des nouvelles de vos voisins âgés.</p>
""",
)

HTML["p091_offre_emploi_atsem.html"] = (
    "Offre d'emploi — ATSEM (H/F) — école maternelle Condorcet",
    """
<h1>ATSEM (agent territorial spécialisé des écoles maternelles) — H/F</h1>
<p>Ville de Saint-Marcel-sur-Clain — Direction éducation enfance — poste permanent à temps complet (annualisé) — à pourvoir le 1er septembre 2026</p>
<h2>Contexte</h2>
<p>À la suite de l'ouverture d'une sixième classe à l'école maternelle Condorcet, la ville recrute un(e) ATSEM. Vous travaillez en binôme avec l'enseignant(e) de la classe, au sein d'une équipe de 5 ATSEM, sous l'autorité fonctionnelle de la directrice d'école pendant le temps scolaire et de la responsable du service éducation pour le reste.</p>
<h2>Missions</h2>
<ul>
<li>Accueillir les enfants et leurs parents avec l'enseignant(e) ;</li>
<li>Assister l'enseignant(e) dans la préparation et l'animation des activités pédagogiques ;</li>
<li>Accompagner les enfants dans l'acquisition de l'autonomie (habillage, passage aux toilettes, hygiène) ;</li>
<li>Participer à la surveillance de la sieste et de la pause méridienne ;</li>
<li>Contribuer à l'accueil des enfants en situation de handicap ou ayant des besoins particuliers, en lien avec l'AESH et dans le respect du projet d'accueil individualisé ;</li>
<li>Assurer l'entretien et la désinfection des locaux et du matériel de la classe.</li>
</ul>
<h2>Profil</h2>
<p>Concours d'ATSEM ou CAP Accompagnant éducatif petite enfance exigé. Expérience auprès des jeunes enfants appréciée. Sens de l'observation, patience, discrétion professionnelle, capacité à travailler en équipe. Formation aux premiers secours (PSC1) souhaitée.</p>
<h2>Conditions</h2>
<p>Horaires : 7 h 45 – 17 h 15 les jours scolaires, temps de ménage pendant les vacances. Rémunération statutaire + RIFSEEP + prime de fin d'année. CNAS.</p>
<p>Candidatures avant le 15 avril 2026 : M. le Maire, DRH, place de la Mairie, 86410 Saint-Marcel-sur-Clain — recrutement@saintmarcel-clain.fr</p>
""",
)

HTML["p101_guide_demarches_deces.html"] = (
    "Démarches à la suite d'un décès",
    """
<h1>Démarches à la suite d'un décès : le rôle de la mairie</h1>
<p>Perdre un proche est une épreuve. Cette page rassemble les premières démarches, dont beaucoup peuvent être prises en charge par l'entreprise de pompes funèbres de votre choix.</p>
<h2>Dans les 24 heures</h2>
<ul>
<li><strong>Faire constater le décès par un médecin</strong>, qui établit le certificat de décès. À l'hôpital ou en EHPAD, l'établissement s'en charge.</li>
<li><strong>Déclarer le décès à la mairie du lieu du décès</strong>, dans les 24 heures (hors week-ends et jours fériés). Cette déclaration est généralement faite par l'opérateur funéraire. Sinon, présentez-vous au service état civil avec le certificat de décès, une pièce d'identité du défunt et la vôtre, le livret de famille si possible.</li>
</ul>
<h2>Organiser les obsèques</h2>
<p>L'inhumation ou la crémation doit avoir lieu entre 24 heures et 6 jours ouvrables après le décès. Le maire délivre l'autorisation de fermeture du cercueil et l'autorisation d'inhumer. Pour une inhumation dans un cimetière de Saint-Marcel, contactez le service cimetières (concession, ouverture de caveau). Des espaces confessionnels existent au cimetière de la Garenne ; un jardin du souvenir et un columbarium accueillent les cendres.</p>
<h2>Si vous n'avez pas les moyens de payer les obsèques</h2>
<p>Les frais peuvent être prélevés sur le compte bancaire du défunt (dans la limite de 5 910 €). Certaines caisses de retraite, mutuelles ou la CPAM (capital décès) peuvent participer. Le CCAS peut étudier une aide exceptionnelle. Lorsqu'une personne décède sans ressources ni famille, la commune prend en charge des obsèques décentes.</p>
<h2>Dans la semaine et le mois suivants</h2>
<p>Prévenez l'employeur ou la caisse de retraite, la banque, le notaire (succession), les organismes sociaux (CAF, CPAM), l'assurance et le bailleur. Le service en ligne « Déclarer un décès » sur service-public.fr permet d'informer plusieurs organismes en une seule fois.</p>
<p>Service état civil : hôtel de ville, du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h, samedi de 9 h à 12 h — 05 49 41 30 00.</p>
""",
)

HTML["p102_constitution_dossier_mariage.html"] = (
    "Se marier à Saint-Marcel-sur-Clain",
    """
<h1>Se marier à Saint-Marcel-sur-Clain</h1>
<h2>Où se marier ?</h2>
<p>Vous pouvez vous marier à Saint-Marcel si l'un de vous (ou l'un de vos parents) y a son domicile ou sa résidence depuis au moins un mois à la date de la publication des bans.</p>
<h2>Le dossier</h2>
<p>Retirez le dossier à l'accueil ou téléchargez-le, puis déposez-le complet, en présence des deux futurs époux, <strong>au moins 2 mois avant</strong> la date souhaitée, sur rendez-vous. Pièces à fournir :</p>
<ul>
<li>copie intégrale d'acte de naissance de moins de 3 mois (6 mois si délivrée à l'étranger) ;</li>
<li>pièce d'identité ;</li>
<li>deux justificatifs de domicile ;</li>
<li>informations sur les témoins (2 à 4, majeurs) et copie de leur pièce d'identité ;</li>
<li>le cas échéant, certificat du notaire en cas de contrat de mariage ;</li>
<li>si vous êtes de nationalité étrangère : certificat de coutume et de célibat, documents traduits par un traducteur assermenté.</li>
</ul>
<h2>L'audition</h2>
<p>Comme le prévoit le code civil, l'officier de l'état civil peut s'entretenir avec les futurs époux, ensemble ou séparément, avant la publication des bans. Ce n'est pas une mesure de suspicion : cet entretien a pour objet de vérifier le consentement libre de chacun.</p>
<h2>La cérémonie</h2>
<p>Les mariages sont célébrés à l'hôtel de ville, du lundi au samedi. Le mariage est ouvert aux couples de sexe différent ou de même sexe. La cérémonie dure environ 20 minutes ; vous pouvez prévoir un texte ou une musique, à transmettre au service une semaine avant.</p>
<p>Service état civil : 05 49 41 30 00 — etat-civil@saintmarcel-clain.fr</p>
""",
)

HTML["p105_lettre_sports_resultats.html"] = (
    "La lettre des sports — février 2026",
    """
<h1>La lettre des sports de Saint-Marcel — n° 38, février 2026</h1>
<h2>Cross des écoles : 640 enfants au départ</h2>
<p>Malgré le froid, le cross inter-écoles organisé le 13 février au stade municipal a réuni 640 élèves du CP au CM2. Bravo à tous les participants ! Vainqueurs par catégorie : CM2 filles, Jade Moreno (Condorcet) ; CM2 garçons, Ilyes Benali (Jules-Ferry) ; CM1 filles, Lou-Anne Perrot (Bois-Pouvreau) ; CM1 garçons, Sacha Lemaire (Condorcet). Le challenge par école revient à Condorcet.</p>
<h2>Handball : les séniors filles en régionale</h2>
<p>L'USSM Handball engage pour la première fois une équipe séniors féminine en championnat régional. Premier match à domicile le samedi 14 mars à 20 h 30 au gymnase des Grandes Bruyères contre Angoulême. Venez nombreux !</p>
<h2>Tennis de table : Mathéo Girard champion de la Vienne</h2>
<p>Licencié au TT Saint-Marcel, Mathéo Girard (14 ans) a remporté le titre départemental en catégorie cadets le 8 février à Chauvigny. Il disputera les championnats de Nouvelle-Aquitaine en avril.</p>
<h2>Sport-santé : nouveaux créneaux</h2>
<p>Le dispositif « Bouger sur ordonnance » accueille, sur prescription du médecin traitant, des personnes atteintes de maladies chroniques ou en perte d'autonomie. Deux créneaux supplémentaires de marche nordique et de gym douce ouvrent en mars, encadrés par des éducateurs formés. Renseignements au service des sports.</p>
<h2>Travaux</h2>
<p>Le terrain synthétique du stade sera fermé du 6 au 17 avril pour le remplacement des filets pare-ballons.</p>
""",
)

HTML["p114_mars_bleu_depistage.html"] = (
    "Mars bleu : faites le test de dépistage du cancer colorectal",
    """
<h1>Mars bleu 2026 : et si c'était le moment de faire le test ?</h1>
<p>Le cancer colorectal est le 2e cancer le plus meurtrier en France, avec près de 17 000 décès par an. Pourtant, détecté tôt, il se guérit dans 9 cas sur 10.</p>
<h2>Qui est concerné ?</h2>
<p>Les femmes et les hommes de 50 à 74 ans, sans symptôme ni antécédent particulier, sont invités tous les deux ans à réaliser un test de dépistage gratuit.</p>
<h2>Comment obtenir le test ?</h2>
<ul>
<li>auprès de votre médecin traitant ;</li>
<li>en pharmacie, sur présentation de votre courrier d'invitation ;</li>
<li>en le commandant en ligne sur monkit.depistage-colorectal.fr.</li>
</ul>
<p>Le test se fait chez soi, en quelques minutes, puis s'envoie par la poste. Les résultats arrivent sous 15 jours. Si le test est positif, une coloscopie est proposée.</p>
<h2>À Saint-Marcel en mars</h2>
<ul>
<li><strong>Samedi 28 mars</strong> — Marche bleue de 5 km avec le comité de la Vienne de la Ligue contre le cancer, départ 10 h du parc de la Roseraie. Stands d'information sous la halle.</li>
<li><strong>Mardi 31 mars, 14 h-17 h</strong> — Permanence d'information au centre social de la Varenne, avec une infirmière du centre régional de coordination des dépistages des cancers.</li>
</ul>
<p>Vous avez des symptômes (sang dans les selles, troubles du transit inhabituels et persistants, douleurs abdominales, amaigrissement) ? Consultez votre médecin sans attendre, le test n'est pas adapté à votre situation.</p>
""",
)

HTML["p124_prix_litteraire_laureate.html"] = (
    "Prix des lecteurs des Tanneries 2026 : la lauréate est connue",
    """
<h1>Prix des lecteurs des Tanneries 2026 : Aurélie Ngo récompensée</h1>
<p><em>Publié le 24 février 2026 — Culture</em></p>
<p>Les 186 lecteurs et lectrices du jury, réunis en sept comités à la médiathèque, dans les deux collèges, à l'EHPAD Les Glycines et au club des aînés, ont rendu leur verdict : le prix des lecteurs des Tanneries 2026 est attribué à <strong>Aurélie Ngo</strong> pour son premier roman, <em>Les Heures mouillées</em> (éditions Zulma).</p>
<p>Le livre suit, sur une saison de vendanges dans le Haut-Poitou, une jeune saisonnière d'origine vietnamienne et une vieille viticultrice que tout oppose. « Un roman lumineux sur la transmission, qui nous a fait rire et pleurer », résume Mireille, du comité du jeudi.</p>
<p>Née à Limoges en 1989, Aurélie Ngo est professeure de lettres à Poitiers. Elle recevra son prix — une résidence d'écriture d'une semaine au moulin de Chantegrolle et une dotation de 1 500 € offerte par la Ville — lors d'une soirée à la médiathèque le vendredi 3 avril à 19 h, en présence des autres finalistes : Paul Terrasson (<em>Le Garde-barrière</em>), Nadia Aït-Kaci (<em>Sous le figuier</em>) et Hugo Bessière (<em>Météo des plaines</em>).</p>
<p>Le prix, créé en 2012, récompense chaque année un premier ou deuxième roman francophone. La sélection 2027 sera dévoilée en octobre ; les inscriptions au jury sont ouvertes à tous, dès 14 ans.</p>
""",
)

HTML["p131_page_violences_conjugales.html"] = (
    "Violences conjugales : vous n'êtes pas seule",
    """
<h1>Violences au sein du couple : vous n'êtes pas seul·e</h1>
<p>Les violences conjugales peuvent être physiques, psychologiques, verbales, sexuelles, économiques ou administratives (confiscation des papiers, contrôle des comptes, isolement). Elles touchent toutes les catégories sociales. Elles sont punies par la loi.</p>
<h2>En cas de danger immédiat</h2>
<ul>
<li><strong>17</strong> (police-gendarmerie) ou <strong>112</strong> ;</li>
<li><strong>114</strong> par SMS si vous ne pouvez pas parler ;</li>
<li>dans les pharmacies, vous pouvez demander de l'aide au comptoir.</li>
</ul>
<h2>Pour parler, être conseillé·e, de façon anonyme et gratuite</h2>
<ul>
<li><strong>3919</strong> — Violences Femmes Info, 24 h/24, 7 j/7 ;</li>
<li><strong>arretonslesviolences.gouv.fr</strong> — tchat avec un policier ou un gendarme formé, sans laisser de trace dans l'historique ;</li>
<li><strong>119</strong> — si des enfants sont exposés aux violences.</li>
</ul>
<h2>À Saint-Marcel-sur-Clain</h2>
<ul>
<li><strong>Permanence du CIDFF de la Vienne</strong> : chaque mardi de 9 h à 12 h au centre social de la Varenne, et le 1er mardi du mois à l'hôtel de ville (accueil discret, bureau du 1er étage). Informations juridiques gratuites : séparation, ordonnance de protection, garde des enfants, logement.</li>
<li><strong>CCAS</strong> : accompagnement social, aide à la recherche d'un hébergement, 05 49 41 30 12.</li>
<li><strong>France Victimes 86</strong> : accompagnement des victimes dans les démarches de plainte, 05 49 88 47 54.</li>
<li><strong>Brigade de gendarmerie</strong> : une référente violences intrafamiliales peut vous recevoir sur rendez-vous.</li>
</ul>
<p>Vous êtes témoin ? Vous pouvez appeler le 3919 pour savoir comment aider, ou le 17 en cas d'urgence.</p>
""",
)

HTML["p136_faq_attestation_accueil.html"] = (
    "Attestation d'accueil : questions fréquentes",
    """
<h1>Attestation d'accueil : vous souhaitez recevoir un proche étranger</h1>
<h2>À quoi sert l'attestation d'accueil ?</h2>
<p>Un ressortissant étranger qui vient en France pour une visite privée de moins de 3 mois doit, dans la plupart des cas, présenter une attestation d'accueil signée par la personne qui l'héberge et validée par le maire de la commune. Les ressortissants de l'Union européenne, de l'Espace économique européen et de la Suisse n'en ont pas besoin.</p>
<h2>Qui peut la demander ?</h2>
<p>Toute personne (française ou étrangère en situation régulière) qui héberge le visiteur à son domicile à Saint-Marcel-sur-Clain.</p>
<h2>Comment faire ?</h2>
<p>Prenez rendez-vous au service Population. Vous devez vous présenter en personne avec :</p>
<ul>
<li>votre pièce d'identité ou titre de séjour ;</li>
<li>un justificatif de propriété ou de location du logement ;</li>
<li>un justificatif de domicile récent ;</li>
<li>un justificatif de ressources (vous vous engagez à prendre en charge les frais de séjour du visiteur s'il ne peut y faire face) ;</li>
<li>les informations sur le visiteur (état civil, numéro de passeport, dates du séjour) ;</li>
<li>un timbre fiscal de 30 € (électronique ou papier).</li>
</ul>
<h2>Le maire peut-il refuser ?</h2>
<p>Oui, dans des cas prévus par la loi : si vous ne présentez pas les justificatifs demandés, si le logement ne permet pas d'accueillir le visiteur dans des conditions normales (une visite du logement peut être effectuée par un agent municipal), ou si une précédente attestation a été détournée de son objet. Le silence du maire pendant un mois vaut refus. Un recours doit d'abord être adressé au préfet de la Vienne dans un délai de deux mois.</p>
<h2>Et ensuite ?</h2>
<p>Vous envoyez l'attestation validée à votre proche, qui la présente au consulat avec sa demande de visa. L'attestation ne garantit pas la délivrance du visa.</p>
""",
)

HTML["p142_recensement_population.html"] = (
    "Recensement de la population 2026",
    """
<h1>Recensement 2026 : du 15 janvier au 21 février</h1>
<p>Comme chaque année dans les communes de plus de 10 000 habitants, une partie des logements de Saint-Marcel-sur-Clain (8 %, tirés au sort par l'INSEE) est recensée. Si votre logement fait partie de l'échantillon, vous avez reçu dans votre boîte aux lettres un courrier de la mairie et un agent recenseur est passé déposer vos codes de connexion.</p>
<h2>Dernière semaine !</h2>
<p>Il vous reste jusqu'au <strong>samedi 21 février</strong> pour répondre. Le plus simple : en ligne, sur <strong>le-recensement-et-moi.fr</strong>, avec vos codes. Vous pouvez aussi remplir les questionnaires papier, que l'agent recenseur viendra récupérer.</p>
<h2>Vos réponses sont confidentielles</h2>
<p>Elles sont transmises à l'INSEE et ne peuvent donner lieu à aucun contrôle administratif ou fiscal. Les agents recenseurs, recrutés par la mairie, sont tenus au secret professionnel et munis d'une carte officielle avec photo signée par le maire.</p>
<h2>Les agents recenseurs 2026</h2>
<p>Merci à nos 9 agents recenseurs, qui sillonnent la commune depuis janvier : Brigitte Lacoste, Romain Delage, Fatou Ndiaye, Chantal Vinet, Anthony Marais, Élise Bruneteau, Karim Mekki, Laurence Roy et Noël Dufour, coordonnés par Mme Yasmina Hadjadj.</p>
<h2>À quoi ça sert ?</h2>
<p>Le recensement détermine la population officielle de la commune, dont dépendent la participation de l'État au budget, le nombre de conseillers municipaux, l'ouverture de classes ou de pharmacies. Les résultats servent aussi à planifier les crèches, les transports, les logements.</p>
""",
)

HTML["p150_offre_saisonniers_centre_aquatique.html"] = (
    "Jobs d'été — Centre aquatique Aquaclain et base de loisirs de la Vonne",
    """
<h1>Saison 2026 : l'agglo recrute ses saisonniers</h1>
<p>La Communauté d'agglomération Clain et Vonne recrute pour l'été 2026 (du 27 juin au 30 août) :</p>
<ul>
<li><strong>8 surveillants de baignade</strong> titulaires du BNSSA (à jour de la révision) — base de loisirs de la Vonne et bassin extérieur d'Aquaclain ;</li>
<li><strong>3 maîtres-nageurs sauveteurs</strong> (BPJEPS AAN ou équivalent) ;</li>
<li><strong>4 agents d'accueil et de caisse</strong> (18 ans minimum) ;</li>
<li><strong>4 agents d'entretien</strong> (17 ans minimum, horaires tôt le matin) ;</li>
<li><strong>2 animateurs sportifs</strong> (BAFA ou BPJEPS) pour les activités de plage : paddle, beach-volley, tir à l'arc.</li>
</ul>
<p>Rémunération : SMIC horaire ou grille indiciaire selon le poste, + indemnité de congés payés ; travail le week-end et les jours fériés par roulement.</p>
<p>Une session de recyclage BNSSA est organisée gratuitement à Aquaclain les 11 et 12 avril pour les candidats retenus.</p>
<p>Candidatures (CV + lettre + copie des diplômes) avant le 31 mars 2026 sur clainvonne.fr/emploi ou à rh@clainvonne.fr. Entretiens en avril. Les candidats en situation de handicap sont les bienvenus ; des aménagements de poste peuvent être étudiés.</p>
""",
)

write_set(OUT, DOCX, HTML, FIXED)
