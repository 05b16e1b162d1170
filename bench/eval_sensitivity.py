"""Sensitivity benchmark: the classifier and policy on labelled documents.

Sets:
- ``dev`` and ``holdout``: hand-written documents of ``bench/sensitivity/corpus/<set>/`` with
  ``labels.jsonl`` (route and categories); the holdout set was written by someone who did not see
  the vocabularies, to measure whether the rules generalise;
- ``realdocs``: the Montpellier délibérations, comptes rendus and reports the city published
  (``../shared/realdocs/montpellier_opendata``): all must be public;
- ``samples``: generated documents (``aiguillage.samples``) with their expected routes.

Measured on the policy's decision (extraction, detection, classification, policy); verification
after anonymization is :mod:`aiguillage.verify`'s and not part of this figure.

    python bench/eval_sensitivity.py [--sets dev holdout realdocs samples] [--json out.json] [-v]
                                     [--rules-only]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / "sensitivity" / "corpus"
REALDOCS = ROOT.parent / "shared" / "realdocs" / "montpellier_opendata"
# Sets tuned on (read) and sets held out (measured as figures only: never listed, even with -v).
TUNING = (
    "dev", "holdout", "dev2", "dev3", "dev4", "dev5", "dev6",
    "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17",
    "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28",
    "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38",
    "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47",
)
HELD_OUT = (
    "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
    "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
    "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23",
    "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29",
)
SENSITIVE_CODES = {
    "RGPD_SPECIAL_CATEGORY",
    "CRIMINAL",
    "PROTECTION_MARKING",
    "SECRET_AFFAIRES",
    "CRPA_L311_5",
    "CRPA_L311_6",
    "IP_PROTECTED",
    "SENSITIVITY_FAILED",
    "SENSITIVITY_MODEL",
    "FORCED_SOVEREIGN",
}


def labelled(name: str) -> list[dict[str, Any]]:
    folder = CORPUS / name
    rows = [
        json.loads(line)
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
        if line
    ]
    return [
        {
            "path": str(folder / r["file"]),
            "name": r["file"],
            "route": r["route"],
            "categories": sorted(r.get("categories") or []),
        }
        for r in rows
    ]


def sample(rows: list[dict[str, Any]], every: int) -> list[dict[str, Any]]:
    """Every ``every``-th document of each route, in file-name order: a fixed sample that keeps a
    set's mix of sovereign and public documents (the test suite guards the tuning sets on it)."""
    out: list[dict[str, Any]] = []
    for route in sorted({r["route"] for r in rows}):
        mine = sorted((r for r in rows if r["route"] == route), key=lambda r: r["name"])
        out.extend(mine[::every])
    return out


def realdocs() -> list[dict[str, Any]]:
    files = sorted(p for p in REALDOCS.rglob("*") if p.suffix.lower() in {".pdf", ".docx", ".odt"})
    return [{"path": str(p), "name": p.name, "route": "public", "categories": []} for p in files]


def samples(tmp: Path, n: int = 150, seed: int = 7) -> list[dict[str, Any]]:
    from aiguillage.samples import generate

    truth = generate(tmp, n=n, seed=seed)
    return [
        {
            "path": str(tmp / "batch" / t["source"]),
            "name": t["source"],
            "route": t["expected_route"],
            "categories": None,
        }
        for t in truth
        if t["expected_route"] != "quarantine"
    ]


def classify(rows: list[dict[str, Any]], model: bool = True) -> list[dict[str, Any]]:
    """Each row with the route the policy gives it (``model=False``: the rules alone, without the
    statistical reading of ``sensitivity.model``)."""
    from aiguillage.detect.engine import Detector
    from aiguillage.extract import extract
    from aiguillage.formats import sniff_format
    from aiguillage.policy import load_policy
    from aiguillage.records import QuarantineError

    policy = load_policy()
    if not model:
        policy.data.setdefault("sensitivity", {})["model"] = {"enabled": False}
    detector = Detector.get()
    out = []
    for r in rows:
        try:
            ext = extract(r["path"], sniff_format(r["path"]))
        except QuarantineError as exc:
            out.append({**r, "got": "quarantine", "got_categories": [], "why": exc.code})
            continue
        decision = policy.decide(ext, detector.analyze(ext.text))
        cats = sorted({e.category for reason in decision.reasons for e in reason.evidence if e.category})
        sensitive = [reason.code for reason in decision.reasons if reason.code in SENSITIVE_CODES]
        got = (
            "sovereign"
            if sensitive
            else ("public" if decision.route.value == "public" else decision.route.value)
        )
        out.append(
            {
                **r,
                "got": got,
                "got_categories": cats,
                "codes": sorted(set(sensitive)),
                "rules": sorted(
                    {e.rule for reason in decision.reasons for e in reason.evidence if e.category}
                ),
            }
        )
    return out


