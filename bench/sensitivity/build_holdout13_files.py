"""Write the .docx and .html documents of the held-out sensitivity set holdout13.

Theme: public establishments other than town halls — a university (scolarité, jurys, sections
disciplinaires, bourses, handicap, recherche and industrial contracts), a CHU's administration
(affaires médicales, plaintes and CDU, ressources humaines, achats), a lycée and a collège (vie
scolaire, conseils de classe and de discipline, PAI/PAP, fonds social), an office public de l'habitat
(attributions, impayés, voisinage, contentieux), a museum and an archives service (prêts,
reproduction, communicabilité), a SDIS (interventions, aptitude médicale), a chambre consulaire and
an EPCI's water utility.

The set holds 150 hand-written documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90
.txt files written by hand in the corpus directory, and the 30 .docx (15 sovereign, 15 public) and
30 .html (15 sovereign, 15 public) documents written by this script. Labels: labels.jsonl.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout13_files.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docfiles import Blocks, write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout13"
FIXED = dt.datetime(2025, 6, 30, 9, 0, 0)

DOCX_BLOCKS: dict[str, Blocks] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# ---------------------------------------------------------------------------
# Sovereign .docx documents
# ---------------------------------------------------------------------------

DOCX_BLOCKS["s002_pv_section_disciplinaire_fraude.docx"] = [
    ("title", "Section disciplinaire du conseil académique compétente à l'égard des usagers"),
    ("p", "Université de Haute-Alsace-Vosges – Procès-verbal de la séance de jugement du 4 juillet 2024 – Affaire n° 2024-07"),
    ("p", "Formation de jugement : Pr Mathieu Kessler, président ; Mme Anne-Catherine Wurtz, maîtresse de conférences ; M. Julien Oberlé, BIATSS ; Mme Lina Boukhari et M. Paul Schaeffer, représentants des usagers."),
    ("h", "Personne poursuivie"),
    ("p", "M. Dylan Fischbach, né le 12 février 2003, inscrit en 2e année de licence Sciences de la vie, numéro étudiant 22104578."),
    ("h", "Faits"),
    ("p", "Lors de l'épreuve terminale de biochimie métabolique du 15 mai 2024 (amphithéâtre Weiss, 8 h 30 – 10 h 30), la surveillante, Mme Scherrer, a constaté à 9 h 12 que M. Fischbach consultait un téléphone portable dissimulé dans la manche de son sweat-shirt. L'appareil affichait une photographie de la fiche de cours « cycle de Krebs – bilan énergétique ». Le procès-verbal d'incident, signé par deux surveillants, a été transmis au président de l'université, qui a engagé les poursuites le 28 mai."),
    ("h", "Déroulement de l'audience"),
    ("p", "M. Fischbach comparaît, assisté de M. Hugo Lenz, étudiant élu. Il reconnaît les faits. Il explique avoir « paniqué » car il devait obtenir cette UE pour conserver sa bourse et qu'il avait travaillé de nuit dans un entrepôt logistique pendant toute la période de révisions. Il produit une attestation de son employeur."),
    ("p", "Le rapporteur relève qu'il s'agit d'une fraude caractérisée, préméditée, mais que l'étudiant n'a aucun antécédent et a fait preuve de sincérité."),
    ("h", "Décision"),
    ("p", "Après en avoir délibéré hors la présence de l'intéressé, la section disciplinaire prononce à l'encontre de M. Dylan Fischbach une exclusion de l'établissement pour une durée de six mois, assortie d'un sursis total. La sanction entraîne, de plein droit, la nullité de l'épreuve de biochimie métabolique de la session de mai 2024 (article R. 811-36 du code de l'éducation). L'intéressé pourra se présenter à la session de rattrapage."),
    ("table", [["Votants", "Pour", "Contre", "Abstention"], ["5", "4", "0", "1"]]),
    ("p", "Le président de la section disciplinaire, Pr Mathieu Kessler – Le secrétaire de séance, M. Julien Oberlé"),
]

DOCX_BLOCKS["s005_annexe_financiere_contrat_collaboration.docx"] = [
    ("title", "CONFIDENTIEL – Annexe 3 au contrat de collaboration de recherche n° DRV-2025-0142"),
    ("p", "Entre l'Université de Technologie de Picardie-Oise (laboratoire TIMR, UMR 7025) et la société Verdalys Biosourcés SAS (Compiègne). Document couvert par l'article 9 (confidentialité) du contrat – ne pas diffuser hors des signataires."),
    ("h", "1. Objet des travaux"),
    ("p", "Mise au point d'un procédé de fractionnement enzymatique de la pulpe de betterave permettant d'obtenir une fraction pectique à degré de méthylation contrôlé (DM < 35 %) utilisable comme liant de papier alimentaire. Le partenaire apporte sa souche propriétaire VB-Asp12 et son protocole de prétraitement (température 52 °C, pH 4,6, ratio enzyme/substrat 1,8 %), qui constituent un savoir-faire secret et ne peuvent être communiqués à des tiers ni publiés."),
    ("h", "2. Contribution financière du partenaire"),
    ("table", [
        ["Poste", "Montant HT", "Échéance"],
        ["Ingénieur de recherche (18 mois)", "86 400 €", "trimestrielle"],
        ["Consommables et analyses", "22 000 €", "au démarrage"],
        ["Accès plateforme pilote (40 jours)", "31 200 €", "sur relevé"],
        ["Frais de gestion université (12 %)", "16 776 €", "au prorata"],
        ["Total", "156 376 €", ""],
    ]),
    ("h", "3. Conditions particulières"),
    ("p", "Le coût de production cible visé par le partenaire est de 2,10 € par kg de fraction sèche, contre 3,40 € pour le procédé actuellement exploité sur son site de Chevrières ; l'écart de marge attendu justifie l'option d'exclusivité mondiale négociée (redevance de 2,5 % du chiffre d'affaires net pendant 10 ans, minimum garanti 40 000 € par an à compter de la 3e année)."),
    ("p", "Les résultats ne pourront être publiés qu'après un délai de revue de 60 jours et, le cas échéant, dépôt d'une demande de brevet au nom des deux parties."),
    ("p", "Pour l'université : le directeur de la recherche, Pr Étienne Vasseur. Pour Verdalys : Mme Clarisse Dambrine, présidente."),
]

DOCX_BLOCKS["s012_rapport_referent_handicap.docx"] = [
    ("title", "Relais handicap – Fiche de liaison pour l'équipe pédagogique"),
    ("p", "Université Savoie-Léman – Année 2024-2025 – Transmise au responsable de la mention Informatique et aux enseignants du semestre 3, avec l'accord de l'étudiant"),
    ("table", [
        ["Étudiant", "Arthur Vigneron-Baudry"],
        ["Formation", "Licence Informatique, 2e année, groupe B"],
        ["Avis médical", "Avis du médecin du SSU du 30/09/2024 – valable jusqu'au 31/08/2027"],
        ["Référente", "Mme Sonia Gallay, chargée d'accompagnement"],
    ]),
    ("h", "Ce que l'équipe doit savoir"),
    ("p", "Arthur présente un trouble du spectre de l'autisme diagnostiqué à l'adolescence (anciennement syndrome d'Asperger). Il excelle en programmation et comprend très vite les concepts abstraits. En revanche, les changements de salle ou d'horaire de dernière minute le mettent en grande difficulté, il peut quitter brutalement la salle en cas de bruit important, et les consignes implicites (« faites comme d'habitude ») ne sont pas comprises."),
    ("p", "Il lui arrive de ne pas regarder son interlocuteur ou de répondre très directement ; ce n'est jamais de l'impolitesse. Il a demandé lui-même que ses camarades de TP ne soient pas informés."),
    ("h", "Aménagements accordés"),
    ("p", "Tiers-temps à toutes les épreuves écrites ; salle à effectif réduit, place fixe près de la porte ; casque anti-bruit autorisé ; sujets imprimés avec consignes explicites ; travaux de groupe : possibilité de rendre une partie individuellement ; prévenir par écrit de tout changement d'emploi du temps au moins 48 h à l'avance."),
    ("p", "Contact en cas de difficulté : relais handicap, poste 3318."),
]

DOCX_BLOCKS["s014_pv_cdu_seance_mars.docx"] = [
    ("title", "Commission des usagers – procès-verbal de la séance du 20 mars 2025"),
    ("p", "Centre hospitalier universitaire de Poitiers-Vienne. Présidence : Mme Annick Bonnin, représentante des usagers (UDAF). Présents : le directeur de la qualité, le médiateur médical titulaire, la médiatrice non médicale, deux représentants des usagers, le coordonnateur général des soins."),
    ("h", "1. Approbation du procès-verbal du 12 décembre 2024"),
    ("p", "Approuvé sans observation."),
    ("h", "2. Indicateurs du 4e trimestre 2024"),
    ("p", "104 réclamations reçues, délai moyen de réponse de 22 jours. Hausse des réclamations relatives aux délais d'attente aux urgences pédiatriques. La CDU demande un point spécifique en juin."),
    ("h", "3. Examen des réclamations ayant donné lieu à médiation"),
    ("table", [
        ["N°", "Service", "Objet", "Suite"],
        ["2024-298", "Urgences adultes", "Temps d'attente de 11 h sur brancard, patient de 91 ans", "Réponse du chef de service, excuses ; plan d'action lits d'aval"],
        ["2024-311", "Orthopédie", "Perte d'une prothèse auditive", "Indemnisation 1 450 €"],
        ["2024-317", "Gynécologie-obstétrique (centre d'orthogénie)", "Mme Hélène Castagnède conteste le délai de 12 jours entre son premier appel et la consultation pour son IVG médicamenteuse, qui a dû finalement être réalisée par aspiration au-delà de 9 SA ; elle dénonce aussi un commentaire d'une secrétaire sur « la deuxième fois cette année »", "Médiation le 6/02 ; excuses écrites ; rappel à l'équipe du secrétariat ; ouverture de créneaux supplémentaires"],
        ["2024-322", "Psychiatrie adulte", "Contestation d'une mesure d'isolement", "Transmis au JLD ; réponse sur les droits"],
    ]),
    ("h", "4. Questions diverses"),
    ("p", "La représentante de France Assos Santé demande que le livret d'accueil soit traduit en anglais, arabe et roumain. Accord de principe de la direction."),
    ("p", "Prochaine séance : 19 juin 2025."),
]

DOCX_BLOCKS["s019_fiche_eig_chambre_securisee.docx"] = [
    ("title", "Déclaration interne d'événement indésirable grave associé aux soins (EIGS) – partie 1"),
    ("p", "CHU de Caen-Orne – Direction de la qualité et de la gestion des risques – Réf. EI-2025-00734 – Déclarant : M. Loïc Hamon, cadre de santé, unité d'hospitalisation sécurisée interrégionale (UHSI)"),
    ("table", [
        ["Date et heure", "Nuit du 8 au 9 avril 2025, vers 03 h 40"],
        ["Lieu", "UHSI, chambre 6"],
        ["Patient", "M. Rachid Ouazzani, 41 ans, détenu au centre pénitentiaire de Caen, hospitalisé depuis le 2 avril"],
        ["Type d'événement", "Auto-agression / défaut de surveillance"],
        ["Gravité", "Mise en jeu du pronostic vital"],
    ]),
    ("h", "Description des faits"),
    ("p", "Le patient, hospitalisé pour la prise en charge d'une endocardite sur toxicomanie intraveineuse, était traité par méthadone et benzodiazépines. Il avait exprimé la veille au psychiatre de liaison sa crainte d'être renvoyé en détention, après le rejet de sa demande de mise en liberté par la chambre de l'instruction. À 03 h 40, l'agent pénitentiaire de l'escorte a signalé ne plus entendre le patient : celui-ci a été retrouvé inconscient, un lien confectionné avec le drap autour du cou fixé à la barre du lit. Réanimation par l'IDE et l'interne de garde, transfert en réanimation médicale. État stable au 10 avril."),
    ("h", "Facteurs contributifs identifiés à chaud"),
    ("p", "Évaluation du risque suicidaire non réactualisée après l'annonce judiciaire ; ronde de 03 h 00 non effectuée (une IDE pour 8 patients cette nuit-là) ; barre de lit non conforme au cahier des charges de la chambre sécurisée ; communication insuffisante entre l'équipe soignante et l'escorte de l'administration pénitentiaire."),
    ("p", "Déclaration à l'ARS (partie 1) effectuée le 10 avril. RMM programmée le 29 avril. Information de la famille par le médecin le 9 avril."),
]

DOCX_BLOCKS["s025_pv_conseil_discipline_lycee.docx"] = [
    ("title", "Procès-verbal du conseil de discipline"),
    ("p", "Lycée professionnel Jean-Jaurès – Argenteuil – Séance du 11 février 2025 à 17 h 00"),
    ("p", "Présidence : M. Karim Haddad, proviseur. Membres : Mme Véronique Colin, proviseure adjointe ; M. Patrice Jourdain, gestionnaire ; Mme Awa Diop, CPE ; quatre représentants des personnels enseignants ; un représentant des personnels ATSS ; deux représentants des parents (FCPE) ; deux représentants des élèves. Quorum atteint."),
    ("h", "Élève traduit devant le conseil"),
    ("p", "Anthony Mercier, né le 3 juin 2008, élève de 1re Bac pro MELEC 2. Présent, assisté de sa mère, Mme Sabrina Mercier, et de M. Yacine Benamar, professeur, qu'il a choisi pour le défendre."),
    ("h", "Rappel des faits"),
    ("p", "Le 27 janvier 2025, vers 12 h 15, dans la cour, Anthony Mercier a frappé au visage, à plusieurs reprises, l'élève Samuel K. (2nde), qui a chuté et s'est cassé une incisive. Selon les témoins, l'altercation faisait suite à une dette de 40 € liée à la revente de « pods » de cigarette électronique. La victime a été prise en charge par les pompiers. Ses parents ont déposé plainte le jour même au commissariat d'Argenteuil ; l'élève Anthony Mercier a été convoqué par la police le 30 janvier. Il avait déjà fait l'objet d'un blâme en novembre pour insultes envers un surveillant."),
    ("h", "Débats"),
    ("p", "Anthony Mercier reconnaît les coups mais affirme avoir été provoqué. Sa mère indique qu'il est suivi par un éducateur de la PJJ dans le cadre d'une mesure antérieure et qu'elle ne parvient plus à se faire obéir. M. Benamar souligne les bons résultats de l'élève en atelier et son projet d'apprentissage."),
    ("h", "Décision"),
    ("table", [
        ["Sanction proposée", "Pour", "Contre", "Blancs"],
        ["Exclusion définitive de l'établissement", "9", "4", "1"],
    ]),
    ("p", "Le conseil prononce l'exclusion définitive de l'établissement. Le DASEN sera saisi pour une nouvelle affectation. Décision notifiée le jour même ; voies de recours : appel devant le recteur dans un délai de huit jours."),
]

DOCX_BLOCKS["s027_commission_fonds_social.docx"] = [
    ("title", "Commission du fonds social lycéen et du fonds social pour les cantines"),
    ("p", "Lycée Paul-Éluard – Saint-Denis – Séance du 21 novembre 2024 – Document de travail remis aux membres, à restituer en fin de séance"),
    ("p", "Membres : M. Xavier Poulain, proviseur adjoint (président) ; Mme Fanny Barreau, assistante sociale ; Mme Julie Cohen, CPE ; M. Marc Alves, gestionnaire ; Mme Nadia Toumi, professeure principale de 2nde 7."),
    ("table", [
        ["Élève / classe", "Situation exposée par l'assistante sociale", "Demande", "Décision"],
        ["Ibrahima S. – 2nde 3", "Famille de 6 hébergée à l'hôtel par le 115 à Aubervilliers depuis l'expulsion de mars ; père sans emploi, mère en congé maternité", "Demi-pension T1 + carte Navigo", "Accordé 410 €"],
        ["Jade M. – 1re STMG 1", "Mère seule, bénéficiaire du RSA, dette de loyer de 2 300 € avec procédure d'expulsion programmée en avril ; l'élève travaille le week-end", "Manuels + calculatrice", "Accordé 165 €"],
        ["Rayan B. – Tle 4", "Parents séparés, l'élève vit chez son père, qui est en arrêt maladie longue durée", "Voyage à Berlin", "Accordé 220 € (sur 380 €)"],
        ["Maria-Luisa P. – 2nde 7", "Arrivée de Colombie en juillet avec sa mère, hébergées chez une tante ; aucune ressource déclarée pour l'instant", "Demi-pension année", "Accordé 612 €"],
        ["Kevin D. – 1re 2", "Dossier incomplet (avis d'imposition manquant)", "Demi-pension", "Ajourné"],
    ]),
    ("p", "Total accordé : 1 407 €. Crédits restants au titre de 2024 : 2 118 €."),
]

DOCX_BLOCKS["s033_commission_educative.docx"] = [
    ("title", "Commission éducative – relevé de conclusions"),
    ("p", "Collège Marcel-Pagnol – Aubagne – 4 décembre 2024"),
    ("p", "Élève : Océane Rouvière, 4e E. Présents : Mme Laure Gimenez, principale ; M. Florian Agostini, CPE ; Mme Céline Mas, professeure principale ; Mme Ghislaine Blanc, infirmière ; Mme Amandine Roux, éducatrice spécialisée de la maison d'enfants à caractère social « Les Calanques », référente de l'élève."),
    ("h", "Motif de la réunion"),
    ("p", "Depuis octobre : sept exclusions de cours, refus de travail, deux fugues de l'établissement à l'interclasse, propos injurieux à l'égard d'une AED."),
    ("h", "Éléments de contexte"),
    ("p", "Mme Roux rappelle qu'Océane est confiée à l'aide sociale à l'enfance depuis le 8 novembre, par ordonnance de placement provisoire du juge des enfants de Marseille, et accueillie à la MECS depuis cette date. Les visites de sa mère sont médiatisées, le père n'a plus de droit de visite. Océane vit très mal la séparation d'avec son petit frère, placé dans une famille d'accueil à La Ciotat. Les fugues correspondent aux jours où une visite a été annulée."),
    ("h", "Mesures décidées"),
    ("p", "Pas de procédure disciplinaire à ce stade. Emploi du temps aménagé pendant trois semaines avec un temps quotidien en vie scolaire ; rendez-vous hebdomadaire avec l'infirmière ; fiche de suivi signée par la MECS ; information de la principale en cas d'absence dans l'heure. Les bulletins et convocations sont adressés à l'ASE, service de Marseille-Est, qui exerce les attributs de l'autorité parentale relatifs à la scolarité."),
    ("p", "Prochain point : 8 janvier 2025."),
]

DOCX_BLOCKS["s039_demande_mutation_raisons_sante.docx"] = [
    ("title", "Demande de mutation interne – instruction"),
    ("p", "Angers Loire Habitat – Service gestion locative – Dossier MUT-2025-0089 – Instruit par Mme Coralie Hervé, le 7 mai 2025"),
    ("table", [
        ["Titulaire du bail", "M. Henri Leclerc-Ndiaye, 68 ans"],
        ["Logement actuel", "T3, 5e étage sans ascenseur, 14 rue de la Madeleine, Angers"],
        ["Composition du foyer", "Le titulaire et son épouse, Mme Marie-Thérèse Leclerc-Ndiaye"],
        ["Ressources", "Retraites : 1 730 €/mois"],
        ["Logement souhaité", "T2 ou T3 en rez-de-chaussée ou avec ascenseur, même quartier"],
    ]),
    ("h", "Motif de la demande"),
    ("p", "Le certificat du Dr Pineau, pneumologue au CHU, joint sous pli fermé et ouvert avec l'accord du locataire, indique que M. Leclerc-Ndiaye est désormais placé sous oxygénothérapie de longue durée (concentrateur à domicile, 16 h/jour, bouteille de déambulation) et qu'il lui est impossible de monter plus d'un étage. Depuis février, il ne sort plus de chez lui qu'avec l'aide des pompiers ou de son fils. Son épouse, qui s'occupe de lui, a elle-même été opérée de la hanche en mars."),
    ("h", "Avis du service"),
    ("p", "Demande prioritaire au titre de l'inadaptation du logement au handicap. Proposition de présentation en CALEOL du 22 mai sur le T2 accessible de la résidence Saint-Serge (libération au 1er juin). Ajustement du loyer : −46 €/mois."),
]

DOCX_BLOCKS["s045_maquette_catalogue_poeme.docx"] = [
    ("title", "Catalogue « Les Rivages intérieurs » – maquette, pages 14-15 (BAT 2)"),
    ("p", "Musée des Beaux-Arts et d'Archéologie de Vienne-sur-Rhône – Exposition Marthe Orsel (1931-2019), peintures de l'estuaire – Relecture : service des éditions"),
    ("h", "Ouverture – texte de l'écrivaine invitée"),
    ("p", "Nous reproduisons en regard de « Marée basse à Paimbœuf » (1974) le poème que Clémence Varenne, poète et romancière, a écrit pour l'exposition et qu'elle a publié dans son recueil L'Heure des vasières (Éditions du Chenal, 2023). Droits accordés pour la seule édition du catalogue, 1 500 exemplaires, hors numérique – © Clémence Varenne / Éditions du Chenal, 2023."),
    ("p", "La mer s'est retirée sans rien dire à personne,\net l'estuaire a gardé sa peau de vieil étain ;\nnous marchions, toi devant, dans ce qui nous abandonne,\nles bottes dans la nuit qui tenait au matin."),
    ("p", "Il reste des bateaux couchés comme des bêtes,\nun héron qui compte ses pas sur le limon,\net ce gris que tu mets, Marthe, au fond de chaque tête,\ncomme on laisse une lampe au bout d'une maison."),
    ("p", "Je ne sais pas peindre. Je sais seulement attendre\nque l'eau revienne lire ce qu'elle avait laissé :\nune corde, un silence, une planche trop tendre,\net ton nom, à marée haute, effacé."),
    ("h", "Note pour le graphiste"),
    ("p", "Respecter la mise en page de l'autrice (strophes séparées, pas de justification). Mention de copyright en pied de page 15, corps 7. Ne pas reprendre ce texte dans le dossier de presse ni sur le site : l'éditeur ne l'a pas autorisé."),
]

DOCX_BLOCKS["s049_commission_aptitude_spv.docx"] = [
    ("title", "Service de santé et de secours médical – Relevé de la commission d'aptitude du 3 avril 2025"),
    ("p", "SDIS de la Haute-Vienne – Document médical – destinataire : médecin-chef et médecins sapeurs-pompiers. Les chefs de centre ne reçoivent que la colonne « décision »."),
    ("table", [
        ["Agent", "CIS", "Éléments médicaux", "Décision"],
        ["SPV Kévin Marchetti, 29 ans", "Saint-Junien", "HbA1c 8,9 % ; insulinothérapie basal-bolus depuis novembre ; deux hypoglycémies sévères rapportées (dont une au volant) ; capteur glycémique en continu", "Inapte temporaire aux missions opérationnelles – réévaluation à 6 mois avec avis de l'endocrinologue"],
        ["SPP Julie Aumasson, 34 ans", "Limoges Centre", "Reprise après congé maternité ; allaitement en cours", "Apte avec restriction (pas d'ARI) jusqu'au 30/09"],
        ["SPV Ousmane Kanté, 45 ans", "Bellac", "Audiogramme : perte 40 dB sur 4 000 Hz bilatérale ; port de protections obligatoire", "Apte"],
        ["SPV Romain Delage, 22 ans", "Ambazac", "Suivi psychologique après l'intervention du 14 février (décès d'un enfant) ; traitement par sertraline", "Apte – suivi SSSM mensuel"],
    ]),
    ("p", "Médecin-commandant Philippe Beaubreuil, président de la commission."),
]

DOCX_BLOCKS["s055_etude_implantation_lanvian.docx"] = [
    ("title", "Étude de faisabilité – Projet d'implantation d'une unité de production"),
    ("p", "CCI Bretagne Ouest – Direction du développement économique – Document confidentiel établi pour la société Armor Conserves Marines (ACM) – Ne pas diffuser"),
    ("h", "1. Contexte"),
    ("p", "ACM envisage de transférer son atelier de Douarnenez vers une unité neuve sur la zone de Lanvian (Quimper), avec une montée en capacité de 9 000 à 15 000 tonnes par an. Ce projet n'a pas été annoncé aux salariés ni aux concurrents ; il est couvert par un accord de confidentialité signé le 4 février 2025."),
    ("h", "2. Données économiques communiquées par l'entreprise"),
    ("table", [
        ["Indicateur", "2024 (réel)", "2028 (projection)"],
        ["Chiffre d'affaires", "38,6 M€", "61,0 M€"],
        ["Marge brute", "24,1 %", "29,5 %"],
        ["Coût matière (sardine, maquereau) par tonne", "1 480 €", "1 390 € (contrat pluriannuel avec l'OP Pêcheurs de Bretagne, en négociation)"],
        ["Prix moyen de vente à la grande distribution (boîte 115 g)", "1,02 €", "1,08 €"],
        ["Investissement", "–", "21,4 M€ dont 4,5 M€ de subventions sollicitées"],
    ]),
    ("h", "3. Analyse"),
    ("p", "La rentabilité repose principalement sur le nouveau procédé de précuisson vapeur à contre-courant développé en interne par ACM, qui réduit de 38 % la consommation d'énergie ; les paramètres du procédé n'ont pas été brevetés pour éviter leur divulgation. Le principal risque est la perte du contrat de marque distributeur avec l'enseigne E., qui représente 41 % du volume et arrive à échéance en 2026."),
    ("p", "Rédacteurs : Yann Kerhervé et Morgane Le Floc'h, chargés d'affaires industrie."),
]

DOCX_BLOCKS["s060_rapport_depistage_agent_regie.docx"] = [
    ("title", "Rapport circonstancié – contrôle de dépistage du 17 septembre 2024"),
    ("p", "Régie des eaux de la Communauté d'agglomération du Pays de Dreux – Service exploitation réseaux – Destinataire : directeur de la régie, DRH de l'agglomération"),
    ("p", "Rédacteur : M. Christophe Lemaire, chef d'équipe réseaux"),
    ("h", "Faits"),
    ("p", "Le 17 septembre vers 7 h 45, avant le départ en chantier de renouvellement de branchements rue de Sénarmont, j'ai constaté que M. Steven Godard, agent de maîtrise conducteur de la mini-pelle, avait les yeux très rouges, un discours ralenti et une forte odeur de cannabis dans le véhicule de service. Conformément au règlement intérieur (poste à risque figurant sur la liste des postes soumis à dépistage), j'ai procédé en présence de M. Rachid Amrani, chef d'équipe, à un test salivaire de dépistage de stupéfiants."),
    ("p", "Le test s'est révélé positif au THC. M. Godard a reconnu avoir « fumé la veille au soir » et a refusé la contre-expertise. Il a été retiré de son poste et raccompagné à son domicile par un collègue ; il n'a pas conduit."),
    ("h", "Antécédents"),
    ("p", "M. Godard avait déjà fait l'objet d'un rappel écrit en mars 2024 pour des retards répétés et d'un entretien avec la médecine de prévention en juin, au cours duquel il avait évoqué « des soucis personnels ». Son dernier entretien professionnel le qualifie d'agent compétent mais « irrégulier »."),
    ("h", "Proposition"),
    ("p", "Engagement d'une procédure disciplinaire (exclusion temporaire de fonctions) et orientation vers le médecin de prévention et un CSAPA."),
]

DOCX_BLOCKS["s065_note_equilibre_peuplement.docx"] = [
    ("title", "Note interne – Équilibre de peuplement, résidence Les Sablons"),
    ("p", "Agence de Sarcelles – De : responsable d'agence – À : chargées de clientèle, gardien – 12 février 2025"),
    ("p", "Suite à la réunion avec l'amicale des locataires et aux tensions dans la cage B, je vous demande d'appliquer les consignes suivantes pour les prochaines propositions de logement sur la résidence."),
    ("p", "1. Éviter de proposer les logements de la cage B à des familles comoriennes ou mahoraises, déjà très représentées (famille Saïd Ali au 2e, famille Madi au 4e, famille Abdallah au 5e), et ce jusqu'à nouvel ordre ; privilégier des ménages « européens » ou des retraités."),
    ("p", "2. Pour la famille Houmadi (demande de mutation du bât. C vers le bât. B, T4 libéré au 3e), ne pas présenter le dossier en CALEOL en mars ; les orienter vers Garges."),
    ("p", "3. Ces consignes sont orales et ne doivent pas apparaître dans les fiches de présentation ni dans les motifs de refus."),
    ("p", "Merci de votre discrétion."),
    ("p", "Commentaire manuscrit de la chargée de clientèle transmis le 14/02 au référent déontologie : « Je refuse d'appliquer cette note, qui me paraît discriminatoire au sens de l'article 225-1 du code pénal. »"),
]

DOCX_BLOCKS["s073_courrier_dri_prefecture_cra.docx"] = [
    ("title", "Courrier à Monsieur le Préfet de Seine-et-Marne"),
    ("p", "Université Paris-Marne-Est – Direction des relations internationales – Champs-sur-Marne, le 24 février 2025"),
    ("p", "Objet : situation de M. Adama Koné, étudiant en master 2 Génie urbain – demande de réexamen"),
    ("p", "Monsieur le Préfet,"),
    ("p", "J'ai l'honneur d'appeler votre attention sur la situation de M. Adama Koné, de nationalité ivoirienne, né le 19 avril 1999, inscrit régulièrement à l'université depuis 2021 et actuellement en dernière année de master."),
    ("p", "À la suite du refus de renouvellement de son titre de séjour « étudiant », motivé par une attestation de ressources jugée insuffisante, M. Koné a fait l'objet d'une obligation de quitter le territoire français notifiée le 3 décembre 2024. Interpellé le 19 février lors d'un contrôle en gare de Torcy, il est retenu depuis au centre de rétention administrative du Mesnil-Amelot."),
    ("p", "Or M. Koné a obtenu en janvier un contrat d'alternance avec la société Urbalis pour la fin de son master (pièce jointe), qui lui assure désormais des ressources suffisantes. Ses résultats sont excellents (moyenne de 15,4 au premier semestre) et sa soutenance de mémoire est fixée au 12 juin."),
    ("p", "L'université sollicite en conséquence, à titre exceptionnel, le réexamen de sa situation et la délivrance d'un titre de séjour lui permettant d'achever ses études."),
    ("p", "Je vous prie d'agréer, Monsieur le Préfet, l'expression de ma haute considération."),
    ("p", "La vice-présidente Relations internationales, Pr Catherine Lemoine-Traoré"),
    ("p", "Copie : Cimade (intervenante au CRA), avocat de l'intéressé."),
]

# ---------------------------------------------------------------------------
# Sovereign .html documents
# ---------------------------------------------------------------------------

HTML_PAGES["s003_intranet_deliberations_jury_l3.html"] = (
    "Jury L3 LEA – session 1 – relevé de délibération",
    """
