"""Persons named in Chinese, Japanese or Korean script (FrCjkNameRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("From: 田中 美咲 <misaki.t@example.jp>", "田中 美咲"),
    ("Je m'appelle Misaki TANAKA (田中美咲), étudiante.", "田中美咲"),
    ("Enfant : Wei MAO — nom en chinois : 毛伟 — 7 ans", "毛伟"),
    ("Responsable : 王小明, tél. sur demande", "王小明"),
    ("Our quartet (박지우 / Park Ji-woo, 김민준, 이서연 and Choi) will tour", "박지우"),
    ("Our quartet (박지우 / Park Ji-woo, 김민준, 이서연 and Choi) will tour", "이서연"),
    ("Signé : 최 현석", "최 현석"),
])
def test_cjk_name(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSON")


@pytest.mark.parametrize(("text", "kept"), [
    ("Subject: Inscription / 図書館の登録について", "図書館"),
    ("Mon adresse est 東京都渋谷区神宮前 4-12-8", "東京都"),
    ("Subject: 공연 장소 문의 / concert", "공연"),
])
def test_cjk_text_is_no_name(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "PERSON"))
