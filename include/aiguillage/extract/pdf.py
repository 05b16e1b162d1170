"""PDF with pdfplumber: text in reading order (two-column pages included), tables, form fields,
annotations, metadata (Info and XMP), embedded files, invisible text, OCR of pages without text.

Invisible text (render mode 3/7, white on a white page, covered by a box drawn after it, glyphs
smaller than a point, outside the page) is extracted as a ``hidden`` part flagged
``invisible_text``: detection sees it, the reader of the PDF does not. To know what was drawn
after what, pages are pdfplumber ``Page`` subclasses that number each object in paint order and
give each character its text render mode (pdfminer keeps neither), through public methods
(``Page.process_object``, the device's ``render_string``), for this extraction only.
"""

from __future__ import annotations

import itertools
import re
import statistics
from functools import lru_cache
from pathlib import Path
from typing import Any

from aiguillage.extract.job import Job, progress
from aiguillage.records import Extraction, Part, QuarantineError

Obj = dict[str, Any]
_WHITE = 0.95


@lru_cache(maxsize=1)
def _classes() -> tuple[type, type]:
    """pdfplumber's ``Page`` and its page device, extended through their public methods (built on
    first use: pdfplumber is imported only when a PDF is read)."""
    from pdfminer.layout import LTChar, LTPage
    from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter
    from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
    from pdfplumber.utils.exceptions import PdfminerException

    class TextGraphicState(PDFGraphicState):
        """A character's graphic state that also says the text render mode it was shown with
        (pdfminer keeps the mode in the text state, which characters do not reference)."""

        def __init__(self, base: PDFGraphicState, render_mode: int) -> None:
            super().__init__()
            vars(self).update(vars(base))
            self.render_mode = render_mode

    class RenderModeDevice(PDFPageAggregatorWithMarkedContent):
        """pdfplumber's page device; each string's characters get its text render mode."""

        def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
            gs = TextGraphicState(graphicstate, int(getattr(textstate, "render", 0) or 0))
            super().render_string(textstate, seq, ncs, gs)

    class PaintOrderPage(Page):
        """A pdfplumber page whose objects say in which order they were painted (``zorder``:
        pdfplumber lists chars, rects, curves and images apart) and, for characters, with which
        text render mode (``render_mode``): what tells invisible or covered text from text."""

        def __init__(self, pdf: Any, page_obj: Any, page_number: int, initial_doctop: float) -> None:
            super().__init__(pdf, page_obj, page_number=page_number, initial_doctop=initial_doctop)
            self.paint_order = itertools.count(1)
            self.own_layout: LTPage | None = None

        @property
        def layout(self) -> LTPage:
            """pdfplumber's layout, made with :class:`RenderModeDevice` (kept until :meth:`close`)."""
            if self.own_layout is None:
                device = RenderModeDevice(self.pdf.rsrcmgr, pageno=self.page_number,
                                          laparams=self.pdf.laparams)
                interpreter = PDFPageInterpreter(self.pdf.rsrcmgr, device)
                try:
                    interpreter.process_page(self.page_obj)
                except Exception as exc:
                    raise PdfminerException(exc) from exc
                self.own_layout = device.get_result()
            return self.own_layout

        def process_object(self, obj: Any) -> Any:
            """pdfplumber's object, numbered in paint order (objects are processed in the order
            of the layout's tree, which is the order they were painted in)."""
            attr = super().process_object(obj)
            attr["zorder"] = next(self.paint_order)
            if isinstance(obj, LTChar):
                attr["render_mode"] = getattr(obj.graphicstate, "render_mode", 0)
            return attr

        def close(self) -> None:
            self.own_layout = None
            super().close()

    return PaintOrderPage, RenderModeDevice


