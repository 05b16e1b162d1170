"""Long documents: is the cost of one document linear in its length?

    .venv/bin/python bench/long_documents.py [--pages 4,16,64] [--formats pdf,docx] [--out bench-out/long]

Batches are tens of thousands of *pages*, and an administration's documents are not all one-page
letters: a dossier, a register or a deliberation runs to dozens or hundreds of pages. Anything
quadratic in a document's length (a walk over every token for every finding, a regular
expression over the whole text for every value) is invisible on the 500 one-page documents of
``bench.py`` and dominant here.

For each size, a "dossier" is made of that many pages of generated letters (``aiguillage.samples``:
names, addresses, NIR, IBAN... on every page), rendered as PDF and DOCX, and run alone through the
CLI's unit of work (``batch.run_shard`` with the models already loaded, so that only the document
is timed). Printed and written to ``<out>/long.md`` and ``<out>/long.json``: seconds, ms per page
and per 1,000 characters (flat = linear), the route and the number of replacements.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
if str(ROOT / "include") not in sys.path:
    sys.path.insert(0, str(ROOT / "include"))


def dossier(pages: int, seed: int = 7) -> Any:
    """One document of about ``pages`` pages: generated letters one after the other."""
    from aiguillage import samples
    from faker import Faker

    rng = random.Random(seed)
    fake = Faker("fr_FR")
    fake.seed_instance(seed)
    paragraphs: list[str] = []
    pii: list[str] = []
    # a generated letter fills about a third of an A4 page
    for _ in range(max(1, pages * 3)):
        letter = samples._letter(fake, rng)
        paragraphs += letter.paragraphs
        pii += letter.pii
    return samples.SampleDoc("letter", "public", "Dossier", paragraphs, pii=pii, reasons=["RGPD_PERSONAL"])


def page_count(path: Path, fmt: str) -> int:
    if fmt != "pdf":
        return 0
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def run_one(path: Path, work: Path) -> dict[str, Any]:
    from aiguillage.batch import plan, run_shard
    from aiguillage.pipeline import Context

    shutil.rmtree(work, ignore_errors=True)
    plan(path.parent, work, "long", max_shards=1)
    ctx = Context.create(work, None)
    started = time.perf_counter()
    run_shard(work, "long", 0, None, ctx=ctx)
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 3), **_outcome(work)}


def _outcome(work: Path) -> dict[str, Any]:
    """Route, characters, findings and release copy of the single document (the shard's record)."""
    for f in sorted((work / ".work").rglob("shard-*.jsonl")):
        for ln in f.read_text().splitlines():
            rec = json.loads(ln)
            if isinstance(rec, dict) and "route" in rec:
                return {"route": rec["route"], "extracted_chars": rec.get("chars"),
                        "findings": sum((rec.get("entities") or {}).values()),
                        "verification": rec.get("verification"), "release": rec.get("release") or ""}
    return {"route": None}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", default="4,16,64")
    ap.add_argument("--formats", default="pdf,docx")
    ap.add_argument("--out", type=Path, default=ROOT / "bench-out" / "long")
    ns = ap.parse_args(argv)
    from aiguillage import samples
    from aiguillage.detect.engine import Detector

    Detector.get().analyze("Chargement du modèle.")
    ns.out.mkdir(parents=True, exist_ok=True)
    # one small document first: what loads on first use (the extraction sandbox...) is not timed
    warm = ns.out / "docs" / "warm"
    shutil.rmtree(warm, ignore_errors=True)
    warm.mkdir(parents=True)
    (warm / "warm.pdf").write_bytes(samples.render_pdf(dossier(1)))
    run_one(warm / "warm.pdf", ns.out / "runs" / "warm")
    rows: list[dict[str, Any]] = []
    for fmt in ns.formats.split(","):
        for pages in (int(p) for p in ns.pages.split(",")):
            folder = ns.out / "docs" / f"{fmt}-{pages}"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            doc = dossier(pages)
            path = folder / f"dossier.{fmt}"
            path.write_bytes(samples.render_pdf(doc) if fmt == "pdf" else samples.render_docx(doc))
            res = run_one(path, ns.out / "runs" / f"{fmt}-{pages}")
            chars = sum(len(p) + 1 for p in doc.paragraphs)
            real_pages = page_count(path, fmt) or pages
            row = {"format": fmt, "pages": real_pages, "chars": chars, **res,
                   "ms_per_page": round(1000 * res["seconds"] / real_pages, 1),
                   "ms_per_1k_chars": round(1000 * res["seconds"] / (chars / 1000), 1)}
            rows.append(row)
            print(json.dumps(row), flush=True)
    lines = ["| format | pages | characters | findings | seconds | ms / page | ms / 1k chars | route "
             "| release |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"]
    lines += [f"| {r['format']} | {r['pages']} | {r['chars']} | {r.get('findings')} | {r['seconds']} | "
              f"{r['ms_per_page']} | {r['ms_per_1k_chars']} | {r['route']} | {r.get('release') or '-'} |"
              for r in rows]
    (ns.out / "long.md").write_text("\n".join(lines) + "\n")
    (ns.out / "long.json").write_text(json.dumps(rows, indent=1))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
