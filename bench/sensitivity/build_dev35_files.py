"""Build the .docx and .html documents of the hand-written sensitivity set dev35.

Theme: technical services and public works (water and sanitation, waste collection, street cleaning,
green spaces, energy and public lighting, building maintenance, fleet and garage, worksite safety
and accidents at work, on-call rosters, contractors' reports, interventions at residents' homes such
as leaks, unpaid water bills and insalubrious housing, staff of the technical services with planning,
medical fitness, sanctions and unions, residents' complaints and neighbour disputes).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev35_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev35"
FIXED = dt.datetime(2025, 11, 17, 8, 30, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_enquete_accident_grave_elagage.docx"] = [
    ("title", "Enquête après accident de service grave — chantier d'élagage du cours Gambetta"),
    para("""Ville de Bergerac-sur-Dronne — Direction des espaces verts. Rapport établi par la
    délégation d'enquête de la formation spécialisée du comité social territorial (un représentant de
    la collectivité, un représentant du personnel), assistée du conseiller de prévention du centre
    de gestion. Visite des lieux le 11 juin 2025, entretiens du 12 au 18 juin."""),
    ("h", "1. Description du chantier"),
    para("""Le chantier consistait à élaguer douze platanes d'alignement du cours Gambetta, dans le
    cadre du plan pluriannuel de gestion des arbres. L'équipe comprenait quatre agents : un chef
    d'équipe, deux grimpeurs-élagueurs titulaires du CS taille et soins des arbres, et un agent au
    sol chargé du balisage et du broyage. Une nacelle de 20 m louée avec chauffeur complétait le
    dispositif. Le périmètre de sécurité était balisé par des barrières et deux panneaux « chantier
    d'élagage » ; la circulation était alternée par feux tricolores."""),
    ("h", "2. Faits"),
    para("""Le 10 juin vers 10 h 40, alors que le grimpeur M. Thibault Lacombe coupait une charpentière
    d'environ 25 cm de diamètre depuis la nacelle, la branche, mal retenue, a pivoté en chutant et
    a heurté l'agent au sol, M. Rodrigue Mbala, qui s'était approché du pied de l'arbre pour
    dégager des branchages vers le broyeur. M. Mbala portait son casque, qui a été fendu ; il a été
    projeté au sol."""),
    para("""Les secours, appelés à 10 h 42, l'ont transporté au CHU de Bordeaux. Il souffre d'une
    fracture de la clavicule et de trois côtes, d'un traumatisme crânien avec perte de connaissance
    initiale et d'une lésion de la rate ayant nécessité une intervention chirurgicale le soir même.
    Son arrêt de travail court à ce jour jusqu'au 31 août ; une incapacité partielle n'est pas
    exclue selon le médecin du travail."""),
    ("h", "3. Causes identifiées"),
    ("table", [
        ["Catégorie", "Constat"],
        ["Organisation", "Absence de consigne écrite fixant la distance à respecter pendant les coupes "
                         "(la règle « deux fois la hauteur de chute » n'était connue qu'oralement)."],
        ["Communication", "Pas de liaison radio entre la nacelle et le sol ; bruit du broyeur en marche."],
        ["Technique", "Branche coupée sans rétention par cordage malgré son diamètre."],
        ["Charge de travail", "Retard de deux jours sur le planning ; fin de chantier exigée pour le "
                              "marché du 14 juin."],
        ["Formation", "L'agent au sol, en poste depuis trois mois, n'avait pas suivi la formation "
                      "« travaux à proximité d'un élagage »."],
    ]),
    ("h", "4. Recommandations"),
    para("""Rédaction d'un mode opératoire d'élagage avec zones d'exclusion ; dotation en casques
    équipés de radios ; arrêt obligatoire du broyeur pendant les coupes de charpentières ;
    rétention systématique au-delà de 15 cm de diamètre ; formation de tous les agents au sol
    avant toute affectation sur un chantier d'élagage ; prise en compte de la saison d'élagage dans
    la programmation des manifestations."""),
    ("h", "5. Mesures déjà prises"),
    para("""Dès le 11 juin, le directeur des espaces verts a suspendu tous les chantiers d'élagage
    en régie jusqu'à la diffusion du mode opératoire, et confié les interventions urgentes à
    l'entreprise titulaire du marché d'élagage. Une réunion de toutes les équipes a été tenue le 13
    juin pour rappeler les règles de sécurité. Les casques radio ont été commandés (livraison en
    juillet)."""),
    ("h", "6. Avis des membres de la délégation"),
    para("""Le représentant du personnel estime que la pression liée aux délais, récurrente à
    l'approche des manifestations, a joué un rôle déterminant et demande que la programmation des
    chantiers d'élagage soit arrêtée en début d'année avec le service des fêtes. Le représentant de
    la collectivité partage ce constat et propose que tout report de chantier pour raison de
    sécurité soit validé sans délai par le directeur, sans que le chef d'équipe ait à s'en
    justifier."""),
    ("h", "7. Suivi"),
    para("""Le présent rapport sera présenté à la formation spécialisée du 26 juin. Les mesures
    feront l'objet d'un point d'étape à la séance de septembre. L'accident a été déclaré à
    l'assureur statutaire ; l'imputabilité au service n'est pas contestée."""),
    para("""La délégation rappelle que M. Mbala et M. Lacombe ont été reçus par le directeur et que
    ce dernier, très éprouvé, bénéficie d'un accompagnement psychologique proposé par le centre de
    gestion."""),
]

DOCX_BLOCKS["s047_pv_cst_point_divers_agent.docx"] = [
    ("title", "Procès-verbal de la séance du comité social territorial du 23 septembre 2025"),
    para("""Communauté d'agglomération du Grand Montauban-Est (séance ordinaire). Présidence :
    Mme la vice-présidente chargée des ressources humaines. Quorum atteint pour les deux collèges."""),
    ("h", "1. Organisation du temps de travail à la déchetterie de Piquecos"),
    para("""Le projet d'ouverture le dimanche matin d'avril à octobre est présenté. Les représentants
    du personnel demandent que l'ouverture repose sur le volontariat. Avis favorable du collège
    employeur, avis défavorable du collège des représentants du personnel ; le projet sera présenté
    à nouveau."""),
    ("h", "2. Tableau des effectifs — créations et suppressions de postes"),
    para("""Création de deux postes d'agents de maîtrise à la régie des eaux ; suppression d'un poste
    d'adjoint administratif au pôle déchets. Avis favorable unanime."""),
    ("h", "2 bis. Rapport social unique 2024 — présentation synthétique"),
    para("""Le DRH présente les principales données du rapport social unique : 1 184 agents sur
    emplois permanents au 31 décembre 2024, dont 62 % en catégorie C ; âge moyen 47 ans ; 38 % de
    femmes, mais seulement 12 % dans la filière technique. Le taux d'absentéisme pour raison de
    santé atteint 8,6 %, en légère baisse. Les dépenses de formation représentent 1,4 % de la
    masse salariale. Dix-neuf agents ont bénéficié d'une promotion interne."""),
    para("""Les représentants du personnel relèvent la faible féminisation des métiers techniques et
    demandent des actions ciblées (vestiaires, tenues adaptées, communication sur les métiers). La
    vice-présidente rappelle que le plan d'action pour l'égalité professionnelle 2024-2026 prévoit
    ces mesures et qu'un premier bilan sera présenté au printemps. Avis favorable des deux
    collèges sur la présentation du rapport."""),
    ("h", "2 ter. Règlement des astreintes de la régie des eaux"),
    para("""Le projet de règlement harmonise les astreintes des trois anciennes régies fusionnées :
    une semaine sur cinq au maximum, délai d'intervention de 45 minutes, téléphone et véhicule
    fournis, indemnisation selon les barèmes réglementaires. Les représentants du personnel
    obtiennent que le repos compensateur après une intervention de nuit soit pris le jour même.
    Avis favorable unanime."""),
    ("h", "3. Questions diverses"),
    para("""Un représentant du personnel demande où en est le retour de l'agent de la station
    d'épuration de Bressols, absent depuis le mois de mai. Le DRH indique que M. Anthony Ribeiro,
    hospitalisé après sa tentative de suicide sur son lieu de travail, poursuit ses soins en clinique
    psychiatrique et qu'un temps partiel thérapeutique sera étudié avec le médecin du travail à son
    retour ; il demande à chacun la plus grande discrétion. Une enquête sur les conditions de travail
    de l'équipe de la station a été confiée à un cabinet extérieur."""),
    para("""Un représentant du personnel demande ensuite un bilan du recours aux contractuels
    saisonniers aux espaces verts. La vice-présidente indique que seize saisonniers ont été
    recrutés cet été, dont six étudiants, et que le bilan sera présenté en décembre avec les
    chiffres de l'absentéisme."""),
    para("""Un autre représentant interroge la collectivité sur l'avancement du projet de nouvelle
    déchetterie de Montbeton. La vice-présidente indique que le permis de construire a été déposé
    en juillet et que l'ouverture est envisagée à l'automne 2026 ; l'organisation du travail des
    gardiens sera présentée au comité avant l'ouverture, avec la question de l'accueil des
    professionnels et de la vidéoprotection du site."""),
    para("""Enfin, les représentants du personnel demandent que la prime de fin d'année des agents
    contractuels soit alignée sur celle des titulaires. La collectivité étudiera le coût de la
    mesure pour le budget 2026."""),
    para("""La vice-présidente remercie les représentants du personnel pour la qualité des échanges
    et rappelle que les comptes rendus des séances sont publiés sur l'intranet après approbation,
    à l'exception des informations individuelles."""),
    para("""Aucune autre question n'étant posée, la présidente remercie les participants."""),
    para("""Le point sur les tenues de travail d'hiver est reporté à la prochaine séance. La séance est
    levée à 11 h 50."""),
]

DOCX_BLOCKS["s048_rapport_insalubrite_saturnisme.docx"] = [
    ("title", "Rapport d'enquête — logement 27, rue des Teinturiers, 2e étage gauche"),
    para("""Service communal d'hygiène et de santé de Roubaix-la-Marque — rapport destiné à l'agence
    régionale de santé en vue d'une procédure de traitement de l'insalubrité (article L. 1331-22 du
    code de la santé publique). Visite du 6 mai 2025."""),
    ("h", "Occupants"),
    ("table", [
        ["Occupant", "Lien", "Observations"],
        ["Mme Fatoumata Camara", "Locataire en titre", "Bail du 01/09/2021, loyer 540 € hors charges"],
        ["M. Oumar Camara", "Conjoint", "Sans emploi depuis 2024"],
        ["Aminata, 4 ans", "Enfant", "Plombémie de 112 µg/l (dépistage PMI du 14/03/2025)"],
        ["Moussa, 18 mois", "Enfant", "Dépistage en cours"],
    ]),
    ("h", "Constats"),
    para("""Peintures anciennes écaillées dans la chambre des enfants et sur les huisseries,
    présentant au test rapide une teneur en plomb supérieure au seuil réglementaire ; humidité et
    moisissures sur le mur nord ; installation électrique dangereuse (prises arrachées, absence de
    différentiel) ; aération insuffisante de la salle d'eau. Le logement est chauffé par un poêle à
    pétrole faute de radiateur fonctionnel."""),
    para("""La famille perçoit le RSA et une aide au logement ; elle a accumulé trois mois de loyers
    de retard depuis que le propriétaire, M. Yves Desrousseaux, a cessé tout entretien. Une demande
    de logement social est déposée depuis 2022."""),
    ("h", "Conclusions"),
    para("""Insalubrité remédiable ; risque d'exposition au plomb pour des mineurs justifiant des
    mesures d'urgence : relogement temporaire à la charge du propriétaire et travaux de suppression
    de l'accessibilité au plomb. Transmission simultanée au médecin de PMI pour le suivi des
    enfants."""),
]

