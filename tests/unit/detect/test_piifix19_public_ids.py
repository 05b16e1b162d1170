"""piifix19: a public body's own identifiers, switchboard and seat stay in clear (their context says
whose they are), while a sole trader's or a private person's go — in the detection and in the
verifier's sweeps alike."""

from __future__ import annotations

import pytest
from aiguillage.detect.engine import postprocess
from aiguillage.detect.public_ids import public_spans
from aiguillage.records import Finding
from aiguillage.sweep import sweep
from aiguillage.verify import strict_sweep


def _public(text: str) -> list[str]:
    return [text[s:e] for s, e in public_spans(text)]


LETTERHEAD = ("SIEAD DU HAUT-VIVARAIS — Syndicat intercommunal des eaux, de l'assainissement et des déchets\n"
              "Siège : ZA des Gonnettes, 120 rue des Gonnettes, 07100 Annonay — standard 04 75 33 80 00\n"
              "SIRET 200 074 128 00014 — Identifiant créancier SEPA (ICS) : FR44ZZZ556677\n\n"
              "Titulaire : Mme Odile FAYOLLE, 12 rue de la Croix, 07100 Annonay, 06 81 47 22 90\n")


@pytest.mark.parametrize("text,kept", [
    (LETTERHEAD, ["ZA des Gonnettes, 120 rue des Gonnettes, 07100 Annonay", "04 75 33 80 00",
                  "200 074 128 00014", "FR44ZZZ556677"]),
    ("Entre la Ville de Tournon-sur-Rhône (SIRET 210 703 245 00014), représentée par son maire,",
     ["210 703 245 00014"]),
    ("SIRET de la commune : 217 300 144 00018", ["217 300 144 00018"]),
    ("Mentions légales — SIEAD du Haut-Vivarais, SIRET 200 074 128 00014.", ["200 074 128 00014"]),
    ("CRÉANCIER\nNom : SIEAD du Haut-Vivarais — Régie des eaux\nIdentifiant créancier SEPA : FR44ZZZ556677\n"
     "Adresse : 120 rue des Gonnettes, 07100 Annonay, France\n",
     ["FR44ZZZ556677", "120 rue des Gonnettes, 07100 Annonay, France"]),
    ("Paiement sur PayFiP ; identifiant créancier FR44ZZZ556677 sur vos relevés.", ["FR44ZZZ556677"]),
    ("Ou par virement sur le compte du Trésor public : FR77 3000 1006 84C0 7400 0000 005 (BDFEFRPPCCT)",
     ["FR77 3000 1006 84C0 7400 0000 005"]),
    ("Merci de joindre le fontainier au 04 75 06 40 10 (standard de la régie).", ["04 75 06 40 10"]),
])
def test_a_public_bodys_own_numbers_are_public(text: str, kept: list[str]) -> None:
    assert _public(text) == kept


@pytest.mark.parametrize("text", [
    # a sole trader, a private person: their numbers are personal data
    "Entre la Ville de Tournon et Mme Jade MOULIN, entrepreneuse individuelle (SIRET 210 703 245 00014)",
    "M. Lucas MULLER, entrepreneur individuel, SIRET 935 701 284 00017, domicilié 22 rue de Bâle",
    "Riwal et Soizic LE CALVEZ\nGîte « Ty Kerlann »\nKerlann, 1 rte de la Ville-Hélio\n"
    "SIRET 948 120 365 00010\n",
    "Exposante : Capucine LAURENT, bijoux, SIRET 822 601 431 00012 (commune de Lugny)",
    "IBAN : FR76 3000 4005 0000 0123 4567 890 (compte de Mme Dupont)",
    "IBAN : FR66 2004 1010 0705 1234 5K03 860",  # a bank account at an ordinary bank
    "Virement sur le compte FR76 3000 1007 9412 3456 7890 185 demain.",  # no body named with it
    "Contact : 06 12 34 56 78 (portable de M. Martin)",
    "1. Adhérent\nNom : GIRAUDEAU  Prénom : Bastien\nEmployeur : Ville de Lons — sports\n"
    "Adresse : 27 rue du Pressoir, 39000 Lons\n",
    "Siège : Les Charmes, 3 rue Pasteur, 71600 Paray (domicile du trésorier M. Murat Çelik)\n",
    "Créancier : Mme Sandrine WALTER, identifiant créancier FR12ZZZ123456",
    # a company's number that happens to begin with 2 (the sample generator draws any SIREN)
    "Fournisseur : Société Hydro Services SAS, SIRET 202 998 514 78499, TVA intracommunautaire",
])
def test_a_persons_numbers_stay_personal(text: str) -> None:
    assert _public(text) == []


def test_a_value_also_a_persons_elsewhere_is_a_persons() -> None:
    text = ("Mairie de Lugny — standard 03 85 33 21 00\n\n"
            "Contact de l'exposant, M. Paul Girard : 03 85 33 21 00\n")
    assert _public(text) == []


def test_the_detection_drops_the_bodys_numbers_and_keeps_the_persons() -> None:
    text = LETTERHEAD
    def f(kind: str, span: str, start: int = 0) -> Finding:
        i = text.index(span, start)
        return Finding(kind, i, i + len(span), 0.9, "x")
    found = postprocess(text, [f("FR_SIRET", "200 074 128 00014"), f("PERSONAL_REFERENCE", "FR44ZZZ556677"),
                               f("PHONE_NUMBER", "04 75 33 80 00"),
                               f("FR_ADDRESS", "120 rue des Gonnettes, 07100"),
                               f("PHONE_NUMBER", "06 81 47 22 90"), f("FR_ADDRESS", "12 rue de la Croix")])
    assert sorted(text[x.start:x.end] for x in found) == ["06 81 47 22 90", "12 rue de la Croix"]


def test_the_sweeps_do_not_count_the_bodys_numbers() -> None:
    text = LETTERHEAD.replace("06 81 47 22 90", "[TELEPHONE_1]").replace("12 rue de la Croix", "[ADRESSE_1]")
    assert strict_sweep(text) == []
    assert [h for h in sweep(text) if h.rule == "digits"] == []
    # the same numbers of a sole trader are residuals
    trader = "M. Lucas MULLER, entrepreneur individuel, SIRET 200 074 128 00014, tél. 04 75 33 80 00"
    assert len(strict_sweep(trader)) == 2
