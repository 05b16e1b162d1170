"""Build the .docx and .html documents of the hand-written sensitivity set dev32.

Theme: economy, business and public finances (public procurement with offers, analysis reports and
rejected bidders, the DGFiP and the trésorerie, local taxes and remissions, subsidies and aid to
firms, the CCI and the chambre de métiers, URSSAF, commercial leases and shop premises owned by the
commune, markets and fairs, the tourist tax, business incubators, debt collection, budget documents,
audit reports of the chambre régionale des comptes).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev32_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev32"
FIXED = dt.datetime(2025, 11, 3, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_analyse_offres_restauration.docx"] = [
    ("title", "Rapport d'analyse des offres — Marché de restauration scolaire"),
    ("p", "Syndicat intercommunal de restauration collective du Val d'Agout. Appel d'offres ouvert, "
          "accord-cadre de fourniture de repas en liaison froide, durée quatre ans. Rapport établi par "
          "le service de la commande publique pour la commission d'appel d'offres du 12 juin 2025."),
    ("h", "1. Déroulement de la procédure"),
    ("p", "L'avis a été publié au JOUE et au BOAMP le 7 mars 2025. Trois offres ont été reçues : "
          "Elior Enseignement, Convivio Sud-Ouest et l'Atelier Culinaire du Tarn (ACT, SCOP). Les "
          "trois candidatures sont recevables."),
    ("h", "2. Critères"),
    ("p", "Qualité des denrées et part de produits durables (40 %), prix du repas (35 %), "
          "organisation logistique et plan de continuité (15 %), performance environnementale (10 %)."),
    ("h", "3. Analyse du prix"),
    ("table", [
        ["Candidat", "Prix repas maternelle HT", "Prix repas élémentaire HT", "Coût denrées déclaré",
         "Note prix /35"],
        ["Elior Enseignement", "3,18 €", "3,34 €", "1,41 € (44 %)", "31,2"],
        ["Convivio Sud-Ouest", "3,02 €", "3,15 €", "1,29 € (41 %)", "33,1"],
        ["ACT (SCOP)", "2,88 €", "3,01 €", "1,62 € (54 %)", "35,0"],
    ]),
    ("p", "L'ACT obtient le meilleur prix tout en déclarant le coût de denrées le plus élevé. Interrogée "
          "sur ce point, la SCOP a indiqué que ses frais de personnel sont contenus grâce à une "
          "convention avec un ESAT pour le conditionnement, et que son contrat d'approvisionnement "
          "avec la coopérative laitière Les Bergers du Lévézou lui garantit un prix du litre de lait "
          "bio inférieur de 18 % au cours. Ces informations, fournies dans sa réponse du 22 mai, "
          "relèvent du secret des affaires et ne seront pas communiquées aux candidats évincés."),
    ("h", "4. Analyse technique"),
    ("p", "Elior dispose de la cuisine centrale la plus proche (Castres) mais propose peu de produits "
          "locaux. Convivio présente un plan de continuité solide (deux cuisines de repli). L'ACT "
          "atteint 61 % de produits durables dont 38 % bio ; sa faiblesse est l'absence de cuisine de "
          "repli, compensée par un accord avec une cuisine d'ESAT à Mazamet."),
    ("table", [
        ["Candidat", "Qualité /40", "Logistique /15", "Environnement /10", "Prix /35", "Total"],
        ["Elior Enseignement", "26", "13", "6", "31,2", "76,2"],
        ["Convivio Sud-Ouest", "30", "14", "7", "33,1", "84,1"],
        ["ACT (SCOP)", "37", "11", "9", "35,0", "92,0"],
    ]),
    ("h", "4 bis. Vérification des offres anormalement basses"),
    ("p", "Le prix de l'ACT étant inférieur de 9 % à la moyenne des offres et de 11 % à l'estimation du"
          " syndicat (3,26 € HT par repas élémentaire), le service a demandé à la SCOP, par courrier du"
          " 15 mai, de justifier le prix proposé au regard de l'article R. 2152-3 du code de la "
          "commande publique. La réponse reçue le 22 mai comporte un sous-détail du prix du repas "
          "élémentaire : denrées 1,62 €, main-d'œuvre de production 0,64 €, conditionnement confié à "
          "l'ESAT 0,19 €, transport 0,21 €, frais généraux 0,24 €, marge 0,11 €. La marge nette de 3,7 "
          "% est faible mais cohérente avec le statut coopératif de l'entreprise, qui a communiqué ses "
          "trois derniers bilans (résultat net 2024 : 84 000 € pour un chiffre d'affaires de 4,6 M€)."),
    ("p", "Le service estime que l'offre n'est pas anormalement basse. La SCOP s'est engagée par écrit "
          "à maintenir le prix des denrées pendant la première année, sous réserve de la clause de "
          "révision prévue au CCAP (indice INSEE des prix à la consommation « alimentation »)."),
    ("h", "4 ter. Visite des cuisines centrales"),
    ("p", "Conformément au règlement de la consultation, une visite des cuisines a été organisée les 27"
          " et 28 mai en présence de la diététicienne du syndicat et de deux délégués. Les trois sites "
          "sont agréés par les services vétérinaires. La cuisine de l'ACT, à Saint-Paul-Cap-de-Joux, "
          "est la plus récente (2019) ; ses capacités (4 500 repas par jour) permettent d'absorber le "
          "volume du syndicat (2 100 repas) sans nouvel investissement. La cuisine d'Elior à Castres "
          "fonctionne à 85 % de sa capacité."),
    ("h", "4 quater. Calendrier"),
    ("p", "Sous réserve de la décision de la commission, les courriers aux candidats non retenus seront"
          " adressés le 13 juin, le délai de suspension de onze jours expirera le 24 juin et le marché "
          "pourra être notifié le 26 juin pour un démarrage de la prestation le 1er septembre 2025, à "
          "la rentrée scolaire. Une période de tuilage d'une semaine est prévue avec le titulaire "
          "sortant pour le transfert des plans alimentaires et des fiches allergènes."),
    ("h", "5. Proposition"),
    ("p", "Attribution à l'Atelier Culinaire du Tarn. Montant estimatif annuel : 1 312 000 € HT."),
]

DOCX_BLOCKS["s047_cr_commission_remises_gracieuses.docx"] = [
    ("title", "Commission des finances — examen des demandes de remise gracieuse"),
    ("p", "Ville de Lourdes — séance à huis clos du 2 octobre 2025. Présents : M. l'adjoint aux finances, "
          "deux conseillers municipaux, la directrice des finances, le représentant du comptable "
          "public."),
    ("p", "La commission examine six demandes de remise de dettes envers la commune (eau, cantine, "
          "redevances) transmises par le service de gestion comptable."),
    ("table", [
        ["N°", "Demandeur", "Créance", "Motif invoqué", "Avis"],
        ["1", "M. Patrick Soulé", "Eau 2023 — 842 €", "Fuite après compteur, réparée", "Écrêtement "
         "(loi Warsmann)"],
        ["2", "Mme Amina Cherif", "Cantine 2024 — 516 €", "Perte d'emploi en juin 2024, ARE épuisée, "
         "trois enfants", "Remise totale"],
        ["3", "SARL Pyrène Souvenirs", "Terrasse 2024 — 1 920 €", "Baisse de fréquentation", "Rejet"],
        ["4", "M. Gérard Lacaze", "Eau 2024 — 388 €", "Hospitalisé six mois (AVC), factures non "
         "ouvertes", "Remise de 50 %"],
        ["5", "Mme Josette Abadie", "Fourrière — 245 €", "Véhicule volé puis retrouvé", "Remise totale"],
        ["6", "M. Kevin Duthil", "Cantine 2023 — 1 104 €", "Aucune démarche, relances ignorées",
         "Rejet"],
    ]),
    ("p", "Les remises proposées seront soumises au conseil municipal du 16 octobre sous forme "
          "anonymisée."),
]

DOCX_BLOCKS["s048_reponse_ancien_ordonnateur_crc.docx"] = [
    ("title", "Réponse au rapport d'observations définitives"),
    ("p", "Chambre régionale des comptes Auvergne-Rhône-Alpes — Commune de Tence — réponse de "
          "l'ancien ordonnateur, M. Henri Faurie, maire de 2014 à 2024, transmise par son conseil."),
    ("p", "Monsieur le Président, j'ai pris connaissance du rapport d'observations définitives "
          "relatif à la gestion de la commune de Tence. Je souhaite apporter les précisions suivantes."),
    ("h", "Sur la régie de l'office de tourisme"),
    ("p", "La chambre relève que les contrôles de la régie n'ont pas été réalisés entre 2020 et 2022. "
          "Je n'entends pas me soustraire à cette critique, mais je souhaite qu'il soit tenu compte de "
          "ce que, durant cette période, j'ai été traité pour un lymphome, avec deux séjours prolongés "
          "au CHU de Saint-Étienne et des chimiothérapies qui m'ont tenu éloigné de la mairie plusieurs "
          "mois. Ma première adjointe assurait l'intérim, sans délégation en matière de régies, ce qui "
          "explique le défaut de contrôle."),
    ("h", "Sur la fiabilité des comptes"),
    ("p", "La chambre note l'absence de rattachement des charges à l'exercice en 2019 et 2020. Je "
          "rappelle que la commune ne comptait alors qu'un seul agent au service comptable, et que le "
          "passage à la nomenclature M57 a mobilisé l'essentiel de ses moyens. Un second poste a été "
          "créé en 2021 à ma demande, et la procédure de rattachement est appliquée depuis 2022, ce que"
          " la chambre veut bien relever."),
    ("h", "Sur la situation financière"),
    ("p", "Je ne partage pas l'appréciation selon laquelle l'endettement de la commune serait « "
          "préoccupant ». L'encours par habitant (945 €) reste proche de la moyenne de la strate, et "
          "l'emprunt de 1,2 M€ contracté en 2019 a financé la maison de santé pluriprofessionnelle, "
          "dont les loyers versés par les professionnels couvrent l'annuité. La capacité de "
          "désendettement de 8,2 ans en 2023 s'explique par la chute ponctuelle de l'épargne brute liée"
          " au coût de l'énergie, commune à l'ensemble des collectivités."),
    ("h", "Sur la zone d'activités du Mazel"),
    ("p", "La chambre observe que six lots sur neuf restent invendus. Le ralentissement tient au retard"
          " des travaux de raccordement au réseau de fibre optique, imputable à l'opérateur, et à la "
          "concurrence de la zone communautaire d'Yssingeaux, ouverte en 2021 à un prix de cession "
          "inférieur. Deux compromis de vente ont été signés depuis la fin du contrôle."),
    ("h", "Sur le bail commercial de l'hôtel-restaurant"),
    ("p", "Le loyer réduit consenti en 2021 à l'exploitant de l'hôtel du Lignon visait à éviter la "
          "fermeture du dernier établissement hôtelier de la commune après les confinements. Il a "
          "été voté par le conseil municipal en toute transparence."),
    ("h", "Sur la régie de l'office de tourisme (suite)"),
    ("p", "Dès mon retour à temps plein, en septembre 2022, j'ai demandé au comptable public un "
          "contrôle complet de la régie, qui n'a révélé aucun déficit. J'ai également pris un arrêté "
          "désignant un élu chargé du contrôle des régies en cas d'empêchement du maire, comme la "
          "chambre le recommande aujourd'hui."),
    ("h", "Sur la commande publique"),
    ("p", "La chambre relève l'absence de mise en concurrence pour des achats de fournitures "
          "d'entretien des espaces verts. Ces achats, répartis entre plusieurs fournisseurs locaux, "
          "relevaient de besoins distincts et ponctuels ; je reconnais toutefois qu'un accord-cadre "
          "aurait été préférable et la commune en a conclu un en 2024. S'agissant du marché de maîtrise"
          " d'œuvre de la maison de santé, les avenants ont été rendus nécessaires par les exigences "
          "nouvelles de l'agence régionale de santé sur l'accessibilité et la téléconsultation, "
          "intervenues après la notification."),
    ("h", "Sur les ressources humaines"),
    ("p", "Le temps de travail des agents a été mis en conformité avec la durée légale par la "
          "délibération du 14 décembre 2021. La chambre l'a d'ailleurs constaté. Le régime indemnitaire"
          " a été revu en concertation avec le comité social territorial."),
    ("p", "Je remercie la chambre pour la qualité des échanges au cours de l'instruction et je souhaite"
          " que la présente réponse soit jointe au rapport communiqué au conseil municipal."),
    ("p", "Fait à Tence, le 4 juin 2025. Henri Faurie, ancien maire."),
    ("p", "Pièces jointes : délibération du 14 décembre 2021 relative au temps de travail ; arrêté du "
          "12 septembre 2022 portant désignation d'un élu chargé du contrôle des régies ; compromis de "
          "vente des lots 4 et 7 de la zone du Mazel."),
    ("p", "Je vous prie d'agréer, Monsieur le Président, l'expression de ma haute considération."),
]

DOCX_BLOCKS["s049_dossier_aide_immobilier_entreprise.docx"] = [
    ("title", "Aide à l'immobilier d'entreprise — dossier d'instruction"),
    ("p", "Communauté de communes du Grand Figeac — dossier 2025-IMMO-06 — SAS Ratier Composites "
          "Légers (fabrication de pièces en fibre de carbone pour le nautisme et les drones)."),
    ("h", "Le projet"),
    ("p", "Construction d'un atelier de 2 400 m² sur la ZA de Lafarrayrie. Coût : 2,9 M€. Aide "
          "sollicitée : 180 000 € (communauté) complétée par la Région."),
    ("h", "Données financières communiquées par l'entreprise (annexe confidentielle)"),
    ("table", [
        ["Indicateur", "2023", "2024", "Prévision 2027"],
        ["Chiffre d'affaires", "6,8 M€", "8,1 M€", "14,5 M€"],
        ["EBE", "0,61 M€", "0,92 M€", "2,3 M€"],
        ["Part du premier client", "47 %", "52 %", "35 %"],
        ["Effectif", "41", "48", "75"],
    ]),
    ("p", "Le premier client est le chantier naval Bénéteau (52 % du chiffre d'affaires 2024). "
          "L'entreprise négocie un contrat-cadre de cinq ans avec un fabricant de drones militaires "
          "dont elle ne souhaite pas divulguer le nom ; la signature conditionne 60 % de la croissance "
          "prévue. Elle a communiqué son procédé de cuisson hors autoclave, qui réduit de 40 % le "
          "coût énergétique par pièce, pour justifier l'investissement."),
    ("h", "Avis"),
    ("p", "Favorable, sous condition de création de 20 emplois en trois ans. Les informations de "
          "l'annexe ne seront pas reprises dans la délibération, qui mentionnera seulement le "
          "montant de l'aide et les engagements d'emploi."),
]

DOCX_BLOCKS["s050_note_service_regie_centrale.docx"] = [
    ("title", "USAGE INTERNE — Régie centrale de recettes — procédure de fin de journée"),
    ("p", "Note de la direction des finances, version du 1er septembre 2025. Ne pas afficher ; à "
          "conserver dans le classeur de la régie."),
    ("h", "1. Clôture de caisse"),
    ("p", "À 17 h 15, le régisseur arrête la caisse dans le logiciel, imprime le journal et compte "
          "les espèces en présence du mandataire. Tout écart supérieur à 5 € est signalé le jour même."),
    ("h", "2. Mise au coffre"),
    ("p", "Le coffre du bureau 012 s'ouvre avec la clé n° 2 (trousseau du régisseur) et la combinaison "
          "18-42-07, modifiée chaque trimestre. Le double de la clé est conservé dans l'enveloppe "
          "scellée rangée au coffre de la direction générale, dont seule la DGS a la combinaison."),
    ("h", "3. Dépôt au Trésor"),
    ("p", "Le lundi et le jeudi, la police municipale escorte le régisseur jusqu'au bureau de poste de "
          "la place Jean-Jaurès (dépôt sur le compte DFT). Départ entre 9 h et 10 h, jamais à heure "
          "fixe ; véhicule banalisé Berlingo gris."),
    ("h", "4. Alarme"),
    ("p", "Le bureau 012 est relié à la télésurveillance. Code de mise en service : 7731 ; code sous "
          "contrainte (déclenche une alerte silencieuse) : 7732."),
]

DOCX_BLOCKS["s051_pv_conseil_discipline_regisseur.docx"] = [
    ("title", "Conseil de discipline de recours — procès-verbal (extrait)"),
    ("p", "Centre de gestion de la fonction publique territoriale des Landes. Séance du 18 septembre "
          "2025. Affaire : M. Cédric Darmaillacq, adjoint administratif principal, ancien régisseur "
          "des droits de place de la commune de Saint-Sever."),
    ("h", "Composition du conseil"),
    ("p", "Présidence : M. Alain Dufau, magistrat administratif honoraire. Représentants des "
          "collectivités : quatre élus de communes du département. Représentants du personnel : quatre "
          "agents de catégorie C désignés par les organisations syndicales siégeant au conseil "
          "supérieur. Secrétariat : service juridique du centre de gestion. Le quorum est atteint."),
    ("h", "Procédure"),
    ("p", "Le conseil est saisi par l'agent, par requête du 10 mars 2025, de la sanction de révocation "
          "prononcée par le maire de Saint-Sever contrairement à l'avis du conseil de discipline de "
          "premier degré, qui avait proposé une exclusion temporaire de fonctions de dix-huit mois. "
          "L'agent a eu communication de son dossier individuel le 2 avril ; il est présent et assisté "
          "de Maître Hélène Puyau, avocate au barreau de Dax. La commune est représentée par son "
          "directeur général des services et par la responsable des ressources humaines."),
    ("h", "Rappel des faits"),
    ("p", "Le contrôle de la régie par le comptable public en novembre 2024 a fait apparaître un "
          "déficit de 6 840 € correspondant à des encaissements de droits de place non reversés entre "
          "mars et octobre 2024. L'agent a reconnu avoir utilisé ces sommes pour faire face à des "
          "dettes de jeu en ligne et a remboursé 2 000 €. Le maire l'a révoqué par arrêté du "
          "12 février 2025 ; une plainte a été déposée et l'agent a été condamné le 3 juin 2025 par "
          "le tribunal correctionnel de Mont-de-Marsan à quatre mois d'emprisonnement avec sursis "
          "pour détournement de fonds publics."),
    ("p", "Il ressort du rapport du comptable public que la régie des droits de place, créée par arrêté"
          " de 2006, encaisse environ 42 000 € par an, principalement en espèces, lors des marchés du "
          "samedi et des trois foires annuelles. Le régisseur était tenu de verser les fonds au "
          "comptable une fois par semaine et au moins dès que l'encaisse dépassait 1 500 €. Les "
          "versements ont été espacés à partir de mars 2024, puis effectués pour des montants "
          "inférieurs aux souches de tickets délivrés. Aucun contrôle de l'ordonnateur n'a été réalisé "
          "pendant cette période, le contrôle annuel prévu par l'instruction de 2006 n'ayant pas eu "
          "lieu depuis 2021."),
    ("p", "Le régisseur a été constitué en débet par arrêté du directeur départemental des finances "
          "publiques ; il a sollicité une remise gracieuse, qui a été rejetée pour la part "
          "correspondant aux sommes détournées."),
    ("h", "Discussion"),
    ("p", "Le conseil d'agent fait valoir vingt-deux ans de service sans reproche et des entretiens "
          "professionnels toujours favorables. Les représentants de la collectivité soulignent la "
          "gravité d'un manquement à la probité pour un régisseur."),
    ("p", "Le conseil d'agent insiste par ailleurs sur les démarches de soins engagées par son client "
          "auprès d'un centre d'addictologie depuis décembre 2024, dont il produit une attestation, et "
          "sur l'absence de tout antécédent disciplinaire. Il demande que l'agent puisse être réaffecté"
          " sur un poste sans maniement de fonds, par exemple aux archives ou à l'accueil des services "
          "techniques."),
    ("p", "Le directeur général des services indique que la commune ne dispose pas d'un tel poste "
          "vacant et que le lien de confiance est rompu. Il rappelle que la sanction pénale et la "
          "sanction disciplinaire sont indépendantes, et que la juridiction répressive a elle-même "
          "relevé la durée des détournements."),
    ("p", "Après le départ des parties, le conseil délibère. Plusieurs membres relèvent la défaillance "
          "des contrôles de la commune, qui a laissé un agent seul manipuler des espèces pendant "
          "plusieurs années, ainsi que le remboursement partiel spontané."),
    ("h", "Avis"),
    ("p", "Le conseil de discipline de recours émet, par 6 voix contre 2, un avis en faveur d'une "
          "exclusion temporaire de fonctions de deux ans en lieu et place de la révocation."),
    ("p", "Le présent avis est notifié à l'agent et au maire de Saint-Sever, qui ne peut prononcer de "
          "sanction plus sévère que celle proposée par le conseil de discipline de recours."),
]

DOCX_BLOCKS["s052_rapport_conflit_social_regie_parkings.docx"] = [
    ("title", "Régie des parkings — Rapport sur le mouvement social d'avril 2025"),
    ("p", "Rapport de la directrice de la régie au conseil d'exploitation du 20 mai 2025."),
    ("h", "1. Chronologie"),
    ("p", "Un préavis de grève a été déposé le 28 mars par la section CFDT, à la suite de la "
          "suppression des primes de nuit. Le mouvement a duré du 7 au 11 avril ; les parkings "
          "Cathédrale et Gare ont fonctionné en barrières ouvertes, pour une perte de recettes "
          "estimée à 38 400 €."),
    ("h", "2. Négociations"),
    ("p", "Trois réunions ont eu lieu avec la délégation syndicale conduite par Mme Valérie Lopes, "
          "secrétaire de la section, accompagnée de M. Franck Dubois et M. Adel Mansouri, tous deux "
          "adhérents récents. La direction note que M. Mansouri, recruté en janvier, s'est syndiqué "
          "au moment du préavis."),
    ("h", "3. Protocole de sortie de crise"),
    ("p", "Maintien d'une prime de nuit forfaitaire de 90 € par mois ; étalement des retenues pour "
          "grève sur trois mois ; engagement à ouvrir une négociation sur les cycles de travail."),
    ("h", "4. Impact financier"),
    ("p", "Le budget annexe 2025 absorbe la perte de recettes grâce au report excédentaire de 2024."),
]

DOCX_BLOCKS["s053_fiche_instruction_aide_creation_startup.docx"] = [
    ("title", "Fiche d'instruction — Prêt d'amorçage de l'incubateur"),
    ("p", "Dossier : SAS Lumio (éclairage intelligent pour serres). Fondateurs : M. Arjun Mehta "
          "(président) et Mme Camille Roussel (directrice générale)."),
    ("table", [
        ["Élément", "Constat"],
        ["Montant sollicité", "30 000 €, remboursable sur 5 ans, différé 18 mois"],
        ["Capital", "12 000 €, répartis 50/50"],
        ["Premiers clients", "2 serristes du Lot-et-Garonne (tests)"],
        ["Situation des dirigeants", "M. Mehta, de nationalité indienne, titulaire d'une carte de "
         "séjour « étudiant » jusqu'au 30/09/2025 ; demande de changement de statut vers le titre "
         "« talent — création d'entreprise » déposée, instruction en cours en préfecture"],
        ["Risque", "Si le titre n'est pas délivré, le président devra quitter ses fonctions"],
    ]),
    ("p", "Proposition : accord de principe ; décaissement subordonné à la délivrance du titre de "
          "séjour ou à la désignation de Mme Roussel comme présidente."),
]

DOCX_BLOCKS["s054_cr_comite_pret_honneur.docx"] = [
    ("title", "Comité d'agrément du réseau Initiative — séance du 12 mars 2025"),
    ("p", "Membres présents : six chefs d'entreprise bénévoles, un représentant de la Banque "
          "populaire, un représentant de la communauté de communes. Chargée de mission : Mme Lise "
          "Arnaud."),
    ("h", "Ordre du jour"),
    ("p", "1. Examen de trois dossiers de prêt d'honneur. 2. Point sur les remboursements. 3. Bilan "
          "2024 et objectifs 2025. 4. Questions diverses."),
    ("h", "Dossier 1 — Création d'une épicerie vrac à Lodève"),
    ("p", "Porteuse : Mme Nadia Boukhari. Besoin : 38 000 €. Prêt d'honneur sollicité : 7 000 €. "
          "Accordé à l'unanimité."),
    ("p", "Le comité relève la qualité de l'étude de marché (enquête auprès de 140 habitants, "
          "comparaison avec les épiceries vrac de Clermont-l'Hérault et de Gignac) et la cohérence du "
          "prévisionnel : chiffre d'affaires de 118 000 € la première année, marge brute de 34 %. Le "
          "local de 60 m² rue de la République est loué 550 € par mois. Mme Boukhari suivra la "
          "formation « Réseau Vrac » en avril."),
    ("h", "Dossier 2 — Reprise d'un food-truck"),
    ("p", "Porteur : M. Jordan Vidal, 29 ans. Besoin : 24 000 €. Prêt d'honneur sollicité : 5 000 €."),
    ("p", "La chargée de mission présente le parcours du porteur : sorti du centre de détention de "
          "Béziers en septembre 2023 après une peine de trois ans, il a obtenu un CAP cuisine en "
          "détention puis travaillé un an en restaurant dans le cadre d'un chantier d'insertion. Son "
          "conseiller pénitentiaire d'insertion et de probation soutient le projet. Il élève seul sa "
          "fille de six ans."),
    ("p", "Débat : un membre s'interroge sur le risque bancaire ; la Banque populaire confirme son "
          "accord de prêt de 15 000 € sous réserve du prêt d'honneur."),
    ("p", "Décision : prêt d'honneur de 5 000 € accordé, avec parrainage par M. Serge Pagès."),
    ("p", "M. Pagès, qui a lui-même repris un restaurant après une reconversion, accepte le parrainage "
          "et propose de présenter M. Vidal à ses fournisseurs. Le food-truck sera installé les mardis "
          "et jeudis midi sur la zone d'activités de la Salamane et le samedi au marché de "
          "Clermont-l'Hérault ; les autorisations d'occupation du domaine public ont été demandées."),
    ("h", "Dossier 3 — Cabinet de kinésithérapie"),
    ("p", "Dossier ajourné, plan de financement incomplet."),
    ("p", "La porteuse, kinésithérapeute installée depuis huit ans comme collaboratrice, souhaite "
          "acheter la patientèle et le matériel d'un confrère partant à la retraite (62 000 €). Le prêt"
          " bancaire n'est pas encore accordé ; le comité propose de réexaminer le dossier en avril, "
          "une fois l'accord de la banque obtenu, et suggère de solliciter le dispositif d'aide à "
          "l'installation de l'agence régionale de santé en zone sous-dotée."),
    ("h", "Point sur les remboursements"),
    ("p", "Encours des prêts d'honneur au 28 février : 412 000 € sur 96 prêts. Taux de sinistralité sur"
          " cinq ans : 3,1 %. Deux bénéficiaires présentent des retards de plus de trois mois ; la "
          "chargée de mission les a contactés et des rééchelonnements seront proposés au prochain "
          "comité."),
    ("h", "Bilan 2024 et objectifs 2025"),
    ("p", "En 2024, la plateforme a accordé 38 prêts d'honneur pour 221 000 €, ayant permis de lever "
          "1,9 M€ de prêts bancaires et de créer ou maintenir 74 emplois. Objectif 2025 : 40 prêts, "
          "dont au moins dix reprises d'entreprises, et renforcement du parrainage (25 parrains actifs "
          "aujourd'hui)."),
    ("h", "Questions diverses"),
    ("p", "Le représentant de la communauté de communes annonce le renouvellement de la subvention de "
          "fonctionnement (12 000 €). Prochain comité : 9 avril 2025."),
    ("p", "La chargée de mission rappelle que les informations personnelles recueillies sur les "
          "porteurs ne sont communiquées qu'aux membres du comité et aux partenaires bancaires du "
          "dossier."),
    ("p", "Le comité remercie les membres sortants, M. Henri Bousquet et Mme Odile Granier, pour leurs "
          "six années de participation, et accueille deux nouvelles cheffes d'entreprise, dirigeantes "
          "d'une entreprise de transport et d'une agence de communication de Lodève. La séance est "
          "levée à 19 h 40. Un apéritif offert par le Crédit agricole clôture la réunion."),
    ("p", "Relevé de décisions : dossier 1 accordé (7 000 €) ; dossier 2 accordé (5 000 €, parrainage) "
          "; dossier 3 ajourné. Total engagé : 12 000 €."),
    ("p", "Compte rendu établi par la chargée de mission et validé par le président du comité."),
]

DOCX_BLOCKS["s055_tableau_suivi_incubateur_quartiers.docx"] = [
    ("title", "Programme « Entreprendre dans les quartiers » — tableau de suivi des porteurs"),
    ("p", "Document de travail de la chargée d'accompagnement. Mise à jour : 30 juin 2025."),
    ("table", [
        ["Porteur", "Quartier", "Projet", "Origine / langue", "Étape"],
        ["Aïssatou D.", "Bagatelle", "traiteur africain", "Sénégalaise, peule — à l'aise en français",
         "prévisionnel en cours"],
        ["Mehmet K.", "Empalot", "carrosserie", "d'origine kurde, arrivé enfant", "recherche de local"],
        ["Samira B.", "Izards", "conciergerie", "Franco-marocaine", "immatriculée"],
        ["Thi Lan N.", "Mirail", "onglerie", "communauté vietnamienne — réseau familial fort",
         "formation CMA"],
        ["Kevin L.", "Bagatelle", "vélo-taxi", "—", "abandon"],
    ]),
    ("p", "Observation : les porteurs issus de communautés avec un fort réseau familial mobilisent "
          "plus facilement l'apport personnel ; à creuser pour le bilan."),
]

DOCX_BLOCKS["s056_cr_entretien_rh_harcelement.docx"] = [
    ("title", "Compte rendu d'entretien — Direction des ressources humaines"),
    ("p", "Date : 14 mai 2025. Agent reçu : M. Adrien Chabert, gestionnaire comptable au service des "
          "finances. Présents : Mme Karine Millet (DRH adjointe), Mme Aline Barde (assistante de "
          "prévention)."),
    ("p", "M. Chabert indique subir depuis plusieurs mois des remarques répétées d'un collègue du "
          "pôle recettes, M. F., sur son homosexualité, qu'il n'avait révélée qu'à quelques collègues "
          "proches : imitations, surnoms, allusions en réunion de service devant des fournisseurs. "
          "Il produit des captures d'un groupe de messagerie où ces propos sont relayés."),
    ("p", "Il dit ne plus dormir et redouter de venir travailler. Il ne souhaite pas pour l'instant "
          "déposer plainte mais demande un changement de bureau."),
    ("p", "Suites : déclenchement du protocole de signalement, audition de M. F. et des témoins, "
          "information du directeur des finances, proposition d'un rendez-vous avec le médecin du "
          "travail. Mesure de protection fonctionnelle à examiner."),
]

DOCX_BLOCKS["s057_registre_enrolement_badges_coffre.docx"] = [
    ("title", "Registre d'enrôlement — Contrôle d'accès biométrique de la trésorerie communale"),
    ("p", "Dispositif : reconnaissance du réseau veineux de la paume (lecteur PalmSecure), gabarit "
          "conservé sur carte à puce détenue par l'agent. Autorisation unique CNIL AU-052."),
    ("table", [
        ["Date", "Agent", "Fonction", "Main enrôlée", "Score qualité", "Observations"],
        ["03/03/2025", "Mme Isabelle Teyssier", "Régisseuse", "droite", "92", "—"],
        ["03/03/2025", "M. Baptiste Rigal", "Suppléant", "gauche", "71", "Nouvel essai conseillé "
         "(main droite plâtrée)"],
        ["04/03/2025", "M. Younès Amrani", "Agent comptable", "droite", "88", "—"],
        ["10/03/2025", "M. Baptiste Rigal", "Suppléant", "droite", "90", "Remplace le gabarit du 03/03"],
    ]),
    ("p", "Les gabarits ne sont pas conservés sur le serveur. Le registre est tenu par le DPO."),
]

DOCX_BLOCKS["s058_annexe_technique_norme_reproduite.docx"] = [
    ("title", "Dossier de consultation — Annexe technique n° 3"),
    ("p", "Marché de fourniture et pose de mobilier urbain. Pour faciliter le travail des candidats, "
          "le service technique a intégré ci-dessous le texte des articles pertinents de la norme."),
    ("h", "Extraits reproduits — NF EN 1176-1 (AFNOR, édition 2018) — Équipements et sols d'aires "
          "de jeux — Partie 1 : exigences de sécurité et méthodes d'essai"),
    ("p", "© AFNOR 2018 — Tous droits réservés. Toute reproduction, même partielle, est interdite "
          "sans l'autorisation écrite d'AFNOR Éditions."),
    ("p", "4.1 Matériaux. 4.1.1 Généralités. Le choix des matériaux et des traitements de surface doit "
          "être conforme à la présente partie et prendre en compte les risques liés à la toxicité… "
          "4.2.7 Protection contre le piégeage. 4.2.7.1 Généralités. Les équipements doivent être "
          "construits de manière à ne pas présenter de risques de piégeage de la tête et du cou, des "
          "vêtements, des pieds, des jambes, des doigts… [le texte intégral des sections 4 et 5 suit, "
          "soit 34 pages, avec les figures 1 à 22 et l'annexe D]"),
    ("p", "Les candidats attesteront de la conformité de leurs équipements à ces exigences."),
]

DOCX_BLOCKS["s059_cr_reunion_microcredit_ccas.docx"] = [
    ("title", "Réunion de coordination micro-crédit professionnel — CCAS / Maison de l'économie"),
    ("p", "Date : 25 septembre 2025. Participants : la conseillère ADIE, l'agent de développement "
          "économique, la travailleuse sociale du CCAS."),
    ("h", "Situation de Mme Rose-Marie Ahoussou (projet de traiteur à domicile)"),
    ("p", "Le plan de financement est bouclé (micro-crédit ADIE 6 000 € + prêt d'honneur 3 000 €). "
          "La travailleuse sociale signale que le fils aîné de Mme Ahoussou, 14 ans, fait l'objet "
          "depuis juin d'une mesure d'assistance éducative en milieu ouvert ordonnée par le juge des "
          "enfants, et que l'éducateur de l'AEMO a demandé que la mère soit disponible en fin "
          "d'après-midi. Le démarrage de l'activité devra être compatible avec ces rendez-vous."),
    ("h", "Autres dossiers"),
    ("p", "Deux dossiers de création de VTC sont en attente des cartes professionnelles."),
]

DOCX_BLOCKS["s060_cr_bureau_association_commercants.docx"] = [
    ("title", "Association Commerces en Bastide — compte rendu du bureau du 6 février 2025"),
    ("p", "Présents : la présidente, le trésorier, la secrétaire, deux membres du bureau. Invitée : "
          "la manager de centre-ville."),
    ("h", "1. Bilan de la quinzaine commerciale"),
    ("p", "12 400 tickets de tombola distribués ; 54 commerçants participants ; coût 6 800 €, "
          "couvert par la subvention municipale et les cotisations."),
    ("h", "2. Adhésion de M. Laurent Pichon (cave « Le Tire-Bouchon »)"),
    ("p", "La présidente rappelle que M. Pichon a été candidat sur la liste du Rassemblement national "
          "aux dernières élections départementales et qu'il distribue des tracts dans sa boutique. "
          "Deux membres du bureau refusent de « l'avoir dans l'association ». La manager rappelle que "
          "l'association est subventionnée et ne peut refuser une adhésion pour des opinions "
          "politiques. Décision reportée."),
    ("h", "3. Marché de Noël 2025"),
    ("p", "Date fixée au 13 décembre ; recherche de bénévoles."),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_presentation_marche.docx"] = [
    ("title", "Rapport de présentation de la procédure"),
    ("p", "Article R. 2184-1 du code de la commande publique. Commune de Muret — marché de travaux "
          "de rénovation énergétique de l'hôtel de ville, 7 lots."),
    ("h", "1. Objet et procédure"),
    ("p", "Procédure adaptée ouverte, publiée le 10 janvier 2025 au BOAMP et sur le profil d'acheteur. "
          "Date limite de réception des offres : 14 février 2025. 31 offres reçues pour 7 lots."),
    ("h", "2. Attributaires"),
    ("table", [
        ["Lot", "Intitulé", "Offres", "Attributaire", "Montant HT"],
        ["1", "Désamiantage", "3", "SAS Dépollution Garonne", "48 200 €"],
        ["2", "Isolation par l'extérieur", "5", "Façades Occitanes", "312 450 €"],
        ["3", "Menuiseries", "6", "Alu Concept 31", "186 900 €"],
        ["4", "Chauffage-ventilation", "4", "Eiffage Énergie Systèmes", "274 300 €"],
        ["5", "Électricité", "6", "SPIE Industrie & Tertiaire", "96 780 €"],
        ["6", "Photovoltaïque", "4", "Soleil d'Oc", "88 000 €"],
        ["7", "Peinture", "3", "Peintures Muretaines", "41 360 €"],
    ]),
    ("h", "3. Motifs du choix"),
    ("p", "Pour chacun des lots, l'offre retenue est l'offre économiquement la plus avantageuse au "
          "regard des critères annoncés (valeur technique 55 %, prix 45 %). Aucune offre n'a été "
          "déclarée anormalement basse. Le lot 6 a fait l'objet d'une négociation avec les trois "
          "candidats les mieux classés."),
    ("h", "4. Montant total"),
    ("p", "1 047 990 € HT, pour une estimation de 1 120 000 € HT. Financement : fonds vert (40 %), "
          "DSIL (20 %), autofinancement."),
]

DOCX_BLOCKS["p122_reglement_consultation_fournitures.docx"] = [
    ("title", "Règlement de la consultation"),
    ("p", "Pouvoir adjudicateur : Communauté de communes Cœur d'Astarac. Objet : fourniture de "
          "produits d'entretien et d'hygiène pour les bâtiments communautaires. Accord-cadre mono-"
          "attributaire à bons de commande, sans minimum, maximum annuel 60 000 € HT."),
    ("h", "Article 1 — Dossier de consultation"),
    ("p", "Le DCE comprend le présent règlement, l'acte d'engagement, le CCAP, le CCTP et le bordereau "
          "des prix unitaires valant détail quantitatif estimatif. Il est téléchargeable gratuitement "
          "sur le profil d'acheteur."),
    ("h", "Article 2 — Présentation des offres"),
    ("p", "Le candidat remet les formulaires DC1 et DC2 ou le DUME, le bordereau des prix complété, "
          "les fiches techniques et fiches de données de sécurité des produits, et un mémoire "
          "technique de quatre pages au plus. Le candidat peut signaler les informations qu'il estime "
          "couvertes par le secret des affaires."),
    ("h", "Article 3 — Jugement des offres"),
    ("table", [
        ["Critère", "Pondération"],
        ["Prix (sur DQE)", "50 %"],
        ["Qualité environnementale des produits (écolabels, concentration)", "30 %"],
        ["Délais et conditions de livraison", "20 %"],
    ]),
    ("h", "Article 4 — Négociation"),
    ("p", "L'acheteur se réserve la possibilité de négocier avec les trois candidats les mieux classés. "
          "Il peut attribuer sans négociation."),
    ("h", "Article 5 — Date limite"),
    ("p", "Les offres sont remises par voie électronique avant le 12 septembre 2025 à 12 h."),
]

DOCX_BLOCKS["p123_ccap_penalites_extrait.docx"] = [
    ("title", "Cahier des clauses administratives particulières — extraits"),
    ("p", "Marché de travaux — construction d'un hall des sports. Les articles non repris ci-dessous "
          "renvoient au CCAG Travaux 2021."),
    ("h", "Article 4.3 — Pénalités de retard"),
    ("p", "Par dérogation à l'article 19.2.3 du CCAG, le titulaire encourt une pénalité de 1/2000e du "
          "montant du marché par jour calendaire de retard, sans plafond inférieur à 10 %."),
    ("h", "Article 4.4 — Clause d'insertion sociale"),
    ("p", "Le titulaire du lot gros œuvre réserve 700 heures de travail à des personnes éloignées de "
          "l'emploi (demandeurs d'emploi de longue durée, bénéficiaires de minima sociaux, jeunes sans "
          "qualification, travailleurs handicapés). Le facilitateur de la maison de l'emploi assure "
          "le suivi ; aucune donnée nominative sur les bénéficiaires n'est transmise au maître "
          "d'ouvrage."),
    ("h", "Article 5 — Avance et retenue de garantie"),
    ("p", "Une avance de 10 % est versée au titulaire, 30 % pour les PME. La retenue de garantie est "
          "fixée à 5 % et peut être remplacée par une garantie à première demande."),
    ("h", "Article 6 — Révision des prix"),
    ("p", "Les prix sont révisables mensuellement par application de l'index BT01."),
]

DOCX_BLOCKS["p124_deliberation_subventions_economie.docx"] = [
    ("title", "Délibération n° 2025-034 — Attribution de subventions aux acteurs économiques"),
    ("p", "Conseil municipal de Condom, séance du 29 avril 2025. Rapporteur : Mme l'adjointe au "
          "développement économique."),
    ("p", "Le conseil municipal, après en avoir délibéré, à l'unanimité, attribue les subventions "
          "suivantes au titre de l'exercice 2025 :"),
    ("table", [
        ["Bénéficiaire", "Objet", "Montant"],
        ["Association des commerçants « Condom Cœur de Gascogne »", "Animations commerciales", "9 000 €"],
        ["Comité des foires et marchés", "Foire aux vins et fromages", "4 500 €"],
        ["Initiative Gers", "Fonds de prêts d'honneur", "3 000 €"],
        ["ADIE Occitanie", "Permanence micro-crédit", "1 200 €"],
        ["Office de commerce et de l'artisanat", "Chèques-cadeaux locaux (abondement)", "6 000 €"],
        ["Lycée professionnel Clos Mirabel", "Concours des jeunes artisans", "800 €"],
    ]),
    ("p", "Total : 24 500 €, imputé au compte 6574 du budget principal."),
]

DOCX_BLOCKS["p125_presentation_budget_citoyens.docx"] = [
    ("title", "Le budget 2025 en bref — document de présentation aux habitants"),
    ("p", "Ville de Saint-Orens-de-Gameville. Ce document présente de façon simplifiée le budget "
          "adopté le 3 avril 2025."),
    ("h", "D'où vient l'argent ? (pour 100 € de recettes de fonctionnement)"),
    ("table", [
        ["Source", "Montant pour 100 €"],
        ["Impôts locaux (taxes foncières, résidences secondaires)", "48 €"],
        ["Attribution de compensation de la métropole", "17 €"],
        ["Dotations de l'État", "14 €"],
        ["Recettes des services (cantine, crèche, culture)", "12 €"],
        ["Autres (loyers, droits de place, taxe sur l'électricité)", "9 €"],
    ]),
    ("h", "Où va l'argent ? (pour 100 € de dépenses)"),
    ("table", [
        ["Politique", "Montant pour 100 €"],
        ["Écoles, restauration scolaire, périscolaire", "31 €"],
        ["Petite enfance et jeunesse", "14 €"],
        ["Voirie, espaces verts, propreté", "17 €"],
        ["Sport, culture, vie associative", "15 €"],
        ["Sécurité, administration générale", "18 €"],
        ["Intérêts de la dette", "2 €"],
        ["Solidarité (subvention au CCAS)", "3 €"],
    ]),
    ("h", "Les grands projets"),
    ("p", "Extension du groupe scolaire Catalogne (3,2 M€ sur deux ans), rénovation de la piscine, "
          "plantation de 1 500 arbres, pistes cyclables vers le lycée. Les taux d'imposition ne "
          "changent pas pour la huitième année consécutive."),
]

DOCX_BLOCKS["p126_convention_occupation_terrasse_modele.docx"] = [
    ("title", "Autorisation d'occupation temporaire du domaine public — terrasse (modèle)"),
    ("p", "Entre la Ville de Moissac, représentée par son maire, et l'exploitant désigné ci-après : "
          "Raison sociale : ………… SIRET : ………… Établissement : ………… Adresse : …………"),
    ("h", "Article 1 — Objet"),
    ("p", "L'exploitant est autorisé à installer une terrasse ouverte sur le trottoir au droit de son "
          "établissement, sur une emprise de ……… m², du 1er mars au 31 octobre."),
    ("h", "Article 2 — Caractère précaire"),
    ("p", "L'autorisation est personnelle, précaire et révocable. Elle ne confère aucun droit à la "
          "propriété commerciale et ne peut être cédée avec le fonds."),
    ("h", "Article 3 — Redevance"),
    ("p", "La redevance est fixée par délibération (18 €/m²/saison en zone 1, 12 €/m² en zone 2). "
          "Elle est payable à réception du titre émis par le comptable public."),
    ("h", "Article 4 — Obligations"),
    ("p", "Libre passage de 1,40 m pour les piétons ; mobilier conforme à la charte des terrasses ; "
          "rangement chaque soir ; nettoyage de l'emprise."),
    ("h", "Article 5 — Sanctions"),
    ("p", "En cas de manquement, la ville peut suspendre ou retirer l'autorisation après mise en "
          "demeure restée sans effet pendant huit jours."),
]

DOCX_BLOCKS["p127_bail_commercial_type.docx"] = [
    ("title", "Bail commercial — modèle type pour les locaux communaux"),
    ("p", "Version validée par le service juridique, mars 2025. Les mentions entre crochets sont à "
          "compléter."),
    ("h", "Désignation"),
    ("p", "Local situé [adresse], d'une surface de [ ] m², comprenant une boutique en rez-de-chaussée "
          "et une réserve."),
    ("h", "Destination"),
    ("p", "Exploitation d'un commerce de [activité], à l'exclusion de toute autre activité sauf "
          "déspécialisation dans les conditions du code de commerce."),
    ("h", "Durée"),
    ("p", "Neuf années entières et consécutives à compter du [date], avec faculté pour le preneur de "
          "donner congé à l'expiration de chaque période triennale."),
    ("h", "Loyer et indexation"),
    ("p", "Loyer annuel hors taxes et hors charges de [ ] €, payable mensuellement et d'avance. "
          "Révision triennale selon l'indice des loyers commerciaux (ILC)."),
    ("h", "Dépôt de garantie"),
    ("p", "Trois mois de loyer hors taxes."),
    ("h", "Clause résolutoire"),
    ("p", "À défaut de paiement d'un seul terme à son échéance, et un mois après un commandement de "
          "payer resté infructueux, le bail sera résilié de plein droit si bon semble au bailleur."),
    ("h", "Charges et travaux"),
    ("p", "Les grosses réparations de l'article 606 du code civil restent à la charge de la commune. "
          "La taxe foncière est refacturée au preneur au prorata de la surface."),
]

DOCX_BLOCKS["p128_rapport_annuel_regie_marches.docx"] = [
    ("title", "Régie des halles et marchés — rapport annuel 2024"),
    ("p", "Présenté au conseil d'exploitation du 26 mars 2025."),
    ("h", "1. Activité"),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Marchés hebdomadaires", "3", "3"],
        ["Abonnés (moyenne annuelle)", "142", "151"],
        ["Passagers (journées-emplacement)", "3 870", "4 112"],
        ["Cellules des halles louées", "22 / 24", "24 / 24"],
        ["Foires et manifestations", "6", "7"],
    ]),
    ("h", "2. Finances"),
    ("p", "Recettes : 412 000 € (droits de place 186 000 €, loyers des halles 171 000 €, fluides "
          "refacturés 55 000 €). Dépenses : 389 000 €, dont personnel 214 000 € (4,5 ETP) et "
          "nettoiement 82 000 €. Excédent : 23 000 €, affecté au renouvellement des bornes électriques."),
    ("h", "3. Faits marquants"),
    ("p", "Ouverture d'un marché du soir estival, fréquenté par 1 200 personnes en moyenne. "
          "Remplacement de la chambre froide commune des halles. Enquête de satisfaction : 87 % des "
          "clients satisfaits, demande d'élargissement des horaires le dimanche."),
    ("h", "4. Perspectives 2025"),
    ("p", "Révision du règlement des marchés, dématérialisation de l'encaissement des droits de place "
          "(paiement par carte auprès du placier), étude d'une halle gourmande."),
    ("h", "5. Personnel de la régie"),
    ("p", "La régie emploie 4,5 équivalents temps plein : un responsable, deux placiers, un agent "
          "d'entretien des halles et un mi-temps administratif. Le remplacement d'un placier parti en "
          "mutation a été assuré en septembre. Les placiers ont suivi une formation sur l'encaissement "
          "par terminal de paiement et sur la gestion des situations conflictuelles."),
    ("h", "6. Tarifs 2024 et comparaison"),
    ("table", [
        ["Tarif", "Régie", "Moyenne de villes comparables"],
        ["Abonné, mètre linéaire", "1,45 €", "1,62 €"],
        ["Passager, mètre linéaire", "2,00 €", "2,35 €"],
        ["Cellule des halles, m² par mois", "14,20 €", "16,80 €"],
        ["Électricité, forfait journalier", "2,50 €", "3,00 €"],
    ]),
    ("h", "7. Investissements réalisés"),
    ("p", "Chambre froide commune (48 000 €), bornes électriques escamotables sur la place (22 000 €), "
          "réfection de l'étanchéité du toit des halles, côté nord (31 000 €), signalétique du marché "
          "(6 500 €). Ces investissements ont été financés par l'excédent reporté et une subvention du "
          "département au titre du soutien au commerce rural."),
    ("h", "8. Relations avec les usagers"),
    ("p", "La commission consultative des marchés s'est réunie trois fois. Les principaux sujets ont "
          "été la propreté après le marché, le stationnement des véhicules des commerçants et la "
          "cohabitation avec les terrasses des cafés de la place. Un nouveau plan des emplacements a "
          "été adopté en juin, après concertation."),
    ("h", "9. Indicateurs de gestion"),
    ("table", [
        ["Indicateur", "Cible", "2024"],
        ["Taux d'occupation des emplacements d'abonnés", "≥ 90 %", "94 %"],
        ["Délai de réponse aux demandes d'emplacement", "≤ 15 jours", "11 jours"],
        ["Taux de recouvrement des droits de place", "≥ 98 %", "98,6 %"],
        ["Réclamations écrites d'usagers", "< 20", "14"],
        ["Part des encaissements par carte", "≥ 30 %", "22 %"],
    ]),
    ("h", "10. Conclusion"),
    ("p", "L'exercice 2024 confirme la bonne santé de la régie, dont l'équilibre est assuré sans "
          "subvention du budget principal. L'enjeu des prochaines années est la modernisation des "
          "halles, dont la structure date de 1912, et l'adaptation de l'offre aux nouvelles habitudes "
          "de consommation, notamment le marché du soir et la vente de plats préparés."),
    ("h", "Annexe — Compte administratif simplifié du budget annexe"),
    ("table", [
        ["Section", "Dépenses", "Recettes", "Résultat"],
        ["Exploitation", "389 000 €", "412 000 €", "+ 23 000 €"],
        ["Investissement", "107 500 €", "92 000 €", "- 15 500 €"],
        ["Résultat reporté 2023", "—", "64 000 €", "+ 64 000 €"],
        ["Résultat de clôture", "—", "—", "+ 71 500 €"],
    ]),
    ("p", "Le budget annexe ne porte aucune dette. Les investissements de 2024 ont été financés sans "
          "emprunt. Le résultat de clôture est affecté pour 40 000 € à la section d'investissement "
          "2025, en vue de l'étude de programmation de la rénovation des halles, et pour le solde au "
          "fonctionnement."),
    ("p", "Rapport présenté par la directrice de la régie et approuvé par le conseil d'exploitation à "
          "l'unanimité des membres présents."),
    ("p", "Pièces annexées au rapport : plan des emplacements du marché du samedi, règlement des "
          "marchés en vigueur, résultats détaillés de l'enquête de satisfaction (412 clients interrogés"
          " en octobre 2024), tableau des investissements 2020-2024."),
    ("p", "Le rapport sera communiqué au conseil municipal lors de sa séance d'avril, en même temps que"
          " le compte administratif du budget annexe, et mis en ligne sur le site de la ville."),
]

DOCX_BLOCKS["p129_cr_reunion_commercants_travaux.docx"] = [
    ("title", "Réunion publique — travaux de la rue de la République et commerce"),
    ("p", "Compte rendu de la réunion du 17 février 2025, salle des fêtes. Environ 60 commerçants et "
          "riverains présents. Pour la ville : le maire, l'adjoint aux travaux, l'adjointe au "
          "commerce, le directeur des services techniques, le manager de centre-ville."),
    ("h", "1. Présentation du chantier"),
    ("p", "Réfection complète des réseaux d'eau et d'assainissement puis de la voirie, de mars à "
          "novembre 2025, en quatre phases de 80 mètres. Les accès piétons aux commerces seront "
          "maintenus en permanence ; les livraisons seront autorisées de 7 h à 10 h."),
    ("h", "2. Questions des commerçants"),
    ("p", "Plusieurs commerçants font part de leurs craintes d'une chute du chiffre d'affaires. Une "
          "plainte collective des riverains de 2019, lors des travaux de la place, est évoquée pour "
          "rappeler les nuisances sonores nocturnes ; le directeur des services techniques assure "
          "qu'aucun travail de nuit n'est prévu."),
    ("p", "Le maire annonce la création d'une commission d'indemnisation amiable, présidée par un "
          "magistrat honoraire, qui examinera les demandes des commerces justifiant d'une perte de "
          "marge brute anormale et spéciale, sur la base des comptes certifiés par un expert-"
          "comptable."),
    ("h", "3. Mesures d'accompagnement"),
    ("p", "Signalétique « Vos commerces restent ouverts », stationnement gratuit dans le parking des "
          "Carmes pendant la durée des travaux, campagne de communication financée par la ville "
          "(15 000 €), exonération des redevances de terrasse pour les commerces de la rue."),
    ("h", "4. Calendrier détaillé"),
    ("table", [
        ["Phase", "Tronçon", "Dates", "Particularités"],
        ["1", "Place du Marché – rue Gambetta", "3 mars – 25 avril", "marché du mercredi déplacé"],
        ["2", "Rue Gambetta – rue des Tanneurs", "28 avril – 4 juillet", "accès pharmacie maintenu"],
        ["3", "Rue des Tanneurs – église", "7 juillet – 26 septembre", "interruption du 11 au 24 août"],
        ["4", "Église – boulevard", "29 septembre – 21 novembre", "enrobés finaux début novembre"],
    ]),
    ("h", "5. Échanges"),
    ("p", "La présidente de l'association des commerçants demande que la commission d'indemnisation "
          "puisse être saisie dès la fin de la première phase, sans attendre l'achèvement du chantier. "
          "Le maire donne son accord pour des avances sur indemnité. Le gérant de la boulangerie de la "
          "place demande que la livraison des farines, qui intervient à 5 h, soit autorisée ; les "
          "services techniques étudieront un accès par la rue des Remparts."),
    ("p", "Un riverain s'interroge sur le coût total de l'opération. L'adjoint aux travaux indique 2,3 "
          "M€ TTC, dont 1,1 M€ pour les réseaux pris en charge par le syndicat d'eau, et une subvention"
          " de l'État de 420 000 € au titre de la DETR. Le chantier a été attribué après appel d'offres"
          " à un groupement d'entreprises régionales."),
    ("p", "Un point d'information hebdomadaire aura lieu chaque lundi à 8 h 30 sur le chantier, en "
          "présence du conducteur de travaux et du manager de centre-ville."),
    ("h", "6. Relevé des engagements de la ville"),
    ("table", [
        ["Engagement", "Responsable", "Échéance"],
        ["Installation de la signalétique commerciale", "manager de centre-ville", "28 février"],
        ["Gratuité du parking des Carmes", "service stationnement", "3 mars"],
        ["Installation de la commission d'indemnisation", "direction des finances", "31 mars"],
        ["Accès livraisons par la rue des Remparts", "services techniques", "10 mars"],
        ["Lettre d'information mensuelle du chantier", "communication", "chaque début de mois"],
    ]),
    ("p", "La réunion s'achève à 20 h 15. Le compte rendu est adressé aux participants ayant laissé "
          "leurs coordonnées et publié sur le site de la ville."),
    ("h", "Annexe — Rappel des aides mobilisables"),
    ("p", "Commission d'indemnisation amiable (ville) ; fonds régional de soutien au commerce de "
          "proximité (Région Occitanie, jusqu'à 5 000 € pour la modernisation des points de vente) ; "
          "étalement des échéances fiscales et sociales (service des impôts des entreprises, URSSAF) ; "
          "accompagnement numérique de la CCI (création d'une boutique en ligne, référencement). Les "
          "commerçants peuvent obtenir un rendez-vous individuel auprès du manager de centre-ville."),
    ("p", "Le dossier de demande d'indemnisation comprend : les trois derniers bilans et comptes de "
          "résultat, une attestation de l'expert-comptable sur la marge brute mensuelle, un extrait "
          "K-bis ou une attestation d'inscription au répertoire des métiers, un relevé d'identité "
          "bancaire et, le cas échéant, le bail commercial."),
]

DOCX_BLOCKS["p130_note_majoration_thrs.docx"] = [
    ("title", "Note au conseil municipal — Majoration de la taxe d'habitation sur les résidences "
              "secondaires"),
    ("p", "Depuis le décret du 25 août 2023, la commune figure dans la liste des communes situées en "
          "zone tendue et peut majorer de 5 à 60 % la part communale de la taxe d'habitation sur les "
          "résidences secondaires."),
    ("h", "Données"),
    ("table", [
        ["Indicateur", "Valeur"],
        ["Résidences secondaires", "1 284 (31 % du parc)"],
        ["Logements vacants", "214"],
        ["Taux de THRS 2025", "16,40 %"],
        ["Produit actuel", "742 000 €"],
        ["Produit supplémentaire avec majoration de 40 %", "≈ 297 000 €"],
    ]),
    ("h", "Analyse"),
    ("p", "La majoration vise à inciter à la remise sur le marché de logements pour les actifs et les "
          "saisonniers. Les contribuables peuvent demander un dégrèvement s'ils sont contraints de "
          "disposer d'une résidence secondaire pour raisons professionnelles, ou s'ils sont accueillis "
          "en établissement de soins de longue durée."),
    ("h", "Proposition"),
    ("p", "Majoration de 40 % à compter de 2026, délibération avant le 1er octobre 2025."),
]

DOCX_BLOCKS["p131_guide_interne_recouvrement.docx"] = [
    ("title", "Guide interne du recouvrement des produits locaux"),
    ("p", "Direction des finances — édition 2025. Document de procédure destiné aux services "
          "émetteurs de titres de recettes (cantine, crèche, eau, loyers, droits de place)."),
    ("h", "1. Le principe : l'ordonnateur émet, le comptable recouvre"),
    ("p", "Le service émetteur liquide la créance et émet le titre de recettes. Le recouvrement, amiable "
          "puis forcé, relève exclusivement du comptable public (service de gestion comptable), qui "
          "agit sous sa responsabilité. Le service émetteur ne doit pas encaisser directement une "
          "créance ayant fait l'objet d'un titre, sauf régie dûment autorisée."),
    ("h", "2. Le calendrier type"),
    ("table", [
        ["Étape", "Délai", "Acteur"],
        ["Avis des sommes à payer", "à l'émission", "comptable"],
        ["Lettre de relance", "J+30", "comptable"],
        ["Mise en demeure", "J+60", "comptable"],
        ["Saisie administrative à tiers détenteur (employeur, banque, CAF)", "à partir de J+90",
         "comptable, après autorisation générale de poursuites"],
        ["Admission en non-valeur", "après échec des poursuites", "conseil municipal"],
    ]),
    ("h", "3. Les seuils de poursuite"),
    ("p", "Par délibération de 2022, les poursuites par saisie ne sont pas engagées pour une créance "
          "inférieure à 30 € sur un compte bancaire et à 130 € auprès d'un employeur."),
    ("h", "4. Les débiteurs en difficulté"),
    ("p", "Lorsqu'un usager signale des difficultés, l'orienter vers le comptable public pour un "
          "échéancier et, le cas échéant, vers le CCAS ou le Point conseil budget. Le service ne "
          "recueille pas lui-même d'informations sur la situation sociale ou de santé du débiteur."),
    ("p", "Lorsqu'une procédure de surendettement est ouverte, la commission notifie la commune, "
          "qui doit déclarer sa créance. En cas de rétablissement personnel, la dette est effacée : "
          "le conseil municipal constate alors une créance éteinte (compte 6542), distincte de "
          "l'admission en non-valeur (compte 6541)."),
    ("h", "5. Les remises gracieuses"),
    ("p", "Seul le conseil municipal peut accorder une remise gracieuse d'une créance de la commune. "
          "Les délibérations présentées au conseil ne mentionnent pas les motifs personnels des "
          "demandeurs."),
    ("h", "6. Les entreprises en procédure collective"),
    ("p", "En cas de sauvegarde, redressement ou liquidation judiciaire d'une entreprise débitrice "
          "(locataire d'un local communal, titulaire d'une autorisation de terrasse), la créance doit "
          "être déclarée au mandataire judiciaire dans les deux mois de la publication du jugement au "
          "BODACC. Le service du patrimoine surveille les annonces du BODACC pour les locataires "
          "commerciaux de la commune."),
    ("h", "7. Indicateurs"),
    ("p", "Le taux de recouvrement des produits locaux est suivi trimestriellement avec le comptable ; "
          "il était de 96,2 % en 2024."),
    ("h", "8. Les erreurs à éviter"),
    ("p", "Émettre un titre sans pièce justificative ; adresser un titre à un débiteur mal identifié "
          "(nom incomplet, adresse ancienne) ; émettre en fin d'exercice des titres portant sur des "
          "prestations anciennes de plusieurs années, alors que la prescription quadriennale ou "
          "biennale peut être acquise ; annuler un titre sans décision de l'ordonnateur ; confondre "
          "réduction et annulation de titre."),
    ("h", "9. Contacts"),
    ("p", "Direction des finances, pôle recettes : poste 4210. Service de gestion comptable : 05 63 00 "
          "00 00, du lundi au vendredi de 8 h 30 à 12 h. Le comptable public rencontre les services "
          "émetteurs une fois par semestre pour faire le point sur les créances anciennes."),
    ("h", "Annexe — Modèle de fiche de liaison service émetteur / comptable"),
    ("table", [
        ["Rubrique", "À renseigner par"],
        ["Identification du débiteur (nom, adresse, SIRET pour une entreprise)", "service émetteur"],
        ["Nature et période de la créance", "service émetteur"],
        ["Pièces justificatives jointes", "service émetteur"],
        ["Relances effectuées et réponses", "comptable"],
        ["Proposition (poursuite, échéancier, admission en non-valeur)", "comptable"],
    ]),
    ("p", "La fiche est transmise par le parapheur électronique ; elle ne contient que les éléments "
          "strictement nécessaires au recouvrement."),
    ("p", "Le présent guide est mis à jour chaque année par la direction des finances, en lien avec le "
          "service de gestion comptable. Les remarques des services sont les bienvenues."),
    ("p", "Rappel : les informations relatives aux débiteurs sont des données personnelles ; elles ne "
          "sont conservées que le temps nécessaire au recouvrement et ne sont jamais transmises en "
          "dehors du circuit ordonnateur-comptable."),
]

DOCX_BLOCKS["p132_reponse_maire_rod_crc.docx"] = [
    ("title", "Réponse de l'ordonnateur au rapport d'observations définitives"),
    ("p", "Commune de Millau — réponse du maire en fonctions, jointe au rapport de la chambre "
          "régionale des comptes Occitanie."),
    ("p", "Monsieur le Président, la commune prend acte des observations de la chambre et souhaite "
          "y apporter les éléments suivants."),
    ("h", "Sur la gestion du parc de stationnement en délégation de service public"),
    ("p", "La chambre relève que le contrat conclu en 2015 ne prévoyait pas de clause de partage des "
          "bénéfices. La commune a engagé une renégociation aboutie par l'avenant n° 4 du 9 mai 2025, "
          "qui introduit un intéressement de la commune au-delà d'un taux de rentabilité de 7 %."),
    ("h", "Sur les loyers des locaux commerciaux communaux"),
    ("p", "Les loyers inférieurs au marché relevés par la chambre procèdent d'une politique délibérée "
          "de revitalisation du centre-ville, décidée par le conseil municipal. La commune fera "
          "désormais figurer en annexe du budget le coût de cet avantage."),
    ("h", "Sur la dette"),
    ("p", "La commune a soldé en 2024 le dernier emprunt structuré de son encours."),
    ("p", "Je vous prie d'agréer, Monsieur le Président, l'expression de ma haute considération. "
          "Le maire."),
]

DOCX_BLOCKS["p133_convention_partenariat_cci.docx"] = [
    ("title", "Convention de partenariat 2025-2027 entre la communauté d'agglomération et la CCI"),
    ("p", "Entre la Communauté d'agglomération Gaillac-Graulhet, représentée par son président, et la "
          "Chambre de commerce et d'industrie du Tarn, représentée par son président."),
    ("h", "Article 1 — Objectifs"),
    ("p", "Favoriser la création, la transmission et le développement des entreprises du commerce, "
          "de l'industrie et des services sur le territoire."),
    ("h", "Article 2 — Engagements de la CCI"),
    ("p", "Tenue d'une permanence mensuelle « création-reprise » au siège de l'agglomération ; "
          "observatoire annuel du commerce ; accompagnement de 20 cédants par an ; animation du club "
          "des entreprises de la ZA de Mas de Rest."),
    ("h", "Article 3 — Engagements de l'agglomération"),
    ("p", "Participation financière de 18 000 € par an ; mise à disposition gratuite de salles ; "
          "transmission des offres foncières et immobilières."),
    ("h", "Article 4 — Confidentialité"),
    ("p", "Les parties s'engagent à ne pas divulguer les informations nominatives ou économiques "
          "relatives aux entreprises accompagnées, qui restent couvertes par le secret des affaires."),
    ("h", "Article 5 — Évaluation"),
    ("p", "Un comité de suivi se réunit chaque année ; il examine des indicateurs agrégés."),
]

DOCX_BLOCKS["p134_rapport_aides_economiques_region.docx"] = [
    ("title", "Rapport annuel sur les aides économiques accordées aux entreprises — exercice 2024"),
    ("p", "Article L. 1511-1 du CGCT. Communauté de communes du Val d'Adour."),
    ("table", [
        ["Dispositif", "Nombre d'aides", "Montant total", "Emplois prévus"],
        ["Aide à l'immobilier d'entreprise", "4", "212 000 €", "37"],
        ["Fonds de soutien au commerce de proximité", "11", "48 500 €", "9"],
        ["Abondement prêts d'honneur", "—", "15 000 €", "—"],
        ["Location de bâtiments-relais à loyer aidé", "3", "équivalent 26 400 €", "14"],
    ]),
    ("p", "Les aides à l'immobilier sont accordées en complément de la Région Occitanie, dans le "
          "cadre de la convention d'autorisation d'intervention signée en 2022. Deux entreprises "
          "aidées en 2021 n'ont pas atteint leurs objectifs d'emploi ; la communauté a obtenu le "
          "reversement partiel d'une aide (12 000 €)."),
    ("p", "La liste des bénéficiaires, des montants et des objets est publiée sur le site de la "
          "communauté conformément à l'obligation de transparence."),
]

DOCX_BLOCKS["p135_pv_ca_association_incubateur.docx"] = [
    ("title", "Association Incubateur Sud Innovation — procès-verbal du conseil d'administration"),
    ("p", "Séance du 24 juin 2025. Présents : le président (représentant la métropole), la vice-"
          "présidente (représentant l'université), le trésorier (représentant la CCI), quatre "
          "administrateurs. Le directeur assiste sans voix délibérative."),
    ("h", "1. Approbation des comptes 2024"),
    ("p", "Produits : 1 284 000 € (subventions 71 %, prestations 29 %). Charges : 1 251 000 €. "
          "Résultat : +33 000 €, affecté au report à nouveau. Le commissaire aux comptes certifie "
          "les comptes sans réserve. Approbation à l'unanimité."),
    ("h", "2. Promotion 2025"),
    ("p", "41 candidatures, 12 projets retenus par le comité de sélection (santé numérique 4, agritech "
          "3, énergie 3, industrie 2)."),
    ("h", "3. Questions diverses"),
    ("p", "Renouvellement du bail des locaux du campus jusqu'en 2030 ; recrutement d'un chargé "
          "d'affaires financement."),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_fiche_regie_securite.html"] = (
    "Intranet — Régie du stationnement : fiche pratique",
    """
