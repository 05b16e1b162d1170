"""A disk cache for the compiled form of very large regular expressions (spaCy's French tokenizer).

spaCy's French tokenizer builds a 1.4 MB regular expression (``TOKEN_MATCH``: hyphenated and
elided words that stay one token) and compiles it each time a process loads the model: about
three seconds of Python (sre's parser and compiler), half of the model load, paid by every CLI
run, every Airflow task process and every test session. The compiled program is a list of
integers; this module keeps it on disk and rebuilds the pattern object from it in milliseconds.

Used only around the model load (:func:`cached_compile`). Safety: the cache is keyed by the
pattern's SHA-256, the flags and the exact Python build and sre version; the file's own digest is
checked; CPython validates the program when the pattern object is built (``_sre.compile``
rejects an invalid one). Any mismatch or error falls back to the normal compile, which
rewrites the entry. The pattern is spaCy's, not anyone's data; nothing else is stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# Only patterns this long are worth a file (the French TOKEN_MATCH is ~1.4 MB).
MIN_PATTERN_CHARS = 100_000
_FORMAT = 1


def cache_dir() -> Path:
    """``$AIGUILLAGE_CACHE_DIR``, else ``$XDG_CACHE_HOME/aiguillage``, else ``~/.cache/aiguillage``."""
    env = os.environ.get("AIGUILLAGE_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "aiguillage"


def _runtime_key() -> str:
    import _sre

    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_FORMAT}"


def _entry(pattern: str, flags: int, folder: Path) -> Path:
    key = f"{_runtime_key()}|{flags}|{pattern}".encode("utf-8", "surrogatepass")
    digest = hashlib.sha256(key).hexdigest()
    return folder / f"sre-{digest[:40]}.bin"


def _build(pattern: str, flags: int) -> tuple[re.Pattern[str], dict[str, Any], bytes]:
    """Compile as ``re.compile`` does (CPython 3.11+), keeping the program."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    final_flags = flags | p.state.flags
    compiled = _sre.compile(pattern, final_flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))
    blob = array("I", code).tobytes() if _sre.CODESIZE == 4 else b""
    meta = {"flags": final_flags, "groups": p.state.groups, "groupindex": groupindex,
            "indexgroup": indexgroup, "sha256": hashlib.sha256(blob).hexdigest(), "length": len(pattern)}
    return compiled, meta, blob


def _load(pattern: str, flags: int, path: Path) -> re.Pattern[str] | None:
    import _sre

    raw = path.read_bytes()
    head, sep, blob = raw.partition(b"\n")
    if not sep:
        return None
    meta = json.loads(head)
    if hashlib.sha256(blob).hexdigest() != meta["sha256"] or meta["length"] != len(pattern):
        return None
    code = array("I")
    code.frombytes(blob)
    groupindex = {str(k): int(v) for k, v in meta["groupindex"].items()}
    compiled = _sre.compile(pattern, meta["flags"], code.tolist(), meta["groups"] - 1, groupindex,
                            tuple(meta["indexgroup"]))
    if compiled.pattern != pattern or compiled.groups != meta["groups"] - 1:
        return None
    return compiled  # type: ignore[no-any-return]


def _save(path: Path, meta: dict[str, Any], blob: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".sre-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(json.dumps(meta).encode() + b"\n" + blob)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def compile_cached(pattern: str, flags: int = 0, folder: Path | None = None) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the disk cache when possible."""
    import _sre

    if _sre.CODESIZE != 4 or sys.implementation.name != "cpython":
        return re.compile(pattern, flags)
    path = _entry(pattern, flags, folder or cache_dir())
    with contextlib.suppress(Exception):
        if path.is_file():
            compiled = _load(pattern, flags, path)
            if compiled is not None:
                return compiled
    try:
        compiled, meta, blob = _build(pattern, flags)
    except Exception:  # a private API changed: the plain compile is always right
        return re.compile(pattern, flags)
    with contextlib.suppress(OSError):
        _save(path, meta, blob)
    return compiled


@contextlib.contextmanager
def cached_compile(folder: Path | None = None) -> Iterator[None]:
    """Within the block, ``re.compile`` of a string pattern of at least ``MIN_PATTERN_CHARS``
    goes through :func:`compile_cached` (and is kept in ``re``'s own cache, so the same string
    compiled again — spaCy compiles TOKEN_MATCH twice — costs a lookup)."""
    original: Callable[..., re.Pattern[Any]] = re.compile
    memo: dict[tuple[str, int], re.Pattern[str]] = {}

    def compile_(pattern: Any, flags: Any = 0) -> re.Pattern[Any]:
        if isinstance(pattern, str) and len(pattern) >= MIN_PATTERN_CHARS:
            key = (pattern, int(flags))
            if key not in memo:
                memo[key] = compile_cached(pattern, int(flags), folder)
            return memo[key]
        return original(pattern, flags)

    re.compile = compile_
    try:
        yield
    finally:
        re.compile = original
