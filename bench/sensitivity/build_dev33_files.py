"""Build the .docx and .html documents of the hand-written sensitivity set dev33.

Theme: digital services, information systems, data protection and records management of a local
authority (IT helpdesk tickets, RGPD access and erasure requests and the DPO's answers, the register
of processing activities, cybersecurity incidents and their reports, video-protection and access
badges, telework equipment, archives: consultation requests, sorting and destruction lists, open-data
publications, intranet news, internal e-mails between IT staff and other departments).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev33_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev33"
FIXED = dt.datetime(2025, 11, 3, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_enquete_consultation_fichiers_police.docx"] = [
    ("title", "Rapport d'enquête administrative — usage des applications de la police municipale"),
    ("p", "Ville de Mantes-la-Jolie — Direction générale des services. Enquête conduite du 3 au 21 mars "
          "2025 par M. Arnaud Lesage, directeur des affaires juridiques, et Mme Céline Bardot, RSSI, à la "
          "demande du directeur général des services. Destinataires : DGS, DRH."),
    ("h", "1. Origine"),
    ("p", "Le 26 février 2025, une habitante a écrit au maire pour s'étonner qu'un policier municipal, "
          "rencontré lors d'une fête de quartier, connaisse le nombre de ses contraventions et l'adresse "
          "de son ancien compagnon. La DSI a été chargée d'extraire les journaux de l'application de "
          "gestion des procès-verbaux électroniques et du logiciel de main courante de la police "
          "municipale, sur la période du 1er septembre 2024 au 28 février 2025."),
    ("h", "2. Méthode"),
    ("p", "Les journaux ont été extraits par la RSSI en présence d'un huissier. Les consultations ont été "
          "rapprochées des interventions enregistrées, des appels reçus par le poste et des plannings. "
          "Six agents de la police municipale ont été entendus, ainsi que le chef de service."),
    ("h", "3. Constats techniques"),
    ("table", [
        ["Indicateur", "Valeur", "Observation"],
        ["Consultations totales", "18 406", "Conformes au volume d'activité"],
        ["Consultations hors intervention", "212", "Dont 187 par un même compte"],
        ["Compte concerné", "PM-BRIG-07", "Attribué au brigadier-chef Steve Marchal"],
        ["Personnes consultées", "23", "Dont 9 habitant la même résidence que l'agent"],
        ["Exports réalisés", "4", "Fichiers enregistrés sur une clé USB personnelle"],
    ]),
    ("h", "4. Audition de l'agent"),
    ("p", "Entendu le 14 mars, assisté d'un représentant du personnel, M. Marchal a d'abord contesté, puis "
          "reconnu avoir consulté les fiches de ses voisins et de l'ancien compagnon de sa sœur « pour "
          "rendre service » et « par curiosité ». Il dit avoir effacé la clé USB. Il n'a fait l'objet "
          "d'aucune sanction antérieure et ses évaluations sont bonnes."),
    ("h", "5. Analyse"),
    ("p", "Les faits caractérisent un manquement grave à l'obligation de discrétion professionnelle et au "
          "secret professionnel, ainsi qu'un détournement de finalité d'un traitement de données. Ils sont "
          "susceptibles de constituer l'infraction prévue à l'article 226-21 du code pénal."),
    ("h", "5 bis. Contexte du service"),
    ("p", "Le service de la police municipale compte 34 agents, dont 28 disposent d'un accès à "
          "l'application des procès-verbaux électroniques et au logiciel de main courante. Les "
          "habilitations sont attribuées par le chef de service sans validation de la DSI ; elles ne "
          "distinguent pas les agents de terrain des agents du poste. Aucune revue des journaux n'avait "
          "été réalisée depuis la mise en service des applications en 2019. Les agents entendus ont "
          "indiqué n'avoir jamais reçu de formation sur la protection des données ; la charte "
          "informatique leur a été remise à leur arrivée, sans explication."),
    ("p", "Le chef de service reconnaît qu'il était d'usage, au poste, de « vérifier » une plaque ou une "
          "personne à la demande d'un collègue, sans trace écrite du motif. L'enquête n'a toutefois "
          "relevé aucune autre consultation massive que celles imputables au compte PM-BRIG-07. Les "
          "consultations des autres comptes hors intervention (25) sont isolées et pourraient "
          "correspondre à des vérifications mal tracées ; elles feront l'objet d'un rappel collectif."),
    ("p", "L'enquête n'a pas permis d'établir que les informations consultées aient été communiquées à "
          "d'autres personnes que l'habitante à l'origine du signalement. L'analyse de la clé USB, remise "
          "spontanément par l'agent, n'a révélé aucun fichier récupérable."),
    ("p", "L'habitante a été reçue par le directeur général des services le 24 mars ; elle a été informée "
          "de l'ouverture de l'enquête et de ses droits, notamment celui de saisir la CNIL."),
    ("p", "Les journaux extraits ont été placés sous scellés numériques (empreintes calculées et consignées "
          "par l'huissier) afin de pouvoir être produits en cas de procédure."),
    ("h", "6. Propositions"),
    ("p", "Suspension de l'accès de l'agent aux applications ; saisine du conseil de discipline pour une "
          "sanction du deuxième groupe ; information du procureur de la République au titre de l'article "
          "40 du code de procédure pénale ; notification à la CNIL ; information individuelle des 23 "
          "personnes. Revue générale des habilitations de la police municipale et journalisation des "
          "exports."),
]

DOCX_BLOCKS["s047_pssi_annexe_architecture.docx"] = [
    ("title", "C O N F I D E N T I E L   —   P S S I   A N N E X E   3"),
    ("p", "Politique de sécurité du système d'information de la Communauté d'agglomération Pays Basque — "
          "Annexe 3 : architecture, comptes à privilèges et procédures de secours. Version 4.2 du 12 mai "
          "2025. Exemplaire réservé au RSSI, au DSI et au DGS."),
    ("h", "1. Architecture réseau"),
    ("p", "Le cœur de réseau est constitué de deux commutateurs Aruba 8360 en redondance au site de Bayonne "
          "(salle B012) et au site de secours d'Anglet (local technique du centre technique, niveau -1). "
          "Les deux sites sont reliés par une fibre noire louée. Le plan d'adressage est le suivant."),
    ("table", [
        ["Zone", "VLAN", "Sous-réseau", "Passerelle"],
        ["Administration", "10", "10.64.10.0/24", "10.64.10.254"],
        ["Serveurs", "20", "10.64.20.0/23", "10.64.21.254"],
        ["Vidéoprotection", "60", "10.64.60.0/24", "10.64.60.254"],
        ["Contrôle d'accès", "70", "10.64.70.0/24", "10.64.70.254"],
        ["Utilisateurs", "100-140", "10.65.0.0/16", "par site"],
    ]),
    ("h", "2. Comptes à privilèges"),
    ("p", "Les comptes d'administration du domaine sont nominatifs (préfixe adm-). Le compte Administrateur "
          "intégré est renommé « cpb-root » ; son mot de passe de 32 caractères est scindé en deux moitiés "
          "détenues par le RSSI et le DGS, sous enveloppe scellée dans les coffres respectifs. Le compte de "
          "secours de la console de vidéoprotection est « vp-secours »."),
    ("h", "3. Points de fragilité connus"),
    ("p", "Les automates de gestion technique des bâtiments de quatre piscines ne peuvent pas être mis à "
          "jour et restent accessibles depuis le VLAN utilisateurs du site concerné. Les contrôleurs de "
          "badges de la génération 2014 utilisent un protocole non chiffré. Ces points sont inscrits au "
          "plan d'action 2025-2026."),
    ("p", "Les automates concernés sont ceux des piscines de Bayonne-Lachepaillet, d'Anglet-Quintaou, de "
          "Biarritz-Saint-Charles et de Saint-Jean-de-Luz ; leur remplacement est budgété en 2026."),
    ("h", "3 bis. Administration à distance des prestataires"),
    ("p", "Les prestataires se connectent exclusivement par le bastion Wallix (bastion.capb.local, "
          "10.64.10.20), avec un compte nominatif et une double authentification par jeton matériel. "
          "Les sessions sont enregistrées en vidéo et conservées six mois. L'éditeur du logiciel de "
          "paie et l'éditeur de la GED disposent d'une fenêtre d'accès permanente du lundi au vendredi "
          "de 8 h à 18 h ; les autres prestataires sont activés à la demande, pour une durée de quatre "
          "heures, par l'astreinte. Le compte générique « presta-urgence » est désactivé en temps normal ; "
          "son activation nécessite l'accord du RSSI ou de son suppléant."),
    ("h", "3 ter. Vidéoprotection et contrôle d'accès"),
    ("p", "Les enregistreurs de vidéoprotection (5 serveurs Milestone) sont situés dans le local du centre "
          "de supervision urbain, porte à double badge et code. Le réseau de vidéoprotection est "
          "physiquement séparé jusqu'au commutateur de cœur ; la seule passerelle autorisée est celle "
          "des postes de la police nationale, via un pare-feu dédié (règle FW-VP-07). Les contrôleurs "
          "de badges communiquent avec le serveur de gestion sur le port 3001 ; le serveur est sauvegardé "
          "chaque nuit. Les cartes d'accès utilisent la technologie DESFire EV2 depuis 2023, sauf dans "
          "les quatre bâtiments cités au point 3."),
    ("h", "3 quater. Journalisation"),
    ("p", "Les journaux des contrôleurs de domaine, des pare-feu, du bastion et de la messagerie sont "
          "centralisés sur le SIEM mutualisé (collecteur 10.64.20.60) et conservés douze mois. Les "
          "alertes critiques sont transmises au centre de supervision du prestataire, qui appelle "
          "l'astreinte au numéro dédié. Le détail des règles de corrélation figure dans l'annexe 5."),
    ("p", "La liste à jour des comptes à privilèges et de leurs titulaires figure dans l'annexe 4, "
          "revue chaque trimestre par le RSSI."),
    ("p", "Toute modification de l'architecture fait l'objet d'une mise à jour de la présente annexe dans "
          "un délai d'un mois."),
    ("h", "4. Secours"),
    ("p", "En cas de perte du site de Bayonne, la bascule se fait manuellement depuis Anglet selon la "
          "procédure PRI-04. Les bandes de sauvegarde hebdomadaires sont déposées au coffre de la trésorerie "
          "d'Anglet ; la clé de chiffrement des bandes est consignée dans le coffre du RSSI."),
    ("p", "C O N F I D E N T I E L — ne pas reproduire — ne pas transmettre par messagerie"),
]

DOCX_BLOCKS["s048_cr_copil_ged_solidarites.docx"] = [
    ("title", "Projet de gestion électronique des documents — Direction des solidarités"),
    ("p", "Conseil départemental du Lot — Comité de pilotage n° 4 du 9 octobre 2025. Présents : Mme Odile "
          "Bessières (directrice des solidarités), M. Thomas Vidalou (DSI), Mme Laure Cassagne (archives "
          "départementales), Mme Nora Bensalem (DPO), M. Philippe Gary (cheffe de projet, cabinet "
          "Numéria), Mme Sophie Lacoste (responsable de la cellule de recueil des informations "
          "préoccupantes)."),
    ("h", "1. Avancement"),
    ("p", "La numérisation des dossiers actifs des maisons des solidarités de Cahors et de Figeac est "
          "terminée : 14 200 dossiers, 1,9 million de pages. L'indexation automatique reconnaît le type de "
          "pièce dans 91 % des cas. Les 9 % restants sont indexés à la main par l'équipe de numérisation."),
    ("p", "Le plan de classement a été validé par les archives départementales. Les durées de conservation "
          "issues du tableau de gestion sont paramétrées pour chaque type de dossier."),
    ("h", "2. Incidents de la phase pilote"),
    ("p", "La DPO présente les trois incidents relevés pendant la phase pilote. Deux concernent des erreurs "
          "de classement sans conséquence (pièces d'un dossier d'allocation personnalisée d'autonomie "
          "rattachées au mauvais bénéficiaire, corrigées avant toute consultation)."),
    ("p", "Le troisième est plus sérieux. L'information préoccupante transmise le 2 septembre par l'école "
          "de Lalbenque concernant l'enfant Léo M., 8 ans, décrivant des traces de coups et des propos de "
          "l'enfant sur le compagnon de sa mère, a été indexée comme « courrier divers » et versée dans "
          "le dossier RSA de la mère, consultable par les agents d'accueil. Elle y est restée onze jours. "
          "Le journal montre deux consultations par des agents d'accueil. L'évaluation de la situation "
          "n'a pas été retardée, la CRIP ayant reçu l'original papier. La responsable de la CRIP demande "
          "que les documents de protection de l'enfance soient exclus de l'indexation automatique."),
    ("h", "3. Décisions"),
    ("table", [
        ["N°", "Décision", "Responsable", "Échéance"],
        ["1", "Circuit séparé pour la protection de l'enfance, sans indexation automatique", "DSI / CRIP",
         "30/10/2025"],
        ["2", "Restriction des droits des agents d'accueil aux pièces d'identité et justificatifs",
         "DSI", "15/11/2025"],
        ["3", "Contrôle qualité par échantillonnage de 2 % des lots", "Numéria", "immédiat"],
        ["4", "Inscription de l'incident au registre des violations", "DPO", "fait"],
    ]),
    ("h", "3 bis. Points techniques"),
    ("p", "La DSI présente l'état de l'infrastructure. L'hébergement est assuré dans le centre de données "
          "départemental, avec une réplication quotidienne vers le site de secours. Les performances "
          "sont satisfaisantes : l'ouverture d'un dossier de 300 pages prend moins de deux secondes. "
          "La reconnaissance optique des documents manuscrits reste médiocre ; les notes manuscrites "
          "des travailleurs sociaux ne seront pas indexées en plein texte."),
    ("p", "Les archives départementales rappellent que la GED n'est pas un système d'archivage "
          "électronique : les dossiers clos devront être versés dans le SAE départemental selon les "
          "règles du tableau de gestion, avec leurs métadonnées. Un premier versement test est prévu au "
          "second semestre 2026 pour les dossiers d'aide sociale à l'hébergement clos avant 2015."),
    ("p", "La DPO rappelle que l'analyse d'impact relative à la protection des données devra être mise "
          "à jour avant la bascule définitive, en intégrant le circuit séparé décidé ci-dessous et les "
          "nouveaux profils d'habilitation. Elle sera présentée au comité de mars."),
    ("p", "Le comité valide par ailleurs le principe d'une enquête de satisfaction auprès des "
          "utilisateurs pilotes en décembre, et la rédaction d'un guide de numérisation à destination "
          "des secrétariats des maisons des solidarités."),
    ("p", "La cheffe de projet indique que les prochains lots seront traités avec les nouveaux réglages, "
          "après une semaine de test sur un échantillon de 200 dossiers."),
    ("p", "Le DSI rappelle que toute anomalie d'indexation doit être signalée par le bouton prévu à cet "
          "effet dans l'interface, et non par courriel."),
    ("h", "4. Prochaines étapes"),
    ("p", "Numérisation des dossiers de Gourdon et de Souillac au premier trimestre 2026 ; formation des "
          "250 utilisateurs en janvier ; bascule définitive prévue en avril 2026. Prochain comité le 11 "
          "décembre 2025."),
]

DOCX_BLOCKS["s049_registre_incidents_securite_t3.docx"] = [
    ("title", "Registre des incidents de sécurité — 3e trimestre 2025"),
    ("p", "Ville de Saint-Médard-en-Jalles — Direction du numérique. Document de travail du comité de "
          "sécurité."),
    ("table", [
        ["Date", "Type", "Description", "Mesures", "Statut"],
        ["03/07", "Hameçonnage", "3 agents ont saisi leur mot de passe sur une fausse page de "
                                  "messagerie", "Réinitialisation, MFA vérifiée", "clos"],
        ["17/07", "Matériel", "Vol d'un portable dans un véhicule de service (chiffré)",
         "Blocage à distance, plainte", "clos"],
        ["08/08", "Matériel", "Portable de M. Romain Ferrer récupéré à son domicile par le support : "
                              "l'agent est en arrêt pour épuisement professionnel depuis juin et ne "
                              "peut pas se déplacer", "Sauvegarde, réaffectation temporaire", "clos"],
        ["22/08", "Disponibilité", "Panne du lien fibre de la médiathèque (6 h)", "Intervention "
                                                                               "opérateur", "clos"],
        ["11/09", "Données", "Courriel contenant la liste des inscrits à la cantine envoyé à une "
                             "mauvaise liste de diffusion interne", "Rappel du message, DPO "
                                                                   "informée", "clos"],
        ["26/09", "Intrusion", "Scans répétés sur le portail VPN depuis l'étranger", "Blocage "
                                                                                   "géographique", "suivi"],
    ]),
    ("p", "Synthèse : aucun incident majeur ; le taux de saisie des mots de passe lors des hameçonnages "
          "réels reste préoccupant."),
]

DOCX_BLOCKS["s050_convention_soc_annexe_financiere.docx"] = [
    ("title", "Convention de prestation de supervision de sécurité — Annexe financière"),
    ("p", "Document contractuel — NE PAS DIFFUSER — couvert par le secret des affaires du prestataire "
          "(article L. 151-1 du code de commerce). Non communicable au titre de l'article L. 311-6 du "
          "CRPA."),
    ("p", "Entre la Ville de Colomiers et la société Sentinelle Cyber Occitanie (SCO), titulaire du lot 2 "
          "du marché n° 2025-INF-07."),
    ("h", "Décomposition du prix"),
    ("table", [
        ["Poste", "Prix unitaire HT", "Coût de revient déclaré", "Marge"],
        ["Supervision 24/7 — forfait mensuel", "3 150 €", "2 480 €", "21 %"],
        ["Analyste niveau 2 — jour", "890 €", "610 €", "31 %"],
        ["Réponse à incident — jour", "1 350 €", "820 €", "39 %"],
        ["Licence SIEM — par source", "11,40 €", "7,90 €", "31 %"],
    ]),
    ("h", "Conditions particulières"),
    ("p", "Le prestataire consent une remise de lancement de 25 % sur les six premiers mois, non "
          "reproductible dans ses autres contrats publics. La rémunération des analystes est indexée sur "
          "la grille interne de SCO, jointe en sous-annexe (confidentielle)."),
]

DOCX_BLOCKS["s051_reponse_dpo_acces_donnees_badgeage.docx"] = [
    ("title", "Réponse à une demande d'accès — données de badgeage et notes du responsable"),
    ("p", "Établissement public territorial Plaine Commune — Délégation à la protection des données. "
          "Dossier 2025-A-203. À Monsieur Moussa Coulibaly, agent de la direction de l'eau et de "
          "l'assainissement."),
    ("p", "Monsieur, vous avez demandé le 2 septembre 2025 la communication de l'ensemble des données vous "
          "concernant dans le logiciel de gestion des temps et dans le dossier tenu par votre responsable "
          "de secteur. Vous trouverez ci-après la liste des éléments communiqués."),
    ("table", [
        ["Source", "Contenu", "Période"],
        ["Gestion des temps", "Badgeages, soldes, absences", "01/2023 — 08/2025"],
        ["Contrôle d'accès", "Passages au portail du centre technique", "06/2025 — 08/2025"],
        ["Dossier du responsable", "Fiches d'entretien, notes de suivi", "2023 — 2025"],
    ]),
    ("p", "Parmi les notes de suivi figure une note du 12 mai 2025 ainsi rédigée : « Absent du poste "
          "chaque vendredi entre 13 h et 14 h : se rend à la mosquée pour la prière, badge en sortie. "
          "À recadrer ? ». Cette note vous est communiquée intégralement. Nous avons rappelé à votre "
          "responsable que la mention de vos convictions religieuses n'avait pas lieu d'être dans ce "
          "dossier ; seule la question de l'organisation de votre pause méridienne relève de sa "
          "compétence. La note sera retirée du dossier après l'expiration de votre délai de recours."),
    ("p", "Vous pouvez saisir la CNIL si vous estimez que vos droits ne sont pas respectés. — Fabienne "
          "Morel, déléguée à la protection des données."),
]

DOCX_BLOCKS["s052_demande_derogation_carnet_anthropometrique.docx"] = [
    ("title", "Demande de consultation par dérogation — Archives départementales de la Haute-Vienne"),
    ("p", "Formulaire de demande de dérogation (article L. 213-3 du code du patrimoine)."),
    ("table", [
        ["Rubrique", "Réponse"],
        ["Demandeur", "Mme Sandrine Ziegler, née en 1968, domiciliée à Limoges"],
        ["Documents demandés", "Carnet anthropométrique d'identité et fiche du registre des nomades "
                               "de sa mère, Mme Mireille Ziegler, née en 1941, série 4 M"],
        ["Motif", "Démarche familiale ; sa mère, toujours en vie, souhaite revoir ces documents"],
        ["Accord de la personne concernée", "Oui, lettre manuscrite jointe"],
    ]),
    ("p", "Exposé de la demanderesse : « Ma mère est issue d'une famille manouche qui circulait entre la "
          "Creuse et la Haute-Vienne. Elle a dû présenter ce carnet à chaque entrée dans une commune "
          "jusqu'en 1969 ; on y avait relevé ses empreintes digitales et ses mensurations dès l'âge de "
          "13 ans. Elle voudrait en avoir une copie pour la raconter à ses petits-enfants. »"),
    ("p", "Avis de l'archiviste : document non librement communicable (délai de 75 ans). Avis favorable, "
          "la demande émanant de la personne concernée représentée par sa fille avec son accord écrit."),
]

DOCX_BLOCKS["s053_rapport_incident_messagerie_elue.docx"] = [
    ("title", "Rapport d'incident — compromission du compte de messagerie d'une élue"),
    ("p", "Ville de Chartres — Direction des systèmes d'information. Rapport n° SSI-2025-031 du 4 juin "
          "2025, destiné au directeur de cabinet et au DGS."),
    ("h", "Faits"),
    ("p", "Le 30 mai, le compte de Mme Évelyne Pottier, adjointe au maire chargée de la culture, a été "
          "utilisé depuis une adresse IP située à l'étranger après une saisie de mot de passe sur une "
          "fausse page de connexion. L'attaquant a configuré une règle de transfert vers une adresse "
          "externe, active pendant 41 heures."),
    ("h", "Messages exposés"),
    ("p", "Pendant cette période, 63 messages ont été transférés. La plupart concernent la programmation "
          "culturelle. Trois messages sont personnels : l'adjointe y informe le directeur de cabinet "
          "qu'elle sera absente des conseils de juin et de juillet en raison de ses séances de "
          "chimiothérapie au centre hospitalier, et lui demande de garder l'information pour lui."),
    ("h", "Mesures"),
    ("p", "Suppression de la règle, réinitialisation du mot de passe, activation de la double "
          "authentification pour tous les élus, notification à la CNIL le 2 juin, information de l'élue "
          "par le directeur de cabinet."),
]

DOCX_BLOCKS["s054_fiche_poste_amenagee_archives.docx"] = [
    ("title", "Fiche de poste — Assistant de conservation, archives municipales"),
    ("table", [
        ["Rubrique", "Contenu"],
        ["Titulaire", "M. Didier Lamoureux"],
        ["Cadre d'emplois", "Assistants territoriaux de conservation du patrimoine"],
        ["Service", "Archives municipales, direction de la culture"],
        ["Temps de travail", "Temps partiel thérapeutique à 60 % jusqu'au 31/03/2026"],
        ["Missions", "Description des fonds ; accueil en salle de lecture ; réponse aux recherches "
                     "par correspondance ; participation aux expositions"],
        ["Missions retirées", "Manutention des boîtes et des registres, versements, éliminations"],
        ["Particularités", "Poste aménagé sur avis du conseil médical du 18/09/2025 après la reprise "
                           "consécutive à l'intervention cardiaque de l'agent : pas de port de charge "
                           "supérieur à 5 kg, pas de travail en magasin au-delà d'une heure"],
        ["Équipement", "Chariot électrique, poste en rez-de-chaussée"],
    ]),
    ("p", "Visa du directeur de la culture et de la DRH, le 2 octobre 2025."),
]

DOCX_BLOCKS["s055_rapport_mediation_annuaire_photos.docx"] = [
    ("title", "Rapport de médiation — Service des finances"),
    ("p", "Médiation conduite par Mme Corinne Aubert, médiatrice interne, du 5 au 26 novembre 2025, à la "
          "demande de M. Hugo Lefranc, gestionnaire comptable."),
    ("h", "Exposé"),
    ("p", "M. Lefranc a publié en octobre, dans le réseau social interne de la collectivité, une photo de "
          "son mariage avec M. Karim Saïdi, pensant la partager avec un groupe restreint d'amis. La "
          "publication était en réalité visible par tous. Plusieurs collègues du service en ont ensuite "
          "parlé devant lui avec des plaisanteries, alors qu'il n'avait jamais évoqué son "
          "homosexualité au travail."),
    ("h", "Éléments recueillis"),
    ("p", "La DSI confirme que le paramètre de visibilité par défaut du réseau social est « toute "
          "l'organisation », contrairement à ce qu'indique l'aide en ligne. Deux collègues ont présenté "
          "des excuses. La cheffe de service s'engage à un rappel collectif."),
    ("h", "Propositions"),
    ("p", "Modifier le paramètre par défaut ; supprimer la publication et ses commentaires ; proposer un "
          "entretien avec la psychologue du travail ; suivi à trois mois."),
]

DOCX_BLOCKS["s056_note_interne_guide_editeur_reproduit.docx"] = [
    ("title", "Note technique interne — Paramétrage du logiciel d'état civil"),
    ("p", "Direction du numérique — à l'usage des référents état civil. La présente note reprend "
          "intégralement le guide d'administration fourni par l'éditeur (© Logitud Solutions, document "
          "propriétaire, licence réservée aux clients, toute reproduction ou diffusion interdite)."),
    ("h", "Extrait du guide — chapitre 6 : modèles d'actes"),
    ("p", "« Les modèles d'actes sont stockés dans la table MODELES_ACTE. Chaque modèle comprend un "
          "en-tête, un corps à balises et des mentions. Les balises [NOM_1], [PRENOMS_1], [DATE_NAISS] "
          "sont remplacées à la génération. Pour créer un modèle, dupliquer un modèle existant depuis "
          "le menu Administration > Modèles, puis modifier le corps dans l'éditeur intégré. Ne jamais "
          "modifier les modèles livrés, qui sont écrasés à chaque mise à jour. »"),
    ("p", "« Les mentions marginales sont générées par le moteur de règles propriétaire, dont la "
          "configuration n'est pas documentée pour les clients. Toute modification directe de la table "
          "REGLES_MENTION entraîne la perte de la garantie. »"),
    ("h", "Extrait du guide — chapitre 7 : échanges COMEDEC"),
    ("p", "« Le connecteur COMEDEC est activé par l'éditeur. Le certificat de la commune est installé "
          "dans le magasin de certificats du serveur et renouvelé tous les trois ans. »"),
]

DOCX_BLOCKS["s057_rapport_test_intrusion.docx"] = [
    ("title", "Rapport de test d'intrusion — Portail citoyen et réseau interne"),
    ("p", "Commanditaire : Ville de Roubaix, Direction du numérique. Prestataire : Ardoise Sécurité. "
          "Période de test : 7 au 18 avril 2025. Classification : diffusion limitée aux destinataires du "
          "présent rapport. Version définitive du 5 mai 2025."),
    ("h", "1. Synthèse"),
    ("p", "Le test a mis en évidence 3 vulnérabilités critiques, 5 élevées, 9 moyennes. En moins de deux "
          "jours, depuis un poste connecté à une prise réseau d'une salle de réunion de la mairie "
          "annexe, les auditeurs ont obtenu les droits d'administrateur du domaine."),
    ("h", "2. Vulnérabilités critiques"),
    ("table", [
        ["Réf.", "Vulnérabilité", "Cible", "Exploitation"],
        ["C1", "Injection SQL non authentifiée", "portail.ville-roubaix.fr/demarches/suivi.php?id=",
         "Extraction de la table des comptes usagers (hachés en MD5 sans sel)"],
        ["C2", "Mot de passe par défaut", "Interface d'administration des caméras, "
                                          "10.12.60.5 (admin/admin123)", "Prise de contrôle des flux"],
        ["C3", "Kerberoasting", "Compte svc_sql (mot de passe Roubaix2018)", "Droits d'admin du domaine"],
    ]),
    ("h", "3. Chemin d'attaque"),
    ("p", "Prise réseau non protégée (pas de 802.1X) → attribution d'une adresse dans le VLAN bureautique → "
          "énumération de l'annuaire avec un compte invité actif → demande de tickets de service → "
          "cassage hors ligne du mot de passe de svc_sql en 4 minutes → connexion au serveur SQL avec "
          "droits d'administrateur local → récupération des identifiants en mémoire d'un administrateur "
          "connecté → contrôle du domaine."),
    ("h", "4. Vulnérabilités élevées (extrait)"),
    ("p", "E1 : partage \\\\srv-fic02\\scripts lisible par tous, contenant des mots de passe en clair. E2 : "
          "VPN nomade sans double authentification. E3 : version d'Exchange non corrigée. E4 : "
          "sauvegardes accessibles depuis le réseau bureautique. E5 : journalisation désactivée sur les "
          "contrôleurs de domaine."),
    ("h", "4 bis. Vulnérabilités moyennes (synthèse)"),
    ("p", "M1 à M9 : en-têtes de sécurité absents sur le site institutionnel ; versions de logiciels "
          "divulguées dans les pages d'erreur ; politique de verrouillage des comptes trop permissive "
          "(aucun verrouillage après échecs) ; SMBv1 actif sur deux serveurs anciens ; certificats "
          "autosignés sur les interfaces d'administration des commutateurs ; impression des badges "
          "visiteurs depuis un poste non mis à jour ; accès Wi-Fi invité non isolé du réseau des "
          "imprimantes ; mots de passe des comptes locaux identiques sur 140 postes (absence de LAPS) ; "
          "sauvegarde de la configuration des pare-feu stockée sur un partage commun."),
    ("h", "4 ter. Points positifs"),
    ("p", "Les auditeurs relèvent la bonne réactivité de l'équipe, qui a détecté l'activité anormale au "
          "troisième jour grâce à l'EDR, la qualité du cloisonnement du réseau de vidéoprotection vis-à-vis "
          "d'internet et la sensibilisation des agents d'accueil, dont aucun n'a ouvert la pièce jointe "
          "piégée envoyée lors du volet d'ingénierie sociale. Le portail citoyen, hors la page de suivi "
          "vulnérable, respecte les bonnes pratiques de gestion des sessions."),
    ("h", "4 quater. Méthodologie"),
    ("p", "Le test a été réalisé en boîte grise : les auditeurs disposaient d'un compte utilisateur "
          "standard et de la liste des plages d'adresses publiques. Les tests ont été menés en journée, "
          "hors période de paie, avec un contact permanent côté DSI. Aucune action destructive n'a été "
          "réalisée ; les comptes créés pendant le test ont été supprimés et la liste figure en annexe. "
          "Le volet d'ingénierie sociale a consisté en un envoi de courriels piégés à 60 agents et en "
          "deux appels téléphoniques au support."),
    ("p", "Le volet d'ingénierie sociale a montré que 9 agents sur 60 ont ouvert le lien piégé et que 3 "
          "ont saisi leur mot de passe ; le support a refusé de réinitialiser un mot de passe sur simple "
          "appel, conformément à la procédure."),
    ("p", "Les résultats détaillés de chaque test, avec les captures d'écran et les commandes utilisées, "
          "figurent dans les annexes techniques A à F, remises sur support chiffré."),
    ("h", "5. Recommandations prioritaires"),
    ("p", "Corriger l'injection SQL et réinitialiser tous les mots de passe du portail ; changer les mots "
          "de passe par défaut des caméras ; remplacer svc_sql par un compte de service géré ; désactiver "
          "le compte invité ; déployer 802.1X ; activer la double authentification sur le VPN ; isoler "
          "les sauvegardes. Un test de contrôle est prévu en octobre."),
]

DOCX_BLOCKS["s058_reponse_dpo_dossier_reussite_educative.docx"] = [
    ("title", "Programme de réussite éducative — Réponse à une demande d'accès"),
    ("p", "Caisse des écoles de Nîmes — Délégué à la protection des données. À Madame Priscilla "
          "Fontaine. Nîmes, le 30 juin 2025."),
    ("p", "Madame, vous avez demandé à consulter le dossier de votre fils Enzo, suivi par le programme de "
          "réussite éducative depuis janvier 2024. Vous trouverez en annexe le parcours personnalisé, "
          "les bilans de l'orthophoniste et les comptes rendus des réunions de l'équipe "
          "pluridisciplinaire."),
    ("p", "Le dossier comporte également la copie de l'information préoccupante transmise le 14 mars "
          "2025 par la coordinatrice du programme à la cellule départementale de recueil, ainsi que le "
          "courrier par lequel le président du conseil départemental vous a informée de l'ouverture "
          "d'une évaluation. Ces documents vous sont communiqués, à l'exception du nom de la personne "
          "ayant rapporté les propos de l'enfant, occulté en application de l'article L. 226-2-1 du code "
          "de l'action sociale et des familles."),
    ("p", "Pour toute question sur l'évaluation en cours, vous pouvez vous adresser au service "
          "départemental de l'aide sociale à l'enfance. — Julien Rigal, délégué à la protection des "
          "données."),
]

DOCX_BLOCKS["s059_tableau_attribution_portables_priorites.docx"] = [
    ("title", "Attribution des ordinateurs portables — vague 3 (novembre 2025)"),
    ("p", "Direction des finances et de la commande publique — liste arrêtée par le pôle services aux "
          "utilisateurs."),
    ("table", [
        ["Agent", "Service", "Matériel", "Motif de priorité", "Livraison"],
        ["Amélie Carré", "Budget", "Portable 14\" + écran", "Télétravail 2 j", "12/11"],
        ["Bastien Royer", "Marchés", "Portable 14\"", "Déplacements fréquents", "12/11"],
        ["Nadia Haddou", "Comptabilité", "Portable 14\" + dock", "Grossesse — télétravail renforcé "
                                                               "recommandé par le médecin de "
                                                               "prévention", "07/11"],
        ["Olivier Besnard", "Dette et trésorerie", "Portable 14\"", "Astreinte budgétaire", "14/11"],
        ["Yasmine Lopes", "Marchés", "Portable 13\"", "Renouvellement (fin de garantie)", "19/11"],
    ]),
    ("p", "Les anciens postes sont à restituer au support le jour de la livraison."),
]

DOCX_BLOCKS["s060_note_materiel_non_restitue.docx"] = [
    ("title", "Note — Matériel de télétravail non restitué"),
    ("p", "De : la directrice des ressources humaines. À : la directrice des finances. Objet : situation "
          "de M. Grégory Vannier, ancien agent du service des sports. Date : 17 octobre 2025."),
    ("p", "M. Vannier, dont le contrat a pris fin le 31 juillet, n'a pas restitué l'ordinateur portable "
          "et l'écran qui lui avaient été confiés (valeur résiduelle 640 €). Trois relances sont restées "
          "sans réponse."),
    ("p", "Avant d'émettre un titre de recettes, je vous signale que son dernier traitement faisait déjà "
          "l'objet de deux saisies sur rémunération, au profit d'un organisme de crédit et du Trésor "
          "public, et qu'il a déposé un dossier de surendettement en juin : le recouvrement sera "
          "vraisemblablement suspendu. Je propose de privilégier une récupération du matériel à domicile."),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_activite_dsi_2024.docx"] = [
    ("title", "Rapport d'activité 2024 — Direction des systèmes d'information"),
    ("p", "Communauté d'agglomération de La Rochelle. Rapport présenté en conférence des maires le 20 mars "
          "2025."),
    ("h", "Les chiffres de l'année"),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Agents et élus équipés", "2 410", "2 538"],
        ["Postes de travail gérés", "2 950", "3 105"],
        ["Tickets traités", "21 340", "19 870"],
        ["Applications métiers", "184", "176"],
        ["Disponibilité des services critiques", "99,2 %", "99,6 %"],
        ["Budget de fonctionnement", "5,8 M€", "6,1 M€"],
        ["Budget d'investissement", "3,2 M€", "3,9 M€"],
    ]),
    ("h", "Faits marquants"),
    ("p", "L'année 2024 a été marquée par la mise en service du nouveau centre de données mutualisé avec "
          "la ville centre, qui permet de fermer deux salles informatiques vieillissantes et de réduire "
          "de 30 % la consommation électrique de l'hébergement. La migration de 420 machines virtuelles "
          "s'est déroulée en quatre week-ends sans incident majeur."),
    ("p", "La messagerie a été migrée vers une solution collaborative hébergée en France, qualifiée par "
          "l'ANSSI. Les agents ont été accompagnés par 60 ambassadeurs formés dans les directions."),
    ("p", "Le portail des démarches en ligne propose désormais 48 démarches (32 en 2023), dont la "
          "réservation des équipements sportifs, l'inscription à la collecte des encombrants et le "
          "signalement d'un problème sur la voie publique. 61 000 démarches ont été déposées en ligne."),
    ("h", "Sécurité"),
    ("p", "La double authentification a été généralisée à tous les accès distants. Un centre de "
          "supervision de sécurité externalisé surveille les journaux en continu depuis septembre. Deux "
          "exercices de crise cyber ont été organisés avec les directions générales. Aucun incident "
          "majeur n'a été à déplorer ; 11 incidents mineurs ont été traités, principalement des "
          "hameçonnages."),
    ("h", "Données et transparence"),
    ("p", "Vingt-deux nouveaux jeux de données ont été publiés sur le portail open data, dont les horaires "
          "en temps réel des bus, la qualité de l'air et les marchés publics attribués. Le registre des "
          "traitements est publié en ligne depuis juin."),
    ("h", "Inclusion numérique"),
    ("p", "Huit conseillers numériques accueillent le public dans les mairies et les centres sociaux : "
          "5 200 accompagnements en 2024. 350 ordinateurs reconditionnés ont été remis à des familles "
          "orientées par les CCAS."),
    ("p", "Le site institutionnel a reçu 1,9 million de visites. Les pages les plus consultées sont les "
          "horaires des déchetteries, les offres d'emploi et les démarches d'état civil."),
    ("h", "Ressources humaines"),
    ("p", "La direction compte 54 agents. Sept recrutements ont été réalisés, dont deux alternants. Le "
          "délai moyen de recrutement sur les métiers techniques reste long (5 mois)."),
    ("h", "Services aux communes membres"),
    ("p", "Le service commun du numérique assure pour 22 des 28 communes membres l'hébergement de leurs "
          "applications, la messagerie et l'assistance. Quatre nouvelles communes ont adhéré en 2024. "
          "Le coût facturé aux communes repose sur le nombre de postes et d'applications ; il a été "
          "stable. Une enquête de satisfaction auprès des secrétaires de mairie donne une note moyenne "
          "de 4,1 sur 5 ; les délais d'intervention sur site dans les communes éloignées restent le "
          "principal point d'amélioration."),
    ("h", "Numérique éducatif"),
    ("p", "Les 64 écoles du territoire disposent désormais d'une connexion fibre. 180 classes ont été "
          "équipées de vidéoprojecteurs interactifs et 1 200 tablettes ont été déployées, dans le cadre "
          "du plan de relance. Un technicien est dédié aux écoles ; il assure également la formation des "
          "enseignants volontaires en lien avec l'Éducation nationale."),
    ("h", "Protection des données"),
    ("p", "La déléguée à la protection des données, rattachée à la direction générale, a traité 64 "
          "demandes d'exercice des droits et 7 violations de données, dont 2 notifiées à la CNIL. Le "
          "registre compte 212 traitements pour l'agglomération et les communes du service commun."),
    ("p", "Le budget consacré à la sécurité représente désormais 9 % du budget de la direction, contre 5 % "
          "en 2022, conformément aux recommandations de l'ANSSI pour les collectivités."),
    ("h", "Perspectives 2025"),
    ("p", "Adoption du schéma directeur 2025-2030 ; lancement du projet de gestion électronique des "
          "documents et d'archivage électronique ; renouvellement du marché de téléphonie ; poursuite du "
          "déploiement de la fibre dans les écoles ; plan de réduction de l'empreinte environnementale du "
          "numérique."),
]

DOCX_BLOCKS["p122_schema_directeur_numerique_synthese.docx"] = [
    ("title", "Schéma directeur du numérique 2025-2030 — Synthèse"),
    ("p", "Ville de Montauban et Grand Montauban Communauté d'agglomération. Document adopté par "
          "délibérations concordantes des 24 et 26 juin 2025."),
    ("h", "Pourquoi un schéma directeur ?"),
    ("p", "Le numérique est présent dans toutes les politiques publiques : inscriptions scolaires, "
          "urbanisme, action sociale, mobilités, culture. Le précédent schéma (2018-2023) a permis de "
          "rattraper un retard important. Le nouveau schéma fixe des priorités pour six ans, à budget "
          "maîtrisé, autour de quatre axes."),
    ("h", "Axe 1 — Un service public numérique simple et accessible"),
    ("p", "Objectif : 80 % des démarches possibles en ligne en 2030, sans jamais supprimer l'accueil "
          "physique. Un compte usager unique permettra de retrouver toutes ses démarches. Les sites "
          "atteindront le niveau de conformité exigé en matière d'accessibilité. Les conseillers "
          "numériques seront maintenus dans les quartiers prioritaires."),
    ("h", "Axe 2 — Un système d'information sûr et résilient"),
    ("p", "La menace cyber pèse sur toutes les collectivités. Le schéma prévoit la poursuite du "
          "cloisonnement des réseaux, la sauvegarde déconnectée de toutes les données essentielles, des "
          "exercices de crise annuels et la formation de 100 % des agents. Un plan de continuité sera "
          "rédigé pour chaque service critique (état civil, paie, eau, vidéoprotection, écoles)."),
    ("h", "Axe 3 — Des données utiles, protégées et partagées"),
    ("p", "La collectivité se dotera d'une politique de la donnée : inventaire des données, gouvernance, "
          "qualité. La protection des données personnelles sera renforcée par la revue régulière des "
          "habilitations et l'application effective des durées de conservation. L'ouverture des données "
          "publiques sera poursuivie. Un système d'archivage électronique sera mis en place avec les "
          "archives municipales."),
    ("h", "Axe 4 — Un numérique sobre et responsable"),
    ("p", "Allongement de la durée de vie des équipements, achats reconditionnés, écoconception des "
          "services, réduction du stockage inutile. Le numérique éducatif sera développé avec les écoles "
          "dans le respect de ces principes."),
    ("h", "Moyens"),
    ("table", [
        ["Axe", "Investissement 2025-2030", "Projets phares"],
        ["1", "4,2 M€", "Compte usager unique, refonte des sites"],
        ["2", "3,6 M€", "Cloisonnement, sauvegardes, plan de continuité"],
        ["3", "1,9 M€", "GED et archivage électronique, plateforme de données"],
        ["4", "0,8 M€", "Reconditionnement, sobriété"],
    ]),
    ("h", "Diagnostic de départ"),
    ("p", "L'état des lieux réalisé en 2024 a montré un système d'information fiable mais fragmenté : "
          "176 applications, dont 40 n'ont qu'un seul utilisateur référent ; des données en double entre "
          "la ville et l'agglomération (fichiers des usagers, des associations, des entreprises) ; un "
          "taux de démarches en ligne de 35 % ; un parc de postes vieillissant dans les écoles. Les "
          "agents interrogés attendent des outils plus simples et une meilleure formation ; les usagers "
          "interrogés attendent surtout de ne pas avoir à fournir plusieurs fois les mêmes pièces."),
    ("h", "Conditions de réussite"),
    ("p", "Le schéma suppose le renforcement de l'équipe de la DSI (quatre postes sur la période, dont "
          "un architecte sécurité et un chef de projet données), la formation des agents, l'implication "
          "des directions métiers dans la conduite des projets et le maintien d'un accueil physique "
          "dans toutes les mairies de quartier. Chaque projet fera l'objet d'une étude d'impact sur les "
          "usagers, notamment les personnes éloignées du numérique, et d'une analyse de ses effets sur "
          "la protection des données et l'environnement."),
    ("p", "Ces montants s'ajoutent au budget de fonctionnement courant de la direction du numérique "
          "(6,4 M€ en 2025) ; ils sont inscrits au plan pluriannuel d'investissement et seront ajustés "
          "chaque année lors du débat d'orientation budgétaire."),
    ("p", "Des financements extérieurs seront recherchés auprès de l'État (programmes de cybersécurité "
          "et d'inclusion numérique), de la Région et de l'Union européenne."),
    ("p", "Le schéma pourra être révisé à mi-parcours, en 2027, pour tenir compte des évolutions "
          "technologiques et réglementaires."),
    ("h", "Gouvernance"),
    ("p", "Un comité stratégique réunissant les élus référents se réunit deux fois par an. Un bilan "
          "annuel est présenté au conseil. Les agents et les usagers sont associés par des ateliers et un "
          "panel d'usagers."),
]

DOCX_BLOCKS["p123_guide_marquage_documents_sensibles.docx"] = [
    ("title", "Guide de marquage des documents — Confidentiel, Diffusion restreinte, Usage interne"),
    ("p", "Direction générale des services — guide à l'usage de tous les agents. Version 1 de septembre "
          "2025. Ce document est public et peut être librement diffusé."),
    ("h", "Pourquoi marquer un document ?"),
    ("p", "Certains documents ne doivent pas circuler librement : un plan de sécurité d'un bâtiment, un "
          "rapport d'audit informatique, une offre d'entreprise, un dossier individuel. Le marquage "
          "indique au lecteur la conduite à tenir. Il ne remplace pas les protections techniques (droits "
          "d'accès, chiffrement) mais les complète."),
    ("h", "Les trois niveaux utilisés par la collectivité"),
    ("table", [
        ["Marquage", "Usage", "Exemples", "Règles"],
        ["Usage interne", "Documents de travail non destinés au public", "Notes de service, plannings, "
                                                                          "procédures internes",
         "Pas de diffusion à l'extérieur sans accord du chef de service"],
        ["Confidentiel", "Documents contenant des données personnelles sensibles ou des secrets protégés "
                         "par la loi", "Dossiers disciplinaires, offres des candidats, enquêtes",
         "Destinataires nommés ; envoi chiffré ; pas d'impression hors nécessité"],
        ["Diffusion restreinte", "Mention réglementaire (IGI 1300) pour les informations dont la "
                                 "divulgation nuirait à la sécurité", "Plans de sécurité, "
                                                                      "architecture réseau",
         "Stockage sur des systèmes homologués ; liste de diffusion tenue"],
    ]),
    ("h", "Où placer le marquage ?"),
    ("p", "En en-tête et en pied de chaque page, en majuscules, ainsi que dans l'objet du courriel. Pour "
          "un fichier, le marquage est aussi reporté dans le nom du fichier (préfixe DR_ ou CONF_) et dans "
          "ses propriétés."),
    ("h", "Erreurs fréquentes"),
    ("p", "Marquer « confidentiel » un document qui ne l'est pas (une invitation, un ordre du jour public) "
          "fait perdre sa force au marquage. À l'inverse, un tableau Excel contenant des données de santé "
          "d'agents doit être marqué même s'il s'agit d'un simple brouillon. Un document marqué ne perd "
          "pas son marquage parce qu'il est recopié ou résumé : l'extrait suit la règle du document "
          "d'origine."),
    ("h", "Démarquage"),
    ("p", "Le marquage peut être levé par l'auteur ou son supérieur lorsque la raison a disparu (fin "
          "d'une consultation, publication officielle). La levée est indiquée sur le document."),
    ("h", "Cas particulier : l'accès aux documents administratifs"),
    ("p", "Le marquage n'empêche pas, à lui seul, la communication d'un document demandé au titre du code "
          "des relations entre le public et l'administration. C'est le contenu qui compte : la "
          "commission d'accès aux documents administratifs apprécie au cas par cas. Tout refus doit "
          "donc être motivé par une exception prévue par la loi."),
    ("h", "Exemples concrets"),
    ("p", "Un compte rendu de réunion de service : pas de marquage, sauf s'il évoque la situation "
          "individuelle d'un agent, auquel cas il est « Confidentiel ». Un tableau de suivi des marchés "
          "en cours de consultation : « Confidentiel » jusqu'à l'attribution, pour protéger le secret "
          "des offres. Le plan de continuité d'activité : « Usage interne » pour sa synthèse, "
          "« Diffusion restreinte » pour les annexes techniques. Une délibération, un arrêté publié, un "
          "communiqué : jamais de marquage, ces documents sont publics par nature."),
    ("h", "Transmission des documents marqués"),
    ("p", "Un document « Confidentiel » ne s'envoie pas en pièce jointe ordinaire à l'extérieur : "
          "utilisez la plateforme d'échange sécurisé, qui chiffre le fichier et trace le "
          "téléchargement. En interne, préférez un lien vers l'espace documentaire dont les droits "
          "sont restreints plutôt qu'une pièce jointe qui sera copiée dans toutes les boîtes. Un "
          "document « Diffusion restreinte » ne circule jamais par la messagerie standard."),
    ("h", "Destruction"),
    ("p", "Les documents papier marqués sont détruits au broyeur ou déposés dans les bacs de destruction "
          "confidentielle, jamais dans une corbeille ordinaire. Les fichiers sont supprimés des espaces "
          "partagés et de la corbeille ; les supports amovibles sont remis à la DSI pour effacement."),
    ("p", "Un document de ce guide est lui-même public : il peut être affiché et transmis à des "
          "partenaires, afin qu'ils appliquent les mêmes règles aux documents que nous leur confions."),
    ("h", "Contact"),
    ("p", "Pour toute question : le RSSI (sécurité) ou la DPO (données personnelles)."),
]

DOCX_BLOCKS["p124_procedure_traitement_demandes_droits.docx"] = [
    ("title", "Procédure de traitement des demandes d'exercice des droits RGPD"),
    ("p", "Ville d'Aix-les-Bains — procédure validée par le comité de direction le 6 mai 2025. Elle "
          "s'applique à tous les services de la ville et du CCAS."),
    ("h", "1. Réception"),
    ("p", "Une demande peut arriver par n'importe quel canal : courrier, courriel, formulaire en ligne, "
          "guichet, réseaux sociaux. Tout agent qui reçoit une demande la transmet le jour même à la DPO "
          "(dpo@aixlesbains.fr), sans y répondre lui-même. La date de réception par la collectivité fait "
          "courir le délai d'un mois."),
    ("h", "2. Enregistrement et vérification de l'identité"),
    ("p", "La DPO enregistre la demande dans le registre des demandes, envoie un accusé de réception et, "
          "en cas de doute raisonnable sur l'identité du demandeur, demande une pièce d'identité. La "
          "copie de la pièce est détruite après vérification."),
    ("h", "3. Recherche des données"),
    ("p", "La DPO identifie, à l'aide du registre des traitements, les services susceptibles de détenir "
          "des données. Chaque référent dispose de huit jours pour répondre au moyen de la fiche de "
          "recherche : applications consultées, données trouvées, éventuels motifs de restriction."),
    ("h", "4. Analyse"),
    ("table", [
        ["Droit", "Points de vigilance"],
        ["Accès", "Occulter les données de tiers ; vérifier les secrets protégés (secret médical, "
                  "enquêtes en cours) ; les images de vidéoprotection sont floutées pour les tiers"],
        ["Rectification", "Ne porte pas sur les appréciations ; les actes d'état civil ne se rectifient "
                          "que selon le code civil"],
        ["Effacement", "Impossible pour les données soumises à une obligation légale de conservation ou "
                       "aux archives définitives"],
        ["Opposition", "Non applicable aux traitements fondés sur une obligation légale"],
        ["Portabilité", "Uniquement pour les traitements fondés sur le consentement ou le contrat"],
    ]),
    ("h", "5. Réponse"),
    ("p", "La réponse est signée par la DPO. Elle est claire, rédigée en termes simples, et rappelle la "
          "possibilité de saisir la CNIL. Les données sont transmises par un moyen sécurisé : remise en "
          "main propre, lettre recommandée ou plateforme d'échange avec mot de passe transmis "
          "séparément."),
    ("h", "6. Délais"),
    ("p", "Un mois à compter de la réception ; prolongation possible de deux mois pour les demandes "
          "complexes, en informant le demandeur avant la fin du premier mois. Une demande manifestement "
          "infondée ou excessive peut être refusée, avec motivation."),
    ("h", "6 bis. Cas particuliers"),
    ("p", "Demande d'un agent sur son dossier administratif : la demande est traitée par la DPO en lien "
          "avec la DRH ; l'agent peut aussi consulter son dossier individuel selon les règles "
          "statutaires. Demande concernant un enfant : elle est présentée par un titulaire de "
          "l'autorité parentale ; la DPO vérifie qu'aucune décision de justice ne restreint ce droit. "
          "Demande concernant une personne décédée : les héritiers peuvent obtenir les informations "
          "nécessaires au règlement de la succession ; les directives post mortem éventuellement "
          "exprimées par la personne sont respectées."),
    ("p", "Demande portant sur des documents administratifs plutôt que sur des données personnelles : "
          "elle relève du code des relations entre le public et l'administration et est transmise à la "
          "personne responsable de l'accès aux documents administratifs (PRADA). Une même demande peut "
          "relever des deux régimes ; la réponse le précise alors."),
    ("h", "6 ter. Indicateurs"),
    ("p", "La DPO présente chaque année au comité de direction le nombre de demandes par type et par "
          "service, le délai moyen de réponse, le nombre de réponses hors délai et les suites données "
          "par la CNIL aux éventuelles réclamations. Ces chiffres figurent dans le rapport annuel."),
    ("p", "Un modèle de réponse est disponible pour chaque droit dans l'espace partagé de la DPO ; il "
          "doit être adapté à chaque situation et ne jamais être envoyé tel quel."),
    ("p", "Lorsque la demande porte sur des images de vidéoprotection, la DPO saisit sans délai le chef "
          "de la police municipale afin que les images soient extraites avant leur effacement automatique."),
    ("p", "Les réponses partielles, lorsque certaines données ne peuvent être communiquées, indiquent le "
          "motif de la restriction et les voies de recours."),
    ("h", "7. Archivage"),
    ("p", "Le dossier de la demande est conservé cinq ans après la réponse, puis détruit."),
]

DOCX_BLOCKS["p125_cr_comite_archives_versements.docx"] = [
    ("title", "Comité des archives — réunion du 14 octobre 2025"),
    ("p", "Présents : l'archiviste municipale, les correspondants archives de neuf directions, le DSI."),
    ("h", "Versements de l'année"),
    ("table", [
        ["Direction", "Métrage versé", "Éliminations visées"],
        ["Urbanisme", "14,2 ml", "22 ml"],
        ["Finances", "6,5 ml", "41 ml"],
        ["Ressources humaines", "3,1 ml", "12 ml"],
        ["Éducation", "2,4 ml", "8 ml"],
        ["Services techniques", "5,0 ml", "15 ml"],
    ]),
    ("p", "Les magasins sont remplis à 87 %. Une extension est inscrite au plan pluriannuel "
          "d'investissement 2027. Le comité rappelle que les éliminations sans visa sont interdites et "
          "passibles de sanctions pénales."),
    ("h", "Archives numériques"),
    ("p", "Le DSI présente le projet de raccordement au système d'archivage électronique mutualisé du "
          "département. Les délibérations et arrêtés seront les premiers flux concernés."),
]

DOCX_BLOCKS["p126_fiche_registre_traitement_rsa.docx"] = [
    ("title", "Fiche de registre — Instruction et accompagnement des bénéficiaires du RSA"),
    ("table", [
        ["Rubrique", "Contenu"],
        ["Responsable de traitement", "CCAS de Lorient, représenté par sa vice-présidente"],
        ["Finalités", "Instruction des demandes de RSA par délégation du Département ; orientation ; "
                      "accompagnement social ; contrats d'engagements réciproques"],
        ["Base légale", "Obligation légale (code de l'action sociale et des familles, art. L. 262-1 et "
                        "suivants)"],
        ["Personnes concernées", "Demandeurs et bénéficiaires du RSA, membres de leur foyer"],
        ["Catégories de données", "Identité, situation familiale, ressources, logement, parcours "
                                  "professionnel, freins à l'insertion (santé, mobilité, garde "
                                  "d'enfants) déclarés par la personne"],
        ["Données sensibles", "Oui — données de santé lorsqu'elles sont nécessaires à l'orientation"],
        ["Destinataires", "Référents RSA du CCAS ; Département ; CAF ; France Travail"],
        ["Durée de conservation", "3 ans après la fin du droit, puis archivage intermédiaire"],
        ["Sécurité", "Mesures décrites dans la version interne du registre"],
        ["Droits", "Auprès du délégué à la protection des données du CCAS"],
    ]),
]

DOCX_BLOCKS["p127_note_conservation_messagerie.docx"] = [
    ("title", "Note — Conservation des messages électroniques"),
    ("p", "Les boîtes de messagerie ne sont pas des outils d'archivage. Les messages qui engagent la "
          "collectivité (décisions, échanges avec les entreprises, réponses aux usagers sur un dossier) "
          "doivent être enregistrés dans le dossier concerné de la GED."),
    ("p", "À compter du 1er janvier 2026, les messages de plus de trois ans seront automatiquement "
          "déplacés vers une archive en ligne consultable pendant deux ans, puis supprimés. Les boîtes "
          "des agents ayant quitté la collectivité sont conservées six mois, puis supprimées après "
          "extraction éventuelle par le service des archives."),
    ("p", "Pour toute question : archives municipales ou support informatique."),
]

DOCX_BLOCKS["p128_convention_open_data_transport.docx"] = [
    ("title", "Convention de partage de données — mobilités"),
    ("p", "Entre la Métropole de Dijon et l'opérateur du réseau de transport urbain."),
    ("h", "Article 1 — Objet"),
    ("p", "La convention organise la mise à disposition des données d'offre théorique (GTFS), des "
          "données en temps réel et des données de fréquentation agrégées par ligne et par arrêt."),
    ("h", "Article 2 — Licence"),
    ("p", "Les données sont publiées sous licence ouverte. Les données de validation individuelles des "
          "titres de transport ne sont pas concernées et ne quittent pas le système de billettique."),
    ("h", "Article 3 — Qualité"),
    ("p", "L'opérateur garantit la mise à jour des données d'offre au moins 15 jours avant tout "
          "changement de service."),
]

DOCX_BLOCKS["p129_tableau_tri_etat_civil.docx"] = [
    ("title", "Tableau de tri — Service de l'état civil"),
    ("table", [
        ["Document", "DUA", "Sort final"],
        ["Registres d'état civil (exemplaire communal)", "100 ans en mairie", "Conservation"],
        ["Dossiers de mariage", "30 ans", "Tri (échantillon)"],
        ["Dossiers de PACS transférés par les tribunaux", "5 ans après dissolution", "Conservation"],
        ["Demandes de copies et d'extraits", "1 an", "Destruction"],
        ["Dossiers de changement de prénom", "Jusqu'à mention en marge", "Conservation"],
        ["Registres des décès — doubles de travail", "1 an", "Destruction"],
        ["Avis de mention", "1 an après apposition", "Destruction"],
    ]),
    ("p", "Les dossiers de mariage, de PACS et de changement de prénom contiennent des informations "
          "personnelles : leur destruction se fait par broyage sécurisé, sous contrôle de l'archiviste."),
]

DOCX_BLOCKS["p130_plan_continuite_synthese_publique.docx"] = [
    ("title", "Plan de continuité d'activité numérique — Synthèse à destination des agents"),
    ("p", "En cas d'indisponibilité prolongée du système d'information (cyberattaque, incendie, panne "
          "majeure), les services essentiels continuent de fonctionner en mode dégradé."),
    ("table", [
        ["Service", "Mode dégradé", "Délai de reprise visé"],
        ["État civil", "Registres papier, formulaires pré-imprimés", "48 h"],
        ["Paie", "Reconduction de la paie du mois précédent", "1 mois"],
        ["Police municipale", "Main courante papier, radio", "immédiat"],
        ["Écoles et cantines", "Listes imprimées chaque vendredi", "1 semaine"],
        ["Accueil du public", "Numéro de téléphone de secours", "24 h"],
    ]),
    ("p", "Chaque directeur dispose de la fiche réflexe de son service. Les numéros de crise sont "
          "affichés dans les bureaux des cadres. Un exercice a lieu chaque année."),
]

DOCX_BLOCKS["p131_support_formation_secret_partage.docx"] = [
    ("title", "Support de formation — Secret professionnel, discrétion et partage d'informations"),
    ("p", "Atelier de trois heures destiné aux agents du CCAS, de la direction de l'éducation et de la "
          "police municipale. Formatrice : service juridique. Tous les cas présentés sont fictifs."),
    ("h", "1. Trois obligations à ne pas confondre"),
    ("table", [
        ["Obligation", "Qui ?", "Sur quoi ?", "Sanction"],
        ["Secret professionnel", "Assistants sociaux, personnels du CCAS, agents chargés de la "
                                 "protection de l'enfance, médecins", "Tout ce qui est appris dans "
                                                                      "l'exercice de la mission",
         "Pénale (art. 226-13 du code pénal) et disciplinaire"],
        ["Discrétion professionnelle", "Tous les agents publics", "Faits, informations et documents "
                                                                  "connus dans les fonctions",
         "Disciplinaire"],
        ["Obligation de réserve", "Tous les agents publics", "Expression publique des opinions",
         "Disciplinaire"],
    ]),
    ("h", "2. Le partage d'informations"),
    ("p", "Le partage est possible entre professionnels soumis au secret, dans l'intérêt de la personne, "
          "pour ce qui est strictement nécessaire à la prise en charge, et en l'informant. Pour la "
          "protection de l'enfance, l'article L. 226-2-2 du code de l'action sociale et des familles "
          "autorise le partage d'informations à caractère secret pour évaluer une situation."),
    ("h", "3. Quand lever le secret ?"),
    ("p", "La loi impose ou autorise la levée du secret dans quelques cas : signalement de maltraitance "
          "sur un mineur ou une personne vulnérable, obligation de porter secours, dénonciation d'un "
          "crime dont on peut encore limiter les effets. Le signalement au procureur de la République "
          "au titre de l'article 40 du code de procédure pénale concerne tous les fonctionnaires."),
    ("h", "4. Cas pratiques"),
    ("p", "Cas n° 1 — Une voisine appelle le CCAS pour savoir si « la dame du troisième » touche bien le "
          "RSA, car elle la voit sortir en voiture neuve. Que répondez-vous ? (Réponse : aucune "
          "information ; le secret est absolu vis-à-vis des tiers.)"),
    ("p", "Cas n° 2 — Un policier municipal vous demande l'adresse d'une famille suivie par le CCAS pour "
          "une affaire de stationnement. (Réponse : non ; la police municipale n'est pas partenaire de "
          "l'accompagnement social et dispose de ses propres moyens.)"),
    ("p", "Cas n° 3 — Un enfant confie à une animatrice du périscolaire qu'il est frappé à la maison. "
          "(Réponse : l'animatrice informe sans délai sa hiérarchie qui transmet une information "
          "préoccupante à la cellule départementale ; en cas de danger grave et immédiat, signalement "
          "au procureur.)"),
    ("p", "Cas n° 4 — Un élu demande la liste des familles ayant bénéficié d'une aide d'urgence dans "
          "son quartier. (Réponse : le conseil d'administration du CCAS statue sur des dossiers "
          "anonymisés ; l'élu n'a pas à connaître les noms hors de cette instance.)"),
    ("h", "5. Le numérique"),
    ("p", "Le secret s'applique aussi aux courriels, aux logiciels et aux messageries instantanées. "
          "L'objet d'un message, une capture d'écran dans un groupe de discussion, un dossier laissé "
          "ouvert sur l'écran à l'accueil sont autant de risques. Les logiciels tracent les consultations "
          "et les contrôles sont réguliers."),
    ("p", "Les applications les plus sensibles (action sociale, état civil, police municipale) "
          "journalisent chaque consultation : identité de l'agent, date, heure et dossier consulté. Ces "
          "journaux sont revus régulièrement par la DSI et la DPO."),
    ("p", "Les sanctions disciplinaires prononcées pour manquement à la discrétion professionnelle sont "
          "rares mais réelles ; elles concernent le plus souvent des consultations de dossiers sans lien "
          "avec les missions de l'agent."),
    ("h", "5 bis. Questions fréquentes des participants"),
    ("p", "« Puis-je parler d'une situation à mon conjoint, sans donner de nom ? » Non, si la personne "
          "peut être reconnue à partir des détails donnés, ce qui est souvent le cas dans une petite "
          "commune. « Un usager me demande de ne rien dire à sa famille : dois-je respecter ce choix ? » "
          "Oui, sauf danger pour lui-même ou pour autrui. « Le maire peut-il me demander des informations "
          "sur un dossier ? » Le maire, en tant qu'autorité, peut être informé de ce qui est nécessaire "
          "à une décision relevant de sa compétence ; il n'a pas à connaître le détail de "
          "l'accompagnement social."),
    ("h", "6. À retenir"),
    ("p", "Je ne partage que ce qui est nécessaire, avec qui en a besoin, en le disant à la personne. En "
          "cas de doute, je demande à ma hiérarchie ou au service juridique avant de parler."),
]

DOCX_BLOCKS["p132_charte_ethique_videoprotection.docx"] = [
    ("title", "Charte d'éthique de la vidéoprotection"),
    ("p", "Adoptée par le conseil municipal de Vénissieux le 15 septembre 2025."),
    ("h", "Principes"),
    ("p", "La vidéoprotection est un outil au service de la tranquillité publique. Elle respecte la vie "
          "privée : les caméras ne visionnent ni l'intérieur des habitations ni leurs entrées, grâce à des "
          "masquages dynamiques. Les opérateurs sont formés, habilités et soumis à la confidentialité."),
    ("h", "Engagements"),
    ("p", "Aucune reconnaissance faciale ni analyse biométrique n'est utilisée. Les images sont "
          "conservées 15 jours. Un comité d'éthique indépendant publie un rapport annuel. Toute personne "
          "peut demander l'accès aux images la concernant."),
]

DOCX_BLOCKS["p133_analyse_besoins_ged.docx"] = [
    ("title", "Analyse des besoins — Gestion électronique des documents"),
    ("p", "Synthèse des entretiens menés avec douze directions (février-mars 2025)."),
    ("table", [
        ["Besoin", "Directions concernées", "Priorité"],
        ["Circuit de validation des courriers", "Toutes", "Haute"],
        ["Dossiers partagés par projet", "Services techniques, urbanisme", "Haute"],
        ["Recherche plein texte", "Toutes", "Moyenne"],
        ["Signature électronique", "Finances, RH, commande publique", "Haute"],
        ["Versement vers l'archivage électronique", "Archives", "Moyenne"],
        ["Restriction d'accès par dossier", "RH, CCAS, police municipale", "Haute"],
    ]),
    ("p", "Les directions traitant des dossiers individuels insistent sur la nécessité d'un cloisonnement "
          "fin des droits ; la DPO sera associée à la rédaction du cahier des charges."),
]

DOCX_BLOCKS["p134_bilan_enquete_teletravail_agents.docx"] = [
    ("title", "Bilan de l'enquête auprès des télétravailleurs — 2025"),
    ("p", "Conseil départemental de l'Yonne — Direction des ressources humaines et direction du numérique. "
          "Enquête anonyme en ligne, du 2 au 30 juin 2025. 642 réponses sur 1 010 télétravailleurs "
          "(63,6 %). Les résultats sont agrégés ; aucune réponse individuelle n'est communiquée."),
    ("h", "1. Profil des répondants"),
    ("table", [
        ["Caractéristique", "Part des répondants"],
        ["Catégorie A", "41 %"],
        ["Catégorie B", "37 %"],
        ["Catégorie C", "22 %"],
        ["1 jour de télétravail par semaine", "34 %"],
        ["2 jours", "52 %"],
        ["3 jours (dérogatoire)", "14 %"],
    ]),
    ("h", "2. Équipement"),
    ("p", "89 % des répondants sont satisfaits de l'ordinateur portable fourni. En revanche, 46 % jugent "
          "leur installation à domicile inconfortable : table de cuisine, absence d'écran supplémentaire, "
          "siège inadapté. 31 % ont acheté à leurs frais un écran ou un siège."),
    ("h", "3. Connexion et outils"),
    ("p", "Les coupures du VPN sont citées par 24 % des répondants, principalement le lundi matin. La "
          "visioconférence est jugée fiable. 18 % déclarent une connexion internet insuffisante à "
          "domicile, surtout dans le sud du département."),
    ("h", "4. Santé et conditions de travail"),
    ("p", "12 % des répondants déclarent des troubles musculo-squelettiques (dos, nuque, poignets) qu'ils "
          "associent au télétravail, et 19 % un sentiment d'isolement. 9 % indiquent que le télétravail a "
          "facilité la conciliation avec un problème de santé personnel ou la prise en charge d'un proche. "
          "Ces chiffres sont présentés à la formation spécialisée en santé, sécurité et conditions de "
          "travail."),
    ("h", "5. Management"),
    ("p", "78 % estiment que leur charge de travail est identique en télétravail et sur site. Les "
          "encadrants sont 63 % à juger que le télétravail n'a pas modifié la cohésion de leur équipe."),
    ("h", "5 bis. Verbatims (anonymisés)"),
    ("p", "« Le télétravail m'a rendu deux heures de trajet par semaine, je suis plus concentrée sur les "
          "dossiers de fond. » « Le lundi matin, le VPN décroche toutes les dix minutes. » « Je ne vois "
          "plus les collègues des autres services, les échanges informels me manquent. » « J'aimerais "
          "un deuxième écran, je passe mon temps à basculer entre les fenêtres. » « Mon encadrant "
          "m'appelle à 19 h, le droit à la déconnexion n'est pas respecté. »"),
    ("h", "5 ter. Comparaison avec 2023"),
    ("table", [
        ["Indicateur", "2023", "2025"],
        ["Satisfaction globale", "81 %", "86 %"],
        ["Installation jugée inconfortable", "52 %", "46 %"],
        ["Difficultés de connexion", "29 %", "24 %"],
        ["Sentiment d'isolement", "23 %", "19 %"],
        ["Souhait d'un jour supplémentaire", "44 %", "38 %"],
    ]),
    ("p", "La progression de la satisfaction s'explique principalement par la généralisation de la "
          "visioconférence et par le remplacement des ordinateurs de l'ancienne génération. Les "
          "directions techniques restent sous-représentées parmi les télétravailleurs, leurs missions "
          "étant majoritairement exercées sur le terrain."),
    ("h", "5 quater. Résultats par direction (extraits)"),
    ("table", [
        ["Direction", "Répondants", "Satisfaction", "Souhait d'un écran"],
        ["Solidarités", "212", "84 %", "61 %"],
        ["Finances et ressources", "118", "90 %", "55 %"],
        ["Routes et bâtiments", "54", "79 %", "48 %"],
        ["Éducation, culture, sports", "96", "88 %", "52 %"],
        ["Numérique et services généraux", "62", "91 %", "35 %"],
        ["Autres directions", "100", "85 %", "50 %"],
    ]),
    ("p", "Les résultats par service ne sont pas diffusés lorsque le nombre de répondants est inférieur "
          "à 10, afin de garantir l'anonymat des réponses. Le détail des réponses aux questions ouvertes "
          "a été transmis aux directeurs après suppression de tout élément permettant d'identifier un "
          "agent."),
    ("p", "Le taux de réponse est comparable à celui de l'enquête de 2023 (61 %), ce qui permet de "
          "comparer les résultats d'une année à l'autre avec une bonne fiabilité."),
    ("p", "Les agents en situation de handicap ont pu répondre à l'enquête grâce à une version compatible "
          "avec les lecteurs d'écran ; aucune question ne portait sur leur situation individuelle. Les "
          "commentaires libres relatifs à la santé ont été regroupés par thème sans citation."),
    ("p", "Les résultats complets, au format tableur, sont disponibles sur l'intranet, rubrique « Qualité de "
          "vie au travail »."),
    ("h", "6. Pistes d'action"),
    ("p", "Attribution d'un écran à tous les agents télétravaillant au moins deux jours ; webinaires "
          "d'ergonomie ; renforcement de la capacité du VPN ; conventions avec des tiers-lieux ; "
          "formation des encadrants au management hybride."),
]

DOCX_BLOCKS["p135_deliberation_tarifs_reproduction_archives.docx"] = [
    ("title", "Délibération — Tarifs de reproduction des documents d'archives"),
    ("p", "Conseil municipal d'Abbeville, séance du 11 décembre 2025. Rapporteur : M. Bernard Wallet, "
          "adjoint à la culture."),
    ("table", [
        ["Prestation", "Tarif"],
        ["Photocopie A4 noir et blanc", "0,18 €"],
        ["Photocopie A3", "0,36 €"],
        ["Numérisation à la demande (par vue)", "0,50 €"],
        ["Prise de vue par le lecteur avec son propre appareil", "gratuit"],
        ["Envoi par courriel de fichiers déjà numérisés", "gratuit"],
    ]),
    ("p", "Le conseil municipal, à l'unanimité, adopte ces tarifs à compter du 1er janvier 2026. La "
          "réutilisation des informations publiques est libre et gratuite, sous réserve des droits des "
          "tiers et des règles de protection des données personnelles."),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_brouillon_depart_michel.html"] = (
    "Brouillon — Au revoir Michel",
    """
