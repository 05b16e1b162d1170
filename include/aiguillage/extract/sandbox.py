"""Extraction in a separate, reused worker process with a wall-clock timeout and a memory cap.

A file that makes a parser loop, recurse or eat memory must not stop the batch nor lose the
document: the worker is killed (its whole process group, and the converters it started) and the
document is quarantined (TIMEOUT, TOO_LARGE, EXTRACTOR_CRASHED); the next document gets a fresh
worker. The worker is started with ``subprocess`` (fork+exec of a fresh interpreter): it never
inherits the parent's memory (spaCy), so its RLIMIT_AS caps only what extraction uses. One worker
serves a whole shard; starting one costs about half a second, a request a few milliseconds.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

import aiguillage
from aiguillage.extract.worker import HEADER
from aiguillage.records import Extraction, Part, QuarantineError

DEFAULT_TIMEOUT_S = float(os.environ.get("AIGUILLAGE_EXTRACT_TIMEOUT_S", "180"))
DEFAULT_MEM_MB = int(os.environ.get("AIGUILLAGE_EXTRACT_MEM_MB", "2048"))
# Each unit of progress (a PDF page done, an image OCRed) grants this much more time, up to the
# hard cap: a long scan finishes, a parser looping on one page does not.
PROGRESS_GRANT_S = float(os.environ.get("AIGUILLAGE_EXTRACT_PROGRESS_GRANT_S", "60"))
HARD_CAP_S = float(os.environ.get("AIGUILLAGE_EXTRACT_HARD_CAP_S", "1800"))
MAX_DOCS_PER_WORKER = 500
START_TIMEOUT_S = 60.0
CHILD_PIDS_FILE = "children.pgid"


class WorkerDied(Exception):
    pass


class ExtractionWorker:
    """One worker process, started on demand, restarted after a kill or a crash."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.served = 0
        self.starts = 0
        self.lock = threading.Lock()
        # An empty scratch folder left by the previous extraction, for the next one: creating and
        # removing a folder per document costs milliseconds of I/O on some file systems (ext4
        # mounted with ``discard``: ~3 ms here). Only a folder found empty after a clean answer of
        # a worker that goes on is kept; any other is removed, as before.
        self._spare: Path | None = None

    # lifecycle ----------------------------------------------------------------------------
    def _start(self) -> subprocess.Popen[bytes]:
        env = dict(os.environ)
        pkg_root = str(Path(aiguillage.__file__).resolve().parents[1])
        env["PYTHONPATH"] = pkg_root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        env["OMP_THREAD_LIMIT"] = "1"
        debug = os.environ.get("AIGUILLAGE_EXTRACT_DEBUG") == "1"
        proc = subprocess.Popen([sys.executable, "-m", "aiguillage.extract.worker"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=None if debug else subprocess.DEVNULL,
                                env=env, start_new_session=True, close_fds=True)
        self.proc = proc
        self.served = 0
        self.starts += 1
        try:
            hello = self._read(proc, time.monotonic() + START_TIMEOUT_S)
        except (WorkerDied, TimeoutError) as exc:
            self.stop()
            raise QuarantineError("EXTRACTOR_UNAVAILABLE", "the extraction worker could not start") from exc
        if not hello.get("ready"):
            self.stop()
            raise QuarantineError("EXTRACTOR_UNAVAILABLE", "the extraction worker could not start")
        return proc

    def stop(self, scratch: Path | None = None) -> None:
        spare, self._spare = self._spare, None
        if spare is not None:
            shutil.rmtree(spare, ignore_errors=True)
        proc, self.proc = self.proc, None
        if scratch is not None:
            _kill_children(scratch)
        if proc is None:
            return
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()

    def abort(self) -> None:
        """Kill the extractor now, from any thread: an extraction in progress fails (its caller
        gets a QuarantineError) and the next one starts a new extractor."""
        proc = self.proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)

    # one document -------------------------------------------------------------------------
    def extract(self, path: str | Path, fmt: str, timeout_s: float, mem_mb: int,
                raw: bool = False) -> Extraction:
        with self.lock:
            proc = self.proc if self.proc is not None and self.proc.poll() is None else self._start()
            scratch, self._spare = self._spare or Path(tempfile.mkdtemp(prefix="aig-sandbox-")), None
            clean = False
            req = {"path": str(Path(path).resolve()), "fmt": fmt, "mem_mb": mem_mb, "scratch": str(scratch),
                   "raw": raw}
            try:
                try:
                    assert proc.stdin is not None
                    proc.stdin.write((json.dumps(req) + "\n").encode("utf-8"))
                    proc.stdin.flush()
                    answer = self._answer(proc, timeout_s)
                except TimeoutError as exc:
                    self.stop(scratch)
                    raise QuarantineError("TIMEOUT", f"extraction took longer than {timeout_s:g} s: "
                                                     "the extractor was stopped") from exc
                except (WorkerDied, BrokenPipeError, OSError) as exc:
                    code = self._death_code()
                    self.stop(scratch)
                    raise QuarantineError(*code) from exc
                self.served += 1
                if answer.get("restart") or self.served >= MAX_DOCS_PER_WORKER:
                    self.stop(scratch)
                else:
                    clean = True
            finally:
                if clean and self.proc is proc and _empty(scratch):
                    self._spare = scratch
                else:
                    shutil.rmtree(scratch, ignore_errors=True)
        if not answer.get("ok"):
            raise QuarantineError(str(answer.get("code", "CORRUPT")), str(answer.get("message", "")))
        return Extraction(
            format=str(answer["format"]),
            parts=tuple(Part(str(t), str(k), p if isinstance(p, int) else None, frozenset(f))
                        for t, k, p, f in answer["parts"]),
            pages=int(answer["pages"]), flags=frozenset(answer["flags"]), warnings=tuple(answer["warnings"]))

    def _death_code(self) -> tuple[str, str]:
        proc = self.proc
        rc = proc.wait(timeout=5) if proc is not None else None
        if rc is not None and rc < 0:
            sig = signal.Signals(-rc).name if -rc in signal.Signals._value2member_map_ else str(-rc)
            if -rc in (signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS):
                return ("EXTRACTOR_CRASHED", f"the extractor crashed ({sig}); the file may be hostile "
                                             "or exhaust the memory cap")
            return ("EXTRACTOR_CRASHED", f"the extractor was killed ({sig})")
        return ("EXTRACTOR_CRASHED", f"the extractor exited unexpectedly (status {rc})")

    def _answer(self, proc: subprocess.Popen[bytes], timeout_s: float) -> dict[str, Any]:
        """The answer to the request, reading progress frames on the way: each one moves the
        deadline (never before the initial one, never past the hard cap)."""
        now = time.monotonic()
        deadline = now + timeout_s
        hard = now + max(timeout_s, HARD_CAP_S)
        while True:
            frame = self._read(proc, deadline)
            if "progress" not in frame:
                return frame
            deadline = min(hard, max(deadline, time.monotonic() + min(PROGRESS_GRANT_S, timeout_s)))

    @staticmethod
    def _read(proc: subprocess.Popen[bytes], deadline: float) -> dict[str, Any]:
        assert proc.stdout is not None
        header = _read_exact(proc.stdout, HEADER.size, deadline)
        (size,) = HEADER.unpack(header)
        return json.loads(_read_exact(proc.stdout, size, deadline))  # type: ignore[no-any-return]


