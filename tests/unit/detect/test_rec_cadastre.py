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


@pytest.mark.parametrize(("text", "value"), [
    ("le bien cadastré 1187 section ZE appartient aux vendeurs", "1187 section ZE"),
    ("sur la parcelle n° 77 de la section AY, côté nord", "n° 77 de la section AY"),
    ("Ban communal de Riquewihr, section 7 parcelle 211/40", "7 parcelle 211/40"),
    ("la parcelle n° 12/3 de la section 21 est grevée", "n° 12/3 de la section 21"),
    ("les parcelles BK 301p et BK 302", "BK 301p"),
    ("Section : OB   Numéro : 0456", "OB   Numéro : 0456"),
])
def test_more_writings(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in found for found in find(text, "CADASTRE"))


def test_same_section_elsewhere(find) -> None:  # type: ignore[no-untyped-def]
    text = "La parcelle cadastrée XK 90 est divisée : XK 311 sera vendu, XK 312 restera aux héritiers."
    assert {"XK 90", "XK 311", "XK 312"} <= set(find(text, "CADASTRE"))


@pytest.mark.parametrize(("text", "found"), [
    ("le parking occupe la parcelle communale BD 14 depuis 1990", False),
    ("la parcelle cadastrée BD 15 (domaine public) reste affectée à l'école", False),
    ("le terrain cadastré BD 16, propriété de la commune, accueille le city-stade", False),
    # sold or given to a person, it is theirs
    ("le conseil décide de vendre la parcelle communale BD 17 à M. Léon Caradec", True),
    # the public owner of something else in the sentence does not count
    ("sa haie (parcelle cadastrée BD 18) déborde sur la voie communale", True),
])
def test_public_owner(find, text, found) -> None:  # type: ignore[no-untyped-def]
    assert bool(find(text, "CADASTRE")) is found


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
def test_the_cue_prefilter_changes_no_result(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The recognizer skips a text where no cue word opens: it gives what its analysis without the
    prefilter gives, on texts with and without cues, in any case."""
    import regex
    from aiguillage.detect.recognizers import cadastre

    rec = cadastre.FrCadastreRecognizer()

    def spans(results: list) -> list:  # type: ignore[type-arg]
        return sorted((r.entity_type, r.start, r.end, r.score) for r in results)

    for flags in (None, regex.MULTILINE, regex.MULTILINE | regex.IGNORECASE):
        with_filter = spans(rec.analyze(text, ["CADASTRE"], None, flags))
        with monkeypatch.context() as m:
            m.setattr(cadastre, "_CUE_START", r"(?:)")  # matches every text: no prefilter
            without = spans(rec.analyze(text, ["CADASTRE"], None, flags))
        assert with_filter == without


@pytest.mark.parametrize(("text", "refs"), [
    ("Section\tN°\tLieudit\tContenance\nAD\t1187\tKerné\t00 ha 05 a 12 ca\n"
     "AD 1188\t\tKerné\t00 ha 01 a 03 ca\n\n"
     "Le bien est désigné au cadastre rénové de la commune sous la référence AD n° 1187.",
     ["AD", "1187", "AD 1188", "AD n° 1187"]),
    ("Commune\tSection\tNuméro\tSurface\nPloemel\tZK\t87\t1 200 m²\nPloemel\tZK\t88p\t300 m²",
     ["ZK", "87", "88p"]),
])
def test_parcel_tables(find, text, refs) -> None:  # type: ignore[no-untyped-def]
    assert all(ref in find(text, "CADASTRE") for ref in refs)


@pytest.mark.parametrize("text", [
    # a Section column of a club or a school is no parcel's
    "Section\tResponsable\tHoraires\nJudo\tM. Paul Roux\tmardi 18 h\nTennis\tMme Anne Py\tjeudi 19 h",
    "Classe\tSection\tEffectif\nCE1\tA\t24 élèves\nCE2\tB\t22 élèves",
])
def test_other_section_columns(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "CADASTRE") == []
