"""The store: one place per document, atomic directories, no temporary leftovers."""

from __future__ import annotations

from pathlib import Path

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
