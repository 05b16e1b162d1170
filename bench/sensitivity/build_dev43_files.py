"""Build the .docx and .html documents of the hand-written sensitivity set dev43.

Theme: archives, libraries and access to administrative documents in an invented département (the
Haut-Lizon): the departmental archives' reading room and requests to consult records still under
communicability delays (medical, judicial, adoption, civil status), CADA opinions and refusals,
citizens asking for their own files, genealogists, donations and deposits of private papers,
digitisation projects and their licences, the library network (users' accounts, lost books,
disputes, harassment incidents), reproduced works and photographs, exhibitions, council
deliberations, activity reports and reading-room rules.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev43_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev43"
FIXED = dt.datetime(2025, 12, 9, 10, 30, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_enquete_administrative_lacunes_fonds.docx"] = [
    ("title", "Rapport d'enquête administrative — lacunes constatées dans la sous-série 2 Q"),
    para("""Archives départementales du Haut-Lizon. Rapport établi par Thierry Vassal, directeur
    adjoint, à la demande de la directrice, le 28 avril 2025. Diffusion : directrice, direction
    générale des services, service juridique."""),
    ("h", "1. Origine de l'enquête"),
    para("""Le 13 mars 2025, un lecteur a été surpris en train de dissimuler un feuillet de
    l'article 2 Q 118. La vérification des articles qui lui avaient été communiqués a révélé des
    lacunes nouvelles. La directrice a souhaité qu'une enquête interne établisse l'étendue des
    pertes, les circonstances qui les ont rendues possibles et, le cas échéant, d'éventuelles
    responsabilités au sein du service."""),
    ("h", "2. Méthode"),
    para("""Récolement pièce à pièce des 64 articles de la sous-série 2 Q communiqués depuis 2021,
    comparaison avec le récolement de 2021 et avec les microfilms de sécurité réalisés en 1988,
    examen des bulletins de communication, des enregistrements vidéo conservés (30 jours) et
    entretiens avec les cinq agents de la salle de lecture et les deux magasiniers."""),
    ("h", "3. Résultats du récolement"),
    para("""Vingt-sept pièces manquent dans onze articles, toutes signées par des administrateurs
    du district de Montclaret ou portant des cachets révolutionnaires, pièces recherchées par les
    collectionneurs. Dix-neuf d'entre elles figurent dans des articles communiqués à M. Gérard
    Pélissou entre 2021 et 2025. Quatre pièces ont été retrouvées mises en vente sur un site
    d'enchères en ligne par un vendeur domicilié à Toulouse ; l'information a été transmise à
    l'enquêteur du commissariat de Montclaret et à l'Office central de lutte contre le trafic
    des biens culturels."""),
    ("h", "4. Circonstances"),
    para("""La table 14, où M. Pélissou s'installait habituellement, n'est pas visible depuis la
    banque d'accueil. Les contrôles de restitution se limitaient à vérifier la présence de
    l'article, sans compter les pièces. Les pochettes opaques n'étaient pas interdites à la
    table."""),
    ("h", "5. Situation d'un agent"),
    para("""Les entretiens ont fait apparaître que M. Kévin Delmas, adjoint du patrimoine, entretenait
    avec M. Pélissou des relations amicales en dehors du service (sorties de pêche, repas) et lui
    avait à plusieurs reprises communiqué des articles en dehors des heures de levée, sans
    bulletin, le samedi matin. M. Delmas reconnaît ces facilités, qu'il présente comme des
    « services rendus à un habitué », et conteste fermement avoir eu connaissance des vols. Aucun
    élément ne permet à ce stade de le mettre en cause dans les soustractions. L'enquêteur de
    police a néanmoins souhaité l'entendre comme témoin le 22 avril. Les manquements aux
    procédures de communication constituent une faute professionnelle susceptible de justifier un
    avertissement ; je propose que la directrice en saisisse la DRH, et que M. Delmas ne soit plus
    affecté seul en salle de lecture jusqu'à la clôture de l'enquête judiciaire."""),
    ("h", "6. Recommandations"),
    para("""Déplacer la table 14 ; interdire les pochettes opaques ; compter les pièces des
    articles à risque à la communication et à la restitution ; généraliser la communication sur
    microfilm ou image numérique pour la sous-série 2 Q ; allonger la durée de conservation des
    enregistrements vidéo à 90 jours après déclaration ; rappeler à tous les agents les règles de
    communication et l'interdiction des communications hors bulletin."""),
    ("h", "7. Suites"),
    para("""Dépôt d'une plainte complémentaire pour les 27 pièces, demande de revendication des
    pièces mises en vente, inscription dans la base des biens culturels volés, information du
    service interministériel des Archives de France. Les pièces retrouvées seront réintégrées
    après mainlevée de la saisie."""),
    ("table", [
        ["Article", "Pièces manquantes", "Communiqué à M. Pélissou", "Retrouvées"],
        ["2 Q 104", "3", "oui", "1"],
        ["2 Q 109", "4", "oui", "2"],
        ["2 Q 112", "2", "non", "0"],
        ["2 Q 118", "5", "oui", "1"],
        ["autres (7 articles)", "13", "partiellement", "0"],
    ]),
    ("h", "8. Calendrier"),
    para("""Mise en œuvre des recommandations matérielles avant la réouverture de septembre ;
    formation de l'équipe de la salle de lecture aux nouvelles règles de restitution en juin ;
    nouveau récolement de la sous-série 2 Q et des sous-séries 1 L et 2 L (période
    révolutionnaire) au second semestre, par sondage, avec l'appui d'un vacataire."""),
]

DOCX_BLOCKS["s047_convention_depot_archives_famille_clause.docx"] = [
    ("title", "Convention de dépôt d'archives privées — fonds Delmas-Caussanel"),
    para("""Entre le Département du Haut-Lizon, représenté par son président, et Mme Yvette
    Caussanel, demeurant à Bercenay, déposante."""),
    ("h", "Article 3 — Conditions de communication"),
    para("""Les pièces 1 à 38 (correspondance commerciale de la minoterie, 1890-1960) sont
    librement communicables. Les pièces 39 à 52 (correspondance de la déposante avec son
    ex-époux, M. Gilbert Delmas, et dossier de la procédure de divorce de 1994 pour violences
    conjugales, incluant le certificat médical et le jugement) ne seront communicables qu'avec
    l'accord écrit de la déposante, et en tout état de cause pas avant le 1er janvier 2070. Les
    deux enfants du couple, mineurs à l'époque, sont mentionnés dans l'attestation de
    l'assistante sociale jointe à la procédure."""),
    ("h", "Article 4 — Reprise"),
    para("La déposante peut reprendre tout ou partie du fonds moyennant un préavis de trois mois."),
]

DOCX_BLOCKS["s048_memoire_technique_financier_restauration_confidentiel.docx"] = [
    ("title", "Atelier Castel Conservation — mémoire technique et financier (confidentiel)"),
    para("""Marché de restauration du cartulaire de Saint-Orbe et de 40 registres de délibérations
    de l'an II. Document remis au seul Département du Haut-Lizon. Les éléments de prix, de
    méthode et de situation financière qui suivent relèvent du secret des affaires et ne doivent
    pas être communiqués aux tiers ni aux autres candidats."""),
    ("h", "1. Situation de l'entreprise"),
    para("""SARL au capital de 15 000 €, trois salariés et une gérante. Chiffre d'affaires 2024 :
    214 000 € (2023 : 268 000 €). L'exercice 2024 se solde par une perte de 19 400 € en raison de
    l'annulation d'un chantier de 60 000 € par un musée. Notre banque a accepté un découvert
    autorisé de 25 000 € jusqu'en septembre 2025, sous réserve de la signature de nouveaux
    marchés. Le présent marché représenterait 35 % de notre activité prévisionnelle 2025."""),
    ("h", "2. Méthodologie propre"),
    para("""Pour la consolidation des parchemins du cartulaire, nous utilisons une gélatine de
    poisson que nous préparons nous-mêmes selon une formulation mise au point en 2017 avec un
    laboratoire universitaire (concentration de 4 % dans un mélange eau-éthanol 70/30, additionnée
    de 0,2 % de glycérine), qui permet une réhumidification contrôlée sans déformation. Ce
    protocole n'a pas été publié et constitue un avantage concurrentiel : il nous est demandé
    de ne pas le diffuser."""),
    para("""Pour les registres de l'an II, nous proposons un doublage partiel au papier japon de
    9 g/m² teinté à l'aquarelle selon un nuancier que nous avons constitué sur 300 papiers de la
    période révolutionnaire. Les reliures seront refaites en demi-parchemin avec des ais en
    carton neutre."""),
    ("h", "3. Décomposition du prix"),
    ("table", [
        ["Poste", "Heures", "Taux horaire HT", "Total HT"],
        ["Constat d'état et documentation", "40", "48 €", "1 920 €"],
        ["Cartulaire : consolidation, mise à plat", "120", "48 €", "5 760 €"],
        ["Registres an II : doublage, reliure", "310", "44 €", "13 640 €"],
        ["Fournitures (prix d'achat + 8 %)", "-", "-", "3 180 €"],
        ["Total", "", "", "24 500 €"],
    ]),
    para("""Notre taux horaire habituel est de 62 € HT ; le taux proposé résulte d'une remise
    consentie pour obtenir ce chantier de référence et maintenir l'emploi de nos salariés. Notre
    coût horaire complet est de 41 € HT ; la marge dégagée est donc très faible. Les fournitures
    proviennent pour l'essentiel de notre fournisseur japonais, avec lequel nous bénéficions d'un
    prix négocié de 30 % inférieur au catalogue."""),
    ("h", "4. Délais et organisation"),
    para("""Durée : 9 mois. Enlèvement en trois lots par véhicule climatisé, assurance clou à clou
    pour une valeur déclarée fixée par le Département. Les documents seront conservés dans
    notre atelier sécurisé (alarme, coffre ignifugé)."""),
    ("h", "5. Références"),
    para("""Musées et services d'archives de la région ; liste nominative des clients et montants
    des chantiers fournie en annexe confidentielle, à ne pas communiquer."""),
    ("h", "6. Engagements"),
    para("""Nous nous engageons à respecter les principes de réversibilité et de compatibilité des
    matériaux, à documenter chaque intervention par un rapport illustré, et à ne réaliser aucun
    traitement irréversible sans accord écrit du service."""),
]

