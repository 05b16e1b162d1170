"""Names in signature blocks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import (
    CIVILITY,
    NAME_SEQ,
    OFFICIAL_ROLES,
    francophone_first_names,
    looks_like_words,
)

_NAME_LINE = regex.compile(rf"^[ \u00a0]*(?:{CIVILITY}[ \u00a0]+)?(?P<name>{NAME_SEQ})[ \u00a0]*,?[ \u00a0]*$")  # noqa: E501
_SIGNED = regex.compile(rf"(?i:sign[ée]|signature)[ \u00a0]*:?[ \u00a0]*(?:{CIVILITY}[ \u00a0]+)?(?P<name>{NAME_SEQ})")  # noqa: E501
_CUE = regex.compile(r"(?i)(?:^|\b)(?:pour\s+(?:le|la)\s+\w+|par\s+d[ée]l[ée]gation|p\.\s?o\.|"
                     r"fait\s+[àa]\b|sign[ée]|cordialement|salutations|respectueusement|l['’]int[ée]ress[ée]e?|"
                     r"le\s+demandeur|la\s+demanderesse|le\s+responsable|la\s+responsable|"
                     r"(?:le|la)\s+(?:gestionnaire|directeur|directrice|chef|cheffe|secr[ée]taire|agent|"
                     r"r[ée]dacteur|r[ée]dactrice|instructeur|instructrice))")
# a line that opens the recipient's block of a letter: no signature below it
_ADDRESSEE = regex.compile(
    r"^[ \u00a0]*(?:[àÀa]|[àÀ][ \u00a0]+l['’]attention[ \u00a0]+de|destinataire[ \u00a0]*:?)[ \u00a0]*$",
    regex.I)
# what a recipient signs for: a notification handed over, a letter received, a receipt
_RECEIPT = regex.compile(
    r"(?i)(?<![\w])(?:notifi[ée]e?s?|notification|remise?s?[ \u00a0]+en[ \u00a0]+main[ \u00a0]+propre"
    r"|re[çc]ue?s?[ \u00a0]+(?:par|le)|accus[ée][ \u00a0]+de[ \u00a0]+r[ée]ception|d[ée]charge)")
_POSTCODE_LINE = regex.compile(r"^[ \u00a0]*(?:[A-Z]{1,2}-)?\d{5}[ \u00a0]+\p{Lu}")
_ROLE_LINE = regex.compile(rf"^[ \u00a0]*(?:pour\s+)?{OFFICIAL_ROLES}\b", regex.I)


# a first name and the surname's initial: "Clarisse T.", "Marc-Antoine D."
_FIRST_AND_INITIAL = regex.compile(r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]+\p{Lu}\.")


def _first_name_and_initial(name: str) -> bool:
    """A signature of a first name and an initial, the first name a known one even when it is also
    a word of the lexicon ("Clarisse T.", "Constance B."): a word and an initial sign no letter."""
    m = _FIRST_AND_INITIAL.fullmatch(name.strip())
    return m is not None and all(p in francophone_first_names() for p in m.group("first").casefold().split("-"))  # noqa: E501


class FrSignatureNameRecognizer(FrNameRecognizerBase):
    """A line holding only a name, up to three lines after a closing cue ("Fait à…",
    "Cordialement", "Le Maire,", "Pour le Directeur et par délégation"), or after "Signé :". Under
    an official's role the name is reported as PUBLIC_OFFICIAL: the policy decides about it.

    Legal basis: RGPD art. 4(1); officials acting in their function: CRPA L.311-6 does not
    protect their name and quality (CADA doctrine), hence a separate type.
    """

    ENTITIES: ClassVar[list[str]] = ["PERSON", "PUBLIC_OFFICIAL"]

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        lines = list(regex.finditer(r"[^\n]+", text))
        role_until = -1
        cue_until = -1
        for i, lm in enumerate(lines):
            line = lm.group()
            if _ADDRESSEE.match(line):  # "à", "À l'attention de": the recipient's block follows
                role_until = cue_until = -1
                continue
            m = _NAME_LINE.match(line)
            if (m and (cue_until >= i or role_until >= i) and len(line.strip()) <= 60
                    and (not looks_like_words(m.group("name")) or _first_name_and_initial(m.group("name")))):
                # a name above a postcode line is an address block (the recipient of "Le Maire"'s
                # letter, "Madame Roselyne CASTELLANO⏎1420, chemin…⏎13530 TRETS"), not a signature
                official = role_until >= i and not any(
                    _POSTCODE_LINE.match(n.group()) for n in lines[i + 1:i + 4])
                yield (lm.start() + m.start("name"), lm.start() + m.end("name"), 0.95 if official else 0.86,
                       "PUBLIC_OFFICIAL" if official else "PERSON")
            # "Le maire de la commune d'Ornans atteste que :" introduces the person attested, no
            # signature: a role line ending with a colon names no official below it
            if _ROLE_LINE.match(line) and len(line.strip()) <= 80 and not line.rstrip().endswith(":"):
                role_until = i + 3
            elif _CUE.search(line):
                cue_until = i + 3
            for s in _SIGNED.finditer(line):
                if looks_like_words(s.group("name")):
                    continue
                # a signature acknowledging a delivery is the recipient's, under an official's role
                # too ("Notification : remis en main propre à M. X le … (signature L. F.-M.)")
                official = role_until >= i and not _RECEIPT.search(line, 0, s.start())
                yield (lm.start() + s.start("name"), lm.start() + s.end("name"), 0.95 if official else 0.86,
                       "PUBLIC_OFFICIAL" if official else "PERSON")
