"""Build the .docx and .html documents of the hand-written sensitivity set dev37.

Theme: public finance and taxation (a commune's finance department and the public treasury:
budgets, budget orientation debates, regional audit chamber reports, debt and loans, subsidies,
recovery of unpaid bills, remissions and payment plans, seizures, local taxes and exemptions,
cash offices and their discrepancies, grants to companies, procurement payments, fraud reports,
public accountants' liability).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev37_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev37"
FIXED = dt.datetime(2025, 12, 1, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_audit_interne_dgs_confidentiel.docx"] = [
    ("title", "Audit interne de la fonction financière — rapport définitif"),
    para("""CONFIDENTIEL — Usage interne exclusif. Destinataires : le maire et le président de la
    commission d'appel d'offres. Ville de Saint-Pol-sur-Ternoise, mission confiée au cabinet
    Ternois Conseil Public, octobre 2025."""),
    ("h", "1. Périmètre et méthode"),
    para("""La mission a porté sur l'organisation de la direction des finances, la chaîne de la
    dépense, le suivi des recettes et les relations avec le service de gestion comptable. Elle a
    reposé sur l'analyse de 412 mandats et 180 titres tirés au sort sur les exercices 2023 et 2024,
    sur vingt-deux entretiens et sur l'examen des délégations de signature."""),
    ("h", "2. Constats sur la chaîne de la dépense"),
    para("""Le délai global de paiement atteint 38 jours en moyenne, au-delà du plafond légal de
    30 jours ; 14 % des factures donnent lieu au versement d'intérêts moratoires, pour 21 600 € en
    2024. Le service fait est attesté tardivement par les services gestionnaires, faute d'outil de
    suivi partagé. Les engagements juridiques ne sont saisis qu'à réception de la facture dans près
    d'un cas sur deux, ce qui prive la commune de toute vision des crédits réellement disponibles."""),
    para("""Sur le volet recettes, l'émission des titres de loyers commerciaux est irrégulière et
    les révisions de loyers prévues aux baux n'ont pas été appliquées depuis 2021, pour un manque
    à gagner estimé à 46 000 €."""),
    ("h", "3. Gouvernance et management"),
    para("""La mission relève un fonctionnement très centralisé autour de la directrice générale
    des services, Mme Hélène Caudron, qui valide personnellement l'ensemble des bons de commande
    supérieurs à 500 €. Plusieurs agents décrivent un climat de tension, des consignes changeantes
    et des reproches formulés publiquement en réunion. Trois cadres ont quitté la direction des
    finances en dix-huit mois ; deux d'entre eux ont évoqué lors de leur entretien de départ
    « un management par la peur ». La mission considère que la DGS ne dispose plus de la confiance
    de l'encadrement intermédiaire et que son positionnement constitue un facteur de risque pour
    la continuité du service financier. Elle recommande un accompagnement par un coach extérieur
    et un réexamen, à l'issue d'une période de six mois, de l'adéquation entre le profil de la
    DGS et les besoins de la collectivité."""),
    ("h", "4. Commande publique"),
    para("""Sur les 37 marchés examinés, la mission n'a relevé aucune irrégularité de procédure
    majeure. Toutefois, la computation des seuils pour les fournitures de bureau et l'entretien des
    espaces verts n'est pas réalisée par famille homogène, ce qui conduit à des achats répétés
    sans publicité auprès du même fournisseur."""),
    ("table", [
        ["Risque", "Niveau", "Recommandation"],
        ["Délais de paiement", "Élevé", "Circuit dématérialisé du service fait"],
        ["Révision des loyers", "Moyen", "Échéancier automatique des révisions"],
        ["Management de la direction", "Élevé", "Accompagnement et réexamen à six mois"],
        ["Seuils de la commande publique", "Moyen", "Nomenclature des familles d'achat"],
    ]),
    ("h", "5. Conclusion"),
    para("""Les marges de progrès sont réelles et pour la plupart accessibles à court terme. La
    mission insiste sur le fait que la réussite du plan d'action dépend d'abord de l'apaisement des
    relations de travail au sein de la direction générale et de la direction des finances."""),
]

DOCX_BLOCKS["s047_arrete_mise_en_debet_regisseur.docx"] = [
    ("title", "Décision de mise en jeu de la responsabilité d'un régisseur"),
    para("""Ville de Langres-sur-Marne — Décision du maire n° 2025-38 portant constatation d'un
    déficit et mise en débet du régisseur de la régie de recettes du camping municipal."""),
    para("""Vu le décret n° 2008-227 du 5 mars 2008 modifié ; vu le procès-verbal de vérification
    du 18 août 2025 établi par le comptable public ; vu les observations présentées par le
    régisseur le 2 septembre 2025 ;"""),
    para("""Considérant qu'un déficit de 3 215,40 € a été constaté dans la caisse de la régie ;
    que M. Sébastien Morlot, régisseur titulaire, expose que ces fonds ont été dérobés à son domicile
    où il les conservait temporairement, par son épouse, dont il est séparé depuis et contre laquelle
    il a déposé plainte pour vol le 20 août ; que le code de la régie interdit la conservation des
    fonds hors du coffre de l'accueil ;"""),
    para("""Considérant que les circonstances invoquées, dont la réalité n'est pas contestée, ne
    constituent pas un cas de force majeure ;"""),
    ("h", "Décide"),
    para("""Article 1 : M. Sébastien Morlot est constitué débiteur de la commune pour la somme de
    3 215,40 €. Article 2 : Un ordre de versement lui sera notifié. Article 3 : L'intéressé peut
    solliciter un sursis de versement et une remise gracieuse auprès du directeur départemental des
    finances publiques, compte tenu de sa situation familiale et de la procédure pénale en cours."""),
]

DOCX_BLOCKS["s048_etat_restes_recouvrer_observations.docx"] = [
    ("title", "État des restes à recouvrer supérieurs à 1 000 € — revue trimestrielle"),
    para("""Réunion ordonnateur / comptable du 7 octobre 2025 — commune de Fougères-la-Forêt.
    Document de travail : commentaires du service des finances et du SGC."""),
    ("table", [
        ["Débiteur", "Nature", "Montant", "Observation"],
        ["M. Ludovic Ferron", "Loyers garage et logement", "4 820 €",
         "Licencié en mars ; SATD employeur sans effet ; dossier FSL en cours."],
        ["Mme Yvette Gallais", "Hébergement EHPAD", "6 310 €",
         "Obligés alimentaires (deux enfants) refusent de payer ; saisine du JAF envisagée."],
        ["SARL Le Fournil", "Droits de terrasse", "1 240 €", "Redressement judiciaire ; déclaration faite."],
        ["M. et Mme Daucé", "Eau et assainissement", "1 980 €",
         "Fuite sur installation privée ; écrêtement accordé, solde en échéancier."],
        ["Mme Clarisse Hubert", "Cantine et périscolaire", "1 120 €",
         "Hospitalisée en psychiatrie depuis juin ; enfants chez leur grand-mère ; suspendre."],
    ]),
    para("""Décisions : suspension des poursuites pour Mme Hubert et M. Ferron ; relance du juge
    pour Mme Gallais ; maintien de l'échéancier des époux Daucé."""),
]

DOCX_BLOCKS["s049_rapport_social_demande_remise_loyer.docx"] = [
    ("title", "Rapport social à l'appui d'une demande de remise gracieuse"),
    para("""Centre communal d'action sociale de Montceau-lès-Mines-le-Bois. Rapport établi par
    Mme Laurence Perrot, assistante de service social, le 3 novembre 2025, à l'attention de la
    commission des finances et du comptable public."""),
    ("h", "Situation familiale"),
    para("""Mme Kelly Bouhier, 31 ans, vit avec ses trois enfants âgés de 12, 8 et 4 ans dans un
    logement communal de la rue des Mineurs. Elle a quitté le domicile conjugal en février 2025
    après des violences de son conjoint, qui a été condamné en juillet à dix-huit mois
    d'emprisonnement dont six avec sursis par le tribunal correctionnel de Chalon. Une ordonnance
    de protection lui a été délivrée ; le père n'a plus de droit de visite."""),
    ("h", "Situation financière"),
    para("""Ses ressources se composent du RSA majoré, des allocations familiales et de l'allocation
    de soutien familial, soit 1 640 € par mois. Le loyer de 470 € n'a pas été payé de février à
    juin, période pendant laquelle elle était hébergée en centre d'hébergement d'urgence, le bail
    restant au nom du couple. La dette s'élève à 2 350 €."""),
    ("h", "Situation des enfants"),
    para("""L'aîné fait l'objet d'un suivi éducatif en milieu ouvert décidé par le juge des
    enfants ; il est suivi par le centre médico-psychologique pour des troubles du sommeil. Le
    benjamin présente un retard de langage en cours de bilan."""),
    ("h", "Avis de l'assistante sociale"),
    para("""La dette s'est constituée pendant une période où Mme Bouhier ne pouvait pas occuper le
    logement. Une remise totale est sollicitée, ainsi que le transfert du bail à son seul nom. Elle
    règle régulièrement son loyer depuis juillet."""),
]

