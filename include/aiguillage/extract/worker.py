"""The extraction worker: ``python -m aiguillage.extract.worker``.

A long-lived, lightweight child of the pipeline (it never loads spaCy). It reads one request per
line on stdin, extracts under its own memory cap (RLIMIT_AS, soft limit set per request) and
answers with a length-prefixed JSON frame on a private copy of stdout (fd 1 itself is pointed at
stderr, so a library that prints cannot corrupt the protocol). JSON, not pickle: a compromised
worker cannot make the parent execute anything.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import struct
import sys
from typing import Any

HEADER = struct.Struct(">Q")


def encode(obj: dict[str, Any]) -> bytes:
    data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
    return HEADER.pack(len(data)) + data


def _set_memory(mem_mb: int) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = mem_mb << 20
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def handle(req: dict[str, Any]) -> dict[str, Any]:
    from aiguillage.extract import extract
    from aiguillage.extract.limits import Limits
    from aiguillage.records import QuarantineError

    if req.get("scratch"):
        os.environ["TMPDIR"] = os.environ["AIGUILLAGE_SANDBOX_SCRATCH"] = str(req["scratch"])
        import tempfile

        tempfile.tempdir = str(req["scratch"])
    _set_memory(int(req["mem_mb"]))
    try:
        ext = extract(req["path"], req["fmt"], limits=Limits(), raw=bool(req.get("raw")))
    except QuarantineError as exc:
        return {"ok": False, "code": exc.code, "message": exc.message, "restart": exc.code == "TOO_LARGE"}
    except MemoryError:
        return {"ok": False, "code": "TOO_LARGE", "message": "extraction exceeded the memory cap",
                "restart": True}
    finally:
        _set_memory(1 << 20)  # back to (practically) unlimited to write the answer
    return {"ok": True, "format": ext.format, "pages": ext.pages, "flags": sorted(ext.flags),
            "warnings": list(ext.warnings),
            "parts": [[p.text, p.kind, p.page, sorted(p.flags)] for p in ext.parts]}


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    proto = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    # warm the imports that almost every document needs, before the first timeout starts
    import aiguillage.extract
    import aiguillage.extract.docx
    import aiguillage.extract.pdf

    aiguillage.extract.pdf.preload_libraries()  # imports pdfplumber/pdfminer once, here
    from aiguillage.extract.job import set_progress_hook

    def progress() -> None:
        proto.write(encode({"progress": 1}))

    set_progress_hook(progress)
    proto.write(encode({"ready": True, "pid": os.getpid()}))
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = handle(json.loads(line))
        except Exception as exc:  # never die silently on a bug: the parent quarantines
            answer = {"ok": False, "code": "INTERNAL_ERROR", "message": type(exc).__name__, "restart": True}
        proto.write(encode(answer))
        if answer.get("restart"):
            break


if __name__ == "__main__":
    main()
