"""E-mail addresses written to escape robots: "prenom.nom arobase gmail point com",
"jean (at) exemple (dot) fr"."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.names import is_ordinary_word, is_word_form

# a word or a sign in brackets of any kind ("(at)", "[arobase]", "<at>", "{@}"), or a bare word
_AT = (r"(?:@|[(\[{<][ \u00a0]?(?:at|arobase|arobas|chez|@|a|à)[ \u00a0]?[)\]}>]|arobase|arobas|\sat\s)")
_BRACKET_DOT = r"(?:[(\[{<][ \u00a0]?(?:dot|point|\.)[ \u00a0]?[)\]}>])"
_DOT = rf"(?:\.|{_BRACKET_DOT}|\spoint\s|\sdot\s)"
_TLD = r"(?:com|fr|org|net|eu|be|ch|de|it|es|pl|uk|lu|ca|ma|tn|dz|sn|re|io|info|gouv)"


class FrObfuscatedEmailRecognizer(FrPatternRecognizer):
    """An address whose "@" or dots are written as words or in brackets of any kind ("(at)",
    "[arobase]", "<at>", "{@}", "(a)", "[.]", "(.)", "<dot>"); its end is a known
    top-level domain, so ordinary prose ("à point", "at") does not match; "chez" for the "@" bare
    after a local part that is no word ("jcvuaillat chez gmail.com").

    Legal basis: RGPD art. 4(1): a nominative address identifies its holder.
    """

    ENTITY = "EMAIL_ADDRESS"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
        "EMAIL_OBFUSCATED",
        # the name's own dots may be bracketed too: "jl.schoumacher[dot]lux[at]pt[dot]lu"
        rf"(?i)(?<![\w.\])}}])[\w][\w.+-]*(?:{_BRACKET_DOT}[\w][\w.+-]*)*"
        rf"[ \u00a0]*{_AT}[ \u00a0]*[\w-]+(?:[ \u00a0]*{_DOT}[ \u00a0]*[\w-]+)*"
        rf"[ \u00a0]*{_DOT}[ \u00a0]*{_TLD}(?![\w])",
        0.85),
        # "chez" for the "@", bare: "jcvuaillat chez gmail.com" (a word before it is prose: "client
        # chez orange.fr"; see :meth:`check`)
        Pattern("EMAIL_CHEZ",
                rf"(?<![\w.@])[\w][\w.+-]*[ \u00a0]+chez[ \u00a0]+[\w-]+(?:\.[\w-]+)*\.{_TLD}(?![\w@]|\.\w)",
                0.7),
    ]
    CONTEXT: ClassVar[list[str]] = ["courriel", "mail", "e-mail", "mél", "écrire", "contact"]

    def check(self, text: str) -> bool | None:
        """A bare "chez" is an "@" only after a local part that is no word of the language nor a
        name's word alone ("client chez orange.fr", "Martin chez free.fr" are prose)."""
        parts = regex.split(r"[ \u00a0]+chez[ \u00a0]+", text, maxsplit=1)
        if len(parts) != 2 or "@" in text or "(" in text or "[" in text:
            return None
        local = parts[0]
        name_like = local[:1].isupper() and "." not in local and not any(c.isdigit() for c in local)
        if is_ordinary_word(local) or is_word_form(local) or name_like:
            return False
        return None
