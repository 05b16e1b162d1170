"""Display names on the header lines of a forwarded or quoted e-mail (FrMailHeaderNameRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("---------- Message transféré ---------\nDe : dupuis-morel, anne-sophie <as.dupuis@free.fr>\n"
     "Objet : salle", "dupuis-morel, anne-sophie"),
    ('From: "le goff, yann" <y.legoff@orange.fr>\nSent: Monday', "goff, yann"),
    ("À : Marie Dubreuil <m.dubreuil@gmail.com>, bertrand poulain <bp@laposte.net>\n", "bertrand poulain"),
    ("À : Marie Dubreuil <m.dubreuil@gmail.com>, bertrand poulain <bp@laposte.net>\n", "Marie Dubreuil"),
    ("> Cc : WEBER Jean-Luc <jl.weber@wanadoo.fr>\n", "WEBER Jean-Luc"),
    ("Expéditeur : nguyen van an [mailto:an.nguyen@yahoo.fr]\n", "nguyen van an"),
])
def test_display_name(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert any(value in v for v in find(text, "PERSON"))


@pytest.mark.parametrize(("text", "kept"), [
    ("De : Mairie de Langeac <accueil@langeac.fr>\n", "Langeac"),
    ("From: Service des sports <sports@ville-exemple.fr>\n", "sports"),
    ("De : no-reply <no-reply@impots.gouv.fr>\n", "no-reply"),
    ("De : Newsletter du club <club@asso.fr>\n", "Newsletter"),
    ("Merci de répondre à l'adresse <contact@asso.fr> avant lundi.", "adresse"),
])
def test_no_person(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept in v for v in find(text, "PERSON"))
