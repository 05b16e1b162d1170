"""Whose a term is, as the seventeenth session's fresh sets wrote it (dev46 penitentiary and
probation, dev47 ports, sea and coast), each case with its twin.

Advice to the reader ("ne pas communiquer vos coordonnées bancaires", "ne pas diffuser de rumeurs")
is no marking of the paper, while a request about what the paper tells ("merci de ne pas transmettre
le motif de l'arrêt") still is; a public service's own cost price ("le coût de revient du service
d'aide à domicile") is accounted for in public, a company's ("notre prix de revient") is its secret;
an institution a term names ("la directrice du centre de détention") is where staff work and "Mme la
juge de l'application des peines" an office, while
someone who is there ("son fils est au centre de détention") is held; the source of a table's figures
("source : tribunaux, SPIP") is a body; a party label beside a seat of a body's composition
("Représentant du département : M. X (divers droite)") is the mandate's, not a private member's; a
court decision published with its parties' names blanked ("les noms des parties ont été occultés")
names no one, the same decision with the names does.
"""

from __future__ import annotations

import pytest

NO_ONES = [
    ("Conseils aux usagers. Pour votre sécurité, ne pas communiquer vos coordonnées bancaires par "
     "téléphone : la mairie ne vous les demandera jamais. Contact : M. Paul Roy, accueil.", "marking"),
    ("Information aux habitants. Le public est invité à ne pas diffuser de rumeurs sur les réseaux "
     "sociaux et à consulter le site de la préfecture.", "marking"),
    ("Rapport d'observations définitives — CCAS de Lormeval\n\nLe service a réalisé 74 000 heures en "
     "2023. Le coût horaire de revient du service (31,20 €) excède le tarif de référence départemental "
     "(24,10 €).", "business_secret"),
    ("Compte rendu de la séance plénière du CLSPD\n\nÉtaient présents : M. le commandant de la compagnie "
     "de gendarmerie ; Mme la directrice du centre de détention de Breuil-les-Chaumes ; M. le maire.",
     "criminal"),
    ("Tableau de bord 2024 — données agrégées (source : tribunaux judiciaires de Montvallon et "
     "Sarlenque, SPIP)\n\nCondamnations prononcées en matière délictuelle : 2 941", "criminal"),
    ("COMPOSITION DU CONSEIL PORTUAIRE\n\nReprésentant du département : M. Pierre-Yves Cadiou (divers "
     "droite)\nReprésentants des professionnels : M. Patrick Cloarec (coopérative des pêcheurs)",
     "politics"),
    ("TRIBUNAL CORRECTIONNEL DE LANNEVEZ — JUGEMENT DU 4 JUILLET 2025\n(Version publiée — les noms des "
     "parties ont été occultés)\n\nPrévenu : M. [X], né en 1981. M. [X] est déclaré coupable et condamné à "
     "10 mois d'emprisonnement avec sursis.", "criminal"),
    ("Conseil d'évaluation de la maison d'arrêt — membres présents :\n— Mme la juge de l'application des "
     "peines ;\n— Mme la directrice de la maison d'arrêt et son adjoint ;\n— M. le maire de Montvallon.",
     "criminal"),
]
SOMEONES = [
    ("Bonjour Isabelle, Mme Claire Roux reprend lundi. Merci de ne pas communiquer le motif de l'arrêt "
     "aux équipes ; il suffit d'annoncer une reprise progressive.", "marking"),
    ("Note à Mme la directrice. Merci de ne pas transmettre ce courriel en dehors du service : il "
     "concerne la situation de M. Paul Roy.", "marking"),
    ("Madame la directrice, comme convenu, je vous précise les paramètres de notre projet : prix de "
     "revient 3 150 €/m2, prix de vente visé 4 200 €/m2. Ville de Salon, service urbanisme.",
     "business_secret"),
    ("Visite à domicile du 3 mars. Mme Claire Roux dit que son fils est au centre de détention de "
     "Breuil-les-Chaumes depuis le mois de mars ; elle va au parloir chaque samedi.", "criminal"),
    ("Tableau des adhérents. M. Paul Roy (source : fichier de l'association) a été condamné en 2023 pour "
     "vol.", "criminal"),
    ("Liste des bénévoles de l'association des riverains\n\nM. Pierre-Yves Cadiou, trésorier, militant "
     "divers droite, souhaite que sa sensibilité reste discrète.", "politics"),
    ("TRIBUNAL CORRECTIONNEL DE LANNEVEZ — JUGEMENT DU 4 JUILLET 2025\n\nPrévenu : M. Paul Roy, né en "
     "1981. M. Paul Roy est déclaré coupable et condamné à 10 mois d'emprisonnement avec sursis.",
     "criminal"),
    ("Note de la conseillère. M. Paul Roy a été convoqué devant le juge de l'application des peines le 3 "
     "mars ; il est suivi depuis sa sortie de la maison d'arrêt.", "criminal"),
]


@pytest.mark.parametrize(("text", "category"), NO_ONES)
def test_advice_public_costs_institutions_sources_and_seats_are_no_ones(  # type: ignore[no-untyped-def]
    categories, text: str, category: str
) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(("text", "category"), SOMEONES)
def test_their_twins_still_tell_of_someone(categories, text: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(text)
