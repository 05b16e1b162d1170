# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev2 set of the personal-data leak benchmark (``corpus/dev2``): documents and labels.

Same conventions as ``build_files.py`` (whose helpers it uses): a personal value is written
``⟦kind:text⟧``, an official kept in clear ``⟦off:text⟧``; the script writes the files without the
marks and their lines in ``corpus/dev2/labels.jsonl``. Unlike dev and holdout, the .txt documents of
dev2 are written here too, with their marks, so that a label can never drift from its text.

dev2 was written after the piileak round, before its author read the recognizers, to bring shapes the
dev set lacks: every way a notary, a PLU enquiry, a land-sale deliberation or a building permit writes
a parcel (prefixes, numbers before sections, ranges, parts, divisions, Alsace-Moselle sections, tables);
addresses without a number, lieux-dits, named farms and houses, rural roads, foreign addresses with
the number after the street, "au 3 de l'impasse", Grand'Rue, building/staircase/floor/door
descriptors, post-office boxes; nicknames, particles, maiden names, names in lower case in e-mails,
signatures; plates, phones, ages, birth dates and held numbers in new shapes. Every document is meant
to be published once anonymized (route public): none holds a sensitive fact.

Run: .venv/bin/python bench/pii/build_dev2_files.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_files import CORPUS, build_docx, build_html, check, unmark

SET = "dev2"


def build_txt(path: Path, text: str) -> tuple[list[dict[str, str]], list[str]]:
    values: list[dict[str, str]] = []
    officials: list[str] = []
    path.write_text(unmark(text.strip("\n") + "\n", values, officials), encoding="utf-8")
    return values, officials


def in_core_properties(folder: Path, problem: str) -> bool:
    """A value written only in a .docx's author or title property (``check`` reads the body)."""
    name, _, rest = problem.partition(": value ")
    path = folder / name.split("/", 1)[1]
    if path.suffix != ".docx" or not rest.endswith(" not in the text"):
        return False
    from docx import Document

    props = Document(str(path)).core_properties
    value = rest.removesuffix(" not in the text")[1:-1]
    return value in (props.author or "") or value in (props.title or "")


def build_set(name: str, txt: dict[str, str], html: dict[str, dict[str, str]],
              docx: dict[str, dict[str, Any]]) -> int:
    """Write the documents of set ``name`` and their ``labels.jsonl``, check every label against
    its document, print the counts per kind; 1 if a label is not found."""
    folder = CORPUS / name
    folder.mkdir(parents=True, exist_ok=True)
    rows: dict[str, dict[str, Any]] = {}
    built = ([(f, build_txt(folder / f, t)) for f, t in txt.items()]
             + [(f, build_html(folder / f, h)) for f, h in html.items()]
             + [(f, build_docx(folder / f, d)) for f, d in docx.items()])
    for fname, (values, officials) in built:
        rows[fname] = {"file": fname, "values": values, "officials": officials, "route": "public"}
    (folder / "labels.jsonl").write_text(
        "".join(json.dumps(rows[k], ensure_ascii=False) + "\n" for k in sorted(rows)), encoding="utf-8")
    problems = [p for p in check(folder, rows) if not in_core_properties(folder, p)]
    kinds: dict[str, int] = {}
    for row in rows.values():
        for v in row["values"]:
            kinds[v["kind"]] = kinds.get(v["kind"], 0) + 1
    print(f"{name}: {len(rows)} documents, {sum(kinds.values())} values, "
          f"{sum(len(r['officials']) for r in rows.values())} officials")
    print("  " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1])))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["n01_dia_vente_maison.txt"] = """
COMMUNE DE PLOEMEL — DÉCLARATION D'INTENTION D'ALIÉNER (DIA) N° 056 161 26 00014
Accusé de réception et décision du titulaire du droit de préemption

Propriétaires vendeurs : ⟦p:M. Yves-Marie LE DORTZ⟧, né à Auray le ⟦bd:17 juin 1958⟧, et ⟦p:Mme Annick LE DORTZ née GUÉGUEN⟧, née le ⟦bd:premier avril mil neuf cent soixante⟧, demeurant ensemble ⟦a:Kerzo, route de Carnac⟧, 56400 Ploemel.
Acquéreurs pressentis : ⟦p:M. Niels VAN DEN BROECK⟧ et ⟦p:Mme Saskia VAN DEN BROECK-DE SMET⟧, demeurant ⟦a:Kortrijksesteenweg 412, 9000 Gent (Belgique)⟧.
Notaire chargé de la vente : ⟦off:Maître Hélène Rio⟧, notaire à Auray.

Désignation du bien : une maison d'habitation avec jardin, figurant au cadastre sous les références ⟦cad:000 ZH 112⟧ et ⟦cad:000 ZH 113⟧, lieudit « Kerzo », pour une contenance totale de 14 a 52 ca.

Décision : la commune renonce à exercer son droit de préemption sur le bien désigné ci-dessus.
Fait à Ploemel, le 9 février 2026. Le maire, ⟦off:Gildas Le Bayon⟧
"""

TXT["n02_registre_enquete_plu.txt"] = """
ENQUÊTE PUBLIQUE SUR LA RÉVISION DU PLAN LOCAL D'URBANISME DE SAINT-GENIS-DES-FONTAINES
Synthèse des observations du registre papier (permanences des 3, 12 et 21 octobre 2026)

R1 — ⟦p:M. et Mme Gérard et Josiane Puig-Serra⟧, ⟦a:Mas d'en Pagès⟧, demandent que leur terrain cadastré ⟦cad:234 section B⟧ reste en zone agricole.
R2 — ⟦p:M. Jordi Casals i Ferrer⟧ (⟦a:lieu-dit La Coma⟧) conteste le classement en zone naturelle des ⟦cad:parcelles B 1201 à B 1205⟧.
R3 — ⟦p:Mme Marie-Pierre de Las Cases⟧ demande l'extension de la zone UB sur la ⟦cad:parcelle AH 87p⟧ (pour partie, environ 900 m²).
R4 — ⟦p:M. Francis Bousquet⟧, domicilié ⟦a:hameau de Vilarmilà⟧, signale que la ⟦cad:parcelle n° 412 de la section C⟧ est inondable.
R5 — ⟦p:Mlle Inès Ben Ammar⟧, ⟦a:Le Bourg, 3 carrer de la Font⟧, est favorable au projet de voie verte.
R6 — ⟦p:M. Thierry Cazeneuve⟧ demande la constructibilité de son terrain (références ⟦cad:ZK0056⟧ et ⟦cad:ZK0057⟧).

Le commissaire enquêteur, ⟦off:M. Raymond Sarda⟧, rendra son rapport dans un délai d'un mois.
"""

