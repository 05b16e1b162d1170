"""Build the .docx and .html documents of the hand-written sensitivity set holdout25.

Theme: the hygiene and health service (service communal d'hygiène et de santé) and animal affairs
of an invented commune, Montbrisac-sur-Lérande: unfit or dangerous housing (insalubrité, mise en
sécurité, hoarding and Diogenes situations), pest control, food-hygiene inspections of restaurants
and markets, noise measurements, legionella and lead poisoning investigations, dangerous dogs
(declarations, behavioural assessments, bites), the municipal pound, stray cats, abandoned animals,
mistreatment reports, council deliberations, prefectoral orders, guides, FAQs and statistics.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout25_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout25"
FIXED = dt.datetime(2025, 12, 10, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

SCHS = "Ville de Montbrisac-sur-Lérande — Service communal d'hygiène et de santé"


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


def page(title: str, *paragraphs: str) -> tuple[str, str]:
    """An html page made of a heading and paragraphs."""
    body = f"<h1>{title}</h1>\n" + "\n".join(f"<p>{' '.join(p.split())}</p>" for p in paragraphs)
    return (title, body)


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_visite_logement_encombre_personne_agee.docx"] = [
    ("title", "Rapport de visite — logement encombré, 6 rue Pasteur"),
    ("p", SCHS),
    para("""Visite du 3 décembre 2025 à la demande du CCAS. L'occupant, M. Alain Gauthier, 77 ans, vit
    seul avec six chats. Accumulation de déchets ménagers dans la cuisine et le séjour, absence de
    chauffage (chaudière arrêtée), WC hors d'usage."""),
    para("""M. Gauthier est amputé de la jambe droite depuis 2023 (artérite diabétique) et se déplace en
    fauteuil ; l'infirmière libérale qui passe matin et soir pour son insuline signale des escarres et une
    perte de poids importante. Il refuse toute entrée en EHPAD. Son fils, avec qui il est brouillé,
    n'a pas répondu aux appels."""),
    ("table", [["Pièce", "Constat"], ["Cuisine", "déchets, blattes"], ["Séjour", "encombrement 1,50 m"],
               ["Chambre", "lit accessible, literie souillée"]]),
    para("""Propositions : signalement au procureur pour une mesure de protection, évaluation APA en
    urgence, nettoyage financé par le fonds départemental. Rédacteur : Julien Ferrand."""),
]

DOCX_BLOCKS["s047_arrete_placement_fourriere_chien_detenteur_condamne.docx"] = [
    ("title", "Arrêté n° 2025-POL-352 — placement d'un chien en fourrière"),
    para("""Le Maire de Montbrisac-sur-Lérande, vu l'article L. 211-11 du code rural ; vu l'évaluation
    comportementale du 19 septembre 2025 classant le chien Tyson au niveau 3 ; considérant que le chien a
    mordu Mme Annie Lefort le 16 octobre 2025 et que son détenteur, M. Kévin Lestrade, fait l'objet d'un
    contrôle judiciaire lui interdisant de paraître dans la résidence du Pré-Vert, de sorte qu'il ne peut
    assurer la garde de l'animal ;"""),
    para("""Arrête : Article 1 — Le chien est placé à la fourrière du Pré-Vert. Article 2 — Les frais sont
    à la charge du détenteur. Article 3 — Le présent arrêté est notifié à l'intéressé."""),
    ("p", "Fait le 17 octobre 2025. Le Maire, Bernard Lhuillier."),
]

DOCX_BLOCKS["s048_note_dgs_arret_maladie_directrice_interim.docx"] = [
    ("title", "Note au directeur général des services — intérim de la direction du SCHS"),
    para("""Le Dr Hélène Marchetti sera absente à compter du 15 décembre pour une durée d'au moins trois
    mois : elle doit être opérée le 16 décembre d'une tumeur (elle m'a autorisée à vous le dire, sans
    plus de précision aux équipes) et suivra ensuite une radiothérapie. Je propose que Julien Ferrand
    assure l'intérim, avec une NBI temporaire."""),
    ("p", "Agnès Prévost, assistante de direction, le 4 décembre 2025."),
]

