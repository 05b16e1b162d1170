"""Derive the health vocabularies shipped in ``aiguillage/sensitivity/data`` from edsnlp's resources.

edsnlp (AP-HP, BSD-3-Clause) ships the French CIM-10 labels (ATIH) and ATC drug names in its wheel.
We keep what names a condition or a drug in prose: the head word of every CIM-10 label of chapters
A-T (external causes and "factors influencing health status", V-Z, name situations, not illnesses),
less generic words that mean something else in administrative prose ("rupture", "déficit",
"goutte"…); and every drug name (molecule or brand's first word) that is not an ordinary French word.
The matcher only counts a term when it is predicated of a person, so a rare collision costs little.

    pip download --no-deps -d /tmp/w edsnlp==0.23.0
    python bench/sensitivity/build_health_terms.py /tmp/w/edsnlp-0.23.0-*.whl
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "include" / "aiguillage" / "sensitivity" / "data"
COMMON = (
    Path(__file__).resolve().parents[2] / "include" / "aiguillage" / "detect" / "data" / "common_words.txt.gz"
)
# Head words of CIM-10 labels that are generic, or common words with another meaning in administration.
GENERIC = set(
    [
        "autres",
        "autre",
        "effet",
        "effets",
        "séquelles",
        "résultats",
        "soins",
        "***",
        "corps",
        "retard",
        "interruption",
        "absence",
        "complication",
        "complications",
        "échec",
        "rupture",
        "travail",
        "réaction",
        "calcul",
        "fente",
        "mort",
        "atteinte",
        "atteintes",
        "lésion",
        "lésions",
        "anomalie",
        "anomalies",
        "goutte",
        "carence",
        "déficit",
        "insuffisance",
        "trouble",
        "troubles",
        "affection",
        "affections",
        "dysfonctionnement",
        "rétrécissement",
        "écrasement",
        "déformation",
        "occlusion",
        "tassement",
        "raideur",
        "corrosion",
        "corrosions",
        "calcification",
        "déchirure",
        "épanchement",
        "état",
        "chute",
        "perte",
        "problèmes",
        "difficultés",
        "sujet",
        "personne",
        "coup",
        "choc",
        "faiblesse",
        "fatigue",
        "malaise",
        "tension",
        "crise",
        "stress",
        "agitation",
        "obstruction",
        "compression",
        "dépôt",
        "épaississement",
        "naissance",
        "présence",
        "contact",
        "exposition",
        "surveillance",
        "examen",
        "rejet",
        "défaut",
        "excès",
        "manque",
        "modification",
        "modifications",
        "altération",
        "altérations",
        "dilatation",
        "hypertrophie",
        "anomalies",
        "augmentation",
        "diminution",
        "accident",
        "accidents",
        "complexe",
        "mauvais",
        "mauvaise",
        "autres(",
        "masse",
        "nodule",
        "corps",
        "étranger",
        "saignement",
        "enfant",
        "mère",
        "foetus",
        "nouveau-né",
        "nouveau",
        "jumeaux",
        "grossesse",
        "intolérance",
        "maladie",
        "maladies",
        "syndrome",
        "syndromes",
        "douleur",
        "infection",
        "infections",
        "fracture",
        "fractures",
        "plaie",
        "plaies",
        "suites",
        "suivi",
        "aplasie",
        "hyperplasie",
        "dégénérescence",
        "déplacement",
        "éventration",
        "inflammation",
        "ulcération",
        "épilepsie",
        "accouchement",
        "allergie",
        "asthme",
        "coma",
        "démence",
        "obésité",
        "accélération",
        "activité",
        "alimentation",
        "allongement",
        "anneau",
        "apparence",
        "arrachement",
        "arrêt",
        "aspiration",
        "asymétrie",
        "attrition",
        "aversion",
        "baisse",
        "bouchon",
        "brièveté",
        "béance",
        "caractère",
        "charbon",
        "chimère",
        "coagulation",
        "coalescence",
        "coeur",
        "communication",
        "comportement",
        "congestion",
        "constatation",
        "coudure",
        "coussinet",
        "croissance",
        "difficulté",
        "dissection",
        "dissociation",
        "distension",
        "doigt",
        "duplication",
        "décollement",
        "découragement",
        "dédoublement",
        "défaillance",
        "délaissement",
        "délétion",
        "dépolarisation",
        "désorientation",
        "désunion",
        "déséquilibre",
        "détresse",
        "détérioration",
        "déviation",
        "echec",
        "episode",
        "estomac",
        "expectoration",
        "faible",
        "femme",
        "fissure",
        "fonctionnement",
        "formation",
        "forme",
        "fugue",
        "fusion",
        "haleine",
        "hanche",
        "haute",
        "homme",
        "hostilité",
        "hygiène",
        "image",
        "immaturité",
        "immobilité",
        "imperforation",
        "impuissance",
        "incurvation",
        "induration",
        "inertie",
        "infestation",
        "ingestion",
        "inquiétude",
        "instabilité",
        "intervention",
        "intestin",
        "invagination",
        "inversion",
        "inégalité",
        "irritabilité",
        "labilité",
        "langue",
        "lenteur",
        "majoration",
        "malposition",
        "mamelon",
        "manie",
        "marasme",
        "maturation",
        "menace",
        "miction",
        "mosaïque",
        "nervosité",
        "noyade",
        "ongle",
        "opacité",
        "oreille",
        "orientation",
        "pavillon",
        "perforation",
        "perméabilité",
        "persistance",
        "personnalité",
        "perturbation",
        "peste",
        "petit",
        "placenta",
        "plaque",
        "poche",
        "poignet",
        "posture",
        "poumon",
        "prise",
        "problème",
        "production",
        "produit",
        "prolixité",
        "prolongation",
        "protrusion",
        "puberté",
        "raccourcissement",
        "racine",
        "raréfaction",
        "respiration",
        "retour",
        "rivalité",
        "rotule",
        "rougeur",
        "réarrangement",
        "résorption",
        "résultat",
        "rétention",
        "rétraction",
        "sifflement",
        "souffle",
        "suppression",
        "suractivité",
        "surcharge",
        "sécheresse",
        "sécrétion",
        "séquestration",
        "tendance",
        "testicule",
        "tissu",
        "torsion",
        "trait",
        "translocation",
        "tremblement",
        "tristesse",
        "tronc",
        "ventricule",
        "vessie",
        "violence",
        "viscosité",
        "volet",
        "lignes",
        "ligne",
        "états",
        "petite",
        "grande",
        "grosse",
        "longue",
        "courte",
        "basse",
        "hautes",
        "mauvais",
        "première",
        "premier",
        "écoulement",
        "épisode",
        "épuisement",
        "érosion",
        "éruption",
        "morsure",
        "piedra",
        "pinta",
        "lichen",
        "teigne",
        "sprue",
        "certaines",
        "certains",
        "certain",
        "décès",
        "démarche",
        "poids",
        "souris",
        "poursuite",
        "sinus",
        "stupeur",
        "virus",
        "dysfonction",
        "dysfontionnement",
        "dysfonctionnement",
        "engorgement",
        "crevasses",
        "extravasation",
        "pigmentation",
        "situs",
        "larva",
        "reflux",
        "non-différenciation",
        "hyperfonctionnement",
        "hypofonctionnement",
        "hyperfonction",
        "hypofonction",
        "proteus",
        "intoxication",
        "pâleur",
        "collapsus",
        "démyélinisation",
        "régurgitation",
    ]
)
# Drug names that are ordinary words or places in French prose.
DRUG_STOP = set(
    [
        "vichy",
        "efferalgan",
        "lumière",
        "alcool",
        "oxygène",
        "charbon",
        "argent",
        "fer",
        "magnésium",
        "calcium",
        "zinc",
        "soufre",
        "iode",
        "vaseline",
        "glycérine",
        "eau",
        "sel",
        "sucre",
        "glucose",
        "lactose",
        "amidon",
        "huile",
        "menthe",
        "camomille",
        "tilleul",
        "propolis",
        "vitamine",
        "vitamines",
        "sodium",
        "potassium",
        "chlorure",
        "azote",
        "paraffine",
        "talc",
    ]
)


def fold(w: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", w.lower()) if not unicodedata.combining(c))


def main(wheel: str) -> None:
    common = {fold(w) for w in gzip.decompress(COMMON.read_bytes()).decode("utf-8").split()}
    z = zipfile.ZipFile(wheel)
    rows = csv.DictReader(
        io.TextIOWrapper(
            io.BytesIO(gzip.decompress(z.read("edsnlp/resources/cim10.csv.gz"))), encoding="utf-8"
        )
    )
    heads: set[str] = set()
    for r in rows:
        if r["code"][:1] in "UVWXYZ":
            continue
        word = r["long"].split()[0].strip(",;:()").lower()
        if len(word) >= 5 and word.isalpha() is False and "-" not in word:
            continue
        plain = fold(word)
        if plain not in common and (plain[:-1] in common or plain.rstrip("sx") in common):
            continue  # the plural of an ordinary word ("lignes", "états")
        if len(word) >= 5 and word not in GENERIC:
            heads.add(word)
    drugs: set[str] = set()
    for names in json.loads(z.read("edsnlp/resources/drugs.json")).values():
        for name in names:
            first = name.split()[0].strip(",;:()").lower()
            plain = fold(first)
            if (
                len(first) >= 6
                and first.isalpha()
                and plain not in common
                and plain.rstrip("sx") not in common
                and plain[:-1] not in common
                and first not in DRUG_STOP
            ):
                drugs.add(first)
    header = "# derived by bench/sensitivity/build_health_terms.py from edsnlp 0.23.0 (BSD-3-Clause): {}\n"
    (OUT / "health_cim10.txt.gz").write_bytes(
        gzip.compress(
            (
                header.format("CIM-10 FR labels (ATIH), chapters A-T, head words")
                + "\n".join(sorted(heads))
                + "\n"
            ).encode("utf-8"),
            mtime=0,
        )
    )
    (OUT / "health_drugs.txt.gz").write_bytes(
        gzip.compress(
            (header.format("ATC drug names (molecules and brands)") + "\n".join(sorted(drugs)) + "\n").encode(
                "utf-8"
            ),
            mtime=0,
        )
    )
    print(f"{len(heads)} CIM-10 head words, {len(drugs)} drug names")


if __name__ == "__main__":
    main(sys.argv[1])
