"""Build the .docx and .html documents of the hand-written sensitivity set holdout22.

Theme: early childhood, youth and family services of an intercommunality (Communauté de communes
des Coteaux du Lizon): crèches and their admission committees, childminders' approvals (PMI), the
relais petite enfance, leisure centres and holiday camps (incidents, medical forms, PAI), the youth
council, parenting support, school-meal pricing by family quotient, the youth information point,
public reports, regulations, calls for projects and newsletters.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout22_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout22"
FIXED = dt.datetime(2026, 3, 16, 10, 30, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_commission_admission_situations_prioritaires.docx"] = [
    ("title", "Commission d'attribution des places en crèche — dossiers prioritaires de novembre 2025"),
    para("""Communauté de communes des Coteaux du Lizon, pôle enfance-jeunesse-familles. Document de séance
    remis aux membres de la commission du 18 novembre 2025, à restituer en fin de séance. Présidence :
    Mme Claire Dumoutier, vice-présidente. Rapporteure : Mme Mélanie Roche, coordinatrice du guichet
    unique."""),
    ("h", "1. Rappel du cadre"),
    para("""La commission examine les demandes d'entrée pour janvier 2026. Douze places sont disponibles :
    six aux Petits Lutins, quatre à La Ribambelle, deux à Pirouette. Soixante-trois demandes sont actives.
    Les demandes ordinaires sont classées selon la grille de points ; le présent document rassemble les
    demandes pour lesquelles un travailleur social, la PMI ou un service spécialisé a transmis une note,
    et qui relèvent à ce titre du volet dérogatoire du règlement d'attribution. Les informations qui
    suivent sont couvertes par le secret professionnel partagé et ne doivent être ni recopiées ni
    évoquées en dehors de la commission."""),
    ("h", "2. Dossiers présentés"),
    ("table", [
        ["N°", "Famille", "Situation transmise", "Source", "Proposition"],
        ["2025-211", "Mme Jessica Poulain, Saint-Aubin",
         "Mère seule, sortie de maternité en octobre ; hébergée en résidence sociale après une expulsion "
         "locative en septembre ; dettes de loyer de 4 800 € ; reprise d'un CDD en janvier",
         "Assistante sociale du département", "Place 4 jours aux Petits Lutins"],
        ["2025-219", "M. et Mme Alves, Vernoux",
         "Enfant de 11 mois atteint de mucoviscidose, kinésithérapie respiratoire quotidienne ; mère "
         "en congé parental, père en arrêt pour dépression depuis l'annonce du diagnostic",
         "Médecin de PMI", "Place 3 jours à La Ribambelle, PAI préalable"],
        ["2025-224", "Mme Yasmina Cherif, Lacelle",
         "Séparation avec départ du domicile après des violences ; plainte déposée en octobre ; "
         "le père bénéficie d'un droit de visite en lieu médiatisé",
         "CIDFF", "Place 5 jours à Pirouette, consignes de remise de l'enfant"],
        ["2025-230", "M. Kevin Lamarque, Saint-Aubin",
         "Père seul, la mère est incarcérée à la maison d'arrêt de Montferrand jusqu'en 2027 ; "
         "grand-mère paternelle en soutien ; travail en horaires décalés",
         "Service pénitentiaire d'insertion et de probation (via le CCAS)",
         "Place 4 jours aux Petits Lutins, horaires élargis"],
        ["2025-236", "Famille Diarra, Béthuel",
         "Famille hébergée au CADA de Saint-Aubin, demande d'asile en cours ; mère enceinte de "
         "7 mois ; l'aîné de 2 ans présente un retard de langage",
         "Travailleuse sociale du CADA", "Liste d'attente prioritaire, accueil occasionnel"],
    ]),
    ("h", "3. Éléments complémentaires"),
    para("""Pour le dossier 2025-211, l'assistante sociale précise que Mme Poulain a fait l'objet d'un
    accompagnement par l'aide sociale à l'enfance lorsqu'elle était mineure et qu'elle souhaite un
    accompagnement à la parentalité ; une orientation vers le lieu d'accueil enfants-parents est proposée.
    Un dossier de surendettement a été déposé à la Banque de France en octobre."""),
    para("""Pour le dossier 2025-219, le médecin de PMI rappelle que la mucoviscidose impose des règles
    d'hygiène renforcées et une vigilance sur les infections respiratoires ; un accueil en petit groupe est
    préférable. Le PAI sera rédigé avec le centre de ressources et de compétences de la mucoviscidose du
    CHU. Le référent santé et accueil inclusif formera l'équipe à l'administration des extraits
    pancréatiques au moment des repas."""),
    para("""Pour le dossier 2025-224, la juriste du CIDFF indique que l'ordonnance de protection est en
    cours d'examen. La commission rappelle que la décision de justice doit être communiquée à la directrice
    de la structure dès qu'elle sera rendue, et que l'adresse de la mère ne doit figurer sur aucun
    document accessible au père."""),
    para("""Pour le dossier 2025-230, le CCAS précise que M. Lamarque souhaite que l'équipe n'évoque pas
    devant l'enfant la situation de sa mère, qu'il présente comme « en voyage ». Les visites au parloir ont
    lieu un samedi sur deux."""),
    para("""Pour le dossier 2025-236, la travailleuse sociale du CADA indique que la famille attend la
    décision de l'OFPRA et pourrait être orientée vers un autre département en cas de rejet. L'accueil
    occasionnel permettra une première socialisation et une observation du langage par l'équipe, en lien
    avec la PMI."""),
    ("h", "4. Décisions"),
    para("""La commission suit les propositions pour les dossiers 2025-211, 2025-219, 2025-224 et 2025-230.
    Le dossier 2025-236 est inscrit en tête de la liste d'attente de La Ribambelle ; un accueil occasionnel
    de deux demi-journées par semaine est accordé dès décembre. Les familles seront informées par courrier
    de la seule décision, sans mention des motifs. Le présent document est détruit à l'issue de la séance,
    un exemplaire unique étant conservé sous clé au guichet unique."""),
]

DOCX_BLOCKS["s047_compte_rendu_entretien_professionnel_animatrice_rpe.docx"] = [
    ("title", "Compte rendu d'entretien professionnel — année 2025"),
    para("""Agent : Mme Justine Pellegrin, éducatrice territoriale de jeunes enfants, animatrice du relais
    petite enfance. Supérieure hiérarchique directe : Mme Sandrine Rebuffat, directrice du pôle
    enfance-jeunesse-familles. Date de l'entretien : 15 décembre 2025."""),
    ("h", "Bilan de l'année"),
    para("""Mme Pellegrin a assuré seule le fonctionnement du relais entre avril et juillet, pendant la
    vacance du second poste. Elle a maintenu les temps collectifs et les permanences, au prix d'un volume
    important d'heures supplémentaires (87 heures). Les partenaires soulignent la qualité de ses
    interventions. En revanche, le suivi statistique demandé par la CAF n'a pas été tenu à jour entre mai
    et septembre, ce qui a fragilisé la négociation des financements."""),
    ("table", [
        ["Critère", "Appréciation"],
        ["Compétences techniques", "Très satisfaisant"],
        ["Qualités relationnelles", "Très satisfaisant"],
        ["Rigueur administrative", "À améliorer"],
        ["Capacité d'encadrement", "Non évaluée"],
    ]),
    ("h", "Appréciation littérale"),
    para("""Agent investie et reconnue, qui doit gagner en organisation et mieux signaler ses difficultés.
    L'agente a indiqué lors de l'entretien avoir été affectée par l'isolement au printemps et envisager une
    mobilité dans deux ans. Elle souhaite préparer le concours de conseiller socio-éducatif. Avis favorable
    à une formation « Gestion du temps et des priorités ». Pas de proposition d'avancement cette année, la
    durée d'ancienneté dans l'échelon n'étant pas atteinte."""),
]

DOCX_BLOCKS["s048_reunion_equipe_educative_enfant_epilepsie.docx"] = [
    ("title", "Réunion de suivi de l'accueil de Tiago — accueil périscolaire de Béthuel"),
    para("""Le 3 février 2026. Présents : la mère de Tiago, la directrice de l'accueil périscolaire,
    l'enseignante de CE1, le médecin scolaire, l'animatrice référente."""),
    para("""Tiago, 7 ans, présente une épilepsie-absences diagnostiquée en 2024, traitée par
    éthosuximide. Les crises se sont multipliées depuis Noël (jusqu'à dix absences par jour), et une crise
    tonico-clonique s'est produite le 22 janvier à la cantine : l'enfant a été transporté au CHU, où un
    ajustement du traitement a été décidé. Un EEG de contrôle est prévu en mars. La mère précise que le
    neurologue évoque un possible syndrome épileptique plus sévère et n'exclut pas une consultation de
    génétique."""),
    para("""Décisions : mise à jour du PAI avec protocole d'urgence (midazolam buccal au-delà de cinq minutes
    de crise) ; formation des trois animatrices par le médecin scolaire le 10 février ; interdiction de la
    piscine sans surveillance individuelle ; la mère informera l'équipe de tout changement de traitement."""),
]

DOCX_BLOCKS["s049_rapport_accident_sejour_ski_fracture.docx"] = [
    ("title", "Rapport d'accident — séjour « Neige et glisse » 10-13 ans — février 2026"),
    para("""Organisateur : Communauté de communes des Coteaux du Lizon, service jeunesse. Séjour du 16 au
    21 février 2026 au centre La Combe, Les Rousses (Jura), 28 jeunes, directeur : M. Antoine Ribeyre.
    Destinataires : SDJES du Jura et SDJES du département d'origine, assureur, direction du pôle."""),
    ("h", "1. Circonstances"),
    para("""Le mercredi 18 février vers 11 h 15, lors de la séance de ski alpin encadrée par un moniteur
    de l'École du ski français, sur la piste bleue « Les Gentianes », la jeune Léonie Sabatier (12 ans),
    du groupe de niveau 2, a chuté lourdement en percutant un piquet de balisage. Le moniteur a
    immédiatement sécurisé la zone et alerté les pisteurs secouristes, qui sont intervenus à 11 h 24.
    L'animatrice accompagnant le groupe, Mme Léa Barthès, a prévenu le directeur à 11 h 20."""),
    ("h", "2. Prise en charge"),
    para("""Les pisteurs ont constaté une déformation de la jambe gauche et une douleur intense ; Léonie
    était consciente. Elle a été évacuée en barquette jusqu'au poste de secours, puis transportée par
    ambulance au centre hospitalier de Saint-Claude, accompagnée de l'animatrice. Les radiographies ont
    montré une fracture spiroïde du tibia gauche. Elle a été opérée le soir même (enclouage
    centromédullaire) sous anesthésie générale, après accord téléphonique de sa mère, jointe à 11 h 40 par
    le directeur."""),
    para("""Mme Sabatier est arrivée à l'hôpital le 18 février à 19 h. Léonie est restée hospitalisée
    jusqu'au 21 février puis a été rapatriée en véhicule sanitaire à son domicile. Le chirurgien prévoit
    six semaines sans appui, une rééducation de plusieurs mois et l'ablation du matériel dans un an. Un
    certificat médical initial a été établi."""),
    para("""La mère a indiqué au directeur que Léonie présente une fragilité osseuse liée à un traitement
    par corticoïdes au long cours pour une maladie de Crohn diagnostiquée en 2024, information qui ne
    figurait pas sur la fiche sanitaire de liaison. Elle a précisé ne pas avoir voulu que sa fille « soit
    traitée différemment ». Le directeur a rappelé l'importance de la fiche sanitaire pour la sécurité des
    enfants ; il n'y a pas de lien établi entre cette omission et l'accident."""),
    ("h", "3. Suites sur le séjour"),
    para("""Le groupe de Léonie a été réuni le soir même pour un temps de parole. Deux jeunes témoins de la
    chute, très choqués, ont été appelés par leurs parents. Les activités ont repris normalement le 19.
    Une carte signée par tous les jeunes a été envoyée à Léonie."""),
    ("h", "4. Analyse"),
    para("""Le niveau de la piste était adapté au groupe ; l'encadrement respectait les normes (un moniteur
    ESF pour huit jeunes, plus un animateur) ; le port du casque était effectif. L'accident ne semble pas
    lié à une faute d'organisation. Le directeur propose néanmoins de demander à la station un balisage par
    filets souples sur les zones de virage. La déclaration d'accident a été faite auprès du SDJES le 18
    février à 16 h. L'assureur de la collectivité a été informé le 19 février."""),
    ("h", "4 bis. Échanges avec la famille après le séjour"),
    para("""Le directeur et la directrice du pôle ont rencontré Mme Sabatier le 23 février. Elle a remercié
    l'équipe pour sa réactivité et indiqué que Léonie serait scolarisée à domicile avec le service
    d'assistance pédagogique à domicile pendant quatre semaines. Elle a demandé que sa fille puisse
    participer au séjour d'été si son état le permet ; il a été convenu de réexaminer la question en mai,
    au vu d'un certificat médical, et d'adapter le programme si nécessaire. Mme Sabatier a transmis une
    fiche sanitaire complétée, mentionnant désormais le traitement de fond de sa fille et le suivi par le
    service de gastro-entérologie pédiatrique du CHU. Elle souhaite que cette information ne soit
    communiquée qu'au directeur et à l'assistant sanitaire du prochain séjour."""),
    ("h", "5. Pièces jointes"),
    para("""Fiche d'incident, rapport du moniteur ESF, bulletin d'hospitalisation, compte rendu opératoire
    transmis par la famille, échanges de courriels avec la mère."""),
    para("""Fait à Saint-Aubin-sur-Lizon, le 24 février 2026. Le directeur du séjour, Antoine Ribeyre. Visa
    de la directrice du pôle enfance-jeunesse-familles, Sandrine Rebuffat."""),
]

DOCX_BLOCKS["s050_note_projet_reorganisation_creches_confidentiel.docx"] = [
    ("title", "CONFIDENTIEL — Note au bureau communautaire : scénarios de réorganisation de l'accueil collectif"),
    para("""Document préparatoire au bureau du 2 mars 2026 — diffusion limitée aux membres du bureau et à
    la direction générale — ne pas transmettre aux représentants du personnel avant l'arbitrage."""),
    ("h", "1. Contexte"),
    para("""Le coût net de l'accueil collectif pour la communauté de communes a progressé de 19 % en trois
    ans, sous l'effet de la revalorisation des rémunérations (Ségur, mesures catégorielles), de la hausse
    des fluides et de la baisse du taux d'occupation de La Ribambelle (72 % en 2025). La délégation de
    service public de la micro-crèche Pirouette arrive à échéance le 31 août 2026. La direction générale
    présente trois scénarios au bureau."""),
    ("h", "2. Scénario A — statu quo amélioré"),
    para("""Maintien des trois structures, relance d'une consultation pour Pirouette, plan d'optimisation
    du taux d'occupation (accueil occasionnel, places d'urgence). Économie estimée : 60 000 € par an.
    Risque : insuffisant au regard de la trajectoire budgétaire."""),
    ("h", "3. Scénario B — fusion des équipes de direction"),
    para("""Création d'une direction unique pour Les Petits Lutins et La Ribambelle, avec suppression d'un
    poste de directrice et d'un poste d'adjointe ; la directrice de La Ribambelle, dont le poste serait
    supprimé, se verrait proposer un reclassement sur la coordination petite enfance. Économie estimée :
    115 000 € par an. Risques : forte opposition prévisible des équipes et des syndicats ; un préavis de
    grève est probable ; dégradation du climat social dans un contexte d'enquête administrative en cours."""),
    ("h", "4. Scénario C — externalisation"),
    para("""Confier la gestion de La Ribambelle à un opérateur privé dans le cadre d'une délégation de
    service public commune avec Pirouette, avec reprise des agents volontaires par voie de détachement.
    Deux opérateurs ont été approchés de manière informelle ; l'un d'eux a indiqué un coût de 10,40 € par
    heure facturée. Économie estimée : 180 000 € par an. Risques : réaction des familles, perte de maîtrise
    du service, contentieux possible sur la procédure."""),
    ("h", "5. Calendrier envisagé"),
    para("""Arbitrage du bureau le 2 mars ; information du comité social territorial le 24 mars ;
    présentation au conseil communautaire le 9 avril (scénario A ou B) ou lancement d'une étude préalable
    à la délégation (scénario C). La communication auprès des familles et des équipes devra être préparée
    avec le cabinet ; aucune information ne doit circuler avant la décision, et les éléments chiffrés
    transmis par les opérateurs ne doivent pas être diffusés."""),
    ("h", "6. Recommandation de la direction générale"),
    para("""La direction générale recommande le scénario B, à mettre en œuvre en septembre 2026, assorti
    d'un plan d'accompagnement des agents, d'une communication maîtrisée et d'un engagement à ne procéder
    à aucune suppression de poste d'auxiliaire. Elle déconseille le scénario C, dont le gain est incertain
    une fois intégrés les coûts de contrôle et le risque contentieux. Le président souhaite connaître
    l'avis de chaque vice-président avant la séance."""),
    para("""Position des organisations syndicales pressenties : lors d'une rencontre informelle du
    10 février, les représentants du personnel ont fait savoir qu'ils s'opposeraient à toute suppression de
    poste de direction et à toute externalisation ; la section CGT a évoqué la possibilité d'une
    mobilisation des familles. La direction générale estime que ce risque peut être limité si les agents
    concernés sont reçus individuellement avant toute annonce. La directrice de La Ribambelle, Mme Sophie
    Marchal, n'a pas été informée du scénario B ; il est proposé que le président la reçoive
    personnellement. Le cabinet prépare des éléments de langage à destination des élus
    municipaux."""),
    ("h", "7. Annexe — données financières"),
    ("table", [
        ["Structure", "Coût net 2023", "Coût net 2025", "Taux d'occupation 2025"],
        ["Les Petits Lutins", "412 000 €", "486 000 €", "83 %"],
        ["La Ribambelle", "331 000 €", "402 000 €", "72 %"],
        ["Pirouette (compensation)", "58 000 €", "64 000 €", "81 %"],
    ]),
    para("""Les chiffres ci-dessus intègrent les charges de personnel, les fluides, l'entretien, les
    fournitures et les frais de structure imputés au prorata ; ils ne tiennent pas compte des bonus de la
    convention territoriale globale, dont le montant définitif ne sera connu qu'en juin."""),
    para("""Document établi par le directeur général des services. Exemplaire numéroté — CONFIDENTIEL."""),
]

