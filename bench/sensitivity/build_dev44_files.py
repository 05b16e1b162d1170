"""Build the .docx and .html documents of the hand-written sensitivity set dev44.

Theme: urban planning and building control of a mid-sized commune (Montfleury-sur-Loir): building
permits and declarations, the local urban plan (PLU) and its public inquiry, infractions to planning
rules (procès-verbaux, mises en demeure), insalubrious and dangerous buildings (arrêtés de mise en
sécurité, relogement), expropriation and pre-emption, neighbours' disputes over works, architects' and
surveyors' studies, the planning committee's minutes, construction companies' bids, plans of sensitive
buildings (police station, water plant), published notices and guides for applicants.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev44_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev44"
FIXED = dt.datetime(2025, 12, 12, 9, 15, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_enquete_immeuble_tanneurs_occupants.docx"] = [
    ("title", "23, rue des Tanneurs — rapport d'enquête sociale et technique préalable au relogement"),
    para("""Ville de Montfleury-sur-Loir — cellule habitat indigne et CCAS. Rapport établi le 3 octobre 2025
    à la suite de l'arrêté de mise en sécurité n° 2025-URB-064 du 12 septembre 2025 (procédure d'urgence,
    interdiction temporaire d'habiter). Rédactrices : Nadia Ferrand, technicienne sanitaire principale ;
    Estelle Grangier, conseillère en économie sociale et familiale. Document réservé aux membres de la
    commission de relogement ; ne pas transmettre au propriétaire ni à son conseil."""),
    ("h", "1. Objet du rapport"),
    para("""Le présent rapport a pour objet, trois semaines après l'évacuation de l'immeuble, de faire le
    point
    sur l'état du bâtiment et sur la situation de chacun des ménages hébergés, afin de préparer la décision
    à prendre sur la suite de la procédure : soit mainlevée partielle après travaux de confortement, soit
    transformation de l'interdiction temporaire en interdiction définitive, ce qui imposerait un relogement
    définitif. Il s'appuie sur le rapport de l'expert judiciaire du 11 septembre, sur la visite du bureau
    d'études Structura Centre du 26 septembre, sur les entretiens menés avec les occupants entre le 15 et le
    30 septembre et sur les échanges avec les partenaires (EHPAD Les Glycines, SIAO, Adoma, maternité du
    centre hospitalier de Blois, service de probation)."""),
    ("h", "2. État du bâtiment"),
    para("""Les mesures provisoires prescrites ont été exécutées d'office par la commune, le propriétaire
    ne les
    ayant pas réalisées dans le délai de 48 heures : étaiement des planchers des premier et deuxième
    étages (entreprise Bâti-Loir, 14 et 15 septembre), purge de la corniche (entreprise Couvertures du Loir,
    13 septembre), condamnation de la cage d'escalier B. Le bureau d'études a procédé à des sondages dans
    les planchers et la charpente. Ses conclusions sont les suivantes : la mérule s'est développée à partir
    d'une fuite ancienne de la descente d'eaux pluviales encastrée dans le mur de refend ; elle a atteint
    les solives du plancher haut du premier étage sur environ 40 % de la surface, une partie de l'escalier B
    et les pieds de deux fermes de charpente. Le mur de refend présente une fissuration traversante liée au
    pourrissement des abouts de poutres. Le traitement suppose la dépose complète des planchers touchés, le
    traitement fongicide des maçonneries, le remplacement de l'escalier B et la reprise des fermes. Le coût
    estimé est de 310 000 à 360 000 euros HT ; la durée des travaux, de douze à quinze mois."""),
    para("""Le bureau d'études estime qu'une réoccupation partielle du rez-de-chaussée (logement sur rue)
    serait
    possible après confortement, mais déconseille toute réoccupation tant que le traitement de la mérule
    n'est pas achevé, les spores se propageant dans l'ensemble de l'immeuble. Il recommande donc de
    maintenir l'interdiction pour la totalité de l'immeuble et de considérer que les occupants ne pourront
    pas réintégrer leur logement avant la fin de l'année 2026 au plus tôt."""),
    para("""Le propriétaire, la SCI Les Tanneurs-Loir, n'a pas répondu aux courriers de la commune. Son
    gérant,
    joint par téléphone le 22 septembre, a indiqué que la SCI « n'avait pas les moyens » d'engager ces
    travaux et qu'elle envisageait de vendre l'immeuble. Une déclaration d'intention d'aliéner pourrait donc
    être reçue prochainement ; le service foncier en est informé."""),
    ("h", "3. Situation des ménages"),
    para("""Cinq logements étaient occupés au moment de l'évacuation ; un sixième occupant, logé dans une
    chambre
    sous les combles, a été identifié ultérieurement. Les situations sont présentées ci-après. Les
    éléments de santé ont été recueillis avec l'accord des intéressés, aux seules fins d'adapter les
    solutions d'hébergement."""),
    ("h", "3.1. Rez-de-chaussée droite — Mme Solange Pérignon"),
    para("""Mme Pérignon, 81 ans, veuve, locataire depuis 1987, a été accueillie en hébergement temporaire à
    l'EHPAD Les Glycines le soir de l'évacuation. Elle est diabétique insulinodépendante et se déplace avec
    un déambulateur depuis une fracture du col du fémur en 2023. Le médecin coordonnateur de l'EHPAD
    signale un début de désorientation depuis son arrivée, que la famille attribue au choc de l'évacuation.
    Mme Pérignon souhaite retrouver un logement dans le quartier et refuse l'idée d'une entrée définitive en
    établissement. Sa nièce, seule parente proche, ne peut l'héberger. L'hébergement temporaire est
    autorisé pour 90 jours au maximum ; le coût (68 euros par jour) est pris en charge par la commune au
    titre de la substitution. Solution envisagée : logement de plain-pied de Loir-et-Cher Habitat,
    résidence seniors des Charmilles (T2 disponible en décembre), avec mise en place de l'aide à domicile
    par le service d'aide à domicile du CCAS et dossier d'allocation personnalisée d'autonomie à
    constituer."""),
    ("h", "3.2. Premier étage gauche — famille Haddou"),
    para("""M. Karim Haddou, 36 ans, Mme Samira Haddou, 33 ans, et leurs trois enfants de 9 ans, 6 ans et
    14 mois sont hébergés depuis le 12 septembre au logement d'urgence de la rue de la Poste (T4). Mme Haddou
    a accouché prématurément le 27 septembre, à 31 semaines, d'un quatrième enfant, actuellement en
    néonatalogie au centre hospitalier de Blois ; l'équipe de la maternité a fait le lien entre la
    prématurité et le stress des semaines précédentes, sans que cela puisse être établi. La sortie du
    nouveau-né est envisagée fin octobre, avec un suivi par la PMI. Le logement d'urgence devient trop petit
    pour une famille de six personnes et son état (chauffage électrique ancien) n'est pas adapté à un
    prématuré. Les ressources du ménage sont constituées du salaire d'intérim de M. Haddou (environ 1 450
    euros nets par mois, variable), des prestations familiales et de l'allocation de logement. La famille
    est demandeuse d'un logement social depuis 2022 ; la demande a été actualisée et placée en priorité au
    titre du contingent préfectoral (ménage hébergé à la suite d'un arrêté). Le propriétaire réclame un
    arriéré de loyers de trois mois antérieur à l'arrêté, que la famille conteste en invoquant les
    désordres signalés depuis 2024 ; l'ADIL l'accompagne."""),
    ("h", "3.3. Premier étage droite — M. Théo Landreau"),
    para("""M. Landreau, 24 ans, étudiant, est hébergé chez ses parents dans une commune voisine et ne
    sollicite pas d'aide. Il souhaite récupérer ses affaires (un déménagement accompagné a été organisé le
    1er octobre) et résilier son bail. Aucune action supplémentaire."""),
    ("h", "3.4. Deuxième étage gauche — M. Mamadou Konaté"),
    para("""M. Konaté, 38 ans, seul, agent de nettoyage en horaires de nuit, a été hébergé deux nuits à
    l'hôtel
    puis orienté vers une résidence sociale Adoma à Vendôme, où une place a été trouvée le 16 septembre. Son
    titre de séjour arrive à échéance le 15 novembre ; il a déposé sa demande de renouvellement en ligne et
    dispose d'une attestation de prolongation d'instruction. L'évacuation lui a fait perdre plusieurs
    documents (bulletins de salaire, avis d'imposition) nécessaires au renouvellement ; le CCAS l'a aidé à en
    obtenir des duplicata. Il souhaite revenir à Montfleury, plus près de son lieu de travail ; une demande
    de logement social a été déposée."""),
    ("h", "3.5. Combles — M. Romain R."),
    para("""Un homme d'une trentaine d'années, M. Romain R., occupait sans bail écrit une chambre sous les
    combles, louée « au noir » par le gérant selon ses dires (250 euros par mois en espèces). Absent lors de
    l'évacuation, il s'est présenté au CCAS le 19 septembre. Il est sorti du centre de détention de
    Châteaudun en avril 2025 après une peine de quatre ans et fait l'objet d'un suivi par le service
    pénitentiaire d'insertion et de probation, avec une obligation de domicile ; la perte de son
    hébergement le place en difficulté au regard de ses obligations. En sa qualité d'occupant de bonne foi,
    il bénéficie du droit à l'hébergement à la charge du propriétaire, à défaut de la commune. Il a été
    orienté par le SIAO vers le centre d'hébergement et de réinsertion sociale de Blois, où il est hébergé
    depuis le 23 septembre. La conseillère d'insertion et de probation a été informée avec son accord."""),
    ("h", "4. Coûts engagés au 30 septembre"),
    ("table", [
        ["Poste", "Montant (euros TTC)", "Observation"],
        ["Étaiement et purge (travaux d'office)", "18 640,00", "titres à émettre"],
        ["Hébergement EHPAD (18 jours)", "1 224,00", "en cours"],
        ["Logement d'urgence rue de la Poste", "640,00", "fluides et assurance"],
        ["Hôtel (2 nuits)", "104,00", "réglé"],
        ["Déménagements et garde-meuble", "1 870,00", "2 ménages"],
        ["Total", "22 478,00", ""],
    ]),
    ("h", "5. Propositions"),
    para("""Il est proposé à la commission de relogement : de retenir l'hypothèse d'une interdiction
    définitive
    d'habiter, ou au minimum d'une interdiction temporaire d'une durée supérieure à un an, et d'organiser en
    conséquence un relogement définitif des ménages Pérignon, Haddou et Konaté ; de solliciter le
    contingent préfectoral pour la famille Haddou en urgence, compte tenu de la naissance ; de confirmer la
    prise en charge de M. R. par le dispositif d'hébergement d'insertion et de clore son dossier au titre
    de l'arrêté ; de saisir le service foncier pour l'éventuelle préemption de l'immeuble, la créance de la
    commune devant être imputée sur le prix ; de transmettre au procureur de la République, au titre de
    l'article 40 du code de procédure pénale, les éléments relatifs à la location d'une chambre sans bail
    dans un local impropre à l'habitation."""),
    para("""N. Ferrand — E. Grangier. Visa de la directrice de l'aménagement : C. Bouvron. Visa de la
    directrice
    du CCAS : M. Rabier."""),
]

DOCX_BLOCKS["s047_memoire_technique_offre_couverture.docx"] = [
    ("title", "Couvertures du Loir — mémoire technique et décomposition de prix — lot 04"),
    para("""Marché : réhabilitation et extension du groupe scolaire Jules-Ferry, Ville de Montfleury-sur-Loir.
    Lot 04 — couverture, zinguerie. Offre remise le 14 avril 2025. Le présent mémoire contient des
    informations couvertes par le secret des affaires (organisation interne, coûts, fournisseurs, marges) ;
    l'entreprise s'oppose à leur communication à des tiers, y compris aux candidats évincés."""),
    ("h", "1. Présentation de l'entreprise et moyens affectés"),
    para("""Couvertures du Loir (SARL, 22 salariés, chiffre d'affaires 2024 : 2,9 millions d'euros, dont
    38 % en
    marchés publics) affectera au chantier une équipe de quatre couvreurs qualifiés encadrée par un chef
    d'équipe titulaire du brevet professionnel et de la qualification Qualibat 3192 (couverture en ardoise
    naturelle, technicité supérieure). Le conducteur de travaux, M. Fabien Gautreau, suivra le chantier à
    raison de deux visites par semaine. Notre résultat net 2024 s'est établi à 3,1 % du chiffre d'affaires ;
    nos capacités financières nous permettent de préfinancer l'approvisionnement des ardoises sans
    avance."""),
    ("h", "2. Méthodologie"),
    para("""Dépose de la couverture existante en ardoise fibres-ciment (présence d'amiante à confirmer : la
    dépose est prévue au lot 01) ; vérification des voliges et remplacement à hauteur de 30 % estimés ;
    pose d'un écran sous-toiture HPV ; couverture en ardoise naturelle d'Espagne 32 × 22, épaisseur 4,5 mm,
    pose au crochet inox teinté ; noues et arêtiers en zinc prépatiné ; gouttières pendantes demi-rondes
    de 33 ; descentes de 100. Nous avons développé une méthode de préfabrication au sol des noues et des
    solins de lucarne, sur gabarits conçus en atelier, qui réduit de 25 % le temps de pose en toiture et
    limite les risques de chute ; cette méthode et les gabarits constituent un savoir-faire propre à
    l'entreprise et ne doivent pas être divulgués."""),
    ("h", "3. Approvisionnements"),
    para("""Ardoises : contrat-cadre 2025 avec la carrière Pizarras del Norte via notre importateur exclusif
    pour la région Centre, au prix de 14,80 euros HT le m² rendu dépôt (prix catalogue négoce :
    21,50 euros), en contrepartie d'un engagement d'achat annuel de 9 000 m². Zinc : 6,90 euros le kg,
    accord annuel avec VMZinc. Ces conditions sont confidentielles et nous lient contractuellement à nos
    fournisseurs."""),
    ("h", "4. Décomposition du prix"),
    ("table", [
        ["Poste", "Quantité", "Déboursé sec unitaire", "Prix de vente unitaire", "Total HT"],
        ["Couverture ardoise naturelle", "1 240 m²", "58,20 €", "79,00 €", "97 960,00 €"],
        ["Voliges (remplacement)", "370 m²", "19,40 €", "27,50 €", "10 175,00 €"],
        ["Écran sous-toiture", "1 240 m²", "6,10 €", "9,20 €", "11 408,00 €"],
        ["Zinguerie (noues, arêtiers, solins)", "forfait", "16 300,00 €", "22 600,00 €", "22 600,00 €"],
        ["Gouttières et descentes", "420 ml", "29,50 €", "41,00 €", "17 220,00 €"],
        ["Échafaudage (sous-traité)", "forfait", "9 800,00 €", "12 537,00 €", "12 537,00 €"],
        ["Total", "", "", "", "171 900,00 €"],
    ]),
    para("""Coefficient de vente appliqué aux déboursés : 1,36 (frais de chantier 6 %, frais généraux 14 %,
    bénéfice et aléas 11 %). À titre d'information, notre coefficient habituel sur les marchés privés est de
    1,45 ; nous l'avons réduit pour ce chantier de référence dans notre commune."""),
    ("h", "5. Sécurité et environnement"),
    para("""Protection collective par échafaudage de pied avec garde-corps en rive ; filets en sous-face
    pour les
    verrières ; tri des déchets sur chantier (ardoises réemployées pour les réparations d'autres chantiers,
    zinc recyclé). Plan de prévention établi avec le coordonnateur SPS."""),
    ("h", "6. Planning"),
    para("""Intervention en trois phases correspondant au phasage du lot gros œuvre : bâtiment A pendant les
    vacances de printemps 2026, bâtiment B pendant l'été 2026, extension à l'automne 2026. Durée totale de
    présence : 14 semaines. Nous nous engageons à terminer le bâtiment A avant la rentrée des vacances de
    printemps, quitte à renforcer l'équipe (deux couvreurs de notre agence de Vendôme)."""),
    ("h", "7. Références et sous-traitance"),
    para("""Références récentes comparables : couverture de la mairie annexe de Saint-Firmin (2023,
    ardoise naturelle, 680 m², 104 000 euros HT) ; réfection de la toiture de l'église de Lunay (2024,
    monument inscrit, 910 m²). L'échafaudage sera sous-traité à la société Échafaudages Centre Location,
    avec laquelle nous avons négocié un tarif préférentiel de location de 2,10 euros le m² par semaine
    (tarif public 3,40 euros), en contrepartie d'un volume annuel minimal ; ce tarif ne doit pas être
    communiqué. Aucune autre prestation n'est sous-traitée."""),
    para("""Fait à Montfleury-sur-Loir, le 14 avril 2025. Le gérant, Jean-Louis Aubert."""),
]

