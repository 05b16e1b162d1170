"""Build the .docx and .html documents of the hand-written sensitivity set holdout20.

Theme: fire and rescue services (a SDIS and its volunteer and professional firefighters):
intervention reports, victims' care, operational plans, station rosters, medical fitness,
training, accidents on duty, discipline, unions, equipment purchases, prevention visits of
public buildings, commission de sécurité minutes, wildfire plans, statistics, recruitment,
board minutes, letters from residents and press releases.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout20_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout20"
FIXED = dt.datetime(2025, 12, 3, 9, 15, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_enquete_accident_feu_foret_brulures.docx"] = [
    ("title", "Rapport d'enquête après accident de service grave — feu de forêt du col de la Gineste"),
    para("""SDIS des Bouches-du-Rhône-Calanques — Mission santé et sécurité en service. Enquête conduite
    par l'officier sécurité départemental et une délégation de la formation spécialisée en matière de
    santé, de sécurité et de conditions de travail, à la suite de l'accident survenu le 19 juillet 2025
    lors du feu de forêt de Roquefort-Gineste. Rapport établi le 2 septembre 2025."""),
    ("h", "1. Contexte opérationnel"),
    para("""Le feu a pris à 13 h 05 en bordure de la RD 559, par vent de nord-ouest établi à 50 km/h avec
    rafales à 80 km/h, humidité relative de 17 %. À 14 h 20, le groupe d'intervention feux de forêt
    (GIFF) n° 3, composé de quatre camions-citernes feux de forêt (CCF) et d'un véhicule de liaison,
    a reçu pour mission de défendre les habitations du lotissement des Restanques, en lisière du
    massif. Le CCF n° 2 était armé par quatre sapeurs-pompiers : un chef d'agrès, un conducteur et
    deux équipiers."""),
    ("h", "2. Déroulement de l'accident"),
    para("""Vers 14 h 52, une saute de vent a rabattu le front de flammes sur le chemin d'accès au
    lotissement. Le CCF n° 2, positionné en bout de piste, a été entouré par les flammes. Le chef
    d'agrès a ordonné la mise en autoprotection : fermeture des vitres, déclenchement du système de
    rideau d'eau, rabattement des équipiers dans la cabine. L'équipier arrière, le caporal Julien
    Ferracci, SPV du CIS de Cassis-Calanques, qui établissait une lance à 15 mètres du véhicule, a
    rejoint la cabine avec environ vingt secondes de retard sur ses collègues."""),
    para("""Le passage du front a duré environ une minute trente. Le caporal Ferracci a été brûlé au
    visage, au cou et aux mains, sa cagoule ayant glissé et ses gants n'étant pas rabattus sur les
    manchettes. Il a été évacué par l'hélicoptère de la Sécurité civile vers le centre de traitement
    des brûlés de l'hôpital de la Conception. Les trois autres membres de l'équipage n'ont souffert
    que d'une légère intoxication aux fumées."""),
    ("h", "3. Conséquences pour l'agent"),
    para("""Selon les informations transmises au médecin-chef avec l'accord de l'agent, les brûlures
    atteignent le deuxième degré profond sur 9 % de la surface corporelle, avec une atteinte des deux
    mains nécessitant des greffes et une rééducation prolongée. L'agent a été maintenu dix jours en
    réanimation du fait d'une inhalation de fumées chaudes. Il reste, à la date du rapport, en
    rééducation au centre de Valmante ; une reprise de son emploi principal de charpentier n'est pas
    envisageable avant plusieurs mois, et l'aptitude au feu de forêt sera réexaminée à la
    consolidation. Un soutien psychologique lui a été proposé ainsi qu'à sa compagne."""),
    ("h", "4. Analyse des causes"),
    ("table", [
        ["Facteur", "Constat de l'enquête"],
        ["Environnement", "Saute de vent non annoncée par le bulletin de 12 h ; relief en cuvette."],
        ["Organisation", "Point de repli désigné à 300 m mais non reconnu par l'équipage."],
        ["Matériel", "Cagoule de modèle ancien ; gants sans manchette longue."],
        ["Humain", "Équipier isolé à distance du véhicule sans binôme ; fatigue (5e heure d'engagement)."],
        ["Formation", "Dernier recyclage autoprotection de l'agent : 2021."],
    ]),
    ("h", "5. Recommandations"),
    para("""Rappel de la distance maximale de 10 mètres entre l'équipier et le CCF en zone exposée ;
    remplacement des cagoules de modèle ancien avant la saison 2026 ; recyclage annuel obligatoire
    de l'autoprotection pour tous les équipiers feux de forêt ; désignation systématique d'un
    observateur de front par groupe ; intégration de l'accident dans le programme de retour
    d'expérience départemental, sous forme anonymisée."""),
    para("""Le présent rapport est transmis à l'agent, au président de la formation spécialisée et au
    directeur départemental. Il contient des données de santé et n'a pas vocation à être diffusé."""),
]

DOCX_BLOCKS["s047_rapport_conseil_discipline_conduite_alcool.docx"] = [
    ("title", "Rapport de saisine du conseil de discipline — Sergent-chef SPP"),
    para("""Le Président du conseil d'administration du SDIS du Tarn-Montagne Noire à Monsieur le
    Président du conseil de discipline placé auprès du centre de gestion. Objet : saisine pour avis
    sur une sanction du troisième groupe."""),
    ("h", "Agent concerné"),
    para("""Sergent-chef Olivier Cabrol, sapeur-pompier professionnel, né le 12 février 1981, en
    fonction au CIS de Castres-Agout depuis 2009, conducteur poids lourds et chef d'agrès VSAV."""),
    ("h", "Exposé des faits"),
    para("""Le 23 mai 2025, vers 23 h 30, en dehors du service, l'agent a été contrôlé par la
    gendarmerie au volant de son véhicule personnel, sur la RD 612, avec un taux d'alcoolémie de
    1,1 g/l de sang. Son permis de conduire a été suspendu administrativement pour six mois. Le
    tribunal correctionnel de Castres, statuant en comparution sur reconnaissance préalable de
    culpabilité le 4 juillet, l'a condamné à 800 euros d'amende et à une suspension du permis de
    huit mois. La condamnation est inscrite au bulletin n° 2 de son casier judiciaire."""),
    para("""Il s'avère que l'agent n'a pas informé sa hiérarchie de la suspension et a pris le volant
    du VSAV lors de deux gardes, les 28 mai et 2 juin, avant que le chef de centre ne l'apprenne
    par une tierce personne. L'agent a ainsi conduit un véhicule de secours sans permis valide, en
    transportant des victimes."""),
    ("h", "Antécédents"),
    para("""Blâme du 15 mars 2021 pour comportement inapproprié envers un officier lors d'une
    manœuvre. Aucune autre sanction. Ses évaluations antérieures étaient bonnes sur le plan
    technique."""),
    ("h", "Éléments en défense communiqués"),
    para("""Dans ses observations écrites, l'agent évoque une période personnelle très difficile :
    séparation conjugale, décès de son père en avril, consommation d'alcool devenue quotidienne. Il
    indique avoir entamé un suivi auprès d'un centre de soins en addictologie et avoir consulté le
    médecin de prévention."""),
    ("h", "Proposition"),
    para("""Au regard de la gravité de la mise en danger des victimes et des coéquipiers, et du manque
    de loyauté envers la hiérarchie, je propose une exclusion temporaire de fonctions de six mois,
    dont trois avec sursis, et l'affectation, à l'issue, sur un poste sans conduite d'engins
    jusqu'à la récupération du permis et l'avis du médecin."""),
    para("""Pièces jointes : rapport du chef de centre, procès-verbal de gendarmerie, extrait de
    jugement, observations de l'agent. Document confidentiel, réservé aux membres du conseil."""),
]

DOCX_BLOCKS["s048_plan_intervention_tunnel_dr.docx"] = [
    ("title", "Plan d'intervention et de sécurité — Tunnel routier du Col-Rouge (DIFFUSION RESTREINTE)"),
    para("""Document classé Diffusion restreinte. Détenteurs autorisés : CODIS, chefs de groupe et de
    colonne du groupement Sud, exploitant (centre de gestion du trafic). Toute communication à un
    tiers, y compris par extrait, est interdite. Version 4 — avril 2025."""),
    ("h", "1. Description de l'ouvrage"),
    para("""Tunnel bidirectionnel de 3 420 m, une galerie de sécurité parallèle reliée par 9 abris
    pressurisés tous les 380 m. Ventilation semi-transversale, 4 ventilateurs de désenfumage
    pilotés depuis le PC de l'exploitant."""),
    ("h", "2. Points sensibles et vulnérabilités"),
    para("""L'alimentation électrique du PC de l'exploitant dépend d'un poste unique situé à
    l'entrée nord, non redondé ; sa perte entraîne l'arrêt des ventilateurs au bout de 15 minutes
    d'autonomie onduleur. Les abris 6 et 7 présentent un défaut d'étanchéité des portes (surpression
    mesurée insuffisante en mars 2025). La caméra de la galerie de sécurité côté sud est aveugle
    entre les PM 2 600 et 3 000."""),
    ("h", "3. Accès"),
    ("table", [
        ["Accès", "Moyen d'ouverture", "Observations"],
        ["Galerie de sécurité nord", "Code 5521 puis clé triangle", "Clé dans le coffret C-N1"],
        ["Galerie de sécurité sud", "Badge exploitant n° 12 (boîte FPT Col-Rouge)", "Portail lent (90 s)"],
        ["Local technique ventilation", "Code 9087#", "Ne jamais couper sans ordre du COS"],
    ]),
    ("h", "4. Scénario dimensionnant"),
    para("""Incendie d'un poids lourd de 100 MW à mi-tunnel : engagement simultané par les deux têtes,
    attaque par l'amont des fumées, évacuation des usagers par les abris. Moyens : 3 FPT, 2 VSAV,
    1 VSR, cellule de ventilation. Délai d'arrivée du premier engin : 14 minutes côté nord,
    22 minutes côté sud en été (route saturée)."""),
    para("""Diffusion restreinte — article L. 311-5 du code des relations entre le public et
    l'administration : document non communicable en raison des risques pour la sécurité publique."""),
]

DOCX_BLOCKS["s049_memoire_technique_echelle_secret_affaires.docx"] = [
    ("title", "Mémoire technique et financier — Échelle aérienne 32 m — Offre de la société Aerotec"),
    para("""Marché n° 2025-PA-07 du SDIS de la Côte-d'Opale. Le candidat déclare que les parties 3 et 4
    du présent mémoire relèvent du secret des affaires (article L. 151-1 du code de commerce) et ne
    doivent pas être communiquées aux autres candidats ni à des tiers, y compris en cas de demande
    d'accès aux documents administratifs."""),
    ("h", "1. Présentation du candidat"),
    para("""Aerotec Industries, 180 salariés, site de production de Saint-Omer-Aa. Chiffre d'affaires
    2024 : 41 M€, dont 62 % à l'export."""),
    ("h", "2. Caractéristiques de l'échelle proposée"),
    para("""Parc de 5 plans, hauteur de travail 32 m, panier de 400 kg avec déport, articulation
    terminale de 4,2 m, stabilisation automatique en 45 secondes, châssis 16 t."""),
    ("h", "3. Procédé confidentiel"),
    para("""Le parc est réalisé en acier à haute limite élastique S960 soudé selon un procédé orbital
    breveté en cours de dépôt (demande FR 2504418), qui permet un gain de 380 kg sur le poids total.
    Le logiciel de contrôle de charge, développé en interne, corrige en temps réel la flèche à partir
    de 12 capteurs ; son algorithme constitue un avantage concurrentiel déterminant et n'est pas
    décrit dans le présent mémoire public."""),
    ("h", "4. Décomposition du prix"),
    ("table", [
        ["Poste", "Montant HT", "Commentaire interne"],
        ["Châssis (accord fournisseur exclusif)", "126 000 €", "Remise constructeur 27 %"],
        ["Parc et tourelle", "338 000 €", "Coût de revient 241 000 €"],
        ["Panier et articulation", "74 500 €", ""],
        ["Formation et garantie 5 ans", "21 500 €", "Marge 40 %"],
        ["Total", "560 000 €", "Prix plancher autorisé par la direction : 512 000 €"],
    ]),
    para("""Fait à Saint-Omer-Aa, le 2 juin 2025, par M. Dominique Vermeersch, directeur général."""),
]