DOCX_BLOCKS["s049_rapport_cao_eclairage_confidentiel.docx"] = [
    ("title", "CONFIDENTIEL — Commission d'appel d'offres du 2 octobre 2025"),
    para("""Marché global de performance énergétique de l'éclairage public (8 ans). Rapport remis aux
    seuls membres de la CAO. Ce document reproduit des informations couvertes par le secret des
    affaires des candidats ; il ne doit pas être joint au dossier du conseil municipal."""),
    ("h", "1. Offres"),
    ("table", [
        ["Candidat", "Prix global (€ HT)", "Économie garantie", "Note technique /50"],
        ["Citélum Sud", "4 812 000", "72 %", "44"],
        ["Groupement SPIE / Lumière Verte", "4 530 000", "68 %", "41"],
        ["Bouygues Énergies & Services", "5 104 000", "75 %", "46"],
    ]),
    ("h", "2. Éléments détaillés communiqués sous pli confidentiel"),
    para("""Le groupement SPIE / Lumière Verte a justifié son prix par un contrat d'approvisionnement
    exclusif en lanternes auprès d'un fabricant portugais, au prix unitaire de 212 € contre 340 €
    au catalogue, et par une remise de 14 % consentie par son sous-traitant de génie civil. Il a
    précisé que son taux de marge sur ce marché serait de 3,2 %, contre 7 % en moyenne sur son
    activité éclairage."""),
    para("""Bouygues Énergies & Services a produit le détail de sa garantie de performance, adossée à
    une police d'assurance dont la prime représente 1,1 % du montant du marché, ainsi que son
    algorithme propriétaire de gestion de l'abaissement de puissance, décrit en annexe technique
    (12 pages, non reproduites ici)."""),
    ("h", "3. Proposition"),
    para("""Attribution à Bouygues Énergies & Services, offre économiquement la plus avantageuse
    (note finale 91,4 / 100)."""),
    para("CONFIDENTIEL — ne pas reproduire"),
]

DOCX_BLOCKS["s050_consignes_surete_reservoirs.docx"] = [
    ("title", "D I F F U S I O N   R E S T R E I N T E"),
    para("""Syndicat des eaux du Bas-Vivarais — Consignes de sûreté des réservoirs et des stations de
    reprise, à l'usage exclusif des agents d'exploitation. Édition de janvier 2026."""),
    ("h", "1. Inventaire des points vulnérables"),
    ("table", [
        ["Ouvrage", "Volume", "Point faible", "Mesure en place"],
        ["Réservoir de la Croix-Blanche", "2 000 m³",
         "Clôture coupée côté bois (juin 2025), réparée provisoirement", "Ronde hebdomadaire"],
        ["Réservoir du Mas-Neuf", "800 m³", "Détecteur d'ouverture de trappe hors service",
         "Remplacement commandé"],
        ["Station de reprise de Vals", "—", "Porte sans alarme reliée, cadenas simple",
         "Aucune à ce jour"],
        ["Réservoir de Labégude", "1 200 m³", "Accès libre au toit par l'échelle extérieure",
         "Crinoline cadenassée"],
    ]),
    ("h", "2. Procédure en cas d'intrusion constatée"),
    para("""Ne pas pénétrer seul dans l'ouvrage ; prévenir le cadre d'astreinte et la gendarmerie ;
    isoler le réservoir du réseau par la vanne de sortie (manœuvre de 28 tours, sens horaire) ;
    faire procéder à une analyse complète avant remise en distribution."""),
    ("h", "3. Clés et codes"),
    para("""Les clés des trappes sont regroupées dans l'armoire forte du centre d'exploitation de
    Lalevade ; le code de l'armoire est changé chaque trimestre et communiqué de vive voix."""),
    para("D I F F U S I O N   R E S T R E I N T E — ne pas verser au dossier communicable"),
]

DOCX_BLOCKS["s051_tableau_effectifs_balayage.docx"] = [
    ("title", "Propreté urbaine — affectation des équipes de balayage, saison 2026"),
    para("""Direction de la propreté, Ville de Saint-Nazaire-sur-Brivet. Document de travail pour la
    réunion des chefs d'équipe du 8 janvier 2026."""),
    ("table", [
        ["Secteur", "Chef d'équipe", "Agents", "Engins", "Remarques"],
        ["Centre-ville", "P. Guérin", "6", "1 balayeuse compacte, 1 laveuse", "Renfort marché samedi"],
        ["Gare / Océan", "L. Noblet", "5", "1 balayeuse compacte", "—"],
        ["Méan-Penhoët", "A. Kadri", "4", "1 aspirateur urbain",
         "M. Sow : pas de balayage manuel (hernie discale opérée, restriction médicale jusqu'en juin)"],
        ["Immaculée", "C. Lecomte", "4", "1 balayeuse compacte", "—"],
        ["Plages", "équipe saisonnière", "8 (juin-août)", "2 cribleuses", "Recrutement en cours"],
    ]),
    ("h", "Rappels"),
    para("""Horaires d'hiver 6 h – 13 h ; passage aux horaires d'été le 1er juin. Les demandes de
    changement de secteur sont adressées au responsable avant le 31 janvier. Les chefs d'équipe
    vérifient chaque lundi l'état des souffleurs et la dotation en sacs."""),
]

DOCX_BLOCKS["s052_cr_entretien_prealable_licenciement.docx"] = [
    ("title", "Compte rendu de l'entretien préalable — agent contractuel"),
    para("""Syndicat intercommunal de collecte et de traitement des ordures ménagères du Lauragais.
    Entretien du 14 octobre 2025, 10 h, au siège du syndicat."""),
    ("table", [
        ["Agent", "M. Kévin Dupuis, chauffeur poids lourd, CDD de 12 mois du 01/02/2025"],
        ["Employeur", "M. le Président, représenté par le directeur général des services"],
        ["Assistance de l'agent", "Aucune (l'agent n'a pas souhaité être assisté)"],
        ["Motif envisagé", "Licenciement pour insuffisance professionnelle"],
    ]),
    ("h", "Éléments exposés par l'employeur"),
    para("""Depuis sa prise de poste, M. Dupuis a causé cinq sinistres matériels avec le camion-benne
    (rétroviseurs, bac écrasé, portail d'un riverain), a oublié à plusieurs reprises des rues
    entières sur sa tournée malgré la tablette de guidage et n'a pas progressé après la formation
    complémentaire de mai. Ses chefs d'équipe le décrivent comme volontaire mais incapable
    d'anticiper les manœuvres en marche arrière. Sa période d'essai avait été prolongée."""),
    ("h", "Observations de l'agent"),
    para("""M. Dupuis reconnaît les sinistres, les attribue à l'étroitesse des rues du circuit 4 et
    demande à être affecté à la déchetterie plutôt que licencié."""),
    ("h", "Suite"),
    para("""La décision lui sera notifiée par écrit. L'employeur examinera la possibilité d'un
    reclassement sur un poste de gardien de déchetterie vacant."""),
]

DOCX_BLOCKS["s053_protocole_fin_greve_collecte.docx"] = [
    ("title", "Protocole de fin de conflit — collecte des déchets ménagers"),
    para("""Entre la Communauté de communes Terres de Lorraine-Sud, représentée par son président, et
    les représentants des agents grévistes du service de collecte, réunis le 28 mars 2025 après
    neuf jours de grève."""),
    ("h", "Article 1 — Mesures"),
    para("""Revalorisation de l'IFSE des ripeurs de 60 € brut mensuels au 1er mai ; achat de deux
    bennes à chargement latéral en 2026 ; fin de la pratique du « fini-parti » au profit d'horaires
    fixes ; prise en charge des heures de grève à hauteur de deux jours sur neuf."""),
    ("h", "Article 2 — Suivi"),
    para("""Un comité de suivi se réunira chaque trimestre jusqu'à fin 2026."""),
    ("h", "Signataires pour les agents"),
    ("table", [
        ["Nom", "Fonction", "Qualité"],
        ["M. Ludovic Schmitt", "Ripeur", "Délégué syndical CGT, porte-parole des grévistes"],
        ["Mme Sarah Becker", "Chauffeuse PL", "Adhérente CGT, membre du comité de grève"],
        ["M. Anthony Klein", "Ripeur", "Non syndiqué, élu par l'assemblée des grévistes"],
        ["M. Abdelkader Zitouni", "Chef d'équipe", "Représentant de la section SUD"],
    ]),
    para("""Liste des agents ayant participé au mouvement (annexe, 23 noms) transmise au seul service
    paie pour les retenues."""),
]

DOCX_BLOCKS["s054_rapport_mediation_voisinage.docx"] = [
    ("title", "Rapport de médiation — conflit de voisinage, lotissement Le Clos des Vignes"),
    para("""Service de médiation sociale de la Ville de Pessac-sur-Eau-Bourde, saisi par les services
    techniques après onze réclamations croisées (haie, eaux pluviales, bruit de pompe à chaleur)
    entre les occupants des n° 6 et 8 de l'allée des Sauvignons. Médiatrice : Mme Karine Dulac."""),
    ("h", "1. Rencontres individuelles"),
    para("""M. Stéphane Arnaud (n° 6) se plaint du bruit de la pompe à chaleur de ses voisins et du
    déversement de leurs eaux de toiture dans son jardin. Il explique vivre seul depuis son divorce,
    prononcé en 2024, et ne recevoir ses deux enfants qu'un week-end sur deux, « les seuls moments
    où le bruit est vraiment insupportable »."""),
    para("""M. et Mme Ferhat (n° 8) indiquent que M. Arnaud a crevé les pneus de leur voiture en
    janvier ; une plainte a été déposée à la gendarmerie et M. Arnaud a été convoqué pour une
    audition libre. Ils montrent également des messages insultants. M. Arnaud reconnaît avoir
    « perdu son sang-froid » une fois et dit attendre la décision du parquet."""),
    ("h", "2. Réunion commune du 4 juillet"),
    para("""Les parties se sont accordées sur : le déplacement de la pompe à chaleur (devis
    demandé), le raccordement de la descente d'eaux pluviales du n° 8 au réseau public (vérification
    par le service assainissement), la taille de la haie à 2 m. M. Arnaud a présenté des excuses
    orales."""),
    ("h", "2 bis. Constats techniques réalisés à la demande de la médiatrice"),
    para("""Le technicien du service assainissement s'est rendu sur place le 27 juin. La descente
    d'eaux pluviales du n° 8 se déverse sur une dalle en pente vers la limite séparative, ce qui
    provoque un ruissellement dans le jardin du n° 6 lors des fortes pluies. Le lotissement est
    équipé d'un réseau séparatif ; un regard de branchement pluvial existe en limite de propriété
    du n° 8 mais n'a jamais été raccordé. Le coût du raccordement est estimé à 900 € par une
    entreprise consultée par les propriétaires."""),
    para("""La pompe à chaleur du n° 8 est installée à 1,20 m de la clôture, face à la chambre du
    n° 6. Une mesure acoustique réalisée de nuit par le service communal d'hygiène a montré une
    émergence de 6 dB(A), supérieure à la limite réglementaire de 3 dB(A) en période nocturne. Le
    déplacement de l'appareil côté rue, ou la pose d'un écran acoustique, permettrait de revenir
    sous le seuil."""),
    para("""La haie de lauriers-palmes mesure entre 2,80 m et 3,10 m ; plantée à moins de 2 m de la
    limite, elle doit être maintenue à 2 m de hauteur en application du code civil."""),
    ("h", "2 ter. Engagements réciproques consignés"),
    ("table", [
        ["Engagement", "Par", "Échéance"],
        ["Déplacement ou capotage de la pompe à chaleur", "M. et Mme Ferhat", "30 septembre"],
        ["Raccordement de la descente d'eaux pluviales", "M. et Mme Ferhat", "31 octobre"],
        ["Taille de la haie à 2 m", "M. Arnaud", "15 novembre"],
        ["Arrêt de tout message par les réseaux sociaux", "Les deux parties", "Immédiat"],
    ]),
    ("h", "2 quater. Position du service"),
    para("""La médiatrice rappelle qu'elle n'a pas compétence pour se prononcer sur les faits
    faisant l'objet d'une procédure pénale, ni sur la situation familiale des parties, et que la
    médiation porte uniquement sur les conditions de voisinage. Elle note que les parties, très
    tendues lors des rencontres individuelles, ont pu dialoguer de manière apaisée lors de la
    réunion commune, et que chacune a reconnu une part de responsabilité dans la dégradation des
    relations depuis l'installation de la famille Ferhat en 2023. Les services techniques
    vérifieront en octobre la réalisation des engagements relevant de leur domaine."""),
    para("""Une copie du présent rapport, limitée aux engagements techniques, est adressée au service
    assainissement et au service communal d'hygiène. Le rapport complet reste au dossier du
    service de médiation."""),
    para("""Les parties ont accepté que la médiatrice reprenne contact avec elles par téléphone à
    la mi-septembre pour vérifier l'avancement des engagements, et ont été informées de la
    possibilité de saisir le conciliateur de justice si un désaccord persistait."""),
    ("h", "3. Suite"),
    para("""Point de suivi à trois mois. Les services techniques sont invités à contrôler la
    conformité du branchement des eaux pluviales."""),
]

