"""The characters' fast path of PDF extraction (``extract.pdf._char_fast_path``) gives exactly
what pdfplumber's own ``Page.process_object`` gives: same objects, same keys in the same order,
same values — on real documents, hostile ones (invisible, white, covered, two columns, forms,
scans) and a generated batch. Everything the hidden-text checks read comes from these dicts."""

from __future__ import annotations

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


def _objects(path: Path, process_object: Any, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, list[Any]]]:
    import pdfplumber.page as pp

    monkeypatch.setattr(pp.Page, "process_object", process_object)
    with pdfplumber_open(path) as pdf:
        return [{kind: [_comparable(kind, o) for o in objs] for kind, objs in page.objects.items()}
                for page in pdf.pages]


def _comparable(kind: str, obj: dict[str, Any]) -> list[tuple[str, Any]]:
    """Characters as they are; other objects (pdfplumber's own path in both runs) with their
    PDF streams by repr (a stream is a new object each time the file is opened)."""
    if kind == "char":
        return list(obj.items())
    return [(k, repr(v) if type(v).__name__ == "PDFStream" else v) for k, v in obj.items()]


def pdfplumber_open(path: Path) -> Any:
    import pdfplumber

    return pdfplumber.open(path)


def _pdfs(tmp_path: Path) -> list[Path]:
    out = sorted(REALDOCS_FIXTURES.glob("*.pdf"))
    for name, build in BUILT.items():
        p = tmp_path / f"{name}.pdf"
        p.write_bytes(build())
        out.append(p)
    return out


def test_fast_path_is_installed() -> None:
    import pdfplumber.page as pp

    pdf_extract._install_hooks()
    assert hasattr(pp.Page.process_object, "general")


def test_characters_are_the_dicts_pdfplumber_makes(tmp_path: Path, sample_corpus: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfplumber.page as pp

    pdf_extract._install_hooks()
    fast = pp.Page.process_object
    general = fast.general  # type: ignore[attr-defined]
    pdfs = _pdfs(tmp_path) + sorted((sample_corpus / "batch").rglob("*.pdf"))
    assert len(pdfs) >= len(BUILT) + 4
    chars = 0
    unreadable = 0
    for path in pdfs:
        try:
            want = _objects(path, general, monkeypatch)
        except Exception as exc:  # a damaged file of the generated batch: the same failure both ways
            with pytest.raises(type(exc)):
                _objects(path, fast, monkeypatch)
            unreadable += 1
            continue
        got = _objects(path, fast, monkeypatch)
        assert got == want, path.name
        chars += sum(len(page.get("char", [])) for page in got)
    assert unreadable <= 2
    assert chars > 10_000  # the comparison saw real pages, not empty ones


def test_hidden_text_reasons_unchanged() -> None:
    """The checks that read the dicts still find what they found (render mode, white, covered)."""
    import tempfile

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

