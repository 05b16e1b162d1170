"""FrAliasRecognizer: birth and married names, nicknames next to a full name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "alias"), [
    ("et Mme Annick LE DORTZ née GUÉGUEN, née le premier avril 1960", "GUÉGUEN"),
    ("Mme Claire Martin, épouse DUBOIS-LEROY, demeurant à Lyon", "DUBOIS-LEROY"),
    ("Marie Durand, épouse Le Goff, née à Brest.", "Goff"),
    ("Veuve MARTIN, 12 ans de concession", "MARTIN"),
    ("Nom : Perrin, née : Chauvel", "Chauvel"),
    # nicknames
    ("déposé par mon oncle, Loulou (Louis-Marie Ricordel), qui habite", "Loulou"),
    ("20 h - 22 h : Pauline Ferreira, « Tonton » Gérard Lassalle (06 73 84 95 06)", "Tonton"),
    ("avec Gérard Lassalle « Tonton » à la buvette", "Tonton"),
    ("Dédé (M. André Vasseur) tiendra la buvette.", "Dédé"),
])
def test_other_names(find, text, alias) -> None:  # type: ignore[no-untyped-def]
    assert any(alias in v for v in find(text, "PERSON"))  # alone, or within the name it joins


@pytest.mark.parametrize(("text", "kept"), [
    # dates and places after "née"; a month is no name
    ("Elle est née le 3 mars 1990 à Brest.", "le"),
    ("née Mars 2001", "Mars"),
    ("NÉE LE 3 MARS 1990", "LE"),
    # a role before a name in brackets is no other name
    ("Présidente (Anne Roux) : ouverture de la séance.", "Présidente"),
    ("Contact (Jean Dupont) : 02 99 00 00 00", "Contact"),
    # quoted words next to no full name, or next to a name that starts with no first name
    ("la rue dite « Grande » a été refaite", "Grande"),
    ("le restaurant « Chez Paul » Rue Haute", "Chez"),
])
def test_not_other_names(find, text, kept) -> None:  # type: ignore[no-untyped-def]
    assert not any(kept == v or v.startswith(kept + " ") for v in find(text, "PERSON"))


@pytest.mark.parametrize(("text", "name"), [
    ("– M. et Mme Raymond et Germaine Gaborieau, demeurant au lieu-dit", "Raymond et Germaine Gaborieau"),
    ("M. et Mme Michel et Josiane BRÉCHET, mariés en 1976", "Michel et Josiane BRÉCHET"),
    ("M. Ilyes Mansouri (« Ily » pour tout le monde) signale", "Ily"),
])
def test_couples_and_nicknames_in_brackets(find, text, name) -> None:  # type: ignore[no-untyped-def]
    assert any(name in v for v in find(text, "PERSON"))


def test_a_couple_s_first_name_is_sought_again(find) -> None:  # type: ignore[no-untyped-def]
    text = "M. et Mme Raymond et Germaine Gaborieau, mariés en 1966 ; Germaine a chanté."
    assert find(text, "PERSON").count("Germaine") == 1
