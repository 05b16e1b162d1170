"""Build the .docx and .html documents of the hand-written sensitivity set dev39.

Theme: employment and vocational training: France Travail agency files and letters, mission locale
follow-ups of young people, apprenticeship contracts and their breaches, the labour inspectorate
(inspections, formal notices, work accidents), job fairs, CPF and VAE, redundancy plans and company
restructurings (business secrets), inclusion companies (SIAE), unemployment-benefit disputes, job
offers, statistics and public reports of a regional employment observatory.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev39_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev39"
FIXED = dt.datetime(2025, 12, 9, 10, 30, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_enquete_accident_chute_entrepot.docx"] = [
    ("title", "Rapport d'enquête après accident du travail grave — plateforme logistique de Saint-Jory"),
    para("""DREETS Occitanie — Unité départementale de la Haute-Garonne — Section 12. Entreprise :
    Distrilog Sud SAS, plateforme de préparation de commandes, 240 salariés, dont 80 intérimaires
    en période de pointe. Entreprise de travail temporaire : Interim Pyrène. Date de l'accident :
    4 septembre 2025. Inspecteur du travail : M. Sébastien Cazals. Rapport du 28 octobre 2025."""),
    ("h", "1. Saisine et déroulement de l'enquête"),
    para("""L'accident a été déclaré à la section par l'entreprise utilisatrice le 5 septembre, par
    courriel du responsable sécurité. L'inspecteur s'est rendu sur place le 8 septembre avec
    l'ingénieure de prévention de la DREETS. Ont été entendus : le directeur du site, le responsable
    sécurité, le chef d'équipe de l'allée de stockage C, deux caristes témoins, le secrétaire de la
    commission santé, sécurité et conditions de travail du CSE, la responsable d'agence de
    l'entreprise de travail temporaire et la victime, à son domicile, le 15 octobre."""),
    para("""Documents examinés : document unique d'évaluation des risques, plan de prévention,
    contrat de mise à disposition, fiche de poste transmise à l'entreprise de travail temporaire,
    autorisations de conduite, rapports de vérification des chariots et des rayonnages, registre des
    accidents bénins, comptes rendus de la CSSCT des deux dernières années."""),
    ("h", "2. Circonstances"),
    para("""Le 4 septembre vers 6 h 20, M. Florian Jouve, 22 ans, intérimaire en mission depuis
    trois semaines comme préparateur de commandes, a été chargé par le chef d'équipe de récupérer
    des colis situés au troisième niveau de rayonnage, à environ 5,50 m de hauteur, dans l'allée C.
    Le chariot à poste de conduite élevable étant en panne, le chef d'équipe lui a demandé de monter
    sur une palette soulevée par les fourches d'un chariot élévateur frontal conduit par un cariste
    titulaire. La palette a basculé lors d'une manœuvre de recul ; M. Jouve a chuté d'une hauteur
    d'environ 4 mètres sur le sol en béton."""),
    para("""Les deux témoins confirment que cette pratique, formellement interdite par les consignes
    écrites du site, était « courante en début de matinée » pour tenir les délais d'expédition des
    commandes du matin, le service maintenance n'arrivant qu'à 8 heures. Le chef d'équipe a reconnu
    avoir donné l'instruction, en précisant qu'il l'avait lui-même « toujours vu faire »."""),
    ("h", "3. Conséquences pour la victime"),
    para("""M. Jouve a été transporté au CHU de Purpan. D'après le certificat médical initial et ses
    déclarations, il présente une fracture du bassin, une fracture-tassement de la vertèbre L1 et un
    traumatisme crânien avec perte de connaissance de quelques minutes. Il a été opéré le 5
    septembre (ostéosynthèse du bassin), puis transféré en centre de rééducation le 22 septembre.
    Lors de son audition, il a indiqué souffrir de douleurs lombaires permanentes, de vertiges et de
    troubles de la mémoire immédiate ; il a débuté un suivi avec une neuropsychologue. Son arrêt de
    travail est prolongé jusqu'au 31 janvier 2026. Il a précisé qu'il se trouve désormais sans
    ressources autres que les indemnités journalières et a dû renoncer à la formation de technicien
    logistique qu'il devait commencer en octobre."""),
    ("h", "4. Manquements relevés"),
    para("""4.1. Travail en hauteur : l'article R. 4323-63 du code du travail interdit d'utiliser
    les équipements de travail destinés au levage de charges pour l'élévation de personnes, sauf
    s'ils sont conçus à cet effet. L'utilisation d'une palette sur fourches pour élever un salarié
    constitue une infraction caractérisée."""),
    para("""4.2. Poste à risques particuliers : le poste de préparateur de commandes avec travail
    en hauteur figure dans la liste des postes présentant des risques particuliers établie par
    l'entreprise ; le salarié intérimaire aurait dû bénéficier d'une formation renforcée à la
    sécurité en application de l'article L. 4154-2. Aucune formation de ce type n'a été dispensée ;
    l'accueil sécurité s'est limité à une vidéo de 15 minutes."""),
    para("""4.3. Contrat de mise à disposition : le contrat ne mentionnait ni le travail en hauteur
    ni le caractère de poste à risques, en méconnaissance de l'article L. 1251-43."""),
    para("""4.4. Organisation de la maintenance : aucune procédure de dépannage ou de solution de
    remplacement n'était prévue en cas de panne du chariot à poste élevable avant l'arrivée de
    l'équipe de maintenance, alors que trois pannes avaient été signalées en août."""),
    para("""4.5. Alertes antérieures : le compte rendu de la CSSCT du 12 juin 2025 mentionne une
    alerte d'un représentant du personnel sur « des montées de personnel sur fourches ». La
    direction avait répondu qu'un rappel serait fait ; aucun document n'établit ce rappel."""),
    ("h", "5. Suites"),
    para("""Un procès-verbal est transmis au procureur de la République de Toulouse pour infraction
    aux articles R. 4323-63 et L. 4154-2 et pour blessures involontaires ayant entraîné une
    incapacité totale de travail supérieure à trois mois, à l'encontre de l'entreprise utilisatrice
    et de son directeur délégataire. Une lettre d'observations est adressée à l'entreprise de travail
    temporaire. Une mise en demeure de mettre à jour l'évaluation des risques et de former l'ensemble
    des intérimaires affectés en hauteur a été notifiée le 20 octobre."""),
    ("h", "6. Recommandations"),
    ("table", [
        ["Mesure", "Responsable", "Échéance"],
        ["Second chariot à poste élevable en réserve", "Direction du site", "31 décembre 2025"],
        ["Astreinte de maintenance dès 5 h 30", "Responsable maintenance", "1er décembre 2025"],
        ["Formation renforcée des intérimaires", "Responsable sécurité", "Immédiat"],
        ["Révision des contrats de mise à disposition", "Entreprise de travail temporaire", "15 novembre 2025"],
        ["Sensibilisation des chefs d'équipe", "DRH", "30 novembre 2025"],
    ]),
    para("""L'inspecteur recommande en outre que le retour éventuel de M. Jouve soit préparé avec le
    médecin du travail de l'entreprise de travail temporaire et que les éléments relatifs à son état
    de santé, recueillis aux seules fins de l'enquête, ne soient pas communiqués à l'entreprise
    utilisatrice au-delà de ce qui est strictement nécessaire. Il rappelle enfin que les salariés
    témoins de l'accident peuvent bénéficier d'un accompagnement par le service de prévention et de
    santé au travail. Fait à Toulouse, le 28 octobre 2025. L'inspecteur du travail, Sébastien Cazals."""),
    ("h", "7. Extraits des auditions"),
    para("""Le chef d'équipe, entendu le 8 septembre : « Le chariot à nacelle était en panne depuis
    la veille. J'avais 140 commandes à sortir avant 7 h 30 pour le premier camion. J'ai demandé à
    Florian de monter sur la palette, le cariste était expérimenté. Je sais que c'est interdit, mais
    tout le monde le faisait. Je n'ai jamais eu de remarque de ma hiérarchie. »"""),
    para("""Le cariste, entendu le même jour : « J'ai reculé pour dégager l'allée, la palette a glissé.
    Il n'avait pas de harnais, il n'y a pas de point d'ancrage de toute façon. Je ne voulais pas le
    faire, mais on ne dit pas non au chef quand on est en période d'essai. »"""),
    para("""Le directeur du site, entendu le 10 septembre : « Cette pratique est strictement interdite
    et je n'en avais pas connaissance. Nous avons immédiatement rappelé la consigne par une note de
    service et mis à pied le chef d'équipe. Le second chariot à poste élevable a été commandé le
    12 septembre. »"""),
    para("""La responsable de l'agence d'intérim, entendue le 16 septembre : « La commande de
    l'entreprise utilisatrice portait sur un poste de préparateur au sol. Nous n'avons jamais été
    informés d'un travail en hauteur ; sinon nous aurions organisé une formation et vérifié
    l'aptitude médicale. »"""),
    para("""Le secrétaire de la CSSCT, entendu le 18 septembre : « Nous avions alerté en juin. Les
    intérimaires sont les plus exposés parce qu'ils n'osent pas refuser et qu'ils ne connaissent pas
    les consignes. Nous demandons une enquête conjointe et la présence d'un représentant du
    personnel à chaque accueil sécurité. »"""),
    para("""La victime, entendue à son domicile le 15 octobre en présence de sa mère : « Je ne savais
    pas que c'était interdit. On m'a dit de monter, je suis monté. Je voulais être embauché en CDI à
    la fin de la mission. Aujourd'hui je ne peux pas rester debout plus d'une demi-heure. Je dors
    mal, je fais des cauchemars de chute, et je ne sais pas si je pourrai retravailler dans un
    entrepôt. »"""),
]

DOCX_BLOCKS["s047_annexe_confidentielle_plan_sauvegarde_emploi.docx"] = [
    ("title", "CONFIDENTIEL — Annexe financière au projet de plan de sauvegarde de l'emploi"),
    para("""Société Meubles Arnal Industrie — Usine de Vierzon. Document remis aux seuls membres du
    CSE central, à l'expert désigné et à la DREETS. Ne pas reproduire. Toute diffusion à des tiers,
    notamment aux clients, fournisseurs et concurrents, exposerait la société à un préjudice grave."""),
    ("h", "1. Comptes non publiés du premier semestre 2025"),
    ("table", [
        ["Indicateur", "S1 2024", "S1 2025", "Variation"],
        ["Chiffre d'affaires", "24,8 M€", "19,6 M€", "- 21 %"],
        ["Marge brute", "7,9 M€", "5,1 M€", "- 35 %"],
        ["Excédent brut d'exploitation", "0,6 M€", "- 1,8 M€", "n.s."],
        ["Trésorerie nette fin de période", "2,4 M€", "- 0,7 M€", "n.s."],
        ["Effectif moyen", "184", "180", "- 2 %"],
    ]),
    para("""La société a perdu en février 2025 le référencement de sa gamme de cuisines « Solène »
    auprès de l'enseigne nationale qui représentait 34 % de ses ventes. Les négociations engagées
    avec une autre enseigne portent sur un prix unitaire moyen de 1 180 € par module, inférieur de 14 %
    au prix actuel, et sur des pénalités de retard de livraison de 2 % par semaine. Le coût de
    revient complet d'un module est de 1 210 €, ce qui rend le contrat déficitaire sans réduction des
    coûts fixes."""),
    ("h", "2. Conditions bancaires et soutien de l'actionnaire"),
    para("""Le pool bancaire (trois établissements) a accepté en juillet un moratoire de six mois sur
    le remboursement des prêts structurés (encours 6,2 M€), conditionné à la présentation d'un plan de
    retournement avant le 31 décembre 2025, comprenant une réduction de la masse salariale d'au moins
    1,9 M€ en année pleine. L'actionnaire, un fonds d'investissement familial, s'est engagé à apporter
    1,5 M€ en compte courant, sous réserve de la signature du PSE. Ces engagements figurent dans un
    protocole de conciliation couvert par la confidentialité de l'article L. 611-15 du code de
    commerce, dont l'existence même ne doit pas être révélée."""),
    ("h", "3. Plan de retournement"),
    para("""Le plan prévoit : l'arrêt de la ligne de laquage (sous-traitée à un prestataire italien
    au prix négocié de 18,40 € le mètre carré, contre un coût interne de 26,10 €) ; le regroupement de
    la découpe sur une seule équipe ; l'abandon de la gamme « Solène » au profit des cuisines sur
    mesure destinées aux cuisinistes indépendants, dont la marge sur coût variable atteint 41 % ; la
    cession de l'entrepôt de Mehun-sur-Yèvre, estimée à 1,1 M€ par un évaluateur, à un acquéreur avec
    lequel une lettre d'intention a été signée."""),
    ("h", "4. Incidence sur l'emploi"),
    ("table", [
        ["Service", "Effectif actuel", "Postes supprimés", "Postes créés"],
        ["Laquage", "22", "22", "0"],
        ["Découpe", "31", "12", "0"],
        ["Montage", "48", "6", "4"],
        ["Logistique", "19", "7", "0"],
        ["Bureau d'études", "9", "0", "3"],
        ["Administration et ventes", "24", "5", "2"],
        ["Total", "153", "52", "9"],
    ]),
    ("h", "5. Budget du plan social"),
    para("""Le budget total des mesures sociales est arrêté à 2,35 M€, dont : indemnités
    supra-légales 1,1 M€ (forfait de 6 000 € augmenté de 800 € par année d'ancienneté) ; congé de
    reclassement de 9 mois 0,72 M€ ; aides à la formation 0,26 M€ (plafond 5 000 € par salarié) ;
    aides à la création d'entreprise 0,09 M€ ; cellule de reclassement 0,18 M€. Ce budget a été
    dimensionné pour rester compatible avec l'apport de l'actionnaire et la trésorerie prévisionnelle
    du premier trimestre 2026, dont le détail mensuel figure ci-dessous."""),
    ("table", [
        ["Mois", "Encaissements", "Décaissements", "Solde cumulé"],
        ["Janvier 2026", "3,1 M€", "3,6 M€", "- 1,2 M€"],
        ["Février 2026", "3,3 M€", "4,4 M€", "- 2,3 M€"],
        ["Mars 2026", "4,9 M€", "3,5 M€", "- 0,9 M€"],
    ]),
    ("h", "6. Alternatives étudiées et écartées"),
    para("""La direction a examiné trois alternatives : la cession globale de la société (deux
    marques d'intérêt reçues, avec des offres indicatives de 0,8 M€ et 1,3 M€, jugées insuffisantes) ;
    le maintien intégral de l'activité avec recours à l'activité partielle de longue durée, écarté
    faute de perspective de reprise de la gamme « Solène » ; une réduction du temps de travail avec
    baisse de rémunération, refusée par les organisations syndicales lors de la réunion du 2 octobre.
    Le prix du bois de chêne acheté auprès du fournisseur principal, en hausse de 22 % en deux ans,
    ne peut être renégocié avant l'échéance du contrat-cadre en juin 2027."""),
    ("h", "7. Calendrier prévisionnel"),
    para("""Information-consultation du CSE central : 4 novembre 2025 au 20 janvier 2026. Négociation
    d'un accord majoritaire : novembre-décembre. Transmission à l'administration : fin janvier 2026.
    Notification des licenciements : à partir de mars 2026. Ce calendrier est conditionné par le
    respect du protocole de conciliation."""),
    ("h", "8. Rappel de l'obligation de discrétion"),
    para("""Les membres du CSE, les représentants syndicaux et l'expert sont tenus à une obligation de
    discrétion à l'égard des informations revêtant un caractère confidentiel et présentées comme
    telles par l'employeur (article L. 2315-3 du code du travail). Le présent document est
    numéroté ; l'exemplaire n° 7 est remis à M. le secrétaire du CSE central. Document strictement
    confidentiel — toute reproduction interdite."""),
]

