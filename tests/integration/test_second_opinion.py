"""The sovereign second opinion against local OpenAI-compatible servers that record every request.

One server plays the sovereign service (e.g. Albert), another the public one. A small batch is
routed by the real pipeline: a document the rules would publish but the model flags goes
sovereign with SOVEREIGN_LLM_FLAGGED; a clean answer leaves it public; a malformed answer, an HTTP
error or a timeout keeps it sovereign (SECOND_OPINION_FAILED) and the next run asks again; a
second opinion configured on the public service is refused; without the connection no request is
made at all; the document text reaches the sovereign server only; no personal value is logged.
"""

from __future__ import annotations

import csv
import json
import logging
import math
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from aiguillage.batch import collect, finalize, plan, run_shard
from aiguillage.pipeline import Context
from aiguillage.policy import load_policy
from aiguillage.records import Outcome, Route
from aiguillage.routing_guard import RoutingViolation
from aiguillage.sensitivity.second_opinion import (
    SYSTEM_PROMPT,
    SecondOpinion,
    SecondOpinionError,
    Settings,
)
from aiguillage.summarize.openai_chat import Endpoint
from fake_llm_server import FakeLLM

pytestmark = pytest.mark.integration

CLEAN = ("Délibération n° 2026-14 du conseil municipal.\n"
         "Le conseil municipal approuve le budget primitif de l'exercice 2026.\n"
         "Les travaux de voirie de l'avenue principale débuteront en mars.\n")
HIDDEN = ("Madame Claire Fontaine, demeurant 12 rue des Lilas à Lyon, a été reçue en mairie le 3 mars 2026.\n"
          "Elle a exposé sa situation personnelle lors de l'entretien avec le service.\n")
SICK = "Monsieur Paul Girard est placé en congé de longue maladie à compter du 1er mars 2026.\n"
DOCS = {"clean.txt": CLEAN, "hidden.txt": HIDDEN, "sick.txt": SICK}
PERSONAL = ["Claire Fontaine", "Lilas", "Paul Girard"]
QUOTE = "exposé sa situation personnelle"


def model_reply(req: dict[str, Any]) -> str:
    """What a sovereign classifier might answer: chatty, fenced, with a wrong offset and an unknown code."""
    prompt = req["messages"][-1]["content"]
    if "situation personnelle" in prompt:
        body = {"categories": [
            {"code": "social", "personne_identifiable": True,
             "preuves": [{"citation": "exposé  sa situation personnelle", "debut": 0, "fin": 4}]},
            {"code": "horoscope", "personne_identifiable": True}]}
        return "Voici mon analyse.\n```json\n" + json.dumps(body, ensure_ascii=False) + "\n```"
    # a topic that is about nobody: not a flag
    return json.dumps({"categories": [{"code": "health", "personne_identifiable": False,
                                       "preuves": [{"citation": "budget primitif"}]}]})


@pytest.fixture
def servers() -> Iterator[tuple[FakeLLM, FakeLLM]]:
    public = FakeLLM(model="public-model").start()
    sovereign = FakeLLM(model="albert-test", reply=model_reply).start()
    yield public, sovereign
    public.stop()
    sovereign.stop()


def _conn(server: FakeLLM, **extra: Any) -> str:
    base = {"model": server.model, "timeout": 5, "max_retries": 0, "backoff": 0.01, "rpm": 6000,
            "model_class": "small"}
    return json.dumps({"conn_type": "http", "host": server.url, "password": "k-test",
                       "extra": {**base, **extra}})


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, text in DOCS.items():
        (src / name).write_text(text, "utf-8")
    return src


def _route(src: Path, out: Path, detector: Any,
           batch: str = "b1") -> tuple[dict[str, Outcome], dict[str, Any]]:
    """Route ``src`` with a context built as the CLI's workers build it (connections from the
    environment); returns the outcomes by file name and the audit summary. The policy's statistical
    reading is off: these tests isolate what the second opinion is asked about (the rules' public)."""
    ctx = Context.create(out, policy_path=str(_rules_policy(out.parent)))
    ctx.detector_factory = lambda: detector
    for s in plan(src, out, batch, max_shards=1):
        run_shard(out, batch, s["shard"], ctx=ctx)
    summary = finalize(out, batch)
    return {Path(o.source).name: o for o in collect(out, batch)}, summary


