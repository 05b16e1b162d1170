"""Release copies: the original format, personal data really removed, for archivists.

One entry point per format; every copy is then verified by :func:`aiguillage.verify.verify_release`
before it may be written under ``public/<doc_id>/release.<ext>`` (a fixed name: never derived
from the original file name).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

RELEASE_FORMATS = ("docx", "pdf", "odt")


@dataclass(frozen=True)
class ReleaseCopy:
    fmt: str
    data: bytes
    replaced: int
    visible_text: str = ""
    removed: dict[str, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"release.{self.fmt}"


def build_release(data: bytes, fmt: str, values: Mapping[str, str], pdf_dpi: int = 150,
                  drop_images: bool = False) -> ReleaseCopy | None:
    """The release copy of a file of format ``fmt``, or None if the format has none (text, HTML:
    the anonymized text is the release). ``drop_images`` (the policy's ``release.drop_images``):
    every picture of a PDF page that has text is blacked out, even one that OCR reads clean; DOCX
    and ODT copies never carry pictures (they cannot be verified), whatever the switch says."""
    if fmt == "docx":
        from aiguillage.anonymize.release_docx import build_release_docx

        d = build_release_docx(data, values)
        return ReleaseCopy("docx", d.data, d.replaced, "", d.removed)
    if fmt == "pdf":
        from aiguillage.anonymize.release_pdf import (
            IMAGES_BLACK_OUT,
            IMAGES_KEEP_READ_CLEAN,
            build_release_pdf,
        )

        p = build_release_pdf(data, values, dpi=pdf_dpi,
                              images=IMAGES_BLACK_OUT if drop_images else IMAGES_KEEP_READ_CLEAN)
        return ReleaseCopy("pdf", p.data, p.replaced, p.visible_text, {"boxes": p.boxes})
    if fmt == "odt":
        from aiguillage.anonymize.release_odt import build_release_odt

        o = build_release_odt(data, values)
        return ReleaseCopy("odt", o.data, o.replaced, "", o.removed)
    return None