DOCX_BLOCKS["s048_proces_verbal_travail_dissimule_restaurant.docx"] = [
    ("title", "Procès-verbal de constat d'infractions — travail dissimulé et emploi d'étrangers sans titre"),
    para("""Unité de contrôle régionale de lutte contre le travail illégal. Contrôle conjoint avec la
    police aux frontières et l'URSSAF, le 17 octobre 2025 à 20 h 15, au restaurant « Le Jardin de
    Jade », 8 rue des Carmes, Orléans. Exploitant : SARL Jade Restauration, gérant M. Wei Zhang."""),
    ("h", "Constatations"),
    para("""Six personnes étaient en situation de travail en cuisine et en salle. Trois d'entre elles
    n'avaient fait l'objet d'aucune déclaration préalable à l'embauche : M. Chen Li, plongeur, de
    nationalité chinoise, démuni de titre de séjour ; Mme Ana Petrescu, serveuse, ressortissante
    roumaine ; M. Rachid Amrani, commis, titulaire d'un titre de séjour étudiant limitant le travail à
    964 heures par an, dépassé selon ses propres déclarations."""),
    para("""M. Chen Li a déclaré travailler six jours sur sept, de 10 h à 23 h, pour 900 € par mois
    payés en espèces, et être hébergé dans une chambre au-dessus du restaurant. Il a été placé en
    retenue administrative pour vérification de son droit au séjour ; une obligation de quitter le
    territoire français lui a été notifiée le lendemain par la préfecture du Loiret."""),
    ("h", "Infractions relevées"),
    para("""Travail dissimulé par dissimulation d'emploi salarié (articles L. 8221-1 et L. 8221-5) ;
    emploi d'un étranger non muni d'une autorisation de travail (article L. 8251-1) ; hébergement
    collectif incompatible avec la dignité humaine, à vérifier. Le gérant a été placé en garde à vue
    le 17 octobre à 22 h 40 ; il a reconnu les faits s'agissant de M. Chen Li et les a contestés pour
    les deux autres salariés. Il a déjà été condamné en 2019 par le tribunal correctionnel de Tours
    pour des faits de même nature, selon les indications du parquet."""),
    para("""Transmission au procureur de la République d'Orléans. Proposition de fermeture
    administrative temporaire de l'établissement au préfet (article L. 8272-2)."""),
]

DOCX_BLOCKS["s049_bilan_accompagnement_jeune_cej_rupture.docx"] = [
    ("title", "Bilan de fin de parcours — contrat d'engagement jeune"),
    para("""Mission locale Sud-Gironde, antenne de Langon. Jeune : M. Enzo Dufau, 19 ans. Entrée en
    CEJ : 3 février 2025. Sortie : 31 octobre 2025. Conseillère : Mme Marion Labat. Bilan présenté en
    commission partenariale le 6 novembre 2025."""),
    ("h", "1. Situation à l'entrée"),
    para("""Enzo est arrivé à la mission locale après un décrochage en première année de bac pro
    maintenance des matériels, à la suite d'un redoublement. Il vivait chez ses grands-parents à
    Bazas depuis l'âge de 12 ans, sa mère n'étant pas en mesure de s'en occuper et son père résidant
    en Espagne. Il avait fait l'objet d'une mesure d'assistance éducative en milieu ouvert de 2018 à
    2022, levée à sa majorité. Il n'avait pas le permis de conduire et aucune expérience
    professionnelle en dehors des vendanges."""),
    ("h", "2. Déroulement"),
    para("""Les trois premiers mois ont été marqués par une bonne assiduité : ateliers collectifs,
    stage de découverte de deux semaines dans un garage de matériel agricole, inscription au code de
    la route financée par l'aide régionale. En mai, Enzo a cessé de venir aux rendez-vous pendant
    cinq semaines. Il a expliqué ensuite que son grand-père avait été hospitalisé et qu'il avait dû
    s'occuper de sa grand-mère, atteinte de troubles cognitifs. L'allocation a été suspendue pour le
    mois de juin puis rétablie après échange avec la commission."""),
    para("""En juillet, Enzo a évoqué une consommation quotidienne de cannabis « pour dormir » et des
    crises d'angoisse depuis l'hospitalisation de son grand-père. Il a accepté une orientation vers
    la consultation jeunes consommateurs de Langon, où il a été reçu à quatre reprises, puis vers le
    point accueil écoute jeunes. Il indique avoir réduit sa consommation de moitié."""),
    para("""En septembre, il a obtenu le code de la route et signé un contrat de travail saisonnier
    pour les vendanges dans un domaine de Sauternes, qu'il a mené à son terme. Le chef de culture a
    transmis une appréciation positive et propose de le reprendre pour la taille d'hiver en contrat
    à durée déterminée de quatre mois."""),
    ("h", "3. Ressources et budget"),
    para("""Pendant le parcours, Enzo a perçu l'allocation CEJ (entre 300 et 528 € selon les mois).
    Il contribue aux dépenses du foyer de ses grands-parents, qui vivent d'une petite retraite
    agricole. Il a contracté en août une dette de téléphonie de 410 €, pour laquelle un échéancier a
    été obtenu avec l'aide du point conseil budget."""),
    ("h", "4. Bilan des compétences acquises"),
    ("table", [
        ["Compétence", "Niveau à l'entrée", "Niveau à la sortie"],
        ["Ponctualité et assiduité", "Fragile", "Acquis"],
        ["Travail en équipe", "Non évalué", "Acquis"],
        ["Utilisation du numérique pour les démarches", "Partiel", "Acquis"],
        ["Connaissance du secteur agricole", "Partiel", "Acquis"],
        ["Mobilité autonome", "Non acquis", "En cours (permis B)"],
    ]),
    para("""Échanges avec les partenaires : l'assistante sociale du secteur a accompagné la famille pour
    une demande d'allocation personnalisée d'autonomie au bénéfice de la grand-mère ; l'infirmière de
    la consultation jeunes consommateurs a confirmé, avec l'accord d'Enzo, qu'il continue de venir aux
    rendez-vous. Le garage de matériel agricole où il avait effectué son stage n'a pas pu l'embaucher
    faute de commandes, mais reste disposé à l'accueillir en apprentissage à la rentrée 2026."""),
    para("""Enzo a participé en octobre à l'atelier collectif « budget et premier logement » et a
    ouvert un livret d'épargne sur lequel il verse 30 € par mois. Il envisage de prendre un studio à
    Langon lorsque son contrat de travail sera confirmé."""),
    ("h", "5. Situation à la sortie et préconisations"),
    para("""Sortie positive : contrat à durée déterminée de quatre mois (taille de la vigne) à partir
    du 3 novembre. Préconisations : poursuivre la préparation du permis de conduire avec l'auto-école
    sociale ; maintenir le lien avec la consultation jeunes consommateurs ; proposer à Enzo, s'il le
    souhaite, une entrée en apprentissage en CAPa métiers de l'agriculture à la rentrée 2026 ;
    orienter les grands-parents vers le centre local d'information et de coordination gérontologique
    pour alléger la charge d'aidant qui pèse sur lui."""),
    para("""La conseillère souligne la capacité d'Enzo à rebondir dans un contexte familial
    difficile et la qualité du partenariat avec l'employeur viticole. Le dossier est clos dans
    I-Milo ; Enzo peut revenir à la mission locale jusqu'à ses 26 ans."""),
]

DOCX_BLOCKS["s050_entretien_professionnel_responsable_equipe.docx"] = [
    ("title", "Entretien annuel d'évaluation — responsable d'équipe"),
    para("""France Travail, direction territoriale du Cher. Agent évalué : M. Olivier Mercier,
    responsable d'équipe « accompagnement », agence de Vierzac-Les Tanneries. Évaluateur : Mme
    Claire Montagnon, directrice adjointe. Entretien du 2 décembre 2025."""),
    ("table", [
        ["Critère", "Appréciation"],
        ["Atteinte des objectifs collectifs", "Partiellement atteints (délais de diagnostic)"],
        ["Management de l'équipe", "Insuffisant : deux alertes RPS de l'équipe en 2025"],
        ["Relations avec les partenaires", "Très satisfaisant"],
        ["Gestion des situations sensibles", "À améliorer"],
    ]),
    para("""Commentaire de l'évaluatrice : M. Mercier a fait preuve d'un fort engagement externe mais
    le climat de son équipe s'est dégradé ; plusieurs conseillers ont fait état d'un manque d'écoute
    et de décisions de planning imposées sans concertation. Un accompagnement par un coach interne
    lui est proposé et une formation au management bienveillant est inscrite au plan 2026. Le
    passage au niveau supérieur n'est pas proposé cette année."""),
    para("""Observations de l'agent : « Je prends acte, mais j'ai fonctionné avec deux postes vacants
    pendant huit mois. »"""),
]

DOCX_BLOCKS["s051_livret_vae_parcours_auxiliaire_vie.docx"] = [
    ("title", "Dossier de validation (livret 2) — DEAES, spécialité accompagnement de la vie à domicile"),
    para("""Candidate : Mme Sonia Benhamou, 46 ans. Certificateur : DREETS, service des
    certifications. Accompagnatrice VAE : Mme Élise Caradec, architecte accompagnatrice de parcours."""),
    ("h", "Partie 1 — Mon parcours"),
    para("""J'ai travaillé onze ans comme vendeuse dans une boulangerie, puis j'ai arrêté de
    travailler en 2012 à la naissance de mon troisième enfant. En 2016, j'ai quitté mon mari après
    des années de violences ; je suis partie avec les enfants dans un centre d'hébergement du Secours
    populaire, puis dans un appartement relais. Le juge aux affaires familiales m'a confié la garde
    exclusive et mon ex-mari a été condamné à dix-huit mois de prison avec sursis. Cette période m'a
    appris beaucoup sur la dépendance, la peur et la reconstruction ; je crois que c'est ce qui m'a
    donné envie d'aider les autres."""),
    para("""En 2017, j'ai commencé comme aide à domicile dans une association d'aide à domicile en
    milieu rural, d'abord en contrat aidé, puis en CDI à temps partiel. J'interviens chaque jour chez
    six à huit personnes âgées ou handicapées, dans un rayon de vingt kilomètres."""),
    ("h", "Partie 2 — Situations de travail"),
    para("""Situation 1 : l'aide au lever et à la toilette de M. R., 82 ans, atteint de la maladie de
    Parkinson. Je décris la façon dont j'adapte mes gestes à ses blocages moteurs, comment je respecte
    sa pudeur et comment je l'encourage à faire seul ce qu'il peut encore faire (se raser, boutonner
    sa chemise). J'explique les transmissions écrites dans le cahier de liaison et mes échanges avec
    l'infirmière libérale lorsque j'ai constaté une rougeur au talon."""),
    para("""Situation 2 : l'accompagnement de Mme L., 57 ans, atteinte de sclérose en plaques, pour
    ses courses et la préparation des repas. Je montre comment je l'aide à garder le choix de ses
    menus malgré sa fatigue, et comment j'ai alerté le service quand j'ai compris qu'elle ne se
    nourrissait plus correctement les week-ends."""),
    para("""Situation 3 : une situation de maltraitance financière suspectée chez une personne âgée
    dont le neveu retirait de l'argent avec sa carte bancaire. Je décris ma démarche : en parler à
    ma responsable, rédiger un écrit factuel, ne pas accuser, et la suite donnée par le service
    (signalement au procureur et demande de mesure de protection)."""),
    ("h", "Partie 3 — Ce que j'ai appris"),
    para("""Je sais maintenant que l'accompagnement, ce n'est pas faire à la place de la personne.
    J'ai appris à poser des limites, à ne pas ramener les situations chez moi, et à demander de
    l'aide. J'ai suivi en 2023 une formation de 35 heures sur la maladie d'Alzheimer et une formation
    aux gestes de premiers secours. Je souhaite obtenir ce diplôme pour être reconnue et pouvoir
    travailler un jour en établissement d'accueil pour personnes handicapées."""),
    para("""Je voudrais aussi parler de la fin de vie. En 2022, j'ai accompagné pendant quatre mois
    Mme P., 91 ans, qui souhaitait mourir chez elle. J'ai appris à travailler avec l'équipe d'
    hospitalisation à domicile, à respecter ses rituels, à écouter sa fille qui venait le week-end. Le
    jour de son décès, j'ai aidé la famille à faire sa toilette. Je crois que c'est là que j'ai compris
    que mon métier ne s'arrête pas aux tâches écrites sur le plan d'aide."""),
    para("""Aujourd'hui, mes enfants sont grands. Mon aîné est en BTS, ma fille en première. Ils
    m'ont encouragée à faire cette VAE. Je veux leur montrer qu'il n'est jamais trop tard."""),
    ("h", "Annexe — Attestations"),
    ("table", [
        ["Employeur", "Période", "Fonction", "Volume horaire"],
        ["Association ADMR Val-de-Sèvre", "2017-2019", "Aide à domicile (CUI)", "2 800 h"],
        ["Association ADMR Val-de-Sèvre", "2019-2025", "Auxiliaire de vie (CDI 28 h)", "8 100 h"],
        ["Bénévolat Secours populaire", "2018-2024", "Accueil des familles", "300 h"],
    ]),
    para("""Avis de l'accompagnatrice : le dossier est complet et les trois situations couvrent les
    quatre blocs de compétences. Il est recommandé de préparer la candidate à l'entretien avec le
    jury sur le bloc « communication et relation », en l'aidant à distinguer son vécu personnel de
    son analyse professionnelle ; la candidate a souhaité conserver le paragraphe relatif à son
    parcours personnel, dont elle sait qu'il sera lu par le jury."""),
]

DOCX_BLOCKS["s052_decision_instance_paritaire_remise_dette.docx"] = [
    ("title", "Instance paritaire régionale — décision sur demande de remise de dette"),
    para("""Séance du 20 novembre 2025. Demandeur : M. Thierry Valette, identifiant 7741220T. Montant
    de l'indu : 6 112,40 € (allocations versées de janvier à juillet 2025 pendant une période
    d'activité non déclarée chez un employeur de travaux agricoles)."""),
    para("""Situation exposée par le demandeur : vit seul, hébergé par un ami ; perçoit depuis
    septembre le RSA (635,71 €) ; dette locative de 2 300 € auprès de son ancien bailleur ; dossier de
    surendettement déposé le 4 novembre auprès de la Banque de France. Il reconnaît ne pas avoir
    déclaré les heures de vendanges et de taille, pensant que « les contrats saisonniers ne
    comptaient pas »."""),
    ("table", [
        ["Élément", "Montant"],
        ["Indu notifié", "6 112,40 €"],
        ["Retenues déjà opérées", "418,00 €"],
        ["Remise accordée", "3 500,00 €"],
        ["Solde restant dû", "2 194,40 €"],
        ["Échéancier", "40 € par mois"],
    ]),
    para("""Décision : remise partielle, compte tenu de la bonne foi retenue et de la situation de
    précarité, le solde étant échelonné. Le dossier n'est pas transmis au service de prévention des
    fraudes."""),
]

DOCX_BLOCKS["s053_note_strategique_cession_site_diffusion_restreinte.docx"] = [
    ("title", "DIFFUSION RESTREINTE — Note au comité stratégique de l'État sur les restructurations"),
    para("""Commissaire aux restructurations et à la prévention des difficultés des entreprises
    (CRP) — région. Objet : situation du groupe Tréfil Europe et du site de Fontenoy-la-Forge.
    Destinataires : préfète de région, préfète de département, DREETS, DRFiP, Banque de France.
    Ne pas transmettre aux élus ni aux partenaires sociaux avant l'annonce officielle de
    l'entreprise."""),
    ("h", "1. Informations communiquées par le groupe sous le sceau de la confidentialité"),
    para("""Le directeur général du groupe a informé le CRP, le 26 septembre 2025, de sa décision de
    fermer le site de Fontenoy-la-Forge au premier semestre 2026. L'annonce aux salariés est prévue
    le 14 octobre. Le groupe indique que le site a perdu 4,2 M€ en 2024 et perdra environ 5 M€ en
    2025, du fait d'un prix de revient du fil tréfilé de 1 480 € la tonne contre 1 120 € pour son
    usine de Bursa, en Turquie, vers laquelle la production serait transférée."""),
    para("""Le groupe a par ailleurs révélé être en négociation exclusive avec un repreneur
    potentiel pour le seul atelier de galvanisation (environ 40 emplois), la société Galva
    Lorraine, qui proposerait un prix symbolique d'un euro assorti d'un contrat d'approvisionnement
    de trois ans à prix garanti de 1 390 € la tonne. Cette négociation ne doit pas être connue du
    public, le repreneur n'ayant pas encore informé ses propres instances."""),
    ("h", "2. Analyse"),
    para("""La fermeture affectera fortement un bassin déjà fragile (taux de chômage de 8,1 %). Le
    groupe, qui compte 3 400 salariés en Europe, est assujetti à l'obligation de revitalisation et à
    l'obligation de recherche d'un repreneur prévue par la loi du 29 mars 2014 (dite loi
    « Florange »). Le montant de la contribution de revitalisation pourrait être négocié à quatre
    SMIC par emploi supprimé, soit environ 1,5 M€."""),
    para("""Les services fiscaux signalent que le groupe bénéficie depuis 2021 d'un crédit d'impôt
    recherche de 0,9 M€ par an sur ses activités françaises, dont une partie rattachée au site de
    Fontenoy. La DRFiP examinera la cohérence de ces déclarations avec l'arrêt de l'activité de
    développement. Les prêts garantis par l'État en cours s'élèvent à 7 M€."""),
    para("""Le groupe a indiqué par ailleurs que la fermeture pourrait être avancée à la fin du mois de
    mars si les organisations syndicales engageaient un mouvement de blocage, et qu'il dispose d'un
    stock de trois mois constitué à l'usine turque. Il a demandé que cette information ne soit pas
    portée à la connaissance des représentants du personnel. Le CRP a fait valoir que l'obligation de
    loyauté dans la consultation du CSE s'imposait au groupe et qu'il ne pouvait s'engager à taire
    des éléments déterminants pour la négociation du PSE."""),
    para("""Sur le plan financier, le groupe envisage de provisionner 14 M€ pour la fermeture, dont
    6 M€ au titre du plan social, 5 M€ pour la dépollution du site (évaluation interne non
    communiquée à la DREAL) et 3 M€ pour les pénalités de rupture de contrats d'énergie. La
    provision pour dépollution pourrait être révisée à la hausse après le diagnostic des sols."""),
    para("""Enfin, la Banque de France signale que la cotation du groupe a été dégradée en juin 2025
    et que deux fournisseurs français ont réduit leurs délais de paiement consentis, signe d'une
    défiance croissante sur la solidité financière de l'ensemble."""),
    para("""Le groupe n'a pas encore informé ses commissaires aux comptes de la fermeture projetée."""),
    ("h", "3. Propositions"),
    ("table", [
        ["Action", "Pilote", "Échéance"],
        ["Rencontre de la préfète avec le DG du groupe", "Préfecture", "Avant le 10 octobre"],
        ["Préparation de la convention de revitalisation", "DREETS", "Novembre 2025"],
        ["Examen du crédit d'impôt recherche", "DRFiP", "Décembre 2025"],
        ["Appui à la reprise de la galvanisation", "CRP / Région", "En continu"],
        ["Cellule d'appui à la sécurisation professionnelle", "France Travail", "Dès l'annonce"],
    ]),
    para("""Le CRP recommande de ne pas évoquer publiquement la piste de reprise avant la fin de la
    période d'exclusivité (31 décembre), pour ne pas compromettre la négociation, et de préparer
    avec la sous-préfecture des éléments de langage pour l'annonce du 14 octobre."""),
    para("""Diffusion restreinte — exemplaire numéroté — ne pas reproduire."""),
]

