"""Values of a person's record written with more between them (piifix3): an apposition ending on
"à" before an age, a quoted remark before a place; a name ending with a capitalised month."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Mme Rose Martin – M. Paul Dupuis, doyenne du concours à 87 ans", "DATE_OF_BIRTH", "87 ans"),
    ("Mme Odette Gallais, championne du canton à 92 ans.", "DATE_OF_BIRTH", "92 ans"),
    ("M. Lucien Daniel, septuagénaire « encore jeune » comme il l'écrit, La Ville-au-Voyer ;",
     "FR_ADDRESS", "La Ville-au-Voyer"),
    ("M. Paul Hervé, 71 ans « et toutes ses dents », La Fresnais ;", "FR_ADDRESS", "La Fresnais"),
])
def test_record_values_with_more_between(find, text, kind, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, kind)


@pytest.mark.parametrize(("text", "kept"), [
    # no person before: a duration, a public place
    ("Le club fête ses adhérents, fondé à 12 ans près de l'école.", "12 ans"),
    ("« Bienvenue » comme on dit, La Maison de la Culture ouvre samedi.", "Maison de la Culture"),
])
def test_no_record_no_raise(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "DATE_OF_BIRTH") + find(text, "FR_ADDRESS"))


@pytest.mark.parametrize(("text", "name"), [
    ("Mme Hoang Thi Mai, dans sa 80e année.", "Hoang Thi Mai"),
    ("Fait le 3 mai, M. Paul Martin Avril.", "Paul Martin Avril"),
])
def test_capitalised_month_ending_a_name(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name in find(text, "PERSON")


@pytest.mark.parametrize("text", ["M. Jean Dupont Mai 2024", "Réunion du Lundi 3 Mai 2024 avec M. Dupont"])
def test_month_of_a_date_is_no_name(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not any("Mai" in v for v in find(text, "PERSON"))


def test_word_sought_again_does_not_block_a_place() -> None:
    """The model read "Mas" as a name elsewhere and it is sought again: "Mas de la Garrigue" is
    still the stall holder's address, and the road after it too (engine.chained_places)."""
    from aiguillage.detect.engine import REPEATED, chained_places
    from aiguillage.records import Finding

    text = "Empl. 4 — Miel — Gérard Labbé — Mas de la Garrigue, route de Caux — camion"
    name = Finding("PERSON", text.index("Gérard"), text.index(" — Mas"), 0.85, "SpacyRecognizer")
    mas = Finding("PERSON", text.index("Mas"), text.index("Mas") + 3, 0.7, REPEATED)
    house = Finding("FR_ADDRESS", text.index("Mas"), text.index(", route"), 0.4, "FrRecordPlaceRecognizer")
    road = Finding("FR_ADDRESS", text.index("route"), text.index(" — camion"), 0.45, "FrAddressRecognizer")
    out = chained_places(text, [name, mas, house, road])
    assert out[2].score >= 0.5 and out[3].score >= 0.5
