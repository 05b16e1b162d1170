"""DOCX: every story of the package, read from its XML (python-docx exposes only some of them).

Body (paragraphs and tables, nested tables flattened into their cell), headers and footers of
every section (default, first-page and even-page ones: every ``header*.xml``/``footer*.xml`` part,
referenced or not), footnotes, endnotes, comments, text boxes and shapes (the DrawingML choice,
not its VML fallback, so nothing is counted twice), tracked insertions (kept inline: they are part
of the current text) and deletions (a part of their own), hidden runs (``w:vanish``), field codes,
form fields, alternative texts, core/app/custom properties, external link targets, customXml data
and embedded documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from aiguillage.extract.container import SafeZip
from aiguillage.extract.job import Job
from aiguillage.extract.ocr import office_images
from aiguillage.extract.ooxml import (
    check_package,
    embedded_members,
    external_targets,
    media_members,
    properties,
)
from aiguillage.extract.safexml import all_text, local, parse_xml
from aiguillage.records import Extraction, Part

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OFF = {"0", "false", "off"}
_STORIES = [
    (re.compile(r"^word/header\d*\.xml$"), "header"),
    (re.compile(r"^word/footer\d*\.xml$"), "footer"),
    (re.compile(r"^word/footnotes\.xml$"), "footnote"),
    (re.compile(r"^word/endnotes\.xml$"), "endnote"),
    (re.compile(r"^word/comments\.xml$"), "comment"),
    (re.compile(r"^word/glossary/document\.xml$"), "hidden"),
]
_CHART = re.compile(r"^word/(charts/chart\d+|diagrams/data\d+)\.xml$")


@dataclass
class _Walker:
    """Walks a story; visible text goes to ``lines``, everything else to ``extra`` parts."""

    kind: str
    parts: list[Part] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    extra: list[Part] = field(default_factory=list)
    tracked: bool = False

    def flush(self) -> None:
        text = "\n".join(self.lines).strip("\n")
        if text.strip():
            flags = frozenset({"tracked_changes"}) if self.tracked else frozenset()
            self.parts.append(Part(text, self.kind, None, flags))
        self.lines = []
        self.tracked = False

    # blocks -------------------------------------------------------------------------------
    def blocks(self, el: etree._Element, split_tables: bool) -> None:
        for child in el:
            name = local(child.tag)
            if name == "p":
                self.lines.append(self.paragraph(child))
            elif name == "tbl":
                text = self.table(child)
                if split_tables:
                    self.flush()
                    if text.strip():
                        self.parts.append(Part(text, "table"))
                else:
                    self.lines.append(text)
            elif name in {"sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo", "body",
                          "footnote", "endnote", "comment", "hdr", "ftr", "txbxContent"}:
                self.blocks(child, split_tables)
            elif name in {"del", "moveFrom"}:
                self._deleted(child)
            elif name == "AlternateContent":
                self._choice(child, lambda c: self.blocks(c, split_tables))

    def table(self, tbl: etree._Element) -> str:
        rows: list[str] = []
        for tr in tbl.iter(f"{W}tr"):
            if tr.getparent() is not None and _nearest_table(tr) is not tbl:
                continue  # rows of a nested table are read inside their cell
            cells: list[str] = []
            for tc in tr:
                if local(tc.tag) == "sdt":
                    tcs = [x for x in tc.iter(f"{W}tc")]
                elif local(tc.tag) == "tc":
                    tcs = [tc]
                else:
                    continue
                for cell in tcs:
                    sub = _Walker(self.kind, extra=self.extra)
                    sub.blocks(cell, split_tables=False)
                    self.tracked |= sub.tracked
                    cells.append(" / ".join(x for x in sub.lines if x.strip()))
            rows.append("\t".join(cells))
        return "\n".join(rows)

    # runs ---------------------------------------------------------------------------------
    def paragraph(self, p: etree._Element) -> str:
        buf: list[str] = []
        self._inline(p, buf, hidden=False)
        return "".join(buf)

    def _inline(self, el: etree._Element, buf: list[str], hidden: bool) -> None:
        for child in el:
            name = local(child.tag)
            if name == "t":
                if hidden:
                    self._hidden(child.text or "", "hidden_run")
                else:
                    buf.append(child.text or "")
            elif name == "r":
                self._inline(child, buf, hidden or _vanished(child))
            elif name == "tab" or name == "ptab":
                buf.append("\t")
            elif name in {"br", "cr"}:
                buf.append("\n")
            elif name == "noBreakHyphen":
                buf.append("-")
            elif name in {"del", "moveFrom"}:
                self._deleted(child)
            elif name in {"ins", "moveTo"}:
                self.tracked = True
                self._inline(child, buf, hidden)
            elif name == "instrText":
                self._hidden(child.text or "", "field_code")
            elif name == "fldSimple":
                self._hidden(child.get(f"{W}instr") or "", "field_code")
                self._inline(child, buf, hidden)
            elif name == "txbxContent":
                self._textbox(child)
            elif name == "AlternateContent":
                self._choice(child, lambda c: self._inline(c, buf, hidden))
            elif name == "docPr":  # alternative text of a picture or shape
                alt = " ".join(v for v in (child.get("descr"), child.get("title")) if v)
                if alt:
                    self._hidden(alt, "alt_text")
            elif name == "ffData":
                self._form_field(child)
            elif name in {"rPr", "pPr", "sectPr", "delText", "delInstrText"}:
                continue
            else:  # hyperlink, smartTag, sdt, drawing, pict, shape, object, oMath...
                self._inline(child, buf, hidden)

    def _deleted(self, el: etree._Element) -> None:
        self.tracked = True
        text = "".join(t.text or "" for t in el.iter() if local(t.tag) in {"delText", "t"})
        if text.strip():
            self.extra.append(Part(text, "tracked_deletion", None, frozenset({"tracked_changes"})))

    def _hidden(self, text: str, flag: str) -> None:
        if text.strip():
            self.extra.append(Part(text, "hidden", None, frozenset({"invisible_text", flag})))

    def _textbox(self, el: etree._Element) -> None:
        sub = _Walker("textbox", extra=self.extra)
        sub.blocks(el, split_tables=False)
        sub.flush()
        self.extra.extend(sub.parts)

    def _form_field(self, el: etree._Element) -> None:
        vals = [str(x.get(f"{W}val")) for x in el.iter() if local(x.tag) in {"name", "default", "result",
                                                                                "listEntry", "helpText",
                                                                                "statusText"}
                and x.get(f"{W}val")]
        if vals:
            self.extra.append(Part("\n".join(vals), "form_field"))

    @staticmethod
    def _choice(el: etree._Element, then: object) -> None:
        for c in el:
            if local(c.tag) == "Choice":
                then(c)  # type: ignore[operator]
                return
        for c in el:
            if local(c.tag) == "Fallback":
                then(c)  # type: ignore[operator]
                return


def _nearest_table(el: etree._Element) -> etree._Element | None:
    parent = el.getparent()
    while parent is not None and local(parent.tag) != "tbl":
        parent = parent.getparent()
    return parent


def _vanished(run: etree._Element) -> bool:
    rpr = run.find(f"{W}rPr")
    if rpr is None:
        return False
    for tag in ("vanish", "specVanish", "webHidden"):
        v = rpr.find(f"{W}{tag}")
        if v is not None and (v.get(f"{W}val") or "true").lower() not in _OFF:
            return True
    return False


def _main_part(xml: dict[str, bytes]) -> str:
    rels = xml.get("_rels/.rels")
    if rels:
        for rel in parse_xml(rels, "package relationships"):
            if str(rel.get("Type", "")).endswith("/officeDocument"):
                return str(rel.get("Target", "word/document.xml")).lstrip("/")
    return "word/document.xml"


def extract_docx(path: Path, job: Job) -> Extraction:
    from aiguillage.extract import extract_member, member_flags

    with SafeZip(path, job.limits, "DOCX package") as z:
        xml = check_package(z, "DOCX package")
        main = _main_part(xml)
        if main not in xml:
            from aiguillage.records import QuarantineError

            raise QuarantineError("CORRUPT", "DOCX package without its main document part")
        extra: list[Part] = []
        body = _Walker("body", extra=extra)
        body.blocks(parse_xml(xml[main], "document part"), split_tables=True)
        body.flush()
        parts = list(body.parts)
        for name in sorted(xml):
            for pattern, kind in _STORIES:
                if pattern.match(name):
                    w = _Walker(kind, extra=extra)
                    w.blocks(parse_xml(xml[name], f"{kind} part"), split_tables=False)
                    w.flush()
                    parts.extend(w.parts)
            if _CHART.match(name):
                text = all_text(parse_xml(xml[name], "chart part"))
                if text:
                    parts.append(Part(text, "chart"))
            elif name.startswith("customXml/item") and not name.endswith(".rels") and "Props" not in name:
                text = all_text(parse_xml(xml[name], "custom XML part"))
                if text:
                    parts.append(Part(text, "metadata", None, frozenset({"custom_xml"})))
        parts.extend(extra)
        meta = properties(xml) + external_targets(xml)
        if meta:
            parts.append(Part("\n".join(meta), "metadata"))
        for i, name in enumerate(embedded_members(z), 1):
            parts.extend(extract_member(z.read(name), f"embedded object {i}", job, name))
        parts.extend(office_images(media_members(z), job))
    pages = _pages(xml)
    flags = member_flags(parts) | {f for p in parts for f in p.flags if f == "invisible_text"}
    return Extraction(format="docx", parts=tuple(parts), pages=pages, flags=frozenset(flags))


def _pages(xml: dict[str, bytes]) -> int:
    app = xml.get("docProps/app.xml", b"")
    m = re.search(rb"<(?:\w+:)?Pages>(\d+)<", app)
    return max(1, int(m.group(1))) if m else 1
