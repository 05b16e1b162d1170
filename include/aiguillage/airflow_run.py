"""Run the DAG ``aiguillage_batch`` on a folder through the embedded Airflow.

This is what ``make demo`` and ``make batch IN=… OUT=…`` call: the real DAG on the local SQLite
metadata database (``./.airflow``), offline.

By default the mapped shard tasks run in parallel, the way Airflow runs them: ``airflow dags test
--use-executor`` hands every task to the configured executor (LocalExecutor, ``parallelism`` = the
usable cores), whose task processes report to the Execution API of a short-lived ``airflow
api-server --apps execution`` on a free localhost port. Both are one process at first: it imports
Airflow once, then forks the API server (see :func:`_fork_execution_api`). Every process of the run
is stopped when the run ends, fails or is interrupted. ``--serial`` is the former path: ``airflow
dags test`` alone, every task one after another in one process.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import IO, Protocol

from aiguillage.cli import default_workers

# ``airflow dags test`` with the detection models loaded first: LocalExecutor forks its workers
# from this process and each worker forks its task processes (Linux), so every shard task starts
# with the models in shared copy-on-write memory instead of loading its own copy (~5-14 s of CPU
# each). The load runs while the API server starts. A load failure is left to the tasks, where
# each document fails closed (sovereign, DETECTION_FAILED), as in the CLI's workers.
# ``airflow`` in a process that loads the models first (see airflow_with_models)
AIRFLOW_WITH_MODELS = "from aiguillage.airflow_run import airflow_with_models; airflow_with_models()"
SINGLE_THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")  # as the CLI's workers
API_STARTUP_TIMEOUT_S = 300.0  # a loaded 2-core machine imports the API server in 10-25 s
GRACE_S = 10.0  # after SIGTERM, before SIGKILL


# How the runner asks ``airflow_with_models`` to fork the Execution API server: JSON with the
# server's ``airflow`` arguments, its log file and the file where it writes its process id.
EXECUTION_API_ENV = "AIGUILLAGE_FORK_EXECUTION_API"


def airflow_with_models() -> None:
    """The ``airflow`` command (``sys.argv[1:]``) in a process that loaded the models first, so
    that its LocalExecutor's task processes fork with them. Once the command has returned, the
    exit handlers run and the process ends without the interpreter's teardown: freeing the models
    and everything else took ~3.4 s after the DAG run had finished. An exception exits as usual.

    With ``AIGUILLAGE_FORK_EXECUTION_API`` set, the Execution API server is forked once Airflow is
    imported and before the models load (:func:`_fork_execution_api`)."""
    import atexit
    import gc
    import logging

    from airflow.__main__ import main

    gc.freeze()  # Airflow's modules: not walked again by the collector, here nor in the forks
    if api := os.environ.pop(EXECUTION_API_ENV, None):
        spec = json.loads(api)
        _fork_execution_api(main, spec["argv"], Path(spec["log"]), Path(spec["pidfile"]))

    import aiguillage.detect.warm  # noqa: F401

    _poll_dag_test_faster()
    sys.argv[0] = "airflow"
    rc = main()  # type: ignore[no-untyped-call]
    atexit._run_exitfuncs()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0 if rc is None else rc if isinstance(rc, int) else 1)


def _fork_execution_api(main: Callable[[], object], argv: list[str], log: Path, pidfile: Path) -> None:
    """Start ``airflow <argv>`` (the API server) as a fork of this process, which has imported
    Airflow and nothing else yet: a process of its own would import Airflow again (~1.3-1.5 s of
    CPU) while this one loads the models, both on a 2-core machine's two cores, and every task
    waits for the API. The server is forked twice: the runner, a child subreaper, adopts it, and
    stops it after ``dags test`` (whose task processes need it to the end). Its process id goes to
    ``pidfile`` (written whole, then renamed), its output to ``log``. Nothing in this process holds
    a thread or a database connection yet (Airflow's import opens none), so the fork is safe."""
    sys.stdout.flush()
    sys.stderr.flush()
    middle = os.fork()
    if middle:
        os.waitpid(middle, 0)  # it forks the server and exits at once
        return
    code = 1
    try:
        os.setsid()
        if os.fork():
            code = 0
            return
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.close(fd)
        partial = pidfile.with_name(pidfile.name + ".partial")
        partial.write_text(str(os.getpid()), "ascii")
        os.replace(partial, pidfile)
        print(f"aiguillage: the Execution API serves {_serve_installed_sdk_only()}", flush=True)
        sys.argv = ["airflow", *argv]
        rc = main()
        code = rc if isinstance(rc, int) else 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)  # never return into the parent's code: this is a fork


