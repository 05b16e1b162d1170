"""Build the .docx and .html documents of the hand-written sensitivity set ``holdout12``.

Theme: the long document (full minutes of councils and boards, annual activity reports, inspection,
audit and investigation reports, case files, internal newsletters, procedure manuals), where the
sensitive fact, when there is one, sits deep inside the ordinary flow of the text. 150 documents,
75 sovereign (s001-s075) and 75 public (p076-p150); the .txt files are written by hand in
``corpus/holdout12``, this script writes the .docx and .html ones with stable bytes.

Run: <worktree>/.venv/bin/python bench/sensitivity/build_holdout12_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout12"
FIXED = dt.datetime(2026, 4, 2, 10, 0, 0)
DOCX = {}
HTML = {}

# ---------------------------------------------------------------- sovereign .docx

DOCX["s046_pv_conseil_administration_college_discipline.docx"] = [
    ("title", "Collège Simone-Veil – Vitré-sur-Vilaine"),
    ("p", "Procès-verbal du conseil d'administration – séance du mardi 4 février 2025, 17 h 30, salle du conseil"),
    ("p", "Présidence : Mme Sylvie Bertrand, principale. Membres présents : 22 sur 24. Représentants de l'administration : Mme Sylvie Bertrand, principale ; M. Hugo Lemaître, principal adjoint ; Mme Nadège Hervé, adjointe gestionnaire ; Mme Karine Pasquier, conseillère principale d'éducation. Représentants des collectivités : M. Jean-Yves Ollivier, conseiller départemental ; Mme Armelle Guérin, adjointe au maire. Représentants des personnels, des parents et des élèves conformément à la liste d'émargement annexée. Secrétaire de séance : M. Damien Roussel, professeur de mathématiques."),
    ("h", "1. Approbation de l'ordre du jour et du procès-verbal du 28 novembre 2024"),
    ("p", "L'ordre du jour est adopté à l'unanimité. Le procès-verbal de la séance précédente est approuvé avec une modification demandée par les représentants des parents concernant le montant de la participation familiale au voyage en Allemagne (320 € et non 340 €)."),
    ("h", "2. Dotation globale horaire pour la rentrée 2025"),
    ("p", "La principale présente la dotation globale horaire notifiée par le rectorat : 812 heures, dont 742 heures postes et 70 heures supplémentaires années, pour une prévision de 648 élèves répartis en 25 divisions (7 divisions de 6e, 6 de 5e, 6 de 4e et 6 de 3e). La dotation est en baisse de 14 heures par rapport à l'année en cours, alors que les effectifs prévus sont stables. Elle permet de maintenir les dédoublements en sciences et en langues vivantes en 6e et 5e, l'option latin, la section européenne anglais et les groupes de besoins en français et en mathématiques en 6e et 5e, ces derniers étant désormais organisés selon les modalités assouplies définies par la circulaire de rentrée."),
    ("p", "Les représentants des enseignants font part de leur opposition à la répartition proposée, qui conduit à la suppression d'un poste en technologie et à la création d'un complément de service partagé avec le collège de La Guerche. Ils regrettent que la marge d'autonomie soit absorbée par les groupes de besoins au détriment des projets pluridisciplinaires. La principale indique avoir porté ces remarques auprès des services académiques, qui n'ont pas modifié la dotation."),
    ("p", "Vote sur la répartition de la dotation globale horaire : 9 voix pour, 11 voix contre, 2 abstentions. La répartition est rejetée ; conformément à la réglementation, une nouvelle proposition sera soumise au conseil dans un délai de dix jours."),
    ("h", "3. Questions financières"),
    ("p", "Mme Hervé présente le compte financier 2024 pour information : le résultat de l'exercice est excédentaire de 11 420 €, principalement sur le service de restauration et d'hébergement, grâce à une fréquentation plus élevée que prévu. Le fonds de roulement représente 68 jours de fonctionnement. Le conseil adopte à l'unanimité les conventions de partenariat avec l'association sportive, avec la médiathèque municipale et avec le centre aquatique intercommunal pour l'enseignement de la natation en 6e."),
    ("p", "Le conseil adopte également la participation des familles aux sorties pédagogiques du deuxième trimestre, le barème des aides du fonds social collégien et la modification du tarif de la carte de cantine perdue (5 €)."),
    ("h", "4. Climat scolaire et vie de l'établissement"),
    ("p", "Mme Pasquier présente le bilan du premier trimestre en matière de vie scolaire. Le taux d'absentéisme s'établit à 5,8 %, en légère baisse. Les retards sont en hausse en 4e. Le dispositif pHARe a permis de traiter 9 situations de harcèlement ; 8 ont été résolues par la méthode de la préoccupation partagée et une a donné lieu à une procédure disciplinaire. Les punitions scolaires sont en baisse de 12 %. Les élèves ambassadeurs ont animé une semaine de sensibilisation au cyberharcèlement."),
    ("p", "Les sanctions prononcées au premier trimestre ont été les suivantes : 14 avertissements, 9 blâmes, 11 exclusions temporaires de la classe, 7 exclusions temporaires de l'établissement de un à trois jours, dont 5 assorties du sursis, et une exclusion définitive prononcée par le conseil de discipline. La principale rappelle le principe de l'individualisation des sanctions et la recherche systématique de mesures de responsabilisation."),
    ("h", "5. Compte rendu du conseil de discipline du 16 janvier 2025"),
    ("p", "Conformément à l'usage de l'établissement, la principale rend compte au conseil d'administration, qui en désigne les membres, de la séance du conseil de discipline. Celui-ci s'est réuni le 16 janvier 2025 pour examiner la situation de l'élève Enzo Garnier, en classe de 3e B, convoqué pour des faits commis le 9 décembre 2024 dans la cour de récréation : l'élève a frappé à plusieurs reprises un camarade de 5e, lui occasionnant une fracture du nez, puis a bousculé et insulté le surveillant intervenu pour les séparer. La famille de la victime a déposé plainte au commissariat de Vitré le 10 décembre et l'élève a été entendu par les services de police en présence de sa mère ; le parquet a ouvert une procédure pour violences volontaires ayant entraîné une incapacité totale de travail de plus de huit jours. Le conseil de discipline, après avoir entendu l'élève, sa mère, son professeur principal et le surveillant, a prononcé l'exclusion définitive de l'établissement, sanction dont la famille n'a pas fait appel ; l'élève a été affecté par le directeur académique au collège Jacques-Prévert de Fougères."),
    ("p", "Les représentants des parents demandent que l'accompagnement de l'élève victime soit poursuivi ; la principale indique que l'infirmière et la psychologue de l'éducation nationale le suivent et que la famille a été reçue à deux reprises."),
    ("h", "6. Projets pédagogiques et voyages"),
    ("p", "M. Lemaître présente les projets du second semestre : séjour en Allemagne pour les germanistes de 4e (partenariat avec le Gymnasium de Lippstadt), classe de découverte au Mont-Saint-Michel pour les 6e, participation au concours « Les Petits Champions de la lecture », projet théâtre avec la compagnie Ozigo en 5e, sortie au mémorial de Caen pour les 3e. Le conseil adopte les projets et leur financement à l'unanimité."),
    ("h", "7. Sécurité et travaux"),
    ("p", "L'adjointe gestionnaire indique que le département a programmé pour l'été 2025 le remplacement des menuiseries du bâtiment C et la mise en accessibilité de l'ascenseur. Un exercice de mise en sûreté a été réalisé le 21 janvier. Le conseil prend acte."),
    ("h", "7 bis. Bilan du projet d'établissement à mi-parcours"),
    ("p", "Le principal adjoint présente le bilan à mi-parcours du projet d'établissement 2022-2026, organisé autour de trois axes. Axe 1, la réussite de tous les élèves : le taux de réussite au diplôme national du brevet est passé de 84 % à 89 %, les évaluations nationales de 6e montrent une progression en mathématiques, et le dispositif « devoirs faits » accueille 212 élèves. Axe 2, le bien-être et la citoyenneté : l'indicateur de climat scolaire issu de l'enquête de victimation montre que 88 % des élèves se sentent en sécurité au collège ; le conseil de la vie collégienne a porté la rénovation du foyer et une charte du respect. Axe 3, l'ouverture culturelle et internationale : chaque élève a bénéficié d'au moins une sortie culturelle par an, et l'appariement avec le Gymnasium de Lippstadt a été renouvelé."),
    ("p", "Les représentants des enseignants relèvent que les moyens consacrés aux projets pluridisciplinaires ont diminué et demandent que l'évaluation finale du projet intègre le point de vue des personnels. Les représentants des parents souhaitent que les familles soient davantage associées, notamment par un questionnaire annuel. La principale propose de constituer un groupe de travail associant toutes les catégories de membres du conseil pour préparer le prochain projet."),
    ("h", "7 ter. Restauration scolaire"),
    ("p", "L'adjointe gestionnaire présente le bilan de la restauration : 512 demi-pensionnaires en moyenne, 61 % de produits durables et de qualité dont 28 % biologiques, un menu végétarien hebdomadaire et une alternative végétarienne quotidienne, et une réduction de 22 % du gaspillage alimentaire grâce à la table de tri et aux actions des éco-délégués. La commission des menus, qui associe des élèves et des parents, s'est réunie trois fois. Le conseil prend acte."),
    ("h", "7 quater. Association sportive et foyer socio-éducatif"),
    ("p", "Le professeur coordonnateur de l'association sportive présente le bilan de l'année : 238 licenciés, soit 37 % des élèves, dans huit activités (handball, badminton, escalade, course d'orientation, danse, natation, tennis de table et sport partagé avec les élèves de l'unité localisée pour l'inclusion scolaire). Deux équipes se sont qualifiées pour les championnats d'académie. Le foyer socio-éducatif a financé l'achat de jeux pour la cour, la sortie de fin d'année des délégués et une partie des voyages pour les familles les plus modestes. Le conseil remercie les enseignants et les parents bénévoles."),
    ("p", "La principale annonce enfin que le collège accueillera à la rentrée une classe de 6e à horaires aménagés musique, en partenariat avec le conservatoire intercommunal, et que les familles intéressées peuvent se renseigner auprès du secrétariat."),
    ("h", "8. Questions diverses"),
    ("p", "Question des représentants des élèves sur l'ouverture du foyer le midi : la principale donne son accord pour une ouverture les lundis et jeudis, sous la responsabilité d'un assistant d'éducation. Question des représentants des parents sur les remplacements : 82 % des heures d'absence de courte durée ont été remplacées au premier trimestre."),
    ("p", "L'ordre du jour étant épuisé, la séance est levée à 20 h 15. Le secrétaire de séance, Damien Roussel. La présidente du conseil d'administration, Sylvie Bertrand."),
]

DOCX["s047_rapport_activite_ccas_domiciliation_accueil.docx"] = [
    ("title", "CCAS de Vernon-sur-Seine – Pôle accueil, domiciliation et accès aux droits"),
    ("p", "Rapport d'activité 2024 présenté au conseil d'administration du CCAS le 13 mars 2025"),
    ("h", "1. Le pôle en quelques chiffres"),
    ("p", "Le pôle accueil, domiciliation et accès aux droits compte quatre agents : une responsable, deux travailleuses sociales et un agent d'accueil. En 2024, il a reçu 4 312 personnes et instruit 611 demandes d'aide facultative. Le nombre de personnes domiciliées au 31 décembre atteint 284, en hausse de 19 %."),
    ("h", "2. La domiciliation"),
    ("p", "La domiciliation permet aux personnes sans domicile stable de disposer d'une adresse pour recevoir leur courrier et faire valoir leurs droits : prestations sociales, ouverture d'un compte bancaire, inscription sur les listes électorales, démarches administratives et judiciaires. Le CCAS délivre des attestations d'élection de domicile pour une durée d'un an, renouvelable, aux personnes ayant un lien avec la commune. Les demandeurs d'asile relèvent en principe de la domiciliation assurée par la structure de premier accueil mandatée par l'État ; le CCAS intervient pour l'aide médicale de l'État et, le cas échéant, pour les personnes déboutées."),
    ("table", [["Profil des personnes domiciliées", "Nombre", "Part"], ["Hommes seuls", "171", "60 %"], ["Femmes seules", "54", "19 %"], ["Familles", "59", "21 %"], ["Moins de 25 ans", "46", "16 %"], ["Plus de 60 ans", "22", "8 %"]]),
    ("p", "Le courrier est remis aux personnes domiciliées aux horaires d'ouverture ; une permanence supplémentaire a été ouverte le mercredi après-midi. Le CCAS a reçu et distribué 9 840 plis, dont 31 % de courriers recommandés."),
    ("h", "3. Situations accompagnées"),
    ("p", "Les travailleuses sociales ont accompagné 142 personnes domiciliées dans l'ouverture de leurs droits : complémentaire santé solidaire, aide médicale de l'État, RSA, inscription à France Travail, demande de logement social et orientation vers le service intégré d'accueil et d'orientation. Parmi les accompagnements de l'année, l'équipe a suivi M. Abdoulaye Diallo, 27 ans, d'origine guinéenne, domicilié au CCAS depuis février après que sa demande d'asile a été rejetée par la Cour nationale du droit d'asile ; sans droit au séjour, il dormait alternativement chez des compatriotes et au foyer d'urgence, et le CCAS a instruit sa demande d'aide médicale de l'État pour le suivi d'une hépatite B, puis l'a orienté vers une association d'aide juridique en vue d'une demande de titre de séjour au titre de l'admission exceptionnelle. Ce type de situation représente environ un quart des domiciliations nouvelles."),
    ("p", "Les autres accompagnements concernent principalement des personnes hébergées chez des tiers après une séparation, des jeunes en rupture familiale, des personnes sortant d'hospitalisation ou de détention et des travailleurs pauvres vivant en camion ou en caravane."),
    ("h", "4. Aides facultatives"),
    ("p", "Les 611 demandes d'aide facultative ont donné lieu à 548 accords pour un montant total de 64 200 €, principalement sous forme de chèques d'accompagnement personnalisé pour l'alimentation et l'hygiène, de prises en charge de factures d'énergie et de titres de transport. Le délai moyen de réponse est de six jours ; les secours d'urgence sont accordés le jour même."),
    ("h", "5. Partenariats"),
    ("p", "Le pôle travaille avec l'accueil de jour de l'association Le Relais, les Restos du cœur, le Secours populaire, la permanence d'accès aux soins de santé de l'hôpital, le service pénitentiaire d'insertion et de probation, la plateforme d'accueil des demandeurs d'asile et le centre d'hébergement d'urgence. Une réunion trimestrielle de coordination réunit ces partenaires."),
    ("h", "6. Perspectives"),
    ("p", "Dématérialisation de la notification de l'arrivée du courrier par SMS, création d'une bagagerie solidaire avec l'accueil de jour, formation des agents à l'accueil des personnes allophones et recours à l'interprétariat téléphonique."),
]

DOCX["s048_pv_comite_social_territorial_entrave_syndicale.docx"] = [
    ("title", "Communauté de communes du Pays de Landivisiau-Sud – Comité social territorial"),
    ("p", "Procès-verbal de la séance du 26 septembre 2024"),
    ("p", "Présidence : M. Jean-Luc Quéau, vice-président chargé des ressources humaines. Représentants de la collectivité : M. Quéau, Mme Maryvonne Le Saout, M. Patrick Abgrall. Représentants du personnel : Mme Gaëlle Cloarec (CFDT), M. Thierry Le Gall (CGT), Mme Solenn Kerbrat (SUD CT). Assistaient : Mme Laëtitia Prigent, directrice générale des services ; M. Ronan Madec, responsable des ressources humaines."),
    ("h", "1. Approbation du procès-verbal du 27 juin 2024"),
    ("p", "Approuvé à l'unanimité."),
    ("h", "2. Organisation du service de collecte des déchets (avis)"),
    ("p", "M. Madec présente le passage de la collecte en porte-à-porte à une collecte en points d'apport volontaire dans six communes rurales, qui entraîne la réduction d'une tournée et le redéploiement de deux ripeurs vers la déchèterie et le service des espaces naturels. Les représentants du personnel demandent des garanties sur le maintien de la rémunération et sur la pénibilité. La collectivité s'engage à maintenir l'indemnité de sujétion pendant deux ans. Avis favorable de la collectivité ; avis défavorable des représentants du personnel (2 contre, 1 abstention)."),
    ("h", "3. Plan de formation 2025 (avis)"),
    ("p", "Le plan prévoit 640 jours de formation, dont 42 % consacrés à la sécurité (habilitations électriques, CACES, premiers secours) et 18 % au management. Avis favorable unanime."),
    ("h", "4. Déclaration des représentants SUD CT"),
    ("p", "Mme Kerbrat donne lecture d'une déclaration, annexée au procès-verbal à la demande de son organisation. Elle dénonce ce qu'elle qualifie d'entrave au droit syndical au service de la déchèterie de Plounéventer et relate la situation d'un agent : « M. Yoann Pennec, gardien de déchèterie, qui a adhéré à notre syndicat en avril et l'a fait savoir à son responsable en demandant à participer à une heure mensuelle d'information, s'est vu refuser depuis lors toutes ses demandes de changement de planning et a été affecté seul sur le site le plus isolé, alors qu'il n'avait jamais rencontré de difficulté auparavant ; plusieurs collègues lui ont rapporté que son responsable avait déclaré qu'il « ne voulait pas de syndiqués SUD dans son équipe ». » Elle demande une enquête administrative."),
    ("p", "La directrice générale des services répond que la collectivité prend cette déclaration au sérieux, que la liberté syndicale est garantie à chaque agent et qu'aucune décision ne peut être prise en considération de l'appartenance syndicale. Elle annonce qu'un entretien sera organisé dans les quinze jours avec l'agent, à sa convenance accompagné d'un représentant de son choix, puis avec son responsable, et que les plannings des six derniers mois seront examinés. M. Le Gall (CGT) et Mme Cloarec (CFDT) s'associent à la demande de vigilance."),
    ("h", "5. Questions diverses"),
    ("p", "Les représentants du personnel interrogent la collectivité sur le calendrier de revalorisation du régime indemnitaire. M. Quéau indique qu'un groupe de travail se réunira en novembre. La séance est levée à 16 h 20."),
]

DOCX["s049_rapport_enquete_chute_residence_autonomie.docx"] = [
    ("title", "CCAS de Lamballe-Penthièvre – Résidence autonomie Les Camélias"),
    ("p", "Rapport d'analyse d'un événement indésirable grave – chute d'une résidente le 3 mars 2024"),
    ("p", "Rédaction : Mme Sophie Le Cornec, directrice de la résidence, avec l'appui de la cellule qualité du CCAS. Destinataires : M. le vice-président du CCAS, Mme la directrice du CCAS ; copie pour information à la délégation départementale de l'ARS (déclaration d'événement indésirable grave du 4 mars 2024)."),
    ("h", "1. Contexte"),
    ("p", "La résidence autonomie Les Camélias accueille 62 personnes âgées autonomes ou faiblement dépendantes (GIR 5 et 6 pour 84 % d'entre elles) dans 58 logements. Elle ne dispose pas de personnel soignant ; les soins sont assurés par les infirmiers libéraux et le service de soins infirmiers à domicile. Un agent est présent la nuit et une téléassistance est installée dans chaque logement. Le forfait autonomie finance des actions de prévention (ateliers d'équilibre, mémoire, nutrition)."),
    ("h", "2. Description de l'événement"),
    ("p", "Le dimanche 3 mars 2024 vers 6 h 40, l'agent de nuit a été alerté par le déclenchement du médaillon de téléassistance de Mme Germaine Lucas, 87 ans, résidente du logement 14 depuis 2019. Elle a été trouvée au sol dans sa salle de bains, consciente, se plaignant de la hanche droite. L'agent a appelé le 15 ; la résidente a été transportée au centre hospitalier de Saint-Brieuc, où une fracture du col du fémur a été diagnostiquée et opérée le 4 mars. Sa fille a été prévenue à 7 h 05."),
    ("h", "3. Analyse des causes (méthode ALARM)"),
    ("p", "Facteurs liés à la résidente. L'analyse, conduite avec l'accord de Mme Lucas et de sa fille et avec l'appui de son médecin traitant, a mis en évidence plusieurs facteurs de risque. Mme Lucas avait chuté à deux reprises en 2023 sans conséquence grave. Son traitement comportait, depuis une hospitalisation en décembre pour une décompensation cardiaque, un anticoagulant (apixaban), un diurétique (furosémide) qui l'obligeait à se lever plusieurs fois la nuit, et un hypnotique (zolpidem) prescrit par le cardiologue pour des troubles du sommeil, ainsi qu'un antidépresseur (sertraline) instauré par son médecin traitant après le décès de son époux. Cette association de médicaments sédatifs et d'un diurétique chez une personne âgée aux antécédents de chute constitue un facteur de risque reconnu. Par ailleurs, une baisse de l'acuité visuelle liée à une DMLA avait été signalée par sa fille en janvier."),
    ("p", "Facteurs liés à l'environnement. La salle de bains du logement 14 n'avait pas été équipée de la barre d'appui proposée lors de l'évaluation de 2022, la résidente l'ayant refusée. La veilleuse du couloir était hors service."),
    ("p", "Facteurs liés à l'organisation. L'information relative aux modifications de traitement n'est pas transmise à la résidence, qui n'a pas vocation à la détenir ; en revanche, le signalement de la fille en janvier n'avait pas donné lieu à une réévaluation du risque de chute ni à une proposition de participation à l'atelier équilibre. Le dernier passage de l'ergothérapeute de la conférence des financeurs remontait à 2022."),
    ("h", "4. Mesures correctrices"),
    ("table", [["Mesure", "Responsable", "Échéance"], ["Proposition systématique d'une évaluation du risque de chute après toute hospitalisation ou tout signalement d'un proche", "Directrice", "Avril 2024"], ["Campagne de vérification des veilleuses et de l'éclairage des circulations", "Agent de maintenance", "Mars 2024"], ["Nouvelle proposition d'équipement des salles de bains (barres d'appui, tapis antidérapants)", "Directrice", "Juin 2024"], ["Sensibilisation des résidents et des familles au risque médicamenteux, avec le pharmacien d'officine", "Animatrice prévention", "Septembre 2024"], ["Convention avec le SSIAD pour la transmission d'alertes, avec l'accord des résidents", "Directrice du CCAS", "Décembre 2024"]]),
    ("h", "5. Suites"),
    ("p", "Mme Lucas a été admise en soins de suite et de réadaptation à la clinique de Plérin le 12 mars. Sa fille a informé la résidence qu'elle envisageait, avec sa mère, une entrée en EHPAD. La directrice l'a reçue le 20 mars pour faire le point sur les conditions d'un éventuel retour."),
]

DOCX["s050_dossier_aide_sociale_facultative_commission.docx"] = [
    ("title", "CCAS de Saint-Jean-de-Monts-Marais – Commission permanente des aides facultatives"),
    ("p", "Dossier de demande n° AF-2024-0617 – séance du 22 octobre 2024"),
    ("h", "Identification du demandeur"),
    ("table", [["Rubrique", "Renseignements"], ["Demandeur", "Mme Christelle Morice, née le 11 juin 1981"], ["Adresse", "8 résidence Les Mouettes, appartement 12, Saint-Jean-de-Monts-Marais"], ["Composition familiale", "Mère seule avec trois enfants (14, 11 et 6 ans)"], ["Situation professionnelle", "Agent de service en CDD à temps partiel (24 h hebdomadaires) dans un camping, contrat terminé le 30 septembre"], ["Travailleur social", "Mme Anne-Lise Bouron, CESF du CCAS"]]),
    ("h", "Objet de la demande"),
    ("p", "Aide financière pour le règlement d'une facture de régularisation d'électricité (684,20 €) et d'une dette de cantine scolaire (312,40 €), et attribution de bons alimentaires dans l'attente de l'ouverture des droits à l'allocation chômage."),
    ("h", "Budget mensuel du foyer"),
    ("table", [["Ressources", "Montant", "Charges", "Montant"], ["Salaire (septembre, dernier mois)", "1 012 €", "Loyer résiduel après APL", "214 €"], ["Allocations familiales", "324 €", "Électricité (échéancier)", "118 €"], ["Complément familial", "0 €", "Assurance habitation", "19 €"], ["Pension alimentaire", "non versée depuis mars", "Téléphone et internet", "42 €"], ["Prime d'activité", "187 €", "Remboursement crédit renouvelable", "96 €"], ["Total", "1 523 €", "Total", "489 €"]]),
    ("p", "Reste à vivre calculé selon le règlement du CCAS : 1 034 € pour 3 unités de consommation, soit 11,49 € par jour et par unité de consommation. À compter d'octobre, en l'absence de salaire et avant l'ouverture des droits à l'allocation de retour à l'emploi, le reste à vivre tombe à 2,62 € par jour et par unité de consommation."),
    ("h", "Évaluation sociale"),
    ("p", "Mme Morice s'est présentée au CCAS le 8 octobre, orientée par l'assistante sociale du collège. Elle indique que le père des enfants ne verse plus la pension alimentaire fixée par le juge aux affaires familiales et qu'elle a engagé une procédure de recouvrement auprès de l'agence de recouvrement des impayés de pensions alimentaires. Elle a contracté en 2022 un crédit renouvelable pour l'achat d'un véhicule nécessaire à son emploi saisonnier ; le solde restant dû est de 2 300 €. Elle a déjà bénéficié d'une aide du CCAS en 2023 (bons alimentaires de 150 €). Sa situation est fragile mais elle fait preuve d'une bonne gestion de son budget ; la difficulté est conjoncturelle, liée à la fin de son contrat saisonnier et à la rupture du versement de la pension. Un dossier de surendettement n'apparaît pas justifié à ce stade. Le dossier France Travail a été déposé le 3 octobre ; le premier versement est attendu pour la mi-novembre."),
    ("h", "Proposition du travailleur social"),
    ("p", "Prise en charge de la dette de cantine (312,40 €) par versement direct à la régie municipale ; saisine du fonds de solidarité énergie du département pour la facture d'électricité ; bons alimentaires de 200 € ; orientation vers l'épicerie sociale pour trois mois ; accompagnement budgétaire."),
    ("h", "Décision de la commission"),
    ("p", "La commission accorde les aides proposées. Montant total engagé par le CCAS : 512,40 €. Décision notifiée le 23 octobre 2024."),
]

DOCX["s051_rapport_controle_delegation_service_eau.docx"] = [
    ("title", "Syndicat intercommunal d'alimentation en eau potable de la Vallée du Thouet"),
    ("p", "Rapport de contrôle de la délégation de service public de l'eau potable – exercice 2023"),
    ("p", "Établi par le cabinet Hydroconseil Ouest, assistant à maîtrise d'ouvrage du syndicat, à l'attention du comité syndical. Version remise le 14 octobre 2024."),
    ("h", "1. Objet du rapport"),
    ("p", "Le syndicat a confié, par contrat d'affermage du 1er janvier 2016 d'une durée de douze ans, l'exploitation de son service public de l'eau potable à la société Eaux de l'Ouest Exploitation, filiale régionale d'un groupe national. Le contrat arrive à échéance le 31 décembre 2027. Le présent rapport a pour objet d'analyser le rapport annuel du délégataire (RAD) de l'exercice 2023, de vérifier le respect des obligations contractuelles et de préparer la réflexion du syndicat sur le futur mode de gestion."),
    ("p", "Conformément à l'article L. 3131-5 du code de la commande publique, le délégataire produit chaque année un rapport comportant les comptes retraçant la totalité des opérations afférentes à l'exécution du contrat et une analyse de la qualité du service. Le syndicat a en outre sollicité, au titre de l'article 48 du contrat, la communication des éléments analytiques permettant de reconstituer le compte d'exploitation."),
    ("h", "2. Données techniques"),
    ("p", "Le service dessert 14 820 abonnés répartis sur 21 communes. Le réseau compte 1 146 km de canalisations, 14 réservoirs et châteaux d'eau, 3 usines de production et 9 forages. Le volume produit en 2023 s'établit à 2 412 000 m³, le volume consommé autorisé à 1 886 000 m³. Le rendement du réseau est de 78,2 %, en amélioration par rapport à 2022 (76,1 %) mais inférieur à l'objectif contractuel de 80 %. L'indice linéaire de pertes en réseau s'établit à 1,21 m³ par km et par jour. Le taux de renouvellement des canalisations, à la charge du syndicat, est de 0,62 % sur cinq ans."),
    ("p", "La qualité de l'eau distribuée est conforme à 99,6 % pour les paramètres microbiologiques et à 98,4 % pour les paramètres physico-chimiques, les non-conformités portant sur la présence de métabolites de pesticides (chloridazone desphényl) au-dessus de la limite de qualité sur l'unité de distribution de Saint-Généroux, ayant donné lieu à une dérogation préfectorale assortie d'un plan d'actions."),
    ("h", "3. Données relatives aux usagers"),
    ("p", "Le prix du service pour une consommation de référence de 120 m³ s'établit à 2,38 € TTC par m³ au 1er janvier 2024 (part délégataire 1,12 € HT, part syndicale 0,71 € HT, redevances de l'agence de l'eau et TVA). Le délégataire a traité 412 réclamations écrites, dont 61 % relatives à la facturation. Le taux d'impayés s'établit à 1,8 % du chiffre d'affaires facturé. Le fonds de solidarité logement a été sollicité pour 74 abonnés ; 212 abandons de créances ont été consentis au titre du dispositif de solidarité."),
    ("h", "4. Analyse financière du contrat"),
    ("p", "Le compte annuel de résultat de l'exploitation (CARE) présenté dans le RAD fait apparaître des produits d'exploitation de 3 214 000 € HT et des charges de 3 056 000 € HT, soit un résultat avant impôt de 158 000 € et une marge de 4,9 %. Ce niveau de marge, nettement inférieur aux hypothèses du compte d'exploitation prévisionnel annexé au contrat (9,6 %), a conduit le syndicat à solliciter le détail des charges réparties, qui représentent une part importante des charges du CARE."),
    ("p", "En réponse, le délégataire a communiqué le 4 juillet 2024, sous la mention « Document confidentiel – secret des affaires – communication réservée au contrôle du délégant », une note analytique détaillant sa méthode de répartition des frais de siège et des charges mutualisées. Il en ressort notamment que les frais de structure du groupe imputés au contrat s'élèvent à 312 000 € (9,7 % des produits), calculés selon une clé fondée sur la valeur ajoutée ; que le coût horaire interne du personnel d'exploitation retenu par la société est de 52,40 € chargé, contre 41,80 € de coût réel constaté sur les agents affectés au contrat, l'écart correspondant à une « contribution aux fonctions support et au centre de pilotage régional » ; que les achats de réactifs et de compteurs sont facturés au contrat par la centrale d'achat du groupe avec une marge interne de 8 % ; et que la marge économique réelle du contrat, après retraitement de ces flux intragroupe par le délégataire lui-même, s'établit selon sa propre note à 13,2 %, proche de la moyenne de 12 à 14 % que le groupe indique viser sur ses contrats ruraux. La note précise encore que le contrat est jugé « stratégique » par le groupe en vue de l'appel d'offres de 2027, pour lequel la société envisage une offre avec une part délégataire réduite de 6 à 8 %."),
    ("p", "Ces éléments, qui relèvent du secret des affaires au sens de l'article L. 151-1 du code de commerce, ne peuvent être communiqués aux tiers ni aux candidats potentiels à la future consultation. Ils permettent cependant au syndicat d'apprécier la sincérité du CARE et de préparer sa négociation. Le cabinet recommande que le syndicat demande la réintégration au CARE du coût réel du personnel et la plafonnement des frais de siège à 5 % des produits, conformément aux pratiques observées."),
    ("h", "5. Patrimoine et travaux"),
    ("p", "Le délégataire a réalisé les travaux de renouvellement à sa charge pour un montant de 286 000 € (branchements, compteurs, équipements électromécaniques), conformément au programme contractuel. Le fonds de renouvellement présente un solde de 412 000 €, qui devra être restitué au syndicat en fin de contrat s'il n'est pas consommé. L'inventaire des biens de retour a été mis à jour ; 1 240 compteurs de plus de quinze ans restent à renouveler."),
    ("h", "6. Indicateurs de performance contractuels"),
    ("table", [["Indicateur", "Objectif contractuel", "Résultat 2023", "Conformité"], ["Rendement du réseau", "80 %", "78,2 %", "Non"], ["Délai d'ouverture des branchements", "1 jour", "0,8 jour", "Oui"], ["Taux de réclamations", "< 5 pour 1000", "2,8 pour 1000", "Oui"], ["Taux de renouvellement des compteurs", "6 %", "4,1 %", "Non"], ["Taux de réponse aux courriers sous 8 jours", "95 %", "97 %", "Oui"]]),
    ("p", "Les deux non-conformités exposent le délégataire aux pénalités prévues à l'article 62 du contrat, soit 18 000 € au titre du rendement et 6 000 € au titre des compteurs. Le cabinet recommande l'application de ces pénalités."),
    ("h", "7. Préparation de l'échéance du contrat"),
    ("p", "Le syndicat doit se prononcer avant la fin de l'année 2025 sur le mode de gestion à compter de 2028. Trois options sont envisageables : le renouvellement d'une délégation de service public, la création d'une régie à autonomie financière ou la création d'une société publique locale avec les syndicats voisins. Le cabinet propose de conduire une étude comparative au premier semestre 2025, intégrant les éléments d'analyse financière ci-dessus, et de constituer dès à présent une base de données patrimoniale indépendante du délégataire."),
    ("h", "7 bis. Relations avec les usagers et information du public"),
    ("p", "Le délégataire dispose d'une agence clientèle à Airvault ouverte trois demi-journées par semaine et d'un centre d'appels régional. Le taux de décroché est de 91 %, le délai moyen de réponse aux réclamations écrites de 6 jours. Les abonnés peuvent suivre leur consommation en ligne ; 38 % d'entre eux ont opté pour la facture dématérialisée et 61 % pour la mensualisation. Le règlement de service, actualisé en 2022, est remis à chaque nouvel abonné. Le syndicat a demandé que l'information sur la qualité de l'eau, et en particulier sur la dérogation relative aux métabolites de pesticides, soit jointe à la facture et affichée dans les mairies concernées, ce qui a été fait en mars 2024."),
    ("p", "La commission consultative des services publics locaux a examiné le rapport annuel du délégataire le 26 septembre 2024. Les représentants des associations de consommateurs ont souligné la hausse du prix de l'eau et demandé des précisions sur la part des investissements financés par la surtaxe syndicale ; l'association de protection de l'environnement a insisté sur la nécessité d'accélérer les actions de protection des captages avec la profession agricole."),
    ("h", "7 ter. Gestion de crise et sécurité sanitaire"),
    ("p", "Deux incidents ont nécessité la mise en œuvre du plan d'intervention : une casse de canalisation principale à Saint-Loup-Lamairé en février, ayant privé d'eau 640 abonnés pendant onze heures, et une non-conformité bactériologique ponctuelle sur un réservoir en août, ayant donné lieu à une restriction de consommation de 48 heures pour 212 abonnés. Dans les deux cas, l'information des abonnés, des mairies et de l'agence régionale de santé a été assurée conformément au plan ; une distribution d'eau en bouteille a été organisée pour les personnes vulnérables identifiées par les CCAS. Le cabinet recommande la mise à jour du plan de gestion de la sécurité sanitaire des eaux avant la fin de l'année 2025."),
    ("h", "8. Synthèse et recommandations"),
    ("p", "1. Appliquer les pénalités contractuelles de 2023. 2. Demander au délégataire un CARE retraité des flux intragroupe. 3. Exiger un plan d'amélioration du rendement et d'accélération du renouvellement des compteurs. 4. Engager l'étude sur le futur mode de gestion. 5. Maintenir strictement confidentiels les éléments communiqués sous le secret des affaires, notamment dans le dossier de consultation de la future procédure."),
]

DOCX["s052_pv_commission_attribution_places_creche.docx"] = [
    ("title", "Ville de Bressuire-en-Gâtine – Commission d'attribution des places en établissements d'accueil du jeune enfant"),
    ("p", "Procès-verbal de la commission du 11 juin 2024 – rentrée de septembre 2024"),
    ("p", "Présents : Mme Estelle Garreau, adjointe à la petite enfance, présidente ; Mme Nathalie Proust, coordinatrice petite enfance ; les directrices des trois multi-accueils (Les Lucioles, Pirouette, Les P'tits Loups) ; Mme Hélène Ferchaud, représentante de la PMI ; Mme Julie Roy, animatrice du relais petite enfance."),
    ("h", "1. Rappel des critères"),
    ("p", "Les places sont attribuées selon le règlement adopté par le conseil municipal le 4 avril 2022 : domiciliation dans la commune, date de dépôt de la demande, activité professionnelle ou formation des parents, situations prioritaires (enfant en situation de handicap, famille monoparentale, famille bénéficiaire de minima sociaux ou en parcours d'insertion, orientation par la PMI ou par un service social), fratrie déjà accueillie, adéquation entre les besoins horaires et les places disponibles. Les dossiers sont présentés de manière anonymisée par numéro, sauf lorsque la situation particulière justifie une présentation détaillée par la coordinatrice."),
    ("h", "2. Places disponibles et demandes"),
    ("p", "42 places sont disponibles pour la rentrée (dont 18 places de bébés). 97 demandes ont été déposées. Après application des critères, 39 attributions sont prononcées en commission ; 3 places sont réservées pour les situations d'urgence en cours d'année."),
    ("h", "3. Situations particulières examinées"),
    ("p", "Dossier 2024-063. La coordinatrice présente la demande de Mme Clara Jouvet, infirmière au centre hospitalier, pour sa fille Lina, 14 mois, sur quatre jours par semaine. Mme Jouvet est séparée du père de l'enfant, M. Romain Pelletier, depuis février ; le juge aux affaires familiales a fixé, par ordonnance provisoire, une résidence alternée une semaine sur deux, mais le père conteste cette organisation et une audience est prévue en octobre. Les deux parents ont déposé chacun une demande, avec des jours différents, et chacun a fait part à la coordinatrice de son opposition à ce que l'autre ait accès aux informations relatives à l'accueil. La commission décide d'attribuer une place à temps plein aux Lucioles sur la base de la demande de la mère, qui travaille en horaires décalés, et de rappeler aux deux parents que, l'autorité parentale étant conjointe, l'établissement informera chacun d'eux de la vie de l'enfant ; la directrice recevra les deux parents séparément."),
    ("p", "Dossier 2024-071. Enfant en situation de handicap, orienté par le centre d'action médico-sociale précoce. Place attribuée à Pirouette, avec mobilisation du bonus inclusion handicap de la CAF."),
    ("p", "Dossier 2024-088. Famille orientée par la PMI dans le cadre d'un accompagnement à la parentalité. Place attribuée aux P'tits Loups trois demi-journées par semaine."),
    ("h", "4. Décision"),
    ("p", "La liste des attributions est arrêtée (annexe non reproduite). Les familles seront informées par courrier avant le 21 juin et disposeront de quinze jours pour confirmer. Les familles non retenues seront orientées vers le relais petite enfance."),
]

DOCX["s053_rapport_annuel_centre_supervision_urbain.docx"] = [
    ("title", "Ville de Montargis-sur-Loing – Centre de supervision urbain"),
    ("p", "Rapport annuel d'activité et de fonctionnement 2024 – à l'attention de M. le maire, de M. le directeur général des services et du comité d'éthique de la vidéoprotection"),
    ("h", "1. Cadre juridique et gouvernance"),
    ("p", "Le système de vidéoprotection de la ville est autorisé par arrêté préfectoral du 12 février 2019, renouvelé le 3 mars 2024 pour une durée de cinq ans, après avis de la commission départementale de vidéoprotection. Il est exploité par le centre de supervision urbain (CSU), rattaché à la direction de la tranquillité publique. Les images sont conservées quinze jours puis effacées automatiquement. Les opérateurs sont agréés et ont suivi la formation obligatoire. Le comité d'éthique, composé d'élus de la majorité et de l'opposition, de représentants d'associations et d'une personnalité qualifiée, s'est réuni deux fois en 2024."),
    ("h", "2. Le dispositif en chiffres"),
    ("p", "Au 31 décembre 2024, le dispositif compte 86 caméras (dont 31 dômes motorisés et 55 caméras fixes), réparties sur 39 sites : centre-ville, gare, quartiers de la Chaussée et du Plateau, abords des établissements scolaires, parkings, zones commerciales, équipements sportifs. Quatorze caméras ont été installées en 2024, financées à 40 % par le fonds interministériel de prévention de la délinquance. Le CSU fonctionne de 7 heures à 1 heure du matin, sept jours sur sept, avec six opérateurs."),
    ("h", "3. Activité"),
    ("p", "Les opérateurs ont procédé à 3 412 signalements ayant donné lieu à une intervention de la police municipale ou de la police nationale, dont 612 pour des atteintes aux biens, 284 pour des rixes ou violences sur la voie publique, 418 pour des troubles à la tranquillité, 196 pour des accidents ou incidents de circulation et 89 pour des personnes en détresse. Les forces de l'ordre ont adressé 548 réquisitions judiciaires d'images, en hausse de 22 %. Selon les retours du commissariat, les images ont contribué à l'identification d'auteurs dans 171 affaires."),
    ("h", "4. Maintenance et disponibilité"),
    ("p", "Le taux de disponibilité moyen des caméras est de 94,6 %. Les principales pannes ont concerné les liaisons radio du secteur de la Chaussée et les alimentations électriques partagées avec l'éclairage public, qui privent certaines caméras d'alimentation lors de l'extinction nocturne."),
    ("h", "5. Vulnérabilités identifiées (partie non communicable – article L. 311-5 du CRPA)"),
    ("p", "L'audit de sécurité réalisé en septembre 2024 par le référent sûreté de la direction départementale de la sécurité publique et par le prestataire de maintenance a mis en évidence les points suivants, qui ne doivent en aucun cas être diffusés en dehors des destinataires du présent rapport :"),
    ("table", [["Point", "Description", "Mesure prévue"], ["Zones non couvertes", "Le passage souterrain de la gare (côté parking nord), l'arrière du centre commercial du Plateau et l'allée des Tanneurs entre les n° 12 et 30 ne sont couverts par aucune caméra ; les caméras C-27 et C-28 du parc Durzy sont aveugles la nuit faute d'éclairage", "Étude d'extension en 2025"], ["Extinction nocturne", "De 1 h à 5 h, 19 caméras alimentées par le réseau d'éclairage public sont hors service (liste en annexe 3)", "Alimentation autonome en 2025"], ["Local technique", "Le local de raccordement de la rue Gambetta (sous-sol du n° 8) est fermé par une simple serrure ; la baie de brassage y est accessible", "Porte blindée et contrôle d'accès"], ["Réseau", "Le serveur d'enregistrement utilise encore le compte administrateur d'origine ; les mises à jour du logiciel de supervision ne sont pas appliquées depuis juin 2023", "Changement des identifiants et mise à jour en janvier"], ["CSU", "Le CSU n'est pas armé de 1 h à 7 h ; les images ne sont alors qu'enregistrées", "Réflexion sur une mutualisation intercommunale"]]),
    ("p", "Les identifiants de connexion au poste d'exploitation et au serveur, ainsi que le plan de câblage, sont détenus par le responsable du CSU et le prestataire ; ils ne figurent pas dans le présent rapport."),
    ("h", "6. Droits des personnes"),
    ("p", "Le CSU a reçu 14 demandes d'accès aux images de la part de particuliers ; 9 ont été satisfaites, 5 ont été refusées car les images avaient été effacées ou concernaient des tiers. L'information du public est assurée par 64 panneaux. Le registre des traitements et l'analyse d'impact ont été actualisés."),
    ("h", "7. Perspectives 2025"),
    ("p", "Extension à la zone du Plateau, raccordement des caméras du bailleur social, sécurisation du local technique, mise en conformité informatique, réflexion sur un CSU intercommunal avec l'agglomération."),
]

DOCX["s054_bulletin_interne_portrait_agent_entretien.docx"] = [
    ("title", "Ensemble ! – Le journal interne de la communauté d'agglomération du Grand Villeneuvois"),
    ("p", "Numéro 19 – printemps 2024"),
    ("h", "Édito"),
    ("p", "Ce numéro fait la part belle aux métiers de l'ombre, ceux sans qui nos équipements ne pourraient pas accueillir le public chaque matin : agents d'entretien, gardiens, agents de maintenance. Bonne lecture. – Le directeur général des services"),
    ("h", "Actualités"),
    ("p", "Le nouveau siège de l'agglomération ouvrira en septembre. Les agents des directions concernées seront associés à l'aménagement de leurs espaces de travail lors d'ateliers en mai. La démarche qualité de vie au travail se poursuit avec l'installation de salles de pause rénovées dans trois sites."),
    ("h", "Portrait : Mamadou, le gardien du centre aquatique"),
    ("p", "Il est 5 h 45 quand Mamadou Bah ouvre les portes du centre aquatique Aquaval. Avant l'arrivée des premiers nageurs, il vérifie les vestiaires, les sanitaires, les plages des bassins. Agent d'entretien depuis 2011, il connaît chaque recoin du bâtiment. « Ici, tout doit être impeccable à 7 heures, c'est une question de respect pour le public », dit-il en souriant."),
    ("p", "Son parcours, il le raconte volontiers aux jeunes qui arrivent dans l'équipe. Né à Labé, en Guinée, dans une famille peule d'éleveurs du Fouta-Djalon, il est arrivé en France à vingt ans. « Chez nous, les Peuls, on apprend très jeune à se lever avant le soleil pour les bêtes. Ça m'est resté. » Il a d'abord travaillé dans le bâtiment, puis comme agent de propreté dans une entreprise privée avant de réussir le concours d'adjoint technique. Il parle le pulaar, le français et un peu d'espagnol, et sert souvent d'interprète avec les familles guinéennes et sénégalaises qui fréquentent la piscine."),
    ("p", "Ses collègues saluent son calme et sa disponibilité. « Quand il y a une fuite le dimanche, c'est Mamadou qu'on appelle », résume le responsable technique. Son rêve ? Passer le concours d'agent de maîtrise. Il s'y prépare avec le CNFPT."),
    ("h", "La vie des services"),
    ("p", "La direction des déchets a lancé la collecte des biodéchets dans trois communes. La direction de l'eau a achevé le renouvellement de 6 km de canalisations. Le conservatoire a accueilli les rencontres départementales des orchestres à l'école."),
    ("h", "Agenda"),
    ("p", "Forum des métiers de l'agglomération le 23 mai ; tournoi de football inter-services le 14 juin ; pique-nique du personnel le 28 juin."),
]

DOCX["s055_compte_rendu_equipe_educative_eleve_cm2.docx"] = [
    ("title", "École élémentaire Jean-Moulin – Saint-Amand-les-Eaux-Sud"),
    ("p", "Compte rendu de la réunion d'équipe éducative du 21 novembre 2024 – document confidentiel, remis à la famille et aux participants"),
    ("p", "Participants : M. Fabrice Delattre, directeur ; Mme Aurélie Cuvelier, enseignante de CM2 ; Mme Sandrine Leroy, psychologue de l'éducation nationale ; Mme Karima Boudjema, assistante sociale scolaire ; Mme Pauline Dewaele, infirmière scolaire ; Mme Véronique Hennebert, mère de l'élève ; M. Julien Carré, éducateur du service d'action éducative en milieu ouvert (AEMO) de l'association Sauvegarde du Nord."),
    ("p", "Élève concerné : Théo Hennebert, 10 ans, classe de CM2."),
    ("h", "1. Motif de la réunion"),
    ("p", "La réunion a été demandée par l'enseignante en raison d'une dégradation du comportement et des résultats de l'élève depuis la rentrée : fatigue importante le matin, accès de colère en classe, deux bagarres dans la cour, travail non fait à la maison, oublis répétés de matériel."),
    ("h", "2. Éléments échangés"),
    ("p", "L'enseignante décrit un élève attachant, avec de bonnes capacités, notamment en mathématiques, mais très instable depuis septembre. La psychologue a rencontré Théo deux fois à la demande de l'enseignante ; il exprime beaucoup d'inquiétude au sujet de sa famille."),
    ("p", "Mme Hennebert explique que la situation familiale est difficile depuis la séparation d'avec le père de Théo au printemps, que le père n'exerce plus son droit de visite depuis l'été et qu'une procédure est en cours devant le juge aux affaires familiales concernant la pension alimentaire. M. Carré précise qu'une mesure d'AEMO a été ordonnée par le juge des enfants de Valenciennes en juillet pour une durée d'un an, à la suite d'une information préoccupante transmise par le service social départemental, et qu'il rencontre la famille toutes les deux semaines ; il indique que la mesure porte notamment sur le soutien à la mère dans l'organisation du quotidien et sur l'exposition de l'enfant au conflit parental. Mme Hennebert dit accepter l'accompagnement, qui l'aide."),
    ("h", "3. Décisions"),
    ("p", "Mise en place d'un programme personnalisé de réussite éducative en français et en organisation du travail ; rendez-vous mensuel de l'enseignante avec la mère ; orientation vers le centre médico-psychologique pour enfants (la mère prendra rendez-vous) ; inscription à l'accompagnement à la scolarité du centre social ; coordination entre l'école et le service d'AEMO avec l'accord de la mère, dans la limite des informations nécessaires."),
    ("p", "Prochaine réunion : février 2025. Le directeur, Fabrice Delattre."),
]

DOCX["s056_rapport_activite_service_juridique_contentieux.docx"] = [
    ("title", "Ville de Rochefort-sur-Charente – Direction des affaires juridiques et de la commande publique"),
    ("p", "Rapport d'activité 2024 – service juridique et contentieux"),
    ("h", "1. Missions et organisation"),
    ("p", "Le service juridique, composé d'une juriste principale et d'un juriste, assure le conseil juridique aux élus et aux services, la rédaction et la relecture des actes, la gestion des contentieux et des précontentieux, la gestion des sinistres et des assurances, et le suivi des demandes d'accès aux documents administratifs. Il s'appuie, pour la représentation en justice, sur trois cabinets d'avocats titulaires d'un accord-cadre."),
    ("h", "2. Conseil juridique"),
    ("p", "Le service a traité 412 demandes de conseil (+ 8 %), portant principalement sur l'urbanisme (21 %), les ressources humaines (19 %), la commande publique (17 %), le domaine public (14 %), les pouvoirs de police du maire (11 %) et la protection des données (7 %). Le délai moyen de réponse est de cinq jours ouvrés."),
    ("h", "3. Contentieux"),
    ("p", "Au 31 décembre 2024, 38 contentieux sont en cours, dont 24 devant les juridictions administratives (urbanisme 11, fonction publique 6, marchés publics 3, responsabilité 4), 9 devant les juridictions judiciaires civiles et 5 procédures pénales dans lesquelles la commune est partie civile. En 2024, 14 affaires ont été jugées : 11 décisions favorables à la commune, 2 défavorables et un désistement."),
    ("h", "4. Procédures pénales"),
    ("p", "La commune s'est constituée partie civile dans plusieurs procédures. La plus importante concerne le détournement de fonds commis au sein de la régie de recettes du port de plaisance. À la suite du signalement effectué au procureur de la République en application de l'article 40 du code de procédure pénale en mars 2023, M. Guy Perrot, ancien régisseur titulaire de la régie, a été mis en examen pour détournement de fonds publics par une personne chargée d'une mission de service public, pour un préjudice évalué par l'enquête à 87 400 € sur la période 2018-2022. Il a comparu devant le tribunal correctionnel de La Rochelle le 17 octobre 2024, qui l'a condamné à deux ans d'emprisonnement avec sursis, à une interdiction définitive d'exercer une fonction publique et à l'indemnisation intégrale de la commune ; il a interjeté appel. Parallèlement, la procédure de mise en jeu de sa responsabilité personnelle et pécuniaire devant la Cour des comptes a été suspendue dans l'attente de la décision pénale définitive."),
    ("p", "Les autres procédures pénales concernent des dégradations de biens communaux (trois affaires, auteurs mineurs pour deux d'entre elles) et des outrages envers des agents de la police municipale (une affaire)."),
    ("h", "5. Assurances et sinistres"),
    ("p", "Le service a géré 96 sinistres, dont 41 dommages aux biens communaux, 29 sinistres automobiles et 26 mises en cause de la responsabilité civile de la commune (chutes sur la voie publique principalement). Les indemnités perçues s'élèvent à 214 000 €. Le marché d'assurances sera renouvelé au 1er janvier 2026."),
    ("h", "6. Accès aux documents administratifs"),
    ("p", "Le service a instruit 118 demandes de communication de documents administratifs ; la commission d'accès aux documents administratifs a été saisie à trois reprises et a rendu des avis conformes à la position de la commune dans deux cas."),
    ("h", "7. Perspectives"),
    ("p", "Mise en place d'un outil de gestion des contentieux, formation des cadres au risque pénal, actualisation du guide de la délégation de signature."),
]

DOCX["s057_guide_agent_accueil_cas_pratiques.docx"] = [
    ("title", "Ville de Lorient-Kervénanec – Guide de l'agent d'accueil"),
    ("p", "Accueillir tous les publics, y compris dans les situations difficiles – édition 2024, diffusion interne aux agents d'accueil de l'hôtel de ville, des mairies annexes et du CCAS"),
    ("h", "1. Les principes de l'accueil"),
    ("p", "L'accueil est la première image du service public. Il repose sur quatre principes : la courtoisie, l'égalité de traitement, la neutralité et la confidentialité. L'agent d'accueil écoute, reformule, oriente et, lorsque c'est possible, répond directement. Il ne porte aucun jugement sur la situation de la personne et n'évoque jamais la situation d'un usager devant un autre usager."),
    ("h", "2. Les situations difficiles : repères généraux"),
    ("p", "Une personne agitée, en détresse ou agressive est d'abord une personne qui ne se sent pas entendue. L'agent garde une distance physique suffisante, parle calmement, propose de s'asseoir, évite les phrases de type « calmez-vous » et n'hésite pas à demander l'aide d'un collègue. En cas de menace ou de violence, il se met en sécurité et déclenche l'alerte selon la procédure affichée au poste d'accueil."),
    ("h", "3. Cas pratiques commentés"),
    ("p", "Les cas suivants ont été rédigés par l'équipe d'accueil de l'hôtel de ville à partir de situations réellement rencontrées au cours de l'année 2023. Ils sont destinés à la formation des nouveaux agents."),
    ("p", "Cas n° 1 – L'usager qui revient tous les jours. Chacun à l'accueil connaît M. Marcel Dufay, qui vient presque chaque matin à l'hôtel de ville depuis plusieurs années. Il est atteint de schizophrénie, suivi par le centre médico-psychologique de Kervénanec, et il arrive qu'il ait interrompu son traitement, ce qui se manifeste par un discours incohérent et des propos sur des « voix » qui l'envoient ; il n'est jamais agressif. La bonne pratique est de l'accueillir avec bienveillance, de lui proposer un café au CCAS où une conseillère le connaît, et, s'il semble en crise, d'appeler son infirmier référent au CMP dont le numéro figure dans le classeur confidentiel du poste d'accueil, comme l'a accepté sa tutrice de l'UDAF. Il ne faut pas appeler la police, sauf danger immédiat."),
    ("p", "Cas n° 2 – La personne qui pleure au guichet. Une usagère venue déclarer un décès s'effondre en larmes. L'agent l'invite à s'asseoir dans le bureau d'entretien, lui laisse le temps, lui propose de l'eau et lui remet la fiche des démarches après un décès. Il ne cherche pas à abréger l'échange."),
    ("p", "Cas n° 3 – L'usager qui élève la voix pour un dossier de logement. L'agent reconnaît la colère (« je comprends que cette attente soit difficile »), rappelle ce qu'il peut faire et ce qu'il ne peut pas faire, et propose un rendez-vous avec le service logement. Si le ton monte encore, il appelle un collègue."),
    ("p", "Cas n° 4 – L'usager qui ne parle pas français. L'agent utilise le service d'interprétariat téléphonique, dont le code d'accès est indiqué dans le classeur, ou les fiches multilingues."),
    ("h", "4. Contacts utiles"),
    ("p", "CCAS ; centre médico-psychologique ; police municipale ; conciliateur de justice ; maison France services ; assistante sociale du personnel en cas de choc après un incident."),
]

DOCX["s058_dossier_etude_marche_foncier_annexes.docx"] = [
    ("title", "Communauté urbaine du Grand Ardennes – Direction de l'aménagement"),
    ("p", "Dossier préparatoire à la révision du programme local de l'habitat – note de synthèse et annexes documentaires, usage interne"),
    ("h", "1. Objet de la note"),
    ("p", "La présente note rassemble les éléments de connaissance du marché du logement réunis par la direction de l'aménagement en vue du lancement de la révision du programme local de l'habitat. Elle s'appuie sur les données publiques (fichiers fonciers, demandes de valeurs foncières, répertoire du parc locatif social, système national d'enregistrement de la demande) et sur des études acquises par la direction."),
    ("h", "2. Principaux constats"),
    ("p", "Le marché du logement du territoire se caractérise par une faible tension globale, une vacance élevée dans les centres anciens (11,8 %), un parc privé ancien énergivore et une demande sociale concentrée sur les petits logements. Les prix de l'immobilier ancien ont progressé de 14 % en cinq ans mais restent parmi les plus bas de la région."),
    ("h", "3. Annexe 1 – Reproduction de l'étude « Marchés immobiliers des villes moyennes du Grand Est » (édition 2024)"),
    ("p", "L'étude ci-dessous a été acquise par la direction auprès du cabinet Adéquation Études Urbaines sous licence mono-utilisateur, au prix de 2 400 € HT ; le contrat de licence interdit sa reproduction et sa diffusion. Elle est toutefois reproduite ci-après dans sa totalité (chapitres 1 à 5, 46 pages, texte, tableaux et cartes) afin que l'ensemble des membres du comité technique du PLH et les bureaux d'études consultés en disposent."),
    ("p", "Extrait du chapitre 2, page 14 : « Les villes moyennes du Grand Est présentent une trajectoire divergente depuis 2019. D'un côté, les agglomérations bénéficiant de l'effet frontalier (Thionville, Longwy, Sarreguemines) connaissent une hausse des prix de 28 à 41 % et une tension locative inédite ; de l'autre, les villes de l'arc ardennais et haut-marnais voient leurs prix se redresser modestement, portés par les acquéreurs franciliens en quête de surfaces, sans que ce mouvement ne résorbe la vacance des centres. Notre modèle de projection, fondé sur 18 variables socio-économiques et calibré sur 2 400 transactions, anticipe pour Charleville-Mézières une hausse de 2,1 % par an jusqu'en 2028, sous réserve… » (suite intégrale en pièce jointe : fichier Adequation_VillesMoyennes_GE_2024_complet.pdf)."),
    ("h", "4. Annexe 2 – Article de presse"),
    ("p", "Reproduction intégrale de l'article « Logement : les Ardennes, nouvel eldorado des Franciliens ? », paru dans Les Échos du 22 mars 2024 (édition abonnés), 6 200 signes, transmis par la direction de la communication."),
    ("h", "5. Suite de la démarche"),
    ("p", "Le cahier des charges de l'étude diagnostic du PLH sera présenté au bureau communautaire de septembre."),
]

DOCX["s059_pv_comite_direction_plan_restructuration.docx"] = [
    ("title", "Département de la Creuse-Limousin – Comité de direction générale"),
    ("p", "Relevé de décisions de la réunion du 8 avril 2024"),
    ("p", "Participants : M. Frédéric Lagarde, directeur général des services ; les directeurs généraux adjoints (solidarités, aménagement, ressources, éducation-culture) ; la directrice de cabinet du président ; le directeur de la communication."),
    ("h", "1. Actualité de l'exécutif"),
    ("p", "Le directeur de cabinet présente l'agenda du président : session de l'assemblée départementale du 27 mai (compte administratif, plan départemental de l'habitat, schéma de l'autonomie), déplacement du ministre délégué à la ruralité le 15 mai, congrès des départements de France en novembre."),
    ("h", "2. Suivi budgétaire"),
    ("p", "Le DGA ressources présente l'exécution au 31 mars : les droits de mutation à titre onéreux sont en baisse de 21 % par rapport à la même période de 2023, confirmant les craintes exprimées lors du vote du budget. Les dépenses d'allocations individuelles de solidarité progressent de 4,8 %. Le comité décide de geler 3 % des crédits de fonctionnement non obligatoires des directions jusqu'au budget supplémentaire."),
    ("h", "3. Schéma départemental de l'autonomie"),
    ("p", "La DGA solidarités présente le projet de schéma 2024-2028 : développement de l'habitat inclusif, création de deux plateformes de répit, soutien aux services d'aide à domicile (revalorisation du tarif horaire à 25,50 €), plan de prévention des chutes. Le comité valide la présentation en commission le 6 mai."),
    ("h", "4. Projet de réorganisation des directions territoriales – CONFIDENTIEL"),
    ("p", "Mention portée à la demande du DGS : ce point est classé « Confidentiel – diffusion restreinte aux membres du comité de direction générale ». Il ne doit pas être évoqué auprès des équipes ni des organisations syndicales avant la présentation au comité social territorial du 18 juin ; les documents de travail ne doivent pas être transférés."),
    ("p", "Le DGS présente le scénario de réorganisation retenu par le président : regroupement des cinq unités territoriales d'action sociale en trois pôles (Guéret, Aubusson, La Souterraine), fermeture des antennes de Bourganeuf et de Boussac au profit de permanences dans les maisons France services, suppression de 23 postes sur trois ans par non-remplacement des départs, dont 9 postes de secrétaires médico-sociales, et transfert de la gestion des routes du secteur est à un centre d'exploitation unique à Felletin. Le DGA aménagement signale le risque de mouvement social dans les centres d'exploitation ; la DGA solidarités souligne l'impact sur les délais d'instruction de l'APA. Le comité valide le calendrier : information des cadres le 3 juin, comité social territorial le 18 juin, communication publique après la session de juillet."),
    ("h", "5. Points divers"),
    ("p", "Campagne de recrutement d'assistants familiaux ; bilan du plan de formation ; préparation du forum des métiers du 22 mai. Prochaine réunion : 15 avril."),
]

DOCX["s060_rapport_fin_stage_prolongation.docx"] = [
    ("title", "Ville de Sablé-en-Anjou – Direction des ressources humaines"),
    ("p", "Rapport de fin de stage et proposition de l'autorité territoriale – document destiné à la commission administrative paritaire"),
    ("h", "Identification"),
    ("table", [["Rubrique", "Renseignements"], ["Agent", "Mme Élodie Marchand"], ["Grade", "Rédactrice territoriale stagiaire"], ["Date de nomination stagiaire", "1er septembre 2023"], ["Affectation", "Service de la commande publique – gestionnaire marchés"], ["Évaluateur", "M. Vincent Foucher, responsable du service de la commande publique"]]),
    ("h", "1. Rappel des missions"),
    ("p", "Préparation des dossiers de consultation des marchés à procédure adaptée, rédaction des pièces administratives, publication des avis, analyse des candidatures, rédaction des rapports d'analyse en lien avec les services prescripteurs, notification et suivi de l'exécution administrative des marchés, veille juridique."),
    ("h", "2. Déroulement du stage"),
    ("p", "Mme Marchand a suivi la formation d'intégration obligatoire du CNFPT (10 jours) et deux formations métier (« Les fondamentaux de la commande publique », « Rédiger un rapport d'analyse des offres »). Elle a bénéficié d'un tutorat par la gestionnaire marchés la plus expérimentée du service. Un entretien intermédiaire s'est tenu le 15 février 2024."),
    ("h", "3. Appréciation de la manière de servir"),
    ("p", "Qualités relevées : ponctualité, bonne présentation, relations cordiales avec les services prescripteurs, implication dans la dématérialisation des procédures."),
    ("p", "Difficultés constatées : l'évaluateur relève des lacunes persistantes dans la maîtrise des règles de la commande publique, malgré les formations suivies ; plusieurs erreurs significatives ont été commises au cours de l'année, notamment un avis de publication comportant des critères de sélection différents de ceux du règlement de consultation, qui a contraint le service à relancer une procédure de travaux en novembre, et un rapport d'analyse erroné ayant conduit à une information incorrecte d'un candidat évincé en mars. Les délais de traitement des dossiers sont supérieurs d'environ 40 % à ceux des autres gestionnaires. Lors de l'entretien intermédiaire, des objectifs précis avaient été fixés (relecture systématique par la tutrice, fiches de procédure) ; ils n'ont été que partiellement atteints. L'agent reconnaît ces difficultés et les attribue à un manque d'expérience antérieure en commande publique."),
    ("h", "4. Proposition"),
    ("p", "Au regard de ces éléments, l'autorité territoriale n'envisage pas la titularisation à l'issue de la durée normale du stage et propose une prolongation de stage de six mois, assortie d'objectifs écrits, d'une formation complémentaire sur l'analyse des offres et d'un point mensuel avec le responsable de service. À défaut d'amélioration suffisante à l'issue de la prolongation, un licenciement pour insuffisance professionnelle en fin de stage pourrait être envisagé."),
    ("p", "L'agent a pris connaissance du présent rapport le 12 août 2024 et a formulé les observations suivantes : « Je prends acte de la proposition. J'ai conscience de mes difficultés et je souhaite avoir l'opportunité de progresser. Je demande que ma charge de dossiers soit adaptée pendant la prolongation. »"),
    ("p", "Fait à Sablé-en-Anjou, le 12 août 2024. Le maire, par délégation, la directrice des ressources humaines."),
]

# ---------------------------------------------------------------- sovereign .html

HTML["s061_lettre_interne_mois_des_fiertes_temoignage.html"] = (
    "Intranet – Le mag des agents – juin 2024",
    """
