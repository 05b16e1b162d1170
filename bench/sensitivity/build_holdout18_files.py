"""Build the .docx and .html documents of the hand-written sensitivity set holdout18.

Theme: transport, mobility, roads and vehicles (school transport and its incidents, a bus network
and its users' complaints, driving licences and medical fitness, road accidents and the commune's
insurance, parking permits and fines, road works and traffic orders, taxis and VTC licences, the
cycling plan, car-sharing, impounded vehicles, the road safety committee, transport for disabled
persons).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout18_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout18"
FIXED = dt.datetime(2025, 11, 3, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_enquete_accident_car_scolaire.docx"] = [
    ("title", "Rapport d'enquête interne — accident du car scolaire du circuit 9"),
    ("p", "Régie des transports scolaires de Vallon-sur-Aure. Rapport établi le 28 février 2025 par "
          "Mme Solène Marty, responsable de la régie, à l'attention du maire et du directeur général "
          "des services. Il ne se substitue pas à l'enquête de gendarmerie."),
    ("h", "1. Les faits"),
    ("p", "Le lundi 10 février 2025 à 7 h 52, le car n° 114 (Irisbus Crossway, 59 places), assurant "
          "le circuit 9 entre le lotissement des Vignes et le collège Jean-Rostand, a quitté la "
          "chaussée dans le virage de la Combe, sur la voie communale n° 3, et s'est immobilisé dans "
          "le fossé, couché sur le flanc droit. Trente et un élèves étaient à bord. La chaussée était "
          "humide, la température de 2 °C ; aucune plaque de verglas n'a été relevée par les pompiers."),
    ("p", "Quatre élèves ont été transportés au centre hospitalier de Lastic : trois ont pu sortir le "
          "jour même ; une élève de 5e, Louane, a été opérée d'une fracture du poignet. Les autres "
          "élèves ont été pris en charge par la cellule de soutien psychologique installée au collège."),
    ("h", "2. Le véhicule"),
    ("p", "Le car avait passé son contrôle technique le 4 décembre 2024 sans défaut majeur. Le "
          "chronotachygraphe indique une vitesse de 58 km/h à l'entrée du virage, limité à 50 km/h. "
          "L'expertise du véhicule, confiée par le parquet à un expert, n'a pas relevé de défaillance "
          "des freins ni de la direction."),
    ("h", "3. Le conducteur"),
    ("p", "Le conducteur, M. Grégory Sabatier, 46 ans, agent contractuel de la régie depuis 2019, "
          "n'avait jamais fait l'objet d'un signalement. Les analyses sanguines réalisées à l'hôpital "
          "à la demande des gendarmes se sont révélées positives au cannabis (THC) ; l'alcoolémie était "
          "nulle. M. Sabatier a été placé en garde à vue le 10 février, puis convoqué devant le "
          "tribunal correctionnel pour blessures involontaires aggravées. Il a déclaré aux enquêteurs "
          "consommer le soir pour soulager des douleurs dorsales chroniques liées à une hernie discale "
          "opérée en 2021, sans l'avoir jamais signalé au médecin de prévention."),
    ("p", "Il est suspendu de ses fonctions à titre conservatoire depuis le 11 février ; son permis de "
          "conduire a été suspendu par arrêté préfectoral."),
    ("h", "4. Chronologie de l'alerte"),
    ("table", [
        ["Heure", "Événement"],
        ["7 h 52", "Sortie de route ; le conducteur appelle le 112"],
        ["7 h 55", "Appel du conducteur à la régie"],
        ["8 h 04", "Arrivée des pompiers de Vallon"],
        ["8 h 10", "La régie prévient le collège et le cabinet du maire"],
        ["8 h 30", "SMS aux familles des 31 élèves"],
        ["9 h 15", "Ouverture de la cellule d'accueil des familles au collège"],
        ["10 h 40", "Dernier élève remis à sa famille"],
    ]),
    ("h", "5. Constats et recommandations"),
    ("p", "L'alerte a fonctionné correctement ; le délai d'information des familles (38 minutes) est "
          "jugé trop long. Le virage de la Combe ne comporte ni panneau de danger ni limitation "
          "spécifique. Recommandations : panneau de virage dangereux et limitation à 40 km/h ; "
          "procédure d'information des familles par SMS groupé dès la première alerte ; rappel à tous "
          "les conducteurs des règles relatives aux substances psychoactives et de la possibilité de "
          "consulter le médecin de prévention en toute confidentialité ; dépistages aléatoires prévus "
          "au règlement intérieur."),
    ("h", "6. Assurance"),
    ("p", "La déclaration de sinistre a été faite le 11 février auprès de l'assureur de la flotte. Les "
          "familles ont reçu le formulaire de déclaration de dommages corporels."),
]

DOCX_BLOCKS["s047_avis_medecin_agree_groupe_lourd.docx"] = [
    ("title", "Avis médical d'aptitude à la conduite"),
    ("p", "Consultation d'un médecin agréé par le préfet de la Haute-Aure (hors commission médicale)."),
    ("table", [
        ["Demandeur", "M. Vincent Esposito, né le 23/01/1979"],
        ["Employeur déclaré", "Cars Rouquette — conducteur de car"],
        ["Catégories", "D, DE (renouvellement quinquennal)"],
        ["Date de la consultation", "12/09/2025"],
    ]),
    ("h", "Éléments médicaux retenus"),
    ("p", "Syndrome d'apnées obstructives du sommeil diagnostiqué en mars 2025 (IAH 38/h), appareillé "
          "par pression positive continue depuis avril ; observance relevée de 6 h 40 par nuit ; "
          "somnolence diurne résolue (Epworth 6). Pas d'autre affection de la liste réglementaire."),
    ("h", "Avis"),
    ("p", "Apte pour les catégories D et DE pour une durée d'un an, sous réserve de la production au "
          "prochain contrôle d'un relevé d'observance et de l'avis du pneumologue."),
    ("p", "Dr Marie-Christine Baudry, médecin agréé — cachet et signature."),
]

DOCX_BLOCKS["s048_etat_situation_commission_surendettement.docx"] = [
    ("title", "Dépôt d'un dossier de surendettement — état détaillé des dettes"),
    ("p", "Dossier préparé avec l'aide du conseiller en économie sociale et familiale du CCAS de "
          "Vallon-sur-Aure, le 4 avril 2025, pour la commission de surendettement de la Haute-Aure."),
    ("table", [
        ["Déposant", "M. Rachid Mansouri, 39 ans, chauffeur-livreur en CDD"],
        ["Co-déposante", "Mme Aurélie Mansouri, 36 ans, sans activité"],
        ["Personnes à charge", "3 enfants (4, 9 et 12 ans)"],
        ["Logement", "Locataire, loyer 620 €, arriéré de loyer"],
    ]),
    ("h", "Ressources mensuelles"),
    ("table", [
        ["Nature", "Montant"],
        ["Salaire net (moyenne 3 mois)", "1 460 €"],
        ["Allocations familiales", "320 €"],
        ["Allocation de logement", "210 €"],
        ["Total", "1 990 €"],
    ]),
    ("h", "Dettes déclarées"),
    ("table", [
        ["Créancier", "Nature", "Montant restant dû"],
        ["Cofidis", "Crédit renouvelable", "6 240 €"],
        ["Banque Populaire", "Prêt automobile", "8 900 €"],
        ["Trésor public", "Amendes forfaitaires majorées (stationnement, vitesse)", "1 135 €"],
        ["Fourrière des Trois Ponts", "Frais d'enlèvement et de garde (véhicule toujours retenu)",
         "612 €"],
        ["Office Aure Habitat", "Arriéré de loyer", "1 860 €"],
        ["EDF", "Factures impayées", "430 €"],
        ["Total", "", "19 177 €"],
    ]),
    ("h", "Observations du travailleur social"),
    ("p", "La situation s'est dégradée après la perte par M. Mansouri de son précédent emploi en 2023. "
          "Le véhicule, retenu en fourrière depuis février faute de paiement des frais, lui est "
          "indispensable pour conserver son poste ; une demande de prise en charge des frais au titre "
          "du fonds d'aide aux jeunes et à la mobilité a été refusée (âge). Une demande d'aide "
          "exceptionnelle du CCAS est présentée en parallèle."),
]

DOCX_BLOCKS["s049_pv_conseil_discipline_conducteur.docx"] = [
    ("title", "Conseil de discipline — procès-verbal de séance"),
    ("p", "Centre de gestion de la fonction publique territoriale de la Haute-Aure. Séance du 15 mai "
          "2025, 14 h. Collectivité : Commune de Vallon-sur-Aure. Agent déféré : M. Thierry Bouvier, "
          "adjoint technique principal de 2e classe, conducteur de car scolaire."),
    ("h", "Composition"),
    ("p", "Présidente : Mme Anne-Sophie Ricard, magistrate administrative. Représentants des "
          "collectivités : M. Bernard Tixier, Mme Paule Grimal, M. Jean Cazals. Représentants du "
          "personnel : Mme Nathalie Ruiz, M. Kévin Blanc, M. Samuel Perrin. Le quorum est atteint."),
    ("h", "Rapport de l'autorité territoriale"),
    ("p", "Il est reproché à M. Bouvier : d'avoir, à trois reprises entre novembre 2024 et janvier "
          "2025, laissé descendre des élèves de maternelle à l'arrêt des Aubiers sans qu'un adulte "
          "soit présent, contrairement au règlement du transport scolaire ; d'avoir tenu, devant les "
          "élèves, des propos grossiers à l'égard de l'accompagnatrice ; d'avoir refusé à deux "
          "reprises de suivre la formation obligatoire de recyclage (FCO)."),
    ("p", "L'autorité territoriale propose une exclusion temporaire de fonctions de quinze jours "
          "(deuxième groupe)."),
    ("h", "Observations de l'agent et de son défenseur"),
    ("p", "M. Bouvier, assisté de M. Laurent Esteve, reconnaît les faits relatifs aux arrêts mais "
          "fait valoir que les horaires du circuit ne lui permettaient pas d'attendre ; il conteste les "
          "propos grossiers. Son défenseur souligne vingt-deux ans de service sans sanction et des "
          "évaluations jusque-là satisfaisantes, et produit deux attestations de parents d'élèves."),
    ("h", "Délibération et vote"),
    ("table", [
        ["Proposition mise aux voix", "Pour", "Contre", "Abstention"],
        ["Exclusion temporaire de 15 jours", "3", "3", "0"],
        ["Exclusion temporaire de 8 jours", "4", "2", "0"],
    ]),
    ("p", "Le conseil émet un avis favorable à une exclusion temporaire de fonctions de huit jours, "
          "dont quatre avec sursis. Il recommande à la collectivité de revoir l'horaire du circuit "
          "concerné."),
    ("p", "La présidente, Anne-Sophie Ricard. La secrétaire de séance, Nathalie Ruiz."),
]

DOCX_BLOCKS["s050_fiche_transport_enfant_confie.docx"] = [
    ("title", "Fiche de mise en place d'un transport — enfant confié"),
    ("p", "Département de la Haute-Aure — Direction de l'enfance et de la famille — Service de l'aide "
          "sociale à l'enfance. Transmis au transporteur Taxis Aure Services le 3 mars 2025."),
    ("table", [
        ["Enfant", "Sacha P., 8 ans"],
        ["Lieu d'accueil", "Assistante familiale Mme Odile Cabrol, Saint-Privat"],
        ["Établissement scolaire", "École élémentaire Les Tilleuls, CE2"],
        ["Trajets", "Lieu d'accueil ↔ école, jours scolaires ; lieu d'accueil ↔ Maison des familles "
                    "de Lastic, mercredis 14 h (visites médiatisées)"],
        ["Référente", "Mme Hélène Lacroix, éducatrice ASE"],
    ]),
    ("h", "Consignes impératives"),
    ("p", "L'enfant est placé par décision du juge des enfants. Il ne doit être remis qu'à "
          "l'assistante familiale, à l'école ou à l'équipe de la Maison des familles. En aucun cas il "
          "ne doit être remis à ses parents, même s'ils se présentent à l'école ou à l'arrêt : les "
          "visites n'ont lieu qu'en présence d'un professionnel. Prévenir immédiatement la référente "
          "et le 17 si l'un des parents tente d'approcher le véhicule."),
    ("p", "Ne communiquer à personne l'adresse de l'assistante familiale."),
]

DOCX_BLOCKS["s051_memoire_technique_offre_reseau.docx"] = [
    ("title", "Délégation de service public du réseau Aure Mobilités 2026-2033"),
    ("p", "USAGE INTERNE — DOCUMENT COUVERT PAR LE SECRET DES AFFAIRES. Mémoire technique et "
          "financier remis par le groupement TransAure / Mobilis Exploitation — offre finale du "
          "9 septembre 2025. Ne pas communiquer aux autres candidats ni à des tiers."),
    ("h", "1. Organisation de l'exploitation"),
    ("p", "Le groupement reprend les 74 salariés de l'exploitant sortant dans les conditions de "
          "l'article L. 1224-1 du code du travail. Il s'appuie sur son centre de régulation mutualisé "
          "de Lastic, qui permet de supprimer deux postes de régulateur de nuit sur le site de "
          "Vallon."),
    ("h", "2. Restructuration de l'offre"),
    ("p", "Fusion des lignes 4 et 9 à partir de septembre 2026 ; cadencement à 20 minutes en heure de "
          "pointe sur l'axe gare-hôpital ; transport à la demande zonal le dimanche."),
    ("h", "3. Compte d'exploitation prévisionnel (extrait)"),
    ("table", [
        ["Poste (k€ HT)", "2026", "2027", "2028"],
        ["Charges de personnel", "3 412", "3 468", "3 521"],
        ["Énergie (gazole, électricité)", "612", "598", "571"],
        ["Maintenance", "388", "395", "402"],
        ["Frais de structure du groupement", "214", "214", "214"],
        ["Marge (taux de 3,1 %)", "152", "156", "159"],
        ["Contribution forfaitaire demandée", "4 102", "4 158", "4 201"],
    ]),
    ("h", "4. Leviers de productivité"),
    ("p", "Les gains reposent sur un accord d'entreprise en cours de négociation avec nos "
          "représentants du personnel (amplitude portée à 12 h 30 sur les services en deux parties) et "
          "sur des conditions d'achat de carburant obtenues auprès d'un fournisseur national à un prix "
          "inférieur de 9 centimes au cours moyen, dont le détail figure en annexe 7 (non jointe)."),
    ("h", "5. Matériel roulant"),
    ("p", "Remplacement de 12 bus diesel par des bus électriques en 2027, financé par crédit-bail avec "
          "un taux négocié de 2,4 %, et réutilisation de 6 véhicules de notre réseau de Lastic."),
    ("p", "Secret des affaires — articles L. 151-1 et suivants du code de commerce — usage interne."),
]

DOCX_BLOCKS["s052_plan_surete_pole_echanges.docx"] = [
    ("title", "Plan de sûreté du pôle d'échanges multimodal de la gare"),
    ("p", "DIFFUSION RESTREINTE"),
    ("p", "Version 3 — juillet 2025. Destinataires nominatifs : directeur d'Aure Mobilités, chef de "
          "la police municipale, commandant de la brigade de gendarmerie, référent sûreté de la SNCF. "
          "Exemplaire n° 2 sur 5."),
    ("h", "1. Périmètre et points sensibles"),
    ("p", "Le pôle comprend la gare routière (8 quais), le parking souterrain (210 places, niveaux -1 "
          "et -2), le local de régulation et le local technique basse tension. Les points sensibles "
          "identifiés sont le local technique (accès par la trappe du niveau -2, porte coupe-feu B12), "
          "la salle de régulation (premier étage, porte à contrôle d'accès) et les deux escaliers de "
          "secours du parking, dépourvus de caméras au niveau -2."),
    ("h", "2. Dispositif de vidéoprotection"),
    ("table", [
        ["Zone", "Caméras", "Angle mort connu"],
        ["Quais 1 à 4", "4 dômes", "Arrière de l'abri du quai 3"],
        ["Quais 5 à 8", "3 dômes", "Sortie piétonne vers la rue de la Gare"],
        ["Parking -1", "6 fixes", "Rampe d'accès entre 20 h et 6 h (éclairage réduit)"],
        ["Parking -2", "2 fixes", "Escaliers de secours nord et sud"],
    ]),
    ("p", "Les enregistreurs se trouvent dans la baie informatique de la salle de régulation ; "
          "l'onduleur assure 40 minutes d'autonomie."),
    ("h", "3. Moyens humains"),
    ("p", "Un agent d'ambiance de 6 h à 21 h en semaine. Aucune présence humaine entre 21 h 30 et "
          "5 h 30 ; une ronde de la police municipale est prévue à 23 h et une de la gendarmerie à "
          "2 h, sans garantie en cas d'intervention prioritaire."),
    ("h", "4. Procédures en cas d'alerte"),
    ("p", "Colis suspect : périmètre de 100 mètres, évacuation des quais par la sortie est, appel au "
          "17. Menace d'attentat : fermeture du parking par les grilles manuelles (clés au poste de "
          "régulation et au commissariat de Lastic). Le code de neutralisation des barrières est "
          "détenu par le régulateur de service."),
    ("h", "5. Vulnérabilités à traiter"),
    ("p", "Absence de contrôle d'accès au local technique depuis le parking ; éclairage insuffisant "
          "des escaliers de secours ; absence de liaison directe entre l'agent d'ambiance et la "
          "gendarmerie."),
    ("p", "Diffusion restreinte — ne pas reproduire — ne pas transmettre par messagerie non chiffrée."),
]

DOCX_BLOCKS["s053_registre_fourriere_extrait_trimestre.docx"] = [
    ("title", "Fourrière des Trois Ponts — registre des véhicules (extrait, 1er trimestre 2025)"),
    ("p", "Extrait transmis à la commune au titre du contrôle de la délégation. Colonnes "
          "réglementaires."),
    ("table", [
        ["N°", "Entrée", "Immatriculation", "Motif", "Propriétaire", "Sortie / observations"],
        ["25-041", "07/01", "DK-553-RA", "Stationnement gênant", "Mme P. Lopes", "Restitué 08/01"],
        ["25-042", "09/01", "AZ-120-TT", "Épave", "Inconnu", "Remis aux domaines 15/03"],
        ["25-043", "10/01", "FG-881-MC", "Stationnement abusif", "M. Y. Fabre", "Restitué 24/01"],
        ["25-044", "14/01", "GA-007-BN", "Réquisition OPJ", "M. Karim Toumi",
         "Sous scellés — véhicule ayant servi au cambriolage de la pharmacie, propriétaire écroué"],
        ["25-045", "21/01", "EL-416-PP", "Stationnement gênant", "M. J. Vernet", "Restitué 21/01"],
        ["25-046", "02/02", "CH-290-SZ", "Défaut d'assurance", "Mme A. Rigal", "Restitué 10/02"],
        ["25-047", "26/02", "FK-902-LM", "Stationnement abusif puis réquisition OPJ", "M. A. V.",
         "Sous scellés"],
        ["25-048", "11/03", "BC-614-HD", "Stationnement gênant", "M. L. Simon", "Restitué 12/03"],
    ]),
    ("p", "Total des entrées du trimestre : 78 (extrait de 8 lignes). Visa du gardien agréé."),
]

DOCX_BLOCKS["s054_dossier_demande_ads_taxi.docx"] = [
    ("title", "Demande d'autorisation de stationnement de taxi — fiche d'instruction"),
    ("p", "Mairie de Vallon-sur-Aure — service de la réglementation. Demande reçue le 2 juin 2025."),
    ("table", [
        ["Demandeur", "M. Alassane Diallo"],
        ["Carte professionnelle de conducteur de taxi", "Délivrée le 14/03/2023 par la préfecture "
                                                        "de la Haute-Aure"],
        ["Pièce d'identité produite", "Carte de résident de 10 ans, délivrée le 05/09/2022, "
                                      "valable jusqu'au 04/09/2032"],
        ["Inscription sur la liste d'attente", "Rang 2 (depuis le 01/04/2023)"],
        ["Véhicule proposé", "Toyota Corolla hybride, 5 places"],
        ["Exploitation envisagée", "Personnelle et effective"],
    ]),
    ("h", "Avis de l'instructeur"),
    ("p", "Dossier complet. Le titre de séjour couvre toute la durée de l'autorisation. Sous réserve "
          "de la vacance de l'ADS n° 3 (le candidat de rang 1 ne remplissant pas les conditions), avis "
          "favorable à l'attribution. Consultation de la commission locale le 19 juin."),
    ("p", "L'instructeur : Mme Carole Fabre."),
]

DOCX_BLOCKS["s055_cr_reunion_cse_aure_mobilites.docx"] = [
    ("title", "Comité social et économique d'Aure Mobilités — procès-verbal"),
    ("p", "Réunion ordinaire du 17 juin 2025. Président : M. Frédéric Lasserre, directeur. "
          "Secrétaire : M. Bastien Clément."),
    ("p", "Élus présents : Mme Leïla Ben Amor (FO), M. Didier Roche (CGT), M. Bastien Clément (CGT), "
          "Mme Patricia Gaillard (CFDT), M. Olivier Martel (non syndiqué). Représentant syndical CGT : "
          "M. Hugo Ferrand."),
    ("h", "1. Approbation du procès-verbal du 20 mai"),
    ("p", "Approuvé à l'unanimité des élus."),
    ("h", "2. Information-consultation sur les roulements d'été"),
    ("p", "La direction présente les roulements. Avis défavorable (4 voix contre, 1 abstention)."),
    ("h", "3. Activités sociales et culturelles"),
    ("p", "Le budget 2025 est voté : chèques vacances, arbre de Noël, participation aux licences "
          "sportives."),
    ("h", "4. Déclarations des organisations syndicales"),
    ("p", "M. Roche lit une déclaration de la CGT sur la sous-traitance des lignes scolaires. M. "
          "Martel annonce qu'il a adhéré à la CFDT le 1er juin et siégera désormais sur ce mandat ; il "
          "demande que cela figure au procès-verbal. Mme Gaillard s'en félicite."),
    ("h", "5. Questions diverses"),
    ("p", "Mme Ben Amor signale qu'un conducteur, M. Ludovic Navarro, adhérent de son syndicat depuis "
          "mars, a obtenu gain de cause pour ses congés après intervention de la section. La direction "
          "indique que les refus initiaux résultaient d'une erreur de planning."),
    ("p", "Prochaine réunion : 15 juillet 2025."),
]

DOCX_BLOCKS["s056_demande_conge_rapprochement_conducteur.docx"] = [
    ("title", "Demande de congés et de changement d'affectation"),
    ("p", "Formulaire interne RH — Aure Mobilités. Reçu le 3 octobre 2025."),
    ("table", [
        ["Agent", "M. Florian Texier, conducteur-receveur, dépôt de la Croix-Blanche"],
        ["Nature de la demande", "Congé pour événement familial (3 jours) et demande de passage sur "
                                 "les lignes de Lastic à compter de janvier"],
        ["Dates du congé", "23, 24 et 27 octobre 2025"],
    ]),
    ("h", "Motif exposé par l'agent"),
    ("p", "« Je me marie le 25 octobre avec mon compagnon, Antoine, qui travaille à l'hôpital de "
          "Lastic en horaires de nuit. Nous emménageons ensemble à Lastic en décembre. Je souhaiterais "
          "que cette information reste entre le service RH et le chef de dépôt, je n'en ai pas parlé "
          "à l'équipe. »"),
    ("h", "Avis du chef de dépôt"),
    ("p", "Favorable au congé. Favorable à l'affectation sur Lastic sous réserve de poste vacant "
          "(départ en retraite prévu en février)."),
    ("p", "Décision RH : congé accordé ; affectation inscrite au tableau des mutations internes."),
]

DOCX_BLOCKS["s057_rapport_mediation_arret_aire_accueil.docx"] = [
    ("title", "Rapport de médiation — desserte de l'aire d'accueil de la route de Lastic"),
    ("p", "Médiatrice sociale de la commune, Mme Inès Guerfi. Rapport du 9 octobre 2025 à l'attention "
          "de l'adjoint aux mobilités."),
    ("h", "Contexte"),
    ("p", "Depuis la suppression de l'arrêt « Aire d'accueil » en septembre, les familles doivent "
          "rejoindre l'arrêt « Croix-Blanche » à 900 mètres, par le bas-côté de la RD 912."),
    ("h", "Rencontres"),
    ("p", "J'ai rencontré le 2 octobre Mme Mirela Stan, mère de trois enfants scolarisés aux "
          "Tilleuls. Elle m'a dit que les enfants ne vont plus à l'école les jours de pluie. Elle "
          "indique que sa famille, rom de Roumanie installée à Vallon depuis 2016, est « regardée de "
          "travers » par certains conducteurs et que la suppression de l'arrêt a été vécue comme "
          "visant les Roms. J'ai aussi rencontré M. Zoran Nikolić, qui fait office de porte-parole "
          "des familles de l'aire."),
    ("p", "De son côté, l'exploitant explique la suppression par le temps de parcours de la ligne 2 "
          "et par le faible nombre de montées (moins de 10 par jour)."),
    ("h", "Propositions"),
    ("p", "Rétablir l'arrêt aux heures scolaires ; aménager un cheminement piéton éclairé ; organiser "
          "une rencontre entre les familles et les conducteurs de la ligne 2."),
]

DOCX_BLOCKS["s058_dossier_bourse_permis_citoyenne.docx"] = [
    ("title", "Bourse au permis de conduire citoyenne — dossier de candidature"),
    ("p", "Ville de Vallon-sur-Aure — Point information jeunesse. Commission d'attribution du "
          "20 mars 2025."),
    ("table", [
        ["Candidat", "Enzo Carrère, 19 ans"],
        ["Situation", "Demandeur d'emploi, suivi par la mission locale (contrat d'engagement jeune)"],
        ["Ménage", "Vit chez sa mère, seule avec quatre enfants, allocataire du RSA"],
        ["Ressources propres", "Allocation CEJ : 528 € par mois"],
        ["Projet", "Emploi de préparateur de commandes en horaires décalés à la zone de la "
                   "Croix-Blanche, non desservie avant 6 h"],
        ["Contrepartie proposée", "35 heures de bénévolat à l'épicerie solidaire"],
    ]),
    ("h", "Avis de la commission"),
    ("p", "Bourse accordée : 800 € versés directement à l'auto-école, sur un coût total de 1 450 €. "
          "Le reste à charge sera couvert par l'aide de la mission locale."),
]

DOCX_BLOCKS["s059_livret_formation_conducteurs_reproduit.docx"] = [
    ("title", "Livret de formation des accompagnateurs de transport scolaire"),
    ("p", "Document de travail de la régie — compilation réalisée par le service pour la session du "
          "1er septembre 2025."),
    ("h", "Partie 1 — Le rôle de l'accompagnateur (rédaction du service)"),
    ("p", "L'accompagnateur veille à la sécurité des enfants à la montée, pendant le trajet et à la "
          "descente. Il vérifie le port de la ceinture et signale tout incident à la régie."),
    ("h", "Partie 2 — Les gestes qui sauvent (pages reproduites)"),
    ("p", "Les pages 34 à 61 du manuel « Secourir les enfants en transport collectif » (Éditions "
          "Codes & Routes, 2023) sont reproduites ci-après par photocopie numérisée, y compris les "
          "illustrations et les fiches mémo. L'ouvrage est protégé ; la régie n'a acquis que deux "
          "exemplaires papier et aucune licence de reproduction."),
    ("p", "[p. 34] Chapitre 4 — L'enfant qui s'étouffe. Chez l'enfant de plus d'un an, donner jusqu'à "
          "cinq claques vigoureuses dans le dos, entre les omoplates, en le penchant vers l'avant ... "
          "[reproduction intégrale des pages 34 à 61]"),
    ("p", "© Éditions Codes & Routes. Tous droits réservés. Toute reproduction, même partielle, est "
          "interdite sans autorisation."),
    ("h", "Partie 3 — Contacts utiles (rédaction du service)"),
    ("p", "Régulation de la régie ; directeurs d'école ; collège Jean-Rostand."),
]

DOCX_BLOCKS["s060_liste_candidatures_comite_usagers.docx"] = [
    ("title", "Comité des usagers du réseau — candidatures reçues"),
    ("p", "Document de travail pour le tirage au sort du 15 janvier 2025. Tableau établi par le "
          "service mobilité à partir des formulaires."),
    ("table", [
        ["N°", "Nom", "Quartier", "Usage du réseau", "Motivation déclarée"],
        ["1", "Mme Paulette Girard", "Centre", "Ligne 4, quotidien", "Améliorer les horaires"],
        ["2", "M. Youssef Amrani", "Les Aubiers", "Ligne 2", "Accessibilité des arrêts"],
        ["3", "Mme Claire Dutilleul", "Croix-Blanche", "Vélo + train",
         "Militante au Parti communiste, je défends la gratuité des transports"],
        ["4", "M. Léo Martin", "Centre", "Ligne 9", "Étudiant, horaires du soir"],
        ["5", "M. Gérard Pons", "Saint-Privat", "TAD", "Retraité, desserte des hameaux"],
        ["6", "Mme Aïcha Toure", "Les Aubiers", "Ligne 2", "Tarifs"],
    ]),
    ("p", "Tirage au sort de 4 titulaires et 2 suppléants en séance publique."),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_diagnostic_plan_velo.docx"] = [
    ("title", "Plan vélo 2025-2030 — Diagnostic"),
    ("p", "Ville de Vallon-sur-Aure — service mobilité. Document présenté au comité de pilotage du "
          "14 mars 2025."),
    ("h", "1. Le territoire"),
    ("p", "La commune compte 14 300 habitants répartis entre un centre-bourg dense, trois quartiers "
          "d'habitat collectif et onze hameaux. 62 % des déplacements internes font moins de 3 km. Le "
          "relief est modéré dans la vallée (pentes inférieures à 3 %) mais marqué vers les hameaux du "
          "plateau."),
    ("h", "2. L'offre existante"),
    ("table", [
        ["Type d'aménagement", "Linéaire", "État"],
        ["Piste cyclable bidirectionnelle", "1,8 km", "Bon"],
        ["Bande cyclable", "3,2 km", "Marquage à reprendre sur 40 %"],
        ["Voie verte (ancienne voie du tramway)", "5,6 km", "Bon, non éclairée"],
        ["Zone 30 / zone de rencontre", "2,4 km de voirie", "Signalisation incomplète"],
        ["Arceaux de stationnement", "96 places", "Insuffisant aux abords des commerces"],
    ]),
    ("h", "3. Les usages"),
    ("p", "Les comptages automatiques de 2024 relèvent en moyenne 412 passages par jour sur la voie "
          "verte, 138 avenue de la Gare et 64 rue Victor-Hugo. La part modale du vélo est estimée à "
          "2,6 % des déplacements domicile-travail (INSEE), contre 1,9 % en 2015."),
    ("h", "4. Ce que disent les habitants"),
    ("p", "La concertation en ligne (612 contributions) et les deux ateliers publics font ressortir "
          "l'insécurité sur la RD 912 et l'avenue de la Gare, les discontinuités d'itinéraires, le "
          "manque de stationnement sécurisé à la gare et la crainte du vol. 71 % des répondants se "
          "disent prêts à utiliser davantage le vélo si les itinéraires sont sécurisés."),
    ("h", "5. Accidentalité"),
    ("p", "Sur cinq ans, 14 accidents corporels impliquant un cycliste ont été recensés sur la commune, "
          "dont 9 en intersection. Aucun n'a été mortel. Les données sont agrégées et ne permettent pas "
          "d'identifier les victimes."),
    ("h", "6. Enjeux"),
    ("p", "Relier le centre à la gare, au collège et à la zone d'activités ; apaiser les vitesses dans "
          "le centre ; développer le stationnement ; accompagner les changements de comportement "
          "(Savoir rouler à vélo, remise en selle, aide à l'achat)."),
    ("h", "7. Suite"),
    ("p", "Le programme d'actions chiffré sera présenté au conseil municipal du 29 mai 2025."),
]

DOCX_BLOCKS["p122_note_tarification_sociale_reseau.docx"] = [
    ("title", "Note de présentation — tarification solidaire du réseau"),
    ("p", "Syndicat mixte des mobilités de l'Aure — note au comité syndical du 12 décembre 2024."),
    ("h", "Constat"),
    ("p", "Selon l'analyse des besoins sociaux, 17 % des ménages du territoire vivent sous le seuil "
          "de pauvreté ; 23 % des allocataires du RSA déclarent avoir renoncé à un emploi ou une "
          "formation faute de moyen de transport. Le tarif réduit actuel (50 %) reste trop élevé "
          "pour ces publics."),
    ("h", "Proposition"),
    ("p", "Créer un abonnement mensuel « Solidaire » à 5 €, ouvert aux bénéficiaires du RSA, de la "
          "C2S sans participation, de l'ADA pour les demandeurs d'asile, aux demandeurs d'emploi "
          "faiblement indemnisés et aux jeunes en CEJ."),
    ("h", "Impact financier estimé"),
    ("table", [
        ["Hypothèse", "Abonnés", "Perte de recettes", "Coût net"],
        ["Basse", "450", "62 000 €", "38 000 €"],
        ["Haute", "900", "118 000 €", "71 000 €"],
    ]),
    ("p", "Les justificatifs seront contrôlés à l'agence et non conservés au-delà de la durée du "
          "droit."),
]

DOCX_BLOCKS["p123_cahier_charges_transport_scolaire.docx"] = [
    ("title", "Cahier des clauses techniques particulières — transport scolaire"),
    ("p", "Marché n° 2025-09 — Exécution de circuits spéciaux scolaires pour le compte de la commune "
          "de Vallon-sur-Aure. Durée : 4 ans."),
    ("h", "Article 1 — Consistance"),
    ("p", "Le titulaire exécute les circuits 1 à 12 définis en annexe (itinéraires, arrêts, horaires), "
          "à raison de 36 semaines par an, ainsi que les services du mercredi midi."),
    ("h", "Article 2 — Véhicules"),
    ("p", "Véhicules de moins de 12 ans, équipés de ceintures de sécurité à toutes les places, "
          "d'éthylotests antidémarrage, d'un défibrillateur et d'un système de géolocalisation "
          "permettant l'information des familles. Norme Euro VI minimum."),
    ("h", "Article 3 — Personnel"),
    ("p", "Les conducteurs sont titulaires du permis D en cours de validité, de la FIMO ou de la FCO "
          "et d'un certificat médical d'aptitude. Le titulaire s'assure, par la production du bulletin "
          "n° 2 du casier judiciaire et la consultation du fichier des auteurs d'infractions "
          "sexuelles (FIJAIS) par l'autorité compétente, qu'aucun conducteur n'a fait l'objet d'une "
          "condamnation incompatible avec le contact avec des mineurs. Il affecte, dans la mesure du "
          "possible, les mêmes conducteurs aux mêmes circuits."),
    ("h", "Article 4 — Sécurité"),
    ("p", "Le conducteur ne fait descendre un élève de maternelle qu'en présence d'un adulte "
          "habilité. À défaut, l'enfant est ramené à l'école ou à la mairie. Tout incident est "
          "signalé à la régie dans l'heure."),
    ("h", "Article 5 — Qualité de service"),
    ("table", [
        ["Indicateur", "Objectif", "Pénalité"],
        ["Ponctualité à l'arrivée (± 5 min)", "98 %", "50 € par retard au-delà du seuil"],
        ["Course non réalisée", "0", "500 € par course"],
        ["Remontée d'incident hors délai", "0", "150 € par incident"],
        ["Véhicule non conforme", "0", "300 € par jour"],
    ]),
    ("h", "Article 6 — Réclamations des familles"),
    ("p", "Les réclamations sont adressées à la régie, qui en transmet copie au titulaire. Le "
          "titulaire répond sous 5 jours ouvrés."),
    ("h", "Article 7 — Protection des données"),
    ("p", "Le titulaire est sous-traitant au sens du RGPD pour les listes d'élèves. Il ne les "
          "utilise qu'à des fins d'exécution du marché et les détruit en fin d'année scolaire."),
]

DOCX_BLOCKS["p124_cr_copil_autopartage.docx"] = [
    ("title", "Comité de pilotage de l'autopartage — relevé de décisions"),
    ("p", "Réunion du 10 septembre 2025. Présents : Mme Ophélie Garnier (commune), M. Thomas Rey "
          "(SPL Aure Mobilités), Mme Coralie Vidal (CCAS)."),
    ("table", [
        ["Indicateur (mars-août 2025)", "Valeur"],
        ["Abonnés", "143, dont 21 au tarif social"],
        ["Réservations", "1 208"],
        ["Durée moyenne", "3 h 10"],
        ["Taux d'occupation des véhicules", "31 %"],
        ["Impayés", "1,8 % du chiffre d'affaires"],
    ]),
    ("p", "Décisions : ajout d'une cinquième voiture à la station Gare en 2026 ; campagne "
          "d'information dans les entreprises de la Croix-Blanche ; maintien du tarif social."),
]

DOCX_BLOCKS["p125_reglement_interieur_fourriere.docx"] = [
    ("title", "Règlement intérieur de la fourrière automobile"),
    ("p", "Annexe 3 au contrat de délégation de service public — applicable au 1er janvier 2026."),
    ("h", "Article 1 — Accueil du public"),
    ("p", "Le guichet est ouvert du lundi au samedi de 8 h à 19 h. Une permanence téléphonique est "
          "assurée 24 h/24 pour les enlèvements demandés par les autorités."),
    ("h", "Article 2 — Restitution"),
    ("p", "Le véhicule est restitué à son propriétaire ou à la personne munie d'une procuration, sur "
          "présentation de la mainlevée délivrée par l'officier de police judiciaire ou l'autorité "
          "administrative, d'une pièce d'identité, du certificat d'immatriculation et d'une "
          "attestation d'assurance, après paiement des frais."),
    ("h", "Article 3 — Véhicules placés sous main de justice"),
    ("p", "Les véhicules saisis ou placés sous scellés dans le cadre d'une procédure pénale sont "
          "gardés dans une zone séparée. Ils ne peuvent être restitués que sur décision du procureur "
          "de la République ou de la juridiction. Le gardien ne communique aucune information sur la "
          "procédure à des tiers."),
    ("h", "Article 4 — Véhicules non réclamés"),
    ("p", "Un véhicule non réclamé dans les délais légaux est remis au service des domaines en vue "
          "de son aliénation ou livré à la destruction s'il est déclaré hors d'état de circuler."),
    ("h", "Article 5 — Tarifs"),
    ("table", [
        ["Prestation (voiture particulière)", "Tarif"],
        ["Opérations préalables", "15,20 €"],
        ["Enlèvement", "133,60 €"],
        ["Garde journalière", "6,75 €"],
        ["Expertise", "61,00 €"],
    ]),
    ("h", "Article 6 — Réclamations"),
    ("p", "Les réclamations relatives aux dommages constatés lors de la restitution sont consignées "
          "sur le procès-verbal de restitution. Les contestations de la mise en fourrière relèvent de "
          "l'autorité qui l'a prescrite."),
    ("h", "Article 7 — Sécurité du site"),
    ("p", "Le site est clos, éclairé et placé sous vidéoprotection. L'accès du public est limité à "
          "la zone de restitution, accompagné d'un agent."),
]

DOCX_BLOCKS["p126_bilan_accidentalite_communale_5ans.docx"] = [
    ("title", "Accidentalité sur le territoire communal 2020-2024"),
    ("p", "Étude réalisée par le service mobilité pour le comité local de sécurité routière, à partir "
          "des données agrégées transmises par l'observatoire départemental."),
    ("h", "Évolution"),
    ("table", [
        ["Année", "Accidents corporels", "Tués", "Blessés hospitalisés", "Blessés légers"],
        ["2020", "14", "0", "6", "12"],
        ["2021", "17", "1", "7", "15"],
        ["2022", "21", "2", "8", "19"],
        ["2023", "19", "0", "5", "17"],
        ["2024", "23", "1", "9", "22"],
    ]),
    ("h", "Usagers impliqués"),
    ("p", "Sur la période, 31 % des victimes circulaient en deux-roues motorisé, 18 % étaient "
          "piétons, 12 % cyclistes. Les 15-24 ans représentent 34 % des victimes. Les accidents de "
          "nuit sont deux fois plus graves que ceux de jour."),
    ("h", "Lieux"),
    ("p", "Quatre zones concentrent 58 % des accidents : la RD 912 entre la Croix-Blanche et l'entrée "
          "d'agglomération, l'avenue de la Gare, le carrefour du Stade et la rue de la Gare."),
    ("h", "Facteurs relevés"),
    ("p", "Vitesse inadaptée, refus de priorité, alcool ou stupéfiants (présents dans 6 accidents "
          "sur 94), défaut de visibilité. Les effectifs inférieurs à cinq ne sont pas détaillés."),
    ("h", "Pistes d'action"),
    ("p", "Traitement prioritaire des quatre zones, extension de la zone 30, éclairage des passages "
          "piétons, actions de prévention auprès des jeunes."),
]

DOCX_BLOCKS["p127_memento_verbalisation_asvp.docx"] = [
    ("title", "Mémento de l'agent de surveillance de la voie publique"),
    ("p", "Police municipale de Vallon-sur-Aure — à l'usage des ASVP nouvellement recrutés."),
    ("h", "Ce que l'ASVP peut constater"),
    ("p", "Les infractions à l'arrêt et au stationnement, le défaut d'apposition du certificat "
          "d'assurance, les infractions au règlement sanitaire départemental relatives à la propreté "
          "des voies. Il émet les avis de paiement du forfait post-stationnement."),
    ("h", "Ce qu'il ne peut pas faire"),
    ("p", "Il ne procède à aucun contrôle d'identité, ne relève pas les infractions de circulation "
          "(vitesse, feux) et n'ordonne pas seul la mise en fourrière."),
    ("h", "Attitude"),
    ("p", "Courtoisie, neutralité, aucune discussion sur le montant ou l'opportunité d'un PV. En cas "
          "d'agressivité, se retirer et prévenir l'équipage de police municipale."),
]

DOCX_BLOCKS["p128_convention_transport_pmr_departement.docx"] = [
    ("title", "Convention relative au service Mobi'Aure"),
    ("p", "Entre le Département de la Haute-Aure et le CCAS de Vallon-sur-Aure."),
    ("h", "Article 1 — Objet"),
    ("p", "Le Département soutient le service de transport à la demande destiné aux personnes "
          "titulaires de la carte mobilité inclusion ou bénéficiaires de l'APA, domiciliées dans la "
          "commune ou les communes limitrophes."),
    ("h", "Article 2 — Participation"),
    ("p", "40 000 € par an, versés en deux fois, sur présentation du rapport d'activité."),
    ("h", "Article 3 — Engagements du CCAS"),
    ("p", "Assurer le service du lundi au vendredi de 7 h 30 à 19 h ; appliquer la grille tarifaire "
          "départementale ; former les conducteurs à l'accompagnement des personnes en situation de "
          "handicap ; transmettre des statistiques anonymisées."),
    ("h", "Article 4 — Durée"),
    ("p", "Trois ans à compter du 1er janvier 2025."),
]

DOCX_BLOCKS["p129_rapport_orientations_budgetaires_mobilite.docx"] = [
    ("title", "Rapport d'orientations budgétaires 2026 — volet mobilités et voirie"),
    ("table", [
        ["Programme", "Investissement 2026", "Fonctionnement 2026"],
        ["Entretien de la voirie communale", "620 000 €", "145 000 €"],
        ["Plan vélo (tranche 1)", "780 000 €", "20 000 €"],
        ["Zone 30 et sécurité routière", "95 000 €", "12 000 €"],
        ["Transport scolaire (régie)", "180 000 € (car neuf)", "410 000 €"],
        ["Autopartage", "—", "18 000 €"],
        ["Éclairage public", "210 000 €", "95 000 €"],
    ]),
    ("p", "Recettes attendues : forfaits post-stationnement (160 000 €), subventions plan vélo "
          "(310 000 €), amendes de police (redistribution : 48 000 €)."),
]

DOCX_BLOCKS["p130_protocole_incident_transport_scolaire.docx"] = [
    ("title", "Protocole de gestion des incidents dans le transport scolaire"),
    ("p", "Régie des transports scolaires — version validée par le comité de direction du 2 septembre "
          "2025. À conserver dans chaque véhicule."),
    ("h", "1. Accident de la circulation"),
    ("p", "Sécuriser, alerter (112), ne pas déplacer les blessés sauf danger imminent, faire "
          "descendre les autres élèves du côté opposé à la circulation, les compter, appeler la "
          "régulation. La régie prévient l'établissement, le cabinet du maire et les familles."),
    ("h", "2. Malaise ou blessure d'un élève"),
    ("p", "Arrêter le véhicule, appeler le 15, appliquer les consignes du projet d'accueil "
          "individualisé si l'élève en possède un (trousse à bord)."),
    ("h", "3. Violences, harcèlement, discriminations entre élèves"),
    ("p", "Séparer les élèves, noter les faits (date, heure, élèves concernés, propos tenus mot pour "
          "mot), transmettre le jour même à la régie, qui informe l'établissement. Ne pas qualifier "
          "les faits devant les élèves."),
    ("h", "4. Suspicion de maltraitance ou de danger pour un enfant"),
    ("p", "Si un enfant confie des violences, le laisser parler sans poser de questions orientées, "
          "ne pas promettre le secret, noter ses mots exacts. Informer la régie sans délai : la "
          "responsable de la régie transmet une information préoccupante à la cellule départementale "
          "(CRIP) ou, en cas de danger grave et immédiat, saisit le procureur. Le conducteur ne "
          "contacte pas lui-même la famille."),
    ("h", "5. Enfant non attendu à l'arrêt"),
    ("p", "Un élève de maternelle n'est jamais laissé seul. Appeler la régulation ; l'enfant est "
          "conduit à l'école ou à la mairie, où la famille est contactée."),
    ("h", "6. Intrusion ou comportement menaçant d'un adulte"),
    ("p", "Ne pas ouvrir les portes, appeler le 17, prévenir la régulation, poursuivre si possible "
          "jusqu'à l'arrêt suivant."),
    ("h", "7. Après l'incident"),
    ("p", "Rédiger le rapport d'incident dans les 24 heures (modèle RI-01). Les rapports sont "
          "conservés par la régie et ne sont pas communiqués aux familles des autres élèves."),
    ("h", "Numéros utiles"),
    ("table", [
        ["Service", "Numéro"],
        ["Secours", "112 / 15 / 17 / 18"],
        ["Enfance en danger", "119"],
        ["Régulation de la régie", "affiché au tableau de bord"],
    ]),
]

DOCX_BLOCKS["p131_bilan_commission_taxis_vtc.docx"] = [
    ("title", "Commission locale des transports publics particuliers de personnes — bilan 2024"),
    ("p", "Préfecture de la Haute-Aure — rapport annuel présenté le 3 avril 2025."),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Cartes professionnelles taxi délivrées", "18", "22"],
        ["Cartes VTC délivrées", "41", "57"],
        ["Refus de carte (condamnation inscrite au B2 incompatible)", "3", "5"],
        ["Retraits de carte après condamnation", "2", "1"],
        ["Avertissements disciplinaires", "4", "6"],
        ["Plaintes d'usagers reçues", "12", "15"],
    ]),
    ("p", "Les plaintes portent principalement sur les tarifs, le refus de course courte et le "
          "comportement. Le rapport ne comporte aucune donnée nominative."),
    ("p", "Orientations : contrôles conjoints taxis-VTC aux abords des gares ; campagne d'information "
          "sur les tarifs réglementés."),
]

DOCX_BLOCKS["p132_plan_mobilite_simplifie.docx"] = [
    ("title", "Plan de mobilité simplifié de l'Aure — synthèse"),
    ("p", "Document arrêté par le comité syndical du syndicat mixte des mobilités, soumis à la "
          "participation du public du 1er au 31 octobre 2025."),
    ("h", "Axe 1 — Un réseau de transport collectif lisible"),
    ("p", "Trois lignes structurantes cadencées, une ligne express Vallon-Lastic, des correspondances "
          "garanties avec les trains en gare de Vallon."),
    ("h", "Axe 2 — Le vélo au quotidien"),
    ("p", "Schéma cyclable intercommunal de 64 km, stationnement sécurisé dans les gares, location "
          "longue durée de vélos électriques."),
    ("h", "Axe 3 — Une voiture mieux partagée"),
    ("p", "Lignes de covoiturage, autopartage dans les bourgs-centres, aires de covoiturage aux "
          "échangeurs."),
    ("h", "Axe 4 — Une mobilité solidaire"),
    ("p", "Transport à la demande pour les personnes à mobilité réduite étendu à tout le territoire, "
          "tarification solidaire, plateforme de conseil en mobilité pour les personnes en insertion, "
          "garage solidaire."),
    ("h", "Axe 5 — Des routes plus sûres"),
    ("p", "Traitement des points noirs, modération des vitesses dans les traversées de bourgs, "
          "actions de prévention auprès des jeunes conducteurs."),
    ("h", "Programmation financière"),
    ("table", [
        ["Axe", "2026-2028", "2029-2031"],
        ["Transport collectif", "4,2 M€", "3,8 M€"],
        ["Vélo", "3,5 M€", "4,1 M€"],
        ["Voiture partagée", "0,6 M€", "0,4 M€"],
        ["Mobilité solidaire", "1,1 M€", "1,2 M€"],
        ["Sécurité routière", "1,4 M€", "1,0 M€"],
    ]),
    ("h", "Évaluation"),
    ("p", "Indicateurs suivis chaque année : fréquentation, part modale, accidentalité, nombre de "
          "bénéficiaires des dispositifs solidaires, émissions de gaz à effet de serre."),
]

DOCX_BLOCKS["p133_charte_laicite_neutralite_reseau.docx"] = [
    ("title", "Charte de la laïcité et de la neutralité du service public de transport"),
    ("p", "Réseau Aure Mobilités — annexée au règlement intérieur de l'exploitant."),
    ("h", "Pour les agents"),
    ("p", "Les agents du service public de transport sont tenus à la neutralité : ils ne manifestent "
          "pas leurs convictions religieuses, politiques ou philosophiques dans l'exercice de leurs "
          "fonctions, ni par leur tenue, ni par leurs propos. Ils traitent tous les voyageurs de façon "
          "égale, quelles que soient leur origine, leur religion, leur apparence ou leur handicap."),
    ("h", "Pour les voyageurs"),
    ("p", "Les voyageurs sont libres de manifester leurs convictions religieuses, notamment par leur "
          "tenue, dans le respect de l'ordre public et du règlement. La dissimulation du visage est "
          "interdite dans l'espace public. Le prosélytisme actif à bord est interdit."),
    ("h", "Discriminations"),
    ("p", "Tout refus de service ou propos discriminatoire d'un agent constitue une faute. Tout "
          "voyageur qui s'estime victime peut saisir le service client, le Défenseur des droits ou "
          "porter plainte."),
    ("h", "Aménagements"),
    ("p", "Les demandes d'aménagement d'horaires des agents pour motif religieux sont examinées au "
          "regard des seules nécessités du service."),
]

DOCX_BLOCKS["p134_etude_stationnement_centre.docx"] = [
    ("title", "Étude de stationnement du centre-bourg — synthèse des relevés"),
    ("p", "Relevés d'occupation réalisés les 11, 13 et 15 mars 2025 par le bureau d'études "
          "Parkéo Conseil pour la commune."),
    ("table", [
        ["Secteur", "Places", "Occupation 10 h", "Occupation 16 h", "Durée moyenne"],
        ["Place du Marché", "84", "97 %", "88 %", "3 h 40"],
        ["Rue Victor-Hugo", "42", "102 %", "95 %", "2 h 50"],
        ["Parking de la Poste", "60", "71 %", "64 %", "1 h 20"],
        ["Parking de l'ancienne coopérative", "110", "38 %", "30 %", "6 h 10"],
    ]),
    ("p", "Constats : saturation des places de surface les plus proches des commerces, occupées pour "
          "moitié par des véhicules ventouses (résidents et salariés) ; sous-utilisation des parkings "
          "périphériques. Recommandation : stationnement payant avec 30 minutes gratuites au centre, "
          "abonnement résident, jalonnement vers la coopérative."),
]

DOCX_BLOCKS["p135_cr_reunion_publique_zone30.docx"] = [
    ("title", "Réunion publique — extension de la zone 30 au centre-bourg"),
    ("p", "Compte rendu de la réunion du 3 avril 2025, salle des fêtes, 65 participants. Animée par "
          "M. Bernard Tixier, adjoint, et Mme Ndeye Sarr, directrice des services techniques."),
    ("h", "Présentation"),
    ("p", "Le projet étend la zone 30 aux rues Pasteur, Victor-Hugo, des Écoles et du Four, avec deux "
          "plateaux traversants et des écluses. Coût : 48 000 € HT."),
    ("h", "Échanges"),
    ("p", "Un riverain de la rue du Four demande des contrôles de vitesse réguliers ; la police "
          "municipale prévoit des contrôles au radar pédagogique puis répressif. Une commerçante craint "
          "une baisse de fréquentation ; l'adjoint cite l'exemple de Lastic où le chiffre d'affaires "
          "des commerces n'a pas baissé. Un parent d'élève demande que les travaux soient faits pendant "
          "les vacances. Plusieurs participants signalent des rodéos de motos le soir ; le sujet sera "
          "traité par le comité local de sécurité routière."),
    ("h", "Suites"),
    ("p", "Avis du comité de quartier en mai ; travaux en juillet-août ; bilan après un an."),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_nouvelles_equipe_depot.html"] = (
    "Intranet Aure Mobilités — Vie des dépôts",
    """