DOCX_BLOCKS["s050_support_formation_chapitre_ouvrage.docx"] = [
    ("title", "Support de cours FDF 2 — Le comportement du feu de forêt (reproduction d'un ouvrage)"),
    para("""Document pédagogique de l'école départementale, diffusé aux stagiaires sur clé USB. Les
    pages suivantes reproduisent intégralement le chapitre 4 de l'ouvrage « Le feu et la forêt
    méditerranéenne » de Jean-Pierre Castellan (Éditions Garrigue, 2019, pages 87 à 96), avec les
    schémas de l'auteur. Reproduction faite sans autorisation de l'éditeur, en attente de réponse
    à notre demande."""),
    ("h", "Chapitre 4 — Quand le feu choisit sa route"),
    para("""« Il existe un moment, dans chaque grand incendie, où le feu cesse d'obéir au vent pour
    n'obéir qu'à lui-même. Les anciens forestiers de l'Esterel l'appelaient "l'heure où le feu
    respire". C'est l'instant où la colonne de convection, nourrie par des hectares de garrigue
    sèche, s'élève au point d'aspirer l'air de la vallée entière. Alors les flammes couchées sur
    la pente se redressent, les sautes se multiplient à plusieurs centaines de mètres, et toutes
    les prévisions faites à partir du bulletin du matin deviennent caduques. »"""),
    para("""« J'ai vu ce moment pour la première fois en août 1990, au-dessus de Collobrières. Nous
    étions une vingtaine sur la piste de crête, persuadés que la ligne tiendrait. Le vent était
    tombé, le ciel paraissait presque calme. Puis un bruit de train est monté du ravin. En moins
    de deux minutes, le feu avait franchi la crête à l'endroit même où nous n'avions laissé
    personne. Cette leçon, aucun modèle numérique ne me l'a apprise depuis : le relief commande
    autant que le vent, et un talweg orienté vers le front est une cheminée. »"""),
    para("""« Le combustible, lui, parle à qui sait l'écouter. Une garrigue de chêne kermès de vingt
    ans n'a pas le même langage qu'une pinède d'Alep éclaircie. La teneur en eau des aiguilles,
    que nous mesurions jadis à la main en pesant des échantillons avant et après passage à
    l'étuve, descend en dessous de 70 % dans les dernières semaines de juillet : c'est le seuil
    au-delà duquel les houppiers deviennent des torches. »"""),
    ("h", "Questions d'application (formateurs)"),
    para("""1. Identifiez, sur la carte du massif des Maures fournie, les talwegs susceptibles de
    jouer le rôle décrit par l'auteur. 2. Proposez un point de repli pour un GIFF engagé en crête."""),
    para("""Crédit : texte © Éditions Garrigue, tous droits réservés ; schémas 4.1 à 4.6 de l'auteur."""),
]

DOCX_BLOCKS["s051_conseil_medical_allocation_invalidite.docx"] = [
    ("title", "Conseil médical départemental — Formation plénière — Avis du 16 octobre 2025"),
    para("""Dossier : sapeur-pompier volontaire, caporal-chef Jérôme Baudouin, CIS Sarlat-Périgord
    Noir, engagé depuis 2004. Objet : imputabilité au service et taux d'incapacité permanente
    partielle en vue de l'allocation d'invalidité prévue par la loi n° 91-1389."""),
    ("h", "Rappel des faits"),
    para("""Le 14 janvier 2024, lors d'une opération de secours routier sur la RD 704, l'agent a été
    percuté par un véhicule qui n'avait pas respecté le balisage. Il a présenté une fracture
    ouverte du tibia et du péroné gauches, une fracture du bassin et un traumatisme crânien léger."""),
    ("h", "Éléments médicaux"),
    para("""Trois interventions chirurgicales (ostéosynthèse, reprise pour pseudarthrose, ablation du
    matériel). Persistance d'une boiterie, d'un raccourcissement du membre inférieur gauche de
    1,5 cm et de douleurs neuropathiques traitées par prégabaline. Le psychiatre consulté par
    l'expert décrit un syndrome de stress post-traumatique avec évitement de la conduite de nuit.
    L'expert, le Dr Pierre Castagné, fixe la date de consolidation au 30 juin 2025."""),
    ("h", "Avis"),
    ("table", [
        ["Question", "Avis du conseil"],
        ["Imputabilité au service", "Oui, accident survenu en intervention"],
        ["Taux d'IPP", "22 % (dont 5 % au titre des troubles psychiques)"],
        ["Aptitude opérationnelle", "Inaptitude définitive aux missions opérationnelles"],
        ["Reconversion", "Possible au sein du SDIS en activité non opérationnelle (formation, CTA)"],
    ]),
    para("""L'agent, présent, a été entendu. Il souhaite rester engagé au titre d'une activité de
    formateur secourisme. Avis rendu à l'unanimité. Document couvert par le secret médical,
    transmis à l'agent et, pour les seules conclusions administratives, à l'autorité de gestion."""),
]

DOCX_BLOCKS["s052_fiche_bilan_nourrisson_suspicion.docx"] = [
    ("title", "Fiche bilan secouriste — Nourrisson — Intervention n° 25-207744"),
    ("table", [
        ["Rubrique", "Renseignement"],
        ["Date / heure", "9 février 2025, 06 h 48"],
        ["Adresse", "26 rue Pasteur, 1er étage, Hayange-Fensch"],
        ["Victime", "Lina B., 4 mois"],
        ["Présents", "La mère (19 ans) et son compagnon (non père de l'enfant)"],
        ["Motif d'appel", "« Le bébé ne respire pas bien, il est tout mou »"],
    ]),
    ("h", "Bilan"),
    para("""Nourrisson hypotonique, réactif à la douleur uniquement, pleurs faibles. FC 168, FR 48,
    SpO2 93 %. Fontanelle bombée. Hématome de 2 cm derrière l'oreille droite. Le compagnon déclare
    que l'enfant « a glissé du canapé » la veille au soir ; la mère dit ne pas avoir été présente,
    étant au travail de nuit. Le compagnon reconnaît « l'avoir un peu secouée pour la calmer »
    quand elle pleurait vers 4 h."""),
    ("h", "Actions"),
    para("""Oxygénothérapie, position latérale, surveillance. Demande de SMUR pédiatrique (sur place à
    07 h 05). Transport médicalisé vers le CHR de Metz-Thionville, réanimation pédiatrique, suspicion
    de syndrome du bébé secoué."""),
    ("h", "Transmissions"),
    para("""Le chef d'agrès a fait part au médecin du SMUR des déclarations du compagnon. Le CODIS a
    informé l'officier de police judiciaire et la cellule de recueil des informations préoccupantes.
    Les deux frères et sœurs de la mère, mineurs, présents dans le logement, ont été confiés à la
    grand-mère."""),
    para("""Document médical et à caractère judiciaire — ne pas joindre au compte rendu standard."""),
]

DOCX_BLOCKS["s053_cr_bureau_syndical_adhesions.docx"] = [
    ("title", "Syndicat autonome des sapeurs-pompiers du Jura-Bresse — Compte rendu du bureau du 8 septembre"),
    para("""Présents : Adjudant-chef Fabrice Monnier (président), Sergent Aline Girod (trésorière),
    Caporal-chef David Perrin (secrétaire), Lieutenant Bruno Jacquet. Excusé : Sergent Éric Vuillet."""),
    ("h", "1. Adhésions et cotisations"),
    para("""La trésorière présente l'état des adhésions : 187 adhérents à jour, dont 14 nouveaux depuis
    juin. Parmi eux, cinq agents du CIS de Lons-Revermont (sapeurs Lucas Roy, Mélanie Faivre,
    Yohan Bailly, caporal Théo Janin et sergent Aurélien Duraffourg) ont rejoint le syndicat après
    avoir quitté la section FA/SPP-PATS. Trois adhérents sont en retard de cotisation depuis plus
    de six mois : caporal Sylvain Michaud (CIS Dole-Doubs), sergent-chef Karine Rota (CTA), sapeur
    Adrien Bourgeois (CIS Champagnole). Relance téléphonique par le secrétaire."""),
    ("h", "2. Contentieux"),
    para("""Le syndicat soutient le recours de l'adhérent sergent Vincent Berthet contre son refus
    d'avancement ; l'avocat estime les chances sérieuses. Prise en charge des honoraires (1 800 €)."""),
    ("h", "3. Préparation des élections professionnelles"),
    para("""Constitution de la liste CST : tête de liste Adjudant-chef Monnier, puis Sergent Girod,
    Caporal-chef Perrin. Plusieurs agents sollicités ont refusé d'apparaître par crainte pour leur
    avancement ; le bureau le déplore."""),
    para("""Compte rendu réservé aux membres du bureau."""),
]

DOCX_BLOCKS["s054_grille_entretien_recrutement_annotee.docx"] = [
    ("title", "Concours externe de sapeur-pompier professionnel — Grille d'entretien annotée"),
    para("""Jury n° 3 — Session du 12 mars 2025 — Candidat n° 0418 : Mme Hafsa Benali, 23 ans,
    titulaire d'un BTS, SPV depuis 5 ans au CIS de Roubaix-Est."""),
    ("table", [
        ["Critère", "Note /5", "Observations du jury"],
        ["Motivation et connaissance du métier", "4", "Très bonne connaissance de l'organisation"],
        ["Expérience opérationnelle", "4", "Nombreuses gardes en VSAV"],
        ["Capacité à travailler en équipe", "3", "Un peu réservée"],
        ["Aptitude au commandement", "3", ""],
        ["Comportement", "2", "Voir remarque ci-dessous"],
    ]),
    ("h", "Remarques manuscrites reportées"),
    para("""« La candidate porte le voile en dehors du service selon le président de jury, qui la connaît
    de vue ; elle indique faire la prière et jeûner pendant le ramadan. Interrogée sur la
    compatibilité avec les gardes, elle répond qu'elle a toujours respecté la neutralité en service
    et qu'elle n'a jamais demandé d'aménagement. Un membre estime qu'il faut "vérifier sa capacité à
    respecter la laïcité". Note de comportement abaissée en conséquence. »"""),
    para("""Total : 16/25 — Non admise (seuil : 17). Observation du représentant du personnel au jury :
    les questions relatives à la religion n'avaient pas lieu d'être posées et ne peuvent fonder une
    note ; il demande que sa réserve figure au procès-verbal."""),
]

DOCX_BLOCKS["s055_rapport_enquete_administrative_harcelement.docx"] = [
    ("title", "Rapport d'enquête administrative — Signalement de harcèlement sexuel au CIS de Vesoul-Durgeon"),
    para("""Enquête diligentée par le directeur départemental par lettre de mission du 3 février 2025.
    Enquêteurs : Commandant Véronique Lallemand, cheffe du service RH, et M. Pierre Girardot,
    juriste. Document strictement confidentiel."""),
    ("h", "1. Objet"),
    para("""Le 27 janvier 2025, la sapeure de 1re classe Clara Mathey, SPV âgée de 19 ans, a signalé
    au référent égalité des faits imputés au sergent-chef Alain Grosjean, SPP, chef de garde au
    centre."""),
    ("h", "2. Faits rapportés"),
    para("""Selon la plaignante, le sergent-chef lui a envoyé entre octobre et janvier une trentaine
    de messages à connotation sexuelle, dont des photographies, lui a proposé à plusieurs reprises
    de « finir la garde chez lui » et, le 18 janvier, l'a suivie dans le vestiaire des femmes où
    il l'aurait embrassée de force. Elle dit avoir cessé de venir en garde par peur et souffrir
    d'insomnies ; elle est suivie par un psychologue."""),
    ("h", "3. Auditions"),
    para("""Sept agents ont été entendus. Deux sapeures confirment avoir reçu des messages du même
    type en 2023, sans l'avoir signalé. Le sergent-chef reconnaît les messages, qu'il qualifie de
    « plaisanteries », et conteste les faits du vestiaire. Il indique traverser une période de
    séparation."""),
    ("h", "4. Conclusions"),
    para("""Les enquêteurs estiment les faits de harcèlement sexuel établis et les faits du 18 janvier
    suffisamment étayés pour justifier un signalement au procureur de la République au titre de
    l'article 40 du code de procédure pénale. Ils proposent la suspension immédiate de l'agent,
    l'engagement d'une procédure disciplinaire et la protection fonctionnelle de la victime."""),
]

