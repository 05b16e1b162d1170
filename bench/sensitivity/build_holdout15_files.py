"""Build the .docx and .html documents of the hand-written sensitivity set holdout15.

Theme: urban planning, housing, environment and public works (building permits, public inquiries,
social housing allocation, insalubrity and péril procedures, energy-renovation aid, gens du voyage
areas, ICPE, noise, tree felling, roads and damage claims, water and waste services).

The set holds 150 documents: 75 sovereign (s001 to s075) and 75 public (p076 to p150). The 90 .txt
files are written by hand; this script writes the 30 .docx (s046-s060, p121-p135) and the 30 .html
(s061-s075, p136-p150) with fixed bytes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout15"
FIXED = dt.datetime(2024, 11, 5, 9, 30, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# --- Sovereign .docx -------------------------------------------------------------------------

DOCX_BLOCKS["s046_fiche_navette_caleol_mutation.docx"] = [
    ("title", "Fiche navette — demande de mutation interne"),
    ("p", "Agence Rive Gauche — Chargée de gestion locative : Mme Maëlle Guillou"),
    ("table", [
        ["Rubrique", "Renseignement"],
        ["Locataire", "M. Vincent Perrault, 47 ans, bail depuis 2011"],
        ["Logement actuel", "T4, 6 rue Rameau, 4e étage sans ascenseur"],
        ["Logement souhaité", "T2 en rez-de-chaussée ou avec ascenseur"],
        ["Motif", "Sclérose en plaques diagnostiquée en 2022, poussées fréquentes, marche avec canne"],
        ["Composition", "Seul depuis le départ de son épouse (divorce prononcé en mars 2024)"],
        ["Ressources", "Pension d'invalidité 2e catégorie : 1 183 €"],
        ["Sous-occupation", "Oui (T4 pour 1 personne)"],
    ]),
    ("p", "Avis de l'agence : priorité au titre de l'examen de l'occupation (L.442-5-2 CCH) ; proposer "
          "le T2 n° 003 de la résidence Les Lilas à la prochaine CALEOL."),
]

DOCX_BLOCKS["s047_rapport_visite_peril_immeuble_occupe.docx"] = [
    ("title", "Rapport de visite technique — 31 rue du Château-d'Eau"),
    ("p", "Visite du 9 janvier 2025 par M. Romain Berthier, technicien bâtiment, en présence de la "
          "police municipale. Immeuble R+3 de 6 logements, propriété de M. Ahmed Zeroual."),
    ("h", "1. Constats techniques"),
    ("p", "Fissures en escalier sur le mur de refend, affaissement du plancher du 2e étage (flèche "
          "estimée à 4 cm), garde-corps de l'escalier commun descellé. L'étaiement provisoire est "
          "indispensable."),
    ("h", "2. Occupants"),
    ("table", [
        ["Logement", "Occupant", "Observations"],
        ["RDC", "vacant", "—"],
        ["1er", "Mme Odette Lambert, 88 ans", "grabataire, passage infirmier 2 fois/jour, évacuation "
                                              "par brancard nécessaire"],
        ["2e G", "famille Kone (2 adultes, 3 enfants)", "bail verbal, loyer payé en espèces"],
        ["2e D", "M. Bruno Lacaze", "refuse de quitter les lieux ; selon la police municipale, fait "
                                    "l'objet d'une interdiction de paraître à la suite d'une condamnation "
                                    "pour violences"],
        ["3e", "M. Kofi Asante", "en demande d'asile, hébergé par le propriétaire contre travaux"],
    ]),
    ("h", "3. Propositions"),
    ("p", "Arrêté de mise en sécurité en procédure urgente avec interdiction temporaire d'habiter du 2e "
          "étage ; hébergement des occupants à la charge du propriétaire ; signalement au procureur "
          "(hébergement contraire à la dignité, art. 225-14 CP)."),
]

DOCX_BLOCKS["s048_grille_analyse_offres_assainissement.docx"] = [
    ("title", "Marché n° 2025-ASS-02 — Réhabilitation du collecteur d'eaux usées rue Pasteur"),
    ("p", "Rapport d'analyse des offres — document réservé à la commission d'appel d'offres"),
    ("table", [
        ["Entreprise", "Prix HT", "Prix chemisage (€/ml)", "Délai", "Note finale"],
        ["Canalisations du Centre", "612 480 €", "498", "14 sem.", "88,2"],
        ["Hydro-TP", "588 900 €", "471", "18 sem.", "86,9"],
        ["SOGEA fictive Loire", "649 300 €", "522", "12 sem.", "84,1"],
    ]),
    ("p", "Hydro-TP justifie son prix bas par l'utilisation d'une gaine polymérisée UV de son propre "
          "procédé (brevet en cours) et une marge réduite à 4 % indiquée dans sa décomposition du prix "
          "global. Ces éléments relèvent du secret des affaires."),
    ("p", "Proposition : attribution à Canalisations du Centre."),
]

DOCX_BLOCKS["s049_rapport_moral_association_locataires.docx"] = [
    ("title", "Amicale des locataires de la cité des Châtaigniers — Rapport moral 2024"),
    ("p", "Chers adhérents, l'année 2024 a été riche : obtention du remplacement des ascenseurs de la "
          "tour B, organisation de la fête des voisins (250 participants), permanence hebdomadaire "
          "pour les charges, et le combat contre la hausse de 7 % des provisions de chauffage, que "
          "nous avons fait ramener à 3 %."),
    ("p", "Nous avons accompagné 38 familles dans leurs démarches auprès du bailleur. Nous remercions "
          "la mairie pour la mise à disposition de la salle."),
    ("h", "Vie de l'association"),
    ("p", "Le bureau a été renouvelé en juin. Notre trésorière, Mme Monique Vidal, a dû se retirer après "
          "l'annonce de son cancer du sein ; elle est en chimiothérapie depuis septembre et nous lui "
          "adressons tout notre soutien. M. Paul Ngoma assure l'intérim."),
    ("p", "En 2025, nous poursuivrons notre action pour la réhabilitation thermique des bâtiments A et C."),
]

DOCX_BLOCKS["s050_note_cabinet_militant_zad.docx"] = [
    ("title", "Note au cabinet du préfet — Projet de retenue de substitution des Grandes Prairies"),
    ("p", "Objet : état de la contestation à la veille du démarrage des travaux"),
    ("p", "Le collectif « Eau Commune » prévoit une manifestation le 22 mars. Les renseignements "
          "recueillis font état de la participation attendue de 2 000 à 3 000 personnes."),
    ("p", "Parmi les organisateurs locaux figurent Mme Clémence Robin, agricultrice bio, militante de "
          "la Confédération paysanne et adhérente de La France insoumise, et M. Hugo Martel, déjà "
          "interpellé lors de la manifestation de Sainte-Soline et poursuivi pour participation à un "
          "groupement en vue de commettre des violences (audience fixée en mai)."),
    ("p", "Dispositif proposé : 6 escadrons de gendarmerie mobile, interdiction de manifester dans un "
          "périmètre de 5 km."),
]

DOCX_BLOCKS["s051_compte_rendu_entretien_agent_accueil.docx"] = [
    ("title", "Compte rendu d'entretien — agent d'accueil du service urbanisme"),
    ("p", "Date : 4 décembre 2024. Présents : la directrice de l'urbanisme, la responsable RH, "
          "l'agente concernée (Mme Sandrine Pichon)."),
    ("p", "Objet : plusieurs plaintes d'usagers relatives à l'accueil téléphonique et deux absences "
          "injustifiées en novembre."),
    ("p", "Mme Pichon explique traverser une période difficile : procédure de divorce conflictuelle, "
          "garde alternée contestée par son ex-conjoint, et un suivi psychologique depuis septembre. "
          "Elle demande un aménagement de ses horaires le mercredi."),
    ("p", "Décision : avertissement oral, proposition d'un rendez-vous avec la médecine préventive et "
          "aménagement horaire accordé pour trois mois. Point d'étape en mars."),
]

DOCX_BLOCKS["s052_bilan_diagnostic_relogement_copropriete.docx"] = [
    ("title", "Copropriété dégradée Le Bel-Horizon — Diagnostic social préalable au plan de sauvegarde"),
    ("h", "1. Présentation"),
    ("p", "La copropriété Le Bel-Horizon (212 lots, construite en 1968) fait l'objet d'un plan de "
          "sauvegarde depuis 2022. L'enquête sociale a été menée entre avril et juin 2024 auprès de 164 "
          "ménages (taux de réponse 77 %)."),
    ("h", "2. Résultats agrégés"),
    ("table", [
        ["Indicateur", "Valeur"],
        ["Propriétaires occupants", "58 %"],
        ["Ménages sous le seuil de pauvreté", "41 %"],
        ["Copropriétaires débiteurs de plus de 1 000 € de charges", "36"],
        ["Ménages avec une personne de plus de 75 ans", "22 %"],
    ]),
    ("h", "3. Situations individuelles nécessitant un traitement prioritaire"),
    ("p", "Lot 117 (bât. C, 9e) : M. Rachid Belaïd, copropriétaire occupant, doit 14 800 € de charges ; "
          "procédure de saisie immobilière engagée par le syndic ; l'intéressé, en invalidité après un "
          "accident du travail, vit avec 890 € par mois."),
    ("p", "Lot 42 (bât. A, 3e) : Mme Hélène Grosjean, 79 ans, vit seule, présente une perte d'autonomie "
          "importante (chutes, oublis) ; son fils, avec qui elle est en conflit, perçoit ses revenus."
          " Signalement au titre des personnes vulnérables à envisager."),
    ("h", "4. Préconisations"),
    ("p", "Mise en place d'un fonds d'aide aux copropriétaires, portage de lots par l'opérateur, "
          "accompagnement social renforcé."),
]

DOCX_BLOCKS["s053_courrier_demande_logement_prefecture_violence.docx"] = [
    ("title", "Demande de relogement prioritaire — contingent préfectoral"),
    ("p", "Madame la Sous-Préfète,"),
    ("p", "Je sollicite votre intervention en faveur de Mme Élise Bonnet, 27 ans, actuellement "
          "hébergée en urgence par notre association dans un appartement relais. Mme Bonnet a quitté "
          "le domicile de son compagnon le 14 octobre après une agression ayant entraîné une ITT de "
          "dix jours ; le compagnon a été placé en détention provisoire. Elle est enceinte de cinq mois "
          "et le bail de l'appartement relais prend fin le 31 décembre."),
    ("p", "Elle travaille en CDI comme vendeuse (1 390 € net) et peut assumer un loyer de 450 €."),
    ("p", "Je vous prie d'agréer, Madame la Sous-Préfète, mes respectueuses salutations."),
    ("p", "Claire Dumont, directrice de l'association Solidarité Femmes du Pays Basque"),
]

DOCX_BLOCKS["s054_proces_verbal_infraction_urbanisme.docx"] = [
    ("title", "Procès-verbal d'infraction au code de l'urbanisme n° PV-2024-019"),
    ("p", "L'an deux mille vingt-quatre, le 17 juin, nous, Jean-Marc Lesage, agent assermenté et "
          "commissionné de la commune de Saint-Paul-de-Garonne, avons constaté sur la parcelle C 412, "
          "lieu-dit Les Saulaies (zone N du PLU, zone rouge du PPRI), la présence d'un mobil-home de "
          "35 m² raccordé à un réseau électrique, d'une terrasse bois de 20 m² et d'une clôture "
          "maçonnée, réalisés sans autorisation."),
    ("p", "Propriétaire et occupant : M. Jordan Weiss, né le 12/03/1990. Interrogé, il déclare vivre sur "
          "place depuis qu'il a perdu son logement à la suite de sa séparation et ne pas avoir d'autre "
          "solution."),
    ("p", "Infractions : articles L.421-1, L.480-4 du code de l'urbanisme. Le présent procès-verbal est "
          "transmis au procureur de la République."),
]

DOCX_BLOCKS["s055_cr_commission_surendettement_extrait.docx"] = [
    ("title", "Extrait de dossier — demande d'aide à la rénovation énergétique, caisse d'avance"),
    ("table", [
        ["Champ", "Valeur"],
        ["Demandeur", "Mme Lucienne Prévost, 71 ans, propriétaire occupante"],
        ["Travaux", "Pompe à chaleur + isolation des murs (31 200 € TTC)"],
        ["Aides mobilisées", "MaPrimeRénov' 18 400 € ; CEE 3 100 € ; Département 2 000 €"],
        ["Reste à charge", "7 700 €"],
        ["Capacité de remboursement", "nulle : plan de surendettement en cours (BDF, mesures "
                                      "imposées jusqu'en 2027), petite retraite de 980 €/mois"],
        ["Santé", "BPCO sévère, oxygène à domicile : le logement actuellement chauffé à 15 °C aggrave "
                  "son état (courrier du pneumologue joint)"],
    ]),
    ("p", "Avis du comité : prêt sans intérêt de la caisse d'avance refusé ; solliciter la Fondation "
          "Abbé-Pierre et la caisse de retraite pour compléter."),
]

DOCX_BLOCKS["s056_rapport_audit_securite_systemes_eau.docx"] = [
    ("title", "Audit de sécurité des systèmes industriels — Syndicat des eaux du Plateau"),
    ("p", "Classification : CONFIDENTIEL — diffusion limitée au comité de direction"),
    ("h", "Synthèse des vulnérabilités"),
    ("table", [
        ["Réf.", "Vulnérabilité", "Criticité"],
        ["V1", "Automates des réservoirs accessibles depuis Internet via un routeur 4G sans VPN", "Critique"],
        ["V2", "Mot de passe par défaut « admin/admin » sur la supervision de l'usine de La Côte", "Critique"],
        ["V3", "Injection de chlore pilotable sans double validation", "Haute"],
        ["V4", "Sauvegardes non chiffrées conservées sur le NAS du bureau d'exploitation", "Moyenne"],
    ]),
    ("p", "Recommandation immédiate : couper l'accès distant V1 et changer les identifiants V2 sous 48 h."),
]

DOCX_BLOCKS["s057_journal_astreinte_voirie.docx"] = [
    ("title", "Journal d'astreinte — services techniques — semaine 3"),
    ("table", [
        ["Date", "Heure", "Appel", "Suite"],
        ["15/01", "02:10", "Arbre tombé route de Nérac", "dégagement, 1 h 30"],
        ["16/01", "22:45", "Fuite d'eau rue Cazeaux", "vanne fermée, régie des eaux prévenue"],
        ["18/01", "03:30", "Police : accident avenue Foch, glissière arrachée", "balisage ; le conducteur, "
                                                                             "M. Anthony Ribes, contrôlé "
                                                                             "positif à l'alcool (1,2 g/l), "
                                                                             "placé en garde à vue"],
        ["19/01", "07:05", "Verglas pont de la Baïse", "salage"],
    ]),
    ("p", "Agent d'astreinte : L. Fabre. Refacturation des dégâts de la glissière à l'assureur du "
          "conducteur."),
]

DOCX_BLOCKS["s058_fiche_evaluation_stagiaire_urbanisme.docx"] = [
    ("title", "Évaluation de fin de stage — Master urbanisme — service aménagement"),
    ("p", "Stagiaire : M. Quentin Leroux, Université de Tours. Tuteur : M. Arnaud Gilet."),
    ("table", [
        ["Critère", "Appréciation"],
        ["Qualité du diagnostic foncier", "Insuffisante — données non vérifiées"],
        ["Autonomie", "Faible, relances fréquentes"],
        ["Ponctualité", "Plusieurs retards et une absence non justifiée"],
        ["Comportement", "Un incident avec une usagère lors de la permanence du 14 mai (propos "
                         "déplacés) ayant donné lieu à un rappel du cadre"],
    ]),
    ("p", "Note proposée : 9/20. Le tuteur ne recommande pas le stagiaire pour un contrat."),
]

DOCX_BLOCKS["s059_convention_hebergement_temporaire_nominative.docx"] = [
    ("title", "Convention d'occupation temporaire — logement d'urgence communal n° 2"),
    ("p", "Entre la commune de Marsac-sur-Isle, représentée par son maire, et Mme Marie-Laure Vincent "
          "et ses enfants Théo (8 ans) et Lina (4 ans)."),
    ("p", "Article 1 — Objet : la commune met à disposition le logement d'urgence situé 2 place de "
          "l'Église à titre précaire, du 1er février au 30 avril 2025, à la suite de l'expulsion "
          "locative exécutée le 29 janvier (jugement du tribunal de proximité de Périgueux)."),
    ("p", "Article 2 — Redevance : 50 € par mois, compte tenu des ressources de l'occupante (RSA "
          "majoré). Le CCAS assure un accompagnement budgétaire."),
    ("p", "Article 3 — L'occupante s'engage à poursuivre ses démarches de relogement (demande de "
          "logement social n° 024-25-0041, recours DALO déposé le 3 février)."),
]

DOCX_BLOCKS["s060_compte_rendu_reunion_long_enquete_bruit.docx"] = [
    ("title", "Plan de prévention du bruit dans l'environnement — Réunion du groupe de travail n° 3"),
    ("p", "Date : 12 février 2025. Lieu : hôtel de métropole, salle 4. Participants : direction de "
          "l'environnement (M. Bertrand Ollier), direction de la voirie, observatoire Acoucité, "
          "ARS, association Bruitparif, fédération des comités de quartier."),
    ("h", "1. Point sur les cartes de bruit"),
    ("p", "Les cartes de 4e échéance ont été publiées en décembre. La population exposée au-delà des "
          "valeurs limites routières a diminué de 6 % depuis 2017, principalement grâce à la "
          "généralisation des 30 km/h en centre-ville et au renouvellement des enrobés."),
    ("h", "2. Actions proposées"),
    ("p", "Revêtements phoniques sur 12 km de voies, écrans acoustiques le long de la rocade est, "
          "aide à l'isolation des façades pour 800 logements en point noir de bruit, campagne "
          "de contrôle des deux-roues motorisés bruyants avec radar sonore expérimental."),
    ("h", "3. Retours des comités de quartier"),
    ("p", "Les représentants des quartiers soulignent la gêne liée aux livraisons nocturnes des "
          "supermarchés et aux terrasses. Le comité du quartier Saint-Just demande une réunion "
          "spécifique sur la place des Minimes."),
    ("p", "Au titre de la place des Minimes, M. Ollier rappelle que la plainte collective a été "
          "instruite. Il précise en aparté, à la demande de l'ARS, que l'un des plaignants, M. Étienne "
          "Roussel, riverain du n° 3, a été reconnu en invalidité pour acouphènes invalidants et "
          "hyperacousie, et que son médecin a demandé un relogement ; le service habitat en est saisi."),
    ("h", "4. Calendrier"),
    ("p", "Projet de PPBE soumis au public de mai à juillet, adoption en conseil en octobre."),
]

# --- Public .docx ----------------------------------------------------------------------------

DOCX_BLOCKS["p121_deliberation_plh_2025_2030.docx"] = [
    ("title", "Délibération — Arrêt du projet de programme local de l'habitat 2025-2030"),
    ("p", "Rapporteur : M. Olivier Brunel, vice-président en charge de l'habitat."),
    ("p", "Le diagnostic met en évidence un vieillissement marqué de la population (les plus de 75 ans "
          "progresseront de 38 % d'ici 2035), une demande locative sociale en hausse, 2 300 logements "
          "potentiellement indignes et une vacance élevée dans les bourgs-centres."),
    ("table", [
        ["Orientation", "Objectif 2025-2030"],
        ["Production de logements", "2 400 dont 720 sociaux"],
        ["Logements adaptés seniors et handicap", "180"],
        ["Rénovation énergétique du parc privé", "1 100 logements accompagnés"],
        ["Hébergement et logement d'insertion", "2 pensions de famille, 30 logements d'urgence"],
        ["Gens du voyage", "6 terrains familiaux locatifs"],
    ]),
    ("p", "Le conseil communautaire arrête le projet de PLH à l'unanimité."),
]

DOCX_BLOCKS["p122_rapport_activite_service_habitat.docx"] = [
    ("title", "Rapport d'activité 2024 du service municipal de l'habitat"),
    ("h", "Accueil et information"),
    ("p", "2 460 personnes reçues au guichet (+7 %), 812 nouvelles demandes de logement social "
          "enregistrées, 5 210 appels traités."),
    ("h", "Lutte contre l'habitat indigne"),
    ("p", "184 plaintes instruites, 141 visites, 22 arrêtés (dont 9 de mise en sécurité). 8 situations "
          "d'incurie ont fait l'objet d'un suivi partenarial avec le CMP et le CCAS."),
    ("h", "Permis de louer"),
    ("p", "276 déclarations, 19 refus, 4 amendes administratives prononcées à l'encontre de bailleurs."),
    ("h", "Équipe"),
    ("p", "Le service compte 9 agents sous la direction de Mme Laurence Morvan. Il a accueilli deux "
          "apprentis et formé l'ensemble de l'équipe au repérage des violences intrafamiliales."),
]

DOCX_BLOCKS["p123_guide_renovation_energetique.docx"] = [
    ("title", "Rénover votre logement : le guide des aides 2025"),
    ("p", "Vous êtes propriétaire et vous souhaitez isoler votre maison, changer votre chauffage ou "
          "adapter votre logement à la perte d'autonomie ? Votre Espace Conseil France Rénov' vous "
          "accompagne gratuitement."),
    ("table", [
        ["Votre revenu fiscal (2 pers., hors IdF)", "Catégorie", "Taux MaPrimeRénov' rénovation d'ampleur"],
        ["jusqu'à 25 068 €", "Très modestes", "80 %"],
        ["jusqu'à 30 805 €", "Modestes", "60 %"],
        ["jusqu'à 43 852 €", "Intermédiaires", "45 %"],
        ["au-delà", "Supérieurs", "30 %"],
    ]),
    ("p", "Vous avez plus de 70 ans, ou plus de 60 ans avec une perte d'autonomie, ou vous êtes en "
          "situation de handicap ? MaPrimeAdapt' finance jusqu'à 70 % de vos travaux d'adaptation "
          "(douche de plain-pied, monte-escalier)."),
    ("p", "Attention aux démarchages abusifs : aucun organisme public ne vous appellera pour vous "
          "vendre des travaux."),
]

DOCX_BLOCKS["p124_cr_reunion_publique_icpe.docx"] = [
    ("title", "Commission de suivi de site — Entrepôt logistique classé SEVESO seuil bas"),
    ("p", "Réunion du 28 novembre 2024 sous la présidence de M. Xavier Delaunay, secrétaire général "
          "de la préfecture."),
    ("p", "L'exploitant, la société LogiNord, présente le bilan annuel : aucun accident, un départ de "
          "feu maîtrisé en mai, exercice POI réalisé en septembre avec le SDIS. L'inspection des "
          "installations classées a réalisé deux visites ; une non-conformité mineure a été levée."),
    ("p", "Les riverains interrogent sur l'information du public en cas d'alerte. La préfecture "
          "rappelle l'existence du plan particulier d'intervention et de la plaquette distribuée "
          "aux habitants, et annonce un exercice grandeur nature au printemps."),
]

DOCX_BLOCKS["p125_convention_partenariat_bailleurs_violences.docx"] = [
    ("title", "Convention partenariale pour le relogement des victimes de violences conjugales"),
    ("p", "Entre l'État, le Département, les bailleurs sociaux Habitat 64, Office 64 et Domofrance, "
          "et l'association Solidarité Femmes, il est convenu ce qui suit."),
    ("p", "Article 1 : chaque bailleur réserve chaque année au moins 10 logements aux victimes de "
          "violences orientées par l'association ou le SIAO."),
    ("p", "Article 2 : la situation de la personne est présentée en CALEOL de façon anonymisée."),
    ("p", "Article 3 : un bilan annuel chiffré est présenté au comité départemental de lutte contre "
          "les violences faites aux femmes."),
    ("p", "Signée le 25 novembre 2024 par le préfet, la présidente du Département et les directeurs "
          "généraux des bailleurs."),
]

DOCX_BLOCKS["p126_note_information_travaux_ponts.docx"] = [
    ("title", "Programme pluriannuel de surveillance et de réparation des ouvrages d'art 2025-2028"),
    ("p", "Le patrimoine communal compte 34 ponts et 12 murs de soutènement. L'inspection détaillée de "
          "2024 a classé 3 ouvrages en catégorie 3U (dégradations structurelles nécessitant une "
          "intervention urgente), dont la passerelle du moulin, fermée à la circulation depuis juin."),
    ("table", [
        ["Ouvrage", "Travaux", "Année", "Coût estimé"],
        ["Passerelle du moulin", "Remplacement du tablier", "2025", "420 000 €"],
        ["Pont de la Fontaine", "Reprise des appuis", "2026", "260 000 €"],
        ["Mur de la rue Haute", "Confortement", "2026", "180 000 €"],
    ]),
    ("p", "Subvention sollicitée au titre du programme national Ponts."),
]

DOCX_BLOCKS["p127_pv_commission_abattage_arbres.docx"] = [
    ("title", "Comité consultatif de l'arbre — avis du 5 mars 2025"),
    ("p", "Présidé par Mme Agathe Renaud, adjointe à la nature en ville, avec l'association Arbres & "
          "Paysages, l'ONF et le service des espaces verts."),
    ("p", "Dossier 1 : demande d'abattage de deux chênes par la société Promogim pour un programme de "
          "logements. Avis défavorable : le projet peut être adapté."),
    ("p", "Dossier 2 : demande d'une copropriété pour un cèdre penché. Diagnostic tomographique : "
          "cavité de 60 %. Avis favorable avec replantation de deux sujets."),
    ("p", "Dossier 3 : élagage des platanes du cours Foch : avis favorable hors période de nidification."),
]

DOCX_BLOCKS["p128_rapport_annuel_dechets.docx"] = [
    ("title", "Rapport annuel sur le prix et la qualité du service public de prévention et de gestion "
              "des déchets 2023"),
    ("p", "Population desservie : 86 400 habitants. Ordures ménagères résiduelles : 198 kg/hab "
          "(−4 %). Collecte sélective : 71 kg/hab. Déchèteries : 242 kg/hab."),
    ("p", "Coût aidé : 104 € HT par habitant. Taux de valorisation matière et organique : 52 %."),
    ("p", "Accidents du travail : 9 chez les agents de collecte (troubles musculo-squelettiques "
          "principalement). Un plan de prévention (bennes à chargement latéral) est engagé."),
]

DOCX_BLOCKS["p129_avis_favorable_pc_logements_sociaux.docx"] = [
    ("title", "Arrêté accordant un permis de construire — PC 069 123 24 00031"),
    ("p", "Le Maire de Villefranche-sur-Azergues, vu la demande présentée le 12 avril 2024 par la SA "
          "d'HLM Alliade Habitat, représentée par M. Thomas Girard, directeur de la maîtrise "
          "d'ouvrage, pour la construction d'une résidence de 42 logements locatifs sociaux dont "
          "8 logements inclusifs pour personnes en situation de handicap psychique, accompagnés par "
          "l'association L'Étape ;"),
    ("p", "ARRÊTE : Article 1 — Le permis de construire est accordé. Article 2 — Les prescriptions de "
          "l'avis du SDIS et de la commission d'accessibilité seront respectées."),
]

DOCX_BLOCKS["p130_bilan_campagne_mesure_qualite_air.docx"] = [
    ("title", "Campagne de mesure de la qualité de l'air aux abords des écoles — résultats"),
    ("p", "Réalisée par l'association agréée Atmo-Région de janvier à juin 2024 dans 12 écoles."),
    ("table", [
        ["Polluant", "Moyenne", "Valeur guide OMS", "Écoles en dépassement"],
        ["NO2", "24 µg/m³", "10 µg/m³", "12/12"],
        ["PM2,5", "9 µg/m³", "5 µg/m³", "11/12"],
        ["Benzène", "0,9 µg/m³", "—", "0"],
    ]),
    ("p", "Actions : rues scolaires piétonnes, végétalisation des cours, interdiction du stationnement "
          "moteur tournant."),
    ("p", "Les résultats détaillés par école sont présentés aux conseils d'école et aux parents "
          "d'élèves. Une seconde campagne, en hiver, permettra de mesurer l'effet du chauffage au bois "
          "sur les particules fines."),
]

DOCX_BLOCKS["p131_marche_public_attribution_avis.docx"] = [
    ("title", "Avis d'attribution — Marché de travaux de voirie 2024-VOI-07"),
    ("p", "Pouvoir adjudicateur : commune de Saint-Vallier-du-Rhône. Objet : réfection de la voirie rue "
          "Jean-Jaurès et place du Marché. Procédure adaptée."),
    ("p", "Lot 1 (terrassements, réseaux) : attribué à SARL Routes Guillermin, 286 400 € HT. "
          "Lot 2 (revêtements) : attribué à COLAVIE, 418 260 € HT. Nombre d'offres reçues : 3 par lot."),
    ("p", "Les candidats évincés peuvent obtenir les motifs du rejet de leur offre sur demande. "
          "Recours : tribunal administratif de Lyon."),
]

DOCX_BLOCKS["p132_charte_relogement_npnru.docx"] = [
    ("title", "Charte intercommunale de relogement — Nouveau programme de renouvellement urbain"),
    ("p", "Les signataires s'engagent à proposer à chaque ménage concerné par une démolition trois "
          "propositions de relogement adaptées à ses besoins, à ses ressources et, le cas échéant, à "
          "son état de santé ou à son handicap, sans augmentation du reste à charge."),
    ("p", "Une enquête sociale individuelle est réalisée par la MOUS ; ses résultats sont couverts par "
          "le secret professionnel et ne sont communiqués qu'aux membres de la commission de "
          "relogement."),
    ("p", "Un bilan annuel anonymisé est présenté au comité de pilotage et à l'association des "
          "locataires Confédération syndicale des familles (CSF)."),
]

DOCX_BLOCKS["p133_cr_conseil_citoyen_public.docx"] = [
    ("title", "Conseil citoyen des Hauts-de-Sèvre — Compte rendu de la séance plénière ouverte au public"),
    ("p", "45 habitants présents. Accueil par Mme Zohra Mekki, trésorière par intérim."),
    ("p", "Jardins partagés : ouverture au printemps, 14 familles inscrites."),
    ("p", "City-stade : vote pour le site de la rue Camus (31 voix sur 45)."),
    ("p", "Ascenseurs de la tour 7 : le bailleur annonce la remise en service sous 10 jours et un "
          "dédommagement des locataires. Le conseil citoyen remercie les bénévoles qui ont porté les "
          "courses des personnes âgées pendant la panne."),
]

DOCX_BLOCKS["p134_plaquette_aire_accueil_reglement.docx"] = [
    ("title", "Aire d'accueil des gens du voyage de la Prairie — Règlement intérieur (extraits)"),
    ("p", "Article 3 : l'accès est ouvert à toute famille voyageuse, dans la limite des places "
          "disponibles, après remise d'une pièce d'identité et versement d'une caution de 100 €."),
    ("p", "Article 5 : la durée de séjour est limitée à 3 mois, prolongeable pour raison de "
          "scolarisation des enfants, d'hospitalisation ou de formation professionnelle."),
    ("p", "Article 9 : les fluides sont facturés au réel (eau 4 €/m³, électricité 0,22 €/kWh)."),
    ("p", "Article 12 : une fermeture annuelle pour entretien a lieu en août."),
]

DOCX_BLOCKS["p135_communique_pollution_riviere.docx"] = [
    ("title", "Communiqué — Pollution de la Vézère : point de situation"),
    ("p", "Une pollution aux hydrocarbures a été détectée le 4 juin sur la Vézère en aval de la zone "
          "industrielle. La baignade et la pêche sont interdites par arrêté préfectoral jusqu'à "
          "nouvel ordre. L'origine est identifiée : une cuve d'une entreprise de transport. L'OFB a "
          "dressé procès-verbal à l'encontre de la société. Les prélèvements d'eau potable ne sont "
          "pas affectés. Le maire, M. Jean-Louis Bastide, remercie les pompiers et les agents du "
          "syndicat de rivière pour la pose rapide des barrages flottants."),
]

# --- Sovereign .html -------------------------------------------------------------------------

HTML_PAGES["s061_extranet_dossier_demandeur.html"] = ("Extranet bailleur — dossier demandeur", """
<h1>Dossier demandeur n° 0331224007715</h1>
<table>
<tr><th>Nom</th><td>HOARAU Jean-Philippe</td></tr>
<tr><th>Situation</th><td>Sortant de prison (centre de détention de Mont-de-Marsan, libéré le 12/09/2024)</td></tr>
<tr><th>Ressources</th><td>RSA 607 €</td></tr>
<tr><th>Accompagnement</th><td>SPIP des Landes — suivi socio-judiciaire 5 ans</td></tr>
<tr><th>Hébergement actuel</th><td>CHRS L'Escale</td></tr>
</table>
<p>Commentaire conseiller : condamnation pour trafic de stupéfiants ; ne pas proposer dans la résidence Les Arènes (réseau connu). Privilégier un T1 en diffus.</p>
<p>Historique : demande enregistrée le 30/09/2024. Pièces manquantes : avis d'imposition 2023. Prochaine étape : passage en commission de coordination de novembre, en lien avec la conseillère pénitentiaire d'insertion et de probation qui souhaite un logement stable avant la fin de la mesure d'hébergement.</p>
""")

HTML_PAGES["s062_forum_interne_agents_plainte.html"] = ("Intranet — fil de discussion service propreté", """
<h1>Fil : incident tournée secteur 4</h1>
<div class="msg"><p><b>K. Benali (chef d'équipe), 08:02</b> — Hier, un usager a porté plainte contre Nicolas (ripeur, tournée 4) pour coups : il l'aurait poussé contre sa voiture après une altercation pour un bac mal placé. La police a convoqué Nicolas Lebrun mardi.</p></div>
<div class="msg"><p><b>S. Morel (RH), 08:40</b> — Merci. Je mets Nicolas en suspension à titre conservatoire le temps de l'enquête administrative. Rien sur le groupe WhatsApp de l'équipe svp.</p></div>
<div class="msg"><p><b>K. Benali, 09:15</b> — Compris. Pour info il était déjà sous le coup d'un blâme en 2023.</p></div>
""")

HTML_PAGES["s063_formulaire_signalement_bailleur_prive.html"] = ("Formulaire en ligne — signaler un logement indécent", """
<h1>Signalement n° 2024-08812</h1>
<form>
<p><label>Votre nom :</label> Fatoumata Keïta</p>
<p><label>Adresse du logement :</label> 19 rue Saint-Éloi, apt 3</p>
<p><label>Nombre d'occupants :</label> 6</p>
<p><label>Décrivez le problème :</label> Humidité partout, mon fils de 6 ans a fait trois crises d'asthme ce mois-ci et l'hôpital dit que c'est la moisissure. Le propriétaire dit que si je me plains il dira à la préfecture que je n'ai pas de papiers, mon titre de séjour est expiré depuis avril et le renouvellement n'est pas encore arrivé. J'ai peur.</p>
<p><label>Souhaitez-vous être rappelée ?</label> Oui</p>
</form>
""")

HTML_PAGES["s064_tableau_suivi_peril_occupants.html"] = ("Tableau de suivi — immeubles sous arrêté", """
<h1>Suivi des arrêtés de mise en sécurité — mise à jour janvier 2025</h1>
<table>
<tr><th>Adresse</th><th>Propriétaire</th><th>Travaux</th><th>Hébergement occupants</th></tr>
<tr><td>12 rue des Cordeliers</td><td>SCI Les Remparts</td><td>purge effectuée</td><td>immeuble vide</td></tr>
<tr><td>4 place du Marché</td><td>M. Henri Faure</td><td>non réalisés</td><td>M. Faure lui-même occupant, 84 ans, atteint de la maladie de Parkinson ; refuse l'hébergement proposé</td></tr>
<tr><td>27 rue Neuve</td><td>syndicat de copropriété</td><td>en cours</td><td>famille Ramos hébergée en hôtel (3 enfants) ; Mme Ramos suivie pour dépression post-partum</td></tr>
</table>
<p>Prochain point : réunion du pôle habitat indigne le 12 février avec l'ARS et le CCAS.</p>
""")

HTML_PAGES["s065_note_renseignement_aire_illicite.html"] = ("Note — stationnement illicite", """
<h1>Note à l'attention de M. le sous-préfet — diffusion restreinte</h1>
<p>Installation illicite de 60 caravanes sur le terrain de sport de Lamothe depuis le 2 juin. Le groupe est conduit par M. Joseph Winterstein, pasteur de la mission évangélique Vie et Lumière.</p>
<p>Selon les renseignements de la gendarmerie, deux membres du groupe (identifiés : Tony et Kevin Winterstein) font l'objet de mandats de recherche pour des cambriolages commis en Gironde.</p>
<p>Proposition : mise en demeure de quitter les lieux sous 24 h et opération de contrôle coordonnée.</p>
""")

HTML_PAGES["s066_message_conseiller_maprimerenov.html"] = ("Messagerie sécurisée — France Rénov'", """
<h1>Conversation — dossier MPR-2024-558120</h1>
<p><b>Usager (M. Thierry Blondel) :</b> Bonjour, je n'ai pas pu envoyer l'avis d'imposition car je suis en pleine séparation, ma femme a gardé les papiers et le juge n'a pas encore statué sur la maison. On est mariés sous la séparation de biens mais la maison est en indivision. Est-ce que je peux déposer seul ?</p>
<p><b>Conseillère (Mme Aude Rivière) :</b> Bonjour Monsieur, en cas d'indivision, l'accord de l'autre indivisaire est nécessaire pour les travaux. Vu votre situation de divorce en cours, je vous conseille d'attendre la décision du juge aux affaires familiales ou d'obtenir un accord écrit de votre épouse.</p>
""")

HTML_PAGES["s067_cr_visite_logement_foyer_jeunes.html"] = ("Compte rendu de visite — FJT", """
<h1>Foyer de jeunes travailleurs Les Glycines — visite de contrôle</h1>
<p>Visite du 3 avril 2025 par l'inspecteur de salubrité. Conformité générale satisfaisante ; détecteurs de fumée présents ; une fuite sous évier chambre 14.</p>
<p>Chambre 22 : l'occupant, Yassine A., 19 ans, ancien mineur confié à l'ASE en contrat jeune majeur, nous a indiqué que son éducateur passe deux fois par semaine. La chambre présente des traces de scarifications récentes sur les avant-bras du jeune, que la directrice a signalées à l'équipe mobile de pédopsychiatrie.</p>
<p>Suite : courrier au gestionnaire pour la fuite.</p>
""")

HTML_PAGES["s068_courriel_prestataire_codes_chantier.html"] = ("Courriel — accès chantier station d'épuration", """
<h1>Objet : accès site STEP des Hauts — lot électricité</h1>
<p>Bonjour,</p>
<p>Pour votre intervention de lundi : portail code <b>2580A</b>, armoire de commande du poste de relevage PR3 clé triangle, et accès VPN à l'automate avec l'identifiant <b>prest_elec</b> / mot de passe <b>Step2025!Hauts</b>. Merci de ne pas diffuser ces informations et de les détruire après l'intervention.</p>
<p>Cordialement,<br>Service exploitation assainissement</p>
<p>PS : l'alarme du local technique se désarme avec le badge n° 7 laissé au gardien ; en cas de déclenchement, rappeler l'astreinte au numéro habituel avant toute intervention.</p>
""")

HTML_PAGES["s069_page_intranet_liste_arrets_maladie.html"] = ("Intranet DST — planning des absences", """
<h1>Planning des absences — services techniques — février</h1>
<table>
<tr><th>Agent</th><th>Service</th><th>Période</th><th>Motif</th></tr>
<tr><td>D. Ferreira</td><td>Voirie</td><td>3–28/02</td><td>CLM — suite opération cardiaque</td></tr>
<tr><td>M. Saïdi</td><td>Espaces verts</td><td>10–14/02</td><td>congé annuel</td></tr>
<tr><td>L. Girard</td><td>Bâtiments</td><td>depuis 15/01</td><td>congé maternité</td></tr>
<tr><td>P. Lefort</td><td>Propreté</td><td>17/02–…</td><td>AT — lombalgie</td></tr>
</table>
<p>Rappel aux chefs d'équipe : ce planning sert à organiser les remplacements et les tournées d'astreinte. Pour la voirie, l'intérim de D. Ferreira est assuré par l'équipe secteur ouest jusqu'à la fin du mois ; la reprise à temps partiel thérapeutique est envisagée en mars selon l'avis du conseil médical. Merci de mettre à jour vos colonnes avant le vendredi midi.</p>
""")

HTML_PAGES["s070_article_presse_reproduit_intranet.html"] = ("Revue de presse — urbanisme", """
<h1>Revue de presse du 12 mars — reproduction intégrale (abonnement de la mairie)</h1>
<h2>« Le quartier de la Gare, laboratoire de la ville de demain »</h2>
<p class="source">par Élodie Fournier, La Dépêche du Val — 12 mars 2025 — tous droits réservés</p>
<p>Il y a dix ans, personne ne s'aventurait le soir derrière la gare. Les entrepôts ferroviaires tombaient en ruine, les pigeons avaient colonisé la halle Eiffel et les riverains parlaient de « no man's land ». Aujourd'hui, des grues dessinent la silhouette du futur quartier, qui doit accueillir 1 200 logements, un groupe scolaire et un parc de quatre hectares.</p>
<p>« Nous avons voulu faire la ville sur la ville », explique l'urbaniste en chef du projet, rencontrée dans sa baraque de chantier. Les sols, pollués par un siècle d'activité ferroviaire, ont été traités sur place par phytoremédiation, une première à cette échelle dans la région. Les anciens rails ont été conservés comme motif paysager.</p>
<p>Mais tout le monde n'est pas convaincu. Au café du Terminus, les habitués s'inquiètent de la hausse des loyers. « On va nous pousser dehors », redoute un retraité. Le promoteur promet 30 % de logements sociaux et 20 % en accession aidée.</p>
<p>Reste la question des transports : la ligne de bus cadencée promise pour 2026 n'est toujours pas financée. Réponse attendue au prochain conseil communautaire.</p>
""")

HTML_PAGES["s071_compte_rendu_cil_attributions_extrait.html"] = ("Conférence intercommunale du logement — cotation", """
<h1>Commission de coordination — examen des situations bloquées</h1>
<p>Situation 1 — Mme A. B., 52 ans, demandeuse depuis 2019, logée dans un T1 de 18 m² avec son fils majeur handicapé (trisomie 21, ESAT). Cotation 112 points. Trois refus de sa part pour des logements en étage sans ascenseur. Proposition : logement PMR à Cenon.</p>
<p>Situation 2 — M. C. Durand, résidence Les Pins appartement 41, seul locataire de l'immeuble sous mesure d'accompagnement renforcé (schizophrénie stabilisée, suivi CMP Bastide). Le bailleur demande une mutation suite aux plaintes du voisinage.</p>
<p>Situation 3 — famille E. (5 personnes), sortant de CADA, statut de réfugiés obtenu en décembre ; besoin d'un T4.</p>
""")

HTML_PAGES["s072_mail_chain_riverain_chantier.html"] = ("Fil de courriels — chantier rue Pasteur", """
<h1>RE: RE: bruit chantier rue Pasteur</h1>
<blockquote><p><b>De :</b> Caroline Deschamps<br>Je sais que le chantier est nécessaire mais je travaille de nuit à l'hôpital et je dors le jour ; surtout, je suis en FIV, mon gynécologue m'a demandé d'éviter tout stress pendant les deux semaines qui viennent. Serait-il possible de décaler les travaux de marteau-piqueur devant le n° 18 ?</p></blockquote>
<p><b>De :</b> conducteur de travaux<br>Madame, nous allons réorganiser le phasage et traiter la section devant le n° 18 en fin de chantier, après le 20 mai.</p>
<p><b>De :</b> service voirie<br>Merci, nous confirmons à Mme Deschamps.</p>
""")

HTML_PAGES["s073_fiche_agent_habilitation_icpe.html"] = ("Fiche agent — habilitations", """
<h1>Fiche individuelle — inspecteur des installations classées</h1>
<table>
<tr><th>Nom</th><td>Laurent Mercadier</td></tr>
<tr><th>Grade</th><td>Ingénieur de l'industrie et des mines</td></tr>
<tr><th>Habilitation</th><td>Suspendue depuis le 2 septembre 2024</td></tr>
<tr><th>Motif</th><td>Enquête administrative et disciplinaire ouverte suite à un signalement de conflit d'intérêts (liens familiaux avec l'exploitant d'un site inspecté) ; saisine de la CAP prévue</td></tr>
</table>
<p>Conséquences pratiques : les dossiers du secteur de la vallée de l'Isle suivis par M. Mercadier sont réaffectés à Mme Nadège Costa jusqu'à nouvel ordre. L'agent reste en poste sur des missions d'appui documentaire et n'effectue aucune inspection. Ne pas communiquer ces éléments aux exploitants.</p>
""")

HTML_PAGES["s074_pv_assemblee_generale_copro_impayes.html"] = ("PV d'assemblée générale — résidence du Lac", """
<h1>Procès-verbal de l'assemblée générale ordinaire du 18 juin 2024</h1>
<p>Résolution 4 — Approbation des comptes : adoptée.</p>
<p>Résolution 5 — Travaux de ravalement (devis de 318 000 €) : adoptée à la majorité de l'article 25.</p>
<p>Résolution 9 — Autorisation donnée au syndic d'engager une procédure de saisie immobilière à l'encontre de M. Didier Lagarde (lot 23), débiteur de 21 450 € de charges. Le conseil syndical précise que M. Lagarde, au chômage de longue durée et en instance de divorce, n'a pas répondu à la proposition d'échéancier. Adoptée.</p>
<p>Résolution 10 — Installation de bornes de recharge : adoptée.</p>
""")

HTML_PAGES["s075_page_suivi_dossier_expulsion_prefecture.html"] = ("Suivi CFP — bureau du logement", """
<h1>Demande de concours de la force publique n° 2025-0087</h1>
<p>Bailleur : SA HLM Le Foyer Rémois. Occupant : Mme Gabrielle Huet, 63 ans, 8 rue des Capucins.</p>
<p>Enquête de police : Mme Huet vit seule, déclare une reconnaissance MDPH (taux 50 à 79 %) pour un trouble bipolaire ; dette locative 4 980 €. Elle indique avoir été hospitalisée en HDT au printemps.</p>
<p>Proposition du bureau : report de l'octroi du concours et saisine de la CCAPEX ; contact avec le CMP.</p>
""")

# --- Public .html ----------------------------------------------------------------------------

HTML_PAGES["p136_page_web_demande_logement.html"] = ("Demander un logement social", """
<h1>Demander un logement social</h1>
<p>Vous pouvez faire votre demande en ligne sur le portail national ou au guichet du service habitat. Vous recevrez un numéro unique valable un an, à renouveler chaque année.</p>
<h2>Qui est prioritaire ?</h2>
<ul><li>les personnes en situation de handicap ou leurs familles ;</li><li>les personnes mal logées ou hébergées ;</li><li>les personnes victimes de violences au sein du couple ;</li><li>les personnes sortant d'un appartement de coordination thérapeutique ;</li><li>les personnes menacées d'expulsion sans relogement.</li></ul>
<p>Votre dossier est examiné par la commission d'attribution du bailleur, dans le respect de la confidentialité.</p>
""")

HTML_PAGES["p137_actualite_inauguration_residence_seniors.html"] = ("Actualités — inauguration", """
<h1>La résidence autonomie Les Capucines fête ses 20 ans</h1>
<p>Résidents, familles, personnel et élus étaient réunis samedi pour les vingt ans de la résidence. Mme Pascale Viard, directrice, a rappelé que l'établissement accueille 64 personnes âgées autonomes et propose des ateliers de prévention des chutes, de mémoire et de gymnastique douce.</p>
<p>Doyenne de la résidence, Mme Marcelle Audibert, 98 ans, a soufflé les bougies du gâteau sous les applaudissements. La chorale des Capucines a interprété des chansons de Brassens.</p>
""")

HTML_PAGES["p138_faq_arbre_voisin.html"] = ("FAQ — arbres et haies", """
<h1>Arbres, haies et voisinage : vos questions</h1>
<h2>À quelle distance de la limite puis-je planter ?</h2>
<p>À 2 mètres pour une plantation de plus de 2 mètres de haut, à 50 cm pour une plantation plus basse (article 671 du code civil).</p>
<h2>Les branches de mon voisin dépassent chez moi : puis-je les couper ?</h2>
<p>Non, vous pouvez exiger qu'il les coupe. En revanche, vous pouvez couper vous-même les racines.</p>
<h2>Ai-je besoin d'une autorisation pour abattre un arbre ?</h2>
<p>Oui si l'arbre est classé en espace boisé classé ou identifié comme élément de paysage au PLU.</p>
""")

HTML_PAGES["p139_communique_bilan_pollution_sols.html"] = ("Communiqué — ancien site industriel", """
<h1>Ancienne usine Métaux-Ouest : résultats des analyses de sols</h1>
<p>La préfecture et l'ARS rendent publics les résultats de la campagne de prélèvements réalisée dans 46 jardins potagers riverains de l'ancienne fonderie. Des teneurs en plomb supérieures au seuil de vigilance ont été mesurées dans 9 jardins. Par précaution, il est recommandé de ne pas consommer les légumes-racines de ces jardins et de laver soigneusement les mains des jeunes enfants après le jeu en extérieur.</p>
<p>Une campagne gratuite de dépistage du saturnisme est proposée aux familles avec enfants de moins de 6 ans et aux femmes enceintes du quartier. Les résultats individuels sont transmis uniquement aux personnes concernées et à leur médecin.</p>
""")

HTML_PAGES["p140_page_service_eau_tarifs_sociaux.html"] = ("Tarification sociale de l'eau", """
<h1>Tarification sociale de l'eau</h1>
<p>Depuis 2024, le syndicat applique une tarification sociale : les abonnés bénéficiaires de la complémentaire santé solidaire ou du chèque énergie reçoivent automatiquement une aide de 60 € par an sur leur facture d'eau, sans démarche. Les informations sont transmises par la CAF et la CPAM dans le cadre d'une convention de confidentialité.</p>
<p>En 2024, 2 184 foyers ont bénéficié de l'aide, pour un montant total de 131 040 €.</p>
<p>Pour toute question, contactez le service clientèle.</p>
""")

HTML_PAGES["p141_agenda_conseil_municipal.html"] = ("Ordre du jour du conseil municipal", """
<h1>Conseil municipal du 27 mars 2025 — ordre du jour</h1>
<ol>
<li>Vote du budget primitif 2025</li>
<li>Garantie d'emprunt à Habitat 76 pour 18 logements PLAI adaptés aux personnes handicapées</li>
<li>Cession d'une parcelle à l'association Emmaüs pour un lieu de vie</li>
<li>Convention avec la Ligue contre le cancer pour des espaces sans tabac aux abords des écoles</li>
<li>Dénomination de la future place « Simone-Veil »</li>
<li>Arrêté de circulation : zone de rencontre rue des Halles</li>
</ol>
<p>La séance est publique et retransmise en direct sur le site de la ville.</p>
""")

HTML_PAGES["p142_fiche_projet_reseau_chaleur.html"] = ("Projet — réseau de chaleur", """
<h1>Réseau de chaleur biomasse des Coteaux</h1>
<p>Le réseau alimentera dès 2026 l'hôpital, deux collèges, la piscine et 1 400 logements sociaux, avec 85 % d'énergie renouvelable. Coût : 24 M€, dont 9 M€ du fonds chaleur de l'ADEME. Exploitant : société Énergie Verte Coteaux (délégation de service public).</p>
<p>Prix de la chaleur estimé pour les locataires : −12 % par rapport au gaz.</p>
<p>La chaufferie, implantée sur l'ancienne friche de la scierie, utilisera des plaquettes forestières issues de forêts gérées durablement dans un rayon de 80 km. Les travaux de pose des 9 km de canalisations perturberont la circulation par tronçons ; un calendrier détaillé est disponible en mairie.</p>
""")

HTML_PAGES["p143_actualite_nouveau_commerce.html"] = ("Actualités — commerce", """
<h1>Une nouvelle quincaillerie dans le centre-bourg</h1>
<p>Grâce au dispositif de rachat de locaux vacants, M. Olivier Tran et sa sœur Mai ont ouvert « La Clé des Champs », quincaillerie et droguerie, 14 Grand'Rue. Les deux entrepreneurs, originaires de la commune, ont bénéficié d'un loyer progressif et de l'aide régionale au commerce de proximité.</p>
<p>Ouverture du mardi au samedi, 9 h – 19 h.</p>
<p>Outillage, visserie, articles de jardin, produits d'entretien écologiques et service de reproduction de clés : la boutique veut répondre aux besoins du quotidien sans obliger les habitants à prendre la voiture. Un atelier de réparation participatif sera proposé un samedi par mois.</p>
""")

HTML_PAGES["p144_resultats_consultation_mobilite.html"] = ("Résultats de consultation", """
<h1>Consultation « Plan vélo » : les résultats</h1>
<p>2 714 personnes ont répondu. 68 % jugent les pistes cyclables insuffisantes ; 54 % utiliseraient davantage le vélo avec des stationnements sécurisés ; les personnes âgées et les personnes en situation de handicap demandent des trottoirs libérés des vélos et trottinettes.</p>
<p>Prochaine étape : présentation du plan en conseil communautaire en juin.</p>
<p>Les répondants habitent majoritairement la ville-centre (61 %), mais les communes périurbaines sont bien représentées. Les principaux freins cités sont l'insécurité routière aux carrefours, le manque de continuité des itinéraires et le vol de vélos. Une carte interactive des propositions est en ligne.</p>
""")

HTML_PAGES["p145_page_enquete_publique_registre.html"] = ("Registre dématérialisé — enquête PLU", """
<h1>Enquête publique sur la révision du PLU de Beauchamp-sur-Avre</h1>
<p>L'enquête est close. 87 observations ont été déposées. Le rapport et les conclusions de M. Philippe Delorme, commissaire enquêteur, sont consultables ci-dessous.</p>
<p>Extraits d'observations publiées : « Il faut protéger les haies du chemin des Prés » ; « Demande de maintien en zone U de la parcelle AB 112 » ; « Favorable au projet d'écoquartier, mais attention aux stationnements ».</p>
<p>Le conseil municipal se prononcera sur l'approbation du PLU en septembre.</p>
""")

HTML_PAGES["p146_communique_syndicat_cgt_collecte.html"] = ("Communiqué intersyndical", """
<h1>Accord sur la pénibilité des agents de collecte</h1>
<p>La direction de la communauté urbaine et les organisations syndicales CGT, FO et CFDT ont signé le 12 février un protocole d'accord portant sur la réduction de la pénibilité des métiers de la collecte : fin du « fini-parti », acquisition de 20 bennes à bras latéral, création d'un parcours de reconversion et prime de 90 € mensuels. Les organisations signataires saluent « une avancée obtenue par le dialogue ».</p>
""")

HTML_PAGES["p147_page_habitat_indigne_signaler.html"] = ("Signaler un logement indigne", """
<h1>Votre logement est insalubre ou dangereux ?</h1>
<p>Humidité, moisissures, installation électrique dangereuse, absence de chauffage : vous avez le droit de vivre dans un logement décent. Signalez votre situation sur la plateforme Histologe ou au service habitat. Un agent viendra visiter votre logement gratuitement.</p>
<p>Vous êtes locataire et avez peur des représailles de votre propriétaire ? La loi vous protège : il ne peut pas vous donner congé pour ce motif. Si la CAF conserve votre allocation logement, vous ne payez que la part restante du loyer.</p>
""")

HTML_PAGES["p148_rapport_commission_consultative_voyageurs.html"] = ("Commission consultative départementale", """
<h1>Commission consultative départementale des gens du voyage — séance du 14 octobre 2024</h1>
<p>Présidée conjointement par le préfet et le président du Département. Bilan du schéma : 11 aires permanentes sur 13 prescrites, 2 aires de grand passage. Le représentant de l'Association sociale nationale et internationale tzigane (ASNIT) demande l'amélioration de l'accès à la domiciliation et à la scolarisation. Le Département présente le programme de médiation santé (2 médiatrices).</p>
<p>La commission a également émis un avis favorable au projet de terrains familiaux de la communauté de communes du Val d'Adour.</p>
""")

HTML_PAGES["p149_page_tri_biodechets.html"] = ("Tri des biodéchets", """
<h1>Depuis le 1er janvier, triez vos biodéchets !</h1>
<p>Épluchures, restes de repas, marc de café : déposez-les dans le bioseau puis dans les bornes brunes de votre quartier. Les bornes sont accessibles aux personnes à mobilité réduite. Les personnes âgées ou malades ne pouvant se déplacer peuvent demander un composteur individuel gratuit.</p>
<p>Le bioseau de 10 litres et un rouleau de sacs kraft sont distribués gratuitement en mairie et lors des permanences de quartier. Les biodéchets collectés sont transformés en compost et en biogaz à l'unité de méthanisation intercommunale. En un an, chaque foyer peut ainsi réduire d'un tiers le poids de sa poubelle grise.</p>
""")

HTML_PAGES["p150_actualite_chantier_insertion.html"] = ("Actualités — insertion", """
<h1>Un chantier d'insertion restaure le lavoir communal</h1>
<p>Depuis septembre, huit salariés en parcours d'insertion de l'association Tremplin Patrimoine restaurent le lavoir du XIXe siècle, encadrés par un compagnon tailleur de pierre. Le chantier, financé par l'État, le Département et la Fondation du patrimoine, s'achèvera en juin. Le public pourra le découvrir lors des Journées européennes du patrimoine.</p>
<p>Pour les salariés, le chantier est l'occasion d'apprendre les gestes de la taille de pierre, de la maçonnerie à la chaux et de la couverture en tuiles plates. Trois d'entre eux préparent un titre professionnel. Le maire a salué « un chantier qui redonne vie au patrimoine et des perspectives à ceux qui y travaillent ».</p>
""")

if __name__ == "__main__":
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
