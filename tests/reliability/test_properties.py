"""Property-based tests (hypothesis): the router invariant, the publish gate, the validators.

Router invariant: a document is public only if no reason routes it elsewhere (no sensitive reason,
no unverified finding). Publish gate: even with a detector that misses everything, no checksummed
identifier, e-mail or phone number reaches ``public/``.
"""

from __future__ import annotations

import random
import re
import string
from pathlib import Path
from typing import Any

import pytest
from aiguillage.detect import validators as v
from aiguillage.records import Extraction, Finding, Part, Route
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

# -- generators of valid identifiers --------------------------------------------------------------


def nir_key(body: str) -> str:
    digits = body[:5] + {"2A": "19", "2B": "18"}.get(body[5:7], body[5:7]) + body[7:]
    return f"{97 - int(digits) % 97:02d}"


@st.composite
def nirs(draw: st.DrawFn) -> str:
    sex = draw(st.sampled_from("12"))
    year = draw(st.integers(0, 99))
    month = draw(st.integers(1, 12))
    dept = draw(st.sampled_from(["75", "13", "2A", "2B", "69", "97", "99"]))
    rest = draw(st.integers(0, 999_999))
    body = f"{sex}{year:02d}{month:02d}{dept}{rest:06d}"
    assert len(body) == 13
    return body + nir_key(body)


def iban_for(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in rearranged)) % 97
    return f"{country}{check:02d}{bban}"


@st.composite
def ibans(draw: st.DrawFn) -> str:
    country, length = draw(st.sampled_from([("FR", 27), ("DE", 22), ("BE", 16), ("ES", 24), ("IT", 27)]))
    bban = draw(st.text(alphabet=string.digits, min_size=length - 4, max_size=length - 4))
    if country == "IT":  # CIN letter first
        bban = draw(st.sampled_from(string.ascii_uppercase)) + bban[1:]
    return iban_for(country, bban)


def luhn_complete(body: str) -> str:
    for d in string.digits:
        if v.luhn_is_valid(body + d):
            return body + d
    raise AssertionError("unreachable")


def spaced(value: str, draw: st.DrawFn) -> str:
    """The way people write identifiers: groups separated by spaces, dots or dashes."""
    sep = draw(st.sampled_from(["", " ", ".", "-", "\u00a0"]))
    size = draw(st.integers(2, 4))
    return sep.join(value[i:i + size] for i in range(0, len(value), size))


def substitute(value: str, i: int, alphabet: str) -> list[str]:
    return [value[:i] + c + value[i + 1:] for c in alphabet if c != value[i]]


# -- validators -----------------------------------------------------------------------------------


@given(nirs(), st.data())
def test_nir_valid_and_every_single_substitution_detected(nir: str, data: st.DataObject) -> None:
    assert v.nir_is_valid(nir)
    assert v.nir_is_valid(spaced(nir, data.draw))
    i = data.draw(st.integers(0, 14).filter(lambda k: k not in (5, 6) or nir[5:7].isdigit()))
    for bad in substitute(nir, i, string.digits):
        assert not v.nir_is_valid(bad), (nir, bad)


@given(ibans(), st.data())
def test_iban_valid_substitutions_and_transpositions_detected(iban: str, data: st.DataObject) -> None:
    assert v.iban_is_valid(iban)
    assert v.iban_is_valid(spaced(iban, data.draw).lower())
    i = data.draw(st.integers(4, len(iban) - 1))
    if iban[i].isdigit():
        for bad in substitute(iban, i, string.digits):
            assert not v.iban_is_valid(bad), (iban, bad)
    j = data.draw(st.integers(4, len(iban) - 2))
    swapped = iban[:j] + iban[j + 1] + iban[j] + iban[j + 2:]
    if iban[j] != iban[j + 1] and iban[j].isdigit() and iban[j + 1].isdigit():
        assert not v.iban_is_valid(swapped), (iban, swapped)


