"""ODT release copy: like the DOCX one, on the ODF package.

Kept: content.xml and styles.xml (body, tables, headers and footers of master pages, notes),
with every span's formatting; meta.xml emptied; manifest pruned. Removed: comments
(``office:annotation``), tracked changes (the deleted text they keep; insertions accepted),
hidden text and paragraphs (and the ``display: none`` of styles), fields bound to metadata or
user variables (their displayed text stays), links' targets, drawings and pictures, embedded
objects, forms, scripts, settings, thumbnail, RDF metadata.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass

from lxml import etree

from aiguillage.anonymize.release_docx import ZIP_LEVEL
from aiguillage.anonymize.release_paragraphs import replace_in_paragraphs
from aiguillage.anonymize.textslots import Slot

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dr3d": "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0",
    "form": "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
    "script": "urn:oasis:names:tc:opendocument:xmlns:script:1.0",
}
KEEP = ("content.xml", "styles.xml")
EMPTY_META = (b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="'
              + NS["office"].encode() + b'" office:version="1.2"><office:meta/></office:document-meta>')
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# fields whose displayed text stays but whose binding (author, user variable, file name) goes
_UNWRAP_TEXT = (
    "a", "author-name", "author-initials", "initial-creator", "creator", "user-field-get", "user-defined",
    "variable-get", "variable-set", "database-display", "file-name", "template-name", "sender-firstname",
    "sender-lastname", "sender-initials", "sender-title", "sender-position", "sender-email",
    "sender-phone-private", "sender-fax", "sender-company", "sender-phone-work", "sender-street",
    "sender-city",
    "sender-postal-code", "sender-country", "sender-state-or-province", "title", "subject", "description",
    "keywords", "print-date", "creation-date", "modification-date", "editing-duration", "editing-cycles",
    "printed-by", "creation-time", "modification-time", "conditional-text", "hidden-paragraph", "meta",
    "meta-field")


def q(prefix: str, tag: str) -> str:
    return f"{{{NS[prefix]}}}{tag}"


@dataclass(frozen=True)
class OdtRelease:
    data: bytes
    replaced: int
    removed: dict[str, int]


def _remove(el: etree._Element) -> None:
    """Remove ``el`` keeping its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _unwrap(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    idx = parent.index(el)
    prev = el.getprevious()
    lead = el.text or ""
    if lead:
        if prev is not None:
            prev.tail = (prev.tail or "") + lead
        else:
            parent.text = (parent.text or "") + lead
    children = list(el)
    for k, child in enumerate(children):
        parent.insert(idx + k, child)
    tail = el.tail or ""
    if tail:
        if children:
            children[-1].tail = (children[-1].tail or "") + tail
        else:
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
    parent.remove(el)


def _count(removed: dict[str, int], what: str, n: int = 1) -> None:
    removed[what] = removed.get(what, 0) + n


def clean(root: etree._Element, removed: dict[str, int]) -> None:
    for tag, what in ((q("office", "annotation"), "comments"), (q("office", "annotation-end"), "comments"),
                      (q("text", "tracked-changes"), "tracked_changes"),
                      (q("text", "change"), "tracked_changes"),
                      (q("text", "change-start"), "tracked_changes"),
                      (q("text", "change-end"), "tracked_changes"),
                      (q("text", "hidden-text"), "hidden_text"), (q("text", "user-field-decls"), "fields"),
                      (q("text", "variable-decls"), "fields"), (q("office", "forms"), "forms"),
                      (q("office", "scripts"), "scripts"), (q("office", "event-listeners"), "scripts"),
                      (q("text", "bookmark"), "bookmarks"), (q("text", "bookmark-start"), "bookmarks"),
                      (q("text", "bookmark-end"), "bookmarks"), (q("text", "reference-mark"), "bookmarks"),
                      (q("text", "reference-mark-start"), "bookmarks"),
                      (q("text", "reference-mark-end"), "bookmarks")):
        for el in list(root.iter(tag)):
            _remove(el)
            _count(removed, what)
    for el in list(root.iter(f"{{{NS['draw']}}}*", f"{{{NS['dr3d']}}}*")):  # document order
        if el.getparent() is not None and el.getparent().tag.startswith(f"{{{NS['draw']}}}"):
            continue  # removed with its parent
        _remove(el)
        _count(removed, "drawings")
    for tag in _UNWRAP_TEXT:
        for el in list(root.iter(q("text", tag))):
            if tag == "hidden-paragraph":
                _remove(el)
                _count(removed, "hidden_text")
                continue
            _unwrap(el)
            _count(removed, "fields")
    for el in root.iter(q("style", "text-properties")):
        if el.get(q("text", "display")) in ("none", "condition"):
            del el.attrib[q("text", "display")]
            _count(removed, "hidden_text")
    etree.strip_attributes(root, f"{{{NS['xlink']}}}*")  # every xlink attribute, on every element


_OWN_PARAGRAPHS = (q("text", "note"), q("text", "p"), q("text", "h"), q("office", "annotation"))


def _slots(p: etree._Element) -> list[Slot]:
    slots: list[Slot] = []

    def text_setter(node: etree._Element) -> Slot:
        def set_text(v: str) -> None:
            node.text = v
        return Slot(node.text or "", set_text)

    def tail_setter(node: etree._Element) -> Slot:
        def set_tail(v: str) -> None:
            node.tail = v
        return Slot(node.tail or "", set_tail)

    def walk(node: etree._Element) -> None:
        if node.text:
            slots.append(text_setter(node))
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == q("text", "s"):
                slots.append(Slot(" " * int(child.get(q("text", "c"), "1") or 1)))
            elif tag == q("text", "tab"):
                slots.append(Slot("\t"))
            elif tag == q("text", "line-break"):
                slots.append(Slot("\n"))
            elif not tag or tag in _OWN_PARAGRAPHS:
                pass  # own paragraphs, visited on their own
            else:
                walk(child)
            if child.tail:
                slots.append(tail_setter(child))

    walk(p)
    return slots


def build_release_odt(data: bytes, values: Mapping[str, str]) -> OdtRelease:
    """The release copy of an ODT with ``values`` (value → replacement) replaced everywhere."""
    removed: dict[str, int] = {}
    replaced = 0
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    out: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        names = zin.namelist()
        mimetype = zin.read("mimetype")
        for name in names:
            if name in KEEP:
                root = etree.fromstring(zin.read(name), parser)
                clean(root, removed)
                paragraphs = list(root.iter(q("text", "p"), q("text", "h")))
                replaced += replace_in_paragraphs(paragraphs, _slots, values)
                out[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            elif name not in ("mimetype", "META-INF/manifest.xml", "meta.xml") and not name.endswith("/"):
                _count(removed, "parts")
        out["meta.xml"] = EMPTY_META
        manifest = etree.fromstring(zin.read("META-INF/manifest.xml"), parser)
        for entry in list(manifest):
            path = entry.get(q("manifest", "full-path"), "")
            if path != "/" and path not in out:
                manifest.remove(entry)
        out["META-INF/manifest.xml"] = etree.tostring(manifest, xml_declaration=True, encoding="UTF-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        info = zipfile.ZipInfo("mimetype", date_time=ZIP_DATE)
        info.compress_type = zipfile.ZIP_STORED
        zout.writestr(info, mimetype)
        for name in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
            if name in out:
                info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                zout.writestr(info, out[name], compresslevel=ZIP_LEVEL)
    return OdtRelease(buf.getvalue(), replaced, removed)
