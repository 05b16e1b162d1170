"""Build the .docx and .html files of the dev5 sensitivity set.

The script writes the same bytes on every run: the docx core properties carry
fixed dates and the zip entries carry a fixed timestamp.
"""

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document

OUT = Path(__file__).resolve().parent / "corpus" / "dev5"
FIXED = datetime.datetime(2024, 5, 2, 9, 0, 0)
ZIP_TIME = (2024, 5, 2, 9, 0, 0)

# A docx document is a list of blocks: ("h1" | "h2" | "p" | "b", text) or ("table", rows).
DOCX: dict[str, list] = {}
HTML: dict[str, str] = {}


def html_page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}</title>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n"
    )


def write_docx(name: str, blocks: list) -> None:
    doc = Document()
    props = doc.core_properties
    props.author = "Service communication"
    props.last_modified_by = "Service communication"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1
    for kind, content in blocks:
        if kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "b":
            doc.add_paragraph().add_run(content).bold = True
        elif kind == "table":
            table = doc.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            doc.add_paragraph(content)
    raw = io.BytesIO()
    doc.save(raw)
    raw.seek(0)
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in sorted(src.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(item.filename))
    (OUT / name).write_bytes(fixed.getvalue())


# ---------------------------------------------------------------- documents

DOCX["p010_bilan_social_commune.docx"] = [
    ("b", "VILLE DE MONTÉLIMAR-SUR-ROUBION – Direction des ressources humaines"),
    ("h1", "Rapport social unique 2023 – synthèse présentée au comité social territorial"),
    ("p", "Le rapport social unique (RSU) rassemble les données relatives à l'emploi, aux conditions de travail, à la santé et à la sécurité au travail, aux rémunérations et aux relations sociales. Il est présenté au comité social territorial du 23 mai 2024 et mis en ligne sur le site de la ville. Les données sont agrégées ; aucun effectif inférieur à cinq agents n'est détaillé."),
    ("h2", "1. Effectifs"),
    ("table", [
        ["Indicateur", "2022", "2023"],
        ["Agents sur emploi permanent", "612", "624"],
        ["dont titulaires", "521", "530"],
        ["Contractuels sur emploi non permanent", "88", "97"],
        ["Part des femmes", "58 %", "59 %"],
        ["Âge moyen", "47,3 ans", "47,6 ans"],
        ["Agents bénéficiaires de l'obligation d'emploi (travailleurs handicapés)", "41", "44"],
    ]),
    ("p", "Le taux d'emploi direct de travailleurs en situation de handicap atteint 7,1 %, au-dessus de l'obligation légale de 6 %. Douze postes ont fait l'objet d'un aménagement financé par le FIPHFP."),
    ("h2", "2. Absences"),
    ("table", [
        ["Motif d'absence (jours calendaires)", "2023"],
        ["Maladie ordinaire", "14 820"],
        ["Longue maladie, maladie de longue durée, grave maladie", "6 410"],
        ["Accidents de service et de trajet", "2 236"],
        ["Maladies professionnelles", "1 095"],
        ["Maternité, paternité, adoption", "1 870"],
        ["Autres (enfant malade, événements familiaux)", "1 122"],
    ]),
    ("p", "Le taux d'absentéisme global s'établit à 12,1 % (11,4 % en 2022). Les troubles musculo-squelettiques représentent 63 % des maladies professionnelles reconnues, principalement dans les services de propreté urbaine, de restauration scolaire et dans les écoles maternelles. 58 accidents de service avec arrêt ont été déclarés."),
    ("h2", "3. Relations sociales"),
    ("p", "En 2023, 9 préavis de grève ont été déposés, dont 6 dans le cadre des mouvements nationaux relatifs à la réforme des retraites. 1 164 journées de grève ont été décomptées, soit 1,9 jour par agent. Le comité social territorial s'est réuni 7 fois et la formation spécialisée en santé, sécurité et conditions de travail 5 fois. Les organisations syndicales représentatives disposent de 2 480 heures de décharge d'activité de service."),
    ("h2", "4. Action sociale et prévention"),
    ("p", "La participation employeur à la protection sociale complémentaire représente 318 000 euros. 146 agents ont bénéficié d'un entretien avec l'assistante sociale du personnel. Le plan de prévention des risques psychosociaux a donné lieu à 14 ateliers et à la mise en place d'une cellule d'écoute externe. 3 signalements ont été adressés au dispositif de recueil des actes de violence, de harcèlement et de discrimination."),
    ("p", "Pour le maire, l'adjoint délégué aux ressources humaines, Jean-Christophe Aymard"),
]

DOCX["p019_reglement_attribution_logements.docx"] = [
    ("b", "OFFICE PUBLIC DE L'HABITAT « VAL DE SAÔNE HABITAT »"),
    ("h1", "Règlement intérieur de la commission d'attribution des logements et d'examen de l'occupation des logements (CALEOL)"),
    ("p", "Adopté par le conseil d'administration du 30 novembre 2023. Le présent règlement est publié sur le site internet de l'office conformément à l'article R.441-9 du code de la construction et de l'habitation."),
    ("h2", "Article 1 – Composition"),
    ("p", "La commission comprend six membres désignés par le conseil d'administration, dont un représentant des locataires, le maire de la commune d'implantation des logements ou son représentant, le représentant de l'État dans le département, et avec voix consultative un représentant des associations d'insertion."),
    ("h2", "Article 2 – Critères d'attribution"),
    ("p", "Les logements sont attribués en tenant compte du patrimoine, de la composition, du niveau de ressources et des conditions de logement actuelles du ménage, de l'éloignement des lieux de travail et de la proximité des équipements répondant aux besoins des demandeurs. Sont prioritaires, conformément à l'article L.441-1 du CCH :"),
    ("p", "– les personnes en situation de handicap ou les familles ayant à leur charge une personne en situation de handicap ;"),
    ("p", "– les personnes sortant d'un appartement de coordination thérapeutique ;"),
    ("p", "– les personnes mal logées, défavorisées ou rencontrant des difficultés particulières de logement pour des raisons d'ordre financier ;"),
    ("p", "– les personnes hébergées ou logées temporairement dans un établissement ou un logement de transition ;"),
    ("p", "– les personnes victimes de violences au sein du couple ou menacées de mariage forcé ;"),
    ("p", "– les personnes engagées dans le parcours de sortie de la prostitution ;"),
    ("p", "– les personnes reconnues prioritaires par la commission de médiation DALO."),
    ("h2", "Article 3 – Fonctionnement"),
    ("p", "La commission se réunit deux fois par mois. Pour chaque logement, trois candidatures sont en principe examinées. Les débats sont confidentiels et les membres sont tenus à la discrétion sur les situations individuelles examinées. Les décisions sont prises à la majorité ; le maire dispose d'une voix prépondérante en cas de partage."),
    ("h2", "Article 4 – Décisions"),
    ("p", "Pour chaque candidat, la commission prend l'une des décisions suivantes : attribution, attribution par classement, attribution sous condition suspensive, non-attribution motivée, irrecevabilité. Toute décision de non-attribution est notifiée par écrit au demandeur avec ses motifs."),
    ("h2", "Article 5 – Examen de l'occupation"),
    ("p", "Tous les trois ans, la commission examine la situation des locataires des zones tendues en situation de sous-occupation, de sur-occupation ou dont le logement n'est plus adapté à leur handicap, afin de leur proposer un parcours résidentiel."),
    ("h2", "Article 6 – Compte rendu d'activité"),
    ("p", "Un bilan annuel, anonymisé, est présenté au conseil d'administration : nombre de dossiers examinés, attributions réalisées par catégorie de public prioritaire, délais moyens."),
    ("p", "Le président du conseil d'administration, Michel Bouvard-Lanier"),
]