def _serve_installed_sdk_only() -> str:
    """Make the Execution API of this process answer in the installed Task SDK's API version only;
    return which versions it will serve.

    Airflow's Execution API builds its routes for every API version it has ever had (Cadwyn: nine
    versions in Airflow 3.3), on its first request: ~4.5 s of CPU before the first task can start,
    on a 2-core machine where ``dags test`` is loading the models at the same time. The embedded
    API server of one ``make batch`` run has no other clients than the task processes of this
    install, which speak its Task SDK's version; when that version is the API's newest, the API is
    built with that version alone (its routes and schemas are the newest ones, unchanged; the
    routes that only exist in older versions are left out). Otherwise nothing is changed. A real
    deployment's ``airflow api-server`` is never touched by this."""
    try:
        from airflow.api_fastapi.execution_api import versions
        from airflow.api_fastapi.execution_api.routes import execution_api_router
        from airflow.sdk.api.datamodels._generated import API_VERSION
        from cadwyn import HeadVersion, Version, VersionBundle
        from cadwyn.route_generation import _DELETED_ROUTE_TAG
    except ImportError as e:  # another Airflow or Cadwyn: leave the API as it is
        return f"every API version (not trimmed: {e})"
    every = [str(v.value) for v in versions.bundle.versions]
    if not every or every[0] != API_VERSION:
        return f"every API version ({len(every)}; the Task SDK speaks {API_VERSION})"
    versions.bundle = VersionBundle(HeadVersion(), Version(API_VERSION))
    execution_api_router.routes[:] = [r for r in execution_api_router.routes
                                      if _DELETED_ROUTE_TAG not in (getattr(r, "tags", None) or ())]
    return f"the Task SDK's API version {API_VERSION} only (of {len(every)})"


# How often ``airflow dags test`` looks at its run while tasks are running (Airflow: 1 s).
DAG_TEST_POLL_S = float(os.environ.get("AIGUILLAGE_DAG_TEST_POLL_S", "0.2"))


def _poll_dag_test_faster(poll_s: float = DAG_TEST_POLL_S) -> None:
    """``Dag.test`` (``airflow dags test``) sleeps 1 s between two looks at its run while a task
    runs: each task's successor started up to a second after it ended (three times per batch:
    shards after the plan, the audit after the shards, the end after the audit). In this process
    only, that one sleep is shortened; every other ``time.sleep`` is left as it is."""
    import time as _time

    real_sleep = _time.sleep
    if getattr(real_sleep, "aiguillage_poll", False):
        return

    def sleep(seconds: float) -> None:
        caller = sys._getframe(1).f_code
        if seconds == 1 and caller.co_name == "test" and caller.co_filename.replace(os.sep, "/").endswith(
                "airflow/sdk/definitions/dag.py"):
            seconds = poll_s
        real_sleep(seconds)

    sleep.aiguillage_poll = True  # type: ignore[attr-defined]
    _time.sleep = sleep  # type: ignore[assignment]


def _url_or_abs(where: str) -> str:
    """Object-store URLs go to the DAG as they are (s3://conn_id@bucket/prefix); paths absolute."""
    from aiguillage.storage import is_remote

    return where if is_remote(where) else str(Path(where).resolve())


class _Interrupted(Exception):
    """Ctrl-C, SIGTERM or SIGHUP: stop everything that was started, exit non-zero."""


def _raise_interrupted(signum: int, _frame: FrameType | None) -> None:
    raise _Interrupted(signal.Signals(signum).name)


