"""Build the .docx and .html documents of the hand-written sensitivity set ``dev23``.

Theme: what public bodies publish, and the line it must not cross (deliberations, minutes of
councils and boards, activity reports, audit-court reports, municipal bulletins, press releases,
public inquiry reports, recueils des actes administratifs). 150 documents, 75 sovereign
(s001-s075) and 75 public (p076-p150); the .txt files are written by hand in ``corpus/dev23``,
this script writes the .docx and .html ones with stable bytes.

Run: PYTHONPATH=<worktree>/include <worktree>/.venv/bin/python bench/sensitivity/build_dev23_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev23"
FIXED = dt.datetime(2026, 3, 30, 10, 0, 0)
DOCX = {}
HTML = {}

# ---------------------------------------------------------------- sovereign .docx

DOCX["s046_pv_cao_offres_marges_savoir_faire.docx"] = [
    ("title", "Communauté urbaine de Dunkerque — Commission d'appel d'offres"),
    ("p", "Procès-verbal de la séance du 11 février 2026 — annexé à la délibération du conseil communautaire n° 2026-027 (publiée)"),
    ("h", "Objet du marché"),
    ("p", "Accord-cadre de travaux de signalisation horizontale et verticale sur les voiries communautaires, durée quatre ans, montant maximum annuel 1 800 000 € HT."),
    ("h", "Membres présents"),
    ("p", "M. Bertrand Rigaux, président de la CAO ; Mme Zoé Vandenbussche, M. Jean-Marc Gosselin, Mme Sabrina Kaddouri, M. Guy Lesage (titulaires). Assistaient : le comptable public (voix consultative), la direction de la commande publique, la direction de la voirie."),
    ("h", "Analyse des offres"),
    ("table", [
        ["Candidat", "Montant DQE (€ HT)", "Note prix /50", "Note technique /50", "Total"],
        ["Signalisation des Flandres", "1 412 380", "46,1", "41,0", "87,1"],
        ["Axiroute", "1 302 950", "50,0", "35,5", "85,5"],
        ["Marquage Littoral SARL", "1 590 200", "41,0", "44,5", "85,5"],
        ["Helios Signalisation", "1 668 740", "39,0", "38,0", "77,0"],
    ]),
    ("p", "Sous-détail de prix produit par Marquage Littoral SARL à la demande de la commission (offre anormalement élevée sur le poste « résine à chaud ») : coût matière 6,82 € par m², main-d'œuvre 3,10 € par m² sur la base d'un taux horaire chargé de 38,40 €, amortissement du matériel 0,95 € par m², frais généraux 12 %, marge bénéficiaire 17 %. Le candidat explique que ce niveau de marge finance son procédé breveté d'application à froid bicomposant, mis au point avec un laboratoire de l'université de Lille, dont il décrit en détail la formulation (proportion de billes de verre de 28 %, ajout d'un catalyseur à base de peroxyde) dans son mémoire technique, en précisant que ces éléments sont couverts par le secret des affaires."),
    ("p", "Sous-détail de prix produit par Axiroute : la commission relève que l'entreprise applique une remise de 9 % sur le tarif de sa centrale d'achat nationale et que sa marge sur le poste peinture n'est que de 4 %, ce qui traduit une stratégie d'entrée sur le territoire."),
    ("h", "Décision"),
    ("p", "La commission attribue l'accord-cadre à la société Signalisation des Flandres, classée première."),
    ("p", "Le président de la CAO, Bertrand Rigaux"),
]

DOCX["s047_rapport_dsi_annexe_confidentielle.docx"] = [
    ("title", "Ville de Nancy — Rapport d'activité 2025 de la direction du numérique"),
    ("p", "Document présenté à la commission « Ressources et administration générale » du 10 mars 2026 et joint au dossier du conseil municipal du 23 mars 2026"),
    ("h", "1. Faits marquants de l'année"),
    ("p", "L'année 2025 a été marquée par le déploiement du nouveau portail citoyen (82 démarches en ligne, 146 000 demandes traitées), le remplacement de 640 postes de travail et la mise en place du wifi public dans 23 équipements. Le taux de disponibilité des applications métiers a atteint 99,6 %."),
    ("h", "2. Moyens"),
    ("p", "La direction compte 41 agents. Son budget de fonctionnement s'élève à 3,2 M€ et son budget d'investissement à 2,7 M€."),
    ("h", "3. Sécurité des systèmes d'information"),
    ("p", "La ville a fait réaliser un test d'intrusion en octobre 2025. Les principaux résultats figurent dans l'annexe ci-après."),
    ("h", "Annexe — CONFIDENTIEL — Ne pas diffuser"),
    ("p", "Synthèse du test d'intrusion (rapport du prestataire, classification « Confidentiel client »)"),
    ("table", [
        ["Vulnérabilité", "Système concerné", "Criticité", "Statut"],
        ["Mot de passe administrateur par défaut sur le pare-feu de secours", "Site de secours, hôtel de ville annexe", "Critique", "Non corrigé"],
        ["Serveur de messagerie exposé sans correctif (version 2019)", "Messagerie interne", "Élevée", "Correctif prévu avril 2026"],
        ["Partage réseau « RH_Paie » accessible à tous les comptes du domaine", "Serveur de fichiers", "Élevée", "Non corrigé"],
        ["Accès VPN des prestataires sans double authentification", "Passerelle VPN", "Élevée", "En cours"],
        ["Caméras du CSU joignables depuis le réseau bureautique", "Vidéoprotection", "Moyenne", "Non corrigé"],
    ]),
    ("p", "Le prestataire estime qu'un attaquant ayant obtenu un accès initial par hameçonnage pourrait prendre le contrôle du domaine en moins de quatre heures."),
    ("h", "4. Perspectives 2026"),
    ("p", "Migration de la messagerie, généralisation de l'authentification forte, recrutement d'un responsable de la sécurité des systèmes d'information."),
]

DOCX["s048_ccas_deliberation_aides_exceptionnelles.docx"] = [
    ("title", "CCAS de Tarbes — Conseil d'administration du 15 janvier 2026"),
    ("p", "Délibération n° 2026-03 — Attribution d'aides exceptionnelles (publiée au registre des délibérations consultable à l'accueil et sur le site du CCAS)"),
    ("p", "Le conseil d'administration, vu le règlement des aides facultatives adopté le 12 décembre 2024, après examen des situations présentées par les travailleurs sociaux, décide d'attribuer les aides suivantes :"),
    ("table", [
        ["Bénéficiaire", "Situation", "Nature de l'aide", "Montant"],
        ["Mme Josiane Cazaux", "Retraitée, minimum vieillesse, facture de chauffage impayée", "Aide énergie", "350 €"],
        ["M. Mohamed Haddad", "Travailleur handicapé, AAH, dépôt de garantie pour relogement après expulsion", "Aide au logement", "600 €"],
        ["Mme Priscilla Lataste", "Mère isolée de trois enfants, RSA, dette de cantine", "Aide scolaire", "280 €"],
        ["M. Gérard Soulé", "Sans domicile stable, en attente d'ouverture de droits", "Bons alimentaires", "4 x 40 €"],
        ["M. et Mme Ionescu", "Couple avec deux enfants, revenus irréguliers, dossier de surendettement déposé", "Secours d'urgence", "400 €"],
    ]),
    ("p", "Montant total : 1 790 €. Les crédits sont inscrits au chapitre 65 du budget du CCAS."),
    ("p", "Adopté à l'unanimité. Pour extrait conforme, la vice-présidente, Michèle Abadie."),
]

DOCX["s049_pv_conseil_grossesse_adjointe.docx"] = [
    ("title", "Commune de Lamballe-Armor — Procès-verbal du conseil municipal du 2 mars 2026"),
    ("p", "Le conseil municipal s'est réuni à 19 h 00 à l'hôtel de ville sous la présidence de M. Philippe Morin, maire. 31 présents, 4 pouvoirs. Secrétaire de séance : M. Arnaud Le Corre."),
    ("h", "Communications du maire"),
    ("p", "Le maire informe le conseil que Mme Émilie Tréhorel, adjointe à l'enfance et à la jeunesse, n'assistera pas aux prochaines séances : enceinte de six mois, elle a été arrêtée par son médecin pour une grossesse à risque avec menace d'accouchement prématuré et doit rester alitée jusqu'au terme. Ses délégations sont confiées temporairement à M. Kévin Rault. Le conseil lui adresse ses vœux chaleureux."),
    ("p", "Le maire rend compte des décisions prises par délégation : signature d'un bail commercial pour la boulangerie de Maroué ; acceptation d'une indemnité d'assurance de 12 400 € suite au sinistre du gymnase ; attribution du marché de réfection de la toiture de l'école de Saint-Aaron."),
    ("h", "1. Budget primitif 2026"),
    ("p", "M. Jean-Luc Baudry, adjoint aux finances, présente le budget primitif. Fonctionnement : 17,9 M€ ; investissement : 8,6 M€. Principales opérations : pôle enfance de Planguenoual (2,4 M€), voirie (1,3 M€), rénovation énergétique des écoles (900 000 €). Les taux de fiscalité sont inchangés."),
    ("p", "Mme Françoise Le Moal (opposition) regrette l'absence d'enveloppe pour le budget participatif. Le maire répond qu'une enveloppe de 50 000 € sera proposée lors de la décision modificative de juin."),
    ("p", "Vote : 29 pour, 6 contre."),
    ("h", "2. Subventions aux associations"),
    ("p", "Enveloppe globale de 312 000 €, en hausse de 2 %. Adopté à l'unanimité, les conseillers présidents d'association ne prenant pas part au vote."),
    ("h", "3. Convention avec Lamballe Terre & Mer pour la mutualisation du service informatique"),
    ("p", "Adoptée à l'unanimité."),
    ("p", "La séance est levée à 21 h 35."),
]

DOCX["s050_cvs_ehpad_chute_resident.docx"] = [
    ("title", "EHPAD public intercommunal Les Tilleuls — Saint-Amand-Montrond"),
    ("p", "Compte rendu du conseil de la vie sociale du 22 janvier 2026 — affiché dans le hall d'accueil et transmis aux familles par courriel"),
    ("h", "Participants"),
    ("p", "Mme Roselyne Auclair, présidente (représentante des familles) ; M. Henri Pinon et Mme Lucienne Breton (représentants des résidents) ; M. Thomas Vergne, directeur ; Dr Amel Chérif, médecin coordonnateur ; Mme Nadège Robin, cadre de santé ; M. Pascal Thévenet, représentant du personnel."),
    ("h", "1. Vie de l'établissement"),
    ("p", "Le taux d'occupation est de 97 %. Trois nouveaux résidents ont été accueillis en décembre. Le repas de Noël a réuni 112 personnes. Le projet de jardin thérapeutique est financé par la fondation d'un grand groupe de distribution à hauteur de 18 000 €."),
    ("h", "2. Questions des familles"),
    ("p", "Mme Auclair relaie la réclamation de la famille de M. Raymond Dupuis, chambre 214 : M. Dupuis, atteint d'une maladie de Parkinson évoluée et de troubles de la déglutition, a chuté de nuit le 4 janvier et souffre d'une fracture du col du fémur opérée au centre hospitalier de Bourges ; à son retour, une escarre sacrée de stade 3 a été constatée. Sa fille estime que les rondes de nuit sont insuffisantes. Le Dr Chérif explique que M. Dupuis refuse les barrières de lit et que son traitement antiparkinsonien a été réadapté ; un matelas à air a été installé. Le directeur indique qu'un détecteur de chute sera posé dans la chambre."),
    ("h", "3. Animations"),
    ("p", "Programme du trimestre : atelier mémoire le lundi, chorale intergénérationnelle avec l'école Jean-Zay le jeudi, sortie au marché le premier samedi du mois."),
    ("h", "4. Restauration"),
    ("p", "Les résidents demandent davantage de poisson frais ; la commission des menus se réunira le 12 février."),
]

DOCX["s051_raa_licenciement_insuffisance_professionnelle.docx"] = [
    ("title", "Région Grand Est — Recueil des actes administratifs n° 3/2026"),
    ("p", "Partie « Ressources humaines » — actes individuels"),
    ("h", "Arrêté n° 26-RH-0217 portant licenciement pour insuffisance professionnelle"),
    ("p", "Le Président du Conseil régional du Grand Est,"),
    ("p", "Vu le code général de la fonction publique, notamment ses articles L. 553-1 à L. 553-3 ;"),
    ("p", "Vu l'avis du conseil de discipline de recours en date du 8 janvier 2026 ;"),
    ("p", "Considérant que Mme Sylvie Klein, attachée territoriale principale, cheffe du service des aides aux entreprises de l'antenne de Metz, a fait l'objet de trois entretiens professionnels successifs (2022, 2023, 2024) concluant à une insuffisance de ses compétences managériales et techniques ; que, malgré un plan d'accompagnement et deux formations, l'instruction des dossiers de son service a accusé des retards moyens de 94 jours ; que plusieurs dossiers d'aide ont été instruits en méconnaissance du régime des aides d'État, exposant la Région à des demandes de remboursement ; que ces éléments caractérisent une inaptitude à exercer les fonctions correspondant à son grade ;"),
    ("p", "ARRÊTE"),
    ("p", "Article 1 : Mme Sylvie Klein est licenciée pour insuffisance professionnelle à compter du 1er mars 2026."),
    ("p", "Article 2 : L'intéressée percevra l'indemnité prévue à l'article L. 553-3 du code général de la fonction publique."),
    ("p", "Fait à Strasbourg, le 30 janvier 2026."),
    ("h", "Arrêté n° 26-RH-0221 portant composition du jury du concours interne d'ingénieur territorial"),
    ("p", "Président du jury : M. Raphaël Hertz, ingénieur en chef hors classe. Membres : Mme Aline Bour, M. Didier Sommer, Mme Nathalie Wolf."),
]

DOCX["s052_commission_securite_plan_mairie.docx"] = [
    ("title", "Ville de Saint-Malo — Commission « Sécurité et prévention »"),
    ("p", "Compte rendu de la réunion du 27 janvier 2026, transmis aux membres du conseil municipal et annexé au rapport n° 9 de la séance publique du 12 février 2026"),
    ("h", "1. Retour d'expérience sur l'intrusion du 6 janvier à l'hôtel de ville"),
    ("p", "Dans la nuit du 5 au 6 janvier, une personne s'est introduite dans l'hôtel de ville par la porte de service de la cour des Casernes et a dérobé deux ordinateurs portables. L'alarme s'est déclenchée avec retard."),
    ("h", "2. Nouveau dispositif de sûreté de l'hôtel de ville"),
    ("table", [
        ["Élément", "Description"],
        ["Porte de service cour des Casernes", "Digicode 5513 + badge à partir de 20 h ; gâche électrique"],
        ["Centrale d'alarme", "Boîtier au rez-de-chaussée, local reprographie ; code de mise en service et d'arrêt : 3071 ; code « sous contrainte » : 3072"],
        ["Zone non couverte", "Le détecteur de l'aile des archives (2e étage) est désactivé pendant les travaux jusqu'au 30 avril"],
        ["Télésurveillance", "Société Armor Télésurveillance ; levée de doute par ronde d'agent en 20 minutes"],
        ["Coffre de la régie", "Bureau 104 ; clé conservée dans la boîte à clés du poste d'accueil"],
    ]),
    ("h", "3. Plan de prévention du quartier de la gare"),
    ("p", "Renforcement des patrouilles de la police municipale en soirée ; convention avec la SNCF pour la vidéoprotection du parvis."),
]

DOCX["s053_deliberation_protection_fonctionnelle_maire_menaces.docx"] = [
    ("title", "Commune de Saint-Martin-de-Ré"),
    ("p", "Extrait du registre des délibérations du conseil municipal — séance du 9 février 2026 — délibération n° 2026-07"),
    ("h", "Objet : Protection fonctionnelle du maire"),
    ("p", "Présidence de la séance pour ce point : Mme Anne-Sophie Giraudeau, première adjointe, le maire ayant quitté la salle."),
    ("p", "Mme Giraudeau expose que, depuis le refus d'un permis de construire opposé en septembre 2025, le maire, M. Patrice Rambaud, fait l'objet de menaces répétées de la part d'un pétitionnaire, M. Didier Charpentreau. Celui-ci lui a adressé onze messages menaçants, dont l'un indiquant « je sais où tu gares ta voiture, je vais te la brûler avec toi dedans », a tagué la façade de son domicile personnel et s'est présenté à son cabinet médical le 14 janvier. Le maire a déposé plainte à la gendarmerie de Saint-Martin-de-Ré le 15 janvier 2026 pour menaces de mort réitérées et dégradations ; M. Charpentreau a été placé en garde à vue le 22 janvier et sera jugé par le tribunal correctionnel de La Rochelle le 7 mai 2026, sous contrôle judiciaire avec interdiction de paraître sur l'île."),
    ("p", "En application de l'article L. 2123-35 du code général des collectivités territoriales, la commune est tenue de protéger le maire contre les violences, menaces ou outrages dont il est victime à l'occasion de ses fonctions."),
    ("p", "Le conseil municipal, après en avoir délibéré, à l'unanimité des votants (le maire ne prenant pas part au vote) :"),
    ("p", "— ACCORDE la protection fonctionnelle à M. Patrice Rambaud ;"),
    ("p", "— DIT que la commune prendra en charge les frais d'avocat et se constituera partie civile à ses côtés ;"),
    ("p", "— AUTORISE la première adjointe à signer les pièces correspondantes."),
]

DOCX["s054_pv_conseil_communautaire_aire_accueil.docx"] = [
    ("title", "Communauté d'agglomération Seine-Eure — Conseil communautaire du 5 février 2026"),
    ("p", "Procès-verbal — extrait publié : point n° 18"),
    ("h", "Point n° 18 — Schéma départemental d'accueil des gens du voyage : création d'une aire de grand passage à Val-de-Reuil"),
    ("p", "Rapporteur : M. Marc-Antoine Jaouen, vice-président chargé de l'habitat. Le schéma départemental 2024-2030 impose à l'agglomération la réalisation d'une aire de grand passage de 4 hectares. Le site proposé, au lieu-dit les Terres de Pinterville, est desservi par la RD 6015. Coût estimé : 1,9 M€, subventionné à 70 %."),
    ("p", "M. Bruno Lecoeur, maire de Pinterville, s'oppose au projet. Il explique que sa commune « a déjà assez donné » et cite la famille Duval-Winterstein, installée sans autorisation sur un terrain agricole de la commune depuis 2022 : « Ce sont des Manouches sédentarisés, la mère et les fils font de la ferraille, leurs enfants ne vont pas à l'école et la gendarmerie vient chez eux une fois par mois. » Plusieurs élus protestent contre ces propos."),
    ("p", "Le président rappelle que les débats portent sur un équipement public et non sur des personnes, et invite M. Lecoeur à retirer la mention de cette famille. M. Lecoeur maintient ses propos."),
    ("p", "Mme Nathalie Grelet (Louviers) souligne que l'absence d'aire de grand passage est précisément la cause des stationnements illicites et que l'agglomération s'expose à un pouvoir de substitution du préfet."),
    ("p", "Vote : 52 pour, 9 contre, 4 abstentions. Le projet est approuvé."),
]

DOCX["s055_magazine_departement_etude_reproduite.docx"] = [
    ("title", "Côte-d'Or Magazine — n° 174 — mars 2026"),
    ("h", "Dossier : l'attractivité de nos territoires"),
    ("p", "Pourquoi s'installe-t-on en Côte-d'Or ? Pour nourrir la réflexion de l'assemblée départementale sur sa stratégie d'attractivité, le Département a acquis l'étude « Les villes moyennes et leur arrière-pays : nouvelles dynamiques résidentielles 2020-2025 » publiée par le cabinet Territoires Analyses (prix public : 1 950 € HT, licence mono-utilisateur). Nous en publions ci-dessous les chapitres 3 et 4 dans leur intégralité, afin que chaque habitant puisse en prendre connaissance."),
    ("h", "Chapitre 3 — Le retour des actifs dans les bourgs-centres (© Territoires Analyses 2025, reproduction interdite)"),
    ("p", "3.1 Un solde migratoire redevenu positif. Entre 2020 et 2024, 61 % des communes de 2 000 à 10 000 habitants situées à moins de 45 minutes d'une métropole ont enregistré un solde migratoire positif, contre 38 % sur la période 2013-2018. Ce retournement est porté par les ménages de 30 à 44 ans, dont la part dans les arrivées est passée de 27 % à 36 %. Notre modèle économétrique, construit sur 1 842 communes, isole trois déterminants principaux : le différentiel de prix immobilier (élasticité de 0,42), la présence d'une gare avec au moins dix allers-retours quotidiens (effet de +3,1 points sur le taux d'attractivité) et l'accès à la fibre optique (+2,4 points)."),
    ("p", "3.2 Le télétravail, facteur nécessaire mais non suffisant. Contrairement à une idée répandue, le télétravail n'explique qu'un tiers du mouvement. Notre enquête propriétaire auprès de 4 200 ménages installés montre que 58 % d'entre eux citent d'abord le cadre de vie et l'accès à un logement plus grand, 33 % la possibilité de télétravailler au moins deux jours, 21 % la proximité familiale."),
    ("p", "3.3 Typologie des bourgs gagnants. Nous distinguons quatre profils : les bourgs ferroviaires, les bourgs touristiques patrimoniaux, les bourgs agro-industriels et les bourgs « dortoirs » de seconde couronne. Seuls les deux premiers profils combinent croissance démographique et dynamisme commercial en centre-ville."),
    ("h", "Chapitre 4 — Scénarios à l'horizon 2035 (© Territoires Analyses 2025)"),
    ("p", "4.1 Scénario tendanciel. Dans l'hypothèse d'un maintien des tendances, les bourgs ferroviaires gagneraient en moyenne 8 % d'habitants d'ici 2035, les bourgs dortoirs 2 %, tandis que les bourgs agro-industriels resteraient stables. 4.2 Scénario de rupture énergétique. Une hausse durable de 50 % du coût des carburants réduirait de moitié l'attractivité des communes non desservies par le train. 4.3 Recommandations aux collectivités : concentrer l'investissement sur les pôles gare, développer les tiers-lieux, maîtriser le foncier en centre-bourg."),
    ("h", "Le mot du Président"),
    ("p", "Ces analyses confirment nos choix : le plan « Gares vivantes » et le déploiement de la fibre dans 100 % des communes d'ici fin 2026."),
]

DOCX["s056_ca_lycee_enseignant_syndique_greve.docx"] = [
    ("title", "Lycée Marcel-Pagnol — Marseille 8e"),
    ("p", "Procès-verbal du conseil d'administration du 24 février 2026 — diffusé aux membres et publié sur l'ENT"),
    ("h", "1. Dotation horaire globale 2026-2027"),
    ("p", "La proviseure, Mme Christine Agostini, présente la DHG : 1 412 heures, soit une perte de 36 heures liée à la fermeture d'une division de seconde. Les représentants des personnels présentent une motion demandant le rétablissement des heures. Motion adoptée : 14 pour, 8 contre, 2 abstentions. DHG rejetée."),
    ("h", "2. Organisation des épreuves et continuité pédagogique"),
    ("p", "À la demande des représentants des parents, la proviseure fait le point sur les perturbations de janvier. Elle indique que le mouvement de grève reconductible du 13 au 27 janvier a été conduit dans l'établissement par M. Julien Castellani, professeur de philosophie, secrétaire de la section SNES-FSU du lycée et membre de la commission administrative académique du syndicat, qui a cessé le travail onze jours sur quinze ; ses classes de terminale n'ont pas eu de cours de philosophie pendant cette période. La proviseure précise que les retenues sur salaire correspondantes ont été opérées. Les représentants des personnels protestent contre la mise en cause nominative d'un collègue et demandent qu'elle soit retirée du procès-verbal ; la proviseure refuse."),
    ("p", "Un dispositif de rattrapage (deux samedis matin) est proposé aux élèves de terminale."),
    ("h", "3. Conventions"),
    ("p", "Convention avec l'université d'Aix-Marseille pour les cordées de la réussite ; convention de mise à disposition du gymnase. Adoptées."),
]

DOCX["s057_rapport_crc_provisoire_confidentiel.docx"] = [
    ("title", "Ville de Montluçon — Conseil municipal du 19 mars 2026"),
    ("p", "Rapport n° 6 — Information du conseil sur le contrôle en cours de la chambre régionale des comptes"),
    ("p", "Rapporteur : M. Frédéric Laporte, premier adjoint."),
    ("p", "La chambre régionale des comptes Auvergne-Rhône-Alpes a engagé en 2025 un contrôle des comptes et de la gestion de la commune. Le rapport d'observations définitives n'étant pas encore rendu, le groupe d'opposition a demandé à disposer des éléments déjà connus. Le rapporteur a souhaité y répondre en toute transparence en reproduisant ci-dessous un extrait du rapport d'observations provisoires reçu le 3 février 2026."),
    ("p", "« CONFIDENTIEL — Rapport d'observations provisoires. Document couvert par le secret professionnel en application de l'article L. 241-4 du code des juridictions financières. Sa divulgation est interdite. »"),
    ("p", "« 4.2. La gestion de la régie du théâtre municipal. La chambre relève que la convention liant la commune à l'association gestionnaire du théâtre n'a pas été renouvelée depuis 2017 et que la subvention annuelle (1,2 M€) est versée sans justification des dépenses. Les comptes de l'association font apparaître un déficit cumulé de 410 000 € et des frais de réception du président de l'association de 38 000 € en trois ans. La chambre envisage de recommander la reprise en régie directe de l'équipement. »"),
    ("p", "« 5.1. La chambre s'interroge sur les conditions d'attribution du marché de chauffage urbain de 2019, dont le montant a été porté par avenants de 4,1 à 6,3 M€. »"),
    ("p", "La commune dispose d'un délai de deux mois pour répondre aux observations provisoires. Le rapport définitif sera présenté au conseil dès sa réception."),
]

DOCX["s058_commission_permanente_agrement_adoption.docx"] = [
    ("title", "Département de la Vendée — Commission permanente du 13 février 2026"),
    ("p", "Relevé des décisions — publié au recueil des actes administratifs du Département"),
    ("h", "Pôle solidarités et famille"),
    ("p", "Décision n° 26-CP-0412 : renouvellement de la convention avec l'Union départementale des associations familiales pour l'information des familles. Montant : 42 000 €."),
    ("p", "Décision n° 26-CP-0415 : attribution d'une aide exceptionnelle aux assistants familiaux pour la rentrée scolaire. Montant total : 96 000 €."),
    ("p", "Décision n° 26-CP-0418 : recours gracieux contre un refus d'agrément en vue d'adoption. M. Olivier Guérin et Mme Élodie Guérin, domiciliés à La Roche-sur-Yon, se sont vu refuser l'agrément le 2 octobre 2025 après que l'évaluation psychologique a relevé que le deuil de trois fausses couches successives n'était pas élaboré par le couple et que l'enquête sociale a mis en évidence des tensions conjugales, le couple ayant traversé une séparation de huit mois en 2023. Les époux Guérin contestent ces conclusions et produisent une attestation de leur thérapeute de couple. La commission permanente maintient le refus d'agrément et indique que les intéressés pourront présenter une nouvelle demande à l'issue d'un délai de trente mois."),
    ("p", "Décision n° 26-CP-0421 : subvention de fonctionnement à l'association « Maison des adolescents de Vendée ». Montant : 180 000 €."),
]

DOCX["s059_pv_conseil_carre_confessionnel.docx"] = [
    ("title", "Commune de Vénissieux — Conseil municipal du 15 décembre 2025"),
    ("p", "Procès-verbal — Point n° 31 : Extension du cimetière communal — création d'un espace confessionnel"),
    ("p", "Rapporteur : Mme Nadia Bouzidi, adjointe à l'état civil et aux cimetières."),
    ("p", "Mme Bouzidi présente le projet d'extension du cimetière sur une parcelle de 6 000 m², dont une partie sera organisée en espace confessionnel, comme le permet la circulaire du 19 février 2008, le maire fixant l'emplacement de chaque sépulture."),
    ("p", "Pour illustrer l'urgence, elle rappelle le cas de M. Ahmed Benhamou, décédé le 2 novembre à l'âge de 54 ans, dont la famille, de confession musulmane, souhaitait une inhumation selon le rite, le corps orienté vers La Mecque. Faute de place disponible dans le cimetière de Vénissieux, sa veuve, Mme Saliha Benhamou, et leurs enfants ont dû accepter une inhumation à Saint-Priest, puis ont été informés que la concession ne pourrait être renouvelée. Mme Benhamou a écrit au maire pour demander que son mari puisse être transféré dans le futur espace."),
    ("p", "M. Patrick Gimenez (opposition) rappelle le principe de neutralité des cimetières ; le maire répond que les espaces confessionnels restent des terrains communaux et qu'aucune séparation physique n'est prévue."),
    ("p", "Vote : 41 pour, 4 contre. Adopté."),
]

DOCX["s060_deliberation_reclassement_inaptitude.docx"] = [
    ("title", "Centre de gestion de la fonction publique territoriale de la Somme"),
    ("p", "Conseil d'administration du 5 mars 2026 — Délibération n° 2026-12 (publiée)"),
    ("h", "Objet : Période de préparation au reclassement — convention avec la commune d'Abbeville"),
    ("p", "Le président expose que M. Jérôme Dufossé, adjoint technique principal de 1re classe, maçon au service bâtiments de la commune d'Abbeville, a été déclaré inapte de façon définitive à ses fonctions par le conseil médical départemental le 14 janvier 2026, à la suite d'une hernie discale lombaire opérée à deux reprises et d'une lombosciatique chronique avec reconnaissance de la qualité de travailleur handicapé ; le médecin du travail contre-indique le port de charges supérieures à 5 kg et la station debout prolongée."),
    ("p", "Il est proposé au conseil d'administration d'approuver la convention tripartite organisant une période de préparation au reclassement d'un an, durant laquelle M. Dufossé suivra une formation d'assistant de gestion administrative et effectuera des stages au service urbanisme de la commune et au centre de gestion."),
    ("p", "Le conseil d'administration, à l'unanimité, approuve la convention et autorise le président à la signer."),
]

# ---------------------------------------------------------------- sovereign .html

HTML["s061_actualite_agent_condamne_alcool.html"] = (
    "Ville de Saint-Dié-des-Vosges — Accident d'un véhicule municipal : la Ville réagit",
    """
