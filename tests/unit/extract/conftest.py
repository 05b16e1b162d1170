"""Fixtures of the extraction tests: the hostile-file builders and a folder of generated files."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

BUILDERS_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "extract"
REALDOCS_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "realdocs"
if str(BUILDERS_DIR) not in sys.path:
    sys.path.insert(0, str(BUILDERS_DIR))


@pytest.fixture(scope="session")
def make_file(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, bytes], Path]:
    """Write bytes under a session folder with the given name (the name is only a hint)."""
    root = tmp_path_factory.mktemp("hostile")

    def make(name: str, data: bytes) -> Path:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    return make
