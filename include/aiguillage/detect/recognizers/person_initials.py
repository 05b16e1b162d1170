"""Persons named by their initials ("J.-P. M.", "A. B.")."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

_INITIAL = r"\p{Lu}\.(?:-\p{Lu}\.)?"
# a surname's particle between the initials, as an initial or a word ("I. V. d. H." for Ingrid Van den
# Heuvel, "J. de M.", "A. v. d. B.")
_PARTICLES = r"(?:(?:[dlv]\.|de|du|des|van|von|den|der|da|di|le|la)[ \u00a0])*"


class FrInitialsRecognizer(FrPatternRecognizer):
    """Initials of a first name and a surname, two or three groups ("J.-P. M.", "A. B.", "M.-C. L.
    D."): the way minutes and lists name a private person who spoke. One initial alone ("M."
    is also "Monsieur") is not taken, nor a run glued to a word. Scored above the model, which
    finds some of them but whose short capital-only spans are dropped as acronyms.

    Legal basis: RGPD art. 4(1): initials with a street or an event single a person out
    (indirectly identifying data; CNIL, pseudonymisation is not anonymisation).
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("INITIALS",
                rf"(?<![\w.\-]){_INITIAL}(?:[ \u00a0]{_PARTICLES}{_INITIAL}){{1,2}}(?![\w\-])", 0.86),
    ]
    CONTEXT: ClassVar[list[str]] = []
