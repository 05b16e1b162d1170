"""Build the .docx and .html documents of the hand-written sensitivity set dev31.

Theme: justice and legal services seen from the administration (greffes of the tribunal judiciaire
and of the tribunal administratif, a conseil départemental de l'accès au droit, a maison de justice et
du droit and a point-justice, the SPIP and a prison's correspondence with a commune, aide
juridictionnelle, conciliateurs de justice, médiation, the commune's legal department and its
litigation files, prud'hommes, the commune's lawyer's notes, published decisions, rapports
d'activité, permanences juridiques, victim support associations).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev31_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev31"
FIXED = dt.datetime(2025, 11, 3, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_enquete_administrative_service_juridique.docx"] = [
    ("title", "Rapport d'enquête administrative"),
    ("p", "Commune de Castelmoron-sur-Lèze — Direction générale des services. Enquête conduite du 3 au 21 "
          "mars 2025 par M. Régis Lautier, DGS adjoint, et Mme Corinne Bastide, conseillère en "
          "prévention du centre de gestion, à la suite d'un signalement reçu le 27 février 2025."),
    ("h", "1. Objet"),
    ("p", "Mme Océane Perrot, stagiaire élève-avocate affectée au service juridique du 6 janvier au 30 "
          "juin 2025, a signalé au référent déontologue des agissements à connotation sexuelle de la "
          "part de M. Xavier Montel, juriste contractuel : remarques répétées sur sa tenue, messages "
          "envoyés le soir sur son téléphone personnel, et un geste déplacé dans l'ascenseur le 25 "
          "février."),
    ("h", "2. Personnes entendues"),
    ("table", [
        ["Personne", "Qualité", "Date", "Éléments principaux"],
        ["Mme O. Perrot", "Stagiaire", "03/03", "Confirme ses déclarations ; produit 14 messages."],
        ["M. X. Montel", "Juriste", "05/03", "Reconnaît les messages, qu'il qualifie d'« humour » ; "
                                             "conteste tout geste."],
        ["Mme M. Jourdan", "Juriste", "06/03", "A été témoin de remarques sur la tenue ; avait "
                                               "conseillé à la stagiaire d'en parler."],
        ["Mme L. Dumont", "Directrice", "10/03", "N'avait pas été informée ; décrit M. Montel comme "
                                                 "compétent mais « familier »."],
    ]),
    ("h", "3. Analyse"),
    ("p", "Les messages produits, dont l'authenticité n'est pas contestée, comportent des allusions "
          "explicites au physique de la stagiaire et des propositions de rendez-vous. Ils caractérisent "
          "des propos à connotation sexuelle répétés, au sens de l'article L. 133-1 du code général de "
          "la fonction publique. Le geste dans l'ascenseur n'a pas de témoin direct."),
    ("h", "4. Conclusions"),
    ("p", "Les commissaires enquêteurs proposent l'engagement d'une procédure disciplinaire à "
          "l'encontre de M. Montel, le maintien de la mesure d'éloignement déjà prise (changement de "
          "bureau), l'information de la stagiaire de son droit de saisir le procureur de la République "
          "et l'octroi de la protection fonctionnelle à celle-ci."),
    ("h", "5. Méthode de l'enquête"),
    ("p", "Les auditions se sont tenues dans les locaux du centre de gestion, hors de la présence de la "
          "hiérarchie directe des intéressés. Chaque personne entendue a pu se faire accompagner par la "
          "personne de son choix et a relu et signé le compte rendu de son audition. Les messages "
          "produits ont été copiés par le service informatique en présence de la plaignante, avec "
          "son accord. Le rapport a été communiqué à la DGS le 24 mars."),
    ("h", "6. Observations sur l'organisation du service"),
    ("p", "Indépendamment des faits examinés, l'enquête relève que le service juridique ne dispose "
          "d'aucune procédure d'accueil des stagiaires : absence de tuteur désigné par écrit, absence "
          "de présentation du dispositif de signalement, partage d'un même bureau entre stagiaire et "
          "juriste sans que ce choix ait été réfléchi. Les agents rencontrés ignoraient pour la "
          "plupart l'existence de la cellule de signalement des violences sexistes et sexuelles "
          "mutualisée au centre de gestion."),
    ("h", "7. Recommandations générales"),
    ("table", [
        ["Recommandation", "Pilote", "Échéance"],
        ["Formaliser un livret d'accueil des stagiaires", "DRH", "Septembre 2025"],
        ["Former l'encadrement à la prévention des VSS", "DRH / CDG", "Fin 2025"],
        ["Afficher le dispositif de signalement dans chaque service", "DRH", "Avril 2025"],
        ["Intégrer un module VSS dans le parcours d'intégration", "Formation", "2026"],
    ]),
    ("p", "Le présent rapport est transmis à la maire, autorité territoriale, à qui il revient de "
          "décider des suites. Il pourra être communiqué aux intéressés dans le cadre de la "
          "procédure disciplinaire, après occultation des éléments relatifs aux tiers."),
    ("h", "Annexe — Cadre juridique rappelé aux personnes entendues"),
    ("p", "Aucun agent ne doit subir les faits de harcèlement sexuel constitués par des propos ou "
          "comportements à connotation sexuelle répétés qui portent atteinte à sa dignité ou créent une "
          "situation intimidante, hostile ou offensante. Ces dispositions s'appliquent aux stagiaires "
          "accueillis dans la collectivité. L'employeur public doit prendre toutes les mesures "
          "nécessaires pour faire cesser les faits et protéger la victime. Aucun agent ne peut être "
          "sanctionné pour avoir témoigné de tels agissements ou les avoir relatés. Les personnes "
          "entendues en ont été informées au début de chaque audition."),
    ("p", "Les commissaires enquêteurs ont également rappelé que l'enquête administrative est "
          "indépendante d'une éventuelle procédure pénale et qu'elle ne préjuge pas de la décision de "
          "l'autorité territoriale."),
]

DOCX_BLOCKS["s047_note_maire_contentieux_disponibilite_office.docx"] = [
    ("title", "Note à l'attention de Madame la Maire"),
    ("p", "Objet : recours indemnitaire de Mme Véronique Salles, rédactrice principale — point de "
          "situation. Rédacteur : service juridique. Date : 22 septembre 2025."),
    ("h", "Rappel de la procédure"),
    ("p", "Mme Salles a saisi le tribunal administratif le 4 juin 2025 d'une demande de condamnation de "
          "la commune à lui verser 28 000 € en réparation du préjudice qu'elle impute au retard de "
          "traitement de son dossier de reclassement."),
    ("h", "Éléments de fait"),
    ("p", "Placée en congé de longue maladie du 2 mars 2022 au 1er mars 2025 pour un syndrome dépressif "
          "sévère, puis en disponibilité d'office, l'intéressée a été déclarée par le conseil médical "
          "inapte à ses fonctions mais apte à un autre emploi. La commune ne lui a proposé un poste "
          "qu'en juillet 2025, soit quatre mois après l'avis, période pendant laquelle elle n'a perçu "
          "qu'un demi-traitement."),
    ("h", "Appréciation du risque"),
    ("p", "Le délai de quatre mois est difficile à justifier. Le risque de condamnation est réel mais "
          "devrait se limiter à la perte de rémunération (environ 6 200 €) et à un préjudice moral "
          "modéré. Une transaction pourrait être proposée sur cette base."),
]

DOCX_BLOCKS["s048_tableau_suivi_dossiers_precontentieux.docx"] = [
    ("title", "Suivi des dossiers précontentieux — 3e trimestre 2025"),
    ("p", "Service juridique — tableau de travail mis à jour le 30 septembre 2025."),
    ("table", [
        ["Réf.", "Objet", "Partie", "Étape", "Échéance"],
        ["PC-25-31", "Chute sur trottoir rue Neuve (sinistre RC)", "Assureur SMACL", "Expertise",
         "15/10"],
        ["PC-25-32", "Recours gracieux refus de permis", "SCI Les Hauts de Lèze", "Réponse à faire",
         "02/10"],
        ["PC-25-33", "Pénalités de retard marché école", "Bâti-Sud SARL", "Mémoire en réclamation",
         "20/10"],
        ["PC-25-34", "Occupation sans titre logement de fonction école des Cèdres",
         "M. Lionel Garnier, ancien gardien (impayés d'indemnités 7 300 €, en arrêt depuis "
         "son licenciement, surendettement déclaré)", "Assignation en expulsion à préparer",
         "31/10"],
        ["PC-25-35", "Dégâts des eaux salle des fêtes", "Assureur Groupama", "Clos", "—"],
        ["PC-25-36", "Demande de communication de documents", "Association Lèze Nature",
         "Avis CADA attendu", "12/11"],
    ]),
    ("p", "Rappel : les dossiers clos depuis plus de six mois sont archivés en fin d'année."),
]

DOCX_BLOCKS["s049_bilan_annuel_postes_tig_commune.docx"] = [
    ("title", "Bilan de l'accueil des personnes en travail d'intérêt général — 2024"),
    ("p", "Document établi par le service des ressources humaines pour le SPIP de la Haute-Lèze, en "
          "application de l'article 4 de la convention du 2 avril 2022."),
    ("h", "1. Données générales"),
    ("p", "Huit personnes ont été accueillies en 2024 sur les quatre postes habilités, pour un total "
          "de 812 heures effectuées sur 930 prescrites. Deux mesures ont été interrompues."),
    ("h", "2. Détail des accueils"),
    ("table", [
        ["Nom", "Poste", "Heures prescrites", "Heures faites", "Observations du tuteur"],
        ["Kevin D.", "Espaces verts", "140", "140", "Ponctuel, motivé"],
        ["Sylvain Bardou", "Propreté urbaine", "70", "70", "Condamnation pour conduite sans permis"],
        ["Anaïs Mercadier", "Manifestations", "105", "105", "Très bon contact avec le public"],
        ["Jordan Peyre", "Espaces verts", "210", "92", "Absences répétées, retour au SPIP"],
        ["Walid Chérif", "Petit patrimoine", "120", "120", "Intéressé par une formation maçonnerie"],
        ["Thomas Lacaze", "Propreté urbaine", "70", "70", "RAS"],
        ["Emma Rigal", "Manifestations", "105", "105", "RAS"],
        ["Cyril Noguès", "Espaces verts", "110", "110", "A demandé une lettre de recommandation"],
    ]),
    ("h", "3. Perspectives"),
    ("p", "La commune propose un cinquième poste au service des archives à partir de 2025 et la "
          "formation de deux nouveaux tuteurs."),
]

DOCX_BLOCKS["s050_compte_rendu_cellule_tranquillite_publique.docx"] = [
    ("title", "Cellule de citoyenneté et de tranquillité publique"),
    ("p", "Réunion du 9 octobre 2025 — mairie, salle 2. Présidence : M. l'adjoint à la tranquillité "
          "publique. Participants : police municipale, gendarmerie, éducateurs de prévention "
          "spécialisée, bailleur, collège, coordinatrice CLSPD."),
    ("h", "1. Quartier de la gare"),
    ("p", "Rassemblements nocturnes en baisse depuis la fermeture anticipée du parking."),
    ("h", "2. Situations individuelles"),
    ("p", "Sarah L., 14 ans, placée à la maison d'enfants de Saint-Ybars par décision du juge des "
          "enfants en septembre, fugue régulièrement et est vue la nuit avec des majeurs au square "
          "Lafayette. L'ASE a été alertée ; la gendarmerie signale un risque d'exploitation sexuelle. "
          "La prévention spécialisée tentera un contact."),
    ("p", "Les frères Amine et Bilal K. (12 et 15 ans) : l'aîné est suivi en milieu ouvert par la PJJ "
          "depuis juin ; le plus jeune n'est plus scolarisé depuis la rentrée. La principale du collège "
          "a adressé un signalement pour absentéisme à la DSDEN."),
    ("h", "3. Divers"),
    ("p", "Opération de sensibilisation aux rodéos urbains en novembre."),
    ("p", "Document à diffusion restreinte — membres de la cellule uniquement — ne pas transférer."),
]

DOCX_BLOCKS["s051_note_attestation_hebergement_demandeur_asile.docx"] = [
    ("title", "Note — demande d'attestation et de domiciliation"),
    ("p", "CCAS de Castelmoron-sur-Lèze — service de domiciliation. Rédigée par Mme Fanny Roumagnac, "
          "instructrice, le 13 mai 2025, pour avis du service juridique."),
    ("h", "Situation"),
    ("p", "M. Abdoulaye Sow, ressortissant guinéen, s'est présenté le 12 mai pour demander une "
          "domiciliation administrative. Il a déposé une demande d'asile enregistrée au guichet unique "
          "de Toulouse le 2 avril ; son attestation de demandeur d'asile en procédure normale est "
          "valable jusqu'au 1er octobre. Il est hébergé chez un compatriote à Castelmoron mais ne peut "
          "y recevoir son courrier. L'OFII lui a indiqué que sa domiciliation relevait de la structure "
          "de premier accueil, saturée."),
    ("h", "Question"),
    ("p", "Le CCAS peut-il domicilier un demandeur d'asile dont la procédure est en cours, alors que "
          "l'article L. 264-10 du CASF renvoie la domiciliation des demandeurs d'asile au dispositif "
          "spécifique ?"),
    ("h", "Réponse du service juridique"),
    ("p", "En principe non ; la domiciliation de droit commun ne concerne que les démarches étrangères "
          "à la procédure d'asile (aide médicale, ouverture de compte). Elle peut être accordée pour "
          "ces seules démarches. Orienter l'intéressé vers la SPADA pour le suivi de l'OFPRA."),
]

DOCX_BLOCKS["s052_memoire_defense_ta_refus_permis_centrale.docx"] = [
    ("title", "Mémoire en défense"),
    ("p", "Tribunal administratif de Toulouse — Requête n° 2502281 — SAS Soleil de Lèze c/ Commune de "
          "Castelmoron-sur-Lèze. Pour la commune, défenderesse, représentée par la SELARL Laffont."),
    ("h", "I. Faits"),
    ("p", "La société requérante conteste l'arrêté du 12 décembre 2024 refusant le permis de construire "
          "une centrale photovoltaïque au sol de 18 hectares au lieu-dit Les Garrigues, en zone A du "
          "PLU."),
    ("h", "II. Discussion"),
    ("p", "Le refus est fondé sur l'atteinte à l'activité agricole et à la biodiversité (présence de "
          "l'outarde canepetière). La requérante soutient que son projet est compatible avec "
          "l'activité agricole (agrivoltaïsme ovin)."),
    ("p", "Pour démontrer que le projet n'est pas économiquement compatible avec le maintien d'une "
          "activité pastorale, la commune produit, sous réserve de leur occultation dans la version "
          "communicable, les éléments du plan d'affaires transmis par la société lors de l'instruction "
          "et marqués par elle « secret des affaires » : coût d'investissement de 14,2 M€, tarif "
          "d'achat négocié avec l'acheteur d'électricité à 61,3 €/MWh sur vingt ans, taux de rendement "
          "interne de 8,9 %, loyer versé au propriétaire de 2 400 € par hectare et par an, et "
          "budget alloué à l'éleveur ovin limité à 9 000 € par an."),
    ("table", [
        ["Poste du plan d'affaires (pièce 14, confidentielle)", "Montant"],
        ["Investissement total", "14 200 000 €"],
        ["Chiffre d'affaires annuel prévisionnel", "1 530 000 €"],
        ["Charges d'exploitation annuelles", "312 000 €"],
        ["Budget activité pastorale", "9 000 €/an"],
    ]),
    ("p", "Il en ressort que la composante agricole est marginale. Par ces motifs, la commune conclut "
          "au rejet de la requête."),
    ("h", "III. Sur les autres moyens"),
    ("p", "Sur l'incompétence : l'arrêté a été signé par la maire elle-même, compétente en vertu de "
          "l'article L. 422-1 du code de l'urbanisme, la commune étant dotée d'un PLU. Le moyen manque "
          "en fait."),
    ("p", "Sur le défaut de consultation de la commission départementale de préservation des espaces "
          "naturels, agricoles et forestiers (CDPENAF) : la commission a été saisie le 4 octobre 2024 et "
          "a rendu un avis défavorable le 7 novembre 2024, produit en pièce 9. Le moyen manque en fait."),
    ("p", "Sur l'erreur d'appréciation quant à l'atteinte à la biodiversité : l'étude d'impact "
          "produite par la société elle-même relève la présence de l'outarde canepetière, espèce "
          "protégée et menacée, sur 6 des 18 hectares du projet, ainsi que d'un couple d'œdicnèmes "
          "criards. L'avis de l'autorité environnementale souligne l'insuffisance des mesures "
          "d'évitement. Le refus n'est donc entaché d'aucune erreur d'appréciation."),
    ("p", "Sur le détournement de pouvoir : la requérante soutient que le refus serait motivé par "
          "l'opposition d'une partie des habitants. Elle n'apporte aucun élément à l'appui de cette "
          "allégation. Le refus repose sur des motifs d'urbanisme objectifs."),
    ("h", "IV. Sur les frais de l'instance"),
    ("p", "Il serait inéquitable de laisser à la charge de la commune les frais qu'elle a exposés. "
          "Elle demande que la société soit condamnée à lui verser 3 000 € au titre de l'article "
          "L. 761-1 du code de justice administrative."),
    ("h", "Bordereau des pièces"),
    ("table", [
        ["N°", "Pièce"],
        ["1", "Arrêté de refus du 12 décembre 2024"],
        ["2", "Extraits du PLU (règlement de la zone A, plan de zonage)"],
        ["9", "Avis de la CDPENAF du 7 novembre 2024"],
        ["11", "Avis de l'autorité environnementale"],
        ["14", "Plan d'affaires de la société (version intégrale, confidentielle)"],
        ["14 bis", "Plan d'affaires — version occultée communicable"],
    ]),
    ("p", "Sur la demande de communication de la pièce 14 à la requérante : la commune ne s'oppose "
          "pas à ce que la société, auteur du document, en ait connaissance ; elle demande en revanche "
          "que la version intégrale ne soit pas communiquée aux intervenants, l'association Lèze Nature "
          "et le syndicat d'exploitants agricoles, conformément à l'article R. 412-2-1 du code de "
          "justice administrative relatif aux pièces couvertes par le secret des affaires. La version "
          "occultée (pièce 14 bis) suffit à la compréhension du débat contradictoire."),
    ("p", "Fait à Toulouse, le 28 avril 2025. Pour la commune, Me Anne Laffont."),
    ("h", "Annexe — Rappel chronologique de l'instruction"),
    ("table", [
        ["Date", "Étape"],
        ["12/06/2024", "Dépôt de la demande de permis de construire"],
        ["10/07/2024", "Demande de pièces complémentaires (étude d'impact actualisée)"],
        ["23/08/2024", "Dossier complet ; transmission au préfet et à la CDPENAF"],
        ["04/10/2024", "Saisine de la CDPENAF"],
        ["07/11/2024", "Avis défavorable de la CDPENAF"],
        ["12/12/2024", "Arrêté de refus"],
        ["10/02/2025", "Enregistrement de la requête"],
    ]),
]

DOCX_BLOCKS["s053_compte_rendu_entretien_professionnel_assistante.docx"] = [
    ("title", "Compte rendu d'entretien professionnel — année 2024"),
    ("table", [
        ["Agent", "Christelle Bonnafous"],
        ["Grade", "Adjointe administrative principale de 2e classe"],
        ["Service", "Direction des affaires juridiques"],
        ["Évaluatrice", "Laure Dumont, directrice"],
        ["Date de l'entretien", "14 janvier 2025"],
    ]),
    ("h", "1. Bilan de l'année"),
    ("p", "Objectif 1 — mise en place du logiciel de suivi des contentieux : partiellement atteint ; "
          "l'historique des dossiers de 2019 à 2021 n'a pas été saisi."),
    ("p", "Objectif 2 — respect des délais d'enregistrement des requêtes : non atteint. À trois "
          "reprises, des notifications Télérecours n'ont été signalées qu'après plusieurs jours, dont "
          "une fois au-delà du délai de production d'un mémoire, ce qui a obligé la commune à solliciter "
          "une réouverture de l'instruction."),
    ("h", "2. Manière de servir"),
    ("table", [
        ["Critère", "Appréciation"],
        ["Compétences techniques", "À développer"],
        ["Fiabilité, rigueur", "Insuffisant"],
        ["Relations avec les collègues", "Satisfaisant"],
        ["Accueil des usagers", "Très satisfaisant"],
    ]),
    ("h", "3. Appréciation générale"),
    ("p", "Agent appréciée pour son accueil, mais dont les erreurs répétées dans le suivi des délais "
          "fragilisent le service. Un plan de formation est proposé ; l'avancement au grade supérieur "
          "n'est pas proposé cette année."),
    ("p", "Observations de l'agent : « Je conteste l'appréciation sur la rigueur ; la charge de travail "
          "a doublé sans renfort. »"),
]

DOCX_BLOCKS["s054_convention_accueil_mineur_reparation_pjj.docx"] = [
    ("title", "Convention individuelle d'accueil — mesure de réparation pénale"),
    ("p", "Entre la direction territoriale de la protection judiciaire de la jeunesse (UEMO de "
          "Pradelles), la commune de Castelmoron-sur-Lèze et les représentants légaux du mineur."),
    ("table", [
        ["Mineur", "Théo Marchetti, né le 3 avril 2010"],
        ["Représentants légaux", "M. Fabrice Marchetti et Mme Nathalie Cros"],
        ["Décision", "Mesure de réparation ordonnée par le juge des enfants le 12 mai 2025"],
        ["Infraction", "Dégradation du mobilier du skatepark (tags, banc arraché)"],
        ["Éducatrice référente", "Mme Jeanne Saint-Martin, UEMO"],
    ]),
    ("h", "Article 1 — Activité"),
    ("p", "Le mineur participera à la remise en état du skatepark avec le service des espaces verts, "
          "les mercredis 4, 11 et 18 juin 2025 de 14 h à 17 h, sous la responsabilité de M. Fabre, "
          "tuteur."),
    ("h", "Article 2 — Engagements"),
    ("p", "La commune s'engage à ne pas divulguer la situation judiciaire du mineur. Les représentants "
          "légaux s'engagent à assurer sa présence. L'éducatrice fera un bilan au juge."),
    ("p", "Signatures des parties."),
]

DOCX_BLOCKS["s055_plan_surete_maison_justice.docx"] = [
    ("title", "Plan de sûreté de la maison de justice et du droit"),
    ("p", "Version 3 — septembre 2025 — document réservé à l'usage interne des services municipaux "
          "et du référent sûreté de la gendarmerie ; ne pas joindre aux dossiers de subvention."),
    ("h", "1. Vulnérabilités identifiées"),
    ("p", "La porte de la cour arrière ne dispose pas de contrôle visuel ; la salle d'audience n'a "
          "qu'une issue ; le bureau de la greffière est visible depuis la rue."),
    ("h", "2. Dispositifs"),
    ("table", [
        ["Dispositif", "Emplacement", "Détail"],
        ["Caméras", "Hall, couloir, cour", "3 caméras ; angle mort devant le local archives"],
        ["Boutons d'alerte", "Bureaux 1 et 3, accueil", "Report sur le poste de police municipale, "
                                                        "délai d'intervention estimé 4 minutes"],
        ["Contrôle d'accès", "Porte principale", "Badges ; neutralisé le samedi"],
        ["Alarme intrusion", "Ensemble du bâtiment", "Télésurveillance Protectis, code maître "
                                                     "remis au DGS sous pli"],
    ]),
    ("h", "3. Conduite à tenir en cas d'incident"),
    ("p", "En cas d'usager menaçant, l'agent d'accueil active l'alerte et se replie dans le bureau 2 "
          "dont la porte est blindée ; les intervenants se regroupent dans la salle d'audience, dont "
          "la fenêtre peut être ouverte de l'intérieur vers la rue de l'Église."),
    ("h", "4. Procédure d'évacuation"),
    ("p", "L'évacuation incendie se fait par l'escalier principal et par la porte de la cour arrière ; "
          "le point de rassemblement est situé sur le parvis de l'église. Le dernier sortant vérifie "
          "les bureaux d'entretien et la salle d'attente des victimes. La porte de la cour est "
          "déverrouillée automatiquement par le déclenchement de l'alarme incendie, ce qui crée une "
          "vulnérabilité connue : un déclenchement volontaire de l'alarme permet l'entrée par la "
          "cour. Un bouton de reverrouillage est situé derrière le panneau d'affichage du couloir, "
          "à 1,60 m du sol."),
    ("h", "5. Audiences sensibles"),
    ("p", "Lors des audiences foraines et des convocations du délégué du procureur, la police "
          "municipale assure une présence dans le hall ; l'agent se positionne de manière à voir "
          "l'escalier et l'entrée. Les victimes sont introduites par la porte de la cour et attendent "
          "dans le bureau 3. Les jours d'audience sont communiqués à la brigade de gendarmerie, qui "
          "peut intervenir en renfort ; le planning des présences de la police municipale n'est pas "
          "affiché."),
    ("h", "6. Exercices et retour d'expérience"),
    ("table", [
        ["Date", "Exercice", "Constats"],
        ["12/03/2025", "Alerte usager agressif", "Intervention en 6 minutes ; bouton du bureau 1 "
                                                  "défectueux, remplacé"],
        ["18/06/2025", "Évacuation incendie", "Évacuation en 3 minutes ; porte de la cour restée "
                                               "ouverte 40 minutes après l'exercice"],
        ["Novembre 2025", "Intrusion (prévu)", "—"],
    ]),
    ("p", "Référent sûreté : adjudant-chef de la brigade de Castelmoron. Mise à jour annuelle."),
    ("h", "7. Annuaire d'urgence (ne pas afficher)"),
    ("table", [
        ["Service", "Numéro"],
        ["Police municipale — ligne directe du poste", "05 61 00 00 18"],
        ["Astreinte de direction", "06 00 00 00 07"],
        ["Télésurveillance Protectis — opérateur", "05 61 00 00 90 (mot de passe en pli fermé)"],
        ["Brigade de gendarmerie — ligne réservée aux partenaires", "05 61 00 00 91"],
    ]),
    ("h", "8. Gestion des clés et badges"),
    ("p", "Les badges sont programmés par le service informatique sur demande écrite de la "
          "coordinatrice. Les intervenants extérieurs (avocats, associations) disposent de badges "
          "limités à leurs créneaux de permanence. Les clés mécaniques de secours (porte de la cour, "
          "local archives, armoire du serveur de vidéoprotection) sont au nombre de trois jeux : "
          "coffre de l'accueil, bureau du DGS et poste de police municipale. Toute perte doit être "
          "signalée dans l'heure ; le cylindre concerné est alors remplacé. Le dernier inventaire "
          "(juin 2025) a relevé un badge d'intervenant non restitué, désactivé le jour même."),
    ("p", "Les enregistrements des caméras sont conservés quinze jours sur l'enregistreur situé dans "
          "le local technique du premier étage, dont l'accès est réservé aux deux agents habilités "
          "par l'arrêté préfectoral."),
    ("p", "Diffusion : DGS, coordinatrice de la MJD, chef de la police municipale, référent sûreté de "
          "la gendarmerie. Exemplaires numérotés de 1 à 4 ; toute copie supplémentaire est soumise à "
          "l'accord du DGS. Le précédent plan (version 2) est à détruire."),
    ("p", "Prochaine révision : septembre 2026, ou plus tôt en cas d'incident grave ou de travaux."),
]

DOCX_BLOCKS["s056_note_dgs_agent_condamne_violences.docx"] = [
    ("title", "Note confidentielle au Directeur général des services"),
    ("p", "Objet : situation de M. Stéphane Loubière, agent de la police municipale. De : direction des "
          "ressources humaines. Date : 6 novembre 2025."),
    ("p", "Le parquet de Pradelles nous a informés, en application de l'article 11-2 du code de "
          "procédure pénale, que M. Loubière a été condamné le 28 octobre par le tribunal correctionnel "
          "à huit mois d'emprisonnement avec sursis probatoire pour des violences volontaires commises "
          "sur son épouse, en présence de leurs enfants mineurs, avec obligation de soins et interdiction "
          "de paraître au domicile conjugal. Le couple est en instance de divorce."),
    ("p", "Le jugement ordonne également la suspension de son permis de détention d'arme. L'intéressé ne "
          "peut donc plus exercer ses missions armées."),
    ("h", "Propositions"),
    ("p", "Affecter provisoirement l'agent à des missions non armées (surveillance des marchés, "
          "stationnement) ; engager une procédure disciplinaire ; solliciter le retrait de son agrément "
          "auprès du préfet et du procureur."),
]

DOCX_BLOCKS["s057_attestation_fin_stage_eleve_avocat.docx"] = [
    ("title", "Attestation de fin de stage et appréciations"),
    ("p", "École des avocats Sud-Ouest Pyrénées — stage « projet pédagogique individuel »."),
    ("table", [
        ["Élève-avocat", "M. Hugo Vaissière"],
        ["Structure d'accueil", "Commune de Castelmoron-sur-Lèze — direction des affaires juridiques"],
        ["Période", "6 janvier — 30 juin 2025"],
        ["Maître de stage", "Laure Dumont"],
    ]),
    ("h", "Appréciations du maître de stage"),
    ("p", "M. Vaissière a rédigé plusieurs notes sur des questions de domanialité et de marchés publics. "
          "Ses recherches sont souvent superficielles et ses notes ont dû être reprises en profondeur. "
          "Il a manqué à plusieurs reprises de ponctualité et s'est absenté sans prévenir à deux "
          "réunions avec l'avocat de la commune. Son attitude envers les agents d'accueil a été jugée "
          "condescendante."),
    ("table", [
        ["Critère", "Note (1 à 5)"],
        ["Qualité rédactionnelle", "2"],
        ["Sens juridique", "2"],
        ["Assiduité", "1"],
        ["Intégration dans l'équipe", "2"],
    ]),
    ("p", "Avis global : stage validé avec réserves ; je ne recommande pas sa candidature pour un "
          "éventuel poste au service."),
]

DOCX_BLOCKS["s058_releve_conclusions_reunion_dialogue_social.docx"] = [
    ("title", "Relevé de conclusions — réunion de dialogue social du 17 avril 2025"),
    ("p", "Participants : M. le DGS, Mme la DRH, délégation SUD Collectivités territoriales (M. Rachid "
          "Belkacem, secrétaire de section ; Mme Aurélie Combes), délégation CFDT Interco."),
    ("h", "1. Régime indemnitaire des agents d'accueil de la MJD"),
    ("p", "La direction accepte d'étudier une revalorisation de l'IFSE pour exposition à un public "
          "difficile."),
    ("h", "2. Situation de M. Jérémy Villeneuve"),
    ("p", "La section SUD, qui a indiqué que M. Villeneuve a adhéré au syndicat en février, dénonce "
          "l'engagement d'une procédure disciplinaire à son encontre une semaine après sa prise de "
          "parole en assemblée générale du personnel ; elle y voit une mesure de rétorsion. La "
          "direction maintient que la procédure porte sur des absences injustifiées constatées en "
          "janvier, avant son adhésion, et que son engagement syndical est sans lien."),
    ("p", "Accord pour que M. Villeneuve soit assisté par Mme Combes lors de son entretien préalable."),
    ("h", "3. Calendrier"),
    ("p", "Prochaine réunion le 19 juin 2025."),
]

DOCX_BLOCKS["s059_rapport_enquete_discrimination_logement.docx"] = [
    ("title", "Rapport au comité d'éthique du bailleur social — saisine n° 2025-04"),
    ("p", "Lèze Habitat, office public de l'habitat, en lien avec la commune de Castelmoron-sur-Lèze, "
          "réservataire. Rapport établi par le délégué du Défenseur des droits de la MJD et la référente "
          "déontologie du bailleur, 30 avril 2025."),
    ("h", "1. La réclamation"),
    ("p", "M. et Mme Youssef et Fatiha Benkirane, de nationalité française et d'origine marocaine, "
          "demandeurs d'un T4 depuis 2021, soutiennent que leur candidature a été écartée à quatre "
          "reprises au profit de ménages moins prioritaires. Ils produisent l'enregistrement d'un appel "
          "où une chargée de clientèle aurait évoqué l'objectif de « ne pas renforcer la concentration "
          "maghrébine » de la résidence Les Acacias."),
    ("h", "2. Constats"),
    ("table", [
        ["Commission", "Logement", "Rang du ménage", "Ménage retenu (rang)"],
        ["03/2023", "Acacias B12", "1", "Rang 2"],
        ["11/2023", "Acacias C04", "2", "Rang 3"],
        ["06/2024", "Tilleuls A07", "1", "Rang 1 (autre ménage)"],
        ["01/2025", "Acacias A21", "1", "Rang 3"],
    ]),
    ("p", "La chargée de clientèle reconnaît les propos, qu'elle attribue à une consigne orale de "
          "« mixité » dont la hiérarchie conteste l'existence."),
    ("h", "3. Recommandations"),
    ("p", "Proposer au ménage le prochain T4 disponible ; rappeler que l'origine ne peut en aucun cas "
          "être un critère d'attribution ; informer le procureur de la République des propos "
          "susceptibles de caractériser une discrimination (art. 225-1 C. pén.)."),
    ("h", "4. Rappel du cadre des attributions"),
    ("p", "Les logements sociaux sont attribués par la commission d'attribution des logements et "
          "d'examen de l'occupation des logements (CALEOL) du bailleur, sur la base de critères "
          "légaux : ressources, composition familiale, ancienneté de la demande, urgence de la "
          "situation, priorités définies par l'article L. 441-1 du code de la construction et de "
          "l'habitation et par l'accord collectif intercommunal. L'objectif de mixité sociale, qui "
          "s'apprécie au regard des ressources des ménages, ne peut jamais se traduire par la prise "
          "en compte de l'origine, réelle ou supposée, des candidats."),
    ("p", "La commune, réservataire de 20 % des logements de la résidence Les Acacias, propose des "
          "candidats sur ses contingents ; elle n'était pas réservataire des quatre logements en "
          "cause."),
    ("h", "5. Examen des procès-verbaux de commission"),
    ("p", "Les procès-verbaux des quatre commissions ne mentionnent pas les motifs ayant conduit à "
          "retenir un autre ménage, contrairement à l'obligation de motivation. Les fiches de "
          "présentation des candidats comportent une rubrique « observations » rédigée par la "
          "chargée de clientèle ; pour le ménage réclamant, elle porte à deux reprises la mention "
          "« famille nombreuse, attention équilibre du bâtiment », sans autre précision."),
    ("h", "6. Mesures d'organisation recommandées au bailleur"),
    ("table", [
        ["Mesure", "Délai"],
        ["Suppression de la rubrique « observations » libre des fiches candidats", "Immédiat"],
        ["Motivation systématique des décisions de la CALEOL", "Prochaine commission"],
        ["Formation des chargés de clientèle à la non-discrimination", "Juin 2025"],
        ["Cotation de la demande rendue publique (grille et pondérations)", "Septembre 2025"],
        ["Audit externe des attributions 2022-2024", "Fin 2025"],
    ]),
    ("p", "Le comité d'éthique est invité à se prononcer sur ces recommandations lors de sa séance "
          "du 20 mai 2025. Une copie du présent rapport est adressée à la commune en sa qualité de "
          "réservataire et de membre de la conférence intercommunale du logement."),
    ("h", "7. Observations des réclamants"),
    ("p", "Reçus le 22 avril, M. et Mme Benkirane ont indiqué vivre à six dans un T3 de 58 m² dans le "
          "parc privé, avec un loyer représentant 41 % de leurs ressources. Ils disent avoir pensé, "
          "pendant plusieurs années, que les refus étaient liés au manque de logements, jusqu'à l'appel "
          "enregistré. Ils ne souhaitent pas, à ce stade, déposer plainte eux-mêmes mais attendent une "
          "proposition de logement et des excuses écrites du bailleur."),
    ("p", "Le délégué du Défenseur des droits a informé les réclamants qu'ils pouvaient à tout moment "
          "saisir le Défenseur des droits au niveau national, qui dispose de pouvoirs d'enquête "
          "propres, ainsi que le procureur de la République. Il leur a remis la documentation sur "
          "les recours possibles et les coordonnées d'une avocate intervenant au titre de l'aide "
          "juridictionnelle. Un point d'étape avec eux est prévu après la séance du comité d'éthique."),
]

DOCX_BLOCKS["s060_courrier_prefecture_titre_sejour_agent_contractuel.docx"] = [
    ("title", "Courrier au service de l'immigration et de l'intégration"),
    ("p", "Préfecture de la Haute-Lèze — À l'attention du chef du bureau du séjour. Castelmoron-sur-"
          "Lèze, le 2 juillet 2025."),
    ("p", "Objet : M. Mamadou Keïta, agent contractuel — demande de changement de statut."),
    ("p", "Monsieur le Chef de bureau,"),
    ("p", "La commune emploie depuis le 1er septembre 2023 M. Mamadou Keïta en qualité d'agent "
          "d'entretien au service des sports, en contrat à durée déterminée renouvelé jusqu'au 31 août "
          "2026. Titulaire d'un titre de séjour « étudiant » qui expire le 30 septembre 2025, "
          "M. Keïta a achevé sa licence professionnelle et sollicite un titre « salarié »."),
    ("p", "Afin d'appuyer sa demande, je vous confirme que la commune entend le maintenir dans ses "
          "fonctions et, le cas échéant, le recruter sur un emploi permanent ; l'autorisation de "
          "travail a été sollicitée sur la plateforme de l'ANEF le 25 juin (dossier n° 31-2025-"
          "078412)."),
    ("p", "Je vous serais reconnaissante de bien vouloir examiner ce dossier avant l'expiration de son "
          "titre actuel, afin d'éviter une rupture de son contrat."),
    ("p", "Veuillez agréer, Monsieur le Chef de bureau, l'expression de mes salutations distinguées."),
    ("p", "La Maire, Christine Aubert"),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_activite_point_justice_2024.docx"] = [
    ("title", "Point-justice de la Lèze — Rapport d'activité 2024"),
    ("p", "Le point-justice de la Lèze, labellisé par le conseil départemental de l'accès au droit "
          "(CDAD) de la Haute-Lèze, est implanté depuis 2019 à l'espace France Services de Castelmoron-"
          "sur-Lèze. Il offre une information juridique gratuite, anonyme et confidentielle à toute "
          "personne, quels que soient sa nationalité, ses ressources ou son lieu de résidence."),
    ("h", "1. Chiffres clés"),
    ("table", [
        ["Indicateur", "2023", "2024", "Évolution"],
        ["Personnes reçues", "1 402", "1 530", "+9 %"],
        ["Consultations avec un professionnel du droit", "611", "688", "+13 %"],
        ["Informations délivrées par l'accueil", "791", "842", "+6 %"],
        ["Appels téléphoniques", "2 108", "2 354", "+12 %"],
        ["Délai moyen d'obtention d'un rendez-vous (jours)", "21", "26", "+5 j"],
    ]),
    ("h", "2. Profil des usagers"),
    ("p", "Les femmes représentent 62 % des usagers. La moitié des personnes reçues ont entre 30 et 59 "
          "ans ; 14 % ont plus de 70 ans. 41 % déclarent des ressources inférieures au SMIC. Un usager "
          "sur cinq vient d'une commune rurale située à plus de 15 km."),
    ("h", "3. Domaines de droit"),
    ("table", [
        ["Domaine", "Part", "Principales questions"],
        ["Famille", "30 %", "Divorce, pension alimentaire, résidence des enfants, succession"],
        ["Logement", "19 %", "Dépôt de garantie, impayés, insalubrité, expulsion"],
        ["Travail", "13 %", "Licenciement, rupture conventionnelle, salaires impayés"],
        ["Consommation et dettes", "12 %", "Crédit, surendettement, démarchage abusif"],
        ["Étrangers", "10 %", "Titres de séjour, naturalisation, regroupement familial"],
        ["Pénal et victimes", "9 %", "Dépôt de plainte, suites d'une plainte, indemnisation"],
        ["Autres", "7 %", "Voisinage, administration, numérique"],
    ]),
    ("h", "4. Faits marquants"),
    ("p", "L'année a été marquée par la mise en place de l'obligation de tentative de règlement amiable "
          "préalable pour les petits litiges, qui a doublé les demandes de rendez-vous avec le "
          "conciliateur. La permanence de la Cimade, passée de une à deux demi-journées par mois, ne "
          "suffit toujours pas à répondre aux demandes liées à la dématérialisation des démarches en "
          "préfecture. Les agents d'accueil ont suivi une formation de deux jours à l'accueil des "
          "victimes de violences conjugales dispensée par France Victimes Lèze."),
    ("p", "Un atelier collectif « Comprendre un jugement » a réuni 34 participants en trois séances ; un "
          "autre, consacré aux démarches en ligne d'aide juridictionnelle, a été organisé avec le "
          "conseiller numérique."),
    ("h", "5. Partenaires"),
    ("p", "Ordre des avocats de Pradelles, chambre des notaires, conciliateurs de justice, ADIL, CIDFF, "
          "France Victimes Lèze, Cimade, délégué du Défenseur des droits, UDAF (information des "
          "tuteurs familiaux), CAF, France Travail."),
    ("h", "6. Perspectives 2025"),
    ("p", "Ouverture d'une permanence d'avocat en droit du travail le samedi matin ; permanence "
          "itinérante dans trois communes rurales avec le bus France Services ; traduction des "
          "supports d'information ; enquête de satisfaction auprès des usagers."),
    ("p", "Rapport établi par Gaëlle Morin, coordinatrice, et présenté au comité de suivi du 12 mars "
          "2025."),
    ("h", "7. Annexe — Témoignages des intervenants"),
    ("p", "Les avocats du barreau de Pradelles soulignent que la consultation gratuite au point-justice "
          "permet souvent d'éviter une procédure : un tiers des personnes reçues repartent avec une "
          "solution amiable ou une lettre type. Le notaire observe que les questions de succession "
          "portent de plus en plus sur des biens situés à l'étranger ou sur des familles recomposées. "
          "Les juristes de l'ADIL relèvent une forte demande sur les logements indécents et les "
          "augmentations de charges."),
    ("p", "Les bénévoles de la Cimade indiquent que la dématérialisation des démarches en préfecture "
          "reste la principale difficulté : la majorité de leur temps est consacrée à créer des comptes "
          "en ligne, à numériser des pièces et à relancer des demandes restées sans réponse."),
    ("h", "8. Annexe — Moyens"),
    ("table", [
        ["Poste", "Montant 2024", "Financeur"],
        ["Agent d'accueil (0,5 ETP)", "24 500 €", "Commune"],
        ["Locaux et fluides (valorisation)", "9 800 €", "Commune"],
        ["Indemnisation des avocats et notaires", "11 200 €", "CDAD"],
        ["Communication et documentation", "1 400 €", "CDAD"],
        ["Conseiller numérique (quote-part)", "6 000 €", "État (France Services)"],
    ]),
    ("p", "Les crédits du CDAD proviennent de la dotation du ministère de la justice et des "
          "contributions du Département et des communes membres. La commune a proposé de porter sa "
          "participation à 0,6 ETP en 2025 pour ouvrir l'accueil le jeudi après-midi."),
    ("h", "9. Annexe — Méthodologie"),
    ("p", "Les données sont issues du logiciel de gestion des rendez-vous, qui ne conserve que des "
          "informations statistiques anonymes (domaine, tranche d'âge, commune de résidence, mode "
          "d'orientation). Aucune donnée nominative n'est transmise au CDAD."),
    ("p", "Fait à Castelmoron-sur-Lèze. Le rapport est transmis au CDAD, aux membres du comité de "
          "suivi et aux communes de la communauté de communes ; il est publié sur le site internet de "
          "la commune."),
]

DOCX_BLOCKS["p122_deliberation_convention_placement_exterieur.docx"] = [
    ("title", "Délibération n° 2025-112 — Convention de placement extérieur"),
    ("p", "Conseil municipal de Castelmoron-sur-Lèze — séance du 15 décembre 2025. Rapporteur : "
          "M. l'adjoint à la tranquillité publique."),
    ("p", "Le placement extérieur est une mesure d'aménagement de peine permettant à une personne "
          "condamnée d'exercer une activité en dehors de l'établissement pénitentiaire, sous le "
          "contrôle de l'administration pénitentiaire, afin de préparer sa réinsertion."),
    ("p", "À la suite de la visite du centre pénitentiaire de Seysses le 14 octobre, il est proposé "
          "que la commune, en partenariat avec le chantier d'insertion de la communauté de communes, "
          "accueille jusqu'à deux personnes placées à l'extérieur au sein du service des espaces "
          "verts, pour des périodes de six mois."),
    ("table", [
        ["Engagement", "Partie"],
        ["Hébergement en résidence sociale", "Chantier d'insertion"],
        ["Encadrement technique", "Commune"],
        ["Suivi socio-judiciaire", "SPIP"],
        ["Financement (18 €/jour/personne)", "Direction interrégionale des services pénitentiaires"],
    ]),
    ("p", "Le conseil municipal, après en avoir délibéré, APPROUVE la convention et AUTORISE la Maire à "
          "la signer. Votes : pour 23, contre 4, abstentions 2."),
]

DOCX_BLOCKS["p123_guide_interne_gestion_contentieux.docx"] = [
    ("title", "Guide interne de gestion des contentieux"),
    ("p", "Direction des affaires juridiques — édition 2025. Ce guide s'adresse à tous les services. Il "
          "décrit ce qu'il faut faire lorsque la commune est mise en cause devant une juridiction ou "
          "lorsqu'elle envisage d'agir."),
    ("h", "1. Les délais, d'abord"),
    ("p", "Devant le tribunal administratif, le délai de recours contre une décision est en principe de "
          "deux mois à compter de sa publication ou de sa notification. Le juge fixe ensuite des délais "
          "pour produire les mémoires ; leur dépassement peut valoir acquiescement aux faits. Devant "
          "le juge judiciaire, les délais de comparution et de constitution d'avocat sont brefs. Toute "
          "pièce de procédure reçue doit donc être transmise au service juridique le jour même."),
    ("h", "2. Télérecours"),
    ("p", "Les communes de plus de 3 500 habitants sont tenues d'utiliser l'application Télérecours. "
          "Les notifications sont réputées reçues à la date de première consultation ou, à défaut, huit "
          "jours après leur mise à disposition. Deux agents du service juridique disposent d'un compte."),
    ("h", "3. Qui décide d'agir ?"),
    ("p", "La maire représente la commune en justice. Elle agit sur délégation générale du conseil "
          "municipal (délibération du 10 juillet 2020, art. L. 2122-22, 16° du CGCT) pour défendre la "
          "commune dans toutes les actions intentées contre elle et pour agir en demande devant toutes "
          "les juridictions ; un compte rendu en est fait à chaque séance."),
    ("h", "4. Choisir de recourir à un avocat"),
    ("table", [
        ["Situation", "Avocat obligatoire ?", "Pratique de la commune"],
        ["TA, excès de pouvoir", "Non", "Défense en interne sauf dossier complexe"],
        ["TA, plein contentieux indemnitaire", "Non pour la commune", "Avocat si enjeu > 20 000 €"],
        ["CAA", "Oui en appel (requérant)", "Avocat"],
        ["Conseil d'État", "Oui (avocat aux Conseils)", "Avocat aux Conseils"],
        ["Tribunal judiciaire", "Oui au-delà de 10 000 €", "Avocat"],
        ["Tribunal correctionnel (partie civile)", "Non", "Avocat si préjudice important"],
    ]),
    ("h", "5. Préparer la défense"),
    ("p", "Le service mis en cause rédige une note factuelle chronologique, rassemble les pièces "
          "(arrêtés, courriers, photos, comptes rendus) et désigne un interlocuteur. Le service "
          "juridique rédige le mémoire ou le confie à l'avocat titulaire du marché. Les pièces "
          "comportant des données personnelles de tiers ou des informations couvertes par un secret "
          "protégé par la loi sont occultées avant production."),
    ("h", "6. Après le jugement"),
    ("p", "Le service juridique analyse le jugement, propose ou non de faire appel dans le délai de "
          "deux mois et veille à l'exécution : paiement des sommes dues dans un délai de deux mois, "
          "édiction d'une nouvelle décision si le juge l'a ordonné."),
    ("h", "7. Transiger"),
    ("p", "La transaction, contrat écrit par lequel les parties terminent ou préviennent une "
          "contestation par des concessions réciproques, est encouragée. Elle doit être approuvée par "
          "le conseil municipal lorsque son montant dépasse 10 000 €."),
    ("h", "8. Les référés"),
    ("p", "Le référé-suspension (art. L. 521-1 CJA) permet de suspendre une décision en cas d'urgence "
          "et de doute sérieux sur sa légalité ; le juge statue en quelques semaines. Le référé-liberté "
          "(art. L. 521-2) impose une réponse en 48 heures lorsqu'une liberté fondamentale est en "
          "cause : réunions publiques, accès à une salle, fermeture d'un commerce, arrêté de police. "
          "Le référé mesures-utiles et le référé-expertise sont fréquemment utilisés en matière de "
          "travaux publics. En cas de référé, le service juridique doit être prévenu immédiatement, "
          "y compris le week-end par l'astreinte de direction."),
    ("h", "9. La communication sur un contentieux"),
    ("p", "Les contentieux en cours ne sont commentés que par la maire ou son cabinet. Les services ne "
          "répondent pas aux journalistes ni aux requérants sur le fond d'une affaire. Les décisions "
          "définitives impliquant des personnes morales peuvent être publiées sur le site de la "
          "commune ; celles concernant des particuliers ou des agents ne le sont jamais, même "
          "anonymisées, sans validation du service juridique."),
    ("h", "10. L'archivage"),
    ("p", "Les dossiers contentieux sont conservés dix ans après l'épuisement des voies de recours, "
          "puis triés avec les Archives municipales. Les dossiers d'urbanisme et de travaux publics "
          "liés à un ouvrage sont conservés pendant toute la durée de vie de l'ouvrage."),
    ("h", "11. Glossaire"),
    ("table", [
        ["Terme", "Définition"],
        ["Requérant", "Personne qui saisit le juge administratif"],
        ["Mémoire", "Écrit de procédure devant le juge administratif"],
        ["Conclusions", "Écrit de procédure devant le juge judiciaire ; demandes d'une partie"],
        ["Référé", "Procédure d'urgence devant un juge unique"],
        ["Dépens", "Frais de procédure (huissier, expertise) mis à la charge d'une partie"],
        ["Frais irrépétibles", "Frais d'avocat que le juge peut faire rembourser (art. L. 761-1 CJA)"],
        ["Désistement", "Renonciation du requérant à son action"],
        ["Astreinte", "Somme due par jour de retard dans l'exécution d'une décision"],
    ]),
]

DOCX_BLOCKS["p124_compte_rendu_comite_suivi_mjd_partenaires.docx"] = [
    ("title", "Compte rendu du comité de suivi de la MJD — 7 octobre 2025"),
    ("p", "Présents : la coordinatrice, la greffière, les représentants du barreau, de France Victimes, "
          "du CIDFF, de la Cimade, de la médiation familiale, du SPIP et de la PJJ, l'adjoint à la "
          "citoyenneté."),
    ("h", "1. Fréquentation des neuf premiers mois"),
    ("p", "4 126 personnes accueillies (+8 % par rapport à 2024). Forte hausse des questions relatives "
          "aux expulsions locatives et au surendettement."),
    ("h", "2. Retour des partenaires"),
    ("p", "France Victimes signale que la salle d'attente commune expose parfois des victimes à la "
          "présence de personnes convoquées par le délégué du procureur ; il est décidé de réserver le "
          "bureau 3 comme salle d'attente dédiée. Le SPIP souhaiterait un bureau fixe le jeudi."),
    ("h", "3. Points divers"),
    ("p", "La borne de visio-audience sera opérationnelle en novembre. Le prochain comité se tiendra en "
          "mars 2026."),
    ("h", "4. Bilans des partenaires (période janvier-septembre)"),
    ("table", [
        ["Partenaire", "Personnes reçues", "Tendance", "Observation"],
        ["Avocats", "498", "+5 %", "Forte demande en droit du travail"],
        ["CIDFF", "301", "+9 %", "Hausse des questions sur la prestation compensatoire"],
        ["France Victimes", "246", "+12 %", "Davantage d'orientations par la gendarmerie"],
        ["Cimade", "118", "+15 %", "Démarches numériques majoritaires"],
        ["Médiation familiale", "88 entretiens", "stable", "Délai d'attente de trois semaines"],
        ["Conciliateurs", "151 saisines", "+19 %", "Effet de la réforme de l'amiable"],
    ]),
    ("p", "Le représentant du barreau propose d'ouvrir une permanence d'avocat en droit des mineurs "
          "le mercredi après-midi, en lien avec la PJJ, pour informer les familles sur la procédure "
          "pénale des mineurs et l'assistance éducative. Le comité y est favorable sous réserve des "
          "crédits du CDAD."),
    ("p", "Le SPIP indique que le nombre de personnes suivies résidant dans la commune est stable et "
          "que les entretiens à la MJD évitent des déplacements à Pradelles. Il remercie les agents "
          "d'accueil pour la discrétion avec laquelle ces rendez-vous sont organisés."),
    ("h", "5. Travaux et aménagements"),
    ("p", "L'ascenseur sera mis en service en décembre. La signalétique intérieure sera refaite pour "
          "que les usagers ne sachent pas, depuis la salle d'attente, quel intervenant ils vont "
          "rencontrer. Un espace enfants sera aménagé dans le hall."),
    ("h", "6. Calendrier"),
    ("p", "Journée portes ouvertes le 15 octobre ; colloque du 21 novembre ; bilan annuel en mars "
          "2026."),
    ("h", "7. Relevé des décisions"),
    ("table", [
        ["Décision", "Responsable", "Échéance"],
        ["Salle d'attente dédiée aux victimes (bureau 3)", "Coordinatrice", "Immédiat"],
        ["Bureau fixe le jeudi pour le SPIP", "Coordinatrice", "Novembre"],
        ["Étude d'une permanence en droit des mineurs", "Barreau / CDAD", "Mars 2026"],
        ["Nouvelle signalétique intérieure", "Services techniques", "Décembre"],
        ["Diffusion du dépliant traduit", "Communication", "Novembre"],
    ]),
    ("p", "Le comité remercie l'équipe d'accueil, dont la charge a augmenté avec la hausse de la "
          "fréquentation, et prend acte de la demande de la coordinatrice de pérenniser le poste de "
          "l'agent d'accueil à mi-temps recruté en 2025. L'adjoint à la citoyenneté s'engage à porter "
          "cette demande lors de la préparation budgétaire."),
]

DOCX_BLOCKS["p125_charte_mediation_sociale_quartiers.docx"] = [
    ("title", "Charte de la médiation sociale de Castelmoron-sur-Lèze"),
    ("p", "Adoptée par le comité de pilotage du 16 septembre 2025."),
    ("h", "Principes"),
    ("p", "Neutralité et impartialité : le médiateur ne prend parti pour personne. Libre consentement : "
          "nul ne peut être contraint d'entrer en médiation. Confidentialité : ce qui est dit en "
          "médiation n'est pas répété, sauf danger grave pour une personne, notamment un enfant. "
          "Respect des droits : la médiation ne se substitue pas à la justice ; le médiateur informe "
          "toujours les personnes de leur droit de saisir le juge ou de porter plainte."),
    ("h", "Champ d'intervention"),
    ("p", "Conflits de voisinage, tensions dans l'espace public, incompréhensions entre habitants et "
          "institutions, accompagnement vers les services publics. Les violences conjugales et les "
          "situations de danger pour un enfant sont exclues de la médiation et orientées."),
    ("h", "Engagements des signataires"),
    ("p", "La commune, le bailleur, le centre social et l'association de médiation s'engagent à "
          "reconnaître la place des médiateurs et à leur garantir une formation continue."),
]

DOCX_BLOCKS["p126_plan_formation_service_juridique_2026.docx"] = [
    ("title", "Plan de formation 2026 — direction des affaires juridiques"),
    ("table", [
        ["Formation", "Organisme", "Public", "Durée"],
        ["Actualité du contentieux de la fonction publique", "CNFPT", "Juristes", "2 j"],
        ["Rédiger un mémoire en défense", "CNFPT", "Juristes, assistante", "3 j"],
        ["Protection des données personnelles et droit d'accès", "CDG", "Tous", "1 j"],
        ["Droit pénal des élus et des agents", "Barreau de Pradelles", "Encadrants", "1 j"],
        ["Secret des affaires et communication des documents", "CNFPT", "Juriste marchés", "1 j"],
        ["Accueillir une victime d'infraction", "France Victimes", "Agents MJD", "2 j"],
    ]),
    ("p", "Budget prévisionnel : 3 800 € (hors formations CNFPT couvertes par la cotisation)."),
]

DOCX_BLOCKS["p127_bilan_sinistres_flotte_biens_2024.docx"] = [
    ("title", "Bilan des sinistres 2024 — biens et flotte automobile"),
    ("p", "Service juridique et assurances — document annexé au rapport sur l'exécution des contrats."),
    ("table", [
        ["Nature", "Nombre", "Coût total", "Indemnisé", "Franchise à la charge de la commune"],
        ["Bris de glace véhicules", "9", "4 120 €", "4 120 €", "0 €"],
        ["Accrochages véhicules", "14", "22 600 €", "17 300 €", "5 300 €"],
        ["Dégâts des eaux bâtiments", "6", "31 800 €", "28 800 €", "3 000 €"],
        ["Vandalisme et vols", "11", "46 200 €", "38 700 €", "7 500 €"],
        ["Tempête et grêle", "3", "12 900 €", "11 400 €", "1 500 €"],
        ["Responsabilité civile (réclamations de tiers)", "17", "19 300 €", "15 900 €", "3 400 €"],
    ]),
    ("p", "Analyse : les actes de vandalisme représentent le premier poste. Toutes les plaintes ont été "
          "déposées contre X ; deux procédures ont abouti à l'identification d'auteurs, et la commune "
          "s'est constituée partie civile."),
]

DOCX_BLOCKS["p128_programme_colloque_justice_proximite.docx"] = [
    ("title", "Colloque « Justice de proximité : 30 ans de maisons de justice et du droit »"),
    ("p", "Vendredi 21 novembre 2025 — Théâtre municipal de Castelmoron-sur-Lèze — organisé par le "
          "CDAD de la Haute-Lèze et l'université Toulouse Capitole."),
    ("table", [
        ["Heure", "Intervention"],
        ["9 h", "Ouverture par la présidente du tribunal judiciaire et la maire"],
        ["9 h 30", "Histoire des MJD, des premières « boutiques de droit » à la loi de 1998"],
        ["10 h 30", "Table ronde : les alternatives aux poursuites et la réponse pénale de proximité"],
        ["14 h", "La médiation et la conciliation après la réforme de l'amiable"],
        ["15 h 30", "Accès au droit en milieu rural et numérique : quelles inégalités ?"],
        ["17 h", "Conclusions par le premier avocat général près la cour d'appel"],
    ]),
    ("p", "Entrée libre. Validé au titre de la formation continue des avocats (6 heures)."),
]

DOCX_BLOCKS["p129_note_juridique_arretes_police_bruit.docx"] = [
    ("title", "Note juridique — l'arrêté municipal de lutte contre le bruit"),
    ("p", "Direction des affaires juridiques — 12 mars 2025 — à l'attention de la commission "
          "tranquillité publique."),
    ("h", "1. Le pouvoir du maire"),
    ("p", "Le maire tient de l'article L. 2212-2, 2° du CGCT le soin de réprimer les atteintes à la "
          "tranquillité publique, notamment les bruits de voisinage. Les dispositions du code de la "
          "santé publique (art. R. 1336-4 à R. 1336-11) définissent les bruits de comportement, "
          "d'activité et de chantier. Le préfet peut prendre un arrêté départemental ; le maire peut "
          "prendre des mesures plus restrictives si les circonstances locales le justifient."),
    ("h", "2. Les limites fixées par le juge"),
    ("p", "Une interdiction générale et absolue est illégale. Le Conseil d'État admet des restrictions "
          "horaires pour les travaux de bricolage et de jardinage ou pour les terrasses, si elles sont "
          "proportionnées (CE, 1997, Commune de Tours, par ex.). Une commune ne peut pas interdire de "
          "manière générale la diffusion de musique dans les établissements, qui relève de la "
          "réglementation des établissements diffusant des sons amplifiés."),
    ("h", "3. La sanction"),
    ("p", "Le non-respect de l'arrêté est puni de l'amende prévue pour les contraventions de la 1re "
          "classe (art. R. 610-5 C. pén.) ; le tapage nocturne et les bruits de voisinage relèvent de "
          "la 3e classe (amende forfaitaire de 68 €). Les agents de police municipale peuvent "
          "constater ces infractions."),
    ("h", "4. Proposition"),
    ("p", "Modifier l'arrêté de 2018 pour préciser les horaires le dimanche et intégrer les engins de "
          "loisirs motorisés."),
    ("h", "5. Éléments de comparaison"),
    ("table", [
        ["Commune", "Travaux bruyants (dimanche)", "Terrasses", "Engins motorisés"],
        ["Castelmoron (arrêté 2018)", "10 h - 12 h", "Non réglementé", "Non réglementé"],
        ["Pradelles", "Interdits", "Fermeture à 1 h", "Interdits 20 h - 8 h"],
        ["Saint-Ybars", "10 h - 12 h", "Fermeture à minuit", "Non réglementé"],
        ["Arrêté préfectoral", "10 h - 12 h", "Renvoi aux maires", "Non réglementé"],
    ]),
    ("h", "6. Procédure d'adoption"),
    ("p", "L'arrêté de police est pris par la maire seule, sans délibération du conseil municipal. Il "
          "doit être motivé au regard des circonstances locales : nombre de plaintes reçues, "
          "interventions de la police municipale, configuration des quartiers. Il entre en vigueur "
          "après publication et transmission au préfet au titre du contrôle de légalité. Une "
          "concertation préalable avec les commerçants du centre-ville, bien que non obligatoire, "
          "est recommandée pour les dispositions relatives aux terrasses."),
    ("h", "7. Données utiles"),
    ("p", "La police municipale a enregistré 148 interventions pour bruit en 2024 (112 en 2023), dont "
          "61 % entre 22 h et 2 h. Les plaintes portent majoritairement sur les bruits de comportement "
          "dans les immeubles collectifs, puis sur les engins motorisés (motos, quads) sur les "
          "chemins ruraux, et enfin sur les terrasses de la place du Foirail en été."),
    ("p", "Le service propose de présenter un projet d'arrêté révisé à la commission de mai, après "
          "consultation de l'association des commerçants et des conseils de quartier."),
    ("h", "8. Annexe — Projet d'article sur les engins motorisés"),
    ("p", "« Article 6 — L'usage d'engins motorisés de loisirs (motocyclettes tout-terrain, quads, "
          "motoneiges, mini-motos) est interdit sur les chemins ruraux et les voies communales non "
          "revêtues, de 20 heures à 8 heures, ainsi que les dimanches et jours fériés toute la journée, "
          "à l'exception des véhicules utilisés pour l'exploitation agricole ou forestière, des "
          "véhicules de secours et de service public, et des riverains accédant à leur propriété. »"),
    ("p", "La rédaction retenue vise des circonstances de temps et de lieu précises, ce qui la rend "
          "compatible avec les exigences de proportionnalité rappelées par le juge."),
    ("h", "9. Communication auprès des habitants"),
    ("p", "Une fois l'arrêté adopté, il est proposé de publier un article dans le bulletin municipal, "
          "d'actualiser le guide des relations de voisinage et de remettre un dépliant aux nouveaux "
          "arrivants. La police municipale privilégiera, pendant les trois premiers mois, la "
          "prévention et le rappel à la règle plutôt que la verbalisation, sauf pour le tapage "
          "nocturne caractérisé."),
    ("p", "Pièces jointes : arrêté municipal du 4 mai 2018 ; arrêté préfectoral du 12 janvier 2016 "
          "relatif aux bruits de voisinage ; statistiques d'intervention de la police municipale."),
]

DOCX_BLOCKS["p130_convention_partenariat_france_victimes.docx"] = [
    ("title", "Convention de partenariat 2025-2027"),
    ("p", "Entre la commune de Castelmoron-sur-Lèze et l'association France Victimes Lèze, association "
          "d'aide aux victimes conventionnée par la cour d'appel."),
    ("h", "Article 1 — Objet"),
    ("p", "L'association tient une permanence hebdomadaire à la MJD pour informer les victimes "
          "d'infractions sur leurs droits, les accompagner dans leurs démarches (plainte, constitution "
          "de partie civile, indemnisation par la CIVI) et leur apporter un soutien psychologique."),
    ("h", "Article 2 — Engagements de la commune"),
    ("p", "Mise à disposition gratuite d'un bureau isolé phoniquement, d'une ligne téléphonique, et "
          "subvention annuelle de 6 500 €."),
    ("h", "Article 3 — Engagements de l'association"),
    ("p", "Respect de la confidentialité ; transmission d'un bilan annuel anonymisé ; participation au "
          "CLSPD et au comité de suivi de la MJD."),
    ("h", "Article 4 — Durée"),
    ("p", "Trois ans à compter du 1er janvier 2025."),
]

DOCX_BLOCKS["p131_bilan_mediation_familiale_2024.docx"] = [
    ("title", "Service de médiation familiale de la Lèze — bilan 2024"),
    ("p", "Service conventionné par la CAF et la cour d'appel, financé par la CAF, la MSA, le "
          "Département, les communes et le ministère de la justice."),
    ("table", [
        ["Indicateur", "2024"],
        ["Entretiens d'information préalable", "318"],
        ["Médiations engagées", "142"],
        ["dont ordonnées par le juge aux affaires familiales", "37"],
        ["Médiations terminées", "128"],
        ["Accord total ou partiel", "71 %"],
        ["Durée moyenne (séances)", "3,4"],
    ]),
    ("p", "Objets : organisation de la résidence des enfants (58 %), contribution à l'entretien (21 %), "
          "relations grands-parents petits-enfants (8 %), succession et conflits d'adultes avec un "
          "parent âgé (7 %), autres (6 %). La participation des familles est calculée selon un barème "
          "national, de 2 à 131 € par séance et par personne."),
]

DOCX_BLOCKS["p132_reglement_concours_plaidoirie_lyceens.docx"] = [
    ("title", "Règlement du concours de plaidoirie des lycéens de la Lèze — édition 2026"),
    ("p", "Organisé par la commune, le barreau de Pradelles et le lycée Clémence-Isaure."),
    ("h", "Article 1"),
    ("p", "Le concours est ouvert aux élèves de première et de terminale. Chaque candidat plaide "
          "pendant huit minutes sur un cas fictif portant sur une atteinte aux droits de l'homme, "
          "réelle ou inspirée de l'actualité internationale, sans mettre en cause une personne privée "
          "identifiable."),
    ("h", "Article 2"),
    ("p", "Le jury est composé d'un magistrat, de deux avocats, d'un élu et d'un lauréat de l'édition "
          "précédente. Il apprécie la qualité de l'argumentation, l'éloquence et la maîtrise du sujet."),
    ("h", "Article 3"),
    ("p", "Le premier prix est doté de 300 € en bons d'achat de livres et d'un stage d'observation "
          "dans un cabinet d'avocats."),
]

DOCX_BLOCKS["p133_procedure_reponse_requisitions_judiciaires.docx"] = [
    ("title", "Procédure interne — répondre à une réquisition judiciaire"),
    ("p", "Direction des affaires juridiques — fiche réflexe n° 4."),
    ("h", "Qu'est-ce qu'une réquisition ?"),
    ("p", "Un officier de police judiciaire ou un magistrat peut exiger de la commune la remise "
          "d'informations utiles à une enquête (art. 60-1, 77-1-1 et 99-3 CPP) : images de "
          "vidéoprotection, registres d'état civil, fichiers de cantine, listes électorales, relevés "
          "de badge. Le refus de répondre sans motif légitime est puni d'une amende de 3 750 €."),
    ("h", "Que faire ?"),
    ("table", [
        ["Étape", "Action"],
        ["1", "Vérifier que la réquisition est écrite, signée et vise un article du CPP"],
        ["2", "Transmettre une copie au service juridique"],
        ["3", "Extraire strictement les données demandées"],
        ["4", "Remettre contre récépissé ; consigner dans le registre des réquisitions"],
        ["5", "Ne pas informer la personne concernée par l'enquête"],
    ]),
    ("p", "Le secret professionnel de certains agents (assistantes sociales du CCAS, médecin scolaire) "
          "ne s'efface que dans les cas prévus par la loi : en cas de doute, interroger le service "
          "juridique avant toute remise."),
]

DOCX_BLOCKS["p134_extrait_rob_justice_prevention.docx"] = [
    ("title", "Rapport d'orientation budgétaire 2026 — extrait"),
    ("h", "Politique « Citoyenneté, accès au droit et prévention »"),
    ("p", "La commune poursuivra en 2026 son engagement en faveur de l'accès au droit et de la "
          "prévention de la délinquance."),
    ("table", [
        ["Action", "Budget 2025", "Proposition 2026"],
        ["Fonctionnement de la MJD", "68 400 €", "71 000 €"],
        ["Point-justice (agent d'accueil)", "24 500 €", "25 200 €"],
        ["Subventions accès au droit et aide aux victimes", "18 100 €", "19 500 €"],
        ["Médiation sociale", "92 000 €", "118 000 €"],
        ["Vidéoprotection (fonctionnement)", "36 000 €", "38 500 €"],
        ["Frais de contentieux", "63 400 €", "55 000 €"],
    ]),
    ("p", "La hausse du budget de médiation sociale correspond au recrutement d'un quatrième médiateur, "
          "financé à 60 % par l'État."),
]

DOCX_BLOCKS["p135_bilan_point_justice_detention.docx"] = [
    ("title", "Point-justice en détention — centre pénitentiaire de Seysses — bilan de la première année"),
    ("p", "Document du CDAD de la Haute-Lèze, présenté en assemblée générale le 20 juin 2025."),
    ("p", "Ouvert en mai 2024, le point-justice en détention permet aux personnes détenues de consulter "
          "gratuitement un juriste ou un avocat sur des questions sans lien avec leur procédure pénale "
          "(qui relève de leur avocat) : maintien des droits sociaux, logement, dettes, famille, "
          "droit des étrangers, démarches administratives en vue de la sortie."),
    ("table", [
        ["Domaine", "Nombre d'entretiens"],
        ["Famille (autorité parentale, divorce)", "112"],
        ["Droits sociaux et dettes", "96"],
        ["Droit des étrangers", "74"],
        ["Logement", "51"],
        ["Papiers d'identité et état civil", "43"],
        ["Autres", "29"],
    ]),
    ("p", "Total : 405 entretiens pour 287 personnes. Les demandes sont recueillies par les "
          "conseillers du SPIP et par formulaire déposé en boîte aux lettres dans chaque bâtiment. Les "
          "mairies sont fréquemment sollicitées pour la délivrance d'actes d'état civil : un circuit "
          "simplifié a été convenu avec dix communes du département."),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_depart_retraite_greffiere.html"] = (
    "Au revoir et merci, Josette !",
    """
