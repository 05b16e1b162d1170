"""Caps that keep a hostile file from exhausting the worker: sizes, members, ratios, depth, time.

Defaults suit administrative batches; environment variables (``AIGUILLAGE_EXTRACT_*``) override
them for a deployment without code changes.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(f"AIGUILLAGE_EXTRACT_{name}", default))
    except ValueError:
        return default


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps for one input file, including everything nested inside it."""

    max_file_bytes: int = field(default_factory=lambda: _env_int("MAX_FILE_MB", 256) << 20)
    max_chars: int = field(default_factory=lambda: _env_int("MAX_CHARS", 20_000_000))
    max_pages: int = field(default_factory=lambda: _env_int("MAX_PAGES", 5000))
    zip_max_members: int = field(default_factory=lambda: _env_int("ZIP_MAX_MEMBERS", 2000))
    zip_max_total_bytes: int = field(default_factory=lambda: _env_int("ZIP_MAX_TOTAL_MB", 512) << 20)
    zip_max_member_bytes: int = field(default_factory=lambda: _env_int("ZIP_MAX_MEMBER_MB", 256) << 20)
    zip_max_ratio: int = field(default_factory=lambda: _env_int("ZIP_MAX_RATIO", 200))
    max_depth: int = field(default_factory=lambda: _env_int("MAX_DEPTH", 3))
    max_attachments: int = field(default_factory=lambda: _env_int("MAX_ATTACHMENTS", 200))
    ocr_max_pages: int = field(default_factory=lambda: _env_int("OCR_MAX_PAGES", 40))
    ocr_dpi: int = field(default_factory=lambda: _env_int("OCR_DPI", 300))
    ocr_min_confidence: float = field(default_factory=lambda: float(_env_int("OCR_MIN_CONFIDENCE", 70)))
    convert_timeout_s: int = field(default_factory=lambda: _env_int("CONVERT_TIMEOUT_S", 120))


def tool(name: str) -> str | None:
    """Path of an external tool (``tesseract``, ``soffice``), or None. ``AIGUILLAGE_<NAME>`` may
    point elsewhere (or to a missing path, to test the fail-closed route)."""
    override = os.environ.get(f"AIGUILLAGE_{name.upper()}")
    if override is not None:
        return override if os.path.isfile(override) and os.access(override, os.X_OK) else None
    return shutil.which(name)
