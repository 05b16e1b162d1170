"""Storage locations addressed by URL: plain local paths, ``file://`` and ``s3://bucket/prefix``.

Administrations keep batches in S3-compatible object storage (SecNumCloud providers among them), so
every place the pipeline reads or writes is a :class:`Location`: an fsspec filesystem and a path in
it. Local locations keep the local guarantees (temporary file, fsync, rename); remote ones rely on
the object store's own guarantee that one PUT is atomic per object.

Credentials never travel in URLs. ``s3://name@bucket/prefix`` names them: under Airflow ``name`` is a
connection id (endpoint and keys live in the connection, resolved through ``ObjectStoragePath`` by
:mod:`aiguillage.airflow_glue`, the only module allowed to import Airflow); in the CLI it is an AWS
profile. Without a name, the standard AWS environment (``AWS_ENDPOINT_URL``, keys, profile) applies.
"""

from __future__ import annotations

import contextlib
import json
import os
import posixpath
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urlsplit

from fsspec import AbstractFileSystem
from fsspec.implementations.local import LocalFileSystem

# url → filesystem. Airflow installs its own (connections through ObjectStoragePath); the default
# builds s3fs from the AWS environment. Only remote URLs reach a factory.
FilesystemFactory = Callable[[str], AbstractFileSystem]

REMOTE_SCHEMES = {"s3", "s3a"}
_LOCAL_FS = LocalFileSystem()
_factory: FilesystemFactory | None = None


class StorageError(ValueError):
    """A location that cannot be used: unknown scheme, credentials in the URL, missing bucket."""


def set_filesystem_factory(factory: FilesystemFactory | None) -> None:
    """Install how remote URLs get their filesystem (Airflow connections, tests); None restores the
    default (s3fs from the AWS environment)."""
    global _factory
    _factory = factory


def _default_factory(url: str) -> AbstractFileSystem:
    import s3fs

    profile = urlsplit(url).username
    # No listing cache: another worker may have written since; stale listings would hide outputs.
    kwargs: dict[str, Any] = {"use_listings_cache": False}
    if profile:
        kwargs["profile"] = profile
    fs: AbstractFileSystem = s3fs.S3FileSystem(**kwargs)
    return fs


def is_remote(where: str | Path) -> bool:
    return isinstance(where, str) and urlsplit(where).scheme.lower() in REMOTE_SCHEMES


def _check_url(url: str) -> tuple[str, str]:
    """Return (scheme, fs path ``bucket/prefix``) of a remote URL; refuse secrets and bad shapes."""
    parts = urlsplit(url)
    if parts.password is not None:
        raise StorageError("credentials in a storage URL are refused: name an Airflow connection or "
                           "an AWS profile instead (s3://name@bucket/prefix)")
    if not parts.hostname:
        raise StorageError("a remote location needs a bucket: s3://bucket/prefix")
    if parts.query or parts.fragment:
        raise StorageError("a storage URL takes no query nor fragment")
    bucket = parts.netloc.rpartition("@")[2]
    # No normalisation: "a/../b" is a legal object key, distinct from "b".
    return parts.scheme.lower(), f"{bucket}/{unquote(parts.path).strip('/')}".rstrip("/")


def _quote(name: str) -> str:
    """Escape what a URL would otherwise misread in an object name (%, ?, #)."""
    return name.replace("%", "%25").replace("?", "%3F").replace("#", "%23")


