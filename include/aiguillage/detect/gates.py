"""Prefilters ("gates") for the costliest patterns of our own recognizers.

Presidio's ``PatternRecognizer`` runs every pattern over every text. A few of our patterns open
with a variable-length look-behind (a vehicle word or a make and up to two words before a plate, a
birth cue before a date in words), which the ``regex`` engine tries at every position of the text:
on the bench corpus they cost more than all the other patterns together, and match in a few texts
out of a hundred. A :class:`Gate` is a cheaper expression that **every match of the guarded patterns
implies**: a piece of the pattern itself, read forward — the look-behind's words followed by the
first characters the pattern's body requires — written with the same ``regex`` engine, the same
inline flags and the recognizer's own flags (its case folding included). Where the gate finds
nothing in a text, the guarded patterns cannot match there, and running them would add nothing.

:class:`GatedRecognizer` wraps one recognizer through Presidio's public interfaces: it is an
``EntityRecognizer`` with the wrapped one's name, entities, language and context words; for each
text it runs the wrapped recognizer's own ``analyze`` (Presidio's pattern loop, the recognizer's
checksums and scores) with the patterns whose gate found something, in their order — a fresh
instance of the same class holding that sub-list, made once per sub-list. The results are the
wrapped recognizer's, stamped with the wrapper's identifier so that Presidio's context enhancement
and score thresholds find the wrapper (which holds the same context words).

A gate is written for the patterns as they were reviewed: :attr:`Gate.reviewed` is the fingerprint
of their regular expressions. When a recognizer's patterns change, the fingerprint no longer
matches, the gate is **not applied** (the recognizer runs whole, as without gates: slower, never
different) and ``tests/unit/detect/test_gates.py`` fails until the gate is reviewed again.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import regex
from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.address import _RESIDES, _UK_POSTCODE
from aiguillage.detect.recognizers.birth_date import _DAY_WORDS, _INTRO, _MONTHS
from aiguillage.detect.recognizers.license_plate import _NATION, _VEHICLE
from aiguillage.detect.recognizers.license_plate_after_vehicle import (
    _COUNTRY_NAME,
    _EN_VEHICLE,
    _HOLDER_AND_VEHICLE,
    _MAKES,
    _PLATE_CUE,
)

log = logging.getLogger(__name__)

_S = r"[ \u00a0]"


@dataclass(frozen=True)
class Gate:
    """``expression``: found somewhere in every text where one of ``patterns`` (names of
    ``recognizer``'s patterns) matches. ``reviewed``: :func:`fingerprint` of those patterns when
    the gate was checked against them."""

    recognizer: str
    patterns: tuple[str, ...]
    expression: str
    reviewed: str


def _patterns(recognizer: Any) -> list[Any]:
    """A pattern recognizer's ``patterns`` (Presidio's attribute; the package has no types)."""
    return list(recognizer.patterns)


def _set_patterns(recognizer: Any, patterns: list[Any]) -> None:
    recognizer.patterns = patterns


def _compile(pattern: Any, flags: int | None) -> None:
    """What ``PatternRecognizer`` does before its first search with a pattern: compile it with
    the recognizer's flags and keep it on the ``Pattern``."""
    if not pattern.compiled_regex or pattern.compiled_with_flags != flags:
        pattern.compiled_with_flags = flags
        pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)


def _name(recognizer: Any) -> str:
    return str(recognizer.name)


def fingerprint(recognizer: PatternRecognizer, names: Iterable[str]) -> str:
    """A digest of the named patterns' regular expressions and of the recognizer's flags."""
    wanted = set(names)
    h = hashlib.sha256(f"flags={recognizer.global_regex_flags}".encode())
    for p in _patterns(recognizer):
        if p.name in wanted:
            h.update(f"\n{p.name}\t{p.regex}".encode())
    return h.hexdigest()[:16]


