"""Documents extracted ahead of their turn (``pipeline.extract_ahead``) and lines analysed in one
batch (``Detector.prefetch``): an optimisation that must change no decision and no output, and
must never route a content with an extraction made of other bytes."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from aiguillage import pipeline
from aiguillage.batch import plan, shard_documents
from aiguillage.detect import engine
from aiguillage.detect.lines import LineCache
from aiguillage.pipeline import Context, extract_ahead, process_document, process_shard
from aiguillage.records import Extraction, QuarantineError, Route

CLEAN = "Le conseil municipal approuve le budget primitif de l'exercice.\n"
PERSONAL = "Monsieur Jean Dupont, né le 12/03/1971, demeurant 4 rue des Lilas 75011 Paris.\n"


def _planned(src: Path, work: Path) -> list[Any]:
    plan(src, work, "b", max_shards=1)
    return shard_documents(work, "b", 0)


def _batch(tmp_path: Path, files: dict[str, str | bytes]) -> tuple[Path, list[Any]]:
    """An input folder of ``files`` (name → content), planned: (output folder, its documents)."""
    src = tmp_path / "in"
    src.mkdir()
    for name, content in files.items():
        if isinstance(content, bytes):
            (src / name).write_bytes(content)
        else:
            (src / name).write_text(content, "utf-8")
    work = tmp_path / "out"
    return work, _planned(src, work)


def _summary(outcomes: list[Any]) -> list[tuple[Any, ...]]:
    return sorted((o.doc_id, o.route.value, tuple(sorted(o.entities.items())),
                   tuple(r.code for r in o.reasons), o.verification) for o in outcomes)


def _files(work: Path, area: str, name: str) -> dict[str, bytes]:
    return {p.parent.name: p.read_bytes() for p in sorted((work / area).glob(f"*/{name}"))}


def test_lookahead_routes_and_publishes_like_one_document_at_a_time(sample_corpus: Path, tmp_path: Path,
                                                                     detector: Any) -> None:
    results = {}
    for la in (1, 16):
        work = tmp_path / f"la{la}"
        docs = _planned(sample_corpus / "batch", work)
        outcomes = process_shard(Context.create(work), docs, lookahead=la)
        results[la] = (_summary(outcomes), _files(work, "public", "text.txt"),
                       _files(work, "sovereign", "findings.json"))
    assert len(results[1][0]) == len(list((sample_corpus / "batch").rglob("*.*")))
    assert {r[1] for r in results[1][0]} >= {"public", "sovereign"}
    assert results[16] == results[1]


def test_prefetch_caches_every_line_and_changes_no_finding(sample_corpus: Path, tmp_path: Path,
                                                            detector: Any) -> None:
    from aiguillage.extract import extract

    docs = _planned(sample_corpus / "batch", tmp_path / "w")
    texts = []
    for d in docs:
        try:
            texts.append(extract(d.path, d.format).text)
        except QuarantineError:
            continue
    alone = [detector.analyze(t) for t in texts]
    cache = LineCache()
    piped = detector.prefetch(texts, cache)
    assert piped > 0
    wanted = {p for t in texts for _, c in engine.split_chunks(t) for p in engine.split_pieces(c)}
    assert len(cache.get_many(wanted)) == len(wanted)  # nothing left to pipe
    assert [detector.analyze(t, cache=cache) for t in texts] == alone


def test_prefetch_stops_before_evicting_what_it_cached(detector: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    cache = LineCache(size=8)
    first = "".join(f"Ligne numéro {i} d'un rapport annuel assez long pour être seule.\n\n" for i in range(6))
    second = "".join(f"Autre ligne {i} d'un autre rapport, elle aussi assez longue.\n\n" for i in range(6))
    assert detector.prefetch([first, second], cache) == 6  # the first text always; the second would not fit
    assert all(line not in cache for line in engine.split_pieces(second))


def test_a_file_changed_after_its_extraction_ahead_is_read_again(tmp_path: Path, detector: Any) -> None:
    work, docs = _batch(tmp_path, {"a.txt": CLEAN, "b.txt": CLEAN.replace("budget", "compte administratif")})
    ctx = Context.create(work)
    ahead = extract_ahead(ctx, docs)
    assert set(ahead) == {d.sha256 for d in docs}
    changed = next(d for d in docs if Path(d.path).name == "a.txt")
    Path(changed.path).write_text(PERSONAL, "utf-8")

    out = process_document(ctx, changed, ahead)

    assert out.sha256 != changed.sha256 and out.extra["planned_sha256"] == changed.sha256
    assert out.entities.get("PERSON", 0) >= 1  # the new text was read, not the one extracted ahead
    if out.route is Route.PUBLIC:
        assert "Dupont" not in (work / "public" / out.doc_id / "text.txt").read_text("utf-8")


def test_a_failed_extraction_ahead_is_kept_not_repeated(tmp_path: Path, detector: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    work, docs = _batch(tmp_path, {"broken.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer garbage\n",
                                   "ok.txt": CLEAN})
    calls: list[str] = []
    real = pipeline.extract_safely

    def counting(path: Any, fmt: str) -> Extraction:
        calls.append(fmt)
        return real(path, fmt)

    monkeypatch.setattr(pipeline, "extract_safely", counting)
    outcomes = process_shard(Context.create(work), docs, lookahead=16)

    assert sorted(calls) == sorted(d.format for d in docs)  # each file read once
    broken = next(o for o in outcomes if o.format == "pdf")
    assert broken.route is Route.QUARANTINE
    assert (work / "quarantine" / broken.doc_id / "reason.json").exists()


def test_a_rerun_extracts_nothing_ahead(tmp_path: Path, detector: Any) -> None:
    work, docs = _batch(tmp_path, {f"{i}.txt": CLEAN.replace("budget", f"budget {i}") for i in range(3)})
    first = process_shard(Context.create(work), docs)
    assert {o.route for o in first} == {Route.PUBLIC}
    assert extract_ahead(Context.create(work), docs) == {}
    again = process_shard(Context.create(work), docs)
    assert all(o.extra.get("reused") for o in again)
    shutil.rmtree(work)


def test_an_unexpected_failure_ahead_is_left_to_the_documents_turn(tmp_path: Path, detector: Any,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug while extracting ahead must not fail the shard: the document is processed in its
    turn, where such a failure is a quarantine with its reason (fail closed, nothing lost)."""
    work, docs = _batch(tmp_path, {"a.txt": CLEAN, "b.txt": CLEAN.replace("budget", "compte")})

    def broken(path: Any, fmt: str, timeout_s: float | None = None) -> Extraction:
        raise RuntimeError("bug")

    monkeypatch.setattr(pipeline, "extract_safely", broken)
    assert extract_ahead(Context.create(work), docs) == {}
    outcomes = process_shard(Context.create(work), docs)
    assert [o.route for o in outcomes] == [Route.QUARANTINE, Route.QUARANTINE]
    assert {o.reasons[0].code for o in outcomes} == {"INTERNAL_ERROR"}