<header><p>Intranet scolarité – UFR Langues – accès gestionnaires et membres du jury</p></header>
<h1>Licence 3 LEA anglais-espagnol – Jury du semestre 6 – 27 juin 2024</h1>
<p>Présidente du jury : Mme Inmaculada Ferrer-Roux. Membres : M. Gareth Owen, Mme Sylvie Hamelin, M. Jorge Pacheco.</p>
<table border="1">
<thead><tr><th>N° étudiant</th><th>Nom</th><th>Moy. S6</th><th>Décision</th><th>Observations du jury</th></tr></thead>
<tbody>
<tr><td>21800231</td><td>ALLARD Chloé</td><td>13,42</td><td>ADM – AB</td><td></td></tr>
<tr><td>21803377</td><td>BENCHEIKH Sofiane</td><td>10,08</td><td>ADM</td><td>+0,2 point de jury sur UE 6.3</td></tr>
<tr><td>21701984</td><td>CARVALHO Inês</td><td>8,91</td><td>AJAC</td><td>Absente à 3 épreuves : hospitalisée en avril (service de pédopsychiatrie-jeunes adultes du CH Esquirol, certificat transmis par le SSU). Le jury l'autorise à composer en session 2 avec tiers-temps, sans report de notes défavorables.</td></tr>
<tr><td>21805512</td><td>DUBOIS Mathis</td><td>11,70</td><td>ADM</td><td></td></tr>
<tr><td>21804460</td><td>EL AMRANI Yasmine</td><td>14,85</td><td>ADM – B</td><td>Major de promotion</td></tr>
<tr><td>21800975</td><td>FONTAINE Lucas</td><td>6,12</td><td>AJ</td><td>Travail insuffisant, absences non justifiées</td></tr>
</tbody>
</table>
<p>Résultats publiés sur l'ENT le 28 juin à 17 h. Les observations ne figurent pas sur le relevé de notes.</p>
""",
)

HTML_PAGES["s008_aides_urgence_commission.html"] = (
    "Commission aides spécifiques ponctuelles – séance du 7 novembre",
    """