DOCX_BLOCKS["s050_dossier_aide_startup_previsionnel.docx"] = [
    ("title", "Dossier de demande d'aide — Fonds d'innovation territorial"),
    para("""Métropole de Grenoble-Isère — Annexe confidentielle au dossier déposé par la SAS
    Hydrolyse Alpes (dispositif de stockage d'hydrogène pour véhicules utilitaires)."""),
    ("h", "Plan d'affaires (non publié)"),
    ("table", [
        ["Indicateur", "2025", "2026", "2027"],
        ["Chiffre d'affaires prévisionnel", "0,4 M€", "2,1 M€", "6,8 M€"],
        ["Marge brute", "18 %", "34 %", "41 %"],
        ["Trésorerie fin d'année", "0,3 M€", "-0,6 M€", "1,2 M€"],
        ["Effectif", "9", "21", "38"],
    ]),
    para("""Le prix de revient du réservoir composite (2 140 € par unité) repose sur un procédé
    d'enroulement breveté en cours de dépôt et sur un accord d'exclusivité de trois ans avec un
    fournisseur de fibre de carbone, dont les conditions tarifaires (remise de 22 % sur le prix
    catalogue) ne doivent pas être communiquées. Un constructeur automobile européen a signé une
    lettre d'intention pour 1 500 unités en 2027, sous clause de confidentialité."""),
    para("""La levée de fonds de série A (4 M€) est en négociation avec deux fonds ; la valorisation
    pré-monnaie discutée est de 14 M€. L'aide de la métropole (200 000 €) conditionne la
    participation de l'un d'eux."""),
]

DOCX_BLOCKS["s051_cr_reunion_syndicat_regie_eau.docx"] = [
    ("title", "Compte rendu de la réunion avec les représentants du personnel — régie des eaux"),
    para("""Régie intercommunale des eaux du Lodévois, réunion du 16 octobre 2025. Présents : le
    directeur de la régie, la responsable administrative et financière, M. Christophe Azéma
    (délégué CGT), Mme Sonia Bastide (déléguée FO)."""),
    para("""1. Réorganisation du service facturation : la direction présente le transfert de
    l'encaissement au comptable public et la suppression de la régie de recettes de l'accueil.
    Les représentants demandent des garanties sur les postes ; la direction confirme qu'aucune
    suppression n'est prévue."""),
    para("""2. Situation de M. Azéma : il indique avoir été écarté de la formation au nouveau
    logiciel de facturation depuis qu'il a pris son mandat syndical, et estime que son entretien
    annuel, qui lui reproche des « absences désorganisatrices », tient compte de ses heures de
    délégation. La direction répond que l'appréciation porte sur des retards de traitement des
    réclamations, indépendants du mandat. Il est convenu que son évaluation sera revue en présence
    du DRH et que ses heures de délégation seront neutralisées dans les objectifs."""),
    para("""3. Prime de fin d'année : les représentants demandent l'alignement sur la collectivité
    de rattachement ; la question sera inscrite au prochain comité social territorial."""),
]

DOCX_BLOCKS["s052_rapport_test_intrusion_portail_paiement.docx"] = [
    ("title", "Rapport de test d'intrusion — portail de paiement des factures"),
    para("""DIFFUSION RESTREINTE. Ville de Montélimar-Provence, DSI. Prestataire : SecuriSud Audit.
    Tests réalisés du 8 au 12 septembre 2025 sur le portail famille et le module de paiement."""),
    ("table", [
        ["Réf.", "Vulnérabilité", "Criticité", "Statut"],
        ["V1", "Injection SQL sur le paramètre « id_facture » de la page de consultation", "Critique",
         "Non corrigée"],
        ["V2", "Mot de passe par défaut « admin/Montelimar26 » sur la console de la passerelle PayFiP",
         "Critique", "Non corrigée"],
        ["V3", "Absence de limitation des tentatives de connexion", "Élevée", "Non corrigée"],
        ["V4", "Export CSV des débiteurs accessible sans authentification via /exports/", "Critique",
         "Correctif prévu le 30/09"],
    ]),
    para("""La vulnérabilité V4 permet de télécharger la liste complète des familles débitrices
    avec adresses et montants. L'exploitation combinée de V1 et V2 permettrait de modifier les
    montants des factures et de rediriger les paiements. Il est recommandé de fermer le portail
    jusqu'à la correction de V1, V2 et V4."""),
]

DOCX_BLOCKS["s053_fiche_instruction_aide_famille_sans_titre.docx"] = [
    ("title", "Fiche d'instruction — aide exceptionnelle du fonds de solidarité communal"),
    para("""Mairie de Saint-Denis-de-l'Ourcq — Service des solidarités. Commission du 12 juin 2025."""),
    ("table", [
        ["Rubrique", "Renseignements"],
        ["Demandeur", "M. Arsène Kabongo, 38 ans"],
        ["Composition du foyer", "Couple, deux enfants scolarisés (6 et 9 ans)"],
        ["Statut administratif", "Famille déboutée du droit d'asile en 2023, sans titre de séjour ; "
                                 "demande d'admission exceptionnelle au séjour déposée en avril 2025"],
        ["Ressources", "Aucune ressource déclarée ; aide alimentaire associative"],
        ["Dette", "Cantine et centre de loisirs : 812 € (titres transmis au SGC)"],
    ]),
    para("""Avis : la famille ne peut ouvrir droit aux prestations de la CAF ; les enfants
    fréquentent la cantine depuis 2022. Proposition : prise en charge de la dette par le fonds
    (812 €) et application du tarif minimal. Le comptable sera invité à annuler les poursuites."""),
]

DOCX_BLOCKS["s054_registre_acces_biometrique_salle_coffres.docx"] = [
    ("title", "Registre des habilitations biométriques — salle des coffres de la trésorerie hospitalière"),
    para("""Centre hospitalier de Dax-Côte d'Argent — Service de gestion comptable hospitalier.
    Registre tenu par le responsable de la sécurité. Extrait au 1er octobre 2025."""),
    ("table", [
        ["Agent", "Fonction", "Modalité", "Observations"],
        ["Mme Carine Lafitte", "Régisseuse des dépôts des patients", "Réseau veineux de la paume",
         "Gabarit réenregistré après plâtre (fracture du poignet)"],
        ["M. Olivier Dufau", "Chef de service comptable", "Réseau veineux de la paume", "—"],
        ["Mme Lina Barrère", "Agente de caisse", "Empreinte digitale (exception)",
         "Lecture veineuse impossible, maladie de Raynaud"],
    ]),
    para("""Les gabarits sont conservés sur le serveur du contrôle d'accès, dans une base chiffrée
    dont la clé est détenue par la DSI. Toute sortie de fonction entraîne la suppression du
    gabarit sous 48 heures."""),
]

DOCX_BLOCKS["s055_note_cabinet_subvention_association_president.docx"] = [
    ("title", "Note au maire — demande de subvention du comité des fêtes de Beaulieu"),
    para("""Cabinet du maire de Montigny-sur-Vingeanne — note du 12 février 2025, non destinée à
    la commission des subventions."""),
    para("""Le comité des fêtes sollicite 6 000 € pour le festival d'été, contre 4 500 € l'an
    dernier. Le dossier est complet et le compte rendu financier 2024 est sincère."""),
    para("""Point d'attention : son nouveau président, M. Régis Tardy, habitant du quartier et
    retraité de la SNCF, est adhérent du Rassemblement national depuis 2022 et figure parmi les
    soutiens déclarés du candidat de ce parti aux municipales. Il a publié sur les réseaux sociaux
    des messages critiques envers la majorité. Certains adjoints souhaitent réduire la subvention ;
    je rappelle qu'un tel motif serait illégal et que la décision doit se fonder sur le seul
    intérêt public local du projet."""),
    para("""Proposition : reconduction à 4 500 € avec une aide en nature (prêt de matériel)."""),
]

DOCX_BLOCKS["s056_plan_apurement_redevance_ministre_culte.docx"] = [
    ("title", "Plan d'apurement — redevance d'occupation du presbytère"),
    para("""Commune de Locminé-en-Argoat — Service des finances et SGC de Pontivy. Convention de
    plan d'apurement du 4 mars 2025."""),
    para("""Le père Joseph Nguyen, prêtre de la paroisse Saint-Colomban, occupe à titre personnel
    le presbytère communal moyennant une redevance de 280 € par mois. Il indique ne percevoir qu'un
    traitement diocésain de 980 € par mois et avoir dû prendre en charge les frais d'obsèques de sa
    mère au Vietnam à l'automne. Les redevances d'octobre 2024 à janvier 2025 (1 120 €) sont dues."""),
    ("table", [
        ["Échéance", "Montant"],
        ["Avril à décembre 2025", "9 x 100 €"],
        ["Janvier 2026", "220 €"],
    ]),
    para("""Le débiteur s'engage à régler en outre la redevance courante. Signatures du débiteur,
    du maire et du comptable public."""),
]