<header><p>Ville de Saint-Dié-des-Vosges &gt; Actualités &gt; Vie municipale</p></header>
<article>
<h1>Accident d'un véhicule municipal : la Ville réagit</h1>
<p class="date">Publié le 20 février 2026</p>
<p>Le 2 décembre dernier, un camion-benne des services techniques a percuté deux voitures en stationnement et la devanture d'une pharmacie, rue Thiers. Aucun piéton n'a été blessé.</p>
<p>Le conducteur, M. Christophe Hanriot, agent des espaces verts, a été jugé mercredi en comparution sur reconnaissance préalable de culpabilité : le tribunal judiciaire d'Épinal l'a condamné à quatre mois d'emprisonnement avec sursis, à l'annulation de son permis de conduire et à une amende de 800 €, son taux d'alcoolémie s'étant révélé de 1,62 g par litre de sang. C'est la deuxième condamnation de cet agent pour conduite en état alcoolique.</p>
<p>La Ville, qui s'est constituée partie civile, a engagé une procédure disciplinaire. Les dommages causés aux riverains sont pris en charge par l'assurance de la collectivité.</p>
<p>« Nous avons renforcé les contrôles et la prévention des conduites addictives, avec l'appui du service de médecine préventive », indique l'adjoint aux ressources humaines.</p>
</article>
<aside><h2>À lire aussi</h2><ul><li>Festival international de géographie : appel à bénévoles</li><li>Travaux de la rue de la Bolle</li></ul></aside>
""",
)

HTML["s062_bulletin_web_article_hebdo_reproduit.html"] = (
    "Commune d'Eygalières — Ils parlent de nous",
    """