<div class="bandeau">Intranet des services — page réservée aux agents habilités — ne pas imprimer</div>
<h1>Régie du stationnement — fiche pratique du collecteur</h1>
<p>Mise à jour : 4 juillet 2025 — rédaction : service stationnement.</p>
<h2>Tournée de collecte des horodateurs</h2>
<ul>
<li>Tournée A (centre) : mardi et vendredi, départ 6 h 15, 22 appareils.</li>
<li>Tournée B (gare, hôpital) : mercredi, 14 appareils.</li>
</ul>
<h2>Ouverture des coffres</h2>
<p>Clé de coffre type Fontaine n° 7 (trousseau bleu). Code de déverrouillage du module de
maintenance : 5 9 1 3 #. Le code est le même pour tous les appareils depuis la mise à jour
de mars.</p>
<h2>Dépôt</h2>
<p>Les cassettes sont vidées dans la salle de comptage (sous-sol de la mairie annexe, badge + code
porte 3104). La compteuse est à gauche ; le coffre de nuit se referme automatiquement.</p>
""",
)

HTML_PAGES["s062_extranet_tableau_comparatif_offres.html"] = (
    "Espace élus — Tableau comparatif des offres",
    """
<h1>Délégation de service public — fourrière automobile</h1>
<p class="note">Espace réservé aux membres de la commission de DSP — tableau transmis par
l'assistant à maîtrise d'ouvrage — les offres des candidats sont couvertes par le secret des
affaires.</p>
<table>
<tr><th>Élément</th><th>Dépannage Pyrénées</th><th>Garage Lasbordes</th></tr>
<tr><td>Redevance versée à la commune</td><td>4 % du CA</td><td>2 500 €/an fixe</td></tr>
<tr><td>Compte d'exploitation prévisionnel — résultat an 1</td><td>18 200 €</td><td>31 700 €</td></tr>
<tr><td>Coût horaire chauffeur intégré</td><td>29,40 €</td><td>26,10 €</td></tr>
<tr><td>Taux de véhicules non réclamés envoyés à la destruction</td><td>22 %</td><td>35 %</td></tr>
<tr><td>Recette attendue de la revente des épaves (ferraille)</td><td>14 000 €</td><td>26 000 €</td></tr>
<tr><td>Sous-traitant gardiennage</td><td>aucun</td><td>SARL Sécurigarde (contrat à 1 900 €/mois)</td></tr>
</table>
<p>Observation de l'AMO : l'économie du Garage Lasbordes repose largement sur la revente des
épaves ; son modèle serait fragilisé par une baisse des cours de l'acier.</p>
""",
)

HTML_PAGES["s063_intranet_depart_retraite_tresorier.html"] = (
    "Le Fil — actualité interne",
    """
