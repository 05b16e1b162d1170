"""A birth column's cell with a remark after the date: the date is the value (dev6)."""

from __future__ import annotations

import pytest

_TABLE = ("NOM, Prénom | Date de naissance | Pièce d'identité\n"
          "BERTRAND, Huguette | 17-08-1946 | passeport 21AB93012\n"
          "DUPUIS, Henri | 1er janv. 1944 | CNI 440131201234\n"
          "ZAHRAOUI, Malika | {cell} | CNI ZK8P3R6W1\n")


@pytest.mark.parametrize(("cell", "date"), [
    ("1955 (« mettez juste l'année »)", "1955"),
    ("03/05/1950 — à vérifier sur la pièce", "03/05/1950"),
    ("1962, je crois", "1962"),
])
def test_the_date_before_a_remark(find, cell, date) -> None:  # type: ignore[no-untyped-def]
    assert any(v.startswith(date) for v in find(_TABLE.format(cell=cell), "DATE_OF_BIRTH"))


def test_other_columns_keep_their_remarks(find) -> None:  # type: ignore[no-untyped-def]
    text = ("Article | Quantité | Remarque\n"
            "Tables | 12 (à rendre lundi) | salle B\n"
            "Chaises | 40 (dont 5 abîmées) | salle A\n"
            "Bancs | 6 — prêtés | cour\n")
    assert not find(text, "DATE_OF_BIRTH")