TXT["n03_deliberation_cession_delaisse.txt"] = """
COMMUNE DE VILLEMOUSTAUSSOU — EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 14 avril 2026 — Délibération n° 2026-027

Objet : cession d'un délaissé de voirie

Monsieur le Maire expose que ⟦p:M. et Mme Lucien et Mireille Escande⟧, propriétaires riverains demeurant ⟦a:au 3 de l'impasse des Tilleuls⟧, ont sollicité l'acquisition d'un délaissé de voirie jouxtant leur propriété. Ce délaissé, déclassé du domaine public par délibération du 2 février 2026, est désormais cadastré ⟦cad:section AB n° 456⟧ pour 48 m².
Le service des Domaines a estimé sa valeur vénale à 1 440 €.

Le conseil municipal, après en avoir délibéré, à l'unanimité :
- décide de céder la ⟦cad:parcelle AB 456⟧ à ⟦p:M. et Mme Escande⟧ au prix de 1 440 €, les frais d'acte étant à la charge des acquéreurs ;
- précise que la parcelle communale AB 450, qui supporte le parking de l'école, reste dans le domaine public ;
- autorise le maire à signer l'acte en l'étude de ⟦off:Maître Paul Fabre⟧, notaire à Carcassonne.

Pour extrait conforme. Le maire, ⟦off:Régis Banquet⟧
"""

TXT["n04_arrete_permis_construire.txt"] = """
ARRÊTÉ N° PC 071 245 26 T0009 ACCORDANT UN PERMIS DE CONSTRUIRE
délivré par le maire au nom de la commune de Jugy

Demandeur : ⟦p:M. Baudouin de Montcorbier⟧
Adresse du demandeur : ⟦a:Le Moulin de la Roche⟧, 71240 Jugy
Terrain : ⟦a:lieu-dit Les Combes⟧, parcelles cadastrées ⟦cad:ZB 23⟧ et ⟦cad:ZB 24⟧ (références cadastrales ⟦cad:000 ZB 0023⟧ et ⟦cad:000 ZB 0024⟧), superficie 2 310 m²
Nature des travaux : extension d'une grange en habitation, surface de plancher créée 86 m²

Le maire,
Vu la demande de permis de construire déposée le 6 janvier 2026 ;
Vu le plan local d'urbanisme intercommunal ;
ARRÊTE
Article 1 : le permis de construire est ACCORDÉ.
Article 2 : les eaux pluviales seront infiltrées sur la parcelle.

Fait à Jugy, le 2 mars 2026. Le maire, ⟦off:Colette Perrin⟧
"""

TXT["n05_certificat_urbanisme.txt"] = """
CERTIFICAT D'URBANISME D'INFORMATION — CUa 035 281 26 00031

Demandeur : ⟦off:SCP Ménard et Guillou⟧, notaires, pour le compte de ⟦p:Mme Katell Derrien-Bothorel⟧
Terrain :
  Adresse : ⟦a:La Ville-Ès-Brets⟧, 35430 Saint-Jouan-des-Guérets
  Références cadastrales :   Section : AE   Numéro : ⟦cad:312⟧   Superficie : 845 m²
  Section : AE   Numéro : ⟦cad:313⟧   Superficie : 102 m²
Propriétaire actuel : ⟦p:M. Loïc Bothorel⟧, domicilié ⟦a:4, venelle du Puits-Sauvage⟧, 35400 Saint-Malo

Le terrain est situé en zone UC du plan local d'urbanisme. Il est grevé d'une servitude de passage de canalisation.
Fait à Saint-Jouan-des-Guérets le 17 mars 2026, pour le maire et par délégation, ⟦off:Jean-Luc Bouvier⟧, adjoint
"""

TXT["n06_alsace_livre_foncier.txt"] = """
Mairie de Wintzenheim — Service urbanisme

Objet : échange de terrains entre particuliers — information des riverains du chemin du Letzenberg

Par acte du 22 mai 2026, ⟦p:M. Florian Kieffer-Schmitt⟧ et ⟦p:Mme Odile Kieffer-Schmitt⟧ cèdent à ⟦p:M. Matthias Oberlé⟧, domicilié ⟦a:Hauptstraße 15, 79098 Freiburg im Breisgau⟧ (Allemagne), le terrain inscrit au livre foncier de Wintzenheim, ⟦cad:section 12 parcelle 345/67⟧, en échange de la ⟦cad:parcelle n° 89/12 de la section 14⟧.
Ces parcelles, au lieudit Letzenberg, sont classées en zone viticole.

Les riverains qui souhaitent des informations sur le nouveau tracé du chemin peuvent consulter le plan en mairie.
⟦off:Mme Christine Fuchs⟧, adjointe à l'urbanisme
"""

TXT["n07_division_parcellaire.txt"] = """
DÉCLARATION PRÉALABLE DE DIVISION — DP 044 190 26 00087 — NON-OPPOSITION

Déclarante : ⟦p:Mme Bénédicte Le Floch d'Argentré⟧, ⟦a:16 ter boulevard de la Prairie au Duc⟧, 44200 Nantes
Projet : division de la ⟦cad:parcelle AT 123⟧ en deux lots à bâtir : le lot A, futur ⟦cad:AT 456⟧ (512 m²), et le lot B, futur ⟦cad:AT 457⟧ (498 m²).
Accès : par la voie privée desservant déjà les ⟦cad:parcelles AT 124 et 125⟧, propriété de ⟦p:M. Hubert Audrain⟧.

La commune ne s'oppose pas à la déclaration préalable.
À Saint-Sébastien-sur-Loire, le 3 juin 2026. Le maire, ⟦off:Laurent Turquois⟧
"""

