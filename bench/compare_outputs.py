"""Run ``aiguillage run`` with two code trees on one corpus and compare the outcomes file by file.

    .venv/bin/python bench/compare_outputs.py [--before REF] [--after PATH] [--n 500] [--seed 42]

A change that is meant to keep behaviour (a refactoring, a library swap) must leave, for every
input file: the same route, the same reasons, the same findings (type, offsets, recogniser) and
the same public text. ``--before`` is a git commit of this repository (checked out in a temporary
``git worktree``, removed afterwards) or a folder holding another tree; ``--after`` a folder
(default: this tree). The corpus is the bench's (``aiguillage.samples.generate``, 503 files for
``--n 500``), generated once under ``--out`` and reused.

Each tree's output folder is kept under ``--out`` (``before/``, ``after/``); ``--reuse`` keeps the
before side's output when it already has a manifest (the after side always runs). Prints one line
per differing file and a summary, and writes ``<out>/compare.json``; exits 1 when anything differs.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(root: Path, n: int, seed: int, tree: Path) -> Path:
    """The bench's corpus (same generator, same seed) under ``root``; generated once."""
    if not (root / "truth.jsonl").exists():
        code = ("import sys; from aiguillage.samples import generate; "
                "generate(sys.argv[1], n=int(sys.argv[2]), seed=int(sys.argv[3]))")
        subprocess.run([sys.executable, "-c", code, str(root), str(n), str(seed)], check=True,
                       env=tree_env(tree))
    return root / "batch"


def tree_env(tree: Path) -> dict[str, str]:
    """The environment that makes ``python -m aiguillage.cli`` use ``tree``'s library."""
    env = os.environ.copy()
    env["PYTHONPATH"] = str(tree / "include")
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    return env


def run_cli(tree: Path, corpus: Path, dest: Path, workers: int, reuse: bool) -> dict[str, float] | None:
    """``aiguillage run`` of ``tree`` on ``corpus`` into ``dest``: its wall time and the CPU time of
    its process tree (user + system; steadier than wall time on a shared machine); None: reused."""
    if reuse and (dest / "audit" / "manifest.csv").exists():
        return None
    shutil.rmtree(dest, ignore_errors=True)
    cmd = [sys.executable, "-m", "aiguillage.cli", "run", str(corpus), "-o", str(dest),
           "--workers", str(workers), "--batch", "compare", "-q"]
    load = os.getloadavg()[0]
    t0 = time.monotonic()
    with (dest.parent / f"{dest.name}.log").open("w") as log:
        proc = subprocess.Popen(cmd, env=tree_env(tree), cwd=tree, stdout=log, stderr=subprocess.STDOUT)
        cpu = tree_cpu_seconds(proc)
    wall = time.monotonic() - t0
    return {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "load_before": round(load, 2),
            "load_after": round(os.getloadavg()[0], 2)}


def tree_cpu_seconds(proc: subprocess.Popen[bytes], interval: float = 0.1) -> float:
    """Wait for ``proc``; the CPU time (user + system) of it and all its descendants, sampled
    every ``interval`` seconds (each process counted at its last sample: a process's last
    ``interval`` may be missed, workers live for the whole run)."""
    import psutil

    seen: dict[tuple[int, float], float] = {}
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        for p in procs:
            try:
                t = p.cpu_times()
                seen[(p.pid, p.create_time())] = t.user + t.system
            except psutil.Error:
                continue
        time.sleep(interval)
    proc.wait()
    return sum(seen.values())


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _doc_files(out: Path, area: str, doc_id: str) -> dict[str, Path]:
    """The files of one document in an area (``<area>/**/<doc_id>/*``), by name."""
    files: dict[str, Path] = {}
    base = out / area
    if not base.is_dir():
        return files
    for folder in [base / doc_id, *sorted(base.glob(f"**/{doc_id}"))]:
        if folder.is_dir():
            for f in sorted(folder.iterdir()):
                if f.is_file():
                    files.setdefault(f.name, f)
    return files


