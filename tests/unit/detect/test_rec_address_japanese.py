"""FrJapaneseAddressRecognizer: a Japanese address after its postal mark, or in Latin letters."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "address"), [
    ("Mon adresse au Japon est 〒150-0001 東京都渋谷区神宮前 4-12-8-302 (suite).",
     "〒150-0001 東京都渋谷区神宮前 4-12-8-302"),
    ("Adresse : 〒530-0001 大阪府大阪市北区梅田１丁目\n", "〒530-0001 大阪府大阪市北区梅田１丁目"),
    ("(4-12-8-302 Jingumae, Shibuya-ku, Tokyo 150-0001)", "4-12-8-302 Jingumae, Shibuya-ku, Tokyo 150-0001"),
    ("Home: 2-3-1 Umeda, Kita-ku, Osaka-shi.", "2-3-1 Umeda, Kita-ku, Osaka-shi"),
])
def test_japanese_addresses(find, text, address) -> None:  # type: ignore[no-untyped-def]
    assert address in find(text, "FR_ADDRESS"), find(text, "FR_ADDRESS")


@pytest.mark.parametrize("text", [
    "Score 3-1-2 at the match, then 1-2-3 Soleil, version 2-0-1 Beta.",
    "Le jumelage avec Shibuya-ku est signé depuis 1990.",
    "Horaires 9-12-14-18 Lundi, fermé le dimanche.",
])
def test_no_japanese_address(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "FR_ADDRESS"), find(text, "FR_ADDRESS")