DOCX_BLOCKS["s057_audit_fraude_aides_commerce.docx"] = [
    ("title", "Rapport d'enquête interne — aides au commerce versées en 2024"),
    para("""Communauté de communes du Grand Villeneuvois — Service d'audit interne. Rapport au
    président, 9 septembre 2025."""),
    ("h", "Contexte"),
    para("""À la suite d'un signalement du comptable public relevant plusieurs paiements vers un
    même compte bancaire, l'audit a examiné les 64 aides « commerce de proximité » versées en 2024,
    pour un montant total de 412 000 €."""),
    ("h", "Constats"),
    para("""Quatre dossiers présentent des factures d'aménagement émises par la même entreprise
    de travaux, sans existence réelle au registre du commerce à la date des devis. Les quatre
    bénéficiaires ont déclaré la même personne comme « conseiller » pour le montage du dossier :
    M. Florin Dumitru, que deux commerçants décrivent comme « un membre de la communauté rom du
    camp de la route d'Agen qui aide les gens pour les papiers ». L'audit souligne que cette
    mention de l'origine n'a aucune pertinence pour l'enquête et ne doit pas être reprise."""),
    para("""M. Dumitru aurait perçu une commission de 15 % sur chaque aide. Il a déjà été condamné
    en 2021 pour escroquerie, selon les informations transmises par la gendarmerie au DGS."""),
    ("h", "Recommandations"),
    para("""Émission de titres de reversement pour les quatre aides (58 000 €), signalement au
    procureur, vérification systématique des entreprises émettrices des devis."""),
]

DOCX_BLOCKS["s058_dossier_presse_reproduction_articles.docx"] = [
    ("title", "Dossier de presse — le budget 2025 vu par les médias"),
    para("""Service communication de la ville d'Angoulême-Charente — compilation pour les élus."""),
    ("h", "Article 1 — La Voix charentaise, 3 février 2025, reproduit intégralement"),
    para("""« Budget : la ville serre la ceinture. Par Mathieu Delpech. Ce n'est pas un budget de
    rigueur, jure la majorité. Mais derrière les éléments de langage, les chiffres racontent une
    autre histoire : 900 000 euros d'économies sur le fonctionnement, le report de la rénovation
    du conservatoire, et une piscine qui fermera ses portes deux mois l'été. À la sortie du conseil,
    plusieurs parents d'élèves ne cachaient pas leur colère. " On nous parle de responsabilité,
    mais ce sont toujours les mêmes qui paient ", lançait une mère de famille. L'opposition, elle,
    a dénoncé un " budget en trompe-l'œil " et réclamé un audit indépendant de la dette. »
    © La Voix charentaise."""),
    ("h", "Article 2 — Le Journal du Sud-Ouest Magazine, 6 février 2025, reproduit intégralement"),
    para("""« Angoulême, la dette en héritage. Par Claire Montaud. Photographie : Paul Lerat.
    Sur la photo, le maire pose devant la façade de l'hôtel de ville, un dossier sous le bras.
    " Nous avons hérité d'une dette de 90 millions ", rappelle-t-il. Les comptes publiés par la
    DGFiP confirment un encours élevé mais stabilisé depuis trois ans… » © JSO Magazine — photo
    reproduite avec l'article."""),
]

DOCX_BLOCKS["s059_enquete_administrative_harcelement_tresorerie.docx"] = [
    ("title", "Rapport d'enquête administrative — signalement de harcèlement au SGC"),
    para("""Direction départementale des finances publiques de la Vienne — rapport de la mission
    d'enquête, 4 juillet 2025. Transmis au directeur départemental. Confidentiel."""),
    ("h", "1. Saisine"),
    para("""Le 12 mai 2025, Mme Justine Brunet, agente administrative au pôle recouvrement du SGC
    de Châtellerault, a signalé des propos et comportements hostiles de la part de son chef
    d'équipe, M. Patrice Godet, liés selon elle à son orientation sexuelle."""),
    ("h", "2. Faits établis"),
    para("""Les auditions de sept agents établissent que M. Godet a, à plusieurs reprises, fait
    des commentaires sur la compagne de Mme Brunet, qu'il avait aperçue lors d'un pot de départ,
    qu'il l'a surnommée « le garçon manqué » et qu'il a refusé à deux reprises sa demande de
    formation au contentieux en déclarant que « ce n'était pas pour elle ». Deux agents confirment
    qu'il a tenu ces propos devant eux. M. Godet reconnaît des « plaisanteries » mais conteste
    toute intention discriminatoire."""),
    ("h", "3. Appréciation"),
    para("""La mission estime les faits de harcèlement discriminatoire établis. Elle note que
    Mme Brunet a été placée en arrêt de travail pendant trois semaines en avril, son médecin
    faisant état d'un syndrome anxio-dépressif réactionnel."""),
    ("h", "4. Propositions"),
    para("""Engagement d'une procédure disciplinaire à l'encontre de M. Godet ; changement
    d'affectation de ce dernier à titre conservatoire ; protection fonctionnelle accordée à
    Mme Brunet ; formation de l'encadrement du SGC à la prévention des discriminations."""),
]

