"""FrPublicOfficialRecognizer and officials in signature blocks: a separate type the policy decides on."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Fait et délibéré les jour, mois et an susdits.\nLe Maire,\nJean DUPONT", "Jean DUPONT"),
    ("Présidence : Paul DURAND, Maire.", "Paul DURAND"),
    ("Secrétaire de séance : Mme Claire Martin, adjointe au maire.", "Claire Martin"),
    ("Je soussigné, Marc LEROY, Maire de Lunel, atteste", "Marc LEROY"),
    ("Signé : Christophe CHANTEPY, président", "Christophe CHANTEPY"),
    ("M. Pierre Bonnal, conseiller rapporteur", "Pierre Bonnal"),
])
def test_officials(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "PUBLIC_OFFICIAL")
    assert value not in find(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Le Maire, vu le dossier de M. Jean Dupont, adjoint technique territorial,",
    "M. Jean Dupont, adjoint technique, est nommé.",
])
def test_agents_are_not_officials(find, text) -> None:  # type: ignore[no-untyped-def]
    assert find(text, "PUBLIC_OFFICIAL") == []
    assert "Jean Dupont" in find(text, "PERSON")


@pytest.mark.parametrize(("text", "name"), [
    ("Amicale des boulistes — président : M. Armel Le Gouguec — courrier : BP 45", "Armel Le Gouguec"),
    ("Nom de l'association : Les Randonneurs\nSiège : mairie\nPrésident : Jean-Paul Ehrhart — 03 89 58 71 02",
     "Jean-Paul Ehrhart"),
    ("Chorale « Les Voix » — présidente : Mme Odile Le Floch", "Odile Le Floch"),
])
def test_president_of_a_private_body_is_a_person(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name not in find(text, "PUBLIC_OFFICIAL")


@pytest.mark.parametrize(("text", "name"), [
    # the council's president, even where associations are spoken of
    ("Le conseil municipal attribue une subvention à l'association Les Amis.\nLe président, M. Jean Dupont,"
     " met aux voix.", "Jean Dupont"),
    ("Séance du conseil municipal. Président : M. Jean Dupont", "Jean Dupont"),
    # an association in another paragraph
    ("Subvention à l'association des parents.\n\nPrésident : Paul DURAND, Maire.", "Paul DURAND"),
])
def test_president_of_a_public_body_stays_official(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name in find(text, "PUBLIC_OFFICIAL")


@pytest.mark.parametrize(("text", "name"), [
    ("Annuaire des associations sportives\n\nKaraté Shotokan\n\nPrésidente : Mme Fatou Ndiaye-Cissé\n7 rue X",
     "Fatou Ndiaye-Cissé"),
    ("COMITÉ DES FÊTES DE LAILLÉ — VIDE-GRENIER\n\nListe des exposants.\n\nPour le comité, la présidente, "
     "Sandrine Lebreton — 06.12.34.56.78", "Sandrine Lebreton"),
])
def test_president_under_a_private_body_s_title(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert name not in find(text, "PUBLIC_OFFICIAL")


def test_president_under_a_council_s_title(find) -> None:  # type: ignore[no-untyped-def]
    text = ("Conseil municipal du 3 mars — subventions aux associations\n\nPrésident : M. Jean Dupont, "
            "maire.\nLe conseil adopte.")
    assert "Jean Dupont" in find(text, "PUBLIC_OFFICIAL")
