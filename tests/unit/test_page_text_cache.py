"""The page-text cache shared by the PDF release builder and its verifier."""

from __future__ import annotations

import hashlib
from typing import Any

import pypdfium2 as pdfium
import pytest
from aiguillage import samples, verify


def _pdf(pages: int) -> bytes:
    doc = samples.SampleDoc("report", "public", "Rapport", ["Texte du rapport. " * 40] * (6 * pages))
    return samples.render_pdf(doc)


def test_a_long_pdf_keeps_its_first_pages_and_other_pdfs_leave_first(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    real = verify.pdf_page_text

    def counting(textpage: Any) -> Any:
        reads.append(1)
        return real(textpage)

    monkeypatch.setattr(verify, "pdf_page_text", counting)
    monkeypatch.setattr(verify, "_PAGE_TEXTS_MAX", 2)
    monkeypatch.setattr(verify, "_PAGE_TEXTS", {})
    data = _pdf(3)
    digest = hashlib.sha256(data).digest()
    doc = pdfium.PdfDocument(data)
    n = len(doc)
    assert n >= 3
    for _ in range(2):  # the builder's pass, then the verifier's
        texts = [verify.original_page_text(digest, i, doc[i]).text for i in range(n)]
    assert len(reads) == n + (n - 2)  # the first two pages were read once
    assert all(texts)
    other = _pdf(1)
    odoc = pdfium.PdfDocument(other)
    verify.original_page_text(hashlib.sha256(other).digest(), 0, odoc[0])
    assert hashlib.sha256(other).digest() in {k[0] for k in verify._PAGE_TEXTS}
    assert len(verify._PAGE_TEXTS) == 2