DOCX["s009_conseil_discipline.docx"] = [
    ("b", "COMMUNAUTÉ DE COMMUNES DU PAYS DE GEX-MONTAGNE"),
    ("h1", "Commission administrative paritaire – Catégorie C"),
    ("p", "Procès-verbal de la séance du 12 février 2024 siégeant en conseil de discipline – document non publiable"),
    ("p", "Présidence : M. Damien Rochat, vice-président du centre de gestion. Représentants de l'administration : Mme Muriel Gindre, M. Alain Pittet. Représentants du personnel : Mme Yolande Cart (FO), M. Bruno Tissot (CFDT). Secrétaire : Mme Laure Berthet."),
    ("h2", "Affaire examinée : M. Nicolas Vuillermoz, adjoint technique principal de 2e classe, agent de déchetterie"),
    ("p", "Rapport de l'autorité territoriale : il est reproché à M. Vuillermoz d'avoir, entre juin et octobre 2023, revendu à des particuliers des métaux et des équipements électroménagers déposés à la déchetterie de Divonne, pour un montant estimé à 4 800 euros, et d'avoir utilisé le véhicule de service à cette fin. Les faits ont été constatés par le gardien de la déchetterie voisine et reconnus partiellement par l'agent. Une plainte a été déposée par la collectivité le 20 octobre 2023 ; l'enquête pénale est en cours."),
    ("p", "Observations de l'agent, assisté de M. Gérald Duret, délégué syndical : M. Vuillermoz reconnaît avoir « récupéré » des objets destinés au rebut, conteste toute intention frauduleuse, et évoque de graves difficultés financières depuis son divorce et la saisie sur salaire dont il fait l'objet. Il produit trois attestations de collègues sur la qualité de son travail depuis 14 ans."),
    ("table", [
        ["Proposition mise aux voix", "Pour", "Contre", "Abstention"],
        ["Révocation", "1", "3", "0"],
        ["Exclusion temporaire de fonctions de 2 ans", "2", "2", "0"],
        ["Exclusion temporaire de fonctions de 6 mois", "3", "1", "0"],
    ]),
    ("p", "Avis du conseil de discipline : exclusion temporaire de fonctions de six mois, dont trois avec sursis."),
    ("p", "Le président, D. Rochat – La secrétaire, L. Berthet"),
]

HTML["s004_communique_victime_mineure.html"] = html_page("Agression au collège Pierre-Loti : la ville apporte son soutien", """
<header><p>Ville de Rochefort-sur-Charente – Actualités</p></header>
<article>
<h1>Agression au collège Pierre-Loti : la ville apporte son soutien à Inès et à sa famille</h1>
<p class="date">Publié le 12 mars 2024</p>
<p>Jeudi 7 mars, en fin d'après-midi, Inès Martineau, 13 ans, élève de 4e au collège Pierre-Loti, a été violemment agressée à la sortie de l'établissement par un groupe de trois adolescents, près de l'arrêt de bus de la rue Audry. Frappée au visage et au ventre, la jeune fille a été transportée au centre hospitalier, où elle a été opérée d'une fracture de la mâchoire. Elle est toujours hospitalisée en chirurgie pédiatrique.</p>
<p>Selon ses parents, Sandrine et Olivier Martineau, qui ont souhaité s'exprimer, Inès subissait depuis plusieurs mois des moqueries sur les réseaux sociaux en raison de son surpoids. Une plainte a été déposée au commissariat pour violences en réunion ; deux des agresseurs présumés, âgés de 14 et 15 ans, ont été placés en garde à vue puis présentés au juge des enfants.</p>
<p>Le maire, Hervé Blanchard, s'est rendu au chevet de la collégienne samedi. « Ce qui est arrivé à Inès est inacceptable. Toute la communauté éducative doit se mobiliser contre le harcèlement », a-t-il déclaré.</p>
<p>Une cellule d'écoute a été mise en place au collège. Une marche blanche en soutien à Inès aura lieu samedi 16 mars à 15 h au départ de la place Colbert.</p>
</article>
<footer><p>Service communication – communication@ville-rochefort.example</p></footer>
""")

HTML["p012_octobre_rose.html"] = html_page("Octobre rose 2023 : tous mobilisés contre le cancer du sein", """
<header><nav>Accueil &gt; Santé &gt; Prévention</nav></header>
<main>
<h1>Octobre rose 2023 : tous mobilisés contre le cancer du sein</h1>
<p>Le cancer du sein est le cancer le plus fréquent chez la femme : près de 61 000 nouveaux cas sont diagnostiqués chaque année en France. Détecté tôt, il peut être guéri dans 9 cas sur 10. La ville de Saint-Médard-la-Forêt, avec le comité départemental de la Ligue contre le cancer et le centre régional de coordination des dépistages des cancers, vous propose un mois d'actions.</p>
<h2>Le dépistage organisé, c'est quoi ?</h2>
<p>Tous les deux ans, les femmes de 50 à 74 ans reçoivent une invitation pour une mammographie et un examen clinique des seins, pris en charge à 100 % par l'Assurance maladie, sans avance de frais. Seule une femme sur deux y participe dans notre département.</p>
<h2>Au programme</h2>
<ul>
<li><strong>Dimanche 1er octobre</strong> – Course et marche solidaires « La Rose des Bois » (5 et 10 km). Inscription 8 €, reversés à la Ligue.</li>
<li><strong>Mardi 10 octobre</strong> – Stand d'information sur le marché avec les infirmières de l'espace santé.</li>
<li><strong>Jeudi 12 octobre</strong> – Atelier d'autopalpation animé par une sage-femme de la maison de santé.</li>
<li><strong>Samedi 21 octobre</strong> – Conférence « Vivre pendant et après un cancer » avec l'association de patientes « Les Roses de l'espoir » et une socio-esthéticienne.</li>
<li><strong>Tout le mois</strong> – L'hôtel de ville illuminé en rose.</li>
</ul>
<h2>Et les hommes ?</h2>
<p>Le cancer du sein touche aussi environ 500 hommes par an. Toute grosseur doit conduire à consulter.</p>
<p>Contact : espace santé municipal, 05 56 00 00 00.</p>
</main>
<footer><p>© Ville de Saint-Médard-la-Forêt</p></footer>
""")

