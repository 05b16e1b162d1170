"""Checksum validators for French identifiers (in the spirit of python-stdnum)."""

from __future__ import annotations

import re

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")


def compact(value: str) -> str:
    return _NON_ALNUM.sub("", value).upper()


def nir_is_valid(value: str) -> bool:
    """NIR (numéro de sécurité sociale): 13 characters + 2-digit key = 97 - (n mod 97).
    Corsica: 2A → 19, 2B → 18 for the computation."""
    v = compact(value)
    if len(v) != 15 or v[0] not in "12378":
        return False
    body, key = v[:13], v[13:]
    body = body.replace("2A", "19", 1) if body[5:7] == "2A" else body
    body = body.replace("2B", "18", 1) if body[5:7] == "2B" else body
    if not body.isdigit() or not key.isdigit():
        return False
    return 97 - int(body) % 97 == int(key)


def iban_is_valid(value: str) -> bool:
    """IBAN, any country: ISO 13616 mod 97 == 1."""
    v = compact(value)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    rearranged = v[4:] + v[:4]
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return int(digits) % 97 == 1


def luhn_is_valid(digits: str) -> bool:
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
    v = compact(value)
    return len(v) == 9 and luhn_is_valid(v)


def siret_is_valid(value: str) -> bool:
    """SIRET: Luhn, except La Poste (SIREN 356000000) whose establishments sum digits mod 5."""
    v = compact(value)
    if len(v) != 14 or not v.isdigit():
        return False
    if v.startswith("356000000"):
        return sum(int(c) for c in v) % 5 == 0
    return luhn_is_valid(v)
