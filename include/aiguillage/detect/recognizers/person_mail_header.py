"""The display names of an e-mail's header ("De : schaeffer, hans-bernd <hb.schaeffer@…>")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import first_names, is_ordinary_word

# a header line of a message, as mail clients print it in French or English
_HEADER = regex.compile(
    r"(?im)^[ \u00a0>]*(?:de|from|[àa]|to|cc|cci|bcc|r[ée]pondre[ \u00a0]+[àa]|reply-to|exp[ée]diteur"
    r"|destinataires?|envoy[ée][ \u00a0]+par)[ \u00a0]*:[ \u00a0]*(?P<rest>[^\n]*)$")
_ADDRESS = regex.compile(r"<[^<>\s@]+@[^<>\s]+>|\[mailto:[^\]\s]+\]")
_TRIM = " \u00a0\t,;\"'“”«»"
_LETTERS = regex.compile(r"\p{L}")
_PARTICLES = frozenset({"le", "la", "les", "l'", "de", "du", "des", "d'", "van", "von", "da", "di", "del",
                        "el"})


def _a_body(name: str) -> bool:
    """A sender that is a body, not a person: its first word is a word of the language and no
    first name ("Mairie de Langeac", "Service des sports", "no-reply", "Newsletter du club")."""
    words = [w for w in regex.split(r"[ \u00a0,.\-]+", name.strip(_TRIM)) if w]
    while len(words) > 1 and words[0].casefold() in _PARTICLES:  # "le goff, yann", "La Poste"
        words.pop(0)
    return bool(words) and words[0].casefold() not in first_names() and is_ordinary_word(words[0])


class FrMailHeaderNameRecognizer(FrNameRecognizerBase):
    """The display name before an address in angle brackets on a header line of a forwarded or
    quoted e-mail ("De : schaeffer, hans-bernd <hb.schaeffer@estvideo.fr>", "From: \"le goff,
    yann\" <y.legoff@…>", "Cc : Marie Dubreuil <…>, bertrand p. <…>"), in any case and order
    ("surname, first name" as address books print it); a sender whose name starts with a word of
    the language is a body ("Mairie de Langeac <accueil@…>", "Service des sports <…>").

    Legal basis: RGPD art. 4(1): the sender and recipients of a message are persons.
    """

    CONTEXT: ClassVar[list[str]] = []

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for line in _HEADER.finditer(text):
            pos = line.start("rest")
            rest = line.group("rest")
            prev = 0
            for addr in _ADDRESS.finditer(rest):
                raw = rest[prev:addr.start()]
                prev = addr.end()
                name = raw.strip(_TRIM)
                if len(name) < 2 or not _LETTERS.search(name) or "@" in name or _a_body(name):
                    continue
                start = pos + prev - len(addr.group()) - len(raw) + (len(raw) - len(raw.lstrip(_TRIM)))
                yield start, start + len(name), 0.9, "PERSON"