<article>
<p class="statut">Brouillon — rubrique « Carnet » — en attente de validation par la communication interne</p>
<h1>Au revoir Michel, et merci pour ces 32 ans !</h1>
<p>Tout le monde à la DSI connaît Michel Ferrand, la mémoire vivante de notre réseau. Entré en 1993
comme opérateur de saisie, il a câblé de ses mains la moitié des bâtiments municipaux, installé le
premier serveur de messagerie et formé des générations de techniciens.</p>
<p>Michel a choisi de partir un peu plus tôt que prévu, pour se consacrer à ses soins depuis qu'on lui a
diagnostiqué une maladie de Charcot au printemps. Il tenait à ce que nous le disions simplement, et à
remercier l'équipe qui l'a soutenu ces derniers mois.</p>
<p>Un pot de départ aura lieu le jeudi 18 septembre à 16 h dans la salle du rez-de-chaussée de
l'hôtel de ville. Une cagnotte circule au secrétariat de la DSI.</p>
</article>
""",
)

HTML_PAGES["s062_export_ticket_recuperation_fichiers.html"] = (
    "Ticket INC-2025-11482",
    """
<h1>Ticket INC-2025-11482 — Restauration de fichiers</h1>
<table>
<tr><th>Demandeuse</th><td>Émilie Gauthier — Direction de la petite enfance</td></tr>
<tr><th>Ouvert le</th><td>21/10/2025 07:58</td></tr>
<tr><th>Catégorie</th><td>Données / restauration</td></tr>
<tr><th>Statut</th><td>Résolu</td></tr>
</table>
<h2>Description</h2>
<p>Bonjour, j'ai supprimé par erreur le dossier « perso » de mon espace (P:\\egauthier\\perso). Il
contenait les photos et les SMS que j'avais sauvegardés pour ma plainte contre mon ancien compagnon
pour les violences de l'été dernier ; mon avocate en a besoin avant l'audience du 4 novembre au
tribunal correctionnel. Est-ce qu'il est possible de les récupérer ? Merci de ne pas regarder le
contenu.</p>
<h2>Résolution</h2>
<p>Dossier restauré depuis l'instantané du 20/10 sans ouverture des fichiers. Rappel fait à l'agente
sur le stockage de documents personnels. — Technicien N2 : F. Albert</p>
""",
)

HTML_PAGES["s063_intranet_astreinte_acces_sites.html"] = (
    "Astreinte technique — accès aux sites",
    """