DOCX_BLOCKS["s049_compte_rendu_conseil_discipline_agent_bibliotheque.docx"] = [
    ("title", "Conseil de discipline — séance du 12 juin 2025 — compte rendu"),
    para("""Centre de gestion de la fonction publique territoriale du Haut-Lizon. Conseil de
    discipline de recours et de premier degré, catégorie C. Affaire : Communauté de communes du
    Val de Lizon c/ M. Jérôme Pouget, adjoint du patrimoine, médiathèque de Vallon-sur-Lizon."""),
    ("h", "Faits reprochés"),
    para("""Il est reproché à M. Pouget d'avoir, entre septembre 2024 et février 2025, adressé à
    deux collègues féminines, dont une agente en contrat de service civique âgée de 19 ans, des
    messages à caractère sexuel sur une messagerie instantanée, d'avoir tenu à l'une d'elles des
    propos sur son physique devant des usagers, et d'avoir consulté des sites pornographiques sur
    le poste de la banque de prêt, ce qu'a établi l'analyse des journaux de connexion. Il lui est
    également reproché d'avoir, le 14 février, effacé des fichiers sur ce poste après avoir
    été informé de l'enquête."""),
    ("h", "Observations de l'agent"),
    para("""M. Pouget, assisté de son défenseur, délégué syndical, reconnaît les messages mais
    soutient qu'ils s'inscrivaient dans « un échange de plaisanteries consenti ». Il conteste la
    consultation des sites, évoquant un poste partagé. Il fait état d'une période de dépression
    consécutive au décès de son père en 2024 et produit un certificat de son psychiatre."""),
    ("h", "Avis du conseil"),
    para("""Le conseil estime les faits établis pour les messages et les propos, et établis pour la
    consultation des sites compte tenu des horaires et de l'identifiant utilisé. Il propose, à la
    majorité, une exclusion temporaire de fonctions de six mois, dont trois avec sursis. Les
    représentants du personnel ont proposé une exclusion de trois mois."""),
    ("h", "Éléments de carrière"),
    para("""Agent titulaire depuis 2012, dont les évaluations étaient jusqu'alors satisfaisantes ;
    un avertissement en 2019 pour retards répétés. Plainte pénale déposée par l'agente de
    service civique le 3 mars 2025, en cours d'instruction au parquet de Montclaret."""),
    para("""Le président du conseil rappelle que l'avis est transmis à l'autorité territoriale,
    qui prend la décision. L'agent dispose des voies de recours prévues par les textes."""),
    ("table", [
        ["Proposition", "Voix pour", "Voix contre"],
        ["Exclusion 6 mois dont 3 avec sursis", "5", "3"],
        ["Exclusion 3 mois", "3", "5"],
    ]),
    para("""Membres présents : le président, magistrat administratif honoraire ; trois représentants
    des collectivités ; quatre représentants du personnel. Rapporteur : la directrice générale
    des services de la communauté de communes. Témoins entendus : la responsable de la
    médiathèque, l'agente de service civique, une usagère présente lors des propos tenus le
    18 janvier. Pièces examinées : captures des messages, journaux de connexion, rapport de la
    responsable, certificat médical produit par l'agent. Le compte rendu est adressé aux
    membres, à l'autorité territoriale et à l'agent ; il n'est pas diffusé au-delà."""),
]

DOCX_BLOCKS["s050_demande_derogation_dossier_psychiatrique_mere.docx"] = [
    ("title", "Demande de dérogation DER-2025-031 — dossier de fiche d'instruction"),
    para("""Demandeur : Mme Carole Issartel, Montclaret. Documents demandés : dossier de sa mère,
    Mme Janine Issartel, née en 1951, hospitalisée sous contrainte au CHS de Saint-Orbe en
    1978, 1983 et 1986 (2260 W 1702)."""),
    para("""Motif invoqué : la demanderesse, elle-même suivie pour un trouble bipolaire depuis 2021,
    souhaite connaître le diagnostic posé à sa mère, aujourd'hui atteinte d'une démence et placée
    sous tutelle, qui « ne peut plus rien raconter ». Elle indique que son frère s'oppose à la
    démarche. Mme Janine Issartel étant vivante, le délai de 120 ans court jusqu'en 2071."""),
    para("""Avis du service : défavorable en l'état ; orienter la demanderesse vers le tuteur de sa
    mère, qui peut exercer le droit d'accès au dossier médical au nom de la personne protégée."""),
]

DOCX_BLOCKS["s051_rapport_audit_securite_systeme_archivage.docx"] = [
    ("title", "Audit de sécurité du système d'archivage électronique — synthèse des vulnérabilités"),
    para("""Diffusion restreinte — direction des systèmes d'information et direction des Archives.
    Audit réalisé du 3 au 14 mars 2025."""),
    ("table", [
        ["Vulnérabilité", "Gravité", "État"],
        ["Serveur SAE-PROD-02 : version du système d'exploitation non maintenue", "critique", "ouvert"],
        ["Compte administrateur « sae_admin » avec mot de passe par défaut modifié en "
         "Archives2019!", "critique", "ouvert"],
        ["Interface web d'administration accessible depuis le réseau des médiathèques", "élevée", "ouvert"],
        ["Sauvegardes hors site non chiffrées (disques transportés par coursier)", "élevée",
         "en cours"],
        ["Journalisation des accès aux dossiers sous délai désactivée", "moyenne", "ouvert"],
    ]),
    para("""Un test d'intrusion a permis d'accéder, depuis un poste public de médiathèque, à la
    liste des dossiers de pupilles versés en 2024. Correctif prioritaire demandé sous 15 jours."""),
]

DOCX_BLOCKS["s052_note_contentieux_usager_tribunal_administratif.docx"] = [
    ("title", "Note au service juridique — recours de M. Cabrol contre son exclusion"),
    para("""M. Yannick Cabrol a saisi le tribunal administratif le 3 mars 2025 d'un recours contre
    la décision d'exclusion du réseau de lecture publique. Éléments pour le mémoire en défense :
    plainte pour harcèlement déposée le 8 janvier par une agente, convocation de M. Cabrol à la
    gendarmerie le 20 janvier, ordonnance pénale en cours ; dans son recours, M. Cabrol évoque
    lui-même son hospitalisation en psychiatrie à l'automne 2024 et soutient que l'exclusion est
    discriminatoire en raison de sa maladie. Il conviendra de montrer que la mesure est fondée sur
    des faits, et non sur son état de santé."""),
]

DOCX_BLOCKS["s053_fiche_suivi_stagiaire_amenagements.docx"] = [
    ("title", "Fiche de suivi de stage — Archives départementales"),
    ("table", [
        ["Stagiaire", "Maxime Lafon, licence professionnelle métiers des archives"],
        ["Période", "7 avril – 13 juin 2025"],
        ["Tuteur", "Bastien Courtial"],
        ["Aménagements", "trouble du spectre autistique (RQTH) : consignes écrites, bureau isolé, "
         "pas d'accueil du public ; tiers temps pour le rapport"],
        ["Bilan à mi-parcours", "travail de classement très rigoureux ; difficultés lors des "
         "réunions ; crise d'angoisse le 29 avril lors de l'alarme incendie"],
    ]),
]

DOCX_BLOCKS["s054_reponse_demande_dossier_pupille_fratrie.docx"] = [
    ("title", "Réponse à Mme Nathalie Cassan — dossier de sa mère"),
    para("""Madame, vous avez sollicité la communication du dossier de votre mère, Mme Lucienne
    Cassan, confiée au service de l'aide sociale à l'enfance de 1955 à 1963 après le retrait de
    l'autorité parentale de ses propres parents. Votre mère étant vivante, ce dossier lui est
    communicable à elle seule, ou à vous sur présentation d'un mandat écrit de sa part ou de
    son tuteur. Le dossier mentionne en outre ses quatre frères et sœurs, dont deux ont été
    adoptés ; ces mentions seront occultées."""),
]

DOCX_BLOCKS["s055_inventaire_photographies_agence_reproduites.docx"] = [
    ("title", "Livret de l'exposition « Vivre au pays » — maquette (photographies sous licence)"),
    para("""Les 18 photographies ci-dessous sont reproduites en pleine page dans le livret à partir
    des fichiers haute définition fournis par l'agence Sud Images sous licence limitée à
    l'exposition murale. La reproduction dans le livret imprimé et sa mise en ligne en PDF ne sont
    pas couvertes par la licence ; devis complémentaire demandé, non signé."""),
    ("table", [
        ["N°", "Photographie", "Auteur", "Droits"],
        ["1", "Moisson à Puymorel, 1958", "Robert Doumenc / Sud Images", "licence exposition"],
        ["2", "Foire de Vallon, 1962", "Robert Doumenc / Sud Images", "licence exposition"],
        ["3", "Tonte à Chazeret, 1965", "Luc Fabrègue", "cession non commerciale"],
    ]),
]

DOCX_BLOCKS["s056_protocole_accueil_lecteur_sous_controle_judiciaire.docx"] = [
    ("title", "Protocole d'accueil particulier — M. Dylan Sarrazin"),
    para("""À la suite des faits du 11 juillet 2025 (menaces d'incendie, dégradation de la borne),
    M. Sarrazin, placé sous contrôle judiciaire dans une autre affaire, a été condamné le
    2 septembre par le tribunal correctionnel à 4 mois avec sursis probatoire avec obligation de
    soins. L'exclusion de la médiathèque de Vallon court jusqu'au 11 janvier 2026. Au-delà, un
    accueil sera possible le mercredi matin uniquement, en présence de deux agents, sans accès à
    l'espace jeunesse, en lien avec son conseiller du SPIP."""),
]