DOCX_BLOCKS["s051_decision_refus_agrement_antecedent_judiciaire.docx"] = [
    ("title", "Décision de refus d'agrément d'assistant maternel"),
    para("""Département — Direction de l'enfance et de la famille — Service de PMI. Destinataire :
    M. Loïc Fabre-Estève, 22 route de Lacelle, Béthuel. Le 28 janvier 2026."""),
    para("""Monsieur, vous avez déposé le 4 novembre 2025 une demande d'agrément en qualité d'assistant
    maternel pour l'accueil de trois enfants. L'évaluation a fait apparaître des conditions matérielles
    satisfaisantes. Toutefois, le bulletin n° 2 du casier judiciaire de votre compagne, qui réside à votre
    domicile, mentionne une condamnation prononcée le 12 mars 2021 par le tribunal correctionnel de
    Montferrand à huit mois d'emprisonnement avec sursis pour délaissement d'un mineur de quinze ans. Cette
    infraction figure parmi celles qui, en application de l'article L. 421-3 du code de l'action sociale et
    des familles, font obstacle à la délivrance de l'agrément."""),
    para("""En conséquence, votre demande d'agrément est refusée. Cette décision peut faire l'objet d'un
    recours gracieux auprès du président du conseil départemental ou d'un recours contentieux devant le
    tribunal administratif dans un délai de deux mois. Pour le président et par délégation, le médecin
    responsable de PMI, Dr Hélène Castagné."""),
]

DOCX_BLOCKS["s052_rapport_social_commission_impayes_restauration.docx"] = [
    ("title", "Commission de traitement des impayés de restauration scolaire — séance du 5 mars 2026"),
    para("""Commission réunissant la régie enfance-jeunesse, le CCAS de Saint-Aubin, le service de gestion
    comptable de Montferrand et un travailleur social du département. Objet : examen des familles dont la
    dette dépasse 300 € avant transmission au comptable public ou proposition d'échéancier."""),
    ("table", [
        ["Famille", "Dette", "Situation connue", "Proposition"],
        ["M. et Mme Pereira (Saint-Aubin, 3 enfants)", "642 €",
         "Père licencié en novembre, indemnisé par France Travail ; crédit auto en retard", "Échéancier 6 mois"],
        ["Mme Lucie Garnier (Lacelle, 2 enfants)", "890 €",
         "Mère seule, en congé de maladie depuis septembre pour un cancer ; allocataire de l'AAH en attente",
         "Remise gracieuse partielle de 50 %, recalcul du QF"],
        ["M. Patrick Roudil (Vernoux, 1 enfant)", "412 €",
         "Sous curatelle renforcée depuis 2024 ; le curateur (UDAF) n'avait pas reçu les factures",
         "Transmission des factures à l'UDAF"],
        ["Mme Rachida Tahri (Saint-Aubin, 4 enfants)", "1 320 €",
         "Procédure d'expulsion en cours, commandement de quitter les lieux délivré en février ; "
         "suivi par le FSL", "Suspension des poursuites, dossier CCAS"],
        ["M. et Mme Gomez (Béthuel, 2 enfants)", "356 €", "Aucun contact malgré les relances",
         "Transmission au comptable public"],
    ]),
    ("h", "Échanges"),
    para("""La représentante du CCAS souligne que la restauration scolaire est souvent le seul repas
    équilibré de la journée pour les enfants des familles les plus en difficulté, et demande qu'aucun
    enfant ne soit exclu de la cantine pour impayé, conformément à la position constante du Défenseur des
    droits. La régie rappelle que l'exclusion n'est pas pratiquée par la communauté de communes."""),
    para("""Pour la famille Garnier, le travailleur social indique que Mme Garnier suit une chimiothérapie
    jusqu'en mai et qu'une demande de reconnaissance de handicap est en cours auprès de la MDPH ; ses
    ressources se limitent aux indemnités journalières et à l'allocation de soutien familial, le père des
    enfants ne versant pas la pension alimentaire fixée par le juge. Une saisine de l'agence de
    recouvrement des pensions alimentaires (ARIPA) lui est conseillée. La commission propose une remise
    gracieuse de 445 €, qui sera soumise au conseil communautaire, et le passage en tranche 1 à compter de
    mars."""),
    para("""Pour la famille Tahri, le CCAS précise que la famille a accumulé 5 200 € de dettes de loyer
    depuis le décès du père en 2024 et que l'audience au tribunal judiciaire est fixée au 14 avril. Le
    diagnostic social et financier a été transmis. Une demande d'aide du fonds de solidarité pour le
    logement est instruite ; les enfants fréquentent aussi l'aide aux devoirs de l'association de quartier.
    La commission décide de suspendre toute poursuite jusqu'à la décision du tribunal et de proposer une
    aide du CCAS pour la cantine de mars à juin."""),
    para("""Pour M. Roudil, le mandataire de l'UDAF sera destinataire de toutes les factures à l'avenir ;
    les frais de relance sont annulés. Pour la famille Gomez, un dernier courrier sera adressé avant
    transmission, avec proposition de rendez-vous au CCAS."""),
    para("""La régie présente enfin les indicateurs globaux : au 28 février 2026, 214 familles présentent
    un solde débiteur, pour un total de 48 300 € ; 61 % des dettes sont inférieures à 100 €. Le taux de
    recouvrement à un an s'établit à 94 %. Le comptable public indique que les saisies administratives à
    tiers détenteur ne sont engagées qu'après examen de la situation par la commission, et jamais sur les
    prestations familiales insaisissables. Le travailleur social du département propose qu'un courrier
    d'information sur les aides possibles soit joint à la première relance ; la proposition est retenue."""),
    para("""Le représentant du service de gestion comptable rappelle que les remises gracieuses relèvent
    d'une délibération du conseil communautaire et que les admissions en non-valeur ne peuvent être
    proposées qu'après épuisement des voies de recouvrement ou constat d'insolvabilité."""),
    ("h", "Relevé de décisions"),
    para("""Cinq dossiers examinés ; deux échéanciers ; une remise gracieuse proposée au conseil ; une
    suspension des poursuites ; une transmission au comptable public. Prochaine commission : 4 juin 2026.
    Document nominatif à usage exclusif des membres de la commission, tenus au secret professionnel."""),
]

DOCX_BLOCKS["s053_rapport_evaluation_information_preoccupante_fratrie.docx"] = [
    ("title", "Rapport d'évaluation pluridisciplinaire à la suite d'une information préoccupante"),
    para("""Département — Direction de l'enfance et de la famille — Maison départementale des solidarités
    de Montferrand. Cellule de recueil des informations préoccupantes, IP n° 2026-0418. Enfants concernés :
    Enzo Delmas, né le 8 octobre 2023, et Léna Delmas, née le 2 mai 2019. Représentants légaux :
    Mme Cindy Delmas et M. Julien Pradier (père d'Enzo) ; le père de Léna, M. Yohan Delmas, réside en
    Bretagne. Évaluatrices : Mme Laetitia Bruneau, assistante sociale, et Mme Pascale Mouret, puéricultrice
    de PMI. Période d'évaluation : du 2 février au 27 mars 2026."""),
    ("h", "1. Origine de l'information"),
    para("""L'information préoccupante a été transmise le 27 janvier 2026 par la directrice du multi-accueil
    « La Ribambelle », qui accueille Enzo quatre jours par semaine, à la suite de constats répétés
    d'ecchymoses, d'un défaut d'hygiène et d'un changement de comportement de l'enfant, ainsi que d'un
    épisode au cours duquel le père s'est présenté à la crèche dans un état d'alcoolisation. Le médecin de
    la structure a joint un constat. Une seconde information a été reçue le 3 février de l'école
    élémentaire de Vernoux-le-Haut, concernant Léna, élève de CP, qui a déclaré à son enseignante que
    « Julien crie fort et tape maman »."""),
    ("h", "2. Méthodologie"),
    para("""L'évaluation a été conduite conformément au référentiel national d'évaluation des situations de
    danger ou de risque de danger de la Haute Autorité de santé. Elle a comporté : deux visites à domicile
    (9 février et 12 mars), dont une en présence des deux parents ; trois entretiens avec la mère seule ;
    un entretien avec M. Pradier seul ; un entretien avec Léna à l'école en présence de l'infirmière
    scolaire ; l'observation d'Enzo à la crèche ; des échanges avec la directrice de la crèche,
    l'enseignante de Léna, le médecin traitant de la famille et la conseillère conjugale du lieu d'écoute
    « La Passerelle », que Mme Delmas avait consultée en 2025. Les parents ont été informés de
    l'évaluation et de ses modalités par courrier du 30 janvier."""),
    ("h", "3. Situation familiale"),
    para("""Mme Delmas, 31 ans, travaille comme agente d'entretien à temps partiel (24 heures par semaine)
    dans une entreprise de nettoyage de Saint-Aubin. M. Pradier, 34 ans, ancien chauffeur-livreur, est sans
    emploi depuis mars 2025 à la suite d'un licenciement ; il perçoit l'allocation de retour à l'emploi
    jusqu'en septembre. Le couple vit depuis 2022 dans un logement social de type 3 à Vernoux-le-Haut. Les
    ressources du foyer s'élèvent à environ 2 100 € par mois. Un retard de loyer de 1 350 € a été constaté
    par le bailleur en janvier ; un plan d'apurement a été signé."""),
    para("""Mme Delmas décrit une dégradation de la relation de couple depuis le licenciement de son
    compagnon : disputes fréquentes, reproches, consommation d'alcool quotidienne de M. Pradier
    (« plusieurs bières dès midi, puis du whisky le soir »). Elle fait état de deux épisodes de violences
    physiques à son encontre en décembre 2025 et en janvier 2026 (bousculade contre un meuble, gifle), en
    présence des enfants, sans dépôt de plainte. Elle dit craindre la réaction de son compagnon si elle le
    quittait et ne pas savoir où aller. Elle n'a pas de famille dans le département ; sa mère réside dans le
    Nord."""),
    para("""M. Pradier reconnaît « boire un peu trop depuis qu'il n'a plus de travail » et des disputes,
    mais conteste toute violence physique envers sa compagne ou les enfants. Il explique les marques d'Enzo
    par des chutes et dit être « un père qui aime ses enfants ». Il a accepté, au cours de l'évaluation,
    de prendre rendez-vous au centre de soins, d'accompagnement et de prévention en addictologie de
    Montferrand ; le premier rendez-vous a eu lieu le 16 mars selon l'attestation produite. Le médecin
    traitant confirme une consommation d'alcool à risque et une prescription récente d'un traitement de
    réduction de la consommation."""),
    ("h", "4. Situation des enfants"),
    para("""Enzo, 2 ans et 5 mois, est un enfant souriant à la crèche, mais qui présente depuis décembre des
    signes de repli, des pleurs au moment des départs et une peur manifeste lorsque des adultes élèvent la
    voix. Son développement psychomoteur est dans la norme ; le langage est en léger retard. Les ecchymoses
    constatées en janvier (bras, joue) ont été examinées par le médecin de la crèche, qui a estimé leur
    localisation « peu compatible avec des chutes accidentelles ». Aucune nouvelle marque n'a été relevée
    depuis février. L'hygiène s'est améliorée depuis le début de l'évaluation. Le suivi vaccinal et
    médical est à jour."""),
    para("""Léna, 6 ans et 10 mois, est décrite par son enseignante comme une élève sérieuse mais anxieuse,
    fatiguée le lundi, qui se plaint régulièrement de maux de ventre. Lors de l'entretien, elle a parlé
    spontanément des « cris » et du fait qu'elle « met la musique dans sa chambre pour ne pas entendre ».
    Elle a indiqué avoir peur pour sa mère. Elle n'a pas fait état de violences dirigées contre elle. Elle
    voit son père, M. Yohan Delmas, pendant la moitié des vacances scolaires ; celui-ci, contacté par
    téléphone, dit ignorer la situation et se déclare prêt à accueillir sa fille plus souvent. Léna
    bénéficie d'un suivi orthophonique."""),
    ("h", "5. Analyse"),
    para("""Les évaluatrices relèvent un contexte de violences conjugales dont les enfants sont témoins, une
    consommation d'alcool problématique de M. Pradier, une fragilité économique et un isolement de la mère.
    Les enfants sont exposés à un climat de tension et de peur qui a un retentissement sur leur
    développement affectif et leur comportement. Les marques constatées sur Enzo en janvier ne permettent
    pas d'établir avec certitude leur origine, mais la concordance des éléments recueillis justifie une
    vigilance particulière. Des ressources existent : la mère a conscience de la situation et a sollicité
    de l'aide à plusieurs reprises ; M. Pradier a engagé une démarche de soins ; les enfants sont bien
    insérés à la crèche et à l'école ; le père de Léna est mobilisable."""),
    ("h", "6. Propositions"),
    para("""Les évaluatrices proposent : la mise en place d'une mesure d'aide éducative à domicile
    contractualisée avec les parents, pour une durée de six mois, avec un accompagnement par une éducatrice
    spécialisée et une technicienne de l'intervention sociale et familiale ; l'orientation de Mme Delmas
    vers le CIDFF et l'association d'aide aux victimes pour une information sur ses droits, et la remise
    du numéro 3919 ; le maintien de l'accueil d'Enzo à la crèche cinq jours par semaine, avec une prise en
    charge du coût par le département au titre de la prévention ; une orientation de Léna vers le centre
    médico-psychologique pour enfants de Montferrand ; le maintien du suivi en addictologie de M. Pradier ;
    un bilan à trois mois avec tous les partenaires."""),
    para("""Compte tenu des déclarations de Mme Delmas concernant des violences physiques commises en
    présence des enfants, les évaluatrices estiment nécessaire d'aviser le procureur de la République, qui
    appréciera l'opportunité de poursuites. Les parents en ont été informés lors de la restitution du
    27 mars ; M. Pradier a manifesté son désaccord ; Mme Delmas a dit « être soulagée ». En cas de refus de
    la mesure administrative ou de nouvel incident, une saisine du juge des enfants sera envisagée."""),
    ("h", "7. Avis de l'inspectrice de l'aide sociale à l'enfance"),
    para("""Avis conforme aux propositions. Mise en place d'une aide éducative à domicile à compter du
    15 avril 2026 sous réserve de l'accord écrit des deux parents ; transmission d'un avis au parquet du
    tribunal judiciaire de Montferrand le 30 mars 2026 ; information de la directrice de la crèche et de
    l'école des suites données, dans la limite de ce qui est nécessaire à l'accompagnement des enfants."""),
    para("""Échanges complémentaires : lors de la restitution, Mme Delmas a souhaité savoir si elle
    pouvait quitter le domicile avec les enfants sans l'accord de M. Pradier. Il lui a été indiqué qu'elle
    pouvait solliciter une ordonnance de protection auprès du juge aux affaires familiales, et qu'une
    place d'hébergement pouvait être recherchée avec l'association Le Relais des Femmes. La directrice de
    la crèche sera informée qu'aucune modification des personnes autorisées à reprendre Enzo ne doit être
    acceptée sans l'accord de la mère."""),
    para("""Document couvert par le secret professionnel (articles L. 221-6 et L. 226-2-2 du code de
    l'action sociale et des familles). Communicable aux titulaires de l'autorité parentale dans les
    conditions prévues par la loi."""),
]

DOCX_BLOCKS["s054_memoire_technique_candidat_dsp_micro_creche.docx"] = [
    ("title", "Délégation de service public — micro-crèche « Pirouette » — offre du candidat"),
    para("""Candidat : Éveil & Compagnie SAS, Lyon. Mention du candidat : document contenant des secrets
    des affaires — ne pas communiquer, y compris après attribution, les parties 3 à 5 et les annexes
    financières."""),
    ("h", "1. Présentation du groupe"),
    para("""Éveil & Compagnie gère 41 établissements d'accueil du jeune enfant en Auvergne-Rhône-Alpes, dont
    29 micro-crèches, pour un chiffre d'affaires consolidé de 38,6 M€ en 2025. Le groupe emploie 520
    salariés. Il est détenu majoritairement par ses fondateurs, aux côtés d'un fonds d'investissement
    entré au capital en 2023."""),
    ("h", "2. Projet pédagogique"),
    para("""Le projet s'appuie sur la pédagogie de la nature et de l'autonomie : sorties quotidiennes,
    jardin sensoriel, motricité libre, éveil musical hebdomadaire avec une intervenante, partenariat avec
    la médiathèque de Lacelle. Une attention particulière est portée à l'accueil des enfants en situation
    de handicap et aux familles en insertion, conformément aux engagements de la charte nationale."""),
    ("h", "3. Compte d'exploitation prévisionnel (confidentiel)"),
    ("table", [
        ["Poste", "Année 1", "Année 2", "Année 3"],
        ["Participations familiales", "74 200 €", "76 000 €", "77 500 €"],
        ["Prestation de service unique CAF", "118 600 €", "121 300 €", "123 900 €"],
        ["Compensation de l'autorité délégante", "52 000 €", "50 000 €", "48 000 €"],
        ["Masse salariale", "176 400 €", "180 900 €", "185 300 €"],
        ["Loyer et charges", "18 000 €", "18 360 €", "18 730 €"],
        ["Frais de siège (8,5 % du CA)", "20 800 €", "20 900 €", "21 000 €"],
        ["Résultat net", "4 100 €", "5 300 €", "6 200 €"],
    ]),
    ("h", "4. Politique salariale et organisation (confidentiel)"),
    para("""Grille interne : auxiliaire de puériculture 1 920 € brut, titulaire CAP AEPE 1 840 € brut,
    référente technique EJE 2 710 € brut, prime de présence trimestrielle de 150 €. Le groupe mutualise les
    remplacements grâce à une équipe volante de 14 salariés, ce qui lui permet de limiter le recours à
    l'intérim à 2 % des heures, contre 9 % en moyenne dans le secteur. Taux d'absentéisme 2025 : 6,1 %."""),
    ("h", "5. Achats et savoir-faire (confidentiel)"),
    para("""Le groupe a négocié un accord-cadre national pour les couches (0,19 € l'unité) et les repas
    (2,85 € HT le repas bébé en liaison froide). Son logiciel de planification propriétaire, développé en
    interne, optimise le taux d'occupation en temps réel à partir des réservations et des absences ; il
    a permis d'atteindre 87 % de taux d'occupation financier moyen sur le réseau en 2025. Le modèle
    d'algorithme et ses paramètres ne peuvent être communiqués."""),
    ("h", "6. Engagements"),
    para("""Maintien des tarifs au barème CNAF ; respect des critères d'attribution fixés par la
    communauté de communes ; reprise des salariés actuels qui le souhaitent ; rapport annuel du
    délégataire ; comité de suivi semestriel avec l'autorité délégante."""),
]