DOCX_BLOCKS["s049_signalement_procureur_maltraitance_animale.docx"] = [
    ("title", "Signalement au procureur de la République — article 40 du code de procédure pénale"),
    para("""Objet : sévices graves sur animaux — 41 chemin de la Noue. Les agents du pôle animal ont
    constaté le 5 novembre 2025 la présence de 14 chiens cachectiques, dont deux morts, chez M. Didier
    Blanchard. Le voisinage rapporte que M. Blanchard frappe les animaux avec une barre de fer. Il a déjà
    été condamné pour des faits similaires en 2021."""),
    ("table", [["Animal", "État"], ["Chienne croisée", "cachexie, plaie infectée"],
               ["Mâle berger", "décédé"], ["Chiots x5", "déshydratés"]]),
    ("p", "Le maire, Bernard Lhuillier."),
]

DOCX_BLOCKS["s050_rapport_mesure_bruit_plaignant_malade.docx"] = [
    ("title", "Rapport de mesure acoustique — 9 allée des Érables"),
    para("""Mesure du 20 novembre 2025, 23 h 10 – 0 h 40, chez M. Patrick Moulin. Source : pompe à chaleur du
    voisin, M. Cédric Rey. Bruit résiduel 24,5 dB(A) ; bruit ambiant 31,0 dB(A) ; émergence 6,5 dB(A) pour
    une valeur limite de 3 dB(A) la nuit : infraction caractérisée."""),
    para("""M. Moulin, en rémission d'un cancer du poumon, explique que l'insomnie aggrave son état et
    que son oncologue lui a prescrit des somnifères ; il a engagé une procédure contre le voisin devant le
    conciliateur, sans succès."""),
    ("p", "Technicien : Samuel Quéré."),
]

DOCX_BLOCKS["s051_fiche_liaison_ccas_famille_hebergement_urgence.docx"] = [
    ("title", "Fiche de liaison SCHS → CCAS"),
    ("table", [["Rubrique", "Contenu"], ["Famille", "M. et Mme Lopes, 4 enfants (2 à 14 ans)"],
               ["Adresse", "31 quai des Teinturiers, 3e"],
               ["Motif", "interdiction d'habiter (péril balcons)"],
               ["Situation", "surendettement, dossier Banque de France en cours ; Monsieur au chômage"],
               ["Santé", "l'aînée est asthmatique sévère (hospitalisée 2 fois en 2025)"],
               ["Demande", "hébergement d'urgence, aide FSL"]]),
]

DOCX_BLOCKS["s052_offre_entreprise_desencombrement_prix_confidentiels.docx"] = [
    ("title", "Proposition commerciale confidentielle — Clean'Habitat Lérande"),
    para("""Document réservé au SCHS. Nos tarifs pour les désencombrements en situation d'incurie : 38 €/m³
    évacué, dont 9 € de marge nette ; équipe de 3 agents à 420 € la journée (coût salarial réel 310 €).
    Nous consentons une remise de 15 % sous réserve d'un volume de 10 chantiers par an. Ces conditions ne
    doivent pas être communiquées aux autres entreprises consultées."""),
]

DOCX_BLOCKS["s053_compte_rendu_audition_agent_enquete_administrative.docx"] = [
    ("title", "Enquête administrative — audition de M. Samuel Quéré"),
    para("""Le 5 novembre 2025, à la suite de la plainte de Mme Rose Nguyen. L'agent conteste les propos
    rapportés mais reconnaît avoir envoyé deux SMS à caractère personnel à la restauratrice. Il indique
    traverser un divorce difficile et être suivi par un psychologue. La commission propose un blâme et un
    changement de secteur."""),
]

DOCX_BLOCKS["s054_dossier_enfant_mordu_suivi_psychologique.docx"] = [
    ("title", "Suivi de la victime — morsure du 5 septembre 2025 (dossier ANI-2025-088)"),
    para("""Entretien téléphonique avec la mère d'Inès B., 6 ans. L'enfant a subi une deuxième
    intervention de chirurgie réparatrice le 20 novembre. Elle est suivie au CMPP pour un stress
    post-traumatique et ne va plus à l'école le matin. La famille s'est constituée partie civile ;
    l'audience devant le tribunal correctionnel est fixée au 12 février."""),
]

