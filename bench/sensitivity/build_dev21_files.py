"""Build the .docx and .html documents of the hand-written sensitivity set ``dev21``.

Theme: what is said without being named — sovereign documents whose sensitive fact about a person is
implicit (euphemisms, telling places and institutions, medications without the disease, conditional
wording, rumours, trade abbreviations, negations, long ordinary documents with one telling sentence or
cell), and public documents that use the same places, institutions, medications and words without a
fact about a person. 150 documents, 75 sovereign (s001-s075) and 75 public (p076-p150); the .txt files
are written by hand in ``corpus/dev21``, this script writes the .docx and .html ones with stable bytes.

Run: PYTHONPATH=<worktree>/include <worktree>/.venv/bin/python bench/sensitivity/build_dev21_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev21"
FIXED = dt.datetime(2026, 3, 3, 9, 0, 0)
DOCX = {}
HTML = {}

# ---------------------------------------------------------------- sovereign .docx

DOCX["s046_cr_cellule_veille_educative.docx"] = [
    ("title", "Cellule de veille éducative — Programme de réussite éducative de Creil"),
    ("p", "Réunion restreinte du 22 janvier 2026 — relevé des situations (document de travail, ne pas joindre aux dossiers scolaires)"),
    ("p", "Présents : coordinatrice PRE, CPE du collège Jules-Michelet, assistante sociale de secteur (MDS), référente éducative PRE, infirmière scolaire."),
    ("table", [
        ["Élève", "Établissement", "Éléments partagés", "Suite"],
        ["Kenza A. (5e)", "Collège J.-Michelet", "Absences lundi/vendredi. Mère seule, vient d'être relogée par le 115 en hôtel à Nogent.", "Référente PRE : lien avec l'hôtel, carte de transport"],
        ["Dorian L. (CM2)", "École Gournay", "IP transmise en décembre (suite propos de l'enfant). AED en cours d'évaluation par la MDS.", "Attendre retour CRIP ; pas de démarche de l'école auprès des parents"],
        ["Ilyes B. (4e)", "Collège J.-Michelet", "Frère aîné incarcéré depuis octobre ; Ilyes dit « aller au parloir le samedi ». Décrochage net depuis.", "Entretien CPE + proposition atelier PRE"],
        ["Sarah et Noé P. (CE1, CP)", "École Gournay", "Suivi AEMO terminé en juin. Famille ne répond plus aux convocations.", "AS de secteur : visite à domicile"],
    ]),
    ("p", "Rappel : les informations échangées en cellule relèvent du secret partagé et ne sont pas reportées dans les outils de l'établissement."),
]

DOCX["s047_tableau_astreinte_codes_alarme.docx"] = [
    ("title", "Services techniques — Astreinte bâtiments, semaine 9 (23 février – 1er mars 2026)"),
    ("p", "Agent d'astreinte : Ludovic Sanchez — 06 71 .. .. 42. Suppléant : Mickaël Barbe."),
    ("table", [
        ["Bâtiment", "Accès", "Alarme", "Remarques"],
        ["Mairie (place Carnot)", "Porte de service cour arrière, clé n° 3 du trousseau rouge", "Centrale près de l'escalier : 4 7 1 9 puis OFF", "Armoire des clés des véhicules dans le bureau du DST"],
        ["Gymnase Coubertin", "Badge astreinte", "Même code que la mairie, + touche #", "Porte issue de secours nord qui ferme mal"],
        ["École Jean-Zay", "Portail : cadenas à code 0 8 0 5", "Code de la directrice (demander), sinon le nôtre : 2 2 6 0", "Ne pas désarmer la zone 4 (logement de fonction)"],
        ["Centre technique", "Clé sous le compteur d'eau, boîte grise", "1 9 8 4 (l'année de l'inauguration)", "Chien du gardien de la déchetterie voisine"],
    ]),
    ("p", "Télésurveillance : Sécuritas, n° client 44-2031, mot de passe téléphonique « GIRONDE »."),
    ("p", "Ce tableau ne quitte pas la mallette d'astreinte."),
]

DOCX["s048_offre_fournisseur_remises_confidentielles.docx"] = [
    ("title", "Matériaux Sud-Ouest SAS — Proposition commerciale n° 2026-0118"),
    ("p", "À l'attention de M. le Directeur des services techniques — Commune de Mont-de-Marsan"),
    ("p", "Monsieur le Directeur,"),
    ("p", "Comme convenu lors de notre rendez-vous, vous trouverez ci-dessous les conditions que nous sommes en mesure de vous consentir pour 2026. Elles tiennent compte de notre coût de revient, que nous avons exceptionnellement détaillé pour justifier notre position ; nous vous remercions de ne pas communiquer ce document aux autres fournisseurs consultés ni de le joindre aux pièces publiées du marché."),
    ("table", [
        ["Article", "Prix catalogue HT", "Prix de revient SO", "Prix proposé HT", "Marge"],
        ["Enrobé à froid, sac 25 kg", "14,90 €", "7,85 €", "9,40 €", "16,5 %"],
        ["Bordure T2 béton, ml", "11,20 €", "6,10 €", "7,30 €", "16,4 %"],
        ["Grave 0/31,5, tonne", "22,00 €", "13,40 €", "15,90 €", "15,7 %"],
        ["Regard PVC 400, unité", "96,00 €", "51,70 €", "62,00 €", "16,6 %"],
    ]),
    ("p", "Ces prix reposent sur un accord d'approvisionnement avec la carrière de Roquefort dont les termes ne sont connus que de nos deux sociétés. Ils sont valables jusqu'au 31 décembre 2026."),
    ("p", "Thomas Dupouy, directeur commercial"),
]

DOCX["s049_compte_rendu_comite_pilotage_long_expulsion.docx"] = [
    ("title", "Opération programmée d'amélioration de l'habitat — centre ancien de Montélimar"),
    ("p", "Comité de pilotage n° 7 — 20 janvier 2026, 14 h 30, salle des commissions de l'hôtel de ville"),
    ("p", "Présents : M. Franck Reynaud, adjoint à l'urbanisme et à l'habitat, président ; Mme Céline Aubert, direction départementale des territoires (délégation locale de l'Anah) ; M. Patrick Gleize, Montélimar Agglomération ; Mme Hélène Vidal, opérateur de suivi-animation (Soliha Drôme) ; M. Mathieu Roche, architecte des Bâtiments de France ; Mme Zohra Belkacem, service communal d'hygiène et de santé ; M. Romain Faure, caisse d'allocations familiales ; Mme Anne-Marie Charrier, ADIL 26."),
    ("h", "1. Rappel des objectifs"),
    ("p", "L'OPAH du centre ancien a été engagée en janvier 2023 pour cinq ans. Elle vise la réhabilitation de 180 logements, dont 110 logements de propriétaires occupants modestes et 70 logements locatifs conventionnés, ainsi que le traitement de 12 immeubles dégradés prioritaires. L'enveloppe prévisionnelle des aides s'élève à 6,8 millions d'euros, dont 4,9 millions de l'Anah, 1,2 million de la commune et 0,7 million de l'agglomération."),
    ("h", "2. Bilan à trois ans"),
    ("p", "Mme Vidal présente le bilan au 31 décembre 2025. L'équipe d'animation a reçu 412 contacts et réalisé 236 visites. 121 dossiers ont été déposés, dont 98 agréés : 64 pour des propriétaires occupants (rénovation énergétique pour l'essentiel, adaptation au vieillissement pour 17 d'entre eux) et 34 pour des propriétaires bailleurs, représentant 52 logements locatifs. Le gain énergétique moyen après travaux atteint 47 %. Le montant des travaux générés s'élève à 8,3 millions d'euros, réalisés à 81 % par des entreprises du département."),
    ("p", "L'objectif relatif aux propriétaires bailleurs reste en retrait : les loyers plafonnés du conventionnement social sont jugés peu attractifs au regard du marché local. Mme Charrier rappelle que le dispositif Loc'Avantages permet une réduction d'impôt pouvant atteindre 65 % des loyers en intermédiation locative, argument encore mal connu des propriétaires."),
    ("p", "M. Faure souligne que le délai moyen entre le dépôt du dossier et le versement du solde des aides a été ramené de neuf à six mois grâce à la dématérialisation. Les entreprises locales restent toutefois difficiles à mobiliser pour les petits chantiers, en particulier en menuiserie et en couverture ; la chambre de métiers sera associée à la prochaine réunion d'information destinée aux artisans."),
    ("h", "3. Immeubles dégradés prioritaires"),
    ("p", "Le tableau ci-dessous fait le point sur les immeubles suivis au titre de la lutte contre l'habitat indigne. Les mesures de police sont conduites par le maire, au titre du code de la construction et de l'habitation, avec l'appui du service communal d'hygiène et de santé."),
    ("table", [
        ["Adresse", "Situation", "Procédure", "Prochaine étape"],
        ["12 rue Pierre-Julien", "Immeuble vacant, toiture effondrée partiellement", "Arrêté de mise en sécurité (sept. 2025)", "Travaux d'office si carence au 31/03"],
        ["3 place du Marché", "4 logements occupés, humidité, installation électrique dangereuse", "Arrêté d'insalubrité remédiable (nov. 2025)", "Relogement temporaire de deux ménages par le propriétaire"],
        ["27 rue Cuiraterie", "Propriétaire en indivision bloquée", "Médiation notariale en cours", "Réunion des indivisaires en février"],
        ["8 rue des Quatre-Alliances", "Logement du 2e : locataire, M. Ferhat Amrouche, en procédure d'expulsion pour impayés (commandement de quitter délivré en décembre, dette de 6 300 €) ; le propriétaire conditionne les travaux au départ du locataire", "Aucune mesure de police à ce stade", "Orientation CCAS / FSL ; point avec l'huissier avant toute programmation"],
        ["15 rue Saint-Gaucher", "Travaux achevés", "Mainlevée de l'arrêté (déc. 2025)", "Clôture du suivi"],
    ]),
    ("p", "M. Roche signale que les travaux de toiture du 12 rue Pierre-Julien devront respecter le cahier de prescriptions du site patrimonial remarquable (tuiles canal de réemploi, génoises à conserver). La commune a provisionné 180 000 euros pour d'éventuels travaux d'office."),
    ("h", "4. Communication et repérage"),
    ("p", "Une nouvelle campagne d'information sera menée au printemps : permanence hebdomadaire de l'opérateur à la maison de l'habitat le mardi matin, article dans le magazine municipal, réunion d'information avec l'association des commerçants sur la réhabilitation des étages au-dessus des boutiques, souvent vacants. La CAF rappelle que ses agents peuvent signaler les situations de non-décence repérées lors des contrôles et qu'elle peut conserver l'allocation logement jusqu'à la réalisation des travaux."),
    ("p", "Mme Belkacem propose d'organiser, avec l'agence régionale de santé, une action de sensibilisation au risque d'intoxication au monoxyde de carbone, quatre signalements ayant été enregistrés dans le périmètre en 2025."),
    ("h", "5. Perspectives et avenant"),
    ("p", "Le comité valide le principe d'un avenant à la convention d'OPAH visant à redéployer 300 000 euros de l'enveloppe propriétaires bailleurs vers les propriétaires occupants, dont la demande dépasse les prévisions, et à créer une prime communale de 3 000 euros pour la remise sur le marché des logements vacants depuis plus de deux ans. L'avenant sera présenté au conseil municipal de mars et au conseil communautaire d'avril."),
    ("p", "M. Gleize indique que l'agglomération étudie, pour la période suivante, une opération de restauration immobilière sur les îlots les plus dégradés. Une étude pré-opérationnelle pourrait être lancée en 2027."),
    ("h", "6. Calendrier"),
    ("p", "Prochain comité technique : 17 mars 2026. Prochain comité de pilotage : 23 juin 2026. La séance est levée à 16 h 50."),
    ("p", "Compte rendu établi par Soliha Drôme, validé par le président du comité."),
]

DOCX["s050_rapport_visite_maison_arret_securite.docx"] = [
    ("p", "DIFFUSION RESTREINTE"),
    ("title", "Rapport de visite de sûreté — Centre pénitentiaire de Liancourt"),
    ("p", "Rédigé par le référent sûreté de la direction interrégionale des services pénitentiaires de Lille, à l'attention du chef d'établissement — visite du 14 janvier 2026."),
    ("h", "Constats"),
    ("table", [
        ["Zone", "Constat", "Niveau"],
        ["Mur d'enceinte, face nord (côté parking visiteurs)", "Caméras C-14 et C-15 hors service depuis le 2 janvier ; angle mort d'environ 40 m entre le mirador 2 et la porte logistique", "Critique"],
        ["Porte d'entrée principale", "Sas piéton : la seconde porte peut être ouverte manuellement avant la fermeture complète de la première (défaut d'interverrouillage)", "Élevé"],
        ["Glacis bâtiment B", "Filet anti-projections déchiré sur 6 m au-dessus de la cour de promenade 3 ; projections constatées le week-end", "Élevé"],
        ["Poste central d'information", "Relève de 6 h 45 : un seul agent pendant 15 minutes", "Moyen"],
    ]),
    ("h", "Préconisations"),
    ("p", "Remise en service des caméras sous 72 heures et, dans l'intervalle, ronde pédestre supplémentaire toutes les heures sur la face nord ; réparation de l'interverrouillage du sas ; remplacement du filet avant le 1er février ; chevauchement de la relève du PCI."),
    ("p", "Ce rapport ne doit pas être communiqué en dehors de l'administration pénitentiaire."),
]

DOCX["s051_note_synthese_etude_payante_copiee.docx"] = [
    ("title", "Note au bureau municipal — attractivité commerciale du centre-ville"),
    ("p", "Pour préparer la réunion du 12 février, je reproduis ci-dessous les chapitres 3 et 4 de l'étude « Commerce de centre-ville dans les villes moyennes du Grand Ouest — édition 2025 » du cabinet Cibles & Stratégies, acquise par la chambre de commerce pour ses adhérents (licence mono-utilisateur) et que M. le président de la CCI m'a prêtée pour lecture."),
    ("h", "Chapitre 3 — Les ressorts de la fréquentation (reproduction intégrale)"),
    ("p", "« Notre enquête auprès de 4 200 consommateurs de 38 villes moyennes montre que la décision de se rendre en centre-ville repose d'abord sur la combinaison d'une offre alimentaire de qualité et d'un stationnement perçu comme simple, bien davantage que sur le prix du stationnement lui-même. Les villes qui ont instauré une gratuité générale n'obtiennent pas de meilleurs résultats que celles qui ont opté pour une première demi-heure gratuite couplée à une signalétique dynamique. Le facteur le plus discriminant reste le taux de vacance visible : au-delà de 12 % de cellules vides sur l'axe principal, la fréquentation décroche de 18 à 25 % en trois ans. »"),
    ("p", "« Nous recommandons de traiter la vacance par une combinaison d'outils : droit de préemption commercial ciblé, foncière de redynamisation, boutiques à l'essai et, surtout, pilotage par un manager de commerce doté d'un budget d'animation propre. Notre modèle prédictif, fondé sur les séries 2012-2024, indique qu'un euro d'animation génère en moyenne 4,30 euros de chiffre d'affaires supplémentaire pour les commerçants de l'hypercentre. »"),
    ("h", "Chapitre 4 — Typologie des villes et trajectoires (reproduction intégrale)"),
    ("p", "« Nous distinguons quatre profils : les villes-préfectures résilientes, les villes industrielles en reconversion, les villes touristiques saisonnières et les villes périurbaines sous influence. Pour chacune, la matrice ci-après croise les leviers et leur efficacité mesurée… » [suivent les 14 pages de tableaux, scannées en annexe]."),
    ("p", "Merci de ne pas faire circuler cette note au-delà du bureau."),
    ("p", "Guillaume Perrot, directeur du développement économique — Ville de Laval"),
]

DOCX["s052_fiche_liaison_ehpad_traitement.docx"] = [
    ("title", "Fiche de liaison EHPAD → service des urgences"),
    ("p", "EHPAD municipal Les Glycines — 12 rue du Docteur-Roux, 63300 Thiers"),
    ("table", [
        ["Résident", "Mme Raymonde Chassaing, née le 02/11/1936, chambre 14"],
        ["Médecin traitant", "Dr Olivier Rouchon"],
        ["Personne de confiance", "M. Gérard Chassaing (fils), 06 .. .. .. 37"],
        ["Motif du transfert", "Chute dans la salle de bains le 08/02 à 6 h 40, douleur de la hanche droite"],
    ]),
    ("h", "Traitement en cours"),
    ("table", [
        ["Médicament", "Posologie"],
        ["Donépézil 10 mg", "1 le soir"],
        ["Rivastigmine patch 9,5 mg", "arrêté le 15/12"],
        ["Lévothyroxine 75 µg", "1 le matin à jeun"],
        ["Apixaban 2,5 mg", "1 matin et soir"],
        ["Quétiapine 25 mg", "1/2 au coucher si agitation"],
    ]),
    ("h", "Informations utiles"),
    ("p", "Désorientée dans le temps, ne reconnaît plus toujours son fils. Peut déambuler la nuit ; ne pas la laisser seule sur un brancard. Se calme quand on lui parle de son jardin."),
    ("p", "Infirmière rédactrice : Mme Stéphanie Fayolle, le 08/02/2026 à 7 h 05."),
]

DOCX["s053_memoire_technique_savoir_faire.docx"] = [
    ("title", "Mémoire technique — Annexe 4 : procédé de régénération des sols sportifs synthétiques"),
    ("p", "Candidat : Sols Sport Concept SARL (Angers) — marché n° 2026-07 de la Ville de Cholet, lot 2"),
    ("p", "Cette annexe décrit un procédé mis au point par notre bureau d'études depuis 2019 et qui n'a fait l'objet d'aucune publication ni d'aucun dépôt de brevet, afin d'en préserver le secret. Nous demandons au pouvoir adjudicateur de la retirer de toute communication ultérieure du dossier, y compris en cas de demande d'accès aux documents administratifs."),
    ("h", "Étapes du procédé"),
    ("p", "1. Décompactage du remplissage par passes croisées à 35° avec la herse à dents flexibles de notre conception (dents en acier ressort de 6 mm, espacement 22 mm), vitesse limitée à 4 km/h."),
    ("p", "2. Aspiration sélective des fines au-dessous de 0,4 mm par un tamis vibrant embarqué, avec réinjection du granulat conforme."),
    ("p", "3. Apport d'un liant polyuréthane monocomposant dilué à 7 % dans notre solvant de formulation maison (composition : voir pli fermé remis au service juridique), pulvérisé à 80 g/m², qui restaure l'élasticité des fibres sans les rigidifier."),
    ("p", "4. Brossage et contrôle au Berlin Artificial Athlete : nous garantissons un amortissement de 60 à 65 % contre 55 % exigé par la norme."),
    ("h", "Coût interne"),
    ("table", [
        ["Poste", "Coût par m²"],
        ["Main-d'œuvre (2 techniciens)", "0,62 €"],
        ["Liant et solvant", "0,48 €"],
        ["Amortissement matériel", "0,21 €"],
        ["Total prix de revient", "1,31 € (prix remis : 2,05 €)"],
    ]),
]

DOCX["s054_registre_main_courante_pm.docx"] = [
    ("title", "Police municipale de Saint-Priest — Main courante, nuit du 31 janvier au 1er février 2026"),
    ("table", [
        ["Heure", "Lieu", "Faits", "Suite"],
        ["22 h 10", "Parc du Château", "Contrôle d'un groupe de 5 jeunes. Parmi eux, Bilel K., 17 ans, connu de nos services (affaire des vols de scooters, déféré en novembre).", "Rappel à la loi verbal, parents prévenus"],
        ["23 h 35", "Av. Jean-Jaurès", "Tapage au 48, 3e étage. Dispute de couple, voix d'enfant. M. Grégory Pasquier a reconnu avoir « un peu bu » ; Madame refuse de déposer plainte.", "Info transmise au commissariat (violences intrafamiliales ?)"],
        ["01 h 20", "Rue Aristide-Briand", "Véhicule stationné feux allumés.", "Propriétaire avisé"],
        ["02 h 50", "Gare", "Homme endormi dans l'abri. Identifié : M. Jean-Luc Ferrand, déjà sous contrôle judiciaire (interdiction de paraître à Saint-Priest selon la PN).", "PN avisée, prise en charge 03 h 15"],
    ]),
    ("p", "Chef de patrouille : brigadier Amandine Roussel."),
]

DOCX["s055_registre_domiciliation_ccas.docx"] = [
    ("title", "CCAS de Grenoble — Domiciliation des personnes sans domicile stable"),
    ("p", "Nouvelles élections de domicile — janvier 2026 (extrait du registre, usage du service)"),
    ("table", [
        ["N°", "Nom, prénom", "Né(e) le", "Situation déclarée", "Orientation"],
        ["2026-011", "MAMADOU Oumar", "12/03/2001", "Procédure DA en cours, convocation OFPRA le 18/03 ; sans hébergement depuis fin des CMA", "SPADA, accueil de jour Point d'eau"],
        ["2026-012", "GHEORGHE Ionela", "05/07/1989", "Ressortissante UE, sans ressources, vit en squat avec 2 enfants", "Service social polyvalent"],
        ["2026-013", "BENSALEM Nadir", "27/10/1972", "Sortie de détention le 09/01, aucune adresse", "SPIP + SIAO"],
        ["2026-014", "OKAFOR Blessing", "14/02/1995", "Débouté(e) de l'asile, OQTF notifiée en décembre, recours au TA", "Permanence juridique Cimade"],
    ]),
    ("p", "Les attestations sont valables un an. Le courrier est retiré au guichet sur présentation d'une pièce d'identité."),
]

DOCX["s056_note_service_diffusion_restreinte_plan.docx"] = [
    ("p", "NPD — Usage strictement interne"),
    ("title", "Note de service — Visite du ministre de l'Intérieur, vendredi 13 mars 2026"),
    ("p", "Destinataires : chef de la police municipale, DST, cabinet. Ne pas transférer."),
    ("h", "Itinéraire"),
    ("p", "Arrivée par hélicoptère à 10 h 05 sur le terrain de rugby du stade Marcel-Michelin (pas par l'aéroport, contrairement à ce qui sera annoncé à la presse). Convoi par la rue de l'Oradou, le boulevard Lafayette et la rue Blatin jusqu'à l'entrée arrière de la préfecture, porte de la rue d'Assas."),
    ("h", "Dispositif"),
    ("p", "Neutralisation du stationnement rue Blatin à partir de 6 h. Les agents municipaux seront positionnés aux carrefours Lafayette / Oradou et Blatin / Assas. Le repli en cas d'incident se fait vers la caserne de gendarmerie de la rue Fontgiève ; le point de regroupement médical est installé dans le gymnase Gauthier."),
    ("p", "Fréquence radio dédiée : canal 7 du réseau municipal. Mot de passe de la journée communiqué le matin même."),
]

DOCX["s057_tableau_suivi_agents_absences.docx"] = [
    ("title", "DRH — Tableau de suivi des absences longues, pôle enfance (mise à jour 01/02/2026)"),
    ("p", "Diffusé à la directrice du pôle enfance et à la gestionnaire remplacements."),
    ("table", [
        ["Agent", "Poste", "Position", "Depuis", "Échéance / observations"],
        ["Mme Françoise Delmas", "ATSEM, école Les Cèdres", "CLM", "09/2025", "Renouvellement examiné par le conseil médical en mars"],
        ["M. Yacine Hamidi", "Animateur, ALSH Voltaire", "MTT 50 %", "01/2026", "Reprise progressive après CLD ; éviter les séjours"],
        ["Mme Aurore Blanc", "Auxiliaire de puériculture, crèche Les Lutins", "Congé maternité puis congé parental", "11/2025", "Retour prévu 09/2026"],
        ["Mme Patricia Moreau", "Agente d'entretien, école Michelet", "CITIS", "10/2025", "Expertise demandée (TMS épaule)"],
        ["M. Franck Leroy", "Cuisinier, restaurant scolaire central", "CMO", "12/2025", "Prolongé jusqu'au 28/02"],
    ]),
    ("p", "Rappel : ce tableau ne mentionne aucun diagnostic ; il ne doit pas être affiché ni transmis aux directeurs d'école."),
]

DOCX["s058_rapport_mjie_synthese.docx"] = [
    ("title", "Mesure judiciaire d'investigation éducative — rapport de synthèse"),
    ("p", "Service territorial éducatif de milieu ouvert de Lens — PJJ"),
    ("p", "Destinataire : Mme la juge des enfants, tribunal judiciaire de Béthune — dossier n° 25/00412"),
    ("p", "Mineurs concernés : Lenny (9 ans) et Jordan (12 ans) DUBOIS-MARTEL. Parents : Mme Jessica Dubois, M. Kévin Martel, séparés depuis 2023."),
    ("h", "Éléments recueillis"),
    ("p", "Les enfants vivent chez leur mère à Liévin. Le père exerce un droit de visite irrégulier ; les passages de bras donnent lieu à des altercations, dont celle du 3 novembre devant l'école qui a motivé la saisine. Jordan dit « ne plus vouloir aller chez papa quand il y a sa copine ». Mme Dubois reconnaît des difficultés à poser des limites à Jordan, déscolarisé partiellement depuis la 6e. Lenny est décrit comme un enfant souriant, en retrait, qui protège sa mère."),
    ("p", "Le logement est correct. La mère bénéficie du RSA majoré jusqu'à fin 2025 puis d'un contrat aidé. Le père n'a pas répondu à deux convocations sur trois."),
    ("h", "Proposition"),
    ("p", "Si la situation ne s'améliore pas, une mesure d'assistance éducative en milieu ouvert serait nécessaire ; à ce stade, l'équipe propose une AEMO d'un an centrée sur la scolarité de Jordan et la médiation des rencontres père-enfants en lieu neutre."),
    ("p", "L'éducatrice, Mme Samia Khelifi — La psychologue, Mme Laure Vasseur — Le responsable d'unité, M. Bruno Dhainaut"),
]

DOCX["s059_pv_commission_aides_sociales.docx"] = [
    ("title", "Centre communal d'action sociale de Vitrolles — Commission des secours"),
    ("p", "Séance du 3 février 2026 — procès-verbal (document réservé aux membres)"),
    ("table", [
        ["Dossier", "Foyer", "Demande", "Éléments", "Décision"],
        ["26-031", "Mme Hélène Guichard, 68 ans", "Aide énergie", "Pension de réversion seule, 790 € ; va aux Restos le mardi", "450 € versés au fournisseur"],
        ["26-032", "M. Sofiane Brahimi", "Avance loyer", "Intérimaire sans mission depuis décembre, préavis d'expulsion évoqué par le bailleur", "Orientation FSL + 300 €"],
        ["26-033", "Famille Lopez (5 pers.)", "Cantine", "Quotient familial 312 ; dette cantine 280 €", "Prise en charge de la dette"],
        ["26-034", "Mme Clara Petrucci", "Frais d'obsèques", "Décès de son conjoint, aucune épargne", "Ajourné — vérifier contrat obsèques"],
    ]),
    ("p", "La présidente rappelle l'obligation de discrétion des membres."),
]

DOCX["s060_revue_presse_article_reproduit.docx"] = [
    ("title", "Revue de presse interne — service communication, Ville d'Albi"),
    ("p", "Mardi 10 février 2026 — Un seul article ce matin, reproduit ci-dessous dans son intégralité pour ceux qui n'ont pas accès à l'abonnement."),
    ("h", "La Dépêche du Midi, édition du Tarn, 10 février 2026, page 4 — « Albi : la halle du Castelviel, un chantier qui divise »"),
    ("p", "« Il suffit de traverser la place un mardi matin pour mesurer l'ampleur du chantier. Derrière les palissades bleues, les ouvriers de l'entreprise Fabre s'activent sur la charpente métallique de la future halle du Castelviel, dont la livraison, initialement prévue pour l'automne, a été repoussée au printemps 2027. Un retard que la municipalité attribue aux fouilles archéologiques préventives, qui ont mis au jour des vestiges médiévaux inattendus. »"),
    ("p", "« Chez les commerçants du quartier, l'agacement monte. “On nous avait promis dix-huit mois de travaux, on en est à vingt-six”, soupire le gérant de la boulangerie de la rue Timbal. Dans son bureau de l'hôtel de ville, l'adjoint aux travaux défend un projet “structurant” : “Une halle ouverte six jours sur sept, des producteurs locaux, un lieu de vie au pied de la cathédrale. Ce sera la fierté des Albigeois.” L'opposition, elle, pointe un coût passé de 4,2 à 5,9 millions d'euros et réclame un audit. »"),
    ("p", "« Reste l'essentiel, selon les riverains : la circulation. Le plan provisoire, qui renvoie les livraisons vers la rue de la Grand-Côte, est jugé “invivable” par les habitants, qui ont lancé une pétition forte de 800 signatures. La mairie promet une réunion publique d'ici la fin du mois. » — Article de Jean-Paul Sirven. © La Dépêche du Midi."),
]

# ---------------------------------------------------------------- sovereign .html

HTML["s061_intranet_cagnotte_collegue.html"] = ("Intranet — Coin des collègues", """
<header><p>Intranet de la Ville de Villejuif — rubrique « Coin des collègues »</p></header>
<article>
<h1>Une pensée pour Sandrine</h1>
<p>Publié le 4 février 2026 par l'amicale du personnel</p>
<p>Beaucoup d'entre vous connaissent Sandrine Auclair, du service des finances. Son mari, Philippe, est hospitalisé depuis janvier à Gustave-Roussy, juste à côté de chez nous, et Sandrine passe toutes ses soirées à son chevet après le travail. Elle ne le dit pas, mais ces semaines sont très dures pour eux.</p>
<p>L'amicale ouvre une cagnotte pour leur offrir des repas livrés et quelques séances de ménage à domicile jusqu'au printemps. Vous pouvez déposer votre participation auprès de Karine (bureau 214) ou en ligne.</p>
<p>Merci de ne pas la solliciter au bureau à ce sujet : elle préfère que le travail reste un endroit « normal ».</p>
<p><a href="#">Participer à la cagnotte</a></p>
</article>
""")

HTML["s062_forum_agents_rumeur_conversion.html"] = ("Forum interne — Vie des services", """
<h1>Forum interne — Vie des services</h1>
<h2>Sujet : ambiance au garage municipal</h2>
<div class="post"><p><b>tonio_garage</b> — 27/01/2026 12:14</p>
<p>Je sais pas si c'est le bon endroit mais il faut en parler. Depuis la rentrée, Mathieu (l'ancien chef d'atelier) a changé du tout au tout. Paraît qu'il s'est converti cet été, il porte la barbe, il ne serre plus la main à Cindy ni à Laure, il file le vendredi midi et il a demandé à décaler sa pause pour « faire ses prières ». Les collègues chuchotent, ça crée une drôle d'ambiance.</p></div>
<div class="post"><p><b>modératrice_RH</b> — 27/01/2026 13:02</p>
<p>Bonjour, ce message ne respecte pas la charte du forum : on ne parle pas ici de la vie privée ni des convictions d'un collègue nommé. Le sujet est verrouillé. Si une situation pose problème dans le service, adressez-vous à votre encadrant ou à la référente laïcité.</p></div>
""")

HTML["s063_mail_codes_acces_salle_serveurs.html"] = ("Message — accès salle serveurs", """
<p style="color:#a00"><b>[Usage interne]</b></p>
<table>
<tr><td>De :</td><td>Benoît Carré, DSI — Communauté d'agglomération Porte de l'Isère</td></tr>
<tr><td>À :</td><td>prestataire.maintenance@infogerance-alpes.fr</td></tr>
<tr><td>Objet :</td><td>intervention baie de stockage samedi 14/02</td></tr>
</table>
<p>Bonjour Yannick,</p>
<p>Pour samedi, personne de chez nous sur place, donc voici de quoi entrer seul :</p>
<ul>
<li>porte du personnel, côté parking, code 5827B (le même que l'an dernier, on ne l'a jamais changé) ;</li>
<li>alarme : désactivation au boîtier à gauche, code 3092 dans les 30 secondes ;</li>
<li>salle serveurs au sous-sol : la clé est dans la boîte à clés à code derrière l'extincteur, combinaison 0-4-1-1 ;</li>
<li>console d'administration de la baie : compte <code>admin_capi</code>, mot de passe envoyé par SMS.</li>
</ul>
<p>Pense à réarmer en partant, la télésurveillance appelle le DGS sinon.</p>
<p>Benoît</p>
""")

HTML["s064_lettre_interne_agents_longue.html"] = ("La Lettre des agents — février 2026", """
<h1>La Lettre des agents — n° 58, février 2026</h1>
<p><i>Lettre d'information interne de la Ville de Rueil-Malmaison, destinée aux agents municipaux</i></p>

