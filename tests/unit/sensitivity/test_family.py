"""family: sensitive facts about a person in several wordings, and the traps that are not."""

from __future__ import annotations

import pytest

POSITIVES = [
    "M. Olivier Guérin et Mme Élodie Guérin contestent le refus d'agrément ; l'enquête a relevé des tensions "
    "conjugales, le couple ayant traversé une période de séparation en 2023.",
    "M. et Mme Lenoir suivent une thérapie de couple depuis l'automne.",
    (
        "Extrait d'ordonnance\n\nEntre : Mme Julie Faure, demeurant à Niort\nEt : M."
        " Kevin Roy, demeurant à Poitiers\n\nLa résidence de l'enfant est fixée chez la"
        " mère ; le père exercera un droit de visite."
    ),
    "Mme Sarah Levy a conclu un PACS avec M. Thomas Roux.",
    "M. Julien Faure est en instance de divorce et sollicite la garde alternée.",
    # told by its circumstances
    "Madame,\nDepuis l'été, M. Loïc Tanguy ne vit plus avec nous ; les enfants vont chez lui un "
    "week-end sur deux.",
    "Fiche famille\nDéclarant : Mme Inès Charpentier\nNature du changement : M. Paul Gros ne fait "
    "plus partie du foyer.",
    "Bonjour,\nMaman nous a quittés dimanche ; je serai absente jusqu'au jeudi.",
    "Courriel\nSylvie Maret sera absente jeudi : son frère nous a quittés samedi, la cérémonie est à Blois.",
    # a death in someone's family (not the death of the person spoken of: see the traps)
    "Mme Nadia Leroy, dont le mari est décédé en mars, sollicite un délai pour la cantine.",
    "M. Karim Saïdi a assisté le 3 mars aux obsèques de sa mère à Oran.",
    "Madame, Monsieur,\nJe n'ai pas pu payer à temps : mon mari est parti en juillet en vidant le "
    "compte joint."
    "\nFabienne Mercadier",
    "Bonjour,\nDepuis que mon compagnon a quitté le domicile, je règle seule le loyer.\nSandra Ollier",
]
TRAPS = [
    # a civil designation in a notice or a land register, a licence given back
    "Propriétaire des murs : Mme Geneviève BOUGEARD veuve ROLLAND, 3 bis rue de la Ferronnerie, Dinan.",
    "Annonce légale\nMme Jeanne LE GALL, née à Lesneven le 14/07/1931, veuve de Monsieur Auguste "
    "KERAUDREN, demeurant à Brest.",
    "M. Nuno MOREIRA — autorisation n° A 19 029 0217 0. Retrait d'agrément à la demande de "
    "l'exploitant (cessation d'activité).",
    "Le rapport est adopté à l'unanimité des membres présents.",
    # a public figure's death is public
    "Délibération\nM. le Maire expose : Jean Caradec, maire de Ploërmel de 1983 à 2008, nous a "
    "quittés le 2 mai.",
    # a tribute to a former official: a public figure's death, told as the commune tells it
    "HOMMAGE\nRoger Lafitte (1938-2025), maire de 1983 à 2008\n\nRoger Lafitte nous a quittés le 4 décembre.",
    "Minute de silence pour Mme Lucienne Charpentier, adjointe à la culture de 1989 à 2001, décédée.",
    # anyone's death told of the person herself: a tribute, a death notice, an archive's inventory, a
    # widow's name (the GDPR does not protect the dead, recital 27; death records are communicable)
    "M. Paul Roux, électricien, nous a quittés le 4 décembre ; ses obsèques auront lieu jeudi.",
    "Le docteur Marcel Bouvier nous a quittés le 28 mai, à l'âge de 89 ans.",
    "Fonds Chanut : Louise Perraud épouse Chanut (née à Romanèche en 1880, décédée à Mâcon en 1961), "
    "institutrice.",
    "Modalités d'entrée : don de Mme Geneviève Perraud, veuve Chanut, demeurant à Mâcon, en 2024.",
    "Je vous prie d'agréer mes salutations.\nRaymonde Ducroux (veuve de René Ducroux)",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_fact_about_a_person(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "family" in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_topic_or_organisation_is_not_a_fact(categories, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "family" not in categories(text)