<article>
<h1>Au revoir et merci, Josette !</h1>
<p class="date">Intranet — Vie des services — 27 juin 2025</p>
<p>Après quatorze ans passés à l'accueil de la maison de justice et du droit, Josette Cabanel prend
sa retraite le 30 juin. Greffière de formation, elle avait rejoint la MJD en 2011 après vingt ans au
tribunal d'instance de Pradelles.</p>
<p>Nombreux sont ceux qui se souviennent de son calme face aux usagers les plus énervés et de son
carnet d'adresses inépuisable. « Elle connaissait chaque conciliateur, chaque avocat, et savait à qui
envoyer qui », témoigne la coordinatrice.</p>
<p>L'année a pourtant été difficile pour elle : absente plusieurs mois pour sa chimiothérapie après
son cancer du sein diagnostiqué à l'automne, elle a tenu à revenir pour ses dernières semaines et à
former sa remplaçante. Toute l'équipe lui souhaite de profiter pleinement de son jardin et de ses
petits-enfants.</p>
<p>Un pot de départ est organisé le vendredi 27 juin à 17 h dans la cour de la MJD.</p>
</article>
""",
)

HTML_PAGES["s062_intranet_portrait_mediateur_social.html"] = (
    "Portrait — Issa, médiateur de quartier",
    """