DOCX_BLOCKS["s055_reponse_reclamation_parents_separes_communication.docx"] = [
    ("title", "Réponse à une réclamation — communication des informations aux parents séparés"),
    para("""Saint-Aubin-sur-Lizon, le 12 mars 2026. Madame Sandrine Couderc, 3 rue des Lilas, Lacelle."""),
    para("""Madame, vous nous reprochez d'avoir transmis à votre ex-époux, M. Frédéric Couderc, le planning
    de présence de votre fils Mathis à l'accueil de loisirs, alors que vous avez quitté le domicile conjugal
    en raison de son comportement violent et que le jugement de divorce du 2 février 2026 fixe la résidence
    de l'enfant chez vous. Vous indiquez que M. Couderc s'est présenté devant l'accueil de loisirs le
    4 mars et que la gendarmerie a dû intervenir."""),
    para("""Je comprends votre inquiétude. Le jugement que vous nous avez communiqué le 6 mars maintient
    toutefois l'exercice conjoint de l'autorité parentale et accorde au père un droit de visite un
    week-end sur deux ; il ne lui interdit pas de recevoir des informations sur la scolarité et les
    activités de son fils. Le service ne pouvait donc refuser de lui répondre. En revanche, dès réception
    de votre courrier, la directrice a donné consigne de ne remettre Mathis qu'à vous-même ou aux personnes
    que vous avez désignées en dehors des périodes de droit de visite, et de ne communiquer aucune
    information relative à votre adresse. Si le juge aux affaires familiales venait à modifier ces
    modalités, nous appliquerions immédiatement la nouvelle décision."""),
    para("""Veuillez agréer, Madame, mes salutations distinguées. La directrice du pôle
    enfance-jeunesse-familles, Sandrine Rebuffat."""),
]

DOCX_BLOCKS["s056_formation_specialisee_agression_agente_creche.docx"] = [
    ("title", "Formation spécialisée en santé, sécurité et conditions de travail — séance du 19 février 2026"),
    para("""Extrait du procès-verbal — point 4 : accident de service d'une agente du multi-accueil
    « Les Petits Lutins ». Présents pour les représentants du personnel : Mme Nathalie Bouchet (CGT),
    M. Franck Olivier (FO), Mme Élodie Sarrail (CFDT)."""),
    para("""La directrice du pôle présente l'événement du 29 janvier : Mme Laure Bonnefoy, éducatrice de
    jeunes enfants, a été agressée verbalement puis physiquement par un père, qui l'a poussée contre un
    mur lorsqu'elle lui a refusé l'accès à la section en dehors des horaires. Elle souffre d'une entorse
    cervicale et d'un choc psychologique ; elle est en arrêt depuis, suivie par la psychologue du centre de
    gestion, et a déposé plainte. L'accident de service a été reconnu."""),
    para("""Mme Bouchet, au nom de la section CGT dont Mme Bonnefoy est adhérente, demande la protection
    fonctionnelle pour l'agente et l'installation d'un visiophone. M. Olivier rappelle que son organisation
    avait alerté sur l'absence de sas d'entrée dès 2024. La collectivité accorde la protection
    fonctionnelle et s'engage à réaliser les travaux avant l'été."""),
]

DOCX_BLOCKS["s057_liste_participants_sejour_informations_particulieres.docx"] = [
    ("title", "Séjour « Mer et voile » 9-12 ans — liste des participants à l'usage de l'équipe d'animation"),
    para("""Du 6 au 13 juillet 2026, base nautique de Carnac. Liste établie par le directeur à partir des
    dossiers d'inscription et des entretiens avec les familles. Ne pas afficher, ne pas laisser dans le
    minibus."""),
    ("table", [
        ["Participant", "Âge", "Informations pour l'équipe"],
        ["Ryan Benhamou", "11", "Inscription confirmée après échéancier ; pris en charge CCAS"],
        ["Kenza Moulin", "10", "Enfant confiée à l'ASE, en famille d'accueil ; seule l'assistante familiale "
         "est autorisée à appeler ; aucun contact avec les parents"],
        ["Théo Lacroix", "9", "Énurésie nocturne : alèse et change discret"],
        ["Lina Haddad", "12", "Jeûne du Ramadan terminé ; ne mange pas de porc ; pratique la prière, "
         "prévoir un coin calme si elle le demande"],
        ["Mathis Couderc", "10", "Ne remettre l'enfant qu'à sa mère ; interdiction de contact avec le père "
         "en dehors du droit de visite"],
        ["Louise Delorme", "9", "TSA, accompagnée par une animatrice dédiée ; casque anti-bruit"],
        ["Sacha Varenne", "11", "Parents séparés, facturation séparée ; informer les deux parents"],
        ["Noé Bertrand", "10", "Asthme, Ventoline dans la trousse ; PAI"],
    ]),
    para("""Rappel : ces informations sont confidentielles et ne doivent pas être évoquées devant les
    enfants ni les autres familles."""),
]

DOCX_BLOCKS["s058_audit_securite_portail_famille.docx"] = [
    ("title", "Audit de sécurité du portail famille — rapport de tests d'intrusion"),
    para("""Prestataire : CyberVigie Conseil. Commanditaire : direction des systèmes d'information de la
    communauté de communes. Période de tests : 12 au 16 janvier 2026. Classification : document
    confidentiel, à ne pas diffuser en dehors de la DSI et de la direction générale tant que les
    vulnérabilités critiques ne sont pas corrigées."""),
    ("h", "1. Synthèse"),
    para("""Le portail famille (inscriptions, facturation, dossiers sanitaires) présente un niveau de
    sécurité insuffisant. Les testeurs ont identifié 3 vulnérabilités critiques, 5 élevées et 9 moyennes.
    L'exploitation combinée de deux d'entre elles a permis d'accéder, depuis un compte famille ordinaire,
    aux fiches sanitaires et aux PAI d'autres enfants."""),
    ("h", "2. Vulnérabilités critiques"),
    para("""V1 — Référence directe non sécurisée à un objet : l'URL
    /famille/enfant/fiche?id= accepte n'importe quel identifiant numérique séquentiel ; aucune vérification
    n'est faite que l'enfant appartient au compte connecté. Les 2 847 fiches sont accessibles par simple
    incrémentation."""),
    para("""V2 — Interface d'administration exposée sur Internet à l'adresse
    https://portail-famille.coteaux-lizon.fr/admin-gestion, protégée par un compte générique
    « admin.regie » dont le mot de passe « Regie2023! » n'a pas été modifié depuis la mise en service ; pas
    de double authentification."""),
    para("""V3 — Version du logiciel de gestion non mise à jour (v4.2.1), affectée par une vulnérabilité
    publique d'injection SQL dans le module d'export des factures, permettant la lecture de la base de
    données complète, y compris les quotients familiaux et les coordonnées bancaires partielles."""),
    ("h", "3. Vulnérabilités élevées (extrait)"),
    para("""Absence de verrouillage après échecs de connexion ; sessions sans expiration ; sauvegardes
    quotidiennes stockées sur un partage réseau accessible depuis le VLAN des crèches (\\\\srv-fich02\\sauv,
    compte de service « svc_backup » avec le même mot de passe que le compte administrateur local) ;
    serveur web en TLS 1.0."""),
    ("h", "4. Recommandations prioritaires"),
    para("""Corriger le contrôle d'accès aux fiches sous 48 heures ; restreindre l'interface d'administration
    au réseau interne et changer tous les mots de passe ; appliquer le correctif éditeur ; isoler les
    sauvegardes ; analyser les journaux pour rechercher une exploitation antérieure et, le cas échéant,
    notifier la CNIL dans les 72 heures."""),
    ("h", "5. Annexe — comptes testés"),
    ("table", [
        ["Compte", "Mot de passe constaté", "Statut"],
        ["admin.regie", "Regie2023!", "Actif, droits complets"],
        ["test.famille", "test1234", "Compte de recette oublié, actif"],
        ["svc_backup", "B@ckup-Lizon", "Compte de service, réutilisé"],
    ]),
]

DOCX_BLOCKS["s059_contrat_jeune_majeur_mineur_non_accompagne.docx"] = [
    ("title", "Point information jeunesse — note d'accompagnement d'un jeune majeur"),
    para("""Jeune : Ibrahima S., 18 ans, hébergé au foyer de jeunes travailleurs de Montferrand. Arrivé en
    France en 2023 à l'âge de 16 ans comme mineur non accompagné en provenance de Guinée, il a été pris en
    charge par l'aide sociale à l'enfance jusqu'à sa majorité et bénéficie d'un contrat jeune majeur
    jusqu'en décembre 2026. Sa demande de titre de séjour « étudiant » a été déposée en préfecture ; il
    dispose d'un récépissé, mais l'authenticité de son acte de naissance a été contestée par la police aux
    frontières et une obligation de quitter le territoire n'est pas exclue."""),
    para("""Il est en première année de CAP cuisine en apprentissage dans un restaurant de Saint-Aubin, dont
    le patron soutient sa démarche. Il est venu au PIJ pour une aide à la rédaction d'une lettre au préfet
    et pour trouver un avocat. Orientation vers la permanence juridique de la Cimade et vers l'association
    RESF ; le patron a rédigé une attestation. Prochain rendez-vous le 2 avril."""),
]

