"""An association's president named under its general meeting, its members or their fees is a
private person, not an official (FrPublicOfficialRecognizer)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name"), [
    ("SOU DES ÉCOLES LAÏQUES — ASSEMBLÉE GÉNÉRALE DU 12 MARS 2026\n\nLa présidente, Martine Rouvière, "
     "remercie les parents présents.", "Martine Rouvière"),
    ("Jardins partagés du Lez — assemblée générale extraordinaire\n\nÉlection du bureau :\n"
     "- président : Gérard Pons, réélu ;\n- trésorier : M. Paul Py", "Gérard Pons"),
    ("Appel des cotisations 2026 : 15 € par foyer.\nLe président, Alain Vidal-Roques, rappelle la date "
     "limite.", "Alain Vidal-Roques"),
    ("Les adhérents sont invités au repas annuel.\nMme Josiane Teyssier, présidente, ouvre le repas.",
     "Josiane Teyssier"),
])
def test_president_of_a_members_body_is_a_person(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name not in find(text, "PUBLIC_OFFICIAL")
    assert any(name in v for v in find(text, "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    ("CONSEIL MUNICIPAL — SÉANCE DU 3 MARS 2026\n\nLe président, M. Jean Dupont, ouvre la séance.",
     "Jean Dupont"),
    ("Séance du conseil communautaire.\nM. Henri Bastide, président, met aux voix.", "Henri Bastide"),
    ("Assemblée générale des associations : la commune y sera représentée.\n\n"
     "Président : Paul DURAND, Maire.", "Paul DURAND"),
])
def test_president_of_a_council_stays_official(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name in find(text, "PUBLIC_OFFICIAL")