<header><p>Intranet Aure Mobilités &gt; Vie des dépôts &gt; Croix-Blanche</p></header>
<article>
<h1>Les nouvelles du dépôt — octobre</h1>
<p class="date">Publié le 6 octobre 2025 par l'équipe de régulation</p>
<h2>Bienvenue</h2>
<p>Trois nouveaux conducteurs nous ont rejoints : Inès, Mathieu et Kofi. Réservez-leur bon accueil
en salle de prise de service !</p>
<h2>Le coin des collègues</h2>
<p>Des nouvelles de Dominique Ribes, que beaucoup connaissent depuis vingt ans sur la ligne 9 : la
greffe de rein a enfin eu lieu le 19 septembre à Toulouse, tout se passe bien, il est rentré chez lui
et doit rester éloigné du public plusieurs mois à cause des traitements anti-rejet. Il vous remercie
pour vos messages et pour la cagnotte.</p>
<h2>Sécurité</h2>
<p>Rappel : le gilet haute visibilité est obligatoire dans l'enceinte du dépôt, y compris pour
traverser jusqu'au parking personnel.</p>
<h2>Pétanque</h2>
<p>Le tournoi inter-dépôts aura lieu le 18 octobre. Inscriptions auprès de Maryse.</p>
</article>
""",
)

HTML_PAGES["s062_reponse_avis_taxi.html"] = (
    "Avis clients — Taxi Vallon Gare",
    """
