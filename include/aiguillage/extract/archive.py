"""ZIP archives: every member extracted as a document of the archive, within caps.

Member names never become paths (no zip-slip): each member is written to a scratch file named by
its index. Names go to a metadata part (they often name people). Nested archives count against
the same depth and member caps as the outer one.
"""

from __future__ import annotations

from pathlib import Path

from aiguillage.extract.container import SafeZip
from aiguillage.extract.job import Job
from aiguillage.records import Extraction, Part


def extract_zip(path: Path, job: Job) -> Extraction:
    from aiguillage.extract import extract_member, member_flags

    parts: list[Part] = []
    names: list[str] = []
    with SafeZip(path, job.limits, "ZIP archive") as z:
        n = 0
        for info in z.infos:
            if info.is_dir():
                continue
            n += 1
            names.append(f"member {n}: {info.filename}")
            parts.extend(extract_member(z.read(info.filename), f"ZIP member {n}", job, info.filename))
    if names:
        parts.append(Part("\n".join(names), "metadata"))
    return Extraction(format="zip", parts=tuple(parts), pages=max(1, n), flags=frozenset(member_flags(parts)))
