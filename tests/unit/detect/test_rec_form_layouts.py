"""Form layouts: a value ends where the next field of the line starts, whatever its label; a
form's "Nom :" line is no header of a table of names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "etype", "value"), [
    ("Code banque : 30004 guichet : 00821", "IBAN_CODE", "30004"),
    ("Nom : Vasseur agence : Lille-Centre", "PERSON", "Vasseur"),
    ("Titulaire : Odile Ramirez devise : EUR", "PERSON", "Odile Ramirez"),
])
def test_a_value_ends_at_the_next_field(find, text, etype, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, etype)


@pytest.mark.parametrize("text", [
    "Nom : Vasseur          Prénom(s) : Odile\nDate de naissance : 02/02/1990\n"
    "Numéro de dossier attribué : X",
    "NOM : VASSEUR   PRÉNOM : Odile\nTÉL : 06 11 22 33 44\nVÉHICULE : AB-123-CD",
])
def test_a_form_line_is_no_table_header(find, text) -> None:  # type: ignore[no-untyped-def]
    found = find(text, "PERSON")
    assert not any(w in found for w in ("Numéro", "Date", "TÉL", "VÉHICULE"))
