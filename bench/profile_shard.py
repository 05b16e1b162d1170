"""Where the time of a shard goes: a pyinstrument profile of the CLI's unit of work.

    .venv/bin/python bench/profile_shard.py [--n 60] [--corpus DIR] [--out bench-out]

Runs what one ``aiguillage run`` worker runs (``batch.run_shard`` with a ``Context`` built once)
on one shard of a generated corpus, under pyinstrument, and sums the samples by pipeline stage
(extraction, detection, verification rescan, anonymization, policy, store I/O). It then times the
detection engine's parts on the shard's texts: each spaCy pipeline component and each Presidio
recognizer, so that the next optimisation targets the real bottleneck rather than a guess.

Writes ``<out>/profile.html`` (the full pyinstrument tree), ``<out>/profile.json`` and
``<out>/profile.md`` (the summary).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# This file is named like the standard library's ``profile`` (which cProfile, hence spaCy, imports):
# keep its folder off the import path.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT / "include"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

class StageClock:
    """Exclusive wall time per pipeline stage, measured by wrapping the stage functions.

    Wrapping (rather than reading stacks) keeps the figures exact and independent of the
    sampler; a stage nested in another (the rescan inside publication) is not counted twice.
    """

    def __init__(self) -> None:
        self.totals: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[list[Any]] = []  # [stage, started, child_time]
        self.patched: list[str] = []

    def wrap(self, owner: Any, attr: str, stage: str | Callable[[], str]) -> None:
        fn = getattr(owner, attr, None)
        if fn is None or not callable(fn):
            return
        clock = self

        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            name = stage() if callable(stage) else stage
            clock._stack.append([name, time.perf_counter(), 0.0])
            try:
                return fn(*args, **kwargs)
            finally:
                name, started, child = clock._stack.pop()
                spent = time.perf_counter() - started
                clock.totals[name] += spent - child
                clock.calls[name] += 1
                if clock._stack:
                    clock._stack[-1][2] += spent

        setattr(owner, attr, timed)
        self.patched.append(f"{getattr(owner, '__name__', type(owner).__name__)}.{attr}")

    def inside(self, stage: str) -> bool:
        return any(frame[0] == stage for frame in self._stack)


def instrument(ctx: Any) -> StageClock:
    """Wrap the stages of ``aiguillage.pipeline`` that exist in this version of the code."""
    import aiguillage.pipeline as pipeline

    clock = StageClock()

    def detection() -> str:
        return "verification rescan" if clock.inside("publication (other)") else "detection"

    clock.wrap(pipeline, "_publishable", "publication (other)")
    clock.wrap(pipeline, "extract", "extraction")
    clock.wrap(pipeline, "extract_safely", "extraction (sandboxed worker)")
    clock.wrap(pipeline, "ensure_unchanged", "re-hash (file unchanged)")
    clock.wrap(pipeline, "read_verified", "re-hash (file unchanged)")
    if getattr(ctx, "ledger", None) is not None:
        for attr in ("lookup", "begin", "complete"):
            clock.wrap(type(ctx.ledger), attr, "ledger")
    clock.wrap(pipeline, "anonymize_parts", "anonymization")
    clock.wrap(pipeline, "residual_findings", "verification rescan")
    clock.wrap(type(ctx.detector), "analyze", detection)
    clock.wrap(type(ctx.policy), "decide", "policy")
    for attr in ("place", "save_state", "load_state", "where"):
        clock.wrap(type(ctx.store), attr, "store I/O")
    return clock


def by_library(root: Any) -> dict[str, float]:
    """Self time of the pyinstrument samples, summed by top-level package (thinc, spacy, pdfminer...)."""
    out: dict[str, float] = defaultdict(float)
    stack = [root]
    while stack:
        frame = stack.pop()
        own = frame.time - sum(c.time for c in frame.children)
        path = (frame.file_path_short or frame.file_path or "?").replace(os.sep, "/")
        lib = path.split("/")[0] if "/" in path else path.rsplit(".", 1)[0]
        out[lib] += max(0.0, own)
        stack.extend(frame.children)
    return dict(out)


def spacy_components(nlp: Any, texts: list[str]) -> dict[str, float]:
    """Seconds per pipeline component over ``texts`` (documents one at a time, as the engine does)."""
    times: dict[str, float] = defaultdict(float)
    for text in texts:
        t = time.perf_counter()
        doc = nlp.make_doc(text)
        times["tokenizer"] += time.perf_counter() - t
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            times[name] += time.perf_counter() - t
    return dict(times)


def presidio_parts(analyzer: Any, texts: list[str], language: str) -> dict[str, float]:
    """Seconds per recognizer (and for the NLP artifacts) over ``texts``."""
    times: dict[str, float] = defaultdict(float)
    recognizers = analyzer.registry.get_recognizers(language=language, all_fields=True)
    for text in texts:
        t = time.perf_counter()
        artifacts = analyzer.nlp_engine.process_text(text, language)
        times["nlp_engine.process_text (spaCy)"] += time.perf_counter() - t
        for rec in recognizers:
            t = time.perf_counter()
            try:
                rec.analyze(text=text, entities=rec.supported_entities, nlp_artifacts=artifacts)
            except Exception:
                times[f"{rec.name} (error)"] += 0.0
            times[rec.name] += time.perf_counter() - t
    return dict(times)


def shard_texts(docs: list[Any]) -> list[str]:
    from aiguillage.extract import extract
    from aiguillage.records import QuarantineError

    texts = []
    for d in docs:
        try:
            texts.append(extract(d.path, d.format).text)
        except QuarantineError:
            continue
    return texts


def pct_table(times: dict[str, float], total: float, title: str) -> list[str]:
    lines = [f"| {title} | seconds | share |", "| --- | ---: | ---: |"]
    for k, v in sorted(times.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {k} | {v:.2f} | {100 * v / total:.1f} % |" if total else f"| {k} | {v:.2f} | |")
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=60, help="documents in the generated corpus")
    p.add_argument("--corpus", help="an existing input folder instead of a generated one")
    p.add_argument("--out", default=str(ROOT / "bench-out"))
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--no-parts", action="store_true", help="skip the spaCy/Presidio breakdown")
    p.add_argument("--policy", help="policy YAML (default: the shipped one)")
    ns = p.parse_args(argv)

    from aiguillage.batch import plan, run_shard, shard_documents
    from aiguillage.pipeline import Context
    from pyinstrument import Profiler

    out = Path(ns.out)
    work = out / "profile-work"
    if ns.corpus:
        corpus = Path(ns.corpus)
    else:
        from aiguillage.samples import generate

        corpus = out / f"corpus-{ns.n}-{ns.seed}"
        if not (corpus / "truth.jsonl").exists():
            generate(corpus, n=ns.n, seed=ns.seed)
        corpus = corpus / "batch"
    if work.exists():
        import shutil

        shutil.rmtree(work)
    # One shard: what a worker does between two pool tasks, without the pool.
    plan(corpus, work, "profile", max_shards=1)
    docs = shard_documents(work, "profile", 0)
    ctx = Context.create(work, ns.policy)
    t = time.perf_counter()
    detector = ctx.detector
    load_s = time.perf_counter() - t

    clock = instrument(ctx)
    prof = Profiler(interval=0.001)
    t = time.perf_counter()
    prof.start()
    run_shard(work, "profile", 0, ns.policy, ctx=ctx)
    prof.stop()
    shard_s = time.perf_counter() - t
    stages = dict(clock.totals)
    stages["other (state checks, records, shard I/O)"] = max(0.0, shard_s - sum(stages.values()))
    session = prof.last_session
    root = session.root_frame() if session is not None else None
    libs = by_library(root) if root is not None else {}
    (out / "profile.html").write_text(prof.output_html(), "utf-8")

    result: dict[str, Any] = {
        "documents": len(docs), "detector_load_s": round(load_s, 2), "shard_s": round(shard_s, 2),
        "per_document_ms": round(1000 * shard_s / max(1, len(docs)), 1),
        "stages_s": {k: round(v, 3) for k, v in sorted(stages.items(), key=lambda kv: -kv[1])},
        "stage_calls": dict(clock.calls), "instrumented": clock.patched,
        "libraries_s": {k: round(v, 3) for k, v in sorted(libs.items(), key=lambda kv: -kv[1])[:12]},
    }
    md = [f"# Profile of one shard ({len(docs)} documents, {shard_s:.1f} s, "
          f"{result['per_document_ms']} ms/document; detector load {load_s:.1f} s, not in the shard)", ""]
    md += pct_table(stages, shard_s, "stage (exclusive wall time)")
    md += ["", *pct_table(dict(sorted(libs.items(), key=lambda kv: -kv[1])[:12]), sum(libs.values()),
                          "package (pyinstrument self time, top 12)")]

    if not ns.no_parts:
        texts = shard_texts(docs)
        chars = sum(map(len, texts))
        analyzer = getattr(detector, "analyzer", None)
        parts: dict[str, Any] = {"texts": len(texts), "chars": chars}
        if analyzer is not None and hasattr(analyzer, "nlp_engine"):
            language = getattr(sys.modules.get("aiguillage.detect.engine"), "LANGUAGE", "fr")
            nlp = analyzer.nlp_engine.nlp[language]
            comp = spacy_components(nlp, texts)
            rec = presidio_parts(analyzer, texts, language)
            parts["spacy_components_s"] = {k: round(v, 3) for k, v in comp.items()}
            parts["presidio_s"] = {k: round(v, 3) for k, v in sorted(rec.items(), key=lambda kv: -kv[1])}
            t = time.perf_counter()
            for text in texts:
                detector.analyze(text)
            parts["detector_analyze_s"] = round(time.perf_counter() - t, 3)
            parts["detector_chars_per_s"] = round(chars / max(1e-9, parts["detector_analyze_s"]))
            md += ["", f"Detection engine on the shard's {len(texts)} texts ({chars} characters): "
                       f"`Detector.analyze` {parts['detector_analyze_s']:.2f} s "
                       f"({parts['detector_chars_per_s']} characters/s).", ""]
            md += pct_table(comp, sum(comp.values()), "spaCy component (one doc at a time)")
            md += ["", *pct_table(dict(sorted(rec.items(), key=lambda kv: -kv[1])[:15]), sum(rec.values()),
                                  "Presidio part (top 15)")]
        else:
            parts["note"] = "detector has no Presidio analyzer attribute: breakdown skipped"
        result["engine"] = parts

    (out / "profile.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
    (out / "profile.md").write_text("\n".join(md) + "\n", "utf-8")
    print("\n".join(md))
    print(f"\nfull tree: {out / 'profile.html'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
