"""Build the .docx documents of the held-out sensitivity set.

Why a script: a protection marking that lives only in a Word header or footer cannot be written as
plain text, and the evaluation must see a real header/footer part. The texts are hand-written here;
the labels are in corpus/holdout/labels.jsonl. Run: .venv/bin/python bench/sensitivity/build_holdout_docx.py
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent / "corpus" / "holdout"
FIXED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class DocxSpec:
    """One document: the header and footer lines, a title and the body paragraphs."""

    name: str
    header: str
    footer: str
    title: str
    body: tuple[str, ...]


DOCS = (
    DocxSpec(
        name="s056_marking_docx_header_secret.docx",
        header="SECRET",
        footer="SECRET",
        title="Cellule de crise – point de situation n° 3 (cyberattaque du 2 février 2026)",
        body=(
            "Centre hospitalier intercommunal de Castres-Mazamet – Direction générale",
            "Date : 4 février 2026, 18 h 00. Rédacteur : responsable de la sécurité des systèmes "
            "d'information.",
            "1. Situation. Le rançongiciel a chiffré 61 serveurs sur 140. Le dossier patient informatisé est "
            "indisponible ; les urgences fonctionnent en mode dégradé papier. Le point d'entrée identifié est"
            " un compte de prestataire de maintenance dont le mot de passe n'avait pas été changé depuis 2021"
            " ; l'accès VPN correspondant a été coupé.",
            "2. Vulnérabilités encore ouvertes. Les automates de la pharmacie et le système de gestion "
            "technique du bâtiment (portes du bloc, chambres froides) restent sur le même réseau que la "
            "bureautique ; leur isolement est prévu le 6 février. Les sauvegardes hors ligne du 31 janvier "
            "sont saines.",
            "3. Communication. Aucune communication sur le montant de la rançon demandé ni sur le vecteur "
            "d'attaque. L'ANSSI et la gendarmerie (C3N) sont saisies.",
            "Prochain point : 5 février, 8 h 30.",
        ),
    ),
    DocxSpec(
        name="s057_marking_docx_footer_confidentiel.docx",
        header="Communauté de communes du Val d'Essonne – Direction générale des services",
        footer="Strictement confidentiel – diffusion limitée aux seuls destinataires nommés",
        title="Note au Président – projet de mutualisation des services techniques",
        body=(
            "Le 12 mars 2026",
            "Objet : scénario de création d'un service commun avec les communes de Ballancourt et Mennecy.",
            "Le scénario retenu par le comité de pilotage conduirait au transfert de 38 agents communaux vers"
            " la communauté au 1er janvier 2027. Les économies attendues sont de 410 000 € par an à partir de"
            " la troisième année, principalement par la mise en commun du parc de véhicules et la fermeture "
            "d'un des deux ateliers (celui de Mennecy).",
            "Les maires concernés n'ont pas encore présenté le projet à leurs conseils municipaux. Le "
            "calendrier proposé prévoit une information des instances de dialogue social en juin, avant toute"
            " annonce.",
            "Le directeur général des services",
        ),
    ),
    DocxSpec(
        name="p033_docx_communique_libre_diffusion.docx",
        header="Ville de Chambéry – Communiqué de presse",
        footer="Document public – librement diffusable et réutilisable (Licence ouverte Etalab 2.0)",
        title="Les secrets du patrimoine chambérien révélés lors des Journées européennes du patrimoine",
        body=(
            "Chambéry, le 2 septembre 2025",
            "Les 20 et 21 septembre, la Ville ouvre exceptionnellement au public des lieux habituellement "
            "fermés : les combles de l'hôtel de ville, la salle du conseil et les souterrains du château des "
            "ducs de Savoie. Des visites confidentielles, limitées à douze personnes, permettront de "
            "découvrir le « passage secret » reliant la Sainte-Chapelle aux anciennes cuisines.",
            "Entrée libre sur réservation à l'office de tourisme. Programme complet sur chambery.fr.",
            "Contact presse : service communication, 04 79 60 20 00.",
        ),
    ),
)


def build(spec: DocxSpec) -> None:
    """Write one document with its header and footer in the section's real header/footer parts."""
    d = docx.Document()
    props = d.core_properties
    props.author = "Aiguillage holdout corpus"
    props.created = FIXED
    props.modified = FIXED
    section = d.sections[0]
    head = section.header.paragraphs[0]
    head.text = spec.header
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = section.footer.paragraphs[0]
    foot.text = spec.footer
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading(spec.title, level=1)
    for para in spec.body:
        d.add_paragraph(para)
    d.save(str(OUT / spec.name))


def main() -> None:
    """Build every document of the set."""
    OUT.mkdir(parents=True, exist_ok=True)
    for spec in DOCS:
        build(spec)


if __name__ == "__main__":
    main()
