"""The embedded French summarizer: deterministic, offline, sentences of the source only."""

from __future__ import annotations

from aiguillage.summarize.base import is_trivial, split_passages, trivial_summary
from aiguillage.summarize.extractive import FRENCH_STOP_WORDS, ExtractiveSummarizer, content_words, rank

TEXT = (
    "Rapport d'activité 2023 du service des espaces verts\n\n"
    "Le service a entretenu 120 hectares d'espaces verts et planté 800 arbres dans les quartiers. "
    "La gestion différenciée des espaces verts a réduit de moitié la consommation d'eau d'arrosage. "
    "Les agents du service ont suivi une formation sur la gestion différenciée des espaces verts. "
    "Le marché de Noël a accueilli de nombreux visiteurs. "
    "Les priorités de l'année prochaine portent sur la désimperméabilisation des cours d'école. "
    "Les arbres plantés cette année seront suivis par le service des espaces verts pendant trois ans.\n"
    "Le service des espaces verts remercie les habitants."
)


def test_passages_have_exact_offsets() -> None:
    passages = split_passages(TEXT)
    assert len(passages) == 8
    assert TEXT[passages[0].start : passages[0].end] == "Rapport d'activité 2023 du service des espaces verts"
    for p in passages:
        chunk = TEXT[p.start : p.end]
        assert chunk == chunk.strip() and chunk
    assert [p.index for p in passages] == list(range(1, 9))


def test_split_keeps_abbreviations_and_numbers_together() -> None:
    text = "Le montant est de 3.5 millions d'euros. M. le maire signe l'arrêté n° 12. Fin."
    assert len(split_passages(text)) == 3


def test_summary_is_deterministic_and_made_of_source_sentences() -> None:
    s1 = ExtractiveSummarizer().summarize(TEXT)
    s2 = ExtractiveSummarizer().summarize(TEXT)
    assert s1.text == s2.text and s1.references == s2.references
    assert s1.method == "extractive" and s1.model.startswith("aiguillage-textrank-fr")
    assert 1 <= len(s1.references) <= 5
    for p in s1.references:
        assert " ".join(TEXT[p.start : p.end].split()).rstrip(".") in s1.text
    # the central theme wins, the off-topic sentence does not
    assert "espaces verts" in s1.text
    assert "marché de Noël" not in s1.text
    assert [p.start for p in s1.references] == sorted(p.start for p in s1.references)


def test_stop_words_and_pseudonym_labels_are_not_content() -> None:
    assert {"le", "la", "les", "des", "est", "été", "nous", "vous"} <= FRENCH_STOP_WORDS
    words = content_words("Le dossier de [PERSONNE_1] est complet et il a été transmis au service.")
    assert "personne" not in " ".join(words) and "le" not in words
    assert any(w.startswith("dossi") for w in words)


def test_rank_prefers_connected_sentences() -> None:
    words = [
        {"arbre", "service", "vert"},
        {"arbre", "service", "vert", "eau"},
        {"noel", "marche", "visiteur"},
    ]
    scores = rank(words)
    assert scores[2] < scores[0] and scores[2] < scores[1]


def test_trivial_documents_need_no_summary() -> None:
    short = "Avis de fermeture de la mairie le lundi 3 juin."
    assert is_trivial(short)
    assert not is_trivial(TEXT)
    s = trivial_summary(short)
    assert s.text == short and s.method == "trivial" and s.references[0].start == 0
