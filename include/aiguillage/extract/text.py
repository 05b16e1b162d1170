"""Plain text, Markdown and HTML."""

from __future__ import annotations

import html
import re
from pathlib import Path

from aiguillage.records import Extraction, Part


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def extract_text(path: Path) -> Extraction:
    return Extraction(format="txt", parts=(Part(read_text(path), "body"),))


_TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)


def extract_html(path: Path) -> Extraction:
    txt = html.unescape(_TAG.sub(" ", read_text(path)))
    return Extraction(format="html", parts=(Part(re.sub(r"[ \t]+", " ", txt), "body"),))
