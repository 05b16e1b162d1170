# ruff: noqa: E501  (the documents are long lines of text)
"""Build the .html and .docx documents of the personal-data leak benchmark, and their labels.

The documents are hand-written at the end of this file; a personal value is written ``⟦kind:text⟧``
and an official kept in clear ``⟦off:text⟧``. The script writes the files without the marks and puts
their lines in ``corpus/<set>/labels.jsonl`` (the lines of the .txt documents, written by hand, are
kept as they are). The .docx files have fixed core properties and fixed zip dates: the same script
gives the same bytes. Some shapes live only in these formats: a name split across runs or tags, a
person in a Word header or footer, in the document's author property or an HTML <title>/<meta>, a
mailto: link, tables.

Run: .venv/bin/python bench/pii/build_files.py
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent / "corpus"
KINDS = {"p": "person", "a": "address", "t": "phone", "e": "email", "bd": "birth_date", "bp": "birth_place",
         "ag": "age", "nir": "nir", "iban": "iban", "rib": "rib", "siret": "siret", "pl": "plate",
         "cad": "cadastre", "id": "identifier", "o": "other"}
MARK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)
FIXED = dt.datetime(2026, 1, 5, 9, 0, 0)


def unmark(text: str, values: list[dict[str, str]], officials: list[str], is_html: bool = False) -> str:
    """The text without its marks; the marked values and officials are appended (once each)."""

    def rep(m: re.Match[str]) -> str:
        kind, inner = m.group(1), m.group(2)
        shown = html.unescape(re.sub(r"<[^>]+>", "", inner)) if is_html else inner.replace("**", "")
        if kind == "off":
            if shown not in officials:
                officials.append(shown)
        else:
            value = {"text": shown, "kind": KINDS[kind]}
            if value not in values:
                values.append(value)
        return inner

    return MARK.sub(rep, text)


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(source: str) -> str:
    """The visible text of an HTML page (title included), as the labels must be found in it."""
    parser = _Visible()
    parser.feed(source)
    return "".join(parser.parts)


def docx_text(path: Path) -> str:
    """Paragraphs, table cells, headers and footers of a .docx (python-docx)."""
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in doc.sections:
        parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def build_html(path: Path, spec: dict[str, str]) -> tuple[list[dict[str, str]], list[str]]:
    values: list[dict[str, str]] = []
    officials: list[str] = []
    head = unmark(spec.get("head", ""), values, officials, is_html=True)
    body = unmark(spec["body"], values, officials, is_html=True)
    title = unmark(spec["title"], values, officials, is_html=True)
    page = (
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n{head}</head>\n<body>\n{body.strip()}\n</body>\n</html>\n"
    )
    path.write_text(page, encoding="utf-8")
    return values, officials


def _add_runs(paragraph: Any, text: str) -> None:
    """``**bold**`` spans become runs of their own (a value split across runs)."""
    for i, piece in enumerate(text.split("**")):
        if piece:
            paragraph.add_run(piece).bold = bool(i % 2)


def build_docx(path: Path, spec: dict[str, Any]) -> tuple[list[dict[str, str]], list[str]]:
    from docx import Document

    values: list[dict[str, str]] = []
    officials: list[str] = []
    doc = Document()
    props = doc.core_properties
    props.author = props.last_modified_by = unmark(spec.get("author", ""), values, officials)
    props.title = unmark(spec.get("title", ""), values, officials)
    props.created = props.modified = props.last_printed = FIXED
    props.revision = 1
    section = doc.sections[0]
    if spec.get("header"):
        _add_runs(section.header.paragraphs[0], unmark(spec["header"], values, officials))
    if spec.get("footer"):
        _add_runs(section.footer.paragraphs[0], unmark(spec["footer"], values, officials))
    for block in spec["blocks"]:
        if isinstance(block, str):
            _add_runs(doc.add_paragraph(), unmark(block, values, officials))
        elif block[0] == "h":
            doc.add_heading(unmark(block[1], values, officials).replace("**", ""), level=1)
        else:  # ("table", rows)
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    _add_runs(table.cell(r, c).paragraphs[0], unmark(cell, values, officials))
    buf = io.BytesIO()
    doc.save(buf)
    # python-docx stamps each zip entry with the current time: rewritten with a fixed one.
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())
    return values, officials


def check(folder: Path, rows: dict[str, dict[str, Any]]) -> list[str]:
    """Every value and official must be an exact substring of its document's text."""
    problems = []
    for name, row in rows.items():
        path = folder / name
        if path.suffix == ".html":  # the visible text, or the source (a mailto: link, a <meta>)
            source = path.read_text(encoding="utf-8")
            text = html_text(source) + "\n" + html.unescape(source)
        elif path.suffix == ".docx":
            text = docx_text(path)
        else:
            text = path.read_text(encoding="utf-8")
        for v in row["values"]:
            if v["text"] not in text:
                problems.append(f"{folder.name}/{name}: value {v['text']!r} not in the text")
        for o in row["officials"]:
            if o not in text:
                problems.append(f"{folder.name}/{name}: official {o!r} not in the text")
    return problems


