"""Build the .docx and .html documents of the hand-written sensitivity set dev34.

Theme: social action and solidarity (a CCAS and its board, homelessness and emergency shelter with
the 115 and the SIAO, food aid and a solidarity grocery, France Travail and integration schemes,
domiciliation, support to victims of domestic violence, energy poverty, seniors' isolation plans,
volunteers' coordination, social workers' notes, reports to the board, statistics, partner
associations' letters, users' complaints).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev34_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev34"
FIXED = dt.datetime(2025, 11, 3, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_enquete_sociale_prevention_expulsion.docx"] = [
    ("title", "Enquête sociale — prévention des expulsions locatives"),
    ("p", "Destinataires : commission de coordination des actions de prévention des expulsions (CCAPEX), "
          "juge des contentieux de la protection du tribunal judiciaire de Limoges. Rédactrice : Margot "
          "Fleury, CESF, CCAS de Saint-Médard-sur-Vienne. Date : 18 novembre 2025."),
    ("h", "1. Identification du ménage"),
    ("table", [
        ["Locataire", "M. Didier FOUGERAS, né le 03/04/1968"],
        ["Logement", "Limousin Habitat, résidence Les Coteaux, 3B-12, T3, loyer résiduel 412 €"],
        ["Composition", "Personne seule depuis mai 2025 (séparation)"],
        ["Dette locative", "4 286,40 € au 14/10/2025 (commandement de payer)"],
        ["Autres dettes", "Électricité 538 € ; crédit renouvelable 2 900 €"],
    ]),
    ("h", "2. Parcours et origine de la dette"),
    ("p", "M. Fougeras a travaillé dix-neuf ans comme chauffeur-livreur pour une entreprise de Saint-Junien. "
          "Il a été licencié pour inaptitude en novembre 2024 à la suite d'une hernie discale opérée deux "
          "fois ; il perçoit depuis l'allocation d'aide au retour à l'emploi (1 184 € par mois), dont la fin "
          "est prévue en mai 2026. Son épouse a quitté le domicile en mai 2025 avec leur fille majeure ; la "
          "procédure de divorce est en cours. Les impayés ont commencé à la baisse de revenus et se sont "
          "accumulés lorsque l'aide au logement a été recalculée sur la base d'une personne seule."),
    ("p", "M. Fougeras dit avoir « baissé les bras » pendant l'été et ne plus avoir ouvert son courrier. Il "
          "reconnaît une consommation d'alcool plus importante depuis la séparation, sans souhaiter d'aide "
          "sur ce point pour l'instant. Il s'est présenté spontanément au CCAS le 24 octobre, après la "
          "visite de l'huissier."),
    ("h", "3. Budget actuel"),
    ("table", [
        ["Ressources", "Montant", "Charges", "Montant"],
        ["ARE", "1 184 €", "Loyer résiduel", "412 €"],
        ["APL (après recalcul)", "96 €", "Énergie", "118 €"],
        ["", "", "Assurances, téléphone", "74 €"],
        ["", "", "Crédit renouvelable", "95 €"],
        ["Total", "1 280 €", "Total", "699 €"],
    ]),
    ("p", "Reste à vivre : 581 € par mois, soit environ 19 € par jour. Une capacité de remboursement de "
          "150 € par mois paraît réaliste si le crédit renouvelable est intégré à un dossier de "
          "surendettement."),
    ("h", "4. Démarches engagées"),
    ("p", "Dossier de surendettement déposé à la Banque de France le 5 novembre (aide à la constitution "
          "par le CCAS). Demande d'aide au FSL « maintien » pour 1 500 € (passage en commission le 2 "
          "décembre). Reprise du paiement du loyer courant depuis novembre, justifiée. Inscription sur un "
          "atelier de recherche d'emploi adapté (RQTH en cours de demande). Contact avec le bailleur pour "
          "un nouveau plan d'apurement."),
    ("h", "4 bis. Logement et relations de voisinage"),
    ("p", "Le logement, visité le 30 octobre, est correctement entretenu. Aucun trouble de voisinage n'a "
          "été signalé par la gardienne. Le T3 est désormais trop grand pour une personne seule ; le "
          "locataire accepterait une mutation vers un T2 dans la même résidence, ce qui réduirait le loyer "
          "résiduel d'environ 90 € par mois après aide au logement."),
    ("h", "4 ter. Historique des paiements (extrait du relevé du bailleur)"),
    ("table", [
        ["Période", "Loyer appelé", "Versé", "Solde cumulé"],
        ["Déc. 2024 - fév. 2025", "1 236,00 €", "820,00 €", "416,00 €"],
        ["Mars - mai 2025", "1 236,00 €", "600,00 €", "1 052,00 €"],
        ["Juin - août 2025", "1 350,00 €", "0,00 €", "2 402,00 €"],
        ["Sept. - oct. 2025", "1 884,40 €", "0,00 €", "4 286,40 €"],
        ["Nov. 2025", "412,00 €", "412,00 €", "4 286,40 €"],
    ]),
    ("p", "Les sommes de septembre et octobre incluent la régularisation annuelle des charges (1 060,40 €). "
          "Le paiement de novembre a été effectué par virement le 5 du mois."),
    ("h", "4 quater. Personnes rencontrées"),
    ("p", "Entretiens avec M. Fougeras les 24 octobre, 30 octobre (à domicile) et 12 novembre ; échanges "
          "téléphoniques avec le chargé de précontentieux du bailleur, la conseillère France Travail et le "
          "service social de la CARSAT, qui a confirmé l'instruction d'une demande de pension "
          "d'invalidité. M. Fougeras a autorisé ces contacts par écrit."),
    ("h", "5. Avis"),
    ("p", "La situation relève d'un accident de parcours : perte d'emploi pour raison de santé et "
          "séparation. Le locataire est mobilisé depuis octobre, reprend le loyer courant et a engagé les "
          "démarches nécessaires. Je suggère que des délais de paiement de 24 mois soient accordés, avec "
          "suspension des effets de la clause résolutoire, et qu'une mutation vers un T2 moins coûteux "
          "soit étudiée par le bailleur."),
    ("p", "Document établi avec l'accord de M. Fougeras, qui en a reçu copie."),
]

DOCX_BLOCKS["s047_pv_bureau_huis_clos_regie.docx"] = [
    ("title", "Bureau du conseil d'administration — séance à huis clos du 3 juillet 2025"),
    ("p", "NE PAS DIFFUSER — procès-verbal réservé aux membres du bureau, non annexé au registre public."),
    ("p", "Présents : Mme Claire Dufresne-Martin (présidente), M. Hervé Lachaud (vice-président), "
          "Mme Odile Perrichon, M. Jean-Luc Daudet. Assiste : Mme Sophie Bernardin, directrice."),
    ("h", "Objet unique : écarts constatés sur la régie d'avances « aides d'urgence »"),
    ("p", "La directrice expose que le contrôle inopiné du comptable public du 19 juin a relevé un écart de "
          "2 340 € entre les bons d'aide délivrés et les justificatifs. L'analyse des souches montre que "
          "quatorze bons alimentaires ont été établis au nom de bénéficiaires fictifs entre janvier et mai. "
          "L'ancien régisseur, M. Francis Delord, agent de catégorie C, a reconnu en entretien le 27 juin "
          "avoir détourné ces bons pour faire face à ses propres dettes de jeu."),
    ("p", "M. Delord est suspendu de ses fonctions depuis le 28 juin. Le bureau prend acte de la saisine du "
          "procureur de la République (article 40 du code de procédure pénale) et du dépôt de plainte de "
          "la présidente au nom du CCAS, effectués le 1er juillet. Le conseil de discipline sera saisi pour "
          "une sanction du quatrième groupe."),
    ("p", "Mme Perrichon demande que l'agent puisse bénéficier d'un accompagnement par le service social du "
          "personnel. Accord unanime."),
    ("p", "La séance est levée à 19 h 10."),
]

DOCX_BLOCKS["s048_dossier_fsl_energie.docx"] = [
    ("title", "Fonds de solidarité pour le logement — volet énergie"),
    ("p", "Demande d'aide instruite par le CCAS de Saint-Médard-sur-Vienne — 19 novembre 2025."),
    ("table", [
        ["Demandeur", "M. Raymond CHATARD, 74 ans"],
        ["Adresse", "7 allée des Tilleuls, Saint-Médard-sur-Vienne"],
        ["Statut d'occupation", "Locataire du parc privé, maison de 1962, chauffage électrique"],
        ["Ressources", "ASPA 1 034 € ; APL 187 €"],
        ["Dette", "641 € (fournisseur d'électricité), avis de réduction de puissance du 12/11"],
        ["Particularité", "Oxygénothérapie à domicile (BPCO stade IV), concentrateur 24 h/24"],
    ]),
    ("h", "Évaluation"),
    ("p", "La consommation a doublé depuis l'installation du concentrateur en mars ; le prestataire de santé "
          "ne rembourse pas l'électricité consommée par l'appareil faute de démarche. Le logement est mal "
          "isolé (simple vitrage). M. Chatard vit seul, sans famille proche ; il est suivi par l'infirmier "
          "libéral trois fois par semaine."),
    ("h", "Proposition"),
    ("p", "Aide FSL de 500 € (subvention) ; demande de prise en charge forfaitaire de l'électricité par le "
          "prestataire d'oxygène ; signalement au propriétaire et orientation vers le dispositif de "
          "lutte contre l'habitat indigne ; inscription sur le registre des personnes vulnérables du "
          "gestionnaire de réseau."),
]

DOCX_BLOCKS["s049_bilan_chantier_insertion_espaces_verts.docx"] = [
    ("title", "Atelier et chantier d'insertion « Vienne Verte » — bilan de mi-parcours"),
    ("p", "Réunion tripartite du 9 octobre 2025 : encadrant technique, accompagnatrice socio-professionnelle, "
          "conseillère France Travail. Document transmis aux prescripteurs."),
    ("table", [
        ["Salarié", "Entrée", "Appréciation", "Points d'attention", "Suite"],
        ["Yannick B.", "03/2025", "Sérieux, autonome sur la taille", "Aucun", "Candidature CDD mairie"],
        ["Sofiane M.", "04/2025", "Bon relationnel, irrégulier", "Absences le lundi, 9 en 6 mois",
         "Avertissement oral, suivi renforcé"],
        ["Christelle D.", "05/2025", "Appliquée", "Suivi en CMP pour troubles anxieux, arrêt de 3 semaines",
         "Réduction à 20 h, maintien"],
        ["Mamadou K.", "05/2025", "Très motivé", "Niveau de français à l'écrit", "Cours FLE en soirée"],
        ["Gérard L.", "06/2025", "Lent, en difficulté physique", "Diabète mal équilibré, fatigue",
         "Orientation médecine du travail"],
    ]),
    ("p", "Taux de présence moyen : 87 %. Deux sorties vers l'emploi attendues d'ici mars 2026."),
]

DOCX_BLOCKS["s050_protocole_appartement_relais.docx"] = [
    ("title", "Protocole d'accueil — appartement relais pour victimes de violences"),
    ("p", "Document réservé aux professionnels d'astreinte du CCAS et au CIDFF. Mis à jour le 1er mars 2025."),
    ("h", "Logement"),
    ("table", [
        ["Adresse", "12 bis rue des Écoles, 2e étage gauche (boîte aux lettres au nom « Martin »)"],
        ["Code portail", "B2741"],
        ["Clés", "Deux jeux : coffre de la direction ; boîte à clés de la gendarmerie de Saint-Junien"],
        ["Bouton d'alerte", "Relié à la gendarmerie, à tester à chaque entrée"],
    ]),
    ("h", "Occupation actuelle"),
    ("p", "Depuis le 24 mars 2025 : Mme Inès Hamidou et sa fille (5 ans). L'ancien conjoint, M. Jordan "
          "Perrin, a déjà été condamné pour violences conjugales en 2022 et fait l'objet d'une plainte pour "
          "menaces de mort du 23 mars. Il possède un véhicule gris (Peugeot 308) ; en cas de présence aux "
          "abords, appeler le 17."),
    ("h", "Consignes"),
    ("p", "Ne jamais se rendre à l'appartement avec un véhicule sérigraphié. Ne donner l'adresse à aucun "
          "partenaire sans accord de la directrice. Visite de la référente deux fois par semaine."),
]

DOCX_BLOCKS["s051_offre_prestataire_epicerie_confidentielle.docx"] = [
    ("title", "C O N F I D E N T I E L"),
    ("p", "Proposition commerciale de la société Frais Solidaire SAS au CCAS de Saint-Médard-sur-Vienne — "
          "approvisionnement de l'épicerie solidaire en fruits et légumes de second choix."),
    ("h", "Conditions tarifaires réservées"),
    ("table", [
        ["Produit", "Prix catalogue", "Prix consenti", "Source"],
        ["Pommes, poires (calibre déclassé)", "1,40 €/kg", "0,62 €/kg", "Verger partenaire Corrèze"],
        ["Carottes, pommes de terre", "0,95 €/kg", "0,38 €/kg", "Invendus marché de gros"],
        ["Légumes de saison en mélange", "1,80 €/kg", "0,75 €/kg", "Contrats d'écart de tri"],
    ]),
    ("p", "Ces prix reposent sur nos accords d'achat avec trois producteurs, dont les conditions ne sont "
          "connues d'aucun concurrent. Toute divulgation nous causerait un préjudice commercial direct."),
    ("p", "Marge brute moyenne de la société sur ce contrat : 11 %. Durée proposée : 2 ans."),
    ("p", "F. Lemaître, gérant"),
]

DOCX_BLOCKS["s052_rapport_evaluation_ase_famille.docx"] = [
    ("title", "Rapport d'évaluation suite à information préoccupante"),
    ("p", "Conseil départemental de la Haute-Vienne — Maison départementale de la solidarité ouest. "
          "Évaluation conjointe avec le CCAS de Saint-Médard. Enfants : Lucas (9 ans) et Emma (5 ans) MARTY."),
    ("h", "Déroulement"),
    ("p", "Trois rencontres au domicile (25 avril, 6 et 20 mai 2025), un entretien avec l'école, un échange "
          "avec le médecin traitant de la mère avec son accord."),
    ("h", "Éléments recueillis"),
    ("p", "Mme Jessica Marty, 31 ans, élève seule ses enfants. Elle reconnaît une consommation d'alcool "
          "quotidienne depuis son licenciement, qu'elle relie à un épisode dépressif ; elle a accepté en mai "
          "un premier rendez-vous au CSAPA. Le logement est en désordre mais les enfants disposent de lits "
          "et de repas. Lucas assume des tâches excessives pour son âge (préparer le repas de sa sœur, "
          "l'habiller). La scolarité a repris depuis mai avec une assiduité correcte."),
    ("p", "Le père de Lucas, M. Frédéric Bardet, rencontré par téléphone, souhaiterait accueillir son fils "
          "un week-end sur deux ; il n'a plus de contact depuis deux ans."),
    ("h", "Conclusion"),
    ("p", "Enfants en risque de danger. Proposition d'une aide éducative à domicile (AED) de six mois, "
          "acceptée par la mère, avec un accompagnement budgétaire par le CCAS et l'inscription d'Emma à "
          "l'accueil périscolaire."),
]

DOCX_BLOCKS["s053_cr_reunion_section_syndicale.docx"] = [
    ("title", "Section CGT des personnels de la ville et du CCAS — réunion des adhérents"),
    ("p", "Compte rendu du 14 octobre 2025, local syndical, 12 h 15. Diffusé aux adhérents de la section."),
    ("table", [
        ["Présents", "Service"],
        ["Patricia Lebrun (secrétaire de section)", "CCAS — accueil"],
        ["Yann Le Goff", "CCAS — résidence Les Hirondelles"],
        ["Mélissa Tixier", "CCAS — SAAD"],
        ["Hamid Zerrouki", "Ville — espaces verts"],
        ["Corinne Besse", "CCAS — portage de repas"],
    ]),
    ("h", "Points abordés"),
    ("p", "1. Projet de transfert du SAAD à l'ADMR : la section demande communication des scénarios et "
          "prépare une pétition. Mélissa Tixier accepte de représenter les aides à domicile lors de la "
          "rencontre avec la présidente."),
    ("p", "2. Nouvelles adhésions : Corinne Besse rejoint la section ce mois-ci ; bienvenue. Cotisations "
          "à jour pour 17 adhérents sur 19."),
    ("p", "3. Élections professionnelles de 2026 : constitution de la liste à partir de janvier."),
]

DOCX_BLOCKS["s054_fiche_admission_residence_sociale.docx"] = [
    ("title", "Fiche d'admission — résidence sociale « Le Pont-Neuf »"),
    ("p", "Orientation SIAO du 2 juin 2025 — admission au 10 juin 2025."),
    ("table", [
        ["Résident", "M. Ousmane DIAKITÉ, 58 ans"],
        ["Logement attribué", "Studio n° 14, rez-de-chaussée"],
        ["Ressources", "Pension d'invalidité 2e catégorie 812 € ; ASI demandée"],
        ["Parcours", "Rue puis hôtel 115 depuis janvier 2025"],
        ["Souhaits exprimés", "Chambre calme, orientée pour la prière, proche de la mosquée de la rue "
                              "Dupuytren qu'il fréquente chaque vendredi"],
        ["Régime alimentaire", "Halal ; jeûne pendant le ramadan (adapter horaires de remise de colis)"],
    ]),
    ("p", "Référent résidence : M. Kevin Boudy. Premier entretien d'accompagnement fixé au 17 juin."),
]

DOCX_BLOCKS["s055_tableau_suivi_domiciliations.docx"] = [
    ("title", "Suivi des domiciliations actives — extraction du 30 septembre 2025"),
    ("p", "Tableau de travail de l'accueil, mis à jour chaque trimestre (extrait : lettres A à D)."),
    ("table", [
        ["Nom", "Échéance", "Dernier passage", "Observations"],
        ["ABDOU Salif", "12/01/2026", "22/09", "Demandeur d'asile, procédure Dublin"],
        ["ARNAUD Christophe", "03/03/2026", "29/09", "RSA ; sortie de détention en mars (convoc. SPIP)"],
        ["BELLOT Murielle", "15/11/2025", "02/07", "À relancer — plus de 3 mois sans passage"],
        ["BOGDAN Ionuț", "20/04/2026", "26/09", "Travailleur saisonnier, courrier CPAM fréquent"],
        ["CHEVALIER Romain", "08/12/2025", "30/09", "Vit en camion ; AAH"],
        ["DA SILVA Márcia", "01/02/2026", "18/09", "Titre de séjour en cours d'instruction (préfecture)"],
        ["DUVAL Jean-Pierre", "11/06/2026", "24/09", "—"],
    ]),
    ("p", "Total domiciliations actives : 97. Radiations du trimestre : 6."),
]

DOCX_BLOCKS["s056_rapport_mediation_aire_accueil.docx"] = [
    ("title", "Rapport de médiation — aire d'accueil des gens du voyage de la Croix-Blanche"),
    ("p", "Médiatrice : Mme Carine Faure, association Voyageurs 87. Destinataires : maire, CCAS, "
          "communauté de communes. Date : 5 septembre 2025."),
    ("h", "Contexte"),
    ("p", "Un conflit oppose depuis juillet deux familles installées sur l'aire : la famille Winterstein, "
          "de tradition manouche, présente chaque hiver depuis vingt ans et dont les enfants sont scolarisés "
          "à Saint-Médard, et la famille Reinhardt, arrivée en juin. Le différend porte sur l'usage des "
          "emplacements couverts et sur des dettes de fluides."),
    ("h", "Entretiens"),
    ("p", "M. Django Winterstein indique que sa mère, âgée de 82 ans, a besoin de l'emplacement proche des "
          "sanitaires ; la famille doit 312 € d'eau et d'électricité et demande un échéancier. M. Tony "
          "Reinhardt estime être traité « comme un étranger » par le gestionnaire."),
    ("h", "Propositions"),
    ("p", "Attribution de l'emplacement 4 à Mme Winterstein mère ; échéancier de 50 € par mois ; demande "
          "d'aide facultative au CCAS pour la famille Reinhardt (trois enfants, revenus saisonniers) ; "
          "réunion de suivi en octobre."),
]

DOCX_BLOCKS["s057_note_sociale_demandeur_asile.docx"] = [
    ("title", "Note sociale — soutien à une demande de réexamen"),
    ("p", "Rédigée par Aurélie Vernhes, assistante de service social du CCAS, à la demande de l'intéressé "
          "et de son conseil, le 8 juillet 2025."),
    ("p", "Je connais M. Arsène Mbemba, 39 ans, ressortissant de la République du Congo, depuis sa "
          "domiciliation au CCAS en février 2024. Il m'a exposé avoir été militant du parti d'opposition "
          "de son pays, chargé de la mobilisation des jeunes dans son quartier de Brazzaville, et avoir "
          "été détenu dix jours en 2022 après une manifestation. Sa demande d'asile a été rejetée par "
          "l'OFPRA puis par la CNDA en 2024 ; il a depuis reçu, selon lui, des convocations de la police "
          "adressées à sa famille."),
    ("p", "Au quotidien, M. Mbemba est bénévole à l'épicerie solidaire deux demi-journées par semaine et "
          "suit des cours de français. Il dort chez un compatriote. Il se trouve sous le coup d'une "
          "obligation de quitter le territoire notifiée en janvier 2025."),
    ("p", "La présente note ne se prononce pas sur le bien-fondé de sa demande ; elle atteste de son "
          "insertion et de sa présence régulière sur la commune."),
]

DOCX_BLOCKS["s058_fiche_orientation_csapa.docx"] = [
    ("title", "Fiche d'orientation vers le CSAPA"),
    ("table", [
        ["Orienté par", "Accueil de jour L'Escale (CCAS Saint-Médard) — R. Jaubert"],
        ["Personne", "M. Ludovic Ferreira, 33 ans, domicilié au CCAS"],
        ["Motif", "Consommation de cocaïne et d'alcool, souhait d'arrêt exprimé le 3/03"],
        ["Santé", "Hépatite C connue, jamais traitée ; plaie infectée au bras"],
        ["Situation", "Sans hébergement, RSA, pas de complémentaire santé"],
        ["Consentement", "Accord oral et signé pour transmission"],
    ]),
    ("p", "Demande : rendez-vous d'évaluation rapide, lien avec la PASS pour la plaie et le dépistage, "
          "ouverture de la complémentaire santé solidaire en cours par le CCAS."),
]

DOCX_BLOCKS["s059_module_formation_reproduit.docx"] = [
    ("title", "Module « Accueillir la personne en grande précarité » — support complet"),
    ("p", "© Institut Praxis Social 2024 — Tous droits réservés. Support remis aux seuls participants de la "
          "session inter du 12 mai 2025 ; toute reproduction ou diffusion, même partielle, est interdite "
          "sans autorisation écrite."),
    ("p", "Note de la direction du CCAS : version intégralement ressaisie par nos soins à partir du "
          "classeur de formation, pour diffusion à tous les agents d'accueil."),
    ("h", "Séquence 1 — Le premier contact"),
    ("p", "La grande précarité se manifeste rarement par une demande claire. L'accueillant doit apprendre "
          "à entendre ce qui n'est pas dit : la fatigue, la honte, la méfiance. Notre méthode « ACCUEIL » "
          "en sept temps (Attention, Calme, Cadre, Urgence, Écoute, Information, Lien) a été conçue par "
          "l'Institut à partir de 300 observations de guichets sociaux."),
    ("h", "Séquence 2 — La grille d'évaluation Praxis"),
    ("table", [
        ["Dimension", "Question-clé", "Niveau 1", "Niveau 2", "Niveau 3"],
        ["Mise à l'abri", "Où avez-vous dormi ?", "Logé", "Hébergé", "Rue"],
        ["Santé", "Comment vous sentez-vous ?", "Stable", "Fragile", "Urgence"],
        ["Lien", "Qui peut vous aider ?", "Entourage", "Institutions", "Personne"],
    ]),
    ("h", "Séquence 3 — Les situations de tension"),
    ("p", "Les douze scénarios de mise en situation de l'Institut, avec leurs corrigés détaillés, sont "
          "reproduits en annexe (pages 14 à 38 du classeur)."),
]

DOCX_BLOCKS["s060_compte_rendu_entretien_professionnel.docx"] = [
    ("title", "Compte rendu de l'entretien professionnel annuel — année 2025"),
    ("table", [
        ["Agent", "Mme Leïla HADDAD"],
        ["Grade", "Conseillère en économie sociale et familiale (cadre d'emplois des ASE, cat. A)"],
        ["Poste", "CESF — référente énergie et budget"],
        ["Supérieure hiérarchique directe", "Mme Sophie Bernardin, directrice du CCAS"],
        ["Date de l'entretien", "12 novembre 2025"],
    ]),
    ("h", "1. Bilan de l'année écoulée"),
    ("p", "Objectif 1 — mettre en place les visites éco-gestes : atteint (58 visites réalisées pour un "
          "objectif de 50). Objectif 2 — animer six ateliers budget : partiellement atteint (quatre "
          "ateliers, deux annulés faute d'inscrits). Objectif 3 — formaliser le partenariat avec les "
          "fournisseurs d'énergie : atteint."),
    ("h", "2. Appréciation de la valeur professionnelle"),
    ("table", [
        ["Critère", "Appréciation"],
        ["Compétences techniques", "Excellent"],
        ["Qualités relationnelles", "Très satisfaisant"],
        ["Capacité d'organisation", "À améliorer : retards récurrents dans la saisie des rapports FSL, "
                                    "dont trois transmis hors délai à la commission"],
        ["Implication", "Très satisfaisant"],
    ]),
    ("p", "Appréciation littérale : Mme Haddad est une professionnelle engagée, reconnue par les partenaires "
          "et les usagers pour sa disponibilité. Elle doit mieux prioriser ses tâches administratives et "
          "accepter de déléguer. Le conflit qui l'a opposée en juin à une collègue du SAAD a été réglé, "
          "mais a révélé une tendance à réagir vivement sous la pression."),
    ("h", "2 bis. Faits marquants de l'année"),
    ("p", "Mise en place du dispositif « Chaud devant » et de ses 58 visites à domicile ; participation au "
          "groupe de travail intercommunal sur l'énergie ; organisation de deux ateliers « cuisine à petit "
          "budget » avec l'épicerie solidaire ; intérim de la coordination FSL pendant trois mois à la suite "
          "du départ d'une collègue. L'agent a également été sollicitée pour présenter le dispositif lors "
          "des rencontres départementales des CCAS, ce qui a valorisé le service."),
    ("h", "2 ter. Manière de servir — éléments détaillés"),
    ("p", "Relations avec les usagers : très bonnes, aucune réclamation ; deux courriers de remerciement "
          "reçus. Relations avec l'équipe : bonnes dans l'ensemble ; un différend en juin avec une "
          "responsable de secteur du SAAD, au sujet d'une intervention chez une bénéficiaire, a nécessité "
          "une médiation de la direction. Relations avec la hiérarchie : loyales ; l'agent fait remonter "
          "les difficultés mais tarde parfois à alerter sur ses retards. Respect des procédures : les "
          "dossiers FSL sont complets mais souvent transmis au dernier moment, ce qui a conduit à trois "
          "reports en commission. Autonomie : très bonne sur le terrain, moins sur la planification."),
    ("p", "Proposition de la directrice pour le complément indemnitaire annuel : taux de 70 % (barème "
          "maximal 100 %), compte tenu de la qualité du travail de terrain et des retards administratifs."),
    ("h", "2 quater. Conditions d'exercice"),
    ("p", "L'agent exerce à temps plein, avec un jour de télétravail hebdomadaire depuis mars. Elle "
          "partage un bureau avec la CESF référente RSA, ce qui limite la confidentialité des entretiens "
          "téléphoniques ; un bureau d'entretien est réservé deux demi-journées par semaine à la Maison "
          "des solidarités. Le véhicule de service est disponible pour les visites à domicile sur "
          "réservation. La charge de travail a été particulièrement élevée pendant l'intérim de la "
          "coordination FSL, l'agent ayant porté jusqu'à 74 dossiers actifs pour une référence de 50."),
    ("h", "3. Objectifs pour 2026"),
    ("p", "Respect des délais de transmission des rapports ; co-animation du groupe de travail "
          "précarité énergétique intercommunal ; tutorat d'un stagiaire CESF."),
    ("h", "4. Besoins de formation"),
    ("p", "Gestion du temps et des priorités ; médiation et gestion des conflits."),
    ("h", "5. Perspectives"),
    ("p", "L'agent souhaite présenter l'examen professionnel de conseiller supérieur en 2027. Avis "
          "favorable sous réserve de la progression sur l'organisation."),
    ("h", "6. Observations de l'agent"),
    ("p", "« Je conteste le terme de \"réaction vive\" : j'ai défendu la situation d'une usagère. Je "
          "reconnais mes retards, liés à la surcharge d'activité depuis le départ non remplacé de ma "
          "collègue. »"),
    ("p", "Signatures : l'agent, le 20/11/2025 ; la directrice, le 21/11/2025."),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_activite_ccas_2024.docx"] = [
    ("title", "Rapport d'activité 2024 du Centre communal d'action sociale"),
    ("p", "Saint-Médard-sur-Vienne — présenté au conseil d'administration du 26 juin 2025 et publié sur le "
          "site internet de la commune."),
    ("h", "Le mot de la présidente"),
    ("p", "L'année 2024 a été marquée par une hausse sans précédent des sollicitations : +22 % de demandes "
          "d'aide alimentaire, +31 % d'aides à l'énergie. Derrière ces chiffres, ce sont des retraités, des "
          "familles monoparentales, des travailleurs qui ne parviennent plus à boucler leurs fins de mois. "
          "Je remercie les agents et les 74 bénévoles qui font vivre la solidarité au quotidien."),
    ("h", "1. L'accueil et l'accès aux droits"),
    ("p", "L'accueil a reçu 6 214 visites et 8 930 appels. 1 047 personnes ont été accompagnées dans leurs "
          "démarches (CAF, CPAM, retraite, MDPH). La permanence France services a traité 1 380 demandes. "
          "Le CCAS est référent RSA pour 128 foyers, soit 41 % des bénéficiaires de la commune, les autres "
          "étant suivis par le Département ou France Travail."),
    ("h", "2. Les aides facultatives"),
    ("table", [
        ["Nature", "Nombre", "Montant"],
        ["Bons alimentaires", "286", "19 840 €"],
        ["Aides à l'énergie", "94", "26 120 €"],
        ["Aides au logement (hors FSL)", "41", "12 300 €"],
        ["Aide « Premier pas » (jeunes)", "37", "18 450 €"],
        ["Cantine, périscolaire", "118", "9 870 €"],
        ["Autres (santé, obsèques, mobilité)", "36", "7 210 €"],
        ["Total", "612", "93 790 €"],
    ]),
    ("h", "3. L'aide alimentaire"),
    ("p", "L'épicerie solidaire « Le Panier partagé » a accueilli 214 ménages (512 personnes), pour 3 842 "
          "passages. Les produits frais représentent 38 % des volumes grâce aux partenariats avec deux "
          "maraîchers et la ramasse quotidienne en grande surface. La participation moyenne des "
          "bénéficiaires est de 4,20 € par passage."),
    ("h", "4. La veille sociale et l'accueil de jour"),
    ("p", "L'accueil de jour « L'Escale » a reçu 198 personnes différentes (9 200 passages). 97 "
          "domiciliations étaient actives au 31 décembre. Les maraudes hivernales (58 sorties) ont permis "
          "412 rencontres. Le plan grand froid a été déclenché à deux reprises."),
    ("h", "5. Les personnes âgées"),
    ("p", "Le portage de repas a livré 48 120 repas à 186 bénéficiaires. La résidence autonomie « Les "
          "Hirondelles » affiche un taux d'occupation de 97 %. Le registre canicule compte 196 inscrits. "
          "L'équipe citoyenne MONALISA, lancée en septembre, réunit déjà 14 bénévoles."),
    ("h", "6. L'aide et l'accompagnement à domicile"),
    ("p", "Le SAAD a réalisé 41 300 heures d'intervention auprès de 232 personnes. Le déficit du service, "
          "lié à l'écart entre le tarif départemental et le coût de revient, fait l'objet d'une réflexion "
          "présentée au conseil d'administration."),
    ("h", "7. Violences intrafamiliales"),
    ("p", "L'appartement relais a accueilli trois femmes et quatre enfants pour une durée moyenne de "
          "quatre mois. La permanence du CIDFF a reçu 46 personnes. Toutes les sorties se sont faites vers "
          "un logement autonome ou un CHRS."),
    ("h", "8. Les ressources humaines"),
    ("p", "Le CCAS compte 64 agents (52 ETP), dont 31 au SAAD. Huit agents ont suivi la formation "
          "« premiers secours en santé mentale »."),
    ("h", "8 bis. Le bénévolat"),
    ("p", "74 bénévoles ont donné environ 11 600 heures au CCAS en 2024, soit l'équivalent de sept postes "
          "à temps plein. Ils interviennent à l'épicerie (38), dans les maraudes hivernales (17), les "
          "visites de convivialité (14) et l'aide aux devoirs (5). Six sessions de formation ont été "
          "organisées. Une soirée de remerciement a réuni 60 personnes en décembre."),
    ("h", "8 ter. Les finances"),
    ("table", [
        ["Budget principal", "Réalisé 2023", "Réalisé 2024"],
        ["Dépenses de fonctionnement", "1 136 000 €", "1 212 000 €"],
        ["dont aides facultatives", "78 400 €", "93 790 €"],
        ["Subvention communale", "372 000 €", "389 000 €"],
        ["Autres financeurs (CAF, Département, État)", "158 000 €", "171 000 €"],
    ]),
    ("h", "8 quater. La satisfaction des usagers"),
    ("p", "Le questionnaire anonyme mis à disposition à l'accueil a recueilli 143 réponses. 88 % des "
          "répondants se déclarent satisfaits ou très satisfaits de l'accueil, 74 % jugent les délais "
          "raisonnables. Les principales attentes concernent l'ouverture le jeudi après-midi, la "
          "possibilité de prendre rendez-vous en ligne et une meilleure signalétique. Onze réclamations "
          "écrites ont été reçues, portant sur des délais de réponse ou des refus d'aide ; toutes ont reçu "
          "une réponse dans le mois."),
    ("h", "9. Perspectives 2025"),
    ("p", "Ouverture de la Maison des solidarités, extension de l'épicerie, plan de lutte contre "
          "l'isolement des aînés, dispositif « Chaud devant » contre la précarité énergétique."),
]

DOCX_BLOCKS["p122_reglement_aides_facultatives.docx"] = [
    ("title", "Règlement des aides sociales facultatives du CCAS"),
    ("p", "Adopté par délibération n° 2025-022 du conseil d'administration du 26 juin 2025. Applicable au "
          "1er septembre 2025."),
    ("h", "Article 1 — Principes"),
    ("p", "Les aides facultatives sont subsidiaires : elles interviennent après mobilisation des droits "
          "légaux et des dispositifs existants (FSL, aides CAF, fonds de caisses de retraite). Elles ne "
          "constituent pas un droit et sont accordées dans la limite des crédits votés. Elles sont "
          "attribuées après évaluation par un travailleur social et décision de la commission permanente, "
          "ou de la directrice par délégation en cas d'urgence."),
    ("h", "Article 2 — Conditions générales"),
    ("p", "Résider sur la commune ; justifier de ressources dont le reste à vivre journalier par unité de "
          "consommation est inférieur à 12 € ; avoir sollicité les autres aides possibles. Le reste à vivre "
          "est calculé ainsi : (ressources – charges fixes) / 30 / nombre d'unités de consommation."),
    ("h", "Article 3 — Nature des aides"),
    ("table", [
        ["Aide", "Plafond", "Forme", "Fréquence"],
        ["Secours alimentaire d'urgence", "120 €", "Bons ou carte", "3 fois par an"],
        ["Aide à l'énergie", "350 €", "Paiement au fournisseur", "1 fois par an"],
        ["Aide au logement (1er loyer, caution)", "500 €", "Paiement au bailleur", "1 fois"],
        ["Aide à la restauration scolaire", "Un trimestre", "Paiement à la régie", "Renouvelable"],
        ["Aide « Premier pas » 16-25 ans", "800 €", "Paiement au prestataire", "1 fois"],
        ["Avance remboursable", "600 €", "Virement", "1 en cours max."],
        ["Aide aux frais d'obsèques", "1 500 €", "Paiement aux pompes funèbres", "—"],
    ]),
    ("h", "Article 4 — Instruction"),
    ("p", "La demande est déposée auprès du CCAS avec les justificatifs : pièce d'identité ou titre de "
          "séjour, justificatifs de ressources des trois derniers mois, quittance ou attestation "
          "d'hébergement, factures concernées. Le travailleur social établit un rapport d'évaluation "
          "présentant la situation de manière objective et limitée aux éléments nécessaires."),
    ("h", "Article 5 — Décision et recours"),
    ("p", "La décision est notifiée par écrit dans un délai d'un mois. Tout refus est motivé. Le demandeur "
          "peut former un recours gracieux auprès de la présidente dans les deux mois, puis un recours "
          "contentieux devant le tribunal administratif de Limoges."),
    ("h", "Article 6 — Contrôle et récupération"),
    ("p", "Toute fausse déclaration entraîne le remboursement de l'aide et peut faire l'objet de poursuites. "
          "Les avances remboursables donnent lieu à un échéancier signé."),
    ("h", "Article 6 bis — Situations d'urgence"),
    ("p", "En cas d'urgence avérée (absence totale de ressources, coupure d'énergie imminente, mise à "
          "l'abri d'une victime de violences), la directrice ou, en son absence, l'agent d'astreinte peut "
          "accorder une aide immédiate dans la limite de 150 €, sans attendre la commission. La décision "
          "est présentée à la commission suivante pour information."),
    ("h", "Article 6 ter — Personnes sans domicile stable"),
    ("p", "Les personnes domiciliées au CCAS sont considérées comme résidant sur la commune pour "
          "l'application du présent règlement. Le justificatif de logement est remplacé par "
          "l'attestation d'élection de domicile."),
    ("h", "Article 6 quater — Composition de la commission permanente"),
    ("p", "La commission permanente est composée du vice-président et de quatre administrateurs désignés "
          "par le conseil d'administration, dont au moins deux membres nommés au titre des associations. "
          "Elle se réunit mensuellement ; le quorum est de trois membres. Les membres sont tenus au secret "
          "et ne peuvent siéger lorsqu'ils ont un lien personnel avec un demandeur."),
    ("h", "Article 6 quinquies — Évaluation du règlement"),
    ("p", "Un bilan annuel de l'application du présent règlement est présenté au conseil d'administration "
          ": nombre et montant des aides par nature, délais d'instruction, taux d'accord, motifs de refus, "
          "recours exercés. Les données sont présentées de manière agrégée. Le règlement peut être révisé "
          "à l'occasion de ce bilan, notamment pour actualiser les plafonds au regard de l'évolution des "
          "prix de l'énergie et de l'alimentation."),
    ("h", "Article 7 — Protection des données"),
    ("p", "Les données recueillies sont traitées par le CCAS pour l'instruction des demandes, conservées "
          "cinq ans après la dernière aide et accessibles aux seuls agents habilités. Les personnes "
          "disposent d'un droit d'accès et de rectification auprès du délégué à la protection des données."),
]

DOCX_BLOCKS["p123_convention_siao_places_urgence.docx"] = [
    ("title", "Convention relative à la mise à disposition de places d'hébergement d'urgence"),
    ("p", "Entre l'État, représenté par le préfet de la Haute-Vienne, le SIAO 87, et le CCAS de "
          "Saint-Médard-sur-Vienne."),
    ("h", "Article 1 — Objet"),
    ("p", "Le CCAS met à disposition du SIAO deux places d'hébergement d'urgence en chambre individuelle au "
          "sein de la Maison des solidarités, du 1er novembre au 31 mars."),
    ("h", "Article 2 — Orientations"),
    ("p", "Les orientations sont prononcées exclusivement par le SIAO via le 115, dans le respect du "
          "principe d'accueil inconditionnel. Le CCAS signale chaque matin la disponibilité des places."),
    ("h", "Article 3 — Financement"),
    ("p", "L'État verse une dotation de 28 € par nuitée occupée (programme 177)."),
    ("h", "Article 4 — Évaluation"),
    ("p", "Un bilan anonymisé est transmis en mai : nombre de personnes accueillies, durée, orientations."),
]

DOCX_BLOCKS["p124_guide_accueil_victimes_violences.docx"] = [
    ("title", "Guide interne — accueillir une personne victime de violences conjugales"),
    ("p", "À l'usage des agents d'accueil, travailleurs sociaux et bénévoles du CCAS. Élaboré avec le CIDFF "
          "87 et la maison de protection des familles de la gendarmerie."),
    ("h", "1. Comprendre"),
    ("p", "Les violences conjugales ne se réduisent pas aux coups : elles peuvent être psychologiques "
          "(dénigrement, menaces, isolement), économiques (privation de ressources, contrôle des comptes), "
          "sexuelles, administratives (confiscation des papiers) ou numériques. Elles s'inscrivent dans un "
          "cycle (tension, agression, justification, rémission) qui explique les allers-retours de "
          "nombreuses victimes. On parle d'emprise lorsque la victime a intériorisé le discours de "
          "l'agresseur."),
    ("h", "2. Repérer"),
    ("p", "Certains signes doivent alerter : une personne qui ne peut jamais venir seule, qui semble "
          "craindre les appels de son conjoint, qui présente des blessures mal expliquées, qui n'a aucun "
          "accès à ses ressources. Le questionnement systématique (« Avez-vous déjà subi des violences ? ») "
          "est recommandé par la Haute Autorité de santé ; il doit être posé en l'absence du conjoint."),
    ("h", "3. Accueillir"),
    ("p", "Recevoir la personne seule, dans un bureau fermé. La croire, ne pas juger, ne pas minimiser. "
          "Lui dire que la violence est interdite par la loi et que l'auteur en est seul responsable. "
          "Respecter son rythme : la décision de partir ou de porter plainte lui appartient, sauf danger "
          "immédiat."),
    ("h", "4. Évaluer le danger"),
    ("p", "Utiliser la grille d'évaluation du danger (annexe 1) : escalade récente, menaces de mort, "
          "strangulation, armes au domicile, grossesse, projet de séparation, enfants exposés. En cas de "
          "danger grave : appeler le 17 ; proposer une mise à l'abri immédiate via le 115 ou l'appartement "
          "relais."),
    ("h", "5. Orienter"),
    ("table", [
        ["Besoin", "Interlocuteur", "Contact"],
        ["Écoute, information", "3919", "24 h/24, gratuit, anonyme"],
        ["Urgence", "Police, gendarmerie", "17 ou SMS 114"],
        ["Droits, plainte, ordonnance de protection", "CIDFF 87", "Permanence au CCAS le mardi"],
        ["Accompagnement judiciaire", "France Victimes 87", "Permanence à Saint-Junien"],
        ["Hébergement", "115 / SIAO", "24 h/24"],
        ["Enfants exposés", "CRIP", "Via l'ASS du CCAS"],
    ]),
    ("h", "6. Tracer"),
    ("p", "Noter les faits rapportés avec les mots de la personne, sans interprétation. Ne jamais "
          "communiquer d'information à un tiers, même se présentant comme un proche. Conserver les écrits "
          "dans le dossier social et non dans les outils partagés."),
    ("h", "6 bis. Cas particuliers"),
    ("p", "Personne étrangère : la victime titulaire d'un titre de séjour en qualité de conjoint peut en "
          "obtenir le renouvellement malgré la rupture de la vie commune lorsque celle-ci est due à des "
          "violences ; orienter vers le CIDFF ou la permanence juridique. Personne âgée ou handicapée : "
          "penser aux violences commises par un aidant ou un enfant adulte ; un signalement au procureur est "
          "possible pour une personne vulnérable. Homme victime : l'accueil et l'orientation sont les "
          "mêmes ; le 3919 répond aussi aux hommes. Enfants : les enfants exposés aux violences conjugales "
          "sont reconnus comme victimes ; une information préoccupante peut être nécessaire."),
    ("h", "6 ter. Ce qu'il ne faut pas faire"),
    ("p", "Organiser une confrontation ou une médiation entre la victime et l'auteur ; contacter le "
          "conjoint pour « avoir sa version » ; laisser la personne repartir sans lui avoir donné au moins "
          "un numéro utile ; envoyer un courrier au domicile sans s'être assuré qu'il ne sera pas lu par "
          "l'auteur ; noter l'adresse d'hébergement dans un outil accessible à tous."),
    ("h", "6 quater. Annexe 1 — Grille simplifiée d'évaluation du danger"),
    ("p", "Chaque réponse positive augmente le niveau de vigilance : les violences ont-elles augmenté en "
          "fréquence ou en gravité ces derniers mois ? L'auteur a-t-il déjà menacé de tuer la victime ou "
          "de se suicider ? A-t-il tenté de l'étrangler ? Possède-t-il une arme ? La victime est-elle "
          "enceinte ou a-t-elle un enfant de moins de deux ans ? Un projet de séparation est-il en cours "
          "ou récent ? L'auteur est-il jaloux de façon obsessionnelle, surveille-t-il le téléphone ? Les "
          "enfants sont-ils exposés ou ont-ils été menacés ? Trois réponses positives ou plus : proposer "
          "une mise à l'abri et informer la directrice le jour même."),
    ("h", "7. Prendre soin de soi"),
    ("p", "Ces situations sont éprouvantes. Chaque agent peut demander un temps de reprise avec la "
          "directrice ou la psychologue de la plateforme de soutien du centre de gestion."),
]

DOCX_BLOCKS["p125_plan_isolement_aines.docx"] = [
    ("title", "Plan communal de lutte contre l'isolement des aînés 2025-2027"),
    ("p", "Adopté par le conseil d'administration du CCAS le 25 septembre 2025."),
    ("h", "Diagnostic"),
    ("p", "Selon l'enquête des Petits Frères des Pauvres, 2 millions de personnes de 60 ans et plus sont "
          "isolées de leur famille et de leurs amis en France, dont 530 000 en situation de « mort "
          "sociale ». Sur la commune, 44 % des 75 ans et plus vivent seuls."),
    ("h", "Axes"),
    ("table", [
        ["Axe", "Actions", "Pilote"],
        ["Repérer", "Registre élargi, vigilance des facteurs et aides à domicile", "CCAS"],
        ["Visiter", "Équipe citoyenne MONALISA, binômes de bénévoles", "Coordination bénévoles"],
        ["Relier", "Transport solidaire, ateliers numériques, café des aînés", "CCAS / associations"],
        ["Prévenir", "Repérage de la souffrance psychique, formation des bénévoles", "CLS"],
    ]),
    ("h", "Indicateurs"),
    ("p", "Nombre de personnes visitées, nombre de bénévoles formés, taux de participation aux activités, "
          "enquête de ressenti de solitude (échelle UCLA simplifiée) menée de façon anonyme."),
]

DOCX_BLOCKS["p126_pv_cst_reorganisation_saad.docx"] = [
    ("title", "Comité social territorial — procès-verbal de la séance du 30 septembre 2025"),
    ("p", "Collège des représentants de la collectivité : Mme Dufresne-Martin (présidente), M. Lachaud, "
          "Mme Perrichon. Collège des représentants du personnel : liste CGT (3 sièges), liste CFDT "
          "(1 siège), liste FO (1 siège)."),
    ("h", "Point 1 — Avenir du service d'aide à domicile"),
    ("p", "La présidente présente les trois scénarios d'évolution du SAAD. Les organisations syndicales "
          "expriment leur opposition unanime à un transfert à une association, qu'elles jugent porteur "
          "d'une dégradation des conditions de travail. Une déclaration liminaire de la CGT est annexée."),
    ("p", "Vote des représentants du personnel sur le principe d'une étude de transfert : 5 contre. "
          "Avis défavorable. La présidente indique qu'aucune décision ne sera prise avant une nouvelle "
          "concertation."),
    ("h", "Point 2 — Plan de formation 2026"),
    ("p", "Avis favorable unanime."),
    ("h", "Point 3 — Lignes directrices de gestion"),
    ("p", "Report à la séance de décembre."),
]

DOCX_BLOCKS["p127_cahier_charges_colis_alimentaires.docx"] = [
    ("title", "Cahier des clauses techniques particulières — colis alimentaires d'urgence"),
    ("p", "Marché à procédure adaptée n° 2025-CCAS-09."),
    ("h", "1. Objet"),
    ("p", "Fourniture de colis alimentaires d'urgence composés de produits secs et de conserves, destinés "
          "aux ménages orientés par les travailleurs sociaux du CCAS."),
    ("h", "2. Composition type (colis pour une personne, trois jours)"),
    ("table", [
        ["Produit", "Quantité"],
        ["Pâtes ou riz", "1 kg"],
        ["Conserve de légumes", "2 × 400 g"],
        ["Conserve de poisson ou plat cuisiné", "2"],
        ["Lait UHT", "1 l"],
        ["Biscuits, compote", "1 + 4"],
        ["Café ou thé, sucre", "1 + 1"],
    ]),
    ("p", "Une variante sans porc et une variante végétarienne sont proposées au même prix, sans qu'aucune "
          "justification ne soit demandée aux bénéficiaires."),
    ("h", "3. Livraison"),
    ("p", "Stock de 40 colis à reconstituer sous 72 heures ; DLUO minimale de six mois."),
]

DOCX_BLOCKS["p128_bilan_epicerie_solidaire.docx"] = [
    ("title", "Épicerie solidaire « Le Panier partagé » — bilan statistique 2024"),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Ménages accueillis", "171", "214"],
        ["Personnes concernées", "402", "512"],
        ["Passages", "2 960", "3 842"],
        ["Familles monoparentales (%)", "34", "37"],
        ["Retraités (%)", "12", "17"],
        ["Volume distribué (tonnes)", "28,4", "36,1"],
        ["Part de produits frais (%)", "31", "38"],
    ]),
    ("p", "Les ménages accèdent à l'épicerie sur orientation d'un travailleur social, pour trois mois "
          "renouvelables. Durée moyenne d'accès : 5,2 mois. 62 % des ménages sortis ont vu leur reste à "
          "vivre remonter au-dessus du seuil."),
]

DOCX_BLOCKS["p129_orientations_politique_sociale_mandat.docx"] = [
    ("title", "Orientations de la politique sociale communale — note de cadrage politique"),
    ("p", "Document présenté par la présidente du CCAS au conseil d'administration de janvier 2025."),
    ("p", "La majorité municipale a fait de la solidarité une priorité politique de son mandat. Trois "
          "convictions guident notre action : l'accès de tous aux droits, la dignité dans l'aide "
          "alimentaire, le refus de l'isolement. Ces choix politiques se traduisent budgétairement par une "
          "hausse de 18 % de la subvention au CCAS depuis 2020."),
    ("p", "L'opposition municipale a proposé de conditionner certaines aides à une durée de résidence ; "
          "nous ne retenons pas cette option, juridiquement fragile et contraire au principe d'égalité."),
    ("p", "Priorités 2025-2026 : Maison des solidarités, épicerie étendue, plan aînés, lutte contre la "
          "précarité énergétique, soutien aux victimes de violences."),
]

DOCX_BLOCKS["p130_fiche_action_contrat_ville.docx"] = [
    ("title", "Contrat de ville « Engagements quartiers 2030 » — fiche action n° 7"),
    ("table", [
        ["Intitulé", "Lutter contre le non-recours aux droits sociaux"],
        ["Pilote", "CCAS de Saint-Médard-sur-Vienne"],
        ["Partenaires", "CAF, CPAM, Département, France services, centre social"],
        ["Public", "Habitants du quartier des Coteaux (1 240 habitants)"],
        ["Actions", "Permanences « Rendez-vous des droits », porte-à-porte, simulateurs en ligne"],
        ["Budget", "18 000 € (État 8 000 €, CAF 5 000 €, CCAS 5 000 €)"],
        ["Indicateurs", "Nombre de droits ouverts, taux de non-recours estimé au RSA"],
    ]),
    ("p", "Selon la DREES, environ un tiers des foyers éligibles au RSA ne le demandent pas chaque "
          "trimestre."),
]

DOCX_BLOCKS["p131_evaluation_logement_d_abord.docx"] = [
    ("title", "Évaluation du dispositif « Un chez-soi d'abord rural » — rapport final"),
    ("p", "Étude commanditée par la communauté de communes et la DDETS de la Haute-Vienne, réalisée par un "
          "cabinet indépendant de janvier à juin 2025. Les données individuelles ont été anonymisées et "
          "agrégées ; aucune personne n'est identifiable."),
    ("h", "1. Objet du dispositif"),
    ("p", "Lancé en 2022, le dispositif propose à des personnes sans domicile durablement à la rue un "
          "accès direct à un logement ordinaire, sans condition préalable d'« aptitude », avec un "
          "accompagnement pluridisciplinaire intensif (travailleur social, infirmier, pair-aidant). Il "
          "s'inspire du programme national « Un chez-soi d'abord » et l'adapte au milieu rural."),
    ("h", "2. Public accompagné"),
    ("table", [
        ["Caractéristique", "Effectif (n = 24)", "%"],
        ["Hommes", "19", "79"],
        ["Âge moyen", "46 ans", "—"],
        ["Durée d'errance > 5 ans", "14", "58"],
        ["Troubles psychiques déclarés", "13", "54"],
        ["Addiction déclarée", "16", "67"],
        ["Antécédents d'incarcération", "9", "38"],
    ]),
    ("h", "3. Résultats"),
    ("p", "Maintien dans le logement à 24 mois : 79 % (19 personnes sur 24). Parmi les cinq sorties, deux "
          "relèvent d'une hospitalisation longue, une d'un départ volontaire, une d'un décès, une d'une "
          "expulsion. Les passages aux urgences ont diminué de 41 % et les nuitées d'hôtel financées par "
          "l'État ont été quasiment supprimées. 15 personnes ont ouvert ou rétabli leurs droits (RSA, "
          "AAH, complémentaire santé)."),
    ("h", "4. Coûts"),
    ("p", "Coût moyen annuel par personne : 13 800 € (logement et accompagnement), à comparer au coût "
          "estimé des réponses d'urgence antérieures (hôtel, urgences, hospitalisations, interventions "
          "de police) : 19 200 €."),
    ("h", "5. Difficultés"),
    ("p", "Recrutement des professionnels de santé ; réticence initiale de certains bailleurs privés ; "
          "troubles de voisinage dans trois cas, résolus par la médiation ; difficulté d'accès aux soins "
          "psychiatriques en zone rurale ; sentiment d'isolement des personnes relogées loin des "
          "services."),
    ("h", "6. Paroles recueillies (verbatim anonymisés)"),
    ("p", "« Au début je dormais par terre, à côté du lit. » — « La clé, c'est la première chose à moi "
          "depuis dix ans. » — « Ce qui m'a aidé, c'est qu'on ne me demandait pas d'arrêter de boire pour "
          "avoir le droit de fermer ma porte. »"),
    ("h", "6 bis. Point de vue des partenaires"),
    ("p", "Les bailleurs sociaux interrogés soulignent la réactivité de l'équipe en cas de difficulté et "
          "se disent prêts à réserver davantage de logements. Les services de police et de gendarmerie "
          "notent une baisse nette des interventions pour des personnes précédemment à la rue. Les "
          "médecins généralistes regrettent en revanche d'être peu associés et demandent des temps de "
          "coordination. Les associations d'aide alimentaire constatent que les personnes relogées "
          "continuent de fréquenter leurs distributions, ce qu'elles jugent normal au vu de leurs "
          "ressources."),
    ("h", "6 ter. Méthode"),
    ("p", "L'évaluation combine l'analyse des données de suivi du dispositif, 18 entretiens avec des "
          "personnes accompagnées (volontaires, rémunérées sous forme de bons d'achat), 22 entretiens "
          "avec des professionnels et partenaires, et une comparaison des coûts à partir des données "
          "transmises par l'État, le centre hospitalier et les forces de l'ordre. Les résultats portent sur "
          "un petit effectif et doivent être interprétés avec prudence."),
    ("h", "6 quater. Comparaison avec d'autres territoires"),
    ("p", "Les résultats sont proches de ceux observés dans les sites urbains du programme national "
          "(maintien dans le logement supérieur à 80 % à deux ans). Le dispositif rural se distingue par "
          "un coût de déplacement des équipes plus élevé (environ 9 % du budget) et par la place plus "
          "importante du parc privé dans les captations de logements (11 logements sur 24). Deux autres "
          "départements ruraux conduisent une expérimentation comparable ; un échange de pratiques est "
          "proposé pour 2026."),
    ("h", "7. Recommandations"),
    ("p", "Pérenniser le dispositif et porter sa capacité à 35 personnes ; associer systématiquement un "
          "infirmier en pratique avancée psychiatrie ; développer le travail pair ; mobiliser le parc "
          "communal vacant ; prévoir des solutions de mobilité ; inscrire le dispositif dans le plan "
          "départemental d'action pour le logement et l'hébergement des personnes défavorisées."),
]

DOCX_BLOCKS["p132_programme_formation_benevoles.docx"] = [
    ("title", "Programme de formation des bénévoles — saison 2025-2026"),
    ("table", [
        ["Date", "Thème", "Intervenant"],
        ["14 octobre", "Accueil bienveillant et juste distance", "Coordinatrice bénévoles"],
        ["18 novembre", "Hygiène et chaîne du froid à l'épicerie", "Banque alimentaire"],
        ["9 décembre", "Repérer les violences intrafamiliales", "CIDFF 87"],
        ["20 janvier", "Aller vers les personnes à la rue", "Équipe maraude"],
        ["17 mars", "Souffrance psychique et risque suicidaire", "Infirmière du CMP"],
        ["12 mai", "Gestes de premiers secours", "Croix-Rouge"],
    ]),
    ("p", "Sessions de 14 h à 17 h, salle polyvalente de la Maison des solidarités. Inscription auprès de "
          "la coordination."),
]

DOCX_BLOCKS["p133_cr_reseau_sante_precarite.docx"] = [
    ("title", "Réseau santé-précarité de l'ouest Haute-Vienne — réunion du 10 juin 2025"),
    ("p", "Participants : PASS du centre hospitalier, CCAS, Médecins du Monde, CPAM, CSAPA, équipe mobile "
          "psychiatrie-précarité, maisons de santé."),
    ("p", "1. La PASS mobile a réalisé 312 consultations en 2024, dont 41 % auprès de personnes sans "
          "couverture maladie. Principaux motifs : soins de plaies, suivi de maladies chroniques "
          "interrompu, santé bucco-dentaire."),
    ("p", "2. La CPAM présente la procédure accélérée d'ouverture de droits pour les personnes "
          "domiciliées (délai cible : 10 jours)."),
    ("p", "3. Projet de « bus santé » bimensuel dans les hameaux : dossier à déposer à l'ARS en septembre."),
    ("p", "4. Situations complexes : rappel de la règle — présentation anonymisée sauf accord écrit."),
]

DOCX_BLOCKS["p134_modele_courrier_refus_domiciliation.docx"] = [
    ("title", "Modèle — notification de refus de domiciliation"),
    ("p", "[Nom, prénom du demandeur]"),
    ("p", "Madame, Monsieur, Vous avez sollicité le [date] votre domiciliation auprès du CCAS de "
          "Saint-Médard-sur-Vienne. Après examen, votre demande ne peut être satisfaite pour le motif "
          "suivant : [motif précis — absence de lien avec la commune au sens de l'article L. 264-4 du "
          "CASF / dispose d'un domicile stable]."),
    ("p", "Nous vous orientons vers : [organisme agréé le plus proche, adresse, horaires]."),
    ("p", "Vous pouvez contester cette décision par un recours gracieux auprès de la présidente du CCAS ou "
          "par un recours contentieux devant le tribunal administratif de Limoges dans un délai de deux "
          "mois à compter de sa notification."),
    ("p", "[Date, signature, qualité du signataire]"),
]

DOCX_BLOCKS["p135_etude_cas_fictive_formation.docx"] = [
    ("title", "Atelier d'analyse de pratiques — étude de cas n° 3 (situation fictive)"),
    ("p", "Les personnes et faits ci-dessous sont entièrement inventés pour les besoins de la formation. "
          "Toute ressemblance avec une situation réelle serait fortuite."),
    ("h", "La situation"),
    ("p", "« Mme A. », 45 ans, se présente à l'accueil d'un CCAS pour une aide alimentaire. Au cours de "
          "l'entretien, elle évoque son fils de 17 ans, déscolarisé, qui « fréquente de mauvaises "
          "personnes » et a été interpellé pour un vol. Elle laisse entendre que son compagnon « s'énerve "
          "vite » et qu'elle a peur quand il boit. Elle refuse toute démarche et demande que rien ne soit "
          "écrit."),
    ("h", "Questions pour le groupe"),
    ("p", "1. Quels éléments de danger identifiez-vous, pour elle et pour son fils ? 2. Que pouvez-vous "
          "écrire, et où ? 3. Le secret professionnel vous permet-il d'en parler à l'ASE ? 4. Comment "
          "maintenir le lien sans la brusquer ?"),
    ("h", "Éléments de réponse (pour l'animateur)"),
    ("p", "Évaluer le danger avec la grille ; proposer sans imposer ; rappeler qu'une information "
          "préoccupante peut être transmise pour le mineur, en informant la mère sauf si cela est "
          "contraire à l'intérêt de l'enfant ; tracer les faits objectifs dans le dossier social."),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_carnet_naissance.html"] = (
    "Intranet — Le carnet",
    """
