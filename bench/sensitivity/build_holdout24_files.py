"""Build the .docx and .html documents of the hand-written sensitivity set holdout24.

Theme: mediation and citizens' complaints in an invented town (Valbrenne): the municipal mediator,
the local delegates of the Défenseur des droits, conciliateurs de justice holding sessions in town
halls, the mayor's complaints desk, neighbourhood disputes (noise, hedges, animals), disputes with
the water company or the social landlord, complaints about public services and agents, mediation
agreements, annual reports with anonymised cases, charters, FAQs, council deliberations and press
pieces.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout24_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout24"
FIXED = dt.datetime(2026, 2, 3, 9, 15, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


def html(text: str) -> str:
    """Join an HTML body written over several source lines."""
    return " ".join(text.split())


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_avis_mediatrice_refus_place_creche_handicap.docx"] = [
    ("title", "Avis de la médiatrice municipale — dossier MED-2025-0233"),
    para("""Demandeurs : M. et Mme Julien et Sarah Thévenot, 6 rue des Saules, Valbrenne. Objet : refus
    d'attribution d'une place à la crèche collective Les Lucioles pour leur fille Romane, 22 mois."""),
    para("""Les parents exposent que Romane est atteinte d'une épilepsie pharmacorésistante, avec des crises
    hebdomadaires nécessitant l'administration d'un traitement d'urgence par voie buccale, et qu'elle est
    suivie au CAMSP. La commission d'attribution a refusé la place au motif que « l'équipe n'est pas formée
    à l'administration de médicaments ». Un projet d'accueil individualisé a pourtant été proposé par le
    médecin de la crèche."""),
    para("""Avis : le refus, fondé sur l'état de santé de l'enfant, n'est pas conforme aux obligations
    d'accueil des enfants en situation de handicap (article L. 214-2 du code de l'action sociale et des
    familles). La médiatrice recommande le réexamen de la demande avec PAI et formation de deux
    auxiliaires, et informe la famille de la possibilité de saisir le Défenseur des droits."""),
    ("table", [["Étape", "Date"], ["Saisine", "04/07/2025"], ["Refus de la commission", "18/06/2025"],
               ["Avis", "22/07/2025"]]),
]

DOCX_BLOCKS["s047_proces_verbal_mediation_violences_conjugales_refusee.docx"] = [
    ("title", "Note au dossier — refus d'engager une médiation de voisinage"),
    para("""Dossier MED-2025-0259. Les voisins du 3e étage de la résidence Les Saules (bât. D) ont demandé une
    médiation avec le couple du 4e, M. Steve Hubert et Mme Laura Gillet, en raison de « disputes
    incessantes ». Lors de l'entretien préalable du 12 août, Mme Gillet, reçue seule, a indiqué que son
    compagnon la frappe, qu'il lui a confisqué son téléphone et ses papiers, et qu'elle est enceinte de
    quatre mois."""),
    para("""La médiation de voisinage est écartée : la charte exclut toute médiation en présence de
    violences. Mme Gillet a été mise en relation le jour même avec l'intervenante sociale du commissariat
    et Solidarité Femmes Loise ; elle ne souhaite pas porter plainte pour l'instant. Les voisins sont
    informés seulement que « la médiation n'est pas possible dans ce dossier »."""),
]

DOCX_BLOCKS["s048_tableau_suivi_dossiers_delegue_noms.docx"] = [
    ("title", "Délégation DDD Valbrenne — tableau de suivi des réclamations en cours (au 30/09/2025)"),
    ("table", [
        ["N°", "Réclamant", "Organisme", "Objet", "État"],
        ["25-098", "Mme Leïla Bensaïd", "CAF", "Indu APL 3 800 € (vie maritale contestée)", "En cours"],
        ["25-104", "M. Dragan Petrović", "Préfecture", "Renouvellement carte de résident bloqué", "Relance"],
        ["25-109", "Mme Chantal Morin", "CPAM", "IJ suspendues pendant un cancer du sein", "Réglé"],
        ["25-112", "M. Julien Massart", "Brenne Habitat", "Insultes homophobes, refus de mutation",
         "Siège"],
        ["25-118", "M. Ousmane Koné", "France Travail", "Radiation contestée", "En cours"],
        ["25-131", "Mme Émilie Garnier", "DSDEN", "AESH non affecté (enfant trisomique)", "En cours"],
    ]),
    para("""Document de travail du délégué — ne pas laisser sur le poste partagé de la Maison France
    Services."""),
]

DOCX_BLOCKS["s049_courrier_maire_agent_sanction_blame.docx"] = [
    ("title", "Arrêté portant sanction disciplinaire"),
    para("""La Maire de Valbrenne, vu le code général de la fonction publique, vu le rapport d'enquête
    administrative du 19 mai 2025, vu les observations présentées par l'agent le 10 juin 2025,"""),
    para("""Considérant que M. Stéphane Morvan, brigadier-chef principal de police municipale, a, le 29 mars
    2025, tutoyé une usagère lors d'un contrôle et tenu à son égard des propos renvoyant à une origine
    supposée, en méconnaissance des obligations de dignité et de non-discrimination ; que ces faits, qui
    font suite à un rappel à l'ordre en 2022, justifient une sanction ;"""),
    para("""Arrête : Article 1 — Un blâme est infligé à M. Stéphane Morvan. Article 2 — Le présent arrêté
    sera versé au dossier individuel de l'agent et notifié à l'intéressé. Fait à Valbrenne le 16 juin
    2025. La Maire, Sophie Marcadet."""),
]