@given(st.text(string.digits, min_size=8, max_size=13), st.data())
def test_siren_siret_luhn(body: str, data: st.DataObject) -> None:
    siren = luhn_complete(body[:8])
    assume(siren != "000000000")
    assert v.siren_is_valid(siren) and v.siren_is_valid(spaced(siren, data.draw))
    siret = luhn_complete((siren + body)[:13])
    assume(not siret.startswith("356000000") and siret != "0" * 14)
    assert v.siret_is_valid(siret)
    i = data.draw(st.integers(0, 13))
    for bad in substitute(siret, i, string.digits):
        assert not v.siret_is_valid(bad)
    j = data.draw(st.integers(0, 12))
    pair = siret[j:j + 2]
    if pair[0] != pair[1] and pair not in ("09", "90"):
        assert not v.luhn_is_valid(siret[:j] + pair[::-1] + siret[j + 2:])


@given(st.text(string.digits, min_size=5, max_size=5))
def test_la_poste_siret(tail: str) -> None:
    siret = "356000000" + tail
    assert v.siret_is_valid(siret) == (sum(map(int, siret)) % 5 == 0)


VALIDATORS = [name for name in dir(v) if name.endswith("_is_valid")]


@given(st.text(max_size=40))
@settings(max_examples=300)
def test_validators_never_raise(text: str) -> None:
    """A validator sees whatever a regex matched: never an exception, always a bool."""
    for name in VALIDATORS:
        assert isinstance(getattr(v, name)(text), bool), name
    assert isinstance(v.compact(text), str)


# -- the router invariant -------------------------------------------------------------------------

WORDS = ["le", "conseil", "municipal", "délibère", "maladie", "condamné", "diffusion restreinte",
         "Monsieur", "Dupont", "arrêt maladie", "casier judiciaire", "religion", "secret des affaires",
         "budget", "piscine", "CONFIDENTIEL", "handicap", "syndiqué", "\n", "école", "subvention"]
TYPES = ["PERSON", "LOCATION", "ORGANIZATION", "EMAIL_ADDRESS", "FR_NIR", "IBAN_CODE", "PHONE_NUMBER", "MISC",
         "DATE_TIME", "FR_SIRET", "PUBLIC_OFFICIAL"]


@st.composite
def documents(draw: st.DrawFn) -> tuple[Extraction, list[Finding]]:
    parts = tuple(
        Part(" ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))),
             draw(st.sampled_from(["body", "body", "header", "footer", "metadata", "table"])))
        for _ in range(draw(st.integers(1, 3)))
    )
    ext = Extraction("txt", parts, flags=frozenset(draw(st.sets(st.sampled_from(["unreadable", "ocr"])))))
    n = len(ext.text)
    findings = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, max(0, n - 1)))
        end = draw(st.integers(start + 1, max(start + 1, n)))
        findings.append(Finding(draw(st.sampled_from(TYPES)), start, end,
                                draw(st.floats(0, 1, allow_nan=False)), "gen"))
    return ext, findings


@given(documents())
@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_router_invariant(policy: Any, doc: tuple[Extraction, list[Finding]]) -> None:
    ext, findings = doc
    d = policy.decide(ext, findings)
    blocking = [r for r in d.reasons if r.route is not Route.PUBLIC]
    assert (d.route is Route.PUBLIC) == (not blocking), d
    assert all(r.code in policy.data["reasons"] or r.route is not Route.PUBLIC for r in d.reasons)
    if "unreadable" in ext.flags:
        assert d.route is not Route.PUBLIC
    personal = [f for f in findings
                if f.entity_type in policy.personal_entities and f.score >= policy.min_score]
    if personal:
        assert "RGPD_PERSONAL" in d.codes or d.route is not Route.PUBLIC