<article>
<h1>Bonne retraite, Jean-Michel !</h1>
<p class="date">Publié le 30 juin 2025 — rubrique « Vie des services »</p>
<p>Après 38 ans de carrière dont 21 à la direction des finances, Jean-Michel Roussel, responsable
du pôle recettes, part à la retraite ce 1er juillet. Nombreux sont ceux qui se souviennent de son
arrivée en 2004, au moment du passage à Hélios, et de sa patience légendaire avec les
régisseurs.</p>
<p>Les deux dernières années n'ont pas été simples pour lui : son combat contre la maladie de
Parkinson, diagnostiquée en 2023, l'a obligé à réduire son temps de travail, sans jamais lui
faire perdre son humour. Toute l'équipe salue son courage.</p>
<p>Entré à la mairie en 1987 comme agent de bureau au service de l'état civil, Jean-Michel a passé
les concours de rédacteur puis d'attaché. Il a rejoint les finances en 2004, d'abord comme
gestionnaire des recettes, puis comme responsable du pôle à partir de 2011. On lui doit la mise en
place du paiement en ligne des factures de cantine, la réorganisation des régies après la fusion
des communes et un guide du recouvrement que les services utilisent encore chaque jour. Il a formé
des dizaines de régisseurs, et beaucoup se souviennent de ses « permanences du jeudi », où
chacun pouvait venir avec un problème de caisse ou de titre de recettes.</p>
<p>Passionné de rugby, il a été pendant quinze ans dirigeant de l'école de rugby de l'US Carmaux,
et il compte bien consacrer plus de temps à son potager et à ses petits-enfants, qui habitent
Bordeaux. Il nous a confié vouloir enfin faire le tour de la Corse à vélo, « au moins une
étape ».</p>
<p>« Ce que je retiendrai, ce sont les collègues, et la satisfaction d'un compte de gestion qui
tombe juste au centime près », nous a-t-il dit avec un sourire. Sa successeure, Émilie Garrigues,
arrivée de la communauté d'agglomération, prendra ses fonctions le 1er septembre ; d'ici là,
l'intérim du pôle est assuré par Farid Benyoucef.</p>
<p>Le directeur des finances a tenu à saluer « un agent d'une loyauté et d'une rigueur
exemplaires, qui a traversé six mandatures, trois logiciels financiers et deux réformes
comptables sans jamais perdre son calme ».</p>
<p>Ses collègues du pôle recettes lui ont préparé une surprise : un album réunissant les
photographies de toutes les équipes avec lesquelles il a travaillé, des années minitel à la
dématérialisation complète des titres. Elles et ils ont aussi recueilli des messages d'anciens
régisseurs, de comptables publics successifs et de plusieurs élus de la commission des finances.
Les collègues qui souhaitent y ajouter un mot peuvent passer au bureau 214 jusqu'à mercredi.</p>
<h2>Ils parlent de lui</h2>
<p>« Quand je suis arrivée comme régisseuse à la piscine, je ne savais même pas ce qu'était un
bordereau de versement. Jean-Michel est venu trois fois m'expliquer, sans jamais s'agacer. »
— Nadia, régisseuse du centre aquatique.</p>
<p>« Un partenaire exigeant et toujours de bonne foi. Nos réunions trimestrielles sur les restes
à recouvrer vont me manquer. » — le comptable public du service de gestion comptable.</p>
<p>« Il connaissait chaque ligne du budget, mais surtout chaque collègue. » — Véronique,
secrétariat des finances.</p>
<p>Jean-Michel a aussi été, pendant douze ans, membre du comité des œuvres sociales, dont il a tenu
la trésorerie avec la même rigueur que celle de la ville : voyages, arbre de Noël des enfants du
personnel, billetterie des spectacles. Le comité lui remettra à cette occasion la médaille
d'honneur régionale, départementale et communale, échelon vermeil, qui récompense trente ans de
services.</p>
<p>Dans le service, on raconte encore l'histoire de la tempête de 2009 : la mairie privée
d'électricité pendant trois jours, et Jean-Michel recomptant à la lampe de poche la caisse de la
régie des marchés pour que les commerçants puissent être remboursés de leurs droits de place. Ou
celle du premier compte de gestion dématérialisé, signé à 23 h 58 le dernier jour du délai.</p>
<p>Un pot de départ aura lieu le jeudi 3 juillet à 17 h dans le salon d'honneur. Une cagnotte est
ouverte auprès de Véronique, au secrétariat des finances.</p>
</article>
""",
)

HTML_PAGES["s064_formulaire_demande_delais_paiement.html"] = (
    "Demande de délais de paiement — formulaire transmis",
    """