DOCX_BLOCKS["s048_plan_protection_usine_eau_potable.docx"] = [
    ("title", "Usine des Grands Prés — plan particulier de protection (PPP)"),
    para("""Syndicat des eaux de Montfleury et environs. Point d'importance vitale rattaché au secteur de
    l'eau. Version 3 du 15 septembre 2025, établie en application de l'arrêté préfectoral de désignation
    et validée par la commission zonale de défense et de sécurité. CONFIDENTIEL — DIFFUSION RESTREINTE.
    Exemplaire n° 4/6. La reproduction totale ou partielle est interdite ; le présent exemplaire est remis
    à la Ville de Montfleury-sur-Loir au titre de l'instruction du permis de construire de l'extension et
    doit être conservé dans l'armoire forte de la direction de l'aménagement."""),
    ("h", "1. Description du point d'importance vitale"),
    para("""L'usine des Grands Prés assure 100 % de la production d'eau potable de Montfleury-sur-Loir et de
    onze communes (41 000 habitants), du centre hospitalier (312 lits), de deux établissements
    agroalimentaires et du centre de détention de Châteaudun pour une partie de son approvisionnement de
    secours. Aucune interconnexion n'existe avec un autre service d'eau permettant de compenser une
    interruption de plus de 36 heures ; les réserves (bâches et réservoirs) représentent environ 26 heures de
    consommation moyenne. La production dépend de huit forages, de la chaîne de traitement et d'une unique
    alimentation électrique HTA."""),
    ("h", "2. Points névralgiques"),
    ("table", [
        ["Code", "Point névralgique", "Localisation", "Conséquence d'une atteinte"],
        ["PN1", "Salle de supervision et armoires automates", "Bâtiment d'exploitation, RDC, local 0-04",
         "Perte de conduite de l'usine ; modification malveillante des consignes"],
        ["PN2", "Local de chloration et stock de chlore gazeux", "Bâtiment réactifs, façade nord",
         "Risque toxique pour le personnel et le voisinage ; arrêt de la désinfection"],
        ["PN3", "Bâches d'eau traitée (2 × 2 500 m³)", "Sous la cour est, capots côté filtres",
         "Contamination de l'eau distribuée"],
        ["PN4", "Poste de livraison HTA et TGBT", "Angle sud-ouest, près du portail secondaire",
         "Arrêt total de la production"],
        ["PN5", "Forages F4 à F6", "Lieu-dit Les Noues, 1,2 km", "Perte de 45 % de la ressource"],
        ["PN6", "Réservoir de la Butte", "Colline de la Butte, accès chemin communal",
         "Contamination d'un étage de distribution"],
    ]),
    ("h", "3. Mesures permanentes de protection"),
    para("""Périmètre : clôture de 1,80 m en cours de remplacement par une clôture de 2,40 m avec détection
    périmétrique (travaux prévus au lot 09 de l'extension) ; en attendant, rondes de la société de
    surveillance à 21 h, 0 h 30 et 4 h, et contrôle visuel quotidien par l'agent d'ouverture. Accès :
    portail principal à ouverture par badge et interphone renvoyé vers l'astreinte ; portail secondaire
    (poste HTA) ouvert uniquement pour les interventions d'Enedis, en présence d'un agent. Bâtiments :
    contrôle d'accès biométrique pour PN1, PN2 et les capots de PN3 ; alarme intrusion sur l'ensemble des
    bâtiments, transmise à la télésurveillance puis à l'astreinte ; vidéoprotection de 12 caméras, dont
    4 thermiques sur la façade nord et les bâches. Les points faibles identifiés lors de l'audit de juin
    2025 (brèche nord-ouest, passage sous le grillage au droit du fossé, capot de bâche non cadenassé,
    échelle du réservoir de la Butte) sont en cours de traitement ; leur correction devra être vérifiée lors
    de l'audit de suivi de décembre 2025."""),
    para("""Systèmes d'information : la supervision est isolée du réseau bureautique depuis le 15 août 2025
    par un pare-feu industriel ; l'accès à distance de l'astreinte passe par un VPN avec authentification à
    deux facteurs ; les comptes sont nominatifs. Un poste de conduite de secours, non connecté, permet la
    marche dégradée manuelle. Les sauvegardes des programmes automates sont conservées hors ligne dans le
    coffre du chef d'usine."""),
    ("h", "4. Niveaux de posture et mesures graduées"),
    para("""Le PPP décline les mesures en fonction de la posture Vigipirate et des alertes transmises par la
    préfecture. En posture « sécurité renforcée — risque attentat », les mesures suivantes sont activées :
    présence permanente d'un agent de surveillance sur site de 20 h à 7 h ; fermeture du portail secondaire
    par chaîne et cadenas ; contrôle des véhicules des prestataires à l'entrée ; doublement des analyses de
    chlore résiduel en sortie d'usine (toutes les 2 heures) ; mise en alerte du laboratoire agréé pour des
    analyses toxicologiques sous 6 heures. En posture « urgence attentat », la production peut être
    basculée sur les seuls forages de l'usine, les forages des Noues étant isolés, et l'accès au site est
    réservé aux agents du syndicat et aux forces de l'ordre."""),
    ("h", "5. Scénarios et conduite à tenir"),
    para("""Scénario A — intrusion constatée sur le site. L'agent ou la télésurveillance alerte le 17 et
    l'astreinte ; l'astreinte de direction est prévenue ; le personnel se regroupe dans le local de repli
    (bâtiment administratif, bureau 1-02, porte renforcée) ; aucune intervention de l'agent sur l'intrus.
    Après départ des forces de l'ordre, inspection des points névralgiques selon la liste de contrôle
    annexe 4 ; en cas de doute sur l'intégrité des bâches, isolement de la bâche concernée et prélèvement.
    Scénario B — suspicion d'acte de malveillance sur la qualité de l'eau (anomalie de chlore ou de
    turbidité inexpliquée, capot ouvert). Arrêt immédiat du refoulement de la bâche concernée ; bascule sur
    l'autre bâche ; information de l'ARS et de la préfecture (SIDPC) ; prélèvements conservatoires ;
    préparation des messages de restriction de consommation (modèles en annexe 6) et de la distribution
    d'eau embouteillée (convention avec la plateforme logistique de Vendôme : 60 000 litres sous 12 heures).
    Scénario C — cyberattaque sur la supervision. Déconnexion physique du VPN (interrupteur repéré en rouge
    dans la baie B2), passage en conduite manuelle, appel au CERT sectoriel et à l'ANSSI via la préfecture.
    Scénario D — fuite de chlore. Déclenchement de la sirène du local, évacuation vers le point de
    rassemblement au vent (portail principal), appel au 18 ; les riverains de la rue des Grands-Prés (six
    habitations) sont informés par l'astreinte."""),
    ("h", "6. Organisation et contacts"),
    ("table", [
        ["Fonction", "Titulaire", "Joignable"],
        ["Délégué pour la défense et la sécurité", "Directeur technique du syndicat",
         "ligne directe et portable d'astreinte (annexe 1)"],
        ["Chef d'usine", "A. Prieur", "astreinte semaine paire"],
        ["Astreinte d'exploitation", "6 agents en rotation", "numéro unique d'astreinte"],
        ["Correspondant préfecture", "SIDPC 41", "numéro réservé (annexe 1)"],
        ["Référent sûreté", "Gendarmerie, groupement de Loir-et-Cher", "annexe 1"],
        ["Ville de Montfleury", "DGS et directrice de l'aménagement", "annexe 1"],
    ]),
    para("""Les numéros de téléphone réservés, les codes de la télésurveillance, la liste nominative du
    personnel habilité, les plans de niveaux annotés et la cartographie du réseau de distribution figurent
    dans les annexes 1 à 8, qui ne sont pas jointes au présent exemplaire et restent détenues par le
    délégué pour la défense et la sécurité."""),
    ("h", "7. Incidences sur le projet d'extension"),
    para("""Le projet d'extension doit intégrer les mesures suivantes, qui conditionnent l'avis favorable du
    délégué : nouvelle clôture et détection (lot 09) ; contrôle d'accès et vidéoprotection du nouveau
    bâtiment de traitement ; implantation du nouveau local de réactifs à plus de 30 mètres de la clôture ;
    suppression du chlore gazeux au profit de l'électrochloration ; cheminement des câbles de supervision
    en fourreaux enterrés non repérables. La Ville est invitée à ne faire figurer dans le dossier soumis à la
    participation du public ni la localisation des points névralgiques, ni le tracé des réseaux internes,
    ni la description des dispositifs de sûreté. Le résumé non technique de l'étude d'impact sera relu par
    le délégué avant publication."""),
    ("h", "8. Exercices"),
    para("""Un exercice est organisé chaque année avec la préfecture. L'exercice du 12 mars 2025 (scénario B)
    a mis en évidence un délai de 3 h 40 entre la détection et l'information de l'ARS, jugé trop long, et la
    méconnaissance par deux agents d'astreinte de l'emplacement de l'interrupteur de déconnexion du VPN. Une
    formation a été organisée en avril. Le prochain exercice, prévu au premier trimestre 2026, portera sur
    le scénario C."""),
    para("""Le retour d'expérience de l'exercice a également montré que le portail secondaire pouvait être
    ouvert manuellement par le débrayage du moteur, accessible depuis l'extérieur en passant le bras à
    travers le barreaudage ; un capot cadenassé a été posé le 2 mai 2025. La liste des agents habilités à
    pénétrer dans la salle de supervision a été réduite de onze à sept personnes."""),
    para("""Le délégué pour la défense et la sécurité. Visa du préfet de Loir-et-Cher (cabinet, SIDPC)."""),
]

DOCX_BLOCKS["s049_descriptif_locaux_hotel_police_niveaux.docx"] = [
    ("title", "Hôtel de police de Montfleury-sur-Loir — descriptif des locaux par niveau"),
    para("""Dossier des ouvrages exécutés — pièce DOE-ARC-02, indice B. Maîtrise d'œuvre : Atelier
    Rousseau-Kerjean. DIFFUSION RESTREINTE — document classé par le SGAMI Ouest ; consultation réservée aux
    personnes habilitées ; ne pas verser au dossier de permis consultable ni à la plateforme du chantier."""),
    ("h", "Niveau -1 (sous-sol, 1 180 m²)"),
    para("""Parc de stationnement des véhicules de service (34 places, dont 6 pour véhicules banalisés)
    accessible
    par la rampe nord depuis l'allée du Stade, fermée par une porte basculante à ouverture par télécommande
    et lecteur de badge ; sas véhicules de 12 m permettant la fermeture de la première porte avant l'ouverture
    de la seconde. Armurerie (local 0-14, 36 m²) : murs et dalle en béton armé de 25 cm, porte blindée de
    classe CR4 avec serrure à combinaison électronique, détection volumétrique et sismique, renvoi de
    l'alarme au poste de commandement et au centre d'information et de commandement départemental ; la
    trémie de ventilation de 400 × 400 mm est protégée par une grille barreaudée scellée. Local des scellés
    (0-16), soute à munitions (0-17), vestiaires des effectifs (0-20 à 0-23), local de la cuve de fioul et du
    groupe électrogène (0-30) accessible uniquement depuis l'extérieur par une porte donnant sur la cour de
    service."""),
    ("h", "Rez-de-chaussée (1 420 m²)"),
    para("""Accueil du public (hall 0-01) séparé des locaux de service par une banque d'accueil avec vitrage
    pare-balles de classe BR4 et un sas à double porte à contrôle d'accès (0-02) ; salle d'attente ; deux
    bureaux de plainte (0-05, 0-06) avec bouton d'alarme coup de poing ; bureau d'aide aux victimes (0-07).
    Aile nord : zone de garde à vue comprenant six cellules individuelles (0-41 à 0-46), deux cellules
    collectives, une cellule de dégrisement, un local de fouille, un local d'examen médical, deux bureaux
    d'audition, un local avocat ; accès direct depuis la cour de service par le sas de transfert (0-40),
    porte extérieure sur la façade nord, non visible depuis la rue. Poste de garde (0-30), vitré sur le sas
    de transfert et sur l'accueil, dispose des écrans de vidéoprotection des cellules et du report des
    alarmes."""),
    ("h", "Premier étage (1 390 m²)"),
    para("""Salle d'information et de commandement (1-08), centre névralgique du bâtiment : pupitres
    opérateurs,
    mur d'images recevant les flux de la vidéoprotection urbaine de la ville (56 caméras) et de la gare,
    baie du réseau ministériel dans le local attenant 1-09 (porte à contrôle d'accès biométrique). Bureaux
    de la brigade de sûreté urbaine et du groupe d'appui judiciaire, salle de réunion, bureau du chef de
    circonscription (1-01) avec sortie dérobée vers l'escalier de secours est. Local informatique de
    secours (1-20). La toiture-terrasse est accessible par la trappe de la gaine technique GT3, alarmée et
    cadenassée."""),
    ("h", "Deuxième étage (980 m²)"),
    para("""Locaux administratifs, service de police administrative, salle de repos, salle de sport. Les
    fenêtres des façades sud et ouest sont équipées de films anti-effraction ; les façades donnant sur
    l'allée du Stade (nord) sont aveugles à partir du premier étage, à la demande du référent sûreté, en
    raison des vues depuis les gradins du stade municipal."""),
    ("h", "Circulations et contrôle d'accès"),
    para("""Trois niveaux de zonage : zone publique (hall, salle d'attente), zone de service (bureaux,
    circulations internes), zone réservée (armurerie, garde à vue, salle de commandement, baie
    ministérielle). Le passage d'une zone à l'autre se fait par lecteurs de badges couplés à un code
    personnel pour la zone réservée. L'escalier principal est doublé d'un escalier de service reliant
    directement le sous-sol au poste de garde, sans passer par les espaces accessibles au public ; les
    personnes gardées à vue ne croisent jamais le public. La cour de service est fermée par un mur plein
    de 3 mètres côté allée du Stade et par un portail coulissant plein commandé depuis le poste de garde."""),
    ("h", "Alimentation et secours"),
    para("""Double alimentation électrique (poste de livraison et groupe électrogène de 250 kVA, autonomie de
    72 heures), onduleurs pour la salle de commandement et la baie ministérielle. Les liaisons de
    télécommunication empruntent deux chemins distincts (rue du 8-Mai et allée du Stade) afin d'éviter qu'une
    coupure unique isole le bâtiment. Les plans de niveau cotés correspondants figurent aux pièces DOE-ARC-10
    à 14, également classées."""),
]

DOCX_BLOCKS["s050_commission_relogement_4_septembre.docx"] = [
    ("title", "Commission de relogement — relevé de décisions du 4 septembre 2025"),
    para("""Présents : Mme Toutain (adjointe aux solidarités), M. Lemaréchal (adjoint à l'urbanisme),
    Mme Rabier (directrice du CCAS), Mme Bouvron, Mme Ferrand, Mme Grangier, M. Lucas (Loir-et-Cher
    Habitat), Mme Joubert (DDETS, contingent préfectoral). Document interne — données personnelles."""),
    ("table", [
        ["Ménage", "Situation", "Décision"],
        ["Famille Traoré (6 pers.)",
         "Logement d'urgence allée des Tilleuls ; fils aîné en ULIS ; ressources : salaire + prestations",
         "Mutation Loir-et-Cher Habitat aux Varennes (T5) acceptée, entrée 1er novembre"],
        ["M. et Mme Stanciu",
         "Deux offres refusées ; travail saisonnier ; pas d'avis d'imposition",
         "Dernière offre (T2 rue Gambetta) ; à défaut, obligation réputée remplie au 30 septembre"],
        ["Mme Cornu et M. Boisseau (5 pers.)",
         "Entrée T4 Habitat et Humanisme le 15/09 ; procédure JAF engagée par le père des aînés",
         "Attestation d'hébergement délivrée ; fin d'accompagnement au 31/12"],
        ["M. Lebreton", "Relogé ; curatelle renforcée UDAF ; litige sur arriéré",
         "Clôture ; l'UDAF suit le litige"],
        ["Mme Pavard et sa fille", "Relogées ; ordonnance de protection ; adresse confidentielle",
         "Clôture ; aucune adresse dans les notifications"],
        ["M. Guillot", "Injoignable ; suivi SPIP", "Classement"],
    ]),
    para("""Observations : la DDETS rappelle que le contingent préfectoral est saturé pour les T5 et que la
    mutation interne est la seule solution rapide pour la famille Traoré. Mme Toutain demande qu'un courrier
    de remerciement soit adressé à Habitat et Humanisme."""),
]

DOCX_BLOCKS["s051_enquete_administrative_harcelement_service_ads.docx"] = [
    ("title", "Enquête administrative — signalement de harcèlement moral au service ADS"),
    para("""Ville de Montfleury-sur-Loir — direction générale des services. Rapport d'enquête
    administrative remis au maire le 30 octobre 2025. Confidentiel — accès limité à l'autorité
    territoriale, à la DRH et aux personnes entendues pour ce qui les concerne."""),
    ("h", "1. Saisine"),
    para("""Le 8 septembre 2025, Mme Sandrine Moulin, instructrice ADS, a adressé au dispositif de signalement
    des actes de violence, de discrimination, de harcèlement et d'agissements sexistes un signalement visant
    M. Thomas Veyrier, instructeur dans le même service. Elle y décrit une dégradation de leurs relations
    depuis le printemps 2024, des remarques dévalorisantes répétées devant les usagers, l'appropriation de
    dossiers qui lui étaient attribués, des courriels au ton agressif et un incident du 12 septembre 2024 au
    cours duquel M. Veyrier aurait claqué la porte de son bureau en lui disant « tu vas voir ce que ça coûte
    de me balancer au chef ». Elle indique souffrir depuis de troubles anxieux, pour lesquels elle est
    suivie, et avoir été en arrêt de travail du 2 au 20 juin 2025."""),
    ("h", "2. Méthode"),
    para("""L'enquête a été confiée à Mme Annie Lenoir, DRH, assistée de Me Claire Thibaud, avocate. Ont été
    entendus : Mme Moulin (16 septembre), M. Veyrier (23 septembre, assisté d'un représentant syndical),
    M. Julien Peyrac, chef de service (24 septembre), Mme Karima Belaïd, instructrice (25 septembre),
    M. Dylan Perrot, agent d'accueil (25 septembre), Mme Claire Bouvron, directrice (29 septembre). Ont été
    examinés : 46 courriels échangés entre les deux agents depuis janvier 2024, le registre d'attribution des
    dossiers, les comptes rendus d'entretien professionnel de 2023 et 2024 des deux agents."""),
    ("h", "3. Constatations"),
    para("""Les courriels produits font apparaître, à partir de mai 2024, un ton sec et parfois méprisant
    de la
    part de M. Veyrier (« relis le règlement avant d'écrire n'importe quoi », « je reprends ton dossier, ce
    sera plus rapide »), sans propos injurieux. Le registre d'attribution confirme que sept dossiers attribués
    à Mme Moulin ont été réattribués à M. Veyrier en 2024, à sa demande, sans accord de l'intéressée mais
    avec l'aval du chef de service. L'incident du 12 septembre 2024 est confirmé par Mme Belaïd, témoin
    auditif ; M. Veyrier reconnaît avoir été « énervé » mais conteste la phrase rapportée. M. Perrot
    rapporte deux remarques moqueuses de M. Veyrier à l'égard de Mme Moulin devant des usagers du guichet.
    Le chef de service reconnaît ne pas avoir pris la mesure de la situation et avoir privilégié la
    continuité de l'instruction."""),
    para("""M. Veyrier conteste tout harcèlement. Il décrit une collègue « qui ne supporte pas la
    critique » et
    un climat de service tendu, aggravé par la surcharge de travail. Il fait état de sa propre situation
    personnelle difficile en 2024 (séparation, garde des enfants) et de troubles du sommeil ; il indique
    avoir consulté le psychologue du travail du centre de gestion en février 2025. Il produit deux courriels
    de Mme Moulin qu'il estime blessants. Il se dit prêt à une médiation."""),
    ("h", "4. Analyse"),
    para("""Les faits établis — remarques dévalorisantes répétées, dont certaines devant le public,
    réattribution de dossiers, incident du 12 septembre 2024 — présentent un caractère répété et ont eu pour
    effet une dégradation des conditions de travail de Mme Moulin, susceptible de porter atteinte à sa
    santé. Ils sont de nature à caractériser des agissements de harcèlement moral au sens de l'article
    L. 133-2 du code général de la fonction publique, même en l'absence d'intention de nuire démontrée. La
    responsabilité de l'encadrement, qui a laissé la situation se dégrader et a avalisé les réattributions,
    est engagée sur le plan managérial."""),
    ("h", "5. Propositions"),
    para("""Engager une procédure disciplinaire à l'encontre de M. Veyrier, une sanction du premier groupe
    (blâme) paraissant proportionnée compte tenu de l'absence d'antécédents disciplinaires ; séparer les
    secteurs des deux agents et organiser des bureaux distincts ; proposer une médiation par le centre de
    gestion si les deux agents l'acceptent ; accorder à Mme Moulin la protection fonctionnelle qu'elle a
    sollicitée ; organiser pour le chef de service une formation à la prévention des risques
    psychosociaux ; informer la formation spécialisée en santé, sécurité et conditions de travail, de
    manière anonymisée, des enseignements de l'enquête."""),
    para("""Fait à Montfleury-sur-Loir, le 30 octobre 2025. A. Lenoir, DRH."""),
]

DOCX_BLOCKS["s052_audition_contrevenant_remblai_zone_rouge.docx"] = [
    ("title", "Procès-verbal d'audition — infraction au code de l'urbanisme"),
    para("""Brigade de gendarmerie de Montfleury-sur-Loir. Procédure n° 00412/2025. Audition libre du
    4 novembre 2025, 14 h 10 — 15 h 05, sur soit-transmis du parquet de Blois relatif au procès-verbal
    d'infraction PV-URB-2025-017 transmis par la commune. Personne entendue : M. Didier FOUCHARD, né le
    14 juin 1971 à Vendôme, manutentionnaire, demeurant 17 chemin des Grouets, informé de la qualification
    des faits, de son droit de quitter les lieux, d'être assisté d'un avocat (Me Daguet, présent) et de
    garder le silence."""),
    ("table", [
        ["Question", "Réponse"],
        ["Reconnaissez-vous avoir construit l'extension sans permis ?",
         "Oui. Je ne savais pas que c'était interdit en zone N. Je l'ai faite pour ma fille et son bébé."],
        ["Avez-vous déjà été condamné pour des faits similaires ?",
         "En 2016 à Vendôme, pour un garage. J'ai payé l'amende. Rien d'autre, à part une suspension de "
         "permis en 2019."],
        ["Le remblai en zone rouge ?", "C'est pour ne plus être inondé. Je peux l'enlever si on m'aide."],
        ["Avez-vous menacé l'agent de la mairie lors du contrôle ?",
         "Non. J'ai haussé le ton, j'étais à bout, ma femme venait d'apprendre son cancer. Je m'excuse."],
        ["Acceptez-vous une procédure de CRPC ?", "Oui, sur les conseils de mon avocat."],
    ]),
    para("""Lecture faite par lui-même, M. Fouchard persiste et signe. L'officier de police judiciaire :
    adjudant-chef Marc Delaunay. Copie : parquet de Blois ; commune (extrait relatif aux faits
    d'urbanisme seulement)."""),
]