HTML["p016_fiche_pratique_aah.html"] = html_page("Fiche pratique – Allocation aux adultes handicapés (AAH)", """
<main>
<p class="breadcrumb">Services en ligne &gt; Solidarités &gt; Handicap</p>
<h1>Allocation aux adultes handicapés (AAH) : qui peut en bénéficier et comment la demander ?</h1>
<p class="maj">Vérifié le 4 janvier 2024 – Point d'accueil solidarités du Département des Vosges</p>
<h2>De quoi s'agit-il ?</h2>
<p>L'AAH est une aide financière qui garantit un minimum de ressources aux personnes en situation de handicap. Son montant maximal est de 1 016,05 € par mois au 1er avril 2024. Depuis octobre 2023, les revenus du conjoint ne sont plus pris en compte.</p>
<h2>Conditions</h2>
<ul>
<li>Avoir au moins 20 ans (ou 16 ans si vous n'êtes plus à la charge de vos parents) ;</li>
<li>résider en France de façon permanente ; les personnes étrangères doivent détenir un titre de séjour en cours de validité ;</li>
<li>avoir un taux d'incapacité d'au moins 80 %, ou compris entre 50 % et 79 % avec une restriction substantielle et durable d'accès à l'emploi reconnue par la CDAPH ;</li>
<li>ne pas dépasser un plafond de ressources.</li>
</ul>
<h2>Comment faire la demande ?</h2>
<ol>
<li>Remplissez le formulaire Cerfa n° 15692 de demande à la MDPH, ou utilisez le téléservice « MDPH en ligne ».</li>
<li>Joignez un certificat médical de moins d'un an (Cerfa n° 15695), un justificatif d'identité et de domicile.</li>
<li>La CDAPH rend sa décision ; la CAF ou la MSA verse ensuite l'allocation.</li>
</ol>
<h2>Besoin d'aide ?</h2>
<p>Les conseillers du point d'accueil solidarités vous aident à remplir votre dossier, sur rendez-vous au 03 29 00 00 00. Vos informations médicales restent confidentielles et ne sont transmises qu'à l'équipe de la MDPH.</p>
</main>
""")


DOCX["p020_reglement_interieur_services.docx"] = [
    ("b", "SYNDICAT MIXTE DU PARC NATUREL RÉGIONAL DES CAUSSES"),
    ("h1", "Règlement intérieur des services"),
    ("p", "Adopté par délibération du comité syndical du 5 octobre 2023, après avis du comité social territorial du 21 septembre 2023. Le présent règlement est remis à chaque agent et affiché dans les locaux."),
    ("h2", "Chapitre 1 – Temps de travail"),
    ("p", "La durée annuelle du travail est fixée à 1 607 heures. Les agents choisissent entre un cycle de 36 heures hebdomadaires avec 6 jours de réduction du temps de travail et un cycle de 38 heures avec 18 jours. Les plages fixes sont 9 h 30-11 h 30 et 14 h-16 h."),
    ("h2", "Chapitre 2 – Absences"),
    ("p", "Toute absence doit être autorisée préalablement par le responsable de service. En cas de maladie, l'agent prévient son service dès le premier jour et transmet l'avis d'arrêt de travail sous 48 heures. L'agent n'a pas à indiquer la nature de sa maladie ; seuls les volets destinés à l'employeur sont transmis."),
    ("p", "Autorisations spéciales d'absence : mariage ou PACS de l'agent (5 jours), décès du conjoint, d'un enfant ou d'un parent (3 jours), maladie grave du conjoint ou d'un enfant (3 jours), garde d'enfant malade (6 jours par an pour un agent à temps plein), annonce d'une pathologie chronique ou d'un cancer (2 jours), examens médicaux obligatoires liés à la grossesse, fêtes religieuses des différentes confessions (sous réserve des nécessités de service)."),
    ("h2", "Chapitre 3 – Droit syndical et droit de grève"),
    ("p", "Les organisations syndicales disposent d'un panneau d'affichage et d'un local. Les agents peuvent participer à une heure mensuelle d'information syndicale sur leur temps de travail. L'exercice du droit de grève est garanti ; il entraîne une retenue sur traitement proportionnelle à la durée de l'absence. Aucune mention de la participation à une grève ne figure au dossier individuel."),
    ("h2", "Chapitre 4 – Santé et sécurité"),
    ("p", "Les agents bénéficient d'un suivi médical par le service de médecine préventive. La consommation d'alcool est interdite sur le lieu de travail, à l'exception des moments de convivialité autorisés par la direction, limités au vin, à la bière et au cidre. Tout agent présentant un comportement laissant supposer un état d'ébriété est retiré de son poste pour sa sécurité ; un dépistage par éthylotest ne peut être proposé qu'aux agents occupant un poste de sécurité (conduite de véhicules, travaux en hauteur, utilisation de machines dangereuses)."),
    ("p", "Un registre de santé et de sécurité au travail est tenu à l'accueil. Le dispositif de signalement des actes de violence, de discrimination, de harcèlement moral ou sexuel et d'agissements sexistes est accessible à tous les agents par l'intermédiaire du centre de gestion."),
    ("h2", "Chapitre 5 – Laïcité, neutralité, discrétion"),
    ("p", "Les agents respectent le principe de laïcité et l'obligation de neutralité. Ils sont tenus au secret professionnel et à la discrétion professionnelle pour les faits et informations dont ils ont connaissance dans l'exercice de leurs fonctions."),
    ("p", "Le président du syndicat mixte, Alain Marty-Vernhet"),
]

DOCX["p029_organigramme_services.docx"] = [
    ("b", "VILLE DE LAVAL-SUR-MAYENNE"),
    ("h1", "Organigramme des services municipaux et du CCAS – au 1er mars 2024"),
    ("p", "Maire : Mme Florence Quentin-Lebreton. Cabinet du maire : M. Olivier Garnier, directeur de cabinet ; Mme Pauline Hamon, chargée de communication."),
    ("table", [
        ["Direction / service", "Responsable", "Effectif"],
        ["Direction générale des services", "M. Régis Landais, DGS", "4"],
        ["Direction des ressources humaines (carrières, paie, santé au travail, dialogue social)", "Mme Sylvie Chauvin", "14"],
        ["Direction des finances et de la commande publique", "M. Hugo Bellanger", "11"],
        ["Direction de la citoyenneté (état civil, élections, cimetières, accueil)", "Mme Aurore Triquet", "19"],
        ["Police municipale et tranquillité publique (CSU, médiation)", "M. Jérôme Pichon, chef de service", "26"],
        ["Direction de l'éducation et de l'enfance (écoles, restauration, périscolaire, crèches)", "Mme Nathalie Rousseau", "212"],
        ["Direction des solidarités – CCAS (action sociale, logement, seniors, handicap)", "Mme Khadija Benslimane", "48"],
        ["Direction de la santé publique (centre de santé, prévention, hygiène)", "Dr Antoine Mauduit", "17"],
        ["Direction des sports et de la vie associative", "M. Cyril Lecomte", "38"],
        ["Direction de la culture (médiathèques, conservatoire, musée)", "Mme Élise Vannier", "64"],
        ["Direction des services techniques (bâtiments, voirie, espaces verts, propreté)", "M. Franck Guérin", "186"],
        ["Direction du numérique", "M. Thomas Besnard", "9"],
    ]),
    ("p", "Référents transversaux : référent laïcité (M. Landais), référente égalité femmes-hommes et lutte contre les discriminations (Mme Triquet), référent déontologue (centre de gestion), délégué à la protection des données (M. Besnard), référent alerte éthique (centre de gestion), référente handicap RH (Mme Chauvin)."),
    ("p", "Effectif total : 648 agents (ville) et 48 agents (CCAS). Document mis à jour à chaque réorganisation et publié sur le site internet de la ville."),
]