<article>
<h1>Portrait : Issa Coulibaly, médiateur au Pradet</h1>
<p class="chapo">Dans notre série « Ceux qui font la ville », rencontre avec l'un des trois médiateurs
sociaux recrutés en 2024.</p>
<p>Issa, 38 ans, connaît le quartier du Pradet par cœur : il y a grandi. « Les jeunes savent d'où je
viens. Je leur dis que j'ai fait les mêmes bêtises qu'eux, en pire. » À 22 ans, il a passé dix-huit
mois en détention à la maison d'arrêt de Toulouse après un braquage de station-service ; c'est en
prison qu'il a repris ses études et obtenu son bac. Il a ensuite travaillé dans l'animation, puis
passé le titre de médiateur social.</p>
<p>Aujourd'hui, il intervient dans les conflits de voisinage, accompagne les familles vers les
services, et tient une présence de soirée près de la gare. « Ce qui me plaît, c'est de voir un
conflit se dénouer autour d'un café. »</p>
<p>Son souhait pour 2026 : un local ouvert le samedi pour les jeunes.</p>
</article>
""",
)

HTML_PAGES["s063_export_messagerie_avocat_garde_vue_mineur.html"] = (
    "Messagerie — conversation",
    """
<div class="thread">
<h2>Objet : Votre fils — convocation</h2>
<div class="msg">
<p class="meta">De : Me Karine Delaunay &lt;k.delaunay@avocats-pradelles.fr&gt; — À : Nadia Ferhat
(agente, service état civil) — 11/03/2025 08:12</p>
<p>Madame,</p>
<p>J'ai assisté votre fils Ilyès hier pendant sa retenue puis sa garde à vue à la brigade de
Pradelles. Comme il a 16 ans, la mesure a été prolongée jusqu'à ce matin. Il est sorti avec une
convocation devant le juge des enfants le 2 avril pour recel du téléphone volé. Il n'a pas d'antécédent,
ce qui joue en sa faveur.</p>
<p>Je vous propose un rendez-vous à mon cabinet vendredi à 18 h pour préparer l'audience.</p>
</div>
<div class="msg">
<p class="meta">De : Nadia Ferhat — À : Me Karine Delaunay — 11/03/2025 08:47</p>
<p>Merci Maître, nous serons là vendredi. Je vous écris depuis le travail, merci de me répondre sur
mon adresse personnelle désormais.</p>
</div>
</div>
""",
)

HTML_PAGES["s064_fiche_dossier_aide_juridictionnelle_divorce.html"] = (
    "Dossier AJ 2025-01377",
    """
