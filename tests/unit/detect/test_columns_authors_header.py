"""A column headed by the authors of a contest's or an exhibition's works ("Photographe", "Auteur",
"Artiste") lists persons: a name the model read as a place there is a person's (dev10 p60: then the
name glued in a file name was found too)."""

from __future__ import annotations

import pytest
from aiguillage.detect.columns import typed_columns
from aiguillage.records import Finding


@pytest.mark.parametrize("header", ["Photographe", "Auteur", "Artiste", "Peintre"])
def test_an_authors_column_types_its_names(header: str) -> None:
    text = (f"Rang\t{header}\tŒuvre\n"
            "1er\tAnaïs Deschamps\t« Givre »\n"
            "2e\tSundar Venkataraman\t« Le pont »\n"
            "3e\tLoïc Perrot\t« Marée basse »\n")
    s = text.index("Sundar")
    found = [Finding("LOCATION", s, s + len("Sundar Venkataraman"), 0.85, "SpacyRecognizer")]
    typed = {(text[f.start:f.end], f.entity_type) for f in typed_columns(text, found)}
    assert ("Sundar Venkataraman", "PERSON") in typed
