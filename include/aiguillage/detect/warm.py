"""Importing this module runs :func:`aiguillage.preload.preload`: for process starters that can
only be given module names (multiprocessing's fork server preload list, used by the CLI)."""

from __future__ import annotations

from aiguillage.preload import preload

preload()