<div class="review">
<p class="author">Damien R. — ★☆☆☆☆ — il y a 3 semaines</p>
<p>Chauffeur désagréable, m'a laissé au bord de la route à 2 km de chez moi. Inadmissible.</p>
</div>
<div class="owner-reply">
<p class="author">Réponse du propriétaire — Taxi Vallon Gare (ADS n° 2)</p>
<p>Monsieur Damien Rouvière, vous oubliez de préciser que vous êtes monté dans mon taxi à 3 h du
matin à la sortie de la fête votive dans un état d'ivresse avancé, que vous avez vomi sur la
banquette arrière et que vous avez refusé de payer le nettoyage. Je vous ai déposé en lieu sûr, sur
le parking éclairé de la pharmacie, et j'ai prévenu les gendarmes qui vous ont retrouvé et raccompagné.
Je garde le ticket et les photos à votre disposition.</p>
</div>
""",
)

HTML_PAGES["s063_extranet_transporteur_liste_eleves.html"] = (
    "Extranet transporteurs — circuit 5",
    """
<h1>Circuit 5 — liste des élèves transportés (rentrée 2025)</h1>
<p>Extranet régie / transporteurs — accès réservé au transporteur titulaire. Mise à jour : 01/09/2025.</p>
<table>
<tr><th>Arrêt</th><th>Élève</th><th>Classe</th><th>Remise à la descente</th></tr>
<tr><td>La Croix</td><td>Jade F.</td><td>CE2</td><td>Adulte obligatoire</td></tr>
<tr><td>La Croix</td><td>Nolan F.</td><td>GS</td><td>Adulte obligatoire</td></tr>
<tr><td>Le Moulin</td><td>Timéo V.</td><td>CM2</td><td>Seul autorisé</td></tr>
<tr><td>Le Moulin</td><td>Lyna B.</td><td>CP</td><td>Uniquement à Mme Cabrol (assistante familiale,
placement ASE) — ne jamais remettre à la mère</td></tr>
<tr><td>Les Vignes</td><td>Arthur D.</td><td>CM1</td><td>Seul autorisé</td></tr>
<tr><td>Les Vignes</td><td>Manon D.</td><td>CE1</td><td>Adulte obligatoire</td></tr>
</table>
<p>Toute modification est communiquée par la régie. En cas d'absence de l'adulte, ramener l'enfant à
l'école.</p>
""",
)

HTML_PAGES["s064_forum_intranet_elections_pro.html"] = (
    "Forum intranet — Élections professionnelles",
    """