TXT["n08_courriel_minuscules.txt"] = """
De : ⟦e:jm.dupuis56@orange.fr⟧
À : accueil@mairie-questembert.fr
Objet : container poubelle cassé

bonjour,
c'est ⟦p:jean-marc dupuis⟧ du ⟦a:5 allée des pins⟧, le couvercle de notre container jaune est cassé depuis la collecte de mardi. est-ce que vous pouvez en livrer un neuf ? ma voisine ⟦p:mme le guennec⟧ a le même problème.
on est là tous les jours après 17h, sinon mon portable c'est le ⟦t:06 52 41 30 29⟧.
merci d'avance
--
⟦p:jm dupuis⟧
"""

TXT["n09_courriel_surnom_salle.txt"] = """
Objet : RE: réservation salle des fêtes pour les 80 ans de ⟦p:Jojo⟧
De : ⟦p:Maëlle Ricordel⟧ <⟦e:maelle.ricordel@gmail.com⟧>

Bonjour Madame,

Je vous confirme la réservation de la salle des fêtes pour le samedi 20 juin 2026. C'est pour l'anniversaire de mon grand-père, ⟦p:Joseph Ricordel⟧, que tout le monde ici appelle ⟦p:« Jojo »⟧ : il fêtera ses ⟦ag:80 ans⟧ (il est né le ⟦bd:18.06.1946⟧ à Pontivy).
Le chèque de caution sera déposé par mon oncle, ⟦p:Loulou⟧ (⟦p:Louis-Marie Ricordel⟧), qui habite ⟦a:au bout du chemin de Kerlann, la longère aux volets bleus⟧.

Bien à vous,
⟦p:Maëlle⟧
"""

TXT["n10_annuaire_associations.txt"] = """
GUIDE DES ASSOCIATIONS 2026-2027 — COMMUNE DE PLUVIGNER (extrait)

Amicale des boulistes — président : ⟦p:M. Armel Le Gouguec⟧ — courrier : ⟦a:BP 45⟧, 56330 Pluvigner — tél. ⟦t:02 97 24 71 15⟧
Chorale « Les Voix du Loc'h » — présidente : ⟦p:Mme Rozenn Nicol⟧ — ⟦a:Boîte postale 112⟧, 56330 Pluvigner
Cercle celtique — contact : ⟦p:M. Padrig Jégo⟧ — ⟦a:Case postale 123, 1211 Genève 3, Suisse⟧ (correspondant à l'étranger)
Club de randonnée — ⟦p:Mme Anne-Laure Thomazo⟧ — ⟦a:3 rue Ange-Guépin, BP 7⟧, 56330 Pluvigner — ⟦e:randopluvigner.thomazo@laposte.net⟧
Comité de jumelage — siège en mairie, place Saint-Guillaume.

Les associations sont invitées à signaler tout changement au service vie associative.
"""

TXT["n11_avis_travaux_sans_numero.txt"] = """
AVIS AUX RIVERAINS — RÉFECTION DE LA CHAUSSÉE

Les travaux de réfection de la rue du Moulin et de la route de Saint-Malo auront lieu du 6 au 17 juillet 2026. Les riverains ayant signalé une contrainte particulière seront contactés par l'entreprise :

– ⟦p:M. Ghislain Poulain⟧, ⟦a:rue du Moulin⟧ (sortie de tracteur tous les matins) ;
– ⟦p:Mme Josette Hamon⟧, domiciliée ⟦a:route de Saint-Malo, la maison après le calvaire⟧ (livraison de fioul le 9 juillet) ;
– ⟦p:M. et Mme Ruellan⟧, ⟦a:Ferme des Quatre-Vents⟧ (accès du camion de lait) ;
– ⟦p:M. Olivier Tardivel⟧, ⟦a:Villa Mon Repos, avenue de la Gare⟧.

Une déviation sera mise en place par la rue de l'Église. Renseignements : services techniques, 02 99 00 11 22.
"""

TXT["n12_chemins_ruraux_riverains.txt"] = """
Commune de Saint-Siffret — Commission des chemins ruraux
Relevé des riverains consultés avant la remise en état du chemin rural n° 14 dit de la Fontaine

1. ⟦p:M. Rémi Chabaud⟧ — ⟦a:Mas des Oliviers, 1250 chemin de Saint-Jean⟧, 30700 Saint-Siffret — favorable
2. ⟦p:Mme Fanny Roustan⟧ — ⟦a:2150 route d'Uzès⟧ — favorable, demande un busage devant son portail
3. GFA du Domaine de la Bastide (⟦p:M. Aurélien Pascal⟧) — ⟦a:Domaine de la Bastide, RD 982⟧ — sans avis
4. ⟦p:M. Henri Vidal⟧ — ⟦a:Lieu dit Les Cabanes, D 125⟧ — défavorable (passage des engins agricoles)
5. ⟦p:Mme Lydie Sabatier⟧ — ⟦a:quartier des Condamines, CR 14⟧ — favorable

Le compte rendu sera affiché en mairie. La commission : ⟦off:M. Serge Boyer⟧, adjoint aux travaux.
"""

TXT["n13_familles_accueil_jumelage.txt"] = """
COMITÉ DE JUMELAGE DE MONTBAZON — ÉCHANGE DE PRINTEMPS 2026
Familles d'accueil des jeunes montbazonnais (liste communiquée aux parents)

Espagne — ⟦p:Familia García Olmedo⟧, ⟦a:Calle Mayor 23, 3º izda., 28013 Madrid⟧, ⟦t:+34 612 345 678⟧
Italie — ⟦p:Famiglia Bernasconi⟧, ⟦a:Via Roma 10, 10121 Torino⟧, ⟦t:+39 347 123 4567⟧
Pays-Bas — ⟦p:familie Van der Meulen⟧, ⟦a:Keizersgracht 123, 1015 CJ Amsterdam⟧
Portugal — ⟦p:família Sousa Lopes⟧, ⟦a:Rua das Flores 45, 4050-262 Porto⟧, ⟦e:anasousalopes@sapo.pt⟧
Royaume-Uni — ⟦p:Mr and Mrs Pritchard⟧, ⟦a:Flat 3, 27 Baker Street, London NW1 6XE⟧

Départ du car le samedi 11 avril à 7 h, parking de la mairie. Responsable : ⟦off:Mme Sylvie Gaultier⟧, présidente du comité.
"""