DOCX_BLOCKS["s057_entretien_professionnel_responsable_mediatheque.docx"] = [
    ("title", "Entretien professionnel 2024 — M. Cyril Andrieu, responsable de la médiathèque de Chazeret"),
    para("""Résultats : objectifs de fréquentation atteints. Management : les relations avec
    l'équipe se sont dégradées ; deux agents ont demandé leur mutation en invoquant un management
    autoritaire et des remarques blessantes en public. La DGS a été saisie d'un signalement pour
    souffrance au travail. Appréciation : « compétences techniques indéniables, manière de servir
    à améliorer nettement sur le plan relationnel ». Formation au management imposée en 2025.
    L'agent conteste l'appréciation et annonce un recours devant la commission administrative
    paritaire."""),
]

DOCX_BLOCKS["s058_liste_beneficiaires_lecture_domicile.docx"] = [
    ("title", "Portage de livres à domicile — tournée du jeudi (Saint-Orbe)"),
    ("table", [
        ["Bénéficiaire", "Adresse", "Observations"],
        ["Mme Germaine Rieux", "4 rue Basse", "malvoyante (DMLA), livres audio uniquement"],
        ["M. André Lacan", "12 av. de la Gare", "sort d'hospitalisation (AVC), lecture lente, "
         "fils tuteur"],
        ["Mme Lucie Faure", "La Borie", "chimiothérapie en cours, éviter les visites le lundi"],
        ["M. Paul Mercadier", "7 place du Fort", "dépression, ne répond pas toujours : insister"],
    ]),
]

DOCX_BLOCKS["s059_avenant_contrat_fournisseur_livres_remises.docx"] = [
    ("title", "Avenant n° 2 — marché de fourniture de livres — Librairie du Lizon"),
    para("""Clause confidentielle. La librairie consent au Département, en sus de la remise légale
    de 9 % prévue par la loi sur le prix unique du livre, une prise en charge des frais
    d'équipement (plastification, code-barres) évaluée à 1,35 € par volume, non facturée. Cette
    condition, qui permet à la librairie de conserver le marché face à un grossiste national,
    ne doit pas être communiquée aux autres librairies du département. La librairie précise que
    sa marge nette sur ce marché est inférieure à 2 %."""),
]

DOCX_BLOCKS["s060_note_reclassement_agent_inaptitude.docx"] = [
    ("title", "Note — reclassement de M. Ludovic Fabre"),
    para("""Le comité médical a rendu le 10 octobre 2025 un avis d'inaptitude définitive de
    M. Fabre aux fonctions de magasinier, en raison d'une hernie discale opérée et des séquelles
    d'un sevrage alcoolique compliqué. Une période de préparation au reclassement d'un an est
    proposée, sur un poste administratif à la direction des bâtiments. L'agent a donné son
    accord."""),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_synthese_jurisprudence_communicabilite_formation.docx"] = [
    ("title", "Journée de formation des archivistes communaux — synthèse « communiquer ou non ? »"),
    para("""Support distribué lors de la journée du 14 novembre 2025 organisée par les Archives
    départementales du Haut-Lizon pour les secrétaires de mairie et archivistes intercommunaux.
    Les cas pratiques sont fictifs ou tirés de la jurisprudence publiée."""),
    ("h", "1. Les registres d'état civil en mairie"),
    para("""Les mairies conservent les registres de moins de 100 ans. Un registre de naissances de
    1960 n'est pas librement communicable ; la mairie délivre des copies et extraits aux
    personnes habilitées. Un registre de décès est communicable à tous. Les tables décennales
    sont communicables dans les mêmes conditions que les registres auxquels elles se rapportent.
    Les mentions marginales (divorce, adoption, changement de nom ou de sexe) suivent le régime de
    l'acte qu'elles complètent."""),
    ("h", "2. Les registres de délibérations"),
    para("""Les délibérations du conseil municipal sont communicables à toute personne dès leur
    adoption, y compris lorsqu'elles mentionnent des noms (attribution d'une aide, exclusion d'un
    usager, acquisition d'un terrain). Toutefois, les informations relatives à la vie privée ou à
    la situation sociale d'une personne nommée, lorsqu'elles figurent dans une délibération,
    peuvent être occultées si la délibération est publiée en ligne."""),
    ("h", "3. Les dossiers du CCAS"),
    para("""Les dossiers individuels d'aide sociale relèvent du délai de 50 ans. Ils sont
    communicables à la personne concernée. Les registres de délibérations du conseil
    d'administration du CCAS, qui statuent sur des demandes individuelles, ne sont pas
    communicables dans les parties nominatives avant 50 ans."""),
    ("h", "4. Les listes nominatives de recensement"),
    para("""Communicables 75 ans après le recensement. Les listes de 1946 le sont depuis 2022 ;
    celles de 1954, à partir de 2030."""),
    ("h", "5. Les dossiers de police municipale et les mains courantes"),
    para("""Ils relèvent des délais de 50 ou 75 ans selon leur contenu et ne sont pas communicables
    aux tiers ; la personne concernée peut obtenir les informations la concernant, sauf atteinte
    à la sécurité publique ou à la recherche des infractions."""),
    ("h", "6. Les bibliothèques municipales"),
    para("""L'historique des prêts d'un usager est une donnée personnelle ; il n'est pas
    communicable aux tiers, y compris aux parents d'un usager majeur. Les statistiques de prêt,
    agrégées, sont librement communicables et réutilisables. Les décisions d'exclusion sont des
    décisions individuelles : elles sont communicables à l'intéressé ; les tiers peuvent en
    obtenir communication après occultation de l'identité et des faits reprochés."""),
    ("h", "7. Cas pratiques"),
    ("table", [
        ["Demande", "Réponse attendue"],
        ["Un généalogiste demande le registre des naissances de 1950", "Non communicable aux tiers "
         "avant 2026 ; copie intégrale d'un acte possible pour un descendant"],
        ["Un journaliste demande la délibération sur la subvention à une association d'aide "
         "aux victimes", "Communicable"],
        ["Une usagère demande la liste des livres empruntés par son ex-conjoint", "Refus : données "
         "personnelles d'un tiers"],
        ["Un habitant demande le dossier de permis de construire de son voisin", "Communicable "
         "(sauf éléments de vie privée éventuels)"],
        ["Un chercheur demande les registres des mains courantes de 1970", "Dérogation nécessaire"],
    ]),
    ("h", "8. Retenir"),
    para("""Le principe est la communication ; le refus est l'exception et doit être motivé. En cas
    de doute, les Archives départementales assurent une permanence de conseil juridique le jeudi
    après-midi et peuvent être saisies par courriel. La CADA publie ses avis et conseils, qui
    constituent une ressource précieuse pour trancher les cas difficiles."""),
    ("h", "9. Les archives électroniques"),
    para("""Les mêmes règles s'appliquent aux documents numériques : courriels, bases de données,
    dossiers dématérialisés. Une extraction de base de données peut constituer un document
    administratif communicable si elle peut être obtenue par un traitement automatisé d'usage
    courant. Les fichiers d'usagers (bibliothèques, cantines, CCAS) contiennent des données
    personnelles et ne sont pas communicables aux tiers."""),
    ("h", "10. Bibliographie"),
    para("""Code du patrimoine, livre II ; code des relations entre le public et l'administration,
    livre III ; guide « Communicabilité des archives » publié par le service interministériel des
    Archives de France ; rapports annuels de la CADA ; fiches pratiques de l'Association des
    archivistes français."""),
]

DOCX_BLOCKS["p122_guide_nouveau_lecteur.docx"] = [
    ("title", "Bienvenue en salle de lecture — guide du nouveau lecteur"),
    para("""Munissez-vous d'une pièce d'identité pour votre inscription. Déposez vos affaires au
    vestiaire ; seuls le crayon à papier, l'ordinateur et l'appareil photo sont admis. Consultez
    d'abord les instruments de recherche en ligne ou sur les postes de la salle, puis remplissez
    un bulletin par cote. Les levées ont lieu toutes les heures. Les agents sont là pour vous
    aider : n'hésitez pas à leur demander conseil."""),
]