DOCX_BLOCKS["s060_support_formation_chapitre_ouvrage_reproduit.docx"] = [
    ("title", "Support de formation interne « Accompagner les émotions du jeune enfant » — module 2"),
    para("""Support distribué aux 42 auxiliaires et éducatrices des multi-accueils lors de la journée
    pédagogique du 16 mars 2026. Le module reprend intégralement le chapitre 4, « La colère, une tempête à
    traverser », de l'ouvrage de Mme Isabelle Fontanel, « Petits cœurs, grandes tempêtes », Éditions du
    Sablier, 2022, pages 61 à 84, scanné par la formatrice. © Éditions du Sablier. Aucune autorisation de
    reproduction n'a été demandée à l'éditeur ni au Centre français d'exploitation du droit de copie."""),
    ("h", "Chapitre 4 — La colère, une tempête à traverser (reproduction intégrale)"),
    para("""« Il est 17 h 30. Lucas, deux ans et demi, se roule par terre dans le hall de la crèche parce
    que sa mère lui a mis son manteau alors qu'il voulait le mettre tout seul. Elle est fatiguée, il est
    fatigué, les autres parents regardent. Qui n'a jamais vécu cette scène ? La colère du tout-petit
    déroute, agace, inquiète. Elle n'est pourtant ni un caprice ni une manipulation : c'est une tempête
    émotionnelle que son cerveau immature ne sait pas encore réguler. Le cortex préfrontal, siège du
    contrôle des émotions, n'arrivera à maturité qu'à l'âge adulte ; avant cinq ans, l'enfant est submergé
    par ce qu'il ressent. »"""),
    para("""« Que faire alors ? D'abord, rester calme, autant que possible. Notre propre calme est la
    première aide que nous pouvons offrir. Ensuite, mettre des mots : “Tu es très en colère parce que tu
    voulais mettre ton manteau tout seul.” Nommer l'émotion ne la fait pas disparaître, mais aide l'enfant
    à la reconnaître et, peu à peu, à l'apprivoiser. Enfin, assurer la sécurité : éloigner ce qui pourrait
    le blesser, rester à proximité, proposer un contact sans l'imposer. Une fois la tempête passée,
    viendra le temps du réconfort, puis, plus tard, celui de la parole. » (suite du chapitre, pages 66 à
    84, reproduite dans le support papier)."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_actualite_equipe_absences.html"] = (
    "Intranet — vie des équipes petite enfance",
    """
<h1>Vie des équipes — mars 2026</h1>
<h2>Bienvenue</h2>
<p>Nous souhaitons la bienvenue à Mme Chloé Barral, coordinatrice parentalité, arrivée le 2 mars.</p>
<h2>Absences et remplacements</h2>
<p>Mme Nadia Ferhat, auxiliaire aux Petits Lutins, nous a annoncé sa grossesse : elle partira en congé
de maternité le 20 avril ; sa grossesse étant gémellaire, son congé prénatal est allongé. Elle sera
remplacée par Mme Julie Roux.</p>
<p>M. Kévin Aubert, animateur aux Castors, est absent jusqu'à fin avril suite à son opération du genou
(rupture des ligaments croisés) ; il reprendra ensuite à mi-temps thérapeutique.</p>
<h2>Carnet</h2>
<p>Toutes nos pensées accompagnent Mme Agnès Tissier, dont le mari est décédé le 8 mars.</p>
""",
)

HTML_PAGES["s062_espace_famille_message_plan_apurement.html"] = (
    "Espace famille — messagerie",
    """
<h1>Message de la régie enfance-jeunesse</h1>
<p><strong>À :</strong> M. Anthony Sagnes — <strong>Dossier famille n° 10482</strong></p>
<p>Monsieur,</p>
<p>Suite à notre entretien du 11 février en présence de votre conseillère en économie sociale et
familiale, nous vous confirmons l'échéancier convenu pour le règlement de votre dette de 1 084,60 €
(restauration scolaire et périscolaire de septembre 2025 à janvier 2026) : 12 mensualités de 90,38 €
prélevées le 10 de chaque mois à compter de mars.</p>
<p>Nous avons pris note que vous êtes actuellement bénéficiaire du RSA, que votre dossier de
surendettement est en cours d'instruction et que l'électricité de votre logement a été réduite par
votre fournisseur. Votre quotient a été recalculé : vos enfants relèvent désormais de la tranche 1
(repas à 1 €).</p>
<p>En cas de difficulté pour honorer une échéance, merci de nous contacter avant la date de
prélèvement.</p>
<p>La régisseuse, Delphine Arnaud</p>
""",
)

HTML_PAGES["s063_extranet_animateurs_acces_locaux.html"] = (
    "Extranet animateurs — infos pratiques été 2026",
    """
<h1>Infos pratiques pour les animateurs saisonniers — été 2026</h1>
<p>Page réservée aux équipes. Merci de ne pas partager le lien.</p>
<h2>Accès aux bâtiments</h2>
<ul>
<li>Accueil de loisirs Les Castors : boîte à clés à gauche du portail, code <strong>1 9 6 4</strong>.</li>
<li>Gymnase de Lacelle (activités sportives) : badge à retirer à la mairie ; alarme : code
<strong>7 7 2 0</strong>, à désactiver dans les 20 secondes.</li>
<li>Local du minibus (garage communautaire) : cadenas à combinaison <strong>3-1-8</strong> ; les clés du
véhicule sont sous le pare-soleil.</li>
</ul>
<h2>Informatique</h2>
<p>Tablettes de pointage : code de déverrouillage 240624. Wi-Fi des Castors : réseau CASTORS-ANIM,
mot de passe <code>Castor$Ete2026</code>. Compte du logiciel de présences : anim.ete / Lizon2026.</p>
<h2>Caisse</h2>
<p>La caisse des sorties est dans le tiroir du bureau de direction ; la clé est cachée dans la boîte de
feutres rouge sur l'étagère du haut.</p>
""",
)

HTML_PAGES["s064_forum_interne_parents_elus_situation_enfant.html"] = (
    "Forum du conseil d'établissement — La Ribambelle",
    """
<h1>Forum des représentants des parents — La Ribambelle</h1>
<div class="post"><p><strong>Élodie (représentante des parents), 14 janvier :</strong> Je relaie
l'inquiétude de plusieurs parents au sujet de la petite Kenza, qui arrive avec une dame différente et qui
pleure beaucoup.</p></div>
<div class="post"><p><strong>Sophie Marchal (directrice), 14 janvier :</strong> Je comprends les
questions, mais je ne peux pas en parler ici. Je vous demande de supprimer ce message.</p></div>
<div class="post"><p><strong>Thomas (parent), 15 janvier :</strong> Pour info, je connais la famille :
Kenza a été placée par le juge des enfants en décembre, la mère avait des problèmes d'alcool et le père
est violent, c'est une assistante familiale de Saint-Aubin qui l'amène. Il faut juste être gentil avec
elle.</p></div>
<div class="post"><p><strong>Modération, 15 janvier :</strong> Messages masqués en attente de
suppression.</p></div>
""",
)

HTML_PAGES["s065_compte_rendu_bureau_projet_tiers_lieu_ne_pas_diffuser.html"] = (
    "Compte rendu du comité de pilotage jeunesse — NE PAS DIFFUSER",
    """
<p class="bandeau">NE PAS DIFFUSER — document de travail soumis à l'arbitrage du président</p>
<h1>Comité de pilotage de la politique jeunesse — 3 février 2026</h1>
<p>Présents : M. Thierry Bouvard, conseiller délégué ; Mme Claire Dumoutier, vice-présidente ;
M. Nicolas Fabre, coordinateur jeunesse ; Mme Sandrine Rebuffat, directrice du pôle ; la directrice de la
Mission locale ; le chef d'escadron commandant la compagnie de gendarmerie (point 3).</p>
<h2>1. Projet de tiers-lieu jeunesse à Lacelle</h2>
<p>Le projet de tiers-lieu dans l'ancienne coopérative agricole de Lacelle avance. L'étude de
programmation prévoit 420 m² : un espace d'accueil libre, une salle de musique, un atelier de fabrication
numérique, un espace de travail partagé pour les jeunes en formation et une cuisine pédagogique. Coût
estimé : 1,9 M€ HT. Plan de financement envisagé : État (fonds vert et DSIL) 35 %, région 20 %, CAF 15 %,
département 10 %, communauté de communes 20 %.</p>
<p>Le coordinateur indique que la propriétaire du bâtiment, une société civile immobilière familiale, a
fait savoir officieusement qu'elle accepterait un prix de 180 000 €, très inférieur à l'estimation des
Domaines (260 000 €), à condition que la vente soit conclue avant l'été pour des raisons fiscales ; cette
information ne doit en aucun cas être évoquée publiquement avant la signature du compromis. Le conseiller
délégué demande que la délibération d'acquisition soit inscrite au conseil de mai.</p>
<p>Les jeunes du conseil intercommunal seront associés à l'aménagement intérieur. Une réunion publique
sera organisée en mai, sans mention du prix négocié.</p>
<h2>2. Espaces jeunes : fréquentation et difficultés</h2>
<p>La fréquentation des trois espaces jeunes progresse (+ 9 %), mais l'espace de Montferrand connaît des
tensions : rixe en février, dégradations, présence de jeunes majeurs extérieurs. Le coordinateur propose
de renforcer l'équipe par un animateur en binôme le vendredi soir et de travailler avec l'équipe de
prévention spécialisée du département.</p>
<h2>3. Sécurité aux abords des espaces jeunes</h2>
<p>Le commandant de compagnie présente un point de situation. Les éléments suivants ne doivent pas être
communiqués en dehors du comité : un point de revente de stupéfiants a été identifié derrière la salle
des fêtes de Montferrand, à proximité immédiate de l'espace jeunes ; une opération judiciaire est en
préparation et devrait intervenir avant la fin du mois de mars. Il est demandé à l'équipe d'animation de
ne modifier ni ses horaires ni ses habitudes d'ici là, et de ne pas relayer d'informations aux jeunes. La
patrouille de la brigade passera désormais chaque vendredi et samedi entre 21 h et 23 h ; aucune présence
n'est prévue le dimanche, faute d'effectifs.</p>
<p>Le commandant recommande par ailleurs d'équiper la porte arrière de l'espace jeunes, qui donne sur le
parking non éclairé, d'une serrure à trois points : l'actuelle peut être ouverte en forçant la poignée,
comme l'a montré l'effraction de décembre.</p>
<h2>4. Point information jeunesse</h2>
<p>L'extension des horaires au samedi sera effective en avril. Le renouvellement du label aura lieu en
2027. La directrice de la Mission locale propose de renforcer la permanence commune du jeudi.</p>
<h2>5. Budget 2026</h2>
<p>L'enveloppe jeunesse est de 590 000 €. Le conseiller délégué signale que la demande de la commune de
Vernoux-le-Haut d'ouvrir un quatrième espace jeunes ne pourra pas être satisfaite en 2026 ; le maire de
Vernoux n'en a pas encore été informé et le président souhaite le lui annoncer lui-même.</p>
<p>Le conseiller délégué rappelle enfin que la candidature de la communauté de communes à l'appel à
projets régional « Tiers-lieux jeunesse » doit être déposée avant le 15 mars ; le dossier mentionnera le
bâtiment de Lacelle sans indication du prix en cours de négociation. La directrice du pôle précise que la
région plafonne son aide à 400 000 € par projet.</p>
<h2>6. Prochaines étapes</h2>
<ul>
<li>Inscription de l'acquisition du bâtiment de Lacelle au conseil communautaire de mai ;</li>
<li>recrutement d'un animateur supplémentaire pour Montferrand ;</li>
<li>travaux de sécurisation de l'espace jeunes de Montferrand (porte arrière, éclairage du parking) ;</li>
<li>prochain comité de pilotage le 2 juin 2026.</li>
</ul>
<p class="bandeau">Document interne — ne pas diffuser — ne pas transférer</p>
""",
)

HTML_PAGES["s066_portail_dossier_enfant_fiche_complete.html"] = (
    "Portail famille — dossier de l'enfant",
    """
<h1>Dossier de l'enfant : Lucas Dos Santos</h1>
<table>
<tr><th>Champ</th><th>Valeur</th></tr>
<tr><td>Date de naissance</td><td>17/03/2021</td></tr>
<tr><td>Structure</td><td>Accueil de loisirs Les Castors (groupe des Petits)</td></tr>
<tr><td>Responsable 1</td><td>Mme Carla Dos Santos — résidence de l'enfant (jugement du 14/11/2024)</td></tr>
<tr><td>Responsable 2</td><td>M. Bruno Dos Santos — droit de visite médiatisé uniquement, ne pas remettre
l'enfant</td></tr>
<tr><td>Santé</td><td>Paralysie cérébrale (diplégie spastique), suivi CAMSP ; troubles de la déglutition,
repas mixé ; PAI n° 2025-17</td></tr>
<tr><td>Aides</td><td>AEEH + complément 3 ; notification MDPH jusqu'en 2027</td></tr>
<tr><td>Tarif</td><td>Tranche 1 (QF 387 €)</td></tr>
</table>
""",
)

HTML_PAGES["s067_brouillon_newsletter_photos_reportage.html"] = (
    "Brouillon — lettre numérique n° 19",
    """
<h1>Retour en images sur la fête de la petite enfance</h1>
<p><em>Brouillon — non publié</em></p>
<p>Merci au photographe Mathieu Carrel, dont nous reprenons ci-dessous la série « Premiers pas » publiée
sur son site et exposée à la galerie L'Œil du Lizon. Les douze photographies ont été téléchargées
depuis son portfolio (© Mathieu Carrel, tous droits réservés) ; le service communication n'a pas encore
pris contact avec lui pour la licence.</p>
<figure><img src="carrel_premiers_pas_01.jpg" alt="Enfant sur une balançoire"><figcaption>« Premiers pas
#1 » © Mathieu Carrel</figcaption></figure>
<figure><img src="carrel_premiers_pas_02.jpg" alt="Mains d'enfant dans le sable"><figcaption>« Premiers pas
#2 » © Mathieu Carrel</figcaption></figure>
<figure><img src="carrel_premiers_pas_03.jpg" alt="Bulle de savon"><figcaption>« Premiers pas #3 »
© Mathieu Carrel</figcaption></figure>
<p>(photographies 4 à 12 dans la galerie en bas de page)</p>
""",
)

HTML_PAGES["s068_intranet_tableau_avancement_evaluations.html"] = (
    "Intranet RH — campagne d'évaluation 2025, pôle enfance",
    """
<h1>Campagne d'entretiens professionnels 2025 — pôle enfance-jeunesse-familles</h1>
<p>Accès restreint : encadrants et service RH.</p>
<table>
<tr><th>Agent</th><th>Poste</th><th>Appréciation</th><th>Proposition</th></tr>
<tr><td>Dylan Maurel</td><td>Animateur, Lacelle</td><td>À améliorer</td><td>Pas d'avancement ; rappel
sur la ponctualité</td></tr>
<tr><td>Justine Pellegrin</td><td>Animatrice RPE</td><td>Satisfaisant</td><td>Formation gestion du
temps</td></tr>
<tr><td>Corinne Lafarge</td><td>Auxiliaire, Petits Lutins</td><td>Entretien reporté (suspension)</td><td>—
</td></tr>
<tr><td>Laure Bonnefoy</td><td>EJE, Ribambelle</td><td>Excellent</td><td>Proposée au grade supérieur</td></tr>
<tr><td>Samir Aït-Ali</td><td>Animateur, Montferrand</td><td>Insuffisant</td><td>Avertissement envisagé
après deux absences injustifiées</td></tr>
</table>
""",
)

HTML_PAGES["s069_registre_incidents_accueils_loisirs_trimestre.html"] = (
    "Registre des incidents — accueils de loisirs — 1er trimestre 2026",
    """
<h1>Registre des incidents et accidents — accueils de loisirs intercommunaux</h1>
<p>Période : janvier à mars 2026. Registre tenu par la coordination enfance, alimenté par les fiches
d'incident des directrices. Usage interne : contient des données de santé et des informations
nominatives.</p>
<table>
<tr><th>Date</th><th>Structure</th><th>Enfant</th><th>Événement</th><th>Suites</th></tr>
<tr><td>07/01</td><td>Les Castors</td><td>Chloé Bernard, 8 ans</td><td>Chute du toboggan, douleur au
poignet</td><td>Radiographie : fracture du radius, plâtre 4 semaines</td></tr>
<tr><td>14/01</td><td>Lacelle</td><td>Nino Castel, 5 ans</td><td>Morsure par un autre enfant au bras</td>
<td>Désinfection ; familles informées</td></tr>
<tr><td>21/01</td><td>Les Castors</td><td>Awa Diallo, 7 ans</td><td>Crise d'asthme en salle de
motricité</td><td>Ventoline (PAI), retour au calme</td></tr>
<tr><td>28/01</td><td>Vernoux</td><td>Maxime R., 10 ans</td><td>Propos racistes répétés envers un autre
enfant</td><td>Entretien avec les parents, exclusion d'un mercredi</td></tr>
<tr><td>04/02</td><td>Les Castors</td><td>Enzo Morel, 6 ans</td><td>Ingestion d'un biscuit contenant du
gluten (erreur de service)</td><td>Maux de ventre ; famille prévenue ; erreur analysée avec le
prestataire</td></tr>
<tr><td>11/02</td><td>Lacelle</td><td>Inès Pereira, 6 ans</td><td>Fièvre 39 °C, convulsion fébrile de
deux minutes</td><td>Appel du 15, transport aux urgences pédiatriques ; sortie le soir même</td></tr>
<tr><td>18/02</td><td>Vacances — Les Castors</td><td>Tom Fournier, 9 ans</td><td>Réaction allergique
(urticaire, gonflement des lèvres) après un atelier pâtisserie</td><td>Antihistaminique, appel du 15,
pas d'adrénaline nécessaire ; le PAI est révisé</td></tr>
<tr><td>19/02</td><td>Vacances — Les Castors</td><td>Yanis F., 11 ans</td><td>Fugue de 20 minutes lors de
la sortie au parc</td><td>Retrouvé par les animateurs ; famille informée ; le jeune dit avoir voulu
rejoindre son père, qui ne dispose pas de droit de visite</td></tr>
<tr><td>25/02</td><td>Vacances — Vernoux</td><td>Jade Varenne, 8 ans</td><td>Confie à une animatrice que
« papa a cassé la porte et maman a pleuré »</td><td>Échange avec la directrice ; note transmise à la
coordinatrice ; évaluation en cours sur l'opportunité d'une information préoccupante</td></tr>
<tr><td>04/03</td><td>Lacelle</td><td>Mathis Couderc, 10 ans</td><td>Présence du père devant le portail
en dehors du droit de visite</td><td>Enfant maintenu à l'intérieur ; gendarmerie appelée ; mère
prévenue</td></tr>
<tr><td>11/03</td><td>Les Castors</td><td>Timéo Bessière, 6 ans</td><td>Chute contre le pilier du préau,
plaie à l'arcade</td><td>Urgences : 4 points de suture, léger traumatisme crânien</td></tr>
<tr><td>18/03</td><td>Les Castors</td><td>Louise Delorme, 8 ans</td><td>Crise avec automutilation (se tape
la tête) lors d'une alarme incendie</td><td>Animatrice dédiée, casque anti-bruit ; point avec le
SESSAD</td></tr>
<tr><td>25/03</td><td>Vernoux</td><td>Lucas Vial, 9 ans</td><td>Entorse de la cheville au football</td>
<td>Glace ; consultation : attelle 10 jours</td></tr>
<tr><td colspan="5">Nota : trois fiches du mois de mars (Vernoux) sont en attente de transmission et
seront ajoutées au registre après validation par la directrice.</td></tr>
</table>
<h2>Suivi des mesures décidées au trimestre précédent</h2>
<p>Le remplacement du revêtement amortissant sous la structure de jeu des Castors a été réalisé en
janvier. La formation des animateurs à l'utilisation des stylos d'adrénaline a été assurée le 14 février
par l'infirmière du centre de gestion (22 animateurs formés). Le protocole de remise des enfants en
présence d'un parent non autorisé a été diffusé le 6 mars à toutes les équipes, à la suite de
l'événement de Lacelle. L'achat de deux talkies-walkies supplémentaires pour les sorties est en cours.
La demande d'un animateur supplémentaire pour accompagner Louise Delorme le mercredi a été acceptée par
la CAF au titre du fonds « publics et territoires » ; le recrutement est effectif depuis le 25 mars.</p>
<h2>Analyse de la coordinatrice</h2>
<p>Treize événements au trimestre, contre neuf au même trimestre 2025. Les accidents liés aux jeux
d'extérieur restent majoritaires. Deux erreurs alimentaires en deux mois imposent une révision de la
procédure de service avec le prestataire, notamment l'étiquetage des plats et le contrôle par un adulte
référent lors des ateliers cuisine. Trois situations relèvent de conflits familiaux ou de violences
intrafamiliales : un point est prévu avec la directrice du pôle pour rappeler le protocole relatif aux
informations préoccupantes et la conduite à tenir en cas de présentation d'un parent non autorisé.</p>
<p>Rappel aux directrices : les fiches doivent être transmises dans les 24 heures ; les informations
médicales ne doivent pas être inscrites dans le cahier de liaison commun.</p>
""",
)

HTML_PAGES["s070_messagerie_pij_demande_jeune_ivg.html"] = (
    "Messagerie du point information jeunesse",
    """
<h1>Conversation — messagerie instantanée du PIJ</h1>
<p><strong>Jeune (Clémence, 16 ans, lycée du Lizon), 19 h 42 :</strong> Bonsoir, je suis enceinte de
6 semaines je crois, le test est positif. Je veux pas le garder. Mes parents savent pas et je peux pas
leur dire, mon père me tuerait. Est-ce que je peux avorter sans eux ?</p>
<p><strong>Informatrice jeunesse, 19 h 50 :</strong> Bonsoir Clémence, merci de ta confiance. Oui : une
mineure peut demander une IVG sans l'accord de ses parents, à condition d'être accompagnée par un adulte
de son choix. C'est gratuit et confidentiel. Le centre de santé sexuelle de Montferrand peut te recevoir
rapidement ; je peux t'aider à prendre rendez-vous demain. Tu peux aussi appeler le 0 800 08 11 11.</p>
<p><strong>Jeune, 19 h 53 :</strong> Oui s'il vous plaît. Mon copain peut venir avec moi, il a 19 ans.</p>
<p><strong>Informatrice, 19 h 55 :</strong> C'est possible. Je te rappelle demain à 10 h.</p>
""",
)

HTML_PAGES["s071_intranet_alerte_interdiction_contact_parent.html"] = (
    "Intranet — alerte aux directrices",
    """
<h1>Alerte — consigne de sécurité applicable immédiatement</h1>
<p>À l'attention des directrices des multi-accueils, des accueils de loisirs et des accueils
périscolaires de Saint-Aubin.</p>
<p>M. Jordan Lacombe, né le 4 juin 1992, est sous le coup d'une ordonnance de protection et d'un contrôle
judiciaire lui interdisant tout contact avec son ancienne compagne et leur fille de deux ans, accueillie
aux Petits Lutins. Il a été condamné en 2023 pour violences conjugales et vient d'être mis en examen pour
de nouveaux faits. Il se serait présenté le 14 avril devant l'école maternelle voisine.</p>
<p>En cas de présence de cette personne aux abords d'une structure : ne pas ouvrir, mettre les enfants à
l'abri, appeler immédiatement le 17 et prévenir la direction du pôle. Une photographie est disponible
auprès de la directrice des Petits Lutins.</p>
<p>Cette information est strictement confidentielle.</p>
""",
)

HTML_PAGES["s072_compte_rendu_visite_pmi_domicile_assistante_maternelle.html"] = (
    "Compte rendu de visite de suivi — assistante maternelle",
    """
<h1>Visite de suivi d'une assistante maternelle agréée</h1>
<p>Service de PMI — Territoire des Coteaux. Professionnelle : Mme Nadège Roussillon, 12 rue du Moulin,
Béthuel, agréée depuis 2014 pour 4 enfants. Visite du 19 février 2026, à la suite d'un appel d'une
famille employeuse. Puéricultrice : Mme Pascale Mouret.</p>
<h2>Motif de la visite</h2>
<p>Le 12 février, la mère d'un enfant accueilli a signalé au service que son fils de 20 mois était rentré
avec une bosse au front et que l'assistante maternelle lui avait semblé « très nerveuse ». Elle a
également indiqué avoir vu à plusieurs reprises le conjoint de Mme Roussillon seul avec les enfants dans
le jardin.</p>
<h2>Constats</h2>
<p>Quatre enfants étaient présents (20 mois, 2 ans, 2 ans et demi, 3 ans). Le logement est propre et
sécurisé. Les enfants sont calmes, bien installés, et manifestent de l'attachement à la professionnelle.
Le cahier de transmissions est tenu. La bosse de l'enfant est expliquée par une chute contre la table
basse, consignée le jour même dans le cahier et signalée oralement à la mère.</p>
<p>Mme Roussillon explique sa nervosité par une situation personnelle difficile. Elle confie, en
pleurant, que son conjoint, M. Thierry Roussillon, a été placé en garde à vue le 7 janvier pour des faits
de violences sur un mineur, dans le cadre de son activité d'entraîneur bénévole dans un club de football,
et qu'il a été mis en examen et placé sous contrôle judiciaire avec interdiction d'exercer une activité
impliquant un contact habituel avec des mineurs. Il vit au domicile. Elle affirme qu'il n'est jamais seul
avec les enfants accueillis, ce que contredit la déclaration de la famille. Elle indique ne pas avoir
prévenu le service par peur de perdre son travail, qui constitue la seule ressource du foyer depuis que
son conjoint a été suspendu par son employeur.</p>
<p>Elle évoque aussi un suivi par son médecin pour un état anxio-dépressif depuis janvier, avec un
traitement par antidépresseur, et dit dormir très peu.</p>
<h2>Analyse</h2>
<p>La présence au domicile d'une personne mise en examen pour des violences sur mineur et soumise à une
interdiction d'exercer auprès d'enfants constitue un changement majeur des conditions d'accueil, qui
aurait dû être déclaré en application de l'article R. 421-40 du CASF. La présence non sécurisée de cette
personne auprès des enfants accueillis ne peut être exclue. La qualité de l'accueil observée et
l'attachement des enfants ne suffisent pas à garantir leur sécurité.</p>
<h2>Propositions</h2>
<ul>
<li>Suspension immédiate de l'agrément pour une durée de quatre mois, en application de l'article
L. 421-6 du CASF, avec information des parents employeurs ;</li>
<li>saisine de la commission consultative paritaire départementale en vue d'un éventuel retrait ;</li>
<li>vérification auprès du parquet de la nature exacte des obligations du contrôle judiciaire ;</li>
<li>orientation de Mme Roussillon vers le relais petite enfance pour les questions liées à ses contrats
et vers l'assistante sociale pour ses ressources ;</li>
<li>transmission d'une information au médecin de PMI concernant l'enfant de 20 mois, par précaution.</li>
</ul>
<p>Décision du médecin responsable de PMI : suspension de l'agrément notifiée le 20 février 2026.</p>
<p>Document soumis au secret professionnel — dossier d'agrément n° A-2014-0362.</p>
""",
)

HTML_PAGES["s073_grille_tarifaire_negociee_transport_sejours.html"] = (
    "Proposition tarifaire — transport des séjours 2026",
    """
<h1>Autocars du Lizon — proposition tarifaire réservée à la communauté de communes</h1>
<p><strong>Document commercial confidentiel — secret des affaires — ne pas communiquer aux autres
transporteurs.</strong></p>
<table>
<tr><th>Prestation</th><th>Tarif public</th><th>Tarif consenti</th></tr>
<tr><td>Car 57 places, journée (≤ 300 km)</td><td>1 150 €</td><td>780 €</td></tr>
<tr><td>Car 57 places, aller-retour séjour (≤ 800 km)</td><td>3 400 €</td><td>2 290 €</td></tr>
<tr><td>Minicar 30 places, demi-journée</td><td>420 €</td><td>265 €</td></tr>
</table>
<p>Ces tarifs, inférieurs de 30 % environ à notre prix de revient complet, sont consentis pour maintenir
l'activité de nos véhicules en juillet-août. Notre marge sur ce contrat est estimée à 2 % ; nos
conditions de carburant (accord avec un distributeur à 1,38 € le litre HT) expliquent cette capacité.
Toute divulgation de ces éléments porterait atteinte à notre position concurrentielle.</p>
""",
)

HTML_PAGES["s074_reponse_famille_pratique_religieuse_sejour.html"] = (
    "Réponse à une famille — séjour Océan",
    """
<h1>Votre demande concernant le séjour « Océan 15-17 ans »</h1>
<p>Bonjour Madame Boukhari,</p>
<p>Vous nous avez indiqué que votre fils Adam, 16 ans, musulman pratiquant, souhaite pouvoir faire ses
cinq prières quotidiennes pendant le séjour et qu'il jeûnera peut-être les jours de rattrapage du
Ramadan. Vous précisez également que votre famille fréquente la mosquée de Saint-Aubin et que votre fils
y suit des cours d'arabe le week-end.</p>
<p>Le directeur du séjour a bien noté ces éléments. Adam pourra prier dans sa tente ou dans un lieu calme,
sans que cela perturbe les activités ; l'équipe veillera à sa bonne hydratation s'il jeûne, en
particulier lors des séances de surf, et pourra lui demander de ne pas pratiquer d'activité physique
intense à jeun pour des raisons de sécurité. Un repas sans viande sera proposé à chaque repas
comportant du porc.</p>
<p>Cordialement, le coordinateur jeunesse</p>
""",
)

HTML_PAGES["s075_liste_agents_greve_service_minimum.html"] = (
    "Intranet — organisation du service le 12 mars",
    """
<h1>Mouvement de grève du 12 mars 2026 — organisation des accueils</h1>
<p>Accès réservé aux directrices. Liste établie à partir des déclarations individuelles d'intention
de grève reçues 48 heures à l'avance.</p>
<table>
<tr><th>Structure</th><th>Agents déclarés grévistes</th><th>Appartenance communiquée</th></tr>
<tr><td>Les Petits Lutins</td><td>Nathalie Bouchet, Samia Ouali, Virginie Pons</td><td>CGT (N. Bouchet,
secrétaire de section ; S. Ouali)</td></tr>
<tr><td>La Ribambelle</td><td>Élodie Sarrail</td><td>CFDT (déléguée)</td></tr>
<tr><td>Accueil périscolaire de Lacelle</td><td>Dylan Maurel, Pauline Gras</td><td>CGT (D. Maurel,
trésorier)</td></tr>
</table>
<p>Conséquences : section des moyens des Petits Lutins fermée ; accueil périscolaire de Lacelle limité
au service minimum.</p>
""",
)

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_activite_pole_enfance_jeunesse_2025.docx"] = [
    ("title", "Rapport d'activité 2025 du pôle enfance, jeunesse et familles"),
    para("""Communauté de communes des Coteaux du Lizon. Rapport présenté au conseil communautaire du
    11 juin 2026 en application de l'article L. 5211-39 du code général des collectivités territoriales.
    Directrice de publication : Mme Sandrine Rebuffat, directrice du pôle."""),
    ("h", "Le mot de la vice-présidente"),
    para("""L'année 2025 a été celle de la consolidation. Nos crèches ont accueilli plus d'enfants que
    jamais, nos accueils de loisirs ont ouvert leurs portes à de nouveaux publics, et le conseil
    intercommunal des jeunes a démontré que la jeunesse du territoire a des idées et l'envie de les
    réaliser. Je remercie chaleureusement les 148 agents du pôle, nos partenaires institutionnels — la CAF,
    le département, l'Éducation nationale, l'État — et les nombreuses associations qui font vivre nos
    politiques au quotidien. — Claire Dumoutier, vice-présidente chargée de l'enfance, de la jeunesse et
    des familles."""),
    ("h", "1. Le pôle en chiffres"),
    ("table", [
        ["Indicateur", "2024", "2025"],
        ["Agents (emplois permanents)", "139", "148"],
        ["Enfants accueillis en crèche", "198", "214"],
        ["Heures d'accueil en crèche facturées", "241 300", "252 800"],
        ["Repas servis en restauration scolaire", "248 600", "256 900"],
        ["Journées enfants en accueils de loisirs", "38 400", "41 150"],
        ["Jeunes partis en séjour", "112", "131"],
        ["Contacts au point information jeunesse", "2 791", "3 126"],
        ["Contacts au relais petite enfance (familles et professionnelles)", "2 187", "2 296"],
    ]),
    ("h", "2. Petite enfance"),
    para("""Les deux multi-accueils en régie et la micro-crèche déléguée ont accueilli 214 enfants différents
    en 2025. Le taux d'occupation financier atteint 83 % aux Petits Lutins, 72 % à La Ribambelle et 81 % à
    Pirouette. La baisse observée à La Ribambelle s'explique par une vacance de poste d'auxiliaire pendant
    cinq mois, qui a contraint la structure à limiter les accueils. Les 96 places attribuées par la
    commission l'ont été selon le règlement public d'attribution ; un bilan statistique détaillé a été
    présenté au conseil en décembre. 19 % des places ont bénéficié à des familles percevant des minima
    sociaux, et 14 enfants en situation de handicap ou atteints d'une maladie chronique ont été accueillis
    avec un projet d'accueil individualisé ou un accompagnement renforcé."""),
    para("""Le projet « Petites mains, grand jardin » de La Ribambelle a reçu le deuxième prix du concours
    départemental « Petite enfance et développement durable ». Les équipes ont bénéficié de 1 240 heures de
    formation, notamment sur la motricité libre, l'accueil inclusif, la prévention des violences
    éducatives ordinaires et les gestes de premiers secours. Deux journées pédagogiques ont été consacrées
    à la révision des projets d'établissement, conformément à la réforme des modes d'accueil."""),
    para("""Le relais petite enfance a poursuivi ses missions renforcées : 96 temps collectifs, 38
    assistantes maternelles parties en formation continue, 4 soirées thématiques. Le nombre d'assistantes
    maternelles continue de baisser (142 contre 151), ce qui a conduit la communauté de communes, la CAF et
    le département à lancer une campagne de promotion du métier au premier semestre 2026."""),
    ("h", "3. Enfance et restauration scolaire"),
    para("""Les cinq accueils de loisirs ont accueilli 1 284 enfants différents. La fréquentation du mercredi
    progresse de 6 %. La part des enfants des familles des deux premières tranches de quotient familial
    atteint 27 % (contre 22 % en 2023), grâce à la baisse des tarifs décidée en 2024 et au partenariat avec
    les travailleurs sociaux. 31 enfants en situation de handicap ont été accueillis, dont 9 avec un
    animateur supplémentaire financé par le fonds « publics et territoires » de la CAF."""),
    para("""La restauration scolaire a servi 256 900 repas, dont 38 % au tarif de 1 €. La part de produits
    durables et de qualité atteint 52 %, dont 23 % de produits biologiques, au-delà des objectifs de la loi
    EGalim. Le gaspillage alimentaire a diminué de 22 % en deux ans. 87 enfants bénéficient d'un PAI
    alimentaire, et un menu de substitution sans viande est proposé chaque jour, conformément à la charte de
    la laïcité adoptée en 2024."""),
    ("h", "4. Jeunesse"),
    para("""Le point information jeunesse a enregistré une fréquentation record de 3 126 contacts. Les
    questions relatives à la santé et au bien-être représentent désormais 13 % des demandes ; elles font
    l'objet d'une orientation systématique vers les professionnels compétents. Le PIJ a organisé 31 actions
    collectives, dont une semaine de la santé sexuelle avec le centre de santé sexuelle et l'association
    AIDES, et une journée de prévention du harcèlement avec la Maison de protection des familles de la
    gendarmerie."""),
    para("""Les trois espaces jeunes ont accueilli 412 jeunes différents, dont 31 % de filles. Des créneaux
    réservés aux filles seront expérimentés en 2026. Cinq séjours d'été ont permis à 131 jeunes de partir,
    dont 40 grâce au partenariat avec le Secours populaire. Deux incidents ont marqué les séjours ; ils ont
    donné lieu aux procédures prévues (information des familles, des autorités et du service départemental
    à la jeunesse) et à une révision des règles de vie des séjours d'adolescents."""),
    para("""Le conseil intercommunal des jeunes, renouvelé en octobre, compte 24 membres. Il a mené une
    enquête sur les mobilités (312 réponses), une collecte solidaire de 340 kg au profit des Restos du Cœur
    et du Secours populaire, et a lancé la fresque du skatepark. Dix jeunes ont bénéficié de l'aide
    intercommunale au BAFA."""),
    ("h", "5. Parentalité et familles"),
    para("""La coordinatrice parentalité, recrutée en mars 2026, anime désormais le réseau local. En 2025,
    l'appel à projets parentalité a permis de soutenir 9 actions portées par 7 associations, pour 31 400 €.
    Le lieu d'accueil enfants-parents « La Passerelle » a reçu 186 familles différentes, avec une
    fréquentation moyenne de 8 familles par séance. La semaine de la parentalité a réuni près de 900
    participants autour de conférences, d'ateliers et d'un village des familles. Les permanences du CIDFF
    et de la médiation familiale de l'UDAF se sont tenues chaque mois à Saint-Aubin."""),
    ("h", "6. Protection de l'enfance et prévention"),
    para("""Conformément à la loi, les professionnels du pôle participent au repérage des enfants en danger
    ou en risque de l'être. En 2025, 100 % des agents arrivés dans l'année ont suivi la formation « Enfance
    en danger ». Le protocole interne de transmission des informations préoccupantes a été révisé en lien
    avec la cellule départementale. Les chiffres relatifs aux transmissions ne sont pas publiés afin de
    garantir la confidentialité des situations ; ils sont communiqués au département."""),
    ("h", "7. Ressources humaines"),
    para("""Le pôle compte 148 agents permanents, dont 89 % de femmes. Le recrutement reste difficile pour
    les auxiliaires de puériculture et les éducateurs de jeunes enfants : 7 postes ont été vacants plus de
    trois mois au cours de l'année. Le taux d'absentéisme s'établit à 8,9 %, en légère baisse. Une démarche
    de prévention des troubles musculo-squelettiques a été engagée dans les crèches avec le centre de
    gestion (achat de chaises ergonomiques, tables à langer à hauteur variable). Une enquête administrative
    a été ouverte en février 2026 dans l'un des multi-accueils ; conformément à la loi, le procureur de la
    République a été avisé et aucune autre information ne peut être communiquée à ce stade."""),
    para("""Le pôle a également accueilli 46 stagiaires (CAP AEPE, auxiliaires de puériculture, éducateurs
    de jeunes enfants, BPJEPS) et 3 apprentis. Deux agents ont obtenu par la voie de la validation des acquis
    de l'expérience le diplôme d'État d'auxiliaire de puériculture. La démarche « Qualité de vie et des
    conditions de travail » engagée avec le comité social territorial a permis d'expérimenter la semaine de
    quatre jours et demi aux Petits Lutins, qui sera évaluée en 2026."""),
    ("h", "8. Finances"),
    ("table", [
        ["Secteur", "Dépenses 2025", "Recettes 2025", "Coût net"],
        ["Petite enfance", "2,74 M€", "1,88 M€", "0,86 M€"],
        ["Restauration scolaire", "2,36 M€", "1,21 M€", "1,15 M€"],
        ["Accueils de loisirs et périscolaires", "1,69 M€", "0,98 M€", "0,71 M€"],
        ["Jeunesse", "0,57 M€", "0,19 M€", "0,38 M€"],
        ["Parentalité et subventions", "0,27 M€", "0,11 M€", "0,16 M€"],
    ]),
    ("h", "9. Perspectives 2026"),
    para("""Ouverture de la micro-crèche des Aulnaies en septembre ; signature de la convention territoriale
    globale 2026-2030 ; extension des horaires du PIJ ; acquisition d'un bâtiment pour le tiers-lieu
    jeunesse de Lacelle ; rénovation énergétique de l'accueil de loisirs Les Castors ; renouvellement de la
    délégation de service public de Pirouette ; lancement d'un lieu d'accueil enfants-parents itinérant ;
    déploiement d'un nouveau portail famille plus sécurisé et accessible aux personnes malvoyantes."""),
]

DOCX_BLOCKS["p122_reglement_attribution_places_accueil_collectif.docx"] = [
    ("title", "Règlement d'attribution des places en établissement d'accueil du jeune enfant"),
    para("""Communauté de communes des Coteaux du Lizon. Adopté par délibération du 28 septembre 2023,
    modifié par délibérations du 12 décembre 2024 et du 9 avril 2026. Document public, consultable au
    guichet unique et sur le site internet de la communauté de communes."""),
    ("h", "Article 1 — Objet et principes"),
    para("""Le présent règlement fixe les modalités d'attribution des places dans les établissements
    d'accueil du jeune enfant gérés directement ou par délégation par la communauté de communes. Il repose
    sur des principes de transparence, d'égalité de traitement, de mixité sociale et d'accessibilité. Les
    critères et le barème sont publics ; les débats de la commission, qui portent sur des situations
    individuelles, sont confidentiels."""),
    ("h", "Article 2 — Dépôt de la demande"),
    para("""La demande est déposée auprès du guichet unique petite enfance, en ligne ou sur rendez-vous, à
    partir du sixième mois de grossesse. Elle précise le ou les établissements souhaités, la date d'entrée
    et le volume d'accueil. Elle est confirmée par la famille tous les trois mois ; à défaut, elle est
    considérée comme abandonnée après une relance."""),
    ("h", "Article 3 — Commission d'attribution"),
    para("""La commission est présidée par la vice-présidente chargée de l'enfance. Elle comprend trois
    conseillers communautaires, la directrice du pôle, les directrices des établissements, la coordinatrice
    du guichet unique et, avec voix consultative, le médecin de PMI et un représentant de la CAF. Elle se
    réunit au moins trois fois par an. Ses membres sont tenus à la discrétion professionnelle. En cas
    d'urgence, la vice-présidente peut attribuer une place entre deux commissions, sur proposition de la
    directrice du pôle ; la commission en est informée à sa séance suivante."""),
    ("h", "Article 4 — Critères et barème"),
    ("table", [
        ["Critère", "Points"],
        ["Résidence sur le territoire communautaire", "2"],
        ["Activité professionnelle, formation ou recherche d'emploi des deux parents (ou du parent seul)",
         "3"],
        ["Famille monoparentale", "3"],
        ["Parent engagé dans un parcours d'insertion ou une formation qualifiante", "3"],
        ["Famille bénéficiaire de minima sociaux (RSA, ASS, AAH)", "2"],
        ["Enfant en situation de handicap ou atteint d'une maladie chronique", "3"],
        ["Situation de violences intrafamiliales attestée par un professionnel", "4"],
        ["Fratrie déjà accueillie dans l'établissement", "2"],
        ["Naissances multiples", "1"],
        ["Ancienneté de la demande (par trimestre complet)", "1"],
    ]),
    para("""En cas d'égalité, la demande la plus ancienne est prioritaire. La commission peut déroger au
    barème, par décision motivée, pour les situations signalées par un travailleur social, la PMI ou le
    service de l'aide sociale à l'enfance. Aucune information sur la nature de la situation n'est mentionnée
    dans les documents accessibles aux familles."""),
    ("h", "Article 5 — Justificatifs"),
    para("""Les situations donnant lieu à des points sont justifiées par des pièces : attestation
    d'employeur ou de France Travail, attestation de la CAF, notification de la MDPH ou certificat médical
    sous pli confidentiel adressé au médecin de PMI, attestation d'un professionnel (travailleur social,
    association spécialisée, décision de justice) pour les violences intrafamiliales, sans exigence de
    plainte. Les justificatifs médicaux ne sont pas conservés par le guichet unique au-delà de la décision."""),
    ("h", "Article 6 — Mixité et accueil inclusif"),
    para("""Conformément à l'article L. 214-7 du code de l'action sociale et des familles et à la convention
    passée avec la CAF, la commission veille à ce qu'au moins 10 % des places bénéficient à des enfants de
    familles en parcours d'insertion sociale ou professionnelle, et à ce que les enfants en situation de
    handicap puissent être accueillis. Les établissements réservent chacun une place d'accueil
    d'urgence."""),
    ("h", "Article 7 — Notification et recours"),
    para("""La décision est notifiée par écrit dans les quinze jours suivant la commission. La famille
    dispose de quinze jours pour accepter la place ; à défaut, la place est proposée à la demande suivante.
    En cas de refus, la demande est maintenue en liste d'attente avec ses points. Toute famille peut
    demander des explications sur la décision et former un recours gracieux auprès du président, puis un
    recours contentieux devant le tribunal administratif dans un délai de deux mois."""),
    ("h", "Article 8 — Données personnelles"),
    para("""Les données recueillies pour l'instruction des demandes sont traitées par la communauté de
    communes (responsable de traitement) pour l'attribution des places, sur le fondement de la mission de
    service public. Elles sont conservées pendant deux ans après la clôture de la demande, à l'exception des
    données de santé, détruites après la décision. Un bilan anonymisé des attributions est présenté chaque
    année au conseil communautaire."""),
]

DOCX_BLOCKS["p123_extrait_schema_departemental_services_familles.docx"] = [
    ("title", "Schéma départemental des services aux familles 2025-2029 — fiche territoire des Coteaux du Lizon"),
    para("""Extrait publié par la préfecture, le département et la CAF. Le schéma fixe les priorités
    partagées en matière d'accueil du jeune enfant et de soutien à la parentalité."""),
    ("table", [
        ["Indicateur", "Coteaux du Lizon", "Département"],
        ["Taux de couverture accueil du jeune enfant", "58 %", "64 %"],
        ["Part des familles monoparentales", "21 %", "23 %"],
        ["Enfants de moins de 3 ans sous le seuil de pauvreté", "17 %", "19 %"],
        ["Actions parentalité pour 1 000 familles", "3,6", "4,1"],
    ]),
    para("""Priorités pour le territoire : développer l'offre dans les communes rurales du nord ; soutenir
    l'installation d'assistantes maternelles ; renforcer l'accueil des enfants en situation de handicap ;
    développer les actions en direction des parents d'adolescents ; améliorer l'accès aux droits des
    familles éloignées du numérique."""),
]

DOCX_BLOCKS["p124_projet_pedagogique_accueil_loisirs_ete.docx"] = [
    ("title", "Projet pédagogique — accueil de loisirs « Les Castors » — été 2026"),
    para("""Accueil collectif de mineurs déclaré auprès du SDJES. Public : enfants de 3 à 11 ans. Période :
    du 6 juillet au 28 août 2026. Capacité : 120 enfants. Directrice : Mme Julie Terrasson (BPJEPS LTP).
    Le projet pédagogique décline le projet éducatif de la communauté de communes et le projet éducatif de
    territoire."""),
    ("h", "1. Intentions éducatives"),
    para("""Favoriser l'épanouissement et l'autonomie de chaque enfant ; permettre la découverte de la
    nature et de l'environnement local ; favoriser le vivre-ensemble, le respect des différences et
    l'égalité entre filles et garçons ; accueillir tous les enfants, y compris les enfants en situation de
    handicap ; associer les familles à la vie de l'accueil."""),
    ("h", "2. Objectifs opérationnels"),
    para("""Proposer chaque semaine au moins deux sorties nature (rivière, forêt, ferme pédagogique) ;
    mettre en place un conseil d'enfants hebdomadaire pour choisir une partie des activités ; organiser des
    grands jeux mixtes et coopératifs ; organiser un temps festif avec les familles à la fin de chaque
    mois ; adapter le rythme de la journée à l'âge des enfants (sieste pour les 3-4 ans, temps calme pour
    les autres)."""),
    ("h", "3. Thème de l'été : « Au fil du Lizon »"),
    para("""La rivière qui traverse le territoire servira de fil conducteur : découverte de la faune et de
    la flore avec la fédération de pêche, construction de petits bateaux, initiation à la pêche, contes et
    légendes de la rivière, fresque collective, visite du moulin de Lacelle, baignade surveillée au plan
    d'eau des Aulnaies. Une exposition des réalisations sera présentée aux familles le 28 août."""),
    ("h", "4. Journée type"),
    ("table", [
        ["Horaire", "Temps"],
        ["7 h 30 - 9 h 15", "Accueil échelonné, jeux libres, petit-déjeuner pour ceux qui le souhaitent"],
        ["9 h 15 - 9 h 30", "Regroupement, présentation de la journée"],
        ["9 h 30 - 11 h 45", "Activités par groupes d'âge"],
        ["12 h - 13 h 15", "Repas"],
        ["13 h 15 - 14 h 30", "Sieste (3-4 ans), temps calme (autres)"],
        ["14 h 30 - 16 h 30", "Activités, grands jeux, sorties"],
        ["16 h 30 - 17 h", "Goûter"],
        ["17 h - 18 h 30", "Départ échelonné, jeux libres, transmissions aux familles"],
    ]),
    ("h", "5. Encadrement"),
    para("""L'équipe est composée de la directrice, de deux adjoints et de quatorze animateurs, dont dix
    titulaires du BAFA, trois stagiaires et un animateur non diplômé, dans le respect des quotas fixés par
    l'article R. 227-12 du code de l'action sociale et des familles. Un assistant sanitaire est désigné.
    Tous les membres de l'équipe ont fait l'objet d'une vérification d'honorabilité. Une réunion d'équipe a
    lieu chaque soir de 18 h 30 à 19 h."""),
    ("h", "6. Santé et sécurité"),
    para("""Les fiches sanitaires de liaison et les PAI sont consultés par la directrice et l'assistant
    sanitaire, qui informent les animateurs des précautions utiles sans détail médical superflu. Les
    traitements sont conservés dans une armoire fermée. En cas de fortes chaleurs, le protocole canicule
    s'applique. Un registre des soins est tenu. Les baignades sont surveillées par un surveillant de
    baignade qualifié ; les groupes ne dépassent pas huit enfants de moins de six ans par animateur dans
    l'eau."""),
    ("h", "7. Accueil des enfants en situation de handicap"),
    para("""Chaque accueil fait l'objet d'une rencontre préalable avec la famille. Cet été, un animateur
    supplémentaire est prévu grâce au soutien de la CAF. Les activités sont adaptées pour que chaque enfant
    puisse participer, et un espace calme est aménagé dans la salle de motricité."""),
    ("h", "8. Relations avec les familles"),
    para("""Un temps d'échange est possible chaque soir. Le programme est affiché chaque vendredi pour la
    semaine suivante et publié sur le portail famille. Les familles sont invitées aux temps festifs. Toute
    réclamation peut être adressée à la directrice, puis à la coordinatrice enfance."""),
    ("h", "8 bis. Partenaires de l'été"),
    para("""Fédération de pêche et de protection du milieu aquatique, ferme pédagogique de Béthuel,
    médiathèque de Saint-Aubin, club de canoë du Lizon, association Graines de Lizon, compagnie de théâtre
    Les Pieds dans l'Eau, moulin de Lacelle. Les interventions sont encadrées par des conventions."""),
    ("h", "9. Évaluation"),
    para("""L'équipe évaluera le projet à partir de la participation des enfants aux conseils d'enfants, de
    la fréquentation, d'un questionnaire de satisfaction remis aux familles et aux enfants, et du bilan
    réalisé en équipe le 31 août."""),
]

DOCX_BLOCKS["p125_compte_rendu_commission_enfance_jeunesse.docx"] = [
    ("title", "Compte rendu de la commission enfance-jeunesse-familles du 20 mai 2026"),
    para("""Présidence : Mme Claire Dumoutier, vice-présidente. Membres présents : M. Thierry Bouvard,
    M. Bernard Combaluzier, Mme Odile Ferrand, M. Jean-Luc Pommier, Mme Sylvie Andrieu, M. Didier Vialle.
    Services : Mme Sandrine Rebuffat, M. Nicolas Fabre, Mme Élise Morin, Mme Chloé Barral."""),
    ("h", "1. Tarifs de la restauration scolaire 2026-2027"),
    para("""Mme Morin présente le coût de revient du repas (9,84 €) et les hypothèses de révision. La
    commission propose de maintenir le repas à 1 € pour les deux premières tranches, de créer une septième
    tranche au-delà de 1 800 € de quotient familial et de limiter la hausse des tranches intermédiaires à
    2 %. M. Pommier exprime son désaccord sur la septième tranche, qu'il juge pénalisante pour les classes
    moyennes. Mme Andrieu demande un bilan de la fréquentation par tranche, qui sera joint au rapport
    présenté au conseil. La proposition est adoptée à la majorité, M. Pommier votant contre."""),
    ("h", "2. Bilan de l'appel à projets parentalité"),
    para("""Mme Barral présente les 12 dossiers reçus ; 9 ont été retenus pour un montant total de
    33 800 €, dont 4 portés par des associations du nord du territoire. Parmi les nouveaux projets : un
    groupe de parole pour les parents d'enfants autistes porté par l'association Autisme Lizon, des
    ateliers « Papa, bébé et moi » à Béthuel, et un cycle de conférences sur l'adolescence avec la Maison
    des adolescents. M. Combaluzier se félicite de la part des communes rurales."""),
    ("h", "3. Séjours d'été"),
    para("""M. Fabre présente le programme des séjours et l'état des inscriptions : 118 places réservées
    sur 136. Les règles de vie des séjours d'adolescents ont été revues après les incidents de l'été
    dernier : charte signée par les jeunes et leurs parents, rappel des interdits (alcool, stupéfiants,
    sorties nocturnes), renforcement de l'encadrement. Mme Ferrand demande que les jeunes soient associés
    à la rédaction de la charte ; M. Fabre indique que le conseil des jeunes a été consulté."""),
    ("h", "4. Projet de tiers-lieu jeunesse"),
    para("""M. Bouvard présente le projet de tiers-lieu dans l'ancienne coopérative agricole de Lacelle. La
    délibération d'acquisition sera soumise au conseil de juin, au prix fixé après avis des Domaines. Le
    plan de financement prévisionnel sollicite l'État, la région, la CAF et le département. M. Vialle
    s'interroge sur les coûts de fonctionnement ; une étude sera présentée à l'automne."""),
    ("h", "5. Point d'information sur le plan de prévention des violences faites aux enfants"),
    para("""Mme Rebuffat rappelle les actions engagées : formation de tous les agents, révision du protocole
    relatif aux informations préoccupantes, affichage du numéro 119 dans toutes les structures, contrôle
    d'honorabilité de tous les intervenants, visites régulières de la PMI. Elle précise que l'enquête
    administrative ouverte en février est achevée et que ses suites relèvent de la compétence du président
    et, le cas échéant, de l'autorité judiciaire ; aucune information individuelle ne peut être donnée en
    commission. Mme Andrieu demande qu'un point régulier soit fait sur la qualité d'accueil ; la
    vice-présidente propose d'inviter le médecin de PMI à la prochaine commission."""),
    ("h", "6. Questions diverses"),
    para("""Prochaine commission le 16 septembre 2026. Les membres sont invités à l'inauguration de la
    micro-crèche des Aulnaies le 5 septembre."""),
]

DOCX_BLOCKS["p126_plaquette_lieu_accueil_enfants_parents.docx"] = [
    ("title", "La Passerelle — lieu d'accueil enfants-parents"),
    para("""Un espace de jeu et de parole pour les enfants de moins de 6 ans accompagnés d'un parent, d'un
    grand-parent ou d'un adulte familier. Gratuit, anonyme, sans inscription. Deux accueillantes formées à
    l'écoute (une éducatrice de jeunes enfants et une psychologue) vous reçoivent le mardi de 9 h à 11 h 30
    et le samedi de 9 h 30 à 12 h, 5 rue Pasteur à Saint-Aubin."""),
    para("""On y vient pour jouer, rencontrer d'autres familles, parler de ce qui fait la vie avec un jeune
    enfant (sommeil, alimentation, séparation, colères, arrivée d'un bébé…), préparer l'entrée à la crèche
    ou à l'école. Les accueillantes ne donnent ni conseil ni diagnostic : elles écoutent et accompagnent.
    Lieu soutenu par la CAF, la communauté de communes et le département."""),
]

DOCX_BLOCKS["p127_cahier_charges_appel_projets_initiatives_jeunes.docx"] = [
    ("title", "Appel à projets « Initiatives jeunes » 2026 — cahier des charges"),
    para("""La communauté de communes soutient les projets conçus et portés par des jeunes de 13 à 25 ans
    résidant sur le territoire : projets culturels, sportifs, solidaires, environnementaux, citoyens ou de
    mobilité internationale. Aide de 200 à 1 500 € par projet, dans la limite de 70 % du budget. Enveloppe
    annuelle : 9 000 €."""),
    ("h", "Conditions"),
    para("""Le projet doit être porté par au moins un jeune (les mineurs sont accompagnés par un adulte
    référent ou une association) ; il doit présenter un intérêt pour le territoire ou ses habitants ; il ne
    peut avoir de caractère commercial, politique partisan ou religieux. Les projets de voyage doivent
    comporter une dimension d'échange ou de solidarité et une restitution auprès des habitants."""),
    ("h", "Dossier et jury"),
    para("""Le dossier est accompagné par le point information jeunesse. Les jeunes présentent leur projet
    devant un jury composé d'élus, de professionnels et de deux membres du conseil intercommunal des
    jeunes, quatre fois par an (mars, juin, septembre, décembre). Critères : implication des jeunes,
    faisabilité, intérêt pour le territoire, originalité, budget réaliste. Un bilan est demandé dans les
    trois mois suivant la réalisation."""),
]

DOCX_BLOCKS["p128_bilan_mandat_conseil_intercommunal_jeunes.docx"] = [
    ("title", "Bilan du mandat 2022-2024 du conseil intercommunal des jeunes"),
    para("""Le conseil élu en octobre 2022 a réuni 24 jeunes de trois établissements. En deux ans, il a
    tenu 8 séances plénières et 46 réunions de commission. Principales réalisations : installation de deux
    boîtes à livres, organisation d'un concert au profit de l'association Rêves d'enfants malades, création
    d'un parcours sportif au parc de Vernoux, campagne contre le harcèlement, participation aux
    commémorations du 11 Novembre avec la lecture de lettres de poilus du territoire, dont celles du
    soldat Émile Brugère, mort à Verdun en 1916."""),
    ("table", [
        ["Projet", "Budget", "Réalisé"],
        ["Boîtes à livres", "1 200 €", "Oui"],
        ["Parcours sportif", "4 800 €", "Oui"],
        ["Concert solidaire", "900 €", "Oui, 2 300 € reversés"],
        ["Navette du samedi", "—", "Étude en cours"],
    ]),
    para("""Les jeunes ont exprimé leur satisfaction, tout en regrettant la lenteur de certaines décisions.
    La vice-présidente les a remerciés lors du conseil communautaire d'octobre 2024."""),
]

DOCX_BLOCKS["p129_note_methodologique_calcul_quotient_familial.docx"] = [
    ("title", "Note méthodologique — calcul du quotient familial pour la tarification des services"),
    para("""Le quotient familial (QF) utilisé par la communauté de communes est, par ordre de priorité :
    le QF calculé par la CAF, consulté avec l'accord de la famille ; le QF calculé par la MSA ; à défaut,
    un QF calculé par le service selon la formule : (revenu fiscal de référence / 12 + prestations
    familiales mensuelles) / nombre de parts."""),
    ("table", [
        ["Composition du foyer", "Nombre de parts"],
        ["Couple ou parent seul avec 1 enfant", "2,5"],
        ["Avec 2 enfants", "3"],
        ["Avec 3 enfants", "4"],
        ["Par enfant supplémentaire", "+ 0,5"],
        ["Enfant en situation de handicap (AEEH)", "+ 0,5"],
    ]),
    para("""Exemple fictif : un couple avec deux enfants, revenu fiscal de référence de 36 000 € et
    prestations familiales de 140 € par mois : (3 000 + 140) / 3 = 1 047 €, soit la tranche 4. Le QF est
    mis à jour chaque année en janvier, ou en cours d'année en cas de changement de situation signalé par
    la famille."""),
]

DOCX_BLOCKS["p130_procedure_gestion_allergies_restauration.docx"] = [
    ("title", "Procédure — gestion des allergies et intolérances alimentaires en restauration scolaire"),
    para("""1. La famille demande un PAI auprès du directeur d'école ; le médecin scolaire le rédige avec le
    médecin traitant. 2. Le service restauration reçoit la partie « restauration » du PAI, sans autre
    information médicale. 3. Selon le PAI, l'enfant reçoit un repas adapté fabriqué sur une ligne isolée
    ou apporte un panier-repas. 4. Le panier-repas est stocké dans un réfrigérateur dédié, dans une boîte
    étiquetée. 5. Un trombinoscope des enfants concernés, avec la seule mention de l'aliment à éviter, est
    affiché dans l'office, hors de la vue du public. 6. Les agents sont formés chaque année à la
    reconnaissance des réactions allergiques et à l'utilisation du stylo auto-injecteur. 7. Toute erreur
    fait l'objet d'une fiche d'incident et d'une analyse avec le prestataire. Les quatorze allergènes
    majeurs réglementaires sont affichés sur les menus."""),
]

DOCX_BLOCKS["p131_evaluation_lieu_accueil_enfants_parents.docx"] = [
    ("title", "Évaluation 2025 du lieu d'accueil enfants-parents « La Passerelle »"),
    para("""Fréquentation : 186 familles différentes, 92 séances, moyenne de 8 familles et 11 enfants par
    séance. 71 % des accompagnants sont des mères, 18 % des pères, 11 % des grands-parents ou assistantes
    maternelles. 42 % des familles résident hors de Saint-Aubin."""),
    ("table", [
        ["Motif de la première venue (déclaratif)", "Part"],
        ["Sortir de l'isolement, rencontrer d'autres parents", "46 %"],
        ["Préparer la séparation (crèche, école)", "24 %"],
        ["Questions sur le développement de l'enfant", "17 %"],
        ["Orientation par un professionnel (PMI, médecin)", "13 %"],
    ]),
    para("""Le questionnaire anonyme (64 réponses) montre une satisfaction très élevée. Perspectives :
    ouverture d'un accueil itinérant à Béthuel et aux Aulnaies en 2026."""),
]

DOCX_BLOCKS["p132_convention_partenariat_maison_adolescents.docx"] = [
    ("title", "Convention de partenariat entre la communauté de communes et la Maison des adolescents"),
    para("""Article 1 — Objet : la Maison des adolescents assure une permanence d'accueil et d'écoute des
    jeunes de 11 à 25 ans et de leurs parents à Saint-Aubin, le mercredi de 14 h à 18 h, dans les locaux du
    point information jeunesse. Article 2 — Engagements de la Maison des adolescents : mise à disposition
    d'un psychologue et d'une infirmière ; participation à la journée de prévention du conseil des jeunes ;
    formation des animateurs au repérage de la souffrance psychique. Article 3 — Engagements de la
    communauté de communes : mise à disposition gratuite des locaux ; subvention annuelle de 8 000 € ;
    communication auprès des jeunes. Article 4 — Confidentialité : les entretiens sont confidentiels ;
    aucune information nominative n'est transmise à la communauté de communes. Article 5 — Durée : trois
    ans à compter du 1er janvier 2026. Signé par le président, M. Gérard Malaval, et la présidente de la
    Maison des adolescents, Dr Anne-Sophie Rivière."""),
]

DOCX_BLOCKS["p133_offre_emploi_coordinateur_enfance_jeunesse.docx"] = [
    ("title", "Offre d'emploi — coordinateur / coordinatrice enfance-jeunesse (H/F)"),
    para("""Cadre d'emplois des animateurs territoriaux (catégorie B), temps complet. Sous l'autorité de
    la directrice du pôle, vous coordonnez les cinq accueils de loisirs, les accueils périscolaires et les
    séjours, vous encadrez les directeurs d'accueil, vous pilotez le projet éducatif de territoire et le
    Plan mercredi, vous assurez les relations avec le SDJES, la CAF et l'Éducation nationale, et vous
    participez aux astreintes pendant les séjours."""),
    para("""Profil : DEJEPS ou BPJEPS avec expérience de direction ; maîtrise de la réglementation des
    accueils collectifs de mineurs ; qualités managériales ; permis B. Candidature avant le 15 juillet 2026
    à recrutement@coteaux-lizon.fr."""),
]

DOCX_BLOCKS["p134_observatoire_besoins_garde_synthese.docx"] = [
    ("title", "Observatoire des besoins de garde — synthèse de l'enquête auprès des familles 2025"),
    para("""Enquête réalisée auprès de 612 familles ayant un enfant de moins de 6 ans (questionnaire en ligne
    et papier, octobre 2025). 54 % des répondants utilisent une assistante maternelle, 22 % une crèche,
    17 % la famille, 7 % une autre solution. 31 % déclarent avoir rencontré des difficultés pour trouver un
    mode d'accueil ; ce taux monte à 44 % dans les communes du nord. 18 % ont des horaires atypiques. 9 %
    des mères déclarent avoir réduit ou arrêté leur activité faute de solution, contre 2 % des pères."""),
    ("table", [
        ["Besoin exprimé", "Part des familles"],
        ["Places supplémentaires en crèche", "48 %"],
        ["Accueil en horaires atypiques", "23 %"],
        ["Accueil d'urgence ou occasionnel", "19 %"],
        ["Information sur les modes d'accueil", "15 %"],
    ]),
]

DOCX_BLOCKS["p135_plan_formation_agents_pole_2026.docx"] = [
    ("title", "Plan de formation 2026 — pôle enfance-jeunesse-familles"),
    ("table", [
        ["Action", "Public", "Durée"],
        ["Enfance en danger : repérer et transmettre", "Nouveaux agents", "1 jour"],
        ["Accueil des enfants en situation de handicap", "Auxiliaires, animateurs", "2 jours"],
        ["Valeurs de la République et laïcité", "Tous", "1 jour"],
        ["Gestes et postures, prévention des TMS", "Agents des crèches", "1 jour"],
        ["Premiers secours en santé mentale", "PIJ, espaces jeunes", "2 jours"],
        ["Prévention des violences sexistes et sexuelles", "Animateurs jeunesse", "1 jour"],
    ]),
    para("""Budget : 38 000 € (CNFPT et organismes privés). Les demandes individuelles sont recueillies
    lors des entretiens professionnels."""),
]

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_inscription_creche_guichet_unique.html"] = (
    "Inscrire son enfant en crèche — Coteaux du Lizon",
    """
<h1>Inscrire son enfant en crèche</h1>
<p>La communauté de communes des Coteaux du Lizon gère deux multi-accueils, « Les Petits Lutins » à
Saint-Aubin-sur-Lizon (40 places) et « La Ribambelle » à Vernoux-le-Haut (30 places), et a confié la
gestion de la micro-crèche « Pirouette » à Lacelle (12 places) à un délégataire. Une nouvelle
micro-crèche, « Les Libellules », ouvrira aux Aulnaies en septembre 2026. Toutes les demandes passent
par le guichet unique petite enfance.</p>
<h2>Qui peut demander une place ?</h2>
<p>Toutes les familles résidant sur le territoire, quelle que soit leur situation professionnelle, pour
un enfant âgé de 10 semaines à 4 ans. Les enfants en situation de handicap ou atteints d'une maladie
chronique peuvent être accueillis jusqu'à 6 ans.</p>
<h2>Quand faire la demande ?</h2>
<p>Dès le sixième mois de grossesse. Les commissions d'attribution se réunissent en avril (entrées de
septembre), en juin (entrées d'automne) et en novembre (entrées de janvier). Pensez à confirmer votre
demande tous les trois mois.</p>
<h2>Comment faire ?</h2>
<ol>
<li>Remplissez le formulaire en ligne ou prenez rendez-vous au guichet unique (relais petite enfance,
12 place de la Mairie, Saint-Aubin).</li>
<li>Joignez votre numéro d'allocataire CAF ou votre dernier avis d'imposition, un justificatif de
domicile et, le cas échéant, les justificatifs permettant d'appliquer les critères de priorité.</li>
<li>Vous recevez un accusé de réception avec votre numéro de demande.</li>
<li>La commission examine les demandes selon les critères du règlement d'attribution.</li>
<li>Vous recevez la réponse par courrier dans les quinze jours qui suivent la commission.</li>
</ol>
<h2>Comment sont attribuées les places ?</h2>
<p>Par une commission présidée par la vice-présidente chargée de l'enfance, selon un barème de points
public : résidence, activité ou formation des parents, monoparentalité, parcours d'insertion, minima
sociaux, handicap ou maladie chronique de l'enfant, violences intrafamiliales attestées, fratrie,
ancienneté de la demande. Le règlement complet est téléchargeable ci-dessous. Les débats de la
commission sont confidentiels : les informations que vous nous confiez ne sont partagées qu'avec ses
membres, tenus à la discrétion.</p>
<h2>Combien ça coûte ?</h2>
<p>Le tarif horaire dépend de vos ressources et du nombre d'enfants à charge, selon le barème national
fixé par la CNAF. Par exemple, pour une famille avec un enfant et des ressources mensuelles de 2 500 €, le
tarif est d'environ 1,55 € de l'heure. Les couches et les repas sont fournis. Un simulateur est disponible
sur le site monenfant.fr. Vous pouvez déduire 50 % des frais de garde de vos impôts, dans la limite d'un
plafond.</p>
<h2>Et si je n'obtiens pas de place ?</h2>
<p>Votre demande reste sur la liste d'attente avec ses points. Le relais petite enfance vous aide à
trouver une assistante maternelle : la liste des places disponibles est mise à jour chaque mois. Le
complément de libre choix du mode de garde de la CAF prend en charge une partie du coût.</p>
<h2>Accueil d'urgence</h2>
<p>Chaque établissement réserve une place pour les situations d'urgence (reprise d'emploi imprévue,
hospitalisation d'un parent, situation familiale grave). Contactez le guichet unique ou votre travailleur
social.</p>
<h2>L'adaptation</h2>
<p>Avant l'entrée définitive, une période d'adaptation d'une à deux semaines permet à votre enfant de
découvrir progressivement les lieux, les professionnelles et les autres enfants, d'abord en votre
présence, puis seul sur des durées de plus en plus longues. Elle est organisée avec la directrice lors
du rendez-vous d'admission, au cours duquel vous seront présentés le règlement de fonctionnement, le
projet d'établissement et le contrat d'accueil.</p>
<h2>Vos données</h2>
<p>Les données recueillies sont traitées par la communauté de communes pour l'instruction de votre
demande. Elles sont conservées deux ans après la clôture de la demande ; les données de santé sont
détruites après la décision. Vous pouvez exercer vos droits auprès du délégué à la protection des
données : dpo@coteaux-lizon.fr.</p>
<h2>Contact</h2>
<p>Guichet unique petite enfance — 04 xx xx 20 20 — guichet.petiteenfance@coteaux-lizon.fr — lundi,
mardi, jeudi de 9 h à 12 h et de 14 h à 17 h.</p>
""",
)