TXT["n14_referents_immeubles_fibre.txt"] = """
Déploiement de la fibre optique — référents d'immeuble désignés par les copropriétés

Résidence Le Parc : ⟦p:M. Kévin Lemaître⟧, ⟦a:bâtiment C, escalier 2, 3e étage, porte gauche⟧
Résidence Les Terrasses du Lac : ⟦p:Mme Fatoumata Diallo⟧, ⟦a:appartement 24, 5ème étage⟧
Les Hauts de Bellevue : ⟦p:M. Stéphane Gicquel⟧, ⟦a:Bât B2 Esc. 4 Apt 412⟧, ⟦t:06 62 17 48 93⟧
Le Clos Fleuri : ⟦p:Mme Yvette Prigent⟧, ⟦a:RDC droite, 8 rue des Glycines⟧
Carré Saint-Louis : ⟦p:M. Mehdi Haddad⟧, ⟦a:Entrée B, 2e ét. dte⟧, ⟦e:mehdi.h@free.fr⟧

Les techniciens de l'opérateur prendront rendez-vous avec chaque référent pour l'accès aux gaines techniques.
"""

TXT["n15_grandrue_commercants.txt"] = """
Union des commerçants — opération « Vitrines de Noël » — inscrits 2026

– Boulangerie ⟦p:Herlin⟧ : ⟦p:M. Dimitri Herlin⟧, ⟦a:au n° 14 de la Grande Rue⟧
– Mercerie : ⟦p:Mme Rolande Gasnier⟧, ⟦a:27 Grand Rue⟧ (entrée par la cour)
– Fleuriste : ⟦p:M. Tanguy Morvan⟧, ⟦a:3 Grand-Place⟧
– Cordonnerie : ⟦p:M. Arsène Kouassi⟧, ⟦a:12 Grand'rue⟧
– Épicerie fine : ⟦p:Mme Sabine Le Roy⟧, ⟦a:14 RUE DU GÉNÉRAL DE GAULLE⟧

Remise des prix le 20 décembre à 18 h, salle du conseil.
"""

TXT["n16_macarons_plaques.txt"] = """
Service stationnement — macarons résidents délivrés en mars 2026 (liste de contrôle des agents de surveillance de la voie publique)

⟦p:Mme Agathe Roumier⟧ — ⟦pl:GH–482–KL⟧ — secteur 2
⟦p:M. Bastien Fauré⟧ — ⟦pl:gh519kl⟧ — secteur 2
⟦p:M. Ange-Marie Santoni⟧ — ⟦pl:1234 AB 2A⟧ (ancienne immatriculation) — secteur 1
⟦p:Mme Lætitia Payet⟧ — ⟦pl:567 ZZ 974⟧ — secteur 3
⟦p:M. Pieter Claes⟧ — plaque belge ⟦pl:1-ABC-123⟧ — secteur 1
⟦p:Mme Ulrike Brandt⟧ — plaque allemande ⟦pl:M-AB 1234⟧ — secteur 3
⟦p:M. Luca Bianchi⟧ — plaque italienne ⟦pl:AB 123CD⟧ — secteur 2
⟦p:M. Rafael Ortega⟧ — ⟦pl:1234 BCD⟧ (Espagne) — secteur 1
⟦p:Mme Corinne Vuilleumier⟧ — ⟦pl:VD 123456⟧ (Suisse) — secteur 3
Garage Central, ⟦p:M. Didier Lacombe⟧ — plaque ⟦pl:WW-123-AB⟧ (véhicule en transit) — secteur 2

Les macarons sont valables jusqu'au 31 mars 2027.
"""

TXT["n17_fiche_contacts_club.txt"] = """
ASSOCIATION SPORTIVE DU LYCÉE — CONTACTS DES ACCOMPAGNATEURS (déplacement du 14 mars 2026)

⟦p:M. Jonathan Rivière⟧ : ⟦t:+33 (0)6 12 34 56 78⟧
⟦p:Mme Priscilla Hoarau⟧ : ⟦t:(+33) 6 23 45 67 89⟧
⟦p:M. Alexis Maréchal⟧ : ⟦t:+33634567890⟧
⟦p:Mme Élodie Cassagne⟧ : ⟦t:06 4567 8901⟧
⟦p:M. Jean Dieudonné⟧ : fixe ⟦t:02/99/55/10/10⟧
⟦p:Mme Marijke Peeters⟧ : ⟦t:0470 12 34 56⟧ (portable belge)
⟦p:M. Nicolas Rochat⟧ : ⟦t:079 123 45 67⟧ (portable suisse)
⟦p:Mme Nadia Thésée⟧ : ⟦t:0690 12 34 56⟧
⟦p:M. Cédric Grondin⟧ : ⟦t:+262 692 12 34 56⟧
⟦p:M. Jens Hoffmann⟧ : ⟦t:+49 171 1234567⟧

Numéro du lycée : 02 99 38 00 00.
"""

TXT["n18_repas_aines_doyens.txt"] = """
REPAS DES AÎNÉS DU 11 OCTOBRE 2026 — LES DOYENS À L'HONNEUR

Comme chaque année, le conseil municipal a mis à l'honneur les doyens de l'assemblée.
⟦p:Mme Germaine Lhermitte⟧, ⟦ag:quatre-vingt-dix-sept ans⟧, née le ⟦bd:1er janvier 1929⟧ à Ligné, doyenne du repas, a reçu un bouquet.
⟦p:M. Émile Rabiller⟧, âgé de ⟦ag:95 ans⟧ (né le ⟦bd:12/IV/1931⟧), a chanté « Le Temps des cerises ».
⟦p:Mme Raymonde Chéné⟧ (⟦bd:° 12.05.1934⟧) et son époux ⟦p:Marcel⟧, ⟦ag:94 ans⟧, fêtaient aussi leurs noces de platine.
Le plus jeune convive, ⟦p:M. Kylian Moreau⟧, ⟦ag:âge : 71⟧, a animé le bal avec son accordéon.

Les élus remercient les bénévoles du comité des fêtes et du club des aînés.
"""

