"""Build the .docx and .html documents of the hand-written sensitivity set holdout17.

Theme: public order, safety and emergencies in French communes (police municipale reports, mains
courantes and arrêtés, relations with the gendarmerie and the parquet, CLSPD and prevention of
delinquency, vidéoprotection, SDIS and firefighters, plans communaux de sauvegarde, large events
and their safety files, road safety, noise and stray animals, provisional psychiatric admissions
signed by the maire, press releases, council debates on security, citizens' complaints).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout17_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout17"
FIXED = dt.datetime(2025, 9, 15, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_cellule_veille_tableau_jeunes.docx"] = [
    ("title", "Cellule de veille du CLSPD — quartier du Bois-Joli"),
    ("p", "Réunion restreinte du 17 avril 2025 — mairie annexe. Document de travail soumis à la charte "
          "déontologique d'échange d'informations nominatives. Un exemplaire par participant, "
          "restitué en fin de séance."),
    ("p", "Participants : P. Jourdain (adjoint), cheffe de la PM, E. Vasseur et J. Lemaire "
          "(prévention spécialisée), CPE du collège Pasteur, assistante sociale de secteur, "
          "MDL Rivière (brigade)."),
    ("table", [
        ["Jeune", "Âge", "Éléments partagés", "Orientation décidée"],
        ["Rayan M.", "15", "Déscolarisé depuis janvier ; guetteur signalé au pied de la tour Cèdre ; "
         "père incarcéré depuis 2023", "Rencontre famille + chantier éducatif juillet"],
        ["Kenza T.", "14", "Fugues répétées (3 depuis mars) ; suivie par l'ASE, placement en "
         "famille d'accueil à l'étude", "Information au référent ASE ; pas d'action municipale"],
        ["Noah B.", "16", "Deux rodéos constatés (moto non immatriculée) ; convoqué en rappel à "
         "l'ordre le 3 mars, sans effet", "Signalement au parquet proposé par la brigade"],
        ["Bilal A.", "13", "Victime de racket au collège ; mère ne souhaite pas porter plainte",
         "Accompagnement par l'intervenante sociale"],
    ]),
    ("p", "Prochaine réunion : 22 mai 2025. Rappel : aucune de ces informations ne doit figurer dans "
          "les comptes rendus de la séance plénière."),
]

DOCX_BLOCKS["s047_evaluation_cheffe_service_pm.docx"] = [
    ("title", "Entretien professionnel 2024 — Cheffe de service de police municipale"),
    ("p", "Agent : Mme Nathalie Perrin, cheffe de service principale de 1re classe. Supérieur "
          "hiérarchique direct : M. Bruno Lhermitte, directeur de la tranquillité publique."),
    ("h", "Bilan des objectifs 2024"),
    ("table", [
        ["Objectif", "Résultat", "Commentaire de l'évaluateur"],
        ["Mettre en place le travail de nuit estival", "Atteint", "Organisation saluée par les élus."],
        ["Réduire les heures supplémentaires de 15 %", "Non atteint", "Hausse de 9 % ; pilotage "
         "des plannings insuffisant."],
        ["Rédiger la doctrine d'emploi", "Partiellement", "Document livré en retard, incomplet."],
    ]),
    ("h", "Manière de servir"),
    ("p", "Mme Perrin dispose d'une solide expertise juridique et d'une vraie autorité sur le terrain. "
          "En revanche, le climat au sein du service s'est dégradé : trois agents ont demandé leur "
          "mutation en 2024 et deux d'entre eux ont évoqué, lors de leur entretien de départ, un "
          "management « par la pression ». L'évaluateur demande un accompagnement par un coach "
          "externe et une formation au management bienveillant."),
    ("p", "Appréciation littérale : agent compétent, dont le positionnement managérial doit "
          "évoluer rapidement. Le maintien dans les fonctions d'encadrement sera réexaminé en 2025."),
    ("p", "Observations de l'agent : « Les départs s'expliquent par la réorganisation décidée par la "
          "direction, que j'ai dû mettre en œuvre sans moyens supplémentaires. »"),
]

DOCX_BLOCKS["s048_fiche_accompagnement_victime.docx"] = [
    ("title", "AVIC 81 — Fiche d'accompagnement"),
    ("p", "Permanence de Cassagne (France services) — dossier n° 2025-0117 — ouvert le 14 janvier 2025"),
    ("table", [
        ["Nom", "SOULIÉ"],
        ["Prénom", "Camille"],
        ["Né(e) le", "22/09/2001"],
        ["Adresse", "3 rue des Tanneurs, 81360 Cassagne"],
        ["Orientée par", "Police municipale de Cassagne (ASVP présent au bal du 31/12)"],
        ["Nature des faits", "Viol — nuit du 31 décembre au 1er janvier, à l'issue du réveillon "
         "de la salle des fêtes ; auteur connu de la victime (collègue de travail)"],
        ["Plainte", "Déposée le 2 janvier à la brigade d'Albi"],
    ]),
    ("h", "Suivi"),
    ("p", "Entretien du 14/01 : Camille décrit des troubles du sommeil, des crises d'angoisse, elle "
          "n'arrive plus à se rendre au travail (arrêt de travail jusqu'au 15 février). Orientation "
          "vers la psychologue de l'association (1er RDV le 21/01) et vers l'unité médico-judiciaire "
          "pour l'examen réalisé à la demande de l'OPJ."),
    ("p", "Entretien du 11/02 : point sur la procédure, demande d'avocat au titre de l'aide "
          "juridictionnelle. Elle envisage de démissionner pour ne plus croiser l'auteur."),
]

DOCX_BLOCKS["s049_pv_constat_morsure.docx"] = [
    ("title", "Police municipale de Hautmont-la-Forêt — Rapport de constatation : morsure de chien"),
    ("p", "Le 26 juillet 2025 à 16 h 40, nous sommes appelés par le centre 15 pour une morsure sur "
          "enfant au parc Monceau-Vert, aire de jeux nord."),
    ("h", "Victime"),
    ("p", "Inès Carpentier, 6 ans, domiciliée avec ses parents 14 rue Berlioz. L'enfant présente une "
          "plaie profonde à la joue gauche et deux morsures à l'avant-bras. Prise en charge par le "
          "VSAV de Hautmont, transportée au CHU de Lille, service de chirurgie pédiatrique, où elle a "
          "été opérée le soir même (reconstruction, 14 points). Selon le père, un préjudice "
          "esthétique durable est à craindre."),
    ("h", "Animal et détenteur"),
    ("table", [
        ["Chien", "Croisé malinois, mâle, 3 ans, non muselé, non tenu en laisse"],
        ["Identification", "250268500731928"],
        ["Détenteur", "M. Florent Dehaene, 29 ans, 7 allée des Hêtres"],
        ["Vaccination antirabique", "Non à jour"],
    ]),
    ("p", "Mesures : mise sous surveillance vétérinaire (trois visites sur quinze jours, Dr Van Hecke). "
          "Évaluation comportementale prescrite. Le détenteur a été verbalisé pour divagation et "
          "informé de la possibilité de poursuites pour blessures involontaires."),
]

DOCX_BLOCKS["s050_suivi_mesures_provisoires_2024.docx"] = [
    ("title", "Registre de suivi des mesures provisoires (art. L.3213-2 CSP) — année 2024"),
    ("p", "Tenu par le secrétariat du cabinet du maire de Villeneuve-sur-Lays — à ne communiquer "
          "qu'à l'ARS et à la préfecture."),
    ("table", [
        ["N°", "Date", "Personne", "Signataire", "Établissement", "Suite préfectorale"],
        ["2024-01", "14/02", "M. Bernard Nicolle, 57 ans", "Maire", "CESAME Angers",
         "Arrêté SDRE du 15/02"],
        ["2024-02", "02/05", "Mme Ludivine Barthe, 31 ans", "Adjoint d'astreinte", "CESAME Angers",
         "Caduque (48 h)"],
        ["2024-03", "18/07", "M. Olivier Guéry, 44 ans", "Adjoint d'astreinte", "CH Cholet",
         "Arrêté SDRE du 19/07, levée le 30/09"],
        ["2024-04", "23/11", "M. Bernard Nicolle, 57 ans", "Maire", "CESAME Angers",
         "Arrêté SDRE du 24/11"],
    ]),
    ("p", "Observation : M. Nicolle a fait l'objet de deux mesures dans l'année ; sa sœur, tutrice, "
          "demande à être prévenue systématiquement (06 33 18 72 40)."),
]

DOCX_BLOCKS["s051_plan_surete_hotel_ville.docx"] = [
    ("title", "Plan de mise en sûreté de l'hôtel de ville — version agents"),
    ("p", "Ce plan décrit la conduite à tenir en cas d'intrusion malveillante ou d'attaque. Il ne "
          "doit pas être affiché ni transmis à l'extérieur de la collectivité."),
    ("h", "Alerte"),
    ("p", "L'alerte « confinement » est donnée par trois sonneries courtes répétées (bouton rouge sous "
          "le comptoir de l'accueil et dans le bureau du maire). L'alerte « évacuation » est la "
          "sonnerie incendie continue."),
    ("h", "Zones de mise à l'abri"),
    ("table", [
        ["Étage", "Local refuge", "Accès / code", "Faiblesse connue"],
        ["RDC", "Salle des archives (porte blindée)", "Clé au tableau de l'accueil, crochet 12",
         "Pas de réseau mobile"],
        ["1er", "Bureau du DGS", "Serrure à code 5 8 2 1", "Fenêtre donnant sur la rue, sans volet"],
        ["2e", "Salle informatique", "Badge + code 0 4 7 7", "Aucune"],
    ]),
    ("h", "Points d'entrée"),
    ("p", "La porte du parking du personnel (côté rue Pasteur) ne se referme pas toujours "
          "automatiquement ; la caméra qui la surveille n'enregistre pas la nuit. La porte du jardin "
          "n'est verrouillée qu'à 19 h par l'agent d'entretien."),
]

DOCX_BLOCKS["s052_refus_agrement_policier.docx"] = [
    ("title", "Refus d'agrément d'un agent de police municipale"),
    ("p", "Préfecture de l'Hérault — Cabinet — Bureau des polices administratives"),
    ("p", "Montpellier, le 6 février 2025"),
    ("p", "Madame la Maire de Montclar-les-Vignes,"),
    ("p", "Vous avez sollicité l'agrément de M. Jérémy Castel, recruté par voie de mutation en qualité "
          "de gardien-brigadier de police municipale, en application de l'article L.511-2 du code de "
          "la sécurité intérieure."),
    ("p", "L'enquête administrative fait apparaître que M. Castel a été mis en cause en août 2023 "
          "pour des violences sur conjoint, faits pour lesquels il a exécuté une composition pénale "
          "comportant un stage de responsabilisation. Une main courante a par ailleurs été déposée "
          "par son ex-compagne en novembre 2024 pour des messages menaçants."),
    ("p", "Ces éléments sont incompatibles avec l'exercice de fonctions de police et le port d'une "
          "arme. Je ne suis donc pas en mesure de délivrer l'agrément sollicité. Le procureur de la "
          "République a émis le même avis."),
    ("p", "Pour le préfet et par délégation, le directeur de cabinet."),
]

DOCX_BLOCKS["s053_cr_groupe_partenarial_menages.docx"] = [
    ("title", "Groupe partenarial « troubles de voisinage et prévention des expulsions »"),
    ("p", "Réunion du 3 juin 2025 — Habitat Layon, CCAS, police municipale, service social "
          "départemental. Compte rendu nominatif, non diffusable."),
    ("table", [
        ["Ménage", "Situation", "Actions"],
        ["Famille Hoareau, 9 rue Molière", "Dette locative 4 200 € ; plan de surendettement déposé ; "
         "plaintes de voisinage en baisse depuis mars", "Protocole de cohésion sociale proposé ; "
         "FSL sollicité"],
        ["M. Denis Royer, 22 avenue de la Paix", "Syndrome de Diogène suspecté (accumulation, odeurs) "
         "; refuse toute visite", "Signalement au médecin de l'ARS ; visite conjointe CCAS/PM"],
        ["Famille Touré, 4 allée Camus", "Mère seule, 4 enfants ; mesure d'AEMO en cours ; "
         "adolescent impliqué dans des dégradations de halls", "Contact avec l'éducateur AEMO ; "
         "médiation bailleur"],
    ]),
    ("p", "Prochaine réunion : 9 septembre 2025."),
]

DOCX_BLOCKS["s054_annexe_convention_hypermarche.docx"] = [
    ("title", "Annexe 2 à la convention de partenariat sûreté — Hypermarché Grand Layon"),
    ("p", "Informations communiquées par la société Distri-Layon SAS à la seule Direction de la "
          "tranquillité publique, au titre de la coopération locale de sécurité. Elles relèvent du "
          "secret des affaires et ne peuvent être communiquées à des tiers."),
    ("h", "1. Pertes et démarque"),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Chiffre d'affaires du magasin (HT)", "61,4 M€", "63,9 M€"],
        ["Démarque inconnue", "1,92 % du CA", "2,37 % du CA"],
        ["dont vols externes estimés", "0,71 M€", "0,98 M€"],
        ["dont fraude interne estimée", "0,22 M€", "0,31 M€"],
        ["Coût annuel de la sûreté (agents + matériel)", "548 k€", "612 k€"],
    ]),
    ("h", "2. Dispositif interne"),
    ("p", "Le magasin emploie 4 agents de prévention et sécurité en journée, aucun après 21 h. Les "
          "rayons les plus touchés (spiritueux, parfumerie, high-tech) sont équipés d'antivols "
          "acousto-magnétiques ; les caisses automatiques ne sont contrôlées que par sondage "
          "(1 passage sur 12). Le retrait des fonds par le transporteur a lieu les mardis et "
          "vendredis entre 7 h 30 et 8 h, quai de livraison n° 3."),
    ("p", "Projet 2025 : reconnaissance des plaques au parking (investissement de 140 k€) et renfort "
          "d'un maître-chien les vendredis et samedis soir."),
]

DOCX_BLOCKS["s055_offre_gardiennage_decomposition.docx"] = [
    ("title", "Offre technique et financière — Marché de surveillance des bâtiments communaux"),
    ("p", "Candidat : Vigilis Atlantique SAS — lot 1 (rondes et interventions sur alarme)"),
    ("p", "Document comportant des informations protégées par le secret des affaires "
          "(art. L.2132-1 du code de la commande publique et L.311-6 du CRPA). Ne pas communiquer "
          "aux candidats évincés."),
    ("h", "Décomposition du prix horaire d'un agent de sécurité (coefficient 140)"),
    ("table", [
        ["Poste", "Montant horaire"],
        ["Salaire brut (convention collective, niveau 3 échelon 2)", "12,41 €"],
        ["Charges patronales après réduction générale", "3,38 €"],
        ["Primes (panier, habillage, ancienneté)", "0,96 €"],
        ["Formation et recyclage (SSIAP, SST)", "0,42 €"],
        ["Encadrement, PC de télésurveillance", "1,15 €"],
        ["Frais de structure", "1,37 €"],
        ["Marge", "0,87 €"],
        ["Prix de vente HT", "20,56 €"],
    ]),
    ("p", "Notre marge nette moyenne sur les marchés publics de la région est de 4,1 %. Le prix "
          "proposé pour votre collectivité est consenti au niveau de notre seuil de rentabilité, "
          "afin de maintenir l'activité de notre agence de Cholet (perte de deux contrats en 2024)."),
]

DOCX_BLOCKS["s056_note_visite_ministerielle.docx"] = [
    ("title", "CONFIDENTIEL — Visite ministérielle du 12 mars 2025"),
    ("p", "Note du cabinet du maire de Bréval-sur-Orne à l'attention des seuls services concernés "
          "(police municipale, services techniques, protocole). Ne pas transférer."),
    ("h", "Itinéraire et horaires"),
    ("table", [
        ["Heure", "Séquence", "Lieu"],
        ["10 h 05", "Arrivée du cortège par la RD 924 (entrée sud)", "Rond-point de la Gare"],
        ["10 h 15", "Visite du centre de supervision urbain", "Ancienne poste, porte arrière"],
        ["11 h 00", "Table ronde avec les maires", "Salle du conseil, hôtel de ville"],
        ["12 h 10", "Départ par l'avenue Foch (itinéraire bis : rue Carnot)", "—"],
    ]),
    ("h", "Consignes de sûreté"),
    ("p", "Stationnement interdit et enlèvement avenue Foch dès 6 h. Les plaques d'égout du parcours "
          "seront scellées la veille. Un tireur de la gendarmerie sera positionné sur le toit de la "
          "médiathèque. Les agents de PM ne communiquent pas l'horaire aux commerçants. Le plan de "
          "repli médical prévoit l'hôpital de Château-Vernay (trajet reconnu : 14 minutes)."),
]

DOCX_BLOCKS["s057_rapport_conseil_discipline_lbd.docx"] = [
    ("title", "Rapport de saisine du conseil de discipline"),
    ("p", "Autorité territoriale : le maire de Hautmont-la-Forêt. Agent concerné : M. Jordan Lefebvre, "
          "brigadier-chef principal, en poste depuis 2012."),
    ("h", "Exposé des faits"),
    ("p", "Le 14 juillet 2024, vers 23 h 30, lors de la dispersion d'un attroupement rue Berlioz, "
          "M. Lefebvre a fait usage à deux reprises de son lanceur de balles de défense en direction "
          "d'un groupe d'adolescents qui s'éloignait, sans sommation et alors qu'aucune menace "
          "n'était caractérisée selon les images de la caméra piéton de son binôme. Un mineur de "
          "15 ans a été touché à la hanche."),
    ("p", "L'inspection générale de la gendarmerie a été saisie par le parquet ; l'enquête pénale "
          "est en cours. Indépendamment de ces suites, l'autorité territoriale estime que les faits "
          "constituent un manquement grave aux règles de déontologie (article R.515-7 du CSI)."),
    ("h", "Antécédents"),
    ("table", [
        ["Date", "Mesure"],
        ["2019", "Avertissement — propos déplacés envers un usager"],
        ["2022", "Blâme — non-respect des consignes de port des équipements"],
    ]),
    ("p", "Sanction proposée : exclusion temporaire de fonctions de 18 mois (troisième groupe), "
          "assortie du retrait de l'autorisation de port d'arme."),
]

DOCX_BLOCKS["s058_revue_presse_article_integral.docx"] = [
    ("title", "Revue de presse du cabinet — semaine 11"),
    ("p", "Diffusion : élus et directeurs. Article reproduit intégralement à partir de l'édition "
          "abonnée de L'Écho du Val du 14 mars 2025, pages 4-5. © L'Écho du Val — tous droits de "
          "reproduction réservés."),
    ("h", "« À Villeneuve, la nuit où la place du Marché a basculé »"),
    ("p", "Par Juliette Monnier. Il est un peu plus de 1 heure, samedi, quand les premiers cris "
          "déchirent la place du Marché. Devant Le Balto, une quinzaine de jeunes hommes "
          "s'empoignent, des chaises volent, une vitrine éclate. « On s'est enfermés dans la "
          "réserve, on attendait que ça passe », raconte une serveuse, encore sous le choc. "
          "Quand les gendarmes arrivent, vingt minutes plus tard, la place est vide, constellée "
          "d'éclats de verre."),
    ("p", "Ce n'est pas la première fois. Les riverains tiennent un décompte précis : trois rixes "
          "en mai, deux en avril. « On nous promet des caméras, des agents, une charte. Nous, on "
          "voudrait juste dormir », soupire Christine, qui habite au-dessus du bar depuis vingt ans."),
    ("p", "À la mairie, l'adjoint à la sécurité, Didier Garnier, assume : « La police municipale "
          "n'a pas vocation à remplacer la gendarmerie à 1 heure du matin. » Une position qui "
          "agace l'opposition. Yasmina Haddad (Villeneuve solidaire) dénonce « une ville qui "
          "découvre ses nuits ». Prochaine étape : une réunion avec le préfet, annoncée pour juin."),
    ("p", "Encadré — Les chiffres : 226 atteintes aux personnes en 2024 (+5,6 %) ; 14 agents de "
          "police municipale ; 62 caméras prévues d'ici 2026."),
]

DOCX_BLOCKS["s059_questionnaire_victimation_rempli.docx"] = [
    ("title", "Enquête locale de victimation — Hautmont-la-Forêt 2025"),
    ("p", "Questionnaire rempli à l'accueil de la mairie avec l'aide d'un agent (saisie du 18/04/2025)."),
    ("table", [
        ["Question", "Réponse"],
        ["Nom (facultatif)", "Mme Sabrina Delcroix — 12 rue Voltaire (souhaite être recontactée)"],
        ["Quartier", "Centre"],
        ["Tranche d'âge", "25-44"],
        ["Vous sentez-vous en sécurité ?", "Rarement"],
        ["Faits subis au cours des 12 derniers mois", "Violences physiques ; harcèlement"],
        ["Avez-vous porté plainte ?", "Non — « c'est le père de mes enfants, on est en train de "
         "divorcer et j'ai peur que ça se retourne contre moi pour la garde »"],
        ["Lieux évités", "Le parking de l'école, il m'y attend parfois"],
        ["Commentaires libres", "« Il m'a cassé le poignet en février, j'ai dit aux urgences que "
         "j'étais tombée. »"],
    ]),
    ("p", "Note de l'agent d'accueil : transmis à l'intervenante sociale avec l'accord de Mme Delcroix."),
]

DOCX_BLOCKS["s060_fiche_sinistres_incendie.docx"] = [
    ("title", "Incendie du 4 rue des Forges — fiche de suivi des sinistrés"),
    ("p", "CCAS de Bréval-sur-Orne — cellule d'urgence ouverte le 9 janvier 2025 à 3 h 15"),
    ("table", [
        ["Ménage", "Composition", "Assurance", "Situation / besoins"],
        ["M. et Mme Lambert", "Couple + 2 enfants", "MAIF — relogement pris en charge",
         "Hôtel Ibis 5 nuits puis gîte"],
        ["Mme Josette Adam", "Seule, 81 ans", "Non assurée (contrat résilié pour impayés en 2023)",
         "Hébergée chez sa fille ; dossier d'aide facultative CCAS (800 €)"],
        ["M. Kevin Picard", "Seul", "Aucune", "Bénéficiaire du RSA ; dette EDF de 1 340 € ; "
         "demande de logement d'urgence"],
    ]),
    ("p", "Décision de la commission permanente du CCAS du 13/01 : aide d'urgence de 800 € à "
          "Mme Adam et de 500 € à M. Picard, bons alimentaires pour un mois ; saisine du FSL."),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_recherche_personne_vulnerable.html"] = (
    "Intranet PM — personne vulnérable recherchée",
    """