DOCX_BLOCKS["s060_cr_cst_reorganisation_finances.docx"] = [
    ("title", "Procès-verbal du comité social territorial — séance du 25 septembre 2025"),
    para("""Département de l'Aveyron. Président : M. Jean-Claude Anglars, conseiller départemental
    délégué aux ressources humaines. Collège des représentants du personnel : 8 titulaires présents.
    Secrétaire de séance : Mme Sylvie Bousquet (représentante du personnel)."""),
    ("h", "Point 1 — Réorganisation de la direction des finances"),
    para("""La directrice générale adjointe présente le projet de réorganisation de la direction
    des finances, qui regroupe les cellules budget et comptabilité en un pôle unique, crée une
    cellule d'exécution financière des marchés et un pôle recettes et subventions, et prévoit la
    centralisation de la saisie des factures. Dix-neuf postes sont concernés par un changement de
    rattachement, aucun n'est supprimé. Les agents ont été reçus individuellement en juin."""),
    para("""Les représentants du personnel regrettent que la cellule d'exécution des marchés soit
    installée sur le site de Rodez-Bourran, ce qui allonge les trajets de trois agents. La
    direction propose le télétravail deux jours par semaine pour les agents concernés."""),
    para("""Vote : avis favorable du collège des représentants de la collectivité ; avis
    défavorable de la CGT et de FO, abstention de la CFDT."""),
    ("h", "Point 2 — Bilan du télétravail"),
    para("""214 agents télétravaillent au moins un jour par semaine. Le questionnaire de
    satisfaction montre une amélioration de la conciliation des temps de vie pour 81 % des
    répondants. Les représentants demandent un meilleur équipement (second écran)."""),
    ("h", "Point 3 — Lignes directrices de gestion : promotions 2026"),
    para("""Les lignes directrices sont présentées. Les critères de promotion restent inchangés ;
    une attention particulière est demandée pour les agents de catégorie C ayant plus de quinze ans
    d'ancienneté dans le grade."""),
    ("h", "Point 4 — Questions diverses"),
    para("""Mme Bousquet interroge la collectivité sur le poste de la responsable de la cellule
    dette et trésorerie, resté vacant depuis le printemps. La DGA indique que la titulaire, Mme
    Agnès Vigouroux, est en congé de longue maladie pour le traitement d'une leucémie, qu'elle a
    donné son accord pour que cette information soit partagée avec le comité et qu'un intérim a
    été confié au directeur adjoint. Le comité adresse à Mme Vigouroux ses vœux de rétablissement.
    Les représentants demandent un renfort temporaire pour la cellule ; la collectivité s'engage
    à recruter un contractuel à compter de novembre."""),
    para("""La DGA présente enfin le calendrier de la campagne des entretiens professionnels et la
    formation proposée aux évaluateurs. La séance est levée à 17 h 20."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_nouvelles_collegue_comptabilite.html"] = (
    "Intranet — La vie des services financiers",
    """
<header><p>Intranet &gt; Direction des finances &gt; Brèves</p></header>
<article>
<h1>Bienvenue aux nouveaux arrivants et quelques nouvelles</h1>
<p>La direction accueille ce mois-ci deux gestionnaires de mandatement, Théo et Inès, qui
renforcent la cellule dépenses. Pensez à les inviter au café du jeudi.</p>
<p>Vous avez été nombreux à demander des nouvelles d'Émilie Caradec, de la cellule recettes.
Elle nous a demandé de vous dire qu'après la fausse couche qu'elle a subie en août, elle va mieux
et reprendra le travail à mi-temps le 3 novembre. Elle préfère qu'on ne lui en parle pas à son
retour.</p>
<p>Rappel : clôture des engagements de l'exercice le 5 décembre.</p>
</article>
""",
)

HTML_PAGES["s062_portail_usager_echange_echeancier.html"] = (
    "Espace usager — mes échanges",
    """
<h1>Mes échanges avec le service des finances</h1>
<div class="message usager"><p><strong>Vous, le 2 juin 2025 :</strong> Bonjour, je n'arrive pas
à payer la facture de l'accueil de loisirs de juillet. Depuis que mon mari est parti, je suis seule
avec les trois enfants et je travaille à temps partiel à la boulangerie. Le juge n'a pas encore
fixé la pension. Est-ce que je peux payer en trois fois ? Sandrine Lebreton, dossier famille
n° 4471.</p></div>
<div class="message service"><p><strong>Service des finances, le 4 juin 2025 :</strong> Bonjour
Madame Lebreton, nous avons transmis votre demande au comptable public, qui accepte un paiement
en trois fois (juillet, août, septembre). Nous avons aussi recalculé votre quotient familial au vu
de votre nouvelle situation : vous passez en tranche B dès juillet.</p></div>
""",
)

HTML_PAGES["s063_page_hommage_adjoint_demission_sante.html"] = (
    "Actualités — Conseil municipal",
    """
<article>
<h1>Un nouvel adjoint aux finances</h1>
<p class="date">Publié le 15 avril 2025</p>
<p>Le conseil municipal du 10 avril a élu M. Pierre Coutand adjoint aux finances, en remplacement
de M. Bernard Salaün.</p>
<p>Dans la lettre qu'il a adressée au maire et lue en séance, M. Salaün explique quitter ses
fonctions pour se consacrer à son traitement, la maladie de Parkinson diagnostiquée l'an dernier
ne lui permettant plus d'assumer la charge d'un budget de 40 millions d'euros. Il reste conseiller
municipal. Le maire a salué « douze années de rigueur et de dévouement ».</p>
</article>
""",
)

HTML_PAGES["s064_annuaire_intranet_codes_acces.html"] = (
    "Intranet — Fiches pratiques régies",
    """
<h1>Régies : les accès utiles</h1>
<table>
<tr><th>Régie</th><th>Accès coffre</th><th>Terminal de paiement</th></tr>
<tr><td>Piscine</td><td>code 1942, clé n° 7 au poste de secours</td><td>TPE n° 3 — code gérant 0000</td></tr>
<tr><td>Médiathèque</td><td>code 8820</td><td>TPE n° 5 — code gérant 2468</td></tr>
<tr><td>Cimetière</td><td>clé dans la boîte à clés de l'accueil, code 3131</td><td>—</td></tr>
</table>
<p>Le compte administrateur de la caisse de la piscine est « regie.piscine » /
« Nageur2025 ». La porte arrière de la piscine ne ferme plus à clé depuis septembre : ne pas y
laisser le fonds de caisse.</p>
""",
)

HTML_PAGES["s065_liste_remises_gracieuses_publiee_erreur.html"] = (
    "Conseil municipal — annexes",
    """
<h1>Annexe à la délibération n° 2025-88 : remises gracieuses accordées</h1>
<table>
<tr><th>Bénéficiaire</th><th>Objet</th><th>Montant</th><th>Motif</th></tr>
<tr><td>Mme Sylvie Marchand</td><td>Cantine</td><td>412 €</td><td>Licenciement, RSA</td></tr>
<tr><td>M. Alain Roussel</td><td>Eau</td><td>760 €</td><td>Surendettement, plan en cours</td></tr>
<tr><td>Mme Fatou Diallo</td><td>Loyer</td><td>1 150 €</td><td>Hospitalisation prolongée</td></tr>
</table>
<p>Document publié avec la délibération sur le site de la commune.</p>
""",
)

HTML_PAGES["s066_note_scenarios_budget_usage_interne.html"] = (
    "Scénarios budgétaires 2026",
    """
<p class="bandeau"><strong>USAGE INTERNE — NE PAS DIFFUSER — document de travail du bureau
municipal</strong></p>
<h1>Budget 2026 : trois scénarios de fiscalité</h1>
<ul>
<li>Scénario A : gel des taux, réduction de 12 % des subventions aux associations, fermeture du
centre social le samedi.</li>
<li>Scénario B : hausse de 4 points de la taxe foncière, annoncée après les élections.</li>
<li>Scénario C : cession du terrain de la Sablière à un promoteur, pour 2,4 M€, négociation
en cours non rendue publique.</li>
</ul>
<p>Le maire privilégie le scénario B ; ne pas évoquer cette hypothèse en commission.</p>
""",
)

HTML_PAGES["s067_ticket_satd_enfant_famille_accueil.html"] = (
    "Ticket support finances",
    """
<h1>Ticket n° 2025-3318 — Erreur de débiteur</h1>
<p><strong>Demande (accueil, 9 octobre) :</strong> Une assistante familiale agréée est venue
au guichet : elle a reçu une SATD pour la cantine du jeune Lucas M., 7 ans, qu'elle accueille
depuis mars sur placement de l'aide sociale à l'enfance. La facture aurait dû aller au conseil
départemental. Elle demande que le nom de l'enfant n'apparaisse plus sur ses relevés.</p>
<p><strong>Réponse (finances, 10 octobre) :</strong> Titre annulé et réémis au nom du
département. Le comptable a levé la SATD. Le dossier famille de l'enfant est verrouillé.</p>
""",
)

HTML_PAGES["s068_fil_courriels_regisseur_permis_suspendu.html"] = (
    "Messagerie — fil de discussion",
    """
<h1>RE: Régie du stationnement — affectation de M. Perrin</h1>
<p><strong>De :</strong> DRH <strong>À :</strong> Directeur des finances <strong>Le :</strong>
3 mars 2025</p>
<p>Comme tu le sais, Damien Perrin, régisseur du stationnement, a été condamné le mois dernier
pour conduite en état d'ivresse ; son permis est suspendu six mois. Il ne peut plus faire la
tournée des horodateurs. Je propose de le maintenir sur les encaissements au guichet. Son
entretien annuel mentionnera des retards répétés le lundi matin, on en reparlera.</p>
<p><strong>Réponse :</strong> D'accord pour le guichet. Le mandataire reprendra la tournée.</p>
""",
)

HTML_PAGES["s069_newsletter_photo_article_reproduit.html"] = (
    "Lettre interne des finances — n° 12",
    """
<h1>La lettre des finances — novembre 2025</h1>
<h2>Dans la presse</h2>
<figure><img src="photo_ouest_eclair_hotel_ville.jpg" alt="Photographie de l'hôtel de ville">
<figcaption>Photo © Jean-Marc Le Roux / Ouest-Éclair, reproduite sans autorisation.</figcaption>
</figure>
<blockquote><p>« La commune a présenté un budget d'austérité, sans hausse d'impôt mais avec des
coupes claires dans le budget culturel. Dans la salle, le public a sifflé lorsque l'adjoint a
annoncé la fermeture de la ludothèque… » — Ouest-Éclair, 21 novembre 2025, article intégral de
Maëlle Guivarc'h.</p></blockquote>
""",
)

HTML_PAGES["s070_intranet_depart_delegue_syndical.html"] = (
    "Intranet — Dialogue social",
    """
<h1>Du changement chez les représentants du personnel</h1>
<p>Karine Lopez, gestionnaire à la cellule paie, a quitté le bureau de la section UNSA où elle
siégeait depuis 2019, et a rejoint la CFDT, dont elle sera candidate aux élections
professionnelles de décembre. Elle reste joignable au poste 4412 pour les questions de paie.</p>
<p>Les dates des élections professionnelles et les modalités du vote électronique seront
publiées le mois prochain.</p>
""",
)

HTML_PAGES["s071_reponse_faq_personnalisee_titre_sejour.html"] = (
    "Contactez-nous — réponse",
    """
<h1>Réponse à votre question</h1>
<p><strong>Question de M. Oumar Sy, 12 rue des Lilas :</strong> « Mon titre de séjour étudiant
expire en septembre et la préfecture n'a pas encore répondu à ma demande de changement de statut.
Dois-je payer la taxe d'habitation de ma chambre ? Je n'ai plus de bourse. »</p>
<p><strong>Réponse du service :</strong> Monsieur Sy, la taxe d'habitation sur la résidence
principale est supprimée : vous n'avez rien à payer à ce titre, quelle que soit votre situation
administrative. Pour votre facture d'eau impayée, un échéancier est possible.</p>
""",
)

HTML_PAGES["s072_page_pilote_reconnaissance_faciale_caisse.html"] = (
    "Projet pilote — authentification des caissiers",
    """
<h1>Pilote d'authentification faciale aux caisses du centre aquatique</h1>
<p>Page projet de la DSI (accès restreint au comité de pilotage).</p>
<table>
<tr><th>Agent</th><th>Enrôlement</th><th>Taux d'échec</th></tr>
<tr><td>Mme Léa Fournier</td><td>3 gabarits faciaux</td><td>2 %</td></tr>
<tr><td>M. Yanis Chérif</td><td>3 gabarits faciaux</td><td>14 % (port de lunettes teintées prescrites)</td></tr>
<tr><td>Mme Odile Marin</td><td>refus d'enrôlement</td><td>—</td></tr>
</table>
<p>Les gabarits sont stockés sur le serveur du fournisseur jusqu'à la fin du pilote.</p>
""",
)

HTML_PAGES["s073_wiki_cabinet_agent_adherent_parti.html"] = (
    "Wiki du cabinet — notes",
    """
<h1>Notes du cabinet : consultations préalables au budget</h1>
<p>Pour l'atelier citoyen du 5 mars sur le budget participatif, éviter de solliciter Mathilde
Garnier (comptabilité) comme animatrice : elle est adhérente du Parti communiste et a signé la
pétition contre la fermeture du centre de santé. Préférer Hugo Lemaire.</p>
<p>Réserver la salle Jean-Moulin ; prévoir 60 chaises.</p>
""",
)

HTML_PAGES["s074_extranet_fournisseur_grille_tarifaire.html"] = (
    "Extranet fournisseurs — offre confidentielle",
    """
<h1>Marché de maintenance du logiciel financier — décomposition confidentielle du prix</h1>
<p>Pièce remise par la société Logitude Finances sous couvert du secret des affaires.</p>
<table>
<tr><th>Poste</th><th>Coût de revient</th><th>Marge</th></tr>
<tr><td>Maintenance corrective</td><td>18 400 €</td><td>27 %</td></tr>
<tr><td>Hébergement (sous-traité à un hébergeur tiers)</td><td>9 100 €</td><td>41 %</td></tr>
<tr><td>Formation</td><td>2 300 €</td><td>55 %</td></tr>
</table>
<p>La société précise appliquer une remise de 18 % réservée aux collectivités de plus de
50 000 habitants, non mentionnée dans ses tarifs publics.</p>
""",
)

HTML_PAGES["s075_blog_agent_temoignage_usager_endette.html"] = (
    "Blog interne — Paroles d'agents",
    """
<h1>Paroles d'agents : « Derrière chaque titre, il y a quelqu'un »</h1>
<p>Cette semaine, Nadia, gestionnaire au recouvrement, raconte un dossier qui l'a marquée.</p>
<p>« Il y a eu ce monsieur de la résidence du Moulin, M. Guillot, l'ancien boucher de la place du
marché. Il avait cumulé trois ans de factures d'eau. Quand je l'ai appelé, il a fini par me dire
qu'il vivait dans sa voiture depuis la saisie de sa maison, et qu'il ne payait plus rien depuis sa
dépression. On a monté un dossier avec le CCAS. Il a maintenant un logement. »</p>
""",
)

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_presentation_budget_primitif.docx"] = [
    ("title", "Rapport de présentation du budget primitif 2026"),
    para("""Ville d'Auch-Gascogne — Note de présentation brève et synthétique prévue par l'article
    L. 2313-1 du code général des collectivités territoriales, annexée au budget et mise en ligne
    sur le site de la commune."""),
    ("h", "1. Les grands équilibres"),
    para("""Le budget primitif 2026 s'élève à 47,2 M€ en mouvements réels, dont 33,9 M€ en
    fonctionnement et 13,3 M€ en investissement. Il a été voté le 18 décembre 2025 par 25 voix
    pour et 8 contre. Il traduit les orientations présentées lors du débat du 20 novembre : aucune
    hausse des taux d'imposition, la maîtrise des dépenses de gestion et un programme
    d'investissement soutenu."""),
    ("table", [
        ["Section", "Dépenses", "Recettes"],
        ["Fonctionnement (réel)", "30,6 M€", "33,9 M€"],
        ["Investissement (réel)", "13,3 M€", "10,0 M€"],
        ["Épargne brute", "3,3 M€", ""],
    ]),
    ("h", "2. Les recettes de fonctionnement"),
    para("""Les impôts et taxes représentent 58 % des recettes. Le produit de la taxe foncière sur
    les propriétés bâties est estimé à 14,1 M€, sur la base d'une revalorisation forfaitaire de
    1,7 % et d'une évolution physique de 0,8 %. Les taux restent fixés à 44,28 % pour le foncier
    bâti et 71,05 % pour le foncier non bâti. La taxe d'habitation sur les résidences secondaires
    rapporterait 0,6 M€. Les dotations de l'État atteignent 6,2 M€, dont 4,1 M€ de dotation
    forfaitaire et 1,3 M€ de dotation de solidarité urbaine. Les produits des services (cantine,
    crèches, piscine, conservatoire) sont estimés à 3,4 M€."""),
    ("h", "3. Les dépenses de fonctionnement"),
    para("""Les charges de personnel (18,2 M€) progressent de 2,6 %, en raison notamment de la
    hausse de la cotisation employeur à la CNRACL et de l'ouverture de la nouvelle crèche en
    septembre (huit postes). Les charges à caractère général (6,4 M€) baissent de 1,5 % grâce à la
    rénovation de l'éclairage public et au nouveau contrat de fourniture de gaz. Les subventions
    aux associations sont maintenues à 1,9 M€ ; la subvention au CCAS est portée à 1,1 M€ pour
    accompagner la hausse des demandes d'aide. Les intérêts de la dette s'élèvent à 0,7 M€."""),
    ("h", "4. Les investissements"),
    para("""Le programme d'équipement (11,4 M€) comprend la fin de la construction de la crèche du
    Garros (2,8 M€), la rénovation thermique de trois écoles (2,1 M€), le programme annuel de
    voirie (1,6 M€), la restauration de la toiture de la cathédrale au titre de la part communale
    (0,9 M€), l'aménagement des berges du Gers (1,4 M€) et l'équipement numérique des écoles
    (0,3 M€). Il est financé par l'épargne nette (2,1 M€), le fonds de compensation pour la TVA
    (1,4 M€), des subventions (4,2 M€), des cessions (0,5 M€) et un emprunt prévisionnel de
    3,2 M€."""),
    ("h", "5. La dette"),
    para("""L'encours s'établirait à 31,8 M€ fin 2026 (1 412 € par habitant). La dette est
    entièrement classée 1A selon la charte Gissler ; 78 % de l'encours est à taux fixe. La
    capacité de désendettement s'établirait à 9,6 années, en amélioration par rapport à 2025."""),
    ("h", "6. Les budgets annexes"),
    para("""Le budget annexe des pompes funèbres et celui du parc des expositions s'équilibrent
    respectivement à 0,4 M€ et 0,9 M€. Le budget annexe du lotissement de Lucarnet enregistre la
    vente de six lots pour 0,35 M€."""),
    ("h", "7. Les engagements hors bilan"),
    para("""La commune garantit 24,6 M€ d'emprunts, dont 22,9 M€ au profit de l'office public de
    l'habitat. Elle est engagée dans deux contrats de délégation de service public (réseau de
    chaleur et stationnement) et verse 2,1 M€ de subventions à des organismes dont elle détient
    plus de 50 % du budget."""),
]

DOCX_BLOCKS["p122_guide_regisseur_regles_essentielles.docx"] = [
    ("title", "Guide du régisseur — les règles essentielles"),
    para("""Service de gestion comptable de Vannes-Golfe, en lien avec les collectivités de son
    ressort. Édition 2025, à remettre à chaque régisseur et mandataire lors de sa nomination."""),
    ("h", "1. Qu'est-ce qu'une régie ?"),
    para("""Par principe, seul le comptable public peut manier les fonds publics. Par exception,
    une régie permet à un agent de la collectivité, le régisseur, d'encaisser des recettes ou de
    payer des dépenses pour le compte du comptable. La régie est créée par délibération ou par
    arrêté de l'ordonnateur, après avis conforme du comptable."""),
    ("h", "2. Les acteurs"),
    para("""Le régisseur titulaire est nommé par arrêté. Un mandataire suppléant le remplace en
    cas d'absence ; des mandataires peuvent encaisser sous sa responsabilité. Le régisseur reste
    soumis à l'autorité hiérarchique de l'ordonnateur et au contrôle du comptable."""),
    ("h", "3. Les obligations quotidiennes"),
    para("""Délivrer une quittance ou un ticket pour toute somme encaissée ; tenir le journal de
    caisse à jour ; ne jamais mélanger les fonds de la régie et ses propres fonds ; conserver les
    fonds dans le coffre et ne jamais les emporter à son domicile ; respecter le montant maximal de
    l'encaisse fixé par l'acte constitutif ; verser les recettes au comptable selon la périodicité
    prévue ; ne jamais accepter de paiement dans un mode non prévu par l'acte."""),
    ("h", "4. Les contrôles"),
    para("""Le régisseur est contrôlé par l'ordonnateur et par le comptable, sur pièces et sur
    place, de manière inopinée. Le contrôle porte sur la caisse, la comptabilité, la conservation
    des fonds et le respect de la réglementation. Un procès-verbal est établi et signé par le
    régisseur, qui peut y porter ses observations."""),
    ("h", "5. La responsabilité"),
    para("""Depuis l'ordonnance du 23 mars 2022, le régisseur n'est plus soumis à la
    responsabilité personnelle et pécuniaire au sens ancien. Il demeure toutefois responsable des
    fonds qu'il manie : en cas de déficit, l'ordonnateur peut émettre un ordre de versement à son
    encontre. Le régisseur peut demander un sursis de versement et une remise gracieuse, en faisant
    valoir notamment les circonstances de force majeure ou l'absence de faute. Une faute grave
    ayant causé un préjudice financier significatif peut relever de la chambre du contentieux de la
    Cour des comptes."""),
    ("h", "6. Le cautionnement et l'indemnité"),
    para("""L'obligation de cautionnement a été supprimée, mais l'adhésion à une association de
    cautionnement mutuel reste recommandée et peut être prise en charge par la collectivité. Le
    régisseur perçoit une indemnité de responsabilité ou une part de régime indemnitaire, selon le
    choix de la collectivité."""),
    ("h", "7. En cas d'incident"),
    para("""Tout écart de caisse, tout vol ou toute perte doit être signalé immédiatement à
    l'ordonnateur et au comptable. En cas de vol avec violence, la priorité est la sécurité des
    personnes : ne jamais résister. Une plainte est déposée et un procès-verbal établi."""),
    ("h", "8. Contacts"),
    para("""Cellule régies du SGC : 02 97 00 00 00 — sgc.vannes.regies@dgfip.finances.gouv.fr.
    Une formation d'une journée est proposée chaque trimestre aux nouveaux régisseurs."""),
]

DOCX_BLOCKS["p123_tableau_subventions_associations_2026.docx"] = [
    ("title", "Annexe B1.7 — Subventions versées aux associations (budget 2026)"),
    para("""Commune de Lons-le-Saunier-Revermont — liste publiée en application de l'article
    L. 2313-1 du CGCT."""),
    ("table", [
        ["Association", "Objet", "Montant"],
        ["Planning familial du Jura", "Éducation à la vie affective et sexuelle", "2 500 €"],
        ["SOS Homophobie (délégation Franche-Comté)", "Interventions en milieu scolaire", "800 €"],
        ["Cimade, groupe local", "Accompagnement juridique des étrangers", "1 200 €"],
        ["Association des paralysés de France", "Transport adapté", "1 500 €"],
        ["Amicale des sapeurs-pompiers", "Arbre de Noël", "600 €"],
        ["Union locale CGT", "Fonctionnement de la Bourse du travail", "1 000 €"],
        ["Crésus Franche-Comté", "Prévention du surendettement", "1 800 €"],
    ]),
    para("""Total des subventions aux associations : 412 600 €, dont 318 000 € au titre des
    conventions pluriannuelles d'objectifs."""),
]

DOCX_BLOCKS["p124_cr_conseil_exploitation_regie_eau.docx"] = [
    ("title", "Compte rendu du conseil d'exploitation de la régie de l'eau — 9 octobre 2025"),
    para("""Régie municipale de l'eau de Chinon-Véron. Président : M. Didier Landais, adjoint à
    l'eau. Directeur : M. Frédéric Pichon."""),
    para("""1. Impayés : le taux d'impayés à six mois atteint 3,1 % du chiffre d'affaires, stable.
    312 échéanciers sont en cours ; 41 dossiers ont été orientés vers le fonds de solidarité
    logement. Aucune réduction de débit n'est pratiquée, conformément à la loi."""),
    para("""2. Tarifs 2026 : proposition d'une hausse de 2,5 % de la part variable et de maintien
    de la première tranche de 30 m3 à tarif réduit. Avis favorable."""),
    para("""3. Investissements : renouvellement de 4,2 km de canalisations en fonte grise ; le
    rendement du réseau atteint 82 %."""),
]

DOCX_BLOCKS["p125_plan_controle_interne_comptable.docx"] = [
    ("title", "Plan de contrôle interne comptable et financier 2026"),
    para("""Département de la Nièvre — direction des finances, en lien avec la paierie
    départementale."""),
    ("table", [
        ["Processus", "Risque", "Contrôle prévu", "Fréquence"],
        ["Paie", "Versement indu", "Contrôle des variations supérieures à 10 %", "Mensuelle"],
        ["Aides sociales", "Double versement", "Requête de doublons sur RIB", "Mensuelle"],
        ["Tiers fournisseurs", "Fraude au RIB", "Contre-appel systématique", "À chaque changement"],
        ["Subventions", "Versement sans justificatif", "Contrôle du compte rendu financier", "Annuelle"],
        ["Régies", "Déficit de caisse", "Contrôle sur place inopiné", "Annuelle"],
    ]),
    para("""Les résultats des contrôles sont présentés en comité de contrôle interne, chaque
    semestre, sans mention nominative des agents ou des tiers concernés."""),
]

DOCX_BLOCKS["p126_ccap_marche_assistance_recouvrement.docx"] = [
    ("title", "Cahier des clauses administratives particulières — assistance à la fiabilisation des tiers"),
    para("""Marché de services passé selon une procédure adaptée — Ville de Dreux-Eure. Objet :
    fiabilisation des fichiers de tiers et recherche d'adresses des débiteurs de produits locaux,
    en appui du comptable public."""),
    para("""Article 4 — Obligations de confidentialité : le titulaire agit en qualité de
    sous-traitant au sens du RGPD. Il ne traite les données que sur instruction écrite, n'en
    conserve aucune copie à l'issue du marché et notifie toute violation dans un délai de
    24 heures."""),
    para("""Article 6 — Prix : prix unitaires par dossier traité, fixés au bordereau. Révision
    annuelle selon l'indice Syntec."""),
    para("""Article 9 — Pénalités : 150 € par jour de retard dans la remise des lots ; 1 000 € par
    manquement constaté aux obligations de confidentialité."""),
]

DOCX_BLOCKS["p127_rapport_emploi_travailleurs_handicapes.docx"] = [
    ("title", "Déclaration d'obligation d'emploi des travailleurs handicapés — synthèse 2024"),
    para("""Communauté d'agglomération du Pays de Laval — synthèse présentée au comité social
    territorial."""),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Effectif d'assujettissement", "1 148", "1 172"],
        ["Bénéficiaires de l'obligation d'emploi", "79", "84"],
        ["Taux d'emploi direct", "6,9 %", "7,2 %"],
        ["Dépenses déductibles (aménagements de poste)", "38 200 €", "41 900 €"],
    ]),
    para("""La contribution au FIPHFP est nulle, le taux légal de 6 % étant atteint. Quatre
    aménagements de poste ont été financés à la direction des finances (sièges ergonomiques,
    logiciel de grossissement)."""),
]

