"""Pseudonyms: a shorter writing joins the fuller name, a relative with the same surname does not."""

from __future__ import annotations  # noqa: I001

import pytest

from aiguillage.anonymize.pseudonyms import Pseudonyms


@pytest.mark.parametrize(("first", "second", "same"), [
    ("Jeanne Vidal", "Mme Vidal", True),
    ("M. Hervé Lucas", "Hervé Lucas", True),
    ("VIDAL", "Paul Vidal", False),  # the form's surname, then her nephew
    ("Mme Marty", "Jacques Marty", False),
])
def test_same_person(first: str, second: str, same: bool) -> None:
    p = Pseudonyms()
    assert (p.label("PERSON", first) == p.label("PERSON", second)) is same