<header><p>Intranet de la Ville et du CCAS &gt; Vie interne &gt; Le carnet</p></header>
<article>
<h1>Bienvenue à Jules !</h1>
<p class="date">Publié le 15 septembre 2025</p>
<p>Toute l'équipe du CCAS est heureuse d'annoncer la naissance de Jules, né le 9 septembre à la
maternité de Limoges. Les deux mamans, Julie Coudert, notre assistante de la résidence Les Hirondelles,
et sa compagne Sarah, se portent très bien. Après un long parcours de PMA en Espagne, elles savourent
chaque minute !</p>
<p>Un mot et une cagnotte circulent à l'accueil jusqu'à vendredi.</p>
</article>
""",
)

HTML_PAGES["s062_reponse_avis_en_ligne.html"] = (
    "Avis — CCAS de Saint-Médard-sur-Vienne",
    """
<section class="avis">
<h2>Avis des usagers</h2>
<div class="avis-item">
<p class="auteur">Karima B. — ★☆☆☆☆ — il y a 2 semaines</p>
<p>Honteux. On m'a fait attendre une heure pour me dire que mon dossier n'était pas complet.</p>
<div class="reponse">
<p class="auteur">Réponse du propriétaire</p>
<p>Madame B., nous regrettons votre attente. Comme vous le savez, votre demande d'aide pour les
impayés de loyer ne pouvait pas être présentée à la commission sans l'attestation de la CAF confirmant
la suspension de votre RSA et le jugement de divorce. Dès réception, votre assistante sociale reprendra
contact avec vous. Cordialement, la direction du CCAS.</p>
</div>
</div>
</section>
""",
)

HTML_PAGES["s063_hommage_benevole.html"] = (
    "Hommage à Gérard Peyroux",
    """