def test_extractions_made_early_are_used_and_not_repeated(tmp_path: Path, detector: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """What the CLI's main process extracts while the models load (``extract_early``) crosses to
    the worker (pickled) and replaces the extraction of those documents; the outcomes are those
    of a shard that extracts everything itself."""
    import pickle

    files: dict[str, str | bytes] = {f"{i:02d}.txt": (PERSONAL if i % 3 == 0 else CLEAN) + f"Pièce {i}.\n"
                                     for i in range(7)}
    files["broken.pdf"] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer garbage\n"
    work, docs = _batch(tmp_path, files)
    found: list[pipeline.Ahead] = [{}]
    pipeline.extract_early([docs], found, lambda: False, per_shard=5)
    assert set(found[0]) == {d.sha256 for d in docs[:5]}
    ready = pickle.loads(pickle.dumps(found[0]))  # as the pool carries it to a worker
    failed = [v for v in ready.values() if isinstance(v, QuarantineError)]
    assert [(e.code, e.message) for e in failed] == [(e.code, e.message) for e in found[0].values()
                                                     if isinstance(e, QuarantineError)]

    calls: list[str] = []
    real = pipeline.extract_safely

    def counting(path: Any, fmt: str) -> Extraction:
        calls.append(Path(path).name)
        return real(path, fmt)

    monkeypatch.setattr(pipeline, "extract_safely", counting)
    with_ready = process_shard(Context.create(work), docs, ready=ready)
    assert sorted(calls) == sorted(Path(d.path).name for d in docs[5:])  # the others were ready
    shutil.rmtree(work)
    (tmp_path / "again").mkdir()
    work, docs = _batch(tmp_path / "again", files)
    assert _summary(process_shard(Context.create(work), docs)) == _summary(with_ready)


def test_early_extraction_takes_the_shards_as_the_workers_will(tmp_path: Path) -> None:
    """Four shards for two workers: the first two in turn, then the next two; never a later
    shard's document before an earlier pair is done."""
    _, docs = _batch(tmp_path, {f"{i}.txt": CLEAN.replace("budget", f"budget {i}") for i in range(8)})
    shards = [docs[0:2], docs[2:4], docs[4:6], docs[6:8]]
    found: list[pipeline.Ahead] = [{} for _ in shards]
    pipeline.extract_early(shards, found, lambda: sum(map(len, found)) >= 5, parallel=2)
    assert [len(f) for f in found] == [2, 2, 1, 0]
    assert set(found[2]) == {docs[4].sha256}


def test_early_extraction_stops_when_told_and_skips_changed_files(tmp_path: Path) -> None:
    _, docs = _batch(tmp_path, {f"{i}.txt": CLEAN.replace("budget", f"budget {i}") for i in range(6)})
    found: list[pipeline.Ahead] = [{}, {}]
    pipeline.extract_early([docs[:3], docs[3:]], found, lambda: sum(map(len, found)) >= 3, parallel=2)
    # in turn: first of shard 0, first of shard 1, second of shard 0, then told to stop
    assert [set(f) for f in found] == [{docs[0].sha256, docs[1].sha256}, {docs[3].sha256}]
    Path(docs[4].path).write_text(PERSONAL, "utf-8")  # no longer the planned content
    found = [{}, {}]
    pipeline.extract_early([docs[:3], docs[3:]], found, lambda: False, parallel=2)
    assert docs[4].sha256 not in found[1] and len(found[0]) == 3 and len(found[1]) == 2
