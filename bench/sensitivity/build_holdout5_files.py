"""Build the .docx and .html documents of the holdout5 sensitivity set.

Run from the repository root: ``/work/main/.venv/bin/python bench/sensitivity/build_holdout5_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout5"
FIXED = dt.datetime(2024, 9, 2, 8, 30, 0)

# Each docx: list of (kind, content); kind in "title", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {}
HTML: dict[str, tuple[str, str]] = {}

DOCX.update({
    "s051_arrete_reclassement.docx": [
        ("title", "COMMUNE DE LONS-LE-SAUNIER"),
        ("p", "Arrêté n° 2024-RH-276 portant reclassement d'un fonctionnaire pour raisons de santé"),
        ("p", "Le Maire de Lons-le-Saunier,"),
        ("p", "Vu le code général de la fonction publique, notamment ses articles L. 826-1 à L. 826-7 ;"),
        ("p", "Vu la reconnaissance de l'imputabilité au service de l'accident survenu le 7 novembre 2022 à M. Sébastien JOLY, adjoint technique principal de 1re classe, affecté au service des bâtiments (chute d'une échelle lors du remplacement d'un luminaire au gymnase Rouget-de-Lisle) ;"),
        ("p", "Vu l'avis du conseil médical départemental du Jura du 14 mars constatant que l'intéressé, après deux interventions sur l'épaule droite et une longue rééducation, est définitivement inapte aux fonctions d'électricien du bâtiment mais apte à un emploi sans port de charges supérieures à 5 kg, sans travail en hauteur et sans gestes répétés au-dessus du plan des épaules ;"),
        ("p", "Vu la période de préparation au reclassement effectuée du 2 avril au 30 juin au service de la vie associative ;"),
        ("p", "Vu la demande de reclassement présentée par l'intéressé le 8 juillet ;"),
        ("p", "ARRÊTE"),
        ("p", "Article 1 : M. Sébastien Joly est reclassé, par voie de détachement, dans le cadre d'emplois des adjoints administratifs territoriaux, au grade d'adjoint administratif principal de 1re classe, à compter du 1er septembre."),
        ("p", "Article 2 : Il est affecté au service de la vie associative, en qualité de gestionnaire des salles et du matériel de prêt. Le poste comporte un aménagement : chariot de manutention, interdiction de la manutention du matériel de sonorisation et des barrières."),
        ("p", "Article 3 : Il conserve l'indice brut qu'il détenait dans son grade d'origine."),
        ("p", "Article 4 : Le directeur général des services est chargé de l'exécution du présent arrêté, qui sera notifié à l'intéressé et transmis au centre de gestion du Jura."),
        ("p", "Fait à Lons-le-Saunier, le 22 août. Le Maire."),
    ],
    "s052_avis_audience.docx": [
        ("title", "TRIBUNAL JUDICIAIRE DE LA ROCHELLE"),
        ("p", "Service de l'audiencement correctionnel – Bureau d'aide aux victimes"),
        ("p", "AVIS À VICTIME – Audience du tribunal correctionnel"),
        ("table", [["Destinataire", "M. Pierre-Yves GUÉRIN, 22 rue Saint-Nicolas, 17000 La Rochelle"],
                   ["Numéro de parquet", "23.215.000784"],
                   ["Prévenu", "M. Dorian MICHAUD, né le 12/12/1999"],
                   ["Faits reprochés", "Violences volontaires ayant entraîné une incapacité totale de travail de 21 jours, en état d'ivresse, le 19 août 2023, quai Duperré"],
                   ["Audience", "Mardi 12 novembre, 13 h 30, salle 2"]]),
        ("p", "Monsieur,"),
        ("p", "Vous avez été victime des faits mentionnés ci-dessus. Le prévenu comparaîtra devant le tribunal correctionnel à la date indiquée. Vous pouvez vous constituer partie civile, soit à l'audience, soit par lettre recommandée reçue au moins 24 heures avant l'audience, en chiffrant votre préjudice (frais médicaux restés à votre charge, perte de salaire, préjudice esthétique liée à la cicatrice de l'arcade, souffrances endurées) et en joignant les justificatifs."),
        ("p", "Le prévenu a déjà été condamné en 2021 pour des faits de même nature ; il se trouve actuellement sous contrôle judiciaire avec obligation de soins."),
        ("p", "Le bureau d'aide aux victimes, situé au rez-de-chaussée du palais de justice, peut vous accompagner gratuitement dans vos démarches et vous aider à préparer l'audience. Vous pouvez également être assisté d'un avocat."),
        ("p", "Le greffier."),
    ],
    "s053_projet_departement.docx": [
        ("title", "DÉPARTEMENT DU PUY-DE-DÔME – Direction de l'enfance"),
        ("p", "PROJET POUR L'ENFANT (PPE) – actualisation annuelle"),
        ("table", [["Enfant", "Inaya MOREL, née le 30/05/2016 (8 ans)"],
                   ["Mesure", "Placement judiciaire (assistance éducative), renouvelé par jugement du 11 janvier jusqu'au 31 décembre"],
                   ["Lieu d'accueil", "Famille d'accueil de Mme et M. Bouchard, Riom, depuis mars 2021"],
                   ["Référente ASE", "Mme Chloé Vernet"],
                   ["Père", "M. Anthony Morel – détenu au centre pénitentiaire de Riom, sortie prévisible 2026"],
                   ["Mère", "Mme Karine Lopez – Clermont-Ferrand"]]),
        ("p", "Besoins de l'enfant et objectifs"),
        ("table", [["Domaine", "Constat", "Objectif / action"],
                   ["Santé", "Suivi orthophonique ; énurésie nocturne persistante ; suivi au CMPI pour des cauchemars", "Poursuite des soins ; bilan pédiatrique annuel"],
                   ["Scolarité", "CE2, progrès en lecture, PPRE mis en place", "Maintien dans l'école de Riom"],
                   ["Liens familiaux", "Visites médiatisées avec la mère une fois par mois ; visites au parloir avec le père deux fois par trimestre, accompagnées par l'éducatrice", "Évaluer l'élargissement des visites avec la mère à une journée sans tiers"],
                   ["Vie quotidienne", "Bonne intégration dans la famille d'accueil, pratique du judo", "Autorisation de séjour en colonie cet été"]]),
        ("p", "Avis de l'enfant recueilli le 4 juin : Inaya souhaite rester chez « Tata Sylvie » et voir sa maman « plus longtemps ». Elle demande des nouvelles de son père mais ne veut pas retourner au parloir « parce qu'il y a trop de portes »."),
        ("p", "Avis de la mère : favorable au maintien du placement à ce stade ; demande des visites plus longues. Le père n'a pas répondu au courrier."),
        ("p", "Document remis aux titulaires de l'autorité parentale. Prochaine actualisation : juin de l'année prochaine."),
    ],
    "s054_rapport_instruction.docx": [
        ("title", "PRÉFECTURE DU NORD – Plateforme départementale des naturalisations"),
        ("p", "Rapport d'instruction – demande d'acquisition de la nationalité française par décret"),
        ("table", [["Postulante", "Mme Thi Lan PHAM épouse NGUYEN, née le 04/09/1983 à Hanoï (Viêt Nam)"],
                   ["Titre de séjour", "Carte de résident valable jusqu'en 2031"],
                   ["Résidence en France", "Depuis 2012 ; Lille"],
                   ["Situation familiale", "Mariée, deux enfants nés en France"],
                   ["Activité", "Gérante d'un restaurant, SARL Phở Lille, depuis 2018"]]),
        ("p", "Assimilation : l'entretien du 7 mai a montré une bonne connaissance des droits et devoirs du citoyen ; niveau B1 à l'oral attesté (TCF)."),
        ("p", "Insertion professionnelle : l'activité est stable mais les bilans font apparaître un résultat déficitaire en 2022 et 2023. Selon l'avis de la DGFiP, la société fait l'objet d'un plan de règlement d'une dette de cotisations URSSAF de 18 000 €, respecté à ce jour."),
        ("p", "Loyalisme : l'enquête administrative ne fait apparaître aucun élément défavorable. L'époux de la postulante a fait l'objet d'un rappel à la loi en 2019 pour emploi d'un salarié non déclaré dans le restaurant ; la postulante n'était pas alors associée."),
        ("p", "Proposition : ajournement à deux ans, afin de vérifier l'autonomie financière du foyer et l'apurement de la dette sociale."),
        ("p", "L'agente instructrice – visa du chef de bureau."),
    ],
    "s055_dossier_aide.docx": [
        ("title", "CCAS DE VÉNISSIEUX – Demande d'aide financière facultative"),
        ("p", "Dossier instruit par : Mme Farida Amrani, travailleuse sociale – le 14 novembre"),
        ("table", [["Nom, prénom", "ALVES DOS SANTOS Marcia"],
                   ["Date de naissance", "22/02/1990"],
                   ["Adresse", "Chez Mme Rosa Alves, 8 avenue Jean-Cagne, Vénissieux"],
                   ["Composition familiale", "Seule avec 2 enfants (7 et 11 ans)"],
                   ["Situation administrative", "Arrivée du Brésil en 2021 ; pas de titre de séjour ; demande d'admission exceptionnelle déposée en préfecture en septembre, en attente"],
                   ["Ressources", "Aucune ressource déclarée ; petits travaux de garde d'enfants non déclarés, environ 200 € par mois"],
                   ["Charges", "Participation aux frais de la sœur : 150 € ; cantine : 96 € (impayés depuis mai : 384 €)"]]),
        ("p", "Objet de la demande : prise en charge de la dette de restauration scolaire et aide alimentaire."),
        ("p", "Évaluation : la famille ne peut prétendre à aucune prestation légale en raison de sa situation administrative. La sœur qui l'héberge, elle-même en difficulté, a fait savoir que la cohabitation ne pourrait pas durer au-delà de l'hiver. Les enfants sont scolarisés et suivis par la PMI. Orientation vers les Restos du cœur faite en octobre."),
        ("p", "Proposition : prise en charge de la dette cantine (384 €) et trois colis alimentaires ; demande de gratuité temporaire de la cantine auprès de la direction de l'éducation."),
        ("p", "Décision de la commission du 21 novembre : accord."),
    ],
    "s056_plan_etare.docx": [
        ("title", "SDIS DE L'ISÈRE – Groupement prévision"),
        ("p", "DIFFUSION RESTREINTE – ne pas reproduire – réservé aux centres de secours de premier appel"),
        ("p", "Plan ETARE – Établissement répertorié : dépôt pétrolier SPSE, Villette-d'Anthon (site SEVESO seuil haut)"),
        ("table", [["Accès principal", "Portail nord, chemin des Grandes-Terres ; code portail pompiers : 3391, ouverture manuelle par clé triangle"],
                   ["Accès secondaire", "Portail est (digue) – cadenas pompiers, clé au CIS Pont-de-Chéruy"],
                   ["Poste de garde", "Présence 24 h/24, 2 agents ; ligne directe 04 78 xx xx 91"],
                   ["Points d'eau", "Bassin 2 000 m³ ; 6 poteaux 120 m³/h ; aspiration dans le Rhône à la cale nord"],
                   ["Émulseur", "Réserve site 40 m³ ; réserve SDIS au CIS Meyzieu"]]),
        ("p", "Risques principaux : feu de bac à toit flottant (bacs 4 à 9, hydrocarbures de 1re catégorie), feu de cuvette, boil-over sur bac 7 (brut). Le bac 7 n'est plus équipé de couronne de refroidissement fonctionnelle depuis juillet ; remise en état prévue au printemps."),
        ("p", "Zones d'effets : létaux jusqu'à 620 m en cas de boil-over ; point de regroupement des moyens au rond-point de la RD 55, hors zone."),
        ("p", "Vulnérabilités du site : la clôture est côté Rhône est endommagée sur 80 m ; la vidéosurveillance ne couvre pas la cuvette 3 la nuit."),
        ("p", "Contacts d'astreinte de l'exploitant : directeur de site, 06 xx xx xx 14 ; responsable HSE, 06 xx xx xx 77."),
    ],
    "s057_compte_exploitation.docx": [
        ("title", "Délégation de service public – Centre aquatique intercommunal Océanéo"),
        ("p", "CONFIDENTIEL – SECRET DES AFFAIRES – annexe financière de l'offre de la société Vert Marine, non communicable"),
        ("p", "Compte d'exploitation prévisionnel – année 1 (en euros HT)"),
        ("table", [["Poste", "Montant", "Observations du candidat"],
                   ["Recettes public (entrées, abonnements)", "1 240 000", "Hypothèse de fréquentation 198 000 entrées"],
                   ["Recettes activités (aquagym, école de natation)", "410 000", "Tarifs identiques à la grille actuelle"],
                   ["Compensation pour contraintes de service public", "780 000", "Versée par la communauté de communes"],
                   ["Charges de personnel", "1 315 000", "28,5 ETP ; convention ELAC, coût moyen chargé 46 100 €"],
                   ["Énergie et fluides", "520 000", "Prix d'achat négocié par la centrale d'achat du groupe"],
                   ["Frais de siège", "92 000", "4 % du chiffre d'affaires"],
                   ["Résultat net avant impôt", "113 000", "Marge nette cible 4,9 %"]]),
        ("p", "Méthode propre au candidat : pilotage de la température des bassins par un algorithme interne (« AquaSmart ») permettant 11 % d'économie de gaz, non divulgué à ce jour."),
        ("p", "Le candidat demande que la présente annexe soit occultée en cas de communication du contrat."),
    ],
    "s058_rapport_inspection.docx": [
        ("title", "ACADÉMIE DE LILLE – Inspection pédagogique régionale"),
        ("p", "Rendez-vous de carrière – rapport d'inspection"),
        ("p", "Enseignant : M. Thomas DUBOIS, professeur certifié de mathématiques, collège Verlaine, Lens"),
        ("p", "Séance observée : classe de 4e C, 28 élèves, le 15 janvier, 10 h – 11 h. Thème : le théorème de Pythagore."),
        ("p", "Observation : la séance a débuté avec douze minutes de retard, le temps de faire entrer les élèves et de rétablir le calme. Le cahier de textes n'est pas renseigné depuis novembre. L'activité d'introduction, trop longue, n'a pas permis de dégager le résultat attendu ; aucune trace écrite n'a été donnée. Plusieurs élèves sont restés inactifs au fond de la classe sans être sollicités."),
        ("p", "Entretien : M. Dubois reconnaît être en difficulté avec cette classe. Il explique sa fatigue par une situation personnelle lourde depuis la rentrée, qu'il ne souhaite pas détailler. Les évaluations sont rares (deux notes au premier trimestre) et leur correction tardive."),
        ("table", [["Compétence", "Appréciation"],
                   ["Maîtriser les savoirs disciplinaires", "Très satisfaisant"],
                   ["Construire, mettre en œuvre et animer des situations d'apprentissage", "À consolider"],
                   ["Organiser un cadre de travail favorable", "Insuffisant"],
                   ["Évaluer les progrès des élèves", "Insuffisant"]]),
        ("p", "Préconisations : accompagnement individuel par un formateur académique, visite conseil au 3e trimestre, formation sur la gestion de classe. Appréciation finale proposée : « à consolider »."),
        ("p", "L'inspectrice pédagogique régionale."),
    ],
    "s059_liste_self.docx": [
        ("title", "LYCÉE PROFESSIONNEL LOUIS-ARMAND – Service de restauration"),
        ("p", "Accès au self par reconnaissance du contour de la main – liste des élèves enrôlés à la rentrée (à transmettre à la société Alise pour paramétrage de la borne)"),
        ("table", [["Nom", "Prénom", "Classe", "Identifiant gabarit", "Régime"],
                   ["BERTIN", "Lucas", "2 MELEC", "G-24-0113", "DP 5 jours"],
                   ["CHÉRIF", "Yasmine", "2 AGORA", "G-24-0114", "DP 4 jours"],
                   ["DELMAS", "Enzo", "2 MELEC", "G-24-0115", "DP 5 jours"],
                   ["FONTAINE", "Manon", "1 CAP AEPE", "G-24-0116", "Interne"],
                   ["LOPES", "Rayan", "2 MRC", "G-24-0117", "DP 5 jours"],
                   ["NGUYEN", "Jade", "2 AGORA", "G-24-0118", "DP 4 jours"]]),
        ("p", "Les gabarits sont enregistrés sur la borne et non sur une carte individuelle. Ils sont supprimés à la sortie de l'élève de l'établissement."),
        ("p", "Deux familles ont refusé l'enrôlement (élèves MARTIN Léa et TOURÉ Ibrahima) : ces élèves recevront une carte code-barres."),
        ("p", "La gestionnaire."),
    ],
    "s060_jugement_tribunal.docx": [
        ("title", "TRIBUNAL JUDICIAIRE D'AUXERRE – Pôle de la protection des majeurs"),
        ("p", "JUGEMENT D'OUVERTURE D'UNE MESURE DE CURATELLE RENFORCÉE"),
        ("p", "Le juge des contentieux de la protection, statuant en chambre du conseil,"),
        ("p", "Vu la requête présentée le 4 avril par Mme Sylvie RAMEAU, fille de la personne à protéger ;"),
        ("p", "Vu le certificat médical circonstancié du Dr Hubert Lenoir, médecin inscrit sur la liste du procureur, en date du 20 mars, constatant chez M. Gérard RAMEAU, né le 02/11/1946, demeurant 3 rue du Pont, Chablis, une altération de ses facultés mentales liée à une maladie neuro-évolutive à un stade modéré, qui l'empêche de gérer seul ses biens sans qu'il soit nécessaire de le représenter de manière continue ;"),
        ("p", "Vu l'audition de M. Gérard Rameau le 15 mai à son domicile ; attendu qu'il a exprimé le souhait que sa fille l'aide, et qu'il ne veut pas que son fils Laurent, avec lequel il est brouillé depuis le décès de son épouse, intervienne dans ses affaires ;"),
        ("p", "Attendu qu'il ressort des pièces que M. Rameau a consenti en 2023 plusieurs prêts non remboursés à des tiers pour un montant de 23 000 € et qu'un démarcheur lui a fait souscrire deux contrats d'assurance-vie inadaptés ;"),
        ("p", "PAR CES MOTIFS"),
        ("p", "Ouvre une mesure de curatelle renforcée au profit de M. Gérard Rameau pour une durée de cinq ans ; désigne Mme Sylvie Rameau en qualité de curatrice ; dit que la curatrice percevra les revenus et réglera les dépenses sur un compte ouvert au nom du majeur ; dit que le majeur conserve le droit de vote."),
        ("p", "Fait à Auxerre, le 6 juin. Le juge – le greffier."),
    ],
    "s061_lettre_liaison.docx": [
        ("title", "CENTRE HOSPITALIER SPÉCIALISÉ DU VINATIER – Bron"),
        ("p", "Pôle Est – Unité Hélios"),
        ("p", "Lettre de liaison à la sortie – à l'attention du Dr Sophie Garnier, médecin traitant, Villeurbanne"),
        ("p", "Chère Consœur,"),
        ("p", "Votre patiente, Mme Léa FOURNIER, 26 ans, a quitté notre unité le 19 février après vingt-quatre jours d'hospitalisation."),
        ("p", "Elle nous avait été adressée par les urgences de l'hôpital Édouard-Herriot le 26 janvier, à la demande de sa mère, qui avait signé la demande d'admission, Mme Fournier refusant alors tout soin. Deux certificats médicaux avaient été établis à l'entrée. Le juge des libertés et de la détention a maintenu la mesure le 7 février."),
        ("p", "Elle présentait à l'entrée des propos incohérents, une insomnie complète depuis dix jours, des dépenses inconsidérées et une conviction d'être suivie par ses voisins. L'évolution a été favorable sous traitement. La mesure a été levée le 16 février et Mme Fournier a accepté de poursuivre les soins librement jusqu'à sa sortie."),
        ("p", "Traitement de sortie : aripiprazole 15 mg le matin ; lithium à la posologie adaptée à la lithiémie (prochain dosage le 26 février)."),
        ("p", "Suivi : rendez-vous au CMP de Villeurbanne le 1er mars avec le Dr Benali ; visite à domicile de l'infirmier de secteur la première semaine. Arrêt de travail prolongé jusqu'au 31 mars ; elle envisage une reprise à temps partiel dans son agence."),
        ("p", "Je vous prie de croire, chère Consœur, à mes sentiments confraternels."),
        ("p", "Dr Marc-Antoine Perret, psychiatre."),
    ],
    "s062_demande_absence.docx": [
        ("title", "Région Grand Est – Lycée Louis-Vincent, Metz"),
        ("p", "Demande d'autorisation spéciale d'absence – personnels techniques"),
        ("table", [["Agent", "Mme Elena POPESCU, agent d'accueil (loge)"],
                   ["Dates demandées", "vendredi 3 mai et lundi 6 mai"],
                   ["Motif", "Fête religieuse (Vendredi saint et lundi de Pâques selon le calendrier orthodoxe)"],
                   ["Remplacement proposé", "M. Kader Saïdi (échange de la loge du samedi 11 mai)"]]),
        ("p", "Commentaire de l'agent : « Comme chaque année je me rends à la paroisse roumaine de Nancy pour la semaine sainte, je chante à l'office de la nuit de samedi et nous faisons le repas de Pâques en famille le dimanche. Je n'ai pas besoin du samedi. »"),
        ("p", "Avis du chef d'équipe : favorable, le remplacement est organisé."),
        ("p", "Décision de l'adjoint gestionnaire : autorisation accordée dans la limite de la circulaire sur les fêtes religieuses des différentes confessions ; la seconde journée est imputée sur les congés annuels."),
    ],
    "s063_lettre_maire.docx": [
        ("title", "MAIRIE DE BRIGNOLES – Le Maire"),
        ("p", "À Madame la Procureure de la République près le tribunal judiciaire de Draguignan"),
        ("p", "Objet : plainte pour outrage et menaces de mort à l'encontre d'un élu"),
        ("p", "Madame la Procureure,"),
        ("p", "J'ai l'honneur de porter plainte, en ma qualité de maire et au nom de la commune, contre M. Fabien CASTELLANI, né le 8 mars 1975, demeurant 14 chemin des Aires à Brignoles."),
        ("p", "Le 22 octobre, à la suite de la décision de la commune de refuser son permis de construire pour une extension, M. Castellani s'est présenté en mairie et a déclaré devant trois agents que j'étais « une ordure » et qu'il allait « me faire la peau, à moi et à ma famille ». Le soir même, il a publié sur sa page Facebook une photographie de mon domicile accompagnée du commentaire « on sait où tu dors »."),
        ("p", "Je précise que M. Castellani avait déjà fait l'objet, selon mes informations, d'une condamnation en 2018 pour des violences sur un agent de la police municipale."),
        ("p", "Vous trouverez ci-joints les témoignages écrits des agents, la capture d'écran de la publication et le courrier de refus de permis."),
        ("p", "Je vous prie d'agréer, Madame la Procureure, l'expression de ma haute considération."),
        ("p", "Le Maire, Jean-Marc Olivieri"),
    ],
    "s064_demande_conge.docx": [
        ("title", "Université de Bourgogne – Direction des ressources humaines"),
        ("p", "Demande de congé de naissance et de congé de paternité et d'accueil de l'enfant"),
        ("table", [["Agent", "Mme Aurore LEMOINE, ingénieure d'études, laboratoire Biogéosciences"],
                   ["Congé demandé", "Congé de naissance (3 jours) puis congé d'accueil de l'enfant (25 jours)"],
                   ["Période", "du 14 octobre au 20 novembre, en deux fractions"],
                   ["Pièces jointes", "Copie intégrale de l'acte de naissance de l'enfant ; copie de l'acte de reconnaissance conjointe anticipée"]]),
        ("p", "Message de l'agent au gestionnaire : « Bonjour, ma compagne, Julie, a accouché le 13 octobre de notre fils Gabriel. Comme nous ne sommes pas mariées, j'ai fait la reconnaissance conjointe chez le notaire avant la naissance, j'espère que l'acte suffit. Je préfère que mon équipe sache seulement que je suis en congé, je n'ai pas encore parlé de ma vie de couple au labo. Merci ! »"),
        ("p", "Visa du gestionnaire : pièces conformes – congé accordé au titre de l'article L. 631-9 du code général de la fonction publique."),
    ],
    "s065_bulletin_histoire.docx": [
        ("title", "Bulletin municipal de Saint-Flour – supplément patrimoine (maquette)"),
        ("p", "« La Planèze en 1944 » – extrait reproduit de l'ouvrage de Jean-Pierre Vidalenc, Les Hauts de Saint-Flour dans la tourmente, Éditions de la Margeride, 2019, chapitre 7, pages 143 à 146."),
        ("p", "« Le 10 juin, au matin, la colonne allemande quitta Saint-Flour par la route de Clermont. À Ruynes, les habitants avaient fermé les volets dès l'aube ; le bruit des moteurs, disait plus tard une institutrice, s'entendait depuis la vallée bien avant qu'on ne voie le premier camion. On avait vu passer la veille des maquisards du mont Mouchet, descendus chercher de la farine, et chacun savait ce que cela pouvait coûter."),
        ("p", "Les soldats s'arrêtèrent sur la place. Un officier fit rassembler les hommes devant l'église, lut une liste que personne ne comprit, puis choisit au hasard. Le maire, qui voulut parlementer, fut repoussé d'un coup de crosse. Vingt-quatre hommes furent emmenés vers le bois du Soleil. On n'entendit les coups de feu qu'une heure plus tard."),
        ("p", "Il fallut des années pour que les familles acceptent d'en parler. La stèle, élevée en 1946, ne porte que des noms et des âges : le plus jeune avait dix-sept ans. »"),
        ("p", "© Éditions de la Margeride, 2019. Reproduction réservée. Photographie de la stèle : © Studio Pradal, Saint-Flour."),
        ("p", "Commémoration : dimanche 9 juin, 11 h, stèle de Ruynes-en-Margeride, en présence des élus et des associations d'anciens combattants."),
    ],
})

HTML.update({
    "s066_fiche_absence.html": ("Gestion des temps – fiche agent", """
