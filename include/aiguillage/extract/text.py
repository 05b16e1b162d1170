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
# Paragraphs end with a blank line; rows, list items and the like with a line break (a table's rows
# stay one per line, as the DOCX and ODT readers write them).
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
          "header", "footer", "blockquote", "pre", "hr", "address", "ul", "ol", "title",
          "figure", "nav", "aside", "main", "form", "fieldset", "dl", "details"}
_LINE = {"br", "li", "tr", "dd", "dt", "caption", "figcaption", "legend", "label", "option", "summary",
         "textarea", "select", "button", "tbody", "thead", "tfoot"}
# Table cells are separated by a tab, as the DOCX and ODT readers write them: cells never glue
# ("Clio" | "AB-123-CD" read "ClioAB-123-CD" defeats every pattern).
_CELL = {"td", "th"}
_CELL_BREAK = "\x00"  # a line break inside a cell, written " / " by ``layout`` (none at a cell's ends)
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
                self._break(1)
            return
        hidden = self.is_hidden or "hidden" in a or _HIDDEN_STYLE.search(a.get("style", "")) is not None \
            or tag == "template"
        self.stack.append((tag, hidden))
        if tag in _BLOCK:
            self._break(2)
        elif tag in _LINE:
            self._break(1)
        elif tag in _CELL:
            self._emit("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "noscript"}:
            self.skip = max(0, self.skip - 1)
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in _BLOCK:
            self._break(2)
        elif tag in _LINE:
            self._break(1)
        elif tag in _CELL:
            self._emit("\t")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        # source line breaks are spaces to a browser (except in <pre>): only tags break lines
        self._emit(data if any(t == "pre" for t, _ in self.stack) else re.sub(r"[ \t\r\n\f]+", " ", data))

    def _break(self, n: int) -> None:
        """At least ``n`` line breaks after what was emitted (spaces and tabs between them aside).
        Inside a table cell a break is a " / " as the DOCX reader writes a cell's lines: a row stays
        one line, its cells in their columns ("06 77 12 98 40<br>04 50 …" would move the next cells
        to a line of their own)."""
        if any(t in _CELL for t, _ in self.stack):
            self._emit(_CELL_BREAK)
            return
        out = self.hidden if self.is_hidden else self.visible
        have = 0
        for chunk in reversed(out):
            if chunk.strip(" \t\n"):
                break
            have += chunk.count("\n")
        if out and have < n:
            self._emit("\n" * (n - have))

    def handle_comment(self, data: str) -> None:
        if data.strip():
            self.hidden.append(data.strip())

    def _emit(self, text: str) -> None:
        (self.hidden if self.is_hidden else self.visible).append(text)


def layout(text: str) -> str:
    """Spaces collapsed; the cells of a row one tab apart (empty cells dropped, no tab at a line's
    ends); blank lines collapsed to one."""
    text = re.sub(r"(?:^|(?<=[\t\n]))[ \u00a0\x00]*\x00[ \u00a0\x00]*"
                  r"|[ \u00a0\x00]*\x00[ \u00a0\x00]*(?=[\t\n]|$)", "", text)
    text = re.sub(r"[ \u00a0]*\x00[ \u00a0\x00]*", " / ", text)
    text = re.sub(r"[ \u00a0]*\t[\t \u00a0]*", "\t", text)
    text = re.sub(r"[ ]{2,}", " ", text)
    text = "\n".join(line.strip(" \t") for line in text.split("\n"))
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def extract_html(path: Path, job: Job | None = None) -> Extraction:
    reader = _Reader()
    reader.feed(read_text(path))
    reader.close()
    body = layout("".join(reader.visible))
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
