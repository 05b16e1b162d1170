"""Fuzzing target for extraction *and the batch around it* (``make fuzz``; not collected by pytest,
not run in CI). ``fuzz_extract.py`` fuzzes the extractors from synthetic hostile seeds; this one
starts from real documents and checks the reliability promise on every round.

Mutations of real PDF, DOCX and ODT files (tests/fixtures/realdocs, /work/shared/realdocs) are fed
to extraction for FUZZ_SECONDS (default 120):

* each mutant goes through ``extract_safely`` (the sandboxed worker the pipeline uses): the only
  acceptable outcomes are an Extraction or a QuarantineError — any other exception is a finding;
* every FUZZ_BATCH_EVERY rounds (default 3), the round's mutants form a batch that runs through
  plan → run_shard → finalize:
  the batch must not crash and every input must be accounted once, in exactly one route.

Findings (exception type, reproducer file) are written under FUZZ_OUT (default
tests/artifacts/fuzz/), with a summary.json. Exit status 1 if anything was found.

    FUZZ_SECONDS=300 FUZZ_SEED=7 make fuzz    (or: .venv/bin/python tests/fuzz/fuzz_batch.py)
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "include"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

SEED_DIRS = [ROOT / "tests" / "fixtures" / "realdocs", ROOT.parent / "shared" / "realdocs"]
SEED_SUFFIXES = {".pdf", ".docx", ".odt"}
MAX_SEED_BYTES = 400 << 10
ROUTES = ("public", "sovereign", "quarantine")


def seeds() -> list[Path]:
    found: dict[str, Path] = {}
    for d in SEED_DIRS:
        if d.is_dir():
            for p in sorted(d.rglob("*")):
                if p.suffix.lower() in SEED_SUFFIXES and p.is_file() and p.stat().st_size <= MAX_SEED_BYTES:
                    found.setdefault(hashlib.sha256(p.read_bytes()).hexdigest(), p)
    return sorted(found.values())


# -- mutators ------------------------------------------------------------------------------------

def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 32)):
        b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def splice(data: bytes, rng: random.Random) -> bytes:
    """Copy a chunk of the file somewhere else in it (duplicated objects, overlapping streams)."""
    a = rng.randrange(len(data))
    chunk = data[a: a + rng.randint(1, 4096)]
    at = rng.randrange(len(data))
    return data[:at] + chunk * rng.randint(1, 8) + data[at:]


def interesting_numbers(data: bytes, rng: random.Random) -> bytes:
    """Replace decimal numbers (PDF lengths, offsets, counts; XML sizes) by boundary values."""
    import re

    values = [b"0", b"-1", b"1", b"2147483647", b"4294967296", b"99999999999999999999", b"65535", b"-0"]
    matches = list(re.finditer(rb"\d{1,10}", data))
    if not matches:
        return flip_bytes(data, rng)
    out = bytearray(data)
    for m in sorted(rng.sample(matches, min(len(matches), rng.randint(1, 8))), key=lambda m: -m.start()):
        out[m.start(): m.end()] = rng.choice(values)
    return bytes(out)


def pdf_structural(data: bytes, rng: random.Random) -> bytes:
    """Hostile PDF constructs: deep nesting, self references, broken xref, huge declared lengths."""
    tricks = [
        b"1 0 obj\n" + b"[" * 5000 + b"]" * 5000 + b"\nendobj\n",
        b"1 0 obj\n<< /Type /Pages /Kids [1 0 R] /Count 1 >>\nendobj\n",
        b"xref\n0 999999999\n",
        b"<< /Length 99999999999 >>\nstream\n",
        b"/Filter /FlateDecode /DecodeParms << /Predictor 15 /Columns 99999999 >>",
        b"<< /Type /ObjStm /N 2147483647 /First 0 >>",
    ]
    at = rng.randrange(len(data))
    return data[:at] + rng.choice(tricks) + data[at:]


def zip_member(data: bytes, rng: random.Random) -> bytes:
    """Mutate inside the container: one XML member damaged, dropped, duplicated or made hostile."""
    try:
        zin = zipfile.ZipFile(io.BytesIO(data))
        members = [(i, zin.read(i)) for i in zin.infolist()]
    except Exception:
        return flip_bytes(data, rng)
    xml = [k for k, (i, _) in enumerate(members) if i.filename.endswith(".xml")] or [0]
    k = rng.choice(xml)
    info, body = members[k]
    choice = rng.randrange(6)
    if choice == 0:
        body = flip_bytes(body, rng) if body else body
    elif choice == 1:
        body = truncate(body, rng) if len(body) > 1 else body
    elif choice == 2:  # deep nesting
        body = body.replace(b"<w:body>", b"<w:body>" + b"<w:p>" * 3000, 1) + b"</w:p>" * 10
    elif choice == 3:  # entity expansion (must be refused, never expanded)
        body = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
                b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
                + body.split(b"?>", 1)[-1].replace(b">", b">&c;", 1))
    elif choice == 4:
        del members[k]
    else:
        members.append(members[k])  # duplicate name
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for i, (inf, b) in enumerate(members):
            if i != k or choice != 4:
                zout.writestr(inf.filename, b)
            else:
                zout.writestr(info.filename, body)
    return out.getvalue()


def mutate(data: bytes, suffix: str, rng: random.Random) -> tuple[str, bytes]:
    ops: list[Any] = [flip_bytes, truncate, splice, interesting_numbers]
    ops += [pdf_structural] * 2 if suffix == ".pdf" else [zip_member] * 3
    op = rng.choice(ops)
    out = op(data, rng)
    if rng.random() < 0.3:  # stack a second mutation
        op2 = rng.choice(ops)
        out = op2(out, rng) or out
        return f"{op.__name__}+{op2.__name__}", out
    return op.__name__, out


# -- the campaign --------------------------------------------------------------------------------

def accounted(batch: Path, out: Path) -> list[str]:
    """Problems with the batch's end state: each input once in the manifest and in one route."""
    problems = []
    with (out / "audit" / "manifest.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    inputs = sorted(p.relative_to(batch).as_posix() for p in batch.rglob("*") if p.is_file())
    if sorted(r["source"] for r in rows) != inputs:
        problems.append("manifest does not list each input exactly once")
    for r in rows:
        places = [x for x in ROUTES if (out / x / r["doc_id"]).is_dir()]
        if places != [r["route"]]:
            problems.append(f"{r['doc_id']} in {places}, manifest says {r['route']}")
        if r["route"] == "public" and r["verification"] != "passed":
            problems.append(f"{r['doc_id']} public without a passed verification")
    return problems


def main() -> int:
    from aiguillage import batch as b
    from aiguillage.detect.engine import Detector
    from aiguillage.extract.sandbox import extract_safely
    from aiguillage.formats import sniff_format
    from aiguillage.pipeline import Context
    from aiguillage.records import QuarantineError

    seconds = float(os.environ.get("FUZZ_SECONDS", "120"))
    seed = int(os.environ.get("FUZZ_SEED", str(int(time.time()))))
    per_round = int(os.environ.get("FUZZ_ROUND", "12"))
    batch_every = max(1, int(os.environ.get("FUZZ_BATCH_EVERY", "3")))
    report_dir = Path(os.environ.get("FUZZ_OUT", ROOT / "tests" / "artifacts" / "fuzz"))
    report_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    corpus = seeds()
    if not corpus:
        print("no seed documents found", file=sys.stderr)
        return 2
    print(f"fuzz: {len(corpus)} seeds, {seconds:.0f} s, seed {seed}")
    detector = Detector.get()  # loaded once, as in a worker

    stats: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    findings: list[dict[str, Any]] = []
    slowest = (0.0, "")
    deadline = time.monotonic() + seconds
    work = Path(tempfile.mkdtemp(prefix="aiguillage-fuzz-"))
    rounds = 0
    try:
        while time.monotonic() < deadline:
            rounds += 1
            batch, out = work / f"r{rounds}" / "in", work / f"r{rounds}" / "out"
            batch.mkdir(parents=True)
            for i in range(per_round):
                src = rng.choice(corpus)
                how, data = mutate(src.read_bytes(), src.suffix.lower(), rng)
                path = batch / f"m{i:02d}{src.suffix.lower()}"
                path.write_bytes(data)
                t0 = time.monotonic()
                try:
                    extract_safely(path, sniff_format(path))
                    outcomes["extracted"] += 1
                except QuarantineError as exc:
                    outcomes[f"quarantine:{exc.code}"] += 1
                except Exception as exc:  # a finding: extraction must only quarantine
                    key = f"{type(exc).__name__}:{how}:{src.suffix}"
                    repro = report_dir / f"crash-{hashlib.sha256(data).hexdigest()[:16]}{src.suffix.lower()}"
                    repro.write_bytes(data)
                    findings.append({"kind": "extract_exception", "key": key, "seed": src.name,
                                     "reproducer": str(repro), "trace": traceback.format_exc()[-1500:]})
                dt = time.monotonic() - t0
                if dt > slowest[0]:
                    slowest = (dt, f"{how} on {src.name}")
                stats[how] += 1
            # the same mutants as a batch (every FUZZ_BATCH_EVERY rounds: detection, release copies
            # and the audit report cost far more than extraction): no crash, every input accounted once
            if rounds % batch_every:
                shutil.rmtree(work / f"r{rounds}", ignore_errors=True)
                print(f"  round {rounds}: {sum(stats.values())} mutants, {len(findings)} findings",
                      flush=True)
                continue
            try:
                ctx = Context.create(out)
                ctx._detector = detector
                for s in b.plan(batch, out, "fuzz", max_shards=2):
                    b.run_shard(out, "fuzz", s["shard"], ctx=ctx)
                b.finalize(out, "fuzz")
                for problem in accounted(batch, out):
                    findings.append({"kind": "accounting", "key": problem, "round": rounds})
            except Exception as exc:
                keep = report_dir / f"batch-round{rounds}"
                shutil.copytree(batch, keep, dirs_exist_ok=True)
                findings.append({"kind": "batch_crash", "key": type(exc).__name__, "round": rounds,
                                 "reproducer": str(keep), "trace": traceback.format_exc()[-2000:]})
            shutil.rmtree(work / f"r{rounds}", ignore_errors=True)
            done = sum(stats.values())
            print(f"  round {rounds}: {done} mutants, {len(findings)} findings", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    summary = {"seed": seed, "seconds": seconds, "rounds": rounds, "mutants": sum(stats.values()),
               "mutators": dict(stats), "outcomes": dict(outcomes.most_common()),
               "slowest_extraction_s": round(slowest[0], 2), "slowest": slowest[1],
               "findings": len(findings), "distinct": sorted({f["key"] for f in findings})}
    (report_dir / "summary.json").write_text(json.dumps({**summary, "details": findings}, indent=2), "utf-8")
    print(json.dumps(summary, indent=2))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
