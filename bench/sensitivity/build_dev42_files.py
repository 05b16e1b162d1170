"""Build the .docx and .html documents of the hand-written sensitivity set dev42.

Theme: funeral services, cemeteries and religious affairs of a mid-sized commune (Lormeval, an
invented commune) and its prefecture: the civil-status funeral desk, cemetery concessions and their
renewal or repossession, exhumations and transfers of remains, the municipal funeral operator and
private undertakers (prices and tenders), the crematorium, paupers' burials, the prefecture's bureau
des cultes (religious associations, places of worship, hospital and prison chaplaincies), cemetery
regulations, council deliberations on fees, guides for bereaved families, press releases and
cemetery heritage inventories.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev42_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev42"
FIXED = dt.datetime(2025, 12, 9, 10, 30, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


def html(text: str) -> str:
    """Join an HTML body written over several source lines."""
    return " ".join(text.split())


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_dossier_disciplinaire_agent_regie_vol_bijoux_defunts.docx"] = [
    ("title", "Rapport de saisine du conseil de discipline — M. Frédéric Lanoë, agent de la régie"),
    para("""Ville de Lormeval — Direction des ressources humaines. Rapport du maire au conseil de discipline
    placé auprès du centre de gestion de l'Orvanne. Agent concerné : M. Frédéric Lanoë, adjoint technique
    principal de 2e classe, affecté à la régie municipale des pompes funèbres depuis 2014 en qualité de
    porteur et chauffeur, puis d'agent de chambre funéraire depuis 2020. Sanction envisagée : révocation
    (sanction du quatrième groupe)."""),
    ("h", "1. Exposé des faits"),
    para("""Le 3 juin 2025, Mme Danielle Roussel s'est présentée à l'accueil de la régie pour signaler que
    l'alliance et la chaîne en or de sa mère, Mme Simone Roussel, décédée le 28 mai et présentée au salon
    n° 2 de la chambre funéraire, n'avaient pas été retrouvées sur le corps lors de la fermeture du
    cercueil, alors que la famille avait expressément demandé, sur le bon de prise en charge, qu'elles
    soient laissées à la défunte. L'inventaire des effets personnels établi à l'arrivée du corps mentionnait
    pourtant « alliance jaune, chaîne jaune avec médaille de la Vierge ». Le chef d'équipe, M. Christian
    Morel, a procédé à une vérification : les bijoux ne figuraient ni dans le coffre des objets déposés, ni
    dans le cercueil (fermé en présence de la famille)."""),
    para("""Une vérification des inventaires des six derniers mois a fait apparaître deux autres anomalies :
    une montre déclarée à l'arrivée du corps de M. Henri Blanchard (décédé le 12 février) et une bague
    déclarée pour Mme Lucienne Faure (décédée le 9 avril) ne figuraient pas dans les effets remis aux
    familles ; les familles n'avaient pas réclamé. Dans les trois cas, l'agent présent lors de la toilette
    et de la mise en bière était M. Lanoë, seul, en dehors des heures de présence de l'équipe."""),
    para("""Le 5 juin, la commune a déposé plainte auprès de la brigade de gendarmerie de Lormeval. Le
    12 juin, les enquêteurs ont retrouvé l'alliance et la chaîne chez un bijoutier de Valsenne pratiquant
    le rachat d'or, où elles avaient été vendues le 30 mai par M. Lanoë, sur présentation de sa pièce
    d'identité, pour 412 euros. Placé en garde à vue le 17 juin, M. Lanoë a reconnu les trois vols. Il a
    expliqué avoir agi en raison de difficultés financières importantes liées à des dettes de jeux en
    ligne, qu'il évalue à plus de 20 000 euros, et au fait que son salaire faisait l'objet d'une saisie sur
    rémunération depuis janvier. Il a fait l'objet d'une convocation par procès-verbal devant le tribunal
    correctionnel de Valsenne pour le 14 octobre 2025, pour vols et atteinte à l'intégrité du cadavre."""),
    ("h", "2. Mesures prises"),
    para("""M. Lanoë a été suspendu de ses fonctions à titre conservatoire par arrêté du 18 juin 2025, avec
    maintien de son traitement. Les trois familles ont été reçues par l'adjointe déléguée et le directeur
    de la régie ; les bijoux de Mme Roussel ont été restitués à sa fille par les enquêteurs. La commune a
    présenté ses excuses et a pris en charge les frais de réouverture du cercueil que Mme Roussel a
    souhaitée afin de replacer l'alliance (autorisation d'exhumation délivrée le 2 juillet). Les familles
    Blanchard et Faure ont indiqué vouloir se constituer parties civiles."""),
    ("h", "3. Antécédents et manière de servir"),
    para("""M. Lanoë n'a jamais fait l'objet d'une sanction disciplinaire. Ses entretiens professionnels de
    2021 à 2024 le décrivent comme un agent fiable, apprécié des familles et des entreprises de pompes
    funèbres, volontaire pour les astreintes. L'entretien de 2024 relevait toutefois une fatigue
    importante et des retards répétés, que l'agent avait attribués à des problèmes de sommeil. Le médecin
    de prévention, consulté le 20 juin, a indiqué que l'agent lui avait fait part d'une addiction aux jeux
    d'argent et l'a orienté vers une consultation spécialisée au CSAPA de Valsenne ; il ne s'oppose pas à
    la poursuite de la procédure disciplinaire mais recommande que l'agent soit accompagné."""),
    ("h", "4. Appréciation"),
    para("""Les faits, reconnus, constituent un manquement d'une exceptionnelle gravité aux obligations de
    probité et de dignité qui s'imposent à tout agent public, et plus encore à un agent au contact de
    défunts et de familles endeuillées. Ils portent une atteinte grave à la réputation du service public
    funéraire de la commune, alors que la régie exerce en concurrence avec des opérateurs privés. Les
    difficultés personnelles de l'agent, réelles, ne sont pas de nature à atténuer la gravité des faits,
    même si elles expliquent leur contexte. Le maire sollicite en conséquence l'avis du conseil de
    discipline sur la sanction de révocation."""),
    ("h", "5. Procédure"),
    para("""M. Lanoë a été informé par lettre recommandée du 4 juillet 2025 de son droit à communication de
    son dossier individuel et de l'ensemble des pièces, et de la possibilité de se faire assister par un ou
    plusieurs défenseurs de son choix. Il a consulté son dossier le 18 juillet, accompagné de M. Sébastien
    Hoarau, délégué syndical CGT. Il a produit un courrier dans lequel il exprime ses regrets, indique
    avoir entamé une démarche de soins et s'être inscrit sur le fichier des interdits de jeux, et sollicite
    une sanction lui permettant de conserver un emploi, le cas échéant hors de la régie."""),
    ("table", [
        ["Pièce", "Date", "Objet"],
        ["1", "03/06/2025", "Signalement de Mme Roussel et inventaire d'arrivée du corps"],
        ["2", "04/06/2025", "Rapport du chef d'équipe, vérification des inventaires"],
        ["3", "05/06/2025", "Récépissé de plainte de la commune"],
        ["4", "18/06/2025", "Arrêté de suspension"],
        ["5", "20/06/2025", "Avis du médecin de prévention (pli fermé)"],
        ["6", "04/07/2025", "Lettre d'information de l'agent"],
        ["7", "18/07/2025", "Courrier de l'agent et attestation de suivi CSAPA"],
        ["8", "2021-2024", "Comptes rendus d'entretiens professionnels"],
    ]),
    para("""Observation du directeur de la régie, jointe à la demande de l'agent : « M. Lanoë a été pendant
    dix ans un collègue exemplaire ; l'équipe est sous le choc. Je ne conteste pas la gravité des faits
    mais je souhaite que le conseil tienne compte de sa maladie du jeu, qu'il nous a cachée par honte. »"""),
    para("""Fait à Lormeval, le 22 juillet 2025. Pour le Maire et par délégation, la directrice générale
    adjointe chargée des ressources, Corinne Vial. Document transmis sous pli confidentiel au secrétariat
    du conseil de discipline ; il ne doit pas être diffusé au sein des services."""),
]

DOCX_BLOCKS["s047_enquete_administrative_obseques_enfant_mort_ne_famille.docx"] = [
    ("title", "Note de synthèse — réclamation de M. et Mme Aït-Ali relative au corps de leur enfant né sans vie"),
    para("""Centre hospitalier de Lormeval — Direction de la qualité et des relations avec les usagers, en lien
    avec le bureau des affaires funéraires de la Ville. Note établie le 9 septembre 2025 à l'attention du
    directeur de l'établissement et de l'adjointe au maire déléguée aux affaires funéraires."""),
    ("h", "Objet de la réclamation"),
    para("""Par courrier du 18 août 2025, M. Karim Aït-Ali et Mme Nadia Aït-Ali, domiciliés 6 rue des
    Capucines à Lormeval, se plaignent de la prise en charge du corps de leur fille, Inès, née sans vie le
    2 juillet 2025 à 24 semaines d'aménorrhée, à la maternité du centre hospitalier. Ils exposent qu'ils
    avaient fait savoir à la sage-femme qu'ils souhaitaient récupérer le corps afin de l'inhumer au carré
    musulman du cimetière de la Combe, conformément à leur foi, et qu'on leur a répondu, dix jours plus
    tard, que le corps avait été « pris en charge par l'établissement » et crématisé avec les pièces
    anatomiques, ce que leur religion proscrit absolument."""),
    ("h", "Reconstitution des faits"),
    para("""La patiente a été hospitalisée le 1er juillet pour une mort fœtale in utero diagnostiquée lors
    d'une échographie de contrôle, dans un contexte de prééclampsie sévère. L'accouchement a eu lieu le
    2 juillet à 4 h 10. Le dossier obstétrical mentionne un entretien avec la sage-femme à 11 h, au cours
    duquel le couple a indiqué souhaiter « organiser des obsèques ». Un certificat d'accouchement a été
    établi, permettant la déclaration à l'état civil d'un enfant sans vie, faite par le père le 4 juillet
    à la mairie. Mme Aït-Ali a été transférée en réanimation le 3 juillet en raison d'une complication
    hémorragique, et est restée hospitalisée jusqu'au 12 juillet."""),
    para("""Le formulaire de choix du devenir du corps, qui doit être signé par les parents dans un délai de
    dix jours, n'a pas été signé : la mère était en réanimation et le père, selon ses déclarations, n'en
    a pas eu connaissance. Le 13 juillet, à l'expiration du délai, la chambre mortuaire a appliqué la
    procédure par défaut et le corps a été confié à l'établissement pour crémation dans le cadre de la
    convention avec le crématorium du Val d'Orvanne. La mention « souhait d'obsèques » figurant dans le
    dossier obstétrical n'a pas été transmise à la chambre mortuaire."""),
    ("h", "Analyse"),
    para("""L'enquête met en évidence un défaut de transmission entre la maternité et la chambre mortuaire,
    aggravé par l'état de santé de la mère et par l'absence de relance du père. Elle relève également que
    le personnel de la chambre mortuaire ignorait l'existence d'un carré confessionnel à la Combe et la
    possibilité, pour la commune, d'accorder un emplacement gratuit pour les enfants nés sans vie. Les
    cendres, conformément à la convention, ont été dispersées au jardin du souvenir du crématorium le
    25 juillet ; elles ne peuvent donc plus être remises à la famille."""),
    para("""Le couple a fait savoir, par l'intermédiaire de la médiatrice médicale, que Mme Aït-Ali traverse
    un épisode dépressif sévère, qu'elle est suivie par une psychiatre de la maternité et qu'elle se
    reproche de ne pas avoir signé le formulaire. M. Aït-Ali a indiqué qu'il envisageait de saisir la
    justice. L'imam du centre An-Nour, M. Karim Belhadj, qui accompagne la famille, a demandé à être reçu
    avec elle."""),
    ("h", "Propositions"),
    para("""1. Présenter les excuses écrites de l'établissement et recevoir la famille en présence de la
    médiatrice et, si elle le souhaite, de l'imam. 2. Proposer, avec la Ville, l'inscription du nom de
    l'enfant sur le mur mémorial du jardin du souvenir de la Combe et, si la famille le souhaite, une
    cérémonie de recueillement. 3. Modifier la procédure : transmission systématique du souhait
    d'obsèques à la chambre mortuaire, suspension du délai de dix jours lorsque la mère est hospitalisée,
    information écrite remise au père. 4. Former les agents de la chambre mortuaire aux pratiques
    funéraires des différentes confessions et aux possibilités offertes par les cimetières de la ville.
    5. Déclarer l'événement comme événement indésirable grave associé aux soins."""),
    ("table", [
        ["Date", "Étape"],
        ["01/07/2025", "Hospitalisation, diagnostic de mort fœtale"],
        ["02/07/2025", "Accouchement ; entretien sage-femme (souhait d'obsèques)"],
        ["03/07/2025", "Transfert de la mère en réanimation"],
        ["04/07/2025", "Déclaration d'enfant sans vie en mairie"],
        ["13/07/2025", "Expiration du délai, prise en charge par l'établissement"],
        ["22/07/2025", "Crémation au crématorium du Val d'Orvanne"],
        ["18/08/2025", "Réclamation écrite des parents"],
    ]),
    para("""Rédactrice : Mme Sandrine Collet, chargée des relations avec les usagers. Document interne,
    couvert par le secret médical pour les éléments relatifs à la santé de la patiente."""),
]

DOCX_BLOCKS["s048_rapport_social_obseques_personne_sans_domicile_tutelle.docx"] = [
    ("title", "Rapport de la mandataire judiciaire — décès de M. Bernard Quéré, majeur protégé"),
    para("""ATMP Orvanne, service mandataire judiciaire à la protection des majeurs. Rapport adressé au juge
    des contentieux de la protection du tribunal judiciaire de Valsenne et, pour information, au bureau des
    affaires funéraires de la Ville de Lormeval. Rédigé par Mme Valérie Gomez, mandataire, le
    2 octobre 2025."""),
    ("h", "1. Situation de la personne protégée"),
    para("""M. Bernard Quéré, né le 11 janvier 1958, était placé sous curatelle renforcée depuis le
    15 mars 2017, en raison d'une altération de ses facultés mentales consécutive à une schizophrénie
    paranoïde diagnostiquée dans sa jeunesse, suivie par le centre médico-psychologique de Lormeval. Il
    vivait seul dans un logement social de la résidence des Aubiers, bénéficiait de l'allocation aux
    adultes handicapés (1 016 euros) et de l'aide au logement. Son patrimoine se limitait à un livret A
    d'un solde de 1 240 euros au jour du décès. Il n'avait pas souscrit de contrat obsèques, malgré nos
    propositions répétées, qu'il refusait par méfiance."""),
    para("""Il avait été hospitalisé sous contrainte à trois reprises (2017, 2020, 2023), la dernière fois à
    la demande de son frère. Depuis sa sortie en 2023, il prenait régulièrement son traitement injectable
    et se rendait au CMP. Il fréquentait l'accueil de jour du Secours catholique et la paroisse Saint-Martin,
    où il se rendait chaque dimanche ; il avait confié à plusieurs reprises à l'assistante du service qu'il
    voulait « un enterrement à l'église, comme maman »."""),
    ("h", "2. Circonstances du décès"),
    para("""M. Quéré a été retrouvé décédé à son domicile le 22 septembre 2025, par les pompiers alertés par
    un voisin. Le médecin a conclu à une mort naturelle probable (arrêt cardiaque) et n'a pas coché
    l'obstacle médico-légal. Le décès remontait à plusieurs jours. La mesure de protection a pris fin au
    décès ; le présent rapport rend compte des diligences accomplies entre le décès et les obsèques."""),
    ("h", "3. Recherche de la famille"),
    para("""Son frère, M. Alain Quéré, domicilié à Nantes, a été informé le 23 septembre. Il a indiqué qu'il ne
    souhaitait pas s'occuper des obsèques, qu'il avait « tout donné » pendant des années et qu'il avait
    rompu avec son frère après l'hospitalisation de 2023, au cours de laquelle celui-ci l'avait menacé
    avec un couteau, faits ayant donné lieu à une plainte puis à un classement pour irresponsabilité
    pénale. Il a accepté de participer aux frais à hauteur de 500 euros. Aucun autre parent n'est connu."""),
    ("h", "4. Organisation des obsèques"),
    para("""Les fonds disponibles (livret A et participation du frère : 1 740 euros) étant insuffisants pour
    des obsèques complètes, le bureau des affaires funéraires de la Ville a accepté, le 24 septembre, la
    prise en charge du solde au titre des personnes dépourvues de ressources suffisantes. Conformément au
    souhait exprimé par le défunt, une cérémonie religieuse a été célébrée le 29 septembre en l'église
    Saint-Martin par l'abbé Delmas, en présence d'une douzaine de personnes (voisins, bénévoles du Secours
    catholique, infirmière du CMP, la mandataire). L'inhumation a eu lieu au cimetière de la Combe,
    division 9."""),
    ("table", [
        ["Poste", "Montant TTC", "Financement"],
        ["Forfait obsèques (régie)", "1 416,00 €", "livret A, solde Ville"],
        ["Cérémonie religieuse (offrande)", "80,00 €", "participation du frère"],
        ["Plaque nominative", "45,00 €", "participation du frère"],
        ["Séjour en chambre funéraire (5 jours)", "240,00 €", "participation du frère"],
        ["Total", "1 781,00 €", ""],
    ]),
    ("h", "5. Suites"),
    para("""Le logement a été vidé par le bailleur le 30 septembre ; les papiers personnels ont été remis au
    frère. Le compte de gestion définitif sera adressé au juge dans le délai légal. Le dossier médical
    détenu par le service (certificats, comptes rendus d'hospitalisation) sera archivé conformément aux
    règles applicables."""),
    para("""Je précise au juge que la participation du frère a été obtenue sans qu'il soit fait mention de
    l'obligation alimentaire ; compte tenu des violences subies, il n'apparaît pas souhaitable que la
    commune exerce un recours à son encontre, et j'en ai informé le bureau des affaires funéraires."""),
]

