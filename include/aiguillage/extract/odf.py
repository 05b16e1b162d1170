"""OpenDocument (ODT, ODS, ODP), the reference format of French administrations.

content.xml (paragraphs, headings, lists, tables, frames and text boxes, notes, annotations,
tracked deletions, hidden text and sections), headers and footers of every master page in
styles.xml (first, left and right ones), meta.xml, embedded objects. Encrypted packages and
packages with macros (Basic/, Scripts/) are refused; XML parts with a DTD are refused unparsed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from aiguillage.extract.container import SafeZip
from aiguillage.extract.job import Job
from aiguillage.extract.ocr import office_images
from aiguillage.extract.ooxml import XML_SUFFIXES, media_members
from aiguillage.extract.safexml import all_text, has_dtd, local, parse_xml
from aiguillage.records import Extraction, Part, QuarantineError

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_HEADER_FOOTER = {"header": "header", "header-left": "header", "header-first": "header",
                  "footer": "footer", "footer-left": "footer", "footer-first": "footer"}


@dataclass
class _Walker:
    kind: str
    hidden_styles: frozenset[str]
    extra: list[Part]
    parts: list[Part] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def flush(self, page: int | None = None) -> None:
        text = "\n".join(self.lines).strip("\n")
        if text.strip():
            self.parts.append(Part(text, self.kind, page))
        self.lines = []

    def blocks(self, el: etree._Element, split_tables: bool) -> None:
        sheet = 0
        for child in el:
            name = local(child.tag)
            if name in {"p", "h"}:
                buf: list[str] = []
                self.inline(child, buf, hidden=child.get(f"{TEXT}style-name") in self.hidden_styles)
                self.lines.append("".join(buf))
            elif name == "table":
                text = self.table(child)
                if split_tables:
                    self.flush()
                    sheet += 1
                    if text.strip():
                        self.parts.append(Part(text, "table", sheet if self.kind == "body" else None))
                else:
                    self.lines.append(text)
            elif name == "tracked-changes":
                self._tracked(child)
            elif name == "section" and (child.get(f"{TEXT}display") == "none"
                                        or child.get(f"{TEXT}condition")):
                self._hidden(self._collect(child), "hidden_section")
            elif name in {"sequence-decls", "variable-decls", "user-field-decls", "forms"}:
                self._declarations(child)
            elif name in {"annotation"}:
                self._annotation(child)
            elif isinstance(child.tag, str):
                # list, list-item, section, text, spreadsheet, presentation, page, frame...
                self.blocks(child, split_tables)

    def table(self, tbl: etree._Element) -> str:
        rows: list[str] = []
        for row in tbl.iter(f"{TABLE}table-row"):
            if _nearest(row, "table") is not tbl:
                continue
            cells: list[str] = []
            for cell in row:
                if local(cell.tag) not in {"table-cell", "covered-table-cell"}:
                    continue
                sub = _Walker(self.kind, self.hidden_styles, self.extra)
                sub.blocks(cell, split_tables=False)
                cells.append(" / ".join(x for x in sub.lines if x.strip()))
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                rows.append("\t".join(cells))
        return "\n".join(rows)

    def inline(self, el: etree._Element, buf: list[str], hidden: bool) -> None:
        if el.text:
            (self._hidden(el.text, "hidden_run") if hidden else buf.append(el.text))
        for child in el:
            name = local(child.tag)
            if name == "s":
                buf.append(" " * int(child.get(f"{TEXT}c", "1") or 1) if not hidden else "")
            elif name == "tab":
                buf.append("\t")
            elif name == "line-break":
                buf.append("\n")
            elif name == "span" or name == "a" or name == "meta" or name == "ruby":
                style = child.get(f"{TEXT}style-name")
                self.inline(child, buf, hidden or style in self.hidden_styles)
            elif name in {"hidden-text", "hidden-paragraph"}:
                self._hidden(child.get(f"{TEXT}string-value") or child.text or "", "hidden_field")
            elif name == "note":
                self._note(child)
            elif name == "annotation":
                self._annotation(child)
            elif name == "frame":
                self._frame(child)
            elif name in {"change", "change-start", "change-end", "annotation-end", "bookmark",
                          "bookmark-start", "bookmark-end", "soft-page-break"}:
                pass
            elif isinstance(child.tag, str):
                self.inline(child, buf, hidden)
            if child.tail:
                (self._hidden(child.tail, "hidden_run") if hidden else buf.append(child.tail))

    def _collect(self, el: etree._Element) -> str:
        sub = _Walker(self.kind, self.hidden_styles, self.extra)
        sub.blocks(el, split_tables=False)
        return "\n".join(sub.lines)

    def _hidden(self, text: str, flag: str) -> None:
        if text.strip():
            self.extra.append(Part(text, "hidden", None, frozenset({"invisible_text", flag})))

    def _note(self, el: etree._Element) -> None:
        kind = "endnote" if el.get(f"{TEXT}note-class") == "endnote" else "footnote"
        for body in el:
            if local(body.tag) == "note-body":
                text = self._collect(body)
                if text.strip():
                    self.extra.append(Part(text, kind))

    def _annotation(self, el: etree._Element) -> None:
        lines = []
        for child in el:
            name = local(child.tag)
            if name in {"creator", "initials"} and child.text:
                lines.append(child.text)
            elif name in {"p", "list"}:
                lines.append(self._collect_one(child))
        text = "\n".join(x for x in lines if x.strip())
        if text:
            self.extra.append(Part(text, "comment"))

    def _collect_one(self, el: etree._Element) -> str:
        sub = _Walker(self.kind, self.hidden_styles, self.extra)
        sub.blocks(_wrap(el), split_tables=False)
        return "\n".join(sub.lines)

    def _frame(self, el: etree._Element) -> None:
        for child in el.iter():
            name = local(child.tag)
            if name in {"title", "desc"} and child.text and child.text.strip():
                self._hidden(child.text, "alt_text")
        for child in el:
            if local(child.tag) == "text-box":
                sub = _Walker("textbox", self.hidden_styles, self.extra)
                sub.blocks(child, split_tables=False)
                sub.flush()
                self.extra.extend(sub.parts)

    def _tracked(self, el: etree._Element) -> None:
        for region in el:
            for change in region:
                if local(change.tag) == "deletion":
                    texts = []
                    for c in change:
                        if local(c.tag) == "change-info":
                            who = [x.text for x in c if local(x.tag) == "creator" and x.text]
                            if who:
                                self.extra.append(Part("\n".join(who), "metadata", None,
                                                       frozenset({"tracked_changes"})))
                        else:
                            sub = _Walker(self.kind, self.hidden_styles, self.extra)
                            sub.blocks(_wrap(c), split_tables=False)
                            texts.extend(sub.lines)
                    text = "\n".join(t for t in texts if t.strip())
                    if text:
                        self.extra.append(Part(text, "tracked_deletion", None,
                                               frozenset({"tracked_changes"})))
                else:
                    for c in change.iter():
                        if local(c.tag) == "creator" and c.text:
                            self.extra.append(Part(c.text, "metadata", None, frozenset({"tracked_changes"})))

    def _declarations(self, el: etree._Element) -> None:
        values = []
        for child in el.iter():
            for attr in ("string-value", "value", "current-value", "label"):
                for key, v in child.attrib.items():
                    if local(key) == attr and v and not v.replace(".", "").isdigit():
                        values.append(v)
        if values:
            self.extra.append(Part("\n".join(values), "form_field"))


def _wrap(el: etree._Element) -> etree._Element:
    w = etree.Element("w")
    w.append(etree.fromstring(etree.tostring(el)))
    return w


def _nearest(el: etree._Element, name: str) -> etree._Element | None:
    parent = el.getparent()
    while parent is not None and local(parent.tag) != name:
        parent = parent.getparent()
    return parent


def _hidden_styles(*roots: etree._Element) -> frozenset[str]:
    names: set[str] = set()
    for root in roots:
        for st in root.iter(f"{STYLE}style"):
            for tp in st:
                if local(tp.tag) == "text-properties" and tp.get(f"{TEXT}display") == "none":
                    names.add(str(st.get(f"{STYLE}name")))
    return frozenset(names)


def extract_odf(path: Path, job: Job) -> Extraction:
    from aiguillage.extract import extract_member, member_flags

    with SafeZip(path, job.limits, "OpenDocument package") as z:
        for name in z.names:
            if name.startswith(("Basic/", "Scripts/")) and not name.endswith("/"):
                raise QuarantineError("MACRO", "OpenDocument with macros (Basic/Scripts): refused")
        xml: dict[str, bytes] = {}
        for name in z.names:
            if name.lower().endswith(XML_SUFFIXES):
                data = z.read(name)
                if has_dtd(data):
                    raise QuarantineError("XML_DTD", "an XML part of the OpenDocument declares a DTD or "
                                                     "entities (refused: entity expansion/XXE)")
                xml[name] = data
        manifest = xml.get("META-INF/manifest.xml", b"")
        if b"encryption-data" in manifest:
            raise QuarantineError("ENCRYPTED", "password-protected OpenDocument")
        mime = z.read("mimetype")[:100].decode("ascii", "replace") if z.has("mimetype") else ""
        fmt = "ods" if "spreadsheet" in mime else "odp" if "presentation" in mime else "odt"
        if "content.xml" not in xml:
            raise QuarantineError("CORRUPT", "OpenDocument without content.xml")
        content = parse_xml(xml["content.xml"], "content.xml")
        styles = parse_xml(xml["styles.xml"], "styles.xml") if "styles.xml" in xml else None
        hidden = _hidden_styles(content, *([styles] if styles is not None else []))
        extra: list[Part] = []
        body = _Walker("body", hidden, extra)
        office_body = next((c for c in content if local(c.tag) == "body"), content)
        body.blocks(office_body, split_tables=True)
        body.flush()
        parts = list(body.parts)
        if styles is not None:
            for el in styles.iter():
                kind = _HEADER_FOOTER.get(local(el.tag))
                if kind and el.getparent() is not None and local(el.getparent().tag) == "master-page":
                    w = _Walker(kind, hidden, extra)
                    w.blocks(el, split_tables=False)
                    w.flush()
                    parts.extend(w.parts)
        parts.extend(extra)
        meta: list[str] = []
        if "meta.xml" in xml:
            for el in parse_xml(xml["meta.xml"], "meta.xml").iter():
                if isinstance(el.tag, str) and len(el) == 0 and el.text and el.text.strip():
                    key = el.get("{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}name") or local(el.tag)
                    meta.append(f"{key}: {el.text.strip()}")
        if meta:
            parts.append(Part("\n".join(meta), "metadata"))
        for name in sorted(xml):
            if "/" in name and name.endswith("content.xml") and not name.startswith("META-INF"):
                text = all_text(parse_xml(xml[name], "embedded object"))
                if text:
                    parts.append(Part(text, "chart"))
        n = 0
        for name in z.names:
            low = name.lower()
            if low.endswith(XML_SUFFIXES) or name.endswith("/") or name == "mimetype":
                continue
            if low.startswith("object") and "/" not in low:  # an embedded OLE/ODF object
                n += 1
                parts.extend(extract_member(z.read(name), f"embedded object {n}", job, name))
        parts.extend(office_images(media_members(z), job))
    pages = _pages(xml)
    flags = member_flags(parts) | {f for p in parts for f in p.flags if f == "invisible_text"}
    return Extraction(format=fmt, parts=tuple(parts), pages=pages, flags=frozenset(flags))


def _pages(xml: dict[str, bytes]) -> int:
    import re

    m = re.search(rb'page-count="(\d+)"', xml.get("meta.xml", b""))
    return max(1, int(m.group(1))) if m else 1
