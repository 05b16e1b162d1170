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


# @@DOCUMENTS@@


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, blocks in DOCX.items():
        write_docx(name, blocks)
    for name, text in HTML.items():
        (OUT / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
