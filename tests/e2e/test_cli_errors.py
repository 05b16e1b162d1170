"""Ordinary mistakes get one line that says what is wrong and what to do, a non-zero exit and no
traceback; a refused output leaves the disk as it was. Each case runs the real entry point in a
child process (no model is loaded: every case is refused before)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "include")}
    return subprocess.run([sys.executable, "-m", "aiguillage.cli", *args], capture_output=True, text=True,
                          timeout=120, env=env, cwd=cwd, check=False)


def _tree(root: Path) -> dict[str, tuple[int, float]]:
    """Every path under ``root`` with its size and mtime: what "nothing written" compares."""
    return {str(p.relative_to(root)): (p.lstat().st_size, p.lstat().st_mtime) for p in root.rglob("*")}


def _docs(folder: Path, n: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"note-{i}.txt").write_text(f"Compte rendu de la réunion numéro {i}.\n", "utf-8")
    return folder


def _fake_output(folder: Path) -> Path:
    """Enough of an output for the commands that read one (they are refused later for other reasons)."""
    (folder / "audit").mkdir(parents=True)
    (folder / "audit" / "summary.json").write_text('{"batch": "b", "routes": {}}', "utf-8")
    return folder


def _empty(folder: Path) -> Path:
    folder.mkdir()
    return folder


def _links_only(tmp: Path) -> Path:
    src = _docs(tmp / "elsewhere", 3)
    inp = tmp / "links"
    inp.mkdir()
    for p in src.iterdir():
        (inp / p.name).symlink_to(p)
    return inp


def _read_only_output(tmp: Path) -> str:
    if os.geteuid() == 0:  # root writes through file modes: a read-only mount refuses it
        return "/sys/aiguillage-out"
    ro = tmp / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    return str(ro / "out")


# (case, argv builder, expected words in the message)
Case = tuple[str, Callable[[Path], list[str]], tuple[str, ...]]
CASES: list[Case] = [
    ("missing input", lambda t: ["run", str(t / "nope"), "-o", str(t / "out")], ("input folder not found",)),
    ("input is a file", lambda t: ["run", str(_docs(t / "in") / "note-0.txt"), "-o", str(t / "out")],
     ("not a folder",)),
    ("output inside input", lambda t: ["run", str(_docs(t / "in")), "-o", str(t / "in" / "out")],
     ("inside the input folder", "outside the input")),
    ("input inside output", lambda t: ["run", str(_docs(t / "out" / "in")), "-o", str(t / "out")],
     ("inside the output folder",)),
    ("same folder", lambda t: ["run", str(_docs(t / "in")), "-o", str(t / "in")],
     ("is the input folder",)),
    ("public area inside input", lambda t: ["run", str(_docs(t / "in")), "-o", str(t / "out"),
                                            "--public-dir", str(t / "in" / "pub")],
     ("public area", "inside the input")),
    ("input is an output", lambda t: ["run", str(_fake_output(t / "prev")), "-o", str(t / "out")],
     ("is an Aiguillage output",)),
    ("read-only output", lambda t: ["run", str(_docs(t / "in")), "-o", _read_only_output(t)],
     ("cannot be written",)),
    ("empty input", lambda t: ["run", str(_empty(t / "empty")), "-o", str(t / "out")], ("no document in",)),
    ("only symbolic links", lambda t: ["run", str(_links_only(t)), "-o", str(t / "out")],
     ("no document in", "3 symbolic links")),
    ("missing policy", lambda t: ["run", str(_docs(t / "in")), "-o", str(t / "out"), "--policy",
                                  str(t / "policy.yaml")], ("policy file not found",)),
    ("negative workers", lambda t: ["run", str(_docs(t / "in")), "-o", str(t / "out"), "--workers", "-3"],
     ("--workers", "must be 1 or more")),
    ("check: output inside input", lambda t: ["check", str(_docs(t / "in")), str(t / "in" / "sub" / "out")],
     ("inside the input folder",)),
    ("eval: missing truth",
     lambda t: ["eval", str(_fake_output(t / "out")), "--truth", str(t / "truth.jsonl")],
     ("truth file not found",)),
    ("eval: not an output", lambda t: ["eval", str(_docs(t / "in")), "--truth", str(t / "truth.jsonl")],
     ("not an Aiguillage output",)),
    ("audit verify: not an output", lambda t: ["audit", "verify", str(_docs(t / "in"))],
     ("not an Aiguillage output",)),
    ("audit report: missing folder", lambda t: ["audit", "report", str(t / "nope")],
     ("output folder not found",)),
    ("summarize: not an output", lambda t: ["summarize", str(_docs(t / "in"))],
     ("not an Aiguillage output",)),
    ("detect: missing file", lambda t: ["detect", str(t / "nope.pdf")], ("input file not found",)),
    ("classify: missing file", lambda t: ["classify", str(t / "nope.pdf")], ("input file not found",)),
    ("audit without action", lambda t: ["audit"], ("choose a command", "verify, report")),
    ("no command", lambda t: [], ("choose a command",)),
    ("samples: zero documents", lambda t: ["samples", str(t / "s"), "--n", "0"], ("--n", "1 or more")),
]


@pytest.mark.parametrize(("argv", "words"), [pytest.param(c[1], c[2], id=c[0]) for c in CASES])
def test_a_mistake_gets_one_line_and_exit_2(tmp_path: Path, argv: Callable[[Path], list[str]],
                                            words: tuple[str, ...]) -> None:
    args = argv(tmp_path)
    before = _tree(tmp_path)
    res = _cli(*args, cwd=tmp_path)
    assert res.returncode == 2, (res.stdout, res.stderr)
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("aiguillage"), lines
    assert "Traceback" not in res.stderr and "audit_command" not in res.stderr
    for w in words:
        assert w in lines[0], (w, lines[0])
    assert res.stdout == ""
    # refused before anything is written: the folders are exactly as they were
    assert _tree(tmp_path) == before


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    res = _cli("--debug", "run", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert res.returncode != 0 and "Traceback" in res.stderr and "input folder not found" in res.stderr


def test_version_and_help_for_every_option() -> None:
    res = _cli("--version")
    assert res.returncode == 0 and res.stdout.startswith("aiguillage ")
    from aiguillage.cli import build_parser

    parser = build_parser()
    seen = 0
    stack = [parser]
    while stack:
        p = stack.pop()
        for action in p._actions:  # argparse's own parser: the test reads what --help would print
            if action.dest in ("help", "version"):
                continue
            if action.choices and isinstance(action.choices, dict):
                stack.extend(action.choices.values())
                continue
            seen += 1
            assert action.help, f"{p.prog}: {action.option_strings or action.dest} has no help"
    assert seen > 30


def test_check_counts_what_it_skips_and_writes_nothing(tmp_path: Path) -> None:
    inp = _docs(tmp_path / "in", 2)
    (inp / ".hidden").write_text("x")
    (inp / "link").symlink_to(inp / "note-0.txt")
    (inp / "old-run").mkdir()
    _fake_output(inp / "old-run" / "x")  # an earlier output left inside the input: never ingested
    (inp / "old-run" / "x" / ".aiguillage-output").write_text("")
    before = _tree(tmp_path)
    res = _cli("check", str(inp), str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    assert "ok: 2 file(s)" in res.stdout
    assert "1 symbolic links" in res.stdout and "1 hidden entries" in res.stdout
    assert "1 Aiguillage output folders" in res.stdout
    assert _tree(tmp_path) == before and not (tmp_path / "out").exists()


@pytest.mark.slow
def test_make_batch_refuses_a_missing_input_before_airflow(tmp_path: Path) -> None:
    """`make batch IN=/nonexistent` used to take 77 s (retries) and print eleven lines."""
    if not (ROOT / ".venv" / "bin" / "aiguillage").exists():
        pytest.skip("no project virtualenv (make install)")
    started = time.monotonic()
    res = subprocess.run(["make", "-s", "batch", f"IN={tmp_path / 'nope'}", f"OUT={tmp_path / 'out'}"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    elapsed = time.monotonic() - started
    assert res.returncode != 0
    ours = [ln for ln in (res.stdout + res.stderr).splitlines() if ln.startswith("aiguillage")]
    assert ours == [f"aiguillage: error: input folder not found: {tmp_path / 'nope'} — give an existing "
                    "folder of documents"], res.stdout + res.stderr
    assert "No tasks to run" not in res.stdout + res.stderr and "Traceback" not in res.stderr
    assert elapsed < 60, elapsed  # first run may initialise .airflow; the check itself is sub-second
    assert not (tmp_path / "out").exists()