DOCX_BLOCKS["s049_rapport_annuel_aumonerie_musulmane_prison_nominatif.docx"] = [
    ("title", "Aumônerie musulmane du centre pénitentiaire de Valsenne — rapport d'activité 2024"),
    para("""Document adressé à la direction de l'établissement et à l'aumônier régional. Diffusion restreinte :
    ce rapport comporte des éléments nominatifs sur des personnes détenues et ne doit pas être versé au
    rapport d'activité public de l'établissement."""),
    ("h", "1. Organisation"),
    para("""L'aumônerie musulmane compte deux aumôniers agréés, M. Mourad Kaci (indemnisé, 20 heures par
    semaine) et M. Saïd Bouzid (bénévole), qui interviennent au quartier maison d'arrêt, au quartier
    centre de détention et au quartier des femmes. La prière collective du vendredi est organisée dans la
    salle polycultuelle du bâtiment C, par groupes de vingt personnes au plus, en alternance avec les
    cultes catholique, protestant et israélite. Les entretiens individuels ont lieu en cellule ou au
    bureau des aumôniers, hors de la présence du personnel."""),
    ("h", "2. Activité chiffrée"),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Personnes détenues inscrites auprès de l'aumônerie", "148", "171"],
        ["Entretiens individuels", "612", "704"],
        ["Prières collectives organisées", "46", "49"],
        ["Participants moyens par prière", "17", "18"],
        ["Repas de rupture du jeûne distribués (ramadan)", "3 900", "4 350"],
        ["Corans et livres remis", "95", "120"],
    ]),
    ("h", "3. Situations particulières"),
    para("""Comme chaque année, le rapport signale à la direction quelques situations qui ont demandé un
    accompagnement spécifique ; les noms sont mentionnés pour permettre le suivi par le SPIP."""),
    para("""M. Yacine Harbi (écrou 57410), condamné à douze ans de réclusion, a perdu sa mère en mars ; il a
    obtenu une permission de sortir sous escorte pour assister à la prière mortuaire à la mosquée An-Nour
    de Lormeval, mais pas à l'inhumation au cimetière de la Combe, l'horaire ayant été avancé. Il en garde
    une grande amertume ; l'aumônier l'a accompagné pendant plusieurs semaines."""),
    para("""M. Julien Marchal (écrou 58022), converti à l'islam pendant sa détention, a demandé à rencontrer
    l'aumônier pour être « guidé », après avoir été approché, selon ses dires, par des codétenus qui lui
    reprochaient de prier « comme un mécréant ». L'aumônier a informé le chef de détention, conformément
    au protocole de prévention de la radicalisation, et M. Marchal a été changé d'aile."""),
    para("""Mme Aïcha Benyoucef (écrou 58345), détenue au quartier des femmes, enceinte de six mois, a demandé
    que l'aumônier rencontre sa famille pour préparer la naissance ; la direction a orienté la demande
    vers la nurserie et le SPIP."""),
    para("""M. Farid Louati (écrou 56901), incarcéré depuis 2019, a fait savoir qu'il ne souhaitait plus
    participer aux prières et qu'il avait « quitté la religion » ; il demande que son nom soit retiré de
    la liste de l'aumônerie et que ses codétenus n'en soient pas informés. L'aumônerie a respecté sa
    demande."""),
    ("h", "4. Difficultés"),
    para("""La salle polycultuelle est trop petite ; les fouilles avant la prière du vendredi retardent le
    début de l'office ; l'approvisionnement en viande halal par la cantine reste irrégulier ; les
    aumôniers ne sont pas informés des décès de proches des personnes détenues, ce qui les empêche
    d'accompagner ces moments. Ils demandent à être destinataires des informations de décès transmises
    par les familles au greffe."""),
    ("h", "5. Formation et perspectives"),
    para("""M. Kaci a suivi en 2024 le diplôme universitaire de formation civile et civique à l'université
    de Valsenne. L'aumônerie souhaite mettre en place, avec les autres aumôneries, un temps commun de
    recueillement lors de la Toussaint pour les personnes détenues en deuil, et une session d'information
    sur les obsèques, le rapatriement des corps et les carrés confessionnels des cimetières."""),
    para("""Fait à Valsenne, le 20 janvier 2025. Mourad Kaci, aumônier musulman."""),
]

DOCX_BLOCKS["s050_offre_financiere_delegation_crematorium_candidat.docx"] = [
    ("title", "Offre financière — Renouvellement de la délégation du crématorium du Val d'Orvanne"),
    para("""Candidat : Atrium Funéraire SAS, 14 boulevard de l'Industrie, 69007 Lyon. Pièce n° 7 de l'offre.
    Document couvert par le secret des affaires (article L. 151-1 du code de commerce) : le candidat
    demande expressément qu'il ne soit communiqué à aucun tiers, y compris dans le cadre d'une demande
    d'accès aux documents administratifs après l'attribution."""),
    ("h", "1. Hypothèses d'activité"),
    para("""Le candidat retient une activité de 1 450 crémations en année 1, progressant de 2,5 % par an,
    soit 1 640 crémations en année 6. Cette hypothèse est supérieure de 3 % à celle du dossier de
    consultation ; elle repose sur l'apport, par le candidat, de la clientèle de ses trois agences de
    pompes funèbres du département voisin (environ 180 crémations par an aujourd'hui réalisées à
    Chaumerac), information que le candidat demande de ne pas divulguer à ses concurrents."""),
    ("h", "2. Compte d'exploitation prévisionnel"),
    ("table", [
        ["En k€ HT", "Année 1", "Année 2", "Année 3", "Année 4", "Année 5", "Année 6"],
        ["Recettes crémations", "1 001", "1 026", "1 051", "1 077", "1 104", "1 132"],
        ["Recettes annexes (salles, urnes)", "96", "101", "106", "111", "117", "123"],
        ["Charges de personnel", "(410)", "(418)", "(426)", "(435)", "(444)", "(453)"],
        ["Énergie", "(142)", "(146)", "(150)", "(154)", "(158)", "(162)"],
        ["Maintenance constructeur", "(74)", "(76)", "(78)", "(80)", "(82)", "(84)"],
        ["Frais de siège", "(66)", "(67)", "(69)", "(70)", "(72)", "(73)"],
        ["Redevance au SIFVO (7 %)", "(77)", "(79)", "(81)", "(83)", "(85)", "(88)"],
        ["Amortissements", "(180)", "(180)", "(185)", "(185)", "(185)", "(190)"],
        ["Résultat avant impôt", "148", "161", "168", "181", "195", "205"],
    ]),
    para("""Le taux de marge nette visé est de 12,4 % en moyenne sur la durée du contrat. Les frais de siège
    sont calculés selon la clé de répartition interne du groupe (6 % du chiffre d'affaires), que le
    candidat considère comme relevant de son savoir-faire de gestion."""),
    ("h", "3. Tarifs proposés aux usagers"),
    para("""Crémation adulte : 690 euros HT (828 euros TTC), soit une baisse de 9,8 % par rapport au tarif
    actuel ; crémation d'enfant de un à douze ans : 345 euros HT ; crémation des enfants de moins d'un an
    et des enfants nés sans vie : gratuite ; salle de cérémonie : 150 euros HT l'heure."""),
    ("h", "4. Conditions d'achat"),
    para("""Le candidat indique bénéficier, auprès du constructeur de fours, d'un contrat-cadre national
    lui assurant une remise de 22 % sur les pièces détachées et un tarif de maintenance de 37 000 euros
    par ligne et par an, alors que le prix catalogue est de 52 000 euros. Il bénéficie également d'un
    contrat de fourniture de gaz négocié au niveau du groupe, à un prix fixe de 48 euros le MWh jusqu'en
    2028. Ces conditions, qui expliquent l'écart de prix avec les autres candidats, sont confidentielles
    et ne peuvent être divulguées sans porter atteinte aux relations du candidat avec ses fournisseurs."""),
    ("h", "5. Situation financière du candidat"),
    para("""Chiffre d'affaires consolidé 2024 : 38,6 millions d'euros ; EBITDA : 5,1 millions ; endettement
    net : 12,4 millions, dont un prêt syndiqué de 9 millions arrivant à échéance en 2027 en cours de
    renégociation. Le candidat joint la lettre de confort de son actionnaire principal, le fonds
    d'investissement Horizon Capital Partners, qui s'engage à soutenir la filiale pendant toute la durée du
    contrat."""),
    para("""Signé à Lyon le 10 septembre 2025 par M. Olivier Marchetti, directeur général."""),
]

DOCX_BLOCKS["s051_proces_verbal_exhumation_judiciaire_instruction.docx"] = [
    ("title", "Procès-verbal d'exhumation sur réquisition judiciaire — cimetière des Tilleuls"),
    para("""L'an deux mille vingt-cinq, le mardi 16 septembre, à 6 h 30, nous, Olivier Pichon, conservateur
    des cimetières de la commune de Lormeval, agissant en application de l'ordonnance de Mme Claire
    Vautrin, juge d'instruction au tribunal judiciaire de Valsenne, en date du 8 septembre 2025, dans
    l'information ouverte contre personne non dénommée du chef d'empoisonnement, avons assisté à
    l'exhumation du corps de M. Georges Lemercier, né le 2 mai 1944, décédé le 27 janvier 2025 à son
    domicile de Lormeval, inhumé le 31 janvier 2025 dans le caveau de la famille Lemercier, division B,
    concession perpétuelle n° 1932-0088."""),
    para("""Étaient présents : le capitaine Benoît Ravier et deux enquêteurs de la section de recherches de
    Valsenne ; le Dr Anne Moulinier, médecin légiste de l'institut médico-légal ; deux agents de la
    société Maçonnerie funéraire Ortiz, requise pour l'ouverture du caveau ; un agent de la régie
    municipale des pompes funèbres pour le transport ; M. le brigadier-chef principal Laurent Dufour, de
    la police municipale, chargé de la fermeture de l'accès au cimetière pendant l'opération. Aucun membre
    de la famille n'était présent, conformément aux instructions du magistrat."""),
    para("""Selon les informations qui nous ont été données par les enquêteurs pour les besoins de
    l'organisation, l'information judiciaire fait suite au signalement d'un pharmacien de Lormeval et au
    témoignage de la fille du défunt, qui met en cause l'épouse en secondes noces de celui-ci,
    Mme Marie-Claude Lemercier, mise en examen le 5 septembre et placée sous contrôle judiciaire. Il
    serait reproché à celle-ci d'avoir administré au défunt, atteint de la maladie de Parkinson, des doses
    massives de somnifères dans les semaines ayant précédé le décès, dans un contexte de succession."""),
    ("h", "Déroulement des opérations"),
    para("""6 h 40 : fermeture des portails du cimetière, pose de bâches opaques autour de la sépulture.
    6 h 55 : dépose de la pierre tombale par l'entreprise Ortiz. 7 h 20 : ouverture du caveau ; le cercueil
    de M. Lemercier, en chêne, est le plus récent des trois cercueils présents, en position supérieure ; il
    est en bon état. 7 h 35 : le cercueil est extrait, placé dans une housse et dans un cercueil de
    transport, et scellé par les enquêteurs (scellé n° 14). 7 h 50 : départ du véhicule de la régie vers
    l'institut médico-légal de Valsenne sous escorte. 8 h 15 : fermeture provisoire du caveau par une
    dalle, remise en place de la pierre tombale. 8 h 30 : réouverture du cimetière au public."""),
    para("""Le corps sera réinhumé, après autopsie et prélèvements, sur autorisation du magistrat ; les frais
    d'exhumation et de réinhumation sont à la charge de l'État (frais de justice). Le registre des
    exhumations de la commune mentionnera seulement : « exhumation sur réquisition judiciaire »."""),
    para("""Dont procès-verbal, clos à 8 h 45, signé par nous et par le capitaine Ravier. Copie adressée au
    magistrat ; original conservé au bureau des affaires funéraires sous pli fermé."""),
]

DOCX_BLOCKS["s052_certificat_medical_crematorium_pile_infection.docx"] = [
    ("title", "Certificat médical préalable à la crémation"),
    para("""Je soussigné, Dr Paul Hamon, médecin, certifie avoir examiné le corps de Mme Ginette Royer,
    née le 14 juillet 1939, décédée le 3 novembre 2025 à 22 h 40 à l'EHPAD Les Charmilles, Lormeval."""),
    ("table", [
        ["Rubrique", "Réponse"],
        ["Obstacle médico-légal", "Non"],
        ["Prothèse fonctionnant au moyen d'une pile", "Oui — stimulateur cardiaque, explanté le 4/11"],
        ["Infection transmissible (arrêté du 12 juillet 2017)", "Oui — infection à Clostridioides difficile"],
        ["Soins de conservation", "Interdits"],
        ["Mise en bière immédiate", "Oui"],
    ]),
    para("""La défunte était atteinte d'une démence de type Alzheimer évoluée et d'une insuffisance cardiaque.
    Certificat remis à la régie municipale des pompes funèbres pour transmission au maire en vue de
    l'autorisation de crémation. Fait à Lormeval le 4 novembre 2025."""),
]

DOCX_BLOCKS["s053_demande_derogation_delai_rapatriement_famille_demandeuse_asile.docx"] = [
    ("title", "Demande de dérogation au délai d'inhumation — dossier transmis à la préfecture"),
    para("""Bureau des affaires funéraires de Lormeval, le 17 février 2025. Défunt : M. Mohamed Kamara,
    34 ans, de nationalité guinéenne, décédé le 12 février au centre hospitalier de Lormeval d'un cancer
    du foie. Hébergé au centre d'accueil de demandeurs d'asile de la rue des Forges ; sa demande d'asile
    était en cours d'examen devant la Cour nationale du droit d'asile après un rejet de l'OFPRA."""),
    para("""Son épouse, Mme Aminata Kamara, également demandeuse d'asile, et la communauté guinéenne de
    l'Orvanne organisent une collecte pour le rapatriement du corps à Conakry (devis : 5 200 euros). La
    famille sollicite une dérogation au délai de six jours, jusqu'au 28 février, le temps de réunir les
    fonds et d'obtenir le laissez-passer mortuaire du consulat. À défaut, elle demande une inhumation au
    carré musulman de la Combe. Le directeur du CADA appuie la demande. Avis favorable du bureau."""),
]

DOCX_BLOCKS["s054_liste_agents_rqth_amenagements_service_cimetieres.docx"] = [
    ("title", "Service des cimetières — aménagements de postes 2025 (document RH confidentiel)"),
    ("table", [
        ["Agent", "Situation", "Aménagement"],
        ["M. Petitjean", "RQTH depuis 2022 (lombalgies chroniques, hernie discale opérée)",
         "pas de port de charges > 15 kg, exclu du creusement manuel"],
        ["Mme Rossi", "grossesse, retour prévu en janvier après congé maternité",
         "pas d'exhumation ni de produits chimiques jusqu'à la fin de l'allaitement"],
        ["M. Carré", "reprise en mi-temps thérapeutique après CLM",
         "pas de conduite d'engin, suivi par le médecin du travail tous les 2 mois"],
        ["M. Lemoine", "diabète insulinodépendant", "pauses régulières, pas de travail isolé"],
    ]),
    para("""Document établi par le conseiller en prévention pour le chef de service ; ne pas afficher."""),
]

DOCX_BLOCKS["s055_evaluation_conservateur_insuffisance_professionnelle.docx"] = [
    ("title", "Rapport en vue d'un licenciement pour insuffisance professionnelle — M. Gérald Toussaint"),
    para("""M. Gérald Toussaint, agent de maîtrise, conservateur adjoint du cimetière de la Combe depuis
    2019. Depuis deux ans, de nombreuses erreurs ont été relevées : inhumations dans des emplacements non
    concédés (deux cas en 2024, ayant nécessité des exhumations et l'indemnisation d'une famille), plans
    non mis à jour, registres incomplets, refus de suivre les formations proposées. Les entretiens
    professionnels de 2023 et 2024 le classent « insuffisant ». Malgré un plan d'accompagnement de six
    mois et un tutorat, aucune amélioration n'a été constatée. L'autorité territoriale envisage un
    licenciement pour insuffisance professionnelle et saisit la commission administrative paritaire."""),
]

DOCX_BLOCKS["s056_chapitre_livre_reproduit_histoire_cimetieres.docx"] = [
    ("title", "Support de formation — reproduction du chapitre 3 de l'ouvrage « La mort apprivoisée en province »"),
    para("""© Éditions du Val, 2019, tous droits réservés. Reproduction intégrale du chapitre 3 (pages 71 à
    104) pour la formation interne des agents, sans autorisation de l'éditeur."""),
    para("""Chapitre 3 — Le temps des concessions. « Lorsque le décret de prairial an XII ouvre la
    possibilité d'acheter un terrain pour y fonder sa sépulture, il ne se doute pas qu'il ouvre un
    marché. Dans les petites villes, la concession perpétuelle devient un marqueur social : on y lit,
    mieux que dans les registres fiscaux, la hiérarchie des notables… » (suite du chapitre reproduite sur
    32 pages, avec les gravures et photographies de l'ouvrage)."""),
]