DOCX_BLOCKS["s054_fiche_liaison_etti_salarie_sous_main_justice.docx"] = [
    ("title", "Fiche de liaison — entreprise de travail temporaire d'insertion / SPIP"),
    para("""Tremplin Intérim, agence de Saint-Aubin. Salarié : M. Jordan Leclerc. Mesure : sursis
    probatoire de 24 mois avec obligation de travail et de soins, prononcé par le tribunal
    correctionnel le 12 mai 2025 pour conduite en état alcoolique en récidive et refus
    d'obtempérer. Conseillère pénitentiaire d'insertion et de probation : Mme Agathe Royer."""),
    ("table", [
        ["Mois", "Heures de mission", "Absences", "Observations"],
        ["Août 2025", "142 h", "0", "Mission manutention, bon retour client"],
        ["Septembre 2025", "118 h", "2 jours", "Absences justifiées (rendez-vous CSAPA)"],
        ["Octobre 2025", "151 h", "0", "Proposition de mission longue"],
    ]),
    para("""Le permis de conduire étant suspendu jusqu'en mai 2026, les missions sont limitées aux
    sites desservis par les transports en commun. M. Leclerc a demandé que son employeur utilisateur
    ne soit pas informé de la mesure judiciaire."""),
]

DOCX_BLOCKS["s055_avenant_contrat_apprentissage_amenagement_handicap.docx"] = [
    ("title", "Avenant au contrat d'apprentissage — aménagement de poste et de la durée de formation"),
    para("""Employeur : Pharmacie des Halles, Romorantin. Apprentie : Mlle Jade Moreau, BP préparateur
    en pharmacie. Maître d'apprentissage : M. Vincent Gaudry, pharmacien titulaire."""),
    para("""Vu la reconnaissance de la qualité de travailleur handicapé notifiée par la MDPH du
    Loir-et-Cher le 9 septembre 2025, au titre d'une dyspraxie associée à un trouble déficitaire de
    l'attention, et l'avis du médecin du travail du 30 septembre, les parties conviennent :"""),
    ("table", [
        ["Article", "Aménagement"],
        ["1", "Prolongation de la durée du contrat d'un an (article R. 6222-46), fin au 31 août 2027"],
        ["2", "Poste de préparation équipé d'un écran grand format et d'un logiciel de lecture"],
        ["3", "Tiers-temps aux évaluations du CFA et à l'examen"],
        ["4", "Pause de 10 minutes toutes les deux heures"],
        ["5", "Financement Agefiph sollicité pour le matériel (1 850 €)"],
    ]),
    para("""Le référent handicap du CFA assure un suivi trimestriel. Fait à Romorantin, le 14 octobre
    2025, en trois exemplaires."""),
]

DOCX_BLOCKS["s056_rapport_controle_organisme_formation_tarifs.docx"] = [
    ("title", "Rapport de contrôle d'un organisme de formation — éléments couverts par le secret des affaires"),
    para("""Service régional de contrôle de la formation professionnelle. Organisme : Compétences
    Logistique Conseil SAS (numéro de déclaration d'activité 24 45 0000 0). Contrôle sur place du 6
    au 8 octobre 2025. Les éléments financiers ci-dessous ont été communiqués par l'organisme à titre
    confidentiel et ne figureront pas dans la décision notifiée."""),
    ("table", [
        ["Prestation", "Prix de vente HT", "Coût de revient déclaré", "Marge"],
        ["CACES R489 cat. 1, 3, 5 (3 jours)", "1 150 €", "612 €", "47 %"],
        ["Titre pro préparateur de commandes (400 h)", "5 600 €", "3 870 €", "31 %"],
        ["Sauveteur secouriste du travail", "290 €", "118 €", "59 %"],
    ]),
    para("""L'organisme réalise 71 % de son chiffre d'affaires (2,9 M€) avec des fonds du CPF et 18 %
    avec un client unique, une plateforme logistique nationale, au titre d'un accord-cadre dont
    les remises (12 % au-delà de 200 stagiaires) ont été communiquées au contrôle. Le contrôle a
    relevé 37 feuilles d'émargement signées par un même formateur pour des stagiaires absents ; un
    reversement de 42 600 € est envisagé."""),
]

DOCX_BLOCKS["s057_compte_rendu_equipe_pluridisciplinaire_rsa.docx"] = [
    ("title", "Équipe pluridisciplinaire RSA — territoire d'action sociale Nord — séance du 25 novembre 2025"),
    para("""Examen des situations de manquement au contrat d'engagement (procédure de
    suspension-remobilisation). Présents : responsable du territoire, deux travailleurs sociaux,
    représentante de France Travail, représentant des allocataires."""),
    ("table", [
        ["Allocataire", "Manquement", "Éléments recueillis", "Décision"],
        ["Mme Carole Lemoine", "Absence à 3 rendez-vous", "Hospitalisée en psychiatrie en octobre", "Pas de sanction"],
        ["M. Dimitri Bonnet", "Refus d'une formation", "Garde alternée de ses enfants, horaires incompatibles", "Pas de sanction, avenant au contrat"],
        ["M. Hakim Rahmani", "Pas d'activité depuis 4 mois", "Aucune réponse aux courriers", "Suspension de 30 % pendant 1 mois"],
        ["Mme Véronique Texier", "Absence aux ateliers", "Expulsion locative le 12 novembre, hébergée en hôtel", "Pas de sanction, orientation sociale"],
        ["M. Loïc Perrin", "Activité non déclarée", "Travail en auto-entrepreneur non déclaré", "Suspension de 50 %, recalcul des droits"],
    ]),
    para("""L'équipe rappelle que la suspension doit être levée dès la reprise des engagements, avec
    rappel des sommes retenues. Les allocataires seront informés par courrier."""),
]

DOCX_BLOCKS["s058_information_preoccupante_apprenti_mineur_employeur.docx"] = [
    ("title", "Information préoccupante — transmission à la CRIP"),
    para("""Émetteur : CFA des métiers de l'hôtellerie de Vichy, service vie apprenante. Mineur : Tom
    Girardin, 15 ans et 9 mois, apprenti CAP cuisine dans un restaurant de la station thermale, hébergé
    par son employeur dans un studio attenant à l'établissement."""),
    para("""Le 3 novembre 2025, Tom s'est confié à la référente du CFA : il travaille régulièrement
    jusqu'à minuit et au-delà, sept jours sur sept en période d'affluence, alors que le travail de
    nuit est interdit aux apprentis de moins de 16 ans ; il dit avoir été giflé par le chef de cuisine
    à deux reprises et menacé d'être « renvoyé chez sa mère » s'il se plaignait. Ses parents sont
    séparés ; sa mère, qu'il n'a pas vue depuis l'été, n'a pas répondu aux appels du CFA ; son père
    est inconnu."""),
    para("""Le CFA transmet une information préoccupante au président du conseil départemental et
    signale parallèlement les faits à l'inspection du travail, qui peut suspendre le contrat
    (article L. 6225-4). Un hébergement d'urgence à l'internat est proposé à Tom dès ce soir."""),
]

DOCX_BLOCKS["s059_dossier_autorisation_travail_saisonnier_agricole.docx"] = [
    ("title", "Demande d'autorisation de travail — travailleur saisonnier étranger"),
    para("""Employeur : EARL des Vergers de la Durance, arboriculture, Cavaillon. Salarié : M. Youssef
    El Amrani, né en 1988 à Taroudant (Maroc), passeport n° PX4417820, titulaire d'une carte de séjour
    pluriannuelle « travailleur saisonnier » expirant le 30 novembre 2026."""),
    ("table", [
        ["Rubrique", "Renseignement"],
        ["Emploi", "Ouvrier arboricole, cueillette"],
        ["Contrat", "CDD saisonnier du 2 mai au 31 octobre 2026"],
        ["Rémunération", "SMIC horaire + 10 %"],
        ["Logement", "Logement collectif sur l'exploitation, 4 personnes"],
        ["Séjours antérieurs", "2021 à 2025, six mois par an"],
    ]),
    para("""Observations du service de la main-d'œuvre étrangère : le salarié a quitté le
    territoire à l'issue de chaque saison, conformément aux conditions du titre. Avis favorable, sous
    réserve de la vérification de la conformité du logement par l'inspection du travail."""),
]

DOCX_BLOCKS["s060_rapport_conseil_discipline_directeur_agence.docx"] = [
    ("title", "Rapport au conseil de discipline — agent de droit public de France Travail"),
    para("""Agent : M. Fabrice Lorrain, directeur de l'agence de Ravières, agent public. Faits
    reprochés : avoir, entre janvier et juin 2025, validé à onze reprises des frais de déplacement
    fictifs pour un montant total de 3 870 €, et avoir tenu des propos humiliants envers deux
    conseillères en réunion d'équipe."""),
    para("""L'enquête administrative a recueilli les témoignages de sept agents. M. Lorrain reconnaît
    les erreurs sur les frais, qu'il attribue à « une gestion approximative », et conteste tout
    propos humiliant. Il a remboursé les sommes le 15 septembre. Il indique traverser une période
    personnelle difficile."""),
    para("""Sanction proposée par l'administration : exclusion temporaire de fonctions de trois mois,
    assortie d'une mutation dans l'intérêt du service. Le conseil de discipline se réunira le 16
    décembre 2025 ; l'agent a pris connaissance de son dossier le 28 novembre, assisté d'un
    défenseur."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_espace_personnel_messagerie_demandeur.html"] = (
    "Mon espace — Messagerie avec mon conseiller",
    """
<h1>Messagerie — Mme Sylvie Perrot (identifiant 3318452S)</h1>
<div class="msg"><p class="meta">De : Sylvie Perrot — 3 novembre 2025, 08:14</p>
<p>Bonjour Monsieur Garnier, je ne pourrai pas venir à l'atelier CV de jeudi. Je suis en traitement
de radiothérapie pour mon cancer du sein tous les matins jusqu'au 28 novembre au centre Oscar-Lambret
et je suis très fatiguée. Mon arrêt maladie a été déclaré mais je voulais vous prévenir.</p></div>
<div class="msg"><p class="meta">De : Julien Garnier, conseiller — 3 novembre 2025, 10:02</p>
<p>Bonjour Madame Perrot, merci de m'avoir prévenu, prenez soin de vous. Je suspends les
convocations pendant la durée de votre arrêt. Vous n'avez pas à nous transmettre d'informations
médicales : seule la déclaration de l'arrêt lors de l'actualisation est nécessaire. À votre retour,
nous pourrons parler du dispositif de retour à l'emploi avec Cap emploi si vous le souhaitez.</p></div>
<div class="msg"><p class="meta">De : Sylvie Perrot — 3 novembre 2025, 10:40</p>
<p>Merci beaucoup. Est-ce que mes droits au chômage seront prolongés ? Je n'ai que l'allocation pour
vivre avec ma fille depuis le divorce.</p></div>
""",
)

HTML_PAGES["s062_intranet_dossier_confidentiel_plan_social.html"] = (
    "Intranet RH — Projet Horizon",
    """
<p class="bandeau">CONFIDENTIEL — accès restreint au comité de direction — ne pas transférer</p>
<h1>Projet « Horizon » — feuille de route sociale</h1>
<p>Valmont Emballages — Direction des ressources humaines du groupe — version 4 du 18 novembre 2025.</p>
<h2>Calendrier non communiqué</h2>
<ul>
<li>25 novembre : information préalable des organisations syndicales centrales (sans chiffres) ;</li>
<li>4 décembre : annonce au CSE de Pont-Ribaud ;</li>
<li>5 décembre : communiqué de presse et information des clients ;</li>
<li>15 décembre : lancement de l'appel d'offres pour la cellule de reclassement (trois cabinets consultés).</li>
</ul>
<h2>Enveloppes de négociation</h2>
<p>Mandat de la direction : indemnité supra-légale initiale proposée à 9 000 € ; plafond de négociation
autorisé par le directeur général : 15 000 € + 1 500 € par année d'ancienneté. Le congé de reclassement
pourra être porté à 15 mois pour les plus de 55 ans en fin de négociation, si nécessaire pour obtenir la
signature de deux organisations représentatives.</p>
<h2>Risques identifiés</h2>
<p>Risque de grève sur la ligne films complexes pendant le pic de commandes de décembre ; stock de sécurité
de trois semaines constitué sur le site de Lagny. Risque médiatique : le maire a déjà interpellé le groupe.</p>
""",
)

HTML_PAGES["s063_forum_interne_managers_signalement_agent.html"] = (
    "Espace managers — Échanges",
    """
<h1>Fil : situation de l'équipe de Montfort</h1>
<p><b>Responsable d'équipe, 12/11/2025</b> — Je sollicite vos conseils. Mme Nathalie Bréhier, conseillère
dans mon équipe depuis 2019, accumule les retards (14 depuis septembre) et deux usagers se sont plaints
de son ton. Je lui ai remis un avertissement écrit le 5 novembre. Elle dit que je la harcèle et a saisi
la référente RPS. Faut-il engager une procédure disciplinaire ?</p>
<p><b>Directrice adjointe, 12/11/2025</b> — Avant toute procédure, fais le point avec la RH de proximité
et laisse l'enquête RPS se dérouler. Documente les faits objectivement.</p>
""",
)

HTML_PAGES["s064_extranet_partenaire_grille_tarifaire_confidentielle.html"] = (
    "Extranet partenaires — Conditions tarifaires 2026",
    """
<h1>Conditions tarifaires réservées — ETTI Tremplin Intérim</h1>
<p>Accès réservé aux entreprises clientes titulaires d'un compte. Ces conditions sont confidentielles et
ne peuvent être communiquées à d'autres prestataires.</p>
<table>
<tr><th>Qualification</th><th>Coefficient de facturation</th><th>Remise volume (&gt; 5 000 h/an)</th></tr>
<tr><td>Manutentionnaire</td><td>1,86</td><td>- 4 %</td></tr>
<tr><td>Préparateur de commandes CACES</td><td>1,92</td><td>- 5 %</td></tr>
<tr><td>Agent d'entretien</td><td>1,81</td><td>- 3 %</td></tr>
</table>
<p>Coût de l'accompagnement socio-professionnel refacturé : 0 € (financé par l'aide au poste). Marge nette
cible de l'agence : 3,2 %. Clients bénéficiant d'un coefficient dérogatoire de 1,74 : Distrilog Sud, Logistique
Centre-Val.</p>
""",
)

HTML_PAGES["s065_portail_mission_locale_fiche_jeune_hebergement.html"] = (
    "I-Milo — Dossier jeune",
    """
<h1>Dossier de M. Killian Roussel — né le 02/08/2007</h1>
<h2>Situation</h2>
<table>
<tr><th>Rubrique</th><th>Information</th></tr>
<tr><td>Hébergement</td><td>Sortie de l'aide sociale à l'enfance à 18 ans ; contrat jeune majeur refusé ;
hébergé en résidence sociale jeunes depuis septembre 2025</td></tr>
<tr><td>Famille</td><td>Mère déchue de l'autorité parentale ; deux frères placés en famille d'accueil</td></tr>
<tr><td>Ressources</td><td>Allocation CEJ 528 €</td></tr>
<tr><td>Santé</td><td>Consultations au centre médico-psychologique depuis 2023, traitement antidépresseur</td></tr>
</table>
<h2>Journal des entretiens</h2>
<p><b>14/10/2025</b> — Killian a trouvé un contrat de 20 h en restauration rapide mais a démissionné au bout
d'une semaine (crises d'angoisse en service). Travail sur un projet plus adapté : métiers de la logistique
en petite équipe.</p>
<p><b>29/10/2025</b> — Entretien conjoint avec l'éducatrice de la résidence. Killian évoque le souhait de
renouer avec ses frères ; l'ASE est sollicitée pour organiser une visite.</p>
""",
)

HTML_PAGES["s066_intranet_procedure_acces_salle_serveurs.html"] = (
    "Intranet DSI — Accès salle serveurs",
    """
