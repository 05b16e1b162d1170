"""The same document gets the same facts in every process: no answer may depend on hash seeds."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from aiguillage.sensitivity import default_classifier
from aiguillage.sensitivity.classifier import _longest
text = ("Ne communiquez jamais votre mot de passe. Le gestionnaire de mots de passe est disponible. "
        "Les attaques par rançongiciel paralysent les services.")
print([(h.category, h.term, h.start, h.end) for h in _longest(default_classifier().vocabulary.find(text))])
"""


def test_hits_do_not_depend_on_the_hash_seed() -> None:
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        res = subprocess.run(
            [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(res.stdout)
    assert len(outputs) == 1, outputs