<h2>Le mot de la directrice générale des services</h2>
<p>Chères et chers collègues, ce début d'année a été particulièrement chargé pour nos services : préparation budgétaire, déploiement du nouveau logiciel de gestion des demandes des usagers, organisation du recensement de la population et, bien sûr, l'épisode de crue de la Seine qui a mobilisé les équipes techniques pendant près d'une semaine. Je tiens à remercier chacune et chacun pour son engagement. Les projets ne manquent pas pour 2026 : ouverture de la médiathèque des Mazurières, rénovation du centre de loisirs des Godardes, généralisation du télétravail à deux jours par semaine pour les postes éligibles. Je vous souhaite une bonne lecture de cette lettre.</p>

<h2>Ressources humaines : ce qui change au 1er janvier</h2>
<p>Plusieurs évolutions réglementaires et locales sont entrées en vigueur au début de l'année. La participation de l'employeur à la protection sociale complémentaire santé est désormais de 20 euros par mois pour tous les agents adhérant au contrat collectif, quel que soit leur statut. Le montant des titres-restaurant passe à 9 euros, avec une prise en charge de 60 % par la ville. Les campagnes d'entretiens professionnels se dérouleront du 2 mars au 30 avril ; les encadrants recevront leur guide d'entretien début février et une formation d'une demi-journée est proposée aux nouveaux managers.</p>
<p>Le plan de formation 2026 met l'accent sur trois thématiques : l'accueil des publics en situation de tension, la prévention des troubles musculosquelettiques et les usages du numérique. Les inscriptions se font en ligne sur le portail RH jusqu'au 15 mars.</p>