DOCX_BLOCKS["s055_note_plan_securite_fourriere_vulnerabilites.docx"] = [
    ("title", "Note — sécurité du site de la fourrière du Pré-Vert"),
    para("""Diagnostic réalisé après l'intrusion du 9 novembre (vol de deux chiens saisis). Vulnérabilités :
    clôture est trouée sur 3 m derrière la chatterie ; caméra n° 2 hors service ; pas d'éclairage côté
    chemin ; l'alarme n'est pas reliée la nuit du samedi au dimanche ; la clé du coffre à produits
    vétérinaires reste sur le bureau. Priorité : ne pas diffuser avant les travaux."""),
]

DOCX_BLOCKS["s056_courrier_proprietaire_bailleur_arrete_locataire_handicap.docx"] = [
    ("title", "Courrier au propriétaire — 5 rue de la Forge"),
    para("""Monsieur, votre locataire, Mme Agnès Roussel, reconnue handicapée à 80 % (MDPH), ne peut
    accéder à sa salle de bains depuis l'effondrement du plancher. Son auxiliaire de vie nous a transmis
    le certificat médical attestant de chutes répétées. Nous vous demandons l'hébergement temporaire de
    Mme Roussel dans un logement adapté, conformément à l'article L. 521-3-1 du CCH."""),
]

DOCX_BLOCKS["s057_tableau_suivi_incurie_situations_nominatives.docx"] = [
    ("title", "Tableau de suivi des situations d'incurie — novembre 2025"),
    ("table", [["Personne", "Adresse", "Éléments", "Suite"],
               ["Odette Carrière", "17 rue des Tanneurs", "troubles cognitifs, sauvegarde de justice", "nettoyage 02/12"],
               ["Jean-Luc Roussel", "Les Bleuets", "schizophrénie, rupture de soins", "visite CMP"],
               ["Serge Hamon", "18 rue Voltaire", "sortie d'hospitalisation psy", "évaluation"],
               ["Alain Gauthier", "6 rue Pasteur", "diabète, amputation", "APA urgence"]]),
]

DOCX_BLOCKS["s058_lettre_commercant_marche_situation_financiere.docx"] = [
    ("title", "Lettre au placier — demande de report de mise en conformité"),
    para("""Monsieur, je ne peux pas acheter de vitrine réfrigérée avant le printemps : mon commerce est en
    liquidation depuis octobre, ma banque m'a coupé le découvert et je rembourse un crédit pour les soins de
    mon épouse, en dialyse trois fois par semaine. Je vous demande un délai. Mehdi Saïdi, étal n° 22."""),
]

DOCX_BLOCKS["s059_rapport_inspection_creche_salariee_tuberculose.docx"] = [
    ("title", "Rapport d'inspection — crèche municipale Les Lutins"),
    para("""Contrôle hygiène de la cuisine satisfaisant. Point particulier : l'ARS a informé le service
    qu'une auxiliaire de puériculture, Mme Sophie Perrin, est atteinte d'une tuberculose pulmonaire
    contagieuse ; elle est en arrêt depuis le 2 décembre. Un dépistage des enfants et du personnel est
    organisé par le CLAT."""),
]

DOCX_BLOCKS["s060_compte_rendu_reunion_syndicat_agents_fourriere.docx"] = [
    ("title", "Réunion avec la section syndicale CGT — agents de la fourrière"),
    para("""Présents : Damien Roux et Hugo Barbier, adhérents CGT et délégués du personnel, la directrice du
    SCHS. Les agents demandent une prime de risque après la morsure subie par M. Barbier le 25 octobre
    (arrêt de travail de 10 jours, accident de service reconnu). Ils annoncent un préavis de grève."""),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_deliberation_adhesion_dispositif_habitat_indigne.docx"] = [
    ("title", "Délibération n° 2025-130 — adhésion au pôle départemental de lutte contre l'habitat indigne"),
    para("""Rapporteure : Mme Corinne Vasseur. Le pôle réunit l'État, l'ARS, la CAF, le département et les
    communes dotées d'un SCHS. Il permet la consignation des aides au logement lorsque le logement est
    non décent, l'accompagnement des ménages et le relogement des occupants d'immeubles insalubres."""),
    ("p", "Adoptée à l'unanimité. Le maire, Bernard Lhuillier."),
]