TXT["n19_inscription_accueil_periscolaire.txt"] = """
ACCUEIL PÉRISCOLAIRE — DEMANDES D'INSCRIPTION REÇUES (rentrée 2026)

Enfant : ⟦p:Léo Bourdais⟧, ⟦ag:6 ans et demi⟧ — DN : ⟦bd:2020-02-03⟧ — école maternelle, grande section
Enfant : ⟦p:Inaya Benali⟧ — ⟦ag:âge : 8⟧ — née le ⟦bd:3/3/18⟧ — CE2
Enfant : ⟦p:Timéo Guérin-Laplace⟧ — ⟦ag:4 ans 1/2⟧ — né(e) le ⟦bd:14.01.22⟧ — petite section
Enfant : ⟦p:Zélie Ngo⟧ — née en ⟦bd:juin 2019⟧ — CE1
Responsable légal à prévenir : ⟦p:Mme Caroline Bourdais⟧, ⟦t:06 81 72 63 54⟧

Les inscriptions seront confirmées par courrier avant le 25 août.
"""

TXT["n20_abonnement_eau_compteur.txt"] = """
Régie municipale des eaux de Vallet — changement d'abonné

Ancien abonné : ⟦p:M. Alain Chiron⟧ — contrat n° ⟦id:4500123456⟧ — relevé de sortie : 1 254 m³
Nouvel abonné : ⟦p:Mme Mélanie Baudry-Oger⟧, à compter du 1er août 2026
Point de livraison électricité (information du nouvel occupant) : PDL ⟦id:12345678901234⟧
Compteur d'eau n° ⟦id:09876543⟧, diamètre 15 mm
Adresse desservie : ⟦a:La Petite Noue, 44330 Vallet⟧
Chien de l'occupant déclaré pour la relève (accès au regard) : identifié par la puce ⟦id:250269811234567⟧
Pièce d'identité présentée : carte nationale d'identité n° ⟦id:123456789012⟧

Le règlement de service a été remis au nouvel abonné.
"""

TXT["n21_registre_vide_grenier.txt"] = """
REGISTRE DES EXPOSANTS NON PROFESSIONNELS — VIDE-GRENIER DU 7 JUIN 2026 (côté et paraphé par le maire)

1. ⟦p:M. Grégory Le Meur⟧, ⟦a:17, rue Duguay-Trouin⟧, 29200 Brest — pièce d'identité : CNI n° ⟦id:180529301234⟧ délivrée le 12/03/2018 par la préfecture du Finistère — véhicule ⟦pl:FB-347-QJ⟧
2. ⟦p:Mme Soizic Kervella⟧, ⟦a:Lieudit Penhoat, 29860 Plabennec⟧ — passeport n° ⟦id:18AV12345⟧ — véhicule ⟦pl:ES 902 KN⟧
3. ⟦p:M. Youssef El Idrissi⟧, ⟦a:résidence Kérichen, bât. F, appt 31⟧ — carte d'identité ⟦id:X4RTBPFW4⟧ — véhicule ⟦pl:GA.118.LM⟧
4. ⟦p:Mme Pascale Tanguy⟧, ⟦a:3bis route de Gouesnou⟧ — permis de conduire n° ⟦id:12AB34567⟧

Les exposants attestent sur l'honneur ne pas avoir participé à plus de deux ventes au déballage dans l'année.
"""

TXT["n22_courrier_artisan_entreprise_individuelle.txt"] = """
Objet : autorisation de stationnement d'un camion-nacelle — entreprise ⟦p:Lucas Prévert⟧ (entrepreneur individuel)

Monsieur,

Vous avez sollicité l'autorisation de stationner votre camion-nacelle (⟦pl:GK-204-TB⟧) devant le ⟦a:5 rue des Artisans⟧ du 2 au 4 septembre 2026 pour des travaux de couverture.
Votre entreprise, domiciliée à votre adresse personnelle (⟦a:Le Haut-Bois, 35520 Melesse⟧), est immatriculée sous le numéro SIRET ⟦siret:842 615 973 00021⟧.
L'autorisation vous est accordée, sous réserve de la pose d'une signalisation conforme.

Pour le maire, le responsable du service voirie, ⟦off:Marc Chesnel⟧
Copie : ⟦p:M. Lucas Prévert⟧, ⟦e:lucas.prevert.couverture@gmail.com⟧, ⟦t:06 07 08 09 10⟧
"""

TXT["n23_compte_rendu_signatures.txt"] = """
ASSOCIATION SYNDICALE LIBRE DU LOTISSEMENT LES HAUTS DE SAINT-MARC
Procès-verbal de l'assemblée générale du 16 mai 2026 (transmis à la mairie pour la rétrocession des voiries)

Présents : 14 colotis sur 18. Président de séance : ⟦p:M. René Dumont⟧ ; secrétaire : ⟦p:Mme Hélène Roux-Mazé⟧.
1. L'assemblée approuve la demande de rétrocession des voies et espaces verts à la commune.
2. ⟦p:M. Jacques Morel⟧, ⟦a:lot n° 7⟧, est chargé de réunir les plans de récolement.

Signé : ⟦p:R. Dumont⟧
(signé) ⟦p:Hélène Roux-Mazé⟧
Lu et approuvé, ⟦p:J. Morel⟧
Pour le lot 12, par procuration : ⟦p:Pascal et Nathalie Quéré⟧
"""