DOCX_BLOCKS["s053_rapport_expertise_judiciaire_fissures_voisin.docx"] = [
    ("title", "Rapport d'expertise judiciaire — désordres consécutifs à des travaux voisins"),
    para("""Tribunal judiciaire de Blois — ordonnance de référé du 14 janvier 2025 (RG n° 24/00871).
    Demandeurs : M. Bernard Chevallier et Mme Monique Chevallier, 11 rue des Hauts-Champs, Montfleury-sur-
    Loir. Défendeurs : M. Laurent Hubert et Mme Céline Hubert, 8 rue des Hauts-Champs ; la société
    Terrassements
    Marchand ; leurs assureurs. Intervenante volontaire : la commune de Montfleury-sur-Loir (voirie).
    Expert : M. Pierre-Yves Salmon, ingénieur, expert près la cour d'appel d'Orléans. Rapport définitif
    déposé le 22 septembre 2025. Copie adressée à la commune en sa qualité de partie."""),
    ("h", "1. Mission"),
    para("""Se rendre sur les lieux ; décrire les désordres affectant la maison des demandeurs ; en rechercher
    les causes, et notamment dire s'ils sont imputables aux travaux de démolition et de terrassement réalisés
    sur la propriété voisine en exécution du permis de construire PC 041 149 25 B0072 ; décrire les travaux
    propres à y remédier et en chiffrer le coût ; fournir tous éléments permettant d'apprécier les
    préjudices subis ; donner son avis sur les responsabilités encourues."""),
    ("h", "2. Déroulement des opérations"),
    para("""Trois réunions d'expertise contradictoires ont été tenues sur les lieux les 13 février, 27 mars et
    5 juin 2025, en présence des parties et de leurs conseils. L'expert a fait procéder à des relevés de
    fissures avec pose de jauges (témoins) par le cabinet Géo-Loir, à une étude de sol complémentaire
    (deux sondages pressiométriques, société Géofonda) et à une recherche de fuites sur les réseaux enterrés.
    Les parties ont adressé dix-sept dires ; il y a été répondu dans le corps du rapport. Le pré-rapport a
    été diffusé le 4 juillet 2025."""),
    ("h", "3. Description des lieux"),
    para("""La maison des demandeurs, construite en 1972, est un pavillon en maçonnerie de parpaings
    enduits sur
    vide sanitaire, fondé sur semelles filantes à 0,80 m de profondeur, d'une surface habitable de 96 m². Elle
    est implantée à 2,10 m de la limite séparative avec la propriété des défendeurs. Le sol est constitué de
    limons argileux sur 2,40 m, reposant sur des sables et graviers du Loir ; la nappe a été relevée à 3,10 m
    lors des sondages de mars. Les argiles présentent un aléa moyen de retrait-gonflement selon la
    cartographie nationale."""),
    para("""Sur la propriété voisine, les défendeurs ont fait démolir en novembre 2024 une maison de 1968 sur
    sous-sol enterré puis réaliser, en décembre 2024, le terrassement de la nouvelle construction de plain-
    pied et d'une piscine. Le comblement du sous-sol démoli a été réalisé avec les déblais du terrassement,
    sans compactage par couches, et la piscine a été creusée à 2,60 m de la limite, à une profondeur de
    1,80 m, avec un rabattement de nappe par pompage pendant neuf jours."""),
    ("h", "4. Désordres constatés"),
    para("""Fissure en escalier dans le pignon est (côté voisins), d'une ouverture de 2 à 4 mm, partant de
    l'angle de la fenêtre de la chambre ; fissures verticales des doublages intérieurs de la chambre et de
    la salle de bains ; décollement de carrelage dans la salle de bains ; porte de la chambre frottant sur
    le sol ; affaissement de la terrasse carrelée côté est de 3 cm ; rupture du regard d'eaux pluviales en
    pied de pignon. Les jauges posées en février ont enregistré une évolution de 0,6 mm jusqu'en avril,
    puis une stabilisation."""),
    ("h", "5. Analyse des causes"),
    para("""Les désordres sont localisés exclusivement sur la façade est et dans les pièces attenantes, ce qui
    exclut une cause générale telle que la sécheresse. Leur apparition, datée par les demandeurs de fin
    décembre 2024 et corroborée par les photographies de la fête de Noël produites aux débats, coïncide
    avec le rabattement de nappe réalisé pour la piscine. Le pompage a provoqué un abaissement temporaire
    de la nappe sous la maison des demandeurs et une consolidation des limons argileux, entraînant un
    tassement différentiel des fondations du pignon est, que l'étude de sol évalue entre 12 et 18 mm.
    L'absence de compactage du remblai du sous-sol démoli a pu contribuer marginalement à la rupture du
    regard, mais n'explique pas les fissures du pignon. Aucune fuite n'a été détectée sur les réseaux des
    demandeurs. L'expert retient en conséquence que les désordres sont imputables, pour l'essentiel, aux
    conditions d'exécution du terrassement de la piscine, réalisé sans étude géotechnique préalable et sans
    dispositif de suivi des avoisinants."""),
    para("""La commune, mise en cause au titre d'une canalisation d'eaux pluviales sous trottoir, est
    mise hors
    de cause : l'inspection télévisée de la canalisation n'a révélé aucun défaut."""),
    ("h", "6. Travaux de reprise"),
    ("table", [
        ["Nature des travaux", "Montant HT"],
        ["Reprise en sous-œuvre du pignon est par micropieux (6 unités) et longrine", "28 400,00 €"],
        ["Agrafage et traitement des fissures extérieures, enduit du pignon", "6 150,00 €"],
        ["Reprise des doublages et des peintures (chambre, salle de bains)", "4 820,00 €"],
        ["Dépose et repose du carrelage de la salle de bains", "3 260,00 €"],
        ["Reprise de la terrasse et du regard d'eaux pluviales", "5 730,00 €"],
        ["Maîtrise d'œuvre et contrôle (10 %)", "4 836,00 €"],
        ["Total", "53 196,00 €"],
    ]),
    ("h", "7. Préjudices"),
    para("""Préjudice de jouissance : la chambre principale est restée inutilisable de janvier à mai 2025 en
    raison de la porte bloquée et des fissures, les demandeurs ayant dormi dans le séjour ; l'expert propose
    de retenir une somme forfaitaire à l'appréciation du tribunal. Les travaux de reprise imposeront un
    relogement de trois semaines (devis d'hôtel produit : 2 100 euros)."""),
    para("""Préjudice moral et de santé : les demandeurs invoquent une dégradation de leur état de santé.
    M. Chevallier, 74 ans, produit un certificat de son médecin traitant du 3 mars 2025 faisant état d'un
    syndrome anxio-dépressif réactionnel ayant nécessité la mise en place d'un traitement antidépresseur
    et d'un suivi psychologique, en lien selon lui avec « la crainte de voir sa maison s'effondrer et le
    conflit avec ses voisins » ; Mme Chevallier, asthmatique, produit une ordonnance de son pneumologue
    majorant son traitement de fond pendant la période des travaux de démolition, en raison des poussières.
    L'expert, qui n'est pas médecin, se borne à relever que ces documents ont été produits et que leur
    appréciation relève du tribunal, le cas échéant après expertise médicale."""),
    ("h", "8. Responsabilités"),
    para("""Sur le plan technique, l'expert estime que les désordres résultent d'un défaut de conception et
    d'exécution du terrassement, imputable à l'entreprise Terrassements Marchand, qui n'a ni sollicité
    d'étude géotechnique ni mis en place de suivi des avoisinants, et, au titre du trouble anormal de
    voisinage, aux maîtres d'ouvrage. La répartition finale relève de l'appréciation du tribunal."""),
    ("h", "9. Réponse aux dires"),
    para("""Dire n° 9 du conseil des défendeurs : les défendeurs soutiennent que la fissuration préexistait,
    en se fondant sur une photographie du pignon datée de 2021. L'expert relève que la photographie montre
    une microfissure d'enduit d'une autre nature (faïençage), sans rapport avec la fissure en escalier
    actuelle. Dire n° 14 du conseil des demandeurs : les demandeurs sollicitent la prise en compte de la
    perte de valeur vénale du bien ; l'expert estime qu'après reprise en sous-œuvre, aucune moins-value
    durable n'est démontrée. Dire n° 16 de l'assureur de l'entreprise : l'assureur conteste le lien de
    causalité avec le rabattement de nappe ; l'expert maintient ses conclusions au vu des relevés
    piézométriques et de la chronologie."""),
    ("h", "10. Observation relative à l'autorisation d'urbanisme"),
    para("""La commune a fait observer, par la voix de son conseil, que le permis de construire délivré le
    18 juillet 2025 n'autorisait que la construction de la maison et de la piscine et ne comportait aucune
    prescription relative aux méthodes de terrassement, qui relèvent de la responsabilité des constructeurs.
    L'expert en prend acte ; il relève que le permis rappelait, à titre d'information, la situation du
    terrain en zone d'aléa moyen de retrait-gonflement des argiles et l'obligation, pour le vendeur d'un
    terrain constructible, de fournir une étude géotechnique préalable, obligation qui ne s'appliquait pas
    ici, le terrain n'ayant pas été vendu. Une étude de conception aurait néanmoins été recommandée."""),
    para("""Fait à Orléans, le 22 septembre 2025. P.-Y. Salmon, expert judiciaire. Annexes : procès-verbaux
    de réunions, relevés de jauges, rapports de sondages, photographies, dires des parties, pièces médicales
    produites par les demandeurs (sous pli séparé)."""),
]

DOCX_BLOCKS["s054_tableau_suivi_arretes_occupants_vulnerables.docx"] = [
    ("title", "Cellule habitat indigne — suivi des arrêtés en vigueur et des occupants"),
    para("""Mise à jour du 1er décembre 2025. Colonne « vulnérabilités » renseignée par le CCAS pour la
    priorisation des relogements ; ne pas transmettre hors de la cellule."""),
    ("table", [
        ["Arrêté", "Adresse", "Occupants", "Vulnérabilités", "Situation"],
        ["2025-URB-031", "9-11 rue Basse-des-Fossés", "7 ménages", "voir note n° 4", "immeuble préempté"],
        ["2025-URB-064", "23 rue des Tanneurs", "Pérignon ; Haddou (6) ; Konaté",
         "Mme P. : diabète, perte d'autonomie ; famille H. : nourrisson prématuré",
         "relogements en cours"],
        ["2025-URB-071", "7 rue des Écoles, 1er", "Mme Renaudin",
         "RSA ; expulsion locative en cours ; surendettement", "hébergée rue de la Poste"],
        ["2025-URB-075", "5 rue des Écoles", "Mme Berthelot",
         "curatelle renforcée ; suivi psychiatrique (CMP) ; incurie", "visite commune CMP prévue"],
        ["2025-SCHS-004", "14 rue du Puits-Saint-Jacques", "famille Benaïssa",
         "saturnisme (enfant) ; grossesse ; enfants placés (ASE)", "logement vide, travaux"],
        ["2025-URB-088", "2 place du Marché", "SCI — pas d'évacuation", "—", "travaux en cours"],
    ]),
    para("""Rappel : seules les colonnes « arrêté », « adresse » et « situation » peuvent figurer dans le
    bilan
    présenté en commission d'urbanisme."""),
]

DOCX_BLOCKS["s055_fiche_signalement_non_decence_caf.docx"] = [
    ("title", "Fiche de signalement de non-décence — transmission à la CAF de Loir-et-Cher"),
    ("table", [
        ["Rubrique", "Renseignement"],
        ["Allocataire", "Mme Hawa CAMARA — n° allocataire 41 *** 772 — 2 enfants (4 et 9 ans)"],
        ["Logement", "16 rue de la Fonderie, chambre 2e étage — 14 m² — sans bail écrit"],
        ["Bailleur", "M. José TEIXEIRA, 16 rue de la Fonderie"],
        ["Statut de l'occupante", "demandeuse d'asile (attestation OFPRA), droits ALS ouverts en juillet"],
        ["Désordres", "suroccupation (11 personnes, 1 douche), infiltrations, électricité dangereuse"],
        ["Santé", "bronchites à répétition de l'enfant de 4 ans (certificat PMI joint)"],
        ["Demande", "consignation de l'allocation de logement ; enquête sur la division en chambres"],
    ]),
    para("""Visite du 21 mars 2025 (N. Ferrand, K. Ollivier). Le logement relève de la division de logement
    interdite (article L. 126-18 du CCH) ; signalement parallèle au procureur. Merci de ne pas mentionner
    l'identité de l'allocataire dans les échanges avec le bailleur."""),
]

DOCX_BLOCKS["s056_avis_referent_surete_espace_gare.docx"] = [
    ("title", "Étude de sûreté et de sécurité publique — pôle d'échanges de la gare — avis"),
    para("""Direction départementale de la sécurité publique de Loir-et-Cher — référent sûreté.
    DIFFUSION RESTREINTE. Avis transmis au maire de Montfleury-sur-Loir sur l'étude de sûreté et de sécurité
    publique (article R. 114-1 du code de l'urbanisme) jointe au permis d'aménager du pôle d'échanges."""),
    para("""L'étude recense correctement les risques (vols à la portière, trafic de stupéfiants dans le
    passage souterrain, dégradations), mais sous-estime la vulnérabilité du parvis en cas d'attaque au
    véhicule-bélier : la configuration prévue permet à un véhicule lancé depuis le boulevard de la
    Libération d'atteindre la foule en attente des cars scolaires sans obstacle sur 60 mètres. Il est
    demandé l'implantation de bornes anti-intrusion certifiées (au moins six, selon le plan annexé) et le
    déplacement de l'abri vélos, qui masque la vue depuis le futur hôtel de police. Le passage souterrain
    doit être soit supprimé, soit équipé de vidéoprotection reliée au centre de supervision urbain ; ses
    deux débouchés sont aujourd'hui hors du champ des caméras existantes."""),
    para("""Ces éléments ne doivent pas figurer dans le dossier soumis à la participation du public. Avis
    favorable sous réserve de la prise en compte des prescriptions ci-dessus."""),
]

DOCX_BLOCKS["s057_entretien_annuel_chef_service_ads.docx"] = [
    ("title", "Entretien professionnel 2025 — chef du service ADS"),
    para("""Agent : Julien PEYRAC, ingénieur territorial, chef du service des autorisations du droit des sols
    depuis 2020. Évaluatrice : Claire BOUVRON, directrice de l'aménagement et de l'urbanisme. Entretien du
    8 décembre 2025. Document confidentiel versé au dossier individuel."""),
    ("h", "1. Bilan de l'année"),
    para("""L'année 2025 a été difficile pour le service : absences de longue durée de deux agents, départ
    d'une instructrice en mutation, enquête administrative pour des faits de harcèlement entre deux agents,
    suspension d'un contrôleur pour manquement au devoir de probité. Dans ce contexte, M. Peyrac a maintenu
    le fonctionnement du service : le nombre de décisions tacites a été réduit de onze à trois, le délai
    moyen d'instruction a été ramené à 47 jours, la dématérialisation est achevée. Il a personnellement
    repris une part importante des dossiers, au prix d'une charge de travail excessive (nombreuses heures
    supplémentaires non récupérées, courriels envoyés tard le soir)."""),
    ("h", "2. Management"),
    para("""Le point de vigilance principal concerne le management. L'enquête administrative a mis en évidence
    que M. Peyrac n'avait pas pris la mesure de la dégradation des relations entre deux agents et avait
    avalisé des réattributions de dossiers sans en mesurer les effets. Il le reconnaît. Son style de
    management est jugé disponible mais trop centré sur la production ; les entretiens individuels avec
    les agents ont été irréguliers. Il devra suivre le cycle de formation au management du CNFPT et mettre
    en place des réunions de service hebdomadaires et un point mensuel individuel avec chaque agent."""),
    ("h", "3. Expression de l'agent"),
    para("""M. Peyrac indique se sentir épuisé et avoir envisagé de demander une mobilité. Il évoque des
    troubles du sommeil et une consultation de son médecin en octobre, qui lui a proposé un arrêt qu'il a
    refusé. Il souhaite un renfort durable (création d'un poste d'instructeur) et une clarification de la
    répartition des rôles avec la direction. Il demande que son investissement pendant les absences soit
    reconnu."""),
    ("h", "4. Objectifs 2026"),
    para("""Conduire l'instruction des permis des opérations de la Gare et de Clos-Margot ; former le nouvel
    instructeur ; mettre en place les rituels de management ; préparer l'entrée en vigueur du nouveau PLU
    (formation des agents au règlement)."""),
    ("h", "5. Appréciation générale"),
    para("""Cadre très compétent techniquement, loyal et investi, dont la valeur professionnelle est reconnue
    par les partenaires et les élus. Les difficultés de l'année relèvent en partie d'un contexte
    exceptionnel, mais imposent une évolution de sa pratique managériale. Proposition d'une majoration du
    complément indemnitaire annuel au titre de l'engagement. Orientation vers la médecine préventive
    proposée et acceptée."""),
    para("""Observations de l'agent : « Je partage l'essentiel du constat. Je conteste l'idée que j'aurais
    avalisé les réattributions : elles m'avaient été présentées comme temporaires. » Signatures : C. Bouvron
    le 10 décembre 2025 ; J. Peyrac le 12 décembre 2025."""),
    ("h", "6. Compléments — tableau des compétences"),
    ("table", [
        ["Compétence", "Niveau attendu", "Niveau constaté"],
        ["Expertise réglementaire (code de l'urbanisme, CCH)", "expert", "expert"],
        ["Pilotage de l'activité et des délais", "maîtrise", "maîtrise"],
        ["Animation d'équipe et prévention des conflits", "maîtrise", "à développer"],
        ["Relations avec les élus et les partenaires", "maîtrise", "expert"],
        ["Conduite du changement (dématérialisation)", "maîtrise", "expert"],
        ["Gestion de sa propre charge de travail", "maîtrise", "insuffisant"],
    ]),
]

DOCX_BLOCKS["s058_note_famille_incendie_hebergement_urgence.docx"] = [
    ("title", "Note de situation — famille sinistrée, 3 rue des Acacias"),
    para("""CCAS / cellule habitat — 19 novembre 2025. Incendie d'origine électrique dans la nuit du 16 au
    17 novembre au rez-de-chaussée du 3 rue des Acacias ; arrêté de mise en sécurité en cours (toiture
    effondrée). Occupants : Mme Océane Marteau, 26 ans, et ses trois enfants (7 ans, 4 ans et 8 mois)."""),
    para("""Mme Marteau, séparée, élève seule ses enfants ; le père du plus jeune est incarcéré à la maison
    d'arrêt de Blois. Ressources : RSA majoré et prestations familiales. Les enfants aînés sont suivis dans le
    cadre d'une mesure d'assistance éducative en milieu ouvert ordonnée par le juge des enfants en 2024 ;
    l'éducatrice du service AEMO a été prévenue et a rendu visite à la famille à l'hôtel le 18 novembre.
    La famille a tout perdu ; l'assurance habitation avait été résiliée en août pour défaut de paiement."""),
    para("""Hébergement : hôtel du Commerce (deux chambres communicantes) jusqu'au 24 novembre, puis logement
    d'urgence allée des Tilleuls. Aides : secours d'urgence du CCAS (600 euros), vestiaire de la Croix-Rouge,
    lit bébé prêté par la PMI. Demande de logement social à actualiser ; le propriétaire n'est pas en
    mesure de reloger."""),
]

DOCX_BLOCKS["s059_etude_patrimoniale_reproduite_cabinet_tiers.docx"] = [
    ("title", "Inventaire patrimonial — fiches de repérage (reprise de l'étude Arkhé 2014)"),
    para("""Document de travail du service planification. Les fiches ci-dessous reproduisent, sans
    modification, le texte des fiches n° 17, 23 et 41 de l'« Étude du patrimoine bâti du Pays vendômois »
    réalisée en 2014 par le cabinet Arkhé Patrimoine pour le compte du syndicat mixte du Pays. La mention
    figurant sur l'étude est la suivante : « © Arkhé Patrimoine 2014 — les textes et photographies
    demeurent la propriété du cabinet ; toute reproduction, même partielle, est soumise à son autorisation
    écrite. » La licence accordée au syndicat mixte ne couvre pas la reprise dans les documents d'urbanisme
    communaux ; l'autorisation n'a pas été sollicitée à ce jour."""),
    ("h", "Fiche 17 — Séchoir à peaux, 23 rue des Tanneurs"),
    para("""« Dernier témoin intact des séchoirs de la rive gauche, l'édifice conserve au-dessus d'un
    rez-de-chaussée maçonné un étage de séchage entièrement bardé de lattes de chêne disposées en
    persiennes, dont le rythme serré anime la façade sur cour. La charpente à entraits retroussés, d'une
    grande légèreté, témoigne du savoir-faire des charpentiers locaux du premier quart du XIXe siècle.
    L'ensemble, menacé par l'humidité et l'absence d'entretien, mériterait une protection au titre des
    monuments historiques, à tout le moins une identification au PLU assortie de prescriptions
    strictes. » (texte Arkhé, p. 88)"""),
    ("h", "Fiche 23 — Moulin de la Trinité"),
    para("""« Reconstruit en 1826, le moulin impose sur la rive sa masse de six niveaux percés de baies en
    plein cintre, dont l'ordonnance rigoureuse évoque davantage l'architecture publique que l'édifice
    industriel. La roue a disparu mais le coursier est lisible ; la charpente en planches courbes assemblées
    selon le procédé de Philibert Delorme constitue une rareté régionale. » (texte Arkhé, p. 112)"""),
    ("h", "Fiche 41 — Caves troglodytiques du faubourg des Vignerons"),
    para("""« Creusées dans le tuffeau turonien, les caves s'organisent sur deux ou trois niveaux reliés
    par des
    escaliers taillés dans la roche ; certaines conservent leurs cheminées dont les conduits débouchent dans
    les jardins du coteau, leurs pressoirs et leurs niches à lampe. Leur état sanitaire est préoccupant :
    plusieurs ciels de carrière présentent des fissures actives. » (texte Arkhé, p. 167)"""),
    para("""Note du service : les photographies des fiches (© Arkhé) ont été retirées de la présente version.
    Avant toute intégration dans le rapport de présentation, réécrire les textes ou obtenir une licence."""),
]