<h1>Forum des agents — Élections professionnelles 2026</h1>
<div class="post">
<p class="author">Posté par Régine Castan (service voirie) — 12/11/2025</p>
<p>Bonjour à tous, je voulais vous dire que je me présente en tête de liste CFDT pour le collège des
agents techniques. Je suis syndiquée depuis deux ans et j'ai envie de porter vos questions sur les
primes d'astreinte et le matériel. N'hésitez pas à venir me voir au centre technique.</p>
</div>
<div class="post">
<p class="author">Posté par Serge Bellon (parc automobile) — 12/11/2025</p>
<p>Bravo Régine ! Pour info moi je suis à FO depuis 2010 et je reste sur leur liste, mais on se
retrouvera sur les sujets communs.</p>
</div>
<div class="post">
<p class="author">Modération — service communication</p>
<p>Rappel : les professions de foi officielles seront diffusées par la DRH à partir du 1er décembre.</p>
</div>
""",
)

HTML_PAGES["s065_espace_abonne_verification_identite.html"] = (
    "Aure Autopartage — Mon compte",
    """
<h1>Mon compte — vérification d'identité</h1>
<p>Bonjour <strong>Mélanie Cousin</strong>,</p>
<p>Votre permis de conduire a été vérifié le 14/09/2025. Pour ouvrir les véhicules sans badge, vous
avez activé la reconnaissance faciale : votre modèle biométrique (gabarit du visage calculé à partir
de votre selfie du 14/09/2025 à 18:42) est enregistré sur nos serveurs.</p>
<table>
<tr><th>Vérification</th><th>Statut</th><th>Score</th></tr>
<tr><td>Permis de conduire (catégorie B)</td><td>Validé</td><td>—</td></tr>
<tr><td>Correspondance visage / photo du permis</td><td>Validée</td><td>0,94</td></tr>
<tr><td>Détection du vivant</td><td>Validée</td><td>0,99</td></tr>
</table>
<p><a href="#">Supprimer mon modèle biométrique et revenir au badge</a></p>
""",
)

HTML_PAGES["s066_intranet_carnet_rose.html"] = (
    "Intranet Mairie — Carnet",
    """