DOCX_BLOCKS["p128_deliberation_degrevement_jeunes_agriculteurs.docx"] = [
    ("title", "Délibération — dégrèvement de taxe foncière sur les propriétés non bâties"),
    para("""Commune de Saint-Flour-la-Margeride, conseil municipal du 12 septembre 2025."""),
    para("""Vu l'article 1647-00 bis du code général des impôts, le conseil municipal décide à
    l'unanimité d'accorder un dégrèvement de 50 % de la taxe foncière sur les propriétés non bâties
    afférente aux parcelles exploitées par les jeunes agriculteurs installés à compter du
    1er janvier 1995 et bénéficiant des aides à l'installation, pendant une durée de cinq ans.
    Ce dégrèvement s'ajoute à celui pris en charge par l'État."""),
]

DOCX_BLOCKS["p129_fiche_poste_gestionnaire_recouvrement.docx"] = [
    ("title", "Fiche de poste — Gestionnaire recettes et recouvrement amiable"),
    para("""Ville de Cahors-Lot — Direction des finances. Catégorie B, rédacteur."""),
    para("""Missions : émettre les titres de recettes ; suivre les encaissements et relancer les
    débiteurs à l'amiable ; préparer les états des admissions en non-valeur ; instruire les
    demandes de remise gracieuse et les présenter à la commission ; orienter les usagers en
    difficulté vers le CCAS ; assurer le lien quotidien avec le service de gestion comptable."""),
    para("""Compétences : comptabilité publique (M57), outils de gestion financière, qualités
    d'écoute et de discrétion, respect du secret professionnel."""),
]