<article>
<h1>Au revoir Gérard</h1>
<p class="date">Lettre des bénévoles — février 2026</p>
<p>Gérard Peyroux nous a quittés le 28 janvier, à 71 ans. Bénévole de la première heure à l'épicerie,
il tenait la réception des livraisons le mardi avec une bonne humeur contagieuse.</p>
<p>Depuis l'annonce de sa maladie de Charcot il y a deux ans, il avait continué à venir, d'abord avec
une canne puis en fauteuil, pour « tenir la caisse tant que les mains suivent ». Ces derniers mois, il
ne pouvait plus parler mais nous écrivait sur sa tablette.</p>
<p>Ses obsèques ont eu lieu le 3 février. Une plaque sera posée dans la réserve, qu'il avait si bien
organisée.</p>
</article>
""",
)

HTML_PAGES["s064_intranet_infos_pratiques_maison_solidarites.html"] = (
    "Maison des solidarités — infos pratiques agents",
    """
<article>
<h1>Maison des solidarités : mémo d'installation</h1>
<h2>Accès au bâtiment</h2>
<ul>
<li>Porte du personnel (rue des Acacias) : badge ou code 8 2 4 6 #</li>
<li>Alarme intrusion : code agent 5 5 1 3, code de contrainte (déclenche l'appel silencieux à la
télésurveillance) 5 5 1 4</li>
<li>Wi-Fi agents : réseau MDS-PRO, mot de passe Solid@rite2025!</li>
</ul>
<h2>Locaux sensibles</h2>
<p>Le bureau d'entretien n° 6 dispose d'un bouton d'alerte sous le plateau, relié au poste de la
directrice. L'issue de secours du couloir B donne sur le parking et n'est pas surveillée.</p>
<h2>Astreinte</h2>
<p>Téléphone d'astreinte : 06 xx xx xx 17, remis chaque vendredi.</p>
</article>
<footer><p>Usage interne — ne pas transférer hors de l'intranet</p></footer>
""",
)

HTML_PAGES["s065_blog_temoignage_victime.html"] = (
    "Blog du CIDFF — Paroles de femmes",
    """
