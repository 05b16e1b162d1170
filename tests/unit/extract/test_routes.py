"""A few hostile or tricky files routed through the real pipeline (sandboxed extraction, French
detector, default policy): the expected route and reason, and no personal value under public/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import extract_builders as b
import pytest
from aiguillage.ingest import ingest
from aiguillage.pipeline import Context, process_document
from aiguillage.records import Outcome, Route
from aiguillage.store import Store

CASES: list[tuple[str, Callable[[], bytes], set[Route], str, str | None]] = [
    # name, builder, acceptable routes, expected reason code, value that must never be public
    ("xxe.docx", b.docx_xxe, {Route.QUARANTINE}, "XML_DTD", None),
    ("bombe.zip", lambda: b.zip_bomb(40), {Route.QUARANTINE}, "ZIP_BOMB", None),
    ("protege.pdf", b.pdf_encrypted, {Route.QUARANTINE}, "ENCRYPTED", None),
    ("macro.docm", b.docm, {Route.QUARANTINE}, "MACRO", None),
    ("scan-illisible.pdf", b.pdf_noise_scan, {Route.SOVEREIGN}, "UNREADABLE", None),
    ("entete.docx", b.docx_first_page_header, {Route.PUBLIC, Route.SOVEREIGN}, "RGPD_PERSONAL", b.EMAIL),
    ("proprietes.docx", b.docx_metadata, {Route.PUBLIC, Route.SOVEREIGN}, "RGPD_PERSONAL", b.NAME),
    ("iban.txt", b.txt_nbsp_iban, {Route.PUBLIC, Route.SOVEREIGN}, "RGPD_PERSONAL", "3000 6000 0112"),
    ("mail-zw.txt", b.txt_zero_width_email, {Route.PUBLIC, Route.SOVEREIGN}, "RGPD_PERSONAL", "marchetti"),
    ("courriel.eml", b.eml_with_attachment, {Route.PUBLIC, Route.SOVEREIGN}, "RGPD_PERSONAL", b.EMAIL),
    ("invisible.pdf", b.pdf_invisible, {Route.PUBLIC, Route.SOVEREIGN}, "RGPD_PERSONAL", b.EMAIL),
]


@pytest.fixture(scope="module")
def routed(tmp_path_factory: pytest.TempPathFactory, detector: Any,
           policy: Any) -> dict[str, tuple[Outcome, Path]]:
    inbox = tmp_path_factory.mktemp("inbox")
    out = tmp_path_factory.mktemp("out")
    for name, build, *_ in CASES:
        (inbox / name).write_bytes(build())
    ctx = Context(store=Store(out), policy=policy, detector_factory=lambda: detector)
    results: dict[str, tuple[Outcome, Path]] = {}
    for doc in ingest(inbox):
        results[Path(doc.source).name] = (process_document(ctx, doc), out)
    return results


@pytest.mark.parametrize(("name", "routes", "code", "secret"), [(c[0], c[2], c[3], c[4]) for c in CASES],
                         ids=[c[0] for c in CASES])
def test_route_and_reason(routed: dict[str, tuple[Outcome, Path]], name: str, routes: set[Route], code: str,
                          secret: str | None) -> None:
    outcome, out = routed[name]
    assert outcome.route in routes, (outcome.route, outcome.reason_codes)
    codes = {r.code for r in outcome.reasons}
    assert code in codes, codes
    public = out / "public"
    if secret and public.exists():
        for f in public.rglob("*"):
            if f.is_file():
                assert secret.lower() not in f.read_bytes().decode("utf-8", "replace").lower(), f