def main() -> int:
    problems: list[str] = []
    for name in ("dev", "holdout"):
        folder = CORPUS / name
        folder.mkdir(parents=True, exist_ok=True)
        labels = folder / "labels.jsonl"
        rows: dict[str, dict[str, Any]] = {}
        if labels.exists():
            for line in labels.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    if Path(row["file"]).suffix not in (".html", ".docx"):
                        rows[row["file"]] = row
        for fname, spec in HTML.get(name, {}).items():
            values, officials = build_html(folder / fname, spec)
            rows[fname] = {"file": fname, "values": values, "officials": officials, "route": "public"}
        for fname, spec in DOCX.get(name, {}).items():
            values, officials = build_docx(folder / fname, spec)
            rows[fname] = {"file": fname, "values": values, "officials": officials, "route": "public"}
        labels.write_text("".join(json.dumps(rows[k], ensure_ascii=False) + "\n" for k in sorted(rows)),
                          encoding="utf-8")
        problems += check(folder, rows)
        print(f"{name}: {len(rows)} documents, {sum(len(r['values']) for r in rows.values())} values")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


# ---------------------------------------------------------------------------------------------------
# The documents. HTML: title, optional extra <head> lines, body. DOCX: core author and title, header,
# footer, blocks (a paragraph, ("h", heading) or ("table", rows)).

HTML: dict[str, dict[str, dict[str, str]]] = {"dev": {}, "holdout": {}}
DOCX: dict[str, dict[str, dict[str, Any]]] = {"dev": {}, "holdout": {}}

HTML["dev"]["dh01_inscrits_tennis_municipal.html"] = {
    "title": "Tennis club municipal de Saint-Avertin — inscriptions 2026",
    "body": """
<h1>Tennis club municipal — inscriptions école de tennis 2026-2027</h1>
<p>Liste arrêtée au 15 septembre 2026 par le service des sports.</p>
<table border="1">
<tr><th>Nom</th><th>Prénom</th><th>Né(e) le</th><th>Groupe</th><th>Contact</th></tr>
<tr><td>⟦p:FONTAINE⟧</td><td>⟦p:Capucine⟧</td><td>⟦bd:02/04/2016⟧</td><td>Mini-tennis</td><td><a href="mailto:⟦e:fontaine.famille@orange.fr⟧">⟦e:fontaine.famille@orange.fr⟧</a></td></tr>
<tr><td>⟦p:KOWALSKI⟧</td><td>⟦p:Bartosz⟧</td><td>⟦bd:19/12/2013⟧</td><td>Compétition</td><td>⟦t:06&nbsp;14&nbsp;25&nbsp;36&nbsp;47⟧</td></tr>
<tr><td>⟦p:EL AMRANI⟧</td><td>⟦p:Yasmine⟧</td><td>⟦bd:30/06/2014⟧</td><td>Loisir</td><td>⟦t:07 52 63 74 85⟧</td></tr>
<tr><td>⟦p:DE SAINT-EXUPÉRY⟧</td><td>⟦p:Gonzague⟧</td><td>⟦bd:11/01/2012⟧</td><td>Compétition</td><td><a href="mailto:⟦e:g.dse@free.fr⟧">écrire</a></td></tr>
</table>
<p>Responsable de l'école de tennis : ⟦off:M. Olivier Brunet⟧, éducateur sportif territorial.</p>
""",
}

HTML["dev"]["dh02_correspondant_quartier.html"] = {
    "title": "Vos correspondants de quartier",
    "head": '<meta name="description" content="Correspondants de quartier de la ville de Cholet">\n',
    "body": """
<h1>Vos correspondants de quartier</h1>
<p>Les correspondants de quartier sont des habitants bénévoles qui font le lien avec la mairie.</p>
<h2>Quartier Bretonnais</h2>
<p><strong>⟦p:Mme Lucie Tessier⟧</strong><br>⟦a:4 rue du Petit-Anjou⟧<br>Tél.&nbsp;: ⟦t:02&nbsp;41&nbsp;62&nbsp;18&nbsp;09⟧<br>Courriel&nbsp;: ⟦e:lucie.tessier [at] gmail [point] com⟧</p>
<h2>Quartier Jean-Monnet</h2>
<p><strong>⟦p:M. Amadou Traoré⟧</strong><br>⟦a:résidence Les Mauges, bât. 3⟧<br>Tél.&nbsp;: ⟦t:06.17.28.39.40⟧</p>
<h2>Quartier Sainte-Anne</h2>
<p><strong>⟦p:M. <em>Rousseau</em> Jean-Baptiste⟧</strong>, joignable par l'accueil de la mairie.</p>
<p>Élu référent : ⟦off:M. Franck Bodin⟧, adjoint à la démocratie locale.</p>
""",
}

HTML["dev"]["dh03_avis_coupure_eau.html"] = {
    "title": "Avis de coupure d'eau — rue des Écoles",
    "body": """
<h1>Avis de coupure d'eau</h1>
<p>En raison du remplacement de la conduite, l'eau sera coupée <b>le mardi 3 novembre 2026 de 8 h à 16 h</b>
rue des Écoles et place du Four.</p>
<p>Les abonnés prioritaires ci-dessous recevront un appel la veille :</p>
<ul>
<li>⟦p:Mme Marthe Lagarde⟧, ⟦a:2 place du Four⟧ — ⟦t:04 73 51 22 10⟧</li>
<li>⟦p:M. Gaspard Delcourt-Vidal⟧, ⟦a:rue des Écoles, maison « Les Glycines »⟧ — ⟦t:0033 4 73 51 44 09⟧</li>
<li>⟦p:M. et Mme Ferhat et Samia Boualem⟧, ⟦a:11 r. des Écoles⟧ — référence abonné ⟦id:63-0412-77815⟧</li>
</ul>
<p>Service de l'eau — astreinte : 04 73 51 00 00</p>
""",
}

