"""The state one extraction carries through nested documents."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from aiguillage.extract.limits import Limits


@dataclass
class Job:
    """What an extractor needs besides the file: caps, nesting depth, scratch space."""

    limits: Limits = field(default_factory=Limits)
    depth: int = 0
    scratch: Path | None = None
    _members: int = 0
    _own_scratch: bool = False

    def tmpdir(self) -> Path:
        if self.scratch is None:
            self.scratch = Path(tempfile.mkdtemp(prefix="aig-extract-"))
            self._own_scratch = True
        return self.scratch


# Called after each unit of real progress (a PDF page, an OCRed image): the sandbox extends its
# deadline on progress, so a 300-page scan is not killed while a parser stuck in a loop is.
_progress: Callable[[], None] | None = None


def set_progress_hook(hook: Callable[[], None] | None) -> None:
    global _progress
    _progress = hook


def progress() -> None:
    if _progress is not None:
        _progress()