<h1>Aides spécifiques ponctuelles – commission du 7 novembre 2024</h1>
<p>Service social étudiant – Campus de Villejean. Extraction de l'outil d'instruction (liste nominative – réservée aux membres de la commission).</p>
<table border="1">
<tr><th>Réf.</th><th>Étudiant·e</th><th>Formation</th><th>Situation (synthèse AS)</th><th>Montant demandé</th><th>Décision</th></tr>
<tr><td>ASP-0911</td><td>Morgane Le Coz</td><td>L1 Histoire</td><td>Rupture familiale depuis septembre (a quitté le domicile parental à la suite de conflits violents avec le beau-père) ; hébergée chez une amie à Cesson ; pas encore de bourse (dossier en révision des ressources des parents).</td><td>1 200 €</td><td>1 200 € + orientation résidence CROUS</td></tr>
<tr><td>ASP-0914</td><td>Abdoulaye Diakhaby</td><td>M1 Informatique</td><td>Dette de loyer de 1 240 € auprès de son bailleur privé, retard de versement de l'APL ; travaille 18 h/semaine.</td><td>900 €</td><td>700 €</td></tr>
<tr><td>ASP-0917</td><td>Elsa Poirier</td><td>L3 Psychologie</td><td>Étudiante mère d'un enfant de 2 ans, séparée, pas de pension versée par le père ; frais de crèche.</td><td>600 €</td><td>600 €</td></tr>
<tr><td>ASP-0920</td><td>Tuan Nguyen</td><td>L2 Économie</td><td>Frais dentaires non remboursés (850 €), pas de complémentaire santé.</td><td>850 €</td><td>500 € + aide CSS</td></tr>
</table>
<p>Total accordé : 3 000 €. Prochaine commission : 21 novembre.</p>
""",
)

HTML_PAGES["s009_wiki_plateforme_acces.html"] = (
    "Wiki plateforme P3 – accès et enrôlement",
    """
