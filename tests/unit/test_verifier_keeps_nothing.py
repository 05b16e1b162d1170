"""The verifier shares no cache: each reading of a PDF page (builder's or verifier's) reads the
page, and no module-level container of the verifier keeps anything between documents."""

from __future__ import annotations

import hashlib
from typing import Any

import pypdfium2 as pdfium
import pytest
from aiguillage import samples, verify


def _pdf(pages: int) -> bytes:
    doc = samples.SampleDoc("report", "public", "Rapport", ["Texte du rapport. " * 40] * (6 * pages))
    return samples.render_pdf(doc)


def test_every_reading_of_a_page_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    real = verify.pdf_page_text

    def counting(textpage: Any) -> Any:
        reads.append(1)
        return real(textpage)

    monkeypatch.setattr(verify, "pdf_page_text", counting)
    data = _pdf(3)
    digest = hashlib.sha256(data).digest()
    doc = pdfium.PdfDocument(data)
    try:
        n = len(doc)
        assert n >= 3
        passes = [[verify.original_page_text(digest, i, doc[i]) for i in range(n)] for _ in range(2)]
    finally:
        doc.close()
    assert len(reads) == 2 * n  # the builder's pass and the verifier's each read every page
    assert passes[0] == passes[1] and all(p.text for p in passes[0])


def test_no_module_level_cache_in_the_verifier() -> None:
    containers = {name: value for name, value in vars(verify).items()
                  if isinstance(value, (dict, list, set)) and not name.startswith("__")}
    assert not [name for name, v in containers.items() if name.startswith("_") and isinstance(v, dict)]
    sizes = {name: len(v) for name, v in containers.items()}
    verify.value_sweep("M. Jean Dupont habite 12 rue des Lilas. " * 500, ["Jean Dupont", "12 rue des Lilas"])
    assert {name: len(v) for name, v in containers.items()} == sizes  # nothing was kept


def test_part_reads_are_kept_only_in_the_object_given(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    real = verify._part_read

    def counting(body: bytes, name: str, fmt: str) -> Any:
        reads.append(name)
        return real(body, name, fmt)

    monkeypatch.setattr(verify, "_part_read", counting)
    part = b"<w:document xmlns:w='urn:x'><w:t>Rien de personnel</w:t></w:document>"
    kept = verify.PartReads(size=2)
    assert kept.read(part, "word/document.xml", "docx") == kept.read(part, "word/document.xml", "docx")
    assert reads == ["word/document.xml"]
    for i in range(3):
        kept.read(part + b" " * (i + 1), "word/document.xml", "docx")
    assert len(kept) == 2  # bounded, oldest out
    other = verify.PartReads()
    other.read(part, "word/document.xml", "docx")
    assert len(reads) == 5  # another shard's object knows nothing of the first


def test_part_reads_value_sweep_is_the_value_sweep() -> None:
    """The shard's verifier prepares an attribute string once for its value sweeps: same findings
    as :func:`verify.value_sweep`, for every set of values, and a bounded object of its own."""
    texts = ["Normal Heading 1 Times New Roman Jean Dupont 12 rue des Lilas " * 50,
             "Titre Élodie LEFÈVRE-MARTIN\nﬁche n° 06 12 34 56 78 Straße Kelvin \u212a ſ jean-\ndupont",
             "", "styles Calibri Cambria Math"]
    values = [["Jean Dupont", "12 rue des Lilas"], ["Élodie Lefèvre-Martin", "jean-dupont", "06 12 34 56 78"],
              ["Le", "de"], []]
    kept = verify.PartReads(size=2)
    for _ in range(2):  # prepared, then reused
        for text in texts:
            for vals in values:
                assert kept.value_sweep(text, vals) == verify.value_sweep(text, vals)
    assert len(kept._prepared) <= 2