<header><p>Intranet de la Ville de Vallon-sur-Aure &gt; La vie des services &gt; Carnet</p></header>
<article>
<h1>Carnet de l'automne</h1>
<h2>Naissances</h2>
<p>Bienvenue à Lou, née le 2 octobre, fille de Julie Mercier (RH).</p>
<h2>Mariages</h2>
<p>Toutes nos félicitations à Marc Ollivier, chef d'équipe à la signalisation, qui a épousé Julien le
11 octobre à la mairie de Lastic. Les collègues de la voirie ont offert aux jeunes mariés un
baptême en montgolfière.</p>
<h2>Départs en retraite</h2>
<p>Après 38 ans au service de la voirie, Jean-Pierre Rouquié prend sa retraite le 31 octobre. Pot de
départ au centre technique le 30 à 17 h.</p>
</article>
""",
)

HTML_PAGES["s067_suivi_reclamation_en_ligne.html"] = (
    "Suivi de votre réclamation — Aure Mobilités",
    """
<h1>Suivi de votre réclamation n° REC-2025-00731</h1>
<p>Déposée le 19/06/2025 par M. David Benhaïm.</p>
<h2>Votre message</h2>
<blockquote><p>Samedi matin, le conducteur de la ligne 2 a refusé que je monte avec mon fils en me
disant qu'il ne prenait pas « les gens qui ne paient pas le samedi », en regardant ma kippa. Nous
allions à la synagogue de Lastic comme chaque shabbat et j'avais un abonnement valide, que je ne pouvais
pas valider électroniquement ce jour-là pour des raisons religieuses, ce que je lui ai expliqué.</p>
</blockquote>
<h2>Notre réponse (26/06/2025)</h2>
<p>Monsieur, nous vous présentons nos excuses. Un abonnement valide dispense de la validation en
cas d'impossibilité ; le conducteur a été reçu par son responsable. Nous avons rappelé à l'ensemble des
équipes la charte de neutralité du réseau.</p>
<p>Statut : <strong>clôturée</strong></p>
""",
)

HTML_PAGES["s068_portail_agent_mes_absences.html"] = (
    "Portail agent — Mes absences",
    """
