"""Build the .docx and .html documents of the dev9 sensitivity set.

Run from the repository root: ``.venv/bin/python bench/sensitivity/build_dev9_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev9"
FIXED = dt.datetime(2024, 6, 1, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "h", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {}
# Each html: (title, body).
HTML: dict[str, tuple[str, str]] = {}


# ---------------------------------------------------------------------------
# Sovereign .docx
# ---------------------------------------------------------------------------
DOCX.update({
    "s003_rapport_epicerie.docx": [
        ("title", "ÉPICERIE SOLIDAIRE « LE PANIER DU FAUBOURG »"),
        ("p", "Rapport d'activité 2023 présenté à l'assemblée générale du 20 avril et transmis aux financeurs (Ville, CCAS, Département, CAF)"),
        ("h", "1. Le mot du président"),
        ("p", "L'année 2023 restera celle de tous les records, et ce n'est pas une bonne nouvelle. Avec l'inflation alimentaire, le nombre de foyers orientés vers l'épicerie a augmenté de 31 %. Nos 42 bénévoles ont assuré 148 jours d'ouverture ; la camionnette offerte par la fondation d'un grand distributeur nous a permis de doubler la ramasse auprès des supermarchés. Merci à toutes et à tous."),
        ("h", "2. Les chiffres"),
        ("table", [["Indicateur", "2022", "2023"],
                   ["Foyers accueillis", "214", "281"],
                   ["Personnes concernées", "512", "688"],
                   ["Durée moyenne d'accès (mois)", "4,1", "4,6"],
                   ["Tonnage distribué", "61 t", "79 t"],
                   ["Participation moyenne des familles", "10 % du prix", "10 % du prix"]]),
        ("p", "Les foyers sont orientés par les travailleurs sociaux du CCAS, du Département et des associations partenaires, après examen en commission d'attribution. L'accès est accordé pour trois mois renouvelables, en fonction du « reste à vivre » par jour et par personne, qui doit être inférieur à 9 €."),
        ("h", "3. Un accompagnement au-delà de l'aide alimentaire"),
        ("p", "L'épicerie n'est pas seulement un lieu de distribution : ateliers cuisine, permanences budget avec une conseillère en économie sociale et familiale, sorties familiales. Le projet associé à chaque accès permet de dégager un peu de budget pour autre chose."),
        ("p", "Un exemple parmi d'autres, que nous racontons avec émotion : M. Thierry Bouchard, 58 ans, ancien chauffeur, est arrivé en février après la liquidation de son employeur. Il devait 3 200 € de loyers à Habitat 76, un crédit à la consommation de 7 800 € et 900 € de factures d'eau, et il avait reçu un commandement de payer. Grâce à l'épicerie, il a pu consacrer 120 € par mois au remboursement de son bailleur ; la CESF l'a aidé à monter son dossier pour la commission de la Banque de France et à demander le FSL. Il est aujourd'hui bénévole le jeudi à la ramasse."),
        ("h", "4. Nos finances"),
        ("p", "Budget 2023 : 96 400 €. Subventions publiques : 58 %. Dons et mécénat : 21 %. Participation des bénéficiaires : 13 %. Autres : 8 %. Le résultat est légèrement déficitaire (– 2 100 €), couvert par les fonds propres."),
        ("h", "5. Perspectives"),
        ("p", "Nous souhaitons ouvrir un deuxième jour de distribution le samedi et développer un espace de produits d'hygiène, très demandés. Nous recherchons des bénévoles chauffeurs."),
        ("p", "Le président, Michel Fauvel"),
    ],
    "s008_rapport_ccas_logement.docx": [
        ("title", "CCAS DE SOTTEVILLE — RAPPORT D'ACTIVITÉ 2023"),
        ("h", "Chapitre 4 — Prévention des expulsions et accès au logement"),
        ("p", "La commission de coordination des actions de prévention des expulsions locatives (CCAPEX) a examiné 64 situations de la commune en 2023, contre 51 en 2022. Le CCAS a mobilisé 41 aides financières du fonds de solidarité logement pour un montant de 38 600 € et a accompagné 27 protocoles de cohésion sociale avec les bailleurs."),
        ("table", [["Étape de la procédure", "Nombre de ménages"],
                   ["Commandement de payer", "112"],
                   ["Assignation", "58"],
                   ["Jugement de résiliation du bail", "31"],
                   ["Commandement de quitter les lieux", "19"],
                   ["Concours de la force publique accordé", "7"]]),
        ("p", "Le travail partenarial avec la CAF a permis de maintenir l'aide au logement de 22 ménages en situation d'impayé grâce à un plan d'apurement."),
        ("h", "Situations marquantes"),
        ("p", "Nous voulons rendre compte d'une situation qui a mobilisé l'équipe pendant toute l'année. La famille de Mme Samira Haddad, seule avec trois enfants au 27 rue Pierre-Corneille, appartement du bailleur privé M. Lefort. Après la perte de son emploi d'aide-soignante en 2022, les loyers se sont accumulés. Le juge a constaté la résiliation en janvier. Malgré nos interventions, le préfet a accordé le concours de la force publique et les serrures ont été changées le 4 avril, à la fin de la trêve. Les enfants ont été hébergés quinze jours chez une tante à Rouen, puis la famille a été orientée vers un hôtel du 115 à Petit-Quevilly, à 40 minutes de l'école. Elle est aujourd'hui en résidence sociale et le dossier DALO a été reconnu prioritaire."),
        ("h", "Accès au logement"),
        ("p", "212 demandes de logement social enregistrées, 96 attributions sur le contingent communal. Le délai d'attente moyen pour un T3 atteint 26 mois."),
        ("h", "Perspectives"),
        ("p", "En 2024, le CCAS souhaite renforcer le repérage précoce des impayés avec les bailleurs sociaux, dès le deuxième mois de retard, et expérimenter avec la CAF un rendez-vous systématique des ménages dont l'aide au logement est suspendue. Une permanence d'un juriste de l'ADIL sera ouverte un jeudi par mois au CCAS, et les agents d'accueil seront formés aux étapes de la procédure d'expulsion."),
        ("p", "Rapport adopté par le conseil d'administration du CCAS le 27 mars."),
    ],
    "s015_fiche_archives.docx": [
        ("title", "DIFFUSION RESTREINTE"),
        ("p", "ARCHIVES MUNICIPALES — PLAN DE SAUVEGARDE DES COLLECTIONS — fiche réflexe n° 2 : intrusion et sinistre hors heures d'ouverture"),
        ("p", "Destinataires : agents des archives, cadre d'astreinte, poste de police municipale. Ne pas afficher. Ne pas transmettre par messagerie externe."),
        ("h", "1. Accès au bâtiment"),
        ("table", [["Accès", "Moyen", "Code / clé"],
                   ["Porte de service (cour)", "Badge + code", "Code d'entrée 5 8 0 2 – badge maître n° 001 au coffre du poste PM"],
                   ["Magasins 1 à 3", "Clé sur organigramme", "Clé B12, armoire à clés bureau 104 (code armoire 7 1 4 4)"],
                   ["Chambre forte (registres paroissiaux, cartulaire)", "Serrure à combinaison", "Combinaison connue de la directrice et du DGS uniquement ; copie scellée au coffre de la trésorerie"],
                   ["Centrale d'alarme", "Clavier hall", "Mise hors service : 3 6 9 1 + OFF ; code contrainte (déclenche l'alerte silencieuse) : 3 6 9 2"]]),
        ("h", "2. En cas d'alarme intrusion"),
        ("p", "Le télésurveilleur appelle le cadre d'astreinte puis la police municipale. Ne jamais pénétrer seul dans le bâtiment. Vérifier d'abord les caméras depuis le poste PM (écran 4). La zone 6 (chambre forte) déclenche une levée de doute systématique par la police nationale."),
        ("h", "3. En cas d'incendie ou de dégât des eaux"),
        ("p", "Ordre d'évacuation des collections prioritaires : 1) registres de délibérations 1790-1850 (magasin 2, travées 4 à 6) ; 2) cartulaire de l'abbaye (chambre forte, étagère haute) ; 3) plans cadastraux napoléoniens (meuble à plans n° 3). Les caisses d'évacuation sont stockées dans le local sous l'escalier. Le point de repli est la salle polyvalente de l'école voisine (clé au poste PM)."),
        ("p", "Le coupe-circuit général se trouve dans le local TGBT, au sous-sol, à droite de la chaufferie."),
        ("p", "Version 3 — mise à jour le 12 février. Toute copie doit être détruite lors de la mise à jour suivante."),
    ],
    "s021_rapport_association_parents.docx": [
        ("title", "ASSOCIATION « PARENTS EN CHEMIN »"),
        ("p", "Soutien aux familles confrontées aux conduites à risque des adolescents et jeunes adultes — Rapport annuel 2023"),
        ("h", "Éditorial de la présidente"),
        ("p", "Il y a sept ans, quand nous avons fondé cette association à quelques parents autour d'une table de cuisine, nous ne savions pas que nous serions un jour 160 familles adhérentes. Nous savions seulement une chose : que personne ne devrait traverser seul la peur, la honte et l'épuisement que l'on ressent quand son enfant se met en danger."),
        ("p", "Je n'ai jamais caché aux adhérents pourquoi je me suis engagée. Cette année, je veux le dire plus clairement, parce que mon fils me l'a permis. Théo a aujourd'hui 24 ans. Entre ses 17 et ses 21 ans, nous avons connu les nuits à l'attendre, les appels des urgences, l'argent qui disparaissait de mon sac, et deux overdoses dont une en réanimation à l'hôpital de Lens. Il est sorti de son séjour en communauté thérapeutique dans l'Aveyron en septembre 2022 et il suit toujours son traitement de substitution au CSAPA de Béthune, où il voit son éducatrice chaque semaine. Il travaille en chantier d'insertion depuis janvier. Je ne dis pas que c'est fini ; je dis que c'est possible."),
        ("p", "Ce que j'ai appris pendant ces années, c'est que les parents ont besoin d'être crus et orientés, pas jugés. Trop souvent, on nous a renvoyés vers « l'éducation qu'on avait donnée ». Nos groupes de parole existent pour cela : pour que le parent qui arrive un soir, épuisé, entende qu'il n'est pas le premier, et qu'il reparte avec un numéro de téléphone et un rendez-vous."),
        ("p", "Merci à tous ceux qui ont tenu avec nous cette année : les bénévoles des groupes de parole, les professionnels qui répondent présents, nos financeurs."),
        ("p", "Martine Delcourt, présidente"),
        ("h", "Nos actions en 2023"),
        ("table", [["Action", "Volume", "Public"],
                   ["Groupes de parole de parents", "22 séances", "94 parents"],
                   ["Permanences téléphoniques", "612 appels", "Parents et proches"],
                   ["Soirées d'information dans les collèges", "9 soirées", "410 parents"],
                   ["Formation des bénévoles écoutants", "4 jours", "12 bénévoles"],
                   ["Week-end de répit pour les familles", "1 week-end", "18 personnes"]]),
        ("p", "Les soirées d'information, animées avec le CSAPA et la consultation jeunes consommateurs, ont abordé le cannabis, les écrans, l'alcool et les nouveaux produits de synthèse. La demande des établissements dépasse nos capacités."),
        ("h", "Nos finances"),
        ("p", "Budget réalisé : 48 200 €. Subventions : ARS (MILDECA) 18 000 €, Département 10 000 €, communauté d'agglomération 6 000 €, communes 4 500 € ; cotisations et dons : 9 700 €. Exercice à l'équilibre."),
        ("h", "Perspectives 2024"),
        ("p", "Ouvrir une antenne à Arras, créer un groupe pour les frères et sœurs, former 20 nouveaux bénévoles, et développer un partenariat avec les missions locales."),
    ],
    "s023_catalogue_formation_csg.docx": [
        ("title", "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE — Catalogue des formations de préparation aux concours"),
        ("p", "Session d'automne — Préparation au concours de rédacteur territorial — liste des stagiaires et aménagements (usage du service formation)"),
        ("p", "La préparation comprend 12 journées de méthodologie (note de synthèse, questions sur les finances publiques, oral d'entretien) et deux concours blancs. Les cours ont lieu au siège du centre de gestion, 9 h – 17 h."),
        ("table", [["Stagiaire", "Collectivité", "Observations"],
                   ["Mme Élodie Garnier", "Commune de Vendôme", "—"],
                   ["M. Kevin Lebas", "CC du Perche", "Absent le 12/10 (jury d'assises)"],
                   ["Mme Sonia Ferreira", "Commune de Blois", "RQTH ; tiers-temps et salle à part pour les concours blancs ; doit pouvoir sortir pour ses injections d'insuline ; poste adapté (écran 27 pouces)"],
                   ["M. Julien Marteau", "CIAS Beauce", "—"],
                   ["Mme Nathalie Aubin", "Commune de Mer", "Accord de l'employeur pour 8 jours sur 12 seulement"]]),
        ("p", "Rappel : les demandes d'aménagement d'épreuves pour le concours lui-même doivent être adressées au service concours avec un certificat d'un médecin agréé, au plus tard à la date de clôture des inscriptions."),
        ("p", "Contact : service formation, 02 54 xx xx xx."),
    ],
    "s030_guide_mdph_partenaires.docx": [
        ("title", "MAISON DÉPARTEMENTALE DES PERSONNES HANDICAPÉES DE LA DRÔME"),
        ("p", "Guide à l'usage des partenaires : bien remplir le certificat médical et le formulaire de demande — Édition 2024 (version de formation interne)"),
        ("h", "Pourquoi ce guide ?"),
        ("p", "Près d'un dossier sur quatre nous parvient incomplet, ce qui allonge le délai de traitement, aujourd'hui de 4,8 mois en moyenne. Ce guide rappelle les pièces obligatoires et donne un exemple commenté de demande d'AEEH et de PCH pour un enfant."),
        ("h", "Les pièces obligatoires"),
        ("table", [["Pièce", "Points de vigilance"],
                   ["Formulaire de demande (cerfa 15692)", "Signé par le représentant légal ; rubrique « projet de vie » vivement recommandée"],
                   ["Certificat médical (cerfa 15695)", "Daté de moins d'un an ; volet ophtalmologique ou auditif si nécessaire"],
                   ["Justificatif d'identité et de domicile", "Du demandeur ou de son représentant"],
                   ["Jugement de protection", "Le cas échéant"]]),
        ("h", "Exemple commenté (dossier reçu en janvier, reproduit pour la formation des secrétariats médicaux)"),
        ("p", "Enfant : Lucas Peyrard, né le 17/06/2016, domicilié avec sa mère à Romans-sur-Isère, 4 allée des Platanes. Représentante légale : Mme Aurélie Peyrard. Médecin : Dr Fabre, neuropédiatre au CHU de Grenoble."),
        ("p", "Diagnostic porté en 2021 : trouble du spectre de l'autisme avec trouble du développement intellectuel léger ; épilepsie traitée par valproate depuis 2022. Lucas est scolarisé en CE1 avec une AESH 12 heures par semaine ; il a des crises nocturnes une à deux fois par mois. La mère a réduit son temps de travail à 50 % pour assurer les prises en charge (orthophonie, psychomotricité, SESSAD)."),
        ("p", "Ce qui a bien été fait : le retentissement sur la vie quotidienne est décrit précisément, les prises en charge sont listées avec leur fréquence. Ce qui manquait : le bilan psychométrique récent et le détail des frais non remboursés (psychomotricienne en libéral, 180 € par mois), sans lesquels le complément d'AEEH ne peut pas être évalué."),
        ("p", "Conseil aux secrétariats : joindre systématiquement les comptes rendus des professionnels qui suivent l'enfant (orthophoniste, psychomotricien, SESSAD) et le GEVA-Sco rempli par l'équipe de suivi de la scolarisation. Pour un renouvellement, indiquer ce qui a changé depuis la précédente décision ; un certificat qui recopie le précédent retarde l'évaluation."),
        ("p", "Décision de la CDAPH : AEEH avec complément de 3e catégorie, orientation SESSAD confirmée, aide humaine à l'école maintenue."),
        ("h", "Délais et suivi"),
        ("p", "Les secrétariats peuvent suivre l'avancement d'un dossier sur l'espace partenaires, avec l'accord écrit de la famille. En cas d'urgence scolaire, signaler la demande au pôle enfance, qui peut l'inscrire en procédure simplifiée."),
        ("h", "Contacts"),
        ("p", "Accueil téléphonique du lundi au vendredi, 9 h – 12 h ; permanences dans les centres médico-sociaux."),
    ],
})
DOCX.update({
    "s032_appel_projets_analyse.docx": [
        ("title", "COMMUNAUTÉ DE COMMUNES DU PAYS DE LUMBRES"),
        ("p", "Appel à projets « Tiers-lieu de la gare » — grille d'analyse des candidatures — document de la commission d'examen (séance non publique)"),
        ("p", "Rappel de l'objet : la communauté met à disposition l'ancienne halle à marchandises pour douze ans, contre une redevance, afin d'y installer un tiers-lieu (espace de travail partagé, café associatif, atelier de fabrication). Trois candidatures ont été reçues."),
        ("table", [["Candidat", "Note projet /60", "Note économique /40", "Total"],
                   ["Coopérative La Fabrique du Haut-Pays", "49", "31", "80"],
                   ["SAS Cowork Nord Développement", "38", "36", "74"],
                   ["Association Les Amis de la Halle", "42", "18", "60"]]),
        ("h", "Analyse de l'offre de la SAS Cowork Nord Développement"),
        ("p", "La société a joint son plan d'affaires complet, en précisant qu'il est couvert par le secret des affaires. Elle exploite déjà quatre espaces dans l'Audomarois. Son modèle repose sur un taux d'occupation des postes de travail de 62 % dès la deuxième année, un prix moyen de 189 € HT par mois et par poste, et une marge d'exploitation de 17 % obtenue grâce à la mutualisation de l'accueil et du ménage entre ses sites (coût salarial mutualisé : 1,4 ETP pour quatre sites). Elle prévoit de sous-louer l'espace café à un franchisé, moyennant 8 % du chiffre d'affaires. Son offre de redevance (14 000 € par an) est la plus élevée."),
        ("p", "Elle s'engage par ailleurs à reprendre les deux salariés de l'association actuellement présente dans la halle, à des conditions qu'elle qualifie d'« alignées sur la convention collective Syntec », et prévoit un investissement de 310 000 € HT en aménagements, dont 120 000 € de mobilier fourni par sa centrale d'achat avec une remise de 30 %."),
        ("p", "La commission relève que le plan de financement repose sur un prêt bancaire de 240 000 € non encore accordé et sur un apport de l'actionnaire de 60 000 €."),
        ("h", "Proposition"),
        ("p", "La commission propose de retenir la coopérative La Fabrique du Haut-Pays, dont le projet d'animation est le plus ancré localement, et d'engager une négociation sur le montant de la redevance."),
        ("p", "Document confidentiel : les éléments financiers des candidats ne doivent pas être communiqués aux autres candidats ni publiés."),
    ],
    "s038_note_fete_nationale.docx": [
        ("title", "POLICE MUNICIPALE — ORDRE D'OPÉRATION — FÊTE NATIONALE"),
        ("p", "USAGE INTERNE — NE PAS DIFFUSER — à remettre aux seuls chefs de poste"),
        ("p", "Événement : feu d'artifice du 14 juillet, parc des Rives, 23 h ; bal populaire place de l'Hôtel-de-Ville à partir de 21 h. Fréquentation attendue : 18 000 personnes."),
        ("h", "Dispositif"),
        ("table", [["Secteur", "Effectif", "Indicatif radio", "Position"],
                   ["Entrée nord du parc (pont Vieux)", "4 PM + 2 ASVP", "Rives 1", "Barrières anti-bélier, véhicule en travers à 22 h"],
                   ["Entrée sud (parking Leclerc)", "3 PM + 3 agents sécurité privée", "Rives 2", "Fouille visuelle des sacs"],
                   ["Place de l'Hôtel-de-Ville", "4 PM", "Centre 1", "Patrouille pédestre, 2 agents armés"],
                   ["PC de commandement", "Chef de service + opérateur CSU", "PC Rives", "Salle du conseil, 1er étage"],
                   ["Réserve d'intervention", "2 PM + véhicule", "Alpha", "Cour de la caserne des pompiers"]]),
        ("p", "Canal radio : canal 3 (crypté) ; canal de repli : 5. Liaison avec la police nationale via l'officier présent au PC à partir de 21 h 30."),
        ("p", "Points de fragilité identifiés : la passerelle piétonne ne peut être fermée (pas de barrière) ; le cheminement de secours des pompiers passe par la rue Basse, qui doit rester libre ; aucun contrôle possible sur la berge côté camping."),
        ("p", "En cas d'attaque : consigne « Rives rouge » diffusée sur le canal 3, déclenchement des sirènes du parc, évacuation par l'avenue de Verdun, point de regroupement au gymnase Coubertin."),
        ("p", "Fin de dispositif : 1 h 30 après le dernier tir."),
    ],
    "s041_registre_police.docx": [
        ("title", "POLICE MUNICIPALE — REGISTRE DES HABILITATIONS — LOCAL DE STOCKAGE DES ARMES"),
        ("p", "Mise à jour après l'installation du lecteur d'empreintes du 6 mars"),
        ("p", "Conformément à l'arrêté préfectoral autorisant l'armement des agents et à la convention de coordination, l'accès au coffre-fort des armes est réservé aux agents nominativement habilités. Depuis le 6 mars, l'ouverture de la porte du local requiert le badge et la reconnaissance de l'empreinte digitale."),
        ("table", [["Agent", "Grade", "Doigts enrôlés", "Identifiant gabarit", "Habilitation"],
                   ["Franck Lemaire", "Chef de service", "Index D + majeur D", "EMP-0012", "Ouverture coffre + armement"],
                   ["Sabrina Colin", "Brigadier-chef principal", "Index D + index G", "EMP-0013", "Ouverture coffre + armement"],
                   ["Alexis Pottier", "Gardien-brigadier", "Index G + pouce G (index D non exploitable, cicatrice)", "EMP-0014", "Armement"],
                   ["Mélanie Roux", "Brigadier", "Index D + majeur D", "EMP-0015", "Armement"]]),
        ("p", "Les gabarits sont stockés sur la centrale du lecteur, non reliée au réseau de la mairie. Les empreintes brutes ne sont pas conservées. Le fournisseur intervient sur site pour la maintenance sous la surveillance du chef de service."),
        ("p", "En cas de panne du lecteur, l'ouverture se fait avec la clé de secours conservée au coffre du DGS et le code de l'armoire : 2 9 4 7."),
        ("p", "Rappel : toute sortie et tout retour d'arme sont consignés sur le registre papier coté et paraphé."),
    ],
    "s051_rapport_petite_enfance.docx": [
        ("title", "DIRECTION PETITE ENFANCE — RAPPORT ANNUEL 2023"),
        ("p", "Document présenté à la commission « famille et éducation » — version non expurgée"),
        ("h", "1. L'offre d'accueil"),
        ("p", "La ville gère quatre établissements d'accueil du jeune enfant (196 places) et un relais petite enfance qui accompagne 143 assistantes maternelles. La commission d'attribution a examiné 412 demandes pour 138 places libérées, soit un taux de satisfaction de 33 %."),
        ("table", [["Établissement", "Places", "Taux d'occupation", "Enfants accueillis"],
                   ["Les Lucioles", "60", "81 %", "94"],
                   ["Pomme d'Api", "48", "77 %", "71"],
                   ["Les Petits Loups", "48", "79 %", "69"],
                   ["Crèche familiale", "40", "88 %", "52"]]),
        ("h", "2. Qualité d'accueil"),
        ("p", "Le projet « bien manger dès le berceau » a permis de passer à 40 % de produits bio. Les équipes ont été formées aux violences éducatives ordinaires."),
        ("h", "3. Ressources humaines"),
        ("p", "Taux d'absentéisme : 9,8 %. Postes vacants d'auxiliaire de puériculture : 4 en moyenne sur l'année, compensés par l'intérim."),
        ("p", "La direction de Pomme d'Api a été assurée par intérim de septembre à décembre. La directrice, Mme Valérie Carpentier, a fait l'objet d'une exclusion temporaire de fonctions de quinze jours, prononcée après avis du conseil de discipline, pour avoir à plusieurs reprises laissé la structure fonctionner sous le taux d'encadrement réglementaire sans en informer la direction et avoir modifié les feuilles de présence. Elle a été réaffectée au relais petite enfance à son retour ; l'intéressée conteste la sanction devant le tribunal administratif."),
        ("h", "4. Perspectives"),
        ("p", "Ouverture d'une micro-crèche municipale de 12 places en 2025 ; révision du règlement de fonctionnement ; démarche d'amélioration de la qualité de vie au travail."),
    ],
    "s057_catalogue_formations_annexe.docx": [
        ("title", "CATALOGUE DES FORMATIONS 2024 — PRÉVENTION ET SÉCURITÉ"),
        ("p", "Annexe 2 : offre technique et financière détaillée du prestataire retenu (Préventia Formation SARL) — pièce du marché, non communicable"),
        ("p", "Le catalogue présenté aux agents (annexe 1) reprend les intitulés et les dates. La présente annexe, réservée au service formation et à la commande publique, détaille la décomposition du prix transmise par le prestataire à l'appui de son offre."),
        ("table", [["Module", "Prix jour HT facturé", "Dont coût formateur", "Dont supports et frais", "Marge déclarée"],
                   ["SST initial (2 jours)", "980 €", "520 € (formateur salarié)", "60 €", "41 %"],
                   ["Habilitation électrique B0/H0V", "1 050 €", "610 € (sous-traitant agréé)", "90 €", "33 %"],
                   ["Manipulation des extincteurs", "720 €", "380 €", "140 € (bac à feu)", "28 %"],
                   ["Travail en hauteur", "1 190 €", "650 €", "120 €", "35 %"]]),
        ("p", "Le prestataire précise que ses prix reposent sur une méthode pédagogique propre (mises en situation filmées avec son logiciel d'analyse, licence interne) et sur un accord de sous-traitance exclusif pour l'habilitation électrique, qu'il demande de ne pas révéler à ses concurrents. Remise de 12 % accordée au-delà de 20 jours de formation commandés dans l'année."),
        ("p", "Calendrier prévisionnel : 26 jours de formation répartis de février à novembre, soit un montant estimé de 24 300 € HT."),
    ],
    "s059_bilan_centre_loisirs.docx": [
        ("title", "ACCUEIL DE LOISIRS DU MERCREDI — BILAN DE L'ANNÉE SCOLAIRE"),
        ("p", "Document à l'attention de la coordinatrice enfance — préparation du bilan CAF"),
        ("h", "Fréquentation"),
        ("table", [["Période", "Inscrits", "Présence moyenne"],
                   ["Septembre – décembre", "112", "84"],
                   ["Janvier – mars", "118", "91"],
                   ["Avril – juin", "109", "80"]]),
        ("h", "Projets"),
        ("p", "Jardin partagé avec l'EHPAD, cycle cirque avec l'école des arts du cirque, sortie au zoo de Beauval en juin. Le partenariat avec la ludothèque a été reconduit."),
        ("h", "Situations individuelles à signaler à la coordinatrice"),
        ("p", "Les deux enfants Morin (Lilou, 7 ans, et Sacha, 9 ans) ne sont plus accompagnés par leurs parents depuis février : c'est une assistante familiale de Champigny qui les dépose et les reprend, et l'éducatrice du service départemental nous a demandé de ne remettre les enfants à personne d'autre et de ne pas communiquer leurs horaires au père. Les visites avec la mère ont lieu en présence d'un tiers, le samedi, ailleurs. Sacha a demandé à l'animatrice s'il « rentrerait à la maison pour l'été » ; nous avons transmis à l'éducatrice."),
        ("p", "Un autre enfant du groupe des 6-8 ans arrive régulièrement sans goûter ; l'équipe a prévu un panier collectif discret."),
        ("h", "Équipe"),
        ("p", "1 directrice BPJEPS, 9 animateurs dont 6 BAFA. Taux d'encadrement respecté toute l'année."),
    ],
})

# ---------------------------------------------------------------------------
# Sovereign .html
# ---------------------------------------------------------------------------
HTML.update({
    "s004_actualite_comite_fetes.html": ("Comité des fêtes : une nouvelle équipe pour la fête de la Saint-Jean", """