DOCX_BLOCKS["s055_etude_hydraulique_reproduite.docx"] = [
    ("title", "Étude de modélisation hydraulique du réseau d'eaux pluviales — reproduction"),
    para("""Document diffusé en interne par le service assainissement pour préparer la réunion du
    schéma directeur. Le texte ci-dessous reproduit in extenso les chapitres 3 et 4 du rapport
    « Modélisation dynamique du bassin versant de la Mauldre » réalisé par le bureau d'études
    HydroConcept pour le compte du syndicat voisin, qui en est propriétaire ; le rapport nous a été
    prêté pour consultation et son auteur n'a pas autorisé sa diffusion. Les cartes sont
    reproduites à partir du tirage papier."""),
    ("h", "Chapitre 3 — Construction du modèle"),
    para("""3.1 Le modèle a été construit sous le logiciel InfoWorks ICM à partir des données SIG du
    syndicat (1 248 tronçons, 1 301 regards, 14 ouvrages spéciaux). Les pentes ont été corrigées à
    partir des levés topographiques de 2023. 3.2 Le découpage en 186 sous-bassins versants repose
    sur le modèle numérique de terrain au pas de 1 m ; les coefficients d'imperméabilisation ont
    été déterminés par photo-interprétation et contrôlés sur 20 parcelles tests. 3.3 La
    transformation pluie-débit utilise un modèle de réservoir linéaire dont les paramètres ont été
    calés sur trois campagnes de mesures (avril 2022, novembre 2022, juin 2023)."""),
    ("h", "Chapitre 4 — Calage et validation"),
    para("""4.1 Les hydrogrammes simulés reproduisent les débits de pointe mesurés avec un écart
    inférieur à 15 % sur 9 des 11 points de mesure. 4.2 Les volumes écoulés sont surestimés de 8 %
    en moyenne, ce que l'auteur attribue aux infiltrations dans les fossés amont. 4.3 Le modèle est
    jugé valide pour les pluies de période de retour inférieure ou égale à 30 ans."""),
    para("""4.4 Le calage a été réalisé en deux temps : d'abord sur les volumes, en ajustant les
    coefficients d'apport des sous-bassins ruraux, puis sur les débits de pointe, en ajustant les
    rugosités des collecteurs (Strickler de 60 à 75 pour les conduites béton, 40 pour les fossés).
    4.5 Les niveaux d'eau simulés dans les regards ont été comparés aux traces de mise en charge
    relevées par les agents après l'orage du 12 juin 2023 : sur les 23 regards observés, 19 sont
    correctement reproduits à 10 cm près."""),
    para("""4.6 Les limites du modèle tiennent à la connaissance imparfaite des branchements
    d'eaux pluviales privés (estimés à partir d'un échantillon), à l'absence de mesure sur le
    bassin de rétention des Closeaux et à l'évolution de l'occupation des sols depuis les
    photographies aériennes de 2021. L'auteur recommande une campagne de mesure complémentaire
    avant toute décision de dimensionnement sur le secteur des Closeaux."""),
    ("h", "Chapitre 5 — Diagnostic de fonctionnement (extrait reproduit)"),
    para("""5.1 Pour une pluie de période de retour 10 ans, le modèle montre des débordements sur
    sept secteurs, dont trois en zone urbaine dense : rue de la Gare, place du Marché et
    lotissement des Tilleuls. 5.2 Le collecteur de la rue de la Gare (diamètre 600 mm) est
    insuffisant dès la pluie de période de retour 2 ans ; sa capacité devrait être doublée, ou un
    bassin de stockage de 1 800 m³ créé en amont. 5.3 Le déversoir d'orage n° 4 fonctionne pour
    des pluies mensuelles, ce qui traduit des apports parasites d'eaux usées dans le réseau
    pluvial."""),
    para("""5.4 Le bassin de rétention des Prés, d'un volume utile de 4 500 m³, ne se remplit qu'à
    30 % pour la pluie décennale, son ouvrage d'entrée étant sous-dimensionné ; un simple
    élargissement de la surverse amont permettrait d'écrêter de 20 % le débit de pointe en aval.
    5.5 Les fossés du secteur rural nord jouent un rôle important de stockage ; leur busage,
    envisagé par certaines communes, aggraverait les débordements en aval et doit être évité."""),
    para("""5.6 Les résultats détaillés par tronçon figurent dans les annexes 3 à 7 du rapport, non
    reproduites ici, ainsi que les fiches de chacun des 14 ouvrages spéciaux modélisés."""),
    para("""5.7 Les conclusions du présent chapitre sont valables pour l'état des réseaux décrit au
    31 décembre 2023."""),
    ("table", [
        ["Point de mesure", "Débit mesuré (m³/s)", "Débit simulé (m³/s)", "Écart"],
        ["PM1 — Pont de la gare", "2,41", "2,62", "+8,7 %"],
        ["PM4 — Collecteur des Prés", "1,12", "1,05", "−6,3 %"],
        ["PM7 — Exutoire Mauldre", "5,80", "6,51", "+12,2 %"],
    ]),
]

DOCX_BLOCKS["s056_note_rh_renouvellement_titre.docx"] = [
    ("title", "Note au directeur des services techniques — situation administrative d'un agent"),
    para("""Direction des ressources humaines, pôle carrières et contrats. Le 2 décembre 2025."""),
    ("h", "Objet"),
    para("""Renouvellement du contrat de M. Mamadou Bah, agent d'entretien des bâtiments (CDD
    jusqu'au 31 décembre 2025)."""),
    ("h", "Situation"),
    para("""Vous avez demandé le renouvellement du contrat de M. Bah pour un an. Son titre de séjour
    « salarié » expire le 20 décembre. Il a déposé sa demande de renouvellement en ligne le 3
    octobre mais n'a reçu ni récépissé ni attestation de prolongation d'instruction. Sans ce
    document, nous ne pouvons pas légalement prolonger son engagement au 1er janvier."""),
    para("""Par ailleurs, la préfecture nous a adressé le 25 novembre une demande d'authentification
    de son contrat de travail et de ses bulletins de paie, dans le cadre de l'examen de son
    dossier ; nous y avons répondu le 27."""),
    ("h", "Proposition"),
    para("""Préparer le renouvellement et le signer dès réception du récépissé ; à défaut au 31
    décembre, l'agent devra être placé hors des effectifs sans rémunération jusqu'à régularisation.
    Je vous propose de le recevoir avec moi pour l'en informer."""),
]

DOCX_BLOCKS["s057_fiche_visite_compteur_signalement.docx"] = [
    ("title", "Fiche de relève et d'intervention — campagne de remplacement des compteurs 2025"),
    ("table", [
        ["Abonné", "M. et Mme Leroux, 3 impasse du Lavoir"],
        ["Compteur déposé", "n° 09-448712, index 2 741 m³"],
        ["Compteur posé", "n° 25-013390, index 0"],
        ["Date / agent", "15/09/2025 — D. Fontaine"],
        ["Accès", "Sous-sol, clé remise par l'occupant"],
    ]),
    ("h", "Observations de l'agent"),
    para("""Remplacement sans difficulté technique. Robinet avant compteur grippé, à changer lors
    d'une prochaine campagne."""),
    para("""Autre point, transmis au responsable : une adolescente d'environ 14 ans, présentée par le
    père comme sa fille Chloé, m'a glissé en aparté qu'elle n'allait plus au collège depuis la
    rentrée parce que son père « ne veut plus » et qu'elle avait peur de lui. Elle avait une
    trace de coup sur la pommette. Le responsable a transmis l'information à la cellule
    départementale de recueil des informations préoccupantes le jour même (réf. CRIP 25-1187)."""),
    ("h", "Suite technique"),
    para("""Aucune. Facture de clôture de l'ancien compteur éditée automatiquement."""),
]

DOCX_BLOCKS["s058_planning_conges_automne_batiment.docx"] = [
    ("title", "Atelier bâtiment — planning des congés et absences, septembre-octobre 2025"),
    para("""Régie des bâtiments communaux, Ville de Villeurbanne-Nord. Validé par le responsable
    d'atelier le 28 août 2025."""),
    ("table", [
        ["Agent", "Métier", "Absences", "Motif"],
        ["R. Bonnet", "Plombier", "8–12 sept.", "Congés annuels"],
        ["D. Cohen", "Électricien", "23 sept. et 2 oct.",
         "ASA fêtes religieuses (Roch Hachana, Yom Kippour)"],
        ["M. Petrovic", "Menuisier", "29 sept.–3 oct.", "Formation CACES nacelle"],
        ["J. Marie", "Peintre", "20–31 oct.", "Congés annuels (vacances scolaires)"],
        ["S. Oukili", "Agent polyvalent", "—", "—"],
    ]),
    ("h", "Continuité"),
    para("""Astreinte bâtiment assurée par R. Bonnet en semaine 39 et par S. Oukili en semaine 41.
    Les interventions électriques urgentes du 2 octobre seront confiées à l'entreprise titulaire
    du marché de maintenance."""),
]

DOCX_BLOCKS["s059_rapport_publications_reseaux_sociaux.docx"] = [
    ("title", "Rapport — publications d'un agent sur les réseaux sociaux"),
    para("""Direction générale des services, Ville de Sablé-sur-Vègre. Établi le 19 février 2026 par
    la directrice des services techniques à l'attention de Monsieur le Maire."""),
    ("h", "1. Faits"),
    para("""Plusieurs habitants ont signalé à l'accueil des publications du compte Facebook public de
    M. Grégory Lemercier, technicien voirie, qui se présente comme « agent municipal » sur son
    profil. Entre décembre et février, M. Lemercier y a publié une vingtaine de messages de soutien
    au mouvement souverainiste auquel il adhère, des appels à voter pour sa liste aux prochaines
    municipales dans une commune voisine et des commentaires hostiles aux élus de la majorité,
    dont un montage photographique représentant le maire en uniforme de gardien de prison."""),
    ("h", "2. Analyse"),
    para("""Si l'agent est libre de ses opinions et de son engagement politique en dehors du service,
    l'obligation de réserve lui interdit de s'exprimer de manière outrancière envers son autorité
    hiérarchique en se prévalant de sa qualité d'agent. Le montage excède manifestement les limites
    admises."""),
    ("h", "3. Propositions"),
    para("""Entretien de recadrage avec rappel écrit de l'obligation de réserve ; demande de retrait de
    la mention « agent municipal » et du montage ; en cas de récidive, engagement d'une procédure
    disciplinaire."""),
]

DOCX_BLOCKS["s060_bilan_controle_acces_biometrique.docx"] = [
    ("title", "Bilan à six mois — contrôle d'accès par reconnaissance de la main au dépôt de carburant"),
    para("""Centre technique intercommunal du Val de Saône. Document présenté au délégué à la
    protection des données le 10 septembre 2025."""),
    ("h", "1. Fonctionnement"),
    para("""Le lecteur de contour de la main installé en mars 2025 autorise l'ouverture de la pompe à
    carburant aux seuls agents enrôlés. Le gabarit est enregistré sur une carte individuelle
    conservée par l'agent ; aucune base centrale n'est constituée."""),
    ("h", "2. Incidents"),
    ("table", [
        ["Date", "Agent", "Incident", "Suite"],
        ["02/04", "M. Jean-Pierre Vidal", "Rejets répétés (arthrose déformante de la main droite)",
         "Ré-enrôlement sur la main gauche"],
        ["17/05", "Mme Océane Perrin", "Carte perdue", "Nouvel enrôlement le 19/05"],
        ["03/07", "M. Théo Garnier", "Échec d'identification après amputation partielle de l'index",
         "Dérogation : badge avec code"],
    ]),
    ("h", "3. Observations du DPO"),
    para("""Le dispositif reste proportionné ; il convient toutefois de proposer une alternative
    non biométrique à tout agent qui le demande et de supprimer les gabarits des agents ayant
    quitté le service."""),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_cctp_balayage_mecanise.docx"] = [
    ("title", "Cahier des clauses techniques particulières — balayage mécanisé des voies"),
    para("""Ville de Rezé-sur-Sèvre — accord-cadre à bons de commande 2026-2029."""),
    ("h", "Article 1 — Objet"),
    para("""Le présent marché a pour objet le balayage mécanisé des chaussées, caniveaux et trottoirs
    des voies communales, ainsi que le lavage des places et parvis, selon les fréquences définies à
    l'annexe 1."""),
    ("h", "Article 2 — Fréquences"),
    ("table", [
        ["Zone", "Balayage chaussée", "Trottoirs", "Lavage"],
        ["Hypercentre", "Quotidien (6 j/7)", "Quotidien", "Hebdomadaire"],
        ["Centre élargi", "3 fois par semaine", "2 fois par semaine", "Mensuel"],
        ["Quartiers résidentiels", "Hebdomadaire", "Bimensuel", "—"],
        ["Zones d'activités", "Bimensuel", "Mensuel", "—"],
    ]),
    ("h", "Article 3 — Matériel"),
    para("""Le titulaire emploie des balayeuses compactes de 2 à 4 m³ à motorisation électrique ou
    GNV pour l'hypercentre, équipées d'un système de récupération des eaux et d'un niveau sonore
    inférieur à 85 dB(A). Les souffleurs thermiques sont interdits avant 8 h."""),
    ("h", "Article 4 — Contrôle"),
    para("""Les véhicules sont équipés d'un système de géolocalisation dont les données sont
    accessibles au service de la propreté. Un contrôle contradictoire de la qualité est réalisé
    chaque mois sur dix tronçons tirés au sort ; les non-conformités donnent lieu aux pénalités
    de l'article 14 du CCAP."""),
    ("h", "Article 5 — Déchets"),
    para("""Les produits de balayage sont déposés au centre de tri de la Jaguère ; le titulaire
    transmet mensuellement les bordereaux de pesée."""),
]