<h2>Bienvenue aux nouveaux arrivants</h2>
<p>Nous souhaitons la bienvenue à Camille Rousseau, juriste à la direction des affaires juridiques ; à Moussa Sylla, agent de propreté urbaine ; à Léna Marchand, bibliothécaire jeunesse ; à Grégoire Da Costa, technicien informatique ; à Inès Haddad, auxiliaire de puériculture à la crèche des Bons-Raisins ; et à Valentin Perret, policier municipal.</p>

<h2>Ils et elles partent</h2>
<p>Après vingt-huit ans au service des espaces verts, Jean-Claude Morin a pris sa retraite le 31 janvier ; son dernier chantier, le réaménagement du square de la Paix, fait l'unanimité. Martine Lefèvre, secrétaire au service des sports depuis 1996, nous quitte également pour une retraite bien méritée. Bonne route à toutes les deux… pardon, à tous les deux !</p>

<h2>En bref dans les services</h2>
<p><b>Sports</b> — Le gymnase Michelet rouvre après six mois de travaux : nouveau sol sportif, vestiaires accessibles, éclairage LED. Toute l'équipe des sports souhaite un prompt rétablissement à Karim Benyahia, éducateur des activités physiques, qui poursuit sa rééducation à l'hôpital Raymond-Poincaré de Garches depuis son accident de moto de novembre et qui ne reviendra pas avant l'été ; ses collègues lui ont fait parvenir un maillot signé par les jeunes de l'école multisports.</p>
<p><b>Culture</b> — Le conservatoire prépare son festival de printemps du 4 au 12 avril ; les agents bénéficient d'entrées gratuites sur présentation de leur badge.</p>
<p><b>Éducation</b> — Les inscriptions scolaires pour la rentrée 2026 sont ouvertes ; le service éducation recrute des animateurs vacataires pour les vacances de printemps.</p>
<p><b>Environnement</b> — La collecte des biodéchets s'étend à trois nouveaux quartiers. Des bioseaux sont disponibles pour les agents qui souhaitent composter à domicile.</p>

<h2>Dossier : le recensement 2026</h2>
<p>Du 15 janvier au 21 février, vingt-deux agents recenseurs parcourent la ville pour recenser un échantillon de 8 % des logements. Le recensement détermine la population officielle de la commune, qui conditionne le montant de la dotation de l'État, le nombre d'élus au conseil municipal et de nombreuses politiques publiques. Les réponses sont confidentielles et transmises uniquement à l'Insee. Si des habitants vous interrogent, rappelez-leur qu'ils peuvent répondre en ligne avec les codes déposés par l'agent recenseur.</p>