<h1>Dossier d'aide juridictionnelle n° 2025-01377</h1>
<table>
<tr><th>Demandeur</th><td>Mme Sandrine Lopes, 41 ans</td></tr>
<tr><th>Procédure</th><td>Divorce pour altération définitive du lien conjugal — défenderesse</td></tr>
<tr><th>Adversaire</th><td>M. Patrick Lopes</td></tr>
<tr><th>Enfants</th><td>3 (15, 12 et 7 ans), résidence chez la mère</td></tr>
<tr><th>Ressources</th><td>ASS 560 € ; pension alimentaire impayée depuis 8 mois ; prime d'activité</td></tr>
<tr><th>Charges</th><td>Loyer 620 € ; dossier de surendettement recevable (Banque de France, 03/2025)</td></tr>
<tr><th>Décision</th><td>AJ totale accordée le 14/04/2025</td></tr>
<tr><th>Avocat désigné</th><td>Me Thomas Nguyen</td></tr>
</table>
<p class="note">Observation du greffe : la demanderesse sollicite le recouvrement des pensions par
l'ARIPA.</p>
""",
)

HTML_PAGES["s065_lettre_information_association_temoignage.html"] = (
    "La lettre de l'association — n° 12",
    """
<h1>La lettre d'« Égalité Lèze » — n° 12, printemps 2025</h1>
<h2>Agenda</h2>
<p>Permanence juridique tous les premiers jeudis à la MJD ; marche des fiertés de Toulouse le 14 juin
(départ en car à 11 h devant la mairie).</p>
<h2>Témoignage</h2>
<p>Marc Estival, 46 ans, chauffeur au service de ramassage scolaire de la communauté de communes,
a accepté de raconter son parcours : « Pendant quinze ans, au dépôt, personne ne savait que j'étais
gay. Quand j'ai parlé de mon mari à la pause, les blagues ont commencé, puis les insultes sur mon
casier. J'ai fini par aller voir la juriste de l'association, qui m'a aidé à saisir le Défenseur des
droits. » Son employeur a depuis engagé une procédure disciplinaire contre deux collègues.</p>
<h2>Vie de l'association</h2>
<p>L'assemblée générale se tiendra le 24 mai à 18 h à la salle Olympe-de-Gouges.</p>
""",
)

HTML_PAGES["s066_annuaire_permanences_remplacements.html"] = (
    "Annuaire des permanences — mise à jour",
    """