<article>
<p class="statut">Brouillon — non publié — auteur : service communication</p>
<h1>Comité des fêtes : une nouvelle équipe pour la Saint-Jean</h1>
<p class="date">Actualités — Vie associative</p>
<p>Le comité des fêtes a tenu une assemblée générale extraordinaire le 12 avril à la salle polyvalente. Une nouvelle présidente, Mme Josiane Bréhaut, a été élue à l'unanimité des 46 membres présents, entourée d'un bureau renouvelé aux deux tiers.</p>
<p>Ce renouvellement fait suite au départ de l'ancien trésorier, M. Dominique Allard. Pour mémoire, l'association avait découvert l'an dernier des écarts importants dans ses comptes et avait déposé plainte. Selon nos informations, M. Allard a été condamné le 9 avril par le tribunal correctionnel de Saint-Brieuc à huit mois d'emprisonnement avec sursis et au remboursement de 23 400 € pour abus de confiance. Le jugement n'a pas encore été signifié et son avocat envisage de faire appel ; aucun article n'est paru dans la presse.</p>
<p>La municipalité, qui verse au comité une subvention annuelle de 6 500 €, a maintenu son soutien. « Les bénévoles ne doivent pas payer pour les fautes d'un seul », souligne l'adjoint à la vie associative.</p>
<h2>Le programme de la Saint-Jean</h2>
<ul>
<li>Samedi 22 juin : vide-greniers à partir de 7 h, concours de pétanque à 14 h ;</li>
<li>repas moules-frites à 19 h 30 (réservation en mairie, 15 €) ;</li>
<li>grand feu de la Saint-Jean à 23 h sur le terrain des sports.</li>
</ul>
<p>Le comité recherche des bénévoles pour l'installation des stands le vendredi soir.</p>
</article>
"""),
    "s009_faq_titre_sejour.html": ("Questions fréquentes : titres de séjour — Point d'accès au droit", """