<nav><a href="/">Accueil</a> › <a href="/bulletin">Bulletin en ligne</a> › Ils parlent de nous</nav>
<h1>Ils parlent de nous : Eygalières à la une du magazine « Maisons du Sud »</h1>
<p>Notre village a fait l'objet d'un long reportage dans le numéro de janvier 2026 du magazine <em>Maisons du Sud</em>. Pour ceux qui n'ont pas pu se le procurer, voici l'article complet, texte et légendes, tel qu'il a été publié.</p>
<blockquote>
<h2>Eygalières, l'élégance sans le tapage</h2>
<p><em>Par Sophie Armengaud — photographies de Luc Bertrand-Vidal</em></p>
<p>On arrive à Eygalières par une route bordée de platanes qui semble ne mener nulle part. Puis le village surgit, accroché à son rocher, couronné par les ruines d'un donjon et la silhouette trapue de la chapelle des Pénitents. Ici, pas de boutiques de souvenirs en enfilade ni de parkings géants : le village s'est donné pour règle de rester un village.</p>
<p>« On a refusé des projets qui nous auraient rapporté beaucoup d'argent », reconnaît un ancien conseiller municipal, attablé au café de la place. « Mais on ne veut pas devenir un décor. » Résultat : une population de 1 900 habitants à l'année, qui double l'été, et des prix de l'immobilier parmi les plus élevés des Alpilles — jusqu'à 12 000 euros le mètre carré pour une bastide avec vue.</p>
<p>Le charme tient d'abord à la lumière. En fin d'après-midi, la pierre calcaire prend une teinte de miel, et les oliviers argentés de la plaine semblent frémir même sans vent. C'est cette lumière que sont venus chercher, depuis les années 1960, peintres, écrivains et couturiers, dont certains ont restauré des mas aujourd'hui cachés derrière des haies de cyprès.</p>
<p>Mais Eygalières n'est pas qu'un refuge de privilégiés. Le marché du vendredi matin reste celui des habitants : on y achète le fromage de chèvre du Destet, l'huile du moulin de la vallée, les asperges au printemps. L'école accueille une centaine d'enfants, et l'association des Amis de la chapelle Saint-Sixte organise chaque année une procession de la Saint-Sixte qui attire toute la vallée.</p>
<p>Pour le visiteur, le conseil est simple : venir hors saison, garer sa voiture en bas, et monter à pied jusqu'au vieux village par la rue de la Calade. Au sommet, la vue embrasse la chaîne des Alpilles, la plaine de la Durance et, par temps clair, le mont Ventoux. On comprend alors pourquoi tant de gens, venus pour un week-end, ne sont jamais repartis.</p>
<p><em>Légende photo 1 : La chapelle Saint-Sixte, au milieu des champs d'oliviers. Légende photo 2 : le marché du vendredi, place de la Mairie.</em></p>
<p>© Maisons du Sud — Éditions Riviera Presse, 2026.</p>
</blockquote>
<p>Merci à la rédaction pour ce bel hommage à notre village !</p>
<footer><p>Mairie d'Eygalières — bulletin municipal en ligne</p></footer>
""",
)

HTML["s063_motion_soutien_apprenti_oqtf.html"] = (
    "Mairie de Besançon — Le conseil municipal adopte une motion de soutien",
    """
<main>
<h1>Le conseil municipal adopte une motion de soutien à Mamadou, apprenti boulanger</h1>
<p class="chapo">Réuni le 12 février, le conseil municipal a adopté à une large majorité une motion demandant au préfet du Doubs de réexaminer la situation d'un jeune apprenti de la ville.</p>
<p>Mamadou Diallo, 19 ans, est arrivé en France en 2022 alors qu'il était mineur non accompagné, et a été pris en charge par l'aide sociale à l'enfance du Doubs. Apprenti dans une boulangerie du quartier Battant depuis septembre 2023, il a obtenu son CAP avec mention l'été dernier. À sa majorité, sa demande de titre de séjour a été rejetée au motif que l'authenticité de son acte de naissance guinéen n'était pas établie, et une obligation de quitter le territoire français lui a été notifiée le 8 janvier 2026. Il est assigné à résidence et doit pointer deux fois par semaine au commissariat.</p>
<p>Son employeur, M. Thierry Jacquot, a lancé une pétition qui a recueilli plus de 14 000 signatures. « C'est mon meilleur apprenti en vingt ans », a-t-il déclaré devant les élus.</p>
<p>Le texte de la motion demande au préfet « de faire usage de son pouvoir d'appréciation et de délivrer à M. Mamadou Diallo un titre de séjour salarié ». Il a été adopté par 46 voix pour, 7 contre et 2 abstentions.</p>
<p><a href="/deliberations/2026-02-12">Consulter l'ensemble des délibérations de la séance</a></p>
</main>
""",
)

HTML["s064_actualite_departement_jeune_ase_bac.html"] = (
    "Département de la Nièvre — « Ils ont cru en moi » : Dylan, 18 ans, bachelier avec mention",
    """
<article>
<h1>« Ils ont cru en moi » : Dylan, 18 ans, bachelier avec mention</h1>
<p><small>Solidarités — enfance et famille — publié le 9 juillet 2025</small></p>
<p>Ce matin, Dylan Perrot a découvert ses résultats sur son téléphone, entouré de son éducatrice et de son assistante familiale. Mention bien au bac professionnel « Maintenance des systèmes de production connectés » du lycée Pierre-Bérégovoy de Nevers.</p>
<p>Un parcours qui n'avait rien d'évident. Dylan a été confié à l'aide sociale à l'enfance à l'âge de six ans, après un signalement de son école : il arrivait le matin sans avoir mangé et vivait seul avec sa mère, dépassée par ses problèmes d'alcool, dans un logement insalubre de Cosne-Cours-sur-Loire. Le juge des enfants a ordonné son placement et Dylan a grandi dans une famille d'accueil de Varennes-Vauzelles, chez Martine et Bernard Couturier. Son père, qu'il n'a jamais connu, n'a pas pu être retrouvé.</p>
<p>« Martine m'a appris à faire mes devoirs tous les soirs, même quand je ne voulais pas », sourit-il. À la rentrée, Dylan poursuivra en BTS en alternance chez un équipementier automobile, et bénéficiera d'un contrat d'accompagnement jeune majeur du Département jusqu'à ses 21 ans.</p>
<p>Le Département accompagne chaque année plus de 900 enfants et jeunes au titre de la protection de l'enfance.</p>
</article>
""",
)

HTML["s065_raa_web_analyse_offres_transport.html"] = (
    "Syndicat des mobilités du Pays Basque-Adour — Rapport de présentation (DSP réseau urbain)",
    """
<h1>Délégation de service public du réseau de transport urbain — Rapport du Président sur le choix du délégataire</h1>
<p>Document annexé à la délibération du comité syndical du 11 décembre 2025, publiée sur le site du syndicat.</p>
<h2>1. Offres reçues</h2>
<p>Deux candidats ont remis une offre finale : Mobilités Atlantique Exploitation et Ekialde Garraioak SAS. La durée du contrat est de sept ans à compter du 1er septembre 2026.</p>
<h2>2. Analyse économique</h2>
<table border="1">
<tr><th>Poste (moyenne annuelle)</th><th>Mobilités Atlantique</th><th>Ekialde Garraioak</th></tr>
<tr><td>Charges de personnel de conduite</td><td>14,8 M€ (taux horaire chargé 41,20 €)</td><td>15,3 M€ (42,05 €)</td></tr>
<tr><td>Coût kilométrique carburant et énergie</td><td>0,61 €/km (contrat-cadre groupe gaz naturel, prix confidentiel)</td><td>0,68 €/km</td></tr>
<tr><td>Frais de structure facturés par le siège</td><td>4,2 % du CA</td><td>5,0 % du CA</td></tr>
<tr><td>Aléas et marge de l'exploitant</td><td>3,1 %</td><td>4,4 %</td></tr>
<tr><td>Contribution financière forfaitaire demandée</td><td>31,9 M€</td><td>33,6 M€</td></tr>
</table>
<p>Le candidat Mobilités Atlantique a indiqué que sa marge de 3,1 % n'était soutenable qu'en raison d'une mutualisation de son atelier de maintenance avec un autre contrat du groupe, dont il a communiqué les conditions financières sous le sceau de la confidentialité.</p>
<h2>3. Proposition</h2>
<p>Il est proposé de retenir l'offre de Mobilités Atlantique Exploitation.</p>
""",
)

HTML["s066_guide_salles_associations_codes.html"] = (
    "Ville de Cholet — Guide pratique des salles municipales pour les associations",
    """
<header><h1>Salles municipales : guide pratique pour les associations</h1></header>
<section>
<h2>Réserver une salle</h2>
<p>Les demandes sont à déposer sur le portail des associations au moins trois semaines avant la date souhaitée. La mise à disposition est gratuite pour les associations choletaises, dans la limite de deux week-ends par an.</p>
<h2>Accéder aux salles en autonomie</h2>
<p>Depuis janvier 2026, vous n'avez plus besoin de passer en mairie pour récupérer les clés. Voici les modalités d'accès en vigueur jusqu'au 30 juin 2026 :</p>
<ul>
<li><strong>Salle des Richardières</strong> : boîte à clés sur le mur à gauche de l'entrée, code 2607 ; alarme : composer 8841 puis « Arrêt » dans les 45 secondes.</li>
<li><strong>Salle Paul-Valéry</strong> : digicode de la porte latérale 1944A ; l'alarme se désactive avec le code 5530 sur le clavier du vestiaire.</li>
<li><strong>Maison des associations (bureaux partagés)</strong> : badge à retirer à l'accueil ; en dehors des heures d'ouverture, porte de service rue du Bretonnais, code 7712.</li>
</ul>
<p>En cas de déclenchement intempestif, appelez l'astreinte technique au 02 41 49 25 00.</p>
<h2>Après votre manifestation</h2>
<p>Merci de rendre la salle propre, de trier vos déchets et de réarmer l'alarme en quittant les lieux.</p>
</section>
""",
)

HTML["s067_colis_aines_regimes_confessionnels.html"] = (
    "CCAS de Sarcelles — Distribution des colis de fin d'année aux aînés",
    """
<h1>Colis de fin d'année des aînés : liste de distribution par quartier</h1>
<p>Le CCAS remercie les 78 bénévoles qui ont assuré la distribution des 1 150 colis les 16 et 17 décembre. Pour faciliter le travail des équipes et des gardiens d'immeubles, la liste ci-dessous précise le type de colis préparé pour chaque bénéficiaire du secteur Lochères.</p>
<table>
<tr><th>Bénéficiaire</th><th>Adresse</th><th>Colis</th></tr>
<tr><td>Mme Esther Zerbib</td><td>12 allée Jean-Bart</td><td>casher (demande liée à la pratique religieuse, certification Beth Din)</td></tr>
<tr><td>M. Abdelhamid Ouali</td><td>4 avenue Paul-Valéry</td><td>halal, sans alcool</td></tr>
<tr><td>Mme Marie-Thérèse Nkounkou</td><td>27 rue des Chardonnerets</td><td>standard</td></tr>
<tr><td>M. Shmuel Benchetrit</td><td>8 allée Jean-Bart</td><td>casher, livraison avant le shabbat du vendredi</td></tr>
<tr><td>M. et Mme Haddad</td><td>15 boulevard Albert-Camus</td><td>halal</td></tr>
<tr><td>M. Varoujan Kaltakian</td><td>2 rue Pierre-Brossolette</td><td>standard</td></tr>
</table>
<p>Vous n'avez pas reçu votre colis ? Contactez le CCAS au 01 34 38 20 00.</p>
""",
)

HTML["s068_dialogue_social_decharges_nominatives.html"] = (
    "Métropole de Lyon — Dialogue social : les moyens syndicaux en 2026",
    """
<h1>Dialogue social : les moyens syndicaux en 2026</h1>
<p>Dans un souci de transparence, la Métropole publie chaque année le volume des moyens accordés aux organisations syndicales représentatives, conformément au protocole d'accord du 14 décembre 2022. Le crédit de temps syndical total s'élève à 52 équivalents temps plein.</p>
<h2>Répartition du crédit de temps syndical</h2>
<table>
<tr><th>Organisation</th><th>Sièges au CST</th><th>ETP</th></tr>
<tr><td>CGT</td><td>5</td><td>17,4</td></tr>
<tr><td>FO</td><td>4</td><td>13,9</td></tr>
<tr><td>CFDT</td><td>3</td><td>10,4</td></tr>
<tr><td>UNSA</td><td>2</td><td>6,9</td></tr>
<tr><td>FSU</td><td>1</td><td>3,4</td></tr>
</table>
<h2>Agents bénéficiant d'une décharge d'activité de service supérieure à 50 %</h2>
<ul>
<li>M. Laurent Pichon, adjoint technique, direction de l'eau — CGT, secrétaire général du syndicat, décharge 100 %</li>
<li>Mme Farida Mekki, rédactrice, direction des solidarités — CGT, décharge 70 %</li>
<li>M. Jean-Philippe Rochas, technicien, direction de la voirie — FO, décharge 100 %</li>
<li>Mme Océane Berthet, assistante socio-éducative, maison de la Métropole de Vénissieux — CFDT, décharge 60 %</li>
<li>M. Samir Bouchareb, agent de maîtrise, collèges — UNSA, décharge 50 %</li>
</ul>
<p>Ces agents restent rattachés à leur direction d'origine pour la gestion de leur carrière.</p>
""",
)

HTML["s069_actualite_hopital_deces_urgences.html"] = (
    "Centre hospitalier de Cayenne — Communiqué de la direction",
    """
<article>
<h1>Communiqué de la direction du centre hospitalier de Cayenne</h1>
<p><time datetime="2026-01-19">19 janvier 2026</time></p>
<p>La direction du centre hospitalier de Cayenne a appris avec une profonde tristesse le décès, dans la nuit du 16 au 17 janvier, de M. Gérard Thérèse, 71 ans, domicilié à Matoury, au sein du service des urgences.</p>
<p>M. Thérèse, diabétique et insuffisant rénal dialysé trois fois par semaine dans notre établissement, s'était présenté à 17 h 40 pour des douleurs thoraciques. Classé en priorité 2, il a été pris en charge par un médecin à 23 h 10, après plus de cinq heures d'attente. L'électrocardiogramme a révélé un infarctus étendu ; malgré les manœuvres de réanimation, il est décédé à 1 h 30. Sa fille, présente à ses côtés, a déposé une réclamation.</p>
<p>La direction présente ses sincères condoléances à la famille. Une revue de morbi-mortalité a été engagée et une inspection de l'ARS Guyane a été sollicitée. L'établissement rappelle que les urgences ont enregistré une hausse de 18 % de leur fréquentation depuis décembre, alors que 11 postes de médecins y sont vacants.</p>
</article>
""",
)

HTML["s070_cr_conseil_web_elu_outing.html"] = (
    "Commune de Hénin-Beaumont — Compte rendu du conseil municipal du 22 janvier 2026",
    """
<h1>Compte rendu du conseil municipal du 22 janvier 2026</h1>
<p>Retrouvez ci-dessous le compte rendu des débats. La vidéo intégrale est disponible sur notre chaîne.</p>
<h2>Délibération n° 9 : adhésion au réseau des villes amies des aînés</h2>
<p>Adoptée à l'unanimité.</p>
<h2>Délibération n° 10 : subvention à l'association Les Copains d'Abord (banque alimentaire)</h2>
<p>Adoptée à l'unanimité.</p>
<h2>Délibération n° 11 : convention avec le Centre LGBTI+ de Lille pour une permanence d'écoute mensuelle</h2>
<p>M. Dominique Carpentier (opposition) a défendu la délibération en rappelant le nombre d'actes homophobes recensés dans le département. M. Franck Delattre (majorité) lui a répondu : « On connaît votre intérêt personnel pour ce dossier, Monsieur Carpentier, puisque vous vivez avec un homme et que vous vous êtes pacsés en mairie l'an dernier. » La séance a été suspendue cinq minutes. Le maire a demandé à M. Delattre de retirer ses propos, ce qu'il a fait à la reprise.</p>
<p>Vote : la délibération a été rejetée (10 pour, 24 contre, 1 abstention).</p>
<h2>Délibération n° 12 : tarifs des concessions funéraires</h2>
<p>Adoptée à l'unanimité.</p>
""",
)

HTML["s071_cr_conseil_ecole_pai_epilepsie.html"] = (
    "École primaire Les Mûriers — Compte rendu du conseil d'école",
    """
<h1>Compte rendu du conseil d'école du 13 novembre 2025</h1>
<p>École primaire Les Mûriers, Sainte-Anne (Guadeloupe) — publié sur le blog de l'école</p>
<h2>1. Résultats des élections des représentants de parents</h2>
<p>Taux de participation : 47 %. Cinq titulaires et cinq suppléants élus (liste indépendante des parents des Mûriers).</p>
<h2>2. Règlement intérieur</h2>
<p>Le règlement est adopté avec une modification sur les horaires d'accueil (portail ouvert à 7 h 20).</p>
<h2>3. Santé et sécurité</h2>
<p>Le PPMS a été mis à jour. Un exercice « risque sismique » a eu lieu le 7 novembre. La directrice rappelle que plusieurs élèves bénéficient d'un projet d'accueil individualisé. En particulier, Lény Ramassamy, en CE2, est épileptique : en cas de crise de plus de cinq minutes, l'adulte présent doit administrer le Buccolam rangé dans la trousse rouge du bureau de la directrice et appeler le 15. Kenza Bélaïd, en CP, est allergique à l'arachide et porte un stylo d'adrénaline. Tous les enseignants et les agents de la cantine ont été informés.</p>
<h2>4. Projets</h2>
<p>Sortie à la plage de la Caravelle en décembre, classe de mer en mai, fête du créole le 28 octobre.</p>
""",
)

HTML["s072_communique_note_ne_pas_diffuser.html"] = (
    "Conseil départemental de l'Allier — Finances : le Département dit la vérité aux Bourbonnais",
    """