<h1>Demande d'échéancier — factures d'eau et d'assainissement</h1>
<p>Formulaire en ligne — transmis le 11/03/2025 à 22 h 47 — référence WEB-2025-00381</p>
<table>
<tr><th>Champ</th><th>Réponse</th></tr>
<tr><td>Nom, prénom</td><td>Guerrero Manuela</td></tr>
<tr><td>Numéro de contrat</td><td>E-0034512</td></tr>
<tr><td>Montant dû</td><td>1 186,40 €</td></tr>
<tr><td>Échéancier souhaité</td><td>12 mois</td></tr>
<tr><td>Motif de la demande</td><td>Mon mari et moi nous sommes séparés en novembre, il a quitté le
logement et ne participe plus aux charges. Je suis seule avec mes trois enfants avec mon salaire
d'aide-soignante à temps partiel et l'allocation de soutien familial qui n'a pas encore
commencé. Je ne peux pas payer en une fois.</td></tr>
<tr><td>Pièces jointes</td><td>avis_imposition_2024.pdf ; attestation_CAF.pdf</td></tr>
</table>
""",
)

HTML_PAGES["s065_intranet_liste_preavis_greve.html"] = (
    "Intranet RH — déclarations préalables de grève",
    """
<h1>Service minimum des marchés — déclarations individuelles (mouvement du 2 octobre)</h1>
<p>Page de travail du service RH, accès restreint au DGS et aux chefs de service.</p>
<table>
<tr><th>Agent</th><th>Service</th><th>Déclaration reçue</th><th>Organisation</th></tr>
<tr><td>BONNAFOUS Rémi</td><td>Halles</td><td>29/09</td><td>CGT — secrétaire de section</td></tr>
<tr><td>NGUYEN Thomas</td><td>Halles</td><td>30/09</td><td>CGT</td></tr>
<tr><td>PUJOL Anaïs</td><td>Placiers</td><td>30/09</td><td>SUD Collectivités territoriales</td></tr>
<tr><td>TEIXEIRA Marco</td><td>Nettoiement</td><td>30/09</td><td>non précisé</td></tr>
</table>
<p>Effectif présent prévu aux halles : 2 agents sur 6. Ouverture à 8 h au lieu de 6 h.</p>
""",
)

HTML_PAGES["s066_fil_messagerie_incubateur_visa.html"] = (
    "Messagerie — fil « Loyer atelier 4 »",
    """
