"""Loads the detection engine at import time; for a process that forks workers.

The CLI names this module in its forkserver's preload list: the models (a few seconds of CPU,
mostly spaCy compiling its French tokenizer's regular expressions) are then loaded once, in the
fork server, and every worker forked from it starts with them in (shared, copy-on-write) memory,
instead of each worker loading its own copy. A load failure is left for the workers, where each
document fails closed (sovereign, DETECTION_FAILED).
"""

from __future__ import annotations

import contextlib

from aiguillage.detect.engine import DetectionError, Detector

with contextlib.suppress(DetectionError):
    Detector.get()
