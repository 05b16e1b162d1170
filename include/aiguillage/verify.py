"""Verification: the only gate to ``public/``.

A text or a release copy is published only if, after anonymization:

1. the complete detection, run again on it, finds no personal entity except our own labels;
2. an independent strict sweep finds no identifier shape (checksummed digit runs — NIR, IBAN,
   SIREN/SIRET, cards —, e-mail shapes, phone shapes, postal address shapes);
3. no value that was replaced is still there, anywhere (value sweep: every other occurrence of
   a found name, in any case or spacing);
4. for a release copy, the file itself is read back: re-extracted with the extractor the
   pipeline uses, and also read raw (every XML part of a DOCX/ODT, every decompressed stream of
   a PDF, its metadata, and the OCR of its pages), since a reader can miss what a file still holds.

Any residual finding means the anonymization is not verified: the document goes sovereign with
ANONYMIZATION_UNVERIFIED. Residual findings carry offsets and types, never values.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiguillage.anonymize.labels import LABEL_RE
from aiguillage.anonymize.locate import find_spans, normalised, worth_propagating
from aiguillage.detect import validators
from aiguillage.records import Finding

Analyze = Callable[[str], list[Finding]]

# What may remain of a finding once labels are removed without being personal data.
_HARMLESS = {"m", "mme", "mlle", "mr", "monsieur", "madame", "maître", "me", "dr", "docteur", "né", "née",
             "le", "la", "de", "du", "des", "à", "au", "et", "demeurant", "domicilié", "domiciliée"}
# digit runs with separators anywhere, optionally after an IBAN head (FR76, "FR 76", "FR7 6…")
_DIGITS = re.compile(r"(?<![\w])(?:[A-Z]{2}[\s.\u00a0-]?\d[\s.\u00a0-]?\d[\s.\u00a0-]?)?"
                     r"(?:\d[\s.\u00a0-]?){8,60}\d(?![\w])")  # long: a row of several ids is one run
# A NIR born in Corsica carries 2A/2B where _DIGITS expects digits (with or without its key).
_NIR_CORSICA = re.compile(r"(?<![\w])[12378][\s.\u00a0-]?\d{2}[\s.\u00a0-]?\d{2}[\s.\u00a0-]?2[AB]"
                          r"[\s.\u00a0-]?\d{3}[\s.\u00a0-]?\d{3}(?:[\s.\u00a0-]?\d{2})?(?![\w])", re.I)
# an IBAN whose account part holds letters (IT CIN, French alphanumeric accounts); the run may
# swallow the next word, so every prefix of a plausible length is tried
# IBANs are written in capitals and their length is fixed by the country (ISO 13616 registry):
# trying every prefix of any lower-case run matched ordinary prose one time in five
# ("de 8000 euros au Centre com…" passes mod 97 for some prefix).
_IBAN_ALNUM = re.compile(r"(?<![\w])[A-Z]{2}[\s.\u00a0-]?\d[\s.\u00a0-]?\d"
                         r"(?:[\s.\u00a0-]?[A-Z0-9]){10,40}")
IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
    "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MA": 28, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
    "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TN": 24, "VA": 22, "SN": 28, "CI": 28,
}
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+\s?(?:@|\(at\)|\[at\])\s?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_PHONE = re.compile(r"(?<!\d)(?:(?:\+|00)\s?33[\s.-]?(?:\(0\))?[\s.-]?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)")
_STREET = (r"rue|avenue|av\.|boulevard|bd|impasse|chemin|all[ée]e|place|quai|route|cours|square|r[ée]sidence|"
           r"lotissement|lieu-dit|hameau|passage|sentier|voie|villa|cit[ée]|esplanade|promenade|faubourg")
_ADDRESS = re.compile(
    rf"(?<![\w/.,-])\d{{1,4}}(?:\s?(?:bis|ter|quater|[a-d]))?,?\s+(?:{_STREET})\s+"
    r"(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*)?[A-ZÀ-Ý][\w'’-]+", re.IGNORECASE)


def _nir_inside(run: str) -> bool:
    """A NIR among other digits of one run ("NIR NIR" in a table row reads as one 30-digit run).
    Only the NIR is looked for inside: its structure and mod-97 key make chance matches rare."""
    groups = [g for g in re.split(r"[\s.\u00a0-]+", run) if g]
    for i in range(len(groups)):
        acc = ""
        for g in groups[i:]:
            acc += g
            if len(acc) >= 15:
                if len(acc) == 15 and validators.nir_is_valid(acc):
                    return True
                break
    return False


def strict_sweep(text: str) -> list[Finding]:
    """Identifier shapes that must never survive, independent of Presidio."""
    found: list[Finding] = []
    for m in _EMAIL.finditer(text):
        found.append(Finding("EMAIL_ADDRESS", m.start(), m.end(), 1.0, "strict_sweep"))
    for m in _PHONE.finditer(text):
        found.append(Finding("PHONE_NUMBER", m.start(), m.end(), 1.0, "strict_sweep"))
    for m in _DIGITS.finditer(text):
        v = validators.compact(m.group())
        if (validators.nir_is_valid(v) or validators.iban_is_valid(v)
                or (len(v) in (9, 14) and v.isdigit() and validators.luhn_is_valid(v))
                or (len(v) >= 13 and v.isdigit() and validators.luhn_is_valid(v))
                or _nir_inside(m.group())):
            found.append(Finding("CHECKSUMMED_ID", m.start(), m.end(), 1.0, "strict_sweep"))
    for m in _IBAN_ALNUM.finditer(text):
        c = validators.compact(m.group())
        n = IBAN_LENGTHS.get(c[:2], 0)
        if n and len(c) >= n and validators.iban_is_valid(c[:n]):  # ends after its n-th character
            ends = [i + 1 for i, ch in enumerate(m.group()) if ch.isalnum()]
            found.append(Finding("CHECKSUMMED_ID", m.start(), m.start() + ends[n - 1], 1.0, "strict_sweep"))
    for m in _NIR_CORSICA.finditer(text):
        found.append(Finding("CHECKSUMMED_ID", m.start(), m.end(), 1.0, "strict_sweep"))
    for m in _ADDRESS.finditer(text):
        if not m.group()[0].isdigit() or LABEL_RE.search(m.group()):
            continue
        found.append(Finding("FR_ADDRESS", m.start(), m.end(), 1.0, "strict_sweep"))
    return found


def value_sweep(text: str, values: Iterable[str]) -> list[Finding]:
    """Occurrences of replaced values still in ``text`` (offsets in the normalised text)."""
    wanted = [v for v in values if worth_propagating(v)]
    if not wanted or not text:
        return []
    spans = find_spans(normalised(text).text, wanted)
    return [Finding("REPLACED_VALUE", s, e, 1.0, "value_sweep") for s, e, _ in spans]


def residual_findings(anonymized_text: str, rescanned: Iterable[Finding],
                      personal_entities: frozenset[str], min_score: float) -> list[Finding]:
    """Personal findings left in an anonymized text, ignoring the pseudonym labels themselves,
    plus the strict sweep."""
    residual: list[Finding] = []
    for f in rescanned:
        if f.entity_type not in personal_entities or f.score < min_score:
            continue
        span = anonymized_text[f.start:f.end]
        rest = [w for w in re.split(r"[\s.,;:'’()\[\]-]+", LABEL_RE.sub(" ", span)) if w]
        if all(w.casefold() in _HARMLESS for w in rest):
            continue
        residual.append(f)
    residual.extend(strict_sweep(anonymized_text))
    return residual


@dataclass(frozen=True)
class Verification:
    """The verdict on one text or file. ``residual`` holds types and offsets, never values."""

    target: str
    residual: tuple[Finding, ...] = ()
    problems: tuple[str, ...] = ()
    checks: tuple[str, ...] = field(default=())

    @property
    def passed(self) -> bool:
        return not self.residual and not self.problems

    def summary(self) -> str:
        if self.passed:
            return "passed"
        return f"failed:{len(self.residual)}" + (f"+{len(self.problems)}" if self.problems else "")


def verify_text(text: str, analyze: Analyze, personal_entities: frozenset[str], min_score: float,
                values: Iterable[str] = (), target: str = "text") -> Verification:
    """Rescan + strict sweep + value sweep of an anonymized text."""
    vals = list(values)
    residual = residual_findings(text, analyze(text), personal_entities, min_score)
    residual += value_sweep(text, vals)
    return Verification(target, tuple(residual), (), ("rescan", "strict_sweep", "value_sweep"))


# --- release copies -------------------------------------------------------------------------------

RELEASE_SUFFIXES = {"docx": "docx", "pdf": "pdf", "odt": "odt"}
# Structures a release copy must not hold (their presence is a problem, whatever their text).
_DOCX_FORBIDDEN = [(re.compile(rb"<w:(?:ins|del|moveFrom|moveTo|rPrChange|pPrChange)\b"), "tracked_changes"),
                   (re.compile(rb"<w:vanish\b|<w:specVanish\b"), "hidden_text"),
                   (re.compile(rb"<w:comment(?:Reference|RangeStart)\b"), "comments"),
                   (re.compile(rb"<w:instrText\b"), "field_codes")]
_DOCX_FORBIDDEN_PARTS = re.compile(
    r"(comments|people|custom|thumbnail|vbaProject|glossary)[^/]*$|^customXml/", re.IGNORECASE)
_MEDIA = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg", ".bin")
_ODT_FORBIDDEN = [(re.compile(rb"<office:annotation\b"), "comments"),
                  (re.compile(rb"<text:tracked-changes\b"), "tracked_changes"),
                  (re.compile(rb"<text:hidden-(?:text|paragraph)\b"), "hidden_text")]


def _xml_strings(xml: bytes) -> tuple[str, str]:
    """(text nodes, attribute values) of one XML part, without resolving anything external."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    root = etree.fromstring(xml, parser)
    if root is None:
        return "", ""
    texts: list[str] = []
    attrs: list[str] = []
    for el in root.iter():
        if el.text and el.text.strip():
            texts.append(el.text)
        if el.tail and el.tail.strip():
            texts.append(el.tail)
        attrs.extend(str(v) for v in el.attrib.values())
    return "\n".join(texts), "\n".join(attrs)