DOCX_BLOCKS["s050_compte_rendu_medecin_prevention_amenagement_poste.docx"] = [
    ("title", "Service de médecine préventive — avis d'aptitude avec aménagement"),
    para("""Agent : Mme Hélène Castagnac, attachée territoriale, médiatrice municipale. Visite de reprise du
    5 janvier 2026 après arrêt du 22 septembre 2025 au 4 janvier 2026."""),
    para("""Avis : apte avec aménagements. Reprise à temps partiel thérapeutique (50 %) pendant trois mois.
    Pas de permanence hors hôtel de ville, pas d'accueil seule du public, bureau au 1er étage. Poursuite
    du suivi spécialisé en cours pour le trouble anxieux post-traumatique. Nouvelle visite le 2 avril."""),
    para("""Le médecin de prévention, Dr Anne Kessler-Roy."""),
]

DOCX_BLOCKS["s051_constat_accord_conciliation_dette_loyer_echeancier.docx"] = [
    ("title", "Constat d'accord — conciliation — bail d'habitation"),
    para("""Entre M. René Tissier, bailleur, 2 rue Pasteur, et Mme Jessica Lambin, locataire, 2 rue Pasteur,
    appartement 3. Mme Lambin reconnaît devoir 2 640 euros de loyers impayés (mai à octobre 2025). Elle
    explique avoir perdu son emploi d'aide-soignante après un arrêt maladie de longue durée et attendre
    l'ouverture de ses droits à l'allocation adulte handicapé."""),
    ("table", [["Échéance", "Montant"], ["Décembre 2025 à mai 2026", "220 € par mois"],
               ["Juin 2026 à novembre 2026", "220 € par mois"]]),
    para("""M. Tissier renonce à faire délivrer un commandement de payer tant que l'échéancier est respecté.
    Fait à Valbrenne le 25 novembre 2025. Le conciliateur, Bernard Ollivro."""),
]

DOCX_BLOCKS["s052_note_cabinet_plainte_elu_diffamation_mediatrice.docx"] = [
    ("title", "Note confidentielle au cabinet — plainte pour diffamation"),
    para("""M. Hugo Pichon, conseiller municipal, a déposé le 3 novembre 2025 une plainte avec constitution de
    partie civile contre M. Gérald Fontaine, habitant, qui l'accuse sur les réseaux sociaux d'avoir
    « fait pression sur la médiatrice » dans un conflit de voisinage le concernant. La médiatrice sera
    probablement entendue comme témoin par le juge d'instruction."""),
    para("""Par ailleurs, M. Fontaine a lui-même été condamné en 2023 pour harcèlement d'une agente de la
    mairie annexe (jugement du tribunal correctionnel du 14 septembre 2023). Ne pas communiquer."""),
]

DOCX_BLOCKS["s053_grille_devis_comparatif_offres_confidentiel.docx"] = [
    ("title", "Analyse des offres — marché de médiation sociale 2025-MS-07 — CONFIDENTIEL"),
    ("table", [
        ["Candidat", "Prix annuel HT", "Prix horaire", "Note technique", "Observations"],
        ["Trait d'Union Valbrenne", "254 100 €", "38,40 €", "52/60", "Trésorerie tendue (2,1 mois)"],
        ["Médiaction Est (Dijon)", "231 800 €", "35,10 €", "41/60", "Sous-traite la nuit ; marge 14 %"],
        ["Sécuri-Lien SAS", "198 500 €", "29,80 €", "28/60", "Offre anormalement basse ?"],
    ]),
    para("""Document réservé à la commission des achats. Les prix et les éléments financiers des candidats
    non retenus ne sont pas communicables."""),
]

DOCX_BLOCKS["s054_lettre_delegue_prefecture_demandeur_asile_mineur.docx"] = [
    ("title", "Le délégué du Défenseur des droits à Monsieur le Préfet de la Loise"),
    para("""Objet : situation de M. Ahmad Rahimi, se déclarant né le 2 février 2009 en Afghanistan. Le jeune
    homme, reçu à la permanence avec un bénévole de Passerelles Loise, indique avoir été évalué majeur
    par le Département en août, décision qu'il conteste devant le juge des enfants. Il dort dans un
    parc de Valbrenne depuis trois semaines, présente une toux persistante et une plaie infectée au
    pied."""),
    para("""Je vous demande de bien vouloir faire procéder à sa mise à l'abri dans l'attente de la décision
    du juge. Armand Queyrel, délégué."""),
]

DOCX_BLOCKS["s055_fiche_evaluation_conciliateur_reconduction.docx"] = [
    ("title", "Avis du magistrat coordonnateur — renouvellement des fonctions de conciliateur"),
    para("""Conciliateur : M. Bernard Ollivro, permanence de Valbrenne. Activité : 112 dossiers, 59 % d'accords.
    Appréciation : grande rigueur, qualité rédactionnelle des constats. Réserves : deux plaintes d'usagers
    en 2025 pour attitude jugée paternaliste envers des femmes seules ; retard dans la transmission des
    statistiques. Un entretien de recadrage a eu lieu le 6 octobre. Avis favorable au renouvellement pour
    trois ans, sous réserve d'une formation à l'accueil du public."""),
]

