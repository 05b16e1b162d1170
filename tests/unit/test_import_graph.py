"""The library's modules form no import cycle, and each imports alone in a fresh interpreter.

The graph: an edge from module A to module B for every ``import`` statement of A that names B,
at the top of A or inside one of its functions (a function-local import hides a cycle from the
interpreter, not from this test): ``import P.m`` and ``from P import m`` (``m`` a module) point to
``P.m``; ``from P import name`` to ``P``. A package's ``__init__`` importing its own submodules
(the registration of recognizers, say) is the package's layout, not a cycle; what must not
exist is a path from a module back to itself through other imports.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

INCLUDE = Path(__file__).resolve().parents[2] / "include"


def _modules() -> dict[str, Path]:
    out: dict[str, Path] = {}
    for path in sorted((INCLUDE / "aiguillage").rglob("*.py")):
        parts = path.relative_to(INCLUDE).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The project modules ``name`` imports anywhere in its source."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package
                for _ in range(node.level - 1):
                    anchor = anchor.rpartition(".")[0]
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
    return {m for m in found if m in MODULES and m != name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            nxt = next(edges, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    comp.append(m)
                    if m == node:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def _without_own_submodules(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    return {m: {d for d in deps if not (MODULES[m].name == "__init__.py" and d.startswith(m + "."))}
            for m, deps in graph.items()}


def test_the_module_graph_has_no_cycle() -> None:
    graph = {name: _imports(name, path) for name, path in MODULES.items()}
    assert len(graph) > 80
    assert sum(len(v) for v in graph.values()) > 150  # the graph is the real one
    assert _cycles(_without_own_submodules(graph)) == []


def test_the_cycle_finder_finds_a_cycle_hidden_in_a_function(tmp_path: Path) -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    source = tmp_path / "m.py"
    source.write_text("import os\n\ndef f():\n"
                      "    from aiguillage.store import Store\n    from . import ingest\n")
    assert _imports("aiguillage.m", source) == {"aiguillage.store", "aiguillage.ingest"}


def test_persistence_rooms_do_not_import_each_other_in_a_circle() -> None:
    graph = {name: _imports(name, path) for name, path in MODULES.items()}
    assert "aiguillage.store" not in graph["aiguillage.storage"]
    assert "aiguillage.ledger" not in graph["aiguillage.store"]
    assert graph["aiguillage.files"] == set()
    assert graph["aiguillage.detect"] == set()  # the package imports nothing: no detect <-> engine


@pytest.mark.slow
@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_module_imports_alone(module: str) -> None:
    code = f"import importlib; importlib.import_module({module!r})"
    env = {"PYTHONPATH": str(INCLUDE), "PATH": "/usr/bin:/bin", "HOME": str(Path.home()),
           "HF_HUB_OFFLINE": "1"}
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env,
                         check=False)
    assert res.returncode == 0, res.stderr[-2000:]
