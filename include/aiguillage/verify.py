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

import hashlib
import io
import os
import re
import threading
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiguillage.anonymize.labels import LABEL_RE
from aiguillage.anonymize.locate import (
    SearchText,
    common_value,
    find_spans,
    normalised,
    normalised_text,
    worth_propagating,
)
from aiguillage.detect import validators
from aiguillage.detect.public_ids import inside_public, public_spans
from aiguillage.records import Finding
from aiguillage.sweep import is_amount
from aiguillage.sweep import sweep as independent_sweep

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
# an IBAN written compact in lower case (the checksum and the country's length decide)
_IBAN_LOWER = re.compile(r"(?<![\w])[a-z]{2}\d{2}[a-z0-9]{10,30}(?![\w])")
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


# A sum of money: a currency or a percentage right after it or a currency right before it, or
# thousands grouped by dots ("343.908.000", the way French tables write amounts). One 9-digit
# number in ten passes the Luhn check of a SIREN: a budget table is full of them.


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


_LINE_OR_CELL_BREAK = re.compile(r"[\n\r\t\v\f\u2028\u2029]+")


def _one_line_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of the digit run ``text[start:end]`` between line and cell breaks, trimmed of
    their separators."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in [*_LINE_OR_CELL_BREAK.finditer(text, start, end), None]:
        stop = m.start() if m is not None else end
        s, e = pos, stop
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        if e > s:
            out.append((s, e))
        if m is not None:
            pos = m.end()
    return out


def strict_sweep(text: str) -> list[Finding]:
    """Identifier shapes that must never survive, independent of Presidio."""
    found: list[Finding] = []
    for m in _EMAIL.finditer(text):
        found.append(Finding("EMAIL_ADDRESS", m.start(), m.end(), 1.0, "strict_sweep"))
    for m in _PHONE.finditer(text):
        found.append(Finding("PHONE_NUMBER", m.start(), m.end(), 1.0, "strict_sweep"))
    for m in _DIGITS.finditer(text):
        v = validators.compact(m.group())
        if (validators.nir_is_valid(v) or validators.iban_is_valid(v) or validators.rib_is_valid(v)
                or _nir_inside(m.group())):
            found.append(Finding("CHECKSUMMED_ID", m.start(), m.end(), 1.0, "strict_sweep"))
            continue
        # a Luhn check passes one digit run in ten: it is asked of a run within one line and one
        # cell ("+351 916 402 775⏎19/04": a phone ending a row and the next row's date are no
        # SIRET; the mod-97 keys above are strong enough to read across)
        for s, e in _one_line_runs(text, m.start(), m.end()):
            v = validators.compact(text[s:e])
            if ((len(v) in (9, 14) or len(v) >= 13) and v.isdigit() and validators.luhn_is_valid(v)
                    and not is_amount(text, s, e)):
                found.append(Finding("CHECKSUMMED_ID", s, e, 1.0, "strict_sweep"))
    for m in _IBAN_ALNUM.finditer(text):
        c = validators.compact(m.group())
        n = IBAN_LENGTHS.get(c[:2], 0)
        if n and len(c) >= n and validators.iban_is_valid(c[:n]):  # ends after its n-th character
            ends = [i + 1 for i, ch in enumerate(m.group()) if ch.isalnum()]
            found.append(Finding("CHECKSUMMED_ID", m.start(), m.start() + ends[n - 1], 1.0, "strict_sweep"))
    for m in _IBAN_LOWER.finditer(text):  # "fr7616606100110801234567894"
        if validators.iban_is_valid(m.group().upper()):
            found.append(Finding("CHECKSUMMED_ID", m.start(), m.end(), 1.0, "strict_sweep"))
    for m in _NIR_CORSICA.finditer(text):
        found.append(Finding("CHECKSUMMED_ID", m.start(), m.end(), 1.0, "strict_sweep"))
    for m in _ADDRESS.finditer(text):
        if not m.group()[0].isdigit() or LABEL_RE.search(m.group()):
            continue
        found.append(Finding("FR_ADDRESS", m.start(), m.end(), 1.0, "strict_sweep"))
    if found:
        # a public body's own SIRET, creditor identifier, Treasury account, switchboard and seat,
        # told by their context in this text (the body's word before them, no person between)
        public = public_spans(text)
        found = [f for f in found if not inside_public(public, f.start, f.end)]
    return found


def value_sweep(text: str, values: Iterable[str]) -> list[Finding]:
    """Occurrences of replaced values still in ``text`` (offsets in the normalised text)."""
    wanted = [v for v in values if worth_propagating(v)]
    if not wanted or not text:
        return []
    # normalised_text == normalised(text).text, faster on long texts; nothing is kept from one
    # sweep to the next (the verifier shares no cache)
    norm = normalised_text(text)
    spans = _outside_labels(norm, find_spans(norm, wanted))
    return [Finding("REPLACED_VALUE", s, e, 1.0, "value_sweep") for s, e, _ in spans]