<h1>Plateforme confinée NSB3 – Procédure d'accès (page wiki interne)</h1>
<p>Dernière modification : 14/01/2025 par L. Mercadal (responsable sécurité biologique)</p>
<h2>1. Contrôle d'accès</h2>
<p>L'entrée dans le sas s'effectue par badge + lecteur d'empreinte digitale (modèle Morpho Sigma Lite). Le code de secours du clavier, à utiliser uniquement en cas de panne du lecteur, est <strong>4729#</strong> (à changer en mars). La porte de sortie d'urgence côté autoclave n'est pas reliée à l'alarme le week-end.</p>
<h2>2. Personnes enrôlées (gabarits biométriques enregistrés sur le serveur de contrôle d'accès)</h2>
<table border="1">
<tr><th>Nom</th><th>Statut</th><th>Doigts enrôlés</th><th>Remarque</th></tr>
<tr><td>Lucie Mercadal</td><td>IR, responsable</td><td>index D, index G</td><td></td></tr>
<tr><td>Pierre-Antoine Saulnier</td><td>MCF</td><td>index D, majeur D</td><td></td></tr>
<tr><td>Hanna Kowalczyk</td><td>doctorante</td><td>pouce D</td><td>empreintes peu lisibles (eczéma des mains), ré-enrôlement prévu</td></tr>
<tr><td>Mehdi Bouaziz</td><td>post-doctorant</td><td>index D, index G</td><td>accès jusqu'au 31/08</td></tr>
</table>
<h2>3. Souches manipulées</h2>
<p>Voir la page « Inventaire MOT » (accès restreint).</p>
""",
)

HTML_PAGES["s016_intranet_rh_mouvements.html"] = (
    "Mouvements du personnel – février",
    """
<h1>DRH – Mouvements du personnel non médical – février 2025</h1>
<p>Page intranet réservée aux cadres de pôle.</p>
<table border="1">
<tr><th>Agent</th><th>Grade</th><th>Unité</th><th>Mouvement</th><th>Date</th></tr>
<tr><td>Mme Claire Dufresne-Aït Ali</td><td>IDE</td><td>Cardiologie 3</td><td>Placement en congé de longue maladie (CLM)</td><td>03/02/2025</td></tr>
<tr><td>M. Bastien Royer</td><td>AS</td><td>Gériatrie</td><td>Mutation interne vers SSR</td><td>10/02/2025</td></tr>
<tr><td>Mme Laetitia Fournel</td><td>Secrétaire médicale</td><td>ORL</td><td>Disponibilité pour convenances personnelles</td><td>01/02/2025</td></tr>
</table>
""",
)

HTML_PAGES["s028_message_ent_parent.html"] = (
    "Messagerie – Vie scolaire",
    """
<div class="message">
<p><strong>De :</strong> Mme Élodie Carpentier (responsable légale de Timéo Carpentier, 5e B)<br>
<strong>À :</strong> Vie scolaire ; Secrétariat de direction<br>
<strong>Date :</strong> 09/09/2024 21:36<br>
<strong>Objet :</strong> Bulletins et sorties – important</p>
<p>Bonjour,</p>
<p>Suite au jugement du juge aux affaires familiales du 28 août, le père de Timéo, M. Grégory Carpentier, n'exerce plus l'autorité parentale et n'a plus qu'un droit de visite médiatisé. Merci de ne plus lui communiquer les bulletins ni lui donner accès à l'ENT, et surtout de ne jamais laisser Timéo partir avec lui à la sortie. Je dépose une copie du jugement au secrétariat demain matin.</p>
<p>Merci,<br>Élodie Carpentier</p>
</div>
""",
)

HTML_PAGES["s031_export_appel_vie_scolaire.html"] = (
    "Vie scolaire – export des absences – 3e C",
    """
<h1>Export absences et motifs – classe 3e C – semaine du 13 au 17 janvier 2025</h1>
<p>Collège Henri-Wallon – logiciel de vie scolaire – export du 20/01/2025</p>
<table border="1">
<tr><th>Élève</th><th>Date</th><th>Créneaux</th><th>Motif saisi</th><th>Justifié</th></tr>
<tr><td>BERTIN Lola</td><td>13/01</td><td>M1-M4</td><td>Maladie</td><td>Oui</td></tr>
<tr><td>DA SILVA Enzo</td><td>14/01</td><td>S1</td><td>Retard car</td><td>Oui</td></tr>
<tr><td>GHAZARYAN Armen</td><td>15/01</td><td>M1-S3</td><td>Convocation OFPRA à Fontenay avec sa mère et interprète (demande d'asile familiale) – mot de la mère + convocation photographiée</td><td>Oui</td></tr>
<tr><td>GHAZARYAN Armen</td><td>16/01</td><td>M1-M2</td><td>RDV CADA (hébergement)</td><td>Oui</td></tr>
<tr><td>MARTIN Jules</td><td>17/01</td><td>M3</td><td>Orthodontiste</td><td>Oui</td></tr>
<tr><td>TOURE Awa</td><td>17/01</td><td>M1-S3</td><td>Non justifiée – famille injoignable</td><td>Non</td></tr>
</table>
""",
)

HTML_PAGES["s036_formulaire_trouble_voisinage.html"] = (
    "Formulaire en ligne – Signaler un trouble de voisinage – demande n° 2025-TV-0382",
    """
<h1>Signaler un trouble de voisinage</h1>
<p>Espace locataire – accusé de réception de votre demande n° 2025-TV-0382 – 04/04/2025 23:18</p>
<dl>
<dt>Votre nom</dt><dd>Mme Jocelyne Perrot</dd>
<dt>Votre adresse</dt><dd>Résidence Les Peupliers, bât. C, 3e gauche, 4 rue Ampère, Villeurbanne</dd>
<dt>Type de trouble</dt><dd>Bruit / comportement menaçant</dd>
<dt>Personne(s) concernée(s)</dt><dd>Le locataire du 4e gauche, bât. C (juste au-dessus de chez moi)</dd>
<dt>Description</dt>
<dd>Depuis qu'il est sorti de prison en janvier (tout le monde le sait dans l'immeuble, il a fait deux ans à Corbas pour trafic), il y a des allées et venues toute la nuit, des gens qui attendent dans la cage d'escalier et qui sonnent chez moi par erreur. Il rentre ivre presque tous les soirs et tape dans les murs. La police est venue trois fois (les 12/02, 3/03 et 1/04). Samedi il m'a dit dans l'escalier que si je rappelais la police « ça allait mal finir pour [moi] ». J'ai 74 ans et je vis seule, j'ai peur. J'ai déposé une main courante le 2 avril.</dd>
<dt>Pièces jointes</dt><dd>récépissé_main_courante.pdf</dd>
</dl>
<p>Votre demande a été transmise à votre agence. Un conseiller vous contactera sous 5 jours ouvrés.</p>
""",
)

HTML_PAGES["s042_archives_page_exposition_extrait.html"] = (
    "Exposition virtuelle – La Retirada, 1939 – Lire un extrait",
    """
<h1>La Retirada, février 1939 : l'exil républicain espagnol dans les Pyrénées-Orientales</h1>
<p>Exposition virtuelle des Archives départementales – section 3 : « Les camps de la plage »</p>
<h2>Un témoignage littéraire</h2>
<p>Pour accompagner les documents d'archives, nous publions ici un extrait du livre de l'historienne Núria Castellví, <em>Le Sable et les barbelés</em> (Éditions Trabucaire-Sud, 2021), chapitre 4.</p>
<blockquote>
<p>« Ils arrivaient par le col du Perthus et par Cerbère, à pied, dans la neige mêlée de boue, avec des matelas roulés sur le dos et des enfants endormis sur les épaules. À Argelès, on ne leur avait rien préparé, sinon deux rangées de barbelés et la mer. Le premier soir, les hommes creusèrent des trous dans le sable pour s'abriter du vent ; au matin, certains ne se relevèrent pas. Josep, qui avait dix-sept ans et qui me racontait cela soixante ans plus tard dans sa cuisine de Perpignan, se souvenait surtout de la faim et du bruit : le vent, la mer, les gardes sénégalais qui criaient des ordres qu'on ne comprenait pas, et la nuit, les toux.</p>
<p>Les autorités parlaient de « camp de concentration », au sens que le mot avait alors : on concentrait. Mais il n'y avait ni baraques, ni latrines, ni eau potable. L'eau de mer servait à tout. La dysenterie se déclara dans la deuxième semaine. Les femmes et les enfants avaient été séparés des hommes à la frontière et dirigés vers des centres d'hébergement dispersés dans quarante départements ; les familles mirent des mois, parfois des années, à se retrouver, par l'intermédiaire de petites annonces dans les journaux de l'exil.</p>
<p>Ce que Josep ne me dit pas tout de suite, et que je découvris plus tard dans sa fiche d'internement, c'est qu'il s'était engagé dans une compagnie de travailleurs étrangers pour sortir du camp, et qu'il avait construit, pendant l'hiver 1940, les fortifications d'une ligne qui ne servit à rien. »</p>
</blockquote>
<p>© Núria Castellví / Éditions Trabucaire-Sud, 2021. Reproduit avec l'aimable autorisation de l'éditeur.</p>
<h2>Documents associés</h2>
<ul><li>Registre du camp d'Argelès, 1939 (cote 1287 W 3)</li><li>Photographies du service de propagande de la préfecture</li></ul>
""",
)

HTML_PAGES["s046_main_courante_salle_lecture.html"] = (
    "Main courante – salle de lecture",
    """
<h1>Main courante – salle de lecture – 22/10/2024</h1>
<p>15 h 40 : M. Olivier Tessandier (carte lecteur 2019-0457) surpris par l'agent de salle en train de glisser dans sa sacoche une lettre autographe du fonds Dupuy-Montbrun (cote 42 J 18). Document récupéré intact. Police appelée, plainte déposée par la directrice à 17 h 10. Accès aux salles suspendu pour ce lecteur.</p>
""",
)

HTML_PAGES["s051_intranet_codes_centres.html"] = (
    "Codes d'accès des centres d'incendie et de secours – groupement Est",
    """
<p style="color:red"><strong>DIFFUSION RESTREINTE – SDIS 67 – réservé aux chefs de garde et officiers de permanence – ne pas imprimer</strong></p>
<h1>Codes d'accès des CIS – groupement Est – mise à jour du 1er mars 2025</h1>
<table border="1">
<tr><th>Centre</th><th>Portail véhicules</th><th>Porte piétonne</th><th>Boîte à clés (clés de la remise)</th><th>Alarme intrusion</th></tr>
<tr><td>CIS Haguenau</td><td>télécommande + 2 8 1 4</td><td>7731</td><td>derrière le poteau incendie, code 0912</td><td>désactivation 5566*</td></tr>
<tr><td>CIS Bischwiller</td><td>4402</td><td>4402A</td><td>local ARI, cadenas 3318</td><td>1984#</td></tr>
<tr><td>CIS Wissembourg</td><td>badge uniquement</td><td>6020</td><td>sous l'escalier extérieur, code 2406</td><td>0000 (à modifier – défaut installateur)</td></tr>
</table>
<p>Rappel : les codes des armoires à pharmacie (stupéfiants des VLI) sont détenus par les ISP uniquement.</p>
""",
)

HTML_PAGES["s057_demande_en_ligne_echeancier.html"] = (
    "Service de l'eau – Ma demande d'échéancier",
    """
<h1>Demande de délai de paiement – confirmation</h1>
<p>Eau du Bassin Rennais – espace abonné – demande n° ECH-25-11802 du 12/03/2025</p>
<p><strong>Abonné :</strong> M. Jean-Luc Gaudin – contrat 4100238 – 17 rue de Fougères, Betton</p>
<p><strong>Facture concernée :</strong> 486,20 € (relève de janvier)</p>
<p><strong>Votre message :</strong> « Bonjour, je ne peux pas payer cette facture en une fois. Je vis seul avec l'AAH depuis mon accident de travail et ma pension d'invalidité n'a pas encore été versée. J'ai fait une demande au FSL par l'intermédiaire du CCAS. Est-ce possible en 6 fois ? Merci. »</p>
<p><strong>Échéancier proposé :</strong> 6 mensualités de 81,03 €.</p>
""",
)

HTML_PAGES["s059_scada_documentation_acces.html"] = (
    "Télégestion eau potable – documentation d'exploitation",
    """
<p><strong>CONFIDENTIEL – Usage interne exploitation – ne pas transmettre aux prestataires sans accord du RSSI</strong></p>
<h1>Supervision Topkapi – Syndicat des eaux de la Vallée de l'Orne</h1>
<h2>Accès distants</h2>
<ul>
<li>Poste de supervision principal : usine de Saint-Rémy, accès VPN via le concentrateur 10.20.0.1, compte d'astreinte « astreinte_eau », mot de passe <code>Orne!2024Sup</code> (non modifié depuis l'installation).</li>
<li>Les automates des réservoirs de Clécy et Thury-Harcourt sont encore joignables par modem GSM sans authentification (numéros dans le classeur rouge) – migration prévue au budget 2026.</li>
</ul>
<h2>Points vulnérables identifiés (audit ANSSI-PA du 10/2024)</h2>
<ol>
<li>Réservoir de tête de Mesnil-Villement : trappe de visite non alarmée, clôture endommagée côté chemin rural.</li>
<li>Station de chloration : le dosage peut être modifié à distance sans double validation.</li>
<li>Absence de journalisation des connexions du prestataire de maintenance.</li>
</ol>
""",
)

HTML_PAGES["s067_signalement_procureur_eleve.html"] = (
    "Signalement – copie établissement",
    """
<h1>Signalement au procureur de la République – copie conservée par l'établissement</h1>
<p>Lycée Gustave-Eiffel – Bordeaux – transmis le 14/03/2025 au parquet des mineurs, copie à la CRIP 33 et au DASEN</p>
<h2>Mineure concernée</h2>
<p>Inès Bouchareb, née le 02/10/2009 (15 ans), élève de 2nde 4. Responsables légaux : M. et Mme Bouchareb, Mérignac.</p>
<h2>Faits portés à notre connaissance</h2>
<p>Le 12 mars, une camarade d'Inès a informé l'infirmière, Mme Dubreuil, qu'Inès « sortait avec un homme de 26 ans » rencontré sur un réseau social, qu'il venait la chercher en voiture à la sortie du lycée le mardi et le jeudi et qu'elle dormait parfois chez lui en disant à ses parents être chez une amie. Reçue le 13 mars par l'infirmière et la CPE, Inès a confirmé la relation, y compris des relations sexuelles, en précisant : « il m'a dit que ça ne regardait personne et qu'il fallait effacer les messages ». Elle a montré des photographies d'elle qu'il lui avait demandé d'envoyer.</p>
<p>Les parents, reçus le 13 mars en fin de journée, disent tout ignorer. Un véhicule (Peugeot 208 grise) a été vu par une AED devant le lycée le 11 mars.</p>
<p>Le proviseur, M. Jean-Marc Lataste</p>
""",
)

HTML_PAGES["s071_intranet_valorisation_invention.html"] = (
    "Déclaration d'invention DI-2025-018 – fiche de synthèse",
    """
<p><strong>NE PAS DIFFUSER – Invention non encore déposée : toute divulgation détruirait la nouveauté</strong></p>
<h1>Déclaration d'invention DI-2025-018</h1>
<p>Université de Lorraine-Sud / SATT Est – fiche de synthèse pour le comité de valorisation du 6 mai 2025</p>
<h2>Titre provisoire</h2>
<p>Électrolyte solide polymère à base de polycarbonate ramifié dopé au LiTFSI pour batteries lithium-métal fonctionnant à température ambiante</p>
<h2>Description</h2>
<p>Les inventeurs (laboratoire LEMTA) ont obtenu une conductivité ionique de 1,2 × 10⁻⁴ S/cm à 25 °C en greffant des segments d'oxyde d'éthylène courts (n = 3) sur un squelette polycarbonate, avec un taux de ramification de 18 % et un recuit à 85 °C pendant 6 h sous argon. La stabilité en cyclage dépasse 600 cycles à C/5. La voie de synthèse en une étape, sans solvant, est le cœur de l'invention.</p>
<h2>Intérêt industriel</h2>
<p>Contacts en cours sous accord de confidentialité avec deux fabricants de cellules (dont Verkor) ; estimation de la SATT : licence possible avec paiement initial de 150 à 250 k€.</p>
<h2>Calendrier</h2>
<p>Dépôt de la demande de brevet prioritaire prévu le 20 mai ; la thèse de M. Léo Baradat ne pourra pas être soutenue en public avant cette date.</p>
""",
)

HTML_PAGES["s072_lettre_interne_revue_presse.html"] = (
    "La Lettre du musée – n° 58 – revue de presse",
    """
