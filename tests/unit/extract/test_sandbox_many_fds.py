"""The sandbox reads its worker's answers with poll(): a process holding more than 1024 open
descriptors (a long-lived worker) still extracts."""

from __future__ import annotations

import os
import resource
from pathlib import Path

import pytest
from aiguillage.extract.sandbox import extract_safely


def test_extraction_works_above_descriptor_1024(tmp_path: Path) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 2048:
        pytest.fail(f"the machine allows only {hard} open files")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 2048), hard))
    held = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    try:
        doc = tmp_path / "note.txt"
        doc.write_text("Compte rendu de la réunion du conseil d'école.", encoding="utf-8")
        assert "conseil d'école" in extract_safely(str(doc), "txt").text
    finally:
        for fd in held:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