DOCX_BLOCKS["s060_note_negociation_fonciere_saisie_immobiliere.docx"] = [
    ("title", "Négociation foncière — îlot Jean-Zay — parcelle AH 57"),
    para("""Service foncier — note du 2 octobre 2025 pour Mme Bouvron et M. Lemaréchal. Ne pas diffuser."""),
    para("""La maison du 18 rue Jean-Zay (AH 57), nécessaire à la phase 1 de l'OAP de la Gare, appartient à
    M. Hervé Masson, 61 ans. Lors de notre rendez-vous du 25 septembre, M. Masson m'a indiqué que le bien fait
    l'objet d'une procédure de saisie immobilière engagée par le Crédit Agricole (commandement de payer
    valant saisie publié en juin ; audience d'orientation devant le juge de l'exécution fixée au 6 novembre).
    Sa dette est d'environ 112 000 euros ; il a perdu son emploi en 2023 et a traversé une longue dépression,
    pendant laquelle il n'a plus ouvert son courrier. Il souhaite vendre à la commune à l'amiable plutôt que
    de voir le bien vendu aux enchères, et demande un prix permettant de solder sa dette."""),
    para("""France Domaine estime le bien à 124 000 euros. Une vente amiable autorisée par le juge de
    l'exécution est possible si elle intervient à un prix suffisant. Proposition : présenter au juge,
    avant l'audience, une offre d'achat de la commune au prix de l'estimation, et orienter M. Masson vers le
    point conseil budget pour son relogement (il ne dispose d'aucune solution)."""),
    para("""Ph. Marsollier"""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_codes_acces_batiments_communaux.html"] = (
    "Intranet — Services techniques — Accès aux bâtiments",
    """
<h1>Accès aux bâtiments communaux — fiche réservée aux agents d'astreinte</h1>
<p class="bandeau">Page à accès restreint (groupe AD « ASTREINTE-BAT »). Ne pas imprimer.</p>
<table>
<tr><th>Bâtiment</th><th>Accès</th><th>Code alarme</th><th>Remarque</th></tr>
<tr><td>Annexe urbanisme, 12 rue Gambetta</td><td>clé n° 44</td><td>2469</td>
<td>archives des permis au sous-sol, compactus code 0419</td></tr>
<tr><td>Logements d'urgence (Poste, Tilleuls)</td><td>boîte à clés façade arrière 5531</td><td>—</td>
<td>vérifier l'occupation auprès du CCAS avant d'entrer</td></tr>
<tr><td>Centre technique municipal</td><td>portail 7142*</td><td>3908</td><td>zone ateliers : 3908 +
B</td></tr>
<tr><td>Salle des fêtes des Varennes</td><td>clé n° 17</td><td>1204</td><td>issue de secours est
défectueuse</td></tr>
<tr><td>Chantier hôtel de police (base vie)</td><td>badge OPC</td><td>—</td>
<td>ne jamais entrer sans le gardien Vigilis</td></tr>
</table>
<p>En cas de déclenchement : télésurveilleur, mot de passe opérateur « GRANDS-PRÉS ».</p>
""",
)

HTML_PAGES["s062_webmail_instructrice_collegue_alcool.html"] = (
    "Messagerie — Re: réunion de lundi",
    """
<div class="mail">
<p><b>De :</b> Karima Belaïd<br><b>À :</b> Claire Bouvron<br><b>Date :</b> 18 novembre 2025 07:58<br>
<b>Objet :</b> Re: réunion de lundi</p>
<p>Bonjour Claire,</p>
<p>Je préfère t'écrire directement plutôt que d'en parler en réunion. Franck (le remplaçant de
Duverger sur les récolements) est arrivé hier matin en sentant l'alcool, ce n'est pas la première fois,
et il a conduit le véhicule de service pour la visite des Prés-Hauts. Le gardien du chantier Clos-Margot
m'a dit qu'il avait du mal à tenir debout. Il m'a confié il y a quelques semaines qu'il « replongeait »
depuis son divorce et qu'il avait arrêté le suivi à l'addictologie de Blois.</p>
<p>Je ne veux pas lui attirer d'ennuis mais je ne veux plus monter en voiture avec lui, et c'est dangereux
pour lui sur les chantiers. Je te laisse voir avec la RH et la médecine du travail.</p>
<p>Karima</p>
</div>
""",
)

HTML_PAGES["s063_ticket_supervision_vulnerabilite_scada.html"] = (
    "GLPI — Ticket #4471 — Supervision usine",
    """
<h1>Ticket #4471 — [URGENT] Accès distant supervision usine des Grands Prés</h1>
<p><b>Catégorie :</b> Sécurité SI / OT — <b>Priorité :</b> très haute — <b>Visibilité :</b> DSI + syndicat
des eaux uniquement</p>
<p><b>Description (technicien SI, 02/06/2025) :</b> lors de l'inventaire, découverte que le PC de
supervision (SUP-GP-01, Windows 7 non mis à jour) est joignable depuis Internet via un port RDP redirigé
sur la box 4G de secours (IP publique fixe). Identifiant « admin », mot de passe faible. Aucun journal de
connexion conservé. Les automates M340 sont sur le même segment (192.168.10.0/24), sans filtrage.</p>
<p><b>Actions immédiates :</b> redirection de port supprimée le 02/06 à 16 h ; mot de passe changé ;
box 4G débranchée. <b>À faire :</b> pare-feu OT, VPN 2FA, migration OS, audit ANSSI. Ne pas mentionner
ce ticket dans le dossier de permis ni dans les communications externes.</p>
""",
)

HTML_PAGES["s064_cellule_crise_effondrement_plancher_rue_change.html"] = (
    "Cellule de crise — effondrement rue du Change — relevé",
    """
<h1>Cellule de crise municipale — effondrement d'un plancher, 5 rue du Change</h1>
<p class="meta">Réunion du dimanche 6 juillet 2025, 11 h 00, hôtel de ville. Relevé diffusé aux seuls
participants (intranet, espace « Crise »). Présents : le maire, le DGS, l'adjoint à l'urbanisme,
l'adjointe aux solidarités, la directrice de l'aménagement, le directeur des bâtiments, le chef de la
police municipale, le capitaine commandant le centre de secours, la directrice du CCAS, la chargée de
communication.</p>

<h2>1. Les faits</h2>
<p>Le samedi 5 juillet vers 22 h 40, le plancher du séjour du premier étage de l'immeuble du 5 rue du
Change s'est effondré sur une surface d'environ 12 m² pendant une fête de famille organisée par les
occupants, M. et Mme Ferreira, pour la communion de leur fille. Une vingtaine de personnes étaient
présentes à l'étage. Sept personnes ont chuté au rez-de-chaussée, dans le local commercial vacant.
Les sapeurs-pompiers (4 engins, 22 hommes) et le SMUR sont intervenus ; l'immeuble a été évacué ainsi que
les deux immeubles mitoyens par précaution.</p>

<h2>2. Bilan humain (informations du SAMU et du centre hospitalier, 10 h 30)</h2>
<ul>
<li>Lucas Ferreira, 11 ans (fils des occupants) : traumatisme crânien, hospitalisé en réanimation
pédiatrique au CHU de Tours, pronostic vital engagé cette nuit, état stabilisé ce matin.</li>
<li>Mme Maria Ferreira, grand-mère, 74 ans : fracture du bassin, opérée cette nuit au centre hospitalier
de Blois.</li>
<li>M. Paulo Ferreira, oncle, 45 ans : fracture du poignet, sorti des urgences.</li>
<li>Quatre autres invités : contusions, sortis dans la nuit.</li>
<li>Mme Ana Ferreira (mère) : prise en charge psychologique par la cellule d'urgence médico-psychologique ;
elle est enceinte de cinq mois et a été gardée en observation à la maternité de Blois.</li>
</ul>
<p>La famille (parents et trois enfants) est hébergée chez le frère de M. Ferreira à Vendôme. Le CCAS
prend contact aujourd'hui ; la famille a exprimé le souhait que le nom des blessés ne soit pas communiqué à
la presse.</p>

<h2>3. Situation de l'immeuble</h2>
<p>Immeuble du XVIIe siècle, trois niveaux, propriété de M. et Mme Ferreira depuis 2019 (acquis en l'état,
rénové par eux-mêmes). Le plancher effondré est un plancher bois à solives sur lequel une chape béton
d'environ 8 cm avait été coulée lors des travaux de rénovation en 2020, ce qui a considérablement augmenté
sa charge. Les travaux ont fait l'objet d'une déclaration préalable en 2020 pour la seule façade (DP
041 149 20 B0156) ; aucun contrôle des travaux intérieurs n'était requis. Le service urbanisme n'a reçu
aucun signalement sur cet immeuble. Le directeur des bâtiments indique que les immeubles mitoyens ne
présentent pas de désordre apparent ; leur réintégration peut être autorisée sous réserve d'un
étaiement de précaution des murs mitoyens au rez-de-chaussée.</p>
<p>Le propriétaire du local commercial vacant du rez-de-chaussée (SCI du Change, gérant non joint) devra
être informé. L'assureur de la famille a été prévenu par M. Ferreira ce matin.</p>

<h2>4. Décisions</h2>
<ul>
<li>Arrêté de mise en sécurité en procédure d'urgence (demande de désignation d'un expert au président du
tribunal administratif envoyée ce matin par télécopie, réponse attendue lundi) ; interdiction d'accès au
5 rue du Change jusqu'à nouvel ordre ; périmètre de sécurité sur le trottoir.</li>
<li>Réintégration des occupants des n° 3 et 7 ce soir après passage du directeur des bâtiments.</li>
<li>Le parquet de Blois a ouvert une enquête (blessures involontaires) confiée à la gendarmerie ; les
services municipaux ne communiquent pas sur les circonstances et conservent tous les documents
(dossier DP 2020, échanges).</li>
<li>Communication : communiqué sobre à 14 h, sans nom ni détail médical : « sept personnes blessées, dont
un enfant grièvement ; pensées pour la famille ». La maire se rendra au CHU de Tours demain si la famille
l'accepte.</li>
<li>CCAS : aide d'urgence (vêtements, frais de transport vers Tours), lien avec l'assistante sociale du
CHU ; proposition d'un logement d'urgence si l'hébergement familial ne tient pas.</li>
<li>Point de situation lundi 7 juillet à 9 h 00.</li>
</ul>

<h2>5. Points de vigilance</h2>
<p>Le chef de la police municipale signale que des photos de l'intérieur de l'immeuble et du blessé
évacué circulent sur les réseaux sociaux ; une demande de retrait a été adressée à la page « Montfleury
Infos » qui les a publiées. La chargée de communication rappelle qu'aucun agent ne doit s'exprimer. Le
DGS demande que les informations médicales reçues du SAMU ne soient reprises dans aucun autre document que
le présent relevé.</p>
""",
)

HTML_PAGES["s065_intranet_article_presse_reproduit_squat.html"] = (
    "Revue de presse du 28 octobre 2025",
    """
<h1>Revue de presse — mardi 28 octobre 2025</h1>
<p><i>Article reproduit pour information des élus et des services — source : La Nouvelle République,
édition Loir-et-Cher, 28/10/2025, p. 12. © La Nouvelle République du Centre-Ouest. Reproduction
intégrale sans accord de l'éditeur (abonnement individuel du cabinet).</i></p>
<h2>Montfleury : un immeuble promis à la démolition de nouveau squatté</h2>
<p>Par Antoine Lebrun</p>
<p>Les parpaings n'auront pas tenu trois mois. Hier matin, la police municipale a découvert que l'accès à
l'immeuble du 9-11 rue Basse-des-Fossés, frappé d'une interdiction définitive d'habiter depuis avril, avait
été forcé. Trois hommes y dormaient, selon nos informations, dans des conditions précaires. Ils ont quitté
les lieux sans difficulté et ont été orientés vers le 115.</p>
<p>« Ce bâtiment peut s'effondrer à tout moment. Nous ne pouvons pas laisser des personnes y vivre, pour
leur propre sécurité », explique Patrice Lemaréchal, adjoint à l'urbanisme. La commune, qui a préempté
l'immeuble cet été, espère engager les travaux de curetage au printemps.</p>
<p>Pour l'association Accueil et Partage, l'épisode révèle surtout « le manque criant de places
d'hébergement dans le Vendômois ». Son président, Jean-Marc Vernet, rappelle que le centre d'hébergement
d'urgence de Blois est régulièrement saturé.</p>
<p>Les riverains, eux, oscillent entre inquiétude et lassitude. « On entend du bruit la nuit depuis des
semaines, on l'a signalé », confie une voisine.</p>
""",
)

HTML_PAGES["s066_fil_mails_negociation_prix_promoteur.html"] = (
    "Fil de discussion — Clos-Margot — participation PUP",
    """
<div class="thread">
<div class="msg"><p><b>Thierry Morvan (Alizés Promotion)</b> — 12/03/2025 19:12</p>
<p>Claire, entre nous et hors réunion : notre comité valide 520 k€ de participation si vous acceptez le
R+4 côté rue et 60 places en sous-sol. En dessous de 7 % de marge, la banque ne suit pas. Nos prix
de sortie sont à 3 180 €/m² et on sait déjà qu'on devra consentir 4 % de remise sur les 15 derniers lots.
Merci de ne pas faire circuler ces chiffres, nos concurrents sur la ZAC de Vendôme seraient ravis.</p></div>
<div class="msg"><p><b>Claire Bouvron</b> — 13/03/2025 08:40</p>
<p>Thierry, bien noté. Je transmets à l'adjoint sans diffusion. La participation devra de toute façon
couvrir au moins la voie nouvelle (estimée à 610 k€ par nos services). Je vous propose un point
jeudi.</p></div>
<div class="msg"><p><b>Thierry Morvan</b> — 13/03/2025 09:05</p>
<p>Jeudi ok. Pour info, Bâti-Loir nous fait le gros œuvre à 3,1 M€, c'est 8 % sous le marché grâce à leur
procédé de prémurs, c'est ce qui rend l'opération tenable. À garder pour vous.</p></div>
</div>
""",
)

HTML_PAGES["s067_fiche_usager_guichet_urbanisme.html"] = (
    "Gestion relation usager — fiche n° 2025-1187",
    """
<h1>Fiche usager — guichet urbanisme</h1>
<table>
<tr><th>Usager</th><td>M. Jean-Paul Gobert, 56 ans, 12 allée des Peupliers</td></tr>
<tr><th>Motif</th><td>DP véranda refusée — demande d'explication</td></tr>
<tr><th>Contexte noté par l'agent</th><td>Usager accompagné de sa curatrice (UDAF, Mme Roux) ; explique
percevoir l'AAH et vouloir agrandir pour accueillir sa mère. Très agité, a évoqué son traitement
(« depuis qu'on m'a changé mes cachets je ne dors plus »). A menacé de « faire sans autorisation ».</td></tr>
<tr><th>Suite</th><td>RDV avec instructrice le 14/10 en présence de la curatrice ; proposer une véranda
de 19 m² (DP) conforme.</td></tr>
</table>
""",
)

HTML_PAGES["s068_crm_litige_voisinage_controle_judiciaire.html"] = (
    "Signalement COUR-2025-0588",
    """
<h1>Signalement COUR-2025-0588 — travaux 6 impasse des Treilles</h1>
<p><b>Signalant :</b> Mme Lucienne Aubry (identité à ne pas communiquer)</p>
<p><b>Objet :</b> surélévation d'un garage et ouverture d'une fenêtre avec vue directe sur son jardin.</p>
<p><b>Note de l'instructeur (K. Belaïd) :</b> le propriétaire, M. Ludovic Arnaud, est déjà suivi
(INF-2024-007). Lors du contact téléphonique, son avocat a précisé qu'il est placé sous contrôle
judiciaire dans une affaire d'escroquerie, avec interdiction d'entrer en contact avec certaines
personnes ; il demande que les convocations passent par lui. Visite à programmer avec la PM.</p>
""",
)

HTML_PAGES["s069_intranet_rh_suivi_procedures_disciplinaires.html"] = (
    "RH — Suivi des procédures disciplinaires 2025 (accès DRH)",
    """
<h1>Procédures disciplinaires en cours — direction de l'aménagement</h1>
<table>
<tr><th>Agent</th><th>Service</th><th>Faits</th><th>Étape</th></tr>
<tr><td>F. Duverger</td><td>urbanisme — conformité</td><td>conflit d'intérêts, usage du véhicule,
sollicitation d'avantage (enquête pénale en cours)</td><td>conseil de discipline le 9/10 : avis
favorable à une exclusion de 2 ans dont 1 avec sursis ; arrêté pris le 20/10</td></tr>
<tr><td>T. Veyrier</td><td>urbanisme — ADS</td><td>harcèlement moral (rapport d'enquête du 30/10)</td>
<td>blâme notifié le 24/11 ; changement de bureau</td></tr>
<tr><td>D. Perrot</td><td>urbanisme — accueil</td><td>retards, réclamations d'usagers</td>
<td>entretien de recadrage le 16/12 ; pas de procédure</td></tr>
</table>
<p>Rappel : ces informations ne doivent pas figurer dans les comptes rendus de réunion de service.</p>
""",
)

HTML_PAGES["s070_mail_preemption_vendeur_sans_titre_sejour.html"] = (
    "Re: DIA 47 bis rue Saint-Lubin",
    """
<p><b>De :</b> Philippe Marsollier<br><b>À :</b> Claire Bouvron<br><b>Date :</b> 21/11/2025</p>
<p>Claire,</p>
<p>Pour la DIA du 47 bis rue Saint-Lubin (le petit local à côté de la maison Leguay) : le notaire me dit
que le vendeur, M. Rachid Amrani, est reparti au Maroc en septembre après le refus de renouvellement de
son titre de séjour et l'OQTF qui a suivi ; il vend « en catastrophe » par procuration, d'où le prix bas
(32 000 €). Il a laissé des dettes auprès de plusieurs artisans. Si on préempte, on risque de retarder la
vente dont il a besoin ; si on ne préempte pas, l'acquéreur est le marchand de biens qui a déjà racheté
le 49. Je penche pour préempter au prix. À voir avec toi.</p>
<p>Philippe</p>
""",
)

HTML_PAGES["s071_mail_schs_information_preoccupante.html"] = (
    "Information préoccupante — transmission CRIP",
    """
<p><b>De :</b> Kevin Ollivier (SCHS)<br><b>À :</b> crip41@departement41.fr<br>
<b>Cc :</b> Nadia Ferrand<br><b>Date :</b> 9 octobre 2025</p>
<p>Madame, Monsieur,</p>
<p>Lors d'une visite d'insalubrité au 5 ter rue du Moulin-à-Tan (logement sur cour, rez-de-chaussée),
le 8 octobre à 16 h, j'ai constaté la présence de deux enfants seuls (environ 6 et 3 ans), sans adulte
pendant les 40 minutes de la visite, dans un logement sans chauffage, avec des excréments de chien au sol
et un réchaud à gaz allumé. La mère, Mme Jessica Lhuillier, est arrivée à 16 h 45 ; elle m'a dit
travailler « au black » en ménage et ne pas avoir de mode de garde. Elle semblait sous l'effet de
produits. Je vous transmets cette information préoccupante conformément à l'article L. 226-3 du code de
l'action sociale et des familles. Le logement fera l'objet d'une procédure d'insalubrité.</p>
<p>K. Ollivier, inspecteur de salubrité</p>
""",
)

HTML_PAGES["s072_portail_demandes_adaptation_logement.html"] = (
    "Portail habitat — demandes d'aide à l'adaptation (OPAH-RU)",
    """
<h1>Demandes d'aide — adaptation du logement (extraction opérateur, novembre 2025)</h1>
<table>
<tr><th>Dossier</th><th>Demandeur</th><th>Adresse</th><th>Motif</th><th>Travaux</th></tr>
<tr><td>AD-25-031</td><td>M. Roger Pichon, 82 ans</td><td>4 rue de l'Église</td>
<td>GIR 4, chutes répétées, maladie de Parkinson</td><td>douche de plain-pied, monte-escalier</td></tr>
<tr><td>AD-25-034</td><td>Mme Yvette Carré, 77 ans</td><td>19 rue des Cordiers</td>
<td>amputation (diabète), fauteuil</td><td>rampe, élargissement des portes</td></tr>
<tr><td>AD-25-036</td><td>M. Samuel Ndiaye, 43 ans</td><td>2 place du Marché</td>
<td>sclérose en plaques, RQTH</td><td>salle d'eau adaptée</td></tr>
<tr><td>AD-25-040</td><td>Famille Dutertre</td><td>3 passage des Cordiers</td>
<td>SLA, fauteuil électrique</td><td>plateforme élévatrice</td></tr>
</table>
""",
)

HTML_PAGES["s073_rapport_test_intrusion_guichet_numerique.html"] = (
    "Rapport de test d'intrusion — guichet numérique des autorisations d'urbanisme",
    """
<h1>Test d'intrusion — guichet numérique ADS — synthèse</h1>
<p><b>Confidentiel.</b> Prestataire : CyberLoire Audit. Période : 6 au 10 octobre 2025.</p>
<h2>Vulnérabilités critiques</h2>
<ol>
<li>IDOR sur l'API de téléchargement des pièces : en modifiant l'identifiant numérique dans l'URL
<code>/api/dossiers/{id}/pieces</code>, un usager authentifié peut télécharger les pièces de tout autre
dossier, y compris les pièces non communicables (notices contenant des informations personnelles, plans
classés de l'hôtel de police). Non corrigé à ce jour.</li>
<li>Compte d'administration de l'éditeur actif avec mot de passe par défaut sur l'interface
<code>/admin</code>, exposée sur Internet.</li>
<li>Version de la bibliothèque de traitement des PDF vulnérable à une exécution de code à distance.</li>
</ol>
<p>Recommandation : fermer l'accès public à <code>/admin</code> et corriger l'IDOR avant toute mise en
production de la consultation en ligne des dossiers.</p>
""",
)

HTML_PAGES["s074_evaluation_stage_service_planification.html"] = (
    "Évaluation de fin de stage",
    """
<h1>Fiche d'évaluation de stage — master urbanisme</h1>
<p><b>Stagiaire :</b> Hugo Lefebvre, université de Tours — stage du 3 mars au 29 août 2025, service
planification. <b>Tuteur :</b> Claire Bouvron.</p>
<table>
<tr><th>Critère</th><th>Appréciation</th></tr>
<tr><td>Qualité du travail</td><td>Inégale. Inventaire patrimonial riche mais reprise de textes d'un
ouvrage et d'une étude sans autorisation ni citation, qu'il a fallu réécrire.</td></tr>
<tr><td>Autonomie</td><td>Bonne.</td></tr>
<tr><td>Ponctualité, assiduité</td><td>Insuffisante : nombreuses absences en juin, justifiées
tardivement par des problèmes de santé.</td></tr>
<tr><td>Intégration</td><td>Très bonne.</td></tr>
</table>
<p>Note proposée : 12/20. Le tuteur ne recommande pas le stagiaire pour un poste de chargé d'études
sans un encadrement étroit.</p>
""",
)

HTML_PAGES["s075_note_renseignement_association_cultuelle.html"] = (
    "Note — association Espérance et Partage",
    """
<h1>Note au maire — permis de la rue de la Fonderie</h1>
<p><b>CONFIDENTIEL — Cabinet.</b> 2 mai 2025.</p>
<p>Suite à l'échange avec le commissaire, quelques éléments sur les responsables de l'association
Espérance et Partage, qui a déposé la demande de changement de destination de l'ancien entrepôt Gaudin
en salle de prière :</p>
<ul>
<li>M. Abdelkader Slimani, président et imam bénévole, enseignant d'arabe ; fréquente la mosquée de
Vendôme depuis vingt ans ; « connu pour un discours modéré » selon le commissaire.</li>
<li>M. Youssef Haddad, trésorier ; serait proche d'un courant salafiste quiétiste, sans signalement
particulier.</li>
<li>M. Nicolas Girard, secrétaire, converti, ancien éducateur.</li>
</ul>
<p>Le commissaire estime qu'il n'y a aucun élément justifiant une opposition pour motif d'ordre public.
L'instruction doit se faire sur les seules règles d'urbanisme et de sécurité.</p>
""",
)

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_presentation_plu_risques_patrimoine.docx"] = [
    ("title", "PLU de Montfleury-sur-Loir — rapport de présentation — état initial de l'environnement"),
    para("""Projet de PLU arrêté le 29 septembre 2025 — tome 2 — chapitres 4 (risques et nuisances) et 5
    (patrimoine bâti et paysager). Document soumis à l'enquête publique."""),
    ("h", "4. Risques naturels et technologiques"),
    ("h", "4.1. Le risque d'inondation"),
    para("""La commune est traversée d'est en ouest par le Loir, dont la vallée, large de 800 mètres à
    1,5 kilomètre, est soumise à des crues lentes d'hiver et de printemps. Les crues historiques de
    référence sont celles de janvier 1910, de mars 1961 et de juin 2016 ; cette dernière, d'une période de
    retour estimée à 50 ans, a inondé 214 habitations et 31 entreprises et entraîné l'évacuation de 160
    personnes. Le plan de prévention du risque d'inondation de la vallée du Loir, approuvé le 3 avril 2012,
    délimite une zone rouge (aléa fort ou champ d'expansion des crues à préserver, inconstructible sauf
    exceptions) et une zone bleue (aléa faible à moyen en zone urbanisée, constructible sous conditions :
    premier plancher au-dessus de la cote de référence, interdiction des sous-sols, transparence
    hydraulique des clôtures). Le PPRI est une servitude d'utilité publique annexée au PLU ; ses
    dispositions s'imposent au règlement. La révision du PPRI, prescrite par le préfet en 2023 pour intégrer
    les enseignements de la crue de 2016, est en cours ; le porter à connaissance de l'État du 12 octobre
    2024 a été pris en compte dans le zonage : aucune zone à urbaniser n'est délimitée dans l'enveloppe de
    la crue de 2016."""),
    para("""Le risque de remontée de nappe concerne l'ensemble du fond de vallée. Le règlement du PLU interdit
    les sous-sols dans les secteurs où la nappe est sub-affleurante et impose, dans les zones U et AU
    concernées, une surélévation des planchers de 0,30 m par rapport au terrain naturel."""),
    ("h", "4.2. Les mouvements de terrain"),
    para("""Le coteau de la rive droite est creusé de nombreuses cavités souterraines : anciennes carrières de
    tuffeau, caves d'habitation et de stockage, champignonnières. L'inventaire départemental en recense
    214 sur le territoire communal, dont 38 sous des voies publiques. Plusieurs effondrements ont été
    observés depuis 1990, le plus récent en juin 2025 (fontis sous le chemin des Caves, ayant conduit à
    l'interdiction de la voie). Le PLU délimite un secteur de cavités dans lequel toute construction ou
    extension est subordonnée à une étude géotechnique. Le retrait-gonflement des argiles présente un aléa
    moyen sur les plateaux et les terrasses anciennes ; les dispositions constructives prévues par le code
    de la construction s'appliquent aux maisons individuelles."""),
    ("h", "4.3. Les risques technologiques et les nuisances"),
    para("""La commune compte cinq installations classées soumises à autorisation ou à enregistrement (une
    fromagerie industrielle, une coopérative agricole avec silos, deux entreprises de traitement de surface,
    une déchèterie) et aucun établissement Seveso. Les silos de la coopérative génèrent des zones d'effets
    en cas d'explosion de poussières, reportées au règlement graphique. La voie ferrée Paris–Tours et la
    route départementale 917 sont classées voies bruyantes (catégories 2 et 3), ce qui impose des normes
    d'isolation acoustique dans des bandes de 250 et 100 mètres. Le transport de matières dangereuses
    concerne la RD 917, la voie ferrée et une canalisation de gaz haute pression qui traverse le nord du
    territoire (servitude I3). Les sites et sols pollués recensés dans la base nationale se situent
    principalement dans le quartier de la Gare (anciennes emprises ferroviaires, ancien dépôt
    d'hydrocarbures) et sur la rive gauche (anciennes tanneries, ancienne fonderie) ; leur reconversion
    suppose des plans de gestion adaptés."""),
    ("h", "4.4. La ressource en eau"),
    para("""L'alimentation en eau potable est assurée par le syndicat des eaux de Montfleury et environs, à
    partir de huit forages situés dans la vallée et du traitement de l'usine des Grands Prés. Les forages
    font l'objet de périmètres de protection déclarés d'utilité publique (arrêté préfectoral du 18 décembre
    2023), reportés en annexe du PLU comme servitudes ; dans le périmètre de protection rapprochée, les
    constructions nouvelles, les remblais et l'épandage sont interdits ou réglementés. La qualité de l'eau
    distribuée est conforme, à l'exception de dépassements ponctuels des limites pour certains métabolites
    de pesticides, qui ont motivé le projet d'extension de l'usine. Les capacités de production (14 200 m³
    par jour en pointe) sont suffisantes pour accueillir la population projetée à l'horizon 2037."""),
    para("""L'assainissement collectif est assuré par la station d'épuration intercommunale des Aulnaies
    (capacité de 48 000 équivalents-habitants, charge actuelle de 71 %). Le zonage d'assainissement, révisé
    en même temps que le PLU, classe en assainissement non collectif les hameaux du plateau."""),
    ("h", "5. Patrimoine bâti et paysager"),
    ("h", "5.1. Les monuments historiques"),
    para("""La commune compte deux monuments historiques : le château de Montfleury, classé en 1862, dont
    subsistent le logis du XVe siècle, la chapelle et une partie de l'enceinte ; l'église Saint-Lubin,
    inscrite en 1926, remarquable pour son clocher roman et ses peintures murales du XIIIe siècle. Les
    abords de ces monuments sont aujourd'hui constitués par les périmètres de 500 mètres ; l'architecte des
    bâtiments de France propose de leur substituer un périmètre délimité des abords, plus adapté à la
    réalité des covisibilités, qui fait l'objet d'une enquête publique conjointe avec le PLU."""),
    ("h", "5.2. Le patrimoine bâti ordinaire"),
    para("""Au-delà des monuments protégés, l'identité de Montfleury repose sur un patrimoine ordinaire de
    grande qualité : maisons à pans de bois du centre ancien (une trentaine conservées), maisons de
    tanneurs et séchoirs de la rive gauche, moulins, maisons de vignerons et caves troglodytiques du coteau,
    villas de la fin du XIXe siècle le long du boulevard de la Libération, halle aux marchandises de la gare
    (1898), cités ouvrières de la fonderie. L'inventaire réalisé pour la révision du PLU, à partir d'un
    repérage de terrain systématique et des fonds des archives municipales, a recensé 358 éléments. Le PLU
    les identifie au titre de l'article L. 151-19 du code de l'urbanisme, en les classant en trois niveaux :
    édifices exceptionnels (démolition interdite, prescriptions détaillées), édifices remarquables
    (démolition interdite sauf état sanitaire irrémédiable, travaux respectant la composition d'origine) et
    éléments d'accompagnement (murs, portails, puits, croix, dont la conservation est recherchée)."""),
    ("h", "5.3. Les paysages"),
    para("""Trois grandes unités paysagères structurent le territoire : la vallée du Loir, avec ses prairies
    inondables, ses peupleraies et sa ripisylve, qui offre des vues dégagées sur le château ; le coteau
    calcaire, avec ses vignes résiduelles, ses pelouses sèches et ses caves ; le plateau agricole de
    grandes cultures, ponctué de hameaux et de boisements. Les enjeux identifiés sont la préservation des
    cônes de vue sur le château et sur l'église depuis les entrées de ville et les bords du Loir ; le
    traitement des franges urbaines au contact du plateau, où les lotissements des années 1980 et 2000
    forment des limites abruptes ; la requalification des entrées de ville, notamment le long de la RD 917
    (zone commerciale des Noues) ; la reconquête des bords du Loir."""),
    ("h", "5.4. Le patrimoine archéologique"),
    para("""La carte archéologique nationale recense 47 sites sur le territoire communal, dont une villa
    gallo-romaine sur le plateau, la nécropole mérovingienne de Saint-Lubin et les vestiges de l'enceinte
    médiévale. Le préfet de région a délimité par arrêté du 9 mai 2018 des zones de présomption de
    prescription archéologique dans lesquelles les projets d'aménagement sont transmis au service
    régional de l'archéologie, qui peut prescrire un diagnostic. Ces zones sont reportées en annexe."""),
    ("h", "5.4. Synthèse des enjeux"),
    ("table", [
        ["Thème", "Enjeu", "Traduction dans le PLU"],
        ["Inondation", "Ne pas exposer de nouvelles populations", "Aucune zone AU en zone inondable"],
        ["Cavités", "Sécurité des constructions", "Secteur de cavités, étude géotechnique"],
        ["Eau potable", "Protéger les captages", "Servitudes et zonage N des périmètres"],
        ["Nuisances", "Isoler les logements", "Bandes de bruit, marges de recul"],
        ["Patrimoine", "Protéger le bâti ordinaire", "358 éléments identifiés (L. 151-19)"],
        ["Paysage", "Préserver les vues", "Cônes de vue, hauteurs graduées"],
    ]),
    para("""Sources : DDT de Loir-et-Cher, BRGM (Géorisques), syndicat des eaux, ARS Centre-Val de Loire,
    archives municipales, inventaire général du patrimoine culturel (région Centre-Val de Loire), bureau
    d'études Urba-Centre."""),
]