DOCX_BLOCKS["s056_note_sociale_famille_sinistree.docx"] = [
    ("title", "Cellule d'accompagnement post-incendie — Note de situation — Famille du 8 rue Voltaire"),
    para("""Rédacteurs : la cheffe de groupe prévention-accompagnement du SDIS et l'assistante sociale
    de secteur du conseil départemental. Destinataires : CCAS de Montluçon-Cher, bailleur Allier
    Habitat. Date : 20 novembre 2025."""),
    ("h", "Composition du foyer"),
    para("""Mme Samira Haddou, 38 ans, mère seule, et ses quatre enfants (16, 12, 9 et 3 ans). Le père
    des deux aînés est décédé ; celui des plus jeunes ne verse plus la pension alimentaire fixée
    par le juge depuis 2023 et n'a plus de contact avec eux."""),
    ("h", "Situation après l'incendie du 15 novembre"),
    para("""Le logement est inhabitable. La famille est hébergée à l'hôtel par le CCAS pour dix nuits.
    Mme Haddou, employée à temps partiel dans une entreprise de nettoyage, perçoit le RSA activité
    et l'allocation de soutien familial. Elle avait une dette de loyer de 2 100 € et un plan
    d'apurement en cours. Elle n'avait pas d'assurance habitation, faute de moyens. Les vêtements,
    les fournitures scolaires et le lit médicalisé du plus jeune, atteint d'une maladie
    neuromusculaire, ont été détruits."""),
    ("h", "Propositions"),
    ("table", [
        ["Besoin", "Action", "Porteur"],
        ["Relogement", "Logement T4 adapté, commission d'attribution du 28/11", "Allier Habitat"],
        ["Secours financier", "Aide d'urgence 600 € + FSL accès", "CCAS / Département"],
        ["Matériel médical", "Remplacement du lit via la MDPH et l'association AFM-Téléthon", "AS"],
        ["Scolarité", "Fournitures et prise en charge de la cantine", "Collège / CCAS"],
        ["Soutien psychologique", "Consultation CMP enfants pour le fils de 9 ans, très choqué", "AS"],
    ]),
    para("""Mme Haddou a donné son accord à la transmission de la présente note aux seuls destinataires
    désignés."""),
]

DOCX_BLOCKS["s057_note_ddsis_condamnation_agent.docx"] = [
    ("title", "Note au Directeur départemental — Situation pénale d'un agent"),
    para("""Objet : information sur la condamnation du caporal Nathan Fleury, SPP au CIS Chartres-Eure.
    Classement : personnel et confidentiel."""),
    para("""Par courrier du 6 octobre 2025, le procureur de la République de Chartres nous a informés,
    en application de l'article 11-2 du code de procédure pénale, de la condamnation de l'agent par
    le tribunal correctionnel, le 25 septembre, à dix mois d'emprisonnement avec sursis probatoire
    pendant deux ans pour violences volontaires sur conjoint ayant entraîné une incapacité de
    travail de douze jours, avec obligation de soins et interdiction de contact avec la victime."""),
    para("""L'agent n'avait pas informé sa hiérarchie de la procédure, engagée en février. Ses
    évaluations sont bonnes et aucun incident n'a été relevé en service. Il a toutefois des
    contacts fréquents avec des victimes de violences intrafamiliales en intervention VSAV."""),
    ("h", "Options"),
    para("""1) Engager une procédure disciplinaire pour atteinte à la réputation du service (faits
    commis hors service mais de nature à jeter le discrédit) ; 2) affecter temporairement l'agent
    sur des missions sans contact avec les victimes de violences ; 3) prendre acte sans suite.
    Le service juridique recommande l'option 1, assortie de l'option 2 à titre conservatoire."""),
    para("""Capitaine Marine Delorme, cheffe du service juridique et des affaires statutaires"""),
]

DOCX_BLOCKS["s058_audit_securite_systemes_information.docx"] = [
    ("title", "Audit de sécurité du système d'information opérationnel — Rapport de synthèse — CONFIDENTIEL"),
    para("""Prestataire : Cybernord Conseil. Périmètre : système de gestion opérationnelle (SGO),
    réseau du CTA-CODIS, postes des centres. Période : 2 au 20 juin 2025. Niveau de classification
    demandé par le SDIS : Confidentiel — diffusion limitée au comité de direction et au RSSI."""),
    ("h", "Vulnérabilités critiques"),
    ("table", [
        ["Réf.", "Vulnérabilité", "Criticité"],
        ["V1", "Serveur SGO sous Windows Server 2012 non maintenu, 14 failles publiques exploitables",
         "Critique"],
        ["V2", "Compte « admin_sgo » partagé, mot de passe identique depuis 2018 et connu de 30 agents",
         "Critique"],
        ["V3", "Accès VPN des prestataires sans double authentification", "Élevée"],
        ["V4", "Sauvegardes sur le même site que le CTA, non chiffrées", "Élevée"],
        ["V5", "Réseau des centres non segmenté : un poste de caserne infecté peut atteindre le SGO",
         "Élevée"],
    ]),
    ("h", "Scénario d'attaque démontré"),
    para("""À partir d'un poste du CIS de Béthune-Lys, l'auditeur a obtenu en 3 heures les droits
    d'administration du domaine, puis un accès au SGO permettant de modifier l'état de
    disponibilité des engins. Un rançongiciel suivant le même chemin paralyserait l'alerte."""),
    ("h", "Recommandations prioritaires"),
    para("""Migration du serveur SGO avant fin 2025 ; suppression du compte partagé ; authentification
    forte des accès distants ; sauvegarde externalisée hors ligne ; segmentation réseau."""),
]

DOCX_BLOCKS["s059_dossier_accompagnement_victime_sans_titre.docx"] = [
    ("title", "Fiche de suivi — Victime de l'incendie du squat de la rue des Tanneurs"),
    para("""Cellule départementale d'urgence médico-psychologique et service social du SDIS, en lien
    avec l'association d'aide aux migrants « Terre d'accueil 63 ». Date : 4 avril 2025."""),
    para("""Personne concernée : M. Abdoulaye Konaté, 29 ans, ressortissant malien, blessé aux pieds en
    sautant du premier étage lors de l'incendie du 29 mars. Il a été hospitalisé cinq jours au CHU
    de Clermont-Ferrand."""),
    ("h", "Situation administrative"),
    para("""M. Konaté est en situation irrégulière depuis le rejet définitif de sa demande d'asile
    par la CNDA en 2023 ; il fait l'objet d'une obligation de quitter le territoire français
    notifiée en janvier 2024, non exécutée. Il craint d'être interpellé s'il se présente à la
    consultation de suivi et a refusé de donner son adresse actuelle. Il travaille de façon non
    déclarée dans le bâtiment."""),
    ("h", "Accompagnement"),
    para("""Orientation vers la permanence d'accès aux soins de santé (PASS) pour les soins de suivi ;
    information sur l'aide médicale de l'État ; mise en relation avec la juriste de l'association
    pour une éventuelle demande d'admission exceptionnelle au séjour. Le SDIS ne transmet aucune
    information à la préfecture."""),
]

DOCX_BLOCKS["s060_pv_casdis_huis_clos_vice_president.docx"] = [
    ("title", "Procès-verbal de la séance du conseil d'administration du SDIS de la Haute-Marne-Bassigny"),
    para("""Séance du 20 juin 2025, salle du conseil de la direction départementale, Chaumont-Suize.
    Présidence : Mme Nathalie Perrot, présidente du conseil d'administration. Membres présents :
    16 sur 22 ; pouvoirs : 2. Assistaient avec voix consultative : le colonel Thierry Moine, DDSIS ;
    le lieutenant-colonel Sandrine Aubert, DDA ; le médecin-chef, Dr Luc Garnier ; les
    représentants des sapeurs-pompiers professionnels et volontaires ; le payeur départemental."""),
    ("h", "1. Approbation du procès-verbal de la séance du 28 mars 2025"),
    para("""Le procès-verbal est approuvé à l'unanimité, sous réserve de la correction de la
    composition de la commission d'appel d'offres demandée par M. Hervé Collin."""),
    ("h", "2. Compte de gestion et compte administratif 2024"),
    para("""Le DDA présente les résultats : excédent de fonctionnement de 2,4 M€, déficit
    d'investissement de 0,9 M€ couvert par l'affectation du résultat. Les dépenses de personnel
    progressent de 5,1 %, sous l'effet de la revalorisation des indemnités des volontaires et de
    la création de six postes de sapeur. La présidente quitte la séance pour le vote ; le compte
    administratif est adopté par 15 voix pour et 1 abstention (M. Collin)."""),
    ("h", "3. Plan pluriannuel d'investissement 2026-2030"),
    para("""Le plan prévoit la reconstruction des CIS de Langres-Plateau (5,1 M€) et de
    Joinville-Marne (3,2 M€), le renouvellement de 24 VSAV et de 9 FPT, et la modernisation du
    système de gestion opérationnelle mutualisé avec deux départements voisins. M. Olivier Ravier
    s'interroge sur la soutenabilité financière ; la présidente rappelle l'engagement du
    département à hauteur de 55 % de la contribution. Adopté par 17 voix pour et 1 contre."""),
    ("h", "4. Convention avec l'Union départementale des sapeurs-pompiers"),
    para("""La convention triennale fixe la subvention annuelle à 52 000 € et précise la mise à
    disposition de locaux. Adoptée à l'unanimité."""),
    ("h", "5. Rapport sur la saison estivale et les feux de récoltes"),
    para("""Le DDSIS fait état de 214 feux de récoltes et de chaumes entre le 15 juin et le
    15 août 2024, en hausse de 40 %, et présente le dispositif 2025 : pré-positionnement de
    quatre groupes d'intervention dans les secteurs céréaliers les jours de risque sévère,
    convention avec la chambre d'agriculture pour les déchaumages d'urgence. Le conseil prend
    acte."""),
    ("h", "6. Questions diverses — séance non publique"),
    para("""À la demande de la présidente, le public et les représentants du personnel se retirent.
    La présidente informe le conseil que M. Jean-Claude Marchal, premier vice-président, conseiller
    départemental du canton de Bourmont, absent depuis la séance de mars, est hospitalisé depuis
    avril au centre de cancérologie de Nancy pour un lymphome ; il suit une chimiothérapie
    intensive et a fait savoir qu'il ne pourrait pas siéger avant plusieurs mois. Il a demandé
    que l'information ne soit pas rendue publique et que son absence soit présentée comme liée à
    des « raisons personnelles »."""),
    para("""La présidente propose que la délégation de M. Marchal pour les questions de patrimoine
    immobilier soit temporairement confiée à Mme Agnès Fontaine, deuxième vice-présidente. Le
    conseil en prend acte ; un arrêté de délégation sera pris."""),
    para("""La séance est levée à 18 h 05. La présidente, Nathalie Perrot. Le secrétaire de séance,
    Olivier Ravier. Le point 6 ne figure pas au compte rendu affiché."""),
]


# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_activite_annuel_2024.docx"] = [
    ("title", "Rapport d'activité 2024 du SDIS de la Charente-Angoumois"),
    ("h", "Le mot du président et du directeur"),
    para("""L'année 2024 a été marquée par une activité opérationnelle soutenue, avec 41 206
    interventions, et par l'aboutissement de plusieurs projets structurants : mise en service du
    nouveau centre de traitement de l'alerte, ouverture du CIS de Cognac-Ouest, déploiement des
    tablettes de bilan numérique dans tous les VSAV. Nous remercions les 2 640 sapeurs-pompiers
    volontaires, les 398 professionnels, les personnels administratifs et techniques et les membres
    du service de santé pour leur engagement. M. Jacques Bouchet, président du CASDIS ; colonel
    Didier Fayolle, directeur départemental."""),
    ("h", "1. Activité opérationnelle"),
    ("table", [
        ["Nature", "2023", "2024", "Évolution"],
        ["Secours à personne", "32 118", "33 540", "+4,4 %"],
        ["Accidents de circulation", "2 640", "2 512", "-4,8 %"],
        ["Incendies", "2 980", "2 764", "-7,2 %"],
        ["Opérations diverses", "2 210", "2 390", "+8,1 %"],
        ["Total", "39 948", "41 206", "+3,1 %"],
    ]),
    para("""Le secours à personne représente 81 % de l'activité. Les carences ambulancières, c'est-à-dire
    les interventions réalisées à la demande du SAMU faute d'ambulance privée disponible, ont
    atteint 3 870, soit une hausse de 19 %. Les interventions pour personnes âgées ayant chuté à
    domicile, sans autre détresse, continuent de progresser (+11 %)."""),
    para("""Les feux de végétation ont été moins nombreux qu'en 2023 grâce à un printemps pluvieux,
    mais l'épisode de sécheresse de fin août a conduit à engager 410 sapeurs-pompiers sur le feu de
    Montbron (96 ha). Deux colonnes ont été envoyées en renfort en Gironde et dans l'Aude."""),
    ("h", "2. Ressources humaines"),
    para("""Le SDIS a recruté 212 nouveaux sapeurs-pompiers volontaires (contre 187 en 2023) grâce à la
    campagne « Pompier près de chez vous » ; la part des femmes parmi les recrues atteint 29 %. Les
    démissions restent élevées (164), principalement pour raisons professionnelles ou
    familiales et de déménagement, selon les questionnaires de départ anonymes. Quatorze sapeurs
    professionnels ont été recrutés par concours."""),
    para("""En matière de santé et de sécurité, 71 accidents de service ont été déclarés, dont 29 en
    intervention ; la formation spécialisée a adopté un plan de prévention des cancers
    professionnels (nettoyage des EPI, douches de décontamination, suivi médical renforcé)."""),
    ("h", "3. Prévention et prévision"),
    para("""Les préventionnistes ont participé à 1 184 visites d'établissements recevant du public, dont
    96 visites de réception. 41 avis défavorables ont été émis, dont 12 ont conduit à des arrêtés
    de fermeture par les maires concernés. 2 318 points d'eau incendie ont été contrôlés."""),
    ("h", "4. Finances"),
    para("""Le budget de fonctionnement s'élève à 72,4 M€, financé à 58 % par le département et à 42 %
    par les communes et intercommunalités. Les investissements ont atteint 11,8 M€, dont 4,6 M€
    pour les véhicules et 4,1 M€ pour les bâtiments."""),
    ("h", "5. Perspectives 2025"),
    para("""Révision du SDACR, lancement du plan de fidélisation des volontaires, construction du CIS
    de Ruffec-Nord, expérimentation d'un véhicule de soins infirmiers dans les zones rurales les
    plus éloignées des urgences."""),
]

DOCX_BLOCKS["p122_synthese_sdacr_revise.docx"] = [
    ("title", "Schéma départemental d'analyse et de couverture des risques 2025-2030 — Synthèse"),
    para("""Arrêté par le préfet du Lot-Quercy le 10 février 2025, après avis conforme du conseil
    d'administration du SDIS et avis du conseil départemental."""),
    ("h", "Les risques courants"),
    para("""L'analyse des 96 000 interventions des cinq dernières années montre une forte
    concentration de l'activité sur l'axe Cahors-Figeac et une saisonnalité marquée l'été dans la
    vallée de la Dordogne, dont la population triple en juillet-août."""),
    ("h", "Les risques complexes"),
    para("""Le schéma identifie le risque de feux de forêt sur les causses, le risque d'inondation
    (Lot, Célé, Dordogne), le transport de matières dangereuses sur l'A20, le risque lié aux
    cavités souterraines touristiques et deux barrages classés."""),
    ("h", "Objectifs de couverture"),
    ("table", [
        ["Catégorie de commune", "Délai d'arrivée du premier engin", "Objectif de réalisation"],
        ["Zones urbaines", "15 minutes", "95 %"],
        ["Zones péri-urbaines", "20 minutes", "90 %"],
        ["Zones rurales", "25 minutes", "90 %"],
    ]),
    ("h", "Orientations"),
    para("""Maintien du maillage de 41 centres ; création de gardes postées estivales à Souillac et
    Saint-Céré ; développement de la disponibilité en journée des volontaires ; renforcement de la
    défense extérieure contre l'incendie dans 64 communes déficitaires."""),
]

DOCX_BLOCKS["p123_pdpfci_extrait_actions.docx"] = [
    ("title", "Plan départemental de protection des forêts contre les incendies 2025-2034 — Extrait"),
    para("""Document arrêté par le préfet des Landes-Gascogne après consultation de la commission
    consultative départementale de sécurité et d'accessibilité, des communes et des associations
    de défense des forêts contre l'incendie (DFCI). Extrait publié au recueil des actes."""),
    ("h", "1. Diagnostic"),
    para("""Le massif des Landes de Gascogne couvre 620 000 hectares dans le département, dont 92 % en
    forêt privée de pin maritime. Entre 2014 et 2023, 2 860 départs de feu ont été recensés, pour
    4 950 hectares parcourus. Les causes connues sont, par ordre de fréquence : travaux agricoles
    et forestiers (28 %), malveillance (19 %), imprudences des particuliers, notamment les
    barbecues et le brûlage de végétaux (17 %), lignes électriques (6 %), foudre (4 %). Un quart
    des causes restent indéterminées."""),
    para("""L'évolution climatique augmente le nombre de jours à risque sévère : 31 jours par an en
    moyenne sur 2014-2023 contre 14 sur 1994-2003. Les grands feux de 2022 en Gironde voisine ont
    montré la possibilité d'incendies de plusieurs milliers d'hectares dans le massif."""),
    ("h", "2. Objectifs"),
    para("""Réduire le nombre de départs de feu de 20 % ; limiter la surface moyenne par feu à moins de
    un hectare ; éviter tout feu de plus de 500 hectares ; protéger les zones habitées en
    interface forêt-habitat."""),
    ("h", "3. Actions"),
    ("table", [
        ["Action", "Pilote", "Échéance"],
        ["Contrôle des obligations légales de débroussaillement dans 80 communes", "Maires / DDTM", "2026"],
        ["Création de 120 km de pistes DFCI et de 40 points d'eau", "Associations DFCI", "2030"],
        ["Surveillance par 14 tours de guet et patrouilles armées", "SDIS / ONF", "annuel"],
        ["Sensibilisation des scolaires et des touristes", "SDIS / communes", "annuel"],
        ["Recherche des causes et circonstances des incendies", "SDIS / gendarmerie", "continu"],
    ]),
    ("h", "4. Dispositif opérationnel estival"),
    para("""Du 1er juillet au 15 septembre, le SDIS met en place 24 groupes d'intervention feux de forêt,
    une garde héliportée et deux postes de commandement de colonne. Les niveaux de mobilisation
    sont fixés quotidiennement en fonction de l'indice forêt météo. L'accès aux massifs peut être
    réglementé par arrêté préfectoral."""),
    ("h", "5. Suivi"),
    para("""Un bilan annuel est présenté à la sous-commission pour la sécurité contre les risques
    d'incendie de forêt. Les indicateurs sont publiés sur le site des services de l'État."""),
]

DOCX_BLOCKS["p124_livret_accueil_nouveau_volontaire.docx"] = [
    ("title", "Livret d'accueil du sapeur-pompier volontaire"),
    ("h", "Bienvenue"),
    para("""Vous venez de signer votre engagement de sapeur-pompier volontaire. Ce livret vous présente
    l'organisation du SDIS, vos droits et vos obligations, et les contacts utiles."""),
    ("h", "Votre parcours des premiers mois"),
    ("table", [
        ["Étape", "Délai", "Contenu"],
        ["Visite médicale d'engagement", "avant la signature", "aptitude et profil médical"],
        ["Formation initiale — module transverse", "3 premiers mois", "sécurité, radio, secourisme"],
        ["Module secours à personne", "6 premiers mois", "équipier VSAV"],
        ["Module incendie", "première année", "équipier incendie, ARI"],
        ["Période probatoire", "1 an", "évaluation par le chef de centre"],
    ]),
    ("h", "Vos droits"),
    para("""Indemnités horaires, protection sociale en cas d'accident ou de maladie contractée en
    service, autorisation d'absence de votre employeur pour les formations (au moins 10 jours sur
    votre engagement de 5 ans), prestation de fidélisation et de reconnaissance après 15 ans."""),
    ("h", "Vos obligations"),
    para("""Respecter vos disponibilités déclarées, porter la tenue réglementaire, suivre les formations
    de maintien des acquis, respecter le secret professionnel sur ce que vous voyez en intervention
    et la discrétion sur la vie du service, y compris sur les réseaux sociaux."""),
    ("h", "Contacts utiles"),
    para("""Bureau du volontariat ; service de santé et de secours médical (pour toute question de
    santé, en toute confidentialité) ; référent égalité et cellule d'écoute ; psychologues du SSSM
    après une intervention difficile ; Union départementale et amicale de votre centre."""),
]

DOCX_BLOCKS["p125_cctp_vehicule_feux_foret.docx"] = [
    ("title", "Cahier des clauses techniques particulières — Camion-citerne feux de forêt moyen (CCFM)"),
    para("""Marché public de fournitures du SDIS du Gard-Cévennes — Accord-cadre 2026-2029."""),
    ("h", "Article 1 — Objet"),
    para("""Fourniture de camions-citernes feux de forêt de catégorie moyenne (4x4, 14 à 16 t), conformes
    à la norme NF EN 1846 et au guide national de référence des véhicules feux de forêt."""),
    ("h", "Article 2 — Exigences principales"),
    ("table", [
        ["Élément", "Exigence minimale"],
        ["Citerne", "4 000 litres, réserve de 400 litres pour l'autoprotection"],
        ["Pompe", "Haute pression, 1 000 l/min à 15 bar"],
        ["Cabine", "Protection thermique, rideau d'eau d'autoprotection, 4 places"],
        ["Franchissement", "Pente de 40 %, dévers de 25 %, passage à gué de 60 cm"],
        ["Motorisation", "Norme Euro VI, compatible biocarburant HVO"],
    ]),
    ("h", "Article 3 — Essais"),
    para("""Essais de réception sur piste DFCI en présence du groupement logistique ; essai
    d'autoprotection au banc ; vérification de la stabilité."""),
    ("h", "Article 4 — Formation et garantie"),
    para("""Formation de 12 conducteurs-formateurs ; garantie pièces et main-d'œuvre de 3 ans."""),
]

DOCX_BLOCKS["p126_pv_sous_commission_hotel_defavorable.docx"] = [
    ("title", "Procès-verbal de la sous-commission départementale pour la sécurité — Hôtel des Thermes"),
    para("""Établissement : Hôtel des Thermes, 14 avenue de la Source, Vals-les-Sources. Type O,
    4e catégorie, 96 chambres. Exploitant : SAS Hôtellerie Vivaraise, représentée par son gérant,
    M. François Teyssier. Visite périodique du 12 mai 2025. Présidence : M. Yann Garnier,
    sous-préfet de Largentière-Sud. Rapporteur : Lieutenant Céline Arnaud, SDIS."""),
    ("h", "Constatations"),
    para("""Le registre de sécurité n'est pas à jour ; les vérifications périodiques des installations
    électriques et du désenfumage n'ont pas été réalisées depuis 2022. Le système de sécurité
    incendie présente trois dérangements non levés. Les portes coupe-feu de l'escalier principal
    sont maintenues ouvertes par des cales. Le personnel de nuit (un veilleur) n'a pas été formé
    à l'évacuation."""),
    ("h", "Prescriptions"),
    ("table", [
        ["N°", "Prescription", "Délai"],
        ["1", "Faire réaliser les vérifications réglementaires par un organisme agréé", "1 mois"],
        ["2", "Lever les dérangements du SSI", "immédiat"],
        ["3", "Supprimer les cales et asservir les portes au SSI", "immédiat"],
        ["4", "Former le personnel, dont le veilleur de nuit", "1 mois"],
        ["5", "Réaliser un exercice d'évacuation", "2 mois"],
    ]),
    ("h", "Avis"),
    para("""La sous-commission émet un avis DÉFAVORABLE à la poursuite de l'exploitation, à l'unanimité.
    Le maire de Vals-les-Sources, M. Bernard Roche, autorité de police, en est informé ; une
    contre-visite sera organisée dans deux mois."""),
]