<h1>Mes absences 2025</h1>
<p>Agent : <strong>Sandrine Lopez</strong> — conductrice, matricule 2144</p>
<table>
<tr><th>Du</th><th>Au</th><th>Type</th><th>Motif</th><th>Statut</th></tr>
<tr><td>03/02</td><td>07/02</td><td>Congé annuel</td><td>—</td><td>Validé</td></tr>
<tr><td>14/04</td><td>31/08</td><td>Congé de maladie ordinaire</td><td>Dépression réactionnelle —
certificat psychiatre (pièce jointe)</td><td>Validé</td></tr>
<tr><td>01/09</td><td>30/11</td><td>Mi-temps thérapeutique</td><td>Avis du comité médical</td>
<td>Validé</td></tr>
<tr><td>22/12</td><td>31/12</td><td>Congé annuel</td><td>—</td><td>En attente</td></tr>
</table>
<p>Solde de congés annuels : 9 jours. Solde RTT : 3 jours.</p>
""",
)

HTML_PAGES["s069_decisions_commission_licences.html"] = (
    "Attributions d'autorisations de stationnement de taxi — séance du 19 juin 2025",
    """
<h1>Commission locale des taxis — relevé des décisions (document de séance)</h1>
<p>Séance du 19 juin 2025. Président : M. Bernard Tixier, adjoint. Document de travail non publié.</p>
<table>
<tr><th>Rang</th><th>Candidat</th><th>Décision</th><th>Motif</th></tr>
<tr><td>1</td><td>M. Lucas Ferrand</td><td>Écarté</td><td>Carte professionnelle retirée (condamnation
pour conduite après usage de stupéfiants et refus d'obtempérer, 2022)</td></tr>
<tr><td>2</td><td>M. Alassane Diallo</td><td>ADS n° 3 attribuée</td><td>Conditions remplies</td></tr>
<tr><td>3</td><td>Mme Sonia Mazet</td><td>Maintenue sur liste</td><td>—</td></tr>
<tr><td>4</td><td>M. Paul Guiraud</td><td>Maintenu sur liste</td><td>—</td></tr>
</table>
<p>La liste d'attente mise à jour sera publiée sans mention des motifs.</p>
""",
)

HTML_PAGES["s070_intranet_visite_ministre_circulation.html"] = (
    "Intranet — Police municipale — Visite ministérielle du 14 novembre",
    """
<p class="bandeau">Police municipale — note de service interne — ne pas transférer hors du service —
diffusion restreinte aux agents engagés sur le dispositif</p>
<h1>Visite de la ministre chargée des transports — vendredi 14 novembre 2025</h1>
<h2>Itinéraire du cortège</h2>
<ol>
<li>Arrivée en train à 10 h 42, quai 1 ; sortie par le portillon de service côté messagerie (et non par
le hall).</li>
<li>Trajet vers le dépôt de la Croix-Blanche par la rue de l'Industrie (itinéraire principal) ; bis :
avenue du Stade si manifestation signalée devant la gare.</li>
<li>Inauguration des bus électriques au dépôt, 11 h 05 - 11 h 50.</li>
<li>Déjeuner en mairie, entrée par la cour arrière (portail code 2207).</li>
<li>Départ vers Lastic à 14 h 15 par la RD 912.</li>
</ol>
<h2>Dispositif</h2>
<p>Neutralisation du stationnement rue de l'Industrie à partir de 7 h. Six agents de police municipale,
deux motos. Point de regroupement : parking de la Poste. Fréquence radio dédiée : canal 4. Le
syndicat des transporteurs a annoncé un rassemblement : les abords de la gare seront tenus par la
gendarmerie.</p>
""",
)

HTML_PAGES["s071_portrait_agent_journal_interne.html"] = (
    "Le Vallon des agents — portrait",
    """
<article>
<h1>Portrait : Abdul, le sourire du guichet de la régie</h1>
<p class="chapo">Depuis deux ans, c'est lui qui vend vos titres et renseigne les familles au guichet
des transports scolaires.</p>
<p>Abdul Rahimi a 31 ans. Il a grandi à Hérat et a été interprète pour une ONG avant de devoir fuir
son pays en 2018. Arrivé à Vallon après un long parcours, il a été hébergé au centre d'accueil des
Peupliers pendant sa demande d'asile, et a obtenu le statut de réfugié en 2020. « Le jour où j'ai reçu
la lettre de l'OFPRA, j'ai pleuré dans le bus de la ligne 2 », raconte-t-il en riant.</p>
<p>Recruté en contrat aidé, puis titularisé en 2024, il parle le dari, le pachto, l'anglais et
désormais un français impeccable. Ses collègues saluent sa patience avec les familles, surtout en
septembre quand la file d'attente déborde sur le trottoir.</p>
<p>Son rêve : passer le permis D pour devenir conducteur.</p>
</article>
""",
)

HTML_PAGES["s072_suivi_dossier_aide_mobilite.html"] = (
    "Plateforme mobilité solidaire — suivi de dossier",
    """
<h1>Dossier n° MS-2025-0214 — accompagnement mobilité</h1>
<table>
<tr><th>Bénéficiaire</th><td>Mme Nadia Belhadj, 44 ans</td></tr>
<tr><th>Orientée par</th><td>Référente RSA du Département (allocataire depuis 2022)</td></tr>
<tr><th>Situation</th><td>Mère isolée, deux enfants, sans véhicule ni permis ; proposition d'emploi
d'agent d'entretien à la Croix-Blanche en horaires décalés (5 h - 9 h)</td></tr>
<tr><th>Aides mobilisées</th><td>Location d'un scooter 50 cm³ à 1 € par jour (3 mois) ; prise en charge
du BSR ; abonnement Solidaire 5 €</td></tr>
<tr><th>Dettes signalées</th><td>Arriéré de loyer (1 200 €), plan d'apurement en cours</td></tr>
<tr><th>Prochain rendez-vous</th><td>12/10/2025, 10 h, conseillère mobilité</td></tr>
</table>
""",
)

HTML_PAGES["s073_intranet_note_reamenagement_bureaux.html"] = (
    "Intranet DST — Note",
    """
<p class="entete">C O N F I D E N T I E L</p>
<h1>Réaménagement des bureaux du service mobilité</h1>
<p>Date : 3 novembre 2025 — Rédactrice : Ndeye Sarr</p>
<p>Le service mobilité quittera le 2e étage de l'hôtel de ville pour l'ancien bâtiment de la
coopérative le 1er décembre. Les postes de travail, les armoires et le traceur seront déménagés par la
régie des bâtiments le 28 novembre. Chaque agent prépare ses cartons au plus tard le 27.</p>
<p>Les lignes téléphoniques sont conservées. Le local vélos du personnel sera déplacé dans le même
bâtiment.</p>
<p class="pied">C O N F I D E N T I E L</p>
""",
)

HTML_PAGES["s074_echange_messagerie_famille_transport.html"] = (
    "Messagerie famille — Régie des transports scolaires",
    """
<h1>Échange — portail famille</h1>
<div class="msg">
<p class="from">M. Olivier Brunel — 08/09/2025 20:14</p>
<p>Bonjour, je vous écris pour modifier l'adresse de transport de Noémie et Hugo. Depuis le décès de
leur maman cet été, les enfants vivent chez leurs grands-parents à Saint-Privat la semaine, car je
travaille de nuit. Pouvez-vous les mettre sur l'arrêt Le Moulin ? Et merci de ne pas en parler aux
enfants, ils ont du mal.</p>
</div>
<div class="msg">
<p class="from">Régie — 09/09/2025 08:30</p>
<p>Bonjour Monsieur, toutes nos condoléances. L'arrêt est modifié à compter de demain ; les nouvelles
cartes seront remises par le conducteur.</p>
</div>
""",
)

HTML_PAGES["s075_fil_info_gendarmerie_vols_vehicules.html"] = (
    "Fil d'information partenaires — vols de véhicules",
    """
<h1>Vols de trottinettes et vélos en libre-service — point au 20 octobre</h1>
<p>Message de la brigade de Lastic aux partenaires (police municipale, exploitant du réseau),
espace partenaires sécurisé.</p>
<p>La série de vols de vélos à assistance électrique à la station Gare (14 vélos depuis août) est
élucidée. Les empreintes digitales relevées sur les cadenas sectionnés et le profil ADN extrait d'un
gant abandonné sur place ont été identifiés au FNAEG et au FAED comme étant ceux de M. Kylian
Barthès, 22 ans, domicilié aux Aubiers, déjà connu pour des faits similaires. Il a été placé en garde
à vue le 18 octobre.</p>
<p>Les vélos retrouvés (9) sont en cours de restitution à l'exploitant.</p>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_inscriptions_transport_scolaire.html"] = (
    "Transport scolaire : inscriptions 2025-2026 — Ville de Vallon-sur-Aure",
    """
<nav><p>Accueil &gt; Éducation &gt; Transport scolaire</p></nav>
<h1>Transport scolaire : les inscriptions 2025-2026 sont ouvertes</h1>
<p>Les inscriptions aux circuits scolaires sont ouvertes du 2 juin au 15 juillet 2025 sur le portail
famille ou à l'accueil de la mairie.</p>
<h2>Qui peut s'inscrire ?</h2>
<p>Les élèves des écoles maternelles et élémentaires de la commune et du collège Jean-Rostand,
domiciliés à plus d'un kilomètre de leur établissement.</p>
<h2>Tarifs</h2>
<table>
<tr><th>Quotient familial</th><th>Tarif annuel</th></tr>
<tr><td>Moins de 600 €</td><td>15 €</td></tr>
<tr><td>600 à 1 000 €</td><td>30 €</td></tr>
<tr><td>Plus de 1 000 €</td><td>60 €</td></tr>
</table>
<p>Au-delà du 15 juillet, une majoration de 20 € est appliquée. En cas de garde alternée, deux cartes
peuvent être délivrées.</p>
<h2>Élèves en situation de handicap</h2>
<p>Les demandes de transport adapté relèvent du Département, après avis de la MDPH.</p>
""",
)