DOCX_BLOCKS["p122_padd_orientations_generales.docx"] = [
    ("title", "Projet d'aménagement et de développement durables (PADD)"),
    para("""PLU de Montfleury-sur-Loir — projet arrêté le 29 septembre 2025. Le PADD a fait l'objet d'un débat
    en conseil municipal le 13 février 2024. Il définit les orientations générales d'aménagement et
    d'urbanisme retenues pour l'ensemble de la commune à l'horizon 2037."""),
    para("""Les orientations ci-après répondent au diagnostic : une population stable mais vieillissante, un
    parc ancien à réhabiliter, une consommation d'espace qui doit être divisée par deux, un patrimoine et
    des paysages remarquables, des risques d'inondation et de mouvements de terrain qui contraignent le
    développement. Elles sont déclinées dans le règlement et les orientations d'aménagement."""),
    ("h", "Axe 1 — Une ville qui accueille et loge toutes les générations"),
    para("""Orientation 1.1 : retrouver une croissance démographique modérée (+0,2 % par an) en produisant
    environ 1 100 logements. Orientation 1.2 : diversifier l'offre : 25 % de logements locatifs sociaux dans
    la production nouvelle, développement de l'accession abordable, petits logements pour les jeunes et les
    personnes seules. Orientation 1.3 : adapter le parc au vieillissement et au handicap : 15 % de logements
    adaptés dans les opérations d'ensemble, localisés à proximité des commerces, des services de santé et
    des transports. Orientation 1.4 : lutter contre l'habitat indigne et la vacance, en particulier dans le
    centre ancien, en mobilisant l'OPAH-RU, les outils coercitifs et le droit de préemption."""),
    ("h", "Axe 2 — Une ville sobre qui se reconstruit sur elle-même"),
    para("""Orientation 2.1 : réduire de moitié la consommation d'espaces naturels, agricoles et forestiers
    par rapport à la période 2011-2021 (soit au plus 16 hectares sur la période 2021-2031), conformément à
    la trajectoire de sobriété foncière. Orientation 2.2 : privilégier le renouvellement urbain (friches de
    la Gare et de la rive gauche, dents creuses, surélévations) pour au moins 60 % de la production de
    logements. Orientation 2.3 : limiter l'extension urbaine au seul secteur des Prés-Hauts, dans la
    continuité du quartier des Varennes, avec une densité minimale de 30 logements par hectare et un
    phasage. Orientation 2.4 : ne pas étendre les hameaux du plateau."""),
    ("h", "Axe 3 — Une ville qui protège son patrimoine et ses paysages"),
    para("""Orientation 3.1 : protéger le patrimoine bâti, y compris ordinaire, et encourager sa
    réhabilitation.
    Orientation 3.2 : préserver les cônes de vue sur le château et l'église Saint-Lubin. Orientation 3.3 :
    valoriser les caves du coteau en tenant compte du risque d'effondrement. Orientation 3.4 : soigner les
    franges urbaines et les entrées de ville."""),
    ("h", "Axe 4 — Une ville résiliente face aux risques et au changement climatique"),
    para("""Orientation 4.1 : ne pas exposer de nouvelles populations au risque d'inondation. Orientation
    4.2 :
    préserver la trame verte et bleue (vallée du Loir, ripisylve, zones humides, haies du plateau) et
    renforcer la nature en ville (îlots de fraîcheur, désimperméabilisation des cours d'école et des
    places). Orientation 4.3 : protéger la ressource en eau potable. Orientation 4.4 : favoriser les énergies
    renouvelables (solaire sur les toitures, réseau de chaleur bois du quartier des Varennes)."""),
    ("h", "Axe 5 — Une ville active, accessible et apaisée"),
    para("""Orientation 5.1 : conforter le commerce du centre-ville (linéaires commerciaux protégés,
    limitation
    des extensions commerciales périphériques). Orientation 5.2 : développer le quartier de la Gare comme
    pôle d'échanges et de services. Orientation 5.3 : développer les mobilités actives (liaison douce des
    Prés-Hauts, piétonnisation du cœur de ville, stationnement vélo). Orientation 5.4 : garantir
    l'accessibilité des espaces publics et des équipements aux personnes à mobilité réduite. Orientation
    5.5 : intégrer la sécurité et la tranquillité publiques dans la conception des espaces publics et des
    grands équipements, en particulier l'hôtel de police et le pôle d'échanges. Orientation 5.6 : maintenir
    l'activité agricole en protégeant les terres du plateau et en permettant la diversification des
    exploitations."""),
    ("h", "Objectifs chiffrés de modération de la consommation d'espace"),
    ("table", [
        ["Période", "Consommation d'espaces NAF", "Observation"],
        ["2011-2021 (référence)", "32,4 ha", "dont 21 ha pour l'habitat"],
        ["2021-2031 (objectif)", "16 ha au plus", "dont 11,6 ha aux Prés-Hauts"],
        ["2031-2037", "à définir", "trajectoire de zéro artificialisation nette en 2050"],
    ]),
]