TXT["n24_courrier_etat_civil_noms.txt"] = """
Service de l'état civil — réponse à une demande de mise à jour du fichier des jubilaires

Madame,

Suite à votre courrier, nous avons corrigé notre fichier :
Nom : ⟦p:LEBRETON⟧   Prénom : ⟦p:Gaëlle⟧   Nom d'usage : ⟦p:MARCHAL⟧
Votre mère figure désormais sous le nom de ⟦p:Mme Jeanne Marchal, née Leroux⟧, et non « ⟦p:veuve Durand⟧ » comme indiqué par erreur ; votre tante, ⟦p:Mme Vve Simone Guérin⟧, a bien été retirée de la liste à sa demande.
Les invitations aux noces d'or seront envoyées chez ⟦p:Mme Gaëlle Lebreton-Marchal⟧, ⟦a:9 cité des Fleurs⟧.

Veuillez agréer, Madame, nos salutations distinguées.
L'officier de l'état civil délégué, ⟦off:Brigitte Janvier⟧
"""

TXT["n25_noms_mots_courants.txt"] = """
CONCOURS DES JARDINS POTAGERS 2026 — RÉSULTATS

1er prix : ⟦p:M. Boulanger⟧, pour son potager en carrés ;
2e prix : ⟦p:Mme Petit⟧ et sa fille ⟦p:Rose⟧, pour leurs courges ;
3e prix ex æquo : ⟦p:M. Lenoir⟧ et ⟦p:Mme Rose Marchand⟧ ;
prix spécial du jury : ⟦p:M. Pierre Blanc⟧, pour son verger conservatoire de poiriers ;
prix des écoles : la classe de CM1 de l'école Victor-Hugo.

Le jury remercie le boulanger de la place du Marché pour les viennoiseries et le fleuriste pour les roses offertes aux lauréats.
"""

TXT["n26_deliberation_acquisition_emplacement_reserve.txt"] = """
DÉPARTEMENT DU LOT — COMMUNE DE CRAYSSAC
Extrait du registre des délibérations — séance du 23 juin 2026

Objet : acquisition de terrains pour l'emplacement réservé n° 3 (élargissement de la voie communale n° 5)

Le conseil municipal,
Considérant que l'emplacement réservé n° 3 du PLU grève les propriétés suivantes :
- ⟦p:consorts Delpech⟧ : ⟦cad:parcelles cadastrées section ZA n° 12, 13 et 15⟧, pour une emprise de 420 m² ;
- ⟦p:M. Bernard Lafon-Vayssières⟧ : ⟦cad:parcelle ZA 16 pour partie⟧ (emprise 85 m²) ;
Considérant que la commune est déjà propriétaire de la parcelle communale ZA 14 et du chemin rural attenant ;
Après en avoir délibéré, décide d'acquérir les emprises au prix de 1,50 € le m².

Votants : 15 — pour : 15. Le maire, ⟦off:Jean-Pierre Calmettes⟧
"""

TXT["n27_deliberation_denomination_voies.txt"] = """
COMMUNE DE LA CHAPELLE-SUR-ERDRE — DÉLIBÉRATION N° 2026-081
Objet : dénomination des voies du nouveau quartier de la Source

Le conseil municipal, sur proposition de la commission urbanisme, décide de dénommer :
- rue Simone-Veil la voie principale reliant la route de Carquefou au rond-point de la Source ;
- allée Germaine-Tillion la voie desservant le groupe scolaire ;
- place Olympe-de-Gouges l'espace public devant la médiathèque ;
- chemin de la Source le chemin piéton longeant le ruisseau.
Les plaques seront posées par les services techniques. Les numéros seront attribués selon le système métrique.

Adopté à l'unanimité. Le maire, ⟦off:Fabrice Roussel⟧
"""

TXT["n28_courriel_adresses_au_numero.txt"] = """
De : ⟦p:Sylvain Quintin⟧ <⟦e:s.quintin@wanadoo.fr⟧>
Objet : arbre tombé

Bonjour,
Suite au coup de vent de cette nuit, un peuplier est tombé en travers du chemin, juste devant chez mes parents qui habitent ⟦a:au numéro 7 de l'avenue Foch⟧. Le peuplier vient du terrain de ⟦p:M. Castagnier⟧ qui habite ⟦a:au 14 bis de la rue Jean-Jaurès⟧.
Ma sœur, qui loge ⟦a:au 3 de l'impasse des Rosiers⟧, peut vous ouvrir le portail si besoin.
Cordialement,
⟦p:S. Quintin⟧ — ⟦t:06 33 21 09 87⟧
"""

TXT["n29_arrete_alignement.txt"] = """
ARRÊTÉ INDIVIDUEL D'ALIGNEMENT N° 2026-AL-044

Le maire de Bazouges-la-Pérouse,
Vu la demande présentée le 2 avril 2026 par ⟦p:Maître Claire Morvan-Hérissé⟧, notaire, pour le compte de ⟦p:M. et Mme Olivier et Laure Piednoir⟧, propriétaires de l'immeuble cadastré ⟦cad:AC n°78 et AC n°79⟧, sis ⟦a:4, Grande-Rue⟧ ;
ARRÊTE
Article 1 : l'alignement de la voie communale au droit de la propriété est fixé conformément au plan annexé (limite de fait).
Article 2 : le présent arrêté ne dispense pas le pétitionnaire des autorisations d'urbanisme.

Fait à Bazouges-la-Pérouse, le 10 avril 2026. Le maire, ⟦off:Pierre Gautier⟧
"""

HTML["nh01_affichage_autorisations_urbanisme.html"] = {
    "title": "Autorisations d'urbanisme délivrées — mai 2026",
    "body": """
<h1>Autorisations d'urbanisme délivrées en mai 2026</h1>
<table border="1">
<tr><th>N° de dossier</th><th>Demandeur</th><th>Adresse du terrain</th><th>Parcelle(s)</th><th>Objet</th></tr>
<tr><td>PC 029 151 26 00012</td><td>⟦p:M. Goulven Quéméner⟧</td><td>⟦a:Kerbrat Izella⟧</td><td>⟦cad:AB 0123⟧</td><td>maison individuelle</td></tr>
<tr><td>DP 029 151 26 00041</td><td>⟦p:Mme Anaïs Le Bras-Podeur⟧</td><td>⟦a:7 hent ar Vilin⟧</td><td>⟦cad:ZC-45⟧</td><td>abri de jardin</td></tr>
<tr><td>DP 029 151 26 00043</td><td>SCI Les Trois Frères (⟦p:M. Erwan Caradec⟧)</td><td>⟦a:ZA de Kerhuel, lot 4⟧</td><td>⟦cad:000 AH 87⟧, ⟦cad:000 AH 88⟧</td><td>extension d'atelier</td></tr>
<tr><td>PC 029 151 26 00015</td><td>⟦p:M. et Mme Le Roux-Omnès⟧</td><td>⟦a:rue de Pen ar Créac'h⟧</td><td>⟦cad:AK 256, AK 257 et AK 259⟧</td><td>garage</td></tr>
</table>
<p>Les dossiers peuvent être consultés en mairie aux heures d'ouverture.</p>
""",
}