DOCX_BLOCKS["p122_rapport_annuel_dechets_2024.docx"] = [
    ("title", "Rapport annuel sur le prix et la qualité du service public de gestion des déchets 2024"),
    para("""Syndicat mixte de collecte et de valorisation des déchets du Pays d'Auge-Sud —
    98 communes, 74 300 habitants."""),
    ("h", "1. Tonnages collectés"),
    ("table", [
        ["Flux", "Tonnes 2024", "kg/hab/an", "Évolution"],
        ["Ordures ménagères résiduelles", "13 820", "186", "−4,1 %"],
        ["Emballages et papiers", "4 460", "60", "+2,3 %"],
        ["Verre", "3 120", "42", "+0,8 %"],
        ["Biodéchets (collecte séparée)", "1 010", "14", "+38 %"],
        ["Déchetteries (tous flux)", "21 540", "290", "−1,2 %"],
    ]),
    ("h", "2. Coût du service"),
    para("""Le coût complet s'élève à 12,9 M€, soit 174 € par habitant. Il est financé à 81 % par la
    taxe d'enlèvement des ordures ménagères, à 12 % par les soutiens des éco-organismes et la vente
    de matériaux, et à 7 % par la redevance spéciale."""),
    ("h", "3. Faits marquants"),
    para("""Généralisation du tri à la source des biodéchets (composteurs individuels et partagés,
    bornes d'apport dans les bourgs) ; ouverture de la ressourcerie de Lisieux-Est ; incendie d'un
    camion-benne sans blessé en juillet ; grève de trois jours du prestataire de collecte en
    octobre."""),
    ("h", "4. Perspectives"),
    para("""Étude de la tarification incitative ; rénovation de la déchetterie de Livarot ; nouveau
    marché de collecte au 1er janvier 2027."""),
]

DOCX_BLOCKS["p123_plan_pluriannuel_formation.docx"] = [
    ("title", "Plan de formation pluriannuel des services techniques 2025-2027"),
    para("""Ce plan, présenté au comité social territorial, décline les orientations de la
    collectivité en matière de développement des compétences des 230 agents des services
    techniques."""),
    ("h", "Axe 1 — Santé et sécurité au travail"),
    para("""Formations obligatoires et recyclages (habilitations électriques, CACES, AIPR, SST,
    travail en hauteur, espaces confinés) ; prévention des troubles musculo-squelettiques ;
    gestion des situations conflictuelles avec les usagers."""),
    ("h", "Axe 2 — Transition écologique"),
    para("""Gestion différenciée et écologique des espaces verts, maintenance des véhicules
    électriques, sobriété énergétique des bâtiments, réemploi des matériaux de chantier."""),
    ("h", "Axe 3 — Encadrement"),
    para("""Parcours de l'encadrant de proximité (quatre modules), conduite de l'entretien
    professionnel, animation d'équipe et gestion des plannings."""),
    ("h", "Axe 4 — Savoirs de base et numérique"),
    para("""Ateliers de remise à niveau en lecture, écriture et calcul proposés sur la base du
    volontariat ; prise en main des tablettes de terrain et de la gestion de maintenance assistée
    par ordinateur."""),
    ("table", [
        ["Indicateur", "2024", "Cible 2027"],
        ["Jours de formation par agent", "2,1", "3,0"],
        ["Agents n'ayant suivi aucune formation depuis 3 ans", "18 %", "5 %"],
        ["Recyclages obligatoires à jour", "87 %", "100 %"],
    ]),
]

DOCX_BLOCKS["p124_schema_directeur_eau_synthese.docx"] = [
    ("title", "Schéma directeur d'alimentation en eau potable — note de synthèse"),
    para("""Syndicat intercommunal des eaux du Haut-Allier. Phase 3 : programme de travaux. Document
    présenté au comité syndical du 20 mai 2025."""),
    ("h", "Diagnostic"),
    para("""Le réseau de 610 km présente un rendement de 71 %, en deçà de l'objectif réglementaire de
    la zone (75 %). Les pertes se concentrent sur les conduites en fonte grise antérieures à 1960
    et sur les branchements en plomb résiduels (environ 340). Deux ressources sur sept sont
    vulnérables aux nitrates et la ressource de Langeac a connu des étiages sévères en 2022 et
    2023."""),
    ("h", "Programme retenu (scénario 2)"),
    ("table", [
        ["Action", "Coût (M€ HT)", "Échéance"],
        ["Sectorisation et recherche active de fuites", "0,9", "2026"],
        ["Renouvellement de 42 km de conduites", "11,3", "2026-2035"],
        ["Suppression des branchements en plomb", "1,2", "2027"],
        ["Interconnexion avec le syndicat voisin", "3,4", "2028"],
        ["Usine de traitement des nitrates de Saugues", "4,8", "2030"],
    ]),
    ("h", "Incidence sur le prix de l'eau"),
    para("""Le programme nécessite une augmentation progressive de la part syndicale de 0,28 € HT
    par m³ d'ici 2030, atténuée par les aides de l'agence de l'eau estimées à 35 %."""),
]

DOCX_BLOCKS["p125_cr_comite_suivi_delegation.docx"] = [
    ("title", "Comité de suivi du contrat de délégation du service d'assainissement"),
    para("""Réunion du 15 avril 2025 entre la commune de Lannion-sur-Léguer et son délégataire
    (société Armor Assainissement, filiale d'un groupe national)."""),
    ("h", "1. Rapport annuel du délégataire 2024"),
    para("""Le délégataire présente les indicateurs : conformité de la station d'épuration en
    performance, 4 débordements du réseau par temps de pluie (contre 9 en 2023), 312 curages
    préventifs, 14 km inspectés par caméra. Le compte d'exploitation affiche un résultat positif
    de 186 000 €, que la commune juge élevé au regard des investissements réalisés."""),
    ("h", "2. Investissements contractuels"),
    para("""Le renouvellement des pompes du poste de relevage du port a pris six mois de retard ;
    le délégataire invoque les délais du fournisseur. La commune rappelle les pénalités
    contractuelles."""),
    ("h", "3. Fin de contrat"),
    para("""Le contrat s'achève le 31 décembre 2027. La commune a lancé une étude comparative entre
    une nouvelle délégation et un retour en régie ; le délégataire remettra l'inventaire des biens
    et les données patrimoniales d'ici septembre."""),
]

DOCX_BLOCKS["p126_reglement_astreintes.docx"] = [
    ("title", "Règlement des astreintes et permanences des services techniques"),
    para("""Délibération du conseil municipal du 26 juin 2025, après avis du comité social
    territorial."""),
    ("h", "Article 1 — Services concernés"),
    para("""Astreinte d'exploitation : voirie et viabilité hivernale, bâtiments, éclairage public,
    eau potable et assainissement. Astreinte de décision : cadres des services techniques."""),
    ("h", "Article 2 — Organisation"),
    para("""Les astreintes sont organisées par semaine complète, du vendredi 16 h au vendredi
    suivant 16 h. Chaque agent ne peut être d'astreinte plus d'une semaine sur quatre, sauf accord
    de sa part. Le planning est établi trimestriellement et diffusé au moins un mois à l'avance.
    Les échanges entre agents sont possibles avec l'accord du responsable."""),
    ("h", "Article 3 — Moyens"),
    para("""L'agent d'astreinte dispose d'un téléphone, d'un véhicule de service qu'il peut remiser
    à son domicile et du classeur d'astreinte. Il doit pouvoir intervenir sur site dans un délai
    de 30 minutes."""),
    ("h", "Article 4 — Indemnisation"),
    ("table", [
        ["Période", "Indemnité d'astreinte (filière technique)"],
        ["Semaine complète", "159,20 €"],
        ["Week-end (vendredi soir au lundi matin)", "116,20 €"],
        ["Nuit de semaine", "10,75 € (8,60 € si fractionnée)"],
        ["Dimanche ou jour férié", "46,55 €"],
    ]),
    para("""Les interventions sont rémunérées ou récupérées selon les textes en vigueur, majorées
    pour le travail de nuit, du dimanche et des jours fériés."""),
    ("h", "Article 4 bis — Temps d'intervention"),
    para("""Le temps d'intervention comprend le déplacement aller et retour depuis le domicile de
    l'agent. Il est déclaré sur la fiche d'intervention avec l'heure d'appel, l'heure d'arrivée sur
    site, la nature de l'intervention et l'heure de retour. Les interventions réalisées à distance
    (supervision, conseil téléphonique) sont comptées pour leur durée réelle, avec un minimum de
    quinze minutes."""),
    ("h", "Article 4 ter — Repos de sécurité"),
    para("""Après une intervention ayant conduit l'agent à travailler au-delà de minuit, celui-ci
    bénéficie d'un repos de onze heures consécutives avant la reprise du service. Le cadre
    d'astreinte organise son remplacement. Aucune intervention ne peut conduire à dépasser
    quarante-huit heures de travail effectif au cours d'une même semaine."""),
    ("h", "Article 4 quater — Astreinte de décision"),
    para("""Les cadres d'astreinte de décision sont joignables en permanence ; ils n'interviennent
    sur site qu'en cas de nécessité (événement majeur, coordination avec les services de secours,
    décision de fermeture d'un équipement). Ils informent l'élu de permanence de tout événement
    susceptible d'avoir un retentissement public. Leur astreinte est indemnisée selon le barème
    applicable aux astreintes de décision."""),
    ("h", "Article 4 quinquies — Outils"),
    para("""Le classeur d'astreinte contient les procédures par type d'incident, l'annuaire des
    entreprises titulaires des marchés d'urgence (serrurerie, vitrerie, électricité, débouchage),
    les plans des réseaux et la liste des équipements sensibles. Il est mis à jour par le
    responsable de chaque service au 1er janvier et au 1er juillet. Les codes d'accès aux
    bâtiments n'y figurent pas : ils sont disponibles sur la page d'accès restreint de
    l'intranet."""),
    ("h", "Article 4 sexies — Volontariat et équité"),
    para("""Le tour d'astreinte est réparti équitablement entre les agents des services concernés
    titulaires des habilitations nécessaires. Les agents volontaires pour effectuer des
    astreintes supplémentaires peuvent s'inscrire sur une liste complémentaire. Les agents à temps
    partiel participent au tour au prorata de leur quotité, sauf accord contraire."""),
    ("h", "Article 4 septies — Évaluation"),
    para("""Le fonctionnement des astreintes fait l'objet d'un bilan annuel présenté au comité
    social territorial : nombre d'appels et d'interventions par service, délais d'arrivée sur site,
    heures indemnisées et récupérées, difficultés rencontrées. Le règlement peut être révisé à la
    demande de l'autorité territoriale ou des représentants du personnel."""),
    ("h", "Article 5 — Santé"),
    para("""Un agent ne peut être inscrit au planning d'astreinte lorsque le médecin du travail a émis
    une restriction incompatible ; le service des ressources humaines en informe le responsable
    sans préciser le motif médical."""),
]

