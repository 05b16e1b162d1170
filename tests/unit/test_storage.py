"""Storage locations, the store on separate areas, and the release gate's rules — on local disk."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from aiguillage.records import Route
from aiguillage.storage import Location, StorageError, is_remote, location, set_filesystem_factory
from aiguillage.store import COMPLETE_MARKER, Store, read_layout, write_layout
from fsspec.implementations.memory import MemoryFileSystem


@pytest.fixture
def memory_s3():  # type: ignore[no-untyped-def]
    """s3:// URLs served by fsspec's in-memory filesystem: the remote code paths without a server
    (the real S3 API is exercised in tests/integration/test_s3_moto.py)."""
    fs = MemoryFileSystem()
    fs.store.clear()
    fs.pseudo_dirs.clear()
    fs.pseudo_dirs.append("")
    set_filesystem_factory(lambda url: fs)
    yield fs
    set_filesystem_factory(None)
    fs.store.clear()


def test_plain_paths_and_file_urls_are_local(tmp_path: Path) -> None:
    for where in (tmp_path, str(tmp_path), f"file://{tmp_path}", f"file://localhost{tmp_path}"):
        loc = location(where)
        assert loc.local and loc.as_path() == tmp_path
    assert not is_remote(str(tmp_path)) and not is_remote(f"file://{tmp_path}")
    assert is_remote("s3://bucket/prefix") and is_remote("S3://bucket")


@pytest.mark.parametrize("url", ["s3://key:secret@bucket/p", "s3:///nobucket", "s3://b/p?x=1", "ftp://host/p",
                                 "file://otherhost/p", ""])
def test_refused_urls(url: str) -> None:
    with pytest.raises(StorageError):
        location(url)


def test_remote_url_keeps_connection_name_not_secret(memory_s3: MemoryFileSystem) -> None:
    loc = location("s3://conn_sov@bucket/lots/2026/")
    assert loc.path == "bucket/lots/2026" and loc.url == "s3://conn_sov@bucket/lots/2026"
    child = loc / "a/b.txt"
    assert child.path == "bucket/lots/2026/a/b.txt" and child.url.endswith("/lots/2026/a/b.txt")
    for bad in ("", "..", "a/../b", "/"):
        with pytest.raises(StorageError):
            _ = loc / bad


def test_local_write_is_atomic_and_leaves_no_temp(tmp_path: Path) -> None:
    loc = location(tmp_path) / "audit" / "x.json"
    loc.write_json({"a": 1})
    loc.write_json({"a": 2})
    assert json.loads((tmp_path / "audit" / "x.json").read_text()) == {"a": 2}
    assert [p.name for p in (tmp_path / "audit").iterdir()] == ["x.json"]


def test_iter_files_skips_hidden_and_symlinks(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("2")
    (tmp_path / "1.txt").write_text("1")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x").write_text("x")
    (tmp_path / ".hidden").write_text("h")
    os.symlink("/etc/hostname", tmp_path / "lien.txt")
    assert [(rel, size) for rel, _, size in location(tmp_path).iter_files()] == [("1.txt", 1), ("b/2.txt", 1)]


def test_remote_iter_read_copy_remove(memory_s3: MemoryFileSystem, tmp_path: Path) -> None:
    root = location("s3://archives/lot")
    (root / "z.txt").write_bytes(b"zz")
    (root / "d" / "a.pdf").write_bytes(b"%PDF-1.7")
    (root / ".aiguillage-ledger" / "k.json").write_json({})
    assert [(rel, size) for rel, _, size in root.iter_files()] == [("d/a.pdf", 8), ("z.txt", 2)]
    assert root.listdir() == [".aiguillage-ledger", "d", "z.txt"]
    with (root / "d" / "a.pdf").local_copy() as p:
        assert p.read_bytes() == b"%PDF-1.7" and p.suffix == ".pdf"
        kept = p
    assert not kept.exists(), "the local copy lives only while it is used"
    (root / "z.txt").copy_to(location(tmp_path) / "copie.txt")
    assert (tmp_path / "copie.txt").read_bytes() == b"zz"
    root.remove()
    assert not root.exists() and root.listdir() == []


def test_staged_folder_uploads_only_on_success(memory_s3: MemoryFileSystem) -> None:
    out = location("s3://sorties/lot")
    with out.staged_folder() as d:
        (d / "audit").mkdir()
        (d / "audit" / "summary.json").write_text("{}")
    assert (out / "audit" / "summary.json").read_text() == "{}"
    with pytest.raises(RuntimeError), out.staged_folder() as d:
        (d / "report.html").write_text("x")
        raise RuntimeError("writer failed")
    assert not (out / "report.html").exists()


def test_store_places_each_document_in_exactly_one_area(tmp_path: Path, memory_s3: MemoryFileSystem) -> None:
    store = Store(tmp_path / "out", areas={"public": "s3://publics/lot"})
    assert store.area(Route.PUBLIC).url == "s3://publics/lot" and store.area(Route.SOVEREIGN).local
    store.place(Route.SOVEREIGN, "d1", {"original.pdf": b"%PDF", "text.txt": b"t"})
    assert store.where("d1") == [Route.SOVEREIGN]
    store.place(Route.PUBLIC, "d1", {"text.txt": b"[PERSONNE_1]", "meta.json": b"{}"})  # a re-run moved it
    assert store.where("d1") == [Route.PUBLIC]
    assert not (tmp_path / "out" / "sovereign" / "d1").exists()
    marker = json.loads((store.area(Route.PUBLIC) / "d1" / COMPLETE_MARKER).read_bytes())
    assert set(marker["files"]) == {"text.txt", "meta.json"}
    store.place(Route.QUARANTINE, "d1", {"reason.json": b"{}"})
    assert store.where("d1") == [Route.QUARANTINE] and not (store.area(Route.PUBLIC) / "d1").exists()


def test_remote_folder_without_marker_is_not_there(memory_s3: MemoryFileSystem) -> None:
    store = Store("s3://sorties/lot")
    (store.area(Route.PUBLIC) / "d2" / "text.txt").write_bytes(b"half-written")  # a killed upload
    assert store.where("d2") == []
    store.save_state("d2", {"route": "public"})
    assert store.load_state("d2") == {"route": "public"} and store.load_state("nope") is None


def test_layout_is_recorded_once_and_never_silently_changed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    pub = str(tmp_path / "pub")
    assert write_layout(out, {"public": pub, "sovereign": None}) == {"public": pub}
    assert read_layout(out) == {"public": str(tmp_path / "pub")}
    assert Store(out).area(Route.PUBLIC).as_path() == tmp_path / "pub"  # later openings find it
    write_layout(out, {"public": str(tmp_path / "pub")})  # same layout: fine
    with pytest.raises(StorageError):
        write_layout(out, {"public": str(tmp_path / "ailleurs")})


def test_local_store_keeps_its_paths(tmp_path: Path, memory_s3: MemoryFileSystem) -> None:
    store = Store(tmp_path)
    assert store.root == tmp_path and store.doc_dir(Route.PUBLIC, "d") == tmp_path / "public" / "d"
    assert isinstance(store.location, Location)
    with pytest.raises(StorageError):  # a remote store has no local root to write to by mistake
        _ = Store("s3://b/p").root


def test_inbox_scan_and_run_ids(tmp_path: Path) -> None:
    from aiguillage.inbox import batch_conf, batch_run_id, claim, scan

    for name in ("lot 1 — mairie", "lot-2", "en-cours", ".cache"):
        (tmp_path / "inbox" / name).mkdir(parents=True)
        (tmp_path / "inbox" / name / "doc.txt").write_text("x")
    for name in ("lot 1 — mairie", "lot-2", ".cache"):
        (tmp_path / "inbox" / name / "_READY").write_text("")
    ready = scan(tmp_path / "inbox")
    assert [b.name for b in ready] == ["lot 1 — mairie", "lot-2"]
    assert batch_run_id("lot-2") == batch_run_id("lot-2") != batch_run_id("lot-2 ")
    assert all(c.isascii() and (c.isalnum() or c in "_.-") for c in ready[0].run_id)
    assert claim(tmp_path / "inbox", ready[0], ready[0].run_id) is True
    assert claim(tmp_path / "inbox", ready[0], ready[0].run_id) is False
    assert [b.name for b in scan(tmp_path / "inbox")] == ["lot-2"]
    conf = batch_conf(ready[1], str(tmp_path / "out"), public_dir="s3://pub@publics")
    assert conf["input_dir"] == str(tmp_path / "inbox" / "lot-2")
    assert conf["output_dir"] == str(tmp_path / "out" / ready[1].key)
    assert conf["public_dir"] == f"s3://pub@publics/{ready[1].key}" and conf["sovereign_dir"] is None


def _finished_output(out: Path, batch: str) -> None:
    from aiguillage.audit.chain import write_chain

    store = Store(out)
    store.place(Route.PUBLIC, "d1", {"text.txt": b"[PERSONNE_1]", "meta.json": b"{}", "release.docx": b"PK"})
    store.place(Route.SOVEREIGN, "d2", {"text.txt": b"Jean Dupont", "original.pdf": b"%PDF"})
    write_chain(out / "audit" / "decisions.jsonl", [{"doc_id": "d1", "route": "public", "batch": batch},
                                                    {"doc_id": "d2", "route": "sovereign", "batch": batch}])
    (out / "audit" / "summary.json").write_text(json.dumps({"batch": batch}))


def test_release_needs_an_approval_for_that_exact_candidate(tmp_path: Path) -> None:
    from aiguillage.release import ReleaseRefused, prepare, publish, read_reviews, record_review

    out, rel = tmp_path / "out", tmp_path / "release"
    _finished_output(out, "b1")
    cand = prepare(out)
    assert cand["batch"] == "b1" and cand["documents"] == 1 and cand["files"] == 3
    with pytest.raises(ReleaseRefused):
        publish(out, rel, "b1", cand["digest"])  # nobody answered
    record_review(out, "b1", cand["digest"], approved=False, responded_by={"id": "a", "name": "archiviste"},
                  responded_at="2026-11-30T10:00:00+00:00")
    with pytest.raises(ReleaseRefused):
        publish(out, rel, "b1", cand["digest"])  # rejected
    assert not rel.exists()
    record_review(out, "b1", cand["digest"], approved=True, responded_by={"id": "a", "name": "archiviste"},
                  responded_at="2026-11-30T11:00:00+00:00")
    (out / "public" / "d1" / "text.txt").write_bytes(b"Jean Dupont")  # changed after the review
    with pytest.raises(ReleaseRefused):
        publish(out, rel, "b1", cand["digest"])
    assert not rel.exists()
    (out / "public" / "d1" / "text.txt").write_bytes(b"[PERSONNE_1]")
    res = publish(out, rel, "b1", cand["digest"])
    assert res["documents"] == 1
    assert sorted(p.relative_to(rel).as_posix() for p in rel.rglob("*") if p.is_file()) == [
        "b1/d1/meta.json", "b1/d1/release.docx", "b1/d1/text.txt", "b1/release.json"]
    events = [(r["event"], r.get("decision")) for r in read_reviews(out)]
    assert events == [("review", "rejected"), ("review", "approved"), ("published", None)]
    from aiguillage.audit.chain import verify_chain

    assert verify_chain(out / "audit" / "review.jsonl") == []  # hash-chained, like the decisions


def test_release_refuses_a_batch_that_is_not_the_audited_one(tmp_path: Path) -> None:
    from aiguillage.release import ReleaseRefused, prepare

    _finished_output(tmp_path / "out", "b1")
    with pytest.raises(ReleaseRefused):
        prepare(tmp_path / "out", "autre-lot")


def test_staged_folder_prefetches_history_and_uploads_changes(memory_s3: MemoryFileSystem) -> None:
    out = location("s3://sorties/lot")
    (out / "audit" / "history.jsonl").write_text("batch-1\n")
    (out / "audit" / "old.csv").write_text("kept")
    with out.staged_folder(prefetch=("audit",)) as d:
        assert (d / "audit" / "history.jsonl").read_text() == "batch-1\n"
        with (d / "audit" / "history.jsonl").open("a") as fh:
            fh.write("batch-2\n")
    assert (out / "audit" / "history.jsonl").read_text() == "batch-1\nbatch-2\n"
    assert (out / "audit" / "old.csv").read_text() == "kept"


def test_odd_object_keys_round_trip_through_urls(memory_s3: MemoryFileSystem) -> None:
    """Every object is a document, whatever its key: the URL of each maps back to that very key."""
    root = location("s3://archives/lot")
    keys = ["d?.txt", "e#1.txt", "f%20g.txt", "é t.txt", "x//y.txt"]
    for i, k in enumerate(keys):
        memory_s3.pipe_file(f"/archives/lot/{k}", str(i).encode())
    found = {rel: loc for rel, loc, _ in root.iter_files()}
    assert sorted(found) == sorted(keys)
    for i, k in enumerate(keys):
        assert location(found[k].url).read_bytes() == str(i).encode()
