"""French numbers apart by a doubled dash or a dot operator (FrPhoneAnyGroupingRecognizer,
FrPhoneNoisyRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("mon portable : 06 12 -- 44 -- 87 -- 30, le soir", "06 12 -- 44 -- 87 -- 30"),
    ("joindre Mme Vidal au 05 61 -- 22 -- 48 -- 17", "05 61 -- 22 -- 48 -- 17"),
    ("Contact : 06 ⋅ 31 ⋅ 77 ⋅ 08 ⋅ 45", "06 ⋅ 31 ⋅ 77 ⋅ 08 ⋅ 45"),
    ("tél. 02∙98∙44∙10∙63 (répondeur)", "02∙98∙44∙10∙63"),
])
def test_more_separators(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PHONE_NUMBER")


@pytest.mark.parametrize(("text", "kept"), [
    ("les samedis 12 -- 14 -- 16 -- 18 -- 20 mai", "12 -- 14"),
    ("score 3 ⋅ 10 ⋅ 12 ⋅ 2", "10 ⋅ 12"),
])
def test_no_number(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "PHONE_NUMBER"))