DOCX_BLOCKS["p127_note_doctrine_prise_en_charge_brules.docx"] = [
    ("title", "Note de doctrine SSSM — Prise en charge préhospitalière des victimes de brûlures"),
    ("h", "1. Évaluation"),
    para("""Évaluer la surface brûlée avec la règle des 9 de Wallace chez l'adulte, la paume de la main
    de la victime correspondant à 1 %. Rechercher la profondeur (phlyctènes, couleur, sensibilité),
    les localisations à risque (visage, cou, mains, périnée, circulaires) et les signes
    d'inhalation de fumées (suies narinaires, voix rauque, toux)."""),
    ("h", "2. Gestes"),
    para("""Refroidir à l'eau tempérée (15 à 25 °C) pendant 10 à 20 minutes dans les 30 premières
    minutes, sans provoquer d'hypothermie ; retirer vêtements et bijoux non adhérents ; couvrir
    avec des champs stériles ou un film alimentaire ; oxygénothérapie en cas de suspicion
    d'inhalation ou d'intoxication au monoxyde de carbone."""),
    ("h", "3. Critères de gravité justifiant un avis médical"),
    ("table", [
        ["Critère", "Seuil"],
        ["Surface (adulte)", "> 10 %"],
        ["Surface (enfant)", "> 5 %"],
        ["Localisation", "visage, mains, périnée, circulaire"],
        ["Terrain", "âge > 70 ans, enfant < 2 ans, maladie chronique"],
        ["Mécanisme", "électrique, chimique, explosion, inhalation"],
    ]),
    ("h", "4. Orientation"),
    para("""L'orientation vers un centre de traitement des brûlés est décidée par le médecin
    régulateur. Les informations médicales sont transmises au CRRA 15 par ligne dédiée."""),
]

DOCX_BLOCKS["p128_programme_formation_initiale_spv.docx"] = [
    ("title", "Programme de la formation initiale des sapeurs-pompiers volontaires — 2026"),
    para("""École départementale d'incendie et de secours de la Loire-Forez. Conforme à l'arrêté du
    22 août 2019 relatif aux formations des sapeurs-pompiers professionnels et volontaires."""),
    ("table", [
        ["Module", "Durée", "Modalités", "Évaluation"],
        ["Transverse (TRANS)", "5 jours", "présentiel + e-learning", "contrôle continu"],
        ["Secours d'urgence aux personnes (SUAP)", "6 jours", "plateau pédagogique", "mise en situation"],
        ["Incendie (INC)", "8 jours", "maison à feu, caisson", "mise en situation"],
        ["Opérations diverses (DIV)", "3 jours", "centre de formation", "QCM"],
        ["Secours routier (SR)", "4 jours", "plateau de désincarcération", "mise en situation"],
    ]),
    para("""Les sessions sont organisées en week-ends ou en semaines complètes au choix du stagiaire. Les
    employeurs signataires d'une convention de disponibilité libèrent leurs salariés sur le temps
    de travail. L'hébergement et la restauration sont pris en charge."""),
    para("""Les stagiaires présentant un besoin d'aménagement (dyslexie, contrainte de santé compatible
    avec l'aptitude) peuvent le signaler au responsable pédagogique en amont de la session."""),
]

DOCX_BLOCKS["p129_deliberation_tableau_effectifs.docx"] = [
    ("title", "Délibération n° 2025-33 — Modification du tableau des emplois permanents"),
    para("""Le conseil d'administration du SDIS de la Sarthe-Loir, réuni le 26 septembre 2025 sous la
    présidence de M. Gilles Lemoine, Vu le code général de la fonction publique ; Vu l'avis du
    comité social territorial du 12 septembre 2025 ; Considérant la création d'une garde postée de
    jour au CIS de La Flèche-Loir ;"""),
    ("h", "Décide"),
    ("table", [
        ["Emploi", "Grade", "Nombre", "Date d'effet"],
        ["Sapeur-pompier professionnel", "Sapeur / caporal", "+6", "1er janvier 2026"],
        ["Chef d'agrès", "Sergent", "+2", "1er janvier 2026"],
        ["Technicien SIC", "Technicien territorial", "+1", "1er mars 2026"],
        ["Assistant de prévention", "Adjoint technique", "-1 (transformé)", "1er janvier 2026"],
    ]),
    para("""Les crédits correspondants sont inscrits au budget 2026. Adopté par 18 voix pour et
    2 abstentions (Mme Carole Hubert, M. Patrice Leroy)."""),
]

DOCX_BLOCKS["p130_plan_egalite_professionnelle.docx"] = [
    ("title", "Plan d'action pour l'égalité professionnelle entre les femmes et les hommes 2024-2026"),
    para("""SDIS de l'Hérault-Cévennes. Plan adopté après avis du comité social territorial,
    conformément à l'article L. 132-1 du code général de la fonction publique."""),
    ("h", "État des lieux"),
    ("table", [
        ["Population", "Effectif", "Part de femmes"],
        ["Sapeurs-pompiers professionnels", "1 012", "6 %"],
        ["Sapeurs-pompiers volontaires", "3 880", "22 %"],
        ["Personnels administratifs et techniques", "214", "61 %"],
        ["Officiers SPP", "148", "9 %"],
    ]),
    para("""L'écart de rémunération moyen entre femmes et hommes SPP à grade égal est de 3,2 %,
    principalement lié aux heures supplémentaires et aux astreintes."""),
    ("h", "Axes"),
    para("""1. Prévenir les écarts de rémunération ; 2. Garantir l'égal accès aux grades et aux
    emplois d'encadrement ; 3. Favoriser l'articulation entre vie professionnelle et vie
    personnelle (tenues de maternité, adaptation des gardes pendant la grossesse sur avis
    médical, prise en compte de la parentalité dans les plannings) ; 4. Prévenir et traiter les
    violences sexuelles et sexistes, les discriminations et le harcèlement (dispositif de
    signalement externe, formation de tous les encadrants)."""),
    ("h", "Indicateurs"),
    para("""Part des femmes dans les recrutements, taux de promotion par sexe, nombre de signalements
    reçus et suites données, publiés chaque année sous forme agrégée."""),
]

DOCX_BLOCKS["p131_convention_sections_jsp_colleges.docx"] = [
    ("title", "Convention de partenariat relative aux sections de jeunes sapeurs-pompiers en collège"),
    para("""Entre l'académie de Besançon-Comté, représentée par le recteur, le département du
    Doubs-Loue, et le SDIS, représenté par son président, M. Alain Vuillemin."""),
    ("h", "Article 1 — Objet"),
    para("""La convention organise l'ouverture de sections de jeunes sapeurs-pompiers dans les
    collèges volontaires, pour les élèves de 5e à 3e, sur le temps périscolaire."""),
    ("h", "Article 2 — Engagements"),
    para("""Le collège met à disposition un créneau hebdomadaire et un gymnase ; le SDIS fournit les
    animateurs diplômés, les tenues et le matériel pédagogique ; le département prend en charge
    le transport."""),
    ("h", "Article 3 — Santé et sécurité des élèves"),
    para("""Les familles remettent une fiche sanitaire conservée par l'infirmière scolaire, qui informe
    les animateurs des seules précautions nécessaires. Un projet d'accueil individualisé existant
    s'applique aux activités de la section."""),
    ("h", "Article 4 — Durée"),
    para("""La convention est conclue pour trois années scolaires à compter de la rentrée 2025."""),
]

DOCX_BLOCKS["p132_modele_convocation_visite_medicale.docx"] = [
    ("title", "Modèle — Convocation à la visite médicale d'aptitude"),
    para("""Service de santé et de secours médical — Secrétariat médical."""),
    para("""Madame, Monsieur [NOM Prénom], [grade], centre de [..............],"""),
    para("""Vous êtes convoqué(e) à une visite médicale de [engagement / maintien en activité / reprise
    après arrêt] le [date] à [heure], au centre médical de [lieu]."""),
    para("""Merci de vous munir : de votre carnet de vaccinations ; de vos lunettes ou lentilles ; des
    comptes rendus médicaux récents que vous jugez utiles (ils seront placés sous pli confidentiel
    dans votre dossier médical) ; de votre tenue de sport pour les tests d'effort."""),
    para("""En cas d'empêchement, prévenez le secrétariat au moins 48 heures à l'avance au
    [téléphone]. Le résultat de la visite (décision d'aptitude) sera transmis à votre chef de
    centre ; les informations médicales restent couvertes par le secret médical."""),
    para("""Le médecin de sapeurs-pompiers : [nom, signature]"""),
]

DOCX_BLOCKS["p133_protocole_accord_temps_travail.docx"] = [
    ("title", "Protocole d'accord relatif au temps de travail des sapeurs-pompiers professionnels"),
    para("""Conclu le 4 juillet 2025 entre le président du conseil d'administration du SDIS de
    Maine-et-Loire-Layon et les organisations syndicales représentatives : FA/SPP-PATS,
    représentée par M. Sébastien Ménard, secrétaire départemental ; CGT, représentée par
    M. Philippe Guérin, secrétaire de section ; SUD, représenté par Mme Laura Pineau."""),
    ("h", "Article 1 — Régime de travail"),
    para("""Maintien des gardes de 24 heures dans les centres de secours principaux, dans la limite
    de 90 gardes annuelles ; gardes de 12 heures dans les autres centres."""),
    ("h", "Article 2 — Repos"),
    para("""Repos de sécurité de 11 heures consécutives au minimum après chaque garde de 12 heures et
    de 24 heures après chaque garde de 24 heures."""),
    ("h", "Article 3 — Suivi"),
    para("""Un comité de suivi paritaire se réunit deux fois par an. Il dispose des données agrégées
    sur le temps de travail et les accidents de service."""),
    ("h", "Signatures"),
    para("""Le président du CASDIS, M. Christophe Bernier ; pour la FA/SPP-PATS, M. Ménard ; pour la
    CGT, M. Guérin ; SUD n'a pas signé le protocole."""),
]

DOCX_BLOCKS["p134_bilan_accidentologie_sapeurs_pompiers.docx"] = [
    ("title", "Bilan de l'accidentologie des sapeurs-pompiers — Année 2024"),
    para("""Observatoire départemental de la santé et de la sécurité en service. Données agrégées,
    aucune donnée individuelle."""),
    ("table", [
        ["Circonstance", "Nombre d'accidents", "Jours d'arrêt", "Part"],
        ["Intervention", "38", "1 410", "41 %"],
        ["Activités physiques et sportives", "27", "890", "29 %"],
        ["Manœuvres et formations", "14", "402", "15 %"],
        ["Trajet", "9", "360", "10 %"],
        ["Autres", "5", "71", "5 %"],
        ["Total", "93", "3 133", "100 %"],
    ]),
    para("""Les lésions les plus fréquentes sont les entorses et lésions ligamentaires (34 %), les
    lombalgies (21 %) et les plaies (12 %). Aucun accident mortel n'est à déplorer. Deux accidents
    ont entraîné une incapacité permanente."""),
    para("""Priorités 2025 : échauffement encadré avant les activités sportives, formation aux gestes
    et postures pour le brancardage, généralisation des chargeurs de brancard électriques."""),
]

