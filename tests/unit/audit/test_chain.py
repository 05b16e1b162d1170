"""The hash chain and the ledger: any edited, removed, inserted or reordered record is found."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiguillage.audit.chain import (
    GENESIS,
    chain_records,
    ledger_entries,
    read_chain,
    record_hash,
    verify_chain,
    write_chain,
)
from aiguillage.audit.history import verify_store
from aiguillage.cli import main

B1, B2 = "manual__2026-11-01T10_00_00", "manual__2026-11-02T10_00_00"


def _lines(p: Path) -> list[str]:
    return p.read_text("utf-8").splitlines()


def _write_lines(p: Path, lines: list[str]) -> None:
    p.write_text("".join(ln + "\n" for ln in lines), "utf-8")


@pytest.fixture
def chain_file(tmp_path: Path) -> Path:
    p = tmp_path / "decisions.jsonl"
    write_chain(p, [{"doc_id": f"d{i}", "route": "public"} for i in range(5)])
    return p


def test_intact_chain_verifies(chain_file: Path) -> None:
    assert verify_chain(chain_file) == []
    recs = read_chain(chain_file)
    assert [r["seq"] for r in recs] == list(range(5))
    assert recs[0]["prev_hash"] == GENESIS and all(record_hash(r) == r["hash"] for r in recs)


def _edit(lines: list[str]) -> list[str]:
    rec = json.loads(lines[2])
    rec["route"] = "sovereign"
    return [*lines[:2], json.dumps(rec), *lines[3:]]


TAMPERS: dict[str, Callable[[list[str]], list[str]]] = {
    "edited": _edit,
    "removed": lambda ls: ls[:1] + ls[2:],
    "removed-first": lambda ls: ls[1:],
    "inserted": lambda ls: [*ls[:2], ls[1], *ls[2:]],
    "reordered": lambda ls: [ls[0], ls[2], ls[1], *ls[3:]],
    "truncated": lambda ls: ls[:-1],
    "garbage": lambda ls: [*ls[:3], "not json", *ls[3:]],
}


@pytest.mark.parametrize("how", sorted(TAMPERS))
def test_tampered_chain_is_detected(chain_file: Path, how: str) -> None:
    _write_lines(chain_file, TAMPERS[how](_lines(chain_file)))
    assert verify_chain(chain_file), how


def test_rewritten_chain_is_caught_by_the_outer_record(chain_file: Path) -> None:
    """Removing a record and re-hashing everything (head file too) fools the file alone, not the
    ledger's recorded head and count."""
    recs = read_chain(chain_file)
    head, count = recs[-1]["hash"], len(recs)
    body = [{k: v for k, v in r.items() if k not in {"seq", "prev_hash", "hash"}} for r in recs]
    write_chain(chain_file, body[:2] + body[3:])
    assert verify_chain(chain_file) == []
    problems = verify_chain(chain_file, expected_head=head, expected_count=count)
    assert any("ledger" in p for p in problems)


def test_anchor_links_chain_to_previous_entry() -> None:
    recs = chain_records([{"a": 1}, {"a": 2}], genesis="f" * 64)
    assert recs[0]["prev_hash"] == "f" * 64


def test_store_batches_are_anchored_in_the_ledger(store: Path) -> None:
    st = verify_store(store)
    assert st.ok, st.all_problems()
    entries = ledger_entries(store / "audit")
    assert [e["batch"] for e in entries] == [B1, B2]
    assert entries[0]["prev_hash"] == GENESIS
    second = read_chain(store / "audit" / "batches" / B2 / "decisions.jsonl")
    assert second[0]["prev_hash"] == entries[0]["hash"] == entries[1]["anchor"]
    summary = json.loads((store / "audit" / "summary.json").read_text("utf-8"))
    assert summary["chain_anchor"] == entries[0]["hash"] and summary["chain_head"] == second[-1]["hash"]
    assert (store / "audit" / "ledger.head").read_text().strip() == entries[-1]["hash"] == st.ledger_head


def _latest(store: Path) -> Path:
    return store / "audit" / "decisions.jsonl"


def _archived(store: Path, batch: str = B1) -> Path:
    return store / "audit" / "batches" / batch / "decisions.jsonl"


