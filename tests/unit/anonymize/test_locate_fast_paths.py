"""The fast paths of value location give exactly what the plain regex walk gives.

``find_spans`` tries a value's pattern only where its case-folded first token is written. That is
safe only if the fold is at least as coarse as ``re.IGNORECASE``; a wrong fold would make the
verifier blind to a value left in a public text. These tests compare it with the reference walk
(``pattern.finditer`` over the whole text) on adversarial alphabets.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from aiguillage.anonymize.locate import (
    SearchText,
    find_spans,
    fold,
    matches,
    normalised_text,
    propagate,
    texts_holding,
    value_pattern,
)
from aiguillage.records import Finding
from hypothesis import given, settings
from hypothesis import strategies as st

# Characters whose case rules are special for sre or for str.lower: Turkish dotted/dotless i,
# long s, Kelvin and Ångström signs, micro/mu, final sigma, German sharp s (and its capital),
# a ligature, titlecase digraphs, NBSP, accents (composed), word joiners.
TRICKY = "aAiIıİsSſkKKåÅÅµμΜσςΣßẞﬀǅǆǄιΙι\u0345\u00a0 -'’.éÉ\u200b\n\t0123"


def reference_spans(text: str, values: list[str]) -> list[tuple[int, int, str]]:
    """The former implementation: every pattern over the whole text, longest values first."""
    starts: list[int] = []
    ends: list[int] = []
    taken: list[tuple[int, int, str]] = []
    for value in sorted(set(values), key=lambda v: -len(v)):
        pat = value_pattern(value)
        if pat is None:
            continue
        for m in pat.finditer(text):
            s, e = m.start(), m.end()
            i = bisect_right(starts, s)
            if (i and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
                continue
            starts.insert(i, s)
            ends.insert(i, e)
            taken.insert(i, (s, e, value))
    return taken


def test_fold_is_lower_case_on_ascii_and_keeps_lengths() -> None:
    ascii_text = "".join(map(chr, range(128)))
    assert fold(ascii_text) == ascii_text.lower()
    # the general table agrees with str.lower on ASCII: both fast paths are the same fold
    assert fold(ascii_text + "é")[:128] == ascii_text.lower()
    assert len(fold(TRICKY)) == len(TRICKY)


def test_fold_identifies_what_ignorecase_identifies() -> None:
    for a, b in [("ſ", "s"), ("K", "k"), ("Å", "å"), ("µ", "μ"), ("İ", "i"), ("ς", "σ"), ("ẞ", "ß")]:
        if re.fullmatch(re.escape(a), b, re.IGNORECASE):
            assert fold(a) == fold(b), (a, b)


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=TRICKY, max_size=60),
       values=st.lists(st.text(alphabet=TRICKY, min_size=1, max_size=8), min_size=1, max_size=5))
def test_find_spans_equals_the_regex_walk(text: str, values: list[str]) -> None:
    assert find_spans(text, values) == reference_spans(text, values)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=TRICKY, max_size=60),
       values=st.lists(st.text(alphabet=TRICKY, min_size=1, max_size=8), min_size=1, max_size=5))
def test_a_prepared_text_gives_the_same_spans_every_time(text: str, values: list[str]) -> None:
    want = reference_spans(normalised_text(text), values)
    prepared = SearchText.of(normalised_text(text))
    assert find_spans(prepared, values) == want
    assert find_spans(prepared, values) == want  # searched again: the same answer


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(["Jean", "JEAN", "jean", "Dupont", "DUPONT", "ſtraſſe", "STRASSE",
                                       "İsmail", "ismail", "Kelvin", "kelvin", "de", "la", ",", "\n", "  "]),
                      max_size=40))
def test_find_spans_equals_the_regex_walk_on_names(words: list[str]) -> None:
    text = " ".join(words)
    values = ["Jean Dupont", "jean", "Strasse", "ISMAIL", "Kelvin de la", "la"]
    assert find_spans(text, values) == reference_spans(text, values)


def test_a_value_is_found_where_its_first_word_is_folded_differently() -> None:
    text = "signé: ſophie Martin; SOPHIE MARTIN."
    found = [text[s:e] for s, e, _ in find_spans(text, ["Sophie Martin"])]
    assert found == ["ſophie Martin", "SOPHIE MARTIN"]


def test_texts_holding_uses_the_same_matches() -> None:
    texts = ["rien", "Écrit par JEAN  DUPONT", "ſophie", "jean dupontel"]
    assert texts_holding(texts, ["Jean Dupont", "Sophie"]) == [1, 2]


def test_propagate_on_a_long_text_adds_each_other_occurrence_once() -> None:
    """A thousand names in a long text: every occurrence not already found is added, once."""
    names = [f"Nom{i:04d}" for i in range(1000)]
    text = " ; ".join(f"{n} puis {n.upper()}" for n in names)
    found = []
    for n in names:
        s = text.index(n)
        found.append(Finding("PERSON", s, s + len(n), 0.9, "t"))
    out = propagate(text, found)
    extra = [f for f in out if f.recognizer == "propagated"]
    assert len(extra) == 1000
    assert all(text[f.start:f.end].isupper() for f in extra)


def test_fold_classes_are_ignorecase_classes() -> None:
    """Built from public behaviour (str case mappings, re.fullmatch), the table relates exactly
    what re.IGNORECASE relates among every cased character and its case mappings."""
    from aiguillage.anonymize.locate import _fold_table

    table = _fold_table()
    assert len(table) > 1400
    for cp in range(0x110000):
        c = chr(cp)
        mapped = (c.lower(), c.upper(), c.casefold(), chr(table.get(cp, cp)))
        others = {x for x in mapped if len(x) == 1} - {c}
        for d in others:
            assert (fold(c) == fold(d)) == bool(re.fullmatch(re.escape(c), d, re.IGNORECASE)), (hex(cp), d)


def test_fold_fast_path_equals_the_table_everywhere() -> None:
    """``str.lower`` is used when no odd character is present: it must then equal the table."""
    from aiguillage.anonymize.locate import _fold_table, _lower_differs

    table = _fold_table()
    odd = _lower_differs()
    for start in range(0, 0x110000, 4096):
        chunk = "".join(chr(c) for c in range(start, min(start + 4096, 0x110000))
                        if not 0xD800 <= c < 0xE000 and not odd.match(chr(c)))
        assert chunk.lower() == chunk.translate(table), hex(start)
    assert fold("Σίσυφος ſ İ") == "Σίσυφος ſ İ".translate(table)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=TRICKY, max_size=80),
       values=st.lists(st.text(alphabet=TRICKY, min_size=1, max_size=6), min_size=5, max_size=30))
def test_find_spans_with_many_values_equals_the_regex_walk(text: str, values: list[str]) -> None:
    """Many values against one text: the word filter (values whose words are not all in the
    text are skipped) must not skip one that matches."""
    assert find_spans(text, values) == reference_spans(text, values)


def test_the_word_filter_finds_values_on_the_right_page_only() -> None:
    """Two hundred pages, each searched for the values of all of them (as a long PDF's release
    copy is): each page finds its own person, the shared name, and nothing else."""
    pages = [f"Page {i} : courrier de Prénom{i:03d}  NOM{i:03d}, suivi par M. DUPONT." for i in range(200)]
    values = [f"Prénom{i:03d} Nom{i:03d}" for i in range(200)] + ["Dupont", "ſuivi"]
    for i, page in enumerate(pages):
        found = [page[s:e] for s, e, _ in find_spans(page, values)]
        assert found == [f"Prénom{i:03d}  NOM{i:03d}", "suivi", "DUPONT"]
        assert find_spans(page, values) == reference_spans(page, values)


ASCII_VALUE = "aAkKsSiI09_-.@' "
UNICODE_TEXT = TRICKY + "kKsS_@"


@settings(max_examples=600, deadline=None)
@given(text=st.text(alphabet=UNICODE_TEXT, max_size=80),
       value=st.text(alphabet=ASCII_VALUE, min_size=1, max_size=9))
def test_an_ascii_value_matches_where_its_compiled_pattern_matches(text: str, value: str) -> None:
    """ASCII values are matched without their regular expression: same matches as ``finditer``
    of :func:`value_pattern` (Kelvin sign, long s, dotted capital I, no-break and other spaces,
    underscores and digits at word edges included)."""
    pat = value_pattern(value)
    want = [] if pat is None else [(m.start(), m.end()) for m in pat.finditer(text)]
    assert list(matches(value, text, fold(text))) == want


def test_ascii_matching_examples() -> None:
    text = "M. JEAN\u00a0\u00a0DUPONT, jean dupontel, _jean dupont, xjean dupont, ſaint KELVIN, İsmail"
    # ("_" is no letter: "_jean dupont" holds the value, "xjean dupont" does not)
    assert [text[s:e] for s, e in matches("Jean Dupont", text, fold(text))] == ["JEAN\u00a0\u00a0DUPONT",
                                                                              "jean dupont"]
    assert [text[s:e] for s, e in matches("saint kelvin", text, fold(text))] == ["ſaint KELVIN"]
    assert [text[s:e] for s, e in matches("ismail", text, fold(text))] == ["İsmail"]