<h1>Finances : le Département dit la vérité aux Bourbonnais</h1>
<p>Dans un contexte de baisse des dotations et d'effondrement des droits de mutation, le Département a choisi la transparence. Nous publions ci-dessous la note remise par les services au Président en préparation du budget 2026.</p>
<div class="document">
<p><strong>NOTE INTERNE — NE PAS DIFFUSER — Direction générale des services, 4 novembre 2025</strong></p>
<p>Objet : scénarios de redressement en vue des négociations avec la préfecture</p>
<p>1. Sans mesures correctrices, l'épargne brute deviendrait négative dès 2026 (−6,4 M€). 2. Scénario A : gel des subventions aux associations culturelles et sportives (−3,1 M€), fermeture de deux des cinq antennes routières (Gannat et Cérilly), non-remplacement de 60 départs en retraite. 3. Scénario B : relèvement de la taxe d'aménagement, cession du château de Lapalisse (estimation 1,8 M€), report de deux collèges. 4. Position de négociation recommandée : ne pas dévoiler le scénario B au préfet avant la réunion du 18 novembre ; laisser entendre que le Département pourrait suspendre le versement de l'allocation personnalisée d'autonomie au-delà de septembre afin d'obtenir une avance de trésorerie de l'État.</p>
</div>
<p>Le Président réunira les maires le 12 mars pour présenter les choix retenus.</p>
""",
)

HTML["s073_raa_arrete_biometrie_agents.html"] = (
    "Ville de Nice — Recueil des actes — Arrêté relatif au contrôle d'accès biométrique",
    """
<h1>Recueil des actes administratifs — Ville de Nice — février 2026</h1>
<h2>Arrêté n° 2026-00312 portant mise en œuvre d'un dispositif de contrôle d'accès biométrique au centre de supervision urbain</h2>
<p>Le Maire de Nice,</p>
<p>Vu le règlement (UE) 2016/679 du 27 avril 2016, et notamment son article 9 ;</p>
<p>Vu l'analyse d'impact relative à la protection des données réalisée le 12 décembre 2025 ;</p>
<p>Considérant la nécessité de restreindre l'accès à la salle d'exploitation du centre de supervision urbain aux seuls agents habilités ;</p>
<p><strong>ARRÊTE</strong></p>
<p>Article 1 : Un dispositif de contrôle d'accès par reconnaissance du réseau veineux de la paume est mis en œuvre à l'entrée de la salle d'exploitation du CSU.</p>
<p>Article 2 : Les gabarits biométriques des agents désignés ci-après ont été enrôlés le 3 février 2026 et sont conservés sur un support individuel détenu par chaque agent :</p>
<table>
<tr><th>Agent</th><th>Grade</th><th>Identifiant du gabarit</th><th>Observation</th></tr>
<tr><td>M. Anthony Giordano</td><td>Brigadier-chef principal</td><td>CSU-PV-0017</td><td>—</td></tr>
<tr><td>Mme Laura Mercier</td><td>Opératrice de vidéoprotection</td><td>CSU-PV-0018</td><td>—</td></tr>
<tr><td>M. Karim Touati</td><td>Opérateur de vidéoprotection</td><td>CSU-PV-0019</td><td>second enrôlement, main gauche, la main droite présentant une cicatrice de brûlure empêchant la lecture</td></tr>
<tr><td>Mme Chloé Baudoin</td><td>Cheffe de salle</td><td>CSU-PV-0020</td><td>—</td></tr>
</table>
<p>Article 3 : Les agents qui refusent le dispositif disposent d'un badge à code personnel.</p>
<p>Article 4 : Le directeur général des services est chargé de l'exécution du présent arrêté.</p>
""",
)

HTML["s074_ccas_web_decisions_domiciliation_ame.html"] = (
    "CCAS de Grenoble — Décisions du conseil d'administration",
    """
<h1>Décisions du conseil d'administration du 27 janvier 2026</h1>
<p>Les décisions sont publiées en application de l'article R. 123-25 du code de l'action sociale et des familles.</p>
<ol>
<li>Approbation du rapport d'activité 2025 du service de domiciliation : 3 912 personnes domiciliées au 31 décembre, dont 41 % de personnes en demande d'asile ou en situation irrégulière.</li>
<li>Tarifs des résidences autonomie pour 2026.</li>
<li>Recours de M. Bakary Koné contre le refus d'élection de domicile. M. Koné, ressortissant malien entré en France en 2021, débouté du droit d'asile et dépourvu de titre de séjour, sollicitait une domiciliation pour pouvoir déposer une demande d'aide médicale de l'État en vue de soins pour une tuberculose diagnostiquée à l'hôpital de Grenoble. Le conseil d'administration, considérant son lien avec la commune (hébergement au foyer de la rue Very-Hugo depuis huit mois), annule le refus et accorde la domiciliation pour un an.</li>
<li>Convention avec l'association La Relève pour l'accueil de jour.</li>
</ol>
""",
)

HTML["s075_liste_assesseurs_bureaux_vote.html"] = (
    "Commune de Bayonne — Élections municipales 2026 : composition des bureaux de vote",
    """