<h2>Santé et sécurité au travail</h2>
<p>La campagne de vaccination contre la grippe a permis de vacciner 214 agents. Le service de médecine préventive rappelle que les visites d'information et de prévention peuvent être demandées à tout moment par l'agent. Une nouvelle session de formation aux gestes qui sauvent aura lieu le 19 mars ; douze places sont disponibles. Les défibrillateurs des bâtiments municipaux ont tous été contrôlés en janvier.</p>

<h2>L'amicale du personnel</h2>
<p>L'amicale organise une sortie au Futuroscope le samedi 23 mai (participation de 25 euros par adulte et 15 euros par enfant) et propose des billets à tarif réduit pour le Salon de l'agriculture. L'assemblée générale se tiendra le 12 mars à 12 h 15 en salle des mariages ; un buffet suivra.</p>

<h2>Agenda</h2>
<ul>
<li>5 mars : conseil municipal</li>
<li>12 mars : assemblée générale de l'amicale</li>
<li>19 mars : formation aux gestes qui sauvent</li>
<li>4 au 12 avril : festival de printemps du conservatoire</li>
</ul>
<p>La Lettre des agents est réalisée par la direction de la communication interne. Vos idées d'articles sont les bienvenues : lettre.agents@mairie-rueilmalmaison.fr</p>
""")

HTML["s065_mail_prestataire_decomposition_prix.html"] = ("Message — renégociation transport scolaire", """
<table>
<tr><td>De :</td><td>Frédéric Lamarque, directeur d'agence — Autocars Lamarque &amp; Fils</td></tr>
<tr><td>À :</td><td>Service des transports, Département des Landes</td></tr>
<tr><td>Objet :</td><td>Ligne scolaire 412 — notre position pour l'avenant</td></tr>
</table>
<p>Madame,</p>
<p>Pour que vous compreniez pourquoi nous ne pouvons pas descendre sous 318 euros par jour de circulation, je vous donne, entre nous, la décomposition qui nous sert en interne. Je vous demande de ne pas la verser au dossier de l'avenant et encore moins de la montrer à la Régie départementale, qui répond aux mêmes lots que nous.</p>
<table border="1">
<tr><th>Poste</th><th>Par jour</th></tr>
<tr><td>Conducteur (coût chargé, 5 h 40 de service)</td><td>139,20 €</td></tr>
<tr><td>Gazole (212 km à 34 l/100)</td><td>72,10 €</td></tr>
<tr><td>Amortissement autocar 59 places (acheté 2021, 8 ans)</td><td>48,30 €</td></tr>
<tr><td>Entretien, pneus, assurance</td><td>31,60 €</td></tr>
<tr><td>Frais de structure</td><td>12,80 €</td></tr>
<tr><td><b>Coût complet</b></td><td><b>304,00 €</b></td></tr>
</table>
<p>Notre marge sur cette ligne est donc de 4,4 %, la plus faible de nos onze lignes départementales. Notre remise à la concurrence du gazole, négociée avec notre fournisseur à 1,12 € le litre, n'est garantie que jusqu'en juin.</p>
<p>Bien à vous,<br>F. Lamarque</p>
""")

HTML["s066_extranet_liste_beneficiaires_colis.html"] = ("Extranet partenaires — distribution du 12 février", """
<h1>Épicerie solidaire du Val d'Argent — liste de distribution</h1>
<p>Jeudi 12 février 2026 — créneau 14 h – 17 h — bénévoles : Monique, Gérard, Aïcha</p>
<table border="1">
<tr><th>Heure</th><th>Foyer</th><th>Pers.</th><th>Orienté par</th><th>Remarque</th></tr>
<tr><td>14 h 00</td><td>DIALLO Mariama</td><td>4</td><td>CCAS</td><td>Couches taille 3</td></tr>
<tr><td>14 h 15</td><td>SCHNEIDER Bernard</td><td>1</td><td>Assistante sociale MDS</td><td>Sans frigo — pas de frais</td></tr>
<tr><td>14 h 30</td><td>MOREL Karine</td><td>3</td><td>CCAS</td><td>Dernière distribution (fin des droits le 28/02)</td></tr>
<tr><td>14 h 45</td><td>RAKOTO Hery et Mialy</td><td>2</td><td>Secours catholique</td><td>Régime sans sel</td></tr>
<tr><td>15 h 00</td><td>FERNANDES José</td><td>1</td><td>Accueil de jour</td><td>Dort en voiture, pas de cuisson</td></tr>
</table>
<p>Participation : 10 % du prix des produits. Merci de cocher la présence et de ne pas laisser la liste sur la table d'accueil.</p>
""")

HTML["s067_mail_transfert_article_abonne.html"] = ("TR: article du Monde sur notre plan vélo", """
<p><b>De :</b> Cabinet du maire — Ville de Grenoble<br>
<b>À :</b> élus de la majorité (liste de diffusion)<br>
<b>Objet :</b> TR: article du Monde sur notre plan vélo (réservé aux abonnés)</p>
<p>Chers collègues, l'article étant réservé aux abonnés, je vous le colle en entier ci-dessous pour vos interviews de demain.</p>
<blockquote>
<h2>À Grenoble, le vélo gagne du terrain mais la métropole se divise</h2>
<p>Par notre correspondante à Grenoble — Le Monde, 8 février 2026</p>
<p>Sur le cours Jean-Jaurès, à l'heure de pointe, les cyclistes sont désormais plus nombreux que les automobilistes. La ville a franchi en 2025 le seuil symbolique de 20 % des déplacements domicile-travail réalisés à vélo, un record pour une agglomération française de cette taille. Pourtant, derrière les chiffres, la fracture entre la ville-centre et les communes périurbaines ne cesse de s'élargir.</p>
<p>« Nous ne sommes pas contre le vélo, nous sommes contre le fait qu'on nous l'impose sans alternative », résume le maire d'une commune du Grésivaudan, qui a voté contre le nouveau plan de circulation. Ses administrés, qui travaillent pour beaucoup dans les zones d'activités du nord de l'agglomération, mettent parfois une heure et demie pour rejoindre leur poste depuis la fermeture de deux voies de l'A480 aux heures de pointe.</p>
<p>À l'hôtel de ville, on assume. « La transition ne se fera pas sans contrainte, mais elle se fera avec un bus toutes les six minutes et des parkings relais gratuits », répond l'adjoint aux mobilités. Reste une inconnue de taille : le financement du prolongement de la ligne E du tramway, dont le coût a été réévalué à 310 millions d'euros et que l'État n'a toujours pas inscrit dans le contrat de plan.</p>
<p>Les associations d'usagers, elles, réclament surtout des stationnements sécurisés : les vols de vélos ont augmenté de 17 % en un an, selon les chiffres de la préfecture…</p>
</blockquote>
<p>© Le Monde — reproduction interdite.</p>
""")

HTML["s068_mail_dr_enquete_administrative.html"] = ("[DR] enquête administrative — service population", """
<p><b>Objet :</b> [DR] enquête administrative — service population<br>
<b>De :</b> Direction générale des services, Ville de Bayonne<br>
<b>À :</b> Mme la directrice des ressources humaines ; M. le directeur de la population</p>
<p>Bonjour,</p>
<p>Suite aux signalements de trois usagers et à l'écart de caisse constaté à la régie de l'état civil (412 € sur décembre), le maire a décidé l'ouverture d'une enquête administrative visant Mme Maïté Irigoyen, régisseuse titulaire. Elle sera entendue le 19 février avec son défenseur si elle le souhaite ; dans l'attente, elle est affectée au back-office des élections, sans maniement de fonds.</p>
<p>Merci de ne rien communiquer au service au-delà de « réorganisation temporaire de la régie ». Le rapport d'enquête déterminera s'il y a lieu d'engager une procédure disciplinaire.</p>
<p>Le DGS</p>
""")

HTML["s069_formulaire_ecole_observations_enfant.html"] = ("Formulaire — observations à transmettre", """
<h1>École maternelle Les Coquelicots — Le Mans</h1>
<h2>Fiche d'observation (à transmettre à l'infirmière scolaire et à la psychologue EN)</h2>
<form>
<p><label>Enfant :</label> Lucas V., moyenne section, classe de Mme Brault</p>
<p><label>Date(s) :</label> 26, 28 et 30 janvier 2026</p>
<p><label>Observations :</label></p>
<p>Lucas est arrivé trois matins de suite avec la même tenue, sale, sans manteau alors qu'il gelait. Le 28, l'ATSEM a vu en l'aidant à se changer des marques rondes sur le haut du bras gauche, « comme des doigts », et une autre plus ancienne dans le dos. Quand on lui a demandé, il a dit « c'est Tonton quand je fais le bébé » puis il n'a plus voulu parler. Depuis, il refuse d'aller aux toilettes seul. La maman, très pressée le soir, nous a dit qu'il « se cogne tout le temps » et qu'il « a un nouveau papa à la maison ».</p>
<p><label>Mesures prises :</label> photos non prises (consigne), échange avec la directrice le 30/01 ; appel à la cellule départementale prévu lundi si l'infirmière confirme.</p>
<p><label>Rédigé par :</label> Mme Sophie Brault, enseignante, et Mme Djamila Rahal, ATSEM</p>
</form>
""")

HTML["s070_mail_assistante_sociale_orientation_refuge.html"] = ("Message — orientation jeune majeur", """
<p><b>De :</b> Océane Maillard, assistante sociale — Mission locale de Montpellier Méditerranée<br>
<b>À :</b> Antenne de l'association Le Refuge, Montpellier<br>
<b>Objet :</b> orientation — Mehdi, 19 ans</p>
<p>Bonjour,</p>
<p>Je vous oriente Mehdi Saâdi, 19 ans, que j'accompagne depuis novembre dans le cadre du CEJ. Il a dû quitter le domicile familial à Lunel il y a trois semaines, après que ses parents ont découvert des messages échangés avec son ami. Son père lui a dit de ne plus revenir et sa mère ne répond plus à ses appels.</p>
<p>Il dort depuis chez différents copains et ne tiendra pas longtemps comme ça. Il m'a demandé explicitement que sa famille ne soit pas contactée. Serait-il possible de l'accueillir en entretien cette semaine ? Il est disponible tous les matins.</p>
<p>Merci beaucoup,<br>Océane Maillard</p>
""")

HTML["s071_ticket_support_badge_biometrique.html"] = ("Ticket #48213 — réenrôlement biométrique", """
<h1>Service informatique — Ticket #48213</h1>
<table border="1">
<tr><td>Demandeur</td><td>Direction de la sûreté, Aéroport de Montpellier-Méditerranée (régie)</td></tr>
<tr><td>Catégorie</td><td>Contrôle d'accès zone réservée — lecteurs biométriques</td></tr>
<tr><td>Statut</td><td>Résolu</td></tr>
</table>
<h2>Description</h2>
<p>L'agent de piste Jérémy Vidal (badge n° 0117-553) n'est plus reconnu par le lecteur de la porte P7 depuis son retour d'arrêt : son index droit a été amputé de la dernière phalange. Demande de suppression du gabarit existant et d'enrôlement de deux autres doigts.</p>
<h2>Résolution</h2>
<p>Ancien gabarit (index droit, qualité 71) supprimé de la base. Nouveaux gabarits enrôlés le 09/02/2026 : majeur droit (qualité 88), index gauche (qualité 84). Seuil de correspondance laissé à 0,62. Photo faciale du badge renouvelée. Test réussi sur P7 et P12.</p>
<p>Technicien : S. Ouedraogo</p>
""")

HTML["s072_mail_paie_cotisation_syndicale.html"] = ("Message — retenue sur salaire", """
<p><b>De :</b> Gestion de la paie — Centre hospitalier de Dax<br>
<b>À :</b> Mme Corinne Labadie, infirmière, pôle médecine<br>
<b>Objet :</b> votre demande du 2 février</p>
<p>Madame,</p>
<p>Nous accusons réception de votre demande de cesser, à compter de la paie de mars, le prélèvement mensuel de 14,20 € que nous effectuions au profit de la section SUD Santé de l'établissement depuis 2019. Nous vous informons toutefois que le précompte des cotisations n'est plus pratiqué par l'établissement depuis 2022 : le prélèvement que vous voyez sur votre relevé bancaire est effectué directement par l'organisation. Nous vous invitons donc à vous adresser à elle, ou à votre banque, pour y mettre fin.</p>
<p>La décharge d'activité de service dont vous bénéficiiez en tant que représentante prendra fin à la même date, conformément à votre courrier.</p>
<p>Cordialement,<br>Le service de la paie</p>
""")

HTML["s073_note_dgs_agent_militant.html"] = ("Note confidentielle au maire", """
<h1>Note à M. le Maire</h1>
<p>Objet : composition du jury de recrutement du poste de chargé de communication</p>
<p>Monsieur le Maire,</p>
<p>Vous m'avez demandé de proposer la composition du jury. Je vous suggère de ne pas y associer M. Benjamin Caron, le webmestre, bien qu'il soit le mieux placé techniquement : d'après ce que m'a rapporté sa cheffe de service, il est depuis l'an dernier secrétaire de la section locale du Parti communiste et il tracte chaque dimanche au marché de la Croix-Rousse, ce que plusieurs élus de la majorité ont remarqué. L'une des candidates retenues est par ailleurs collaboratrice d'un élu d'opposition au conseil régional.</p>
<p>Je préfère prévenir toute polémique sur l'impartialité du jury. Je vous propose à sa place Mme Nguyen, responsable de l'imprimerie.</p>
<p>Le directeur général des services</p>
""")

HTML["s074_mail_hebergement_urgence_115.html"] = ("Message — famille Aït Ouali", """
<p><b>De :</b> Direction de l'école élémentaire Pasteur, Mulhouse<br>
<b>À :</b> service social de secteur ; CCAS de Mulhouse<br>
<b>Objet :</b> famille Aït Ouali — urgent</p>
<p>Bonjour,</p>
<p>Je me permets de vous alerter sur la situation de la famille de Nassim (CE2) et de Lyna (CP). Leur maman m'a confié ce matin, en pleurs, qu'ils dorment dans la voiture depuis vendredi, sur le parking du centre commercial de l'Île-Napoléon. Elle appelle le 115 tous les soirs, sans place pour une famille. Elle a perdu son logement après la séparation et n'a plus que ses indemnités chômage, qui ne couvrent pas un loyer dans le privé.</p>
<p>Les enfants arrivent à l'école fatigués et affamés ; nous leur donnons un petit-déjeuner le matin. Pouvez-vous la recevoir en urgence ? Elle attend votre appel au 06 .. .. .. 80.</p>
<p>Bien cordialement,<br>Mme Anne Wendling, directrice</p>
""")

HTML["s075_messagerie_ecole_parent_separation.html"] = ("ENT — messagerie", """
<div class="ent">
<p><b>Messagerie de l'ENT — École Victor-Hugo, Clermont-Ferrand</b></p>
<div class="msg"><p><b>Mme Amandine Faure (parent de Chloé, CE1) → M. Julien Besse (enseignant)</b> — 02/02/2026 20:47</p>
<p>Bonsoir Monsieur, je voulais vous prévenir que Chloé risque d'être un peu perturbée ces temps-ci. Depuis les vacances, nous ne vivons plus ensemble avec son papa et elle fait des allers-retours entre nos deux appartements. Ça se passe mal entre nous, il y a eu des cris devant elle. Si elle vous dit des choses, n'hésitez pas à m'en parler. Merci de votre compréhension.</p></div>
<div class="msg"><p><b>M. Julien Besse → Mme Amandine Faure</b> — 03/02/2026 07:52</p>
<p>Bonjour Madame, merci de m'avoir prévenu, je serai attentif. Je vous propose un petit rendez-vous jeudi à 16 h 45 si cela vous convient. Bonne journée.</p></div>
</div>
""")

# ---------------------------------------------------------------- public .docx

DOCX["p121_rapport_activite_csapa_agrege.docx"] = [
    ("title", "CSAPA de Béziers — Rapport d'activité 2025 (synthèse)"),
    ("p", "Centre de soins, d'accompagnement et de prévention en addictologie géré par l'association Addictions France — antenne de l'Hérault."),
    ("h", "File active"),
    ("table", [
        ["Indicateur", "2024", "2025"],
        ["Personnes accueillies (file active)", "1 124", "1 206"],
        ["dont nouvelles personnes", "498", "541"],
        ["Part des femmes", "24 %", "26 %"],
        ["Âge moyen", "39 ans", "38 ans"],
        ["Entourage accueilli", "143", "167"],
    ]),
    ("h", "Produits à l'origine de la demande"),
    ("table", [
        ["Produit", "Part de la file active"],
        ["Alcool", "46 %"],
        ["Cannabis", "21 %"],
        ["Opiacés (dont traitements de substitution)", "14 %"],
        ["Cocaïne, crack", "9 %"],
        ["Tabac", "5 %"],
        ["Jeux d'argent et de hasard", "3 %"],
        ["Autres", "2 %"],
    ]),
    ("h", "Faits marquants"),
    ("p", "Ouverture d'une consultation avancée à la maison de santé de Bédarieux ; 2 140 kits de naloxone distribués ; 38 interventions de prévention en milieu scolaire ; partenariat renforcé avec l'unité sanitaire de la maison d'arrêt pour la préparation des sorties."),
]

DOCX["p122_deliberation_convention_restos_local.docx"] = [
    ("title", "Commune de Vierzon — Extrait du registre des délibérations"),
    ("p", "Séance du 5 février 2026 — délibération n° 2026-019"),
    ("h", "Objet : mise à disposition d'un local communal à l'association départementale des Restos du cœur"),
    ("p", "Le rapporteur expose que l'association départementale des Restaurants du cœur du Cher utilise depuis 2012 le bâtiment communal situé 7 rue de la Gaucherie pour son centre de distribution de Vierzon. La convention arrivant à échéance, il est proposé de la renouveler pour six ans, à titre gratuit, la commune continuant de prendre en charge le chauffage et l'entretien de la toiture, l'association assurant l'entretien courant et les assurances."),
    ("p", "La valeur locative de la mise à disposition, évaluée à 14 400 euros par an, sera valorisée dans les comptes de l'association comme une aide en nature."),
    ("p", "Le conseil municipal, après en avoir délibéré, approuve la convention et autorise le maire à la signer."),
    ("table", [["Pour", "Contre", "Abstentions"], ["33", "0", "0"]]),
    ("p", "Certifié exécutoire après transmission en préfecture le 9 février 2026."),
]

DOCX["p123_marche_travaux_maison_arret_extrait.docx"] = [
    ("title", "Agence publique pour l'immobilier de la justice — Avis d'appel public à la concurrence"),
    ("p", "Objet : maison d'arrêt de Coutances — réhabilitation de l'accueil des familles et création d'un parking visiteurs"),
    ("h", "Description des prestations"),
    ("p", "Les travaux comprennent la démolition de l'ancien abri des familles, la construction d'un bâtiment d'accueil de 140 m² (salle d'attente, espace enfants, sanitaires accessibles, bureau de l'association d'accueil), l'aménagement d'un parking de 35 places dont 2 places PMR et la création d'un cheminement piéton éclairé jusqu'à la porte d'entrée principale. Les travaux intérieurs à l'enceinte ne font pas partie du marché."),
    ("table", [
        ["Lot", "Désignation"],
        ["1", "VRD, parking, espaces verts"],
        ["2", "Gros œuvre, charpente, couverture"],
        ["3", "Menuiseries, cloisons, peinture"],
        ["4", "Électricité, chauffage, ventilation"],
    ]),
    ("h", "Conditions"),
    ("p", "Durée prévisionnelle : 8 mois. Visite de site obligatoire les 3 et 10 mars 2026 ; les candidats devront communiquer la liste des participants à la visite au plus tard 72 heures avant, pour les formalités d'accès à l'établissement. Date limite de remise des offres : 2 avril 2026 à 12 h, sur la plateforme des achats de l'État."),
]

DOCX["p124_cr_conseil_local_sante_mentale_long.docx"] = [
    ("title", "Conseil local de santé mentale de l'agglomération de Cadillac — Assemblée plénière"),
    ("p", "Compte rendu de la séance du 15 janvier 2026, salle du conseil municipal de Cadillac, 14 h – 17 h"),
    ("p", "Participants : élus des communes membres, centre hospitalier de Cadillac (direction, pôles de psychiatrie adulte et infanto-juvénile), agence régionale de santé Nouvelle-Aquitaine, conseil départemental de la Gironde (maison départementale des solidarités), bailleurs sociaux (Gironde Habitat, Domofrance), gendarmerie, Éducation nationale, Union nationale de familles et amis de personnes malades et/ou handicapées psychiques (UNAFAM), groupe d'entraide mutuelle « L'Envol », associations d'insertion, CCAS. Cinquante-deux personnes présentes."),
    ("h", "1. Ouverture"),
    ("p", "Le président du conseil local, maire de Cadillac, rappelle que le CLSM, créé en 2019, est un lieu de concertation entre les élus, la psychiatrie publique, les usagers, les aidants et l'ensemble des acteurs locaux. Il a pour objet de définir et de mettre en œuvre des politiques locales améliorant la santé mentale de la population, de lutter contre la stigmatisation et de faciliter l'accès aux soins et l'inclusion sociale. Il remercie le centre hospitalier, dont l'histoire est intimement liée à celle de la ville depuis le XIXe siècle, pour son engagement constant."),
    ("h", "2. Bilan 2025 du plan d'action"),
    ("p", "La coordinatrice présente le bilan des quatre axes du plan d'action 2023-2026."),
    ("p", "Axe 1 — Information et lutte contre la stigmatisation. Les Semaines d'information sur la santé mentale d'octobre, consacrées au thème « santé mentale et environnement », ont proposé dix-huit événements : ciné-débats, exposition de photographies réalisée par les membres du groupe d'entraide mutuelle, conférence sur l'éco-anxiété des jeunes, marche collective le long de la Garonne. Environ 1 100 personnes y ont participé. Un annuaire des ressources locales a été réédité et diffusé à 4 000 exemplaires dans les mairies, les pharmacies et les cabinets médicaux."),
    ("p", "Axe 2 — Formation des acteurs. Cent soixante-dix personnes ont été formées aux premiers secours en santé mentale en 2025 : agents d'accueil des mairies, gardiens d'immeubles, animateurs jeunesse, bénévoles associatifs, secrétaires de mairie. Les évaluations sont très positives ; les participants disent se sentir plus à l'aise pour orienter une personne en difficulté."),
    ("p", "Axe 3 — Logement et maintien dans le logement. La cellule de coordination des situations complexes s'est réunie onze fois et a examiné vingt-six situations anonymisées présentées par les bailleurs et les CCAS. Dans dix-neuf cas, un accompagnement a pu être mis en place ou renforcé ; aucune expulsion n'a été prononcée parmi les situations suivies. Le dispositif « Un chez-soi d'abord » a été présenté aux bailleurs, qui se sont déclarés intéressés par une déclinaison locale."),
    ("p", "Axe 4 — Jeunesse. L'équipe mobile de pédopsychiatrie intervient désormais dans les trois collèges du territoire. Un groupe de travail réunit la maison des adolescents, les infirmières scolaires et la mission locale pour fluidifier l'accès aux consultations, les délais d'attente au centre médico-psychologique pour enfants et adolescents restant de cinq à sept mois."),
    ("h", "3. Présentation du projet de restructuration du centre hospitalier"),
    ("p", "Le directeur du centre hospitalier présente le projet immobilier validé par l'ARS : construction d'un nouveau bâtiment d'hospitalisation de quatre unités de vingt lits, en chambres individuelles, sur le site historique ; transformation de deux anciens pavillons en hôpital de jour et en centre d'accueil thérapeutique à temps partiel ; création d'un parc ouvert au public. Le permis de construire a été déposé en décembre ; les travaux devraient débuter à l'automne 2026 pour une durée de trente mois. Le coût est estimé à 38 millions d'euros."),
    ("p", "Les représentants de l'UNAFAM saluent la fin des chambres doubles et demandent que les familles soient associées à la conception des espaces de visite. Le directeur s'y engage et propose d'intégrer un représentant des familles et un représentant des usagers au comité de suivi du projet."),
    ("h", "4. Orientations 2026"),
    ("p", "L'assemblée valide les orientations suivantes : création d'un point d'accueil et d'écoute jeunes itinérant ; expérimentation d'une permanence d'infirmier de pratique avancée en psychiatrie dans la maison de santé de Podensac ; élaboration d'une charte de partenariat entre les bailleurs, le centre hospitalier et les services sociaux ; poursuite des formations aux premiers secours en santé mentale avec un objectif de deux cents personnes ; organisation, avec la gendarmerie, d'une journée d'échange sur les interventions auprès des personnes en crise."),
    ("p", "Le représentant de l'ARS confirme le financement du poste de coordination pour trois années supplémentaires, à hauteur de 50 %, le solde étant partagé entre les communes et le centre hospitalier."),
    ("h", "5. Questions diverses"),
    ("p", "Une élue de Langoiran demande comment les communes peuvent mieux connaître les dispositifs existants ; la coordinatrice propose une tournée de présentation dans les conseils municipaux au premier semestre. Un représentant du groupe d'entraide mutuelle invite les participants à l'inauguration de ses nouveaux locaux, rue de l'Église, le 14 février."),
    ("p", "Prochaine assemblée plénière : juin 2026. Séance levée à 17 h 05."),
]

DOCX["p125_plan_formation_agents.docx"] = [
    ("title", "Plan de formation 2026 — Commune de Saint-Avold"),
    ("p", "Présenté au comité social territorial le 20 janvier 2026."),
    ("table", [
        ["Thème", "Public", "Organisme", "Jours", "Agents"],
        ["Habilitation électrique B1V/BR", "Services techniques", "CNFPT", "3", "12"],
        ["CACES R482 engins de chantier", "Voirie", "Organisme privé", "5", "4"],
        ["Accueil des publics difficiles", "Accueil, état civil, police municipale", "CNFPT", "2", "18"],
        ["Bureautique : tableur niveau 2", "Administratif", "Interne", "2", "10"],
        ["Hygiène alimentaire HACCP", "Restauration scolaire", "CNFPT", "2", "9"],
        ["Premiers secours en santé mentale", "Tous services", "Association agréée", "2", "12"],
        ["Préparation au concours de rédacteur", "Catégorie C", "CNFPT", "12", "3"],
    ]),
    ("p", "Budget prévisionnel hors cotisation CNFPT : 21 400 euros. Les demandes individuelles sont à adresser au service RH avant le 31 mars."),
]

DOCX["p126_rapport_observatoire_violences_femmes.docx"] = [
    ("title", "Observatoire départemental des violences faites aux femmes de Seine-Maritime — Lettre n° 9"),
    ("h", "Les chiffres 2025"),
    ("table", [
        ["Indicateur", "2025", "Évolution"],
        ["Faits de violences conjugales enregistrés par la police et la gendarmerie", "6 812", "+6 %"],
        ["Appels au 3919 depuis le département", "4 950", "+3 %"],
        ["Femmes hébergées en urgence (places dédiées)", "738", "+11 %"],
        ["Ordonnances de protection délivrées", "312", "+9 %"],
        ["Femmes décédées sous les coups de leur conjoint ou ex-conjoint", "4", "—"],
    ]),
    ("h", "Focus : l'hébergement"),
    ("p", "Le département compte désormais 214 places d'hébergement spécialisé, réparties entre les associations Solidarité Femmes, le CIDFF et plusieurs centres d'hébergement et de réinsertion sociale. Leurs adresses ne sont pas rendues publiques, pour la sécurité des personnes accueillies. Le délai moyen d'attente d'une place de stabilisation reste de onze semaines."),
    ("h", "Focus : les enfants exposés"),
    ("p", "Dans plus de la moitié des situations, des enfants sont présents au domicile. L'observatoire recommande un repérage systématique par les intervenants sociaux en commissariat et gendarmerie et l'orientation vers les consultations de psychotraumatologie pédiatrique du CHU de Rouen."),
]

DOCX["p127_fiche_poste_educateur_mecs.docx"] = [
    ("title", "Fiche de poste — Éducateur spécialisé / éducatrice spécialisée (H/F)"),
    ("p", "Maison d'enfants à caractère social « Les Peupliers », Association Sauvegarde 71 — Chalon-sur-Saône"),
    ("table", [
        ["Contrat", "CDI, temps plein, internat (horaires d'internat, un week-end sur deux)"],
        ["Public", "12 adolescents de 13 à 18 ans confiés par l'aide sociale à l'enfance ou par le juge des enfants"],
        ["Rémunération", "CCN 1966, indemnité de sujétion spéciale, reprise d'ancienneté"],
        ["Prise de poste", "1er avril 2026"],
    ]),
    ("h", "Missions"),
    ("p", "Accompagner au quotidien les jeunes accueillis dans leur scolarité, leur santé, leur vie sociale et leurs relations familiales ; élaborer et mettre en œuvre les projets personnalisés ; rédiger les écrits professionnels destinés à l'ASE et aux magistrats ; travailler en lien avec les familles, les établissements scolaires et les partenaires du soin."),
    ("h", "Profil"),
    ("p", "Diplôme d'État d'éducateur spécialisé ; capacité à travailler en équipe pluridisciplinaire ; permis B exigé."),
    ("p", "Candidatures : rh@sauvegarde71.fr"),
]

DOCX["p128_programme_semaine_information_sante_mentale.docx"] = [
    ("title", "Semaines d'information sur la santé mentale 2026 — Programme à Brest"),
    ("p", "Du 5 au 18 octobre 2026 — thème national : « Pour notre santé mentale, agissons ensemble »"),
    ("table", [
        ["Date", "Événement", "Lieu"],
        ["Lundi 5 octobre, 18 h", "Ciné-débat : projection de « Sur l'Adamant » suivie d'un échange avec une équipe du CHU", "Cinéma Les Studios"],
        ["Mercredi 7 octobre, 14 h", "Après-midi jeux et rencontres au GEM « Le Phare »", "Maison de quartier de Bellevue"],
        ["Samedi 10 octobre, 10 h", "Marche « Tous dehors » sur les rives de la Penfeld", "Départ place de la Liberté"],
        ["Mardi 13 octobre, 20 h", "Conférence « Écrans et sommeil des adolescents »", "Auditorium des Capucins"],
        ["Jeudi 15 octobre, 9 h – 17 h", "Forum des acteurs : CMP, hôpital de jour, CSAPA, UNAFAM, associations", "Hall de l'hôtel de ville"],
    ]),
    ("p", "Entrée libre. Programme coordonné par le conseil local de santé mentale de Brest métropole."),
]

DOCX["p129_deliberation_tarifs_periscolaires.docx"] = [
    ("title", "Ville de Cognac — Tarifs des services périscolaires au 1er septembre 2026"),
    ("p", "Délibération du conseil municipal du 29 janvier 2026"),
    ("table", [
        ["Quotient familial", "Repas", "Accueil du matin", "Accueil du soir", "Mercredi journée"],
        ["0 – 500", "0,90 €", "0,50 €", "0,80 €", "3,00 €"],
        ["501 – 800", "2,10 €", "0,90 €", "1,40 €", "6,50 €"],
        ["801 – 1 200", "3,20 €", "1,30 €", "2,00 €", "10,00 €"],
        ["1 201 et plus", "4,10 €", "1,60 €", "2,50 €", "13,50 €"],
        ["Hors commune", "5,20 €", "2,00 €", "3,20 €", "18,00 €"],
    ]),
    ("p", "Les enfants bénéficiant d'un projet d'accueil individualisé avec panier-repas fourni par la famille se voient appliquer un tarif de 50 % du prix du repas, correspondant aux frais de surveillance."),
    ("p", "Adopté par 27 voix pour et 6 abstentions."),
]

DOCX["p130_note_cadrage_schema_enfance_famille.docx"] = [
    ("title", "Schéma départemental de prévention et de protection de l'enfance 2026-2030 — Note de cadrage"),
    ("p", "Département de la Drôme — Direction enfance famille"),
    ("h", "Enjeux"),
    ("p", "Le précédent schéma a permis de renforcer l'évaluation des informations préoccupantes et de diversifier les modes d'accueil. Le nouveau schéma devra répondre à quatre enjeux : la prévention précoce dès la grossesse, en lien avec la PMI ; la réduction des délais d'exécution des mesures judiciaires, qui atteignent parfois quatre mois pour une AEMO ; le recrutement et la fidélisation des assistants familiaux ; l'accompagnement des jeunes majeurs vers l'autonomie."),
    ("h", "Méthode"),
    ("p", "Six groupes de travail thématiques réuniront les professionnels du département, les associations habilitées, la protection judiciaire de la jeunesse, les magistrats, l'Éducation nationale et des représentants des enfants et des familles accompagnés, par l'intermédiaire de l'association départementale d'entraide des personnes accueillies en protection de l'enfance."),
    ("h", "Calendrier"),
    ("table", [
        ["Étape", "Période"],
        ["Diagnostic partagé", "février – avril 2026"],
        ["Groupes de travail", "mai – septembre 2026"],
        ["Rédaction et concertation", "octobre – novembre 2026"],
        ["Adoption par l'assemblée départementale", "décembre 2026"],
    ]),
]

DOCX["p131_rapport_annuel_cada_gestionnaire.docx"] = [
    ("title", "CADA de Périgueux — Rapport d'activité 2025"),
    ("p", "Établissement géré par l'association France terre d'asile — capacité : 120 places."),
    ("table", [
        ["Indicateur", "2025"],
        ["Personnes accueillies dans l'année", "187"],
        ["dont mineurs", "72"],
        ["Taux d'occupation", "97,4 %"],
        ["Durée moyenne de séjour", "11,2 mois"],
        ["Décisions de protection (OFPRA + CNDA)", "58 %"],
        ["Sorties vers un logement pérenne (personnes protégées)", "81 %"],
    ]),
    ("h", "Principales nationalités"),
    ("p", "Afghanistan, Soudan, République démocratique du Congo, Géorgie, Érythrée."),
    ("h", "Actions marquantes"),
    ("p", "Ateliers sociolinguistiques quotidiens avec le centre social de la Boucle de l'Isle ; partenariat avec le club de rugby pour les adolescents ; 14 personnes protégées entrées en formation qualifiante. Le CADA remercie les 40 bénévoles qui interviennent chaque semaine, ainsi que les écoles de la ville pour l'accueil des enfants."),
]

DOCX["p132_convention_pharmacie_naloxone.docx"] = [
    ("title", "Convention de partenariat — mise à disposition de naloxone"),
    ("p", "Entre le CAARUD « Le Lieu-Dit », géré par l'association AIDES, à Tours, et la pharmacie du Vieux-Tours, représentée par sa pharmacienne titulaire."),
    ("h", "Article 1 — Objet"),
    ("p", "La pharmacie partenaire reçoit gratuitement du CAARUD des kits de naloxone par voie nasale, ainsi que des kits d'injection stériles et des récupérateurs de seringues usagées, qu'elle remet gratuitement et anonymement aux personnes qui en font la demande."),
    ("h", "Article 2 — Engagements"),
    ("p", "La pharmacie s'engage à informer les personnes sur l'utilisation de la naloxone et sur les lieux d'accueil et de soins (CAARUD, CSAPA), à tenir un relevé anonyme du nombre de kits remis et à stocker les récupérateurs dans un local adapté. Le CAARUD assure la formation de l'équipe officinale, l'approvisionnement et la collecte des déchets d'activités de soins à risques infectieux."),
    ("h", "Article 3 — Durée"),
    ("p", "Un an, renouvelable tacitement."),
    ("table", [["Pour le CAARUD", "Pour la pharmacie"], ["La coordinatrice", "La pharmacienne titulaire"]]),
]

DOCX["p133_cr_commission_accessibilite.docx"] = [
    ("title", "Commission communale pour l'accessibilité — Ville de Vannes"),
    ("p", "Réunion du 27 janvier 2026 — relevé de conclusions"),
    ("p", "Présents : l'adjointe déléguée au handicap (présidente), représentants de l'APF France handicap, de l'Union nationale des aveugles et déficients visuels, de l'association des paralysés, de l'UNAFAM, de l'association des commerçants, du Kicéo (réseau de bus), services techniques et urbanisme."),
    ("table", [
        ["Sujet", "Conclusion"],
        ["Rapport annuel 2025", "Adopté ; 87 % des ERP municipaux sont désormais accessibles"],
        ["Arrêts de bus", "62 arrêts mis aux normes en 2025 ; 40 prévus en 2026"],
        ["Feux sonores", "Télécommandes universelles distribuées gratuitement au CCAS"],
        ["Handicap psychique", "Formation des agents d'accueil prévue au 2e trimestre, avec l'UNAFAM"],
        ["Plage de Conleau", "Tiralo et cheminement en caillebotis reconduits l'été"],
    ]),
    ("p", "Prochaine réunion : juin 2026."),
]

DOCX["p134_bilan_aides_facultatives_ccas.docx"] = [
    ("title", "CCAS de Laval — Bilan 2025 des aides facultatives (données anonymisées)"),
    ("table", [
        ["Type d'aide", "Nombre d'aides", "Montant total", "Montant moyen"],
        ["Aide alimentaire (bons, colis)", "1 412", "71 300 €", "50 €"],
        ["Aide à l'énergie", "386", "108 900 €", "282 €"],
        ["Secours loyer / prévention des expulsions", "94", "41 800 €", "445 €"],
        ["Aide à la restauration scolaire", "211", "38 600 €", "183 €"],
        ["Frais d'obsèques (personnes sans ressources)", "7", "9 800 €", "1 400 €"],
        ["Aide à la mobilité", "128", "16 900 €", "132 €"],
    ]),
    ("p", "Profil des demandeurs : 41 % de personnes seules, 33 % de familles monoparentales ; 28 % perçoivent un salaire. Orientations principales vers les Restos du cœur, le Secours populaire et l'épicerie sociale du quartier Saint-Nicolas."),
]

DOCX["p135_reglement_interieur_salle_des_fetes.docx"] = [
    ("title", "Règlement intérieur de la salle des fêtes de Montbazon"),
    ("h", "Article 1 — Réservation"),
    ("p", "La salle est louée aux particuliers domiciliés dans la commune, aux associations et, dans la limite des disponibilités, aux personnes extérieures. La réservation devient ferme à la signature du contrat et au versement des arrhes (30 %)."),
    ("h", "Article 2 — Capacité et sécurité"),
    ("p", "Capacité maximale : 180 personnes debout, 140 assises. Les issues de secours doivent rester dégagées. L'utilisation de pétards, fumigènes et barbecues est interdite dans la salle et sur le parvis."),
    ("h", "Article 3 — Horaires et bruit"),
    ("p", "La musique amplifiée doit cesser à 2 h du matin ; le limiteur de son installé ne doit pas être débranché. Les utilisateurs veillent à la tranquillité du voisinage lors des départs."),
    ("h", "Article 4 — État des lieux et caution"),
    ("p", "Un état des lieux est effectué à l'entrée et à la sortie. La caution de 600 euros est restituée sous quinze jours en l'absence de dégradation."),
    ("table", [["Tarifs 2026", "Week-end", "Journée en semaine"], ["Habitants", "380 €", "150 €"], ["Extérieurs", "620 €", "260 €"], ["Associations locales", "Gratuit (1 fois/an)", "Gratuit"]]),
]

# ---------------------------------------------------------------- public .html

HTML["p136_page_hopital_de_jour_adultes.html"] = ("Hôpital de jour de psychiatrie adulte — GHU Paris", """
<nav><a href="#">Accueil</a> &gt; <a href="#">Nos structures</a> &gt; Hôpital de jour Sainte-Anne</nav>
<h1>Hôpital de jour de psychiatrie adulte — site Sainte-Anne</h1>
<p>L'hôpital de jour accueille, à temps partiel, des adultes suivis par les centres médico-psychologiques des 14e et 15e arrondissements, pour des soins intensifs sans hospitalisation complète. Les patients y viennent d'une à cinq journées par semaine et rentrent chez eux chaque soir.</p>
<h2>Activités thérapeutiques</h2>
<ul><li>entretiens médicaux et infirmiers ;</li><li>groupes de parole, psychoéducation ;</li><li>ateliers à médiation (écriture, peinture, jardin, sport adapté) ;</li><li>accompagnement vers l'insertion sociale et professionnelle.</li></ul>
<h2>Comment être admis ?</h2>
<p>Sur indication du psychiatre du CMP, après un entretien de préadmission.</p>
<h2>Informations pratiques</h2>
<p>1 rue Cabanis, 75014 Paris — métro Glacière. Du lundi au vendredi, 9 h 30 – 16 h 30.</p>
""")

HTML["p137_actualite_inauguration_maison_des_femmes.html"] = ("Inauguration de la Maison des femmes de Rouen", """
<article>
<h1>La Maison des femmes ouvre ses portes au CHU de Rouen</h1>
<p class="date">Publié le 6 février 2026</p>
<p>Lundi, la présidente de la Métropole, le préfet et la directrice générale du CHU ont inauguré la Maison des femmes, installée dans un bâtiment rénové de l'hôpital Charles-Nicolle. Ce lieu unique réunit, en un même endroit, des consultations de gynécologie, de psychotraumatologie et de médecine légale, une permanence d'avocates et de juristes, ainsi qu'un intervenant de la police nationale qui peut recueillir les plaintes sur place.</p>
<p>« Les femmes victimes de violences n'ont plus à raconter leur histoire dix fois dans dix lieux différents », souligne la coordinatrice du projet. La Métropole a financé les travaux à hauteur de 600 000 euros ; la région et la fondation des Hôpitaux de France complètent le plan de financement.</p>
<p>La Maison des femmes est ouverte du lundi au vendredi de 9 h à 17 h, avec ou sans rendez-vous. Accueil téléphonique : 02 32 .. .. ..</p>
</article>
""")

HTML["p138_page_vaccination_pharmacie.html"] = ("Se faire vacciner en pharmacie", """
<h1>Se faire vacciner en pharmacie à Saint-Nazaire</h1>
<p>Depuis 2023, les pharmaciens peuvent prescrire et administrer la plupart des vaccins du calendrier vaccinal aux personnes de 11 ans et plus : grippe, covid-19, diphtérie-tétanos-poliomyélite, coqueluche, papillomavirus, hépatites A et B, méningocoques, pneumocoque, rage.</p>
<h2>Quelles pharmacies ?</h2>
<p>Vingt-deux des vingt-six officines de la ville proposent la vaccination. La liste à jour est consultable sur <a href="#">sante.fr</a>. Certaines vaccinent sans rendez-vous le matin.</p>
<h2>Combien ça coûte ?</h2>
<p>Le vaccin et l'acte de vaccination sont pris en charge par l'Assurance maladie dans les conditions habituelles. La vaccination contre la grippe est gratuite pour les personnes de 65 ans et plus et pour les personnes à risque, sur présentation du bon de prise en charge.</p>
<p>La campagne de vaccination contre la grippe et le covid-19 2026-2027 débutera à la mi-octobre.</p>
""")

HTML["p139_page_demarche_extrait_casier_judiciaire.html"] = ("Demander un extrait de casier judiciaire", """
<h1>Demander un extrait de casier judiciaire (bulletin n° 3)</h1>
<p>Le bulletin n° 3 est le seul extrait du casier judiciaire que vous pouvez demander pour vous-même. Il peut vous être réclamé par un employeur, notamment pour un emploi au contact d'enfants, ou pour certaines démarches administratives (agrément, inscription à un concours).</p>
<h2>Que contient-il ?</h2>
<p>Seules les condamnations les plus graves y figurent (peines de prison ferme supérieures à deux ans, certaines interdictions). Si vous n'avez jamais été condamné, ou si vos condamnations n'y figurent pas, le bulletin porte la mention « Néant ».</p>
<h2>Comment le demander ?</h2>
<ul><li>en ligne, sur le site du casier judiciaire national : délivrance en quelques minutes ;</li><li>par courrier au Casier judiciaire national, 44317 Nantes Cedex 3.</li></ul>
<p>La démarche est gratuite. Méfiez-vous des sites qui vous la facturent.</p>
<p><small>Page mise à jour le 12 janvier 2026 — Point justice de la Maison de services au public de Loches.</small></p>
""")

HTML["p140_actualite_portes_ouvertes_epsm.html"] = ("Journée portes ouvertes à l'EPSM", """
<h1>L'EPSM de Caen ouvre ses portes le 28 mars</h1>
<p>À l'occasion de ses 150 ans, l'établissement public de santé mentale de Caen invite les habitants à découvrir ses jardins, sa chapelle restaurée et l'exposition « Soigner autrement : un siècle et demi de psychiatrie à Caen », réalisée avec les Archives départementales du Calvados.</p>
<p>Au programme : visites guidées du parc et des anciens pavillons (départs toutes les heures de 10 h à 16 h), concert de l'atelier musique des patients à 15 h, stands des associations d'usagers et de familles, présentation des métiers (infirmier, psychologue, ergothérapeute, éducateur) pour les lycéens et étudiants.</p>
<p>Aucune unité de soins ne sera ouverte à la visite, afin de respecter l'intimité des patients hospitalisés.</p>
<p>Samedi 28 mars 2026, de 10 h à 17 h — 15 ter rue Saint-Ouen, Caen. Entrée libre, parking sur place.</p>
""")

HTML["p141_page_visites_parloir_maison_arret.html"] = ("Rendre visite à une personne détenue", """
<h1>Rendre visite à une personne détenue à la maison d'arrêt d'Angers</h1>
<h2>Obtenir un permis de visite</h2>
<p>Pour les personnes prévenues (en attente de jugement), le permis est délivré par le magistrat en charge du dossier ; pour les personnes condamnées, par le chef d'établissement. La demande se fait par formulaire, accompagné d'une photo d'identité, de la copie d'une pièce d'identité et d'un justificatif de domicile.</p>
<h2>Réserver un parloir</h2>
<p>Les réservations se font par la borne située à l'accueil des familles ou par téléphone, du lundi au vendredi de 9 h à 12 h. Les parloirs ont lieu du mardi au samedi ; chaque visite dure 45 minutes.</p>
<h2>Le jour de la visite</h2>
<p>Présentez-vous 30 minutes avant l'heure du parloir avec votre permis et votre pièce d'identité. Le linge peut être déposé selon le calendrier affiché. Les téléphones portables sont laissés dans les casiers de l'accueil.</p>
<h2>L'accueil des familles</h2>
<p>L'association Relais Enfants-Parents et les bénévoles de l'accueil des familles vous reçoivent avant et après la visite, autour d'un café. Un espace est prévu pour les enfants.</p>
""")

HTML["p142_faq_domiciliation_ccas.html"] = ("La domiciliation au CCAS — questions fréquentes", """
<h1>Domiciliation : vous n'avez pas d'adresse stable ?</h1>
<dl>
<dt>À quoi sert la domiciliation ?</dt>
<dd>Elle vous donne une adresse pour recevoir votre courrier et faire valoir vos droits : carte d'identité, inscription sur les listes électorales, ouverture d'un compte bancaire, prestations sociales, aide médicale.</dd>
<dt>Qui peut en bénéficier ?</dt>
<dd>Toute personne sans domicile stable ayant un lien avec la commune (travail, démarches d'insertion, suivi social ou médical, enfants scolarisés, liens familiaux).</dd>
<dt>Et les demandeurs d'asile ?</dt>
<dd>Leur domiciliation est assurée par la structure de premier accueil (SPADA) désignée par la préfecture pendant la procédure, et non par le CCAS.</dd>
<dt>Combien de temps est-elle valable ?</dt>
<dd>Un an, renouvelable. Vous devez vous manifester au moins une fois tous les trois mois.</dd>
<dt>Comment faire ?</dt>
<dd>Présentez-vous à l'accueil du CCAS (2 rue de la Paix, Besançon) du lundi au vendredi, de 9 h à 12 h, avec une pièce d'identité si vous en avez une. Un entretien est réalisé le jour même.</dd>
</dl>
""")

HTML["p143_actualite_prix_litteraire.html"] = ("Le prix des lecteurs 2026 décerné", """
<article>
<h1>Prix des lecteurs des médiathèques de Quimperlé Communauté : Aïssatou Ba l'emporte</h1>
<p>Les 312 lecteurs inscrits ont voté : le prix des lecteurs 2026 est attribué à Aïssatou Ba pour son premier roman, <i>Les Marées basses</i>, paru aux éditions Zulma. La romancière, professeure de lettres à Lorient, y raconte l'été d'une adolescente entre Dakar et la ria du Bélon.</p>
<p>« Je suis émue que ce prix vienne de lecteurs et non d'un jury de professionnels », a-t-elle confié lors de la remise, samedi, à la médiathèque de Quimperlé. La lauréate reçoit une dotation de 1 500 euros et sera en résidence d'écriture dans les médiathèques du territoire en mai.</p>
<p>Les deux autres finalistes étaient Yann Quéffelec-Le Roux et Maud Tessier.</p>
</article>
""")

HTML["p144_page_aide_alimentaire_lieux_distribution.html"] = ("Aide alimentaire : où s'adresser ?", """
<h1>Aide alimentaire à Poitiers : où s'adresser ?</h1>
<p>Plusieurs associations proposent une aide alimentaire sur la ville. L'inscription se fait généralement sur présentation de justificatifs de ressources et de charges ; certaines structures accueillent sans condition.</p>
<table border="1">
<tr><th>Structure</th><th>Adresse</th><th>Jours</th><th>Modalités</th></tr>
<tr><td>Restos du cœur</td><td>8 rue des Frères-Lumière</td><td>Mardi et jeudi, 9 h – 12 h</td><td>Inscription sur place, campagne d'hiver et d'été</td></tr>
<tr><td>Secours populaire</td><td>12 rue Carnot</td><td>Mercredi, 14 h – 17 h</td><td>Sur orientation ou accueil direct</td></tr>
<tr><td>Épicerie sociale Le Panier</td><td>Quartier des Couronneries</td><td>Lundi au vendredi</td><td>Sur orientation d'un travailleur social</td></tr>
<tr><td>Restaurant social Le Toit du Monde</td><td>Rue de la Cathédrale</td><td>Tous les midis</td><td>Sans condition, repas chaud</td></tr>
</table>
<p>Le CCAS peut vous orienter : 05 49 .. .. .. (du lundi au vendredi, 8 h 30 – 17 h).</p>
""")

HTML["p145_agenda_culturel_mois.html"] = ("Agenda culturel — mars 2026", """
<h1>Sortir à Auxerre — mars 2026</h1>
<ul>
<li><b>Samedi 7 mars, 20 h 30</b> — Théâtre : « Le Malade imaginaire », compagnie du Grenier de Bourgogne. Théâtre d'Auxerre, 12 à 22 €.</li>
<li><b>Mercredi 11 mars, 15 h</b> — Heure du conte bilingue français-anglais pour les 4-8 ans. Bibliothèque Jacques-Lacarrière, gratuit.</li>
<li><b>Du 14 au 29 mars</b> — Exposition « Lumières de l'Yonne », photographies du club photo auxerrois. Abbaye Saint-Germain, entrée libre.</li>
<li><b>Vendredi 20 mars, 21 h</b> — Concert jazz : Sylvain Rifflet Quartet. Le Silex, 15 €.</li>
<li><b>Dimanche 29 mars, 10 h</b> — Balade commentée « Auxerre au fil de l'eau » avec un guide-conférencier. Départ office de tourisme, 6 €.</li>
</ul>
""")

HTML["p146_page_signaler_enfant_en_danger_119.html"] = ("Enfance en danger : le 119", """
<h1>Un enfant en danger ? Appelez le 119</h1>
<p>Le 119 – Allô Enfance en danger est un numéro national, gratuit, joignable 24 heures sur 24 et 7 jours sur 7. L'appel n'apparaît pas sur les factures de téléphone.</p>
<h2>Qui peut appeler ?</h2>
<p>Les enfants et adolescents eux-mêmes, les parents, les voisins, les professionnels, toute personne témoin ou inquiète pour un enfant.</p>
<h2>Que se passe-t-il ensuite ?</h2>
<p>Un écoutant professionnel évalue la situation. Si nécessaire, une information préoccupante est transmise à la cellule de recueil du département, qui fait évaluer la situation par ses équipes ; en cas de danger grave et immédiat, le procureur de la République est saisi.</p>
<h2>Faut-il être sûr ?</h2>
<p>Non : il suffit d'avoir un doute. Le signalement de bonne foi ne peut jamais vous être reproché.</p>
<p>Un tchat et un formulaire en ligne sont aussi disponibles sur <a href="#">allo119.gouv.fr</a>, ainsi qu'un accès pour les personnes sourdes et malentendantes.</p>
""")

HTML["p147_actualite_ouverture_boulangerie.html"] = ("Une nouvelle boulangerie place du marché", """
<article>
<h1>Quartier Saint-Cyprien : Karim et Julie Haddad ouvrent « Au Fournil du Pont »</h1>
<p>Depuis le 2 février, la bonne odeur du pain chaud est revenue place du Ravelin. Karim Haddad, meilleur apprenti boulanger de Haute-Garonne en 2012, et son épouse Julie, pâtissière formée chez un chef étoilé toulousain, ont repris l'ancienne boulangerie fermée depuis deux ans.</p>
<p>Au menu : pains au levain naturel cuits au four à sole, viennoiseries pur beurre et une spécialité maison, la fougasse aux olives de Nyons. Le couple emploie déjà trois salariés, dont un apprenti du quartier.</p>
<p>Ouvert du mardi au dimanche, de 7 h à 19 h 30. La mairie de quartier leur souhaite la bienvenue !</p>
</article>
""")

HTML["p148_page_droits_victimes.html"] = ("Victime d'une infraction : vos droits", """
<h1>Vous êtes victime d'une infraction : vos droits</h1>
<p>Que vous ayez subi un vol, une agression, des violences conjugales, une escroquerie ou un accident de la route, vous avez des droits, que vous ayez déposé plainte ou non.</p>
<h2>Être accompagné</h2>
<p>L'association France Victimes 64 vous reçoit gratuitement et de façon confidentielle, à Pau, Bayonne et Oloron : écoute, information juridique, soutien psychologique, aide aux démarches d'indemnisation. Des permanences ont lieu au commissariat de Pau et au tribunal judiciaire.</p>
<h2>Porter plainte</h2>
<p>Auprès de n'importe quel commissariat ou brigade de gendarmerie, qui ne peut pas refuser votre plainte, ou par écrit au procureur de la République. Pour certaines infractions (escroquerie en ligne, vol sans auteur identifié), une pré-plainte en ligne est possible.</p>
<h2>Être indemnisé</h2>
<p>Vous pouvez vous constituer partie civile pour demander réparation devant le tribunal. Dans certains cas, la commission d'indemnisation des victimes d'infractions (CIVI) peut vous indemniser même si l'auteur est inconnu ou insolvable.</p>
<p>Numéro national d'aide aux victimes : 116 006 (appel gratuit, 7 jours sur 7).</p>
""")

HTML["p150_page_don_du_sang_collecte.html"] = ("Collecte de sang — salle Jean-Vilar", """
<h1>Donnez votre sang le 17 mars à Argenteuil</h1>
<p>L'Établissement français du sang organise une collecte le mardi 17 mars 2026, de 14 h à 19 h 30, salle Jean-Vilar, 9 boulevard Héloïse.</p>
<p>Pour donner, il faut avoir entre 18 et 70 ans, peser au moins 50 kg et être en bonne santé. Un entretien confidentiel avec un médecin ou un infirmier précède chaque don : il permet de vérifier que le don ne présente pas de risque pour vous ni pour le receveur (traitements en cours, voyages récents, soins dentaires…).</p>
<p>Pensez à bien manger et à bien boire avant de venir, et à apporter une pièce d'identité pour un premier don.</p>
<p>Prise de rendez-vous conseillée sur <a href="#">mon-rdv-dondesang.efs.sante.fr</a>. Une collation vous sera offerte après le don.</p>
""")

HTML["p149_magazine_municipal_long.html"] = ("Bourg-en-Bresse Mag — mars 2026", """
<h1>Bourg-en-Bresse Mag — n° 204, mars 2026</h1>
<p><i>Le magazine d'information de la Ville de Bourg-en-Bresse</i></p>

<h2>Éditorial</h2>
<p>Le printemps s'annonce riche à Bourg-en-Bresse. Les travaux du boulevard de Brou entrent dans leur dernière phase, la nouvelle médiathèque du quartier de la Reyssouze accueillera ses premiers lecteurs en avril et notre ville se prépare à recevoir, en juin, le départ d'une étape du Tour de l'Ain. Mais un magazine municipal, ce n'est pas seulement l'annonce des grands projets : c'est aussi l'occasion de mettre en lumière celles et ceux qui, chaque jour, font vivre la solidarité dans notre ville. Ce mois-ci, nous leur consacrons notre dossier.</p>

<h2>Dossier : la solidarité au quotidien</h2>
<p>En 2025, le centre communal d'action sociale a reçu plus de 6 000 personnes et versé 2 100 aides facultatives. Derrière ces chiffres, une réalité : la hausse des prix de l'énergie et de l'alimentation a fragilisé de nombreux ménages qui n'avaient jamais poussé la porte d'un service social. « Nous voyons arriver des retraités, des salariés à temps partiel, des étudiants », témoigne la directrice du CCAS.</p>
<p>Pour leur répondre, la ville s'appuie sur un réseau associatif dense. Les Restos du cœur, installés dans l'ancien entrepôt municipal de la rue des Blanchisseries, ont distribué l'an dernier près de 400 000 repas grâce à 180 bénévoles. Le Secours populaire, le Secours catholique et l'épicerie sociale de la Croix-Blanche complètent l'offre. La ville met à disposition les locaux, prend en charge les fluides et a financé cet hiver l'achat d'une chambre froide.</p>
<p>La solidarité, c'est aussi l'accès au logement. Avec le SIAO et les associations d'hébergement, la ville a ouvert cet hiver vingt places supplémentaires de mise à l'abri pendant les périodes de grand froid. Une commission de prévention des expulsions réunit chaque mois le CCAS, les bailleurs, la CAF et l'ADIL pour trouver des solutions le plus en amont possible.</p>
<p>Enfin, la ville a renouvelé son soutien aux structures qui accompagnent les publics les plus fragiles : le centre d'accueil de demandeurs d'asile de la rue du Stand, dont les familles participent aux ateliers de la maison de quartier ; l'association d'aide aux femmes victimes de violences, qui a ouvert une permanence à l'hôtel de police ; le CSAPA, qui tient désormais une consultation jeunes consommateurs au point information jeunesse.</p>

<h2>Santé : le contrat local de santé renouvelé</h2>
<p>Signé en janvier avec l'agence régionale de santé et le département, le nouveau contrat local de santé fixe quatre priorités pour cinq ans : l'installation de médecins généralistes, la santé mentale, la prévention des conduites addictives et la santé des enfants. Une maison de santé pluriprofessionnelle ouvrira dans le quartier des Vennes en 2027. Le centre psychothérapique de l'Ain, partenaire historique de la ville, ouvrira de son côté un centre médico-psychologique pour adolescents à proximité du lycée Lalande.</p>

<h2>Travaux : où en est-on ?</h2>
<p>Boulevard de Brou : les réseaux sont achevés ; la pose des bordures et la plantation de 84 arbres débuteront le 16 mars. La circulation restera alternée jusqu'à la fin avril. Rue Teynière : la réfection des trottoirs est terminée. École Charles-Robin : les travaux de rénovation énergétique se poursuivent pendant les vacances de printemps ; aucune classe ne sera déplacée.</p>

<h2>Sports</h2>
<p>La ville accueillera le 14 juin le départ de la deuxième étape du Tour de l'Ain. Les associations sportives qui souhaitent tenir un stand au village départ peuvent se faire connaître auprès du service des sports avant le 15 avril. Le gymnase de la Vinaigrerie rouvre après la réfection de sa toiture.</p>

<h2>Culture</h2>
<p>La médiathèque de la Reyssouze ouvrira le 11 avril avec un week-end festif : lectures, concerts, jeux vidéo et atelier de réparation de vélos. Le monastère royal de Brou présente jusqu'au 31 mai l'exposition « Marguerite d'Autriche, une femme de pouvoir ». Le théâtre accueille en mars la compagnie locale Les Tréteaux de la Veyle pour trois représentations de « L'Avare ».</p>

<h2>Vie des quartiers</h2>
<p>Les conseils de quartier se réuniront entre le 16 et le 27 mars. À l'ordre du jour : le budget participatif 2026, doté de 200 000 euros, dont les projets pourront être déposés en ligne jusqu'au 30 avril. Parmi les idées déjà proposées : des boîtes à livres, un jardin partagé aux Vennes, des bancs le long de la Reyssouze et un terrain de pétanque éclairé.</p>

<h2>Expression des groupes politiques</h2>
<p><b>Groupe de la majorité</b> — La solidarité n'est pas une dépense, c'est un investissement dans la cohésion de notre ville. Nous continuerons à soutenir nos associations.</p>
<p><b>Groupe d'opposition</b> — Nous soutenons l'action sociale, mais demandons qu'une évaluation soit présentée chaque année au conseil municipal, association par association.</p>

<h2>Pratique</h2>
<p>Mairie : du lundi au vendredi, 8 h 30 – 17 h 30, samedi 9 h – 12 h (état civil). Pharmacie de garde : 3237. Urgences : 15. Violences conjugales : 3919. Enfance en danger : 119.</p>
""")

write_set(OUT, DOCX, HTML, FIXED)
