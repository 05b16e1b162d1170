"""A person's handle and profile on social networks and code hosts ("@corentin_gdn",
"instagram.com/pat.dupin.photo", "https://github.com/mq-tran", "linkedin.com/in/anne-roux")."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern

from aiguillage.detect.recognizers._base import FrPatternRecognizer

# the platforms where an address names an account ("mastodon.social/@x", "bsky.app/profile/x")
_PLATFORMS = (r"(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|github|gitlab|youtube|pinterest|flickr"
              r"|behance|vimeo|soundcloud|threads|snapchat|twitch|strava|medium|substack|bsky|mastodon"
              r"|500px|deviantart|dribbble|tumblr|telegram|t)")
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
    ]
    CONTEXT: ClassVar[list[str]] = []

    def check(self, text: str) -> bool | None:
        """No institution's account and no platform page."""
        account = regex.split(r"\.(?:com|net|org|app|social|me|tv|fr)/", text, maxsplit=1)[-1].lstrip("@")
        account = account.rstrip("/")
        last = account.split("/")[-1].lstrip("@")
        if _NOT_PERSONAL.search(last) or _NOT_PERSONAL.search(account.split("/")[0]):
            return False
        return None