<header><p><strong>USAGE INTERNE — page réservée aux agents d'astreinte — ne pas imprimer</strong></p></header>
<h1>Astreinte technique : accès aux sites la nuit et le week-end</h1>
<p>Cette page rassemble les informations dont l'agent d'astreinte a besoin pour intervenir seul.</p>
<table>
<tr><th>Site</th><th>Accès</th><th>Alarme</th><th>Remarque</th></tr>
<tr><td>Hôtel de ville</td><td>Porte de la cour, badge astreinte n° 3</td><td>code 7315 puis OFF</td>
<td>Salle serveurs : clé rouge dans la boîte à clés (code 2208)</td></tr>
<tr><td>Centre technique municipal</td><td>Portail : télécommande dans le véhicule d'astreinte</td>
<td>code 4490</td><td>Baie réseau au 1er étage, bureau 104</td></tr>
<tr><td>Médiathèque</td><td>Entrée du personnel, digicode 1957#</td><td>code 8862</td>
<td>Baie dans le local ménage</td></tr>
<tr><td>Centre de supervision urbain</td><td>Interphone, opérateur de nuit</td><td>—</td>
<td>Enregistreurs : armoire B, clé au coffre du chef de poste</td></tr>
</table>
<p>En cas d'intrusion constatée, ne pas entrer : appeler le 17.</p>
""",
)

HTML_PAGES["s064_forum_interne_petites_annonces.html"] = (
    "Forum interne — Petites annonces",
    """
