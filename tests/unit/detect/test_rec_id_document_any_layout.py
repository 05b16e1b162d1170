"""Identity documents' numbers in their country's layout (FrForeignIdDocumentRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("GOMES, Rui | 12.01.1961 | CNI portugaise 12345678 9 ZX4 | épouse", "12345678 9 ZX4"),
    ("pièce présentée : carte d'identité belge 592-1234567-89, valide", "592-1234567-89"),
    ("titre de séjour n° 7501234567 délivré à Lyon", "7501234567"),
    ("Passeport allemand C01X00T47 (valable)", "C01X00T47"),
    ("Pièce d'identité : CNI espagnole 12345678Z", "12345678Z"),
])
def test_number_after_the_document(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "FR_ID_CARD") + find(text, "FR_PASSPORT"))


@pytest.mark.parametrize(("text", "kept"), [
    ("carte d'identité du 12 03 2019 présentée", "12 03 2019"),
    ("CNI valable 15 ans depuis 2014", "15"),
    ("passeport biométrique : 86 euros en 2026", "86"),
    ("Une carte d'identité ou un passeport ; dossier 4 pages", "4"),
])
def test_no_number(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "FR_ID_CARD") + find(text, "FR_PASSPORT"))