def _package_read(data: bytes, fmt: str) -> tuple[str, str, list[str]]:
    """All text and attribute strings of every XML part of an OOXML/ODF package, and problems."""
    texts: list[str] = []
    raw: list[str] = []
    problems: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            name = info.filename
            raw.append(name)
            body = zf.read(info)
            if fmt == "docx" and _DOCX_FORBIDDEN_PARTS.search(name):
                problems.append(f"forbidden_part:{name.rsplit('/', 1)[-1][:40]}")
            if name.endswith((".xml", ".rels")) or name == "mimetype":
                for pat, what in (_DOCX_FORBIDDEN if fmt == "docx" else _ODT_FORBIDDEN):
                    if pat.search(body):
                        problems.append(what)
                t, a = _xml_strings(body) if name != "mimetype" else ("", body.decode("ascii", "replace"))
                texts.append(t)
                raw.append(a)
            elif name.lower().endswith(_MEDIA):
                problems.append("embedded_media")  # cannot be verified: builders drop them
    return "\n".join(texts), "\n".join(raw), sorted(set(problems))


def _pdf_read(data: bytes) -> tuple[str, list[str]]:
    """Every stream of a PDF decompressed, its Info and XMP, and structural problems."""
    import pikepdf

    chunks: list[str] = []
    problems: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = pdf.trailer.get("/Info")
        if info is not None and len(info.keys()) > 0:
            problems.append("metadata_info")
        if "/Metadata" in pdf.Root:
            problems.append("metadata_xmp")
        for forbidden in ("/AcroForm", "/Names", "/Outlines", "/OpenAction", "/StructTreeRoot"):
            if forbidden in pdf.Root:
                problems.append(f"catalog:{forbidden[1:]}")
        for page in pdf.pages:
            res = page.obj.get("/Resources")
            if res is not None and "/Font" in res:
                problems.append("text_layer")
            if "/Annots" in page.obj:
                problems.append("annotations")
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    body = obj.read_bytes()
                except pikepdf.PdfError:
                    problems.append("undecodable_stream")
                    continue
                if obj.get("/Subtype") == "/Image":
                    continue  # pixels: verified by OCR below
                chunks.append(body.decode("latin-1"))
            elif isinstance(obj, pikepdf.Dictionary):
                chunks.extend(str(v) for k, v in obj.items() if isinstance(v, pikepdf.String))
    return "\n".join(chunks), sorted(set(problems))


