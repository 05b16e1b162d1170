"""Finding values again (any spacing, any case, whole words) and completing table columns."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from aiguillage.anonymize.columns import column_findings
from aiguillage.anonymize.locate import find_spans, propagate
from aiguillage.anonymize.textslots import Slot, replace_in_slots
from aiguillage.records import Finding


def test_values_are_found_across_spacing_case_and_typography() -> None:
    text = "Dossier de JEAN\u00a0DUPONT ; jean  dupont a écrit ; Jean-Dupontel n'est pas lui."
    spans = find_spans(text, ["Jean Dupont"])
    assert [text[s:e].casefold().split() for s, e, _ in spans] == [["jean", "dupont"]] * 2


def test_every_other_occurrence_of_a_found_value_is_anonymized() -> None:
    text = "M. Martin Leroux demeure ici. LEROUX a signé. Les Lerouxville ne comptent pas."
    f = Finding("PERSON", 10, 16, 0.9, "t")
    extra = [g for g in propagate(text, [f]) if g.recognizer == "propagated"]
    assert [text[g.start:g.end] for g in extra] == ["LEROUX"]


def test_a_mostly_personal_table_column_is_completed() -> None:
    text = "Nom\tMontant\nDUMONT\t12 €\nPINTO\t30 €\nBOURDON\t8 €\nPONS\t9 €"
    found = [Finding("PERSON", text.index(n), text.index(n) + len(n), 0.8, "t")
             for n in ("DUMONT", "PINTO", "PONS")]
    extra = column_findings(text, found)
    assert [text[f.start:f.end] for f in extra] == ["BOURDON"]
    assert column_findings(text, found[:1]) == []  # one name in four: not a column of names


def test_replacement_keeps_every_slot_and_cuts_only_the_value() -> None:
    got: dict[int, str] = {}
    texts = ["Le dossier de ", "Bérénice ", "Castag", "nier", " est complet."]
    def setter(i: int) -> Callable[[str], None]:
        return lambda v: got.__setitem__(i, v)

    slots = [Slot(t, setter(i)) for i, t in enumerate(texts)]
    n = replace_in_slots(slots, {"Bérénice Castagnier": "[PERSONNE_1]"})
    assert n == 1
    assert got == {1: "[PERSONNE_1]", 2: "", 3: ""}  # first slot of the match gets the label


def test_a_first_name_found_alone_takes_the_surname_beside_it() -> None:
    from aiguillage.anonymize.names import extend_names

    text = "la cession à Mme Célina\nBlanchet, demeurant ici. M. Dupont Objet : rien."
    found = [Finding("PERSON", text.index(v), text.index(v) + len(v), 0.9, "t") for v in ("Célina", "Dupont")]
    assert [text[f.start:f.end] for f in extend_names(text, found)] == ["Célina\nBlanchet", "Dupont"]


def test_name_extension_stops_at_a_paragraph_break_and_keeps_particles() -> None:
    from aiguillage.anonymize.names import extend_names

    text = "Le Maire,\nClaudine DE OLIVEIRA\n\nAuthor: x"
    found = [Finding("PERSON", text.index(v), text.index(v) + len(v), 0.9, "t")
             for v in ("OLIVEIRA", "Author")]
    assert [text[f.start:f.end] for f in extend_names(text, found)] == ["Claudine DE OLIVEIRA", "Author"]


# --- the fast paths must find exactly what the plain ones find -------------------------------------

_TRICKY = ["a", "Z", "-", "\n", "\r", " ", "\t", "1", "é", "\u00a0", "\u200b", "\ufe63", "\uff0d", "\u2013",
           "о", "\u0301", "ﬁ", "\u00ad", "\u3000", "Ｊ", "-\n", " \n", "x"]


def _random_texts(seed: int, n: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(_TRICKY if rng.random() < 0.3 else "abcD -\n\t")
                    for _ in range(rng.randint(0, 60))) for _ in range(n)]


def test_normalised_text_is_the_normalisers_text_without_its_cost() -> None:
    from aiguillage.anonymize.locate import normalised, normalised_text

    cases = ["adminis-\ntration", "Jean-\nPierre", "ligne\uff0d\nsuite", "fin-\u00a0\r\nsuite", "a-\r \nb",
             "plain ascii\nonly", "ＤＵＰＯＮＴ\nx-\n\nDupоnt", "-\n", "\n-", "e\u0301\n\u0301"]
    for text in cases + _random_texts(7, 3000):
        assert normalised_text(text) == normalised(text).text, repr(text)
    # a long ASCII dump with a few non-ASCII lines, as the attributes of a DOCX package are
    dump = "\n".join(["Normal", "Heading 1", "Calibri", "ＭＳ 明朝", "w-\nrap", "x" * 50] * 500)
    assert normalised_text(dump) == normalised(dump).text


def test_find_spans_keeps_longest_values_first_and_whole_words() -> None:
    text = "Jean Dupont Marie ; xJean Dupont ; JEAN DUPONT; +33 6 12 34 56 78 et Dupont"
    spans = find_spans(text, ["Jean Dupont", "Dupont Marie", "Dupont", "+33 6 12 34 56 78"])
    assert [(text[s:e], v) for s, e, v in spans] == [
        ("Dupont Marie", "Dupont Marie"),  # the longest value is taken first; "Jean Dupont" overlaps it
        ("Dupont", "Dupont"),  # "xJean" is not the word "Jean"
        ("JEAN DUPONT", "Jean Dupont"), ("+33 6 12 34 56 78", "+33 6 12 34 56 78"), ("Dupont", "Dupont")]
    assert find_spans("Dupont", ["Dupont"]) == [(0, 6, "Dupont")]  # at the very start of the text
    assert find_spans("éDupont Dupontel 2Dupont", ["Dupont"]) == []


@pytest.mark.parametrize(("text", "value", "found"), [
    ("scan_DUPONT_2026.pdf", "Dupont", "DUPONT"),
    ("BORDENAVE-LASSALLE_fiche_2026.docx", "BORDENAVE-LASSALLE", "BORDENAVE-LASSALLE"),
    ("podium_cross_jaouen_maelys.jpg", "jaouen_maelys", "jaouen_maelys"),
    ("_Dupont", "Dupont", "Dupont"),
])
def test_an_underscore_joins_the_words_of_a_file_name(text, value, found) -> None:  # type: ignore[no-untyped-def]
    # "_" is no letter: a value is a whole word inside a file name or a handle
    assert [text[s:e] for s, e, _ in find_spans(text, [value])] == [found]


def test_texts_holding_misses_no_text_where_a_value_is() -> None:
    import random

    from aiguillage.anonymize.locate import normalised, texts_holding

    rng = random.Random(3)
    values = ["Jean Dupont", "dupont", "ab", "a-b", "Ｊean", "06 12", "D a"]
    for _ in range(300):
        texts = _random_texts(rng.randint(0, 10**6), rng.randint(1, 12))
        texts = [t + rng.choice(["", " Jean", " Dupont ", "Jean\n", " ab", " Dup-\nont"]) for t in texts]
        wanted = rng.sample(values, 3)
        held = set(texts_holding(texts, wanted))
        for i, t in enumerate(texts):
            if find_spans(normalised(t).text, wanted):
                assert i in held, (t, wanted)
    split = ["Le dossier de Jean", "Dupont est complet.", "Rien ici."]
    assert texts_holding(split, ["Jean Dupont"]) == [0, 1]  # across two texts: both are looked at
    assert texts_holding(split, ["Martin"]) == []
