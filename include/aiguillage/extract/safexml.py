"""XML parsing that never reads through an entity.

Any XML part of an OOXML or ODF package that declares a DTD is rejected *before* parsing
(billion laughs, XXE towards /etc/passwd): a document needs no DTD, an attacker does. The parser
itself also refuses entities, network access and huge trees.
"""

from __future__ import annotations

import re

from lxml import etree

from aiguillage.records import QuarantineError

_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.I)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                          huge_tree=False, remove_comments=False, recover=False)


def has_dtd(data: bytes) -> bool:
    """True when ``data`` declares a DTD or an entity (in UTF-8/ASCII or UTF-16)."""
    if _DTD.search(data):
        return True
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(data) > 1 and (data[0] == 0 or data[1] == 0)):
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                if _DTD.search(data.decode(enc, "ignore").encode("utf-8", "ignore")):
                    return True
            except LookupError:
                continue
    return False


def parse_xml(data: bytes, where: str = "XML part") -> etree._Element:
    """Parse ``data`` or raise QuarantineError(XML_DTD | CORRUPT)."""
    if has_dtd(data):
        raise QuarantineError("XML_DTD",
                              f"{where} declares a DTD or entities (refused: entity expansion/XXE)")
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise QuarantineError("CORRUPT", f"{where} is not well-formed XML") from exc
    if root is None:
        raise QuarantineError("CORRUPT", f"{where} is empty")
    return root


def local(tag: object) -> str:
    """Local name of an lxml tag ('' for comments and processing instructions)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def all_text(el: etree._Element) -> str:
    """All character data under ``el`` (fallback for parts without a dedicated walker)."""
    return " ".join(t.strip() for t in el.itertext() if t and t.strip())
