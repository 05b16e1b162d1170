"""Finding values again (any spacing, any case, whole words) and completing table columns."""

from __future__ import annotations

from collections.abc import Callable

from aiguillage.anonymize.columns import column_findings
from aiguillage.anonymize.locate import find_spans, propagate
from aiguillage.anonymize.textslots import Slot, replace_in_slots
from aiguillage.records import Finding


def test_values_are_found_across_spacing_case_and_typography() -> None:
    text = "Dossier de JEAN\u00a0DUPONT ; jean  dupont a écrit ; Jean-Dupontel n'est pas lui."
    spans = find_spans(text, ["Jean Dupont"])
    assert [text[s:e].casefold().split() for s, e, _ in spans] == [["jean", "dupont"]] * 2


def test_every_other_occurrence_of_a_found_value_is_anonymized() -> None:
    text = "M. Martin Leroux demeure ici. LEROUX a signé. Les Lerouxville ne comptent pas."
    f = Finding("PERSON", 10, 16, 0.9, "t")
    extra = [g for g in propagate(text, [f]) if g.recognizer == "propagated"]
    assert [text[g.start:g.end] for g in extra] == ["LEROUX"]


def test_a_mostly_personal_table_column_is_completed() -> None:
    text = "Nom\tMontant\nDUMONT\t12 €\nPINTO\t30 €\nBOURDON\t8 €\nPONS\t9 €"
    found = [Finding("PERSON", text.index(n), text.index(n) + len(n), 0.8, "t")
             for n in ("DUMONT", "PINTO", "PONS")]
    extra = column_findings(text, found)
    assert [text[f.start:f.end] for f in extra] == ["BOURDON"]
    assert column_findings(text, found[:1]) == []  # one name in four: not a column of names


def test_replacement_keeps_every_slot_and_cuts_only_the_value() -> None:
    got: dict[int, str] = {}
    texts = ["Le dossier de ", "Bérénice ", "Castag", "nier", " est complet."]
    def setter(i: int) -> Callable[[str], None]:
        return lambda v: got.__setitem__(i, v)

    slots = [Slot(t, setter(i)) for i, t in enumerate(texts)]
    n = replace_in_slots(slots, {"Bérénice Castagnier": "[PERSONNE_1]"})
    assert n == 1
    assert got == {1: "[PERSONNE_1]", 2: "", 3: ""}  # first slot of the match gets the label


def test_a_first_name_found_alone_takes_the_surname_beside_it() -> None:
    from aiguillage.anonymize.names import extend_names

    text = "la cession à Mme Célina\nBlanchet, demeurant ici. M. Dupont Objet : rien."
    found = [Finding("PERSON", text.index(v), text.index(v) + len(v), 0.9, "t") for v in ("Célina", "Dupont")]
    assert [text[f.start:f.end] for f in extend_names(text, found)] == ["Célina\nBlanchet", "Dupont"]


def test_name_extension_stops_at_a_paragraph_break_and_keeps_particles() -> None:
    from aiguillage.anonymize.names import extend_names

    text = "Le Maire,\nClaudine DE OLIVEIRA\n\nAuthor: x"
    found = [Finding("PERSON", text.index(v), text.index(v) + len(v), 0.9, "t")
             for v in ("OLIVEIRA", "Author")]
    assert [text[f.start:f.end] for f in extend_names(text, found)] == ["Claudine DE OLIVEIRA", "Author"]
