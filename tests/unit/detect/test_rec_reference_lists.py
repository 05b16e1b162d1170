"""Numbers a person holds, in a list after a label, with a series prefix, or as a second number of
the same holder on its line (FrPersonalReferenceRecognizer)."""

from __future__ import annotations

import pytest

_LICENCES = "Licences vérifiées au contrôle des équipes 2 et 5 : 07 11 2031, 07 11 2032 et 29 04 8817."


@pytest.mark.parametrize(("text", "value"), [
    # a list after "Label … :" (the label's whole clause), every item of it
    (_LICENCES, "07 11 2031"),
    (_LICENCES, "07 11 2032"),
    (_LICENCES, "29 04 8817"),
    ("Cartes d'abonné remises ce jour : 8841027, 8841028 / 8841031", "8841031"),
    # a series prefix and a serial
    ("Perte du badge n° PISC 20931 signalée à l'accueil.", "PISC 20931"),
    ("Nouvelle carte BIB 04127 remise à la lectrice.", "BIB 04127"),
    # a second number of the same holder, after the first on its line
    ("M. Roche — carte de pêche n° 43-2026-00871 — timbre 12 44 9081", "12 44 9081"),
    ("Mme Py — permis n° 046-2011-00312 — visa annuel 88 02 1174 — 4x4", "88 02 1174"),
])
def test_held_number(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PERSONAL_REFERENCE")


@pytest.mark.parametrize(("text", "kept"), [
    ("Délibérations adoptées ce jour : 2025-118, 2025-119 et 2025-120.", "2025-119"),
    ("Itinéraire : RN 113 puis RD 986, voir la carte.", "RD 986"),
    ("N° de rôle\tImpôt\nA-2291\tTH 2013\n", "TH 2013"),
    ("est immatriculée sous le numéro SIRET 842 615 973 00021.", "SIRET 842"),
    ("Dossier n° 2025-00412 — séance du 12/03/2025 — délibération 2025-118", "2025-118"),
    ("Les équipes 1 et 6 : 14 h 30, 16 h, 17 h 30.", "14"),
])
def test_no_held_number(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert kept not in find(text, "PERSONAL_REFERENCE")
