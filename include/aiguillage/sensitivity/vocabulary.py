"""Category vocabularies as data, and the matcher that finds their terms in a text.

Each category is a YAML file of ``data/`` (its legal basis, route reason, sources and terms) plus
optional term lists (``include``: one term a line, gzip) derived from resources made for the field
(the French CIM-10 labels and ATC drug names shipped in edsnlp). Terms are written once, as in
prose: the matcher folds case and accents, plural and feminine endings, and also tries each word's
lemma (simplemma), so "hospitalisées", "hospitalisé" and "HOSPITALISEE" all match "hospitalisé",
and "souffrait" matches "souffrir". Acronyms (RQTH, OQTF, AEMO…) match in capitals only.
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import regex
import yaml

DATA_PACKAGE = "aiguillage.sensitivity.data"
# An acronym followed by a number is part of a code ("TSA 50730" is a postal sorting code).
ACRONYM_CODE = regex.compile(r"[ \t]?[-/]?\d{3,}")
# Words, "©", and nothing else: hyphens and apostrophes separate words ("garde-à-vue", "d'asile").
WORD = regex.compile(r"[\p{L}\p{N}]+|©")
# Articles and prepositions are normalised, never dropped: "à la rue" is not "rue".
FUNCTION_WORDS = {
    "le": "le",
    "la": "le",
    "les": "le",
    "l": "le",
    "de": "de",
    "d": "de",
    "du": "de",
    "des": "de",
    "a": "a",
    "au": "a",
    "aux": "a",
}
CATEGORY_FILES = (
    "health",
    "religion",
    "union",
    "politics",
    "sexuality",
    "ethnicity",
    "genetic_biometric",
    "criminal",
    "social",
    "child_protection",
    "immigration",
    "family",
    "appraisal",
    "security",
    "business_secret",
    "ip",
)


def _fold_table() -> dict[int, str]:
    """Latin letters with diacritics (U+00C0-U+024F) to their base letter: one C-level translate."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c))
        if len(base) == 1 and base != chr(code):
            table[code] = base
    return table


_FOLD = _fold_table()


def fold(word: str) -> str:
    """Lower case, no diacritics, ligatures spelt out: what a hurried typist writes. One character
    stays one character except for the ligatures (œ, æ, ß), which callers that need offsets check."""
    w = word.lower().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    if w.isascii():
        return w
    w = w.translate(_FOLD)
    if w.isascii():
        return w
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def fold_text(text: str) -> str:
    """:func:`fold` that keeps every character's offset (ligatures and the rare letters whose lower
    case is longer stay as they are): for regular expressions whose offsets point into ``text``."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(_FOLD)


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """:func:`fold` for one word, remembered (a text repeats its words)."""
    return fold(word)


def stem(folded: str) -> str:
    """Plural and feminine endings off (both sides of a comparison use it): "placées" and "placé"
    meet at "plac"; short words are left as they are."""
    w = FUNCTION_WORDS.get(folded, folded)
    if len(w) > 4 and w[-1] in "sx":
        w = w[:-1]
    for _ in range(2):
        if len(w) > 4 and w[-1] == "e":
            w = w[:-1]
    return w


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> frozenset[str]:
    """The keys a word of a text is looked up under: its stem, and its lemma's stem."""
    low = word.lower()
    key = stem(fold_word(low))
    lem = _lemma(low)
    return frozenset((key, stem(fold(lem)))) if lem != low else frozenset((key,))


def _lemma(word: str) -> str:
    if len(word) < 4 or word.isdigit():
        return word
    import simplemma

    try:
        return str(simplemma.lemmatize(word, lang="fr"))
    except Exception:  # a lemmatizer failure only loses the lemma key, never the stem
        return word


@dataclass(frozen=True, slots=True)
class Term:
    category: str
    kind: str  # term | acronym | strong | weak | press | cue | foreign (a false friend: not in French)
    text: str
    keys: tuple[str, ...]  # one stem per word
    cased: bool = False  # must be written with its capitals (press titles, acronyms)
    accented: bool = False  # must be written with its accents: without them it is another word
    # its words as written (``WORD.findall(text)``), split once when the term is made
    spelt: tuple[str, ...] = field(default=(), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "spelt", tuple(str(w) for w in WORD.findall(self.text)))

    @property
    def words(self) -> list[str]:
        return list(self.spelt)


@dataclass(frozen=True, slots=True)
class Hit:
    """One term found in a text: character offsets, never the text itself."""

    category: str
    kind: str
    term: str
    start: int
    end: int


