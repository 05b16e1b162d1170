"""OCR with Tesseract (French) for pages without a text layer and for scanned images.

Tesseract runs as a subprocess (TSV output: words with confidences). When it is missing, lacks
the French model, fails, or reads with a mean confidence under the cap, the text it may have read
is kept but the page is flagged ``unreadable``: the policy then routes the document sovereign
(UNREADABLE), never public.
"""

from __future__ import annotations

import io
import os
import subprocess
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiguillage.extract.job import Job, progress
from aiguillage.extract.limits import tool
from aiguillage.records import Extraction, Part, QuarantineError

MAX_PIXELS = 120_000_000
DECORATION_PIXELS = 200_000   # under this, an image is a logo or an icon, not a scanned page
SCAN_PIXELS = 1_500_000       # from this, an image inside an Office document is a scanned page
# From this, a picture may hold text (a pasted identity card, a signature block, a stamp): it is
# read too, its text joins detection, but a low confidence does not make the document unreadable
# (a logo, a photograph) — release copies never carry a picture that was not read clean.
TEXT_PIXELS = 20_000
TEXT_MIN_SIDE = 24
RASTER_FORMATS = frozenset({"PNG", "JPEG", "TIFF", "BMP", "GIF", "WEBP", "JPEG2000"})


@dataclass(frozen=True, slots=True)
class OcrResult:
    text: str
    confidence: float  # mean word confidence, 0-100; -1 when OCR could not run
    problem: str = ""

    def part(self, page: int | None, min_confidence: float) -> Part:
        flags = {"ocr"}
        if self.problem or self.confidence < min_confidence:
            flags.add("unreadable")
        if self.problem:
            flags.add("ocr_unavailable")
        return Part(self.text, "body", page, frozenset(flags))


def ocr_image(image: Any, job: Job) -> OcrResult:
    """OCR a PIL image with ``tesseract -l fra``; never raises for an OCR failure."""
    exe = tool("tesseract")
    if exe is None:
        return OcrResult("", -1.0, "tesseract is not installed")
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        proc = subprocess.run([exe, "stdin", "stdout", "-l", "fra", "--psm", "3", "tsv"],
                              input=buf.getvalue(),
                              capture_output=True, timeout=job.limits.convert_timeout_s, env=env, check=False)
    except subprocess.TimeoutExpired:
        return OcrResult("", -1.0, "tesseract timed out")
    except OSError as exc:
        return OcrResult("", -1.0, f"tesseract could not run ({type(exc).__name__})")
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace")
        problem = "French model for tesseract missing" if "fra" in err and "load" in err.lower() else \
            f"tesseract failed (exit {proc.returncode})"
        return OcrResult("", -1.0, problem)
    return _parse_tsv(proc.stdout.decode("utf-8", "replace"))


def _parse_tsv(tsv: str) -> OcrResult:
    lines: dict[tuple[int, int, int], list[str]] = {}
    total = 0.0
    weight = 0
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        word = cols[11]
        try:
            conf = float(cols[10])
        except ValueError:
            continue
        if not word.strip() or conf < 0:
            continue
        key = (int(cols[2]), int(cols[3]), int(cols[4]))
        lines.setdefault(key, []).append(word)
        total += conf * len(word)
        weight += len(word)
    text = "\n".join(" ".join(ws) for _, ws in sorted(lines.items()))
    return OcrResult(text, total / weight if weight else 0.0)


def open_image(data: bytes) -> Any:
    """Open an image with a pixel cap (decompression bombs)."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data))
            img.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise QuarantineError("TOO_LARGE", "image with too many pixels (decompression bomb)") from exc
    return img


def office_images(members: list[tuple[str, bytes]], job: Job) -> list[Part]:
    """Pictures inside an Office/ODF document that are large enough to hold text (a pasted ID
    card, a signature, a scanned letter) are read by OCR; icons are not. Only a picture of the
    size of a scanned page makes the document unreadable when it cannot be read."""
    from PIL import Image

    parts: list[Part] = []
    n = 0
    for _name, data in members:
        try:
            with Image.open(io.BytesIO(data)) as probe:  # reads the header only
                pixels = probe.width * probe.height
                side = min(probe.width, probe.height)
                raster = probe.format in RASTER_FORMATS
        except Exception:  # not an image PIL knows: not a scan
            continue
        if pixels < TEXT_PIXELS or side < TEXT_MIN_SIDE or not raster:  # vector pictures: drawings
            continue
        n += 1
        if n > job.limits.ocr_max_pages:
            parts.append(Part("", "image", None, frozenset({"ocr", "unreadable", "ocr_page_cap"})))
            break
        img = open_image(data)
        part = ocr_image(img.convert("L"), job).part(None, job.limits.ocr_min_confidence)
        flags = part.flags
        if pixels < SCAN_PIXELS and "ocr_unavailable" not in flags:
            flags = flags - {"unreadable"}
        parts.append(Part(part.text, "image", None, flags))
        progress()
    return parts


def extract_image(path: Path, job: Job) -> Extraction:
    """A scanned page as an image (PNG, JPEG, multi-page TIFF)."""
    from PIL import ImageSequence

    img = open_image(path.read_bytes())
    parts: list[Part] = []
    for i, frame in enumerate(ImageSequence.Iterator(img), start=1):
        if i > job.limits.ocr_max_pages:
            parts.append(Part("", "body", i, frozenset({"ocr", "unreadable", "ocr_page_cap"})))
            break
        part = ocr_image(frame.convert("L"), job).part(i, job.limits.ocr_min_confidence)
        if frame.width * frame.height < DECORATION_PIXELS and "ocr_unavailable" not in part.flags:
            # a logo or an icon: what OCR reads is kept, its low confidence does not make the
            # document unreadable (a scan of a page is far larger)
            part = Part(part.text, part.kind, part.page, part.flags - {"unreadable"})
        parts.append(part)
        progress()
    flags = {"ocr"} | ({"unreadable"} if any("unreadable" in p.flags for p in parts) else set())
    return Extraction(format=str(img.format or "image").lower(), parts=tuple(parts), pages=len(parts),
                      flags=frozenset(flags))
