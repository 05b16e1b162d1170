"""Ingest: walk an input folder, hash every file, sniff its format, plan shards.

A document is identified by the hash of its content (``doc_id``), never by its name: names
often carry personal data and the same file may sit twice in a batch.
"""

from __future__ import annotations

import hashlib
import heapq
import os
import re
import zipfile
from collections.abc import Callable, Iterator
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


# Cost model of one document, in estimated milliseconds of one core, calibrated with bench/profile.py
# and the per-document durations of bench runs: a public PDF costs about three 1-page DOCX (its
# release copy is rendered and OCR-verified page by page), detection runs twice (first pass and
# verification rescan). Only ratios matter for balance; absolute values set how many shards a batch gets.
COST_DOC_MS = 60  # open, state checks, store writes, per-call overhead of the engines
COST_PDF_PAGE_MS = 200  # extraction, detection of a typical page, release copy and its verification
COST_CHAR_MS = 0.07  # detection and rescan, ~30,000 characters/s each
COST_BYTE_MS = 0.0002  # large files (scans, embedded images) are slower to parse: 200 ms/MB
COST_XML_CHARS = 8  # bytes of OOXML/ODF markup per character of text, roughly
MIN_SHARD_MS = 5_000  # a shard of less than ~5 s of work is not worth a task of its own
_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_PDF_COUNT = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d{1,7})|/Count\s+(\d{1,7})[^>]*?/Type\s*/Pages\b")
_TEXT_FORMATS = {"txt", "md", "html", "csv", "xml", "json"}
_ZIP_TEXT_MEMBERS = ("word/document.xml", "word/header", "word/footer", "word/footnotes", "word/endnotes",
                     "word/comments", "content.xml", "ppt/slides/", "xl/sharedStrings.xml")


def estimate_pages(doc: Document, limit: int = 8 << 20) -> int:
    """Pages of a PDF guessed from its bytes without parsing it (page objects, else the page tree's
    /Count, else one page per 100 kB); past ``limit`` bytes the count is extrapolated, so a batch of
    large scans is not read twice. Never trusted for anything but shard balance."""
    fallback = 1 + doc.size // 100_000
    try:
        with open(doc.path, "rb") as fh:
            data = fh.read(limit)
    except OSError:  # a remote object or an unreadable file: its size is all we know
        return fallback
    pages = len(_PDF_PAGE.findall(data))
    if pages and doc.size > len(data) > 0:
        pages = pages * doc.size // len(data)
    if not pages:
        counts = [int(a or b) for a, b in _PDF_COUNT.findall(data)]
        pages = max(counts, default=0)
    return max(1, min(pages or fallback, 10_000))


def estimate_text_chars(doc: Document) -> int:
    """Characters of text of a document, guessed cheaply: the uncompressed size of the text parts
    of an Office/ODF container (its directory only is read), the size of a text file."""
    if doc.format in _TEXT_FORMATS:
        return doc.size
    if doc.format in {"docx", "odt", "pptx", "xlsx", "ods", "odp"}:
        try:
            with zipfile.ZipFile(doc.path) as z:
                xml = sum(i.file_size for i in z.infolist() if i.filename.startswith(_ZIP_TEXT_MEMBERS))
        except (OSError, zipfile.BadZipFile, ValueError, RuntimeError):
            return doc.size
        return min(xml, 512 << 20) // COST_XML_CHARS
    return 0


def estimate_cost_ms(doc: Document) -> int:
    """Estimated processing time of one document, for balancing shards (pages and bytes)."""
    cost = COST_DOC_MS + COST_BYTE_MS * doc.size
    if doc.format == "pdf":
        cost += COST_PDF_PAGE_MS * estimate_pages(doc)
    else:
        cost += COST_CHAR_MS * estimate_text_chars(doc)
    return int(cost)


def plan_shards(docs: list[Document], max_shards: int = 64, target_bytes: int | None = None,
                max_docs: int = 200, min_shard_ms: int = MIN_SHARD_MS,
                cost: Callable[[Document], int] = estimate_cost_ms) -> list[Shard]:
    """Group documents into shards that should take similar time.

    Each content is weighed by :func:`estimate_cost_ms` (pages for a PDF, text size for an Office
    file, bytes for everything), copies of one content stay together (processed once), and the
    heaviest go first into the lightest shard (LPT), so shards end within about one document of
    each other. As many shards as ``max_shards`` allows — parallel width — unless they would hold
    less than ``min_shard_ms`` of work each (a task and its model load must pay off); at least
    enough to keep ``max_docs`` per shard (and ``target_bytes``, if given). ``max_shards`` bounds
    the DAG's mapped tasks, so a 10,000-document batch stays far below Airflow's ``max_map_length``.
    """
    if not docs:
        return []
    groups: dict[str, list[Document]] = {}
    for d in docs:
        groups.setdefault(d.doc_id, []).append(d)
    weights = {did: max(1, cost(g[0])) for did, g in groups.items()}
    total = sum(weights.values())
    wanted = max(-(-total // max(1, min_shard_ms)), -(-len(groups) // max(1, max_docs)))
    if target_bytes:
        wanted = max(wanted, -(-sum(g[0].size for g in groups.values()) // max(1, target_bytes)))
    n = max(1, min(max_shards, len(groups), wanted))
    bins: list[list[Document]] = [[] for _ in range(n)]
    loads = [0] * n
    heap = [(0, 0, i) for i in range(n)]  # (load, documents, shard): the lightest shard on top
    for did in sorted(groups, key=lambda k: (-weights[k], groups[k][0].source)):
        load, count, i = heapq.heappop(heap)
        bins[i].extend(groups[did])
        loads[i] = load + weights[did]
        heapq.heappush(heap, (loads[i], count + len(groups[did]), i))
    return [Shard(index=i, sources=tuple(sorted(x.source for x in b)), weight=loads[i])
            for i, b in enumerate(bins) if b]