DOCX["p036_cst_compte_rendu_teletravail.docx"] = [
    ("b", "DÉPARTEMENT DE LA CREUSE"),
    ("h1", "Comité social territorial – Compte rendu de la séance du 14 décembre 2023"),
    ("p", "Présidence : M. Thierry Gaillard, vice-président délégué aux ressources humaines. Représentants du personnel : 5 titulaires CGT, 3 FO, 2 CFDT. Experts : Mme Sophie Mallet (DRH), Dr Christine Aumasson (médecin de prévention). Secrétaire adjointe (représentants du personnel) : Mme Brigitte Lafaye (FO)."),
    ("h2", "1. Charte du télétravail – bilan et modifications"),
    ("p", "La DRH présente le bilan : 412 agents télétravaillent, soit 38 % des agents éligibles, en majorité 1 ou 2 jours par semaine. Les refus (27) sont motivés par la nature des missions. Il est proposé d'ouvrir un troisième jour pour les agents en situation de handicap, les femmes enceintes à partir du 3e mois et les proches aidants, sur avis du médecin de prévention, et d'instaurer un forfait de 2,50 € par jour télétravaillé."),
    ("p", "La CGT regrette que les agents des collèges restent exclus du dispositif et demande un droit à la déconnexion plus précis. La CFDT salue l'ouverture aux proches aidants. FO demande que l'équipement (écran, siège) soit fourni systématiquement."),
    ("table", [
        ["Vote – représentants du personnel", "Pour", "Contre", "Abstention"],
        ["Charte du télétravail modifiée", "5 (FO, CFDT)", "0", "5 (CGT)"],
    ]),
    ("h2", "2. Plan de prévention des risques psychosociaux"),
    ("p", "Le médecin de prévention présente les résultats anonymisés du questionnaire (1 096 réponses) : 31 % des répondants déclarent une charge de travail excessive, 18 % disent avoir été témoins d'agressions verbales d'usagers, notamment dans les maisons départementales des solidarités, et 9 % déclarent avoir subi des propos sexistes. Les actions proposées : formation des encadrants, renforcement de la sécurité des accueils, cellule d'écoute psychologique externe, procédure de signalement."),
    ("p", "Avis favorable unanime."),
    ("h2", "3. Lignes directrices de gestion – promotion et avancement"),
    ("p", "Les représentants du personnel demandent que les critères d'avancement ne pénalisent pas les agents à temps partiel ni ceux ayant été en congé de maladie ou de maternité. L'administration en prend acte et modifiera le critère de « disponibilité »."),
    ("p", "Aucune situation individuelle n'a été évoquée au cours de la séance. La séance est levée à 12 h 30."),
    ("p", "Le président, Thierry Gaillard – La secrétaire adjointe, Brigitte Lafaye"),
]

DOCX["p062_rapport_egalite_femmes_hommes.docx"] = [
    ("b", "RÉGION CENTRE-VAL DE LOIRE"),
    ("h1", "Rapport sur la situation en matière d'égalité entre les femmes et les hommes – 2023"),
    ("p", "Présenté en séance plénière préalablement au débat sur le budget (article L.4311-1-1 du CGCT)."),
    ("h2", "1. L'égalité dans la gestion des ressources humaines"),
    ("table", [
        ["Indicateur", "Femmes", "Hommes"],
        ["Effectif (agents permanents)", "1 842 (55 %)", "1 507 (45 %)"],
        ["Part dans les emplois de direction", "44 %", "56 %"],
        ["Rémunération nette mensuelle moyenne (catégorie A)", "3 210 €", "3 540 €"],
        ["Temps partiel", "19 %", "3 %"],
        ["Congés de maternité / paternité et d'accueil de l'enfant", "62", "71"],
        ["Jours d'absence pour enfant malade (moyenne par agent parent)", "3,1", "1,4"],
    ]),
    ("p", "L'écart de rémunération s'explique principalement par la part plus élevée d'hommes dans les emplois techniques à forte indemnité (lycées, routes) et par le temps partiel. Le plan d'action prévoit la révision des régimes indemnitaires et la neutralisation des congés de maternité et parentaux dans l'appréciation de la valeur professionnelle."),
    ("h2", "2. Violences sexistes et sexuelles au travail"),
    ("p", "Le dispositif de signalement a reçu 14 saisines en 2023 (9 en 2022), dont 8 pour agissements sexistes et 3 pour harcèlement sexuel. Quatre enquêtes administratives ont été conduites ; deux ont donné lieu à des sanctions disciplinaires. 310 encadrants ont été formés."),
    ("h2", "3. Les politiques régionales"),
    ("p", "La Région finance les associations d'accompagnement des femmes victimes de violences (Solidarité Femmes, CIDFF) à hauteur de 420 000 €, les actions de mixité des métiers dans les lycées professionnels, et la gratuité des protections périodiques dans 104 lycées. Les jeunes filles représentent 28 % des apprentis."),
    ("p", "Le président du conseil régional, François Bonneau-Deschamps"),
]