# Each expression is a part of the guarded patterns that all their matches go through, copied
# from them (the recognizers' own fragments, imported) and read forward: a look-behind
# ``(?<=A)B`` matches at p only where some A ends at p and B starts there, so the text then holds
# A followed by B's first characters, which the forward search below finds (no atomic group, no
# possessive quantifier, no back-reference in these parts: backtracking explores every way to
# match them).
GATES: tuple[Gate, ...] = (
    # a vehicle word or a make, up to two lower-case words, then the start of a plate: one to
    # three letters and a separator then a digit (_CODE), or two letters then a digit (_UK_CODE)
    Gate("FrPlateAfterVehicleRecognizer", ("AFTER_VEHICLE", "BRITISH_AFTER_VEHICLE"),
         rf"(?<![\w])(?i:{_VEHICLE}|{_MAKES})(?:{_S}+\p{{Ll}}[\p{{Ll}}-]+){{0,2}}{_S}*[:(]?{_S}*"
         r"(?i:[A-Z]{1,3})[ \u00a0.\-]?\d", "d090bf434d2be114"),
    Gate("FrPlateAfterVehicleRecognizer", ("AFTER_REGISTERED_IN", "BRITISH_AFTER_REGISTERED_IN"),
         rf"(?i:immatricul[ée]e?s?){_S}+(?i:aux|au|en|à){_S}+[\p{{L}}-]+{_S}*:?{_S}*"
         r"(?i:[A-Z]{1,3})[ \u00a0.\-]?\d", "d2d247296978838c"),
    # a vehicle word (no make), up to two lower-case words, then two groups' first characters:
    # capitals or digits (_TWO_GROUPS)
    Gate("FrPlateAfterVehicleRecognizer", ("TWO_GROUPS_AFTER_VEHICLE",),
         rf"(?<![\w])(?i:{_VEHICLE})(?:{_S}+\p{{Ll}}[\p{{Ll}}-]+){{0,2}}{_S}*[:(]?{_S}*(?:[A-Z]{{2}}|\d{{3}})",
         "b29148a721f66120"),
    # a vehicle word, up to five lower-case words, a colon, then the SIV shape's first characters
    Gate("FrPlateAfterVehicleRecognizer", ("SIV_SHAPE_AFTER_VEHICLE",),
         rf"(?<![\w])(?i:{_VEHICLE})(?:{_S}+(?:\p{{Ll}}['’]?)?[\p{{Ll}}-]+){{0,5}}{_S}*:{_S}*[A-Z]{{2}}-\d",
         "deb899eb64f3ba3f"),
    # the look-ahead "(plaque" after the code
    Gate("FrPlateAfterVehicleRecognizer", ("BEFORE_PLATE_BRACKET",),
         r"\([ \u00a0]*(?i:plaques?|immatricul\w*|immat\.?)(?![\w])", "f536a8253111d9aa"),
    # the look-ahead "(voiture" after the code
    Gate("FrPlateAfterVehicleRecognizer", ("BEFORE_VEHICLE",), rf"\({_S}*(?i:{_VEHICLE})",
         "07948691a2ea7758"),
    # the look-ahead "(M. X, voiture" after the code
    Gate("FrPlateAfterVehicleRecognizer", ("BEFORE_HOLDER_AND_VEHICLE",), _HOLDER_AND_VEHICLE,
         "0528936b011d6b0c"),
    # the seventeenth session's: an English vehicle word, then a British plate's first characters
    Gate("FrPlateAfterVehicleRecognizer", ("BRITISH_AFTER_ENGLISH_VEHICLE",),
         rf"(?<![\w])(?i:{_EN_VEHICLE}){_S}*[:(]?{_S}*(?i:[A-Z]{{2}}\d)", "4a2fb6f2049c3a72"),
    # a plate's words (up to three lower-case ones), then a German, any or a masked plate's first
    # character
    Gate("FrPlateAfterVehicleRecognizer",
         ("GERMAN_AFTER_PLATE_WORDS", "ANY_AFTER_PLATE_WORDS", "MASKED_AFTER_PLATE_WORDS"),
         rf"{_PLATE_CUE}[A-Z0-9ÄÖÜ.*?_]", "1f42042e54fcddc9"),
    # the country in brackets after the code
    Gate("FrPlateAfterVehicleRecognizer", ("ANY_BEFORE_COUNTRY",),
         rf"\({_S}*{_COUNTRY_NAME}(?![\w-])", "2a65b331d191f569"),
    # a German plate's hyphen shape
    Gate("FrPlateAfterVehicleRecognizer", ("GERMAN_ON_A_VEHICLES_LINE",),
         r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ \u00a0]\d", "7c6f6bfabfed6f7c"),
    # the plate word, then the code's first character ([A-Z0-9]{1,5})
    Gate("FrLicensePlateRecognizer", ("AFTER_PLATE_WORD",),
         r"(?i:plaques?|immatricul[ée]e?s?|immatriculation|immat\.?)(?:[ \u00a0]+\p{Ll}{3,})?"
         r"[ \u00a0]*(?:n[°o][ \u00a0]*)?:?[ \u00a0]*[A-Z0-9]", "b10ba12442f0d598"),
    # the vehicle and its nationality (or "immatriculé en <Pays>"), then the code's first character
    Gate("FrLicensePlateRecognizer", ("AFTER_VEHICLE_NATIONALITY",),
         rf"(?:(?i:{_VEHICLE})[ \u00a0]+(?i:{_NATION})"
         rf"|(?i:immatricul[ée]e?s?)[ \u00a0]+(?i:en|au|aux|à)[ \u00a0]+\p{{Lu}}[\p{{L}}-]+)"
         r"[ \u00a0]*[(:]?[ \u00a0]*[A-Z0-9]", "9e1e72c87e36a8cf"),
    # the birth cue, the day in words and the month (the pattern without its optional year)
    Gate("FrBirthDateRecognizer", ("BIRTH_DATE_WORDS",),
         rf"(?i)(?:{_INTRO}){_DAY_WORDS}[ \u00a0]+{_MONTHS}", "38b5f489b0fd8668"),
    # the verb of residence and its spaces
    Gate("FrAddressRecognizer", ("RESIDENCE_PLACE",), rf"{_RESIDES}[ \u00a0]+", "868e5dfb23b6d7f3"),
    # the British postcode that ends the match
    Gate("FrForeignOrderAddressRecognizer", ("UK_FLAT_CITY_POSTCODE",), _UK_POSTCODE, "b97bb2b901f05cf6"),
)