DOCX_BLOCKS["s057_lettre_famille_conflit_religion_defunt_apostasie.docx"] = [
    ("title", "Lettre adressée au maire — obsèques de M. Olivier Grandjean"),
    para("""Monsieur le Maire, mon frère Olivier Grandjean est décédé lundi. Notre famille est catholique
    pratiquante mais Olivier avait quitté l'Église il y a vingt ans, il s'était fait débaptiser et il
    était membre de la Libre Pensée de l'Orvanne. Il détestait les curés. Mes parents veulent une messe à
    Saint-Martin et l'enterrer dans le caveau familial avec la croix. Son compagnon, Mathieu, avec qui il
    vivait depuis quinze ans (ils n'étaient pas pacsés, mes parents n'ont jamais accepté qu'il soit
    homosexuel), veut une crémation civile, comme Olivier l'a écrit dans une lettre. Je suis de son côté.
    Que pouvez-vous faire ? Anne Grandjean."""),
]

DOCX_BLOCKS["s058_signalement_enfant_obseques_mere_aide_sociale.docx"] = [
    ("title", "Information préoccupante — transmise à la cellule départementale (CRIP)"),
    para("""Émetteur : bureau des affaires funéraires de Lormeval, le 6 mai 2025. Lors du rendez-vous pour
    les obsèques de Mme Vanessa Morin, décédée d'une overdose le 2 mai, son fils Lenny, 12 ans, est venu
    seul au guichet, envoyé par son beau-père, M. Steve Bardin, qui l'attendait dans la voiture et semblait
    alcoolisé. L'enfant a dit qu'il « s'occupe de ses petites sœurs » (4 et 6 ans) depuis la mort de sa
    mère et qu'il ne va plus au collège. Il portait des vêtements sales et avait une marque au bras.
    Nous transmettons pour évaluation."""),
]

DOCX_BLOCKS["s059_liste_grevistes_fossoyeurs_syndicat.docx"] = [
    ("title", "Préavis de grève du 12 juin — relevé des agents grévistes du service des cimetières"),
    ("table", [
        ["Agent", "Organisation", "Grève"],
        ["S. Hoarau", "CGT (délégué)", "journée"],
        ["M. Petitjean", "CGT", "journée"],
        ["J. Lemoine", "FO", "matin"],
        ["A. Rossi", "non syndiquée", "non gréviste"],
    ]),
    para("""Relevé établi par le chef de service pour la retenue sur traitement et pour anticiper le
    service minimum des inhumations. Ne pas diffuser."""),
]

DOCX_BLOCKS["s060_courrier_veuf_demande_discretion_cause_deces_vih.docx"] = [
    ("title", "Courrier au bureau des affaires funéraires"),
    para("""Madame, mon mari, M. Thierry Galland, est décédé le 19 août. Il était séropositif depuis
    longtemps et c'est une pneumonie liée au VIH qui l'a emporté. Les pompes funèbres m'ont dit que les
    soins de conservation étaient impossibles et qu'il faudrait fermer le cercueil tout de suite. Sa mère,
    qui vient d'Espagne, ne sait rien de sa maladie. Je vous demande de ne rien indiquer à personne, et
    si possible de me confirmer que le certificat ne sera pas montré à la famille. Pascal Galland."""),
]


# --------------------------------------------------------------------------- sovereign .html

_SITES = [
    ("Église Saint-Martin", "catholique", "Lormeval", "niveau 1",
     "patrouilles PM aux offices de Noël et Pâques ; porte latérale sans serrure, signalée au diocèse"),
    ("Temple de la rue Calvin", "protestant", "Lormeval", "niveau 1",
     "pas de vidéoprotection ; clé confiée au sacristain, code alarme partagé avec la pasteure"),
    ("Centre An-Nour, rue Ampère", "musulman", "Lormeval", "niveau 2",
     "porte arrière sans contrôle d'accès (diagnostic avril 2025) ; caméra façade est hors service"),
    ("Synagogue de Valsenne", "israélite", "Valsenne", "niveau 3",
     "garde statique militaire lors des fêtes ; sas d'entrée ; code portail changé chaque mois"),
    ("Cimetière des Tilleuls, division F", "israélite", "Lormeval", "niveau 2",
     "portillon nord : cadenas à code ; angle mort caméra n° 7 côté mur nord"),
    ("Mosquée Al-Fath", "musulman", "Valsenne", "niveau 2",
     "rondes de nuit police nationale ; incendie criminel d'une poubelle en 2023"),
    ("Cathédrale Saint-Étienne", "catholique", "Valsenne", "niveau 2",
     "fouille visuelle des sacs à Noël ; accès toiture par l'échafaudage non sécurisé"),
    ("Église évangélique, avenue de Valsenne", "évangélique", "Lormeval", "niveau 1",
     "rassemblements du dimanche de 300 personnes sur le trottoir, aucune barrière"),
    ("Paroisse orthodoxe Saint-Nicolas", "orthodoxe", "Lormeval", "niveau 1",
     "chapelle de l'ancien hospice, alarme reliée au poste de PM"),
    ("Pagode Linh Son", "bouddhiste", "Chaumerac", "niveau 1", "aucune mesure particulière"),
]


def _sites_rows() -> str:
    rows = []
    for name, cult, town, level, note in _SITES:
        rows.append(f"<tr><td>{name}</td><td>{cult}</td><td>{town}</td><td>{level}</td><td>{note}</td></tr>")
    return "".join(rows)


HTML_PAGES["s061_intranet_prefecture_suivi_securisation_lieux_culte.html"] = (
    "Intranet préfecture — Suivi de la sécurisation des lieux de culte (Diffusion restreinte)",
    html("""<p><strong>DIFFUSION RESTREINTE — Cabinet du préfet, bureau de la sécurité intérieure, en lien
    avec le bureau des cultes.</strong> Page réservée aux agents habilités. Dernière mise à jour : 12 septembre
    2025, avant la période des fêtes de Roch Hachana et de Kippour.</p>
    <h2>1. Niveau de posture</h2>
    <p>Le département est placé en posture « urgence attentat » jusqu'à nouvel ordre. Les lieux de culte sont
    classés en trois niveaux de vigilance, selon l'évaluation conjointe du SDRT, de la DDSP et du groupement
    de gendarmerie. Le classement n'est jamais communiqué aux associations gestionnaires ni aux maires ; il
    détermine la fréquence des patrouilles et l'éventuel engagement de la force Sentinelle.</p>
    <h2>2. Tableau de suivi</h2>
    <table><tr><th>Site</th><th>Culte</th><th>Commune</th><th>Niveau</th><th>Vulnérabilités et mesures</th></tr>
    """) + _sites_rows() + html("""</table>
    <h2>3. Dispositif des fêtes d'automne</h2>
    <p>Synagogue de Valsenne : présence d'un binôme Sentinelle du 22 septembre au 14 octobre, de 8 h à 22 h,
    avec véhicule de police en stationnement rue des Juifs aux heures d'office. Les horaires précis des
    offices ont été communiqués par le président de la communauté et ne doivent figurer sur aucun document
    diffusé. Le parking de la rue du Temple sera neutralisé par des plots béton (services techniques de
    Valsenne, mise en place le 21 septembre à 18 h). Itinéraire d'évacuation : sortie par la cour de l'école
    voisine, dont la clé est détenue par le gardien (contact au PC de la DDSP).</p>
    <p>Carré israélite du cimetière des Tilleuls à Lormeval : après la profanation de novembre 2024, la
    police municipale assure des rondes toutes les deux heures la nuit pendant la période. Le cadenas du
    portillon nord a été remplacé ; le code n'est connu que du conservateur, de la gendarmerie et du
    cabinet du maire. La caméra n° 7 a été réorientée mais le mur nord reste hors champ : un projet
    d'éclairage à détection est à l'étude (financement FIPD 2026).</p>
    <h2>4. Lieux de culte musulmans — période du Mawlid</h2>
    <p>Le centre An-Nour de Lormeval présente des vulnérabilités relevées par le référent sûreté (porte
    arrière, façade est). L'association a déposé une demande de subvention FIPD. Le SDRT signale par
    ailleurs la présence, dans le nouveau bureau de l'association, d'une personne inscrite au FSPRT ; ce
    point n'a pas d'incidence sur le dispositif de protection du lieu, qui vise à protéger les fidèles.
    Les menaces en ligne visant la mosquée Al-Fath de Valsenne (messages haineux sur un réseau social en
    juillet) ont donné lieu à une plainte et à une enquête confiée à la sûreté départementale ; l'auteur
    présumé, un homme de 41 ans domicilié à Chaumerac, déjà condamné pour provocation à la haine, a été
    identifié.</p>
    <h2>5. Contacts opérationnels</h2>
    <p>PC de la DDSP : ligne directe réservée 03 84 11 77 70 (ne pas communiquer au public). Officier de
    permanence de la gendarmerie : 03 84 11 80 17. Astreinte du cabinet : 06 30 45 11 20. Messagerie
    chiffrée : canal « Cultes-Orvanne » sur l'outil ministériel. Mot de passe de la salle de crise
    (visioconférence) : communiqué par SMS au moment de l'activation.</p>
    <h2>6. Consignes</h2>
    <p>Toute information relative à une menace doit être remontée sans délai au cabinet. Les éléments de
    cette page ne peuvent être transmis par messagerie non sécurisée, ni imprimés hors du bureau du
    cabinet. Les comptes rendus de réunions avec les représentants des cultes ne doivent pas mentionner
    le niveau de vigilance attribué à leur lieu de culte.</p>
    <h2>7. Historique des incidents 2024-2025</h2>
    <ul><li>1er novembre 2024 : profanation du carré israélite de Lormeval (trois stèles renversées,
    inscriptions antisémites) ; deux auteurs identifiés, dont un mineur.</li>
    <li>23 mars 2025 : tentative d'effraction de la sacristie de l'église Saint-Martin ; vol d'un calice
    (retrouvé).</li><li>14 juillet 2025 : messages de menaces contre la mosquée Al-Fath.</li>
    <li>2 août 2025 : tags sur la façade du temple de la rue Calvin.</li></ul>
    <p>Responsable de la page : directeur de cabinet adjoint. Toute reproduction est interdite.</p>"""),
)

HTML_PAGES["s062_portail_ccas_dossier_aide_obseques_famille.html"] = (
    "Portail métier CCAS — Dossier n° AS-2025-0872 — aide aux frais d'obsèques",
    html("""<h1>Dossier AS-2025-0872</h1>
    <p><strong>Demandeur :</strong> Mme Sabrina Leclercq, née le 3 mai 1987, 9 rue des Tanneurs, appt 12,
    Lormeval. <strong>Défunt :</strong> M. Kevin Leclercq, son fils, né le 12 août 2006, décédé le
    4 octobre 2025. <strong>Travailleuse sociale référente :</strong> Mme Émilie Garcia.</p>
    <h2>Composition du foyer</h2>
    <table><tr><th>Personne</th><th>Lien</th><th>Situation</th></tr>
    <tr><td>Sabrina Leclercq</td><td>demandeuse</td><td>mère isolée, sans emploi, RSA</td></tr>
    <tr><td>Léa Leclercq, 14 ans</td><td>fille</td><td>collégienne, suivie par l'ASE (AEMO)</td></tr>
    <tr><td>Noam Leclercq, 6 ans</td><td>fils</td><td>scolarisé, reconnu MDPH (troubles autistiques)</td></tr>
    </table>
    <h2>Ressources et charges mensuelles</h2>
    <table><tr><th>Ressources</th><th>Montant</th></tr>
    <tr><td>RSA majoré</td><td>982 €</td></tr><tr><td>Allocations familiales et AEEH</td><td>486 €</td></tr>
    <tr><td>Pension alimentaire (non versée depuis mars)</td><td>0 €</td></tr>
    <tr><td>APL</td><td>412 €</td></tr></table>
    <table><tr><th>Charges</th><th>Montant</th></tr>
    <tr><td>Loyer</td><td>590 €</td></tr><tr><td>Énergie</td><td>140 €</td></tr>
    <tr><td>Remboursement plan de surendettement</td><td>75 €</td></tr>
    <tr><td>Dette de cantine</td><td>échéancier 30 €</td></tr></table>
    <h2>Évaluation sociale</h2>
    <p>Kevin, 19 ans, est décédé le 4 octobre dans un accident de scooter sur la route de Valsenne. Selon
    la mère, il était « sorti de prison en juin » (il avait exécuté une peine de six mois à la maison
    d'arrêt de Valsenne pour des vols) et « essayait de s'en sortir » avec une formation en mécanique.
    L'enquête de gendarmerie est en cours ; les analyses auraient mis en évidence la présence de cannabis.
    Le conducteur du véhicule impliqué, un tiers, n'est pas en cause selon les premiers éléments.</p>
    <p>Mme Leclercq est très affectée ; elle a été vue par son médecin traitant et bénéficie d'un arrêt
    de ses démarches d'insertion. Elle est séparée du père des enfants depuis 2019, après des violences
    conjugales ayant donné lieu à une condamnation de celui-ci ; il n'a pas été informé du décès par la
    mère, qui ne veut pas qu'il vienne aux obsèques. La juge aux affaires familiales lui a retiré l'exercice
    du droit de visite en 2021. Le service demande à la mairie de ne pas lui communiquer la date des
    obsèques s'il se présente.</p>
    <p>La fille aînée, Léa, suivie en assistance éducative en milieu ouvert depuis 2023 pour absentéisme
    scolaire et mise en danger, a fugué deux jours après l'annonce du décès ; elle a été retrouvée chez
    une amie. L'éducatrice de l'AEMO, Mme Perrot, a été informée.</p>
    <h2>Devis d'obsèques</h2>
    <p>Devis de la régie municipale : 3 180 € (inhumation en concession de 15 ans au cimetière de la
    Combe, cercueil, cérémonie civile au funérarium). Capital décès : néant (le défunt n'avait pas de droits
    ouverts). Assurance scolaire/formation : en cours de vérification.</p>
    <h2>Proposition</h2>
    <p>Aide exceptionnelle du CCAS : 1 000 € (plafond). Sollicitation de la CAF (aide aux familles en
    deuil) : 600 €. Reste à charge : 1 580 €, à échelonner avec la régie (accord de principe du
    directeur). Demande complémentaire au Secours populaire. Orientation vers le groupe de parole
    « Parents endeuillés » de Jalmalv.</p>
    <h2>Historique</h2>
    <ul><li>06/10/2025 — premier entretien au CCAS, accueil en urgence.</li>
    <li>07/10/2025 — contact avec la régie PF, devis transmis.</li>
    <li>08/10/2025 — passage en commission permanente, aide accordée.</li>
    <li>10/10/2025 — obsèques, présence de la travailleuse sociale.</li>
    <li>14/10/2025 — appel de la CPE du collège : Léa n'est pas revenue en cours depuis les obsèques ;
    information transmise à l'éducatrice de l'AEMO.</li>
    <li>20/10/2025 — le père des enfants s'est présenté à l'accueil du CCAS pour connaître le lieu de
    sépulture de son fils ; l'agent d'accueil a refusé de répondre, conformément à la consigne ; il a
    tenu des propos menaçants à l'égard de Mme Leclercq. Main courante déposée par le CCAS au commissariat.
    Mme Leclercq a été informée et orientée vers l'association d'aide aux victimes pour une nouvelle
    demande d'ordonnance de protection.</li>
    <li>03/11/2025 — échéancier signé avec la régie (12 mensualités de 131,66 €). Demande au Secours
    populaire : accord pour 300 €, reste à charge ramené à 1 280 €.</li></ul>
    <h2>Note de la référente</h2>
    <p>Mme Leclercq évoque des idées noires depuis le décès ; elle a accepté un rendez-vous au centre
    médico-psychologique. Vigilance sur la situation des enfants ; point avec l'ASE prévu le 15 novembre.
    Ne pas communiquer d'information sur ce dossier au père, y compris par téléphone. Dossier à revoir en
    commission de suivi le 1er décembre.</p>
    <p><em>Données protégées — accès limité aux agents habilités du CCAS.</em></p>"""),
)