def ocr_pdf(data: bytes, dpi: int = 150, lang: str = "fra") -> str:
    """OCR of every page (tesseract), to check what a reader of the pixels would read."""
    import shutil
    import subprocess
    import tempfile

    import pypdfium2 as pdfium

    exe = shutil.which("tesseract")
    if exe is None:
        raise RuntimeError("tesseract is not installed: a rasterised release copy cannot be verified")
    texts: list[str] = []
    pdf = pdfium.PdfDocument(data)
    try:
        with tempfile.TemporaryDirectory(prefix="aiguillage-ocr-") as tmp:
            for i in range(len(pdf)):
                img = pdf[i].render(scale=dpi / 72).to_pil()
                png = Path(tmp) / f"p{i}.png"
                img.save(png)
                res = subprocess.run([exe, str(png), "stdout", "-l", lang, "--dpi", str(dpi)],
                                     capture_output=True, timeout=120, check=False,
                                     env={**os.environ, "OMP_THREAD_LIMIT": "1"})
                if res.returncode != 0:
                    raise RuntimeError(f"tesseract failed on page {i + 1}")
                texts.append(res.stdout.decode("utf-8", "replace"))
    finally:
        pdf.close()
    return "\n".join(texts)


def _compact(text: str) -> str:
    return re.sub(r"\W+", "", normalised(text).text).casefold()