<div class="message">
<p><strong>De :</strong> Chargé d'affaires incubateur — <strong>À :</strong> Responsable
administrative — 15/04/2025 09:12</p>
<p>Peux-tu décaler la facturation de l'atelier 4 (HydroLoop) à juin ? Leur cofondatrice, Yulia
Sorokina, est bloquée : sa demande de protection temporaire a expiré et la préfecture lui a délivré
une simple autorisation provisoire de séjour sans droit au travail en attendant sa demande d'asile.
Elle ne peut pas se verser de salaire et l'entreprise n'a plus de trésorerie.</p>
</div>
<div class="message">
<p><strong>Réponse :</strong> OK, je bascule le loyer d'avril-mai sur juin, je note au dossier.
— 15/04/2025 10:03</p>
</div>
""",
)

HTML_PAGES["s067_ticket_support_logiciel_finances.html"] = (
    "Support informatique — ticket 48213",
    """
<h1>Ticket n° 48213 — Accès au logiciel financier pour la régie</h1>
<p><strong>Demandeur :</strong> direction des finances — <strong>Priorité :</strong> normale</p>
<p><strong>Description :</strong> la mandataire suppléante de la régie centrale n'arrive plus à se
connecter au module Régies du logiciel financier.</p>
<p><strong>Résolution (technicien) :</strong> compte réinitialisé. Identifiant : regie.suppl ; mot
de passe provisoire : Finances#2025!Ma ; à changer à la première connexion. L'accès VPN au portail
DGFiP a aussi été réactivé avec le certificat habituel, mot de passe du certificat :
Tresor-Cert-77. Ticket clos.</p>
""",
)

HTML_PAGES["s068_intranet_appel_dons_jours.html"] = (
    "Intranet — Solidarité entre collègues",
    """