HTML_PAGES["s063_extranet_delegataire_reclamation_inversion_urnes.html"] = (
    "Extranet SIFVO — Réclamation n° 2025-014 — inversion d'urnes",
    html("""<h1>Réclamation 2025-014 — traitement confidentiel</h1>
    <p>Espace réservé au syndicat intercommunal et au délégataire Crémalia Services. Statut : en cours.</p>
    <h2>Résumé</h2>
    <p>Le 19 août 2025, deux crémations ont été réalisées successivement sur la ligne 2 : celle de
    M. Lucien Dorval, 88 ans, et celle de Mme Paulette Viguier, 92 ans. Les urnes ont été remises le
    21 août aux familles respectives. Le 3 septembre, la fille de Mme Viguier, Mme Martine Viguier, a
    constaté, en lisant la plaque de l'urne avant son scellement dans le columbarium de la Combe, qu'elle
    portait le nom de M. Dorval. L'urne de Mme Viguier avait été remise à la famille Dorval, qui en avait
    dispersé le contenu en pleine nature, au bord de l'Aronde, le 30 août.</p>
    <h2>Analyse interne du délégataire</h2>
    <p>L'erreur provient de l'inversion des plaques d'identification au moment du transfert des cendres
    dans les urnes, réalisé par un agent intérimaire, M. Jordan Fayolle, en poste depuis trois jours, seul
    en fin de journée en raison de l'absence non remplacée de la titulaire (arrêt maladie). La procédure de
    double vérification n'a pas été appliquée. Le délégataire reconnaît une faute de sa part. L'agent
    intérimaire n'a pas été reconduit.</p>
    <h2>Situation des familles</h2>
    <p>Mme Viguier a déposé plainte pour atteinte au respect dû aux morts et a pris un avocat. Elle a fait
    savoir qu'elle était suivie par un psychiatre depuis les faits et qu'elle avait dû interrompre son
    activité professionnelle. La famille Dorval, informée le 5 septembre, a été reçue par le directeur ;
    l'épouse de M. Dorval, 86 ans, n'a pas été informée sur décision de ses enfants, en raison de son
    état de santé (elle est hospitalisée en soins palliatifs).</p>
    <h2>Propositions de règlement amiable</h2>
    <p>Le délégataire propose à Mme Viguier une indemnisation de 15 000 euros, le remboursement intégral de
    la crémation et des frais de columbarium, et la prise en charge d'une plaque commémorative au jardin du
    souvenir. L'assureur du délégataire a donné son accord jusqu'à 25 000 euros ; ce plafond ne doit pas
    être communiqué à l'avocat de la famille. La famille Dorval se verrait proposer 5 000 euros.</p>
    <h2>Position du SIFVO</h2>
    <p>Le président du syndicat demande un plan d'action sous quinze jours (double vérification,
    traçabilité par code-barres, interdiction du travail isolé des intérimaires) et se réserve la
    possibilité d'appliquer la pénalité contractuelle de 10 000 euros. La communication à la presse est
    exclue tant que la procédure pénale est en cours ; en cas de question, le syndicat répondra qu'un
    « incident » fait l'objet d'une enquête.</p>
    <h2>Chronologie détaillée</h2>
    <ul><li>19 août, 14 h 05 : crémation de M. Dorval, ligne 2 (cercueil chêne, cérémonie civile
    préalable, 35 personnes).</li><li>19 août, 16 h 20 : crémation de Mme Viguier, ligne 2 (cérémonie
    religieuse célébrée à l'église de Chaumerac le matin).</li><li>19 août, 18 h 10 : mise en urne des deux
    crémations par l'agent intérimaire, seul ; les plaques gravées avaient été préparées le matin et
    déposées sur le même plateau.</li><li>21 août : remise des urnes aux deux familles, par une autre
    agente, sans vérification du numéro de crémation gravé sous l'urne.</li><li>30 août : dispersion par la
    famille Dorval au bord de l'Aronde, déclarée à la mairie de naissance du défunt.</li><li>3 septembre :
    constat par Mme Viguier au columbarium de la Combe, en présence du conservateur de Lormeval.</li>
    <li>4 septembre : courrier recommandé de Mme Viguier ; information du président du SIFVO.</li>
    <li>5 septembre : information de la famille Dorval ; restitution de l'urne portant le nom de
    M. Dorval.</li></ul>
    <h2>Échanges avec l'avocat de Mme Viguier</h2>
    <p>Me Carrel a indiqué au délégataire que sa cliente n'accepterait aucune proposition inférieure à
    30 000 euros et envisageait une action au civil en parallèle de la plainte. Elle a communiqué un
    certificat du psychiatre faisant état d'un syndrome de stress post-traumatique et d'un traitement
    antidépresseur. Le délégataire a demandé à son assureur une réévaluation de son mandat.</p>
    <h2>Pièces</h2>
    <ul><li>Courrier de Mme Viguier du 4 septembre 2025</li><li>Registre de crémation du 19 août</li>
    <li>Rapport d'incident du directeur de site</li><li>Projet de protocole transactionnel</li></ul>"""),
)

HTML_PAGES["s064_revue_presse_intranet_enquete_magazine_reproduite.html"] = (
    "Intranet — Revue de presse du cabinet — « Le business de la mort en Orvanne »",
    html("""<p class="source">Reproduction intégrale pour la revue de presse interne. Article paru dans
    <em>L'Hebdo de l'Orvanne</em>, n° 1487, 16 octobre 2025, pages 12 à 17. © L'Hebdo de l'Orvanne —
    tous droits réservés ; texte de Claire Besnard, photographies de Marc Olivetti. Abonnement
    institutionnel ne couvrant pas la rediffusion.</p>
    <h1>Pompes funèbres : enquête sur un marché sous tension</h1>
    <p><strong>Devis opaques, prix qui s'envolent, concurrence entre la régie municipale et les grands
    groupes : à Lormeval comme ailleurs dans le département, mourir coûte de plus en plus cher. Notre
    enquête.</strong></p>
    <p>Il a fallu trois devis à Annick pour enterrer sa mère. « Le premier était à 5 800 euros, le
    troisième à 3 400. Pour les mêmes prestations, à quelques détails près. » Comme elle, des milliers
    de familles découvrent chaque année, dans l'urgence et le chagrin, un marché qu'elles ne connaissent
    pas. En Orvanne, vingt-sept opérateurs sont habilités par la préfecture. Trois d'entre eux réalisent
    plus de la moitié des obsèques du département.</p>
    <p>À Lormeval, la situation est singulière : la ville a conservé une régie municipale des pompes
    funèbres, l'une des dernières du département. « Nous ne sommes pas là pour faire du profit, mais pour
    garantir un prix juste », explique son directeur. Ses tarifs sont en moyenne 12 % inférieurs à ceux
    des entreprises privées, selon notre comparaison des devis-types publiés sur le site de la ville.
    Mais la régie a perdu des parts de marché depuis l'arrivée d'une enseigne nationale sur la zone
    commerciale, qui mise sur le marketing et les contrats obsèques.</p>
    <p>Les professionnels du secteur, eux, pointent la hausse des coûts. « Le prix d'un cercueil a
    augmenté de 30 % en trois ans, le granit de 20 %, l'énergie a flambé », détaille le président de la
    chambre syndicale départementale. Il réfute toute « marge indécente » : « Nos entreprises sont
    familiales, elles emploient des gens du coin. »</p>
    <h2>Le crématorium, maillon stratégique</h2>
    <p>Avec un taux de crémation qui dépasse désormais 40 %, le crématorium intercommunal est devenu un
    enjeu majeur. Sa délégation, qui arrive à échéance fin 2026, suscite les convoitises. Deux groupes
    sont sur les rangs. Les délais d'attente, qui ont atteint neuf jours l'hiver dernier, ont suscité la
    colère de familles. « On nous a dit d'attendre, comme si c'était normal », témoigne un habitant de
    Chaumerac.</p>
    <h2>Les oubliés</h2>
    <p>Reste la question des plus démunis. À Lormeval, la commune a pris en charge vingt-trois obsèques
    l'an dernier. Le collectif Les Morts de la rue accompagne ces défunts sans proches. « Chaque nom lu
    au cimetière, c'est une vie qui a compté », confie l'un de ses bénévoles. Une cérémonie annuelle leur
    est consacrée en novembre.</p>
    <h2>Ce que dit la loi</h2>
    <p>Depuis 2010, chaque opérateur doit établir un devis selon un modèle national. Depuis 2022, les
    devis-types doivent être publiés sur le site des communes de plus de 5 000 habitants. Notre enquête
    montre que seules quatre des neuf communes concernées du département respectent cette obligation.</p>
    <h2>Cinq conseils pour comparer les devis</h2>
    <p>1. Exigez le devis au modèle réglementaire, qui sépare les prestations obligatoires des options.
    2. Comparez au moins deux devis : la loi vous y autorise et les écarts dépassent souvent 30 %.
    3. Méfiez-vous des « packs » qui regroupent des options dont vous n'avez pas besoin, comme les soins
    de conservation lorsque la mise en bière intervient rapidement. 4. Vérifiez ce qui relève des frais
    avancés pour votre compte (taxes municipales, vacations, honoraires du ministre du culte). 5. Consultez
    les devis-types publiés sur le site de votre mairie avant même le premier rendez-vous.</p>
    <h2>Contrats obsèques : attention aux pièges</h2>
    <p>Près d'un Français sur quatre de plus de 65 ans a souscrit un contrat obsèques. Il en existe deux
    sortes : les contrats en capital, qui versent une somme aux bénéficiaires, et les contrats en
    prestations, qui prévoient le détail des obsèques avec un opérateur désigné. « Le problème, c'est que
    beaucoup de familles ignorent l'existence du contrat au moment du décès », explique une conseillère
    d'une association de consommateurs. Depuis 2016, un fichier national permet d'en rechercher
    l'existence. Autre écueil : les cotisations versées sur de longues années peuvent dépasser le coût
    réel des obsèques. Notre enquête a recensé des contrats dont le total des primes atteignait le double
    du capital garanti.</p>
    <p>[Les quatre photographies de l'article — le cimetière des Tilleuls à l'aube, le four de la ligne 2
    du crématorium, une salle de présentation de la régie, le jardin du souvenir — sont reproduites dans
    la version PDF de la revue de presse.]</p>
    <p class="note">Revue de presse à usage interne du cabinet — ne pas transférer à l'extérieur.</p>"""),
)

HTML_PAGES["s065_messagerie_interne_code_coffre_urnes.html"] = (
    "Messagerie interne — consignes coffre des urnes",
    html("""<p><strong>De :</strong> directeur de site, crématorium du Val d'Orvanne<br><strong>À :</strong>
    équipe d'accueil</p><p>Suite au cambriolage de mars, le nouveau code du coffre des urnes en attente
    (salle U2) est 8-3-0-6-1. La clé de secours est dans le tiroir fermé du bureau, la clé du tiroir sur
    mon trousseau. Code alarme zone 4 : 7741. Merci de ne jamais noter ces codes sur papier.</p>"""),
)

HTML_PAGES["s066_fiche_usager_demande_carre_confessionnel_conversion.html"] = (
    "Logiciel cimetières — fiche demande n° 2025-0419",
    html("""<p><strong>Demandeur :</strong> M. Loïc Hervé, 11 rue des Acacias.</p><p><strong>Objet :</strong>
    inhumation de son épouse, Mme Rachel Hervé née Sebbag, décédée le 8 juin. Observation de l'agent :
    le mari indique que son épouse, d'origine juive par sa mère, s'était convertie au catholicisme lors de
    leur mariage mais était « revenue vers le judaïsme » à la fin de sa vie ; il souhaite l'inhumer au
    carré israélite, ce que conteste le frère de la défunte. Il précise que sa femme était suivie depuis
    deux ans pour une sclérose en plaques.</p>"""),
)

HTML_PAGES["s067_webmail_elu_demande_passe_droit_concession.html"] = (
    "Webmail — RE: emplacement au carré militaire",
    html("""<p>De : Patrick Rolland, adjoint aux travaux<br>À : Olivier Pichon</p><p>Olivier, mon beau-père
    est au plus mal (cancer du poumon, il est à l'USP, on parle de jours). Il était ancien combattant
    d'Algérie et voudrait être enterré au carré militaire des Tilleuls alors que ce n'est pas prévu pour
    lui. Tu peux me trouver une place discrètement ? Je te revaudrai ça. Patrick</p>"""),
)

HTML_PAGES["s068_compte_rendu_reunion_securite_ceremonie_obseques_policier.html"] = (
    "Réunion de préparation — obsèques du brigadier Yann Morvan",
    html("""<p><strong>Confidentiel — ne pas diffuser.</strong> Obsèques du brigadier de police Yann Morvan,
    tué en service le 4 avril. Cérémonie le 10 avril à 10 h à Saint-Martin, inhumation aux Tilleuls.
    Présence annoncée du ministre de l'intérieur. Itinéraire du cortège officiel : rue de la République,
    rue des Acacias, entrée par le portail des Lilas. Tireurs d'élite sur les toits de la médiathèque et
    de l'école ; fermeture du cimetière au public de 8 h à 14 h ; brouillage des drones. La veuve et les
    deux enfants seront accueillis par l'entrée de service ; le fils aîné, 15 ans, est suivi par la cellule
    psychologique.</p>"""),
)

HTML_PAGES["s069_tableau_recouvrement_obligation_alimentaire_enfants.html"] = (
    "Tableau de suivi — recours contre les obligés alimentaires 2025",
    html("""<table><tr><th>Défunt</th><th>Obligé</th><th>Situation</th><th>Suite</th></tr>
    <tr><td>G. Sarrazin</td><td>Océane Lebrun (fille)</td><td>invoque les violences subies dans
    l'enfance (père condamné)</td><td>recours abandonné</td></tr>
    <tr><td>R. Delattre</td><td>Kevin Delattre (fils)</td><td>salarié, 2 100 €/mois</td><td>titre 1 180 €
    émis</td></tr><tr><td>M. Fournel</td><td>Sandra Fournel (fille)</td><td>au RSA, 3 enfants,
    surendettement</td><td>exonérée</td></tr></table>"""),
)

HTML_PAGES["s070_chat_service_public_question_personnelle_deuil_suicide.html"] = (
    "Messagerie du site — conversation n° 4471",
    html("""<p><strong>Usager :</strong> bonjour, mon mari s'est suicidé la semaine dernière, je suis
    enceinte de 5 mois et je n'arrive pas à faire les papiers. Est-ce qu'on peut mettre sa plaque plus
    tard ? Et est-ce que l'assurance paie quand c'est un suicide ? — Mme Aurélie Bertin</p>
    <p><strong>Agent :</strong> Madame Bertin, toutes nos condoléances. Oui, la plaque peut être posée
    plus tard. Pour l'assurance, je vous invite à contacter la CPAM et l'assureur ; je vous transmets
    aussi le contact de l'association SOS Suicide Phénix et du CCAS.</p>"""),
)

HTML_PAGES["s071_fiche_agent_chambre_funeraire_casier_judiciaire.html"] = (
    "Dossier de recrutement — porteur vacataire",
    html("""<p>Candidat : M. Dylan Fortin, 24 ans. Bulletin n° 2 du casier judiciaire demandé pour le poste
    (habilitation funéraire) : une condamnation en 2022 à 4 mois avec sursis pour usage et détention de
    stupéfiants. Avis du chef de régie : recrutement possible, la condamnation n'étant pas incompatible
    avec les fonctions ; en parler franchement avec l'intéressé lors de l'entretien.</p>"""),
)

HTML_PAGES["s072_offre_marbrier_sous_traitance_prix_revient.html"] = (
    "Espace fournisseurs — réponse de la marbrerie Ortiz à la consultation caveaux",
    html("""<p>Document joint à l'offre, confidentiel. Prix de revient d'un caveau 2 places préfabriqué :
    béton 310 €, ferraillage 95 €, main-d'œuvre 14 h à 34 € = 476 €, transport 120 €, marge 18 %.
    Notre fournisseur italien nous consent une remise de 27 % sur les dalles, en échange d'une
    exclusivité régionale que nous vous demandons de ne pas révéler. Prix proposé : 1 290 € HT.</p>"""),
)

HTML_PAGES["s073_formulaire_rempli_demande_exhumation_divorce.html"] = (
    "Formulaire en ligne — demande d'exhumation (rempli)",
    html("""<p>Nom : Mme Corinne Fabre — Défunt : M. Alain Fabre (ex-époux) — Lien : ex-épouse, mère de
    ses enfants mineurs (Théo, 9 ans et Clara, 11 ans), dont elle a la garde exclusive depuis le jugement
    de divorce de 2020. Motif : transfert au caveau de ma famille à Dijon pour que les enfants puissent
    se recueillir ; la famille du défunt refuse, « ils n'ont jamais accepté notre divorce et ne voient
    plus les enfants depuis que le juge a supprimé le droit de visite des grands-parents ».</p>"""),
)

HTML_PAGES["s074_note_cabinet_rumeur_elu_obseques_religieuses.html"] = (
    "Note du cabinet — obsèques de la mère de l'adjointe",
    html("""<p>Mme Leïla Bensaïd, adjointe, nous a demandé de ne pas communiquer sur les obsèques de sa mère,
    qui auront lieu selon le rite musulman au carré de la Combe : elle ne souhaite pas que sa pratique
    religieuse, qu'elle tient à garder privée, soit exposée avant les municipales, où elle sera tête de
    liste. Aucun communiqué, pas de présence officielle du maire en écharpe.</p>"""),
)

HTML_PAGES["s075_tableau_suivi_urnes_non_reclamees_familles.html"] = (
    "Suivi des urnes non réclamées — relances 2025",
    html("""<table><tr><th>Défunt</th><th>Contact</th><th>Commentaire</th></tr>
    <tr><td>J. Perrot</td><td>fils</td><td>ne veut pas récupérer l'urne, « mon père m'a battu toute mon
    enfance »</td></tr><tr><td>M. Legrand</td><td>nièce</td><td>en hôpital psychiatrique, tuteur
    injoignable</td></tr><tr><td>S. Antoine</td><td>épouse</td><td>expulsée de son logement, vit chez sa
    sœur, viendra en décembre</td></tr></table>"""),
)


# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_activite_service_cimetieres_2024.docx"] = [
    ("title", "Ville de Lormeval — Rapport d'activité 2024 du service des cimetières et des affaires funéraires"),
    para("""Rapport présenté au conseil municipal du 26 juin 2025 et publié sur le site de la ville. Il
    rassemble l'activité du bureau des affaires funéraires (état civil), du service des cimetières
    (conservation, entretien, travaux) et de la régie municipale des pompes funèbres."""),
    ("h", "1. Chiffres clés"),
    ("table", [
        ["Indicateur", "2022", "2023", "2024"],
        ["Décès enregistrés sur la commune", "401", "398", "412"],
        ["Inhumations dans les cimetières communaux", "244", "236", "231"],
        ["Dépôts d'urnes et dispersions (site cinéraire)", "151", "168", "187"],
        ["Concessions délivrées", "142", "139", "151"],
        ["Concessions renouvelées", "88", "97", "103"],
        ["Exhumations autorisées", "49", "52", "57"],
        ["Obsèques prises en charge par la commune", "17", "19", "23"],
        ["Dérogations au délai demandées au préfet", "36", "41", "44"],
        ["Transports de corps à l'étranger", "14", "16", "19"],
    ]),
    ("h", "2. Le bureau des affaires funéraires"),
    para("""Le bureau compte quatre agents (3,8 équivalents temps plein). Il reçoit les déclarations de
    décès, délivre les autorisations (fermeture de cercueil, crémation, transport, exhumation), gère les
    concessions et instruit les dossiers d'obsèques prises en charge par la commune. En 2024, il a accueilli
    environ 2 900 personnes au guichet et traité 6 400 appels. La permanence du samedi matin a été
    pérennisée. Le délai moyen de délivrance d'une autorisation de crémation est de 1 h 40 après réception
    du dossier complet."""),
    para("""L'année a été marquée par une charge émotionnelle importante pour les agents, confrontés à des
    situations difficiles (décès d'enfants, conflits familiaux, personnes isolées). Une supervision
    trimestrielle par une psychologue a été mise en place. Le taux d'absentéisme du bureau s'établit à
    7,9 %, contre 5,2 % pour l'ensemble des services de la ville.
    Une formation « accueil des personnes endeuillées » a été suivie par tous les agents."""),
    ("h", "3. Les cimetières"),
    para("""Cimetière des Tilleuls (3,2 ha, 3 800 sépultures) : plus aucun emplacement nouveau n'est
    disponible, les inhumations ont lieu dans les sépultures existantes. La procédure de reprise des
    concessions en état d'abandon engagée en 2023 (64 concessions de la division C) se poursuit ; le
    second constat aura lieu en mai 2026. L'inventaire du patrimoine funéraire a identifié 146 sépultures
    remarquables, qui seront protégées. Le carré israélite (division F) a été restauré après la
    profanation du 1er novembre 2024 (coût : 14 800 euros, dont 6 000 euros de la Fondation pour la
    mémoire de la Shoah)."""),
    para("""Cimetière paysager de la Combe (6,8 ha, 2 100 sépultures) : il accueille 88 % des nouvelles
    inhumations. Les travaux de la tranche 2 ont commencé en septembre 2024 (420 emplacements). Les
    regroupements confessionnels prévus par le règlement comptent 188 sépultures dans les divisions 11 et
    12 et 9 dans la division 14. Le rythme des demandes dans les divisions 11 et 12 (environ 25 par an)
    conduira à leur saturation en 2027, d'où la division supplémentaire prévue dans la tranche 2."""),
    para("""Cimetière de Saint-Éloi (0,4 ha) : 4 inhumations en 2024. Réfection du mur d'enceinte."""),
    ("h", "4. Le site cinéraire et la crémation"),
    para("""La part de la crémation continue de progresser : 44 % des défunts lormevalais en 2024, contre
    41 % en 2023 et 31 % en 2014. Le site cinéraire de la Combe compte 240 cases de columbarium (dont 198
    occupées), 120 cavurnes (dont 87 occupées) et un jardin du souvenir, rénové en avril 2025. 96
    dispersions y ont été réalisées en 2024. Le mur mémorial compte 312 noms."""),
    ("table", [
        ["Destination des cendres (défunts lormevalais)", "Nombre", "Part"],
        ["Inhumation en sépulture ou cavurne", "54", "29 %"],
        ["Dépôt en columbarium", "31", "17 %"],
        ["Dispersion au jardin du souvenir de la Combe", "96", "51 %"],
        ["Dispersion en pleine nature (déclarée)", "6", "3 %"],
    ]),
    ("h", "5. Les obsèques prises en charge par la commune"),
    para("""La commune a pris en charge les obsèques de 23 personnes dépourvues de ressources suffisantes
    (19 en 2023). Il s'agit de 19 hommes et 4 femmes, âgés de 38 à 94 ans (âge moyen : 67 ans) ; 8
    n'avaient pas de domicile stable, 11 vivaient seuls à leur domicile, 4 résidaient en établissement.
    Pour 14 d'entre eux, aucun proche n'a pu être identifié ; pour 9, les proches identifiés n'étaient
    pas en mesure de financer les obsèques. Toutes les obsèques ont donné lieu à une inhumation
    individuelle en terrain commun au cimetière de la Combe (division 9), avec plaque nominative ; deux
    crémations ont été réalisées conformément à la volonté connue des défunts. Une cérémonie religieuse a
    été célébrée pour 6 défunts dont les convictions étaient connues. Le collectif Les Morts de la rue a
    accompagné 17 de ces obsèques. Coût total : 27 400 euros ; recouvrements auprès des obligés
    alimentaires : 7 200 euros."""),
    ("h", "6. La régie municipale des pompes funèbres"),
    para("""La régie a organisé 318 obsèques en 2024 (parts de marché estimées sur la commune : 38 %). Son
    chiffre d'affaires s'établit à 742 000 euros TTC, pour un résultat d'exploitation à l'équilibre.
    Effectif : 9 agents. La chambre funéraire municipale, rénovée, a rouvert en juin 2025 avec un espace
    adapté aux toilettes rituelles. Le taux de satisfaction des familles (questionnaire remis après les
    obsèques, 164 réponses) est de 96 %. En 2024, un incident grave a conduit à une procédure
    disciplinaire à l'encontre d'un agent ; la régie a renforcé ses procédures d'inventaire des effets
    personnels des défunts (double signature, photographies)."""),
    ("h", "7. Ressources humaines du service des cimetières"),
    para("""Le service compte 11 agents : un conservateur, un conservateur adjoint, trois fossoyeurs, quatre
    agents d'entretien, deux agents d'accueil. Trois accidents de service ont été déclarés (chute dans une
    fosse, lombalgie, coupure), représentant 41 jours d'arrêt. Deux agents bénéficient d'un aménagement de
    poste. La journée de grève du 12 juin a été suivie par trois agents ; le service minimum des
    inhumations a été assuré."""),
    ("h", "8. Budget"),
    ("table", [
        ["Poste (en euros)", "Dépenses", "Recettes"],
        ["Fonctionnement des cimetières", "612 000", ""],
        ["Concessions et taxes funéraires", "", "298 400"],
        ["Obsèques prises en charge", "27 400", "7 200"],
        ["Investissement (tranche 2 de la Combe)", "1 240 000", "310 000 (subventions)"],
        ["Restauration du carré israélite", "14 800", "6 000"],
    ]),
    ("h", "9. Perspectives 2025-2026"),
    para("""Livraison de la tranche 2 de la Combe ; second constat d'abandon aux Tilleuls ; parcours
    patrimonial ; dématérialisation des demandes de concession ; nouveau marché de prestations funéraires
    pour les obsèques prises en charge par la commune ; participation de la commune aux travaux du
    syndicat intercommunal sur le renouvellement de la délégation du crématorium ; poursuite du dialogue
    avec les représentants des cultes au sein de la commission extra-municipale des cimetières."""),
    para("""Rapport établi par Nadège Ferrand, responsable du bureau des affaires funéraires, et Marc
    Lemaire, chef du service des cimetières, sous l'autorité de Catherine Mallet, adjointe au maire."""),
]

DOCX_BLOCKS["p122_proces_verbal_conseil_debat_extension_carre_confessionnel.docx"] = [
    ("title", "Procès-verbal de la séance du conseil municipal du 27 mars 2025 — extrait, point n° 9"),
    para("""Point n° 9 — Cimetière paysager de la Combe : approbation de l'avant-projet de la tranche 2 et
    du plan d'aménagement des divisions. Rapporteure : Mme Catherine Mallet, adjointe déléguée."""),
    para("""Mme Mallet présente l'avant-projet : 420 emplacements sur 1,9 hectare, dont une division de 90
    emplacements orientés, destinée à permettre, à la demande des familles, le regroupement de sépultures
    selon les usages de la religion musulmane, les divisions 11 et 12 devant être saturées en 2027. Le coût
    est estimé à 1,55 million d'euros HT. Elle rappelle que le règlement des cimetières, adopté en décembre,
    prévoit que le choix d'un tel emplacement relève de la seule volonté du défunt ou de sa famille, sans
    justificatif."""),
    para("""M. Denis Garrigue (non inscrit) : « Je l'ai déjà dit : je suis opposé à toute forme de
    séparatisme dans la mort. Le cimetière est un lieu républicain. Les carrés confessionnels n'ont aucune
    base légale, la loi de 1881 les a supprimés. Je voterai contre. »"""),
    para("""Mme Samia Khelifi (Lormeval Autrement) : « Ce n'est pas du séparatisme, c'est du respect. Les
    familles demandent à pouvoir enterrer leurs proches selon leurs rites, ici, à Lormeval, où ils ont
    vécu, plutôt que de rapatrier les corps à grands frais. C'est un signe d'enracinement. Le carré
    israélite des Tilleuls existe depuis 1881 et personne n'y trouve à redire. »"""),
    para("""M. Gilles Fabre (Lormeval Autrement) soutient le projet mais s'interroge sur le coût et demande
    s'il a été envisagé de densifier les Tilleuls par des reprises. M. Lemaire, chef de service, présent à
    la demande du maire, indique que la reprise des 64 concessions de la division C libérera au mieux une
    quarantaine d'emplacements à partir de 2027."""),
    para("""Mme Odile Perrin (majorité) rappelle que le Conseil d'État admet ces regroupements dès lors
    qu'ils ne sont pas matérialisés par une séparation et que le maire ne contrôle pas les convictions.
    Elle ajoute que la commission extra-municipale, où siègent les représentants de tous les cultes et
    les associations laïques, a donné un avis favorable."""),
    para("""M. Jacques Pons (majorité) : « En tant qu'ancien président de l'association départementale de la
    Libre Pensée, je tiens à dire que je voterai pour : la laïcité, c'est la liberté de conscience, y
    compris dans la mort. Ce qui compte, c'est que les divisions restent ouvertes à tous. »"""),
    para("""Le maire, M. Bernard Chaillou, conclut que la commune applique le droit et les recommandations
    ministérielles, qu'aucune clôture ne sera installée et que chaque habitant, croyant ou non, aura sa
    place dans les cimetières de Lormeval. Il précise que le projet a été présenté au préfet et au bureau
    des cultes, qui n'ont formulé aucune observation."""),
    ("table", [
        ["Vote", "Nombre", "Noms"],
        ["Pour", "30", "majorité et groupe Lormeval Autrement"],
        ["Contre", "1", "M. Garrigue"],
        ["Abstention", "2", "Mme Pons (Annie), M. Roux"],
    ]),
    para("""Le conseil municipal approuve l'avant-projet et autorise le maire à solliciter les subventions de
    l'État (dotation de soutien à l'investissement local) et du département."""),
    para("""Point n° 10 — Subvention au Souvenir français. M. Raymond Giraud, président du comité local,
    présent dans le public, est remercié par le maire pour l'entretien des 41 tombes de soldats morts pour
    la France du carré militaire des Tilleuls, parmi lesquelles celles de six soldats musulmans venus
    d'Algérie et du Sénégal, décédés à l'hôpital auxiliaire en 1915 et 1916. Subvention de 1 500 euros
    adoptée à l'unanimité."""),
    para("""Point n° 11 — Question orale de Mme Khelifi sur les délais d'attente au crématorium. L'adjointe
    répond que le syndicat intercommunal étudie une troisième ligne ; le délai moyen a été de 5,2 jours en
    2024, avec un pic de près de neuf jours en janvier lors de l'épidémie de grippe."""),
    para("""Le procès-verbal a été approuvé lors de la séance du 22 mai 2025 et publié sur le site internet
    de la commune."""),
]

DOCX_BLOCKS["p123_cctp_marche_obseques_personnes_depourvues_ressources.docx"] = [
    ("title", "Cahier des clauses techniques particulières — marché n° 2025-PF-04"),
    para("""Objet : prestations funéraires pour les obsèques des personnes dépourvues de ressources
    suffisantes dont la commune de Lormeval assure la prise en charge, et opérations de relevage de corps
    consécutives aux reprises de concessions. Document de la consultation, publié sur le profil
    acheteur."""),
    ("h", "Article 1 — Déclenchement des prestations"),
    para("""Les prestations sont commandées par le bureau des affaires funéraires, par bon de commande
    transmis par courriel, après instruction du dossier par la commune. Le titulaire n'a pas à vérifier la
    situation financière du défunt ni de ses proches ; il ne sollicite aucun paiement auprès d'eux. Il lui
    est interdit de proposer aux proches des prestations complémentaires payantes."""),
    ("h", "Article 2 — Délais"),
    para("""Le titulaire prend en charge le corps dans les 24 heures suivant la commande, en chambre
    mortuaire, en chambre funéraire ou au domicile. Les obsèques ont lieu dans le délai réglementaire ;
    si une dérogation est nécessaire (recherche des proches), le bureau la sollicite."""),
    ("h", "Article 3 — Composition du forfait « obsèques avec inhumation »"),
    para("""Le forfait comprend : la prise en charge et le transport du corps avant et après mise en bière ;
    la toilette mortuaire et l'habillage, avec les vêtements fournis par les proches le cas échéant ; un
    cercueil en bois massif d'au moins 18 mm avec garniture étanche, capiton, quatre poignées et plaque
    d'identité ; la mise en bière ; le corbillard et quatre porteurs ; la présence d'un maître de
    cérémonie, qui prononce quelques mots d'hommage si aucun proche ne le fait ; l'inhumation en terrain
    commun (creusement et comblement de la fosse) ; la fourniture et la pose d'une plaque nominative
    durable (nom, prénoms, années de naissance et de décès)."""),
    ("h", "Article 4 — Respect des convictions"),
    para("""Lorsque les convictions religieuses ou philosophiques du défunt sont connues du bureau des
    affaires funéraires, celui-ci les indique dans le bon de commande. Le titulaire organise alors, sans
    supplément, la venue d'un ministre du culte ou d'un représentant de l'association concernée, le
    transport du cercueil vers un lieu de culte, ou les rites de toilette et d'inhumation propres à la
    confession du défunt, dans le respect de la réglementation. L'inhumation peut avoir lieu dans l'un des
    espaces de regroupement prévus par le règlement des cimetières. Lorsque la volonté de crémation est
    établie, le titulaire l'organise et les cendres sont dispersées au jardin du souvenir."""),
    ("h", "Article 5 — Présence des proches et des associations"),
    para("""Le titulaire informe le bureau de la date et de l'heure des obsèques au moins 24 heures à
    l'avance, afin que les proches, les personnes qui ont connu le défunt, les travailleurs sociaux et les
    associations d'accompagnement puissent être prévenus. Il leur réserve un accueil digne."""),
    ("h", "Article 6 — Relevages de corps"),
    para("""Lors des reprises de concessions, le titulaire procède à l'exhumation des restes, à leur dépôt
    dans un reliquaire individuel étiqueté et à leur transfert à l'ossuaire ou au crématorium, sur
    instruction du conservateur. Les monuments et signes funéraires sont déposés avec soin et entreposés
    sur l'aire prévue à cet effet. Les objets trouvés sont remis au conservateur et consignés."""),
    ("h", "Article 7 — Personnel"),
    para("""Le personnel est titulaire des formations réglementaires. Il porte une tenue correcte et adopte
    une attitude respectueuse. Il est tenu à la discrétion sur les informations dont il a connaissance à
    l'occasion de l'exécution du marché, notamment sur la situation sociale et familiale des défunts et de
    leurs proches."""),
    ("h", "Article 8 — Compte rendu"),
    para("""Le titulaire adresse chaque trimestre au bureau un état des prestations réalisées (date, lieu,
    nature des obsèques, nombre de personnes présentes). Cet état ne comporte aucune information sur la
    situation des défunts autre que leur identité."""),
]

