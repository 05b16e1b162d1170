"""The second opinion's answer parser, evidence location, chunking, settings and connection reading.

No network here: the calls themselves are tested against a recording server in
``tests/integration/test_second_opinion.py``.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from aiguillage.records import Outcome, Route
from aiguillage.routing_guard import RoutingViolation
from aiguillage.sensitivity.second_opinion import (
    CATEGORIES,
    Claim,
    MalformedAnswer,
    Opinion,
    Quote,
    SecondOpinion,
    SecondOpinionError,
    Settings,
    audit_summary,
    chunk_spans,
    connection_fields,
    evidence_spans,
    locate,
    parse_answer,
    second_opinion_from_connection,
)
from aiguillage.summarize.openai_chat import Endpoint

HEALTH = {"code": "health", "personne_identifiable": True, "preuves": [{"citation": "chimiothérapie"}]}


def test_the_seventeen_codes_of_the_brief() -> None:
    assert set(CATEGORIES) == {
        "health", "religion", "union", "politics", "sexuality", "ethnicity", "genetic_biometric", "criminal",
        "social", "child_protection", "immigration", "family", "appraisal", "security", "marking",
        "business_secret", "ip"}


@pytest.mark.parametrize("answer", [
    json.dumps({"categories": [HEALTH]}),
    "```json\n" + json.dumps({"categories": [HEALTH]}, indent=2) + "\n```",
    "Voici mon analyse [provisoire] :\n```\n" + json.dumps({"categories": [HEALTH]}) + "\n```\nCordialement.",
    "Réponse : " + json.dumps({"categories": [HEALTH]}) + " (fin)",
    json.dumps([HEALTH]),
])
def test_json_alone_in_fences_or_inside_text(answer: str) -> None:
    parsed = parse_answer(answer)
    assert [c.code for c in parsed.claims] == ["health"]
    assert parsed.claims[0].about_person is True
    assert parsed.claims[0].quotes == (Quote("chimiothérapie"),)
    assert parsed.unknown_codes == 0


def test_categories_as_a_mapping() -> None:
    answer = json.dumps({"categories": {
        "health": {"personne_identifiable": True, "preuves": [{"citation": "chimiothérapie"}]},
        "religion": False, "union": None, "politics": "non", "criminal": True, "social": "oui",
        "family": ["a conclu un PACS"]}})
    parsed = parse_answer(answer)
    assert [c.code for c in parsed.claims] == ["health", "criminal", "social", "family"]
    assert parsed.claims[3].quotes == (Quote("a conclu un PACS"),)
    with pytest.raises(MalformedAnswer):
        parse_answer('{"categories": {"health": "peut-être"}}')


def test_every_categories_object_counts_an_echoed_example_does_not_clear() -> None:
    answer = ('Le format demandé est {"categories": []}. Voici ma réponse :\n```json\n'
              + json.dumps({"categories": [HEALTH]}) + "\n```")
    assert [c.code for c in parse_answer(answer).claims] == ["health"]


@pytest.mark.parametrize("answer", ["Rien à signaler []", 'Mots-clés : ["budget", "voirie"]', "[1, 2]"])
def test_a_stray_list_is_no_verdict(answer: str) -> None:
    with pytest.raises(MalformedAnswer):
        parse_answer(answer)


def test_empty_answer_is_clean() -> None:
    assert parse_answer('{"categories": []}').claims == ()


def test_unknown_codes_are_ignored_and_counted_and_codes_normalised() -> None:
    answer = json.dumps({"categories": [
        {"code": "Child-Protection", "personne_identifiable": "oui"},
        {"code": "astrology"}, "weather", "Criminal"]})
    parsed = parse_answer(answer)
    assert [c.code for c in parsed.claims] == ["child_protection", "criminal"]
    assert parsed.claims[0].about_person is True and parsed.claims[1].about_person is None
    assert parsed.unknown_codes == 2


@pytest.mark.parametrize("answer", [
    "",
    "Je ne peux pas répondre à cette demande.",
    '{"categories": "health"}',
    '{"categories": [{"personne_identifiable": true}]}',
    '{"categories": [42]}',
    '{"categories": [{"code": "health", "preuves": [17]}]}',
    '{"categories": [{"code": "health", "personne_identifiable": true}, {"code": "crim',  # cut by max_tokens
    '{"resultat": "rien"}',
])
def test_malformed_answers_raise(answer: str) -> None:
    with pytest.raises(MalformedAnswer):
        parse_answer(answer)


def test_a_person_category_counts_unless_the_model_says_no_person() -> None:
    assert Claim("health", None).flagged  # silence about the person: fail closed
    assert Claim("health", True).flagged
    assert not Claim("health", False).flagged  # "Ligue contre le cancer": a topic, not a fact about someone
    assert Claim("marking", False).flagged  # a marking protects the content, whoever it is about
    assert Claim("security", False).flagged


TEXT = ("Mme Claire Fontaine, agente d'accueil, suit une chimiothérapie  depuis mars.\n"
        "L'intéressée a demandé un aménagement de poste. Elle suit une chimiothérapie.")


def test_locate_tolerates_spacing_case_apostrophes_and_ellipsis() -> None:
    s, e = locate(TEXT, "suit une chimiothérapie depuis mars") or (0, 0)
    assert TEXT[s:e] == "suit une chimiothérapie  depuis mars"
    s, e = locate(TEXT, "l’INTÉRESSÉE a demandé") or (0, 0)
    assert TEXT[s:e] == "L'intéressée a demandé"
    s, e = locate(TEXT, "… a demandé un aménagement de poste …") or (0, 0)
    assert TEXT[s:e] == "a demandé un aménagement de poste"
    assert locate(TEXT, "souffre d'un cancer") is None
    assert locate(TEXT, "   ") is None


def test_locate_picks_the_occurrence_nearest_the_hint() -> None:
    first = TEXT.index("chimiothérapie")
    second = TEXT.rindex("chimiothérapie")
    assert locate(TEXT, "chimiothérapie") == (first, first + 14)
    assert locate(TEXT, "chimiothérapie", hint=second - 3) == (second, second + 14)


def test_offsets_are_recomputed_never_trusted() -> None:
    claim = Claim("health", True, (
        Quote("aménagement de poste", 0, 5),  # wrong offsets: the quote decides
        Quote("une tumeur au cerveau", 10, 30),  # a quote not in the text: no evidence
        Quote("", 5, 10_000),  # bare offsets outside the text: dropped
        Quote("", 4, 19),  # bare offsets inside the text: kept
    ))
    spans = evidence_spans(TEXT, claim)
    start = TEXT.index("aménagement de poste")
    assert spans == [(start, start + len("aménagement de poste")), (4, 19)]


@pytest.mark.parametrize(("size", "overlap"), [(50, 10), (64, 0), (200, 40), (10_000, 400)])
def test_chunks_cover_the_text_with_overlap(size: int, overlap: int) -> None:
    text = " ".join(f"mot{i}" for i in range(400)) + "\n" + "x" * 130
    spans = chunk_spans(text, size, overlap)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (s1, e1), (s2, _e2) in itertools.pairwise(spans):
        assert s1 < s2 <= e1  # contiguous or overlapping, always moving on
        assert e1 - s2 == min(overlap, size // 4) or s2 == s1 + 1
    assert all(0 < e - s <= size for s, e in spans)
    if len(text) <= size:
        assert spans == [(0, len(text))]


def test_chunks_cut_at_a_space_not_inside_a_word() -> None:
    text = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"
    for _s, e in chunk_spans(text, 20, 4)[:-1]:
        assert text[e - 1] == " "


def test_settings_from_extra() -> None:
    st = Settings.from_extra({"second_opinion_max_doc_tokens": "12000", "second_opinion_chunk_chars": 5000,
                              "second_opinion_json_mode": "true", "second_opinion_overlap_chars": "n/a"})
    assert (st.max_doc_tokens, st.chunk_chars, st.json_mode, st.overlap_chars) == (12000, 5000, True, 400)
    assert Settings.from_extra({}) == Settings()


def _conn(url: str, **extra: Any) -> str:
    return json.dumps({"conn_type": "http", "host": url, "extra": {"model": "albert-test", **extra}})


def test_the_connection_ids_are_the_summaries_ones() -> None:
    from aiguillage.sensitivity import second_opinion
    from aiguillage.summarize import openai_chat

    assert second_opinion.CONN_IDS == openai_chat.CONN_IDS


def test_no_connection_no_second_opinion() -> None:
    assert second_opinion_from_connection(lambda conn_id: None) is None
    env = {"AIRFLOW_CONN_AIGUILLAGE_PUBLIC_LLM": _conn("http://public.example:8000/v1")}
    assert second_opinion_from_connection(lambda c: connection_fields(env[k]) if (
        k := f"AIRFLOW_CONN_{c.upper()}") in env else None) is None


def test_connection_read_from_json_and_uri_forms() -> None:
    env = {"AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM": _conn("http://albert.local:8000/v1",
                                                          second_opinion_max_doc_tokens=9000)}
    so = second_opinion_from_connection(lambda c: connection_fields(env[k]) if (
        k := f"AIRFLOW_CONN_{c.upper()}") in env else None)
    assert so is not None and so.endpoint.route is Route.SOVEREIGN
    assert so.endpoint.base_url == "http://albert.local:8000/v1" and so.settings.max_doc_tokens == 9000
    uri = connection_fields("http://user:s%40cret@albert.local:8000/v1?model=albert-test&second_opinion=false")
    assert uri["host"] == "albert.local" and uri["port"] == 8000 and uri["password"] == "s@cret"
    assert second_opinion_from_connection(lambda c: uri if "sovereign" in c else None) is None  # switched off


def test_a_sovereign_connection_without_model_is_an_error() -> None:
    fields = {"conn_type": "http", "host": "http://albert.local/v1", "extra": {}}
    with pytest.raises(SecondOpinionError) as err:
        second_opinion_from_connection(lambda c: fields if "sovereign" in c else None)
    assert err.value.code == "config_no_model"


def test_the_public_endpoint_is_refused() -> None:
    public = Endpoint(Route.PUBLIC, "aiguillage_public_llm", "http://public.example:8000/v1", "gpt")
    with pytest.raises(RoutingViolation):
        SecondOpinion(public)
    disguised = Endpoint(Route.SOVEREIGN, "aiguillage_public_llm", "http://public.example:8000/v1", "gpt")
    with pytest.raises(RoutingViolation):
        SecondOpinion(disguised)
    same_host = {"conn_type": "http", "host": "http://public.example:8000/v2", "extra": {"model": "m"}}
    pub = {"conn_type": "http", "host": "http://public.example:8000/v1", "extra": {"model": "gpt"}}
    with pytest.raises(RoutingViolation):
        second_opinion_from_connection(lambda c: same_host if "sovereign" in c else pub)


def _outcome(doc_id: str, rec: dict[str, Any] | None, **extra: Any) -> Outcome:
    o = Outcome(doc_id, f"{doc_id}.txt", "0" * 64, "txt", 1, Route.SOVEREIGN)
    if rec is not None:
        o.extra["second_opinion"] = rec
    o.extra.update(extra)
    return o


def test_audit_summary_counts_disagreements_tokens_and_energy() -> None:
    flagged = Opinion(("health", "social"), (("health", 1, 5), ("social", 9, 12)), "albert", 100, 20, 0.5,
                      calls=1, chunks=1).record()
    clean = Opinion((), (), "albert", 80, 5, 0.125, calls=1, chunks=1).record()
    failed = SecondOpinionError("timeout", model="albert", calls=3).record()
    outcomes = [_outcome("d1", flagged), _outcome("d2", clean), _outcome("d3", failed),
                _outcome("d4", clean, reused=True), _outcome("d5", None)]
    s = audit_summary(outcomes)
    assert (s["asked"], s["clean"], s["flagged"], s["failed"], s["disagreements"]) == (4, 2, 1, 1, 1)
    assert s["categories"] == {"health": 1, "social": 1} and s["errors"] == {"timeout": 1}
    # tokens spent by this batch: the reused outcome cost nothing now
    assert (s["prompt_tokens"], s["completion_tokens"], s["calls"]) == (180, 25, 5)
    assert s["energy_wh"] == pytest.approx(0.625)
    assert audit_summary([_outcome("d5", None)]) == {}


def test_opinion_message_names_categories_and_evidence_keeps_one_per_category() -> None:
    evidence = (*(("health", i, i + 1) for i in range(12)), ("criminal", 50, 60))
    op = Opinion(("health", "criminal"), evidence, "m", 0, 0, 0.0)
    assert op.message() == "Le modèle souverain signale : santé, infractions pénales"
    kept = op.audit_evidence()
    assert len(kept) == 10 and ("criminal", 50, 60) in kept