HTML["dev"]["dh04_courriel_demande_benne.html"] = {
    "title": "Demande de benne à déchets verts — ⟦p:Roland Chevalier⟧",
    "head": '<meta name="author" content="Roland Chevalier">\n',
    "body": """
<table>
<tr><td>De&nbsp;:</td><td>⟦p:Roland Chevalier⟧ &lt;⟦e:roland.chevalier@neuf.fr⟧&gt;</td></tr>
<tr><td>À&nbsp;:</td><td>services.techniques@mairie-bourgueil.fr</td></tr>
<tr><td>Date&nbsp;:</td><td>mercredi 8 avril 2026 19:02</td></tr>
<tr><td>Objet&nbsp;:</td><td>benne déchets verts</td></tr>
</table>
<hr>
<p>Bonjour,</p>
<p>Suite à l'abattage de mes deux cyprès, je souhaiterais louer une benne de 10 m³ pour le week-end du 18 avril.
Elle pourrait être posée devant chez moi, ⟦a:21 rte de Restigné⟧, sur l'accotement (ma voiture, ⟦pl:DZ-561-EH⟧, sera rentrée).</p>
<p>Cordialement,<br>⟦p:R. Chevalier⟧<br>⟦t:02 47 97 12 12⟧</p>
""",
}

HTML["dev"]["dh05_concessions_echues.html"] = {
    "title": "Cimetière de Montaigu — concessions arrivées à échéance",
    "body": """
<h1>Concessions arrivées à échéance en 2026</h1>
<p>Les familles sont invitées à se manifester auprès du service des cimetières avant le 31 décembre 2026.</p>
<table>
<thead><tr><th>N° de concession</th><th>Concessionnaire</th><th>Emplacement</th><th>Échéance</th></tr></thead>
<tbody>
<tr><td>⟦id:1996-052⟧</td><td>⟦p:Famille GUILLOTEAU-RABAUD⟧</td><td>carré 2, rang 4</td><td>14/03/2026</td></tr>
<tr><td>⟦id:1996-071⟧</td><td>⟦p:M. Ernest Pineau⟧</td><td>carré 3, rang 1</td><td>02/06/2026</td></tr>
<tr><td>⟦id:2011-014⟧</td><td>⟦p:Mme Vo Thi Hoa⟧</td><td>columbarium, case 12</td><td>21/09/2026</td></tr>
</tbody>
</table>
<p>Contact : service des cimetières, 02 51 94 00 00.</p>
""",
}

HTML["dev"]["dh06_carte_lecteur.html"] = {
    "title": "Carte de lecteur",
    "body": """
<h1>Réseau des bibliothèques — fiche lecteur</h1>
<dl>
<dt>Lecteur</dt><dd>⟦p:Ioana Popescu⟧</dd>
<dt>Date de naissance</dt><dd>⟦bd:23 oct. 1977⟧</dd>
<dt>Lieu de naissance</dt><dd>⟦bp:Cluj-Napoca (Roumanie)⟧</dd>
<dt>Adresse</dt><dd>⟦a:Bât. Les Chênes, 2e ét., 5 allée Marie-Curie⟧, 67400 Illkirch-Graffenstaden</dd>
<dt>Téléphone</dt><dd>⟦t:03&nbsp;88&nbsp;66&nbsp;77&nbsp;01⟧</dd>
<dt>Numéro de carte</dt><dd>⟦id:29100004471236⟧</dd>
<dt>Abonnement</dt><dd>adulte, valable jusqu'au 31/01/2027</dd>
</dl>
""",
}

HTML["dev"]["dh07_port_plaisance_places.html"] = {
    "title": "Port de plaisance — attribution des places annuelles",
    "body": """
<h1>Port de plaisance de Saint-Quay — attribution des places annuelles 2026</h1>
<table>
<tr><th>Ponton</th><th>Titulaire</th><th>Navire</th><th>Immatriculation</th><th>Téléphone</th></tr>
<tr><td>A-12</td><td>⟦p:M. Erwann Kerhervé⟧</td><td>voilier « Avel Vor »</td><td>⟦id:SB 712 453⟧</td><td>⟦t:06 98 12 45 78⟧</td></tr>
<tr><td>A-14</td><td>⟦p:Mme Ghislaine Le Roux-Bescond⟧</td><td>vedette « Ma Lou »</td><td>⟦id:PL 345 902⟧</td><td>⟦t:+33 6 31 42 53 64⟧</td></tr>
<tr><td>B-03</td><td>⟦p:Mr Oliver Pemberton⟧</td><td>voilier « Bluebell »</td><td>⟦id:SSR 145 908⟧</td><td>⟦t:+44 7911 123456⟧</td></tr>
</table>
<p>Redevance annuelle payable à la capitainerie. Le maître de port, ⟦off:M. Gilles Le Gall⟧.</p>
""",
}

