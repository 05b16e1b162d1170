"""The DAG through the embedded Airflow (``make batch``) against the CLI (``aiguillage run``), same folder.

For each size: one generated corpus (``aiguillage samples``, kept under ``--work`` for the next run),
then rounds of the CLI and the DAG one after the other, each into a fresh output folder, timed from
outside (the whole command: interpreter start, Airflow's start-up and shut-down included). Prints each
run, the medians, the DAG/CLI ratio and the load average around each run (the machine is shared).

    PYTHONPATH=include .venv/bin/python bench/dag_vs_cli.py --sizes 1000,2000 --rounds 2
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def timed(cmd: list[str], log: Path) -> float:
    started = time.perf_counter()
    with log.open("w") as fh:
        res = subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, check=False)
    elapsed = time.perf_counter() - started
    if res.returncode != 0:
        raise SystemExit(f"{cmd[:4]} failed ({res.returncode}); see {log}")
    return elapsed


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="1000", help="documents per corpus, comma-separated")
    p.add_argument("--rounds", type=int, default=2, help="CLI + DAG pairs per size")
    p.add_argument("--seed", type=int, default=10)
    p.add_argument("--work", default="bench-out/dag_vs_cli", help="corpora, outputs and logs")
    ns = p.parse_args()
    bin_dir = Path(sys.executable).parent
    work = Path(ns.work).resolve()
    for n in (int(s) for s in ns.sizes.split(",")):
        corpus = work / f"corpus-{n}-{ns.seed}"
        if not (corpus / "batch").is_dir():
            subprocess.run([str(bin_dir / "aiguillage"), "samples", str(corpus), "--n", str(n),
                            "--seed", str(ns.seed)], check=True, stdout=subprocess.DEVNULL)
        files = sum(len(f) for _, _, f in os.walk(corpus / "batch"))
        times: dict[str, list[float]] = {"cli": [], "dag": []}
        for r in range(1, ns.rounds + 1):
            for part in ("cli", "dag"):
                out = work / f"out-{n}-{part}"
                shutil.rmtree(out, ignore_errors=True)
                cmd = ([str(bin_dir / "aiguillage"), "run", str(corpus / "batch"), "-o", str(out), "--quiet"]
                       if part == "cli" else
                       [sys.executable, "-m", "aiguillage.airflow_run", str(corpus / "batch"), str(out)])
                before = load()
                t = timed(cmd, work / f"{part}-{n}-{r}.log")
                times[part].append(t)
                print(f"{files} files  round {r}  {part}  {t:7.1f} s   load {before} -> {load()}", flush=True)
        cli, dag = statistics.median(times["cli"]), statistics.median(times["dag"])
        print(f"{files} files  median  cli {cli:.1f} s  dag {dag:.1f} s  DAG/CLI {dag / cli:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