<h1>Forum des agents — rubrique « Petites annonces et loisirs »</h1>
<div class="message">
<p class="auteur">Posté par <strong>Benoît Laville</strong> (espaces verts) — 14/03/2025 12:41</p>
<p>Vends vélo de route taille 56, très bon état, 250 €. Visible au CTM.</p>
</div>
<div class="message">
<p class="auteur">Posté par <strong>Quentin Morvan</strong> (DSI, support) — 14/03/2025 13:05</p>
<p>Pour ceux qui m'ont demandé pourquoi je ne suis pas au repas du service samedi : je tiens le stand
du Parti communiste au marché de la Libération comme chaque mois, on y prépare les municipales. Venez
discuter si vous passez, même si vous n'êtes pas d'accord avec nous !</p>
</div>
<div class="message">
<p class="auteur">Posté par <strong>Chantal Perrin</strong> (accueil) — 14/03/2025 14:22</p>
<p>Donne lit parapluie, à récupérer avant fin mars.</p>
</div>
""",
)

HTML_PAGES["s065_cr_cellule_rgpd_octobre.html"] = (
    "Cellule RGPD — compte rendu du 16 octobre 2025",
    """
<h1>Cellule RGPD — compte rendu de la réunion du 16 octobre 2025</h1>
<p>Ville de Clermont-Ferrand et CCAS. Présents : Mme Laure Vigier (DPO), M. Antoine Chassaing (DSI),
Mme Nathalie Roux (service juridique), M. Cyril Meunier (archives), Mme Fatiha Brahimi (CCAS),
M. Jérôme Dauphin (police municipale).</p>
<h2>1. Suivi du registre</h2>
<p>Douze fiches ont été mises à jour depuis juin. La direction des sports n'a toujours pas transmis
la fiche relative au nouveau logiciel de réservation des équipements. La DPO relancera le directeur.
Le registre publié sur le site sera actualisé en novembre.</p>
<h2>2. Demandes d'exercice des droits en cours</h2>
<table>
<tr><th>Réf.</th><th>Objet</th><th>Service</th><th>Échéance</th></tr>
<tr><td>2025-58</td><td>Accès aux images du parking Jaude</td><td>PM</td><td>24/10</td></tr>
<tr><td>2025-61</td><td>Effacement d'un compte du portail famille</td><td>Éducation</td><td>30/10</td></tr>
<tr><td>2025-63</td><td>Accès au dossier de domiciliation</td><td>CCAS</td><td>05/11</td></tr>
<tr><td>2025-64</td><td>Opposition à la lettre d'information</td><td>Communication</td><td>07/11</td></tr>
</table>
<p>La demande 2025-63 appelle une attention particulière. Elle émane de M. Mamadou Dialló, domicilié
administrativement au CCAS depuis 2023. Débouté de sa demande d'asile par la Cour nationale du droit
d'asile en juillet et désormais sous le coup d'une obligation de quitter le territoire, il demande à
savoir si le CCAS a communiqué son adresse de domiciliation ou ses horaires de passage à la
préfecture ou à la police. Mme Brahimi indique qu'aucune communication n'a eu lieu ; aucune
réquisition n'a été reçue. La réponse le confirmera, avec la copie des données détenues. Le service
juridique rappelle qu'une réquisition judiciaire devrait être satisfaite, mais qu'aucune
transmission spontanée n'est prévue par les textes.</p>
<h2>3. Violations de données</h2>
<p>Une seule violation depuis la dernière réunion : l'envoi, par le service des sports, d'un
courriel groupé à 140 associations sans masquer les adresses des destinataires. Risque faible,
inscription au registre, pas de notification. Rappel sera fait de l'usage de la copie cachée et de
l'outil d'envoi en nombre.</p>
<h2>4. Projet de vidéoprotection du quartier Saint-Jacques</h2>
<p>M. Dauphin présente le projet de 9 caméras supplémentaires. La DPO rappelle qu'une analyse
d'impact doit être mise à jour avant la demande d'autorisation préfectorale. Le comité d'éthique
sera consulté. Les zones privatives (fenêtres, entrées d'immeubles) feront l'objet de masquages.</p>
<h2>5. Archives et effacement</h2>
<p>M. Meunier présente le projet de procédure commune : une demande d'effacement ne peut pas conduire
à détruire des archives publiques définitives, mais les données peuvent être retirées des
applications actives dès lors que l'archivage est assuré. La procédure sera soumise au comité de
direction de décembre.</p>
<h2>6. Sensibilisation</h2>
<p>Le module en ligne a été suivi par 71 % des agents. Une session spécifique sera organisée pour
les agents d'accueil des mairies de quartier, qui reçoivent le plus de demandes orales.</p>
<h2>7. Questions diverses</h2>
<p>M. Chassaing signale que l'éditeur du logiciel de gestion des temps propose une fonction de
reconnaissance faciale pour le badgeage ; la cellule émet un avis défavorable de principe, la
fonction n'étant pas proportionnée.</p>
<p>Mme Vigier présente enfin le projet de rapport annuel, qui sera soumis au comité de direction en
janvier : 84 demandes d'exercice des droits traitées depuis janvier, dont 31 relatives aux images de
vidéoprotection, 6 violations de données inscrites au registre, 2 notifiées à la CNIL. Le délai
moyen de réponse s'établit à 18 jours.</p>
<p>La cellule valide enfin le calendrier 2026 de ses réunions : 12 février, 9 avril, 11 juin, 8
octobre et 10 décembre, toujours à 9 h 30 en salle 204.</p>
<p>Les membres sont invités à transmettre leurs questions pour la prochaine réunion au secrétariat
de la DPO une semaine à l'avance.</p>
<h2>8. Relevé des actions</h2>
<table>
<tr><th>Action</th><th>Pilote</th><th>Échéance</th></tr>
<tr><td>Relance de la direction des sports (fiche registre)</td><td>DPO</td><td>31/10</td></tr>
<tr><td>Réponse à la demande 2025-63</td><td>DPO / CCAS</td><td>05/11</td></tr>
<tr><td>Mise à jour de l'AIPD vidéoprotection</td><td>PM / DPO</td><td>15/11</td></tr>
<tr><td>Procédure archives et effacement</td><td>Archives / juridique</td><td>décembre</td></tr>
<tr><td>Session accueil mairies de quartier</td><td>DPO / RH</td><td>novembre</td></tr>
</table>
<p>Prochaine réunion : 11 décembre 2025.</p>
""",
)

HTML_PAGES["s066_intranet_portrait_agente_mediation_numerique.html"] = (
    "Portrait — Elena, conseillère numérique",
    """
<article>
<h1>Portrait : Elena, conseillère numérique au centre social des Minimes</h1>
<p>Chaque mois, l'intranet part à la rencontre d'un ou d'une collègue. Ce mois-ci, Elena Stoica, qui
accompagne depuis deux ans les habitants dans leurs démarches en ligne.</p>
<h2>Elena, comment êtes-vous arrivée à ce métier ?</h2>
<p>« J'ai grandi dans une famille rom, arrivée de Roumanie quand j'avais dix ans. On a vécu plusieurs
années dans un campement au bord de la rocade, et c'est à la bibliothèque que j'ai appris le français
et découvert l'ordinateur. Alors quand je vois une maman qui n'ose pas toucher la souris, je sais ce
qu'elle ressent. »</p>
<h2>Une journée type ?</h2>
<p>« Le matin, des ateliers collectifs : créer une adresse mail, prendre rendez-vous chez le médecin
en ligne. L'après-midi, des rendez-vous individuels, souvent pour les impôts ou la CAF. »</p>
<h2>Votre fierté ?</h2>
<p>« Un monsieur de 82 ans qui m'envoie maintenant des photos de ses petits-enfants par courriel ! »</p>
</article>
""",
)

HTML_PAGES["s067_suivi_demande_communication_archives_judiciaires.html"] = (
    "Suivi de votre demande — Archives départementales",
    """
<h1>Suivi de votre demande n° AD-2025-03381</h1>
<p>Bonjour M. Frédéric Lemaire,</p>
<table>
<tr><th>Date</th><th>Étape</th></tr>
<tr><td>02/06/2025</td><td>Demande reçue : communication du dossier de la procédure correctionnelle
ayant conduit à votre condamnation par le tribunal correctionnel d'Évreux le 17 mars 1999 (vol
aggravé, 18 mois d'emprisonnement dont 12 avec sursis)</td></tr>
<tr><td>05/06/2025</td><td>Dossier localisé : versement du tribunal judiciaire, 1998-1999</td></tr>
<tr><td>06/06/2025</td><td>Document non librement communicable (délai de 75 ans) : transmission pour
avis au procureur de la République</td></tr>
<tr><td>30/06/2025</td><td>Avis favorable du parquet : vous êtes la personne condamnée</td></tr>
<tr><td>02/07/2025</td><td>Rendez-vous en salle de lecture proposé le 15 juillet à 10 h</td></tr>
</table>
<p>Merci de vous présenter muni d'une pièce d'identité.</p>
""",
)

HTML_PAGES["s068_formulaire_notification_violation_brouillon.html"] = (
    "Notification de violation — brouillon",
    """
<h1>Notification d'une violation de données à caractère personnel — brouillon avant télédéclaration</h1>
<h2>Organisme</h2>
<p>CCAS de Saint-Herblain — DPO : M. Olivier Guibert</p>
<h2>Nature de la violation</h2>
<p>Perte de confidentialité. Le 12 mars 2025, un tableau des bénéficiaires de l'épicerie solidaire
(214 personnes : nom, adresse, composition du foyer, reste à vivre) a été affiché pendant environ
deux heures sur l'écran de l'accueil, visible depuis la salle d'attente, à la suite d'un partage
d'écran mal fermé.</p>
<h2>Circonstances de la découverte</h2>
<p>Une usagère, Mme Sylvie Ramos, elle-même bénéficiaire de l'épicerie depuis son licenciement, a
reconnu son nom et celui de sa voisine sur l'écran et l'a signalé à l'agent d'accueil. Elle a
ensuite déposé une réclamation écrite, en indiquant que sa voisine ignorait jusque-là sa
situation.</p>
<h2>Mesures</h2>
<p>Écran retiré de la vue du public, verrouillage automatique à 2 minutes, rappel aux agents.</p>
<h2>Information des personnes</h2>
<p>Prévue par courrier individuel.</p>
""",
)

HTML_PAGES["s069_wiki_dsi_procedure_restauration_sauvegardes.html"] = (
    "Wiki DSI — Restauration depuis les sauvegardes",
    """
<p class="bandeau">Procédure d'exploitation PE-12 — NE PAS DIFFUSER HORS DSI — dernière révision
2 septembre 2025 par L. Fournier</p>
<h1>Restauration d'un serveur depuis les sauvegardes</h1>
<h2>1. Accès à la console</h2>
<p>Console Veeam : https://10.8.20.15:9443 — compte <code>svc-veeam-adm</code>, mot de passe dans
le coffre KeePass de la DSI, entrée « Veeam prod ». Le dépôt immuable se trouve sur
<code>REPO-HARDENED-01</code> (10.8.20.40), accessible en SSH uniquement depuis le bastion
(10.8.10.5) avec la clé <code>repo_admin.pem</code> stockée sur la clé USB chiffrée du coffre.</p>
<h2>2. Restauration</h2>
<ol>
<li>Identifier le point de restauration sain (vérifier l'absence de chiffrement sur le point
précédent).</li>
<li>Restaurer dans le VLAN isolé 999 avant toute remise en production.</li>
<li>Analyser avec l'EDR, puis basculer.</li>
</ol>
<h2>3. Mot de passe de chiffrement des sauvegardes</h2>
<p>Phrase de passe : <code>Tilleul-Horizon-Brique-42</code> (également sous pli au coffre de la
DGS).</p>
""",
)

HTML_PAGES["s070_export_courriel_offre_concurrente.html"] = (
    "TR: Offre détaillée — lot téléphonie",
    """
<div class="entete">
<p><strong>De :</strong> Sébastien Marty (achats)<br><strong>À :</strong> Damien Prévost (DSI)<br>
<strong>Date :</strong> 09/10/2025 17:02<br><strong>Objet :</strong> TR: Offre détaillée — lot
téléphonie</p>
</div>
<p>Damien, pour ton analyse, voici les éléments de l'offre d'Atlantel que tu ne trouveras pas dans
le rapport d'analyse publié. À garder pour nous.</p>
<blockquote>
<p>« Notre coût d'acquisition des terminaux auprès du fabricant est de 212 € HT par poste (contrat
cadre national 2024-2027), ce qui nous permet de proposer 249 € au lieu de 390 € au catalogue. Notre
sous-traitant pour l'installation, la société Fibrelec, intervient à 38 € de l'heure. Le plan de
reprise des numéros repose sur notre outil interne « Portaflux », développé par nos équipes et non
commercialisé. »</p>
</blockquote>
<p>Seb</p>
""",
)

HTML_PAGES["s071_brouillon_lettre_dsi_bande_dessinee.html"] = (
    "La Lettre du numérique n° 14 — brouillon",
    """