<header><p>Intranet de la police municipale de Villeneuve-sur-Lays — espace agents</p></header>
<h1>Recherche — personne vulnérable</h1>
<p><strong>Publié le 02/06/2025 à 07 h 40 par le poste de commandement.</strong></p>
<p>M. Thomas Vigneau, 34 ans, domicilié 5 rue Chanzy, n'est pas rentré chez ses parents depuis
samedi soir. Sa mère indique qu'il est suivi au CMP pour une schizophrénie et qu'il a cessé son
traitement depuis une dizaine de jours. Il a déjà été hospitalisé sous contrainte en 2023 après
une crise sur la voie publique.</p>
<ul>
<li>Taille 1,85 m, très mince, barbe, parka kaki.</li>
<li>Peut se montrer méfiant, ne pas l'approcher à plusieurs.</li>
<li>Lieux fréquentés : berges du Layon, gare routière, médiathèque.</li>
</ul>
<p>En cas de découverte : rester à distance, informer le PC (poste 214) et la brigade.
<em>Ne pas relayer sur les réseaux sociaux.</em></p>
""",
)

HTML_PAGES["s062_extranet_cispd_groupe_operationnel.html"] = (
    "Extranet CISPD — groupe opérationnel",
    """
<div class="bandeau">DIFFUSION LIMITÉE — MEMBRES DU GROUPE OPÉRATIONNEL — NE PAS TRANSFÉRER</div>
<h1>Groupe opérationnel du CISPD du Val de Lays — relevé de décisions du 20 mai 2025</h1>
<h2>Points de fixation</h2>
<ol>
<li>Parking de la gare de Château-Vernay : point de deal actif de 17 h à 1 h, guetteurs sur le toit
du local vélos.</li>
<li>Squat de l'ancienne clinique, rue du Rempart : accès par le soupirail côté jardin.</li>
</ol>
<h2>Opérations programmées</h2>
<table>
<tr><th>Date</th><th>Opération</th><th>Moyens</th></tr>
<tr><td>Jeudi 5 juin, 6 h</td><td>Évacuation du squat (concours de la force publique accordé)</td>
<td>PSIG, PM Château-Vernay, bailleur</td></tr>
<tr><td>Semaine 24</td><td>Contrôles de nuit non annoncés sur le parking de la gare</td>
<td>2 équipages gendarmerie + PM</td></tr>
</table>
<p>Ces dates ne doivent en aucun cas être communiquées aux élus non membres du groupe ni à la presse.</p>
""",
)

HTML_PAGES["s063_forum_riverains_quartier.html"] = (
    "Forum Voisins des Vignes — sujet : le locataire du 12",
    """