DOCX_BLOCKS["p135_appel_projets_associations_secourisme.docx"] = [
    ("title", "Appel à projets 2026 — Soutien aux associations agréées de sécurité civile"),
    para("""Le SDIS et le département de la Savoie-Maurienne lancent un appel à projets pour soutenir
    les associations agréées de sécurité civile (Croix-Rouge française, Protection civile,
    Fédération française de sauvetage et de secourisme, associations de secouristes locales)."""),
    ("h", "Actions éligibles"),
    para("""Formation du grand public aux gestes qui sauvent ; dispositifs prévisionnels de secours
    lors de manifestations rurales ; soutien des populations lors d'évacuations (hébergement,
    ravitaillement) ; actions auprès des publics éloignés (personnes âgées isolées, personnes
    en situation de handicap, quartiers prioritaires)."""),
    ("h", "Montant et calendrier"),
    para("""Enveloppe de 80 000 € ; aide plafonnée à 10 000 € par projet et à 50 % du coût total.
    Dépôt des dossiers avant le 31 janvier 2026 ; décision du bureau du CASDIS en mars 2026."""),
]


# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_nouvelles_adjudant_chef.html"] = (
    "Intranet — La vie des centres",
    """
<header><p>Intranet SDIS &gt; La vie des centres &gt; CIS Épinal-Moselle</p></header>
<article>
<h1>Pensées pour Francis</h1>
<p class="date">Publié le 4 novembre 2025 par l'amicale du CIS Épinal-Moselle</p>
<p>Beaucoup d'entre vous s'inquiètent de l'absence de l'adjudant-chef Francis Hennequin, notre
chef de garde de la section B depuis quinze ans. Avec son accord, nous vous donnons de ses
nouvelles : on lui a découvert en septembre un cancer du pancréas, et il a commencé une
chimiothérapie au CHRU de Nancy. Il est très fatigué mais garde le moral et son humour légendaire.</p>
<p>Il ne pourra pas reprendre avant un long moment. Sa femme Martine remercie toutes celles et ceux
qui ont proposé de l'aide pour les trajets vers l'hôpital : un planning de covoiturage est
affiché au foyer.</p>
<p>Une cagnotte est ouverte jusqu'au 30 novembre pour lui offrir la tablette qu'il réclame pour
suivre les matchs de l'ASNL pendant ses séances.</p>
<p>Tiens bon, Francis, la section B t'attend !</p>
</article>
""",
)

HTML_PAGES["s062_intranet_article_presse_reproduit.html"] = (
    "Intranet — Ils parlent de nous",
    """
<h1>Ils parlent de nous : l'article du Républicain Lorrain du 12 octobre</h1>
<p>Nous reproduisons ci-dessous l'article paru ce week-end, avec la photo de notre équipe.</p>
<blockquote>
<p><strong>Sauvetage spectaculaire sur la Moselle</strong> — par Anne-Sophie Kuntz</p>
<p>Il est un peu plus de 18 heures, jeudi, quand les premiers cris se font entendre depuis le
pont des Roches. Un adolescent, emporté par le courant en voulant récupérer son ballon, se
débat au milieu de la rivière, gonflée par trois jours de pluie. Sur la berge, les passants
appellent les secours, certains filment. Onze minutes plus tard, l'équipe de sauveteurs
aquatiques arrive en zodiac.</p>
<p>« Il s'était agrippé à une branche, il était à bout », raconte le sergent qui a plongé. La
manœuvre, répétée des dizaines de fois à l'entraînement, s'enchaîne : bouée tube, remorquage,
remontée sur le bateau. Sur la rive, la mère, arrivée en courant, s'effondre en larmes.</p>
<p>Le jeune homme a été transporté en urgence relative à l'hôpital. « Ce soir, on rentre
heureux », souffle un pompier en repliant les combinaisons. Un sentiment trop rare pour ne pas
le savourer.</p>
<p><em>Photo : l'équipe SAV au retour d'intervention © Républicain Lorrain / Julien Becker — tous
droits réservés, reproduction interdite sans autorisation.</em></p>
</blockquote>
<p>Bravo à toute l'équipe !</p>
""",
)

HTML_PAGES["s063_reponse_mere_jsp_ordonnance_protection.html"] = (
    "Messagerie — section JSP",
    """
<div class="mail">
<p><strong>De :</strong> Responsable de la section JSP de Bourg-Revermont<br>
<strong>À :</strong> Mme Élise Marchand<br>
<strong>Objet :</strong> RE: Récupération de Timéo après les séances</p>
<p>Madame,</p>
<p>Nous avons bien reçu la copie de l'ordonnance de protection délivrée le 14 octobre par le juge
aux affaires familiales de Bourg-en-Bresse, qui interdit au père de Timéo, M. Grégory Marchand,
d'entrer en contact avec vous et qui vous confie l'exercice exclusif de l'autorité parentale à
titre provisoire.</p>
<p>Comme vous le demandez, les animateurs ne remettront Timéo qu'à vous-même ou à sa grand-mère,
Mme Josette Bailly, sur présentation d'une pièce d'identité. Si M. Marchand se présentait au
centre, l'animateur ne lui confierait pas l'enfant et appellerait la gendarmerie.</p>
<p>Ces informations ne sont communiquées qu'aux trois animateurs de la section. Timéo est un
jeune très attachant, nous veillerons à ce qu'il ne ressente rien de tout cela pendant les
séances.</p>
<p>Bien cordialement,<br>Sergent Hélène Pernet, responsable de section</p>
</div>
""",
)

HTML_PAGES["s064_ticket_support_acces_vpn_codis.html"] = (
    "Support informatique — ticket n° 25-4471",
    """
<h1>Ticket n° 25-4471 — Accès distant officier CODIS</h1>
<table>
<tr><th>Demandeur</th><td>Cdt Raphaël Genty, officier CODIS d'astreinte</td></tr>
<tr><th>Statut</th><td>Résolu</td></tr>
</table>
<h2>Échange</h2>
<p><strong>Demandeur :</strong> Je n'arrive plus à me connecter au SGO depuis mon domicile pour
suivre les interventions en cours.</p>
<p><strong>Technicien (M. Kevin Lambert) :</strong> Votre jeton a expiré. En attendant le nouveau,
utilisez le compte de secours : portail vpn-codis.sdis-ain-bugey.local, identifiant
« codis_astreinte », mot de passe temporaire « Pompier2025!Ain ». Attention, ce compte a les
droits d'administration sur la console d'alerte et n'a pas de double authentification, ne le
communiquez à personne.</p>
<p><strong>Demandeur :</strong> Connexion OK, merci.</p>
""",
)

HTML_PAGES["s065_moderation_page_facebook_amicale.html"] = (
    "Modération — page de l'amicale",
    """
<h1>Compte rendu de modération de la page Facebook de l'amicale — semaine 42</h1>
<p>Commentaires masqués et motifs :</p>
<ul>
<li>Commentaire du caporal-chef Ludovic Thiry sous la photo de la cérémonie du 14 juillet :
appel à voter pour la liste de La France insoumise aux prochaines municipales à Vitry-le-François,
dont il se présente comme « militant depuis 2017 » et colistier. Masqué pour neutralité ; l'intéressé
a été contacté.</li>
<li>Réponse du sapeur Mathieu Cordier qualifiant le précédent de « gauchiste » et affichant son
soutien au Rassemblement national. Masqué pour le même motif.</li>
<li>Message d'une habitante sur les horaires de la collecte de sapins : laissé en ligne.</li>
</ul>
<p>Rappel du bureau : la page de l'amicale ne doit pas servir aux opinions politiques des membres.</p>
""",
)

HTML_PAGES["s066_fiche_sanitaire_jsp_allergie.html"] = (
    "Fiche sanitaire de liaison — JSP",
    """
<h1>Fiche sanitaire de liaison — Jeunes sapeurs-pompiers — saison 2025-2026</h1>
<table>
<tr><th>Jeune</th><td>Inès Caradec, née le 2 mai 2012, section JSP de Quimper-Odet</td></tr>
<tr><th>Responsable légal</th><td>M. Yannick Caradec (père), 06 33 41 27 90</td></tr>
<tr><th>Allergies</th><td>Arachide et fruits à coque (choc anaphylactique en 2022) —
stylo d'adrénaline Anapen 0,15 mg dans le sac, second stylo chez l'animateur</td></tr>
<tr><th>Traitement</th><td>Asthme : Ventoline avant l'effort ; traitement de fond Flixotide</td></tr>
<tr><th>Autres</th><td>Suivie par un pédopsychiatre depuis le décès de sa mère ; éviter les
exercices de victimes simulées avec décès sans avoir prévenu le père</td></tr>
<tr><th>PAI</th><td>Oui, joint (établi par le Dr Le Bihan)</td></tr>
</table>
<p>Fiche remise sous enveloppe à l'animateur responsable. À restituer en fin de saison.</p>
""",
)

HTML_PAGES["s067_forum_retex_intervention_quartier.html"] = (
    "Forum interne — retours d'intervention",
    """
<h1>Forum interne &gt; Retex &gt; Feu de cage d'escalier, cité des Hauts-de-Sèvres</h1>
<div class="post">
<p class="auteur">Posté par Sgt_Moreau — 16 mars 2025</p>
<p>Retour sur le feu d'hier soir au 4, allée Chopin. Victime principale : Mme Fatoumata Sissoko,
la dame malienne du 3e qui ne parle presque pas français, intoxiquée avec ses deux enfants ; il a
fallu attendre le fils aîné pour traduire en bambara. Au 2e, la famille Demir, des Turcs kurdes,
refusait d'évacuer par peur qu'on leur vole leurs affaires. Pour les prochaines fois, prévoir
un interprète via le CODIS : ce bâtiment est presque entièrement occupé par des familles
africaines et turques.</p>
</div>
<div class="post">
<p class="auteur">Réponse de Ltn_Rivière</p>
<p>Merci pour le retex, mais attention : on ne note pas les origines des gens sur le forum.
Je masque le message et je le reprends de façon neutre.</p>
</div>
""",
)

HTML_PAGES["s068_liste_empreintes_pointage_casernes.html"] = (
    "Portail RH — badgeuses biométriques",
    """
<h1>Déploiement des pointeuses à empreinte digitale — état des enrôlements</h1>
<p>Casernes équipées : CIS Rodez-Aveyron, CIS Millau-Tarn. Le gabarit de l'empreinte de l'index
droit est stocké sur le serveur central de la DRH (base POINTBIO).</p>
<table>
<tr><th>Agent</th><th>Centre</th><th>Doigt enrôlé</th><th>Remarque</th></tr>
<tr><td>Sgt Christophe Bessière</td><td>Rodez</td><td>index droit</td><td></td></tr>
<tr><td>Cpl Aurélie Vidal</td><td>Rodez</td><td>majeur droit</td><td>cicatrice à l'index</td></tr>
<tr><td>Sap. Maxime Costes</td><td>Millau</td><td>index gauche</td><td>amputation partielle
de l'index droit (accident 2023)</td></tr>
<tr><td>Adj. Sébastien Bousquet</td><td>Millau</td><td>—</td><td>refus d'enrôlement, badge
attribué</td></tr>
</table>
<p>Le délégué à la protection des données n'a pas encore rendu son avis sur ce traitement.</p>
""",
)

HTML_PAGES["s069_espace_fournisseur_grille_tarifaire.html"] = (
    "Espace fournisseurs — documents négociés",
    """
<h1>Grille tarifaire négociée 2025 — Dräger Safety France / SDIS du Calvados-Auge</h1>
<p><strong>Document confidentiel — secret des affaires — accès réservé au service achats.</strong></p>
<table>
<tr><th>Référence</th><th>Prix catalogue HT</th><th>Prix négocié HT</th><th>Remise</th></tr>
<tr><td>ARI PSS 7000 complet</td><td>4 850 €</td><td>3 120 €</td><td>35,7 %</td></tr>
<tr><td>Masque FPS 7000</td><td>620 €</td><td>388 €</td><td>37,4 %</td></tr>
<tr><td>Bouteille composite 6,8 l</td><td>910 €</td><td>602 €</td><td>33,8 %</td></tr>
<tr><td>Contrat de maintenance annuel / ARI</td><td>210 €</td><td>96 €</td><td>54,3 %</td></tr>
</table>
<p>Ces conditions, exceptionnelles et accordées au titre d'un partenariat de référence régional,
ne doivent pas être communiquées à d'autres SDIS ni à la centrale d'achat. Le fournisseur
s'oppose à toute communication au titre de l'accès aux documents administratifs.</p>
""",
)

