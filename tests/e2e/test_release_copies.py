"""Public outputs on the sample corpus: no truth value anywhere (text, release copies read back —
text, metadata, every decompressed PDF stream — and names), layout of DOCX kept, PDF redaction
true, re-identification tables only in the sovereign area and encrypted, failures fail closed."""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import docx
import pikepdf
import pytest

ALLOWED_PUBLIC_NAMES = {"text.txt", "meta.json", "release.docx", "release.pdf", "release.odt"}


def _norm(s: str) -> str:
    return re.sub(r"[\s\u00a0\u202f.\-]+", "", s).casefold()


@pytest.fixture(scope="module")
def routed(sample_corpus: Path, detector: Any, policy: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample batch routed in-process (the session detector is reused)."""
    from aiguillage.batch import finalize, plan, run_shard
    from aiguillage.pipeline import Context
    from aiguillage.store import Store

    out = tmp_path_factory.mktemp("release") / "out"
    ctx = Context(store=Store(out), policy=policy, detector_factory=lambda: detector)
    for shard in plan(sample_corpus / "batch", out, "release-e2e", max_shards=1):
        run_shard(out, "release-e2e", shard["shard"], ctx=ctx)
    finalize(out, "release-e2e")
    return out


@pytest.fixture(scope="module")
def truth(sample_corpus: Path) -> list[dict[str, Any]]:
    return [json.loads(ln) for ln in (sample_corpus / "truth.jsonl").read_text("utf-8").splitlines() if ln]


@pytest.fixture(scope="module")
def manifest(routed: Path) -> list[dict[str, str]]:
    import csv

    with (routed / "audit" / "manifest.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _pdf_streams(data: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return b"\n".join(o.read_bytes() for o in pdf.objects if isinstance(o, pikepdf.Stream))


def _release_reading(path: Path, ocr: bool = True) -> str:
    """A release copy read back with the pipeline's own extractor, plus every way a reader could."""
    from aiguillage.evaluate_readers import readable_text
    from aiguillage.extract import extract

    fmt = path.suffix[1:]
    from aiguillage.verify import release_limits

    chunks = [readable_text(path)]
    if ocr or fmt != "pdf":  # a rasterised PDF is read back by OCR
        chunks.append(extract(path, fmt, limits=release_limits(150)).text)
    data = path.read_bytes()
    if fmt == "pdf":
        chunks.append(_pdf_streams(data).decode("latin-1"))
    else:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            chunks += [zf.read(n).decode("utf-8", "replace") for n in zf.namelist()]
    return "\n".join(chunks)


def test_public_documents_have_verified_release_copies(routed: Path, manifest: list[dict[str, str]]) -> None:
    public = [r for r in manifest if r["route"] == "public"]
    assert len(public) >= 8, "the sample corpus must publish most of its public documents"
    for r in public:
        d = routed / "public" / r["doc_id"]
        names = {p.name for p in d.iterdir()}
        assert names <= ALLOWED_PUBLIC_NAMES, names
        meta = json.loads((d / "meta.json").read_text("utf-8"))
        assert meta["verification"] == "passed"
        if r["format"] in ("docx", "pdf"):
            assert f"release.{r['format']}" in names
            assert meta["release"]["file"] == f"release.{r['format']}"
            assert meta["release"]["verification"] == "passed"
    for r in manifest:  # an unverified document has no public output at all
        if "ANONYMIZATION_UNVERIFIED" in r["reasons"]:
            assert not (routed / "public" / r["doc_id"]).exists()


def test_no_truth_value_in_any_public_output(routed: Path, truth: list[dict[str, Any]],
                                            manifest: list[dict[str, str]]) -> None:
    from aiguillage.evaluate_readers import readable_text

    has_pii = {r["doc_id"]: bool(t["pii"]) for r in manifest for t in truth if t["source"] == r["source"]}
    chunks: list[str] = []
    for p in sorted((routed / "public").rglob("*")):
        chunks.append(p.relative_to(routed / "public").as_posix())
        if p.is_file():
            chunks.append(readable_text(p))
            if p.name.startswith("release."):
                chunks.append(_release_reading(p, ocr=has_pii.get(p.parent.name, True)))
    corpus = _norm("\n".join(chunks))
    leaks = [(t["source"], v) for t in truth for v in t["pii"] if len(_norm(v)) >= 4 and _norm(v) in corpus]
    assert not leaks, f"{len(leaks)} truth value(s) found under public/"
    stems = {Path(t["source"]).stem for t in truth}
    assert not [p for p in (routed / "public").rglob("*") if p.stem in stems]


def test_release_metadata_is_empty(routed: Path) -> None:
    for p in (routed / "public").rglob("release.docx"):
        cp = docx.Document(str(p)).core_properties
        assert not any((cp.author, cp.title, cp.subject, cp.keywords, cp.comments, cp.last_modified_by))
        assert "docProps/app.xml" not in zipfile.ZipFile(p).namelist()
    for p in (routed / "public").rglob("release.pdf"):
        with pikepdf.open(p) as pdf:
            assert "/Info" not in pdf.trailer and "/Metadata" not in pdf.Root


def _reid_values(routed: Path, doc_id: str) -> list[str]:
    from aiguillage.anonymize.keys import KeyRing
    from aiguillage.anonymize.reid import read_reid

    keys = KeyRing.load(routed / "sovereign")
    table = read_reid(routed / "sovereign", doc_id, keys)
    return [v for e in table["entries"] for v in e["values"]]


def test_pdf_release_holds_no_trace_of_any_redacted_value(routed: Path, manifest: list[dict[str, str]],
                                                          truth: list[dict[str, Any]]) -> None:
    pii = {t["source"]: t["pii"] for t in truth}
    checked = 0
    for r in manifest:
        p = routed / "public" / r["doc_id"] / "release.pdf"
        if r["route"] != "public" or not p.is_file():
            continue
        raw = p.read_bytes() + _pdf_streams(p.read_bytes())
        values = set(pii[r["source"]]) | set(_reid_values(routed, r["doc_id"]) if pii[r["source"]] else [])
        for v in values:
            for enc in ("utf-8", "latin-1", "utf-16-be"):
                assert v.encode(enc, "ignore") not in raw
        checked += 1
    assert checked >= 3


def test_docx_release_keeps_paragraphs_and_tables(sample_corpus: Path, routed: Path,
                                                  manifest: list[dict[str, str]]) -> None:
    checked = 0
    for r in manifest:
        p = routed / "public" / r["doc_id"] / "release.docx"
        if r["route"] != "public" or not p.is_file():
            continue
        before = docx.Document(str(sample_corpus / "batch" / r["source"]))
        after = docx.Document(str(p))
        assert len(after.paragraphs) == len(before.paragraphs)
        assert [(len(t.rows), len(t.columns)) for t in after.tables] == [
            (len(t.rows), len(t.columns)) for t in before.tables]
        assert [p.style.name if p.style else "" for p in after.paragraphs] == [
            p.style.name if p.style else "" for p in before.paragraphs]
        checked += 1
    assert checked >= 3


def test_reidentification_tables_are_sovereign_and_encrypted(routed: Path, manifest: list[dict[str, str]],
                                                             truth: list[dict[str, Any]]) -> None:
    reid = routed / "sovereign" / ".reid"
    pii = {t["source"]: t["pii"] for t in truth}
    with_pii = [r for r in manifest if r["route"] == "public" and pii[r["source"]]]
    assert with_pii
    for r in with_pii:
        blob = (reid / f"{r['doc_id']}.reid").read_bytes()
        assert not any(v.encode() in blob for v in pii[r["source"]])
        kept = "\n".join(_norm(v) for v in _reid_values(routed, r["doc_id"]))
        missing = [w for v in pii[r["source"]] for w in re.findall(r"\w{3,}", v) if _norm(w) not in kept]
        assert not missing  # the sovereign side can re-identify every replaced word
    assert not [p for p in (routed / "public").rglob("*") if p.suffix in (".reid", ".key")]


def test_a_release_copy_that_fails_verification_sends_the_document_sovereign(
        sample_corpus: Path, truth: list[dict[str, Any]], detector: Any, policy: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A builder that forgets to remove anything (here: the original itself) must not publish."""
    from aiguillage.anonymize import publication
    from aiguillage.anonymize.release import ReleaseCopy
    from aiguillage.ingest import ingest
    from aiguillage.pipeline import Context, process_document
    from aiguillage.records import Route
    from aiguillage.store import Store

    letter = next(t for t in truth if t["kind"] == "letter" and t["format"] == "docx")
    batch = tmp_path / "in"
    batch.mkdir()
    shutil.copy(sample_corpus / "batch" / letter["source"], batch / "courrier.docx")

    def leaky(data: bytes, fmt: str, values: Any, pdf_dpi: int = 150,
              drop_images: bool = False) -> ReleaseCopy:
        return ReleaseCopy(fmt, data, 0)

    monkeypatch.setattr(publication, "build_release", leaky)
    ctx = Context(store=Store(tmp_path / "out"), policy=policy, detector_factory=lambda: detector)
    out = process_document(ctx, ingest(batch)[0])
    assert out.route is Route.SOVEREIGN
    assert "ANONYMIZATION_UNVERIFIED" in out.reason_codes and out.verification.startswith("release failed")
    assert not (tmp_path / "out" / "public").exists() or not any((tmp_path / "out" / "public").iterdir())
