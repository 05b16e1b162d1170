"""Build the .docx and .html documents of the holdout2 sensitivity set.

Run from anywhere with the project's interpreter:

    /work/main/.venv/bin/python bench/sensitivity/build_holdout2_files.py

The text of every document is written here by hand. Word files get fixed core
properties and fixed zip timestamps, so a re-run produces byte-identical files.
The labels live in corpus/holdout2/labels.jsonl, written separately.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "corpus" / "holdout2"
FIXED = dt.datetime(2024, 6, 3, 9, 0, 0)
ZIP_TIME = (2024, 6, 3, 9, 0, 0)


# --------------------------------------------------------------------------- helpers


def _new(author: str, title: str = "") -> Document:
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    return doc


def _header(doc: Document, text: str) -> None:
    doc.sections[0].header.paragraphs[0].text = text


def _footer(doc: Document, text: str) -> None:
    doc.sections[0].footer.paragraphs[0].text = text


def _paras(doc: Document, text: str) -> None:
    """One paragraph per non-empty block; a line starting with '# ' is a heading."""
    for block in text.strip().split("\n"):
        block = block.rstrip()
        if not block:
            continue
        if block.startswith("# "):
            doc.add_heading(block[2:], level=2)
        else:
            doc.add_paragraph(block)


def _table(doc: Document, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell


def _save_docx(doc: Document, name: str) -> None:
    """Save, then rewrite the zip with fixed member timestamps (python-docx stamps 'now')."""
    raw = io.BytesIO()
    doc.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (OUT / name).write_bytes(out.getvalue())


def _save_html(name: str, title: str, body: str) -> None:
    page = (
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}</title>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n"
    )
    (OUT / name).write_text(page, encoding="utf-8")


# --------------------------------------------------------------------------- sovereign .docx


def s006() -> None:
    doc = _new("Service RH – Ville de Lamballe", "Compte rendu d'entretien professionnel 2023")
    _paras(doc, """
# Compte rendu de l'entretien professionnel – année 2023
Collectivité : Ville de Lamballe-Armor – Direction des services techniques
Agent : M. Kévin LE BRAS, adjoint technique principal de 2e classe, équipe bâtiment (plomberie)
Supérieur hiérarchique direct : M. Patrick Rivoal, responsable de la régie bâtiment
Date de l'entretien : 23 janvier 2024
# 1. Résultats professionnels au regard des objectifs fixés
""")
    _table(doc, [
        ["Objectif 2023", "Réalisation", "Commentaire du N+1"],
        ["Réduire les délais d'intervention sur les fuites signalées (moins de 48 h)", "Non atteint",
         "Délai moyen constaté : 5 jours. Plusieurs bons de travaux restés sans suite sans explication."],
        ["Tenir à jour le stock du magasin plomberie", "Partiellement atteint",
         "Inventaire de juin réalisé, celui de décembre non fait."],
        ["Suivre la formation habilitation électrique BR", "Non atteint",
         "Deux sessions annulées par l'agent la veille."],
    ])
    _paras(doc, """
# 2. Manière de servir
Les compétences techniques de M. Le Bras sont reconnues par ses collègues, mais son implication a nettement baissé depuis le printemps. Trois retards non justifiés ont été relevés en septembre et octobre. La relation avec l'équipe de la régie est tendue : deux collègues se sont plaints de remarques désobligeantes. Le 14 novembre, il a quitté le chantier de l'école Simone-Veil sans prévenir, laissant une installation non sécurisée.
# 3. Appréciation générale
Valeur professionnelle : insuffisante au regard des attendus du poste. Un recadrage est nécessaire. Il n'est pas proposé pour l'avancement de grade en 2024.
# 4. Objectifs 2024
Respect des horaires et des procédures ; traitement des bons de travaux sous 72 h ; suivi effectif de la formation BR avant juin. Un point d'étape sera fait en mai.
# 5. Observations de l'agent
« Je ne suis pas d'accord avec tout. L'équipe manque de monde depuis le départ de Gilles et on me reproche des retards de tout le service. »
Signature de l'agent : (signé) – Signature du N+1 : (signé)
""")
    _save_docx(doc, "s006_appraisal_entretien.docx")


def s020() -> None:
    doc = _new("Mission handicap – Université de Lorraine", "Aménagement de poste")
    _paras(doc, """
Université de Lorraine – Direction des ressources humaines – Mission handicap
Nancy, le 11 avril 2024
Madame Aurélie GERMAIN
Ingénieure d'études – Laboratoire LEMTA
Objet : aménagement de votre poste de travail
Madame,
Vous nous avez transmis le 18 mars la décision de la maison départementale des personnes handicapées de Meurthe-et-Moselle vous reconnaissant la qualité de travailleuse handicapée jusqu'en mars 2029, ainsi que l'avis du médecin du travail du 2 avril. Nous vous remercions de votre confiance.
Conformément à ces préconisations, et après l'étude de poste réalisée avec l'ergonome le 8 avril, les aménagements suivants sont mis en place, financés pour partie par le FIPHFP :
""")
    _table(doc, [
        ["Aménagement", "Détail", "Échéance"],
        ["Poste de travail", "Fauteuil ergonomique avec soutien lombaire, bureau réglable assis-debout", "mai 2024"],
        ["Organisation", "Télétravail porté à 3 jours par semaine ; pas de manipulation de charges au-delà de 3 kg en salle d'essais", "immédiat"],
        ["Déplacements", "Prise en charge des trajets domicile-travail en taxi les jours de crise douloureuse (forfait 20 trajets / an)", "immédiat"],
        ["Temps de soins", "Autorisation d'absence pour les séances de rééducation du mardi matin", "immédiat"],
    ])
    _paras(doc, """