def report(name: str, rows: list[dict[str, Any]], verbose: bool) -> dict[str, Any]:
    confusion: Counter[tuple[str, str]] = Counter((r["route"], r["got"]) for r in rows)
    per_cat: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        if r["categories"] is None:
            continue
        want, got = set(r["categories"]), set(r["got_categories"])
        for c in want | got:
            per_cat[c]["tp" if c in want and c in got else "fn" if c in want else "fp"] += 1
    leaks = [r for r in rows if r["route"] == "sovereign" and r["got"] == "public"]
    over = [r for r in rows if r["route"] == "public" and r["got"] != "public"]
    print(f"\n== {name}: {len(rows)} documents ==")
    print("expected \\ got   public  sovereign  quarantine")
    for want in ("public", "sovereign"):
        print(
            f"{want:<16} {confusion[(want, 'public')]:>6} {confusion[(want, 'sovereign')]:>10} "
            f"{confusion[(want, 'quarantine')]:>11}"
        )
    print(
        f"sensitive routed public: {len(leaks)}; public kept sovereign: {len(over)}"
        f" ({100 * len(over) / max(1, sum(1 for r in rows if r['route'] == 'public')):.1f} %)"
    )
    cats = {}
    if per_cat:
        print(f"{'category':<18} {'recall':>7} {'precision':>9}   tp  fn  fp")
        for c in sorted(per_cat):
            k = per_cat[c]
            rec = k["tp"] / (k["tp"] + k["fn"]) if k["tp"] + k["fn"] else float("nan")
            pre = k["tp"] / (k["tp"] + k["fp"]) if k["tp"] + k["fp"] else float("nan")
            cats[c] = {"recall": rec, "precision": pre, **k}
            print(f"{c:<18} {rec:>7.1%} {pre:>9.1%}  {k['tp']:>3} {k['fn']:>3} {k['fp']:>3}")
    if verbose:
        for r in leaks + over:
            print(
                f"  {r['route']}->{r['got']}: {r['name']} want={r['categories']} got={r['got_categories']} "
                f"rules={r.get('rules')}"
            )
        for r in rows:
            if (
                r["categories"] is not None
                and r["route"] == r["got"] == "sovereign"
                and set(r["categories"]) - set(r["got_categories"])
            ):
                print(f"  missed category: {r['name']} want={r['categories']} got={r['got_categories']}")
    return {
        "documents": len(rows),
        "leaks": len(leaks),
        "over_protected": len(over),
        "confusion": {f"{a}->{b}": n for (a, b), n in confusion.items()},
        "categories": cats,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--sets",
        nargs="+",
        default=[*TUNING, *HELD_OUT, "realdocs", "samples"],
        help="which sets to measure (a folder of corpus/ with labels.jsonl, realdocs, samples)",
    )
    ap.add_argument("--json", help="write the figures to this JSON file")
    ap.add_argument("--rules-only", action="store_true",
                    help="the rules alone, without the statistical reading (sensitivity.model)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every error (not for held-out sets)")
    ns = ap.parse_args(argv)
    started = time.perf_counter()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ns.sets:
            if (CORPUS / name / "labels.jsonl").is_file():
                rows = labelled(name)
            elif name == "realdocs":
                if not REALDOCS.is_dir():
                    print(f"(realdocs: {REALDOCS} not found, skipped)")
                    continue
                rows = realdocs()
            elif name == "samples":
                rows = samples(Path(tmp))
            else:
                ap.error(f"unknown set {name!r}")
            results[name] = report(name, classify(rows, model=not ns.rules_only),
                                   ns.verbose and name not in HELD_OUT)
    total = sum(r["documents"] for r in results.values())
    print(f"\n{total} documents in {time.perf_counter() - started:.1f} s")
    if ns.json:
        Path(ns.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 1 if any(r["leaks"] for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