DOCX_BLOCKS["p123_compte_rendu_commission_urbanisme_juin.docx"] = [
    ("title", "Commission urbanisme, travaux et cadre de vie — réunion du 17 juin 2025"),
    para("""Présents : M. Patrice Lemaréchal (président), Mme Inès Carvalho, M. Jacques Dubreuil, Mme
    Françoise
    Aubry, M. Hugo Ménard, M. Karim Benali, Mme Josiane Pautrat, M. Didier Cazenave. Excusée : Mme Nathalie
    Toutain. Services : Mme Claire Bouvron, M. Julien Peyrac, M. Philippe Marsollier, M. Dominique Royer.
    Invité pour le point 1 : M. Bernard Lestrade, commissaire enquêteur. Compte rendu approuvé le 9
    septembre 2025 et publié sur le site internet de la ville."""),
    ("h", "1. Modification n° 3 du PLU — résultats de l'enquête publique"),
    para("""M. Lestrade présente son rapport, remis le 12 juin. L'enquête, qui s'est tenue du 14 avril au
    16 mai, a recueilli 96 observations. Il a émis un avis favorable assorti de deux réserves (intégrer dans
    l'OAP le principe des dérogations d'accès et des places réservées aux personnes handicapées ; réduire
    l'emplacement réservé n° 12) et de deux recommandations (cahier de recommandations architecturales pour
    les surélévations ; concertation avec les commerçants). Il souligne la qualité de la participation et la
    présence de nombreux commerçants à ses permanences."""),
    para("""Mme Bouvron indique que les deux réserves seront levées dans le dossier soumis à l'approbation du
    conseil du 7 juillet : l'OAP est complétée et l'emplacement réservé réduit de 15 %. Le cahier de
    recommandations architecturales, préparé avec l'architecte des bâtiments de France et le CAUE, sera
    annexé. Mme Pautrat salue la prise en compte des personnes à mobilité réduite mais regrette que la
    piétonnisation ne soit pas accompagnée d'un plan de circulation global ; M. Lemaréchal répond qu'une
    étude de circulation sera lancée à l'automne. M. Benali demande comment seront délivrées les
    autorisations d'accès ; il est répondu qu'un arrêté de circulation listera les catégories bénéficiaires
    et que les demandes seront instruites par la police municipale sur justificatif."""),
    para("""La commission émet un avis favorable à l'approbation de la modification (6 voix pour, 2
    abstentions)."""),
    ("h", "2. Résidence Clos-Margot"),
    para("""M. Peyrac présente le projet de permis de construire déposé le 2 juin par Alizés Promotion : 96
    logements en trois bâtiments (R+3 et R+4), dont 20 en location-accession et 12 logements locatifs
    sociaux, sur le site de l'ancien entrepôt Gaudin et sur l'emprise communale de la rue de la Fonderie,
    dont la cession sera proposée au conseil. Le projet comporte un sous-sol de 82 places, un jardin central
    de 2 400 m² et la conservation de la façade de l'ancien entrepôt sur la rue de la Fonderie. Le site est
    pollué (hydrocarbures) ; un plan de gestion a été établi et l'attestation d'un bureau d'études certifié
    est jointe au dossier. Les équipements publics rendus nécessaires (voie nouvelle, giratoire sur la route
    de Vendôme, extension de l'école maternelle) seront financés par un projet urbain partenarial dont la
    convention sera soumise au conseil ; le montant de la participation est en cours de négociation."""),
    para("""Mme Aubry s'interroge sur la hauteur côté rue ; M. Peyrac indique que le projet respecte le
    règlement de la zone UB et que l'architecte des bâtiments de France sera consulté, le site étant dans les
    abords de l'église Saint-Lubin. M. Cazenave demande si les riverains ont été consultés ; une réunion
    d'information a été organisée par le promoteur le 10 juin (une quarantaine de participants). Mme Pautrat
    demande que le montant de la participation soit communiqué à la commission avant la séance du conseil ;
    M. Lemaréchal s'y engage dès que la négociation aura abouti, en précisant que le bilan financier du
    promoteur, couvert par le secret des affaires, ne pourra pas être communiqué."""),
    ("h", "3. Hôtel de police"),
    para("""M. Royer fait le point sur le chantier de l'hôtel de police, dont la commune assure la maîtrise
    d'ouvrage déléguée pour le compte de l'État : le gros œuvre est achevé, le clos-couvert le sera en
    septembre, la livraison est prévue au second semestre 2026. Le coût de l'opération (14,2 millions
    d'euros HT) est financé par l'État, la commune apportant le terrain et une participation de 1,5 million
    d'euros. Un permis modificatif sera déposé par le SGAMI pour modifier l'accès des véhicules de service ;
    les riverains de l'allée du Stade seront informés. M. Dubreuil rappelle que les informations relatives
    à l'organisation interne du bâtiment relèvent de la sécurité publique et ne sont pas communicables ; la
    commission sera informée des seuls aspects urbains (accès, stationnement, façades)."""),
    ("h", "4. Habitat indigne"),
    para("""Mme Bouvron présente le bilan des procédures depuis janvier : quatre arrêtés de mise en
    sécurité et
    un arrêté de traitement de l'insalubrité ; 14 ménages hébergés ou relogés ; un immeuble du centre ancien
    frappé d'une interdiction définitive d'habiter (rue Basse-des-Fossés), pour lequel la commune
    poursuit le recouvrement des frais de relogement selon les voies prévues par la loi. Elle
    présente l'étude de faisabilité d'une autorisation préalable de mise en location (« permis de louer »)
    dans le périmètre de l'OPAH-RU, qui permettrait de vérifier l'état des logements avant chaque nouvelle
    mise en location. L'étude estime à 350 le nombre de demandes annuelles et à un équivalent temps plein
    le besoin en personnel. Mme Carvalho et M. Ménard soutiennent le projet. M. Cazenave craint une charge
    excessive pour les petits propriétaires ; Mme Bouvron indique que le dispositif serait gratuit et que
    le délai d'instruction serait d'un mois. La commission souhaite que le dispositif soit présenté aux
    associations de propriétaires avant la délibération."""),
    ("h", "5. Infractions et contentieux"),
    para("""M. Peyrac présente les statistiques du semestre : 17 signalements, 12 visites, 6 procès-verbaux,
    4 mises en demeure, aucune astreinte liquidée à ce stade. Il rappelle que les signalements peuvent être
    faits en ligne, que l'identité des personnes qui signalent n'est jamais communiquée et que les suites
    pénales relèvent du procureur de la République. Il présente ensuite l'état du contentieux administratif :
    deux requêtes contre des refus de permis (en cours), une requête contre un permis délivré (rejetée par
    le tribunal administratif le 22 mai, le requérant n'ayant pas justifié d'un intérêt à agir), un déféré
    préfectoral contre un permis tacite (la commune a retiré le permis). M. Dubreuil souhaite que la commune
    communique davantage sur la lutte contre les constructions illégales ; un article est prévu dans le
    magazine municipal."""),
    ("h", "6. Ravalements et patrimoine"),
    para("""Trois injonctions de ravalement ont été notifiées depuis janvier. La prime communale au ravalement
    a été sollicitée pour 11 immeubles (38 000 euros engagés sur une enveloppe de 60 000 euros). La commission
    émet un avis favorable à l'augmentation de l'enveloppe à 80 000 euros en 2026. M. Royer présente par
    ailleurs le projet de restauration des peintures murales de l'église Saint-Lubin (tranche 2, 240 000
    euros HT, subventionnée à 50 % par la DRAC) ; la consultation des entreprises sera lancée en
    septembre."""),
    ("h", "7. Accessibilité"),
    para("""M. Royer présente l'avancement de l'agenda d'accessibilité programmée des bâtiments communaux :
    41 établissements sur 46 sont désormais accessibles ; les cinq restants (dont deux écoles et le
    gymnase des Varennes) le seront avant la fin de 2026, dans le cadre des travaux programmés. La
    commission communale pour l'accessibilité se réunira le 30 septembre ; les associations représentant
    les personnes handicapées y seront invitées à faire part de leurs observations sur la piétonnisation."""),
    ("h", "7 bis. Dématérialisation et accueil du public"),
    para("""M. Peyrac indique que 69 % des demandes ont été déposées en ligne au premier semestre. Le guichet
    reste ouvert chaque matin ; l'après-midi est réservé aux rendez-vous. Un nouveau guide du demandeur
    sera diffusé en septembre. La commission souhaite que le guide soit disponible en version simplifiée
    (facile à lire et à comprendre) et que l'accueil téléphonique soit renforcé pendant l'été."""),
    ("h", "8. Questions diverses"),
    para("""Mme Aubry signale des stationnements gênants de camions de chantier rue des Vignerons ; la police
    municipale sera saisie. M. Ménard demande où en est le dossier de la liaison douce des Prés-Hauts ;
    M. Marsollier indique que 14 parcelles sur 17 ont été acquises à l'amiable et que le recours à la
    déclaration d'utilité publique sera proposé à l'automne pour les trois dernières. Prochaine réunion le
    9 septembre 2025. La séance est levée à 20 h 25."""),
]

DOCX_BLOCKS["p124_bilan_annuel_lutte_habitat_indigne.docx"] = [
    ("title", "Lutte contre l'habitat indigne — bilan 2024 et plan d'action 2025"),
    para("""Document présenté au pôle départemental de lutte contre l'habitat indigne (PDLHI) le 20 mars 2025
    et publié en annexe du rapport d'activité de la direction de l'aménagement. Données agrégées."""),
    ("h", "1. Repérage"),
    para("""En 2024, 143 signalements relatifs à l'habitat ont été reçus par le service communal d'hygiène et
    de santé, soit une hausse de 14 % par rapport à 2023. Les locataires sont à l'origine de plus de la moitié
    des signalements ; viennent ensuite les travailleurs sociaux du département et du CCAS, la CAF, les
    voisins, l'ARS et les services municipaux (police municipale, services techniques). La plateforme
    nationale Histologe, déployée en juin 2024, a reçu 46 signalements concernant la commune. Le fichier des
    logements potentiellement indignes estime le parc concerné à environ 610 logements, concentrés dans le
    centre ancien et les faubourgs de la rive gauche."""),
    ("h", "2. Traitement"),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Visites réalisées", "101", "118"],
        ["Situations résolues par démarche amiable", "58", "73"],
        ["Arrêtés de mise en sécurité (procédure ordinaire)", "2", "3"],
        ["Arrêtés de mise en sécurité (urgence)", "1", "1"],
        ["Arrêtés de traitement de l'insalubrité", "1", "2"],
        ["Interdictions d'habiter des locaux impropres (caves, combles)", "0", "1"],
        ["Mainlevées après travaux", "2", "3"],
        ["Ménages hébergés ou relogés", "9", "19"],
        ["dont par la commune en substitution", "4", "11"],
        ["Signalements au procureur (article 40)", "2", "4"],
        ["Signalements de non-décence à la CAF", "17", "22"],
    ]),
    ("h", "3. Accompagnement des occupants"),
    para("""Chaque ménage concerné par un arrêté bénéficie d'un accompagnement par une référente du CCAS,
    en lien avec le département. Les principales difficultés rencontrées tiennent à la rareté des grands
    logements sociaux (T5 et plus), à la nécessité de maintenir la scolarisation des enfants dans leur
    secteur, à la situation des personnes âgées en perte d'autonomie et des personnes en situation de
    handicap, qui nécessitent des logements accessibles, et à celle des occupants sans bail écrit, dont les
    droits sont souvent méconnus. Les occupants de bonne foi sont protégés quel que soit leur statut ;
    la commune veille à ce que les informations personnelles recueillies pour organiser leur hébergement ne
    soient pas communiquées aux propriétaires."""),
    ("h", "4. Coûts et recouvrement"),
    para("""Les dépenses engagées par la commune en substitution des propriétaires défaillants (hébergement,
    relogement, travaux d'office) se sont élevées à 74 000 euros en 2024. Le taux de recouvrement des titres
    émis les années précédentes est de 62 % ; les créances sont garanties par le privilège spécial
    immobilier et, dans deux cas, par l'inscription d'une hypothèque légale."""),
    ("h", "4 bis. Exemples de situations traitées (anonymisées)"),
    para("""Situation A : un logement de deux pièces en rez-de-chaussée sur cour, humide et sans ventilation,
    occupé par une famille avec un jeune enfant ; après mise en demeure amiable, le propriétaire a réalisé
    l'installation d'une ventilation mécanique et le remplacement des menuiseries en quatre mois ; dossier
    clos sans arrêté. Situation B : un immeuble de cinq logements dont la cage d'escalier menaçait de
    s'effondrer ; arrêté de mise en sécurité en urgence, étaiement réalisé d'office, hébergement de trois
    ménages pendant sept mois, mainlevée après travaux. Situation C : une cave louée comme logement ;
    interdiction d'habiter, relogement de l'occupant dans le parc social et signalement au procureur ;
    le bailleur a été condamné à restituer les loyers perçus."""),
    ("h", "4 ter. Partenariats"),
    para("""Le PDLHI réunit l'État (DDT, DDETS), l'ARS, le département, la CAF, la MSA, l'ADIL, l'opérateur
    de l'OPAH-RU, les communes dotées d'un SCHS et le parquet. La commune participe à son comité technique
    mensuel, qui examine les situations les plus complexes. Une convention a été signée en 2024 avec la
    CAF pour accélérer la consignation des aides au logement en cas de non-décence."""),
    ("h", "5. Plan d'action 2025"),
    para("""Recrutement d'un second inspecteur de salubrité ; étude d'une autorisation préalable de mise en
    location dans le centre ancien ; convention avec l'Établissement public foncier local pour le portage
    des immeubles les plus dégradés ; formation des agents d'accueil au repérage ; réunion semestrielle avec
    le parquet de Blois sur les suites pénales ; campagne d'information des locataires (fiche pratique
    diffusée dans les boîtes aux lettres du centre ancien et traduite en quatre langues)."""),
]

DOCX_BLOCKS["p125_cahier_recommandations_architecturales_centre_ancien.docx"] = [
    ("title", "Cahier de recommandations architecturales et paysagères — centre ancien et faubourgs"),
    para("""Annexe à l'OAP n° 5 « cœur de ville » du PLU de Montfleury-sur-Loir (modification n° 3
    approuvée le
    7 juillet 2025). Rédigé par le service urbanisme avec le CAUE de Loir-et-Cher et l'unité
    départementale de l'architecture et du patrimoine. Ce cahier s'adresse aux propriétaires, aux
    architectes et aux artisans ; il explique les règles du PLU et donne des conseils pour réussir un
    projet dans le tissu ancien."""),
    ("h", "1. Comprendre le bâti ancien de Montfleury"),
    para("""Le centre ancien et les faubourgs sont constitués pour l'essentiel de maisons de ville construites
    entre le XVIe et le XIXe siècle, implantées à l'alignement et en mitoyenneté, sur des parcelles étroites
    et profondes. Les murs sont en moellons de calcaire tendre (tuffeau) ou en pans de bois hourdés,
    couverts d'un enduit à la chaux ; les encadrements de baies, les chaînages d'angle et les corniches
    sont en pierre de taille. Les toitures, à deux versants de forte pente, sont couvertes d'ardoise ; elles
    sont éclairées par des lucarnes à fronton ou à croupe. Les façades sont ordonnancées en travées
    verticales : les baies sont alignées d'un étage à l'autre et plus hautes que larges."""),
    para("""Ces constructions ont des qualités thermiques réelles (inertie des murs épais) mais aussi des
    fragilités : elles « respirent » et supportent mal les matériaux étanches (ciment, peintures
    plastiques, isolants fermés), qui piègent l'humidité et dégradent la pierre et les bois. La plupart des
    désordres observés dans les immeubles dégradés du centre ancien (mérule, pourrissement des solives,
    effritement des pieds de murs) ont pour origine une infiltration non traitée ou un matériau
    inadapté."""),
    ("h", "2. Les façades"),
    para("""Enduits : utiliser exclusivement des enduits à la chaux naturelle, talochés ou lissés, d'une
    teinte
    proche de la pierre locale (voir le nuancier). Ne pas « décroûter » les façades en moellons pour laisser
    la pierre apparente : les moellons n'étaient pas faits pour être vus et l'enduit les protège. Pierre de
    taille : nettoyer par gommage doux ou nébulisation, jamais au sablage ; remplacer les pierres altérées
    par des pierres de même nature (tiroirs) ; proscrire les ragréages au ciment. Pans de bois : ne les
    dégager que s'ils étaient destinés à être vus (vérification par sondage) ; traiter et remplacer les
    pièces altérées à l'identique."""),
    para("""Percements : conserver la composition de la façade ; les nouvelles baies reprennent les
    proportions
    des baies existantes et s'alignent sur les travées. La transformation d'une porte de garage ou d'une
    vitrine en fenêtre doit respecter le rythme de la façade. Les volets roulants à caisson extérieur sont
    interdits sur rue ; préférer les volets battants en bois ou les persiennes métalliques repliables."""),
    ("h", "3. Les menuiseries"),
    para("""Les fenêtres anciennes en bois peuvent souvent être restaurées et améliorées (double vitrage
    mince,
    joints) ; c'est la solution la plus respectueuse et souvent la moins coûteuse sur le long terme. En cas
    de remplacement, choisir des menuiseries en bois peint, à petits bois assemblés ou collés sur les deux
    faces, reprenant la partition d'origine. L'aluminium à profil fin est admis pour les vitrines et les
    baies contemporaines. Le PVC est interdit en façade sur rue dans la zone UA. Couleurs : voir le
    nuancier (gris colorés, blancs cassés, verts et bleus sourds ; pas de blanc pur)."""),
    ("h", "4. Les toitures et les surélévations"),
    para("""Couverture : ardoise naturelle, posée au clou ou au crochet teinté, avec des faîtages à
    lignolets ou en terre cuite scellée selon l'usage local. Les châssis de toit sont limités en nombre
    et en dimension (78 × 98 cm au plus), encastrés, de type patrimonial, alignés sur les baies de la
    façade. Les lucarnes reprennent les modèles traditionnels (lucarne à fronton, à croupe, passante) ;
    leur largeur ne dépasse pas celle des fenêtres de l'étage inférieur."""),
    para("""Surélévations : depuis la modification n° 3, un bâtiment bas situé entre deux immeubles plus hauts
    peut être surélevé jusqu'à la hauteur du plus haut de ses voisins, dans la limite de 15 mètres. Le projet
    doit alors : prolonger l'ordonnancement des travées ; aligner sa corniche sur celle d'un des voisins ou
    s'inscrire entre les deux ; reprendre une toiture à deux versants en ardoise ; traiter les pignons
    découverts avec le même soin que les façades. Une surélévation en retrait, de facture contemporaine
    (zinc, bois), peut être admise en fond de parcelle ou sur cour, si elle n'est pas visible depuis l'espace
    public. Une étude de structure préalable est indispensable : les murs anciens n'ont souvent pas été
    conçus pour porter un niveau supplémentaire, et les planchers doivent être vérifiés."""),
    ("h", "5. Les devantures commerciales"),
    para("""La devanture respecte la composition de l'immeuble : elle est contenue dans la hauteur du rez-de-
    chaussée, ne masque ni les piédroits ni les bandeaux, et s'aligne sur les travées des étages. Deux
    types sont admis : la devanture en applique (coffrage en bois peint en saillie de 15 à 20 cm) et la
    devanture en feuillure (vitrine en retrait dans l'encadrement de pierre). Les enseignes sont peintes ou
    en lettres découpées ; les caissons lumineux sont interdits ; une enseigne drapeau par commerce. Les
    rideaux métalliques sont posés à l'intérieur, ajourés."""),
    ("h", "6. La performance énergétique"),
    para("""Améliorer la performance énergétique d'un bâtiment ancien est possible sans le dénaturer. Les
    priorités sont : l'isolation des combles (la plus efficace), le traitement des menuiseries, l'isolation
    du plancher bas, la ventilation (indispensable pour éviter les moisissures une fois le bâtiment rendu
    plus étanche), puis l'isolation des murs par l'intérieur avec des matériaux perspirants (chanvre-chaux,
    fibre de bois, liège). L'isolation par l'extérieur est interdite sur les façades en pierre de taille et
    sur les façades identifiées au patrimoine ; elle peut être admise sur des façades arrière enduites sans
    modénature. Les panneaux solaires sont admis sur les versants non visibles depuis l'espace public ; des
    solutions intégrées (ardoises solaires) peuvent être étudiées avec l'architecte des bâtiments de
    France. Les pompes à chaleur et climatiseurs ne doivent pas être installés en façade sur rue."""),
    ("h", "7. Les clôtures, cours et jardins"),
    para("""Les murs de clôture en maçonnerie sont conservés et restaurés ; ils participent à la continuité de
    la rue. Les portails charretiers en bois sont restaurés ou remplacés à l'identique. Les cours et jardins
    en cœur d'îlot sont préservés : ils assurent la respiration du tissu dense, l'infiltration des eaux de
    pluie et la fraîcheur en été. Les revêtements imperméables sont à éviter ; les arbres existants sont
    conservés autant que possible."""),
    ("h", "8. L'accessibilité"),
    para("""L'accessibilité des commerces et des logements aux personnes à mobilité réduite doit être
    recherchée
    dans le respect du patrimoine : rampe intégrée dans l'épaisseur de la devanture, abaissement du seuil,
    sonnette d'appel et rampe amovible lorsque la configuration du trottoir ne permet pas mieux. Les
    demandes de dérogation sont examinées par la sous-commission départementale d'accessibilité ; le service
    urbanisme peut vous aider à constituer le dossier."""),
    ("h", "9. Démarches et aides"),
    para("""Avant tout projet, prenez rendez-vous avec l'architecte-conseil du CAUE (permanences deux jeudis
    par mois en mairie) ; pour les immeubles situés dans les abords des monuments historiques, l'architecte
    des bâtiments de France peut être consulté en amont. Les travaux de façade, de menuiserie et de
    toiture sont soumis à déclaration préalable ; les surélévations à permis de construire. Aides
    mobilisables : prime communale au ravalement, aides de l'ANAH et de la commune dans le cadre de
    l'OPAH-RU (sous conditions), aides de la Fondation du patrimoine pour les immeubles remarquables
    (label ouvrant droit à déduction fiscale), certificats d'économie d'énergie."""),
    para("""Ce cahier n'a pas de valeur réglementaire en lui-même, à l'exception des dispositions reprises
    dans le règlement du PLU ; il guide l'instruction des demandes et les avis de l'architecte des
    bâtiments de France. Il sera complété par des fiches techniques illustrées."""),
    ("table", [
        ["Élément", "Recommandé", "À éviter"],
        ["Enduit", "chaux naturelle, ton pierre", "ciment, enduit monocouche, blanc pur"],
        ["Menuiseries", "bois peint, petits bois", "PVC blanc, volets roulants extérieurs"],
        ["Toiture", "ardoise naturelle, lucarnes traditionnelles", "tuile béton, châssis en nombre"],
        ["Devanture", "applique ou feuillure, enseigne peinte", "caisson lumineux, bandeau continu"],
        ["Isolation", "combles, menuiseries, isolants perspirants", "ITE sur pierre de taille"],
    ]),
]