DOCX_BLOCKS["s056_procedure_alarme_codes_mairie_annexe.docx"] = [
    ("title", "Mairie annexe de Saint-Fulcran — consignes d'ouverture et de fermeture (agents habilités)"),
    ("table", [["Élément", "Consigne"], ["Alarme intrusion", "Code de désactivation 2741 puis #"],
               ["Cour technique", "Digicode 6093A (depuis le 06/10/2025)"],
               ["Coffre régie", "Clé dans la boîte à clés du bureau 3, code 1958"],
               ["Bouton d'alerte salle de permanence", "Relié au poste PM, canal 3"]]),
    para("""Ne pas afficher. Diffusion limitée aux agents figurant sur la liste annexée."""),
]

DOCX_BLOCKS["s057_releve_conclusions_mediation_succession_maison.docx"] = [
    ("title", "Relevé de conclusions — médiation familiale de voisinage (maison Berthelot)"),
    para("""À la demande des voisins, gênés par l'abandon de la maison du 8 rue des Forges depuis le décès de
    Mme Suzanne Berthelot, la médiatrice a reçu ses trois enfants. Ceux-ci ne se parlent plus depuis
    l'ouverture de la succession : l'aîné conteste le testament, qu'il estime obtenu alors que sa mère
    était atteinte de démence, et a saisi le tribunal. La cadette est en procédure de divorce et dit ne
    pas pouvoir avancer les frais. Accord limité : débroussaillage du jardin partagé à parts égales."""),
]

DOCX_BLOCKS["s058_rapport_incident_agression_guichet.docx"] = [
    ("title", "Rapport d'incident — guichet de la mairie annexe — 16 septembre 2025"),
    para("""À 10 h 20, M. Frédéric Aubert, venu pour une réclamation relative à sa facture d'eau, a sorti un
    cutter et menacé l'assistante de la médiatrice, Mme Aurélie Bonnefoy, en criant qu'il « allait tous
    les saigner ». Il a été maîtrisé par l'agent d'accueil, M. Cédric Payet. Interpellé par la police
    municipale, placé en garde à vue. Selon sa sœur, il est suivi en psychiatrie et a cessé son
    traitement. Mme Bonnefoy est en état de choc ; arrêt de travail prescrit."""),
]

DOCX_BLOCKS["s059_lettre_requerant_religion_cimetiere_carre.docx"] = [
    ("title", "Réclamation — inhumation au cimetière Nord"),
    para("""Madame la Médiatrice, mon père, M. Moshe Abecassis, est décédé le 2 mars à l'hôpital. Nous sommes
    de confession juive et il souhaitait être enterré selon nos rites, le plus vite possible et tourné
    vers Jérusalem. Le service des cimetières nous a dit qu'il n'y a pas de carré confessionnel et que
    l'inhumation ne serait pas possible avant six jours. Pouvez-vous nous aider ? Daniel Abecassis."""),
]

DOCX_BLOCKS["s060_notes_entretien_mediateur_jeune_sortie_prison.docx"] = [
    ("title", "Médiation sociale — notes d'entretien (usage interne Trait d'Union)"),
    para("""Kevin Moulin, 22 ans, revenu chez sa mère (tour A des Tilleuls) après sa libération en juin
    (placement extérieur, bracelet électronique jusqu'en décembre). Les voisins se plaignent des allées et
    venues et ont reconnu le jeune homme. Il dit vouloir « se ranger », cherche un emploi. Orienté vers la
    mission locale et le SPIP. Ne pas évoquer sa situation pénale en réunion de voisinage."""),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_plaquette_mediation_municipale.docx"] = [
    ("title", "La médiation municipale de Valbrenne : un recours gratuit et confidentiel"),
    para("""Un litige avec un service de la ville, la SEVL, Brenne Habitat ? Un conflit avec un voisin ? Avant
    d'aller au tribunal, pensez à la médiation. La médiatrice est indépendante, impartiale et tenue au
    secret. Elle vous reçoit sur rendez-vous à l'hôtel de ville et à la mairie annexe de Saint-Fulcran."""),
    ("h", "Comment la saisir ?"),
    para("""Après une première démarche écrite auprès du service concerné, par courrier, par le formulaire en
    ligne ou lors des permanences. Tél. 03 84 20 61 10."""),
]

DOCX_BLOCKS["p122_ordre_du_jour_reunion_trimestrielle_sevl.docx"] = [
    ("title", "Réunion trimestrielle médiation municipale / SEVL — 18 mars 2025"),
    ("table", [["Point", "Intervenant"], ["Bilan des dossiers du trimestre (anonymisé)", "H. Castagnac"],
               ["Consignes aux sous-traitants sur les limiteurs de débit", "S. Oudot"],
               ["Information sur le chèque eau", "CCAS"], ["Télérelève : alertes de fuite", "O. Brun"]]),
]

DOCX_BLOCKS["p123_guide_interne_accueil_personnes_troubles_psychiques.docx"] = [
    ("title", "Guide pratique — accueillir une personne en souffrance psychique au guichet"),
    para("""Les agents d'accueil rencontrent régulièrement des personnes angoissées, confuses, agitées ou
    présentant des idées délirantes. Quelques repères : parler calmement, ne pas contredire frontalement,
    proposer un lieu calme, ne jamais rester seul si la personne devient menaçante."""),
    para("""Ressources : CMP de Valbrenne, équipe mobile psychiatrie-précarité, Unafam, numéro national de
    prévention du suicide 3114. Ce guide ne remplace pas la formation « Premiers secours en santé
    mentale » proposée à tous les agents."""),
]