DOCX_BLOCKS["p123_catalogue_exposition_droits_des_femmes.docx"] = [
    ("title", "« Elles ont changé la loi. Droits des femmes en Haut-Lizon, 1944-2001 » — textes du catalogue"),
    para("""Exposition des Archives départementales, mars-juin 2026. Catalogue sous la direction
    de Claire Astruc."""),
    ("h", "Le droit de vote, 1945"),
    para("""Le 29 avril 1945, les femmes du Haut-Lizon votent pour la première fois aux élections
    municipales. Trois d'entre elles sont élues conseillères municipales, à Montclaret, Chazeret et
    Les Auberts. Les listes d'émargement et les affiches électorales montrent l'engagement des
    partis et des associations féminines."""),
    ("h", "Contraception et avortement"),
    para("""La loi Neuwirth de 1967 autorise la contraception ; le premier centre de planification
    familiale du département ouvre à Montclaret en 1972, à l'initiative du Mouvement français pour
    le planning familial. La loi Veil de 1975 dépénalise l'interruption volontaire de grossesse.
    Les archives de la préfecture et du conseil général montrent les débats sur l'ouverture d'un
    centre d'IVG à l'hôpital de Montclaret en 1976, que plusieurs médecins refusent de pratiquer
    au nom de la clause de conscience. Les statistiques départementales publiées font état de
    412 IVG en 1980 et de 598 en 2000. Avant 1975, la cour d'assises jugeait des avortements
    clandestins : l'exposition présente l'acte d'accusation d'un procès de 1931, dont les
    protagonistes sont décédés depuis longtemps, sans mention de leurs noms."""),
    ("h", "Le travail des femmes"),
    para("""Des ouvrières des usines Brassac aux institutrices des écoles rurales, le travail des
    femmes se transforme. Les grèves de 1968 aux usines Brassac ont été conduites en partie par des
    ouvrières ; les tracts syndicaux conservés dans le fonds de l'Union locale CGT en témoignent."""),
    ("h", "Violences faites aux femmes"),
    para("""La création du premier foyer d'accueil pour femmes victimes de violences conjugales à
    Montclaret, en 1983, par l'association « Solidarité Femmes Lizon », marque une étape. Les
    rapports d'activité de l'association, déposés aux Archives, présentent des données anonymes :
    en 1990, 146 femmes et 211 enfants ont été hébergés. La loi de 2010 sur les violences au sein
    des couples crée l'ordonnance de protection."""),
    ("h", "Divorce et autorité parentale"),
    para("""La réforme du divorce par consentement mutuel (1975), l'autorité parentale conjointe
    (1970, 1987, 1993) et la parité (2000) sont évoquées à travers les textes, la presse locale et
    les statistiques judiciaires : le tribunal de grande instance de Montclaret prononçait
    212 divorces en 1970 et 604 en 2000."""),
    ("h", "Remerciements"),
    para("""Aux associations qui ont déposé leurs archives, aux témoins qui ont accepté d'être
    enregistrés, aux élèves du lycée Jean-Jaurès pour leurs podcasts."""),
]

DOCX_BLOCKS["p124_deliberation_convention_numerisation_presse.docx"] = [
    ("title", "Délibération CP-2025-09-061 — convention de numérisation de la presse ancienne"),
    para("""La commission permanente approuve la convention entre le Département, l'université de
    Montclaret et la société éditrice de L'Écho du Lizon pour la numérisation et la mise en ligne
    des numéros de 1880 à 1944. L'éditeur autorise la diffusion gratuite ; les articles signés
    d'auteurs morts depuis moins de 70 ans seront diffusés après accord de leurs ayants droit.
    Coût : 48 000 € TTC, dont 50 % à la charge de l'université. Vote : unanimité."""),
]

DOCX_BLOCKS["p125_plan_action_prevention_violences_sexistes.docx"] = [
    ("title", "Plan d'action 2025-2027 — prévention des violences sexistes et sexuelles au travail"),
    para("""Le Département s'engage : formation de tous les encadrants d'ici 2026 ; cellule
    d'écoute externe accessible à tous les agents, y compris ceux des médiathèques du réseau ;
    procédure de signalement garantissant la confidentialité ; protection fonctionnelle
    systématique des agents victimes de violences de la part d'usagers ; bilan annuel anonymisé
    présenté à la formation spécialisée. En 2024, 9 signalements ont été reçus, dont 4 concernant
    des usagers."""),
]

DOCX_BLOCKS["p126_bilan_social_direction_culture_2024.docx"] = [
    ("title", "Bilan social 2024 — direction de la culture (Archives, médiathèque départementale, musées)"),
    para("""Document présenté au comité social territorial du 17 juin 2025. Les données sont
    agrégées ; aucun résultat n'est publié pour des effectifs inférieurs à cinq agents."""),
    ("h", "1. Effectifs"),
    ("table", [
        ["Service", "Agents au 31/12", "Femmes", "Hommes", "Âge moyen"],
        ["Archives départementales", "37", "24", "13", "47,2"],
        ["Médiathèque départementale", "21", "16", "5", "45,8"],
        ["Musées départementaux", "28", "17", "11", "44,1"],
        ["Total", "86", "57", "29", "45,9"],
    ]),
    ("h", "2. Absences"),
    para("""Le nombre de jours d'absence pour raisons de santé s'élève à 1 484 jours, soit un taux
    d'absentéisme de 6,8 %. On compte 41 arrêts de maladie ordinaire, 3 congés de longue maladie,
    1 congé de longue durée, 4 accidents de service (dont 2 liés au port de charges dans les
    magasins d'archives et 1 à une agression verbale suivie d'un choc psychologique) et 2 congés
    de maternité. Trois agents ont bénéficié d'un temps partiel thérapeutique."""),
    ("h", "3. Santé et sécurité"),
    para("""Les troubles musculo-squelettiques restent le premier risque identifié pour les
    magasiniers et les agents du bibliobus. Le document unique a été mis à jour ; un plan
    d'équipement en chariots à hauteur variable est en cours. Les risques psychosociaux liés à
    l'accueil de publics en difficulté sont en hausse : 18 fiches du registre santé et sécurité
    mentionnent des tensions avec des usagers (2023 : 11)."""),
    ("h", "4. Handicap et reclassement"),
    para("""Le taux d'emploi de travailleurs handicapés atteint 7,4 % pour la direction. Un
    reclassement a été prononcé et deux aménagements de poste ont été financés avec le FIPHFP."""),
    ("h", "5. Formation"),
    para("""312 jours de formation, soit 3,6 jours par agent. Thèmes principaux : communicabilité
    des archives, accueil des publics en situation difficile, numérique, sécurité incendie."""),
    ("h", "6. Relations sociales"),
    para("""Deux journées de grève ont été suivies en 2024 (taux de participation moyen : 18 %).
    Les organisations syndicales représentées au comité social territorial sont la CGT, FO et
    l'UNSA. Deux procédures disciplinaires ont été engagées dans la direction (un avertissement, un
    blâme)."""),
    ("h", "7. Rémunérations"),
    para("""Le salaire net mensuel moyen s'établit à 2 210 € pour la catégorie C, 2 640 € pour la
    catégorie B et 3 480 € pour la catégorie A. L'écart de rémunération entre femmes et hommes à
    catégorie égale est de 3,1 %, principalement lié aux heures supplémentaires des agents
    techniques."""),
    ("h", "8. Perspectives"),
    para("""Poursuite du plan de prévention des TMS, déploiement de la formation aux violences
    sexistes et sexuelles, étude sur l'organisation du travail du samedi matin aux Archives."""),
]

DOCX_BLOCKS["p127_fiche_procedure_entree_archives_privees.docx"] = [
    ("title", "Procédure interne — entrée d'un fonds d'archives privées"),
    ("table", [
        ["Étape", "Responsable", "Document"],
        ["Premier contact, visite", "chargé des archives privées", "fiche de repérage"],
        ["Proposition d'acte (don, dépôt)", "chargé des archives privées", "modèle d'acte"],
        ["Repérage des pièces sensibles et fixation des restrictions", "chargé + donateur",
         "annexe « conditions de communication »"],
        ["Transport, quarantaine, dépoussiérage", "magasin", "bordereau"],
        ["Classement, inventaire", "chargé", "instrument de recherche"],
    ]),
]

DOCX_BLOCKS["p128_compte_rendu_reunion_reseau_responsables.docx"] = [
    ("title", "Réunion des responsables des médiathèques têtes de réseau — 9 octobre 2025"),
    para("""Présents : Isabelle Terrisse, Marc Aldebert (MD), Nadia Fourcade (Vallon), Cyril
    Andrieu (Chazeret), Paul Vigouroux (Lanvigne), Fatou Diallo (Montclaret-centre). Points :
    gratuité au 1er octobre, bilan positif ; nouveau portail, quelques bugs sur les
    réservations ; rappel de la procédure de signalement des incidents et du guide « Incivilités
    et violences » ; calendrier de la navette. Prochaine réunion le 11 décembre à Chazeret."""),
]

DOCX_BLOCKS["p129_programme_formation_bibliothecaires_2026.docx"] = [
    ("title", "Programme de formation du réseau 2026"),
    ("table", [
        ["Module", "Dates", "Public"],
        ["Accueillir les publics en situation de précarité", "3-4 février", "salariés et bénévoles"],
        ["Facile à lire et publics empêchés", "10 mars", "tous"],
        ["Gérer une situation conflictuelle", "7 avril", "salariés"],
        ["Lecture en milieu hospitalier et psychiatrique", "12 mai", "bénévoles"],
        ["Réseaux sociaux et droit à l'image", "9 juin", "tous"],
    ]),
]

DOCX_BLOCKS["p130_rapport_climatique_magasins.docx"] = [
    ("title", "Suivi climatique des magasins — bilan 2024"),
    para("""Températures moyennes : 17,8 °C à 19,1 °C ; humidité relative : 48 à 57 %. Deux
    dépassements de 60 % d'humidité ont été constatés en juillet dans le magasin 3, corrigés par
    l'installation de déshumidificateurs mobiles. Aucun développement fongique n'a été observé
    en dehors des fonds mis en quarantaine à l'entrée."""),
]

DOCX_BLOCKS["p131_etat_des_fonds_series_w_extrait.docx"] = [
    ("title", "État des fonds — versements contemporains (série W), extrait"),
    ("table", [
        ["Cote", "Service versant", "Contenu", "Communicabilité"],
        ["1234 W", "Aide sociale à l'enfance", "registres et dossiers de pupilles, 1943-1995",
         "75 ans ; personne concernée : immédiate"],
        ["1742 W", "Préfecture", "naturalisations, 1960-1984", "50 ans"],
        ["2145 W", "Tribunal pour enfants", "dossiers, 1945-1995", "100 ans"],
        ["2260 W", "CHS Saint-Orbe", "dossiers de patients, 1921-1990", "25 ans après décès"],
        ["2301 W", "Direction des routes", "dossiers de travaux", "immédiate"],
    ]),
]

