"""Checksum validators for French and European identifiers (in the spirit of python-stdnum).

Every function takes the raw matched text (spaces, dots, dashes allowed) and says whether the
check digits agree. A recognizer that has a checksum never reports a value that fails it.
"""

from __future__ import annotations

import re

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")


def compact(value: str) -> str:
    """Upper-case alphanumerics only: the form checksums are computed on."""
    return _NON_ALNUM.sub("", value).upper()


def nir_is_valid(value: str) -> bool:
    """NIR (numéro de sécurité sociale): 13 characters + 2-digit key = 97 - (n mod 97).

    Corsica: département 2A counts as 19 and 2B as 18 for the computation; overseas
    départements (97x, 98x) and births abroad (99) are ordinary digits.
    """
    v = compact(value)
    if len(v) != 15 or v[0] not in "12378":
        return False
    body, key = v[:13], v[13:]
    if body[5:7] == "2A":
        body = body[:5] + "19" + body[7:]
    elif body[5:7] == "2B":
        body = body[:5] + "18" + body[7:]
    if not body.isdigit() or not key.isdigit():
        return False
    month = int(body[3:5])
    if not (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99):
        return False
    return 97 - int(body) % 97 == int(key)


def iban_is_valid(value: str) -> bool:
    """IBAN, any country: ISO 13616 mod 97 == 1 (and a plausible length for the country)."""
    v = compact(value)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    expected = IBAN_LENGTHS.get(v[:2])
    if expected is not None and len(v) != expected:
        return False
    rearranged = v[4:] + v[:4]
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return int(digits) % 97 == 1


_RIB_LETTERS = {c: str(v) for v, letters in enumerate(("AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY",
                                                          "IRZ"), start=1) for c in letters}


def rib_is_valid(value: str) -> bool:
    """A French RIB: bank code (5 digits), branch code (5), account (11, letters allowed) and its
    key (2): key == 97 - (89 × bank + 15 × branch + 3 × account) mod 97, letters read as digits."""
    v = compact(value).upper()
    if not re.fullmatch(r"\d{10}[A-Z0-9]{11}\d{2}", v):
        return False
    account = int("".join(_RIB_LETTERS.get(c, c) for c in v[10:21]))
    return 97 - (89 * int(v[:5]) + 15 * int(v[5:10]) + 3 * account) % 97 == int(v[21:])


IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
    "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25,
    "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "MA": 28, "TN": 24, "DZ": 26, "SN": 28, "TR": 26,
}


def luhn_is_valid(digits: str) -> bool:
    """Luhn (mod 10) over a digit string."""
    if not (digits.isascii() and digits.isdigit()):  # "¹".isdigit() is True, int("¹") raises
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def siren_is_valid(value: str) -> bool:
    """SIREN: 9 digits, Luhn."""
    v = compact(value)
    return len(v) == 9 and v != "000000000" and luhn_is_valid(v)


def siret_is_valid(value: str) -> bool:
    """SIRET: Luhn, except La Poste (SIREN 356000000) whose establishments sum digits mod 5."""
    v = compact(value)
    if len(v) != 14 or not v.isdigit() or v == "0" * 14:
        return False
    if v.startswith("356000000"):
        return sum(int(c) for c in v) % 5 == 0
    return luhn_is_valid(v)


def tax_id_is_valid(value: str) -> bool:
    """Numéro fiscal de référence (SPI): 13 digits, first 0-3, key = first 10 digits mod 511."""
    v = compact(value)
    if len(v) != 13 or not v.isdigit() or v[0] not in "0123":
        return False
    return int(v[:10]) % 511 == int(v[10:])


def fr_vat_is_valid(value: str) -> bool:
    """French VAT number FRkk + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97."""
    v = compact(value)
    if not re.fullmatch(r"FR\d{11}", v):
        return False
    siren = v[4:]
    return luhn_is_valid(siren) and int(v[2:4]) == (12 + 3 * (int(siren) % 97)) % 97


# Intra-EU VAT shapes (country prefix + national body). Only FR is checksummed here; the others
# must match their country's exact shape and sit next to a VAT context word.
EU_VAT_SHAPES = {
    "AT": r"U\d{8}", "BE": r"[01]\d{9}", "BG": r"\d{9,10}", "CY": r"\d{8}[A-Z]", "CZ": r"\d{8,10}",
    "DE": r"\d{9}", "DK": r"\d{8}", "EE": r"\d{9}", "EL": r"\d{9}", "ES": r"[A-Z0-9]\d{7}[A-Z0-9]",
    "FI": r"\d{8}", "FR": r"[0-9A-Z]{2}\d{9}", "HR": r"\d{11}", "HU": r"\d{8}", "IE": r"\d[A-Z0-9+*]\d{5}[A-Z]{1,2}",  # noqa: E501
    "IT": r"\d{11}", "LT": r"\d{9}|\d{12}", "LU": r"\d{8}", "LV": r"\d{11}", "MT": r"\d{8}",
    "NL": r"\d{9}B\d{2}", "PL": r"\d{10}", "PT": r"\d{9}", "RO": r"\d{2,10}", "SE": r"\d{12}",
    "SI": r"\d{8}", "SK": r"\d{10}", "XI": r"\d{9}|\d{12}",
}


def eu_vat_is_valid(value: str) -> bool:
    v = compact(value)
    if v.startswith("FR"):
        return fr_vat_is_valid(v)
    shape = EU_VAT_SHAPES.get(v[:2])
    return shape is not None and re.fullmatch(shape, v[2:]) is not None


def rpps_is_valid(value: str) -> bool:
    """RPPS: 11 digits starting with 1, Luhn."""
    v = compact(value)
    return len(v) == 11 and v.startswith("1") and luhn_is_valid(v)


def finess_is_valid(value: str) -> bool:
    """FINESS: 9 characters (département 2 chars, may be 2A/2B), Luhn over the digit form."""
    v = compact(value)
    if len(v) != 9:
        return False
    digits = v.replace("2A", "20", 1) if v[:2] == "2A" else v.replace("2B", "20", 1) if v[:2] == "2B" else v
    return digits.isdigit() and luhn_is_valid(digits)