DOCX_BLOCKS["p124_guide_agents_laicite_neutralite_funeraire.docx"] = [
    ("title", "Laïcité et service public funéraire — guide à l'usage des agents de Lormeval"),
    para("""Ce guide, élaboré par la direction de la population avec le référent laïcité de la collectivité,
    répond aux questions que se posent les agents du bureau des affaires funéraires, des cimetières, de la
    régie des pompes funèbres et de la chambre funéraire. Il est publié sur le site de la ville."""),
    ("h", "1. Les principes"),
    para("""Le service public est neutre : les agents ne manifestent pas leurs convictions religieuses
    dans l'exercice de leurs fonctions (port de signes, propos). Les usagers, eux, sont libres de
    manifester les leurs, dans les limites de l'ordre public. Les funérailles sont libres (loi du
    15 novembre 1887) : chacun peut choisir des obsèques civiles ou religieuses et le mode de
    sépulture."""),
    ("h", "2. Questions fréquentes"),
    para("""Une famille demande une inhumation dans le « carré musulman » : dois-je vérifier que le défunt
    était musulman ? Non. Vous enregistrez la demande ; vous ne demandez ni certificat, ni attestation
    d'un imam. Si un membre de la famille conteste, orientez vers le responsable du bureau : c'est la
    volonté du défunt qui prévaut, et, en cas de litige, le juge."""),
    para("""Une famille souhaite inhumer sans cercueil, selon ses rites. Que répondre ? Le cercueil est
    obligatoire en France. Vous pouvez indiquer qu'un cercueil simple en bois léger est admis et que le
    corps peut y être placé dans un linceul."""),
    para("""Une famille de confession juive demande une inhumation le dimanche. Les inhumations n'ont pas
    lieu le dimanche, sauf dérogation. Proposez le premier créneau du lundi et informez l'élu d'astreinte
    si la famille insiste ; une dérogation exceptionnelle peut être examinée."""),
    para("""Une famille demande que la toilette du défunt soit faite par des membres de la communauté.
    C'est possible à la chambre funéraire municipale, dans la salle de préparation, sous la responsabilité
    d'un agent de la régie, dans le respect des règles d'hygiène."""),
    para("""Un collègue me dit qu'il ne veut pas assister à une cérémonie religieuse. Les agents présents
    lors des cérémonies (porteurs, maîtres de cérémonie) y assistent en tant que professionnels ; la
    participation n'implique aucune adhésion. Un refus de service en raison de ses convictions n'est pas
    admis."""),
    para("""Un usager me demande de quelle religion je suis. Vous n'avez pas à répondre ; vous pouvez dire
    avec bienveillance que cela n'a pas d'incidence sur le service qui lui est rendu."""),
    para("""Une famille veut installer une grande croix, une étoile de David, un croissant ou une photo. Les
    signes religieux sont autorisés sur les sépultures (article 28 de la loi de 1905), dans les limites de
    dimensions fixées par le règlement."""),
    para("""Puis-je refuser qu'un prêtre, un pasteur, un rabbin ou un imam prie au bord de la tombe ? Non, la
    cérémonie est libre. Vous veillez seulement au bon ordre et aux horaires."""),
    ("h", "3. Cas pratiques anonymisés"),
    para("""Cas 1. Un agent d'accueil a indiqué à une famille qu'il « valait mieux » choisir la crémation,
    moins chère. Rappel : l'agent informe de manière neutre sur toutes les options et les coûts, sans
    orienter. Cas 2. Deux sœurs sont en désaccord sur le caractère religieux des obsèques de leur père :
    l'agent ne tranche pas ; il rappelle que la volonté du défunt prévaut et que le tribunal judiciaire
    peut être saisi en urgence. Cas 3. Une famille de gens du voyage souhaite une veillée nocturne au
    cimetière : le règlement l'interdit dans l'enceinte, mais la chambre funéraire peut être proposée."""),
    ("h", "4. Ressources"),
    para("""Référent laïcité de la ville ; bureau des cultes de la préfecture ; guide de l'Observatoire de la
    laïcité « Laïcité et gestion du fait religieux dans les structures socio-éducatives » ; circulaire du
    19 février 2008 relative à la police des lieux de sépulture."""),
]

_OPERATORS = [
    ("Régie municipale des pompes funèbres de Lormeval", "2 rue du Cimetière, Lormeval", "25-71-0012"),
    ("Pompes Funèbres Ducastel SARL", "18 avenue de la Gare, Lormeval", "25-71-0034"),
    ("Maison funéraire Berthier & Fils", "7 place du Marché, Chaumerac", "25-71-0041"),
    ("Roc-Éternel Services funéraires SAS", "32 rue Carnot, Valsenne", "25-71-0052"),
    ("Crémalia Services (crématorium du Val d'Orvanne)", "chemin des Peupliers, Lormeval", "25-71-0060"),
    ("Marbrerie funéraire Ortiz", "ZA des Forges, Lormeval", "25-71-0063"),
    ("Pompes funèbres de la vallée de l'Aronde", "4 rue Haute, Saint-Aubin-des-Prés", "25-71-0070"),
    ("Transports funéraires Sud-Orvanne", "route de Lyon, Montclar", "25-71-0077"),
]

DOCX_BLOCKS["p125_arrete_prefectoral_liste_operateurs_habilites.docx"] = [
    ("title", "Préfecture de l'Orvanne — liste des opérateurs funéraires habilités (arrondissement de Lormeval)"),
    para("""Liste établie en application des articles L. 2223-23 et R. 2223-56 du code général des
    collectivités territoriales, mise à jour au 1er septembre 2025. Elle est affichée dans les mairies,
    les établissements de santé et les chambres funéraires, et publiée au recueil des actes
    administratifs. Les familles sont libres de choisir leur opérateur."""),
    ("table", [["Opérateur", "Adresse", "N° d'habilitation"]]
     + [[name, address, number] for name, address, number in _OPERATORS]),
    para("""Activités couvertes selon les habilitations : transport de corps avant et après mise en bière,
    organisation des obsèques, soins de conservation, fourniture des housses, cercueils et accessoires,
    gestion de chambre funéraire, fourniture des corbillards et voitures de deuil, fourniture de personnel
    et des objets et prestations nécessaires aux obsèques, inhumations, exhumations et crémations,
    gestion d'un crématorium."""),
    para("""Rappel aux familles : l'opérateur doit remettre un devis écrit conforme au modèle national ;
    le démarchage est interdit ; toute réclamation peut être adressée à la préfecture (bureau des
    associations et des cultes) ou à la direction départementale de la protection des populations."""),
]

DOCX_BLOCKS["p126_convention_aumonerie_hospitaliere_modele.docx"] = [
    ("title", "Convention type relative à l'intervention des aumôniers — centre hospitalier de Lormeval"),
    para("""Entre le centre hospitalier de Lormeval et l'autorité cultuelle signataire. Article 1 : l'aumônier
    assure l'accompagnement spirituel des patients qui le demandent et de leurs proches, sans démarchage.
    Article 2 : il respecte le secret professionnel et les convictions de chacun. Article 3 : il a accès à
    la salle multiconfessionnelle et peut être appelé de nuit par le cadre de garde. Article 4 : il suit
    la formation civile et civique. Fait à Lormeval, le …… Pour l'établissement : …… Pour l'autorité
    cultuelle : ……"""),
]

DOCX_BLOCKS["p127_deliberation_subvention_souvenir_francais_tombes.docx"] = [
    ("title", "Délibération n° 2025-061 — subvention au comité local du Souvenir français"),
    para("""Le conseil municipal, sur le rapport de M. Gilles Fabre, conseiller délégué aux anciens
    combattants, attribue une subvention de 1 500 euros au comité de Lormeval du Souvenir français pour
    l'entretien et le fleurissement des 41 sépultures de soldats morts pour la France du carré militaire
    des Tilleuls et la quête du 1er novembre. Adoptée à l'unanimité."""),
]

DOCX_BLOCKS["p128_modele_lettre_information_ayants_droit_reprise_vierge.docx"] = [
    ("title", "Modèle — lettre d'information aux ayants droit (reprise pour état d'abandon)"),
    para("""Madame, Monsieur, la concession n° [numéro] du cimetière [nom], au nom de [concessionnaire], a
    été constatée en état d'abandon le [date]. Vous êtes invité(e) à la remettre en bon état d'entretien
    dans un délai de trois ans. Vous pouvez assister au second constat, le [date], ou vous y faire
    représenter. Le bureau des affaires funéraires se tient à votre disposition. [Signature]"""),
]

DOCX_BLOCKS["p129_compte_rendu_journee_laicite_aumoneries.docx"] = [
    ("title", "Journée départementale de la laïcité — 9 décembre 2024 — synthèse publique"),
    para("""Organisée par la préfecture, la journée a réuni 140 participants : agents des hôpitaux, des
    établissements pénitentiaires et des collectivités, aumôniers catholiques, protestants, musulmans,
    israélites et orthodoxes. Tables rondes : « L'aumônerie à l'hôpital, un droit du patient » ; « Les
    cultes en détention » ; « Mourir en France selon ses rites : carrés confessionnels, toilette rituelle,
    rapatriement ». Intervention du référent laïcité de l'agence régionale de santé."""),
]

DOCX_BLOCKS["p130_note_information_elus_procedure_reprise.docx"] = [
    ("title", "Note d'information aux élus — la procédure de reprise des concessions abandonnées"),
    para("""Conditions : concession de plus de 30 ans, dernière inhumation de plus de 10 ans, état
    d'abandon constaté. Étapes : premier constat, affichage et information des familles, délai de trois
    ans, second constat, délibération, arrêté du maire, exhumation des restes vers l'ossuaire. Les tombes
    des morts pour la France et les sépultures remarquables sont préservées. À Lormeval, 64 concessions
    sont concernées aux Tilleuls."""),
]

DOCX_BLOCKS["p131_fiche_presentation_crematorium_visite_scolaire.docx"] = [
    ("title", "Le crématorium du Val d'Orvanne en quelques chiffres"),
    ("table", [
        ["Donnée", "Valeur"],
        ["Mise en service", "2008 (ligne 1), 2022 (ligne 2)"],
        ["Crémations en 2024", "1 412"],
        ["Salle de cérémonie", "90 places"],
        ["Taux de crémation dans le département", "43 %"],
        ["Part des cérémonies religieuses", "24 %"],
    ]),
]

DOCX_BLOCKS["p132_appel_candidatures_benevoles_accompagnement_obseques.docx"] = [
    ("title", "Appel à bénévoles — accompagner les personnes décédées dans l'isolement"),
    para("""Le collectif Les Morts de la rue, en partenariat avec la Ville de Lormeval, recherche des
    bénévoles pour assister aux obsèques des personnes décédées sans proches : être présent, lire un
    texte, déposer une fleur. Une formation d'une demi-journée est proposée. Aucune condition de
    croyance : croyants de toutes religions et non-croyants sont les bienvenus. Contact : Thomas
    Ledoux, 06 12 34 56 78."""),
]

DOCX_BLOCKS["p133_bilan_enquete_satisfaction_familles_regie.docx"] = [
    ("title", "Enquête de satisfaction 2024 — régie municipale des pompes funèbres"),
    para("""164 questionnaires retournés (taux de retour 52 %). Accueil : 97 % satisfaits. Clarté du devis :
    91 %. Respect des souhaits religieux ou philosophiques : 98 %. Délais : 88 %. Verbatims : « une équipe
    très humaine » ; « le maître de cérémonie a su trouver les mots » ; « la salle d'attente est trop
    petite ». Actions : agrandissement de la salle d'accueil, livret remis aux familles."""),
]

DOCX_BLOCKS["p134_planning_permanences_bureau_deces_samedi.docx"] = [
    ("title", "Planning des permanences du samedi — bureau des affaires funéraires — 1er trimestre 2026"),
    ("table", [
        ["Samedi", "Agent", "Élu d'astreinte"],
        ["3 janvier", "Nadège Ferrand", "Catherine Mallet"],
        ["10 janvier", "Sylvie Castagné", "Odile Perrin"],
        ["17 janvier", "Inès Barbier", "Catherine Mallet"],
        ["24 janvier", "Julien Morel", "Gilles Fabre"],
        ["31 janvier", "Nadège Ferrand", "Odile Perrin"],
    ]),
]

DOCX_BLOCKS["p135_programme_journees_patrimoine_cimetiere.docx"] = [
    ("title", "Journées européennes du patrimoine — cimetière des Tilleuls"),
    para("""Samedi 20 et dimanche 21 septembre 2025. Visites commentées à 10 h, 14 h et 16 h par l'archiviste
    municipal : la chapelle Verdier, la tombe de l'abbé Mourlon, le carré israélite et la stèle des
    déportés, le carré militaire et les tombes des tirailleurs, la tombe du résistant Lucien Arnal.
    Lecture de textes par la compagnie du Théâtre de l'Aronde. Gratuit, sur inscription."""),
]


# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_site_ville_rubrique_deces_funerailles_complete.html"] = (
    "lormeval.fr — Décès et funérailles : toutes les démarches",
    html("""<nav>Accueil › Démarches › État civil › Décès et funérailles</nav>
    <h1>Décès et funérailles</h1>
    <p>Vous venez de perdre un proche. Les agents du bureau des affaires funéraires sont là pour vous
    accompagner. Cette rubrique rassemble les informations utiles, de la déclaration du décès à
    l'entretien de la sépulture.</p>
    <h2>Déclarer un décès</h2>
    <p>La déclaration doit être faite dans les 24 heures à la mairie du lieu du décès, par un proche ou par
    l'entreprise de pompes funèbres. Pièces à fournir : certificat de décès établi par le médecin, pièce
    d'identité du défunt, livret de famille. L'acte de décès est établi immédiatement. Vous pouvez
    demander gratuitement des copies intégrales et des extraits, au guichet ou en ligne.</p>
    <p>Cas particuliers : décès d'un enfant avant la déclaration de naissance ; enfant né sans vie (un acte
    d'enfant sans vie peut être établi sur présentation d'un certificat d'accouchement, quel que soit le
    terme, et les parents peuvent organiser des obsèques) ; décès à l'étranger (transcription par le
    service central d'état civil de Nantes).</p>
    <h2>Organiser les obsèques</h2>
    <p>La personne qui organise les obsèques choisit librement l'opérateur funéraire parmi les opérateurs
    habilités. La liste et les devis-types des opérateurs de la commune sont publiés ci-dessous. Les
    obsèques doivent avoir lieu entre 24 heures et six jours ouvrables après le décès.</p>
    <table><tr><th>Opérateur</th><th>Téléphone</th><th>Devis-type</th></tr>
    <tr><td>Régie municipale des pompes funèbres</td><td>03 84 27 51 80</td><td>PDF, 2025</td></tr>
    <tr><td>Pompes Funèbres Ducastel</td><td>03 84 27 33 00</td><td>PDF, 2025</td></tr>
    <tr><td>Maison funéraire Berthier &amp; Fils</td><td>03 84 22 14 50</td><td>PDF, 2025</td></tr>
    <tr><td>Roc-Éternel Services funéraires</td><td>03 84 10 77 20</td><td>PDF, 2025</td></tr></table>
    <h2>Cérémonies civiles et religieuses</h2>
    <p>Les obsèques peuvent être civiles ou religieuses, selon la volonté du défunt. La salle municipale
    Jean-Moulin et la salle du crématorium peuvent accueillir des cérémonies civiles. Pour une cérémonie
    religieuse, contactez directement le lieu de culte ou demandez à votre opérateur funéraire. Annuaire
    des lieux de culte : paroisse Saint-Martin, Église protestante unie, Église évangélique, centre
    An-Nour, paroisse orthodoxe Saint-Nicolas, communauté israélite de l'Orvanne (Valsenne).</p>
    <h2>Les cimetières de Lormeval</h2>
    <p><strong>Cimetière des Tilleuls</strong>, rue des Acacias : cimetière historique, ouvert en 1836. Plus
    d'emplacement nouveau ; inhumations dans les sépultures de famille existantes. Il abrite le carré
    israélite (1881) et le carré militaire.</p>
    <p><strong>Cimetière paysager de la Combe</strong>, route de Valsenne : la plupart des inhumations y ont
    lieu. Site cinéraire avec columbarium, cavurnes et jardin du souvenir. Des espaces de regroupement de
    sépultures selon les usages musulman et orthodoxe existent à la demande des familles, sans aucun
    justificatif ; ils ne sont pas séparés du reste du cimetière.</p>
    <p><strong>Cimetière de Saint-Éloi</strong> : réservé en pratique aux habitants du hameau.</p>
    <p>Horaires : du 1er avril au 31 octobre, 8 h – 19 h ; du 1er novembre au 31 mars, 8 h 30 – 17 h 30.
    Période de Toussaint : 8 h – 19 h. Règlement des cimetières téléchargeable (arrêté n° 2024-312).</p>
    <h2>Concessions : acquérir, renouveler, convertir</h2>
    <table><tr><th>Durée</th><th>Emplacement 2 m²</th><th>Caveau 4 places (Combe)</th></tr>
    <tr><td>15 ans</td><td>170 €</td><td>—</td></tr><tr><td>30 ans</td><td>340 €</td><td>2 480 € + 595 €</td></tr>
    <tr><td>50 ans</td><td>640 €</td><td>2 480 € + 1 120 €</td></tr></table>
    <p>Le renouvellement est possible dans l'année précédant l'échéance et les deux années suivantes.
    Passé ce délai, la commune peut reprendre le terrain. Un courrier est adressé au concessionnaire ou à
    ses ayants droit connus.</p>
    <h2>Crémation</h2>
    <p>L'autorisation de crémation est délivrée par le maire du lieu du décès, au vu d'un certificat
    médical. Le crématorium intercommunal du Val d'Orvanne se trouve chemin des Peupliers. Les cendres
    peuvent être inhumées, déposées au columbarium, dispersées au jardin du souvenir ou en pleine nature
    (déclaration à la mairie du lieu de naissance). Elles ne peuvent être conservées au domicile.</p>
    <h2>Exhumations</h2>
    <p>L'exhumation est autorisée par le maire à la demande du plus proche parent. En cas de désaccord
    familial, seul le juge peut trancher. Les exhumations ont lieu tôt le matin, hors présence du public.
    Taxe : 62 €.</p>
    <h2>Aide financière</h2>
    <p>Si le défunt ne laisse pas de ressources suffisantes et que ses proches ne peuvent pas payer, la
    commune prend en charge des obsèques dignes (inhumation individuelle, plaque nominative, cérémonie
    possible). Le CCAS peut aussi aider les familles modestes (aide de 300 à 1 000 €). Consultez notre foire
    aux questions « Obsèques des personnes dépourvues de ressources ».</p>
    <h2>Soutien aux personnes endeuillées</h2>
    <p>Groupes de parole de l'association Jalmalv Orvanne (deux fois par mois, salle de la Fontaine) ;
    association Les Petites Étoiles (deuil périnatal) ; SOS Suicide Phénix ; Vivre son deuil ; numéro
    national de prévention du suicide : 3114. Les communautés religieuses proposent également un
    accompagnement à celles et ceux qui le souhaitent.</p>
    <h2>Après les obsèques</h2>
    <p>Le service en ligne « Déclarer un décès » permet d'informer plusieurs organismes à la fois (caisse
    de retraite, assurance maladie, impôts…). Pensez au notaire, à la banque, au bailleur, à l'employeur.
    Pour les enfants mineurs, renseignez-vous auprès de la CAF (allocation de soutien familial).</p>
    <h2>Toussaint</h2>
    <p>Navette gratuite vers la Combe les 31 octobre, 1er et 2 novembre. Cérémonie interreligieuse du
    souvenir le 2 novembre à 11 h au cimetière des Tilleuls. Travaux sur les sépultures interdits du
    25 octobre au 11 novembre.</p>
    <h2>Nous contacter</h2>
    <p>Bureau des affaires funéraires, hôtel de ville, porte 4 — 03 84 27 51 10 — deces@lormeval.fr. Lundi
    au vendredi 8 h 30 – 12 h / 13 h 30 – 17 h ; samedi 9 h – 12 h (déclarations de décès). Conservateur des
    cimetières : 03 84 27 52 40.</p>
    <h2>Questions fréquentes</h2>
    <p><strong>Le défunt avait souscrit un contrat obsèques : que faire ?</strong> Contactez l'organisme
    indiqué sur le contrat ; il prend en charge les obsèques dans la limite du capital ou des prestations
    prévues. Si vous ne savez pas si un contrat existe, vous pouvez interroger le fichier national des
    contrats d'assurance obsèques (AGIRA).</p>
    <p><strong>Puis-je organiser des obsèques sans passer par une entreprise de pompes funèbres ?</strong>
    Certaines prestations (transport de corps, fourniture du cercueil, creusement) doivent être réalisées
    par un opérateur habilité. Vous pouvez en revanche organiser vous-même la cérémonie.</p>
    <p><strong>Le défunt souhaitait donner son corps à la science.</strong> Il devait avoir pris contact de
    son vivant avec un centre de don du corps (à Valsenne : faculté de médecine) et porter sur lui sa
    carte de donneur. Le centre organise le transport ; la famille peut organiser une cérémonie sans
    corps.</p>
    <p><strong>Un enfant est décédé.</strong> Les démarches sont les mêmes, mais des tarifs spécifiques
    s'appliquent : la crémation des enfants de moins d'un an et des enfants nés sans vie est gratuite au
    crématorium du Val d'Orvanne, et la commune peut attribuer gratuitement un emplacement dans l'espace
    réservé aux enfants du cimetière de la Combe. L'association Les Petites Étoiles accompagne les parents.</p>
    <p><strong>Les obsèques doivent avoir lieu rapidement pour des raisons religieuses.</strong> Indiquez-le
    lors de la déclaration de décès ; le bureau proposera le premier créneau disponible et, si nécessaire,
    sollicitera une dérogation auprès de la préfecture.</p>
    <p><strong>Le défunt est décédé à l'étranger ou doit être inhumé à l'étranger.</strong> Le transport de
    corps vers l'étranger nécessite une autorisation du préfet et des documents consulaires ; votre
    opérateur funéraire s'en charge. Pour un décès à l'étranger, contactez le consulat de France.</p>
    <p><strong>Je veux consulter le registre des concessions.</strong> Les registres des concessions et des
    inhumations sont communicables. Présentez-vous au bureau des affaires funéraires.</p>
    <p><strong>Comment retrouver une sépulture ?</strong> Le bureau des affaires funéraires et le
    conservateur peuvent vous indiquer l'emplacement d'une sépulture à partir du nom du défunt et de
    l'année du décès. Un plan de chaque cimetière est affiché à l'entrée. Un service de géolocalisation
    des sépultures sera disponible en ligne en 2026.</p>
    <p><strong>Qui entretient la sépulture ?</strong> L'entretien incombe aux familles. Des entreprises
    proposent des contrats d'entretien ; la commune entretient les allées, les espaces verts et les
    sépultures des morts pour la France avec le Souvenir français.</p>
    <h2>Documents à télécharger</h2>
    <ul><li>Règlement des cimetières (arrêté n° 2024-312)</li><li>Guide « Face au deuil » (édition 2025)</li>
    <li>Tarifs funéraires 2025</li><li>Formulaire de demande de concession</li><li>Formulaire de demande
    d'exhumation</li><li>Liste des opérateurs funéraires habilités</li></ul>
    <footer>Page mise à jour le 2 octobre 2025 — Ville de Lormeval</footer>"""),
)

