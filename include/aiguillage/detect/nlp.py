"""spaCy and Presidio, configured for detection through their public classes.

- :func:`load_ner_pipeline`: spaCy's French model with only what its NER needs, on numpy's BLAS.
- :class:`FrSpacyNlpEngine`: Presidio's ``SpacyNlpEngine`` (public constructor) that loads that
  pipeline, analyses a text piece by piece (``nlp.pipe``, :func:`~aiguillage.detect.lines.split_pieces`)
  into one real spaCy ``Doc`` (``Doc.from_docs``), optionally through a shard's
  :class:`~aiguillage.detect.lines.LineCache`, and builds Presidio's ``NlpArtifacts`` with its public
  constructor (entities relabelled as ``NerModelConfiguration`` says, lower-cased forms as lemmas).
- :class:`FrContextEnhancer`: a ``ContextAwareEnhancer`` (Presidio's public base class) with the
  algorithm of Presidio's ``LemmaContextAwareEnhancer`` ("substring" mode), written for long texts.

Imports spaCy and Presidio: loaded by :mod:`aiguillage.detect.engine` when the engine is built.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Generator, Mapping, Sequence
from pathlib import Path
from typing import Any

import spacy
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LENGTH, LOWER
from spacy.tokens import Doc, Span

from aiguillage.detect.lines import LineCache, split_pieces

log = logging.getLogger(__name__)

NER_COMPONENT = "ner"


class PieceError(RuntimeError):
    """spaCy's analysis of a piece does not rebuild the piece: its offsets cannot be trusted."""


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


# What makes two pipelines the same model package: their vocabularies are then the same data.
_MODEL_IDENTITY = ("lang", "name", "version")


def same_model(loaded: Any, meta: Mapping[str, Any]) -> bool:
    """Whether the loaded pipeline ``loaded`` comes from the model package whose meta is ``meta``:
    same language, name and version, and vectors as the package describes them (a loaded
    pipeline's meta describes its vectors with one more field, their mode)."""
    own = getattr(loaded, "meta", None)
    if not isinstance(own, Mapping) or getattr(loaded, "vocab", None) is None:
        return False
    vectors, own_vectors = meta.get("vectors") or {}, own.get("vectors") or {}
    return (all(own.get(k) == meta.get(k) for k in _MODEL_IDENTITY)
            and isinstance(vectors, Mapping) and isinstance(own_vectors, Mapping)
            and all(own_vectors.get(k) == v for k, v in vectors.items()))


def load_ner_pipeline(model_name: str, vocab_of: Any = None) -> Any:
    """spaCy's pipeline ``model_name`` with only what its NER needs (:func:`ner_components`), its
    models built on numpy's BLAS (:func:`_matrix_ops`; the ops are restored afterwards). What
    detection loads, and what the bench's floor measures.

    ``vocab_of``: a pipeline already loaded from the same model package (:func:`same_model`; the
    sensitivity parser's, in a worker's preload). Its ``Vocab`` — strings, lexemes, vectors,
    lookups, the same data read from the same files — is shared, as ``spacy.load(..., vocab=)``
    allows, instead of being read from disk again (~0.7 s of CPU per process, and its memory). A
    pipeline of another package is ignored."""
    from thinc.api import get_current_ops, set_current_ops

    path = spacy.util.get_package_path(model_name)
    meta = spacy.util.get_model_meta(path)
    pipeline = list(meta.get("pipeline", []))
    keep = ner_components(_model_config(path, meta), pipeline)
    exclude = [n for n in pipeline if n not in keep]
    previous = get_current_ops()
    set_current_ops(_matrix_ops())  # the models take the current ops when built
    try:
        if vocab_of is not None and same_model(vocab_of, meta):
            # "vocab" excluded: Language.from_disk does not read the vocabulary into the shared one
            return spacy.load(model_name, vocab=vocab_of.vocab, exclude=[*exclude, "vocab"])
        return spacy.load(model_name, exclude=exclude)
    finally:
        set_current_ops(previous)


class FrSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine with the lean NER pipeline, analysing texts piece by piece.

    Lemmas are the tokens' lower-cased forms: context words are matched on them, and spaCy's
    lemmatizer (40 % of its time) is not loaded. ``process_text``/``process_batch`` (what Presidio
    calls when it is given no artifacts) give the same artifacts as :meth:`artifacts`."""

    def __init__(self, models: list[dict[str, str]], ner_model_configuration: NerModelConfiguration,
                 batch_size: int = 64, vocab_of: Any = None) -> None:
        super().__init__(models=models, ner_model_configuration=ner_model_configuration)
        self.batch_size = batch_size
        self.vocab_of = vocab_of  # a pipeline of the same model, its vocabulary shared (load_ner_pipeline)

    def load(self) -> None:
        self.nlp = {m["lang_code"]: load_ner_pipeline(m["model_name"], self.vocab_of)  # type: ignore[assignment]
                    for m in self.models}

    def pipeline(self, language: str) -> Any:
        """The loaded spaCy pipeline of ``language``."""
        if not self.nlp:
            raise ValueError("NLP engine is not loaded. Consider calling .load()")
        return self.nlp[language]

    def piece_docs(self, pieces: set[str], language: str, cache: LineCache | None = None) -> dict[str, Doc]:
        """piece → its ``Doc``: from ``cache`` when it has it, else through ``nlp.pipe`` (similar
        lengths batched together: fewer, fuller matrix products), then kept in ``cache``."""
        known = cache.get_many(pieces) if cache is not None else {}
        missing = sorted(pieces - known.keys(), key=len)
        fresh: dict[str, Doc] = {}
        for piece, doc in zip(missing, self.pipeline(language).pipe(missing, batch_size=self.batch_size),
                              strict=True):
            if doc.text != piece:  # never analyse offsets that are not the text's
                raise PieceError("a piece's analysis does not rebuild the piece")
            fresh[piece] = doc
        if cache is not None and fresh:
            cache.put_many(fresh)
        known.update(fresh)
        return known

    def text_doc(self, text: str, language: str, cache: LineCache | None = None) -> Doc:
        """One ``Doc`` of ``text``, joined from the ``Doc`` s of its pieces (:func:`split_pieces`)."""
        pieces = list(split_pieces(text))
        docs = self.piece_docs(set(pieces), language, cache)
        return self.join(text, [docs[p] for p in pieces], language)

    def join(self, text: str, docs: Sequence[Doc], language: str) -> Doc:
        """The pieces' ``Doc`` s as one ``Doc`` of ``text`` (tokens, entities, offsets)."""
        if not docs:  # an empty text
            empty: Doc = self.pipeline(language).make_doc(text)
            return empty
        doc: Doc = docs[0] if len(docs) == 1 else Doc.from_docs(list(docs), ensure_whitespace=False)
        if doc.text != text:
            raise PieceError("the pieces' analyses do not rebuild the text")
        return doc

    def artifacts(self, doc: Doc, language: str) -> NlpArtifacts:
        """Presidio's ``NlpArtifacts`` of ``doc``: its entities relabelled and scored as the
        ``NerModelConfiguration`` says (mapping, ignored labels, low-score types), as new spans
        (the ``Doc`` may be shared through a cache: it is never changed), lower-cased forms as lemmas."""
        conf = self.ner_model_configuration
        mapping = conf.model_to_presidio_entity_mapping or {}
        ignore = conf.labels_to_ignore or []
        low = conf.low_score_entity_names or []
        if conf.default_score is None or conf.low_confidence_score_multiplier is None:
            raise ValueError("NerModelConfiguration without a default score or a low-score multiplier")
        default, multiplier = float(conf.default_score), float(conf.low_confidence_score_multiplier)
        entities: list[Span] = []
        scores: list[float] = []
        for ent in doc.ents:
            label = ent.label_
            if label in ignore:
                continue
            if label in mapping:
                label = mapping[label]
            else:
                log.warning("entity %s is not mapped to a Presidio entity, but kept", label)
            if label in ignore:
                continue
            entities.append(Span(doc, ent.start, ent.end, label=label))
            scores.append(default * multiplier if label in low else default)
        # Each token's offset and lower-cased form, read from the Doc's arrays in one call rather
        # than through a Token object per token (same values as ``t.idx`` and ``t.lower_``).
        rows = doc.to_array([IDX, LOWER]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[idx for idx, _ in rows],
                            lemmas=[strings[lower] for _, lower in rows], nlp_engine=self, language=language,
                            scores=scores)

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return self.artifacts(self.text_doc(text, language), language)

    def process_batch(  # type: ignore[override]  # SpacyNlpEngine's own signature
            self, texts: list[str] | list[tuple[str, object]], language: str, batch_size: int = 1,
            n_process: int = 1, as_tuples: bool = False,
    ) -> Generator[tuple[Any, NlpArtifacts, Any] | tuple[Any, NlpArtifacts], Any, None]:
        if as_tuples and not all(isinstance(item, tuple) and len(item) == 2 for item in texts):
            raise ValueError("When 'as_tuples' is True, 'texts' must be a list of tuples (text, context).")
        for item in texts:
            if isinstance(item, tuple):
                text, context = item
                yield str(text), self.process_text(str(text), language), context
            else:
                yield str(item), self.process_text(str(item), language)