HTML_PAGES["p137_page_relais_petite_enfance.html"] = (
    "Relais petite enfance des Coteaux",
    """
<h1>Le relais petite enfance (RPE)</h1>
<p>Le relais est un lieu d'information, de rencontre et d'échange au service des parents, des
assistantes maternelles et des gardes d'enfants à domicile. Il est gratuit.</p>
<h2>Pour les parents</h2>
<ul><li>Information sur tous les modes d'accueil du territoire ;</li><li>liste des assistantes maternelles
disponibles ;</li><li>aide pour le contrat de travail, la déclaration Pajemploi et les aides de la
CAF.</li></ul>
<h2>Pour les professionnelles</h2>
<ul><li>Temps collectifs avec les enfants accueillis ;</li><li>informations sur la convention collective et
la formation continue ;</li><li>soirées thématiques et analyse de la pratique.</li></ul>
<p>Animatrices : Mélanie Roche et Justine Pellegrin. 12 place de la Mairie, Saint-Aubin — 04 xx xx 20 25.</p>
""",
)

HTML_PAGES["p138_tarifs_restauration_scolaire_2026_2027.html"] = (
    "Tarifs de la restauration scolaire 2026-2027",
    """
<h1>Tarifs de la restauration scolaire et du périscolaire — année 2026-2027</h1>
<p>Tarifs adoptés par délibération du 12 juin 2026, applicables au 1er septembre 2026.</p>
<table>
<tr><th>Tranche</th><th>Quotient familial</th><th>Repas élémentaire</th><th>Repas maternelle</th>
<th>Périscolaire (heure)</th></tr>
<tr><td>1</td><td>0 à 450 €</td><td>1,00 €</td><td>1,00 €</td><td>0,40 €</td></tr>
<tr><td>2</td><td>451 à 650 €</td><td>1,00 €</td><td>1,00 €</td><td>0,60 €</td></tr>
<tr><td>3</td><td>651 à 850 €</td><td>2,15 €</td><td>2,05 €</td><td>0,85 €</td></tr>
<tr><td>4</td><td>851 à 1 100 €</td><td>2,95 €</td><td>2,85 €</td><td>1,10 €</td></tr>
<tr><td>5</td><td>1 101 à 1 400 €</td><td>3,60 €</td><td>3,45 €</td><td>1,35 €</td></tr>
<tr><td>6</td><td>1 401 à 1 800 €</td><td>4,20 €</td><td>4,05 €</td><td>1,55 €</td></tr>
<tr><td>7</td><td>plus de 1 800 €</td><td>4,70 €</td><td>4,55 €</td><td>1,70 €</td></tr>
</table>
<p>Votre situation a changé (perte d'emploi, séparation, maladie) ? Votre quotient peut être recalculé
sur demande. Parents en résidence alternée : la facturation séparée est possible.</p>
""",
)