DOCX_BLOCKS["p130_note_typologie_fraudes_subventions.docx"] = [
    ("title", "Note de sensibilisation — les principales fraudes aux subventions et aux paiements"),
    para("""Région Bourgogne-Franche-Comté — Direction de l'audit et du contrôle de gestion.
    Document de formation, cas rendus anonymes."""),
    para("""1. La fraude au faux fournisseur : changement de coordonnées bancaires demandé par un
    courriel usurpé. En 2024, douze tentatives ont visé la région, toutes déjouées par le
    contre-appel."""),
    para("""2. Les fausses factures : justification de dépenses fictives pour obtenir le solde
    d'une aide. Exemple anonymisé : une association a produit des factures d'une entreprise
    radiée ; l'aide a été reversée."""),
    para("""3. Le double financement : une même dépense présentée à plusieurs financeurs. Le
    croisement des données via les plateformes partagées permet de la détecter."""),
    para("""Réflexes : vérifier l'existence des entreprises, exiger les originaux, signaler au
    référent fraude et, le cas échéant, au procureur au titre de l'article 40."""),
]

DOCX_BLOCKS["p131_synthese_rapport_crc_definitif.docx"] = [
    ("title", "Synthèse du rapport d'observations définitives de la chambre régionale des comptes"),
    para("""Commune de Saint-Nazaire-Estuaire — document présenté au conseil municipal du
    9 octobre 2025, avec le rapport communiqué par la chambre régionale des comptes des Pays de la
    Loire, et mis en ligne. Le rapport porte sur les exercices 2018 et suivants."""),
    ("h", "1. La qualité de l'information financière"),
    para("""La chambre relève que les documents budgétaires sont complets et publiés dans les
    délais. Le rapport d'orientation budgétaire gagnerait toutefois à présenter une prospective
    financière à cinq ans et à détailler les hypothèses retenues. Les annexes relatives aux
    engagements hors bilan sont incomplètes pour les garanties accordées aux associations."""),
    ("h", "2. La fiabilité des comptes"),
    para("""L'inventaire comptable n'est pas concordant avec l'état de l'actif tenu par le
    comptable public, l'écart atteignant 4,2 M€. Les amortissements sont correctement pratiqués.
    Les provisions pour créances douteuses ont été constituées à partir de 2022, conformément à
    la recommandation du comptable, mais restent sous-évaluées au regard de l'ancienneté des
    restes à recouvrer sur les loyers commerciaux."""),
    ("h", "3. La situation financière"),
    para("""Entre 2018 et 2024, les produits de gestion ont progressé de 2,1 % par an et les
    charges de gestion de 2,6 %. L'excédent brut de fonctionnement s'est donc érodé, passant de
    18,4 % à 15,9 % des produits. La capacité d'autofinancement nette reste positive. L'encours
    de la dette a diminué de 12 % sur la période ; la capacité de désendettement s'établit à
    5,8 années. La chambre considère que la situation est saine mais appelle à la vigilance face
    au programme d'investissement de 120 M€ annoncé pour le mandat suivant."""),
    ("h", "4. La gestion des ressources humaines"),
    para("""Le temps de travail est désormais conforme à la durée légale de 1 607 heures depuis
    2022. Le régime indemnitaire a été refondu. La chambre relève un absentéisme élevé, de
    36 jours par agent et par an, et recommande un plan de prévention. Elle ne formule aucune
    observation individuelle sur les agents."""),
    ("h", "5. La commande publique"),
    para("""L'organisation de la fonction achat a été professionnalisée avec la création d'une
    direction de la commande publique en 2021. La chambre relève cependant des cas de
    fractionnement dans l'achat de prestations intellectuelles."""),
    ("h", "6. Recommandations"),
    ("table", [
        ["N°", "Recommandation", "Degré de mise en œuvre"],
        ["1", "Présenter une prospective pluriannuelle dans le ROB", "En cours"],
        ["2", "Rapprocher l'inventaire et l'état de l'actif", "Non mise en œuvre"],
        ["3", "Ajuster les provisions pour créances douteuses", "En cours"],
        ["4", "Adopter un plan de prévention de l'absentéisme", "Non mise en œuvre"],
        ["5", "Cartographier les achats par famille homogène", "Mise en œuvre"],
    ]),
    ("h", "7. La réponse de l'ordonnateur"),
    para("""Dans sa réponse jointe au rapport, le maire, M. Xavier Guillou, indique partager
    l'essentiel des constats et précise que le rapprochement de l'inventaire sera achevé en 2026
    dans le cadre de la certification expérimentale des comptes. Il rappelle que la commune n'a
    pas augmenté ses taux d'imposition depuis 2016."""),
]

