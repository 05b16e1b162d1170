"""``engine.name_occurrences`` finds what the alternation it replaces finds: the pattern below,
compiled per document, is the oracle (it is what ``repeated_names`` compiled before)."""

from __future__ import annotations

import regex
from aiguillage.detect.engine import name_occurrences, repeated_names
from aiguillage.records import Finding
from hypothesis import example, given, settings
from hypothesis import strategies as st


def oracle(text: str, forms: set[str]) -> list[tuple[int, int]]:
    forms = forms - {""}
    if not forms:
        return []
    alternation = "|".join(regex.escape(w) for w in sorted(forms, key=len, reverse=True))
    rx = regex.compile(r"(?<![\p{L}\d_\[])(?:" + alternation + r")(?![\p{L}\d_\]])")
    return [m.span() for m in rx.finditer(text)]


NAMES = ["Jean", "Jean-Pierre", "Dupont", "DUPONT", "D'Arc", "O’Neil", "Éloïse", "ÉLOÏSE", "Le", "Lee",
         "Ana-Ana"]
ALPHABET = st.sampled_from([*"aeé -'’_[]0123\n", "Jean", "Pierre", "-Pierre", "Dupont", "DUPONT", "D'Arc",
                            "O’Neil", "Éloïse", "ÉLOÏSE", "Lee", "Le", "Ana", "²", "ǅ"])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(ALPHABET, max_size=40).map("".join),
       forms=st.sets(st.sampled_from(NAMES), min_size=1, max_size=6))
@example(text="Jean-Pierrex Jean-Pierre [Jean] _Jean Jean_ 2Jean Jean2", forms={"Jean", "Jean-Pierre"})
@example(text="Ana-Ana-Ana", forms={"Ana-Ana", "Ana"})
@example(text="DUPONT Dupont dupont", forms={"DUPONT", "Dupont"})
def test_same_spans_as_the_alternation(text: str, forms: set[str]) -> None:
    assert name_occurrences(text, forms) == oracle(text, forms)


LOWER_NAMES = ["rakotomalala", "bouzid-lemoine", "bouzid", "lemoine", "éloïse", "ana-ana", "ana", "ǆana"]
LOWER_ALPHABET = st.sampled_from([*"aeé -'’_[]0123\n.", "rakotomalala", "Rakotomalala", "bouzid", "-lemoine",
                                  "lemoine", "éloïse", "ÉLOÏSE", "ana", "Ana", "ǅ", "ǆ", "²"])


@settings(max_examples=400, deadline=None)
@given(text=st.lists(LOWER_ALPHABET, max_size=40).map("".join),
       forms=st.sets(st.sampled_from(LOWER_NAMES), min_size=1, max_size=5),
       capitalised=st.sets(st.sampled_from(NAMES), max_size=3))
@example(text="v. rakotomalala, rakotomalalas [rakotomalala] _ana ana-ana",
         forms={"ana", "ana-ana", "rakotomalala"}, capitalised=set())
def test_same_spans_for_lower_case_and_mixed_forms(text: str, forms: set[str], capitalised: set[str]) -> None:
    """Forms in lower case (signatures), alone or with capitalised ones, take the letters' way."""
    assert name_occurrences(text, forms) == oracle(text, forms)
    assert name_occurrences(text, forms | capitalised) == oracle(text, forms | capitalised)


@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
       forms=st.sets(st.text(min_size=1, max_size=5), min_size=1, max_size=4))
@settings(max_examples=300, deadline=None)
def test_same_spans_for_any_forms(text: str, forms: set[str]) -> None:
    """Forms that do not start with a capital take the plain way; the result is the same."""
    assert name_occurrences(text, forms) == oracle(text, forms)


def test_repeated_names_finds_every_writing_of_a_name() -> None:
    text = "M. Jean-Pierre DURAND a signé. Durand et DURAND ; durand non ; [DURAND_1] non ; DURANDE non."
    found = [Finding("PERSON", 3, 22, 0.85, "SpacyRecognizer")]
    spans = [(f.start, f.end) for f in repeated_names(text, found)]
    words = [text[s:e] for s, e in spans]
    assert words == ["Jean-Pierre", "DURAND", "Durand", "DURAND"]
