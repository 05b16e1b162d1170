"""The sandbox: a reused child process, killed on timeout or memory exhaustion, restarted for
the next document; the batch goes on and every failure is a quarantine code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import extract_builders as b
import pytest
from aiguillage.extract.sandbox import ExtractionWorker, extract_safely, worker
from aiguillage.records import QuarantineError


def test_worker_is_reused_across_documents(make_file: Callable[[str, bytes], Path]) -> None:
    path = make_file("reuse.txt", b"Bonjour")
    extract_safely(path, "txt")
    w = worker()
    starts = w.starts
    for _ in range(5):
        assert "Bonjour" in extract_safely(path, "txt").text
    assert w.starts == starts


def test_timeout_kills_and_next_document_works(make_file: Callable[[str, bytes], Path]) -> None:
    slow = make_file("lent.txt", b.txt_million_chars())
    w = ExtractionWorker()
    try:
        with pytest.raises(QuarantineError) as info:
            w.extract(slow, "txt", timeout_s=0.01, mem_mb=2048)
        assert info.value.code == "TIMEOUT"
        assert w.proc is None  # killed
        ok = w.extract(make_file("apres.txt", b"suite du lot"), "txt", timeout_s=60, mem_mb=2048)
        assert ok.text == "suite du lot"
        assert w.starts == 2
    finally:
        w.stop()


def test_progress_extends_the_deadline(make_file: Callable[[str, bytes], Path]) -> None:
    """A long document that makes progress page after page is not killed by a timeout shorter
    than its whole extraction (a stuck parser makes no progress: see the loop test)."""
    import time

    from aiguillage.extract import extract

    path = make_file("douze-pages.pdf", b.pdf_pages(12))
    t = time.perf_counter()
    extract(path, "pdf")
    whole = time.perf_counter() - t
    w = ExtractionWorker()
    try:
        w.extract(path, "pdf", timeout_s=60, mem_mb=2048)  # warm
        ext = w.extract(path, "pdf", timeout_s=max(0.5, whole / 4), mem_mb=2048)
        assert ext.pages == 12
    finally:
        w.stop()


def test_memory_bomb_is_capped(make_file: Callable[[str, bytes], Path]) -> None:
    bomb = make_file("bombe-flate.pdf", b.pdf_flate_bomb(600))
    w = ExtractionWorker()
    try:
        with pytest.raises(QuarantineError) as info:
            w.extract(bomb, "pdf", timeout_s=60, mem_mb=400)
        assert info.value.code == "TOO_LARGE"
        assert "Bonjour" in w.extract(make_file("apres2.txt", b"Bonjour"), "txt", timeout_s=60,
                                      mem_mb=400).text
    finally:
        w.stop()


def test_crash_of_the_worker_is_a_quarantine(make_file: Callable[[str, bytes], Path]) -> None:
    import contextlib
    import os
    import signal
    import threading

    def segfault(pid: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGSEGV)

    bomb = make_file("bombe-lente.pdf", b.pdf_flate_bomb(600))
    w = ExtractionWorker()
    try:
        w.extract(make_file("x.txt", b"x"), "txt", timeout_s=60, mem_mb=2048)
        assert w.proc is not None
        timer = threading.Timer(0.2, segfault, (w.proc.pid,))
        timer.start()
        with pytest.raises(QuarantineError) as info:
            w.extract(bomb, "pdf", timeout_s=60, mem_mb=4096)  # busy inflating when it "crashes"
        timer.join()
        assert info.value.code == "EXTRACTOR_CRASHED"
        assert "SIGSEGV" in info.value.message
        assert w.extract(make_file("y.txt", b"y"), "txt", timeout_s=60, mem_mb=2048).text == "y"
    finally:
        w.stop()


def test_dead_idle_worker_is_replaced(make_file: Callable[[str, bytes], Path]) -> None:
    w = ExtractionWorker()
    try:
        w.extract(make_file("a.txt", b"a"), "txt", timeout_s=60, mem_mb=2048)
        assert w.proc is not None
        w.proc.kill()
        w.proc.wait()
        assert w.extract(make_file("b.txt", b"b"), "txt", timeout_s=60, mem_mb=2048).text == "b"
        assert w.starts == 2
    finally:
        w.stop()


def test_legacy_converter_missing_is_quarantined(make_file: Callable[[str, bytes], Path],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from aiguillage.extract import extract

    monkeypatch.setenv("AIGUILLAGE_SOFFICE", "/nonexistent/soffice")
    with pytest.raises(QuarantineError) as info:
        extract(make_file("lettre.rtf", b.rtf_letter()), "rtf")
    assert info.value.code == "LEGACY_CONVERTER_MISSING"


def test_ocr_unavailable_makes_the_document_unreadable(make_file: Callable[[str, bytes], Path],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from aiguillage.extract import extract

    monkeypatch.setenv("AIGUILLAGE_TESSERACT", "/nonexistent/tesseract")
    ext = extract(make_file("scan-sans-ocr.pdf", b.pdf_scanned()), "pdf")
    assert "unreadable" in ext.flags
    assert "ocr_unavailable" in ext.parts[0].flags


def test_an_empty_scratch_folder_serves_the_next_document(make_file: Callable[[str, bytes], Path]) -> None:
    """A scratch folder left empty by a clean extraction is the next one's (no folder created and
    removed per document); one that holds anything is removed; none is left once stopped."""
    path = make_file("scratch.txt", b"Bonjour")
    w = ExtractionWorker()
    try:
        w.extract(path, "txt", timeout_s=60, mem_mb=2048)
        spare = w._spare
        assert spare is not None and spare.is_dir() and not any(spare.iterdir())
        w.extract(path, "txt", timeout_s=60, mem_mb=2048)
        assert w._spare == spare
        (spare / "left-over").write_text("x")  # as if the extraction had written there
        w.extract(path, "txt", timeout_s=60, mem_mb=2048)
        assert not spare.exists() and w._spare is None  # removed, not kept
        w.extract(path, "txt", timeout_s=60, mem_mb=2048)
    finally:
        kept = w._spare
        w.stop()
    assert kept is not None and not kept.exists()
