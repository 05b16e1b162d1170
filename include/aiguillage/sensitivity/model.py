"""A statistical reading of a whole document, next to the rules: a linear model of its words.

Why: the vocabularies find the wordings someone listed, and authors of real documents use others
("elle a repris le travail à mi-temps après ses séances", "ils se partagent les vacances"). A
logistic regression over TF-IDF features of words and word pairs, trained on the hand-written
benchmark sets (``bench/sensitivity/train_model.py``), weighs every word a labelled sensitive or
public document used. A document the rules would publish goes sovereign when its probability
reaches the policy's threshold (``sensitivity.model``), with the words that weighed most as
evidence; a document that names no one, or uses no term of the vocabularies, needs more (the
notes and e-mails between colleagues that read like the sensitive ones by their style alone).
The other way is narrower: where the rules found a sensitive term but the whole document reads,
far below any sensitive one, like the published délibérations, reports and notices of the
benchmark ("lutte contre le cancer", a tribute, a FAQ), the policy may clear the rules' finding
(``clear_below``), never for a marking, a third-party work or a business secret, and records it.
The weights are data (``data/model.json.gz``) scored here with the standard library, so that no
pickled object ties a release to a library version.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

CUES = 5  # words and pairs given as evidence


@dataclass(frozen=True, slots=True)
class Cue:
    """A word or a pair of words that pushed the document towards "sensitive", and where it is."""

    term: str
    start: int
    end: int
    weight: float


@dataclass(frozen=True, slots=True)
class Reading:
    """The probability that the document is sensitive, its probable category and the cues."""

    probability: float
    category: str | None
    cues: tuple[Cue, ...]


class TextModel:
    """TF-IDF (sublinear, L2-normalised) and a logistic regression, as scikit-learn computes them."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("kind") != "tfidf-logistic":
            raise ValueError(f"unknown sensitivity model kind {data.get('kind')!r}")
        self.token = re.compile(str(data["tokens"]))
        low, high = data["ngrams"]
        self.ngrams = range(int(low), int(high) + 1)
        self.threshold = float(data["threshold"])
        # Below this probability the whole document reads like the published ones: the policy may
        # then clear what the rules found (``sensitivity.model.clear_below``); 0 never clears.
        self.clear_below = float(data.get("clear_below", 0.0))
        # Added to the threshold for each anchor a document lacks (a named person, a term of the
        # vocabularies): without either, the words alone must read far more sensitive (0: flat).
        self.anchor_step = float(data.get("anchor_step", 0.0))
        self.intercept = float(data["intercept"])
        self.features: dict[str, tuple[float, float]] = {
            t: (float(idf), float(w)) for t, (idf, w) in data["features"].items()
        }
        self.categories: dict[str, tuple[float, dict[str, float]]] = {
            c: (float(spec["intercept"]), {t: float(w) for t, w in spec["weights"].items()})
            for c, spec in data["categories"].items()
        }
        self.trained_on = data.get("trained_on", {})

    @classmethod
    def load(cls) -> TextModel:
        raw = resources.files("aiguillage.sensitivity").joinpath("data/model.json.gz").read_bytes()
        return cls(json.loads(gzip.decompress(raw)))

    def threshold_for(self, threshold: float, step: float, person: bool, term: bool) -> float:
        """The probability a document needs, from ``threshold`` when it names a person and uses a
        sensitive term, ``step`` higher for each of the two it lacks."""
        return threshold + step * ((not person) + (not term))

    def vector(self, text: str) -> tuple[dict[str, float], dict[str, int]]:
        """The document's normalised TF-IDF weights by known term, and each term's first token."""
        tokens = self.token.findall(text.lower())
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for n in self.ngrams:
            for i in range(len(tokens) - n + 1):
                term = " ".join(tokens[i : i + n])
                if term in self.features:
                    counts[term] += 1
                    first.setdefault(term, i)
        weights = {t: (1.0 + math.log(c)) * self.features[t][0] for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        if norm:
            weights = {t: w / norm for t, w in weights.items()}
        return weights, first

    def probability(self, text: str) -> float:
        weights, _ = self.vector(text)
        return _sigmoid(self.intercept + sum(w * self.features[t][1] for t, w in weights.items()))

    def read(self, text: str) -> Reading:
        weights, first = self.vector(text)
        score = self.intercept + sum(w * self.features[t][1] for t, w in weights.items())
        contributions = sorted(
            ((w * self.features[t][1], t) for t, w in weights.items() if self.features[t][1] > 0),
            key=lambda ct: (-ct[0], ct[1]),
        )[:CUES]
        spans = _token_spans(self.token, text)
        cues = tuple(
            Cue(t, spans[first[t]][0], spans[first[t] + n - 1][1], weight=round(c, 4))
            for c, t in contributions
            if first[t] + (n := len(t.split())) <= len(spans)
        )  # (no offsets where lower-casing changed the text's length: the cue is left out)
        return Reading(_sigmoid(score), self._category(weights), cues)

    def _category(self, weights: dict[str, float]) -> str | None:
        """The category whose words the document uses most (an explanation, never a route)."""
        best: tuple[float, str] | None = None
        for category, (intercept, ws) in sorted(self.categories.items()):
            s = intercept + sum(w * ws[t] for t, w in weights.items() if t in ws)
            if best is None or s > best[0]:
                best = (s, category)
        return best[1] if best else None


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))


def _token_spans(token: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Offsets of the tokens in the original text (lower-casing may change lengths: then none)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return []
    return [m.span() for m in token.finditer(lowered)]


@lru_cache(maxsize=1)
def default_model() -> TextModel:
    return TextModel.load()
