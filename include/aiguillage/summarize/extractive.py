"""The embedded summarizer: TextRank over sentences, French stop words, no model, no network.

Deterministic (same text, same summary), offline, a few milliseconds per document. It only
selects sentences of the source, so it cannot invent data; the selected sentences are the
passage references. Used whenever no public endpoint is configured.
"""

from __future__ import annotations

import math
import re
import time
import unicodedata

from aiguillage.summarize.base import Passage, Summary, split_passages

MODEL_NAME = "aiguillage-textrank-fr/1"

_STOP_WORDS = """
a à ai aie aient aies ait al alors as au aucun aucune aupres auprès aura
aurai auraient aurais aurait auras aurez auriez aurions aurons auront aussi autre autres aux avaient
avais avait avant avec avez aviez avions avoir avons ayant ayez ayons bon c ça car ce ceci cela celle
celles celui cependant certain certaine certaines certains ces cet cette ceux chacun chacune chaque chez
ci comme comment d dans de des deux devant doit donc dont du elle elles en encore entre es est et étaient
étais était étant été êtes étiez étions être eu eue eues eûmes eurent eus eusse eussent eusses eussiez
eussions eut eût eûtes eux fait faites fois font furent fus fusse fussent fusses fussiez fussions fut fût
fûtes hors ici il ils j je jusqu jusque l la le les leur leurs lors lorsque lui m ma mais me même mêmes
mes moi moins mon n ne ni non nos notre nous on ont or ou où par parce pas peu peut plus pour pourquoi qu
quand que quel quelle quelles quels qui quoi s sa sans se sera serai seraient serais serait seras serez
seriez serions serons seront ses si sien sienne soi soient sois soit sommes son sont sous soyez soyons
suis sur t ta tandis te tel telle telles tels tes toi ton tous tout toute toutes très tu un une unes uns
v vers voici voilà vos votre vous vu y monsieur madame mme mlle m. article considérant
"""
FRENCH_STOP_WORDS = frozenset(_STOP_WORDS.split())

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿœŒæÆ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ÿœŒæÆ]+)*")
_LABEL = re.compile(r"\[[A-Z_]+(?:_\d+)?\]|\b[A-Z]{3,}(?:_[A-Z]+)*_\d+\b")

DAMPING = 0.85
ITERATIONS = 60
MAX_SENTENCES = 5
MAX_CHARS = 900
MAX_RANKED = 600  # sentences ranked in a very long document (the first ones: the substance comes early)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


def _stem(word: str) -> str:
    """A light French stem: fold accents, drop plural and a few frequent suffixes."""
    w = _fold(word)
    for suffix in (
        "ements",
        "ement",
        "ations",
        "ation",
        "ements",
        "ances",
        "ance",
        "euses",
        "euse",
        "eux",
        "ites",
        "ite",
        "ives",
        "ive",
        "es",
        "s",
        "x",
        "e",
    ):
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content_words(sentence: str) -> set[str]:
    """Stems of the meaningful words of a sentence (stop words and pseudonym labels removed)."""
    words = _WORD.findall(_LABEL.sub(" ", sentence))
    out: set[str] = set()
    for w in words:
        for piece in re.split(r"['’]", w):
            if (
                len(piece) > 2
                and piece.casefold() not in FRENCH_STOP_WORDS
                and _fold(piece) not in FRENCH_STOP_WORDS
            ):
                out.add(_stem(piece))
    return out


def _similarity(a: set[str], b: set[str]) -> float:
    """TextRank's overlap normalised by sentence lengths (Mihalcea & Tarau, 2004)."""
    if len(a) < 2 or len(b) < 2:
        return 0.0
    common = len(a & b)
    return common / (math.log(len(a)) + math.log(len(b))) if common else 0.0


def rank(words: list[set[str]]) -> list[float]:
    """PageRank scores of sentences on the similarity graph (power iteration, fixed steps).

    The graph is sparse: only sentences sharing a word are compared (inverted index), so a long
    document costs far less than all pairs."""
    n = len(words)
    if n == 0:
        return []
    index: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        for w in ws:
            index.setdefault(w, []).append(i)
    edges: list[dict[int, float]] = [{} for _ in range(n)]
    for i, ws in enumerate(words):
        neighbours = {j for w in ws for j in index[w] if j > i}
        for j in neighbours:
            sim = _similarity(ws, words[j])
            if sim > 0:
                edges[i][j] = edges[j][i] = sim
    out_sum = [sum(e.values()) for e in edges]
    scores = [1.0 / n] * n
    for _ in range(ITERATIONS):
        incoming = [0.0] * n
        for j, e in enumerate(edges):
            if out_sum[j] > 0:
                share = scores[j] / out_sum[j]
                for i, weight in e.items():
                    incoming[i] += weight * share
        scores = [(1 - DAMPING) / n + DAMPING * x for x in incoming]
    return scores


def _sentence(passage: str) -> str:
    """One line per passage, closed by a full stop when it was a heading."""
    flat = " ".join(passage.split())
    return flat if flat[-1:] in '.!?…:;»")' else flat + "."


class ExtractiveSummarizer:
    """Selects the best-ranked sentences, in document order."""

    def __init__(self, max_sentences: int = MAX_SENTENCES, max_chars: int = MAX_CHARS) -> None:
        self.max_sentences = max_sentences
        self.max_chars = max_chars

    @property
    def model(self) -> str:
        return MODEL_NAME

    @property
    def model_class(self) -> str:
        return "extractive-local"

    @property
    def generative(self) -> bool:
        return False

    def summarize(self, text: str) -> Summary:
        started = time.process_time()
        passages = split_passages(text)
        candidates = [p for p in passages if len(content_words(text[p.start : p.end])) >= 3] or passages
        candidates = candidates[:MAX_RANKED]
        words = [content_words(text[p.start : p.end]) for p in candidates]
        scores = rank(words)
        # position breaks ties: the administrative "objet" usually comes first
        order = sorted(range(len(candidates)), key=lambda i: (-round(scores[i], 12), i))
        want = min(self.max_sentences, max(1, math.ceil(len(candidates) * 0.25)))
        chosen: list[Passage] = []
        size = 0
        for i in order:
            p = candidates[i]
            length = p.end - p.start
            if chosen and size + length > self.max_chars:
                continue
            chosen.append(p)
            size += length
            if len(chosen) >= want:
                break
        chosen.sort(key=lambda p: p.start)
        summary = " ".join(_sentence(text[p.start : p.end]) for p in chosen)
        return Summary(
            summary, tuple(chosen), "extractive", MODEL_NAME, cpu_seconds=time.process_time() - started
        )