<h1>Élections municipales des 15 et 22 mars 2026 : composition des bureaux de vote</h1>
<p>Conformément au code électoral, chaque bureau de vote est composé d'un président, d'au moins deux assesseurs et d'un secrétaire. Les assesseurs sont désignés par les listes de candidats. Nous publions ci-dessous, pour information des électeurs, la composition des bureaux du quartier Saint-Esprit.</p>
<table>
<tr><th>Bureau</th><th>Président</th><th>Assesseur</th><th>Désigné par la liste</th></tr>
<tr><td>n° 14 — école Jules-Ferry</td><td>Mme Maialen Etchart, conseillère municipale</td><td>M. Iñaki Larralde, retraité</td><td>« Bayonne Herri Berri » (EH Bai)</td></tr>
<tr><td>n° 14 — école Jules-Ferry</td><td></td><td>Mme Danielle Carrère, infirmière</td><td>« Rassemblement pour Bayonne » (RN)</td></tr>
<tr><td>n° 15 — gymnase Saint-Esprit</td><td>M. Jean Dufau, adjoint au maire</td><td>M. Yassine Amrani, étudiant</td><td>« Bayonne insoumise et populaire » (LFI)</td></tr>
<tr><td>n° 15 — gymnase Saint-Esprit</td><td></td><td>Mme Solange Pémartin, commerçante</td><td>« Ensemble pour Bayonne » (Renaissance-MoDem)</td></tr>
</table>
<p>Le scrutin est ouvert de 8 h à 18 h.</p>
""",
)

# ---------------------------------------------------------------- public .docx

DOCX["p121_rapport_activite_departement_solidarites.docx"] = [
    ("title", "Département des Landes — Rapport d'activité 2025"),
    ("p", "Chapitre 2 : Solidarités — document présenté à l'assemblée départementale lors de la session du 6 mars 2026"),
    ("h", "L'insertion et le revenu de solidarité active"),
    ("p", "Au 31 décembre 2025, 9 412 foyers landais percevaient le RSA, soit une baisse de 3,1 % sur un an. Le montant des allocations versées s'est élevé à 71,8 M€. Depuis janvier 2025, tous les nouveaux allocataires sont inscrits à France Travail et bénéficient d'un accompagnement dans le cadre du contrat d'engagement. 2 840 allocataires ont accédé à un emploi durable ou à une formation qualifiante au cours de l'année. Le Département a financé 612 postes en chantiers et ateliers d'insertion."),
    ("h", "L'autonomie des personnes âgées et des personnes handicapées"),
    ("p", "L'allocation personnalisée d'autonomie a bénéficié à 10 980 personnes (7 210 à domicile, 3 770 en établissement), pour une dépense de 78,4 M€. La prestation de compensation du handicap a été versée à 2 460 personnes. Le village landais Alzheimer de Dax, ouvert en 2020, a accueilli 120 résidents et fait l'objet d'une évaluation scientifique dont les premiers résultats ont été publiés cette année. Le Département a poursuivi le plan de revalorisation des métiers de l'aide à domicile, avec une dotation complémentaire de 3 € par heure d'intervention."),
    ("table", [
        ["Indicateur", "2023", "2024", "2025"],
        ["Foyers allocataires du RSA", "9 860", "9 716", "9 412"],
        ["Bénéficiaires de l'APA", "10 320", "10 640", "10 980"],
        ["Bénéficiaires de la PCH", "2 210", "2 330", "2 460"],
        ["Enfants confiés à l'ASE", "1 018", "1 074", "1 106"],
        ["Informations préoccupantes reçues", "2 612", "2 880", "3 014"],
    ]),
    ("h", "L'enfance et la famille"),
    ("p", "La protection maternelle et infantile a réalisé 4 120 bilans de santé en école maternelle et 1 980 visites à domicile après une naissance. 1 106 enfants étaient confiés à l'aide sociale à l'enfance au 31 décembre. Le Département a ouvert deux nouvelles maisons d'enfants à caractère social (24 places) et recruté 38 assistants familiaux."),
    ("h", "Le logement"),
    ("p", "Le fonds de solidarité logement a aidé 3 240 ménages (accès, maintien, énergie). Le Département a soutenu la construction de 486 logements locatifs sociaux par l'intermédiaire de l'office XL Habitat."),
    ("h", "Les personnes en situation de handicap"),
    ("p", "La maison landaise des personnes handicapées a reçu 21 400 demandes (+6 %), pour un délai moyen de traitement de 3,4 mois. 640 orientations vers un établissement ou service médico-social ont été prononcées. Le Département a autorisé la création de 45 places en foyer d'accueil médicalisé et de 30 places en service d'accompagnement à la vie sociale. Le dispositif d'habitat inclusif compte désormais 14 colocations sur le territoire."),
    ("h", "L'insertion par l'activité économique et l'emploi"),
    ("p", "Le Département a conventionné 42 structures d'insertion par l'activité économique, qui ont accueilli 1 960 salariés en parcours. Le dispositif « Landes Emploi », qui met en relation les allocataires du RSA avec les entreprises du territoire, a permis 1 140 recrutements, principalement dans l'agriculture, le tourisme, la logistique et les services à la personne. Une aide à la mobilité (permis de conduire, location de scooters, covoiturage solidaire) a été accordée à 820 personnes."),
    ("h", "Perspectives"),
    ("p", "En 2026, le Département expérimentera le revenu de base pour les jeunes de 18 à 24 ans dans deux territoires, sous réserve de l'accord de l'État, et lancera un plan départemental de lutte contre l'isolement des aînés."),
]

DOCX["p122_cr_conseil_ecole_maternelle.docx"] = [
    ("title", "École maternelle Les Tilleuls — Vandœuvre-lès-Nancy"),
    ("p", "Compte rendu du conseil d'école du 1er trimestre — 14 novembre 2025"),
    ("h", "Présents"),
    ("p", "Mme Sabine Thouvenin, directrice ; Mmes Poirot, Antoine et Nguyen, M. Aubert, enseignants ; Mme Leila Mansour, adjointe au maire déléguée à l'éducation ; M. Daniel Hézard, délégué départemental de l'Éducation nationale ; représentants des parents d'élèves : Mme Camille Ferry, M. Julien Lallemand, Mme Fatou Sarr, Mme Laura Petitjean."),
    ("h", "1. Résultats des élections des représentants des parents d'élèves"),
    ("p", "Les élections du 10 octobre ont connu un taux de participation de 52 %, en hausse de 7 points grâce au vote par correspondance. Quatre titulaires et quatre suppléants ont été élus."),
    ("h", "2. Effectifs et organisation pédagogique"),
    ("p", "L'école accueille 112 élèves répartis en cinq classes : une classe de toute petite et petite section (22 élèves), une petite section (23), deux classes de moyenne et grande section (24 et 22) et une grande section (21). Deux ATSEM à temps plein et une ATSEM à mi-temps sont affectées à l'école."),
    ("h", "3. Règlement intérieur"),
    ("p", "Le règlement intérieur est relu et adopté à l'unanimité. La principale modification concerne les horaires d'accueil du matin (8 h 20 - 8 h 30) et la procédure de remise des enfants à la sortie, qui ne peuvent être confiés qu'aux personnes désignées par écrit par les responsables légaux."),
    ("h", "4. Projet d'école et projets de classe"),
    ("p", "Le projet d'école 2024-2027 s'articule autour du langage oral, de la construction du nombre et de la découverte du monde vivant. Projets de l'année : jardin pédagogique avec la maison de l'environnement, cycle de natation pour les grandes sections au printemps, spectacle de Noël offert par la ville, sortie au parc de Brabois en juin."),
    ("h", "5. Sécurité"),
    ("p", "Un exercice d'évacuation incendie a eu lieu le 2 octobre (évacuation en 1 minute 50). L'exercice du plan particulier de mise en sûreté se déroulera en janvier, selon des modalités adaptées à l'âge des enfants."),
    ("h", "6. Questions des parents"),
    ("p", "Les parents demandent la réparation du portillon d'entrée et l'ombrage de la cour. La mairie indique que le portillon sera remplacé pendant les vacances de Noël et que deux voiles d'ombrage seront installées au printemps. Les parents remercient l'équipe pour la qualité de l'accueil des nouveaux élèves."),
    ("h", "7. Coopérative scolaire"),
    ("p", "Le bilan de la coopérative au 31 août 2025 présente un solde de 3 412 €. Les recettes proviennent des cotisations volontaires des familles (8 € par enfant, 74 % des familles ayant participé), de la vente de photographies scolaires et de la kermesse. Les dépenses ont financé les sorties, les abonnements à des revues jeunesse et l'achat de jeux de cour. Les comptes ont été vérifiés par deux parents et transmis à l'Office central de la coopération à l'école."),
    ("h", "8. Restauration et accueil périscolaire"),
    ("p", "La mairie présente la fréquentation : 78 enfants déjeunent en moyenne chaque jour au restaurant scolaire, 31 enfants fréquentent l'accueil du matin et 42 celui du soir. Un repas végétarien est servi deux fois par semaine. Les parents relaient des remarques sur le bruit dans le réfectoire ; la mairie indique que des panneaux acoustiques seront posés pendant les vacances d'hiver. Le portail famille permet désormais d'inscrire les enfants jusqu'à la veille à 10 h."),
    ("p", "La séance est levée à 19 h 45."),
]

DOCX["p123_rapport_orientation_budgetaire.docx"] = [
    ("title", "Commune de Sète — Rapport d'orientation budgétaire 2026"),
    ("p", "Document présenté au conseil municipal du 2 février 2026 (article L. 2312-1 du CGCT)"),
    ("h", "1. Le contexte économique et financier"),
    ("p", "La loi de finances pour 2026 maintient la dotation globale de fonctionnement à son niveau de 2025, mais prévoit une contribution des collectivités au redressement des comptes publics par le biais d'un prélèvement sur les recettes fiscales des collectivités dont les dépenses de fonctionnement dépassent un certain seuil. La commune n'est pas concernée par ce dispositif. L'inflation prévue est de 1,3 %, et la revalorisation forfaitaire des valeurs locatives cadastrales s'établit à 1,7 %."),
    ("h", "2. La situation financière de la commune"),
    ("table", [
        ["En M€", "CA 2023", "CA 2024", "CA 2025 (prov.)", "BP 2026"],
        ["Recettes réelles de fonctionnement", "62,4", "64,1", "65,8", "66,9"],
        ["Dépenses réelles de fonctionnement", "54,9", "56,8", "58,3", "59,6"],
        ["Épargne brute", "7,5", "7,3", "7,5", "7,3"],
        ["Dépenses d'équipement", "14,2", "17,8", "19,6", "18,0"],
        ["Encours de dette au 31/12", "71,2", "69,8", "70,4", "71,0"],
    ]),
    ("p", "La capacité de désendettement s'établit à 9,4 années, en amélioration mais au-dessus du seuil de vigilance de 10 ans fixé par la loi de programmation des finances publiques pour les communes. L'objectif de la mandature est de la ramener sous 8 ans."),
    ("h", "3. Les orientations pour 2026"),
    ("p", "Fiscalité : les taux de la taxe foncière sur les propriétés bâties (51,2 %) et de la taxe d'habitation sur les résidences secondaires (majorée de 40 %) sont maintenus."),
    ("p", "Dépenses de personnel : 34,2 M€ (+2,1 %), intégrant la hausse des cotisations CNRACL et le glissement vieillesse technicité. Les effectifs sont stables (812 agents permanents)."),
    ("p", "Investissements : le programme 2026 s'élève à 18 M€, dont l'aménagement des quais de la Consigne (5,2 M€), la rénovation du groupe scolaire Renan (3,4 M€), la poursuite du plan vélo (1,1 M€), la réhabilitation du théâtre de la Mer (0,9 M€) et l'entretien du patrimoine bâti et de la voirie (4,6 M€)."),
    ("h", "3 bis. Structure et évolution des effectifs"),
    ("p", "Conformément à l'article D. 2312-3 du CGCT, le rapport présente la structure des effectifs : 812 agents permanents au 1er janvier 2026, dont 71 % de catégorie C, 18 % de catégorie B et 11 % de catégorie A ; 58 % de femmes ; âge moyen de 47,3 ans. Les dépenses de personnel comprennent 26,9 M€ de traitements indiciaires, 4,8 M€ de régime indemnitaire, 0,9 M€ de nouvelle bonification indiciaire et 0,6 M€ d'heures supplémentaires. La durée effective du travail est de 1 607 heures annuelles depuis le 1er janvier 2022. Les avantages en nature concernent 14 logements de fonction pour nécessité absolue de service (gardiens d'équipements)."),
    ("h", "3 ter. Les budgets annexes"),
    ("p", "Le budget annexe du port de plaisance (2,9 M€) est équilibré par ses recettes propres. Le budget annexe des pompes funèbres (0,4 M€) dégage un léger excédent. Le budget annexe du théâtre Molière (3,1 M€) reçoit une subvention d'équilibre du budget principal de 1,7 M€, stable depuis trois ans."),
    ("h", "4. Les engagements pluriannuels"),
    ("p", "Les autorisations de programme en cours représentent 46 M€. Leur échéancier est présenté en annexe."),
    ("h", "5. La structure et la gestion de la dette"),
    ("p", "La dette est composée à 78 % d'emprunts à taux fixe. Elle ne comporte aucun produit structuré à risque (100 % en catégorie 1A de la charte Gissler). Le taux moyen s'établit à 2,41 %."),
]

DOCX["p124_conclusions_enquete_dup_deviation.docx"] = [
    ("title", "Département de la Mayenne — Enquête publique préalable à la déclaration d'utilité publique"),
    ("p", "Projet de déviation de la RD 31 à Ernée — Conclusions motivées du commissaire enquêteur"),
    ("h", "1. Rappel du projet"),
    ("p", "Le projet consiste à créer une déviation de 4,2 km de la route départementale 31 au nord de l'agglomération d'Ernée, afin de détourner le trafic de poids lourds (1 450 par jour) qui traverse actuellement le centre-ville. Il comprend deux giratoires, un ouvrage de franchissement de l'Ernée et une voie verte parallèle. Le coût est estimé à 18,6 M€ TTC."),
    ("h", "2. Déroulement de l'enquête"),
    ("p", "L'enquête s'est déroulée du 6 octobre au 7 novembre 2025. Cinq permanences ont été tenues. 94 observations ont été recueillies : 58 favorables, 29 défavorables, 7 neutres. Les observations défavorables portent principalement sur la consommation de terres agricoles (31 hectares), l'impact sur les exploitations, la traversée de la vallée de l'Ernée et le bruit pour les hameaux de la Pellerine et de la Chaponnière."),
    ("h", "3. Appréciation du commissaire enquêteur"),
    ("p", "Sur l'utilité publique : le projet répond à un besoin avéré de sécurité et de qualité de vie en centre-ville, où ont été relevés 23 accidents corporels impliquant des poids lourds en dix ans. Les variantes étudiées (aménagement sur place, tracé sud) présentent des inconvénients supérieurs."),
    ("p", "Sur les atteintes à la propriété et à l'agriculture : les emprises touchent onze exploitations. Un aménagement foncier agricole est prévu avec la commission communale. Le commissaire enquêteur estime que les mesures de compensation collective agricole (fonds de 620 000 €) sont proportionnées."),
    ("p", "Sur l'environnement : l'ouvrage de franchissement de la vallée, d'une longueur de 180 mètres, limite l'impact sur la zone humide. Les mesures d'évitement, de réduction et de compensation validées par l'autorité environnementale sont satisfaisantes, sous réserve du suivi des chiroptères pendant cinq ans."),
    ("p", "Sur le bruit : des merlons et un revêtement phonique sont prévus au droit des hameaux."),
    ("p", "Sur les variantes : plusieurs contributeurs ont demandé que soit réexaminée la variante d'un aménagement sur place de la traversée d'Ernée (rétrécissement de chaussée, plateaux, interdiction de transit des poids lourds). Le maître d'ouvrage a rappelé que l'interdiction du transit reporterait le trafic sur des routes communales inadaptées et que la RD 31 est un itinéraire de desserte des zones d'activités de Fougères et de Mayenne. Le commissaire enquêteur considère que cette réponse est fondée, mais recommande que des mesures d'apaisement du centre-ville accompagnent la mise en service de la déviation."),
    ("p", "Sur le coût : le montant de 18,6 M€ apparaît élevé à certains contributeurs au regard des finances départementales. Le Département a précisé que l'opération est inscrite au plan pluriannuel d'investissement et financée à 20 % par la Région au titre du contrat de plan. Le commissaire enquêteur n'a pas relevé de sous-estimation manifeste."),
    ("h", "4. Avis"),
    ("p", "Considérant que les inconvénients du projet ne sont pas excessifs au regard de l'intérêt qu'il présente, le commissaire enquêteur émet un avis favorable à la déclaration d'utilité publique, assorti d'une recommandation : associer les riverains des hameaux au choix des protections acoustiques."),
    ("p", "Laval, le 5 décembre 2025. Le commissaire enquêteur, Michel Guédon."),
]

DOCX["p125_pv_cao_attribution_scores.docx"] = [
    ("title", "Ville de Cherbourg-en-Cotentin — Commission d'appel d'offres"),
    ("p", "Procès-verbal de la séance du 20 janvier 2026 — Attribution de l'accord-cadre de nettoyage des bâtiments communaux"),
    ("h", "Membres présents"),
    ("p", "M. Jean-Michel Houel, président par délégation du maire ; Mmes Odile Lefaix, Sonia Karimi ; MM. Hubert Lecoutour, Thierry Lamotte (membres titulaires). Assistaient avec voix consultative : le représentant du comptable public, la directrice de la commande publique."),
    ("h", "Procédure"),
    ("p", "Appel d'offres ouvert, avis publié le 2 octobre 2025 au BOAMP et au JOUE. Accord-cadre à bons de commande, durée un an renouvelable trois fois. Deux lots. Critères : valeur technique (50 %, dont méthodologie 25 %, moyens humains 15 %, démarche environnementale 10 %), prix (40 %), insertion sociale (10 %)."),
    ("h", "Classement — lot 1 : bâtiments administratifs et culturels"),
    ("table", [
        ["Candidat", "Valeur technique /50", "Prix /40", "Insertion /10", "Total /100", "Rang"],
        ["Manche Propreté Services", "42,5", "36,8", "8,0", "87,3", "1"],
        ["Net Ouest Propreté", "39,0", "40,0", "6,5", "85,5", "2"],
        ["Cotentin Nettoyage Services", "38,5", "34,2", "9,5", "82,2", "3"],
    ]),
    ("h", "Classement — lot 2 : écoles et équipements sportifs"),
    ("table", [
        ["Candidat", "Valeur technique /50", "Prix /40", "Insertion /10", "Total /100", "Rang"],
        ["Cotentin Nettoyage Services", "44,0", "37,5", "9,5", "91,0", "1"],
        ["Manche Propreté Services", "41,5", "40,0", "8,0", "89,5", "2"],
    ]),
    ("h", "Décision"),
    ("p", "La commission attribue le lot 1 à la société Manche Propreté Services (montant maximum annuel : 620 000 € HT) et le lot 2 à la société Cotentin Nettoyage Services (montant maximum annuel : 480 000 € HT). Les candidats non retenus seront informés des motifs du rejet de leur offre et du nom de l'attributaire."),
]

DOCX["p126_deliberation_plan_communal_sauvegarde.docx"] = [
    ("title", "Commune de Vaison-la-Romaine — Délibération n° 2026-017"),
    ("p", "Conseil municipal du 19 février 2026 — Objet : Mise à jour du plan communal de sauvegarde et création de la réserve communale de sécurité civile"),
    ("h", "Exposé"),
    ("p", "La commune de Vaison-la-Romaine, marquée par la crue meurtrière de l'Ouvèze du 22 septembre 1992, est exposée à plusieurs risques majeurs : inondation par débordement et ruissellement, feux de forêt, mouvements de terrain et séismes. Le plan communal de sauvegarde (PCS), document qui organise la mobilisation et la coordination des moyens communaux en cas de crise, date de 2014. La loi du 25 novembre 2021 dite « Matras » impose sa révision au moins tous les cinq ans et prévoit des exercices réguliers."),
    ("p", "Le PCS révisé, élaboré avec l'appui du service départemental d'incendie et de secours et de la préfecture, comprend : le diagnostic des risques, l'organisation du poste de commandement communal, les modalités d'alerte de la population (sirène, appels automatisés, panneaux lumineux, porte-à-porte par secteur), l'annuaire opérationnel des moyens, les fiches réflexes par type d'événement, les lieux d'hébergement d'urgence (gymnase, salle des fêtes, collège) et les modalités de soutien aux personnes vulnérables recensées sur le registre communal."),
    ("p", "Les parties du PCS contenant des informations personnelles ou opérationnelles (annuaire, registre des personnes vulnérables) ne sont pas publiées. Le document d'information communal sur les risques majeurs (DICRIM), destiné au public, est mis à jour en parallèle et sera distribué dans toutes les boîtes aux lettres."),
    ("p", "Il est également proposé de créer une réserve communale de sécurité civile, composée de bénévoles, chargée d'appuyer les services municipaux en cas de crise (information des habitants, aide à l'évacuation, soutien logistique des centres d'hébergement). Un appel à volontaires sera lancé dans le bulletin municipal."),
    ("h", "Ce que contient le DICRIM"),
    ("p", "Le document d'information communal sur les risques majeurs présente, pour chaque risque, les zones concernées de la commune, les mesures de prévention prises, les consignes de sécurité à respecter et les moyens d'alerte. Pour le risque d'inondation : s'informer par la radio locale et le site de la commune, monter dans les étages, ne pas aller chercher les enfants à l'école, ne pas prendre sa voiture, couper l'électricité et le gaz. Pour le risque de feu de forêt : débroussailler dans un rayon de 50 mètres autour de son habitation, fermer portes et volets en cas d'incendie, ne pas sortir. Le DICRIM comporte une carte des zones inondables et des points de rassemblement, et rappelle le numéro d'inscription au système d'alerte téléphonique. Les habitants sont invités à constituer un kit d'urgence (radio à piles, lampe, eau, médicaments, copies des papiers)."),
    ("h", "Décision"),
    ("p", "Le conseil municipal, à l'unanimité, approuve la mise à jour du plan communal de sauvegarde, décide la création de la réserve communale de sécurité civile et autorise le maire à signer les conventions d'engagement avec les réservistes. Un exercice grandeur nature sera organisé à l'automne 2026 avec le SDIS de Vaucluse."),
]

DOCX["p127_cr_conseil_administration_sdis.docx"] = [
    ("title", "Service départemental d'incendie et de secours de la Haute-Savoie"),
    ("p", "Conseil d'administration du 4 décembre 2025 — relevé de décisions publié"),
    ("h", "Décisions adoptées"),
    ("p", "1. Budget primitif 2026. Le budget s'élève à 118,4 M€ en fonctionnement et 24,6 M€ en investissement. Les contributions du Département (62,1 M€) et des communes et EPCI (48,7 M€) progressent respectivement de 4,5 % et 2,8 %. Adopté à l'unanimité."),
    ("p", "2. Plan pluriannuel d'investissement immobilier 2026-2030. Reconstruction des centres d'incendie et de secours de Cluses et de Saint-Julien-en-Genevois, extension du centre de Chamonix, création d'un centre de formation aux feux de forêt. Montant total : 58 M€. Adopté à l'unanimité."),
    ("p", "3. Acquisition de véhicules. Renouvellement de 14 véhicules de secours et d'assistance aux victimes, 6 camions-citernes feux de forêt et d'une échelle aérienne. Adopté."),
    ("p", "4. Sapeurs-pompiers volontaires. Revalorisation de 3 % des indemnités horaires et création d'une prime de fidélisation pour les volontaires disponibles en journée. Le département compte 3 412 sapeurs-pompiers volontaires et 742 professionnels. Adopté à l'unanimité."),
    ("p", "5. Convention avec le SAMU 74 relative à la coordination des secours d'urgence aux personnes et à la prise en charge des carences ambulancières. Adoptée."),
    ("p", "6. Plan de prévention des risques liés à la chaleur. Adaptation des horaires de formation et d'exercice pendant les épisodes de canicule, équipement des engins en eau et en dispositifs de rafraîchissement. Adopté à l'unanimité."),
    ("p", "7. Convention avec le Département pour la mise à disposition de personnels des routes formés au déneigement des accès aux centres de secours de montagne pendant la saison hivernale. Adoptée."),
    ("p", "8. Schéma départemental d'analyse et de couverture des risques (SDACR). Le conseil d'administration prend acte du lancement de la révision du SDACR, qui sera soumis à l'avis du conseil départemental et arrêté par le préfet en 2027. Les élus demandent que les délais d'intervention dans les communes de montagne éloignées fassent l'objet d'une analyse spécifique."),
    ("h", "Informations"),
    ("p", "Bilan opérationnel provisoire 2025 : 71 840 interventions (+4,2 %), dont 79 % de secours d'urgence aux personnes, 7 % d'incendies, 6 % d'accidents de la circulation. Le délai moyen d'arrivée des premiers secours est de 13 minutes 40. La saison estivale a été marquée par 112 feux de végétation, dont un de 48 hectares sur la commune de Sallanches."),
    ("p", "Bilan social : 38 accidents de service chez les sapeurs-pompiers professionnels et volontaires, en baisse de 11 %. Le programme de prévention des cancers professionnels (lavage des équipements, douche post-intervention) est généralisé à tous les centres."),
]

DOCX["p128_deliberation_prix_litteraire_laureats.docx"] = [
    ("title", "Communauté de communes Cœur de Loire — Prix littéraire « Lire en Val de Loire » 2025"),
    ("p", "Délibération du conseil communautaire n° 2025-146 du 11 décembre 2025 — Attribution des prix et versement des dotations"),
    ("h", "Exposé"),
    ("p", "Créé en 2012, le prix « Lire en Val de Loire » récompense chaque année un roman et un album jeunesse publiés dans l'année, choisis par un jury de lecteurs des médiathèques du réseau intercommunal. En 2025, 412 lecteurs, dont 186 élèves de CM2 et de 6e, ont participé aux votes. Les dotations sont fixées à 2 000 € pour chaque lauréat."),
    ("h", "Palmarès"),
    ("table", [
        ["Catégorie", "Lauréat", "Ouvrage", "Éditeur", "Votes obtenus"],
        ["Roman adulte", "Clémence Aubry", "Les Saisons du fleuve", "Éditions du Rouergue", "138"],
        ["Roman adulte (2e)", "Karim Haddouche", "La Dernière Gabare", "Zulma", "121"],
        ["Album jeunesse", "Lou Ferrand (texte) et Nils Moreau (illustrations)", "Le Castor qui voulait voir la mer", "L'École des loisirs", "97"],
    ]),
    ("p", "Les lauréats seront reçus le 24 janvier 2026 à la médiathèque de Cosne-Cours-sur-Loire pour une rencontre avec les lecteurs et une séance de dédicaces. Les élèves ayant participé au jury recevront un exemplaire de l'album primé."),
    ("h", "Décision"),
    ("p", "Le conseil communautaire, à l'unanimité, prend acte du palmarès, décide le versement d'une dotation de 2 000 € à Mme Clémence Aubry et d'une dotation de 2 000 € à partager à parts égales entre Mme Lou Ferrand et M. Nils Moreau, et dit que les crédits sont inscrits au budget 2025, chapitre 67."),
]

DOCX["p129_rapport_suites_observations_crc.docx"] = [
    ("title", "Commune de Dreux — Rapport sur les actions entreprises à la suite des observations de la chambre régionale des comptes"),
    ("p", "Présenté au conseil municipal du 12 mars 2026 en application de l'article L. 243-9 du code des juridictions financières"),
    ("h", "Rappel"),
    ("p", "Le rapport d'observations définitives de la chambre régionale des comptes Centre-Val de Loire relatif à la gestion de la commune (exercices 2018 à 2022) a été présenté au conseil municipal le 14 mars 2025. Dans un délai d'un an, le maire doit présenter un rapport sur les actions entreprises. Ce rapport est transmis à la chambre, qui en fait une synthèse annuelle."),
    ("h", "État de mise en œuvre des recommandations"),
    ("table", [
        ["Recommandation", "Actions entreprises", "Degré de mise en œuvre"],
        ["1. Adopter un règlement budgétaire et financier", "Règlement adopté par délibération du 27 juin 2025", "Totalement mise en œuvre"],
        ["2. Fiabiliser les restes à réaliser", "Procédure de justification annuelle, revue contradictoire avec le comptable en décembre 2025", "Totalement mise en œuvre"],
        ["3. Respecter la durée annuelle de travail de 1 607 heures", "Nouveau protocole du temps de travail adopté le 18 décembre 2025, applicable au 1er janvier 2026, après avis du comité social territorial", "Totalement mise en œuvre"],
        ["4. Formaliser le contrôle interne des régies", "Contrôles inopinés programmés, formation des régisseurs, réduction du nombre de régies de 14 à 9", "En cours"],
        ["5. Élaborer un plan pluriannuel d'investissement", "PPI 2025-2030 présenté lors du débat d'orientation budgétaire 2026", "Totalement mise en œuvre"],
        ["6. Évaluer la politique de soutien aux associations", "Étude confiée à un cabinet ; conclusions attendues en juin 2026", "En cours"],
    ]),
    ("h", "Commentaire"),
    ("p", "Quatre recommandations sur six sont totalement mises en œuvre, deux sont en cours. Le passage aux 1 607 heures s'est accompagné de la création de deux jours de congés liés à la pénibilité pour les agents exposés, dans le respect de la réglementation."),
]

DOCX["p130_deliberation_indemnites_elus.docx"] = [
    ("title", "Commune de Fougères — Délibération n° 2026-05"),
    ("p", "Conseil municipal du 22 janvier 2026 — Objet : Indemnités de fonction du maire, des adjoints et des conseillers municipaux délégués — modification à la suite de l'élection d'un nouvel adjoint"),
    ("h", "Exposé"),
    ("p", "À la suite de l'élection de M. Mathieu Lebreton en qualité de 6e adjoint lors de la séance du 11 décembre 2025, il convient de mettre à jour le tableau des indemnités de fonction. L'enveloppe indemnitaire globale, calculée à partir des taux maximaux prévus par les articles L. 2123-23 et L. 2123-24 du code général des collectivités territoriales pour une commune de 20 000 à 49 999 habitants (maire : 90 % de l'indice brut terminal ; adjoints : 33 %), est inchangée. La commune, siège du bureau centralisateur de canton, bénéficie d'une majoration de 15 %."),
    ("h", "Tableau annexé (article L. 2123-20-1 du CGCT)"),
    ("table", [
        ["Élu", "Fonction", "Taux (% de l'indice brut terminal)", "Montant brut mensuel"],
        ["M. Laurent Hamon", "Maire", "77,0 %", "2 994,88 €"],
        ["Mme Isabelle Bouvet", "1re adjointe", "26,0 %", "1 011,26 €"],
        ["M. Pierre-Yves Gaudin", "2e adjoint", "26,0 %", "1 011,26 €"],
        ["Mme Nathalie Roussel", "3e adjointe", "26,0 %", "1 011,26 €"],
        ["M. Karim Aït-Amara", "4e adjoint", "26,0 %", "1 011,26 €"],
        ["Mme Solène Rouxel", "5e adjointe", "26,0 %", "1 011,26 €"],
        ["M. Mathieu Lebreton", "6e adjoint", "26,0 %", "1 011,26 €"],
        ["Mme Annick Pinçon", "Conseillère déléguée au commerce", "8,0 %", "311,16 €"],
        ["M. Jacques Gérault", "Conseiller délégué aux anciens combattants", "8,0 %", "311,16 €"],
    ]),
    ("h", "Décision"),
    ("p", "Le conseil municipal, par 27 voix pour et 6 abstentions, fixe les indemnités selon le tableau ci-dessus à compter du 11 décembre 2025 et dit que les crédits sont inscrits au chapitre 65 du budget."),
]

DOCX["p131_cr_comite_syndical_riviere.docx"] = [
    ("title", "Syndicat mixte du bassin versant de la Vire"),
    ("p", "Compte rendu du comité syndical du 28 janvier 2026 — Saint-Lô, maison de l'agglomération"),
    ("h", "Délégués présents"),
    ("p", "21 délégués titulaires présents sur 26, représentant Saint-Lô Agglo, Villedieu Intercom, la communauté de communes de la Baie du Cotentin et Intercom de la Vire au Noireau. Présidence : M. Gilles Quesnel."),
    ("h", "1. Débat d'orientation budgétaire 2026"),
    ("p", "Le programme d'actions 2026 s'élève à 2,1 M€ : restauration de la continuité écologique sur la Vire (effacement du seuil de Candol, aménagement d'une passe à poissons à Pont-Farcy), restauration de 18 km de berges, plantation de 12 km de haies bocagères avec les agriculteurs volontaires, lutte contre les espèces invasives (renouée du Japon, jussie). Les actions sont financées à 70 % par l'agence de l'eau Seine-Normandie et la Région. Les contributions des membres restent stables."),
    ("h", "2. Programme de prévention des inondations"),
    ("p", "Le syndicat présente l'avancement de l'étude du programme d'actions de prévention des inondations (PAPI) d'intention. Un diagnostic de vulnérabilité sera proposé gratuitement aux 340 habitations situées en zone inondable à Saint-Lô et Condé-sur-Vire."),
    ("h", "3. Convention avec la fédération de pêche de la Manche"),
    ("p", "Renouvellement de la convention de suivi des populations de saumons et de truites de mer. Les comptages 2025 font état de 1 240 saumons remontés à la station de Claies-de-Vire, l'un des meilleurs résultats depuis vingt ans. Adopté à l'unanimité."),
    ("p", "Un délégué de la Baie du Cotentin demande que les marais de la Taute soient intégrés au périmètre d'étude. Le président indique que le périmètre sera soumis à l'avis du comité de pilotage en avril, après concertation avec le Parc naturel régional des marais du Cotentin et du Bessin."),
    ("h", "4. Ressources humaines"),
    ("p", "Création d'un poste de technicien de rivière contractuel pour trois ans, financé à 80 % par l'agence de l'eau. Adopté à l'unanimité."),
    ("h", "5. Questions diverses"),
    ("p", "Un délégué de Villedieu Intercom signale l'érosion des berges à proximité du camping de Sainte-Cécile. Le technicien de rivière se rendra sur place en février. Le président informe le comité que la journée « Rivières propres » aura lieu le 11 avril avec les écoles et les associations de pêche, et que l'exposition itinérante sur les zones humides sera présentée dans les médiathèques du bassin au printemps."),
    ("p", "Prochain comité syndical : 25 mars 2026 (vote du budget)."),
]

DOCX["p132_reglement_interieur_conseil.docx"] = [
    ("title", "Communauté de communes du Val d'Amboise — Règlement intérieur du conseil communautaire"),
    ("p", "Adopté par délibération n° 2026-02 du 15 janvier 2026 (extraits)"),
    ("h", "Article 1 — Périodicité des séances"),
    ("p", "Le conseil communautaire se réunit au moins une fois par trimestre. Le président peut le réunir chaque fois qu'il le juge utile. Il est tenu de le convoquer dans un délai de trente jours lorsque la demande motivée lui en est faite par le représentant de l'État ou par le tiers au moins des membres."),
    ("h", "Article 4 — Questions orales"),
    ("p", "Les conseillers communautaires ont le droit d'exposer en séance des questions orales ayant trait aux affaires de la communauté. Le texte des questions est adressé au président 48 heures au moins avant la séance. Il y est répondu lors de la séance. Le nombre de questions est limité à trois par groupe et par séance. Les questions ne donnent pas lieu à débat."),
    ("h", "Article 9 — Accès et tenue du public"),
    ("p", "Les séances sont publiques. Le public est admis dans les emplacements qui lui sont réservés. Il doit observer le silence. Les séances sont retransmises en direct sur le site internet de la communauté ; l'enregistrement reste consultable pendant un an."),
    ("h", "Article 14 — Procès-verbal"),
    ("p", "Le procès-verbal de chaque séance est rédigé par le secrétaire de séance. Il comporte la date et l'heure de la séance, les noms du président, des membres présents ou représentés et du secrétaire de séance, le quorum, l'ordre du jour, les délibérations adoptées et les rapports au vu desquels elles ont été adoptées, les demandes de scrutin et le résultat des votes avec le nom des votants et le sens de leur vote, ainsi que la teneur des discussions. Il est publié sur le site internet dans la semaine qui suit son approbation."),
    ("h", "Article 15 — Respect de la vie privée"),
    ("p", "Les débats portant sur des situations individuelles (agents, usagers, habitants) sont évités en séance publique. Lorsque l'examen d'une affaire l'exige, le président peut proposer le huis clos. Les procès-verbaux ne mentionnent aucune information relative à la santé, à la situation sociale ou familiale, aux opinions ou à la vie privée des personnes ; les interventions qui en feraient état sont résumées sans ces éléments."),
    ("h", "Article 18 — Expression des groupes dans le magazine communautaire"),
    ("p", "Un espace de 1 500 signes est réservé dans chaque numéro à chaque groupe constitué. Les textes sont transmis au service communication quinze jours avant la date de bouclage. Ils sont publiés sous la seule responsabilité de leurs auteurs ; le directeur de la publication peut refuser un texte à caractère diffamatoire ou injurieux."),
]

DOCX["p133_rapport_aires_accueil_gens_du_voyage.docx"] = [
    ("title", "Angers Loire Métropole — Rapport annuel 2025 du délégataire de la gestion des aires d'accueil des gens du voyage"),
    ("p", "Document présenté à la commission « Habitat et solidarités » du 3 mars 2026 et au conseil communautaire du 16 mars 2026, conformément à l'article L. 3131-5 du code de la commande publique"),
    ("h", "1. Le patrimoine géré"),
    ("p", "Le délégataire gère six aires d'accueil permanentes (148 emplacements, 296 places de caravanes) réparties sur les communes d'Angers, Avrillé, Trélazé, Les Ponts-de-Cé, Saint-Barthélemy-d'Anjou et Saint-Sylvain-d'Anjou, ainsi que l'aire de grand passage de Verrières-en-Anjou (200 caravanes), ouverte de mai à septembre."),
    ("h", "2. La fréquentation"),
    ("table", [
        ["Aire", "Emplacements", "Taux d'occupation 2024", "Taux d'occupation 2025", "Durée moyenne de séjour"],
        ["Angers — Lac de Maine", "40", "81 %", "84 %", "4,2 mois"],
        ["Avrillé", "20", "72 %", "76 %", "3,1 mois"],
        ["Trélazé", "24", "88 %", "90 %", "5,6 mois"],
        ["Les Ponts-de-Cé", "24", "69 %", "71 %", "2,4 mois"],
        ["Saint-Barthélemy-d'Anjou", "20", "77 %", "79 %", "3,8 mois"],
        ["Saint-Sylvain-d'Anjou", "20", "64 %", "70 %", "2,9 mois"],
    ]),
    ("p", "L'aire de grand passage a accueilli 19 groupes entre mai et septembre, pour un total de 2 470 caravanes. Les arrivées ont fait l'objet d'une annonce préalable auprès du médiateur départemental dans 84 % des cas."),
    ("h", "3. L'accompagnement social et la scolarisation"),
    ("p", "Le délégataire assure, en lien avec le centre social itinérant départemental, l'accompagnement des familles dans l'accès aux droits. 214 enfants ont été inscrits dans les écoles des communes d'accueil au cours de l'année scolaire 2024-2025. Le taux d'assiduité reste fragile au collège ; un partenariat avec le CNED et le dispositif d'enseignement itinérant de l'Éducation nationale a été renforcé."),
    ("h", "4. Les données financières"),
    ("p", "Les recettes de l'exploitation (droits de place et consommation de fluides) s'élèvent à 286 000 €. La contribution d'Angers Loire Métropole s'établit à 612 000 €, compensée en partie par l'aide à la gestion des aires d'accueil versée par l'État (298 000 €). Le taux d'impayés est de 6,4 %."),
    ("h", "4 bis. Gestion courante et sécurité des aires"),
    ("p", "Les gestionnaires sont présents sur chaque aire du lundi au samedi. 41 interventions techniques ont été réalisées pour des pannes d'électricité ou de sanitaires. Les aires ont fait l'objet de trois fermetures techniques estivales de deux semaines pour entretien. Le délégataire a organisé, avec le SDIS, une sensibilisation au risque incendie et à l'usage des installations électriques, et deux séances d'information sur la vaccination avec le centre de santé publique départemental. Les relations avec les riverains ont donné lieu à quatre réunions de concertation sous l'égide des maires concernés."),
    ("h", "5. Les travaux et perspectives"),
    ("p", "Réhabilitation des blocs sanitaires de l'aire de Trélazé, installation de compteurs individuels à prépaiement sur toutes les aires, étude de création de quatre terrains familiaux locatifs pour les familles en voie de sédentarisation, conformément au schéma départemental 2024-2030."),
]

DOCX["p134_bulletin_portrait_nouveau_medecin.docx"] = [
    ("title", "Le Mag' de Lectoure — n° 58 — Printemps 2026"),
    ("h", "Santé : la maison de santé accueille un nouveau médecin généraliste"),
    ("p", "Depuis le 2 mars, le Dr Thomas Ngoumou a rejoint l'équipe de la maison de santé pluriprofessionnelle de Lectoure, qui compte désormais quatre médecins généralistes, trois infirmières, deux kinésithérapeutes, une orthophoniste, une sage-femme et une diététicienne."),
    ("p", "Originaire de Toulouse, le Dr Ngoumou, 34 ans, a fait ses études de médecine à la faculté de Purpan avant d'effectuer son internat de médecine générale dans le Gers, notamment à l'hôpital d'Auch et en stage chez un médecin de Fleurance. « J'ai découvert la médecine rurale pendant ces stages, et je n'ai plus eu envie d'en partir. Ici, on suit les familles sur plusieurs générations, on travaille en équipe avec les infirmières et les pharmaciens, c'est une médecine complète », explique-t-il."),
    ("p", "Son installation a été facilitée par la communauté de communes, qui met à disposition un logement pendant la première année, et par le contrat d'engagement de service public signé pendant ses études. Le Dr Ngoumou s'est installé avec sa famille dans le centre historique et pratique la course à pied sur les chemins de la vallée du Gers."),
    ("p", "Il accepte de nouveaux patients, en priorité les personnes sans médecin traitant du canton. Les consultations ont lieu du lundi au vendredi, sur rendez-vous, et le samedi matin en alternance avec ses confrères."),
    ("p", "Pour prendre rendez-vous : secrétariat de la maison de santé, 05 62 68 71 30, ou en ligne."),
    ("h", "Les permanences de spécialistes"),
    ("p", "Une cardiologue du centre hospitalier d'Auch assure une permanence mensuelle, et des téléconsultations de dermatologie sont proposées avec l'assistance d'une infirmière depuis janvier."),
]

DOCX["p135_deliberation_pedt_plan_mercredi.docx"] = [
    ("title", "Commune de Saint-Priest — Délibération n° 2026-022"),
    ("p", "Conseil municipal du 5 février 2026 — Objet : Projet éducatif territorial (PEDT) 2026-2029 et labellisation « Plan mercredi » — approbation et signature de la convention avec l'État et la caisse d'allocations familiales"),
    ("h", "Exposé"),
    ("p", "Le projet éducatif territorial formalise l'engagement des différents partenaires (commune, Éducation nationale, CAF, associations, parents) pour proposer à chaque enfant un parcours éducatif cohérent et de qualité, avant, pendant et après l'école. Le précédent PEDT est arrivé à échéance en août 2025. Son évaluation, menée avec les partenaires et 640 familles ayant répondu à un questionnaire, a permis de définir les orientations du nouveau projet."),
    ("p", "Le PEDT 2026-2029 concerne les 4 200 enfants scolarisés dans les 21 écoles publiques de la commune. Il s'articule autour de quatre axes : favoriser la réussite éducative et lutter contre les inégalités ; développer l'accès de tous les enfants aux pratiques culturelles, sportives et scientifiques ; éduquer à la citoyenneté, à l'environnement et au numérique ; associer les familles et renforcer la continuité éducative."),
    ("p", "Il prévoit notamment l'accueil des enfants en situation de handicap dans tous les accueils de loisirs, avec le renfort d'animateurs formés, financé par le fonds « publics et territoires » de la CAF ; l'ouverture de deux nouveaux ateliers scientifiques le mercredi ; la création d'un conseil des parents."),
    ("p", "La labellisation « Plan mercredi » permet à la commune de bénéficier d'une bonification de la prestation de service versée par la CAF pour les accueils de loisirs du mercredi (1 € par heure et par enfant au lieu de 0,54 €), sous réserve du respect d'une charte de qualité (taux d'encadrement, complémentarité avec les temps scolaires, sorties éducatives)."),
    ("h", "Débat"),
    ("p", "Mme Corinne Faure (opposition) salue la démarche mais regrette que les écoles privées sous contrat ne soient pas associées au PEDT. L'adjoint à l'éducation répond que les enfants scolarisés dans le privé ont accès à tous les accueils de loisirs municipaux et que les établissements seront invités au comité de pilotage. M. Hervé Mottet (majorité) souligne l'intérêt du conseil des parents et demande qu'il soit représentatif de tous les quartiers ; il est précisé que ses membres seront tirés au sort parmi les volontaires, avec au moins un parent par groupe scolaire."),
    ("p", "Le comité de pilotage du PEDT se réunira deux fois par an. Une évaluation intermédiaire sera présentée au conseil municipal en 2027."),
    ("h", "Décision"),
    ("p", "Le conseil municipal, à l'unanimité, approuve le projet éducatif territorial 2026-2029, sollicite la labellisation « Plan mercredi » et autorise le maire à signer la convention avec le préfet du Rhône, le directeur académique des services de l'Éducation nationale et la directrice de la caisse d'allocations familiales du Rhône."),
]

# ---------------------------------------------------------------- public .html

HTML["p136_actualite_retour_conseil_municipal.html"] = (
    "Ville de Lorient — Ce qu'il faut retenir du conseil municipal du 5 février",
    """
