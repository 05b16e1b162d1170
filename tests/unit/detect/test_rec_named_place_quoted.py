"""A place named in guillemets with its article ("à « La Touche-Rouge »"), raised as a home by a
residence cue: where one's mail is delivered ("recevait son courrier à …")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "place"), [
    ("L'ancien propriétaire, M. Lamballe, recevait son courrier à « La Touche-Rouge » ; la parcelle.",
     "La Touche-Rouge"),
    ("Elle reçoit son courrier chez sa fille, « Les Tilleuls », depuis mars.", "Les Tilleuls"),
    ("je reçois mon courrier à \"Le Clos du Moulin\" depuis 2019", "Le Clos du Moulin"),
])
def test_home_where_mail_is_received(find, text, place) -> None:  # type: ignore[no-untyped-def]
    assert place in find(text, "FR_ADDRESS"), find(text, "FR_ADDRESS")


@pytest.mark.parametrize("text", [
    "Le festival « La Nuit des Étoiles » aura lieu samedi.",
    "Nous avons lu « Le Petit Prince » en classe.",
    "Il recevait son courrier à la mairie annexe.",
    "L'exposition « Les Impressionnistes » ferme le 3 mai.",
])
def test_titles_and_events_stay(find, text) -> None:  # type: ignore[no-untyped-def]
    assert not find(text, "FR_ADDRESS"), find(text, "FR_ADDRESS")
