"""The sovereign key and the re-identification table: sovereign only, encrypted, bound to its document."""

from __future__ import annotations

import base64
import os
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from aiguillage.anonymize import Session, anonymize
from aiguillage.anonymize.keys import ENV_AIRFLOW_VARIABLE, ENV_KEY, KeyRing, SovereignKeyError, parse_key
from aiguillage.anonymize.reid import read_reid, write_reid
from aiguillage.records import Finding
from cryptography.exceptions import InvalidTag


@pytest.fixture(autouse=True)
def _no_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in (ENV_KEY, ENV_AIRFLOW_VARIABLE, "AIGUILLAGE_SOVEREIGN_KEY_FILE"):
        monkeypatch.delenv(var, raising=False)


def test_key_from_environment_then_airflow_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    raw = os.urandom(32)
    monkeypatch.setenv(ENV_AIRFLOW_VARIABLE, raw.hex())
    assert KeyRing.load(tmp_path).source == f"env:{ENV_AIRFLOW_VARIABLE}"
    monkeypatch.setenv(ENV_KEY, base64.urlsafe_b64encode(raw).decode().rstrip("="))
    ring = KeyRing.load(tmp_path)
    assert ring.source == f"env:{ENV_KEY}" and ring.key_id == KeyRing(raw, "x").key_id
    assert not (tmp_path / ".keys").exists()  # no key file when the deployment provides one
    assert raw.hex() not in repr(ring)
    with pytest.raises(SovereignKeyError):
        parse_key("too-short")


def test_key_file_is_created_once_private_and_shared(tmp_path: Path) -> None:
    with ThreadPoolExecutor(4) as pool:
        rings = list(pool.map(lambda _: KeyRing.load(tmp_path), range(8)))
    assert len({r.key_id for r in rings}) == 1
    key_file = tmp_path / ".keys" / "sovereign.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert KeyRing.load(tmp_path).key_id == rings[0].key_id


def test_reid_table_is_encrypted_and_bound_to_its_document(tmp_path: Path, keyring: KeyRing) -> None:
    text = "Madame Adélaïde Fourcroy, née le 3 mars 1961."
    session = Session(doc_id="dabc")
    anonymize(text, [Finding("PERSON", 7, 24, 0.9, "t")], lambda _e: {"operator": "pseudonym"},
              session=session)
    write_reid(tmp_path, session, keyring)
    blob = (tmp_path / ".reid" / "dabc.reid").read_bytes()
    assert b"Fourcroy" not in blob and "Fourcroy".encode("utf-16-le") not in blob
    table = read_reid(tmp_path, "dabc", keyring)
    assert table["entries"] == [{"replacement": "[PERSONNE_1]", "entity_type": "PERSON",
                                 "operator": "pseudonym", "values": ["Adélaïde Fourcroy"]}]
    (tmp_path / ".reid" / "dother.reid").write_bytes(blob)  # copied onto another document: refused
    with pytest.raises(InvalidTag):
        read_reid(tmp_path, "dother", keyring)
    with pytest.raises(InvalidTag):
        read_reid(tmp_path, "dabc", KeyRing(os.urandom(32), "other"))