def _become_subreaper() -> None:
    """Orphans of our children (a task process whose supervisor died) become ours, so that the
    final sweep finds and ends them instead of leaving them to init (Linux only; else a no-op)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


class _Process(Protocol):
    """What the tree needs of a process: ``subprocess.Popen`` or :class:`_Adopted`."""

    pid: int

    def poll(self) -> int | None: ...

    def wait(self, timeout: float | None = None) -> int: ...


class _Adopted:
    """A process this run did not start itself but must stop: the API server forked by
    ``airflow_with_models``, which the runner (a child subreaper) adopts. Its exit status is ours
    to collect, unless a sweep collected it first (then it reads as -1)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is not None:
            return self.returncode
        try:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:  # collected by a sweep, or not our child (no subreaper)
            if _alive(self.pid):
                return None
            self.returncode = -1
            return self.returncode
        if pid == 0:
            return None
        self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while (rc := self.poll()) is None:
            if deadline is not None and time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired(f"pid {self.pid}", timeout or 0.0)
            time.sleep(0.02)
        return rc


class ProcessTree:
    """The processes this run starts, each in a session of its own (Ctrl-C reaches this process
    only, which then stops them in order), ended with their every descendant."""

    def __init__(self, logdir: Path) -> None:
        self.logdir = logdir
        self.procs: dict[str, _Process] = {}
        self.logs: dict[str, Path] = {}
        self._files: list[IO[bytes]] = []

    def start(self, name: str, cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        log = self.logdir / f"{name}.log"
        fh = log.open("wb")
        self._files.append(fh)
        proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.STDOUT,
                                start_new_session=True)
        self.procs[name], self.logs[name] = proc, log
        return proc

    def adopt(self, name: str, pid: int, log: Path) -> _Process:
        """Count a process started elsewhere (and writing to ``log``) among this run's."""
        self.procs[name], self.logs[name] = _Adopted(pid), log
        return self.procs[name]

    def tail(self, name: str, chars: int = 8000) -> str:
        log = self.logs.get(name)
        if log is None or not log.exists():
            return ""
        with log.open("rb") as fh:
            fh.seek(max(0, log.stat().st_size - chars))
            return fh.read().decode("utf-8", "replace")

    def _descendants(self) -> list[int]:
        import psutil

        seen: dict[int, None] = {}
        roots = [p.pid for p in self.procs.values()]
        with contextlib.suppress(psutil.Error):
            roots += [c.pid for c in psutil.Process().children()]  # reparented orphans (subreaper)
        for pid in roots:
            try:
                root = psutil.Process(pid)
                for p in [root, *root.children(recursive=True)]:
                    seen[p.pid] = None
            except psutil.Error:
                continue
        return [pid for pid in seen if pid != os.getpid()]

    def stop(self, name: str, grace: float = GRACE_S) -> None:
        """SIGTERM one started process and its descendants; SIGKILL what is left after the grace."""
        import psutil

        proc = self.procs.get(name)
        if proc is None or proc.poll() is not None:
            return
        try:
            victims = [proc.pid] + [c.pid for c in psutil.Process(proc.pid).children(recursive=True)]
        except psutil.Error:
            victims = [proc.pid]
        self._signal(victims, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=grace)
        self._signal(victims, signal.SIGKILL)
        proc.wait()

    def close(self) -> int:
        """End every process still running (ours and their descendants); return how many."""
        victims = self._descendants()
        left = [pid for pid in victims if _alive(pid)]
        self._signal(left, signal.SIGTERM)
        deadline = time.monotonic() + GRACE_S
        while time.monotonic() < deadline and any(_alive(pid) for pid in left):
            self._reap()
            time.sleep(0.1)
        for _ in range(3):  # a dying supervisor may leave an orphan behind: sweep again
            rest = [pid for pid in self._descendants() if _alive(pid)]
            if not rest:
                break
            self._signal(rest, signal.SIGKILL)
            time.sleep(0.2)
            self._reap()
        for p in self.procs.values():
            if p.poll() is None:
                p.wait()
        for fh in self._files:
            fh.close()
        return len(left)

    @staticmethod
    def _signal(pids: list[int], sig: signal.Signals) -> None:
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, sig)

    @staticmethod
    def _reap() -> None:
        """Collect the exit status of adopted orphans (they are our children now)."""
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return


def _alive(pid: int) -> bool:
    import psutil

    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
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


