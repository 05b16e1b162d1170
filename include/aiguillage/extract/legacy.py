"""Legacy .doc, .xls and .rtf: converted with LibreOffice headless, then read as DOCX/XLSX.

Without LibreOffice the file is quarantined (LEGACY_CONVERTER_MISSING): a binary Word file read by
guesswork could hide anything. The converter runs with its own profile, in its own process group,
under a timeout; the converted file is extracted by the same code as any DOCX/XLSX.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from aiguillage.extract.job import Job
from aiguillage.extract.limits import tool
from aiguillage.records import Extraction, QuarantineError

_TARGET = {"doc": "docx", "rtf": "docx", "xls": "xlsx"}
_PROFILE: Path | None = None


def _profile() -> Path:
    """One LibreOffice profile per process, reused (the first start builds it: seconds)."""
    global _PROFILE
    if _PROFILE is None:
        _PROFILE = Path(tempfile.mkdtemp(prefix="aig-lo-profile-"))
        atexit.register(shutil.rmtree, _PROFILE, True)
    return _PROFILE


def convert(path: Path, fmt: str, job: Job) -> Path:
    """Convert ``path`` to DOCX/XLSX in the job's scratch folder; return the converted file."""
    soffice = tool("soffice")
    if soffice is None:
        raise QuarantineError("LEGACY_CONVERTER_MISSING",
                              f"legacy .{fmt} needs LibreOffice (soffice), which is not installed")
    target = _TARGET[fmt]
    out = Path(tempfile.mkdtemp(prefix="conv-", dir=job.tmpdir()))
    src = out / f"input.{fmt}"
    shutil.copyfile(path, src)
    cmd = [soffice, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
           f"-env:UserInstallation={_profile().as_uri()}", "--convert-to", target, "--outdir", str(out),
               str(src)]
    env = {**os.environ, "HOME": str(out), "SAL_USE_VCLPLUGIN": "svp"}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL,
                            env=env, start_new_session=True, preexec_fn=_raise_memory_cap)
    scratch = os.environ.get("AIGUILLAGE_SANDBOX_SCRATCH")
    if scratch:  # the sandbox kills this process group if it has to kill the worker
        with open(os.path.join(scratch, "children.pgid"), "a") as fh:
            fh.write(f"{proc.pid}\n")
    try:
        proc.wait(timeout=job.limits.convert_timeout_s)
    except subprocess.TimeoutExpired as exc:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise QuarantineError("TIMEOUT", f"LibreOffice did not convert the .{fmt} within "
                                         f"{job.limits.convert_timeout_s} s") from exc
    result = out / f"input.{target}"
    if not result.is_file() or result.stat().st_size == 0:
        raise QuarantineError("CORRUPT", f"LibreOffice could not convert the .{fmt} file")
    return result


def _raise_memory_cap() -> None:
    # LibreOffice maps far more address space than it uses: the worker's RLIMIT_AS (soft) would
    # make it fail at start-up. Its own timeout bounds it instead.
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))


def extract_legacy(path: Path, fmt_or_job: Job | str, job: Job | None = None) -> Extraction:
    from aiguillage.formats import sniff_format

    if isinstance(fmt_or_job, Job):
        job = fmt_or_job
        fmt = sniff_format(path)
    else:
        fmt = fmt_or_job
    assert job is not None
    if fmt not in _TARGET:
        raise QuarantineError("UNSUPPORTED_FORMAT", f"format {fmt!r} cannot be converted")
    converted = convert(path, fmt, job)
    if _TARGET[fmt] == "docx":
        from aiguillage.extract.docx import extract_docx

        ext = extract_docx(converted, job)
    else:
        from aiguillage.extract.ooxml import extract_ooxml

        ext = extract_ooxml(converted, job)
    converted.unlink(missing_ok=True)
    return replace(ext, format=fmt, flags=ext.flags | {"converted"})
