"""A person's handle and profile on social networks and code hosts ("@corentin_gdn",
"instagram.com/pat.dupin.photo", "https://github.com/mq-tran", "linkedin.com/in/anne-roux")."""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import Pattern, RecognizerResult

from aiguillage.detect.recognizers._base import FrPatternRecognizer

# the platforms where an address names an account ("mastodon.social/@x", "bsky.app/profile/x")
_PLATFORMS = (r"(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|github|gitlab|youtube|pinterest|flickr"
              r"|behance|vimeo|soundcloud|threads|snapchat|twitch|strava|medium|substack|bsky|mastodon"
              r"|500px|deviantart|dribbble|tumblr|telegram|t"
              # genealogists' trees: "gw.geneanet.org/mireilleg71"
              r"|geneanet|filae)")
_HOST = rf"(?:https?://)?(?:www\.|m\.|[a-z]{{2}}\.)?{_PLATFORMS}\.(?:com|net|org|app|social|me|tv|fr)"
# an account's path: "pat.dupin.photo", "in/anne-roux", "@corentin_gdn", "profile/x.bsky.social"
_ACCOUNT = r"(?:in/|pub/|profile/|user/|u/|c/|channel/|people/)?@?[\w][\w.\-]{1,60}(?<![.\-])"
# accounts of institutions and the platforms' own pages, no one's
_NOT_PERSONAL = regex.compile(
    r"(?i)mairie|ville|commune|agglo|metropole|departement|region|prefecture|gouv|office|tourisme|officiel"
    r"|association|asso|club|comite|ecole|college|lycee|universite|musee|bibliotheque|mediatheque"
    r"|^(?:share|sharer|login|help|about|policies|privacy|legal|settings|home|watch|events|groups|pages"
    r"|hashtag|explore|search)$")


class FrSocialProfileRecognizer(FrPatternRecognizer):
    """A social network's or a code host's address of an account ("instagram.com/pat.dupin.photo",
    "facebook.com/joelle.lacroixmottier", "https://github.com/mq-tran"), and a handle ("@corentin_gdn";
    an e-mail's "@" follows a word and is not one). An institution's account ("facebook.com/
    mairiedethonon", "instagram.com/office_tourisme") and the platforms' own pages stay.

    Legal basis: RGPD art. 4(1): an online identifier (art. 4(1) names it) leads to its holder.
    """

    ENTITY = "PERSONAL_REFERENCE"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("SOCIAL_PROFILE_URL", rf"(?i)(?<![\w./@-]){_HOST}/{_ACCOUNT}/?", 0.75),
        Pattern("SOCIAL_HANDLE",
                r"(?<![\w@./:-])@[\p{L}\d_](?:[\p{L}\d_.]{0,28}[\p{L}\d_])?(?![\w@-]|\.\w)", 0.7),
        # a pseudonym of a forum, a blog or a collaborative site, by its shape: lower-case letters
        # and a number glued after them ("nanou71", "bressane1954", "mireille.g71"), or words
        # joined by an underscore ("ray_pommier", "JFB_Tournus"); not a file's name ("img_2034.jpg"),
        # a hashtag, a code in capitals ("DSC_0042") nor an e-mail's or an address's part
        Pattern("PSEUDONYM",
                r"(?<![\w@./:#&=?-])(?:\p{Ll}{3,}(?:[.\-]\p{L}{1,12})?\p{L}?\d{2,4}"
                r"|(?=[\p{L}\d_]*\p{Ll})\p{L}[\p{L}\d]{1,20}(?:_[\p{L}\d]{1,20})+)"
                r"(?![\w@/-]|\.\w)", 0.6),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """The patterns' findings, less a pseudonym's shape that is a whole cell of a delimited line:
        an export's column name ("date_naissance", "numero_macaron", "n_carte")."""
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in found if not (_pattern(r) == "PSEUDONYM" and (
            _export_cell(text, r.start, r.end) or technical_name(text[r.start:r.end])))]

    def check(self, text: str) -> bool | None:
        """No institution's account and no platform page."""
        account = regex.split(r"\.(?:com|net|org|app|social|me|tv|fr)/", text, maxsplit=1)[-1].lstrip("@")
        account = account.rstrip("/")
        last = account.split("/")[-1].lstrip("@")
        if _NOT_PERSONAL.search(last) or _NOT_PERSONAL.search(account.split("/")[0]):
            return False
        return None


_CELL_EDGE = " \u00a0\"'"

# Things named with a number glued to them, written so in lower case too: a disease, a standard,
# a hash, a climate conference, a football championship, an operating system or a phone's version
# ("covid19", "iso9001", "sha256", "cop21", "euro2024", "windows11", "iphone15").
# Only names of things: a handle's number may be any ("marie123"), its letters are its own.
_TECHNICAL = frozenset({
    "covid", "sars", "mers", "iso", "afnor", "sha", "crc", "utf", "ipv", "http", "https", "html",
    "css", "mpeg", "dvd", "usb", "wpa", "gpt", "cop", "euro", "windows", "win", "macos", "ios",
    "android", "iphone", "ipad", "rgpd"
})
_GLUED = regex.compile(r"(?P<letters>\p{Ll}{3,})\d{2,4}")


def technical_name(span: str) -> bool:
    """A letters-and-number pseudonym's shape that is a thing's name, its letters one of
    :data:`_TECHNICAL` and nothing between them and the number ("covid19", "iso9001", "sha256");
    not "covid_lover", "iso.lea71", nor "nanou71"."""
    m = _GLUED.fullmatch(span)
    return m is not None and m.group("letters") in _TECHNICAL


def _pattern(r: RecognizerResult) -> str:
    return str(getattr(r.analysis_explanation, "pattern_name", "") or "")


def _export_cell(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a whole cell of a header: a line with two delimiters of one kind or
    more and no digit elsewhere (a row of values has some: a pseudonym there is one)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a:len(text) if b < 0 else b]
    seps = [c for c in ";,\t|" if line.count(c) >= 2]
    # a row of values has numbers of their own ("12", "2026-09-01"), a header's digits are in its
    # names ("surf_plancher_m2")
    if not seps or regex.search(r"(?<![\p{L}_])\d", line.replace(text[start:end], "")):
        return False
    before = text[a:start].rstrip(_CELL_EDGE)
    after = text[end:len(text) if b < 0 else b].lstrip(_CELL_EDGE)
    return (not before or before[-1] in seps) and (not after or after[0] in seps)
