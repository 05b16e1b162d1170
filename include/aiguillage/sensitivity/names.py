"""First names, from Faker's French lists (a declared dependency; offline data in its wheel)."""

from __future__ import annotations

from functools import lru_cache

from aiguillage.sensitivity.vocabulary import fold_text

FEMALE, MALE = "f", "m"


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    try:
        from faker.providers.person.fr_FR import Provider
    except ImportError:  # pragma: no cover - faker is a declared dependency
        return frozenset(), frozenset()
    return (
        frozenset(fold_text(n) for n in Provider.first_names_male),
        frozenset(fold_text(n) for n in Provider.first_names_female),
    )


@lru_cache(maxsize=1)
def gendered_first_names() -> dict[str, str]:
    """First names of one gender only (casefolded; "Camille" and "Dominique", given to both, are
    left out). Empty when Faker is missing: nothing is inferred from a name."""
    male, female = _lists()
    out = {n: MALE for n in male - female}
    out.update({n: FEMALE for n in female - male})
    return out


def is_first_name(word: str) -> bool:
    """A French first name ("Julie", "Kevin"): a capitalised word alone that names someone."""
    male, female = _lists()
    folded = fold_text(word)
    return folded in male or folded in female
