"""The state one extraction carries through nested documents."""

from __future__ import annotations

import tempfile
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