<h1>Forum « Voisins vigilants des Vignes » — Discussion</h1>
<article>
<h2>Le nouveau locataire du 12 impasse des Muriers</h2>
<p class="auteur">Posté par <b>Jacqueline_M</b> le 03/02/2025 à 20:14</p>
<p>Je préfère prévenir tout le monde : le nouveau locataire du 12, Sébastien Orliac, sort de
prison. Ma belle-sœur travaille au greffe, il a pris quatre ans pour des cambriolages dans
l'Aude. Fermez bien vos portes et surveillez vos garages.</p>
</article>
<article>
<p class="auteur">Réponse de <b>Marc34</b> le 03/02/2025 à 20:41</p>
<p>Merci de l'info. Je l'ai vu tourner autour des voitures hier soir vers 22 h, il a une Clio
grise. Je vais le signaler à la PM.</p>
</article>
<article>
<p class="auteur">Réponse de <b>modérateur_mairie</b> le 04/02/2025 à 08:30</p>
<p>Rappel de la charte : pas de nom ni d'accusation sur ce forum. Pour tout fait suspect, appelez
le 17.</p>
</article>
""",
)

HTML_PAGES["s064_intranet_acces_batiments.html"] = (
    "Intranet — fiches d'accès aux bâtiments communaux (astreinte)",
    """
<h1>Astreinte technique et sécurité — accès aux bâtiments</h1>
<p>Page réservée aux agents d'astreinte. Mise à jour : 1er septembre 2025.</p>
<table>
<tr><th>Bâtiment</th><th>Accès</th><th>Alarme</th><th>Remarque</th></tr>
<tr><td>Mairie</td><td>Porte de service, digicode 4 3 1 9 A</td><td>Code 7 7 2 0</td>
<td>Armoire à clés dans le local ménage</td></tr>
<tr><td>École Jules-Ferry</td><td>Portail rue des Écoles, cadenas 2 8 8 5</td><td>Code 1 0 4 6</td>
<td>Détecteur du préau hors service</td></tr>
<tr><td>Salle des fêtes</td><td>Boîte à clés 6 0 3 3</td><td>Pas d'alarme</td>
<td>Porte de secours ferme mal</td></tr>
<tr><td>Poste de police municipale</td><td>Badge + code 9 1 5 2</td><td>Télésurveillance Vigilis</td>
<td>Armurerie : clé au coffre du chef de poste, combinaison 31-07-88</td></tr>
</table>
<p>En cas de perte d'un badge ou de soupçon de divulgation d'un code, prévenir immédiatement le DGS.</p>
""",
)

HTML_PAGES["s065_mail_cheffe_pm_amenagement_poste.html"] = (
    "RE: aménagement de poste",
    """
<div class="mail">
<p><b>De :</b> Nathalie Perrin<br><b>À :</b> Caroline Dumas (RH)<br>
<b>Objet :</b> RE: aménagement de poste — Inès<br><b>Date :</b> 14 avril 2025</p>
<p>Caroline,</p>
<p>Inès (Moulay) m'a annoncé ce matin qu'elle attend un enfant, terme prévu fin octobre. Elle a
eu des complications au premier trimestre et son gynécologue lui déconseille les patrouilles de nuit
et le port du gilet pare-balles. Elle ne souhaite pas que l'équipe le sache avant l'échographie de
mai.</p>
<p>Je propose de la passer en journée, au poste, sur l'accueil et le traitement des PV, dès lundi.
Peux-tu voir avec la médecine préventive pour formaliser l'aménagement ?</p>
<p>Merci, Nathalie</p>
</div>
""",
)

HTML_PAGES["s066_rapport_incident_sortie_ecole.html"] = (
    "Rapport d'incident — sortie de l'école Jean-Jaurès",
    """
<h1>Rapport d'incident — ASVP — école Jean-Jaurès</h1>
<p><b>Date :</b> mardi 18 mars 2025, 16 h 35. <b>Agent :</b> ASVP Thierry Leblond.</p>
<p>À la sortie des classes, un homme se présentant comme M. Arnaud Bessière s'est présenté au
portail pour récupérer sa fille Lou (CE1). La directrice, Mme Gauthier, a refusé de lui confier
l'enfant en m'indiquant que, selon l'ordonnance du juge aux affaires familiales transmise par la
mère, le père ne dispose que d'un droit de visite en lieu neutre, médiatisé, depuis la séparation
du couple.</p>
<p>M. Bessière a haussé le ton devant les autres parents, affirmant que « la mère monte tout le
monde contre lui ». Je suis intervenu pour l'éloigner du portail. Il est parti à 16 h 50 sans
incident physique. La mère, Mme Solène Guérin, est arrivée à 17 h et a été informée.</p>
<p>La directrice a rédigé une information à l'inspection. Rapport transmis à la cheffe de service.</p>
""",
)

HTML_PAGES["s067_reponse_maire_demande_parent.html"] = (
    "Réponse à votre courrier du 2 mai",
    """