DOCX_BLOCKS["p122_guide_evaluation_comportementale_proprietaires.docx"] = [
    ("title", "Guide — l'évaluation comportementale de votre chien"),
    para("""Elle est obligatoire pour les chiens de 1re et 2e catégorie entre 8 et 12 mois, et pour tout chien
    ayant mordu une personne. Elle est réalisée par un vétérinaire inscrit sur la liste départementale.
    Quatre niveaux de risque sont définis ; au niveau 4, le maire peut ordonner le placement ou
    l'euthanasie de l'animal."""),
]

DOCX_BLOCKS["p123_statistiques_inspections_hygiene_alimentaire.docx"] = [
    ("title", "Inspections en hygiène alimentaire — statistiques 2021-2025"),
    ("table", [["Année", "Inspections", "Mises en demeure", "Fermetures", "TIAC"],
               ["2021", "188", "21", "1", "2"], ["2022", "201", "24", "2", "3"],
               ["2023", "226", "19", "2", "1"], ["2024", "240", "27", "4", "4"],
               ["2025", "274", "22", "3", "2"]]),
    ("p", "Source : SCHS. Données publiées dans le rapport d'activité."),
]

DOCX_BLOCKS["p124_proces_verbal_conseil_vote_tarifs.docx"] = [
    ("title", "Extrait du procès-verbal — séance du 18 décembre 2025"),
    para("""M. Olivier Sarda demande pourquoi la fourrière euthanasie des animaux ; Mme Vasseur répond que
    seuls les animaux gravement malades ou blessés sont euthanasiés sur avis vétérinaire, soit 3 % des
    entrées. Mme Rose Nguyen salue le travail des agents. Les tarifs sont adoptés par 29 voix pour et
    4 abstentions."""),
]

DOCX_BLOCKS["p125_fiche_procedure_signalement_maltraitance.docx"] = [
    ("title", "Fiche procédure — je constate la maltraitance d'un animal"),
    para("""Appelez la police municipale si l'animal est en danger immédiat. Sinon, signalez les faits à la
    DDPP ou au pôle animal (photos, date, adresse). La maltraitance est un délit puni de trois ans
    d'emprisonnement et 45 000 € d'amende (art. 521-1 du code pénal). L'abandon est puni des mêmes peines."""),
]

DOCX_BLOCKS["p126_convention_ccas_schs_incurie.docx"] = [
    ("title", "Convention CCAS – SCHS relative aux situations d'incurie"),
    para("""Le CCAS assure l'évaluation sociale des personnes, la recherche de leur consentement et la
    coordination avec les services de soins ; le SCHS procède au constat technique et propose, si
    nécessaire, les mesures de police. Les échanges d'informations sont limités au strict nécessaire."""),
]

DOCX_BLOCKS["p127_rapport_qualite_eau_annuel.docx"] = [
    ("title", "Qualité de l'eau distribuée — synthèse 2025"),
    para("""142 prélèvements, 100 % de conformité bactériologique. Plomb : 3 dépassements au premier jet
    dans des immeubles anciens équipés de canalisations en plomb ; les propriétaires ont été informés.
    Le remplacement des branchements publics en plomb est achevé."""),
]

DOCX_BLOCKS["p128_appel_candidatures_nourrisseurs_referents.docx"] = [
    ("title", "Appel à candidatures — nourrisseurs référents de chats libres"),
    para("""Vous nourrissez des chats dans votre quartier ? Devenez nourrisseur référent : badge, formation,
    croquettes fournies par l'association. Les personnes retraitées, en situation de handicap ou sans
    emploi sont les bienvenues."""),
]

DOCX_BLOCKS["p129_note_procedure_tiac_restauration_scolaire.docx"] = [
    ("title", "Procédure — suspicion de toxi-infection en restauration scolaire"),
    para("""Conserver les plats témoins 5 jours ; recenser les enfants malades sans transmettre de diagnostic
    au prestataire ; déclarer à l'ARS ; informer les familles par un courrier type. Les données médicales
    des enfants sont transmises à l'ARS seule."""),
]