HTML["dev"]["dh08_nouveaux_commerces.html"] = {
    "title": "Bienvenue aux nouveaux commerçants",
    "body": """
<article>
<h1>Bienvenue aux nouveaux commerçants et artisans</h1>
<p>Trois entreprises se sont installées dans la commune ce trimestre.</p>
<h2>« L'Atelier de Jeanne », couture et retouches</h2>
<p>⟦p:Jeanne Lallemand⟧, auto-entrepreneuse (SIRET ⟦siret:908 100 332 00018⟧), vous accueille ⟦a:12 Grand'Rue⟧, du mardi au samedi. Tél. ⟦t:06 24 68 10 12⟧.</p>
<h2>Plomberie Da Costa</h2>
<p>⟦p:Miguel Da Costa⟧, plombier chauffagiste, intervient à domicile. Entreprise individuelle, SIRET ⟦siret:90757938700016⟧. Contact : ⟦e:dacosta.plomberie@gmail.com⟧.</p>
<h2>Fromagerie du Plateau</h2>
<p>Tenue par ⟦p:Solène et Arthur Brossard⟧, place de la Halle.</p>
<p>Le maire, ⟦off:Claude Perrier⟧, leur souhaite la bienvenue.</p>
</article>
""",
}

DOCX["dev"]["dw01_courrier_haie_mitoyenne.docx"] = {
    "author": "Mairie de Rochefort-en-Terre",
    "title": "Réponse haie mitoyenne",
    "header": "Mairie de Rochefort-en-Terre — Service urbanisme",
    "footer": "Place du Puits, 56220 Rochefort-en-Terre — 02 97 43 30 00",
    "blocks": [
        "⟦p:Madame **DANIEL** Gwendoline⟧",
        "⟦a:Ker Anna, 6 chemin de Bel-Air⟧",
        "56220 Rochefort-en-Terre",
        "Objet : votre réclamation du 12 janvier 2026 — haie de lauriers de la propriété voisine",
        "Madame,",
        "Vous nous indiquez que la haie de lauriers de ⟦p:M. Fabrice Le Texier⟧, propriétaire de la "
        "⟦cad:parcelle D 617⟧ voisine de la vôtre, dépasse la hauteur autorisée. Un courrier lui a été adressé "
        "pour lui rappeler les règles du code civil ; il nous a répondu qu'il ferait tailler la haie en mars.",
        "Nous restons à votre disposition.",
        "⟦off:Mme Gisèle Pondard⟧, maire",
    ],
}

DOCX["dev"]["dw02_fiche_inscription_natation.docx"] = {
    "author": "⟦p:Sandrine Aubry⟧",
    "title": "Inscription natation enfant",
    "header": "Fiche d'inscription — École municipale de natation — famille ⟦p:AUBRY⟧",
    "footer": "Document rempli par ⟦p:Sandrine Aubry⟧ le 28/08/2026",
    "blocks": [
        ("h", "Inscription 2026-2027"),
        ("table", [
            ["Nom de l'enfant", "⟦p:AUBRY Noé⟧"],
            ["Date de naissance", "⟦bd:le 4 mai 2017⟧"],
            ["Âge", "⟦ag:9 ans⟧"],
            ["Adresse", "⟦a:17 bis, impasse du Lavoir⟧ — 21000 Dijon"],
            ["Téléphone", "⟦t:03 80 45 21 87⟧"],
            ["Courriel", "⟦e:s.aubry@laposte.net⟧"],
            ["Créneau", "mercredi 15 h, groupe Dauphins"],
        ]),
        "Le règlement de 120 € est joint (chèque).",
    ],
}

DOCX["dev"]["dw03_arrete_occupation_benne.docx"] = {
    "author": "Services techniques",
    "title": "Arrêté occupation domaine public",
    "header": "COMMUNE DE VILLENEUVE-LÈS-MAGUELONE",
    "footer": "Arrêté n° 2026-211 — page 1/1",
    "blocks": [
        ("h", "Arrêté portant autorisation d'occupation temporaire du domaine public"),
        "Le maire de Villeneuve-lès-Maguelone,",
        "Vu la demande du 11 mai 2026 de ⟦p:M. Vincent Albaladéjo⟧, demeurant ⟦a:3 rue des Salins⟧, "
        "tél. ⟦t:04-67-69-12-34⟧, en vue de déposer une benne pour les travaux de son habitation ;",
        "ARRÊTE",
        "Article 1 : ⟦p:M. Albaladéjo⟧ est autorisé à déposer une benne de 8 m³ au droit du ⟦a:3 rue des Salins⟧, "
        "du 18 au 22 mai 2026.",
        "Article 2 : le véhicule de l'entreprise de location (⟦pl:FX-001-AA⟧) pourra stationner pendant le "
        "chargement.",
        "Fait à Villeneuve-lès-Maguelone, le 12 mai 2026.",
        "Le maire, ⟦off:Noël Segura⟧",
    ],
}

