"""FrCadastreRecognizer: section + number after a cadastral word, in every usual writing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Le mur sépare votre jardin de la parcelle cadastrée section BC n° 57.", "BC n° 57"),
    ("terrain cadastré AD 1093, propriété de M. Roux", "AD 1093"),
    ("Références cadastrales : section 0A numéro 12", "0A numéro 12"),
    ("le hangar (parcelle XY 8) sera démoli", "XY 8"),
    ("au cadastre sous les références E 211, E 212 et E 230", "E 211, E 212 et E 230"),
    ("Section 105 AC n° 0042, lieu-dit les Prés", "105 AC n° 0042"),
    ("les parcelles H 17 à 19 restent à borner", "H 17 à 19"),
    ("cadastrées sections ZB nos 3 et 4", "ZB nos 3 et 4"),
    ("elle longe la parcelle 4471 au nord", "4471"),
    ("Parcelle : K 312", "K 312"),
])
def test_references(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "CADASTRE"))  # possibly merged with a wider span


@pytest.mark.parametrize("text", [
    "La parcelle de 850 m² est vendue au prix de 30 000 €.",
    "une parcelle 1200 m2 environ",
    "Chapitre III, section 2 du règlement intérieur",
    "la section B du club de football",
    "Le conseil municipal, section de fonctionnement, article 12",
    "parcelles boisées et prairies",
])
def test_not_references(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "CADASTRE") == []


@pytest.mark.parametrize("text", [
    "Le mur sépare votre jardin de la parcelle cadastrée section BC n° 57.",
    "PARCELLE CADASTRÉE SECTION ZA 18 ET ZA 19",
    "ſection ZK n° 87 et 88",  # long s: the regex engine's case folding reads it as "s"
    "cadaſtre E 211, E 212 et E 230",
    "Section\u00a0C 902, C 903 et C 904",
    "la parcelle 9366 et les parcelles n° 12 et 13",
    "la parcelle de 500 m² et la section B du club",
    "Aucun mot cadastral ici : AB 12, n° 57, 4471.",
    "",
])
def test_the_cue_prefilter_changes_no_result(text: str) -> None:
    """The recognizer skips a text where no cue word opens: it gives what Presidio's own pattern
    analysis gives, on texts with and without cues, in any case."""
    import regex
    from aiguillage.detect.recognizers.cadastre import FrCadastreRecognizer
    from presidio_analyzer import PatternRecognizer

    rec = FrCadastreRecognizer()

    def spans(results: list) -> list:  # type: ignore[type-arg]
        return sorted((r.entity_type, r.start, r.end, r.score) for r in results)

    for flags in (None, regex.MULTILINE, regex.MULTILINE | regex.IGNORECASE):
        assert spans(rec.analyze(text, ["CADASTRE"], None, flags)) == \
            spans(PatternRecognizer.analyze(rec, text, ["CADASTRE"], None, flags))