@dataclass(frozen=True, slots=True)
class Location:
    """A folder-like place: a filesystem and a path in it (``bucket/prefix`` for S3).

    ``url`` is what configuration, logs and the audit may show: it names a connection or a profile,
    never a secret.
    """

    fs: AbstractFileSystem
    path: str
    url: str

    @property
    def local(self) -> bool:
        return isinstance(self.fs, LocalFileSystem)

    @property
    def name(self) -> str:
        return posixpath.basename(self.path.rstrip("/"))

    def __truediv__(self, name: str) -> Location:
        name = name.strip("/")
        if not name or any(part in ("", ".", "..") for part in name.split("/")):
            raise StorageError("a location part must be a plain relative name")
        return self._child(name)

    def _child(self, rel: str) -> Location:
        url = f"{self.url.rstrip('/')}/{rel if self.local else _quote(rel)}"
        return Location(self.fs, f"{self.path.rstrip('/')}/{rel}", url)

    def __str__(self) -> str:
        return self.url

    def as_path(self) -> Path:
        """The local path (local locations only): the local code paths keep their rename guarantees."""
        if not self.local:
            raise StorageError(f"not a local location: {self.url}")
        return Path(self.path)

    # --- reading -------------------------------------------------------------------------------
    def exists(self) -> bool:
        return bool(self.fs.exists(self.path))

    def is_dir(self) -> bool:
        return bool(self.fs.isdir(self.path))

    def is_file(self) -> bool:
        return bool(self.fs.isfile(self.path))

    def size(self) -> int:
        return int(self.fs.size(self.path))

    def open_read(self) -> IO[bytes]:
        """A streaming reader (ranged GETs on S3): nothing is copied whole."""
        fh: IO[bytes] = self.fs.open(self.path, "rb")
        return fh

    def read_bytes(self) -> bytes:
        if self.local:
            return Path(self.path).read_bytes()
        data: bytes = self.fs.cat_file(self.path)
        return data

    def read_text(self) -> str:
        return self.read_bytes().decode("utf-8")

    def read_json(self) -> Any:
        return json.loads(self.read_bytes())

    def listdir(self) -> list[str]:
        """Names of the immediate children (folders and objects), sorted; empty if absent."""
        self._refresh()
        try:
            entries = self.fs.ls(self.path, detail=False)
        except FileNotFoundError:
            return []
        base = self._native().rstrip("/")
        return sorted({posixpath.basename(str(e).rstrip("/")) for e in entries if str(e).rstrip("/") != base})

    def iter_files(self) -> Iterator[tuple[str, Location, int]]:
        """Every file under this location as (relative posix name, location, size), stable order.

        Hidden names (a part starting with a dot) are skipped. Locally, symlinks are not followed
        (a link to /etc/shadow is not a document of the batch)."""
        if self.local:
            root = Path(self.path)
            for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    p = Path(dirpath) / name
                    if name.startswith(".") or p.is_symlink() or not p.is_file():
                        continue
                    rel = p.relative_to(root).as_posix()
                    yield rel, self / rel, p.stat().st_size
            return
        self._refresh()
        base = self._native().rstrip("/") + "/"
        found = self.fs.find(self.path, withdirs=False, detail=True)
        for key in sorted(found):
            info = found[key]
            k = str(key)
            if not k.startswith(base) or info.get("type") == "directory":
                continue
            rel = k[len(base):]
            if not rel or any(part.startswith(".") for part in rel.split("/")):
                continue
            # keys are taken as they are (even "a//b" or "x/../y"): every object is a document
            yield rel, self._child(rel), int(info.get("size") or 0)

    # --- writing -------------------------------------------------------------------------------
    def write_bytes(self, data: bytes) -> None:
        """Write atomically: temp + fsync + rename locally, one PUT remotely (atomic per object)."""
        if self.local:
            from aiguillage.files import atomic_write_bytes

            atomic_write_bytes(self.path, data)
        else:
            self.fs.pipe_file(self.path, data)

    def write_text(self, text: str) -> None:
        self.write_bytes(text.encode("utf-8"))

    def write_json(self, obj: Any) -> None:
        self.write_text(json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n")

    def upload(self, local_file: str | Path) -> None:
        """Copy a local file here, streamed (multipart on S3); atomic rename locally."""
        if self.local:
            target = Path(self.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
            try:
                with os.fdopen(fd, "wb") as out, open(local_file, "rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        else:
            self.fs.put_file(str(local_file), self.path)

    def copy_to(self, target: Location) -> None:
        """Copy one file to ``target``, streamed; server-side when both sit in the same store."""
        if target.fs is self.fs and not self.local:
            self.fs.copy(self.path, target.path)
            return
        with self.local_copy() as src:
            target.upload(src)

    def remove(self) -> None:
        """Remove this file or folder (recursively); absent is fine."""
        if self.local:
            p = Path(self.path)
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
            return
        with contextlib.suppress(FileNotFoundError):
            self.fs.rm(self.path, recursive=True)
        self._refresh()

    def _native(self) -> str:
        """The path as the filesystem spells it in listings (a memory fs adds a leading slash)."""
        return str(self.fs._strip_protocol(self.path))

    def _refresh(self) -> None:
        if not self.local:
            self.fs.invalidate_cache(self.path)

    # --- local views ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def local_copy(self) -> Iterator[Path]:
        """A local path with this file's bytes, for what needs a real file (extraction, zip
        sniffing). Local files are used in place; remote ones are streamed to a private temporary
        file that is removed on exit, one file at a time."""
        if self.local:
            yield Path(self.path)
            return
        suffix = posixpath.splitext(self.path)[1][:16] if "." in self.name else ""
        fd, tmp = tempfile.mkstemp(prefix="aiguillage-", suffix=suffix)
        try:
            with os.fdopen(fd, "wb") as out, self.open_read() as src:
                shutil.copyfileobj(src, out, 1 << 20)
            yield Path(tmp)
        finally:
            Path(tmp).unlink(missing_ok=True)

    @contextlib.contextmanager
    def staged_folder(self, prefetch: tuple[str, ...] = ()) -> Iterator[Path]:
        """A local folder whose files end up here: used for outputs that writers produce as files
        (manifest, parquet, report, the audit history). Local: the folder itself. Remote: a
        temporary folder, first filled with the existing files of the ``prefetch`` sub-folders (so
        writers that extend a history see it), then new and changed files are uploaded on success;
        nothing is uploaded on failure."""
        if self.local:
            p = Path(self.path)
            p.mkdir(parents=True, exist_ok=True)
            yield p
            return
        tmp = Path(tempfile.mkdtemp(prefix="aiguillage-stage-"))
        try:
            before: dict[str, tuple[int, int]] = {}
            for sub in prefetch:
                for rel, loc, _ in (self / sub).iter_files():
                    target = tmp / sub / rel
                    target.parent.mkdir(parents=True, exist_ok=True)
                    self.fs.get_file(loc.path, str(target))
                    st = target.stat()
                    before[f"{sub}/{rel}"] = (st.st_size, st.st_mtime_ns)
            yield tmp
            for f in sorted(tmp.rglob("*")):
                if not f.is_file() or f.name.startswith(".tmp-"):
                    continue
                rel = f.relative_to(tmp).as_posix()
                st = f.stat()
                if before.get(rel) != (st.st_size, st.st_mtime_ns):
                    (self / rel).upload(f)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def location(where: str | Path | Location) -> Location:
    """The location of a plain path, a ``file://`` URL or an ``s3://`` URL."""
    if isinstance(where, Location):
        return where
    if isinstance(where, Path):
        p = str(where.expanduser().absolute())
        return Location(_LOCAL_FS, p, p)
    text = str(where).strip()
    if not text:
        raise StorageError("empty location")
    scheme = urlsplit(text).scheme.lower()
    if scheme == "file":
        parts = urlsplit(text)
        if parts.netloc not in ("", "localhost"):
            raise StorageError("file:// URLs must be local (file:///path)")
        return location(Path(parts.path))
    if scheme in REMOTE_SCHEMES:
        _, path = _check_url(text)
        fs = (_factory or _default_factory)(text)
        return Location(fs, path, text.rstrip("/"))
    if len(scheme) > 1:  # a one-letter scheme is a Windows drive, anything longer is a URL
        raise StorageError(f"unsupported storage scheme {scheme!r}: use a path, file:// or s3://")
    return location(Path(text))


__all__ = ["Location", "StorageError", "is_remote", "location", "set_filesystem_factory"]
