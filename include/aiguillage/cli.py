"""Command line: the same library as the DAG, without a scheduler.

    aiguillage run INPUT --output OUT [--workers N] [--policy FILE]   (INPUT, OUT: paths or s3:// URLs)
    aiguillage check INPUT OUTPUT                  (validate paths only, nothing written)
    aiguillage summarize OUT [--route public|sovereign]
    aiguillage samples OUT [--n N] [--seed S]
    aiguillage eval OUT --truth truth.jsonl
    aiguillage detect FILE... [--text]
    aiguillage classify FILE...
    aiguillage audit verify OUT [--json]
    aiguillage audit report OUT [--lang en] [--batch B]

A mistake in the arguments is said in one line with a non-zero exit (2); --debug shows the traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, NoReturn

_WORKER_CTX: Any = None


def _init_worker(output: str, policy: str | None) -> None:
    """Load the models now, once per process, so that no document's duration (nor the first
    shard's) carries the load. In a pool forked from the CLI's fork server they are already
    loaded (``aiguillage.detect.warm``). The worker's Context is built with its first shard,
    after the batch is planned (planning fixes the output's layout)."""
    from aiguillage.detect.engine import Detector

    # A load failure is retried lazily per document, where it fails closed (sovereign).
    with contextlib.suppress(Exception):
        Detector.get()


def _worker_context(output: str, policy: str | None) -> Any:
    global _WORKER_CTX
    from aiguillage.pipeline import Context

    if _WORKER_CTX is None:
        _WORKER_CTX = Context.create(output, policy)
    return _WORKER_CTX


def default_workers() -> int:
    """The cores this process may run on (a container's CPU set, not the host's core count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


# Memory bound of a CLI worker: shards of at most SHARD_DOCS documents, a fresh worker process
# after RECYCLE_SHARDS of them (so after at most 1,000 documents).
SHARD_DOCS = 250
RECYCLE_SHARDS = 4

# One thread per worker process: N workers on N cores, not N x (BLAS threads).
_SINGLE_THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _run_shard_in_worker(args: tuple[str, str, int, str | None, Any]) -> dict[str, int]:
    from aiguillage.batch import run_shard

    output, batch, shard, policy, ready = args
    return run_shard(output, batch, shard, policy, ctx=_worker_context(output, policy), ready=ready)


def _while_starting(output: str, batch: str, shards: list[int], starting: Any, workers: int = 1
                    ) -> dict[int, Any]:
    """Work for the core that would wait while the fork server loads the models (seconds, one
    core): the audit's libraries are imported (finalize then starts at once) and the first
    documents of the shards, in the order the workers will take them, are extracted
    (``pipeline.extract_early``), until the pool is ready. Returns, per shard, the extractions
    finished by then; one in progress is stopped."""
    import threading
    from concurrent.futures import wait

    from aiguillage.batch import shard_documents
    from aiguillage.pipeline import extract_early

    stop = threading.Event()
    found: list[dict[str, Any]] = [{} for _ in shards]

    def work() -> None:
        with contextlib.suppress(Exception):
            _warm_audit()
            extract_early([shard_documents(output, batch, s) for s in shards], found, stop.is_set,
                          parallel=workers)

    thread = threading.Thread(target=work, name="aiguillage-early", daemon=True)
    thread.start()
    wait([starting])
    stop.set()
    ready = {s: dict(f) for s, f in zip(shards, found, strict=True)}
    thread.join(0.05)
    if thread.is_alive():  # an extraction in progress: its document is left to its worker
        from aiguillage.extract.sandbox import worker

        worker().abort()
    return ready


def _warm_audit() -> None:
    """What finalize imports and compiles: the Parquet writer, the report's templates."""
    import pyarrow.parquet  # noqa: F401

    from aiguillage.audit.report import environment

    for name in ("report.html.j2", "history.html.j2"):
        environment().get_template(name)


def _terminate_when_started(starting: Any) -> None:
    """Stop the pool being created in ``starting`` (a future) once it exists, if it could be."""
    if starting.exception() is None:
        starting.result().terminate()


def _check_policy(policy: str | None) -> None:
    from aiguillage.ingest import UserError

    if policy and not Path(policy).is_file():
        raise UserError(f"policy file not found: {policy} — give the path of a policy YAML, or omit --policy")


def _note(ns: argparse.Namespace, text: str) -> None:
    """A progress line on stderr (stdout keeps the results), unless --quiet."""
    if not getattr(ns, "quiet", False):
        print(text, file=sys.stderr, flush=True)


def cmd_check(ns: argparse.Namespace) -> int:
    """Validate INPUT and OUTPUT as ``run`` would, quickly and without writing anything (``make
    batch`` calls it before Airflow starts)."""
    from collections import Counter

    from aiguillage.ingest import EmptyInput, check_paths, describe_skipped, walk
    from aiguillage.storage import is_remote

    areas = {"public": ns.public_dir, "sovereign": ns.sovereign_dir}
    check_paths(ns.input, ns.output, areas)
    _check_policy(ns.policy)
    if is_remote(ns.input):
        print(f"ok: {ns.input} → {ns.output}")
        return 0
    skipped: Counter[str] = Counter()
    files = sum(1 for _ in walk(ns.input, skipped))
    said = describe_skipped(skipped)
    if not files:
        raise EmptyInput(f"no document in {ns.input}" + (f" (skipped: {said})" if said else "")
                         + " — give a folder that holds the files to route")
    print(f"ok: {files} file(s) to route from {ns.input} to {ns.output}"
          + (f"; skipped: {said}" if said else ""))
    return 0


def cmd_run(ns: argparse.Namespace) -> int:
    from concurrent.futures import ThreadPoolExecutor

    from aiguillage.ingest import check_paths

    areas = {"public": ns.public_dir, "sovereign": ns.sovereign_dir}
    check_paths(ns.input, ns.output, areas)  # before any process starts or anything is written
    _check_policy(ns.policy)
    workers = max(1, ns.workers or default_workers())
    batch = ns.batch or time.strftime("cli-%Y%m%dT%H%M%S")
    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        pool = None
        starting = None
        if workers > 1:
            # Started first, in a thread (creating the pool waits for the fork server's preload):
            # the fork server loads the models once (aiguillage.detect.warm) while this thread
            # imports and plans the batch; the workers fork from it, models loaded.
            import multiprocessing as mp

            for var in _SINGLE_THREAD_ENV:
                os.environ.setdefault(var, "1")
            ctx = mp.get_context("forkserver")
            ctx.set_forkserver_preload(["aiguillage.detect.warm"])
            # A worker is replaced after RECYCLE_SHARDS shards (at most ~RECYCLE_SHARDS x SHARD_DOCS
            # documents): a long-lived spaCy process grows by ~22 MiB per 220 documents; its
            # replacement forks from the fork server, models loaded.
            starter = stack.enter_context(ThreadPoolExecutor(1))
            starting = starter.submit(ctx.Pool, workers, initializer=_init_worker,
                                      initargs=(str(ns.output), ns.policy), maxtasksperchild=RECYCLE_SHARDS)
            stack.callback(_terminate_when_started, starting)  # also when planning fails
        from tqdm import tqdm

        from aiguillage.batch import finalize, plan

        # Up to 4 shards per worker (balance); fewer when shards would be tiny (see plan_shards);
        # more in a large batch, so that no shard holds more than ~SHARD_DOCS documents.
        shards = plan(ns.input, ns.output, batch, max_shards=workers * 4, areas=areas,
                      max_shard_docs=SHARD_DOCS, allow_empty=False)
        _note(ns, f"loading models… ({workers} worker{'s' if workers > 1 else ''})")
        # Heaviest first, one at a time: the last shards to start are the shortest.
        order = [int(s["shard"]) for s in sorted(shards, key=lambda s: -int(s.get("weight", 0)))]
        ready: dict[int, Any] = {}
        if starting is not None:
            ready = _while_starting(str(ns.output), batch, order, starting, workers)
            pool = starting.result()
        bar = tqdm(total=sum(s["documents"] for s in shards), unit="doc", desc="aiguillage", disable=ns.quiet,
                   file=sys.stderr)
        jobs = [(str(ns.output), batch, shard, ns.policy, ready.get(shard)) for shard in order]
        if pool is None:
            _init_worker(str(ns.output), ns.policy)
            for job in jobs:
                bar.update(_run_shard_in_worker(job)["documents"])
        else:
            for res in pool.imap_unordered(_run_shard_in_worker, jobs, chunksize=1):
                bar.update(res["documents"])
    bar.close()
    summary = finalize(ns.output, batch, ns.policy)
    # the report's one duration (planning to audit), so that the two never disagree; the
    # command's own time adds its start-up before planning
    try:
        elapsed = float(summary["finished"]) - float(summary["started"])
    except (KeyError, TypeError, ValueError):
        elapsed = time.perf_counter() - started
    r = summary["routes"]
    print(f"{summary['documents']} documents, batch duration {elapsed:.1f} s — public {r['public']}, "
          f"sovereign {r['sovereign']}, quarantine {r['quarantine']}")
    from aiguillage.ingest import describe_skipped
    from aiguillage.storage import location

    said = describe_skipped(summary.get("skipped") or {})
    if said:
        print(f"skipped (not documents of the batch): {said}")
    print(f"report: {location(ns.output) / 'audit' / 'report.html'}")
    return 0


def _need_output(output: str) -> None:
    """An Aiguillage output folder with at least one finished batch, or a one-line error."""
    from aiguillage.ingest import UserError
    from aiguillage.storage import is_remote, location

    if is_remote(output):
        return
    root = location(output).as_path()
    if not root.is_dir():
        raise UserError(f"output folder not found: {output} — give the folder written by 'aiguillage run' "
                        "or 'make batch'")
    if not (root / "audit" / "summary.json").is_file():
        raise UserError(f"not an Aiguillage output (no audit/summary.json): {output} — give the folder "
                        "written by 'aiguillage run' or 'make batch'")


def _need_file(path: str, what: str) -> None:
    from aiguillage.ingest import UserError

    p = Path(path)
    if not p.exists():
        raise UserError(f"{what} not found: {path}")
    if not p.is_file():
        raise UserError(f"{what} is not a file: {path}")
    if not os.access(p, os.R_OK):
        raise UserError(f"{what} not readable: {path} — check its permissions")


def cmd_summarize(ns: argparse.Namespace) -> int:
    """The summaries stage without a scheduler: the DAGs' library functions and routing guard."""
    from aiguillage.summarize.service import summarize_output

    _need_output(ns.output)
    _check_policy(ns.policy)
    routes = (ns.route,) if ns.route else ("public", "sovereign")
    _note(ns, "loading models… (the public summaries are re-verified before they are written)"
          if "public" in routes else "summarizing…")
    from aiguillage.ingest import UserError
    from aiguillage.routing_guard import RoutingViolation
    from aiguillage.summarize.base import PermanentSummaryError

    try:
        result = summarize_output(ns.output, routes, policy=ns.policy)
    except RoutingViolation as exc:  # a misconfigured connection: refused, nothing was sent
        raise UserError(f"refused: {exc} — give the sovereign route its own service") from None
    except PermanentSummaryError as exc:
        if not exc.code.startswith("config_"):
            raise
        raise UserError(f"LLM connection: {exc} — fix AIRFLOW_CONN_AIGUILLAGE_*_LLM") from None
    from aiguillage.audit.report import write_reports

    with contextlib.suppress(FileNotFoundError):  # an output whose batch was never archived: no report
        write_reports(ns.output, "fr", result["batch"] or None)
    for line in human_summary(ns.output, result):
        print(line)
    return 0


def human_summary(output: str, result: dict[str, Any]) -> list[str]:
    """A short account for a person: routes, summaries written, what waits, tokens, energy, report."""
    from aiguillage.ingest import describe_skipped
    from aiguillage.storage import location

    lines: list[str] = []
    audit = location(output) / "audit"
    try:
        summary = json.loads((audit / "summary.json").read_text())
    except (OSError, ValueError):
        summary = {}
    r = summary.get("routes", {})
    if summary:
        lines.append(f"batch {summary.get('batch', '?')}: {summary.get('documents', 0)} documents — "
                     f"public {r.get('public', 0)}, sovereign {r.get('sovereign', 0)}, "
                     f"quarantine {r.get('quarantine', 0)}")
        said = describe_skipped(summary.get("skipped") or {})
        if said:
            lines.append(f"skipped (not documents of the batch): {said}")
    fig = result["figures"]["routes"]
    pub, sov = fig.get("public", {}), fig.get("sovereign", {})
    if "public" in result["routes"]:
        st = pub.get("states", {})
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(pub.get("kinds", {}).items()))
        lines.append(f"public summaries: {result['written']['public']} summary.json written "
                     f"({kinds or 'none'}) by {result['public_summarizer']}; "
                     f"withheld {st.get('withheld', 0)}, failed {st.get('failed', 0)}, "
                     f"waiting {st.get('pending', 0)}")
    if "sovereign" in result["routes"]:
        st = sov.get("states", {})
        waiting = int(st.get("pending", 0)) + int(st.get("processing", 0))
        how = ("sovereign endpoint configured" if result["sovereign_endpoint"] else
               "no sovereign endpoint configured: they wait, never sent to a public service (here: set "
               "AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM; in Airflow: the connection aiguillage_sovereign_llm)")
        lines.append(f"sovereign queue: {result['written']['sovereign']} summarized, {waiting} waiting, "
                     f"{st.get('failed', 0)} failed — {how}")
    sent = sum(int(v.get("prompt_tokens", 0)) for v in fig.values())
    got = sum(int(v.get("completion_tokens", 0)) for v in fig.values())
    wh = sum(float(v.get("energy_wh", 0.0)) for v in fig.values())
    calls = sum(int(v.get("calls", 0)) for v in fig.values())
    lines.append(f"tokens: {sent} sent, {got} received in {calls} call(s); estimated energy {wh:.4f} Wh "
                 "(details: audit/summaries.json)")
    lines.append(f"report: {audit / 'report.html'}")
    return lines


