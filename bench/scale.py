"""Does it scale? 1k / 5k / 10k documents, projected from real runs and measured shards.

    .venv/bin/python bench/scale.py [--sizes 100,200,400] [--workers N] [--no-run]

1. Planning at 10,000 documents: the corpus's real files are repeated into 10,000 distinct
   documents and planned as the DAG and the CLI plan them; the number of shards must stay under
   Airflow's ``max_map_length`` (one DAG run, no mapping failure), and shards must be balanced.
2. Real CLI runs at a few sizes (fresh output each time): wall time and peak RSS of the largest
   worker. A least-squares line ``wall = fixed + per_document × n`` is fitted; R² close to 1 and
   a flat worker RSS say "linear in size", and the line gives the projection.
3. Measured shards: the per-document durations recorded by the largest run (``duration_ms`` of
   each outcome) give the work per document independently of start-up costs; with the worker
   count, they give a second projection (work / workers + start-up), and the DAG's wall time
   from ``bench/bench.py`` (if present) is projected with its own fixed overhead.

Writes ``<out>/scale.json`` and ``<out>/scale.md``.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib.util
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
if str(ROOT / "include") not in sys.path:
    sys.path.insert(0, str(ROOT / "include"))

PROJECT = (1_000, 5_000, 10_000)
DAG_MAX_SHARDS = 32  # default of the DAG's ``max_shards`` param


def _bench_module() -> Any:
    spec = importlib.util.spec_from_file_location("aiguillage_bench", Path(__file__).with_name("bench.py"))
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def max_map_length() -> int:
    try:
        from airflow.configuration import conf

        return conf.getint("core", "max_map_length", fallback=1024)
    except Exception:  # Airflow not importable: its documented default
        return 1024


def planning_at(n: int, corpus: Path, workers: int) -> dict[str, Any]:
    """Plan ``n`` distinct documents made of the corpus's real files, as the DAG and the CLI do."""
    from aiguillage.ingest import ingest, plan_shards

    base = [d for d in ingest(corpus)]
    docs = []
    for i in range(n):
        d = base[i % len(base)]
        digest = hashlib.sha256(f"{d.sha256}/{i}".encode()).hexdigest()
        docs.append(
            dataclasses.replace(
                d, doc_id="d" + digest[:19], source=f"{i:06d}/{d.source}", sha256=digest, duplicate_of=None
            )
        )
    out: dict[str, Any] = {"documents": n, "max_map_length": max_map_length()}
    for who, max_shards in (("dag", DAG_MAX_SHARDS), ("cli", workers * 4)):
        t = time.perf_counter()
        shards = plan_shards(docs, max_shards=max_shards)
        loads = [s.weight for s in shards]
        out[who] = {
            "max_shards": max_shards,
            "shards": len(shards),
            "plan_s": round(time.perf_counter() - t, 2),
            "docs_per_shard": [min(len(s.sources) for s in shards), max(len(s.sources) for s in shards)],
            "estimated_load_spread_pct": round(100 * (max(loads) - min(loads)) / max(1, max(loads)), 2),
            "estimated_work_s": round(sum(loads) / 1000),
        }
        assert sum(len(s.sources) for s in shards) == n
    out["one_dag_run"] = out["dag"]["shards"] <= out["max_map_length"]
    return out