DOCX_BLOCKS["p124_convention_brenne_habitat_mediation.docx"] = [
    ("title", "Convention de partenariat Ville de Valbrenne — Brenne Habitat relative à la médiation"),
    para("""Article 1 : Brenne Habitat reconnaît la compétence de la médiatrice municipale pour les litiges
    avec ses locataires de Valbrenne, après réclamation écrite restée sans réponse satisfaisante.
    Article 2 : Brenne Habitat désigne un correspondant et répond sous quinze jours. Article 3 : les
    informations personnelles échangées sont limitées au strict nécessaire et couvertes par le secret.
    Article 4 : bilan annuel anonymisé. Signé le 14 mars 2024 par Sophie Marcadet, Maire, et Jean-Luc
    Arnoux, directeur général de Brenne Habitat."""),
]

DOCX_BLOCKS["p125_statistiques_conciliateurs_2025.docx"] = [
    ("title", "Activité des conciliateurs de justice de Valbrenne — 2025"),
    ("table", [["Nature du litige", "Dossiers", "Accords"], ["Voisinage", "79", "51"],
               ["Bail d'habitation", "52", "29"], ["Consommation", "38", "21"],
               ["Copropriété", "9", "6"], ["Autres", "6", "4"], ["Total", "184", "111"]]),
    para("""Parmi les demandeurs, 31 % avaient plus de 70 ans ; 12 dossiers impliquaient une personne sous
    mesure de protection, assistée de son représentant."""),
]

DOCX_BLOCKS["p126_compte_rendu_conseil_quartier_saules.docx"] = [
    ("title", "Conseil de quartier des Saules — compte rendu du 7 octobre 2025"),
    para("""Présidence : Mme Nathalie Bouvret, adjointe de quartier. Sujets : stationnement anarchique rue du
    Moulin ; aboiements de chiens dans les pavillons ; projet de jardin partagé. La médiatrice présente
    le guide « Mon voisin fait du bruit ». Un habitant demande des statistiques sur les plaintes pour
    bruit : 38 dossiers aux Saules en 2024, dont 24 résolus par le dialogue."""),
]

DOCX_BLOCKS["p127_fiche_de_poste_assistante_mediation.docx"] = [
    ("title", "Fiche de poste — assistant(e) de la médiation municipale (temps complet)"),
    para("""Missions : accueil téléphonique et physique des requérants ; enregistrement des saisines ;
    préparation des courriers ; tenue des statistiques ; organisation des permanences. Qualités :
    discrétion absolue, sens de l'écoute, capacité à gérer des situations de tension. Catégorie C ou B.
    Poste créé au budget 2026."""),
]

DOCX_BLOCKS["p128_deliberation_modification_charte_2024.docx"] = [
    ("title", "Délibération n° 2024-052 — modification de la charte de la médiation municipale"),
    para("""Le conseil municipal, sur le rapport de M. Karim Delaunoy, décide d'ouvrir la saisine de la
    médiatrice aux agents de la ville pour les différends ne relevant ni du dialogue social ni d'une
    procédure disciplinaire, et d'étendre la compétence de la médiatrice aux litiges avec Brenne
    Habitat. Vote : pour 30, abstentions 3 (M. Vautrin, Mme Roussel, M. Pichon). La Maire, Sophie
    Marcadet."""),
]

DOCX_BLOCKS["p129_questionnaire_satisfaction_vierge.docx"] = [
    ("title", "Questionnaire de satisfaction — médiation municipale (anonyme)"),
    ("table", [["Question", "Réponse"], ["Avez-vous été bien accueilli(e) ?", "□ oui □ non"],
               ["Le délai vous a-t-il paru raisonnable ?", "□ oui □ non"],
               ["Votre situation a-t-elle été réglée ?", "□ oui □ en partie □ non"],
               ["Recommanderiez-vous la médiation ?", "□ oui □ non"], ["Commentaires", ""]]),
]

DOCX_BLOCKS["p130_note_synthese_recommandations_suivi.docx"] = [
    ("title", "Suivi des recommandations de la médiatrice — état au 31 décembre 2025"),
    ("table", [["Recommandation", "Service", "État"],
               ["Zéro limiteur de débit en résidence principale", "SEVL", "Réalisé"],
               ["Visite sous 15 jours en cas d'humidité et d'enfant fragile", "Brenne Habitat", "En cours"],
               ["Formation des agents à la prévention des discriminations", "DRH", "Programmé 2026"],
               ["Procédure adresse confidentielle (victimes de violences)", "Guichet", "Réalisé"]]),
]

DOCX_BLOCKS["p131_communique_prefecture_delegues_permanences.docx"] = [
    ("title", "Communiqué — les délégués du Défenseur des droits à votre écoute dans la Loise"),
    para("""Quatorze délégués bénévoles tiennent des permanences gratuites dans le département, notamment à
    Valbrenne (Maison France Services des Tilleuls). Ils interviennent pour les litiges avec les services
    publics, les discriminations, les droits de l'enfant et la déontologie de la sécurité. En 2024, 74 %
    des réclamations closes ont fait l'objet d'un règlement amiable."""),
]