<h1>Accès à la salle serveurs du siège régional</h1>
<p>Salle située au sous-sol, niveau -1, porte grise après le local vélos.</p>
<ul>
<li>Digicode du couloir technique : <b>5839A</b> ;</li>
<li>badge + code personnel ; code de secours de la porte de la salle : <b>190776</b> ;</li>
<li>compte administrateur de l'hyperviseur : admin-vsphere / mot de passe dans le coffre KeePass « DSI-infra »,
dont la phrase maîtresse est « Rempart-Loire-2024 ».</li>
</ul>
<p>Attention : la caméra du couloir ne couvre pas la porte de secours côté parking, dont la serrure est
en attente de remplacement.</p>
""",
)

HTML_PAGES["s067_blog_agence_reprise_article_presse_integral.html"] = (
    "Blog de l'agence — Revue de presse",
    """
<h1>Ils en parlent : l'article du Courrier du Val sur notre job dating</h1>
<p><i>Article de Thomas Berthier, publié dans Le Courrier du Val le 22 octobre 2025, reproduit en intégralité.</i></p>
<h2>Au job dating des saisonniers, « on signe en dix minutes »</h2>
<p>Il y a foule, samedi matin, dans la salle de la Maison du tourisme. Des étudiants, des retraités,
un ancien pâtissier venu de Lille. Clément, 23 ans, sort d'un entretien avec un grand sourire : « Perchiste
à la Dôle, logé, je commence le 15 décembre. » À la table voisine, la gérante d'un hôtel-restaurant
cherche encore deux commis : « L'an dernier, j'ai fini la saison à trois en cuisine. »</p>
<p>L'inspection du travail tient un stand, discret, près de la sortie. On y parle heures supplémentaires,
logement, repos hebdomadaire. « Les saisonniers connaissent mal leurs droits, et certains employeurs en
profitent », glisse une contrôleuse. À midi, 140 entretiens ont eu lieu.</p>
<p>Dehors, la neige n'est pas encore là. Mais les contrats, eux, sont signés.</p>
<p>© Le Courrier du Val. Photographies : Anne-Laure Vuillet.</p>
""",
)

HTML_PAGES["s068_espace_employeur_declaration_accident_salarie.html"] = (
    "net-entreprises — Suivi des déclarations d'accident du travail",
    """
<h1>Déclaration d'accident du travail n° DAT-2025-118734</h1>
<table>
<tr><th>Victime</th><td>Mme Aurélie Fontaine, agente de conditionnement, CDI</td></tr>
<tr><th>Date</th><td>21/10/2025, 15 h 10</td></tr>
<tr><th>Lésions</th><td>Brûlure du 2e degré de l'avant-bras gauche ; choc psychologique</td></tr>
<tr><th>Siège</th><td>Membre supérieur gauche</td></tr>
<tr><th>Arrêt</th><td>Oui — jusqu'au 15/11/2025 ; prolongation reçue jusqu'au 12/12/2025</td></tr>
<tr><th>Réserves employeur</th><td>Aucune</td></tr>
</table>
<p>Message de la caisse : le caractère professionnel de l'accident est reconnu. La salariée est
également suivie pour un état de stress post-traumatique selon le certificat de prolongation.</p>
""",
)

HTML_PAGES["s069_messagerie_conseillere_refugie_statut.html"] = (
    "Messagerie — échange avec le conseiller",
    """
<h1>Conversation — M. Ahmad Nouri</h1>
<p><b>M. Nouri, 6 novembre</b> : Bonjour, j'ai reçu la décision de la Cour nationale du droit d'asile,
j'ai obtenu la protection subsidiaire. La préfecture me donne rendez-vous le 2 décembre pour la carte
de séjour de quatre ans. Est-ce que je peux commencer la formation de soudeur en janvier ?</p>
<p><b>Conseillère, 7 novembre</b> : Félicitations, Monsieur Nouri. Oui : le récépissé qui vous sera remis
vous autorise à travailler et à suivre la formation. Apportez-le dès que possible pour mettre à jour votre
dossier. Je vous inscris aussi au programme d'accompagnement des réfugiés vers l'emploi et aux cours de
français de niveau B1.</p>
""",
)

HTML_PAGES["s070_page_candidat_liste_syndicale_salarie_protege.html"] = (
    "Espace RH — Élections professionnelles",
    """
<h1>Élections du CSE 2025 — Dépôt des listes — Usage RH</h1>
<p>Les listes suivantes ont été déposées pour le premier tour (collège ouvriers-employés). Les candidats
bénéficient de la protection contre le licenciement pendant six mois.</p>
<table>
<tr><th>Syndicat</th><th>Candidats</th></tr>
<tr><td>CGT</td><td>Karim Haddou, Sandrine Vallet, Julien Moreau</td></tr>
<tr><td>CFDT</td><td>Martine Leroux, Alexis Pons</td></tr>
</table>
<p>Note du DRH : M. Haddou a adhéré à la CGT en septembre, juste après l'annonce de la réorganisation ;
surveiller l'évolution de l'absentéisme de son équipe avant toute décision sur sa mutation.</p>
""",
)

HTML_PAGES["s071_intranet_controle_honorabilite_encadrants.html"] = (
    "Intranet — Contrôle d'honorabilité des encadrants",
    """
<h1>Chantiers d'insertion accueillant des mineurs — contrôle d'honorabilité</h1>
<p>Résultats de la consultation du fichier judiciaire automatisé des auteurs d'infractions sexuelles ou
violentes et du bulletin n° 2 pour les encadrants techniques (campagne 2025).</p>
<table>
<tr><th>Encadrant</th><th>Résultat</th><th>Suite</th></tr>
<tr><td>M. Régis Carle</td><td>Néant</td><td>—</td></tr>
<tr><td>M. Alain Dumoulin</td><td>Condamnation de 2016 pour violences volontaires (6 mois avec sursis)</td><td>Entretien avec la direction ; pas d'affectation auprès de mineurs</td></tr>
<tr><td>Mme Sophie Kern</td><td>Néant</td><td>—</td></tr>
</table>
""",
)

HTML_PAGES["s072_intranet_gestion_absences_agent_cld.html"] = (
    "SIRH — Gestion des absences",
    """
<h1>Fiche absences — Mme Laurence Ducret, conseillère emploi</h1>
<ul>
<li>Position : congé de longue durée depuis le 3 mars 2025 (affection psychiatrique), accordé par le
conseil médical pour six mois, renouvelé jusqu'au 2 mars 2026 ;</li>
<li>rémunération : plein traitement ;</li>
<li>expertise de contrôle programmée le 18 décembre 2025 ;</li>
<li>reprise envisagée à temps partiel thérapeutique, sur avis du médecin du travail.</li>
</ul>
<p>Accès limité au service RH et à la directrice d'agence.</p>
""",
)

HTML_PAGES["s073_plateforme_certification_reconnaissance_faciale.html"] = (
    "Surveillance d'examen en ligne — rapport de session",
    """
<h1>Rapport de télésurveillance — certification TOSA Excel</h1>
<p>Candidat : M. Hugo Vermeulen — dossier CPF 2025-10-99127.</p>
<table>
<tr><th>Contrôle</th><th>Résultat</th></tr>
<tr><td>Capture faciale initiale</td><td>Gabarit 512 octets enregistré (empreinte : 9f3a…c21e)</td></tr>
<tr><td>Correspondance avec la pièce d'identité</td><td>0,91</td></tr>
<tr><td>Contrôles faciaux en cours d'épreuve (toutes les 3 min)</td><td>18/18 conformes</td></tr>
<tr><td>Empreinte vocale (lecture de la phrase témoin)</td><td>Enregistrée</td></tr>
</table>
<p>Données biométriques conservées 90 jours.</p>
""",
)

HTML_PAGES["s074_espace_recruteur_notes_entretiens_origine.html"] = (
    "ATS — Notes d'entretien",
    """
<h1>Offre « Agent d'accueil » — notes des recruteurs</h1>
<p><b>Candidate 1 — Mme Djamila Ourahmoune</b> : très bonne présentation, expérience en hôtellerie.
Note du recruteur : « d'origine kabyle, parle berbère, utile pour la clientèle du quartier ».</p>
<p><b>Candidat 2 — M. Jean-Baptiste Koffi</b> : ivoirien arrivé en France en 2015, naturalisé ; accent
marqué, « à voir si gênant au téléphone ».</p>
<p><b>Candidate 3 — Mme Emma Lefèvre</b> : profil junior.</p>
""",
)

HTML_PAGES["s075_message_salarie_insertion_ramadan_horaires.html"] = (
    "Messagerie interne — atelier chantier d'insertion",
    """
<h1>Demande d'aménagement d'horaires</h1>
<p><b>De : M. Bilal Chaouch, salarié en insertion — 20 février 2026</b></p>
<p>Bonjour Madame la responsable, pendant le mois de Ramadan, qui commence le 18 février, je jeûne
et je fais la prière du soir à la mosquée. Est-ce que je pourrais commencer à 7 h et finir à 14 h 30 au
lieu de 16 h, avec une pause plus courte à midi ?</p>
<p><b>Réponse de l'encadrante technique</b> : Bonjour Bilal, c'est possible pour l'équipe maraîchage ;
je vérifie avec l'accompagnatrice que cela ne gêne pas ton rendez-vous du jeudi.</p>
""",
)

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_evaluation_plan_regional_insertion.docx"] = [
    ("title", "Rapport d'évaluation du programme régional d'insertion dans l'emploi 2022-2025"),
    para("""Rapport public réalisé par l'observatoire régional de l'emploi et des formations à la
    demande du conseil régional et de la DREETS. Comité de pilotage présidé par Mme Françoise
    Lebreton, vice-présidente du conseil régional, et M. Thierry Vasseur, secrétaire général pour
    les affaires régionales. Équipe d'évaluation : Mme Yasmine Haddad, M. Arnaud Le Guen, Mme Léa
    Fournier."""),
    ("h", "Synthèse"),
    para("""Le programme régional d'insertion dans l'emploi a mobilisé 142 M€ sur quatre ans au profit
    de 61 000 personnes éloignées de l'emploi : demandeurs d'emploi de longue durée, allocataires du
    RSA, jeunes sans qualification, personnes en situation de handicap, habitants des quartiers
    prioritaires et des territoires ruraux isolés. L'évaluation conclut à un impact positif sur
    l'accès à la formation et à l'emploi de transition, mais plus limité sur l'emploi durable, et
    souligne le poids déterminant des freins périphériques (logement, santé, mobilité, garde
    d'enfants) dans les abandons de parcours."""),
    ("h", "1. Objet et méthode de l'évaluation"),
    para("""L'évaluation porte sur les quatre axes du programme : la remobilisation et les savoirs de
    base ; l'insertion par l'activité économique ; les formations qualifiantes ; l'accompagnement
    vers et dans l'emploi. Elle repose sur l'exploitation des systèmes d'information des
    financeurs, appariés de manière pseudonymisée avec les fichiers de France Travail et les
    déclarations sociales nominatives par le service statistique ministériel, sur une enquête
    téléphonique auprès de 2 400 bénéficiaires, sur 64 entretiens avec des professionnels et sur
    six monographies territoriales. Les effets ont été estimés par comparaison avec un groupe témoin
    de demandeurs d'emploi aux caractéristiques similaires n'ayant pas bénéficié du programme."""),
    para("""Les données individuelles ont été traitées dans le respect du règlement général sur la
    protection des données ; aucun résultat n'est présenté pour des effectifs inférieurs à onze
    personnes. L'avis du comité d'éthique de l'observatoire a été recueilli sur le protocole de
    l'enquête, qui comportait des questions sur la santé perçue et les conditions de logement."""),
    ("h", "2. Les bénéficiaires"),
    ("table", [
        ["Caractéristique", "Bénéficiaires du programme", "Ensemble des demandeurs d'emploi"],
        ["Femmes", "54 %", "52 %"],
        ["Moins de 26 ans", "31 %", "13 %"],
        ["50 ans et plus", "18 %", "27 %"],
        ["Sans diplôme", "42 %", "21 %"],
        ["Allocataires du RSA", "39 %", "17 %"],
        ["Reconnus travailleurs handicapés", "11 %", "10 %"],
        ["Résidents QPV", "19 %", "10 %"],
    ]),
    para("""Le programme a bien atteint les publics visés : les bénéficiaires sont plus jeunes, moins
    diplômés et plus souvent allocataires de minima sociaux que l'ensemble des demandeurs d'emploi.
    Les personnes de 50 ans et plus sont en revanche sous-représentées, ce qui s'explique en partie
    par leur moindre appétence pour les formations longues."""),
    ("h", "3. Résultats par axe"),
    para("""Axe 1 — Remobilisation et savoirs de base. 18 400 personnes ont suivi un parcours de
    remobilisation (ateliers collectifs, remise à niveau, français langue étrangère). 62 % ont
    ensuite accédé à une formation qualifiante, un emploi ou une structure d'insertion dans les douze
    mois, contre 41 % dans le groupe témoin. Les parcours de français à visée professionnelle
    destinés aux personnes réfugiées et primo-arrivantes affichent les meilleurs résultats (71 %)."""),
    para("""Axe 2 — Insertion par l'activité économique. Le soutien régional aux SIAE a permis de
    créer 1 150 postes d'insertion supplémentaires. Le taux de sortie dynamique atteint 58 %. Les
    monographies montrent que les chantiers d'insertion jouent un rôle important pour les personnes
    sortant de détention, les personnes sans domicile stable et les personnes souffrant d'addictions,
    à condition qu'un partenariat étroit existe avec les services spécialisés (SPIP, centres
    d'hébergement, centres de soins)."""),
    para("""Axe 3 — Formations qualifiantes. 24 300 personnes sont entrées en formation certifiante ;
    le taux de certification atteint 74 %. Six mois après la formation, 58 % des sortants sont en
    emploi, dont 39 % en emploi durable. L'effet net estimé sur l'emploi durable à dix-huit mois est
    de 9 points. Les formations aux métiers du soin et du transport ont l'impact le plus élevé ; les
    formations tertiaires généralistes ont un impact non significatif."""),
    para("""Axe 4 — Accompagnement vers et dans l'emploi. Les dispositifs d'accompagnement dans
    l'emploi (tutorat, médiation avec l'employeur, aide au démarrage) ont concerné 6 800 personnes.
    Ils réduisent de moitié les ruptures de contrat pendant la période d'essai."""),
    ("h", "4. Les abandons de parcours"),
    para("""Un bénéficiaire sur quatre a interrompu son parcours avant son terme. L'enquête auprès
    des bénéficiaires fait apparaître comme premières causes : des problèmes de santé, physiques ou
    psychiques (31 %), des difficultés de transport (27 %), une reprise d'emploi (22 %), des
    contraintes familiales, notamment l'absence de solution de garde pour les familles
    monoparentales (19 %), et des difficultés de logement (14 %). Les professionnels soulignent
    également l'importance des situations de précarité financière : le retard de versement de la
    rémunération des stagiaires, parfois de deux mois, a conduit certaines personnes à abandonner
    pour reprendre un emploi précaire."""),
    ("table", [
        ["Cause d'abandon citée", "Part des répondants"],
        ["Santé physique ou psychique", "31 %"],
        ["Transport", "27 %"],
        ["Reprise d'emploi", "22 %"],
        ["Contraintes familiales", "19 %"],
        ["Logement", "14 %"],
        ["Contenu de la formation jugé inadapté", "11 %"],
    ]),
    ("h", "5. Lutte contre les discriminations"),
    para("""Les entretiens avec les bénéficiaires résidant en quartier prioritaire font état d'un
    sentiment de discrimination lors des recherches de stage et d'emploi, lié au lieu de résidence
    ou à l'origine supposée. Les résultats du testing national conduit en 2023-2024 par la Dares
    confirment un écart de taux de rappel de 20 % à 30 % au détriment des candidats portant un nom
    d'origine maghrébine. Le programme a financé des actions de sensibilisation des recruteurs et le
    développement de la méthode de recrutement par simulation de France Travail, qui s'affranchit du
    CV ; ces actions restent toutefois limitées en volume."""),
    ("h", "6. Recommandations"),
    para("""1. Intégrer systématiquement un diagnostic des freins périphériques à l'entrée en parcours
    et financer des solutions de garde d'enfants et de mobilité. 2. Verser la rémunération des
    stagiaires dès le premier mois. 3. Recentrer le financement des formations tertiaires sur les
    certifications dont l'impact est démontré. 4. Développer l'accompagnement dans l'emploi. 5.
    Renforcer l'accès des plus de 50 ans aux formations courtes. 6. Étendre la méthode de
    recrutement par simulation et les actions de prévention des discriminations. 7. Consolider les
    partenariats entre SIAE, acteurs de la santé et services pénitentiaires. 8. Poursuivre
    l'évaluation par des études de suivi à trois ans."""),
    ("h", "6 bis. Enseignements des monographies territoriales"),
    para("""Dans le Val d'Arroux, territoire rural sans transport en commun, l'association d'un
    chantier d'insertion et d'une plateforme de mobilité a permis de diviser par deux les abandons
    de parcours. Dans le quartier des Hauts-de-Brenne, la présence d'une permanence de la mission
    locale dans le centre social a augmenté de 40 % les inscriptions de jeunes « invisibles ». Sur
    le littoral, la saisonnalité de l'emploi conduit de nombreux bénéficiaires à interrompre leur
    formation pour prendre un emploi d'été ; des calendriers de formation adaptés ont été testés."""),
    para("""Dans le bassin minier, enfin, l'évaluation relève la réussite d'un groupement
    d'employeurs pour l'insertion et la qualification, qui a permis à 74 personnes d'accéder à un
    contrat de professionnalisation dans l'industrie, dont 61 ont été embauchées en CDI."""),
    ("h", "7. Réponse des commanditaires"),
    para("""La région et l'État ont pris connaissance du rapport et retiennent l'essentiel des
    recommandations dans le plan « Compétences et emploi 2026-2028 », adopté par la commission
    permanente du 17 octobre 2025, notamment l'aide au premier équipement des apprentis, la
    médiation de l'apprentissage et le soutien renforcé aux SIAE des territoires ruraux. La
    recommandation relative au versement de la rémunération dès le premier mois fera l'objet d'une
    expérimentation en 2026 avec l'Agence de services et de paiement. Le rapport est publié en
    intégralité sur le site de l'observatoire, avec ses annexes méthodologiques."""),
]

