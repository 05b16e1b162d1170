"""The pseudonym's shape (letters and a number glued) that is a thing's name: "covid19", "iso9001",
"sha256" are no one's handle, found by the rule or echoed beside a real one ("nanou71")."""

from __future__ import annotations

import pytest
from aiguillage.detect.engine import echoed_codes
from aiguillage.detect.recognizers.social_profile import FrSocialProfileRecognizer, technical_name
from aiguillage.records import Finding


def _found(rec: object, text: str, entity: str) -> list[str]:
    res = rec.analyze(text, entities=[entity], nlp_artifacts=None)  # type: ignore[attr-defined]
    return [text[r.start:r.end] for r in res if r.score >= 0.5]


@pytest.mark.parametrize("token", ["covid19", "iso9001", "sha256", "cop21", "euro2024", "windows11"])
def test_a_things_name_is_no_pseudonym(token: str) -> None:
    assert technical_name(token)
    text = f"Le plan {token} est revu ; merci à nanou71 pour ses relevés."
    assert _found(FrSocialProfileRecognizer(), text, "PERSONAL_REFERENCE") == ["nanou71"]
    held = Finding("PERSONAL_REFERENCE", text.index("nanou71"), text.index("nanou71") + 7, 0.6, "X")
    assert token not in [text[f.start:f.end] for f in echoed_codes(text, [held])]


@pytest.mark.parametrize("token", ["nanou71", "bressane1954", "marie123", "covid_lover", "isabelle71",
                                   "cop_nanou", "windy56"])
def test_a_handle_stays_a_pseudonym(token: str) -> None:
    assert not technical_name(token) or "_" in token
    text = f"Publié par {token} le 3 mai"
    assert _found(FrSocialProfileRecognizer(), text, "PERSONAL_REFERENCE") == [token]