Votre responsable, M. Stéphane Hoarau, a été informé des seuls aménagements, sans mention de leur origine médicale. Votre situation ne sera communiquée à aucun autre membre du laboratoire sans votre accord.
Un point de suivi est prévu en octobre avec la mission handicap et le service de santé au travail.
Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.
Claire Mangin, chargée de mission handicap
""")
    _save_docx(doc, "s020_health_courrier.docx")


def s036() -> None:
    doc = _new("Mairie de Chalon-sur-Saône", "Arrêté portant sanction disciplinaire")
    _paras(doc, """
# VILLE DE CHALON-SUR-SAÔNE – ARRÊTÉ N° RH-2024-0412
Portant sanction disciplinaire du premier groupe
Le Maire de la Ville de Chalon-sur-Saône,
Vu le code général de la fonction publique, notamment ses articles L.530-1 et L.533-1 ;
Vu le rapport du directeur de la propreté urbaine en date du 2 avril 2024 ;
Vu la lettre du 5 avril 2024 informant M. Anthony GUÉRIN, adjoint technique, de l'intention de l'autorité territoriale d'engager une procédure disciplinaire à son encontre et de son droit à communication de son dossier individuel ;
Vu l'entretien du 16 avril 2024 au cours duquel l'agent, assisté de M. Rémi Perrin, a présenté ses observations ;
Considérant que M. Guérin a, le 27 mars 2024, utilisé un véhicule de service à des fins personnelles pendant près de deux heures au cours de sa tournée, ce qu'attestent les données de géolocalisation et deux témoignages ;
Considérant qu'il avait déjà fait l'objet d'un rappel écrit pour des faits similaires en octobre 2023 ;
Considérant que ces faits constituent un manquement à l'obligation d'obéissance hiérarchique et à l'usage loyal des moyens du service ;
ARRÊTE
Article 1 : Un avertissement est infligé à M. Anthony GUÉRIN, adjoint technique territorial, affecté à la direction de la propreté urbaine.
Article 2 : Cette sanction sera inscrite au dossier individuel de l'agent. Elle sera effacée automatiquement au bout de trois ans si aucune autre sanction n'est intervenue pendant cette période.
Article 3 : Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de Dijon dans un délai de deux mois à compter de sa notification.
Article 4 : Le Directeur général des services est chargé de l'exécution du présent arrêté, qui sera notifié à l'intéressé.
Fait à Chalon-sur-Saône, le 22 avril 2024
Pour le Maire et par délégation, l'adjointe chargée du personnel, Véronique Bonnot
Notifié le ………… Signature de l'agent : …………
""")
    _save_docx(doc, "s036_appraisal_arrete.docx")


def s044() -> None:
    doc = _new("EMIZD Sud", "Compte rendu réunion logistique")
    _header(doc, "CONFIDENTIEL DÉFENSE – Spécial France")
    _paras(doc, """
# Compte rendu de la réunion de coordination logistique du 12 mars 2024
Participants : EMIZD Sud (bureau soutien), DMD 13, SGAMI Sud, Base de défense de Marseille-Aubagne, SNCF Réseau (direction territoriale)
Ordre du jour : préparation de l'exercice régional de la zone Sud (semaine 22)
1. Transport des matériels
Le transport ferroviaire de douze conteneurs depuis le dépôt de Miramas est confirmé pour la nuit du 26 au 27 mai. SNCF Réseau réservera un sillon de nuit ; la base de défense fournira l'escorte et les moyens de déchargement sur le quai militaire.
2. Hébergement
Capacité de 340 places au quartier Ferrié et 120 places en hébergement civil négocié par le SGAMI. Les repas seront assurés par le CIRVAT de Marseille.
3. Moyens de communication
Les liaisons entre le PC de zone et les PC départementaux utiliseront le réseau habituel ; un test complet est programmé le 15 mai à 14 h.
4. Calendrier
Réunion de validation le 23 avril ; revue finale le 21 mai.
Prochaine réunion : 23 avril, 10 h, salle Fort-Saint-Jean.
Rédacteur : commandant Éric Vial, bureau soutien
""")
    _save_docx(doc, "s044_marking_compterendu.docx")


def s045() -> None:
    doc = _new("Direction régionale", "Groupe de travail archives")
    _footer(doc, "SECRET – Reproduction et diffusion interdites sans accord de l'émetteur – page 1/1")
    _paras(doc, """
# Groupe de travail « Archivage des dossiers anciens »
Réunion du 4 juillet 2024 – relevé de conclusions
Présents : M. Jacques Lenoir (archiviste), Mme Odile Fabre (bureau des moyens), M. Cyril Pasquier (informatique), Mme Inès Haddad (service juridique)
Le groupe a fait le point sur l'avancement du tri des dossiers antérieurs à 1995 conservés au sous-sol du bâtiment B.
Constats :
– environ 420 mètres linéaires restent à traiter ;
– les boîtes des années 1978 à 1984 ont souffert de l'humidité et doivent être reconditionnées ;
– le bordereau d'élimination de 2022 n'a pas été visé par les Archives départementales.
Décisions :
– recrutement d'un vacataire pour quatre mois à compter de septembre ;
– achat de 600 boîtes neutres et de deux déshumidificateurs ;
– transmission du bordereau aux Archives départementales avant la fin juillet ;
– numérisation prioritaire des registres d'entrée, demandée par le service juridique.
Prochaine réunion : 12 septembre, salle 204.
""")
    _save_docx(doc, "s045_marking_releve.docx")


def s046() -> None:
    doc = _new("Préfecture – SIDPC", "Retour d'expérience inondations")
    _header(doc, "D.R. (diffusion restreinte) – ne pas transmettre hors services destinataires")
    _paras(doc, """