DOCX["p076_pv_ca_ccas.docx"] = [
    ("b", "CENTRE COMMUNAL D'ACTION SOCIALE DE LA VILLE DE CHOLET-SUR-MOINE"),
    ("h1", "Procès-verbal du conseil d'administration – séance du 27 février 2024"),
    ("p", "Présidence : M. Gilles Bourdouleix-Marchand, maire, président du CCAS. Vice-présidente : Mme Annick Baron. Membres élus : Mme Sabrina Oger, M. Didier Léauté, Mme Fatima Kaddouri, M. Jean-Yves Aubineau. Membres nommés : Mme Yvonne Bréheret (UDAF), M. Paul Humeau (association d'insertion), Mme Chantal Blouin (association de retraités), M. Mohamed Saïdi (association de personnes handicapées). Directrice : Mme Anne-Claire Ripoche."),
    ("h2", "1. Débat d'orientation budgétaire 2024"),
    ("p", "La directrice présente les grandes tendances : hausse de 14 % des demandes d'aide alimentaire, de 22 % des aides à l'énergie, stabilité des domiciliations (286). La subvention communale est portée à 1,4 M€. Mme Kaddouri demande que l'épicerie solidaire ouvre le samedi ; une étude sera menée."),
    ("h2", "2. Modification du règlement des aides facultatives"),
    ("p", "Il est proposé de relever le seuil de reste à vivre de 8 à 10 € par jour et par personne, d'ouvrir l'aide au permis de conduire aux bénéficiaires de l'AAH et de créer une aide « santé » pour les frais d'optique et dentaires non couverts. Mme Bréheret souhaite que les familles monoparentales bénéficient d'une majoration ; amendement adopté."),
    ("table", [
        ["Délibération", "Pour", "Contre", "Abstention"],
        ["Règlement des aides facultatives modifié", "10", "0", "0"],
        ["Tarifs du portage de repas 2024", "9", "0", "1"],
        ["Convention avec la Banque alimentaire", "10", "0", "0"],
    ]),
    ("h2", "3. Analyse des besoins sociaux"),
    ("p", "Le cabinet retenu présente les premiers résultats : 17 % des ménages vivent sous le seuil de pauvreté, 34 % des plus de 75 ans vivent seuls, le taux de non-recours au RSA est estimé à 30 %."),
    ("h2", "4. Informations"),
    ("p", "La commission permanente s'est réunie 6 fois depuis le dernier conseil ; elle a accordé 214 aides pour 41 300 €. Conformément au règlement, les situations individuelles ne sont pas présentées en conseil d'administration."),
    ("p", "Le président, Gilles Bourdouleix-Marchand"),
]

DOCX["p098_rob_extrait_social.docx"] = [
    ("b", "COMMUNAUTÉ URBAINE D'ARRAS-SCARPE"),
    ("h1", "Rapport d'orientation budgétaire 2024 – Partie 4 : structure et évolution des dépenses de personnel"),
    ("p", "Conformément à l'article D.2312-3 du CGCT, le rapport d'orientation budgétaire présente la structure des effectifs, les dépenses de personnel et la durée effective du travail."),
    ("table", [
        ["Poste", "CA 2022", "CA 2023", "BP 2024"],
        ["Traitements indiciaires", "21,4 M€", "22,6 M€", "23,5 M€"],
        ["Régime indemnitaire", "4,9 M€", "5,3 M€", "5,6 M€"],
        ["Nouvelle bonification indiciaire", "0,31 M€", "0,32 M€", "0,33 M€"],
        ["Heures supplémentaires", "0,88 M€", "1,02 M€", "0,95 M€"],
        ["Charges sociales", "9,7 M€", "10,2 M€", "10,7 M€"],
        ["Total chapitre 012", "37,2 M€", "39,4 M€", "41,1 M€"],
    ]),
    ("p", "L'évolution 2024 intègre la revalorisation du point d'indice de juillet 2023 en année pleine, l'attribution de 5 points d'indice majoré au 1er janvier 2024 et la hausse des cotisations à la CNRACL."),
    ("h2", "Effectifs et absentéisme"),
    ("p", "Au 31 décembre 2023, la communauté urbaine employait 842 agents (791 ETP), dont 88 % de titulaires. Le taux d'absentéisme pour raisons de santé s'établit à 8,9 %, en baisse de 0,7 point. Les dépenses d'assurance statutaire couvrant les risques de longue maladie et d'accident du travail atteignent 1,12 M€. Le nombre de reclassements pour inaptitude physique est de 6."),
    ("h2", "Temps de travail et dialogue social"),
    ("p", "La durée effective du travail est de 1 607 heures. 1 036 journées de grève ont été décomptées en 2023, principalement lors des mouvements nationaux. Le protocole d'accord sur la protection sociale complémentaire, signé avec les organisations syndicales CGT, FO et CFDT, entrera en vigueur au 1er janvier 2025."),
    ("p", "Le président, Frédéric Leturque-Danel"),
]

DOCX["s023_rapport_enquete_harcelement.docx"] = [
    ("b", "DÉPARTEMENT DE LA CREUSE – DIRECTION DES RESSOURCES HUMAINES"),
    ("h1", "Rapport d'enquête administrative – signalement n° 2023-07"),
    ("p", "CONFIDENTIEL – Destinataires : directeur général des services, DRH. Ne pas verser au dossier individuel avant décision."),
    ("p", "Enquêteurs : Mme Sophie Mallet (DRH) et M. Julien Peyronnet (cabinet externe Prévalis). Période d'enquête : 9 octobre – 24 novembre 2023."),
    ("h2", "1. Objet"),
    ("p", "Le 2 octobre 2023, Mme Laëtitia Chassagne, secrétaire à la maison départementale des solidarités de Guéret, a signalé des agissements à caractère sexuel de la part de son chef de service, M. Bernard Dufaud, responsable du pôle insertion : remarques répétées sur son physique, messages à caractère sexuel envoyés le soir sur son téléphone personnel, et un baiser forcé lors du pot de départ du 22 septembre."),
    ("h2", "2. Auditions"),
    ("table", [
        ["Personne entendue", "Qualité", "Éléments principaux"],
        ["Mme L. Chassagne", "Plaignante", "Décrit les faits depuis mars 2023 ; arrêt de travail depuis le 3 octobre ; suivie par un psychologue."],
        ["M. B. Dufaud", "Mis en cause", "Reconnaît des « messages maladroits », conteste le baiser ; évoque des difficultés conjugales."],
        ["Mme Aurélie Lebon", "Collègue", "A assisté à la scène du 22 septembre ; confirme le geste."],
        ["M. Patrice Roche", "Collègue", "Rapporte des remarques sexistes fréquentes en réunion."],
    ]),
    ("h2", "3. Conclusions"),
    ("p", "Les faits de harcèlement sexuel sont établis au sens de l'article L.133-1 du code général de la fonction publique. Le geste du 22 septembre est susceptible de recevoir la qualification d'agression sexuelle ; un signalement au procureur de la République au titre de l'article 40 du code de procédure pénale est recommandé."),
    ("p", "Préconisations : suspension de M. Dufaud à titre conservatoire, saisine du conseil de discipline, protection fonctionnelle accordée à Mme Chassagne, accompagnement de l'équipe."),
]

DOCX["s033_caleol_candidats.docx"] = [
    ("b", "OFFICE PUBLIC DE L'HABITAT « VAL DE SAÔNE HABITAT »"),
    ("h1", "CALEOL du 14 mars 2024 – Fiches candidats (document de séance, à détruire après la commission)"),
    ("p", "Logement proposé : T3, 58 m², résidence Les Charmilles, 4e étage avec ascenseur, loyer 462 € hors charges."),
    ("table", [
        ["Rang proposé", "Candidat", "Composition / ressources", "Situation"],
        ["1", "Mme Sabrina LOPES", "Mère seule, 2 enfants (4 et 7 ans) ; AAH 1 016 € + prestations CAF", "Reconnue prioritaire DALO le 12/01/2024 ; hébergée en CHRS depuis sa sortie du domicile conjugal (violences, plainte en cours)"],
        ["2", "M. et Mme Ahmed et Leïla BOUAZIZ", "Couple, 3 enfants ; salaire 1 620 € + CAF", "Logement actuel insalubre (arrêté préfectoral), enfant asthmatique"],
        ["3", "M. Rémi GAUTHIER", "Seul, droit de visite de sa fille un week-end sur deux ; RSA 607 €", "Sortant de détention (libéré en décembre), suivi par le SPIP ; hébergé chez sa mère"],
    ]),
    ("p", "Avis du service social : la candidature de Mme Lopes est prioritaire ; l'adresse ne doit pas être communiquée à l'ex-conjoint. Pour M. Gauthier, le SPIP recommande un logement plus petit, hors du quartier où résident les victimes des faits pour lesquels il a été condamné."),
    ("p", "Décision : attribution à Mme Lopes ; rang 2 à M. et Mme Bouaziz ; M. Gauthier non retenu pour ce logement, orientation vers un T1 du contingent préfectoral."),
    ("p", "Les membres de la commission sont tenus à la discrétion sur les situations examinées."),
]

