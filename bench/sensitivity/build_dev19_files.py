"""Build the .docx and .html documents of the hand-written sensitivity set dev19.

dev19 is the "sector administrations" set: 150 documents from public hospitals (administrative side),
schools, collèges, lycées, universities and CROUS, prison and probation services, police and gendarmerie,
social housing offices, France Travail, CAF and CPAM, tax offices, court clerks, prefectures, fire services,
armed forces' units and employment tribunals — 80 sovereign (s001-s080) and 70 public (p081-p150).
The .txt documents and labels.jsonl are written by hand in corpus/dev19/; this script writes the .docx
and .html ones with stable bytes.

Run from the worktree root:
    PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev19_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev19"
FIXED = dt.datetime(2026, 3, 2, 9, 0, 0)
DOCX: dict = {}
HTML: dict = {}

# ---- s001-s020 ----
DOCX["s004_caf_indu_rsa_apurement.docx"] = [
    ("title", "Caisse d'allocations familiales du Nord — Notification d'indu"),
    ("p", "Allocataire n° 5918224 K — Madame Jessica DUBOIS, 27 rue Roger-Salengro, 59300 Valenciennes"),
    ("p", "Madame, à la suite du contrôle de votre situation réalisé le 21 janvier 2026, il apparaît que les revenus d'activité de votre conjoint, M. Steve Hennequin, n'ont pas été déclarés entre juin et novembre 2025. Votre revenu de solidarité active a donc été versé à tort sur cette période."),
    ("table", [["Prestation", "Période", "Montant versé", "Montant dû", "Indu"],
               ["RSA", "06/2025 - 11/2025", "3 312,00 €", "1 044,00 €", "2 268,00 €"],
               ["Prime d'activité", "06/2025 - 11/2025", "0,00 €", "312,00 €", "- 312,00 €"],
               ["Total à rembourser", "", "", "", "1 956,00 €"]]),
    ("p", "Compte tenu de vos ressources actuelles, une retenue mensuelle de 54 € sera opérée sur vos prestations à compter d'avril 2026, soit un apurement en 37 mois. Vous pouvez solliciter une remise de dette auprès de la commission de recours amiable en joignant vos trois derniers relevés de compte et la notification de surendettement si un dossier est en cours."),
    ("p", "Le directeur, pour la CAF du Nord."),
]
HTML["s005_college_rapport_comportement_professeur.html"] = ("Rapport au DASEN", """
<h1>Collège Louise-Michel — Saint-Denis</h1>
<p><strong>Objet :</strong> manquements de M. Fabrice GUERIN, professeur certifié de mathématiques</p>
<p>Monsieur le Directeur académique,</p>
<p>J'ai l'honneur de porter à votre connaissance des faits répétés concernant M. Guérin, affecté au collège depuis septembre 2022.</p>
<ul>
<li>22 retards de plus de quinze minutes constatés entre septembre et février (relevé de la vie scolaire joint) ;</li>
<li>le 4 février, propos humiliants tenus en 4e B à l'égard d'une élève (« tu finiras à la caisse comme ta mère »), rapportés par trois élèves et confirmés par l'AED présente ;</li>
<li>refus, à deux reprises, de remettre les notes du premier trimestre dans les délais fixés.</li>
</ul>
<p>Un entretien a eu lieu le 12 février en présence de la principale adjointe. M. Guérin a contesté la réalité des propos et a quitté l'entretien avant son terme.</p>
<p>Au vu de ces éléments, je sollicite l'engagement d'une procédure disciplinaire et, dans l'intervalle, une visite d'inspection.</p>
<p>La principale, Mme Awa Touré</p>
""")
DOCX["s009_gendarmerie_prelevement_fnaeg.docx"] = [
    ("title", "Gendarmerie nationale — Brigade de recherches de Vannes"),
    ("h", "Procès-verbal n° 01274/2026 — Signalisation"),
    ("p", "Le 17 février 2026 à 11h20, nous, adjudant Loïc Kerhervé, officier de police judiciaire, assisté du gendarme Inès Boukhari, agissant en enquête de flagrance, procédons à la signalisation de la personne gardée à vue ci-après :"),
    ("table", [["Nom", "PRIGENT"], ["Prénom", "Mathis"], ["Né le", "09/08/2001 à Lorient"],
               ["Motif de la mesure", "Vols aggravés en réunion (cambriolages, secteur Séné)"],
               ["Empreintes digitales et palmaires", "Relevées sur borne T4 — transmises au FAED"],
               ["Prélèvement biologique", "Écouvillonnage buccal, scellé n° 44 — profil à inscrire au FNAEG"],
               ["Photographie", "Face et profil, versée au TAJ"]]),
    ("p", "L'intéressé ne s'est pas opposé au prélèvement. Dont acte."),
]
HTML["s010_greffe_jaf_convocation_residence.html"] = ("Convocation JAF", """
<h1>Tribunal judiciaire de Bordeaux — Pôle famille</h1>
<p>Greffe du juge aux affaires familiales — Cabinet 4<br>RG n° 26/01183</p>
<p>Madame Laetitia FERREIRA, 8 cours de la Somme, 33800 Bordeaux</p>
<h2>Convocation à l'audience</h2>
<p>Vous êtes convoquée à l'audience du <strong>7 mai 2026 à 9h30</strong>, salle 2.14, dans l'instance introduite par M. Nicolas ARNAUD, père des enfants Jade (9 ans) et Lucas (6 ans), qui sollicite le transfert de la résidence habituelle des enfants à son domicile de Mérignac et la fixation d'un droit de visite à votre égard.</p>
<p>Le requérant fait état de changements d'école répétés et de difficultés à exercer son droit d'hébergement depuis la séparation du couple en 2024.</p>
<p>Une enquête sociale pourra être ordonnée. Vous pouvez vous faire assister d'un avocat.</p>
<p>Le greffier</p>
""")
DOCX["s014_sdis_codes_acces_centre.docx"] = [
    ("title", "SDIS 85 — Centre d'incendie et de secours de Challans"),
    ("h", "Fiche réflexe : accès et alarme du centre"),
    ("table", [["Élément", "Information"],
               ["Portail véhicules (rue du Stade)", "Code 4719 # puis badge"],
               ["Porte piétonne vestiaires", "Code 0852 — changé le 01/02/2026"],
               ["Centrale d'alarme (local radio)", "Désarmement : 2 2 6 1 puis OFF, délai 30 s"],
               ["Boîte à clés pompiers", "Pilier gauche du portail, clé triangle n° 3"],
               ["Armoire pharmacie stupéfiants", "Clé au coffre du chef de centre, combinaison 18-04-73"]]),
    ("p", "En cas de déclenchement intempestif, appeler le CTA-CODIS et la télésurveillance (n° client 85-CHA-0031)."),
    ("p", "Document à ne pas afficher en dehors du local radio."),
]
HTML["s015_ch_analyse_offres_blanchisserie.html"] = ("Rapport d'analyse des offres", """
<h1>Centre hospitalier de Cholet — Rapport d'analyse des offres</h1>
<p>Marché n° 2026-BL-03 : traitement du linge hôtelier et des tenues professionnelles</p>
<table border="1">
<tr><th>Critère</th><th>Elis Ouest</th><th>Blanchisserie Inter-Hospitalière Anjou</th><th>Initial Linge SAS</th></tr>
<tr><td>Prix au kg linge plat</td><td>1,18 €</td><td>0,97 €</td><td>1,26 €</td></tr>
<tr><td>Prix tenue agent (location + lavage)</td><td>2,41 €/sem.</td><td>2,05 €/sem.</td><td>2,60 €/sem.</td></tr>
<tr><td>Marge brute déclarée (DPGF détaillée)</td><td>11,5 %</td><td>6,2 %</td><td>14 %</td></tr>
<tr><td>Coût main-d'œuvre par tonne</td><td>212 €</td><td>188 €</td><td>240 €</td></tr>
</table>
<p>Le candidat BIH Anjou indique dans son mémoire technique une remise de 4 % conditionnée à l'attribution du lot 2 et un plan de réduction des effectifs de son site de Beaupréau pour tenir ce prix. Ces éléments, communiqués sous le sceau du secret des affaires, ne doivent pas être transmis aux autres candidats.</p>
""")
DOCX["s019_greffe_tc_extrait_jugement.docx"] = [
    ("title", "Tribunal correctionnel de Chartres — Extrait des minutes du greffe"),
    ("p", "Audience publique du 28 janvier 2026 — Jugement n° 312/2026"),
    ("p", "Prévenu : M. Dylan MARCHETTI, né le 14/02/1990 à Dreux, demeurant 3 impasse des Lilas, 28100 Dreux"),
    ("table", [["Faits", "Qualification", "Décision"],
               ["Nuit du 2 au 3 novembre 2025, Dreux", "Conduite sous l'empire d'un état alcoolique (0,92 mg/l), récidive", "Coupable"],
               ["3 novembre 2025, station Total de Vernouillet", "Vol simple", "Coupable"]]),
    ("p", "Peine : 8 mois d'emprisonnement dont 4 avec sursis probatoire pendant 2 ans ; annulation du permis de conduire avec interdiction de solliciter un nouveau permis pendant 12 mois ; confiscation du véhicule."),
    ("p", "Pour extrait conforme, le greffier."),
]
HTML["s020_france_travail_titre_sejour_expire.html"] = ("Votre inscription", """
<p><strong>France Travail — Agence de Lyon Vaise</strong></p>
<p>Monsieur Anh Tuan NGUYEN<br>Identifiant : 4471902M</p>
<p>Monsieur,</p>
<p>Votre carte de séjour temporaire mention « vie privée et familiale » est arrivée à échéance le 31 janvier 2026. Sans présentation d'un titre en cours de validité ou du récépissé de demande de renouvellement, nous ne pouvons maintenir votre inscription sur la liste des demandeurs d'emploi.</p>
<p>Votre inscription est donc suspendue à compter du 1er février 2026 et le versement de votre allocation d'aide au retour à l'emploi est interrompu.</p>
<p>Dès réception de votre récépissé délivré par la préfecture du Rhône, déposez-le dans votre espace personnel : votre situation sera régularisée avec effet rétroactif.</p>
<p>Votre conseiller, M. Bastien Royer</p>
""")

# ---- s021-s040 ----
DOCX["s024_dgfip_foyer_fiscal_separation.docx"] = [
    ("title", "Service des impôts des particuliers d'Annecy"),
    ("p", "Madame Claire BERTHET — n° fiscal 30 12 448 901 277"),
    ("p", "Objet : votre réclamation du 9 janvier 2026 relative à l'imposition des revenus 2024"),
    ("p", "Madame, vous nous avez informés que l'ordonnance de non-conciliation rendue le 3 mars 2024 par le juge aux affaires familiales d'Annecy autorisait votre résidence séparée de M. Olivier BERTHET. Vous devez donc souscrire, pour 2024, une déclaration distincte de celle de votre époux."),
    ("p", "Vous demandez par ailleurs la déduction de la pension alimentaire de 450 € par mois versée, selon vous, pour votre fils Hugo, majeur rattaché au foyer de son père. M. Berthet déclare de son côté ne percevoir aucune somme et conteste le montant. En l'absence de décision judiciaire fixant cette contribution et de justificatifs de versement, la déduction ne peut être admise."),
    ("table", [["Élément", "Foyer de Mme Berthet", "Foyer de M. Berthet"], ["Parts", "1", "1,5"], ["Revenus déclarés", "31 420 €", "58 900 €"], ["Pension déduite", "0 €", "—"]]),
    ("p", "Le chef de service, Philippe Ancel."),
]
HTML["s025_lycee_internat_eleve_confie_ase.html"] = ("Note à l'équipe de l'internat", """
<h2>Lycée professionnel Jean-Moulin — Internat garçons</h2>
<p><em>Note de la CPE à l'équipe des AED — à conserver dans le classeur de l'internat</em></p>
<p>Kenzo LAMBERT (2de MELEC) est confié au service de l'aide sociale à l'enfance du Pas-de-Calais et hébergé à la MECS Les Argousiers de Berck le week-end. Ses parents n'ont <strong>pas</strong> de droit de visite en dehors de la présence d'un tiers : aucune sortie ne doit être autorisée sur appel de la mère ou du père.</p>
<p>Seules personnes habilitées à le récupérer : M. Thierry Hoquet et Mme Sabrina Dehaine, éducateurs de la MECS. Contact d'urgence : 03 21 84 xx xx (astreinte MECS).</p>
<p>En cas de fugue, prévenir la MECS puis la gendarmerie de Berck.</p>
""")
DOCX["s029_france_travail_rqth_lombalgie.docx"] = [
    ("title", "France Travail — Synthèse de l'entretien d'accompagnement"),
    ("p", "Demandeur : M. Jean-Pierre LACROIX, 54 ans, ancien chauffeur-livreur — Agence de Nevers"),
    ("p", "Conseillère : Mme Agathe Simonet — Cap emploi en appui"),
    ("h", "Situation"),
    ("p", "M. Lacroix a été licencié pour inaptitude en septembre 2025 après deux opérations pour hernie discale. Il garde des douleurs irradiant dans la jambe droite, ne peut porter plus de 5 kg ni rester assis plus d'une heure. La MDPH lui a reconnu la qualité de travailleur handicapé jusqu'en 2030."),
    ("h", "Pistes"),
    ("table", [["Piste", "Compatibilité", "Action"], ["Agent d'accueil", "Bonne (poste assis-debout)", "PMSMP en mairie de Varennes"], ["Contrôleur transport", "Moyenne", "Bilan ergonomique Cap emploi"], ["Magasinier", "Non compatible (port de charges)", "Écartée"]]),
]
HTML["s030_lycee_conseil_discipline_stupefiants.html"] = ("Notification de décision", """
<h1>Lycée Henri-Wallon — Aubervilliers</h1>
<p>Décision du conseil de discipline du 19 février 2026</p>
<p>Élève : Nolan MENDY, 1re STMG2</p>
<p>Le 30 janvier 2026, Nolan a été interpellé par la police devant le portail du lycée en possession de 23 sachets d'herbe de cannabis et d'une somme de 310 €. Il a été placé en garde à vue au commissariat d'Aubervilliers puis convoqué devant le juge des enfants.</p>
<p>Après en avoir délibéré, le conseil prononce l'<strong>exclusion définitive</strong> de l'établissement, assortie d'un sursis de six mois.</p>
<p>Recours possible devant le recteur dans un délai de huit jours.</p>
<p>Le proviseur, président du conseil de discipline</p>
""")
DOCX["s034_crous_etudiant_titre_sejour.docx"] = [
    ("title", "CROUS de Montpellier-Occitanie — Service international"),
    ("h", "Fiche de suivi — logement étudiant international"),
    ("table", [["Étudiant", "Wei ZHANG (né le 11/03/2003, Chengdu)"], ["Formation", "Master 1 chimie, Université de Montpellier"],
               ["Titre", "VLS-TS étudiant expiré le 14/01/2026"], ["Démarche", "Demande de renouvellement ANEF déposée le 20/12/2025 — attestation de prolongation d'instruction jusqu'au 20/04/2026"],
               ["Logement", "Résidence Boutonnet, ch. 3-214"], ["Décision", "Maintien dans les lieux sous réserve de production du titre avant le 30/04"]]),
    ("p", "Le gestionnaire rappelle que le bail ne peut être renouvelé pour l'année 2026-2027 sans titre de séjour valide."),
]
HTML["s035_bu_recueil_chapitre_ouvrage.html"] = ("Recueil de textes — Droit administratif L2", """
<h1>Université Paris-Nanterre — UFR DSP</h1>
<h2>Recueil de textes, TD de droit administratif (L2), semestre 4</h2>
<p>Texte 3 — reproduit intégralement pour les besoins du TD :</p>
<blockquote>
<p><strong>Chapitre 7. Le service public, entre crise et renouveau</strong> — extrait de <em>Droit administratif général</em>, 18e éd., Éditions Montchrestien-Lextenso, 2024, p. 211-238.</p>
<p>« La notion de service public a connu, depuis l'arrêt Blanco, une fortune singulière. Tour à tour critère de compétence, fondement du droit administratif et mythe mobilisateur, elle a été annoncée en crise dès les années 1950. Pourtant, la jurisprudence n'a jamais cessé d'y recourir... Section 1. Les éléments de la définition. § 1. L'activité d'intérêt général. Le juge recherche, au-delà de la qualification donnée par les textes, si l'activité satisfait un besoin collectif... »</p>
<p>[pages 211 à 238 reproduites]</p>
</blockquote>
<p>© Lextenso — reproduction réservée aux étudiants inscrits.</p>
""")
DOCX["s039_penitentiaire_enquete_administrative_surveillant.docx"] = [
    ("title", "Direction interrégionale des services pénitentiaires de Rennes"),
    ("h", "Rapport d'enquête administrative — Centre pénitentiaire de Nantes"),
    ("p", "Agent concerné : M. Grégory PASQUIER, surveillant brigadier, QMA bâtiment B"),
    ("p", "Saisine : signalement du chef de détention du 6 janvier 2026."),
    ("h", "Faits établis"),
    ("p", "Il ressort des images de vidéoprotection et de quatre témoignages concordants que M. Pasquier a, le 2 janvier 2026, laissé une porte de cour de promenade ouverte pendant 11 minutes pour aller fumer hors de son poste, et qu'il a falsifié le registre de rondes de la nuit du 3 au 4 janvier. L'agent reconnaît les faits mais les impute à la fatigue (4e nuit consécutive)."),
    ("h", "Appréciation"),
    ("p", "Les manquements aux obligations de vigilance et de probité sont caractérisés. Compte tenu d'un blâme antérieur (2023), la mission propose la saisine du conseil de discipline en vue d'une exclusion temporaire de fonctions de 15 jours."),
]
HTML["s040_tribunal_enfants_aemo.html"] = ("Notification", """
<h1>Tribunal pour enfants de Lille — Greffe</h1>
<p>Dossier n° 2026/00412 — Mineurs : Inaya et Mehdi BOUZIANE</p>
<p>Le juge des enfants, par jugement du 2 février 2026, a ordonné une mesure d'<strong>assistance éducative en milieu ouvert</strong> pour une durée d'un an, confiée au service AEMO de la Sauvegarde du Nord.</p>
<p>Motifs résumés : exposition des enfants au conflit parental aigu depuis la séparation de M. Farid Bouziane et Mme Céline Vandamme ; déscolarisation partielle de Mehdi (34 demi-journées d'absence) ; propos dénigrants de chaque parent envers l'autre devant les enfants.</p>
<p>Les parents sont tenus de recevoir le service éducatif et de l'informer de tout changement de domicile.</p>
<p>Le greffier</p>
""")

# ---- s041-s060 ----
DOCX["s044_prudhommes_licenciement_engagement_lo.docx"] = [
    ("title", "Conseil de prud'hommes de Rouen — Section industrie"),
    ("p", "Requête introductive d'instance — RG F 26/00214"),
    ("p", "Demandeur : M. Thierry LECOQ, opérateur de production, né le 21/10/1979 — Défenderesse : SAS Normandie Plasturgie"),
    ("h", "Exposé des faits"),
    ("p", "M. Lecoq, militant de Lutte ouvrière depuis une quinzaine d'années, a distribué le bulletin d'entreprise de son parti aux portes de l'usine de Grand-Couronne à compter de septembre 2025. Le 14 novembre 2025, il a été convoqué à un entretien préalable puis licencié pour « insuffisance de résultats », alors que ses évaluations antérieures étaient toutes satisfaisantes."),
    ("p", "Le demandeur soutient que le véritable motif du licenciement réside dans ses opinions politiques, le directeur du site lui ayant déclaré devant témoin « ici on fabrique des pièces, pas la révolution »."),
    ("h", "Demandes"),
    ("table", [["Chef de demande", "Montant"], ["Nullité du licenciement (discrimination)", "42 000 €"], ["Dommages-intérêts pour préjudice moral", "10 000 €"], ["Article 700 CPC", "2 500 €"]]),
]
HTML["s045_prefecture_guichet_asile_orientation.html"] = ("GUDA — fiche d'enregistrement", """
<h1>Préfecture de la Gironde — Guichet unique pour demandeurs d'asile</h1>
<table border="1">
<tr><td>Demandeur</td><td>M. Emmanuel OKONKWO, né le 02/02/1996, nationalité nigériane</td></tr>
<tr><td>Date d'entrée déclarée</td><td>15/11/2025 (Italie puis Menton)</td></tr>
<tr><td>Procédure</td><td>Normale — attestation de demande d'asile délivrée, valable 10 mois</td></tr>
<tr><td>Motif sommaire déclaré (OFII)</td><td>Craintes de persécution au Nigeria en raison de sa relation avec un homme ; a été arrêté et battu à Enugu en 2024</td></tr>
<tr><td>Hébergement</td><td>Orientation vers un hébergement dédié aux personnes LGBT+ (Le Refuge Bordeaux)</td></tr>
</table>
<p>Dossier transmis à l'OFPRA le 19/02/2026.</p>
""")
DOCX["s049_prefecture_suspension_permis_stupefiants.docx"] = [
    ("title", "Préfecture de l'Aisne — Arrêté portant suspension du permis de conduire"),
    ("p", "Le préfet de l'Aisne, vu le code de la route et notamment son article L. 224-7 ; vu le procès-verbal de la brigade motorisée de Laon du 24 février 2026 établissant que M. Quentin DELATTRE, né le 19/01/2000, titulaire du permis n° 180202300477, a conduit après usage de stupéfiants (test salivaire positif au THC confirmé par analyse sanguine) ;"),
    ("p", "Article 1er : le permis de conduire de M. Quentin DELATTRE est suspendu pour une durée de six mois à compter de la rétention du 24 février 2026."),
    ("p", "Article 2 : la restitution est subordonnée à un examen médical et psychotechnique favorable."),
    ("table", [["Date d'infraction", "Lieu", "Véhicule"], ["24/02/2026", "RN2, Chambry", "Peugeot 208 — GH-418-QX"]]),
    ("p", "Laon, le 2 mars 2026 — Pour le préfet, le sous-préfet directeur de cabinet."),
]
HTML["s050_sdis_aptitude_inapte_cardiaque.html"] = ("Décision d'aptitude", """
<h1>SDIS de la Côte-d'Or — Service de santé et de secours médical</h1>
<p><strong>Avis d'aptitude médicale</strong> — visite du 11 février 2026</p>
<p>Sapeur-pompier volontaire : M. Baptiste MOUGIN, CIS Is-sur-Tille</p>
<p>Conclusions du médecin de sapeurs-pompiers : <strong>inapte temporaire</strong> aux activités opérationnelles pour 6 mois.</p>
<p>Motif communiqué au chef de centre avec l'accord de l'agent : épisodes de fibrillation auriculaire paroxystique, bilan rythmologique en cours au CHU de Dijon ; traitement anticoagulant incompatible avec l'engagement en intervention.</p>
<p>Activités autorisées : formation théorique, gestion administrative du centre.</p>
""")
DOCX["s054_universite_insuffisance_professionnelle_mcf.docx"] = [
    ("title", "Université de Picardie Jules-Verne — Conseil académique restreint"),
    ("h", "Rapport sur la manière de servir de Mme Corinne BASTIEN, maîtresse de conférences (section 06)"),
    ("p", "La directrice de l'IAE a saisi la présidence le 5 décembre 2025. Il est reproché à Mme Bastien : la non-tenue de 46 heures de cours sur 192 au titre de 2024-2025 ; des copies de partiels rendues avec cinq semaines de retard ; l'absence à trois jurys ; des évaluations étudiantes très défavorables (1,6/5 en moyenne, 112 répondants)."),
    ("p", "Mme Bastien fait valoir une charge de recherche accrue et conteste la méthode des évaluations étudiantes. Elle n'a pas produit de justificatif pour les cours non assurés."),
    ("table", [["Année", "Heures dues", "Heures faites", "Jurys manqués"], ["2023-2024", "192", "171", "1"], ["2024-2025", "192", "146", "3"]]),
    ("p", "Proposition : engagement d'une procédure pour insuffisance professionnelle auprès du ministère."),
]
HTML["s055_chu_plan_securisation_etablissement.html"] = ("PSE — annexe technique", """
<h1>CHU d'Amiens-Picardie — Plan de sécurisation d'établissement</h1>
<h2>Annexe 3 : vulnérabilités et mesures</h2>
<table border="1">
<tr><th>Site</th><th>Vulnérabilité constatée</th><th>Mesure</th></tr>
<tr><td>Urgences adultes, sas ambulances</td><td>Porte automatique restant ouverte 40 s, aucun contrôle</td><td>Badge + interphone au PC sécurité d'ici juin</td></tr>
<tr><td>Pharmacie centrale (sous-sol B)</td><td>Accès par le quai de livraison non surveillé entre 22h et 6h</td><td>Ronde horaire ; code porte 5581 à changer mensuellement</td></tr>
<tr><td>Maternité</td><td>Angle mort caméra escalier de secours nord</td><td>Ajout caméra C-114</td></tr>
<tr><td>Salle serveurs (bât. Jules-Verne)</td><td>Clé physique partagée par 14 personnes</td><td>Serrure électronique nominative</td></tr>
</table>
<p>Alerte intrusion : bouton coup de poing relié au PC sécurité (poste 4400), message « code Héraclès ».</p>
""")
DOCX["s059_universite_accord_startup_savoir_faire.docx"] = [
    ("title", "SATT Ouest Valorisation — Note au comité d'investissement"),
    ("p", "Projet : licence exclusive du brevet FR 3 112 447 à la société BioSorb Technologies (jeune pousse issue du laboratoire LIENSs, La Rochelle)"),
    ("h", "Éléments confidentiels communiqués par la société"),
    ("p", "Le procédé repose sur une extraction de chitosane à partir de carapaces de crevettes à 62 °C en milieu enzymatique, sans soude, dont les paramètres (ratio enzyme/substrat 1:40, temps de séjour 3h20) ne sont pas décrits dans le brevet et constituent le savoir-faire de l'entreprise."),
    ("table", [["Indicateur", "Valeur"], ["Coût de production", "8,40 €/kg"], ["Prix de vente visé (cosmétique)", "46 €/kg"], ["Levée de fonds en cours", "1,8 M€ auprès de Go Capital, clôture prévue juin 2026"], ["Client pilote", "Laboratoires Pierre Fabre (LOI non signée)"]]),
    ("p", "Redevances proposées : 3 % du CA net, minimum garanti 15 000 € par an à compter de 2028."),
]
HTML["s060_cpam_tableau_mandats_syndicaux.html"] = ("Crédits d'heures", """
<h1>CPAM de la Loire-Atlantique — Département RH</h1>
<p>Crédits d'heures de délégation 2026 — suivi au 28/02/2026</p>
<table border="1">
<tr><th>Salarié</th><th>Service</th><th>Organisation</th><th>Mandat</th><th>Heures/mois</th><th>Consommées</th></tr>
<tr><td>Isabelle GUIHÉNEUF</td><td>Prestations espèces</td><td>CFDT</td><td>Élue CSE, DS</td><td>36</td><td>61</td></tr>
<tr><td>Mamadou SY</td><td>Plateforme téléphonique</td><td>CGT</td><td>Délégué syndical</td><td>24</td><td>40</td></tr>
<tr><td>Hervé LE GOFF</td><td>Contrôle</td><td>FO</td><td>Représentant de section</td><td>4</td><td>8</td></tr>
<tr><td>Sophie MARTINEAU</td><td>Agence Saint-Nazaire</td><td>CFE-CGC</td><td>Élue CSE suppléante</td><td>0</td><td>3</td></tr>
</table>
""")

# ---- s061-s080 ----
DOCX["s064_tj_expertise_genetique_filiation.docx"] = [
    ("title", "Tribunal judiciaire de Béziers — 1re chambre civile"),
    ("p", "Jugement avant dire droit du 5 février 2026 — RG 25/01877"),
    ("p", "Entre Mme Samia OUALI, agissant en qualité de représentante légale de l'enfant Adam OUALI, né le 12/03/2023, demanderesse, et M. Frédéric SOLER, défendeur."),
    ("p", "Attendu que Mme Ouali soutient que M. Soler est le père de l'enfant, ce que ce dernier conteste ; que l'expertise biologique est de droit en matière de filiation ;"),
    ("h", "Par ces motifs"),
    ("p", "Ordonne une expertise génétique par comparaison des empreintes génétiques de l'enfant, de la mère et du défendeur ; désigne le laboratoire de génétique moléculaire du CHU de Montpellier ; dit que les prélèvements buccaux seront effectués le 10 mars 2026 ; rappelle que le refus de se soumettre à l'expertise pourra être interprété par le tribunal."),
    ("table", [["Personne", "Convocation prélèvement"], ["Adam OUALI (mineur)", "10/03/2026 — 9h00"], ["Samia OUALI", "10/03/2026 — 9h00"], ["Frédéric SOLER", "10/03/2026 — 10h30"]]),
]
HTML["s065_prefecture_naturalisation_entretien_opposant.html"] = ("Compte rendu d'entretien d'assimilation", """
<h1>Préfecture du Val-de-Marne — Plateforme naturalisation</h1>
<p>Demandeur : M. Reza MOHAMMADI, né le 08/08/1984 à Tabriz, réfugié statutaire depuis 2017</p>
<h2>Entretien du 20 janvier 2026</h2>
<p>Niveau de langue : B2 attesté. Connaissance des valeurs de la République : satisfaisante.</p>
<p>Parcours : l'intéressé expose qu'il a été membre actif du Parti démocratique du Kurdistan d'Iran et qu'il a été emprisonné à Ourmia en 2014 pour distribution de tracts. Il reste adhérent de la section européenne du parti et participe aux rassemblements organisés à Paris.</p>
<p>Loyalisme : aucune réserve. Avis favorable de l'agent instructeur.</p>
""")
DOCX["s069_lycee_ca_annexe_etude_payante.docx"] = [
    ("title", "Lycée des métiers de l'hôtellerie de Thonon — Conseil d'administration du 12 mars 2026"),
    ("h", "Annexe 4 : étude de marché (reproduction intégrale)"),
    ("p", "Source : « Le marché de la restauration commerciale en Auvergne-Rhône-Alpes — Perspectives 2026-2028 », étude Xerfi Precepta, décembre 2025, 148 pages, vendue 1 950 € HT. Licence mono-poste acquise par le lycée — reproduite ci-dessous pour information des administrateurs."),
    ("p", "Synthèse (p. 5-9) : « Après deux années de rattrapage post-crise, le marché régional de la restauration commerciale devrait croître de 2,1 % en volume en 2026, porté par la restauration rapide et les concepts hybrides. Les établissements traditionnels indépendants subiront une nouvelle vague de fermetures, en particulier en zone de montagne, où la pénurie de personnel qualifié... »"),
    ("p", "Chapitre 3 (p. 41-67) : « Les stratégies des leaders : Sodexo, Elior et les réseaux de franchise régionaux... » [texte intégral reproduit]"),
    ("table", [["Segment", "CA 2025 (M€)", "Prévision 2028"], ["Restauration rapide", "3 410", "3 870"], ["Restauration traditionnelle", "4 120", "4 060"]]),
]
HTML["s070_igpn_sanction_gardien_paix.html"] = ("Décision disciplinaire", """
<h1>Ministère de l'Intérieur — Direction générale de la police nationale</h1>
<p><strong>Arrêté portant sanction disciplinaire</strong></p>
<p>Le directeur général de la police nationale,</p>
<p>Vu le rapport de l'Inspection générale de la police nationale du 18 décembre 2025 ;</p>
<p>Considérant que le gardien de la paix <strong>Kevin BARBIER</strong>, affecté à la BAC de nuit de Montpellier, a, lors de l'interpellation du 3 août 2025 avenue de Toulouse, porté un coup de pied à une personne déjà maîtrisée au sol, puis omis de mentionner ce geste dans son procès-verbal ; que ces faits constituent un manquement aux obligations de discernement et de loyauté ;</p>
<p><strong>Arrête :</strong> il est infligé à M. Kevin BARBIER la sanction d'exclusion temporaire de fonctions pour une durée de 15 jours, dont 8 avec sursis.</p>
""")
DOCX["s074_maison_arret_refus_permis_visite.docx"] = [
    ("title", "Maison d'arrêt de Brest — Direction"),
    ("p", "Décision de refus de permis de visite"),
    ("p", "Demandeur : Mme Morgane LE GALL — Personne détenue : M. Yoann CARIOU, écrou n° 9931, prévenu"),
    ("p", "Mme Le Gall, ex-épouse de M. Cariou (divorce prononcé le 14/11/2025), sollicite un permis de visite afin d'amener leurs deux enfants au parloir. Or M. Cariou est placé en détention provisoire pour des violences commises sur elle et fait l'objet d'une interdiction judiciaire d'entrer en contact avec la victime."),
    ("table", [["Élément", "Décision"], ["Permis de visite Mme Le Gall", "Refusé"], ["Visites des enfants", "Possibles accompagnées d'un tiers désigné par le JAF (grand-mère paternelle)"]]),
    ("p", "Recours gracieux auprès du chef d'établissement ou recours contentieux devant le tribunal administratif de Rennes."),
]
HTML["s075_gendarmerie_dispositif_visite_ministerielle.html"] = ("Ordre d'opération", """
<h1>Groupement de gendarmerie du Cantal — Ordre d'opération n° 07/2026</h1>
<h2>Visite du ministre de l'Agriculture — Aurillac, 19 mars 2026</h2>
<ul>
<li>Arrivée : aérodrome d'Aurillac-Tronquières, 09h10, piste 33 ; escorte motocycliste 4 motos EDSR.</li>
<li>Itinéraire principal : D 922 puis avenue de la République ; itinéraire de repli : D 17 par Ytrac (non communiqué à la presse).</li>
<li>Site 1 : GAEC des Trois Vallées — périmètre de 300 m, 2 tireurs PSIG en position haute sur le silo nord.</li>
<li>Site 2 : lycée agricole Georges-Pompidou — fouille des salles à 07h00 par équipe cynophile.</li>
<li>Conférences radio : TPH 214 (commandement), TPH 216 (escorte). Mot de passe du jour : « GENTIANE ».</li>
</ul>
""")
DOCX["s079_prefecture_eurodac_correspondance.docx"] = [
    ("title", "Préfecture de la Loire-Atlantique — Pôle régional Dublin"),
    ("h", "Résultat de la consultation Eurodac"),
    ("table", [["Demandeur", "M. Abdirahman HASSAN, se déclarant né le 01/01/2002, Somalie"],
               ["Relevé décadactylaire", "Effectué au GUDA de Nantes le 13/02/2026 (borne n° 2)"],
               ["Résultat", "Correspondance de catégorie 1 — empreintes enregistrées en Italie (Lampedusa) le 21/09/2025"],
               ["Conséquence", "Saisine des autorités italiennes (requête de reprise en charge) — procédure Dublin"]]),
    ("p", "L'intéressé a déclaré avoir refusé la prise d'empreintes en Italie puis y avoir été contraint. Il a été informé de la procédure et de son droit de recours."),
]
HTML["s080_crous_plan_restructuration_confidentiel.html"] = ("Conseil d'administration — document de séance", """
<p style="color:red"><strong>CONFIDENTIEL — document de travail réservé aux administrateurs, ne pas diffuser</strong></p>
<h1>CROUS Normandie — Schéma directeur de la restauration 2026-2029</h1>
<p>Hypothèse de travail soumise au conseil :</p>
<ul>
<li>fermeture du restaurant universitaire du Havre-Lebon à la rentrée 2027, reprise par une cafétéria ;</li>
<li>transformation du RU Évreux-Tilly en point de vente à emporter ;</li>
<li>mutualisation de la production dans la cuisine centrale de Caen-Côte de Nacre.</li>
</ul>
<p>Ces orientations n'ont pas encore été présentées aux organisations représentatives du personnel ni aux élus étudiants.</p>
""")

# ---- p081-p105 ----
DOCX["p084_spip_rapport_activite_2025.docx"] = [
    ("title", "SPIP de la Gironde — Rapport d'activité 2025"),
    ("h", "1. Les personnes suivies"),
    ("p", "Au 31 décembre 2025, le service suivait 5 412 personnes en milieu ouvert et intervenait auprès de 2 890 personnes détenues dans les établissements de Bordeaux-Gradignan, Mont-de-Marsan et Neuvic."),
    ("table", [["Mesure", "2024", "2025"], ["Sursis probatoire", "2 904", "3 066"], ["Travail d'intérêt général", "612", "701"], ["Détention à domicile sous surveillance électronique", "488", "547"], ["Libération conditionnelle", "214", "239"]]),
    ("h", "2. Les actions collectives"),
    ("p", "Programmes de prévention de la récidive : 26 groupes de parole (violences conjugales, conduites addictives), 311 participants. Partenariats avec 142 structures d'accueil de TIG."),
    ("h", "3. Les moyens"),
    ("p", "Effectifs : 118 agents dont 84 conseillers pénitentiaires d'insertion et de probation ; ratio moyen de 64 personnes suivies par CPIP."),
]
HTML["p085_sdis_avis_marche_fpt.html"] = ("Avis d'appel public à la concurrence", """
<h1>SDIS de l'Aveyron — Avis de marché</h1>
<p><strong>Objet :</strong> acquisition de 6 fourgons pompe-tonne (FPT) de 4 000 litres, châssis 4x4.</p>
<p><strong>Procédure :</strong> appel d'offres ouvert (articles L. 2124-2 et R. 2161-2 du code de la commande publique).</p>
<p><strong>Critères :</strong> valeur technique 50 %, prix 35 %, délai de livraison 15 %.</p>
<p><strong>Date limite de remise des offres :</strong> 17 avril 2026, 12h00, sur la plateforme marches-securises.fr.</p>
<p><strong>Renseignements :</strong> service commande publique, SDIS 12, Rodez.</p>
""")
DOCX["p089_universite_master_catalogue.docx"] = [
    ("title", "Université de Rennes — Master Administration publique"),
    ("h", "Parcours « Management des organisations sanitaires et sociales » — M1"),
    ("table", [["UE", "Intitulé", "ECTS", "Volume"],
               ["UE1", "Droit de la santé et de l'action sociale", "6", "36 h"],
               ["UE2", "Politiques de protection de l'enfance et du handicap", "6", "30 h"],
               ["UE3", "Finances hospitalières", "6", "30 h"],
               ["UE4", "Gestion des ressources humaines publiques", "6", "30 h"],
               ["UE5", "Anglais professionnel", "3", "20 h"],
               ["UE6", "Stage (8 semaines minimum)", "3", "—"]]),
    ("p", "Admission sur dossier (plateforme Mon Master). Formation ouverte en alternance en M2."),
]
HTML["p090_dgfip_open_data_dvf.html"] = ("Demandes de valeurs foncières", """
<h1>Demandes de valeurs foncières (DVF)</h1>
<p><strong>Producteur :</strong> Direction générale des finances publiques</p>
<p>Ce jeu de données recense les mutations immobilières à titre onéreux (ventes, adjudications, échanges) publiées dans les services de publicité foncière depuis cinq ans, hors Alsace-Moselle et Mayotte.</p>
<ul>
<li>Fréquence de mise à jour : semestrielle (avril et octobre)</li>
<li>Format : fichiers texte délimités par « | », un fichier par année</li>
<li>Licence : Licence Ouverte v2.0</li>
<li>Champs principaux : date de mutation, nature, valeur foncière, adresse, références cadastrales, type de local, surface</li>
</ul>
<p>Les noms des acquéreurs et vendeurs ne figurent pas dans le fichier. La réutilisation à des fins de réidentification des personnes est interdite.</p>
""")
DOCX["p094_hlm_rapport_activite_impayes.docx"] = [
    ("title", "Lille Métropole Habitat — Rapport d'activité 2025 (extrait)"),
    ("h", "Prévention des impayés et des expulsions"),
    ("p", "La hausse des charges énergétiques a pesé sur les budgets des locataires. Le taux d'impayés s'établit à 2,9 % des loyers quittancés, stable par rapport à 2024."),
    ("table", [["Indicateur", "2024", "2025"], ["Plans d'apurement signés", "3 118", "3 402"], ["Dossiers FSL accompagnés", "1 207", "1 356"], ["Assignations", "412", "389"], ["Expulsions avec concours de la force publique", "47", "39"]]),
    ("p", "Les conseillers sociaux ont réalisé 6 900 entretiens. Le protocole de prévention signé avec la CAF et le Département a permis le maintien dans les lieux de 81 % des ménages rencontrés en commission de coordination."),
]
HTML["p095_france_travail_ateliers_mars.html"] = ("Ateliers de mars", """
<h1>France Travail Tours Nord — Ateliers de mars 2026</h1>
<table border="1">
<tr><th>Date</th><th>Atelier</th><th>Durée</th></tr>
<tr><td>Mardi 3</td><td>Réussir son CV avec l'IA</td><td>2 h</td></tr>
<tr><td>Jeudi 5</td><td>Préparer un entretien d'embauche</td><td>3 h</td></tr>
<tr><td>Mardi 10</td><td>Découvrir les métiers du soin et de l'aide à la personne</td><td>2 h</td></tr>
<tr><td>Vendredi 13</td><td>Créer son entreprise : premiers pas</td><td>3 h</td></tr>
<tr><td>Jeudi 19</td><td>Job dating logistique (12 entreprises)</td><td>4 h</td></tr>
</table>
<p>Inscription dans votre espace personnel, rubrique « Mes événements ».</p>
""")
DOCX["p099_cph_guide_justiciable.docx"] = [
    ("title", "Conseil de prud'hommes de Grenoble — Guide du justiciable"),
    ("h", "Saisir le conseil"),
    ("p", "La requête est déposée au greffe ou envoyée par lettre recommandée, ou par voie électronique via le portail du justiciable. Elle comporte l'exposé sommaire des motifs et la liste des pièces."),
    ("h", "Les étapes"),
    ("table", [["Étape", "Délai indicatif"], ["Bureau de conciliation et d'orientation", "2 à 3 mois après la saisine"], ["Mise en état", "3 à 6 mois"], ["Bureau de jugement", "8 à 14 mois après la saisine"], ["Départage (en cas de partage des voix)", "+ 6 mois"]]),
    ("p", "Le greffe est ouvert du lundi au vendredi de 9h à 12h et de 13h30 à 16h. Il ne peut pas donner de consultation juridique : adressez-vous au point-justice ou à un défenseur syndical."),
]
HTML["p100_crous_bourses_echelons.html"] = ("Bourses sur critères sociaux", """
<h1>CROUS Grand Est — Bourses sur critères sociaux 2026-2027</h1>
<p>La bourse est attribuée en fonction des revenus fiscaux de la famille, du nombre d'enfants à charge et de l'éloignement du lieu d'études.</p>
<table border="1">
<tr><th>Échelon</th><th>Montant annuel (10 mois)</th></tr>
<tr><td>0 bis</td><td>1 454 €</td></tr><tr><td>1</td><td>2 163 €</td></tr><tr><td>3</td><td>3 690 €</td></tr><tr><td>5</td><td>4 972 €</td></tr><tr><td>7</td><td>6 335 €</td></tr>
</table>
<p>Dossier social étudiant à saisir sur messervices.etudiant.gouv.fr entre le 1er mars et le 31 mai. Les étudiants en situation de rupture familiale peuvent bénéficier d'une aide spécifique annuelle après évaluation par un assistant social.</p>
""")
DOCX["p104_prefecture_delegation_signature.docx"] = [
    ("title", "Préfecture de la Sarthe — Arrêté n° DCPPAT-2026-021 portant délégation de signature"),
    ("p", "Le préfet de la Sarthe, vu le décret n° 2004-374 du 29 avril 2004 modifié ; vu le décret du 10 janvier 2025 portant nomination de M. Emmanuel Aubry, préfet de la Sarthe ;"),
    ("p", "Article 1er : délégation est donnée à Mme Sophie Lenormand, secrétaire générale de la préfecture, à l'effet de signer tous arrêtés, décisions, circulaires relevant des attributions de l'État dans le département, à l'exception des réquisitions de la force armée."),
    ("p", "Article 2 : en cas d'absence de Mme Lenormand, la délégation est exercée par M. Karim Benali, sous-préfet de La Flèche."),
    ("table", [["Délégataire", "Fonction", "Périmètre"], ["Sophie Lenormand", "Secrétaire générale", "Général"], ["Karim Benali", "Sous-préfet de La Flèche", "Suppléance"], ["Anne Poirier", "Directrice des migrations", "Titres de séjour, éloignement"]]),
    ("p", "Article 3 : le présent arrêté sera publié au recueil des actes administratifs de la préfecture."),
]
HTML["p105_universite_rapport_egalite_handicap.html"] = ("Rapport social unique — extrait", """
<h1>Université de Lille — Égalité, diversité, handicap : chiffres 2025</h1>
<h2>Étudiants</h2>
<ul><li>2 716 étudiants bénéficient d'aménagements d'études ou d'examens au titre d'une situation de handicap (+ 9 %).</li>
<li>Troubles du neurodéveloppement (dyslexie, TDAH, troubles du spectre autistique) : 46 % des situations ; troubles psychiques : 21 %.</li></ul>
<h2>Personnels</h2>
<ul><li>Taux d'emploi de personnes en situation de handicap : 5,1 % (obligation légale : 6 %).</li>
<li>Écart de rémunération femmes-hommes chez les enseignants-chercheurs : 7,8 %.</li>
<li>Signalements reçus par la cellule violences sexistes et sexuelles : 64, dont 19 ont donné lieu à une procédure disciplinaire.</li></ul>
""")

# ---- p106-p130 ----
DOCX["p109_chu_rapport_cdu_reclamations.docx"] = [
    ("title", "CHU de Nîmes — Commission des usagers : rapport annuel 2025"),
    ("h", "Plaintes et réclamations"),
    ("p", "La commission a examiné 612 réclamations écrites (+ 4 %) et 118 éloges. 37 médiations médicales et 22 médiations non médicales ont été organisées."),
    ("table", [["Motif principal", "Nombre", "Part"], ["Prise en charge médicale", "188", "31 %"], ["Délais d'attente aux urgences", "121", "20 %"], ["Facturation", "97", "16 %"], ["Relations avec le personnel", "84", "14 %"], ["Perte d'objets", "66", "11 %"], ["Autres", "56", "8 %"]]),
    ("p", "Recommandations 2026 : améliorer l'information des familles en psychiatrie, réduire le délai de réponse (objectif 30 jours), généraliser le questionnaire e-Satis en ambulatoire."),
    ("p", "Représentants des usagers : UNAF 30, France Assos Santé Occitanie, Ligue contre le cancer du Gard."),
]
HTML["p110_gendarmerie_recrutement_gav.html"] = ("Gendarme adjoint volontaire", """
<h1>Devenez gendarme adjoint volontaire (GAV)</h1>
<p>Vous avez entre 17 et 26 ans ? Engagez-vous pour un contrat de 3 ans renouvelable une fois.</p>
<ul><li>Formation initiale de 13 semaines en école de gendarmerie ;</li>
<li>solde d'environ 1 400 € nets, logement en caserne ;</li>
<li>missions : sécurité publique, sécurité routière, accueil du public, aux côtés des sous-officiers.</li></ul>
<p>Sélection : tests psychotechniques, entretien, examen médical, épreuves sportives.</p>
<p>Centre d'information et de recrutement de la gendarmerie de Bordeaux — 05 56 xx xx xx — lagendarmerierecrute.fr</p>
""")
DOCX["p114_caf_rapport_activite_minima.docx"] = [
    ("title", "CAF de la Seine-Saint-Denis — Rapport d'activité 2025"),
    ("h", "Chiffres clés"),
    ("table", [["Prestation", "Foyers bénéficiaires", "Montant versé"], ["Revenu de solidarité active", "79 840", "682 M€"], ["Prime d'activité", "148 200", "301 M€"], ["Aides au logement", "193 500", "671 M€"], ["Allocation aux adultes handicapés", "32 110", "368 M€"], ["Prestations familiales", "211 000", "812 M€"]]),
    ("h", "Lutte contre le non-recours"),
    ("p", "Les 1 200 rendez-vous des droits réalisés ont permis l'ouverture de droits nouveaux pour 61 % des allocataires reçus. Le datamining a ciblé 14 000 foyers potentiellement éligibles à la Complémentaire santé solidaire."),
    ("p", "Délai moyen de traitement des dossiers : 9 jours (objectif COG : 10 jours)."),
]
HTML["p115_lycee_reglement_interieur_laicite.html"] = ("Règlement intérieur — article 4", """
<h1>Lycée Jean-Jaurès — Règlement intérieur (extrait)</h1>
<h2>Article 4 — Laïcité</h2>
<p>Conformément à l'article L. 141-5-1 du code de l'éducation, le port de signes ou tenues par lesquels les élèves manifestent ostensiblement une appartenance religieuse est interdit. Lorsqu'un élève méconnaît cette interdiction, le chef d'établissement organise un dialogue avec cet élève avant l'engagement de toute procédure disciplinaire.</p>
<p>La liberté de conscience de chacun est respectée. Les absences pour les grandes fêtes religieuses peuvent être autorisées sur demande écrite des responsables légaux, sous réserve qu'elles ne perturbent pas les examens.</p>
<h2>Article 5 — Respect d'autrui</h2>
<p>Tout propos ou comportement raciste, antisémite, sexiste ou homophobe fera l'objet d'une sanction.</p>
""")
DOCX["p119_tj_rapport_annuel_juridiction.docx"] = [
    ("title", "Tribunal judiciaire de Valence — Audience solennelle : bilan d'activité 2025"),
    ("h", "Activité civile"),
    ("table", [["Contentieux", "Affaires nouvelles", "Affaires terminées", "Délai moyen"], ["Affaires familiales (JAF)", "2 940", "3 012", "7,4 mois"], ["Contentieux de la protection", "2 115", "2 040", "5,1 mois"], ["Civil général", "1 230", "1 198", "13,2 mois"]]),
    ("h", "Activité pénale"),
    ("table", [["Indicateur", "2025"], ["Procédures reçues par le parquet", "21 406"], ["Taux de réponse pénale", "89 %"], ["Jugements correctionnels", "2 870"], ["Comparutions immédiates", "312"], ["Ordonnances de protection délivrées", "164"]]),
    ("p", "Le président et la procureure remercient les greffiers, dont l'effectif a été porté à 58 agents."),
]
HTML["p120_sdis_campagne_volontaires.html"] = ("Devenez sapeur-pompier volontaire", """
<h1>SDIS du Jura — Et si c'était vous ?</h1>
<p>Le Jura compte 2 300 sapeurs-pompiers volontaires, qui assurent 80 % des interventions. Nos centres de Morez, Saint-Claude et Champagnole recherchent des volontaires disponibles en journée.</p>
<h2>Conditions</h2>
<ul><li>Avoir entre 16 et 60 ans ;</li><li>résider ou travailler à proximité d'un centre ;</li><li>remplir les conditions d'aptitude médicale et physique.</li></ul>
<p>Formation initiale adaptée à vos disponibilités, indemnités horaires non imposables, prestation de fidélisation.</p>
<p>Réunion d'information : samedi 28 mars, 10h, centre de secours de Lons-le-Saunier.</p>
""")
DOCX["p124_universite_appel_projets_sante_mentale.docx"] = [
    ("title", "Université Côte d'Azur — Appel à projets « Bien-être et santé mentale étudiante » 2026"),
    ("p", "Selon l'enquête de l'Observatoire de la vie étudiante, un étudiant sur trois présente des signes de détresse psychologique. L'université lance un appel à projets doté de 80 000 € pour soutenir des initiatives de prévention."),
    ("h", "Projets éligibles"),
    ("p", "Ateliers de gestion du stress, pair-aidance, formation aux premiers secours en santé mentale, activités sportives ou culturelles favorisant le lien social, actions de prévention des conduites addictives."),
    ("table", [["Étape", "Date"], ["Dépôt des dossiers", "15 avril 2026"], ["Jury", "mai 2026"], ["Réalisation", "septembre 2026 - juin 2027"]]),
    ("p", "Porteurs : associations étudiantes, composantes, services universitaires. Contact : sante-etudiants@univ-cotedazur.fr"),
]
HTML["p125_hlm_avis_marche_rehabilitation.html"] = ("Avis de marché", """
<h1>Vilogia — Avis d'appel public à la concurrence</h1>
<p><strong>Objet :</strong> réhabilitation thermique de 148 logements — résidence Les Peupliers, Hem (59)</p>
<p>Lots : 1 isolation thermique par l'extérieur ; 2 menuiseries extérieures ; 3 ventilation ; 4 chauffage ; 5 électricité.</p>
<p>Durée : 14 mois en site occupé. Démarrage prévisionnel : septembre 2026.</p>
<p>Clause d'insertion : 7 % des heures travaillées réservées à des personnes éloignées de l'emploi.</p>
<p>Date limite de réception des offres : 30 avril 2026, 16h.</p>
""")
DOCX["p129_spip_appel_partenaires_tig.docx"] = [
    ("title", "SPIP du Bas-Rhin — Accueillir des personnes en travail d'intérêt général"),
    ("p", "Le travail d'intérêt général (TIG) est une peine alternative à l'incarcération : la personne condamnée effectue un travail non rémunéré, de 20 à 400 heures, au profit d'une collectivité, d'un établissement public ou d'une association."),
    ("h", "Pourquoi devenir structure d'accueil ?"),
    ("p", "Participer à la prévention de la récidive, valoriser des missions utiles (entretien d'espaces verts, logistique associative, restauration de patrimoine), bénéficier d'un accompagnement du SPIP et de l'Agence du TIG."),
    ("table", [["Engagement de la structure", "Engagement du SPIP"], ["Désigner un tuteur", "Évaluer la personne avant affectation"], ["Signaler les absences", "Assurer le suivi et l'assurance"], ["Attester des heures réalisées", "Former les tuteurs"]]),
    ("p", "Contact : pôle partenariats, SPIP 67, Strasbourg."),
]
HTML["p130_universite_catalogue_ue_libres.html"] = ("UE libres 2026-2027", """
<h1>Université de Tours — Unités d'enseignement libres</h1>
<table border="1">
<tr><th>Code</th><th>Intitulé</th><th>Semestre</th><th>Campus</th></tr>
<tr><td>UEL-101</td><td>Initiation à la langue des signes française</td><td>S1 et S2</td><td>Tanneurs</td></tr>
<tr><td>UEL-114</td><td>Histoire des religions et des laïcités</td><td>S1</td><td>Tanneurs</td></tr>
<tr><td>UEL-122</td><td>Premiers secours en santé mentale</td><td>S2</td><td>Grandmont</td></tr>
<tr><td>UEL-130</td><td>Chorale universitaire</td><td>S1 et S2</td><td>Tanneurs</td></tr>
<tr><td>UEL-145</td><td>Engagement étudiant et citoyenneté</td><td>S2</td><td>Portalis</td></tr>
</table>
<p>Inscriptions pédagogiques dans l'ENT du 1er au 15 septembre.</p>
""")

# ---- p131-p150 ----
DOCX["p134_cph_rapport_activite.docx"] = [
    ("title", "Conseil de prud'hommes de Nantes — Rapport d'activité 2025"),
    ("table", [["Section", "Affaires nouvelles", "Conciliations", "Jugements", "Délai moyen (mois)"],
               ["Industrie", "312", "41", "248", "14,1"], ["Commerce", "688", "73", "571", "15,3"],
               ["Agriculture", "39", "6", "31", "11,8"], ["Activités diverses", "402", "52", "330", "13,6"],
               ["Encadrement", "276", "22", "219", "17,9"], ["Référés", "354", "—", "337", "1,4"]]),
    ("p", "Les contestations de licenciement représentent 71 % des saisines au fond ; les demandes liées à un harcèlement moral ou à une discrimination, 9 %. Le taux de départage reste élevé (18 %)."),
    ("p", "Le conseil remercie les 152 conseillers prud'hommes salariés et employeurs et les 11 agents du greffe."),
]
HTML["p135_ch_offre_infirmier_psychiatrie.html"] = ("Offre d'emploi", """
<h1>EPSM de la Sarthe — Recrutement d'infirmiers (H/F)</h1>
<p>L'établissement public de santé mentale recrute des infirmiers diplômés d'État pour ses unités d'hospitalisation complète, son centre médico-psychologique et son équipe mobile psychiatrie-précarité.</p>
<h2>Nous offrons</h2>
<ul><li>un tutorat de 6 mois et une formation à la consolidation des savoirs en psychiatrie ;</li>
<li>des horaires en 7h30 ou 12h ;</li><li>une prime d'engagement de 5 000 € pour un engagement de 3 ans.</li></ul>
<p>Débutants bienvenus. Candidature : drh@epsm-sarthe.fr</p>
""")
DOCX["p139_prefecture_rapport_activite_etrangers.docx"] = [
    ("title", "Préfecture du Nord — Direction de l'immigration et de l'intégration : bilan 2025"),
    ("table", [["Indicateur", "2024", "2025"], ["Premiers titres de séjour délivrés", "21 480", "22 105"], ["dont étudiants", "7 912", "8 340"], ["dont motif familial", "6 221", "5 980"], ["Renouvellements", "48 300", "51 760"], ["Demandes d'asile enregistrées (GUDA Lille)", "6 840", "7 215"], ["Obligations de quitter le territoire prononcées", "4 902", "5 610"], ["Décrets de naturalisation", "2 760", "2 310"]]),
    ("p", "Le délai moyen de délivrance d'un premier titre est passé de 94 à 71 jours grâce à la dématérialisation sur l'ANEF. Un point d'accueil numérique, animé par des volontaires du service civique, accompagne les usagers."),
]
HTML["p140_caf_guide_separation_droits.html"] = ("Séparation : vos droits", """
<h1>Vous vous séparez : ce qui change pour vos prestations</h1>
<p>Une séparation, un divorce ou la fin d'un PACS modifie votre situation familiale. Déclarez-la rapidement sur caf.fr, rubrique « Déclarer un changement ».</p>
<h2>Vos enfants</h2>
<p>En cas de résidence alternée, les allocations familiales peuvent être partagées entre les deux parents. Si un parent ne verse pas la pension alimentaire, l'Aripa (agence de recouvrement et d'intermédiation des pensions alimentaires) peut la récupérer pour vous et vous verser l'allocation de soutien familial.</p>
<h2>Votre logement</h2>
<p>Vos aides au logement sont recalculées à partir de vos seules ressources.</p>
<h2>Vous êtes victime de violences ?</h2>
<p>Le 3919 est gratuit et anonyme. Une aide universelle d'urgence peut être versée rapidement aux victimes de violences conjugales.</p>
""")
DOCX["p144_hlm_charte_attribution.docx"] = [
    ("title", "Office public de l'habitat de l'Aube — Charte des attributions"),
    ("p", "La commission d'attribution des logements et d'examen de l'occupation des logements (CALEOL) examine les demandes dans le respect des priorités fixées par l'article L. 441-1 du code de la construction et de l'habitation."),
    ("h", "Publics prioritaires"),
    ("p", "Personnes en situation de handicap ou familles ayant à charge une telle personne ; personnes mal logées ou sortant d'un hébergement ; personnes victimes de violences au sein du couple ; ménages reconnus prioritaires DALO ; personnes menacées d'expulsion sans relogement."),
    ("table", [["Critère de cotation", "Points"], ["Ancienneté de la demande (par année)", "5"], ["Hébergement chez un tiers", "15"], ["Reprise d'emploi éloignée du domicile", "10"], ["Handicap nécessitant un logement adapté", "20"]]),
    ("p", "La charte est publiée sur le site de l'office et affichée dans les agences."),
]
HTML["p145_rectorat_communique_harcelement.html"] = ("Communiqué", """
<h1>Académie de Rennes — Programme pHARe : bilan de mi-année</h1>
<p>Rennes, le 5 mars 2026</p>
<p>100 % des collèges et 92 % des lycées de l'académie sont désormais engagés dans le programme de lutte contre le harcèlement pHARe. 4 300 élèves ambassadeurs ont été formés.</p>
<p>Entre septembre et février, 1 146 situations ont été signalées aux équipes ressources ; 87 % ont été résolues par la méthode de la préoccupation partagée. Le numéro national 3018 reste accessible aux élèves et aux familles.</p>
<p>Le recteur rappelle que le harcèlement scolaire est un délit puni par la loi depuis 2022.</p>
""")
DOCX["p149_france_travail_open_data_offres.docx"] = [
    ("title", "Jeu de données : offres d'emploi diffusées par France Travail"),
    ("table", [["Métadonnée", "Valeur"], ["Producteur", "France Travail — Direction des statistiques, études et évaluation"], ["Couverture", "France entière, par bassin d'emploi et code ROME"], ["Fréquence", "Mensuelle"], ["Format", "CSV, API « Offres d'emploi v2 »"], ["Licence", "Licence Ouverte Etalab 2.0"]]),
    ("p", "Les données décrivent les offres déposées par les employeurs ou collectées auprès des partenaires : intitulé, métier, type de contrat, durée hebdomadaire, salaire proposé (quand il est renseigné), secteur, localisation. Aucune donnée relative aux candidats n'est diffusée."),
]
HTML["p150_police_faq_plainte_en_ligne.html"] = ("Porter plainte en ligne : FAQ", """
<h1>Plainte en ligne — questions fréquentes</h1>
<h2>Pour quelles infractions ?</h2>
<p>Les atteintes aux biens dont l'auteur est inconnu : vols, dégradations, escroqueries en ligne. Les violences et les atteintes aux personnes nécessitent un dépôt de plainte en commissariat ou en brigade, éventuellement par visioplainte.</p>
<h2>Comment ça marche ?</h2>
<p>Connectez-vous via FranceConnect sur plainte-en-ligne.masecurite.interieur.gouv.fr, décrivez les faits, joignez vos justificatifs. Un récépissé vous est adressé par courriel.</p>
<h2>Et ensuite ?</h2>
<p>Votre plainte est transmise au procureur de la République, qui décide des suites à donner. Vous pouvez suivre son avancement sur le même site.</p>
""")


if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