# Retour d'expérience – épisode de crues des 17 et 18 octobre 2024
Service interministériel de défense et de protection civiles
1. Chronologie
Vigilance orange crues déclenchée le 17 à 6 h, passage en rouge sur le tronçon aval à 16 h. Ouverture du centre opérationnel départemental à 17 h. Pic de crue à la station de Pont-de-Vaux le 18 à 4 h 30.
2. Ce qui a fonctionné
Les alertes par le système automatique d'appel ont touché 92 % des numéros inscrits. Les deux gymnases réquisitionnés ont accueilli 214 personnes. La coordination avec le conseil départemental pour la fermeture des routes a été efficace.
3. Points d'amélioration
– la liste des établissements sensibles (EHPAD, écoles) n'était pas à jour pour trois communes ;
– l'information des maires a souffert de l'absence de permanence téléphonique dans deux petites communes ;
– les cartes des zones inondables utilisées au COD dataient de 2016.
4. Propositions
Mise à jour annuelle des annuaires de crise ; exercice avec les communes riveraines au printemps ; achat de deux tablettes durcies pour les équipes de reconnaissance.
Rédacteur : Mathieu Chauvet, chef du SIDPC – 28 octobre 2024
""")
    _save_docx(doc, "s046_marking_rapport.docx")


def s078() -> None:
    doc = _new("SAS Bâti-Cèdre", "DPGF lot 3 charpente")
    _paras(doc, """
SAS BÂTI-CÈDRE – Charpente, ossature bois – 40 route de Mont-de-Marsan, 40090 Saint-Avit
Marché : Construction d'un groupe scolaire à Saint-Pierre-du-Mont – Lot 3 « Charpente et ossature bois »
# Décomposition du prix global et forfaitaire – détail interne des coûts (pièce remise à la demande de l'acheteur dans le cadre de l'analyse d'une offre anormalement basse)
Les informations ci-dessous sont couvertes par le secret des affaires. Elles sont communiquées au seul pouvoir adjudicateur pour justifier notre prix et ne doivent en aucun cas être transmises aux autres candidats.
""")
    _table(doc, [
        ["Poste", "Quantité", "Coût matière (remise fournisseur incluse)", "Coût main-d'œuvre", "Coefficient appliqué", "Prix de vente HT"],
        ["Murs à ossature bois préfabriqués en atelier", "612 m²", "48,30 €/m² (remise Scierie Dubourg 22 %)", "14,10 €/m²", "1,18", "73,63 €/m²"],
        ["Charpente lamellé-collé", "38 m³", "690 €/m³", "210 €/m³", "1,15", "1 035,00 €/m³"],
        ["Panneaux CLT plancher", "410 m²", "96,00 €/m²", "11,50 €/m²", "1,12", "120,40 €/m²"],
        ["Levage (grue mobile, 9 jours)", "forfait", "—", "—", "1,05", "14 175,00 €"],
        ["TOTAL LOT 3", "", "", "", "", "412 860,00 € HT"],
    ])
    _paras(doc, """
Explication de l'écart avec l'estimation : la préfabrication des murs en atelier, sur notre ligne de clouage automatisée mise en service en 2023, réduit de 40 % le temps de pose sur chantier. Notre taux horaire chargé est de 38,60 €. Notre marge nette sur ce lot est volontairement limitée à 3,2 % afin d'occuper l'atelier au premier semestre 2025, période creuse pour nos clients privés.
Fait à Saint-Avit, le 6 novembre 2024 – Stéphane Lartigue, président
""")
    _save_docx(doc, "s078_business_secret_dpgf.docx")


# --------------------------------------------------------------------------- sovereign .html


def s030() -> None:
    _save_html("s030_social_tableau.html", "CCAS – commission permanente – aides facultatives", """
<h1>CCAS de Saint-Dizier – Commission permanente des aides facultatives</h1>
<p>Séance du 14 mai 2024 – relevé des décisions individuelles (document de travail des membres de la commission, non publié)</p>
<table border="1">
<thead><tr><th>N°</th><th>Demandeur</th><th>Composition</th><th>Situation exposée</th><th>Aide demandée</th><th>Décision</th></tr></thead>
<tbody>
<tr><td>24-118</td><td>Mme Sandra VIGNERON</td><td>seule, 2 enfants</td><td>Coupure d'électricité annoncée, facture de 640 € impayée depuis l'hiver ; travail en intérim interrompu en mars</td><td>Secours énergie 300 €</td><td>Accord 300 € versés au fournisseur</td></tr>
<tr><td>24-119</td><td>M. Didier PONSARD</td><td>seul</td><td>Bénéficiaire du RSA, hébergé chez un ami, a besoin d'une caution pour un logement en résidence sociale</td><td>Avance caution 450 €</td><td>Accord sous forme de prêt, remboursement 25 €/mois</td></tr>
<tr><td>24-120</td><td>M. et Mme KHALFI</td><td>couple, 4 enfants</td><td>Retard de deux mois de loyer suite à la suspension des allocations familiales (contrôle en cours)</td><td>Aide loyer 800 €</td><td>Ajourné – saisine préalable du FSL</td></tr>
<tr><td>24-121</td><td>Mme Paulette GIRARDOT</td><td>seule, 79 ans</td><td>Petite retraite (780 €), frais d'obsèques de son fils non couverts</td><td>Participation obsèques</td><td>Accord 500 €</td></tr>
<tr><td>24-122</td><td>M. Jonathan BRUNEL</td><td>seul</td><td>Jeune de 22 ans sans ressources, rupture familiale, dort dans sa voiture</td><td>Bons alimentaires + carte de bus</td><td>Accord 120 € + orientation Mission locale</td></tr>
</tbody>
</table>
<p>Membres présents : Mme Françoise Michel (vice-présidente), M. Gérard Collin, Mme Nadia Bensalem, M. Luc Perrot (UDAF). Rapporteuse : Mme Claire Antoine, responsable de l'action sociale.</p>
<p>Les membres de la commission sont tenus au secret professionnel sur les situations examinées.</p>
""")


def s047() -> None:
    _save_html("s047_marking_fiche.html", "Fiche de synthèse – exercice cyber", """