@given(documents())
@settings(max_examples=50, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_forced_sovereign_policy_never_public(tmp_path_factory: Any,
                                              doc: tuple[Extraction, list[Finding]]) -> None:
    from importlib import resources

    import yaml
    from aiguillage.policy import load_policy

    path = tmp_path_factory.getbasetemp() / "forced.yaml"
    if not path.exists():
        default = resources.files("aiguillage.policy").joinpath("default.yaml")
        data = yaml.safe_load(default.read_text("utf-8"))
        data["force_sovereign"] = True
        path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    assert load_policy(path).decide(*doc).route is not Route.PUBLIC


# -- the publish gate ----------------------------------------------------------------------------


class BlindDetector:
    """A detector that finds nothing (a model that silently degraded): the gate alone must hold."""

    model_version = "blind"

    def analyze(self, text: str, cache: Any = None) -> list[Finding]:
        return []

    def analyze_many(self, texts: Any, batch_size: int = 8, cache: Any = None) -> list[list[Finding]]:
        return [[] for _ in texts]

    def prefetch(self, texts: Any, cache: Any, batch_size: int = 64) -> int:
        return 0


@st.composite
def identifiers(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["nir", "iban", "email", "phone", "siret"]))
    if kind == "nir":  # compact, or in its printed groups (the département stays one group)
        nir = draw(nirs())
        sep = draw(st.sampled_from(["", " ", ".", "-", "\u00a0"]))
        return sep.join(nir[a:b] for a, b in ((0, 1), (1, 3), (3, 5), (5, 7), (7, 10), (10, 13), (13, 15)))
    if kind == "iban":
        return spaced(draw(ibans()), draw)
    if kind == "email":
        user = draw(st.text(string.ascii_lowercase, min_size=2, max_size=8))
        domain = draw(st.sampled_from(["gmail.com", "mairie-x.fr"]))
        return f"{user}.{draw(st.sampled_from(['martin', 'diallo']))}@{domain}"
    if kind == "phone":
        digits = "".join(draw(st.text(string.digits, min_size=8, max_size=8)))
        prefix = draw(st.sampled_from(["06", "07", "01", "+33 6", "+33 (0)7", "0033 1"]))
        pairs = " ".join(digits[i:i + 2] for i in range(0, 8, 2))
        return prefix + draw(st.sampled_from([" ", ".", ""])) + pairs
    body = draw(st.text(string.digits, min_size=13, max_size=13))
    return spaced(luhn_complete(body), draw)


@given(st.lists(identifiers(), min_size=1, max_size=3), st.lists(st.sampled_from(WORDS[9:]), max_size=20))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_publish_gate_holds_with_a_blind_detector(tmp_path_factory: Any, policy: Any, ids: list[str],
                                                  words: list[str]) -> None:
    from aiguillage.ingest import ingest
    from aiguillage.pipeline import Context, process_document
    from aiguillage.store import Store

    base = Path(tmp_path_factory.mktemp("gate"))
    src = base / "in"
    src.mkdir()
    tokens = words + ids
    random.Random(len(ids) * 31 + len(words)).shuffle(tokens)
    text = " ".join(tokens)
    (src / "note.txt").write_text("Note interne. " + text + "\n", "utf-8")
    [doc] = ingest(src)
    ctx = Context(store=Store(base / "out"), policy=policy,
                  detector_factory=BlindDetector)  # type: ignore[arg-type]
    out = process_document(ctx, doc)
    if out.route is Route.PUBLIC:
        public = (base / "out" / "public" / doc.doc_id / "text.txt").read_text("utf-8")
        compact_public = v.compact(re.sub(r"\[[^\]]*\]", " ", public))  # labels may end with digits
        for value in ids:
            assert v.compact(value) not in compact_public, "identifier published"
        assert out.verification == "passed"
    else:
        assert not (base / "out" / "public" / doc.doc_id).exists()


@pytest.mark.parametrize("value", ["1 84 12 2A 451 089 46", "2 69 05 2B 123 456 12"])
def test_corsican_nir_shapes_are_swept(value: str) -> None:
    """Regression shape for the strict sweep: a NIR of Corsica has letters in the middle."""
    body = v.compact(value)[:13]
    nir = body + nir_key(body)
    from aiguillage.verify import strict_sweep

    printed = " ".join(nir[a:b] for a, b in ((0, 1), (1, 3), (3, 5), (5, 7), (7, 10), (10, 13), (13, 15)))
    assert strict_sweep(f"NIR : {printed}") and strict_sweep(f"NIR : {nir}")
