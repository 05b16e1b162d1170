"""Build the .docx documents of the dev sensitivity set (markings placed in real headers/footers).

Why a script: a marking that lives only in a Word header or footer is a distinct extraction path; the
documents are committed too, and this script regenerates them byte-for-byte in content (not in zip metadata).
Run: .venv/bin/python bench/sensitivity/build_dev_docx.py
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

OUT = Path(__file__).resolve().parent / "corpus" / "dev"

DOCS: dict[str, tuple[str, str, list[str]]] = {
    "s053_marking_secret_header_footer.docx": (
        "SECRET",
        "SECRET",
        [
            "SECRÉTARIAT GÉNÉRAL DE LA ZONE DE DÉFENSE ET DE SÉCURITÉ OUEST",
            "Note relative à l'organisation de la cellule interministérielle de crise — "
            "mise à jour de janvier 2026",
            "La cellule est activée sur décision du préfet de zone. Elle comprend un pôle situation, un pôle "
            "anticipation et un pôle communication, armés par les services de la préfecture et les "
            "officiers de liaison des armées, de la gendarmerie et de la police nationale.",
            "Les officiers de liaison rejoignent la salle de crise dans un délai de deux heures après "
            "l'alerte. Les relèves sont organisées toutes les douze heures. Les comptes rendus sont transmis "
            "par le seul réseau de l'État habilité.",
            "La présente note annule et remplace la note du 3 mars 2024.",
            "Le chef d'état-major interministériel de zone",
        ],
    ),
    "s054_marking_business_ne_pas_transferer.docx": (
        "Confidentiel – ne pas transférer",
        "Direction de l'aménagement — page 1/1",
        [
            "Note à l'attention de Monsieur le Vice-Président chargé du développement économique",
            "Objet : cession du terrain des Grands Champs (lot 7, 3,2 ha) — état des négociations",
            "La société Agrimétal Process, qui souhaite y implanter une unité de découpe laser, nous a "
            "indiqué lors de la réunion du 9 décembre que son plan de financement ne supporte pas un prix "
            "supérieur à 27 € HT le m² et qu'un site concurrent lui est proposé à 22 € dans l'Indre. La "
            "société nous a communiqué sous le sceau de la confidentialité son carnet de commandes pour 2026 "
            "(11,4 M€, en hausse de 35 %) et le nom de son client principal, un équipementier aéronautique.",
            "Nous proposons de retenir un prix de 25 € HT le m², soit 800 000 € HT, sous réserve de l'avis "
            "du service du Domaine, et de ne pas faire état de ces éléments en commission avant la signature "
            "de la promesse de vente.",
            "La directrice de l'aménagement économique",
        ],
    ),
    "s055_marking_dr_footer.docx": (
        "Préfecture de la Haute-Meuse — Cabinet du préfet",
        "Diffusion restreinte",
        [
            "Compte rendu de la réunion du groupe de travail « grands événements » du 12 février 2026",
            "Objet : préparation du passage de la course cycliste internationale (étape du 8 juillet)",
            "Le groupe de travail a arrêté le principe d'une fermeture des routes du parcours de 11 heures à "
            "17 heures et d'un renfort de 120 bénévoles signaleurs. Les communes traversées transmettront "
            "leurs arrêtés de circulation avant le 15 mai.",
            "Les points de vigilance restent l'évacuation sanitaire depuis la côte de Montfaucon et le "
            "stationnement des camping-cars la veille de l'étape.",
            "Prochaine réunion : 26 mars 2026.",
        ],
    ),
    "p042_deliberation_docx_entete_mairie.docx": (
        "VILLE DE COMMERCY-SUR-MEUSE — Extrait du registre des délibérations du conseil municipal",
        "Acte publié sur le site internet de la commune le 20 mars 2026 — page 1/1",
        [
            "Séance du 16 mars 2026 — Délibération n° 2026-018",
            "Objet : tarifs de location de la salle des fêtes à compter du 1er avril 2026",
            "Rapporteur : M. Guillaume Perrin, adjoint aux finances.",
            "Le conseil municipal, après en avoir délibéré, fixe les tarifs de location de la salle des "
            "fêtes comme suit : associations communales, gratuit (deux fois par an) ; particuliers "
            "domiciliés dans la commune, 180 € le week-end ; particuliers extérieurs, 420 € le week-end ; "
            "caution, 800 €.",
            "Les recettes seront imputées au chapitre 75 du budget principal.",
            "Votes : pour 21, contre 0, abstentions 2 (Mme Dubreuil, M. Santini).",
            "Le Maire, Éric Vautrin",
        ],
    ),
}


def build(name: str, header: str, footer: str, paragraphs: list[str]) -> Path:
    """Write one document whose header and footer carry the given lines (the body may not repeat them)."""
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer
    for text in paragraphs:
        doc.add_paragraph(text)
    path = OUT / name
    doc.save(str(path))
    return path


def main() -> None:
    """Build every .docx of the set."""
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (header, footer, paragraphs) in DOCS.items():
        print(build(name, header, footer, paragraphs))


if __name__ == "__main__":
    main()