<table border="1">
<tr><th>Émetteur</th><td>Direction du numérique – Région Bourgogne-Franche-Comté</td></tr>
<tr><th>Date</th><td>18/09/2024</td></tr>
<tr><th>Classification</th><td>Confidentiel – ne pas transférer</td></tr>
<tr><th>Destinataires</th><td>Comité de direction, DPO, RSSI</td></tr>
</table>
<h1>Fiche de synthèse – exercice de gestion de crise cyber du 12 septembre 2024</h1>
<h2>Déroulement</h2>
<ul>
<li>9 h 00 : lancement du scénario (rançongiciel simulé sur le service des lycées) ;</li>
<li>9 h 25 : activation de la cellule de crise, salle Vauban ;</li>
<li>10 h 10 : décision simulée d'isolement du réseau des lycées ;</li>
<li>11 h 30 : communiqué de presse fictif rédigé et validé ;</li>
<li>12 h 30 : fin de l'exercice et débriefing à chaud.</li>
</ul>
<h2>Enseignements</h2>
<ul>
<li>La chaîne d'alerte a fonctionné, mais l'annuaire de crise comportait deux numéros erronés.</li>
<li>La répartition des rôles entre la direction du numérique et la communication doit être précisée.</li>
<li>Les participants ont apprécié le format ; un exercice annuel est proposé.</li>
</ul>
<p>Rédaction : Sophie Garnier, cheffe de projet continuité d'activité.</p>
""")


def s064() -> None:
    _save_html("s064_genetic_biometric_tableau.html", "Enrôlement contrôle d'accès biométrique", """
<h1>Centre de traitement informatique – Site de Saint-Herblain</h1>
<h2>Registre d'enrôlement du contrôle d'accès biométrique (salle serveurs, zone 3)</h2>
<p>Dispositif : lecteurs par reconnaissance du réseau veineux de la main et gabarit d'empreinte digitale stocké sur badge. Mise à jour : 2 octobre 2024. Responsable : M. Alain Roux, responsable de la sécurité du site.</p>
<table border="1">
<thead><tr><th>Agent</th><th>Service</th><th>Date d'enrôlement</th><th>Doigts enregistrés</th><th>Gabarit</th><th>Observations</th></tr></thead>
<tbody>
<tr><td>BERNARD Lucie</td><td>Exploitation</td><td>14/03/2023</td><td>index D, majeur D</td><td>badge n° 0412</td><td>—</td></tr>
<tr><td>CORDIER Yann</td><td>Réseaux</td><td>14/03/2023</td><td>index G, index D</td><td>badge n° 0413</td><td>réenrôlé le 05/09/2024 (cicatrice index D)</td></tr>
<tr><td>DIALLO Moussa</td><td>Exploitation</td><td>02/05/2024</td><td>index D, pouce D</td><td>badge n° 0455</td><td>taux de rejet élevé, second doigt ajouté</td></tr>
<tr><td>FERREIRA Ana</td><td>Sauvegarde</td><td>20/06/2024</td><td>réseau veineux main D</td><td>badge n° 0461</td><td>empreinte digitale non exploitable</td></tr>
<tr><td>GAUTIER Pierre</td><td>Prestataire Sopra</td><td>01/10/2024</td><td>index D, majeur D</td><td>badge n° 0470</td><td>accès temporaire jusqu'au 31/12/2024</td></tr>
</tbody>
</table>
<p>Les gabarits biométriques sont supprimés du badge et du registre lors de la restitution du badge.</p>
""")


def s084() -> None:
    _save_html("s084_ip_revue.html", "Revue de presse – intranet", """
<h1>Intranet du Département du Lot – Revue de presse du 15 avril 2024</h1>
<p>Article reproduit intégralement pour les agents. Source : <em>La Gazette du Quercy</em>, édition du 14 avril 2024, page 5. Texte : Marion Lacombe. Photo : Jérôme Pélissier / La Gazette du Quercy.</p>
<article>
<h2>Le viaduc de Cabessut retrouve une seconde jeunesse</h2>
<p>Ils sont douze, suspendus à cinquante mètres au-dessus du Lot, harnachés comme des alpinistes. Depuis janvier, les cordistes de l'entreprise Vertical Sud décapent pierre par pierre les piles du viaduc de Cabessut, fermé aux poids lourds depuis l'automne dernier.</p>
<p>« Le calcaire est plus fatigué qu'on ne le pensait », explique Thibault Roques, ingénieur au Département, en montrant une fissure qui court sur près de deux mètres. Les joints ont été refaits au mortier de chaux, et des tirants en inox posés pour maintenir les parements qui menaçaient de se détacher.</p>
<p>Le chantier, chiffré à 3,4 millions d'euros, est l'un des plus importants jamais conduits sur un ouvrage d'art du département. Il a fallu attendre la fin de la période de reproduction des martinets, qui nichent dans les anfractuosités, pour installer les échafaudages.</p>
<p>Côté riverains, la patience est mise à l'épreuve. Les déviations allongent de vingt minutes le trajet vers Cahors. « On comprend, mais on a hâte », résume Nathalie, commerçante à Cabessut. La réouverture complète est annoncée pour la fin juin.</p>
<p>Au pied des piles, les anciens se souviennent de l'inauguration de 1952 : on avait fait défiler une fanfare et lâché des pigeons. Cette fois, le Département promet simplement une journée portes ouvertes du chantier, le 18 mai.</p>
</article>
<p><small>© La Gazette du Quercy – reproduction interne.</small></p>
""")



# --------------------------------------------------------------------------- public .docx


def p002() -> None:
    doc = _new("Mairie de Montluel", "Compte rendu du conseil municipal du 26 septembre 2024")
    _header(doc, "Ville de Montluel – Compte rendu sommaire affiché en mairie et publié sur le site internet")
    _paras(doc, """