DOCX_BLOCKS["p127_bulletin_qualite_eau_contamination.docx"] = [
    ("title", "Information aux abonnés — contamination bactériologique du réseau du hameau des Granges"),
    para("""Régie des eaux de Saint-Flour-Margeride. Communiqué du 12 août 2025, 17 h."""),
    ("h", "Que se passe-t-il ?"),
    para("""Les analyses réalisées le 11 août par le laboratoire agréé pour le compte de l'agence
    régionale de santé ont mis en évidence la présence de bactéries Escherichia coli et
    d'entérocoques dans l'eau distribuée au hameau des Granges (42 abonnés). La contamination
    est probablement liée à l'entrée d'eaux de ruissellement dans le réservoir après l'orage du
    9 août."""),
    ("h", "Consignes"),
    para("""Jusqu'à nouvel ordre, l'eau du robinet ne doit pas être consommée, ni pour la boisson, ni
    pour la préparation des aliments, ni pour le brossage des dents. Elle peut être utilisée pour
    la toilette (sauf pour les nourrissons) et les usages domestiques. Des bouteilles d'eau sont
    distribuées à la salle communale du hameau de 9 h à 12 h et de 17 h à 19 h."""),
    para("""Si vous présentez des troubles digestifs (diarrhées, vomissements, fièvre), consultez
    votre médecin en lui signalant ce communiqué."""),
    ("h", "Actions en cours"),
    para("""Vidange et désinfection du réservoir, chloration renforcée, purges du réseau. Levée des
    restrictions après deux analyses conformes consécutives."""),
]

DOCX_BLOCKS["p128_politique_handicap_services_techniques.docx"] = [
    ("title", "Politique d'emploi des personnes en situation de handicap — services techniques"),
    para("""Feuille de route 2025-2027 adoptée par le comité de direction et présentée au comité
    social territorial."""),
    ("h", "Constat"),
    para("""Le taux d'emploi direct de travailleurs handicapés de la collectivité s'établit à 7,4 %
    en 2024, au-dessus de l'obligation légale de 6 %. Les services techniques concentrent 61 % des
    agents reconnus travailleurs handicapés, souvent du fait d'une usure professionnelle liée aux
    métiers physiques (collecte, voirie, espaces verts). Les reclassements pour inaptitude y sont
    trois fois plus fréquents que dans les autres directions."""),
    ("h", "Engagements"),
    ("table", [
        ["Engagement", "Action", "Indicateur"],
        ["Prévenir l'usure", "Aide à la manutention, rotation des tâches pénibles", "Nombre d'inaptitudes"],
        ["Maintenir dans l'emploi", "Cellule pluridisciplinaire de maintien dans l'emploi", "Délai moyen"],
        ["Recruter", "Postes ouverts aux bénéficiaires de l'obligation d'emploi, apprentissage",
         "Recrutements annuels"],
        ["Sensibiliser", "Formation des encadrants au handicap invisible", "Encadrants formés"],
    ]),
    ("h", "Financement"),
    para("""Convention triennale avec le FIPHFP : 186 000 € pour les aménagements de postes, les
    formations de reconversion et les études ergonomiques."""),
]

DOCX_BLOCKS["p129_deliberation_creation_poste_technicien.docx"] = [
    ("title", "Délibération n° 2025-64 — création d'un poste de technicien territorial"),
    para("""Conseil municipal de Saint-Herblain-les-Prés, séance du 3 juillet 2025. Rapporteur :
    M. Hervé Le Gall, adjoint aux ressources humaines."""),
    para("""Vu le code général de la fonction publique ; vu le tableau des effectifs ; considérant
    la nécessité de renforcer le pilotage du patrimoine bâti (62 bâtiments, 78 000 m²) dans le cadre
    du décret tertiaire imposant une réduction des consommations énergétiques de 40 % d'ici 2030 ;"""),
    para("""Le conseil municipal décide de créer, à compter du 1er septembre 2025, un emploi permanent
    de technicien territorial à temps complet, chargé du suivi énergétique des bâtiments. L'emploi
    pourra être pourvu par un agent contractuel sur le fondement de l'article L. 332-8 du code
    général de la fonction publique, en cas de recherche infructueuse de candidat titulaire."""),
    para("""Adopté à l'unanimité des 33 votants."""),
]

DOCX_BLOCKS["p130_etude_accidentologie_collecte.docx"] = [
    ("title", "Étude d'accidentologie — métiers de la collecte des déchets (2019-2024)"),
    para("""Document de synthèse du conseiller de prévention du centre de gestion, à partir des
    déclarations d'accidents de 37 collectivités adhérentes. Données anonymisées et agrégées."""),
    ("h", "Résultats"),
    ("table", [
        ["Indicateur", "Collecte", "Ensemble des services techniques"],
        ["Taux de fréquence moyen", "118", "52"],
        ["Taux de gravité moyen", "5,4", "2,6"],
        ["Part des lombalgies", "38 %", "24 %"],
        ["Part des chutes depuis le marchepied", "17 %", "—"],
        ["Accidents mortels sur la période", "1 (écrasement lors d'une marche arrière, 2021)", "1"],
    ]),
    ("h", "Enseignements"),
    para("""Le passage à la collecte latérale ou à la collecte en points d'apport volontaire réduit
    de plus de moitié la fréquence des accidents. Les marches arrière restent la première cause
    d'accidents graves pour les tiers comme pour les agents ; leur suppression des circuits,
    recommandée par la R437, n'est réalisée que dans 40 % des collectivités."""),
    ("h", "Recommandations"),
    para("""Révision des circuits pour supprimer les marches arrière ; caméras de recul et
    détecteurs de présence ; limitation du fini-parti ; formation annuelle des équipages."""),
]

DOCX_BLOCKS["p131_guide_procedure_habitat_indigne.docx"] = [
    ("title", "Guide interne — traitement des signalements d'habitat indigne"),
    para("""Service communal d'hygiène et de santé. Version 3, mars 2025. Ce guide décrit la
    procédure ; il ne contient aucun cas individuel."""),
    ("h", "1. Réception du signalement"),
    para("""Tout signalement (occupant, voisin, travailleur social, agent des services techniques
    intervenu sur une fuite) est enregistré dans le logiciel de suivi et fait l'objet d'un accusé
    de réception sous huit jours. Les agents intervenant à domicile pour d'autres motifs sont
    invités à signaler toute situation préoccupante à leur responsable, sans porter de jugement
    sur les occupants."""),
    ("h", "2. Visite"),
    para("""La visite est réalisée par un inspecteur de salubrité, si possible avec l'accord de
    l'occupant. La grille d'évaluation de l'insalubrité porte sur le bâti, l'humidité,
    l'éclairement, les installations électriques et de chauffage, le risque plomb et la
    suroccupation."""),
    ("h", "3. Suites"),
    ("table", [
        ["Situation", "Procédure", "Autorité"],
        ["Manquement au règlement sanitaire départemental", "Mise en demeure", "Maire"],
        ["Insalubrité", "Arrêté de traitement de l'insalubrité", "Préfet (ARS)"],
        ["Danger imminent pour la sécurité", "Arrêté de mise en sécurité", "Maire"],
        ["Exposition au plomb d'un mineur", "Mesures d'urgence, diagnostic", "Préfet (ARS)"],
    ]),
    ("h", "3 bis. Délais indicatifs"),
    ("table", [
        ["Étape", "Délai cible"],
        ["Accusé de réception du signalement", "8 jours"],
        ["Première visite (situation sans danger immédiat)", "1 mois"],
        ["Première visite (suspicion de danger, enfant exposé au plomb)", "8 jours"],
        ["Rapport de visite", "15 jours après la visite"],
        ["Courrier au propriétaire (manquement au RSD)", "1 mois après la visite"],
    ]),
    ("h", "3 ter. Coordination"),
    para("""Le service participe au pôle départemental de lutte contre l'habitat indigne, qui réunit
    l'ARS, la DDT, la CAF, le Département, l'ADIL et les opérateurs de l'amélioration de l'habitat.
    Les situations complexes (occupant en grande précarité, propriétaire défaillant, copropriété en
    difficulté) y sont présentées sous forme anonymisée pour convenir d'un plan d'action. La CAF
    peut conserver l'allocation logement tant que le propriétaire n'a pas réalisé les travaux."""),
    ("h", "3 quater. Interventions des autres services techniques"),
    para("""Les agents de la régie des eaux, de l'éclairage ou de la voirie qui interviennent dans un
    immeuble peuvent constater des désordres apparents : fuites importantes, absence de garde-corps,
    installations électriques dangereuses dans les parties communes, présence de rongeurs. Ils
    remplissent la fiche de constat simplifiée disponible sur l'intranet et la transmettent à leur
    responsable, qui la relaie au service. Ils ne sont pas habilités à entrer dans un logement pour
    ce seul motif, ni à interroger les occupants sur leur situation personnelle."""),
    ("h", "3 quinquies. Travaux d'office"),
    para("""Lorsque le propriétaire ne réalise pas les mesures prescrites, l'autorité compétente peut
    les faire exécuter d'office à ses frais. Les services techniques de la commune peuvent alors
    être mobilisés pour des mesures simples (condamnation d'accès, mise en sécurité électrique par
    une entreprise titulaire). Le coût est recouvré auprès du propriétaire par titre de recette,
    avec inscription d'une hypothèque légale le cas échéant."""),
    ("h", "3 sexies. Archivage et confidentialité"),
    para("""Les dossiers de signalement contiennent des informations sur la situation des occupants ;
    ils sont conservés dans le logiciel de suivi, accessible aux seuls agents du service, et ne
    sont communiqués qu'aux autorités et partenaires compétents. Les rapports de visite destinés au
    propriétaire ne mentionnent que les désordres du logement. La durée de conservation est de dix
    ans après la clôture du dossier, conformément au référentiel d'archivage."""),
    para("""Les agents du service suivent chaque année une journée de formation sur le repérage des
    situations de vulnérabilité et l'orientation vers les partenaires sociaux, assurée par le CCAS
    et l'ADIL."""),
    para("""Le présent guide est mis à jour à chaque évolution de la réglementation, et au moins
    tous les trois ans, par le responsable du service."""),
    ("h", "4. Accompagnement des occupants"),
    para("""Le service informe les occupants de leurs droits (suspension du loyer, relogement à la
    charge du propriétaire) et les oriente vers l'ADIL et le CCAS."""),
]

DOCX_BLOCKS["p132_programme_renovation_batiments.docx"] = [
    ("title", "Programme pluriannuel de rénovation énergétique des bâtiments communaux 2026-2031"),
    para("""Direction du patrimoine bâti. Document présenté à la commission des travaux."""),
    ("table", [
        ["Bâtiment", "Surface", "Consommation (kWh/m²/an)", "Travaux", "Coût (k€ HT)", "Année"],
        ["Groupe scolaire Jean-Moulin", "3 400 m²", "182", "Isolation, VMC double flux", "1 850", "2026"],
        ["Gymnase du Bois-Joli", "2 100 m²", "210", "Toiture, pompe à chaleur", "1 420", "2027"],
        ["Hôtel de ville", "1 800 m²", "155", "Menuiseries, GTB", "680", "2028"],
        ["Médiathèque", "1 200 m²", "140", "Photovoltaïque en autoconsommation", "310", "2028"],
        ["Centre technique municipal", "2 600 m²", "230", "Bardage isolant, LED", "940", "2029"],
    ]),
    para("""Objectif : −42 % de consommation d'énergie finale en 2031 par rapport à 2019.
    Financements sollicités : fonds vert, dotation de soutien à l'investissement local, certificats
    d'économies d'énergie."""),
]

DOCX_BLOCKS["p133_bilan_consommations_energie.docx"] = [
    ("title", "Bilan énergétique du patrimoine communal — année 2024"),
    para("""Conseiller en énergie partagé du syndicat départemental d'énergie, pour la commune de
    Chalonnes-les-Varennes (6 200 habitants)."""),
    ("table", [
        ["Poste", "MWh", "Dépense (€ TTC)", "Évolution des consommations"],
        ["Bâtiments — électricité", "812", "198 000", "−6 %"],
        ["Bâtiments — gaz", "1 430", "142 000", "−11 %"],
        ["Éclairage public", "388", "91 000", "−39 %"],
        ["Carburants des véhicules", "—", "76 000", "−3 %"],
    ]),
    para("""La baisse des consommations résulte de l'extinction nocturne de l'éclairage public, de
    l'abaissement des températures de consigne à 19 °C et du remplacement de la chaudière de
    l'école maternelle. La dépense reste supérieure de 48 % à celle de 2021 en raison des prix."""),
]