DOCX["s035_entretien_professionnel.docx"] = [
    ("b", "COMMUNE DE VALENCE-D'ALBIGEOIS"),
    ("h1", "Compte rendu d'entretien professionnel – année 2023"),
    ("table", [
        ["Agent", "M. Franck Delmas, adjoint technique principal de 2e classe"],
        ["Service / poste", "Services techniques – agent polyvalent bâtiments"],
        ["Supérieur hiérarchique direct", "M. Thierry Rouquet, responsable des services techniques"],
        ["Date de l'entretien", "11 janvier 2024"],
    ]),
    ("h2", "1. Résultats professionnels obtenus"),
    ("p", "Les objectifs fixés en 2022 n'ont été que partiellement atteints : le programme d'entretien des écoles a pris trois mois de retard. M. Delmas a fait preuve d'une bonne technicité en plomberie mais d'un manque d'organisation récurrent. Plusieurs oublis de fermeture des bâtiments ont été constatés (mairie annexe, 14 juin et 3 octobre)."),
    ("h2", "2. Manière de servir"),
    ("table", [
        ["Critère", "Appréciation"],
        ["Compétences techniques", "Satisfaisant"],
        ["Qualités relationnelles", "À améliorer – tensions avec deux collègues, propos déplacés envers une ATSEM signalés en mai"],
        ["Ponctualité, assiduité", "Insuffisant – 19 retards relevés"],
        ["Sens du service public", "Satisfaisant"],
    ]),
    ("p", "L'agent explique ses retards par les difficultés liées à la garde de ses enfants depuis sa séparation et par des troubles du sommeil pour lesquels il consulte. Il indique traverser une période difficile."),
    ("h2", "3. Appréciation générale"),
    ("p", "Valeur professionnelle insuffisante au regard du grade. Avis défavorable à l'inscription au tableau d'avancement. Un plan d'accompagnement est proposé : formation à l'organisation du travail, point mensuel avec le responsable, orientation vers l'assistante sociale du personnel."),
    ("p", "Observations de l'agent : « Je conteste l'appréciation sur les relations avec mes collègues. »"),
    ("p", "Signatures : l'agent, le supérieur hiérarchique, l'autorité territoriale."),
]


HTML["p025_communique_evacuation_campement.html"] = html_page("Évacuation du campement du quai de la Fosse", """
<header><p>Préfecture de la Loire-Atlantique – Salle de presse</p></header>
<article>
<h1>Évacuation du campement illicite du quai de la Fosse à Nantes</h1>
<p class="date">Communiqué de presse – Nantes, le 21 février 2024</p>
<p>En exécution de l'ordonnance du tribunal judiciaire de Nantes du 2 février 2024, saisi par Nantes Métropole, propriétaire du terrain, une opération d'évacuation du campement installé depuis l'été 2023 sur le terrain vague du quai de la Fosse s'est déroulée ce mercredi matin, de 6 h 30 à 11 h, sous l'autorité du préfet.</p>
<p>Le campement regroupait environ 160 personnes, dont 38 enfants, principalement des familles originaires d'Europe de l'Est et des personnes en demande d'asile ou déboutées. Le diagnostic social préalable, réalisé en janvier par l'association Saint-Benoît-Labre mandatée par l'État, a permis de recenser les besoins de chacun.</p>
<h2>Des solutions d'hébergement proposées à tous</h2>
<ul>
<li>94 personnes ont accepté une orientation vers un hébergement d'urgence ou un centre d'accueil et d'examen des situations (CAES) ;</li>
<li>21 personnes relevant du dispositif national d'accueil ont été orientées vers des places dans d'autres régions ;</li>
<li>les autres occupants avaient quitté les lieux avant l'opération ou ont décliné les propositions.</li>
</ul>
<p>La scolarisation des enfants sera maintenue dans leurs écoles actuelles grâce à une prise en charge des transports. Une équipe médicale de la PASS du CHU était présente sur place.</p>
<p>L'opération a mobilisé 180 policiers et gendarmes. Elle s'est déroulée dans le calme ; aucune interpellation n'a eu lieu. Le terrain sera sécurisé et nettoyé par la métropole.</p>
<p>Le préfet rappelle que « la résorption des campements illicites ne peut se faire qu'en conciliant le respect du droit de propriété, la salubrité publique et l'accompagnement humain des personnes ».</p>
</article>
<footer><p>Contact presse : pref-communication@loire-atlantique.gouv.fr</p></footer>
""")

HTML["p047_plan_grand_froid.html"] = html_page("Plan grand froid 2023-2024", """
<main>
<h1>Plan grand froid 2023-2024 : la ville et ses partenaires mobilisés</h1>
<p>Ville de Clermont-Monts – rubrique Solidarités – mis à jour le 27 novembre 2023</p>
<p>Du 1er novembre au 31 mars, la période hivernale fait l'objet d'un dispositif renforcé pour protéger les personnes sans abri et les personnes vulnérables. Il est piloté par le préfet, en lien avec la ville, le CCAS, le SIAO et les associations.</p>
<h2>Les niveaux d'alerte</h2>
<table>
<thead><tr><th>Niveau</th><th>Déclenchement</th><th>Mesures</th></tr></thead>
<tbody>
<tr><td>Veille saisonnière</td><td>1er novembre</td><td>Ouverture de 120 places d'hébergement supplémentaires, maraudes quotidiennes</td></tr>
<tr><td>Grand froid (vigilance orange)</td><td>Températures ressenties négatives le jour</td><td>Ouverture du gymnase Fontgiève (60 lits), maraudes toute la nuit, accueils de jour prolongés</td></tr>
<tr><td>Froid extrême (vigilance rouge)</td><td>Températures ressenties inférieures à -18 °C</td><td>Mise à l'abri systématique, ouverture d'un second site, appels aux personnes inscrites au registre</td></tr>
</tbody>
</table>
<h2>Vous voyez une personne en difficulté dans la rue ?</h2>
<p>Appelez le <strong>115</strong> (numéro gratuit, 24 h/24). Si la personne semble en danger (inconsciente, hypothermie), appelez le <strong>15</strong>.</p>
<h2>Les lieux d'accueil</h2>
<ul>
<li>Accueil de jour « L'Abri », 9 rue Gaultier-de-Biauzat : petit-déjeuner, douches, bagagerie, permanence infirmière ;</li>
<li>Restos du cœur et Secours populaire : distributions alimentaires ;</li>
<li>Équipe mobile psychiatrie-précarité du CH Sainte-Marie, présente lors des maraudes.</li>
</ul>
<h2>Personnes âgées et isolées</h2>
<p>Le CCAS invite les personnes âgées, handicapées ou isolées à s'inscrire sur le registre des personnes vulnérables (04 73 00 00 00) afin d'être contactées en cas de vague de froid.</p>
</main>
""")