DOCX["dev"]["dw04_attestation_employeur_saisonnier.docx"] = {
    "author": "DRH",
    "title": "Attestation employeur",
    "header": "Ville de Gérardmer — Direction des ressources humaines",
    "footer": "",
    "blocks": [
        ("h", "Attestation d'emploi"),
        "Je soussigné, ⟦off:Laurent Vuillemin⟧, directeur des ressources humaines, atteste que "
        "⟦p:M. Baptiste Claudel⟧, né le ⟦bd:29/07/2003⟧ à ⟦bp:Épinal⟧, immatriculé à la sécurité sociale sous "
        "le numéro ⟦nir:1 03 07 88 160 045 66⟧, a été employé par la commune en qualité d'agent d'accueil "
        "saisonnier à la base nautique du 1er juillet au 31 août 2026.",
        "Son adresse pendant le contrat : ⟦a:chez M. et Mme Claudel, 40 chemin de la Creuse, 88400 Gérardmer⟧.",
        "Fait pour servir et valoir ce que de droit.",
    ],
}

DOCX["dev"]["dw05_liste_stands_brocante.docx"] = {
    "author": "Comité des fêtes",
    "title": "Brocante — placement",
    "header": "Brocante d'automne — dimanche 4 octobre 2026 — plan de placement",
    "footer": "Organisateur : comité des fêtes, avec l'accord de la mairie",
    "blocks": [
        ("table", [
            ["Stand", "Exposant", "Téléphone", "Plaque"],
            ["1", "⟦p:PRÉVOST Ghislain⟧", "⟦t:06 71 82 93 04⟧", "⟦pl:AA 229 BB⟧"],
            ["2", "⟦p:Mme Thérèse N'Guessan⟧", "⟦t:07.69.58.47.36⟧", "⟦pl:EK-447-ZD⟧"],
            ["3", "⟦p:M. Jérôme Lefèvre-Pontalis⟧", "⟦t:+33 7 81 92 03 14⟧", "⟦pl:3345 WR 31⟧"],
            ["4", "⟦p:Émilie O'Connor⟧", "⟦t:0612 34 56 99⟧", "⟦pl:HB123CC⟧"],
        ]),
        "Installation de 6 h à 8 h. Les véhicules sont garés sur le parking du stade.",
    ],
}

DOCX["dev"]["dw06_demande_raccordement_assainissement.docx"] = {
    "author": "⟦p:Thomas Guyomarc'h⟧",
    "title": "Demande de raccordement",
    "header": "",
    "footer": "⟦p:T. Guyomarc'h⟧ — ⟦e:thomas.guyomarch@outlook.fr⟧",
    "blocks": [
        "⟦p:Thomas Guyomarc'h⟧",
        "⟦a:Lieu-dit Kerhoas⟧",
        "29400 Landivisiau",
        "⟦t:02 98 68 **12 34**⟧",
        "À Monsieur le Président du syndicat d'assainissement",
        "Objet : demande de raccordement au réseau collectif",
        "Monsieur le Président,",
        "Propriétaire de la maison située sur la ⟦cad:parcelle cadastrée section ZN n° 44⟧, je sollicite le "
        "raccordement de mon habitation au réseau d'assainissement collectif récemment prolongé. Mon numéro "
        "fiscal, demandé par le formulaire, est le ⟦id:1234567890123⟧.",
        "Je vous prie d'agréer, Monsieur le Président, l'expression de mes salutations distinguées.",
        "⟦p:thomas guyomarc'h⟧",
    ],
}

DOCX["dev"]["dw07_convention_mise_a_disposition_jardin.docx"] = {
    "author": "Service espaces verts",
    "title": "Convention jardin partagé",
    "header": "Convention de mise à disposition d'une parcelle de jardin partagé",
    "footer": "Ville de Saint-Herblain",
    "blocks": [
        "Entre la Ville de Saint-Herblain, représentée par ⟦off:Mme Élise Bertrand⟧, adjointe à la nature en "
        "ville, et ⟦p:M. Oleksandr Shevchenko⟧ et ⟦p:Mme Olena Shevchenko⟧, demeurant ⟦a:9 allée des Ajoncs, "
        "apt 112⟧, 44800 Saint-Herblain, joignables au ⟦t:07 68 54 32 10⟧,",
        "il est convenu ce qui suit :",
        "Article 1 : la parcelle n° 7 du jardin partagé du Tillay (25 m²) est mise à disposition pour un an.",
        "Article 2 : la participation annuelle de 15 € est prélevée sur le compte "
        "⟦iban:FR76 3000 4008 1900 0123 4567 491⟧.",
        "Signatures : ⟦off:É. Bertrand⟧ — ⟦p:O. Shevchenko⟧",
    ],
}

DOCX["dev"]["dw08_compte_rendu_conseil_ecole.docx"] = {
    "author": "Direction école Jules-Ferry",
    "title": "Compte rendu conseil d'école",
    "header": "École élémentaire Jules-Ferry — conseil d'école du 5 novembre 2026",
    "footer": "Compte rendu affiché et transmis à la mairie",
    "blocks": [
        "Présents : ⟦off:Mme Karine Lebrun⟧, directrice ; ⟦off:M. Paul Henrion⟧, adjoint à l'éducation ; "
        "représentants des parents élus : ⟦p:Mme Sonia Belkacem⟧, ⟦p:M. Cédric Vannier⟧, ⟦p:Mme Hannah Schröder⟧.",
        "1. Effectifs : 212 élèves répartis en 9 classes.",
        "2. Travaux : la cour sera végétalisée pendant les vacances d'été.",
        "3. Questions des parents : ⟦p:M. Vannier⟧ demande un second passage piéton rue des Acacias ; "
        "la mairie étudiera la demande.",
        "Contact des représentants des parents : parents.julesferry@gmail.com (boîte collective) ; "
        "⟦p:Mme Belkacem⟧ au ⟦t:06 40 50 60 70⟧.",
    ],
}