<h1>Le mag des agents – Ville de Saint-Nazaire-Estuaire – juin 2024</h1>
<h2>À la une : un mois pour l'égalité</h2>
<p>Juin est le mois des fiertés. La ville, signataire depuis 2021 de la charte d'engagement LGBT+ de l'association L'Autre Cercle, propose à ses agents une série de rendez-vous : exposition « Visibles » dans le hall de l'hôtel de ville, conférence sur les discriminations au travail le 13 juin, formation des managers à la prévention des propos et comportements LGBTphobes. Le plan d'action égalité de la collectivité prévoit également la mise à jour des formulaires internes pour permettre l'usage du prénom d'usage et la désignation d'une référente égalité-diversité au sein de la direction des ressources humaines.</p>
<h2>Témoignage : « Au guichet, je suis un agent comme les autres »</h2>
<p>Pour ce numéro, nous avons demandé à des agents de raconter ce que l'égalité signifie dans leur quotidien professionnel. Sébastien Hamon, officier d'état civil adjoint au service de la population depuis huit ans, a accepté de témoigner à visage découvert.</p>
<p>« Je suis gay, et pendant mes premières années ici, je ne l'ai dit à personne. Je changeais de sujet quand on parlait des week-ends, je disais "mon ami" au lieu de "mon compagnon". Le jour où j'ai célébré, en tant qu'officier d'état civil délégué, mon premier mariage entre deux hommes, j'ai eu un déclic : je ne pouvais pas continuer à me cacher alors que je les aidais à s'afficher. Aujourd'hui, mes collègues connaissent Antoine, il vient à la fête du personnel. Il y a encore parfois des blagues lourdes, pas forcément méchantes, et j'ai appris à répondre. Mon message aux collègues qui hésitent : on n'est pas obligé de parler de sa vie privée, mais on devrait toujours pouvoir le faire sans peur. »</p>
<h2>Les rendez-vous du mois</h2>
<ul>
<li>Du 3 au 28 juin : exposition « Visibles », hall de l'hôtel de ville.</li>
<li>13 juin, 12 h 30 : conférence « Discriminations au travail : repérer, agir », salle du conseil.</li>
<li>20 juin : formation des encadrants (inscription auprès du service formation).</li>
</ul>
<h2>Rappel</h2>
<p>Tout agent victime ou témoin de discrimination, de harcèlement ou d'agissement sexiste peut saisir la cellule de signalement de la collectivité, en toute confidentialité, par le formulaire de l'intranet ou par téléphone.</p>
""",
)

HTML["s062_rapport_enquete_accident_service_serres.html"] = (
    "Rapport d'enquête – accident de service aux serres municipales",
    """