<h1>Appel au don de jours de repos</h1>
<p>Un agent du service de la commande publique dont l'enfant, âgé de 7 ans, est atteint d'une
leucémie et hospitalisé au CHU pour plusieurs mois, a sollicité le dispositif de don de jours de
repos (décret n° 2015-580). Avec son accord, nous relayons cet appel.</p>
<p>Vous pouvez donner, de façon anonyme, des jours de RTT ou de congé annuel au-delà de 20 jours
pris dans l'année. Formulaire à adresser au service carrière avant le 30 novembre.</p>
<p>Pour toute question : Sandrine, au 4512. L'agent remercie par avance toutes celles et tous ceux
qui se mobiliseront. Il s'agit de notre collègue Romain, que beaucoup connaissent au 2e étage.</p>
""",
)

HTML_PAGES["s069_extranet_cci_fiche_dirigeant.html"] = (
    "Extranet CCI — fiche entreprise",
    """
<h1>SARL Bâti-Confort 82 — fiche de suivi</h1>
<p>Source : espace conseillers CCI, consultation du 2 mai 2025.</p>
<table>
<tr><th>Rubrique</th><th>Contenu</th></tr>
<tr><td>Activité</td><td>Rénovation énergétique, 9 salariés</td></tr>
<tr><td>Statut</td><td>Liquidation judiciaire prononcée le 14/01/2025</td></tr>
<tr><td>Ancien gérant</td><td>M. Christophe Marty</td></tr>
<tr><td>Note du conseiller</td><td>Le gérant a été condamné par le tribunal de commerce le 25/03/2025
à une interdiction de gérer de sept ans (sanction personnelle, non-tenue de comptabilité et
détournement d'actif). Il souhaitait reprendre une activité sous le nom de son épouse : ne pas
donner suite à la demande de rendez-vous création.</td></tr>
</table>
""",
)

HTML_PAGES["s070_revue_presse_intranet.html"] = (
    "Revue de presse économique du 12 mai 2025",
    """
<h1>Revue de presse — service développement économique</h1>
<p>Pour information, article paru ce matin dans l'édition abonnés de <em>La Dépêche Éco
Occitanie</em>, reproduit ci-dessous dans son intégralité.</p>
<blockquote>
<h2>Le Lauragais, nouvel eldorado de la logistique ?</h2>
<p>Par Mathilde Cabanes — © La Dépêche Éco Occitanie — article réservé aux abonnés.</p>
<p>Ils arrivent les uns après les autres, et les élus hésitent entre enthousiasme et inquiétude.
En moins de trois ans, quatre plateformes logistiques de plus de 30 000 m² ont été autorisées
entre Villefranche-de-Lauragais et Castelnaudary. « On nous promet 800 emplois, mais on voit
surtout des camions », résume un agriculteur de Baziège qui a vu partir 40 hectares de terres
irriguées.</p>
<p>Derrière ce mouvement, la saturation de l'aire toulousaine et le prix du foncier, trois fois
moindre qu'à Saint-Jory. Les promoteurs le reconnaissent volontiers : « Le Lauragais, c'est
l'autoroute, le canal et des maires qui disent oui », sourit le directeur d'un fonds
d'investissement immobilier…</p>
<p>[suite de l'article : 9 000 signes, encadrés « Les chiffres » et « Ce que dit le SCoT »,
infographie]</p>
</blockquote>
""",
)

HTML_PAGES["s071_crm_suivi_porteur_projet.html"] = (
    "CRM entreprises — fiche contact",
    """
<h1>Fiche contact — Issa Mohamed Saïd</h1>
<table>
<tr><td>Projet</td><td>Boucherie de quartier, résidence Les Pins</td></tr>
<tr><td>Orienté par</td><td>Pôle emploi / France Travail</td></tr>
<tr><td>Dernier rendez-vous</td><td>18/06/2025</td></tr>
</table>
<h2>Notes du conseiller</h2>
<p>Comorien d'origine, arrivé de Mayotte en 2012. Très bon réseau dans la communauté comorienne
du quartier, qui représenterait sa clientèle principale. Bonne expérience professionnelle (10 ans
en boucherie en GMS). Local identifié ; attend la réponse du bailleur social.</p>
""",
)

HTML_PAGES["s072_crm_cma_fiche_artisan.html"] = (
    "CRM CMA — fiche artisan",
    """
<h1>Fiche artisan — Ateliers Zerrouki (menuiserie)</h1>
<table>
<tr><th>Champ</th><th>Valeur</th></tr>
<tr><td>Dirigeant</td><td>M. Said Zerrouki</td></tr>
<tr><td>Effectif</td><td>3 salariés, 1 apprenti</td></tr>
<tr><td>Dernière visite</td><td>02/09/2025 — diagnostic transmission</td></tr>
<tr><td>Horaires</td><td>Fermé le vendredi de 12 h à 15 h : le dirigeant se rend à la mosquée
pour la prière ; prévoir les rendez-vous plutôt le mardi.</td></tr>
<tr><td>Projet</td><td>Cession à son chef d'atelier d'ici 2027</td></tr>
</table>
""",
)

HTML_PAGES["s073_export_evaluation_360_daf.html"] = (
    "Évaluation 360° — restitution individuelle",
    """
<h1>Restitution — évaluation 360° des cadres de direction</h1>
<p>Personne évaluée : Mme Corinne Vasseur, directrice des affaires financières. Évaluateurs :
13 répondants (N+1, pairs, collaborateurs). Cabinet : Talent &amp; Territoires.</p>
<table>
<tr><th>Dimension</th><th>Auto-évaluation</th><th>Moyenne des répondants</th></tr>
<tr><td>Vision stratégique</td><td>4,2</td><td>3,9</td></tr>
<tr><td>Écoute et management</td><td>4,0</td><td>2,1</td></tr>
<tr><td>Gestion des conflits</td><td>3,8</td><td>1,9</td></tr>
<tr><td>Expertise technique</td><td>4,5</td><td>4,6</td></tr>
</table>
<h2>Verbatims des collaborateurs</h2>
<ul>
<li>« Très compétente, mais les réunions se terminent souvent en reproches publics. »</li>
<li>« On n'ose plus poser de questions. »</li>
</ul>
<p>Le cabinet recommande un accompagnement managérial individuel de six mois.</p>
""",
)

HTML_PAGES["s074_candidature_marche_noel_exposant.html"] = (
    "Marché de Noël 2025 — candidature n° 27",
    """
<h1>Candidature exposant — Marché de Noël de la place du Capitole</h1>
<table>
<tr><td>Exposante</td><td>Mme Brigitte Lemoine — bougies artisanales (micro-entreprise)</td></tr>
<tr><td>Stand demandé</td><td>chalet 2 × 2 m, les trois week-ends</td></tr>
<tr><td>Personnes présentes sur le stand</td><td>Mme Lemoine et Enzo, 16 ans, qu'elle accueille
comme assistante familiale depuis 2022 (placement ASE) ; l'accord du service de l'aide sociale à
l'enfance pour sa participation a été demandé.</td></tr>
<tr><td>Assurance</td><td>jointe</td></tr>
</table>
""",
)

HTML_PAGES["s075_moderation_commentaires_site.html"] = (
    "Modération — commentaires de l'article « Budget participatif »",
    """
<h1>File de modération — commentaires en attente</h1>
<div class="commentaire">
<p><strong>Auteur :</strong> Jean-Marc Fabre (adresse vérifiée) — 08/04/2025</p>
<p>« En tant que secrétaire de la section locale de Reconquête, je trouve scandaleux que le budget
participatif finance une fresque au lieu de la vidéosurveillance du marché. »</p>
<p><strong>Décision du modérateur :</strong> commentaire refusé (charte : pas de propagande
partisane) ; mail type envoyé à l'auteur.</p>
</div>
<div class="commentaire">
<p><strong>Auteur :</strong> anonyme — 08/04/2025</p>
<p>« Vivement les nouvelles toilettes du marché. »</p>
<p><strong>Décision :</strong> publié.</p>
</div>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_guide_hebergeurs_taxe_sejour.html"] = (
    "Taxe de séjour : le guide de l'hébergeur",
    """
<h1>Taxe de séjour : tout ce que l'hébergeur doit savoir</h1>
<p>Office de tourisme intercommunal Cœur des Landes — mise à jour janvier 2025.</p>
<h2>Qui paie la taxe de séjour ?</h2>
<p>La taxe est payée par les touristes qui séjournent sur le territoire et ne sont pas domiciliés
dans la commune. Elle est collectée par l'hébergeur (hôtel, camping, chambre d'hôtes, meublé,
location entre particuliers) qui la reverse à la communauté de communes.</p>
<h2>Qui est exonéré ?</h2>
<ul>
<li>les personnes mineures ;</li>
<li>les titulaires d'un contrat de travail saisonnier employés sur le territoire ;</li>
<li>les personnes bénéficiant d'un hébergement d'urgence ou d'un relogement temporaire ;</li>
<li>les personnes occupant un local dont le loyer est inférieur à 1 € par nuit.</li>
</ul>
<h2>Combien ?</h2>
<table>
<tr><th>Catégorie</th><th>Tarif par personne et par nuit</th></tr>
<tr><td>Hôtels et résidences 4 étoiles</td><td>1,50 €</td></tr>
<tr><td>Hôtels 3 étoiles, meublés 3 étoiles</td><td>1,00 €</td></tr>
<tr><td>Hôtels 1 et 2 étoiles, chambres d'hôtes</td><td>0,80 €</td></tr>
<tr><td>Campings 3 à 5 étoiles</td><td>0,55 €</td></tr>
<tr><td>Campings 1 et 2 étoiles, aires de camping-cars</td><td>0,22 €</td></tr>
<tr><td>Hébergements non classés</td><td>3 % du prix de la nuitée par personne, plafonné à 2,30 €</td></tr>
</table>
<p>La taxe additionnelle départementale de 10 % s'ajoute à ces tarifs. Depuis 2024, une taxe
additionnelle régionale peut aussi s'appliquer dans certaines régions ; elle ne concerne pas
notre territoire.</p>
<h2>Comment déclarer ?</h2>
<p>Chaque mois, vous déclarez vos nuitées sur la plateforme en ligne : nombre de personnes, nombre
de nuits, nombre de personnes exonérées. Trois fois par an, vous reversez la taxe collectée
(15 mai, 15 septembre, 15 janvier). Vous recevez un état récapitulatif et vous payez par virement
ou par carte.</p>
<h2>Je loue via une plateforme en ligne</h2>
<p>Les plateformes intermédiaires de paiement (Airbnb, Booking, Abritel…) collectent et reversent
directement la taxe pour les hébergements non classés. Vous devez tout de même déclarer vos
nuitées si vous louez aussi en direct.</p>
<h2>Et si je ne déclare pas ?</h2>
<p>La collectivité peut procéder à une taxation d'office après mise en demeure. Le défaut de
déclaration, la déclaration inexacte ou le défaut de reversement sont passibles d'amendes
prévues par le code général des collectivités territoriales (jusqu'à 2 500 € pour un défaut de
déclaration). Les agents assermentés de la communauté de communes peuvent contrôler le registre
des hébergeurs.</p>
<h2>À quoi sert la taxe ?</h2>
<p>En 2024, la taxe de séjour a rapporté 412 000 €. Elle a financé l'office de tourisme (accueil,
promotion, site internet), le balisage des sentiers de randonnée et la navette estivale vers les
lacs. Le rapport annuel d'utilisation est présenté au conseil communautaire.</p>
<h2>Classement, registre et obligations d'affichage</h2>
<p>Les tarifs dépendent du classement de votre hébergement. Si vous obtenez ou perdez un classement
en cours d'année, signalez-le au service : le tarif change dès la date de la décision de
classement. Vous devez tenir un registre des séjours (date d'arrivée, nombre de nuits, nombre de
personnes, montant collecté, motif d'exonération) et afficher les tarifs de la taxe de séjour dans
l'établissement. La taxe figure sur la facture remise au client, distinctement du prix de la
prestation.</p>
<h2>Meublés de tourisme : la déclaration en mairie</h2>
<p>Toute location d'un meublé de tourisme, même occasionnelle, doit être déclarée en mairie au
moyen du formulaire Cerfa n° 14004. Dans les communes qui l'ont décidé, un numéro
d'enregistrement doit figurer sur chaque annonce. La location de la résidence principale est
limitée à 120 jours par an dans ces communes.</p>
<h2>Calendrier 2025</h2>
<table>
<tr><th>Période de perception</th><th>Déclaration avant le</th><th>Reversement avant le</th></tr>
<tr><td>1er janvier – 30 avril</td><td>10 mai</td><td>15 mai</td></tr>
<tr><td>1er mai – 31 août</td><td>10 septembre</td><td>15 septembre</td></tr>
<tr><td>1er septembre – 31 décembre</td><td>10 janvier</td><td>15 janvier</td></tr>
</table>
<h2>Bon à savoir</h2>
<p>Les hébergeurs peuvent consulter à tout moment l'historique de leurs déclarations et de leurs
paiements sur la plateforme. En cas d'erreur, une déclaration rectificative est possible jusqu'à
la date de reversement suivante.</p>
<h2>Une question ?</h2>
<p>Service taxe de séjour : taxedesejour@coeurdeslandes.fr — du lundi au vendredi, 9 h-12 h.</p>
""",
)