# Compte rendu de la séance du conseil municipal du jeudi 26 septembre 2024
Président de séance : M. Romain Daubié, maire. Secrétaire de séance : Mme Océane Berthet.
Conseillers en exercice : 29 – présents : 24 – pouvoirs : 4.
Groupes : « Montluel Ensemble » (majorité, 22 sièges), « Agir pour Montluel » (4 sièges), « Rassemblement national – Montluel d'abord » (3 sièges).
# 1. Approbation du procès-verbal de la séance du 4 juillet 2024
Adopté à l'unanimité.
# 2. Décision modificative n° 2 du budget principal
Rapporteur : M. Alain Perrier, adjoint aux finances. Ajustement de 148 000 € pour la hausse des fluides et la réfection de la toiture du gymnase. Adoptée par 25 voix pour et 3 voix contre (groupe Rassemblement national – Montluel d'abord), M. Jérôme Lacour, président du groupe, estimant que « la ville dépense trop pour l'énergie des bâtiments associatifs ».
# 3. Subvention à l'association « Les Amis de la Maison de santé »
Rapporteuse : Mme Isabelle Chanel, adjointe à la santé et aux solidarités. 3 000 € pour l'organisation d'une journée de dépistage du diabète et des maladies cardiovasculaires. Adoptée à l'unanimité.
# 4. Convention avec l'association départementale d'aide aux victimes
Permanence mensuelle en mairie pour les victimes d'infractions, gratuite et confidentielle. Adoptée à l'unanimité.
# 5. Acquisition amiable d'un garage rue du Pont auprès de Mme Odile Guérin
Prix : 18 500 €, conforme à l'avis du Domaine, pour l'élargissement du trottoir. Adoptée par 26 voix pour et 2 abstentions.
# 6. Modification du tableau des effectifs
Création d'un poste d'agent de police municipale et d'un poste d'éducatrice de jeunes enfants. Le groupe « Agir pour Montluel » regrette l'absence de poste de médiateur. Adoptée par 25 voix pour, 3 abstentions.
# 7. Motion relative à la fermeture de la trésorerie
Présentée par la majorité, adoptée à l'unanimité.
# 8. Questions orales
Mme Karine Jullien (Agir pour Montluel) interroge le maire sur les délais de la nouvelle crèche. Réponse : ouverture reportée à janvier 2025. M. Lacour demande des précisions sur le coût de la vidéoprotection ; le maire répond que le bilan sera présenté en commission.
La séance est levée à 21 h 50.
Le maire, Romain Daubié – Affiché le 30 septembre 2024.
""")
    _save_docx(doc, "p002_compterendu_conseil_municipal.docx")


def p003() -> None:
    doc = _new("Mairie de Saint-Chamond", "Délibération tableau des effectifs")
    _paras(doc, """
# COMMUNE DE SAINT-CHAMOND – Conseil municipal du 18 novembre 2024
Délibération n° 2024-11-112 – Modification du tableau des effectifs au 1er janvier 2025
Rapporteure : Mme Nadia Semache, adjointe aux ressources humaines et au dialogue social
Mme Semache expose que l'évolution des services, les avancements de grade de l'année et la réorganisation du pôle solidarités conduisent à modifier le tableau des effectifs. Le comité social territorial a émis un avis favorable le 5 novembre 2024, à l'unanimité des représentants du personnel et des représentants de la collectivité.
""")
    _table(doc, [
        ["Service", "Grade", "Catégorie", "Temps", "Création", "Suppression"],
        ["CCAS – pôle seniors", "Infirmier en soins généraux", "A", "TC", "1", "0"],
        ["CCAS – accueil social", "Assistant socio-éducatif", "A", "TC", "1", "0"],
        ["Police municipale", "Gardien-brigadier", "C", "TC", "2", "0"],
        ["Services techniques", "Adjoint technique principal 2e cl.", "C", "TC", "3", "3 (adjoint technique, avancements)"],
        ["Éducation", "ATSEM principal 1re cl.", "C", "TNC 31,5/35", "2", "2 (ATSEM principal 2e cl.)"],
        ["Administration générale", "Rédacteur", "B", "TC", "0", "1 (poste vacant)"],
    ])
    _paras(doc, """
M. Luc Fayolle, pour le groupe d'opposition « Saint-Chamond Demain », demande combien de postes restent vacants. Mme Semache indique que 14 postes sont vacants, dont 9 en cours de recrutement.
Le conseil municipal, après en avoir délibéré, à l'unanimité, APPROUVE la modification du tableau des effectifs telle que présentée, DIT que les crédits nécessaires sont inscrits au chapitre 012 du budget 2025.
Le maire, Hervé Régnier. Transmis en préfecture et publié le 22 novembre 2024.
""")
    _save_docx(doc, "p003_deliberation_tableau_effectifs.docx")


def p022() -> None:
    doc = _new("Logis Métropole", "Conseil d'administration – politique d'attribution")
    _paras(doc, """
# LOGIS MÉTROPOLE – Office public de l'habitat
Conseil d'administration du 12 juin 2024 – Délibération n° CA-2024-31
Objet : bilan 2023 des attributions de logements et orientations de la politique d'attribution
Présidence : Mme Sylvie Marchetti, présidente, vice-présidente de la métropole chargée de l'habitat.
Administrateurs présents : 19 sur 23, dont les représentants des locataires (CNL, CLCV, CSF), de la CAF et de l'UDAF.
Rapporteur : M. Philippe Dorval, directeur de la gestion locative.
Le rapporteur présente le bilan des attributions de l'année 2023 :
""")
    _table(doc, [
        ["Indicateur", "2022", "2023"],
        ["Logements attribués", "1 486", "1 412"],
        ["Dont ménages sous le 1er quartile de revenus (hors QPV)", "24 %", "26,5 %"],
        ["Dont ménages reconnus prioritaires DALO", "118", "131"],
        ["Dont ménages relogés suite à violences conjugales (dispositif réservé)", "42", "57"],
        ["Dont personnes en situation de handicap (logements adaptés)", "63", "71"],
        ["Délai moyen d'attribution", "19 mois", "21 mois"],
        ["Taux de locataires en impayé de plus de 3 mois", "4,1 %", "4,6 %"],
    ])
    _paras(doc, """
Orientations 2024 : atteindre 27 % d'attributions au premier quartile hors quartiers prioritaires ; renforcer l'accompagnement des locataires en difficulté de paiement par deux conseillères sociales supplémentaires ; développer les échanges de logements entre locataires.
Mme Chantal Roux, administratrice représentant la CNL, demande que les locataires soient mieux informés des critères de cotation. Le directeur général indique qu'une fiche explicative sera jointe à chaque accusé de réception de demande.
Le conseil d'administration, après en avoir délibéré, à l'unanimité, PREND ACTE du bilan et APPROUVE les orientations de la politique d'attribution 2024.
La présidente, Sylvie Marchetti. Publiée au recueil des actes de l'Office.
""")
    _save_docx(doc, "p022_deliberation_office_hlm.docx")


def p031() -> None:
    doc = _new("DRH – Conseil départemental de l'Allier", "Procédure arrêt de travail")
    _header(doc, "Guide de l'agent – Fiche 12 – diffusion : tous les agents (intranet et affichage)")
    _footer(doc, "Direction des ressources humaines – service santé et conditions de travail – version septembre 2024")
    _paras(doc, """
# En cas d'arrêt de travail pour maladie : que faire ?
1. Prévenir
Prévenez votre responsable le jour même, avant l'heure de prise de poste si possible, par téléphone ou par courriel. Vous n'avez pas à indiquer la nature de votre maladie.
2. Transmettre l'avis d'arrêt
Adressez les volets 2 et 3 de l'avis d'arrêt de travail à la DRH (service santé et conditions de travail) dans un délai de 48 heures. Le volet 1, qui comporte les informations médicales, est à conserver par vous ou à envoyer uniquement au médecin agréé en cas de demande. En cas d'envoi tardif, une réduction de rémunération peut être appliquée.
3. Rémunération
Fonctionnaires : plein traitement pendant trois mois, puis demi-traitement pendant neuf mois, sur une période de douze mois consécutifs. Un jour de carence s'applique. Contractuels : selon l'ancienneté, en complément des indemnités journalières de la sécurité sociale.
4. Contrôle
L'administration peut faire procéder à une contre-visite par un médecin agréé. Vous devez être présent à votre domicile aux heures indiquées, sauf autorisation de sortie mentionnée sur l'avis.
5. Reprise
Après un arrêt de plus de 30 jours, une visite de reprise auprès du médecin du travail est organisée. Un temps partiel thérapeutique peut être demandé.
Le secret médical est garanti : seuls les médecins ont accès aux informations de santé. Les gestionnaires RH ne connaissent que les dates d'arrêt.
Contact : santé-travail@allier.fr – 04 70 34 ** **
""")
    _save_docx(doc, "p031_procedure_arret_maladie.docx")


def p064() -> None:
    doc = _new("Secrétariat général – Communauté de communes", "Rapport d'activité 2023")
    _header(doc, "Rapport d'activité 2023 – document public présenté au conseil communautaire du 27 juin 2024")
    _footer(doc, "Secrétariat général – Communauté de communes du Val de Drôme – page 1")
    _paras(doc, """
# Rapport d'activité 2023 – chapitre 1 : l'administration générale
Le secrétariat général assure la préparation et le suivi des instances, la gestion des assemblées, les affaires juridiques, les archives et l'accueil. Il compte six agents.
Les instances
En 2023, le conseil communautaire s'est réuni 8 fois et a adopté 164 délibérations ; le bureau s'est réuni 21 fois. Toutes les délibérations ont été publiées sous forme électronique sur le site internet dans les délais réglementaires, conformément à la réforme de la publicité des actes entrée en vigueur le 1er juillet 2022.
Les affaires juridiques
Le service a traité 46 demandes de conseil juridique des communes membres, suivi 3 contentieux devant le tribunal administratif (urbanisme et marchés publics) et instruit 12 demandes de communication de documents administratifs, toutes satisfaites, dont 2 après occultation partielle.
Les archives
Un plan de classement commun aux services a été adopté ; 85 mètres linéaires d'archives ont été éliminés après visa des Archives départementales. La salle d'archives a été équipée d'un déshumidificateur.
L'accueil
L'accueil du siège a reçu 6 200 visiteurs et 14 300 appels. La maison France Services de Loriol a accompagné 3 900 usagers pour des démarches en ligne (impôts, CAF, retraite, permis de conduire).
Perspectives 2024
Dématérialisation complète des convocations des élus ; formation des secrétaires de mairie des communes membres ; refonte du site internet.
""")
    _save_docx(doc, "p064_rapport_activite_secretariat.docx")


# --------------------------------------------------------------------------- public .html


def p024() -> None:
    _save_html("p024_compterendu_decisions_maire.html", "Décisions du maire – conseil municipal", """
<h1>Ville de Villefontaine – Conseil municipal du 10 octobre 2024</h1>
<h2>Point 3 : compte rendu des décisions prises par le maire en vertu de l'article L.2122-22 du CGCT</h2>
<p>Conformément à l'article L.2122-23 du code général des collectivités territoriales, M. le maire rend compte au conseil des décisions prises depuis la séance du 4 juillet 2024 :</p>
<ol>
<li>Décision n° 2024-041 : signature d'un marché de maintenance des installations de chauffage avec la société Dalkia, pour un montant annuel de 48 600 € HT.</li>
<li>Décision n° 2024-042 : fixation des tarifs de location de la salle Balavoine pour les associations extérieures.</li>
<li>Décision n° 2024-043 : acceptation d'une indemnité de sinistre de 6 214 € versée par l'assureur pour le bris de vitres du gymnase.</li>
<li>Décision n° 2024-044 : décision d'ester en justice et désignation du cabinet Adamas Avocats pour défendre la commune dans le recours formé par la SCI Les Fontaines contre le refus de permis de construire du 12 mars 2024.</li>
<li>Décision n° 2024-045 : convention de mise à disposition d'un local au centre médico-psychologique de l'hôpital du Vion.</li>
<li>Décision n° 2024-046 : demande de subvention à la caisse d'allocations familiales pour l'aménagement de l'accueil de loisirs.</li>
<li>Décision n° 2024-047 : signature d'un bail avec Mme Lucie Bernard pour un jardin familial, parcelle n° 12, loyer annuel 45 €.</li>
</ol>
<p>Le conseil municipal prend acte de ces décisions. Mme Sabine Cotte, pour le groupe « Villefontaine Solidaire », demande des précisions sur le contentieux de la SCI Les Fontaines ; M. le maire indique que l'audience n'est pas encore fixée.</p>
<p><em>Document publié le 15 octobre 2024.</em></p>
""")


def p025() -> None:
    _save_html("p025_faq_diffusion_restreinte.html", "FAQ – mentions de protection", """
<h1>Foire aux questions : les mentions de protection des documents</h1>
<p>Service de la sécurité de l'information – Académie de Grenoble. Page publique destinée aux personnels et aux partenaires.</p>
<h2>Que signifie la mention « Diffusion Restreinte » ?</h2>
<p>« Diffusion Restreinte » n'est pas un niveau de classification au sens du secret de la défense nationale. C'est une mention de protection qui signale qu'un document ne doit être communiqué qu'aux personnes ayant besoin d'en connaître. Elle est apposée en haut et en bas de chaque page par l'émetteur du document.</p>
<h2>Quelle différence avec « Secret » et « Très Secret » ?</h2>
<p>Depuis la réforme du 1er juillet 2021, les informations classifiées relèvent de deux niveaux : « Secret » et « Très Secret ». Leur accès nécessite une habilitation et un besoin d'en connaître. L'ancien niveau « Confidentiel Défense » a été supprimé.</p>
<h2>J'ai reçu un document portant la mention « Usage interne » : puis-je le transférer ?</h2>
<ul>
<li>oui, à un collègue de votre service qui en a besoin ;</li>
<li>non, à une personne extérieure à l'administration sans accord de l'émetteur ;</li>
<li>en cas de doute, adressez-vous à l'émetteur.</li>
</ul>
<h2>Comment transmettre un document protégé ?</h2>
<p>Utilisez la messagerie académique et, pour les documents « Diffusion Restreinte », un chiffrement validé. N'utilisez jamais une messagerie personnelle ni un service de stockage grand public.</p>
<h2>Qui contacter ?</h2>
<p>Le responsable de la sécurité des systèmes d'information : rssi@ac-grenoble.fr.</p>
<p><small>Page mise à jour le 4 mars 2024.</small></p>
""")


def p033() -> None:
    _save_html("p033_statistiques_rsa.html", "Observatoire départemental de l'insertion", """
<h1>Observatoire départemental de l'insertion – Département de l'Aisne</h1>
<h2>Tableau de bord trimestriel – bénéficiaires du RSA au 30 juin 2024</h2>
<p>Source : CAF de l'Aisne, MSA Picardie, traitement Département. Données agrégées ; aucun effectif inférieur à 10 n'est diffusé.</p>
<table border="1">
<thead><tr><th>Territoire d'action sociale</th><th>Foyers bénéficiaires</th><th>Évolution sur un an</th><th>Part des personnes seules</th><th>Part des familles monoparentales</th><th>Ancienneté de plus de 5 ans</th></tr></thead>
<tbody>
<tr><td>Saint-Quentin</td><td>6 412</td><td>– 1,8 %</td><td>49 %</td><td>29 %</td><td>38 %</td></tr>
<tr><td>Laon</td><td>3 105</td><td>– 0,6 %</td><td>51 %</td><td>27 %</td><td>35 %</td></tr>
<tr><td>Soissons</td><td>2 876</td><td>+ 0,4 %</td><td>47 %</td><td>31 %</td><td>33 %</td></tr>
<tr><td>Château-Thierry</td><td>1 540</td><td>– 2,9 %</td><td>45 %</td><td>30 %</td><td>31 %</td></tr>
<tr><td>Thiérache</td><td>2 214</td><td>+ 1,1 %</td><td>44 %</td><td>33 %</td><td>41 %</td></tr>
<tr><td><strong>Département</strong></td><td><strong>16 147</strong></td><td><strong>– 1,0 %</strong></td><td><strong>48 %</strong></td><td><strong>30 %</strong></td><td><strong>36 %</strong></td></tr>
</tbody>
</table>
<h2>Commentaire</h2>
<p>Le nombre de foyers bénéficiaires poursuit une lente décrue. La part des bénéficiaires inscrits depuis plus de cinq ans reste élevée en Thiérache, territoire où l'offre de transport limite l'accès à l'emploi. L'expérimentation de l'accompagnement rénové (15 heures d'activité hebdomadaires) concerne 1 200 foyers du territoire de Laon.</p>
<p>Contact : observatoire.insertion@aisne.fr</p>
""")


def p041() -> None:
    _save_html("p041_faq_titre_sejour.html", "Préfecture – questions fréquentes sur le séjour", """
