"""Verification: the only gate to ``public/``.

After anonymization, the complete detection runs again on the result, and an independent strict
sweep looks for identifier shapes (checksummed digit runs, e-mails, phones). Any residual finding
means the anonymization is not verified and the document goes sovereign.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from aiguillage.detect import validators
from aiguillage.records import Finding

_LABEL = re.compile(r"\[?\b[A-Z]+(?:_[A-Z]+)*(?:_\d+)?\b\]?|\[…\]")
# What may remain of a finding once labels are removed without being personal data.
_HARMLESS = {"m", "mme", "mlle", "mr", "monsieur", "madame", "maître", "me", "dr", "docteur", "né", "née", "le",
             "la", "de", "du", "des", "à", "au"}
_DIGITS = re.compile(r"(?<![\w])(?:[A-Z]{2}\d{2}[ \u00a0]?)?(?:\d[\s.\u00a0-]?){8,30}\d(?![\w])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+\s?(?:@|\(at\)|\[at\])\s?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_PHONE = re.compile(r"(?<!\d)(?:(?:\+|00)\s?33[\s.-]?(?:\(0\))?[\s.-]?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)")


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
                or (len(v) >= 13 and v.isdigit() and validators.luhn_is_valid(v))):
            found.append(Finding("CHECKSUMMED_ID", m.start(), m.end(), 1.0, "strict_sweep"))
    return found


def residual_findings(anonymized_text: str, rescanned: Iterable[Finding],
                      personal_entities: frozenset[str], min_score: float) -> list[Finding]:
    """Personal findings left in an anonymized text, ignoring the pseudonym labels themselves."""
    residual: list[Finding] = []
    for f in rescanned:
        if f.entity_type not in personal_entities or f.score < min_score:
            continue
        span = anonymized_text[f.start:f.end]
        rest = [w for w in re.split(r"[\s.,;:'’()\[\]-]+", _LABEL.sub(" ", span)) if w]
        if all(w.casefold() in _HARMLESS for w in rest):
            continue
        residual.append(f)
    residual.extend(strict_sweep(anonymized_text))
    return residual
