"""Build the .docx and .html documents of the hand-written sensitivity set ``dev17``.

Theme: structured and semi-structured working documents of French public administrations (forms,
registers, exported spreadsheets, commission minutes, case notes, help-desk tickets, calendar entries,
hand-over lists, licences, user accounts, databases). The ``.txt`` documents and ``labels.jsonl`` sit
directly in ``bench/sensitivity/corpus/dev17``; this script writes the ``.docx`` and ``.html`` ones with
stable bytes through the shared helper ``docfiles.write_set``.

Run from the worktree root:
    PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev17_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev17"
FIXED = dt.datetime(2026, 3, 2, 9, 0, 0)
DOCX: dict = {}
HTML: dict = {}

# ---------------------------------------------------------------- sovereign .docx

DOCX["s053_grille_evaluation_apa.docx"] = [
    ("title", "Allocation personnalisée d'autonomie — Grille d'évaluation à domicile"),
    ("p", "Conseil départemental de la Creuse — Équipe médico-sociale APA — Secteur de Bourganeuf"),
    ("table", [
        ["Rubrique", "Renseignement"],
        ["Bénéficiaire", "Mme Marcelle DUPUY, née le 12/05/1939, Royère-de-Vassivière"],
        ["Date de visite", "27/01/2026 — évaluatrice : Mme Laure Chabrol, infirmière"],
        ["GIR (AGGIR)", "GIR 2"],
        ["Pathologies signalées", "maladie de Parkinson évoluée, chutes à répétition, incontinence urinaire, début de troubles cognitifs"],
        ["Ressources", "pension de réversion 742 € + ASPA"],
        ["Entourage", "fils à Lyon, passe 1 fois par mois ; voisine présente"],
        ["Plan d'aide proposé", "aide à domicile 45 h/mois, portage de repas, téléassistance, protections"],
        ["Participation", "0 % (ressources inférieures au seuil)"],
    ]),
    ("p", "Observation : situation fragile, orienter vers un hébergement temporaire en cas d'hospitalisation du fils aidant."),
]

DOCX["s054_conseil_discipline_pv.docx"] = [
    ("title", "Conseil de discipline de recours — Procès-verbal de séance"),
    ("p", "Centre de gestion de la Moselle — séance du 15 janvier 2026 — formation de catégorie C"),
    ("h", "Agent déféré"),
    ("table", [
        ["Nom", "M. Ludovic SCHNEIDER"],
        ["Grade", "adjoint technique territorial, conducteur de poids lourds"],
        ["Collectivité", "Commune de Forbach — service propreté"],
        ["Sanction proposée", "exclusion temporaire de fonctions de 2 ans dont 1 avec sursis"],
    ]),
    ("h", "Rappel des faits"),
    ("p", "Le 7 octobre 2025, l'agent a été contrôlé par la police nationale au volant de la balayeuse municipale "
          "avec un taux d'alcoolémie de 0,92 mg/l d'air expiré. Le tribunal correctionnel de Metz l'a condamné le 2 décembre 2025 "
          "à 4 mois d'emprisonnement avec sursis et à l'annulation de son permis de conduire. Ses supérieurs signalent par ailleurs "
          "des retards répétés et un comportement agressif avec l'encadrement depuis 2024."),
    ("h", "Vote"),
    ("table", [["Pour la sanction proposée", "Contre", "Abstention"], ["5", "3", "0"]]),
    ("p", "Le conseil émet un avis favorable à la sanction proposée par l'autorité territoriale."),
]

DOCX["s055_note_incident_agent_tracts.docx"] = [
    ("title", "Fiche d'incident — usage interne DRH"),
    ("table", [
        ["Date", "03/02/2026"],
        ["Service", "Médiathèque Aragon — Ville de Vierzon"],
        ["Agent concerné", "M. Sébastien GIRAUD, assistant de conservation"],
        ["Signalé par", "Mme F. Rondeau, responsable de site"],
    ]),
    ("p", "Motif : l'agent a déposé sur la banque de prêt une pile de tracts de l'Union populaire républicaine, "
          "dont il est adhérent et militant actif d'après ses propres dires, et a entamé avec un usager une discussion "
          "animée sur la sortie de l'Union européenne. Plusieurs usagers se sont plaints."),
    ("p", "Proposition : rappel écrit de l'obligation de neutralité ; pas de procédure disciplinaire à ce stade."),
]

DOCX["s056_suivi_mna_evaluation.docx"] = [
    ("title", "Tableau de suivi — évaluation de minorité et d'isolement"),
    ("p", "Département de la Côte-d'Or — Direction de l'enfance — DAMIE — semaine 4/2026"),
    ("table", [
        ["Réf.", "Jeune (déclaré)", "Âge déclaré", "Pays", "Documents", "Conclusion évaluation", "Orientation"],
        ["MNA-26-031", "Mamadou B.", "15 ans", "Guinée", "extrait d'acte de naissance (à authentifier PAF)", "minorité vraisemblable", "OPP, confié à l'ASE"],
        ["MNA-26-032", "Amadou S.", "16 ans", "Mali", "aucun", "récit incohérent, minorité non retenue", "notification de refus, orientation 115"],
        ["MNA-26-033", "Ahmad R.", "14 ans", "Afghanistan", "tazkira", "minorité retenue — traumatisme du parcours migratoire, orientation psy", "placement MECS Talant"],
    ]),
]

DOCX["s057_fiche_liaison_pmi.docx"] = [
    ("title", "Fiche de liaison PMI — Maternité"),
    ("p", "Centre hospitalier de Béziers → Centre de PMI de la Devèze"),
    ("table", [
        ["Mère", "Mlle Kelly ROCHE, 16 ans, élève en 2nde"],
        ["Accouchement", "18/01/2026, césarienne, garçon 2,650 kg"],
        ["Suivi de grossesse", "déclarée à 26 SA, non suivie jusqu'au 6e mois"],
        ["Contexte", "conflit avec sa mère, hébergée chez le grand-père ; père de l'enfant majeur (22 ans), relation déclarée"],
        ["Demande", "VAD sage-femme PMI à J+8, évaluation des conditions d'accueil, lien avec l'ASE si nécessaire"],
    ]),
    ("p", "Rédigé par Mme Guerrero, sage-femme coordinatrice."),
]

DOCX["s058_compte_delegataire_piscine.docx"] = [
    ("title", "DSP Centre aquatique Aqualis — Compte d'exploitation prévisionnel détaillé"),
    ("p", "Pièce remise par le délégataire Aqualoisirs Gestion SAS au titre de la négociation — document couvert par le secret des affaires"),
    ("table", [
        ["Poste", "2026", "2027", "2028"],
        ["Chiffre d'affaires entrées", "1 240 000 €", "1 302 000 €", "1 355 000 €"],
        ["Frais de siège refacturés", "98 000 €", "101 000 €", "104 000 €"],
        ["Coût énergie (contrat négocié par le groupe, 0,118 €/kWh)", "412 000 €", "398 000 €", "390 000 €"],
        ["Marge nette du délégataire", "6,8 %", "7,4 %", "8,1 %"],
    ]),
    ("p", "Hypothèse interne : baisse de la masse salariale de 4 % par recours aux contrats saisonniers, non présentée au comité social."),
]

DOCX["s059_sickness_absence_register_en.docx"] = [
    ("title", "Staff absence register — International office"),
    ("p", "Université Grenoble Alpes — international relations department — January 2026 (internal HR spreadsheet, English version for the Erasmus coordinator)"),
    ("table", [
        ["Staff member", "From", "To", "Type", "Reason / comment"],
        ["Ms Claire FONTAINE", "05/01", "09/01", "annual leave", "—"],
        ["Mr Tomasz WIŚNIEWSKI", "12/01", "30/01", "sick leave", "burn-out, referred to occupational doctor"],
        ["Ms Aïssatou DIOP", "19/01", "ongoing", "sick leave", "chemotherapy, part-time return expected in April"],
        ["Mr Pierre LAMY", "26/01", "27/01", "training", "—"],
    ]),
]

DOCX["s060_cpu_fiche_detenu.docx"] = [
    ("title", "Commission pluridisciplinaire unique — Fiche de situation"),
    ("p", "Centre de détention de Muret — séance du 22/01/2026"),
    ("table", [
        ["Personne détenue", "M. Anthony CARRÉ (écrou 18224)"],
        ["Condamnation", "8 ans pour vol à main armée (CA Toulouse, 2022) ; fin de peine 09/2029"],
        ["Comportement", "pas d'incident depuis 6 mois ; travaille aux ateliers"],
        ["Pratique cultuelle", "converti à l'islam en détention (2024), pratique rigoriste selon le personnel d'étage, "
                              "refuse de saluer les surveillantes, fréquente le culte du vendredi"],
        ["Avis de la CPU", "maintien en régime ordinaire, évaluation complémentaire par le binôme de soutien"],
    ]),
]

DOCX["s061_demande_mutation_logement.docx"] = [
    ("title", "Demande de mutation interne — fiche de présentation en CALEOL"),
    ("p", "Lille Métropole Habitat — agence de Roubaix"),
    ("table", [
        ["Locataires", "M. Kevin DUMONT et M. Baptiste GAILLARD, pacsés"],
        ["Logement actuel", "T2, résidence Les Trois Ponts, bât. D"],
        ["Motif", "insultes et dégradations à caractère homophobe répétées depuis 2025 (porte taguée, boîte aux lettres brûlée) ; "
                  "le couple souhaite quitter le quartier"],
        ["Avis de l'agence", "favorable, prioritaire — relogement sur le parc de Villeneuve-d'Ascq"],
    ]),
]

DOCX["s062_entretien_naturalisation.docx"] = [
    ("title", "Compte rendu d'entretien d'assimilation — demande de naturalisation"),
    ("p", "Préfecture de l'Isère — plateforme d'accès à la nationalité — dossier 2025-NAT-04471"),
    ("table", [
        ["Postulant", "M. Hakim AÏT-OUFELLA, né le 04/03/1988 à Tizi Ouzou (Algérie)"],
        ["Titre", "carte de résident 10 ans, entrée en France en 2011 (visa étudiant)"],
        ["Langue", "niveau B1 attesté (TCF)"],
        ["Questions connaissances", "15/20"],
        ["Observations de l'agent", "se présente comme Kabyle berbérophone, attaché à la culture amazighe ; épouse "
                                    "en situation irrégulière depuis 2023, ce qui peut peser sur l'appréciation de la loyauté"],
        ["Proposition", "ajournement 2 ans"],
    ]),
]

DOCX["s063_cahier_transmissions_fam.docx"] = [
    ("title", "Cahier de transmissions — Foyer d'accueil médicalisé Les Genêts"),
    ("p", "Association départementale gestionnaire (ADAPEI) — unité 2 — relève de 14h, 30/01/2026"),
    ("table", [
        ["Résident", "Transmission", "Professionnel"],
        ["Thibault", "crise d'épilepsie à 11h20 (3 min), Buccolam administré, somnolent ensuite", "M. (AMP)"],
        ["Océane", "refus alimentaire, perte de 2 kg en 15 jours — pesée quotidienne, RDV nutritionniste", "S. (IDE)"],
        ["Marc", "automutilation à l'avant-bras pendant la sieste, soin fait ; psychiatre prévenu", "S. (IDE)"],
        ["Fatima", "RAS, visite de sa sœur à 16h", "M. (AMP)"],
    ]),
]

DOCX["s064_audit_regie_diffusion_restreinte.docx"] = [
    ("title", "DIFFUSION RESTREINTE — Rapport d'audit interne n° 2025-07"),
    ("p", "Inspection générale des services — Ville de Perpignan — Régie de recettes du stationnement"),
    ("h", "Constats"),
    ("table", [
        ["N°", "Constat", "Niveau"],
        ["1", "Écart de caisse cumulé de 3 412 € sur 2025, non expliqué", "majeur"],
        ["2", "Le régisseur titulaire, M. Olivier SANCHEZ, ne réalise pas les contrôles inopinés des mandataires ; "
              "l'auditeur relève un manque de rigueur persistant et une méconnaissance de la réglementation", "majeur"],
        ["3", "Coffre non scellé, clé conservée dans le tiroir du bureau", "important"],
    ]),
    ("p", "Recommandation : remplacement du régisseur et mise en place d'un double contrôle."),
]

DOCX["s065_innovation_grant_panel_en.docx"] = [
    ("title", "Regional Innovation Fund — Selection panel scoring sheet (confidential applicant data)"),
    ("p", "Région Bretagne — Call 2025-2 — panel meeting of 20 January 2026"),
    ("table", [
        ["Applicant", "Declared 2025 turnover", "Burn rate", "Confidential strategy elements", "Score"],
        ["Oceanyx SAS (Brest)", "1.8 M€", "140 k€/month", "exclusive supply deal under negotiation with a major naval shipbuilder; patent filing planned Q2", "17/20"],
        ["AgriSense (Rennes)", "420 k€", "60 k€/month", "pivot from sensors to SaaS, gross margin target 72 %", "14/20"],
        ["Kerbio Labs", "95 k€", "35 k€/month", "cash runway 3 months, investor round failed in December", "9/20"],
    ]),
]

DOCX["s066_support_formation_chapitre.docx"] = [
    ("title", "Support de formation — Marchés publics (session agents de catégorie B)"),
    ("p", "Service formation — Conseil départemental du Loiret. Le chapitre ci-dessous est reproduit intégralement "
          "depuis l'ouvrage « Droit des marchés publics », 9e édition, éditions Le Moniteur, pp. 211-236."),
    ("h", "Chapitre 7 — L'offre anormalement basse"),
    ("p", "« L'acheteur qui soupçonne qu'une offre est anormalement basse ne peut la rejeter d'emblée. Il lui appartient "
          "d'abord de solliciter du candidat toutes précisions utiles. Cette obligation, issue de la directive 2014/24/UE, "
          "traduit un équilibre délicat entre la protection de la concurrence et celle des deniers publics. La jurisprudence "
          "du Conseil d'État a précisé, au fil d'une série d'arrêts, la méthode d'appréciation… »"),
    ("p", "[pages 212 à 236 reproduites, schémas et tableaux compris]"),
    ("p", "© Éditions du Moniteur — reproduction soumise à autorisation."),
]

DOCX["s067_planning_consultations_cegidd.docx"] = [
    ("title", "CeGIDD — Planning des consultations du mardi 10 février 2026"),
    ("p", "Centre hospitalier de Valenciennes — centre gratuit d'information, de dépistage et de diagnostic"),
    ("table", [
        ["Heure", "Consultant", "Motif", "Médecin"],
        ["09:00", "M. Romain DELBECQ", "renouvellement PrEP — HSH, partenaires multiples", "Dr Kaci"],
        ["09:30", "Mme Laetitia WAUTERS", "résultat sérologie VIH (positif, annonce)", "Dr Kaci"],
        ["10:00", "M. Julien OBERT", "dépistage après rapport non protégé", "Dr Lenoir"],
        ["10:30", "Mme Sonia H.", "suivi syphilis traitée", "Dr Lenoir"],
    ]),
]

DOCX["s068_cpraf_releve_situations.docx"] = [
    ("title", "DIFFUSION RESTREINTE — CPRAF du Val-de-Marne"),
    ("p", "Cellule préfectorale de prévention de la radicalisation et d'accompagnement des familles — relevé de situations, séance du 29/01/2026"),
    ("table", [
        ["Situation", "Personne", "Éléments", "Prise en charge"],
        ["VDM-118", "Lina K., 15 ans, Créteil", "rupture avec la famille, port du jilbab depuis 3 mois, consultation de contenus salafistes", "éducateur PJJ + maison des adolescents"],
        ["VDM-121", "M. Steven P., 24 ans, Ivry", "converti récent, discours de rupture, ancien détenu (violences)", "suivi SPIP, entretien famille"],
        ["VDM-124", "famille D., Vitry", "demande d'aide de la mère, fils parti en Syrie en 2015", "accompagnement psychologique"],
    ]),
]

DOCX["s069_conges_formation_syndicale.docx"] = [
    ("title", "Demandes de congé pour formation syndicale — 1er trimestre 2026"),
    ("p", "Département des Landes — Direction des ressources humaines — état transmis aux chefs de service"),
    ("table", [
        ["Agent", "Direction", "Organisme de formation", "Dates", "Avis du service"],
        ["Mme Patricia LABORDE", "Routes — CE de Tartas", "CGT — Institut de formation syndicale", "10-12/02", "favorable"],
        ["M. Jérémie DUCOS", "Collèges", "CFDT Interco", "03-05/03", "défavorable (nécessité de service)"],
        ["Mme Nora BELAÏD", "Solidarités", "UNSA Territoriaux", "17/03", "favorable"],
    ]),
]

# ---------------------------------------------------------------- sovereign .html

HTML["s070_intranet_astreintes_codes.html"] = ("Astreinte bâtiments — fiche réflexe", """
<h1>Astreinte bâtiments — Hôtel de ville de Mulhouse</h1>
<p>Page intranet réservée aux cadres d'astreinte — mise à jour 02/02/2026</p>
<table border="1">
<tr><th>Bâtiment</th><th>Accès</th><th>Alarme</th><th>Remarque</th></tr>
<tr><td>Hôtel de ville</td><td>badge maître n° 001 au PC sécurité</td><td>code de mise hors service 4471</td><td>la porte du quai de livraison ne se verrouille plus (à signaler)</td></tr>
<tr><td>Archives municipales</td><td>clé sur trousseau bleu</td><td>code 9032 + bouton</td><td>détecteur salle 3 neutralisé depuis travaux</td></tr>
<tr><td>Centre technique</td><td>digicode portail 1807B</td><td>télésurveillance Securitas, mot de passe oral « Rhin-Vert »</td><td>—</td></tr>
</table>
""")

HTML["s071_eap_ticket_export_en.html"] = ("EAP case export", """
<h1>Employee Assistance Programme — case export</h1>
<p>Communauté d'agglomération Paris-Saclay — provider: Psya — exported 01/02/2026 for the HR welfare officer</p>
<table border="1">
<tr><th>Case</th><th>Employee</th><th>Department</th><th>Issue</th><th>Follow-up</th></tr>
<tr><td>EAP-0931</td><td>Ms Virginie COLAS</td><td>Waste collection</td><td>panic attacks since assault by a user, sleep disorder</td><td>6 sessions, GP referral</td></tr>
<tr><td>EAP-0934</td><td>Mr Farid ZIANI</td><td>Finance</td><td>gambling debts, considering suicide at first call</td><td>crisis protocol activated, psychiatric appointment</td></tr>
<tr><td>EAP-0940</td><td>Ms Sarah COHEN</td><td>Culture</td><td>bereavement</td><td>3 sessions</td></tr>
</table>
""")

HTML["s072_portail_famille_compte.html"] = ("Portail famille — fiche foyer", """
<h1>Portail Famille — Ville de Saint-Herblain</h1>
<h2>Fiche foyer n° F-20418</h2>
<dl>
<dt>Responsable 1</dt><dd>Mme Élodie MARTINEAU — garde principale</dd>
<dt>Responsable 2</dt><dd>M. Franck MARTINEAU — <strong>ne pas remettre les enfants au père</strong> (ordonnance de protection, copie au dossier)</dd>
<dt>Quotient familial</dt><dd>312 € — tranche A (tarif social), bénéficiaire RSA majoré</dd>
<dt>Enfants</dt><dd>Jade (CE2), Hugo (GS)</dd>
<dt>Note animateur</dt><dd>Hugo très agité depuis la séparation, la maman demande d'être appelée en cas de problème.</dd>
</dl>
""")

HTML["s073_fiche_signalement_pm.html"] = ("Fiche de signalement", """
<h1>Police municipale d'Argenteuil — Fiche de signalement individuel</h1>
<table border="1">
<tr><th>Date</th><td>18/01/2026, 21h40</td></tr>
<tr><th>Lieu</th><td>gare du Val d'Argenteuil</td></tr>
<tr><th>Personne contrôlée</th><td>M. Dragan STOJANOVIĆ, né en 1991</td></tr>
<tr><th>Signalement</th><td>type européen, 1m80, « d'origine rom selon ses déclarations », blouson noir</td></tr>
<tr><th>Motif</th><td>suspicion de vol de portefeuille à la tire, plainte de Mme Leroy ; individu remis à l'OPJ du commissariat, placé en garde à vue</td></tr>
</table>
""")

HTML["s074_dismissal_meeting_notes_en.html"] = ("Meeting notes", """
<h1>Meeting notes — Facilities department</h1>
<p>Université Paris-Est Créteil — 27 January 2026 — present: head of facilities, HR business partner, Mr Tariq MALIK (caretaker), Mrs Joëlle PERROT (SNPTES union delegate, accompanying him)</p>
<ul>
<li>Mr Malik's probation period ends on 15 February. His manager reports unsatisfactory work: keys lost twice, lecture halls left unlocked, rude answers to lecturers.</li>
<li>Mrs Perrot says Mr Malik joined the union in November and that the criticism started afterwards.</li>
<li>Outcome: probation extended by 6 months rather than non-renewal; written objectives to be set.</li>
</ul>
""")

HTML["s075_tableau_expulsions_ccapex.html"] = ("CCAPEX — dossiers", """
<h1>CCAPEX de la Loire — sous-commission de Saint-Étienne</h1>
<p>Ordre du jour du 12/02/2026</p>
<table border="1">
<tr><th>Dossier</th><th>Ménage</th><th>Bailleur</th><th>Dette</th><th>Stade</th></tr>
<tr><td>42-2026-011</td><td>M. et Mme PEYRARD, 2 enfants</td><td>Métropole Habitat</td><td>5 412 €</td><td>commandement de quitter les lieux</td></tr>
<tr><td>42-2026-014</td><td>Mme Yasmina CHERIF</td><td>bailleur privé</td><td>2 880 €</td><td>assignation, audience 03/03</td></tr>
<tr><td>42-2026-019</td><td>M. Roland VEY, 67 ans</td><td>Loire Habitat</td><td>9 100 €</td><td>demande de concours de la force publique</td></tr>
</table>
""")

HTML["s076_crm_permanence_depute.html"] = ("Permanence — suivi des sollicitations", """
<h1>Permanence parlementaire — suivi des sollicitations (export CRM)</h1>
<table border="1">
<tr><th>Date</th><th>Administré</th><th>Objet</th><th>Tag</th></tr>
<tr><td>12/01</td><td>Mme Josiane MOUNIER, Aurillac</td><td>retard de pension de réversion</td><td>sympathisante, adhérente du parti depuis 2017, a tenu un bureau de vote</td></tr>
<tr><td>15/01</td><td>M. Lucas TEYSSÈDRE</td><td>stage de 3e</td><td>—</td></tr>
<tr><td>19/01</td><td>M. Bernard ROUX</td><td>permis de construire</td><td>militant écologiste opposé, a manifesté contre le député</td></tr>
</table>
""")

HTML["s077_residence_permit_tracker_en.html"] = ("International staff — residence permits", """
<h1>International researchers — residence permit tracker</h1>
<p>CNRS délégation Alpes — welcome office — shared sheet (English)</p>
<table border="1">
<tr><th>Researcher</th><th>Nationality</th><th>Permit</th><th>Expiry</th><th>Issue</th></tr>
<tr><td>Dr Ravi MENON</td><td>Indian</td><td>talent passport — researcher</td><td>12/2026</td><td>—</td></tr>
<tr><td>Dr Olena SHEVCHENKO</td><td>Ukrainian</td><td>temporary protection (APS)</td><td>03/2026</td><td>renewal appointment not yet obtained</td></tr>
<tr><td>Mr Chen LIANG</td><td>Chinese</td><td>student visa</td><td>expired 01/2026</td><td>now irregular, contract cannot start</td></tr>
</table>
""")

HTML["s078_commission_agrement_adoption.html"] = ("Commission d'agrément adoption", """
<h1>Commission d'agrément en vue d'adoption — Département du Morbihan</h1>
<p>Séance du 23/01/2026 — extrait du relevé d'avis</p>
<table border="1">
<tr><th>Candidats</th><th>Éléments d'évaluation</th><th>Avis</th></tr>
<tr><td>M. et Mme LE ROUX</td><td>infertilité après 4 FIV, deuil périnatal en 2022, projet mûri</td><td>favorable, 1 enfant 0-3 ans</td></tr>
<tr><td>Mme Gwenaëlle TANGUY (célibataire)</td><td>antécédent de dépression sévère (2019), stabilisé, avis psychiatre favorable</td><td>favorable</td></tr>
<tr><td>M. et M. BESNARD-COLLIN</td><td>couple marié, projet d'enfant à besoins spécifiques</td><td>favorable</td></tr>
</table>
""")

HTML["s079_exercice_pcs_confidentiel.html"] = ("Exercice — ne pas diffuser", """
<h1>CONFIDENTIEL — Exercice de sécurité civile « ORSEC-NOVI 2026 »</h1>
<p>Préfecture de la Seine-Maritime — SIDPC — scénario non communiqué aux joueurs</p>
<ul>
<li>Date de déclenchement : 17 mars 2026, 05h45 (les services ne sont pas prévenus)</li>
<li>Scénario : fuite de chlore sur le site SEVESO seuil haut de Grand-Quevilly ; intrusion simulée par le portail ouest, dont le système d'alarme est connu pour ne pas remonter au PC</li>
<li>Points de test : délai de bouclage du périmètre, capacité de l'hôpital à recevoir 40 victimes</li>
</ul>
""")

HTML["s080_passport_station_log_en.html"] = ("Passport station log", """
<h1>Biometric passport station — incident log</h1>
<p>Mairie de Vincennes — DR station no. 2 — week 5, 2026</p>
<table border="1">
<tr><th>Date</th><th>Applicant</th><th>Step</th><th>Issue</th></tr>
<tr><td>26/01</td><td>Mrs Huguette BLANCHARD (89)</td><td>fingerprint capture</td><td>worn ridges, both index fingers unreadable, exemption code entered</td></tr>
<tr><td>28/01</td><td>Mr Ilyes MEZIANE</td><td>photo / facial image</td><td>image rejected 3 times by quality check (ICAO), retaken</td></tr>
<tr><td>29/01</td><td>Ms Nina PETROVA</td><td>fingerprint capture</td><td>right hand: finger 2 amputated, noted in file</td></tr>
</table>
""")

HTML["s081_bilan_stage_titularisation.html"] = ("Rapport de fin de stage", """
<h1>Rapport de fin de stage en vue de titularisation</h1>
<p>Commune de Saint-Malo — Direction de l'éducation</p>
<table border="1">
<tr><th>Stagiaire</th><td>Mme Morgane LE CORRE, ATSEM principale 2e classe</td></tr>
<tr><th>Période</th><td>01/02/2025 — 31/01/2026</td></tr>
<tr><th>Appréciation</th><td>Manque d'initiative et de ponctualité ; relations tendues avec l'enseignante ; a dû être recadrée deux fois pour usage du téléphone pendant la surveillance de la sieste. Progrès en fin de période.</td></tr>
<tr><th>Proposition</th><td>prorogation du stage de 6 mois</td></tr>
</table>
""")

HTML["s082_intranet_press_article_en.html"] = ("Press watch", """
<h1>Press watch — European affairs unit</h1>
<p>Full text reproduced for internal circulation (subscription account of the unit).</p>
<h2>Financial Times — 2 February 2026 — "Europe's mid-sized cities bet on hydrogen buses"</h2>
<p>When the transport authority of a mid-sized French city ordered its first fleet of hydrogen buses in 2021,
officials presented it as a showcase. Five years on, the picture is more mixed. Fuel costs have nearly
doubled, supply contracts have proved hard to renegotiate, and several operators privately concede that the
vehicles spend more time in depots than planned. "We were sold a revolution," said one executive, who asked
not to be named…</p>
<p>[article continues, 1,450 words]</p>
<p>© The Financial Times Limited 2026. All rights reserved.</p>
""")

HTML["s083_offer_clarification_en.html"] = ("Clarification request — answers", """
<h1>Tender 2025-IT-17 — Answers to clarification request (bidder: CloudNordic AB)</h1>
<p>Received by the procurement unit of Région Grand Est — not for publication</p>
<ol>
<li>Our price of 0.021 €/GB/month for object storage is below cost; it is financed by a 3-year cross-subsidy from our Nordic public-sector contracts.</li>
<li>Our subcontractor for the French datacentre is DataSud, at a negotiated rate of 61 €/rack-unit/month.</li>
<li>We plan to migrate the service to our own facility in Strasbourg in 2027; this project has not been announced.</li>
</ol>
""")

HTML["s084_suivi_ip_circonscription.html"] = ("Suivi des informations préoccupantes", """
<h1>Circonscription de Lens 2 — tableau de suivi des informations préoccupantes transmises à la CRIP</h1>
<table border="1">
<tr><th>Date</th><th>École</th><th>Élève</th><th>Motif</th><th>Retour CRIP</th></tr>
<tr><td>08/01</td><td>É.É. Pasteur</td><td>Nolan D., CE1</td><td>propos sur des coups de ceinture du beau-père</td><td>évaluation en cours</td></tr>
<tr><td>15/01</td><td>É.M. Les Tulipes</td><td>Jessy L., MS</td><td>hygiène très dégradée, vient sans manger</td><td>transmis au parquet ? non — suivi MDS</td></tr>
<tr><td>22/01</td><td>É.É. Curie</td><td>Inès B., CM2</td><td>confidences à l'infirmière sur des attouchements d'un oncle</td><td>signalement au procureur</td></tr>
</table>
""")

HTML["s085_portail_agent_absences.html"] = ("Portail RH — mes absences", """
<h1>Portail RH — Absences de l'agent</h1>
<p>Agent : Mme Camille ROSSI — gestionnaire marchés — Région Sud</p>
<table border="1">
<tr><th>Du</th><th>Au</th><th>Type</th><th>Justificatif</th></tr>
<tr><td>05/01/2026</td><td>18/01/2026</td><td>congé pathologique prénatal</td><td>certificat — grossesse gémellaire à risque, menace d'accouchement prématuré</td></tr>
<tr><td>19/01/2026</td><td>—</td><td>congé maternité (34 semaines)</td><td>déclaration de grossesse CPAM</td></tr>
</table>
""")

# ---------------------------------------------------------------- public .docx and .html

DOCX["p124_pv_commission_attribution_stats.docx"] = [
    ("title", "Commission d'attribution des logements — Synthèse du 2e semestre 2025"),
    ("p", "Habitat 76 — document présenté au comité de pilotage de la conférence intercommunale du logement"),
    ("table", [
        ["Motif principal de la demande", "Demandes examinées", "Attributions"],
        ["Logement trop petit", "412", "118"],
        ["Séparation / divorce", "186", "61"],
        ["Violences familiales", "54", "29"],
        ["Handicap / perte d'autonomie", "97", "33"],
        ["Sans logement / hébergé", "233", "84"],
        ["Autres", "301", "72"],
    ]),
    ("p", "Les motifs sont déclaratifs. Aucune situation individuelle n'est présentée dans ce document."),
]

DOCX["p125_twinning_visit_agenda_en.docx"] = [
    ("title", "Twinning visit — Delegation from Bury St Edmunds — 24-26 April 2026"),
    ("p", "Ville de Compiègne — international relations"),
    ("table", [
        ["Day", "Time", "Activity", "Host"],
        ["Fri 24", "17:00", "Arrival, welcome drink at the town hall", "Mayor"],
        ["Sat 25", "10:00", "Guided tour of the Imperial Palace", "Tourist office"],
        ["Sat 25", "14:30", "Friendly rugby match, U16", "Rugby Club Compiègne"],
        ["Sat 25", "20:00", "Twinning dinner", "Twinning committee"],
        ["Sun 26", "11:00", "Market visit and departure", "—"],
    ]),
]

DOCX["p126_fiche_poste_gestionnaire_paie.docx"] = [
    ("title", "Fiche de poste — Gestionnaire paie et carrière (H/F)"),
    ("table", [
        ["Employeur", "Communauté de communes du Pays de Craon"],
        ["Cadre d'emplois", "adjoints administratifs / rédacteurs"],
        ["Missions", "préparer et contrôler la paie de 180 agents ; gérer les actes de carrière ; suivre les absences et les déclarations sociales (DSN)"],
        ["Profil", "maîtrise du statut de la FPT, discrétion professionnelle, logiciel Berger-Levrault apprécié"],
        ["Rémunération", "statutaire + RIFSEEP + CNAS"],
        ["Candidature", "avant le 15/03/2026 à rh@paysdecraon.example"],
    ]),
]

DOCX["p127_reglement_attribution_creche.docx"] = [
    ("title", "Règlement de la commission d'attribution des places en crèche"),
    ("p", "Ville de Villeurbanne — adopté par délibération du 14 novembre 2025"),
    ("h", "Article 4 — Critères de priorité"),
    ("table", [
        ["Critère", "Points"],
        ["Parent isolé", "10"],
        ["Enfant ou parent en situation de handicap", "10"],
        ["Famille bénéficiaire de minima sociaux", "8"],
        ["Fratrie déjà accueillie", "5"],
        ["Ancienneté de la demande (par mois)", "1"],
    ]),
    ("p", "La commission se réunit trois fois par an. Ses membres sont tenus au secret sur les situations examinées."),
]

DOCX["p128_cr_conseil_ecole.docx"] = [
    ("title", "Compte rendu du conseil d'école — 1er trimestre"),
    ("p", "École élémentaire Anatole-France, Nevers — 14 novembre 2025"),
    ("table", [
        ["Point", "Échanges", "Décision / suite"],
        ["Effectifs", "172 élèves ; CP à 22", "—"],
        ["Règlement intérieur", "ajout de l'interdiction des montres connectées", "adopté à l'unanimité"],
        ["Coopérative scolaire", "solde 3 412 €, projet classe de mer CM2", "—"],
        ["Périscolaire", "demande des parents d'un second service de cantine", "à étudier avec la mairie"],
    ]),
]

DOCX["p129_plan_formation_agents.docx"] = [
    ("title", "Plan de formation 2026 — Services techniques"),
    ("p", "Commune de Cognac — inscriptions validées par les chefs de service"),
    ("table", [
        ["Agent", "Service", "Formation", "Organisme", "Dates"],
        ["M. Thierry BOUCHET", "Voirie", "CACES R482 engins de chantier", "AFPA", "9-12 mars"],
        ["Mme Laure FAVREAU", "Espaces verts", "Gestion différenciée des espaces", "CNFPT", "24 mars"],
        ["M. Samir OUALI", "Bâtiments", "Habilitation électrique BR", "APAVE", "7-9 avril"],
        ["Mme Nadège PINEAU", "Propreté", "Gestes et postures", "CNFPT", "15 avril"],
    ]),
]

DOCX["p130_inventaire_mobilier.docx"] = [
    ("title", "Inventaire du mobilier — Groupe scolaire Simone-Veil"),
    ("table", [
        ["Salle", "Tables élèves", "Chaises", "Armoires", "État"],
        ["Classe 1", "14", "28", "2", "bon"],
        ["Classe 2", "13", "26", "2", "2 chaises à réparer"],
        ["BCD", "6", "24", "8 bacs", "bon"],
        ["Salle de motricité", "—", "—", "3", "tapis à renouveler"],
    ]),
]

DOCX["p131_bilan_conseil_medical.docx"] = [
    ("title", "Bilan d'activité 2025 du conseil médical départemental"),
    ("p", "Centre de gestion de la Charente-Maritime — présenté à la formation spécialisée"),
    ("table", [
        ["Type de dossier", "2024", "2025"],
        ["Congé de longue maladie (octroi / renouvellement)", "312", "341"],
        ["Congé de longue durée", "88", "92"],
        ["Temps partiel thérapeutique (formation plénière)", "54", "61"],
        ["Imputabilité au service", "129", "118"],
        ["Disponibilité d'office / retraite pour invalidité", "47", "52"],
    ]),
    ("p", "Délai moyen de traitement : 2,4 mois. Les troubles psychiques et musculo-squelettiques restent les deux premiers motifs."),
]

DOCX["p132_sports_users_committee_en.docx"] = [
    ("title", "Sports facilities users' committee — Minutes"),
    ("p", "Université de Strasbourg — SUAPS — 3 February 2026 — English minutes for exchange students' associations"),
    ("table", [
        ["Item", "Discussion", "Action"],
        ["Gym opening hours", "request to open at 7:00", "trial from March"],
        ["Climbing wall", "two holds loose, closed 2 days", "maintenance done"],
        ["Booking app", "no-show rate 18 %", "penalty after 3 no-shows"],
        ["Erasmus sports night", "planned on 12 March", "ESN Strasbourg to organise"],
    ]),
]

DOCX["p133_tableau_elus_intercommunaux.docx"] = [
    ("title", "Bureau communautaire — Composition et délégations"),
    ("p", "Communauté d'agglomération du Pays Basque — après l'installation du 2 avril 2026"),
    ("table", [
        ["Fonction", "Élu(e)", "Commune", "Étiquette", "Délégation"],
        ["Président", "M. Battitt ARAMENDI", "Bayonne", "UDI", "—"],
        ["1re vice-présidente", "Mme Maialen LARRALDE", "Ustaritz", "DVD", "finances"],
        ["2e vice-président", "M. Peio IRIGOIN", "Ayherre", "EH Bai", "langue basque"],
        ["3e vice-présidente", "Mme Sylvie CASTAINGS", "Bayonne", "PS", "transition écologique"],
    ]),
]

DOCX["p134_tableau_bord_dsi.docx"] = [
    ("title", "Tableau de bord du support informatique — janvier 2026"),
    ("p", "Direction des systèmes d'information mutualisée — Ville et Métropole de Tours"),
    ("table", [
        ["Catégorie", "Tickets ouverts", "Résolus", "Délai moyen"],
        ["Comptes et mots de passe", "412", "409", "0,4 j"],
        ["Postes de travail", "288", "270", "1,8 j"],
        ["Téléphonie", "96", "91", "1,1 j"],
        ["Applications métiers", "154", "131", "3,5 j"],
    ]),
    ("p", "Taux de satisfaction : 92 %."),
]

DOCX["p135_reservations_associations.docx"] = [
    ("title", "Planning d'occupation — Maison des associations"),
    ("p", "Ville de Vaulx-en-Velin — mars 2026"),
    ("table", [
        ["Jour", "Salle", "Association", "Activité"],
        ["Lundi", "Salle 1", "Amicale des Portugais de Vaulx", "cours de langue portugaise"],
        ["Mardi", "Salle 2", "Association culturelle franco-turque", "assemblée générale"],
        ["Mercredi", "Salle 1", "Aumônerie catholique des jeunes", "préparation kermesse"],
        ["Jeudi", "Salle 3", "Syndicat CFDT des retraités", "permanence"],
        ["Samedi", "Salle 2", "Club d'échecs", "tournoi"],
    ]),
]

DOCX["p136_convention_mise_a_disposition.docx"] = [
    ("title", "Convention de mise à disposition d'un équipement sportif"),
    ("p", "Entre la commune de Blagnac, représentée par son maire, et l'association Blagnac Volley, représentée par sa présidente."),
    ("h", "Article 1 — Objet"),
    ("p", "La commune met à disposition de l'association le gymnase Odyssud, selon le planning annexé, pour la saison 2025-2026."),
    ("h", "Article 2 — Conditions"),
    ("table", [["Créneaux", "Redevance", "Assurance"], ["lundi, mercredi 18h-22h ; samedi 9h-18h", "gratuite", "responsabilité civile de l'association"]]),
]

HTML["p137_resultats_municipales.html"] = ("Résultats des élections municipales", """
<h1>Élections municipales 2026 — Résultats du second tour</h1>
<p>Ville de Besançon — 22 mars 2026 — résultats définitifs</p>
<table border="1">
<tr><th>Liste</th><th>Tête de liste</th><th>Nuance</th><th>Voix</th><th>%</th><th>Sièges</th></tr>
<tr><td>Besançon Verte et Solidaire</td><td>Mme Hélène MOUGIN</td><td>LECO</td><td>21 452</td><td>51,6</td><td>40</td></tr>
<tr><td>Besançon Maintenant</td><td>M. Laurent BRETILLOT</td><td>LUD</td><td>20 118</td><td>48,4</td><td>15</td></tr>
</table>
<p>Participation : 52,3 %.</p>
""")

HTML["p138_library_events_en.html"] = ("Library — events in English", """
<h1>Médiathèque de Montpellier — Events in English</h1>
<ul>
<li><strong>English Conversation Club</strong> — every Tuesday, 6 pm, level B1 and above, free.</li>
<li><strong>Storytime for kids</strong> — Saturday 14 February, 10:30, ages 4-7.</li>
<li><strong>Book club</strong> — "Small Things Like These" by Claire Keegan — Thursday 26 February, 7 pm.</li>
</ul>
<p>Opening hours: Tue-Sat 10 am-7 pm, Sun 2-6 pm.</p>
""")

HTML["p139_calendrier_collecte.html"] = ("Calendrier de collecte", """
<h1>Calendrier de collecte des déchets 2026 — Quartier Saint-Jean</h1>
<table border="1">
<tr><th>Rue</th><th>Ordures ménagères</th><th>Emballages</th><th>Verre</th></tr>
<tr><td>rue de la République</td><td>lundi, jeudi</td><td>mercredi</td><td>point d'apport place Carnot</td></tr>
<tr><td>avenue Pasteur</td><td>mardi</td><td>vendredi (semaines paires)</td><td>point d'apport rue Victor-Hugo</td></tr>
<tr><td>impasse des Lilas</td><td>mardi</td><td>vendredi (semaines paires)</td><td>—</td></tr>
</table>
<p>Jours fériés : collecte maintenue, sauf 1er mai (reportée au samedi).</p>
""")

HTML["p140_open_data_rsa_communes.html"] = ("Jeu de données — foyers allocataires du RSA", """
<h1>Jeu de données : nombre de foyers allocataires du RSA par commune</h1>
<p>Département du Pas-de-Calais — licence ouverte Etalab 2.0 — mise à jour trimestrielle</p>
<table border="1">
<tr><th>code_insee</th><th>commune</th><th>foyers_rsa</th><th>part_population_%</th></tr>
<tr><td>62041</td><td>Arras</td><td>2 184</td><td>5,1</td></tr>
<tr><td>62119</td><td>Béthune</td><td>1 602</td><td>6,8</td></tr>
<tr><td>62498</td><td>Lens</td><td>2 915</td><td>9,4</td></tr>
<tr><td>62765</td><td>Saint-Omer</td><td>987</td><td>6,0</td></tr>
</table>
<p>Les valeurs inférieures à 5 foyers sont masquées (secret statistique).</p>
""")

HTML["p141_agenda_culturel.html"] = ("Agenda culturel", """
<h1>Agenda culturel — février 2026</h1>
<table border="1">
<tr><th>Date</th><th>Événement</th><th>Lieu</th><th>Tarif</th></tr>
<tr><td>7 février</td><td>Concert de l'orchestre d'harmonie</td><td>Théâtre municipal</td><td>gratuit</td></tr>
<tr><td>13 février</td><td>Ciné-débat « Les glaneurs et la glaneuse »</td><td>Cinéma Le Rex</td><td>4 €</td></tr>
<tr><td>21 février</td><td>Carnaval des écoles</td><td>centre-ville</td><td>gratuit</td></tr>
</table>
""")

HTML["p142_faq_stationnement_resident.html"] = ("FAQ — carte de stationnement résident", """
<h1>Carte de stationnement résident : questions fréquentes</h1>
<h2>Qui peut en bénéficier ?</h2>
<p>Toute personne dont la résidence principale est située dans une zone payante, sur présentation d'un justificatif de domicile et du certificat d'immatriculation.</p>
<h2>Les titulaires de la carte mobilité inclusion paient-ils ?</h2>
<p>Non : le stationnement est gratuit sur toutes les places pour les titulaires de la CMI mention « stationnement ».</p>
<h2>Combien coûte l'abonnement ?</h2>
<p>25 € par mois ou 250 € par an.</p>
""")

HTML["p143_committee_calendar_en.html"] = ("Council committees — calendar", """
<h1>Municipal council committees — spring 2026 calendar</h1>
<p>City of Strasbourg — English page for the European district</p>
<table border="1">
<tr><th>Committee</th><th>Date</th><th>Room</th></tr>
<tr><td>Finance and general administration</td><td>9 March, 5 pm</td><td>Room 1</td></tr>
<tr><td>Social cohesion and health</td><td>10 March, 5 pm</td><td>Room 2</td></tr>
<tr><td>Urban planning and mobility</td><td>11 March, 5 pm</td><td>Room 1</td></tr>
<tr><td>Full council</td><td>23 March, 3 pm</td><td>Council chamber (public, streamed)</td></tr>
</table>
""")

HTML["p144_commission_aide_sociale_fonctionnement.html"] = ("La commission d'aide sociale du CCAS", """
<h1>Comment fonctionne la commission d'aide sociale du CCAS ?</h1>
<p>La commission permanente se réunit chaque mois. Elle examine les demandes d'aides facultatives (énergie, alimentation, loyer, santé) instruites par les travailleurs sociaux.</p>
<ul>
<li>Composition : l'adjointe aux affaires sociales, deux administrateurs élus, deux administrateurs nommés (associations).</li>
<li>Délai de réponse : un mois maximum ; en urgence, un secours peut être versé en 48 h.</li>
<li>Les membres sont tenus au secret professionnel.</li>
</ul>
""")

HTML["p145_annuaire_services.html"] = ("Annuaire des services", """
<h1>Annuaire des services municipaux</h1>
<table border="1">
<tr><th>Service</th><th>Téléphone</th><th>Horaires</th></tr>
<tr><td>État civil</td><td>02 41 05 40 00</td><td>lun-ven 8h30-17h</td></tr>
<tr><td>CCAS</td><td>02 41 05 49 49</td><td>lun-ven 9h-12h, 14h-17h</td></tr>
<tr><td>Police municipale</td><td>02 41 05 46 46</td><td>7j/7 7h-1h</td></tr>
<tr><td>Urbanisme</td><td>02 41 05 41 41</td><td>sur rendez-vous</td></tr>
</table>
""")

HTML["p146_donnees_essentielles_marches.html"] = ("Données essentielles des marchés", """
<h1>Données essentielles de la commande publique — marchés notifiés en janvier 2026</h1>
<table border="1">
<tr><th>Objet</th><th>Titulaire</th><th>SIRET</th><th>Montant HT</th><th>Durée</th></tr>
<tr><td>Fourniture de produits d'entretien</td><td>Hygiène Pro Ouest</td><td>41233781200024</td><td>62 000 €</td><td>24 mois</td></tr>
<tr><td>Maintenance des ascenseurs</td><td>Ascenseurs du Maine SAS</td><td>54208445300581</td><td>38 400 €</td><td>36 mois</td></tr>
<tr><td>Impression du magazine municipal</td><td>Imprimerie Lalande</td><td>31255621800017</td><td>27 900 €</td><td>12 mois</td></tr>
</table>
""")

HTML["p147_job_posting_en.html"] = ("Job offer — Data analyst", """
<h1>Job offer: Data analyst (open data and public policy evaluation)</h1>
<p>Région Occitanie — Toulouse — permanent or 3-year contract</p>
<ul>
<li>Build dashboards on regional transport, training and economic development programmes.</li>
<li>Publish datasets on the open data portal, with anonymisation of small counts.</li>
<li>Skills: Python or R, SQL, data visualisation; French and English working languages.</li>
</ul>
<p>Apply before 31 March 2026 via the careers portal.</p>
""")

HTML["p148_formulaire_inscription_scolaire.html"] = ("Inscription scolaire", """
<h1>Formulaire d'inscription scolaire — rentrée 2026</h1>
<form>
<p>Nom de l'enfant : <input type="text" name="nom"></p>
<p>Date de naissance : <input type="date" name="naissance"></p>
<p>Responsable légal 1 : <input type="text" name="resp1"></p>
<p>Situation familiale (facultatif) : <select name="situation"><option>—</option><option>parents ensemble</option><option>parents séparés — joindre le jugement fixant la résidence</option></select></p>
<p>L'enfant bénéficie-t-il d'un PAI ou d'un PPS ? <input type="checkbox" name="pai"> oui (le document sera remis au directeur)</p>
<p><button>Envoyer</button></p>
</form>
""")

HTML["p149_stats_naturalisations.html"] = ("Cérémonies d'accueil dans la citoyenneté", """
<h1>Cérémonies d'accueil dans la citoyenneté française — bilan 2025</h1>
<p>Préfecture de la Haute-Garonne</p>
<table border="1">
<tr><th>Trimestre</th><th>Cérémonies</th><th>Nouveaux Français accueillis</th></tr>
<tr><td>T1</td><td>3</td><td>412</td></tr>
<tr><td>T2</td><td>4</td><td>538</td></tr>
<tr><td>T3</td><td>2</td><td>301</td></tr>
<tr><td>T4</td><td>4</td><td>566</td></tr>
</table>
<p>Principaux pays d'origine : Algérie, Maroc, Tunisie, Portugal, Sénégal (données agrégées).</p>
""")

HTML["p150_clubs_sportifs_licencies.html"] = ("Clubs sportifs de la commune", """
<h1>Clubs sportifs — nombre de licenciés saison 2025-2026</h1>
<table border="1">
<tr><th>Club</th><th>Discipline</th><th>Licenciés</th><th>dont moins de 18 ans</th><th>Section handisport</th></tr>
<tr><td>Stade Lavallois Football</td><td>football</td><td>612</td><td>418</td><td>non</td></tr>
<tr><td>Laval Natation</td><td>natation</td><td>340</td><td>251</td><td>oui (12 nageurs)</td></tr>
<tr><td>Tennis Club de Laval</td><td>tennis</td><td>455</td><td>210</td><td>oui (fauteuil)</td></tr>
<tr><td>Judo Club Lavallois</td><td>judo</td><td>298</td><td>236</td><td>non</td></tr>
</table>
""")


if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