DOCX_BLOCKS["p132_dossier_pedagogique_enfants_assistance.docx"] = [
    ("title", "Dossier pédagogique — « Enfants de l'Assistance, 1811-1943 »"),
    para("""Pour les classes de CM2 et de 4e. Les élèves étudient le tour d'abandon de l'hospice de
    Montclaret (fermé en 1860), un billet laissé avec un enfant en 1832, une page de registre
    d'admission de 1875 et le livret d'une pupille placée en nourrice en 1901. Questions : pourquoi
    abandonnait-on des enfants au XIXe siècle ? Que devenaient-ils ? Les documents ont plus de
    100 ans et sont librement communicables."""),
]

DOCX_BLOCKS["p133_convention_type_pret_exposition.docx"] = [
    ("title", "Convention type de prêt de documents pour une exposition"),
    para("""Entre le Département du Haut-Lizon (Archives départementales), prêteur, et
    [emprunteur]. Documents prêtés : [liste en annexe, avec valeur d'assurance]. Conditions :
    vitrine fermée, éclairage inférieur à 50 lux, humidité 45-55 %, assurance clou à clou,
    convoiement par un agent du prêteur, mention « Archives départementales du Haut-Lizon ».
    Durée : [dates]."""),
]

DOCX_BLOCKS["p134_resultats_enquete_satisfaction_lecteurs.docx"] = [
    ("title", "Enquête de satisfaction des lecteurs 2025 — résultats"),
    ("table", [
        ["Question", "Satisfaits ou très satisfaits"],
        ["Accueil par le personnel", "94 %"],
        ["Délai de communication des documents", "78 %"],
        ["Confort de la salle", "81 %"],
        ["Site internet et archives en ligne", "72 %"],
        ["Horaires", "64 %"],
    ]),
    para("412 réponses. Demande principale : élargir les horaires du samedi."),
]