@dataclass(frozen=True)
class Category:
    code: str
    reason: str
    about: str  # person | any
    label: dict[str, str]
    legal_basis: str
    sources: tuple[str, ...]
    officials_exempt: bool = False
    size: int = 0
    officials_exempt_terms: frozenset[str] = frozenset()  # folded terms that do not count of an official
    # folded terms that name a profession ("addictologue", "assistante familiale"): a fact about
    # the patients or children it serves, none about the named person who practises it
    occupations: frozenset[str] = frozenset()
    # folded terms that tell a family fact only of someone's kin ("les obsèques de sa mère"): said of
    # the person herself (a tribute, a death notice, an archive's inventory) they tell no private life
    kin_only: frozenset[str] = frozenset()
    kin_words: frozenset[str] = frozenset()

    def exempts_officials(self, term: str) -> bool:
        return self.officials_exempt or fold(term) in self.officials_exempt_terms


@dataclass
class Vocabulary:
    """Every category's terms, indexed by the key of their first word."""

    categories: dict[str, Category] = field(default_factory=dict)
    index: dict[str, list[Term]] = field(default_factory=dict)
    acronyms: dict[str, list[Term]] = field(default_factory=dict)
    lexicon: dict[str, list[Term]] = field(default_factory=dict)
    patterns: list[tuple[str, regex.Pattern[str]]] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def add(self, term: Term) -> None:
        if term.kind == "acronym":
            self.acronyms.setdefault(term.text, []).append(term)
        elif term.kind == "lexicon":  # a drug or disease name: compared as written, plural aside
            self.lexicon.setdefault(fold(term.text), []).append(term)
        else:
            self.index.setdefault(term.keys[0], []).append(term)

    def _candidate(self, word: str) -> bool:
        return _candidate_of(self, word)

    def find(self, text: str) -> list[Hit]:
        """Every term of every category in ``text``, longest first where two start together."""
        hits: list[Hit] = []
        wanted = {w for w in set(WORD.findall(text)) if self._candidate(w)}
        tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)] if wanted else []
        if self.patterns:
            folded = fold_text(text)
            if len(folded) == len(text):
                for category, rx in self.patterns:
                    hits.extend(Hit(category, "pattern", rx.pattern, m.start(), m.end())
                                for m in rx.finditer(folded))
        for i, (start, end, word) in enumerate(tokens):
            if word not in wanted:
                continue
            if word in self.acronyms and word.isupper() and not ACRONYM_CODE.match(text, end):
                # "TSA 50730" is a postal sorting code, not a disorder
                hits.extend(Hit(t.category, t.kind, t.text, start, end) for t in self.acronyms[word])
            if self.lexicon:
                folded = fold_word(word)
                for term in (
                    self.lexicon.get(folded, ()) or self.lexicon.get(folded[:-1], ())
                    if folded[-1:] == "s"
                    else self.lexicon.get(folded, ())
                ):
                    if _agree(word, term.text) and not _compound(text, start, end, term):
                        hits.append(Hit(term.category, "term", term.text, start, end))
            # a term of several words needs its second word's key in the next word's keys (what
            # _match checks first of all after the bounds): terms that cannot match are passed over
            following = word_keys(tokens[i + 1][2]) if i + 1 < len(tokens) else frozenset()
            for key in sorted(word_keys(word)):  # sorted: the same hits in the same order every run
                for term in self.index.get(key, ()):
                    if len(term.keys) > 1 and term.keys[1] not in following:
                        continue
                    stop = _match(term, tokens, i)
                    if stop is not None and not (len(term.keys) == 1 and _compound(text, start, end, term)):
                        hits.append(Hit(term.category, term.kind, term.text, start, tokens[stop][1]))
        return hits


def _candidate_of(vocab: Vocabulary, word: str) -> bool:
    """Whether ``word`` can start a term (the cheap test run once per distinct word)."""
    if word in vocab.acronyms:
        return True
    if vocab.lexicon:
        folded = fold_word(word)
        if folded in vocab.lexicon or (folded[-1:] == "s" and folded[:-1] in vocab.lexicon):
            return True
    return any(k in vocab.index for k in word_keys(word))


def _compound(text: str, start: int, end: int, term: Term) -> bool:
    """A one-word term inside a hyphenated compound is another word: "rond-point" holds no "ronde"."""
    if "-" in term.text:
        return False
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] == "-" and after[1].isalpha()) or (
        len(before) == 2 and before[1] == "-" and before[0].isalpha()
    )


def accents_agree(written: str, term: str) -> bool:
    """Whether a word written with accents is the term's word and not its homograph once folded:
    "gêne" is not "gène", "côte" is not "cote". A word written without accents may be either."""
    for a, b in zip(written.lower(), term.lower(), strict=False):
        if a != b and fold(a) != a:
            return False
        if fold(a) != fold(b):
            break  # the inflection starts: the stems were compared already
    return True