<h1>Ville de Cholet-en-Mauges – Rapport d'enquête de la formation spécialisée en santé, sécurité et conditions de travail</h1>
<p>Accident de service survenu le 16 avril 2024 aux serres municipales – rapport présenté à la F3SCT du 21 mai 2024</p>
<h2>1. Composition de la délégation d'enquête</h2>
<p>M. Hervé Chupin, représentant de la collectivité ; Mme Sylvie Gourdon, représentante du personnel (FO) ; Mme Nadia Benali, conseillère de prévention. La délégation s'est rendue sur les lieux le 17 avril et a entendu cinq personnes.</p>
<h2>2. Description de l'accident</h2>
<p>Le 16 avril vers 10 h 15, M. Cédric Bossard, jardinier aux serres municipales, procédait au rempotage de plants de géraniums sur une table de travail surélevée située dans la serre n° 3. Il a chuté de l'escabeau sur lequel il était monté pour attraper des plateaux stockés en hauteur et sa tête a heurté l'angle d'un bac en béton. Un collègue, alerté par le bruit, l'a trouvé au sol, inconscient, animé de mouvements saccadés des bras et des jambes pendant environ une minute. Les secours, appelés à 10 h 18, l'ont transporté au centre hospitalier. Il souffre d'un traumatisme crânien avec plaie du cuir chevelu et d'une fracture du poignet gauche.</p>
<h2>3. Analyse</h2>
<p>Matériel : l'escabeau de trois marches utilisé n'était pas équipé de garde-corps ; il était en bon état. Les plateaux étaient stockés sur une étagère à 2,10 m, hauteur non conforme aux recommandations du document unique, qui prévoit un stockage des charges fréquemment manipulées entre 0,80 et 1,50 m.</p>
<p>Organisation : l'agent travaillait seul dans la serre, les deux autres agents étant affectés au fleurissement du centre-ville. Aucune consigne n'interdisait le travail en hauteur isolé.</p>
<p>Facteurs individuels : lors de son audition, M. Bossard a indiqué à la délégation, en demandant que ce point soit consigné parce qu'il estime qu'il aurait dû être pris en compte plus tôt, qu'il est atteint d'épilepsie depuis l'adolescence, traitée par lamotrigine, et qu'il avait connu une crise en février à son domicile après une modification de dosage par son neurologue ; il ne sait pas si la chute est due à une crise ou si les convulsions observées par son collègue en sont la conséquence. Il avait informé le médecin du travail lors de sa visite de 2022, qui avait émis un avis d'aptitude avec la mention « éviter le travail en hauteur et le travail isolé », avis transmis au service des ressources humaines mais dont le responsable des serres indique ne pas avoir eu connaissance.</p>
<h2>4. Mesures proposées</h2>
<ul>
<li>Abaissement du stockage des plateaux et installation d'un rayonnage adapté (réalisé le 25 avril).</li>
<li>Remplacement des escabeaux par des plateformes individuelles roulantes avec garde-corps.</li>
<li>Interdiction du travail en hauteur en situation de travail isolé ; dotation d'un dispositif d'alarme pour travailleur isolé.</li>
<li>Procédure de transmission systématique des restrictions d'aptitude aux responsables de service, sans mention de la pathologie.</li>
<li>Visite de reprise auprès du médecin du travail et étude d'un aménagement de poste.</li>
</ul>
<h2>5. Avis de la formation spécialisée</h2>
<p>La formation spécialisée émet un avis favorable unanime aux mesures proposées et demande un bilan de leur mise en œuvre à la séance d'octobre.</p>
""",
)

HTML["s063_pv_conseil_municipal_integral_juin.html"] = (
    "Procès-verbal du conseil municipal du 27 juin 2024",
    """
<h1>Commune de Bellegarde-sur-Valserine-Haute – Procès-verbal de la séance du conseil municipal du jeudi 27 juin 2024</h1>
<p>L'an deux mille vingt-quatre, le vingt-sept juin à dix-neuf heures, le conseil municipal, dûment convoqué le 20 juin, s'est réuni à la mairie sous la présidence de M. Gilles Perrier, maire.</p>
<p>Présents : M. Gilles Perrier, Mme Monique Dufour, M. Laurent Baud, Mme Sandrine Tissot, M. Patrick Collet, Mme Agnès Berthet, M. Frédéric Mermet, Mme Chantal Girod, M. Thierry Vuillermoz, Mme Karine Blanc, M. Julien Favre, Mme Isabelle Rey, M. Damien Chappuis, Mme Nathalie Grosjean, M. Olivier Sautier.<br>Absents excusés : Mme Élodie Garnier (pouvoir à Mme Dufour), M. Cyril Bosson (pouvoir à M. Baud).<br>Secrétaire de séance : Mme Karine Blanc.</p>
<h2>1. Approbation du procès-verbal de la séance du 23 mai 2024</h2>
<p>Le procès-verbal est approuvé à l'unanimité.</p>
<h2>2. Compte rendu des décisions prises par délégation</h2>
<p>Le maire rend compte des décisions prises en application de l'article L. 2122-22 du code général des collectivités territoriales : signature du marché de réfection de la toiture de l'église (lot couverture : entreprise Jacquemoud, 84 620 € HT), renouvellement du contrat de maintenance des installations de chauffage des bâtiments communaux, acceptation d'une indemnité d'assurance de 3 240 € pour le sinistre de l'abribus de la route de Lyon, délivrance de quatre concessions au cimetière.</p>
<h2>3. Démission d'une conseillère municipale et installation de son successeur</h2>
<p>Le maire informe le conseil qu'il a reçu le 12 juin la lettre de démission de Mme Élodie Garnier de ses fonctions de conseillère municipale et de conseillère déléguée à la jeunesse, qui prendra effet au 1er juillet. Il tient à saluer son engagement depuis 2020, notamment dans la création du conseil municipal des jeunes et la rénovation du skatepark. Il précise, avec l'accord de l'intéressée qui a souhaité que ses collègues en soient informés plutôt que de laisser circuler des rumeurs, que Mme Garnier traverse une séparation difficile, que la procédure de divorce engagée au printemps l'a conduite à quitter le domicile conjugal avec ses deux enfants et à s'installer provisoirement chez ses parents à Annecy, et que le juge aux affaires familiales ayant fixé la résidence des enfants auprès d'elle, elle ne pourra plus exercer son mandat dans des conditions satisfaisantes. Le maire demande à chacun de respecter sa vie privée.</p>
<p>Conformément à l'article L. 270 du code électoral, le candidat venant immédiatement après le dernier élu de la liste « Bellegarde Ensemble », M. Raphaël Jacquet, est appelé à remplacer Mme Garnier. Il sera installé lors de la prochaine séance. La délégation à la jeunesse sera confiée provisoirement à Mme Sandrine Tissot.</p>
<h2>4. Budget supplémentaire 2024 du budget principal</h2>
<p>M. Laurent Baud, adjoint aux finances, présente le budget supplémentaire, qui reprend les résultats de l'exercice 2023 et ajuste les prévisions. La section de fonctionnement s'équilibre à 412 300 € : reprise de l'excédent reporté (298 000 €), inscription de crédits supplémentaires pour les fluides (+ 38 000 €), pour les remplacements de personnel à l'école et à la crèche (+ 24 000 €), pour les subventions exceptionnelles (+ 6 500 €) et virement à la section d'investissement (301 000 €). La section d'investissement s'équilibre à 986 400 € : restes à réaliser, toiture de l'église, aménagement de la place de la Mairie, acquisition d'un terrain pour les services techniques.</p>
<p>M. Olivier Sautier, pour l'opposition, s'interroge sur l'augmentation des dépenses de personnel. M. Baud répond qu'elle résulte de la revalorisation du point d'indice et du recours à des contractuels pour remplacer deux agents en congé. Adopté par 15 voix pour et 2 abstentions.</p>
<h2>5. Aménagement de la place de la Mairie – approbation de l'avant-projet</h2>
<p>M. Patrick Collet, adjoint aux travaux, présente l'avant-projet élaboré par le cabinet Paysages & Territoires : suppression de 22 places de stationnement au profit d'un parvis piéton, plantation de 14 arbres, création d'un îlot de fraîcheur avec fontaine sèche, installation de bancs et de stationnements vélos, reprise des réseaux d'eaux pluviales avec infiltration à la parcelle. Le coût est estimé à 612 000 € HT. Le plan de financement prévoit une subvention du département (30 %), de la région au titre des bourgs-centres (20 %) et de l'État au titre du fonds vert (20 %).</p>
<p>Les commerçants ont été consultés lors de deux réunions ; ils ont obtenu le maintien de six places en stationnement minute. M. Damien Chappuis regrette la suppression de places de stationnement. Le maire rappelle que le parking de la salle des fêtes, à 150 mètres, dispose de 80 places rarement occupées. Adopté par 14 voix pour, 2 voix contre et 1 abstention.</p>
<h2>6. Tarifs de la restauration scolaire et du périscolaire 2024-2025</h2>
<p>Mme Agnès Berthet, adjointe aux affaires scolaires, propose une augmentation de 2 % des tarifs, avec maintien du tarif social à 1 € pour les familles dont le quotient familial est inférieur à 700. Adopté à l'unanimité.</p>
<h2>7. Convention avec la communauté de communes pour le service commun d'instruction des autorisations d'urbanisme</h2>
<p>Adopté à l'unanimité.</p>
<h2>8. Création d'un emploi non permanent pour accroissement saisonnier d'activité</h2>
<p>Création d'un emploi d'adjoint technique pour l'entretien des espaces verts du 1er juillet au 31 août. Adopté à l'unanimité.</p>
<h2>9. Rapport annuel sur le prix et la qualité du service d'eau potable</h2>
<p>M. Frédéric Mermet présente le rapport 2023 du syndicat des eaux : prix de 2,12 € TTC par m³ pour 120 m³, rendement du réseau de 81 %, conformité bactériologique de 100 %. Le conseil prend acte.</p>
<h2>10. Motion relative au maintien du bureau de poste</h2>
<p>Le maire présente une motion demandant le maintien des horaires d'ouverture du bureau de poste. Adoptée à l'unanimité.</p>
<h2>10 bis. Rapport annuel d'activité de la communauté de communes</h2>
<p>Le maire présente le rapport d'activité 2023 de la communauté de communes du Pays Bellegardien, conformément à l'article L. 5211-39 du code général des collectivités territoriales. Il en rappelle les principaux éléments : mise en service de la nouvelle déchèterie de Châtillon, extension du service commun d'instruction des autorisations d'urbanisme, ouverture d'une maison France services itinérante, adoption du plan climat-air-énergie territorial, poursuite de l'opération programmée d'amélioration de l'habitat avec 84 logements rénovés, et lancement du contrat local de santé. Il souligne la part croissante des dépenses consacrées à la petite enfance et à la jeunesse, et la difficulté de recruter des professionnels dans les crèches intercommunales.</p>
<p>M. Sautier regrette que les communes soient insuffisamment associées aux décisions communautaires. Le maire rappelle que la conférence des maires se réunit chaque trimestre et que le pacte de gouvernance sera révisé en 2025. Le conseil prend acte du rapport.</p>
<h2>10 ter. Convention de mise à disposition du gymnase au collège</h2>
<p>Mme Berthet présente la convention tripartite entre la commune, le département et le collège pour l'utilisation du gymnase municipal par les élèves pendant le temps scolaire, moyennant une participation du département de 11 € par heure d'utilisation. La convention prévoit les conditions d'entretien, de sécurité et d'assurance, ainsi que la priorité donnée aux associations sportives le soir et le week-end. Adopté à l'unanimité.</p>
<h2>10 quater. Adhésion au service de médecine préventive du centre de gestion</h2>
<p>Le maire propose de renouveler l'adhésion de la commune au service de médecine préventive du centre de gestion de la fonction publique territoriale, qui assure le suivi médical des agents, les visites de reprise et les préconisations d'aménagement de poste. Adopté à l'unanimité.</p>
<h2>10 quinquies. Rapport sur la situation en matière d'égalité entre les femmes et les hommes</h2>
<p>Bien que la commune ne soit pas soumise à l'obligation de présenter ce rapport, le maire a souhaité informer le conseil de la situation du personnel communal : 41 agents, dont 27 femmes ; 7 agents à temps partiel, tous des femmes ; un écart de rémunération moyen de 6 %, principalement lié au temps partiel et à la répartition des filières (les femmes étant majoritaires dans les filières administrative et médico-sociale, les hommes dans la filière technique). Le plan d'action prévoit de favoriser l'accès des femmes aux postes techniques et des hommes aux métiers de la petite enfance, et d'étudier l'extension du télétravail. Le conseil prend acte.</p>
<h2>10 sexies. Convention avec l'association de portage de repas</h2>
<p>Mme Dufour présente le renouvellement de la convention avec l'association intercommunale de portage de repas à domicile, qui livre chaque jour une soixantaine de repas aux personnes âgées et aux personnes en situation de handicap de la commune. La participation communale est fixée à 1,20 € par repas livré. Adopté à l'unanimité.</p>
<p>Mme Rey souhaite que la convention prévoie une attention particulière aux personnes isolées ; Mme Dufour précise que les livreurs signalent au CCAS, avec l'accord des bénéficiaires, toute situation inquiétante.</p>
<h2>11. Questions diverses</h2>
<p>Mme Chantal Girod annonce le programme des festivités du 13 juillet : retraite aux flambeaux, bal et feu d'artifice au stade. Mme Isabelle Rey informe le conseil que la bibliothèque municipale sera fermée du 5 au 25 août. M. Thierry Vuillermoz signale des dépôts sauvages réguliers au lieu-dit Les Granges ; le maire indique qu'une caméra de surveillance mobile sera installée.</p>
<p>L'ordre du jour étant épuisé, la séance est levée à 21 h 15.</p>
<p>La secrétaire de séance, Karine Blanc – Le maire, Gilles Perrier</p>
""",
)

HTML["s064_rapport_inspection_accueil_collectif_mineurs.html"] = (
    "Rapport d'inspection – accueil collectif de mineurs",
    """