HTML_PAGES["p137_site_prefecture_cultes_orvanne_chiffres.html"] = (
    "orvanne.gouv.fr — Les cultes dans le département",
    html("""<h1>Les cultes dans l'Orvanne</h1>
    <p>La République assure la liberté de conscience et garantit le libre exercice des cultes (article 1er
    de la loi du 9 décembre 1905). Elle ne reconnaît, ne salarie ni ne subventionne aucun culte. Le bureau
    des cultes de la préfecture est l'interlocuteur des associations cultuelles et des autorités
    religieuses du département.</p>
    <h2>Les lieux de culte recensés (2024)</h2>
    <table><tr><th>Culte</th><th>Lieux de culte</th><th>Associations à qualité cultuelle</th></tr>
    <tr><td>Catholique</td><td>162</td><td>32</td></tr><tr><td>Protestant (réformé, luthérien)</td><td>19</td>
    <td>8</td></tr><tr><td>Évangélique</td><td>14</td><td>9</td></tr><tr><td>Musulman</td><td>11</td>
    <td>5</td></tr><tr><td>Israélite</td><td>3</td><td>2</td></tr><tr><td>Orthodoxe</td><td>2</td><td>1</td></tr>
    <tr><td>Bouddhiste</td><td>3</td><td>1</td></tr><tr><td>Total</td><td>214</td><td>58</td></tr></table>
    <h2>Les missions du bureau des cultes</h2>
    <ul><li>Recevoir les déclarations de qualité cultuelle et les déclarations de ressources étrangères ;</li>
    <li>instruire les demandes d'acceptation de libéralités ;</li><li>conseiller les collectivités sur
    les édifices cultuels et les cimetières (espaces confessionnels, neutralité) ;</li><li>suivre
    l'organisation des aumôneries dans les établissements publics ;</li><li>organiser les rencontres
    entre le préfet et les représentants des cultes ;</li><li>accompagner la sécurisation des lieux de
    culte (fonds interministériel de prévention de la délinquance).</li></ul>
    <h2>Les aumôneries</h2>
    <p>Douze établissements de santé et deux établissements pénitentiaires du département disposent
    d'aumôneries. Au centre pénitentiaire de Valsenne, dix-neuf aumôniers de six cultes sont agréés ; ils
    interviennent auprès des personnes détenues qui en font la demande, dans le respect de la liberté de
    conscience de chacun. Dans les hôpitaux, l'aumônerie est un droit du patient, garanti par la charte de
    la personne hospitalisée.</p>
    <h2>Les actes antireligieux</h2>
    <p>En 2024, 37 actes antireligieux ont été recensés dans le département (22 antichrétiens, 9
    antisémites, 6 antimusulmans). Tout acte de cette nature doit être signalé aux forces de l'ordre. Les
    atteintes aux sépultures commises à raison de la religion des défunts sont des délits aggravés. Le
    préfet réunit chaque année les représentants des cultes pour faire le point sur la sécurité des lieux
    de culte.</p>
    <h2>Cimetières et espaces confessionnels</h2>
    <p>Les cimetières sont des lieux publics neutres. Les maires peuvent, à la demande des familles,
    organiser des regroupements de sépultures selon les confessions, sans séparation matérielle. Le maire
    ne peut exiger aucune preuve d'appartenance religieuse. Plusieurs communes du département ont fait ce
    choix : Valsenne, Lormeval, Chaumerac.</p>
    <h2>Les associations cultuelles : vos démarches</h2>
    <p>Une association qui souhaite bénéficier du régime de la loi de 1905 déclare sa qualité cultuelle
    au préfet, qui dispose de deux mois pour s'y opposer. La qualité cultuelle est acquise pour cinq ans.
    Les associations doivent tenir une comptabilité conforme au règlement comptable applicable, faire
    certifier leurs comptes au-delà de certains seuils et déclarer les ressources étrangères supérieures à
    15 300 euros par an. Les associations de la loi de 1901 qui exercent un culte sont soumises à des
    obligations comparables pour leurs activités cultuelles. Une fiche pratique détaillée est
    téléchargeable ci-dessous.</p>
    <h2>Les opérations funéraires</h2>
    <p>Le bureau délivre les habilitations des opérateurs funéraires, les autorisations de création de
    chambres funéraires et de crématoriums, les dérogations au délai d'inhumation et de crémation et les
    autorisations de transport de corps vers l'étranger. En 2024, 342 dérogations et 118 autorisations de
    transport ont été délivrées. La liste des opérateurs habilités est publiée par arrondissement.</p>
    <h2>Édifices cultuels et collectivités</h2>
    <p>Les édifices cultuels construits avant 1905 appartiennent pour la plupart aux communes (églises
    catholiques) ou à l'État (cathédrales) ; ils sont laissés gratuitement à la disposition des fidèles et
    des ministres du culte. Les communes peuvent y financer des travaux d'entretien et de conservation.
    Les édifices construits après 1905 appartiennent aux associations qui les ont édifiés.</p>
    <h2>Agenda</h2>
    <ul><li>9 décembre : journée départementale de la laïcité, ouverte aux agents publics et aux
    aumôniers.</li><li>Janvier : vœux du préfet aux représentants des cultes.</li><li>Mars : réunion
    d'information des associations cultuelles (obligations comptables).</li></ul>
    <h2>Contacts</h2>
    <p>Bureau des élections, des associations et des cultes — pref-cultes@orvanne.gouv.fr — 03 84 11 20 40.
    Accueil sur rendez-vous le mardi et le jeudi matin.</p>"""),
)

HTML_PAGES["p138_newsletter_toussaint_lormeval_mag.html"] = (
    "Lormeval Mag en ligne — Dossier Toussaint : nos cimetières, lieux de mémoire",
    html("""<h1>Toussaint : nos cimetières, lieux de mémoire et de vie</h1>
    <p>Chaque année, plus de 15 000 visiteurs franchissent les portes des cimetières de Lormeval autour du
    1er novembre. Le Mag vous propose de découvrir ceux qui en prennent soin au quotidien, et les
    nouveautés de l'année.</p>
    <h2>Au cœur du service des cimetières</h2>
    <p>Ils sont onze, fossoyeurs, agents d'entretien, agents d'accueil, sous la houlette d'Olivier Pichon,
    conservateur depuis 2015. « Notre métier, c'est d'abord l'accueil des familles. On est là dans les
    moments les plus durs, il faut être à la fois discret et présent », explique-t-il. Les 231 inhumations
    de l'an dernier ont toutes été préparées la veille : vérification de la fosse, du caveau, de l'accès.
    Et il faut entretenir 10 hectares, sans pesticides depuis 2017 : enherbement des allées, fauche
    tardive, prairies fleuries à la Combe.</p>
    <h2>La Combe s'agrandit</h2>
    <p>La tranche 2 du cimetière paysager sera livrée au printemps : 420 emplacements, un nouveau
    columbarium, des cavurnes, et une division supplémentaire permettant, comme le prévoit le règlement, de
    regrouper des sépultures selon les usages musulmans à la demande des familles. « Nous appliquons la
    loi et les recommandations de l'État : pas de clôture, pas de justificatif, le même cimetière pour
    tous », souligne Catherine Mallet, adjointe aux affaires funéraires.</p>
    <h2>Patrimoine : un parcours à venir</h2>
    <p>L'inventaire du patrimoine funéraire des Tilleuls a recensé 146 sépultures remarquables : la
    chapelle néo-gothique de la famille Verdier, la tombe de l'abbé Mourlon, le carré israélite et sa
    stèle à la mémoire des 27 déportés de 1942-1944, les tombes des six soldats musulmans de 1915-1916, la
    tombe du résistant Lucien Arnal, fusillé en 1944. Un parcours de visite avec plaques explicatives sera
    aménagé en 2026.</p>
    <h2>Ensemble pour se souvenir</h2>
    <p>Le 2 novembre à 11 h, la cérémonie interreligieuse réunira pour la huitième année les représentants
    des communautés catholique, protestante, évangélique, juive, musulmane et orthodoxe. « Après la
    profanation du carré israélite l'an dernier, nous avons voulu montrer que Lormeval est unie », rappelle
    le maire. Le 8 novembre à 10 h, un hommage sera rendu aux 23 personnes décédées dans l'isolement en 2024,
    avec le collectif Les Morts de la rue.</p>
    <h2>Bon à savoir</h2>
    <ul><li>Navette gratuite place de la République – la Combe : 31 octobre, 1er et 2 novembre, toutes les
    20 minutes.</li><li>Prêt de fauteuils roulants et d'arrosoirs aux entrées.</li><li>Bougies uniquement
    dans des photophores fermés.</li><li>Pensez à renouveler vos concessions : la liste des concessions
    échues est affichée à l'entrée de chaque cimetière.</li></ul>
    <h2>Crémation : les chiffres</h2>
    <p>44 % des Lormevalais choisissent aujourd'hui la crémation. Le jardin du souvenir rénové de la Combe
    a accueilli 96 dispersions en 2024. Le mur mémorial permet d'inscrire le nom des défunts dont les
    cendres ont été dispersées.</p>
    <h2>Portrait : un fossoyeur raconte</h2>
    <p>Sébastien travaille au service depuis douze ans. « Les gens imaginent un métier sinistre. Moi, j'y
    vois un métier de respect. Quand une famille arrive, tout doit être prêt, propre, à l'heure. On ne
    parle pas, on est là. » Il se souvient des obsèques d'un homme sans famille, l'an dernier : « Il n'y
    avait que les bénévoles de l'association et nous. On a pris le temps. Personne ne devrait partir
    comme ça, sans personne. » Ce qu'il aime le moins ? « Les exhumations, tôt le matin. C'est technique,
    c'est lourd. Mais c'est aussi rendre service aux familles qui veulent rapprocher leurs morts. »</p>
    <h2>Le chiffre</h2>
    <p>412 décès ont été enregistrés à Lormeval en 2024, dont 298 au centre hospitalier. Le bureau des
    affaires funéraires a délivré 181 autorisations de crémation et 57 autorisations d'exhumation.</p>
    <h2>Paroles de visiteurs</h2>
    <p>« Je viens chaque semaine voir mon mari. Depuis qu'il y a des bancs à la Combe, je peux rester un
    moment », confie une habitante du quartier des Aubiers. Un jeune homme, venu fleurir la tombe de ses
    grands-parents polonais aux Tilleuls : « Mon grand-père était mineur au puits Saint-Charles. Sa tombe,
    c'est un bout de l'histoire de la ville. »</p>
    <p><em>Propos recueillis par le service communication. Photos : Ville de Lormeval.</em></p>"""),
)

HTML_PAGES["p139_compte_rendu_comite_syndical_sifvo_renouvellement_dsp.html"] = (
    "SIFVO — Compte rendu du comité syndical du 26 juin 2025",
    html("""<h1>Comité syndical du 26 juin 2025 — compte rendu sommaire</h1>
    <p>Affiché au siège du syndicat et publié sur son site en application du CGCT. Présents : 14 délégués
    sur 16. Président : M. Jean-Michel Roussel.</p>
    <h2>1. Rapport annuel du délégataire 2024</h2>
    <p>Le comité prend acte du rapport annuel de Crémalia Services : 1 412 crémations (+ 4,1 %), délai moyen
    de 5,2 jours, 94 % de familles satisfaites, rejets atmosphériques conformes. Le chiffre d'affaires
    s'établit à 1,12 million d'euros HT et la redevance versée au syndicat à 67 116 euros. M. Gilles Fabre,
    délégué de Lormeval, regrette l'allongement des délais en janvier ; le délégataire invoque l'épidémie
    de grippe.</p>
    <h2>2. Principe du renouvellement de la délégation</h2>
    <p>Le contrat arrivant à échéance le 31 décembre 2026, le comité approuve, au vu du rapport de
    présentation, le principe d'une nouvelle délégation de service public sous forme de concession, d'une
    durée de six ans, avec un programme d'investissement minimal de 1 million d'euros (filtration,
    récupération de chaleur, capacité réfrigérée). Vote : 13 pour, 1 abstention.</p>
    <h2>3. Tarifs 2026 plafonds</h2>
    <p>Le comité fixe les tarifs plafonds applicables jusqu'à l'entrée en vigueur du nouveau contrat :
    crémation adulte 765 euros HT ; crémation des enfants de moins d'un an et des enfants nés sans vie :
    gratuite ; salle de cérémonie : 150 euros HT.</p>
    <h2>4. Espace de recueillement</h2>
    <p>Le comité approuve l'aménagement d'un espace permettant aux familles dont les convictions le
    demandent (notamment hindoues et bouddhistes) d'assister à l'introduction du cercueil dans l'appareil,
    dans des conditions de sécurité validées par le constructeur. Coût : 42 000 euros HT.</p>
    <h2>5. Convention avec le crématorium de Chaumerac</h2>
    <p>Le comité autorise le président à renégocier la convention d'entraide en cas d'arrêt technique, afin
    de garantir une capacité minimale et d'organiser le transport des défunts.</p>
    <h2>6. Questions diverses</h2>
    <p>Le président informe le comité qu'un incident survenu en 2025 fait l'objet d'une procédure ; il ne
    peut en dire davantage à ce stade. Une délégation de Saint-Aubin-des-Prés demande une visite du site
    pour les nouveaux délégués ; elle aura lieu en septembre.</p>
    <p>Prochain comité : 25 septembre 2025.</p>"""),
)