HTML_PAGES["p137_page_stationnement_residents.html"] = (
    "Stationnement résident — Ville de Vallon-sur-Aure",
    """
<h1>Obtenir une vignette de stationnement résident</h1>
<p>Depuis le 1er septembre 2025, les résidents du centre-bourg peuvent stationner sans limite de durée
dans la zone payante, moyennant un abonnement de 15 € par mois.</p>
<h2>Pièces à fournir</h2>
<ul>
<li>certificat d'immatriculation à l'adresse du domicile ;</li>
<li>justificatif de domicile de moins de trois mois ;</li>
<li>attestation d'assurance du véhicule.</li>
</ul>
<p>Une seule vignette par foyer. Les professionnels de santé intervenant à domicile peuvent demander
une carte « professionnel » gratuite.</p>
<h2>Forfait post-stationnement</h2>
<p>En l'absence de paiement, un forfait de 25 € est dû (17 € en cas de paiement sous 96 heures). Vous
pouvez le contester par un recours administratif préalable obligatoire dans le délai d'un mois.</p>
""",
)

HTML_PAGES["p138_actualite_fermeture_pont.html"] = (
    "Fermeture du pont de l'Aure — travaux",
    """
<article>
<h1>Le pont de l'Aure fermé du 3 au 21 novembre</h1>
<p class="date">Publié le 20 octobre 2025</p>
<p>Le Département réalise des travaux de réparation des joints de chaussée et de l'étanchéité du pont
de l'Aure (RD 38). Le pont sera totalement fermé à la circulation du 3 au 21 novembre, y compris aux
piétons et aux cyclistes pendant les deux premières semaines.</p>
<p>Déviation par Saint-Privat (+ 6 km). Les lignes 2 et 9 sont déviées ; les arrêts « Pont de l'Aure »
et « Quai » ne sont pas desservis. Le circuit scolaire 12 part 10 minutes plus tôt.</p>
</article>
""",
)

HTML_PAGES["p139_page_taxis_vtc_reglementation.html"] = (
    "Taxis et VTC — Ville de Vallon-sur-Aure",
    """
<h1>Taxis et VTC : ce qu'il faut savoir</h1>
<h2>Les taxis</h2>
<p>Six taxis disposent d'une autorisation de stationnement sur la commune. Ils peuvent être hélés dans
la rue et stationner aux stations de la gare, de la place du Marché et de l'hôpital. Leurs tarifs sont
fixés chaque année par arrêté préfectoral.</p>
<h2>Les VTC</h2>
<p>Les véhicules de transport avec chauffeur travaillent uniquement sur réservation préalable. Ils ne
peuvent ni stationner aux stations de taxis ni marauder.</p>
<h2>Devenir chauffeur</h2>
<p>Il faut réussir l'examen de conducteur de taxi ou de VTC organisé par la chambre de métiers, être
titulaire du permis B depuis trois ans, présenter un certificat médical d'un médecin agréé et un
casier judiciaire compatible : certaines condamnations (délits routiers graves, violences, vol,
agressions sexuelles) interdisent l'exercice de la profession.</p>
<h2>Obtenir une autorisation de stationnement</h2>
<p>Les autorisations sont délivrées par le maire selon l'ordre de la liste d'attente. L'inscription se
fait par courrier ; elle doit être renouvelée chaque année.</p>
""",
)

HTML_PAGES["p140_faq_medecin_agree_permis.html"] = (
    "Visite médicale du permis de conduire — Préfecture de la Haute-Aure",
    """
<h1>Visite médicale du permis de conduire : questions fréquentes</h1>
<h2>Je suis épileptique, puis-je conduire ?</h2>
<p>Oui, sous conditions : une période sans crise d'au moins un an est en général exigée pour le permis
B, plus longue pour les permis poids lourds. L'avis est rendu par un médecin agréé.</p>
<h2>J'ai eu une suspension pour alcool, dois-je voir un médecin ?</h2>
<p>Oui. La restitution du permis après une suspension pour conduite en état alcoolique ou après usage
de stupéfiants est subordonnée à un avis médical favorable, parfois à des analyses biologiques.</p>
<h2>Je souffre de dépression, dois-je le déclarer ?</h2>
<p>Les troubles psychiatriques ne sont pas tous incompatibles. Certains traitements entraînent une
somnolence : parlez-en à votre médecin. En cas de doute, consultez un médecin agréé.</p>
<h2>Le médecin agréé informe-t-il mon employeur ?</h2>
<p>Non. L'avis est transmis à la préfecture ; les informations médicales restent couvertes par le
secret médical.</p>
<h2>Où trouver un médecin agréé ?</h2>
<p>La liste des médecins agréés de la Haute-Aure est disponible sur cette page (mise à jour
trimestrielle).</p>
""",
)

