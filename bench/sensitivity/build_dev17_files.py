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
from docfiles import write_set  # noqa: E402

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
    ("p", "Pièce remise par le délégataire Vert Marine au titre de la négociation — document couvert par le secret des affaires"),
    ("table", [
        ["Poste", "2026", "2027", "2028"],
        ["Chiffre d'affaires entrées", "1 240 000 €", "1 302 000 €", "1 355 000 €"],
        ["Frais de siège refacturés", "98 000 €", "101 000 €", "104 000 €"],
        ["Coût énergie (contrat négocié Engie, 0,118 €/kWh)", "412 000 €", "398 000 €", "390 000 €"],
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
        ["Oceanyx SAS (Brest)", "1.8 M€", "140 k€/month", "exclusive supply deal under negotiation with Naval Group; patent filing planned Q2", "17/20"],
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

# ---------------------------------------------------------------- public (PUBLIC_MARKER)

if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