HTML_PAGES["p140_page_jardin_souvenir_dispersion_modalites.html"] = (
    "lormeval.fr — Le jardin du souvenir",
    html("""<h1>Le jardin du souvenir de la Combe</h1><p>Lieu de dispersion des cendres, gratuit, ouvert à
    tous les défunts ayant droit à sépulture à Lormeval. La dispersion a lieu en présence du conservateur,
    sur rendez-vous (03 84 27 52 40). Le nom du défunt peut être gravé sur le mur mémorial (65 €). Les
    familles peuvent se recueillir librement ; les fleurs coupées sont acceptées, pas les plaques ni les
    objets.</p>"""),
)

HTML_PAGES["p141_actualite_inauguration_chambre_funeraire_toilette_rituelle.html"] = (
    "Actualité — La chambre funéraire municipale rénovée",
    html("""<h1>La chambre funéraire municipale rénovée a rouvert</h1><p>Trois salons de présentation, un salon
    de cérémonie, une salle de préparation équipée pour les toilettes rituelles demandées par les familles
    juives et musulmanes, un accès pour les personnes à mobilité réduite : la chambre funéraire de la rue
    du Cimetière a rouvert le 16 juin après huit mois de travaux (640 000 € HT). L'inauguration s'est
    déroulée en présence du maire, de l'adjointe aux affaires funéraires et des représentants des cultes.</p>"""),
)

HTML_PAGES["p142_avis_marche_attribue_publication_boamp.html"] = (
    "Avis d'attribution — marché n° 2025-PF-04",
    html("""<h1>Avis d'attribution</h1><p>Pouvoir adjudicateur : Ville de Lormeval. Objet : prestations
    funéraires pour les obsèques des personnes dépourvues de ressources et relevages de corps. Procédure
    adaptée. Nombre d'offres reçues : 3. Attributaire : Pompes Funèbres Ducastel SARL, Lormeval. Montant
    estimatif annuel : 49 050 € HT. Date de notification : 1er décembre 2025. Voies de recours : tribunal
    administratif de Valsenne.</p>"""),
)

HTML_PAGES["p143_faq_crematorium_questions_familles.html"] = (
    "Crématorium du Val d'Orvanne — questions fréquentes",
    html("""<h1>Questions fréquentes</h1><p><strong>Peut-on assister à la crémation ?</strong> La famille peut
    assister à l'introduction du cercueil, sur demande, notamment lorsque ses convictions le prévoient.
    <strong>Combien de temps dure une crémation ?</strong> Environ 90 minutes. <strong>Un stimulateur
    cardiaque doit-il être retiré ?</strong> Oui, obligatoirement, avant la mise en bière.
    <strong>Que deviennent les prothèses ?</strong> Les métaux sont recyclés ; le produit est reversé à une
    association.</p>"""),
)

HTML_PAGES["p144_annuaire_associations_deuil_entraide.html"] = (
    "lormeval.fr — Associations : deuil, entraide, mémoire",
    html("""<h1>Associations : deuil, entraide et mémoire</h1><ul><li>Jalmalv Orvanne — accompagnement des
    personnes en fin de vie et en deuil</li><li>Les Petites Étoiles — parents endeuillés, deuil
    périnatal</li><li>SOS Suicide Phénix Orvanne — écoute des personnes suicidaires et des proches
    endeuillés</li><li>Les Morts de la rue — collectif</li><li>Secours catholique — équipe de
    Lormeval</li><li>Association des veuves et veufs de l'Orvanne</li><li>Le Souvenir français —
    comité de Lormeval</li><li>Association franco-polonaise de l'Orvanne</li></ul>"""),
)

HTML_PAGES["p145_offre_emploi_fossoyeur_cimetieres.html"] = (
    "Offre d'emploi — Agent des cimetières / fossoyeur (H/F)",
    html("""<h1>Agent des cimetières / fossoyeur (H/F)</h1><p>Ville de Lormeval, service des cimetières.
    Missions : creusement et comblement des fosses, ouverture des caveaux, exhumations, entretien des
    allées, accueil des familles. Profil : CACES apprécié, résistance physique et psychologique, respect
    des familles et de toutes les convictions. Poste ouvert aux travailleurs handicapés selon aptitude.
    Candidature avant le 31 janvier 2026.</p>"""),
)

HTML_PAGES["p146_communique_prefet_condamnation_profanation.html"] = (
    "Communiqué de presse — Préfecture de l'Orvanne",
    html("""<h1>Le préfet condamne la profanation du cimetière de Lormeval</h1><p>Valsenne, le 1er novembre
    2024. Le préfet de l'Orvanne condamne avec la plus grande fermeté la profanation du carré israélite du
    cimetière des Tilleuls à Lormeval, découverte ce matin. Il exprime sa solidarité à la communauté juive
    et aux familles. Une enquête a été ouverte ; tout sera mis en œuvre pour identifier les auteurs. Le
    préfet se rendra sur place cet après-midi avec le maire de Lormeval.</p>"""),
)

HTML_PAGES["p147_page_reprise_concessions_information_generale.html"] = (
    "lormeval.fr — Reprise des concessions",
    html("""<h1>Reprise des concessions échues ou abandonnées</h1><p>Les concessions non renouvelées deux ans
    après leur échéance, et celles constatées en état d'abandon au terme d'une procédure de trois ans,
    peuvent être reprises par la commune. Les restes sont déposés à l'ossuaire, avec inscription des noms.
    Consultez la liste affichée à l'entrée des cimetières. Les familles qui souhaitent conserver une
    sépulture sont invitées à contacter le bureau des affaires funéraires.</p>"""),
)

HTML_PAGES["p148_actualite_conference_religions_et_mort.html"] = (
    "Médiathèque — Conférence « Les religions face à la mort »",
    html("""<h1>Les religions face à la mort</h1><p>Jeudi 20 novembre, 18 h 30, médiathèque de Lormeval.
    Table ronde avec un prêtre, une pasteure, un rabbin, un imam et un moine bouddhiste, animée par un
    historien des religions de l'université de Valsenne : rites funéraires, crémation, résurrection,
    réincarnation. Entrée libre.</p>"""),
)

HTML_PAGES["p149_tarifs_cimetieres_2025_tableau_web.html"] = (
    "lormeval.fr — Tarifs funéraires 2025",
    html("""<table><tr><th>Prestation</th><th>Tarif</th></tr><tr><td>Concession 15 ans (2 m²)</td><td>170 €</td>
    </tr><tr><td>Concession 30 ans</td><td>340 €</td></tr><tr><td>Concession 50 ans</td><td>640 €</td></tr>
    <tr><td>Case de columbarium 15 ans</td><td>420 €</td></tr><tr><td>Taxe d'inhumation</td><td>45 €</td></tr>
    <tr><td>Taxe d'exhumation</td><td>62 €</td></tr><tr><td>Dispersion</td><td>gratuite</td></tr></table>
    <p>Délibération du 12 décembre 2024.</p>"""),
)

HTML_PAGES["p150_plan_acces_cimetiere_combe_divisions.html"] = (
    "Plan du cimetière paysager de la Combe",
    html("""<h1>Plan du cimetière de la Combe</h1><p>Entrée principale route de Valsenne, parking 80 places.
    Divisions 1 à 10 : sépultures en pleine terre et caveaux. Divisions 11 et 12 : regroupement selon les
    usages musulmans. Division 14 : regroupement orthodoxe. Division 9 : terrain commun. Site cinéraire au
    nord, jardin du souvenir près du bassin. Points d'eau : 6. Toilettes accessibles à l'entrée.</p>"""),
)


# --------------------------------------------------------------------------- annexes of long documents

DOCX_BLOCKS["s046_dossier_disciplinaire_agent_regie_vol_bijoux_defunts.docx"] += [
    ("h", "Annexe 1 — Extrait du procès-verbal d'audition de l'agent (transmis par le parquet)"),
    para("""Question : Depuis quand aviez-vous des difficultés avec les jeux ? Réponse : Ça a commencé
    pendant le confinement, les paris sportifs sur le téléphone. Au début je gagnais un peu, après j'ai
    perdu, j'ai emprunté à ma sœur, puis des crédits à la consommation, quatre au total. Ma femme est
    partie avec les enfants en décembre, elle ne savait plus comment payer les courses. J'ai eu honte,
    je n'en ai parlé à personne au travail. Question : Pourquoi avoir pris les bijoux ? Réponse : Je me
    suis dit que la dame n'en avait plus besoin, je sais que c'est horrible. Je voulais rembourser un
    crédit qui passait en contentieux. Pour la montre et la bague, c'était pareil. Je regrette, je
    demande pardon aux familles."""),
    ("h", "Annexe 2 — Mesures d'organisation adoptées par la régie"),
    para("""À la suite de ces faits, la régie a modifié sa procédure de prise en charge des effets
    personnels des défunts : inventaire contradictoire à l'arrivée du corps, signé par deux agents et,
    lorsque c'est possible, par un membre de la famille ; photographie des bijoux et objets de valeur ;
    dépôt immédiat dans le coffre de la chambre funéraire, dont l'accès est tracé ; interdiction du travail
    isolé lors des toilettes et des mises en bière, sauf urgence validée par le chef d'équipe ; remise des
    objets à la famille contre signature. Ces mesures ont été présentées au comité social territorial du
    10 juillet 2025."""),
    ("h", "Annexe 3 — Situation administrative de l'agent"),
    para("""Traitement brut mensuel : 2 146 euros. Saisie sur rémunération en cours au profit de deux
    organismes de crédit (quotité saisissable). Demande d'avance sur traitement refusée en mars 2025.
    Dossier de surendettement déposé par l'agent auprès de la Banque de France le 30 juin 2025, déclaré
    recevable le 28 juillet. L'agent a sollicité l'assistante sociale du personnel, qui l'accompagne
    dans ses démarches. Ces éléments sont portés à la connaissance du conseil de discipline pour
    l'appréciation du contexte et ne constituent pas un motif de la sanction proposée."""),
]

DOCX_BLOCKS["s048_rapport_social_obseques_personne_sans_domicile_tutelle.docx"] += [
    para("""Annexe : le CMP de Lormeval, informé du décès, a indiqué que M. Quéré avait manqué son dernier
    rendez-vous d'injection, prévu le 16 septembre, et qu'une visite à domicile était programmée pour le
    24. L'infirmière référente a assisté aux obsèques."""),
]

DOCX_BLOCKS["s049_rapport_annuel_aumonerie_musulmane_prison_nominatif.docx"] += [
    ("h", "Annexe — Décès survenus en détention en 2024"),
    para("""Deux personnes détenues accompagnées par l'aumônerie sont décédées en 2024 : M. Rachid Amrani,
    58 ans, décédé au CHU des suites d'un cancer en avril, dont le corps a été rapatrié au Maroc après une
    prière mortuaire à laquelle ses codétenus n'ont pas pu assister ; et un jeune homme de 23 ans, M. Issa
    Konaté, retrouvé pendu dans sa cellule du quartier disciplinaire en septembre, inhumé au carré
    musulman de la Combe à Lormeval, l'aumônier ayant assuré la prière en présence de sa mère. Une
    enquête est en cours sur les circonstances de ce décès."""),
]

DOCX_BLOCKS["s050_offre_financiere_delegation_crematorium_candidat.docx"] += [
    ("h", "6. Engagements complémentaires (confidentiel)"),
    para("""Le candidat s'engage à reprendre quatre des six agents actuels aux conditions de rémunération
    suivantes : maintien du salaire de base, prime annuelle ramenée de 1 800 à 1 200 euros, alignement sur
    la convention collective des pompes funèbres. Il prévoit de supprimer le poste d'agent d'accueil à
    temps partiel et de mutualiser la comptabilité avec son agence de Lyon. Il indique que ces choix
    d'organisation, qui relèvent de sa politique sociale interne, ne doivent pas être communiqués aux
    représentants du personnel du délégataire sortant avant l'attribution."""),
    para("""Il propose enfin une clause de partage des gains au-delà de 1 700 crémations par an (50 % au
    profit du syndicat) et une garantie de capacité de 12 crémations par jour en période de surmortalité,
    adossée à un accord de secours avec son crématorium de Bourg, dont il communique les conditions
    tarifaires internes : 410 euros HT par crémation refacturée entre sociétés du groupe."""),
]

DOCX_BLOCKS["s051_proces_verbal_exhumation_judiciaire_instruction.docx"] += [
    ("h", "Observations du conservateur (note séparée, non jointe au procès-verbal)"),
    para("""La fille du défunt, Mme Sylvie Lemercier, qui est à l'origine du signalement, s'est présentée à
    la grille à 7 h 10 alors que l'accès était fermé ; elle a été tenue à l'écart par la police municipale
    et a indiqué qu'elle voulait « voir de ses yeux qu'on ne protège pas cette femme ». Elle a ajouté que
    son père avait été diagnostiqué d'une maladie de Parkinson en 2021, que sa belle-mère avait obtenu une
    procuration sur ses comptes en 2023 et qu'elle avait « vidé » un contrat d'assurance vie. Je n'ai fait
    aucun commentaire et l'ai invitée à s'adresser aux enquêteurs."""),
    para("""Par ailleurs, Mme Marie-Claude Lemercier, l'épouse mise en examen, est titulaire avec le défunt
    de la concession. Le service juridique devra être consulté avant toute nouvelle inhumation dans ce
    caveau et avant toute demande qu'elle présenterait, le contrôle judiciaire lui interdisant, selon les
    enquêteurs, d'entrer en contact avec la fille du défunt. Les agents du cimetière ont pour consigne de
    me prévenir si elle se présente. Le registre d'inhumation porte la mention « opération en cours »."""),
]

DOCX_BLOCKS["p121_rapport_activite_service_cimetieres_2024.docx"] += [
    ("h", "10. Le dialogue avec les familles et les cultes"),
    para("""La commission extra-municipale des cimetières s'est réunie deux fois en 2024. Elle associe les
    élus, les services, les représentants des cultes présents à Lormeval, le Souvenir français, les
    associations d'accompagnement du deuil et la chambre syndicale des opérateurs funéraires. Ses travaux
    ont porté sur l'extension de la Combe, la procédure de reprise, l'organisation de la Toussaint et
    l'hommage annuel aux personnes décédées dans l'isolement. La cérémonie interreligieuse du souvenir du
    2 novembre a réuni environ 400 personnes."""),
    ("h", "Annexe — Indicateurs de qualité de service"),
    ("table", [
        ["Indicateur", "Objectif", "Résultat 2024"],
        ["Délai de délivrance d'une autorisation de crémation", "< 2 h", "1 h 40"],
        ["Délai de réponse aux courriers des familles", "< 15 jours", "11 jours"],
        ["Inhumations réalisées à l'heure prévue", "> 98 %", "99,1 %"],
        ["Réclamations écrites", "—", "14 (dont 9 sur l'entretien)"],
        ["Familles accueillies sans rendez-vous en moins de 15 minutes", "> 90 %", "93 %"],
        ["Concessions échues relancées dans l'année", "100 %", "100 %"],
    ]),
    para("""Les réclamations portent principalement sur l'entretien des allées après les épisodes de pluie,
    le stationnement aux abords des Tilleuls et les délais de pose des plaques au jardin du souvenir. Deux
    réclamations concernaient des désaccords familiaux sur des exhumations, pour lesquels la commune a
    rappelé qu'il appartient au juge de trancher. Aucune réclamation n'a porté sur l'accueil au guichet."""),
    para("""Lexique : concession (droit d'usage d'un emplacement, pour une durée déterminée) ; terrain commun
    (emplacement gratuit de cinq ans) ; reprise (retour du terrain à la commune) ; réduction de corps
    (regroupement des restes dans un reliquaire) ; ossuaire (lieu de dépôt des restes issus des reprises) ;
    cavurne (petit caveau destiné aux urnes) ; jardin du souvenir (espace de dispersion des cendres)."""),
]

DOCX_BLOCKS["p122_proces_verbal_conseil_debat_extension_carre_confessionnel.docx"] += [
    para("""Point n° 12 — Information du maire sur la profanation du carré israélite. Le maire rend compte
    au conseil de la restauration des stèles et remercie les entreprises de marbrerie qui ont travaillé
    bénévolement. Il indique que les auteurs présumés ont été identifiés par la gendarmerie et que la
    commune s'est constituée partie civile. Le conseil unanime renouvelle son soutien à la communauté
    juive de Lormeval et de l'Orvanne."""),
]

DOCX_BLOCKS["p123_cctp_marche_obseques_personnes_depourvues_ressources.docx"] += [
    ("h", "Article 9 — Pénalités"),
    para("""En cas de retard dans la prise en charge du corps au-delà de 24 heures, le titulaire encourt une
    pénalité de 150 euros par jour de retard. En cas de manquement aux obligations de dignité (absence de
    maître de cérémonie, absence de plaque nominative, cercueil non conforme), une pénalité de 300 euros
    par manquement est appliquée, après mise en demeure restée sans effet."""),
]

DOCX_BLOCKS["p124_guide_agents_laicite_neutralite_funeraire.docx"] += [
    ("h", "5. Ce que dit le droit, en bref"),
    para("""Loi du 15 novembre 1887 sur la liberté des funérailles ; loi du 9 décembre 1905, article 28
    (signes religieux sur les sépultures) ; article L. 2213-9 du CGCT (police des funérailles sans
    distinction de culte ni de croyance) ; article 225-17 du code pénal (atteinte à l'intégrité du
    cadavre et violation de sépulture) ; circulaire du 19 février 2008. Les agents peuvent consulter le
    référent laïcité pour toute question, de manière confidentielle."""),
]


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