<article>
<h1>« J'ai repris ma vie en main » : le témoignage de Stéphanie</h1>
<p class="date">Publié le 26 novembre 2025</p>
<p>Stéphanie Lagorce, 38 ans, aide-soignante à Saint-Médard-sur-Vienne, a accepté de témoigner à
visage découvert pour la journée du 25 novembre.</p>
<p>« Pendant huit ans, mon mari m'a humiliée, puis frappée. La dernière fois, c'était devant notre
fils. J'ai porté plainte en mars 2024 ; il a été condamné en septembre à dix-huit mois dont six ferme.
Le CCAS m'a trouvé un appartement en trois jours, le CIDFF m'a accompagnée au tribunal. Aujourd'hui,
je vis avec mes deux enfants, j'ai repris le travail. »</p>
<p>Le portrait complet est à lire dans notre magazine de décembre.</p>
</article>
""",
)

HTML_PAGES["s066_extranet_siao_situation_complexe.html"] = (
    "Extranet SIAO 87 — Commission situations complexes",
    """
<header><p>Extranet SIAO 87 — accès réservé aux partenaires habilités</p></header>
<article>
<h1>Commission des situations complexes du 6 mars 2026</h1>
<h2>Situation n° 3 — M. Olivier T., 44 ans (présentée par le CCAS de Saint-Médard)</h2>
<p>Sans domicile depuis 2019, connu de l'accueil de jour. Schizophrénie diagnostiquée en 2012, sans
traitement depuis sa sortie d'une hospitalisation sans consentement au CH Esquirol en novembre
(mesure levée en décembre). Exclu de deux centres d'hébergement pour comportement menaçant.
Il a évoqué devant l'éducateur des idées suicidaires la semaine dernière.</p>
<h3>Préconisations</h3>
<ul>
<li>Intervention de l'équipe mobile psychiatrie-précarité dans les 8 jours ;</li>
<li>orientation prioritaire vers le dispositif « Un chez-soi d'abord rural » ;</li>
<li>demande de mesure de protection (curatelle) à étudier avec le médecin.</li>
</ul>
</article>
""",
)

HTML_PAGES["s067_intranet_mouvements_personnel.html"] = (
    "Intranet — Mouvements de personnel",
    """