DOCX_BLOCKS["p126_deliberation_approbation_modification_3.docx"] = [
    ("title", "Délibération n° 2025-07-095 — approbation de la modification n° 3 du PLU"),
    para("""Extrait du registre des délibérations du conseil municipal de Montfleury-sur-Loir. Séance du
    7 juillet
    2025. Conseillers en exercice : 33 ; présents : 27 ; représentés : 5 ; votants : 32. Rapporteur :
    M. Patrice Lemaréchal, adjoint à l'urbanisme."""),
    para("""Vu le code de l'urbanisme, notamment ses articles L. 153-36 à L. 153-44 ; vu le PLU approuvé le 26
    juin 2017 ; vu l'arrêté du maire du 27 janvier 2025 engageant la modification n° 3 ; vu la décision de
    la mission régionale d'autorité environnementale du 7 février 2025 dispensant le projet d'évaluation
    environnementale ; vu les avis des personnes publiques associées ; vu l'arrêté du 18 mars 2025 soumettant
    le projet à enquête publique du 14 avril au 16 mai 2025 ; vu le rapport et les conclusions motivées du
    commissaire enquêteur du 12 juin 2025 (avis favorable assorti de deux réserves et de deux
    recommandations) ; vu l'avis de la commission urbanisme du 17 juin 2025."""),
    para("""M. l'adjoint rappelle l'objet de la modification : création d'une OAP « cœur de ville »
    organisant la
    piétonnisation progressive des rues des Cordiers et du Change et d'une partie de la place du Marché ;
    réduction des obligations de stationnement à une place par logement dans un rayon de 500 mètres autour
    de la gare ; possibilité de surélever les bâtiments à l'alignement en zone UA dans la limite de la
    hauteur du voisin le plus haut et de 15 mètres ; corrections et mises à jour."""),
    para("""Il présente les modifications apportées au projet pour tenir compte des avis et de l'enquête.
    Première réserve : l'OAP est complétée par un paragraphe prévoyant que l'arrêté de circulation
    organisera des dérogations d'accès pour les riverains, les titulaires de la carte mobilité inclusion,
    les professionnels de santé intervenant à domicile, les services de secours et les livraisons, et que
    quatre places de stationnement réservées aux personnes handicapées seront créées aux entrées de la zone
    piétonne, à moins de 50 mètres de chaque rue concernée. Seconde réserve : l'emplacement réservé n° 12
    (parking de la rue de la Fonderie) est réduit de 15 %, le bâtiment de l'ancien entrepôt étant exclu de
    son emprise. Recommandations : le cahier de recommandations architecturales et paysagères est annexé à
    l'OAP ; une concertation avec l'union des commerçants précédera chaque phase de piétonnisation. Par
    ailleurs, à la demande de la DDT, l'OAP précise les modalités de desserte par la navette urbaine."""),
    para("""Ces modifications ne remettent pas en cause l'économie générale du projet ; elles procèdent de
    l'enquête publique et des avis joints au dossier."""),
    para("""Débat. Mme Pautrat indique que son groupe votera pour la modification, dont il partage les
    objectifs, tout en regrettant l'absence d'un plan de circulation d'ensemble. M. Cazenave s'abstiendra,
    estimant que les commerçants n'ont pas été suffisamment entendus. Mme le Maire remercie le commissaire
    enquêteur, les services et les habitants qui ont participé à l'enquête."""),
    para("""Le conseil municipal, après en avoir délibéré, approuve la modification n° 3 du plan local
    d'urbanisme telle qu'annexée à la présente délibération ; dit que la présente délibération fera l'objet
    d'un affichage en mairie pendant un mois et d'une mention dans un journal diffusé dans le département,
    et qu'elle sera publiée sur le Géoportail de l'urbanisme ; dit que le dossier de PLU modifié est tenu à
    la disposition du public en mairie aux jours et heures habituels d'ouverture et sur le site internet de
    la commune ; dit que la délibération sera exécutoire dès sa publication et sa transmission au préfet."""),
    para("""Le dossier approuvé comprend : la notice de présentation complétée ; le règlement écrit modifié
    (articles UA 10, UA 12, UB 12 et UC 12) ; les planches 2 et 3 du règlement graphique ; la liste des
    emplacements réservés mise à jour ; l'OAP n° 5 « cœur de ville » et son annexe (cahier de
    recommandations architecturales et paysagères) ; la liste des servitudes d'utilité publique mise à
    jour ; le rapport et les conclusions du commissaire enquêteur."""),
    para("""Vote : pour : 31 ; contre : 0 ; abstention : 1 (M. Cazenave)."""),
    para("""Pour extrait certifié conforme. Le Maire, Hélène Garnaud. Transmis en préfecture le 10
    juillet 2025 ;
    publié le 10 juillet 2025."""),
]

DOCX_BLOCKS["p127_cahier_charges_maitrise_oeuvre_halle.docx"] = [
    ("title", "Consultation de maîtrise d'œuvre — reconversion de la halle aux marchandises"),
    para("""Ville de Montfleury-sur-Loir — cahier des charges (programme succinct) de la consultation de
    maîtrise d'œuvre en procédure adaptée. Avis publié le 3 novembre 2025 ; remise des candidatures le
    5 décembre 2025."""),
    ("h", "1. Objet"),
    para("""La halle aux marchandises de la gare (1898, structure métallique et maçonnerie de brique,
    1 240 m²), identifiée au patrimoine par le PLU, sera reconvertie en marché couvert et tiers-lieu
    (espace de travail partagé, salle associative, café). Le coût prévisionnel des travaux est de
    2,6 millions d'euros HT. La mission de base (loi MOP) est complétée par les missions OPC et
    signalétique."""),
    ("h", "2. Attentes"),
    para("""Conservation et mise en valeur de la charpente métallique ; performance énergétique adaptée à un
    bâtiment partiellement chauffé ; accessibilité complète aux personnes handicapées ; réemploi des
    matériaux ; concertation avec les futurs usagers (commerçants du marché, associations)."""),
    ("h", "3. Candidatures"),
    para("""Équipe pluridisciplinaire comprenant au moins un architecte, un bureau d'études structure et un
    bureau d'études fluides ; références de réhabilitation de patrimoine industriel. Trois équipes seront
    admises à remettre une offre et indemnisées à hauteur de 6 000 euros HT chacune."""),
]

DOCX_BLOCKS["p128_support_formation_elus_pouvoirs_police.docx"] = [
    ("title", "Formation des élus — le maire et la sécurité des bâtiments"),
    para("""Support de la session du 22 mai 2025 organisée pour les conseillers municipaux par la direction de
    l'aménagement, avec l'intervention de l'Association départementale des maires. Document diffusé aux
    participants et publié sur l'extranet des élus."""),
    ("h", "1. Les pouvoirs de police du maire : de quoi parle-t-on ?"),
    para("""Le maire dispose de pouvoirs de police générale (article L. 2212-2 du CGCT : sûreté, sécurité,
    salubrité et tranquillité publiques) et de pouvoirs de police spéciale, notamment la police de la
    sécurité des immeubles (code de la construction et de l'habitation) et la police de l'urbanisme
    (constat des infractions, mises en demeure). Ces pouvoirs sont personnels : ils appartiennent au maire,
    qui peut les déléguer à un adjoint, et non au conseil municipal. Le conseil intervient pour voter les
    moyens (budget, postes) et pour certaines décisions (préemption, expropriation, conventions)."""),
    ("h", "2. Immeuble dangereux : les bons réflexes"),
    para("""Un élu alerté d'un danger (chute de pierres, fissure importante, plancher qui s'affaisse) doit
    prévenir immédiatement les services et, en cas de danger grave et imminent, les secours. Le maire peut
    prendre sans délai, au titre de sa police générale, les mesures de sûreté exigées par les circonstances
    (périmètre de sécurité, évacuation). Pour prescrire des travaux au propriétaire, il doit passer par la
    procédure de mise en sécurité du CCH : procédure ordinaire contradictoire, ou procédure d'urgence après
    désignation d'un expert par le tribunal administratif. Attention : une mesure mal fondée engage la
    responsabilité de la commune ; une carence du maire face à un danger connu peut engager sa
    responsabilité, y compris pénale en cas d'accident."""),
    ("h", "3. Les occupants"),
    para("""Lorsqu'un immeuble est évacué, les occupants doivent être hébergés par le propriétaire, ou à
    défaut
    par la commune, qui se fait ensuite rembourser. L'expérience montre que l'hébergement des personnes
    âgées, des familles nombreuses et des personnes en situation de handicap est le plus difficile à
    organiser. Les élus doivent veiller à ce que les informations personnelles des occupants ne soient pas
    évoquées en séance publique ni sur les réseaux sociaux : elles relèvent du CCAS et du secret
    professionnel des travailleurs sociaux."""),
    ("h", "4. Les constructions illégales"),
    para("""Depuis la loi du 27 décembre 2019, le maire peut, indépendamment des poursuites pénales, mettre en
    demeure le responsable d'une construction irrégulière de la régulariser ou de remettre les lieux en
    état, sous astreinte pouvant atteindre 500 euros par jour et 25 000 euros au total. Le constat des
    infractions est fait par le maire ou par des agents commissionnés et assermentés ; le procès-verbal est
    transmis sans délai au procureur de la République. L'élu qui a connaissance d'une infraction n'a pas à
    enquêter lui-même ; il la signale aux services."""),
    ("h", "5. Cas pratiques discutés en séance"),
    para("""Cas 1 : une corniche menace de tomber sur un trottoir fréquenté un jour de marché. Réponse
    attendue : périmètre de sécurité immédiat (police générale), puis procédure d'urgence. Cas 2 : un
    habitant signale à un conseiller que son voisin construit un garage sans autorisation. Réponse attendue :
    orienter vers le service urbanisme ; ne pas intervenir personnellement ; l'identité de l'auteur du
    signalement est protégée. Cas 3 : un conseiller est propriétaire d'un immeuble visé par une procédure.
    Réponse attendue : l'élu intéressé ne participe ni aux débats ni aux décisions (prévention des conflits
    d'intérêts, article L. 1111-6 du CGCT et article 432-12 du code pénal)."""),
    para("""Cas 4 : la presse interroge un adjoint sur l'état de santé d'un occupant blessé lors d'un
    effondrement. Réponse attendue : ne rien dire de la situation individuelle des personnes ; renvoyer vers
    le service communication, qui s'en tient aux informations générales (nombre de blessés, mesures
    prises)."""),
    ("h", "6. Pour aller plus loin"),
    para("""Guide de l'ANAH sur les polices de l'habitat ; fiches du pôle national de lutte contre l'habitat
    indigne ; note de doctrine n° 2025-03 de la direction des affaires juridiques de la ville (disponible
    sur l'extranet). Contact : direction de l'aménagement et de l'urbanisme."""),
]

DOCX_BLOCKS["p129_bilan_mi_parcours_opah_ru.docx"] = [
    ("title", "OPAH-RU du centre ancien — bilan à mi-parcours"),
    para("""Comité de pilotage du 4 avril 2025 — synthèse publiée. Opérateur : SOLIHA Centre-Val de
    Loire."""),
    ("table", [
        ["Volet", "Objectif 5 ans", "Réalisé au 31/03/2025", "Taux"],
        ["Propriétaires occupants (énergie, dégradation)", "70", "38", "54 %"],
        ["Propriétaires bailleurs (logements conventionnés)", "60", "41", "68 %"],
        ["Autonomie et handicap", "30", "17", "57 %"],
        ["Habitat indigne et très dégradé", "20", "12", "60 %"],
        ["Logements vacants remis sur le marché", "25", "9", "36 %"],
    ]),
    para("""Montant des travaux : 4,2 M€ ; subventions ANAH : 1,6 M€ ; aides de la ville : 0,38 M€. Gain
    énergétique moyen : 47 %. Points faibles : vacance, copropriétés fragiles. Recommandations : renforcer
    la prime de sortie de vacance, mobiliser le droit de préemption, engager une opération de restauration
    immobilière sur deux îlots."""),
]

DOCX_BLOCKS["p130_procedure_traitement_signalements_habitat.docx"] = [
    ("title", "Procédure HAB-P02 — traitement des signalements d'habitat indigne"),
    para("""Service communal d'hygiène et de santé — cellule habitat indigne. Version 3 du 6 janvier 2025,
    validée par la directrice de l'aménagement et la directrice du CCAS. Procédure publiée dans le recueil
    des procédures internes et communiquée aux partenaires du PDLHI."""),
    ("h", "1. Champ d'application"),
    para("""La procédure s'applique à tout signalement relatif à un logement ou un immeuble susceptible de
    présenter un danger pour la santé ou la sécurité de ses occupants ou des tiers : insalubrité, non-
    décence, risque d'effondrement, risque électrique, présence de plomb accessible, suroccupation,
    locaux impropres à l'habitation (caves, combles, sous-sols), division irrégulière. Elle ne s'applique
    pas aux troubles de voisinage (bruit, odeurs), traités selon la procédure HYG-P05."""),
    ("h", "2. Réception et enregistrement"),
    para("""Les signalements peuvent être reçus par tout canal : plateforme Histologe, courriel, courrier,
    téléphone, accueil physique, transmission d'un partenaire. Ils sont enregistrés dans le logiciel de
    gestion sous 48 heures ouvrées. L'agent qui reçoit un signalement téléphonique remplit la fiche de
    premier contact : adresse, nature des désordres, statut de l'occupant (locataire, propriétaire,
    hébergé), présence d'enfants de moins de six ans ou d'une femme enceinte (critère de priorité pour le
    risque plomb), présence de personnes à mobilité réduite (critère de priorité pour l'évacuation),
    coordonnées. Il n'enregistre pas d'autre information personnelle."""),
    ("h", "3. Priorisation"),
    para("""Priorité 1 (visite sous 48 heures) : danger imminent signalé (effondrement, électricité,
    monoxyde de
    carbone), signalement de saturnisme par l'ARS. Priorité 2 (visite sous 15 jours) : désordres graves avec
    présence de personnes vulnérables. Priorité 3 (visite sous 30 jours) : autres situations. Le
    responsable de la cellule valide la priorité chaque lundi."""),
    ("h", "4. Visite"),
    para("""La visite est effectuée par un inspecteur de salubrité, accompagné si nécessaire d'un agent des
    bâtiments ou de la police municipale. L'occupant est prévenu ; le propriétaire est informé et invité à
    être présent, sauf si cette information expose l'occupant à des représailles, auquel cas la visite est
    faite à la demande de l'occupant seul. L'inspecteur renseigne la grille d'évaluation, prend des
    photographies (sans personnes), effectue les mesures nécessaires (humidité, plomb, monoxyde de carbone).
    Si l'inspecteur constate une situation de danger pour un enfant, il en réfère au responsable de la
    cellule, qui transmet une information préoccupante à la cellule départementale (CRIP)."""),
    ("h", "5. Suites"),
    para("""Selon la gravité : courrier de mise en demeure amiable au propriétaire (délai de un à trois mois),
    signalement de non-décence à la CAF ou à la MSA, rapport au maire proposant un arrêté de mise en
    sécurité ou de traitement de l'insalubrité, saisine du tribunal administratif pour la désignation d'un
    expert en cas d'urgence, signalement au procureur de la République lorsque les faits sont susceptibles
    de constituer une infraction (location de locaux impropres, division irrégulière, soumission de
    personnes vulnérables à des conditions d'hébergement indignes)."""),
    ("h", "6. Hébergement et relogement"),
    para("""Dès qu'une évacuation est envisagée, la référente du CCAS est saisie. Elle rencontre chaque
    ménage,
    évalue ses besoins (composition, ressources, contraintes de santé ou de mobilité, scolarisation) et
    propose une solution. Ces éléments sont consignés dans le dossier social du CCAS, distinct du dossier
    technique ; seuls le nombre de ménages et de personnes et la solution d'hébergement retenue figurent
    dans le dossier technique. Aucune information sur les occupants n'est transmise au propriétaire en
    dehors de ce qui est nécessaire à l'exécution de son obligation d'hébergement."""),
    ("h", "6 bis. Confidentialité"),
    para("""Les agents sont tenus à la discrétion professionnelle. L'identité des personnes qui signalent
    une situation n'est pas communiquée au propriétaire. Les comptes rendus destinés aux élus ne
    comportent que des données agrégées ou anonymisées."""),
    ("h", "7. Clôture et archivage"),
    para("""Le dossier est clos après constat de la réalisation des travaux (mainlevée le cas échéant) ou
    classement motivé. Les dossiers sont conservés dix ans. Un bilan statistique anonyme est produit
    chaque trimestre pour la commission d'urbanisme et chaque année pour le PDLHI."""),
]

DOCX_BLOCKS["p131_etude_urbaine_faubourg_saint_lubin_synthese.docx"] = [
    ("title", "Étude urbaine du faubourg Saint-Lubin — synthèse publique"),
    para("""Étude commandée par la Ville à l'agence Territoires & Formes (architectes-urbanistes, Tours) en
    2024 ; rendu final de mars 2025 ; synthèse publiée avec l'accord du titulaire, conformément au cahier
    des clauses administratives particulières qui cède à la Ville les droits de reproduction et de
    diffusion."""),
    para("""Le faubourg Saint-Lubin (7 hectares, 410 logements) présente un taux de vacance de 17 %, des
    cœurs d'îlot occupés par des ateliers désaffectés et une rue principale étroite et dangereuse pour
    les piétons. L'étude propose : l'ouverture d'un cœur d'îlot par un passage piéton entre la rue
    Saint-Lubin et les bords du Loir (emplacement réservé n° 7) ; la reconversion de l'atelier du n° 47 en
    jardin partagé et local associatif ; la démolition de deux annexes pour aérer l'îlot ; la création de
    12 logements en réhabilitation ; un plan de mise en valeur des façades. Coût public estimé :
    1,1 million d'euros sur six ans."""),
]

DOCX_BLOCKS["p132_compte_rendu_reunion_publique_pietonnisation.docx"] = [
    ("title", "Réunion publique — piétonnisation du cœur de ville — 2 décembre 2025"),
    para("""Salle du conseil, 18 h 30 – 20 h 45. Environ 90 participants. Intervenants : M. Lemaréchal,
    M. Dubreuil, le chef de la police municipale, le bureau d'études Mobilités Conseil. Compte rendu publié
    sur le site de la ville ; les questions sont résumées sans nommer leurs auteurs."""),
    para("""Calendrier : phase 1 (rues des Cordiers et du Change) en mars 2026 ; phase 2 (place du Marché
    nord)
    en 2027. Accès : bornes escamotables ; badges pour les riverains disposant d'un garage, les titulaires
    de la carte mobilité inclusion, les professionnels de santé et les services de soins à domicile ;
    livraisons de 6 h à 11 h. Places réservées aux personnes handicapées : quatre, aux entrées de zone."""),
    para("""Questions : plusieurs commerçants craignent une baisse de fréquentation (réponse : bilan à
    six mois,
    animations, parking de la Fonderie) ; une habitante demande comment obtenir un badge pour l'aide à
    domicile de son père (réponse : formulaire en ligne ou à l'accueil de la police municipale, sur
    simple attestation du service d'aide) ; un participant s'inquiète du passage des ambulances (réponse :
    les secours disposent d'un accès permanent)."""),
]

DOCX_BLOCKS["p133_note_synthese_conseil_preemption_rue_basse.docx"] = [
    ("title", "Note de synthèse — conseil municipal du 15 décembre 2025 — point n° 8"),
    para("""Objet : acquisition par préemption de l'immeuble des 9-11 rue Basse-des-Fossés et convention de
    portage avec l'Établissement public foncier local (EPFL). Note explicative de synthèse adressée aux
    conseillers municipaux (article L. 2121-12 du CGCT), publiée avec l'ordre du jour."""),
    para("""L'immeuble, frappé d'une interdiction définitive d'habiter depuis le 7 avril 2025 en raison de
    désordres structurels, a fait l'objet d'une déclaration d'intention d'aliéner au prix de 95 000 euros.
    La commune a exercé son droit de préemption urbain renforcé par décision du maire du 12 septembre 2025,
    au prix de la déclaration, en vue d'une opération de résorption de l'habitat insalubre et de création de
    six logements locatifs sociaux avec Loir-et-Cher Habitat. Le prix sera diminué du montant des frais
    engagés par la commune pour le relogement des occupants, mis à la charge du propriétaire par le code
    de la construction et de l'habitation."""),
    para("""Il est proposé que l'EPFL assure le portage foncier pendant cinq ans (frais de portage : 1 %
    par an),
    le temps de mobiliser les financements de la résorption de l'habitat insalubre auprès de l'ANAH
    (jusqu'à 70 % du déficit d'opération). Coût net estimé pour la commune : 140 000 euros."""),
]