<header><p>Point d'accès au droit de Saint-Denis — Espace usagers</p></header>
<main>
<h1>Titres de séjour : vos questions, nos réponses</h1>
<h2>Je suis en France depuis plusieurs années avec des cartes temporaires. Puis-je demander une carte de résident ?</h2>
<p>La carte de résident (10 ans) peut être demandée après cinq ans de séjour régulier, sous conditions de ressources stables, de logement et d'intégration (niveau de français A2). Certaines catégories y ont droit plus rapidement (conjoints de Français après trois ans de mariage, parents d'enfant français, réfugiés).</p>
<h2>Mon récépissé a expiré avant la décision. Que faire ?</h2>
<p>Sur l'ANEF, votre attestation de prolongation d'instruction est normalement renouvelée automatiquement. En cas de rupture, conservez toutes les preuves de dépôt et contactez le point d'accès au droit.</p>
<h2>Un exemple de parcours</h2>
<p>Pour vous montrer que les démarches aboutissent, voici l'histoire de Mme Mariam Touré, qui fréquente nos permanences depuis 2013 et vit avec ses deux enfants au 18 rue Gabriel-Péri. Arrivée de Bamako en 2011, elle a d'abord été déboutée de sa demande d'asile, puis a vécu deux ans sans papiers en travaillant comme aide ménagère. Régularisée par le travail en 2014, elle a enchaîné ensuite les récépissés et les cartes d'un an, parfois avec six mois de retard, au point de perdre deux emplois. Elle a obtenu sa carte de résident en mars dernier, après dix ans de récépissés. Elle prépare maintenant sa demande de naturalisation.</p>
<h2>Où être accompagné ?</h2>
<ul>
<li>Permanences juridiques : mardi et jeudi, 14 h – 17 h, sans rendez-vous ;</li>
<li>associations partenaires : Cimade, Gisti (téléphone), Secours catholique ;</li>
<li>Défenseur des droits : permanence le premier lundi du mois.</li>
</ul>
</main>
<footer><p>Page mise à jour le 3 avril. Les informations données sont générales et ne remplacent pas un conseil individuel.</p></footer>
"""),
    "s016_journees_patrimoine_eglise.html": ("Journées du patrimoine : l'église Saint-Martin ouvre son clocher", """
<article>
<h1>Journées européennes du patrimoine : montez au clocher de Saint-Martin !</h1>
<p class="date">Publié le 2 septembre — Culture et patrimoine</p>
<p>Les 21 et 22 septembre, l'église Saint-Martin, classée monument historique en 1908, ouvre exceptionnellement son clocher au public. Construit au XIIe siècle et surélevé au XVe, il abrite quatre cloches dont la plus ancienne, « Marie-Jeanne », fondue en 1624, a échappé aux réquisitions de la Révolution. Les bénévoles de l'association des Amis de Saint-Martin proposeront des visites guidées toutes les heures, de 10 h à 17 h, par groupes de douze personnes. Les enfants de moins de 10 ans ne sont pas admis dans l'escalier.</p>
<p>La nef accueillera également une exposition sur la restauration des vitraux, achevée l'an dernier grâce à la souscription de la Fondation du patrimoine, et un concert d'orgue le dimanche à 16 h. L'église reste un lieu de culte : merci de respecter le silence pendant l'office du dimanche à 10 h 30.</p>
<!-- Bloc interne — ne doit pas apparaître en ligne ; copié depuis la fiche des bénévoles -->
<div class="interne">
<h2>Consignes bénévoles (ne pas publier)</h2>
<p>Ouverture de la sacristie : clé dans la boîte à code à droite de la porte nord, code 1 9 0 8. Porte du clocher : alarme à désactiver sur le boîtier derrière le confessionnal, code 4 6 2 0 puis #. Le détecteur de la chambre des cloches n'est pas relié à la télésurveillance ; celui du trésor (armoire des pièces d'orfèvrerie, sacristie) l'est : ne jamais l'ouvrir. Réarmer l'alarme à 17 h 30 avec le même code : la gendarmerie est prévenue automatiquement en cas d'oubli après 30 minutes.</p>
</div>
<p>Informations : mairie, service culture, 05 xx xx xx xx.</p>
</article>
"""),
    "s019_critique_livre.html": ("Coup de cœur de la médiathèque : « Les Hivers de la Sambre »", """
