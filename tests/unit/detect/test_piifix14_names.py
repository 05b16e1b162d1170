"""piifix14 (dev12 c24, a table of the electoral list's changes): a register's entry "SURNAME, First
names" at a line's or a cell's start — with the headings in capitals that must stay."""

from __future__ import annotations

import pytest
from aiguillage.detect.recognizers.person_uppercase import FrUppercaseNameRecognizer


def _persons(text: str) -> list[str]:
    res = FrUppercaseNameRecognizer().analyze(text, ["PERSON"])
    return [text[r.start:r.end] for r in res if r.score >= 0.5]


@pytest.mark.parametrize("text,name", [
    ("INSCRIPTIONS\nBIZIEN, Corentin ... Kerangall\n", "BIZIEN, Corentin"),
    ("RADIATIONS\nLE NAOUR, Pascale — décision de la commission\n", "LE NAOUR, Pascale"),
    ("VAN DER MEULEN, Pieter (ressortissant UE) ... Kervaziou\n", "VAN DER MEULEN, Pieter"),
    ("12\tWŁODARCZYK, Agnieszka\t3 place Paul-Gauguin\n", "WŁODARCZYK, Agnieszka"),
])
def test_a_registers_entry_surname_comma_first_name(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize("text", [
    "PARIS, Lundi 3 mars 2026\n",
    "RÉSULTATS, Marie a gagné\n",
    "ATTENTION, Travaux en cours\n",
    "Vu le code, Monsieur le Maire\n",
])
def test_a_heading_in_capitals_stays(text: str) -> None:
    assert _persons(text) == []


def test_the_place_column_after_a_birth_column(find) -> None:  # type: ignore[no-untyped-def]
    # (dev12 h10: "Naissance<TAB>Lieu" in a table of persons)
    text = ("Nom\tPrénoms\tNaissance\tLieu\tAdresse\n"
            "DETCHEVERRY\tEwen\t04/01/2011\tSaint-Pierre\t7 rue du Maréchal-Foch\n"
            "POIRIER-GASPARD\tLilou\t17/02/2011\tSaint-Jean (Terre-Neuve)\tAnse à Henry\n"
            "BRIAND\tNoé\t29/03/2011\tBrest\t2 rue Amiral-Muselier\n")
    assert {"Saint-Pierre", "Saint-Jean (Terre-Neuve)"} <= set(find(text, "LOCATION"))


def test_a_place_column_of_no_persons_stays(detector) -> None:  # type: ignore[no-untyped-def]
    text = ("Service\tNaissance\tLieu\tHoraires\n"
            "Maternité\t120\tSaint-Pierre\t8 h - 18 h\n"
            "Néonatalogie\t45\tMiquelon\t9 h - 17 h\n"
            "Consultations\t300\tLanglade\t8 h - 12 h\n")
    typed = [f for f in detector.analyze(text) if f.recognizer == "FrColumnRecognizer"]
    assert typed == []


@pytest.mark.parametrize("text,name", [
    ("19 novembre : Inaya, fille de Mehdi Zerrouki et Justine Le Corre", "Inaya"),
    ("Noam, fils de M. et Mme Roux", "Noam"),
])
def test_a_child_named_before_its_parents(text: str, name: str) -> None:
    from aiguillage.detect.recognizers.person_kin import FrChildNameRecognizer

    res = FrChildNameRecognizer().analyze(text, ["PERSON"])
    assert name in [text[r.start:r.end] for r in res if r.score >= 0.5]


@pytest.mark.parametrize("text", ["Paris, fille de la Seine", "Le Conseil, fils de Personne"])
def test_a_word_before_fils_de_stays(text: str) -> None:
    from aiguillage.detect.recognizers.person_kin import FrChildNameRecognizer

    assert [r for r in FrChildNameRecognizer().analyze(text, ["PERSON"]) if r.score >= 0.5] == []


_CLUB = ("Le responsable : Patricia Garcia-Lopes, 06 76 43 12 08\n"
         "Je vous transfère le projet d'Aminata Sow.\n\n{}\n")


@pytest.mark.parametrize("closing,name", [
    ("Sportivement,\nPat", "Pat"),
    ("Bises, Ami", "Ami"),
])
def test_a_short_first_name_signed_under_a_closing_formula(closing: str, name: str) -> None:
    from aiguillage.detect.engine import positioned_names
    from aiguillage.records import Finding

    text = _CLUB.format(closing)
    found = [Finding("PERSON", text.index(n), text.index(n) + len(n), 0.9, "FrCivilityNameRecognizer")
             for n in ("Patricia Garcia-Lopes", "Aminata Sow")]
    assert name in [text[f.start:f.end] for f in positioned_names(text, found)]


@pytest.mark.parametrize("closing", ["Le Pat est un coup nul aux échecs.", "Cordialement,\nPatrick",
                                     "Ami des bêtes"])
def test_a_short_form_elsewhere_stays(closing: str) -> None:
    from aiguillage.detect.engine import positioned_names
    from aiguillage.records import Finding

    text = _CLUB.format(closing)
    found = [Finding("PERSON", text.index(n), text.index(n) + len(n), 0.9, "FrCivilityNameRecognizer")
             for n in ("Patricia Garcia-Lopes", "Aminata Sow")]
    assert [text[f.start:f.end] for f in positioned_names(text, found)
            if text[f.start:f.end] in ("Pat", "Ami", "Patrick")] == []


def _aliases(text: str, name: str) -> list[str]:
    from aiguillage.detect.related import quoted_aliases
    from aiguillage.records import Finding

    start = text.index(name)
    found = quoted_aliases(text, [Finding("PERSON", start, start + len(name), 0.85, "SpacyRecognizer")])
    return [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text,name,alias", [
    ("équipe avec Julien, Mélanie et « Tintin » (Thierry Vernhet)", "Thierry Vernhet", "Tintin"),
    ("A05 | M. Dubois (« Dudu le rémouleur ») | affûtage", "Dubois", "Dudu le rémouleur"),
])
def test_a_quoted_nickname_beside_the_name_in_brackets(text: str, name: str, alias: str) -> None:
    assert _aliases(text, name) == [alias]