DOCX_BLOCKS["p122_proces_verbal_conseil_administration_epci_maison_emploi.docx"] = [
    ("title", "Maison de l'emploi du Pays d'Aubin — procès-verbal du conseil d'administration du 25 septembre 2025"),
    para("""Présents : Mme Martine Legoff, présidente, conseillère communautaire ; M. Pierre-Yves
    Gourmelon, vice-président de la communauté d'agglomération chargé du développement économique ;
    Mme Anne Kervella, directrice de l'agence France Travail ; M. Loïc Tanguy, directeur de la
    mission locale ; M. Jean Caradec, représentant de la chambre de commerce et d'industrie ; Mme
    Odile Le Bras, représentante de l'union départementale FO ; M. François Nédélec, représentant de
    la CPME ; Mme Hélène Cariou, représentante du conseil départemental. Assistent : M. Yves Le Floch,
    directeur de la maison de l'emploi ; Mme Soizic Morvan, responsable administrative."""),
    ("h", "1. Approbation du procès-verbal de la séance du 19 juin 2025"),
    para("""Le procès-verbal est approuvé à l'unanimité."""),
    ("h", "2. Rapport d'activité du premier semestre"),
    para("""Le directeur présente l'activité : 6 840 passages à l'accueil, dont 38 % pour une aide aux
    démarches numériques ; 412 personnes accompagnées dans le cadre du plan local pour l'insertion
    et l'emploi (PLIE), dont 47 % d'allocataires du RSA ; 96 sorties positives, soit un taux de 44 %.
    La clause sociale dans les marchés publics a permis la réalisation de 58 000 heures d'insertion,
    dont 31 000 sur le chantier de la ligne de bus à haut niveau de service. La présidente salue
    l'engagement des entreprises du BTP, qui ont recruté en CDI douze personnes issues de ces
    heures d'insertion."""),
    para("""M. Gourmelon demande la répartition des heures par public. Le directeur indique que 41 %
    des heures ont bénéficié à des résidents des quartiers prioritaires, 23 % à des jeunes de moins de
    26 ans, 12 % à des personnes reconnues travailleurs handicapées et 9 % à des personnes placées
    sous main de justice orientées par le SPIP. Mme Le Bras souhaite que les conditions de travail des
    salariés en insertion sur les chantiers fassent l'objet d'un suivi, notamment au regard des
    risques d'accident ; le directeur indique que le facilitateur des clauses sociales effectue des
    visites régulières avec le coordonnateur sécurité du chantier."""),
    ("h", "3. Forum « Printemps de l'emploi » 2026"),
    para("""Le directeur présente le bilan de l'édition 2025 (4 200 visiteurs, 640 recrutements
    identifiés à trois mois) et le projet 2026, qui se tiendra le 19 mars au parc des expositions.
    Nouveautés : un espace « Inclusion » regroupant SIAE, entreprises adaptées et dispositif d'emploi
    accompagné ; une conférence sur la santé mentale au travail ; une garderie pour les enfants des
    visiteurs. Budget : 48 000 €, financé à parts égales par l'agglomération, France Travail et la
    région, avec une participation de 150 € par exposant privé. Le conseil approuve à l'unanimité."""),
    ("h", "4. Budget 2025 — décision modificative et orientations 2026"),
    para("""La responsable administrative présente la décision modificative n° 1 : inscription d'une
    recette supplémentaire de 35 000 € au titre du Fonds social européen pour le PLIE, et d'une
    dépense équivalente pour le recrutement d'une accompagnatrice à mi-temps. Adoptée à l'unanimité.
    Les orientations budgétaires 2026 prévoient un budget de 1,24 M€, en baisse de 2 %, du fait de la
    réduction de la participation de l'État à l'animation territoriale. Mme Cariou indique que le
    département maintiendra sa participation au PLIE pour les allocataires du RSA, à hauteur de
    180 000 €."""),
    ("h", "5. Observatoire local de l'emploi"),
    para("""Le chargé d'études présente la note de conjoncture du troisième trimestre : le nombre de
    demandeurs d'emploi de catégorie A sur le bassin atteint 9 420 (+ 2,8 % sur un an, effet de
    l'inscription automatique des allocataires du RSA). Les offres collectées reculent de 6 %. Les
    métiers les plus en tension restent l'aide à domicile, la conduite de poids lourds et la
    cuisine. Le taux de chômage de la zone d'emploi est de 7,1 %. Une étude sur les difficultés de
    recrutement dans les métiers du grand âge sera publiée en décembre, en partenariat avec l'ARS et
    les fédérations d'employeurs du secteur."""),
    para("""M. Nédélec souligne que les petites entreprises peinent à recruter des apprentis dans les
    métiers de bouche et que le taux de rupture des contrats dans ce secteur inquiète les artisans.
    M. Tanguy rappelle que la mission locale propose une médiation et qu'un référent unique sera mis
    en place en 2026 dans le cadre du plan régional."""),
    ("h", "6. Actions en faveur de l'égalité et contre les discriminations"),
    para("""La présidente présente la charte locale « Recruter sans discriminer », signée par 46
    entreprises depuis 2023. Une session de formation des recruteurs aux biais de sélection sera
    organisée en novembre avec la délégation locale du Défenseur des droits. Le conseil approuve la
    candidature de la maison de l'emploi à l'appel à projets de l'Agence nationale de la cohésion des
    territoires sur la lutte contre les discriminations dans l'emploi, pour un montant de 40 000 €
    sur deux ans."""),
    para("""Mme Le Bras demande que les organisations syndicales soient associées au comité de suivi
    de la charte ; la présidente accepte. M. Caradec indique que la CCI relaiera la charte auprès de
    ses ressortissants lors des petits-déjeuners d'entreprises."""),
    ("h", "7. Convention avec le centre pénitentiaire"),
    para("""Le directeur présente le projet de convention avec le centre pénitentiaire et le SPIP pour
    l'organisation de forums de l'emploi en détention et la préparation des sorties. Deux forums par
    an réuniront des employeurs, des SIAE et des organismes de formation ; la maison de l'emploi
    coordonnera l'intervention des partenaires. Le conseil approuve le principe et autorise la
    présidente à signer la convention."""),
    ("h", "7 bis. Clauses sociales dans les marchés de l'agglomération"),
    para("""M. Gourmelon présente le nouveau schéma de promotion des achats publics socialement et
    écologiquement responsables, adopté par le conseil communautaire en juillet. Il prévoit
    d'insérer une clause d'insertion dans tous les marchés de travaux de plus de 300 000 € et dans les
    marchés de services de nettoyage, d'entretien des espaces verts et de collecte des déchets, avec
    un objectif de 80 000 heures d'insertion par an en 2028. Le facilitateur de la maison de l'emploi
    accompagnera les entreprises attributaires dans le choix des modalités (embauche directe,
    recours à une ETTI ou à une association intermédiaire, sous-traitance à une SIAE). Mme Le Bras
    demande que les salariés recrutés bénéficient d'un accompagnement et d'une formation, et pas
    seulement d'heures de travail ; le directeur précise que le suivi des parcours est assuré par les
    référents du PLIE."""),
    para("""M. Caradec indique que certaines petites entreprises du bâtiment jugent la clause difficile
    à appliquer sur des marchés de courte durée. La présidente propose qu'un guide simplifié soit
    élaboré avec la fédération du BTP et la CAPEB et présenté au prochain conseil. Le conseil
    approuve à l'unanimité la convention de partenariat entre la maison de l'emploi et
    l'agglomération pour l'animation du dispositif, pour un montant de 62 000 € par an."""),
    para("""Mme Kervella précise que France Travail pourra présélectionner les candidats à partir des
    viviers de demandeurs d'emploi de longue durée et d'allocataires du RSA, en lien avec le
    département, et que la méthode de recrutement par simulation sera proposée aux entreprises qui
    le souhaitent."""),
    para("""Le directeur précise que le bilan des clauses sociales sera désormais présenté deux fois
    par an au conseil et publié sur le site de l'agglomération, avec la liste des marchés
    concernés et le nombre d'heures réalisées par marché."""),
    para("""Le conseil prend acte de ces engagements. Mme Cariou salue une démarche cohérente avec le
    pacte territorial pour l'insertion que le département signera en novembre."""),
    ("h", "8. Questions diverses"),
    para("""M. Caradec signale des démarchages frauduleux au CPF ciblant les salariés des petites
    entreprises ; un atelier de prévention est programmé le 4 décembre. La présidente informe le
    conseil du départ en retraite de Mme Soizic Morvan au 31 mars 2026, après dix-huit ans au service
    de la maison de l'emploi, et la remercie chaleureusement au nom du conseil. Le recrutement de sa
    remplaçante sera lancé en décembre. La prochaine séance aura lieu le 11 décembre 2025. La séance
    est levée à 19 h 15."""),
    para("""La présidente, Martine Legoff. Le secrétaire de séance, Pierre-Yves Gourmelon."""),
]

DOCX_BLOCKS["p123_guide_employeur_accueil_apprenti.docx"] = [
    ("title", "Guide de l'employeur : accueillir et former un apprenti"),
    para("""Chambre de métiers et de l'artisanat — édition 2025. Ce guide présente les étapes de
    l'embauche d'un apprenti, les obligations de l'employeur et les aides disponibles."""),
    ("h", "1. Avant l'embauche"),
    para("""L'apprenti doit avoir entre 16 et 29 ans révolus (15 ans s'il a terminé la classe de
    troisième). Aucune limite d'âge ne s'applique aux personnes reconnues travailleurs handicapées,
    aux sportifs de haut niveau et aux créateurs ou repreneurs d'entreprise. L'employeur désigne un
    maître d'apprentissage justifiant d'une expérience professionnelle et d'une qualification en
    rapport avec le diplôme préparé."""),
    ("h", "2. Le contrat"),
    para("""Le contrat (formulaire Cerfa FA13) est conclu pour la durée du cycle de formation, de six
    mois à trois ans. Il est transmis à l'opérateur de compétences dans les cinq jours suivant son
    début, qui en assure le dépôt. La rémunération varie selon l'âge et l'année : de 27 % du SMIC pour
    un apprenti de moins de 18 ans en première année à 100 % pour un apprenti de 26 ans et plus."""),
    ("h", "3. Santé et sécurité"),
    para("""L'apprenti bénéficie d'une visite d'information et de prévention dans les deux mois suivant
    l'embauche. Les apprentis mineurs ne peuvent effectuer certains travaux dangereux qu'après une
    déclaration de dérogation adressée à l'inspection du travail. Le travail de nuit est interdit aux
    mineurs, sauf dérogations limitées (boulangerie, hôtellerie-restauration). La durée du travail
    des mineurs ne peut excéder 8 heures par jour et 35 heures par semaine, sauf dérogation."""),
    ("h", "4. La rupture du contrat"),
    para("""Pendant les 45 premiers jours de formation pratique en entreprise, le contrat peut être
    rompu librement par l'une ou l'autre des parties. Au-delà, la rupture intervient d'un commun
    accord, à l'initiative de l'apprenti après sollicitation du médiateur consulaire, ou à
    l'initiative de l'employeur en cas de force majeure, de faute grave, d'inaptitude constatée par
    le médecin du travail ou d'exclusion définitive du CFA. Avant d'en arriver là, contactez le
    médiateur de la chambre : la plupart des conflits se règlent par le dialogue."""),
    ("h", "4 bis. Bien accueillir l'apprenti"),
    para("""Les premières semaines sont décisives : la moitié des ruptures interviennent pendant la
    période de 45 jours. Préparez l'arrivée de l'apprenti : présentez-lui l'équipe, remettez-lui un
    livret d'accueil, expliquez les horaires, les règles de sécurité et l'organisation des pauses.
    Désignez un interlocuteur disponible les premiers jours si le maître d'apprentissage est absent.
    Faites un point à la fin de la première semaine, puis à la fin du premier mois, avec le
    formateur référent du CFA. Un apprenti qui comprend ce qu'on attend de lui, qui se sent respecté
    et qui apprend réellement son métier a toutes les chances d'aller au bout de son contrat."""),
    para("""Pensez aussi aux difficultés matérielles que peut rencontrer un jeune : transport,
    logement, premier équipement. La région, la mission locale et le CFA peuvent l'aider ; n'hésitez
    pas à l'orienter vers eux. Le CFA dispose d'un référent handicap et d'une conseillère chargée de
    l'accompagnement social."""),
    ("h", "5. Les aides"),
    ("table", [
        ["Aide", "Montant", "Conditions"],
        ["Aide à l'embauche d'apprentis", "5 000 € (6 000 € si RQTH)", "Première année, diplôme jusqu'au bac + 5"],
        ["Aide Agefiph", "Jusqu'à 3 000 €", "Apprenti en situation de handicap"],
        ["Aide régionale premier équipement", "300 € à l'apprenti", "Niveaux 3 et 4, à partir de 2026"],
        ["Exonérations de cotisations", "Variables", "Selon la rémunération"],
    ]),
    para("""Le maître d'apprentissage peut suivre une formation de deux jours, prise en charge par
    l'opérateur de compétences, pour préparer sa mission et obtenir la certification correspondante."""),
    para("""En cas de difficulté persistante (absences répétées, conflit, problème de comportement),
    contactez sans attendre le CFA et le médiateur : une solution existe presque toujours avant la
    rupture, qu'il s'agisse d'un changement d'horaires, d'un avenant ou d'un changement d'équipe."""),
    ("h", "6. Contacts"),
    para("""Service apprentissage de la chambre de métiers : accueil du lundi au vendredi. Médiateur
    de l'apprentissage : saisine gratuite par téléphone ou par courriel. Inspection du travail :
    service de renseignement en droit du travail."""),
]

