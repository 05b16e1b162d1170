"""piifix20: a public body's mailbox kept in clear is replaced whole when a value replaced elsewhere
would cut it ("accueil@ville-bruz.fr" with the town replaced as a place): a cut address could no
longer be told the body's by the verifier's sweeps. An uncut one stays."""

from __future__ import annotations

from aiguillage.anonymize.publication import to_anonymize
from aiguillage.records import Finding


def _targets(text: str, findings: list[Finding]) -> list[str]:
    return sorted({text[f.start:f.end] for f in to_anonymize(text, findings)})


def test_a_bodys_mailbox_cut_by_a_replaced_value_goes_whole() -> None:
    text = "Mairie de Bruz : l'accueil de Bruz répond. Contact : accueil@ville-bruz.fr\n"
    bruz = text.index("Bruz")
    found = [Finding("LOCATION", bruz, bruz + 4, 0.85, "SpacyRecognizer")]
    assert "accueil@ville-bruz.fr" in _targets(text, found)


def test_a_bodys_mailbox_no_value_cuts_stays() -> None:
    text = "Mairie de Vitré. Contact : accueil@mairie-vitre.fr\nDemandeur : M. Paul Durand, 06 12 34 56 78\n"
    paul = text.index("Paul Durand")
    found = [Finding("PERSON", paul, paul + len("Paul Durand"), 0.85, "SpacyRecognizer")]
    assert "accueil@mairie-vitre.fr" not in _targets(text, found)
    assert not any("@" in t for t in _targets(text, found))


def test_a_bodys_mailbox_replaced_elsewhere_goes_everywhere() -> None:
    # a link's target read apart (the model took "mailto:…" for a place): the value replaced there is
    # replaced where the text keeps it too, or the value sweep finds it left
    text = ("Mairie de Bruz. Pour modifier une fiche : accueil@mairie-bruz.fr.\n\n"
            "mailto:accueil@mairie-bruz.fr\n")
    link = text.index("mailto:")
    found = [Finding("LOCATION", link, len(text) - 1, 0.85, "SpacyRecognizer")]
    targets = to_anonymize(text, found)
    first = text.index("accueil@")
    assert any(f.start <= first and first + len("accueil@mairie-bruz.fr") <= f.end for f in targets)