def _read_exact(stream: IO[bytes], n: int, deadline: float) -> bytes:
    fd = stream.fileno()
    # poll(), not select(): select() refuses a descriptor numbered 1024 or more, which a long-lived
    # process (a worker, a test session) can reach.
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    chunks: list[bytes] = []
    got = 0
    while got < n:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        if not poller.poll(max(1, int(left * 1000))):
            raise TimeoutError
        chunk = os.read(fd, min(n - got, 1 << 20))
        if not chunk:
            raise WorkerDied
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _empty(folder: Path) -> bool:
    """Whether ``folder`` is a folder holding nothing (False when it cannot be read)."""
    try:
        with os.scandir(folder) as entries:
            return next(entries, None) is None
    except OSError:
        return False


def _kill_children(scratch: Path) -> None:
    """Converters (LibreOffice) run in their own process group, recorded in the scratch folder."""
    f = scratch / CHILD_PIDS_FILE
    if not f.is_file():
        return
    for line in f.read_text().split():
        try:
            os.killpg(int(line), signal.SIGKILL)
        except (ValueError, ProcessLookupError, PermissionError):
            continue


_WORKER: ExtractionWorker | None = None
_WORKER_PID: int | None = None


def worker() -> ExtractionWorker:
    """The worker of this process (a forked pipeline process gets its own)."""
    global _WORKER, _WORKER_PID
    if _WORKER is None or os.getpid() != _WORKER_PID:
        _WORKER = ExtractionWorker()
        _WORKER_PID = os.getpid()
        atexit.register(_WORKER.stop)
    return _WORKER


def extract_safely(path: str | Path, fmt: str, timeout_s: float | None = None, mem_mb: int | None = None,
                   raw: bool = False) -> Extraction:
    """Extract in the sandboxed worker; raise QuarantineError (TIMEOUT, TOO_LARGE, ENCRYPTED, MACRO,
    ZIP_BOMB, XML_DTD, CORRUPT, UNSUPPORTED_FORMAT, LEGACY_CONVERTER_MISSING, EXTRACTOR_CRASHED...)."""
    return worker().extract(path, fmt, DEFAULT_TIMEOUT_S if timeout_s is None else timeout_s,
                            DEFAULT_MEM_MB if mem_mb is None else mem_mb, raw=raw)


__all__ = ["ExtractionWorker", "extract_safely", "worker"]
