"""The gates of the costliest patterns (``aiguillage.detect.gates``) change no result.

* every gate still fits the patterns it was reviewed for (a pattern changed: review the gate and
  its fingerprint; until then the gate is not applied, see ``with_gates``);
* on every string of the recognizer tests, on texts spliced from them and on texts built around
  the guarded patterns' words, a gated recognizer returns what the recognizer returns alone
  (type, offsets, score, pattern), and a guarded pattern never matches where its gate found
  nothing;
* the detector registers the gated recognizers under the recognizers' own names.
"""

from __future__ import annotations

import ast
import random
from pathlib import Path

import pytest
import regex
from aiguillage.detect.gates import GATES, GatedRecognizer, applicable, fingerprint, with_gates
from aiguillage.detect.recognizers import FrLicensePlateRecognizer, french_recognizers

HERE = Path(__file__).parent

# words and shapes the guarded patterns are made of, for texts built around them
PIECES = [
    "voiture", "véhicule", "Voitures", "auto", "car", "bus", "moto", "remorque", "camping-car", "poids lourd",
    "Duster", "Peugeot", "clio", "BMW", "renault", "blanc", "grise", "verte", "neuve", "de", "de Paul",
    "allemand", "belge", "suisse", "étrangère", "immatriculé", "immatriculée", "immatriculés", "aux",
    "au", "en", "à", "Pays-Bas", "Belgique", "Suisse", "plaque", "plaques", "immatriculation", "immat.",
    "n°", "no", ":", "(", ")", ",", ".", "-", " ", "  ", "\u00a0", "\n", "\t",
    "AD 12 KF", "fx 778 lb", "WW 815 KD", "VT-345-B", "AB-123-CD", "AB12 CDE", "ab12cde", "GE 123456",
    "M-XY 4821", "1-KLM-234", "AB 123 CD", "A1", "12", "345", "7731 ZT 69",
    "né le", "née le", "nés le", "né(e) le", "décédé le", "date de naissance :", "DDN", "°", "naissance le",
    "trois", "premier", "1er", "vingt-deux", "vingt et un", "novembre", "mars", "mai", "déc.",
    "mil neuf cent soixante-dix-neuf", "1979", "deux mille",
    "demeurant", "domiciliée", "habite", "réside", "vit", "en", "Les Hauts de Bellevue", "Quartier",
    "Mas Blanc", "La Roche-Vineuse", "M.", "Mme",
    "Flat 3,", "Apartment 12,", "London", "Manchester", "SW1A 1AA", "M1 1AE", "EC1A 1BB", "b1 1aa",
]


def _test_strings() -> list[str]:
    """Every string literal of the recognizer tests (their texts, positive and negative)."""
    out: set[str] = set()
    for path in sorted(HERE.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 3:
                out.add(node.value)
    return sorted(out)


def _texts() -> list[str]:
    rng = random.Random(21)
    base = _test_strings()
    texts = list(base)
    texts += [rng.choice(base) + rng.choice(["\n", " ", ", ", "\t"]) + rng.choice(base) for _ in range(400)]
    for _ in range(3000):
        texts.append("".join(rng.choice(PIECES) + rng.choice(["", " ", " ", "\u00a0", ", "])
                             for _ in range(rng.randint(2, 12))))
    return texts


TEXTS = _texts()


def _key(results: list) -> list[tuple]:  # type: ignore[type-arg]
    return [(r.entity_type, r.start, r.end, r.score,
             r.analysis_explanation.pattern_name if r.analysis_explanation else None) for r in results]


def test_every_gate_fits_the_patterns_it_was_reviewed_for() -> None:
    recognizers = {type(r).__name__: r for r in french_recognizers()}
    for gate in GATES:
        rec = recognizers[gate.recognizer]
        assert applicable(rec, gate), (
            f"{gate.recognizer} {gate.patterns}: the patterns changed (fingerprint "
            f"{fingerprint(rec, gate.patterns)}, reviewed {gate.reviewed}); check that every match still "
            "contains the gate's expression, then update the fingerprint")


def test_gated_recognizers_return_what_the_recognizers_return() -> None:
    plain = [r for r in french_recognizers() if any(g.recognizer == type(r).__name__ for g in GATES)]
    gated = with_gates(french_recognizers())
    gated_by_name = {r.name: r for r in gated if isinstance(r, GatedRecognizer)}
    assert {type(r).__name__ for r in plain} == set(gated_by_name)
    matched: dict[str, int] = {}
    for rec in plain:
        wrapped = gated_by_name[rec.name]
        compiled = {p.name: regex.compile(p.regex, rec.global_regex_flags) for p in rec.patterns}
        for text in TEXTS:
            assert _key(wrapped.analyze(text, [])) == _key(rec.analyze(text, [])), (rec.name, text)
            for gate in GATES:
                if gate.recognizer != rec.name:
                    continue
                found = regex.search(gate.expression, text, rec.global_regex_flags) is not None
                for name in gate.patterns:
                    if compiled[name].search(text):
                        matched[name] = matched.get(name, 0) + 1
                        assert found, (rec.name, name, text)
    # the comparison is not vacuous: every guarded pattern matched somewhere
    assert set(matched) == {n for g in GATES for n in g.patterns}, matched


def test_results_carry_the_wrapper_for_presidio_context_and_thresholds() -> None:
    rec = with_gates([FrLicensePlateRecognizer()])[0]
    assert isinstance(rec, GatedRecognizer)
    assert rec.name == "FrLicensePlateRecognizer" and rec.context == rec.inner.context
    out = rec.analyze("sa voiture suisse GE 123456 et la plaque AB-123-CD", [])
    assert out and all(r.recognition_metadata["recognizer_identifier"] == rec.id for r in out)


def test_a_gate_that_no_longer_fits_is_not_applied() -> None:
    from aiguillage.detect.gates import Gate

    stale = Gate("FrLicensePlateRecognizer", ("AFTER_PLATE_WORD",), "(?!)", "0000000000000000")
    rec = FrLicensePlateRecognizer()
    assert with_gates([rec], [stale]) == [rec]


@pytest.mark.usefixtures("detector")
def test_detector_registers_gated_recognizers_under_their_names(detector) -> None:  # type: ignore[no-untyped-def]
    names = [r.name for r in detector.analyzer.registry.recognizers]
    assert len(names) == len(set(names))
    assert {g.recognizer for g in GATES} <= set(names)
    assert sum(isinstance(r, GatedRecognizer) for r in detector.analyzer.registry.recognizers) == len(
        {g.recognizer for g in GATES})


def test_guarded_patterns_are_compiled_when_the_gated_recognizer_is_built() -> None:
    """As Presidio compiles a pattern at its first run: in the fork server's preload, whose
    warm-up text opens no gate, rather than in every worker."""
    from aiguillage.detect.recognizers import FrPlateAfterVehicleRecognizer

    inner = FrPlateAfterVehicleRecognizer()
    for p in inner.patterns:
        p.compiled_regex = None
    rec = with_gates([inner])[0]
    assert isinstance(rec, GatedRecognizer)
    assert all(p.compiled_regex is not None and p.compiled_with_flags == inner.global_regex_flags
               for p in inner.patterns)