DOCX_BLOCKS["p124_etude_observatoire_metiers_grand_age.docx"] = [
    ("title", "Les métiers du grand âge : besoins de recrutement et conditions d'emploi"),
    para("""Étude de l'observatoire régional de l'emploi et des formations — décembre 2025. Auteurs :
    Yasmine Haddad et Léa Fournier. Étude réalisée avec le concours de l'ARS, du conseil
    départemental et des fédérations d'employeurs du secteur."""),
    ("h", "Principaux enseignements"),
    para("""La région compte 38 600 salariés dans les établissements d'hébergement pour personnes
    âgées dépendantes et les services d'aide à domicile. D'ici 2030, 14 200 postes seront à
    pourvoir, dont 60 % pour remplacer des départs en retraite. Les métiers d'aide-soignant,
    d'auxiliaire de vie et d'agent de service hospitalier concentrent 78 % des besoins."""),
    ("table", [
        ["Indicateur", "Aide à domicile", "EHPAD", "Ensemble des salariés"],
        ["Part de femmes", "95 %", "87 %", "49 %"],
        ["Temps partiel", "63 %", "24 %", "17 %"],
        ["Salaire net mensuel médian", "1 290 €", "1 720 €", "2 010 €"],
        ["Indice de fréquence des accidents du travail", "94", "98", "31"],
        ["Part de 50 ans et plus", "38 %", "33 %", "31 %"],
    ]),
    para("""Les accidents du travail sont trois fois plus fréquents que dans l'ensemble des secteurs,
    principalement du fait des manutentions de personnes et des trajets. Les troubles
    musculo-squelettiques et l'épuisement professionnel sont les principales causes d'inaptitude.
    Le turn-over atteint 28 % par an dans l'aide à domicile."""),
    ("h", "Leviers identifiés"),
    para("""Revalorisation salariale (avenant 43 de la branche de l'aide à domicile, Ségur) ;
    organisation du travail limitant les coupures ; indemnisation des temps de déplacement ;
    équipement en aides techniques (lève-personnes, rails) ; développement de la VAE et de
    l'apprentissage ; accompagnement des nouveaux salariés par des tuteurs ; accès au logement pour
    les salariés en zone touristique."""),
    ("h", "Méthode"),
    para("""Exploitation des déclarations sociales nominatives, de l'enquête Besoins en main-d'œuvre
    et des statistiques de l'Assurance maladie ; 42 entretiens avec des directeurs
    d'établissement, des salariés et des représentants syndicaux ; trois groupes de discussion avec
    des aides à domicile. Aucune donnée individuelle n'est publiée."""),
]

DOCX_BLOCKS["p125_cahier_charges_cellule_reclassement.docx"] = [
    ("title", "Cahier des clauses techniques particulières — cellule de reclassement"),
    para("""Marché passé par la société Valmont Emballages en application de l'accord portant plan de
    sauvegarde de l'emploi du site de Pont-Ribaud, validé par la DREETS. Le présent cahier des
    charges est communiqué aux cabinets consultés et au comité de suivi ; il ne contient aucune
    donnée personnelle."""),
    ("h", "1. Objet"),
    para("""La cellule de reclassement accompagne les salariés dont le licenciement pour motif
    économique est envisagé et qui adhèrent au congé de reclassement. Elle a pour objectif un
    reclassement durable (CDI, CDD ou intérim de six mois et plus, création d'entreprise, formation
    qualifiante) pour au moins 70 % des adhérents à douze mois."""),
    ("h", "2. Prestations attendues"),
    para("""Entretien individuel d'accueil dans les huit jours ; bilan professionnel ; construction
    d'un projet ; prospection active d'offres auprès des entreprises du bassin, y compris le marché
    caché ; appui à la formation et à la VAE ; accompagnement des créateurs ; suivi dans l'emploi
    pendant trois mois ; attention particulière aux salariés de plus de 55 ans, aux salariés en
    situation de handicap et aux couples travaillant tous deux sur le site."""),
    ("h", "3. Moyens"),
    para("""Un consultant pour 40 salariés au plus ; un local à moins de 5 km du site, accessible aux
    personnes à mobilité réduite ; des permanences en soirée. Le prestataire désigne un référent
    unique pour le comité de suivi."""),
    ("h", "4. Reporting"),
    para("""Rapport mensuel anonymisé au comité de suivi, présentant les indicateurs : adhésions,
    entretiens réalisés, offres proposées, solutions identifiées et validées. Les informations
    individuelles recueillies par les consultants sont couvertes par la confidentialité et ne sont
    pas transmises à l'employeur."""),
    ("h", "5. Rémunération"),
    para("""Forfait par adhérent, assorti d'une part variable liée aux reclassements validés. Les
    candidats présentent leur offre de prix dans le bordereau joint."""),
]

DOCX_BLOCKS["p126_fiche_poste_conseiller_entreprise_france_travail.docx"] = [
    ("title", "Fiche de poste — Conseiller(ère) à dominante entreprise"),
    para("""France Travail, agence de Saint-Aubin-des-Landes. CDI de droit privé, convention collective
    nationale de Pôle emploi. Poste à pourvoir au 5 janvier 2026."""),
    ("table", [
        ["Rubrique", "Contenu"],
        ["Missions", "Prospection des entreprises, recueil des besoins, appui au recrutement, méthode de recrutement par simulation"],
        ["Partenaires", "Branches, SIAE, Cap emploi, mission locale, collectivités"],
        ["Compétences", "Connaissance du tissu économique, relation client, techniques de recrutement non discriminantes"],
        ["Rémunération", "Niveau I, à partir de 2 150 € brut mensuels sur 14,5 mois"],
    ]),
    para("""France Travail s'engage en faveur de la diversité et de l'emploi des personnes en situation
    de handicap. Candidature via le site carrières avant le 15 décembre 2025."""),
]

DOCX_BLOCKS["p127_convention_partenariat_mission_locale_spip.docx"] = [
    ("title", "Convention de partenariat entre la mission locale et le service pénitentiaire d'insertion et de probation"),
    para("""Entre la mission locale des Deux-Rives, représentée par son président, M. Gérard Paillet,
    et le SPIP de l'Isère, représenté par sa directrice, Mme Nadine Roche."""),
    para("""Article 1 — Objet : favoriser l'insertion professionnelle des jeunes de 16 à 25 ans placés
    sous main de justice, détenus ou suivis en milieu ouvert. Article 2 — Engagements de la mission
    locale : permanence mensuelle à la maison d'arrêt ; accès au contrat d'engagement jeune dès la
    sortie ; référent identifié. Article 3 — Engagements du SPIP : orientation des jeunes ; partage,
    avec l'accord du jeune, des informations nécessaires à l'accompagnement ; participation aux
    commissions. Article 4 — Confidentialité : les informations relatives à la situation pénale ne
    sont communiquées qu'avec l'accord de l'intéressé et dans la limite du strict nécessaire.
    Article 5 — Évaluation annuelle. Article 6 — Durée de trois ans."""),
    para("""Fait à Grenoble, le 3 octobre 2025."""),
]

DOCX_BLOCKS["p128_note_conjoncture_emploi_trimestrielle.docx"] = [
    ("title", "Note de conjoncture — Emploi et chômage — 3e trimestre 2025"),
    ("table", [
        ["Indicateur", "T3 2025", "Évolution trimestrielle", "Évolution annuelle"],
        ["Emploi salarié privé", "1 052 300", "+ 0,1 %", "+ 0,3 %"],
        ["Intérim (ETP)", "58 700", "- 2,4 %", "- 6,1 %"],
        ["DEFM cat. A", "151 900", "- 0,5 %", "+ 3,2 %"],
        ["Taux de chômage BIT", "6,4 %", "- 0,1 pt", "+ 0,2 pt"],
        ["Déclarations d'embauche > 1 mois", "96 400", "- 1,8 %", "- 3,9 %"],
    ]),
    para("""L'emploi salarié privé reste quasiment stable ; la baisse de l'intérim, amorcée en 2023, se
    poursuit dans l'industrie. Les défaillances d'entreprises atteignent un niveau élevé (1 320 sur
    douze mois). Source : Insee, Urssaf, Dares, France Travail ; traitement OREF."""),
]

DOCX_BLOCKS["p129_charte_recruter_sans_discriminer.docx"] = [
    ("title", "Charte « Recruter sans discriminer » du Pays d'Aubin"),
    para("""Les entreprises signataires s'engagent à :"""),
    ("table", [
        ["Engagement", "Indicateur de suivi"],
        ["Rédiger des offres neutres, sans critère lié à l'âge, au sexe, à l'origine ou à l'apparence", "Relecture par la maison de l'emploi"],
        ["Former les recruteurs aux biais de sélection", "Nombre de personnes formées"],
        ["Examiner les candidatures sur les compétences", "Recours à la méthode de recrutement par simulation"],
        ["Accueillir des stagiaires issus des quartiers prioritaires", "Nombre de stages"],
        ["Aménager les postes pour les personnes handicapées", "Taux d'emploi OETH"],
    ]),
    para("""Rappel : le code du travail (article L. 1132-1) et le code pénal (article 225-1) prohibent
    25 critères de discrimination, dont l'origine, le sexe, l'âge, l'orientation sexuelle, les
    convictions religieuses, les activités syndicales, l'état de santé, le handicap, la situation de
    famille, le lieu de résidence et la vulnérabilité économique."""),
]

DOCX_BLOCKS["p130_programme_formation_maitres_apprentissage.docx"] = [
    ("title", "Formation des maîtres d'apprentissage — programme 2026"),
    para("""Session de deux jours, éligible à la certification « maître d'apprentissage / tuteur ».
    Organisée par la chambre de métiers et le CFA interprofessionnel."""),
    ("table", [
        ["Module", "Durée", "Contenu"],
        ["Accueillir", "3 h", "Intégration, livret d'accueil, règles de sécurité"],
        ["Transmettre", "4 h", "Organiser les apprentissages, progression"],
        ["Évaluer", "3 h", "Livret d'apprentissage, lien avec le CFA"],
        ["Prévenir les ruptures", "4 h", "Signaux d'alerte, médiation, situations de handicap et de difficulté sociale"],
    ]),
    para("""Tarif : 380 €, pris en charge par l'opérateur de compétences. Dates : 12-13 février,
    9-10 avril, 11-12 juin 2026."""),
]

DOCX_BLOCKS["p131_compte_rendu_comite_departemental_iae.docx"] = [
    ("title", "Conseil départemental de l'insertion par l'activité économique — compte rendu du 7 octobre 2025"),
    para("""Présidence : M. Jean-Pierre Auclair, secrétaire général de la préfecture. Le CDIAE a examiné
    douze demandes de conventionnement et de renouvellement."""),
    ("table", [
        ["Structure", "Demande", "Avis"],
        ["Tremplin Vert (ACI)", "Renouvellement 12 ETP", "Favorable"],
        ["Ressourcerie Les Trois Rivières (ACI)", "Extension 4 ETP", "Favorable"],
        ["Tremplin Intérim (ETTI)", "Renouvellement", "Favorable"],
        ["Services Plus (AI)", "Renouvellement", "Favorable avec réserve (taux de sortie)"],
        ["Nouvelle EI Réemploi Métal", "Création 6 ETP", "Favorable"],
    ]),
    para("""Le CDIAE relève un taux moyen de sorties dynamiques de 56 % et une part de femmes en
    parcours de 34 %, jugée insuffisante. Il recommande des actions vers les femmes isolées et
    les personnes réfugiées."""),
]

DOCX_BLOCKS["p132_modele_contrat_engagement_vierge.docx"] = [
    ("title", "Contrat d'engagement — modèle"),
    para("""Entre : le/la bénéficiaire : Nom ______ Prénom ______ Identifiant ______ et l'organisme
    référent : ______ représenté par ______."""),
    ("table", [
        ["Rubrique", "À compléter"],
        ["Objectif professionnel", "______"],
        ["Actions prévues", "______"],
        ["Durée hebdomadaire d'activité", "____ heures (modulable selon la situation)"],
        ["Freins identifiés", "□ mobilité □ logement □ santé □ garde d'enfants □ autre"],
        ["Date du prochain bilan", "__ / __ / ____"],
    ]),
    para("""Le bénéficiaire est informé de ses droits et devoirs, des sanctions possibles et des voies
    de recours. Signatures : ______"""),
]

DOCX_BLOCKS["p133_communique_ouverture_agence_france_services.docx"] = [
    ("title", "Communiqué — Une permanence France Travail à la France services de Ravières"),
    para("""À compter du 5 janvier 2026, une conseillère France Travail tiendra une permanence chaque
    mardi, de 9 h à 12 h 30, dans les locaux de la France services de Ravières, place de la Mairie.
    Les demandeurs d'emploi pourront y être reçus sur rendez-vous ou sans rendez-vous pour leurs
    démarches d'inscription, d'actualisation et d'accompagnement. Cette permanence remplace l'accueil
    physique du relais de Ravières, dont les locaux ne répondaient plus aux normes d'accessibilité.
    Le maire, M. Daniel Gauthier, s'est félicité du maintien d'un service de proximité."""),
]

DOCX_BLOCKS["p134_rapport_activite_service_renseignement_droit_travail.docx"] = [
    ("title", "Service de renseignement en droit du travail — bilan 2024"),
    ("table", [
        ["Thème des demandes", "Nombre", "Part"],
        ["Rupture du contrat", "3 608", "31 %"],
        ["Durée du travail, congés", "2 561", "22 %"],
        ["Rémunération", "1 979", "17 %"],
        ["Santé au travail, inaptitude", "1 048", "9 %"],
        ["Harcèlement, discriminations", "582", "5 %"],
        ["Autres", "1 862", "16 %"],
    ]),
    para("""Les demandes relatives aux licenciements pour inaptitude et aux arrêts maladie longs
    progressent de 12 %. Le service rappelle qu'il n'intervient pas dans les litiges individuels,
    qui relèvent du conseil de prud'hommes."""),
]