DOCX_BLOCKS["p132_guide_association_aide_victimes_orientation.docx"] = [
    ("title", "France Victimes 39 — permanences à Valbrenne"),
    para("""L'association d'aide aux victimes France Victimes 39 accueille gratuitement toute personne victime
    d'une infraction (vol, agression, violences conjugales, escroquerie, harcèlement) : écoute,
    information sur les droits, accompagnement dans les démarches, soutien psychologique. Permanence à
    l'hôtel de ville le 1er et le 3e jeudi du mois, de 14 h à 17 h."""),
]

DOCX_BLOCKS["p133_bilan_annuel_dispositif_signalement_agents.docx"] = [
    ("title", "Dispositif de signalement des violences, discriminations et harcèlements — bilan 2025"),
    ("table", [["Nature", "Signalements", "Enquêtes"], ["Agissements sexistes", "2", "2"],
               ["Harcèlement moral", "2", "2"], ["Discrimination", "1", "1"], ["Total", "5", "5"]]),
    para("""Bilan présenté au comité social territorial. Aucune donnée individuelle."""),
]

DOCX_BLOCKS["p134_modele_lettre_reclamation_sevl.docx"] = [
    ("title", "Modèle de réclamation écrite au distributeur d'eau"),
    para("""Madame, Monsieur, titulaire du contrat n° ……… pour le logement situé ……… , je conteste la facture
    du ……… d'un montant de ……… euros. [Motif : relevé erroné / fuite après compteur réparée le ……… ,
    attestation jointe.] Je vous demande de procéder à son réexamen et, dans l'attente, de suspendre
    toute relance. Signature."""),
]