<article>
<h1>Mouvements de personnel — octobre 2025</h1>
<h2>Arrivées</h2>
<p>Margot Fleury rejoint le CCAS comme CESF. Anthony Merle prend ses fonctions à l'accueil de jour.</p>
<h2>Départs et changements d'affectation</h2>
<p>Francis Delord, ancien régisseur, quitte les effectifs du CCAS le 15 octobre : le conseil de
discipline ayant retenu les faits de détournement, la révocation a été prononcée par arrêté du
10 octobre. La régie est désormais tenue par Paulo Gomes.</p>
<p>Kévin Dumas, agent du portage de repas, est muté au service des sports à sa demande.</p>
</article>
""",
)

HTML_PAGES["s068_newsletter_reprise_article.html"] = (
    "La lettre des solidarités — n° 12",
    """
<article>
<h1>La lettre des solidarités — printemps 2025</h1>
<h2>Revue de presse : l'article qui nous a fait réfléchir</h2>
<p>Nous reproduisons ci-dessous, dans son intégralité, l'enquête publiée par le magazine national
<em>Regards sociaux</em> dans son numéro d'avril (abonnement payant).</p>
<blockquote>
<p><strong>« Les invisibles des campagnes » — par Hélène Marchetti</strong></p>
<p>Ils ne dorment pas sous les ponts, parce qu'il n'y a pas de ponts. Ils dorment dans des voitures
garées au bout des chemins, dans des caravanes prêtées, dans la chambre d'un cousin. Les statistiques
du sans-abrisme les ignorent presque tous. Pendant trois mois, nous avons suivi les maraudes rurales
de quatre départements...</p>
<p>[...texte intégral de l'enquête, 11 200 signes, reproduit depuis l'édition numérique...]</p>
<p>© Regards sociaux 2025. Reproduction interdite sans autorisation.</p>
</blockquote>
</article>
""",
)

HTML_PAGES["s069_extranet_siao_liste_attente.html"] = (
    "SI-SIAO — demandes en attente (secteur ouest)",
    """