HTML_PAGES["p139_sejours_ete_2026_presentation.html"] = (
    "Séjours d'été 2026 — service jeunesse",
    """
<h1>Les séjours de l'été 2026</h1>
<p>Cet été, le service jeunesse de la communauté de communes des Coteaux du Lizon propose cinq séjours
pour les 6-17 ans. Tous sont déclarés auprès du service départemental à la jeunesse, à l'engagement et
aux sports et encadrés par des équipes diplômées. Les tarifs dépendent de votre quotient familial.</p>
<h2>Mini-camp poneys — 6-8 ans — du 15 au 18 juillet</h2>
<p>Quatre jours au centre équestre de Béthuel, en tentes équipées de lits de camp. Soins aux poneys,
balades, jeux de piste, veillées. 16 places. De 40 € à 160 €.</p>
<h2>Découverte Vercors — 11-14 ans — du 13 au 20 juillet</h2>
<p>Randonnée, accrobranche, spéléologie et découverte des alpages, au centre Les Chamois à
Villard-de-Lans. 28 places. De 60 € à 480 €.</p>
<h2>Mer et voile — 9-12 ans — du 6 au 13 juillet</h2>
<p>Initiation à l'optimist et au catamaran à la base nautique de Carnac, pêche à pied, visite des
alignements de menhirs. 24 places. De 60 € à 480 €.</p>
<h2>Océan 15-17 ans — du 20 au 31 juillet</h2>
<p>Surf, kayak, journée à Bordeaux et à la dune du Pilat ; vie en camping et gestion collective des
repas. 24 places. De 90 € à 640 €.</p>
<h2>Itinérance à vélo — 13-16 ans — du 17 au 22 août</h2>
<p>Six jours sur la ViaRhôna, de Lyon à Valence, avec bivouacs. Une bonne condition physique est
nécessaire. 12 places. De 50 € à 360 €.</p>
<h2>Tarifs selon le quotient familial (séjour de 8 jours)</h2>
<table>
<tr><th>Quotient familial</th><th>Tarif</th></tr>
<tr><td>0 à 450 €</td><td>60 €</td></tr>
<tr><td>451 à 650 €</td><td>110 €</td></tr>
<tr><td>651 à 850 €</td><td>180 €</td></tr>
<tr><td>851 à 1 100 €</td><td>260 €</td></tr>
<tr><td>1 101 à 1 400 €</td><td>360 €</td></tr>
<tr><td>plus de 1 400 €</td><td>480 €</td></tr>
</table>
<p>L'aide VACAF de la CAF est déduite directement. Les chèques vacances sont acceptés. Un paiement en
trois fois est possible. Le CCAS de votre commune peut être sollicité.</p>
<h2>Comment s'inscrire ?</h2>
<p>Inscriptions sur le portail famille du 2 au 30 avril. Les places sont attribuées par ordre
d'inscription, avec 20 % des places réservées aux jeunes orientés par les travailleurs sociaux et nos
partenaires associatifs. Le dossier doit comprendre la fiche sanitaire de liaison complétée, une copie des
vaccinations, l'attestation d'aisance aquatique pour les séjours nautiques (test passé en piscine) et la
charte des séjours signée.</p>
<h2>La santé pendant le séjour</h2>
<p>Un assistant sanitaire est désigné dans chaque équipe. Il administre les traitements sur ordonnance et
tient un registre des soins. Si votre enfant a un PAI, une allergie, un traitement ou une difficulté
particulière, indiquez-le sur la fiche sanitaire : ces informations restent confidentielles et
permettent à l'équipe d'accueillir votre enfant dans de bonnes conditions. Nous pouvons organiser une
rencontre avant le départ.</p>
<h2>Les règles de vie</h2>
<p>Chaque séjour dispose de règles élaborées avec les jeunes. Certaines ne sont pas négociables :
interdiction de l'alcool, du tabac et de toute substance illicite, respect des horaires et des consignes
de sécurité, respect des autres. La charte des séjours, signée par le jeune et ses parents, précise les
conséquences d'un manquement, qui peuvent aller jusqu'au retour anticipé aux frais de la famille. Les
téléphones portables sont autorisés à partir de 12 ans, à des moments définis.</p>
<h2>Et pour ceux qui ne partent pas ?</h2>
<p>Les accueils de loisirs restent ouverts tout l'été, avec des mini-séjours de deux nuits sous tente
pour les 8-11 ans au plan d'eau des Aulnaies, et des sorties à la journée au lac, au parc animalier et à
la mer. Les espaces jeunes proposent un programme d'activités et de sorties pour les 11-17 ans, du lundi
au vendredi, avec des soirées jusqu'à 22 h le vendredi. Le programme complet est disponible début juin
sur le portail famille et dans les mairies. La « Journée des oubliés des vacances », organisée avec le
Secours populaire le 20 août, permettra à 60 enfants de passer une journée à la mer.</p>
<h2>Réunions d'information</h2>
<p>Une réunion est organisée pour chaque séjour en juin, en présence de l'équipe d'animation. Vous y
recevrez le trousseau, le programme détaillé et les modalités de communication pendant le séjour
(blog sécurisé, messages).</p>
<h2>Contact</h2>
<p>Service jeunesse — 04 xx xx 20 50 — jeunesse@coteaux-lizon.fr</p>
""",
)

