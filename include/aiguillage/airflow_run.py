"""Run the DAG ``aiguillage_batch`` on a folder through the embedded Airflow (``airflow dags test``).

This is what ``make demo`` and ``make batch IN=… OUT=…`` call: the real scheduler code path,
the real DAG, on a local SQLite metadata database.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path


def _url_or_abs(where: str) -> str:
    """Object-store URLs go to the DAG as they are (s3://conn_id@bucket/prefix); paths absolute."""
    from aiguillage.storage import is_remote

    return where if is_remote(where) else str(Path(where).resolve())


def run_dag(input_dir: str, output_dir: str, policy: str | None = None,
            max_shards: int = 32) -> dict[str, object]:
    from aiguillage.storage import is_remote

    if is_remote(output_dir):  # the Airflow connection named in the URL is for the DAG's tasks
        return _run_remote(input_dir, output_dir, policy, max_shards)
    out = Path(output_dir).resolve()
    conf = {"input_dir": _url_or_abs(input_dir), "output_dir": str(out),
            "policy": str(Path(policy).resolve()) if policy else None, "max_shards": max_shards}
    airflow = Path(sys.executable).with_name("airflow")
    summary_path = out / "audit" / "summary.json"
    before = summary_path.stat().st_mtime if summary_path.exists() else 0.0
    started = time.perf_counter()
    proc = subprocess.run([str(airflow), "dags", "test", "aiguillage_batch", "-c", json.dumps(conf)],
                          env=os.environ.copy(), capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0 or not summary_path.exists() or summary_path.stat().st_mtime <= before:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-8000:])
        raise SystemExit(f"aiguillage_batch failed (exit {proc.returncode}); see the log above")
    summary: dict[str, object] = json.loads(summary_path.read_text("utf-8"))
    summary["wall_seconds"] = round(elapsed, 2)
    return summary


def _run_remote(input_dir: str, output_dir: str, policy: str | None, max_shards: int) -> dict[str, object]:
    """The DAG writes to an object store this process may hold no credentials for (they are in the
    Airflow connection): the run's state is the proof (``airflow dags test`` exits non-zero when
    the run failed)."""
    conf = {"input_dir": _url_or_abs(input_dir), "output_dir": output_dir,
            "policy": str(Path(policy).resolve()) if policy else None, "max_shards": max_shards}
    airflow = Path(sys.executable).with_name("airflow")
    started = time.perf_counter()
    proc = subprocess.run([str(airflow), "dags", "test", "aiguillage_batch", "-c", json.dumps(conf)],
                          env=os.environ.copy(), capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-8000:])
        raise SystemExit(f"aiguillage_batch failed (exit {proc.returncode}); see the log above")
    return {"wall_seconds": round(elapsed, 2), "output_dir": output_dir}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("input_dir")
    p.add_argument("output_dir")
    p.add_argument("--policy")
    p.add_argument("--max-shards", type=int, default=32)
    ns = p.parse_args(argv)
    s = run_dag(ns.input_dir, ns.output_dir, ns.policy, ns.max_shards)
    if "output_dir" in s:  # an object store: the counts are in its audit
        print(f"aiguillage_batch: succeeded in {s['wall_seconds']} s; audit: {s['output_dir']}/audit/")
        return 0
    routes = s["routes"]
    assert isinstance(routes, dict)
    print(f"aiguillage_batch: {s['documents']} files in {s['wall_seconds']} s — public {routes['public']}, "
          f"sovereign {routes['sovereign']}, quarantine {routes['quarantine']}")
    audit = Path(ns.output_dir).resolve() / "audit"
    report = audit / "report.html"
    print(f"manifest: {audit / 'manifest.csv'}")
    if report.exists():
        print(f"report:   {report}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