DOCX_BLOCKS["p134_convention_pret_broyeur_association.docx"] = [
    ("title", "Convention de mise à disposition d'un broyeur de végétaux"),
    para("""Entre la Commune de Montlouis-sur-Cher, représentée par son maire, et l'association
    « Les Jardiniers du Cher », représentée par sa présidente, dûment habilitée."""),
    ("h", "Article 1 — Objet"),
    para("""La commune met gratuitement à disposition de l'association un broyeur de végétaux
    thermique (diamètre de coupe 80 mm) pour l'organisation de journées de broyage ouvertes aux
    habitants, à raison de huit samedis par an."""),
    ("h", "Article 2 — Conditions"),
    para("""Le broyeur est retiré et restitué au centre technique, nettoyé et le plein fait.
    L'association désigne des utilisateurs majeurs formés par un agent des espaces verts ; elle
    s'engage à faire respecter le port des protections auditives, des lunettes et des gants."""),
    ("h", "Article 3 — Assurance et responsabilité"),
    para("""L'association justifie d'une assurance responsabilité civile couvrant l'usage du matériel.
    Toute casse due à une mauvaise utilisation est à sa charge."""),
    ("h", "Article 4 — Durée"),
    para("""La convention est conclue pour un an, renouvelable tacitement deux fois."""),
]

DOCX_BLOCKS["p135_protocole_accord_continuite_collecte.docx"] = [
    ("title", "Accord relatif à la continuité du service public de collecte des déchets"),
    para("""Conclu en application de l'article L. 114-7 du code général de la fonction publique entre
    la Communauté d'agglomération du Bassin d'Arcachon-Est et les organisations syndicales
    représentatives CGT, FO et CFDT, après négociation menée du 10 janvier au 2 mars 2025."""),
    ("h", "Article 1 — Champ"),
    para("""Le présent accord s'applique aux agents de la collecte des déchets ménagers et des
    déchetteries en cas de grève."""),
    ("h", "Article 2 — Service minimum"),
    para("""En cas de grève, sont maintenues la collecte des établissements de santé, des
    restaurants scolaires et du marché central, ainsi que l'ouverture d'une déchetterie sur
    trois. Tout agent de ces services qui entend participer à la grève en informe l'autorité au
    plus tard 48 heures avant, sans avoir à motiver sa décision ; cette information est couverte
    par le secret professionnel et ne peut servir qu'à l'organisation du service."""),
    ("h", "Article 3 — Dialogue"),
    para("""Une rencontre entre l'employeur et les organisations signataires a lieu dans les trois
    jours ouvrés suivant le dépôt de tout préavis."""),
    para("""Fait à Arcachon, le 10 mars 2025, pour la collectivité le président, et pour chacune des
    organisations syndicales son secrétaire général départemental."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_nouvelles_collegue_voirie.html"] = (
    "Intranet — Le fil des services techniques",
    """
<header><p>Intranet &gt; Services techniques &gt; Le fil de l'équipe</p></header>
<article>
<h1>Des nouvelles de Gilles</h1>
<p class="date">Publié le 10 mars 2025 par l'équipe voirie</p>
<p>Beaucoup d'entre vous demandent des nouvelles de Gilles Thiébaut, notre conducteur de
tractopelle depuis vingt-deux ans. Il nous a autorisés à partager ce message : son AVC de janvier
l'a laissé avec une paralysie du bras gauche et des difficultés de parole, mais la rééducation au
centre de Kerpape avance bien et il remarche seul depuis quinze jours.</p>
<p>Il ne reprendra pas la conduite d'engins, mais il espère revenir à l'atelier « pour transmettre
aux jeunes ». Une carte circule au bureau du chef de centre jusqu'à vendredi.</p>
<p>Courage Gilles, ta place est gardée au café du matin !</p>
</article>
<footer><p>Le fil de l'équipe — rubrique animée par les agents</p></footer>
""",
)

HTML_PAGES["s062_reponse_avis_google_regie.html"] = (
    "Avis clients — réponses de la régie",
    """
<h1>Régie des eaux du Pays de Fougères — avis et réponses</h1>
<section class="avis">
<p class="auteur">Avis de Jérémie P. — ★☆☆☆☆</p>
<p>Service client déplorable, on m'a réduit le débit sans prévenir alors que j'avais appelé.</p>
<p class="reponse"><strong>Réponse du propriétaire :</strong> Bonjour M. Poirier, nous sommes
désolés de votre ressenti. Nous rappelons toutefois que nous ne pratiquons aucune réduction de
débit. Votre dossier fait apparaître quatre factures impayées depuis 2023, pour un total de
1 412 €, et l'échéancier que nous vous avions accordé en juin n'a pas été honoré ; le comptable
public a donc engagé une saisie sur votre compte bancaire, ce qui explique sans doute votre
mécontentement. Nous restons à votre écoute au 02 99 00 00 00 pour trouver une solution, y
compris avec l'aide du CCAS.</p>
</section>
<section class="avis">
<p class="auteur">Avis de Martine L. — ★★★★★</p>
<p>Intervention rapide un dimanche pour une fuite dans la rue, merci.</p>
<p class="reponse"><strong>Réponse du propriétaire :</strong> Merci pour votre retour !</p>
</section>
""",
)

HTML_PAGES["s063_intranet_ceremonie_citoyennete.html"] = (
    "Intranet — Portraits",
    """
<h1>Portrait : Ruslan, l'homme des fontaines</h1>
<p class="chapeau">Chaque mois, l'intranet part à la rencontre d'un agent. Ce mois-ci, Ruslan
Aliev, fontainier à la régie des eaux.</p>
<p>Arrivé de Tchétchénie en 2012 avec sa femme et ses trois enfants, Ruslan a d'abord vécu
plusieurs années en centre d'accueil pour demandeurs d'asile avant d'obtenir le statut de
réfugié. « Mon premier emploi, c'était les espaces verts en contrat aidé, puis on m'a proposé de
passer à l'eau, c'était mon métier là-bas. »</p>
<p>Le 14 juin dernier, il a reçu son décret de naturalisation des mains du sous-préfet lors de la
cérémonie d'accueil dans la citoyenneté française. Ses collègues de l'équipe réseau étaient
venus en nombre, en tenue de travail, « parce que c'est aussi notre fierté ».</p>
<p>Son meilleur souvenir à la régie ? « La réparation de la conduite de la rue Haute, la nuit
de Noël, à moins dix degrés. Tout le monde avait de l'eau pour le réveillon. »</p>
""",
)

HTML_PAGES["s064_portail_usager_historique_demande.html"] = (
    "Mon espace usager — historique",
    """
<h1>Mon espace — Historique de mes demandes</h1>
<table>
<tr><th>Date</th><th>Demande</th><th>État</th></tr>
<tr><td>02/09/2025</td><td>Changement de titulaire du contrat d'eau</td><td>Traitée</td></tr>
<tr><td>15/10/2025</td><td>Demande de composteur</td><td>Livré le 28/10</td></tr>
</table>
<h2>Détail de la demande du 02/09/2025</h2>
<p><strong>Votre message :</strong> Bonjour, suite à notre mariage le 23 août, je souhaite que le
contrat soit désormais au nom de mon épouse et moi : Mme Clémence Aubry et Mme Laetitia
Aubry-Fournier. Merci de modifier aussi l'adresse de facturation électronique.</p>
<p><strong>Réponse du service :</strong> Madame, toutes nos félicitations. Le contrat n° 6630281
est désormais établi aux deux noms. Aucun frais n'est facturé pour ce changement.</p>
""",
)

HTML_PAGES["s065_extranet_rapport_plombier.html"] = (
    "Extranet prestataires — rapport d'intervention",
    """
<h1>Rapport d'intervention n° 2025-11-0412</h1>
<p>Prestataire : Plomberie Chauffage Desmarais (marché de maintenance du parc de logements
communaux)</p>
<dl>
<dt>Logement</dt><dd>Logement communal n° 7, école de Saint-Ouen-des-Bois (ancien logement de
fonction)</dd>
<dt>Occupante</dt><dd>Mme Véronique Halimi, assistante familiale</dd>
<dt>Date</dt><dd>18/11/2025</dd>
</dl>
<h2>Travaux</h2>
<p>Remplacement du groupe de sécurité du chauffe-eau et d'un flexible sous l'évier de la cuisine.
Détartrage. Durée : 1 h 45.</p>
<h2>Observations</h2>
<p>L'occupante nous a demandé d'intervenir avant 16 h 30, heure du retour des trois enfants
qu'elle accueille au titre de l'aide sociale à l'enfance, dont le plus jeune, selon elle, « panique
quand un homme inconnu entre dans la maison » depuis son placement. Intervention réalisée en
conséquence.</p>
<p>Prévoir le remplacement du chauffe-eau (15 ans) en 2026.</p>
""",
)

HTML_PAGES["s066_journal_astreinte_nuit.html"] = (
    "Journal d'astreinte — semaine 47",
    """
<h1>Journal d'astreinte technique — semaine 47 (17 au 23 novembre 2025)</h1>
<p>Agent d'astreinte : Mathias Delcourt. Cadre : Nadia Fontenelle.</p>
<table>
<tr><th>Date / heure</th><th>Appelant</th><th>Motif</th><th>Suite</th></tr>
<tr><td>17/11 22:10</td><td>Police municipale</td><td>Candélabre couché rue Foch</td>
<td>Mise en sécurité, câble isolé</td></tr>
<tr><td>19/11 03:40</td><td>Télésurveillance</td><td>Alarme intrusion école Prévert</td>
<td>Fausse alarme (porte mal fermée)</td></tr>
<tr><td>21/11 23:55</td><td>Riverain</td><td>Bouche d'égout débordante, impasse des Lilas</td>
<td>Débouchage. Sur place, le riverain du n° 4, M. Cyril Bocquet, a menacé l'agent avec une
barre de fer en l'accusant d'avoir « inondé sa cave ». Intervention de la gendarmerie ;
M. Bocquet, déjà connu pour des faits similaires selon les gendarmes, a été placé en garde à vue.
L'agent a déposé plainte le 22.</td></tr>
<tr><td>23/11 07:15</td><td>Cadre d'astreinte</td><td>Salage préventif pont de la Marne</td>
<td>Réalisé</td></tr>
</table>
""",
)

HTML_PAGES["s067_registre_sante_securite_atelier.html"] = (
    "Registre de santé et de sécurité au travail — garage",
    """
<h1>Registre de santé et de sécurité au travail — garage municipal</h1>
<p>Registre tenu à disposition des agents et des usagers, consultable par l'assistant de
prévention.</p>
<table>
<tr><th>Date</th><th>Agent</th><th>Observation</th><th>Réponse de la hiérarchie</th></tr>
<tr><td>06/01/2025</td><td>F. Meunier</td><td>Le pont élévateur n° 2 fait un bruit anormal à la
montée.</td><td>Vérification par le fabricant le 9/01, graissage.</td></tr>
<tr><td>21/02/2025</td><td>Y. Benslimane</td><td>Coupure à la main gauche en changeant une lame de
broyeur, soignée à la pharmacie de l'atelier. Je suis diabétique insulinodépendant et la plaie
cicatrise mal, je suis allé voir mon médecin le soir.</td><td>Rappel du port des gants anti-coupure ;
déclaration d'accident bénin.</td></tr>
<tr><td>14/03/2025</td><td>D. Leclerc</td><td>Pas assez de lumière au-dessus de l'établi de
soudure.</td><td>Réglette LED ajoutée le 20/03.</td></tr>
</table>
""",
)

HTML_PAGES["s068_intranet_elections_representants.html"] = (
    "Intranet — Vie des services",
    """
<h1>Bienvenue aux nouveaux élus du personnel de la régie</h1>
<p>À la suite du renouvellement partiel du 2 octobre, trois agents de la régie de l'eau font leur
entrée au comité social de l'établissement :</p>
<ul>
<li><strong>Ophélie Garnier</strong>, technicienne qualité, élue sur la liste CFDT, qui siégera
aussi à la formation spécialisée ;</li>
<li><strong>Mourad Ait-Ali</strong>, fontainier, élu sur la liste CGT, déjà délégué de sa section
depuis 2022 ;</li>
<li><strong>Benoît Laroche</strong>, électromécanicien, suppléant sur la liste FO.</li>
</ul>
<p>Vous pouvez les joindre par la messagerie interne. Les permanences syndicales reprennent le
premier mardi du mois au local du centre technique.</p>
""",
)

HTML_PAGES["s069_ordre_du_jour_cap.html"] = (
    "Commission administrative paritaire — ordre du jour",
    """
<h1>Commission administrative paritaire — catégorie C — séance du 4 décembre 2025</h1>
<p>Centre de gestion de la fonction publique territoriale de la Vendée</p>
<ol>
<li>Approbation du procès-verbal de la séance du 25 septembre</li>
<li>Refus de titularisation en fin de stage — Mme Laura Mercier, adjointe technique, commune de
Saint-Gilles-sur-Vie (services techniques) : l'autorité territoriale fait valoir l'insuffisance des
aptitudes professionnelles relevée lors des trois évaluations de stage (retards répétés, non-respect
des consignes de sécurité au volant de la balayeuse)</li>
<li>Révision du compte rendu d'entretien professionnel — M. Hugo Tessier, agent de maîtrise,
commune des Herbiers (demande de l'agent, qui conteste la mention « manque de rigueur dans le suivi
des chantiers »)</li>
<li>Questions diverses</li>
</ol>
""",
)

HTML_PAGES["s070_intranet_acces_sites_astreinte.html"] = (
    "Intranet ST — Fiches d'accès",
    """
<p class="bandeau">USAGE INTERNE — page réservée aux agents d'astreinte (accès restreint par
profil). Ne pas imprimer.</p>
<h1>Fiches d'accès aux bâtiments communaux — hors heures ouvrables</h1>
<table>
<tr><th>Site</th><th>Accès</th><th>Alarme</th><th>Remarques</th></tr>
<tr><td>Hôtel de ville</td><td>Porte de service rue Lafayette, clé n° 3</td>
<td>Code 5 1 8 2 puis touche OFF</td><td>Zone archives : code distinct 7 7 0 4</td></tr>
<tr><td>Groupe scolaire Prévert</td><td>Portail cour, cadenas 2-9-1-6</td>
<td>Code 3 0 6 6</td><td>La détection du préau se déclenche avec un délai de 20 s</td></tr>
<tr><td>Gymnase du Bois-Joli</td><td>Badge orange</td><td>Code 4 4 1 9</td>
<td>Caméra hors service côté parking depuis octobre</td></tr>
<tr><td>Centre technique</td><td>Digicode portail 8 2 3 5 #</td><td>Code 1 9 7 3</td>
<td>—</td></tr>
</table>
<p>Les codes sont changés au 1er janvier et au 1er juillet.</p>
""",
)

HTML_PAGES["s071_extranet_avenant_concession_chaleur.html"] = (
    "Extranet contrats — réseau de chaleur",
    """
<h1>Concession du réseau de chaleur urbain — avenant n° 4 (projet de négociation)</h1>
<p><em>Document couvert par le secret des affaires du concessionnaire, mis en ligne sur l'espace
extranet réservé aux négociateurs. Ne pas transmettre.</em></p>
<h2>Formule de révision proposée par le concessionnaire</h2>
<p>R2 = R2₀ × (0,15 + 0,40 × ICHTrev-TS/ICHTrev-TS₀ + 0,30 × FSD2/FSD2₀ + 0,15 × BT40/BT40₀)</p>
<h2>Éléments de coûts communiqués</h2>
<table>
<tr><th>Poste</th><th>Coût annuel</th><th>Commentaire du concessionnaire</th></tr>
<tr><td>Achat de plaquettes forestières</td><td>1 240 000 €</td><td>Contrat fournisseur à 27 €/MWh
jusqu'en 2028, non publié</td></tr>
<tr><td>Personnel d'exploitation</td><td>610 000 €</td><td>7 ETP</td></tr>
<tr><td>Gros entretien et renouvellement</td><td>380 000 €</td><td>Provision</td></tr>
<tr><td>Marge d'exploitation visée</td><td>9,5 %</td><td>Négociable à 8 %</td></tr>
</table>
<p>Le concessionnaire indique qu'il pourrait accepter une baisse du terme R1 de 4 % en échange d'un
allongement de la concession de cinq ans.</p>
""",
)

HTML_PAGES["s072_revue_presse_article_integral.html"] = (
    "Revue de presse des services techniques — semaine 12",
    """
<h1>Revue de presse — semaine 12</h1>
<p>Diffusion : cadres des services techniques. Article reproduit dans son intégralité depuis
l'édition abonnés du site de <em>La Gazette des Territoires Techniques</em> (accès payant).</p>
<article>
<h2>« Eau potable : les communes rurales face au mur du renouvellement »</h2>
<p class="signature">Par Delphine Arnaud — 18 mars 2025</p>
<p>À Saint-Bonnet-le-Froid, le maire a dû expliquer à ses administrés pourquoi leur facture allait
augmenter de 40 % en trois ans. « Nos tuyaux ont soixante-dix ans, on perd une goutte sur deux »,
résume-t-il. Le cas n'a rien d'isolé : selon l'Observatoire des services publics d'eau, un tiers des
services ruraux affichent un rendement inférieur au seuil réglementaire…</p>
<p>[…] Pour l'économiste de l'eau interrogé par la rédaction, « le modèle de l'eau qui paie l'eau
atteint ses limites dans les territoires peu denses ». Il plaide pour une péréquation
départementale, à l'image de ce qu'a fait la Vendée dès les années 1960. […]</p>
<p>[…] Les agences de l'eau, elles, rappellent que leurs aides au renouvellement sont désormais
conditionnées à la connaissance patrimoniale des réseaux et à une tarification couvrant
l'amortissement. Une exigence difficile à tenir pour les plus petites communes, qui n'ont souvent
ni technicien ni système d'information géographique. […]</p>
<p class="copyright">© La Gazette des Territoires Techniques — tous droits réservés. Reproduction
interdite sans autorisation.</p>
</article>
""",
)

HTML_PAGES["s073_signalement_insulte_raciste_chantier.html"] = (
    "Signalement — cellule d'écoute",
    """
<h1>Formulaire de signalement — cellule violences, discriminations et harcèlement</h1>
<form>
<p><label>Qualité du déclarant :</label> victime</p>
<p><label>Nom :</label> Lamine Koné — maçon VRD, service voirie</p>
<p><label>Date des faits :</label> 3 avril 2025</p>
<p><label>Description :</label> Sur le chantier de la rue Verlaine, le conducteur de travaux de
l'entreprise sous-traitante m'a appelé « le Malien » toute la matinée, puis m'a dit devant les
autres qu'« en Afrique on ne sait pas tenir une règle ». Je suis né à Créteil, mes parents sont
ivoiriens. Quand j'ai protesté il a rigolé. Mon chef d'équipe était présent.</p>
<p><label>Souhait :</label> que l'entreprise soit prévenue et que je ne travaille plus avec cette
personne.</p>
</form>
<p class="accuse">Signalement reçu le 04/04/2025 — transmis à l'autorité territoriale avec l'accord
du déclarant.</p>
""",
)

HTML_PAGES["s074_export_badgeuse_reconnaissance_faciale.html"] = (
    "Export — terminal de pointage",
    """
<h1>Export du terminal de pointage FaceTime-Pro — dépôt de la régie propreté</h1>
<p>Période : 01/10/2025 au 07/10/2025. Mode d'identification : reconnaissance faciale
(gabarit stocké sur le terminal).</p>
<table>
<tr><th>Matricule</th><th>Agent</th><th>Gabarit facial</th><th>Score moyen</th><th>Rejets</th></tr>
<tr><td>10482</td><td>DA SILVA Marco</td><td>FT-00321 (réf. du 12/03/2025)</td><td>0,94</td><td>0</td></tr>
<tr><td>10517</td><td>NGUYEN Thi Lan</td><td>FT-00322 (réf. du 12/03/2025)</td><td>0,91</td><td>1</td></tr>
<tr><td>10533</td><td>HOFFMANN Pierre</td><td>FT-00347 (réf. du 02/09/2025, nouvel
enrôlement après port de barbe)</td><td>0,88</td><td>3</td></tr>
<tr><td>10560</td><td>BOUZID Samia</td><td>FT-00351 (réf. du 15/09/2025)</td><td>0,95</td><td>0</td></tr>
</table>
<p>Fichier généré automatiquement — à transmettre au DPO dans le cadre du contrôle de conformité.</p>
""",
)

HTML_PAGES["s075_intranet_soutien_collegue_interpelle.html"] = (
    "Forum interne — espace libre",
    """
<h1>Forum interne des agents — Espace libre</h1>
<div class="message">
<p class="auteur">Posté par « Jardinier38 » le 22/05/2025</p>
<p>Vous avez sûrement vu les infos : notre collègue Baptiste Charrier, des espaces verts, fait
partie des militants d'Extinction Rebellion interpellés samedi sur le chantier de l'autoroute.
Il est sorti de garde à vue dimanche soir et doit passer en correctionnelle en septembre pour
« entrave à la circulation » et « dégradations ». On peut ne pas être d'accord avec ses idées,
mais c'est un super collègue. Une caisse de solidarité pour ses frais d'avocat est ouverte.</p>
</div>
<div class="message">
<p class="auteur">Réponse de l'administrateur du forum</p>
<p>Merci de ne pas relayer d'informations personnelles sur un collègue sans son accord. Ce
message sera retiré.</p>
</div>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_encombrants.html"] = (
    "Collecte des encombrants — Ville de Lormont-sur-Garonne",
    """
<h1>Collecte des encombrants sur rendez-vous</h1>
<p>La ville collecte gratuitement à domicile, une fois par trimestre et par foyer, jusqu'à 3 m³
d'objets encombrants : meubles, literie, gros électroménager, vélos.</p>
<h2>Comment prendre rendez-vous ?</h2>
<p>En ligne sur ce site, rubrique « Mes démarches », ou par téléphone au 05 56 00 00 00 du lundi au
vendredi. Vous recevez un SMS la veille avec le créneau de passage.</p>
<h2>Ce qui n'est pas collecté</h2>
<ul><li>gravats, déchets de travaux, pneus ;</li><li>produits chimiques, bouteilles de gaz ;</li>
<li>déchets verts (déchetterie ou broyage à domicile).</li></ul>
<p>Les personnes âgées de plus de 75 ans ou à mobilité réduite peuvent demander que les agents
sortent les objets du logement : précisez-le lors de la prise de rendez-vous.</p>
""",
)