@pytest.mark.parametrize("text,name", [
    ("Le livre « Les Misérables » (Victor Hugo, 1862)", "Victor Hugo"),
    ("La salle « Le Cube » (Jean Durand)", "Jean Durand"),
])
def test_a_works_or_a_rooms_title_stays(text: str, name: str) -> None:
    assert _aliases(text, name) == []


@pytest.mark.parametrize("text,place", [
    ("l'acte de naissance d'Émile Laborde, né vers 1902 au hameau de Gauge ;", "hameau de Gauge"),
    ("née au village de la Sicaudière le 3 mai", "village de la Sicaudière"),
])
def test_a_birth_place_named_by_its_kind(text: str, place: str) -> None:
    from aiguillage.detect.recognizers.birth_place import FrBirthPlaceRecognizer

    res = FrBirthPlaceRecognizer().analyze(text, ["LOCATION"])
    assert place in [text[r.start:r.end] for r in res if r.score >= 0.5]


def test_a_hamlet_born_of_a_merger_stays() -> None:
    from aiguillage.detect.recognizers.birth_place import FrBirthPlaceRecognizer

    text = "le hameau de Gauge est né de la fusion de deux fermes"
    assert [r for r in FrBirthPlaceRecognizer().analyze(text, ["LOCATION"]) if r.score >= 0.5] == []


@pytest.mark.parametrize("text,age", [("Peggy (Margaret) O'Sullivan-Hébert, 75 years old\n", "75 years old")])
def test_an_english_age_ending_a_persons_line(text: str, age: str) -> None:
    from aiguillage.detect.recognizers.age_more import FrAgeMoreRecognizer

    res = FrAgeMoreRecognizer().analyze(text, ["DATE_OF_BIRTH"])
    assert [text[r.start:r.end] for r in res if r.score >= 0.5] == [age]


