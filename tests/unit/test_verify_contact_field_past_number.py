"""A contact field read on past its replaced number is no residual when nothing personal is left
(dev5 v04: "Téléphone : [TELEPHONE_1] / en [LIEU_1] : [TELEPHONE_2] (gardien, M. [PERSONNE_3])" — the
rescan typed the whole field as a phone holding "gardien", the sweep counted "M." as a capital);
a number or a name left there still counts."""

from __future__ import annotations

import pytest
from aiguillage.records import Finding
from aiguillage.sweep import sweep
from aiguillage.verify import residual_findings

PERSONAL = frozenset({"PHONE_NUMBER", "PERSON", "LOCATION", "EMAIL_ADDRESS"})


def _form_hits(text: str) -> list[str]:
    return [text[h.start:h.end] for h in sweep(text) if h.rule == "form_label"]


@pytest.mark.parametrize("text", [
    "Tél. : [TELEPHONE_1] ou [TELEPHONE_2] (demander Mme [PERSONNE_2])\n",
    "Portable : [TELEPHONE_1] (le soir, sinon M. [PERSONNE_4])\n",
])
def test_a_civility_before_a_pseudonym_beside_a_number(text: str) -> None:
    assert _form_hits(text) == []


@pytest.mark.parametrize("text", [
    "Tél. : [TELEPHONE_1] ou au bureau : [TELEPHONE_2] (demander Mme Ribeiro)\n",
    "Portable : [TELEPHONE_1] (le soir, sinon le 06 44 12 80 31)\n",
])
def test_a_name_or_number_left_still_counts(text: str) -> None:
    assert sweep(text)


def test_a_number_type_without_a_digit_left_is_no_residual() -> None:
    text = "Tél. : [TELEPHONE_1] / au chalet : [TELEPHONE_2] (gardien)\n"
    end = text.index("(gardien") + len("(gardien")
    found = [Finding("PHONE_NUMBER", text.index("["), end, 0.9, "FrFormFieldRecognizer")]
    assert residual_findings(text, found, PERSONAL, 0.5) == []


def test_a_number_type_with_digits_left_is() -> None:
    text = "Tél. : [TELEPHONE_1] / au chalet : 04 79 22 10 18\n"
    found = [Finding("PHONE_NUMBER", text.index("["), len(text) - 1, 0.9, "FrFormFieldRecognizer")]
    assert residual_findings(text, found, PERSONAL, 0.5)
