"""A digest of everything that judges a document: detection, sensitivity, anonymization, verification.

The routing ledger reuses an outcome only under the same fingerprint. The package's version alone
would let a re-run keep a document public that a corrected vocabulary or recognizer now protects;
the digest of the judging code and data changes with any such correction, so every content is
decided again.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
JUDGING = ("detect", "sensitivity", "anonymize", "policy", "verify.py", "sweep.py", "release.py")
SUFFIXES = frozenset({".py", ".yaml", ".yml", ".txt", ".gz", ".json", ".csv"})


@lru_cache(maxsize=1)
def digest() -> str:
    """Twelve hex digits of the SHA-256 of the judging files (path and bytes, in path order)."""
    h = hashlib.sha256()
    files: list[Path] = []
    for name in JUDGING:
        p = PACKAGE / name
        found = sorted(p.rglob("*")) if p.is_dir() else [p]
        files += [f for f in found if f.suffix in SUFFIXES and f.is_file()]
    for f in files:
        if f.is_file() and "__pycache__" not in f.parts:
            h.update(str(f.relative_to(PACKAGE)).encode())
            h.update(b"\0")
            h.update(f.read_bytes())
    return h.hexdigest()[:12]
