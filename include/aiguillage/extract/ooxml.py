"""Office Open XML packages: the checks shared by DOCX, XLSX and PPTX, and a generic extractor
for spreadsheets and presentations (every text node of every part, grouped by part).

Before anything is parsed, every XML part is scanned for a DTD (refused) and the package for a
VBA project (refused as a macro even when the content type hides it).
"""

from __future__ import annotations

import re
from pathlib import Path

from aiguillage.extract.container import SafeZip
from aiguillage.extract.job import Job
from aiguillage.extract.safexml import has_dtd, local, parse_xml
from aiguillage.records import Extraction, Part, QuarantineError

XML_SUFFIXES = (".xml", ".rels", ".vml")
_MACRO_NAMES = re.compile(r"(^|/)(vbaProject\.bin|vbaData\.xml|activeX/|.*\.bas$)", re.I)
_SKIP = re.compile(r"(styles|settings|fontTable|webSettings|numbering|theme\d*|stylesWithEffects|"
                   r"people|commentsIds|commentsExtensible|presProps|viewProps|tableStyles|calcChain|"
                   r"slideLayout\d+|slideMaster\d+|notesMaster\d+|handoutMaster\d+)\.xml$", re.I)


def check_package(z: SafeZip, what: str) -> dict[str, bytes]:
    """Read every XML part (within caps), refuse DTDs and macros; return the XML parts."""
    for name in z.names:
        if _MACRO_NAMES.search(name):
            raise QuarantineError("MACRO", f"{what} contains a VBA project or ActiveX controls: refused")
    xml: dict[str, bytes] = {}
    for name in z.names:
        if name.lower().endswith(XML_SUFFIXES):
            data = z.read(name)
            if has_dtd(data):
                raise QuarantineError("XML_DTD", f"an XML part of the {what} declares a DTD or entities "
                                                 "(refused: entity expansion/XXE)")
            xml[name] = data
    return xml


def external_targets(xml: dict[str, bytes]) -> list[str]:
    """External relationship targets (hyperlinks, mailto:, linked files): may name people."""
    out: list[str] = []
    for name, data in xml.items():
        if not name.endswith(".rels"):
            continue
        root = parse_xml(data, "relationships")
        for rel in root:
            if rel.get("TargetMode") == "External" and rel.get("Target"):
                out.append(str(rel.get("Target")))
    return out


# The statistics an application writes in docProps/app.xml: counts, flags, its own labels of part
# kinds ("HeadingPairs": "Title", "Worksheets"). Nobody types them; the NER read "Paragraphs" and
# "Title" on their own lines as persons. Template, Company, Manager and TitlesOfParts stay.
_APP_STATISTICS = frozenset({
    "TotalTime", "Pages", "Words", "Characters", "CharactersWithSpaces", "Lines", "Paragraphs",
    "Slides", "Notes", "HiddenSlides", "MMClips", "DocSecurity", "ScaleCrop", "LinksUpToDate",
    "SharedDoc", "HyperlinksChanged", "AppVersion", "HeadingPairs",
})


def properties(xml: dict[str, bytes]) -> list[str]:
    """Core, app and custom properties as "name: value" lines (author, company, custom fields);
    not the application's statistics (:data:`_APP_STATISTICS`)."""
    lines: list[str] = []
    for name in ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"):
        if name not in xml:
            continue
        root = parse_xml(xml[name], name)
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            if name == "docProps/app.xml" and any(
                isinstance(a.tag, str) and local(a.tag) in _APP_STATISTICS
                for a in (el, *el.iterancestors())
            ):
                continue
            txt = (el.text or "").strip()
            if txt and len(el) == 0:
                key = local(el.tag)
                parent = el.getparent()
                if key.startswith(("lpw", "lpstr", "i4", "bool", "filetime", "r8")) and parent is not None:
                    key = str(parent.get("name") or local(parent.tag))
                lines.append(f"{key}: {txt}")
    return lines


def media_members(z: SafeZip) -> list[tuple[str, bytes]]:
    """Pictures of the package (``word/media``, ``xl/media``, ``ppt/media``, ODF ``Pictures/``),
    read within the caps."""
    return [(n, z.read(n)) for n in z.names
            if re.search(r"(^|/)(media|Pictures)/[^/]+$", n) and not n.endswith("/")]


def embedded_members(z: SafeZip) -> list[str]:
    """Embedded objects (another document inside the document)."""
    return [n for n in z.names if re.search(r"/embeddings/[^/]+$", n) and not n.endswith("/")]


def extract_ooxml(path: Path, job: Job) -> Extraction:
    """XLSX / PPTX: all text nodes, part by part; comments and notes as comments."""
    from aiguillage.extract import extract_member, member_flags
    from aiguillage.extract.ocr import office_images

    parts: list[Part] = []
    with SafeZip(path, job.limits, "Office package") as z:
        xml = check_package(z, "Office package")
        fmt = "xlsx" if any(n.startswith("xl/") for n in xml) else "pptx"
        shared: list[str] = []
        if "xl/sharedStrings.xml" in xml:
            root = parse_xml(xml["xl/sharedStrings.xml"], "shared strings")
            shared = ["".join(t.text or "" for t in si.iter() if local(t.tag) == "t") for si in root]
        slide_no = 0
        for name in sorted(xml, key=_natural):
            if name.endswith(".rels") or name.startswith("docProps/") or _SKIP.search(name) \
                    or name == "[Content_Types].xml" or name == "xl/sharedStrings.xml":
                continue
            root = parse_xml(xml[name], "Office part")
            if fmt == "xlsx" and "/worksheets/" in name:
                text = _sheet_text(root, shared)
            else:
                text = "\n".join(t.strip() for el in root.iter() if local(el.tag) in {"t", "v"}
                                 for t in [el.text or ""] if t.strip())
            if not text.strip():
                continue
            kind = "comment" if re.search(r"comment|notesSlide", name, re.I) else "body"
            page = None
            if "/slides/slide" in name:
                slide_no += 1
                page = slide_no
            parts.append(Part(text, kind, page))
        targets = external_targets(xml)
        props = properties(xml)
        if props or targets:
            parts.append(Part("\n".join(props + targets), "metadata"))
        for i, name in enumerate(embedded_members(z), 1):
            parts.extend(extract_member(z.read(name), f"embedded object {i}", job, name))
        parts.extend(office_images(media_members(z), job))
    return Extraction(format=fmt, parts=tuple(parts), pages=max(1, slide_no),
                      flags=frozenset(member_flags(parts)))


def _sheet_text(root: object, shared: list[str]) -> str:
    rows: list[str] = []
    for row in root.iter():  # type: ignore[attr-defined]
        if local(row.tag) != "row":
            continue
        cells: list[str] = []
        for c in row:
            if local(c.tag) != "c":
                continue
            val = ""
            for sub in c.iter():
                name = local(sub.tag)
                if name == "v" and sub.text:
                    val = sub.text
                    if c.get("t") == "s" and val.isdigit() and int(val) < len(shared):
                        val = shared[int(val)]
                elif name == "t" and sub.text:  # inline string
                    val += sub.text
            if val:
                cells.append(val)
        if cells:
            rows.append("\t".join(cells))
    return "\n".join(rows)


def _natural(name: str) -> list[object]:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name)]
