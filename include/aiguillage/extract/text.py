"""Plain text, Markdown and HTML.

HTML is read with the standard parser, never by regex: visible text is the body; what a browser
would not show (comments, ``display:none``/``hidden`` elements, ``<template>``, alternative texts,
titles) is still extracted and flagged invisible; ``<meta>`` values are metadata. Scripts and
styles are code, not content, but a ``mailto:`` in a link is kept as metadata.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from aiguillage.extract.job import Job
from aiguillage.records import Extraction, Part


def decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def read_text(path: Path) -> str:
    return decode(path.read_bytes())


def extract_text(path: Path, job: Job | None = None) -> Extraction:
    text = read_text(path)
    pages = max(1, len(text) // 3000)
    return Extraction(format="txt", parts=(Part(text, "body"),), pages=pages)


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr"}
_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
          "header", "footer", "blockquote", "pre", "dd", "dt", "hr", "address", "ul", "ol", "title"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])"
                           r"|opacity\s*:\s*0(?![.\d])", re.I)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.visible: list[str] = []
        self.hidden: list[str] = []
        self.meta: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, hidden)
        self.skip = 0  # inside script/style

    @property
    def is_hidden(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag in {"script", "style", "noscript"}:
            self.skip += 1
            return
        for key in ("alt", "title", "aria-label", "placeholder", "value"):
            if a.get(key,
                     "").strip() and not (tag == "input" and a.get("type") == "hidden" and key == "title"):
                self.hidden.append(a[key])
        if tag == "meta" and a.get("content"):
            self.meta.append(f"{a.get('name') or a.get('property') or 'meta'}: {a['content']}")
        href = a.get("href", "")
        if href.lower().startswith(("mailto:", "tel:")):
            self.meta.append(href)
        if tag in _VOID:
            if tag in {"br", "hr"}:
                self._emit("\n")
            return
        hidden = self.is_hidden or "hidden" in a or _HIDDEN_STYLE.search(a.get("style", "")) is not None \
            or tag == "template"
        self.stack.append((tag, hidden))
        if tag in _BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "noscript"}:
            self.skip = max(0, self.skip - 1)
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in _BLOCK:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        self._emit(data)

    def handle_comment(self, data: str) -> None:
        if data.strip():
            self.hidden.append(data.strip())

    def _emit(self, text: str) -> None:
        (self.hidden if self.is_hidden else self.visible).append(text)


def extract_html(path: Path, job: Job | None = None) -> Extraction:
    reader = _Reader()
    reader.feed(read_text(path))
    reader.close()
    body = re.sub(r"[ \t]+", " ", "".join(reader.visible))
    body = re.sub(r"\n\s*\n+", "\n\n", body).strip()
    parts = [Part(body, "body")]
    hidden = "\n".join(h.strip() for h in reader.hidden if h.strip())
    flags: set[str] = set()
    if hidden:
        parts.append(Part(hidden, "hidden", None, frozenset({"invisible_text"})))
        flags.add("invisible_text")
    if reader.meta:
        parts.append(Part("\n".join(reader.meta), "metadata"))
    return Extraction(format="html", parts=tuple(parts), pages=max(1, len(body) // 3000),
                      flags=frozenset(flags))
