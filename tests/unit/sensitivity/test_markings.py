"""Protection markings in every form and position; a sentence about a marking is no marking."""

from __future__ import annotations

import pytest
from aiguillage.records import Part

BODY = (
    "Objet : réorganisation des services.\nLa présente note expose les scénarios étudiés par la direction.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "SECRET\n" + BODY + "SECRET",
        "D I F F U S I O N   R E S T R E I N T E\n" + BODY,
        "C  O  N  F  I  D  E  N  T  I  E  L\n" + BODY,
        "Diffusion restreinte – Note à l'attention de M. le Préfet de la région\n" + BODY,
        "CONFIDENTIEL – document de travail – ne pas transférer\n" + BODY,
        BODY + "Usage interne uniquement",
        "TRÈS SECRET\n" + BODY,
        "CONFIDENTIEL DÉFENSE\n" + BODY,
        "SPÉCIAL FRANCE\n" + BODY,
        "diffusion restreinte\n" + BODY,
        BODY + "\nDR\n",
        # a line that forbids or defers a release keeps its mention
        "DIFFUSION RESTREINTE — ne doit pas être rendu public\n" + BODY,
        "CONFIDENTIEL - sera rendu public après la décision\n" + BODY,
        "DIFFUSION RESTREINTE — document rendu public par erreur le 3 mars\n" + BODY,
    ],
)
def test_marking_forms(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "marking" in categories(text)


@pytest.mark.parametrize("kind", ["header", "footer", "image"])
def test_marking_placed_in_a_header_footer_or_picture(categories, kind: str) -> None:  # type: ignore[no-untyped-def]
    parts = (Part(BODY * 5), Part("Secret", kind), Part(BODY))
    assert "marking" in categories("", parts)


@pytest.mark.parametrize(
    "text",
    [
        "Que signifie la mention « Diffusion Restreinte » ?\nElle désigne des informations non classifiées.\n"
        + BODY,
        BODY + "Le secret de la réussite tient à la préparation.\n" + BODY,
        BODY + "La confidentialité des votes est garantie par l'urne.\n" + BODY,
        BODY + "Dr Martin assure la permanence du centre de vaccination.\n" + BODY,
        "Référence du dossier : TS-44-2025-000912\n" + BODY,
        BODY + "Réf. 2026/DR-118\n",
        BODY + "« DIFFUSION RESTREINTE » : documents dont la divulgation nuirait à la sécurité.\n",
        # a mention lifted on its own line: the document was released
        BODY + "Document interne rendu public avec l'avis d'attribution.\n",
        "DIFFUSION RESTREINTE — déclassifié le 3 mars 2026\n" + BODY,
    ],
)
def test_explanations_and_ordinary_words_are_no_marking(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "marking" not in categories(text)


def test_a_quoted_document_keeps_its_own_marking(categories) -> None:  # type: ignore[no-untyped-def]
    # a report reproduces an extract that opens with its marking: the quotation does not explain it
    text = (
        BODY + "Le rapporteur reproduit ci-dessous un extrait du rapport reçu le 3 février.\n"
        "« CONFIDENTIEL — Rapport d'observations provisoires. Sa communication est interdite. »\n"
    )
    assert "marking" in categories(text)