HTML["p053_fiche_naturalisation.html"] = html_page("Demander la nationalité française par décret", """
<main>
<p class="fil">Accueil &gt; Démarches &gt; Étrangers &gt; Nationalité</p>
<h1>Demander la nationalité française par décret (naturalisation)</h1>
<p>Préfecture du Bas-Rhin – plateforme d'accès à la nationalité française</p>
<h2>Conditions</h2>
<ul>
<li>être majeur et résider en France de manière habituelle et continue depuis au moins 5 ans (2 ans en cas de réussite de deux années d'études supérieures en France, pas de condition de durée pour les réfugiés) ;</li>
<li>avoir le centre de ses intérêts matériels et familiaux en France ;</li>
<li>justifier d'une insertion professionnelle et de ressources stables ;</li>
<li>justifier d'un niveau de français B1 à l'oral et à l'écrit ;</li>
<li>connaître l'histoire, la culture et la société françaises, les droits et devoirs du citoyen, et adhérer aux principes et valeurs de la République ;</li>
<li>ne pas avoir été condamné à une peine d'au moins 6 mois d'emprisonnement sans sursis, ni faire l'objet d'une mesure d'éloignement.</li>
</ul>
<h2>Comment faire ?</h2>
<ol>
<li>Déposez votre demande en ligne sur la plateforme NATALI, avec les pièces justificatives numérisées (actes d'état civil traduits, justificatifs de résidence, de ressources, diplôme ou attestation de niveau de langue).</li>
<li>Vous êtes convoqué à un entretien d'assimilation avec un agent de la préfecture.</li>
<li>Une enquête est menée par les services de police ou de gendarmerie.</li>
<li>La préfecture transmet son avis au ministère de l'Intérieur, qui prend la décision.</li>
</ol>
<h2>Délai et décision</h2>
<p>Le délai légal est de 18 mois à compter de la remise du dossier complet. La décision peut être favorable (publication au Journal officiel), un ajournement ou un rejet, motivés et susceptibles de recours.</p>
<p>Une cérémonie d'accueil dans la citoyenneté française est organisée en préfecture.</p>
</main>
""")

HTML["p065_depistage_vih.html"] = html_page("1er décembre : dépistez-vous gratuitement", """
<article>
<h1>Journée mondiale de lutte contre le sida : dépistez-vous gratuitement le 1er décembre</h1>
<p class="chapo">La ville de Montpellier-Lez, le CeGIDD du CHU et les associations AIDES et Envie vous donnent rendez-vous place de la Comédie.</p>
<p>En France, environ 5 000 personnes découvrent chaque année leur séropositivité au VIH, et près d'un tiers d'entre elles à un stade avancé de l'infection. On estime que 24 000 personnes vivent avec le VIH sans le savoir. Or, un traitement pris tôt permet de vivre normalement et empêche la transmission du virus : une personne dont la charge virale est indétectable ne transmet pas le VIH.</p>
<h2>Le programme du vendredi 1er décembre</h2>
<ul>
<li>10 h-19 h : dépistage rapide (TROD) du VIH, de l'hépatite C et de la syphilis, anonyme et gratuit, résultat en 15 minutes, dans le camion de prévention ;</li>
<li>distribution de préservatifs et d'autotests ;</li>
<li>information sur la PrEP, traitement préventif accessible en consultation ou chez son médecin traitant ;</li>
<li>18 h : lecture des noms et dépôt de rubans rouges devant l'hôtel de ville, avec les associations de personnes vivant avec le VIH ;</li>
<li>20 h : projection-débat au cinéma Diagonal.</li>
</ul>
<h2>Toute l'année</h2>
<p>Le centre gratuit d'information, de dépistage et de diagnostic (CeGIDD) vous accueille du lundi au vendredi, avec ou sans rendez-vous. Depuis 2022, le dépistage du VIH est possible sans ordonnance et sans frais dans tous les laboratoires d'analyses.</p>
<p>Sida Info Service : 0 800 840 800 (anonyme et gratuit).</p>
</article>
""")

HTML["p089_registre_canicule.html"] = html_page("Registre des personnes vulnérables – canicule", """
<main>
<h1>Canicule : inscrivez-vous ou inscrivez un proche sur le registre des personnes vulnérables</h1>
<p>CCAS de Carpentras-Ventoux – été 2024</p>
<p>Chaque année, la commune tient un registre nominatif et confidentiel des personnes âgées, isolées ou en situation de handicap vivant à domicile, afin de les contacter et de leur porter assistance en cas de déclenchement du plan canicule par le préfet.</p>
<h2>Qui peut s'inscrire ?</h2>
<ul>
<li>les personnes de 65 ans et plus ;</li>
<li>les personnes de plus de 60 ans reconnues inaptes au travail ;</li>
<li>les personnes adultes en situation de handicap (AAH, carte mobilité inclusion, pension d'invalidité).</li>
</ul>
<p>L'inscription est facultative et peut être faite par la personne elle-même, son représentant légal ou un tiers (proche, médecin, service d'aide à domicile), avec l'accord de la personne.</p>
<h2>Formulaire d'inscription (à renvoyer au CCAS)</h2>
<form>
<p><label>Nom : <input type="text" name="nom"></label> <label>Prénom : <input type="text" name="prenom"></label></p>
<p><label>Date de naissance : <input type="text" name="naissance"></label></p>
<p><label>Adresse : <input type="text" name="adresse"></label> <label>Téléphone : <input type="text" name="tel"></label></p>
<p>Vous vivez : <label><input type="radio" name="vie"> seul(e)</label> <label><input type="radio" name="vie"> en couple</label> <label><input type="radio" name="vie"> avec un proche</label></p>
<p><label>Service d'aide à domicile ou de soins intervenant : <input type="text" name="service"></label></p>
<p><label>Personne à prévenir (nom, lien, téléphone) : <input type="text" name="contact"></label></p>
<p><label>Médecin traitant : <input type="text" name="medecin"></label></p>
<p><label><input type="checkbox" name="accord"> J'accepte que ces informations soient communiquées au préfet en cas de déclenchement du plan d'alerte et d'urgence.</label></p>
</form>
<p>Les données sont conservées jusqu'à demande de radiation et ne sont utilisées que pour le plan d'alerte. Contact : CCAS, 04 90 00 00 00.</p>
</main>
""")

