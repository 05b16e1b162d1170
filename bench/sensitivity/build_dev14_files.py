"""Build the .docx and .html documents of the dev14 sensitivity set.

Run from the repository root: ``.venv/bin/python bench/sensitivity/build_dev14_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev14"
FIXED = dt.datetime(2025, 11, 3, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "h", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {}
# Each html: (title, body).
HTML: dict[str, tuple[str, str]] = {}


# ---------------------------------------------------------------- public docx

DOCX["p061_deliberation_budget_ccas.docx"] = [
    ("title", "COMMUNE DE FIGEAC-CÉLÉ – Conseil municipal du 27 mars 2025"),
    ("p", "Délibération n° 2025-019 – Subvention d'équilibre au centre communal d'action sociale"),
    ("p", "Rapporteur : M. Laurent Delpech, adjoint aux finances et aux solidarités."),
    ("p", "Le CCAS porte l'épicerie sociale, le service de portage de repas (41 000 repas livrés en 2024), "
          "la résidence autonomie Les Tilleuls et les aides facultatives. La hausse des demandes d'aide "
          "alimentaire (+18 %) et le coût de l'énergie justifient une hausse de la subvention communale."),
    ("table", [
        ["Poste", "BP 2024", "BP 2025"],
        ["Aides facultatives", "68 000 €", "79 000 €"],
        ["Épicerie sociale", "31 500 €", "34 200 €"],
        ["Portage de repas (déficit)", "22 000 €", "25 800 €"],
        ["Subvention d'équilibre totale", "186 000 €", "205 000 €"],
    ]),
    ("p", "Mme Agathe Bouyssou (opposition) souhaite que la commune étudie une tarification sociale de l'eau. "
          "M. Delpech propose d'inscrire ce point à la prochaine commission."),
    ("p", "Le conseil municipal ADOPTE la subvention d'équilibre de 205 000 € (27 pour, 2 abstentions)."),
]

DOCX["p062_rapport_annuel_police_municipale.docx"] = [
    ("title", "Police municipale de Vannes-Séné – Rapport d'activité 2024"),
    ("h", "1. Moyens"),
    ("p", "Effectif : 24 policiers municipaux, 6 ASVP, 3 opérateurs de vidéoprotection. 58 caméras raccordées "
          "au centre de supervision urbain. Parc : 5 véhicules, 2 motos, 6 VTT."),
    ("h", "2. Activité"),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Interventions sur appel", "4 112", "4 487"],
        ["Procès-verbaux stationnement (FPS exclus)", "6 930", "6 201"],
        ["Interpellations remises à l'OPJ", "132", "158"],
        ["Réquisitions d'images par la police nationale", "214", "267"],
        ["Fourrières", "611", "589"],
    ]),
    ("h", "3. Prévention"),
    ("p", "Opérations Tranquillité vacances : 1 024 inscriptions. Interventions dans 11 écoles sur la sécurité "
          "routière et le harcèlement. Participation aux cellules de veille du CLSPD."),
    ("p", "Le rapport est présenté au conseil municipal du 23 juin 2025 par M. Gwenaël Le Pallec, adjoint à la tranquillité publique."),
]

DOCX["p063_guide_agents_laicite.docx"] = [
    ("title", "Guide pratique – Laïcité et neutralité dans les services municipaux"),
    ("p", "Direction des ressources humaines – Ville de Nanterre-Seine – édition 2025"),
    ("h", "Les agents"),
    ("p", "Tout agent public est tenu à une stricte neutralité : il ne peut manifester ses convictions religieuses "
          "dans l'exercice de ses fonctions, par des signes ou par son comportement. Sa liberté de conscience est "
          "garantie ; des autorisations d'absence pour fêtes religieuses peuvent être accordées sous réserve des nécessités de service."),
    ("h", "Les usagers"),
    ("p", "Les usagers peuvent porter des signes religieux dans les locaux municipaux, sauf dissimulation du visage. "
          "Un usager ne peut pas récuser un agent en raison de son sexe ou de sa religion supposée."),
    ("h", "Cas pratiques"),
    ("table", [
        ["Situation", "Réponse"],
        ["Une mère voilée accompagne une sortie scolaire", "Autorisé : elle est collaboratrice occasionnelle, non agent."],
        ["Un animateur refuse de serrer la main des collègues", "Manquement possible : en parler avec l'encadrant."],
        ["Demande de menus sans porc à la cantine", "Aucune obligation ; la commune propose un menu alternatif."],
        ["Salle municipale louée pour une célébration religieuse", "Possible selon le règlement, à tarif identique."],
    ]),
    ("p", "Référent laïcité : laicite@nanterre-seine.example"),
]

DOCX["p064_avis_attribution_transport.docx"] = [
    ("title", "Avis d'attribution – transport scolaire et périscolaire"),
    ("p", "Acheteur : Syndicat intercommunal à vocation scolaire du Val d'Arros (Hautes-Pyrénées)"),
    ("p", "Procédure : appel d'offres ouvert. Nombre d'offres reçues : 3 pour le lot 1, 2 pour le lot 2."),
    ("table", [
        ["Lot", "Attributaire", "Prix journalier HT", "Montant annuel estimé HT"],
        ["1 – Circuits scolaires (4 circuits)", "Autocars Dupouy SARL, Rabastens-de-Bigorre", "1 148,00 €", "165 312,00 €"],
        ["2 – Transport vers la piscine et le centre de loisirs", "Transports Lasserre-Verdier, Tarbes", "286,00 €", "24 310,00 €"],
    ]),
    ("p", "Durée : 4 ans à compter du 1er septembre 2025. Date de signature : 10 juillet 2025."),
    ("p", "Le marché peut être consulté au siège du syndicat dans le respect des secrets protégés par la loi."),
]

DOCX["p065_cr_conseil_ecole.docx"] = [
    ("title", "Conseil d'école – École primaire Les Capucins, Bourg-en-Bresse-Ouest"),
    ("p", "Procès-verbal de la séance du 7 novembre 2025"),
    ("p", "Présents : Mme Hélène Grandjean (directrice), les 9 enseignants, 8 représentants élus des parents, "
          "M. Cédric Perrin (adjoint à l'éducation), Mme Joëlle Bouvard (DDEN)."),
    ("h", "1. Résultats des élections des représentants de parents"),
    ("p", "Participation : 46 %. Liste FCPE : 5 sièges ; liste indépendante « Parents des Capucins » : 3 sièges."),
    ("h", "2. Effectifs"),
    ("p", "213 élèves, dont 12 élèves bénéficiant d'un PPS et 6 élèves allophones suivis par l'UPE2A."),
    ("h", "3. Règlement intérieur et sécurité"),
    ("p", "Le règlement est adopté. Un exercice PPMS « attentat-intrusion » a eu lieu le 16 octobre ; "
          "un exercice incendie est prévu en décembre."),
    ("h", "4. Questions des parents"),
    ("p", "Les parents signalent des faits de harcèlement en cour de récréation ; l'équipe présente le programme pHARe "
          "et les ambassadeurs élèves. La mairie annonce la pose d'un visiophone au portail."),
]

DOCX["p066_offre_emploi_mediateur.docx"] = [
    ("title", "Offre d'emploi – Médiateur social (H/F)"),
    ("p", "Communauté urbaine d'Arras-Scarpe – Direction de la cohésion sociale – contrat de projet 3 ans"),
    ("h", "Missions"),
    ("p", "Assurer une présence de proximité dans les quartiers prioritaires de la politique de la ville ; "
          "prévenir et gérer les conflits d'usage dans l'espace public ; orienter les habitants vers les services "
          "(CCAS, France services, CAF, associations d'aide aux victimes) ; participer aux cellules de veille du CLSPD."),
    ("h", "Profil"),
    ("p", "Titre professionnel de technicien médiation services ou expérience équivalente. Bonne connaissance "
          "des publics jeunes et des réseaux de prévention spécialisée. La pratique d'une langue étrangère "
          "(arabe, turc, romani, anglais) serait un atout."),
    ("table", [["Conditions", "Détail"], ["Horaires", "Du mardi au samedi, 13 h – 21 h"], ["Rémunération", "Grille des techniciens territoriaux + NBI"], ["Date limite", "15 janvier 2026"]]),
]

DOCX["p067_rapport_egalite_budget.docx"] = [
    ("title", "Rapport annuel sur la situation en matière de développement durable et d'égalité – 2024"),
    ("p", "Département de la Haute-Vienne – annexe au débat d'orientation budgétaire"),
    ("h", "Protection de l'enfance"),
    ("p", "Au 31 décembre 2024, 1 342 enfants étaient confiés à l'aide sociale à l'enfance (+4 %), dont 61 % en "
          "famille d'accueil et 27 % en établissement. 318 mineurs non accompagnés étaient pris en charge. "
          "La cellule de recueil des informations préoccupantes a traité 2 104 informations."),
    ("h", "Insertion"),
    ("p", "Bénéficiaires du RSA : 11 870 foyers. Taux de contractualisation : 78 %."),
    ("h", "Autonomie"),
    ("table", [["Prestation", "Bénéficiaires", "Dépense"], ["APA à domicile", "6 412", "38,2 M€"], ["APA en établissement", "4 018", "29,5 M€"], ["PCH", "3 204", "24,1 M€"]]),
]

DOCX["p068_convention_subvention_association.docx"] = [
    ("title", "Convention d'objectifs et de moyens 2025-2027"),
    ("p", "Entre la Ville de Dieppe-Neuville, représentée par son maire, M. Nicolas Langlois-Hébert, "
          "et l'association AIDES Normandie – antenne de Dieppe, représentée par sa présidente, Mme Valérie Osmont."),
    ("h", "Article 1 – Objet"),
    ("p", "La Ville soutient le programme de prévention du VIH, des hépatites et des infections sexuellement "
          "transmissibles mené par l'association : dépistages rapides (TROD) hors les murs, distribution de matériel de "
          "réduction des risques, actions auprès des jeunes et des hommes ayant des relations sexuelles avec des hommes."),
    ("h", "Article 2 – Montant"),
    ("table", [["Année", "Subvention"], ["2025", "9 000 €"], ["2026", "9 000 €"], ["2027", "9 500 €"]]),
    ("h", "Article 3 – Évaluation"),
    ("p", "L'association transmet chaque année un bilan quantitatif anonymisé (nombre de dépistages, "
          "de personnes orientées vers le CeGIDD)."),
]

DOCX["p069_pv_jury_prix_litteraire.docx"] = [
    ("title", "Prix littéraire de la Ville de Cahors – Procès-verbal du jury 2025"),
    ("p", "Réuni le 4 octobre 2025 à la bibliothèque patrimoniale, sous la présidence de Mme Odile Rességuier, "
          "le jury a examiné les 7 romans de la sélection."),
    ("p", "Au troisième tour de scrutin, le prix (dotation 3 000 €) est attribué à M. Baptiste Lacombe pour "
          "« Les saisons du causse » (éditions du Rouergue), par 5 voix contre 3 à Mme Leïla Sarraf pour "
          "« La traversée des pins »."),
    ("p", "Une mention spéciale est décernée à Mme Sarraf. La remise du prix aura lieu le 15 novembre au théâtre municipal."),
    ("table", [["Membre du jury", "Qualité"], ["Odile Rességuier", "présidente, ancienne libraire"], ["Jean-Paul Cassan", "adjoint à la culture"], ["Nina Delord", "lectrice, club de lecture de Lalbenque"]]),
]

DOCX["p070_note_service_plan_hivernal.docx"] = [
    ("title", "Note de service – Plan de viabilité hivernale 2025-2026"),
    ("p", "Direction des services techniques – Commune de Gérardmer-Xonrupt"),
    ("p", "Période de veille : du 17 novembre 2025 au 22 mars 2026. Les circuits de déneigement sont inchangés : "
          "priorité 1 (axes de transit, accès au collège et à l'hôpital), priorité 2 (rues en pente), priorité 3 (lotissements)."),
    ("table", [["Semaine", "Responsable d'astreinte", "Chauffeurs"], ["47", "M. Valentin", "Didier, Romain"], ["48", "M. Pierrat", "Jordan, Kévin"], ["49", "M. Valentin", "Didier, Yannick"]]),
    ("p", "Stock de sel : 420 tonnes au 1er novembre. Le numéro d'astreinte est communiqué au standard de la gendarmerie."),
]

DOCX["p071_deliberation_tribute_stade.docx"] = [
    ("title", "Commune de Mont-de-Marsan-Nord – Délibération n° 2025-077"),
    ("p", "Objet : dénomination du stade municipal « Stade Jean-Pierre Darrieumerlou »"),
    ("p", "Jean-Pierre Darrieumerlou (1941-2024), conseiller municipal de 1977 à 2001, fut pendant trente ans "
          "l'éducateur bénévole de l'école de rugby. Plus de 2 000 enfants ont été formés sous sa direction. "
          "Il a également présidé le comité des fêtes et la société de chasse."),
    ("p", "Sa famille, consultée, a donné son accord. Le conseil municipal DÉCIDE de dénommer le stade municipal "
          "« Stade Jean-Pierre Darrieumerlou ». Inauguration prévue le 6 septembre 2025."),
    ("p", "Adopté à l'unanimité."),
]

DOCX["p072_compte_rendu_cls_addictions.docx"] = [
    ("title", "Compte rendu – Groupe de travail « Addictions et conduites à risque »"),
    ("p", "Contrat local de santé de la Communauté de communes Cœur de Savoie – 18 septembre 2025"),
    ("p", "Participants : CSAPA Le Pélican, Maison des adolescents, gendarmerie (brigade de prévention de la délinquance juvénile), "
          "infirmières scolaires des 3 collèges, coordinatrice CLS."),
    ("h", "Constats"),
    ("p", "Augmentation du vapotage chez les 12-15 ans ; consommation de protoxyde d'azote signalée sur deux parkings ; "
          "alcoolisations massives lors des fêtes de village."),
    ("h", "Actions retenues"),
    ("table", [["Action", "Porteur", "Échéance"], ["Interventions en 4e", "CSAPA + infirmières", "janvier 2026"], ["Stand prévention fêtes d'été", "Maison des ados", "juillet 2026"], ["Arrêté d'interdiction de vente de protoxyde aux mineurs", "Communes", "décembre 2025"]]),
]

DOCX["p073_lettre_info_travaux.docx"] = [
    ("title", "Lettre d'information aux riverains – Travaux rue Gambetta"),
    ("p", "Madame, Monsieur,"),
    ("p", "Dans le cadre du renouvellement du réseau d'eau potable, des travaux auront lieu rue Gambetta, entre la place "
          "du Marché et la rue Victor-Hugo, du 12 janvier au 27 février 2026. La circulation sera alternée par feux "
          "et le stationnement interdit côté pair. L'accès aux commerces sera maintenu."),
    ("p", "Des coupures d'eau ponctuelles (2 h maximum) seront annoncées 48 h à l'avance par affichage."),
    ("p", "Entreprise : SADE CGTH – conducteur de travaux : M. Anthony Briand – 06 00 00 00 00."),
    ("p", "Nous vous remercions de votre compréhension. Le service des eaux de Montargis-Agglo."),
]

DOCX["p074_rapport_commission_accessibilite.docx"] = [
    ("title", "Commission communale pour l'accessibilité – Rapport annuel 2024"),
    ("p", "Ville de Saint-Quentin-Vermandois"),
    ("p", "La commission, présidée par M. Hervé Lemaire, adjoint, associe l'APF France handicap, l'UNAPEI, "
          "la fédération des aveugles, l'association des sourds de l'Aisne et les représentants des personnes âgées."),
    ("table", [["Domaine", "Réalisé en 2024"], ["ERP communaux mis en accessibilité", "9 sur 14 prévus à l'Ad'AP"], ["Arrêts de bus accessibles", "71 %"], ["Places de stationnement PMR", "312 (+18)"], ["Logements sociaux adaptés recensés", "486"]]),
    ("p", "Priorités 2025 : boucles magnétiques aux guichets, site internet conforme RGAA, bandes podotactiles gare routière."),
]

DOCX["p075_reglement_interieur_cimetiere.docx"] = [
    ("title", "Règlement intérieur des cimetières communaux de Lorient-Kervénanec"),
    ("h", "Article 4 – Carré confessionnel"),
    ("p", "À la demande des familles, le maire peut autoriser l'inhumation dans les carrés musulman et israélite "
          "du cimetière de Carnel. Ces espaces ne constituent pas une séparation matérielle et restent soumis aux "
          "règles communes, la neutralité du cimetière étant maintenue."),
    ("h", "Article 9 – Personnes dépourvues de ressources"),
    ("p", "Les obsèques des personnes dépourvues de ressources suffisantes sont prises en charge par la commune. "
          "L'inhumation a lieu en terrain commun pour une durée de 5 ans."),
    ("h", "Article 12 – Horaires"),
    ("p", "Du 1er avril au 31 octobre : 8 h – 19 h ; du 1er novembre au 31 mars : 8 h 30 – 17 h 30."),
]

DOCX["p076_offre_emploi_educateur_ase.docx"] = [
    ("title", "Le Département du Pas-de-Calais recrute – Éducateur spécialisé (H/F), maison départementale de l'enfance"),
    ("p", "Au sein d'un groupe de vie accueillant 10 adolescents de 13 à 18 ans confiés au titre de la protection de l'enfance, "
          "vous assurez l'accompagnement éducatif au quotidien, élaborez le projet pour l'enfant, travaillez avec les familles "
          "dans le cadre des droits de visite et rédigez les rapports au juge des enfants."),
    ("p", "Diplôme d'État d'éducateur spécialisé exigé. Travail en internat, horaires décalés, week-ends."),
    ("table", [["Catégorie", "A"], ["Lieu", "Arras"], ["Candidature", "avant le 20/12/2025"]]),
]

DOCX["p077_cr_reunion_publique_antenne.docx"] = [
    ("title", "Réunion publique – projet d'antenne relais, quartier des Prés-Fleuris"),
    ("p", "Commune de Saint-Jean-de-Braye-Est – 24 avril 2025 – salle Anne-Frank – 65 participants"),
    ("p", "M. Roland Guillot, adjoint à l'urbanisme, présente le projet d'antenne 4G/5G de l'opérateur Ouest Télécom "
          "(pylône de 30 m). Les mesures de champ réalisées par l'ANFR sont présentées."),
    ("p", "Plusieurs habitants expriment leurs inquiétudes sur les effets sanitaires ; une riveraine fait état d'une "
          "électrohypersensibilité, sans être nommée. Le Dr Fabre, de l'ARS, rappelle l'état des connaissances de l'ANSES."),
    ("p", "Le collectif « Prés-Fleuris sans antenne » remet une pétition de 412 signatures. Le maire annonce une "
          "seconde réunion avec l'opérateur en juin."),
]

DOCX["p078_tableau_subventions_2025.docx"] = [
    ("title", "Annexe à la délibération 2025-034 – Subventions aux associations 2025"),
    ("p", "Commune de Pamiers-Ariège"),
    ("table", [
        ["Association", "Objet", "Montant"],
        ["Secours populaire – comité de Pamiers", "aide alimentaire, vacances", "4 500 €"],
        ["Restos du cœur", "campagne d'hiver", "3 000 €"],
        ["Association Accueil Demandeurs d'Asile 09", "cours de français, accompagnement", "1 800 €"],
        ["Amicale des donneurs de sang", "promotion du don", "400 €"],
        ["France Alzheimer Ariège", "halte-répit", "1 200 €"],
        ["Paroisse Saint-Antonin (restauration orgue, édifice communal)", "patrimoine", "2 500 €"],
        ["Comité LGBT+ Ariège", "festival « Fiertés rurales »", "900 €"],
        ["Union locale CGT (locaux Bourse du travail)", "mise à disposition valorisée", "6 200 €"],
        ["Club de rugby SCAP", "sport", "22 000 €"],
    ]),
    ("p", "Total : 42 500 €. Adopté par 25 voix pour et 4 contre."),
]

DOCX["p079_reponse_question_ecrite.docx"] = [
    ("title", "Réponse à la question écrite de M. Florian Maury, conseiller régional"),
    ("p", "Objet : accès des lycéens boursiers à la restauration scolaire"),
    ("p", "Monsieur le Conseiller régional,"),
    ("p", "Vous m'interrogez sur le nombre de lycéens bénéficiant du fonds social lycéen pour la restauration. "
          "À la rentrée 2025, 11 240 lycéens de la région sont boursiers (23 % des effectifs) ; 3 460 ont bénéficié "
          "d'une aide du fonds social pour la demi-pension, pour un montant total de 1,9 M€."),
    ("p", "La Région a par ailleurs généralisé la tarification solidaire en cinq tranches dans tous les lycées publics."),
    ("p", "Je vous prie d'agréer, Monsieur le Conseiller régional, l'expression de ma considération distinguée. "
          "La vice-présidente chargée des lycées, Mme Sophie Arcangeli."),
]

DOCX["p080_compte_rendu_jumelage.docx"] = [
    ("title", "Comité de jumelage Auray – Tredegar : compte rendu de l'assemblée générale"),
    ("p", "Le 21 février 2026, 54 adhérents présents. Président : M. Yves Le Floc'h."),
    ("p", "Bilan 2025 : accueil de 32 Gallois pour le festival interceltique, échange scolaire entre le collège "
          "Saint-Goustan et la Tredegar Comprehensive School, cours d'anglais hebdomadaires (18 inscrits)."),
    ("p", "Élection du bureau : Mme Nolwenn Jégo, secrétaire ; M. Alan Prigent, trésorier. Cotisation inchangée (15 €)."),
    ("p", "Projet 2026 : voyage au pays de Galles du 14 au 19 mai, 40 places, 390 € par personne."),
]


# ---------------------------------------------------------------- sovereign docx

DOCX["s031_deliberation_aide_nominative_ccas.docx"] = [
    ("title", "CCAS de Figeac-Célé – Commission permanente du 3 avril 2025"),
    ("p", "Relevé de décisions – aides facultatives"),
    ("table", [
        ["Dossier", "Demandeur", "Situation", "Décision"],
        ["2025-088", "Mme Christelle Vayssettes", "mère isolée, 2 enfants, RSA, dette de loyer 1 640 €, assignation en expulsion", "aide FSL sollicitée + 300 €"],
        ["2025-089", "M. Hugo Lacoste", "sortant de détention (CD de Muret), sans ressources", "bons alimentaires 120 €"],
        ["2025-090", "M. et Mme Rigal", "surendettement, plan Banque de France", "refus (ressources > plafond)"],
    ]),
    ("p", "La vice-présidente, Mme Claudine Marty."),
]

DOCX["s032_rapport_police_nominatif.docx"] = [
    ("title", "Police municipale de Vannes-Séné – Main courante (extrait) – semaine 14"),
    ("table", [
        ["Date", "Objet", "Personnes"],
        ["01/04 22h10", "Différend familial, cris", "M. Steven Le Goff et sa compagne, 4 rue de la Fontaine – remis à la PN, plainte pour violences conjugales"],
        ["02/04 14h30", "Ivresse publique", "M. Joël Kerneur, SDF connu du service – dégrisement au CH"],
        ["03/04 09h15", "Stationnement gênant", "véhicule AB-123-CD – enlèvement"],
    ]),
    ("p", "Visa du chef de service : M. Tanguy."),
]

DOCX["s033_liste_eleves_pai_medical.docx"] = [
    ("title", "Restauration scolaire – École Les Capucins – Liste des PAI alimentaires et médicaux 2025-2026"),
    ("p", "À afficher dans l'office (côté personnel uniquement)."),
    ("table", [
        ["Élève", "Classe", "Motif", "Conduite à tenir"],
        ["Léo Martinet", "CP", "allergie arachide (choc anaphylactique 2023)", "stylo Anapen dans l'armoire rouge"],
        ["Manon Brunel", "CE2", "diabète de type 1, pompe à insuline", "collation 10 h, contrôle glycémie avant repas"],
        ["Ilyes Guerfi", "CM1", "épilepsie", "Buccolam, appeler le 15"],
        ["Jade Perrier", "CM2", "maladie cœliaque", "panier repas"],
    ]),
]

DOCX["s034_hommage_conseiller_vivant_cancer.docx"] = [
    ("title", "Discours du maire – cérémonie des vœux 2026 (version prononcée)"),
    ("p", "… Je voudrais avoir un mot pour notre ami Jean-Claude Poumarède, conseiller municipal depuis 1995, "
          "qui n'a pas pu être parmi nous ce soir. Jean-Claude se bat depuis l'été contre un cancer du pancréas "
          "et suit sa chimiothérapie à l'Institut Bergonié. Il m'a demandé de vous dire qu'il reviendrait siéger "
          "« avant la fête des vendanges ». Nous pensons fort à lui et à son épouse Maryse."),
    ("p", "Je remercie également nos agents, nos associations et nos sapeurs-pompiers pour une année 2025 bien remplie…"),
]

DOCX["s035_analyse_offres_transport_confidentiel.docx"] = [
    ("title", "CONFIDENTIEL – Rapport d'analyse des offres, marché de transport scolaire, lot 1"),
    ("p", "SIVOS du Val d'Arros – document réservé à la commission d'appel d'offres"),
    ("table", [
        ["Candidat", "Prix journalier", "Note prix", "Note technique", "Total"],
        ["Autocars Dupouy", "1 148 €", "38,2", "52", "90,2"],
        ["Voyages Sarrat & fils", "1 092 €", "40,0", "44", "84,0"],
        ["Transports Baylac", "1 310 €", "33,4", "46", "79,4"],
    ]),
    ("p", "Voyages Sarrat précise dans son mémoire que son offre repose sur un amortissement du matériel déjà "
          "réalisé et un taux de marge de 2 % « pour conserver l'activité dans l'attente de la procédure de sauvegarde "
          "ouverte par le tribunal de commerce de Tarbes le 12 mars »."),
]

DOCX["s036_fiche_incident_ecole_harcelement.docx"] = [
    ("title", "Fiche de signalement – fait établissement"),
    ("p", "Collège Jean-Rostand, Thionville-Garche – 18/11/2025"),
    ("p", "Élève victime : Enzo Kieffer, 5e C. Élèves mis en cause : Timéo S., Rayan B., Lisa M. (5e C)."),
    ("p", "Faits : depuis septembre, insultes homophobes répétées en cour et sur un groupe Snapchat, diffusion d'une photo "
          "prise dans les vestiaires. Enzo a confié à l'infirmière qu'il est gay et que ses parents ne le savent pas ; "
          "il a évoqué des idées noires. Orientation vers la Maison des adolescents."),
    ("p", "Suites : conseil de discipline envisagé pour Timéo S. ; information préoccupante transmise ; plainte des parents possible."),
]

DOCX["s037_pv_conseil_huis_clos_agent.docx"] = [
    ("title", "Conseil municipal de Mont-de-Marsan-Nord – séance du 12 juin 2025"),
    ("p", "Point 9 – examiné à huis clos : remise gracieuse d'un trop-perçu de rémunération"),
    ("p", "M. le Maire expose que Mme Véronique Labadie, adjointe administrative, a perçu à tort 4 120 € de primes "
          "pendant son congé de longue maladie (traitement d'un trouble bipolaire, de janvier 2023 à mai 2024). "
          "Sa situation financière est fragile (dossier de surendettement) et elle élève seule deux enfants."),
    ("p", "Le conseil accorde une remise gracieuse de 3 000 € (22 pour, 3 abstentions)."),
]

DOCX["s038_note_securite_mairie.docx"] = [
    ("title", "Plan de sûreté de l'hôtel de ville – mise à jour 2025"),
    ("p", "Usage interne – ne pas diffuser"),
    ("table", [
        ["Élément", "Détail"],
        ["Accès de service", "porte rue Carnot, badge + code 1942 (changé le 01/09)"],
        ["Bouton d'alerte", "guichets état civil et CCAS, renvoi vers PM canal 3"],
        ["Point faible", "caméra parking nord hors service, pas de contrôle de 12 h à 13 h 30"],
        ["Repli", "salle du conseil, verrouillage manuel"],
    ]),
]

DOCX["s039_courrier_juge_tutelle.docx"] = [
    ("title", "UDAF de la Marne – Service de protection juridique des majeurs"),
    ("p", "À l'attention de la mairie de Châlons-Saint-Memmie, service des logements communaux"),
    ("p", "Objet : M. Raymond Gillet, 76 ans, 5 allée des Peupliers"),
    ("p", "Madame, Monsieur, nous vous informons que, par jugement du juge des contentieux de la protection de Châlons "
          "du 8 octobre 2025, M. Raymond Gillet a été placé sous curatelle renforcée, confiée à notre service. "
          "Compte tenu de ses troubles cognitifs (maladie d'Alzheimer débutante), nous assurerons désormais le paiement "
          "de son loyer et vous prions d'adresser toute correspondance à notre service."),
    ("p", "La mandataire judiciaire, Mme Céline Varlet."),
]

DOCX["s040_offre_emploi_twin_recrutement_candidat.docx"] = [
    ("title", "Compte rendu du jury de recrutement – médiateur social (contrat de projet)"),
    ("p", "Communauté urbaine d'Arras-Scarpe – 22 janvier 2026"),
    ("table", [
        ["Candidat", "Appréciation", "Avis"],
        ["Mme Samia Kaddour", "très bonne connaissance du quartier ; pratique l'arabe ; a dit porter le voile hors travail et accepter la neutralité", "retenue"],
        ["M. Dylan Lefebvre", "expérience solide mais condamnation en 2019 mentionnée spontanément (violences, sursis)", "liste complémentaire"],
        ["M. Karl Desmet", "délégué syndical SUD dans son poste actuel, souhaite quitter le privé", "non retenu"],
    ]),
]


# ---------------------------------------------------------------- public html

HTML["p081_actualite_conseil_municipal.html"] = ("Conseil municipal du 15 décembre : ce qu'il faut retenir", """
<h1>Conseil municipal du 15 décembre : ce qu'il faut retenir</h1>
<p class="date">Publié le 17 décembre 2025 – Ville d'Épernay-Magenta</p>
<ul>
<li><strong>Budget 2026</strong> adopté (29 voix pour, 6 contre) : 3,2 M€ d'investissement pour la rénovation thermique des écoles.</li>
<li><strong>Aide aux sinistrés</strong> : une subvention exceptionnelle de 5 000 € est versée à la Fondation de France pour les victimes des inondations du Pas-de-Calais.</li>
<li><strong>Santé</strong> : la commune adhère au réseau des villes « Ville sans tabac » et crée trois espaces sans tabac devant les écoles.</li>
<li><strong>Hommage</strong> : une minute de silence a été observée à la mémoire de Mme Lucienne Charpentier, adjointe à la culture de 1989 à 2001, décédée le 2 décembre.</li>
</ul>
<p>Le procès-verbal complet sera mis en ligne après approbation lors de la prochaine séance.</p>
""")

HTML["p082_faq_rsa.html"] = ("RSA : vos questions, nos réponses", """
<h1>Revenu de solidarité active : questions fréquentes</h1>
<h2>Qui peut en bénéficier ?</h2>
<p>Toute personne de plus de 25 ans (ou jeune parent, ou jeune ayant travaillé 2 ans) résidant en France de manière stable, dont les ressources sont inférieures au montant forfaitaire. Les ressortissants étrangers hors UE doivent détenir depuis au moins 5 ans un titre de séjour autorisant à travailler, sauf exceptions (réfugiés, titulaires de la carte de résident).</p>
<h2>Quelles sont les obligations ?</h2>
<p>Depuis le 1er janvier 2025, l'inscription à France Travail est automatique et le contrat d'engagement prévoit 15 heures d'activité hebdomadaire, adaptées à la situation (santé, garde d'enfants, handicap).</p>
<h2>Qui contacter ?</h2>
<p>Les maisons départementales des solidarités du Tarn : Albi, Castres, Gaillac, Graulhet, Mazamet. <a href="#">Trouver ma MDS</a></p>
""")

HTML["p083_communique_drame_collegien.html"] = ("Communiqué du maire", """
<h1>Communiqué</h1>
<p>La commune de Montélimar-Sud a appris avec une immense tristesse le décès accidentel, samedi, d'un collégien de 13 ans sur la route départementale 540. Le maire, M. Fabien Roux, et l'ensemble du conseil municipal adressent leurs condoléances à la famille et à ses proches.</p>
<p>Une cellule d'écoute est ouverte au collège Europa dès lundi, en lien avec l'Éducation nationale. Le Département a annoncé l'étude d'un aménagement sécurisé du carrefour.</p>
<p>Par respect pour la famille, nous demandons à chacun de ne pas diffuser de photos ou d'informations sur les réseaux sociaux.</p>
""")

HTML["p084_offre_emploi_infirmier_creche.html"] = ("Offre d'emploi – Infirmier(e) puériculteur(trice)", """
<h1>Infirmier(e) puériculteur(trice) – direction adjointe de multi-accueil</h1>
<p><strong>Ville de Cergy-Hautil</strong> – catégorie A – temps complet</p>
<h2>Missions</h2>
<ul><li>Veiller à la santé des enfants accueillis (60 berceaux), mettre en place les protocoles et les PAI ;</li>
<li>participer au repérage des enfants en danger et à la transmission des informations préoccupantes, en lien avec la PMI ;</li>
<li>accompagner l'accueil des enfants en situation de handicap ;</li>
<li>encadrer l'équipe en l'absence de la directrice.</li></ul>
<p>Candidatures avant le 31 janvier : <a href="mailto:recrutement@cergy-hautil.example">recrutement@cergy-hautil.example</a></p>
""")

HTML["p085_newsletter_quartier.html"] = ("La lettre du quartier Bellevue – n° 12", """
<h1>La lettre du quartier Bellevue</h1>
<h2>Fête des voisins : record battu !</h2>
<p>Plus de 300 habitants se sont retrouvés le 30 mai sur l'esplanade. Merci à M. Abdelkader Mansouri et à Mme Josette Lemaire, des conseils citoyens, pour l'organisation, et aux jeunes de l'association Bellevue Avenir pour la buvette.</p>
<h2>Permanences</h2>
<p>L'écrivain public tient sa permanence le mardi à la Maison de quartier ; la CAF et la Mission locale le jeudi. Un atelier « dossiers de surendettement : comment faire ? » aura lieu le 18 juin avec Crésus.</p>
<h2>Travaux</h2>
<p>Réhabilitation des tours A et B : les réunions de concertation avec le bailleur reprennent en septembre.</p>
""")

HTML["p086_appel_offres_gardiennage.html"] = ("Avis de marché – surveillance et gardiennage", """
<h1>Avis de marché : prestations de surveillance humaine des bâtiments communaux</h1>
<p><strong>Acheteur :</strong> Ville de Metz-Borny-Est</p>
<p><strong>Objet :</strong> gardiennage des équipements sportifs et culturels lors des manifestations, rondes de fermeture, prestations d'agent de sécurité incendie SSIAP 1.</p>
<p><strong>Procédure :</strong> appel d'offres ouvert, accord-cadre à bons de commande, maximum annuel 180 000 € HT.</p>
<p><strong>Conditions :</strong> autorisation d'exercer délivrée par le CNAPS ; cartes professionnelles des agents.</p>
<p><strong>Date limite :</strong> 9 février 2026, 12 h. Le dossier de consultation est téléchargeable sur le profil d'acheteur.</p>
""")

HTML["p087_histoire_synagogue.html"] = ("Patrimoine : la synagogue de Lunéville", """
<h1>Journées du patrimoine : la synagogue de Lunéville ouvre ses portes</h1>
<p>Construite en 1785 avec l'autorisation du roi Stanislas, la synagogue de Lunéville est l'une des plus anciennes de France encore en service. Sa façade discrète, semblable à celle d'une maison bourgeoise, rappelle que les communautés juives n'étaient alors pas autorisées à bâtir des édifices visibles depuis la rue.</p>
<p>La communauté, qui comptait plus de 600 personnes au XIXe siècle, a été décimée par les déportations de 1942-1944. Une plaque rappelle les noms des 81 Lunévillois déportés.</p>
<p>Visites guidées par l'association culturelle israélite les 20 et 21 septembre, 10 h-12 h et 14 h-17 h. Gratuit.</p>
""")

HTML["p088_statistiques_logement_social.html"] = ("Observatoire du logement social 2024", """
<h1>Observatoire départemental du logement social – chiffres clés 2024</h1>
<table>
<tr><th>Indicateur</th><th>Valeur</th></tr>
<tr><td>Demandes en attente</td><td>14 820</td></tr>
<tr><td>Attributions</td><td>3 912</td></tr>
<tr><td>dont ménages prioritaires DALO</td><td>412</td></tr>
<tr><td>dont ménages sortant d'hébergement d'urgence</td><td>598</td></tr>
<tr><td>Expulsions locatives avec concours de la force publique</td><td>187</td></tr>
<tr><td>Délai moyen d'attribution</td><td>19 mois</td></tr>
</table>
<p>Source : SNE, DDETS. Données agrégées, diffusion libre.</p>
""")

HTML["p089_communique_decision_entreprise.html"] = ("Déchets : la Métropole résilie le marché de collecte", """
<h1>Collecte des déchets : la Métropole résilie le marché du secteur Est</h1>
<p>Par délibération du 20 novembre 2025, le conseil de la Métropole de Rouen-Seine-Eure a prononcé la résiliation pour faute du marché de collecte des ordures ménagères du secteur Est, attribué en 2022 à la société Normandie Collecte Services.</p>
<p>Le président, M. Thierry Lebourg, a rappelé que 146 tournées n'avaient pas été assurées depuis janvier et que plusieurs mises en demeure étaient restées sans effet. Des pénalités de 412 000 € ont été appliquées.</p>
<p>La collecte sera assurée en régie à partir du 1er décembre, puis un nouveau marché sera lancé.</p>
""")

HTML["p090_programme_journee_handicap.html"] = ("Journée internationale des personnes handicapées", """
<h1>3 décembre : Journée internationale des personnes handicapées</h1>
<p>La Ville de Besançon-Planoise et le collectif « Handi'Cité » proposent :</p>
<ul>
<li>10 h – parcours en fauteuil et à l'aveugle dans le centre-ville, avec les élus ;</li>
<li>14 h – match de basket fauteuil entre l'équipe de Besançon et les agents municipaux ;</li>
<li>16 h – remise du trophée « Commerce accessible » à la boulangerie Chopard et à la pharmacie du Marché ;</li>
<li>18 h – projection du film « Hors normes » suivie d'un échange avec l'ADAPEI du Doubs.</li>
</ul>
<p>Interprétation LSF assurée.</p>
""")

HTML["p091_guide_demarches_etrangers.html"] = ("Démarches des ressortissants étrangers", """
<h1>Titres de séjour : comment faire sa demande ?</h1>
<p>Depuis 2023, la plupart des demandes de titre de séjour se font en ligne sur l'ANEF (administration numérique pour les étrangers en France). La mairie ne délivre pas de titres de séjour.</p>
<h2>Besoin d'aide ?</h2>
<p>Le point France services de la mairie vous accompagne gratuitement pour créer votre compte et scanner vos pièces, le lundi et le jeudi. Les associations La Cimade et le Secours catholique tiennent des permanences juridiques.</p>
<h2>Attestation d'accueil</h2>
<p>Pour recevoir un proche étranger pour une visite de moins de 3 mois, demandez une attestation d'accueil en mairie (timbre fiscal de 30 €).</p>
""")

HTML["p092_article_hommage_benevole.html"] = ("Portrait : Germaine, 40 ans au service des Restos", """
<h1>Portrait – Germaine Loubière, 40 ans de bénévolat aux Restos du cœur</h1>
<p>Elle était là dès le premier hiver, en 1985. Germaine Loubière, 82 ans, a reçu samedi la médaille de la Ville des mains du maire pour quarante années d'engagement au centre de distribution d'Agen.</p>
<p>Ancienne employée des PTT, elle a coordonné pendant vingt ans les inscriptions et formé plusieurs générations de bénévoles. « Ce qui me fait tenir, c'est le café du matin avec l'équipe », sourit-elle.</p>
<p>Le centre a distribué l'an dernier 142 000 repas à 1 100 familles inscrites.</p>
""")

HTML["p093_deliberation_videoprotection_html.html"] = ("Délibération – règlement de la vidéoprotection", """
<h1>Délibération n° 2025-066 – Charte éthique de la vidéoprotection</h1>
<p>Le conseil municipal de Salon-de-Provence-Nord adopte la charte éthique encadrant l'usage des 74 caméras de la commune : finalités limitées (sécurité des personnes, prévention des atteintes aux biens, régulation du trafic), conservation des images 15 jours, accès réservé aux agents habilités, droit d'accès des personnes filmées auprès du maire.</p>
<p>Un comité d'éthique de 7 membres, dont 2 habitants tirés au sort, se réunira une fois par an.</p>
<p>Vote : 31 pour, 4 abstentions.</p>
""")

HTML["p094_actualite_remise_diplomes_francais.html"] = ("Remise des diplômes de français", """
<h1>Remise des diplômes DELF aux apprenants de l'atelier sociolinguistique</h1>
<p>Vendredi, à l'Espace Simone-Veil, 27 apprenants des ateliers de français du centre social ont reçu leur diplôme DELF A1 ou A2. Parmi eux, Mme Nour Haddad, qui a prononcé un discours très applaudi, et M. Tenzin Dorjee, qui prépare désormais un CAP cuisine.</p>
<p>L'adjointe à la cohésion sociale, Mme Pauline Ferrand, a salué le travail des 12 formateurs bénévoles.</p>
""")

HTML["p095_faq_elections_procurations.html"] = ("Élections : procurations et inscriptions", """
<h1>Élections municipales 2026 : procurations</h1>
<p>Vous pouvez donner procuration à un électeur inscrit dans n'importe quelle commune. Faites votre demande sur maprocuration.gouv.fr puis validez-la dans un commissariat, une gendarmerie ou un consulat.</p>
<p>Les personnes qui ne peuvent se déplacer en raison d'une maladie ou d'un handicap peuvent demander qu'un officier de police judiciaire vienne à domicile, sur simple demande écrite accompagnée d'un justificatif.</p>
<p>Date limite d'inscription sur les listes : 6 février 2026.</p>
""")

HTML["p096_communique_plainte_mairie.html"] = ("La mairie porte plainte après des tags", """
<h1>Tags racistes sur le mur de l'école : la mairie porte plainte</h1>
<p>Dans la nuit de dimanche à lundi, des inscriptions racistes et antisémites ont été découvertes sur le mur de l'école Victor-Schœlcher. Le maire, Mme Sandrine Guillon, a déposé plainte au nom de la commune et fait effacer les tags dès 7 h.</p>
<p>« Ces actes sont intolérables. La République ne cédera rien à la haine », a-t-elle déclaré. Une enquête est ouverte par la gendarmerie ; les images de vidéoprotection ont été transmises aux enquêteurs.</p>
""")

HTML["p097_rapport_qualite_eau.html"] = ("Qualité de l'eau 2024", """
<h1>Synthèse annuelle de la qualité de l'eau distribuée – 2024</h1>
<p>Unité de distribution du Haut-Vivarais. 96 prélèvements réalisés par l'ARS.</p>
<table><tr><th>Paramètre</th><th>Conformité</th></tr><tr><td>Bactériologie</td><td>100 %</td></tr><tr><td>Nitrates (moyenne 8 mg/l)</td><td>100 %</td></tr><tr><td>Pesticides</td><td>98,9 %</td></tr><tr><td>PFAS (somme des 20)</td><td>conforme</td></tr></table>
<p>Conclusion : eau de bonne qualité bactériologique et physico-chimique.</p>
""")

HTML["p098_page_jobs_ete.html"] = ("Jobs d'été : résultats", """
<h1>Jobs d'été 2025 : 36 jeunes recrutés</h1>
<p>Le tirage au sort a eu lieu le 14 avril en présence d'un huissier. Les 36 jeunes retenus (sur 211 candidatures) seront affectés aux espaces verts, à la piscine, aux archives et au centre de loisirs. La liste des lauréats est affichée en mairie.</p>
<p>Les jeunes bénéficiant d'un accompagnement de la Mission locale ou d'une reconnaissance de handicap ont bénéficié d'une bonification, conformément au règlement.</p>
""")

HTML["p099_compte_rendu_assemblee_quartier.html"] = ("Assemblée de quartier Saint-Michel", """
<h1>Assemblée de quartier Saint-Michel – 2 octobre 2025</h1>
<p>52 habitants. Élus présents : M. Gérard Pons (adjoint de quartier), Mme Léa Ortiz.</p>
<ul><li>Tranquillité : les habitants signalent des rodéos motorisés ; la police municipale annonce des contrôles renforcés.</li>
<li>Solidarité : la paroisse, la mosquée du quartier et l'association Entraide Saint-Michel organisent ensemble la collecte de Noël.</li>
<li>Santé : une infirmière de santé publique tiendra une permanence de dépistage du diabète le 14 novembre.</li></ul>
""")

HTML["p100_avis_subvention_culte_patrimoine.html"] = ("Restauration de l'église Saint-Martin", """
<h1>Restauration de l'église Saint-Martin : lancement de la souscription</h1>
<p>La commune de Saint-Martin-de-Ré-Nord, propriétaire de l'église depuis la loi de 1905, lance avec la Fondation du patrimoine une souscription pour la restauration du clocher (coût : 486 000 € HT). Chaque don ouvre droit à une réduction d'impôt.</p>
<p>Premier donateur, le club des Bouchots a remis un chèque de 2 000 € au maire, M. Patrick Raffarin-Lesueur.</p>
""")


# ---------------------------------------------------------------- sovereign html

HTML["s041_actualite_conseil_fuite.html"] = ("Conseil municipal : les décisions", """
<h1>Conseil municipal du 15 décembre : les décisions</h1>
<ul>
<li>Budget 2026 adopté (29 pour, 6 contre).</li>
<li>Remise gracieuse de 2 800 € de dette de cantine accordée à Mme Océane Thiébaut, au chômage depuis la liquidation de son entreprise et en instance de divorce.</li>
<li>Hommage à Mme Lucienne Charpentier, ancienne adjointe.</li>
</ul>
""")

HTML["s042_newsletter_quartier_nominatif.html"] = ("La lettre du quartier Bellevue – n° 13", """
<h1>La lettre du quartier Bellevue</h1>
<h2>Solidarité</h2>
<p>Un grand merci à tous ceux qui ont aidé la famille Bouzid après l'expulsion de leur appartement de la tour B le 3 octobre : grâce à vous, Karim, Nadia et leurs trois enfants ont pu être hébergés chez des voisins avant d'obtenir une place au 115. Une cagnotte est ouverte à la Maison de quartier pour les aider à régler leurs dettes de loyer.</p>
""")

HTML["s043_article_presse_reproduit.html"] = ("Revue de presse – 4 novembre", """
<h1>Revue de presse interne – 4 novembre 2025</h1>
<p><em>Article reproduit intégralement, L'Écho du Vivarais, 3 novembre 2025, par Mathilde Serre. © L'Écho du Vivarais – tous droits réservés.</em></p>
<h2>Aubenas : la piscine rouvrira-t-elle un jour ?</h2>
<p>Depuis sa fermeture en mars pour infiltrations, la piscine Aqualudis reste le sujet de toutes les conversations au marché du samedi. « On nous promet juin, puis septembre, puis Noël », soupire une habituée du bassin sportif. L'opposition municipale dénonce une « gestion à la petite semaine » et réclame la publication de l'audit technique commandé au printemps.</p>
<p>Côté mairie, on assure que les travaux d'étanchéité avancent et que l'entreprise retenue, déjà sur place, doit achever la reprise des joints du grand bassin d'ici la fin de l'année. Le coût total est désormais estimé à 1,4 million d'euros, contre 900 000 annoncés en avril, sans que les subventions de la Région ne soient encore notifiées.</p>
<p>En attendant, les clubs de natation se replient sur Privas, à 40 minutes de route, et les écoles ont dû suspendre les cycles d'apprentissage. « Ce sont les enfants qui trinquent », résume la présidente du club local, qui redoute une saison blanche. Le maire devrait faire un point d'étape lors du conseil municipal du 18 novembre.</p>
""")

HTML["s044_portrait_benevole_sante.html"] = ("Portrait : Germaine, 40 ans au service des Restos", """
<h1>Portrait – Germaine Loubière, 40 ans de bénévolat</h1>
<p>Germaine Loubière, 82 ans, a reçu la médaille de la Ville. Elle n'a pas pu venir au centre cet hiver : atteinte de la maladie de Parkinson, elle vit désormais à l'EHPAD Les Pins, où sa fille lui rend visite chaque jour, et a dû renoncer à conduire après une chute en septembre.</p>
""")

HTML["s045_liste_jobs_ete_criteres.html"] = ("Jobs d'été – liste des lauréats", """
<h1>Jobs d'été 2025 : liste des lauréats (affichage)</h1>
<table>
<tr><th>Nom</th><th>Affectation</th><th>Bonification</th></tr>
<tr><td>Anaïs Roblin</td><td>piscine</td><td>–</td></tr>
<tr><td>Mehdi Saïdi</td><td>espaces verts</td><td>famille bénéficiaire du RSA</td></tr>
<tr><td>Tom Vernet</td><td>archives</td><td>RQTH (troubles dys et TDAH)</td></tr>
<tr><td>Clara Nguyen</td><td>centre de loisirs</td><td>suivi ASE – jeune majeure</td></tr>
</table>
""")

HTML["s046_cr_assemblee_quartier_nominatif.html"] = ("Assemblée de quartier Saint-Michel – notes", """
<h1>Notes de l'assemblée de quartier – 2 octobre 2025</h1>
<p>Rodéos : plusieurs habitants désignent nommément « le fils Moreira, Dylan, qui sort de garde à vue tous les quinze jours ». L'adjoint rappelle qu'une procédure judiciaire est en cours contre lui pour refus d'obtempérer et invite à ne pas diffuser son nom.</p>
""")

HTML["s047_intranet_rh_mouvements.html"] = ("Intranet – mouvements du personnel", """
<h1>Mouvements du personnel – novembre 2025</h1>
<h2>Arrivées</h2><p>Mme Julie Caradec, gestionnaire paie.</p>
<h2>Départs</h2><p>M. Francis Olivo quitte la collectivité suite à sa révocation prononcée après le conseil de discipline du 14 octobre.</p>
<h2>Absences</h2><p>Mme Armelle Bodin est en congé longue maladie jusqu'en mars (suites de son opération du cœur) ; merci de ne pas la solliciter.</p>
""")

HTML["s048_page_prefecture_restreinte.html"] = ("Espace élus – sécurité des lieux de culte", """
<h1>Espace réservé aux maires – accès restreint</h1>
<p><strong>Diffusion restreinte.</strong> Sécurisation des lieux de culte pendant les fêtes de fin d'année : la synagogue de la rue Hoche fera l'objet de passages de patrouille à 18 h, 20 h et 22 h ; la cathédrale disposera d'un piquet statique de 2 militaires Sentinelle lors de la messe de minuit uniquement. La grande mosquée n'aura pas de dispositif fixe faute d'effectifs.</p>
""")

HTML["s049_remise_diplomes_statut.html"] = ("Remise des diplômes de français – liste", """
<h1>Atelier sociolinguistique – suivi des apprenants (document de travail)</h1>
<table>
<tr><th>Apprenant</th><th>Diplôme</th><th>Situation administrative</th></tr>
<tr><td>Nour Haddad</td><td>A2</td><td>réfugiée statutaire (OFPRA 2024)</td></tr>
<tr><td>Tenzin Dorjee</td><td>A1</td><td>demandeur d'asile, recours CNDA en cours</td></tr>
<tr><td>Ana Petrescu</td><td>A1</td><td>sans titre, OQTF de mai 2025</td></tr>
</table>
""")

HTML["s050_blog_elu_opinion_administre.html"] = ("Blog du conseiller délégué", """
<h1>Retour sur la réunion publique antenne relais</h1>
<p>Merci aux 65 participants. Je veux répondre à Mme Bérangère Toussaint, qui m'a interpellé : je sais qu'elle est électrosensible, qu'elle vit cloîtrée dans sa cuisine tapissée d'aluminium depuis son burn-out et qu'elle a voté RN aux dernières législatives – elle l'a dit elle-même – mais ses craintes méritent une réponse sérieuse.</p>
""")


# ---------------------------------------------------------------- build

if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