DOCX_BLOCKS["p132_presentation_compte_administratif_2024.docx"] = [
    ("title", "Compte administratif 2024 — présentation synthétique"),
    para("""Commune de Vendôme-Loir — conseil municipal du 26 juin 2025."""),
    ("table", [
        ["", "Réalisé 2023", "Réalisé 2024"],
        ["Recettes réelles de fonctionnement", "21,4 M€", "22,1 M€"],
        ["Dépenses réelles de fonctionnement", "18,6 M€", "19,3 M€"],
        ["Épargne brute", "2,8 M€", "2,8 M€"],
        ["Dépenses d'équipement", "6,2 M€", "7,9 M€"],
        ["Encours de dette au 31/12", "16,1 M€", "15,7 M€"],
    ]),
    para("""Le résultat de clôture de fonctionnement (2,3 M€) est affecté à hauteur de 1,5 M€ à la
    couverture du besoin de financement de l'investissement."""),
]

DOCX_BLOCKS["p133_convention_mandat_encaissement.docx"] = [
    ("title", "Convention de mandat d'encaissement des recettes de la billetterie"),
    para("""Entre la commune de Sète-Thau et l'office de tourisme intercommunal, après avis
    conforme du comptable public (article L. 1611-7-1 du CGCT)."""),
    para("""Le mandataire encaisse au nom et pour le compte de la commune les recettes de la
    billetterie des visites du théâtre de la mer. Il reverse les fonds mensuellement au comptable
    public, accompagnés d'un état détaillé. Il est soumis aux contrôles du comptable et de
    l'ordonnateur. La convention est conclue pour trois ans."""),
]

DOCX_BLOCKS["p134_reglement_aides_entreprises_intercommunal.docx"] = [
    ("title", "Règlement d'intervention — aides économiques aux entreprises"),
    para("""Communauté de communes du Haut-Jura — adopté le 3 juillet 2025."""),
    para("""Les aides sont attribuées dans le respect du schéma régional de développement
    économique et des règles européennes relatives aux aides de minimis. Les dossiers comprennent
    des informations économiques et financières couvertes par le secret des affaires : elles sont
    réservées aux membres du comité d'engagement, tenus à la confidentialité, et ne figurent pas
    dans les délibérations, qui mentionnent seulement le bénéficiaire, l'objet et le montant."""),
    para("""Le montant de l'aide est plafonné à 30 000 € par entreprise et par période de trois
    ans. En cas de délocalisation dans les cinq ans, l'aide est remboursée."""),
]

DOCX_BLOCKS["p135_note_elus_compensations_taxe_habitation.docx"] = [
    ("title", "Note aux élus — la compensation de la suppression de la taxe d'habitation"),
    para("""Direction des finances de la commune de Morlaix-Trégor, 12 novembre 2025."""),
    para("""Depuis 2021, la commune perçoit, en lieu et place de la taxe d'habitation sur les
    résidences principales, l'ancienne part départementale de la taxe foncière, corrigée par un
    coefficient correcteur (0,874 pour la commune, ce qui signifie qu'elle était
    « surcompensée »). La perte de dynamique est réelle : le produit transféré évolue avec les
    bases foncières et non avec la population."""),
    para("""Pour 2026, le produit de la taxe d'habitation sur les résidences secondaires est
    estimé à 1,9 M€, soit 11 % du produit fiscal, en raison du poids du tourisme."""),
]

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_payer_en_ligne_payfip.html"] = (
    "Payer vos factures en ligne",
    """
<h1>Payer en ligne vos factures municipales</h1>
<p>Cantine, crèche, eau, loyers : vous pouvez régler vos factures 24 h/24 par carte bancaire ou
par prélèvement unique grâce au service PayFiP de la DGFiP.</p>
<ol><li>Munissez-vous de votre avis des sommes à payer.</li>
<li>Saisissez l'identifiant de la collectivité et la référence de la facture.</li>
<li>Payez : un ticket de paiement vous est envoyé par courriel.</li></ol>
<p>Vous pouvez aussi payer chez un buraliste agréé (espèces jusqu'à 300 €, carte bancaire).</p>
""",
)

HTML_PAGES["p137_faq_difficultes_factures_eau.html"] = (
    "Eau : vous avez des difficultés à payer ?",
    """
<h1>Vous avez des difficultés à payer votre facture d'eau ?</h1>
<h2>Peut-on me couper l'eau ?</h2>
<p>Non. Pour une résidence principale, la coupure et la réduction de débit pour impayé sont
interdites toute l'année.</p>
<h2>J'ai une fuite après le compteur</h2>
<p>Si votre consommation a plus que doublé à cause d'une fuite sur une canalisation, vous pouvez
obtenir un écrêtement de la facture en fournissant l'attestation de réparation dans le mois.</p>
<h2>Je ne peux pas payer</h2>
<p>Contactez la régie ou le service de gestion comptable pour un échéancier. Le Fonds de
solidarité logement et le CCAS peuvent vous aider. Un chèque eau est versé automatiquement aux
foyers modestes.</p>
""",
)

HTML_PAGES["p138_actualite_dob_adopte.html"] = (
    "Actualités — Débat d'orientation budgétaire",
    """
<article>
<h1>Débat d'orientation budgétaire : les grandes lignes pour 2026</h1>
<p class="date">Publié le 28 novembre 2025</p>
<p>Le conseil municipal a débattu hier soir des orientations budgétaires. Mme Claire Duval,
adjointe aux finances, a présenté un budget sans hausse des taux, avec 9 M€ d'investissements
dont la rénovation de la halle du marché.</p>
<p>L'opposition, par la voix de M. Éric Bonnet, a critiqué le recours à l'emprunt. Le budget sera
voté le 18 décembre. Le rapport est consultable en ligne.</p>
</article>
""",
)

HTML_PAGES["p139_budget_participatif_resultats.html"] = (
    "Budget participatif 2025 — les lauréats",
    """
<h1>Budget participatif : 7 projets lauréats</h1>
<p>4 218 habitants ont voté. L'enveloppe de 300 000 € financera :</p>
<ul><li>Un jardin partagé au quartier des Buis (42 000 €)</li>
<li>Des bancs et fontaines sur le mail (38 000 €)</li>
<li>Une boîte à livres dans chaque école (12 000 €)</li>
<li>L'éclairage du skate-park (55 000 €)</li>
<li>Un abri pour les chats errants (9 000 €)</li>
<li>Un parcours santé accessible aux personnes à mobilité réduite (96 000 €)</li>
<li>Des toilettes publiques au parc (48 000 €)</li></ul>
""",
)

