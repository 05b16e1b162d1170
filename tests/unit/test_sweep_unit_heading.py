"""piifix18 (dev14 h07): a column's unit ("m2", "(m³)") in a table's header row is a heading, not a
value left after the "Adresse" label; a value with digits in a row of fields still is."""

from __future__ import annotations

import pytest
from aiguillage.sweep import sweep


@pytest.mark.parametrize("unit", ["m2", "m²", "(m2)", "Surface (m2)", "m3"])
def test_a_unit_heading_is_no_value_left(unit: str) -> None:
    text = (f"Établissement\tExploitant\tAdresse\t{unit}\n"
            "[ADRESSE_1]\t[PERSONNE_1]\t[ADRESSE_2]\t24\n"
            "[PERSONNE_2]\t[PERSONNE_3]\t[ADRESSE_3]\t40\n")
    assert [h.rule for h in sweep(text, []) if h.rule == "form_label"] == []


@pytest.mark.parametrize("value", ["Ab12", "12 rue X", "Dupont 3"])
def test_a_value_with_digits_after_the_label_still_counts(value: str) -> None:
    text = f"Nom\t[PERSONNE_1]\tAdresse\t{value}\n"
    assert any(h.rule == "form_label" for h in sweep(text, []))