<header><p>Département des Landes – SIRH – Gestion des temps et des absences</p></header>
<main>
<h1>Fiche agent : Mme Camille DARRIGRAND</h1>
<table>
<tr><th>Matricule</th><td>40-11862</td></tr>
<tr><th>Service</th><td>Direction de la solidarité – MDS de Mont-de-Marsan, secrétariat</td></tr>
<tr><th>Quotité</th><td>100 %</td></tr>
</table>
<h2>Absences en cours et à venir</h2>
<table>
<tr><th>Du</th><th>Au</th><th>Nature</th><th>Observation gestionnaire</th></tr>
<tr><td>02/09</td><td>15/09</td><td>Maladie ordinaire</td><td>Arrêt prescrit par le gynécologue, repos strict (menace d'accouchement prématuré, selon l'agent au téléphone)</td></tr>
<tr><td>16/09</td><td>29/09</td><td>Congé pathologique prénatal</td><td>2 semaines supplémentaires</td></tr>
<tr><td>30/09</td><td>19/01</td><td>Congé de maternité</td><td>Jumeaux – durée portée à 34 semaines, à recalculer selon date réelle</td></tr>
</table>
<h2>Notes</h2>
<p>10/09 – L'agente demande que la nouvelle ne soit pas annoncée au service avant son retour de la première échographie de contrôle. Remplacement : demande de renfort temporaire envoyée au pool.</p>
<p>11/09 – Entretien de reprise à prévoir en janvier avec la médecine professionnelle (poste en station assise prolongée).</p>
</main>
"""),
    "s067_extraction_pm.html": ("Main courante électronique – Police municipale", """