HTML_PAGES["s070_intranet_projet_confidentiel_cta_commun.html"] = (
    "Intranet direction — projets",
    """
<p class="bandeau">CONFIDENTIEL — Réservé aux membres du comité de direction — Ne pas transférer</p>
<h1>Projet « Plateforme commune 15-18-112 » — état d'avancement des négociations</h1>
<p>Les discussions engagées avec le CHU et l'ARS sur un centre de réception commun des appels
d'urgence progressent. Point à date, non encore présenté au conseil d'administration :</p>
<ul>
<li>le CHU propose d'implanter la plateforme dans ses locaux, ce qui supposerait le transfert
de 42 opérateurs du CTA ; le chiffrage social n'est pas stabilisé ;</li>
<li>la préfecture pousse pour une annonce avant l'été ; la direction souhaite la différer après
les élections professionnelles pour éviter une mobilisation syndicale ;</li>
<li>le coût estimé (9,8 M€) dépasse de 40 % l'enveloppe affichée dans le plan d'investissement.</li>
</ul>
<p>Merci de ne pas évoquer ce projet avec les chefs de salle ni les opérateurs.</p>
""",
)

HTML_PAGES["s071_commission_action_sociale_aides.html"] = (
    "Commission d'action sociale — décisions",
    """
<h1>Commission d'action sociale du personnel — séance du 9 octobre 2025</h1>
<p>Relevé des décisions (accès limité aux membres de la commission et au service paie)</p>
<table>
<tr><th>Agent</th><th>Demande</th><th>Décision</th></tr>
<tr><td>Cpl Mickaël Fontaine, CIS Vienne-Isère</td><td>Prêt social : factures d'énergie impayées,
coupure annoncée</td><td>Prêt de 1 200 € sur 12 mois</td></tr>
<tr><td>Mme Sophie Rey, PATS</td><td>Secours : séparation, relogement en urgence avec deux
enfants</td><td>Secours de 800 €</td></tr>
<tr><td>Sgt Fabien Giraud, CIS Voiron-Chartreuse</td><td>Aide aux frais d'obsèques de son
épouse</td><td>Secours de 1 500 €</td></tr>
<tr><td>Sap. Thomas Brun, CIS Bourgoin</td><td>Avance : saisie sur compte bancaire en cours</td>
<td>Refus, orientation vers l'assistante sociale et la Banque de France</td></tr>
</table>
""",
)

HTML_PAGES["s072_message_chef_groupement_retour_agent.html"] = (
    "Messagerie — chefs de centre",
    """
<div class="mail">
<p><strong>Objet :</strong> Reprise du sergent Karim Belkacem au CIS Montauban-Tarn</p>
<p>Messieurs les chefs de garde,</p>
<p>Le sergent Belkacem reprendra son service le 1er décembre. Comme vous le savez, il avait été
suspendu en juin après sa mise en cause pour des faits de violences lors d'une rixe à la sortie
d'un bar. Le tribunal correctionnel l'a finalement condamné le 6 novembre à trois mois
d'emprisonnement avec sursis, sans inscription au bulletin n° 2. Après avis de la commission
administrative paritaire, le directeur a décidé de le réintégrer assorti d'un blâme.</p>
<p>Je vous demande de l'accueillir normalement et de ne pas faire de commentaires devant les
équipes. Il est suivi par la psychologue du service.</p>
<p>Le chef du groupement Ouest, Commandant Éric Lafage</p>
</div>
""",
)

HTML_PAGES["s073_blog_interne_portrait_agente_transition.html"] = (
    "Blog interne — Portraits",
    """
<article>
<h1>Portrait : Sasha, opératrice au CTA</h1>
<p>Au CTA-CODIS depuis 2018, Sasha Lefebvre décroche chaque jour des dizaines d'appels
d'urgence. Elle a accepté de raconter une autre étape de sa vie : « Quand je suis arrivée, vous
me connaissiez sous un prénom masculin. J'ai commencé ma transition il y a deux ans, avec un
traitement hormonal et le changement d'état civil devant le tribunal l'an dernier. »</p>
<p>Elle salue l'accompagnement du service RH pour la modification de sa carte professionnelle
et de son adresse de messagerie, et parle aussi de sa compagne, rencontrée lors d'une formation
régionale : « Elle est opératrice au SAMU, on se croise parfois sur la ligne. »</p>
<p>« Si mon témoignage peut aider d'autres collègues LGBT à ne plus se cacher, alors ça vaut le
coup. »</p>
</article>
""",
)

HTML_PAGES["s074_association_portrait_refugie_pompier.html"] = (
    "Association Terre d'accueil — témoignages",
    """
<h1>Témoignage : « Les pompiers m'ont rendu ma dignité »</h1>
<p>Ahmad, 26 ans, est arrivé d'Afghanistan en 2021 après un passage par la Turquie et la
Grèce. Hébergé au CADA de Vierzon, il s'est engagé comme sapeur-pompier volontaire au centre de
Mehun-sur-Yèvre dès l'obtention de sa protection subsidiaire, en 2023.</p>
<p>« La préfecture m'a d'abord refusé la carte, j'ai eu une OQTF, j'ai dormi deux mois dehors.
C'est l'avocate de l'association qui a fait annuler la décision. Aujourd'hui je suis caporal et
mon titre de séjour expire en 2027, j'espère être naturalisé avant. »</p>
<p>Ahmad Rahimi préfère ne pas montrer son visage : sa famille restée à Kaboul pourrait être
inquiétée.</p>
""",
)

HTML_PAGES["s075_tableau_avancement_appreciations.html"] = (
    "Intranet RH — préparation CAP",
    """
<h1>Préparation de la CAP du 20 novembre — avancement au grade d'adjudant</h1>
<p>Document de travail — membres de la CAP uniquement.</p>
<table>
<tr><th>Rang</th><th>Agent</th><th>Appréciation de la hiérarchie</th></tr>
<tr><td>1</td><td>Sgt-chef Nicolas Fabre (CIS Albi)</td><td>Excellent chef d'agrès,
moteur du centre, à promouvoir en priorité.</td></tr>
<tr><td>2</td><td>Sgt-chef Laure Alquier (CTA)</td><td>Très bonne opératrice, encadrement à
affirmer.</td></tr>
<tr><td>non classé</td><td>Sgt-chef Jérôme Vidal (CIS Gaillac)</td><td>Manière de servir
insuffisante : absences répétées en formation, conflits avec les SPV, avertissement en 2024.
Avis défavorable.</td></tr>
<tr><td>non classé</td><td>Sgt-chef Serge Pujol (CIS Carmaux)</td><td>Agent fatigué, en fin de
carrière, ne souhaite plus d'encadrement selon son chef de centre.</td></tr>
</table>
""",
)


# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_devenir_volontaire.html"] = (
    "Devenir sapeur-pompier volontaire",
    """
<h1>Devenir sapeur-pompier volontaire</h1>
<p>Près de 80 % des sapeurs-pompiers du département sont des volontaires : des femmes et des
hommes qui, à côté de leur métier ou de leurs études, s'engagent pour porter secours à leurs
voisins. Le SDIS recrute toute l'année, dans tous ses centres.</p>
<h2>Les conditions</h2>
<ul>
<li>avoir au moins 16 ans (avec autorisation parentale pour les mineurs) et moins de 60 ans ;</li>
<li>résider régulièrement en France et jouir de ses droits civiques ;</li>
<li>ne pas avoir fait l'objet d'une condamnation incompatible avec l'exercice des fonctions,
inscrite au bulletin n° 2 du casier judiciaire ;</li>
<li>remplir les conditions d'aptitude médicale et physique, vérifiées lors de la visite
d'engagement ;</li>
<li>habiter ou travailler à proximité d'un centre de secours.</li>
</ul>
<h2>Les étapes</h2>
<ol>
<li>Prendre contact avec le centre le plus proche ou remplir le formulaire en ligne.</li>
<li>Participer à une réunion d'information et rencontrer le chef de centre.</li>
<li>Passer les tests d'aptitude physique (endurance, gainage, souplesse) et la visite médicale.</li>
<li>Signer votre engagement pour cinq ans, renouvelable.</li>
<li>Suivre la formation initiale, organisée pour s'adapter à vos disponibilités.</li>
</ol>
<h2>Concilier volontariat et vie professionnelle</h2>
<p>Votre employeur peut signer une convention de disponibilité avec le SDIS. Il s'engage à vous
libérer pour des formations ou des interventions ; en contrepartie, il peut bénéficier d'une
subrogation des indemnités, d'une réduction de ses primes d'assurance incendie et du label
« employeur partenaire ». Pour les étudiants, le volontariat est reconnu dans de nombreuses
formations et donne droit à des aménagements d'études.</p>
<h2>Vos droits</h2>
<p>Indemnités horaires non imposables, protection sociale en cas d'accident en service,
prestation de fidélisation et de reconnaissance après quinze ans d'engagement, accès aux
actions de l'amicale et de l'Union départementale.</p>
<h2>Questions fréquentes</h2>
<p><strong>Je suis de nationalité étrangère, puis-je m'engager ?</strong> Oui, sous réserve d'un
titre de séjour en cours de validité vous autorisant à exercer une activité.</p>
<p><strong>Je suis en situation de handicap, puis-je m'engager ?</strong> Chaque situation est
étudiée par le médecin. Certaines missions, notamment au centre de traitement de l'alerte ou
en soutien logistique, peuvent être compatibles.</p>
<p><strong>Combien de temps dois-je donner ?</strong> C'est vous qui déclarez vos disponibilités,
par exemple une nuit par semaine et un week-end par mois.</p>
<p>Contact : bureau du volontariat, volontariat@sdis-exemple.fr, 05 00 00 00 00.</p>
""",
)

HTML_PAGES["p137_faq_que_faire_en_cas_incendie.html"] = (
    "Que faire en cas d'incendie ?",
    """
<h1>Que faire en cas d'incendie ?</h1>
<h2>Le feu est chez vous</h2>
<p>Évacuez immédiatement en fermant les portes derrière vous, sans prendre l'ascenseur. Une fois
dehors, appelez le 18 ou le 112. Ne retournez jamais à l'intérieur.</p>
<h2>Le feu est dans l'immeuble, l'escalier est enfumé</h2>
<p>Restez chez vous. Fermez la porte, mouillez-la et calfeutrez le bas avec des linges humides.
Manifestez-vous à la fenêtre. Les secours vous feront évacuer lorsque ce sera sans danger.</p>
<h2>Une personne est en feu</h2>
<p>Empêchez-la de courir, allongez-la au sol et étouffez les flammes avec une couverture ou
un manteau. Refroidissez ensuite la brûlure à l'eau tempérée et appelez les secours.</p>
<h2>Je suis sourd ou malentendant</h2>
<p>Vous pouvez contacter les secours par SMS ou par l'application du 114.</p>
""",
)

HTML_PAGES["p138_communique_feu_foret_en_cours.html"] = (
    "Communiqué — feu de forêt à Vidauban-Maures",
    """
<h1>Feu de forêt à Vidauban-Maures — point de situation à 20 h</h1>
<p class="date">Communiqué du SDIS et de la préfecture — 22 juillet 2025</p>
<p>Un feu s'est déclaré à 14 h 12 au lieu-dit les Escarcets. Poussé par un mistral de 60 km/h,
il a parcouru 340 hectares. 520 sapeurs-pompiers, 140 engins, 4 avions bombardiers d'eau et
2 hélicoptères sont engagés. Le commandement des opérations est assuré par le colonel Pierre
Jourdan, directeur départemental adjoint.</p>
<p>Par précaution, 180 personnes du camping des Pins ont été évacuées vers le gymnase municipal,
où la mairie et la Croix-Rouge les accueillent. Un sapeur-pompier a été légèrement blessé.
Aucune habitation n'a été touchée.</p>
<p>La RD 48 est fermée. Évitez le secteur, ne stationnez pas sur les bas-côtés et laissez les
accès libres pour les secours. Prochain point à 7 h.</p>
""",
)