<h1>La Lettre du musée – n° 58 – février 2025</h1>
<p>Lettre d'information interne des agents du Musée d'Unterlinden-Rhin</p>
<h2>Revue de presse : l'exposition « Grünewald, la couleur et la plaie » vue par la critique</h2>
<p>Nous reproduisons ci-dessous, pour ceux qui ne l'auraient pas lue, la critique parue dans <em>Regards d'Art</em> (n° 412, 24 janvier 2025).</p>
<article>
<h3>À Colmar, une leçon de peinture au bord du gouffre</h3>
<p>par Hélène Marquardt</p>
<p>Il faut d'abord traverser le cloître, ses arcades roses et son silence de neige, pour mériter ce qui attend au bout : l'exposition que le musée consacre à la couleur chez Grünewald est de celles dont on sort un peu changé. Non parce qu'elle révèlerait un secret – on sait tout, ou presque, du retable d'Issenheim – mais parce qu'elle nous apprend à le regarder autrement, pigment par pigment.</p>
<p>Le parti pris est simple et audacieux : rapprocher les panneaux des analyses de laboratoire menées pendant la restauration, et faire de la chimie un récit. Le vert-de-gris des chairs du Christ, l'orpiment de l'auréole de la Résurrection, ce rouge de garance qui ne se trouve nulle part ailleurs à la même date : chaque salle isole une couleur et la suit, de l'atelier au regard du malade de l'hôpital des Antonins qui priait devant elle.</p>
<p>On pourra reprocher à la scénographie une pénombre parfois excessive, et au catalogue une prudence d'universitaire. Mais on ne reprochera rien à la dernière salle, où l'on retrouve le retable tout entier après avoir appris à le lire. La plaie redevient couleur ; la couleur redevient prière. Rares sont les expositions qui osent faire confiance à ce point à la peinture.</p>
<p>« Grünewald, la couleur et la plaie », jusqu'au 18 mai.</p>
</article>
<p>© Regards d'Art, 2025 – tous droits réservés.</p>
<h2>Dans les services</h2>
<p>Bienvenue à Thomas, nouvel agent d'accueil, et bonne retraite à Mireille après 31 ans au vestiaire !</p>
""",
)

# ---------------------------------------------------------------------------
# Public .docx documents
# ---------------------------------------------------------------------------

DOCX_BLOCKS["p077_rapport_activite_sections_disciplinaires.docx"] = [
    ("title", "Rapport d'activité des sections disciplinaires – année universitaire 2023-2024"),
    ("p", "Université de Lille-Métropole – Direction des affaires juridiques et institutionnelles – présenté au conseil d'administration du 10 octobre 2024"),
    ("h", "1. Section disciplinaire compétente à l'égard des usagers"),
    ("p", "La section a été saisie de 87 dossiers (64 en 2022-2023). La hausse tient pour l'essentiel aux fraudes liées aux outils d'intelligence artificielle générative et aux téléphones connectés lors des examens."),
    ("table", [
        ["Nature des faits", "Dossiers", "Sanctions prononcées"],
        ["Fraude aux examens (documents, téléphone, montre connectée)", "46", "12 avertissements, 18 blâmes, 14 exclusions avec sursis, 2 relaxes"],
        ["Plagiat et usage non déclaré d'IA", "21", "6 blâmes, 13 exclusions (dont 9 avec sursis), 2 relaxes"],
        ["Violences sexistes et sexuelles", "9", "7 exclusions de 1 à 5 ans, 1 exclusion définitive de tout établissement, 1 relaxe"],
        ["Propos racistes ou antisémites", "4", "4 exclusions de 6 mois à 2 ans"],
        ["Atteintes aux biens, usurpation d'identité", "7", "2 blâmes, 5 exclusions"],
    ]),
    ("p", "Délai moyen entre la saisine et le jugement : 4,2 mois. 11 décisions ont fait l'objet d'un appel devant le CNESER statuant en matière disciplinaire. Dans les affaires de violences sexuelles, 6 faisaient également l'objet de plaintes pénales ; la procédure disciplinaire est conduite indépendamment de la procédure pénale."),
    ("h", "2. Section disciplinaire compétente à l'égard des enseignants-chercheurs et enseignants"),
    ("p", "3 saisines (manquements à l'obligation de service, harcèlement moral, comportement inapproprié envers des étudiantes) ; 2 décisions rendues (un blâme, une interdiction d'exercer toutes fonctions d'enseignement pendant un an avec privation de la moitié du traitement) ; 1 affaire renvoyée à une autre université pour impartialité."),
    ("h", "3. Recommandations"),
    ("p", "Formation des surveillants aux objets connectés ; mise à jour de la charte anti-plagiat ; publication systématique des décisions anonymisées sur le site de l'université."),
]

DOCX_BLOCKS["p078_modalites_controle_connaissances.docx"] = [
    ("title", "Règlement général des études et des modalités de contrôle des connaissances – Licence"),
    ("p", "Université de Nantes-Loire – Approuvé par la commission de la formation et de la vie universitaire le 2 juillet 2024 – Extraits"),
    ("h", "Article 8 – Assiduité"),
    ("p", "L'assiduité aux travaux dirigés et pratiques est obligatoire. Sont considérées comme justifiées les absences pour raison médicale (certificat), décès d'un proche, convocation administrative ou judiciaire, participation aux instances de l'université, ou sur présentation d'un justificatif de grossesse ou de l'exercice d'une activité de sapeur-pompier volontaire. Les étudiants salariés, chargés de famille, en situation de handicap, sportifs ou artistes de haut niveau, ou élus peuvent bénéficier d'un régime spécial d'études (dispense d'assiduité)."),
    ("h", "Article 12 – Aménagements pour les étudiants en situation de handicap ou atteints d'une maladie invalidante"),
    ("p", "Sur avis du médecin du service de santé étudiante, le président accorde des aménagements des conditions d'examen (temps majoré, salle particulière, assistance d'un secrétaire, utilisation d'un ordinateur). Ces aménagements sont confidentiels et ne peuvent être mentionnés sur les relevés de notes ou les diplômes."),
    ("h", "Article 15 – Jurys"),
    ("p", "Le jury est souverain. Il délibère à huis clos à partir des résultats obtenus et peut attribuer des points de jury. Ses délibérations sont confidentielles ; seules les décisions sont publiées. Les membres du jury sont tenus à la discrétion sur les situations individuelles évoquées."),
    ("h", "Article 16 – Compensation et capitalisation"),
    ("p", "Les unités d'enseignement se compensent au sein du semestre ; les semestres d'une même année se compensent. Un étudiant ajourné mais autorisé à continuer (AJAC) peut s'inscrire dans l'année supérieure en conservant la ou les UE manquantes à valider."),
    ("h", "Article 21 – Fraude"),
    ("p", "Toute fraude ou tentative de fraude donne lieu à un procès-verbal et peut entraîner la saisine de la section disciplinaire. Le plagiat, y compris par l'usage d'outils d'intelligence artificielle non autorisés, est assimilé à une fraude."),
]

DOCX_BLOCKS["p084_charte_laicite_universite.docx"] = [
    ("title", "Charte de la laïcité et du vivre-ensemble à l'université"),
    ("p", "Université Côte-d'Azur-Var – adoptée par le conseil d'administration le 14 mars 2024"),
    ("h", "Principes"),
    ("p", "L'université est un service public laïc. Elle garantit la liberté de conscience de tous et l'égalité de traitement de chacun, quelles que soient ses convictions religieuses, philosophiques ou politiques, ses origines, son orientation sexuelle ou son identité de genre."),
    ("h", "Les personnels"),
    ("p", "Les personnels sont soumis à une stricte obligation de neutralité dans l'exercice de leurs fonctions : ils ne peuvent manifester leurs convictions religieuses ni leurs opinions politiques, notamment par le port de signes religieux. Les enseignants-chercheurs jouissent d'une pleine indépendance et d'une entière liberté d'expression dans l'exercice de leurs fonctions d'enseignement et de recherche, dans le respect des principes de tolérance et d'objectivité."),
    ("h", "Les étudiants"),
    ("p", "Les étudiants disposent de la liberté d'information et d'expression. Ils peuvent porter des signes religieux, dès lors que ceux-ci ne perturbent pas les activités d'enseignement, ne relèvent pas du prosélytisme et ne font pas obstacle à l'identification lors des examens ou aux règles d'hygiène et de sécurité (travaux pratiques en laboratoire). Aucun étudiant ne peut refuser un enseignement, un examinateur ou un sujet au nom de ses convictions."),
    ("p", "Les demandes d'absence liées aux fêtes religieuses sont examinées au cas par cas, sans qu'un droit puisse être invoqué ; le calendrier des examens ne peut être modifié pour ce motif."),
    ("h", "Les locaux"),
    ("p", "Aucun local n'est affecté à l'exercice d'un culte. Les associations étudiantes à caractère religieux ou politique peuvent être domiciliées à l'université et bénéficier de salles pour des activités culturelles ou de débat, dans les conditions du règlement intérieur."),
    ("p", "Un référent laïcité est désigné par le président (laicite@univ-cote-azur-var.fr)."),
]

DOCX_BLOCKS["p092_livret_accueil_droits_patient.docx"] = [
    ("title", "Livret d'accueil du patient – Vos droits"),
    ("p", "Centre hospitalier universitaire de Montpellier-Hérault – édition 2025"),
    ("h", "Le secret médical"),
    ("p", "Tous les professionnels sont tenus au secret professionnel. Aucune information vous concernant ne peut être communiquée à un tiers sans votre accord, sauf exceptions prévues par la loi. Vous pouvez demander que votre présence ne soit pas divulguée (admission sous X ou « non-divulgation de présence »)."),
    ("h", "La personne de confiance"),
    ("p", "Vous pouvez désigner par écrit une personne de confiance (parent, proche, médecin traitant) qui vous accompagnera dans vos démarches et sera consultée si vous n'êtes pas en état d'exprimer votre volonté."),
    ("h", "Les directives anticipées"),
    ("p", "Toute personne majeure peut rédiger des directives anticipées pour faire connaître ses souhaits concernant sa fin de vie, notamment la limitation ou l'arrêt des traitements, la sédation profonde et continue."),
    ("h", "Les cultes"),
    ("p", "Vous pouvez recevoir la visite d'un représentant du culte de votre choix. Les aumôneries catholique, protestante, israélite, musulmane et orthodoxe sont joignables par l'intermédiaire du cadre de santé. Votre refus de toute visite est également respecté."),
    ("h", "L'accès à votre dossier médical"),
    ("p", "Vous pouvez obtenir communication de votre dossier en adressant une demande écrite à la direction, accompagnée d'une pièce d'identité. Les ayants droit d'un patient décédé peuvent y accéder, sauf opposition exprimée de son vivant, pour connaître les causes de la mort, défendre sa mémoire ou faire valoir leurs droits."),
    ("h", "Plaintes et réclamations"),
    ("p", "Vous pouvez adresser une réclamation écrite au directeur ou rencontrer un médiateur. La commission des usagers veille au respect de vos droits. Vous pouvez également saisir la commission de conciliation et d'indemnisation des accidents médicaux (CCI)."),
    ("h", "Les soins sans consentement"),
    ("p", "En psychiatrie, les personnes hospitalisées sans leur consentement sont informées de leurs droits et de leurs voies de recours ; le juge des libertés et de la détention contrôle systématiquement la mesure."),
]

DOCX_BLOCKS["p100_cr_conseil_administration_lycee.docx"] = [
    ("title", "Compte rendu du conseil d'administration du 28 novembre 2024"),
    ("p", "Lycée général et technologique Marie-Curie – Nogent-sur-Oise"),
    ("p", "Présidence : Mme Isabelle Deschamps, proviseure. 24 membres présents sur 30. Secrétaire de séance : M. Alain Roger, représentant des personnels."),
    ("h", "1. Budget rectificatif n° 1"),
    ("p", "Prise en compte de la subvention régionale pour l'équipement numérique (12 400 €) et des crédits d'État pour le fonds social. Adopté : 22 pour, 2 abstentions."),
    ("h", "2. Fonds sociaux – bilan et règles d'attribution"),
    ("table", [
        ["", "2023-2024", "2024-2025 (au 15/11)"],
        ["Crédits disponibles", "9 800 €", "7 200 €"],
        ["Nombre d'élèves aidés", "61", "23"],
        ["Dont restauration", "38", "15"],
        ["Dont voyages et sorties", "14", "4"],
        ["Dont équipement, transport", "9", "4"],
    ]),
    ("p", "La proviseure rappelle que les dossiers sont examinés de façon anonyme par la commission, après évaluation de l'assistante sociale, et que les situations individuelles ne sont jamais présentées en conseil d'administration. Les représentants des parents demandent une meilleure information des familles ; un courrier sera joint aux bulletins."),
    ("h", "3. Voyages scolaires"),
    ("p", "Séjour linguistique à Séville (2nde euro, 48 élèves) et voyage à Auschwitz-Birkenau et Cracovie (Terminales, dans le cadre du projet mémoire sur la Shoah). Adoptés à l'unanimité."),
    ("h", "4. Climat scolaire"),
    ("p", "Bilan du 1er trimestre : 3 conseils de discipline (contre 5 l'an dernier), 17 exclusions temporaires, 2 situations de harcèlement traitées. Les représentants des élèves demandent l'installation de distributeurs de protections périodiques : avis favorable."),
]

DOCX_BLOCKS["p101_protocole_harcelement_guide.docx"] = [
    ("title", "Protocole de traitement des situations de harcèlement – guide à l'usage des équipes"),
    ("p", "Direction des services départementaux de l'Éducation nationale de la Loire – version 2024"),
    ("h", "1. Repérer"),
    ("p", "Signes d'alerte chez l'élève : baisse des résultats, isolement, absences répétées, plaintes somatiques (maux de ventre le dimanche soir), perte d'objets, refus d'aller en EPS ou à la cantine, changement d'humeur, automutilations. Le harcèlement peut viser l'apparence physique, le handicap, l'origine réelle ou supposée, la religion, l'orientation sexuelle ou l'identité de genre, la situation sociale ou familiale."),
    ("h", "2. Recueillir la parole"),
    ("p", "L'élève cible est reçu sans délai par deux adultes formés. On note ses mots exacts. On ne confronte jamais la victime et les auteurs. Les familles sont informées le jour même."),
    ("h", "3. Évaluer et agir"),
    ("p", "Niveau 1 : intimidation ponctuelle – méthode de la préoccupation partagée. Niveau 2 : harcèlement avéré – mesures de protection, entretiens avec les auteurs, procédure disciplinaire le cas échéant. Niveau 3 : situation complexe ou cyberharcèlement grave – appui de l'équipe ressource départementale, signalement au procureur, information préoccupante si l'élève est en danger."),
    ("h", "4. Sanctionner et accompagner"),
    ("p", "Depuis la loi du 2 mars 2022, le harcèlement scolaire est un délit. Le chef d'établissement peut engager une procédure disciplinaire et, depuis 2023, demander le changement d'école de l'élève harceleur dans le premier degré. Les auteurs font aussi l'objet d'un accompagnement éducatif."),
    ("h", "5. Contacts"),
    ("p", "Numéro national 3018 ; équipe ressource départementale : harcelement42@ac-lyon.example ; référent harcèlement de la DSDEN."),
]

DOCX_BLOCKS["p107_modele_pap_vierge.docx"] = [
    ("title", "Plan d'accompagnement personnalisé (PAP) – modèle à compléter"),
    ("p", "Document type – Circulaire n° 2015-016 du 22 janvier 2015 – à conserver dans le dossier de l'élève"),
    ("table", [
        ["Nom et prénom de l'élève", ""],
        ["Date de naissance", ""],
        ["Établissement / classe", ""],
        ["Constat des troubles par le médecin de l'Éducation nationale (date)", ""],
        ["Bilans transmis (orthophonique, psychomoteur, neuropsychologique, ophtalmologique)", ""],
        ["Suivis extérieurs (orthophoniste, psychomotricien, ergothérapeute, CMPP)", ""],
    ]),
    ("h", "Aménagements et adaptations pédagogiques (cocher)"),
    ("table", [
        ["Domaine", "Aménagement", "Oui / Non"],
        ["Lecture", "Textes agrandis, police adaptée, lecture des consignes par l'adulte", ""],
        ["Écriture", "Limiter la copie, fournir les cours, accepter l'écrit sur ordinateur", ""],
        ["Mathématiques", "Autoriser la calculatrice, table de multiplication, schémas", ""],
        ["Évaluations", "Temps majoré, réduction du nombre d'exercices, évaluation orale", ""],
        ["Attention", "Placement au calme, consignes fractionnées, pauses", ""],
    ]),
    ("p", "Signatures : responsables légaux, chef d'établissement, professeur principal, médecin de l'Éducation nationale."),
]

DOCX_BLOCKS["p110_deliberation_ca_oph_recouvrement.docx"] = [
    ("title", "Délibération du conseil d'administration n° 2025-07"),
    ("p", "Office public de l'habitat Dijon Métropole Habitat – séance du 27 mars 2025"),
    ("p", "Objet : politique de prévention des impayés et de recouvrement – admissions en non-valeur – bilan 2024 des procédures d'expulsion"),
    ("p", "Le rapporteur, M. Alain Perrin-Goux, directeur général, expose :"),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Locataires en impayé de plus de 3 mois", "1 214", "1 387"],
        ["Montant total de la dette locative (locataires présents)", "3,9 M€", "4,6 M€"],
        ["Plans d'apurement signés", "842", "1 031"],
        ["Dossiers FSL accordés", "318", "356"],
        ["Dossiers de surendettement recevables", "201", "247"],
        ["Assignations en résiliation de bail", "164", "189"],
        ["Expulsions avec concours de la force publique", "21", "27"],
        ["Départs volontaires avant expulsion", "38", "44"],
    ]),
    ("p", "La hausse des impayés touche principalement les ménages de travailleurs modestes et les familles monoparentales. L'office a renforcé son équipe de conseillères en économie sociale et familiale (4 ETP) et systématisé la saisine de la CCAPEX avant toute assignation."),
    ("p", "Il est proposé d'admettre en non-valeur les créances irrécouvrables de locataires partis (effacement de dettes prononcé par la commission de surendettement, successions vacantes, débiteurs insolvables), pour un montant total de 612 430 €, dont la liste nominative est tenue à la disposition des administrateurs à la direction financière."),
    ("p", "Le conseil d'administration, après en avoir délibéré, approuve le bilan et admet en non-valeur les créances pour 612 430 €. Unanimité."),
    ("p", "Le président, M. Frédéric Chaumont"),
]

DOCX_BLOCKS["p111_reglement_interieur_caleol.docx"] = [
    ("title", "Règlement intérieur de la commission d'attribution des logements et d'examen de l'occupation des logements"),
    ("p", "Office public de l'habitat Val-de-Marne Habitat – adopté par le conseil d'administration du 19 juin 2024"),
    ("h", "Article 1 – Composition"),
    ("p", "La commission comprend six administrateurs désignés par le conseil d'administration, dont un représentant des locataires, le préfet ou son représentant, le président de l'EPT ou son représentant, le maire de la commune d'implantation des logements (voix prépondérante en cas d'égalité), et, avec voix consultative, un représentant des associations d'insertion ou de logement des personnes défavorisées."),
    ("h", "Article 5 – Confidentialité"),
    ("p", "Les membres de la commission et toute personne appelée à assister aux séances sont tenus à la discrétion à l'égard des informations portées à leur connaissance, notamment celles relatives à la santé, au handicap, à la situation familiale, aux ressources, à la régularité du séjour ou aux violences subies par les demandeurs. Les dossiers présentés ne peuvent être ni copiés ni emportés."),
    ("h", "Article 7 – Critères d'attribution"),
    ("p", "La commission attribue nominativement chaque logement en tenant compte du patrimoine, de la composition, du niveau de ressources et des conditions de logement actuelles du ménage, de l'éloignement des lieux de travail et de la proximité des équipements, ainsi que des critères de priorité fixés par l'article L. 441-1 du CCH (personnes handicapées, victimes de violences, personnes sortant d'hébergement, personnes menacées d'expulsion, etc.). Aucune considération tenant à l'origine, au nom, à la religion ou à l'apparence des candidats ne peut être prise en compte."),
    ("h", "Article 9 – Décisions"),
    ("p", "La commission prend l'une des décisions suivantes : attribution ; attribution par classement ; attribution sous condition suspensive ; non-attribution motivée ; rejet pour irrecevabilité."),
]

DOCX_BLOCKS["p118_rapport_activite_musee.docx"] = [
    ("title", "Rapport d'activité 2024"),
    ("p", "Musée des Confluences du Jura – établissement public de coopération culturelle"),
    ("h", "Fréquentation"),
    ("table", [
        ["", "2023", "2024"],
        ["Visiteurs", "118 450", "134 920"],
        ["Dont scolaires", "21 300", "24 870"],
        ["Dont gratuité (minima sociaux, demandeurs d'emploi, personnes handicapées et accompagnateurs)", "15 120", "17 640"],
    ]),
    ("h", "Expositions"),
    ("p", "« Horlogers juifs du Jura, 1850-1942 », consacrée aux ateliers familiaux de Morez et à leur destin sous l'Occupation, a été la plus fréquentée (41 000 visiteurs). « Corps réparés », sur l'histoire des prothèses et de l'appareillage des mutilés de la Grande Guerre, a été conçue avec l'Office national des anciens combattants."),
    ("h", "Collections"),
    ("p", "Acquisitions : 42 numéros d'inventaire, dont 31 par don. Prêts consentis : 27 œuvres à 9 institutions (dont le Mémorial de la Shoah). Restaurations : 14 œuvres."),
    ("h", "Publics"),
    ("p", "Développement des visites en langue des signes, des ateliers pour personnes atteintes de troubles cognitifs en partenariat avec l'EHPAD de Lons-le-Saunier, des parcours pour les personnes détenues au centre pénitentiaire (4 séances « hors les murs ») et des visites pour les mineurs non accompagnés suivis par l'ASE."),
    ("h", "Budget"),
    ("p", "Fonctionnement : 3,2 M€ ; investissement : 0,9 M€. Ressources propres : 22 %."),
]

DOCX_BLOCKS["p122_statistiques_interventions_sdis.docx"] = [
    ("title", "Statistiques opérationnelles 2024"),
    ("p", "SDIS de la Savoie – Service prévision et statistiques – document publié"),
    ("table", [
        ["Nature d'intervention", "Nombre", "Évolution"],
        ["Secours d'urgence aux personnes", "28 914", "+4,2 %"],
        ["  dont malaises à domicile", "11 302", ""],
        ["  dont chutes de personnes âgées", "5 870", ""],
        ["  dont intoxications, tentatives de suicide", "1 146", ""],
        ["  dont personnes en état d'ivresse sur la voie publique", "972", ""],
        ["  dont secours en montagne (hors PGHM)", "1 420", ""],
        ["Accidents de la circulation", "3 108", "−1,5 %"],
        ["Incendies", "2 746", "+9,8 %"],
        ["Opérations diverses (animaux, inondations, ascenseurs)", "4 210", ""],
        ["Total", "38 978", "+3,7 %"],
    ]),
    ("p", "Délai moyen d'arrivée du premier engin : 12 min 40 s. Carences ambulancières : 2 204. Agressions de sapeurs-pompiers déclarées : 31. Sapeurs-pompiers : 3 412 volontaires, 418 professionnels, 86 personnels du service de santé."),
]

DOCX_BLOCKS["p125_guide_deontologie_spv.docx"] = [
    ("title", "Guide de l'engagement du sapeur-pompier volontaire – droits, devoirs, discipline"),
    ("p", "SDIS de l'Isère – remis à chaque nouvel engagé"),
    ("h", "Neutralité et laïcité"),
    ("p", "En service, le sapeur-pompier volontaire est soumis au principe de neutralité du service public : il ne manifeste ni ses convictions religieuses ni ses opinions politiques. Il porte la tenue réglementaire, sans signe distinctif. Il secourt toute personne sans distinction d'origine, de religion, d'orientation sexuelle, de situation sociale ou de statut administratif."),
    ("h", "Discrétion et secret professionnel"),
    ("p", "Tout ce que vous voyez et entendez en intervention est couvert par le secret professionnel : l'identité des victimes, leur état de santé, la présence de stupéfiants, les violences constatées, une tentative de suicide. La diffusion de photographies ou de récits sur les réseaux sociaux est une faute grave et peut constituer une infraction pénale."),
    ("h", "Signalements"),
    ("p", "Lorsque vous constatez en intervention des éléments laissant penser qu'un enfant ou une personne vulnérable est en danger, vous en rendez compte à votre chef d'agrès, qui informe le CODIS ; le SDIS transmet une information préoccupante ou un signalement."),
    ("h", "Aptitude médicale"),
    ("p", "L'engagement et son maintien sont subordonnés à une aptitude médicale contrôlée par le service de santé. Vous devez signaler tout arrêt de travail, traitement ou problème de santé susceptible d'affecter votre aptitude ; le motif reste couvert par le secret médical."),
    ("h", "Sanctions"),
    ("p", "Les sanctions applicables au SPV sont l'avertissement, le blâme, la suspension d'engagement d'un mois à un an et la résiliation de l'engagement. Une condamnation pénale incompatible avec l'engagement ou la suspension du permis de conduire pour un conducteur peuvent entraîner une suspension."),
]

DOCX_BLOCKS["p130_guide_apprentissage_employeurs.docx"] = [
    ("title", "Guide de l'apprentissage à l'usage des employeurs artisans"),
    ("p", "Chambre de métiers et de l'artisanat de Nouvelle-Aquitaine – édition 2025"),
    ("h", "L'apprenti mineur"),
    ("p", "Durée du travail limitée à 8 heures par jour et 35 heures par semaine ; travail de nuit interdit ; travaux dangereux soumis à déclaration de dérogation à l'inspection du travail."),
    ("h", "L'apprentie enceinte"),
    ("p", "L'apprentie bénéficie de la même protection que toute salariée : congé de maternité, autorisations d'absence pour les examens médicaux, interdiction de rompre le contrat en raison de la grossesse, aménagement du poste en cas d'exposition à des produits chimiques dangereux (coiffure, esthétique, boulangerie) sur avis du médecin du travail. Le contrat peut être prolongé pour permettre l'obtention du diplôme."),
    ("h", "L'apprenti en situation de handicap"),
    ("p", "Pas de limite d'âge ; durée du contrat pouvant être portée à 4 ans ; aides de l'AGEFIPH pour l'aménagement du poste ; référent handicap dans chaque CFA."),
    ("h", "La rupture du contrat"),
    ("p", "Libre pendant les 45 premiers jours de formation pratique en entreprise ; au-delà, d'un commun accord, pour faute grave, inaptitude ou force majeure (licenciement), ou à l'initiative de l'apprenti après saisine du médiateur. Le médiateur de la chambre peut être saisi par l'une ou l'autre partie en cas de litige, y compris en cas de harcèlement ou de discrimination."),
    ("h", "Aides financières"),
    ("p", "Aide exceptionnelle à l'embauche, aide de la Région pour le premier équipement, aides au logement et au transport de l'apprenti (OPCO)."),
]

DOCX_BLOCKS["p136_schema_directeur_eau_synthese.docx"] = [
    ("title", "Schéma directeur d'alimentation en eau potable 2025-2040 – synthèse publique"),
    ("p", "Communauté de communes du Haut-Bugey – Régie des eaux – présenté au conseil communautaire du 15 mai 2025"),
    ("h", "1. État des lieux"),
    ("p", "14 ressources (6 captages de source, 8 forages), 38 réservoirs, 612 km de canalisations. Rendement du réseau : 68 % (objectif réglementaire : 70 %). Indice linéaire de pertes : 4,1 m³/km/jour. 11 % des abonnés desservis par une eau non conforme ponctuellement en turbidité après orages."),
    ("h", "2. Sécurisation"),
    ("p", "Création de deux interconnexions entre unités de distribution, mise en place de périmètres de protection sur les trois captages encore dépourvus de déclaration d'utilité publique, renforcement de la protection physique des sites sensibles (clôtures, détection d'intrusion) conformément au plan Vigipirate, dont le détail n'est pas rendu public."),
    ("h", "3. Programme de travaux"),
    ("table", [
        ["Période", "Montant HT", "Principales opérations"],
        ["2025-2029", "18,4 M€", "Renouvellement de 42 km de conduites, usine de traitement de Nantua"],
        ["2030-2034", "12,1 M€", "Interconnexions, réservoirs"],
        ["2035-2040", "9,6 M€", "Renouvellement courant"],
    ]),
    ("h", "4. Impact sur le prix"),
    ("p", "Hausse progressive de 0,35 € HT/m³ d'ici 2030 ; maintien de la tarification sociale pour les ménages modestes."),
]

DOCX_BLOCKS["p144_barometre_social_universite.docx"] = [
    ("title", "Baromètre social 2024 – Qualité de vie et conditions de travail des personnels"),
    ("p", "Université Bordeaux-Garonne – Synthèse des résultats présentée en formation spécialisée santé, sécurité et conditions de travail – 2 314 répondants (taux de réponse : 41 %)"),
    ("table", [
        ["Indicateur", "Enseignants-chercheurs", "BIATSS", "Contractuels"],
        ["Charge de travail jugée excessive", "71 %", "52 %", "48 %"],
        ["Sentiment d'épuisement professionnel fréquent", "34 %", "29 %", "27 %"],
        ["Déclarent avoir été témoins de harcèlement moral", "22 %", "26 %", "18 %"],
        ["Déclarent avoir subi des propos sexistes", "19 %", "15 %", "21 %"],
        ["Déclarent avoir subi une discrimination (origine, handicap, orientation sexuelle, religion, engagement syndical)", "8 %", "11 %", "12 %"],
        ["Connaissent la cellule de signalement", "58 %", "64 %", "39 %"],
    ]),
    ("p", "Les résultats ne sont pas présentés par composante lorsque l'effectif des répondants est inférieur à 15, afin de garantir l'anonymat. Les verbatims ont été relus pour supprimer tout élément permettant d'identifier une personne."),
    ("p", "Plan d'action : renforcement du réseau des assistants de prévention, formation des encadrants aux risques psychosociaux, accès facilité à la psychologue du travail, campagne d'information sur la cellule VSS et discriminations."),
]

# ---------------------------------------------------------------------------
# Public .html documents
# ---------------------------------------------------------------------------

HTML_PAGES["p076_amenagements_examens_handicap.html"] = (
    "Étudiants en situation de handicap : aménagements des études et des examens",
    """