HTML_PAGES["p137_actualite_travaux_pont.html"] = (
    "Actualités — travaux du pont de la Vienne",
    """
<article>
<h1>Pont de la Vienne : trois mois de travaux à partir du 7 avril</h1>
<p class="date">Publié le 20 mars 2025</p>
<p>Le pont de la Vienne, construit en 1932, va bénéficier d'une réparation de ses appuis et du
remplacement de ses garde-corps. Pendant les travaux, la circulation sera alternée par feux, et le
pont sera fermé aux poids lourds de plus de 3,5 tonnes. Les piétons et cyclistes conserveront un
passage protégé.</p>
<p>Coût de l'opération : 640 000 € TTC, financés à 40 % par le Département.</p>
<p>Des fermetures complètes de nuit seront nécessaires les 22 et 23 avril pour la pose du nouveau
tablier de la passerelle ; une déviation sera fléchée.</p>
</article>
""",
)

HTML_PAGES["p138_page_aide_factures_eau.html"] = (
    "Difficultés pour payer votre facture d'eau ?",
    """
<h1>Vous avez du mal à payer votre facture d'eau ?</h1>
<p>Perte d'emploi, séparation, maladie, factures qui s'accumulent : des solutions existent, et plus
vous nous contactez tôt, plus elles sont simples.</p>
<h2>1. L'échéancier</h2>
<p>Le service clientèle peut étaler votre dette sur plusieurs mois, sans frais.</p>
<h2>2. Le chèque eau</h2>
<p>Les foyers dont le quotient familial est inférieur à 700 € peuvent recevoir une aide annuelle de
60 à 150 € selon la taille du foyer, versée directement sur leur compte d'eau. Demande au CCAS.</p>
<h2>3. Le fonds de solidarité pour le logement</h2>
<p>Le FSL peut prendre en charge tout ou partie d'une dette d'eau. Le dossier est instruit par un
travailleur social.</p>
<h2>4. Votre droit à l'eau</h2>
<p>Aucune coupure d'eau ne peut être pratiquée dans votre résidence principale, même en cas
d'impayé. Si quelqu'un se présente en prétendant le contraire, appelez-nous.</p>
<p>Contact confidentiel : service clientèle, 03 00 00 00 00, ou accueil du CCAS.</p>
""",
)

