"""Tables between pipes: a header naming its columns types a single row (one family member), and
the language model's "name" read across cells is cut at the pipes (the cell "épouse" stays)."""

from __future__ import annotations


def test_one_row_under_a_named_header(find) -> None:  # type: ignore[no-untyped-def]
    text = "| Nom | Prénom | Lien | Âge |\n|---|---|---|---|\n| Roux | Léa | fille | 9 ans |"
    assert {"Roux", "Léa"} <= set(find(text, "PERSON"))
    assert "9 ans" in find(text, "DATE_OF_BIRTH")
    assert not any("fille" in v for v in find(text, "PERSON"))


def test_model_name_is_cut_at_the_pipes(detector) -> None:  # type: ignore[no-untyped-def]
    text = ("Composition du foyer :\n\n| Nom | Prénom | Lien |\n| --- | --- | --- |\n"
            "| Lemoine | Josette | épouse |\n| Hamel | Kévin | petit-fils |")
    spans = [text[f.start:f.end] for f in detector.analyze(text) if f.score >= 0.5]
    assert not any("|" in s for s in spans)
    assert not any(w in s for s in spans for w in ("épouse", "petit-fils", "Nom", "Prénom", "Lien"))
    assert {"Josette", "Hamel", "Kévin"} <= set(spans)


def test_unnamed_two_row_table_is_not_typed(detector) -> None:  # type: ignore[no-untyped-def]
    text = "| Salle | Horaire |\n|---|---|\n| Jaurès | 10 h |"
    assert not any(f.recognizer == "FrColumnRecognizer" for f in detector.analyze(text))


def test_whole_cell_under_a_named_header(detector) -> None:  # type: ignore[no-untyped-def]
    text = ("| Jardinier | Adresse | Téléphone |\n|---|---|---|\n"
            "| Fernandes Maria | 2 rue de la Pilotière | 06 71 23 45 09 |\n"
            "| Diabaté Seydou | Tour Bretagne, 11e étage | 07 88 12 34 57 |\n"
            "| Leclerc Hervé | 12-14 allée Frida-Kahlo | 02 40 12 34 78 |")
    spans = [text[f.start:f.end] for f in detector.analyze(text)
             if f.entity_type == "FR_ADDRESS" and f.score >= 0.5]
    assert "Tour Bretagne, 11e étage" in spans


def test_capitalised_compound_stays_a_place(find) -> None:  # type: ignore[no-untyped-def]
    text = ("La sortie de notre allée sur la route de Clohars, au niveau du virage du Moulin-Blanc, "
            "est dangereuse.")
    found = find(text, "LOCATION") + find(text, "PERSON") + find(text, "FR_ADDRESS")
    assert any("Moulin-Blanc" in v for v in found)


def test_code_in_a_model_span_across_cells_stays_found(detector) -> None:  # type: ignore[no-untyped-def]
    text = "| M. Jean Dupont | Renault Clio | W-123-AB |"
    found = [text[f.start:f.end] for f in detector.analyze(text) if f.score >= 0.5]
    assert any("W-123-AB" in v for v in found)


def test_place_in_a_row_with_a_phone(find) -> None:  # type: ignore[no-untyped-def]
    text = "| chemin de la Soumont | La Baudière | 06 12 34 56 78 |"
    assert "chemin de la Soumont" in find(text, "FR_ADDRESS")


def test_row_places_precision() -> None:
    """The model's names anchor no place, nor does any name a place in capitals (association
    tables of the Montpellier subsidies, read as persons)."""
    from aiguillage.detect.engine import row_places
    from aiguillage.records import Finding

    text = "262\tLES ECOLOGISTES DE L'EUZIERE\tP\tFETE DE LA BIODIVERSITE\t500 €"
    place = Finding("FR_ADDRESS", text.index("L'EUZ"), text.index("\tP"), 0.4, "FrRecordPlaceRecognizer")
    by_rule = Finding("PERSON", text.index("FETE"), text.index("FETE") + 4, 0.86, "FrTableNameRecognizer")
    assert row_places(text, [place, by_rule])[0].score < 0.5
    text = "456\tMaison des Tiers Mondes\tP\tJean Moulin\t1 400 €"
    place = Finding("FR_ADDRESS", 4, text.index("\tP"), 0.4, "FrRecordPlaceRecognizer")
    by_model = Finding("PERSON", text.index("Jean"), text.index("Jean") + 11, 0.85, "SpacyRecognizer")
    assert row_places(text, [place, by_model])[0].score < 0.5
    by_rule = Finding("PERSON", by_model.start, by_model.end, 0.86, "FrTableNameRecognizer")
    assert row_places(text, [place, by_rule])[0].score >= 0.5


def test_vote_count_in_a_model_span_is_no_code() -> None:
    from aiguillage.detect.engine import split_lines
    from aiguillage.records import Finding

    text = "| Mme Durand | Pour : 53 | W-123-AB |"
    f = Finding("PERSON", 2, len(text) - 2, 0.85, "SpacyRecognizer")
    kinds = {text[g.start:g.end]: g.entity_type for g in split_lines(text, f)}
    assert kinds == {"Mme Durand": "PERSON", "Pour : 53": "PERSON", "W-123-AB": "PERSONAL_REFERENCE"}


def test_semicolon_list(find) -> None:  # type: ignore[no-untyped-def]
    text = ("Nom ; Prénom ; Né(e) le ; Licence ; Responsable ; Téléphone\n"
            "ABDOU ; Soraya ; 12/06/2016 ; M160612ABDSO01 ; M. Karim Abdou ; 06 23 45 67 01\n"
            "GRANDJEAN ; Maël ; 3 janv. 2015 ; M150103GRAMA02 ; Mme Aurore Grandjean ; +41 22 700 18 34\n")
    assert {"Soraya", "Maël"} <= set(find(text, "PERSON"))
    assert {"12/06/2016", "3 janv. 2015"} <= set(find(text, "DATE_OF_BIRTH"))
    assert {"M160612ABDSO01", "M150103GRAMA02"} <= set(find(text, "PERSONAL_REFERENCE"))
