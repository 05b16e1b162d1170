"""The compiled-pattern cache gives the same pattern as ``re.compile``, and never a wrong one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from aiguillage.detect import compiled_patterns as cp

# A large alternation with groups, flags and classes, like spaCy's TOKEN_MATCH (smaller).
WORDS = [f"mot{i:05d}-(?:là|ci)" for i in range(6000)]
PATTERN = "(?iu)" + "|".join(f"(?:{w})" for w in WORDS) + r"|(?P<num>\d+)-(?P<suffix>[a-zé]+)"
SAMPLES = ["MOT00042-là", "mot05999-CI", "mot06000-ci", "12-été", "x", "mot00001-la"]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for s in SAMPLES:
        ma, mb = a.match(s), b.match(s)
        assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups())), s


def test_a_cached_pattern_equals_the_plain_compile(tmp_path: Path) -> None:
    first = cp.compile_cached(PATTERN, 0, tmp_path)
    (entry,) = tmp_path.glob("sre-*.bin")
    stamp = entry.stat().st_mtime_ns
    second = cp.compile_cached(PATTERN, 0, tmp_path)
    assert entry.stat().st_mtime_ns == stamp  # read, not rewritten
    plain = re.compile(PATTERN)
    _same(first, plain)
    _same(second, plain)


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage"])
def test_a_damaged_entry_is_ignored_and_rewritten(tmp_path: Path, damage: str) -> None:
    cp.compile_cached(PATTERN, 0, tmp_path)
    (entry,) = tmp_path.glob("sre-*.bin")
    raw = entry.read_bytes()
    if damage == "truncate":
        entry.write_bytes(raw[: len(raw) // 2])
    elif damage == "flip":
        entry.write_bytes(raw[:-9] + bytes([raw[-9] ^ 0x40]) + raw[-8:])
    else:
        entry.write_bytes(b"not a cache entry")
    again = cp.compile_cached(PATTERN, 0, tmp_path)
    _same(again, re.compile(PATTERN))
    assert entry.read_bytes() == raw  # rewritten whole


def test_flags_are_part_of_the_key(tmp_path: Path) -> None:
    body = PATTERN.removeprefix("(?iu)")
    sensitive = cp.compile_cached(body, 0, tmp_path)
    insensitive = cp.compile_cached(body, re.IGNORECASE, tmp_path)
    assert len(list(tmp_path.glob("sre-*.bin"))) == 2
    assert sensitive.match("MOT00042-là") is None
    assert insensitive.match("MOT00042-là") is not None


def test_the_context_manager_only_touches_large_patterns_and_restores_re(tmp_path: Path) -> None:
    original = re.compile
    with cp.cached_compile(tmp_path):
        small = re.compile(r"\d+")
        big = re.compile(PATTERN)
        assert re.compile(PATTERN) is big  # compiled twice by spaCy: once
    assert re.compile is original
    assert small.match("42") is not None
    _same(big, original(PATTERN))
    assert len(list(tmp_path.glob("sre-*.bin"))) == 1


def test_an_unwritable_cache_folder_still_compiles(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    _same(cp.compile_cached(PATTERN, 0, blocked / "sub"), re.compile(PATTERN))


def test_the_french_tokenizer_is_the_same_with_the_cache(tmp_path: Path) -> None:
    """The real use: spaCy's French TOKEN_MATCH from the cache tokenizes like the plain one."""
    from spacy.lang.fr.tokenizer_exceptions import TOKEN_MATCH

    plain = TOKEN_MATCH.__self__  # type: ignore[attr-defined]
    cached = cp.compile_cached(plain.pattern, 0, tmp_path)  # as spaCy compiles it
    cached_again = cp.compile_cached(plain.pattern, 0, tmp_path)  # as spaCy compiles it
    for word in ["aujourd'hui", "Saint-Étienne", "anti-inflammatoire", "peut-être", "l'état", "rue", "x-y"]:
        a, b, c = plain.match(word), cached.match(word), cached_again.match(word)
        assert (a and a.span()) == (b and b.span()) == (c and c.span()), word