<p>Mairie de Cassagne — Le Maire</p>
<p>Madame Nadia Ferhat<br>8, cité des Peupliers<br>81360 Cassagne</p>
<p>Cassagne, le 15 mai 2025</p>
<p>Madame,</p>
<p>Vous m'avez sollicité pour que votre fils puisse participer, cet été, au chantier jeunes
organisé par la commune (rénovation du lavoir), en contrepartie d'une aide au permis de conduire.</p>
<p>Je comprends votre démarche et je salue les efforts que vous faites pour lui. Comme vous me
l'avez expliqué, Yanis fait actuellement l'objet d'un suivi éducatif décidé par le juge des enfants,
avec une mesure de réparation à accomplir à la suite de l'incendie de la poubelle du gymnase. Je
propose que sa participation au chantier soit construite avec son éducatrice de la PJJ, afin
qu'elle puisse compter dans ce cadre.</p>
<p>Mon secrétariat prendra contact avec vous pour fixer un rendez-vous.</p>
<p>Je vous prie d'agréer, Madame, l'expression de mes sentiments les meilleurs.</p>
<p>Jean-Pierre Rouquette</p>
""",
)

HTML_PAGES["s068_notification_ars_maintien_soins.html"] = (
    "Notification — décision préfectorale",
    """
<h1>ARS Pays de la Loire — Délégation départementale</h1>
<p>Bureau des soins psychiatriques sans consentement</p>
<p>À l'attention de M. le Maire de Saint-Aubin-des-Prés</p>
<p>Objet : suite donnée à votre arrêté n° 2025-HO-004 du 22 mai 2025</p>
<p>Monsieur le Maire,</p>
<p>Je vous informe que, par arrêté du 23 mai 2025, le préfet a décidé l'admission en soins
psychiatriques sur décision du représentant de l'État de M. Julien Fabre, né le 11 février 1979.</p>
<p>Le certificat médical des 72 heures, établi le 25 mai, conclut au maintien de la mesure sous la
forme d'une hospitalisation complète. Le juge des libertés et de la détention statuera avant le
3 juin. Vous serez informé de toute levée de la mesure ou de tout programme de soins prévoyant un
retour au domicile, l'intéressé résidant sur votre commune.</p>
<p>Le délégué départemental</p>
""",
)

HTML_PAGES["s069_reserve_communale_liste_membres.html"] = (
    "Réserve communale — liste des membres",
    """
<h1>Réserve communale de sécurité civile — Bréval-sur-Orne</h1>
<p>Liste des réservistes au 1er avril 2025 (pour la coordinatrice et le PCC).</p>
<table>
<tr><th>Nom</th><th>Téléphone</th><th>Compétences</th><th>Disponibilité</th>
<th>Informations utiles en mission</th></tr>
<tr><td>Bertrand Hamel</td><td>06 14 28 90 33</td><td>Ancien pompier, PSC1</td><td>Semaine + WE</td>
<td>—</td></tr>
<tr><td>Sophie Lecomte</td><td>06 72 40 18 65</td><td>Infirmière retraitée</td><td>WE</td>
<td>Diabétique type 1 : prévoir pauses repas, stylo à insuline dans son sac</td></tr>
<tr><td>Ahmed Bensaïd</td><td>07 81 22 36 09</td><td>Permis poids lourd</td><td>Soirs</td>
<td>—</td></tr>
<tr><td>Gaëlle Morin</td><td>06 55 91 04 12</td><td>Accueil, anglais</td><td>Semaine</td>
<td>Épileptique stabilisée, pas de conduite de nuit</td></tr>
<tr><td>Jean-Luc Tessier</td><td>06 30 66 81 27</td><td>Bricolage, tronçonneuse</td><td>Semaine</td>
<td>Allergie sévère aux piqûres d'hyménoptères (Anapen)</td></tr>
</table>
""",
)

HTML_PAGES["s070_etat_grevistes_pm.html"] = (
    "État des agents grévistes — retenues sur traitement",
    """
<h1>Mouvement de grève du 12 décembre 2024 — police municipale</h1>
<p>État transmis par la cheffe de service au service paie, pour application de la retenue
d'un trentième.</p>
<table>
<tr><th>Agent</th><th>Grade</th><th>Service fait</th><th>Observation</th></tr>
<tr><td>Sébastien Roux</td><td>BCP</td><td>Non</td><td>Gréviste — délégué syndical FA-FPT</td></tr>
<tr><td>Inès Moulay</td><td>GB</td><td>Non</td><td>Gréviste</td></tr>
<tr><td>Hervé Cazals</td><td>BCP</td><td>Oui</td><td>—</td></tr>
<tr><td>Léa Fournier</td><td>Stagiaire</td><td>Non</td><td>Gréviste</td></tr>
<tr><td>Karim Belkacem</td><td>GB</td><td>Oui</td><td>Assignation (service minimum)</td></tr>
</table>
<p>Motif du préavis national : revalorisation de l'ISF et reconnaissance de la pénibilité.</p>
""",
)

HTML_PAGES["s071_suivi_centre_hebergement_crue.html"] = (
    "Crue du Rouvre — suivi du centre d'hébergement",
    """
<h1>PCC — Crue du Rouvre — tableau de suivi du gymnase Coubertin</h1>
<p>Mise à jour : 10 février 2025, 22 h 15 — page interne de la cellule de crise</p>
<table>
<tr><th>Personne</th><th>Adresse d'origine</th><th>Arrivée</th><th>Besoins particuliers</th></tr>
<tr><td>Mme Odette Vannier (87 ans)</td><td>6 rue du Moulin</td><td>17 h 40</td>
<td>Insulinodépendante : insuline restée au domicile, pharmacie de garde contactée</td></tr>
<tr><td>M. Fernand Leduc (79 ans)</td><td>11 rue du Moulin</td><td>18 h 05</td>
<td>Sous oxygène, concentrateur portable (autonomie 4 h), brancher sur le groupe</td></tr>
<tr><td>Famille Girard (4)</td><td>2 quai du Rouvre</td><td>18 h 20</td>
<td>Enfant de 3 ans autiste : prévoir coin isolé, casque anti-bruit</td></tr>
<tr><td>M. Yves Hamon</td><td>14 rue de la Gare</td><td>19 h 30</td>
<td>Sevrage alcoolique en cours selon son fils, surveiller</td></tr>
</table>
""",
)

HTML_PAGES["s072_cr_mediation_voisinage.html"] = (
    "Compte rendu de médiation de voisinage",
    """
<h1>Médiation de voisinage — compte rendu</h1>
<p>Mairie de Kervalan — réunion du 28 avril 2025 dans le bureau de l'adjoint, M. Gwenaël Riou.</p>
<p>Parties : M. Patrick Le Roux, 5 hameau de Kerlann ; M. et Mme Jaouen, 7 hameau de Kerlann.</p>
<h2>Objet</h2>
<p>Haie non taillée, aboiements, stationnement devant le portail.</p>
<h2>Échanges</h2>
<p>M. Le Roux reconnaît ne plus entretenir son terrain depuis quelques mois. Il explique qu'il est
en instance de divorce, que son épouse a quitté le domicile en janvier avec leurs deux enfants et
qu'il traverse « une mauvaise passe ». Il ne voit ses enfants qu'un week-end sur deux et le chien
reste seul la semaine. M. et Mme Jaouen disent comprendre mais demandent une solution rapide.</p>
<h2>Accord</h2>
<ul><li>Taille de la haie avant le 31 mai (aide proposée par un voisin).</li>
<li>Le chien sera confié en journée à une pension deux jours par semaine.</li></ul>
""",
)

HTML_PAGES["s073_rapport_pm_conduite_sans_permis.html"] = (
    "Rapport de mise à disposition — conduite sans permis",
    """