DOCX_BLOCKS["p135_ordre_du_jour_comite_suivi_revitalisation.docx"] = [
    ("title", "Comité de suivi de la convention de revitalisation — ordre du jour"),
    para("""Sous-préfecture de Saint-Dié — 12 mai 2026, 14 h 30. 1. Bilan des engagements financiers
    (prêts et subventions accordés). 2. Projets d'implantation en cours d'instruction. 3. Étude de
    requalification de la friche des Tréfileries : présentation de l'établissement public foncier.
    4. Bilan de la cellule de reclassement (indicateurs anonymisés). 5. Questions diverses. Les
    membres sont invités à confirmer leur présence auprès du bureau de l'économie de la sous-préfecture."""),
]

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_observatoire_chiffres_cles_apprentissage.html"] = (
    "Observatoire régional — L'apprentissage en chiffres",
    """
<h1>L'apprentissage dans la région : chiffres clés 2025</h1>
<p>Publication de l'observatoire régional de l'emploi et des formations. Données au 31 décembre 2024,
sources : système d'information de l'apprentissage (DECA), InserJeunes, enquêtes de l'observatoire.
Licence ouverte.</p>
<h2>Les apprentis</h2>
<p>La région compte 41 800 apprentis, soit 2,1 % de plus qu'un an plus tôt. Depuis la réforme de 2018,
leur nombre a plus que doublé, porté par l'enseignement supérieur, qui représente désormais 47 % des
effectifs. À l'inverse, les entrées en CAP diminuent pour la deuxième année consécutive.</p>
<table>
<tr><th>Niveau de diplôme</th><th>Apprentis</th><th>Évolution sur un an</th><th>Part de femmes</th></tr>
<tr><td>CAP (niveau 3)</td><td>9 420</td><td>- 4,5 %</td><td>31 %</td></tr>
<tr><td>Bac pro, BP (niveau 4)</td><td>8 730</td><td>- 1,2 %</td><td>33 %</td></tr>
<tr><td>BTS, BUT (niveau 5)</td><td>10 110</td><td>+ 3,8 %</td><td>49 %</td></tr>
<tr><td>Licence, bachelor (niveau 6)</td><td>7 280</td><td>+ 6,4 %</td><td>54 %</td></tr>
<tr><td>Master, ingénieur (niveau 7)</td><td>6 260</td><td>+ 7,9 %</td><td>51 %</td></tr>
</table>
<h2>Les employeurs</h2>
<p>Les entreprises de moins de 11 salariés accueillent 38 % des apprentis, et 71 % des apprentis de niveau
CAP. Les secteurs du commerce, de la construction et de l'hôtellerie-restauration sont les premiers
employeurs. Le secteur public (collectivités, hôpitaux, État) accueille 2 900 apprentis.</p>
<h2>Les ruptures de contrat</h2>
<p>Parmi les contrats commencés en 2023, 28 % ont été rompus avant leur terme. La moitié des ruptures
interviennent pendant la période de 45 jours durant laquelle chaque partie peut rompre librement. Une
partie des apprentis concernés signent ensuite un nouveau contrat : un an après la rupture, 41 % sont de
nouveau en apprentissage.</p>
<table>
<tr><th>Secteur</th><th>Taux de rupture</th></tr>
<tr><td>Hôtellerie-restauration</td><td>41 %</td></tr>
<tr><td>Coiffure, esthétique</td><td>38 %</td></tr>
<tr><td>Boulangerie, pâtisserie, boucherie</td><td>35 %</td></tr>
<tr><td>Bâtiment</td><td>29 %</td></tr>
<tr><td>Industrie</td><td>19 %</td></tr>
<tr><td>Banque, assurance</td><td>11 %</td></tr>
</table>
<p>Les entretiens conduits par l'observatoire avec 24 CFA mettent en évidence plusieurs facteurs : des
conflits relationnels avec le maître d'apprentissage ou l'équipe ; des horaires difficiles, notamment
dans la restauration ; l'éloignement entre le domicile, l'entreprise et le CFA ; les difficultés de
logement des jeunes ; une orientation subie ; parfois des manquements de l'employeur à ses obligations
(durée du travail des mineurs, absence de formation réelle). Les situations de harcèlement ou de
violence restent rares mais sont évoquées par la plupart des CFA, qui ont désigné des référents.</p>
<h2>L'insertion après l'apprentissage</h2>
<p>Six mois après la fin de leur formation, 72 % des apprentis de niveau CAP et 79 % des apprentis de
niveau BTS sont en emploi salarié. Ces taux sont supérieurs de 15 à 25 points à ceux des élèves sortant
de la voie scolaire pour les mêmes diplômes. Un an après, 61 % des anciens apprentis en emploi sont en
CDI, et 38 % ont été embauchés par l'entreprise qui les a formés.</p>
<h2>Le financement</h2>
<p>Les contrats d'apprentissage sont financés par les opérateurs de compétences selon des niveaux de
prise en charge fixés par les branches professionnelles. La région intervient au titre de la majoration
des niveaux de prise en charge pour l'aménagement du territoire et du développement économique, et
finance des aides aux apprentis (transport, hébergement, premier équipement).</p>
<p>L'aide exceptionnelle à l'embauche d'apprentis, versée par l'État, a été ramenée à 5 000 € pour les
entreprises de moins de 250 salariés en 2025 (6 000 € pour l'embauche d'un apprenti reconnu travailleur
handicapé). Selon les CFA interrogés, cette baisse a surtout affecté les embauches dans les entreprises
de taille intermédiaire et pour les diplômes du supérieur.</p>
<h2>Les apprentis en situation de handicap</h2>
<p>1 340 apprentis bénéficient d'une reconnaissance de la qualité de travailleur handicapé (3,2 %). Tous
les CFA disposent d'un référent handicap ; l'Agefiph finance des aménagements de poste et de formation.
Leur taux d'obtention du diplôme (78 %) est proche de celui de l'ensemble des apprentis (81 %).</p>
<h2>La mobilité internationale</h2>
<p>En 2024, 620 apprentis ont effectué une période de mobilité en Europe dans le cadre du programme
Erasmus+, pour une durée moyenne de trois semaines. Les CFA des métiers de bouche et de l'hôtellerie sont
les plus actifs.</p>
<h2>Focus : l'apprentissage dans la fonction publique</h2>
<p>Les collectivités territoriales de la région ont recruté 1 640 apprentis, principalement dans les
espaces verts, la petite enfance, l'animation et les fonctions administratives. Le Centre national de la
fonction publique territoriale finance 100 % des frais de formation depuis 2022. Les hôpitaux accueillent
820 apprentis, dont une majorité préparent le diplôme d'aide-soignant.</p>
<h2>Focus territorial</h2>
<p>Les écarts entre zones d'emploi sont marqués. Dans la zone de Port-Vallon, l'apprentissage de niveau
CAP progresse (+ 3 %) grâce à la création d'un CFA du maritime et de l'hôtellerie ; dans la zone de
Saint-Aubin-des-Landes, ce sont les formations d'ingénieurs en apprentissage qui tirent la croissance.
Les zones rurales de l'est de la région affichent les taux de rupture les plus élevés (34 %), en lien
avec les distances entre le domicile, l'entreprise et le CFA, qui dépassent souvent 50 kilomètres.</p>
<table>
<tr><th>Zone d'emploi</th><th>Apprentis</th><th>Part infra-bac</th><th>Taux de rupture</th></tr>
<tr><td>Saint-Aubin-des-Landes</td><td>12 840</td><td>29 %</td><td>24 %</td></tr>
<tr><td>Port-Vallon</td><td>6 210</td><td>51 %</td><td>31 %</td></tr>
<tr><td>Vallée du Loir</td><td>4 380</td><td>49 %</td><td>30 %</td></tr>
<tr><td>Pays de Retz</td><td>3 920</td><td>47 %</td><td>27 %</td></tr>
<tr><td>Est rural</td><td>5 610</td><td>56 %</td><td>34 %</td></tr>
</table>
<h2>Ce que disent les apprentis</h2>
<p>L'enquête menée en 2025 auprès de 3 200 apprentis montre que 81 % sont satisfaits de leur formation en
entreprise et 74 % de leur formation au CFA. Les motifs d'insatisfaction les plus cités sont le manque de
temps consacré par le maître d'apprentissage (27 %), les horaires (22 %), le coût du transport et du
logement (21 %) et le sentiment d'être employé « comme un salarié ordinaire » sans réelle formation (18 %).
Les apprentis mineurs signalent plus souvent des difficultés d'intégration dans les équipes. Seuls 38 %
des apprentis connaissent l'existence du médiateur de l'apprentissage.</p>
<h2>Les actions engagées</h2>
<p>En réponse, la région a adopté le 17 octobre 2025 un plan qui crée une aide au premier équipement, revalorise
l'aide à l'hébergement et expérimente une médiation précoce des contrats avec les chambres consulaires et
les missions locales. Les opérateurs de compétences développent la formation des maîtres d'apprentissage,
et le rectorat a désigné dans chaque lycée professionnel un référent chargé d'accompagner les élèves qui
souhaitent basculer vers l'apprentissage en cours de cursus.</p>
<h2>L'égalité entre les femmes et les hommes</h2>
<p>Les filles représentent 43 % des apprentis, mais seulement 31 % au niveau CAP, où les formations
restent très sexuées : 96 % de garçons dans le bâtiment et la mécanique, 89 % de filles dans la coiffure
et l'esthétique. Le programme régional « Mixité des métiers » finance des actions de découverte dans les
collèges et des stages d'immersion. En 2024, 310 jeunes filles ont signé un contrat d'apprentissage dans
un métier de l'industrie ou du bâtiment, soit 14 % de plus qu'en 2023. Les CFA signalent toutefois que
les apprenties dans ces métiers sont plus exposées aux propos sexistes et ont désigné des référentes ;
une charte régionale de prévention des violences sexistes et sexuelles a été signée par 62 CFA.</p>
<h2>Les apprentis plus âgés</h2>
<p>Depuis que l'âge limite a été porté à 29 ans révolus, les apprentis de 26 ans et plus sont 4 900 dans la
région, en majorité dans l'enseignement supérieur ou en reconversion. Près d'un sur cinq était auparavant
demandeur d'emploi ; ils sont plus souvent recrutés dans le transport, la santé et l'informatique.</p>
<h2>Calendrier des prochaines publications</h2>
<p>Mars 2026 : bilan de la rentrée 2025 en apprentissage. Juin 2026 : enquête sur les ruptures de
contrats des apprentis mineurs. Octobre 2026 : insertion des apprentis sortis en 2025.</p>
<h2>Méthode</h2>
<p>Les effectifs sont issus de la base DECA (contrats enregistrés par les opérateurs de compétences). Les
taux d'insertion proviennent du dispositif national InserJeunes, qui rapproche les fichiers des
apprentis et les déclarations sociales nominatives. Les taux de rupture sont calculés sur une cohorte de
contrats commencés au cours de l'année 2023 et suivis pendant 18 mois. Les données par CFA et par
diplôme sont disponibles en téléchargement au format CSV.</p>
<p>Contact : etudes@oref-example.fr — Directeur de la publication : Jean-Luc Moreau.</p>
""",
)

HTML_PAGES["p137_faq_france_travail_sanctions_suspension.html"] = (
    "Sanctions et suspension-remobilisation : vos questions",
    """
<h1>Suspension-remobilisation : ce qui change depuis le 1er janvier 2025</h1>
<h2>Qu'est-ce que la suspension-remobilisation ?</h2>
<p>C'est une nouvelle sanction, prévue par la loi du 18 décembre 2023 pour le plein emploi et le décret
du 30 mai 2025. Lorsque vous ne respectez pas une obligation de votre contrat d'engagement (absence à un
rendez-vous, action non réalisée), votre allocation peut être suspendue, en tout ou partie. Si vous
reprenez vos engagements dans les délais fixés, les sommes suspendues vous sont reversées.</p>
<h2>Combien de temps dure la suspension ?</h2>
<p>Elle est d'un à deux mois, et peut porter sur 30 % à 100 % de l'allocation selon la gravité et la
répétition du manquement. Pour les allocataires du RSA, la décision relève du président du conseil
départemental ; pour l'allocation chômage, de France Travail.</p>
<h2>Suis-je prévenu ?</h2>
<p>Oui. Avant toute décision, vous recevez un courrier vous informant du manquement et vous disposez de
dix jours pour présenter vos observations, par écrit ou lors d'un entretien. Des circonstances
particulières (maladie, hospitalisation, décès d'un proche, violences, problème de garde d'enfant,
absence de transport) sont prises en compte.</p>
<h2>Et la radiation ?</h2>
<p>La radiation de la liste des demandeurs d'emploi reste possible en cas de manquements répétés ou de
fraude. Elle entraîne la suppression de l'allocation pour la durée de la radiation.</p>
<h2>Comment contester ?</h2>
<ul>
<li>recours gracieux auprès du directeur de l'agence ou du président du conseil départemental ;</li>
<li>saisine du médiateur de France Travail ;</li>
<li>recours contentieux devant le tribunal administratif dans un délai de deux mois.</li>
</ul>
<h2>Chiffres</h2>
<p>Au premier semestre 2025, au niveau national, 1,8 % des demandeurs d'emploi indemnisés ont fait l'objet
d'une suspension ; dans 62 % des cas, la remobilisation a permis le reversement des sommes.</p>
<h2>Exemple fictif</h2>
<p>M. D. ne se présente pas à un atelier. Il répond au courrier en expliquant que son fils était malade.
L'agence prend acte et ne prononce aucune sanction.</p>
<h2>Exemple fictif n° 2</h2>
<p>Mme E. ne réalise pas les actions prévues pendant deux mois et ne répond pas aux courriers. Une
suspension de 30 % d'un mois est décidée ; elle reprend contact et s'inscrit à une formation ; les sommes
lui sont reversées le mois suivant.</p>
<h2>Qu'est-ce qu'un « motif légitime » ?</h2>
<p>Aucune liste exhaustive n'existe : chaque situation est examinée. Sont généralement reconnus comme
légitimes : un problème de santé, même sans arrêt de travail, une hospitalisation d'un proche, un
décès dans la famille, une convocation en justice, un entretien d'embauche ou une journée de travail,
une panne de transport en commun, une situation de violence, une difficulté imprévue de garde d'enfant.
Pensez à conserver les justificatifs, mais sachez que l'absence de justificatif n'empêche pas
l'examen de votre situation.</p>
<h2>Les heures d'activité sont-elles obligatoires pour tout le monde ?</h2>
<p>Non. La durée de quinze heures hebdomadaires est une référence. Elle peut être réduite, voire ramenée à
zéro, pour les personnes rencontrant des difficultés de santé, une situation de handicap, les parents
isolés sans solution de garde ou les personnes en situation de grande précarité. Les heures peuvent être
réalisées sous des formes variées : formation, immersion en entreprise, démarches de soins ou de logement,
ateliers collectifs, bénévolat.</p>
<h2>Les sanctions peuvent-elles toucher les jeunes en CEJ ?</h2>
<p>Oui, l'allocation du contrat d'engagement jeune peut être suspendue ou supprimée selon des règles
proches, après un échange avec le conseiller de la mission locale ou de France Travail.</p>
<h2>Mes données sont-elles partagées ?</h2>
<p>Seules les informations nécessaires à votre accompagnement sont partagées entre les membres du réseau
pour l'emploi (France Travail, département, mission locale, Cap emploi), dans le respect du RGPD.</p>
<p>Les décisions de sanction mentionnent toujours les voies et délais de recours ; conservez-les.</p>
<h2>Où trouver de l'aide ?</h2>
<p>Les points justice, les associations de chômeurs et le Défenseur des droits peuvent vous accompagner
gratuitement dans vos démarches. Les travailleurs sociaux du département peuvent vous aider si votre
situation financière devient difficile.</p>
""",
)

HTML_PAGES["p138_page_inspection_travail_accidents_mortels_prevention.html"] = (
    "Prévenir les accidents du travail graves et mortels",
    """
<h1>Accidents du travail graves et mortels : agir pour les prévenir</h1>
<p>Chaque année en France, plus de 700 personnes meurent d'un accident du travail, hors accidents de
trajet. Le plan pour la prévention des accidents du travail graves et mortels 2022-2027 fixe des
priorités : les chutes de hauteur, les engins et équipements de travail, le risque routier, les
intérimaires et les nouveaux embauchés, les jeunes et les travailleurs des petites entreprises.</p>
<h2>Les chiffres dans la région</h2>
<table>
<tr><th>Année</th><th>Accidents avec arrêt</th><th>Accidents mortels</th><th>Dont construction</th></tr>
<tr><td>2021</td><td>35 210</td><td>38</td><td>12</td></tr>
<tr><td>2022</td><td>36 470</td><td>44</td><td>15</td></tr>
<tr><td>2023</td><td>36 840</td><td>41</td><td>14</td></tr>
</table>
<h2>Les obligations de l'employeur</h2>
<ul>
<li>évaluer les risques et tenir à jour le document unique ;</li>
<li>former chaque salarié à la sécurité, avec une formation renforcée pour les intérimaires et les
salariés en CDD affectés à des postes à risques ;</li>
<li>fournir des équipements de travail conformes et les entretenir ;</li>
<li>déclarer tout accident du travail dans les 48 heures à la caisse primaire et, en cas d'accident
mortel, informer l'inspection du travail dans les 12 heures (article R. 4121-5).</li>
</ul>
<h2>Le rôle de l'inspection du travail</h2>
<p>Après un accident grave ou mortel, l'inspecteur du travail mène une enquête pour en établir les
causes. Il peut dresser un procès-verbal transmis au procureur de la République, notifier un arrêt
temporaire d'activité ou de travaux et adresser une mise en demeure. Il informe les représentants du
personnel et la CARSAT.</p>
<h2>Le rôle du CSE</h2>
<p>Le comité social et économique procède à une enquête après tout accident grave. Ses membres disposent
d'un droit d'alerte en cas de danger grave et imminent.</p>
<h2>Les ressources</h2>
<p>Guides de l'INRS, campagne « Travail en hauteur, pas droit à l'erreur », aides financières de
l'Assurance maladie pour les petites entreprises (subventions Prévention TPE), formations des
services de prévention et de santé au travail.</p>
<h2>Les intérimaires et les nouveaux embauchés</h2>
<p>Les salariés intérimaires ont un risque d'accident deux fois plus élevé que les salariés permanents ;
un accident grave sur cinq concerne une personne présente dans l'entreprise depuis moins de trois mois.
L'entreprise utilisatrice et l'entreprise de travail temporaire partagent la responsabilité de la
sécurité : le contrat de mise à disposition doit préciser si le poste présente des risques
particuliers, et l'entreprise utilisatrice doit assurer une formation renforcée à la sécurité ainsi
qu'un accueil et une information adaptés. Les nouveaux embauchés doivent être accompagnés par un
tuteur et ne jamais être affectés seuls à une tâche dangereuse pendant leurs premiers jours.</p>
<h2>Les fortes chaleurs</h2>
<p>Les épisodes de canicule augmentent le risque de malaise grave, notamment sur les chantiers et dans
l'agriculture. Depuis le décret du 27 mai 2025, l'employeur doit évaluer le risque de forte chaleur,
adapter les horaires, fournir de l'eau fraîche et des zones d'ombre, et peut être contraint d'arrêter
les travaux en cas de vigilance rouge. L'inspection du travail contrôle ces obligations pendant l'été.</p>
<h2>Signaler une situation dangereuse</h2>
<p>Tout salarié, représentant du personnel ou témoin peut informer l'inspection du travail d'une
situation dangereuse. L'identité de la personne à l'origine du signalement reste confidentielle : les
agents de contrôle ne peuvent révéler à l'employeur qu'un contrôle fait suite à une plainte.</p>
<h2>Les chutes de hauteur, première cause de décès</h2>
<p>Toitures fragiles, échafaudages incomplets, échelles utilisées comme poste de travail : les chutes de
hauteur restent la première cause d'accident mortel dans la construction. Privilégiez toujours les
protections collectives (garde-corps, filets) aux équipements individuels.</p>
<p>Consultez également la fiche pratique « droit d'alerte et de retrait » du service de renseignement.</p>
<p>Les services de prévention et de santé au travail proposent aux entreprises de moins de 50 salariés un
accompagnement gratuit pour la rédaction du document unique et le choix des équipements.</p>
<h2>Témoignage</h2>
<p>« Depuis l'accident de 2019, nous faisons un quart d'heure sécurité chaque lundi matin. Les
compagnons remontent les situations dangereuses, on les traite dans la semaine », explique
M. Pascal Deloffre, gérant d'une entreprise de couverture lauréate du trophée régional de la prévention
2024.</p>
""",
)