<h1>Demandes d'hébergement en attente — secteur ouest — 12/01/2026</h1>
<table>
<tr><th>Ménage</th><th>Composition</th><th>Prescripteur</th><th>Situation</th><th>Attente</th></tr>
<tr><td>N'DIAYE Fatou</td><td>Mère + 2 enfants (1 et 4 ans)</td><td>CCAS St-Médard</td>
<td>Déboutée du droit d'asile, hébergée chez une compatriote jusqu'au 15/01</td><td>41 j</td></tr>
<tr><td>MOREAU Kévin</td><td>Isolé</td><td>Mission locale</td><td>Rupture familiale, 20 ans</td>
<td>18 j</td></tr>
<tr><td>LEROY Sandrine</td><td>Isolée, enceinte 7 mois</td><td>Maternité CHU</td>
<td>Séparation, violences alléguées</td><td>9 j</td></tr>
<tr><td>POPESCU Andrei</td><td>Couple</td><td>Accueil de jour</td><td>Ressortissants UE sans droits
ouverts</td><td>63 j</td></tr>
</table>
""",
)

HTML_PAGES["s070_intranet_carnet_mariage.html"] = (
    "Intranet — Félicitations",
    """
<article>
<h1>Vive les mariés !</h1>
<p class="date">Publié le 7 juillet 2025</p>
<p>Samedi dernier, à la mairie de Saint-Médard, Thomas Vergnolle, notre chauffeur du portage de repas,
a épousé Julien Bessaguet. Les collègues présents confirment : la salle des mariages n'avait jamais
autant dansé ! Toutes nos félicitations aux jeunes mariés, qui partent en voyage de noces au Portugal.</p>
<p><img src="mariage_thomas_julien.jpg" alt="Thomas et Julien à la sortie de la mairie"></p>
</article>
""",
)

HTML_PAGES["s071_facebook_ccas_relogement.html"] = (
    "CCAS Saint-Médard — publication",
    """