def _already_public(span: str, public_text: str) -> bool:
    """A detector hit in the release copy whose words are in the verified public text discloses
    nothing new: the detector saw them in that text, in another layout (a table read as tabs,
    an OCR line), and did not flag them there."""
    c = _compact(span)
    return bool(c) and bool(public_text) and c in _compact(public_text)


def release_limits(ocr_dpi: int) -> Any:
    """Extraction limits for reading a release copy back: a rasterised page is OCRed at the
    resolution it was rendered at (more pixels would only be interpolated ones)."""
    import dataclasses

    from aiguillage.extract.limits import Limits

    base = Limits()
    if any(f.name == "ocr_dpi" for f in dataclasses.fields(base)):
        return dataclasses.replace(base, ocr_dpi=ocr_dpi)
    return base


def verify_release(data: bytes, fmt: str, analyze: Analyze, personal_entities: frozenset[str],
                   min_score: float, values: Sequence[str] = (), residual_text: str = "", ocr: bool = True,
                   ocr_dpi: int = 150, public_text: str = "") -> Verification:
    """Verify a release copy as a reader would see it, and as its bytes are.

    ``residual_text`` is what the builder says is still visible (for a rasterised PDF: the text
    of the characters outside every black box). ``public_text`` is the verified anonymized text
    of the same document."""
    import tempfile

    from aiguillage.extract import extract
    from aiguillage.records import QuarantineError

    target = f"release.{RELEASE_SUFFIXES.get(fmt, 'bin')}"
    residual: list[Finding] = []
    problems: list[str] = []
    checks: list[str] = []
    with tempfile.TemporaryDirectory(prefix="aiguillage-verify-") as tmp:
        path = Path(tmp) / target
        path.write_bytes(data)
        try:
            extraction = extract(path, fmt, limits=release_limits(ocr_dpi))
            extracted = extraction.text
        except QuarantineError as exc:
            return Verification(target, (), (f"unreadable:{exc.code}",), ("extract",))
    if extracted.strip() and "ocr" in extraction.flags:
        # text read from pixels: OCR reads black boxes as letters ("RER") and misreads words, so a
        # detector rescan only adds noise; what must hold is that no value or identifier is legible
        residual += strict_sweep(extracted) + value_sweep(extracted, values)
    elif extracted.strip():
        found = residual_findings(extracted, analyze(extracted), personal_entities, min_score)
        residual += [f for f in found if f.recognizer == "strict_sweep"
                     or not _already_public(extracted[f.start:f.end], public_text)]
        residual += value_sweep(extracted, values)
    # the words left visible are the original's minus the boxed ones: the text verification already
    # rescanned them; here what must be proven is that no replaced value or identifier shape is left
    residual += strict_sweep(residual_text) + value_sweep(residual_text, values)
    checks += ["extract", "rescan", "strict_sweep", "value_sweep"]
    if fmt in ("docx", "odt"):
        texts, raw, probs = _package_read(data, fmt)
        problems += probs
        # attribute values hold style and font names: only strong values are searched there
        residual += strict_sweep(texts) + value_sweep(texts, values) + value_sweep(raw, [
            v for v in values if len(v.split()) > 1 or any(c.isdigit() or c == "@" for c in v)])
        checks.append("package_parts")
    elif fmt == "pdf":
        streams, probs = _pdf_read(data)
        problems += probs
        residual += value_sweep(streams, values)
        checks.append("pdf_streams")
        if ocr and "ocr" not in extraction.flags:  # the extractor OCRs image pages itself when it can
            seen = ocr_pdf(data, dpi=ocr_dpi)
            residual += strict_sweep(seen) + value_sweep(seen, values)
            checks.append("ocr")
        elif "ocr" in extraction.flags:
            checks.append("ocr")
    else:
        problems.append(f"unsupported_format:{fmt}")
    return Verification(target, tuple(residual), tuple(problems), tuple(checks))