<h1>Annuaire des permanences de la MJD — mise à jour du 3 février 2025</h1>
<table>
<tr><th>Permanence</th><th>Jour</th><th>Intervenant</th><th>Observations</th></tr>
<tr><td>Avocat famille</td><td>1er et 3e mercredis</td><td>Me Hélène Vasseur</td><td>—</td></tr>
<tr><td>Avocat travail</td><td>2e mercredi</td><td>Me Olivia Leroux</td><td>Remplacée par Me Nguyen de
mars à juillet : Me Leroux attend des jumeaux pour avril et sera en congé maternité</td></tr>
<tr><td>Notaire</td><td>2e mardi</td><td>Me Pierre Daguerre</td><td>—</td></tr>
<tr><td>Conciliateur</td><td>Lundi matin</td><td>M. Bernard Lhomme</td><td>—</td></tr>
<tr><td>France Victimes</td><td>Mardi après-midi</td><td>Mme Céline Vautrin</td><td>—</td></tr>
<tr><td>Cimade</td><td>1er samedi</td><td>Bénévoles</td><td>—</td></tr>
</table>
""",
)

HTML_PAGES["s067_decision_ta_mal_anonymisee.html"] = (
    "TA Toulouse — jugement n° 2401987",
    """
<h1>Tribunal administratif de Toulouse — 4e chambre — jugement du 10 avril 2025, n° 2401987</h1>
<p class="parties">Mme Géraldine Fourcade c/ Commune de Castelmoron-sur-Lèze</p>
<p><em>Version publiée sur le site de la commune (rubrique « Décisions de justice ») — mise en ligne
le 15 avril 2025.</em></p>
<h2>Faits et procédure</h2>
<p>Mme Fourcade, adjointe administrative au service de l'urbanisme, demande l'annulation de l'arrêté
du 5 février 2024 par lequel la maire a refusé de reconnaître l'imputabilité au service de la
pathologie dont elle souffre. Elle soutient que le trouble anxio-dépressif sévère diagnostiqué en
2023 et son hospitalisation de trois semaines en clinique psychiatrique résultent du comportement de
sa supérieure hiérarchique, qui la dénigrait devant ses collègues et avait qualifié sa manière de
servir d'« indigente » dans son évaluation 2022.</p>
<h2>Motifs</h2>
<p>Il ressort du rapport de l'expert psychiatre que la pathologie présente un lien direct avec les
conditions de travail. L'arrêté est annulé et il est enjoint à la maire de reconnaître l'imputabilité
au service dans un délai de deux mois.</p>
<h2>Considérants (extraits)</h2>
<p>1. Aux termes de l'article L. 822-18 du code général de la fonction publique, est présumé
imputable au service tout accident survenu à un fonctionnaire, quelle qu'en soit la cause, dans le
temps et le lieu du service. Une maladie contractée en service peut être reconnue imputable au
service lorsqu'elle est essentiellement et directement causée par l'exercice des fonctions.</p>
<p>2. Il ressort des pièces du dossier, et notamment du rapport d'expertise du 12 octobre 2023, que
les troubles présentés par la requérante sont apparus au cours de l'année 2022, qu'ils sont en lien
direct avec les relations de travail au sein du service, et que l'intéressée ne présentait aucun
antécédent. Le conseil médical a d'ailleurs émis un avis favorable à la reconnaissance de
l'imputabilité, dont la maire s'est écartée sans motiver sa décision.</p>
<p>3. La commune fait valoir que la requérante aurait connu des difficultés personnelles pendant la
même période. Elle n'apporte toutefois aucun élément de nature à établir que ces difficultés
seraient à l'origine de sa pathologie.</p>
<p>4. Il résulte de ce qui précède que la requérante est fondée à demander l'annulation de l'arrêté
attaqué.</p>
<h2>Dispositif</h2>
<p>Article 1er : L'arrêté du 5 février 2024 est annulé.<br>
Article 2 : Il est enjoint à la maire de Castelmoron-sur-Lèze de reconnaître l'imputabilité au service
de la maladie de Mme Fourcade dans un délai de deux mois.<br>
Article 3 : La commune versera à Mme Fourcade la somme de 1 500 euros au titre de l'article L. 761-1
du code de justice administrative.<br>
Article 4 : Le présent jugement sera notifié à Mme Géraldine Fourcade et à la commune de
Castelmoron-sur-Lèze.</p>
<p>Délibéré après l'audience du 20 mars 2025, où siégeaient M. Roques, président, Mme Albert,
première conseillère, et M. Dutour, conseiller. Rendu public par mise à disposition au greffe le 10
avril 2025.</p>
<p class="note">Publication : la commune a choisi de mettre en ligne l'intégralité des jugements rendus
dans les affaires la concernant, afin de rendre compte aux habitants de l'usage des deniers publics.
Pour toute question, s'adresser au service juridique.</p>
<h2>Commentaire du service juridique</h2>
<p>La commune n'a pas fait appel de ce jugement. Elle a reconnu l'imputabilité au service par arrêté
du 30 mai 2025 et a engagé une réflexion sur l'organisation du service de l'urbanisme, accompagnée par
le centre de gestion.</p>
<h2>Documents liés</h2>
<ul>
<li>Délibération du 26 mai 2025 prenant acte du jugement (budget : inscription de la somme de
1 500 €)</li>
<li>Arrêté du 30 mai 2025 portant reconnaissance de l'imputabilité au service</li>
<li>Jugement au format PDF (version intégrale transmise par le greffe)</li>
</ul>
<p class="note">Voies de recours : le présent jugement peut faire l'objet d'un appel devant la cour
administrative d'appel de Toulouse dans un délai de deux mois à compter de sa notification. La
commune a renoncé à faire appel ; le jugement est devenu définitif le 11 juin 2025.</p>
<p class="note">Dernière mise à jour de la page : 12 juin 2025.</p>
""",
)

HTML_PAGES["s068_ticket_support_acces_biometrique_archives.html"] = (
    "Ticket #4471 — accès local archives judiciaires",
    """
