"""A person's name written in the script of their country, where the text says it is a name: in
brackets right after the name in Latin letters in any script (Tamil, Bengali, Amharic, Sinhala,
Khmer… as well as Arabic or Cyrillic: "M. Arjun Selvarajah (அர்ஜுன் செல்வராஜா)"), after a label
that names the script ("nom en arabe : ليلى حداد منصور", "prénom en cyrillique : Олена") and in
quotation marks after "sous la forme", "s'écrit", "orthographié" when the clause is about a name
("Le nom du père figure sur la tazkira sous la forme « احمد شاه صافی »"; not "La ville s'écrit
« Київ »")."""

from __future__ import annotations

from typing import Any, ClassVar

from presidio_analyzer import Pattern, RecognizerResult

from aiguillage.detect.recognizers._base import FrPatternRecognizer
from aiguillage.detect.recognizers.person_cjk import after_words

_S = r"[ \u00a0]"
# a letter of any script but Latin and the CJK scripts (:mod:`person_cjk` reads those), and the
# marks written inside its words (Tamil, Devanagari, Bengali vowel signs are marks)
_NOT_LATIN = r"(?![\p{Latin}\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}])"
_WORD = rf"{_NOT_LATIN}\p{{L}}(?:{_NOT_LATIN}[\p{{L}}\p{{M}}]|[\u200c\u200d'’-])*"
_RUN = rf"{_WORD}(?:{_S}+{_WORD}){{0,5}}"
# a language or a script named after "en", "in", "en caractères"
_SCRIPT_WORD = (r"(?:arabe|persan|farsi|dari|pachto|ourdou|h[ée]breu|cyrillique|russe|ukrainien|bulgare|serbe"
                r"|grec|arm[ée]nien|g[ée]orgien|amharique|amharic|tigrigna|tigrinya|tigrinia|gu[èe]ze|ge['’]ez|oromo|tamoul|hindi|bengali|n[ée]palais|pendjabi"
                r"|cinghalais|tha[iï]|khmer|lao|birman|tib[ée]tain|tifinagh|berb[èe]re|amazighe?|syriaque"
                r"|caract[èe]res?(?:{_S}+\p{{L}}+)?|alphabet{_S}+\p{{L}}+|[ée]criture{_S}+\p{{L}}+|script"
                r"|langue{_S}+\p{{L}}+|(?:the{_S}+)?(?:arabic|cyrillic|native|original){_S}+script)")
_NAME_LABEL = (rf"(?<![\w])(?i:(?:nom|pr[ée]noms?|noms?{_S}+et{_S}+pr[ée]noms?|name)(?:{_S}+(?:complet|d['’]usage"  # noqa: E501
               rf"|de{_S}+naissance|du{_S}+p[èe]re|de{_S}+la{_S}+m[èe]re|[ée]crits?|transcrits?|original))?"
               rf"{_S}+(?:en|in){_S}+{_SCRIPT_WORD})")


class FrNativeScriptNameRecognizer(FrPatternRecognizer):
    """A name in a script other than Latin where its place says it is one (module docstring).

    Legal basis: RGPD art. 4(1): a name identifies its holder in any script.
    """

    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("NATIVE_SCRIPT_AFTER_NAME",
                rf"(?<=\p{{Lu}}[\p{{L}}'’-]+{_S}+\p{{Lu}}[\p{{L}}'’-]+{_S}*\({_S}*){_RUN}(?={_S}*\))", 0.6),
        Pattern("NATIVE_SCRIPT_AFTER_LABEL",
                rf"(?={_NOT_LATIN}\p{{L}})(?<={_NAME_LABEL}{_S}*[:：]?{_S}*[«\"“(]?{_S}*){_RUN}", 0.7),
        Pattern("NATIVE_SCRIPT_SPELT",
                rf"(?<=(?<![\w])(?i:nom|pr[ée]noms?|name|patronyme)(?<!\bno)[^.;!?\n«»]{{0,60}}?(?<![\w])"
                rf"(?i:sous{_S}+la{_S}+forme|s['’][ée]crit|orthographi[ée]e?|transcrit)"
                rf"{_S}*[:：]?{_S}*[«\"“]{_S}*){_RUN}(?={_S}*[»\"”])", 0.65),
    ]
    CONTEXT: ClassVar[list[str]] = []

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not after_words(text, r)]