class FrContextEnhancer(ContextAwareEnhancer):
    """Presidio's lemma context enhancement ("substring" matching, as ``LemmaContextAwareEnhancer``
    does by default): a result whose recognizer has context words, and one of them within the
    lemmas of the ``context_prefix_count`` keywords before it or the ``context_suffix_count``
    after it (plus the one it starts in), gets ``context_similarity_factor`` more, at least
    ``min_score_with_context_similarity``, at most 1.

    Written for long texts: the result's token is found by bisection over token ends (Presidio's
    walks every token from the first, and tests keywords against a list), and the results — the
    analyzer's fresh objects — are updated in place instead of deep-copied first (a third of
    Presidio's own time). Same tokens, same keywords, same scores."""

    def enhance_using_context(self, text: str, raw_results: list[RecognizerResult],
                              nlp_artifacts: NlpArtifacts, recognizers: list[EntityRecognizer],
                              context: list[str] | None = None) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return raw_results
        by_id = {r.id: r for r in recognizers}
        extra = [w.lower() for w in context] if context else []
        index: tuple[list[int], frozenset[str]] | None = None
        id_key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        boosted_key = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
        for result in raw_results:
            meta = result.recognition_metadata
            recognizer = by_id.get(meta[id_key]) if meta and id_key in meta else None
            if recognizer is None or not recognizer.context or meta.get(boosted_key):
                continue
            if index is None:
                index = self._index(nlp_artifacts)
            words = self.surrounding_words(nlp_artifacts, index, text[result.start:result.end], result.start)
            words.extend(extra)
            supportive = _supportive_word(words, recognizer.context)
            if supportive:
                result.score += self.context_similarity_factor
                result.score = max(result.score, self.min_score_with_context_similarity)
                result.score = min(result.score, ContextAwareEnhancer.MAX_SCORE)
                if result.analysis_explanation is not None:
                    result.analysis_explanation.set_supportive_context_word(supportive)
                    result.analysis_explanation.set_improved_score(result.score)
        return raw_results

    @staticmethod
    def _index(nlp_artifacts: NlpArtifacts) -> tuple[list[int], frozenset[str]]:
        """Token end offsets (ascending) and the keyword set of one analysis."""
        tokens = nlp_artifacts.tokens
        if isinstance(tokens, Doc):
            spans = tokens.to_array([IDX, LENGTH]).tolist() if len(tokens) else []
            ends = [i + n for i, n in spans]
        else:
            ends = [i + len(t) for i, t in zip(nlp_artifacts.tokens_indices, tokens, strict=True)]
        return ends, frozenset(nlp_artifacts.keywords)

    def surrounding_words(self, nlp_artifacts: NlpArtifacts, index: tuple[list[int], frozenset[str]],
                          word: str, start: int) -> list[str]:
        """The keyword lemmas around the token where ``word`` starts (Presidio's
        ``LemmaContextAwareEnhancer`` takes the first token with ``idx == start or start < idx +
        len``: token ends only grow and every token has a length, so that is the first end
        beyond ``start``)."""
        ends, keywords = index
        if not ends:
            return [""]
        i = bisect_right(ends, start)
        if i == len(ends):
            raise ValueError(f"Did not find word '{word}' in the list of tokens")
        lemmas = nlp_artifacts.lemmas
        words = _n_words(i, self.context_prefix_count, lemmas, keywords, -1)
        words += _n_words(i, self.context_suffix_count, lemmas, keywords, 1)
        return list(set(words))


def _n_words(index: int, n_words: int, lemmas: Sequence[str], keywords: frozenset[str],
             step: int) -> list[str]:
    """Up to ``n_words`` + 1 keyword lemmas from ``index`` on, going ``step`` by ``step``."""
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


def _supportive_word(words: list[str], context_words: list[str]) -> str:
    """The first of the recognizer's ``context_words`` found within one of ``words`` ("" if none)."""
    for predefined in context_words:
        needle = predefined.lower()
        if any(needle in w.lower() for w in words):
            return predefined
    return ""