def _pages(pdf: Any) -> list[Any]:
    """The PDF's pages as :class:`PaintOrderPage` s (as ``pdfplumber.PDF.pages`` makes its own)."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.utils.exceptions import PdfminerException

    page_class, _ = _classes()
    pages: list[Any] = []
    doctop = 0.0
    try:
        for number, page_obj in enumerate(PDFPage.create_pages(pdf.doc), start=1):
            page = page_class(pdf, page_obj, page_number=number, initial_doctop=doctop)
            pages.append(page)
            doctop += page.height
    except PdfminerException:
        raise
    except Exception as exc:
        raise PdfminerException(exc) from exc
    return pages


def preload_libraries() -> None:
    """Import pdfplumber and pdfminer (for a worker, before its first timeout starts)."""
    _classes()


def _check_trailer(path: Path) -> None:
    size = path.stat().st_size
    with path.open("rb") as fh:
        fh.seek(max(0, size - 2048))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise QuarantineError("CORRUPT", "truncated PDF (no end-of-file marker): content may be missing")


def extract_pdf(path: Path, job: Job) -> Extraction:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    _check_trailer(path)
    try:
        pdf = pdfplumber.open(path)
    except PDFPasswordIncorrect as exc:
        raise QuarantineError("ENCRYPTED",
                              "password-protected PDF (a password is needed to open it)") from exc
    except PDFEncryptionError as exc:
        raise QuarantineError("ENCRYPTED", "encrypted PDF with an unsupported encryption") from exc
    except PDFSyntaxError as exc:
        raise QuarantineError("CORRUPT", "damaged PDF (no readable structure)") from exc
    except Exception as exc:  # pdfplumber wraps pdfminer's errors in PdfminerException
        inner = exc.args[0] if exc.args else None
        if isinstance(inner, PDFPasswordIncorrect):
            raise QuarantineError("ENCRYPTED", "password-protected PDF (a password is needed to open it)") \
                from exc
        if isinstance(inner, PDFEncryptionError):
            raise QuarantineError("ENCRYPTED", "encrypted PDF with an unsupported encryption") from exc
        if isinstance(inner, PDFSyntaxError):
            raise QuarantineError("CORRUPT", "damaged PDF (no readable structure)") from exc
        raise
    with pdf:
        if pdf.doc.encryption is not None:
            raise QuarantineError("ENCRYPTED", "encrypted PDF (owner password or permissions): refused, "
                                               "the content cannot be vouched for")
        pages = _pages(pdf)
        n = len(pages)
        if n == 0:
            raise QuarantineError("CORRUPT", "PDF without pages")
        if n > job.limits.max_pages:
            raise QuarantineError("TOO_LARGE", f"PDF of {n} pages (cap {job.limits.max_pages})")
        parts: list[Part] = []
        ocr = _Ocr(path, job)
        for i, page in enumerate(pages, start=1):
            parts.extend(_page_parts(page, i, ocr))
            parts.extend(_annotations(page, i))
            page.close()
            progress()
        parts.extend(_form_fields(pdf.doc))
        meta = _metadata(pdf)
        if meta:
            parts.append(Part(meta, "metadata"))
        parts.extend(_embedded_files(pdf.doc, job))
        ocr.close()
    from aiguillage.extract.pdf_images import image_parts

    # pictures on pages with text, read by OCR (pages the page OCR read already are not read again)
    parts.extend(image_parts(path, job, skip={p.page for p in parts if "ocr" in p.flags}))
    flags = {f for p in parts for f in p.flags if f in {"unreadable", "invisible_text", "ocr"}}
    return Extraction(format="pdf", parts=tuple(parts), pages=n, flags=frozenset(flags))


# pages ------------------------------------------------------------------------------------------
def _page_parts(page: Any, number: int, ocr: _Ocr) -> list[Part]:
    chars: list[Obj] = page.chars
    if not any(c["text"].strip() for c in chars):
        if page.images or len(page.curves) + len(page.rects) > 200:
            return [ocr.page(number)]
        return []
    visible, hidden, reasons = _split_invisible(page, _dedupe(chars))
    parts: list[Part] = []
    tables: list[tuple[tuple[float, float, float, float], str]] = []
    if len(page.edges) >= 4:
        tables = _tables(page)
    if tables:
        boxes = [b for b, _ in tables]
        visible = [c for c in visible if not any(_inside(c, b) for b in boxes)]
    text = _reading_order(visible, float(page.width))
    if text.strip():
        parts.append(Part(text, "body", number))
    for _box, ttext in tables:
        parts.append(Part(ttext, "table", number))
    if hidden:
        htext = _reading_order(hidden, float(page.width), columns=False)
        if htext.strip():
            parts.append(Part(htext, "hidden", number, frozenset({"invisible_text"} | reasons)))
    if _mostly_image(page, visible):
        # a scan with a thin text layer (a stamp, typed values over a scanned form): the words
        # of the image are read too, or the page is unreadable
        parts.append(ocr.page(number))
    return parts


SCAN_MIN_COVER = 0.5
SCAN_MAX_CHARS = 1000


def _mostly_image(page: Any, visible: list[Obj]) -> bool:
    if not page.images or len(visible) >= SCAN_MAX_CHARS:
        return False
    x0, top, x1, bottom = (float(v) for v in page.bbox)
    area = max(1.0, (x1 - x0) * (bottom - top))
    covered = 0.0
    for im in page.images:
        w = max(0.0, min(float(im["x1"]), x1) - max(float(im["x0"]), x0))
        h = max(0.0, min(float(im["bottom"]), bottom) - max(float(im["top"]), top))
        covered += w * h
    return covered / area >= SCAN_MIN_COVER


def _dedupe(chars: list[Obj]) -> list[Obj]:
    """Drop characters drawn again at the same place (fake bold, form values stamped several
    times): "EEEEnnnn" hides a word from detection."""
    seen: set[tuple[str, int, int]] = set()
    out: list[Obj] = []
    for c in chars:
        key = (c["text"], round(c["x0"]), round(c["top"]))
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def _is_white(color: Any) -> bool:
    if not isinstance(color, (tuple, list)) or not color:
        return False
    try:
        vals = [float(v) for v in color]
    except (TypeError, ValueError):
        return False
    if len(vals) == 4:  # CMYK
        return all(v <= 1 - _WHITE for v in vals)
    return all(v >= _WHITE for v in vals)


def _split_invisible(page: Any, chars: list[Obj]) -> tuple[list[Obj], list[Obj], set[str]]:
    x0, top, x1, bottom = (float(v) for v in page.bbox)
    fills = [r for r in page.rects if r.get("fill") and r["width"] > 2 and r["height"] > 2]
    # boxes painted after some text, that could cover it
    covers = fills
    visible: list[Obj] = []
    hidden: list[Obj] = []
    reasons: set[str] = set()
    for c in chars:
        why = ""
        cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        z = c.get("zorder") or 0
        if c.get("render_mode") in (3, 7):
            why = "render_mode_invisible"
        elif c.get("size", 10) < 1.0:
            why = "tiny_text"
        elif not (x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1):
            why = "outside_page"
        elif any((r.get("zorder") or 0) > z and r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"]
                 for r in covers):
            why = "covered_text"
        elif _is_white(c.get("non_stroking_color")) and not any(
                (r.get("zorder") or 0) < z and not _is_white(r.get("non_stroking_color"))
                and r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"] for r in fills):
            why = "white_text"
        if why:
            if c["text"].strip():
                reasons.add(why)
            hidden.append(c)
        else:
            visible.append(c)
    return visible, hidden, reasons


def _inside(c: Obj, box: tuple[float, float, float, float]) -> bool:
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return bool(box[0] - 1 <= cx <= box[2] + 1 and box[1] - 1 <= cy <= box[3] + 1)


def _tables(page: Any) -> list[tuple[tuple[float, float, float, float], str]]:
    out: list[tuple[tuple[float, float, float, float], str]] = []
    for t in page.find_tables():
        rows = t.extract()
        text = "\n".join("\t".join(" ".join((cell or "").split()) for cell in row) for row in rows)
        if text.strip() and len(rows) >= 2:
            x0, top, x1, bottom = (float(v) for v in t.bbox)
            out.append(((x0, top, x1, bottom), text))
    return out


def _reading_order(chars: list[Obj], width: float, columns: bool = True) -> str:
    """Rows of words, top to bottom; a block of rows split by a common gap (two columns, a side
    bar) is read column by column."""
    from pdfplumber.utils.text import extract_words

    if not chars:
        return ""
    words = extract_words(chars, x_tolerance=2, y_tolerance=3, keep_blank_chars=False)
    rows: list[list[Obj]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= 3:
            rows[-1].append(w)
        else:
            rows.append([w])
    for r in rows:
        r.sort(key=lambda w: w["x0"])
    if not columns:
        return "\n".join(_row_text(r) for r in rows)
    out: list[str] = []
    i = 0
    while i < len(rows):
        block = _column_block(rows, i)
        if block is None:
            out.append(_row_text(rows[i]))
            i += 1
            continue
        end, cut = block
        left = [_row_text([w for w in r if w["x1"] <= cut]) for r in rows[i:end]]
        right = [_row_text([w for w in r if w["x0"] >= cut]) for r in rows[i:end]]
        out.extend(t for t in left + right if t)
        i = end
    return "\n".join(out)


_MIN_GAP = 12.0


def _column_block(rows: list[list[Obj]], i: int) -> tuple[int, float] | None:
    """If rows from ``i`` share a vertical gap (rows on both sides, the left side running text that
    reaches the gap: not a label/value table), return (end row, x of the cut)."""
    first = rows[i]
    for k in range(len(first) - 1):
        lo, hi = float(first[k]["x1"]), float(first[k + 1]["x0"])
        if hi - lo < _MIN_GAP:
            continue
        j = i + 1
        both, nleft, nright = 1, 1, 1
        while j < len(rows):
            r = rows[j]
            left = [w for w in r if w["x1"] <= lo + (hi - lo) / 2]
            right = [w for w in r if w["x0"] >= lo + (hi - lo) / 2]
            if len(left) + len(right) != len(r):
                break  # a word crosses the gap
            nlo = max(lo, max((float(w["x1"]) for w in left), default=lo))
            nhi = min(hi, min((float(w["x0"]) for w in right), default=hi))
            if nhi - nlo < 6:
                break
            lo, hi = nlo, nhi
            both += bool(left and right)
            nleft += bool(left)
            nright += bool(right)
            j += 1
        if both >= 2 and nleft >= 3 and nright >= 3:
            ends = [max(float(w["x1"]) for w in r if w["x1"] <= hi) for r in rows[i:j]
                    if any(w["x1"] <= hi for w in r)]
            margin = min(float(r[0]["x0"]) for r in rows[i:j])
            if ends and statistics.median(ends) >= margin + 0.6 * (lo - margin):
                return j, (lo + hi) / 2
    return None


def _row_text(row: list[Obj]) -> str:
    pieces: list[str] = []
    prev: Obj | None = None
    for w in row:
        if prev is not None:
            gap = w["x0"] - prev["x1"]
            pieces.append("\t" if gap > 3 * max(1.0, (prev["bottom"] - prev["top"])) else " ")
        pieces.append(w["text"])
        prev = w
    return "".join(pieces)


# annotations, forms, metadata, attachments ------------------------------------------------------
def _text(v: Any) -> str:
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    if isinstance(v, bytes):
        return decode_text(v)
    if isinstance(v, PSLiteral):
        return str(v.name)
    if isinstance(v, str):
        return v
    return ""


def _annotations(page: Any, number: int) -> list[Part]:
    lines: list[str] = []
    for a in page.annots or []:
        data = a.get("data") or {}
        subtype = _text(data.get("Subtype"))
        for key in ("contents", "title", "uri"):
            v = a.get(key)
            if isinstance(v, str) and v.strip():
                lines.append(v)
        subj = _text(data.get("Subj"))
        if subj.strip():
            lines.append(subj)
        if subtype == "FileAttachment":
            lines.append(_text(data.get("Contents")))
    text = "\n".join(x for x in dict.fromkeys(lines) if x.strip())
    return [Part(text, "annotation", number)] if text else []


def _form_fields(doc: Any) -> list[Part]:
    from pdfminer.pdftypes import resolve1

    acro = resolve1(doc.catalog.get("AcroForm"))
    if not isinstance(acro, dict):
        return []
    lines: list[str] = []
    seen: set[int] = set()

    def walk(ref: Any, depth: int) -> None:
        if depth > 30 or len(lines) > 100_000:
            return
        key = id(ref) if not hasattr(ref, "objid") else ref.objid
        if key in seen:
            return
        seen.add(key)
        f = resolve1(ref)
        if not isinstance(f, dict):
            return
        name = _text(resolve1(f.get("TU"))) or _text(resolve1(f.get("T")))
        value = resolve1(f.get("V"))
        values = [_text(resolve1(v)) for v in value] if isinstance(value, list) else [_text(value)]
        values = [v for v in values if v.strip() and v not in {"Off"}]
        if values:
            lines.append(f"{name}: {' ; '.join(values)}" if name else " ; ".join(values))
        for kid in resolve1(f.get("Kids")) or []:
            walk(kid, depth + 1)

    for field in resolve1(acro.get("Fields")) or []:
        walk(field, 0)
    return [Part("\n".join(lines), "form_field")] if lines else []


def _metadata(pdf: Any) -> str:
    from pdfminer.pdftypes import resolve1

    lines = [f"{k}: {v}" for k, v in (pdf.metadata or {}).items() if isinstance(v, str) and v.strip()]
    xmp = resolve1(pdf.doc.catalog.get("Metadata"))
    if xmp is not None and hasattr(xmp, "get_data"):
        raw = xmp.get_data()[:2_000_000].decode("utf-8", "replace")
        # tags stripped, never parsed: no entity of an XMP packet is ever expanded
        words = " ".join(t for t in re.sub(r"<[^>]*>", " ", raw).split() if t)
        if words:
            lines.append(f"XMP: {words}")
    return "\n".join(lines)


def _embedded_files(doc: Any, job: Job) -> list[Part]:
    from pdfminer.pdftypes import resolve1

    from aiguillage.extract import extract_member

    names = resolve1(doc.catalog.get("Names"))
    if not isinstance(names, dict):
        return []
    tree = resolve1(names.get("EmbeddedFiles"))
    specs: list[tuple[str, Any]] = []

    def walk(node: Any, depth: int) -> None:
        node = resolve1(node)
        if not isinstance(node, dict) or depth > 10:
            return
        arr = resolve1(node.get("Names")) or []
        for k in range(0, len(arr) - 1, 2):
            specs.append((_text(resolve1(arr[k])), resolve1(arr[k + 1])))
        for kid in resolve1(node.get("Kids")) or []:
            walk(kid, depth + 1)

    walk(tree, 0)
    parts: list[Part] = []
    labels: list[str] = []
    for n, (name, spec) in enumerate(specs, 1):
        if not isinstance(spec, dict):
            continue
        fname = _text(resolve1(spec.get("UF"))) or _text(resolve1(spec.get("F"))) or name
        labels.append(f"attachment {n}: {fname}")
        ef = resolve1(spec.get("EF"))
        stream = resolve1(ef.get("F")) if isinstance(ef, dict) else None
        if stream is not None and hasattr(stream, "get_data"):
            parts.extend(extract_member(stream.get_data(), f"PDF attachment {n}", job, fname))
    if labels:
        parts.append(Part("\n".join(labels), "metadata"))
    return parts


# OCR --------------------------------------------------------------------------------------------
class _Ocr:
    """Renders pages with pypdfium2 (opened only when a page needs OCR) and reads them."""

    def __init__(self, path: Path, job: Job) -> None:
        self.path = path
        self.job = job
        self.doc: Any = None
        self.done = 0

    def page(self, number: int) -> Part:
        from aiguillage.extract.ocr import ocr_image

        self.done += 1
        if self.done > self.job.limits.ocr_max_pages:
            return Part("", "body", number, frozenset({"ocr", "unreadable", "ocr_page_cap"}))
        import pypdfium2 as pdfium

        if self.doc is None:
            self.doc = pdfium.PdfDocument(str(self.path))
        page = self.doc[number - 1]
        try:
            image = page.render(scale=self.job.limits.ocr_dpi / 72, grayscale=True).to_pil()
        finally:
            page.close()
        return ocr_image(image, self.job).part(number, self.job.limits.ocr_min_confidence)

    def close(self) -> None:
        if self.doc is not None:
            self.doc.close()