DOCX_BLOCKS["p130_programme_formation_agents_securite_interventions.docx"] = [
    ("title", "Programme de formation — sécurité des agents lors des visites à domicile"),
    para("""Module 1 : évaluer le risque avant la visite. Module 2 : gérer l'agressivité verbale. Module 3 :
    situations d'incurie et troubles psychiques, avec l'intervention d'un infirmier du CMP. Module 4 :
    protocole d'alerte et protection fonctionnelle."""),
]

DOCX_BLOCKS["p131_rapport_campagne_sterilisation_chats.docx"] = [
    ("title", "Campagne de stérilisation des chats libres — bilan 2025"),
    ("table", [["Secteur", "Chats capturés", "Stérilisés", "Adoptés"],
               ["Centre", "42", "38", "9"], ["Garenne", "51", "47", "12"], ["Mûriers", "45", "41", "6"]]),
]

DOCX_BLOCKS["p132_lettre_type_mise_en_demeure_vierge.docx"] = [
    ("title", "Modèle — mise en demeure au titre du règlement sanitaire départemental"),
    para("""Madame, Monsieur [NOM], à la suite de la visite du [DATE] au [ADRESSE], nous avons constaté
    [DÉSORDRES]. Nous vous mettons en demeure de réaliser les travaux suivants dans un délai de [DÉLAI].
    À défaut, un procès-verbal sera dressé."""),
]

DOCX_BLOCKS["p133_bilan_legionelle_etablissements_publics.docx"] = [
    ("title", "Bilan légionelle des bâtiments communaux — 2025"),
    para("""38 établissements suivis. 4 dépassements du seuil de 1 000 UFC/L (gymnase des Varennes, piscine,
    résidence Les Tilleuls, crèche), corrigés par choc thermique. Un cas de légionellose a été déclaré en
    août chez un résident ; l'enquête a conduit à la suppression d'un bras mort."""),
]

DOCX_BLOCKS["p134_invitation_inauguration_chatterie.docx"] = [
    ("title", "Invitation — inauguration de la nouvelle chatterie du Pré-Vert"),
    para("""Bernard Lhuillier, maire, et Corinne Vasseur, adjointe à la santé publique, vous invitent le
    samedi 17 janvier à 11 h. En présence de l'association Les Pattes de Lérande et de la Fondation
    Brigitte Bardot."""),
]