HTML_PAGES["p140_offres_emploi_direction_finances.html"] = (
    "Offres d'emploi — Direction des finances",
    """
<h1>Rejoignez la direction des finances</h1>
<h2>Responsable de la cellule dette et trésorerie (H/F) — catégorie A</h2>
<p>Gestion de la dette (18 M€), prévisions de trésorerie, consultations bancaires, suivi des
garanties d'emprunt. Expérience en finances locales souhaitée.</p>
<h2>Comptable (H/F) — catégorie C</h2>
<p>Mandatement, liquidation des factures, relation avec les fournisseurs et le SGC.</p>
<p>Poste ouvert aux personnes bénéficiaires de l'obligation d'emploi ; aménagement de poste
possible. Candidatures avant le 15 janvier.</p>
""",
)

HTML_PAGES["p141_communique_france_services_accueil_fiscal.html"] = (
    "Communiqué — accueil fiscal de proximité",
    """
<h1>Des permanences des finances publiques à l'espace France services</h1>
<p>À compter du 6 janvier 2026, un agent de la DGFiP tiendra une permanence chaque mardi matin à
l'espace France services de la mairie, sur rendez-vous, pour répondre aux questions sur l'impôt
sur le revenu, la taxe foncière et le paiement des factures locales.</p>
<p>Prise de rendez-vous : 0 809 401 401 (service gratuit + prix d'appel) ou à l'accueil.</p>
""",
)

HTML_PAGES["p142_page_impots_locaux_taux_communaux.html"] = (
    "Impôts locaux — les taux votés",
    """
<h1>Les taux d'imposition communaux 2025</h1>
<table>
<tr><th>Taxe</th><th>Taux 2024</th><th>Taux 2025</th></tr>
<tr><td>Foncier bâti</td><td>39,84 %</td><td>39,84 %</td></tr>
<tr><td>Foncier non bâti</td><td>58,11 %</td><td>58,11 %</td></tr>
<tr><td>Habitation (résidences secondaires)</td><td>17,20 %</td><td>17,20 %</td></tr>
</table>
<p>La hausse de votre avis de taxe foncière s'explique par la revalorisation des bases décidée
par la loi de finances, et non par une hausse des taux.</p>
""",
)

HTML_PAGES["p143_page_aides_ccas_conditions.html"] = (
    "CCAS — aides financières",
    """
<h1>Les aides financières du CCAS</h1>
<p>Le CCAS peut vous aider ponctuellement si vous habitez la commune et rencontrez des
difficultés : aide alimentaire, aide au paiement de l'énergie ou de l'eau, aide au maintien dans
le logement, participation aux frais de cantine.</p>
<h2>Conditions</h2>
<p>Les aides sont attribuées après examen de la situation par une commission, selon un barème
fondé sur le reste à vivre par personne. Les informations que vous fournissez sont
confidentielles.</p>
<h2>Comment faire ?</h2>
<p>Prenez rendez-vous au 04 00 00 00 00 avec un travailleur social.</p>
""",
)

HTML_PAGES["p144_avis_attribution_marche_logiciel.html"] = (
    "Avis d'attribution",
    """
<h1>Avis d'attribution — Marché de fourniture d'un logiciel de gestion financière</h1>
<p>Pouvoir adjudicateur : Ville de Saumur-Loire. Procédure : appel d'offres ouvert.</p>
<p>Attributaire : société Ciril Group, Villeurbanne. Montant : 186 400 € HT sur quatre ans.
Nombre d'offres reçues : 4. Date de notification : 14 octobre 2025.</p>
<p>Recours : tribunal administratif de Nantes.</p>
""",
)

HTML_PAGES["p145_histoire_octroi_ville.html"] = (
    "Patrimoine — l'octroi de la ville",
    """
<h1>Histoire : l'octroi, l'impôt aux portes de la ville (1798-1943)</h1>
<p>Pendant près d'un siècle et demi, quiconque entrait dans la ville avec du vin, de la viande,
du bois ou du foin devait s'arrêter à l'un des six bureaux d'octroi pour acquitter une taxe.
L'octroi fournissait jusqu'à 60 % des recettes municipales.</p>
<p>Les archives conservent les registres des préposés, et le souvenir de quelques affaires
célèbres, comme celle du préposé Léon Verdier, révoqué en 1887 après avoir été surpris à laisser
passer des tonneaux contre quelques bouteilles. Condamné à trois mois de prison, il finit sa vie
comme tonnelier.</p>
<p>Le pavillon d'octroi de la porte de Paris, restauré en 2019, accueille aujourd'hui l'office de
tourisme.</p>
""",
)

HTML_PAGES["p146_page_accessibilite_accueil_finances.html"] = (
    "Accessibilité de l'accueil",
    """
<h1>Accessibilité de l'accueil des finances et de la régie centrale</h1>
<ul><li>Accès de plain-pied par l'entrée rue Pasteur, place de stationnement réservée.</li>
<li>Boucle magnétique au guichet 1.</li>
<li>Rendez-vous en visio avec interprète en langue des signes sur demande.</li>
<li>Documents en gros caractères ou en facile à lire et à comprendre (FALC).</li></ul>
<p>Référent accessibilité : accessibilite@mairie-exemple.fr</p>
""",
)

HTML_PAGES["p147_transparence_subventions_publiees.html"] = (
    "Transparence — subventions attribuées",
    """
<h1>Données essentielles des conventions de subvention (plus de 23 000 €)</h1>
<table>
<tr><th>Bénéficiaire</th><th>Objet</th><th>Montant</th><th>Date</th></tr>
<tr><td>Association Aides aux victimes 72</td><td>Permanences d'aide aux victimes</td><td>28 000 €</td><td>12/02/2025</td></tr>
<tr><td>Centre social des Sablons</td><td>Animation de quartier</td><td>145 000 €</td><td>20/01/2025</td></tr>
<tr><td>Mission locale</td><td>Insertion des jeunes</td><td>62 000 €</td><td>05/03/2025</td></tr>
<tr><td>Association culturelle franco-marocaine</td><td>Festival des cultures</td><td>24 500 €</td><td>17/04/2025</td></tr>
</table>
<p>Données publiées en application du décret n° 2017-779 du 5 mai 2017.</p>
""",
)

HTML_PAGES["p148_signaler_fraude_procedure.html"] = (
    "Signaler une fraude ou une tentative d'escroquerie",
    """
<h1>Vous suspectez une fraude ? Comment la signaler</h1>
<p>Agents de la collectivité : signalez tout fait suspect (faux RIB, fausse facture, conflit
d'intérêts) au référent déontologue ou via la plateforme de signalement des lanceurs d'alerte.
Votre identité est protégée.</p>
<p>Fournisseurs : la commune ne vous demandera jamais de modifier vos coordonnées bancaires par
simple courriel. En cas de doute, appelez le service des finances.</p>
<p>Usagers : méfiez-vous des faux avis de paiement par SMS ; le Trésor public ne demande jamais
vos coordonnées bancaires par message.</p>
""",
)

HTML_PAGES["p149_ordre_du_jour_conseil_municipal.html"] = (
    "Ordre du jour du conseil municipal du 18 décembre 2025",
    """
<h1>Conseil municipal du jeudi 18 décembre 2025 à 19 h</h1>
<ol><li>Budget primitif 2026 — budget principal et budgets annexes</li>
<li>Autorisations de programme et crédits de paiement</li>
<li>Admission en non-valeur et créances éteintes</li>
<li>Remises gracieuses (examen à huis clos)</li>
<li>Garantie d'emprunt à Habitat Sud</li>
<li>Subvention exceptionnelle à la Croix-Rouge pour les sinistrés des inondations</li>
<li>Tarifs 2026</li></ol>
<p>Séance publique, retransmise en direct sur le site de la ville.</p>
""",
)

HTML_PAGES["p150_cr_sommaire_conseil_budget.html"] = (
    "Compte rendu sommaire du conseil municipal",
    """
<h1>Compte rendu sommaire du conseil municipal du 18 décembre 2025</h1>
<p>Affiché en application de l'article L. 2121-25 du CGCT. Présidence : Mme Hélène Marchetti,
maire. 29 présents, 4 pouvoirs.</p>
<ol><li>Budget primitif 2026 adopté par 26 voix pour et 7 contre (groupe « Ensemble pour
Castelnau »).</li>
<li>Admission en non-valeur de 61 créances (7 412 €) — unanimité.</li>
<li>Remises gracieuses : quatre remises accordées pour un total de 3 180 € ; les bénéficiaires
ne sont pas mentionnés.</li>
<li>Garantie d'emprunt à Habitat Sud — unanimité, M. Paul Ortiz ne prenant pas part au vote.</li>
<li>Motion demandant à l'État le maintien du service de gestion comptable de Castelnau —
unanimité.</li></ol>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