def _findings(path: Path) -> list[tuple[Any, ...]]:
    rows = json.loads(path.read_text("utf-8"))
    if isinstance(rows, dict):
        rows = rows.get("findings", [])
    return sorted(tuple(r.get(k) for k in ("entity_type", "start", "end", "score", "recognizer"))
                  for r in rows if isinstance(r, dict))


# What the manifest says of an outcome (not of the run: duration_ms is left out).
OUTCOME_COLUMNS = ("doc_id", "route", "reasons", "entities", "status", "verification", "pages", "chars",
                   "duplicate_of")


def outcome(out: Path) -> dict[str, dict[str, Any]]:
    """Per source file: route, reasons, doc_id and what was written for it (findings, texts)."""
    result: dict[str, dict[str, Any]] = {}
    with (out / "audit" / "manifest.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            doc_id = row.get("doc_id", "")
            entry: dict[str, Any] = {k: row.get(k) for k in OUTCOME_COLUMNS}
            entry["files"] = {}
            for area in ("public", "sovereign", "quarantine"):
                for name, path in _doc_files(out, area, doc_id).items():
                    if name.startswith("findings") and name.endswith(".json"):
                        entry["files"][f"{area}/{name}"] = _findings(path)
                    else:
                        entry["files"][f"{area}/{name}"] = _digest(path)
            result[row["source"]] = entry
    return result




def compare(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per file whose outcome differs (missing on one side included)."""
    diffs: list[dict[str, Any]] = []
    for source in sorted(set(before) | set(after)):
        a, b = before.get(source), after.get(source)
        if a is None or b is None:
            diffs.append({"source": source, "what": "missing " + ("before" if a is None else "after")})
            continue
        what = [k for k in OUTCOME_COLUMNS if a[k] != b[k]]
        for name in sorted(set(a["files"]) | set(b["files"])):
            if a["files"].get(name) != b["files"].get(name):
                what.append(name)
        if what:
            diffs.append({"source": source, "what": ", ".join(what),
                          "before": {k: a[k] for k in ("route", "reasons")},
                          "after": {k: b[k] for k in ("route", "reasons")}})
    return diffs


def checkout(ref: str, into: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(into), ref], check=True,
                   stdout=subprocess.DEVNULL)
    return into


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--before", default="main", help="git commit/branch of this repository, or a folder")
    p.add_argument("--after", default=str(ROOT), help="folder of the tree to compare (default: this one)")
    p.add_argument("--n", type=int, default=500)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--workers", type=int, default=0, help="CLI workers (default: cores)")
    p.add_argument("--out", default=str(ROOT / "bench-out" / "compare"))
    p.add_argument("--reuse", action="store_true",
                   help="keep the before side's output if it has a manifest (the after side always runs)")
    ns = p.parse_args(argv)
    out = Path(ns.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    workers = ns.workers or os.cpu_count() or 1
    after_tree = Path(ns.after).resolve()
    corpus = build_corpus(out / f"corpus-{ns.n}-{ns.seed}", ns.n, ns.seed, after_tree)

    temp: Path | None = None
    before_tree = Path(ns.before)
    try:
        if not before_tree.is_dir():
            temp = Path(tempfile.mkdtemp(prefix="aiguillage-before-"))
            before_tree = checkout(ns.before, temp / "tree")
        times = {"before": run_cli(before_tree.resolve(), corpus, out / "before", workers, ns.reuse),
                 "after": run_cli(after_tree, corpus, out / "after", workers, False)}
    finally:
        if temp is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(temp / "tree")],
                           check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.rmtree(temp, ignore_errors=True)
    before, after = outcome(out / "before"), outcome(out / "after")
    diffs = compare(before, after)
    for d in diffs:
        print(f"{d['source']}: {d['what']}  {d.get('before', '')} -> {d.get('after', '')}")
    summary = {"files_before": len(before), "files_after": len(after), "differing": len(diffs),
               "runs": times, "diffs": diffs}
    (out / "compare.json").write_text(json.dumps(summary, indent=2) + "\n", "utf-8")
    print(f"[compare] {len(before)} files before, {len(after)} after, {len(diffs)} differing; runs {times}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