DOCX_BLOCKS["p134_charte_chantier_faibles_nuisances.docx"] = [
    ("title", "Charte « chantier à faibles nuisances » de la Ville de Montfleury-sur-Loir"),
    para("""Annexée aux marchés de travaux de la ville et proposée à la signature des maîtres d'ouvrage privés
    des opérations de plus de 20 logements. Adoptée par délibération du 23 juin 2025."""),
    ("table", [
        ["Engagement", "Contenu"],
        ["Information des riverains", "lettre avant démarrage, panneau d'information, référent joignable"],
        ["Horaires", "7 h 30 – 19 h en semaine ; pas de travaux bruyants le samedi après-midi"],
        ["Bruit et vibrations", "matériel insonorisé, suivi vibratoire des avoisinants si terrassement"],
        ["Propreté", "nettoyage des roues, balayage quotidien de la voirie"],
        ["Déchets", "tri en cinq flux, taux de valorisation de 70 % minimum"],
        ["Circulation", "plan de circulation des camions validé par la police municipale"],
        ["Accessibilité", "cheminements piétons maintenus et accessibles aux fauteuils et poussettes"],
    ]),
    para("""En cas de plainte d'un riverain, le référent du chantier apporte une réponse sous 48 heures ; les
    réclamations et leur suite sont consignées dans un registre présenté à chaque réunion de chantier."""),
]

DOCX_BLOCKS["p135_fiche_poste_chef_service_ads.docx"] = [
    ("title", "Fiche de poste — chef(fe) du service des autorisations du droit des sols"),
    ("table", [
        ["Rubrique", "Contenu"],
        ["Direction", "Aménagement et urbanisme"],
        ["Cadre d'emplois", "ingénieurs ou attachés territoriaux (catégorie A)"],
        ["Encadrement", "6 agents (instructeurs, contrôleur, agent d'accueil)"],
        ["Missions", "organiser l'instruction et le contrôle ; sécuriser les décisions ; conseiller les "
         "élus ; piloter le contentieux et les infractions ; développer la dématérialisation"],
        ["Compétences", "droit de l'urbanisme et de la construction ; management ; conduite de projet"],
        ["Relations", "élus, pétitionnaires, architectes, ABF, services de l'État, parquet"],
        ["Conditions", "temps complet ; astreinte de direction ponctuelle ; commissionnement et "
         "assermentation requis"],
    ]),
]

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_web_demander_permis_construire.html"] = (
    "Demander un permis de construire — Ville de Montfleury-sur-Loir",
    """
<nav>Accueil › Cadre de vie › Urbanisme › Autorisations</nav>
<h1>Demander un permis de construire</h1>
<p>Vous souhaitez construire une maison, agrandir votre logement de plus de 20 m² (40 m² en zone urbaine),
changer la destination d'un bâtiment avec travaux sur la structure ou la façade ? Un permis de construire
est nécessaire.</p>
<h2>Avant de déposer</h2>
<ul>
<li>Consultez le <a href="/urbanisme/plu">plan local d'urbanisme</a> et le plan de prévention du risque
inondation.</li>
<li>Prenez rendez-vous avec un instructeur ou avec l'architecte-conseil du CAUE (gratuit).</li>
<li>Au-delà de 150 m² de surface de plancher, le recours à un architecte est obligatoire.</li>
</ul>
<h2>Déposer en ligne</h2>
<p>Le <a href="/guichet-numerique">guichet numérique des autorisations d'urbanisme</a> est ouvert 24 h/24.
Créez votre compte, choisissez le formulaire, joignez vos pièces au format PDF. Vous recevez
immédiatement un accusé d'enregistrement.</p>
<h2>Délais</h2>
<p>2 mois pour une maison individuelle, 3 mois dans les autres cas ; délais majorés dans les abords des
monuments historiques et pour les établissements recevant du public.</p>
<h2>Après la décision</h2>
<p>Affichez le permis sur le terrain, déclarez l'ouverture du chantier, puis l'achèvement des travaux.
Le dossier est consultable par toute personne qui en fait la demande après la décision ; ne joignez pas
de documents relatifs à votre vie privée qui ne sont pas demandés.</p>
<p><a href="/docs/guide-du-demandeur-2025.pdf">Télécharger le guide du demandeur (PDF)</a></p>
""",
)

HTML_PAGES["p137_avis_enquete_modification_plu_web.html"] = (
    "Avis d'enquête publique — modification n° 3 du PLU",
    """
<h1>Avis d'enquête publique — modification n° 3 du plan local d'urbanisme</h1>
<p>Par arrêté du 18 mars 2025, le maire de Montfleury-sur-Loir a prescrit l'ouverture d'une enquête
publique sur le projet de modification n° 3 du PLU (OAP « cœur de ville », stationnement près de la gare,
hauteurs en zone UA), du <strong>lundi 14 avril au vendredi 16 mai 2025</strong>.</p>
<p>Commissaire enquêteur : M. Bernard Lestrade, désigné par le président du tribunal administratif
d'Orléans.</p>
<p>Permanences en mairie : 14 avril (9 h – 12 h), 26 avril (9 h – 12 h), 7 mai (14 h – 17 h), 16 mai
(14 h – 17 h).</p>
<p>Dossier consultable en mairie et sur <a href="https://www.registre-numerique.fr/modif3-montfleury">le
registre dématérialisé</a>, où vous pouvez déposer vos observations. Observations par courriel :
enquete-plu@montfleury-sur-loir.fr.</p>
<p>Le rapport et les conclusions du commissaire enquêteur seront publiés sur cette page pendant un an.</p>
""",
)

HTML_PAGES["p138_actualite_arrete_mise_en_securite_tanneurs.html"] = (
    "Rue des Tanneurs : point sur la situation de l'immeuble du n° 23",
    """
<article>
<h1>Rue des Tanneurs : point sur la situation de l'immeuble du n° 23</h1>
<p class="date">Publié le 10 octobre 2025</p>
<p>Un mois après la chute d'une corniche, l'immeuble du 23 rue des Tanneurs reste interdit d'accès et
d'habitation. Les mesures d'urgence (étaiement des planchers, purge de la façade) ont été réalisées par
la ville en lieu et place du propriétaire, qui en supportera le coût.</p>
<p>Les investigations ont révélé la présence de mérule, un champignon qui dégrade les bois de charpente
et de plancher. Les travaux de traitement dureront plus d'un an. Les cinq ménages qui habitaient
l'immeuble sont hébergés et accompagnés par le CCAS ; des solutions de relogement durable sont en cours
de recherche avec les bailleurs sociaux.</p>
<p>La rue est rouverte à la circulation depuis le 22 septembre ; le trottoir reste neutralisé au droit de
l'immeuble.</p>
<p><strong>La mérule, comment la reconnaître ?</strong> Odeur de champignon, bois qui se fendille en
cubes, filaments blancs ou poussière rousse. En cas de doute, contactez le service d'hygiène : la
déclaration en mairie est obligatoire pour les occupants et les propriétaires.</p>
</article>
""",
)

HTML_PAGES["p139_faq_droit_preemption_urbain.html"] = (
    "Le droit de préemption urbain en questions",
    """
<h1>Vendre un bien à Montfleury : le droit de préemption urbain</h1>
<dl>
<dt>Qu'est-ce que le droit de préemption ?</dt>
<dd>C'est la possibilité pour la commune d'acheter en priorité un bien mis en vente, pour réaliser un
projet d'intérêt général (logement, équipement, lutte contre l'habitat insalubre, commerce).</dd>
<dt>Mon bien est-il concerné ?</dt>
<dd>Le droit de préemption s'applique dans toutes les zones urbaines et à urbaniser du PLU ; il est
« renforcé » dans le centre ancien et les faubourgs (il s'applique alors aussi aux lots de copropriété).
Votre notaire le vérifie.</dd>
<dt>Comment cela se passe-t-il ?</dt>
<dd>Le notaire adresse à la mairie une déclaration d'intention d'aliéner (DIA). La commune a deux mois
pour répondre ; son silence vaut renonciation. Elle peut acheter au prix indiqué, proposer un prix
inférieur (vous pouvez alors refuser, accepter ou laisser le juge fixer le prix) ou renoncer.</dd>
<dt>Combien de fois la commune préempte-t-elle ?</dt>
<dd>Rarement : 2 fois sur 186 déclarations en 2025, 1 fois sur 214 en 2024.</dd>
</dl>
""",
)

HTML_PAGES["p140_avis_attribution_lot_gros_oeuvre_hotel_police.html"] = (
    "Avis d'attribution — hôtel de police — lot 02",
    """
<h1>Avis d'attribution</h1>
<p><b>Acheteur :</b> Ville de Montfleury-sur-Loir, mandataire du ministère de l'Intérieur (SGAMI Ouest).</p>
<p><b>Objet :</b> construction de l'hôtel de police — lot 02 gros œuvre.</p>
<p><b>Procédure :</b> appel d'offres ouvert. <b>Offres reçues :</b> 6.</p>
<p><b>Attributaire :</b> Marteau Frères SAS, 37 Tours — <b>Montant :</b> 3 412 600,00 € HT.</p>
<p><b>Date de signature :</b> 14 octobre 2024.</p>
<p>Les pièces du marché relatives aux dispositifs de sûreté ne sont pas communicables. Recours : tribunal
administratif d'Orléans.</p>
""",
)

HTML_PAGES["p141_page_signaler_logement_indigne.html"] = (
    "Signaler un logement indigne",
    """
<h1>Signaler un logement indigne ou dangereux</h1>
<p>Humidité, moisissures, électricité dangereuse, fissures, absence de chauffage, nuisibles, plomb… Vous
êtes locataire, propriétaire, voisin ou professionnel ? Signalez la situation au service communal
d'hygiène et de santé.</p>
<ul>
<li>En ligne : plateforme nationale Histologe ;</li>
<li>par téléphone : 02 54 77 30 60 (du lundi au vendredi, 9 h – 12 h) ;</li>
<li>à l'accueil de la mairie.</li>
</ul>
<p>Un inspecteur peut visiter le logement gratuitement. Votre signalement est traité de façon
confidentielle. En cas de danger immédiat (effondrement, odeur de gaz), appelez le 18 ou le 112.</p>
<p>Vous êtes locataire : ne cessez pas de payer votre loyer de vous-même ; demandez conseil à l'ADIL.
Vous êtes propriétaire : des aides peuvent financer vos travaux (OPAH-RU).</p>
""",
)

HTML_PAGES["p142_page_permanences_architecte_conseil.html"] = (
    "Conseil gratuit d'un architecte",
    """
<h1>Un architecte vous conseille gratuitement</h1>
<p>Deux jeudis par mois, de 9 h à 12 h 30, Mme Anne-Sophie Rigal, architecte-conseil du CAUE de
Loir-et-Cher, reçoit en mairie les particuliers qui ont un projet de construction, d'extension, de
rénovation ou de ravalement.</p>
<p>Le conseil est gratuit, sur rendez-vous (45 minutes) au 02 54 77 31 00. Apportez photos, plans et
croquis. L'architecte-conseil ne dessine pas votre projet mais vous aide à le définir, à l'insérer dans son
environnement et à respecter les règles.</p>
<p>En 2024, 96 personnes ont bénéficié de ce conseil.</p>
""",
)

HTML_PAGES["p143_communique_lutte_constructions_illegales.html"] = (
    "Constructions illégales : la ville renforce les contrôles",
    """
<article>
<h1>Constructions illégales : la ville renforce les contrôles</h1>
<p class="date">Communiqué — 15 janvier 2026</p>
<p>Garages transformés en logements, extensions en zone naturelle, remblais en zone inondable : en 2025,
le service urbanisme a reçu 34 signalements de travaux irréguliers et a transmis 14 procès-verbaux
d'infraction au procureur de la République. Neuf mises en demeure ont été adressées aux propriétaires
concernés, et deux astreintes ont été liquidées.</p>
<p>« Construire sans autorisation, c'est mettre en danger les futurs occupants et pénaliser les voisins.
Nous privilégions la régularisation, mais nous irons jusqu'au bout quand c'est nécessaire », explique
Patrice Lemaréchal, adjoint à l'urbanisme.</p>
<p>Rappel : tous travaux modifiant l'aspect extérieur ou créant de la surface nécessitent une
autorisation. En cas de doute, contactez le service urbanisme avant de commencer.</p>
</article>
""",
)

HTML_PAGES["p144_compte_rendu_sommaire_conseil_municipal.html"] = (
    "Compte rendu sommaire du conseil municipal du 17 novembre 2025",
    """
<h1>Conseil municipal du 17 novembre 2025 — compte rendu sommaire</h1>
<p>Affiché le 24 novembre 2025 (article L. 2121-25 du CGCT).</p>
<ol>
<li>Procès-verbal du 20 octobre : adopté à l'unanimité.</li>
<li>Décision modificative n° 2 : adoptée (26 pour, 7 contre).</li>
<li>Désaffectation de l'ancien dépôt de la rue de la Fonderie : adoptée à l'unanimité.</li>
<li>Liaison douce des Prés-Hauts — demande de DUP : adoptée (26 pour, 6 contre, 1 abstention).</li>
<li>Garantie d'emprunt à Loir-et-Cher Habitat pour 24 logements rue des Vignerons : adoptée à
l'unanimité.</li>
<li>Subvention à l'association Accueil et Partage pour l'accueil de jour des personnes sans domicile :
adoptée (32 pour, 1 abstention).</li>
<li>Rapport annuel sur le prix et la qualité du service de l'eau : pris acte.</li>
<li>Motion relative au maintien de la maternité du centre hospitalier de Vendôme : adoptée à
l'unanimité.</li>
</ol>
""",
)

HTML_PAGES["p145_offre_emploi_inspecteur_salubrite.html"] = (
    "Offre d'emploi — inspecteur(trice) de salubrité",
    """
<h1>Inspecteur / inspectrice de salubrité (H/F)</h1>
<p>Cadre d'emplois des techniciens territoriaux — service communal d'hygiène et de santé —
temps complet.</p>
<h2>Missions</h2>
<ul>
<li>Instruire les signalements d'habitat indigne : visites, diagnostics (humidité, plomb, électricité),
rapports ;</li>
<li>préparer les arrêtés de mise en sécurité et de traitement de l'insalubrité ; suivre les travaux ;</li>
<li>participer à la mise en place du permis de louer ;</li>
<li>traiter les plaintes relatives au bruit et à l'hygiène ;</li>
<li>travailler en lien avec le CCAS, l'ARS, la CAF et les travailleurs sociaux.</li>
</ul>
<h2>Profil</h2>
<p>BTS ou DUT hygiène, sécurité, environnement ou bâtiment ; connaissance du code de la santé publique et
du CCH ; aisance relationnelle avec des publics en difficulté ; permis B. Habilitation au repérage du
plomb appréciée.</p>
<p>Candidatures avant le 31 janvier 2026 : recrutement@montfleury-sur-loir.fr.</p>
""",
)

HTML_PAGES["p146_page_travaux_voisinage_bonnes_pratiques.html"] = (
    "Travaux : bien vivre avec ses voisins",
    """
<h1>Travaux : bien vivre avec ses voisins</h1>
<p>Avant de commencer, prévenez vos voisins, surtout si le chantier est bruyant ou si l'échafaudage doit
être installé chez eux (une autorisation écrite est nécessaire : c'est le « tour d'échelle »).</p>
<p>Respectez les horaires des travaux bruyants fixés par arrêté préfectoral : en semaine 8 h 30 – 12 h et
14 h 30 – 19 h 30, le samedi 9 h – 12 h et 15 h – 19 h, le dimanche et les jours fériés 10 h – 12 h.</p>
<p>Un désaccord ? Le conciliateur de justice peut vous aider gratuitement (maison France Services).
Pour les questions d'urbanisme (hauteur, distance, autorisation), adressez-vous au service urbanisme.</p>
""",
)

HTML_PAGES["p147_page_taxe_amenagement_simulateur.html"] = (
    "Estimer sa taxe d'aménagement",
    """
<h1>Estimer sa taxe d'aménagement</h1>
<p>Le simulateur officiel est disponible sur le site du ministère chargé de l'urbanisme. Taux applicables
à Montfleury-sur-Loir en 2025 : part communale 4 % (8 % dans le secteur de la Gare), part départementale
2,2 %.</p>
<table>
<tr><th>Projet</th><th>Surface</th><th>Estimation</th></tr>
<tr><td>Abri de jardin</td><td>15 m²</td><td>exonéré</td></tr>
<tr><td>Extension de résidence principale</td><td>30 m²</td><td>865 €</td></tr>
<tr><td>Maison individuelle</td><td>120 m²</td><td>4 036 €</td></tr>
<tr><td>Piscine</td><td>32 m²</td><td>496 €</td></tr>
</table>
<p>Montants indicatifs ; seul l'avis des services fiscaux fait foi.</p>
""",
)

HTML_PAGES["p148_actualite_visite_chantier_hotel_police.html"] = (
    "Hôtel de police : le chantier à mi-parcours",
    """
<article>
<h1>Hôtel de police : le chantier à mi-parcours</h1>
<p class="date">Publié le 3 octobre 2025</p>
<p>Le préfet de Loir-et-Cher, la maire de Montfleury-sur-Loir et le directeur départemental de la sécurité
publique ont visité le 2 octobre le chantier du futur hôtel de police, rue du 8-Mai-1945. Le gros œuvre
est achevé ; le bâtiment sera hors d'eau et hors d'air en novembre.</p>
<p>D'une surface de 4 970 m², le nouvel équipement regroupera les 86 fonctionnaires de la circonscription,
aujourd'hui répartis sur deux sites vétustes. Il offrira un accueil du public plus confortable et
accessible, avec des bureaux dédiés à l'accueil des victimes. Coût : 14,2 millions d'euros HT, financés par
l'État, avec une participation de la ville de 1,5 million d'euros et la mise à disposition du terrain.</p>
<p>Livraison prévue à l'automne 2026. Pour des raisons de sécurité, aucune visite publique du chantier
n'est organisée.</p>
</article>
""",
)

HTML_PAGES["p149_guide_accessibilite_commerces.html"] = (
    "Rendre son commerce accessible",
    """
<h1>Commerçants : rendre votre établissement accessible</h1>
<p>Tout établissement recevant du public doit être accessible aux personnes handicapées, quel que soit
leur handicap (moteur, visuel, auditif, mental, psychique). Pour les petits commerces existants, les
exigences portent sur la partie du local où le service est délivré.</p>
<h2>Les solutions courantes</h2>
<ul>
<li>Entrée : rampe fixe (pente de 5 % ou plus selon la longueur), rampe amovible avec sonnette d'appel
si la configuration ne permet pas mieux ;</li>
<li>porte : largeur de passage de 83 cm minimum ; poignée facile à saisir ;</li>
<li>caisse : une partie de comptoir abaissée à 80 cm ;</li>
<li>éclairage et contrastes pour les personnes malvoyantes.</li>
</ul>
<h2>Démarches</h2>
<p>Les travaux nécessitent une autorisation de travaux (Cerfa 13824), et une déclaration préalable s'ils
modifient la façade. En cas d'impossibilité technique ou de contrainte patrimoniale, une dérogation peut
être demandée. Le registre public d'accessibilité doit être tenu à disposition de la clientèle.</p>
""",
)

HTML_PAGES["p150_open_data_registre_autorisations_delivrees.html"] = (
    "Données ouvertes — autorisations d'urbanisme délivrées — octobre 2025",
    """
<h1>Autorisations d'urbanisme délivrées — octobre 2025</h1>
<p>Jeu de données publié en application de l'article R. 423-6 du code de l'urbanisme et de la politique
d'ouverture des données de la ville. Licence ouverte Etalab 2.0.</p>
<table>
<tr><th>N°</th><th>Bénéficiaire</th><th>Adresse du terrain</th><th>Objet</th><th>Décision</th></tr>
<tr><td>DP 041 149 25 B0288</td><td>M. Pierre Lavergne</td><td>14 rue des Acacias</td>
<td>abri de jardin 12 m²</td><td>non-opposition 02/10</td></tr>
<tr><td>DP 041 149 25 B0291</td><td>SCI Marché-Loir</td><td>2 place du Marché</td>
<td>réfection de la couverture</td><td>non-opposition avec prescriptions 06/10</td></tr>
<tr><td>PC 041 149 25 B0068</td><td>M. et Mme Julien et Laura Texier</td><td>Lotissement des Noues, lot 4</td>
<td>maison individuelle 112 m²</td><td>accord 09/10</td></tr>
<tr><td>DP 041 149 25 B0297</td><td>Mme Christiane Bellanger</td><td>7 rue Gambetta</td>
<td>remplacement de menuiseries</td><td>non-opposition 14/10</td></tr>
<tr><td>PC 041 149 25 B0070</td><td>Boulangerie Grandin SARL</td><td>3 place du Marché</td>
<td>aménagement intérieur ERP</td><td>accord 21/10</td></tr>
<tr><td>DP 041 149 25 B0303</td><td>M. Ahmed Benchekroun</td><td>22 allée des Tilleuls</td>
<td>panneaux photovoltaïques</td><td>non-opposition 28/10</td></tr>
</table>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