<h1>Police municipale de Bréval-sur-Orne — rapport n° 2025-0231</h1>
<p>Le 8 avril 2025 à 17 h 10, avenue Foch, nous contrôlons un scooter Yamaha circulant sur le
trottoir. Le conducteur, M. Enzo Pereira, né le 9 décembre 2004, 3 rue Carnot, ne présente aucun
permis. La consultation du fichier national des permis de conduire via l'OPJ révèle que son permis
a été annulé par jugement du 12 janvier 2025 (conduite sous l'empire de stupéfiants, récidive).</p>
<p>L'intéressé reconnaît les faits et déclare « avoir besoin du scooter pour aller travailler ».
Il est mis à disposition de l'OPJ de la brigade de Bréval à 17 h 35. Scooter placé en fourrière.</p>
<p>Brigadier-chef Anthony Leclerc — gardien-brigadier Manon Ruiz</p>
""",
)

HTML_PAGES["s074_extrait_plan_departemental_restreint.html"] = (
    "Plan ORSEC — extrait — diffusion restreinte",
    """
<p style="text-align:center"><strong>DIFFUSION RESTREINTE</strong></p>
<h1>Dispositif ORSEC départemental — annexe « Nombreuses victimes » (NOVI)</h1>
<p>Extrait communiqué aux maires des communes sièges d'un point de regroupement des victimes.</p>
<h2>Point de regroupement des victimes n° 3 — Villeneuve-sur-Lays</h2>
<ul>
<li>Site principal : gymnase Coubertin ; site de repli : salle Jean-Vilar.</li>
<li>Capacité : 60 victimes dont 12 urgences absolues.</li>
<li>Itinéraire d'accès réservé des secours : avenue du Parc (fermée au public par la PM).</li>
<li>Stock de lits picots et de couvertures : 80 lits dans le local technique du gymnase.</li>
</ul>
<p>Cette annexe ne doit pas figurer dans le plan communal de sauvegarde consultable.</p>
""",
)

HTML_PAGES["s075_kit_prevention_paroles_chanson.html"] = (
    "Kit prévention routière — ressources pour les animateurs",
    """
<h1>Kit « Sur la route, on veille les uns sur les autres » — espace animateurs</h1>
<p>Ressource 4 : paroles intégrales de la chanson « Les phares dans la nuit », de Maëlle Duroy
(album <em>Routes départementales</em>, © Éditions Vent d'Ouest 2021, tous droits réservés),
à projeter pendant l'atelier.</p>
<blockquote>
<p>On avait dit minuit, on avait dit pas loin,<br>
La radio qui chantait, tes mains sur le volant,<br>
Le village endormi qui nous tendait la main,<br>
Et ce virage-là qu'on prenait en riant.</p>
<p>Refrain : Les phares dans la nuit, ça ne ment jamais,<br>
Ça dit ce qu'on a bu, ça dit ce qu'on a fait,<br>
Les phares dans la nuit, j'les vois encore briller,<br>
Sur le talus mouillé où tu t'es arrêté.</p>
<p>Ta mère a gardé ta veste sur la chaise,<br>
Et tes copains n'osent plus passer devant chez toi,<br>
On a mis des fleurs blanches au bord de la falaise,<br>
Et j'prends toujours le bus, même quand il fait froid.</p>
<p>Refrain</p>
<p>Alors ce soir, si tu montes, pense à moi,<br>
Laisse les clés sur la table, appelle-moi,<br>
J'viendrai te chercher, peu importe l'endroit,<br>
Les phares dans la nuit, ça n'éclaire que toi.</p>
</blockquote>
<p>Questions pour le débat : que ressent la narratrice ? Quelles solutions propose-t-elle ?</p>
""",
)

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_annuel_clspd_2024.docx"] = [
    ("title", "CLSPD de Villeneuve-sur-Lays — Rapport annuel 2024"),
    ("p", "Présenté en séance plénière le 13 mars 2025, sous la présidence de M. Étienne Morvan, maire."),
    ("h", "1. Gouvernance"),
    ("p", "Le CLSPD s'est réuni deux fois en formation plénière et onze fois en groupes thématiques "
          "(jeunesse, violences intrafamiliales, tranquillité des espaces publics). Une coordonnatrice "
          "à temps plein, Mme Laure Bianchi, assure le suivi des actions."),
    ("h", "2. Principales actions"),
    ("table", [
        ["Action", "Public", "Résultat 2024"],
        ["Chantiers éducatifs d'été", "Jeunes de 14 à 17 ans", "38 jeunes, 6 chantiers"],
        ["Intervenante sociale en gendarmerie", "Victimes et auteurs", "164 personnes reçues"],
        ["Rappels à l'ordre", "Mineurs et majeurs", "17 entretiens, 2 réitérations"],
        ["Médiation de nuit (été)", "Espaces publics", "312 interventions de médiation"],
        ["Prévention du harcèlement scolaire", "Élèves de CM2 et 6e", "24 classes"],
    ]),
    ("h", "3. Financements"),
    ("p", "Le programme a mobilisé 186 400 € dont 61 000 € de FIPD, 42 000 € du conseil "
          "départemental et 83 400 € de la commune."),
    ("h", "4. Perspectives"),
    ("p", "Adoption d'une nouvelle stratégie territoriale en 2025, création d'un logement "
          "d'urgence pour les victimes de violences conjugales, extension de la médiation de nuit "
          "aux week-ends de septembre."),
]

DOCX_BLOCKS["p122_pcs_organisation_cellule_crise.docx"] = [
    ("title", "Plan communal de sauvegarde — organisation de la cellule de crise"),
    ("p", "Extrait de la version consultable du PCS de Bréval-sur-Orne, approuvé par arrêté du maire "
          "du 3 février 2025. Les annuaires et les fiches d'accès aux locaux figurent dans des annexes "
          "non communicables."),
    ("table", [
        ["Fonction", "Titulaire", "Suppléant", "Missions principales"],
        ["Directeur des opérations (DOS)", "Le maire", "Le 1er adjoint",
         "Décide, alerte la population, rend compte au préfet"],
        ["Responsable des actions communales", "Le DGS", "Le directeur des services techniques",
         "Coordonne les cellules"],
        ["Cellule logistique", "Responsable du CTM", "Chef d'équipe voirie",
         "Barrières, véhicules, groupes électrogènes"],
        ["Cellule population", "Directrice du CCAS", "Responsable de l'accueil",
         "Hébergement, ravitaillement, personnes vulnérables"],
        ["Cellule communication", "Chargée de communication", "Assistante du cabinet",
         "Information du public et des médias"],
        ["Cellule terrain", "Chef de service de PM", "Brigadier-chef", "Bouclages, porte-à-porte"],
    ]),
    ("p", "Lieu : salle du conseil de l'hôtel de ville ; lieu de repli : centre technique municipal."),
    ("p", "Le PCS est révisé tous les cinq ans et testé par un exercice au moins tous les deux ans."),
]

DOCX_BLOCKS["p123_deliberation_plan_videoprotection.docx"] = [
    ("title", "Délibération n° 2025-021 — Programme de vidéoprotection 2025-2027"),
    ("p", "Conseil municipal de Hautmont-la-Forêt — séance du 3 février 2025 — rapporteur : "
          "M. Pascal Jourdain, adjoint délégué à la sécurité et à la prévention."),
    ("p", "Le diagnostic réalisé par le référent sûreté de la gendarmerie en 2024 a identifié 14 "
          "secteurs prioritaires. Le programme propose l'installation de 14 caméras en 2025 et de "
          "10 caméras en 2026-2027, le renouvellement de l'enregistreur et le recrutement d'un "
          "troisième opérateur au centre de supervision urbain."),
    ("table", [
        ["Dépenses (HT)", "Montant", "Recettes", "Montant"],
        ["Caméras et génie civil 2025", "268 000 €", "FIPD (40 %)", "124 800 €"],
        ["Enregistreur et logiciels", "44 000 €", "Région (20 %)", "62 400 €"],
        ["Total", "312 000 €", "Autofinancement", "124 800 €"],
    ]),
    ("p", "Le conseil municipal, par 29 voix pour et 4 voix contre, approuve le programme, autorise "
          "le maire à solliciter les subventions et à déposer les demandes d'autorisation auprès du "
          "préfet après avis de la commission départementale de vidéoprotection."),
]

DOCX_BLOCKS["p124_guide_organisateurs_manifestations.docx"] = [
    ("title", "Organiser une manifestation à Villeneuve-sur-Lays — guide des organisateurs"),
    ("h", "Quand déclarer ?"),
    ("p", "Toute manifestation sur la voie publique ou dans un équipement municipal doit être "
          "déclarée au moins deux mois avant pour les événements de plus de 1 500 personnes, et un "
          "mois avant dans les autres cas. Au-delà de 5 000 personnes, une déclaration en préfecture "
          "est également obligatoire."),
    ("h", "Le dossier de sécurité"),
    ("table", [
        ["Pièce", "Obligatoire si…"],
        ["Plan du site avec issues de secours", "Toujours"],
        ["Convention avec une association agréée de sécurité civile", "Plus de 1 500 personnes"],
        ["Attestation d'assurance responsabilité civile", "Toujours"],
        ["Contrat avec une société de sécurité privée", "Contrôle des accès, palpations"],
        ["Étude de sécurité publique", "Événement désigné par le préfet"],
    ]),
    ("h", "Buvette et bruit"),
    ("p", "Une autorisation de débit de boissons temporaire est nécessaire (5 par an maximum pour une "
          "association). La diffusion de musique amplifiée est limitée à 102 dB(A) et s'arrête à "
          "1 h du matin sauf dérogation."),
    ("p", "Contact : guichet événements, 02 41 58 30 12, evenements@villeneuve-sur-lays.fr."),
]

DOCX_BLOCKS["p125_convention_coordination_pm_gendarmerie.docx"] = [
    ("title", "Convention communale de coordination de la police municipale et des forces de sécurité "
              "de l'État — Commune de Bréval-sur-Orne"),
    ("p", "Entre le préfet de l'Orne, le procureur de la République près le tribunal judiciaire de "
          "Château-Vernay, et le maire de Bréval-sur-Orne, après avis du commandant de groupement."),
    ("h", "Titre I — Coordination des services"),
    ("p", "Article 1er. La police municipale assure, à titre principal, la surveillance des écoles aux "
          "heures d'entrée et de sortie des élèves, du marché du mercredi, des cérémonies et des "
          "manifestations festives, ainsi que la surveillance des bâtiments communaux."),
    ("p", "Article 2. La police municipale intervient du lundi au samedi de 7 h 30 à 20 h, et jusqu'à "
          "1 h de juin à septembre. Toute intervention en dehors de ces horaires fait l'objet d'une "
          "information préalable de la brigade."),
    ("p", "Article 3. Le chef de service de police municipale et le commandant de brigade se "
          "réunissent une fois par mois pour échanger des informations sur les faits constatés et "
          "organiser les opérations conjointes."),
    ("h", "Titre II — Coopération opérationnelle renforcée"),
    ("p", "Article 8. Les parties conviennent de renforcer leur coopération dans les domaines de la "
          "sécurité routière, de la lutte contre les rodéos motorisés, de la prévention des "
          "cambriolages (OTV, participation citoyenne) et de la vidéoprotection."),
    ("p", "Article 12. La présente convention est conclue pour trois ans. Elle fait l'objet d'un "
          "rapport annuel présenté au CLSPD."),
]

DOCX_BLOCKS["p126_observations_crc_tranquillite_publique.docx"] = [
    ("title", "Chambre régionale des comptes — Rapport d'observations définitives (extrait)"),
    ("p", "Commune de Montclar-les-Vignes — exercices 2019 et suivants — chapitre 5 : la politique "
          "de tranquillité publique."),
    ("h", "5.1 Des moyens en progression"),
    ("p", "Les dépenses de la police municipale sont passées de 142 000 € en 2019 à 231 000 € en "
          "2023 (+ 63 %), sous l'effet du recrutement d'un second policier et de l'installation de "
          "16 caméras. Rapportées à la population, elles restent inférieures à la moyenne des "
          "communes de la strate."),
    ("h", "5.2 Un pilotage à formaliser"),
    ("p", "La chambre relève l'absence de diagnostic local de sécurité actualisé depuis 2016 et de "
          "bilan de l'efficacité de la vidéoprotection. Le nombre de réquisitions d'images (23 en "
          "2023) n'est pas rapproché des faits élucidés."),
    ("h", "Recommandations"),
    ("table", [
        ["N°", "Recommandation", "Réponse de l'ordonnateur"],
        ["6", "Actualiser le diagnostic local de sécurité", "En cours (2025)"],
        ["7", "Évaluer annuellement le dispositif de vidéoprotection", "Mise en œuvre prévue"],
        ["8", "Conclure un règlement intérieur de la police municipale", "Mise en œuvre"],
    ]),
]

DOCX_BLOCKS["p127_palmares_concours_securite_routiere.docx"] = [
    ("title", "Palmarès du concours d'affiches « Partageons la route » 2025"),
    ("p", "Organisé par la Ville de Villeneuve-sur-Lays, la police municipale et l'association "
          "Prévention routière, le concours a réuni 214 affiches réalisées par les élèves de CM1, "
          "CM2 et 6e. Le jury, présidé par M. Didier Garnier, adjoint à la sécurité, s'est réuni le "
          "20 mai 2025."),
    ("table", [
        ["Catégorie", "Lauréat(e)", "Établissement", "Slogan"],
        ["CM1", "Jade Moreau", "École Jules-Ferry", "« Un casque, c'est une tête qui pense »"],
        ["CM2", "Yacine Bouzid", "École des Pommeraies", "« Je traverse, tu ralentis »"],
        ["6e", "Léna Caillaud et Tom Ribeiro", "Collège Jean-Moulin", "« Le téléphone peut attendre »"],
        ["Prix du public", "Classe de CM2 de Mme Fleury", "École Jean-Jaurès", "« Vu ? Vivant ! »"],
    ]),
    ("p", "Les lauréats recevront un vélo ou un casque connecté lors de la fête de la sécurité "
          "routière, le samedi 14 juin à 15 h, place de la République. Les affiches primées seront "
          "exposées dans les abribus de la ville pendant l'été."),
]

DOCX_BLOCKS["p128_programme_gestes_qui_sauvent.docx"] = [
    ("title", "Programme 2025 de formation de la population aux gestes qui sauvent"),
    ("p", "Dans le cadre du plan communal de sauvegarde, la Ville de Bréval-sur-Orne propose avec "
          "l'Union départementale des sapeurs-pompiers et la Croix-Rouge des sessions gratuites "
          "ouvertes à tous, dès 10 ans."),
    ("table", [
        ["Date", "Module", "Durée", "Lieu"],
        ["Samedi 15 mars", "Alerter, masser, défibriller", "2 h", "Salle du Champ-de-Foire"],
        ["Mercredi 9 avril", "Gestes qui sauvent (adolescents)", "2 h", "Médiathèque"],
        ["Samedi 17 mai", "PSC1 (certifiant)", "7 h", "Centre de secours"],
        ["Samedi 20 septembre", "Réagir face à une inondation", "1 h 30", "Gymnase Coubertin"],
    ]),
    ("p", "Inscriptions à l'accueil de la mairie ou sur le site internet. Les sessions sont limitées "
          "à 12 participants. Une attestation est remise à l'issue de chaque session."),
    ("p", "Rappel : la commune dispose de 11 défibrillateurs en accès libre ; leur carte est publiée "
          "sur la base nationale Géo'DAE."),
]

DOCX_BLOCKS["p129_rapport_comite_ethique_videoprotection.docx"] = [
    ("title", "Comité d'éthique de la vidéoprotection — Rapport annuel 2024"),
    ("p", "Ville de Hautmont-la-Forêt. Le comité, créé en 2016, est composé de neuf membres : trois "
          "élus (dont un de l'opposition), trois représentants d'associations et trois personnalités "
          "qualifiées. Il est présidé par Maître Claire Vautrin, avocate honoraire."),
    ("h", "Activité du centre de supervision urbain"),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Caméras en service au 31/12", "48", "48"],
        ["Réquisitions judiciaires reçues", "164", "201"],
        ["Extractions d'images réalisées", "171", "209"],
        ["Affaires dans lesquelles les images ont été utiles (selon la gendarmerie)", "152", "187"],
        ["Demandes d'accès de personnes filmées", "6", "4"],
        ["Réclamations reçues par le comité", "2", "1"],
    ]),
    ("h", "Avis du comité"),
    ("p", "Le comité a visité le CSU le 14 novembre 2024. Il a vérifié le masquage des fenêtres et "
          "entrées d'immeubles d'habitation, la durée de conservation (15 jours) et la tenue du "
          "registre des extractions. Il recommande d'afficher plus lisiblement les panneaux "
          "d'information dans le quartier de la Gare et de publier la liste des voies équipées."),
    ("p", "La réclamation reçue en 2024 concernait une caméra dont le champ couvrait un jardin privé ; "
          "un masque dynamique a été ajouté."),
]

DOCX_BLOCKS["p130_doctrine_emploi_police_municipale.docx"] = [
    ("title", "Doctrine d'emploi de la police municipale de Villeneuve-sur-Lays"),
    ("p", "Document validé par le comité de direction le 5 mai 2025 et présenté à la commission "
          "sécurité du conseil municipal."),
    ("h", "1. Missions prioritaires"),
    ("p", "Proximité et présence visible ; sécurisation des abords des écoles ; régulation du "
          "stationnement et de la circulation ; lutte contre les nuisances sonores et les dépôts "
          "sauvages ; appui aux manifestations ; prévention routière."),
    ("h", "2. Organisation"),
    ("p", "Deux brigades de jour (7 h-14 h et 14 h-21 h), une brigade de soirée de juin à "
          "septembre (18 h-2 h). Un îlotage pédestre est assuré chaque jour en centre-ville. Le "
          "centre de supervision urbain fonctionne de 8 h à 2 h."),
    ("h", "3. Équipements"),
    ("p", "Bâtons de défense, générateurs d'aérosols incapacitants, caméras piétons (enregistrement "
          "déclenché et signalé à la personne), armes de poing de catégorie B sous réserve de "
          "l'autorisation préfectorale."),
    ("h", "4. Déontologie"),
    ("p", "Les agents respectent le code de déontologie des policiers municipaux. Ils s'identifient "
          "par leur numéro RIO. Toute réclamation d'usager fait l'objet d'une réponse écrite dans "
          "un délai d'un mois."),
]

DOCX_BLOCKS["p131_cr_commission_securite_conseil.docx"] = [
    ("title", "Commission municipale « sécurité, prévention et risques » — compte rendu"),
    ("p", "Réunion du 11 juin 2025 — Bréval-sur-Orne. Présents : M. Marc Lefranc (président), "
          "Mme Isabelle Roussel, M. Frédéric Pasquier, Mme Aïcha Benyahia, M. Jean Collet ; "
          "services : chef de la PM, DGS."),
    ("h", "1. Bilan du plan tranquillité (janvier-mai)"),
    ("p", "Le chef de service présente les chiffres : 712 interventions, dont 96 pour nuisances "
          "sonores ; 14 opérations de contrôle de vitesse ; baisse de 30 % des dépôts sauvages "
          "depuis l'installation des caméras nomades."),
    ("h", "2. Skate-park"),
    ("p", "M. Pasquier demande un bilan de la vidéoprotection du skate-park. Le DGS rappelle la "
          "réponse écrite du maire du 22 avril. Mme Benyahia propose d'associer les jeunes "
          "utilisateurs à la rédaction d'un règlement d'usage ; la proposition est retenue."),
    ("h", "3. Réserve communale de sécurité civile"),
    ("p", "23 volontaires inscrits ; première formation le 28 juin."),
    ("p", "Prochaine réunion : 17 septembre 2025."),
]

DOCX_BLOCKS["p132_avis_attribution_marche_surveillance.docx"] = [
    ("title", "Avis d'attribution — Marché de surveillance et de gardiennage des bâtiments communaux"),
    ("p", "Pouvoir adjudicateur : Ville de Villeneuve-sur-Lays, 1 place de la République, 49750 "
          "Villeneuve-sur-Lays."),
    ("p", "Procédure : appel d'offres ouvert — avis de marché publié au BOAMP le 14 février 2025."),
    ("table", [
        ["Lot", "Objet", "Attributaire", "Montant annuel maximum HT"],
        ["1", "Rondes et interventions sur alarme", "Vigilis Atlantique SAS, Cholet", "96 000 €"],
        ["2", "Gardiennage des manifestations", "Sécuri'Layon SARL, Angers", "64 000 €"],
    ]),
    ("p", "Nombre d'offres reçues : 5 pour le lot 1, 3 pour le lot 2. Critères : valeur technique "
          "(60 %), prix (40 %). Date de notification : 12 mai 2025. Durée : un an reconductible "
          "trois fois."),
    ("p", "Le marché peut être consulté, dans le respect des secrets protégés par la loi, auprès du "
          "service de la commande publique. Recours : tribunal administratif de Nantes."),
]

DOCX_BLOCKS["p133_plan_surveillance_baignade.docx"] = [
    ("title", "Plan d'organisation de la surveillance et des secours — plan d'eau des Saulaies"),
    ("p", "Saison 2025 — commune de Saint-Aubin-des-Prés — arrêté municipal n° 2025-B-002."),
    ("table", [
        ["Période", "Horaires de surveillance", "Effectif"],
        ["1er juillet - 31 août", "13 h - 19 h tous les jours", "2 MNS + 1 BNSSA"],
        ["Week-ends de juin", "14 h - 18 h", "1 MNS + 1 BNSSA"],
    ]),
    ("p", "La zone de baignade est délimitée par des bouées jaunes. Le poste de secours dispose d'un "
          "défibrillateur, d'une bouteille d'oxygène, d'un plan dur et d'une embarcation. Le drapeau "
          "vert indique une baignade surveillée sans danger particulier, le jaune une baignade "
          "dangereuse mais surveillée, le rouge une interdiction de baignade."),
    ("p", "Alerte des secours : le poste appelle le 18 ou le 112 et guide les secours par l'accès "
          "pompiers du chemin des Saulaies, maintenu libre de tout stationnement."),
    ("p", "La qualité de l'eau est contrôlée tous les quinze jours par l'ARS ; les résultats sont "
          "affichés au poste de secours."),
]

DOCX_BLOCKS["p134_note_statistiques_soins_contrainte.docx"] = [
    ("title", "Soins psychiatriques sans consentement dans le département — note statistique 2024"),
    ("p", "Délégation départementale de l'ARS — à l'attention des membres du conseil local de santé "
          "mentale (CLSM) et des maires."),
    ("table", [
        ["Mode d'admission", "2022", "2023", "2024"],
        ["Soins à la demande d'un tiers (SDT)", "612", "640", "655"],
        ["Péril imminent (SPI)", "298", "317", "331"],
        ["Décision du représentant de l'État (SDRE)", "187", "176", "192"],
        ["dont précédées d'une mesure provisoire du maire", "131", "128", "143"],
    ]),
    ("p", "Les mesures provisoires des maires sont concentrées dans trois communes qui disposent d'un "
          "service d'urgences. 61 % sont prises la nuit ou le week-end. Dans 22 % des cas, la mesure "
          "n'a pas été suivie d'un arrêté préfectoral dans le délai de 48 heures."),
    ("p", "Recommandations : diffuser le modèle d'arrêté départemental, organiser une astreinte des "
          "élus formés, développer les équipes mobiles de psychiatrie pour éviter les recours à la "
          "contrainte."),
]

DOCX_BLOCKS["p135_bilan_fourriere_animale_2024.docx"] = [
    ("title", "Fourrière animale intercommunale — bilan d'activité 2024"),
    ("p", "Communauté de communes du Val de Lays — délégataire : SACPA. Présenté en conseil "
          "communautaire le 24 mars 2025."),
    ("table", [
        ["", "Chiens", "Chats", "Autres (NAC, volailles)"],
        ["Animaux capturés ou recueillis", "214", "389", "27"],
        ["Restitués à leur propriétaire", "171", "62", "9"],
        ["Cédés à une association", "36", "241", "14"],
        ["Euthanasiés (sur avis vétérinaire)", "3", "31", "2"],
        ["Décédés (accidents, état sanitaire)", "4", "55", "2"],
    ]),
    ("p", "Le taux de restitution des chiens (80 %) s'explique par l'identification quasi "
          "systématique. Pour les chats, la commune de Villeneuve-sur-Lays a lancé une campagne de "
          "stérilisation des chats libres avec l'association Les Chats du Layon (120 animaux en 2024)."),
    ("p", "Coût pour la communauté : 1,02 € par habitant et par an."),
]

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_police_municipale.html"] = (
    "La police municipale — Ville de Villeneuve-sur-Lays",
    """
<nav>Accueil &gt; Vivre à Villeneuve &gt; Sécurité &gt; Police municipale</nav>
<h1>La police municipale</h1>
<p>Placée sous l'autorité du maire, la police municipale veille au bon ordre, à la sûreté, à la
sécurité et à la salubrité publiques. Elle compte 14 agents, dirigés par Nathalie Perrin, cheffe de
service.</p>
<h2>Nos missions</h2>
<ul>
<li>Surveillance des écoles, des marchés et des manifestations</li>
<li>Stationnement, circulation, mises en fourrière</li>
<li>Nuisances sonores, animaux errants, dépôts sauvages</li>
<li>Opération Tranquillité Vacances</li>
<li>Objets trouvés</li>
</ul>
<h2>Nous contacter</h2>
<p>Poste de police municipale, 3 rue Chanzy — du lundi au samedi, de 8 h à 19 h.<br>
Téléphone : 02 41 58 30 00. En dehors de ces horaires ou en cas d'urgence, composez le 17.</p>
""",
)

HTML_PAGES["p137_page_objets_trouves.html"] = (
    "Objets trouvés",
    """
<h1>Vous avez perdu ou trouvé un objet ?</h1>
<p>Les objets trouvés sur la voie publique sont centralisés au poste de police municipale de
Bréval-sur-Orne et conservés pendant un an et un jour.</p>
<h2>Vous avez trouvé un objet</h2>
<p>Déposez-le au poste ou à l'accueil de la mairie. Un récépissé vous sera remis. Si l'objet n'est
pas réclamé dans le délai d'un an et un jour, vous pourrez le récupérer.</p>
<h2>Vous avez perdu un objet</h2>
<p>Appelez le 02 33 41 00 60 en décrivant précisément l'objet. Les papiers d'identité sont
transmis à la préfecture au bout de 15 jours ; les cartes bancaires sont détruites.</p>
<h2>Objets déposés cette semaine</h2>
<ul>
<li>Trousseau de 4 clés avec porte-clés « tour Eiffel » — square Saint-Jacques</li>
<li>Doudou lapin gris — parc du Moulin</li>
<li>Vélo enfant rouge — parking de la gare</li>
<li>Lunettes de vue, monture noire — marché du mercredi</li>
</ul>
""",
)

HTML_PAGES["p138_actualite_exercice_ppms_ecoles.html"] = (
    "Exercices de mise en sûreté dans les écoles",
    """
<article>
<h1>Les écoles s'entraînent à se mettre en sûreté</h1>
<p class="date">Publié le 10 octobre 2025</p>
<p>Comme chaque automne, les cinq écoles de Hautmont-la-Forêt ont réalisé cette semaine un exercice
de leur plan particulier de mise en sûreté (PPMS). Élèves et enseignants ont répété les consignes de
confinement, sous le regard de la police municipale et du référent sûreté de la gendarmerie.</p>
<p>« Les enfants ont été très calmes. Pour les plus petits, on en fait un jeu : le jeu du silence »,
explique Mme Aurélie Gosset, directrice de l'école maternelle des Pommeraies.</p>
<p>Ces exercices, obligatoires trois fois par an, permettent d'identifier les améliorations à
apporter. Cette année, la Ville a financé l'installation d'alarmes spécifiques dans deux écoles
pour 18 000 €.</p>
<p>Parents : en cas d'alerte réelle, n'allez pas chercher vos enfants et ne téléphonez pas à
l'école ; suivez les consignes diffusées par la mairie et la radio.</p>
</article>
""",
)

HTML_PAGES["p139_page_videoprotection_vos_droits.html"] = (
    "Vidéoprotection : vos droits",
    """
<h1>Vidéoprotection : comment exercer vos droits ?</h1>
<p>La commune de Montclar-les-Vignes exploite 16 caméras de vidéoprotection, autorisées par arrêté
préfectoral du 12 septembre 2022. La liste des voies équipées est publiée ci-dessous.</p>
<h2>Qui regarde les images ?</h2>
<p>Seuls les agents de police municipale habilités nommément par la maire peuvent visionner les
images. Elles sont confidentielles et ne sont transmises qu'aux officiers de police judiciaire, sur
réquisition. Elles sont effacées automatiquement au bout de 20 jours.</p>
<h2>Vous avez été filmé ?</h2>
<p>Vous pouvez demander à accéder aux images vous concernant, dans le délai de conservation, en
écrivant au délégué à la protection des données (dpo@montclar-les-vignes.fr) avec une pièce
d'identité, la date, l'heure et le lieu. L'accès peut être refusé pour un motif tenant à la sûreté
de l'État, à la défense, à la sécurité publique ou au déroulement de procédures judiciaires.</p>
<p>En cas de difficulté, vous pouvez saisir la commission départementale de vidéoprotection ou
la CNIL.</p>
<h2>Voies équipées</h2>
<p>Place de la Halle, rue Neuve, avenue de la Gare, parking du stade, abords de l'école Jean-Moulin,
entrée de la zone artisanale.</p>
""",
)

HTML_PAGES["p140_actualite_medailles_pompiers.html"] = (
    "Remise de médailles aux sapeurs-pompiers",
    """
<article>
<h1>Douze sapeurs-pompiers mis à l'honneur</h1>
<p>Le 14 juillet, à l'issue du défilé, M. le Maire Philippe Delacroix et le colonel Bertrand Aubry,
directeur départemental du SDIS de l'Orne, ont remis douze médailles d'honneur des sapeurs-pompiers
au centre de secours de Bréval-sur-Orne.</p>
<ul>
<li>Médaille d'or (30 ans) : adjudant-chef Daniel Pottier</li>
<li>Médaille de vermeil (25 ans) : sergent-chef Nathalie Guillot</li>
<li>Médaille d'argent (20 ans) : caporal-chef Olivier Brunel, caporal-chef Samir Hadjadj</li>
<li>Médaille de bronze (10 ans) : huit sapeurs-pompiers du centre</li>
</ul>
<p>Le centre de Bréval compte 41 sapeurs-pompiers volontaires et a réalisé 1 104 interventions en
2024. Une nouvelle section de jeunes sapeurs-pompiers ouvrira à la rentrée : les inscriptions sont
ouvertes aux collégiens de 11 à 13 ans.</p>
</article>
""",
)

HTML_PAGES["p141_page_animal_errant.html"] = (
    "Animal errant ou perdu : que faire ?",
    """
<h1>Animal errant ou perdu : que faire ?</h1>
<h2>Vous avez trouvé un animal</h2>
<p>S'il est calme, gardez-le en sécurité et appelez la mairie ou la police municipale. Un vétérinaire
peut lire gratuitement sa puce électronique. Ne le gardez pas chez vous plus de quelques heures :
la loi impose de le remettre à la fourrière.</p>
<h2>Vous avez perdu votre animal</h2>
<p>Prévenez la mairie, la fourrière et déclarez la perte sur le site i-cad.fr. Pensez aux groupes
d'entraide locaux sur les réseaux sociaux.</p>
<h2>Chats libres</h2>
<p>Les chats errants non identifiés peuvent être capturés, stérilisés, identifiés au nom de la
commune puis relâchés sur leur lieu de vie, en partenariat avec une association. Signalez les
colonies à la mairie.</p>
<h2>Animal dangereux ou blessé sur la route</h2>
<p>Appelez le 17 ou le 112. Ne vous mettez pas en danger.</p>
""",
)

HTML_PAGES["p142_faq_bruit_voisinage.html"] = (
    "Bruits de voisinage : questions fréquentes",
    """
<h1>Bruits de voisinage : vos questions</h1>
<dl>
<dt>Le tapage nocturne, c'est à partir de quelle heure ?</dt>
<dd>Contrairement à une idée reçue, il n'y a pas d'heure : un bruit peut être sanctionné de jour comme
de nuit dès lors qu'il est répétitif, intensif ou qu'il dure. La nuit (22 h-7 h), il suffit qu'il soit
audible d'un logement voisin.</dd>
<dt>Mon voisin fait du bruit, que dois-je faire ?</dt>
<dd>Commencez par en parler avec lui, calmement. Si cela ne suffit pas, écrivez-lui un courrier
simple, puis recommandé. Vous pouvez aussi faire appel gratuitement au conciliateur de justice, qui
tient une permanence en mairie le premier mardi du mois.</dd>
<dt>Quand appeler la police ?</dt>
<dd>En cas de tapage en cours, appelez la police municipale jusqu'à 21 h, puis le 17. Les agents
peuvent dresser une amende forfaitaire de 68 €.</dd>
<dt>Les aboiements de chien sont-ils concernés ?</dt>
<dd>Oui, le propriétaire est responsable du bruit causé par son animal.</dd>
<dt>Et les bars et restaurants ?</dt>
<dd>Les établissements diffusant de la musique amplifiée doivent disposer d'une étude d'impact
des nuisances sonores. Signalez les nuisances à la mairie, qui peut faire procéder à des mesures.</dd>
</dl>
""",
)

HTML_PAGES["p143_page_risques_majeurs.html"] = (
    "Les risques majeurs à Saint-Aubin-des-Prés",
    """
<h1>Les risques majeurs sur la commune</h1>
<p>Saint-Aubin-des-Prés est concernée par trois risques majeurs, décrits dans le DICRIM disponible
en mairie et téléchargeable ci-dessous.</p>
<h2>Risque industriel</h2>
<p>L'établissement Chimilays, classé Seveso seuil haut, fait l'objet d'un plan particulier
d'intervention (PPI). Si vous habitez dans le périmètre de 2 km, vous avez reçu une brochure et des
comprimés d'iode ne sont pas nécessaires (pas de risque nucléaire). En cas d'alerte (son montant et
descendant de la sirène), <strong>mettez-vous à l'abri dans le bâtiment le plus proche</strong>,
fermez portes et fenêtres, coupez la ventilation et écoutez France Bleu.</p>
<h2>Risque inondation</h2>
<p>Le Layon peut déborder en hiver dans le secteur des Saulaies. Inscrivez-vous à l'alerte SMS.</p>
<h2>Transport de matières dangereuses</h2>
<p>La RD 17 et la voie ferrée sont empruntées par des convois de produits chimiques.</p>
<p>Le plan communal de sauvegarde peut être consulté en mairie, à l'exception des annexes dont la
communication porterait atteinte à la sécurité publique.</p>
""",
)

HTML_PAGES["p144_actualite_feu_artifice_consignes.html"] = (
    "14 juillet : programme et consignes de sécurité",
    """
<article>
<h1>Fête nationale : le programme et les consignes</h1>
<p>Le feu d'artifice sera tiré le lundi 14 juillet à 23 h depuis l'île du Moulin. Le bal des
pompiers aura lieu le 13 juillet au soir dans la cour du centre de secours.</p>
<h2>Circulation</h2>
<p>Le quai du Moulin et le pont Vieux seront fermés à la circulation de 20 h à 1 h. Parkings
conseillés : gare, stade, Champ-de-Foire.</p>
<h2>Sécurité</h2>
<ul>
<li>Les sacs pourront être contrôlés aux accès du quai.</li>
<li>La vente d'alcool à emporter est interdite dans le centre-ville du 13 à 18 h au 15 à 6 h.</li>
<li>L'usage de pétards et de mortiers d'artifice est interdit sur la voie publique.</li>
<li>Un poste de secours de la Protection civile sera installé place de la Halle.</li>
</ul>
<p>Enfants perdus : point de rassemblement au stand de la police municipale, place de la Halle.</p>
</article>
""",
)

HTML_PAGES["p145_page_signaler_incivilite.html"] = (
    "Signaler une incivilité ou un problème",
    """
<h1>Signaler un problème sur l'espace public</h1>
<p>Nid-de-poule, éclairage en panne, dépôt sauvage, tag, véhicule ventouse, nuisance ? Utilisez le
formulaire ci-dessous ou l'application « Kervalan dans ma poche ». Votre signalement est transmis
directement au service concerné, et vous êtes informé de sa prise en charge.</p>
<form>
<label>Type de signalement
<select><option>Voirie</option><option>Propreté</option><option>Éclairage</option>
<option>Stationnement gênant</option><option>Bruit</option><option>Animal</option></select></label>
<label>Adresse ou lieu <input type="text"></label>
<label>Description <textarea></textarea></label>
<label>Photo <input type="file"></label>
<label>Votre courriel (facultatif) <input type="email"></label>
</form>
<p><strong>Attention :</strong> ce formulaire ne doit pas être utilisé pour les urgences. En cas de
danger immédiat, appelez le 17, le 18 ou le 112. Pour dénoncer une infraction, adressez-vous à la
gendarmerie. Ne mentionnez pas de nom de personne dans votre signalement.</p>
""",
)

HTML_PAGES["p146_communique_vigilance_orange_parcs.html"] = (
    "Vigilance orange vents violents : fermeture des parcs",
    """
<article>
<h1>Vigilance orange vents violents : parcs et cimetières fermés ce mercredi</h1>
<p>Hautmont-la-Forêt, le 4 novembre 2025, 16 h.</p>
<p>Météo-France a placé le département en vigilance orange vents violents à partir de ce soir 22 h
et jusqu'à jeudi midi. Des rafales de 110 km/h sont attendues.</p>
<p>Par arrêté du maire, le parc Monceau-Vert, le bois de la Garenne, les aires de jeux et les
cimetières sont fermés jusqu'à jeudi 14 h. Le marché de jeudi matin est annulé.</p>
<p>La cellule de veille communale est activée. Les services techniques sont mobilisés pour
sécuriser les chantiers et les arbres fragilisés.</p>
<p>Nous vous recommandons de limiter vos déplacements, de ranger le mobilier de jardin et de ne
pas vous abriter sous les arbres. Signalez toute chute d'arbre au 03 27 61 40 00.</p>
</article>
""",
)

HTML_PAGES["p147_page_clspd_presentation.html"] = (
    "Le CLSPD",
    """
<h1>Le conseil local de sécurité et de prévention de la délinquance</h1>
<p>Créé en 2008, le CLSPD de Bréval-sur-Orne réunit, autour du maire, le sous-préfet, le procureur
de la République, la gendarmerie, l'Éducation nationale, le département, les bailleurs sociaux, les
transporteurs et les associations.</p>
<h2>À quoi sert-il ?</h2>
<p>Il définit les priorités locales en matière de prévention de la délinquance, d'aide aux
victimes et de tranquillité publique, et suit leur mise en œuvre. Ses groupes de travail peuvent
échanger des informations confidentielles sur des situations individuelles, dans le cadre strict
prévu par la loi et d'une charte déontologique ; ces informations ne sont jamais publiées.</p>
<h2>Ses actions en 2025</h2>
<ul>
<li>Permanence hebdomadaire de l'intervenante sociale en gendarmerie</li>
<li>Chantiers éducatifs pour les 14-17 ans</li>
<li>Médiation de nuit l'été</li>
<li>Sensibilisation au harcèlement en ligne dans les collèges</li>
</ul>
<p>Coordinatrice : Mme Hélène Viard, 02 33 41 00 58.</p>
""",
)

HTML_PAGES["p148_actualite_inauguration_caserne.html"] = (
    "Inauguration du nouveau centre d'incendie et de secours",
    """
<article>
<h1>Le nouveau centre de secours porte le nom de Julien Marec</h1>
<p>Le samedi 27 septembre 2025, le nouveau centre d'incendie et de secours de Plouvern-Kervalan a
été inauguré en présence du préfet, du président du conseil départemental, des maires du secteur
et de nombreux habitants.</p>
<p>Le bâtiment de 1 450 m², construit en huit mois pour 3,2 millions d'euros, abrite six véhicules,
une salle de formation et des locaux dédiés à la section de jeunes sapeurs-pompiers. Il porte le
nom du lieutenant Julien Marec, mort en service en février lors de l'incendie d'un hangar. Sa
famille a dévoilé la plaque, sous les applaudissements de ses collègues.</p>
<p>« Ce centre, c'est la promesse que le volontariat a un avenir dans nos campagnes », a déclaré
Anne Le Goff, maire de Kervalan.</p>
</article>
""",
)

HTML_PAGES["p149_page_communication_documents_securite.html"] = (
    "Accès aux documents administratifs : documents de sécurité",
    """
<h1>Puis-je consulter les documents relatifs à la sécurité ?</h1>
<p>Toute personne peut demander la communication des documents administratifs détenus par la
commune. Certains documents de sécurité font cependant l'objet de restrictions.</p>
<table>
<tr><th>Document</th><th>Communicable ?</th></tr>
<tr><td>Arrêtés de police du maire</td><td>Oui, à tous</td></tr>
<tr><td>Plan communal de sauvegarde</td><td>Oui, sauf les annexes relatives aux accès et aux
vulnérabilités</td></tr>
<tr><td>Rapports d'intervention de la police municipale</td><td>Non, sauf à la personne
concernée, sous réserve des droits des tiers</td></tr>
<tr><td>Documents classifiés ou marqués « diffusion restreinte »</td><td>Non</td></tr>
<tr><td>Comptes rendus de la séance plénière du CLSPD</td><td>Oui</td></tr>
<tr><td>Images de vidéoprotection</td><td>Uniquement à la personne filmée</td></tr>
</table>
<p>En cas de refus, vous pouvez saisir la Commission d'accès aux documents administratifs (CADA)
dans un délai de deux mois.</p>
""",
)

HTML_PAGES["p150_cr_conseil_question_orale.html"] = (
    "Conseil municipal du 14 avril 2025 — question orale",
    """
<h1>Conseil municipal du 14 avril 2025 — Question orale du groupe « Bréval en commun »</h1>
<p><strong>M. Frédéric Pasquier</strong> : « Monsieur le Maire, vous avez présenté en janvier un
plan tranquillité ambitieux. Pouvez-vous nous dire combien coûte la vidéoprotection du skate-park et
si elle a permis de résoudre une seule affaire ? Nous préférerions des éducateurs. »</p>
<p><strong>M. le Maire</strong> : « Les deux caméras du skate-park ont coûté 18 420 euros, dont 40 %
pris en charge par l'État. Elles ont fait l'objet de trois réquisitions judiciaires en 2024. Je
n'oppose pas la prévention et la vidéoprotection : nous finançons aussi deux éducateurs de
prévention et les chantiers d'été. Je vous ai répondu par écrit en détail. »</p>
<p><strong>M. Pasquier</strong> : « Nous maintenons notre demande d'une évaluation indépendante. »</p>
<p>L'incident est clos. La séance est levée à 22 h 35.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)


if __name__ == "__main__":
    main()