# accents_agree remembered: a pure function of two words, asked again for every repeated word.
_agree = lru_cache(maxsize=200_000)(accents_agree)


def _match(term: Term, tokens: list[tuple[int, int, str]], i: int) -> int | None:
    """Index of the last token of ``term`` matched at token ``i``, or None."""
    n = len(term.keys)
    if i + n > len(tokens):
        return None
    words = term.spelt
    for j in range(n):
        if j and term.keys[j] not in word_keys(tokens[i + j][2]):
            return None
        if j < len(words) and not _agree(tokens[i + j][2], words[j]):
            return None
        if term.accented and fold_word(tokens[i + j][2]) == tokens[i + j][2].lower():
            return None  # "jeunes" written plain is the adjective, not "jeûne"
    if term.cased:
        for j, word in enumerate(words):
            if word[:1].isupper() and not tokens[i + j][2][:1].isupper():
                return None
    return i + n - 1


def term_keys(text: str) -> tuple[str, ...]:
    """A term's words as the matcher compares them (each word's plain stem)."""
    return tuple(stem(fold(w)) for w in WORD.findall(text))


def _read(name: str) -> bytes:
    return resources.files(DATA_PACKAGE).joinpath(name).read_bytes()


def load_yaml(name: str) -> dict[str, Any]:
    return dict(yaml.safe_load(_read(name)) or {})


def _terms(category: str, kind: str, words: list[Any], cased: bool = False) -> Iterator[Term]:
    for w in words or ():
        text = str(w).strip()
        keys = term_keys(text)
        if keys:
            yield Term(category, kind, text, keys, cased, _homograph(text))


def _homograph(text: str) -> bool:
    """A one-word term whose accents make it a different word from its plain spelling: "jeûne"
    (fasting) is not "jeune" (young); "hospitalisé" and "hospitalise" share a lemma and may meet."""
    low = text.lower()
    plain = fold(low)
    if " " in low or plain == low or plain not in _common_words() or low.rstrip("s").endswith(("é", "ée")):
        return False  # a participle without its accent is still the same verb ("divorce" → "divorcé")
    return _lemma(plain) != _lemma(low)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The detector's lexicon of ordinary French words (shipped data, read once)."""
    data = resources.files("aiguillage.detect").joinpath("data", "common_words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """The shipped vocabularies (read once per process: they are data, never changed at run time)."""
    vocab = Vocabulary()
    for code in CATEGORY_FILES:
        spec = load_yaml(f"{code}.yaml")
        terms: list[Term] = []
        terms += _terms(code, "term", spec.get("terms") or [])
        # documents written in English or another language; a word French writes with another
        # meaning ("parole", "adoption") counts only in a sentence of that language
        false_friends = {fold(str(w)) for w in spec.get("false_friends") or ()}
        for key in ("english", "other_languages"):
            words = [str(w) for w in spec.get(key) or ()]
            terms += _terms(code, "term", [w for w in words if fold(w) not in false_friends])
            terms += _terms(code, "foreign", [w for w in words if fold(w) in false_friends])
        terms += _terms(code, "strong", spec.get("strong") or [])
        terms += _terms(code, "press", spec.get("press") or [], cased=True)
        terms += _terms(code, "not", spec.get("not") or [])
        for inc in spec.get("include") or ():
            lines = gzip.decompress(_read(inc)).decode("utf-8").splitlines()
            terms += _terms(code, "lexicon", [ln for ln in lines if ln and not ln.startswith("#")])
        for acr in spec.get("acronyms") or ():
            terms.append(Term(code, "acronym", str(acr), (str(acr),), True))
        for t in terms:
            vocab.add(t)
        vocab.patterns += [(code, regex.compile(str(p))) for p in spec.get("patterns") or ()]
        vocab.categories[code] = Category(
            code=code,
            reason=str(spec["reason"]),
            about=str(spec.get("about", "person")),
            label={str(k): str(v) for k, v in (spec.get("label") or {}).items()},
            legal_basis=str(spec.get("legal_basis", "")),
            sources=tuple(spec.get("sources") or ()),
            officials_exempt=bool(spec.get("officials_exempt", False)),
            officials_exempt_terms=frozenset(fold(str(t)) for t in spec.get("officials_exempt_terms") or ()),
            occupations=frozenset(fold(str(t)) for t in spec.get("occupations") or ()),
            kin_only=frozenset(fold(str(t)) for t in spec.get("kin_only") or ()),
            kin_words=frozenset(fold(str(t)) for t in spec.get("kin_words") or ()),
            size=len(terms),
        )
        vocab.data[code] = spec
    return vocab