class GatedRecognizer(EntityRecognizer):
    """``inner`` (a recognizer of ours built on Presidio's unmodified ``PatternRecognizer.analyze``),
    running for each text only the patterns whose gate found something there."""

    def __init__(self, inner: FrPatternRecognizer, gates: Sequence[Gate]) -> None:
        self.inner = inner  # before Presidio's constructor, which calls load()
        self.pattern_list = _patterns(inner)
        name = _name(inner)
        super().__init__(supported_entities=list(inner.supported_entities), name=name,
                         supported_language=inner.supported_language, version=inner.version,
                         context=inner.context)
        flags = inner.global_regex_flags
        # (compiled gate, indices of the patterns it guards)
        self.gates = [(regex.compile(g.expression, flags),
                       frozenset(i for i, p in enumerate(self.pattern_list) if p.name in g.patterns))
                      for g in gates]
        self._subsets: dict[tuple[int, ...], PatternRecognizer] = {}
        # The guarded patterns are compiled now, as Presidio compiles a pattern at its first run
        # (same call, same flags, kept on the pattern): the preload's warm-up text opens no gate,
        # and a process that forks workers would otherwise leave each worker to compile them.
        for _, guarded in self.gates:
            for i in guarded:
                _compile(self.pattern_list[i], flags)

    def load(self) -> None:
        self.inner.load()  # type: ignore[no-untyped-call]

    def _with(self, keep: tuple[int, ...]) -> PatternRecognizer:
        """A fresh instance of the inner recognizer's class holding only the patterns ``keep``."""
        rec = self._subsets.get(keep)
        if rec is None:
            rec = fresh = type(self.inner)()
            _set_patterns(fresh, [self.pattern_list[i] for i in keep])
            self._subsets[keep] = rec
        return rec

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        closed: set[int] = set()
        for gate, guarded in self.gates:
            if gate.search(text) is None:
                closed |= guarded
        if not closed:
            results = self.inner.analyze(text, entities, nlp_artifacts, regex_flags)
        else:
            keep = tuple(i for i in range(len(self.pattern_list)) if i not in closed)
            if not keep:
                return []
            results = self._with(keep).analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            if r.recognition_metadata is None:
                r.recognition_metadata = {}
            r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
        return results

    def enhance_using_context(self, text: str, raw_recognizer_results: list[RecognizerResult],
                              other_raw_recognizer_results: list[RecognizerResult], nlp_artifacts: Any,
                              context: list[str] | None = None) -> list[RecognizerResult]:
        return self.inner.enhance_using_context(text, raw_recognizer_results, other_raw_recognizer_results,
                                                nlp_artifacts, context)


def applicable(recognizer: EntityRecognizer, gate: Gate) -> bool:
    """Whether ``gate`` was reviewed for ``recognizer``'s current patterns, and the recognizer is
    one whose results come from Presidio's pattern loop alone (no ``analyze`` of its own)."""
    if not isinstance(recognizer, FrPatternRecognizer) or type(recognizer).__name__ != gate.recognizer:
        return False
    if type(recognizer).analyze is not PatternRecognizer.analyze:
        return False
    names = {p.name for p in _patterns(recognizer)}
    return set(gate.patterns) <= names and fingerprint(recognizer, gate.patterns) == gate.reviewed


def with_gates(recognizers: Iterable[EntityRecognizer],
               gates: Sequence[Gate] = GATES) -> list[EntityRecognizer]:
    """``recognizers`` in their order, each one with applicable gates wrapped in a
    :class:`GatedRecognizer`; a gate that no longer fits its recognizer's patterns is left out
    (logged): that recognizer then runs all its patterns."""
    out: list[EntityRecognizer] = []
    for rec in recognizers:
        mine = [g for g in gates if g.recognizer == type(rec).__name__]
        fit = [g for g in mine if applicable(rec, g)]
        for g in mine:
            if g not in fit:
                log.warning("gate of %s %s not applied: the patterns changed since it was reviewed",
                            g.recognizer, ",".join(g.patterns))
        out.append(GatedRecognizer(rec, fit) if fit and isinstance(rec, FrPatternRecognizer) else rec)
    return out