HTML_PAGES["p139_offre_emploi_egoutier.html"] = (
    "Recrutement — égoutier (H/F)",
    """
<h1>La régie de l'assainissement recrute deux égoutiers (H/F)</h1>
<p>Cadre d'emplois des adjoints techniques — temps complet — postes permanents.</p>
<h2>Vos missions</h2>
<ul>
<li>curage et hydrocurage des réseaux et des postes de relevage ;</li>
<li>inspection des collecteurs visitables et des ouvrages ;</li>
<li>désobstruction des branchements, interventions d'urgence en astreinte.</li>
</ul>
<h2>Votre profil</h2>
<p>Goût du travail en équipe, respect strict des règles de sécurité (travail en espace confiné,
détecteurs de gaz). Permis C souhaité. Une visite médicale d'aptitude et les vaccinations
réglementaires (tétanos, hépatite A, leptospirose) sont requises avant la prise de poste.</p>
<h2>Avantages</h2>
<p>Régime indemnitaire, nouvelle bonification indiciaire, prime de salissure, départ anticipé à la
retraite au titre de la catégorie insalubre dans les conditions réglementaires.</p>
""",
)

HTML_PAGES["p140_page_troubles_voisinage.html"] = (
    "Bruit et troubles de voisinage",
    """
<h1>Bruit, haies, animaux : que faire en cas de conflit avec un voisin ?</h1>
<h2>Commencez par le dialogue</h2>
<p>Beaucoup de voisins ignorent qu'ils dérangent. Une discussion calme, puis un courrier simple,
règlent la plupart des situations.</p>
<h2>Le conciliateur de justice</h2>
<p>Gratuit et confidentiel, il reçoit en mairie le premier jeudi du mois sur rendez-vous. Il aide
les parties à trouver un accord qui peut être homologué par le juge.</p>
<h2>Les règles à connaître</h2>
<ul>
<li>Travaux bruyants de bricolage et de jardinage : du lundi au vendredi 8 h 30–12 h et
14 h 30–19 h 30, samedi 9 h–12 h et 15 h–19 h, dimanche et jours fériés 10 h–12 h.</li>
<li>Plantations : au-delà de 2 m de hauteur, distance minimale de 2 m de la limite de propriété.</li>
<li>Aboiements répétés : le maire peut intervenir au titre de ses pouvoirs de police.</li>
</ul>
<h2>Porter plainte ?</h2>
<p>En cas de tapage nocturne ou de menaces, vous pouvez appeler la police municipale ou déposer
plainte à la gendarmerie. La mairie ne peut pas trancher un litige entre particuliers.</p>
""",
)

HTML_PAGES["p141_page_eclairage_public.html"] = (
    "Éclairage public",
    """
<h1>L'éclairage public dans votre commune</h1>
<p>3 050 points lumineux, 128 armoires de commande, 210 km de voies éclairées.</p>
<h2>Horaires</h2>
<p>Allumage à la tombée de la nuit ; extinction de 23 h à 5 h dans les quartiers résidentiels ;
éclairage permanent sur les axes principaux et en centre-ville, abaissé de 50 % après minuit.</p>
<h2>Signaler une panne</h2>
<p>Relevez le numéro inscrit sur le mât (étiquette blanche) et signalez-le sur l'application « Ma
ville en direct ». Délai moyen de réparation : 5 jours ouvrés.</p>
<h2>Modernisation</h2>
<p>Depuis 2020, 1 640 lanternes au sodium ont été remplacées par des LED de 3 000 K, moins
éblouissantes et moins nocives pour la faune nocturne.</p>
""",
)

HTML_PAGES["p142_jardins_partages.html"] = (
    "Jardins partagés — appel à candidatures",
    """
<h1>Jardins partagés de la Prairie : 12 nouvelles parcelles</h1>
<p>Les services des espaces verts ont aménagé 12 nouvelles parcelles de 50 m² dans le jardin
partagé de la Prairie : clôture, récupérateurs d'eau de pluie, cabane à outils commune.</p>
<p>Qui peut candidater ? Tout habitant de la commune ne disposant pas de jardin. Une parcelle par
foyer. Cotisation annuelle : 25 €.</p>
<p>Engagements : jardiner sans produits chimiques, participer à deux journées collectives par an,
entretenir les allées.</p>
<p>Dossier à déposer avant le 28 février. Attribution par tirage au sort en présence de
l'association gestionnaire.</p>
""",
)

HTML_PAGES["p143_communique_plainte_vol_cables.html"] = (
    "Communiqué de presse — vols de câbles",
    """
<h1>Vols de câbles d'éclairage public : la commune porte plainte</h1>
<p class="date">Communiqué du 16 janvier 2026</p>
<p>Dans la nuit du 13 au 14 janvier, environ 800 mètres de câbles en cuivre de l'éclairage public ont
été arrachés le long de la route de Beaulieu et de la zone artisanale, privant de lumière près de
quarante candélabres. C'est le troisième vol de ce type depuis septembre.</p>
<p>La commune a déposé plainte contre X auprès de la gendarmerie. Le préjudice est estimé à
62 000 €. Le Maire condamne fermement ces actes qui mettent en danger les usagers de la route et
pèsent sur le budget communal.</p>
<p>Les réparations débuteront la semaine prochaine. Toute personne ayant remarqué des allées et
venues suspectes est invitée à contacter la brigade de gendarmerie.</p>
""",
)

HTML_PAGES["p144_faq_droit_syndical_agents.html"] = (
    "Intranet RH — FAQ droit syndical",
    """
<h1>Droit syndical : vos questions</h1>
<h2>Dois-je informer mon chef si je suis syndiqué ?</h2>
<p>Non. L'adhésion à un syndicat est libre et n'a pas à être déclarée. Aucune mention ne figure
dans votre dossier.</p>
<h2>Puis-je assister à une réunion d'information syndicale pendant mon temps de travail ?</h2>
<p>Oui, dans la limite d'une heure par mois (douze heures par an), en prévenant votre responsable.</p>
<h2>Puis-je être accompagné par un représentant syndical lors d'un entretien ?</h2>
<p>Pour un entretien préalable à une sanction ou un licenciement, vous pouvez être assisté par la
personne de votre choix, y compris un représentant syndical.</p>
<h2>Que se passe-t-il si je fais grève ?</h2>
<p>Une retenue d'un trentième de votre traitement est opérée par jour de grève. Aucune autre
conséquence ne peut en découler.</p>
""",
)

HTML_PAGES["p145_page_logement_indigne.html"] = (
    "Habitat indigne : signaler un logement",
    """
<h1>Humidité, moisissures, installation électrique dangereuse : signalez votre logement</h1>
<p>Le service communal d'hygiène et de santé intervient lorsque les conditions d'un logement
présentent un risque pour la santé ou la sécurité de ses occupants.</p>
<h2>Qui peut signaler ?</h2>
<p>Le locataire, le propriétaire occupant, un voisin, un travailleur social, un professionnel de
santé.</p>
<h2>Vos droits de locataire</h2>
<p>Pendant une procédure d'insalubrité, le loyer cesse d'être dû à compter du premier jour du mois
qui suit l'envoi de l'arrêté. Vous ne pouvez pas être expulsé pour ce motif. Si le logement doit être
évacué, le propriétaire doit assurer votre hébergement ou votre relogement.</p>
<h2>Plomb</h2>
<p>Dans les logements construits avant 1949, les peintures anciennes peuvent contenir du plomb,
dangereux pour les jeunes enfants et les femmes enceintes. Parlez-en à votre médecin ou à la PMI.</p>
<p>Formulaire de signalement en ligne ou accueil du service, 2 rue de l'Hôtel-Dieu.</p>
""",
)

HTML_PAGES["p146_resultats_marches_publics.html"] = (
    "Marchés publics — avis d'attribution",
    """
<h1>Avis d'attribution — marchés des services techniques (4e trimestre 2025)</h1>
<table>
<tr><th>Objet</th><th>Attributaire</th><th>Montant</th><th>Date</th></tr>
<tr><td>Entretien des espaces verts — lot 2 (zones d'activités)</td><td>Id Verde</td>
<td>148 200 € HT/an</td><td>03/10/2025</td></tr>
<tr><td>Fourniture de sel de déneigement</td><td>Salins du Midi</td><td>Accord-cadre,
max. 90 000 € HT</td><td>17/10/2025</td></tr>
<tr><td>Maintenance des aires de jeux</td><td>Récré'Action Services</td><td>32 400 € HT/an</td>
<td>05/11/2025</td></tr>
<tr><td>Réfection de la toiture du centre technique</td><td>SARL Couverture Bernardeau</td>
<td>214 760 € HT</td><td>28/11/2025</td></tr>
</table>
<p>Les candidats évincés peuvent demander les motifs du rejet de leur offre au service de la
commande publique.</p>
""",
)

HTML_PAGES["p147_patrimoine_lavoir.html"] = (
    "Patrimoine — le lavoir de la Doue",
    """
<h1>Le lavoir de la Doue, restauré</h1>
<p>Construit en 1854 sur décision du conseil municipal, après l'épidémie de choléra qui avait
frappé le bourg deux ans plus tôt, le lavoir de la Doue servit aux lavandières jusqu'au début des
années 1960. On y lavait le linge des familles, mais aussi celui de l'hospice et des notables, que
les laveuses professionnelles battaient à la brosse de chiendent.</p>
<p>Les agents du service bâtiment ont restauré en 2024 la charpente en châtaignier, reposé les
tuiles anciennes et relevé les pierres à laver. La source, captée en amont, alimente de nouveau le
bassin.</p>
<p>Le lavoir est ouvert au public toute l'année. Un panneau raconte la vie des lavandières d'après
les souvenirs recueillis par l'association d'histoire locale.</p>
""",
)

HTML_PAGES["p148_faq_eau_calcaire.html"] = (
    "Qualité de l'eau — FAQ calcaire",
    """
<h1>Pourquoi l'eau est-elle si calcaire ?</h1>
<p>Notre eau provient de forages dans la nappe de la craie. Elle présente une dureté de 32 °f
(degrés français), ce qui la classe parmi les eaux dures.</p>
<h2>Est-ce mauvais pour la santé ?</h2>
<p>Non. Le calcium et le magnésium sont même utiles à l'organisme. Le calcaire n'a aucun effet
néfaste démontré sur la santé.</p>
<h2>Faut-il installer un adoucisseur ?</h2>
<p>Ce n'est pas nécessaire. Si vous en installez un, conservez un robinet d'eau non adoucie pour
la boisson et réglez l'appareil pour garder une dureté d'au moins 15 °f.</p>
<h2>Comment protéger mes appareils ?</h2>
<p>Réglez votre chauffe-eau à 55 °C au maximum et détartrez régulièrement bouilloires et pommeaux
de douche avec du vinaigre blanc.</p>
""",
)

HTML_PAGES["p149_consignes_grand_froid_agents.html"] = (
    "Intranet — consignes grand froid",
    """
<h1>Grand froid : consignes aux équipes extérieures</h1>
<p>Le plan grand froid est activé à partir de demain. Les températures ressenties pourraient
atteindre −12 °C au petit matin.</p>
<ul>
<li>Portez plusieurs couches de vêtements, bonnet sous le casque, gants isolants ; des vêtements
grand froid sont disponibles au magasin.</li>
<li>Prenez des pauses au chaud toutes les deux heures ; boissons chaudes disponibles dans les
bases vie.</li>
<li>Attention aux chutes sur les trottoirs verglacés : chaussures antidérapantes obligatoires.</li>
<li>Un agent qui présente des frissons intenses, une confusion ou des engourdissements doit être
mis au chaud immédiatement ; appelez le 15 si les symptômes persistent.</li>
</ul>
<p>Les chantiers de maçonnerie et d'enrobés sont suspendus jusqu'au redoux.</p>
""",
)

HTML_PAGES["p150_cr_conseil_municipal_travaux.html"] = (
    "Compte rendu sommaire du conseil municipal",
    """
<h1>Compte rendu sommaire du conseil municipal du 13 novembre 2025</h1>
<p>Affiché en application de l'article L. 2121-25 du code général des collectivités
territoriales. Présidence : M. Alain Delorme, maire. 27 présents, 2 pouvoirs.</p>
<h2>Délibérations adoptées</h2>
<ol>
<li>Programme de voirie 2026 (820 000 € TTC) — adopté par 25 voix pour et 4 abstentions (groupe
« Agir pour Vaulx », Mme Sandrine Paris, MM. Yves Caron, Kamel Haddad, Thierry Joly).</li>
<li>Convention avec le syndicat d'énergie pour le remplacement de 300 lanternes LED — unanimité.</li>
<li>Tarifs 2026 de la redevance d'occupation du domaine public pour les chantiers — unanimité.</li>
<li>Motion de soutien aux agents des services techniques après l'agression d'un agent de la
collecte par un automobiliste le 2 novembre — adoptée à l'unanimité ; le conseil rappelle que la
commune s'est constituée partie civile.</li>
</ol>
<p>Le procès-verbal intégral sera publié après son approbation lors de la prochaine séance.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
