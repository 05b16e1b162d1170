"""An IBAN of its country's exact length whose key does not hold is still an account number when a
bank's word is near (dev7 uw06: a mistyped one on a fair's registration form stayed in clear, and
the verifier's sweep sent the document sovereign)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,iban", [
    ("Règlement par virement sur FR14 2004 1010 0505 0001 3M02 607 avant le 1er mai",
     "FR14 2004 1010 0505 0001 3M02 607"),
    ("IBAN du bailleur : FR76 1027 8060 4100 0205 5880 162", "FR76 1027 8060 4100 0205 5880 162"),
    ("Prélèvement SEPA\tDE89 3704 0044 0532 0130 01", "DE89 3704 0044 0532 0130 01"),
])
def test_a_mistyped_iban_near_a_bank_word(find, text: str, iban: str) -> None:  # type: ignore[no-untyped-def]
    assert iban in find(text, "IBAN_CODE")


@pytest.mark.parametrize("text", [
    "Le lot FR76 1027 8060 4100 0205 5880 162 figure au catalogue.",   # no bank word
    "Virement FR76 1027 8060 4100 0205",                               # not France's length
])
def test_no_iban_without_a_bank_word_or_the_length(find, text: str) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "IBAN_CODE") == []
