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
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
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


# Written at the root of every output folder: a folder holding it is an Aiguillage output and is
# never read as input (its manifest names the input files; its sovereign area holds raw texts).
OUTPUT_MARKER = ".aiguillage-output"
# What else shows that a folder is an output written before the marker existed.
_OUTPUT_SIGNS = (OUTPUT_MARKER, ".layout.json", "audit/ledger.jsonl", "audit/decisions.jsonl",
                 "audit/summary.json", "audit/manifest.csv")

# Kinds of entries ingest skips, counted and said at the end of a run (never named: names may hold
# personal data).
SKIP_KINDS = ("links", "hidden", "bookkeeping", "outputs", "special")


class UserError(Exception):
    """A mistake in what was asked (a path, an option): said in one line, never retried."""


class InputNotFound(FileNotFoundError, UserError):
    """The input folder does not exist (or is not a folder)."""


class PathConflict(UserError):
    """Input and output overlap: a run would ingest its own output, or write into its input."""


class EmptyInput(UserError):
    """The input holds no document."""


def is_output_folder(folder: str | Path) -> bool:
    """True for an Aiguillage output folder (its marker, or an audit store of an older one)."""
    root = Path(folder)
    return any((root / sign).exists() for sign in _OUTPUT_SIGNS)


def mark_output(output_dir: str | Path) -> None:
    """Write the output marker at the root of a local output folder (idempotent)."""
    root = Path(output_dir)
    root.mkdir(parents=True, exist_ok=True)
    marker = root / OUTPUT_MARKER
    if not marker.exists():
        marker.write_text("This folder is an Aiguillage output: it is never read as input.\n", "utf-8")


def walk(input_dir: str | Path, skipped: Counter[str] | None = None) -> Iterator[Path]:
    """Every regular file under ``input_dir``, recursively, in a stable order. Symlinks are not
    followed (a link to /etc/shadow is not a document of the batch); hidden entries, bookkeeping
    files and Aiguillage output folders are skipped. ``skipped`` counts what was left, by kind."""
    root = Path(input_dir)
    count: Counter[str] = skipped if skipped is not None else Counter()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        kept: list[str] = []
        for d in sorted(dirnames):
            sub = Path(dirpath) / d
            if sub.is_symlink():
                count["links"] += 1
            elif d.startswith("."):
                count["hidden"] += 1
            elif is_output_folder(sub):
                count["outputs"] += 1
            else:
                kept.append(d)
        dirnames[:] = kept
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if p.is_symlink():
                count["links"] += 1
            elif name in IGNORED_NAMES:
                count["bookkeeping"] += 1
            elif name.startswith("."):
                count["hidden"] += 1
            elif not p.is_file():
                count["special"] += 1
            else:
                yield p


def _resolved(where: str | Path) -> Path:
    return Path(os.path.abspath(os.path.expanduser(str(where)))).resolve()


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def check_paths(input_dir: str | Path, output_dir: str | Path,
                areas: Mapping[str, str | None] | None = None) -> None:
    """Refuse, before anything is written, what would leak or lose: a missing or unreadable input,
    an output that is the input, lies inside it or holds it, an input that is an Aiguillage
    output, an output that cannot be written. Raises :class:`UserError` with one line that says
    what is wrong and what to do. Object-store locations are checked by their URL prefix only."""
    from aiguillage.storage import is_remote

    targets = {"output": str(output_dir), **{f"{k} area": str(v) for k, v in (areas or {}).items() if v}}
    if is_remote(input_dir):
        src = str(input_dir).rstrip("/") + "/"
        for what, where in targets.items():
            prefix = where.rstrip("/") + "/"
            if is_remote(where) and (prefix.startswith(src) or src.startswith(prefix)):
                raise PathConflict(f"the {what} {where} and the input {input_dir} overlap: "
                                   "choose locations that do not contain each other")
        return
    inp = _resolved(input_dir)
    if not inp.exists():
        raise InputNotFound(f"input folder not found: {input_dir} — give an existing folder of documents")
    if not inp.is_dir():
        raise InputNotFound(f"input is not a folder: {input_dir} — give the folder that holds the documents")
    if not os.access(inp, os.R_OK | os.X_OK):
        raise UserError(f"input folder not readable: {input_dir} — check its permissions")
    if is_output_folder(inp):
        raise PathConflict(f"the input {input_dir} is an Aiguillage output folder: it is never read as "
                           "input (its audit names the input files); give the folder of documents")
    for what, where in targets.items():
        if is_remote(where):
            continue
        dst = _resolved(where)
        if dst == inp:
            raise PathConflict(f"the {what} folder is the input folder ({input_dir}): the next run would "
                               f"read its own output; choose an {what} folder outside the input")
        if _inside(dst, inp):
            raise PathConflict(f"the {what} folder {where} is inside the input folder {input_dir}: the next "
                               f"run would read its own output; choose an {what} folder outside the input")
        if _inside(inp, dst):
            raise PathConflict(f"the input folder {input_dir} is inside the {what} folder {where}: the "
                               "output would be routed as documents; move the input out of it")
        if dst.exists() and not dst.is_dir():
            raise UserError(f"the {what} {where} is a file, not a folder — give a folder (it is created if "
                            "missing)")
        existing = next((p for p in (dst, *dst.parents) if p.exists()), None)
        if existing is None or not _writable(existing):
            raise UserError(f"the {what} folder {where} cannot be written (permission denied on "
                            f"{existing}) — choose a folder you can write to")


