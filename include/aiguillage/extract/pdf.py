"""PDF with pdfplumber: text in reading order (two-column pages included), tables, form fields,
annotations, metadata (Info and XMP), embedded files, invisible text, OCR of pages without text.

Invisible text (render mode 3/7, white on a white page, covered by a box drawn after it, glyphs
smaller than a point, outside the page) is extracted as a ``hidden`` part flagged
``invisible_text``: detection sees it, the reader of the PDF does not. To know what was drawn
after what, two hooks tag each layout object with its paint order and each character with its
text render mode (pdfminer keeps neither).
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path
from typing import Any

from aiguillage.extract.job import Job, progress
from aiguillage.records import Extraction, Part, QuarantineError

Obj = dict[str, Any]
_WHITE = 0.95
_hooks_installed = False


def _install_hooks() -> None:
    """Tag layout objects with ``zorder`` and characters with ``render_mode`` (pdfplumber copies
    only the attributes named in ``ALL_ATTRS``: both are added to it)."""
    global _hooks_installed
    if _hooks_installed:
        return
    import pdfplumber.page as pp
    from pdfminer.layout import LTChar

    cls = pp.PDFPageAggregatorWithMarkedContent
    base_render_string = cls.render_string
    base_tag = cls.tag_cur_item

    def render_string(self: Any, textstate: Any, *args: Any, **kwargs: Any) -> Any:
        self._aig_render = getattr(textstate, "render", 0)
        return base_render_string(self, textstate, *args, **kwargs)

    def tag_cur_item(self: Any) -> None:
        base_tag(self)
        if self.cur_item._objs:
            obj = self.cur_item._objs[-1]
            self._aig_z = getattr(self, "_aig_z", 0) + 1
            obj.zorder = self._aig_z
            if isinstance(obj, LTChar):
                obj.render_mode = getattr(self, "_aig_render", 0)  # type: ignore[attr-defined]

    cls.render_string = render_string  # type: ignore[method-assign]
    cls.tag_cur_item = tag_cur_item  # type: ignore[method-assign]
    pp.ALL_ATTRS.update({"zorder", "render_mode"})
    pp.Page.process_object = _char_fast_path(pp.Page.process_object)  # type: ignore[method-assign]
    _hooks_installed = True


_SCALARS = (int, float, str, bool, type(None))  # values resolve_all returns as they are


def _char_fast_path(general: Any) -> Any:
    """pdfplumber's ``Page.process_object``, with a fast path for characters (pdfplumber 0.11.10).

    pdfplumber turns every pdfminer object into a dict by running ``resolve_all`` (a recursive
    resolver of PDF references) over each of its attributes: for characters, all numbers and
    strings, that is 60 % of a PDF's extraction time. The fast path builds the same dict, in
    the same key order, with the same values, and resolves only what is not a plain value;
    other objects (rects, curves, images) take pdfplumber's own path. ``tests/unit/extract/
    test_pdf_char_fast_path.py`` compares both on real and hostile PDFs."""
    from unicodedata import normalize as normalize_unicode

    from pdfminer.layout import LTChar
    from pdfplumber.page import ALL_ATTRS, fix_fontname_bytes
    from pdfplumber.utils.pdfinternals import resolve_all, resolve_and_decode

    names: dict[Any, Any] = {}
    scalars = frozenset(_SCALARS)

    def process_object(self: Any, obj: Any) -> Any:
        if type(obj) is not LTChar:
            return general(self, obj)
        attr = {}
        for k, v in obj.__dict__.items():
            if k in ALL_ATTRS:
                t = type(v)
                if t in scalars or (t is tuple and scalars.issuperset(map(type, v))):
                    attr[k] = v  # what resolve_all returns for it (an equal tuple)
                else:
                    attr[k] = resolve_all(v)
        attr["object_type"] = "char"
        attr["page_number"] = self.page_number
        for cs in ("ncs", "scs"):
            if hasattr(obj, cs):
                name = getattr(obj, cs).name
                if type(name) is not str:
                    attr[cs] = resolve_and_decode(name)
                else:
                    if name not in names:
                        names[name] = resolve_and_decode(name)
                    attr[cs] = names[name]
        text = obj.get_text()
        norm = self.pdf.unicode_norm
        attr["text"] = normalize_unicode(norm, text) if norm is not None else text
        gs = obj.graphicstate
        attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        if isinstance(attr["fontname"], bytes):
            attr["fontname"] = fix_fontname_bytes(attr["fontname"])
        mb_x0, mb_top = self.mediabox[:2]
        if "y0" in attr:
            height = self.height
            attr["top"] = (height - attr["y1"]) + mb_top
            attr["bottom"] = (height - attr["y0"]) + mb_top
            attr["doctop"] = self.initial_doctop + attr["top"]
        if "x0" in attr and mb_x0 != 0:
            attr["x0"] = attr["x0"] + mb_x0
            attr["x1"] = attr["x1"] + mb_x0
        return attr

    process_object.general = general  # type: ignore[attr-defined]  # the reference, for the tests
    return process_object


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

    _install_hooks()
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
        n = len(pdf.pages)
        if n == 0:
            raise QuarantineError("CORRUPT", "PDF without pages")
        if n > job.limits.max_pages:
            raise QuarantineError("TOO_LARGE", f"PDF of {n} pages (cap {job.limits.max_pages})")
        parts: list[Part] = []
        ocr = _Ocr(path, job)
        for i, page in enumerate(pdf.pages, start=1):
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
