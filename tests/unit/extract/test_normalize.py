"""Text for detection: normalisation and the map back to original offsets."""

from __future__ import annotations

from aiguillage.extract.normalize import normalize
from hypothesis import given, settings
from hypothesis import strategies as st


def test_nbsp_iban_becomes_spaced() -> None:
    raw = "FR76\u00a03000\u202f6000\u00a00112"
    n = normalize(raw)
    assert n.text == "FR76 3000 6000 0112"
    assert n.span_to_original(0, len(n.text)) == (0, len(raw))


def test_zero_width_removed_and_mapped() -> None:
    raw = "mail: jean.du\u200bpont@ville.fr fin"
    n = normalize(raw)
    assert "jean.dupont@ville.fr" in n.text
    s = n.text.index("jean")
    e = s + len("jean.dupont@ville.fr")
    o_s, o_e = n.span_to_original(s, e)
    assert raw[o_s:o_e] == "jean.du\u200bpont@ville.fr"


def test_ligatures_and_nfkc() -> None:
    raw = "le ﬁchier ﬂottant, Café"
    n = normalize(raw)
    assert n.text == "le fichier flottant, Café"
    s = n.text.index("fichier")
    assert raw[slice(*n.span_to_original(s, s + 7))] == "ﬁchier"
    # a span ending inside an expanded ligature covers the ligature
    assert n.span_to_original(s, s + 1) == (3, 4)


def test_hyphenation_joined_compound_names_kept() -> None:
    n = normalize("l'adminis-\ntration de Jean-\nPierre")
    assert n.text == "l'administration de Jean-Pierre"
    s = n.text.index("administration")
    assert n.span_to_original(s, s + len("administration")) == (2, 2 + len("adminis-\ntration"))


def test_homoglyphs_folded_only_in_latin_tokens() -> None:
    n = normalize("NIR 1 85 О5 75 116 001 42 et Москва")  # Cyrillic O in a number; a Russian word
    assert "O5" in n.text
    assert "Москва" in n.text
    assert normalize("06\u201112\u201134").text == "06-12-34"


def test_ascii_is_identity() -> None:
    n = normalize("plain ascii text")
    assert n.text == "plain ascii text"
    assert n.to_original(5) == 5


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab -\n\u00a0\u200b\u202fﬁé\u0301Оо1") ), max_size=40))
def test_map_is_monotonic_and_in_bounds(raw: str) -> None:
    n = normalize(raw)
    offsets = [n.to_original(i) for i in range(len(n.text) + 1)]
    assert offsets == sorted(offsets)
    assert offsets[-1] == len(raw)
    assert all(0 <= o <= len(raw) for o in offsets)
    for i in range(len(n.text)):
        s, e = n.span_to_original(i, i + 1)
        assert 0 <= s < e <= len(raw)
    assert normalize(n.text).text == n.text  # idempotent
