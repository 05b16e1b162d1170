"""Shard planning at scale: a 10,000-document batch is one DAG run, shards take similar time.

No timing here: only the plan (counts, balance, page estimates on real files) is checked.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from aiguillage.ingest import (
    COST_DOC_MS,
    MIN_SHARD_MS,
    estimate_cost_ms,
    estimate_pages,
    estimate_text_chars,
    plan_shards,
)
from aiguillage.records import Document

AIRFLOW_DEFAULT_MAX_MAP_LENGTH = 1024
DAG_DEFAULT_MAX_SHARDS = 32  # the ``max_shards`` param of dags/aiguillage_batch.py


def _fake(i: int, size: int = 3_000, fmt: str = "txt", dup: int | None = None) -> Document:
    content = f"c{dup if dup is not None else i}"
    return Document(doc_id="d" + hashlib.sha256(content.encode()).hexdigest()[:19], source=f"f{i:05d}",
                    path=f"/nonexistent/f{i:05d}", sha256="", size=size, format=fmt,
                    duplicate_of=None if dup is None else f"f{dup:05d}")


def _max_map_length() -> int:
    try:
        from airflow.configuration import conf

        return conf.getint("core", "max_map_length", fallback=AIRFLOW_DEFAULT_MAX_MAP_LENGTH)
    except Exception:  # Airflow not importable here: its documented default
        return AIRFLOW_DEFAULT_MAX_MAP_LENGTH


@pytest.mark.parametrize("max_shards", [DAG_DEFAULT_MAX_SHARDS, 512])
def test_ten_thousand_documents_plan_as_one_dag_run(max_shards: int) -> None:
    docs = [_fake(i, size=2_000 + 97 * (i % 50), fmt=("txt", "pdf", "docx")[i % 3]) for i in range(10_000)]
    shards = plan_shards(docs, max_shards=max_shards)
    assert 1 < len(shards) <= min(max_shards, _max_map_length())
    sources = [s for sh in shards for s in sh.sources]
    assert len(sources) == len(set(sources)) == 10_000
    assert [sh.index for sh in shards] == list(range(len(shards)))


def test_shards_balance_estimated_time_not_file_count() -> None:
    # one heavy document (a 300-page scan) among light ones: it gets a shard of its own weight
    heavy = _fake(0, size=30_000_000, fmt="pdf")
    docs = [heavy] + [_fake(i, size=2_000) for i in range(1, 400)]
    shards = plan_shards(docs, max_shards=4)
    loads = sorted(sh.weight for sh in shards)
    biggest_doc = max(estimate_cost_ms(d) for d in docs)
    assert loads[-1] - loads[0] <= biggest_doc
    assert min(len(sh.sources) for sh in shards) < 5 < max(len(sh.sources) for sh in shards)


def test_copies_stay_together_and_small_batches_stay_whole() -> None:
    docs = [_fake(i, size=300) for i in range(30)] + [_fake(30 + i, size=300, dup=i) for i in range(10)]
    assert len(plan_shards(docs, max_shards=8)) == 1  # far less than MIN_SHARD_MS of work
    shards = plan_shards(docs, max_shards=8, min_shard_ms=1)
    where = {s: sh.index for sh in shards for s in sh.sources}
    assert all(where[f"f{30 + i:05d}"] == where[f"f{i:05d}"] for i in range(10))
    assert len(shards) == 8


def test_parallel_width_is_filled_when_there_is_enough_work() -> None:
    per_doc = COST_DOC_MS + 1
    n = 4 * MIN_SHARD_MS // per_doc * 3  # about 12 minimal shards of work
    docs = [_fake(i, size=100, fmt="bin") for i in range(n)]
    assert len(plan_shards(docs, max_shards=8, max_docs=10**6)) == 8
    assert len(plan_shards(docs, max_shards=64, max_docs=10**6)) in range(10, 14)


def test_page_and_text_estimates_on_real_files(tmp_path: Path) -> None:
    from docx import Document as Docx
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for page in range(7):
        c.drawString(72, 720, f"Délibération, page {page + 1}")
        c.showPage()
    c.save()
    pdf = tmp_path / "d.pdf"
    pdf.write_bytes(buf.getvalue())
    pdf_doc = Document("d1", "d.pdf", str(pdf), "", pdf.stat().st_size, "pdf")
    assert estimate_pages(pdf_doc) == 7
    assert 1 <= estimate_pages(pdf_doc, limit=pdf.stat().st_size // 2) <= 20  # extrapolated, bounded

    short, long = tmp_path / "short.docx", tmp_path / "long.docx"
    for path, paragraphs in ((short, 2), (long, 200)):
        d = Docx()
        for _ in range(paragraphs):
            d.add_paragraph("Le conseil municipal, après en avoir délibéré, adopte la présente décision.")
        d.save(str(path))
    s = estimate_text_chars(Document("d2", "s", str(short), "", short.stat().st_size, "docx"))
    ln = estimate_text_chars(Document("d3", "l", str(long), "", long.stat().st_size, "docx"))
    assert 0 < s < ln and ln > 50 * 2 * 75 // 8  # grows with the text, not with the template
    one_page = estimate_cost_ms(Document("d4", "o", "/nonexistent", "", 2_000, "pdf"))
    assert estimate_cost_ms(pdf_doc) > 5 * (one_page - COST_DOC_MS)


def test_unreadable_or_remote_documents_fall_back_to_their_size() -> None:
    remote = Document("d5", "x.pdf", "s3://bucket/x.pdf", "", 1_000_000, "pdf")
    assert estimate_pages(remote) == 11
    broken = Document("d6", "x.docx", "/nonexistent/x.docx", "", 40_000, "docx")
    assert estimate_text_chars(broken) == 40_000


def test_a_large_cli_batch_gets_more_shards_than_workers_times_four(tmp_path: Path) -> None:
    """``plan(max_shard_docs=…)``: the CLI's cap on documents per shard (it recycles its worker
    processes between shards) wins over its ``max_shards`` of workers × 4."""
    from aiguillage.batch import plan

    inbox = tmp_path / "in"
    inbox.mkdir()
    for i in range(60):
        (inbox / f"note_{i:02d}.txt").write_text(f"Note de service numéro {i:02d}.\n" * 30)
    capped = plan(inbox, tmp_path / "out", "b1", max_shards=2, max_shard_docs=10)
    assert len(capped) == 6
    assert sum(s["documents"] for s in capped) == 60 and max(s["documents"] for s in capped) == 10
    assert len(plan(inbox, tmp_path / "out2", "b2", max_shards=2)) <= 2


def test_the_embedded_dag_run_plans_one_shard_per_slot_and_caps_shard_size(tmp_path: Path) -> None:
    """``make batch``: one shard per task slot (a second wave costs a ~5 s gap), more waves only
    when a shard would hold more than ~1,000 documents, never more than the DAG's Param allows."""
    from aiguillage.airflow_run import default_max_shards

    inbox = tmp_path / "in"
    (inbox / "sub").mkdir(parents=True)
    for i in range(2_400):
        (inbox / ("sub" if i % 2 else "") / f"f{i}.txt").write_text("x")
    assert default_max_shards(str(inbox), 2) == 4  # 2,400 files: two waves of two
    assert default_max_shards(str(inbox), 3) == 3  # 800 per shard: one wave
    assert default_max_shards(str(inbox), 300) == 300
    assert default_max_shards("s3://bucket/inbox", 2) == 4
    assert default_max_shards(str(inbox), 1_000) == 512
