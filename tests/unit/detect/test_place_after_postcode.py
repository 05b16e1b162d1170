"""The prefilter of the "town after a postcode" search: a necessary condition, never a new answer."""

from __future__ import annotations

import regex
from aiguillage.detect.engine import _may_follow_postcode
from hypothesis import given, settings
from hypothesis import strategies as st


def _searched(text: str, name: str) -> bool:
    """The search the prefilter guards (as ``_place_name`` writes it)."""
    pattern = rf"(?<![\d])\d{{5}}[ \u00a0]+{regex.escape(name)}(?![\p{{L}}])"
    return regex.search(pattern, text, regex.I) is not None


PIECES = ["25290", "75011", "123456", "1234", " ", "\u00a0", "\n", "Ornans", "ORNANS", "ornans", "Orléans",
          "ORLÉANS", "Saint-Malo", "ſaint", "\u212aelvin", "kelvin", "İstanbul", "istanbul", "ß", "SS", "x"]
NAMES = ["Ornans", "orléans", "Saint-Malo", "Saint", "Kelvin", "ſaint", "İstanbul", "Istanbul", "ß", "ss",
         "O", "Ornans-les-Bains", "x"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from(NAMES))
def test_prefilter_is_necessary(pieces: list[str], name: str) -> None:
    text = "".join(pieces)
    if _searched(text, name):
        assert _may_follow_postcode(text, name)


def test_prefilter_examples() -> None:
    assert _may_follow_postcode("Mairie, 25290  Ornans", "ornans")
    assert _may_follow_postcode("25290\u00a0ORNANS", "Ornans")
    assert not _may_follow_postcode("Ornans, 25290 Besançon", "Ornans")
    assert not _may_follow_postcode("125290 Ornans", "Ornans")  # six digits: no postcode