<article>
<h1>Coup de cœur : « Les Hivers de la Sambre », de Jeanne Verhaegen</h1>
<p class="rubrique">Le billet des bibliothécaires — projet de page pour le site</p>
<p>Il y a des romans qui sentent la pluie et le charbon. Le troisième livre de Jeanne Verhaegen, paru cet automne aux éditions du Beffroi, est de ceux-là. On y suit trois générations d'une famille de verriers de la vallée de la Sambre, de la grande grève de 1936 à la fermeture de la dernière usine en 1992. Sans misérabilisme, avec une langue sobre et précise, l'autrice raconte le travail, la fierté ouvrière, l'alcool aussi, et surtout les femmes qui tiennent tout.</p>
<p>On pense parfois aux grandes sagas ouvrières, parfois à un récit oral tant les voix des personnages sont justes. Le roman a quelques longueurs dans sa partie centrale, consacrée aux années soixante, mais la dernière partie, qui raconte la fermeture, est bouleversante.</p>
<p>Nous avons tellement aimé le chapitre 7 que nous vous le proposons ici en entier, pour vous donner envie :</p>
<blockquote>
<p>« Le four s'est éteint un jeudi. Personne ne l'avait cru possible, parce qu'un four ne s'éteint pas, il meurt, et on ne meurt pas un jeudi. Lucienne était venue avec le thermos, comme chaque matin depuis trente-deux ans, et elle avait trouvé les hommes assis sur le muret, les mains posées à plat sur les cuisses, comme à l'église. Son fils ne s'était pas levé. Il avait seulement dit : c'est fini, maman, ils ont coupé le gaz à six heures. Elle avait regardé la cheminée, et pour la première fois de sa vie il n'en sortait rien. Elle avait pensé à son père, qui soufflait le verre à quatorze ans, à ses brûlures sur les avant-bras, aux bouteilles vertes qu'on alignait sur l'appui de la fenêtre le dimanche. Elle avait pensé qu'il faudrait expliquer aux petits ce que c'était, un four, et qu'ils ne comprendraient pas. Alors elle avait servi le café, un gobelet après l'autre, et les hommes l'avaient bu en silence, et quand le thermos avait été vide elle était rentrée chez elle à pied, par le chemin du canal, sans se retourner. »</p>
</blockquote>
<p>Extrait reproduit d'après l'édition originale — © Éditions du Beffroi, tous droits réservés. [Autorisation demandée à l'éditeur le 8 janvier, pas de réponse à ce jour.]</p>
<p>« Les Hivers de la Sambre », 312 pages, 21 €. Disponible en trois exemplaires à la médiathèque (cote R VER) et en livre numérique. Rencontre avec l'autrice le samedi 16 mars à 15 h.</p>
</article>
"""),
    "s027_communique_sportive.html": ("Trophée du mérite sportif — Léa Garnier à l'honneur", """
<article>
<p class="statut">Projet de communiqué — version 2 — commentaires du cabinet en rouge</p>
<h1>Trophées du sport : Léa Garnier, sportive de l'année</h1>
<p>La cérémonie des trophées du sport s'est tenue vendredi soir au théâtre municipal devant 400 personnes. Le trophée de la sportive de l'année a été remis à Léa Garnier, 27 ans, licenciée au Cercle d'escrime, médaillée de bronze au sabre par équipes aux championnats d'Europe et troisième du classement national.</p>
<p>Formée au club dès l'âge de sept ans, Léa s'entraîne aujourd'hui à l'INSEP tout en restant fidèle à son club d'origine, où elle encadre bénévolement les plus jeunes le samedi. « Ce trophée, c'est celui de tous les bénévoles qui m'ont portée », a-t-elle déclaré.</p>
<p class="commentaire">[Cabinet : ne pas écrire qu'elle vise les championnats du monde. Elle a dit au maire en aparté qu'elle renonçait à la saison : elle attend son premier enfant pour la fin septembre, elle est à quatre mois, sa fédération et son employeur ne sont pas encore au courant et elle veut l'annoncer elle-même après l'échographie de juin. On remplace par « elle prépare la suite de sa carrière ».]</p>
<p>Les autres lauréats : Mathis Colin (judo, espoir de l'année), l'équipe des moins de 15 ans du Rugby club (équipe de l'année), Gérard Pommier (bénévole de l'année, 40 ans au service du club de tennis de table).</p>
<p>Le maire a rappelé l'effort de la ville en faveur du sport : 1,1 million d'euros de subventions aux clubs cette année et la rénovation du gymnase Pierre-de-Coubertin.</p>
</article>
"""),
    "s033_gala_enfant.html": ("Gala des étoiles — merci à tous !", """
<article>
<h1>Gala des étoiles : 38 000 € récoltés pour les enfants hospitalisés</h1>
<p class="date">Projet d'article pour la lettre municipale de février</p>
<p>Samedi 20 janvier, plus de 350 personnes ont participé au « Gala des étoiles » organisé par la ville et le Lions Club au profit de l'association Sourire à l'hôpital, qui finance des animations dans le service d'oncologie pédiatrique du CHU. Dîner, spectacle de magie, vente aux enchères de maillots dédicacés : la soirée a permis de réunir 38 000 €.</p>
<p>Le moment le plus fort a été l'intervention de la petite Zoé Marchal, 8 ans, élève de CE2 à l'école des Tilleuls, venue sur scène avec ses parents. Zoé a perdu ses cheveux pendant ses blocs de chimiothérapie de l'automne et porte depuis un foulard violet qu'elle a elle-même choisi ; elle doit recevoir une greffe de moelle au printemps, son frère aîné s'étant révélé compatible. « À l'hôpital, les clowns du mercredi, c'est le meilleur moment », a-t-elle dit au micro, sous les applaudissements.</p>
<p>Merci aux 42 bénévoles, aux restaurateurs de la ville et aux entreprises mécènes.</p>
<p class="commentaire">[À vérifier : les parents ont-ils signé l'autorisation de publication ? Ils ont donné leur accord pour la soirée, pas pour l'écrit.]</p>
</article>
"""),
    "s049_mediatheque_incident.html": ("Intranet — fiche incident", """
<h1>Médiathèque Aragon — Fiche de signalement d'incident</h1>
<table>
<tr><th>Date</th><td>Mercredi 6 mars, 18 h 45</td></tr>
<tr><th>Rédacteur</th><td>Pascal Hébert, assistant de conservation</td></tr>
<tr><th>Type</th><td>Mineur non accompagné à la fermeture</td></tr>
</table>
<h2>Récit</h2>
<p>À la fermeture, un enfant était encore dans l'espace jeunesse : Noah Besson, 9 ans, qui vient tous les mercredis dès 13 h 30 et reste jusqu'à la fermeture. Personne n'est venu le chercher. Il nous a dit que sa mère « travaille loin » et que son beau-père « dort l'après-midi » et qu'il ne faut pas le réveiller. Il n'avait pas mangé depuis le matin ; il a de nouveau un bleu sur l'avant-bras, comme en janvier, et a changé de sujet quand ma collègue lui a demandé ce qui s'était passé. Nous avons appelé la mère à 19 h 10, qui est arrivée à 19 h 50.</p>
<h2>Suites</h2>
<p>Après échange avec la directrice, une information préoccupante a été transmise le 7 mars à la cellule départementale (CRIP). Nous avons reçu le 14 mars un appel de la travailleuse sociale chargée de l'évaluation. Consigne : accueillir Noah normalement, noter les heures d'arrivée et de départ, ne rien dire à la famille.</p>
<p class="confidentiel">Fiche à ne pas diffuser au-delà de la direction.</p>
"""),
    "s053_communique_trophee_foot.html": ("Un trophée pour Moussa", """
<article>
<h1>Moussa Keita, élu bénévole de l'année par le district de football</h1>
<p class="date">Brouillon pour la page Facebook de la ville — à valider</p>
<p>Chaque samedi depuis trois saisons, il est le premier arrivé au stade des Peupliers et le dernier reparti. Moussa Keita, 24 ans, entraîne bénévolement les U11 de l'Entente sportive et s'occupe de la buvette. Le district de football vient de lui décerner le trophée du bénévole de l'année.</p>
<p>« Le foot m'a aidé à m'accrocher quand je suis arrivé ici », confie-t-il. Arrivé seul à seize ans, pris en charge par l'aide sociale à l'enfance, il a obtenu un CAP de cuisine. Depuis ses dix-huit ans, il vit suspendu à la décision de la préfecture : sa demande de titre de séjour a été refusée en octobre avec une obligation de quitter le territoire, et son recours est pendant devant le tribunal administratif. Son patron, le restaurant Le Relais, a dû interrompre son contrat en attendant.</p>
<p>Les parents des joueurs ont lancé une pétition de soutien, qui a recueilli 1 300 signatures.</p>
<p class="commentaire">[Avis du service juridique : on ne peut pas parler de l'OQTF ni du recours, ni même laisser entendre sa situation. Garder seulement le trophée.]</p>
</article>
"""),
})

# ---------------------------------------------------------------------------
# Public .docx
# ---------------------------------------------------------------------------
DOCX.update({
    "p001_rapport_ccas.docx": [
        ("title", "CENTRE COMMUNAL D'ACTION SOCIALE DE VIERZON — RAPPORT D'ACTIVITÉ 2023"),
        ("p", "Rapport présenté au conseil d'administration du CCAS le 21 mars 2024 par la vice-présidente, Mme Hélène Ducros, adjointe au maire chargée des solidarités."),
        ("h", "Le mot de la vice-présidente"),
        ("p", "L'année 2023 a confirmé une tendance que les équipes du CCAS observent depuis la crise sanitaire : les demandes d'aide augmentent, et elles viennent de publics nouveaux. Aux personnes seules de longue date au RSA s'ajoutent désormais des salariés modestes, des retraités, des familles monoparentales confrontées à la hausse des prix de l'énergie et de l'alimentation. Face à cette situation, le conseil d'administration a choisi d'augmenter de 18 % le budget des aides facultatives et de simplifier les conditions d'accès. Je remercie les agents du CCAS, les associations partenaires et les bénévoles pour leur engagement."),
        ("h", "1. L'accueil et l'accompagnement social"),
        ("p", "L'accueil du CCAS a reçu 11 240 visites et 18 600 appels. Les travailleurs sociaux ont accompagné 1 146 ménages, dont 412 bénéficiaires du RSA sans enfant, dans le cadre de la convention avec le Département. Le premier motif de sollicitation est budgétaire (38 %), devant le logement (24 %), l'accès aux droits (19 %) et la santé (9 %)."),
        ("table", [["Indicateur", "2022", "2023", "Évolution"],
                   ["Ménages accompagnés", "1 012", "1 146", "+13 %"],
                   ["Aides facultatives accordées", "1 508", "1 932", "+28 %"],
                   ["Montant des aides facultatives", "142 600 €", "168 300 €", "+18 %"],
                   ["Personnes domiciliées au 31/12", "318", "356", "+12 %"],
                   ["Dossiers de surendettement instruits", "64", "81", "+27 %"],
                   ["Dossiers d'aide sociale légale transmis", "288", "301", "+5 %"]]),
        ("h", "2. Les aides facultatives"),
        ("p", "Les aides alimentaires représentent 54 % des aides accordées, sous forme de chèques d'accompagnement personnalisé ou d'orientations vers l'épicerie sociale. Les aides à l'énergie ont doublé. Le CCAS a également financé 14 obsèques de personnes dépourvues de ressources, en lien avec le service funéraire de la ville, et 37 aides à la mobilité (réparation de véhicules, permis de conduire) pour des personnes reprenant un emploi."),
        ("h", "3. La lutte contre le non-recours"),
        ("p", "Le « bus des droits » a sillonné les quartiers une fois par semaine. Il a permis d'ouvrir 212 droits nouveaux (complémentaire santé solidaire, prime d'activité, chèque énergie, allocation de solidarité aux personnes âgées). Une étude menée avec l'université d'Orléans estime que près d'un tiers des ménages éligibles au RSA dans la commune ne le demandent pas."),
        ("h", "4. Les personnes âgées"),
        ("p", "Le service d'aide à domicile a accompagné 284 personnes âgées ou handicapées (62 400 heures). Le portage de repas a livré 58 000 repas. Pendant l'été, 1 020 personnes inscrites sur le registre canicule ont été appelées. Les animations de la résidence autonomie et les ateliers de prévention des chutes ont réuni 640 participants."),
        ("h", "5. Perspectives 2024"),
        ("p", "Ouverture d'un accueil social de proximité dans le quartier du Clos-du-Roy, création d'un pôle d'accompagnement budgétaire avec la Banque de France et l'UDAF, renforcement de la domiciliation et mise en place d'un référent unique pour les personnes sans domicile."),
    ],
    "p004_rapport_mediatheque.docx": [
        ("title", "RÉSEAU DES MÉDIATHÈQUES DE L'AGGLOMÉRATION — RAPPORT ANNUEL 2023"),
        ("h", "Introduction"),
        ("p", "Le réseau compte cinq établissements (la médiathèque centrale et quatre annexes de quartier) et un bibliobus qui dessert dix-sept communes rurales. Il emploie 58 agents. Les bibliothèques sont gratuites pour tous les habitants de l'agglomération depuis 2021."),
        ("h", "1. Fréquentation et usages"),
        ("table", [["Indicateur", "2023", "Évolution"],
                   ["Entrées", "412 000", "+8 %"],
                   ["Inscrits actifs", "24 600", "+5 %"],
                   ["Prêts", "862 000", "+3 %"],
                   ["Prêts numériques", "41 200", "+22 %"],
                   ["Participants aux animations", "38 900", "+14 %"]]),
        ("p", "Les usages évoluent : les salles de travail sont saturées pendant les périodes d'examens, les postes informatiques sont très sollicités pour les démarches administratives, et la médiathèque centrale est devenue un lieu de vie pour de nombreuses personnes isolées ou sans domicile, qui y trouvent chaleur, sanitaires et accès à internet. Les agents ont été formés à l'accueil de ces publics, en lien avec l'équipe de maraude du CCAS."),
        ("h", "2. Collections"),
        ("p", "Le budget d'acquisition s'élève à 286 000 €. Les fonds « Facile à lire » et en langues étrangères (arabe, turc, ukrainien, tamoul, roumain) ont été renforcés. Un fonds documentaire « santé » a été constitué avec le réseau de santé mentale : ouvrages accessibles sur la dépression, l'anxiété, les addictions, l'autisme, la maladie d'Alzheimer, le deuil."),
        ("h", "3. Action culturelle et éducative"),
        ("p", "Temps forts : le festival « Bulles en Seine » (7 200 visiteurs), le mois des fiertés avec une exposition sur l'histoire des luttes LGBT et une rencontre avec un romancier, la semaine de la laïcité, et le cycle « Mémoires d'exil » avec des témoignages de réfugiés espagnols, vietnamiens et syriens accueillis dans l'agglomération au fil du siècle. Le service éducatif a accueilli 1 240 classes."),
        ("h", "4. Inclusion"),
        ("p", "Le service de portage à domicile dessert 186 lecteurs empêchés. Des lectures sont organisées à l'EHPAD, au service pédiatrique de l'hôpital et à la maison d'arrêt, où un bibliothécaire anime chaque semaine un atelier avec les personnes détenues. Les collections adaptées (livres audio, DAISY, grands caractères) ont été enrichies."),
        ("h", "5. Ressources humaines"),
        ("p", "L'année a été marquée par un nombre élevé d'absences pour raisons de santé et par deux départs en retraite non remplacés avant l'automne, ce qui a conduit à réduire temporairement les horaires de deux annexes en février et mars. Un plan de prévention des risques professionnels, centré sur les incivilités et le port de charges, a été adopté."),
        ("h", "6. Perspectives"),
        ("p", "Ouverture le dimanche de la médiathèque centrale à partir de septembre, lancement d'une « bibliothèque des objets », rénovation de l'annexe des Hauts-de-Rouen."),
    ],
    "p006_rapport_ehpad_public.docx": [
        ("title", "EHPAD PUBLIC AUTONOME « LES TILLEULS » — RAPPORT D'ACTIVITÉ 2023"),
        ("p", "Établissement public médico-social de 112 lits d'hébergement permanent, dont une unité de vie protégée de 14 places pour les personnes atteintes de la maladie d'Alzheimer ou de maladies apparentées, 4 places d'hébergement temporaire et un accueil de jour de 10 places."),
        ("h", "1. Activité"),
        ("table", [["Indicateur", "2022", "2023"],
                   ["Taux d'occupation hébergement permanent", "96,4 %", "98,1 %"],
                   ["Âge moyen des résidents", "87,2 ans", "87,9 ans"],
                   ["GIR moyen pondéré (GMP)", "742", "768"],
                   ["Pathos moyen pondéré (PMP)", "224", "238"],
                   ["Entrées", "34", "31"],
                   ["Décès", "29", "27"],
                   ["Hospitalisations non programmées", "58", "46"]]),
        ("p", "L'augmentation du GMP et du PMP traduit l'entrée de résidents de plus en plus dépendants et atteints de polypathologies. 62 % des résidents présentent des troubles cognitifs. La durée moyenne de séjour est de 2 ans et 7 mois."),
        ("h", "2. Soins et accompagnement"),
        ("p", "Le Dr Pascal Renaud, médecin coordonnateur, a poursuivi le travail sur la réduction des prescriptions de psychotropes, en lien avec les médecins traitants et le pharmacien d'officine : le nombre moyen de psychotropes par résident est passé de 2,1 à 1,6. La convention avec l'équipe mobile de soins palliatifs a permis d'accompagner la fin de vie de 19 résidents dans l'établissement, conformément à leurs souhaits, et la télémédecine a évité 22 déplacements aux urgences. L'infirmière en pratique avancée a été recrutée en septembre."),
        ("p", "La prévention des chutes, de la dénutrition et des escarres fait l'objet d'indicateurs suivis en commission de coordination gériatrique. Le nombre de chutes avec conséquence a diminué de 18 %."),
        ("h", "3. Vie sociale"),
        ("p", "Le conseil de la vie sociale s'est réuni quatre fois. Les animations ont été diversifiées : médiation animale, jardin thérapeutique, chorale, ateliers numériques pour garder le lien avec les familles. Les résidents qui le souhaitent peuvent recevoir la visite des représentants de leur culte ; une messe est célébrée chaque mois dans la salle polyvalente."),
        ("h", "4. Ressources humaines"),
        ("p", "L'établissement emploie 86 ETP. Le taux d'absentéisme s'est élevé à 11,2 %, en légère baisse ; le recours à l'intérim a été réduit de moitié grâce à la constitution d'un pool de remplacement. 41 agents ont bénéficié d'une formation, dont 12 à l'accompagnement de la fin de vie."),
        ("h", "5. Finances et investissements"),
        ("p", "Le compte administratif présente un déficit de 84 000 € sur la section hébergement, lié au coût de l'énergie. Le prix de journée hébergement est fixé à 66,20 € au 1er janvier 2024. Le projet de restructuration de l'aile nord (chambres individuelles, salles de bains adaptées) a reçu le soutien de l'ARS et du Département."),
    ],
    "p020_telethon_programme.docx": [
        ("title", "TÉLÉTHON 2023 — PROGRAMME DES ANIMATIONS"),
        ("p", "Les 8 et 9 décembre, les associations de la commune se mobilisent au profit de l'AFM-Téléthon, qui finance la recherche sur les maladies génétiques rares et l'accompagnement des familles."),
        ("table", [["Horaire", "Animation", "Lieu"],
                   ["Vendredi 19 h", "Soirée dansante et repas tartiflette", "Salle des fêtes"],
                   ["Samedi 9 h", "Randonnée de 10 km et marche de 5 km", "Départ place de l'Église"],
                   ["Samedi 10 h – 17 h", "Vente de crêpes, tombola, stand des pompiers", "Place de la Mairie"],
                   ["Samedi 14 h", "Défi natation relais", "Piscine intercommunale"],
                   ["Samedi 18 h", "Lâcher de lanternes et annonce du montant", "Parc municipal"]]),
        ("p", "Les bénévoles de toutes les associations sont les bienvenus pour tenir les stands. Une urne sera également placée à l'accueil de la mairie pendant toute la semaine."),
        ("p", "L'an dernier, 7 460 € avaient été collectés dans la commune. Les dons sont également possibles au 3637."),
    ],
})
DOCX.update({
    "p022_guide_rsa_droits_devoirs.docx": [
        ("title", "GUIDE DE L'ALLOCATAIRE DU RSA — VOS DROITS, VOS ENGAGEMENTS"),
        ("p", "Département de la Seine-Maritime — édition 2024"),
        ("h", "Bienvenue"),
        ("p", "Vous percevez le revenu de solidarité active. Ce guide vous explique comment se déroule votre accompagnement, quels sont vos droits et vos engagements, et vers qui vous tourner. Le RSA n'est pas seulement une allocation : c'est un droit à être accompagné vers l'emploi, la formation ou la résolution des difficultés qui vous en éloignent (santé, logement, garde d'enfants, mobilité)."),
        ("h", "1. Votre orientation"),
        ("p", "Dans les semaines qui suivent l'ouverture de votre droit, vous êtes convoqué à un entretien d'orientation. Selon votre situation, vous êtes orienté vers un parcours professionnel (accompagnement par France Travail), socio-professionnel (par un conseiller d'insertion du Département ou d'une structure partenaire) ou social (par un travailleur social), si des difficultés importantes doivent d'abord être réglées."),
        ("h", "2. Votre contrat d'engagement"),
        ("p", "Avec votre référent, vous construisez un contrat d'engagement qui fixe des objectifs réalistes et des actions : recherche d'emploi, formation, stage, démarches de soins, recherche de logement, création d'activité. Depuis 2025, ce contrat prévoit en principe quinze heures d'activités par semaine, dont la durée peut être réduite en fonction de votre situation personnelle, notamment si vous avez des problèmes de santé, un handicap ou des enfants en bas âge sans solution de garde."),
        ("table", [["Exemples d'activités", "Qui vous accompagne ?"],
                   ["Ateliers de recherche d'emploi, immersions en entreprise", "France Travail, missions locales"],
                   ["Remise à niveau, français langue étrangère", "Organismes de formation, associations"],
                   ["Bilan de santé, démarches MDPH", "Centres d'examens de santé, travailleurs sociaux"],
                   ["Permis de conduire, location de scooter", "Plateformes mobilité"],
                   ["Bénévolat, chantiers d'insertion", "Associations, structures d'insertion"]]),
        ("h", "3. Vos droits"),
        ("p", "Outre l'allocation, vous pouvez bénéficier de la complémentaire santé solidaire sans participation, de tarifs réduits dans les transports, de la tarification sociale de l'énergie et de l'eau, d'aides financières individuelles pour lever des freins à l'emploi (frais de garde, équipement professionnel), de l'aide d'un conseiller budgétaire. Vous avez droit à un référent unique, que vous pouvez solliciter à tout moment."),
        ("h", "4. Vos engagements"),
        ("p", "Vous devez déclarer chaque trimestre vos ressources à la CAF, signaler tout changement de situation, participer aux rendez-vous avec votre référent et réaliser les actions prévues à votre contrat. En cas de difficulté, prévenez votre référent : une absence justifiée n'entraîne aucune sanction."),
        ("h", "5. En cas de manquement"),
        ("p", "Si vous ne respectez pas vos engagements sans motif légitime, le Département peut, après vous avoir invité à vous expliquer, suspendre tout ou partie de votre allocation. La mesure prend fin dès que vous reprenez vos engagements, et les sommes peuvent alors vous être reversées. Vous pouvez être entendu par l'équipe pluridisciplinaire, accompagné de la personne de votre choix."),
        ("h", "6. Contester une décision"),
        ("p", "Toute décision peut faire l'objet d'un recours administratif auprès du président du Département dans un délai de deux mois, puis d'un recours devant le tribunal administratif. Le Défenseur des droits peut aussi être saisi gratuitement."),
        ("h", "Contacts utiles"),
        ("p", "CAF : 3230. France Travail : 3949. Centres médico-sociaux du Département : liste sur le site internet. Numéro vert RSA : 0 800 xx xx xx."),
    ],
    "p026_guide_funerailles_concessions.docx": [
        ("title", "VILLE DE QUIMPER — GUIDE PRATIQUE DES OBSÈQUES ET DES CIMETIÈRES"),
        ("p", "Perdre un proche est une épreuve. Ce guide a pour objet de vous aider dans les démarches à accomplir dans les jours qui suivent un décès, et de vous informer sur le fonctionnement des cimetières communaux. Les agents du service funéraire sont à votre disposition pour vous accompagner."),
        ("h", "1. Les premières démarches"),
        ("p", "Le décès doit être constaté par un médecin, qui établit le certificat de décès. La déclaration de décès est faite à la mairie du lieu du décès dans les 24 heures (hors week-ends et jours fériés) ; le plus souvent, l'opérateur funéraire s'en charge. Si le décès survient à l'hôpital ou en EHPAD, l'établissement effectue la déclaration. La mairie délivre gratuitement les copies de l'acte de décès."),
        ("p", "Il appartient à la famille de choisir librement l'opérateur funéraire, parmi les entreprises habilitées par la préfecture, et de demander plusieurs devis, établis selon un modèle normalisé. Les obsèques doivent avoir lieu entre 24 heures et six jours ouvrables après le décès, sauf dérogation du préfet."),
        ("h", "2. Inhumation ou crémation ?"),
        ("p", "L'inhumation a lieu dans le cimetière de la commune du décès, de la résidence du défunt, ou d'une commune où la famille dispose d'une sépulture. En cas de crémation, les cendres peuvent être inhumées dans une sépulture, déposées dans une case de columbarium, scellées sur un monument ou dispersées au jardin du souvenir ou en pleine nature, mais jamais conservées au domicile. La volonté du défunt doit être respectée ; à défaut, c'est la personne qui a qualité pour pourvoir aux funérailles qui décide."),
        ("h", "3. Les concessions"),
        ("table", [["Type de concession", "Durée", "Tarif 2024"],
                   ["Terrain commun (sans concession)", "5 ans", "Gratuit"],
                   ["Concession temporaire", "15 ans", "210 €"],
                   ["Concession trentenaire", "30 ans", "480 €"],
                   ["Concession cinquantenaire", "50 ans", "890 €"],
                   ["Case de columbarium", "15 ou 30 ans", "420 € / 760 €"],
                   ["Cavurne", "30 ans", "390 €"]]),
        ("p", "La concession est renouvelable à son échéance par les ayants droit, pendant deux ans. À défaut, la commune peut reprendre le terrain. Une concession qui a plus de trente ans et dans laquelle aucune inhumation n'a été effectuée depuis dix ans peut faire l'objet d'une procédure de reprise pour état d'abandon, après constats et affichages pendant trois ans."),
        ("h", "4. Les carrés confessionnels"),
        ("p", "Le cimetière de Kerfeunteun comporte un espace réservé aux défunts de confession musulmane et un espace aux défunts de confession israélite, aménagés à la demande des familles, dans le respect de la neutralité du cimetière. Les inhumations y sont possibles sur demande de la famille. Les monuments respectent le règlement général des cimetières."),
        ("h", "5. Et si la famille n'a pas les moyens ?"),
        ("p", "Les frais d'obsèques peuvent être prélevés sur le compte bancaire du défunt, dans la limite de 5 910 €. Certaines caisses de retraite, mutuelles et la sécurité sociale versent un capital décès. Lorsque le défunt est dépourvu de ressources suffisantes et qu'aucun proche ne peut prendre en charge les obsèques, la commune assure gratuitement un service minimum. Le CCAS peut également apporter une aide ponctuelle aux familles en difficulté."),
        ("h", "6. Après les obsèques"),
        ("p", "Dans les semaines qui suivent, plusieurs organismes doivent être prévenus : banques, caisses de retraite, assurance maladie, employeur ou France Travail, bailleur, fournisseurs d'énergie. Le service public propose un service en ligne permettant de déclarer le décès à plusieurs organismes en une seule fois. Le notaire doit être consulté si le défunt possédait un bien immobilier ou si la succession dépasse 5 000 €. Le CCAS et les associations d'accompagnement du deuil proposent des groupes d'entraide ouverts à tous, gratuitement."),
        ("h", "7. Horaires et règlement"),
        ("p", "Les cimetières sont ouverts tous les jours de 8 h à 18 h (19 h en été). Les travaux sur les sépultures doivent être déclarés au service. Renseignements : service funéraire, hôtel de ville, 02 98 xx xx xx."),
    ],
    "p030_appel_projets_politique_ville.docx": [
        ("title", "CONTRAT DE VILLE « ENGAGEMENTS QUARTIERS 2030 » — APPEL À PROJETS 2024"),
        ("p", "Communauté urbaine d'Arras et État (préfecture du Pas-de-Calais)"),
        ("h", "1. Contexte"),
        ("p", "Le contrat de ville concerne les quatre quartiers prioritaires de la politique de la ville de l'agglomération, qui regroupent 14 800 habitants. Le taux de pauvreté y atteint 44 %, contre 15 % dans le reste de l'agglomération ; 38 % des ménages sont des familles monoparentales ; un jeune de moins de 25 ans sur trois n'est ni en emploi, ni en formation. Les habitants y déclarent un état de santé moins bon, un renoncement aux soins plus fréquent et un sentiment d'insécurité plus élevé."),
        ("h", "2. Priorités de l'appel à projets"),
        ("table", [["Axe", "Exemples d'actions attendues"],
                   ["Éducation et réussite", "Accompagnement scolaire, soutien à la parentalité, lutte contre le décrochage, accès à la culture"],
                   ["Emploi et insertion", "Remobilisation des jeunes, levée des freins (garde d'enfants, mobilité), apprentissage du français à visée professionnelle"],
                   ["Santé", "Prévention, accès aux droits de santé, santé mentale, nutrition et activité physique"],
                   ["Tranquillité et prévention", "Médiation sociale, prévention de la délinquance, aide aux victimes"],
                   ["Citoyenneté et lutte contre les discriminations", "Égalité femmes-hommes, lutte contre le racisme et l'antisémitisme, accès aux droits des personnes étrangères"],
                   ["Cadre de vie", "Gestion urbaine de proximité, jardins partagés, transition écologique"]]),
        ("h", "3. Critères d'éligibilité"),
        ("p", "Les actions doivent bénéficier principalement aux habitants des quartiers prioritaires. Les porteurs peuvent être des associations, des établissements publics ou des collectivités. Les projets associant les habitants à leur conception, notamment via les conseils citoyens, sont encouragés. Les actions doivent respecter les principes de laïcité et de neutralité ; les associations cultuelles ne sont pas éligibles pour leurs activités cultuelles."),
        ("h", "4. Financement"),
        ("p", "Enveloppe État : 620 000 € ; enveloppe communauté urbaine : 410 000 € ; communes : selon leurs dispositifs. Le cofinancement est exigé. Les subventions pluriannuelles sont possibles pour les actions structurantes (conventions de trois ans)."),
        ("h", "5. Calendrier et dépôt"),
        ("p", "Dépôt des dossiers sur la plateforme Dauphin avant le 31 janvier. Comité de pilotage en mars. Les porteurs doivent transmettre un bilan qualitatif et quantitatif de l'action précédente, sans données nominatives sur les bénéficiaires."),
        ("h", "6. Accompagnement des porteurs"),
        ("p", "Une attention particulière sera portée aux projets qui touchent les publics les plus éloignés des institutions — jeunes sans activité, femmes isolées, personnes âgées immigrées — et à ceux qui mobilisent les habitants comme bénévoles ou comme acteurs du projet. Les porteurs sont invités à décrire les modalités d'évaluation dès le dépôt."),
        ("p", "Des permanences d'aide au montage de dossier sont organisées chaque mardi en décembre et janvier à la maison des services publics. Contact : équipe politique de la ville, 03 21 xx xx xx."),
    ],
})
DOCX.update({
    "p034_rapport_asso_soins_palliatifs.docx": [
        ("title", "ASSOCIATION « ÊTRE LÀ » — ACCOMPAGNEMENT BÉNÉVOLE EN SOINS PALLIATIFS"),
        ("p", "Rapport annuel 2023 présenté à l'assemblée générale du 13 avril"),
        ("h", "Éditorial du président"),
        ("p", "Il y a quinze ans, notre association signait sa première convention avec l'unité de soins palliatifs du centre hospitalier. Nous étions huit. Nous sommes aujourd'hui quarante-six bénévoles, formés, supervisés, présents chaque semaine à l'hôpital, dans quatre EHPAD et, depuis cette année, au domicile des personnes suivies par l'équipe mobile. Notre mission n'a pas changé : offrir une présence, une écoute, du temps, aux personnes gravement malades ou en fin de vie et à leurs proches, dans le respect de leurs convictions et en complément des soignants."),
        ("p", "Le débat national sur l'aide à mourir a traversé l'année. Notre association, fidèle à la charte de notre fédération, ne prend pas position dans ce débat politique ; elle rappelle seulement que l'accès aux soins palliatifs reste très inégal, et qu'un quart des départements ne disposent toujours pas d'unité de soins palliatifs. Je remercie nos bénévoles, nos partenaires soignants et nos financeurs."),
        ("p", "Jean-Pierre Laval, président"),
        ("h", "1. L'accompagnement en chiffres"),
        ("table", [["Lieu", "Bénévoles", "Heures de présence", "Personnes accompagnées"],
                   ["Unité de soins palliatifs du CH", "18", "2 860", "412"],
                   ["EHPAD (4 établissements)", "16", "1 940", "238"],
                   ["Domicile (avec l'équipe mobile)", "7", "420", "31"],
                   ["Accompagnement du deuil (groupes)", "5", "310", "64 proches"]]),
        ("h", "2. Formation et soutien des bénévoles"),
        ("p", "Chaque bénévole suit une formation initiale de quarante heures, puis participe obligatoirement à un groupe de parole mensuel animé par une psychologue. En 2023, douze nouveaux bénévoles ont été formés, et des modules complémentaires ont porté sur l'accompagnement des personnes atteintes de troubles cognitifs, sur les rites et croyances face à la mort, et sur l'écoute des enfants endeuillés."),
        ("h", "3. Le deuil"),
        ("p", "Les groupes d'entraide pour personnes endeuillées, ouverts à tous, ont réuni 64 participants. Un groupe spécifique pour les parents ayant perdu un enfant a été ouvert en septembre avec l'association régionale de soins palliatifs pédiatriques."),
        ("h", "4. Sensibilisation"),
        ("p", "L'association est intervenue dans deux lycées, à l'institut de formation en soins infirmiers et lors de la journée mondiale des soins palliatifs, avec un stand d'information sur les directives anticipées et la personne de confiance. 310 personnes ont été informées."),
        ("h", "5. Finances"),
        ("p", "Budget 2023 : 21 400 €. Ressources : cotisations et dons (42 %), subventions de la ville et du Département (33 %), fédération JALMALV (15 %), autres (10 %). Les dépenses concernent principalement la formation et la supervision des bénévoles."),
        ("h", "6. Perspectives"),
        ("p", "Développer l'accompagnement à domicile en milieu rural, recruter des bénévoles plus jeunes, et ouvrir un café-deuil mensuel à la médiathèque."),
    ],
    "p039_histoire_proces_1905.docx": [
        ("title", "CAHIERS D'HISTOIRE LOCALE — N° 41"),
        ("p", "« L'affaire Lemercier » : le procès qui passionna Nantes en 1905"),
        ("p", "Par l'atelier d'histoire des archives municipales"),
        ("h", "Une disparition"),
        ("p", "Le 3 mars 1905, Adèle Lemercier, 34 ans, épouse d'un négociant en vins du quai de la Fosse, quitte son domicile vers neuf heures du matin pour se rendre, dit-elle, chez sa couturière. Elle ne reparaît pas. Huit jours plus tard, son corps est retrouvé dans la Loire, à hauteur de Chantenay. L'autopsie, pratiquée par le professeur Guillou, conclut à une mort par noyade, mais relève des ecchymoses au cou et aux bras."),
        ("h", "L'enquête"),
        ("p", "Les soupçons se portent rapidement sur le mari, Eugène Lemercier, 46 ans, dont les affaires sont en difficulté et qui a souscrit, six mois plus tôt, une assurance sur la vie de son épouse d'un montant de 40 000 francs. Des domestiques rapportent des disputes violentes. Le commissaire Bréhaut fait arrêter le négociant le 18 mars. La presse locale, Le Phare de la Loire en tête, s'empare de l'affaire, et la foule se presse chaque jour devant le palais de justice."),
        ("p", "L'instruction révèle la double vie d'Adèle Lemercier, qui entretenait une correspondance avec un officier de marine en garnison à Lorient. Les lettres, saisies au domicile, sont lues à l'audience, au grand scandale de la bonne société nantaise. La défense soutient la thèse du suicide d'une femme désespérée ; l'accusation, celle d'un crime crapuleux."),
        ("h", "Le procès"),
        ("p", "Le procès s'ouvre devant la cour d'assises de la Loire-Inférieure le 12 octobre 1905 et dure cinq jours. Me Albert Rousseau, ténor du barreau de Rennes, assure la défense. Les experts se contredisent sur l'origine des ecchymoses. Le témoignage d'un batelier, qui affirme avoir vu une femme seule sur la cale de Chantenay au petit matin du 3 mars, pèse lourd. Après trois heures de délibéré, le jury répond « non » à la question de la culpabilité : Eugène Lemercier est acquitté. Il quitte Nantes quelques mois plus tard pour Bordeaux, où il meurt en 1921."),
        ("h", "Ce que dit l'affaire"),
        ("p", "Au-delà du fait divers, l'affaire Lemercier éclaire la place de la presse dans la justice du début du XXe siècle, le rôle croissant de la médecine légale et le regard porté sur les femmes, dont la vie privée est exposée à l'audience. Elle montre aussi les limites de l'enquête : aucune recherche sérieuse ne fut menée sur l'officier de marine, qui ne fut jamais entendu."),
        ("h", "Sources"),
        ("p", "Archives départementales de Loire-Atlantique, série U (cour d'assises, dossier de procédure, 1905) ; Le Phare de la Loire et L'Espérance du peuple, mars-octobre 1905 ; registres de l'état civil de Nantes."),
        ("p", "Conférence de l'atelier d'histoire le jeudi 14 novembre à 18 h, salle des archives, entrée libre."),
    ],
    "p046_catalogue_formation_cnfpt.docx": [
        ("title", "DÉLÉGATION RÉGIONALE — CATALOGUE DE FORMATION 2024 — FILIÈRE SOCIALE ET MÉDICO-SOCIALE"),
        ("p", "Extrait : itinéraire « Accompagnement social des publics vulnérables »"),
        ("p", "Ces formations s'adressent aux travailleurs sociaux, aux agents d'accueil des CCAS et des maisons départementales des solidarités, aux conseillers en économie sociale et familiale et aux encadrants. Elles sont gratuites pour les agents des collectivités cotisantes. Inscription par l'employeur sur la plateforme."),
        ("table", [["Code", "Intitulé", "Durée", "Dates et lieu"],
                   ["SO101", "Évaluer une situation de danger pour un enfant : de l'information préoccupante à la saisine du juge", "3 jours", "12-14 février, Lille"],
                   ["SO102", "Le secret professionnel et le partage d'informations en action sociale", "2 jours", "7-8 mars, Arras"],
                   ["SO103", "Accompagner les personnes en souffrance psychique", "3 jours", "3-5 avril, Lille"],
                   ["SO104", "Violences conjugales : repérer, accueillir, orienter", "2 jours", "16-17 mai, Valenciennes"],
                   ["SO105", "Accès aux droits des personnes étrangères", "2 jours", "6-7 juin, Lille"],
                   ["SO106", "Accompagner les personnes en situation de surendettement", "2 jours", "19-20 septembre, Douai"],
                   ["SO107", "Addictions : comprendre pour mieux accompagner", "2 jours", "10-11 octobre, Lille"],
                   ["SO108", "Laïcité et fait religieux dans l'accompagnement social", "1 jour", "14 novembre, Arras"]]),
        ("h", "SO103 — Accompagner les personnes en souffrance psychique"),
        ("p", "Objectifs : connaître les principaux troubles psychiques et leurs manifestations ; distinguer souffrance psychique et maladie mentale ; adapter sa posture ; connaître le réseau de soins (secteur psychiatrique, CMP, équipes mobiles) et les mesures de soins sans consentement ; prendre soin de soi face à des situations éprouvantes. Intervenants : un psychiatre de secteur, une infirmière de l'équipe mobile psychiatrie précarité et un représentant d'une association de familles."),
        ("h", "SO105 — Accès aux droits des personnes étrangères"),
        ("p", "Objectifs : comprendre les différents titres de séjour et les droits sociaux qui y sont attachés ; connaître la procédure d'asile ; accompagner les démarches dématérialisées ; orienter vers les associations spécialisées. Intervenante : juriste spécialisée en droit des étrangers."),
        ("h", "SO108 — Laïcité et fait religieux dans l'accompagnement social"),
        ("p", "Objectifs : connaître le cadre juridique de la laïcité et de la neutralité des agents ; répondre aux demandes des usagers liées à leurs convictions ; distinguer pratique religieuse et emprise ; analyser des situations concrètes apportées par les stagiaires, préalablement anonymisées."),
        ("h", "Modalités"),
        ("p", "Les formations se déroulent en présentiel de 9 h à 17 h. Les frais de déplacement sont pris en charge selon les règles en vigueur. Les stagiaires en situation de handicap peuvent bénéficier d'aménagements en contactant le référent handicap de la délégation."),
    ],
    "p049_etude_non_recours.docx": [
        ("title", "ÉTUDE SUR LE NON-RECOURS AUX DROITS SOCIAUX — SYNTHÈSE"),
        ("p", "Réalisée pour le CCAS de Grenoble par l'Observatoire des non-recours aux droits et services (ODENORE) — 2023"),
        ("h", "Pourquoi cette étude ?"),
        ("p", "On estime en France qu'un tiers des personnes éligibles au RSA ne le perçoivent pas, et que la moitié des personnes éligibles à la complémentaire santé solidaire n'y recourent pas. Le CCAS a souhaité mesurer ce phénomène à l'échelle de la ville et en comprendre les raisons, afin d'adapter ses actions."),
        ("h", "Méthode"),
        ("p", "L'étude combine une enquête par questionnaire auprès de 620 personnes rencontrées dans les lieux d'accueil (CCAS, associations caritatives, centres sociaux, permanences de santé), 28 entretiens approfondis et l'analyse des données agrégées transmises par la CAF. Les entretiens ont été anonymisés ; les extraits cités ne permettent pas d'identifier les personnes."),
        ("h", "Résultats"),
        ("table", [["Droit", "Taux de non-recours estimé", "Principale raison invoquée"],
                   ["RSA", "32 %", "Méconnaissance, peur du contrôle"],
                   ["Complémentaire santé solidaire", "46 %", "Complexité des démarches"],
                   ["Chèque énergie (utilisation)", "21 %", "Non-réception ou perte"],
                   ["Tarification sociale des transports", "58 %", "Méconnaissance"],
                   ["Allocation de solidarité aux personnes âgées", "50 %", "Crainte de la récupération sur succession"]]),
        ("p", "Quatre formes de non-recours ont été identifiées : la non-connaissance (la personne ignore le droit), la non-demande (elle le connaît mais ne le demande pas, par honte, lassitude ou refus d'être « assistée »), la non-réception (elle l'a demandé mais ne l'a pas obtenu, en raison d'un dossier incomplet ou d'une erreur) et la non-proposition (les professionnels ne l'ont pas proposé)."),
        ("p", "Les entretiens montrent le poids de la dématérialisation : « Je n'ai pas d'ordinateur, et quand j'appelle on me dit de tout faire sur internet », explique une femme de 62 ans. Un homme d'une quarantaine d'années, ancien artisan, dit : « J'ai toujours travaillé, je ne vais pas aller mendier. » Les personnes étrangères, même en situation régulière, craignent qu'une demande d'aide ne compromette le renouvellement de leur titre de séjour. Les personnes atteintes de troubles psychiques ou d'addictions cumulent les ruptures de droits."),
        ("h", "Recommandations"),
        ("p", "Aller vers les personnes (permanences mobiles, présence dans les lieux de vie), maintenir un accueil physique et téléphonique, former les professionnels de santé et les associations à l'information sur les droits, simplifier les formulaires, développer les échanges automatiques de données entre administrations, lutter contre la stigmatisation des bénéficiaires d'aides sociales dans la communication publique."),
        ("h", "Suites"),
        ("p", "Le CCAS a créé en 2024 une équipe « accès aux droits » de trois agents, qui tient des permanences dans les marchés, les centres sociaux et les pharmacies."),
    ],
})
DOCX.update({
    "p053_interview_adjointe_handicap.docx": [
        ("title", "« L'accessibilité, ce n'est pas un supplément d'âme »"),
        ("p", "Entretien avec Martine Gaillard, adjointe au maire chargée du handicap et de l'inclusion — magazine municipal, dossier du mois"),
        ("p", "La ville vient d'adopter son premier schéma directeur de l'accessibilité universelle. Qu'est-ce que cela change ?"),
        ("p", "« Jusqu'ici, nous traitions l'accessibilité bâtiment par bâtiment, au gré des travaux et des obligations réglementaires. Le schéma fixe une vision d'ensemble, sur six ans, qui concerne tous les handicaps — moteur, visuel, auditif, mental, psychique, cognitif — et tous les domaines de la vie : la voirie, les bâtiments, les transports, l'information, la culture, le sport, l'emploi. Nous y consacrerons 1,2 million d'euros par an. »"),
        ("p", "Combien de personnes sont concernées ?"),
        ("p", "« Selon les données de la MDPH, environ 3 800 habitants de la commune ont au moins un droit ouvert au titre du handicap, soit près de 8 % de la population. Mais l'accessibilité profite à tout le monde : aux parents avec une poussette, aux personnes âgées, à quelqu'un qui a la jambe dans le plâtre. Un trottoir abaissé, une signalétique claire, un document en facile à lire et à comprendre, c'est mieux pour tous. »"),
        ("p", "Quelles sont les priorités ?"),
        ("table", [["Priorité", "Action", "Échéance"],
                   ["Écoles", "Mise en accessibilité des 6 groupes scolaires restants", "2027"],
                   ["Voirie", "Traversées sonores et bandes podotactiles sur les 40 carrefours principaux", "2026"],
                   ["Information", "Site internet conforme au référentiel d'accessibilité, documents en FALC", "2025"],
                   ["Accueil", "Boucles magnétiques et visio-interprétation en langue des signes dans les 5 accueils", "2025"],
                   ["Emploi", "Atteindre 7 % de travailleurs handicapés parmi les agents de la ville", "2026"]]),
        ("p", "Vous parlez du handicap psychique. C'est rarement cité."),
        ("p", "« C'est le grand oublié. Les personnes vivant avec des troubles psychiques ont besoin d'environnements calmes, de repères, d'une relation stable avec les services. Nous avons formé tous les agents d'accueil, et nous travaillons avec le groupe d'entraide mutuelle pour que leurs adhérents puissent participer aux activités culturelles et sportives de la ville. Une heure calme, sans musique et avec un éclairage réduit, est proposée chaque samedi matin à la médiathèque et à la piscine. »"),
        ("p", "Et l'emploi à la mairie ?"),
        ("p", "« Nous sommes à 6,1 % de travailleurs handicapés, au-dessus de la moyenne mais sous l'objectif légal. Nous recrutons des apprentis en situation de handicap, et la référente handicap accompagne les agents qui voient leur santé évoluer en cours de carrière : aménagement de poste, reclassement, temps partiel. Tout cela se fait dans la plus grande confidentialité. »"),
        ("p", "Comment les habitants peuvent-ils participer ?"),
        ("p", "« La commission communale pour l'accessibilité se réunit deux fois par an, et les associations y siègent. Chacun peut signaler un obstacle sur l'application de la ville : un trottoir encombré, un ascenseur en panne. Nous nous engageons à répondre sous quinze jours. »"),
    ],
    "p057_observatoire_delinquance.docx": [
        ("title", "OBSERVATOIRE LOCAL DE LA TRANQUILLITÉ PUBLIQUE — TABLEAU DE BORD ANNUEL"),
        ("p", "Données transmises par la direction départementale de la sécurité publique et la police municipale, agrégées à l'échelle de la commune. Aucune donnée individuelle n'est traitée."),
        ("table", [["Indicateur", "2022", "2023", "Évolution"],
                   ["Cambriolages de logements", "312", "276", "-12 %"],
                   ["Vols de véhicules", "148", "131", "-11 %"],
                   ["Violences physiques hors cadre familial", "206", "219", "+6 %"],
                   ["Violences intrafamiliales enregistrées", "244", "291", "+19 %"],
                   ["Violences sexuelles enregistrées", "58", "71", "+22 %"],
                   ["Infractions à la législation sur les stupéfiants", "187", "164", "-12 %"],
                   ["Escroqueries", "402", "468", "+16 %"],
                   ["Dégradations de biens publics", "96", "88", "-8 %"]]),
        ("p", "Lecture : la hausse des violences intrafamiliales et sexuelles enregistrées reflète en partie une meilleure libération de la parole et un meilleur accueil des victimes, comme au niveau national. Les escroqueries en ligne continuent de progresser."),
        ("p", "Ces données seront présentées au conseil local de sécurité et de prévention de la délinquance du 12 mars."),
    ],
    "p058_contrat_local_sante.docx": [
        ("title", "CONTRAT LOCAL DE SANTÉ DU PAYS DE SAINT-OMER 2024-2028 — SYNTHÈSE"),
        ("h", "Pourquoi un contrat local de santé ?"),
        ("p", "Le contrat local de santé (CLS), signé entre l'agence régionale de santé, la préfecture, le Département, la caisse primaire d'assurance maladie et les intercommunalités du Pays de Saint-Omer, coordonne les actions de santé sur le territoire pour réduire les inégalités sociales et territoriales de santé. Il s'appuie sur un diagnostic partagé réalisé en 2023 avec les professionnels et les habitants."),
        ("h", "Ce que dit le diagnostic"),
        ("p", "L'espérance de vie sur le territoire est inférieure de deux ans à la moyenne nationale pour les hommes. La mortalité par cancer, par maladies cardiovasculaires et par maladies liées à l'alcool y est nettement plus élevée. Le taux de suicide dépasse de 40 % la moyenne nationale. Les professionnels décrivent aussi une forte prévalence de l'obésité infantile, du diabète et des troubles psychiques chez les jeunes. La densité de médecins généralistes a diminué de 15 % en dix ans, et un tiers des généralistes ont plus de 60 ans."),
        ("table", [["Axe", "Objectif", "Exemples d'actions"],
                   ["1. Accès aux soins", "Attirer et maintenir des professionnels", "Maisons de santé, accueil des internes, centre de santé intercommunal"],
                   ["2. Santé mentale", "Prévenir le suicide et améliorer le parcours", "Formations sentinelles, conseil local de santé mentale, maison des adolescents"],
                   ["3. Addictions", "Réduire les consommations à risque", "Consultations jeunes consommateurs, prévention en milieu festif, soutien aux CSAPA"],
                   ["4. Prévention et dépistage", "Augmenter la participation aux dépistages des cancers", "Médiateurs santé, bus de dépistage, Octobre rose"],
                   ["5. Santé-environnement", "Réduire les expositions", "Qualité de l'air intérieur dans les écoles, lutte contre l'habitat indigne"],
                   ["6. Personnes âgées et handicap", "Favoriser le maintien à domicile", "Prévention des chutes, soutien aux aidants"]]),
        ("h", "Gouvernance"),
        ("p", "Un comité de pilotage annuel réunit les signataires. Une coordinatrice à temps plein, recrutée par le Pays, anime le contrat et les groupes de travail thématiques, où siègent des représentants des usagers."),
        ("h", "Financement"),
        ("p", "Le CLS ne dispose pas d'un budget propre : les actions sont financées par les signataires, en fonction de leurs compétences. L'ARS s'engage à hauteur de 380 000 € par an, les collectivités à hauteur de 220 000 €."),
        ("h", "Évaluation"),
        ("p", "Chaque action fait l'objet d'indicateurs de suivi, définis avec les porteurs et présentés chaque année au comité de pilotage. Une évaluation à mi-parcours sera conduite en 2026, avec un regard particulier sur la participation des habitants des quartiers prioritaires et des communes rurales. Les résultats seront rendus publics et présentés lors d'une rencontre ouverte aux habitants et aux professionnels, afin d'ajuster les priorités pour la seconde période du contrat."),
    ],
    "p067_guide_harcelement.docx": [
        ("title", "HARCÈLEMENT À L'ÉCOLE — GUIDE POUR LES PARENTS"),
        ("p", "Ville de Montreuil, direction de l'éducation, en partenariat avec la direction des services départementaux de l'Éducation nationale"),
        ("p", "Un élève sur dix est victime de harcèlement au cours de sa scolarité. Le harcèlement, c'est une violence répétée — moqueries, insultes, mise à l'écart, coups, rumeurs, messages sur les réseaux sociaux — exercée par un ou plusieurs élèves sur un autre, qui ne peut pas se défendre. Depuis 2022, c'est un délit."),
        ("table", [["Signes qui peuvent alerter", "Que faire ?"],
                   ["Refus d'aller à l'école, maux de ventre le matin", "Écouter sans minimiser, ne pas culpabiliser l'enfant"],
                   ["Affaires abîmées ou perdues, argent qui disparaît", "Prendre contact avec l'enseignant ou le CPE"],
                   ["Baisse des résultats, isolement", "Demander l'application du protocole pHARe"],
                   ["Troubles du sommeil, tristesse, propos inquiétants", "Consulter un médecin ; en cas d'urgence, le 3114"]]),
        ("p", "Numéros utiles : 3018 (cyberharcèlement et harcèlement, gratuit, anonyme), 119 (enfance en danger). Les animateurs périscolaires de la ville sont formés au repérage et peuvent aussi recueillir la parole de votre enfant."),
    ],
    "p074_guide_laicite_agents.docx": [
        ("title", "LA LAÏCITÉ AU QUOTIDIEN DANS LES SERVICES MUNICIPAUX — GUIDE À L'USAGE DES AGENTS"),
        ("p", "Direction générale des services — référent laïcité — édition mise à jour"),
        ("h", "1. Les principes"),
        ("p", "La laïcité garantit la liberté de conscience de chacun, la séparation des Églises et de l'État et l'égalité de tous devant la loi, quelles que soient leurs convictions. Elle impose aux agents publics une obligation de neutralité : dans l'exercice de leurs fonctions, ils ne peuvent manifester leurs convictions religieuses, politiques ou philosophiques, quelles qu'elles soient. Les usagers, en revanche, sont libres d'exprimer leurs convictions, dans les limites de l'ordre public et du bon fonctionnement du service."),
        ("h", "2. Questions fréquentes des agents"),
        ("table", [["Situation", "Ce que dit le droit"],
                   ["Un usager porte un signe religieux au guichet", "C'est son droit ; on ne peut pas lui refuser le service, sauf exigence d'identification (retrait d'un titre d'identité)."],
                   ["Un parent demande un menu sans porc à la cantine", "La commune n'y est pas obligée ; elle peut proposer un menu de substitution ou un menu végétarien."],
                   ["Un collègue demande un jour de congé pour une fête religieuse", "Des autorisations d'absence peuvent être accordées, sous réserve des nécessités du service."],
                   ["Un usager refuse d'être reçu par une agente", "Il ne peut pas choisir son interlocuteur en raison de son sexe ; l'agent rappelle la règle avec calme."],
                   ["Une association religieuse demande une salle municipale", "La mise à disposition est possible dans les mêmes conditions que pour les autres associations, à un tarif non préférentiel."],
                   ["Un accompagnateur de sortie scolaire porte un foulard", "Les parents accompagnateurs ne sont pas soumis à la neutralité, sauf comportement de prosélytisme."]]),
        ("h", "3. Le prosélytisme et les dérives"),
        ("p", "Le prosélytisme est interdit aux agents dans le service. À l'égard des usagers, il peut être limité lorsqu'il trouble l'ordre public ou pèse sur des personnes vulnérables. Les situations qui paraissent relever d'une emprise ou d'une radicalisation ne relèvent pas du manager seul : elles sont transmises, selon la procédure interne, au référent qui les oriente vers la cellule préfectorale compétente. On ne signale pas une pratique religieuse, on signale un comportement préoccupant."),
        ("h", "4. Les lieux de culte et le patrimoine"),
        ("p", "La commune est propriétaire des églises construites avant 1905 ; elle en assure l'entretien et peut y organiser des visites patrimoniales et des concerts, en accord avec l'affectataire. Elle ne peut pas financer la construction de nouveaux lieux de culte, mais peut conclure un bail emphytéotique administratif ou garantir un emprunt dans les conditions prévues par la loi."),
        ("h", "5. Qui contacter ?"),
        ("p", "Le référent laïcité de la collectivité répond à vos questions de manière confidentielle. Une formation d'une demi-journée est proposée à tous les agents, obligatoire pour les nouveaux arrivants."),
    ],
    "p075_commission_accessibilite.docx": [
        ("title", "COMMISSION COMMUNALE POUR L'ACCESSIBILITÉ — RAPPORT ANNUEL"),
        ("p", "La commission, présidée par le maire, réunit des élus, des représentants des associations de personnes handicapées et de personnes âgées, des acteurs économiques et des usagers. Elle dresse chaque année le constat de l'état d'accessibilité de la commune."),
        ("table", [["Domaine", "Réalisé en 2023", "Reste à faire"],
                   ["Établissements recevant du public municipaux", "42 sur 58 accessibles", "16, dont 4 écoles"],
                   ["Arrêts de bus", "71 % accessibles", "Ligne 3 et zone industrielle"],
                   ["Logements sociaux adaptés recensés", "312", "Recensement du parc privé"],
                   ["Places de stationnement réservées", "186", "Contrôle du respect"]]),
        ("p", "Les associations ont de nouveau signalé le stationnement gênant sur les trottoirs du centre-ville et l'absence de toilettes accessibles au parc municipal ; la ville s'engage à traiter ces deux points avant l'été."),
        ("p", "La commission salue l'installation de boucles magnétiques dans les salles municipales et demande que les démarches en ligne soient rendues compatibles avec les lecteurs d'écran."),
    ],
    "p077_offre_coordinateur_clsm.docx": [
        ("title", "OFFRE D'EMPLOI — COORDINATEUR OU COORDINATRICE DU CONSEIL LOCAL DE SANTÉ MENTALE"),
        ("p", "Communauté d'agglomération de La Rochelle — contrat de projet de 3 ans — catégorie A — poste cofinancé par l'ARS"),
        ("p", "Le conseil local de santé mentale (CLSM) est un espace de concertation entre les élus, la psychiatrie publique, les usagers et leurs familles et les acteurs du territoire (bailleurs, police, services sociaux, associations)."),
        ("table", [["Missions", "Détail"],
                   ["Animer la concertation", "Assemblée plénière, comité de pilotage, groupes de travail"],
                   ["Coordonner la cellule des situations complexes", "Organisation des réunions, respect du secret partagé, suivi des orientations"],
                   ["Déployer les actions de prévention", "Premiers secours en santé mentale, Semaines d'information sur la santé mentale, lutte contre la stigmatisation"],
                   ["Favoriser l'accès au logement et à l'emploi", "Partenariats avec les bailleurs et les structures d'insertion"]]),
        ("p", "Profil : formation supérieure en santé publique, sciences sociales ou travail social ; connaissance du champ de la psychiatrie et du handicap psychique ; capacités d'animation et de diplomatie."),
        ("p", "Candidatures avant le 15 septembre."),
    ],
})

# ---------------------------------------------------------------------------
# Public .html
# ---------------------------------------------------------------------------
HTML.update({
    "p011_journees_patrimoine.html": ("Journées européennes du patrimoine 2024 — programme", """
<article>
<h1>Journées européennes du patrimoine : la collégiale Notre-Dame se dévoile</h1>
<p class="date">Publié le 28 août — Culture et patrimoine</p>
<p>Les samedi 21 et dimanche 22 septembre, la ville participe aux Journées européennes du patrimoine, sur le thème national « Patrimoine des itinéraires, des réseaux et des connexions ». Cette année, la collégiale Notre-Dame, chef-d'œuvre du gothique flamboyant, est à l'honneur : après trois ans de restauration, son chœur et ses stalles sculptées sont à nouveau visibles.</p>
<h2>Une église au cœur de la ville depuis huit siècles</h2>
<p>Fondée au XIIIe siècle par les chanoines du chapitre, agrandie au XVe siècle grâce aux dons des corporations de drapiers, la collégiale a traversé les guerres de Religion, la Révolution — qui la transforma un temps en temple de la Raison puis en magasin à fourrage — et les bombardements de 1944, qui détruisirent une partie de ses vitraux. Propriété de la commune depuis la loi de séparation de 1905, elle reste affectée au culte catholique : la paroisse y célèbre la messe chaque dimanche.</p>
<p>Les travaux, d'un montant de 2,8 millions d'euros, ont été financés par la ville, l'État (direction régionale des affaires culturelles), la région, le département et une souscription de la Fondation du patrimoine qui a rassemblé 640 donateurs. Les stalles du XVe siècle, dont les miséricordes représentent des scènes de la vie quotidienne — un tonnelier, une lavandière, un médecin examinant un flacon d'urine —, ont été nettoyées et consolidées par un atelier de restauration du bois.</p>
<h2>Au programme</h2>
<ul>
<li>Visites guidées de la collégiale par les guides-conférenciers de l'office de tourisme, toutes les heures de 10 h à 17 h (hors horaires des offices) ;</li>
<li>visite exceptionnelle du trésor et de la salle capitulaire, sur réservation, par groupes de quinze ;</li>
<li>présentation du chantier par l'architecte en chef des monuments historiques, samedi à 15 h ;</li>
<li>concert d'orgue et de chant grégorien, dimanche à 17 h ;</li>
<li>atelier « apprenti vitrailliste » pour les enfants de 7 à 12 ans, samedi et dimanche à 14 h.</li>
</ul>
<h2>Ailleurs dans la ville</h2>
<p>Le temple protestant, construit en 1865, et la synagogue de la rue des Juifs, reconstruite après la guerre, ouvriront également leurs portes avec des visites commentées par les membres des communautés. L'hôtel de ville, le beffroi et les archives municipales proposeront des visites libres. Un parcours à vélo relie les différents sites.</p>
<p>Toutes les visites sont gratuites. Accessibilité : la nef de la collégiale est accessible aux personnes en fauteuil ; le trésor ne l'est pas. Renseignements à l'office de tourisme.</p>
</article>
"""),
    "p015_trophee_sportif.html": ("Tennis de table : Hugo Lambert champion de France cadets", """
<article>
<h1>Hugo Lambert, champion de France cadets de tennis de table</h1>
<p>Licencié au Ping Club municipal depuis ses huit ans, Hugo Lambert, 15 ans, a remporté dimanche à Vittel le titre de champion de France cadets en simple, en battant en finale le tenant du titre 4 sets à 2. Élève de seconde au lycée Condorcet en section sportive, il s'entraîne quinze heures par semaine au pôle espoirs régional.</p>
<p>Le maire et l'adjointe aux sports l'ont reçu mardi à l'hôtel de ville, avec son entraîneur et ses parents, pour lui remettre la médaille de la ville. « Hugo est un exemple pour tous nos jeunes sportifs », a souligné l'adjointe.</p>
<p>Le club accueille les débutants dès 6 ans, le mercredi et le samedi au gymnase Jean-Zay.</p>
</article>
"""),
    "p018_depistage_cancer.html": ("Dépistage du cancer colorectal : faites le test !", """
<article>
<h1>Mars bleu : et si vous faisiez le test ?</h1>
<p class="date">Actualités santé — 1er mars</p>
<p>Le cancer colorectal est le deuxième cancer le plus meurtrier en France, avec 17 000 décès par an. Pourtant, détecté tôt, il se guérit dans 9 cas sur 10. Entre 50 et 74 ans, un test simple, à faire chez soi, est proposé tous les deux ans.</p>
<p>« Le test immunologique détecte la présence de sang invisible à l'œil nu dans les selles. Il est fiable, rapide et gratuit. Quand il est positif, une coloscopie permet de repérer et d'enlever des polypes avant qu'ils ne deviennent cancéreux », explique le Dr Marc Tessier, gastro-entérologue au centre hospitalier, qui animera une réunion d'information le 14 mars à la maison de santé. « Dans notre département, à peine un tiers des personnes concernées font le test. C'est beaucoup trop peu. »</p>
<ul>
<li>Le kit peut être demandé à votre médecin, à votre pharmacien ou commandé en ligne sur monkit.depistage-colorectal.fr ;</li>
<li>le côlon gonflable géant sera installé place de la République le samedi 16 mars.</li>
</ul>
</article>
"""),
    "p023_faq_titre_sejour.html": ("Titres de séjour : questions fréquentes — Préfecture du Rhône", """
<nav>Accueil &gt; Démarches &gt; Étrangers en France &gt; Questions fréquentes</nav>
<main>
<h1>Titres de séjour : les questions les plus fréquentes</h1>
<p>Mise à jour : janvier. Cette page répond aux questions générales. Elle ne remplace pas l'examen individuel de votre situation par les services de la préfecture.</p>
<h2>Comment déposer ma demande ?</h2>
<p>La plupart des demandes de titres de séjour (étudiants, salariés, passeports talent, visiteurs, conjoints de Français, renouvellements de cartes de séjour temporaires) se font exclusivement en ligne sur le site de l'Administration numérique pour les étrangers en France (ANEF). Vous recevez une attestation de dépôt, puis, si votre dossier est complet, une attestation de prolongation d'instruction qui vous permet de rester en France et, le cas échéant, de continuer à travailler.</p>
<h2>Je n'ai pas accès à internet. Comment faire ?</h2>
<p>Un point d'accueil numérique est ouvert à la préfecture, du lundi au vendredi, sans rendez-vous. Vous pouvez aussi vous rendre dans une maison France services ou solliciter une association. Le Défenseur des droits peut être saisi si vous ne parvenez pas à accomplir une démarche en ligne.</p>
<h2>Quand dois-je demander le renouvellement ?</h2>
<p>Entre le 120e et le 60e jour avant l'expiration de votre titre. Une demande tardive peut entraîner une rupture de droits et une amende.</p>
<h2>Puis-je travailler pendant l'instruction ?</h2>
<p>Oui, si votre précédent titre vous y autorisait et que vous avez déposé votre demande de renouvellement dans les délais.</p>
<h2>Quelles sont les conditions pour obtenir une carte de résident ?</h2>
<p>En règle générale, justifier de cinq années de résidence régulière et ininterrompue, de ressources stables et suffisantes, d'une assurance maladie et d'un niveau de français au moins égal à A2. Certaines personnes peuvent l'obtenir de plein droit : réfugiés, conjoints de Français après trois ans de mariage, parents d'un enfant français sous conditions.</p>
<h2>Qu'est-ce que l'admission exceptionnelle au séjour ?</h2>
<p>Une personne en situation irrégulière peut demander à être régularisée à titre exceptionnel, notamment au titre de la vie privée et familiale ou du travail. La préfecture examine chaque dossier au regard de la durée de présence en France, de l'insertion, de la situation familiale et professionnelle. Il ne s'agit pas d'un droit.</p>
<h2>Et si ma demande est refusée ?</h2>
<p>Le refus peut être assorti d'une obligation de quitter le territoire français (OQTF). Vous pouvez former un recours devant le tribunal administratif dans le délai indiqué sur la décision, qui peut être très court (48 heures, 15 jours ou 30 jours selon les cas). Vous pouvez demander l'aide juridictionnelle et vous faire assister d'un avocat. Des associations proposent des permanences juridiques gratuites.</p>
<h2>Puis-je être accompagné lors de mon rendez-vous ?</h2>
<p>Oui, par la personne de votre choix, notamment un interprète, un membre d'association ou un avocat. Les agents peuvent recourir à un service d'interprétariat téléphonique si nécessaire.</p>
<h2>Les demandeurs d'asile relèvent-ils de cette page ?</h2>
<p>Non. Les demandes d'asile sont enregistrées au guichet unique pour demandeurs d'asile, sur rendez-vous pris auprès de la structure de premier accueil, puis instruites par l'Office français de protection des réfugiés et apatrides (OFPRA).</p>
<h2>Je suis parent d'un enfant français. Quels sont mes droits ?</h2>
<p>Le parent étranger d'un enfant français mineur résidant en France peut obtenir une carte de séjour temporaire « vie privée et familiale », s'il contribue effectivement à l'entretien et à l'éducation de l'enfant depuis sa naissance ou depuis au moins deux ans. Des justificatifs de cette contribution sont demandés.</p>
<h2>Mon titre a été perdu ou volé. Que faire ?</h2>
<p>Déclarez la perte en ligne ou le vol au commissariat, puis demandez un duplicata sur l'ANEF. Un timbre fiscal est exigé.</p>
<h2>Chiffres</h2>
<p>En 2023, la préfecture a délivré 48 200 titres de séjour, dont 61 % de renouvellements. Le délai moyen de traitement d'une première demande est de 72 jours.</p>
</main>
"""),
    "p027_faq_cimetiere.html": ("Cimetières — questions fréquentes", """
<h1>Cimetières municipaux : vos questions</h1>
<h2>Qui peut être inhumé dans le cimetière de la commune ?</h2>
<p>Les personnes décédées sur la commune, celles qui y étaient domiciliées, celles qui y ont droit à une sépulture de famille, ainsi que les Français établis hors de France inscrits sur la liste électorale.</p>
<h2>Comment acheter une concession à l'avance ?</h2>
<p>Adressez une demande au service des cimetières. Les concessions de 15, 30 et 50 ans sont disponibles ; le choix de l'emplacement dépend des disponibilités.</p>
<h2>Ma concession arrive à échéance. Que faire ?</h2>
<p>Vous pouvez la renouveler dans les deux ans qui suivent l'échéance. Passé ce délai, la commune peut reprendre le terrain. Un courrier est envoyé aux titulaires connus ; pensez à signaler tout changement d'adresse.</p>
<h2>Existe-t-il un espace pour les défunts de confession musulmane ?</h2>
<p>Oui, un carré confessionnel a été aménagé au cimetière de l'Est. Les familles qui le souhaitent peuvent y demander une inhumation.</p>
<h2>Puis-je disperser les cendres d'un proche dans le jardin du souvenir ?</h2>
<p>Oui, après déclaration à la mairie. L'identité du défunt peut être inscrite sur le mur du souvenir.</p>
"""),
    "p040_histoire_synagogue.html": ("La synagogue de la rue Hoche : 150 ans d'histoire", """
<article>
<h1>La synagogue de la rue Hoche : cent cinquante ans d'histoire</h1>
<p class="rubrique">Patrimoine — une série proposée par les archives municipales</p>
<p>Inaugurée le 2 septembre 1874 en présence du préfet, du maire et du grand rabbin du consistoire, la synagogue de la rue Hoche est l'un des édifices les plus singuliers de la ville. Son architecte, Émile Lévy-Dorville, lui donne une façade néo-romane en pierre blanche surmontée des Tables de la Loi, et un intérieur inspiré des synagogues de Paris et de Strasbourg, avec une tribune pour les femmes et un plafond peint d'étoiles sur fond bleu.</p>
<h2>Une communauté venue d'Alsace</h2>
<p>La construction répond à l'arrivée, après la guerre de 1870 et l'annexion de l'Alsace-Moselle, de plusieurs centaines de familles juives alsaciennes qui refusent de devenir allemandes et choisissent la France. Négociants en bestiaux, marchands de tissus, horlogers, elles s'installent autour de la place du Marché et rejoignent la petite communauté présente depuis le Premier Empire. En 1900, la ville compte environ 1 200 Juifs. Ils participent pleinement à la vie locale : on trouve parmi eux des conseillers municipaux, un président du tribunal de commerce, des médecins de l'hôpital.</p>
<h2>L'épreuve de l'Occupation</h2>
<p>Sous l'Occupation, la synagogue est fermée, pillée en 1942, et ses objets de culte dispersés. Les familles juives sont recensées, spoliées de leurs biens par l'« aryanisation » des entreprises, puis arrêtées lors des rafles de juillet 1942 et de janvier 1944. Selon les travaux du comité local de mémoire, 186 Juifs de la ville ont été déportés ; 14 seulement sont revenus. Les noms des déportés sont inscrits depuis 2005 sur la plaque apposée à l'entrée de l'édifice.</p>
<p>Plusieurs habitants ont caché des enfants juifs au péril de leur vie. Six d'entre eux ont été reconnus Justes parmi les Nations par l'institut Yad Vashem, parmi lesquels l'institutrice Germaine Roussel, qui hébergea trois enfants dans son logement de fonction de l'école de la rue Pasteur.</p>
<h2>La renaissance</h2>
<p>Rendue au culte en 1946, restaurée avec l'aide des dommages de guerre, la synagogue accueille dans les années 1960 les familles juives arrivées d'Afrique du Nord, en particulier d'Algérie et du Maroc, qui redonnent vie à la communauté. Inscrite aux monuments historiques en 1984, elle a fait l'objet d'une restauration complète entre 2019 et 2022, financée par l'association cultuelle, l'État et, pour les parties patrimoniales, par la ville et la région.</p>
<h2>La visiter</h2>
<p>Des visites guidées sont organisées par l'association culturelle le premier dimanche de chaque mois et lors des Journées européennes du patrimoine. Les groupes scolaires sont accueillis sur rendez-vous, en lien avec le service éducatif des archives, qui propose un atelier sur l'histoire des Juifs de la ville et sur la Shoah.</p>
<p>Une exposition « 1874-2024 : une synagogue dans la ville » sera présentée à l'hôtel de ville du 2 au 30 septembre.</p>
</article>
"""),
})
HTML.update({
    "p043_offre_educateur.html": ("Offre d'emploi — Éducateur spécialisé en prévention spécialisée", """
<article>
<h1>Éducateur spécialisé / éducatrice spécialisée — prévention spécialisée (H/F)</h1>
<p><b>Employeur :</b> Association départementale de sauvegarde de l'enfance — service de prévention spécialisée de Sarcelles</p>
<p><b>Contrat :</b> CDI, temps plein, CCN 66 — prise de poste dès que possible</p>
<h2>Missions</h2>
<ul>
<li>Aller à la rencontre des jeunes de 11 à 25 ans dans la rue, les halls, les lieux de regroupement, y compris en soirée ;</li>
<li>accompagner individuellement les jeunes en difficulté : décrochage scolaire, conduites à risque, consommations de produits, conflits familiaux, premiers contacts avec la justice ;</li>
<li>travailler avec les familles, les établissements scolaires, la protection judiciaire de la jeunesse, la mission locale, les services de santé ;</li>
<li>mettre en place des actions collectives : chantiers éducatifs, séjours, activités sportives et culturelles ;</li>
<li>participer au repérage et à la prévention des phénomènes d'emprise, de rixes et de radicalisation.</li>
</ul>
<h2>Profil</h2>
<p>DE d'éducateur spécialisé exigé. Goût du travail de rue et de l'équipe. Permis B. La prévention spécialisée repose sur la libre adhésion des jeunes et l'anonymat : le respect du secret professionnel est essentiel.</p>
<p>Candidatures : recrutement@sauvegarde95.xxx</p>
</article>
"""),
    "p051_critique_essai.html": ("Lu pour vous : « Les murs tombés » — une histoire de la psychiatrie de secteur", """
<article>
<h1>Lu pour vous : « Les murs tombés »</h1>
<p class="rubrique">La sélection du mois de la médiathèque — rayon sciences humaines</p>
<p>Dans cet essai clair et documenté, le psychiatre et historien Laurent Sauvage retrace soixante ans de psychiatrie publique en France, de la circulaire de 1960 qui invente le « secteur » à la crise actuelle de l'hôpital psychiatrique. Il raconte l'espoir des pionniers qui voulaient soigner les malades au plus près de chez eux, hors des murs de l'asile ; la fermeture de dizaines de milliers de lits ; puis le manque de moyens qui a laissé trop de personnes malades sans suivi, à la rue ou en prison.</p>
<p>L'auteur s'appuie sur des archives, des entretiens avec des soignants et des témoignages anonymes de patients et de familles. Il ne cache pas ses convictions — il plaide pour une psychiatrie ouverte, qui refuse la contention et l'isolement sauf exception — mais il laisse la parole à ceux qui pensent autrement. Un livre utile pour comprendre les débats actuels, accessible aux non-spécialistes.</p>
<p>Disponible à la médiathèque centrale, cote 362.2 SAU.</p>
</article>
"""),
    "p062_inauguration_mosquee.html": ("Inauguration du centre culturel et cultuel de la Source", """
<article>
<h1>Le centre culturel et cultuel de la Source inauguré</h1>
<p class="date">Vie locale — 18 juin</p>
<p>Samedi 15 juin, l'association culturelle des musulmans du quartier de la Source a inauguré son nouveau lieu de culte et son centre culturel, rue Marcel-Proust, en présence du préfet, du maire, de représentants des cultes catholique, protestant et juif, et de plusieurs centaines d'habitants.</p>
<p>Le bâtiment, d'une surface de 1 100 m², comprend une salle de prière, des salles de cours et une bibliothèque ouverte à tous. Il a été entièrement financé par les dons des fidèles, pour un coût de 2,3 millions d'euros, sur un terrain mis à disposition par la ville dans le cadre d'un bail emphytéotique, comme le permet la loi.</p>
<p>Dans son discours, le maire a salué « un lieu de paix, ouvert sur la ville », et rappelé que « la République garantit à chacun la liberté de croire ou de ne pas croire ». Le président de l'association a souligné la participation de l'association aux actions de solidarité du quartier et annoncé des portes ouvertes lors des Journées du patrimoine.</p>
</article>
"""),
    "p069_don_organes.html": ("Don d'organes : parlons-en", """
<article>
<h1>Journée nationale du don d'organes : tous concernés</h1>
<p>Le 22 juin, la ville s'associe à la journée nationale de réflexion sur le don d'organes et la greffe. En France, plus de 20 000 personnes sont en attente d'une greffe, et plus de 800 meurent chaque année faute d'organe disponible.</p>
<p>La loi prévoit que chacun est présumé donneur, sauf s'il a exprimé son refus, notamment en s'inscrivant sur le registre national des refus. Mais en pratique, les équipes médicales interrogent toujours les proches. C'est pourquoi il est essentiel de faire connaître sa position à sa famille, quelle qu'elle soit.</p>
<p>Les principales religions présentes en France considèrent le don d'organes comme compatible avec leurs principes.</p>
<p>Un stand d'information de l'association France Adot sera installé au marché samedi matin, en présence de la coordinatrice des prélèvements du CHU.</p>
</article>
"""),
    "p072_familles_accueil.html": ("Devenez assistant familial — le Département recrute", """
<main>
<h1>Devenez assistant familial : accueillez un enfant chez vous</h1>
<p>Le Département de la Sarthe recrute des assistants et assistantes familiales pour accueillir à leur domicile des enfants et des adolescents confiés à l'aide sociale à l'enfance.</p>
<h2>Pourquoi des enfants sont-ils confiés ?</h2>
<p>Plus de 1 800 enfants et jeunes sont aujourd'hui confiés au service de l'aide sociale à l'enfance dans la Sarthe, le plus souvent sur décision du juge des enfants, parce que leur santé, leur sécurité ou leur éducation étaient en danger dans leur famille : négligences graves, violences, troubles psychiques ou addictions des parents, conflits familiaux très violents. D'autres sont des mineurs non accompagnés arrivés seuls en France. Près de la moitié vivent en famille d'accueil. Le maintien des liens avec leurs parents, quand c'est possible et dans leur intérêt, fait partie du projet de l'enfant.</p>
<h2>Le métier</h2>
<p>L'assistant familial accueille à son domicile, de manière permanente, un à trois enfants, de la naissance à 21 ans. Il assure leur vie quotidienne, les accompagne dans leur scolarité, leurs soins et leurs loisirs, et travaille en lien étroit avec le référent de l'enfant, le psychologue et l'équipe du service. Il participe aux réunions de synthèse et peut accompagner les visites des parents.</p>
<h2>Les conditions</h2>
<ul>
<li>obtenir un agrément délivré par le service de protection maternelle et infantile, après une évaluation des conditions d'accueil (logement, disponibilité, motivation, santé) ;</li>
<li>suivre une formation préalable de 60 heures avant le premier accueil, puis une formation de 240 heures dans les trois ans, menant au diplôme d'État d'assistant familial ;</li>
<li>fournir un extrait de casier judiciaire de toutes les personnes majeures vivant au domicile.</li>
</ul>
<h2>La rémunération</h2>
<p>L'assistant familial est salarié du Département. Sa rémunération comprend une part fixe et une part par enfant accueilli, soit environ 1 900 € brut par mois pour un enfant, et 2 700 € pour deux enfants, auxquels s'ajoutent des indemnités d'entretien, d'habillement et de loisirs pour chaque enfant. Il bénéficie de congés, d'un accompagnement professionnel, de groupes d'analyse de la pratique et d'une astreinte joignable 24 h/24.</p>
<h2>Questions fréquentes</h2>
<p><b>Peut-on être assistant familial en étant célibataire, ou en vivant en appartement ?</b> Oui. Ce qui compte, ce sont la disponibilité, la stabilité et la capacité à accueillir un enfant dans de bonnes conditions. <b>Peut-on choisir l'âge des enfants ?</b> L'agrément précise le nombre et l'âge des enfants ; le service tient compte de vos souhaits et de votre famille. <b>Que se passe-t-il en cas de difficulté ?</b> Vous n'êtes jamais seul : l'équipe de l'enfant et l'astreinte départementale sont là pour vous soutenir.</p>
<h2>Des réunions d'information</h2>
<p>Des réunions d'information ont lieu chaque mois au Mans, à La Flèche et à Mamers. Des assistants familiaux en activité y témoignent de leur métier. Inscription : 02 43 xx xx xx ou sur le site du Département.</p>
</main>
"""),
    "p082_hommage_resistante.html": ("Hommage à Lucie Fabre, résistante", """
<article>
<h1>Une rue pour Lucie Fabre, résistante et déportée</h1>
<p class="date">Mémoire — 8 mai</p>
<p>À l'occasion de la commémoration du 8 mai 1945, la ville a donné le nom de Lucie Fabre (1921-2009) à la rue qui longe le nouveau collège. Une plaque a été dévoilée en présence de ses petits-enfants, des élèves du collège et des associations d'anciens combattants.</p>
<h2>Une jeune fille dans la Résistance</h2>
<p>Née en 1921 dans une famille de cheminots, Lucie Fabre est employée des postes lorsque la guerre éclate. Dès 1941, elle rejoint le réseau de renseignement « Marco Polo » : elle intercepte et recopie les télégrammes des autorités d'occupation, cache des tracts et des postes émetteurs, et héberge des aviateurs alliés tombés dans la région. Son frère aîné, André, militant communiste, est fusillé comme otage en décembre 1941.</p>
<p>Arrêtée par la Gestapo le 12 mai 1943 sur dénonciation, elle est torturée au siège de la police allemande, incarcérée au fort de Montluc, puis déportée en janvier 1944 au camp de Ravensbrück. Elle y survit à la faim, au typhus et aux « marches de la mort ». Libérée en avril 1945, elle rentre en France pesant 38 kilos.</p>
<h2>Témoigner</h2>
<p>Après la guerre, Lucie Fabre reprend son travail aux PTT, se marie et élève trois enfants. Longtemps silencieuse, elle commence à témoigner dans les écoles à partir des années 1980, inlassablement, jusqu'à ses 85 ans. « Je ne parle pas pour qu'on me plaigne. Je parle pour que vous sachiez ce dont les hommes sont capables, et ce dont ils sont capables aussi quand ils se tiennent debout », disait-elle aux collégiens. Elle était commandeur de la Légion d'honneur et titulaire de la médaille de la Résistance.</p>
<h2>Une mémoire transmise</h2>
<p>Les collégiens qui portent aujourd'hui son nom sur leur adresse ont préparé la cérémonie pendant toute l'année avec leurs professeurs d'histoire et de lettres. Ils ont lu ses entretiens, enregistrés en 1995 par le musée de la Résistance, et écrit des lettres imaginaires qu'ils ont lues devant la plaque. Une classe de troisième a réalisé une bande dessinée retraçant son parcours, qui sera exposée au CDI puis à la médiathèque.</p>
<p>Le maire a rappelé que la ville compte encore trop peu de rues portant des noms de femmes — 14 sur 312 — et que le conseil municipal s'est engagé à rééquilibrer les dénominations à venir.</p>
<p>Elle s'est éteinte en 2009 à l'âge de 88 ans. Ses archives personnelles ont été données par sa famille aux archives municipales, qui les présentent dans une exposition jusqu'au 30 juin.</p>
</article>
"""),
})


def main() -> None:
    write_set(OUT, DOCX, HTML, FIXED)


if __name__ == "__main__":
    main()