DOCX_BLOCKS["p135_note_presentation_budget_archives_2026.docx"] = [
    ("title", "Note de présentation du budget 2026 — Archives départementales"),
    para("""Fonctionnement : 1 172 000 €, dont 298 000 € de numérisation (registres matricules, presse
    ancienne). Investissement : 640 000 €, dont l'étude de programmation d'un bâtiment annexe
    (180 000 €) et le renouvellement des rayonnages du magasin 2. Recettes attendues :
    44 000 €."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_fil_discussion_incident_salle.html"] = (
    "Intranet AD — forum de l'équipe — « Samedi agité »",
    """<h1>Forum de l'équipe de la salle de lecture</h1>
<h2>Sujet : samedi agité (ouvert par Kévin Delmas, 15/11/2025)</h2>
<div class="post"><p><b>Kévin Delmas</b> — 15/11 12:40</p>
<p>Petit compte rendu du samedi pour ceux qui n'étaient pas là. Fréquentation normale (21
lecteurs), atelier paléo complet, la borne de paiement a encore planté à 10 h. Rien à signaler
côté magasins, les levées se sont bien passées. J'ai rangé les lutrins neufs dans le placard du
fond.</p>
<p>Par contre, vers 11 h, M. Thierry Bosc (le monsieur des moulins, table 11) est revenu. Je
rappelle qu'une étudiante avait écrit en juin pour se plaindre qu'il l'avait suivie et
touchée. Sandrine m'avait dit qu'il avait été convoqué à la gendarmerie et qu'il y avait une
enquête en cours pour agression sexuelle. Il n'est pas exclu officiellement, donc je l'ai laissé
s'installer, mais je l'ai mis à la table 2 juste devant la banque. Il a demandé pourquoi, j'ai
dit que c'était pour la lumière. Il est resté jusqu'à midi sans problème.</p></div>
<div class="post"><p><b>Amina Benhaddou</b> — 15/11 13:05</p>
<p>Merci Kévin. Pour info l'étudiante, Léa, est revenue mardi et m'a dit qu'elle avait
finalement porté plainte fin septembre et que son avocate lui a dit qu'une confrontation
était prévue. Elle m'a demandé de la prévenir s'il venait le mardi. Je lui ai dit que je ne
pouvais pas faire ça mais qu'on ferait attention. Elle a l'air encore très secouée, elle est
suivie par le psy de la fac.</p></div>
<div class="post"><p><b>Sandrine Mouliérac</b> — 15/11 17:22</p>
<p>Merci à tous les deux. Quelques rappels :</p>
<ul>
<li>la directrice attend la réponse du parquet pour décider d'une éventuelle exclusion ; en
attendant, M. Bosc est placé systématiquement aux tables 1 à 3, et ne doit jamais être
installé à côté d'une lectrice seule ;</li>
<li>on ne prévient pas les lecteurs de la présence d'un autre lecteur, Amina a bien répondu ;</li>
<li>on ne parle pas de cette affaire sur le forum à l'avenir : il est lisible par toute la
direction de la culture. J'archive ce fil lundi. Les informations passent par moi ou par la
directrice, de vive voix.</li>
</ul>
<p>Pour la borne, j'ai relancé le prestataire.</p></div>
<div class="post"><p><b>Bastien Courtial</b> — 16/11 09:10</p>
<p>Noté. Pour l'atelier paléo de décembre, j'aurai besoin de la salle pédagogique à partir de
9 h. Et si quelqu'un a vu ma loupe éclairante, elle a disparu depuis l'atelier.</p></div>
<div class="post"><p><b>Kévin Delmas</b> — 16/11 10:02</p>
<p>Loupe retrouvée dans le tiroir de la banque. Désolé pour le sujet, je pensais bien faire
en prévenant tout le monde.</p></div>
<h2>Autres sujets du forum</h2>
<ul>
<li>Planning des samedis de décembre (Sandrine)</li>
<li>Commande de fournitures : gants nitrile, crayons, serpents de lestage (Amina)</li>
<li>Nouveau modèle de bulletin de communication : retours ? (Bastien)</li>
<li>Pot de départ de Claude le 28/11 (Thierry)</li>
<li>Réorganisation du vestiaire : casiers 30 à 42 hors service (Kévin)</li>
</ul>
<p>Rappel de la charte du forum : ce forum est destiné aux échanges pratiques. Les informations
nominatives concernant les lecteurs ne doivent pas y figurer. Le forum est modéré par la
responsable de la salle de lecture et archivé tous les trois mois.</p>
<div class="post"><p><b>Thierry Vassal</b> — 16/11 11:30</p>
<p>Pour les casiers du vestiaire hors service, le serrurier passe le 20. En attendant, les
lecteurs du samedi peuvent laisser leurs sacs derrière la banque, avec un ticket numéroté.
Pensez à mettre à jour le panneau d'affichage à l'entrée, l'ancien règlement y est encore.</p></div>
<div class="post"><p><b>Amina Benhaddou</b> — 16/11 14:02</p>
<p>Pour l'atelier paléo de décembre, il reste deux places. J'ai préparé les fac-similés des
registres de Saint-Orbe (1692) et de Puymorel (1735) ; il faudra les plastifier. Quelqu'un sait
si la plastifieuse du 1er étage fonctionne de nouveau ? Sinon je passerai par la reprographie
du Département, mais il faut compter trois jours.</p></div>
<div class="post"><p><b>Sandrine Mouliérac</b> — 16/11 15:40</p>
<p>La plastifieuse a été réparée la semaine dernière. Pour la réunion d'équipe de jeudi, ordre
du jour : bilan des samedis, nouveau bulletin de communication, préparation de la fermeture
annuelle, formation « accueil des publics en situation difficile » (dates à choisir). Merci
de m'envoyer vos disponibilités pour les samedis de janvier avant la fin du mois, le planning
sera affiché dans la salle de pause.</p></div>
<p>Dernière connexion : 16/11/2025 15:40 — 5 messages — 48 lectures.</p>""",
)

HTML_PAGES["s062_courriel_html_demande_dossier_adoption_soeur.html"] = (
    "Webmail — Demande de dossier",
    """<p><b>De :</b> Maryse Lhermet &lt;maryse.lhermet@free.fr&gt;<br><b>À :</b>
archives@hautlizon.fr<br><b>Objet :</b> ma petite sœur adoptée</p>
<p>Bonjour, en 1969 ma mère a accouché d'une petite fille qu'elle a abandonnée à la naissance,
j'avais 8 ans, on ne m'a jamais rien dit, je l'ai appris en triant ses papiers après son décès
l'an dernier (elle avait gardé le bracelet de la maternité). Mon père n'était pas le père.
Je voudrais retrouver cette sœur. Pouvez-vous me dire sous quel nom elle a été adoptée ?</p>
<p>Maryse Lhermet, Vallon</p>""",
)

HTML_PAGES["s063_intranet_procedure_alarme_codes.html"] = (
    "Intranet — Procédure de mise en service de l'alarme (annexe des Prés)",
    """<h1>Annexe des Prés — fermeture du soir</h1>
<ol><li>Vérifier qu'aucun agent ne reste dans les travées.</li>
<li>Composer <b>9907</b> sur la centrale (couloir, derrière la porte coupe-feu).</li>
<li>En cas de menace : composer <b>9908</b> (code sous contrainte, alerte silencieuse).</li>
<li>Fermer le portail : le pêne ne s'engage pas seul, pousser le vantail gauche.</li></ol>
<p>La caméra de la porte nord ne couvre pas le quai : rester vigilant au chargement.</p>""",
)

HTML_PAGES["s064_portail_compte_lecteur_note_interne.html"] = (
    "SIGB — Fiche lecteur 30061 552",
    """<h1>Fiche lecteur</h1>
<table><tr><th>Nom</th><td>Moktar Hamadi</td></tr>
<tr><th>Adresse</th><td>Domiciliation CCAS de Montclaret</td></tr>
<tr><th>Tarif</th><td>Exonération sociale</td></tr>
<tr><th>Note interne</th><td>Usager sans domicile depuis l'expulsion de mars 2025 ; suivi par
la maraude du CCAS ; hébergé au CHRS Les Hirondelles depuis le 12/06. Ne pas bloquer la carte
pour retards.</td></tr></table>""",
)

HTML_PAGES["s065_ticket_support_compte_adresse_confidentielle.html"] = (
    "Support du portail des médiathèques — ticket n° 2025-1187",
    """<h1>Ticket n° 2025-1187 — « Modifier mon adresse et masquer mon compte »</h1>
<table>
<tr><th>Ouvert le</th><td>04/03/2025 21:14</td></tr>
<tr><th>Demandeur</th><td>Aurore Castagné — carte 30058 410</td></tr>
<tr><th>Catégorie</th><td>Compte lecteur / données personnelles</td></tr>
<tr><th>Priorité</th><td>Haute</td></tr>
<tr><th>Assigné à</th><td>Marc Aldebert (MD), puis Laure Delpeuch (DSI)</td></tr>
</table>
<h2>Message initial</h2>
<p>Bonjour, je suis inscrite à la médiathèque de Chazeret avec mes deux enfants. J'ai quitté
le domicile conjugal il y a dix jours avec eux après des violences de mon mari. Nous sommes
hébergés dans un appartement d'urgence géré par une association dont je ne peux pas donner
l'adresse. Mon mari connaît mon identifiant et mon mot de passe du portail, c'est lui qui avait
créé le compte. Je viens de voir qu'il s'est connecté hier soir et qu'il a regardé les
réservations : j'avais réservé un livre à la médiathèque de Lanvigne, près d'où nous sommes.
J'ai peur qu'il puisse nous retrouver comme ça. Il a une interdiction de contact depuis
l'ordonnance de protection du 28 février, mais il ne la respecte pas, il m'a déjà attendue
devant l'école. Pouvez-vous bloquer ses accès et faire en sorte qu'on ne voie plus dans quelle
médiathèque je vais ? Merci beaucoup.</p>
<h2>Réponses</h2>
<p><b>Marc Aldebert — 05/03 08:32</b> : Madame, nous traitons votre demande en priorité. Nous
avons modifié votre mot de passe (nouveau mot de passe envoyé par SMS au numéro que vous nous
avez indiqué par téléphone ce matin), annulé la réservation de Lanvigne et désactivé
l'historique. Votre compte est désormais distinct de celui de votre mari. Nous vous conseillons
de signaler la connexion d'hier à l'avocate ou aux gendarmes qui suivent votre dossier.</p>
<p><b>Marc Aldebert — 05/03 08:40 (note interne)</b> : Laure, peux-tu vérifier les journaux de
connexion du compte 30058 410 depuis le 20 février (IP, heures) et les conserver ? La gendarmerie
de Chazeret pourrait les demander. Je passe l'adresse en « confidentielle ». Les agents de
Chazeret et de Lanvigne sont prévenus oralement : si M. Castagné se présente et demande des
informations sur sa femme ou ses enfants, ne rien dire et me prévenir.</p>
<p><b>Laure Delpeuch — 05/03 11:15 (note interne)</b> : Trois connexions depuis une IP fixe
domestique (Chazeret) les 26/02, 01/03 et 03/03 au soir, avec consultation des réservations et
de l'historique des prêts. Journaux exportés et archivés dans le répertoire sécurisé. J'ai
ajouté un contrôle : toute modification de mot de passe déclenche désormais un SMS au titulaire.
Les enfants (cartes rattachées 30058 411 et 412) sont basculés sur le compte de la mère.</p>
<p><b>Aurore Castagné — 05/03 19:02</b> : Merci infiniment. Les gendarmes m'ont dit qu'ils
vont vous appeler. Mes enfants pourront continuer à emprunter ?</p>
<p><b>Marc Aldebert — 06/03 09:00</b> : Oui, sans aucun problème, dans toutes les médiathèques
du réseau. Bon courage à vous.</p>
<p><b>Marc Aldebert — 12/03 14:20 (note interne)</b> : Réquisition judiciaire reçue de la
brigade de Chazeret (procédure pour violation de l'ordonnance de protection) : journaux
transmis par la DSI le 12/03. Ticket clos.</p>
<h2>Historique</h2>
<h2>Actions de suivi</h2>
<p><b>Marc Aldebert — 13/03 09:30 (note interne)</b> : Suite à ce ticket, proposition à la DSI
d'une évolution du portail : possibilité pour tout titulaire de carte de masquer la
bibliothèque de retrait des réservations et de recevoir une alerte à chaque connexion depuis
un nouvel appareil. Fiche d'évolution n° 41 créée. Rappel à faire aux équipes : ne jamais
indiquer par téléphone à un tiers dans quelle médiathèque un usager a réservé ou emprunté des
documents, même s'il se présente comme un membre de la famille.</p>
<p><b>Laure Delpeuch — 14/03 16:05 (note interne)</b> : Évolution validée, livraison prévue
avec la version de mai. Les journaux de connexion seront conservés six mois au lieu de trois
pour l'ensemble des comptes. J'ai aussi vérifié qu'aucune autre carte du réseau n'était
rattachée à l'adresse de l'ancien domicile conjugal : c'est le cas d'une carte adulte au nom de
M. Castagné, que nous laissons active, sans lien désormais avec les cartes des enfants.</p>
<ul><li>04/03 21:14 — création</li><li>05/03 08:32 — en cours</li><li>05/03 11:15 — escalade
DSI</li><li>12/03 14:20 — clos</li></ul>""",
)

HTML_PAGES["s066_webmail_plainte_lectrice_agent.html"] = (
    "Webmail — Réclamation",
    """<p><b>Objet :</b> comportement d'un agent de la médiathèque de Vallon</p>
<p>Madame la responsable, mardi, l'agent à l'accueil (Jérôme, je crois) m'a demandé mon numéro
« pour me conseiller des livres », puis m'a écrit le soir même sur Instagram des messages
insistants et un commentaire sur ma tenue. J'ai 17 ans. Ma mère veut porter plainte. Je joins
les captures. Clémence Gaubert</p>""",
)

HTML_PAGES["s067_lettre_interne_diffusion_restreinte_demenagement.html"] = (
    "Lettre interne — DIFFUSION RESTREINTE",
    """<h1>Déménagement des documents précieux vers la salle forte rénovée</h1>
<p><b>Diffusion restreinte — agents désignés uniquement.</b></p>
<p>Le transfert du cartulaire de Saint-Orbe et des chartes (valeur d'assurance : 2,4 M€) aura
lieu le mardi 18 novembre entre 6 h et 8 h, en fourgon banalisé, avec escorte de la police
municipale. Ne pas mentionner la date sur les agendas partagés ni aux prestataires.</p>""",
)

HTML_PAGES["s068_formulaire_en_ligne_derogation_rempli.html"] = (
    "Formulaire de demande de dérogation — demande n° 2025-0412",
    """<h1>Demande de dérogation — reçue le 02/10/2025</h1>
<table><tr><th>Demandeur</th><td>Hugo Sabatier, Montclaret</td></tr>
<tr><th>Documents</th><td>procédure du tribunal correctionnel, 2008 (ma condamnation pour
violences en état d'ivresse, 8 mois avec sursis)</td></tr>
<tr><th>Motif</th><td>je prépare une requête en relèvement d'interdiction pour passer le
concours d'adjoint du patrimoine ; mon avocat a besoin des pièces (expertise psychologique,
rapport d'enquête sociale)</td></tr></table>""",
)

HTML_PAGES["s069_extranet_fournisseur_tarifs_negocies.html"] = (
    "Extranet fournisseurs — conditions particulières (accès réservé)",
    """<h1>Fournitures de conservation — conditions négociées Département du Haut-Lizon</h1>
<p>Conditions confidentielles, non opposables aux autres clients.</p>
<table><tr><th>Article</th><th>Prix catalogue</th><th>Prix négocié</th></tr>
<tr><td>Boîte neutre 10 cm</td><td>4,20 €</td><td>2,61 €</td></tr>
<tr><td>Chemise en papier permanent</td><td>0,38 €</td><td>0,19 €</td></tr></table>
<p>Marge fournisseur sur ces références ramenée à 6 % (note commerciale interne).</p>""",
)

HTML_PAGES["s070_intranet_article_presse_reproduit.html"] = (
    "Intranet culture — « Ils en parlent »",
    """<h1>Ils en parlent : La Gazette du Causse, 12 septembre 2025</h1>
<p><i>Article reproduit intégralement avec les photographies, © La Gazette du Causse.</i></p>
<h2>« Les archives, ce coffre aux trésors qu'on ne regarde plus »</h2>
<p>Par Antoine Lherm. — À Montclaret, derrière une façade de brique rue des Tanneurs, trente
kilomètres de rayonnages gardent la mémoire du département. Chaque matin, les magasiniers
poussent des chariots de registres vers la salle de lecture, où une vingtaine de chercheurs
attendent... [texte intégral de l'article, 6 200 signes, et 4 photographies de Julie Mas]</p>""",
)

HTML_PAGES["s071_messagerie_instantanee_lecteur_crise.html"] = (
    "Messagerie interne — canal #salle-lecture",
    """<p><b>10:12 Amina :</b> Mme Vidal (table 8) parle toute seule depuis une heure et dit que
les archives « la surveillent par les micros ».</p>
<p><b>10:14 Sandrine :</b> Sa fille m'avait dit qu'elle était schizophrène et qu'elle avait
arrêté son traitement. J'appelle la fille.</p>
<p><b>10:30 Amina :</b> La fille arrive, elle dit que le CMP est prévenu.</p>""",
)

HTML_PAGES["s072_formulaire_information_preoccupante_rempli.html"] = (
    "Fiche de transmission d'information préoccupante — CRIP du Haut-Lizon",
    """<h1>Information préoccupante</h1>
<table><tr><th>Émetteur</th><td>Médiathèque de Lanvigne — Paul Vigouroux</td></tr>
<tr><th>Enfant</th><td>Noah Teissier, 7 ans, école Jules-Ferry</td></tr>
<tr><th>Faits</th><td>vient seul toute la journée du mercredi sans repas ; dit ne pas avoir le
droit de rentrer « avant que le monsieur soit parti » ; peur manifeste</td></tr>
<tr><th>Suite CRIP</th><td>évaluation confiée à la MDS de Lanvigne le 03/03/2025</td></tr></table>""",
)

HTML_PAGES["s073_reponse_en_ligne_dossier_naturalisation.html"] = (
    "Espace usager — réponse à votre demande n° 2025-0377",
    """<h1>Votre demande : dossier de naturalisation</h1>
<p>Monsieur Chhim, votre dossier (1742 W 212) a été retrouvé. Il contient votre demande de
naturalisation de 1985, l'attestation de l'OFPRA de 1980 vous reconnaissant la qualité de
réfugié, l'enquête de police sur votre assimilation et vos ressources, ainsi qu'un certificat
médical de 1980 mentionnant une tuberculose soignée au centre de transit. Ces documents vous
concernent et vous sont communicables. Rendez-vous proposé le 14/11 à 10 h.</p>""",
)

HTML_PAGES["s074_compte_rendu_comite_social_cas_individuel.html"] = (
    "Comité social territorial — extrait non publiable (cas individuels)",
    """<h1>CST du 17 juin 2025 — points individuels (huis clos)</h1>
<p>Temps partiel refusé à Mme Nadia Fourcade : la représentante CGT, Mme Benhaddou, indique que
l'agente élève seule un enfant handicapé et que le refus est lié à son engagement syndical
récent. L'administration conteste et propose un réexamen en septembre.</p>""",
)

HTML_PAGES["s075_espace_agent_demande_conge_longue_maladie.html"] = (
    "Espace agent — demande de congé",
    """<h1>Demande de congé de longue maladie</h1>
<table><tr><th>Agent</th><td>Bastien Courtial, attaché de conservation</td></tr>
<tr><th>Motif</th><td>traitement d'un lymphome (chimiothérapie de 6 mois)</td></tr>
<tr><th>Période</th><td>à compter du 05/01/2026</td></tr>
<tr><th>Pièces</th><td>certificat du Dr Reynal, courrier du service d'hématologie</td></tr></table>""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_web_consulter_etat_civil.html"] = (
    "Consulter l'état civil — Archives départementales du Haut-Lizon",
    """<h1>Consulter l'état civil</h1>
<p>Les registres paroissiaux (avant 1792) et d'état civil de plus de 100 ans sont en ligne,
gratuitement. Les registres de naissances et de mariages de moins de 75 ans sont conservés en
mairie et ne sont pas communicables à tous : seules les personnes habilitées (intéressé,
ascendants, descendants, conjoint) peuvent en obtenir une copie intégrale. Les actes de décès
sont communicables sans délai.</p>
<p>Astuce : consultez d'abord les tables décennales pour trouver la date exacte d'un acte.</p>""",
)

HTML_PAGES["p137_page_web_demande_derogation_procedure.html"] = (
    "Demander une dérogation — Archives départementales du Haut-Lizon",
    """<h1>Demander une dérogation aux délais de communicabilité</h1>
<p>Certains documents ne sont pas encore librement communicables : dossiers médicaux, procédures
judiciaires, dossiers de l'aide sociale à l'enfance, actes d'état civil de moins de 75 ans,
dossiers de naturalisation récents, fichiers de police. Vous pouvez néanmoins demander à les
consulter de manière anticipée : c'est la dérogation, prévue par l'article L. 213-3 du code du
patrimoine.</p>
<h2>Avant de demander une dérogation</h2>
<ul>
<li><b>Vous êtes la personne concernée ?</b> Vous n'avez pas besoin de dérogation pour
consulter les documents qui vous concernent (votre dossier de pupille, de placement, votre
dossier de carrière, votre propre procédure). Faites une demande simple.</li>
<li><b>Vous êtes ayant droit d'une personne décédée ?</b> Pour un dossier médical, vous pouvez
avoir accès aux informations nécessaires pour connaître les causes du décès, défendre la mémoire
du défunt ou faire valoir vos droits.</li>
<li><b>Le délai est peut-être déjà échu :</b> un dossier médical est communicable 25 ans après
le décès ; une procédure judiciaire, 75 ans après le dernier acte.</li>
</ul>
<h2>Qui peut demander une dérogation ?</h2>
<p>Toute personne : particulier recherchant l'histoire de sa famille, chercheur, étudiant,
journaliste, généalogiste professionnel mandaté, notaire. La demande est examinée au cas par
cas.</p>
<h2>Comment la demande est-elle examinée ?</h2>
<ol>
<li>Vous remplissez le formulaire en ligne ou papier, en précisant les documents demandés et
l'objet de votre recherche.</li>
<li>Les Archives départementales examinent votre demande en commission interne.</li>
<li>L'administration qui a produit les documents (tribunal, hôpital, service de l'aide sociale à
l'enfance, préfecture) donne son avis.</li>
<li>Le service interministériel des Archives de France rend la décision finale pour les archives
de l'État ; le Département décide pour ses propres archives.</li>
</ol>
<p>Le délai moyen est de deux mois. La dérogation peut être totale, partielle (certaines pièces
seulement, ou avec occultation de noms) ou refusée. Elle peut être assortie de conditions :
engagement de ne pas divulguer les informations nominatives, interdiction de photographier,
consultation accompagnée.</p>
<h2>Quels critères ?</h2>
<p>L'administration met en balance l'intérêt de votre recherche et la protection des intérêts
que la loi veut préserver : vie privée des personnes mentionnées, secret médical, sécurité des
personnes, bon déroulement des procédures. L'ancienneté des documents, le décès des personnes
concernées, votre lien avec elles et les garanties que vous apportez sont pris en compte.</p>
<h2>En chiffres</h2>
<p>En 2024, 96 demandes ont été instruites : 61 avis favorables, 19 favorables partiels,
16 défavorables. Les demandes les plus nombreuses portent sur les archives judiciaires
(31) et l'état civil récent (19).</p>
<h2>En cas de refus</h2>
<p>Vous pouvez saisir la Commission d'accès aux documents administratifs dans un délai de deux
mois, puis, le cas échéant, le tribunal administratif.</p>
<h2>Questions fréquentes</h2>
<p><b>Je cherche le dossier d'internement de mon grand-père, décédé en 1990.</b> Le délai de 25
ans après le décès est échu : le dossier est communicable sans dérogation.</p>
<p><b>Je veux consulter la procédure judiciaire concernant l'assassinat de mon arrière-grand-mère
en 1962.</b> La procédure sera communicable en 2037 ; une dérogation est possible.</p>
<p><b>Je prépare une thèse sur les enfants placés dans les années 1970.</b> Une dérogation est
possible, avec un engagement de réserve et l'avis de votre directeur de recherche.</p>
<p><b>Je suis notaire et je dois établir une dévolution successorale.</b> Les actes d'état civil
nécessaires peuvent vous être délivrés par les mairies ; pour les registres versés aux Archives,
une dérogation limitée aux actes utiles est en général accordée rapidement sur présentation de
votre mandat.</p>
<p><b>Puis-je photographier les documents obtenus par dérogation ?</b> Seulement si la décision
le prévoit expressément. À défaut, la consultation se fait sans reproduction.</p>
<p><b>La dérogation vaut-elle pour toujours ?</b> Elle vaut pour les documents et l'usage
mentionnés dans la décision ; une nouvelle demande est nécessaire pour d'autres documents.</p>
<p><a href="/formulaires/derogation">Accéder au formulaire</a></p>""",
)

HTML_PAGES["p138_page_web_actualite_exposition_epidemies.html"] = (
    "Actualité — Exposition « Fièvres, pestes et quarantaines »",
    """<h1>Exposition : deux siècles d'épidémies en Haut-Lizon</h1>
<p>Du 12 septembre 2025 au 28 février 2026, découvrez comment le département a affronté le
choléra de 1854, la grippe de 1918, la tuberculose, la poliomyélite, le sida et la Covid-19.
Table ronde le 1er décembre avec l'association Entraide Lizon Sida. Entrée libre.</p>""",
)

HTML_PAGES["p139_page_web_reglement_pret_penalites.html"] = (
    "Règlement du prêt — réseau des médiathèques",
    """<h1>Emprunter dans le réseau</h1>
<p>Inscription gratuite. Jusqu'à 20 documents pour 4 semaines, prolongeables une fois. Pas de
pénalités de retard. Après trois relances, un document non rendu est facturé à sa valeur de
remplacement ; le recouvrement est confié au Trésor public au-delà de 30 €. Une remise peut être
accordée pour motif social sur demande.</p>""",
)

HTML_PAGES["p140_page_web_faq_adoption_origines.html"] = (
    "FAQ — Adoption et accès aux origines",
    """<h1>Personnes adoptées ou nées sous le secret</h1>
<p><b>Puis-je connaître le nom de ma mère de naissance ?</b> Si elle a demandé le secret, seul le
CNAOP peut la rechercher et lui demander si elle accepte de lever le secret.</p>
<p><b>Mon dossier de pupille est-il aux Archives ?</b> Les dossiers clos depuis plus de dix ans
y sont en général versés. Vous pouvez les consulter sur rendez-vous, accompagné si vous le
souhaitez.</p>
<p><b>Mes frères et sœurs biologiques ?</b> Les informations les concernant sont protégées ;
la cellule d'accès aux origines peut vous orienter.</p>""",
)

HTML_PAGES["p141_page_web_don_archives_privees.html"] = (
    "Donner ou déposer vos archives",
    """<h1>Confiez-nous vos archives familiales</h1>
<p>Lettres, journaux intimes, photographies, papiers d'associations ou d'entreprises : vos
documents enrichissent la mémoire collective. Vous fixez vous-même les conditions d'accès,
par exemple un délai avant toute consultation pour les correspondances intimes. Contact :
archives.privees@hautlizon.fr.</p>""",
)

HTML_PAGES["p142_page_web_offre_emploi_bibliothecaire.html"] = (
    "Offre d'emploi — Bibliothécaire référent(e) lecture publique",
    """<h1>Le Département recrute un(e) bibliothécaire (catégorie A)</h1>
<p>Missions : accompagner les bibliothèques du territoire Lizon-Nord, piloter les actions en
direction des publics empêchés (EHPAD, hôpital, maison d'arrêt), coordonner la prévention des
incivilités dans le réseau. Permis B indispensable. Candidatures avant le 15 janvier 2026.</p>""",
)

HTML_PAGES["p143_page_web_agenda_culturel.html"] = (
    "Agenda — novembre 2025",
    """<h1>Agenda des Archives et des médiathèques</h1>
<ul><li>5/11 : heure du conte, Chazeret</li><li>13/11 : conférence « Les enfants cachés »,
Archives</li><li>15/11 : collecte de sang de l'EFS dans le hall des Archives</li>
<li>22/11 : atelier « Premiers secours en santé mentale », Montclaret</li>
<li>29/11 : projection « Bercenay, un camp oublié »</li></ul>""",
)

HTML_PAGES["p144_page_web_licence_reutilisation_images.html"] = (
    "Réutiliser nos images",
    """<h1>Réutilisation des images</h1>
<p>Licence ouverte Etalab 2.0 pour les documents d'archives publiques numérisés. Mention
obligatoire de la source. Les photographies sous droits (fonds Fabrègue) et les cartes
postales récentes ne sont pas couvertes : demandez l'autorisation des ayants droit.</p>""",
)

HTML_PAGES["p145_page_web_fonds_justice_numerises.html"] = (
    "Archives en ligne — Fonds judiciaires du XIXe siècle",
    """<h1>Les fonds judiciaires du XIXe siècle désormais en ligne</h1>
<p>Depuis le 15 octobre 2025, les dossiers de procédure de la cour d'assises du Haut-Lizon de
1811 à 1914 sont consultables en ligne, soit 118 articles et près de 96 000 vues. Ces dossiers,
librement communicables depuis des décennies, intéressent les historiens de la criminalité, les
généalogistes et tous les curieux d'histoire sociale.</p>
<h2>Ce que vous y trouverez</h2>
<p>Chaque dossier comprend en général l'acte d'accusation, les procès-verbaux de gendarmerie,
les interrogatoires de l'accusé, les dépositions des témoins, les rapports des médecins
(autopsies, examens des victimes), parfois des pièces à conviction sous forme de lettres ou de
plans, et l'arrêt de la cour. On y découvre la vie des campagnes du XIXe siècle : conflits de
voisinage autour d'un bornage, rixes de foire, vols de bestiaux, incendies de granges par
vengeance, mais aussi la misère des servantes accusées d'infanticide, la violence conjugale et
la condition des enfants placés chez des fermiers.</p>
<h2>Répartition des affaires (1811-1914)</h2>
<table>
<tr><th>Catégorie</th><th>Nombre d'affaires</th></tr>
<tr><td>Vols qualifiés</td><td>348</td></tr>
<tr><td>Meurtres et assassinats</td><td>187</td></tr>
<tr><td>Infanticides</td><td>83</td></tr>
<tr><td>Attentats à la pudeur et viols</td><td>131</td></tr>
<tr><td>Incendies volontaires</td><td>74</td></tr>
<tr><td>Faux et fausse monnaie</td><td>46</td></tr>
<tr><td>Avortements</td><td>8</td></tr>
<tr><td>Autres</td><td>62</td></tr>
</table>
<h2>Un choix éditorial</h2>
<p>Le comité scientifique de la numérisation a souhaité que les noms des accusés et des victimes
ne soient pas indexés par les moteurs de recherche externes : les dossiers sont accessibles par
date, commune et nature du crime, et l'index nominatif n'est consultable que sur le site des
Archives. Les descendants qui découvriraient un ancêtre dans ces dossiers peuvent nous contacter
pour être accompagnés dans la lecture de documents parfois très durs.</p>
<p>Les dossiers de la cour d'assises postérieurs à 1914 restent consultables en salle de lecture,
sous réserve des délais applicables (75 ans, ou 100 ans lorsqu'un mineur est en cause). Les
dossiers d'aliénés de l'asile de Saint-Orbe ne seront pas mis en ligne, par respect pour les
personnes, mais restent consultables en salle de lecture dans les conditions prévues par la
loi.</p>
<h2>Pour aller plus loin</h2>
<ul>
<li>Fiche de recherche « Retrouver un ancêtre condamné aux travaux forcés ».</li>
<li>Revue <i>Archives en Haut-Lizon</i> n° 8, « Crimes et châtiments ».</li>
<li>Atelier « Lire un dossier de cour d'assises » le 6 décembre 2025 (inscription en ligne).</li>
<li>Exposition virtuelle « La justice au village » : 40 affaires commentées par les élèves du
lycée Jean-Jaurès, dans le cadre d'un projet d'éducation aux médias et à la citoyenneté.</li>
</ul>
<h2>Conditions de réutilisation</h2>
<p>Les images sont diffusées sous licence ouverte Etalab 2.0. Nous invitons les réutilisateurs,
notamment les sites de généalogie, à ne pas publier de commentaires stigmatisants sur les
personnes citées et à respecter la sensibilité des familles.</p>
<h2>Quelques chiffres sur les condamnations</h2>
<p>Sur la période 1811-1914, la cour a prononcé 171 condamnations à mort, dont 64 ont été
exécutées, 612 condamnations aux travaux forcés et plus de 900 peines de réclusion ou
d'emprisonnement ; environ un accusé sur cinq a été acquitté. Les femmes représentent 14 % des
accusés, mais plus de 90 % des personnes poursuivies pour infanticide. Ces données, issues du
dépouillement des registres des arrêts, sont publiées sous forme de tableur sur le portail de
données ouvertes du Département.</p>
<p>Les registres d'écrou de la maison centrale de Saint-Maur et de la maison d'arrêt de
Montclaret pour le XIXe siècle, qui permettent de suivre les condamnés après le procès, seront
mis en ligne en 2026. Les dossiers de grâce, conservés aux Archives nationales, complètent
utilement ces sources pour les condamnés à mort. Une journée d'étude consacrée à la justice
criminelle au XIXe siècle est prévue au printemps 2026 avec l'université de Montclaret ; l'appel à
communications sera publié sur ce site.</p>
<p>Cette mise en ligne a été financée avec le soutien du ministère de la Culture dans le cadre
du plan national de numérisation. Les images ont été produites par l'atelier de numérisation
des Archives départementales entre 2023 et 2025.</p>""",
)

HTML_PAGES["p146_page_web_communique_vol_documents.html"] = (
    "Communiqué — Vol de documents aux Archives départementales",
    """<h1>Vol de documents anciens : le Département porte plainte</h1>
<p>Les Archives départementales ont constaté la disparition de plusieurs pièces de la période
révolutionnaire, dont certaines ont été repérées sur un site de vente en ligne. Le Département a
déposé plainte. Les documents d'archives publiques sont inaliénables : toute personne qui en
détiendrait est invitée à contacter les Archives. Les règles de la salle de lecture ont été
renforcées.</p>""",
)

HTML_PAGES["p147_page_web_resultats_concours_photo.html"] = (
    "Résultats du concours photo « Mon village, hier et aujourd'hui »",
    """<h1>Palmarès 2025</h1>
<ol><li>Julien Carrière (Bercenay) — « Le lavoir, 1910-2025 »</li>
<li>Élodie Vayssière (Puymorel) — « Fête votive »</li>
<li>Samir Belkacem (Montclaret) — « La rue des Tanneurs »</li></ol>
<p>Prix des jeunes : classe de CM2 de l'école des Auberts. Les photos sont exposées jusqu'au
31 janvier.</p>""",
)

HTML_PAGES["p148_page_web_accessibilite_handicap.html"] = (
    "Accessibilité — Archives départementales",
    """<h1>Venir aux Archives en situation de handicap</h1>
<p>Le bâtiment est accessible aux personnes à mobilité réduite (entrée principale, ascenseur).
La salle de lecture dispose d'une table réglable, d'une loupe électronique, d'un logiciel
d'agrandissement et d'une boucle magnétique. Les expositions proposent un livret en gros
caractères et en facile à lire. Chiens guides admis. Contact : 05 63 00 41 20.</p>""",
)

HTML_PAGES["p149_page_web_deliberations_culture_liste.html"] = (
    "Délibérations — Culture et patrimoine",
    """<h1>Délibérations récentes</h1>
<ul><li>CP-2025-06-114 : tarifs des reproductions, licence ouverte, règlement de la salle de
lecture (16/06/2025)</li>
<li>CP-2025-05-07 : subventions aux bibliothèques, 170 400 € (12/05/2025)</li>
<li>CP-2025-09-061 : convention de numérisation de la presse ancienne (15/09/2025)</li>
<li>CD-2025-12-03 : budget 2026 de la direction de la culture (12/12/2025)</li></ul>""",
)

HTML_PAGES["p150_page_web_donnees_ouvertes_frequentation.html"] = (
    "Open data — fréquentation des Archives et des médiathèques",
    """<h1>Jeu de données : fréquentation 2020-2024</h1>
<table><tr><th>Année</th><th>Séances salle de lecture</th><th>Prêts réseau</th></tr>
<tr><td>2020</td><td>2 110</td><td>401 000</td></tr>
<tr><td>2022</td><td>3 940</td><td>571 000</td></tr>
<tr><td>2024</td><td>4 893</td><td>612 000</td></tr></table>
<p>Licence ouverte. Mise à jour annuelle.</p>""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