# (holdout documents are appended below)

HTML["holdout"]["hh01_resultats_course_populaire.html"] = {
    "title": "Foulées de la Vallée 2026 — résultats",
    "body": """
<h1>Foulées de la Vallée — 10 km — résultats</h1>
<table>
<tr><th>Rang</th><th>Dossard</th><th>Nom</th><th>Année</th><th>Club / ville</th><th>Temps</th></tr>
<tr><td>1</td><td>412</td><td>⟦p:MBAPPÉ-NKOULOU Serge⟧</td><td>⟦bd:1994⟧</td><td>Vif</td><td>32:48</td></tr>
<tr><td>2</td><td>118</td><td>⟦p:Ævarsdóttir Guðrún⟧</td><td>⟦bd:1989⟧</td><td>AC Grenoble</td><td>35:02</td></tr>
<tr><td>3</td><td>77</td><td>⟦p:LACHAUD Benoît⟧</td><td>⟦bd:1971⟧</td><td>individuel</td><td>36:15</td></tr>
</table>
<p>Contact organisation : comité des fêtes. Photos : ⟦p:Rémi Gachet⟧, photographe bénévole, <a href="mailto:⟦e:remi.gachet@free.fr⟧">par courriel</a>.</p>
""",
}

HTML["holdout"]["hh02_annuaire_assistantes_none.html"] = None

HTML["holdout"]["hh03_info_travaux_fibre.html"] = {
    "title": "Déploiement de la fibre — adresses à raccorder",
    "body": """
<h1>Fibre optique : adresses dont le raccordement nécessite l'accord du propriétaire</h1>
<ul>
<li>⟦a:Lieu-dit Les Combes⟧ — propriétaire ⟦p:M. Gérald Bouvier⟧ — ⟦t:04&#160;75&#160;22&#160;33&#160;44⟧</li>
<li>⟦a:8 bis chemin du Lavoir⟧ — propriétaire SCI Bouvier-Rey (⟦p:Mme Carole Rey⟧)</li>
<li>⟦a:Ferme du Grand Chêne⟧ — propriétaire ⟦p:M. Alexis Charbonnier⟧, ⟦e:alexis.charbonnier&#64;gmail.com⟧</li>
</ul>
<p>Référent mairie : ⟦off:Mme Josette Reynaud⟧, conseillère municipale.</p>
""",
}

HTML["holdout"]["hh04_courriel_inscription_brocante.html"] = {
    "title": "Inscription brocante",
    "head": '<meta name="author" content="Laurence Perrot">\n',
    "body": """
<p><b>De :</b> ⟦p:Laurence Perrot⟧ &lt;⟦e:laurence.perrot71@orange.fr⟧&gt;<br>
<b>Envoyé :</b> dimanche 3 mai 2026 16:20<br>
<b>À :</b> brocante@mairie-tournus.fr<br>
<b>Objet :</b> inscription</p>
<p>Bonjour, je souhaite réserver 4 mètres pour la brocante du 24 mai. Je viendrai avec ma voiture immatriculée ⟦pl:EV-118-PL⟧. Adresse : ⟦a:4 quai du Midi⟧, 71700 Tournus. Carte d'identité n° ⟦id:710541201587⟧.</p>
<p>Cordialement<br>⟦p:L. Perrot⟧ – ⟦t:06 47 58 69 70⟧</p>
""",
}

HTML["holdout"]["hh05_palmares_photo.html"] = {
    "title": "Concours photo — palmarès",
    "body": """
<section>
<h1>Palmarès du concours photo « Ma commune au fil de l'eau »</h1>
<ol>
<li><strong>⟦p:Maxence Pélissier⟧</strong>, ⟦ag:17 ans⟧ — « Brume sur l'étang »</li>
<li><strong>⟦p:Jacqueline Mousset⟧</strong> — « Le lavoir »</li>
<li><strong>⟦p:Kenji Watanabe⟧</strong> (⟦a:3 rue de l'Abreuvoir⟧) — « Héron »</li>
</ol>
<p>Jury présidé par ⟦off:M. Louis Arnal⟧, adjoint à la culture.</p>
</section>
""",
}

HTML["holdout"]["hh06_fiche_usager_piscine.html"] = {
    "title": "Fiche usager — ⟦p:BERTIN Maxime⟧",
    "body": """
<h1>Fiche usager</h1>
<table>
<tr><th scope="row">Nom</th><td>⟦p:<span class="upper">Bertin</span> Maxime⟧</td></tr>
<tr><th scope="row">Né le</th><td>⟦bd:31/12/1999⟧ à ⟦bp:Nevers⟧</td></tr>
<tr><th scope="row">Adresse</th><td>⟦a:Résidence Saint-Exupéry, escalier D, 6e étage⟧, 58000 Nevers</td></tr>
<tr><th scope="row">Téléphone</th><td>⟦t:03 86 57 68 79⟧</td></tr>
<tr><th scope="row">Abonnement</th><td>annuel, n° ⟦id:NEV-AQ-2026-3345⟧</td></tr>
<tr><th scope="row">Paiement</th><td>IBAN ⟦iban:FR76 1250 6200 5656 7123 4560 085⟧</td></tr>
</table>
""",
}