<div class="post">
<p class="page">CCAS de Saint-Médard-sur-Vienne · 3 avril 2025</p>
<p>🎉 Belle journée aujourd'hui ! Après deux ans et demi à dormir dans sa voiture puis à l'accueil de
jour, Christophe Arnaud a reçu les clés de son appartement aux Coteaux. Merci à Limousin Habitat, au
SIAO et à nos bénévoles qui l'ont aidé à déménager. Bonne route dans ton nouveau chez-toi, Christophe !
🔑</p>
<p class="reactions">❤️ 87 · 💬 12 commentaires · ↗️ 5 partages</p>
</div>
""",
)

HTML_PAGES["s072_intranet_page_section_syndicale.html"] = (
    "Intranet — Espace syndical FO",
    """
<article>
<h1>Force ouvrière — section Ville et CCAS</h1>
<p>Votre nouveau bureau de section, élu par les adhérents le 18 septembre 2025 :</p>
<ul>
<li>Secrétaire : Kadiatou Sow (CCAS, portage de repas)</li>
<li>Trésorier : Bruno Lascaux (Ville, cuisine centrale)</li>
<li>Membres : Émilie Rigaud (CCAS, SAAD), Nordine Belhadj (Ville, propreté)</li>
</ul>
<p>Permanence le premier lundi du mois, 12 h - 14 h, local syndical. Pour adhérer, contactez
Kadiatou.</p>
</article>
""",
)

HTML_PAGES["s073_intranet_cagnotte_amyotrophie.html"] = (
    "Intranet — Solidarité",
    """
<article>
<h1>Solidarité avec Léa</h1>
<p>Notre collègue Nadia Brunet, secrétaire du CCAS, et son mari viennent d'apprendre que leur fille
Léa, 14 mois, est atteinte d'une amyotrophie spinale de type 1. Le diagnostic a été posé par analyse
génétique au CHU de Bordeaux ; les deux parents sont porteurs sains du gène SMN1 muté. Léa doit
recevoir une thérapie génique à Paris en novembre.</p>
<p>Une cagnotte est ouverte pour aider la famille à financer les déplacements et l'hébergement.
Les dons de jours de repos sont également possibles (formulaire RH).</p>
</article>
""",
)

HTML_PAGES["s074_portail_usager_messagerie.html"] = (
    "Mon espace CCAS — messagerie",
    """
<section class="messagerie">
<h1>Mes messages</h1>
<div class="message">
<p class="meta">De : Aurélie Vernhes (assistante sociale) — À : M. Hamza Yousfi — 14/05/2025</p>
<p>Bonjour Monsieur Yousfi, j'ai bien reçu la copie de votre convocation à l'audience de la CNDA du
3 juin pour votre recours contre la décision de l'OFPRA. J'ai transmis à votre avocate l'attestation
de domiciliation et de suivi. Le billet de train vous sera remis vendredi à l'accueil. Bon courage.</p>
</div>
</section>
""",
)

HTML_PAGES["s075_intranet_reportage_aire_accueil.html"] = (
    "Intranet — Reportage",
    """
<article>
<h1>Une rentrée réussie à la Croix-Blanche</h1>
<p class="date">Publié le 20 septembre 2025</p>
<p>Grâce au travail de la médiatrice et de nos collègues du CCAS, les six enfants de la famille
Lăcătuș, une famille rom installée sur l'aire d'accueil depuis juin, ont fait leur rentrée à l'école
Jean-Moulin. Leur père, Costel, nous raconte qu'il n'avait lui-même jamais été scolarisé en Roumanie
« parce qu'on ne voulait pas de nous, les Tsiganes ». Les enseignantes saluent l'assiduité des
enfants.</p>
</article>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_aides_ccas.html"] = (
    "Les aides du CCAS — Saint-Médard-sur-Vienne",
    """
<header><p>Accueil &gt; Solidarités &gt; Les aides du CCAS</p></header>
<main>
<h1>Les aides du CCAS</h1>
<p>Le centre communal d'action sociale accompagne les habitants qui traversent une période difficile.
Toutes les demandes sont examinées de façon confidentielle par un travailleur social.</p>
<h2>Aide alimentaire</h2>
<p>Bons d'achat d'urgence, colis, accès à l'épicerie solidaire « Le Panier partagé » sur orientation
d'un travailleur social. Les associations partenaires (Restos du cœur, Secours populaire, Secours
catholique) proposent aussi des distributions.</p>
<h2>Énergie et logement</h2>
<p>Aide au paiement des factures d'énergie, aide au premier loyer ou à la caution, instruction des
demandes au Fonds de solidarité pour le logement, prévention des expulsions : si vous avez un retard
de loyer, venez nous voir au plus tôt, avant l'aggravation de la dette.</p>
<h2>Jeunes de 16 à 25 ans</h2>
<p>Aide « Premier pas » pour le permis, la caution ou l'équipement professionnel ; point d'accueil
jeunes à la Maison des solidarités.</p>
<h2>Personnes âgées</h2>
<p>Portage de repas, aide à domicile, résidence autonomie, registre canicule, colis de fin d'année,
visites de convivialité.</p>
<h2>Personnes sans domicile</h2>
<p>Domiciliation, accueil de jour « L'Escale » (douches, laverie, bagagerie), maraudes l'hiver. En
cas d'urgence, la nuit : 115.</p>
<h2>Victimes de violences</h2>
<p>Écoute et orientation sans rendez-vous, permanence du CIDFF le mardi matin, mise à l'abri en
urgence. Numéro national : 3919.</p>
<h2>Comment faire une demande ?</h2>
<p>Prenez rendez-vous à l'accueil (2 place de la Libération) ou par téléphone au 05 55 xx xx 00.
Pensez à apporter : pièce d'identité, justificatifs de ressources des trois derniers mois, dernier avis
d'imposition, quittance de loyer, factures concernées.</p>
<h2>Horaires</h2>
<p>Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h ; fermé le jeudi après-midi.</p>
</main>
""",
)

HTML_PAGES["p137_actualite_ouverture_halte_nuit.html"] = (
    "Actualité — une halte de nuit",
    """
<article>
<h1>Quatre places d'urgence ouvrent à la Maison des solidarités</h1>
<p class="date">1er novembre 2025</p>
<p>Grâce à une convention avec l'État et le SIAO, deux chambres de la Maison des solidarités
accueillent désormais, tout l'hiver, des personnes sans abri orientées par le 115. C'est la première
offre d'hébergement d'urgence de l'ouest du département en dehors de Limoges.</p>
<p>Les personnes sont accueillies de 19 h à 8 h 30, avec repas du soir et petit-déjeuner préparés par
des bénévoles. L'accueil se fait exclusivement via le 115.</p>
</article>
""",
)

HTML_PAGES["p138_page_violences_conjugales.html"] = (
    "Violences conjugales : où trouver de l'aide ?",
    """
<main>
<h1>Violences conjugales : vous n'êtes pas seule</h1>
<p>Insultes, menaces, coups, contrôle de l'argent, du téléphone, des sorties, violences sexuelles :
les violences dans le couple prennent de nombreuses formes. Elles sont toutes interdites par la loi.</p>
<h2>En cas de danger immédiat</h2>
<p>Appelez le 17 ou envoyez un SMS au 114. Les pharmacies de la commune participent au dispositif
« masque 19 » : vous pouvez y demander de l'aide discrètement.</p>
<h2>Pour parler, s'informer</h2>
<p>3919 — Violences Femmes Info, gratuit, anonyme, 24 h/24. Permanence du CIDFF au CCAS le mardi de
9 h à 12 h, sans rendez-vous.</p>
<h2>Porter plainte</h2>
<p>Vous pouvez porter plainte dans n'importe quel commissariat ou brigade de gendarmerie, ou demander
à être reçue par la maison de protection des familles. Un certificat médical peut être établi par
votre médecin ou aux urgences, même sans plainte.</p>
<h2>Être mise à l'abri</h2>
<p>Le 115 et le CCAS peuvent vous proposer un hébergement en urgence, avec vos enfants.</p>
<p><a href="#" class="quitter">Quitter rapidement ce site</a></p>
</main>
""",
)

HTML_PAGES["p139_faq_contrat_engagement_jeune.html"] = (
    "FAQ — Contrat d'engagement jeune",
    """
<main>
<h1>Le contrat d'engagement jeune (CEJ) en 5 questions</h1>
<h2>Pour qui ?</h2>
<p>Les jeunes de 16 à 25 ans (29 ans en situation de handicap) sans emploi ni formation.</p>
<h2>Qu'est-ce qu'on y fait ?</h2>
<p>15 à 20 heures d'activités par semaine : ateliers, stages, formation, service civique, avec un
conseiller unique de la Mission locale ou de France Travail.</p>
<h2>Est-ce rémunéré ?</h2>
<p>Une allocation pouvant aller jusqu'à 528 € par mois selon les ressources et l'âge.</p>
<h2>Combien de temps ?</h2>
<p>De 6 à 12 mois, jusqu'à 18 mois dans certains cas.</p>
<h2>Comment s'inscrire ?</h2>
<p>À la Mission locale rurale (permanence à la Maison des solidarités le mercredi) ou en ligne.</p>
</main>
""",
)

HTML_PAGES["p140_page_epicerie_solidaire.html"] = (
    "L'épicerie solidaire « Le Panier partagé »",
    """
<main>
<h1>L'épicerie solidaire « Le Panier partagé »</h1>
<p>Une épicerie comme les autres, ou presque : on y choisit ses produits et on les paie, à 10 ou 20 %
de leur prix habituel. Les économies réalisées permettent de faire face à une dépense (dette, permis,
réparation) définie avec un travailleur social.</p>
<p>Ouverture : mardi et vendredi 14 h - 18 h, mercredi 9 h - 12 h, à la Maison des solidarités.</p>
<p>L'accès se fait sur orientation (CCAS, Département, associations). Envie de devenir bénévole ?
Contactez la coordination.</p>
</main>
""",
)