<header><p><a href="/">Lorient.bzh</a> › Actualités › Vie municipale</p></header>
<article>
<h1>Ce qu'il faut retenir du conseil municipal du 5 février</h1>
<p class="chapo">Budget 2026, plan vélo, tarifs du stationnement, vœu sur la base des sous-marins : retour sur les principales décisions de la séance.</p>
<h2>Un budget de 162 millions d'euros</h2>
<p>Le budget primitif 2026 a été adopté par 37 voix pour et 12 contre. Il s'élève à 162 M€, dont 48 M€ d'investissement. Principales opérations : poursuite de la rénovation du groupe scolaire Bois-du-Château (6,2 M€), aménagement de la rive gauche du Scorff (4,8 M€), rénovation énergétique de la piscine du Moustoir (3,1 M€). Les taux d'imposition restent inchangés.</p>
<p>Pour la majorité, l'adjoint aux finances a souligné « un budget d'investissement historique, financé sans alourdir la dette ». Pour l'opposition, Mme Gaëlle Le Stradic a regretté « l'absence de mesures fortes pour le commerce de centre-ville » et M. Olivier Le Couviour a demandé un moratoire sur les projets immobiliers du quartier de Keryado.</p>
<h2>Plan vélo : 15 km d'aménagements d'ici 2028</h2>
<p>Le plan vélo 2026-2028 a été adopté à l'unanimité. Il prévoit 15 km de pistes cyclables sécurisées, 1 200 arceaux de stationnement et une « vélo-école » pour adultes.</p>
<h2>Stationnement : la première demi-heure gratuite</h2>
<p>À compter du 1er mars, la première demi-heure de stationnement sera gratuite dans toutes les zones payantes du centre-ville. Adopté par 41 voix pour et 8 abstentions.</p>
<h2>Un vœu sur la mémoire de la base des sous-marins</h2>
<p>Le conseil a adopté à l'unanimité un vœu demandant à l'État de soutenir le projet de centre d'interprétation de la base de Keroman.</p>
<h2>Tarifs de l'eau et de l'assainissement</h2>
<p>Le conseil a pris acte de la hausse de 2,4 % de la part intercommunale des tarifs de l'eau votée par Lorient Agglomération, qui finance le renouvellement des canalisations. Pour une famille consommant 120 m³ par an, la hausse représente environ 11 € sur l'année.</p>
<h2>Une nouvelle convention avec les associations sportives</h2>
<p>Les conventions d'objectifs avec les six clubs sportifs recevant plus de 23 000 € de subvention ont été renouvelées pour trois ans. Elles intègrent désormais des engagements en matière de féminisation, d'accueil des personnes en situation de handicap et de sobriété énergétique dans les équipements. Adopté à l'unanimité.</p>
<h2>Questions orales</h2>
<p>Interrogé par le groupe d'opposition sur le calendrier des travaux de la place Aristide-Briand, le maire a indiqué que le chantier débuterait en septembre pour une durée de quatorze mois, avec un maintien du marché pendant toute la durée des travaux. Une réunion publique est prévue en juin.</p>
<p>Prochain conseil municipal : jeudi 26 mars à 18 h, à l'hôtel de ville. Les séances sont publiques et retransmises en direct.</p>
<p><a href="/conseil-municipal/2026-02-05">Consulter l'ordre du jour, les délibérations et la vidéo de la séance</a></p>
</article>
""",
)

HTML["p137_installation_conseiller_municipal.html"] = (
    "Commune de Digne-les-Bains — Installation d'une nouvelle conseillère municipale",
    """
