"""The last lines of an address block without a street's shape (FrAddressBlockRecognizer): a
city of several words under the postcode line, a place-shaped name ending a party's block."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "value"), [
    ("Madame Henriette Alix\n25, boulevard François Gomez\n63659 Vincent\nSaint Bernadette\n\n"
     "Ayant pour conseil",
     "Saint Bernadette"),
    ("Monsieur Paul Aimé\n69, rue de Martinez\n67857 Saint Matthieu\nSainte Vincentboeuf\n\n"
     "représenté par Me X",
     "Sainte Vincentboeuf"),
    ("M. Jean Roux\nLe Haut Bourg\n01190 Pont-de-Vaux\nNogent le Rotrou\n", "Nogent le Rotrou"),
    ("Mme Lucie Perrin\n4 impasse des Ormes\n29200 Brest\nKer Avel Huella\n", "Ker Avel Huella"),
])
def test_city_of_several_words_under_the_postcode_line(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_ADDRESS")


@pytest.mark.parametrize(("text", "value"), [
    ("URSSAF ILE DE FRANCE\nDépartement des Contentieux Amiables et Judiciaires\nSaint Margaux\n"
     "représentée par Mme Émile Alexandrie audiencière.", "Saint Margaux"),
    ("La SCI Les Tilleuls\nService contentieux\nSainte-Foy-lès-Lyon\n\nayant pour conseil Me Anne Roy",
     "Sainte-Foy-lès-Lyon"),
    ("Monsieur Yves Garnier\nchez Mme Hélène Garnier\nLejeune-les-Bains\nnon comparant", "Lejeune-les-Bains"),
    ("Caisse primaire\nPôle juridique\nSt Étienne du Rouvray\nreprésentée par M. Luc Biron",
     "St Étienne du Rouvray"),
])
def test_place_shaped_line_before_the_counsel(find, text, value) -> None:  # type: ignore[no-untyped-def]
    assert value in find(text, "FR_ADDRESS")


@pytest.mark.parametrize("text", [
    # ordinary words under a postcode line: a service, a heading
    "Mairie\n1 place Georges Frêche\n34267 Montpellier\nDirection Générale\nObjet : rien",
    "34000 Montpellier\nService Urbanisme Opérationnel\n",
    # a civility opens a person, not a city
    "12 rue Haute\n75001 Paris\nMonsieur Pierre Martin\n",
    # a postcode line with a date: a letter's place and date, not an address block
    "34000 Montpellier, le 2 mai 2014\nConseil Municipal\n",
    # a party's name before its counsel is no place
    "DEFENDEUR\nMonsieur Jean Dupont\nreprésenté par Me X",
    "INTIMÉE\nLa SARL Boulangerie Martin\nreprésentée par Me Anne Roy",
    # a line before "représenté par" without a place's shape
    "Le comité\nSaint\nreprésenté par son président",
])
def test_not_an_address_line(find, text) -> None:  # type: ignore[no-untyped-def]
    from aiguillage.detect.recognizers.address_block import FrAddressBlockRecognizer

    found = [text[r.start:r.end] for r in FrAddressBlockRecognizer().analyze(text, ["FR_ADDRESS"])
             if r.score >= 0.5]
    assert found == []