HTML["nh02_hebergeurs_fete_cheval.html"] = {
    "title": "Fête du cheval — hébergeurs partenaires",
    "body": """
<h1>Fête du cheval 2026 — hébergements chez l'habitant</h1>
<ul>
<li><strong>⟦p:Chantal et Bruno Mahé⟧</strong> — ⟦a:Les Écuries du Plessis⟧, 53200 Bazouges — ⟦t:02&nbsp;43&nbsp;07&nbsp;11&nbsp;22⟧</li>
<li><strong>⟦p:Mme Danièle Froger⟧</strong> — ⟦a:La Métairie Neuve⟧ — 2 chambres — ⟦e:daniele.froger (at) orange.fr⟧</li>
<li><strong>⟦p:M. Tristan de Quatrebarbes⟧</strong> — ⟦a:Château de la Motte-Husson⟧ — gîte de groupe</li>
<li><strong>⟦p:Gaby⟧ et ⟦p:Mimi Trouillard⟧</strong> — ⟦a:Le Bas Coudray⟧, après le pont — camping à la ferme — ⟦t:06&#8239;11&#8239;22&#8239;33&#8239;44⟧</li>
</ul>
<p>Réservations directement auprès des hébergeurs. Office de tourisme : 02 43 70 00 00.</p>
""",
}

HTML["nh03_lettre_info_association.html"] = {
    "title": "La lettre du jardin partagé — n° 12",
    "head": '<meta name="author" content="Collectif du jardin partagé">\n',
    "body": """
<h1>La lettre du jardin partagé</h1>
<p>Merci à <span>⟦p:françoise⟧</span> et à <span>⟦p:didier le goff⟧</span> pour la construction du composteur !</p>
<p>Les graines sont à retirer chez ⟦p:bernadette⟧ (⟦a:2 ruelle du lavoir⟧), le mercredi après 16h.</p>
<p>Pour le troc de plants du 25 avril, s'inscrire auprès de ⟦p:marc-antoine⟧ : <a href="mailto:⟦e:marcantoine.vasseur@laposte.net⟧">par courriel</a>.</p>
<p>— l'équipe : ⟦p:fanfan⟧, ⟦p:didier⟧, ⟦p:bernadette⟧ et ⟦p:marc-antoine⟧</p>
""",
}

HTML["nh04_concours_labour_jury.html"] = {
    "title": "Concours cantonal de labour — composition du jury",
    "body": """
<h1>Concours cantonal de labour — dimanche 30 août 2026</h1>
<p>Le concours se tiendra sur les terres mises à disposition par ⟦p:M. Jean-Yves Guillard⟧, ⟦cad:parcelles YA 14 et YA 15⟧, au lieu-dit La Brosse.</p>
<table>
<tr><th>Juré</th><th>Commune</th><th>Adresse</th></tr>
<tr><td>⟦p:M. Albert Cosnard⟧</td><td>Ernée</td><td>⟦a:Ferme de la Brosse, D 12⟧</td></tr>
<tr><td>⟦p:Mme Claudine Lemercier⟧</td><td>Larchamp</td><td>⟦a:Le Grand Bois-Hamon⟧</td></tr>
<tr><td>⟦p:M. Firmin Huchet⟧</td><td>Juvigné</td><td>⟦a:1850, route de Fougères⟧</td></tr>
</table>
<p>Organisation : ⟦off:M. Daniel Lépine⟧, président des Jeunes Agriculteurs du canton.</p>
""",
}

HTML["nh05_correspondants_jumelage.html"] = {
    "title": "Nos correspondants à l'étranger",
    "body": """
<h1>Comité de jumelage — nos correspondants</h1>
<dl>
<dt>Allemagne (Lahr)</dt><dd>⟦p:Frau Dr. Anke von Allmen⟧, ⟦a:Schillerstraße 8a, 77933 Lahr/Schwarzwald⟧, ⟦t:+49 7821 123456⟧</dd>
<dt>Irlande (Kinsale)</dt><dd>⟦p:Mr Seán Ó Súilleabháin⟧, ⟦a:Rose Cottage, Ballinspittle, Co. Cork, P17 XK72⟧</dd>
<dt>Luxembourg</dt><dd>⟦p:M. Jean-Paul Weber⟧, ⟦a:12, rue de l'Alzette, L-4011 Esch-sur-Alzette⟧, ⟦t:+352 621 123 456⟧</dd>
<dt>Belgique (Spa)</dt><dd>⟦p:Mme Françoise Dethier-Lambotte⟧, ⟦a:Rue de la Station 12, 4900 Spa⟧, ⟦t:+32 470 12 34 56⟧</dd>
</dl>
<p>Contact en mairie : service des relations internationales.</p>
""",
}

HTML["nh06_objets_trouves.html"] = {
    "title": "Objets trouvés — semaine 23",
    "body": """
<h1>Objets trouvés déposés en mairie — semaine du 1er juin 2026</h1>
<ul>
<li>Un portefeuille contenant un permis de conduire au nom de ⟦p:PASQUIER Jean-Michel⟧ (n° ⟦id:840675301234⟧) et une carte de bus n° ⟦id:TBM 00458 7712⟧.</li>
<li>Un trousseau de clés avec un badge de la résidence ⟦a:Les Balcons de l'Ill, entrée 3⟧.</li>
<li>Une carte de bibliothèque au nom de ⟦p:Léna Oudin-Brassac⟧, née le ⟦bd:09/09/2011⟧.</li>
<li>Un téléphone portable (coque rouge), signalé perdu par ⟦p:M. Hugues Vermeulen⟧, joignable au ⟦t:03 88 12 34 56⟧.</li>
</ul>
<p>Les objets sont conservés un an et un jour.</p>
""",
}

