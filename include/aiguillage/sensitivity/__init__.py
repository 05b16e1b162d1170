"""Sensitive facts about persons and confidential content, explained; never a route.

Categories and vocabularies are data (``data/*.yaml``, sourced); :class:`SensitivityClassifier`
finds their terms, markings and documents sensitive by nature, and keeps a term only when it is
predicated of a person (:mod:`.subjects`). The policy turns each category into a reason and route.
"""

from aiguillage.sensitivity.classifier import Fact, SensitivityClassifier, default_classifier
from aiguillage.sensitivity.vocabulary import load_vocabulary

__all__ = ["Fact", "SensitivityClassifier", "default_classifier", "load_vocabulary", "preload"]


def preload() -> None:
    """Load the vocabularies and the parser now (a worker calls it before its first document)."""
    from aiguillage.sensitivity.subjects import Parser
    from aiguillage.sensitivity.vocabulary import word_keys

    default_classifier()
    word_keys("hospitalisées")  # the lemmatizer loads its French dictionary on first use
    Parser.get()
