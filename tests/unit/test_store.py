"""The store: one place per document, atomic directories, no temporary leftovers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from aiguillage.records import Route
from aiguillage.store import Store, atomic_write_text


def test_place_moves_document_between_routes(tmp_path: Path) -> None:
    s = Store(tmp_path)
    s.place(Route.PUBLIC, "d1", {"text.txt": b"a"})
    assert s.where("d1") == [Route.PUBLIC]
    s.place(Route.SOVEREIGN, "d1", {"text.txt": b"b", "sub/x.json": b"{}"})
    assert s.where("d1") == [Route.SOVEREIGN]
    assert (tmp_path / "sovereign" / "d1" / "sub" / "x.json").read_bytes() == b"{}"
    s.place(Route.SOVEREIGN, "d1", {"text.txt": b"c"})
    assert sorted(p.name for p in (tmp_path / "sovereign" / "d1").iterdir()) == ["text.txt"]
    leftovers = [p for p in tmp_path.rglob("*") if p.name.startswith((".staging", ".old", ".tmp"))]
    assert leftovers == []


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    p = tmp_path / "a" / "f.txt"
    atomic_write_text(p, "un")
    atomic_write_text(p, "deux")
    assert p.read_text() == "deux"
    assert [x.name for x in p.parent.iterdir()] == ["f.txt"]


@pytest.mark.parametrize("has_syncfs", [True, False])
def test_placed_document_is_made_durable_once(tmp_path, monkeypatch, has_syncfs) -> None:  # type: ignore[no-untyped-def]
    """One barrier per document: syncfs where Linux has it, else an fsync per file and folder."""
    import aiguillage.store as store_mod

    if has_syncfs and store_mod._SYNCFS is None:
        pytest.skip("no syncfs on this system")
    if not has_syncfs:
        monkeypatch.setattr(store_mod, "_SYNCFS", None)
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(store_mod.os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    s = Store(tmp_path)
    s.place(Route.SOVEREIGN, "d1", {"a.txt": b"a", "sub/b.txt": b"b"})
    assert (tmp_path / "sovereign" / "d1" / "sub" / "b.txt").read_bytes() == b"b"
    if has_syncfs:
        assert synced == []  # the files were not fsynced one by one: syncfs did it
    else:
        assert len(synced) >= 2 + 2  # both files, and their folders
    synced.clear()
    s.save_state("d1", {"route": "sovereign"})  # the ledger is the durable record
    assert synced == [] and s.load_state("d1") == {"route": "sovereign"}


@pytest.mark.parametrize("has_syncfs", [True, False])
def test_a_window_of_placements_is_made_durable_by_one_flush(tmp_path, monkeypatch, has_syncfs) -> None:  # type: ignore[no-untyped-def]
    """Inside deferred_durability nothing is synced at placement; the flush makes every placed
    folder durable: one syncfs per file system, or every folder's files one by one."""
    import aiguillage.store as store_mod
    from aiguillage.store import deferred_durability, flush_durable

    calls: list[str] = []
    if has_syncfs:
        monkeypatch.setattr(store_mod, "_SYNCFS", lambda fd: (calls.append("syncfs"), 0)[1])
    else:
        monkeypatch.setattr(store_mod, "_SYNCFS", None)
    real_fsync = os.fsync
    monkeypatch.setattr(store_mod.os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    s = Store(tmp_path)
    with deferred_durability():
        for i in range(5):
            s.place(Route.PUBLIC, f"d{i}", {"text.txt": b"x", "meta.json": b"{}"})
        assert calls == []  # noted, not synced
        flush_durable()
        if has_syncfs:
            assert calls == ["syncfs"]  # one barrier for the five folders of one file system
        else:
            assert calls.count("fsync") >= 5 * 2  # every file of every folder
        calls.clear()
        flush_durable()
        assert calls == []  # nothing noted since
    s.place(Route.PUBLIC, "d9", {"text.txt": b"x"})  # outside a window: at once, as before
    assert calls != []


def test_a_copy_elsewhere_is_removed_only_after_the_new_one_is_durable(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A re-run under another policy moves a document: inside a window too, its new place is made
    durable before the old copy goes (never both lost to a power cut)."""
    import aiguillage.store as store_mod
    from aiguillage.store import deferred_durability

    events: list[str] = []
    real_sync, real_rmtree = store_mod._sync, store_mod.shutil.rmtree

    def sync(folder: Path, files: object) -> None:
        events.append(f"sync {folder.parent.name}")
        real_sync(folder, files)

    def rmtree(path: Path, **kw: object) -> None:
        events.append(f"rm {Path(path).parent.name}")
        real_rmtree(path, **kw)

    monkeypatch.setattr(store_mod, "_sync", sync)
    monkeypatch.setattr(store_mod.shutil, "rmtree", rmtree)
    s = Store(tmp_path)
    s.place(Route.SOVEREIGN, "d1", {"text.txt": b"a"})
    events.clear()
    with deferred_durability():
        s.place(Route.PUBLIC, "d1", {"text.txt": b"b"})
    assert events.index("sync public") < events.index("rm sovereign")
    assert s.where("d1") == [Route.PUBLIC]