HTML_PAGES["p140_actualite_conseil_jeunes_fresque_skatepark.html"] = (
    "Actualité — la fresque du skatepark est terminée",
    """
<h1>La fresque du skatepark est terminée !</h1>
<p>Pendant les vacances de printemps, les jeunes du conseil intercommunal et l'artiste graffeur Malik
Serrano ont réalisé une fresque de 40 mètres sur le mur du skatepark de Saint-Aubin, sur le thème de la
rivière. Une trentaine de jeunes ont participé aux ateliers. L'inauguration a eu lieu le 25 avril en
présence de Mme Claire Dumoutier, vice-présidente, et de M. Thierry Bouvard, conseiller délégué. Coût :
3 500 €, dont 1 500 € pris en charge par la commune de Saint-Aubin.</p>
""",
)

HTML_PAGES["p141_page_point_information_jeunesse.html"] = (
    "Point information jeunesse",
    """
<h1>Le point information jeunesse (PIJ)</h1>
<p>Tu as entre 11 et 30 ans ? Le PIJ t'accueille gratuitement et sans rendez-vous pour toutes tes
questions : orientation, jobs d'été, logement, santé, mobilité, droits, loisirs.</p>
<p>Horaires : du mardi au vendredi de 13 h 30 à 18 h 30, le samedi de 10 h à 17 h. Adresse : 14 rue
Pasteur, Saint-Aubin-sur-Lizon. Permanences dans les lycées le lundi et le jeudi midi.</p>
<p>Nouveau : le mercredi après-midi, permanence de la Maison des adolescents avec un psychologue.</p>
""",
)

HTML_PAGES["p142_ateliers_soutien_parentalite_programme.html"] = (
    "Ateliers parents — printemps 2026",
    """
<h1>Ateliers parents — printemps 2026</h1>
<ul>
<li><strong>Café des parents</strong> — un samedi sur deux, 10 h, médiathèque de Vernoux.</li>
<li><strong>« Parents d'ados, on en parle »</strong> — 3 soirées avec la Maison des adolescents.</li>
<li><strong>« Écrans, mode d'emploi »</strong> — atelier pratique sur le contrôle parental avec Clic en
Famille.</li>
<li><strong>Groupe de parole des parents d'enfants autistes</strong> — avec l'association Autisme
Lizon, un jeudi par mois.</li>
<li><strong>« Les samedis des papas »</strong> — bricolage et jeux pères-enfants avec Familles
Rurales.</li>
</ul>
<p>Tous les ateliers sont gratuits. Inscription : parentalite@coteaux-lizon.fr</p>
""",
)

HTML_PAGES["p143_faq_projet_accueil_individualise.html"] = (
    "FAQ — le projet d'accueil individualisé (PAI)",
    """
<h1>Le PAI en questions</h1>
<h2>Qu'est-ce qu'un PAI ?</h2>
<p>Un document qui organise l'accueil d'un enfant atteint d'une maladie chronique, d'une allergie ou
d'une intolérance alimentaire : régime, traitements, conduite à tenir en cas d'urgence.</p>
<h2>Qui le rédige ?</h2>
<p>Le médecin qui suit l'enfant, avec le médecin scolaire ou le référent santé de la crèche, à la
demande de la famille.</p>
<h2>Est-il valable partout ?</h2>
<p>Le PAI scolaire est transmis, avec votre accord, à la cantine et au périscolaire. Pour les accueils
de loisirs et les séjours, une copie est demandée.</p>
<h2>Qui a accès aux informations ?</h2>
<p>Uniquement les professionnels qui s'occupent de votre enfant, tenus à la discrétion.</p>
""",
)

