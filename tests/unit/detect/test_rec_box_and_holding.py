"""A post-office box with its postcode and town is a whole address (dev9 p14: a retired surveyor's
"BP 27, 56340 Carnac" left its box in clear); a farm's "Siège d'exploitation" column holds where
its farmer lives (dev9 p22: a lone lieu-dit under it)."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.address import FrAddressRecognizer
from aiguillage.detect.recognizers.form_fields import FrFormFieldRecognizer


def _found(rec: object, text: str, entity: str) -> list[str]:
    res = rec.analyze(text, entities=[entity], nlp_artifacts=None)  # type: ignore[attr-defined]
    return [text[r.start:r.end] for r in res if r.score >= 0.5]


@pytest.mark.parametrize("text,box", [
    ("Mme Le Floch, apicultrice — BP 8, 29950 Bénodet — tél. …", "BP 8, 29950 Bénodet"),
    ("écrire à M. Arnaud, B.P. 412 - 97300 Cayenne", "B.P. 412 - 97300 Cayenne"),
    ("Courrier : CS 20517 35205 Rennes Cedex 2", "CS 20517 35205 Rennes Cedex 2"),
])
def test_a_box_with_its_town_is_an_address(text: str, box: str) -> None:
    assert box in _found(FrAddressRecognizer(), text, "FR_ADDRESS")


def test_a_box_alone_stays_weak() -> None:
    assert "BP 27" not in _found(FrAddressRecognizer(), "voir la pièce BP 27 du dossier", "FR_ADDRESS")


@pytest.mark.parametrize("header", ["Siège d'exploitation", "Siège de l'exploitation",
                                    "siege d’exploitation"])
def test_a_holding_column_holds_addresses(header: str) -> None:
    text = (f"Adhérent\t{header}\tParts\n"
            "LE DÛ Erwan\tKergoat\t20\n"
            "PRIMA Louise\tLe Haut-Quélen, Plédéliac\t15\n")
    found = _found(FrFormFieldRecognizer(), text, "FR_ADDRESS")
    assert "Kergoat" in found and "Le Haut-Quélen, Plédéliac" in found