def test_a_buildings_years_stay() -> None:
    from aiguillage.detect.recognizers.age_more import FrAgeMoreRecognizer

    text = "The mill, 200 years old, was restored in 1990.\n"
    assert [r for r in FrAgeMoreRecognizer().analyze(text, ["DATE_OF_BIRTH"]) if r.score >= 0.5] == []


def _low_address(text: str, place: str) -> list[object]:
    from aiguillage.records import Finding

    out = []
    for name in ("Samuel Odeyer", "Juliette Odeyer-Faure", "Office de tourisme"):
        if name in text:
            i = text.index(name)
            out.append(Finding("PERSON" if name != "Office de tourisme" else "ORGANIZATION", i, i + len(name),
                               0.85, "SpacyRecognizer"))
    i = text.index(place)
    out.append(Finding("FR_ADDRESS", i, i + len(place), 0.45, "FrAddressRecognizer"))
    j = text.index("04-75")
    out.append(Finding("PHONE_NUMBER", j, j + 14, 0.9, "FrPhoneRecognizer"))
    return out


def test_a_place_in_a_directorys_entry_under_a_persons_name() -> None:
    # (dev7 u38: round 2 of the verifier had caught it by the context of another replacement)
    from aiguillage.detect.engine import entry_places

    text = ("Samuel Odeyer et Juliette Odeyer-Faure\n"
            "Gîte d'étape et accompagnement, ferme de la Mure, route du col\n04-75-48-27-33\n")
    raised = [text[f.start:f.end] for f in entry_places(text, _low_address(text, "ferme de la Mure"))
              if f.entity_type == "FR_ADDRESS" and f.score >= 0.5]
    assert raised == ["ferme de la Mure"]


def test_a_place_under_an_organisations_line_stays() -> None:
    from aiguillage.detect.engine import entry_places

    text = "Office de tourisme\nAccueil et billetterie, ferme de la Mure, route du col\n04-75-48-27-33\n"
    raised = [f for f in entry_places(text, _low_address(text, "ferme de la Mure"))
              if f.entity_type == "FR_ADDRESS" and f.score >= 0.5]
    assert raised == []


def test_an_associations_name_under_its_presidents_name_stays() -> None:
    # (dev4 r06: "Présidente — Les Amis du Vieux Lavoir" under "Yasmina Haddad", the phone below)
    from aiguillage.detect.engine import entry_places
    from aiguillage.records import Finding

    text = "Yasmina Haddad\nPrésidente — Les Amis du Vieux Lavoir (association)\nTél. : 04-75-48-27-33\n"
    place = "Les Amis du Vieux Lavoir"
    found = [Finding("PERSON", 0, 14, 0.85, "SpacyRecognizer"),
             Finding("FR_ADDRESS", text.index(place), text.index(place) + len(place), 0.45, "x"),
             Finding("PHONE_NUMBER", text.index("04-"), text.index("04-") + 14, 0.9, "x")]
    assert [f for f in entry_places(text, found) if f.entity_type == "FR_ADDRESS" and f.score >= 0.5] == []


def test_a_trades_name_in_quotation_marks_is_no_nickname() -> None:
    # (dev6 sh02: "« Le Rucher de … » (owner)")
    assert _aliases("Apiculture — « Le Rucher Bellevue » (Jean Dupont) — vente", "Jean Dupont") == []


def test_a_documents_acronym_in_brackets_stays() -> None:
    from aiguillage.detect.recognizers.reference import FrPersonalReferenceRecognizer

    text = "carte d'identité espagnole (DNI 12345678Z) de M. Etxeberria"
    res = [text[r.start:r.end] for r in FrPersonalReferenceRecognizer().analyze(text, ["PERSONAL_REFERENCE"])
           if r.score >= 0.5]
    assert all("DNI" not in r for r in res)
