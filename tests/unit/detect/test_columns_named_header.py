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
