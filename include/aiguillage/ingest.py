"""Ingest: walk an input folder, hash every file, sniff its format, plan shards.

A document is identified by the hash of its content (``doc_id``), never by its name: names
often carry personal data and the same file may sit twice in a batch.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from aiguillage.formats import sniff_format
from aiguillage.records import Document

# Files that are bookkeeping, not documents of the batch.
IGNORED_NAMES = {"_READY", ".DS_Store", "Thumbs.db", "desktop.ini"}
DOC_ID_LEN = 20


def sha256_file(path: str | Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def doc_id_for(sha256: str) -> str:
    """A stable id derived from the content hash (80 bits: collisions are not a concern per batch)."""
    return "d" + sha256[: DOC_ID_LEN - 1]


def walk(input_dir: str | Path) -> Iterator[Path]:
    """Every regular file under ``input_dir``, recursively, in a stable order. Symlinks are not
    followed (a link to /etc/shadow is not a document of the batch)."""
    root = Path(input_dir)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name in IGNORED_NAMES or name.startswith("."):
                continue
            p = Path(dirpath) / name
            if p.is_symlink() or not p.is_file():
                continue
            yield p


def ingest(input_dir: str | Path) -> list[Document]:
    """Hash and sniff every file. The first occurrence of a content is the original; later ones
    are marked ``duplicate_of`` it and share its doc_id-derived outputs."""
    from aiguillage.storage import is_remote

    if is_remote(input_dir):
        return ingest_remote(str(input_dir))
    root = Path(input_dir)
    docs: list[Document] = []
    seen: dict[str, str] = {}
    for p in walk(root):
        digest = sha256_file(p)
        rel = p.relative_to(root).as_posix()
        did = doc_id_for(digest)
        dup = seen.get(did)
        if dup is None:
            seen[did] = rel
        docs.append(Document(doc_id=did, source=rel, path=str(p), sha256=digest, size=p.stat().st_size,
                             format=sniff_format(p), duplicate_of=dup))
    return docs


def ingest_remote(url: str) -> list[Document]:
    """:func:`ingest` for an object-store prefix. Each object is streamed once: hashed while it is
    spooled to a private temporary file that the sniffer reads (a ZIP's directory sits at its end),
    then removed; one object at a time, never the whole batch. ``path`` is the object's URL."""
    import tempfile

    from aiguillage.storage import location

    root = location(url)
    docs: list[Document] = []
    seen: dict[str, str] = {}
    for rel, loc, size in root.iter_files():
        if rel.rsplit("/", 1)[-1] in IGNORED_NAMES:
            continue
        h = hashlib.sha256()
        with tempfile.NamedTemporaryFile(prefix="aiguillage-sniff-") as spool:
            with loc.open_read() as src:
                while block := src.read(1 << 20):
                    h.update(block)
                    spool.write(block)
            spool.flush()
            fmt = sniff_format(spool.name)
        digest = h.hexdigest()
        did = doc_id_for(digest)
        dup = seen.get(did)
        if dup is None:
            seen[did] = rel
        docs.append(Document(doc_id=did, source=rel, path=loc.url, sha256=digest, size=size,
                             format=fmt, duplicate_of=dup))
    return docs


@dataclass(frozen=True, slots=True)
class Shard:
    """A group of documents processed by one task (one Airflow mapped task instance)."""

    index: int
    sources: tuple[str, ...]
    weight: int

    def to_dict(self) -> dict[str, object]:
        return {"index": self.index, "sources": list(self.sources), "weight": self.weight}


def plan_shards(docs: list[Document], max_shards: int = 64, target_bytes: int = 32 << 20,
                max_docs: int = 200) -> list[Shard]:
    """Group documents into shards of similar weight (bytes, with a floor per document).

    Greedy bin packing, heaviest first, keeps shards within ~one document of each other, so a
    mapped task never waits on one giant shard. The number of shards stays far below Airflow's
    ``max_map_length`` even for 10,000-file batches.
    """
    if not docs:
        return []
    groups: dict[str, list[Document]] = {}
    for d in docs:  # copies of one content stay in one shard: processed once
        groups.setdefault(d.doc_id, []).append(d)

    def weight(g: list[Document]) -> int:
        return max(g[0].size, 16 << 10)

    total = sum(weight(g) for g in groups.values())
    n = max(1, min(max_shards, len(groups), max(-(-total // target_bytes), -(-len(groups) // max_docs))))
    bins: list[list[Document]] = [[] for _ in range(n)]
    loads = [0] * n
    for g in sorted(groups.values(), key=lambda g: (-weight(g), g[0].source)):
        i = min(range(n), key=lambda k: (loads[k], len(bins[k])))
        bins[i].extend(g)
        loads[i] += weight(g)
    return [Shard(index=i, sources=tuple(sorted(x.source for x in b)), weight=loads[i])
            for i, b in enumerate(bins) if b]