<h1>Préfecture de la Côte-d'Or – Étrangers en France : vos questions fréquentes</h1>
<h2>Comment demander ou renouveler mon titre de séjour ?</h2>
<p>La plupart des demandes se font désormais en ligne sur l'administration numérique pour les étrangers en France (ANEF). Il n'est plus nécessaire de prendre rendez-vous au guichet pour les titres concernés.</p>
<h2>Quand dois-je déposer ma demande de renouvellement ?</h2>
<p>Entre le 120e et le 60e jour avant l'expiration de votre titre. Une demande tardive peut entraîner une rupture de droits, notamment au travail et aux prestations sociales.</p>
<h2>Mon titre expire et je n'ai pas encore de réponse : que faire ?</h2>
<ul>
<li>si votre demande est complète, une attestation de prolongation d'instruction est délivrée automatiquement dans votre espace ANEF ;</li>
<li>cette attestation vous permet de continuer à séjourner et, le cas échéant, à travailler ;</li>
<li>en cas de difficulté, utilisez le formulaire de contact du centre de contact citoyen.</li>
</ul>
<h2>Je souhaite demander l'asile : où m'adresser ?</h2>
<p>La demande d'asile n'est pas instruite par la préfecture. Présentez-vous à la structure de premier accueil des demandeurs d'asile (SPADA), qui vous orientera vers le guichet unique de Dijon.</p>
<h2>Que faire en cas de refus ?</h2>
<p>La décision indique les voies et délais de recours : recours gracieux auprès du préfet, recours hiérarchique auprès du ministre, recours contentieux devant le tribunal administratif. Vous pouvez vous faire aider par un avocat ou une association.</p>
<p><small>Ces informations générales ne remplacent pas l'examen individuel de votre situation.</small></p>
""")


def p063() -> None:
    _save_html("p063_tableau_subventions.html", "Subventions aux associations 2024", """