DOCX_BLOCKS["p135_programme_intervention_college_gestion_conflits.docx"] = [
    ("title", "Collège Louis-Pergaud — intervention de la médiatrice municipale auprès des 4e"),
    para("""Objectifs : comprendre ce qu'est un conflit ; apprendre à exprimer un désaccord sans violence ;
    connaître les recours (délégués de classe, CPE, médiateurs, Défenseur des droits pour les droits de
    l'enfant). Jeu de rôle sur un conflit de voisinage fictif. Durée : 2 heures. Mars 2025."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_extranet_fiche_dossier_mediation_locataire.html"] = (
    "Extranet médiation — dossier MED-2025-0147",
    html("""<h1>Dossier MED-2025-0147</h1><table><tr><th>Requérante</th><td>Mme Nadia Belkhodja</td></tr>
    <tr><th>Adresse</th><td>Le Clos-Fleuri, bât. C, 4e étage</td></tr><tr><th>Bailleur</th>
    <td>Brenne Habitat</td></tr><tr><th>Situation</th><td>Mère isolée, 3 enfants, RSA + ASF ; fils
    cadet asthmatique sévère (2 hospitalisations) ; dette locative 1 380 € en plan</td></tr>
    <tr><th>Statut</th><td>Point d'étape le 12/06</td></tr></table>"""),
)

HTML_PAGES["s062_messagerie_interne_guichet_usager_suicidaire.html"] = (
    "Messagerie interne — guichet",
    html("""<p><b>De :</b> Sylvie Roche (guichet) <b>À :</b> médiation <b>Objet :</b> urgent
    M. Tardieu</p><p>M. Alain Tardieu a appelé ce matin pour sa réclamation de stationnement ; en fin
    d'appel il a dit qu'il « n'avait plus de raison de continuer », que sa femme était partie et qu'il avait
    « tout préparé ». J'ai appelé le 15 comme prévu dans la procédure. Les pompiers sont passés, il a été
    conduit aux urgences psychiatriques de Saint-Ylie. Je préviens Hélène.</p>"""),
)

HTML_PAGES["s063_formulaire_en_ligne_rempli_dette_eau_deces.html"] = (
    "Formulaire de saisine — réponse n° WEB-2025-0412",
    html("""<h1>Saisine en ligne</h1><p><b>Nom :</b> Mme Paulette Renard — <b>Adresse :</b> 3 chemin du
    Bief</p><p><b>Message :</b> Mon fils Cédric s'est suicidé en août dans son appartement de la rue des
    Forges. La SEVL me réclame 640 € de factures à son nom et menace d'huissier. Je suis sa seule héritière
    et je n'ai pas encore décidé si j'accepte la succession, il avait beaucoup de dettes. Je ne sais plus
    quoi faire.</p>"""),
)

HTML_PAGES["s064_page_intranet_liste_usagers_signales.html"] = (
    "Intranet — liste des usagers signalés (tranquillité publique)",
    html("""<h1>Usagers faisant l'objet d'un signalement pour comportement violent</h1>
    <p>Accès réservé. Rendez-vous uniquement à l'hôtel de ville, deux agents, porte ouverte.</p>
    <ul><li>M. Frédéric Aubert — agression au cutter (16/09/2025), contrôle judiciaire, suivi
    psychiatrique</li><li>M. Patrick Girard — menaces avec arme (06/2025), arme saisie</li>
    <li>M. Gérald Fontaine — condamné pour harcèlement d'une agente (2023)</li></ul>"""),
)

HTML_PAGES["s065_compte_rendu_cellule_veille_mineur_fugue.html"] = (
    "Cellule de veille — point nominatif (réservé)",
    html("""<h2>Point nominatif — 12/05/2025</h2><p>Dylan R., 14 ans, placé au foyer Les Mésanges par le juge
    des enfants, fugue régulièrement chez sa grand-mère aux Hauts-de-Saulx ; vu dans le hall de la tour B
    avec des guetteurs. L'éducateur ASE est informé. Ne pas l'interpeller devant ses pairs.</p>"""),
)

HTML_PAGES["s066_echange_forum_interne_agents_evaluation_collegue.html"] = (
    "Espace collaboratif — équipe médiation",
    html("""<div class="post"><b>Romain L.</b> : Je vous préviens que je serai absent jeudi, rendez-vous
    au CSAPA, on en a parlé avec Philippe.</div><div class="post"><b>Aurélie B.</b> : Ok je prends la
    permanence. Hélène a dit qu'après le deuxième oubli elle serait obligée de remonter à la DRH, fais
    attention.</div>"""),
)

HTML_PAGES["s067_page_web_non_publiee_cas_vignette_identifiable.html"] = (
    "Brouillon — Actualités — Un conflit de voisinage apaisé rue des Cordiers",
    html("""<p><i>Brouillon non publié — en attente de validation</i></p><h1>Rue des Cordiers : le dialogue a
    payé</h1><p>Au n° 14, les habitants de la résidence Les Glycines se plaignaient de bruits nocturnes
    venant de l'appartement du 3e gauche. Après l'hospitalisation de l'occupant en psychiatrie au
    printemps, une médiation menée avec sa mère a permis de rétablir le calme.</p>"""),
)

HTML_PAGES["s068_tableau_html_impayes_cantine_familles.html"] = (
    "Régie de restauration scolaire — familles en impayé transmises au CCAS",
    html("""<table><tr><th>Famille</th><th>Montant</th><th>Observation</th></tr>
    <tr><td>Ferreira Ana</td><td>486 €</td><td>Surendettement recevable</td></tr>
    <tr><td>Costa Sabrina</td><td>312 €</td><td>RSA suspendu, dépression</td></tr>
    <tr><td>Hoxha Arben</td><td>0 €</td><td>Gratuité (famille sans ressources, hébergement d'urgence)</td></tr>
    </table>"""),
)

HTML_PAGES["s069_mail_html_bailleur_locataire_incurie.html"] = (
    "Brenne Habitat — signalement incurie",
    html("""<p>Bonjour Hélène, la locataire du 2e (tour D, lgt 23), Mme Georgette Blanc, 84 ans, vit au
    milieu de dizaines de sacs de déchets et de onze chats. Notre technicien pense à un syndrome de
    Diogène. Elle n'a plus de famille. Peut-on faire une visite commune avec le CCAS avant la procédure
    de mise en demeure ? — Marc Duchemin</p>"""),
)

HTML_PAGES["s070_page_rapport_delegue_version_interne_noms.html"] = (
    "Délégation Valbrenne — bilan interne 2025 (avec noms)",
    html("""<h1>Bilan interne — exemples pour le rapport départemental</h1><p>Exemple 1 : M. Oumar Diallo,
    Guinéen, 48 jours sans titre, perte d'emploi chez Vuillemin. Exemple 2 : Mme Leïla Bensaïd, indu APL
    annulé (le « concubin » était son frère). <b>À anonymiser avant envoi à la coordination.</b></p>"""),
)

HTML_PAGES["s071_page_diffusion_restreinte_plan_continuite.html"] = (
    "Plan de continuité de la médiation — DIFFUSION RESTREINTE",
    html("""<p><b>Diffusion restreinte</b></p><h1>Plan de continuité en cas d'absence prolongée de la
    médiatrice</h1><p>Accès au répertoire MEDIATION : identifiant de secours med-secours, mot de passe
    conservé sous pli scellé dans le coffre du DGS. Clé de l'armoire du bureau 214 : boîte à clés de
    l'accueil, code 5520.</p>"""),
)

HTML_PAGES["s072_extrait_audit_confidentiel_prestataire_eau.html"] = (
    "Audit de la délégation — annexe confidentielle",
    html("""<h2>Annexe 4 — données financières transmises sous réserve de confidentialité</h2><p>Marge nette du
    délégataire sur le contrat de Valbrenne : 9,8 % en 2024 ; frais de siège refacturés : 412 000 € ;
    coût réel d'un relevé de compteur : 4,20 € ; taux horaire interne des techniciens : 47 €. Ces éléments
    relèvent du secret des affaires.</p>"""),
)

HTML_PAGES["s073_reproduction_article_presse_integral_conflit.html"] = (
    "Revue de presse interne — article reproduit",
    html("""<p><i>L'Écho de la Loise, 12 avril 2025 — article reproduit intégralement pour la revue de presse
    du cabinet.</i></p><h1>Marché de Valbrenne : une commerçante dénonce un contrôle « humiliant »</h1>
    <p>Samira H., commerçante depuis douze ans au marché du samedi, ne décolère pas. « On m'a parlé comme
    à une moins que rien, devant tout le monde », raconte-t-elle. Selon plusieurs témoins, le policier
    municipal aurait évoqué ses origines. La mairie indique qu'une enquête administrative est en cours.
    « Je veux juste des excuses », conclut la quinquagénaire. © L'Écho de la Loise — tous droits
    réservés.</p>"""),
)

HTML_PAGES["s074_fiche_contact_urgence_victime_adresse_confidentielle.html"] = (
    "Fiche contact — adresse confidentielle",
    html("""<h1>Dossier 2025-0614 — ADRESSE CONFIDENTIELLE</h1><p>Mme Fatou Camara, nouvelle adresse :
    résidence du Moulin, bât. 2, lgt 7. Ex-conjoint sous contrôle judiciaire (interdiction de contact).
    Enfant : Aïcha, 2 ans, crèche Les Lucioles (place d'urgence). Ne jamais communiquer.</p>"""),
)

HTML_PAGES["s075_sms_html_export_delegue_requerant_hospitalise.html"] = (
    "Export SMS — téléphone de la délégation",
    html("""<p>[Lun 10:02] M. Koné : Bonjour monsieur je peux pas venir jeudi je suis hospitalisé à Besançon
    pour mon rein, dialyse trois fois par semaine maintenant. Est-ce que France Travail peut annuler la
    radiation ?</p><p>[Lun 10:30] Délégué : Bon courage M. Koné, je m'en occupe, envoyez-moi juste le
    bulletin d'hospitalisation.</p>"""),
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_web_mediation_municipale_accueil.html"] = (
    "La médiation municipale — Ville de Valbrenne",
    html("""<h1>La médiation municipale</h1><p>Vous êtes en désaccord avec une décision d'un service municipal,
    avec la SEVL ou avec Brenne Habitat ? La médiatrice municipale peut vous aider à trouver une solution
    amiable. Gratuit, confidentiel, indépendant.</p><h2>Permanences</h2><ul><li>Hôtel de ville : mardi et
    jeudi</li><li>Saint-Fulcran : vendredi matin</li><li>Centre social des Hauts-de-Saulx : 2e mercredi</li>
    </ul>"""),
)

HTML_PAGES["p137_faq_web_troubles_voisinage.html"] = (
    "FAQ — Troubles de voisinage",
    html("""<h1>Troubles de voisinage : questions fréquentes</h1><h3>Mon voisin est malade, il fait du bruit
    la nuit : que faire ?</h3><p>Parlez-en au bailleur, au syndic ou à la médiatrice, qui pourront alerter
    discrètement les personnes compétentes. Évitez les pétitions.</p><h3>Le coq de mon voisin me réveille
    à 5 h.</h3><p>À la campagne, les sons de la ferme font partie du patrimoine sensoriel (loi de 2021).</p>"""),
)

HTML_PAGES["p138_actualite_rapport_annuel_publie.html"] = (
    "Actualité — le rapport 2025 de la médiatrice est en ligne",
    html("""<h1>Le rapport 2025 de la médiation municipale est en ligne</h1><p>412 saisines, 71 % de
    résolution, cinq recommandations : fin des limiteurs de débit, visites rapides en cas d'humidité dans
    les logements d'enfants fragiles, formation des agents à la prévention des discriminations,
    confidentialité renforcée pour les victimes de violences. Présenté au conseil municipal du 26
    janvier.</p>"""),
)

HTML_PAGES["p139_page_conciliateurs_justice.html"] = (
    "Les conciliateurs de justice à Valbrenne",
    html("""<h1>Conciliateurs de justice</h1><p>Bernard Ollivro (hôtel de ville, mardi matin) et Véronique
    Laffargue (Saint-Fulcran, 2e et 4e vendredis). Litiges entre particuliers : voisinage, baux,
    consommation. Gratuit, sur rendez-vous au 03 84 20 61 00. Ne traitent pas le divorce, la garde des
    enfants, les tutelles ni les affaires pénales.</p>"""),
)

HTML_PAGES["p140_page_defenseur_droits_discriminations.html"] = (
    "Discriminations : faites valoir vos droits",
    html("""<h1>Vous pensez être victime de discrimination ?</h1><p>Refus de location, d'embauche, d'accès à un
    service en raison de votre origine, de votre handicap, de votre état de santé, de votre religion, de
    votre orientation sexuelle, de votre grossesse ou de votre lieu de résidence : c'est interdit par la
    loi. Le délégué du Défenseur des droits vous reçoit aux Tilleuls. Le 39 28 est aussi à votre
    écoute.</p>"""),
)

HTML_PAGES["p141_tableau_web_indicateurs_guichet.html"] = (
    "Indicateurs du guichet des réclamations — 2025",
    html("""<table><tr><th>Indicateur</th><th>2024</th><th>2025</th></tr><tr><td>Demandes</td><td>6 842</td>
    <td>7 215</td></tr><tr><td>Délai moyen (jours ouvrés)</td><td>9,6</td><td>8,9</td></tr>
    <tr><td>Réclamations sur le comportement d'agents</td><td>61</td><td>54</td></tr>
    <tr><td>Dossiers « adresse confidentielle »</td><td>23</td><td>31</td></tr></table>"""),
)

HTML_PAGES["p142_guide_web_que_faire_si_facture_eau.html"] = (
    "Que faire si ma facture d'eau est trop élevée ?",
    html("""<h1>Facture d'eau élevée : que faire ?</h1><ol><li>Vérifiez l'index du compteur.</li><li>Cherchez
    une fuite (compteur qui tourne robinets fermés).</li><li>Faites réparer et demandez une attestation
    au plombier.</li><li>Demandez l'écrêtement à la SEVL sous un mois.</li><li>En cas de difficulté de
    paiement : échéancier, chèque eau du CCAS, FSL.</li></ol><p>Aucune coupure ni réduction de débit
    n'est autorisée dans une résidence principale.</p>"""),
)

HTML_PAGES["p143_page_trait_union_mediation_sociale.html"] = (
    "Trait d'Union Valbrenne — médiation sociale",
    html("""<h1>Trait d'Union</h1><p>Association de médiation sociale créée en 2008. Nos médiateurs sont
    présents chaque soir dans les quartiers des Tilleuls, des Hauts-de-Saulx et des Saules. Conflits de
    voisinage, accès aux droits, lien avec les institutions. Présidente : Odile Perrier. Directeur : Sami
    Kaddour.</p>"""),
)

HTML_PAGES["p144_compte_rendu_web_semaine_acces_droit.html"] = (
    "Retour sur la semaine de l'accès au droit",
    html("""<h1>Semaine de l'accès au droit : 312 participants</h1><p>Consultations d'avocats (droit de la
    famille, des étrangers, du travail) : 64 personnes reçues. Conférence du conciliateur sur les conflits
    de voisinage : 85 personnes. Atelier surendettement : 27 participants. Théâtre-forum sur le
    harcèlement scolaire au collège Louis-Pergaud. Merci à France Victimes 39, au Point Droit Famille, à
    Passerelles Loise et à l'Unafam.</p>"""),
)

HTML_PAGES["p145_page_cheque_eau_ccas.html"] = (
    "Le chèque eau du CCAS",
    html("""<h1>Chèque eau</h1><p>Aide de 60 à 180 € par an pour les foyers dont le quotient familial est
    inférieur à 700 €. Pièces à fournir : dernière facture d'eau, attestation CAF, avis d'imposition.
    Dépôt au CCAS, 1 rue de l'Hôpital. 204 foyers aidés en 2024.</p>"""),
)

HTML_PAGES["p146_agenda_permanences_acces_droit_mois.html"] = (
    "Agenda des permanences d'accès au droit — février 2026",
    html("""<table><tr><th>Permanence</th><th>Lieu</th><th>Jours</th></tr><tr><td>Médiatrice
    municipale</td><td>Hôtel de ville</td><td>mardi, jeudi</td></tr><tr><td>Conciliateur</td><td>Hôtel
    de ville</td><td>mardi matin</td></tr><tr><td>Défenseur des droits</td><td>MFS Tilleuls</td>
    <td>lundi, jeudi</td></tr><tr><td>France Victimes 39</td><td>Hôtel de ville</td><td>1er et 3e
    jeudis</td></tr><tr><td>Point Droit Famille</td><td>Centre social</td><td>mercredi</td></tr></table>"""),
)

HTML_PAGES["p147_communique_signature_convention_defenseur.html"] = (
    "Communiqué — la Ville renouvelle son partenariat avec le Défenseur des droits",
    html("""<p>Le 9 février 2026, Sophie Marcadet, Maire de Valbrenne, a signé le renouvellement de la
    convention d'accueil des délégués du Défenseur des droits à la Maison France Services des Tilleuls.
    « Chacun doit pouvoir faire valoir ses droits, quels que soient sa situation, son origine ou sa
    maîtrise du numérique », a-t-elle déclaré. 214 personnes ont été reçues en 2025.</p>"""),
)

HTML_PAGES["p148_page_prevention_violences_intrafamiliales.html"] = (
    "Violences intrafamiliales : la ville se mobilise",
    html("""<h1>Violences conjugales et intrafamiliales</h1><p>Victime ou témoin ? Appelez le 17 en urgence,
    le 3919 (écoute, gratuit, anonyme), le 119 pour un enfant en danger. La ville finance quatre places
    d'hébergement d'urgence avec l'association Le Relais et a créé au guichet une procédure d'adresse
    confidentielle. Permanences de Solidarité Femmes Loise au CCAS le lundi.</p>"""),
)

HTML_PAGES["p149_ordre_du_jour_conseil_municipal_janvier.html"] = (
    "Conseil municipal du 26 janvier 2026 — ordre du jour",
    html("""<h1>Ordre du jour</h1><ol><li>Approbation du procès-verbal</li><li>Budget primitif 2026</li>
    <li>Charte de la médiation : saisine par les agents</li><li>Rapport d'activité 2025 de la
    médiation municipale</li><li>Convention Défenseur des droits</li><li>Subvention Trait d'Union</li>
    <li>Questions diverses</li></ol>"""),
)

HTML_PAGES["p150_formulaire_en_ligne_saisine_vierge.html"] = (
    "Saisir la médiatrice — formulaire",
    html("""<form><h1>Saisir la médiatrice municipale</h1><label>Nom</label><input name="nom">
    <label>Adresse</label><input name="adresse"><label>Service ou organisme concerné</label>
    <input name="service"><label>Démarche préalable effectuée (date)</label><input name="demarche">
    <label>Exposé de votre demande</label><textarea name="expose"></textarea><p>Vous n'êtes pas tenu(e)
    d'indiquer des informations sur votre santé ou votre situation familiale.</p></form>"""),
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