<h1>Service départemental à la jeunesse, à l'engagement et aux sports – Rapport d'inspection d'un accueil collectif de mineurs</h1>
<p>Accueil de loisirs sans hébergement « Les Explorateurs », organisé par la commune de Villeneuve-lès-Maguelone-Ouest – inspection inopinée du 17 juillet 2024. Inspecteurs : M. Pierre Aubanel, conseiller d'éducation populaire et de jeunesse ; Mme Lucie Ferrand, inspectrice de la jeunesse et des sports.</p>
<h2>1. Cadre de l'inspection</h2>
<p>L'inspection s'inscrit dans le plan départemental de contrôle des accueils collectifs de mineurs pour l'été 2024. Elle a été conduite de 8 h 30 à 16 h 30 et a comporté la vérification des documents obligatoires, l'observation des activités, des entretiens avec la directrice, son adjoint et six animateurs, et un échange avec le responsable du service enfance de la commune.</p>
<h2>2. Caractéristiques de l'accueil</h2>
<p>L'accueil est déclaré pour 96 mineurs de 3 à 12 ans, du 8 juillet au 23 août, dans les locaux de l'école élémentaire Jules-Ferry. Le jour de l'inspection, 84 enfants étaient présents (32 de moins de six ans). L'équipe d'encadrement comprend une directrice titulaire du BPJEPS loisirs tous publics, un directeur adjoint titulaire du BAFD et onze animateurs, dont sept titulaires du BAFA, deux stagiaires BAFA et deux non diplômés. Les taux d'encadrement et les quotas de qualification sont respectés.</p>
<h2>3. Conformité administrative</h2>
<p>La déclaration de l'accueil et la fiche complémentaire ont été effectuées dans les délais. Le projet éducatif de la commune et le projet pédagogique de l'accueil sont disponibles et connus de l'équipe. Le registre de présence des mineurs est tenu. Les fiches sanitaires de liaison sont présentes pour tous les enfants ; trois enfants bénéficient d'un projet d'accueil individualisé, dont les traitements sont rangés dans une armoire fermée. L'assistant sanitaire est désigné. Le registre des soins est tenu. L'attestation d'assurance est présente.</p>
<h2>4. Sécurité des locaux et des activités</h2>
<p>Les locaux sont adaptés. Le plan d'évacuation est affiché ; un exercice a été réalisé le 9 juillet. La cour dispose d'espaces ombragés, mais les inspecteurs ont relevé qu'aux heures chaudes l'ombre est insuffisante pour l'ensemble des enfants ; la directrice a adapté le planning pour privilégier les activités intérieures entre 13 h et 16 h. Les sorties à la plage sont encadrées par un surveillant de baignade titulaire de la qualification requise, dans une zone délimitée. La trousse de secours est complète.</p>
<h2>5. Qualité pédagogique</h2>
<p>Les activités observées (grand jeu sur le thème des pirates, atelier cuisine, fresque collective, jeux d'eau) sont variées et adaptées aux âges. Les enfants sont répartis en quatre groupes d'âge avec des animateurs référents. Les temps de repas sont bien organisés et l'équipe veille à l'hydratation des enfants. Les inspecteurs notent la qualité des relations entre enfants et adultes et la place laissée aux choix des enfants.</p>
<h2>6. Principe de neutralité et fonctionnement de l'équipe</h2>
<p>L'accueil étant organisé par une collectivité publique, les animateurs, qu'ils soient agents publics ou recrutés en contrat d'engagement éducatif par la commune, sont soumis au principe de neutralité religieuse dans l'exercice de leurs fonctions. Les enfants, en revanche, sont libres de manifester leur appartenance religieuse dans les limites du bon fonctionnement de l'accueil, et les repas de substitution sans porc sont proposés.</p>
<p>Les entretiens ont fait apparaître une situation qui avait donné lieu, la semaine précédente, à un échange entre la directrice et le service enfance. Mme Sabrina Kaci, animatrice titulaire du BAFA recrutée pour l'été, qui porte le voile en dehors de l'accueil et le retire à son arrivée conformément au règlement de fonctionnement, a demandé à être dispensée d'encadrer les activités de baignade et à ne pas déjeuner avec les enfants pendant la période de jeûne du mois de ramadan, qu'elle observe et qui s'est achevé en avril, puis à pouvoir prendre ses pauses au moment des prières du vendredi ; la directrice lui a proposé un aménagement de planning compatible avec le fonctionnement de l'accueil et les taux d'encadrement, ce qu'elle a accepté. Les inspecteurs notent que la demande a été traitée de manière respectueuse de la liberté de conscience de l'animatrice et du principe de neutralité, et qu'aucun manquement n'a été relevé dans le comportement de l'intéressée envers les enfants. Ils recommandent toutefois que ces sujets soient anticipés dans le règlement intérieur de l'équipe et abordés lors de la réunion de préparation.</p>
<p>Les inspecteurs relèvent par ailleurs que les deux animateurs non diplômés n'ont pas bénéficié d'une formation préalable à la prise de poste ; une session d'une journée est recommandée à l'avenir.</p>
<h2>7. Conclusions</h2>
<p>L'accueil fonctionne dans des conditions satisfaisantes de sécurité et de qualité éducative. Les recommandations portent sur : l'extension des zones ombragées de la cour (en lien avec le projet de « cour oasis » de la commune), la formation préalable des animateurs non diplômés, l'intégration au règlement de l'équipe des règles relatives à la neutralité et aux aménagements d'horaires, et la formalisation de la procédure de signalement en cas de suspicion de maltraitance, dont l'équipe connaît le principe mais pas le circuit précis.</p>
<p>La commune est invitée à faire connaître les suites données dans un délai d'un mois.</p>
<p>Fait à Montpellier, le 29 juillet 2024. Pierre Aubanel – Lucie Ferrand.</p>
""",
)

HTML["s065_dossier_demande_hebergement_urgence_famille.html"] = (
    "Fiche de liaison SIAO – demande d'hébergement",
    """
<h1>Service intégré d'accueil et d'orientation de la Vienne – Fiche de demande d'hébergement et de logement</h1>
<p>Prescripteur : CCAS de Châtellerault-Nord, Mme Amandine Royer, assistante sociale. Date de la demande : 3 décembre 2024.</p>
<h2>1. Composition du ménage</h2>
<table>
<tr><th>Personne</th><th>Lien</th><th>Âge</th><th>Situation</th></tr>
<tr><td>M. Arben Krasniqi</td><td>Demandeur</td><td>38 ans</td><td>Sans activité</td></tr>
<tr><td>Mme Drita Krasniqi</td><td>Conjointe</td><td>34 ans</td><td>Sans activité</td></tr>
<tr><td>Enfant 1</td><td>Fils</td><td>11 ans</td><td>Scolarisé en CM2</td></tr>
<tr><td>Enfant 2</td><td>Fille</td><td>7 ans</td><td>Scolarisée en CE1</td></tr>
</table>
<h2>2. Situation administrative</h2>
<p>La famille, originaire du Kosovo, est arrivée en France en juin 2022 et a déposé une demande d'asile, rejetée par l'OFPRA en mars 2023 puis par la Cour nationale du droit d'asile en janvier 2024. Elle a perdu son hébergement en centre d'accueil de demandeurs d'asile en mars 2024. M. Krasniqi a déposé en juillet une demande de titre de séjour pour raisons de santé concernant sa fille, suivie au CHU de Poitiers pour une cardiopathie congénitale ; il dispose d'un récépissé de demande de titre de séjour valable jusqu'au 14 février 2025, sans autorisation de travail. Mme Krasniqi a fait l'objet d'une obligation de quitter le territoire français en avril 2024, qui n'a pas été exécutée et dont le recours a été rejeté. Les droits ouverts : aide médicale de l'État pour les parents, protection universelle maladie pour les enfants.</p>
<h2>3. Situation d'hébergement</h2>
<p>Depuis mars, la famille a été hébergée successivement chez des compatriotes, à l'hôtel au titre du 115 (42 nuits), puis dans un véhicule prêté. Depuis le 28 novembre, elle dort dans le hall de la gare ou à l'accueil de jour. Les enfants continuent d'aller à l'école, où l'équipe enseignante a alerté le CCAS.</p>
<h2>4. Ressources</h2>
<p>Aucune ressource. Aides ponctuelles du CCAS (chèques alimentaires) et du Secours populaire.</p>
<h2>5. Évaluation sociale</h2>
<p>La famille est en situation de grande précarité, avec deux enfants scolarisés et une enfant malade nécessitant un suivi hospitalier mensuel. La mise à l'abri est urgente compte tenu de la période hivernale. Les parents sont en demande d'accompagnement et de tout hébergement, y compris collectif.</p>
<h2>6. Préconisation</h2>
<p>Hébergement d'urgence adapté aux familles (centre d'hébergement d'urgence ou dispositif hivernal), proche de Châtellerault pour maintenir la scolarité ; accompagnement juridique par la Cimade ; suivi par le CCAS.</p>
<h2>7. Décision de la commission d'orientation du SIAO (9 décembre 2024)</h2>
<p>Orientation vers le centre d'hébergement d'urgence La Passerelle (places familles), entrée le 10 décembre. Réévaluation à trois mois.</p>
""",
)

HTML["s066_rapport_activite_prevention_specialisee_quartiers.html"] = (
    "Rapport d'activité 2024 – prévention spécialisée",
    """
<h1>Association Horizons Jeunes – Service de prévention spécialisée de Vierzon-Sud</h1>
<p>Rapport d'activité 2024 transmis au conseil départemental et à la ville de Vierzon-Sud</p>
<h2>1. Le service</h2>
<p>Le service de prévention spécialisée intervient, par mandat du département au titre de la protection de l'enfance, dans trois quartiers prioritaires de la politique de la ville. L'équipe compte cinq éducateurs spécialisés, une cheffe de service et une psychologue à mi-temps. L'action repose sur les principes de libre adhésion, d'anonymat, de non-mandat nominatif et de travail en réseau.</p>
<h2>2. Public rencontré</h2>
<p>En 2024, les éducateurs ont été en contact avec 412 jeunes de 11 à 25 ans, dont 186 ont bénéficié d'un accompagnement éducatif individualisé. Les garçons représentent 64 % des jeunes accompagnés ; les 16-21 ans, 58 %. Les problématiques dominantes sont le décrochage scolaire, l'insertion professionnelle, les conflits familiaux, la santé et les conduites à risque, et l'implication dans des trafics.</p>
<h2>3. Actions collectives</h2>
<p>Le service a organisé quatre chantiers éducatifs, deux séjours de rupture, des ateliers d'expression et un tournoi de football interquartiers. Il a participé au forum santé jeunes et animé des actions de prévention du harcèlement dans deux collèges.</p>
<h2>4. Accompagnements individuels : éclairages</h2>
<p>Le rapport présente chaque année quelques parcours, avec l'accord des jeunes concernés, pour rendre compte de la réalité du travail éducatif. Cette année, l'équipe a choisi notamment le parcours de Mehdi Sahraoui, 17 ans, du quartier des Forges, accompagné depuis 2022 : après plusieurs interpellations pour des faits de recel et de participation au point de deal de la place Kennedy, il a été condamné en mars 2024 par le tribunal pour enfants de Bourges à six mois d'emprisonnement ferme et incarcéré à l'établissement pénitentiaire pour mineurs d'Orvault ; l'éducateur référent a maintenu le lien par courrier et par deux visites au parloir, en lien avec l'éducatrice de la PJJ, et a préparé avec lui sa sortie en septembre, qui s'est concrétisée par une entrée en formation au CFA du bâtiment et un hébergement chez sa grand-mère, en dehors du quartier. Le parcours reste fragile, mais le jeune honore ses rendez-vous.</p>
<p>D'autres parcours, non nominatifs, illustrent le travail sur l'accès aux soins, le retour en formation et l'accompagnement de jeunes filles victimes de violences.</p>
<h2>5. Partenariats</h2>
<p>Collèges et lycées, mission locale, centre social, protection judiciaire de la jeunesse, SPIP, bailleur social, police municipale (dans le respect de la déontologie de la prévention spécialisée), maison des adolescents, CSAPA.</p>
<h2>6. Perspectives</h2>
<p>Renforcement de la présence éducative en soirée, développement des actions avec les familles, création d'un poste d'éducateur dédié au décrochage scolaire.</p>
""",
)

HTML["s067_pv_conseil_administration_oph_contentieux_locatif.html"] = (
    "Procès-verbal du conseil d'administration – Val de Marne Habitat Est",
    """
<h1>Office public de l'habitat Val-Bièvre Habitat – Conseil d'administration</h1>
<p>Procès-verbal de la séance du 19 mars 2025 – siège de l'office, 22 rue Victor-Hugo, Villejuif-Bièvre</p>
<p>Présents : M. Alain Desmoulins, président ; Mme Françoise Hamidi, vice-présidente ; M. Jean-Pierre Lecoq, M. Samir Haddouche, Mme Brigitte Lemaire, Mme Céline Ravel, M. Didier Aubert, Mme Hélène Nguyen (administrateurs désignés) ; M. René Morel (UDAF) ; Mme Karine Thomas (Action Logement) ; Mme Yvette Camus, M. Abdelkader Ziani, Mme Marie-France Leblond (représentants des locataires). Assistaient : M. Bertrand Caradec, directeur général ; Mme Sylvie Mercadier, directrice de la clientèle ; M. Nicolas Faure, directeur financier.</p>
<h2>1. Approbation du procès-verbal de la séance du 11 décembre 2024</h2>
<p>Adopté à l'unanimité.</p>
<h2>2. Rapport d'activité 2024</h2>
<p>Le directeur général présente le rapport d'activité. L'office gère 9 412 logements familiaux, 6 résidences sociales et 2 pensions de famille, sur onze communes. En 2024, 724 logements ont été attribués, dont 46 % à des ménages du premier quartile, 31 % au titre du droit au logement opposable et des publics prioritaires, 8 % à des personnes victimes de violences conjugales. 214 logements neufs ont été livrés et 480 logements réhabilités. Le taux de vacance commerciale est de 1,6 %. L'enquête de satisfaction triennale fait apparaître un taux de satisfaction global de 78 %, en baisse de trois points, la propreté des parties communes et la réactivité face aux demandes techniques étant les principaux motifs d'insatisfaction.</p>
<p>M. Ziani, pour la CNL, souligne les difficultés liées aux ascenseurs de la cité des Lilas, en panne plus de quarante jours cumulés en 2024. Le directeur général indique que le contrat de maintenance a été résilié et qu'un nouveau prestataire intervient depuis février, avec des pénalités renforcées.</p>
<h2>3. Comptes 2024 (arrêté)</h2>
<p>M. Faure présente les comptes : chiffre d'affaires de 68,4 M€, résultat net de 4,1 M€, autofinancement net HLM de 9,4 %. Le conseil arrête les comptes à l'unanimité.</p>
<h2>4. Recouvrement et prévention des expulsions</h2>
<p>Mme Mercadier présente le bilan du recouvrement 2024. La dette des locataires présents atteint 4,92 M€, soit 7,1 % des loyers et charges quittancés. 1 146 ménages ont un retard supérieur à deux mois. L'office a signé 812 plans d'apurement, mobilisé le FSL pour 391 ménages et orienté 276 ménages vers les dispositifs d'accompagnement social. Le conseil départemental a réduit en 2024 l'enveloppe du FSL de 12 %, ce qui a allongé les délais d'instruction.</p>
<p>Les procédures contentieuses ont donné lieu à 164 assignations, 98 décisions de résiliation de bail et 41 demandes de concours de la force publique ; 19 expulsions ont été exécutées.</p>
<p>Conformément au règlement intérieur, le conseil est appelé à se prononcer sur les situations les plus anciennes pour lesquelles la direction propose de solliciter le concours de la force publique, après échec des démarches amiables et avis de la commission de coordination des actions de prévention des expulsions. Le tableau présenté en séance est reproduit ci-dessous.</p>
<table>
<tr><th>Locataire</th><th>Adresse</th><th>Dette</th><th>Jugement</th><th>Situation</th><th>Proposition</th></tr>
<tr><td>M. Jacky Bertrand</td><td>14 allée des Lilas, apt 83</td><td>11 420 €</td><td>Résiliation du 4 avril 2024</td><td>Aucun paiement depuis 22 mois, ne répond à aucune sollicitation, refus du diagnostic social</td><td>Demande de concours de la force publique</td></tr>
<tr><td>Mme Sonia Ferreira</td><td>3 rue Pasteur, apt 12</td><td>6 870 €</td><td>Résiliation du 11 juin 2024</td><td>Reprise du loyer courant depuis décembre, dossier de surendettement déposé en janvier 2025</td><td>Suspension de la procédure, protocole de cohésion sociale</td></tr>
<tr><td>M. et Mme Lucas Petitjean</td><td>8 avenue Jean-Jaurès, apt 41</td><td>9 130 €</td><td>Résiliation du 2 mai 2024</td><td>Troubles de voisinage et dette ; relogement proposé dans un T3 moins cher refusé</td><td>Demande de concours de la force publique</td></tr>
</table>
<p>Mme Camus, représentante des locataires, demande qu'une dernière visite à domicile soit effectuée par la conseillère sociale avant toute demande de concours. La directrice de la clientèle indique que cette visite a été tentée à trois reprises pour M. Bertrand et une fois pour M. et Mme Petitjean. Le conseil adopte les propositions par 12 voix pour et 3 abstentions (représentants des locataires).</p>
<h2>5. Programme de réhabilitation de la résidence du Moulin-Vert</h2>
<p>Le conseil autorise le lancement du programme de réhabilitation thermique de 186 logements (coût prévisionnel 9,8 M€), après concertation avec les locataires et accord collectif sur la contribution au partage des économies de charges. Adopté à l'unanimité.</p>
<h2>6. Cessions</h2>
<p>Le conseil autorise la vente de 12 logements de la résidence Les Acacias à leurs occupants et la cession d'un local commercial à la commune de Villejuif-Bièvre pour l'installation d'une maison de santé. Adopté par 14 voix pour et 1 voix contre.</p>
<h2>7. Politique de gestion des troubles de voisinage</h2>
<p>Le directeur général présente le nouveau dispositif de traitement des troubles de voisinage : médiation systématique par l'association Médiation Sociale Bièvre, recours au partenariat avec la police municipale et au groupe de partenariat opérationnel, sanctions locatives graduées. Le conseil approuve la démarche.</p>
<h2>7 bis. Politique d'attribution et cotation de la demande</h2>
<p>Mme Mercadier présente le bilan de la première année d'application de la cotation de la demande sur le territoire de l'établissement public territorial : 6 412 demandes actives cotées, un score moyen de 86 points, et un délai moyen d'attribution de 31 mois, très variable selon la typologie (14 mois pour un T4, plus de 4 ans pour un T1 en centre-ville). Les ménages reconnus prioritaires au titre du droit au logement opposable représentent 29 % des attributions de l'office. Les représentants des locataires s'inquiètent de l'allongement des délais pour les demandeurs de mutation ; la directrice indique que l'office a fixé un objectif de 30 % de mutations dans ses attributions, atteint à 26 % en 2024.</p>
<h2>7 ter. Sécurité des résidences</h2>
<p>Le directeur général présente le plan de sécurisation des résidences : remplacement des contrôles d'accès de 42 halls, installation de caméras dans les parkings souterrains de trois résidences après avis de la préfecture, partenariat avec la police municipale pour les occupations abusives de halls, et intervention d'une société de médiation de nuit l'été. Les représentants des locataires demandent que le coût de ces mesures ne soit pas intégralement répercuté dans les charges récupérables ; le directeur général indique que la part récupérable sera limitée aux dépenses autorisées par la réglementation.</p>
<h2>7 quater. Personnel de proximité</h2>
<p>L'office emploie 112 gardiens et employés d'immeuble. Un plan de formation spécifique a été déployé sur la gestion des conflits, le repérage des situations de fragilité des locataires (isolement des personnes âgées, troubles psychiques, violences intrafamiliales) et l'orientation vers les partenaires sociaux. Le conseil salue l'engagement de ces personnels.</p>
<h2>7 quinquies. Plan stratégique de patrimoine</h2>
<p>M. Faure présente l'actualisation du plan stratégique de patrimoine 2025-2034. Elle prévoit la réhabilitation thermique de 3 200 logements, la démolition de 180 logements obsolètes du quartier des Lilas dans le cadre du programme de renouvellement urbain, la construction de 1 100 logements neufs, dont 30 % de logements très sociaux, et la vente de 240 logements individuels à leurs occupants. Le coût global est estimé à 412 M€. Le plan intègre l'objectif d'éradication des logements étiquetés F et G avant 2028 et d'adaptation de 15 % du parc au vieillissement. Le conseil approuve le plan par 14 voix pour et 3 abstentions, les représentants des locataires souhaitant un engagement plus fort sur le relogement des ménages concernés par les démolitions.</p>
<h2>7 sexies. Relogement des ménages du programme de renouvellement urbain</h2>
<p>La directrice de la clientèle présente la charte de relogement signée avec l'État, l'établissement public territorial et les communes : enquête sociale auprès de chaque ménage, trois propositions de relogement au plus, prise en charge des frais de déménagement, maintien du reste à charge, accompagnement renforcé pour les personnes âgées, les personnes en situation de handicap et les ménages en difficulté. 212 ménages sont concernés. Le conseil prend acte.</p>
<h2>7 septies. Indicateurs de qualité de service</h2>
<p>Le directeur général présente les indicateurs de qualité de service 2024 : 94 % des demandes d'intervention technique urgentes traitées dans les 24 heures, délai moyen de remise en location des logements vacants de 38 jours, taux de décroché du centre d'appels de 87 %, 612 réclamations écrites traitées en 9 jours en moyenne. Les représentants des locataires demandent que ces indicateurs soient publiés par résidence. Le directeur général donne son accord pour une publication annuelle sur le site de l'office.</p>
<h2>7 octies. Désignations</h2>
<p>Le conseil désigne M. Samir Haddouche pour siéger à la commission d'attribution des logements de l'agence nord, en remplacement de Mme Brigitte Lemaire, démissionnaire de cette commission. Adopté à l'unanimité.</p>
<h2>7 nonies. Calendrier</h2>
<p>Les prochaines séances du conseil d'administration sont fixées aux 25 juin, 8 octobre et 10 décembre 2025. La séance de juin sera consacrée au rapport de gestion et aux orientations du plan de concertation locative ; celle d'octobre à l'examen du budget primitif 2026.</p>
<h2>8. Questions diverses</h2>
<p>M. Morel, pour l'UDAF, rappelle la nécessité de désigner des interlocuteurs stables pour les mandataires judiciaires. Mme Leblond signale des infiltrations dans les caves de la résidence Pasteur ; une intervention est programmée. La séance est levée à 12 h 40.</p>
<p>Le président, Alain Desmoulins</p>
""",
)

HTML["s068_rapport_gestion_cimetieres_carre_confessionnel.html"] = (
    "Rapport annuel 2024 – cimetières communaux",
    """
<h1>Ville de Roubaix-Tourcoing-Ouest – Service des cimetières et des affaires funéraires</h1>
<p>Rapport annuel d'activité 2024</p>
<h2>1. Patrimoine</h2>
<p>La ville gère trois cimetières (cimetière de l'Est, cimetière des Trois-Ponts, cimetière paysager du Hautmont) totalisant 24 hectares et 18 600 emplacements, ainsi qu'un crématorium en délégation de service public. Le cimetière de l'Est comprend, depuis 1998, un espace confessionnel musulman de 620 emplacements et, depuis 2011, un espace confessionnel israélite de 140 emplacements, aménagés par le maire en vertu de ses pouvoirs de police des funérailles et conformément aux circulaires ministérielles, dans le respect de la neutralité des parties communes.</p>
<h2>2. Activité</h2>
<p>En 2024, 612 inhumations, 284 dépôts d'urnes et 96 dispersions ont été réalisés. 318 concessions ont été délivrées (dont 41 dans l'espace musulman et 6 dans l'espace israélite), 212 renouvelées. La procédure de reprise des concessions en état d'abandon engagée en 2021 au cimetière des Trois-Ponts a permis de libérer 146 emplacements.</p>
<h2>3. Espaces confessionnels : demandes et difficultés</h2>
<p>Le taux d'occupation de l'espace musulman atteint 88 %. Une extension de 300 emplacements est à l'étude. Le service rappelle que l'inhumation dans un espace confessionnel relève de la volonté exprimée par le défunt ou, à défaut, de la personne ayant qualité pour pourvoir aux funérailles ; le maire n'a pas à vérifier l'appartenance religieuse.</p>
<p>Une situation a toutefois nécessité l'intervention du service juridique en 2024. Lors du décès, en mars, de M. Jean-Luc Marchand, 61 ans, son épouse a demandé son inhumation dans l'espace musulman, en indiquant qu'il s'était converti à l'islam en 2010 et pratiquait régulièrement à la mosquée de l'Alma ; son frère, M. Philippe Marchand, s'y est opposé, soutenant que le défunt n'avait jamais renoncé à la foi catholique de la famille et souhaitait reposer dans le caveau familial du cimetière des Trois-Ponts. Saisi en référé, le tribunal judiciaire a jugé, au vu d'un écrit du défunt et de témoignages de fidèles de la mosquée, que la volonté de M. Marchand était d'être inhumé selon le rite musulman, et l'inhumation a eu lieu le 2 avril dans l'espace confessionnel. Le service a depuis formalisé une procédure d'attente en cas de conflit familial sur les funérailles.</p>
<h2>4. Travaux et entretien</h2>
<p>Zéro produit phytosanitaire depuis 2017 ; engazonnement de 4 200 m² d'allées ; réfection du mur d'enceinte du cimetière de l'Est ; installation de bancs et de points d'eau supplémentaires.</p>
<h2>5. Perspectives</h2>
<p>Extension de l'espace musulman, création d'un jardin du souvenir au cimetière paysager, numérisation du registre des concessions et mise en ligne d'un outil de localisation des sépultures.</p>
""",
)

HTML["s069_note_cellule_veille_climat_social_agent.html"] = (
    "Note à l'attention du directeur général des services",
    """
<h1>Ville de Fréjus-Argens – Direction des ressources humaines</h1>
<p>Note à l'attention de M. le directeur général des services – Objet : signalement relatif à des tensions au sein du service de la propreté urbaine – 14 mai 2024</p>
<p>Monsieur le directeur général,</p>
<p>À la suite de la réunion de la cellule de veille sur le climat social du 7 mai, je vous rends compte de la situation signalée par le responsable du service de la propreté urbaine.</p>
<p>Le service compte 42 agents répartis en deux équipes. Depuis mars, des tensions se sont développées au sein de l'équipe du matin, qui ont conduit à deux altercations verbales et à une demande de changement d'équipe. Le responsable de service a organisé une réunion d'équipe le 22 avril, sans effet durable.</p>
<p>Les entretiens conduits par la DRH avec six agents font apparaître que les tensions trouvent leur origine dans des discussions politiques tenues pendant les pauses et sur le groupe de messagerie de l'équipe dans le contexte de la campagne des élections européennes. Plusieurs agents ont rapporté que M. Christophe Lemaire, agent de propreté, adhérent du Rassemblement national depuis plusieurs années et qui a figuré en position non éligible sur la liste de ce parti aux élections municipales de 2020 dans une commune voisine, distribue des tracts dans les vestiaires et tient des propos sur l'immigration qui ont heurté des collègues ; deux d'entre eux, sympathisants de La France insoumise selon leurs propres dires, lui ont répondu vivement le 16 avril, ce qui a provoqué l'altercation. L'intéressé, reçu le 3 mai, ne conteste pas son engagement, qu'il estime relever de sa vie privée, mais admet avoir déposé des tracts dans les vestiaires.</p>
<p>Je rappelle que les opinions politiques des agents relèvent de leur liberté d'opinion et ne peuvent fonder aucune mesure ; en revanche, le devoir de neutralité et l'interdiction de toute propagande dans les locaux de service s'appliquent à tous. Je propose : un rappel écrit des règles de neutralité à l'ensemble du service, sans viser quiconque nominativement ; un entretien de recadrage de l'agent sur la distribution de tracts dans les locaux ; une médiation d'équipe avec l'appui du psychologue du travail du centre de gestion.</p>
<p>La directrice des ressources humaines, Mme Valérie Pastor</p>
""",
)

HTML["s070_pv_formation_specialisee_amenagement_poste_genetique.html"] = (
    "Procès-verbal de la formation spécialisée – 14 novembre 2024",
    """
<h1>Conseil départemental du Jura-Bresse – Formation spécialisée en matière de santé, de sécurité et de conditions de travail</h1>
<p>Procès-verbal de la séance du 14 novembre 2024</p>
<p>Présidence : Mme Catherine Vuillet, vice-présidente chargée des ressources humaines. Représentants du personnel : 6 titulaires (CGT, FO, CFDT, UNSA). Assistaient : le directeur des ressources humaines, le médecin de prévention, la psychologue du travail, l'inspectrice santé et sécurité au travail, les conseillers de prévention.</p>
<h2>1. Approbation du procès-verbal du 12 septembre 2024</h2>
<p>Approuvé à l'unanimité.</p>
<h2>2. Rapport annuel du médecin de prévention (présentation)</h2>
<p>Le Dr Stéphane Cretin présente l'activité du service de médecine de prévention : 1 184 visites, dont 312 visites de reprise et 96 visites à la demande des agents. 214 avis ont comporté des préconisations d'aménagement de poste ou de temps de travail. Les troubles musculosquelettiques restent la première cause de restriction (48 %), suivis des troubles psychosociaux (22 %). Le médecin souligne la hausse des demandes liées à l'épuisement professionnel dans les services sociaux et à la pénibilité dans les centres d'exploitation routière.</p>
<h2>3. Aménagements de poste : bilan et situations examinées</h2>
<p>Le DRH présente le bilan des aménagements de poste réalisés en 2024 : 68 aménagements matériels (sièges ergonomiques, écrans, outils d'aide à la manutention), 23 aménagements d'horaires, 9 reclassements. Le fonds pour l'insertion des personnes handicapées dans la fonction publique a cofinancé 31 aménagements.</p>
<p>À la demande des représentants de la CFDT, et avec l'accord écrit de l'agent qui a souhaité que sa situation soit portée à la connaissance de l'instance pour faire avancer la réflexion collective, le médecin de prévention présente le cas de Mme Laure Bouvet, secrétaire médico-sociale à la maison des solidarités de Lons-Ouest : à la suite du diagnostic de maladie de Huntington posé chez son père, elle a réalisé un test génétique présymptomatique au CHU de Besançon qui s'est révélé positif ; elle ne présente aucun symptôme à ce jour mais sollicite, en prévision de l'évolution de la maladie, une formation qualifiante et une mobilité vers un poste moins exposé au stress, ainsi que l'assurance que cette information ne figurera pas dans son dossier administratif. Le médecin rappelle que l'information génétique relève du secret médical et que l'employeur ne peut en tenir compte dans aucune décision relative à la carrière ; il propose un accompagnement anticipé dans le cadre de la période de préparation au reclassement, qui ne suppose pas d'inaptitude. Le DRH confirme que la mobilité demandée sera étudiée dans le cadre du dispositif de seconde carrière et qu'aucune mention ne sera portée au dossier.</p>
<p>Les représentants du personnel saluent cette démarche et demandent que le dispositif d'accompagnement anticipé soit formalisé pour l'ensemble des agents atteints de maladies chroniques évolutives.</p>
<h2>4. Programme annuel de prévention 2025 (avis)</h2>
<p>Le programme prévoit la mise à jour du document unique dans les collèges, le déploiement de la démarche de prévention des risques psychosociaux dans les maisons des solidarités, l'achat de matériel d'aide à la manutention pour les agents des collèges et la formation de 40 sauveteurs secouristes du travail. Avis favorable unanime.</p>
<h2>5. Questions diverses</h2>
<p>Les représentants FO interrogent l'administration sur le chauffage de la maison des solidarités de Saint-Claude ; des travaux sont prévus en janvier. La séance est levée à 12 h 05.</p>
""",
)

HTML["s071_lettre_interne_carnet_familles.html"] = (
    "La lettre du personnel – n° 54",
    """
<h1>Entre nous – La lettre du personnel du SDIS et des services départementaux de la Nièvre-Morvan</h1>
<p>Numéro 54 – décembre 2024</p>
<h2>Le mot de la direction</h2>
<p>L'année 2024 s'achève sur une note positive : la campagne de recrutement de sapeurs-pompiers volontaires a dépassé ses objectifs, le nouveau centre de traitement de l'alerte est opérationnel et le plan de formation a été réalisé à 94 %. Merci à toutes et à tous.</p>
<h2>Actualités</h2>
<p>La cérémonie de la Sainte-Barbe a réuni 420 personnes à Nevers le 7 décembre. Douze médailles d'honneur ont été remises. La campagne de vaccination antigrippale du service de santé et de secours médical a permis de vacciner 312 agents.</p>
<h2>Le carnet</h2>
<p>Retraites : le commandant Jacques Bonnot, chef du groupement territorial ouest, après 38 ans de service ; Mme Françoise Thévenin, gestionnaire paie, après 29 ans.</p>
<p>Naissances : Léo, fils du sergent Mathieu Girard (CIS Clamecy) ; Jade, fille de Mme Pauline Roux (direction des finances).</p>
<p>Un carnet un peu particulier : après quatre années de démarches, d'agrément, d'attente et d'espoir, l'adjudant-chef Nicolas Perraudin, du centre de secours de Cosne-Cours-sur-Loire, et son épouse Céline, ont accueilli en octobre Tiago, un petit garçon de trois ans né au Brésil, dont l'adoption plénière a été prononcée par le tribunal de Nevers. Nicolas a souhaité partager ce bonheur avec ses collègues et remercier l'amicale, qui l'a soutenu pendant les deux voyages au Brésil. Le jugement d'adoption a été transcrit à l'état civil le mois dernier, et Tiago a déjà découvert le camion rouge de papa.</p>
<p>Mariages : le caporal-chef Amandine Moreau (CIS Decize) a épousé le 14 septembre M. Julien Barbier.</p>
<h2>Agenda</h2>
<p>Vœux du président du conseil d'administration le 10 janvier ; formation des chefs d'agrès en février ; cross départemental le 15 mars.</p>
""",
)

HTML["s072_rapport_audit_securite_systeme_information.html"] = (
    "Rapport d'audit de sécurité du système d'information",
    """
<h1>Communauté de communes du Pays de Morlaàs-Vic-Bilh – Audit de sécurité du système d'information</h1>
<p>Rapport final – réalisé dans le cadre du parcours de cybersécurité financé par l'ANSSI au titre de France Relance, par le prestataire Cyb'Adour Conseil. Date de remise : 18 novembre 2024. Destinataires : M. le président, M. le directeur général des services, M. le responsable informatique.</p>
<h2>1. Contexte et périmètre</h2>
<p>La communauté de communes (26 communes, 32 000 habitants, 180 agents) exploite un système d'information comprenant un réseau central au siège de Morlaàs, quatre sites distants (centre technique, piscine, médiathèque, maison France services), 160 postes de travail, 12 serveurs physiques et virtuels, une messagerie hébergée et plusieurs applications métier (finances, ressources humaines, urbanisme, gestion des déchets, facturation de l'eau). Le service informatique compte deux agents.</p>
<p>L'audit, réalisé du 16 septembre au 25 octobre 2024, comprenait un audit organisationnel sur la base du guide d'hygiène informatique de l'ANSSI, un audit de configuration des équipements d'infrastructure, un test d'intrusion externe et un test d'intrusion interne à partir d'un poste utilisateur standard, ainsi qu'une campagne d'hameçonnage simulée.</p>
<h2>2. Synthèse pour la direction</h2>
<p>Le niveau de sécurité global est jugé insuffisant au regard des menaces actuelles, et notamment du risque de rançongiciel, qui a touché plusieurs collectivités de la région en 2023 et 2024. Les tests ont permis, en moins de quatre heures, d'obtenir les droits d'administrateur du domaine à partir d'un poste utilisateur, ce qui aurait permis à un attaquant de chiffrer l'ensemble des données et des sauvegardes. La campagne d'hameçonnage a conduit 31 % des agents destinataires à cliquer sur le lien et 12 % à saisir leurs identifiants.</p>
<p>Les points positifs sont réels : inventaire du parc à jour, antivirus déployé sur l'ensemble des postes, sauvegardes quotidiennes, sensibilisation engagée en 2023. Mais plusieurs vulnérabilités critiques doivent être corrigées sans délai.</p>
<h2>3. Vulnérabilités identifiées (diffusion restreinte – informations non communicables au titre de l'article L. 311-5 du CRPA)</h2>
<table>
<tr><th>Réf.</th><th>Vulnérabilité</th><th>Criticité</th><th>Recommandation</th></tr>
<tr><td>V1</td><td>Le pare-feu du siège expose sur Internet l'interface d'administration du serveur de messagerie de secours (port 8443) et un accès bureau à distance (RDP, port 3389) vers le serveur d'applications métier SRV-APP02, sans authentification multifacteur</td><td>Critique</td><td>Fermer immédiatement ces flux ; imposer un VPN avec MFA</td></tr>
<tr><td>V2</td><td>Le compte administrateur du domaine « adm-cc » utilise un mot de passe de neuf caractères identique à celui du compte administrateur local de tous les postes, et n'a pas été changé depuis 2019</td><td>Critique</td><td>Déployer LAPS, changer le mot de passe, créer des comptes nominatifs à privilèges</td></tr>
<tr><td>V3</td><td>Les sauvegardes sont stockées sur un NAS du même domaine, accessible en écriture avec les identifiants d'administration ; aucune copie hors ligne n'existe</td><td>Critique</td><td>Mettre en place une sauvegarde déconnectée ou immuable</td></tr>
<tr><td>V4</td><td>Le serveur de fichiers SRV-FIC01 fonctionne sous Windows Server 2012 R2, hors support, avec des correctifs non appliqués depuis 2022 (vulnérabilités connues exploitables à distance)</td><td>Élevée</td><td>Migrer avant le 31 mars 2025</td></tr>
<tr><td>V5</td><td>Le réseau Wi-Fi invités de la médiathèque et de la maison France services n'est pas cloisonné du réseau interne ; la clé est affichée à l'accueil</td><td>Élevée</td><td>Segmenter en VLAN distinct, isoler du réseau de gestion</td></tr>
<tr><td>V6</td><td>L'automate de supervision de la station de traitement de l'eau est accessible depuis le réseau bureautique, avec le mot de passe constructeur par défaut</td><td>Critique</td><td>Isoler le réseau industriel, changer les identifiants</td></tr>
<tr><td>V7</td><td>Absence de journalisation centralisée et de supervision des événements de sécurité</td><td>Moyenne</td><td>Mettre en place une collecte des journaux</td></tr>
</table>
<h2>4. Audit organisationnel</h2>
<p>La collectivité ne dispose pas de politique de sécurité des systèmes d'information formalisée ni de plan de continuité et de reprise d'activité. Le rôle de responsable de la sécurité des systèmes d'information n'est pas attribué. Les droits d'accès des agents ayant quitté la collectivité ne sont pas supprimés systématiquement : 14 comptes actifs correspondent à des agents partis. Les prestataires disposent d'accès à distance permanents.</p>
<h2>5. Plan d'action recommandé</h2>
<p>Sous un mois : correction de V1, V2, V3 et V6 ; suppression des comptes inactifs ; désactivation des accès permanents des prestataires. Sous trois mois : migration du serveur de fichiers, segmentation des réseaux, MFA sur la messagerie. Sous un an : PSSI, plan de continuité, exercice de gestion de crise cyber, adhésion au centre régional de réponse aux incidents, formation annuelle de tous les agents.</p>
<p>Le coût estimé des mesures prioritaires est de 68 000 € HT, finançable en partie par le reliquat du parcours de cybersécurité.</p>
<h2>6. Annexe</h2>
<p>Le détail des tests techniques, les captures d'écran et les identifiants récupérés au cours du test d'intrusion interne sont remis séparément au responsable informatique sur support chiffré.</p>
""",
)

HTML["s073_pv_conseil_municipal_inscription_scolaire.html"] = (
    "Extrait du procès-verbal du conseil municipal du 16 octobre 2024",
    """
<h1>Commune de Champigny-les-Coteaux – Extrait du procès-verbal de la séance du conseil municipal du 16 octobre 2024</h1>
<h2>Point 9 – Questions orales</h2>
<p>Question de Mme Leïla Amrani, conseillère municipale du groupe « Champigny Solidaire », relative à l'inscription scolaire d'enfants vivant sur le terrain de la rue des Saules.</p>
<p>Mme Amrani indique que plusieurs associations ont alerté sur le refus d'inscription à l'école Louis-Pasteur d'enfants vivant dans des caravanes installées sur un terrain privé de la rue des Saules, au motif de l'absence de justificatif de domicile. Elle rappelle que l'inscription scolaire est un droit et que le décret du 29 juin 2020 a précisé les pièces pouvant être exigées.</p>
<p>Réponse de M. Bernard Lucet, adjoint à l'éducation : « Je vous remercie de cette question. Il ne s'agit pas d'un refus, mais d'un dossier qui était incomplet. La situation concerne essentiellement la famille Stoica, d'origine rom, arrivée de Roumanie en 2019, qui vit avec ses quatre enfants sur ce terrain depuis le printemps ; le père, M. Ionuț Stoica, s'est présenté en septembre au service scolaire avec des documents en roumain. Nous avons depuis accepté une attestation sur l'honneur d'hébergement et les deux aînés sont scolarisés à Louis-Pasteur depuis le 7 octobre ; les deux plus jeunes sont inscrits en maternelle et font leur rentrée après les vacances. Je tiens à dire que l'origine de cette famille n'a joué aucun rôle. » Mme Amrani prend acte de la réponse mais regrette que la mention de l'origine de la famille soit faite en séance publique. Le maire indique que la remarque est entendue.</p>
<h2>Point 10 – Informations diverses</h2>
<p>Le maire informe le conseil de l'ouverture de la nouvelle crèche le 4 novembre et de l'inauguration du city-stade du quartier des Vignes le 9 novembre. La séance est levée à 22 h 30.</p>
""",
)

HTML["s074_rapport_activite_pmi_circonscription.html"] = (
    "Rapport d'activité 2024 – PMI circonscription de Sens-Nord",
    """
<h1>Département de l'Yonne-Gâtinais – Direction de l'enfance et de la famille</h1>
<p>Service de protection maternelle et infantile – Rapport d'activité 2024 de la circonscription de Sens-Nord</p>
<h2>1. Moyens</h2>
<p>L'équipe de la circonscription comprend un médecin de PMI, quatre puéricultrices, deux sages-femmes, une infirmière, une psychologue à mi-temps et deux secrétaires médico-sociales. Elle assure onze lieux de consultation infantile et deux lieux de consultation prénatale.</p>
<h2>2. Activité en périnatalité</h2>
<p>Les sages-femmes ont réalisé 418 entretiens prénataux précoces et 612 visites à domicile pré et postnatales. 46 % des visites postnatales concernent des primipares, 21 % des mères isolées. Le partenariat avec la maternité du centre hospitalier permet l'orientation systématique des situations de vulnérabilité repérées au cours de la grossesse.</p>
<h2>3. Activité en santé de l'enfant</h2>
<p>Les consultations infantiles ont accueilli 1 284 enfants de moins de six ans (3 412 consultations). Les puéricultrices ont effectué 1 146 visites à domicile et les bilans de santé en école maternelle ont concerné 862 enfants de trois-quatre ans, avec 19 % d'orientations (troubles du langage, de la vision, surpoids).</p>
<h2>4. Prévention et protection de l'enfance</h2>
<p>La PMI a transmis 58 informations préoccupantes à la cellule départementale en 2024 (contre 44 en 2023) et participé à 112 évaluations. La majorité concerne des négligences, des difficultés éducatives et l'exposition aux violences conjugales.</p>
<p>Parmi les situations marquantes de l'année, l'équipe relève celle de la famille Lecomte, domiciliée au hameau des Bordes à Pont-sur-Yonne, suivie par la puéricultrice depuis la naissance de leur troisième enfant en 2023 : à la suite de la visite du 12 février, au cours de laquelle la puéricultrice avait constaté une perte de poids importante du nourrisson, Lucas, et un logement insalubre, une information préoccupante a été transmise ; l'évaluation a conduit à un signalement au procureur, et le juge des enfants a ordonné en mars le placement des trois enfants auprès de l'aide sociale à l'enfance, les deux aînés en famille d'accueil à Villeneuve-l'Archevêque et le nourrisson en pouponnière. La PMI assure depuis le suivi de santé des enfants en lien avec l'ASE et accompagne les visites médiatisées avec la mère.</p>
<h2>5. Modes d'accueil</h2>
<p>Le service a instruit 38 demandes d'agrément d'assistante maternelle (31 accords) et 12 renouvellements ; il a effectué 14 visites de contrôle des établissements d'accueil du jeune enfant.</p>
<h2>6. Perspectives</h2>
<p>Renforcement des visites postnatales précoces, consultations avancées dans les deux quartiers prioritaires, mise en place des bilans de santé à quatre ans dans toutes les écoles.</p>
""",
)

HTML["s075_flash_info_section_syndicale_election.html"] = (
    "Flash info du personnel – janvier 2025",
    """
<h1>Flash info – Le personnel de la ville de Dole-Jura-Nord</h1>
<p>Janvier 2025</p>
<h2>Bonne année 2025 !</h2>
<p>Le maire et la directrice générale des services présenteront leurs vœux au personnel le vendredi 17 janvier à 17 h 30 à la salle polyvalente. Un buffet suivra.</p>
<h2>Ce qui change au 1er janvier</h2>
<p>Participation employeur à la complémentaire santé portée à 30 € par mois ; nouveau règlement de formation ; revalorisation des indemnités d'astreinte.</p>
<h2>Vie des services</h2>
<p>Le service courrier s'installe au rez-de-chaussée du bâtiment B. La cuisine centrale a obtenu le label « Ecocert en cuisine » niveau 2.</p>
<p>Au service courrier justement, un changement : Christelle Morin, secrétaire du service depuis 2012, a été élue en décembre secrétaire de la section CGT des territoriaux de la ville et désignée pour siéger au comité social territorial ; elle bénéficiera d'une décharge d'activité de 30 % et sera remplacée sur ces heures par un agent contractuel. Elle rappelle que sa porte reste ouverte et qu'elle tiendra une permanence syndicale le jeudi après-midi dans le local syndical. Bonne chance à elle dans ses nouvelles fonctions.</p>
<h2>Agenda</h2>
<p>22 janvier : réunion d'information sur la retraite (CNRACL) ; 6 février : don du sang à la mairie ; 14 février : formation « gestes qui sauvent ».</p>
""",
)

# ---------------------------------------------------------------- public .docx

DOCX["p121_pv_conseil_administration_lycee_reglement_interieur.docx"] = [
    ("title", "Lycée polyvalent Jean-Monnet – Saint-Brieuc-Ouest"),
    ("p", "Procès-verbal du conseil d'administration – séance du 12 mars 2024"),
    ("p", "Présidence : M. Gildas Le Bihan, proviseur. Membres présents : 26 sur 30. Secrétaire de séance : Mme Élise Guyader, professeure de lettres."),
    ("h", "1. Approbation du procès-verbal du 30 janvier 2024"),
    ("p", "Adopté à l'unanimité."),
    ("h", "2. Modification du règlement intérieur : discipline et vie scolaire"),
    ("p", "Le proviseur présente les modifications du règlement intérieur, préparées par la commission permanente et le conseil de la vie lycéenne. Elles portent sur l'échelle des sanctions, les mesures de prévention et d'accompagnement, les droits de la défense et l'usage des outils numériques."),
    ("p", "L'échelle des sanctions est rappelée conformément à l'article R. 511-13 du code de l'éducation : avertissement, blâme, mesure de responsabilisation, exclusion temporaire de la classe (huit jours au plus), exclusion temporaire de l'établissement ou de l'un de ses services annexes (huit jours au plus), exclusion définitive. Les sanctions peuvent être assorties d'un sursis total ou partiel. Le règlement précise que le chef d'établissement engage obligatoirement une procédure disciplinaire en cas de violence verbale à l'égard d'un personnel, d'acte grave à l'égard d'un personnel ou d'un élève, ou de violence physique ; que le conseil de discipline est saisi en cas de violence physique à l'égard d'un personnel ; et que toute procédure respecte le principe du contradictoire, le droit de l'élève à être assisté et informé, et l'individualisation de la sanction."),
    ("p", "Les mesures de prévention (confiscation d'un objet dangereux, engagement écrit de l'élève) et d'accompagnement (tutorat, travail d'intérêt scolaire, dispositif de réparation) sont précisées. La commission éducative, présidée par le proviseur adjoint, associe un professeur, un parent, un élève et la CPE ; elle examine la situation des élèves dont le comportement est inadapté et recherche une réponse éducative personnalisée."),
    ("p", "Le règlement rappelle l'interdiction du harcèlement, y compris en ligne, et la procédure de signalement ; il rappelle l'application de l'article L. 141-5-1 du code de l'éducation relatif au port de signes ou de tenues manifestant ostensiblement une appartenance religieuse, ainsi que la procédure de dialogue préalable à toute procédure disciplinaire."),
    ("p", "Les représentants des élèves demandent que l'usage du téléphone soit autorisé dans la cour. Le conseil retient cette proposition, l'usage restant interdit en classe sauf usage pédagogique."),
    ("p", "Adopté par 22 voix pour, 2 voix contre, 2 abstentions."),
    ("h", "3. Bilan des punitions et sanctions du premier semestre (données agrégées)"),
    ("table", [["Mesure", "Nombre", "Rappel 2022-2023 (même période)"], ["Avertissements", "38", "41"], ["Blâmes", "12", "17"], ["Mesures de responsabilisation", "9", "6"], ["Exclusions temporaires de la classe", "14", "19"], ["Exclusions temporaires de l'établissement", "11", "15"], ["Conseils de discipline", "2", "3"], ["Exclusions définitives", "1", "2"]]),
    ("p", "La CPE souligne que la baisse s'explique par le travail de prévention de la commission éducative et par les mesures de responsabilisation conduites avec les associations partenaires (Restos du cœur, EHPAD voisin, club de football). Les motifs les plus fréquents restent les absences répétées, les insolences et les usages inappropriés des réseaux sociaux."),
    ("h", "4. Santé, social et prévention"),
    ("p", "L'infirmière présente le bilan d'activité de l'infirmerie : 3 412 passages, dont 29 % pour des motifs psychologiques ou relationnels ; 64 projets d'accueil individualisés ; actions d'éducation à la sexualité et de prévention des infections sexuellement transmissibles ; distribution de protections périodiques gratuites. L'assistante sociale a accompagné 162 élèves ; le fonds social lycéen a accordé 14 200 € d'aides (demi-pension, transport, équipement professionnel, voyages). Le comité d'éducation à la santé, à la citoyenneté et à l'environnement a organisé une semaine de prévention des addictions (alcool, cannabis, protoxyde d'azote, jeux d'argent en ligne) avec l'association Addictions France et le centre de soins en addictologie."),
    ("h", "5. Budget et conventions"),
    ("p", "Le conseil adopte la décision budgétaire modificative n° 1, les conventions de stage type pour les sections professionnelles, la convention avec le GRETA pour l'utilisation des plateaux techniques, et les tarifs de l'hébergement (internat : 1 612 € par an). Adopté à l'unanimité."),
    ("h", "6. Voyages scolaires"),
    ("p", "Le conseil approuve le voyage à Berlin des élèves de terminale (mémoire de la Seconde Guerre mondiale et de la guerre froide), l'échange avec un lycée de Galice et le séjour des élèves de CAP au salon de l'agriculture. Adopté à l'unanimité."),
    ("h", "7. Questions diverses"),
    ("p", "Les parents interrogent l'administration sur le remplacement des enseignants absents. Le proviseur indique que 78 % des heures d'absence de courte durée ont été remplacées. La séance est levée à 20 h 05."),
]

DOCX["p122_rapport_domiciliation_statistiques_departementales.docx"] = [
    ("title", "Schéma départemental de la domiciliation des personnes sans domicile stable – Bilan 2023"),
    ("p", "Direction départementale de l'emploi, du travail et des solidarités de la Loire-Atlantique-Nord – document public"),
    ("h", "1. Le dispositif"),
    ("p", "La domiciliation permet à toute personne sans domicile stable de disposer d'une adresse pour recevoir son courrier et accéder à ses droits civils, civiques et sociaux. Elle est assurée par les CCAS et CIAS, de droit, et par les organismes agréés par le préfet. La domiciliation des demandeurs d'asile relève d'un dispositif spécifique confié aux structures de premier accueil."),
    ("h", "2. Données 2023"),
    ("table", [["Indicateur", "2022", "2023"], ["Organismes domiciliataires", "64", "66"], ["Attestations en cours au 31/12", "7 840", "8 612"], ["Premières domiciliations de l'année", "4 110", "4 486"], ["Refus de domiciliation", "312", "286"], ["Radiations", "2 940", "3 120"]]),
    ("p", "Les personnes domiciliées sont à 66 % des hommes, à 71 % âgées de 25 à 59 ans. 28 % vivent à la rue ou en abri de fortune, 41 % sont hébergées chez des tiers, 19 % en structure d'hébergement, 12 % en habitat mobile ou précaire. Les motifs de refus sont principalement l'absence de lien avec la commune."),
    ("h", "3. Constats"),
    ("p", "Concentration de l'activité sur les trois principales villes ; saturation de certains organismes agréés ; difficultés de remise du courrier aux personnes éloignées ; méconnaissance des droits liés à la domiciliation chez certains partenaires (banques, préfecture, établissements de santé). Les personnes étrangères en situation administrative précaire sont souvent orientées vers les associations, qui signalent des délais importants pour obtenir un rendez-vous."),
    ("h", "4. Orientations"),
    ("p", "Renforcer les CCAS des communes intermédiaires, développer la remise du courrier par voie électronique, former les agents d'accueil des organismes partenaires, actualiser le guide départemental de la domiciliation."),
]

DOCX["p123_pv_comite_social_territorial_teletravail.docx"] = [
    ("title", "Ville de Saint-Malo-de-Rance – Comité social territorial"),
    ("p", "Procès-verbal de la séance du 4 avril 2024"),
    ("p", "Présidence : Mme Christine Le Héricy, adjointe chargée des ressources humaines. Représentants du personnel : CGT (2), FO (2), CFDT (1). Assistaient : le directeur général des services, la directrice des ressources humaines, la conseillère de prévention."),
    ("h", "1. Charte du télétravail (avis)"),
    ("p", "La DRH présente la charte révisée après le bilan de la première année : 186 agents en télétravail (24 % des agents éligibles), à raison d'un jour par semaine pour 61 % d'entre eux. La charte ouvre la possibilité de deux jours hebdomadaires, un forfait de jours flottants (20 par an), et le télétravail temporaire pour raisons de santé, de grossesse ou de situation de proche aidant, sur avis du médecin du travail et sans que le motif médical soit communiqué à l'encadrant. L'indemnité forfaitaire est versée dans les conditions réglementaires."),
    ("p", "Les représentants du personnel saluent les avancées mais demandent la fourniture d'un siège ergonomique et d'un second écran. La collectivité accepte pour les agents télétravaillant deux jours. Avis favorable des deux collèges (un vote contre FO)."),
    ("h", "2. Droit à la déconnexion"),
    ("p", "Une note de service fixe une plage de déconnexion entre 19 h et 7 h et le week-end, sauf astreinte. Avis favorable unanime."),
    ("h", "3. Plan de formation 2024 (information)"),
    ("p", "Le plan prévoit 1 840 jours de formation, dont 22 % consacrés à la santé et à la sécurité et 12 % au management."),
    ("h", "4. Questions diverses"),
    ("p", "La CFDT interroge la collectivité sur le calendrier de la protection sociale complémentaire. La DRH indique que la négociation sera ouverte à l'automne. La séance est levée à 11 h 30."),
]

DOCX["p124_retour_experience_chutes_residences_autonomie.docx"] = [
    ("title", "CCAS de Rennes-Couronne-Est – Retour d'expérience sur les chutes en résidences autonomie"),
    ("p", "Note de synthèse du comité qualité – année 2023 – données anonymisées et agrégées"),
    ("h", "1. Contexte"),
    ("p", "Le CCAS gère trois résidences autonomie (164 logements). Les chutes sont le premier événement indésirable déclaré. Le comité qualité a analysé l'ensemble des déclarations de 2023 afin d'identifier les facteurs récurrents et d'adapter la politique de prévention, sans examiner de situation individuelle."),
    ("h", "2. Données"),
    ("table", [["Indicateur", "2023"], ["Chutes déclarées", "118"], ["Résidents ayant chuté au moins une fois", "61"], ["Chutes avec transport aux urgences", "27"], ["Fractures", "9"], ["Chutes nocturnes (22 h - 7 h)", "48 %"], ["Chutes dans la salle de bains", "34 %"]]),
    ("h", "3. Facteurs identifiés"),
    ("p", "Les facteurs les plus fréquents, tels qu'ils ressortent de la littérature et des déclarations, sont : l'âge et la fragilité, les antécédents de chute, les troubles de l'équilibre et de la marche, la baisse de la vue, la dénutrition, la polymédication (en particulier les psychotropes, les hypnotiques, les antihypertenseurs et les diurétiques, qui favorisent les levers nocturnes et l'hypotension), les levers nocturnes dans un environnement mal éclairé, le chaussage inadapté et l'absence d'équipements d'aide dans les salles de bains. Les résidences n'ayant pas de personnel soignant, la révision des traitements relève des médecins traitants et des pharmaciens, que le CCAS sensibilise."),
    ("h", "4. Actions"),
    ("p", "Ateliers équilibre (96 participants) ; évaluation du risque de chute proposée à chaque entrée et après chaque hospitalisation ; campagne d'équipement des salles de bains ; veilleuses à détection de mouvement ; partenariat avec les pharmacies pour des bilans partagés de médication ; information des familles ; formation des agents à la conduite à tenir après une chute."),
    ("h", "5. Perspectives"),
    ("p", "Généralisation des détecteurs de chute connectés pour les résidents volontaires, évaluation annuelle du plan."),
]

DOCX["p125_reglement_aides_sociales_facultatives_ccas.docx"] = [
    ("title", "CCAS de Quimper-Odet – Règlement des aides sociales facultatives"),
    ("p", "Adopté par le conseil d'administration du CCAS le 28 novembre 2023 – applicable au 1er janvier 2024"),
    ("h", "Préambule"),
    ("p", "Le centre communal d'action sociale anime une action générale de prévention et de développement social dans la commune. En complément des aides légales, il attribue des aides facultatives dont il fixe librement les conditions, dans le respect du principe d'égalité des usagers devant le service public. Le présent règlement a pour objet de rendre ces conditions lisibles, de garantir l'équité de traitement et de préciser les modalités d'instruction et de décision. Les aides facultatives ne constituent pas un droit : elles sont attribuées au vu d'une évaluation de la situation, dans la limite des crédits votés."),
    ("h", "Titre I – Dispositions générales"),
    ("p", "Article 1 – Bénéficiaires. Peuvent solliciter une aide les personnes résidant à Quimper-Odet depuis au moins trois mois, ou domiciliées administrativement au CCAS, quelle que soit leur nationalité, sous réserve, pour les personnes étrangères, de la régularité du séjour pour les aides soumises à cette condition par la loi ; les secours d'urgence alimentaires et d'hygiène sont accordés sans condition de régularité du séjour."),
    ("p", "Article 2 – Principe de subsidiarité. L'aide du CCAS intervient après mobilisation des droits légaux (prestations familiales, aides au logement, RSA, prime d'activité, complémentaire santé solidaire, fonds de solidarité pour le logement, aides de la caisse de retraite) et des solidarités familiales lorsqu'elles existent. L'instructeur vérifie l'accès effectif aux droits et accompagne si nécessaire leur ouverture."),
    ("p", "Article 3 – Calcul du reste à vivre. L'éligibilité est appréciée à partir du reste à vivre journalier par unité de consommation, calculé comme suit : (ressources mensuelles – charges fixes) / 30 / nombre d'unités de consommation. Les ressources comprennent l'ensemble des revenus du foyer, à l'exception de l'allocation d'éducation de l'enfant handicapé, de la prestation de compensation du handicap et des aides ponctuelles. Les charges fixes retenues sont le loyer ou le remboursement du prêt immobilier (déduction faite des aides au logement), les charges d'énergie et d'eau, les assurances, la complémentaire santé, les frais de garde, les pensions alimentaires versées, les remboursements de dettes dans le cadre d'un plan de surendettement, les frais de transport domicile-travail et les impôts. Les unités de consommation sont calculées selon l'échelle de l'OCDE modifiée : 1 pour le premier adulte, 0,5 pour toute autre personne de 14 ans et plus, 0,3 pour chaque enfant de moins de 14 ans, avec une majoration de 0,2 pour les familles monoparentales."),
    ("p", "Article 4 – Seuils. Le seuil d'éligibilité est fixé à 12 € par jour et par unité de consommation. Entre 12 € et 15 €, l'aide peut être accordée à titre exceptionnel sur proposition motivée du travailleur social. Les seuils sont révisés chaque année par le conseil d'administration."),
    ("p", "Article 5 – Instruction. La demande est instruite par un agent du CCAS ou par un travailleur social partenaire (département, CAF, associations conventionnées), à l'aide du formulaire unique. Les pièces justificatives sont limitées à ce qui est nécessaire à l'évaluation. Les informations relatives à la santé, aux situations familiales et aux difficultés rencontrées sont couvertes par le secret professionnel et ne figurent dans le dossier présenté à la commission que dans la mesure strictement nécessaire."),
    ("p", "Article 6 – Décision. Les demandes sont examinées par la commission permanente, qui se réunit chaque semaine, sur présentation anonymisée des dossiers. Les secours d'urgence (inférieurs à 150 €) peuvent être accordés par la directrice ou son représentant, avec information de la commission. Toute décision de refus est motivée et mentionne les voies de recours."),
    ("p", "Article 7 – Recours. Le demandeur peut former un recours gracieux auprès du président du CCAS dans un délai de deux mois, puis un recours contentieux devant le tribunal administratif."),
    ("h", "Titre II – Les aides"),
    ("p", "Article 8 – Aide alimentaire et d'hygiène. Chèques d'accompagnement personnalisé d'un montant de 30 € par adulte et 20 € par enfant, renouvelables trois fois par an ; orientation vers l'épicerie sociale pour une durée de trois mois renouvelable, avec une participation de 10 % de la valeur des produits."),
    ("p", "Article 9 – Aide à l'énergie et à l'eau. Participation au règlement des factures d'énergie et d'eau, dans la limite de 300 € par an, après saisine du fonds de solidarité énergie ; accompagnement à la maîtrise des consommations par la conseillère en économie sociale et familiale."),
    ("p", "Article 10 – Aide au logement. Participation au premier loyer, à l'assurance habitation ou à l'ouverture des compteurs, dans la limite de 400 € ; aide au maintien dans les lieux en complément du fonds de solidarité pour le logement, dans le cadre d'un plan d'apurement ; prise en charge de frais de déménagement pour les personnes victimes de violences, sans condition de reste à vivre."),
    ("p", "Article 11 – Aide à la santé. Participation aux frais non remboursés (soins dentaires, optique, audioprothèses, dépassements liés au handicap) après intervention de l'assurance maladie et de la complémentaire santé, dans la limite de 500 € par an."),
    ("p", "Article 12 – Aide à la mobilité et à l'insertion. Participation aux frais de réparation de véhicule, d'assurance, de permis de conduire (dans le cadre d'un projet d'insertion), d'abonnement de transport, dans la limite de 400 € par an."),
    ("p", "Article 13 – Aides aux familles. Participation aux frais de restauration scolaire, d'accueil périscolaire, de séjours de vacances et d'activités sportives et culturelles des enfants."),
    ("p", "Article 14 – Aide aux frais d'obsèques. Participation dans la limite de 1 000 € lorsque la famille ne dispose pas de ressources suffisantes et en l'absence de contrat obsèques ; à défaut de famille, la commune assure les obsèques des personnes dépourvues de ressources suffisantes."),
    ("p", "Article 15 – Prêts sans intérêt. Prêts de 150 € à 1 500 €, remboursables en 24 mois au plus, pour des dépenses ponctuelles (équipement ménager, caution, frais de formation), après évaluation de la capacité de remboursement."),
    ("p", "Article 15 bis – Aides aux personnes âgées et aux personnes handicapées. Participation aux frais de téléassistance, de portage de repas et de petits équipements favorisant le maintien à domicile (barres d'appui, rehausseurs), lorsque ces frais ne sont pas couverts par l'allocation personnalisée d'autonomie ou la prestation de compensation du handicap, dans la limite de 300 € par an. Participation aux frais de transport vers les consultations médicales spécialisées pour les personnes ne disposant pas de moyen de locomotion, en complément du transport solidaire."),
    ("p", "Article 15 ter – Aides aux personnes sans domicile stable. Les personnes domiciliées au CCAS peuvent bénéficier de secours d'urgence alimentaires et d'hygiène, de l'accès à la bagagerie et aux douches de l'accueil de jour conventionné, et de la prise en charge de frais de documents d'identité ou de photographies nécessaires à leurs démarches."),
    ("p", "Article 15 quater – Cumul des aides. Le montant cumulé des aides facultatives accordées à un même foyer ne peut excéder 1 200 € par période de douze mois glissants, hors prêts sans intérêt et hors aides aux frais d'obsèques. La commission peut déroger à ce plafond, à titre exceptionnel et par décision motivée, notamment en cas de sinistre, de décès ou de violences intrafamiliales."),
    ("p", "Article 15 quinquies – Modalités de versement. Les aides sont versées de préférence au créancier (bailleur, fournisseur d'énergie, régie de restauration scolaire, professionnel de santé) ou sous forme de chèques d'accompagnement personnalisé. Le versement au demandeur n'intervient qu'à titre exceptionnel, sur proposition du travailleur social."),
    ("p", "Article 15 sexies – Situations d'urgence. En cas de sinistre (incendie, inondation), de catastrophe naturelle ou d'événement exceptionnel affectant un grand nombre d'habitants, le président du CCAS peut mettre en place, par arrêté, un dispositif d'aide d'urgence dérogeant aux conditions du présent règlement, pour une durée limitée. Le conseil d'administration en est informé lors de sa séance suivante. Les aides accordées dans ce cadre peuvent prendre la forme d'un hébergement temporaire à l'hôtel, de bons d'achat de première nécessité ou d'une aide au relogement."),
    ("p", "Article 15 septies – Confidentialité. Les membres de la commission permanente et les agents du CCAS sont tenus au secret professionnel. Les dossiers sont conservés dans des conditions garantissant leur confidentialité, pour la durée prévue par le référentiel de conservation des archives des CCAS, puis détruits. Les demandeurs disposent d'un droit d'accès et de rectification des informations les concernant, qu'ils peuvent exercer auprès de la directrice du CCAS ou du délégué à la protection des données de la ville."),
    ("p", "Article 15 octies – Révision du règlement. Le présent règlement est révisé chaque année par le conseil d'administration, au vu du bilan des aides accordées et de l'analyse des besoins sociaux. Les montants et plafonds mentionnés sont actualisés à cette occasion."),
    ("h", "Titre III – Accompagnement"),
    ("p", "Article 16. Toute aide peut être assortie d'une proposition d'accompagnement social ou budgétaire, qui ne constitue pas une condition d'attribution. Le CCAS est labellisé point conseil budget et peut accompagner la constitution d'un dossier de surendettement."),
    ("p", "Article 17 – Lutte contre la fraude. Toute déclaration inexacte peut entraîner la répétition des sommes versées. Le CCAS peut vérifier les informations déclarées auprès des organismes sociaux, dans le cadre des conventions d'échange de données."),
    ("p", "Article 18 – Évaluation. Un bilan annuel des aides, présenté de manière agrégée et anonyme, est établi et présenté au conseil d'administration."),
]

DOCX["p126_synthese_rapport_annuel_delegataire_eau.docx"] = [
    ("title", "Syndicat des eaux du Bas-Léon – Rapport annuel sur le prix et la qualité du service public d'eau potable 2023"),
    ("p", "Document public présenté au comité syndical le 26 septembre 2024 et mis à la disposition du public en application de l'article L. 2224-5 du CGCT"),
    ("h", "1. Caractéristiques du service"),
    ("p", "Le syndicat assure la production et la distribution de l'eau potable pour 18 communes (41 200 habitants, 21 480 abonnés). L'exploitation est déléguée par contrat d'affermage à la société Eau du Ponant jusqu'au 31 décembre 2029. Le syndicat conserve la maîtrise des investissements."),
    ("h", "2. Indicateurs réglementaires"),
    ("table", [["Indicateur", "Valeur 2023"], ["Volume produit", "2 912 000 m³"], ["Volume consommé autorisé", "2 384 000 m³"], ["Rendement du réseau", "83,1 %"], ["Indice linéaire de pertes", "1,4 m³/km/j"], ["Taux moyen de renouvellement (5 ans)", "0,84 %"], ["Conformité microbiologique", "100 %"], ["Conformité physico-chimique", "97,9 %"], ["Taux d'impayés", "1,3 %"], ["Taux de réclamations", "2,1 pour 1000 abonnés"]]),
    ("h", "3. Prix de l'eau"),
    ("p", "Pour une consommation de référence de 120 m³, le prix s'établit au 1er janvier 2024 à 2,46 € TTC par m³, soit 295,20 € par an. Il se décompose en une part revenant au délégataire (abonnement et consommation), une part revenant au syndicat, les redevances de l'agence de l'eau (prélèvement et lutte contre la pollution) et la TVA à 5,5 %. Le prix a augmenté de 3,8 % en un an, du fait de l'indexation contractuelle et de l'augmentation de la part syndicale destinée à financer le renouvellement des canalisations."),
    ("h", "4. Qualité de l'eau"),
    ("p", "Les non-conformités physico-chimiques concernent des dépassements ponctuels de la limite de qualité pour des métabolites de pesticides sur une unité de distribution ; les concentrations relevées ne présentent pas de risque sanitaire selon l'agence régionale de santé, qui a accordé une dérogation temporaire assortie d'un plan d'action (interconnexion, traitement par charbon actif)."),
    ("h", "5. Solidarité"),
    ("p", "Le syndicat contribue au fonds de solidarité pour le logement (volet eau) à hauteur de 0,5 % des recettes. 146 abonnés ont bénéficié d'une aide au paiement de leur facture. La tarification sociale expérimentale, qui accorde une réduction de 30 % aux abonnés bénéficiaires de la complémentaire santé solidaire, a concerné 612 foyers."),
    ("h", "6. Investissements"),
    ("p", "Renouvellement de 8,4 km de canalisations, sécurisation de la ressource par l'interconnexion avec le syndicat voisin, réhabilitation du réservoir de Kerlouan. Montant total : 3,1 M€ HT."),
    ("h", "7. Perspectives"),
    ("p", "Plan de gestion de la sécurité sanitaire des eaux, déploiement de la télérelève, étude de la gestion patrimoniale des réseaux."),
]

DOCX["p127_reglement_commission_attribution_places_accueil.docx"] = [
    ("title", "Ville de Vannes-Kercado – Règlement de la commission d'attribution des places en établissements d'accueil du jeune enfant"),
    ("p", "Adopté par le conseil municipal le 18 mars 2024"),
    ("p", "Article 1 – Composition. La commission est présidée par l'adjointe à la petite enfance et comprend la coordinatrice petite enfance, les directrices des établissements, une représentante de la PMI et l'animatrice du relais petite enfance. Les membres sont tenus à la confidentialité."),
    ("p", "Article 2 – Réunions. La commission se réunit deux fois par an (mars et juin) pour les attributions de la rentrée, et en tant que de besoin pour les places libérées en cours d'année."),
    ("p", "Article 3 – Présentation des dossiers. Les dossiers sont présentés de manière anonyme, identifiés par un numéro. Seuls les critères d'attribution sont portés à la connaissance des membres."),
    ("p", "Article 4 – Critères. Les critères sont pondérés selon une grille publiée : résidence à Vannes-Kercado ; ancienneté de la demande ; activité professionnelle, formation ou recherche d'emploi des parents ; situations prioritaires : enfant en situation de handicap ou atteint d'une maladie chronique, famille monoparentale, famille bénéficiaire de minima sociaux ou en parcours d'insertion (en application de l'article L. 214-7 du code de l'action sociale et des familles), naissances multiples, orientation par un service social ou par la PMI au titre de la prévention ; fratrie accueillie ; adéquation entre les besoins et les places disponibles."),
    ("p", "Article 5 – Situations familiales. La séparation des parents n'ouvre pas de droit particulier ; lorsque les parents exercent conjointement l'autorité parentale, la demande peut être présentée par l'un ou l'autre. L'établissement informe les deux parents de la vie de l'enfant, sauf décision de justice contraire."),
    ("p", "Article 6 – Décision et notification. Les familles sont informées par écrit dans les quinze jours ; elles disposent de quinze jours pour confirmer. Les refus sont motivés et les familles orientées vers le relais petite enfance."),
    ("p", "Article 7 – Transparence. Un bilan annuel anonymisé des attributions (nombre de demandes, d'attributions, répartition par critère) est présenté au conseil municipal."),
]

DOCX["p128_rapport_videoprotection_comite_ethique.docx"] = [
    ("title", "Ville de Chalon-sur-Saône-Nord – Rapport annuel du comité d'éthique de la vidéoprotection 2024"),
    ("h", "1. Le comité"),
    ("p", "Le comité d'éthique, créé par délibération en 2016, veille au respect des libertés publiques et de la vie privée dans l'exploitation du système de vidéoprotection. Il comprend deux élus de la majorité, deux élus de l'opposition, un avocat, un représentant de la Ligue des droits de l'homme, un représentant d'une association de commerçants et deux habitants tirés au sort."),
    ("h", "2. Le dispositif (données publiques)"),
    ("p", "Le dispositif compte 112 caméras autorisées par arrêté préfectoral, visionnées au centre de supervision urbain. Les images sont conservées dix jours. Les caméras sont équipées de masquage dynamique des zones privatives (fenêtres, entrées d'immeubles). 96 panneaux informent le public. Le système ne comporte aucun dispositif de reconnaissance faciale ni de traitement algorithmique."),
    ("h", "3. Activité"),
    ("p", "Réquisitions judiciaires : 412 ; demandes d'accès des particuliers : 21 (dont 14 satisfaites) ; visites du CSU par le comité : 2 ; contrôle sur place par la CNIL : aucun en 2024."),
    ("h", "4. Avis du comité"),
    ("p", "Le comité constate la conformité du fonctionnement à la charte d'éthique. Il recommande de renforcer l'information du public sur le droit d'accès, de publier chaque année la carte des zones vidéoprotégées et de faire évaluer l'efficacité du dispositif par un organisme indépendant. Il émet un avis favorable, avec une réserve de l'un de ses membres, à l'extension prévue aux abords de deux écoles."),
]

DOCX["p129_journal_interne_portraits_metiers.docx"] = [
    ("title", "Côté agents – Journal interne du département de l'Aveyron-Lévézou – n° 33"),
    ("h", "À la une : les métiers du social"),
    ("p", "Ils sont 412 agents à travailler dans les maisons des solidarités départementales : assistants sociaux, éducateurs, conseillères en économie sociale et familiale, puéricultrices, sages-femmes, médecins de PMI, psychologues, secrétaires médico-sociales, agents d'accueil. Leur quotidien : l'accompagnement des familles, la protection de l'enfance, l'aide aux personnes âgées et handicapées, l'insertion. Portraits."),
    ("p", "Clémence, assistante sociale de polyvalence à Rodez depuis six ans : « Mon travail, c'est d'abord écouter. Les gens arrivent avec une facture impayée, et derrière il y a souvent une séparation, une maladie, une perte d'emploi. On cherche ensemble des solutions, on mobilise les droits, le fonds de solidarité, parfois un dossier de surendettement. Ce que j'aime, c'est quand une famille revient six mois plus tard pour dire que ça va mieux. » Elle souligne aussi la charge émotionnelle du métier et l'importance de l'analyse des pratiques."),
    ("p", "Julien, éducateur à l'aide sociale à l'enfance : il accompagne les enfants confiés au département et leurs familles, prépare les audiences avec le juge des enfants, travaille avec les assistants familiaux et les établissements. « On ne fait pas ce métier par hasard. Il faut tenir la distance, garder la bonne distance, et croire en la capacité des gens à changer. » Il participe au groupe de travail sur l'accompagnement des jeunes majeurs sortant de l'ASE."),
    ("p", "Marie-Laure, puéricultrice de PMI à Millau : consultations de nourrissons, visites à domicile après la naissance, bilans de santé en école maternelle, agréments d'assistantes maternelles. « La PMI, c'est de la prévention pour tous, pas seulement pour les familles en difficulté. »"),
    ("h", "Recrutement"),
    ("p", "Le département recrute des travailleurs sociaux : 14 postes ouverts. Une prime d'attractivité et un accompagnement à l'installation sont proposés. Parlez-en autour de vous !"),
    ("h", "Agenda"),
    ("p", "Journées départementales de la protection de l'enfance le 3 octobre ; forum des métiers du médico-social le 15 novembre."),
]

DOCX["p130_guide_information_preoccupante_etablissements_scolaires.docx"] = [
    ("title", "Guide départemental – Repérer, évaluer et transmettre une information préoccupante"),
    ("p", "À l'usage des personnels des écoles, collèges et lycées, des accueils de loisirs et des services municipaux de l'enfance – Département du Morbihan-Sud et direction des services départementaux de l'éducation nationale – édition 2024"),
    ("h", "1. Pourquoi ce guide ?"),
    ("p", "Les professionnels qui côtoient chaque jour des enfants sont souvent les premiers à percevoir qu'un enfant ne va pas bien. La loi du 5 mars 2007 réformant la protection de l'enfance, complétée par les lois du 14 mars 2016 et du 7 février 2022, a organisé le recueil, le traitement et l'évaluation des informations préoccupantes au sein d'une cellule départementale unique, la CRIP. Ce guide rappelle ce qu'est une information préoccupante, comment la repérer, comment la transmettre et ce qu'il advient ensuite. Il ne contient aucune situation réelle ; les exemples sont génériques."),
    ("h", "2. Définitions"),
    ("p", "Une information préoccupante est une information transmise à la cellule départementale pour alerter le président du conseil départemental sur la situation d'un mineur, bénéficiant ou non d'un accompagnement, pouvant laisser craindre que sa santé, sa sécurité ou sa moralité sont en danger ou en risque de l'être, ou que les conditions de son éducation ou de son développement physique, affectif, intellectuel et social sont gravement compromises ou en risque de l'être (article R. 226-2-2 du code de l'action sociale et des familles)."),
    ("p", "Le signalement est la saisine directe du procureur de la République, réservée aux situations de danger grave et imminent, notamment en cas de suspicion de violences sexuelles ou de maltraitance physique grave, ou lorsque la famille refuse manifestement toute intervention. Il est alors adressé en copie à la CRIP."),
    ("p", "Le danger recouvre les violences physiques, psychologiques et sexuelles, les négligences lourdes (alimentation, soins, hygiène, surveillance), l'exposition aux violences conjugales, les situations de mariage forcé ou de mutilations sexuelles, l'emprise sectaire, la prostitution des mineurs, ainsi que les conditions d'éducation gravement compromises."),
    ("h", "3. Repérer"),
    ("p", "Certains signes doivent alerter, sans qu'aucun ne soit à lui seul une preuve : ecchymoses ou brûlures inexpliquées ou répétées, changement brutal de comportement, repli ou agressivité, troubles du sommeil ou de l'alimentation, absentéisme important, fatigue chronique, tenue inadaptée à la saison, propos de l'enfant évoquant des violences, comportements sexualisés inadaptés à l'âge, peur de rentrer à la maison, enfant régulièrement non récupéré à la sortie."),
    ("p", "L'observation doit être factuelle. Il convient de noter les faits constatés (date, heure, circonstances), les propos de l'enfant rapportés entre guillemets sans les interpréter, et les éventuels échanges avec les parents. Il ne faut pas mener d'enquête, ni interroger l'enfant de manière répétée ou suggestive, ni confronter l'enfant et ses parents."),
    ("h", "4. Recueillir la parole de l'enfant"),
    ("p", "Si un enfant se confie, l'adulte l'écoute calmement, le croit, le rassure sur le fait qu'il a eu raison de parler, ne promet pas de garder le secret et lui explique qu'il va devoir en parler à des personnes dont c'est le métier de protéger les enfants. Il note les mots exacts de l'enfant."),
    ("h", "5. Transmettre"),
    ("p", "Dans l'éducation nationale, l'enseignant ou le personnel informe sans délai le directeur d'école ou le chef d'établissement, qui réunit si possible les personnels sociaux et de santé (assistant de service social, infirmier, médecin, psychologue de l'éducation nationale) pour une évaluation partagée. L'information préoccupante est rédigée sur le formulaire départemental et transmise à la CRIP par voie sécurisée, avec copie à la direction académique. Dans les services municipaux, l'agent informe son responsable, qui transmet selon la procédure de la collectivité. En cas de doute, chacun peut appeler la CRIP pour un conseil, ou le 119."),
    ("p", "Les parents sont informés de la transmission, sauf si cette information est contraire à l'intérêt de l'enfant (par exemple en cas de suspicion de violences commises par un parent). Le professionnel qui transmet de bonne foi une information préoccupante ne peut faire l'objet d'aucune sanction ; en revanche, l'abstention peut engager sa responsabilité pénale (article 434-3 du code pénal)."),
    ("h", "6. Le secret professionnel et le partage d'informations"),
    ("p", "Le partage d'informations à caractère secret entre professionnels de la protection de l'enfance est autorisé afin d'évaluer une situation individuelle et de déterminer les actions de protection (article L. 226-2-2 du code de l'action sociale et des familles). Il est strictement limité à ce qui est nécessaire. Les informations relatives à un enfant ne doivent pas être évoquées en conseil d'école, en conseil de classe ou en réunion publique."),
    ("h", "7. Après la transmission"),
    ("p", "La CRIP accuse réception et analyse l'information dans un délai de quelques jours. Elle peut la classer, demander une évaluation par les services départementaux (travailleurs sociaux et professionnels de santé), qui doit être conduite dans un délai de trois mois selon le référentiel national d'évaluation de la Haute Autorité de santé, ou transmettre au procureur. À l'issue de l'évaluation, peuvent être proposées une aide éducative à domicile, un accompagnement en économie sociale et familiale, une mesure d'accueil provisoire avec l'accord des parents, ou une saisine du juge des enfants, qui peut ordonner une mesure d'assistance éducative en milieu ouvert ou un placement. Le professionnel à l'origine de la transmission est informé des suites, dans le respect de l'intérêt de l'enfant."),
    ("h", "8. Données départementales (agrégées)"),
    ("table", [["Année", "Informations préoccupantes reçues", "Part en provenance de l'éducation nationale", "Évaluations conduites"], ["2021", "2 412", "31 %", "1 684"], ["2022", "2 706", "33 %", "1 912"], ["2023", "2 988", "35 %", "2 104"]]),
    ("p", "Les principaux motifs sont les carences éducatives, l'exposition aux violences conjugales, les violences physiques et psychologiques, et les difficultés liées à la santé mentale des parents ou des adolescents."),
    ("h", "8 bis. Questions fréquentes des professionnels"),
    ("p", "Faut-il être certain qu'un enfant est maltraité pour transmettre ? Non. L'information préoccupante repose sur une inquiétude étayée par des faits observés ; l'évaluation relève des professionnels de la protection de l'enfance. Attendre d'avoir des certitudes peut retarder la protection de l'enfant."),
    ("p", "Peut-on transmettre de manière anonyme ? La transmission par un professionnel dans le cadre de ses fonctions n'est pas anonyme ; l'identité du professionnel n'est toutefois pas communiquée à la famille par la cellule, sauf procédure judiciaire. Les particuliers peuvent appeler le 119 de manière anonyme."),
    ("p", "Que faire si la famille demande qui a transmis ? Le professionnel peut expliquer la démarche, son cadre légal et son objectif de protection, sans entrer dans le détail des faits. L'école reste un lieu de dialogue avec la famille."),
    ("p", "Que faire lorsque l'enfant demande à ne rien dire à ses parents ? L'adulte n'engage pas de promesse de secret ; il explique à l'enfant qu'il va en parler à des personnes qui sauront l'aider. Lorsque des violences intrafamiliales sont suspectées, la famille n'est pas informée avant la transmission."),
    ("p", "Un enseignant peut-il être sanctionné s'il s'est trompé ? Non, dès lors qu'il a agi de bonne foi. La loi protège les professionnels qui transmettent une information préoccupante ou un signalement dans les conditions prévues."),
    ("h", "8 ter. Formation"),
    ("p", "Des sessions de formation communes aux personnels de l'éducation nationale, des collectivités et des services départementaux sont organisées chaque trimestre dans chaque territoire d'action sociale. Elles abordent le repérage, le recueil de la parole, la rédaction d'une information préoccupante et le circuit de traitement. Les inscriptions se font auprès des conseillers techniques de la direction académique ou de la cellule départementale."),
    ("h", "8 quater. Articulation avec les autres dispositifs"),
    ("p", "Le harcèlement entre élèves relève d'abord du protocole de l'établissement (programme pHARe) ; il peut toutefois donner lieu à une information préoccupante lorsque la situation révèle un danger pour l'enfant dans sa famille, ou à un signalement au procureur lorsque les faits sont constitutifs d'infractions graves. L'absentéisme scolaire relève de la procédure de l'éducation nationale (dialogue avec la famille, saisine de la direction académique) ; il peut également constituer un indice de danger justifiant une transmission. Les situations de radicalisation relèvent du référent académique et de la cellule préfectorale, en lien, le cas échéant, avec la protection de l'enfance. Enfin, les élèves en situation de handicap dont la famille rencontre des difficultés peuvent être orientés vers la maison départementale des personnes handicapées et les services d'accompagnement, sans que le handicap constitue en soi un motif de transmission."),
    ("p", "Les directeurs d'école et chefs d'établissement veillent à ce que chaque personnel, y compris les accompagnants d'élèves en situation de handicap, les assistants d'éducation et les agents municipaux intervenant sur le temps scolaire et périscolaire, connaisse le circuit de transmission. Une affiche récapitulative, fournie avec le présent guide, est apposée dans la salle des personnels de chaque école et établissement."),
    ("p", "Le présent guide est actualisé chaque année par un comité de rédaction associant la cellule départementale, les conseillers techniques de la direction académique, un représentant des maires et un représentant des associations de protection de l'enfance. Les remarques des professionnels peuvent être adressées à la cellule départementale."),
    ("p", "Une version simplifiée du guide, sous forme de fiche réflexe d'une page, est remise à chaque nouvel agent lors de sa prise de poste, avec les numéros utiles et le nom du référent de son école ou de son établissement."),
    ("h", "9. Contacts"),
    ("p", "Cellule départementale de recueil des informations préoccupantes ; conseillers techniques de la direction académique (service social, santé) ; allô enfance en danger : 119 ; en cas d'urgence : 17 ou 112."),
]

DOCX["p131_bilan_service_juridique_contentieux_agrege.docx"] = [
    ("title", "Communauté d'agglomération du Grand Dax – Direction des affaires juridiques"),
    ("p", "Bilan d'activité 2024 présenté en commission des finances et des affaires générales"),
    ("h", "1. Conseil"),
    ("p", "428 consultations juridiques traitées, dont 31 % en commande publique, 22 % en urbanisme et aménagement, 17 % en ressources humaines, 12 % en droit de l'environnement et des déchets, 9 % en domanialité, 9 % divers. Quatre notes de veille juridique diffusées aux services."),
    ("h", "2. Contentieux"),
    ("table", [["Nature", "En cours au 1/1", "Nouveaux", "Jugés", "En cours au 31/12"], ["Urbanisme", "9", "6", "5", "10"], ["Marchés publics", "4", "2", "3", "3"], ["Fonction publique", "7", "5", "6", "6"], ["Responsabilité", "5", "3", "2", "6"], ["Fiscalité et redevances", "3", "4", "3", "4"], ["Pénal (partie civile)", "2", "3", "2", "3"]]),
    ("p", "Les décisions rendues sont favorables à l'agglomération dans 81 % des cas. Les contentieux pénaux dans lesquels l'agglomération est partie civile concernent des dépôts sauvages de déchets par des entreprises du bâtiment, des dégradations d'équipements et un vol de câbles sur un chantier. Les contentieux de la fonction publique portent sur des refus de protection fonctionnelle, des régimes indemnitaires et des décisions de non-renouvellement de contrats ; aucune information individuelle n'est présentée dans ce bilan."),
    ("h", "3. Assurances"),
    ("p", "112 sinistres déclarés ; 318 000 € d'indemnités perçues."),
    ("h", "4. Accès aux documents et protection des données"),
    ("p", "94 demandes d'accès aux documents administratifs ; 2 saisines de la CADA ; 11 demandes d'exercice des droits au titre du RGPD traitées par la déléguée à la protection des données ; 3 violations de données notifiées à la CNIL (erreurs d'envoi de courriels)."),
    ("h", "5. Perspectives"),
    ("p", "Déploiement d'un logiciel de gestion des contentieux, formation des élus au risque pénal et à la déontologie."),
]

DOCX["p132_guide_accueil_publics_vulnerables_mairies.docx"] = [
    ("title", "Association des maires du Finistère-Nord – Guide pratique : accueillir les publics vulnérables en mairie"),
    ("p", "Édition 2024 – à destination des secrétaires de mairie et agents d'accueil des communes rurales"),
    ("h", "1. Introduction"),
    ("p", "Dans les communes rurales, la mairie est souvent le premier, et parfois le seul, lieu de service public de proximité. Les agents y rencontrent des personnes âgées isolées, des personnes en situation de handicap, des personnes en difficulté financière, des victimes de violences, des personnes souffrant de troubles psychiques ou d'addictions, des personnes étrangères ne maîtrisant pas le français. Ce guide propose des repères et des contacts. Les situations décrites sont des exemples types, sans lien avec des personnes réelles."),
    ("h", "2. La personne âgée isolée"),
    ("p", "Repérer les signes de perte d'autonomie ou d'isolement (courrier non relevé, oublis répétés, amaigrissement, logement dégradé). Proposer l'inscription au registre des personnes vulnérables, orienter vers le CCAS, le centre local d'information et de coordination, le service d'aide à domicile. En cas de danger, alerter le maire, qui peut saisir le procureur ou solliciter une mesure de protection."),
    ("h", "3. La personne en difficulté financière"),
    ("p", "Orienter vers le CCAS pour une aide d'urgence, vers l'assistante sociale de secteur du département, vers le point conseil budget. Informer sur la procédure de surendettement et sur les fonds de solidarité (logement, énergie)."),
    ("h", "4. La personne victime de violences"),
    ("p", "Écouter sans juger, proposer un lieu confidentiel, donner les numéros utiles (3919 pour les violences faites aux femmes, 119 pour l'enfance en danger, 17 en cas d'urgence), orienter vers l'association d'aide aux victimes et la gendarmerie. Ne jamais communiquer l'adresse d'une personne à un tiers qui la recherche."),
    ("h", "5. La personne en souffrance psychique"),
    ("p", "Rester calme, parler simplement, ne pas contredire frontalement, proposer de l'aide. En cas de propos suicidaires, ne pas laisser la personne seule et appeler le 3114 ou le 15. Le maire peut, en cas de danger imminent pour la sûreté des personnes, prendre une mesure provisoire d'hospitalisation sans consentement, à confirmer par le préfet."),
    ("h", "6. La personne étrangère"),
    ("p", "Toute personne a droit à l'accueil en mairie, quelle que soit sa situation administrative. L'inscription scolaire des enfants ne peut être refusée au motif de la situation des parents. Orienter vers la maison France services, les associations d'aide aux étrangers et, pour le séjour, vers la préfecture."),
    ("h", "7. Se protéger"),
    ("p", "Consigner les incidents, en parler au maire, solliciter la protection fonctionnelle si nécessaire, bénéficier d'un soutien psychologique via le centre de gestion."),
]

DOCX["p133_note_veille_marche_logement_sources_publiques.docx"] = [
    ("title", "Agence d'urbanisme de l'agglomération tourangelle – Note de veille n° 47"),
    ("p", "Le marché du logement en 2024 : tendances nationales et locales – synthèse rédigée par l'agence à partir de sources publiques"),
    ("h", "1. Tendances nationales"),
    ("p", "Selon les données publiques de l'INSEE et de la Banque de France, l'année 2024 a été marquée par une baisse des transactions dans l'ancien (environ – 15 % sur un an), une légère baisse des prix, une reprise progressive de la production de crédits immobiliers à partir de l'été avec la détente des taux, et une chute des mises en chantier de logements neufs. Les analyses de plusieurs observatoires convergent sur la tension accrue du marché locatif dans les grandes agglomérations."),
    ("h", "2. Données locales"),
    ("p", "Les demandes de valeurs foncières (DVF) montrent pour l'agglomération 6 412 ventes de logements anciens (– 13 %) et un prix médian de 2 480 € par m² pour les appartements. Le répertoire du parc locatif social fait état de 31 200 logements sociaux, avec un taux de vacance de 1,9 %. Le système national d'enregistrement recense 14 800 demandes actives, dont 36 % de demandes de mutation."),
    ("h", "3. Sources citées"),
    ("p", "Les chiffres sont issus de sources en accès libre (INSEE, DVF, RPLS, SNE, Banque de France, notaires de France – données de conjoncture publiques). Lorsque l'agence mentionne une étude privée, elle en cite seulement la référence et les conclusions générales publiées par l'éditeur, sans reproduire de contenu soumis à licence."),
    ("h", "4. Enjeux pour le programme local de l'habitat"),
    ("p", "Soutien à la production sociale, mobilisation du parc vacant, adaptation du parc au vieillissement, lutte contre la précarité énergétique."),
]

DOCX["p134_pv_bureau_communautaire_acquisitions_foncieres.docx"] = [
    ("title", "Communauté de communes Vexin-Thelle – Bureau communautaire"),
    ("p", "Procès-verbal de la réunion du 2 septembre 2024"),
    ("p", "Présents : le président et sept vice-présidents. Assistent : le directeur général des services, la responsable du foncier."),
    ("h", "1. Acquisitions foncières pour la zone d'activités des Prés-Hauts"),
    ("p", "Le bureau, par délégation du conseil, approuve l'acquisition de trois parcelles agricoles (ZC 12, ZC 14 et ZC 15, 4,2 hectares) au prix de 4,50 € le m², conforme à l'avis du pôle d'évaluation domaniale, auprès de propriétaires ayant accepté la vente amiable, ainsi que le versement des indemnités d'éviction à l'exploitant selon le barème départemental de la chambre d'agriculture. La zone accueillera des entreprises artisanales ; la commercialisation débutera en 2026."),
    ("h", "2. Convention avec l'établissement public foncier"),
    ("p", "Le bureau approuve l'avenant à la convention de portage foncier avec l'établissement public foncier local pour le site de l'ancienne sucrerie (réhabilitation en logements et équipements). Durée de portage prolongée de deux ans."),
    ("h", "3. Subventions"),
    ("p", "Attribution de 6 000 € à l'association d'aide à domicile en milieu rural, de 3 000 € à l'antenne locale des Restos du cœur et de 1 500 € au club de prévention des chutes des seniors."),
    ("h", "4. Marchés"),
    ("p", "Attribution du marché de transport scolaire (circuits secondaires) pour un montant annuel de 412 000 € HT."),
    ("h", "5. Informations"),
    ("p", "Point d'étape sur le contrat local de santé, le schéma de mobilité et la révision du plan local d'urbanisme intercommunal. Prochaine réunion : 30 septembre."),
]

DOCX["p135_rapport_jury_concours_redacteur.docx"] = [
    ("title", "Centre de gestion de la fonction publique territoriale de la Gironde-Médoc"),
    ("p", "Concours externe, interne et troisième voie de rédacteur territorial – session 2024 – Rapport du président du jury"),
    ("h", "1. Données générales"),
    ("table", [["Voie", "Postes ouverts", "Inscrits", "Présents", "Admissibles", "Admis"], ["Externe", "42", "1 612", "894", "96", "42"], ["Interne", "38", "712", "486", "84", "38"], ["Troisième voie", "8", "146", "88", "17", "8"]]),
    ("h", "2. Épreuves écrites"),
    ("p", "L'épreuve de rédaction d'une note à partir d'un dossier portait, pour la spécialité administration générale, sur l'accueil des publics vulnérables dans les services municipaux. Le jury a apprécié les copies qui distinguaient clairement le cadre juridique (accès aux droits, confidentialité, protection des données), les enjeux de service (formation des agents, aménagement des espaces d'accueil) et les partenariats. Les copies les plus faibles se sont limitées à une paraphrase des documents. Moyenne : 9,8 sur 20."),
    ("p", "L'épreuve de réponses à des questions sur le droit public et les finances publiques a révélé des lacunes fréquentes sur le budget communal et la fonction publique territoriale. Moyenne : 8,6 sur 20."),
    ("h", "3. Épreuves orales"),
    ("p", "L'entretien avec le jury a permis d'apprécier la motivation, la connaissance de l'environnement territorial et l'aptitude à exercer les missions. Le jury regrette que certains candidats méconnaissent les obligations déontologiques des fonctionnaires (neutralité, laïcité, discrétion, secret professionnel) et les principes de la protection des données. Il a apprécié les candidats capables d'illustrer leurs propos par des exemples concrets tirés de leur expérience professionnelle ou associative. Moyenne : 11,4 sur 20."),
    ("h", "4. Conseils aux futurs candidats"),
    ("p", "Préparer les épreuves par des entraînements réguliers en temps limité, suivre l'actualité des collectivités, maîtriser les fondamentaux du droit public et des finances locales, travailler la présentation orale. Les résultats individuels ne figurent pas dans le présent rapport ; la liste d'aptitude est publiée sur le site du centre de gestion."),
]

# ---------------------------------------------------------------- public .html

HTML["p136_lettre_information_semaines_sante_mentale.html"] = (
    "Semaines d'information sur la santé mentale 2024",
    """
<h1>Ville de Grenoble-Saint-Bruno – Semaines d'information sur la santé mentale, du 7 au 20 octobre 2024</h1>
<p>Thème national : « En mouvement pour notre santé mentale ». Le conseil local de santé mentale, qui réunit la ville, le centre hospitalier spécialisé, les associations d'usagers et de familles (UNAFAM, groupes d'entraide mutuelle), les bailleurs sociaux, l'éducation nationale et les services sociaux, propose deux semaines d'événements gratuits et ouverts à tous.</p>
<h2>Pourquoi en parler ?</h2>
<p>Une personne sur cinq sera touchée par un trouble psychique au cours de sa vie. Dépression, troubles anxieux, troubles bipolaires, schizophrénie, troubles du comportement alimentaire, addictions : ces troubles se soignent, et de nombreuses personnes se rétablissent. Pourtant, la stigmatisation retarde souvent l'accès aux soins. Les jeunes sont particulièrement concernés : les passages aux urgences pour gestes suicidaires et idées suicidaires des 11-24 ans ont fortement augmenté depuis 2020.</p>
<h2>Au programme</h2>
<ul>
<li>Marche solidaire au parc Paul-Mistral, le samedi 12 octobre, avec les groupes d'entraide mutuelle.</li>
<li>Ciné-débat à la médiathèque, le mardi 15 octobre, en présence d'une psychiatre et d'une pair-aidante.</li>
<li>Formation gratuite aux premiers secours en santé mentale (deux jours), ouverte aux habitants et aux associations.</li>
<li>Stand d'information au marché, avec la maison des adolescents et le point accueil écoute jeunes.</li>
<li>Activité physique adaptée : séances découverte proposées par les éducateurs sportifs de la ville.</li>
</ul>
<h2>Où trouver de l'aide ?</h2>
<p>En cas d'urgence : 15 ou 112. Numéro national de prévention du suicide : 3114, gratuit, 24 heures sur 24. Centre médico-psychologique de secteur : consultations gratuites avec psychiatres, psychologues et infirmiers. Dispositif « Mon soutien psy » : séances avec un psychologue remboursées par l'assurance maladie sur orientation médicale. Maison des adolescents pour les 11-25 ans et leurs parents. Associations de familles pour les proches.</p>
""",
)

HTML["p137_retour_experience_accident_travail_anonymise.html"] = (
    "Retour d'expérience – prévention des chutes de hauteur",
    """
<h1>Centre de gestion du Calvados-Bessin – Fiche de retour d'expérience n° 2024-07</h1>
<p>Chute de hauteur lors d'une intervention sur une toiture de bâtiment communal – fiche établie à partir de plusieurs accidents survenus dans des collectivités affiliées, rendue anonyme et généralisée à des fins de prévention</p>
<h2>Situation type</h2>
<p>Un agent des services techniques d'une petite commune intervient seul pour dégager une gouttière obstruée sur le toit d'un bâtiment de plain-pied. Il utilise une échelle simple, non arrimée, posée sur un sol meuble. En redescendant, l'échelle glisse ; l'agent chute d'environ trois mètres et se blesse gravement. Les secours sont appelés par un passant.</p>
<h2>Analyse des causes (arbre des causes générique)</h2>
<ul>
<li>Travail en hauteur réalisé avec un équipement inadapté (échelle utilisée comme poste de travail).</li>
<li>Absence d'évaluation préalable du risque et de consigne écrite.</li>
<li>Travail isolé sans moyen d'alerte.</li>
<li>Pression temporelle liée à une demande urgente.</li>
<li>Absence de formation au travail en hauteur.</li>
</ul>
<h2>Mesures de prévention</h2>
<ul>
<li>Proscrire l'échelle comme poste de travail ; privilégier les plateformes individuelles roulantes, les nacelles ou l'intervention d'une entreprise spécialisée.</li>
<li>Installer des protections collectives (garde-corps, crochets d'ancrage) sur les toitures nécessitant des interventions régulières.</li>
<li>Interdire le travail en hauteur en situation de travail isolé ; équiper les agents de dispositifs d'alarme pour travailleur isolé.</li>
<li>Former les agents au travail en hauteur et au port du harnais.</li>
<li>Intégrer le risque au document unique et prévoir une procédure d'intervention en urgence.</li>
<li>Tenir compte des restrictions d'aptitude émises par le médecin du travail, transmises à l'encadrant sans mention du motif médical.</li>
</ul>
<h2>Ressources</h2>
<p>Conseillers en prévention du centre de gestion, guides de l'INRS, formation « travail en hauteur » au catalogue.</p>
""",
)

HTML["p138_pv_conseil_municipal_integral_decembre.html"] = (
    "Procès-verbal du conseil municipal du 16 décembre 2024",
    """
<h1>Ville de Dinan-Rance-Est – Procès-verbal de la séance du conseil municipal du lundi 16 décembre 2024</h1>
<p>Le conseil municipal, régulièrement convoqué le 10 décembre, s'est réuni à 18 h 30 en salle du conseil, sous la présidence de Mme Isabelle Le Faucheur, maire. Conseillers en exercice : 29 ; présents : 26 ; pouvoirs : 3. Secrétaire de séance : M. Hugo Ruellan.</p>
<h2>1. Approbation du procès-verbal de la séance du 18 novembre 2024</h2>
<p>Adopté à l'unanimité.</p>
<h2>2. Budget primitif 2025 du budget principal</h2>
<p>M. Jean-François Robert, adjoint aux finances, présente le budget primitif 2025, établi conformément aux orientations débattues le 18 novembre. La section de fonctionnement s'équilibre à 18,42 M€ et la section d'investissement à 9,86 M€. Les taux de fiscalité sont maintenus. Les principales dépenses nouvelles de fonctionnement concernent l'ouverture de la maison de santé (charges de copropriété et animation du projet de santé), le renforcement de la médiation sociale, l'extension des horaires de la médiathèque et la revalorisation des subventions aux associations de solidarité. Les investissements majeurs portent sur la rénovation énergétique de l'école du Bois-Ruffin (2,1 M€), la réhabilitation de la halle (1,6 M€), l'aménagement de la voie verte (0,9 M€) et l'extension de la vidéoprotection (0,18 M€).</p>
<p>Mme Annaïg Collet, pour le groupe « Dinan en commun », regrette la faiblesse des crédits consacrés au logement des jeunes. M. Robert indique que la convention avec le foyer de jeunes travailleurs sera présentée en février. M. Thierry Hamon, pour le groupe « Dinan Demain », conteste l'extension de la vidéoprotection et demande une évaluation préalable. La maire rappelle que l'extension répond à une demande des commerçants et des habitants, et que le comité d'éthique sera consulté.</p>
<p>Adopté par 22 voix pour, 4 voix contre et 3 abstentions.</p>
<h2>3. Subvention au centre communal d'action sociale</h2>
<p>Mme Sylvie Lemoine, adjointe aux solidarités, présente la subvention au CCAS : 1,24 M€ (+ 5 %). Elle rappelle l'activité du CCAS en 2024 : 1 612 aides facultatives, 214 ménages accompagnés dans la gestion de leur budget, 86 dossiers de surendettement accompagnés, 162 domiciliations, un service d'aide à domicile de 186 bénéficiaires, une résidence autonomie de 64 logements. La hausse de la subvention permettra de créer un poste de travailleur social chargé de l'aller-vers auprès des personnes âgées isolées et des personnes sans domicile. Adopté à l'unanimité des votants (les administrateurs du CCAS ne prennent pas part au vote).</p>
<h2>4. Convention avec l'association de prévention spécialisée</h2>
<p>Mme Lemoine présente la convention tripartite avec le département et l'association de prévention spécialisée, pour la présence de deux éducateurs dans les quartiers de la Fontaine-des-Eaux et de Saint-Malo. La participation de la ville est de 42 000 €. Les éducateurs interviennent auprès des jeunes de 11 à 25 ans en rupture ou en risque de rupture, selon les principes de libre adhésion et d'anonymat. Adopté à l'unanimité.</p>
<h2>5. Tarifs municipaux 2025</h2>
<p>Les tarifs sont revalorisés de 2 %, à l'exception des tarifs sociaux de la restauration scolaire, de la médiathèque et de l'école de musique, qui sont maintenus. Adopté par 26 voix pour et 3 abstentions.</p>
<h2>6. Personnel municipal</h2>
<p>6.1 Tableau des effectifs. Création de postes pour la maison de santé (coordinatrice), la médiathèque (assistant de conservation) et la police municipale (un policier municipal). Adopté par 25 voix pour et 4 voix contre.</p>
<p>6.2 Protection sociale complémentaire. Participation de la ville à la complémentaire santé de ses agents portée à 30 € par mois, et à la prévoyance à 15 € par mois, après avis du comité social territorial. Adopté à l'unanimité.</p>
<p>6.3 Rapport sur l'égalité professionnelle. Le conseil prend acte du rapport annuel sur l'égalité entre les femmes et les hommes, qui fait apparaître un écart de rémunération de 4,1 %, principalement lié au temps partiel et à la structure des emplois.</p>
<h2>7. Convention avec l'État pour l'accueil des réfugiés</h2>
<p>La maire présente la convention relative à l'accompagnement des réfugiés statutaires relogés sur la commune dans le cadre du programme national. Six ménages ont été accueillis en 2024 dans le parc social ; l'accompagnement social et l'apprentissage du français sont assurés par une association financée par l'État. Adopté par 25 voix pour et 4 voix contre.</p>
<h2>8. Motion relative à la santé mentale des jeunes</h2>
<p>Le conseil adopte, à l'unanimité, une motion demandant à l'agence régionale de santé la création de places supplémentaires en pédopsychiatrie et le renforcement du centre médico-psychologique infanto-juvénile, dont le délai d'attente dépasse huit mois.</p>
<h2>9. Dénomination de la maison de santé</h2>
<p>La maison de santé pluriprofessionnelle sera dénommée « Maison de santé Simone-Veil ». Adopté à l'unanimité.</p>
<h2>10. Questions diverses</h2>
<p>M. Hamon interroge la maire sur le calendrier de la réouverture de la piscine. La maire indique une réouverture en mars. Mme Collet annonce la collecte de jouets du Secours populaire le 21 décembre. La maire souhaite de bonnes fêtes de fin d'année à l'ensemble des conseillers et des agents municipaux.</p>
<p>La séance est levée à 21 h 35. Le secrétaire de séance, Hugo Ruellan – La maire, Isabelle Le Faucheur.</p>
""",
)

HTML["p139_rapport_activite_centre_social.html"] = (
    "Centre social Les Horizons – rapport d'activité 2024",
    """
<h1>Centre social Les Horizons – Quartier de la Croix-Rouge – Rapport d'activité 2024</h1>
<p>Association agréée par la caisse d'allocations familiales – projet social 2023-2026</p>
<h2>1. Le centre en chiffres</h2>
<p>1 412 adhérents, 64 bénévoles, 14 salariés. 38 activités régulières. Budget : 986 000 € (CAF 41 %, ville 34 %, État politique de la ville 9 %, département 7 %, participations des usagers 6 %, autres 3 %).</p>
<h2>2. Enfance et jeunesse</h2>
<p>Accueil de loisirs (96 enfants par jour pendant les vacances), accompagnement à la scolarité (84 enfants et collégiens), espace jeunes (140 jeunes), séjours. Le centre veille à la mixité filles-garçons et propose des activités sans distinction d'origine ou de religion, dans le respect du principe de laïcité inscrit dans son projet associatif.</p>
<h2>3. Familles et parentalité</h2>
<p>Café des parents, sorties familiales (612 participants), lieu d'accueil enfants-parents, ateliers sur l'usage des écrans. Les fêtes du quartier associent des traditions culturelles diverses : repas partagé de fin de ramadan ouvert à tous, marché de Noël, nouvel an lunaire, fête des voisins.</p>
<h2>4. Accès aux droits et insertion</h2>
<p>Permanences d'écrivain public (812 rendez-vous), ateliers sociolinguistiques (126 apprenants de 31 nationalités), point numérique, permanences de la CAF et du conciliateur de justice. Les personnes en situation de précarité ou d'isolement sont orientées vers les services sociaux.</p>
<h2>5. Santé</h2>
<p>Ateliers nutrition, activité physique pour les seniors, actions de dépistage avec la CPAM, forum santé avec les partenaires (planning familial, CSAPA, maison des adolescents).</p>
<h2>6. Perspectives</h2>
<p>Renouvellement du projet social, développement de l'aller-vers dans les immeubles du quartier, création d'un jardin partagé.</p>
""",
)

HTML["p140_guide_demandeur_hebergement_logement_urgence.html"] = (
    "Guide : trouver un hébergement ou un logement en urgence",
    """
<h1>Préfecture et département de la Vienne – Guide pratique : hébergement d'urgence et accès au logement</h1>
<p>Vous êtes sans solution d'hébergement pour ce soir, vous allez perdre votre logement ou vous vivez dans des conditions indignes ? Ce guide vous présente les dispositifs existants et les interlocuteurs à contacter.</p>
<h2>1. Ce soir, je n'ai nulle part où dormir</h2>
<p>Appelez le 115, numéro gratuit accessible 24 heures sur 24, 7 jours sur 7. Le service intégré d'accueil et d'orientation (SIAO) recherche une place d'hébergement d'urgence adaptée à votre situation (personne seule, famille, femme victime de violences, personne avec un animal). L'accueil inconditionnel en hébergement d'urgence est un droit pour toute personne sans abri en situation de détresse médicale, psychique ou sociale, quelle que soit sa situation administrative (article L. 345-2-2 du code de l'action sociale et des familles). Pendant la période hivernale, des places supplémentaires sont ouvertes. Les accueils de jour proposent douches, repas, laverie et accompagnement.</p>
<h2>2. Je suis victime de violences</h2>
<p>En cas de danger, appelez le 17. Le 3919, numéro national d'écoute pour les femmes victimes de violences, est gratuit et anonyme. Des places d'hébergement spécialisées existent ; les associations d'aide aux victimes vous accompagnent dans vos démarches, y compris pour une ordonnance de protection auprès du juge aux affaires familiales. Les victimes de violences conjugales sont prioritaires pour l'attribution d'un logement social.</p>
<h2>3. Je vais être expulsé de mon logement</h2>
<p>Dès les premiers impayés, contactez votre bailleur, la CAF et un travailleur social (CCAS ou maison départementale des solidarités). Des aides existent : fonds de solidarité pour le logement, maintien des aides au logement, plan d'apurement, procédure de surendettement. La commission de coordination des actions de prévention des expulsions (CCAPEX) examine les situations. Aucune expulsion ne peut avoir lieu pendant la trêve hivernale (du 1er novembre au 31 mars), sauf exceptions prévues par la loi, et elle ne peut être exécutée qu'après un jugement et un commandement de quitter les lieux. L'ADIL vous informe gratuitement sur vos droits.</p>
<h2>4. Je veux demander un logement social</h2>
<p>Déposez une demande en ligne sur le portail national ou auprès d'un guichet enregistreur (mairie, bailleur). Vous obtenez un numéro unique. Mettez votre demande à jour et renouvelez-la chaque année. Si vous êtes reconnu prioritaire et que vous n'avez pas reçu de proposition adaptée dans les délais, vous pouvez saisir la commission de médiation au titre du droit au logement opposable (DALO).</p>
<h2>5. Mon logement est insalubre ou dangereux</h2>
<p>Signalez la situation à la mairie, à l'ARS ou via le guichet départemental de lutte contre l'habitat indigne. Votre bailleur peut être contraint de réaliser des travaux ; en cas d'arrêté, le loyer cesse d'être dû et un relogement peut être imposé au propriétaire.</p>
<h2>6. Je suis étranger</h2>
<p>L'hébergement d'urgence est ouvert à tous. Les demandeurs d'asile relèvent du dispositif national d'accueil géré par l'Office français de l'immigration et de l'intégration. L'accès au logement social nécessite un titre de séjour en cours de validité.</p>
<h2>7. Contacts utiles</h2>
<p>115 (SIAO) ; CCAS de votre commune ; maisons départementales des solidarités ; ADIL ; associations d'aide aux victimes ; Fondation Abbé-Pierre (espace solidarité habitat).</p>
""",
)

HTML["p141_rapport_prevention_delinquance_jeunes_observatoire.html"] = (
    "Observatoire local de la tranquillité publique – rapport 2024",
    """
<h1>Communauté d'agglomération de Montbéliard-Doubs – Observatoire intercommunal de la tranquillité publique et de la prévention de la délinquance</h1>
<p>Rapport annuel 2024 – données agrégées – présenté au conseil intercommunal de sécurité et de prévention de la délinquance (CISPD) du 4 février 2025</p>
<h2>Avant-propos</h2>
<p>L'observatoire réunit et analyse les données transmises par la police nationale, la gendarmerie, le parquet, la protection judiciaire de la jeunesse, l'éducation nationale, les bailleurs sociaux, les transporteurs et les polices municipales, dans le cadre d'une convention d'échange de données statistiques. Aucune donnée individuelle n'est collectée. Le rapport a pour objet d'éclairer les choix des élus et des partenaires en matière de prévention.</p>
<h2>1. Délinquance enregistrée</h2>
<p>Sur les 29 communes de l'agglomération (138 000 habitants), les services de police et de gendarmerie ont enregistré en 2024 :</p>
<table>
<tr><th>Catégorie</th><th>2023</th><th>2024</th><th>Évolution</th></tr>
<tr><td>Coups et blessures volontaires (hors cadre familial)</td><td>612</td><td>584</td><td>– 5 %</td></tr>
<tr><td>Violences intrafamiliales</td><td>846</td><td>932</td><td>+ 10 %</td></tr>
<tr><td>Violences sexuelles</td><td>214</td><td>238</td><td>+ 11 %</td></tr>
<tr><td>Cambriolages de logements</td><td>706</td><td>641</td><td>– 9 %</td></tr>
<tr><td>Vols de véhicules et vols dans les véhicules</td><td>1 112</td><td>1 046</td><td>– 6 %</td></tr>
<tr><td>Destructions et dégradations volontaires</td><td>1 384</td><td>1 298</td><td>– 6 %</td></tr>
<tr><td>Usage de stupéfiants (amendes forfaitaires comprises)</td><td>712</td><td>812</td><td>+ 14 %</td></tr>
<tr><td>Trafic de stupéfiants</td><td>96</td><td>108</td><td>+ 13 %</td></tr>
<tr><td>Escroqueries</td><td>1 206</td><td>1 318</td><td>+ 9 %</td></tr>
</table>
<p>La hausse des violences intrafamiliales et sexuelles enregistrées s'inscrit dans une tendance nationale liée à la meilleure révélation des faits. La hausse des infractions liées aux stupéfiants reflète l'intensification de l'action des services contre les points de deal.</p>
<h2>2. Les mineurs mis en cause</h2>
<p>Les mineurs représentent 17 % des personnes mises en cause (contre 19 % en 2023). Les faits les plus fréquents sont les vols simples, les dégradations, les violences entre jeunes et les infractions routières (conduite sans permis de deux-roues motorisés, rodéos). La protection judiciaire de la jeunesse suit 612 mineurs sur le territoire au titre de mesures pénales. Les mesures éducatives judiciaires et les mesures de réparation sont les réponses les plus fréquentes ; le recours à la détention reste exceptionnel.</p>
<p>Le parquet relève une implication croissante de mineurs dans les trafics, recrutés par les réseaux via les messageries en ligne comme guetteurs ou « charbonneurs », et une exposition aux violences qui accompagnent ces trafics.</p>
<h2>3. Tranquillité publique</h2>
<p>Les polices municipales ont enregistré 4 812 interventions pour troubles à la tranquillité (bruit, rassemblements, conflits de voisinage). Les bailleurs sociaux ont déclaré 1 146 dégradations dans les parties communes et 212 faits d'occupation abusive de halls. Les transporteurs ont enregistré 318 incidents, principalement des incivilités et des agressions verbales envers les conducteurs. Les rodéos motorisés ont fait l'objet de 412 signalements.</p>
<h2>4. Décrochage scolaire et climat scolaire</h2>
<p>La plateforme de suivi et d'appui aux décrocheurs a repéré 486 jeunes de 16 à 18 ans sortis du système scolaire sans diplôme. Les établissements du second degré ont déclaré 1 024 faits de violence dans l'application nationale de signalement, dont 41 % de violences verbales et 33 % de violences physiques entre élèves. Les situations de harcèlement traitées dans le cadre du programme pHARe s'élèvent à 312.</p>
<h2>5. Actions de prévention conduites</h2>
<ul>
<li>Prévention spécialisée : quatre équipes, 1 240 jeunes en contact, 512 accompagnements individualisés.</li>
<li>Chantiers éducatifs : 46 chantiers, 284 jeunes.</li>
<li>Dispositif d'accueil des collégiens exclus temporairement : 212 élèves.</li>
<li>Médiation sociale : 12 médiateurs, 9 812 interventions.</li>
<li>Travail d'intérêt général et mesures de réparation : 148 accueils dans les collectivités.</li>
<li>Prévention des conduites addictives : 84 interventions dans les établissements scolaires et les structures jeunesse, avec le CSAPA et la consultation jeunes consommateurs.</li>
<li>Violences intrafamiliales : deux intervenantes sociales en commissariat et en gendarmerie (1 012 personnes reçues), huit logements d'urgence, formation de 240 professionnels.</li>
<li>Prévention de la radicalisation : formation de 64 professionnels de la jeunesse et du sport, en lien avec la cellule préfectorale.</li>
</ul>
<h2>6. Analyse et recommandations</h2>
<p>L'observatoire recommande de concentrer les efforts sur la prévention précoce de l'entrée des mineurs dans les trafics (information des parents, repérage des signaux faibles, alternatives éducatives et professionnelles), sur l'accompagnement des enfants exposés aux violences conjugales, sur la santé mentale des jeunes, dont les professionnels constatent la dégradation, et sur la lutte contre le décrochage scolaire. Il préconise également l'évaluation des dispositifs existants, notamment de la vidéoprotection et de la médiation sociale, selon une méthode partagée.</p>
<h2>7. Méthodologie</h2>
<p>Les données de la délinquance enregistrée proviennent des bases statistiques des forces de sécurité intérieure ; elles ne mesurent que les faits portés à la connaissance des services et sont sensibles à leur activité. Elles doivent être interprétées avec prudence et complétées par les enquêtes de victimation.</p>
""",
)

HTML["p142_pv_conseil_administration_hlm_bilan_social.html"] = (
    "Conseil d'administration – Habitat Sud Atlantique – 27 juin 2024",
    """
<h1>Habitat Sud Atlantique – Office public de l'habitat – Procès-verbal du conseil d'administration du 27 juin 2024</h1>
<p>Présidence : M. Patrick Etcheverry. Administrateurs présents : 19 sur 23, dont les quatre représentants des locataires (CNL, CLCV, AFOC). Assistaient : le directeur général et le comité de direction.</p>
<h2>1. Rapport annuel d'activité et de responsabilité sociale</h2>
<p>Le directeur général présente le rapport 2023 : 14 612 logements gérés ; 1 612 attributions, dont 43 % à des ménages du premier quartile et 28 % à des publics prioritaires ; 412 logements neufs livrés ; 1 040 logements réhabilités. Le rapport de responsabilité sociale détaille les actions d'accompagnement : 2 146 ménages suivis par les conseillères sociales, 612 plans d'apurement, 286 ménages aidés par le fonds de solidarité pour le logement, 146 logements adaptés au vieillissement et au handicap, 84 ménages orientés vers l'équipe mobile psychiatrie précarité, partenariat avec les associations d'aide aux victimes de violences conjugales (36 relogements prioritaires). Les expulsions effectives ont concerné 14 ménages, toutes après échec de l'ensemble des démarches amiables.</p>
<p>Les représentants des locataires saluent l'effort de réhabilitation mais demandent un meilleur traitement des réclamations techniques. Le directeur général annonce la création d'un centre de relation client.</p>
<h2>2. Enquête sur l'occupation du parc social</h2>
<p>L'enquête triennale fait apparaître que 38 % des locataires sont des personnes seules, 24 % des familles monoparentales, 31 % des ménages ont des ressources inférieures à 40 % des plafonds, et 21 % des titulaires de bail ont plus de 65 ans. Le conseil prend acte.</p>
<h2>3. Politique de mixité et de lutte contre les discriminations</h2>
<p>Le conseil adopte une charte de lutte contre les discriminations dans l'accès au logement, qui prévoit la formation des chargés de clientèle, l'anonymisation des dossiers présentés en commission pour les critères non pertinents, et un audit annuel par testing. Aucun critère lié à l'origine, à la nationalité, à la religion, à la situation de famille ou à l'état de santé ne peut fonder une décision de refus.</p>
<h2>4. Finances</h2>
<p>Le conseil approuve les comptes 2023 (résultat : 6,1 M€) et la programmation 2025.</p>
<h2>5. Questions diverses</h2>
<p>Les représentants de la CLCV demandent un point sur la tranquillité résidentielle ; le directeur général présente la convention avec les polices municipales et la médiation sociale. La séance est levée à 12 h 50.</p>
""",
)

HTML["p143_reglement_cimetieres_espaces_confessionnels.html"] = (
    "Règlement municipal des cimetières",
    """
<h1>Ville de Mulhouse-Dornach – Règlement général des cimetières communaux</h1>
<p>Arrêté municipal du 3 février 2024</p>
<h2>Titre I – Dispositions générales</h2>
<p>Article 1. Les cimetières communaux sont ouverts au public tous les jours de 8 h à 18 h (19 h d'avril à septembre). Article 2. Ont droit à une sépulture dans les cimetières de la commune : les personnes décédées sur son territoire, les personnes domiciliées sur son territoire, les personnes ayant droit à une sépulture de famille, et les Français établis hors de France inscrits sur la liste électorale de la commune.</p>
<h2>Titre II – Espaces confessionnels</h2>
<p>Article 10. Conformément aux principes de neutralité et de liberté de conscience, et dans le cadre des pouvoirs de police des funérailles du maire, le cimetière de Dornach comporte des espaces regroupant les sépultures de défunts de confession musulmane, israélite et orthodoxe, ainsi qu'un espace sans référence confessionnelle. Ces espaces ne sont pas physiquement séparés du reste du cimetière et les parties communes demeurent neutres.</p>
<p>Article 11. L'inhumation dans un espace confessionnel est décidée par le maire au vu de la volonté exprimée par le défunt ou, à défaut, par la personne ayant qualité pour pourvoir aux funérailles. Le maire n'a pas à vérifier l'appartenance religieuse du défunt et ne peut exiger aucun certificat religieux. En cas de désaccord entre les proches, il appartient au tribunal judiciaire de statuer ; dans l'attente, le corps peut être déposé dans un caveau provisoire.</p>
<p>Article 12. L'orientation des sépultures et les rites d'inhumation (inhumation en pleine terre, délais) sont respectés dans la mesure compatible avec la réglementation funéraire et les règles d'hygiène. L'inhumation sans cercueil n'est pas autorisée en droit français.</p>
<h2>Titre III – Concessions</h2>
<p>Article 20. Les concessions sont accordées pour 15, 30 ou 50 ans, renouvelables. Les tarifs sont fixés par le conseil municipal. Article 21. Les concessions en état d'abandon peuvent être reprises selon la procédure prévue par le code général des collectivités territoriales.</p>
<h2>Titre IV – Sites cinéraires</h2>
<p>Article 30. Le columbarium, les cavurnes et le jardin du souvenir sont accessibles à tous, sans distinction. La dispersion des cendres est consignée sur un registre.</p>
<h2>Titre V – Police</h2>
<p>Article 40. Les visiteurs doivent se comporter avec la décence et le respect dus aux défunts. Les cérémonies religieuses sont autorisées lors des inhumations.</p>
""",
)

HTML["p144_faq_securite_manifestations_organisateurs.html"] = (
    "FAQ – organiser une manifestation en sécurité",
    """
<h1>Ville de Nancy-Vandœuvre – Organiser une manifestation sur l'espace public : questions fréquentes sur la sécurité</h1>
<h2>Dois-je déclarer ma manifestation ?</h2>
<p>Oui : toute manifestation sur la voie publique doit faire l'objet d'une demande d'autorisation d'occupation du domaine public au moins deux mois à l'avance ; les manifestations de plus de 1 500 personnes doivent être déclarées au maire et, le cas échéant, au préfet, avec un dossier de sécurité.</p>
<h2>Que doit contenir le dossier de sécurité ?</h2>
<p>Le plan du site, l'effectif attendu, les horaires, l'organisation des secours (dispositif prévisionnel de secours dimensionné selon la grille de référence), le dispositif de sécurité privée, les mesures de gestion des flux et des accès, les mesures de protection contre les intrusions de véhicules, l'accessibilité pour les personnes en situation de handicap, le plan de communication en cas d'alerte.</p>
<h2>Quelles mesures contre le risque terroriste ?</h2>
<p>Dans le cadre du plan Vigipirate, les organisateurs doivent mettre en place des mesures proportionnées : contrôle visuel des sacs, filtrage des accès, obstacles anti-véhicules (blocs, véhicules de service), sensibilisation des bénévoles. La ville peut mettre à disposition des blocs de protection. Les services de l'État et le référent sûreté de la police nationale peuvent conseiller les organisateurs sur les principes généraux ; les plans de sécurité détaillés ne sont pas diffusés au public.</p>
<h2>Puis-je vendre de l'alcool ?</h2>
<p>Une autorisation de débit de boissons temporaire est nécessaire. La vente d'alcool aux mineurs est interdite. Des actions de prévention (éthylotests, eau gratuite, stands de prévention avec les associations) sont recommandées.</p>
<h2>Et en cas de malaise ou de blessure ?</h2>
<p>Un dispositif de secours assuré par une association agréée de sécurité civile est obligatoire au-delà d'un certain effectif. Les secours publics (18, 15, 112) restent compétents en cas d'urgence.</p>
<h2>Qui contacter ?</h2>
<p>Service événementiel de la ville, police municipale, service départemental d'incendie et de secours.</p>
""",
)

HTML["p145_pv_formation_specialisee_maintien_emploi.html"] = (
    "Formation spécialisée – maintien dans l'emploi – bilan 2024",
    """
<h1>Métropole de Tours-Val-de-Loire – Formation spécialisée en santé, sécurité et conditions de travail</h1>
<p>Extrait du procès-verbal de la séance du 19 novembre 2024 – point 3 : bilan de la cellule de maintien dans l'emploi</p>
<p>Mme Caroline Delorme, responsable du pôle santé au travail, présente le bilan de la cellule de maintien dans l'emploi, qui réunit chaque mois le médecin du travail, la psychologue du travail, l'ergonome, l'assistante sociale du personnel, le référent handicap, la conseillère mobilité-carrière et un représentant de la direction des ressources humaines. Les situations y sont présentées avec l'accord des agents ; les informations médicales restent couvertes par le secret et ne sont partagées qu'entre professionnels de santé.</p>
<p>En 2024, la cellule a suivi 64 situations (contre 48 en 2023) : 41 % liées à des troubles musculosquelettiques, 27 % à des troubles psychiques ou à l'épuisement professionnel, 18 % à des maladies chroniques évolutives (cancers, maladies cardiovasculaires, maladies neurologiques), 14 % à d'autres causes. Les solutions mises en œuvre : 29 aménagements de poste (matériel, organisation, horaires), 12 temps partiels thérapeutiques, 9 périodes de préparation au reclassement, 6 reclassements définitifs, 4 reconversions avec formation qualifiante, 4 départs en retraite pour invalidité. Le fonds pour l'insertion des personnes handicapées dans la fonction publique a cofinancé 38 000 € d'aménagements.</p>
<p>Les représentants du personnel saluent le travail de la cellule mais soulignent les délais de reclassement, qui peuvent dépasser un an, et la difficulté de trouver des postes adaptés dans les filières techniques. Ils demandent la création d'un vivier de postes réservés. La collectivité indique qu'une réflexion est engagée sur l'identification de postes d'accueil temporaire.</p>
<p>Le médecin du travail insiste sur l'importance de l'anticipation : une visite de pré-reprise pendant un arrêt long permet de préparer le retour. Il rappelle que la reconnaissance de la qualité de travailleur handicapé reste une démarche personnelle.</p>
<p>La formation spécialisée prend acte du bilan.</p>
""",
)

HTML["p146_lettre_interne_vie_des_services_printemps.html"] = (
    "Le Trait d'union – printemps 2025",
    """
<h1>Le Trait d'union – lettre interne de la commune de Pornichet-La-Baule-Est – printemps 2025</h1>
<h2>Le mot du maire</h2>
<p>Le printemps annonce la saison touristique : merci par avance aux équipes de la plage, de la propreté, de la police municipale et de l'office de tourisme qui feront vivre notre station.</p>
<h2>Arrivées</h2>
<p>Bienvenue à Lucie Bernard, chargée de communication ; Kévin Moreau, agent des espaces verts ; Amina Touré, animatrice à l'accueil de loisirs ; Guillaume Petit, policier municipal, venu de Saint-Nazaire.</p>
<h2>Départs</h2>
<p>Bonne retraite à Josiane Lebreton, agent d'accueil de la mairie pendant 32 ans, et à Michel Guérin, responsable du centre technique. Bonne continuation à Sophie Lefèvre, qui rejoint la communauté d'agglomération par voie de mutation.</p>
<h2>Vie des services</h2>
<p>La médiathèque a accueilli 2 400 visiteurs lors du Printemps des poètes. Le CCAS a distribué 312 colis aux aînés. Le service des sports organise les Olympiades inter-services le 14 juin.</p>
<h2>Santé et prévention</h2>
<p>Rappel : la campagne de dépistage du cancer colorectal « Mars bleu » est relayée par la mutuelle ; des kits sont disponibles auprès de l'infirmière. Une formation « gestes qui sauvent » est proposée le 3 avril.</p>
<h2>Agenda</h2>
<p>Repas de printemps du personnel le 28 mars ; comité social territorial le 10 avril ; sortie de l'amicale au Puy du Fou le 17 mai.</p>
""",
)

HTML["p147_politique_securite_systemes_information.html"] = (
    "Politique de sécurité des systèmes d'information",
    """
<h1>Département de la Sarthe-Loir – Politique de sécurité des systèmes d'information (PSSI) – version publique</h1>
<p>Adoptée par le comité de direction générale le 12 février 2024</p>
<h2>1. Objet</h2>
<p>La présente politique fixe les principes de sécurité applicables aux systèmes d'information du département, afin de garantir la disponibilité, l'intégrité, la confidentialité et la traçabilité des informations qu'ils traitent, notamment les données personnelles sensibles des usagers (aide sociale, protection de l'enfance, autonomie, insertion). Elle s'inscrit dans le référentiel de l'ANSSI et dans le cadre du règlement général sur la protection des données. Cette version publique ne contient aucune information technique permettant d'identifier des vulnérabilités.</p>
<h2>2. Organisation</h2>
<p>Le directeur général des services est responsable de la sécurité. Un responsable de la sécurité des systèmes d'information (RSSI), rattaché à la direction générale, pilote la politique. Un comité de sécurité se réunit chaque trimestre. La déléguée à la protection des données veille à la conformité des traitements.</p>
<h2>3. Principes</h2>
<ul>
<li>Gestion des accès selon le principe du moindre privilège ; revue annuelle des habilitations ; suppression des comptes au départ des agents.</li>
<li>Authentification forte pour les accès à distance et les comptes à privilèges.</li>
<li>Cloisonnement des réseaux et des environnements (bureautique, applications métier, systèmes industriels, réseaux publics).</li>
<li>Mise à jour régulière des systèmes et des logiciels.</li>
<li>Sauvegardes régulières, dont au moins une copie déconnectée, testées périodiquement.</li>
<li>Journalisation et supervision des événements de sécurité.</li>
<li>Chiffrement des postes nomades et des échanges de données sensibles.</li>
<li>Intégration de la sécurité dans les projets et les marchés (clauses de sécurité, audits).</li>
<li>Sensibilisation annuelle de tous les agents ; exercices d'hameçonnage.</li>
</ul>
<h2>4. Gestion des incidents</h2>
<p>Tout incident est signalé sans délai au support informatique et au RSSI. Une procédure de gestion de crise cyber est établie ; les violations de données personnelles sont notifiées à la CNIL dans les 72 heures lorsque la réglementation l'exige.</p>
<h2>5. Continuité</h2>
<p>Un plan de continuité et de reprise d'activité identifie les applications critiques (paie, aides sociales, protection de l'enfance, routes en viabilité hivernale) et les délais maximaux d'interruption admissibles.</p>
<h2>6. Responsabilités des agents</h2>
<p>Chaque agent respecte la charte informatique : confidentialité des mots de passe, verrouillage du poste, vigilance face aux messages suspects, interdiction d'installer des logiciels non autorisés, usage raisonnable des outils à des fins personnelles.</p>
<h2>7. Révision</h2>
<p>La PSSI est révisée tous les trois ans ou en cas d'évolution majeure de la menace.</p>
""",
)

HTML["p148_observatoire_egalite_discriminations_quartiers.html"] = (
    "Observatoire des discriminations – rapport 2024",
    """
<h1>Ville de Villeurbanne-Grandclément – Observatoire local des discriminations et de l'égalité – rapport 2024</h1>
<h2>1. Objet</h2>
<p>L'observatoire, créé en 2019, documente les discriminations vécues par les habitants, à partir d'enquêtes statistiques, d'opérations de testing et des saisines de la permanence d'accès au droit. Il n'établit aucun fichier nominatif et ne collecte pas de données sur l'origine des personnes hors enquêtes anonymes conformes aux recommandations de la CNIL et du Défenseur des droits.</p>
<h2>2. Enquête auprès des habitants</h2>
<p>L'enquête conduite auprès de 1 200 habitants (échantillon représentatif) montre que 23 % des répondants déclarent avoir subi au moins une discrimination au cours des cinq dernières années. Les critères les plus cités sont l'origine réelle ou supposée (41 % des personnes discriminées), le sexe (24 %), le lieu de résidence (19 %), la religion réelle ou supposée (12 %), l'état de santé ou le handicap (11 %), l'âge (10 %) et l'orientation sexuelle (5 %). Les domaines les plus concernés sont l'emploi, le logement et les relations avec les forces de l'ordre.</p>
<h2>3. Testing</h2>
<p>Un testing sur l'accès à la location privée (312 annonces) a montré qu'un candidat au nom à consonance maghrébine obtenait 27 % de réponses positives de moins qu'un candidat au nom à consonance européenne, à profil identique. Les résultats ont été transmis aux agences concernées et au Défenseur des droits.</p>
<h2>4. Quartiers prioritaires</h2>
<p>Dans les deux quartiers prioritaires de la politique de la ville, le taux de chômage des 15-24 ans atteint 34 %, contre 17 % dans le reste de la commune. Les habitants font état d'un sentiment de stigmatisation lié à l'adresse.</p>
<h2>5. Actions</h2>
<p>Formation des agents municipaux et des bailleurs ; accompagnement juridique des victimes ; charte des employeurs locaux ; actions de sensibilisation dans les collèges ; soutien aux associations antiracistes et de lutte contre l'homophobie.</p>
""",
)

HTML["p149_rapport_activite_pmi_protection_enfance_2024.html"] = (
    "Rapport d'activité 2024 – PMI et protection de l'enfance",
    """
<h1>Département de l'Orne-Perche – Direction de l'enfance et de la famille – Rapport d'activité 2024</h1>
<p>Protection maternelle et infantile, aide sociale à l'enfance, cellule de recueil des informations préoccupantes, adoption – données agrégées, présentées à la commission des solidarités du 3 avril 2025</p>
<h2>1. Introduction</h2>
<p>La direction de l'enfance et de la famille met en œuvre les politiques départementales de prévention et de protection de l'enfance. Elle compte 412 agents, dont 186 assistants familiaux salariés, et mobilise un budget de 64 M€, soit 18 % du budget de fonctionnement du département. L'année 2024 a été marquée par la poursuite de la hausse des mesures de protection, les difficultés de recrutement d'assistants familiaux et de travailleurs sociaux, et la mise en œuvre de la loi du 7 février 2022 relative à la protection des enfants.</p>
<h2>2. Protection maternelle et infantile</h2>
<p>Périnatalité : 1 612 entretiens prénataux précoces et 2 140 visites à domicile de sages-femmes ; orientation systématique des situations de vulnérabilité psychique ou sociale repérées pendant la grossesse vers les dispositifs adaptés (psychiatrie périnatale, accompagnement social). Santé de l'enfant : 4 812 enfants vus en consultation infantile, 6 412 visites à domicile de puéricultrices, 2 412 bilans de santé en école maternelle (taux de couverture : 91 %). Planification et santé sexuelle : 3 140 consultations dans les centres de santé sexuelle, dont 38 % de moins de 25 ans. Modes d'accueil : 1 840 assistantes maternelles agréées, 112 établissements d'accueil du jeune enfant ; 146 agréments délivrés, 32 refus et 9 suspensions ou retraits d'agrément prononcés dans l'intérêt des enfants.</p>
<h2>3. Informations préoccupantes</h2>
<table>
<tr><th>Indicateur</th><th>2022</th><th>2023</th><th>2024</th></tr>
<tr><td>Informations préoccupantes reçues</td><td>2 140</td><td>2 386</td><td>2 612</td></tr>
<tr><td>dont provenant de l'éducation nationale</td><td>31 %</td><td>33 %</td><td>34 %</td></tr>
<tr><td>dont provenant du 119</td><td>9 %</td><td>10 %</td><td>10 %</td></tr>
<tr><td>Évaluations réalisées</td><td>1 612</td><td>1 784</td><td>1 946</td></tr>
<tr><td>Délai moyen d'évaluation (jours)</td><td>98</td><td>104</td><td>96</td></tr>
<tr><td>Signalements au parquet</td><td>412</td><td>468</td><td>512</td></tr>
</table>
<p>Les principaux motifs sont les carences éducatives (32 %), l'exposition aux violences conjugales (24 %), les violences psychologiques (14 %), les violences physiques (12 %), les difficultés liées à la santé mentale ou aux addictions des parents (10 %) et les violences sexuelles (6 %). L'évaluation est conduite selon le référentiel de la Haute Autorité de santé, en binôme pluridisciplinaire.</p>
<h2>4. Aide sociale à l'enfance</h2>
<p>Au 31 décembre 2024, 3 412 mineurs et jeunes majeurs bénéficiaient d'une mesure de protection : 1 612 mesures en milieu ouvert (aide éducative à domicile, assistance éducative en milieu ouvert, dont 38 % avec hébergement exceptionnel ou renforcé) et 1 800 mesures d'accueil (placements judiciaires pour 86 %, accueils provisoires pour 14 %). Les enfants accueillis le sont en famille d'accueil (52 %), en maison d'enfants à caractère social (31 %), en lieux de vie (6 %), chez un tiers digne de confiance (7 %) et dans d'autres structures (4 %). Le département accueille par ailleurs 212 mineurs non accompagnés, dont la minorité et l'isolement ont été évalués. 312 jeunes majeurs bénéficient d'un accompagnement jusqu'à 21 ans, conformément à la loi de 2022.</p>
<p>Le nombre d'assistants familiaux diminue (– 6 % en un an) en raison des départs en retraite ; 84 enfants sont en attente d'une place adaptée. Un plan de recrutement et de revalorisation a été engagé. La santé des enfants confiés fait l'objet d'un bilan systématique à l'entrée, et un parcours de soins coordonné a été mis en place avec le centre hospitalier et la pédopsychiatrie, dont l'engorgement reste préoccupant.</p>
<h2>5. Prévention</h2>
<p>Les 28 techniciennes de l'intervention sociale et familiale ont accompagné 612 familles. Les actions de soutien à la parentalité (lieux d'accueil enfants-parents, réseaux d'écoute, d'appui et d'accompagnement des parents) ont concerné 2 140 familles. La prévention spécialisée intervient dans six territoires.</p>
<h2>6. Adoption et accès aux origines</h2>
<p>Le conseil de famille des pupilles de l'État s'est réuni dix fois ; 36 pupilles sont sous la tutelle du préfet. Huit adoptions ont été prononcées. 46 agréments en vue d'adoption sont en cours de validité. Le service a accompagné 29 personnes dans leur recherche d'accès aux origines personnelles, en lien avec le Conseil national pour l'accès aux origines personnelles.</p>
<h2>7. Perspectives 2025</h2>
<p>Schéma départemental de prévention et de protection de l'enfance 2025-2029 ; ouverture de 40 places en accueil familial renforcé ; création d'une unité d'accueil pédiatrique enfants en danger avec le centre hospitalier ; déploiement du projet pour l'enfant numérique ; renforcement des contrôles des établissements et des lieux de vie.</p>
""",
)

HTML["p150_resultats_elections_professionnelles_synthese.html"] = (
    "Élections professionnelles – résultats",
    """
<h1>Centre de gestion de la Haute-Savoie-Genevois – Élections professionnelles du 8 décembre 2022 – Résultats consolidés et composition des instances (mise à jour 2024)</h1>
<h2>1. Comité social territorial placé auprès du centre de gestion</h2>
<p>Électeurs inscrits : 6 412 ; votants : 3 086 ; taux de participation : 48,1 %. Vote électronique.</p>
<table>
<tr><th>Organisation</th><th>Voix</th><th>%</th><th>Sièges</th></tr>
<tr><td>CGT</td><td>912</td><td>31,2 %</td><td>3</td></tr>
<tr><td>CFDT</td><td>804</td><td>27,5 %</td><td>2</td></tr>
<tr><td>FO</td><td>612</td><td>20,9 %</td><td>2</td></tr>
<tr><td>UNSA</td><td>412</td><td>14,1 %</td><td>1</td></tr>
<tr><td>FA-FPT</td><td>184</td><td>6,3 %</td><td>0</td></tr>
</table>
<h2>2. Commissions administratives paritaires</h2>
<p>Catégorie A : participation 52 % ; catégorie B : 49 % ; catégorie C : 46 %. La répartition des sièges par organisation figure sur le site du centre de gestion.</p>
<h2>3. Moyens syndicaux</h2>
<p>Le crédit de temps syndical mutualisé des collectivités affiliées de moins de 50 agents s'élève à 14 812 heures, réparti entre les organisations au prorata des voix. Le remboursement aux collectivités des rémunérations des agents bénéficiant de décharges est assuré par le centre de gestion.</p>
<h2>4. Prochaines élections</h2>
<p>Les prochaines élections professionnelles générales auront lieu en décembre 2026. Les organisations syndicales seront consultées sur le protocole électoral à partir de 2025.</p>
""",
)

# ---------------------------------------------------------------- write

if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