<nav><a href="/">Accueil</a> › Vie étudiante › Santé et handicap</nav>
<h1>Étudiants en situation de handicap : aménagements des études et des examens</h1>
<p>Vous avez un handicap, un trouble de santé invalidant (maladie chronique, trouble psychique, trouble du spectre de l'autisme, trouble « dys », trouble de l'attention avec ou sans hyperactivité), temporaire ou durable ? Le pôle Handicap et le service de santé étudiante (SSE) vous accompagnent pour que vous puissiez suivre vos études dans les meilleures conditions.</p>
<h2>Qui peut en bénéficier ?</h2>
<p>Tout étudiant inscrit, sans qu'il soit nécessaire d'avoir une reconnaissance de la MDPH. Une fracture du bras en période d'examens, une grossesse pathologique ou un traitement lourd (chimiothérapie, dialyse) peuvent également justifier des aménagements temporaires.</p>
<h2>Comment faire ?</h2>
<ol>
<li>Prenez rendez-vous avec une chargée d'accompagnement du pôle Handicap (entretien confidentiel).</li>
<li>Rencontrez un médecin du SSE, muni de vos comptes rendus médicaux ou bilans (orthophonique, neuropsychologique). Le médecin rend un avis sur les aménagements, sans jamais mentionner votre diagnostic.</li>
<li>La présidence de l'université prend une décision d'aménagement, transmise à votre scolarité.</li>
</ol>
<p><strong>Date limite pour les examens du 1er semestre : 15 novembre.</strong></p>
<h2>Exemples d'aménagements</h2>
<ul>
<li>Temps majoré (tiers-temps), salle à effectif réduit, pauses</li>
<li>Secrétaire ou preneur de notes, interprète en langue des signes</li>
<li>Ordinateur, logiciels de synthèse vocale ou de dictée</li>
<li>Étalement des études, dispense d'assiduité</li>
</ul>
<h2>Confidentialité</h2>
<p>Les informations médicales restent au SSE. Vos enseignants ne connaissent que les aménagements, jamais leur motif. Aucune mention ne figure sur vos relevés de notes ni sur votre diplôme.</p>
<p>Contact : handicap@univ-orleans-loire.example – 02 38 XX XX 60</p>
""",
)

HTML_PAGES["p080_bourses_aides_urgence.html"] = (
    "Bourses et aides financières – étudiants",
    """
