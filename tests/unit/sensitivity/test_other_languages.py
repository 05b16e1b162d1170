"""Documents written in other languages than French (letters from residents abroad, partners'
e-mails, notes mixing languages): the categories' wordings in those languages count about the person
a sentence names, a civility, a pronoun of a document that names someone or the first person of its
writer — never in a general statement; a French sentence is never read as another language; the
markings of other languages count as markings. Wordings differ from the benchmark's on purpose."""

from __future__ import annotations

import pytest
from aiguillage.sensitivity.subjects import foreign_language
from aiguillage.sensitivity.vocabulary import WORD

FACTS = [
    ("Sehr geehrte Damen und Herren, Herr Tobias Brandt ist seit Montag krankgeschrieben und liegt im "
     "Krankenhaus.", "health"),
    ("Estimados señores: la señora Carmen Ruiz está embarazada y no podrá viajar en marzo.", "health"),
    ("Gentili signori, il signor Paolo Ferri è stato arrestato ieri sera dalla polizia.", "criminal"),
    ("Bom dia, o senhor Joaquim Sousa fez um pedido de asilo e ainda espera a resposta.", "immigration"),
    ("Geachte heer, mevrouw Anke de Vries heeft een schriftelijke waarschuwing gekregen na haar "
     "functioneringsgesprek.", "appraisal"),
    ("Liebe Kolleginnen, ich heiße Jana Keller. Seit der Scheidung habe ich das alleinige Sorgerecht "
     "für meine Tochter.", "family"),
    ("Mi chiamo Luca Bianchi e da gennaio ho un permesso di soggiorno scaduto; sono ancora senza documenti.",
     "immigration"),
]
GENERAL = [
    "Alle Bürger können sich kostenlos über die Prävention von Krebs informieren.",
    "Campaña de prevención: todas las personas mayores de 50 años pueden hacerse la prueba.",
    "La campagna di prevenzione della malattia di Lyme è rivolta a tutti i cittadini.",
    "Informação para todos os residentes: como fazer um pedido de asilo em França.",
]
FRENCH = [
    "J'ai aujourd'hui un retard de loyer et mon propriétaire m'a dit qu'il allait envoyer un huissier.",
    "La maternité de Mauriac a réalisé 214 accouchements en 2023 et reste ouverte.",
    "Il a un rendez-vous à l'hôpital de jour le mardi et ne sera pas là.",
    "Mme Dupont a été hospitalisée à Málaga où elle réside depuis deux ans.",
]


@pytest.mark.parametrize(("text", "category"), FACTS)
def test_a_fact_about_a_person_in_another_language(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)


@pytest.mark.parametrize("text", GENERAL)
def test_topics_in_general_in_another_language_are_no_facts(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not categories(text)


@pytest.mark.parametrize("text", FRENCH)
def test_a_french_sentence_is_never_read_as_another_language(text: str) -> None:
    assert foreign_language([w.lower() for w in WORD.findall(text)]) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Er hat keine Aufenthaltserlaubnis und die Präfektur hat gegen ihn entschieden.", "de"),
        ("Le zecche vivono nei boschi, nei prati e nei giardini da aprile a ottobre.", "it"),
        ("Özellikle yaşlılar, bebekler ve dışarıda çalışanlar risk altındadır.", "tr"),
        ("He was admitted to hospital last week after a stroke.", "en"),
    ],
)
def test_the_language_of_a_sentence(text: str, code: str) -> None:
    lang = foreign_language([w.lower() for w in WORD.findall(text)])
    assert lang is not None and lang.code == code


def test_a_name_read_by_the_french_ner_in_a_foreign_sentence_must_look_like_one(categories) -> None:  # type: ignore[no-untyped-def]
    # the NER calls "hamile kadınlar" (pregnant women) a person: a group in a public notice
    text = (
        "Sıcak hava uyarısı. Özellikle yaşlılar, bebekler, hamile kadınlar ve kronik hastalar risk "
        "altındadır."
    )
    assert not categories(text)


BODY = "Betreff: Planung 2026\nDie Unterlagen für die Sitzung liegen bei.\n"


@pytest.mark.parametrize(
    "text",
    [
        "VERTRAULICH\n" + BODY,
        "NUR FÜR DEN DIENSTGEBRAUCH\n" + BODY,
        "RISERVATO – uso interno\nOggetto: piano 2026\nI documenti sono allegati.\n",
        "CONFIDENCIAL\nAsunto: plan 2026\nLos documentos van adjuntos.\n",
        "RESTRICTED – partners only – not for onward transmission\nSubject: work plan\nPlease find the "
        "documents attached.\n",
        "Strikt vertrouwelijk\nOnderwerp: planning 2026\nDe stukken zijn bijgevoegd.\n",
    ],
)
def test_markings_of_other_languages(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "marking" in categories(text)