HTML_PAGES["p137_page_marches_publics_repondre.html"] = (
    "Marchés publics : comment répondre ?",
    """
<h1>Entreprises : répondre aux marchés publics de la ville</h1>
<p>La ville d'Agen passe chaque année environ 120 marchés pour un montant de 18 M€. Les
entreprises locales, artisans et PME sont invitées à se porter candidates.</p>
<h2>Où trouver les consultations ?</h2>
<p>Toutes nos consultations au-delà de 40 000 € HT sont publiées sur notre profil d'acheteur. En
dessous de ce seuil, nous consultons directement plusieurs entreprises : pensez à vous faire
connaître auprès du service de la commande publique.</p>
<h2>Quels documents fournir ?</h2>
<ul>
<li>le formulaire DC1 (lettre de candidature) ou le DUME ;</li>
<li>les attestations fiscales et sociales (l'attestation de vigilance URSSAF de moins de six
mois), demandées seulement à l'attributaire ;</li>
<li>l'offre : acte d'engagement, bordereau de prix, mémoire technique.</li>
</ul>
<h2>Conseils pour un bon mémoire technique</h2>
<p>Répondez point par point aux sous-critères annoncés ; présentez l'équipe affectée au chantier,
pas l'ensemble de l'entreprise ; évitez les mémoires types. Un mémoire de 10 pages adapté vaut
mieux qu'un catalogue de 80 pages.</p>
<h2>Après l'attribution</h2>
<p>Si votre offre n'est pas retenue, vous recevez un courrier indiquant le nom de l'attributaire,
le montant de son offre et vos notes. Vous pouvez demander des explications complémentaires.
N'hésitez pas : c'est la meilleure manière de progresser.</p>
<h2>Être payé rapidement</h2>
<p>La ville paie ses fournisseurs en 22 jours en moyenne. Les factures sont déposées sur Chorus
Pro. Les PME bénéficient d'une avance de 20 % pour les marchés de plus de 50 000 € HT.</p>
<h2>Se regrouper pour candidater</h2>
<p>Une petite entreprise peut candidater en groupement avec d'autres entreprises, solidaire ou
conjoint, pour répondre à un marché qu'elle ne pourrait pas exécuter seule. Elle peut aussi
présenter un sous-traitant, dont les capacités seront prises en compte. Les marchés de la ville
sont allotis autant que possible pour faciliter l'accès des PME.</p>
<h2>Les clauses sociales et environnementales</h2>
<p>De nombreux marchés de travaux et de services comportent une clause d'insertion : le titulaire
réserve un nombre d'heures de travail à des personnes éloignées de l'emploi, recrutées avec l'aide
du facilitateur de la maison de l'emploi. Les critères environnementaux (circuits courts,
recyclage, motorisation des véhicules) comptent de plus en plus dans la notation.</p>
<h2>Les erreurs les plus fréquentes</h2>
<ul>
<li>offre déposée au dernier moment et arrivée hors délai : déposez la veille ;</li>
<li>bordereau de prix incomplet ou modifié : l'offre est irrégulière ;</li>
<li>pièces non signées lorsque la signature est exigée à l'attribution ;</li>
<li>mémoire technique sans rapport avec le chantier.</li>
</ul>
<h2>L'attestation de vigilance : pourquoi est-elle demandée ?</h2>
<p>Le code du travail impose au donneur d'ordre public de vérifier, pour tout contrat d'au moins
5 000 € HT, que son cocontractant s'acquitte de ses obligations de déclaration et de paiement des
cotisations sociales. L'attestation de vigilance est délivrée par l'URSSAF depuis votre espace
en ligne ; elle doit être fournie à la signature puis tous les six mois jusqu'à la fin de
l'exécution du marché. Sans elle, la ville ne peut pas poursuivre le contrat.</p>
<h2>La sous-traitance</h2>
<p>Le titulaire d'un marché peut sous-traiter une partie des prestations, à condition de faire
accepter chaque sous-traitant et agréer ses conditions de paiement par la ville. Un sous-traitant
direct dont le contrat dépasse 600 € TTC est payé directement par la ville. Une sous-traitance
non déclarée expose le titulaire à des pénalités et, en cas de travail dissimulé, la ville à une
solidarité financière.</p>
<p>Pour toute question sur une consultation en cours, utilisez exclusivement la messagerie du
profil d'acheteur : la réponse est communiquée à tous les candidats.</p>
<h2>Le délai de paiement et les intérêts moratoires</h2>
<p>Le délai maximal de paiement est de 30 jours à compter de la réception de la facture. En cas de
retard, des intérêts moratoires sont dus de plein droit, sans que vous ayez à les réclamer, ainsi
qu'une indemnité forfaitaire de 40 € pour frais de recouvrement.</p>
<h2>Rencontres acheteurs-entreprises</h2>
<p>Chaque année en mars, la ville, la CCI et la chambre de métiers organisent une matinée de
présentation de la programmation des achats. Prochaine édition : 13 mars 2026 au centre des
congrès.</p>
""",
)

HTML_PAGES["p138_actualite_bilan_foire.html"] = (
    "Foire de printemps : un bilan record",
    """
<article>
<h1>Foire de printemps : 62 000 visiteurs et un bilan record</h1>
<p class="date">Publié le 14 avril 2025</p>
<p>La 74e foire de printemps a refermé ses portes dimanche soir avec une fréquentation record de
62 000 visiteurs en neuf jours, contre 55 000 l'an dernier. Les 312 exposants ont salué un public
nombreux et acheteur, notamment dans les halls habitat et gastronomie.</p>
<p>Le concours agricole a réuni 180 bovins de race gasconne et blonde d'Aquitaine. La soirée des
producteurs a affiché complet.</p>
<p>Le comité des fêtes, organisateur, annonce un résultat positif qui permettra de rénover les
sanitaires du parc des expositions. Rendez-vous du 4 au 12 avril 2026.</p>
</article>
""",
)

HTML_PAGES["p139_page_boutique_essai.html"] = (
    "Boutique à l'essai : testez votre commerce",
    """
<h1>Boutique à l'essai : testez votre commerce en centre-ville</h1>
<p>Vous avez un projet de commerce ? La ville met à votre disposition, pendant 6 mois
renouvelables une fois, une boutique entièrement rénovée au 14 rue Nationale, avec un loyer
progressif (200 € le premier mois, 400 € ensuite) et l'accompagnement de la CCI.</p>
<h2>Conditions</h2>
<ul>
<li>projet de commerce ou d'artisanat absent ou peu représenté dans le centre-ville ;</li>
<li>étude de marché et prévisionnel réalisés avec un réseau d'accompagnement ;</li>
<li>engagement à rester dans le centre-ville en cas de succès.</li>
</ul>
<h2>Candidater</h2>
<p>Dossier à télécharger et à envoyer avant le 31 mai. Un jury composé d'élus, de la CCI, de la
chambre de métiers, d'une banque et de commerçants auditionnera les candidats retenus.</p>
<p>Depuis 2021, six commerces ont été testés ; quatre sont aujourd'hui installés durablement.</p>
""",
)

HTML_PAGES["p140_faq_indemnisation_travaux.html"] = (
    "Travaux du tramway : l'indemnisation des commerçants",
    """
<h1>Travaux du tramway : questions fréquentes sur l'indemnisation</h1>
<h2>Qui peut être indemnisé ?</h2>
<p>Les entreprises riveraines du chantier (commerces, artisans, professions libérales) qui
subissent une baisse d'activité anormale et spéciale du fait des travaux.</p>
<h2>Comment est calculé le préjudice ?</h2>
<p>Sur la base de la perte de marge brute par rapport à la moyenne des trois exercices
précédents, attestée par un expert-comptable. Une franchise de 5 % reste à la charge de
l'entreprise.</p>
<h2>Qui décide ?</h2>
<p>Une commission d'indemnisation amiable, présidée par un magistrat administratif honoraire, émet
un avis ; la métropole décide. Les membres de la commission sont tenus au secret sur les données
comptables des entreprises.</p>
<h2>Et en cas de désaccord ?</h2>
<p>Vous pouvez saisir le tribunal administratif.</p>
<h2>Bilan à ce jour</h2>
<p>214 dossiers déposés, 163 indemnisés pour un montant total de 2,7 M€ (indemnité médiane :
11 400 €).</p>
""",
)

