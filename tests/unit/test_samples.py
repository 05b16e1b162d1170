"""The sample generator: labelled entities, realism, valid identifiers, determinism."""

from __future__ import annotations

import json
from pathlib import Path

from aiguillage.detect import validators
from aiguillage.evaluate import locate
from aiguillage.extract import extract
from aiguillage.formats import sniff_format
from aiguillage.samples import generate

KEYS = {"source", "kind", "format", "expected_route", "expected_reasons", "pii", "entities"}


def truth_of(corpus: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(ln) for ln in (corpus / "truth.jsonl").read_text("utf-8").splitlines()]


def test_truth_shape(sample_corpus: Path) -> None:
    truth = truth_of(sample_corpus)
    assert truth and all(set(t) >= KEYS for t in truth)
    for t in truth:
        assert (sample_corpus / "batch" / t["source"]).is_file()
        labelled = {e["value"] for e in t["entities"] if e["type"] not in ("PUBLIC_OFFICIAL", "ORGANIZATION",
                                                                            "LOCATION")}
        assert set(t["pii"]) == labelled


def test_realism(sample_corpus: Path) -> None:
    truth = truth_of(sample_corpus)
    types = {e["type"] for t in truth for e in t["entities"]}
    assert {"PERSON", "FR_ADDRESS", "FR_NIR", "IBAN_CODE", "PHONE_NUMBER", "EMAIL_ADDRESS", "PUBLIC_OFFICIAL",
            "DATE_OF_BIRTH"} <= types
    persons = [e["value"] for t in truth for e in t["entities"] if e["type"] == "PERSON"]
    assert any(p.split()[-1].isupper() or p.split()[0].isupper() for p in persons)  # UPPER-CASE surnames
    assert {t["expected_route"] for t in truth} == {"public", "sovereign", "quarantine"}
    assert {"faq", "beneficiaries", "deliberation", "restricted"} <= {t["kind"] for t in truth}


def test_every_value_is_in_the_extracted_text(sample_corpus: Path) -> None:
    """The labels are spans of the text an extractor sees (footers, tables, headers included)."""
    for t in truth_of(sample_corpus):
        if not t["entities"]:
            continue
        path = sample_corpus / "batch" / t["source"]
        text = extract(path, sniff_format(path)).text
        for e in t["entities"]:
            assert locate(text, e["value"]), (t["source"], e)


def test_identifiers_carry_valid_checksums(sample_corpus: Path) -> None:
    checks = {"FR_NIR": validators.nir_is_valid, "IBAN_CODE": validators.iban_is_valid,
              "FR_SIRET": validators.siret_is_valid, "FR_TAX_ID": validators.tax_id_is_valid,
              "EU_VAT": validators.eu_vat_is_valid}
    for t in truth_of(sample_corpus):
        for e in t["entities"]:
            if e["type"] in checks:
                assert checks[e["type"]](e["value"]), e


def test_deterministic(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", n=6, seed=3)
    b = generate(tmp_path / "b", n=6, seed=3)
    assert a == b
