"""The detection's failure, in a module of its own: what handles it (the pipeline's fail-closed
branches) need not import the engine, which loads Presidio and spaCy."""

from __future__ import annotations


class DetectionError(RuntimeError):
    """Detection could not run. Never interpret as 'nothing found'."""