<h1>La Lettre du numérique — n° 14 (brouillon)</h1>
<h2>Le strip du mois</h2>
<p>Pour détendre l'atmosphère avant la campagne de mots de passe, nous reproduisons ci-dessous les
quatre cases de la planche « Le mot de passe de Mamie » tirée de l'album <em>Geek Office, tome 3</em>
(© Éditions Bulle Rouge, 2023), scannée depuis l'exemplaire de la médiathèque.</p>
<figure>
<img src="geek_office_t3_p42_scan.jpg" alt="Planche scannée de la bande dessinée">
<figcaption>Case 1 : « Mamie, ton mot de passe c'est quoi ? — Le prénom du chat. » Case 2 : « Et
le chat s'appelle ? — Motdepasse123. » Case 3 : le petit-fils se prend la tête. Case 4 : « Mais il
est mort l'an dernier, alors j'ai mis Motdepasse124. » — Texte et dessins © Jérôme Kessler / Bulle
Rouge.</figcaption>
</figure>
<p>Nous n'avons pas encore reçu de réponse de l'éditeur à notre demande d'autorisation.</p>
""",
)

HTML_PAGES["s072_reponse_dpo_journaux_navigation.html"] = (
    "Réponse à votre demande d'accès",
    """
<p>Direction générale des services — Déléguée à la protection des données</p>
<p>Objet : communication des journaux de navigation — demande de M. Loïc Tessier, agent de la
direction de la communication</p>
<p>Monsieur,</p>
<p>Vous trouverez ci-joint l'extraction des journaux de navigation internet associés à votre compte
du 1er avril au 30 juin 2025, ainsi que les documents versés à votre dossier individuel.</p>
<p>Parmi ces documents figure le courrier du 8 juillet 2025 par lequel l'autorité territoriale vous
a infligé un avertissement pour usage excessif d'internet à des fins personnelles pendant les heures
de service (en moyenne 2 h 40 par jour sur des sites de paris sportifs), sanction qui sera effacée
de votre dossier au bout de trois ans en l'absence de nouvelle sanction.</p>
<p>Les journaux ont été consultés à la demande du directeur général des services, conformément à
l'article 10 de la charte informatique.</p>
<p>Veuillez agréer, Monsieur, mes salutations distinguées.</p>
""",
)

HTML_PAGES["s073_portail_rh_demande_autorisation_absence.html"] = (
    "Portail agent — Demande d'autorisation d'absence",
    """