<main>
<h1>Installation d'une nouvelle conseillère municipale</h1>
<p><em>Publié le 27 février 2026</em></p>
<p>Lors de sa séance du 26 février, le conseil municipal a procédé à l'installation de Mme Noémie Arnaud en qualité de conseillère municipale, à la suite du décès de M. André Chabaud, conseiller municipal de la majorité depuis 2014, survenu le 3 février.</p>
<p>En ouverture de séance, le maire a rendu hommage à André Chabaud, « un élu discret et fidèle, ancien cheminot, qui s'était pleinement investi dans la commission des travaux et dans l'organisation de la fête de la Lavande ». Le conseil a observé une minute de silence.</p>
<p>Conformément à l'article L. 270 du code électoral, Mme Arnaud, suivante sur la liste « Digne en commun », a été appelée à siéger. Âgée de 31 ans, professeure des écoles, elle rejoint la commission « Éducation et jeunesse ».</p>
<p>Le tableau du conseil municipal a été mis à jour et transmis à la préfecture des Alpes-de-Haute-Provence.</p>
</main>
""",
)

HTML["p138_region_plan_lycees.html"] = (
    "Région Hauts-de-France — L'assemblée régionale adopte le plan lycées 2026-2032",
    """
<article>
<h1>L'assemblée régionale adopte le plan lycées 2026-2032</h1>
<p class="date">Séance plénière du 19 mars 2026</p>
<p>Les élus régionaux ont adopté jeudi le nouveau plan pluriannuel d'investissement dans les lycées publics, doté de 2,4 milliards d'euros sur sept ans. Le plan concerne les 284 lycées publics de la région, qui accueillent 212 000 élèves.</p>
<h2>Trois priorités</h2>
<ul>
<li><strong>La rénovation énergétique</strong> : 1,1 milliard d'euros pour atteindre une réduction de 40 % de la consommation d'énergie d'ici 2032, conformément au décret tertiaire. 68 lycées feront l'objet d'une rénovation globale.</li>
<li><strong>Les conditions d'étude</strong> : rénovation de 140 internats, création de 3 000 places d'internat supplémentaires, modernisation des restaurants scolaires, installation de points d'eau et d'îlots de fraîcheur dans les cours.</li>
<li><strong>Les formations d'avenir</strong> : équipement des plateaux techniques des lycées professionnels pour les métiers de l'industrie des batteries, de l'hydrogène et de la rénovation du bâtiment.</li>
</ul>
<h2>Un calendrier en trois vagues</h2>
<p>Les opérations seront engagées en trois vagues successives. La première (2026-2027) concerne les 24 lycées dont les bâtiments sont les plus énergivores ou présentent des difficultés d'accessibilité, parmi lesquels plusieurs établissements du bassin minier et de la Thiérache. La deuxième (2028-2030) portera sur les restructurations lourdes et les internats. La troisième (2030-2032) achèvera le programme de rénovation énergétique.</p>
<h2>La concertation avec les communautés éducatives</h2>
<p>Chaque opération fera l'objet d'une concertation avec l'équipe de direction, les représentants des personnels, des parents et des élèves, ainsi qu'avec les agents régionaux des lycées. Pendant les travaux, des bâtiments modulaires seront installés lorsque cela est nécessaire pour garantir la continuité des enseignements.</p>
<p>Le plan comprend également un volet numérique de 85 M€ : raccordement de tous les lycées au très haut débit, renouvellement des équipements des salles informatiques et généralisation de l'espace numérique de travail régional.</p>
<h2>Le vote</h2>
<p>Le plan a été adopté par 112 voix pour, 38 contre et 19 abstentions. Les groupes d'opposition ont salué l'effort sur la rénovation énergétique mais regretté l'absence de calendrier détaillé par établissement. Le calendrier sera présenté lycée par lycée en commission permanente.</p>
</article>
""",
)

HTML["p139_ceremonie_medailles_travail.html"] = (
    "Ville de Montélimar — Cérémonie de remise des médailles d'honneur",
    """
<h1>Les agents municipaux à l'honneur</h1>
<p>Vendredi 30 janvier, le maire a remis les médailles d'honneur régionale, départementale et communale à 23 agents de la ville et du CCAS, en présence de leurs familles et de leurs collègues, dans les salons de l'hôtel de ville.</p>
<h2>Médaille d'argent (20 ans de services)</h2>
<p>Mme Corinne Arnaud (service des sports), M. Hassan Belkacem (espaces verts), Mme Estelle Faure (état civil), M. Nicolas Giraud (police municipale), Mme Sandrine Reynaud (restauration scolaire), M. Loïc Vernet (service informatique).</p>
<h2>Médaille de vermeil (30 ans de services)</h2>
<p>Mme Françoise Bonnefoy (CCAS, aide à domicile), M. Didier Chapus (centre technique municipal), Mme Malika Derbal (crèche Les Lutins), M. Patrick Imbert (médiathèque).</p>
<h2>Médaille d'or (35 ans de services)</h2>
<p>Mme Josiane Blanc (direction des finances) et M. Gérard Roux (voirie), qui a rappelé avec humour qu'il avait « posé lui-même une bonne partie des trottoirs de la ville ».</p>
<p>Le maire a salué « l'engagement au service du public de femmes et d'hommes qui font vivre la ville au quotidien, souvent dans l'ombre ». La cérémonie s'est achevée par un verre de l'amitié.</p>
""",
)

HTML["p140_ccas_nos_services.html"] = (
    "CCAS de Villeurbanne — Nos services",
    """
<h1>Le CCAS de Villeurbanne : à vos côtés</h1>
<p>Le centre communal d'action sociale accompagne les Villeurbannais à toutes les étapes de la vie. Ses services sont ouverts à tous les habitants, sans condition, dans le respect de la confidentialité.</p>
<h2>Accès aux droits</h2>
<p>Nos travailleurs sociaux vous aident à connaître vos droits et à constituer vos dossiers : revenu de solidarité active, complémentaire santé solidaire, aides au logement, allocation personnalisée d'autonomie, demande de logement social. Sur rendez-vous, du lundi au vendredi.</p>
<h2>Aides financières</h2>
<p>En cas de difficulté passagère, le CCAS peut accorder des aides facultatives : aide alimentaire, aide au paiement de l'énergie, aide aux frais de rentrée scolaire. Les demandes sont examinées par une commission, dans le respect de l'anonymat des demandeurs.</p>
<h2>Domiciliation</h2>
<p>Vous n'avez pas d'adresse stable ? Le CCAS peut vous domicilier pour recevoir votre courrier et accéder à vos droits.</p>
<h2>Seniors</h2>
<p>Portage de repas à domicile, téléassistance, résidences autonomie, animations et sorties, registre des personnes vulnérables en cas de canicule ou de grand froid.</p>
<h2>Nous contacter</h2>
<p>CCAS de Villeurbanne, 3 rue Jean-Jaurès — accueil du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h.</p>
""",
)

HTML["p141_liste_deliberations_publiees.html"] = (
    "Commune de Millau — Délibérations du conseil municipal du 12 mars 2026",
    """
<h1>Délibérations du conseil municipal du 12 mars 2026</h1>
<p>Liste des délibérations publiées sous forme électronique en application de l'article L. 2131-1 du CGCT. Date de mise en ligne : 16 mars 2026.</p>
<table>
<tr><th>N°</th><th>Objet</th><th>Vote</th></tr>
<tr><td>2026-031</td><td>Approbation du compte de gestion 2025 — budget principal</td><td>Unanimité</td></tr>
<tr><td>2026-032</td><td>Vote du compte administratif 2025 — budget principal</td><td>26 pour, 7 contre</td></tr>
<tr><td>2026-033</td><td>Affectation du résultat 2025</td><td>26 pour, 7 contre</td></tr>
<tr><td>2026-034</td><td>Budget primitif 2026 — budget annexe de l'eau</td><td>Unanimité</td></tr>
<tr><td>2026-035</td><td>Subventions aux associations culturelles — Festival Millau Jazz, Fête de la Saint-Jean</td><td>Unanimité</td></tr>
<tr><td>2026-036</td><td>Convention avec le Parc naturel régional des Grands Causses pour le plan paysage</td><td>Unanimité</td></tr>
<tr><td>2026-037</td><td>Cession d'un terrain communal à la société coopérative d'HLM Sud Massif Central (programme de 18 logements)</td><td>30 pour, 3 abstentions</td></tr>
<tr><td>2026-038</td><td>Tarifs du camping municipal 2026</td><td>Unanimité</td></tr>
<tr><td>2026-039</td><td>Modification du tableau des emplois</td><td>Unanimité</td></tr>
<tr><td>2026-040</td><td>Motion pour le maintien de la trésorerie de Millau</td><td>Unanimité</td></tr>
</table>
<p>Les délibérations peuvent faire l'objet d'un recours devant le tribunal administratif de Toulouse dans un délai de deux mois à compter de leur publication.</p>
""",
)

HTML["p142_communique_incendie_decheterie.html"] = (
    "Communauté de communes du Pays de Fayence — Incendie à la déchetterie de Tourrettes",
    """
<article>
<h1>Incendie à la déchetterie de Tourrettes : la déchetterie fermée jusqu'à nouvel ordre</h1>
<p><time>Le 18 août 2025</time></p>
<p>Un incendie s'est déclaré dimanche vers 16 heures dans la zone de stockage des déchets verts de la déchetterie intercommunale de Tourrettes. Les sapeurs-pompiers du Var, mobilisés avec une quarantaine de personnels et deux bombardiers d'eau par mesure de précaution, ont rapidement circonscrit le feu, qui n'a pas atteint les massifs boisés voisins. Aucun blessé n'est à déplorer.</p>
<p>Selon les premières constatations, l'incendie pourrait être dû à une fermentation spontanée des déchets verts, favorisée par la chaleur. Le local du gardien et les bennes de tri ont été épargnés, mais la plateforme de déchets verts et le quai de déchargement ont été endommagés.</p>
<p>La déchetterie de Tourrettes restera fermée le temps de l'expertise et des travaux de remise en état. Les usagers sont invités à se rendre à la déchetterie de Montauroux, dont les horaires sont élargis du lundi au samedi de 8 h à 18 h.</p>
<p>La communauté de communes rappelle que le brûlage des déchets verts est interdit toute l'année et que l'emploi du feu est réglementé en période estivale.</p>
</article>
""",
)

HTML["p143_resultats_budget_participatif.html"] = (
    "Ville de Grenoble — Budget participatif : les projets lauréats de la saison 11",
    """
<h1>Budget participatif : les 14 projets lauréats de la saison 11</h1>
<p>Du 6 au 20 octobre, 11 240 Grenoblois ont voté pour choisir les projets qui seront financés par le budget participatif, doté de 1,2 M€. Voici les projets retenus, avec le nom de leurs porteurs.</p>
<table>
<tr><th>Projet</th><th>Secteur</th><th>Porté par</th><th>Voix</th><th>Coût estimé</th></tr>
<tr><td>Une forêt urbaine au parc Bachelard</td><td>Secteur 6</td><td>Collectif Bachelard en transition (Mme Julie Arnaud, M. Samir Khelifi)</td><td>1 842</td><td>180 000 €</td></tr>
<tr><td>Des fontaines à eau dans les parcs</td><td>Tous secteurs</td><td>M. Hugo Da Silva</td><td>1 611</td><td>120 000 €</td></tr>
<tr><td>Un terrain de basket 3x3 à la Villeneuve</td><td>Secteur 6</td><td>Association Sport dans la Ville Grenoble</td><td>1 398</td><td>95 000 €</td></tr>
<tr><td>Une boîte à dons couverte à Saint-Bruno</td><td>Secteur 1</td><td>Mme Anne-Sophie Chevalier</td><td>1 012</td><td>25 000 €</td></tr>
<tr><td>Des bancs et de l'ombre le long de l'Isère</td><td>Secteur 2</td><td>Union de quartier Île Verte</td><td>964</td><td>140 000 €</td></tr>
<tr><td>Un atelier vélo solidaire à Teisseire</td><td>Secteur 5</td><td>M. Kévin Martinez et Mme Aïcha Djebbar</td><td>887</td><td>60 000 €</td></tr>
</table>
<p>Les huit autres projets lauréats sont consultables sur la plateforme de participation. Les travaux seront réalisés d'ici fin 2026, en lien avec les porteurs.</p>
""",
)

HTML["p144_concours_photo_laureats.html"] = (
    "Parc naturel régional du Vercors — Concours photo « Regards sur le Vercors » : les lauréats",
    """
