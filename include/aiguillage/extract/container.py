"""ZIP containers (OOXML, ODF, plain archives) opened within caps.

Declared sizes are checked first (member count, total, ratio), then every read is bounded again,
because a hostile archive may lie in its central directory.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from aiguillage.extract.limits import Limits
from aiguillage.records import QuarantineError


class SafeZip:
    """A read-only ZIP whose members are read with size and ratio caps."""

    def __init__(self, path: Path, limits: Limits, what: str = "archive") -> None:
        self.limits = limits
        self.what = what
        try:
            self.zf = zipfile.ZipFile(path)
            infos = self.zf.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise QuarantineError("CORRUPT", f"damaged ZIP container ({what})") from exc
        if len(infos) > limits.zip_max_members:
            raise QuarantineError("ZIP_BOMB",
                                  f"{what} has {len(infos)} members (cap {limits.zip_max_members})")
        total = sum(i.file_size for i in infos)
        if total > limits.zip_max_total_bytes:
            raise QuarantineError("ZIP_BOMB", f"{what} expands to {total >> 20} MiB "
                                              f"(cap {limits.zip_max_total_bytes >> 20} MiB)")
        for i in infos:
            if i.flag_bits & 0x1:
                raise QuarantineError("ENCRYPTED", f"{what} has password-protected members")
            if i.file_size > limits.zip_max_member_bytes:
                raise QuarantineError("ZIP_BOMB",
                                      f"a member of the {what} expands to {i.file_size >> 20} MiB")
            # small members cannot bomb; a blank bitmap may well compress 500 times
            if i.file_size > (16 << 20) and i.file_size > limits.zip_max_ratio * max(1, i.compress_size):
                raise QuarantineError("ZIP_BOMB", f"a member of the {what} has a compression ratio above "
                                                  f"{limits.zip_max_ratio}")
        self.infos = infos
        self._read_total = 0
        self.names = [i.filename for i in infos]

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.zf.close()

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes:
        """Read a member, never more than its cap nor the archive's total cap."""
        info = self.zf.getinfo(name)
        # zipfile stops at the declared size (and checks the CRC): the caps on declared sizes
        # checked at opening hold; this bound is a second line
        cap = min(self.limits.zip_max_member_bytes, self.limits.zip_max_total_bytes - self._read_total)
        try:
            with self.zf.open(info) as fh:
                data = fh.read(cap + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise QuarantineError("CORRUPT", f"a member of the {self.what} cannot be read") from exc
        except RuntimeError as exc:  # encrypted member
            raise QuarantineError("ENCRYPTED", f"{self.what} has password-protected members") from exc
        if len(data) > cap:
            raise QuarantineError("ZIP_BOMB", f"a member of the {self.what} expands beyond its declared size "
                                              "or the caps")
        self._read_total += len(data)
        return data
