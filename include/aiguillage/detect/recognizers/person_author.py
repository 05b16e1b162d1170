"""A person named as the author of a post or a comment, whatever their case ("Publié par marie-thé le
12 mars", "Commentaire de josiane"), and the name on a doorbell or a letterbox ("sonnette « VdH »")."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from aiguillage.detect.recognizers._base import FrNameRecognizerBase
from aiguillage.detect.recognizers.names import NOT_NAMES, is_ordinary_word

_S = r"[ \u00a0]"
# the author's word: one or two words of letters (a hyphen, an apostrophe, a dot or digits inside),
# any case, then the date, a dash, a colon, a comma or the line's end
_AUTHOR = regex.compile(
    # (the participles with their accent: "Poste de Leduc-les-Bains" is a post office)
    rf"(?<![\p{{L}}])(?:(?i:publi[ée]e?s?|post(?:é|É)e?s?|(?:é|É)crite?s?|r[ée]dig(?:é|É)e?s?|propos(?:é|É)e?s?)"
    rf"{_S}+(?i:par)|(?i:r[ée]ponse|commentaire){_S}+(?i:de))"
    rf"{_S}+(?P<name>\p{{L}}[\p{{L}}\d'’._-]{{1,30}}(?:{_S}\p{{Lu}}[\p{{L}}'’.-]{{0,30}})?)"
    rf"(?={_S}*(?:(?i:le|à|,|—|–|-|:|\(|\n)|$))")
# a doorbell's or a letterbox's name in quotes: "sonnette « VdH »", "boîte aux lettres « Famille Roy »"
_DOORBELL = regex.compile(
    rf"(?<![\p{{L}}])(?i:sonnette|interphone|bo[îi]te{_S}+aux{_S}+lettres|digicode){_S}*:?{_S}*"
    rf"[«“\"]{_S}*(?P<name>[^»”\"\n]{{1,40}}?){_S}*[»”\"]")


# a site's own accounts, no one's name
_NO_ONE = frozenset("""admin administrateur administratrice admins moderateur modérateur modératrice
moderatrice redaction rédaction webmaster anonyme invite invité invitée equipe équipe service mairie
secretariat secrétariat""".split())  # noqa: SIM905


class FrPostAuthorRecognizer(FrNameRecognizerBase):
    """The author of a post, an answer or a comment ("Publié par marie-thé le 12 mars 2026",
    "Commentaire de josiane :"): one word (or a first name and an initial) in any case, not a
    word of the language ("Publié par la mairie", "Commentaire de Admin"); and what a doorbell or a
    letterbox bears in quotes ("sonnette « VdH »").

    Legal basis: RGPD art. 4(1): a name, however written, identifies its bearer.
    """

    def find(self, text: str) -> Iterable[tuple[int, int, float, str]]:
        for m in _AUTHOR.finditer(text):
            name = m.group("name")
            first = regex.split(r"[ \u00a0]", name)[0]
            if (first.casefold() in NOT_NAMES or first.casefold() in _NO_ONE or is_ordinary_word(first)
                    or first[:1].isdigit() or regex.match(r"(?i)[ld]['’]", first)
                    or (first.isupper() and len(first) <= 6 and "." not in first)):  # "l'INSEE", "SNCF"
                continue
            yield m.start("name"), m.end("name"), 0.7, "PERSON"
        for m in _DOORBELL.finditer(text):
            if any(c.isalpha() for c in m.group("name")):
                yield m.start("name"), m.end("name"), 0.7, "PERSON"