HTML["p100_newsletter_college_handicap.html"] = html_page("La Lettre du collège Jean-Monnet – mars 2024", """
<div class="lettre">
<h1>La Lettre du collège Jean-Monnet – n° 5 – mars 2024</h1>
<p>Collège public Jean-Monnet, Pontarlier</p>
<h2>Semaine de sensibilisation au handicap : « Tous différents, tous ensemble »</h2>
<p>Du 11 au 15 mars, tous les élèves de 6e et de 5e ont participé à des ateliers de sensibilisation : parcours en fauteuil roulant avec le comité handisport du Doubs, initiation à la langue des signes, atelier « lire sans voir » avec l'association Valentin Haüy, et témoignage d'une athlète paralympique de para-tennis de table. Les élèves de l'ULIS du collège ont co-animé l'atelier « dys » qui a permis à chacun de mieux comprendre la dyslexie et la dyspraxie.</p>
<p>« L'inclusion, ce n'est pas seulement accueillir, c'est apprendre les uns des autres », a rappelé la principale, Mme Martine Cuenot.</p>
<h2>Santé : la vaccination HPV au collège</h2>
<p>La seconde dose du vaccin contre les papillomavirus sera proposée aux élèves de 5e le 4 avril. Les familles qui ne l'ont pas encore fait peuvent retourner l'autorisation au secrétariat.</p>
<h2>Harcèlement : nos ambassadeurs pHARe</h2>
<p>Quatorze élèves ambassadeurs ont été formés. Une boîte aux lettres « On en parle » est installée au CDI. Numéro national : 3018.</p>
<h2>Journée de la laïcité : retour sur l'exposition</h2>
<p>L'exposition réalisée par les 4e sur l'histoire de la loi de 1905 est visible au CDI jusqu'aux vacances.</p>
<h2>Dates à retenir</h2>
<ul>
<li>28 mars : conseils de classe du 2e trimestre ;</li>
<li>5 avril : forum des métiers ;</li>
<li>15 avril : départ du voyage en Allemagne des germanistes.</li>
</ul>
</div>
""")

HTML["s036_communique_suspect_nomme.html"] = html_page("Meurtre à Saint-Priest : le suspect mis en examen", """
<article>
<p class="rubrique">Ville de Saint-Priest-en-Velay – Actualités</p>
<h1>Meurtre rue des Mûriers : le suspect mis en examen et écroué</h1>
<p class="date">Publié le 6 mars 2024</p>
<p>Le parquet de Saint-Étienne a annoncé mardi la mise en examen pour meurtre de Kévin Dumas-Royer, 23 ans, domicilié dans le quartier des Mûriers, soupçonné d'avoir mortellement poignardé son voisin, Patrick Chalaye, 61 ans, dans la nuit du 2 au 3 mars. Le jeune homme, déjà connu de la justice pour des faits de violences et de trafic de stupéfiants, a été placé en détention provisoire à la maison d'arrêt de La Talaudière.</p>
<p>Selon les premiers éléments de l'enquête, le suspect, qui souffre de troubles psychiatriques et avait interrompu son traitement, aurait agi après une dispute liée à des nuisances sonores. Sa mère, qui vit avec lui, avait alerté à plusieurs reprises le centre médico-psychologique. Une expertise psychiatrique a été ordonnée par le juge d'instruction.</p>
<p>Le maire a exprimé sa « profonde tristesse » et adressé ses condoléances à l'épouse et aux deux filles de la victime. Une cellule d'écoute est ouverte au centre social des Mûriers.</p>
</article>
""")

HTML["s037_avis_deces_habitant.html"] = html_page("Carnet – nos peines", """
<section class="carnet">
<h1>Carnet du mois – Bulletin en ligne de la commune de Plouguerneau-sur-Mer</h1>
<h2>Ils nous ont quittés</h2>
<article>
<h3>Jean-Yves Kerhoas (1962-2024)</h3>
<p>Jean-Yves, marin-pêcheur au port du Korejou pendant trente ans, s'est éteint le 14 janvier à l'hôpital de Brest, des suites d'une longue maladie contre laquelle il s'est battu avec courage. Atteint d'un cancer du poumon découvert il y a deux ans, il avait dû renoncer à la mer et vivait entouré de sa compagne, Maryvonne, et de ses enfants, Gaël et Soizic.</p>
<p>Ses amis se souviendront de sa générosité, mais aussi de ses combats : il avait traversé, au début des années 2000, de graves difficultés avec l'alcool, dont il parlait librement, et était devenu un bénévole actif de l'association Vie Libre, où il accompagnait d'autres personnes vers l'abstinence. Sa séparation d'avec sa première épouse, Anne, l'avait éloigné un temps de son fils aîné, avec qui il s'était réconcilié l'an dernier.</p>
<p>Ses obsèques ont été célébrées le 19 janvier en l'église Saint-Pierre.</p>
</article>
</section>
""")

HTML["s042_fiche_adherent_association.html"] = html_page("Espace adhérents – fiche", """
<main>
<h1>Association « Positifs Ensemble 31 » – espace bénévoles</h1>
<p>Fiche d'accueil – saisie du 19 février 2024 par Julien (permanence du lundi)</p>
<table>
<tr><th>Nom</th><td>ESTÈVE</td></tr>
<tr><th>Prénom</th><td>Mathieu</td></tr>
<tr><th>Âge</th><td>34 ans</td></tr>
<tr><th>Ville</th><td>Toulouse (Saint-Cyprien)</td></tr>
<tr><th>Statut sérologique</th><td>VIH+ depuis 2019, sous traitement, charge virale indétectable</td></tr>
<tr><th>Suivi</th><td>Service des maladies infectieuses, CHU Purpan (Dr Cazanave)</td></tr>
<tr><th>Demande</th><td>Groupe de parole ; aide pour un dossier de prêt immobilier (questionnaire de santé, convention AERAS)</td></tr>
<tr><th>Observations</th><td>Vit avec son compagnon, Lucas, depuis 4 ans. N'a pas informé son employeur ni sa famille de sa séropositivité. Épisode dépressif en 2022. Souhaite rester anonyme dans les activités de l'association.</td></tr>
</table>
<p>Orientation : groupe de parole du jeudi, rendez-vous avec la juriste (questions d'assurance) le 26/02.</p>
<h2>Historique des contacts</h2>
<ul>
<li>12/01/2024 – premier appel sur la ligne d'écoute ; très angoissé par le refus de sa banque après le questionnaire de santé.</li>
<li>19/02/2024 – venu à la permanence avec Lucas ; adhésion réglée (10 €, tarif réduit demandé car en arrêt maladie depuis décembre).</li>
<li>À prévoir – l'inviter au week-end « santé sexuelle et bien-être » d'avril si son état le permet.</li>
</ul>
<p class="note">Rappel aux bénévoles : ces fiches ne doivent jamais être imprimées ni transmises hors de l'association.</p>
</main>
""")




def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, blocks in DOCX.items():
        write_docx(name, blocks)
    for name, text in HTML.items():
        (OUT / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
