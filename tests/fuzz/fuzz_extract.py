"""Mutation fuzzing of extraction: seeds from the hostile-file builders, bytes flipped, cut,
duplicated; every result must be an Extraction or a QuarantineError with a code, and the worker
must survive (or be replaced). Run by `make fuzz` (not collected by pytest).

    .venv/bin/python tests/fuzz/fuzz_extract.py --iterations 300 --seed 1
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "include"))
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "extract"))

import extract_builders as b  # noqa: E402
from aiguillage.extract.sandbox import ExtractionWorker  # noqa: E402
from aiguillage.formats import sniff_format  # noqa: E402
from aiguillage.records import Extraction, QuarantineError  # noqa: E402

SEEDS = [b.docx_first_page_header, b.docx_textbox, b.docx_tracked_change, b.odt_header_annotation,
         b.pdf_invisible, b.pdf_two_columns, b.eml_with_attachment, b.zip_with_docx, b.html_hidden,
         b.xlsx_with_cell, b.pdf_with_attachment_form_annotation]


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        if not buf:
            break
        i = rng.randrange(len(buf))
        if op < 0.5:
            buf[i] = rng.randrange(256)
        elif op < 0.7:
            del buf[i:i + rng.randint(1, 64)]
        elif op < 0.85:
            buf[i:i] = buf[i:i + rng.randint(1, 256)]
        else:
            buf = buf[:i]
    return bytes(buf)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=15)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seeds = [f() for f in SEEDS]
    outcomes: Counter[str] = Counter()
    worker = ExtractionWorker()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as d:
        for i in range(args.iterations):
            path = Path(d) / f"case{i}"
            path.write_bytes(mutate(rng.choice(seeds), rng))
            try:
                result = worker.extract(path, sniff_format(path), args.timeout, 1024)
                assert isinstance(result, Extraction)
                outcomes["extracted"] += 1
            except QuarantineError as exc:
                assert exc.code and exc.message
                outcomes[exc.code] += 1
            path.unlink()
    worker.stop()
    secs = time.perf_counter() - started
    print(f"{args.iterations} mutated files in {secs:.1f} s, worker starts: {worker.starts}")
    for code, n in outcomes.most_common():
        print(f"  {code:<24} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