def _rules_policy(folder: Path) -> Path:
    raw = resources.files("aiguillage.policy").joinpath("default.yaml").read_text("utf-8")
    path = folder / "rules-only.yaml"
    path.write_text(raw.replace("  model:\n    enabled: true\n", "  model:\n    enabled: false\n"), "utf-8")
    assert load_policy(path).model_threshold is None
    return path


def _codes(o: Outcome) -> set[str]:
    return {r.code for r in o.reasons}


def test_no_connection_no_request_rules_alone(inputs: Path, tmp_path: Path, detector: Any,
                                              servers: tuple[FakeLLM, FakeLLM],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    public, sovereign = servers
    monkeypatch.delenv("AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM", raising=False)
    monkeypatch.setenv("AIRFLOW_CONN_AIGUILLAGE_PUBLIC_LLM", _conn(public))  # the public one is never asked
    assert Context.create(tmp_path / "probe").second_opinion is None
    outcomes, summary = _route(inputs, tmp_path / "out", detector)
    assert public.requests == [] and sovereign.requests == []
    # the rules alone: what the second opinion is asked about below is public without it
    assert outcomes["clean.txt"].route is Route.PUBLIC and outcomes["hidden.txt"].route is Route.PUBLIC
    assert outcomes["sick.txt"].route is Route.SOVEREIGN
    assert not any("second_opinion" in o.extra for o in outcomes.values())
    assert "second_opinion" not in summary


def test_flagged_document_goes_sovereign_with_evidence(inputs: Path, tmp_path: Path, detector: Any,
                                                       servers: tuple[FakeLLM, FakeLLM],
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    public, sovereign = servers
    monkeypatch.setenv("AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM", _conn(sovereign))
    monkeypatch.setenv("AIRFLOW_CONN_AIGUILLAGE_PUBLIC_LLM", _conn(public))
    caplog.set_level(logging.DEBUG)
    out = tmp_path / "out"
    outcomes, summary = _route(inputs, out, detector)  # three documents: the look-ahead path runs too

    hidden, clean, sick = outcomes["hidden.txt"], outcomes["clean.txt"], outcomes["sick.txt"]
    assert hidden.route is Route.SOVEREIGN and "SOVEREIGN_LLM_FLAGGED" in _codes(hidden)
    reason = next(r for r in hidden.reasons if r.code == "SOVEREIGN_LLM_FLAGGED")
    assert reason.route is Route.SOVEREIGN and reason.legal_basis
    assert "situation sociale" in reason.message
    text = (out / "sovereign" / hidden.doc_id / "text.txt").read_text("utf-8")
    [ev] = reason.evidence
    assert ev.rule == "second_opinion.social" and ev.start is not None and ev.end is not None
    assert text[ev.start:ev.end] == QUOTE  # located in the text, not the model's offsets (0, 4)
    assert hidden.extra["second_opinion"]["verdict"] == "flagged"
    assert hidden.extra["second_opinion"]["unknown_codes"] == 1
    assert not (out / "public" / hidden.doc_id).exists()

    assert clean.route is Route.PUBLIC and clean.extra["second_opinion"]["verdict"] == "clean"
    assert "SOVEREIGN_LLM_FLAGGED" not in _codes(clean)
    assert sick.route is Route.SOVEREIGN and "second_opinion" not in sick.extra  # rules decided: not asked

    # only documents the rules would publish were asked, only the sovereign server saw them
    sent = sovereign.chat_requests()
    assert len(sent) == 2 and public.requests == []
    bodies = [json.loads(r.body) for r in sent]
    users = sorted(b["messages"][-1]["content"] for b in bodies)
    assert CLEAN.strip() in users[0] + users[1] and HIDDEN.strip() in users[0] + users[1]
    assert all(b["messages"][0]["content"] == SYSTEM_PROMPT and b["model"] == "albert-test" for b in bodies)
    assert all(SICK.strip() not in b for b in users)
    assert all(r.authorization == "Bearer k-test" for r in sent)

    so = summary["second_opinion"]
    assert (so["asked"], so["flagged"], so["clean"], so["failed"], so["disagreements"]) == (2, 1, 1, 0, 1)
    assert so["categories"] == {"social": 1} and so["models"] == ["albert-test"] and so["calls"] == 2
    assert so["prompt_tokens"] > 0 and so["completion_tokens"] > 0 and so["energy_wh"] > 0
    assert summary["reasons"]["SOVEREIGN_LLM_FLAGGED"] == 1

    decisions = [json.loads(ln) for ln in (out / "audit" / "decisions.jsonl").read_text("utf-8").splitlines()]
    rec = next(d for d in decisions if json.dumps(d).count(hidden.doc_id))
    assert '"verdict": "flagged"' in json.dumps(rec) and '"social"' in json.dumps(rec)

    # no personal value, no quote of the document in any log line or audit file
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "unknown category code" in logged  # the log was captured (the answer's "horoscope")
    audit = "\n".join(p.read_text("utf-8", errors="replace")
                      for p in (out / "audit").rglob("*") if p.is_file())
    for value in [*PERSONAL, "situation personnelle", "budget primitif"]:
        assert value not in logged
        assert value not in audit

    # a re-run reuses the outcomes: no second request
    again, _ = _route(inputs, out, detector, batch="b2")
    assert len(sovereign.chat_requests()) == 2
    assert {k: o.route for k, o in again.items()} == {k: o.route for k, o in outcomes.items()}


def _fail_as(server: FakeLLM, how: str) -> None:
    if how == "malformed":
        server.reply = lambda req: "Désolé, je ne peux pas classer ce document."
    elif how == "error500":
        server.mode, server.reply = "error500", None
    else:
        server.mode, server.delay, server.reply = "timeout", 2.0, None


@pytest.mark.parametrize(("how", "code"), [("malformed", "malformed_answer"), ("error500", "http_500"),
                                           ("timeout", "timeout")])
def test_failure_keeps_the_document_sovereign_and_the_next_run_asks_again(
        how: str, code: str, inputs: Path, tmp_path: Path, detector: Any, servers: tuple[FakeLLM, FakeLLM],
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    public, sovereign = servers
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM", _conn(sovereign, timeout=0.5))
    _fail_as(sovereign, how)
    out = tmp_path / "out"
    outcomes, summary = _route(inputs, out, detector)
    for name in ("clean.txt", "hidden.txt"):
        o = outcomes[name]
        assert o.route is Route.SOVEREIGN and "SECOND_OPINION_FAILED" in _codes(o), name
        reason = next(r for r in o.reasons if r.code == "SECOND_OPINION_FAILED")
        assert [e.rule for e in reason.evidence] == [f"second_opinion.{code}"]
        assert o.extra["second_opinion"]["verdict"] == "failed" and o.extra["second_opinion"]["error"] == code
    assert not any((out / "public").glob("*/text.txt"))
    assert summary["second_opinion"]["failed"] == 2 and summary["second_opinion"]["errors"] == {code: 2}
    assert public.requests == []
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert f"second opinion failed for {outcomes['hidden.txt'].doc_id} ({code})" in logged
    for value in [*PERSONAL, "situation personnelle", "budget primitif"]:
        assert value not in logged

    # the service is back: a passing failure is not reused, the documents are asked again
    sovereign.mode, sovereign.reply = "ok", model_reply
    before = len(sovereign.chat_requests())
    again, _ = _route(inputs, out, detector, batch="b2")
    assert len(sovereign.chat_requests()) == before + 2
    assert again["clean.txt"].route is Route.PUBLIC and again["hidden.txt"].route is Route.SOVEREIGN
    assert "SOVEREIGN_LLM_FLAGGED" in _codes(again["hidden.txt"])


def test_a_second_opinion_on_the_public_service_is_refused(tmp_path: Path, servers: tuple[FakeLLM, FakeLLM],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    public, sovereign = servers
    monkeypatch.setenv("AIRFLOW_CONN_AIGUILLAGE_PUBLIC_LLM", _conn(public))
    monkeypatch.setenv("AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM", _conn(public, model="albert-test"))
    with pytest.raises(RoutingViolation):
        Context.create(tmp_path / "out")
    with pytest.raises(RoutingViolation):
        SecondOpinion(_endpoint(public, route=Route.PUBLIC))
    assert public.requests == [] and sovereign.requests == []


def _endpoint(server: FakeLLM, route: Route = Route.SOVEREIGN, **kw: Any) -> Endpoint:
    base: dict[str, Any] = {"timeout_s": 5.0, "max_retries": 0, "backoff_s": 0.01,
                            "requests_per_minute": 6000, "model_class": "small"}
    return Endpoint(route=route, conn_id=f"aiguillage_{route.value}_llm", base_url=server.url,
                    model=server.model, api_key="k-test", **{**base, **kw})


def test_long_text_in_chunks_categories_united_offsets_absolute(servers: tuple[FakeLLM, FakeLLM]) -> None:
    _, sovereign = servers
    filler = "Le conseil examine le rapport annuel sur la voirie communale. " * 6
    text = (filler + "L'agent a exposé sa situation personnelle au service. " + filler
            + "Le plan de sûreté indique le code d'accès du local. " + filler)

    def reply(req: dict[str, Any]) -> str:
        prompt = req["messages"][-1]["content"]
        cats = []
        if "situation personnelle" in prompt:
            cats.append({"code": "social", "preuves": [{"citation": "exposé sa situation personnelle"}]})
        if "code d'accès" in prompt:
            cats.append({"code": "security", "personne_identifiable": False,
                         "preuves": [{"citation": "le code d’accès du local"}]})  # another apostrophe
        return json.dumps({"categories": cats})

    sovereign.reply = reply
    so = SecondOpinion(_endpoint(sovereign), Settings(chunk_chars=300, overlap_chars=60))
    op = so.classify(text)
    assert op.chunks == len(sovereign.chat_requests()) > 2
    assert op.categories == ("social", "security")
    for cat, start, end in op.evidence:
        assert text[start:end] in ("exposé sa situation personnelle", "le code d'accès du local"), cat
    assert op.prompt_tokens > 0 and op.completion_tokens > 0 and op.energy_wh > 0
    assert op.model == "albert-test"
    for r in sovereign.chat_requests():  # each prompt carries its extract and where it sits
        assert "<document>" in json.loads(r.body)["messages"][-1]["content"]


def test_token_budget_fails_closed(servers: tuple[FakeLLM, FakeLLM]) -> None:
    _, sovereign = servers
    sovereign.reply = lambda req: '{"categories": []}'
    text = "Le conseil examine le rapport annuel sur la voirie communale. " * 40
    too_long = SecondOpinion(_endpoint(sovereign), Settings(max_doc_tokens=500))
    with pytest.raises(SecondOpinionError) as err:
        too_long.classify(text)
    assert err.value.code == "token_budget" and sovereign.requests == []  # known before any call

    # the estimate fits, the usage the server reports does not: failed after the call, tokens accounted
    short = text[:400]
    estimate = math.ceil((len(SYSTEM_PROMPT) + len(f"Document :\n<document>\n{short}\n</document>")) / 4)
    tight = SecondOpinion(_endpoint(sovereign), Settings(max_doc_tokens=estimate + 5))
    with pytest.raises(SecondOpinionError) as err:
        tight.classify(short)
    assert err.value.code == "token_budget" and len(sovereign.chat_requests()) == 1
    assert err.value.prompt_tokens > estimate and err.value.calls == 1
    ok = SecondOpinion(_endpoint(sovereign), Settings(max_doc_tokens=estimate * 3)).classify(short)
    assert ok.categories == () and not ok.flagged


def test_an_endpoint_that_keeps_failing_is_left_alone_for_a_while(servers: tuple[FakeLLM, FakeLLM]) -> None:
    _, sovereign = servers
    sovereign.mode = "error500"
    so = SecondOpinion(_endpoint(sovereign), Settings(max_consecutive_failures=2))
    codes = []
    for _ in range(4):
        with pytest.raises(SecondOpinionError) as err:
            so.classify("Le conseil approuve le budget.")
        codes.append(err.value.code)
    assert codes == ["http_500", "http_500", "unavailable", "unavailable"]
    assert len(sovereign.chat_requests()) == 2  # no call while the endpoint is known to be down


@pytest.mark.slow
def test_the_batch_dag_asks_through_airflow_connections(inputs: Path, tmp_path: Path,
                                                        servers: tuple[FakeLLM, FakeLLM],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The DAG reads the connection through Airflow (``airflow_glue.connection_fields``), here from
    its environment secrets backend, and the shard tasks ask the sovereign server."""
    from airflow.dag_processing.dagbag import DagBag
    from airflow.utils.state import DagRunState

    public, sovereign = servers
    monkeypatch.setenv("AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM", _conn(sovereign))
    dag = DagBag(dag_folder=str(Path(__file__).resolve().parents[2] / "dags")).dags["aiguillage_batch"]
    out = tmp_path / "out"
    conf = {"input_dir": str(inputs), "output_dir": str(out), "policy": str(_rules_policy(tmp_path)),
            "max_shards": 2}
    run = dag.test(run_conf=conf)
    assert run.state == DagRunState.SUCCESS
    rows = {Path(r["source"]).name: r for r in
            csv.DictReader((out / "audit" / "manifest.csv").open(encoding="utf-8"))}
    hidden = rows["hidden.txt"]
    assert hidden["route"] == "sovereign" and "SOVEREIGN_LLM_FLAGGED" in hidden["reasons"]
    assert rows["clean.txt"]["route"] == "public" and rows["sick.txt"]["route"] == "sovereign"
    assert len(sovereign.chat_requests()) == 2 and public.requests == []
    summary = json.loads((out / "audit" / "summary.json").read_text("utf-8"))
    assert summary["second_opinion"]["disagreements"] == 1


def test_an_unreadable_response_is_a_failure_not_a_crash(servers: tuple[FakeLLM, FakeLLM]) -> None:
    _, sovereign = servers
    sovereign.mode = "garbage"
    with pytest.raises(SecondOpinionError) as err:
        SecondOpinion(_endpoint(sovereign)).classify("Le conseil approuve le budget.")
    assert err.value.code and len(sovereign.chat_requests()) == 1


def test_same_routes_with_and_without_the_look_ahead(inputs: Path, tmp_path: Path, detector: Any,
                                                     servers: tuple[FakeLLM, FakeLLM],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents anonymized ahead of their turn are still asked, and still go sovereign when flagged."""
    from aiguillage.batch import shard_documents
    from aiguillage.pipeline import process_shard

    _, sovereign = servers
    monkeypatch.setenv("AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM", _conn(sovereign))
    seen = {}
    for lookahead in (1, 16):
        out = tmp_path / f"la{lookahead}"
        plan(inputs, out, "b", max_shards=1)
        ctx = Context.create(out, policy_path=str(_rules_policy(tmp_path)))
        ctx.detector_factory = lambda: detector
        outcomes = process_shard(ctx, shard_documents(out, "b", 0), lookahead=lookahead)
        seen[lookahead] = {Path(o.source).name: (o.route, _codes(o)) for o in outcomes}
    assert seen[1] == seen[16]
    route, codes = seen[16]["hidden.txt"]
    assert route is Route.SOVEREIGN and "SOVEREIGN_LLM_FLAGGED" in codes
    assert seen[16]["clean.txt"][0] is Route.PUBLIC
    assert len(sovereign.chat_requests()) == 4  # two public-by-rules documents, asked in each run


def test_an_answer_cut_by_max_tokens_is_a_failure(servers: tuple[FakeLLM, FakeLLM]) -> None:
    """An echoed empty example followed by a verdict cut short must not read as clean."""
    _, sovereign = servers
    sovereign.reply = lambda req: 'Format : {"categories": []}\n{"categories": [{"code": "health", "pre'
    sovereign.finish_reason = "length"
    with pytest.raises(SecondOpinionError) as err:
        SecondOpinion(_endpoint(sovereign)).classify("Le conseil approuve le budget.")
    assert err.value.code == "answer_truncated" and err.value.completion_tokens > 0