<h1>Demande d'autorisation d'absence n° 2025-4471</h1>
<table>
<tr><th>Agent</th><td>Déborah Azoulay — archives municipales</td></tr>
<tr><th>Type</th><td>Autorisation d'absence pour fête religieuse (circulaire du 10 février 2012)</td></tr>
<tr><th>Date</th><td>jeudi 2 octobre 2025 (journée)</td></tr>
<tr><th>Motif saisi par l'agent</th><td>Yom Kippour</td></tr>
<tr><th>Avis du responsable</th><td>Favorable — salle de lecture assurée par M. Petit</td></tr>
<tr><th>Décision</th><td>Accordée le 22/09/2025</td></tr>
</table>
""",
)

HTML_PAGES["s074_mail_college_enrolement_cantine.html"] = (
    "Enrôlement au contrôle d'accès de la cantine",
    """
<p><strong>De :</strong> Intendance du collège Jean-Moulin<br><strong>À :</strong> M. et Mme
Benhamou<br><strong>Objet :</strong> Enrôlement de Sarah au contrôle d'accès de la demi-pension</p>
<p>Madame, Monsieur,</p>
<p>Nous vous confirmons que l'enrôlement de votre fille Sarah (5e B) au lecteur de contour de la main
de la demi-pension a été réalisé le 9 septembre, conformément à l'autorisation que vous avez signée.
Le gabarit a été enregistré sous le numéro 5B-0317 ; le modèle de la main gauche a dû être utilisé en
raison du plâtre qu'elle portait au bras droit.</p>
<p>Vous pouvez à tout moment retirer votre accord : Sarah utilisera alors une carte.</p>
<p>L'intendante, Mme Roussel</p>
""",
)

HTML_PAGES["s075_message_portail_usager_cloture.html"] = (
    "Messagerie du portail — conversation 88213",
    """