HTML["holdout"]["hh07_liste_jardiniers.html"] = {
    "title": "Jardins partagés — contacts",
    "body": """
<h1>Jardins partagés des Tanneries — qui contacter ?</h1>
<table>
<tr><td>Arrosage (juillet)</td><td>⟦p:Lucienne⟧ et ⟦p:Paco Jiménez⟧</td><td>⟦t:06 61 72 83 94⟧</td></tr>
<tr><td>Compost</td><td>⟦p:Bérénice Hoarau⟧</td><td>⟦e:b.hoarau [arobase] laposte [point] net⟧</td></tr>
<tr><td>Outils (clé du cabanon)</td><td>⟦p:Théophile Guilloux⟧</td><td>⟦a:12, sente des Jardins⟧</td></tr>
</table>
""",
}

HTML["holdout"]["hh08_avis_enquete_alignement.html"] = {
    "title": "Enquête publique — alignement rue des Tilleuls",
    "body": """
<h1>Enquête publique préalable à l'alignement de la rue des Tilleuls</h1>
<p>Propriétés concernées :</p>
<table>
<tr><th>Propriétaire</th><th>Parcelle</th><th>Emprise</th></tr>
<tr><td>⟦p:Consorts Delaunay-Prieur⟧</td><td>⟦cad:AB 0456⟧</td><td>12 m²</td></tr>
<tr><td>⟦p:M. Ibrahim Sow⟧</td><td>⟦cad:AB 0458⟧</td><td>7 m²</td></tr>
<tr><td>⟦p:Mme Renée Lagrange⟧ (usufruitière) et ⟦p:M. Paul Lagrange⟧</td><td>⟦cad:AB 0461⟧</td><td>15 m²</td></tr>
</table>
<p>Commissaire enquêteur : ⟦off:M. Yves Chardon⟧.</p>
""",
}

HTML["holdout"]["hh02_reservation_tennis.html"] = {
    "title": "Réservations courts de tennis",
    "body": """
<h1>Réservations des courts — semaine 23</h1>
<table>
<tr><th>Jour</th><th>Court 1</th><th>Court 2</th></tr>
<tr><td>lundi</td><td>⟦p:A. Rigaud⟧ / ⟦p:S. Vasseur⟧</td><td>—</td></tr>
<tr><td>mardi</td><td>⟦p:Pénélope Vasseur-Klein⟧ (⟦t:06 12 21 12 21⟧)</td><td>⟦p:Björn Eriksson⟧</td></tr>
<tr><td>mercredi</td><td>école de tennis</td><td>⟦p:Famille Oyelaran⟧</td></tr>
</table>
""",
}
del HTML["holdout"]["hh02_annuaire_assistantes_none.html"]

DOCX["holdout"]["hw01_lettre_riverain_arbres.docx"] = {
    "author": "Mairie",
    "title": "Réponse",
    "header": "Mairie de Sainte-Foy-la-Grande — Cabinet du maire",
    "footer": "",
    "blocks": [
        "⟦p:Monsieur Frédéric Marty-Lafon⟧",
        "⟦a:Château de Fleix⟧",
        "⟦a:route de Bergerac⟧, 24130 Le Fleix",
        "Monsieur,",
        "Vous nous avez demandé d'abattre les deux platanes situés devant votre propriété de ⟦a:la rue Victor-Hugo⟧. "
        "Ces arbres sont en bonne santé et font partie de l'alignement protégé : nous ne pouvons accéder à votre demande. "
        "Un élagage sera néanmoins réalisé cet hiver.",
        "⟦off:Éric Brunet⟧, maire",
    ],
}

DOCX["holdout"]["hw02_bulletin_adhesion_club_echecs.docx"] = {
    "author": "Lina Bouaziz",
    "title": "Bulletin d'adhésion",
    "header": "Échiquier municipal — bulletin d'adhésion de ⟦p:BOUAZIZ Lina⟧",
    "footer": "",
    "blocks": [
        ("table", [
            ["Nom", "⟦p:BOUAZIZ⟧"],
            ["Prénom", "⟦p:Lina⟧"],
            ["Né(e) le", "⟦bd:9 sept. 2012⟧"],
            ["Adresse", "⟦a:Cité des Fleurs, bâtiment 4, porte 17⟧, 13015 Marseille"],
            ["Tél. du représentant", "⟦t:04 91 02 03 04⟧"],
            ["Courriel", "⟦e:bouaziz.famille@free.fr⟧"],
            ["N° FIDE", "⟦id:36512874⟧"],
        ]),
    ],
}

DOCX["holdout"]["hw03_arrete_benne_demenagement.docx"] = {
    "author": "Police municipale",
    "title": "Arrêté temporaire",
    "header": "COMMUNE DE MONTBARD — ARRÊTÉ TEMPORAIRE N° 2026-PM-144",
    "footer": "",
    "blocks": [
        "Le maire de Montbard,",
        "Vu la demande de ⟦p:Mme Aurélie Tissot-**Girardot**⟧, demeurant ⟦a:7 rue Edme-Piot⟧ ;",
        "ARRÊTE : le stationnement est interdit au droit du ⟦a:7 rue Edme-Piot⟧ le 14 mars 2026 de 7 h à 18 h, "
        "sauf pour le véhicule de déménagement ⟦pl:FD-330-XK⟧.",
        "Le maire, ⟦off:Laurence Porte⟧",
    ],
}