HTML_PAGES["p139_chiffres_cles_sdis.html"] = (
    "Le SDIS en chiffres",
    """
<h1>Le SDIS en chiffres — édition 2025</h1>
<h2>Les femmes et les hommes</h2>
<table>
<tr><th>Catégorie</th><th>Effectif</th></tr>
<tr><td>Sapeurs-pompiers volontaires</td><td>3 214</td></tr>
<tr><td>Sapeurs-pompiers professionnels</td><td>612</td></tr>
<tr><td>Service de santé et de secours médical</td><td>198</td></tr>
<tr><td>Personnels administratifs et techniques</td><td>143</td></tr>
<tr><td>Jeunes sapeurs-pompiers</td><td>884</td></tr>
</table>
<h2>L'activité</h2>
<p>62 480 interventions en 2024, soit une toutes les 8 minutes et 25 secondes. 81 % relèvent du
secours à personne : malaises, chutes, détresses respiratoires, accidents. Les pompiers ont
pris en charge 51 200 victimes.</p>
<p>Le délai moyen d'arrivée du premier engin sur les lieux est de 11 minutes 40. Il est
inférieur à 10 minutes dans les agglomérations et supérieur à 18 minutes dans 34 communes de
montagne.</p>
<h2>Le territoire</h2>
<p>72 centres d'incendie et de secours, un centre de traitement de l'alerte qui a reçu 298 000
appels, dont 41 % ne nécessitaient pas l'envoi de secours (appels abusifs, renseignements,
erreurs de numérotation).</p>
<h2>Le budget</h2>
<p>Budget de fonctionnement : 118 M€, soit 98 € par habitant et par an. Le département finance
56 % de la contribution, les communes et intercommunalités 44 %.</p>
<h2>La prévention</h2>
<p>1 620 visites d'établissements recevant du public, 5 400 points d'eau contrôlés, 14 000
élèves sensibilisés aux gestes qui sauvent.</p>
<h2>La santé et la sécurité des agents</h2>
<p>112 accidents de service déclarés, dont 46 en intervention ; aucun décès en service depuis
2017. 94 % des sapeurs-pompiers ont passé leur visite médicale dans les délais.</p>
<h2>Les feux de forêt</h2>
<p>412 feux de végétation, 2 280 hectares parcourus, 91 % des feux éteints avant d'atteindre
un hectare. 18 000 obligations légales de débroussaillement contrôlées par les communes.</p>
<h2>Le volontariat</h2>
<p>412 nouveaux engagements en 2024, 356 départs ; âge moyen à l'engagement : 24 ans ; durée
moyenne d'engagement : 11 ans. 310 employeurs ont signé une convention de disponibilité.</p>
<p>Sources : rapport d'activité 2024 et bilan social 2024, documents adoptés par le conseil
d'administration et consultables en ligne.</p>
""",
)

HTML_PAGES["p140_actualite_remise_medailles_courage.html"] = (
    "Actualités — remise de médailles",
    """
<h1>Médailles pour acte de courage et de dévouement</h1>
<p class="date">Actualité du 18 septembre 2025</p>
<p>Lors de la cérémonie de rentrée à la direction départementale, le préfet, M. Étienne Valéry,
a remis la médaille pour acte de courage et de dévouement à l'adjudant-chef Romain Lecoq et
au sergent Marine Dufresne, pour le sauvetage de trois personnes lors de l'incendie d'un
immeuble à Évreux-Iton le 3 février dernier. Le caporal Kévin Mallet a reçu une lettre de
félicitations du président du conseil d'administration, M. Patrick Leroux, pour son action
lors des inondations de juin.</p>
<p>Le directeur départemental, le colonel Guillaume Perrin, a salué « des sapeurs-pompiers qui
incarnent les valeurs de notre corps ».</p>
""",
)

HTML_PAGES["p141_vigilance_risque_incendie_foret.html"] = (
    "Vigilance risque incendie de forêt",
    """
<h1>Accès aux massifs : la carte du jour</h1>
<p>Chaque jour à 18 h, de juin à septembre, la préfecture publie la carte d'accès aux massifs
pour le lendemain.</p>
<ul>
<li><strong>Vert</strong> : accès, circulation et présence autorisés ;</li>
<li><strong>Jaune et orange</strong> : accès autorisé, travaux à risque interdits l'après-midi ;</li>
<li><strong>Rouge</strong> : accès, circulation et présence interdits, y compris à pied.</li>
</ul>
<p>Si vous voyez une fumée, appelez immédiatement le 18 ou le 112 en précisant la commune,
le lieu-dit et la direction du vent. Ne tentez pas d'éteindre un feu qui dépasse la taille
d'un tapis.</p>
""",
)

HTML_PAGES["p142_ramonage_obligations.html"] = (
    "Ramonage : vos obligations",
    """
<h1>Ramonage : une obligation, une sécurité</h1>
<p>Les feux de cheminée représentent chaque hiver près de 300 interventions dans le département.
Le règlement sanitaire départemental impose le ramonage des conduits de fumée deux fois par an
pour les combustibles solides, dont une fois pendant la période de chauffe, et une fois par an
pour le gaz.</p>
<p>Le ramoneur doit vous remettre un certificat, à conserver : votre assureur peut le demander
en cas de sinistre. En cas de feu de cheminée, fermez la trappe, n'utilisez pas d'eau dans le
foyer, éloignez les objets inflammables et appelez le 18.</p>
""",
)

HTML_PAGES["p143_nos_partenaires_associatifs.html"] = (
    "Nos partenaires",
    """
<h1>Nos partenaires associatifs</h1>
<ul>
<li><strong>Croix-Rouge française</strong> : soutien aux populations sinistrées, hébergement
d'urgence lors des évacuations.</li>
<li><strong>Association des paralysés de France — APF France handicap</strong> : conseils pour
l'évacuation des personnes à mobilité réduite dans les ERP.</li>
<li><strong>Ligue contre le cancer</strong> : campagne de prévention des cancers professionnels
des sapeurs-pompiers.</li>
<li><strong>France Victimes</strong> : accompagnement des victimes de violences repérées en
intervention.</li>
<li><strong>Œuvre des pupilles orphelins de sapeurs-pompiers</strong> : soutien aux familles
des sapeurs-pompiers décédés.</li>
<li><strong>Union nationale des amis et familles de malades psychiques (Unafam)</strong> :
formation des équipages à la prise en charge des personnes en crise.</li>
</ul>
""",
)

HTML_PAGES["p144_portrait_directeur_departemental.html"] = (
    "Le directeur départemental",
    """
<h1>Le contrôleur général Philippe Moreau, directeur départemental</h1>
<p>Nommé en janvier 2023, le contrôleur général Philippe Moreau dirige le SDIS et commande le
corps départemental de sapeurs-pompiers. Ingénieur de formation, il est entré dans la profession
en 1998 au SDIS de la Haute-Garonne, avant de servir à l'état-major de zone Sud-Ouest, puis
comme directeur adjoint dans les Landes. Il a été chef de colonne sur de nombreux feux de forêt
et a coordonné le soutien zonal lors des inondations de l'Aude en 2018.</p>
<p>Ses priorités : la fidélisation des volontaires, la modernisation de l'alerte et la
prévention des cancers professionnels.</p>
""",
)

HTML_PAGES["p145_marches_publics_en_cours.html"] = (
    "Marchés publics en cours",
    """
<h1>Consultations en cours</h1>
<table>
<tr><th>Objet</th><th>Procédure</th><th>Date limite</th></tr>
<tr><td>Fourniture de 6 fourgons pompe-tonne</td><td>Appel d'offres ouvert</td>
<td>16 janvier 2026</td></tr>
<tr><td>Maintenance des appareils respiratoires isolants</td><td>Procédure adaptée</td>
<td>9 janvier 2026</td></tr>
<tr><td>Nettoyage des locaux de la direction</td><td>Procédure adaptée</td>
<td>20 décembre 2025</td></tr>
<tr><td>Construction du CIS de Saint-Lô-Vire — lot gros œuvre</td><td>Appel d'offres</td>
<td>30 janvier 2026</td></tr>
</table>
<p>Les dossiers de consultation sont téléchargeables sur le profil acheteur.</p>
""",
)

HTML_PAGES["p146_concours_sapeur_professionnel.html"] = (
    "Concours de sapeur-pompier professionnel",
    """
<h1>Concours externe de sapeur-pompier professionnel 2026</h1>
<p>Le concours est organisé au niveau national. Inscriptions du 5 au 30 janvier 2026.</p>
<h2>Épreuves</h2>
<ul>
<li>admissibilité : épreuves physiques et sportives (natation, endurance, gainage) ;</li>
<li>admission : questionnaire de connaissances sur l'actualité et le métier, entretien
avec le jury.</li>
</ul>
<p>Le jury apprécie la motivation et la connaissance du métier. Aucune question relative aux
opinions politiques, religieuses ou syndicales, à la vie familiale ou à l'état de santé ne peut
être posée lors de l'entretien.</p>
<p>Les lauréats sont inscrits sur une liste d'aptitude valable quatre ans.</p>
""",
)

HTML_PAGES["p147_compte_rendu_sommaire_casdis.html"] = (
    "Compte rendu sommaire du conseil d'administration",
    """
<h1>Compte rendu sommaire du conseil d'administration du 5 décembre 2025</h1>
<p>Présidence : Mme Claire Vauthier. 18 membres présents sur 22.</p>
<ol>
<li>Débat d'orientations budgétaires 2026 : le conseil a pris acte du rapport.</li>
<li>Acquisition d'un terrain pour le futur CIS de Dieppe-Arques (240 000 €) : unanimité.</li>
<li>Convention de disponibilité type pour les employeurs publics : unanimité.</li>
<li>Motion de soutien au caporal du CIS de Fécamp agressé lors d'une intervention le
22 novembre : adoptée à l'unanimité ; le SDIS a déposé plainte et accorde la protection
fonctionnelle.</li>
</ol>
<p>Le procès-verbal intégral sera publié après son approbation.</p>
""",
)

HTML_PAGES["p148_obligations_exploitants_erp.html"] = (
    "Obligations des exploitants d'ERP",
    """
<h1>Vous exploitez un établissement recevant du public</h1>
<h2>Avant l'ouverture</h2>
<p>Déposez en mairie une demande d'autorisation de travaux ou un permis de construire, avec une
notice de sécurité. La commission de sécurité est consultée ; la visite de réception précède
l'ouverture.</p>
<h2>Pendant l'exploitation</h2>
<ul>
<li>tenez à jour le registre de sécurité ;</li>
<li>faites vérifier périodiquement les installations par un organisme agréé ;</li>
<li>formez votre personnel à l'évacuation et à l'usage des extincteurs ;</li>
<li>accueillez les visites périodiques de la commission (tous les 2 à 5 ans selon le type).</li>
</ul>
<h2>Et si l'avis est défavorable ?</h2>
<p>Le maire peut ordonner la fermeture de l'établissement jusqu'à la réalisation des travaux.</p>
""",
)

HTML_PAGES["p149_accueil_handicap_volontariat.html"] = (
    "Volontariat et handicap",
    """
<h1>Volontariat et handicap : des missions pour chacun</h1>
<p>Le SDIS a adopté en 2025 une charte d'accueil des volontaires en situation de handicap. Les
missions opérationnelles exigent une aptitude médicale complète, mais de nombreuses activités
sont ouvertes : soutien logistique, formation aux gestes qui sauvent, communication,
accueil au CTA.</p>
<p>En 2024, 11 volontaires ont été accueillis sur ces missions adaptées. Le référent handicap
étudie chaque demande en lien avec le médecin-chef, dans le respect du secret médical.</p>
""",
)

HTML_PAGES["p150_campagne_prevention_noyades.html"] = (
    "Prévention des noyades",
    """
<h1>Cet été, baignez-vous en sécurité</h1>
<p>L'an dernier, les sapeurs-pompiers sont intervenus pour 46 noyades dans le département, dont
9 mortelles ; 60 % concernaient des adultes de plus de 45 ans, souvent lors de baignades en
rivière.</p>
<ul>
<li>Privilégiez les zones de baignade surveillées.</li>
<li>Ne vous baignez pas après un repas copieux ou une exposition prolongée au soleil.</li>
<li>Surveillez les enfants en permanence, même dans une piscine privée.</li>
<li>Informez un proche avant d'aller nager.</li>
</ul>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