DOCX["nw01_attestation_notariale_vente.docx"] = {
    "author": "Office notarial de Quiberon",
    "title": "Attestation de vente",
    "header": "Office notarial — ⟦off:Maître Jean-Baptiste Le Nours⟧, notaire à Quiberon",
    "footer": "Attestation destinée à la mairie (mise à jour du fichier des propriétaires riverains)",
    "blocks": [
        ("h", "Attestation de vente"),
        "Le notaire soussigné atteste avoir reçu le 30 avril 2026 l'acte de vente par ⟦p:M. Paul-Henri du Plessis de Grenédan⟧ "
        "au profit de ⟦p:Mme Ana Lúcia dos Santos Ferreira⟧, demeurant ⟦a:45, avenue du Général-de-Gaulle, bâtiment A, 4e étage⟧, "
        "56170 Quiberon, des biens suivants :",
        ("table", [
            ["Section", "N°", "Lieudit", "Contenance"],
            ["AD", "⟦cad:1187⟧", "⟦a:Kerné⟧", "00 ha 05 a 12 ca"],
            ["⟦cad:AD 1188⟧", "", "⟦a:Kerné⟧", "00 ha 01 a 03 ca"],
        ]),
        "Le bien est désigné au cadastre rénové de la commune sous la référence ⟦cad:AD n° 1187⟧.",
        "Pour attestation, ⟦off:J.-B. Le Nours⟧",
    ],
}

DOCX["nw02_arrete_permis_amenager.docx"] = {
    "author": "⟦p:yann.kerbrat⟧",
    "title": "Arrêté PA",
    "header": "Commune de Guidel — arrêté de permis d'aménager n° PA 056 078 26 00002",
    "footer": "Affiché en mairie le 15 juin 2026",
    "blocks": [
        "Demandeur : ⟦p:M. Yann Kerbrat⟧, domicilié ⟦a:Kerprat, 56520 Guidel⟧",
        "Terrain : ⟦cad:parcelles cadastrées section YE numéros 301, 302 et 305⟧, lieudit ⟦a:Prat Foën⟧",
        "Objet : lotissement de 4 lots à bâtir",
        "ARRÊTE",
        "Article 1 : le permis d'aménager est accordé. Article 2 : les lots ne pourront être cédés qu'après achèvement des travaux de viabilisation.",
        "Le maire, ⟦off:Jo Daniel⟧",
    ],
}

DOCX["nw03_fiche_inscription_ecole_danse.docx"] = {
    "author": "École municipale de danse",
    "title": "Fiche d'inscription",
    "header": "École municipale de danse — saison 2026-2027",
    "footer": "",
    "blocks": [
        ("table", [
            ["Nom", "⟦p:OUEDRAOGO⟧", "Prénom", "⟦p:Awa⟧"],
            ["Né(e) le", "⟦bd:05/11/2014⟧", "Âge au 1er septembre", "⟦ag:11 ans⟧"],
            ["Adresse", "⟦a:Les Hameaux du Parc, maison 14⟧", "Ville", "35760 Saint-Grégoire"],
            ["Téléphone du responsable", "⟦t:07 58 69 70 81⟧", "Courriel", "⟦e:oued.famille@yahoo.fr⟧"],
        ]),
        ("table", [
            ["Nom", "Prénom", "Date de naissance", "Cours"],
            ["⟦p:OUEDRAOGO⟧", "⟦p:Ismaël⟧", "⟦bd:2017-08-22⟧", "éveil"],
        ]),
        "Signature du responsable légal : ⟦p:A. Ouedraogo⟧",
    ],
}

DOCX["nw04_courrier_riverain_signature.docx"] = {
    "author": "⟦p:henri.de.la.villemarque⟧",
    "title": "Demande de miroir de sécurité",
    "header": "",
    "footer": "⟦p:Henri de La Villemarqué⟧ — ⟦a:Manoir de Kerlaouénan⟧ — 29300 Quimperlé",
    "blocks": [
        "À l'attention de Madame la Maire",
        "Madame la Maire,",
        "La sortie de notre allée sur la ⟦a:route de Clohars, au niveau du virage du Moulin-Blanc⟧, est très dangereuse. "
        "Je vous serais reconnaissant de bien vouloir faire poser un miroir de sécurité en face de notre portail.",
        "Mon voisin, ⟦p:M. Tugdual Le Floc'h⟧, qui a le même problème, s'associe à cette demande.",
        "Veuillez agréer, Madame la Maire, mes respectueuses salutations.",
        "**⟦p:H. de La Villemarqué⟧**",
    ],
}

DOCX["nw05_compte_rendu_chantier_participatif.docx"] = {
    "author": "Service démocratie participative",
    "title": "Compte rendu chantier participatif",
    "header": "Chantier participatif du lavoir — samedi 18 avril 2026",
    "footer": "Compte rendu publié sur le site de la commune",
    "blocks": [
        "Une vingtaine d'habitants ont participé à la restauration du lavoir de la rue de la Fontaine.",
        "Le matériel a été prêté par ⟦p:M. Gustave Tessier, dit « Tatave »⟧, ancien maçon, qui habite ⟦a:la maison éclusière⟧. "
        "Le casse-croûte a été offert par ⟦p:Mme Lucienne Hervé⟧, ⟦ag:88 ans⟧, qui lavait son linge ici dans sa jeunesse.",
        "Prochain chantier : le four à pain du hameau de ⟦a:La Gaudinière⟧, chez ⟦p:M. et Mme Poirier-Dubreuil⟧.",
        "Élu présent : ⟦off:M. Thierry Galland⟧, conseiller municipal délégué.",
    ],
}


if __name__ == "__main__":
    raise SystemExit(main())