<h1>Concours photo « Regards sur le Vercors » 2025 : les lauréats</h1>
<p>Pour sa septième édition, le concours photo du Parc naturel régional du Vercors avait pour thème « L'eau, de la source à la vallée ». 486 photographies ont été envoyées par 212 participants. Le jury, composé de photographes professionnels, d'agents du Parc et d'élus, s'est réuni le 14 novembre.</p>
<h2>Catégorie adultes</h2>
<ol>
<li><strong>1er prix</strong> : Mathilde Rochas (Villard-de-Lans), « Résurgence du Bournillon au petit matin ».</li>
<li><strong>2e prix</strong> : Pierre-Antoine Vial (Die), « Cascade gelée de la Druise ».</li>
<li><strong>3e prix</strong> : Youssef Benali (Grenoble), « Le lavoir de Méaudre ».</li>
</ol>
<h2>Catégorie jeunes (moins de 18 ans)</h2>
<ol>
<li><strong>1er prix</strong> : Léna G., 15 ans (Lans-en-Vercors), « Goutte de rosée ».</li>
<li><strong>2e prix</strong> : Tom B., 12 ans (Saint-Jean-en-Royans), « Les gorges de la Bourne ».</li>
</ol>
<h2>Prix du public</h2>
<p>Hélène Moulin (Pont-en-Royans), « Les maisons suspendues », avec 1 140 votes en ligne.</p>
<p>Les photographies primées seront exposées à la Maison du Parc de Lans-en-Vercors du 1er décembre au 31 mars. Les lauréats reçoivent des bons d'achat chez des producteurs du Parc et un séjour en refuge.</p>
""",
)

HTML["p145_avis_enquete_publique.html"] = (
    "Préfecture de la Vienne — Avis d'enquête publique",
    """
<h1>AVIS D'ENQUÊTE PUBLIQUE</h1>
<h2>Demande d'autorisation environnementale présentée par la société Bioénergie du Haut-Poitou pour l'exploitation d'une unité de méthanisation à Mirebeau</h2>
<p>Par arrêté préfectoral n° 2026-DCPPAT/BE-041 du 2 février 2026, une enquête publique est prescrite du lundi 2 mars 2026 à 9 h au vendredi 3 avril 2026 à 17 h, soit 33 jours consécutifs, sur la demande d'autorisation environnementale présentée par la SAS Bioénergie du Haut-Poitou en vue d'exploiter une unité de méthanisation agricole d'une capacité de traitement de 38 000 tonnes par an, avec injection de biométhane dans le réseau, au lieu-dit « Les Grands Champs » à Mirebeau.</p>
<p>Mme Josette Bertrand, ingénieure agronome retraitée, a été désignée en qualité de commissaire enquêtrice par le président du tribunal administratif de Poitiers.</p>
<p>Le dossier, comprenant notamment l'étude d'impact, l'avis de l'autorité environnementale et la réponse du pétitionnaire, est consultable pendant toute la durée de l'enquête :</p>
<ul>
<li>en mairie de Mirebeau, aux jours et heures habituels d'ouverture ;</li>
<li>sur le site internet des services de l'État dans la Vienne ;</li>
<li>sur un poste informatique mis à disposition à la préfecture.</li>
</ul>
<p>Le projet prévoit le traitement d'effluents d'élevage (lisiers et fumiers) provenant de 26 exploitations situées dans un rayon de 20 km, de cultures intermédiaires à vocation énergétique et de biodéchets issus de l'industrie agroalimentaire. La production annuelle de biométhane est estimée à 28 GWh, soit la consommation de chauffage d'environ 2 300 logements. Le digestat sera épandu sur les terres des exploitations partenaires selon un plan d'épandage joint au dossier, qui couvre 3 840 hectares répartis sur 19 communes.</p>
<p>L'étude d'impact examine notamment les effets du projet sur la qualité de l'air et les odeurs, le trafic routier (estimé à 22 rotations de camions par jour ouvré), le paysage, les eaux souterraines et les risques d'accident. L'avis de la mission régionale d'autorité environnementale, rendu le 12 décembre 2025, et le mémoire en réponse du pétitionnaire sont joints au dossier.</p>
<p>Le public peut présenter ses observations sur le registre papier déposé en mairie, par courrier adressé à la commissaire enquêtrice en mairie, ou par voie électronique à l'adresse dédiée.</p>
<p>La commissaire enquêtrice recevra le public en mairie de Mirebeau le 2 mars de 9 h à 12 h, le 14 mars de 9 h à 12 h, le 25 mars de 14 h à 17 h et le 3 avril de 14 h à 17 h.</p>
<p>À l'issue de l'enquête, le rapport et les conclusions motivées de la commissaire enquêtrice seront tenus à la disposition du public pendant un an. La décision susceptible d'intervenir est un arrêté préfectoral d'autorisation assorti de prescriptions, ou un arrêté de refus.</p>
""",
)

HTML["p146_tranquillite_vacances_conseils.html"] = (
    "Ville de Saint-Raphaël — Opération Tranquillité Vacances",
    """
<h1>Opération Tranquillité Vacances : partez l'esprit tranquille</h1>
<p>Vous vous absentez pour plusieurs jours ? La police municipale et la police nationale peuvent surveiller votre domicile pendant votre absence, gratuitement, toute l'année.</p>
<h2>Comment s'inscrire ?</h2>
<p>Remplissez le formulaire en ligne ou déposez-le au poste de police municipale au moins 48 heures avant votre départ. Vous indiquerez vos dates d'absence et une personne à prévenir en cas de problème. Ces informations sont uniquement utilisées pour les patrouilles et supprimées à votre retour.</p>
<h2>Nos conseils avant de partir</h2>
<ul>
<li>Ne diffusez pas vos dates de vacances sur les réseaux sociaux.</li>
<li>Faites relever votre courrier par un voisin ou faites-le suivre.</li>
<li>Donnez une apparence habitée à votre logement : programmateur pour l'éclairage, volets ouverts par un proche.</li>
<li>Fermez portes et fenêtres, même pour une courte absence ; ne laissez pas de clé sous le paillasson ou dans la boîte aux lettres.</li>
<li>Mettez en lieu sûr vos objets de valeur et photographiez-les ; notez les numéros de série.</li>
<li>Si vous possédez une alarme, vérifiez son fonctionnement et ne communiquez jamais votre code.</li>
</ul>
<h2>En cas de cambriolage</h2>
<p>Ne touchez à rien, appelez le 17 et déposez plainte. Faites opposition sur vos moyens de paiement.</p>
<p>En 2025, 1 240 logements ont été inscrits à Saint-Raphaël et aucun cambriolage n'a été constaté dans ces logements pendant la période de surveillance.</p>
""",
)

HTML["p147_questions_opposition_reponses.html"] = (
    "Commune de Cagnes-sur-Mer — Questions orales de l'opposition et réponses",
    """
<h1>Conseil municipal du 10 février 2026 : questions orales et réponses</h1>
<p>Conformément au règlement intérieur, les groupes d'opposition peuvent poser jusqu'à deux questions orales par séance. Voici les questions posées et les réponses apportées.</p>
<h2>Question de Mme Céline Aubert (groupe « Cagnes Demain »)</h2>
<blockquote><p>« Les parents d'élèves de l'école du Val-Fleuri se plaignent de l'absence de surveillance au passage piéton de l'avenue de Nice depuis la rentrée. La ville compte-t-elle remplacer l'agent de traversée ? »</p></blockquote>
<p><strong>Réponse de l'adjoint à la sécurité :</strong> le poste d'agent de traversée est vacant depuis septembre ; un recrutement a été lancé et un agent prendra ses fonctions le 2 mars. Dans l'intervalle, la police municipale assure une présence aux heures d'entrée et de sortie deux jours sur quatre ; elle sera désormais présente tous les jours.</p>
<h2>Question de M. Franck Morel (groupe « Cagnes Ensemble »)</h2>
<blockquote><p>« Pouvez-vous nous communiquer le coût total des illuminations de Noël 2025 et la part consacrée à la consommation électrique ? »</p></blockquote>
<p><strong>Réponse de l'adjointe aux festivités :</strong> le coût total s'élève à 286 000 € TTC (location, pose, dépose et maintenance), dont 9 800 € de consommation électrique, en baisse de 35 % grâce au passage intégral aux LED et à la réduction de la durée d'allumage.</p>
""",
)

HTML["p148_rapport_mediatrice_statistiques.html"] = (
    "Département du Nord — Rapport annuel 2025 de la médiatrice départementale",
    """
<h1>Rapport annuel 2025 de la médiatrice départementale</h1>
<p>La médiation départementale, instituée en 2019, permet à tout usager en désaccord avec une décision ou un service du Département de solliciter gratuitement un règlement amiable, après une première réclamation restée sans réponse satisfaisante.</p>
<h2>L'activité en chiffres</h2>
<ul>
<li>1 412 saisines reçues (+9 %), dont 1 018 recevables.</li>
<li>Domaines : revenu de solidarité active (41 %), allocation personnalisée d'autonomie et prestation de compensation du handicap (22 %), transports scolaires des élèves handicapés (11 %), aide sociale à l'enfance (7 %), routes et voirie (6 %), autres (13 %).</li>
<li>Délai moyen de traitement : 38 jours.</li>
<li>Issue : 57 % de médiations ayant abouti à une solution favorable totale ou partielle pour l'usager.</li>
</ul>
<h2>Qui peut saisir la médiatrice ?</h2>
<p>Toute personne physique ou morale en litige avec les services du Département peut saisir la médiatrice par courrier, par courriel ou au moyen du formulaire en ligne, après avoir adressé une première réclamation au service concerné. La médiation est gratuite et confidentielle. Elle suspend les délais de recours contentieux. La médiatrice ne peut pas intervenir dans une procédure juridictionnelle en cours ni remettre en cause une décision de justice.</p>
<h2>Les principales difficultés relevées</h2>
<p>La médiatrice relève la complexité des courriers de demande de remboursement d'indus de RSA, souvent incompréhensibles pour les allocataires ; des délais d'instruction de l'APA supérieurs au délai légal dans deux territoires ; l'insuffisance de l'information des familles sur les voies de recours en matière de transport scolaire adapté.</p>
<h2>Les recommandations</h2>
<ol>
<li>Réécrire en langage clair les courriers relatifs aux indus, avec un échéancier proposé d'office.</li>
<li>Créer un interlocuteur unique pour les personnes en perte d'autonomie.</li>
<li>Mentionner systématiquement la possibilité de saisir la médiatrice dans les décisions de refus.</li>
</ol>
<h2>Exemples de médiations (anonymisés)</h2>
<p>Un allocataire du RSA s'était vu réclamer un indu de plusieurs milliers d'euros à la suite d'une erreur de déclaration de ressources commise plusieurs années auparavant. La médiation a permis d'obtenir une remise partielle et un échéancier adapté à ses revenus.</p>
<p>Une famille contestait le refus de prise en charge du transport scolaire adapté de son enfant vers un établissement situé hors du secteur. Après réexamen, le Département a accepté la prise en charge au regard de l'absence d'offre adaptée plus proche.</p>
<p>Un riverain d'une route départementale se plaignait de l'absence de réponse à ses courriers concernant l'écoulement des eaux pluviales sur sa propriété. La médiation a permis l'organisation d'une visite sur place et la programmation de travaux de curage du fossé.</p>
<p>Ce rapport ne comporte aucune donnée permettant d'identifier les personnes ayant saisi la médiatrice.</p>
""",
)

HTML["p149_decisions_du_maire_registre.html"] = (
    "Ville de Rodez — Registre des décisions du maire (article L. 2122-22 du CGCT)",
    """
<h1>Décisions prises par le maire par délégation du conseil municipal — janvier 2026</h1>
<table>
<tr><th>N°</th><th>Date</th><th>Objet</th></tr>
<tr><td>D2026-001</td><td>05/01/2026</td><td>Marché de maintenance des ascenseurs des bâtiments communaux — attribution à la société Ascenseurs du Rouergue, montant annuel 18 400 € HT.</td></tr>
<tr><td>D2026-002</td><td>06/01/2026</td><td>Contrat de location d'une nacelle élévatrice pour la dépose des illuminations de Noël.</td></tr>
<tr><td>D2026-003</td><td>09/01/2026</td><td>Convention d'occupation temporaire du domaine public au profit de l'association « Les Amis du Piano » pour l'installation d'un piano en libre accès place de la Cité.</td></tr>
<tr><td>D2026-004</td><td>12/01/2026</td><td>Acceptation d'une indemnité de sinistre de 6 218 € versée par l'assureur de la ville pour le bris de vitrage du gymnase Ginette-Mazel.</td></tr>
<tr><td>D2026-005</td><td>15/01/2026</td><td>Demande de subvention auprès de la DRAC Occitanie pour la restauration des vitraux de la chapelle de l'ancien Carmel.</td></tr>
<tr><td>D2026-006</td><td>19/01/2026</td><td>Renonciation au droit de préemption urbain sur 14 déclarations d'intention d'aliéner.</td></tr>
<tr><td>D2026-007</td><td>22/01/2026</td><td>Fixation des tarifs de la patinoire mobile (vacances d'hiver) : 4 € l'entrée, location de patins comprise.</td></tr>
<tr><td>D2026-008</td><td>28/01/2026</td><td>Désignation du cabinet Marty-Vayssière avocats pour représenter la ville dans le contentieux relatif au permis de construire du projet de l'avenue de Paris.</td></tr>
</table>
<p>Ces décisions ont été communiquées au conseil municipal lors de sa séance du 6 février 2026.</p>
""",
)

HTML["p150_conseil_departemental_schema_autonomie.html"] = (
    "Département du Puy-de-Dôme — Le schéma départemental de l'autonomie 2026-2030 adopté",
    """
<article>
<h1>Le schéma départemental de l'autonomie 2026-2030 adopté</h1>
<p><em>Session du conseil départemental du 16 décembre 2025</em></p>
<p>Les conseillers départementaux ont adopté à l'unanimité le schéma départemental de l'autonomie, qui fixe pour cinq ans la politique du Département en faveur des personnes âgées et des personnes en situation de handicap.</p>
<h2>Un constat : le vieillissement s'accélère</h2>
<p>Le Puy-de-Dôme compte aujourd'hui 72 000 personnes de plus de 75 ans ; elles seront 96 000 en 2035. 14 600 personnes perçoivent l'allocation personnalisée d'autonomie et 5 200 la prestation de compensation du handicap. 86 % des personnes âgées interrogées lors de la concertation souhaitent vieillir à domicile.</p>
<h2>Quatre orientations</h2>
<ol>
<li><strong>Soutenir le maintien à domicile</strong> : revalorisation du tarif horaire des services d'aide à domicile, aide à l'adaptation des logements, développement de l'accueil de jour.</li>
<li><strong>Diversifier l'offre d'habitat</strong> : 600 places en habitat inclusif et 200 places en résidences autonomie d'ici 2030.</li>
<li><strong>Reconnaître les aidants</strong> : 12 plateformes de répit, formation, « pass aidant ».</li>
<li><strong>Améliorer la qualité en établissement</strong> : plan de contrôle des EHPAD, soutien à l'investissement, médicalisation renforcée.</li>
</ol>
<h2>Une concertation large</h2>
<p>Le schéma est le fruit d'une concertation de dix-huit mois avec les usagers, les familles, les associations, les services d'aide à domicile, les établissements, l'Agence régionale de santé et les caisses de retraite. 2 400 personnes ont répondu au questionnaire en ligne et 14 ateliers territoriaux ont été organisés dans les communautés de communes.</p>
<h2>Ce qui change dès 2026</h2>
<ul>
<li>La création d'un numéro unique d'information pour les personnes âgées, les personnes handicapées et leurs proches.</li>
<li>Le déploiement de six « maisons de l'autonomie » de proximité, adossées aux maisons des solidarités.</li>
<li>La revalorisation du tarif de référence de l'aide à domicile à 26,50 € par heure.</li>
<li>Le lancement d'un appel à projets pour l'habitat inclusif en milieu rural.</li>
</ul>
<h2>Les réactions</h2>
<p>Les représentants des usagers au conseil départemental de la citoyenneté et de l'autonomie ont salué un schéma « ambitieux et concret », tout en soulignant que sa réussite dépendra du recrutement de professionnels de l'aide à domicile, secteur qui peine à attirer. Le Département a annoncé une campagne de recrutement avec France Travail et les fédérations du secteur au printemps.</p>
<h2>Les moyens</h2>
<p>Le schéma mobilise 1,6 milliard d'euros sur cinq ans, dont 240 M€ de mesures nouvelles, cofinancées par la Caisse nationale de solidarité pour l'autonomie.</p>
</article>
""",
)

if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
    print(f"wrote {len(DOCX)} .docx and {len(HTML)} .html into {OUT}")