HTML_PAGES["p139_page_cpf_mon_compte_formation_arnaques_campagne.html"] = (
    "Campagne — Arnaques au CPF : restez vigilants",
    """
<h1>Arnaques au CPF : les bons réflexes</h1>
<p>Vous avez reçu un appel, un SMS ou un message vous proposant de « récupérer vos droits à formation
avant qu'ils expirent » ? C'est une arnaque. Vos droits n'expirent pas.</p>
<h2>Les signaux qui doivent vous alerter</h2>
<ul>
<li>un démarchage que vous n'avez pas sollicité — le démarchage commercial pour le CPF est interdit
depuis la loi du 19 décembre 2022 ;</li>
<li>une demande de vos identifiants, de votre mot de passe, de votre numéro de sécurité sociale ou d'un
code reçu par SMS ;</li>
<li>une formation « gratuite » accompagnée d'un cadeau ;</li>
<li>une urgence : « il ne reste que 48 heures ».</li>
</ul>
<h2>Que faire si vous êtes victime ?</h2>
<ol>
<li>Signalez la commande via la rubrique « Aide » de Mon Compte Formation.</li>
<li>Changez vos mots de passe (Mon Compte Formation, messagerie, FranceConnect).</li>
<li>Déposez plainte en ligne ou au commissariat ou à la gendarmerie.</li>
<li>Signalez le site ou le numéro sur les plateformes publiques de signalement.</li>
</ol>
<h2>Les chiffres de la lutte contre la fraude</h2>
<p>Depuis 2022, plus de 1 200 organismes ont été déréférencés et 43 M€ ont été recouvrés. Les
condamnations pénales prononcées contre des escrocs au CPF se multiplient : en 2024, le tribunal
correctionnel de Paris a condamné les dirigeants d'un réseau à des peines allant jusqu'à cinq ans
d'emprisonnement. La Caisse des dépôts se constitue partie civile dans les procédures.</p>
<h2>Comment choisir une formation en toute sécurité ?</h2>
<p>Passez toujours par la plateforme officielle ou l'application Mon Compte Formation. Vérifiez que
l'organisme est certifié Qualiopi et que la formation conduit à une certification inscrite au répertoire
national (le code RNCP ou RS est indiqué sur la fiche). Comparez plusieurs offres : prix, durée, taux de
réussite, avis des stagiaires, modalités (présentiel ou à distance). Méfiez-vous des formations de
quelques heures facturées plusieurs milliers d'euros. En cas de doute, demandez conseil à un conseiller
en évolution professionnelle, gratuitement.</p>
<h2>Quelles formations sont les plus demandées ?</h2>
<p>Dans la région, les formations les plus financées par le CPF en 2024 sont le permis de conduire B,
les langues étrangères (certifications TOEIC et Bright), la bureautique (TOSA, ICDL), le CACES, la
création d'entreprise et le bilan de compétences. Les formations aux métiers du soin et de l'aide à la
personne progressent fortement depuis l'abondement spécifique décidé par l'État et la région.</p>
<h2>Et si l'organisme ne respecte pas ses engagements ?</h2>
<p>Si la formation n'a pas lieu, est interrompue ou ne correspond pas à ce qui était annoncé, vous pouvez
déposer une réclamation sur la plateforme. La Caisse des dépôts peut demander à l'organisme le
remboursement des sommes et, en cas de manquement grave, le déréférencer.</p>
<h2>Les arnaques au « bilan de compétences »</h2>
<p>De faux bilans de compétences, réalisés en quelques séances à distance par des organismes peu
scrupuleux, ont été signalés. Un bilan de compétences sérieux dure en général 24 heures, réparties sur
plusieurs semaines, avec un consultant identifié, et se conclut par un document de synthèse qui vous
appartient et ne peut être communiqué à personne sans votre accord.</p>
<h2>Bon à savoir</h2>
<p>Un organisme ne peut ni vous offrir un cadeau, ni vous proposer de « partager » le montant de vos droits,
ni vous demander de signer un document en blanc. Ces pratiques sont interdites et doivent être signalées.</p>
<p>Les victimes peuvent aussi se rapprocher d'une association d'aide aux victimes ou d'une association de
consommateurs, qui les aidera gratuitement dans leurs démarches de plainte et de remboursement.</p>
<h2>Une question ?</h2>
<p>Les conseillers France Travail, des missions locales et du conseil en évolution professionnelle
peuvent vous aider à choisir une formation. Atelier d'information le 4 décembre à la maison de l'emploi,
animé par M. Fabien Lestrade, délégué territorial de la Caisse des dépôts.</p>
<h2>Le saviez-vous ?</h2>
<p>Pour valider une commande, vous devez désormais vous connecter avec une identité numérique de
niveau élevé (FranceConnect+). Cette mesure a fait baisser les signalements d'usurpation de 85 %. Depuis
2024, une participation forfaitaire de l'ordre de 100 € est demandée pour chaque formation, sauf pour les
demandeurs d'emploi et en cas d'abondement de l'employeur.</p>
""",
)

HTML_PAGES["p140_offre_emploi_encadrant_technique_aci.html"] = (
    "Offre d'emploi — Encadrant technique d'insertion",
    """
<h1>Encadrant(e) technique d'insertion — maraîchage biologique</h1>
<p><b>Association Les Jardins du Littoral</b> — CDI 35 h — Saint-Aubin-des-Landes</p>
<p>Vous encadrez une équipe de 8 à 12 salariés en parcours d'insertion (chômeurs de longue durée,
allocataires du RSA, personnes réfugiées, personnes sortant de détention) sur la production de légumes
vendus en paniers. Vous organisez la production, transmettez les gestes professionnels, veillez à la
sécurité et participez à l'évaluation des compétences avec l'accompagnatrice socio-professionnelle.</p>
<p>Profil : BPREA ou expérience en maraîchage ; titre professionnel ETI apprécié.</p>
<p>Salaire : 2 050 € brut mensuels. Candidature : recrutement@jardins-littoral.example.org</p>
""",
)

HTML_PAGES["p141_actualite_signature_pacte_territorial_insertion.html"] = (
    "Actualité — Signature du pacte territorial pour l'insertion",
    """
<h1>Le département, l'État et France Travail signent le pacte territorial pour l'insertion</h1>
<p>Le 14 novembre 2025, le président du conseil départemental, M. Alain Rivière, la préfète et le
directeur territorial de France Travail ont signé le pacte territorial pour l'insertion et l'emploi
2026-2028. Il fixe trois priorités : l'accompagnement des 14 200 allocataires du RSA, la levée des freins
à l'emploi (mobilité, garde d'enfants, santé) et la mobilisation des employeurs.</p>
<p>Budget : 38 M€ sur trois ans. Le pacte prévoit notamment 400 places supplémentaires en structures
d'insertion, un fonds de mobilité et un partenariat avec les centres médico-psychologiques pour les
personnes souffrant de troubles psychiques.</p>
""",
)

HTML_PAGES["p142_page_mission_locale_presentation_services.html"] = (
    "Mission locale des Deux-Rives — Nos services",
    """
<h1>Tu as entre 16 et 25 ans ? La mission locale t'accompagne</h1>
<ul>
<li>Trouver un emploi, une formation, un contrat d'apprentissage ;</li>
<li>bénéficier du contrat d'engagement jeune (jusqu'à 528 € par mois) ;</li>
<li>obtenir une aide pour le permis, le logement, la santé ;</li>
<li>parler à une psychologue, gratuitement et en toute confidentialité, au point accueil écoute jeunes.</li>
</ul>
<p>Accueil sans rendez-vous du lundi au vendredi, 9 h – 12 h. Permanences à la maison d'arrêt, au foyer de
jeunes travailleurs et au lycée professionnel.</p>
""",
)

HTML_PAGES["p143_resultats_concours_creation_entreprise_quartiers.html"] = (
    "Palmarès — Concours Talents des cités",
    """
<h1>Talents des quartiers 2025 : les lauréats</h1>
<p>Le jury, présidé par Mme Hélène Marchal, directrice régionale de Bpifrance, a distingué cinq créateurs
d'entreprise issus des quartiers prioritaires :</p>
<ul>
<li>Samia Boudjema — traiteur solidaire de cuisine du monde, Les Hauts-de-Brenne ;</li>
<li>Kevin N'Guessan — atelier de réparation de vélos, quartier Saint-Jean ;</li>
<li>Laura Pinto — agence de communication inclusive ;</li>
<li>Mehdi Arfaoui — entreprise de rénovation énergétique ;</li>
<li>Aminata Sy — crèche associative à horaires atypiques.</li>
</ul>
<p>Chaque lauréat reçoit 5 000 € et un an d'accompagnement par un parrain chef d'entreprise.</p>
""",
)

HTML_PAGES["p144_agenda_ateliers_agence_novembre.html"] = (
    "Agenda des ateliers — agence de Mérignac-Beaulieu",
    """
<h1>Ateliers de novembre 2025</h1>
<table>
<tr><th>Date</th><th>Atelier</th></tr>
<tr><td>4/11, 9 h 30</td><td>Réussir son entretien d'embauche</td></tr>
<tr><td>6/11, 14 h</td><td>Créer son entreprise : les premières étapes</td></tr>
<tr><td>13/11, 9 h 30</td><td>Les métiers de l'aéronautique qui recrutent</td></tr>
<tr><td>18/11, 14 h</td><td>Travailleurs en situation de handicap : vos droits (avec Cap emploi)</td></tr>
<tr><td>25/11, 9 h 30</td><td>Utiliser son CPF sans se faire arnaquer</td></tr>
</table>
<p>Inscription depuis votre espace personnel ou à l'accueil.</p>
""",
)

HTML_PAGES["p145_page_vae_temoignages_laureats.html"] = (
    "VAE — Ils ont validé leur expérience",
    """
<h1>Cérémonie de remise des diplômes VAE 2025</h1>
<p>Le 9 octobre, 86 lauréats ont reçu leur diplôme obtenu par la validation des acquis de l'expérience,
en présence du recteur et de la vice-présidente de la région. Parmi eux, M. Patrick Lenoir, agent de
maintenance depuis vingt ans, désormais titulaire du BTS maintenance des systèmes, et Mme Fatima
Ziani, qui a obtenu le diplôme d'État d'éducatrice de jeunes enfants après quinze ans comme assistante
maternelle.</p>
<p>« La VAE m'a donné confiance », a témoigné M. Lenoir lors de la cérémonie. Plus de 3 100 personnes
se sont engagées dans une VAE dans la région en 2024.</p>
""",
)

HTML_PAGES["p146_avis_consultation_mise_en_demeure_modele.html"] = (
    "Modèle de mise en demeure de l'inspecteur du travail",
    """
<h1>Guide de l'agent de contrôle — modèle de mise en demeure (article L. 4721-4)</h1>
<p>Le présent modèle est publié à titre pédagogique ; les mentions entre crochets sont à compléter.</p>
<p>[Nom de l'entreprise], [adresse]<br>Objet : mise en demeure</p>
<p>Lors de mon contrôle du [date] dans votre établissement, j'ai constaté [description objective de la
situation dangereuse], en méconnaissance des dispositions de l'article [référence] du code du travail.</p>
<p>En application de l'article L. 4721-4 du code du travail, je vous mets en demeure de [mesures à
prendre] dans un délai de [délai, au moins quatre jours ouvrables].</p>
<p>À défaut, un procès-verbal pourra être dressé. Cette décision peut faire l'objet d'une réclamation
auprès du directeur régional dans un délai de quinze jours.</p>
""",
)

HTML_PAGES["p147_page_entreprises_adaptees_esat_difference.html"] = (
    "Entreprise adaptée, ESAT : quelles différences ?",
    """
<h1>Entreprise adaptée ou ESAT : comprendre les différences</h1>
<p>L'<b>entreprise adaptée</b> est une entreprise du milieu ordinaire qui emploie au moins 55 % de
travailleurs reconnus handicapés. Les salariés ont un contrat de travail et perçoivent au moins le SMIC.</p>
<p>L'<b>établissement et service d'accompagnement par le travail (ESAT)</b> est un établissement médico-social
qui accueille, sur orientation de la commission des droits et de l'autonomie, des personnes dont les
capacités de travail ne leur permettent pas de travailler en milieu ordinaire. Depuis 2024, les
travailleurs d'ESAT bénéficient de nouveaux droits (droit syndical, droit de grève, prise en charge des
frais de transport).</p>
<p>Dans la région : 64 entreprises adaptées (3 900 salariés) et 112 ESAT (8 700 places).</p>
""",
)

HTML_PAGES["p148_communique_salon_alternance_universite.html"] = (
    "Communiqué — Salon de l'alternance",
    """
<h1>Salon de l'alternance : 900 offres le 11 février</h1>
<p>L'université, le CFA de l'enseignement supérieur et la CCI organisent le salon de l'alternance le
mercredi 11 février 2026, de 13 h à 18 h, sur le campus de la Lande. Plus de 80 entreprises proposeront
900 contrats d'apprentissage et de professionnalisation, du BUT au master.</p>
<p>Ateliers CV, simulation d'entretiens, rencontre avec le référent handicap. Entrée libre.</p>
""",
)

HTML_PAGES["p149_page_statistiques_plans_sauvegarde_emploi.html"] = (
    "Données — Plans de sauvegarde de l'emploi",
    """
<h1>Les plans de sauvegarde de l'emploi dans la région</h1>
<table>
<tr><th>Année</th><th>PSE validés ou homologués</th><th>Ruptures envisagées</th><th>Part industrie</th></tr>
<tr><td>2022</td><td>19</td><td>1 310</td><td>48 %</td></tr>
<tr><td>2023</td><td>24</td><td>1 870</td><td>55 %</td></tr>
<tr><td>2024</td><td>31</td><td>2 460</td><td>61 %</td></tr>
</table>
<p>Les accords majoritaires représentent 79 % des plans. L'administration vérifie notamment la régularité
de la procédure d'information-consultation du CSE, la proportionnalité des mesures au regard des moyens
de l'entreprise et du groupe, et les mesures de prévention des risques psychosociaux liés à la
réorganisation. Source : DREETS, applicatif RUPCO.</p>
""",
)

HTML_PAGES["p150_page_histoire_bourse_du_travail.html"] = (
    "Patrimoine — La Bourse du travail",
    """
<h1>La Bourse du travail, 1894-2025</h1>
<p>Inaugurée en 1894, la Bourse du travail accueillait les chambres syndicales ouvrières et un bureau de
placement gratuit, ancêtre des services publics de l'emploi. Son premier secrétaire, le typographe
Eugène Lemaire (1851-1912), militant syndicaliste, y organisa des cours du soir et une bibliothèque
ouvrière de 4 000 volumes.</p>
<p>Le bâtiment, inscrit aux monuments historiques en 1996, abrite aujourd'hui les unions locales des
organisations syndicales, une salle d'exposition et, depuis 2025, une permanence de la maison de l'emploi.
Visites guidées lors des Journées européennes du patrimoine.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
