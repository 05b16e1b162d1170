"""PDF pages are pdfplumber ``Page`` subclasses that add paint order and text render mode to
pdfplumber's own objects, without changing pdfplumber: same objects, same keys, same values as
``pdfplumber.open(...).pages`` — on real documents, hostile ones (invisible, white, covered, two
columns, forms, scans) and a generated batch. Everything the hidden-text checks read comes
from these dicts."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import extract_builders as b
import pytest
from aiguillage.extract import pdf as pdf_extract

REALDOCS_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "realdocs"

BUILT: dict[str, Callable[[], bytes]] = {
    "text": lambda: b.pdf_text([f"Contact {b.EMAIL}", f"Monsieur {b.NAME}, IBAN {b.IBAN}"]),
    "pages": lambda: b.pdf_pages(3),
    "invisible": b.pdf_invisible,
    "two_columns": b.pdf_two_columns,
    "scanned": b.pdf_scanned,
    "form_annotation_attachment": b.pdf_with_attachment_form_annotation,
}


def _comparable(kind: str, obj: dict[str, Any]) -> list[tuple[str, Any]]:
    """An object without what extraction adds, its PDF streams by repr (a stream is a new object
    each time the file is opened)."""
    return [(k, repr(v) if type(v).__name__ == "PDFStream" else v) for k, v in obj.items()
            if k not in ("zorder", "render_mode")]


def _pdfs(tmp_path: Path) -> list[Path]:
    out = sorted(REALDOCS_FIXTURES.glob("*.pdf"))
    for name, build in BUILT.items():
        p = tmp_path / f"{name}.pdf"
        p.write_bytes(build())
        out.append(p)
    return out


def test_pdfplumber_itself_is_left_alone() -> None:
    import pdfplumber.page as pp

    pdf_extract.preload_libraries()
    assert pp.Page.process_object.__module__ == "pdfplumber.page"
    assert pp.PDFPageAggregatorWithMarkedContent.render_string.__module__.startswith("pdfminer")
    assert not {"zorder", "render_mode"} & set(pp.ALL_ATTRS)


def test_objects_are_pdfplumbers_plus_paint_order(tmp_path: Path, sample_corpus: Path) -> None:
    """Every object is the dict pdfplumber makes, with ``zorder`` (1, 2, 3... in the order of the
    layout, which is the paint order) and, for characters, ``render_mode``."""
    import pdfplumber

    pdfs = _pdfs(tmp_path) + sorted((sample_corpus / "batch").rglob("*.pdf"))
    chars = unreadable = 0
    for path in pdfs:
        try:
            with pdfplumber.open(path) as pdf:
                want = [{k: [_comparable(k, o) for o in objs] for k, objs in page.objects.items()}
                        for page in pdf.pages]
        except Exception as exc:  # a damaged file of the generated batch: the same failure both ways
            with pytest.raises(type(exc)), pdfplumber.open(path) as pdf:
                pdf_extract._pages(pdf)[0].objects  # noqa: B018
            unreadable += 1
            continue
        with pdfplumber.open(path) as pdf:
            pages = pdf_extract._pages(pdf)
            got = [{k: [_comparable(k, o) for o in objs] for k, objs in page.objects.items()}
                   for page in pages]
            for page in pages:
                orders = sorted(o["zorder"] for objs in page.objects.values() for o in objs)
                assert orders == list(range(1, len(orders) + 1)), path.name
                assert all(c["render_mode"] in range(8) for c in page.chars)
        assert got == want, path.name
        chars += sum(len(page.get("char", [])) for page in got)
    assert unreadable <= 2
    assert chars > 10_000  # the comparison saw real pages, not empty ones


def test_render_mode_and_paint_order_are_read() -> None:
    """Text in render mode 3 is marked so; a box painted over text is painted after it."""
    import pdfplumber

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "invisible.pdf"
        path.write_bytes(b.pdf_invisible())
        with pdfplumber.open(path) as pdf:
            page = pdf_extract._pages(pdf)[0]
            modes = {c["render_mode"] for c in page.chars}
            assert 3 in modes or 7 in modes
            assert 0 in modes


def test_hidden_text_reasons_unchanged() -> None:
    """The checks that read the dicts still find what they found (render mode, white, covered)."""
    from aiguillage.extract import extract

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "invisible.pdf"
        path.write_bytes(b.pdf_invisible())
        ext = extract(path, "pdf")
    hidden = [p for p in ext.parts if p.kind == "hidden"]
    body = "\n".join(p.text for p in ext.parts if p.kind == "body")
    assert hidden and "invisible_text" in hidden[0].flags
    for value in (b.EMAIL, b.PHONE, b.NAME):
        assert value in hidden[0].text and value not in body