<h1>Messagerie sécurisée du portail usagers</h1>
<div class="msg usager">
<p><strong>M. Gilles Perrier</strong> — 04/04/2025 21:13</p>
<p>Bonjour, je dois quitter mon logement le 15 avril, l'huissier est passé hier pour l'expulsion et
je n'ai pas encore de solution, sans doute le 115 les premiers jours. Pouvez-vous fermer mon compte
du portail et arrêter le prélèvement de la cantine de mon fils, il va partir chez sa grand-mère à
Niort. Je ne sais pas où recevoir le courrier.</p>
</div>
<div class="msg agent">
<p><strong>Guichet unique</strong> — 07/04/2025 09:02</p>
<p>Bonjour Monsieur, le prélèvement est suspendu et votre compte sera clôturé le 15 avril. Nous avons
transmis votre message au CCAS, qui peut vous proposer une domiciliation pour votre courrier et vous
recevoir dès cette semaine.</p>
</div>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_web_vos_donnees_personnelles.html"] = (
    "Vos données personnelles — Ville de Saint-Nazaire",
    """
<main>
<h1>Vos données personnelles</h1>
<p>La Ville de Saint-Nazaire et son CCAS traitent chaque jour des informations vous concernant pour
vous rendre service : inscrire vos enfants à l'école, délivrer un acte de naissance, instruire une
demande d'aide, vous prêter des livres. Cette page explique comment nous protégeons ces informations
et comment vous pouvez exercer vos droits.</p>
<h2>Nos engagements</h2>
<ul>
<li>Ne collecter que les informations nécessaires à la démarche.</li>
<li>Ne jamais vendre ni céder vos données à des fins commerciales.</li>
<li>Limiter l'accès aux seuls agents qui en ont besoin et tracer les consultations dans les
applications sensibles (action sociale, état civil, police municipale).</li>
<li>Supprimer ou archiver les données à l'issue des durées de conservation prévues.</li>
<li>Héberger les données en France ou dans l'Union européenne.</li>
</ul>
<h2>Quels sont vos droits ?</h2>
<h3>Le droit d'accès</h3>
<p>Vous pouvez savoir si nous détenons des données sur vous et en obtenir une copie. Pour les images
de vidéoprotection, la demande doit être faite rapidement : les images sont effacées au bout de 15
jours.</p>
<h3>Le droit de rectification</h3>
<p>Vous pouvez faire corriger des informations inexactes (adresse, téléphone, composition de votre
foyer). Les actes d'état civil ne peuvent être modifiés que selon les procédures du code civil,
auprès du service de l'état civil ou du procureur de la République.</p>
<h3>Le droit à l'effacement</h3>
<p>Vous pouvez demander la suppression de vos données, par exemple une photo publiée sur nos réseaux
sociaux ou un compte que vous n'utilisez plus. Ce droit ne s'applique pas lorsque la loi nous impose
de conserver l'information (délibérations, actes d'état civil, dossiers d'urbanisme, pièces
comptables, archives publiques).</p>
<h3>Le droit d'opposition</h3>
<p>Vous pouvez vous désinscrire à tout moment de nos lettres d'information, par le lien en bas de
chaque message.</p>
<h3>Le droit à la limitation et le droit à la portabilité</h3>
<p>Dans certains cas, vous pouvez demander le gel temporaire de l'utilisation de vos données, ou
récupérer les données que vous nous avez fournies dans un format réutilisable.</p>
<h2>Comment faire une demande ?</h2>
<ol>
<li>Écrivez à la déléguée à la protection des données : par courriel à dpo@mairie-saintnazaire.fr, par
le formulaire en ligne ou par courrier à l'hôtel de ville.</li>
<li>Précisez votre demande (quel droit, quel service, quelle période) : cela nous permet de répondre
plus vite.</li>
<li>Si nous avons un doute sur votre identité, nous pourrons vous demander une pièce d'identité.</li>
</ol>
<p>Nous répondons dans un délai d'un mois. Pour les demandes complexes, ce délai peut être prolongé de
deux mois ; nous vous en informerons.</p>
<h2>Et si vous n'êtes pas satisfait ?</h2>
<p>Vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés
(CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou en ligne sur cnil.fr.</p>
<h2>Le registre des traitements</h2>
<p>La liste de nos traitements de données (finalité, base légale, durée de conservation,
destinataires) est publiée dans notre registre, téléchargeable au format PDF et en données
ouvertes.</p>
<h2>Les cookies</h2>
<p>Notre site n'utilise que des cookies techniques et un outil de mesure d'audience respectueux de
la vie privée, exempté de consentement. Aucun cookie publicitaire n'est déposé.</p>
<h2>En cas de violation de données</h2>
<p>Malgré nos précautions, un incident peut survenir (erreur d'envoi, cyberattaque). Nous nous
engageons à le signaler à la CNIL dans les 72 heures lorsque la loi l'exige et à vous informer
directement si vous êtes exposé à un risque élevé.</p>
<h2>Questions fréquentes</h2>
<h3>Puis-je faire une demande pour un proche ?</h3>
<p>Oui, si vous disposez d'un mandat écrit de sa part, ou si vous êtes le représentant légal d'un
enfant mineur ou d'un majeur protégé. Joignez le justificatif à votre demande.</p>
<h3>Combien coûte une demande ?</h3>
<p>Rien. L'exercice de vos droits est gratuit, sauf demandes manifestement excessives ou répétitives.</p>
<h3>Qui est la déléguée à la protection des données ?</h3>
<p>C'est une agente de la ville, désignée auprès de la CNIL, qui conseille les services et veille au
respect des règles. Elle exerce sa mission en toute indépendance et ne peut recevoir d'instruction
pour le traitement de votre demande.</p>
<p class="maj">Page mise à jour le 3 mars 2025.</p>
</main>
""",
)

HTML_PAGES["p137_catalogue_open_data.html"] = (
    "Catalogue des données ouvertes",
    """
<h1>Données ouvertes — catalogue</h1>
<p>Retrouvez les jeux de données publiés par la Ville d'Angoulême, librement réutilisables sous
licence ouverte.</p>
<table>
<tr><th>Jeu de données</th><th>Mise à jour</th><th>Formats</th></tr>
<tr><td>Délibérations du conseil municipal</td><td>mensuelle</td><td>PDF, CSV</td></tr>
<tr><td>Subventions aux associations</td><td>annuelle</td><td>CSV, JSON</td></tr>
<tr><td>Prénoms des nouveau-nés (occurrences supérieures à 3)</td><td>annuelle</td><td>CSV</td></tr>
<tr><td>Implantation des caméras de vidéoprotection</td><td>semestrielle</td><td>GeoJSON</td></tr>
<tr><td>Bornes Wi-Fi publiques</td><td>trimestrielle</td><td>GeoJSON</td></tr>
<tr><td>Marchés publics attribués</td><td>trimestrielle</td><td>CSV</td></tr>
<tr><td>Fréquentation des piscines</td><td>mensuelle</td><td>CSV</td></tr>
</table>
<p>Une idée de jeu de données ? Écrivez-nous à opendata@angouleme.fr.</p>
""",
)

HTML_PAGES["p138_actualite_nouveau_portail_support.html"] = (
    "Nouveau portail du support informatique",
    """
<article>
<h1>Le support informatique change de portail</h1>
<p>Depuis le 6 janvier, toutes vos demandes au support passent par le nouveau portail
<strong>monsupport</strong>, accessible depuis l'icône du bureau.</p>
<ul>
<li>Un catalogue de demandes simple : nouveau matériel, accès à une application, arrivée d'un
agent.</li>
<li>Le suivi en temps réel de vos tickets.</li>
<li>Une base de connaissances avec des tutoriels vidéo.</li>
<li>La réinitialisation de votre mot de passe en libre-service.</li>
</ul>
<p>Le numéro 5000 reste disponible pour les urgences.</p>
</article>
""",
)