<h1>Bourses et aides financières</h1>
<h2>Bourse sur critères sociaux</h2>
<p>Attribuée par le CROUS en fonction des revenus de la famille, du nombre d'enfants à charge et de l'éloignement du lieu d'études. Demande à faire via le dossier social étudiant (DSE) entre le 15 janvier et le 31 mai.</p>
<h2>Cas particuliers</h2>
<ul>
<li><strong>Rupture familiale</strong> : si vous n'avez plus aucun lien avec vos parents, une évaluation par un assistant social permet de ne pas tenir compte de leurs revenus.</li>
<li><strong>Parent incarcéré, disparu ou décédé</strong> : l'avis fiscal du parent concerné peut être remplacé par un justificatif ; contactez le service social.</li>
<li><strong>Étudiants réfugiés et bénéficiaires de la protection subsidiaire</strong> : éligibles aux bourses sans condition d'âge ; les demandeurs d'asile peuvent solliciter une aide spécifique.</li>
<li><strong>Étudiants en situation de handicap</strong> : pas de limite d'âge, droits à bourse supplémentaires.</li>
<li><strong>Étudiantes enceintes, étudiants parents</strong> : points de charge supplémentaires.</li>
</ul>
<h2>Aides d'urgence</h2>
<p>Vous faites face à une difficulté ponctuelle (dette de loyer, facture imprévue, perte d'emploi, séparation, violences subies) ? Les aides spécifiques ponctuelles sont accordées après entretien avec un assistant social, en toute confidentialité. Délai de réponse : 10 jours, 48 heures en cas d'urgence.</p>
<h2>Épicerie solidaire et restauration à 1 €</h2>
<p>Ouvertes à tous les étudiants boursiers et aux étudiants en situation de précarité sur simple déclaration.</p>
<p>Prendre rendez-vous avec le service social : 05 49 XX XX 20</p>
""",
)

HTML_PAGES["p087_decision_section_2024_U_17.html"] = (
    "Décision de la section disciplinaire – affaire n° 2024-U-17 (version anonymisée)",
    """
<h1>Section disciplinaire compétente à l'égard des usagers – Décision anonymisée</h1>
<p><em>Publication effectuée en application de l'article R. 811-38 du code de l'éducation. Les éléments permettant l'identification de la personne poursuivie ont été supprimés.</em></p>
<p>Affaire n° 2024-U-17 – Audience du 9 octobre 2024</p>
<h2>Personne poursuivie</h2>
<p>M. X…, étudiant inscrit en licence.</p>
<h2>Faits</h2>
<p>Il est reproché à M. X… d'avoir rendu, dans le cadre d'une unité d'enseignement de méthodologie, un dossier comportant 62 % de passages reproduits sans guillemets ni référence depuis des sources en ligne, ainsi que des paragraphes générés par un outil d'intelligence artificielle non autorisé par les modalités de contrôle des connaissances.</p>
<h2>Motifs</h2>
<p>L'intéressé, qui a reconnu les faits, a fait valoir une méconnaissance des règles de citation. La section relève que ces règles avaient été rappelées en cours et figuraient dans la charte anti-plagiat signée lors de l'inscription. Les faits constituent une fraude au sens de l'article R. 811-11 du code de l'éducation.</p>
<h2>Décision</h2>
<p>La section prononce un blâme. La sanction entraîne la nullité de l'épreuve. Elle sera inscrite au dossier de l'intéressé et effacée automatiquement à l'issue d'un délai de trois ans si aucune autre sanction n'intervient pendant cette période.</p>
<p>Voies de recours : appel devant le CNESER statuant en matière disciplinaire dans un délai de deux mois.</p>
""",
)

HTML_PAGES["p089_faire_reclamation_chu.html"] = (
    "Faire une réclamation – Relations avec les usagers",
    """
<h1>Vous souhaitez faire une réclamation ou exprimer votre satisfaction</h1>
<p>Vous-même ou un proche avez été hospitalisé ou soigné au CHU et vous n'êtes pas satisfait de la prise en charge, de l'accueil, de l'information donnée, ou vous avez perdu un objet ? Vous pouvez :</p>
<ul>
<li>en parler d'abord au cadre de santé ou au médecin responsable du service ;</li>
<li>écrire au directeur général : courrier ou formulaire en ligne ;</li>
<li>demander à rencontrer un médiateur médical (questions liées aux soins) ou non médical (organisation, accueil).</li>
</ul>
<p>Chaque réclamation fait l'objet d'une réponse écrite. La commission des usagers (CDU), composée notamment de représentants d'associations d'usagers, examine les réclamations et formule des recommandations. Elle publie chaque année un rapport sur le respect des droits des patients.</p>
<h2>Dommage lié aux soins</h2>
<p>Si vous estimez avoir subi un dommage (infection nosocomiale, erreur médicale, aléa thérapeutique), vous pouvez saisir la commission de conciliation et d'indemnisation (CCI) ou le tribunal administratif. Vous pouvez obtenir la copie de votre dossier médical.</p>
<h2>Représentants des usagers</h2>
<p>Mme Annick Bonnin (UDAF), M. Pierre Gaborit (Association française des diabétiques), Mme Claudine Renaud (France Alzheimer), M. Youssef Benali (AIDES). Ils peuvent vous accompagner : usagers@chu-poitiers-vienne.example</p>
""",
)

HTML_PAGES["p095_communique_unite_soins_palliatifs.html"] = (
    "Communiqué – ouverture de l'unité de soins palliatifs",
    """
<h1>Le CHU ouvre une unité de soins palliatifs de 15 lits sur le site de l'hôpital Nord</h1>
<p class="date">Saint-Étienne, le 3 juin 2025</p>
<p>Le Centre hospitalier universitaire de Saint-Étienne-Forez ouvre le 16 juin une unité de soins palliatifs (USP) de 15 lits, qui s'ajoute à l'équipe mobile de soins palliatifs et aux 22 lits identifiés dans les services d'oncologie, de gériatrie et de neurologie.</p>
<p>L'unité accueillera des patients atteints de maladies graves évolutives – cancers, maladies neurodégénératives comme la maladie de Charcot, insuffisances d'organe terminales – dont les symptômes (douleur, angoisse, détresse respiratoire) nécessitent une prise en charge spécialisée. Elle disposera d'un salon des familles, de deux chambres parents et d'un espace de recueillement ouvert à toutes les confessions et aux personnes sans religion.</p>
<p>L'équipe comprend 3 médecins, 18 infirmiers et aides-soignants, une psychologue, une assistante sociale, une socio-esthéticienne et des bénévoles formés de l'association JALMALV.</p>
<p>« Il s'agit de répondre à un besoin qui ne cessait de croître : dans notre territoire, près d'un patient sur deux qui aurait dû bénéficier de soins palliatifs n'y avait pas accès », souligne le Dr Agnès Chapuis, responsable de l'unité.</p>
<p>Contact presse : direction de la communication, 04 77 XX XX 32</p>
""",
)

HTML_PAGES["p099_fonds_social_lyceen_parents.html"] = (
    "Le fonds social lycéen – information aux familles",
    """
<h1>Le fonds social lycéen</h1>
<p>Vous rencontrez des difficultés financières ponctuelles ou durables (perte d'emploi, séparation, maladie, surendettement, hébergement précaire) ? Le lycée peut vous aider à faire face aux dépenses liées à la scolarité de votre enfant.</p>
<h2>Quelles dépenses ?</h2>
<ul><li>Cantine et internat</li><li>Transports</li><li>Manuels, calculatrice, équipement professionnel (tenues, outillage)</li><li>Sorties et voyages scolaires</li><li>Frais de santé (lunettes, soins dentaires) lorsqu'ils ne sont pas remboursés</li></ul>
<h2>Comment faire la demande ?</h2>
<p>Prenez rendez-vous avec l'assistante sociale du lycée (le lundi et le jeudi) ou déposez le formulaire au secrétariat d'intendance sous enveloppe fermée. Une commission examine les demandes chaque mois, de façon confidentielle : les dossiers lui sont présentés sans le nom de l'élève.</p>
<p>L'aide est versée directement à l'établissement ou au fournisseur. Elle n'a pas à être remboursée.</p>
""",
)

HTML_PAGES["p104_college_qui_contacter.html"] = (
    "Qui contacter au collège ?",
    """
<h1>Qui contacter au collège ?</h1>
<table border="1">
<tr><th>Vous voulez parler de…</th><th>Interlocuteur</th><th>Contact</th></tr>
<tr><td>Absences, retards, comportement, harcèlement</td><td>M. Thierry Lagarde, CPE</td><td>vie-scolaire.0330012x@ac-bordeaux.example</td></tr>
<tr><td>Santé, PAI, traitement, mal-être</td><td>Mme Nathalie Brun, infirmière</td><td>mardi, jeudi, vendredi</td></tr>
<tr><td>Difficultés familiales ou financières, protection de l'enfance</td><td>Mme Fatima El Idrissi, assistante sociale</td><td>lundi après-midi, sur rendez-vous</td></tr>
<tr><td>Orientation</td><td>Mme Claire Dumas, psychologue de l'Éducation nationale</td><td>un jeudi sur deux</td></tr>
<tr><td>Scolarité des élèves en situation de handicap (PPS, AESH)</td><td>Mme Hélène Vidal, enseignante référente</td><td>sur rendez-vous</td></tr>
<tr><td>Demi-pension, bourses, fonds social</td><td>M. Pierre Navarro, gestionnaire</td><td>secrétariat d'intendance</td></tr>
</table>
<p>En cas d'urgence ou si un enfant est en danger : 119 (Allô enfance en danger). Harcèlement : 3018.</p>
""",
)

HTML_PAGES["p109_difficultes_payer_loyer.html"] = (
    "Vous avez des difficultés pour payer votre loyer ?",
    """
<h1>Vous avez des difficultés pour payer votre loyer ?</h1>
<p>Perte d'emploi, baisse de revenus, séparation, maladie, décès d'un proche : ne laissez pas la dette s'installer. Plus vous nous contactez tôt, plus les solutions sont nombreuses.</p>
<h2>1. Contactez votre conseillère sociale</h2>
<p>Elle vous reçoit en toute confidentialité pour faire le point sur votre budget et vos droits (APL, prime d'activité, RSA, allocation adulte handicapé…).</p>
<h2>2. Un plan d'apurement</h2>
<p>Nous pouvons convenir d'un échéancier adapté à vos ressources pour rembourser la dette, en plus du loyer courant.</p>
<h2>3. Les aides</h2>
<ul><li>Fonds de solidarité pour le logement (FSL) du Département ;</li><li>aides de la CAF, d'Action Logement, de votre caisse de retraite ;</li><li>secours des associations caritatives.</li></ul>
<h2>4. Le surendettement</h2>
<p>Si vos dettes sont trop importantes, vous pouvez déposer un dossier à la Banque de France. Lorsque le dossier est déclaré recevable, les procédures d'expulsion peuvent être suspendues.</p>
<h2>5. Et si la procédure est engagée ?</h2>
<p>Même après une assignation ou un jugement d'expulsion, il est encore possible de trouver une solution. Contactez-nous, ainsi que l'ADIL (conseil juridique gratuit). Aucune expulsion n'a lieu pendant la trêve hivernale (1er novembre – 31 mars).</p>
""",
)

HTML_PAGES["p115_communicabilite_archives.html"] = (
    "Quels documents puis-je consulter ? Les délais de communicabilité",
    """
<h1>Quels documents puis-je consulter ?</h1>
<p>Les archives publiques sont communicables de plein droit à toute personne qui en fait la demande, immédiatement ou à l'expiration de délais fixés par le code du patrimoine (article L. 213-2).</p>
<table border="1">
<tr><th>Type de document</th><th>Délai</th></tr>
<tr><td>Délibérations, arrêtés, registres d'état civil des décès, documents administratifs ordinaires</td><td>Immédiatement</td></tr>
<tr><td>Secret des délibérations du Gouvernement, monnaie, secret des affaires</td><td>25 ans</td></tr>
<tr><td>Secret médical</td><td>25 ans après le décès ou 120 ans après la naissance</td></tr>
<tr><td>Documents portant une appréciation sur une personne, révélant son comportement ou sa vie privée ; dossiers de personnel</td><td>50 ans</td></tr>
<tr><td>Secret de la défense nationale</td><td>50 ans (sous réserve de déclassification)</td></tr>
<tr><td>Registres de naissance et de mariage</td><td>75 ans</td></tr>
<tr><td>Affaires portées devant les juridictions, enquêtes de police judiciaire, minutes notariales</td><td>75 ans</td></tr>
<tr><td>Mêmes documents concernant des mineurs, ou relatifs à la vie sexuelle des personnes</td><td>100 ans</td></tr>
</table>
<h2>Et si le délai n'est pas écoulé ?</h2>
<p>Vous pouvez demander une dérogation. Elle est accordée par l'administration des archives, après accord de l'autorité qui a produit les documents, au regard de l'intérêt de votre demande et de la protection des personnes concernées.</p>
""",
)

HTML_PAGES["p120_instrument_recherche_tribunal.html"] = (
    "Instrument de recherche – Tribunal correctionnel de Rouen (1940-1958)",
    """
<h1>Tribunal de première instance de Rouen – Juridiction correctionnelle (1940-1958)</h1>
<p>Sous-série 3 U 4 – Répertoire numérique détaillé, établi par Marc Levasseur, attaché de conservation, 2019.</p>
<h2>Présentation du fonds</h2>
<p>Le fonds comprend les jugements, les registres du greffe et les dossiers de procédure du tribunal correctionnel pendant l'Occupation et l'après-guerre. Les affaires concernent principalement le marché noir, les vols et recels, les infractions à la réglementation économique, les coups et blessures, les outrages aux bonnes mœurs, l'avortement (loi de 1942), les abandons de famille, ainsi que les poursuites engagées à la Libération pour collaboration (affaires transmises ensuite à la chambre civique).</p>
<h2>Conditions d'accès</h2>
<p>Les dossiers de plus de 75 ans sont librement communicables ; les dossiers concernant des mineurs et ceux relatifs à la vie sexuelle des personnes ne le sont qu'après 100 ans. Une dérogation est possible pour la recherche.</p>
<h2>Répertoire (extrait)</h2>
<table border="1">
<tr><th>Cote</th><th>Intitulé</th><th>Dates</th></tr>
<tr><td>3 U 4/101-140</td><td>Minutes des jugements</td><td>1940-1944</td></tr>
<tr><td>3 U 4/141-210</td><td>Minutes des jugements</td><td>1945-1958</td></tr>
<tr><td>3 U 4/211-260</td><td>Dossiers de procédure, marché noir</td><td>1941-1947</td></tr>
<tr><td>3 U 4/261-274</td><td>Dossiers de procédure, avortements</td><td>1942-1945</td></tr>
<tr><td>3 U 4/275-290</td><td>Registres du parquet</td><td>1940-1958</td></tr>
</table>
""",
)

HTML_PAGES["p123_recrutement_spv_conditions.html"] = (
    "Devenir sapeur-pompier volontaire – conditions d'aptitude",
    """
<h1>Devenir sapeur-pompier volontaire</h1>
<h2>Conditions</h2>
<ul>
<li>Avoir entre 16 et 60 ans (autorisation parentale pour les mineurs) ;</li>
<li>résider ou travailler à proximité d'un centre de secours ;</li>
<li>jouir de ses droits civiques et ne pas avoir fait l'objet d'une condamnation incompatible avec l'exercice des fonctions (extrait de casier judiciaire demandé) ;</li>
<li>être en situation régulière au regard du service national ;</li>
<li>remplir les conditions d'aptitude médicale et physique.</li>
</ul>
<h2>L'aptitude médicale</h2>
<p>Elle est vérifiée par un médecin sapeur-pompier selon le profil médical SIGYCOP (membres supérieurs et inférieurs, état général, yeux, vision des couleurs, oreilles, psychisme). Certaines affections peuvent être incompatibles avec les missions opérationnelles, selon leur sévérité et leur traitement : diabète traité par insuline, épilepsie, maladies cardiaques, asthme sévère, troubles psychiatriques non stabilisés, addictions. Chaque situation est examinée individuellement ; une inaptitude partielle peut permettre un engagement sur des missions adaptées.</p>
<p>Vaccinations obligatoires : hépatite B, diphtérie-tétanos-poliomyélite.</p>
<h2>Déposer sa candidature</h2>
<p>Formulaire en ligne ou auprès du chef du centre le plus proche. Un entretien de motivation et des tests sportifs complètent la sélection.</p>
""",
)

HTML_PAGES["p128_cfe_radiation_entreprise.html"] = (
    "Radier son entreprise artisanale",
    """
<h1>Cessation d'activité et radiation</h1>
<p>Depuis le 1er janvier 2023, toutes les formalités s'effectuent sur le guichet unique de l'INPI. Les conseillers de la chambre de métiers vous accompagnent gratuitement.</p>
<h2>Cessation volontaire</h2>
<p>Déclarez la cessation dans les 30 jours. Pour une société : dissolution, liquidation amiable puis radiation.</p>
<h2>Après une liquidation judiciaire</h2>
<p>La radiation est effectuée d'office à la clôture de la procédure, sur information du greffe du tribunal de commerce ou du tribunal judiciaire. Vous n'avez pas de formalité à accomplir, mais pensez à prévenir votre assureur et votre banque.</p>
<h2>Décès du chef d'entreprise</h2>
<p>Les héritiers ou le notaire déclarent la cessation. Le conjoint collaborateur peut, sous conditions, poursuivre l'activité.</p>
<h2>Vous traversez une période difficile ?</h2>
<p>La cellule de prévention de la chambre vous reçoit en toute confidentialité. Si vous ressentez une souffrance psychologique, le dispositif APESA propose une écoute gratuite par des psychologues.</p>
""",
)

HTML_PAGES["p133_rpqs_indicateurs_2024.html"] = (
    "Rapport sur le prix et la qualité du service public de l'eau potable – 2024",
    """
<h1>Rapport annuel sur le prix et la qualité du service (RPQS) – eau potable – exercice 2024</h1>
<p>Communauté d'agglomération Durance-Luberon – régie communautaire – présenté au conseil communautaire le 26 juin 2025</p>
<table border="1">
<tr><th>Indicateur</th><th>Valeur 2024</th></tr>
<tr><td>Nombre d'abonnés</td><td>41 208</td></tr>
<tr><td>Volume produit</td><td>7,12 Mm³</td></tr>
<tr><td>Rendement du réseau</td><td>76,4 %</td></tr>
<tr><td>Taux de conformité microbiologique</td><td>99,6 %</td></tr>
<tr><td>Prix TTC du m³ (facture 120 m³)</td><td>2,41 €</td></tr>
<tr><td>Taux d'impayés sur les factures de l'année précédente</td><td>2,8 %</td></tr>
<tr><td>Montant des abandons de créance et versements au FSL</td><td>38 600 €</td></tr>
<tr><td>Nombre de réclamations écrites</td><td>212</td></tr>
</table>
<p>Le rapport complet est consultable au siège et sur le site de l'agglomération.</p>
""",
)

HTML_PAGES["p141_formulaire_demande_pret.html"] = (
    "Demande de prêt d'œuvres – formulaire",
    """
<h1>Formulaire de demande de prêt d'œuvres</h1>
<form>
<fieldset><legend>Institution emprunteuse</legend>
<label>Nom de l'institution <input type="text"></label>
<label>Responsable scientifique <input type="text"></label>
<label>Régisseur / registrar <input type="text"></label>
</fieldset>
<fieldset><legend>Exposition</legend>
<label>Titre <input type="text"></label>
<label>Dates et lieux <input type="text"></label>
</fieldset>
<fieldset><legend>Œuvres demandées</legend>
<label>Numéros d'inventaire et titres <textarea></textarea></label>
</fieldset>
<fieldset><legend>Pièces à joindre</legend>
<p>Facility report (modèle standard), projet scientifique, liste des autres prêteurs, attestation d'assurance ou de garantie d'État.</p>
</fieldset>
<button type="submit">Envoyer</button>
</form>
""",
)

HTML_PAGES["p146_annonce_logement_adapte.html"] = (
    "Offre de logement – T2 adapté PMR – Saint-Brieuc",
    """
<h1>T2 adapté aux personnes à mobilité réduite – Saint-Brieuc, quartier Croix-Saint-Lambert</h1>
<p>Référence : SB-2025-0412 – Disponible au 1er juillet 2025</p>
<ul>
<li>Surface : 51 m² – rez-de-chaussée – résidence de 2019</li>
<li>Loyer : 389 € + charges 74 € (eau froide, entretien des parties communes)</li>
<li>Salle d'eau avec douche à l'italienne, barres d'appui, portes de 90 cm, cuisine avec plan de travail réglable</li>
<li>Place de stationnement PMR devant l'entrée</li>
</ul>
<p>Logement prioritairement attribué à une personne en fauteuil roulant ou à mobilité très réduite (titulaire de la carte mobilité inclusion ou d'une reconnaissance MDPH). Conditions de ressources du logement social (PLUS).</p>
<p>Pour candidater : déposer ou mettre à jour votre demande de logement social en indiquant la référence, et joindre un justificatif du handicap.</p>
""",
)


if __name__ == "__main__":
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} docx, {len(HTML_PAGES)} html written to {OUT}")
