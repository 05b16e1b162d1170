"""Synthetic audited stores: real finalize code on hand-made outcomes (no detector, no spaCy), so
that chain, ledger, report and web tests run in a second or two."""

from __future__ import annotations

import hashlib
import random
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from aiguillage.records import Evidence, Outcome, Reason, Route

# Names that a careless audit would leak: they sit in input paths (the manifest's `source`).
SECRET_NAMES = ("Jeanne Dubois-Secret", "Marc Lefebvre-Intime")


def make_outcomes(n: int, seed: int) -> list[Outcome]:
    rng = random.Random(seed)
    out: list[Outcome] = []
    for i in range(n):
        route = rng.choice([Route.PUBLIC, Route.PUBLIC, Route.SOVEREIGN, Route.QUARANTINE])
        content = f"{seed}-{i}".encode()
        sha = hashlib.sha256(content).hexdigest()
        fmt = rng.choice(["pdf", "docx", "odt"])
        source = f"dossiers/{SECRET_NAMES[i % 2]}/piece_{i}.{fmt}"
        if route is Route.QUARANTINE:
            reasons = [Reason("CORRUPT", Route.QUARANTINE, "Extraction impossible en sécurité",
                              (Evidence("extract.CORRUPT"),), f"cannot open '{source}'")]
            status, entities = "quarantined", {}
        elif route is Route.SOVEREIGN:
            reasons = [Reason("RGPD_SPECIAL_CATEGORY", Route.SOVEREIGN, "RGPD art. 9",
                              (Evidence("health.person", 10, 20, page=1),))]
            status, entities = "queued", {"PERSON": 2, "FR_NIR": 1}
        else:
            reasons = [Reason("RGPD_PERSONAL", Route.PUBLIC, "RGPD art. 4(1)",
                              (Evidence("finding", 3, 9, entity_type="PERSON"),))]
            status, entities = "published", {"PERSON": rng.randint(1, 5)}
        out.append(Outcome(
            doc_id=sha[:20], source=source, sha256=sha, format=fmt, size=1000 + i, route=route,
            reasons=reasons, entities=entities, pages=rng.randint(1, 9), chars=rng.randint(100, 5000),
            status=status, duration_ms=rng.randint(20, 900), policy_version="2026.11-1", policy_hash="x",
            verification="passed" if route is Route.PUBLIC else "",
            extra={"software_version": "0.1.0", "free_text": SECRET_NAMES[0]},
        ))
    # a duplicate: same content under another name; its manifest row names the original's path
    dup = Outcome.from_record({**out[0].to_record(), "source": f"copie/{SECRET_NAMES[1]}.pdf"})
    dup.status, dup.duplicate_of = "duplicate", out[0].source
    out.append(dup)
    return out


def write_batch(out_dir: Path, batch: str, outcomes: list[Outcome],
                started: float | None = None) -> dict[str, Any]:
    """The audit step of ``batch.finalize`` on given outcomes (placement checks left to the pipeline)."""
    from aiguillage.batch import _write_audit
    from aiguillage.policy import load_policy

    out_dir.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = _write_audit(out_dir, batch, outcomes, load_policy(), None,
                                           started if started is not None else time.time() - 12.5)
    return summary


@pytest.fixture(scope="session")
def pristine_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two finalized batches in one output folder, built once per session (reports render charts)."""
    out = tmp_path_factory.mktemp("audit-store") / "out"
    for b in range(2):
        write_batch(out, f"manual__2026-11-{b + 1:02d}T10_00_00", make_outcomes(12, seed=b))
    return out


@pytest.fixture
def store(pristine_store: Path, tmp_path: Path) -> Path:
    """A private copy of the two-batch store, free to tamper with."""
    dst = tmp_path / "out"
    shutil.copytree(pristine_store, dst)
    return dst


@pytest.fixture
def add_batch() -> Any:
    """``add_batch(out, batch, n=12, seed=0, started=None)``: finalize one more synthetic batch."""

    def add(out: Path, batch: str, n: int = 12, seed: int = 0,
            started: float | None = None) -> dict[str, Any]:
        return write_batch(out, batch, make_outcomes(n, seed), started)

    return add
