"""Operators chosen by the policy: pseudonyms, masks, redaction, keyed hash, reversible encryption."""

from __future__ import annotations

from typing import Any

import pytest
from aiguillage.anonymize import Session, anonymize
from aiguillage.anonymize.keys import KeyRing, SovereignKeyError
from aiguillage.anonymize.operators import OPERATORS, OperatorError, operator_class, reveal
from aiguillage.records import Finding
from cryptography.exceptions import InvalidTag

TEXT = "M. Jean Dupont, tél. 06 12 34 56 78. M. Dupont signe. NIR 1 84 12 75 108 123 45."


def _findings(text: str = TEXT) -> list[Finding]:
    def at(value: str, etype: str, nth: int = 0) -> Finding:
        start = -1
        for _ in range(nth + 1):
            start = text.index(value, start + 1)
        return Finding(etype, start, start + len(value), 0.9, "test")

    return [at("Jean Dupont", "PERSON"), at("06 12 34 56 78", "PHONE_NUMBER"), at("Dupont", "PERSON", 1),
            at("1 84 12 75 108 123 45", "FR_NIR")]


def _run(spec: dict[str, Any], keyring: KeyRing | None = None, text: str = TEXT) -> tuple[str, Session]:
    session = Session(doc_id="d1", key_loader=(lambda: keyring) if keyring else None)
    out = anonymize(text, _findings(text), lambda _etype: dict(spec), session=session)
    return out.text, session


def test_factory_knows_every_operator_and_refuses_unknown_ones() -> None:
    assert set(OPERATORS) == {"pseudonym", "mask_label", "mask", "redact", "hash", "encrypt", "generalize"}
    assert operator_class("hash").name == "hash"
    with pytest.raises(OperatorError):
        operator_class("shred")
    with pytest.raises(OperatorError):  # a bad policy fails before anything is replaced
        _run({"operator": "mask", "keep_last": 12})
    with pytest.raises(OperatorError):
        _run({"operator": "pseudonym", "colour": "blue"})


def test_pseudonyms_are_typed_consistent_and_in_reading_order() -> None:
    text, session = _run({"operator": "pseudonym"})
    assert text == ("M. [PERSONNE_1], tél. [TELEPHONE_1]. M. [PERSONNE_1] signe. NIR [NIR_1].")
    # the record of replacements is what release copies and the re-identification table use
    assert {r.value: r.replacement for r in session.replacements}["Dupont"] == "[PERSONNE_1]"


def test_a_shared_surname_of_two_people_is_not_merged() -> None:
    text = "Jean Dupont et Marie Dupont ; Dupont a signé."
    fs = [Finding("PERSON", 0, 11, 0.9, "t"), Finding("PERSON", 15, 27, 0.9, "t"),
          Finding("PERSON", 30, 36, 0.9, "t")]
    out = anonymize(text, fs, lambda _e: {"operator": "pseudonym"}, session=Session())
    assert out.text == "[PERSONNE_1] et [PERSONNE_2] ; [PERSONNE_3] a signé."


def test_mask_label_mask_and_redact() -> None:
    assert _run({"operator": "mask_label"})[0].startswith("M. [PERSONNE], tél. [TELEPHONE]")
    assert "** ** ** ** **" in _run({"operator": "mask"})[0]
    assert "** ** ** ** 78" in _run({"operator": "mask", "keep_last": 2})[0]
    assert _run({"operator": "redact"})[0] == "M. […], tél. […]. M. […] signe. NIR […]."


def test_hash_is_keyed_salted_and_stable(keyring: KeyRing) -> None:
    a, _ = _run({"operator": "hash"}, keyring)
    b, _ = _run({"operator": "hash"}, keyring)
    c, _ = _run({"operator": "hash", "salt": "release-2026"}, keyring)
    d, _ = _run({"operator": "hash"}, KeyRing(b"\x01" * 32, "other"))
    assert a == b and a != c and a != d
    assert "Dupont" not in a and "[PERSONNE#" in a


def test_encrypt_is_reversible_only_with_the_sovereign_key(keyring: KeyRing) -> None:
    text, session = _run({"operator": "encrypt"}, keyring)
    tokens = {r.value: r.replacement for r in session.replacements}
    assert "Dupont" not in text
    assert reveal(tokens["Jean Dupont"], keyring) == "Jean Dupont"
    assert reveal(tokens["1 84 12 75 108 123 45"], keyring) == "1 84 12 75 108 123 45"
    with pytest.raises(InvalidTag):
        reveal(tokens["Jean Dupont"], KeyRing(b"\x02" * 32, "other"))


def test_operators_that_need_the_key_fail_closed_without_it() -> None:
    for op in ("hash", "encrypt"):
        with pytest.raises(SovereignKeyError):
            _run({"operator": op})
    with pytest.raises(SovereignKeyError):
        _run({"operator": "pseudonym", "scope": "batch"})


def test_batch_scope_pseudonyms_agree_across_documents_without_shared_state(keyring: KeyRing) -> None:
    a, _ = _run({"operator": "pseudonym", "scope": "batch"}, keyring)
    b, _ = _run({"operator": "pseudonym", "scope": "batch"}, keyring, text="Courrier : " + TEXT)
    label = a[3:a.index("]") + 1]
    assert label.startswith("[PERSONNE_") and label in b and label != "[PERSONNE_1]"


def test_policy_chooses_the_operator_per_entity_type(policy: Any) -> None:
    assert policy.operator_for("FR_NIR")["operator"] == "mask_label"
    out = anonymize(TEXT, _findings(), policy.operator_for, session=Session())
    assert "[NIR]" in out.text and "[PERSONNE_1]" in out.text