def cmd_samples(ns: argparse.Namespace) -> int:
    from aiguillage.samples import generate

    truth = generate(ns.output, n=ns.n, seed=ns.seed)
    print(f"{len(truth)} files in {Path(ns.output) / 'batch'}; truth in {Path(ns.output) / 'truth.jsonl'}")
    return 0


def cmd_eval(ns: argparse.Namespace) -> int:
    from aiguillage.evaluate import evaluate

    _need_output(ns.output)
    _need_file(ns.truth, "truth file")
    ev = evaluate(ns.output, ns.truth, detection=not getattr(ns, "no_detection", False))
    d = ev.to_dict()
    if ns.json:
        print(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        print(f"documents: {ev.documents}  accounted once: {'yes' if ev.accounted_once else 'NO'}")
        print(f"leaks: {ev.leaks}  name words left: {ev.name_word_leaks}  "
              f"sensitive sent public: {ev.sensitive_public}  "
              f"over-routing: {ev.over_routed}/{ev.public_eligible} ({ev.over_routing_pct:.1f} %)")
        print("routes: " + ", ".join(f"{k} {v}" for k, v in sorted(ev.routes.items())))
        print("routing (expected → got): " + "; ".join(
            f"{exp} → " + ", ".join(f"{got} {n}" for got, n in sorted(row.items()))
            for exp, row in sorted(ev.confusion.items())))
        if ev.detection is not None:
            det = ev.detection.to_dict()
            print(f"detection (token level): fully redacted documents {ev.detection.fully_redacted}/"
                  f"{ev.detection.documents} ({det['fully_redacted_pct']:.1f} %), "
                  f"values not located in the text: {det['values_not_located']}")
            rows = [("checksummed ids", det["checksummed_ids"]), ("all personal", det["all_personal"]),
                    *det["per_type"].items()]
            for name, sc in rows:
                print(f"  {name:<20} P {sc['precision']:.3f}  R {sc['recall']:.3f}  F2 {sc['f2']:.3f}"
                      f"  (tp {sc['tp']}, fp {sc['fp']}, fn {sc['fn']})")
    return 0 if ev.ok else 1


def _load_inputs(files: list[str]) -> list[tuple[str, Any]]:
    from aiguillage.extract import extract
    from aiguillage.formats import sniff_format
    from aiguillage.records import Extraction, Part, QuarantineError

    for f in files:
        if f != "-":
            _need_file(f, "input file")
    out: list[tuple[str, Any]] = []
    for f in files:
        if f == "-":
            out.append(("-", Extraction("txt", (Part(sys.stdin.read()),))))
            continue
        try:
            out.append((f, extract(f, sniff_format(f))))
        except QuarantineError as exc:
            out.append((f, exc))
    return out


def cmd_detect(ns: argparse.Namespace) -> int:
    from aiguillage.detect.engine import Detector
    from aiguillage.records import QuarantineError

    det = None
    for name, ext in _load_inputs(ns.files):
        if isinstance(ext, QuarantineError):
            print(json.dumps({"file": name, "quarantine": ext.code, "message": ext.message}))
            continue
        if ns.text:
            sys.stdout.write(ext.text + "\n")
            continue
        det = det or Detector.get()
        for f in det.analyze(ext.text):
            print(json.dumps({"file": name, **f.to_dict()}, ensure_ascii=False))
    return 0


def cmd_classify(ns: argparse.Namespace) -> int:
    from aiguillage.detect.engine import Detector
    from aiguillage.policy import load_policy
    from aiguillage.records import QuarantineError

    _check_policy(ns.policy)
    inputs = _load_inputs(ns.files)
    pol = load_policy(ns.policy)
    det = None
    for name, ext in inputs:
        if isinstance(ext, QuarantineError):
            print(json.dumps({"file": name, "route": "quarantine", "reasons": [ext.code]}))
            continue
        det = det or Detector.get()
        dec = pol.decide(ext, det.analyze(ext.text))
        print(json.dumps({"file": name, "route": dec.route.value, "policy_version": dec.policy_version,
                          "reasons": [r.to_dict() for r in dec.reasons]}, ensure_ascii=False))
    return 0


def cmd_audit_verify(ns: argparse.Namespace) -> int:
    """Verify the ledger and every batch's chained decisions; non-zero exit on any alteration."""
    from aiguillage.audit.history import verify_store

    _need_output(ns.output)
    st = verify_store(ns.output)
    if ns.json:
        print(json.dumps(st.to_dict(), ensure_ascii=False, indent=2))
    else:
        for b in st.batches:
            state = "superseded" if b.superseded else "intact" if b.ok else "ALTERED"
            print(f"#{b.seq} {b.batch}: {b.documents} documents, {state}")
        problems = st.all_problems()
        for p in problems:
            print(p)
        print(f"ledger head {st.ledger_head}")
        print("chain intact" if not problems else f"{len(problems)} problem(s)")
    return 0 if st.ok else 1


def cmd_audit_report(ns: argparse.Namespace) -> int:
    """Rebuild the HTML reports and the history from the archive, in French or English."""
    from aiguillage.audit.report import write_reports
    from aiguillage.ingest import UserError

    _need_output(ns.output)
    try:
        paths = write_reports(ns.output, ns.lang, ns.batch)
    except FileNotFoundError as exc:  # an unknown --batch
        raise UserError(f"{exc} — 'aiguillage audit verify {ns.output}' lists the batches") from None
    for p in paths:
        print(p)
    return 0


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {n}")
    return n


def _workers(value: str) -> int:
    """0 means "the usable cores"; a negative count is a mistake."""
    if value.strip() == "0":
        return 0
    return _positive_int(value)


class _Parser(argparse.ArgumentParser):
    """Errors in one line, with where to find help (argparse prints the whole usage first)."""

    def error(self, message: str) -> NoReturn:
        message = message.replace("the following arguments are required", "missing")
        self.exit(2, f"{self.prog}: error: {message} — see '{self.prog} --help'\n")


def build_parser() -> argparse.ArgumentParser:
    from aiguillage import __version__

    p = _Parser(prog="aiguillage", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"aiguillage {__version__}")
    p.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    policy_help = "policy YAML (default: the policy shipped with Aiguillage)"
    r = sub.add_parser("run", help="route a folder of documents")
    r.add_argument("input", help="folder, file:// or s3://[profile@]bucket/prefix")
    r.add_argument("--output", "-o", required=True,
                   help="folder, file:// or s3:// URL; never inside the input, nor the reverse")
    r.add_argument("--public-dir", help="public area elsewhere than OUTPUT/public (path or URL)")
    r.add_argument("--sovereign-dir", help="sovereign area elsewhere than OUTPUT/sovereign (path or URL)")
    r.add_argument("--workers", "-w", type=_workers, default=0,
                   help="worker processes, 1 or more (default: the usable cores)")
    r.add_argument("--policy", help=policy_help)
    r.add_argument("--batch", help="batch key (default: cli-<timestamp>)")
    r.add_argument("--quiet", "-q", action="store_true", help="no progress bar nor progress lines")
    r.set_defaults(func=cmd_run)
    k = sub.add_parser("check", help="validate an input and an output folder (nothing is written)")
    k.add_argument("input", help="folder of documents (or URL)")
    k.add_argument("output", help="output folder (or URL)")
    k.add_argument("--public-dir", help="public area elsewhere than OUTPUT/public")
    k.add_argument("--sovereign-dir", help="sovereign area elsewhere than OUTPUT/sovereign")
    k.add_argument("--policy", help=policy_help)
    k.set_defaults(func=cmd_check)
    m = sub.add_parser("summarize", help="summarize the routed documents of an output (no scheduler needed)")
    m.add_argument("output", help="output folder of a finished batch")
    m.add_argument("--route", choices=["public", "sovereign"],
                   help="one route only (default: public, then the sovereign queue)")
    m.add_argument("--policy", help=policy_help + "; re-verifies public texts and summaries")
    m.add_argument("--quiet", "-q", action="store_true", help="no progress lines")
    m.set_defaults(func=cmd_summarize)
    s = sub.add_parser("samples", help="generate a labelled sample batch")
    s.add_argument("output", help="folder to create: OUTPUT/batch (documents) and OUTPUT/truth.jsonl")
    s.add_argument("--n", type=_positive_int, default=40, help="number of documents (default: 40)")
    s.add_argument("--seed", type=int, default=42, help="random seed: the same seed, the same batch")
    s.set_defaults(func=cmd_samples)
    e = sub.add_parser("eval", help="evaluate a finished batch against its truth")
    e.add_argument("output", help="output folder of the batch")
    e.add_argument("--truth", required=True, help="truth.jsonl written by 'aiguillage samples'")
    e.add_argument("--json", action="store_true", help="print the figures as JSON")
    e.add_argument("--no-detection", action="store_true",
                   help="skip the span-level detection scores (no model loading)")
    e.set_defaults(func=cmd_eval)
    d = sub.add_parser("detect", help="print findings (JSON lines) for files, or - for stdin")
    d.add_argument("files", nargs="+", help="files to analyse, or - for stdin")
    d.add_argument("--text", action="store_true", help="print the normalised text instead")
    d.set_defaults(func=cmd_detect)
    c = sub.add_parser("classify", help="print route and reasons for files")
    c.add_argument("files", nargs="+", help="files to classify, or - for stdin")
    c.add_argument("--policy", help=policy_help)
    c.set_defaults(func=cmd_classify)
    a = sub.add_parser("audit", help="audit tools: verify, report")
    asub = a.add_subparsers(dest="audit_command", metavar="ACTION", parser_class=_Parser)
    av = asub.add_parser("verify", help="verify the hash chain of decisions")
    av.add_argument("output", help="output folder")
    av.add_argument("--json", action="store_true", help="print the verification as JSON")
    av.set_defaults(func=cmd_audit_verify)
    ar = asub.add_parser("report", help="rebuild the HTML reports and history of an output folder")
    ar.add_argument("output", help="output folder")
    ar.add_argument("--lang", choices=["fr", "en"], default="fr", help="language of the report (default: fr)")
    ar.add_argument("--batch", help="one batch only (default: all)")
    ar.set_defaults(func=cmd_audit_report)
    a.set_defaults(func=None, parser=a)
    p.set_defaults(func=None, parser=p)
    return p


# Errors of the person's making, said in one line; anything else is a bug and keeps its traceback.
def _user_errors() -> tuple[type[BaseException], ...]:
    from aiguillage.ingest import UserError
    from aiguillage.storage import StorageError

    return (UserError, StorageError, FileNotFoundError, PermissionError, NotADirectoryError,
            IsADirectoryError)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    ns = parser.parse_args(argv)
    if ns.func is None:  # "aiguillage" or "aiguillage audit" without a command
        sub = ns.parser
        choices = "run, check, summarize, samples, eval, detect, classify, audit" if sub is parser \
            else "verify, report"
        sub.error(f"choose a command: {choices}")
    try:
        return int(ns.func(ns))
    except KeyboardInterrupt:
        print("aiguillage: interrupted", file=sys.stderr)
        return 130
    except _user_errors() as exc:
        if ns.debug:
            raise
        msg = str(exc) if not isinstance(exc, OSError) or not exc.filename else \
            f"{exc.strerror or exc}: {exc.filename}"
        print(f"aiguillage: error: {msg}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