def _writable(folder: Path) -> bool:
    """Whether a file can be created in ``folder``, tried (``os.access`` says yes to root on a
    read-only mount); the probe is removed at once."""
    import tempfile

    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".aiguillage-probe-"):
            return True
    except OSError:
        return False


def describe_skipped(skipped: Mapping[str, int], lang: str = "en") -> str:
    """One line for what ingest left out, e.g. "skipped: 436 symbolic links, 2 hidden entries"."""
    words = {"en": {"links": "symbolic links (not followed)", "hidden": "hidden entries",
                    "bookkeeping": "bookkeeping files", "outputs": "Aiguillage output folders",
                    "special": "special files"},
             "fr": {"links": "liens symboliques (non suivis)", "hidden": "entrées cachées",
                    "bookkeeping": "fichiers de service", "outputs": "dossiers de sortie Aiguillage",
                    "special": "fichiers spéciaux"}}[lang if lang == "fr" else "en"]
    parts = [f"{int(skipped[k])} {words[k]}" for k in SKIP_KINDS if int(skipped.get(k, 0))]
    return ", ".join(parts)


def ingest(input_dir: str | Path, skipped: Counter[str] | None = None) -> list[Document]:
    """Hash and sniff every file. The first occurrence of a content is the original; later ones
    are marked ``duplicate_of`` it and share its doc_id-derived outputs. ``skipped`` counts the
    entries left out (links, hidden, bookkeeping, output folders)."""
    from aiguillage.storage import is_remote

    if is_remote(input_dir):
        return ingest_remote(str(input_dir), skipped)
    root = Path(input_dir)
    docs: list[Document] = []
    seen: dict[str, str] = {}
    for p in walk(root, skipped):
        digest = sha256_file(p)
        rel = p.relative_to(root).as_posix()
        did = doc_id_for(digest)
        dup = seen.get(did)
        if dup is None:
            seen[did] = rel
        docs.append(Document(doc_id=did, source=rel, path=str(p), sha256=digest, size=p.stat().st_size,
                             format=sniff_format(p), duplicate_of=dup))
    return docs


def ingest_remote(url: str, skipped: Counter[str] | None = None) -> list[Document]:
    """:func:`ingest` for an object-store prefix. Each object is streamed once: hashed while it is
    spooled to a private temporary file that the sniffer reads (a ZIP's directory sits at its end),
    then removed; one object at a time, never the whole batch. ``path`` is the object's URL."""
    import tempfile

    from aiguillage.storage import location

    root = location(url)
    docs: list[Document] = []
    seen: dict[str, str] = {}
    count: Counter[str] = skipped if skipped is not None else Counter()
    for rel, loc, size in root.iter_files():
        if rel.rsplit("/", 1)[-1] in IGNORED_NAMES:
            count["bookkeeping"] += 1
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
