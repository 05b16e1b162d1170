"""HTML keeps its structure: cells, rows, list items and line breaks are separators (issue 20 §4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiguillage.extract.text import extract_html


def read(tmp_path: Path, html: str) -> str:
    p = tmp_path / "doc.html"
    p.write_text(f"<html><body>{html}</body></html>", "utf-8")
    return extract_html(p).text


def test_cells_never_glue(tmp_path: Path) -> None:
    text = read(tmp_path, "<table><tr><td>Clio</td><td>AB-123-CD</td><td>B-0412</td></tr></table>")
    assert text == "Clio\tAB-123-CD\tB-0412"
    assert "ClioAB" not in text


def test_rows_are_lines_and_empty_cells_vanish(tmp_path: Path) -> None:
    html = ("<table>\n <thead><tr><th>Nom</th><th>Prénom</th><th>Né le</th></tr></thead>\n <tbody>\n"
            "  <tr><td>DUPONT</td><td>jean</td><td>01/02/1990</td></tr>\n"
            "  <tr><td> MARTIN </td><td></td><td>03/04/1985</td></tr>\n </tbody></table>")
    assert read(tmp_path, html).split("\n") == ["Nom\tPrénom\tNé le", "DUPONT\tjean\t01/02/1990",
                                                "MARTIN\t03/04/1985"]


@pytest.mark.parametrize("html,expected", [
    ("<ul><li>un</li><li>deux</li></ul>", "un\ndeux"),
    ("<p>Jean<br>Dupont</p>", "Jean\nDupont"),
    ("<dl><dt>Nom</dt><dd>RAKOTOMALALA</dd></dl>", "Nom\nRAKOTOMALALA"),
    ("<p>un paragraphe\n   sur deux lignes</p><p>un autre</p>", "un paragraphe sur deux lignes\n\nun autre"),
    ("<pre>a\n  b</pre>", "a\nb"),  # line breaks kept, indentation not
    ("<div><span>Clio</span> <span>Dupont</span></div>", "Clio Dupont"),
])
def test_blocks(tmp_path: Path, html: str, expected: str) -> None:
    assert read(tmp_path, html) == expected


@pytest.mark.parametrize("html,expected", [
    # a line break inside a cell keeps the row on one line, its cells in their columns
    ("<table><tr><td>Gruaz</td><td>04 50 71 22 83<br>06 77 12 98 40</td><td>BPL-74-0192</td></tr></table>",
     "Gruaz\t04 50 71 22 83 / 06 77 12 98 40\tBPL-74-0192"),
    ("<table><tr><td><p>4 bis chemin du Halage</p><p>maison 7</p></td><td>x</td></tr></table>",
     "4 bis chemin du Halage / maison 7\tx"),
    ("<table><tr><td>a<br><br>b<br></td><td><br>c</td></tr></table>", "a / b\tc"),
    ("<table><tr><td><ul><li>un</li><li>deux</li></ul></td><td>z</td></tr></table>", "un / deux\tz"),
    # outside a cell a line break is still a line
    ("<table><tr><td>a</td></tr></table><p>x<br>y</p>", "a\n\nx\ny"),
])
def test_line_breaks_inside_a_cell(tmp_path: Path, html: str, expected: str) -> None:
    assert read(tmp_path, html) == expected


def test_a_form_table_is_read_by_the_detector(tmp_path: Path, detector) -> None:  # type: ignore[no-untyped-def]
    html = ("<table><tr><td>Nom</td><td>rakotomalala</td></tr>"
            "<tr><td>Immatriculation</td><td>EF789LM</td></tr><tr><td>Véhicule</td><td>Clio</td></tr></table>")
    text = read(tmp_path, html)
    found = {(f.entity_type, text[f.start:f.end]) for f in detector.analyze(text) if f.score >= 0.5}
    assert ("PERSON", "rakotomalala") in found
    assert ("FR_LICENSE_PLATE", "EF789LM") in found