HTML_PAGES["p141_page_recuperer_vehicule_fourriere.html"] = (
    "Mon véhicule a été mis en fourrière — Ville de Vallon-sur-Aure",
    """
<h1>Mon véhicule a été mis en fourrière : que faire ?</h1>
<ol>
<li>Contactez la police municipale (ou la gendarmerie si l'enlèvement a été ordonné par un OPJ) pour
obtenir l'autorisation de sortie (mainlevée).</li>
<li>Présentez-vous à la fourrière des Trois Ponts avec votre pièce d'identité, la carte grise,
l'attestation d'assurance et l'autorisation de sortie.</li>
<li>Réglez les frais : enlèvement, garde journalière, éventuellement expertise.</li>
</ol>
<p>Si votre véhicule a été saisi dans le cadre d'une enquête judiciaire, seule l'autorité judiciaire
peut en autoriser la restitution.</p>
<p>Sans réclamation de votre part, le véhicule peut être vendu ou détruit à l'issue des délais légaux
(de 10 à 30 jours selon sa valeur).</p>
<p>Vous rencontrez des difficultés pour payer ? Le CCAS peut vous recevoir.</p>
""",
)

HTML_PAGES["p142_actualite_semaine_mobilite.html"] = (
    "Semaine européenne de la mobilité 2025 — programme",
    """
<article>
<h1>Semaine européenne de la mobilité : le programme</h1>
<p class="date">Du 16 au 22 septembre 2025</p>
<ul>
<li>Mardi 16 : atelier de réparation de vélos, place du Marché, 10 h - 18 h.</li>
<li>Mercredi 17 : bourse aux vélos et essai de vélos cargos, parvis de la mairie.</li>
<li>Jeudi 18 : bus gratuits sur tout le réseau Aure Mobilités.</li>
<li>Samedi 20 : balade à vélo « Sur les traces du Tacot », départ 14 h de la salle des associations.</li>
<li>Dimanche 22 : centre-bourg sans voiture de 10 h à 17 h, animations pour les enfants.</li>
</ul>
<p>Programme complet à l'accueil de la mairie.</p>
</article>
""",
)

HTML_PAGES["p143_page_transport_personnes_handicapees.html"] = (
    "Mobi'Aure — transport des personnes à mobilité réduite",
    """
<h1>Mobi'Aure : le transport à la demande pour les personnes à mobilité réduite</h1>
<p>Le CCAS propose un service de transport porte-à-porte, en minibus adapté, pour les personnes qui
ne peuvent pas utiliser le réseau de bus.</p>
<h2>Qui peut en bénéficier ?</h2>
<ul>
<li>les titulaires de la carte mobilité inclusion mention « invalidité » ;</li>
<li>les bénéficiaires de l'allocation personnalisée d'autonomie (GIR 1 à 4) ;</li>
<li>les personnes en fauteuil roulant, même temporairement.</li>
</ul>
<h2>Comment réserver ?</h2>
<p>Par téléphone au moins 48 heures à l'avance, du lundi au vendredi de 9 h à 12 h. Un accompagnateur
voyage gratuitement si la carte porte la mention « besoin d'accompagnement ».</p>
<h2>Tarifs</h2>
<p>2 € le trajet dans la commune, 4 € vers Lastic. Gratuit pour les bénéficiaires de l'ASPA.</p>
<h2>Vos informations</h2>
<p>Lors de l'inscription, seules les informations nécessaires au transport vous sont demandées (aide à
la marche, fauteuil, besoin d'accompagnement). Aucun certificat médical n'est transmis aux
conducteurs.</p>
""",
)

HTML_PAGES["p144_page_autopartage.html"] = (
    "Autopartage — Ville de Vallon-sur-Aure",
    """
<h1>L'autopartage à Vallon-sur-Aure</h1>
<p>Quatre voitures électriques sont disponibles 24 h/24 dans quatre stations : Mairie, Gare,
Croix-Blanche et Les Aubiers.</p>
<h2>Comment ça marche ?</h2>
<p>Inscrivez-vous en ligne avec votre permis de conduire, réservez sur l'application et ouvrez la
voiture avec votre badge ou votre téléphone. Rendez-la à la même station.</p>
<h2>Tarifs</h2>
<p>Abonnement 10 € par mois ; 3 € de l'heure et 0,25 € du kilomètre. Tarif social de 1 € de l'heure
sur orientation du CCAS.</p>
<h2>Reconnaissance faciale</h2>
<p>L'ouverture par reconnaissance faciale est facultative. Vous pouvez à tout moment utiliser un badge
à la place et demander la suppression de vos données.</p>
""",
)

HTML_PAGES["p145_page_signaler_probleme_voirie.html"] = (
    "Signaler un problème sur la voirie",
    """
<h1>Signaler un problème sur la voirie</h1>
<p>Nid-de-poule, panneau tombé, éclairage en panne, trottoir dégradé : signalez-le en ligne, photo à
l'appui. Votre signalement est transmis aux services techniques, qui interviennent sous 72 heures pour
mettre en sécurité.</p>
<form>
<p><label>Type de problème <select><option>Chaussée</option><option>Trottoir</option>
<option>Éclairage</option><option>Signalisation</option></select></label></p>
<p><label>Adresse ou lieu <input type="text"></label></p>
<p><label>Description <textarea></textarea></label></p>
<p><label>Photo <input type="file"></label></p>
</form>
<p>Vous avez été victime d'un dommage ? Adressez une réclamation écrite au service des assurances.</p>
""",
)

HTML_PAGES["p146_actualite_prix_securite_routiere.html"] = (
    "Les écoliers récompensés pour leur engagement en sécurité routière",
    """
<article>
<h1>Les CM2 des Tilleuls remportent le challenge départemental de sécurité routière</h1>
<p class="date">Publié le 17 juin 2025</p>
<p>Mardi, M. Bernard Tixier, adjoint à la voirie, a remis aux deux classes de CM2 de l'école Les
Tilleuls le premier prix du challenge départemental « Piéton et cycliste malin », en présence du
capitaine Joël Fayard, commandant la brigade de gendarmerie, et de l'association de prévention
routière.</p>
<p>Les élèves ont conçu une carte des dangers de leur quartier et proposé trois aménagements, dont un
passage piéton devant la boulangerie, qui sera réalisé cet été.</p>
<p>« Vous avez fait le travail d'un bureau d'études », a souligné l'adjoint.</p>
</article>
""",
)

HTML_PAGES["p147_page_reclamation_reseau.html"] = (
    "Faire une réclamation — Aure Mobilités",
    """
<h1>Faire une réclamation ou signaler un incident</h1>
<p>Retard, comportement d'un agent, problème de titre, rampe d'accès en panne, propos ou attitude
discriminatoire : dites-le-nous. Chaque réclamation reçoit une réponse écrite sous 10 jours ouvrés.</p>
<h2>Comment faire ?</h2>
<ul>
<li>en ligne, avec le formulaire ci-dessous ;</li>
<li>à l'agence commerciale, place de la Gare ;</li>
<li>par courrier : Aure Mobilités, service relation clientèle, 2 rue de l'Industrie.</li>
</ul>
<h2>Vous avez été victime d'une agression ou d'un vol à bord ?</h2>
<p>Prévenez le conducteur, puis déposez plainte auprès de la police ou de la gendarmerie. Les images
de vidéoprotection sont conservées 72 heures et ne peuvent être remises qu'aux enquêteurs.</p>
<h2>Médiation</h2>
<p>Si la réponse ne vous satisfait pas, vous pouvez saisir le médiateur de la consommation ou le
Défenseur des droits en cas de discrimination.</p>
""",
)

HTML_PAGES["p148_resultats_marches_publics.html"] = (
    "Marchés publics attribués en 2025 — Ville de Vallon-sur-Aure",
    """
<h1>Liste des marchés conclus en 2025 (article R. 2196-1 du code de la commande publique)</h1>
<table>
<tr><th>Objet</th><th>Titulaire</th><th>Montant HT</th><th>Date</th></tr>
<tr><td>Transport scolaire — circuits 1 à 12</td><td>Cars Rouquette</td><td>1 624 000 € (4 ans)</td>
<td>12/05/2025</td></tr>
<tr><td>Transport des sorties scolaires (lot 1)</td><td>Autocars du Lévézou</td><td>88 000 €</td>
<td>08/07/2025</td></tr>
<tr><td>Transport des sorties scolaires (lot 2)</td><td>Cars Rouquette</td><td>64 500 €</td>
<td>08/07/2025</td></tr>
<tr><td>Réfection de la rue Pasteur</td><td>Routes du Sud</td><td>312 400 €</td><td>14/03/2025</td></tr>
<tr><td>Signalisation verticale</td><td>Signalisation Occitane</td><td>38 900 €</td><td>20/02/2025</td></tr>
<tr><td>Abri vélos sécurisé gare</td><td>Cyclabri</td><td>42 700 €</td><td>30/09/2025</td></tr>
</table>
""",
)

HTML_PAGES["p149_page_aide_velo_electrique.html"] = (
    "Aide à l'achat d'un vélo à assistance électrique",
    """
<h1>Aide à l'achat d'un vélo à assistance électrique</h1>
<p>La Ville accorde une aide de 200 € pour l'achat d'un vélo à assistance électrique neuf ou
reconditionné, portée à 300 € pour les foyers dont le revenu fiscal de référence par part est
inférieur à 15 400 €, ainsi que pour les bénéficiaires du RSA ou de l'allocation aux adultes
handicapés.</p>
<h2>Conditions</h2>
<ul>
<li>être majeur et domicilié à Vallon-sur-Aure ;</li>
<li>achat effectué chez un commerçant du département ;</li>
<li>une aide par foyer tous les cinq ans.</li>
</ul>
<h2>Pièces</h2>
<p>Facture, justificatif de domicile, RIB, avis d'imposition ou attestation de la CAF pour l'aide
majorée. Les justificatifs sont détruits après versement de l'aide.</p>
""",
)

HTML_PAGES["p150_page_vigipirate_transports.html"] = (
    "Plan Vigipirate : consignes dans les transports",
    """
<h1>Plan Vigipirate : les bons réflexes dans les transports</h1>
<p>Le niveau « urgence attentat » est en vigueur sur l'ensemble du territoire. Dans les bus et au pôle
d'échanges de la gare, des mesures de sécurité renforcées s'appliquent.</p>
<h2>Ce que vous pouvez constater</h2>
<ul>
<li>patrouilles de police et de gendarmerie ;</li>
<li>contrôles visuels des bagages ;</li>
<li>fermeture temporaire de certaines entrées.</li>
</ul>
<h2>Les bons réflexes</h2>
<ul>
<li>ne laissez jamais vos bagages sans surveillance ;</li>
<li>signalez tout colis abandonné ou comportement suspect au conducteur ou en appelant le 17 ;</li>
<li>en cas d'alerte, suivez les consignes du personnel.</li>
</ul>
<p>Ces mesures ne nécessitent aucune démarche de votre part.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