HTML_PAGES["p141_page_payer_en_ligne.html"] = (
    "Payer en ligne vos factures municipales",
    """
<h1>Payer en ligne : cantine, eau, loyers, droits de place</h1>
<p>Vous pouvez régler en ligne, par carte bancaire ou prélèvement unique, les factures et avis des
sommes à payer émis par la commune, grâce au service PayFiP de la DGFiP.</p>
<ol>
<li>Munissez-vous de votre facture : identifiant de la collectivité et référence de la facture.</li>
<li>Cliquez sur « Payer » et saisissez ces références.</li>
<li>Choisissez le mode de paiement. Le paiement est sécurisé et sans frais.</li>
</ol>
<p>Vous rencontrez des difficultés pour payer ? Contactez le service de gestion comptable au
05 63 00 00 00 : des délais peuvent être accordés.</p>
""",
)

HTML_PAGES["p142_communique_degradations_marche.html"] = (
    "Dégradations au marché couvert : la ville porte plainte",
    """
<article>
<h1>Dégradations au marché couvert : la mairie condamne fermement et porte plainte</h1>
<p class="date">Publié le 22 février 2025</p>
<p>Dans la nuit de jeudi à vendredi, plusieurs stands du marché couvert ont été vandalisés :
vitrines réfrigérées brisées, tags, vol de caisses vides. La mairie condamne avec la plus grande
fermeté ces actes qui frappent des commerçants déjà fragilisés par la hausse de l'énergie.</p>
<p>Une plainte contre X a été déposée par la commune. Les images de vidéoprotection ont été
remises aux enquêteurs. Le marché a rouvert dès samedi matin grâce à la mobilisation des services
techniques.</p>
<p>Le maire annonce la prise en charge par la ville des franchises d'assurance des commerçants
touchés et un renforcement des rondes de la police municipale.</p>
</article>
""",
)

HTML_PAGES["p143_appel_candidatures_marche_noel.html"] = (
    "Marché de Noël 2025 : appel à exposants",
    """
<h1>Marché de Noël 2025 : devenez exposant</h1>
<p>Du 29 novembre au 24 décembre, 40 chalets sur la place Jean-Jaurès.</p>
<h2>Qui peut candidater ?</h2>
<p>Artisans, créateurs, producteurs et commerçants proposant des produits en lien avec Noël. Les
produits de fabrication artisanale ou locale sont privilégiés.</p>
<h2>Tarifs</h2>
<p>Chalet de 3 m : 650 € la période ; demi-chalet : 350 € ; chalet week-end : 120 €. Électricité
incluse.</p>
<h2>Sélection</h2>
<p>Un comité de sélection composé d'élus et de représentants des commerçants examine les
candidatures selon la qualité des produits, l'originalité et l'équilibre de l'offre.</p>
<p>Date limite : 15 septembre.</p>
""",
)

HTML_PAGES["p144_page_promotion_incubateur.html"] = (
    "La promo 2025 de l'incubateur",
    """
<h1>Découvrez les 8 startups de la promo 2025</h1>
<ul>
<li><strong>Agrivolt</strong> — ombrières photovoltaïques pour vergers. Cofondée par Paul Mérieux
et Zoé Laborde, ingénieurs.</li>
<li><strong>Kidimo</strong> — plateforme de réservation de modes de garde occasionnels.</li>
<li><strong>Recyclo-Textile</strong> — recyclage de fibres de linge hôtelier.</li>
<li><strong>Ostéo-Sens</strong> — semelles connectées pour la rééducation après une fracture.</li>
<li><strong>Terra Brique</strong> — briques de terre crue compressée.</li>
<li><strong>MiamLocal</strong> — logiciel d'approvisionnement local pour la restauration collective.</li>
<li><strong>Sonar Vigne</strong> — détection précoce du mildiou par capteurs.</li>
<li><strong>Aidants Connect</strong> — coordination des proches aidants de personnes âgées.</li>
</ul>
<p>Les startups bénéficient de 18 mois d'accompagnement, de bureaux à tarif préférentiel et d'un
accès au fonds d'amorçage régional.</p>
""",
)

HTML_PAGES["p145_donnees_essentielles_marches.html"] = (
    "Données essentielles des marchés publics 2024",
    """
<h1>Données essentielles de la commande publique — 2024</h1>
<p>Publication en application de l'article R. 2196-1 du code de la commande publique.</p>
<table>
<tr><th>Objet</th><th>Procédure</th><th>Titulaire</th><th>Montant HT</th><th>Notification</th></tr>
<tr><td>Fourniture de repas</td><td>AOO</td><td>API Restauration</td><td>1 240 000 €</td><td>03/01/2024</td></tr>
<tr><td>Éclairage public</td><td>MAPA</td><td>Citeos</td><td>318 000 €</td><td>12/03/2024</td></tr>
<tr><td>Assurances dommages aux biens</td><td>AOO</td><td>SMACL Assurances</td><td>42 600 €</td><td>28/11/2024</td></tr>
<tr><td>Nettoyage des vitres</td><td>MAPA</td><td>Net'Éclat</td><td>14 900 €</td><td>06/05/2024</td></tr>
<tr><td>Audit énergétique</td><td>MAPA</td><td>Bureau Veritas</td><td>27 300 €</td><td>19/09/2024</td></tr>
</table>
<p>Les données sont également disponibles au format ouvert sur data.gouv.fr.</p>
""",
)

HTML_PAGES["p146_page_terrasses_regles.html"] = (
    "Terrasses et étalages : les règles",
    """
<h1>Installer une terrasse ou un étalage</h1>
<p>L'occupation du trottoir par une terrasse, un étalage ou un chevalet nécessite une autorisation
du maire, délivrée pour l'année civile.</p>
<ul>
<li>Demande à déposer avant le 31 janvier avec un plan coté et des photographies du mobilier.</li>
<li>Passage libre de 1,40 m obligatoire pour les piétons et les personnes à mobilité réduite.</li>
<li>Mobilier conforme à la charte (teintes, matériaux, pas de publicité de marques).</li>
<li>Redevance annuelle selon la zone (de 9 à 24 €/m²).</li>
</ul>
<p>Une terrasse installée sans autorisation expose à une amende et à une redevance majorée.</p>
""",
)

HTML_PAGES["p147_page_urssaf_associations_employeurs.html"] = (
    "Associations : vos obligations d'employeur",
    """
<h1>Associations employeuses : l'essentiel des obligations sociales</h1>
<p>Fiche de la Maison des associations, réalisée avec l'URSSAF.</p>
<h2>Embaucher</h2>
<p>Toute embauche donne lieu à une déclaration préalable à l'embauche (DPAE) auprès de l'URSSAF.
Les petites associations peuvent utiliser le chèque emploi associatif (CEA), qui simplifie les
déclarations et le calcul des cotisations.</p>
<h2>Les bénévoles</h2>
<p>Les bénévoles ne sont pas rémunérés ; ils peuvent être remboursés de leurs frais réels sur
justificatifs. Un « défraiement » forfaitaire peut être requalifié en salaire lors d'un contrôle.</p>
<h2>Les exonérations</h2>
<p>Franchise de taxe sur les salaires ; réduction générale des cotisations ; régime des
manifestations exceptionnelles (six par an) pour les buvettes et lotos.</p>
<h2>Le contrôle</h2>
<p>L'URSSAF peut contrôler toute association employeuse ; les redressements portent le plus souvent
sur les indemnités forfaitaires et les avantages en nature.</p>
""",
)

HTML_PAGES["p148_page_cada_secret_affaires.html"] = (
    "Accès aux documents : marchés publics et secret des affaires",
    """
<h1>Demander un document administratif : le cas des marchés publics</h1>
<p>Page d'information de la direction des affaires juridiques.</p>
<h2>Un marché public est-il communicable ?</h2>
<p>Oui, une fois signé, un marché public est un document administratif communicable à toute
personne qui en fait la demande (articles L. 311-1 et suivants du code des relations entre le
public et l'administration). Toutefois, la communication se fait dans le respect du secret des
affaires, qui couvre le secret des procédés, des informations économiques et financières et des
stratégies commerciales ou industrielles.</p>
<h2>Ce qui est communicable</h2>
<ul>
<li>l'acte d'engagement et le prix global de l'offre retenue ;</li>
<li>le bordereau des prix unitaires de l'attributaire, en principe, pour les marchés de l'État
et des collectivités, sauf si leur communication révèle la stratégie commerciale ;</li>
<li>le rapport de présentation et le procès-verbal de la commission d'appel d'offres, après
occultation des mentions protégées ;</li>
<li>les notes et le classement de l'attributaire et du demandeur.</li>
</ul>
<h2>Ce qui n'est pas communicable</h2>
<ul>
<li>le mémoire technique des candidats, qui révèle leur savoir-faire ;</li>
<li>le détail des offres des entreprises non retenues ;</li>
<li>les éléments relatifs au chiffre d'affaires, aux effectifs, aux références et aux moyens
techniques des candidats ;</li>
<li>les documents couverts par le secret de la défense nationale ou par un secret protégé par la
loi (par exemple les informations relatives aux procédures collectives en cours).</li>
</ul>
<h2>Et les données personnelles ?</h2>
<p>Les noms des agents signataires, des membres de la commission et des dirigeants des
entreprises agissant à ce titre ne sont pas occultés. Les mentions relatives à la vie privée ou
portant une appréciation sur une personne physique le sont.</p>
<h2>Comment faire ?</h2>
<p>Adressez votre demande par courrier ou via le formulaire en ligne, en précisant le marché
concerné. La ville répond dans un délai d'un mois. Sans réponse ou en cas de refus, vous pouvez
saisir la Commission d'accès aux documents administratifs (CADA) dans les deux mois.</p>
<h2>Et les subventions et aides aux entreprises ?</h2>
<p>Les délibérations et conventions attribuant une aide à une entreprise sont communicables, de
même que la liste des bénéficiaires publiée chaque année. En revanche, les pièces du dossier de
demande qui révèlent la situation financière de l'entreprise (bilans non publiés, plans
d'affaires, prévisionnels, identité des clients) sont couvertes par le secret des affaires. Il en
va de même des rapports d'expertise établis pour instruire une demande.</p>
<h2>Et les rapports de la chambre régionale des comptes ?</h2>
<p>Le rapport d'observations définitives devient communicable dès qu'il a été présenté à la
première réunion de l'assemblée délibérante qui suit sa réception ; il est alors publié sur le
site des juridictions financières. Les rapports d'observations provisoires et les pièces de
l'instruction ne sont jamais communicables.</p>
<h2>Les délais et les frais</h2>
<p>La consultation sur place est gratuite. Les copies papier sont facturées 0,18 € la page A4 et
l'envoi par courrier au coût de l'affranchissement. L'envoi par courriel est gratuit. La ville
peut refuser les demandes abusives, notamment par leur nombre ou leur caractère répétitif.</p>
<h2>Et les contrats de délégation de service public ?</h2>
<p>Le contrat, ses avenants et les rapports annuels du délégataire sont communicables. Les comptes
d'exploitation prévisionnels remis lors de la procédure, les offres des candidats non retenus et
les éléments du plan d'affaires du délégataire restent protégés par le secret des affaires.</p>
<h2>Qui décide de l'occultation ?</h2>
<p>La direction des affaires juridiques examine chaque demande avec le service acheteur. Avant de
communiquer un document contenant des informations fournies par une entreprise, la ville peut
l'inviter à indiquer les passages qu'elle estime protégés, sans être liée par sa réponse.</p>
<h2>Jurisprudence utile</h2>
<p>Le Conseil d'État a jugé (CE, 30 mars 2016, Centre hospitalier de Perpignan) que le détail
technique et financier des offres des entreprises non retenues n'est pas communicable, alors que
le prix global de l'offre de l'attributaire l'est.</p>
""",
)

HTML_PAGES["p149_offre_emploi_controleur_gestion.html"] = (
    "Offre d'emploi : contrôleur de gestion (H/F)",
    """
<h1>Contrôleur de gestion (H/F) — Département du Tarn-et-Garonne</h1>
<p>Catégorie A — cadre d'emplois des attachés territoriaux — poste basé à Montauban.</p>
<h2>Missions</h2>
<ul>
<li>Élaborer et suivre les tableaux de bord de pilotage des politiques départementales.</li>
<li>Réaliser des analyses de coûts (transport scolaire, routes, collèges).</li>
<li>Contrôler les satellites : SEM, associations subventionnées, délégataires de service public
(analyse des rapports annuels et des comptes).</li>
<li>Participer à la préparation budgétaire et à la prospective financière.</li>
</ul>
<h2>Profil</h2>
<p>Master en finances publiques, contrôle de gestion ou audit. Maîtrise d'Excel et d'un outil de
business intelligence. Discrétion professionnelle.</p>
<p>Candidatures avant le 20 octobre 2025.</p>
""",
)

HTML_PAGES["p150_compte_rendu_conseil_budget_web.html"] = (
    "Conseil municipal du 27 mars : ce qu'il faut retenir",
    """
<article>
<h1>Conseil municipal du 27 mars : le budget 2025 adopté</h1>
<p>Le conseil municipal a adopté jeudi soir le budget primitif 2025, par 23 voix pour et 6 contre.
Les taux des taxes foncières restent inchangés.</p>
<p>Pour l'adjointe aux finances, Mme Sylvie Cazeneuve, « ce budget finance la rénovation de l'école
Jules-Ferry sans augmenter les impôts ». Le groupe d'opposition, par la voix de M. Laurent
Ducasse, a dénoncé « un recours excessif à l'emprunt » et voté contre.</p>
<p>Le conseil a également approuvé la révision des tarifs des droits de place (+2 %), l'attribution
de 28 500 € de subventions aux associations économiques et la cession d'un terrain de la zone
artisanale à une entreprise de menuiserie.</p>
<p>Prochain conseil : le 22 mai à 19 h. Les séances sont retransmises en direct sur la chaîne
YouTube de la ville.</p>
</article>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