DOCX_BLOCKS["p135_fiche_poste_agent_fourriere.docx"] = [
    ("title", "Fiche de poste — agent de fourrière animale"),
    para("""Missions : capture des animaux errants, entretien des box, soins de base, accueil des
    propriétaires, tenue du registre. Contraintes : astreintes, exposition aux morsures, port des EPI,
    vaccination antirabique préventive proposée par la médecine du travail."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_message_agent_retour_conge_maladie.html"] = page(
    "Intranet SCHS — messages de l'équipe",
    """Bienvenue à Samuel qui reprend lundi après deux mois d'arrêt : pour rappel il reprend en mi-temps
    thérapeutique (lundi, mardi, jeudi matin) suite à son burn-out, merci de ne pas lui confier de visites
    conflictuelles pour le moment. — Hélène""",
)
HTML_PAGES["s062_formulaire_signalement_en_ligne_rempli_violences.html"] = page(
    "Signalement en ligne — logement — n° W-2025-0412",
    """Nom : Sophie Barbier. Adresse : 2 rue de la Forge. Message : mon logement est plein de moisissures
    mais je ne peux pas en parler au propriétaire, c'est le frère de mon ex-mari qui m'a frappée, il y a
    une procédure en cours et je suis suivie par l'association France Victimes. Merci de ne pas le
    contacter à mon nom.""",
)
HTML_PAGES["s063_messagerie_webmail_plainte_voisin_trafic.html"] = page(
    "Webmail — message reçu sur hygiene@montbrisac.fr",
    """Bonjour, le voisin du 12, M. Yanis Haddad, deal dans la cage d'escalier, il a un pitbull qu'il lâche
    sur les gens. Il sort de prison, tout le monde a peur. Je ne veux pas être citée. Mme L., 2e étage.""",
)
HTML_PAGES["s064_fiche_dossier_logiciel_plainte_restaurant_intoxication.html"] = page(
    "Dossier TIAC-2025-07 — fiche logiciel",
    """Plaignante : Mme Léa Chevalier, enceinte de 6 mois, hospitalisée 48 h à la maternité de Vérane après
    un repas au Bosphore le 14/09 (listériose suspectée, hémocultures en cours). Son conjoint a également
    été malade. Prélèvements au restaurant effectués.""",
)
HTML_PAGES["s065_extranet_partenaires_situation_famille_placement.html"] = page(
    "Extranet partenaires — situation partagée n° 38",
    """Logement du 11 quai des Teinturiers : les trois enfants de Mme Lacombe ont été placés en urgence par
    ordonnance du juge des enfants le 5 décembre ; la mère est hospitalisée en psychiatrie. Le logement est
    vide ; la coupure de gaz est maintenue. Le SCHS procédera à la visite en présence du bailleur.""",
)
HTML_PAGES["s066_page_codes_wifi_acces_local_schs.html"] = page(
    "Page interne — accès aux locaux et équipements",
    """Wi-Fi du SCHS : SSID SCHS-PRIVE, mot de passe Lerande#2025!. Code porte arrière : 1964B.
    Armoire des échantillons : clé n° 7. Accès à l'application de gestion des plaintes :
    identifiant schs-admin, mot de passe partagé ChatLibre88.""",
)
HTML_PAGES["s067_compte_rendu_en_ligne_cellule_veille_sociale.html"] = page(
    "Cellule de veille sociale du quartier des Mûriers — 12 novembre",
    """M. Rachid Benali, 45 ans, sans domicile depuis son expulsion du 3 rue des Mûriers, dort dans le
    garage de l'immeuble avec ses deux chiens ; il est suivi au CSAPA pour son alcoolisme. Proposition :
    place en CHRS acceptant les animaux.""",
)
HTML_PAGES["s068_article_presse_reproduit_integralement.html"] = page(
    "Revue de presse interne — article reproduit",
    """« Fourrière : le cri d'alarme des bénévoles », par Marion Delorme, L'Écho de la Lérande, 12 novembre
    2025. © L'Écho de la Lérande, tous droits réservés. — Reproduction intégrale de l'article : « Elles
    sont une dizaine, chaque samedi, à pousser la grille du Pré-Vert. Dans les box, des chiens saisis
    attendent qu'un juge décide de leur sort. Certains y restent des mois. “On ne peut pas continuer
    comme ça”, souffle Hélène, bénévole depuis six ans... » (suite de l'article, 6 000 signes, reproduite
    pour les élus sans autorisation de l'éditeur).""",
)
HTML_PAGES["s069_registre_en_ligne_chiens_mordeurs_nominatif.html"] = page(
    "Registre des chiens mordeurs — accès agents",
    """Tyson (AST) — détenteur Kévin Lestrade — 2 morsures, niveau 3, détenteur sous contrôle judiciaire.
    Rocky (berger belge) — détenteur Cédric Caron — saisi lors de l'interpellation du détenteur pour
    violences conjugales. Oslo (berger australien) — détentrice Léa Faure, assistante familiale — morsure
    sur un enfant placé.""",
)
HTML_PAGES["s070_portail_rh_demande_amenagement_poste_agent.html"] = page(
    "Portail RH — demande d'aménagement de poste",
    """Agent : Camille Tessier. Motif : grossesse (déclarée le 1er décembre), contre-indication à
    l'exposition au plomb et aux animaux mordeurs selon le médecin de prévention. Aménagement : travail de
    bureau jusqu'au congé maternité prévu le 20 mars.""",
)
HTML_PAGES["s071_confidentiel_note_prefet_rage_importation.html"] = page(
    "CONFIDENTIEL — Note au préfet — cas de rage animale importé",
    """Ne pas diffuser. Le cas confirmé à Montbrisac fait l'objet d'une gestion discrète afin d'éviter une
    panique ; la liste des 23 personnes contacts est tenue par l'ARS. Éléments de langage en cours de
    validation.""",
)
HTML_PAGES["s072_forum_agents_discussion_adherent_syndical.html"] = page(
    "Forum interne — discussion",
    """Nadia : pour la réunion de jeudi, Hugo vient en tant que représentant SUD, il vient d'adhérer, et
    Damien reste à la CGT. Ne le mettez pas en copie de la note RH, il est en conflit avec la direction
    depuis sa sanction.""",
)
HTML_PAGES["s073_fiche_usager_demande_relogement_titre_sejour.html"] = page(
    "Fiche usager — demande de relogement",
    """Mme Aïssatou Diallo, 9 impasse du Moulin : occupante d'un local impropre, en attente d'une réponse de
    la préfecture à sa demande de titre de séjour pour soins (suivi VIH au CHU). Elle craint un contrôle si
    elle quitte le local. Orientation : association Aides et avocate du barreau de Vérane.""",
)
HTML_PAGES["s074_espace_elus_note_conseiller_poursuites.html"] = page(
    "Espace élus — note du cabinet",
    """Le conseiller municipal délégué au marché, M. Serge Picard, est propriétaire de deux logements
    frappés d'un arrêté d'insalubrité ; le procureur a ouvert une enquête pour soumission de personnes
    vulnérables à des conditions d'hébergement indignes. Il a été entendu en audition libre le 20
    novembre. Ne pas communiquer.""",
)
HTML_PAGES["s075_page_suivi_dossier_saturnisme_enfant.html"] = page(
    "Suivi SAT-2025-04 — mise à jour",
    """Plombémie d'Adam M. au 2 décembre : 64 µg/L. Nouveau-né (né le 2/10) : 38 µg/L au cordon. La mère a
    obtenu son récépissé. Relogement provisoire de la famille à la résidence sociale Le Phare.""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_web_chiens_dangereux_reglementation.html"] = page(
    "Chiens dangereux : ce que dit la loi",
    """Les chiens de 1re catégorie (type pit-bull, boerbull, tosa non inscrits au LOF) sont des chiens
    d'attaque ; ceux de 2e catégorie (staffordshire, rottweiler, tosa LOF) des chiens de garde et de
    défense. Le permis de détention est refusé aux personnes condamnées pour crime ou délit inscrit au
    bulletin n° 2 du casier judiciaire. Toute morsure doit être déclarée en mairie.""",
)
HTML_PAGES["p137_page_web_signaler_logement_insalubre.html"] = page(
    "Signaler un logement insalubre",
    """Humidité, moisissures, installation électrique dangereuse, absence de chauffage, présence de plomb :
    si votre santé ou celle de vos enfants est menacée, le SCHS peut visiter votre logement gratuitement.
    Vous ne pouvez pas être expulsé parce que vous avez fait un signalement.""",
)
HTML_PAGES["p138_actualite_remise_prix_restaurants_hygiene.html"] = page(
    "Les Toques propres 2025 : cinq restaurants distingués",
    """La ville a remis le 4 décembre le label « Toques propres » à La Table de Saint-Éloi, Chez Mado,
    Boulangerie Lefèvre, La Crêpe d'Or et au Bistrot du Marché, tous classés « très satisfaisant » sur
    Alim'confiance. Photo : le maire Bernard Lhuillier et les lauréats.""",
)
HTML_PAGES["p139_faq_fourriere_recuperer_animal.html"] = page(
    "FAQ — Mon animal est à la fourrière",
    """Présentez une pièce d'identité, le carnet de vaccination et la carte d'identification. Les frais
    doivent être réglés. Si vous êtes bénéficiaire du RSA ou de l'AAH, une exonération partielle peut être
    demandée au CCAS. Après huit jours ouvrés, l'animal est considéré comme abandonné.""",
)
HTML_PAGES["p140_communique_arrete_peril_rue_publie.html"] = page(
    "Communiqué — immeuble du 31 quai des Teinturiers",
    """Un arrêté de mise en sécurité urgente a été pris le 2 décembre en raison du risque d'effondrement des
    balcons. Les huit ménages ont été hébergés par le propriétaire ou, à défaut, par la commune. La
    circulation est interdite sur le trottoir.""",
)
HTML_PAGES["p141_agenda_atelier_prevention_morsures_ecoles.html"] = page(
    "Agenda — ateliers « Le chien et moi » dans les écoles",
    """Du 12 au 23 janvier, les CP et CE1 des écoles Jules-Ferry et des Mûriers apprendront à approcher un
    chien sans risque, avec l'association Éducan. 60 % des morsures d'enfants sont le fait du chien de la
    famille ou d'un proche.""",
)
HTML_PAGES["p142_page_bruit_voisinage_regles.html"] = page(
    "Bruits de voisinage : les règles",
    """Les travaux bruyants des particuliers sont autorisés en semaine de 8 h 30 à 12 h et de 14 h 30 à
    19 h 30, le samedi de 9 h à 12 h et de 15 h à 19 h, le dimanche de 10 h à 12 h. Les aboiements répétés
    sont un trouble anormal de voisinage. Essayez d'abord le dialogue ou le conciliateur de justice.""",
)
HTML_PAGES["p143_page_association_aide_victimes_partenaire.html"] = page(
    "Nos partenaires — France Victimes Lérande",
    """L'association accompagne gratuitement les victimes d'infractions, y compris les personnes mordues par
    un chien ou victimes de marchands de sommeil. Permanence en mairie le mardi. Le SCHS oriente vers elle
    les locataires qui le souhaitent.""",
)
HTML_PAGES["p144_annuaire_service_agents.html"] = page(
    "Annuaire — Service communal d'hygiène et de santé",
    """Directrice : Dr Hélène Marchetti. Habitat : Julien Ferrand. Hygiène alimentaire et pôle animal :
    Nadia Belkacem. Santé environnementale : Camille Tessier. Bruit : Samuel Quéré. Fourrière : Damien Roux.
    Accueil : Agnès Prévost, 04 00 12 34 56.""",
)
HTML_PAGES["p145_page_legionelle_particuliers.html"] = page(
    "Légionelle : conseils aux particuliers",
    """Au retour de vacances, faites couler l'eau chaude quelques minutes, porte de la salle de bains fermée.
    Réglez votre ballon à 55 °C minimum. Les personnes âgées, fumeuses ou immunodéprimées sont plus
    exposées à la légionellose.""",
)
HTML_PAGES["p146_resultats_consultation_publique_chats_libres.html"] = page(
    "Résultats de la consultation sur les chats libres",
    """412 contributions. 71 % favorables aux points de nourrissage encadrés. Les opposants évoquent les
    nuisances et les risques sanitaires (toxoplasmose pour les femmes enceintes). Synthèse présentée en
    commission le 9 octobre.""",
)
HTML_PAGES["p147_bulletin_municipal_hommage_agent_retraite.html"] = page(
    "Hommage — départ en retraite de Gérard Marchand",
    """Après 31 ans au service d'hygiène, Gérard Marchand a pris sa retraite le 30 novembre. Il avait créé la
    première campagne de stérilisation des chats libres et formé des générations d'inspecteurs. Bonne
    retraite, Gérard !""",
)
HTML_PAGES["p148_page_plomb_habitat_ancien.html"] = page(
    "Le plomb dans l'habitat ancien",
    """Le saturnisme est une intoxication au plomb, grave pour les enfants de moins de 6 ans et les femmes
    enceintes. En 2024, 6 cas ont été déclarés dans la commune. Le dépistage est gratuit. Les propriétaires
    de logements construits avant 1949 doivent fournir un constat de risque d'exposition au plomb.""",
)
HTML_PAGES["p149_page_marche_couvert_reglement_sanitaire.html"] = page(
    "Marché couvert Saint-Éloi — règlement sanitaire des étals",
    """Vitrines réfrigérées obligatoires pour les produits frais (0-4 °C), point d'eau à moins de 10 m,
    affichage des allergènes, nettoyage de l'emplacement à la fermeture. Contrôles inopinés du SCHS.""",
)
HTML_PAGES["p150_offre_service_civique_protection_animale.html"] = page(
    "Mission de service civique — sensibilisation au bien-être animal",
    """8 mois, 24 h/semaine, à partir de février. Vous participerez aux campagnes contre l'abandon et la
    maltraitance animale et aux ateliers dans les écoles. Mission ouverte aux jeunes de 16 à 25 ans, et
    jusqu'à 30 ans aux jeunes en situation de handicap.""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