<h1>Police municipale de Villeneuve-sur-Lot – Main courante</h1>
<p>Extraction du 14/08, 00 h – 24 h</p>
<table>
<tr><th>Heure</th><th>Agents</th><th>Événement</th></tr>
<tr><td>08:12</td><td>PM 3, PM 7</td><td>Ouverture du marché, RAS.</td></tr>
<tr><td>10:45</td><td>PM 3</td><td>Stationnement gênant rue de Paris, 2 avis de contravention.</td></tr>
<tr><td>14:30</td><td>PM 5, PM 9</td><td>Appel de la gérante du Carrefour City : vol à l'étalage. Individu retenu par le vigile : M. Sullivan BRUNET, né le 04/05/2001, bien connu du service (déjà remis à l'OPJ le 02/07 pour des faits similaires). Restitution de la marchandise (bouteilles d'alcool, 47 €). Plainte de la gérante. Remis à l'OPJ du commissariat à 15 h 10.</td></tr>
<tr><td>17:20</td><td>PM 3, PM 7</td><td>Chien errant quai d'Alsace, remis à la fourrière.</td></tr>
<tr><td>21:55</td><td>PM 5, PM 9</td><td>Différend de voisinage allée des Cèdres : Mme Josiane VERDIER signale que son voisin, M. Patrice LAFFARGUE, a jeté une pierre sur sa fenêtre. M. Laffargue, en état d'ivresse manifeste, reconnaît les faits. Conseil à Mme Verdier de déposer plainte. Information du commissariat.</td></tr>
</table>
<p>Accès réservé – journal des consultations activé.</p>
"""),
    "s068_dossier_etudiant.html": ("Dossier étudiant – Scolarité", """
<h1>Université Toulouse Jean-Jaurès – Apogée web – Dossier étudiant</h1>
<table>
<tr><th>Nom</th><td>HABIBI</td></tr>
<tr><th>Prénom</th><td>Farid</td></tr>
<tr><th>Né le</th><td>12/06/1998 à Hérat</td></tr>
<tr><th>Inscription</th><td>L1 Sociologie – Diplôme universitaire « Passerelle – étudiants en exil » (validé)</td></tr>
<tr><th>Document de séjour</th><td>Carte de résident 10 ans, obtenue le 03/2023</td></tr>
<tr><th>Exonération</th><td>Droits d'inscription exonérés – bénéficiaire d'une protection internationale (statut reconnu par l'OFPRA, décision de 2022)</td></tr>
<tr><th>Bourse</th><td>Échelon 7 (CROUS)</td></tr>
</table>
<h2>Commentaires du service</h2>
<p>Étudiant arrivé en France en 2021 après un passage par l'Iran et la Turquie. Les pièces d'état civil afghanes n'ont pu être produites : l'OFPRA a établi des actes tenant lieu d'acte de naissance. Ne pas lui demander de relevé de notes antérieur (diplôme de fin d'études secondaires non récupérable).</p>
<p>Aménagement : cours de FLE niveau B2 au 2e semestre.</p>
"""),
    "s069_espace_allocataire.html": ("Mon compte – Caf.fr", """
<header><p>caf.fr – Mon Compte – Mme Jennifer LEROY – n° allocataire 0493218</p></header>
<main>
<h1>Mes messages</h1>
<article>
<h2>Votre plan de remboursement</h2>
<p>Le 18/10</p>
<p>Madame,</p>
<p>Suite à votre demande, nous avons accepté un plan de remboursement de votre dette de 2 184,70 € (aide personnalisée au logement et prime d'activité versées à tort de janvier à juin, après la reprise de vie commune avec M. Kevin Lambert non déclarée).</p>
<p>Vous rembourserez 45 € par mois, prélevés sur vos prestations à partir de novembre, pendant 49 mois.</p>
<p>Le dossier a été transmis pour examen à la commission des pénalités ; vous serez informée de ses suites. Vous pouvez présenter vos observations dans un délai d'un mois.</p>
</article>
<h2>Mes paiements du mois</h2>
<table>
<tr><th>Prestation</th><th>Montant</th></tr>
<tr><td>Allocations familiales</td><td>141,99 €</td></tr>
<tr><td>Aide au logement</td><td>212,00 €</td></tr>
<tr><td>Retenue</td><td>−45,00 €</td></tr>
</table>
</main>
"""),
    "s070_message_ent.html": ("Messagerie ENT – École", """
<div class="message">
<p><b>De :</b> M. Julien VASSEUR (responsable de Inès VASSEUR, CM2)<br>
<b>À :</b> Mme Perrin, professeure des écoles – École élémentaire Jean-Macé, Douai<br>
<b>Date :</b> 8 novembre, 21:37<br>
<b>Objet :</b> Inès</p>
<p>Bonjour Madame,</p>
<p>Je me permets de vous écrire car vous avez peut-être remarqué qu'Inès n'est pas comme d'habitude depuis les vacances. Sa maman nous a quittés le 24 octobre, après plusieurs mois à l'hôpital. Inès vivait avec elle la semaine ; elle habite maintenant chez moi à plein temps, à Sin-le-Noble, et c'est pour ça qu'elle arrive par le car et non plus à pied.</p>
<p>Elle voit une psychologue à partir de la semaine prochaine, le mardi à 16 h 30, il faudra qu'elle parte un peu avant la fin de l'étude.</p>
<p>Elle ne veut pas que toute la classe le sache. Elle l'a dit à sa copine Zoé, c'est tout. Si elle pleure ou qu'elle veut rester seule à la récréation, n'hésitez pas à m'appeler, je travaille à côté.</p>
<p>Merci pour elle,</p>
<p>Julien Vasseur</p>
</div>
"""),
    "s071_intranet_cabinet.html": ("Posture Vigipirate – dispositif de l'été", """
<header><p>Préfecture des Alpes-Maritimes – Intranet du cabinet</p>
<p class="marking">CONFIDENTIEL – SPÉCIAL FRANCE – Ne pas transférer hors du réseau du ministère</p></header>
<main>
<h1>Dispositif de sécurisation – Promenade des Anglais – période estivale</h1>
<h2>Moyens engagés</h2>
<table>
<tr><th>Secteur</th><th>Unité</th><th>Horaires</th></tr>
<tr><td>Centenaire – Negresco</td><td>Opération Sentinelle, 2 groupes de 8 militaires</td><td>10 h – 2 h</td></tr>
<tr><td>Negresco – Opéra</td><td>CRS 56, une section</td><td>18 h – 2 h</td></tr>
<tr><td>Vieux-Nice</td><td>Police municipale, brigade de nuit</td><td>20 h – 4 h</td></tr>
</table>
<h2>Points sensibles</h2>
<p>Les blocs béton aux accès 12 et 14 ont été déplacés pour les travaux du tramway : une brèche de 6 m existe entre 22 h et 6 h, couverte seulement par une patrouille mobile. Les barrières du 14 juillet seront posées le 13 à 16 h.</p>
<p>Les caméras 41 à 44 (secteur Opéra) sont hors service jusqu'au 20 juillet.</p>
<p>Mot de passe radio de la nuit : communiqué chaque jour à 18 h par le CIC.</p>
</main>
"""),
    "s072_tableau_bord.html": ("Tableau de bord délégataire – réseau de chaleur", """
<h1>Réseau de chaleur urbain de Besançon-Planoise – tableau de bord mensuel du délégataire</h1>
<p><em>Données commercialement sensibles – transmises à l'autorité délégante au titre du contrôle, non publiables (secret des affaires)</em></p>
<table>
<tr><th>Indicateur</th><th>Mars</th><th>Cumul</th></tr>
<tr><td>Chaleur vendue (MWh)</td><td>18 420</td><td>61 200</td></tr>
<tr><td>Prix d'achat du bois-énergie négocié (€/MWh entrée)</td><td>24,30</td><td>24,30</td></tr>
<tr><td>Prix d'achat du gaz d'appoint (contrat groupe)</td><td>38,90</td><td>41,20</td></tr>
<tr><td>Coût de revient du MWh livré</td><td>62,10</td><td>64,80</td></tr>
<tr><td>Prix de vente moyen R1+R2</td><td>78,40</td><td>78,40</td></tr>
<tr><td>Marge brute d'exploitation</td><td>20,8 %</td><td>17,3 %</td></tr>
</table>
<p>Commentaire du délégataire : la marge est supérieure aux prévisions grâce au contrat d'approvisionnement de plaquettes signé avec la coopérative forestière Jura-Doubs à prix fixe sur cinq ans, dont les conditions ne doivent pas être connues des concurrents avant le renouvellement de la délégation.</p>
"""),
    "s073_actualite_depeche.html": ("Actualités – La ville vue par la presse", """
<article>
<h1>Crue de la Garonne : Marmande se prépare</h1>
<p class="date">Publié le 12 février sur le site de la ville de Marmande – rubrique « Dans la presse »</p>
<figure><img src="crue.jpg" alt="Quai de Garonne sous les eaux"><figcaption>Le quai de Garonne au petit matin. Photo © Thibault Dusseau / AFP</figcaption></figure>
<p>MARMANDE (Lot-et-Garonne), 11 fév 2024 (AFP) – La Garonne devait atteindre mardi soir à Marmande une cote proche de 9 mètres, une hauteur jamais vue depuis 1981, a indiqué la préfecture, qui a placé le département en vigilance rouge.</p>
<p>Dans les rues basses de la ville, les commerçants ont passé la journée à surélever leurs stocks. « On connaît, mais on n'est jamais prêts », a confié à l'AFP une fleuriste de la rue de la Libération, les bras chargés de pots.</p>
<p>Plus de 300 personnes ont été évacuées préventivement dans les communes riveraines, selon les autorités. Les digues, renforcées après les crues de 2021, font l'objet d'une surveillance permanente par les services de l'État et les sapeurs-pompiers.</p>
<p>Le pic de crue est attendu dans la nuit de mardi à mercredi, avant une décrue lente, selon Vigicrues.</p>
<p>bur-abc/gf</p>
<p><small>© Agence France-Presse. Toute reproduction, représentation ou diffusion, même partielle, est interdite sans autorisation.</small></p>
</article>
"""),
    "s074_courriel_citoyenne.html": ("Courriel – Contact mairie", """
<div class="mail">
<p><b>De :</b> Marion Lacombe<br>
<b>À :</b> contact@mairie-saintes.fr<br>
<b>Date :</b> 3 avril<br>
<b>Objet :</b> projet de contournement – réponse à la consultation</p>
<p>Monsieur le Maire,</p>
<p>J'ai lu attentivement le dossier de concertation sur la rocade nord. Je vous écris à titre personnel, même si vous me connaissez surtout comme maman d'élèves à l'école Émile-Combes : je suis adhérente des Écologistes depuis dix ans, je suis allée coller des affiches pour la liste de gauche aux municipales et je ne m'en cache pas dans mon quartier.</p>
<p>Mais ce n'est pas pour des raisons partisanes que je m'oppose au tracé B : il coupe le chemin que prennent tous les jours les enfants de la Recouvrance pour aller à l'école à vélo, et il passe à 80 mètres de la zone humide du Pré-Mâchoire.</p>
<p>Je vous demande que le tracé C soit étudié au même niveau de détail et que les parents d'élèves soient reçus avant la délibération.</p>
<p>Bien cordialement,</p>
<p>Marion Lacombe<br>17 rue de la Recouvrance, Saintes</p>
</div>
"""),
    "s075_fiche_incident.html": ("Fiche incident – Service des sports", """
<h1>Ville de Mulhouse – Service des sports – Fiche de signalement d'incident</h1>
<table>
<tr><th>Date</th><td>Samedi 23 mars, 15 h 40</td></tr>
<tr><th>Lieu</th><td>Stade de l'Ill, terrain synthétique n° 2</td></tr>
<tr><th>Rencontre</th><td>U13 – FC Mulhouse Bourtzwiller / AS Illzach-Modenheim</td></tr>
<tr><th>Rédacteur</th><td>M. Gilles Schaller, gardien d'équipement</td></tr>
</table>
<h2>Description</h2>
<p>À la 50e minute, après un contact, un parent de l'équipe visiteuse, identifié par l'éducateur comme M. Régis KUHN (père d'un joueur), a pénétré sur le terrain et a traité le jeune Mamadou SY, 12 ans, joueur de Bourtzwiller, de « sale singe » et lui a dit de « retourner en Afrique ». L'enfant, qui est né à Mulhouse de parents sénégalais, s'est effondré en pleurs. L'arbitre a arrêté la rencontre.</p>
<p>M. Kuhn a quitté le stade avant l'arrivée de la police municipale. Plusieurs parents ont filmé la scène.</p>
<h2>Suites</h2>
<p>La famille de Mamadou a indiqué vouloir déposer plainte. Le club a saisi la commission de discipline du district. Proposition au maire : interdiction d'accès de M. Kuhn aux équipements sportifs municipaux.</p>
"""),
})

DOCX.update({
    "p051_budget_primitif.docx": [
        ("title", "COMMUNE DE CHOLET – Budget primitif 2025"),
        ("p", "Note de présentation brève et synthétique (article L. 2313-1 du CGCT)"),
        ("p", "Le budget primitif 2025 s'équilibre à 118,6 M€, dont 86,2 M€ en fonctionnement et 32,4 M€ en investissement. Il est construit sans hausse des taux d'imposition, malgré une baisse des concours de l'État et la hausse des dépenses contraintes."),
        ("table", [["Section de fonctionnement", "Montant (M€)", "Évolution"],
                   ["Impôts et taxes", "52,8", "+2,1 %"],
                   ["Dotations et participations", "21,4", "−1,4 %"],
                   ["Produits des services", "9,1", "+3,0 %"],
                   ["Charges de personnel", "47,9", "+2,6 %"],
                   ["Charges à caractère général", "18,7", "+1,2 %"],
                   ["Subventions (dont CCAS : 4,1 M€)", "9,6", "+0,5 %"]]),
        ("p", "Principaux investissements : rénovation énergétique des écoles Jean-Zay et Paul-Bert (6,4 M€) ; réaménagement de la place Travot (3,8 M€) ; création d'une maison de santé dans le quartier Jean-Monnet (2,1 M€) ; vidéoprotection (0,6 M€) ; mise en accessibilité des bâtiments publics pour les personnes handicapées (1,2 M€)."),
        ("p", "La dette s'élève à 41,3 M€ au 1er janvier, soit 767 € par habitant (moyenne de la strate : 1 035 €). La capacité de désendettement est de 4,9 années."),
        ("p", "Le budget a été adopté par 36 voix pour et 7 contre lors du conseil municipal du 16 décembre."),
    ],
    "p052_rapport_orientation.docx": [
        ("title", "DÉPARTEMENT DE L'AVEYRON – Rapport d'orientation budgétaire"),
        ("p", "Présenté à l'assemblée départementale le 25 novembre par M. Jean-Pierre Marty, vice-président chargé des finances"),
        ("p", "1. Un contexte financier dégradé. Les droits de mutation à titre onéreux, qui avaient atteint un niveau record en 2022, ont reculé de 21 % en deux ans avec le ralentissement du marché immobilier. Dans le même temps, les dépenses sociales continuent de progresser."),
        ("p", "2. Les solidarités, premier poste de dépenses. Les allocations individuelles de solidarité (RSA, APA, PCH) représentent 118 M€, soit 38 % des dépenses de fonctionnement. Le nombre de foyers allocataires du RSA s'établit à 3 850, en légère hausse. La revalorisation des salaires des aides à domicile et des personnels de l'aide sociale à l'enfance pèse pour 6,2 M€. Le coût de l'accueil des mineurs non accompagnés, 1 900 € par mois et par jeune en moyenne, est partiellement compensé par l'État."),
        ("table", [["Indicateur", "2023", "2024 (estimé)", "2025 (prévision)"],
                   ["Épargne brute (M€)", "62,1", "44,8", "38,5"],
                   ["Investissement (M€)", "96,0", "102,3", "88,0"],
                   ["Encours de dette (M€)", "178,4", "196,0", "214,5"],
                   ["Capacité de désendettement (années)", "2,9", "4,4", "5,6"]]),
        ("p", "3. Orientations pour 2025. Maintien du programme routier ; poursuite du déploiement de la fibre ; priorité à l'accès aux soins avec le recrutement de médecins salariés dans les centres départementaux de santé ; création de 30 places en résidence autonomie ; plan de recrutement d'assistants familiaux."),
        ("p", "4. Fiscalité. Le taux de taxe foncière sur les propriétés bâties, seul levier fiscal restant, n'est pas augmenté."),
        ("p", "Le débat a eu lieu ; l'assemblée en prend acte."),
    ],
    "p053_cr_conseil_administration.docx": [
        ("title", "CCAS DE MONTBÉLIARD – Conseil d'administration du 12 mars"),
        ("p", "Procès-verbal (version publiée)"),
        ("p", "Présidence : Mme Isabelle Petitjean, vice-présidente du CCAS, par délégation du Maire. Présents : 11 administrateurs sur 16, dont les représentants de l'UDAF, du Secours populaire, de l'association des retraités et de l'APF France handicap."),
        ("p", "1. Compte administratif 2023 : 4,62 M€ de dépenses de fonctionnement, dont 1,9 M€ pour le service d'aide à domicile et 0,41 M€ pour les aides facultatives. Adopté à l'unanimité."),
        ("p", "2. Règlement des aides facultatives : le conseil adopte un barème révisé ; le reste à vivre journalier pris en compte passe de 8 € à 9 € par personne. Les aides ne peuvent dépasser 600 € par foyer et par an, sauf décision motivée de la commission permanente."),
        ("table", [["Activité 2023", "Nombre"],
                   ["Demandes d'aides facultatives examinées", "1 012"],
                   ["Personnes domiciliées", "389"],
                   ["Bénéficiaires de l'épicerie sociale", "612 foyers"],
                   ["Personnes âgées suivies à domicile", "284"],
                   ["Analyses des besoins sociaux réalisées", "1 (quartier de la Petite-Hollande)"]]),
        ("p", "3. Convention avec la CAF pour l'accueil des familles monoparentales : approuvée."),
        ("p", "4. Questions diverses : le représentant du Secours populaire signale une hausse des demandes de colis de la part d'étudiants et de retraités. La vice-présidente propose une réunion du collectif d'aide alimentaire en avril."),
        ("p", "Les situations individuelles ne sont pas évoquées en conseil d'administration : elles relèvent de la commission permanente, dont les débats sont couverts par le secret professionnel."),
    ],
    "p054_convention_subvention.docx": [
        ("title", "CONVENTION PLURIANNUELLE D'OBJECTIFS"),
        ("p", "Entre la Région Occitanie, représentée par sa présidente, et l'association Planning familial de la Haute-Garonne, représentée par sa co-présidente, Mme Agnès Bru"),
        ("p", "Article 1 – Objet. La présente convention a pour objet de soutenir le programme de l'association « Éducation à la vie affective et sexuelle dans les lycées et les centres de formation d'apprentis » pour les années 2024 à 2026."),
        ("p", "Article 2 – Actions. L'association s'engage à conduire chaque année au moins 180 séances collectives d'information dans les lycées publics et privés sous contrat et les CFA de la Haute-Garonne, portant sur le consentement, la contraception, la prévention des infections sexuellement transmissibles, la lutte contre les violences sexistes et les discriminations liées à l'orientation sexuelle ou à l'identité de genre. Les séances sont animées par des conseillères formées, en lien avec les infirmières scolaires."),
        ("table", [["Année", "Montant de la subvention", "Nombre minimum de séances"],
                   ["2024", "42 000 €", "180"],
                   ["2025", "42 000 €", "190"],
                   ["2026", "42 000 €", "200"]]),
        ("p", "Article 3 – Évaluation. L'association transmet chaque année un bilan quantitatif (nombre d'établissements, de jeunes touchés, répartition filles/garçons) et qualitatif, sans aucune donnée nominative concernant les jeunes."),
        ("p", "Article 4 – Engagements. L'association respecte le contrat d'engagement républicain. Elle mentionne le soutien de la Région sur ses supports."),
        ("p", "Fait à Toulouse, le 4 avril, en deux exemplaires."),
    ],
    "p055_guide_nouveaux_arrivants.docx": [
        ("title", "Bienvenue à Dinan ! – Guide des nouveaux arrivants"),
        ("p", "Vous venez de vous installer à Dinan : ce guide rassemble les informations utiles pour vos premières démarches."),
        ("table", [["Démarche", "Où ?", "Remarque"],
                   ["Inscription sur les listes électorales", "Mairie ou en ligne", "Jusqu'au 6e vendredi avant le scrutin"],
                   ["Inscription à l'école", "Service éducation, 1 rue du Château", "Livret de famille et justificatif de domicile"],
                   ["Carte d'identité, passeport", "Mairie, sur rendez-vous", "Délai actuel : 5 semaines"],
                   ["Eau, déchets", "Dinan Agglomération", "Bacs à retirer au centre technique"],
                   ["Médecin traitant", "Maison de santé du Parc, CPTS", "Liste des médecins acceptant de nouveaux patients en mairie"]]),
        ("p", "Santé : le centre hospitalier René-Pleven dispose d'un service d'urgences 24 h/24. La maison des adolescents tient une permanence le mercredi après-midi. Une permanence du point info santé mentale se tient à la maison des solidarités."),
        ("p", "Solidarité : le CCAS reçoit sur rendez-vous. L'épicerie solidaire, les Restos du cœur et la banque alimentaire sont installés au pôle solidarité, rue de Brest."),
        ("p", "Cultes : la basilique Saint-Sauveur et l'église Saint-Malo (catholiques), le temple protestant, rue Victor-Hugo, et la salle de prière musulmane, rue de Lehon, accueillent les fidèles. Des horaires sont affichés à l'entrée."),
        ("p", "Vie associative : plus de 300 associations, du club de kayak à l'association des familles de personnes handicapées. Le forum des associations a lieu le premier samedi de septembre."),
        ("p", "Une réception des nouveaux habitants est organisée chaque année en octobre à l'hôtel de ville, en présence du maire et des élus."),
    ],
    "p056_bilan_compagnie.docx": [
        ("title", "GENDARMERIE NATIONALE – Compagnie de Vendôme"),
        ("p", "Bilan d'activité présenté aux maires de l'arrondissement – réunion du 30 janvier"),
        ("p", "La compagnie regroupe 112 militaires répartis en 6 brigades et un peloton de surveillance et d'intervention. Elle couvre 104 communes et 76 000 habitants."),
        ("table", [["Indicateur", "Année N-1", "Année N", "Évolution"],
                   ["Atteintes aux biens", "1 318", "1 196", "−9 %"],
                   ["dont cambriolages", "284", "241", "−15 %"],
                   ["Atteintes volontaires à l'intégrité physique", "512", "561", "+10 %"],
                   ["dont violences intrafamiliales", "238", "276", "+16 %"],
                   ["Escroqueries", "402", "455", "+13 %"],
                   ["Accidents corporels", "96", "88", "−8 %"],
                   ["Taux d'élucidation global", "41 %", "44 %", "+3 pts"]]),
        ("p", "Faits marquants : démantèlement d'un réseau de vols de matériel agricole ayant sévi dans trois départements ; hausse des escroqueries aux faux conseillers bancaires ciblant des personnes âgées ; forte mobilisation lors des rassemblements festifs de l'été."),
        ("p", "Partenariats : 22 communes ont adhéré au dispositif de participation citoyenne ; une maison de protection des familles intervient désormais sur tout l'arrondissement pour accompagner les victimes de violences intrafamiliales."),
        ("p", "Le commandant de compagnie remercie les maires pour la transmission des signalements et rappelle le numéro de la brigade numérique, joignable 24 h/24."),
    ],
    "p057_projet_psychiatrie.docx": [
        ("title", "CENTRE HOSPITALIER DE BÉTHUNE-BEUVRY – Projet d'établissement 2024-2028"),
        ("p", "Volet 4 : santé mentale et psychiatrie"),
        ("p", "Le territoire de l'Artois présente des indicateurs de santé mentale défavorables : taux de mortalité par suicide supérieur de 30 % à la moyenne nationale, forte prévalence des troubles liés à l'alcool, délais d'attente de plus de six mois pour une première consultation en centre médico-psychologique infanto-juvénile."),
        ("p", "Objectifs du volet :"),
        ("table", [["Axe", "Action", "Échéance"],
                   ["Accès aux soins", "Créer une équipe mobile de psychiatrie de la personne âgée", "2025"],
                   ["Urgences", "Ouvrir une unité d'accueil et de crise de 8 lits au sein des urgences générales", "2025"],
                   ["Enfants et adolescents", "Recruter 2 pédopsychiatres ; réduire à trois mois le délai de premier rendez-vous", "2026"],
                   ["Droits des patients", "Réduire de 30 % le recours à l'isolement et à la contention", "2027"],
                   ["Addictologie", "Ouvrir un hôpital de jour d'addictologie de 10 places", "2026"],
                   ["Réhabilitation", "Développer le logement accompagné avec les bailleurs sociaux", "2028"]]),
        ("p", "Le projet a été élaboré avec la commission des usagers, dont l'UNAFAM et l'association de patients Advocacy, et avec les conseils locaux de santé mentale de Béthune et de Bruay-la-Buissière."),
        ("p", "Il a reçu l'avis favorable de la commission médicale d'établissement le 4 juin et du conseil de surveillance le 20 juin."),
    ],
    "p058_projet_lycee.docx": [
        ("title", "LYCÉE POLYVALENT RAYMOND-QUENEAU – Yvetot"),
        ("p", "Projet d'établissement 2024-2027 – diagnostic partagé (extrait présenté au conseil d'administration)"),
        ("table", [["Indicateur", "Lycée", "Académie"],
                   ["Élèves boursiers", "34 %", "27 %"],
                   ["Élèves issus de catégories sociales défavorisées", "41 %", "33 %"],
                   ["Élèves bénéficiant d'un PAP ou d'un PPS", "6,8 %", "5,1 %"],
                   ["Taux de réussite au baccalauréat (toutes voies)", "91 %", "90 %"],
                   ["Poursuite d'études dans le supérieur", "68 %", "74 %"],
                   ["Taux d'absentéisme (plus de 4 demi-journées par mois)", "9,2 %", "8,4 %"]]),
        ("p", "Constats : un recrutement largement rural, avec des temps de transport longs (plus d'une heure pour 22 % des élèves) ; une moindre ambition d'orientation, notamment chez les filles en filière professionnelle ; une demande croissante d'écoute de la part des élèves, l'infirmerie ayant reçu 2 100 passages l'an dernier, dont un tiers pour des motifs liés au stress ou au mal-être."),
        ("p", "Axes du projet : 1) accompagner l'ambition et l'orientation (cordées de la réussite avec l'université de Rouen) ; 2) prendre soin du bien-être des élèves (formation d'élèves ambassadeurs contre le harcèlement, permanence d'une psychologue de l'Éducation nationale deux jours par semaine) ; 3) ouvrir le lycée sur son territoire."),
        ("p", "Adopté par le conseil d'administration du 27 juin."),
    ],
    "p059_appel_projets_fipd.docx": [
        ("title", "PRÉFECTURE DE L'ESSONNE – Fonds interministériel de prévention de la délinquance"),
        ("p", "Appel à projets départemental – programmation 2025"),
        ("p", "Le FIPD finance des actions de prévention de la délinquance et de la radicalisation portées par les collectivités, les associations et les établissements publics. L'enveloppe départementale s'élève à 1,38 M€."),
        ("table", [["Programme", "Actions éligibles", "Enveloppe indicative"],
                   ["Jeunes exposés à la délinquance", "Prévention spécialisée, chantiers éducatifs, lutte contre le décrochage, prévention des rixes", "520 000 €"],
                   ["Violences intrafamiliales et aide aux victimes", "Intervenants sociaux en commissariat et gendarmerie, accueil de jour, téléphones grave danger", "310 000 €"],
                   ["Tranquillité publique", "Médiation sociale, vidéoprotection des espaces publics", "350 000 €"],
                   ["Prévention de la radicalisation", "Accompagnement des familles, actions de citoyenneté, formation des professionnels", "200 000 €"]]),
        ("p", "Les projets doivent s'inscrire dans la stratégie territoriale du CLSPD ou du CISPD concerné. Le cofinancement par d'autres partenaires est attendu ; le FIPD ne dépasse pas 50 % du coût de l'action (80 % pour les associations de prévention spécialisée)."),
        ("p", "Les dossiers sont déposés sur la plateforme « Mon Compte Asso » avant le 14 février. Le comité départemental de sélection se réunira en avril."),
        ("p", "Contact : bureau de la prévention de la délinquance, cabinet du préfet."),
    ],
    "p060_dossier_chapelle.docx": [
        ("title", "Commune de Locronan – Dossier de présentation"),
        ("p", "La chapelle du Pénity et l'église Saint-Ronan : un ensemble religieux du XVe siècle"),
        ("p", "Construite entre 1424 et 1480 grâce à la générosité des ducs de Bretagne et à la prospérité des tisserands de toiles à voiles, l'église Saint-Ronan domine la grande place de Locronan. Elle est accolée à la chapelle du Pénity, qui abrite le tombeau de saint Ronan, ermite venu d'Irlande au VIe siècle selon la tradition."),
        ("p", "Le gisant en kersanton du saint, daté du début du XVIe siècle, repose sur six anges porteurs d'écussons. La chapelle conserve également une mise au tombeau polychrome et une Descente de croix en pierre attribuée à un atelier du Folgoët."),
        ("p", "Tous les six ans, la Grande Troménie conduit pèlerins et visiteurs sur un circuit de douze kilomètres autour de la montagne, ponctué de douze stations et de bannières portées par les paroisses voisines. La dernière a réuni près de 40 000 personnes en juillet 2019."),
        ("table", [["Élément", "Protection", "Date"],
                   ["Église Saint-Ronan", "Classement monument historique", "1845"],
                   ["Chapelle du Pénity", "Classement monument historique", "1845"],
                   ["Gisant de saint Ronan", "Classement au titre des objets", "1908"],
                   ["Vitrail de la Passion", "Classement au titre des objets", "1900"]]),
        ("p", "Programme de restauration : la commune, avec la DRAC Bretagne, engage en 2025 la restauration du vitrail de la Passion (baie du chevet) et la mise en valeur lumineuse du gisant. Coût : 310 000 € HT."),
    ],
    "p061_bilan_plan_jeunes.docx": [
        ("title", "France Travail – Direction territoriale du Val-de-Marne"),
        ("p", "Bilan du contrat d'engagement jeune (CEJ) – année écoulée"),
        ("p", "Le contrat d'engagement jeune s'adresse aux jeunes de 16 à 25 ans (29 ans pour les jeunes en situation de handicap) sans emploi ni formation. Il propose un accompagnement intensif de 15 à 20 heures par semaine et une allocation pouvant atteindre 545 € par mois."),
        ("table", [["Indicateur", "Val-de-Marne"],
                   ["Jeunes entrés en CEJ (France Travail et missions locales)", "6 840"],
                   ["Part des jeunes résidant en quartier prioritaire", "38 %"],
                   ["Part des jeunes reconnus travailleurs handicapés", "4 %"],
                   ["Sorties en emploi durable ou formation qualifiante", "47 %"],
                   ["Ruptures pour non-respect des engagements", "11 %"]]),
        ("p", "Le dispositif a été renforcé pour les jeunes en rupture (« CEJ jeunes en rupture »), avec des associations de prévention spécialisée et de santé, pour aller vers les jeunes qui ne fréquentent aucune institution : jeunes sortant de l'ASE, jeunes sans domicile, jeunes sous main de justice suivis par la PJJ."),
        ("p", "Perspectives : développement des immersions en entreprise et des parrainages ; meilleure articulation avec le RSA pour les jeunes parents isolés."),
    ],
    "p062_reglement_cimetiere.docx": [
        ("title", "VILLE DE CLERMONT-FERRAND – Règlement des cimetières municipaux (extraits)"),
        ("p", "Arrêté municipal n° 2024-1187"),
        ("p", "Article 3 – Droit à inhumation. La sépulture dans un cimetière de la commune est due aux personnes décédées sur son territoire, quel que soit leur domicile, aux personnes domiciliées sur son territoire, aux personnes ayant droit à une sépulture de famille et aux Français établis hors de France inscrits sur la liste électorale de la commune."),
        ("p", "Article 9 – Espaces confessionnels. Conformément au principe de neutralité des cimetières, aucun signe religieux n'est apposé sur les parties communes. Le maire peut, à la demande des familles, attribuer une concession dans des espaces regroupant des sépultures de même confession, au cimetière des Carmes (espace israélite) et au cimetière de Saint-Jacques (espace musulman, sépultures orientées vers La Mecque). Le choix de cet emplacement relève de la seule volonté exprimée par le défunt ou sa famille."),
        ("table", [["Type de concession", "Durée", "Tarif"],
                   ["Temporaire", "15 ans", "220 €"],
                   ["Trentenaire", "30 ans", "560 €"],
                   ["Cinquantenaire", "50 ans", "980 €"],
                   ["Case de columbarium", "15 ans", "410 €"]]),
        ("p", "Article 14 – Inhumation des personnes dépourvues de ressources suffisantes. La commune prend en charge les obsèques des personnes dépourvues de ressources, qui sont inhumées en terrain commun pour cinq ans au moins."),
        ("p", "Article 22 – Exhumations. Toute exhumation est subordonnée à l'autorisation du maire, à la demande du plus proche parent du défunt."),
        ("p", "Article 30 – Horaires. Du 1er avril au 31 octobre : 8 h – 19 h ; du 1er novembre au 31 mars : 8 h – 17 h 30."),
    ],
    "p063_rapport_rsa.docx": [
        ("title", "DÉPARTEMENT DE LA SEINE-SAINT-DENIS – Direction de l'emploi, de l'insertion et de l'attractivité territoriale"),
        ("p", "Rapport annuel sur le revenu de solidarité active – présenté à la commission des solidarités"),
        ("p", "1. Les allocataires. Au 31 décembre, 79 200 foyers percevaient le RSA dans le département, soit 12,1 % de la population couverte, le taux le plus élevé de France métropolitaine. Leur nombre a baissé de 3,4 % en un an. 37 % sont des personnes seules sans enfant, 31 % des familles monoparentales, dont 94 % de mères. 44 % sont dans le dispositif depuis plus de cinq ans."),
        ("table", [["Tranche d'âge", "Part des allocataires"],
                   ["Moins de 30 ans", "16 %"],
                   ["30 à 39 ans", "28 %"],
                   ["40 à 49 ans", "25 %"],
                   ["50 ans et plus", "31 %"]]),
        ("p", "2. L'accompagnement. 92 % des allocataires soumis aux droits et devoirs ont un référent. Les freins les plus souvent relevés sont la santé (41 %), la maîtrise du français (29 %), le logement (27 %) et la garde d'enfants (19 %)."),
        ("p", "3. Les sanctions. 2 140 décisions de réduction ou de suspension ont été prises, majoritairement pour absence de réponse aux convocations. Les équipes pluridisciplinaires, où siègent des représentants d'allocataires, ont examiné 3 900 situations."),
        ("p", "4. La dépense. L'allocation représente 552 M€, financés par l'État à titre expérimental depuis la recentralisation du RSA en 2022 ; le Département conserve la responsabilité de l'insertion (48 M€)."),
        ("p", "5. Perspectives : généralisation de France Travail, création de 1 200 parcours d'insertion par l'activité économique, plan de lutte contre le non-recours."),
    ],
    "p064_charte_egalite.docx": [
        ("title", "Université de Strasbourg – Charte pour l'égalité et contre les discriminations"),
        ("p", "Adoptée par le conseil d'administration le 9 juillet"),
        ("p", "L'Université de Strasbourg s'engage à garantir à toutes et à tous, étudiants et personnels, un environnement d'études et de travail respectueux, sans discrimination fondée sur l'origine, le sexe, l'orientation sexuelle, l'identité de genre, l'âge, la situation de famille, la grossesse, l'état de santé, le handicap, les opinions politiques, les activités syndicales ou les convictions religieuses."),
        ("p", "1. Prévenir. Formation obligatoire des membres des comités de sélection aux biais de recrutement ; module de sensibilisation pour tous les étudiants de première année."),
        ("p", "2. Accompagner. Toute personne victime ou témoin peut saisir la cellule d'écoute et de signalement, qui garantit la confidentialité des échanges. Les étudiants en transition peuvent utiliser leur prénom d'usage dans tous les documents internes."),
        ("p", "3. Sanctionner. Les faits avérés donnent lieu à des poursuites disciplinaires et, le cas échéant, à un signalement au procureur."),
        ("p", "4. Mesurer. Un rapport annuel présente des indicateurs anonymes : écarts de rémunération femmes-hommes, répartition des promotions, nombre de signalements et suites données. En 2023, la cellule a reçu 84 signalements, dont 31 pour des violences sexistes et sexuelles et 12 pour des propos racistes ou antisémites."),
        ("p", "La vice-présidente chargée de l'égalité, Mme Hélène Kessler, est garante de la mise en œuvre de la charte."),
    ],
    "p065_extrait_pdalhpd.docx": [
        ("title", "PRÉFECTURE ET DÉPARTEMENT DE LA GIRONDE"),
        ("p", "Plan départemental d'action pour le logement et l'hébergement des personnes défavorisées (PDALHPD) 2023-2028 – extrait"),
        ("p", "Le plan définit les mesures destinées à permettre aux personnes en difficulté d'accéder à un logement décent et indépendant ou de s'y maintenir. Il est copiloté par le préfet et le président du conseil départemental."),
        ("table", [["Public", "Estimation départementale", "Mesure phare"],
                   ["Personnes sans abri", "environ 1 900 (nuit de la solidarité)", "Logement d'abord : 400 places d'intermédiation locative"],
                   ["Ménages reconnus prioritaires DALO", "1 240 en attente", "Mobilisation du contingent préfectoral"],
                   ["Ménages menacés d'expulsion", "3 100 assignations par an", "Commission de coordination des actions de prévention des expulsions locatives (CCAPEX)"],
                   ["Gens du voyage en voie de sédentarisation", "environ 600 familles", "Terrains familiaux locatifs"],
                   ["Femmes victimes de violences", "—", "120 places d'hébergement dédiées"]]),
        ("p", "Le fonds de solidarité logement a aidé 9 800 ménages l'an dernier (accès au logement, impayés de loyer, énergie, eau). Le règlement intérieur du FSL fixe les conditions de ressources et les montants maximaux."),
        ("p", "Les demandeurs d'asile et réfugiés relèvent du schéma régional d'accueil, articulé avec le présent plan pour faciliter la sortie des centres d'hébergement vers le logement."),
        ("p", "Le comité responsable du plan se réunit deux fois par an ; ses comptes rendus sont publics."),
    ],
})

HTML.update({
    "p066_actualite_vaccination.html": ("Campagne de vaccination contre la grippe", """
<article>
<h1>Grippe et Covid-19 : la campagne de vaccination commence le 15 octobre</h1>
<p class="date">Publié le 8 octobre – Ville de Saint-Brieuc, rubrique Santé</p>
<p>La campagne de vaccination contre la grippe saisonnière et le Covid-19 débute le 15 octobre. Elle s'adresse en priorité aux personnes de 65 ans et plus, aux personnes atteintes de maladies chroniques (diabète, insuffisance cardiaque ou respiratoire, obésité importante), aux femmes enceintes, aux professionnels de santé et à l'entourage des nourrissons.</p>
<h2>Où se faire vacciner ?</h2>
<ul>
<li>chez votre médecin, votre pharmacien, votre infirmier ou votre sage-femme ;</li>
<li>au centre municipal de santé, 6 rue des Lycéens-Martyrs, sans rendez-vous le mercredi matin ;</li>
<li>lors des permanences organisées dans les résidences autonomie de la ville.</li>
</ul>
<p>Pour les publics prioritaires, le vaccin antigrippal est pris en charge à 100 % sur présentation du bon envoyé par l'Assurance maladie.</p>
<p>L'an dernier, seulement 52 % des Costarmoricains de 65 ans et plus se sont fait vacciner contre la grippe, loin de l'objectif de 75 % fixé par les autorités sanitaires. L'épidémie avait entraîné 412 hospitalisations dans le département.</p>
<p>Les gestes barrières restent utiles : lavage des mains, aération des pièces, port du masque en cas de symptômes.</p>
</article>
"""),
    "p067_faq_identite.html": ("Carte nationale d'identité – questions fréquentes", """
<h1>Carte nationale d'identité et passeport : vos questions</h1>
<p>Mairie de Bourg-en-Bresse – Service population</p>
<h2>Comment prendre rendez-vous ?</h2>
<p>En ligne sur le site de la ville ou par téléphone. Faites d'abord votre pré-demande sur le site de l'ANTS et notez le numéro.</p>
<h2>Quels documents apporter ?</h2>
<ul>
<li>une photo d'identité de moins de six mois, conforme aux normes ;</li>
<li>un justificatif de domicile de moins d'un an ;</li>
<li>l'ancienne carte ou, en cas de perte ou de vol, la déclaration correspondante et un timbre fiscal de 25 € ;</li>
<li>pour un mineur : la présence d'un parent et sa pièce d'identité ; en cas de parents séparés, le jugement qui fixe la résidence de l'enfant.</li>
</ul>
<h2>Mes empreintes sont-elles conservées ?</h2>
<p>Les empreintes digitales sont recueillies et enregistrées dans la puce de la carte. Elles sont également conservées pour une durée limitée dans le fichier national des titres électroniques sécurisés, encadré par la loi, afin de lutter contre la fraude documentaire.</p>
<h2>Je suis en situation de handicap, puis-je être reçu à domicile ?</h2>
<p>Oui, le service propose des déplacements à domicile ou en établissement pour les personnes qui ne peuvent pas se déplacer, sur demande d'un proche.</p>
<h2>Quel est le délai ?</h2>
<p>Entre trois et six semaines selon la période. Pensez-y avant l'été et les examens.</p>
"""),
    "p068_page_asf.html": ("Allocation de soutien familial", """
<nav>Accueil &gt; Mes aides &gt; Famille</nav>
<h1>L'allocation de soutien familial (ASF)</h1>
<p>Caf de la Loire – fiche d'information</p>
<h2>À quoi sert-elle ?</h2>
<p>L'ASF aide à élever un enfant privé de l'aide de l'un de ses parents ou des deux. Elle peut être versée à titre définitif (enfant orphelin, enfant dont la filiation n'est pas établie à l'égard d'un parent) ou à titre d'avance, lorsque l'autre parent ne verse pas la pension alimentaire fixée par un jugement ou une convention homologuée.</p>
<h2>Qui peut en bénéficier ?</h2>
<p>Le parent ou la personne qui assume seul(e) la charge effective et permanente de l'enfant, qu'il s'agisse d'un parent séparé, veuf ou d'un membre de la famille qui recueille l'enfant. L'allocataire ne doit pas vivre en couple.</p>
<h2>Quel montant ?</h2>
<table>
<tr><th>Situation</th><th>Montant mensuel par enfant</th></tr>
<tr><td>Enfant privé de l'aide d'un parent</td><td>195,85 €</td></tr>
<tr><td>Enfant privé de l'aide de ses deux parents</td><td>261,06 €</td></tr>
</table>
<h2>Et la pension impayée ?</h2>
<p>La Caf engage à votre place les démarches de recouvrement auprès de l'autre parent, via l'Agence de recouvrement et d'intermédiation des pensions alimentaires (Aripa). En cas de violences, l'intermédiation se fait sans contact entre les parents.</p>
<p>Faites votre demande en ligne dans votre espace Mon Compte.</p>
"""),
    "p069_communique_ceremonie.html": ("Cérémonie d'accueil dans la citoyenneté française", """
<article>
<h1>142 nouveaux Français accueillis à la préfecture de la Moselle</h1>
<p class="date">Metz, le 21 juin – communiqué de la préfecture</p>
<p>Le préfet de la Moselle a présidé ce vendredi, dans les salons de l'hôtel de préfecture, une cérémonie d'accueil dans la citoyenneté française pour 142 personnes originaires de 38 pays, devenues françaises par décret de naturalisation ou par déclaration à raison du mariage.</p>
<p>Les pays d'origine les plus représentés sont l'Algérie, le Maroc, la Turquie, la Syrie et le Kosovo. Parmi les nouveaux Français figurent des infirmières, des artisans, des chercheurs de l'université de Lorraine, des étudiants et des retraités installés en Moselle depuis plusieurs décennies.</p>
<p>Après la projection d'un film sur les valeurs de la République, chacun a reçu son décret et la charte des droits et devoirs du citoyen français. La cérémonie s'est achevée par La Marseillaise, chantée par la chorale du lycée Fabert.</p>
<p>« Devenir français, c'est entrer dans une histoire et dans une promesse », a déclaré le préfet dans son allocution.</p>
<p>En 2023, 1 960 personnes ont acquis la nationalité française en Moselle.</p>
</article>
"""),
    "p070_recrutement_spv.html": ("Devenir sapeur-pompier volontaire", """
<h1>Devenez sapeur-pompier volontaire dans les Hautes-Alpes</h1>
<p>SDIS 05 – recrutement permanent</p>
<p>Près de 85 % des sapeurs-pompiers des Hautes-Alpes sont des volontaires : agriculteurs, salariés, étudiants, moniteurs de ski, fonctionnaires… Sans eux, de nombreux centres de montagne ne pourraient pas assurer les secours.</p>
<h2>Conditions</h2>
<ul>
<li>avoir entre 16 et 60 ans ;</li>
<li>résider ou travailler à proximité d'un centre d'incendie et de secours ;</li>
<li>jouir de ses droits civiques et ne pas avoir fait l'objet d'une condamnation incompatible avec l'exercice des fonctions ;</li>
<li>remplir les conditions d'aptitude médicale et physique, vérifiées par un médecin de sapeurs-pompiers lors de la visite d'engagement.</li>
</ul>
<h2>Aptitude médicale</h2>
<p>Le profil médical tient compte de la vision, de l'audition, de l'appareil locomoteur et de l'état général. Un traitement au long cours ou un antécédent n'est pas forcément incompatible : chaque situation est appréciée individuellement et dans le respect du secret médical.</p>
<h2>Engagement</h2>
<p>Formation initiale modulaire, gardes et astreintes selon vos disponibilités, indemnités horaires non imposables. Une convention avec votre employeur peut prévoir des autorisations d'absence.</p>
<p>Contact : votre chef de centre ou le groupement volontariat, 04 92 xx xx xx.</p>
"""),
    "p071_agenda_culturel.html": ("Agenda – Conférences d'automne", """
<h1>Archives municipales de Villeurbanne – cycle de conférences</h1>
<h2>« Arriver à Villeurbanne : un siècle d'immigration (1920-2020) »</h2>
<p>Jeudi 17 octobre, 18 h 30 – Salle de lecture des archives, entrée libre</p>
<p>Dans l'entre-deux-guerres, les usines de la ville attirent des milliers d'Italiens, d'Arméniens rescapés du génocide et d'Espagnols. Après 1945, arrivent des travailleurs algériens, puis portugais, marocains et tunisiens, logés d'abord dans les garnis et les foyers Sonacotra. Les années 1980 voient l'installation de familles venues d'Asie du Sud-Est.</p>
<p>À partir des registres de recensement, des dossiers de naturalisation versés aux archives, des photographies et des témoignages recueillis auprès d'habitants, l'historienne Nadia Chérif retrace ces trajectoires et la manière dont elles ont façonné les quartiers des Gratte-Ciel, de Cusset et des Buers.</p>
<h2>Autres rendez-vous</h2>
<ul>
<li>Jeudi 7 novembre : « Les Arméniens de Villeurbanne, de l'exil à l'enracinement », avec l'association Mémoire arménienne.</li>
<li>Jeudi 28 novembre : « Religions en ville : églises, temple, mosquée et synagogue dans le paysage villeurbannais ».</li>
</ul>
<p>Exposition associée « Valises et mémoires », hall de l'hôtel de ville, jusqu'au 30 novembre.</p>
"""),
    "p072_maison_usagers.html": ("Maison des usagers – Associations présentes", """
<h1>Centre hospitalier d'Agen-Nérac – Maison des usagers</h1>
<p>Située dans le hall d'accueil du site Saint-Esprit, la Maison des usagers est un lieu d'écoute, d'information et d'échange ouvert aux patients, à leurs proches et au public. Les bénévoles des associations y tiennent des permanences.</p>
<table>
<tr><th>Association</th><th>Domaine</th><th>Permanence</th></tr>
<tr><td>Ligue contre le cancer 47</td><td>Soutien aux personnes malades et à leurs proches</td><td>Lundi 14 h – 17 h</td></tr>
<tr><td>France Alzheimer Lot-et-Garonne</td><td>Aide aux familles</td><td>Mardi 10 h – 12 h</td></tr>
<tr><td>AIDES</td><td>VIH, hépatites, santé sexuelle</td><td>1er jeudi du mois</td></tr>
<tr><td>Alcool Assistance</td><td>Addictions</td><td>Mercredi 14 h – 16 h</td></tr>
<tr><td>UNAFAM</td><td>Familles de personnes vivant avec des troubles psychiques</td><td>Vendredi 10 h – 12 h</td></tr>
<tr><td>Association française des diabétiques</td><td>Diabète</td><td>2e mardi du mois</td></tr>
<tr><td>Représentants des usagers</td><td>Droits des patients, réclamations</td><td>Sur rendez-vous</td></tr>
</table>
<p>Les échanges sont anonymes et gratuits. Les bénévoles sont tenus à la discrétion.</p>
"""),
    "p073_guide_plainte.html": ("Porter plainte – guide pratique", """
<h1>Vous êtes victime d'une infraction : comment porter plainte ?</h1>
<p>Conseil départemental de l'accès au droit du Doubs</p>
<h2>Où ?</h2>
<p>Dans n'importe quel commissariat ou brigade de gendarmerie, qui ne peut pas refuser votre plainte. Vous pouvez aussi écrire directement au procureur de la République du tribunal judiciaire de Besançon ou de Montbéliard. Pour certaines atteintes aux biens (vol, escroquerie en ligne), une pré-plainte ou une plainte en ligne est possible.</p>
<h2>Quels délais ?</h2>
<table>
<tr><th>Infraction</th><th>Délai de prescription</th></tr>
<tr><td>Contravention</td><td>1 an</td></tr>
<tr><td>Délit</td><td>6 ans</td></tr>
<tr><td>Crime</td><td>20 ans</td></tr>
<tr><td>Crimes sexuels sur mineurs</td><td>30 ans à compter de la majorité</td></tr>
</table>
<h2>Et ensuite ?</h2>
<p>Le procureur décide des suites : poursuites, alternatives, classement sans suite. Vous êtes informé de sa décision et pouvez la contester.</p>
<h2>Être accompagné</h2>
<p>L'association France Victimes 25 vous aide gratuitement : écoute, information juridique, soutien psychologique, accompagnement à l'audience. Les points-justice du département proposent des consultations gratuites d'avocats.</p>
"""),
    "p074_pv_conseil_municipal.html": ("Procès-verbal du conseil municipal", """
<h1>Commune de Rezé – Procès-verbal de la séance du conseil municipal du 26 septembre</h1>
<p>Président de séance : M. le Maire. Secrétaire : Mme Lucie Pineau.</p>
<h2>Délibération n° 7 – Vœu relatif à l'accueil des personnes exilées</h2>
<p>Mme Mathilde Guérin, adjointe chargée des solidarités, présente un vœu demandant à l'État de renforcer les capacités d'hébergement d'urgence dans l'agglomération et d'accélérer l'examen des demandes de titre de séjour des parents d'enfants scolarisés.</p>
<p>M. Frédéric Leroux, président du groupe d'opposition « Rezé Demain », indique que son groupe, de sensibilité Les Républicains, votera contre : « ce sujet relève de la compétence de l'État et non du conseil municipal ». Mme Guérin répond que la commune finance déjà 30 places d'hébergement avec l'association Saint-Benoît-Labre.</p>
<p>M. Yann Bertin (groupe communiste et citoyen) soutient le vœu et demande que la commune rejoigne l'Association nationale des villes et territoires accueillants.</p>
<p>Vote : 33 pour, 8 contre, 2 abstentions. Le vœu est adopté.</p>
<h2>Délibération n° 8 – Dénomination d'une rue</h2>
<p>Le conseil décide de nommer « rue Gisèle-Halimi » la nouvelle voie du quartier de la Jaguère. Adopté à l'unanimité.</p>
"""),
    "p075_nouvelle_vice_presidente.html": ("Nouvelle vice-présidente en charge de la vie étudiante", """
<article>
<h1>Mme Salomé Berthier élue vice-présidente en charge de la vie étudiante</h1>
<p class="date">Actualités de l'Université de Caen Normandie – 14 octobre</p>
<p>Le conseil d'administration a élu le 10 octobre Mme Salomé Berthier, maîtresse de conférences en sociologie, vice-présidente en charge de la vie étudiante et de campus. Elle succède à M. Olivier Lecoq, arrivé au terme de son mandat.</p>
<p>Spécialiste des inégalités d'accès à l'enseignement supérieur, Salomé Berthier a dirigé le département de sociologie de 2019 à 2023 et présidé la commission de la formation et de la vie universitaire.</p>
<p>Elle a présenté ses priorités : lutte contre la précarité étudiante (extension de l'épicerie solidaire et des repas à 1 €), santé mentale des étudiants avec le recrutement de deux psychologues au service de santé universitaire, accompagnement des étudiants en situation de handicap et des étudiants exilés, et prévention des violences sexistes et sexuelles dans les associations et lors des soirées d'intégration.</p>
<p>« Réussir ses études suppose d'abord de pouvoir se loger, se nourrir et être en bonne santé », a-t-elle rappelé devant le conseil.</p>
</article>
"""),
})


def main() -> None:
    write_set(OUT, DOCX, HTML, FIXED)


if __name__ == "__main__":
    main()