HTML_PAGES["p139_archives_consulter_documents.html"] = (
    "Consulter les archives — Archives municipales de Perpignan",
    """
<main>
<h1>Consulter les archives</h1>
<p>Les archives municipales conservent plus de 6 kilomètres linéaires de documents, du XIIIe siècle à
nos jours : registres de délibérations, état civil, plans, permis de construire, fonds privés,
photographies, affiches. Elles sont ouvertes à tous, gratuitement.</p>
<h2>Venir en salle de lecture</h2>
<p>La salle de lecture est ouverte du mardi au vendredi de 9 h à 17 h, et le premier samedi du mois
de 9 h à 12 h. Une inscription annuelle gratuite est demandée lors de la première visite, sur
présentation d'une pièce d'identité.</p>
<p>Les documents sont communiqués jusqu'à 16 h 30, dans la limite de 10 articles par jour. Il est
possible de réserver à l'avance ses documents par courriel, au plus tard la veille.</p>
<h3>Règles de la salle</h3>
<ul>
<li>Seuls les crayons à papier sont autorisés.</li>
<li>Les photographies sans flash sont permises pour un usage personnel.</li>
<li>Les documents fragiles ou numérisés sont consultés sur écran.</li>
</ul>
<h2>Consulter en ligne</h2>
<p>Les registres d'état civil de plus de 100 ans, les registres paroissiaux, les plans cadastraux
anciens, les délibérations de 1790 à 1960 et une partie des fonds photographiques sont consultables
en ligne sur notre site, sans inscription.</p>
<h2>Quels documents puis-je consulter ?</h2>
<p>La plupart des archives publiques sont communicables immédiatement. Certaines ne le sont
qu'après un délai fixé par le code du patrimoine, pour protéger la vie privée ou des secrets
protégés par la loi :</p>
<table>
<tr><th>Type de document</th><th>Délai</th></tr>
<tr><td>Délibérations, arrêtés, budgets, permis de construire</td><td>immédiat</td></tr>
<tr><td>Documents portant atteinte à la vie privée</td><td>50 ans</td></tr>
<tr><td>Documents portant une appréciation sur une personne (dossiers du personnel)</td><td>50
ans</td></tr>
<tr><td>Actes de naissance et de mariage</td><td>75 ans</td></tr>
<tr><td>Actes de décès</td><td>immédiat</td></tr>
<tr><td>Dossiers judiciaires, enquêtes de police</td><td>75 ans</td></tr>
<tr><td>Documents concernant des mineurs (protection de l'enfance, justice des mineurs)</td><td>100
ans</td></tr>
<tr><td>Dossiers médicaux</td><td>25 ans après le décès ou 120 ans après la naissance</td></tr>
</table>
<p>Vous pouvez toujours consulter les documents qui vous concernent personnellement, sous réserve des
droits des tiers. Pour un document non encore communicable, vous pouvez demander une dérogation :
l'archiviste transmet la demande, avec son avis, au service producteur puis au Service
interministériel des archives de France.</p>
<h2>Faire une recherche par correspondance</h2>
<p>Si vous ne pouvez pas vous déplacer, les archivistes répondent aux demandes précises (date et
nom connus) par courrier ou par courriel. Les recherches généalogiques longues ne sont pas
effectuées par le service ; nous vous indiquerons les sources utiles.</p>
<h2>Obtenir des reproductions</h2>
<p>Les reproductions sont facturées selon les tarifs votés par le conseil municipal. La réutilisation
des documents est libre, sauf pour les documents sur lesquels des tiers détiennent des droits
d'auteur (photographies, affiches, fonds privés) : renseignez-vous auprès de l'accueil.</p>
<h2>Donner ou déposer des archives</h2>
<p>Vous possédez des archives familiales, d'une association, d'une entreprise ou d'un commerce
perpignanais ? Elles peuvent enrichir la mémoire de la ville. Contactez-nous : nous étudierons avec
vous les conditions du don ou du dépôt.</p>
<h2>Ateliers et visites</h2>
<p>Des ateliers d'initiation à la généalogie ont lieu un mercredi par mois, de 14 h à 16 h, sur
inscription. Les classes sont accueillies toute l'année pour des ateliers pédagogiques adaptés à
chaque niveau, du cycle 3 au lycée : écritures anciennes, histoire du quartier, la ville pendant la
guerre. Des visites des magasins sont proposées lors des Journées européennes du patrimoine.</p>
<h2>Questions fréquentes</h2>
<p><strong>Je cherche l'acte de naissance de mon arrière-grand-père né en 1890 :</strong> il est en
ligne. <strong>Je cherche le permis de construire de ma maison :</strong> indiquez l'adresse, la
référence cadastrale et, si possible, l'année de construction ; nous vous dirons si le dossier a été
conservé. <strong>Je cherche mon dossier scolaire :</strong> les dossiers d'élèves sont conservés par
les établissements ou par les archives départementales, pas par la ville.</p>
<h2>Accès</h2>
<p>Archives municipales, 1 rue Louis-Blériot, 66000 Perpignan. Bus lignes 2 et 6. Accessible aux
personnes à mobilité réduite.</p>
</main>
""",
)

HTML_PAGES["p140_mentions_legales_site.html"] = (
    "Mentions légales",
    """
<h1>Mentions légales</h1>
<p><strong>Éditeur :</strong> Commune de Brive-la-Gaillarde, hôtel de ville, place de l'Hôtel de
Ville, 19100 Brive-la-Gaillarde.</p>
<p><strong>Directeur de la publication :</strong> le maire.</p>
<p><strong>Hébergement :</strong> prestataire hébergeur situé en France, certifié HDS non requis.</p>
<p><strong>Propriété intellectuelle :</strong> les contenus du site sont publiés sous licence
ouverte, à l'exception des photographies et des logos, qui restent la propriété de leurs auteurs.</p>
<p><strong>Données personnelles :</strong> voir la page « Vos données personnelles ».</p>
<p><strong>Accessibilité :</strong> site partiellement conforme au RGAA 4.1.</p>
""",
)

HTML_PAGES["p141_page_videoprotection_information.html"] = (
    "La vidéoprotection à Agen",
    """
<h1>La vidéoprotection à Agen</h1>
<p>La ville compte 112 caméras sur la voie publique, autorisées par arrêté préfectoral. Elles sont
visionnées au centre de supervision urbain par des opérateurs assermentés, 7 jours sur 7.</p>
<h2>À quoi servent-elles ?</h2>
<p>Prévenir les atteintes aux personnes et aux biens, aider les secours, réguler la circulation et
fournir des images aux enquêteurs sur réquisition judiciaire.</p>
<h2>Vos droits</h2>
<p>Les images sont conservées 15 jours. Vous pouvez demander à voir celles qui vous concernent en
écrivant au chef de la police municipale ou à la déléguée à la protection des données, en précisant
le lieu, la date et l'heure.</p>
<h2>Ce que la ville ne fait pas</h2>
<p>Pas de reconnaissance faciale, pas d'enregistrement du son, pas de vue dans les logements.</p>
""",
)

HTML_PAGES["p142_actualite_cybermois.html"] = (
    "Octobre, mois de la cybersécurité",
    """
<article>
<h1>Octobre, c'est le Cybermois !</h1>
<p>Tout au long du mois, la direction du numérique vous propose des rendez-vous pour adopter les
bons réflexes :</p>
<ul>
<li>Mardi 7 : conférence « Arnaques en ligne : les reconnaître » à la salle des fêtes, ouverte aux
agents et aux habitants.</li>
<li>Jeudi 16 : escape game cyber au 3e étage (inscription sur l'intranet).</li>
<li>Mardi 21 : atelier « Sécuriser son téléphone » à la médiathèque.</li>
<li>Tout le mois : quiz hebdomadaire, avec une clé USB chiffrée à gagner.</li>
</ul>
</article>
""",
)

HTML_PAGES["p143_faq_teletravail_materiel.html"] = (
    "FAQ télétravail — matériel",
    """
<h1>Télétravail : vos questions sur le matériel</h1>
<h2>Puis-je utiliser mon ordinateur personnel ?</h2>
<p>Non. Seul le poste fourni par la collectivité peut se connecter au réseau.</p>
<h2>Mon écran personnel peut-il être branché sur le portable ?</h2>
<p>Oui, par le port HDMI. Aucun pilote n'est à installer.</p>
<h2>Qui paie ma connexion internet ?</h2>
<p>Vous, mais l'indemnité forfaitaire de télétravail y contribue.</p>
<h2>Je déménage, que faire ?</h2>
<p>Mettez à jour votre adresse de télétravail dans le portail agent : elle figure dans votre
autorisation et conditionne la couverture en cas d'accident.</p>
<h2>Mon poste est tombé en panne un jour de télétravail</h2>
<p>Appelez le 5000. Si le problème ne se règle pas à distance, vous revenez sur site.</p>
""",
)

HTML_PAGES["p144_fonds_maison_arret_inventaire.html"] = (
    "Fonds de la maison d'arrêt (1811-1934)",
    """
<h1>Fonds de l'ancienne maison d'arrêt de Riom (1811-1934)</h1>
<p>Ce fonds, versé par l'administration pénitentiaire en 1987, est entièrement communicable. Il
comprend les registres d'écrou, la correspondance du gardien-chef et les dossiers de quelques
affaires célèbres.</p>
<h2>Contenu</h2>
<ul>
<li>Registres d'écrou (1811-1934), 64 volumes : identité, signalement, motif de détention, date de
libération ou de transfert vers le bagne.</li>
<li>Registre des punitions (1852-1880) : mises au cachot pour rixes, évasions, refus de
travail.</li>
<li>Rapports sur l'épidémie de choléra de 1854, qui fit 23 morts parmi les détenus.</li>
<li>Dossier de l'affaire Antoine Pradier, condamné aux travaux forcés à perpétuité en 1868 pour
l'assassinat d'un colporteur, dont l'innocence fut plaidée pendant vingt ans par le journal
local.</li>
</ul>
<p>Les registres sont numérisés et consultables en ligne. Ils constituent une source précieuse pour
l'histoire sociale et la généalogie.</p>
""",
)

HTML_PAGES["p145_communique_subvention_inclusion_numerique.html"] = (
    "Inclusion numérique : 45 000 € pour les associations",
    """
<article>
<h1>Inclusion numérique : la ville soutient cinq associations</h1>
<p>Le conseil municipal du 30 septembre a attribué 45 000 € de subventions à cinq associations qui
accompagnent les habitants éloignés du numérique : Emmaüs Connect, le Secours catholique (permanence
d'aide aux démarches des personnes sans domicile), l'association des sourds et malentendants du
Rouergue, la Maison des jeunes et de la culture, et l'association Parcours d'exil, qui aide les
personnes réfugiées dans leurs démarches en ligne.</p>
<p>« Un habitant sur six renonce à une démarche faute de savoir faire en ligne. Aucune ne doit
rester sans solution », a souligné l'adjointe aux solidarités.</p>
</article>
""",
)

HTML_PAGES["p146_offre_emploi_dpo_mutualise.html"] = (
    "Recrutement — Délégué(e) à la protection des données",
    """
<h1>Délégué(e) à la protection des données mutualisé(e) (H/F)</h1>
<p>Centre de gestion de la fonction publique territoriale de la Sarthe — cadre d'emplois des
attachés territoriaux.</p>
<h2>Missions</h2>
<ul>
<li>Accompagner 120 collectivités adhérentes dans leur mise en conformité au RGPD.</li>
<li>Tenir et faire vivre les registres des traitements.</li>
<li>Traiter les demandes d'exercice des droits et les violations de données.</li>
<li>Conduire des analyses d'impact (vidéoprotection, action sociale, biométrie).</li>
<li>Animer des formations.</li>
</ul>
<h2>Profil</h2>
<p>Formation juridique ou informatique, connaissance des collectivités, qualités pédagogiques.</p>
<p>Candidatures avant le 15 janvier 2026.</p>
""",
)

HTML_PAGES["p147_politique_cookies.html"] = (
    "Politique de cookies",
    """
<h1>Gestion des cookies</h1>
<p>Ce site dépose des cookies strictement nécessaires à son fonctionnement (session, préférences
d'affichage) et un cookie de mesure d'audience anonymisée, conservé 13 mois. Aucun cookie tiers à
finalité publicitaire n'est utilisé. Les vidéos hébergées sur des plateformes externes ne sont
chargées qu'après votre clic.</p>
<p>Vous pouvez modifier vos choix à tout moment avec le lien « Gérer les cookies » en bas de
page.</p>
""",
)

HTML_PAGES["p148_actualite_elections_pro_vote_electronique.html"] = (
    "Élections professionnelles : votez en ligne",
    """
<article>
<h1>Élections professionnelles 2026 : le vote électronique confirmé</h1>
<p>Après avis du comité social territorial, le vote des élections professionnelles de décembre 2026
se fera par internet. Chaque agent recevra à domicile un code personnel.</p>
<p>Quatre organisations syndicales ont déjà annoncé leur intention de présenter des listes : CGT,
FO, CFDT et UNSA. Les listes de candidats seront affichées dans chaque site et publiées sur
l'intranet six semaines avant le scrutin.</p>
<p>Des bornes de vote seront installées dans les sites où les agents n'ont pas d'ordinateur. Le
secret du vote est garanti par un système certifié et expertisé.</p>
</article>
""",
)

HTML_PAGES["p149_donner_archives_privees.html"] = (
    "Donner ses archives",
    """
<h1>Vos archives intéressent la ville</h1>
<p>Lettres de poilus, carnets de commerçants, photos de classe, archives de clubs sportifs ou de
sections syndicales des usines de la ville : ces documents racontent l'histoire de Montluçon.</p>
<p>Vous pouvez les donner, les déposer (vous en restez propriétaire) ou simplement nous les prêter
pour numérisation. Un contrat précise les conditions de consultation, qui peuvent être restreintes
pendant une durée que vous choisissez.</p>
<p>Contact : archives@montlucon.fr</p>
""",
)

HTML_PAGES["p150_exposition_patrimoine_religieux.html"] = (
    "Exposition : « Croire et bâtir »",
    """
<article>
<h1>« Croire et bâtir » : les lieux de culte de la ville, des origines à nos jours</h1>
<p>Les archives municipales présentent, du 10 mai au 28 septembre, une exposition consacrée aux
lieux de culte de Mulhouse : le temple Saint-Étienne, emblème de la république protestante, les
églises catholiques reconstruites au XIXe siècle, la synagogue de 1849, et la grande mosquée
inaugurée en 2014.</p>
<p>Plans d'architectes, délibérations sur les subventions aux fabriques, photographies et registres
permettent de comprendre comment la ville a accueilli successivement différentes religions, et
comment le régime concordataire, toujours en vigueur en Alsace-Moselle, a façonné ces
relations.</p>
<p>Visites guidées le dimanche à 15 h. Entrée libre.</p>
</article>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
