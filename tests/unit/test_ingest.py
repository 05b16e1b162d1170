"""Ingest: recursive walk, content hash, format by magic bytes, duplicates, shard planning."""

from __future__ import annotations

import hashlib
from pathlib import Path

from aiguillage.ingest import doc_id_for, ingest, plan_shards
from aiguillage.records import Document


def _docx_bytes() -> bytes:
    import io

    import docx

    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("Bonjour")
    d.save(buf)
    return buf.getvalue()


def test_walk_hash_sniff_and_duplicates(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    (tmp_path / "a" / "b" / "rapport.docx").write_bytes(pdf)  # wrong extension: a PDF
    (tmp_path / "a" / "copie.pdf").write_bytes(pdf)
    (tmp_path / "lettre.pdf").write_bytes(_docx_bytes())  # a DOCX named .pdf
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "_READY").write_text("")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x").write_text("hidden")
    (tmp_path / "lien").symlink_to("/etc/hostname")

    docs = {d.source: d for d in ingest(tmp_path)}
    assert sorted(docs) == ["a/b/rapport.docx", "a/copie.pdf", "lettre.pdf", "vide.txt"]
    assert docs["a/b/rapport.docx"].format == "pdf"
    assert docs["lettre.pdf"].format == "docx"
    assert docs["vide.txt"].format == "empty"
    sha = hashlib.sha256(pdf).hexdigest()
    assert docs["a/copie.pdf"].sha256 == sha and docs["a/copie.pdf"].doc_id == doc_id_for(sha)
    # the first in walk order (files of a folder before its sub-folders) is the original
    assert docs["a/copie.pdf"].duplicate_of is None
    assert docs["a/b/rapport.docx"].duplicate_of == "a/copie.pdf"
    assert not any(name in docs["a/copie.pdf"].doc_id for name in ("copie", "rapport"))


def _doc(i: int, size: int, dup: int | None = None) -> Document:
    content = f"c{dup if dup is not None else i}"
    return Document(doc_id=doc_id_for(hashlib.sha256(content.encode()).hexdigest()), source=f"f{i:05d}",
                    path=f"/in/f{i:05d}", sha256="", size=size, format="pdf",
                    duplicate_of=None if dup is None else f"f{dup:05d}")


def test_shards_cover_every_document_once_and_keep_copies_together() -> None:
    docs = [_doc(i, 10_000 + (i % 7) * 500_000) for i in range(300)] + [_doc(300 + i, 10_000, dup=i)
                                                                         for i in range(20)]
    shards = plan_shards(docs, max_shards=8)
    sources = [s for sh in shards for s in sh.sources]
    assert sorted(sources) == sorted(d.source for d in docs)
    where = {s: sh.index for sh in shards for s in sh.sources}
    for i in range(20):
        assert where[f"f{300 + i:05d}"] == where[f"f{i:05d}"]
    weights = [sh.weight for sh in shards]
    assert max(weights) - min(weights) <= 510_000  # within about one document


def test_ten_thousand_documents_stay_under_max_map_length() -> None:
    docs = [_doc(i, 40_000) for i in range(10_000)]
    shards = plan_shards(docs, max_shards=64)
    assert len(shards) <= 64 < 1024  # Airflow's default max_map_length is 1024
    assert sum(len(s.sources) for s in shards) == 10_000


def test_empty_batch_has_no_shard() -> None:
    assert plan_shards([]) == []
