"""French numbers written with the zero apart, as numbers from 08 and 09 are ("0 800 22 31 31")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("les encombrants : appeler le 0 805 12 34 56 (gratuit).", "0 805 12 34 56"),
    ("ma ligne fixe : 0 970 44 12 12", "0 970 44 12 12"),
    ("joignable au 0.969.32.15.15 en semaine", "0.969.32.15.15"),
    ("Standard 0 811 90 12 12, prix d'un appel local", "0 811 90 12 12"),
])
def test_zero_apart(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PHONE_NUMBER")


@pytest.mark.parametrize(("text", "kept"), [
    ("un budget de 10 800 22 31 31 au total", "800 22 31 31"),
    ("lots 0 800 223 131", "0 800 223 131"),
    ("version 0.800.22.31", "0.800.22.31"),
])
def test_no_number(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "PHONE_NUMBER"))
