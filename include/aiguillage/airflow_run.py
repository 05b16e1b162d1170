"""Run the DAG ``aiguillage_batch`` on a folder through the embedded Airflow.

This is what ``make demo`` and ``make batch IN=… OUT=…`` call: the real DAG on the local SQLite
metadata database (``./.airflow``), offline, with Airflow's own commands and ordinary settings.

By default the mapped shard tasks run in parallel, as Airflow runs them: a plain ``airflow
api-server --apps execution`` on a free localhost port, then ``airflow dags test --use-executor``,
which hands every task to the configured executor (LocalExecutor, ``parallelism`` = the usable
cores); the task processes report to that API server. ``--serial`` is ``airflow dags test`` alone:
every task one after another in one process, no API server.

The detection models are preloaded in ``dags test`` through Airflow's documented local-settings
hook (``include/airflow_local_settings.py``, switched on by ``AIGUILLAGE_PRELOAD_MODELS=1`` in that
process's environment only): the executor's workers fork from it and its tasks start with the
models loaded. Every process of the run (both commands and all their descendants) is stopped when
the run ends, fails or is interrupted (Ctrl-C, SIGTERM, SIGHUP).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import FrameType
from typing import IO

import psutil

from aiguillage.cli import default_workers

DAG_ID = "aiguillage_batch"
SINGLE_THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")  # as the CLI's workers
API_STARTUP_TIMEOUT_S = 120.0  # a loaded 2-core machine imports the API server in 10-25 s
GRACE_S = 10.0  # after SIGTERM, before SIGKILL
PRELOAD_ENV = "AIGUILLAGE_PRELOAD_MODELS"  # read by include/airflow_local_settings.py


def preload_models() -> None:
    """Load the detection models and what a worker imports for its first documents, in this
    process (called from Airflow's local-settings hook before the executor forks its workers).
    The library's warm-up module does the work; a failure is left to the tasks (fail closed)."""
    import importlib

    with contextlib.suppress(Exception):
        warm = importlib.import_module("aiguillage.detect.warm")
        preload = getattr(warm, "preload", None)
        if callable(preload):
            preload()


class RunFailed(Exception):
    """The DAG run failed, or a process it needs did not start: the message says which."""


class _Interrupted(Exception):
    """Ctrl-C, SIGTERM or SIGHUP: stop everything that was started, exit non-zero."""


def _raise_interrupted(signum: int, _frame: FrameType | None) -> None:
    raise _Interrupted(signal.Signals(signum).name)


class ProcessTree:
    """The processes this run starts, each in a session of its own (Ctrl-C reaches this process
    only, which then stops them in order), each stopped with every descendant it has.

    A task's supervisor puts its task process in a process group of its own, so a process group
    is not the whole tree: the descendants are listed (``psutil``) and remembered, so that one
    whose parent died first is still found and ended. They are remembered as ``psutil.Process``
    objects, which know their start time: a process id reused by another program is never hit."""

    def __init__(self, logdir: Path) -> None:
        self.logdir = logdir
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.logs: dict[str, Path] = {}
        self.known: dict[int, psutil.Process] = {}
        self.files: list[IO[bytes]] = []

    def start(self, name: str, cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        log = self.logdir / f"{name}.log"
        fh = log.open("wb")
        self.files.append(fh)
        proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.STDOUT,
                                start_new_session=True)
        self.procs[name], self.logs[name] = proc, log
        self.tree_of(proc.pid)
        return proc

    def tail(self, name: str, chars: int = 8000) -> str:
        log = self.logs.get(name)
        if log is None or not log.exists():
            return ""
        with log.open("rb") as fh:
            fh.seek(max(0, log.stat().st_size - chars))
            return fh.read().decode("utf-8", "replace")

    def tree_of(self, pid: int) -> list[psutil.Process]:
        """``pid`` and its live descendants, also remembered for the final sweep."""
        try:
            root = self.known.get(pid) or psutil.Process(pid)
            found = [root, *root.children(recursive=True)]
        except psutil.Error:
            return []
        for p in found:
            self.known.setdefault(p.pid, p)
        return [self.known[p.pid] for p in found]

    def watch(self) -> None:
        """Remember the current descendants (called while the run goes on)."""
        for proc in self.procs.values():
            if proc.poll() is None:
                self.tree_of(proc.pid)

    def stop(self, name: str, grace: float = GRACE_S) -> None:
        """SIGTERM one started process and its descendants; SIGKILL what is left after the grace."""
        proc = self.procs.get(name)
        if proc is None:
            return
        victims = self.tree_of(proc.pid) if proc.poll() is None else []
        _signal(victims, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=grace)
        _signal([p for p in victims if _alive(p)], signal.SIGKILL)
        proc.wait()

    def close(self, grace: float = GRACE_S) -> int:
        """End every process of the run still alive; return how many there were."""
        self.watch()
        left = [p for p in self.known.values() if p.pid != os.getpid() and _alive(p)]
        _signal(left, signal.SIGTERM)
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and any(_alive(p) for p in left):
            for proc in self.procs.values():
                proc.poll()
            time.sleep(0.1)
        _signal([p for p in left if _alive(p)], signal.SIGKILL)
        for proc in self.procs.values():
            proc.wait()
        for fh in self.files:
            fh.close()
        return len(left)


def _signal(procs: list[psutil.Process], sig: signal.Signals) -> None:
    for p in procs:
        with contextlib.suppress(psutil.Error):
            p.send_signal(sig)  # psutil refuses a process id that now names another process


def _alive(p: psutil.Process) -> bool:
    try:
        return bool(p.is_running() and p.status() != psutil.STATUS_ZOMBIE)
    except psutil.Error:
        return False


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:  # our own localhost server
            return bool(r.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def airflow_env(parallelism: int) -> dict[str, str]:
    """The environment of the run's ``airflow`` commands: this interpreter's ``bin`` first on
    ``PATH`` (Airflow starts ``airflow`` subcommands from ``PATH``), one task process per core."""
    env = os.environ.copy()
    bin_dir = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join([bin_dir, *[p for p in env.get("PATH", "").split(os.pathsep) if p]])
    env["AIRFLOW__CORE__PARALLELISM"] = str(parallelism)
    if parallelism > 1:  # N task processes on N cores, not N x (BLAS threads)
        env.update({var: env.get(var, "1") for var in SINGLE_THREAD_ENV})
    return env


def _airflow(env: dict[str, str]) -> str:
    found = shutil.which("airflow", path=env["PATH"])
    if found is None:
        sys.stderr.write("error: no `airflow` command next to this Python: run `make install`\n")
        raise SystemExit(2)
    return found


def run_airflow(conf: dict[str, object], serial: bool = False, parallelism: int = 0) -> float:
    """Run ``aiguillage_batch`` once with ``conf``; return the wall time. Exits non-zero (SystemExit)
    when the run fails or is interrupted, after stopping every process it started."""
    slots = 1 if serial else (parallelism or default_workers())
    env = airflow_env(slots)
    airflow = _airflow(env)
    test_cmd = [airflow, "dags", "test", DAG_ID, "-c", json.dumps(conf)]
    logdir = Path(tempfile.mkdtemp(prefix="aiguillage-airflow-"))
    tree = ProcessTree(logdir)
    previous = {s: signal.signal(s, _raise_interrupted)
                for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    started = time.perf_counter()
    failure: str | None = None
    try:
        api: subprocess.Popen[bytes] | None = None
        health = ""
        if not serial:
            port = _free_port()
            env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] = f"http://127.0.0.1:{port}/execution/"
            health = f"http://127.0.0.1:{port}/execution/health"
            api = tree.start("api-server", [airflow, "api-server", "--apps", "execution", "--workers", "1",
                                            "--host", "127.0.0.1", "--port", str(port)], env)
            test_cmd.append("--use-executor")
        # Both start at once: ``dags test`` imports Airflow and loads the models (seconds) before
        # its first task asks the API anything, and a task's client retries a refused connection
        # (Airflow's default: for ~31 s). The runner asks for the health check early and often,
        # because the API's first request also builds its versioned routes, before a task needs them.
        dag_test = tree.start("dags-test", test_cmd, {**env, PRELOAD_ENV: "1"})
        api_up = api is None
        while dag_test.poll() is None:
            if api is not None and (code := api.poll()) is not None:
                raise RunFailed(f"the Execution API server exited (code {code})")
            if not api_up:
                api_up = _healthy(health)
                if not api_up and time.perf_counter() - started > API_STARTUP_TIMEOUT_S:
                    raise RunFailed(f"the Execution API did not answer within {API_STARTUP_TIMEOUT_S:.0f} s")
            tree.watch()
            time.sleep(0.5 if api_up else 0.1)
        if dag_test.returncode != 0:
            failure = f"exit {dag_test.returncode}"
    except RunFailed as e:
        failure = str(e)
    except _Interrupted as e:
        for s in previous:  # a second Ctrl-C must not cut the clean-up short
            signal.signal(s, signal.SIG_IGN)
        stopped = tree.close()
        sys.stderr.write(f"{DAG_ID} interrupted ({e}); stopped {stopped} processes\n")
        raise SystemExit(130) from None
    finally:
        for s in previous:
            signal.signal(s, signal.SIG_IGN)
        elapsed = time.perf_counter() - started
        if failure:
            sys.stderr.write(tree.tail("api-server", 3000) + tree.tail("dags-test"))
        tree.stop("dags-test")  # in order: the executor and its tasks first, then the API they talk to
        tree.stop("api-server")
        tree.close()
        for s, h in previous.items():
            signal.signal(s, h if h is not None else signal.SIG_DFL)
        shutil.rmtree(logdir, ignore_errors=True)
    if failure:
        raise SystemExit(f"{DAG_ID} failed ({failure}); see the log above")
    return elapsed


def _url_or_abs(where: str) -> str:
    """Object-store URLs go to the DAG as they are (s3://conn_id@bucket/prefix); paths absolute."""
    from aiguillage.storage import is_remote

    return where if is_remote(where) else str(Path(where).resolve())


def _conf(input_dir: str, output_dir: str, policy: str | None, max_shards: int) -> dict[str, object]:
    return {"input_dir": _url_or_abs(input_dir), "output_dir": output_dir,
            "policy": str(Path(policy).resolve()) if policy else None, "max_shards": max_shards}


# Documents per shard task at most: a task process grows with what it reads (~22 MiB per 220
# documents), and the CLI recycles its workers after ~1,000; a task is a process of its own.
SHARD_DOCS = 1_000
MAX_SHARDS_PARAM = 512  # the ``max_shards`` Param's maximum (dags/aiguillage_batch.py)


def default_max_shards(input_dir: str, slots: int) -> int:
    """One shard per task slot, or more (a multiple of the slots) so that a shard holds at most
    about ``SHARD_DOCS`` documents: a freed slot gets its next task only after the executor's next
    look, so a second wave costs more than the balance it wins. A remote input is not counted: two
    shards per slot."""
    from aiguillage.storage import is_remote

    if is_remote(input_dir):
        return 2 * slots
    files = sum(len(names) for _, _, names in os.walk(input_dir))
    waves = max(1, -(-files // (SHARD_DOCS * slots)))
    return min(waves * slots, MAX_SHARDS_PARAM)


def check_arguments(input_dir: str, output_dir: str, policy: str | None) -> None:
    """What can be checked before Airflow starts: one line that says what is wrong and what to
    do, exit status 2 (a usage error), instead of a DAG run that fails after its retries."""
    from aiguillage.storage import is_remote

    problem = None
    if not is_remote(input_dir) and not Path(input_dir).is_dir():
        problem = f"the input folder {input_dir} does not exist or is not a folder: give an existing folder"
    elif policy and not Path(policy).is_file():
        problem = f"the policy file {policy} does not exist: give a policy YAML, or no --policy"
    elif not is_remote(output_dir) and Path(output_dir).exists() and not Path(output_dir).is_dir():
        problem = f"the output {output_dir} exists and is not a folder: give a folder"
    if problem:
        sys.stderr.write(f"error: {problem}\n")
        raise SystemExit(2)


def run_dag(input_dir: str, output_dir: str, policy: str | None = None,
            max_shards: int = 0, serial: bool = False, parallelism: int = 0) -> dict[str, object]:
    """``max_shards`` 0: see :func:`default_max_shards`."""
    from aiguillage.storage import is_remote

    check_arguments(input_dir, output_dir, policy)
    max_shards = max_shards or default_max_shards(input_dir, parallelism or default_workers())
    if is_remote(output_dir):
        # The DAG writes to an object store this process may hold no credentials for (they are in
        # the Airflow connection named in the URL): the run's state is the proof (``airflow dags
        # test`` exits non-zero when the run failed).
        elapsed = run_airflow(_conf(input_dir, output_dir, policy, max_shards), serial, parallelism)
        return {"wall_seconds": round(elapsed, 2), "output_dir": output_dir}
    out = Path(output_dir).resolve()
    summary_path = out / "audit" / "summary.json"
    before = summary_path.stat().st_mtime if summary_path.exists() else 0.0
    elapsed = run_airflow(_conf(input_dir, str(out), policy, max_shards), serial, parallelism)
    if not summary_path.exists() or summary_path.stat().st_mtime <= before:
        raise SystemExit(f"{DAG_ID} failed: the run wrote no new audit summary")
    summary: dict[str, object] = json.loads(summary_path.read_text("utf-8"))
    summary["wall_seconds"] = round(elapsed, 2)
    return summary


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input_dir", help="the folder (or s3:// URL) to route")
    p.add_argument("output_dir", help="where public/, sovereign/, quarantine/ and audit/ are written")
    p.add_argument("--policy", help="a policy YAML (default: the policy shipped with Aiguillage)")
    p.add_argument("--max-shards", type=int, default=0,
                   help="upper bound on shards, i.e. mapped tasks (default: one per task slot, "
                        f"more when a shard would hold over {SHARD_DOCS} documents)")
    p.add_argument("--serial", action="store_true",
                   help="plain `airflow dags test`: tasks one after another in one process, no API server")
    p.add_argument("--parallelism", type=int, default=0,
                   help="task processes at once (LocalExecutor parallelism; default: the usable cores)")
    ns = p.parse_args(argv)
    if ns.parallelism < 0 or ns.max_shards < 0:
        p.error("--parallelism and --max-shards take a positive number (0: the default)")
    s = run_dag(ns.input_dir, ns.output_dir, ns.policy, ns.max_shards, ns.serial, ns.parallelism)
    if "output_dir" in s:  # an object store: the counts are in its audit
        print(f"{DAG_ID}: succeeded in {s['wall_seconds']} s; audit: {s['output_dir']}/audit/")
        return 0
    routes = s["routes"]
    assert isinstance(routes, dict)
    print(f"{DAG_ID}: {s['documents']} files in {s['wall_seconds']} s — public {routes['public']}, "
          f"sovereign {routes['sovereign']}, quarantine {routes['quarantine']}")
    audit = Path(ns.output_dir).resolve() / "audit"
    report = audit / "report.html"
    print(f"manifest: {audit / 'manifest.csv'}")
    if report.exists():
        print(f"report:   {report}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
