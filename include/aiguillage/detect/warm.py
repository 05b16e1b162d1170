"""Loads the detection engine (and the modules a worker uses) at import time; for a process
that forks workers.

The CLI names this module in its forkserver's preload list: the models (a few seconds of CPU,
mostly spaCy compiling its French tokenizer's regular expressions) are then loaded once, in the
fork server, and every worker forked from it starts with them in (shared, copy-on-write) memory,
instead of each worker loading its own copy. One analysis of a made-up text also loads what the
recognizers read lazily (first names, common words, the offline public suffix list). A load
failure is left for the workers, where each document fails closed (sovereign, DETECTION_FAILED).
"""

from __future__ import annotations

import contextlib
import gc

from aiguillage.anonymize.locate import _lower_differs, _mixed_classes
from aiguillage.detect.engine import DetectionError, Detector

# Made up: every kind of recognizer has something to read (nothing here is anyone's data).
WARM_TEXT = ("Le Maire,\nM. Jean DUPONT, né le 01/02/1970, demeurant 12 rue des Lilas 75011 Paris,\n"
             "courriel jean.dupont@example.org, tél. 01 23 45 67 89.\n")

with contextlib.suppress(DetectionError):
    Detector.get().analyze(WARM_TEXT)
# The case-folding tables value location uses on non-ASCII texts (0.5 s, built once here).
_lower_differs()
_mixed_classes()

# What a worker imports for its first documents (release copies and their proof, the ledger and
# the store, the PDF and image libraries): ~0.6 s per process, paid here once instead.
import aiguillage.anonymize.publication  # noqa: E402
import aiguillage.anonymize.release_docx  # noqa: E402
import aiguillage.anonymize.release_odt  # noqa: E402
import aiguillage.anonymize.release_pdf  # noqa: E402
import aiguillage.batch  # noqa: E402
import aiguillage.verify  # noqa: E402, F401

with contextlib.suppress(ImportError):
    import pikepdf  # noqa: F401
    import PIL.ImageDraw  # noqa: F401
    import pypdfium2  # noqa: F401
    import sqlalchemy  # noqa: F401

# What is loaded now lives as long as the process and every process forked from it: the cyclic
# garbage collector need not walk it again. Moved to the permanent generation, it is no longer
# traversed by full collections (~0.1 s each, several per worker and shard) nor written to by
# them, which would copy the shared pages into every forked worker.
gc.freeze()
