"""Leave-one-set-out cross-validation of the sensitivity model's threshold and clearance.

Each tuning set is scored by a model trained without it (as ``train_model.py`` trains, on the other
tuning sets, the personal-data development sets and generated samples): a new author each time.
Next to the rules' own decision on every document, the script prints, for each pair (threshold,
clearance bound), how many sensitive documents would be routed public and how many public ones kept
sovereign. Held-out sets are never read.

    .venv/bin/python bench/sensitivity/crossval.py [--thresholds 0.5 0.6 0.7] [--steps 0 0.15]
                                                   [--clear 0 0.05] [--show 0.5 0.05] [--dump f.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_model as tm

NEVER_CLEARED = {"PROTECTION_MARKING", "IP_PROTECTED", "SECRET_AFFAIRES"}


def rows() -> list[dict[str, object]]:
    """Every tuning document with its text, label and the rules' sensitive reason codes."""
    from aiguillage.detect.engine import Detector
    from aiguillage.extract import extract
    from aiguillage.formats import sniff_format
    from aiguillage.policy import load_policy
    from aiguillage.sensitivity import default_classifier

    ev = tm._eval_module()
    policy = load_policy()
    policy.data.setdefault("sensitivity", {})["model"] = {"enabled": False}
    detector = Detector.get()
    out: list[dict[str, object]] = []
    for name in ev.TUNING:
        for r in ev.labelled(name):
            ext = extract(r["path"], sniff_format(r["path"]))
            findings = detector.analyze(ext.text)
            decision = policy.decide(ext, findings)
            person, term = default_classifier().anchors(ext.text, findings)
            codes = {reason.code for reason in decision.reasons if reason.code in ev.SENSITIVE_CODES}
            rules = sorted({e.rule for reason in decision.reasons if reason.code in ev.SENSITIVE_CODES
                            for e in reason.evidence})
            out.append({"set": name, "file": Path(str(r["path"])).name, "text": ext.text, "route": r["route"],
                        "codes": codes, "rules": rules, "person": person, "term": term})
    return out


def left_out_probabilities(docs: list[dict[str, object]]) -> list[float]:
    extras = tm.generated() + tm.personal_data_letters()
    probabilities = [0.0] * len(docs)
    for name in sorted({str(d["set"]) for d in docs}):
        train = [(str(d["text"]), str(d["route"])) for d in docs if d["set"] != name]
        train += [(t, r) for t, r, _ in extras]
        vectorizer, model = tm.fit([t for t, _ in train], [r for _, r in train])
        index = [i for i, d in enumerate(docs) if d["set"] == name]
        p = model.predict_proba(vectorizer.transform([str(docs[i]["text"]) for i in index]))[:, 1]
        for i, pi in zip(index, p, strict=True):
            probabilities[i] = float(pi)
    return probabilities


def _sovereign(d: dict[str, object], p: float, threshold: float, step: float, clear: float) -> bool:
    """The route the policy gives a document at these settings (as ``Policy`` decides it)."""
    codes = d["codes"]
    assert isinstance(codes, set)
    flagged = bool(codes) and not (p < clear and not codes & NEVER_CLEARED)
    needed = threshold + step * ((not d["person"]) + (not d["term"]))
    return flagged or (not codes and p >= needed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.55, 0.6, 0.65, 0.7])
    ap.add_argument("--clear", type=float, nargs="+", default=[0.0, 0.05, 0.1])
    ap.add_argument("--steps", type=float, nargs="+", default=[0.0, 0.15],
                    help="added to the threshold for each anchor a document lacks (a person, a term)")
    ap.add_argument("--show", type=float, nargs=2, metavar=("THRESHOLD", "CLEAR"),
                    help="list the tuning documents misrouted at this setting (set, file, score, codes)")
    ap.add_argument("--dump", type=Path, help="write each document's set, file, label, rules and "
                    "left-out probability (JSON lines)")
    ns = ap.parse_args(argv)
    docs = rows()
    probabilities = left_out_probabilities(docs)
    if ns.dump:
        with ns.dump.open("w", encoding="utf-8") as fh:
            for d, p in zip(docs, probabilities, strict=True):
                fh.write(json.dumps({"set": d["set"], "file": d["file"], "route": d["route"],
                                     "codes": sorted(d["codes"]), "rules": d["rules"], "p": round(p, 4),
                                     "person": d["person"], "term": d["term"]},
                                    ensure_ascii=False) + "\n")
    sensitive = sum(d["route"] == "sovereign" for d in docs)
    public = len(docs) - sensitive
    print(f"{len(docs)} tuning documents ({sensitive} sensitive, {public} public), each scored by a "
          "model trained without its set")
    rules_leaks = sum(1 for d in docs if d["route"] == "sovereign" and not d["codes"])
    rules_over = sum(1 for d in docs if d["route"] == "public" and d["codes"])
    print(f"rules alone: {rules_leaks} sensitive routed public, {rules_over} public kept sovereign")
    for threshold in ns.thresholds:
        for step in ns.steps:
            for clear in ns.clear:
                leaks = over = 0
                for d, p in zip(docs, probabilities, strict=True):
                    sovereign = _sovereign(d, p, threshold, step, clear)
                    leaks += d["route"] == "sovereign" and not sovereign
                    over += d["route"] == "public" and sovereign
                print(f"threshold {threshold:.2f} anchor_step {step:.2f} clear_below {clear:.2f}: {leaks} "
                      f"sensitive routed public, {over} public kept sovereign")
    if ns.show:
        threshold, clear = ns.show
        step = ns.steps[-1]
        for d, p in zip(docs, probabilities, strict=True):
            codes = d["codes"]
            assert isinstance(codes, set)
            sovereign = _sovereign(d, p, threshold, step, clear)
            if (d["route"] == "sovereign") != sovereign:
                kind = "LEAK" if d["route"] == "sovereign" else "OVER"
                print(f"{kind} {d['set']}/{d['file']} p={p:.2f} rules={','.join(sorted(codes)) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
