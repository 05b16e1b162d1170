"""piifix20: a public body's functional mailbox stays in clear (its name is a service's, its domain the
body's), in the detection and in both sweeps of the verifier alike, while a person's mailbox — at the
body's domain too — goes; a numbered adjoint is an official."""

from __future__ import annotations

import pytest
from aiguillage.detect.engine import postprocess
from aiguillage.detect.public_ids import public_spans
from aiguillage.detect.recognizers.public_official import FrPublicOfficialRecognizer
from aiguillage.records import Finding
from aiguillage.sweep import sweep
from aiguillage.verify import strict_sweep


def _public(text: str) -> list[str]:
    return [text[s:e] for s, e in public_spans(text)]


def _mails_left(text: str) -> list[str]:
    """The e-mails the verifier would count as residuals (strict sweep) and the "@" the
    independent sweep would count."""
    strict = [text[f.start:f.end] for f in strict_sweep(text) if f.entity_type == "EMAIL_ADDRESS"]
    at = [text[h.start:h.end] for h in sweep(text) if h.rule == "at_sign"]
    return strict + at


LETTERHEAD = ("VILLE DE MONTFLEURY-SUR-ISÈRE — Pôle Famille, Enfance, Jeunesse\n"
              "Hôtel de ville, 1 place de la Libération — accueil famille 04 76 75 40 00 — "
              "famille@montfleury38.fr\n")


@pytest.mark.parametrize("text,kept", [
    (LETTERHEAD, "famille@montfleury38.fr"),
    ("Pour toute question : accueil@mairie-vitre.fr", "accueil@mairie-vitre.fr"),
    ("Réservations : reservation.salles@ville-lesquin.fr (service des sports)",
     "reservation.salles@ville-lesquin.fr"),
    ("Écrire au service : etat-civil@mairie-quimperle.fr", "etat-civil@mairie-quimperle.fr"),
    ("Préfecture — bureau du séjour : pref-titres-sejour@loire-atlantique.gouv.fr",
     "pref-titres-sejour@loire-atlantique.gouv.fr"),
    ("Vos droits : dpo@siead-hautvivarais.fr\nSIEAD DU HAUT-VIVARAIS — Syndicat intercommunal des eaux",
     "dpo@siead-hautvivarais.fr"),
    ("Délégué à la protection des données de la commune (dpo@montfleury38.fr).\n"
     "Commune de Montfleury-sur-Isère", "dpo@montfleury38.fr"),
    # the anonymized text the sweeps read: the commune's name replaced as a place
    ("De : [PERSONNE_1] <[COURRIEL_1]>\nÀ : Pôle Famille <famille@montfleury38.fr>\nVille de [LIEU_1]",
     "famille@montfleury38.fr"),
])
def test_a_bodys_functional_mailbox_is_public(text: str, kept: str) -> None:
    assert kept in _public(text)
    assert kept not in _mails_left(text)
    assert "@" not in _mails_left(text)


@pytest.mark.parametrize("text", [
    # a person's mailbox at the body's domain: an initial, a first name, an unknown word
    "Contact : v.lecoq@mairie-ouistreham-orne.fr",
    "Dossier suivi par valerie.castellani@bouches-du-rhone.gouv.fr",
    "Copie : olivier.le-corre@univ-nantes.fr, Université de Nantes",
    "Répondre à herve.dupont@mairie-vitre.fr",
    "Cc : h.delorme@siead-hautvivarais.fr\nSIEAD DU HAUT-VIVARAIS — Syndicat intercommunal des eaux",
    # a service's word at a mail service of the public, or at a business's domain
    "Écrire à famille.loup@lilo.org ou famille@orange.fr (Ville d'Orange)",
    "Entre la Ville de Tournon et l'atelier (contact@maillaff-atelier.fr)",
    "comitedesfetes.stjulien05@orange.fr",
    # a functional name whose domain names no body of the text
    "Commune de Vernon — écrire à contact@gite-des-cretes.fr",
    # a person named right beside it
    "Contact : accueil@mairie-vitre.fr (Mme Odile Fabre)",
    "Mme Martin : accueil@mairie-vitre.fr",
])
def test_a_persons_mailbox_stays_personal(text: str) -> None:
    assert not any("@" in v for v in _public(text))
    assert _mails_left(text)


def test_a_mailbox_public_in_one_place_and_a_persons_in_another_is_a_persons() -> None:
    text = ("Pour toute question : accueil@mairie-vitre.fr\n"
            "Mme Odile Fabre (accueil@mairie-vitre.fr) a reçu votre dossier.\n")
    assert _public(text) == []


def test_the_detection_drops_the_bodys_mailbox_and_keeps_a_persons() -> None:
    text = "Contact : accueil@mairie-vitre.fr ; dossier suivi par v.lecoq@mairie-vitre.fr\n"
    a, b = text.index("accueil@"), text.index("v.lecoq@")
    found = [Finding("EMAIL_ADDRESS", a, a + len("accueil@mairie-vitre.fr"), 1.0, "FrEmailRecognizer"),
             Finding("EMAIL_ADDRESS", b, b + len("v.lecoq@mairie-vitre.fr"), 1.0, "FrEmailRecognizer")]
    kept = [text[f.start:f.end] for f in postprocess(text, found)]
    assert kept == ["v.lecoq@mairie-vitre.fr"]


OFFICIAL = FrPublicOfficialRecognizer()


def _officials(text: str) -> list[str]:
    return [text[r.start:r.end] for r in OFFICIAL.analyze(text, []) if r.entity_type == "PUBLIC_OFFICIAL"]


@pytest.mark.parametrize("text,name", [
    ("Présents : Mme Claire Martin, deuxième adjointe au maire, et le public.", "Claire Martin"),
    ("Mme Claire Martin, 2e adjointe, a signé.", "Claire Martin"),
    ("M. Paul Roux, 3ème adjoint, rapporteur.", "Paul Roux"),
    ("M. Jean Roux, 1er adjoint aux finances.", "Jean Roux"),
    ("Mme Claire Martin, adjointe au maire.", "Claire Martin"),
])
def test_a_numbered_adjoint_is_an_official(text: str, name: str) -> None:
    assert name in _officials(text)


@pytest.mark.parametrize("text", [
    "Mme Odile Martin, deuxième adjointe au directeur de l'agence.",
    "Mme Odile Martin, deuxième adjointe du chef de service.",
    "Mme Odile Martin, 2e adjointe au responsable du magasin.",
])
def test_a_numbered_deputy_of_an_office_is_no_official(text: str) -> None:
    assert _officials(text) == []


def test_an_acronyms_mailbox_stays_public_once_its_name_is_replaced() -> None:
    # the anonymized text the sweeps read: "HAUT-VIVARAIS" replaced as a place after the acronym
    text = ("SIEAD DU [LIEU_1] — Syndicat intercommunal des eaux\n"
            "Siège : [ADRESSE_1] — abonnes@siead-hautvivarais.fr\n")
    assert "abonnes@siead-hautvivarais.fr" in _public(text)
    assert _mails_left(text) == []
