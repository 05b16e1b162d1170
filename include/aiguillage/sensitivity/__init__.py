"""Sensitive facts about persons and confidential content, explained; never a route.

Categories and vocabularies are data (``data/*.yaml``, sourced); :class:`SensitivityClassifier`
finds their terms, markings and documents sensitive by nature, and keeps a term only when it is
predicated of a person (:mod:`.subjects`). The policy turns each category into a reason and route.

The names below are imported when first used (PEP 562): a light module of this package (the
second opinion's audit figures, which ``batch.finalize`` reads) imports without loading the
classifier, whose modules load spaCy's French language data and the lemmatizer's dictionary at
import (~3 s of CPU in a process that only plans, extracts and audits: the CLI's main process).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aiguillage.sensitivity.classifier import Fact, SensitivityClassifier, default_classifier
    from aiguillage.sensitivity.vocabulary import load_vocabulary

__all__ = ["Fact", "SensitivityClassifier", "default_classifier", "load_vocabulary", "preload"]

_HOMES = {"Fact": "classifier", "SensitivityClassifier": "classifier", "default_classifier": "classifier",
          "load_vocabulary": "vocabulary"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


def preload() -> None:
    """Load the vocabularies and the parser now (a worker calls it before its first document)."""
    from aiguillage.sensitivity.classifier import default_classifier
    from aiguillage.sensitivity.subjects import Parser
    from aiguillage.sensitivity.vocabulary import word_keys

    default_classifier()
    word_keys("hospitalisées")  # the lemmatizer loads its French dictionary on first use
    Parser.get()