def fit(points: list[tuple[int, float]]) -> dict[str, float]:
    """Least squares ``y = a + b x`` and R²."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    b = sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else 0.0
    a = my - b * mx
    ss_tot = sum((y - my) ** 2 for _, y in points)
    ss_res = sum((y - (a + b * x)) ** 2 for x, y in points)
    return {
        "fixed_s": round(a, 2),
        "per_document_s": round(b, 4),
        "r2": round(1 - ss_res / ss_tot, 4) if ss_tot else 1.0,
    }


def measured_shards(out_dir: Path) -> dict[str, Any] | None:
    """Work recorded by a run: per shard, per document, and per format against the planner's
    estimate (a check of the cost model's ratios)."""
    from aiguillage.ingest import estimate_cost_ms
    from aiguillage.records import Document

    work = sorted((out_dir / ".work").glob("*/shard-*.jsonl"))
    if not work:
        return None
    inventory = {}
    for inv in (out_dir / ".work").glob("*/inventory.jsonl"):
        for ln in inv.read_text("utf-8").splitlines():
            if ln.strip():
                d = Document(**json.loads(ln))
                inventory[d.source] = d
    per_shard, per_doc = [], []
    by_format: dict[str, list[tuple[int, int]]] = {}
    for path in work:
        recs = [json.loads(ln) for ln in path.read_text("utf-8").splitlines() if ln.strip()]
        ms = [int(r.get("duration_ms", 0)) for r in recs]
        per_shard.append(sum(ms) / 1000)
        per_doc += ms
        for r in recs:
            doc = inventory.get(r.get("source", ""))
            if doc is not None and r.get("status") != "duplicate":
                key = f"{r.get('format')}/{r.get('route')}"
                by_format.setdefault(key, []).append((int(r.get("duration_ms", 0)), estimate_cost_ms(doc)))
    per_doc.sort()
    calibration = {
        k: {"documents": len(v), "measured_ms_median": sorted(m for m, _ in v)[len(v) // 2],
            "estimated_ms_median": sorted(e for _, e in v)[len(v) // 2]}
        for k, v in sorted(by_format.items())
    }
    return {
        "shards": len(per_shard),
        "shard_work_s": [round(x, 1) for x in per_shard],
        "documents": len(per_doc),
        "work_s": round(sum(per_doc) / 1000, 1),
        "doc_ms_median": per_doc[len(per_doc) // 2],
        "doc_ms_p95": per_doc[int(len(per_doc) * 0.95)],
        "by_format_route": calibration,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="100,200,400", help="CLI runs at these corpus sizes")
    p.add_argument("--workers", type=int, default=0)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--out", default=str(ROOT / "bench-out"))
    p.add_argument(
        "--no-run", action="store_true", help="planning check and projection from bench results only"
    )
    ns = p.parse_args(argv)
    bench = _bench_module()
    out = Path(ns.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    workers = ns.workers or os.cpu_count() or 1
    sizes = sorted(int(x) for x in ns.sizes.split(",") if x.strip())
    env = bench.child_env()

    def corpus_for(n: int) -> Path:
        root = out / f"corpus-{n}-{ns.seed}"
        if not (root / "truth.jsonl").exists():
            from aiguillage.samples import generate

            print(f"[scale] generating {n} documents", flush=True)
            generate(root, n=n, seed=ns.seed)
        return root / "batch"

    result: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "workers": workers,
        "load_before": [round(x, 2) for x in os.getloadavg()],
    }
    bench_corpus = None
    if (out / "results.json").exists():  # plan from the bench's corpus when there is one
        bench_corpus = Path(json.loads((out / "results.json").read_text("utf-8"))["corpus"]["path"])
    base = bench_corpus if bench_corpus and bench_corpus.is_dir() else corpus_for(sizes[0] if sizes else 30)
    result["planning_10k"] = planning_at(10_000, base, workers)
    print(
        f"[scale] 10,000 documents plan in {result['planning_10k']['dag']['shards']} DAG shards "
        f"(max_map_length {result['planning_10k']['max_map_length']})",
        flush=True,
    )

    runs: list[dict[str, Any]] = []
    if not ns.no_run:
        for n in sizes:
            corpus = corpus_for(n)
            dest = out / f"scale-out-{n}"
            shutil.rmtree(dest, ignore_errors=True)
            print(f"[scale] CLI on {n} documents … (load {os.getloadavg()[0]:.2f})", flush=True)
            cmd = [
                sys.executable,
                "-m",
                "aiguillage.cli",
                "run",
                str(corpus),
                "-o",
                str(dest),
                "--workers",
                str(workers),
                "--batch",
                "scale",
                "-q",
            ]
            r = bench.run_child(f"cli-{n}", cmd, env, out / f"scale-{n}.log")
            r["documents"] = len(bench.corpus_files(corpus))
            r["measured"] = measured_shards(dest)
            runs.append(r)
            print(
                f"[scale] {n}: {r['wall_s']} s, largest process {r['peak_rss_process_mib']} MiB", flush=True
            )
    result["runs"] = runs

    proj: dict[str, Any] = {}
    ok = [r for r in runs if r["returncode"] == 0]
    if len(ok) >= 2:
        line = fit([(r["documents"], r["wall_s"]) for r in ok])
        proj["cli_line"] = line
        proj["cli_wall_s"] = {n: round(line["fixed_s"] + line["per_document_s"] * n) for n in PROJECT}
        rss = [r["peak_rss_process_mib"] for r in ok]
        proj["worker_rss_mib"] = {str(r["documents"]): r["peak_rss_process_mib"] for r in ok}
        proj["worker_rss_growth_pct"] = round(100 * (rss[-1] - rss[0]) / max(1, rss[0]), 1)
    biggest = ok[-1] if ok else None
    bench_cli = out / "cli-out"
    if (out / "results.json").exists() and bench_cli.is_dir():  # the bench's CLI run, if larger
        cli_part = json.loads((out / "results.json").read_text("utf-8"))["parts"].get("cli")
        if (cli_part and cli_part.get("returncode") == 0
                and (biggest is None or cli_part.get("documents", 0) > biggest["documents"])):
            biggest = {"documents": cli_part.get("documents", 0), "wall_s": cli_part["wall_s"],
                       "measured": measured_shards(bench_cli), "source": "bench.py cli run"}
            result["bench_cli_measured"] = biggest["measured"]
    if biggest and biggest.get("measured"):
        m = biggest["measured"]
        per_doc_work = m["work_s"] / max(1, m["documents"])
        startup = max(0.0, biggest["wall_s"] - m["work_s"] / workers)
        proj["from_shards"] = {
            "work_per_document_s": round(per_doc_work, 3),
            "startup_s": round(startup, 1),
            "cli_wall_s": {n: round(startup + per_doc_work * n / workers) for n in PROJECT},
        }
    bench_results = out / "results.json"
    if bench_results.exists():
        b = json.loads(bench_results.read_text("utf-8"))
        dag, cli = b["parts"].get("dag"), b["parts"].get("cli")
        if dag and cli and dag.get("returncode") == 0 and "cli_line" in proj:
            n = b["corpus"]["files"]
            # The DAG's extra time over the CLI at n, taken as fixed (scheduler, parsing, tasks),
            # and its processing as serial when its tasks run one at a time (``airflow dags test``).
            proj["dag_at_bench"] = {"documents": n, "dag_wall_s": dag["wall_s"], "cli_wall_s": cli["wall_s"]}
            per_doc = proj["cli_line"]["per_document_s"]
            serial = per_doc * workers
            fixed = dag["wall_s"] - serial * n
            proj["dag_wall_s_if_serial"] = {m: round(fixed + serial * m) for m in PROJECT}
            proj["dag_wall_s_if_parallel"] = {
                m: round(dag["wall_s"] - per_doc * n + per_doc * m) for m in PROJECT
            }
    result["projection"] = proj
    result["load_after"] = [round(x, 2) for x in os.getloadavg()]
    (out / "scale.json").write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    md = markdown(result)
    (out / "scale.md").write_text(md, "utf-8")
    print()
    print(md)
    return 0 if result["planning_10k"]["one_dag_run"] and all(r["returncode"] == 0 for r in runs) else 1


def markdown(r: dict[str, Any]) -> str:
    pl = r["planning_10k"]
    lines = [
        f"# Scale — {r['started']}, CLI workers {r['workers']}, load {r['load_before'][0]} → "
        f"{r['load_after'][0]}",
        "",
        f"Planning 10,000 documents (max_map_length {pl['max_map_length']}): DAG {pl['dag']['shards']} "
        f"shards of {pl['dag']['docs_per_shard'][0]}–{pl['dag']['docs_per_shard'][1]} documents (estimated "
        f"load spread "
        f"{pl['dag']['estimated_load_spread_pct']} %, {pl['dag']['plan_s']} s to plan); CLI "
        f"{pl['cli']['shards']} shards. One DAG run: {'yes' if pl['one_dag_run'] else 'NO'}.",
        "",
    ]
    if r["runs"]:
        lines += [
            "| documents | wall s | largest process MiB | tree MiB | work recorded s | doc ms median / p95 |",
            "| ---: | ---: | ---: | ---: | ---: | --- |",
        ]
        for run in r["runs"]:
            m = run.get("measured") or {}
            lines.append(
                f"| {run['documents']} | {run['wall_s']} | {run['peak_rss_process_mib']} | "
                f"{run['peak_rss_tree_mib']} | {m.get('work_s', '')} | {m.get('doc_ms_median', '')} / "
                f"{m.get('doc_ms_p95', '')} |"
            )
    measured = [run["measured"] for run in r["runs"] if run.get("measured")]
    if r.get("bench_cli_measured"):
        measured.append(r["bench_cli_measured"])
    cal = measured[-1]["by_format_route"] if measured else None
    if cal:
        lines += ["", "| format/route | documents | measured ms (median) | estimated ms (median) |",
                  "| --- | ---: | ---: | ---: |"]
        lines += [f"| {k} | {v['documents']} | {v['measured_ms_median']} | {v['estimated_ms_median']} |"
                  for k, v in cal.items()]
    p = r["projection"]
    if "cli_line" in p:
        ln = p["cli_line"]
        lines += [
            "",
            f"CLI wall = {ln['fixed_s']} s + {ln['per_document_s']} s × documents (R² {ln['r2']}); "
            f"largest worker RSS {p['worker_rss_mib']} MiB ({p['worker_rss_growth_pct']:+} %).",
        ]
    rows = [
        ("CLI, fitted line", p.get("cli_wall_s")),
        ("CLI, from measured shards", p.get("from_shards", {}).get("cli_wall_s")),
        ("DAG, tasks one at a time (dags test)", p.get("dag_wall_s_if_serial")),
        ("DAG, tasks in parallel like the CLI", p.get("dag_wall_s_if_parallel")),
    ]
    rows = [(k, v) for k, v in rows if v]
    if rows:
        lines += [
            "",
            "| projection (s) | " + " | ".join(f"{n:,}" for n in PROJECT) + " |",
            "| --- |" + " ---: |" * len(PROJECT),
        ]
        for name, v in rows:
            lines.append(f"| {name} | " + " | ".join(str(v[n]) for n in PROJECT) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