STORE_TAMPERS: dict[str, Callable[[Path], None]] = {
    "edit-archived-record": lambda s: _write_lines(_archived(s), _edit(_lines(_archived(s)))),
    "remove-archived-record": lambda s: _write_lines(_archived(s), TAMPERS["removed"](_lines(_archived(s)))),
    "insert-archived-record": lambda s: _write_lines(_archived(s), TAMPERS["inserted"](_lines(_archived(s)))),
    "reorder-archived-records": lambda s: _write_lines(_archived(s),
                                                       TAMPERS["reordered"](_lines(_archived(s)))),
    "edit-latest-record": lambda s: _write_lines(_latest(s), _edit(_lines(_latest(s)))),
    "remove-batch": lambda s: __import__("shutil").rmtree(s / "audit" / "batches" / B1),
    "insert-batch": lambda s: __import__("shutil").copytree(s / "audit" / "batches" / B1,
                                                            s / "audit" / "batches" / "forged"),
    "edit-summary": lambda s: (s / "audit" / "batches" / B1 / "summary.json").write_text(
        (s / "audit" / "batches" / B1 / "summary.json").read_text().replace('"public": ', '"public": 1'),
    ),
    "edit-manifest": lambda s: (s / "audit" / "batches" / B2 / "manifest.csv").write_text("doc_id,source\n"),
    "edit-policy": lambda s: (s / "audit" / "batches" / B1 / "policy.yaml").write_text("min_score: 0.1\n"),
    "drop-ledger-entry": lambda s: _write_lines(s / "audit" / "ledger.jsonl",
                                                _lines(s / "audit" / "ledger.jsonl")[1:]),
    "swap-ledger-entries": lambda s: _write_lines(s / "audit" / "ledger.jsonl",
                                                  _lines(s / "audit" / "ledger.jsonl")[::-1]),
}


@pytest.mark.parametrize("how", sorted(STORE_TAMPERS))
def test_tampered_store_is_detected(store: Path, how: str, capsys: pytest.CaptureFixture[str]) -> None:
    STORE_TAMPERS[how](store)
    st = verify_store(store)
    assert not st.ok, how
    assert main(["audit", "verify", str(store)]) == 1
    assert "problem" in capsys.readouterr().out


def test_verify_cli_exit_codes(store: Path) -> None:
    ok = subprocess.run([sys.executable, "-m", "aiguillage.cli", "audit", "verify", str(store), "--json"],
                        capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert json.loads(ok.stdout)["ok"] is True
    _write_lines(_latest(store), TAMPERS["reordered"](_lines(_latest(store))))
    bad = subprocess.run([sys.executable, "-m", "aiguillage.cli", "audit", "verify", str(store)],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 1 and "problem" in bad.stdout


def test_refinalized_batch_supersedes_its_earlier_entry(store: Path, add_batch: Any) -> None:
    add_batch(store, B1, n=5, seed=9)
    st = verify_store(store)
    assert st.ok, st.all_problems()
    assert [b.superseded for b in st.batches] == [True, False, False]


def test_store_without_ledger_checks_the_latest_chain(tmp_path: Path) -> None:
    audit = tmp_path / "audit"
    write_chain(audit / "decisions.jsonl", [{"doc_id": "d"}])
    st = verify_store(tmp_path)
    assert not st.ok and any("no ledger" in p for p in st.problems)


def _proofs(store: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((store / "audit" / ".verified.json").read_text("utf-8"))
    return data


def test_verified_chains_are_remembered_by_content_hash(store: Path) -> None:
    """A chain checked record by record is not checked again while its bytes are the ledger's."""
    entries = ledger_entries(store / "audit")
    proofs = _proofs(store)["chains"]
    assert sorted(proofs) == sorted(f"{e['hash']}:{e['files']['decisions.jsonl']}" for e in entries)
    assert verify_store(store).ok


def test_a_forged_proof_hides_no_tampering(store: Path) -> None:
    """The proof names the bytes it vouches for, which must also be those the ledger recorded."""
    from aiguillage.audit.chain import file_sha256

    p = _archived(store)
    _write_lines(p, _edit(_lines(p)))
    entry = ledger_entries(store / "audit")[0]
    forged = {"chains": [*_proofs(store)["chains"], f"{entry['hash']}:{file_sha256(p)}"]}
    (store / "audit" / ".verified.json").write_text(json.dumps(forged), "utf-8")
    st = verify_store(store)
    problems = st.all_problems()
    assert not st.ok and any("differs from the ledger" in x for x in problems)
    assert any("does not match its hash (edited)" in x for x in problems)  # the full check ran


def test_whitespace_rewrite_of_a_chain_is_caught(store: Path) -> None:
    """Re-serialised records hash the same record by record, but the bytes are not the ledger's."""
    p = _archived(store)
    _write_lines(p, [json.dumps(json.loads(ln), separators=(", ", ": ")) + " " for ln in _lines(p)])
    st = verify_store(store)
    assert not st.ok and any("differs from the ledger" in x for x in st.all_problems())


@pytest.mark.parametrize("junk", ["{not json", "[]", '{"chains": 3}', ""])
def test_unreadable_proofs_mean_a_full_check(store: Path, junk: str) -> None:
    (store / "audit" / ".verified.json").write_text(junk, "utf-8")
    assert verify_store(store).ok
    assert len(_proofs(store)["chains"]) == 2  # rewritten after the full check
    STORE_TAMPERS["reorder-archived-records"](store)
    (store / "audit" / ".verified.json").write_text(junk, "utf-8")
    assert not verify_store(store).ok


def test_head_file_is_checked_even_with_a_proof(store: Path) -> None:
    assert verify_store(store).ok
    (store / "audit" / "batches" / B1 / "decisions.head").write_text("f" * 64 + "\n")
    st = verify_store(store)
    assert not st.ok and any("head hash does not match" in x for x in st.all_problems())