<h1>Ville de Saint-Nazaire – Subventions de fonctionnement aux associations 2024</h1>
<p>Annexe à la délibération n° 2024-017 du conseil municipal du 2 février 2024 (données publiées en application de la loi du 12 avril 2000 et de l'article L.2313-1 du CGCT).</p>
<table border="1">
<thead><tr><th>Association</th><th>Objet</th><th>Montant 2023</th><th>Montant 2024</th></tr></thead>
<tbody>
<tr><td>Union locale CGT de Saint-Nazaire</td><td>Fonctionnement de la Maison du peuple et de la bourse du travail</td><td>18 000 €</td><td>18 000 €</td></tr>
<tr><td>Union locale CFDT</td><td>Permanences d'information juridique des salariés</td><td>6 500 €</td><td>6 500 €</td></tr>
<tr><td>Association des diabétiques de Loire-Atlantique</td><td>Ateliers d'éducation thérapeutique</td><td>1 200 €</td><td>1 500 €</td></tr>
<tr><td>Planning familial 44 – antenne de Saint-Nazaire</td><td>Accueil et information sur la santé sexuelle</td><td>9 000 €</td><td>9 500 €</td></tr>
<tr><td>Centre LGBTI+ Estuaire</td><td>Lieu d'accueil et de prévention</td><td>3 000 €</td><td>3 500 €</td></tr>
<tr><td>Association culturelle franco-turque</td><td>Cours de langue et fête annuelle</td><td>1 800 €</td><td>1 800 €</td></tr>
<tr><td>Centre communal de la communauté musulmane (activités culturelles)</td><td>Soutien scolaire et bibliothèque</td><td>2 000 €</td><td>2 000 €</td></tr>
<tr><td>Ligue des droits de l'Homme – section locale</td><td>Permanences d'accès au droit des étrangers</td><td>2 500 €</td><td>2 500 €</td></tr>
<tr><td>Addictions France – CSAPA</td><td>Actions de prévention en milieu scolaire</td><td>4 000 €</td><td>4 000 €</td></tr>
</tbody>
</table>
<p>Vote : 41 voix pour, 2 abstentions. Les conseillers membres des bureaux des associations concernées n'ont pas pris part au vote.</p>
""")


PUBLIC_BUILDERS = [p002, p003, p022, p031, p064, p024, p025, p033, p041, p063]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for build in (s006, s020, s036, s044, s045, s046, s078, s030, s047, s064, s084, *PUBLIC_BUILDERS):
        build()


if __name__ == "__main__":
    main()