HTML_PAGES["p144_politique_protection_donnees_portail_famille.html"] = (
    "Protection des données personnelles — portail famille",
    """
<h1>Politique de protection des données personnelles du portail famille</h1>
<p>La communauté de communes des Coteaux du Lizon, représentée par son président, est responsable des
traitements de données mis en œuvre pour la gestion des services enfance, jeunesse et familles. Cette page
vous informe, conformément aux articles 13 et 14 du règlement général sur la protection des données
(RGPD) et à la loi Informatique et libertés, sur l'utilisation de vos données.</p>
<h2>1. Quelles données collectons-nous ?</h2>
<ul>
<li>Identité et coordonnées des responsables légaux et des personnes autorisées à venir chercher
l'enfant ;</li>
<li>identité, date de naissance et établissement scolaire de l'enfant ;</li>
<li>situation familiale utile à la facturation et à la remise de l'enfant (décision de justice relative à
la résidence, le cas échéant) ;</li>
<li>ressources ou quotient familial (consultation du service CDAP de la CAF, avec votre accord) ;</li>
<li>informations de santé strictement nécessaires à l'accueil : fiche sanitaire de liaison, vaccinations
obligatoires, PAI ;</li>
<li>données de présence et de facturation ;</li>
<li>autorisations (droit à l'image, sorties, départ seul).</li>
</ul>
<h2>2. Pourquoi ?</h2>
<p>Ces données sont nécessaires à l'exécution des missions de service public de la communauté de
communes : inscription, accueil, sécurité et santé des enfants, facturation, recouvrement, statistiques
anonymisées transmises à la CAF et aux services de l'État. Les données de santé sont traitées sur le
fondement de l'article 9.2.h du RGPD et des obligations des accueils collectifs de mineurs et des
établissements d'accueil du jeune enfant.</p>
<h2>3. Qui y a accès ?</h2>
<p>Les agents habilités du pôle enfance-jeunesse-familles et de la régie, chacun pour ce qui le concerne ;
les informations médicales ne sont accessibles qu'aux directions des structures et, pour ce qui est utile,
aux équipes qui accueillent l'enfant. Le comptable public (DGFiP) reçoit les données de facturation. Le
prestataire qui héberge le portail agit comme sous-traitant, dans le cadre d'un contrat conforme à
l'article 28 du RGPD ; les données sont hébergées en France.</p>
<h2>4. Combien de temps ?</h2>
<table>
<tr><th>Données</th><th>Durée de conservation</th></tr>
<tr><td>Dossier d'inscription</td><td>Durée de l'inscription + 1 an</td></tr>
<tr><td>Fiche sanitaire, PAI</td><td>Année scolaire ou durée du séjour, puis restitution ou destruction</td></tr>
<tr><td>Facturation</td><td>10 ans (obligations comptables)</td></tr>
<tr><td>Demande de place en crèche</td><td>2 ans après la clôture ; données de santé détruites après
décision</td></tr>
<tr><td>Registres d'incidents</td><td>Durée de prescription applicable</td></tr>
</table>
<h2>5. Vos droits</h2>
<p>Vous disposez d'un droit d'accès, de rectification, d'effacement dans les limites prévues par la loi,
de limitation et d'opposition. Vous pouvez les exercer auprès du délégué à la protection des données :
dpo@coteaux-lizon.fr ou par courrier au siège. Si vous estimez que vos droits ne sont pas respectés,
vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés
(CNIL).</p>
<h2>6. Sécurité</h2>
<p>La communauté de communes met en œuvre des mesures techniques et organisationnelles adaptées :
authentification des utilisateurs, chiffrement des échanges, gestion des habilitations, journalisation
des accès, sauvegardes, audits réguliers réalisés par un prestataire spécialisé. En cas de violation de
données susceptible d'engendrer un risque pour vos droits, la CNIL et, le cas échéant, les personnes
concernées sont informées dans les conditions prévues par le RGPD.</p>
<h2>6 bis. Transferts</h2>
<p>Aucune donnée n'est transférée en dehors de l'Union européenne. Les statistiques transmises à la CAF,
au département et aux services de l'État sont agrégées et ne permettent pas d'identifier les familles.
Les échanges avec la CAF pour la consultation du quotient familial passent par le service sécurisé CDAP,
réservé aux agents habilités et tracé.</p>
<h2>7. Cookies</h2>
<p>Le portail n'utilise que des cookies techniques nécessaires à son fonctionnement (session,
préférences d'affichage). Aucun cookie publicitaire ou de mesure d'audience tiers n'est déposé.</p>
<h2>8. Mise à jour</h2>
<p>Cette politique a été mise à jour le 1er mars 2026.</p>
""",
)

HTML_PAGES["p145_recrutement_animateurs_saisonniers.html"] = (
    "Recrutement — animateurs saisonniers été 2026",
    """
<h1>Devenez animateur ou animatrice cet été !</h1>
<p>Les accueils de loisirs et les séjours de la communauté de communes recrutent 35 animateurs pour
juillet et août. Profil : BAFA complet ou en cours (stage pratique possible), CAP AEPE, BPJEPS ; goût
du travail en équipe ; sens des responsabilités. Rémunération selon la grille des contrats
saisonniers.</p>
<p>Candidature (CV et lettre) avant le 31 mars : recrutement@coteaux-lizon.fr. Une vérification
d'honorabilité est effectuée pour tous les intervenants auprès des mineurs.</p>
""",
)

HTML_PAGES["p146_page_protection_enfance_numeros_utiles.html"] = (
    "Protéger les enfants — numéros utiles",
    """
<h1>Protéger les enfants : qui appeler ?</h1>
<p>Vous êtes inquiet pour un enfant ? Vous êtes un enfant ou un adolescent et vous avez besoin
d'aide ?</p>
<ul>
<li><strong>119</strong> — Allô enfance en danger, gratuit, 24 h/24, 7 j/7, n'apparaît pas sur les
factures ;</li>
<li><strong>3919</strong> — Violences femmes info ;</li>
<li><strong>3018</strong> — harcèlement et cyberharcèlement ;</li>
<li><strong>3114</strong> — prévention du suicide ;</li>
<li><strong>17</strong> ou <strong>112</strong> — en cas de danger immédiat.</li>
</ul>
<p>Cellule départementale de recueil des informations préoccupantes : 04 xx xx 50 00. Les
professionnels des crèches, accueils de loisirs et espaces jeunes de la communauté de communes sont
formés au repérage des situations de danger.</p>
""",
)

HTML_PAGES["p147_laureats_appel_projets_parentalite.html"] = (
    "Appel à projets parentalité 2026 : les lauréats",
    """
<h1>Appel à projets parentalité 2026 : 9 projets soutenus</h1>
<p>Le comité de sélection réuni le 22 avril a retenu :</p>
<table>
<tr><th>Porteur</th><th>Projet</th><th>Subvention</th></tr>
<tr><td>Familles Rurales du Lizon</td><td>Les samedis des papas</td><td>4 200 €</td></tr>
<tr><td>Maison des adolescents</td><td>Parents d'ados, on en parle</td><td>5 000 €</td></tr>
<tr><td>Autisme Lizon</td><td>Groupe de parole des parents</td><td>3 600 €</td></tr>
<tr><td>Clic en Famille</td><td>Écrans, mode d'emploi</td><td>3 800 €</td></tr>
<tr><td>Médiathèque de Vernoux</td><td>Bébés lecteurs</td><td>2 400 €</td></tr>
<tr><td>Centre social de Montferrand</td><td>Cuisine parents-enfants</td><td>4 500 €</td></tr>
<tr><td>APE de Béthuel</td><td>Papa, bébé et moi</td><td>2 800 €</td></tr>
<tr><td>UDAF</td><td>Cafés de la médiation familiale</td><td>3 500 €</td></tr>
<tr><td>Secours catholique, équipe de Lacelle</td><td>Sorties familiales à la journée</td><td>4 000 €</td></tr>
</table>
""",
)

HTML_PAGES["p148_fonctionnement_commission_attribution_creche.html"] = (
    "Comment fonctionne la commission d'attribution ?",
    """
<h1>La commission d'attribution des places en crèche</h1>
<p>Composée d'élus, de la directrice du pôle enfance, des directrices des crèches, du guichet unique et,
avec voix consultative, du médecin de PMI et de la CAF, la commission se réunit trois fois par an. Elle
applique le barème public du règlement d'attribution. Les situations individuelles sont examinées de
manière confidentielle. En 2025, elle a attribué 96 places pour 241 demandes ; 19 % des places ont
bénéficié à des familles percevant des minima sociaux.</p>
""",
)

HTML_PAGES["p149_lettre_numerique_familles_juin.html"] = (
    "Familles en Coteaux — lettre numérique de juin 2026",
    """
<h1>Familles en Coteaux — juin 2026</h1>
<h2>À la une : les séjours d'été affichent presque complet</h2>
<p>118 places sur 136 sont déjà réservées. Il reste des places pour l'itinérance à vélo et le
mini-camp poneys.</p>
<h2>Cantine : les tarifs de la rentrée</h2>
<p>Le repas reste à 1 € pour les familles dont le quotient est inférieur à 650 €. Consultez la grille
complète sur le site.</p>
<h2>Santé : attention à la chaleur</h2>
<p>Les crèches et accueils de loisirs appliquent le protocole canicule. Pensez à la casquette et à la
gourde !</p>
<h2>Agenda</h2>
<ul><li>20 juin : conseil des jeunes à Lacelle</li><li>27 juin : tournoi de football mixte</li>
<li>5 septembre : inauguration de la micro-crèche des Aulnaies</li></ul>
<p>Pour vous désabonner, cliquez ici.</p>
""",
)

HTML_PAGES["p150_proces_verbal_conseil_communautaire_juin.html"] = (
    "Procès-verbal du conseil communautaire du 12 juin 2026",
    """
<h1>Procès-verbal de la séance du conseil communautaire du jeudi 12 juin 2026</h1>
<p>Communauté de communes des Coteaux du Lizon — salle du conseil, Saint-Aubin-sur-Lizon — 18 h 30.
Conseillers en exercice : 38 ; présents : 31 ; pouvoirs : 4 ; absents : 3. Président de séance :
M. Gérard Malaval. Secrétaire de séance : M. Didier Vialle.</p>
<p>Le président ouvre la séance à 18 h 34. Le quorum étant atteint, l'assemblée peut valablement
délibérer. Le procès-verbal de la séance du 9 avril 2026 est adopté à l'unanimité, sous réserve d'une
correction demandée par Mme Sylvie Andrieu concernant la répartition des votes sur la délibération
n° 2026-044.</p>

<h2>1. Communications du président</h2>
<p>Le président rend compte des décisions prises par délégation : signature du marché de fourniture de
repas avec la société retenue à l'issue de l'appel d'offres (lot 1) et avec un second prestataire pour
les repas des crèches (lot 2) ; signature de la convention territoriale globale avec la CAF le 15 avril ;
acceptation d'un legs de 12 000 € de Mme Germaine Aubry, ancienne institutrice de Lacelle décédée en
2025, destiné « aux enfants des écoles du canton », qui sera affecté à l'achat de livres et
d'instruments de musique. Il salue la mémoire de la donatrice.</p>
<p>Il informe l'assemblée que l'enquête administrative ouverte en février dans l'un des multi-accueils
est close et que les suites relèvent de la procédure disciplinaire et de l'autorité judiciaire ; il ne
fera aucun commentaire sur une situation individuelle. Il remercie les équipes des crèches pour leur
professionnalisme pendant cette période difficile.</p>

<h2>2. Rapport d'activité 2025 du pôle enfance, jeunesse et familles (délibération n° 2026-068)</h2>
<p>Mme Claire Dumoutier, vice-présidente, présente le rapport. Elle souligne la hausse de la
fréquentation de tous les services, l'accueil de 45 enfants en situation de handicap dans les crèches et
accueils de loisirs, la part de 38 % de repas servis à 1 € et la fréquentation record du point
information jeunesse. Elle remercie les 148 agents du pôle.</p>
<p>M. Jean-Luc Pommier salue la qualité du document mais regrette que le coût net des services continue
d'augmenter plus vite que les recettes fiscales. Mme Andrieu se félicite des résultats en matière de
mixité sociale dans les crèches. M. Bernard Combaluzier insiste sur la nécessité de rééquilibrer l'offre
au profit des communes du nord. Le conseil prend acte du rapport.</p>

<h2>3. Tarification de la restauration scolaire 2026-2027 (délibération n° 2026-071)</h2>
<p>Rapporteure : Mme Dumoutier. La délibération, examinée par la commission le 20 mai, maintient le
repas à 1 € pour les deux premières tranches, crée une septième tranche au-delà de 1 800 € de quotient,
limite la hausse des tranches intermédiaires à 2 %, permet le recalcul du quotient en cas de changement
de situation et la facturation séparée des parents en résidence alternée.</p>
<p>M. Pommier annonce le vote contre de son groupe. Mme Andrieu demande que le dispositif de facturation
séparée fasse l'objet d'une communication spécifique. Adoptée par 31 voix pour, 3 contre (M. Pommier,
Mme Lecoq, M. Darnaud) et 1 abstention (M. Vialle).</p>

<h2>4. Acquisition du bâtiment de l'ancienne coopérative agricole de Lacelle (délibération n° 2026-072)</h2>
<p>Rapporteur : M. Thierry Bouvard, conseiller délégué à la jeunesse. Il est proposé d'acquérir, pour le
futur tiers-lieu jeunesse, le bâtiment de l'ancienne coopérative agricole situé 8 route des Vignes à
Lacelle, cadastré section AB n° 214 et 215, d'une surface de 620 m² sur un terrain de 2 300 m², au prix
de 190 000 €, conforme à l'avis du service des Domaines du 14 avril 2026 (valeur vénale de 200 000 €,
marge d'appréciation de 10 %). Les frais de notaire sont à la charge de la communauté de communes.</p>
<p>M. Vialle demande une estimation des coûts de fonctionnement ; M. Bouvard indique qu'une étude sera
présentée à l'automne et que le projet sera co-construit avec les jeunes. M. Combaluzier, maire de
Lacelle, remercie l'assemblée pour ce projet structurant pour sa commune. Adoptée à l'unanimité.</p>

<h2>5. Renouvellement de la délégation de service public de la micro-crèche « Pirouette »
(délibération n° 2026-073)</h2>
<p>Rapporteur : le président. Au vu du rapport sur le mode de gestion, il est proposé de lancer une
nouvelle procédure de délégation de service public sous forme de concession, pour une durée de cinq ans
à compter du 1er janvier 2027, et de prolonger par avenant le contrat actuel de quatre mois pour assurer
la continuité du service. Le rapport présente les caractéristiques des prestations : capacité de 12
places, respect du barème national des participations familiales, application des critères
d'attribution de la communauté de communes, compensation financière plafonnée, contrôle annuel.</p>
<p>Mme Andrieu regrette que la communauté de communes n'envisage pas une reprise en régie ; le président
répond que le coût serait supérieur d'environ 40 000 € par an. Les constats de la PMI lors de sa visite
de février ont été pris en compte : le cahier des charges imposera un référent technique présent au moins
trois jours par semaine et un plan de remplacement. Adoptée par 33 voix pour et 2 abstentions.</p>

<h2>6. Subventions aux associations (délibération n° 2026-074)</h2>
<p>Rapporteur : M. Bouvard. Au titre de l'appel à projets parentalité, il est proposé d'attribuer 33 800 €
à neuf associations, dont Familles Rurales du Lizon, la Maison des adolescents, Autisme Lizon, Clic en
Famille, le centre social de Montferrand, l'UDAF et l'équipe de Lacelle du Secours catholique. Mme Odile
Ferrand, présidente de Familles Rurales du Lizon, quitte la salle et ne prend pas part au vote. Adoptée à
l'unanimité des votants.</p>

<h2>7. Création d'emplois saisonniers (délibération n° 2026-075)</h2>
<p>Il est proposé de créer 35 emplois non permanents d'adjoint d'animation pour accroissement saisonnier
d'activité du 1er juillet au 31 août 2026, rémunérés sur la base du premier échelon du grade, avec
majoration pour les directeurs adjoints et les assistants sanitaires. Adoptée à l'unanimité.</p>

<h2>8. Règlement intérieur des séjours pour adolescents (délibération n° 2026-076)</h2>
<p>Rapporteur : M. Bouvard. À la suite des incidents survenus lors des séjours de l'été 2025, qui ont fait
l'objet des signalements réglementaires, il est proposé d'adopter un règlement des séjours pour les 13-17
ans, élaboré avec le conseil intercommunal des jeunes. Il rappelle l'interdiction de l'alcool, du tabac
et des stupéfiants, organise la surveillance de nuit, prévoit la signature d'une charte par le jeune et
ses parents et précise les conditions d'un retour anticipé. Mme Andrieu salue la consultation des jeunes.
M. Pommier demande si les familles devront payer le retour anticipé ; il est répondu que le coût du
transport est à leur charge, sauf situation sociale particulière appréciée par le service. Adoptée à
l'unanimité.</p>

<h2>9. Motion relative au financement des accueils collectifs de mineurs</h2>
<p>Le président propose une motion demandant à l'État de revaloriser l'aide au titre du Plan mercredi et
de simplifier le financement des accueils de loisirs en milieu rural. M. Pommier propose un amendement
demandant également une compensation des hausses de rémunération des agents de la petite enfance ;
l'amendement est adopté. La motion amendée est adoptée à l'unanimité.</p>

<h2>10. Questions diverses</h2>
<p>Mme Andrieu interroge le président sur l'audit de sécurité du portail famille évoqué en commission des
finances. Le président indique que l'audit a conduit à des corrections, que le nouveau portail sera
déployé à la rentrée et qu'aucune donnée n'a été exploitée par un tiers selon les analyses réalisées ;
il ne détaillera pas en séance publique les aspects techniques, pour des raisons de sécurité.</p>
<p>M. Combaluzier demande où en est la navette du samedi proposée par le conseil des jeunes. M. Bouvard
répond qu'une expérimentation est envisagée à l'été 2027, sous réserve d'un cofinancement régional.</p>
<p>M. Vialle signale que plusieurs familles de Montferrand se plaignent de l'éloignement des séjours.
M. Bouvard rappelle que la destination est choisie avec les jeunes et que deux séjours sur cinq se
déroulent dans la région.</p>
<p>L'ordre du jour étant épuisé, le président lève la séance à 21 h 12.</p>
<p>Le président, Gérard Malaval — Le secrétaire de séance, Didier Vialle.</p>
<p>Procès-verbal approuvé lors de la séance du 10 juillet 2026 et publié sur le site internet de la
communauté de communes conformément à l'article L. 2121-15 du code général des collectivités
territoriales.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