def _outside_labels(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans not inside a pseudonym label: a value that is also a label's word (a form's
    "Courriel" replaced as a value, and "[COURRIEL_1]" elsewhere; "_" joins no words of a value
    there) is no value left."""
    if not spans or "[" not in text:
        return spans
    labels = [m.span() for m in LABEL_RE.finditer(text)]
    return [(s, e, v) for s, e, v in spans if not any(a <= s and e <= b for a, b in labels)]


_LETTER_WORD = re.compile(r"[^\W\d_]+")
# the types whose values are written with digits, whatever else surrounds them
_DIGIT_TYPES = frozenset({"PHONE_NUMBER", "FR_NIR", "IBAN_CODE", "FR_SIRET", "FR_SIREN", "CREDIT_CARD",
                          "FR_TAX_ID", "FR_CAF_NUMBER"})


def ordinary_words(span: str) -> bool:
    """A model-only hit made of ordinary French words (no first name, no word in capitals but the
    administrative acronyms that are no names: RIB, CAF, IBAN…), as
    the model sees them once the context around them changed ("Foncier Elargissement", "la
    Mairie" after a label): the detection drops these in the original for the same reason."""
    from aiguillage.detect.recognizers.names import NOT_NAMES, is_ordinary_word

    words = _LETTER_WORD.findall(span)
    return bool(words) and all(
        w.casefold() in _HARMLESS or (len(w) == 1 and w.islower())
        or (is_ordinary_word(w) and not (len(w) > 1 and w.isupper()))
        or (w.isupper() and w.casefold() in NOT_NAMES)  # "Clé RIB", "N° CAF": administrative acronyms
        for w in words)


def residual_findings(anonymized_text: str, rescanned: Iterable[Finding],
                      personal_entities: frozenset[str], min_score: float) -> list[Finding]:
    """Personal findings left in an anonymized text, ignoring the pseudonym labels themselves,
    plus the strict sweep."""
    residual: list[Finding] = []
    for f in rescanned:
        if f.entity_type not in personal_entities or f.score < min_score:
            continue
        span = anonymized_text[f.start:f.end]
        # (quotes, guillemets and other signs around a label hold nothing: '"[ADRESSE_2]"' in an
        # exported row)
        rest = [w for w in re.split(r"[\s.,;:'’()\[\]-]+", LABEL_RE.sub(" ", span))
                if any(c.isalnum() for c in w)]
        # letters spaced out by the PDF's layout ("Monsieur e t Madame") are no initials: those are
        # capitals
        if all(w.casefold() in _HARMLESS or (len(w) == 1 and w.islower()) for w in rest):
            continue
        # a number's type with no digit left outside the labels: a field read on past its replaced
        # number ("Téléphone : [TELEPHONE_1] / en [LIEU_1] : [TELEPHONE_2] (gardien") holds none
        if f.entity_type in _DIGIT_TYPES and not any(c.isdigit() for w in rest for c in w):
            continue
        # the model's reading of a value that names no one ("FRANCE" in a table of associations'
        # names): the anonymizer never replaces it everywhere, so a second round could not either
        if f.recognizer == "SpacyRecognizer" and (ordinary_words(span) or common_value(span)):
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


# Names the policy may keep in clear, which the independent sweep then does not count.
KEPT_NAMES = frozenset({"PUBLIC_OFFICIAL"})


def verify_text(text: str, analyze: Analyze, personal_entities: frozenset[str], min_score: float,
                values: Iterable[str] = (), target: str = "text") -> Verification:
    """Rescan + strict sweep + value sweep of an anonymized text."""
    vals = list(values)
    found = analyze(text)
    residual = residual_findings(text, found, personal_entities, min_score)
    residual += value_sweep(text, vals)
    # the independent last sweep (another method, see aiguillage.sweep): what it finds outside
    # what the policy keeps in clear is a problem, never retried by another round
    kept = [(f.start, f.end) for f in found if f.entity_type in KEPT_NAMES and f.score >= min_score]
    hits = [h for h in independent_sweep(text, kept)  # what the other checks report is not repeated
            if not any(f.start <= h.start and h.end <= f.end for f in residual)]
    residual += [Finding("INDEPENDENT_SWEEP", h.start, h.end, 1.0, f"independent_sweep.{h.rule}")
                 for h in hits]
    problems = tuple(sorted({f"independent_sweep:{h.rule}" for h in hits}))
    return Verification(target, tuple(residual), problems, ("rescan", "strict_sweep", "value_sweep",
                                                            "independent_sweep"))


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


# Every text node, comment and processing instruction, and every attribute value, in document
# order: collected by libxml2 (a Python walk over the thousands of elements of styles.xml was most
# of the cost of reading a release copy back).
_XML_TEXTS = "//text() | //comment() | //processing-instruction()"
_XML_ATTRS = "//@*"


def _xml_strings(xml: bytes) -> tuple[str, str]:
    """(text nodes, attribute values) of one XML part, without resolving anything external.
    Text nodes (element text and tails, CDATA), comments, processing instructions and unresolved
    entity references count as text; pieces holding only whitespace are left out."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    root = etree.fromstring(xml, parser)
    if root is None:
        return "", ""
    nodes = root.xpath(_XML_TEXTS, smart_strings=False)
    attrs = root.xpath(_XML_ATTRS, smart_strings=False)
    if not isinstance(nodes, list) or not isinstance(attrs, list):  # node-sets are lists
        raise TypeError("unexpected XPath result")
    texts = [n if isinstance(n, str) else (n.text or "") for n in nodes]
    texts += [e.text or "" for e in root.iter(etree.Entity)]
    return "\n".join(t for t in texts if t.strip()), "\n".join(str(a) for a in attrs)


class PartReads:
    """What the verifier read from the XML parts of release copies (part digest → problems, text,
    attribute strings), kept for the next copies of the same shard: the parts of one template
    (styles, numbering, theme) repeat from copy to copy. An explicit object: a shard creates one
    for its verifier (:func:`aiguillage.pipeline.process_shard`), nothing else reads it, and it
    goes with the shard."""

    def __init__(self, size: int = 64, max_part_bytes: int = 4 << 20) -> None:
        self.size = size
        self.max_part_bytes = max_part_bytes
        self._reads: dict[tuple[bytes, str], tuple[tuple[str, ...], str, str]] = {}
        # the attribute strings of those parts, normalised and prepared for :func:`find_spans`
        # (their fold and word set: most of a search's cost), for the value sweep of the next copies
        self._prepared: dict[str, SearchText] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._reads)

    def read(self, body: bytes, name: str, fmt: str) -> tuple[tuple[str, ...], str, str]:
        """:func:`_part_read`, once per distinct part (a part bigger than ``max_part_bytes`` is
        read every time, not kept)."""
        key = (hashlib.sha256(body).digest(), f"{fmt}:{name == 'mimetype'}")
        with self._lock:
            done = self._reads.get(key)
        if done is not None:
            return done
        done = _part_read(body, name, fmt)
        if len(body) <= self.max_part_bytes:
            with self._lock:
                while len(self._reads) >= self.size:
                    del self._reads[next(iter(self._reads))]  # the oldest
                self._reads[key] = done
        return done

    def value_sweep(self, text: str, values: Iterable[str]) -> list[Finding]:
        """:func:`value_sweep` of ``text`` (an attribute string this object read), its normalised
        form prepared once per distinct string (a string longer than ``max_part_bytes`` characters
        is prepared every time, not kept)."""
        wanted = [v for v in values if worth_propagating(v)]
        if not wanted or not text:
            return []
        with self._lock:
            st = self._prepared.get(text)
        if st is None:
            st = SearchText.of(normalised_text(text))
            if len(text) <= self.max_part_bytes:
                with self._lock:
                    while len(self._prepared) >= self.size:
                        del self._prepared[next(iter(self._prepared))]  # the oldest
                    self._prepared[text] = st
        return [Finding("REPLACED_VALUE", s, e, 1.0, "value_sweep")
                for s, e, _ in _outside_labels(st.text, find_spans(st, wanted))]


def _part_read(body: bytes, name: str, fmt: str) -> tuple[tuple[str, ...], str, str]:
    """(problems, text, attribute strings) of one XML part of a package, read now."""
    problems = tuple(what for pat, what in (_DOCX_FORBIDDEN if fmt == "docx" else _ODT_FORBIDDEN)
                     if pat.search(body))
    t, a = _xml_strings(body) if name != "mimetype" else ("", body.decode("ascii", "replace"))
    return problems, t, a


def _package_read(data: bytes, fmt: str, parts: PartReads | None = None) -> tuple[str, list[str], list[str]]:
    """All text of every XML part of an OOXML/ODF package; its part names and the attribute
    strings of each part (one string per part: a part repeated from copy to copy is the same
    string, searched once); problems."""
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
                read = parts.read if parts is not None else _part_read
                probs, t, a = read(body, name, fmt)
                problems += probs
                texts.append(t)
                raw.append(a)
            elif name.lower().endswith(_MEDIA):
                problems.append("embedded_media")  # cannot be verified: builders drop them
    return "\n".join(texts), raw, sorted(set(problems))


def _pdf_read(data: bytes, decode_images: bool = True) -> tuple[str, list[str]]:
    """Every stream of a PDF decompressed, its Info and XMP, and structural problems. Image
    streams are only decoded (to find undecodable ones) when ``decode_images``."""
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
                if not decode_images and obj.get("/Subtype") == "/Image":
                    continue  # decoded by whoever reads its pixels
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


# --- PDF release copies: proof by geometry ----------------------------------------------------------
#
# A rasterised release page is one image. Instead of reading its pixels back by OCR, the proof is
# geometric: the ORIGINAL is read by pdfium (the renderer's own text layout, independent of the
# pdfplumber extraction), every occurrence of a replaced value and of a strict-sweep shape is
# found in it, and every pixel of the release image under each of their characters must be black.
# OCR is kept for the pages of the original where text may be drawn other than as text (images,
# outlines, shadings, patterns, Type3 glyphs, stroked text, annotation appearances, characters
# without a known Unicode value): there, the pixels of the release are read as before.

PDF_BLACK = 48            # a pixel is black when every channel is at most this
PDF_BLACK_SHARE = 0.99    # share of a character's pixels that must be black for it to be hidden
PDF_MAX_PIXELS = 120_000_000
Box = tuple[float, float, float, float]
_ALLOWED_PAGE_KEYS = {"/Type", "/MediaBox", "/Resources", "/Contents", "/Parent"}
_ALLOWED_IMAGE_KEYS = {"/Type", "/Subtype", "/Width", "/Height", "/ColorSpace", "/BitsPerComponent",
                       "/Filter", "/Length"}
_RELEASE_CONTENT = re.compile(rb"\s*q\s+([0-9.]+)\s+0\s+0\s+([0-9.]+)\s+0\s+0\s+cm\s+/(\w+)\s+Do\s+Q\s*")


@dataclass(frozen=True)
class PdfPageText:
    """The characters of one page as pdfium reads them. ``text`` has one character per pdfium
    char (its generated spaces and line breaks included); ``boxes[i]`` is the ink box of char i
    in page space (its glyph's outline box, as pdfium renders it; the font's box when the glyph
    has none), None for generated chars and for chars pdfium gives no box; ``cover[i]`` is the
    box a redaction blackens (ink box and font box: a full-height bar). ``suspect`` counts chars
    whose Unicode value is unknown or meaningless (map error, private use, control): what they
    draw is not what the text says."""

    text: str
    boxes: tuple[Box | None, ...]
    cover: tuple[Box | None, ...]
    suspect: int


def pdf_page_text(textpage: Any) -> PdfPageText:
    """The characters of a pdfium text page (pypdfium2's ``PdfTextPage``), through pypdfium2's
    public API: its typed ``count_chars``, and its ``raw`` bindings, with their declared argument
    types, for a char's Unicode value, whether pdfium generated it, a line-end hyphen, a map error,
    and its tight and loose boxes (``FPDFText_GetCharBox`` and ``FPDFText_GetLooseCharBox``, what
    ``PdfTextPage.get_charbox`` calls, here into output buffers made once per page instead of four
    ``c_double`` and a ``FS_RECTF`` per char, and a failure read as "no box" without an exception).
    :func:`pdf_page_chars`, then :func:`pdf_char_boxes` of every char pdfium did not generate."""
    chars = pdf_page_chars(textpage)
    drawn = [k for k, d in enumerate(chars.drawn) if d]
    found = pdf_char_boxes(textpage, drawn)
    boxes: list[Box | None] = [None] * len(chars.text)
    cover: list[Box | None] = [None] * len(chars.text)
    for k in drawn:
        boxes[k], cover[k] = found[k]
    return PdfPageText(chars.text, tuple(boxes), tuple(cover), chars.suspect)


@dataclass(frozen=True)
class PdfPageChars:
    """The characters of one page without their boxes (:func:`pdf_page_chars`): ``text`` and
    ``suspect`` as in :class:`PdfPageText`; ``drawn[i]``: char i is the page's, not generated by
    pdfium (only those have boxes)."""

    text: str
    drawn: tuple[bool, ...]
    suspect: int


def pdf_page_chars(textpage: Any) -> PdfPageChars:
    """The text of a pdfium text page as :func:`pdf_page_text` reads it, without the boxes: for a
    reader that needs the boxes of a few chars only (:func:`pdf_char_boxes`)."""
    import unicodedata

    import pypdfium2.raw as c

    n = textpage.count_chars()
    chars: list[str] = []
    drawn: list[bool] = []
    suspect = 0
    tp = textpage.raw
    get_unicode, is_generated, is_hyphen, map_error = (
        c.FPDFText_GetUnicode, c.FPDFText_IsGenerated, c.FPDFText_IsHyphen, c.FPDFText_HasUnicodeMapError)
    for i in range(n):
        u = get_unicode(tp, i)
        if is_generated(tp, i) == 1:
            chars.append(chr(u) if u in (9, 10, 13, 32) else " ")
            drawn.append(False)
            continue
        if is_hyphen(tp, i) == 1:  # a line-end hyphen (pdfium may give it as U+0002)
            ch = "-"
        elif 0 < u < 0x110000 and not 0xD800 <= u < 0xE000:
            ch = chr(u)
        else:
            ch = "\ufffd"
        if not ch.isascii() or not ch.isprintable():
            cat = unicodedata.category(ch)
            if ch == "\ufffd" or cat in ("Co", "Cn") or (cat == "Cc" and ch not in "\t\r\n"):
                suspect += 1
                ch = "\ufffd" if cat == "Cc" else ch
        if map_error(tp, i) == 1:
            suspect += 1
        chars.append(ch)
        drawn.append(True)
    return PdfPageChars("".join(chars), tuple(drawn), suspect)


def pdf_char_boxes(textpage: Any, indices: Iterable[int]) -> dict[int, tuple[Box | None, Box | None]]:
    """char index → (its box, its cover), as :class:`PdfPageText` has them, for chars pdfium did
    not generate (:attr:`PdfPageChars.drawn`)."""
    import ctypes
    import math

    import pypdfium2.raw as c

    tp = textpage.raw
    get_box, get_loose_box = c.FPDFText_GetCharBox, c.FPDFText_GetLooseCharBox
    bl, br, bb, bt = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    loose = c.FS_RECTF()
    isfinite = math.isfinite
    out: dict[int, tuple[Box | None, Box | None]] = {}
    for i in indices:
        ink: Box | None = None
        font: Box | None = None
        if get_box(tp, i, bl, br, bb, bt):  # (left, right, bottom, top); false: pdfium gives no box
            left, bottom, right, top = bl.value, bb.value, br.value, bt.value
            if right > left or top > bottom:
                ink = (left, bottom, right, top)
        if get_loose_box(tp, i, loose):
            left, bottom, right, top = loose.left, loose.bottom, loose.right, loose.top
            if right > left or top > bottom:
                font = (left, bottom, right, top)
        if ink is not None and not (isfinite(ink[0]) and isfinite(ink[1]) and isfinite(ink[2])
                                    and isfinite(ink[3])):
            ink = None
        if font is not None and not (isfinite(font[0]) and isfinite(font[1]) and isfinite(font[2])
                                     and isfinite(font[3])):
            font = None
        out[i] = (ink or font,
                  (min(ink[0], font[0]), min(ink[1], font[1]), max(ink[2], font[2]), max(ink[3], font[3]))
                  if ink and font else ink or font)
    return out


def original_page_text(digest: bytes, index: int, page: Any) -> PdfPageText:
    """:func:`pdf_page_text` of ``page`` (page ``index`` of the PDF whose sha256 is ``digest``),
    read now. Nothing is kept: the builder of a release copy and its verification each read the
    original themselves (the verifier shares no cache with what it verifies)."""
    textpage = page.get_textpage()
    try:
        return pdf_page_text(textpage)
    finally:
        textpage.close()


def pdf_targets(text: str, values: Iterable[str]) -> list[tuple[int, int, str]]:
    """Spans (in ``text``) of every replaced value and of every strict-sweep shape, found as the
    text verification finds them: on the normalised text, mapped back."""
    nt = normalised(text)
    found = [(s, e, "REPLACED_VALUE") for s, e, _ in find_spans(nt.text, values)]
    found += [(f.start, f.end, f.entity_type) for f in strict_sweep(nt.text)]
    out: list[tuple[int, int, str]] = []
    for s, e, kind in found:
        os_, oe = nt.to_original(s, e)
        out.append((os_, oe, kind))
    return sorted(out)


class PdfDevice:
    """pdfium's page-to-device transform for a ``width`` × ``height`` pixel image of the page as
    displayed (its /Rotate and CropBox applied): three points mapped back by FPDF_DeviceToPage
    give the affine map, inverted here to keep fractions of a pixel."""

    def __init__(self, page: Any, width: int, height: int) -> None:
        import ctypes

        import pypdfium2.raw as c

        pts: list[tuple[float, float]] = []
        for dx, dy in ((0, 0), (width, 0), (0, height)):
            x, y = ctypes.c_double(), ctypes.c_double()
            if not c.FPDF_DeviceToPage(page, 0, 0, width, height, 0, dx, dy, x, y):
                raise ValueError("no page-to-device transform")
            pts.append((x.value, y.value))
        (x0, y0), (x1, y1), (x2, y2) = pts
        # page = P0 + M · (dx, dy), M = [[a, b], [c, d]]
        a, c_, b, d = (x1 - x0) / width, (y1 - y0) / width, (x2 - x0) / height, (y2 - y0) / height
        det = a * d - b * c_
        if abs(det) < 1e-12:
            raise ValueError("degenerate page transform")
        self._inv = (d / det, -b / det, -c_ / det, a / det)
        self._origin = (x0, y0)
        self.width, self.height = width, height

    def boxes(self, boxes: Any, margin: float = 0.0) -> Any:
        """Page-space boxes (n × 4: left, bottom, right, top) as pixel-space boxes (x0, y0, x1, y1)."""
        import numpy as np

        b = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
        ia, ib, ic, id_ = self._inv
        xs = np.stack([b[:, 0] - margin, b[:, 0] - margin, b[:, 2] + margin, b[:, 2] + margin], axis=1)
        ys = np.stack([b[:, 1] - margin, b[:, 3] + margin, b[:, 1] - margin, b[:, 3] + margin], axis=1)
        u, v = xs - self._origin[0], ys - self._origin[1]
        px, py = ia * u + ib * v, ic * u + id_ * v
        return np.stack([px.min(axis=1), py.min(axis=1), px.max(axis=1), py.max(axis=1)], axis=1)


def pixel_spans(px: Any, width: int, height: int) -> tuple[Any, Any]:
    """The pixels each pixel-space box touches (n × 4 ints: x0, y0, x1, y1, clipped to the image;
    a box thinner than a pixel touches the pixel it is in) and which boxes miss the image."""
    import numpy as np

    p = np.asarray(px, dtype=np.float64).reshape(-1, 4)
    lo = np.floor(p[:, :2])
    hi = np.maximum(np.ceil(p[:, 2:]), lo + 1)
    off = (hi[:, 0] <= 0) | (hi[:, 1] <= 0) | (lo[:, 0] >= width) | (lo[:, 1] >= height)
    spans = np.stack([np.clip(lo[:, 0], 0, width), np.clip(lo[:, 1], 0, height),
                      np.clip(hi[:, 0], 0, width), np.clip(hi[:, 1], 0, height)], axis=1).astype(np.int64)
    return spans, off


class DarkMap:
    """Which pixels of a page image are black."""

    def __init__(self, pixels: Any) -> None:
        import numpy as np

        arr = np.asarray(pixels)
        self._dark: Any = arr <= PDF_BLACK if arr.ndim == 2 else (arr <= PDF_BLACK).all(axis=2)
        self.height, self.width = int(self._dark.shape[0]), int(self._dark.shape[1])

    def hidden(self, px: Any) -> list[bool]:
        """For each pixel-space box: True when (almost) every pixel it touches is black, or when it
        lies wholly outside the image (what is outside the displayed page is not shown)."""
        import numpy as np

        spans, off = pixel_spans(px, self.width, self.height)
        out: list[bool] = []
        for (x0, y0, x1, y1), outside in zip(spans.tolist(), off.tolist(), strict=True):
            area = (x1 - x0) * (y1 - y0)
            out.append(bool(outside) or (area > 0 and int(np.count_nonzero(self._dark[y0:y1, x0:x1]))
                                         >= PDF_BLACK_SHARE * area))
        return out


def pdf_page_drawn_text(page: Any, index: int, pike: Any = None) -> str:
    """Why text could be drawn on this page other than as text pdfium reads ("" if it cannot):
    the pages whose pixels must still be read by OCR."""
    import ctypes

    import pypdfium2.raw as c

    small_boxes = 0
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects():
        kind = obj.type
        if kind == c.FPDF_PAGEOBJ_IMAGE:
            if c.FPDFPageObj_GetBounds(obj, left, bottom, right, top) and \
                    min(right.value - left.value, top.value - bottom.value) < 3.0:
                continue  # a rule or a dot: too thin to hold a letter
            return "image"
        if kind == c.FPDF_PAGEOBJ_SHADING:
            return "shading"
        if kind == c.FPDF_PAGEOBJ_TEXT:
            if c.FPDFTextObj_GetTextRenderMode(obj) in (1, 2, 5, 6):
                return "stroked_text"  # ink beyond the glyph boxes
            continue
        if kind != c.FPDF_PAGEOBJ_PATH:
            continue
        if _path_may_be_glyph(obj):
            return "outlines"
        if c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            w, h = right.value - left.value, top.value - bottom.value
            if 0.5 <= w <= 24 and 0.5 <= h <= 24:
                small_boxes += 1
    if small_boxes > 40:
        return "small_shapes"  # letters may be built of boxes
    n_annots = c.FPDFPage_GetAnnotCount(page)
    for k in range(max(0, n_annots)):
        annot = c.FPDFPage_GetAnnot(page, k)
        if not annot:
            return "annotation"
        try:
            if c.FPDFAnnot_GetSubtype(annot) != c.FPDF_ANNOT_LINK or c.FPDFAnnot_HasKey(annot, b"AP"):
                return "annotation"
        finally:
            c.FPDFPage_CloseAnnot(annot)
    if pike is None:
        return ""
    try:
        return _resources_draw_text(pike.pages[index].obj.get("/Resources"), set(), 0)
    except Exception:  # a structure pikepdf cannot walk: read the pixels
        return "resources"


def _path_may_be_glyph(obj: Any) -> bool:
    """A Bézier curve, a slanted segment or a subpath of more than a rectangle's corners: a path
    that may draw a letter. Lines and rectangles (rules, table borders, boxes) cannot."""
    import ctypes

    import pypdfium2.raw as c

    n = c.FPDFPath_CountSegments(obj)
    if n < 0:
        return True
    x, y = ctypes.c_float(), ctypes.c_float()
    run = 0
    prev: tuple[float, float] | None = None
    for k in range(n):
        seg = c.FPDFPath_GetPathSegment(obj, k)
        if not seg:
            return True
        kind = c.FPDFPathSegment_GetType(seg)
        if kind == c.FPDF_SEGMENT_BEZIERTO or kind not in (c.FPDF_SEGMENT_LINETO, c.FPDF_SEGMENT_MOVETO):
            return True
        if not c.FPDFPathSegment_GetPoint(seg, x, y):
            return True
        pt = (x.value, y.value)
        if kind == c.FPDF_SEGMENT_MOVETO:
            run = 1
        else:
            run += 1
            if run > 5:
                return True
            if prev is not None and abs(pt[0] - prev[0]) > 0.01 and abs(pt[1] - prev[1]) > 0.01:
                return True
        prev = pt
    return False


def _resources_draw_text(res: Any, seen: set[tuple[int, int]], depth: int) -> str:
    """Patterns (a tiling cell may hold text pdfium's text page does not list) and Type3 fonts
    (glyphs drawn by arbitrary content) in a page's resources or its forms' resources."""
    import pikepdf

    if res is None or depth > 12 or not isinstance(res, pikepdf.Dictionary):
        return ""
    pats = res.get("/Pattern")
    if isinstance(pats, pikepdf.Dictionary) and len(pats.keys()) > 0:
        return "pattern"
    fonts = res.get("/Font")
    if isinstance(fonts, pikepdf.Dictionary):
        for f in fonts.values():
            if isinstance(f, pikepdf.Dictionary) and f.get("/Subtype") == "/Type3":
                return "type3_font"
    xobjs = res.get("/XObject")
    if isinstance(xobjs, pikepdf.Dictionary):
        for xo in xobjs.values():
            if not isinstance(xo, pikepdf.Stream) or xo.get("/Subtype") != "/Form":
                continue
            key = xo.objgen
            if key != (0, 0):
                if key in seen:
                    continue
                seen.add(key)
            why = _resources_draw_text(xo.get("/Resources"), seen, depth + 1)
            if why:
                return why
    return ""


@dataclass
class _ReleasePage:
    width: float
    height: float
    pixels: Any  # numpy array, H × W (gray) or H × W × 3 (RGB)


def _release_pages(pdf: Any) -> tuple[list[_ReleasePage], list[str]]:
    """The page images of a rasterised release copy, if and only if each page is exactly what the
    builder makes: one opaque 8-bit gray or RGB image painted over the whole page, nothing else."""
    import numpy as np
    import pikepdf

    problems: list[str] = []
    pages: list[_ReleasePage] = []
    if set(pdf.Root.keys()) - {"/Type", "/Pages"}:
        problems.append("release_layout:catalog")
    for page in pdf.pages:
        obj = page.obj
        node = obj.get("/Parent")
        depth = 0
        while isinstance(node, pikepdf.Dictionary) and depth < 50:  # nothing inherited by pages
            if set(node.keys()) - {"/Type", "/Kids", "/Count", "/Parent"}:
                problems.append("release_layout:inherited")
            node = node.get("/Parent")
            depth += 1
        if set(obj.keys()) - _ALLOWED_PAGE_KEYS:
            problems.append("release_layout:page_keys")
            continue
        try:
            box = [float(v) for v in obj.MediaBox]
            res = obj.Resources
            xobjs = res.get("/XObject")
            contents = obj.Contents
            if isinstance(contents, pikepdf.Array):
                if len(contents) != 1:
                    problems.append("release_layout:contents")
                    continue
                contents = contents[0]
            m = _RELEASE_CONTENT.fullmatch(contents.read_bytes())
        except (AttributeError, KeyError, TypeError, ValueError, pikepdf.PdfError):
            problems.append("release_layout:page")
            continue
        if (len(box) != 4 or box[0] != 0 or box[1] != 0 or set(res.keys()) - {"/XObject", "/ProcSet"}
                or not isinstance(xobjs, pikepdf.Dictionary) or len(xobjs.keys()) != 1 or m is None
                or f"/{m.group(3).decode()}" not in xobjs
                or abs(float(m.group(1)) - box[2]) > 1e-3 or abs(float(m.group(2)) - box[3]) > 1e-3):
            problems.append("release_layout:content")
            continue
        img = xobjs[f"/{m.group(3).decode()}"]
        try:
            ok = (isinstance(img, pikepdf.Stream) and not set(img.keys()) - _ALLOWED_IMAGE_KEYS
                  and img.get("/Subtype") == "/Image" and int(img.BitsPerComponent) == 8
                  and img.get("/ColorSpace") in ("/DeviceGray", "/DeviceRGB")
                  and img.get("/Filter", "/FlateDecode") == "/FlateDecode")
            w, h = int(img.Width), int(img.Height)
        except (AttributeError, KeyError, TypeError, ValueError):
            ok, w, h = False, 0, 0
        if not ok or not 0 < w * h <= PDF_MAX_PIXELS:
            problems.append("release_layout:image")
            continue
        comps = 1 if img.ColorSpace == "/DeviceGray" else 3
        try:
            raw = img.read_bytes()
        except pikepdf.PdfError:
            problems.append("undecodable_stream")
            continue
        if len(raw) != w * h * comps:
            problems.append("release_layout:image_size")
            continue
        arr = np.frombuffer(raw, dtype=np.uint8).reshape((h, w) if comps == 1 else (h, w, 3))
        pages.append(_ReleasePage(box[2], box[3], arr))
    return pages, sorted(set(problems))


@dataclass
class PdfGeometry:
    """The outcome of the geometric proof on a release copy."""

    residual: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    visible_text: str = ""
    ocr_pages: list[int] = field(default_factory=list)  # 0-based pages read by OCR
    reasons: dict[str, int] = field(default_factory=dict)


def pdf_geometry(data: bytes, original: bytes, values: Sequence[str], ocr_dpi: int = 150) -> PdfGeometry:
    """Prove that every replaced value and every strict-sweep shape of the original's text layer
    is black in the release copy's pixels; OCR the release pages whose original may draw text as
    something else than text. Fails closed: what cannot be proven is a residual or a problem."""
    import pikepdf
    import pypdfium2 as pdfium

    out = PdfGeometry()
    try:
        rel = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError:
        out.problems.append("unreadable:release")
        return out
    digest = hashlib.sha256(original).digest()
    try:
        src = pdfium.PdfDocument(original)
    except Exception:  # pdfium's errors are not one class
        rel.close()
        out.problems.append("unreadable:original")
        return out
    try:
        pike: Any = pikepdf.open(io.BytesIO(original))
    except pikepdf.PdfError:
        pike = None  # every page is then read by OCR too
    try:
        pages, probs = _release_pages(rel)
        out.problems += probs
        if probs:
            return out
        if len(pages) != len(src):
            out.problems.append("release_layout:page_count")
            return out
        visible: list[str] = []
        offset = 0
        ocr_images: list[tuple[int, Any]] = []
        for i, rp in enumerate(pages):
            page = src[i]
            try:
                w_pt, h_pt = page.get_size()
                if abs(w_pt - rp.width) > 0.01 or abs(h_pt - rp.height) > 0.01:
                    out.problems.append("release_layout:page_size")
                    continue
                height, width = int(rp.pixels.shape[0]), int(rp.pixels.shape[1])
                dev = PdfDevice(page, width, height)
                dark = DarkMap(rp.pixels)
                pt = original_page_text(digest, i, page)
                why = "suspect_chars" if pt.suspect else (
                    "no_structure" if pike is None else pdf_page_drawn_text(page, i, pike))
                if pt.text.strip():  # a picture on a page with text: black, or read clean in the copy
                    out.residual += _pictures_left(page, rp.pixels, list(values), offset)
            finally:
                page.close()
            with_box = [k for k, b in enumerate(pt.boxes) if b is not None]
            hidden = [False] * len(pt.boxes)
            if with_box:
                flags = dark.hidden(dev.boxes([pt.boxes[k] for k in with_box]))
                for k, h in zip(with_box, flags, strict=True):
                    hidden[k] = bool(h)
            for s, e, kind in pdf_targets(pt.text, values):
                for k in range(s, e):
                    if not hidden[k] and not pt.text[k].isspace():
                        # a char of a value not under black pixels (or without a box to check)
                        out.residual.append(Finding(kind, offset + s, offset + e, 1.0, "geometry"))
                        break
            chars = [" " if hidden[k] else ch for k, ch in enumerate(pt.text)]
            page_text = re.sub(r" {2,}", " ", "".join(chars))
            visible.append(page_text)
            offset += len(pt.text) + 1
            if why:
                out.reasons[why] = out.reasons.get(why, 0) + 1
                ocr_images.append((i, rp))
        out.visible_text = "\n".join(visible)
        for i, rp in ocr_images:
            dpi = max(1, round(rp.pixels.shape[1] / (rp.width / 72.0)))
            try:
                seen = _ocr_pixels(rp.pixels, dpi)
            except RuntimeError as exc:
                out.problems.append(f"ocr_unavailable:{exc}"[:80])
                break
            out.ocr_pages.append(i)
            out.residual += strict_sweep(seen) + value_sweep(seen, values)
        return out
    finally:
        rel.close()
        src.close()
        if pike is not None:
            pike.close()


def _pictures_left(page: Any, pixels: Any, values: list[str], offset: int) -> list[Finding]:
    """The pictures of an original page with text that the copy shows (not black) although OCR
    does not read them clean there: a signature, a photograph, an identity card."""
    from PIL import Image

    left: list[Finding] = []
    for _box, crop, outside in picture_crops(page, pixels):
        if outside or not crop.size or DarkMap(crop).hidden([(0, 0, crop.shape[1], crop.shape[0])])[0]:
            continue
        if not read_clean(Image.fromarray(crop), values):
            left.append(Finding("PICTURE", offset, offset + 1, 1.0, "geometry.picture"))
    return left


def _ocr_pixels(pixels: Any, dpi: int, lang: str = "fra") -> str:
    """Tesseract's reading of a page image (a numpy array)."""
    import shutil
    import subprocess

    from PIL import Image

    exe = shutil.which("tesseract")
    if exe is None:
        raise RuntimeError("tesseract")
    png = io.BytesIO()
    Image.fromarray(pixels).convert("L").save(png, format="PNG", compress_level=1)
    res = subprocess.run([exe, "stdin", "stdout", "-l", lang, "--dpi", str(dpi)], input=png.getvalue(),
                         capture_output=True, timeout=120, check=False,
                         env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    if res.returncode != 0:
        raise RuntimeError("tesseract_failed")
    return res.stdout.decode("utf-8", "replace")


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
                   ocr_dpi: int = 150, public_text: str = "", original: bytes | None = None,
                   parts: PartReads | None = None) -> Verification:
    """Verify a release copy as a reader would see it, and as its bytes are.

    ``residual_text`` is what the builder says is still visible (for a rasterised PDF: the text
    of the characters outside every black box). ``public_text`` is the verified anonymized text
    of the same document. For a PDF, ``original`` (the original file) allows the proof by
    geometry (:func:`verify_pdf_geometry`); without it every page is read back by OCR. ``parts``:
    the shard's verifier's reads of package parts (:class:`PartReads`), if it keeps them."""
    import tempfile

    if fmt == "pdf" and original is not None:
        return verify_pdf_geometry(data, original, values, residual_text=residual_text, ocr_dpi=ocr_dpi)

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
    elif extracted.strip() and extracted == public_text:
        # the copy reads exactly as the text that passed verify_text: the detector (deterministic)
        # would find what it found there, and nothing of that was residual
        residual += strict_sweep(extracted) + value_sweep(extracted, values)
        checks.append("rescan:same_text_as_verified")
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
        texts, raw, probs = _package_read(data, fmt, parts)
        problems += probs
        # attribute values hold style and font names: only strong values are searched there, part
        # by part (a value is left where one part holds it)
        strong = [v for v in values if len(v.split()) > 1 or any(c.isdigit() or c == "@" for c in v)]
        residual += strict_sweep(texts) + value_sweep(texts, values)
        sweep_part = parts.value_sweep if parts is not None else value_sweep
        residual += [f for part in raw for f in sweep_part(part, strong)]
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


def verify_pdf_geometry(data: bytes, original: bytes, values: Sequence[str], residual_text: str = "",
                        ocr_dpi: int = 150) -> Verification:
    """A rasterised PDF release copy verified by proof rather than by reading every page.

    What holds when it passes: the copy is only page images (no text layer, font, annotation,
    form, metadata, attachment; each page one opaque image over the whole page, of the original
    page's displayed size); no stream holds a replaced value; every character of every
    occurrence of a replaced value and of a strict-sweep shape in the original's text (as pdfium
    reads it) is under black pixels; the original's text outside black pixels holds no value and
    no identifier shape; and the pages of the original that may draw text as something else than
    text were read back by OCR and hold no value and no identifier shape."""
    target = "release.pdf"
    residual: list[Finding] = []
    problems: list[str] = []
    try:
        streams, probs = _pdf_read(data, decode_images=False)
    except Exception:  # pikepdf cannot read it: nothing can be proven
        return Verification(target, (), ("unreadable:release",), ("pdf_streams",))
    problems += probs
    residual += value_sweep(streams, values)
    geo = pdf_geometry(data, original, values, ocr_dpi=ocr_dpi)
    residual += geo.residual
    problems += geo.problems
    residual += strict_sweep(geo.visible_text) + value_sweep(geo.visible_text, values)
    residual += strict_sweep(residual_text) + value_sweep(residual_text, values)
    checks = ["pdf_streams", "release_layout", "geometry", "strict_sweep", "value_sweep",
              f"ocr:pages={len(geo.ocr_pages)}"]
    return Verification(target, tuple(residual), tuple(problems), tuple(checks))


# A picture is kept in a release copy only when OCR reads it with this confidence and it holds
# nothing personal (the builder blacks out the others; verification judges the copy the same way).
IMAGE_MIN_CONFIDENCE = 70.0


def read_clean(image: Any, values: list[str]) -> bool:
    """Whether a picture is read by OCR with confidence and holds nothing personal that can be
    told: no value of the document, no identifier shape, nothing the independent sweep flags.
    A signature, a photograph or a blurred scan is not read clean."""
    from aiguillage.extract.job import Job
    from aiguillage.extract.ocr import ocr_image
    from aiguillage.sweep import sweep

    res = ocr_image(image.convert("L"), Job())
    text = res.text
    if res.problem or res.confidence < IMAGE_MIN_CONFIDENCE or sum(c.isalnum() for c in text) < 3:
        return False
    nt = normalised(text).text
    return not find_spans(nt, values) and not strict_sweep(nt) and not sweep(nt)


def picture_crops(page: Any, pixels: Any) -> list[tuple[Box, Any, bool]]:
    """(page-space box, pixels of the rendered page under it, outside the page) of every picture
    of ``page``: the builder and the verification judge a picture on the same rendered pixels."""
    from aiguillage.extract.pdf_images import page_images
    boxes = [box for _, box in page_images(page)]
    if not boxes:
        return []
    height, width = int(pixels.shape[0]), int(pixels.shape[1])
    spans, off = pixel_spans(PdfDevice(page, width, height).boxes(boxes), width, height)
    return [(box, pixels[y0:y1, x0:x1], bool(o))
            for box, (x0, y0, x1, y1), o in zip(boxes, spans.tolist(), off.tolist(), strict=True)]
