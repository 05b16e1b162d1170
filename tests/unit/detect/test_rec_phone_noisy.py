"""French numbers typed with noisy separators or a letter for a digit (FrPhoneNoisyRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Renseignements au 04. 71. 77. 20. 58.", "04. 71. 77. 20. 58"),
    ("pas de mail, 04 67 55 ·02 ·96", "04 67 55 ·02 ·96"),
    ("Écrivez-moi ou appelez le 02 41 ·· 88 ·· 12 ·· 30 le soir", "02 41 ·· 88 ·· 12 ·· 30"),
    ("appelée au 06 58 ... 44 ... 02 ... 17 par sa collègue", "06 58 ... 44 ... 02 ... 17"),
    ("réponse au 04 74 ## 00 ## 61 ## 18 (anti-robots)", "04 74 ## 00 ## 61 ## 18"),
    ("contact : 01 ** 45 ** 22 ** 90 ** 13", "01 ** 45 ** 22 ** 90 ** 13"),
    ("| Chalet du bas | 6 | 05 62 39 4 0 2 1 |", "05 62 39 4 0 2 1"),
    ("Vendu par Paul, 06\u00a07\u00a05\u00a02\u00a00\u00a08\u00a04\u00a01\u00a03, à saisir",
     "06\u00a07\u00a05\u00a02\u00a00\u00a08\u00a04\u00a01\u00a03"),
    ("permanence : 04 75 48 . 4 . 0 . 1 . 9", "04 75 48 . 4 . 0 . 1 . 9"),
    ("Me joindre : 06.3O.12.85.47", "06.3O.12.85.47"),
    ("Mon portable 06 8O 11 22 47 en journée", "06 8O 11 22 47"),
    ("La Bergerie\n03 80 49 . 2I . 76 — e.m@wanadoo.fr", "03 80 49 . 2I . 76"),
    ("Annonce : vélo, 07.8I.44.20.63", "07.8I.44.20.63"),
])
def test_noisy_digits(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PHONE_NUMBER")


@pytest.mark.parametrize(("text", "value"), [
    ("tél. zéro sept . quarante et un . zéro trois . vingt-deux . soixante-dix-sept",
     "zéro sept . quarante et un . zéro trois . vingt-deux . soixante-dix-sept"),
    ("Appelez Nina : zéro six / douze / trente-quatre / cinquante-six / soixante-dix-huit.",
     "zéro six / douze / trente-quatre / cinquante-six / soixante-dix-huit"),
])
def test_words_dotted(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PHONE_NUMBER")


@pytest.mark.parametrize(("text", "kept"), [
    ("Séance du 09 . 05 . 2024 . 14 h, salle 3.", "09 . 05 . 2024 . 14"),
    ("Votes : 05 3 2 1 0 4 6 2 7 1 9 (tableau)", "05 3 2 1 0 4 6 2 7 1"),
    ("Lots 01. 02. 03. 04. 05. 06. attribués", "01. 02. 03. 04. 05"),
    ("Le 07/03/2024 . 15 h", "07/03/2024 . 15"),
    ("Référence 0612345678901 du dossier", "0612345678"),
])
def test_other_numbers_stay(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "PHONE_NUMBER"))