def _conf(input_dir: str, output_dir: str, policy: str | None, max_shards: int) -> dict[str, object]:
    return {"input_dir": _url_or_abs(input_dir), "output_dir": output_dir,
            "policy": str(Path(policy).resolve()) if policy else None, "max_shards": max_shards}


def run_airflow(conf: dict[str, object], serial: bool = False, parallelism: int = 0) -> float:
    """Run ``aiguillage_batch`` once with ``conf``; return the wall time. Exits non-zero (SystemExit)
    when the run fails or is interrupted, after stopping every process it started."""
    airflow = str(Path(sys.executable).with_name("airflow"))
    test_cmd = [airflow, "dags", "test", "aiguillage_batch", "-c", json.dumps(conf)]
    env = os.environ.copy()
    logdir = Path(tempfile.mkdtemp(prefix="aiguillage-airflow-"))
    tree = ProcessTree(logdir)
    # written by the API server, which is forked in ``dags test``
    api_pid, api_log = logdir / "api-server.pid", logdir / "api-server.log"

    def adopt_api() -> _Process | None:
        """The API server, once it has written its process id (None before)."""
        if "api-server" not in tree.procs and api_pid.exists():
            tree.adopt("api-server", int(api_pid.read_text("ascii")), api_log)
        return tree.procs.get("api-server")
    previous = {s: signal.signal(s, _raise_interrupted)
                for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    _become_subreaper()
    started = time.perf_counter()
    failure: str | None = None
    try:
        if serial:
            dag_test = tree.start("dags-test", test_cmd, env)
        else:
            port = _free_port()
            health = f"http://127.0.0.1:{port}/execution/health"
            env[EXECUTION_API_ENV] = json.dumps({
                "argv": ["api-server", "--apps", "execution", "--workers", "1", "--host", "127.0.0.1",
                         "--port", str(port)],
                "log": str(api_log), "pidfile": str(api_pid)})
            slots = parallelism or default_workers()
            if slots > 1:  # N task processes on N cores, not N x (BLAS threads)
                env.update({var: env.get(var, "1") for var in SINGLE_THREAD_ENV})
            env.update({
                "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
                "AIRFLOW__CORE__PARALLELISM": str(slots),
                # The DAG run starts while the API server is still importing: its first tasks
                # retry every 2 s at most (instead of 1, 3, 7, 15 s) until it answers.
                "AIRFLOW__WORKERS__EXECUTION_API_RETRIES": "60",
                "AIRFLOW__WORKERS__EXECUTION_API_RETRY_WAIT_MAX": "2",
                # A task's supervisor waits for its process in select() for up to this many seconds
                # (5 by default); when the process closes its sockets a moment before it can be
                # reaped, the supervisor sleeps the whole wait before it sees the exit, and its slot
                # stays busy: seen 4.5 s after the last shard of 1 run in 3, before the run could end.
                "AIRFLOW__WORKERS__MIN_HEARTBEAT_INTERVAL": env.get(
                    "AIRFLOW__WORKERS__MIN_HEARTBEAT_INTERVAL", "1"),
            })
            dag_test = tree.start("dags-test", [sys.executable, "-c", AIRFLOW_WITH_MODELS, *test_cmd[1:],
                                                "--use-executor"], env)
            api_up = False
            while dag_test.poll() is None:
                api = adopt_api()
                if api is not None and (code := api.poll()) is not None:
                    failure = f"the Execution API server exited (code {code})"
                    break
                if not api_up:
                    # The first request also builds the API's versioned routes (Cadwyn): it is
                    # asked for as soon as the server listens, before any task needs it.
                    api_up = api is not None and _healthy(health)
                    if not api_up and time.perf_counter() - started > API_STARTUP_TIMEOUT_S:
                        failure = f"the Execution API did not answer within {API_STARTUP_TIMEOUT_S:.0f} s"
                        break
                time.sleep(0.5 if api_up else 0.1)
        if failure is None:
            dag_test.wait()
            if dag_test.returncode != 0:
                failure = f"exit {dag_test.returncode}"
    except _Interrupted as e:
        for s in previous:  # a second Ctrl-C must not cut the clean-up short
            signal.signal(s, signal.SIG_IGN)
        stopped = tree.close()
        sys.stderr.write(f"aiguillage_batch interrupted ({e}); stopped {stopped} processes\n")
        raise SystemExit(130) from None
    finally:
        for s in previous:
            signal.signal(s, signal.SIG_IGN)
        elapsed = time.perf_counter() - started
        adopt_api()  # also when the run ended before the loop saw it
        if failure:
            sys.stderr.write(tree.tail("api-server", 3000) + tree.tail("dags-test"))
        tree.stop("dags-test")  # in order: the executor first, then the API its tasks talk to
        # The Execution API keeps no state of its own (each request is committed to the metadata
        # database): with no task left, its graceful shutdown (2-10 s) is not worth waiting for;
        # it is killed at once (the 0.5 s of grace it had were 0.5 s of every run).
        tree.stop("api-server", grace=0.0)
        tree.close()
        for s, h in previous.items():
            signal.signal(s, h if h is not None else signal.SIG_DFL)
        for f in logdir.iterdir():
            f.unlink()
        logdir.rmdir()
    if failure:
        raise SystemExit(f"aiguillage_batch failed ({failure}); see the log above")
    return elapsed


# Documents per shard task at most: a task process grows with what it reads (~22 MiB per 220
# documents), and the CLI recycles its workers after ~1,000; a task is a process of its own.
SHARD_DOCS = 1_000
MAX_SHARDS_PARAM = 512  # the ``max_shards`` Param's maximum (dags/aiguillage_batch.py)


def default_max_shards(input_dir: str, slots: int) -> int:
    """One shard per task slot, or more (a multiple of the slots) so that a shard holds at most
    about ``SHARD_DOCS`` documents. One per slot: the executor hands a freed slot its next task up to
    ~5 s later (measured: the first freed slot at once, the second ~4.7 s later), which cost more
    than the balance a second wave wins — 500 documents on 2 slots: 32.3-36.5 s with 2 shards,
    38.6-41.6 s with 4. A remote input is not counted: two shards per slot."""
    from aiguillage.storage import is_remote

    if is_remote(input_dir):
        return 2 * slots
    files = sum(len(names) for _, _, names in os.walk(input_dir))
    waves = max(1, -(-files // (SHARD_DOCS * slots)))
    return min(waves * slots, MAX_SHARDS_PARAM)


def run_dag(input_dir: str, output_dir: str, policy: str | None = None,
            max_shards: int = 0, serial: bool = False, parallelism: int = 0) -> dict[str, object]:
    """``max_shards`` 0: see :func:`default_max_shards`."""
    from aiguillage.storage import is_remote

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
        raise SystemExit("aiguillage_batch failed: the run wrote no new audit summary")
    summary: dict[str, object] = json.loads(summary_path.read_text("utf-8"))
    summary["wall_seconds"] = round(elapsed, 2)
    return summary


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input_dir")
    p.add_argument("output_dir")
    p.add_argument("--policy")
    p.add_argument("--max-shards", type=int, default=0,
                   help="upper bound on shards, i.e. mapped tasks (default: 2 per task slot)")
    p.add_argument("--serial", action="store_true",
                   help="plain `airflow dags test`: tasks one after another in one process, no API server")
    p.add_argument("--parallelism", type=int, default=0,
                   help="task processes at once (LocalExecutor parallelism; default: the usable cores)")
    ns = p.parse_args(argv)
    s = run_dag(ns.input_dir, ns.output_dir, ns.policy, ns.max_shards, ns.serial, ns.parallelism)
    if "output_dir" in s:  # an object store: the counts are in its audit
        print(f"aiguillage_batch: succeeded in {s['wall_seconds']} s; audit: {s['output_dir']}/audit/")
        return 0
    routes = s["routes"]
    assert isinstance(routes, dict)
    print(f"aiguillage_batch: {s['documents']} files in {s['wall_seconds']} s — public {routes['public']}, "
          f"sovereign {routes['sovereign']}, quarantine {routes['quarantine']}")
    audit = Path(ns.output_dir).resolve() / "audit"
    report = audit / "report.html"
    print(f"manifest: {audit / 'manifest.csv'}")
    if report.exists():
        print(f"report:   {report}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