DOCX["holdout"]["hw04_fiche_paie_vacataire.docx"] = {
    "author": "Service paie",
    "title": "Fiche de renseignements vacataire",
    "header": "Ville d'Aurillac — service paie",
    "footer": "Pièce à joindre au dossier de ⟦p:M. Mathis Fel⟧",
    "blocks": [
        ("table", [
            ["Nom et prénom", "⟦p:FEL Mathis⟧"],
            ["Date et lieu de naissance", "⟦bd:01/09/2002⟧ — ⟦bp:Saint-Flour (Cantal)⟧"],
            ["N° de sécurité sociale", "⟦nir:1 02 09 15 187 034⟧ — clé 58"],
            ["Adresse", "⟦a:2 impasse de la Jordanne⟧, 15000 Aurillac"],
            ["Banque", "⟦iban:FR3330002005500000157841Z25⟧"],
            ["Mission", "surveillance des études, du 1er au 30 septembre 2026"],
        ]),
    ],
}

DOCX["holdout"]["hw05_registre_vide_grenier.docx"] = {
    "author": "APE école Pasteur",
    "title": "Registre vide-grenier",
    "header": "Vide-grenier de l'APE — 7 juin 2026 — registre des exposants",
    "footer": "Registre coté et paraphé, transmis à la mairie",
    "blocks": [
        ("table", [
            ["N°", "Exposant", "Adresse", "Pièce", "Immatriculation"],
            ["1", "⟦p:ROBIN Estelle⟧", "⟦a:14 rue Pasteur⟧", "CNI ⟦id:AB12C3456⟧", "⟦pl:GL-225-MM⟧"],
            ["2", "⟦p:KAMARA Issa⟧", "⟦a:Les Rives, bât. F⟧", "CNI ⟦id:130677202233⟧", "⟦pl:CQ 771 PA⟧"],
            ["3", "⟦p:LEFEBVRE-DUMONT Anne⟧", "⟦a:rés. Pasteur, esc. 2⟧", "passeport ⟦id:21FR56789⟧", "⟦pl:9021 QS 77⟧"],
        ]),
    ],
}

DOCX["holdout"]["hw06_courrier_association_subvention.docx"] = {
    "author": "⟦p:Denis Tournier⟧",
    "title": "Demande de subvention",
    "header": "Club de pétanque des Platanes",
    "footer": "Président : ⟦p:Denis Tournier⟧ — ⟦t:06 14 15 16 17⟧",
    "blocks": [
        "Monsieur le Maire,",
        "Notre club sollicite une subvention de 800 € pour l'organisation du concours régional du 15 août.",
        "Le trésorier, ⟦p:M. Rachid Ouali⟧, tient à votre disposition les comptes de l'association ; le versement "
        "peut être fait sur le compte du club.",
        "Veuillez agréer, Monsieur le Maire, l'expression de nos salutations respectueuses.",
        "⟦p:D. Tournier⟧",
    ],
}

DOCX["holdout"]["hw07_convention_occupation_garage.docx"] = {
    "author": "Service patrimoine",
    "title": "Convention garage communal",
    "header": "Convention d'occupation précaire d'un garage communal",
    "footer": "Commune de Digoin",
    "blocks": [
        "Entre la commune de Digoin, représentée par ⟦off:M. Fabien Genet⟧, maire,",
        "et ⟦p:M. Yohann Perrat⟧, né le ⟦bd:4 avril 1987⟧, demeurant ⟦a:16 **quai de Loire**⟧, 71160 Digoin, "
        "titulaire du numéro fiscal ⟦id:0712 345 678 901⟧,",
        "le garage n° 3 de la rue des Acacias est loué pour 45 € par mois, payables par prélèvement "
        "(⟦iban:FR7630006000011234567890189⟧).",
        "Véhicule stationné : ⟦pl:EB-640-JJ⟧.",
    ],
}

DOCX["holdout"]["hw08_compte_rendu_visite_chantier.docx"] = {
    "author": "⟦p:Cyril Dumas⟧",
    "title": "CR visite",
    "header": "",
    "footer": "Rédigé par ⟦p:C. Dumas⟧, maître d'œuvre (cabinet privé)",
    "blocks": [
        ("h", "Visite de chantier — extension de l'école maternelle — 2 février 2026"),
        "Présents : ⟦off:M. Alain Vidal⟧, adjoint aux travaux ; ⟦p:M. Cyril Dumas⟧, architecte ; "
        "⟦p:M. Tiago Marques⟧, chef de chantier (entreprise Marques Bâtiment, SIRET ⟦siret:50612310800017⟧, "
        "⟦t:06 35 46 57 68⟧).",
        "Le riverain ⟦p:M. Jules Aubert⟧ (⟦a:5 rue des Écoliers⟧) a demandé que les camions ne stationnent pas devant "
        "son portail ; accord.",
    ],
}



if __name__ == "__main__":
    raise SystemExit(main())
