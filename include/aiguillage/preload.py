"""What a worker loads once, before its first document: :func:`preload`.

The models (a few seconds of CPU: spaCy's French pipeline, its tokenizer's expressions), what the
recognizers read lazily (first names, common words, the bundled public suffix list), the
sensitivity vocabularies and parser (:func:`aiguillage.sensitivity.preload`), the policy's
statistical model (~0.1 s, else read by each worker), the case-folding tables of value location,
and the modules a worker imports for its first documents (release copies and their proof, the
ledger and the store, the PDF and image libraries). A process that forks workers calls it first,
so that each worker starts with all of it in shared, copy-on-write memory. A model that fails to
load is left for the workers, where each document fails closed (sovereign, DETECTION_FAILED).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
from functools import cache

log = logging.getLogger(__name__)

# Made up: every kind of recognizer has something to read (nothing here is anyone's data).
WARM_TEXT = ("Le Maire,\nM. Jean DUPONT, né le 01/02/1970, demeurant 12 rue des Lilas 75011 Paris,\n"
             "courriel jean.dupont@example.org, tél. 01 23 45 67 89.\n")

# What a worker imports for its first documents: ~0.6 s per process, paid once.
# (presidio-anonymizer too: the anonymize package imports its anonymizer only when first used)
WORKER_MODULES = ("aiguillage.anonymize.anonymizer", "aiguillage.anonymize.publication",
                  "aiguillage.anonymize.release_docx", "aiguillage.anonymize.release_odt",
                  "aiguillage.anonymize.release_pdf", "aiguillage.batch", "aiguillage.verify")
OPTIONAL_MODULES = ("pikepdf", "PIL.ImageDraw", "pypdfium2", "sqlalchemy")


@cache
def preload() -> None:
    """Load the detection engine (one analysis of a made-up text), the value-location tables and
    the worker's modules; then move all of it out of the cyclic garbage collector's way."""
    from aiguillage.anonymize.locate import prepare_tables
    from aiguillage.detect.engine import DetectionError, Detector

    parser = None
    try:  # the sensitivity vocabularies, lemmatizer and parser
        from aiguillage.sensitivity import preload as preload_sensitivity
        from aiguillage.sensitivity.subjects import Parser

        preload_sensitivity()
        parser = Parser.get()
    except Exception as exc:  # left to the workers, where each document fails closed
        log.warning("sensitivity preload skipped: %s", type(exc).__name__)
    # the policy's statistical model (its threshold, its reading of each document): read once here
    # rather than by each worker; one that fails to load is left to the workers, as above
    with contextlib.suppress(Exception):
        from aiguillage.sensitivity.model import default_model

        default_model()
    # The parser is the same spaCy model: the NER pipeline shares its vocabulary (strings,
    # vectors) instead of reading it again (~0.7 s of CPU, and its memory in every worker).
    with contextlib.suppress(DetectionError):
        Detector.get(vocab_of=parser).analyze(WARM_TEXT)
    prepare_tables()
    # the lexicon without accents that detection's post-processing and the verifier read (~0.1 s)
    from aiguillage.detect.recognizers.names import is_ordinary_word

    is_ordinary_word("Etudes")
    for name in WORKER_MODULES:
        importlib.import_module(name)
    for name in OPTIONAL_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    # What is loaded now lives as long as the process and every process forked from it: the
    # cyclic garbage collector need not walk it again. Moved to the permanent generation, it is
    # no longer traversed by full collections (~0.1 s each, several per worker and shard) nor
    # written to by them, which would copy the shared pages into every forked worker.
    gc.freeze()
