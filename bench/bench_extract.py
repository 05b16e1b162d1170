"""Extraction throughput: pages/s on the generated sample corpus and on the real documents, in
process and through the sandboxed worker, against raw pypdfium2 text extraction (the ceiling).

    .venv/bin/python bench/bench_extract.py [--n 40] [--repeat 1] [--ocr]

Scanned PDFs (OCR) are measured separately with --ocr: they are two orders of magnitude slower
and would hide the text-PDF figures.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from aiguillage.extract import extract  # noqa: E402
from aiguillage.extract.sandbox import ExtractionWorker  # noqa: E402
from aiguillage.formats import sniff_format  # noqa: E402
from aiguillage.records import QuarantineError  # noqa: E402

REALDOCS = ROOT.parent / "shared" / "realdocs"
# Scans (and the cerfa: typed values over a scanned form) go through OCR: measured with --ocr.
SCANNED = {"CR_CM_20_06_2011.pdf", "CR_CM_25_07_2011.pdf", "CR_CM_28_03_2011.pdf", "cerfa_pdf_empty.pdf",
           "test.pdf"}


def pdfium_pages(paths: list[Path]) -> tuple[int, float]:
    import pypdfium2 as pdfium

    pages = 0
    t = time.perf_counter()
    for p in paths:
        doc = pdfium.PdfDocument(str(p))
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
            pages += 1
        doc.close()
    return pages, time.perf_counter() - t


def run(paths: list[Path], how: str, worker: ExtractionWorker | None = None) -> tuple[int, int, int, float]:
    pages = chars = failed = 0
    t = time.perf_counter()
    for p in paths:
        fmt = sniff_format(p)
        try:
            ext = worker.extract(p, fmt, 600, 2048) if worker else extract(p, fmt)
        except QuarantineError:
            failed += 1
            continue
        pages += ext.pages
        chars += len(ext.text)
    return pages, chars, failed, time.perf_counter() - t


def line(name: str, pages: int, chars: int, secs: float, failed: int = 0) -> str:
    extra = f", {failed} quarantined" if failed else ""
    return (f"  {name:<34} {pages:5d} pages {secs:7.2f} s  {pages / secs:8.1f} pages/s  "
            f"{chars / secs / 1000:7.1f} kchar/s{extra}")


def corpus(title: str, paths: list[Path], repeat: int) -> None:
    pdfs = [p for p in paths if sniff_format(p) == "pdf"]
    print(f"\n{title}: {len(paths)} files ({len(pdfs)} PDF)")
    best = {}
    w = ExtractionWorker()
    try:
        for warm in {sniff_format(p): p for p in paths}.values():  # imports paid before timing, both ways
            w.extract(warm, sniff_format(warm), 600, 2048)
            with contextlib.suppress(QuarantineError):
                extract(warm, sniff_format(warm))
        for _ in range(repeat):
            for how in ("in-process", "sandboxed"):
                res = run(paths, how, w if how == "sandboxed" else None)
                if how not in best or res[3] < best[how][3]:
                    best[how] = res
            for how in ("pdf in-process", "pdf sandboxed"):
                res = run(pdfs, how, w if "sandboxed" in how else None)
                if how not in best or res[3] < best[how][3]:
                    best[how] = res
            pdf_pages, pdf_secs = pdfium_pages(pdfs)
            if "pdfium" not in best or pdf_secs < best["pdfium"][3]:
                best["pdfium"] = (pdf_pages, 0, 0, pdf_secs)
    finally:
        w.stop()
    for how in ("in-process", "sandboxed", "pdf in-process", "pdf sandboxed"):
        pages, chars, failed, secs = best[how]
        print(line(how, pages, chars, secs, failed))
    pages, _, _, secs = best["pdfium"]
    print(line("pdf raw pypdfium2 (ceiling)", pages, 0, secs))
    ours = best["pdf in-process"][0] / best["pdf in-process"][3]
    print(f"  ratio to the ceiling (PDF, in-process): {ours / (pages / secs):.3f}  "
          f"(1/{(pages / secs) / ours:.0f})")
    overhead = best["sandboxed"][3] / best["in-process"][3] - 1
    print(f"  sandbox overhead on the whole corpus: {overhead * 100:+.1f} %")


def sandbox_costs() -> None:
    with tempfile.TemporaryDirectory() as d:
        tiny = Path(d) / "t.txt"
        tiny.write_text("bonjour")
        t = time.perf_counter()
        w = ExtractionWorker()
        w.extract(tiny, "txt", 60, 2048)
        start = time.perf_counter() - t
        t = time.perf_counter()
        for _ in range(200):
            w.extract(tiny, "txt", 60, 2048)
        per = (time.perf_counter() - t) / 200
        w.stop()
    print(f"\nsandbox: worker start {start * 1000:.0f} ms (once per shard), round trip {per * 1000:.2f} ms "
          "per document")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=40, help="documents in the generated sample corpus")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--ocr", action="store_true", help="also time OCR on one scanned minutes file")
    args = ap.parse_args()
    sandbox_costs()
    from aiguillage.samples import generate

    with tempfile.TemporaryDirectory() as d:
        generate(d, n=args.n, seed=42)
        samples = sorted(p for p in (Path(d) / "batch").rglob("*") if p.is_file() and p.stat().st_size > 0
                         and "broken" not in p.parts)
        corpus(f"sample corpus (aiguillage samples --n {args.n})", samples, args.repeat)
    real = sorted(p for p in REALDOCS.rglob("*") if p.suffix.lower() in {".pdf", ".docx", ".odt"}
                  and p.name not in SCANNED)
    corpus("real documents (shared/realdocs, text layers)", real, args.repeat)
    if args.ocr:
        print("\nOCR (tesseract fra, 300 dpi, one thread)")
        for scan in (ROOT / "tests" / "fixtures" / "realdocs" / "CR_CM_20_06_2011_page1.pdf",
                     REALDOCS / "cerfa_apprentissage" / "test.pdf"):
            pages, chars, failed, secs = run([scan], "in-process")
            print(line(scan.name, pages, chars, secs, failed))


if __name__ == "__main__":
    main()
