"""Read every kind of file that may sit under ``public/`` as text, to look for leaks in it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path


def readable_text(path: Path) -> str:
    data = path.read_bytes()
    chunks = [data.decode("utf-8", "replace")]
    if data.startswith(b"%PDF"):
        try:
            import pdfplumber

            with pdfplumber.open(io.BytesIO(data)) as pdf:
                chunks += [p.extract_text() or "" for p in pdf.pages]
                chunks += [str(v) for v in (pdf.metadata or {}).values()]
        except Exception:
            pass
    elif data.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                for name in zf.namelist():
                    chunks.append(name)
                    chunks.append(zf.read(name).decode("utf-8", "replace"))
        except Exception:
            pass
    return "\n".join(chunks)