<h1>Ticket #4471 — Demande d'enrôlement biométrique</h1>
<table>
<tr><th>Demandeur</th><td>Kévin Sarr, juriste commande publique</td></tr>
<tr><th>Statut</th><td>Résolu</td></tr>
</table>
<h2>Historique</h2>
<p><strong>03/02/2025 — K. Sarr :</strong> Le lecteur d'empreintes de la salle des archives
contentieuses ne reconnaît plus mon doigt (cicatrice après une coupure). Pouvez-vous refaire
l'enrôlement ?</p>
<p><strong>04/02/2025 — Support :</strong> Gabarit d'empreinte de l'index droit supprimé et
réenregistré ce jour sur le terminal n° 2 ; gabarit de secours : majeur gauche. Les gabarits sont
stockés sur le terminal (modèle BioLock 300), numéro d'utilisateur 0017. Le code PIN de secours en
cas de panne du lecteur est 7720 : merci de ne pas le communiquer.</p>
""",
)

HTML_PAGES["s069_compte_rendu_conseil_retrait_delegation.html"] = (
    "Compte rendu sommaire — conseil municipal du 2 décembre 2024",
    """
<h1>Compte rendu sommaire du conseil municipal du 2 décembre 2024</h1>
<p>Affiché le 4 décembre 2024 en application de l'article L. 2121-25 du CGCT.</p>
<h2>Communications de la Maire</h2>
<p>Mme la Maire informe l'assemblée qu'elle a retiré, par arrêté du 25 novembre, la délégation
consentie à M. Pascal Lacombe, adjoint à l'urbanisme et au développement économique, à la suite de
sa mise en examen le 21 novembre pour favoritisme et prise illégale d'intérêts dans le dossier de la
zone artisanale, et du contrôle judiciaire qui lui interdit d'exercer toute fonction en lien avec
l'attribution des terrains. Elle rappelle qu'il reste présumé innocent.</p>
<h2>Délibérations</h2>
<p>2024-101 — Décision modificative n° 3 : adoptée (26 pour, 3 abstentions).</p>
<p>2024-102 — Tarifs 2025 de la restauration scolaire : adoptés à l'unanimité.</p>
<p>2024-103 — Maintien de M. Lacombe dans ses fonctions d'adjoint : rejeté (11 pour, 16 contre,
2 abstentions).</p>
""",
)

HTML_PAGES["s070_fiche_usager_reclamation_militant.html"] = (
    "GRU — fiche usager",
    """
<h1>Gestion de la relation usager — fiche n° 2025-3308</h1>
<table>
<tr><th>Usager</th><td>M. Daniel Rigaud, 14 rue des Écoles</td></tr>
<tr><th>Canal</th><td>Courrier et accueil MJD</td></tr>
<tr><th>Objet</th><td>Réclamation : refus de salle municipale pour une réunion</td></tr>
<tr><th>Service</th><td>Vie associative, copie service juridique</td></tr>
</table>
<h2>Notes internes</h2>
<p>M. Rigaud souhaitait réserver la salle des Tilleuls le 12 mars. Il est adhérent de La France
insoumise et responsable local de son groupe d'action ; il ne s'agit pas d'une réunion électorale
selon lui. Il menace de saisir le tribunal administratif en référé-liberté.</p>
<p>Avis du service juridique : la commune doit traiter toutes les demandes de la même façon ; un
refus fondé sur l'appartenance politique serait illégal. Proposer une autre date.</p>
""",
)

HTML_PAGES["s071_intranet_lettre_juridique_reproduite.html"] = (
    "Lettre juridique des collectivités — n° 318 (reproduction intégrale)",
    """