HTML_PAGES["p141_actualite_bilan_plan_hivernal.html"] = (
    "Bilan du plan hivernal 2024-2025",
    """
<article>
<h1>Plan hivernal : le bilan</h1>
<p class="date">15 avril 2025</p>
<p>Du 1er novembre au 31 mars, les maraudes du CCAS et de la Croix-Rouge ont effectué 58 sorties et
412 rencontres avec des personnes à la rue. Le gymnase Jean-Jaurès a été ouvert 11 nuits lors des
épisodes de grand froid, accueillant en moyenne 9 personnes par nuit.</p>
<p>Aucune personne n'a été retrouvée en détresse grave sur la commune cet hiver. La municipalité
remercie les 23 bénévoles mobilisés.</p>
</article>
""",
)

HTML_PAGES["p142_page_domiciliation.html"] = (
    "Domiciliation administrative",
    """
<main>
<h1>Se domicilier au CCAS</h1>
<p>Vous n'avez pas de domicile stable ? Le CCAS peut vous fournir une adresse pour recevoir votre
courrier et faire valoir vos droits. Le service est gratuit.</p>
<h2>Pièces utiles</h2>
<p>Une pièce d'identité si vous en avez une. Son absence n'empêche pas la domiciliation.</p>
<h2>Retrait du courrier</h2>
<p>Du lundi au vendredi, 9 h - 12 h, à l'accueil de jour « L'Escale ».</p>
</main>
""",
)

HTML_PAGES["p143_page_recrutement_benevoles.html"] = (
    "Devenir bénévole",
    """
<main>
<h1>Rejoignez les bénévoles du CCAS !</h1>
<p>Quelques heures par mois suffisent. Missions possibles : tenir la caisse de l'épicerie, participer
aux maraudes d'hiver, rendre visite à une personne âgée isolée, accompagner des sorties, aider aux
devoirs.</p>
<p>Chaque bénévole signe la charte, bénéficie d'une formation et d'une assurance. Aucune compétence
particulière n'est exigée, seulement l'envie d'être utile et le respect de la confidentialité.</p>
<p>Réunion d'information le premier mercredi du mois à 18 h.</p>
</main>
""",
)

HTML_PAGES["p144_agenda_seance_ca.html"] = (
    "Conseil d'administration du CCAS — prochaine séance",
    """
<article>
<h1>Conseil d'administration du CCAS — jeudi 11 décembre 2025, 18 h 30</h1>
<p>Salle du conseil municipal. Ordre du jour : débat d'orientation budgétaire 2026 ; renouvellement
de la convention avec le CIDFF ; tarifs 2026 du portage de repas et de la résidence autonomie ;
rapport sur l'analyse des besoins sociaux.</p>
<p>Les délibérations sont publiées sur le site dans la semaine suivant la séance.</p>
</article>
""",
)

HTML_PAGES["p145_page_precarite_energetique.html"] = (
    "Précarité énergétique : les aides",
    """
<main>
<h1>Vous avez du mal à payer vos factures d'énergie ?</h1>
<ul>
<li>Chèque énergie (État), envoyé automatiquement au printemps ;</li>
<li>Fonds de solidarité pour le logement (Département), demande via le CCAS ;</li>
<li>aide facultative du CCAS, jusqu'à 350 € par an ;</li>
<li>visite « éco-gestes » gratuite à domicile par notre conseillère ;</li>
<li>MaPrimeRénov' et aides de l'ANAH pour les travaux, avec l'espace conseil France Rénov'.</li>
</ul>
<p>Du 1er novembre au 31 mars, la trêve hivernale interdit les coupures d'électricité et de gaz pour
impayés dans les résidences principales ; une réduction de puissance reste possible, sauf pour les
bénéficiaires du chèque énergie.</p>
</main>
""",
)

HTML_PAGES["p146_page_reclamation_mediation.html"] = (
    "Réclamations et médiation",
    """
<main>
<h1>Vous n'êtes pas satisfait ? Faites une réclamation</h1>
<p>Une plainte sur l'accueil reçu, un désaccord avec une décision, un délai trop long : vous pouvez
adresser une réclamation écrite à la directrice du CCAS, par courrier ou par le formulaire en ligne.
Une réponse vous sera apportée sous un mois.</p>
<h2>Contester une décision de refus d'aide</h2>
<p>Recours gracieux auprès de la présidente du CCAS dans les deux mois, puis recours devant le
tribunal administratif de Limoges.</p>
<h2>La Défenseure des droits</h2>
<p>Si vous estimez être victime d'une discrimination (origine, handicap, religion, état de santé...)
ou d'un dysfonctionnement d'un service public, vous pouvez saisir gratuitement la Défenseure des droits
ou son délégué, qui tient une permanence à la sous-préfecture de Bellac.</p>
</main>
""",
)

HTML_PAGES["p147_actualite_medaille_benevole.html"] = (
    "Une médaille pour Josiane Mazaud",
    """
<article>
<h1>Josiane Mazaud reçoit la médaille de l'engagement associatif</h1>
<p class="date">14 juillet 2025</p>
<p>Lors de la cérémonie du 14 juillet, la maire a remis la médaille de bronze de la jeunesse, des sports
et de l'engagement associatif à Josiane Mazaud, bénévole depuis vingt ans à la Croix-Rouge puis au CCAS,
où elle coordonne aujourd'hui les bénévoles de l'épicerie solidaire. « Je n'ai fait que ce que
d'autres auraient fait », a-t-elle déclaré sous les applaudissements.</p>
</article>
""",
)

HTML_PAGES["p148_page_protection_donnees.html"] = (
    "Protection des données personnelles — CCAS",
    """
<main>
<h1>Vos données personnelles au CCAS</h1>
<p>Pour instruire vos demandes et vous accompagner, le CCAS de Saint-Médard-sur-Vienne collecte des
informations vous concernant. Cette page vous explique lesquelles, pourquoi, et quels sont vos droits,
conformément au règlement général sur la protection des données (RGPD) et à la loi Informatique et
libertés.</p>
<h2>Qui est responsable ?</h2>
<p>Le responsable de traitement est le CCAS, représenté par sa présidente. Le délégué à la protection
des données (DPO) est mutualisé avec le centre de gestion de la Haute-Vienne.</p>
<h2>Quelles données ?</h2>
<p>Identité, coordonnées, composition familiale, ressources et charges, situation au regard du
logement et de l'emploi. Certaines données dites « sensibles » peuvent être collectées lorsqu'elles
sont strictement nécessaires : par exemple des données de santé pour une aide liée à un handicap ou
au registre canicule, ou des informations relatives à des violences subies pour une mise à l'abri.
Le CCAS ne collecte jamais d'informations sur vos opinions politiques, votre religion ou votre
orientation sexuelle.</p>
<h2>Pourquoi ?</h2>
<ul>
<li>instruire les demandes d'aides légales (RSA, aide sociale) et facultatives ;</li>
<li>assurer la domiciliation des personnes sans domicile stable ;</li>
<li>tenir le registre des personnes vulnérables en cas de canicule ou de grand froid ;</li>
<li>produire des statistiques anonymes d'activité.</li>
</ul>
<h2>Qui y a accès ?</h2>
<p>Les seuls agents habilités du CCAS, tenus au secret professionnel ou à la discrétion, et, selon les
cas, les organismes partenaires qui versent les aides (Département, CAF, fournisseurs d'énergie pour le
FSL). Aucune donnée n'est vendue ni utilisée à des fins commerciales.</p>
<h2>Combien de temps ?</h2>
<table>
<tr><th>Traitement</th><th>Durée de conservation</th></tr>
<tr><td>Aides facultatives</td><td>5 ans après la dernière aide</td></tr>
<tr><td>Domiciliation</td><td>3 ans après la fin de la domiciliation</td></tr>
<tr><td>Registre canicule</td><td>Jusqu'à la demande de radiation</td></tr>
<tr><td>Accompagnement RSA</td><td>2 ans après la fin du droit</td></tr>
</table>
<h2>Vos droits</h2>
<p>Vous pouvez accéder à vos données, les faire rectifier, demander leur effacement lorsque la loi le
permet, ou vous opposer à certains traitements. Écrivez au DPO ou présentez-vous à l'accueil avec une
pièce d'identité. Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une
réclamation à la CNIL.</p>
<h2>Les données des personnes hébergées ou victimes de violences</h2>
<p>Pour les personnes mises à l'abri, l'adresse d'hébergement n'est jamais communiquée à un tiers. Les
écrits relatifs aux violences subies sont conservés dans un dossier à accès restreint, consultable
uniquement par la référente. Vous pouvez demander à tout moment qu'aucun courrier ne soit envoyé à
votre domicile.</p>
<h2>Les transferts vers d'autres organismes</h2>
<p>Certaines informations sont transmises, dans la limite du nécessaire, au Département (RSA, FSL,
aide sociale), à la CAF, à France Travail, au SIAO (demandes d'hébergement) et aux bailleurs sociaux
(demandes de logement). Aucune donnée n'est transférée en dehors de l'Union européenne.</p>
<h2>Les statistiques</h2>
<p>Les rapports d'activité et l'analyse des besoins sociaux sont établis à partir de données agrégées,
qui ne permettent pas de vous identifier. Les effectifs inférieurs à cinq personnes ne sont pas
publiés.</p>
<h2>Les cookies et le formulaire en ligne</h2>
<p>Le formulaire de réclamation en ligne ne dépose aucun cookie de mesure d'audience. Les messages
reçus sont transférés à la directrice et supprimés de la boîte de réception au bout de six mois.</p>
<h2>Sécurité</h2>
<p>Les dossiers papier sont conservés dans des armoires fermées à clé ; le logiciel métier est hébergé
chez un prestataire certifié et accessible uniquement avec authentification personnelle.</p>
</main>
""",
)

HTML_PAGES["p149_communique_chiffres_pauvrete.html"] = (
    "Communiqué — la pauvreté progresse",
    """
<article>
<h1>Analyse des besoins sociaux : un habitant sur six sous le seuil de pauvreté</h1>
<p class="date">Communiqué de presse — 2 octobre 2025</p>
<p>Le CCAS publie la synthèse de son analyse des besoins sociaux. Le taux de pauvreté atteint 15,9 %
sur la commune et 31 % dans le quartier des Coteaux. Les demandes d'aide à l'énergie ont augmenté de
54 % en trois ans ; 44 % des plus de 75 ans vivent seuls.</p>
<p>« Ces chiffres nous obligent », déclare Hervé Lachaud, vice-président du CCAS, qui annonce un plan
d'action pluriannuel et l'extension de l'épicerie solidaire.</p>
<p>Synthèse téléchargeable sur le site de la commune.</p>
</article>
""",
)

HTML_PAGES["p150_page_maison_solidarites.html"] = (
    "Maison des solidarités — horaires et services",
    """
<main>
<h1>Maison des solidarités</h1>
<p>4, rue Émile-Zola — 87140 Saint-Médard-sur-Vienne</p>
<table>
<tr><th>Service</th><th>Jours et horaires</th></tr>
<tr><td>Accueil de jour L'Escale</td><td>Lundi-vendredi, 8 h 30 - 13 h 30</td></tr>
<tr><td>Épicerie solidaire</td><td>Mardi, vendredi 14 h - 18 h ; mercredi 9 h - 12 h</td></tr>
<tr><td>Permanence CIDFF</td><td>Mardi 9 h - 12 h</td></tr>
<tr><td>Mission locale</td><td>Mercredi 9 h - 17 h</td></tr>
<tr><td>Point d'accueil jeunes</td><td>Lundi-vendredi 13 h 30 - 18 h</td></tr>
<tr><td>France services</td><td>Lundi, jeudi, vendredi 9 h - 12 h</td></tr>
</table>
<p>Accès : ligne régionale de car, arrêt « Mairie ». Parking gratuit. Bâtiment accessible aux personnes
à mobilité réduite.</p>
</main>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