<p class="bandeau">NE PAS DIFFUSER — abonnement réservé au service juridique</p>
<h1>La Lettre juridique des collectivités — n° 318 — 15 septembre 2025</h1>
<p class="copyright">© Éditions Légicité. Tous droits réservés. Toute reproduction ou diffusion,
même partielle, en dehors du poste de l'abonné est interdite (licence n° LC-88213).</p>
<h2>Éditorial — « L'amiable, jusqu'où ? »</h2>
<p>Par Jeanne Dorval, rédactrice en chef. La généralisation des modes amiables de règlement des
différends transforme la pratique des services juridiques. Si l'on peut se réjouir d'un désengorgement
des juridictions, plusieurs questions restent entières : la transaction engageant la commune
peut-elle être conclue sans délibération ? Le médiateur peut-il entendre les élus ? …</p>
<h2>Dossier — la responsabilité du maire en matière de baignade</h2>
<p>[Texte intégral de l'article de quatre pages de Me François Aubin, reproduit par le service pour
consultation sur l'intranet.]</p>
<h2>Jurisprudence commentée</h2>
<p>Douze décisions analysées par la rédaction, avec les commentaires de la revue.</p>
<h2>Brèves</h2>
<p><strong>Subventions aux associations cultuelles.</strong> La cour administrative d'appel de
Bordeaux confirme qu'une commune ne peut subventionner la rénovation d'une salle paroissiale utilisée
pour le culte, même partiellement ouverte à des activités culturelles. La rédaction analyse les
critères retenus et propose une grille de vérification à l'usage des services instructeurs.</p>
<p><strong>Élus et conflits d'intérêts.</strong> Le Conseil d'État précise les conditions dans
lesquelles un conseiller municipal, membre du bureau d'une association subventionnée, doit se
déporter lors du vote. Notre commentaire détaille les précautions de rédaction des délibérations.</p>
<p><strong>Police municipale.</strong> Un décret du 2 septembre 2025 étend les prérogatives des agents
de police municipale en matière de constatation des infractions routières. Tableau récapitulatif en
page 14 de l'édition papier, reproduit ci-dessous.</p>
<h2>Fiche pratique — rédiger une transaction</h2>
<p>La fiche pratique de la rédaction, reproduite intégralement, propose une clause type de
concessions réciproques, une clause de renonciation à recours et une clause de confidentialité, avec
les commentaires de l'auteur sur chacune d'elles et les pièges à éviter (absence de délibération,
libéralité déguisée, transaction sur une matière d'ordre public).</p>
<h2>Agenda</h2>
<p>Webinaire réservé aux abonnés le 2 octobre : « La responsabilité pénale du maire en matière de
sécurité des baignades et des aires de jeux ». Code d'accès abonné communiqué dans l'édition
papier.</p>
<p class="bandeau">Usage réservé à l'abonné — reproduction interdite — diffusion limitée au service
juridique de la commune.</p>
""",
)

HTML_PAGES["s072_intranet_actualite_aumonerie_agent.html"] = (
    "Un agent de la médiathèque ordonné diacre",
    """
<article>
<h1>Félicitations à Bernard</h1>
<p class="date">Vie interne — 12 octobre 2025</p>
<p>Bernard Soulié, agent d'accueil à la médiathèque depuis 2009, a été ordonné diacre permanent le
5 octobre en la cathédrale Saint-Étienne de Toulouse. Marié et père de trois enfants, il exerçait
depuis plusieurs années comme bénévole de l'aumônerie catholique du centre pénitentiaire de Seysses,
où il rend visite aux détenus chaque samedi.</p>
<p>Il poursuivra bien entendu ses fonctions à la médiathèque, dans le respect de la neutralité du
service public. Il a demandé un aménagement de son temps partiel pour assurer son ministère le
samedi.</p>
<p>Bravo Bernard !</p>
</article>
""",
)

HTML_PAGES["s073_compte_rendu_permanence_syndicale.html"] = (
    "Permanence syndicale du 4 mars — relevé",
    """
<h1>Section CGT des territoriaux de Castelmoron — relevé de la permanence du 4 mars 2025</h1>
<p>Permanence tenue dans le local syndical (bâtiment B) de 12 h à 14 h par Yvan Mallet.</p>
<table>
<tr><th>Agent reçu</th><th>Service</th><th>Objet</th><th>Suite</th></tr>
<tr><td>Sophie Rames</td><td>Restauration scolaire</td><td>Adhésion, questions sur le temps
partiel</td><td>Carte 2025 remise</td></tr>
<tr><td>Farid Oukil</td><td>Voirie</td><td>Renouvellement adhésion ; conteste son entretien
professionnel</td><td>Accompagnement recours CAP</td></tr>
<tr><td>Gisèle Portal</td><td>État civil</td><td>Souhaite se syndiquer et être candidate aux
élections professionnelles 2026</td><td>Rencontre bureau de section</td></tr>
</table>
""",
)

HTML_PAGES["s074_fiche_liaison_pjj_mairie_scolarite.html"] = (
    "Fiche de liaison PJJ — service éducation",
    """
<h1>Fiche de liaison — Protection judiciaire de la jeunesse / direction de l'éducation</h1>
<table>
<tr><th>Jeune</th><td>Lucas Ferrand, 13 ans</td></tr>
<tr><th>Mesure</th><td>Mesure judiciaire d'investigation éducative ordonnée par le juge des
enfants (assistance éducative, art. 375 C. civ.)</td></tr>
<tr><th>Éducateur</th><td>M. Paul Lacroix, STEMO de Pradelles</td></tr>
</table>
<p>Dans le cadre de la mesure, nous souhaiterions rencontrer l'animatrice de l'accueil périscolaire,
qui a alerté l'école sur des traces de coups et sur le fait que Lucas reste souvent seul le soir, ses
parents travaillant de nuit. Le juge s'interroge sur un placement. Merci de nous proposer un
créneau.</p>
""",
)

HTML_PAGES["s075_registre_autorisations_absence_familiales.html"] = (
    "Registre des autorisations d'absence — septembre 2025",
    """
<h1>Registre des autorisations spéciales d'absence — septembre 2025</h1>
<table>
<tr><th>Agent</th><th>Service</th><th>Date</th><th>Motif déclaré</th><th>Durée</th></tr>
<tr><td>M. Julien Baylac</td><td>Espaces verts</td><td>04/09</td><td>Mariage d'un enfant</td>
<td>1 j</td></tr>
<tr><td>Mme Agnès Poudou</td><td>Finances</td><td>09/09</td><td>Concours</td><td>1 j</td></tr>
<tr><td>Mme Martine Caussade</td><td>Entretien</td><td>16/09</td><td>Parloir famille au centre
pénitentiaire de Seysses (fils détenu) — déplacement</td><td>0,5 j</td></tr>
<tr><td>M. Omar Benhadj</td><td>Police municipale</td><td>22/09</td><td>Formation tir</td>
<td>1 j</td></tr>
<tr><td>Mme Lucie Arnal</td><td>Crèche</td><td>29/09</td><td>Décès d'un grand-parent</td>
<td>1 j</td></tr>
</table>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_mjd_presentation_horaires.html"] = (
    "Maison de justice et du droit — Castelmoron-sur-Lèze",
    """
<h1>La maison de justice et du droit</h1>
<p>La MJD est un lieu d'accueil gratuit et confidentiel, ouvert à tous, pour s'informer sur ses
droits, régler un litige à l'amiable ou être accompagné dans une procédure.</p>
<h2>Horaires</h2>
<p>Du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h 30. Consultations sur rendez-vous.</p>
<h2>Adresse</h2>
<p>3, rue du Palais — accessible aux personnes à mobilité réduite — parking place de l'Église.</p>
<h2>Ce que l'on peut y faire</h2>
<ul>
<li>rencontrer gratuitement un avocat, un notaire, un conciliateur ;</li>
<li>être aidé pour une demande d'aide juridictionnelle ou une saisine du juge ;</li>
<li>être accompagné si vous êtes victime d'une infraction ;</li>
<li>exécuter une mesure décidée par le procureur (rappel aux obligations, composition pénale) ;</li>
<li>rencontrer votre conseiller du SPIP si vous êtes suivi par la justice.</li>
</ul>
<p>Tél. 05 61 00 00 10 — mjd@castelmoron-sur-leze.fr</p>
""",
)

HTML_PAGES["p137_page_aide_juridictionnelle_demarche.html"] = (
    "Demander l'aide juridictionnelle",
    """
<h1>Demander l'aide juridictionnelle pas à pas</h1>
<ol>
<li><strong>Vérifiez votre éligibilité</strong> avec le simulateur du ministère de la justice.</li>
<li><strong>Choisissez un avocat</strong> qui accepte l'aide juridictionnelle, ou demandez qu'un
avocat soit désigné par le bâtonnier.</li>
<li><strong>Remplissez la demande</strong> en ligne ou sur le formulaire papier. Joignez votre avis
d'imposition et, si votre situation a changé, vos justificatifs récents.</li>
<li><strong>Déposez-la</strong> au bureau d'aide juridictionnelle du tribunal judiciaire de Pradelles
(ou envoyez-la par courrier).</li>
<li><strong>Attendez la décision</strong> : en moyenne quatre à huit semaines. En cas d'urgence
(expulsion, garde à vue, ordonnance de protection), l'aide peut être accordée à titre provisoire.</li>
</ol>
<p>Besoin d'aide ? L'accueil de la MJD vous accompagne sans rendez-vous le mardi matin.</p>
""",
)

HTML_PAGES["p138_page_conciliateur_justice.html"] = (
    "Le conciliateur de justice",
    """
<h1>Le conciliateur de justice</h1>
<p>Un différend avec un voisin, un artisan, un commerçant, votre propriétaire ? Avant d'aller au
tribunal, pensez au conciliateur de justice. C'est gratuit, rapide et souvent efficace : plus d'un
litige sur deux se termine par un accord.</p>
<h2>Permanences</h2>
<p>Mairie, bureau 4 : tous les lundis de 9 h à 12 h, sur rendez-vous au 05 61 00 00 00.<br>
Point-justice : 2e et 4e jeudis après-midi.</p>
<h2>Bon à savoir</h2>
<p>Pour un litige de moins de 5 000 € ou un trouble de voisinage, vous devez en principe tenter une
conciliation, une médiation ou une procédure participative avant de saisir le juge. Le conciliateur
ne traite pas les affaires familiales ni les litiges avec l'administration (voyez alors le délégué du
Défenseur des droits).</p>
""",
)

HTML_PAGES["p139_actualite_audience_solennelle_tribunal.html"] = (
    "Audience solennelle : la justice du ressort en chiffres",
    """
<article>
<h1>Audience solennelle : la justice du ressort en chiffres</h1>
<p class="date">Publié le 27 janvier 2025</p>
<p>La maire a assisté vendredi 24 janvier à l'audience solennelle de rentrée du tribunal judiciaire
de Pradelles, l'occasion pour les chefs de juridiction de présenter le bilan de l'année écoulée.</p>
<h2>Une activité civile soutenue</h2>
<p>La présidente du tribunal a rappelé que 9 870 affaires civiles nouvelles ont été enregistrées en
2024, dont 3 120 en matière familiale. Le délai moyen de traitement des divorces contentieux a été
ramené de 19 à 15 mois grâce à l'arrivée de deux juges supplémentaires et de quatre attachés de
justice. Le contentieux des expulsions locatives a progressé de 14 %, et celui du surendettement de
9 %.</p>
<h2>La réponse pénale</h2>
<p>Le procureur de la République a souligné la hausse des violences intrafamiliales (+9 %) et la
part croissante des alternatives aux poursuites, dont un grand nombre sont exécutées dans les
maisons de justice et du droit. Le taux de réponse pénale atteint 91 %. Le travail d'intérêt général
reste trop peu prononcé faute de postes : 41 seulement sont proposés par les collectivités du
ressort.</p>
<h2>Justice des mineurs</h2>
<p>Depuis l'entrée en vigueur du code de la justice pénale des mineurs, le délai de jugement sur la
culpabilité est passé à moins de trois mois. Le juge des enfants a par ailleurs été saisi de 640
nouvelles procédures d'assistance éducative.</p>
<h2>Le rôle des communes</h2>
<p>Les chefs de juridiction ont salué l'engagement des communes dans l'accès au droit et ont invité
les maires à proposer des postes de TIG et à signaler au parquet, via leur référent, les atteintes
dont les élus font l'objet.</p>
<p>La maire a annoncé que la commune proposerait deux nouveaux postes de TIG en 2025.</p>
<h2>Les chiffres clés du tribunal judiciaire en 2024</h2>
<table>
<tr><th>Activité</th><th>2023</th><th>2024</th></tr>
<tr><td>Affaires civiles nouvelles</td><td>9 412</td><td>9 870</td></tr>
<tr><td>dont affaires familiales</td><td>3 004</td><td>3 120</td></tr>
<tr><td>Procédures d'expulsion locative</td><td>412</td><td>470</td></tr>
<tr><td>Dossiers de surendettement (recours)</td><td>288</td><td>314</td></tr>
<tr><td>Jugements correctionnels</td><td>2 812</td><td>2 986</td></tr>
<tr><td>Mesures de protection des majeurs ouvertes</td><td>602</td><td>641</td></tr>
<tr><td>Décisions d'aide juridictionnelle</td><td>6 904</td><td>7 288</td></tr>
</table>
<h2>Un tribunal qui se transforme</h2>
<p>La présidente a présenté les chantiers de l'année : la dématérialisation complète des procédures
civiles devant le juge des contentieux de la protection, le déploiement de la visio-audience dans les
deux maisons de justice et du droit du ressort, et la création d'un service d'accueil unique du
justiciable dans chaque point-justice. Elle a aussi annoncé des travaux de mise en accessibilité du
palais de justice, dont l'ascenseur est hors service depuis dix-huit mois.</p>
<h2>L'amiable, priorité nationale</h2>
<p>La politique de l'amiable, voulue par le ministère, s'est traduite par la création d'une audience
de règlement amiable : un juge qui ne jugera pas l'affaire réunit les parties pour les aider à trouver
un accord. Quarante audiences de ce type se sont tenues à Pradelles en 2024, avec un taux d'accord de
62 %. Les conciliateurs du ressort ont été saisis de plus de 3 000 litiges.</p>
<h2>Hommage</h2>
<p>L'audience s'est achevée par l'installation de deux nouveaux magistrats et par un hommage aux
fonctionnaires de greffe partis à la retraite, dont le travail discret permet au tribunal de
fonctionner chaque jour.</p>
<h2>Ce que cela change pour les habitants</h2>
<p>Pour les justiciables de Castelmoron, la visio-audience permettra d'assister à certaines audiences
civiles depuis la maison de justice et du droit, sans se déplacer à Pradelles. Le service d'accueil
unique du justiciable, installé à la MJD, permet déjà de connaître l'état d'avancement de sa
procédure, de déposer une requête ou de retirer une copie de jugement, quelle que soit la juridiction
saisie. Renseignements au 05 61 00 00 10.</p>
<p>Les discours prononcés lors de l'audience sont consultables sur le site de la cour d'appel. Les
habitants peuvent assister librement aux audiences publiques du tribunal : le calendrier est affiché
à l'entrée du palais de justice et à la MJD.</p>
<p>Prochain rendez-vous : la Journée européenne de la justice, en octobre, avec des portes ouvertes au
palais et des simulations d'audience pour les scolaires.</p>
</article>
""",
)

HTML_PAGES["p140_page_victimes_vos_droits.html"] = (
    "Victime d'une infraction : vos droits",
    """
<h1>Vous êtes victime d'une infraction</h1>
<h2>Porter plainte</h2>
<p>Vous pouvez porter plainte dans n'importe quel commissariat ou brigade de gendarmerie, qui ne peut
pas refuser de l'enregistrer, ou écrire directement au procureur de la République. Pour certaines
atteintes aux biens et escroqueries en ligne, la plainte peut être déposée sur internet. Vous
recevez un récépissé et, sur demande, une copie de votre plainte.</p>
<h2>Être accompagné</h2>
<p>France Victimes Lèze vous reçoit gratuitement à la MJD le mardi après-midi : information sur la
procédure, aide pour constituer votre dossier, soutien psychologique. Numéro national : 116 006.</p>
<h2>Être indemnisé</h2>
<p>Vous pouvez demander des dommages et intérêts au tribunal en vous constituant partie civile. Si
l'auteur ne paie pas, le service d'aide au recouvrement des victimes (SARVI) ou la commission
d'indemnisation des victimes d'infractions (CIVI) peuvent intervenir.</p>
<h2>Être protégé</h2>
<p>En cas de violences conjugales, le juge peut prononcer une ordonnance de protection ; le
procureur peut attribuer un téléphone grave danger. Lors de l'audience, vous pouvez déclarer
l'adresse de votre avocat ou de l'association plutôt que la vôtre.</p>
<h2>Suivre votre affaire</h2>
<p>Vous avez le droit d'être informé des suites données à votre plainte : classement, alternative aux
poursuites, renvoi devant le tribunal. En cas de classement sans suite, vous pouvez contester la
décision auprès du procureur général ou déposer une plainte avec constitution de partie civile
devant le juge d'instruction. Vous pouvez consulter l'état de votre procédure auprès du service
d'accueil unique du justiciable, au tribunal ou à la MJD.</p>
<h2>Être assisté d'un avocat</h2>
<p>Un avocat peut vous assister dès le dépôt de plainte et à l'audience. Si vos ressources sont
modestes, vous pouvez bénéficier de l'aide juridictionnelle ; pour les crimes les plus graves, elle
est accordée sans condition de ressources. Les associations d'aide aux victimes peuvent vous
orienter vers un avocat qui connaît ce type d'affaires.</p>
<h2>L'audience</h2>
<p>Vous pouvez être entendu par le tribunal, vous faire accompagner par une personne de confiance ou
par un représentant de l'association d'aide aux victimes, et demander à ne pas croiser l'auteur dans
la salle d'attente. Si vous êtes mineur, un administrateur ad hoc peut être désigné pour vous
représenter.</p>
<h2>Après le jugement</h2>
<p>Vous pouvez demander à être informé de la libération de l'auteur s'il a été condamné à une peine
de prison, et des interdictions de contact qui lui sont imposées. Le juge de l'application des peines
peut tenir compte de vos intérêts lors de l'aménagement de la peine.</p>
<h2>Contacts</h2>
<ul>
<li>France Victimes Lèze : 05 61 00 00 20 — permanence à la MJD le mardi après-midi</li>
<li>Violences conjugales : 3919 — violences sur les enfants : 119</li>
<li>Victimes de discriminations : Défenseur des droits, 3928</li>
<li>Plateforme de signalement des violences sexuelles et sexistes : arretonslesviolences.gouv.fr</li>
</ul>
<h2>Questions fréquentes</h2>
<p><strong>Puis-je porter plainte plusieurs années après les faits ?</strong> Oui, dans les délais de
prescription : un an pour les contraventions, six ans pour les délits, vingt ans pour les crimes ;
des délais plus longs s'appliquent aux infractions commises sur des mineurs.</p>
<p><strong>Dois-je payer pour porter plainte ?</strong> Non, la plainte est gratuite. Seule la
plainte avec constitution de partie civile devant le juge d'instruction peut donner lieu au versement
d'une consignation, dont vous pouvez être dispensé selon vos ressources.</p>
<p><strong>Je ne parle pas bien français.</strong> Vous avez droit à un interprète lors du dépôt de
plainte et de l'audience.</p>
<p><strong>L'auteur est inconnu : ma plainte sert-elle à quelque chose ?</strong> Oui. Elle permet
de recouper des faits similaires, de vous faire indemniser par votre assurance et, le cas échéant,
par la CIVI ou le fonds de garantie. Si l'auteur est identifié plus tard, la procédure reprend.</p>
<p><strong>Je crains des représailles.</strong> Signalez-le aux enquêteurs et à l'association ; des
mesures de protection peuvent être prises, y compris la domiciliation de votre adresse au
commissariat ou chez votre avocat.</p>
""",
)

HTML_PAGES["p141_page_mediation_familiale.html"] = (
    "La médiation familiale",
    """
<h1>La médiation familiale</h1>
<p>Séparation, divorce, conflit avec un adolescent, relations avec les grands-parents, organisation
de l'aide à un parent âgé : la médiation familiale permet de renouer le dialogue avec l'aide d'un
professionnel neutre et diplômé d'État.</p>
<p>Le premier entretien d'information est gratuit. Les séances suivantes sont payantes selon vos
revenus (barème CAF), de 2 € à 131 € par séance.</p>
<p>Le juge aux affaires familiales peut aussi vous enjoindre de rencontrer un médiateur. La
médiation n'est pas adaptée lorsqu'il existe des violences au sein du couple.</p>
<p>Permanences à la MJD le lundi et le jeudi — tél. 05 61 00 00 60.</p>
""",
)

HTML_PAGES["p142_actualite_signature_convention_tig.html"] = (
    "TIG : la commune s'engage",
    """
<article>
<h1>Travail d'intérêt général : la commune renouvelle son engagement</h1>
<p class="date">3 avril 2025</p>
<p>La maire, Christine Aubert, et la directrice du service pénitentiaire d'insertion et de
probation de la Haute-Lèze ont signé mercredi la nouvelle convention d'accueil de personnes
condamnées à un travail d'intérêt général. Quatre postes sont désormais proposés dans les services
municipaux : espaces verts, propreté urbaine, petit patrimoine et logistique des manifestations.</p>
<p>« Le TIG est une peine qui répare : la personne rend à la collectivité une partie de ce qu'elle
lui a pris, et elle découvre souvent un métier », a souligné la maire. Depuis 2018, plus de quarante
personnes ont effectué leur peine à Castelmoron.</p>
<p>Les agents municipaux volontaires pour devenir tuteurs bénéficieront d'une formation d'une
journée.</p>
</article>
""",
)

HTML_PAGES["p143_page_permanences_droit_travail_syndicats.html"] = (
    "Droit du travail : où s'informer ?",
    """
<h1>Droit du travail : où vous informer gratuitement ?</h1>
<p>Salarié du privé, vous avez une question sur votre contrat, un licenciement, des heures
supplémentaires impayées, un harcèlement ?</p>
<ul>
<li><strong>Avocat en droit du travail</strong> : permanence gratuite à la MJD le 2e mercredi.</li>
<li><strong>Unions locales des syndicats</strong> : les unions locales CGT, CFDT et FO tiennent des
permanences ouvertes à tous les salariés, syndiqués ou non, à la Bourse du travail (12 avenue de la
Gare) ; les conseillers du salarié peuvent vous assister lors d'un entretien préalable au
licenciement dans une entreprise sans représentant du personnel (liste préfectorale affichée en
mairie).</li>
<li><strong>Inspection du travail</strong> : renseignements de la DREETS, sur rendez-vous, au
0 806 000 126.</li>
<li><strong>Défenseurs syndicaux</strong> : ils peuvent vous représenter devant le conseil de
prud'hommes.</li>
</ul>
""",
)

HTML_PAGES["p144_page_saisir_conseil_prudhommes.html"] = (
    "Saisir le conseil de prud'hommes",
    """
<h1>Saisir le conseil de prud'hommes de Pradelles</h1>
<p>Le conseil de prud'hommes règle les litiges entre salariés et employeurs de droit privé liés au
contrat de travail. Il est composé à parité de conseillers salariés et employeurs.</p>
<h2>Délais</h2>
<p>Contestation d'un licenciement : 12 mois. Rappel de salaires : 3 ans. Discrimination ou
harcèlement : 5 ans.</p>
<h2>Procédure</h2>
<p>La requête est déposée au greffe ou en ligne. L'affaire passe d'abord devant le bureau de
conciliation et d'orientation, puis, à défaut d'accord, devant le bureau de jugement. L'avocat n'est
pas obligatoire ; vous pouvez être assisté par un défenseur syndical ou un proche salarié de la même
branche.</p>
<p>Greffe : 5 boulevard Carnot, Pradelles — du lundi au vendredi, 9 h - 12 h.</p>
""",
)

HTML_PAGES["p145_page_decisions_justice_commune.html"] = (
    "Décisions de justice concernant la commune",
    """
<h1>Décisions de justice concernant la commune</h1>
<p>Dans un souci de transparence, la commune publie les principales décisions rendues dans les
litiges qui l'opposent à des entreprises, des associations ou à l'État. Les décisions concernant des
particuliers ne sont pas publiées sur cette page.</p>
<h2>2025</h2>
<ul>
<li><strong>CE, 18 juillet 2025, Commune de Castelmoron-sur-Lèze c/ Préfet de la Haute-Lèze</strong>
— l'arrêté d'interdiction de la mendicité de 2023 est définitivement annulé ; le Conseil d'État juge
l'interdiction disproportionnée.</li>
<li><strong>TA Toulouse, 5 juin 2025, Association Lèze Nature c/ Commune</strong> — le recours contre
le permis d'aménager du lotissement des Vignes est rejeté.</li>
<li><strong>TA Toulouse, 12 mars 2025, Société Routes &amp; Réseaux du Sud-Ouest c/ Commune</strong> —
désistement de la société à la suite d'une transaction approuvée par le conseil municipal.</li>
</ul>
<h2>2024</h2>
<ul>
<li><strong>CAA Toulouse, 17 octobre 2024, SAS Éole Pyrénées c/ Commune</strong> — confirmation du
refus de permis de construire de trois éoliennes.</li>
<li><strong>TJ Pradelles, 2 mai 2024, Commune c/ Société Charpentes du Comminges</strong> — expertise
ordonnée sur les désordres du gymnase.</li>
<li><strong>Tribunal correctionnel de Pradelles, 9 février 2024</strong> — la commune, partie civile
à la suite des dégradations de la salle des fêtes en 2023, obtient 12 400 € de dommages et
intérêts.</li>
</ul>
""",
)

HTML_PAGES["p146_offre_stage_juriste_contentieux.html"] = (
    "Offre de stage — service juridique",
    """
<h1>Stage de six mois au service juridique</h1>
<p>La commune accueille, de janvier à juin 2026, un(e) élève-avocat(e) ou un(e) étudiant(e) de master
2 en droit public.</p>
<h2>Missions</h2>
<ul>
<li>participer à la rédaction de mémoires en défense devant le tribunal administratif ;</li>
<li>rédiger des notes sur des questions de droit des collectivités (police du maire, domanialité,
fonction publique, commande publique) ;</li>
<li>assister aux audiences et aux rendez-vous avec les avocats ;</li>
<li>contribuer à la veille juridique.</li>
</ul>
<p>Gratification légale. Candidatures avant le 31 octobre 2025.</p>
""",
)

HTML_PAGES["p147_actualite_exposition_justice_religion_moyen_age.html"] = (
    "Exposition : juger au Moyen Âge",
    """
<article>
<h1>Exposition « Juger au nom de Dieu et du roi » aux Archives municipales</h1>
<p>Du 15 septembre au 20 décembre 2025, les Archives municipales présentent une exposition consacrée
à la justice dans la vallée de la Lèze du XIIIe au XVIe siècle.</p>
<p>Les visiteurs découvriront les registres de la cour consulaire, les sentences de l'officialité
(tribunal de l'évêque) qui jugeait les clercs, les affaires de mariage et de blasphème, ainsi que le
dossier de l'Inquisition contre les cathares de Castelmoron en 1274 : une vingtaine d'habitants
accusés d'hérésie, dont le marchand Bernard Faure, condamné au port de la croix jaune. On y verra
aussi la charte de coutumes de 1286 qui fixe les amendes pour les injures et les rixes.</p>
<p>Entrée libre du mardi au samedi. Visite commentée le premier samedi du mois.</p>
</article>
""",
)

HTML_PAGES["p148_liste_deliberations_actes_justice.html"] = (
    "Délibérations publiées — affaires juridiques",
    """
<h1>Délibérations publiées — rubrique affaires juridiques (2025)</h1>
<table>
<tr><th>N°</th><th>Date</th><th>Objet</th><th>Vote</th></tr>
<tr><td>2025-019</td><td>17/02</td><td>Subventions aux associations d'accès au droit et d'aide aux
victimes</td><td>25 pour, 2 contre, 2 abst.</td></tr>
<tr><td>2025-031</td><td>24/03</td><td>Convention point-justice avec le CDAD</td><td>Unanimité</td></tr>
<tr><td>2025-058</td><td>26/05</td><td>Action en justice — désordres du gymnase</td><td>26 pour,
1 abst.</td></tr>
<tr><td>2025-077</td><td>30/06</td><td>Constitution de partie civile — dégradations de
l'école</td><td>Unanimité</td></tr>
<tr><td>2025-094</td><td>29/09</td><td>Protocole transactionnel avec la société RRSO (75 000 €
HT)</td><td>22 pour, 5 contre, 2 abst.</td></tr>
<tr><td>2025-112</td><td>15/12</td><td>Convention de placement extérieur</td><td>23 pour, 4 contre,
2 abst.</td></tr>
</table>
""",
)

HTML_PAGES["p149_page_permanence_droit_etrangers.html"] = (
    "Permanence droit des étrangers",
    """
<h1>Permanence d'accès au droit des étrangers</h1>
<p>Titre de séjour, renouvellement, naturalisation, regroupement familial, demande d'asile,
obligation de quitter le territoire : les bénévoles de la Cimade vous informent gratuitement et
confidentiellement le premier samedi du mois, de 9 h 30 à 12 h 30, au point-justice.</p>
<p>Un avocat spécialisé en droit des étrangers tient par ailleurs une permanence mensuelle à la MJD.
En cas d'OQTF, les délais de recours sont très courts (parfois 48 heures) : venez immédiatement avec
la décision et son enveloppe.</p>
<p>Documents utiles : passeport, titre de séjour ou récépissé, courriers de la préfecture, preuves de
présence en France.</p>
<p>La permanence est ouverte à tous, quelle que soit votre situation administrative.</p>
""",
)

HTML_PAGES["p150_mentions_legales_donnees_mjd.html"] = (
    "Mentions légales et données personnelles",
    """
<h1>Mentions légales et protection des données</h1>
<h2>Éditeur</h2>
<p>Commune de Castelmoron-sur-Lèze, place de la République. Directrice de la publication : la
maire.</p>
<h2>Données personnelles</h2>
<p>Les formulaires de prise de rendez-vous avec la MJD collectent vos nom, coordonnées et le domaine
de votre question. Ne décrivez pas votre situation en détail dans le formulaire : vous l'exposerez
lors de l'entretien. Les données sont conservées un an puis supprimées ; les statistiques de
fréquentation sont anonymes.</p>
<p>Vous disposez d'un droit d'accès, de rectification et d'effacement auprès du délégué à la
protection des données (dpo@cdg-haute-leze.fr) et pouvez saisir la CNIL.</p>
<h2>Cookies</h2>
<p>Ce site n'utilise que des cookies de mesure d'audience anonymisée.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
