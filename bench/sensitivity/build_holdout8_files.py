"""Build the .docx and .html documents of the hand-written held-out sensitivity set ``holdout8``.

The set has 150 documents (75 sovereign, 75 public) in ``bench/sensitivity/corpus/holdout8``; the
.txt documents and ``labels.jsonl`` are stored as they are, this script writes the 30 .docx and the
30 .html documents with stable bytes. Run from the worktree root:

    PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout8_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout8"
FIXED = dt.datetime(2026, 3, 2, 9, 0, 0)
DOCX: dict = {}
HTML: dict = {}

# ---------------------------------------------------------------- sovereign .docx
DOCX["s046_rapport_service_jeunesse.docx"] = [
    ("title", "Ville de Pantin – Service jeunesse – Bilan de l'année 2025"),
    ("h", "1. Fréquentation des espaces jeunes"),
    ("p", "Les quatre espaces jeunes (Courtillières, Quatre-Chemins, Hoche, Petit-Pantin) ont accueilli 1 126 jeunes différents de 11 à 17 ans, dont 41 % de filles, un chiffre en hausse grâce aux créneaux réservés du mercredi. La fréquentation moyenne est de 38 jeunes par jour et par structure en période scolaire."),
    ("table", [["Structure", "Jeunes inscrits", "Dont filles", "Séjours"], ["Courtillières", "342", "128", "3"], ["Quatre-Chemins", "301", "131", "2"], ["Hoche", "268", "112", "2"], ["Petit-Pantin", "215", "91", "1"]]),
    ("h", "2. Actions marquantes"),
    ("p", "Le séjour ski à Saint-Sorlin-d'Arves a réuni 24 jeunes. Le projet vidéo « Mon quartier en 2040 » a été primé au festival Regards jeunes. Les chantiers éducatifs ont permis à 46 jeunes de financer leur BAFA ou leur permis."),
    ("h", "3. Accompagnements individuels"),
    ("p", "Les animateurs ont suivi 63 situations individuelles (décrochage, recherche de stage, conflits familiaux), en lien avec le programme de réussite éducative. Parmi elles, celle d'Issa et de Mamadou Sissoko, 15 et 16 ans, arrivés du Mali en 2024 : l'équipe a constaté que les remarques qu'ils subissaient au collège visaient leur appartenance à la communauté soninké et leur couleur de peau, et a organisé avec le principal une médiation qui a apaisé la situation."),
    ("h", "4. Perspectives 2026"),
    ("p", "Ouverture d'un cinquième espace aux Limites, renforcement de l'accueil des 16-17 ans le vendredi soir, poursuite du partenariat avec la mission locale pour les jobs d'été."),
]
DOCX["s047_rapport_analyse_offres_restauration.docx"] = [
    ("title", "Rapport d'analyse des offres – Marché de fourniture de repas en liaison froide"),
    ("p", "Pouvoir adjudicateur : Syndicat intercommunal de restauration scolaire du Val de Saône (SIRS). Procédure : appel d'offres ouvert, avis publié le 12 décembre 2025. Date limite de réception des offres : 26 janvier 2026."),
    ("h", "1. Offres reçues"),
    ("table", [["Candidat", "Date de dépôt", "Recevabilité"], ["Saveurs de Bourgogne SAS", "25/01/2026", "Recevable"], ["Resto Collectivités Est", "26/01/2026", "Recevable"], ["Cuisine Centrale Mâconnaise", "26/01/2026", "Recevable"]]),
    ("h", "2. Critères"),
    ("p", "Valeur technique 50 % (dont qualité des produits 25 %, organisation logistique 15 %, démarche environnementale 10 %), prix 40 %, performance en matière d'insertion 10 %."),
    ("h", "3. Analyse de la valeur technique"),
    ("p", "Saveurs de Bourgogne propose 45 % de produits durables dont 28 % bio et un approvisionnement en viande bovine charolaise. Resto Collectivités Est présente une organisation solide mais peu de produits locaux. Cuisine Centrale Mâconnaise présente une démarche intéressante de réduction du gaspillage."),
    ("p", "Pour justifier son prix bas, Saveurs de Bourgogne a joint une note confidentielle indiquant qu'elle achète son bœuf 4,10 €/kg sous le cours grâce à un contrat d'exclusivité avec la coopérative Charolais Avenir jusqu'en 2028, que sa marge sur le contrat sera de 3,2 % et qu'elle compte se rattraper sur les repas des EHPAD de la zone qu'elle vise l'an prochain ; elle demande expressément que ces éléments ne soient pas communiqués."),
    ("h", "4. Classement"),
    ("p", "1. Saveurs de Bourgogne (88,4/100) ; 2. Cuisine Centrale Mâconnaise (81,9/100) ; 3. Resto Collectivités Est (76,2/100). Proposition d'attribution à la CAO du 18 février 2026."),
]
DOCX["s048_livret_formation_chapitre.docx"] = [
    ("title", "Livret de formation des nouveaux agents d'accueil – Module 3"),
    ("p", "Le texte ci-dessous est reproduit intégralement, pour les besoins de la session, à partir de l'ouvrage de Martine Lacombe, « L'accueil difficile : comprendre et désamorcer », Éditions Territorial Pratique, 2023, chapitre 3, p. 41-47. © Éditions Territorial Pratique. Tous droits de reproduction réservés."),
    ("h", "Chapitre 3 – La colère n'est pas contre vous"),
    ("p", "Lorsqu'un usager élève la voix au guichet, il s'adresse rarement à la personne qui lui fait face. Il s'adresse à une institution qu'il croit sourde, à une file d'attente qu'il trouve trop longue, à un formulaire qu'il ne comprend pas. Le premier réflexe de l'agent doit donc être de ne pas prendre la colère pour soi : c'est ce que j'appelle la « distance bienveillante »."),
    ("p", "Dans les trente premières secondes, trois gestes suffisent souvent : regarder la personne, dire son prénom ou son nom si on le connaît, reformuler sa demande en une phrase. « Si je comprends bien, vous attendez votre attestation depuis trois semaines. » La reformulation montre que la demande a été entendue et fait baisser la tension d'un cran."),
    ("p", "Ensuite vient le temps de l'explication. Il ne s'agit pas de justifier l'administration, mais de donner à l'usager une prise sur la suite : ce qui va se passer, quand, et qui il pourra rappeler. Un usager qui repart avec une date et un nom revient rarement en colère."),
    ("p", "Enfin, il faut savoir passer la main. Aucun agent ne doit rester seul face à une situation qui dégénère : le recours au collègue ou au responsable n'est pas un aveu d'échec, c'est une règle de sécurité. Les services qui l'ont formalisée constatent une baisse nette des incidents."),
    ("p", "[Fin de l'extrait – pages 41 à 47]"),
]
DOCX["s049_arrete_decharge_activite.docx"] = [
    ("title", "Arrêté n° 2026-RH-118 portant attribution d'une décharge d'activité de service"),
    ("p", "Le Président de la Communauté d'agglomération du Grand Dax,"),
    ("p", "Vu le code général de la fonction publique ; vu le décret n° 85-397 du 3 avril 1985 relatif à l'exercice du droit syndical dans la fonction publique territoriale ; vu la désignation effectuée par l'organisation syndicale UNSA Territoriaux des Landes par courrier du 2 février 2026 ;"),
    ("p", "ARRÊTE"),
    ("p", "Article 1 : Mme Céline Lafitte, adjointe administrative principale de 1re classe à la direction des finances, bénéficie d'une décharge d'activité de service à hauteur de 50 % de son temps de travail à compter du 1er mars 2026, au titre de son mandat de secrétaire de section."),
    ("p", "Article 2 : Le reste de son temps de travail est effectué à la direction des finances."),
    ("p", "Article 3 : Le présent arrêté sera notifié à l'intéressée et transmis au centre de gestion."),
    ("p", "Fait à Dax, le 20 février 2026. Pour le Président, le vice-président délégué aux ressources humaines."),
]
DOCX["s050_fiche_preoperatoire_transfusion.docx"] = [
    ("title", "CHU de Clermont-Ferrand – Consultation d'anesthésie"),
    ("table", [["Patient", "M. Emmanuel Duarte, 54 ans"], ["Intervention prévue", "Prothèse totale de hanche gauche – 17/03/2026"], ["Antécédents", "HTA traitée, diabète de type 2"], ["Groupe / RAI", "A+, RAI négative"], ["Particularité", "Témoin de Jéhovah : refuse toute transfusion de sang homologue, y compris en urgence ; accepte l'EPO et la récupération peropératoire. Directive anticipée signée, copie au dossier."], ["Conduite à tenir", "EPO préopératoire 3 injections ; fer IV ; cell saver en salle"]]),
    ("p", "Le patient a été informé des risques. Décision partagée avec le chirurgien, Dr Bonnet."),
]
DOCX["s051_note_devoir_reserve.docx"] = [
    ("title", "Note à l'attention de la Directrice générale des services"),
    ("p", "Objet : publications de M. Quentin Arnoux, technicien au service urbanisme"),
    ("p", "Plusieurs élus nous ont signalé les publications de M. Arnoux sur son compte Facebook personnel. Il y affiche son engagement au Rassemblement national, dont il est adhérent et responsable de la circonscription jeunesse, et relaie des messages hostiles à la majorité municipale, parfois en mentionnant des dossiers d'urbanisme en cours qu'il instruit lui-même."),
    ("p", "L'appartenance à un parti relève de sa liberté d'opinion, mais la mention de dossiers en cours constitue un manquement à l'obligation de discrétion professionnelle. Je propose un entretien de recadrage avec son chef de service et un rappel écrit de ses obligations ; une procédure disciplinaire ne paraît pas justifiée à ce stade."),
    ("p", "Le directeur de l'urbanisme, F. Carré"),
]
DOCX["s052_rapport_social_jeune_heberge.docx"] = [
    ("title", "Rapport social – demande d'hébergement d'urgence"),
    ("p", "Service intégré d'accueil et d'orientation (SIAO) de la Gironde – Date : 02/03/2026"),
    ("table", [["Nom", "LOPES Mathis"], ["Âge", "19 ans"], ["Ressources", "aucune (sans emploi, pas de droits ouverts au RSA)"], ["Hébergement actuel", "canapé chez un ami, Mérignac, jusqu'au 10/03"]]),
    ("p", "Mathis a été mis à la porte par ses parents en janvier après avoir révélé qu'il est gay ; son père l'a frappé lors de la dispute et le jeune ne souhaite pas porter plainte. Il n'a plus aucun contact avec sa famille, à l'exception de sa grand-mère."),
    ("p", "Orientation proposée : place en résidence jeunes adultes avec accompagnement, lien avec l'association Le Refuge, ouverture d'un contrat d'engagement jeune à la mission locale."),
    ("p", "Travailleuse sociale : Mme Sarah Dubois"),
]
DOCX["s053_demande_autorisation_absence_oncogenetique.docx"] = [
    ("title", "Demande d'autorisation d'absence"),
    ("p", "Agent : Mme Laure Van den Berghe – Professeure des écoles – Circonscription de Lille 3"),
    ("p", "Motif : rendez-vous au CHU de Lille, consultation d'oncogénétique, le 19 mars 2026 de 9 h à 12 h."),
    ("p", "Commentaire de l'agent : « Le test génétique réalisé en janvier a montré que je suis porteuse d'une mutation BRCA2, comme ma mère. Ce rendez-vous sert à décider d'une chirurgie préventive, pour laquelle je devrai demander un congé plus long au printemps. Merci de garder l'information pour vous. »"),
    ("p", "Avis de l'IEN : favorable. Remplacement : brigade."),
]
DOCX["s054_incident_report_visiting_scholar.docx"] = [
    ("title", "Incident report – Visiting scholar programme"),
    ("p", "Institution: Université de Strasbourg – Maison universitaire internationale. Prepared for: Vice-President for International Relations. Date: 5 March 2026."),
    ("table", [["Person concerned", "Dr. Viktor Halvorsen, visiting researcher, Institute of Chemistry, Oslo"], ["Date of incident", "28 February 2026, 23:40"], ["Location", "Bar on quai des Bateliers"]]),
    ("p", "Dr. Halvorsen was arrested by the national police after a fight in which another customer was injured (4 days' incapacity). He spent the night in police custody and was released the next afternoon; he has been summoned to appear before the Strasbourg criminal court on 14 May for assault."),
    ("p", "Recommendation: suspend his access to the laboratory pending the hearing; inform the Oslo home institution; keep his residence at the Maison universitaire until the end of his grant."),
]
DOCX["s055_exercice_crise_communal.docx"] = [
    ("table", [["Niveau de protection", "DIFFUSION RESTREINTE"], ["Destinataires", "cellule de crise communale – 9 ex. numérotés"], ["Exemplaire n°", "4"]]),
    ("title", "Exercice de gestion de crise – Scénario « Crue de la Vilaine » – Commune de Redon"),
    ("p", "Date de l'exercice : jeudi 9 avril 2026, 8 h 30 – 12 h 30. Participants : maire, adjoints, DGS, services techniques, CCAS, police municipale, SDIS 35 (observateur)."),
    ("p", "Déroulé : 8 h 30 alerte Vigicrues orange ; 9 h 15 passage en rouge ; 10 h évacuation simulée de l'EHPAD du quai ; 11 h communication à la population ; 12 h retour d'expérience à chaud."),
    ("p", "Objectifs : tester l'activation du PCS, la chaîne d'alerte téléphonique et l'accueil des sinistrés au gymnase Beaumont."),
]
DOCX["s056_pv_cst_reclassement.docx"] = [
    ("title", "Comité social territorial – Procès-verbal de la séance du 4 février 2026"),
    ("p", "Collectivité : Département du Gers. Présidence : Mme la vice-présidente chargée des ressources humaines. Représentants du personnel présents : 8 titulaires. Secrétaire adjoint : représentant du personnel."),
    ("h", "Point 1 – Approbation du procès-verbal du 10 décembre 2025"),
    ("p", "Le procès-verbal est approuvé à l'unanimité."),
    ("h", "Point 2 – Lignes directrices de gestion : avancement et promotion"),
    ("p", "L'administration présente les critères proposés pour les promotions internes 2026 : ancienneté, diversité des parcours, formations suivies. Les représentants du personnel demandent que la valorisation de l'expérience acquise dans le secteur associatif soit mieux prise en compte. Avis favorable : 6 pour, 2 abstentions."),
    ("h", "Point 3 – Réorganisation de la direction des routes"),
    ("p", "Le projet regroupe les centres d'exploitation de Mirande et de Masseube. Les représentants s'inquiètent des temps de trajet supplémentaires. L'administration s'engage à maintenir un point d'appui à Masseube pendant la viabilité hivernale."),
    ("p", "À propos des postes supprimés, l'administration précise que M. Alexandre Pujol, reconnu travailleur handicapé après son accident de la colonne vertébrale et désormais inapte à la conduite d'engins, sera reclassé sur un poste de magasinier à Auch, conformément à l'avis du médecin du travail."),
    ("p", "Avis défavorable unanime des représentants du personnel sur la réorganisation, qui sera présentée à nouveau en mars."),
    ("h", "Point 4 – Bilan social 2025"),
    ("p", "Effectif au 31/12 : 1 742 agents. Taux d'absentéisme : 7,8 %. Accidents de service : 94, dont 31 avec arrêt."),
    ("h", "Point 5 – Questions diverses"),
    ("p", "Titres-restaurant : la valeur faciale passera à 9 € au 1er juillet. Séance levée à 12 h 20."),
]
DOCX["s057_grille_jury_recrutement.docx"] = [
    ("title", "Grille d'entretien – Recrutement d'un(e) chargé(e) d'accueil – Mairie de Colombes"),
    ("table", [["Candidat(e)", "Communication", "Motivation", "Connaissances", "Commentaire du jury"], ["Mme Linh Tran", "4/5", "4/5", "3/5", "Très à l'aise, d'origine vietnamienne, parle vietnamien et cantonais : atout pour le public du quartier des Fossés-Jean"], ["M. Romain Deschamps", "3/5", "2/5", "4/5", "Connaît bien l'état civil, peu souriant"], ["Mme Yasmina Cherif", "5/5", "4/5", "3/5", "Candidate kabyle, on sent qu'elle vient du quartier, bonne énergie"]]),
    ("p", "Proposition du jury : Mme Cherif, puis Mme Tran sur liste complémentaire."),
]
DOCX["s058_evaluation_mna.docx"] = [
    ("title", "Rapport d'évaluation de minorité et d'isolement"),
    ("p", "Département de la Haute-Garonne – Dispositif d'évaluation des mineurs non accompagnés – Date de l'évaluation : 26/02/2026"),
    ("table", [["Identité déclarée", "BAH Alpha Oumar"], ["Date de naissance déclarée", "03/08/2009"], ["Pays d'origine", "Guinée (Conakry)"], ["Arrivée en France", "janvier 2026, par Vintimille"], ["Documents", "extrait d'acte de naissance (authenticité en cours d'analyse par la PAF)"]]),
    ("p", "Parcours : a quitté la Guinée après le décès de son père ; a passé huit mois en Libye où il a été détenu et frappé. Récit cohérent et précis ; attitude et développement compatibles avec l'âge déclaré."),
    ("p", "Conclusion : minorité et isolement établis. Proposition : saisine du procureur pour ordonnance de placement provisoire et confier le jeune à l'ASE."),
]
DOCX["s059_nda_roadmap_en.docx"] = [
    ("title", "Joint lab steering committee – minutes"),
    ("p", "Parties: Université de Technologie de Compiègne (UTC) and Helix Batteries Ltd (UK). Meeting of 19 February 2026. Shared under the NDA signed on 3 June 2025 – Helix confidential information."),
    ("h", "1. Helix roadmap (confidential)"),
    ("p", "Helix presented its internal roadmap: switching its cathode supplier from Umicore to a Korean source in Q3 2026, cutting cell cost from $92 to $71/kWh; launch of the solid-state pilot line in Teesside in 2027; target gross margin of 28 % on the stationary-storage range. The electrolyte additive recipe (3 % FEC + undisclosed salt) is a trade secret and will not be published in joint papers."),
    ("h", "2. PhD projects"),
    ("p", "Two theses start in October. Publication review period: 60 days."),
]
DOCX["s060_cr_cellule_veille_clspd.docx"] = [
    ("title", "Conseil local de sécurité et de prévention de la délinquance – Cellule de veille du 24 février 2026"),
    ("p", "Commune de Vaulx-en-Velin. Participants : adjoint à la tranquillité publique, police municipale, commissariat, éducation nationale, bailleurs, prévention spécialisée, mission locale."),
    ("h", "1. Tendances du trimestre"),
    ("p", "Baisse des rodéos urbains (-30 %) depuis l'installation de chicanes au Mas du Taureau ; persistance des dépôts sauvages rue Émile-Zola ; hausse des incivilités dans les bus de la ligne C3 en fin de journée."),
    ("h", "2. Prévention"),
    ("p", "Le dispositif de chantiers éducatifs d'été sera reconduit (60 places). Le bailleur propose de financer deux médiateurs supplémentaires de juin à septembre. L'éducation nationale signale une hausse du harcèlement en ligne au collège Henri-Barbusse ; une intervention des policiers formateurs anti-drogue est programmée en avril."),
    ("h", "3. Situations individuelles (échange d'informations confidentielles)"),
    ("p", "Enzo Martinez, 17 ans, a été déféré le 12 février pour un vol avec violence à l'arrêt de tram et placé sous contrôle judiciaire avec obligation de suivi par la PJJ ; la prévention spécialisée accepte de le rencontrer avec sa mère."),
    ("h", "4. Prochaine cellule"),
    ("p", "Mardi 26 mai 2026, 14 h, hôtel de ville."),
]

# ---------------------------------------------------------------- sovereign .html
HTML["s061_webmail_carte_syndicat.html"] = ("Re: réunion d'équipe", """
<div class="mail-header"><p><b>De :</b> Nathalie Fournier &lt;n.fournier@ville-avignon.fr&gt;<br><b>À :</b> Marc Roussel &lt;m.roussel@ville-avignon.fr&gt;<br><b>Objet :</b> Re: réunion d'équipe</p></div>
<div class="mail-body">
<p>Marc,</p>
<p>OK pour jeudi 14 h. Un point délicat : Kader Belkacem est passé me voir hier. Il a pris sa carte chez Sud Collectivités territoriales le mois dernier et va être désigné sur leur liste pour les prochaines élections professionnelles. Il ne veut pas que l'équipe l'apprenne par la rumeur, il le dira lui-même en réunion.</p>
<p>Merci de rester discret d'ici là.</p>
<p>Nathalie</p>
</div>
""")
HTML["s062_intranet_etude_marche_payante.html"] = ("Veille – Étude sur le marché du vélo à assistance électrique", """
<h1>Veille économique – Étude intégrale</h1>
<p class="source">Source : « Le marché du vélo à assistance électrique en France, 2026-2030 », étude Prospectiva Conseil, 84 pages, licence monoposte achetée par la Direction du développement économique (prix 1 450 € HT). Reproduction et diffusion interdites hors du titulaire de la licence.</p>
<h2>Synthèse (p. 3-6)</h2>
<p>Le marché français a atteint 758 000 unités en 2025, en recul de 4 % après le pic de 2022. La valeur moyenne d'achat progresse toutefois (2 140 € TTC), portée par les modèles cargo et les vélos longtail, qui représentent désormais 11 % des ventes.</p>
<p>Nos projections tablent sur un marché de 920 000 unités en 2030 dans le scénario central, sous l'effet des aides locales et du développement des flottes d'entreprise. Trois acteurs concentrent 47 % des ventes en magasin spécialisé ; les marques françaises gagnent 6 points de part de marché grâce à l'assemblage local.</p>
<h2>Chapitre 4 – Les territoires les plus dynamiques (p. 38-52)</h2>
<p>Les métropoles de Strasbourg, Grenoble et Nantes affichent un taux d'équipement supérieur à 14 ménages sur 100. Nous identifions 12 villes moyennes à fort potentiel, dont Angers, Poitiers et Valence, où la demande est freinée par l'insuffisance du stationnement sécurisé.</p>
<table border="1"><tr><th>Ville</th><th>Indice de potentiel</th><th>Rang</th></tr><tr><td>Angers</td><td>87</td><td>1</td></tr><tr><td>Poitiers</td><td>81</td><td>2</td></tr><tr><td>Valence</td><td>78</td><td>3</td></tr></table>
""")
HTML["s063_page_hommage_poeme_integral.html"] = ("Semaine de la poésie – école Victor-Hugo", """
<h1>Printemps des poètes à l'école Victor-Hugo de Rezé</h1>
<p>Les élèves de CM2 ont mis en voix le poème suivant, que nous reproduisons ici en entier pour les familles. Texte de Claire Vasquez, extrait du recueil « Les Marées du dedans », Éditions du Phare bleu, 2021 (tous droits réservés).</p>
<blockquote>
<p>Il y a dans la mer un escalier d'eau<br>que personne ne descend,<br>il y a des marches de sel<br>pour les enfants qui attendent.</p>
<p>Je l'ai vu un matin de brume,<br>quand le port dormait encore,<br>il montait jusqu'à ma fenêtre<br>et s'arrêtait au bord.</p>
<p>Alors j'ai posé un pied, puis l'autre,<br>le froid m'a pris les chevilles,<br>et j'ai compris que la mer<br>n'est qu'une maison sans grilles.</p>
<p>Depuis je garde dans ma poche<br>un caillou, une marche, un peu d'écume,<br>pour le jour où il faudra<br>redescendre dans la brume.</p>
</blockquote>
<p>Bravo aux élèves de Mme Leclerc !</p>
""")
HTML["s064_compte_rendu_confidential_en.html"] = ("Steering meeting – Interreg project ALPCLIM", """
<p style="color:#a00;font-weight:bold">Confidential – for project partners only – do not forward</p>
<h1>ALPCLIM – Steering committee, Chambéry, 2 March 2026</h1>
<p>Partners present: Département de la Savoie (lead), Regione Piemonte, Canton du Valais, Université Savoie Mont Blanc.</p>
<h2>1. Budget</h2>
<p>Work package 3 is 18 % under-spent; partners agree to reallocate €120,000 to the snow-gauge network.</p>
<h2>2. Communication</h2>
<p>Final conference scheduled in Aosta, 15 October 2026. The website will be translated into German.</p>
<h2>3. Next meeting</h2>
<p>Video call, 8 June 2026.</p>
""")
HTML["s065_demande_conge_fete.html"] = ("Demande de congé – portail agent", """
<h1>Portail agent – Demande de congé n° 2026-04412</h1>
<table border="1">
<tr><th>Agent</th><td>Mme Samira Haddad – ATSEM, école maternelle Pasteur</td></tr>
<tr><th>Type</th><td>Autorisation d'absence pour fête religieuse</td></tr>
<tr><th>Date</th><td>vendredi 20 mars 2026</td></tr>
<tr><th>Motif saisi par l'agent</th><td>Aïd el-Fitr, fin du ramadan que j'observe. Je rattraperai l'heure du mercredi si besoin.</td></tr>
<tr><th>Avis responsable</th><td>Favorable – remplacement assuré par Mme Royer</td></tr>
</table>
""")
HTML["s066_formulaire_contact_administre.html"] = ("Formulaire de contact – message reçu", """
<h1>Message reçu via le formulaire « Écrire au maire »</h1>
<p><b>Nom :</b> Bernard Chevalier<br><b>Adresse :</b> 9 allée des Cèdres, 78150 Le Chesnay-Rocquencourt<br><b>Objet :</b> Stationnement avenue Dutartre</p>
<p><b>Message :</b></p>
<p>Monsieur le Maire, adhérent des Républicains depuis trente ans et militant de la première heure à vos côtés lors de chaque campagne, j'ai distribué vos tracts sur tout le quartier Parly II. Je suis d'autant plus déçu de constater que rien n'est fait pour le stationnement sauvage devant chez moi. Je vous demande une intervention de la police municipale.</p>
<p>Respectueusement, B. Chevalier</p>
""")
HTML["s067_demande_mutation_logement.html"] = ("Demande de mutation – pièce jointe", """
<h1>Lettre jointe à la demande de mutation</h1>
<p>Paris Habitat – Direction territoriale Nord-Est</p>
<p>Madame, Monsieur,</p>
<p>Je sollicite un changement de logement en urgence. Depuis que des voisins du 3e étage ont compris que je vis avec ma compagne, Estelle, nous subissons insultes dans l'escalier, tags sur notre porte et, le 14 février, une bousculade qui a valu à Estelle deux jours d'ITT ; une plainte a été déposée au commissariat du 19e.</p>
<p>Nous ne nous sentons plus en sécurité au 41 rue de Tanger.</p>
<p>Camille Ortiz, locataire n° 0093412</p>
""")
HTML["s068_notes_conseiller_mission_locale.html"] = ("Dossier jeune – notes d'entretien", """
<h1>Mission locale du Val-d'Oise Est – Suivi individuel</h1>
<p><b>Jeune :</b> Prakash Sivakumar, 20 ans, Sarcelles</p>
<h2>Entretien du 03/03/2026</h2>
<p>Prakash cherche une alternance en logistique. Issu de la communauté tamoule sri-lankaise de Sarcelles, il dit avoir été écarté de deux entretiens après avoir entendu « on ne prend pas de Tamouls, ils repartent tous travailler chez leurs cousins ». Je lui propose de saisir le Défenseur des droits et l'oriente vers le job dating du 12 mars.</p>
""")
HTML["s069_autorisation_reconnaissance_faciale_cantine.html"] = ("Autorisation – accès restauration collège", """
<h1>Collège Jean-Moulin – Accès au self par reconnaissance faciale</h1>
<p>Élève : <b>Lucas Fontaine</b>, 5e B – Représentant légal : Mme Hélène Fontaine</p>
<p>Statut de l'enrôlement : <b>effectué le 02/03/2026</b>. Photographie de référence capturée au CDI, gabarit facial (vecteur 512 dimensions) enregistré sur le serveur du prestataire VisioPass, identifiant 5B-0147-FTN. Taux de correspondance au test : 0,93.</p>
<p>Consentement parental : signé le 24/02/2026. Droit de retrait : carte sans contact disponible sur demande.</p>
""")
HTML["s070_email_embassy_work_permit_en.html"] = ("Work permit – Ms Adebayo", """
<p><b>From:</b> Direction des ressources humaines, CHU de Rouen<br><b>To:</b> Consular section, Embassy of France in Lagos<br><b>Subject:</b> Ms Folake Adebayo – visa appointment</p>
<p>Dear colleagues,</p>
<p>We have recruited Ms Folake Adebayo, a Nigerian-trained nurse, on a fixed-term contract starting 1 April. The DREETS work authorisation was refused on 12 February because her diploma recognition was incomplete; we have appealed and the prefecture of Seine-Maritime indicated that her previous irregular stay in France in 2019 will be examined as well.</p>
<p>Could her long-stay visa appointment be postponed until the appeal is decided?</p>
<p>Kind regards,<br>HR Department – International recruitment</p>
""")
HTML["s071_compte_rendu_permanence_elu.html"] = ("Permanences des élus – mars 2026", """
<h1>Compte rendu des permanences de quartier – mars 2026</h1>
<p>Mairie de Roubaix – Cabinet du maire – Document de suivi interne</p>
<h2>Quartier de l'Épeule – samedi 7 mars (M. l'adjoint aux quartiers)</h2>
<ul>
<li>M. Delattre, commerçant rue de l'Épeule : demande de livraison de jardinières. Transmis aux espaces verts.</li>
<li>Collectif des parents de l'école Jules-Guesde : sécurisation de la traversée piétonne. Étude de la voirie en cours.</li>
<li>Mme Sabrina Lefebvre, 42 ans, mère de trois enfants, au RSA depuis son licenciement : 7 mois de loyer impayés, audience d'expulsion le 2 avril devant le juge des contentieux de la protection ; orientée vers le CCAS et l'ADIL, l'adjoint appellera le bailleur.</li>
<li>Association des jardins familiaux : renouvellement de la convention d'occupation.</li>
</ul>
<h2>Quartier du Pile – samedi 14 mars (Mme l'adjointe à la propreté)</h2>
<ul>
<li>Dépôts sauvages rue de Condé : intervention programmée le 17.</li>
<li>Éclairage défaillant place du Travail : signalé.</li>
<li>Demande de bancs supplémentaires au square Pierre-de-Roubaix.</li>
</ul>
<h2>Quartier des Trois-Ponts – samedi 21 mars</h2>
<ul>
<li>Nuisances d'un chantier : rappel des horaires à l'entreprise.</li>
<li>Projet de fresque participative : accord de principe.</li>
</ul>
""")
HTML["s072_speaker_accommodation_en.html"] = ("Speaker logistics – Forum des territoires", """
<h1>Forum des territoires intelligents – Speaker logistics</h1>
<p><b>To:</b> venue team, Palais des congrès de Dijon</p>
<p>Bonjour à tous, a few points for tomorrow's keynote by Mr. Ruben de Vries (Eindhoven):</p>
<ul>
<li>He arrives by TGV at 10:12, driver needed.</li>
<li>Il est épileptique and flashing lights or strobe effects on stage must be turned off during his session; his assistant carries his emergency medication (buccal midazolam) and will sit in the first row.</li>
<li>Lunch: vegetarian.</li>
</ul>
<p>Merci ! – Organising team</p>
""")
HTML["s073_intranet_vie_du_service.html"] = ("Vie du service – mars", """
<h1>La gazette de la DSI – mars 2026</h1>
<h2>Les arrivées</h2>
<p>Bienvenue à Clémence, développeuse, qui rejoint l'équipe « applications métier », et à Idriss, technicien de proximité sur le site de la Tour.</p>
<h2>Le projet du mois</h2>
<p>La migration des 1 200 postes vers Windows 11 avance : 64 % des postes sont migrés. Merci de réserver votre créneau sur l'outil de planification.</p>
<h2>Côté équipe</h2>
<p>Le télétravail du vendredi est maintenu pour l'équipe support. Petit rappel : Frédéric Cazals, qui porte un bracelet électronique jusqu'en juin dans le cadre de l'aménagement de sa peine, doit impérativement avoir quitté le site à 18 h ; ne le positionnez pas sur les interventions du soir.</p>
<h2>Le quiz</h2>
<p>Qui a retrouvé le serveur de 1998 au fond de la salle B ? Réponse le mois prochain.</p>
<h2>Agenda</h2>
<p>Afterwork de printemps le 2 avril ; formation cybersécurité obligatoire avant le 30 avril.</p>
""")
HTML["s074_chat_creche_procureur.html"] = ("Messagerie interne – crèche", """
<h1>Messagerie – équipe crèche Les Lucioles</h1>
<p><b>Directrice (09:02) :</b> Pour info à toute l'équipe : pour Jade M. (section des moyens), j'ai transmis hier soir un écrit au parquet des mineurs, pas à la CRIP, vu la gravité des brûlures de cigarette sur les cuisses. Les parents ne sont pas au courant.</p>
<p><b>Auxiliaire (09:05) :</b> ok, et si le père vient la chercher ?</p>
<p><b>Directrice (09:06) :</b> on la lui remet normalement, on note tout, on ne pose aucune question. La police doit venir dans la journée.</p>
""")
HTML["s075_mail_objet_marquage.html"] = ("[NE PAS DIFFUSER – CONF.] ordre du jour bureau municipal", """
<p><b>Objet :</b> [NE PAS DIFFUSER – CONF.] ordre du jour bureau municipal du 16 mars</p>
<p>Bonjour à tous,</p>
<p>Voici l'ordre du jour du prochain bureau municipal :</p>
<ol><li>Préparation du conseil du 26 mars</li><li>Point travaux de la halle</li><li>Fête de la musique : programmation</li><li>Questions diverses</li></ol>
<p>Secrétariat général – Ville de Saint-Malo</p>
""")

# ---------------------------------------------------------------- public .docx
DOCX["p121_deliberation_budget_primitif.docx"] = [
    ("title", "Délibération n° 2026-022 – Budget primitif 2026 – Budget principal"),
    ("p", "Commune d'Albi – Conseil municipal du 16 février 2026. Rapporteur : M. l'adjoint délégué aux finances."),
    ("h", "Exposé des motifs"),
    ("p", "Le budget primitif 2026 s'inscrit dans le prolongement des orientations débattues le 19 janvier. Il est marqué par la stabilité des taux de fiscalité locale, pour la septième année consécutive, par une hausse contenue des dépenses de fonctionnement (+2,1 %) et par un programme d'investissement ambitieux centré sur la rénovation énergétique des écoles et la requalification des berges du Tarn."),
    ("h", "Section de fonctionnement"),
    ("table", [["Chapitre", "Libellé", "Montant (€)"], ["011", "Charges à caractère général", "14 820 000"], ["012", "Charges de personnel", "31 460 000"], ["65", "Autres charges de gestion courante (dont subventions)", "7 915 000"], ["66", "Charges financières", "1 120 000"], ["", "Total dépenses réelles de fonctionnement", "55 315 000"]]),
    ("p", "Les recettes de fonctionnement s'élèvent à 62 480 000 €, dont 34 200 000 € de fiscalité directe et 9 870 000 € de dotation globale de fonctionnement. L'épargne brute prévisionnelle atteint 7,2 M€."),
    ("h", "Section d'investissement"),
    ("p", "Les dépenses d'équipement atteignent 21,4 M€, dont : rénovation thermique des écoles Rochegude et Mazicou (4,2 M€), berges du Tarn, deuxième tranche (3,8 M€), voirie (3,1 M€), extension de la médiathèque Pierre-Amalric (2,6 M€), vidéoprotection (0,4 M€). Elles sont financées par l'autofinancement, les subventions (6,3 M€) et un emprunt d'équilibre de 7,5 M€."),
    ("h", "Débat"),
    ("p", "Le groupe d'opposition regrette le niveau de l'endettement (capacité de désendettement de 6,8 ans) et propose de différer l'extension de la médiathèque. L'adjoint aux finances répond que l'encours par habitant reste inférieur à la moyenne de la strate."),
    ("h", "Décision"),
    ("p", "Le conseil municipal adopte le budget primitif 2026 du budget principal, voté par chapitre, par 33 voix pour et 10 voix contre."),
]
DOCX["p122_rapport_activite_chu_chiffres.docx"] = [
    ("title", "Centre hospitalier universitaire d'Angers – L'année 2025 en chiffres"),
    ("p", "Document de présentation au conseil de surveillance du 5 mars 2026."),
    ("table", [["Activité", "2024", "2025", "Évolution"], ["Séjours en hospitalisation complète", "88 410", "90 125", "+1,9 %"], ["Passages aux urgences adultes", "71 300", "74 860", "+5,0 %"], ["Naissances", "3 412", "3 356", "-1,6 %"], ["Séances de chimiothérapie", "28 940", "31 205", "+7,8 %"], ["Consultations de psychiatrie", "62 180", "65 900", "+6,0 %"], ["Greffes rénales", "118", "126", "+6,8 %"]]),
    ("p", "Faits marquants : ouverture de l'unité de soins palliatifs pédiatriques, obtention de la certification HAS « haute qualité des soins », installation d'un second robot chirurgical, création de 14 lits de psychiatrie de l'adolescent."),
    ("p", "Ressources humaines : 6 940 professionnels, dont 1 120 médecins. Taux d'absentéisme : 8,7 %. Le CHU a recruté 312 infirmiers en 2025."),
]
DOCX["p123_ccap_clause_confidentialite.docx"] = [
    ("title", "Cahier des clauses administratives particulières – Marché de maintenance des ascenseurs"),
    ("p", "Office public de l'habitat Lille Métropole Habitat – Marché n° 2026-LMH-014."),
    ("h", "Article 12 – Confidentialité"),
    ("p", "Le titulaire et ses sous-traitants sont tenus à une obligation de confidentialité pour toutes les informations dont ils ont connaissance à l'occasion de l'exécution du marché, notamment les codes d'accès aux locaux techniques et les coordonnées des locataires, qui leur seront communiqués séparément et par voie sécurisée. Cette obligation survit cinq ans après la fin du marché."),
    ("h", "Article 13 – Pénalités"),
    ("p", "En cas de dépannage hors délai (4 heures en cas de personne bloquée en cabine, 24 heures dans les autres cas), une pénalité de 150 € par heure de retard est appliquée, plafonnée à 10 % du montant annuel du marché."),
    ("h", "Article 14 – Secret des affaires"),
    ("p", "Le pouvoir adjudicateur s'interdit de communiquer aux tiers les éléments de l'offre du titulaire couverts par le secret des affaires, dans les conditions prévues par le code des relations entre le public et l'administration. Le montant global du marché et le nom du titulaire sont publiés dans l'avis d'attribution."),
]
DOCX["p124_appel_candidatures_residence_artiste.docx"] = [
    ("title", "Appel à candidatures – Résidence d'artiste 2026 « Écrire le fleuve »"),
    ("p", "Ville de Saumur – Direction des affaires culturelles."),
    ("p", "La Ville accueille un(e) auteur(e) en résidence de septembre à décembre 2026 pour un projet d'écriture en lien avec la Loire. L'artiste disposera d'un logement à la Maison des bords de Loire et d'une bourse de 2 000 € brut par mois."),
    ("h", "Droits d'auteur"),
    ("p", "L'artiste reste titulaire de ses droits d'auteur. Il autorise la Ville à reproduire des extraits de moins de 1 500 signes de l'œuvre produite dans ses supports de communication, avec mention du nom de l'auteur, pendant trois ans. Toute autre exploitation fera l'objet d'un contrat séparé."),
    ("h", "Candidature"),
    ("p", "Dossier (CV, note d'intention, extraits de publications) à envoyer avant le 15 mai 2026 à residence@ville-saumur.fr. Jury en juin."),
]
DOCX["p125_cr_conseil_administration_lycee.docx"] = [
    ("title", "Lycée polyvalent Condorcet – Belfort – Conseil d'administration du 3 mars 2026"),
    ("p", "Présidence : M. le proviseur. Quorum atteint (21 membres présents sur 30)."),
    ("h", "1. Budget – décision budgétaire modificative n° 2"),
    ("p", "Prise en compte d'une subvention régionale de 18 400 € pour l'équipement de la section BTS électrotechnique. Adoptée à l'unanimité."),
    ("h", "2. Voyages scolaires"),
    ("p", "Voyage à Berlin des classes de 1re (52 élèves) du 13 au 18 avril, coût par famille 395 € ; le fonds social lycéen pourra être sollicité par les familles qui le souhaitent. Adopté."),
    ("h", "3. Règlement intérieur"),
    ("p", "Modification relative à l'usage des téléphones portables : interdiction en classe sauf usage pédagogique. Adoptée par 19 voix pour, 2 abstentions."),
    ("h", "4. Questions diverses"),
    ("p", "Les représentants des élèves demandent l'installation de fontaines à eau ; la Région sera sollicitée."),
]
DOCX["p126_port_annual_summary_en.docx"] = [
    ("title", "Port of La Rochelle – 2025 Annual Summary"),
    ("p", "Published by the Grand Port Maritime de La Rochelle, March 2026."),
    ("table", [["Indicator", "2025", "Change"], ["Total traffic (million tonnes)", "10.2", "+3 %"], ["Cereal exports (million tonnes)", "4.6", "+8 %"], ["Forest products (thousand tonnes)", "812", "-2 %"], ["Ships calls", "1,104", "+1 %"]]),
    ("p", "Highlights: commissioning of the new Chef-de-Baie 4 terminal, first shore-power connection for ships at berth, and a 12 % cut in the port's own CO2 emissions compared with 2019."),
    ("p", "Outlook 2026: start of the dredging works in the access channel and launch of a public consultation on the green-hydrogen hub."),
]
DOCX["p127_convention_restos_coeur.docx"] = [
    ("title", "Convention de mise à disposition de locaux – Les Restaurants du Cœur"),
    ("p", "Entre la commune de Vendôme, représentée par son maire, et l'association départementale des Restaurants du Cœur de Loir-et-Cher, représentée par son président."),
    ("p", "Article 1 – Objet : la commune met à disposition de l'association, à titre gracieux, les locaux situés 4 rue du Change (rez-de-chaussée, 180 m²) pour la distribution de denrées alimentaires aux personnes accueillies."),
    ("p", "Article 2 – Durée : trois ans à compter du 1er avril 2026, renouvelable par reconduction expresse."),
    ("p", "Article 3 – Charges : les fluides sont pris en charge par la commune, dans la limite de 4 000 € par an."),
    ("p", "Article 4 – Bilan : l'association transmet chaque année un bilan d'activité indiquant le nombre de personnes accueillies et de repas distribués, sans données nominatives."),
]
DOCX["p128_schema_autonomie_synthese.docx"] = [
    ("title", "Schéma départemental de l'autonomie 2026-2030 – Synthèse"),
    ("p", "Département de la Dordogne. Le schéma fixe les orientations de la politique en faveur des personnes âgées et des personnes en situation de handicap."),
    ("h", "Diagnostic"),
    ("p", "Le département compte 36 % d'habitants de plus de 60 ans, l'un des taux les plus élevés de France. 11 840 personnes bénéficient de l'allocation personnalisée d'autonomie, et 6 120 de la prestation de compensation du handicap. La maladie d'Alzheimer et les maladies apparentées touchent environ 9 000 Périgourdins selon les estimations de l'ORS."),
    ("h", "Orientations"),
    ("p", "1. Favoriser le maintien à domicile (revalorisation des services d'aide à domicile) ; 2. Transformer l'offre en EHPAD (unités protégées, accueil de jour) ; 3. Soutenir les aidants (plateformes de répit) ; 4. Améliorer l'inclusion scolaire et professionnelle des personnes handicapées."),
]
DOCX["p129_procedure_mdph_guide.docx"] = [
    ("title", "Guide de l'usager – Déposer une demande à la MDPH du Morbihan"),
    ("p", "Qui peut faire une demande ? Toute personne en situation de handicap, quel que soit son âge, ou son représentant légal."),
    ("p", "Quel formulaire ? Le formulaire Cerfa 15692, accompagné d'un certificat médical de moins d'un an et d'un justificatif d'identité et de domicile."),
    ("p", "Que puis-je demander ? Allocation aux adultes handicapés, carte mobilité inclusion, reconnaissance de la qualité de travailleur handicapé, orientation en établissement, aide humaine à l'école."),
    ("p", "Quel délai ? 4,1 mois en moyenne en 2025. Les situations urgentes bénéficient d'une procédure accélérée."),
    ("p", "Comment contester une décision ? Par un recours administratif préalable obligatoire dans les deux mois, puis devant le tribunal judiciaire."),
]
DOCX["p130_dicrim_extrait.docx"] = [
    ("title", "Document d'information communal sur les risques majeurs (DICRIM) – Extrait"),
    ("p", "Commune de Tarascon – édition 2026, distribuée dans toutes les boîtes aux lettres."),
    ("h", "Le risque inondation"),
    ("p", "Tarascon est exposée aux crues du Rhône. En cas d'alerte, la sirène émet un son modulé de trois fois une minute. Écoutez France Bleu Vaucluse, montez à l'étage, ne allez pas chercher vos enfants à l'école : ils sont pris en charge par les enseignants."),
    ("h", "Le risque industriel"),
    ("p", "Deux établissements classés Seveso sont situés sur la commune voisine. En cas d'accident, confinez-vous, fermez portes et fenêtres, arrêtez la ventilation."),
    ("h", "Les bons réflexes"),
    ("p", "Préparez un kit d'urgence (eau, lampe, radio à piles, médicaments, copie des papiers). Inscrivez-vous au service d'alerte par SMS de la commune."),
]
DOCX["p131_decision_cao_attribution.docx"] = [
    ("title", "Procès-verbal de la commission d'appel d'offres du 19 février 2026"),
    ("p", "Département de la Charente – Marché de transport scolaire, lots 1 à 4."),
    ("table", [["Lot", "Attributaire", "Montant annuel HT"], ["1 – Secteur Cognac", "Transports Boutin SARL", "412 300 €"], ["2 – Secteur Confolens", "Keolis Charente", "538 900 €"], ["3 – Secteur Barbezieux", "Autocars Gaillard", "296 750 €"], ["4 – Secteur Ruffec", "Keolis Charente", "351 200 €"]]),
    ("p", "La commission a attribué les lots à l'offre économiquement la plus avantageuse selon les critères annoncés (prix 50 %, valeur technique 40 %, performance environnementale 10 %). Les candidats non retenus seront informés des motifs du rejet."),
]
DOCX["p132_hommage_ancienne_directrice_hopital.docx"] = [
    ("title", "Hommage à Madeleine Ferrand, directrice du centre hospitalier de Vichy de 1995 à 2012"),
    ("p", "Madeleine Ferrand nous a quittés le 22 février 2026, à l'âge de 81 ans."),
    ("p", "Entrée à l'École nationale de la santé publique en 1970, elle avait dirigé les hôpitaux de Thiers et de Moulins avant de prendre la tête du centre hospitalier de Vichy. On lui doit la construction du bâtiment de médecine de 2004, la création de l'institut de formation des aides-soignants et le rapprochement avec le CHU de Clermont-Ferrand."),
    ("p", "Les équipes qui ont travaillé avec elle se souviennent de ses visites de nuit dans les services, de sa connaissance de chaque chef de service et de sa fermeté dans les négociations budgétaires avec l'agence régionale."),
    ("p", "La direction, la communauté médicale et l'ensemble des personnels adressent à sa famille leurs sincères condoléances."),
]
DOCX["p133_offre_emploi_policier_municipal.docx"] = [
    ("title", "Offre d'emploi – Gardien-brigadier de police municipale (H/F)"),
    ("p", "Ville de Fréjus – Direction de la sécurité et de la tranquillité publique – Poste à temps complet."),
    ("h", "Missions"),
    ("p", "Assurer la surveillance de la voie publique et la sécurité des manifestations ; faire respecter les arrêtés du maire ; relever les infractions au code de la route ; participer aux patrouilles de nuit et aux opérations conjointes avec la police nationale."),
    ("h", "Profil"),
    ("p", "Lauréat du concours ou titulaire du grade ; permis B ; aptitude physique ; sens du contact et de la médiation. Une enquête administrative préalable est réalisée pour tous les recrutements, conformément au code de la sécurité intérieure."),
    ("h", "Conditions"),
    ("p", "Régime indemnitaire attractif, armement catégorie B et D, équipement fourni. Candidature avant le 20 avril 2026."),
]
DOCX["p134_decision_ce_societe.docx"] = [
    ("title", "Conseil d'État – Décision n° 489215 du 12 février 2026 – Société Hydro-Pyrénées (résumé publié)"),
    ("p", "La société Hydro-Pyrénées demandait l'annulation de l'arrêté préfectoral lui imposant de relever le débit réservé de sa centrale hydroélectrique sur la Neste d'Aure."),
    ("p", "Le Conseil d'État juge que le préfet pouvait, au vu de l'étude d'impact sur la population de truites fario, fixer un débit minimal supérieur au dixième du module, sans porter une atteinte excessive à l'économie du contrat de concession."),
    ("p", "La requête de la société est rejetée. Elle versera 3 000 € à l'association de pêche intervenante."),
]
DOCX["p135_reglement_creche_sante.docx"] = [
    ("title", "Règlement de fonctionnement – Multi-accueil municipal « Les Coccinelles »"),
    ("p", "Ville de Thonon-les-Bains – version adoptée par délibération du 28 janvier 2026."),
    ("h", "Article 7 – Santé de l'enfant"),
    ("p", "L'admission est subordonnée à la présentation du carnet de vaccinations obligatoires. Un enfant fiévreux (plus de 38,5 °C) ou atteint d'une maladie contagieuse à éviction (scarlatine, gastro-entérite aiguë, coqueluche…) ne peut être accueilli. Les médicaments ne sont administrés que sur ordonnance, par un professionnel habilité."),
    ("p", "Pour un enfant atteint d'une maladie chronique ou d'une allergie alimentaire, un projet d'accueil individualisé est établi avec le médecin de la structure et la famille."),
    ("h", "Article 8 – Protection de l'enfance"),
    ("p", "Conformément à la loi, la direction transmet au Département toute information préoccupante concernant un enfant accueilli. Les familles en sont informées, sauf si cela est contraire à l'intérêt de l'enfant."),
    ("h", "Article 9 – Participation financière"),
    ("p", "Le tarif horaire est calculé selon le barème national de la CNAF en fonction des ressources et de la composition de la famille."),
]

# ---------------------------------------------------------------- public .html
HTML["p136_actu_maison_sante.html"] = ("Inauguration de la maison de santé pluriprofessionnelle", """
<h1>Une maison de santé ouvre ses portes à Lodève</h1>
<p>Publié le 4 mars 2026 – Actualités</p>
<p>La maison de santé pluriprofessionnelle du Lodévois a été inaugurée samedi en présence du maire, du sous-préfet et de la directrice de la délégation départementale de l'ARS. Elle réunit quatre médecins généralistes, six infirmiers, deux kinésithérapeutes, une sage-femme, une orthophoniste et une psychologue.</p>
<p>Le bâtiment de 1 100 m², construit par la communauté de communes pour 2,4 M€, comprend aussi un cabinet de téléconsultation et une salle d'éducation thérapeutique pour les patients diabétiques.</p>
<p>Prise de rendez-vous : 04 67 44 10 10 ou sur les plateformes en ligne.</p>
""")
HTML["p137_faq_adoption_departement.html"] = ("Adopter un enfant : les étapes", """
<h1>Adopter un enfant dans le Finistère</h1>
<h2>Obtenir l'agrément</h2>
<p>Toute personne souhaitant adopter un enfant pupille de l'État ou né à l'étranger doit obtenir un agrément du président du conseil départemental. La demande se fait par courrier au service adoption ; une réunion d'information est obligatoire.</p>
<h2>Les évaluations</h2>
<p>Un travailleur social et un psychologue rencontrent les candidats, à plusieurs reprises, pendant les neuf mois d'instruction. La commission d'agrément rend ensuite un avis.</p>
<h2>Quelques chiffres</h2>
<p>En 2025, 84 agréments ont été délivrés dans le département et 11 pupilles de l'État ont été confiés en vue d'adoption.</p>
<h2>Contact</h2>
<p>Service adoption – 32 boulevard Dupleix, Quimper – 02 98 76 20 20</p>
""")
HTML["p138_page_enfance_danger_119.html"] = ("Enfance en danger : comment réagir ?", """
<h1>Un enfant est peut-être en danger : que faire ?</h1>
<p>Vous êtes inquiet pour un enfant de votre entourage (maltraitance, négligence, violences conjugales au domicile) ? Vous pouvez :</p>
<ul>
<li>appeler le <strong>119 – Allô enfance en danger</strong>, gratuit, 24 h/24, 7 j/7 ;</li>
<li>contacter la cellule de recueil des informations préoccupantes (CRIP) du Département ;</li>
<li>en cas de danger immédiat, appeler le 17 ou le 112.</li>
</ul>
<p>Vous n'avez pas besoin d'être certain : c'est aux professionnels d'évaluer la situation. Votre appel peut rester anonyme.</p>
""")
HTML["p139_heritage_days_en.html"] = ("European Heritage Days in Avignon", """
<h1>European Heritage Days – 19 and 20 September 2026</h1>
<p>The City of Avignon opens the doors of its historic buildings for free.</p>
<ul>
<li>Palais des Papes: free guided tours in English at 11:00 and 15:00;</li>
<li>Hôtel de Ville: visit of the council chamber and the clock tower;</li>
<li>Municipal archives: exhibition "Six centuries of bridges";</li>
<li>Pont Saint-Bénezet: storytelling for children in French and English.</li>
</ul>
<p>Booking recommended on avignon.fr. Accessible for visitors with reduced mobility, except the clock tower.</p>
""")
HTML["p140_communique_travail_dissimule.html"] = ("Travail dissimulé : une entreprise condamnée", """
<h1>Communiqué de la préfecture de la Gironde</h1>
<p>Bordeaux, le 27 février 2026</p>
<p>À la suite d'un contrôle conjoint de l'inspection du travail, de l'URSSAF et de la gendarmerie dans les vignobles du Médoc en septembre 2024, la société de prestations viticoles Vignes Services Aquitaine a été condamnée le 20 février par le tribunal correctionnel de Bordeaux à 80 000 € d'amende pour travail dissimulé et emploi d'étrangers sans autorisation de travail. Le tribunal a prononcé l'interdiction pour la société d'exercer l'activité de prestataire pendant cinq ans.</p>
<p>Le préfet rappelle que les donneurs d'ordre ont l'obligation de vérifier la régularité de leurs sous-traitants.</p>
""")
HTML["p141_page_regime_cultes_alsace.html"] = ("Les cultes en Alsace-Moselle", """
<h1>Le régime local des cultes</h1>
<p>En Alsace et en Moselle, la loi de 1905 de séparation des Églises et de l'État ne s'applique pas. Le régime concordataire reconnaît quatre cultes : catholique, luthérien, réformé et israélite. Leurs ministres sont rémunérés par l'État et les communes participent aux dépenses des établissements publics du culte.</p>
<p>Les autres cultes, dont l'islam et le culte orthodoxe, s'organisent sous forme d'associations de droit local. L'enseignement religieux est inscrit dans les programmes des écoles publiques ; les familles peuvent demander une dispense.</p>
<p>Pour en savoir plus : bureau des cultes de la préfecture du Bas-Rhin.</p>
""")
HTML["p142_actu_depistage_sida.html"] = ("1er décembre : dépistage gratuit", """
<h1>Journée mondiale de lutte contre le sida : dépistage gratuit et anonyme</h1>
<p>Le centre gratuit d'information, de dépistage et de diagnostic (CeGIDD) du centre hospitalier de Périgueux tiendra un stand place Bugeaud le 1er décembre de 10 h à 17 h. Tests rapides du VIH et des hépatites, résultats en 30 minutes, information sur la PrEP.</p>
<p>En Nouvelle-Aquitaine, 390 découvertes de séropositivité ont été enregistrées en 2024. Un tiers des personnes sont diagnostiquées à un stade tardif.</p>
""")
HTML["p143_resultats_elections_professionnelles.html"] = ("Élections professionnelles – résultats", """
<h1>Élections professionnelles du 4 décembre 2025 – Résultats</h1>
<p>Conseil départemental de la Vendée – Comité social territorial</p>
<table border="1">
<tr><th>Organisation</th><th>Voix</th><th>%</th><th>Sièges</th></tr>
<tr><td>CFDT</td><td>1 012</td><td>38,4</td><td>4</td></tr>
<tr><td>FO</td><td>734</td><td>27,8</td><td>3</td></tr>
<tr><td>CGT</td><td>512</td><td>19,4</td><td>2</td></tr>
<tr><td>UNSA</td><td>380</td><td>14,4</td><td>1</td></tr>
</table>
<p>Participation : 61,2 % (2 638 votants sur 4 310 inscrits).</p>
""")
HTML["p144_odj_conseil_municipal.html"] = ("Ordre du jour du conseil municipal", """
<h1>Conseil municipal du jeudi 26 mars 2026 – 19 h – Salle du conseil</h1>
<ol>
<li>Approbation du procès-verbal de la séance du 12 février</li>
<li>Compte administratif 2025 et affectation du résultat</li>
<li>Rapport annuel sur la situation en matière d'égalité entre les femmes et les hommes</li>
<li>Subventions aux associations de solidarité (Secours catholique, Secours populaire, Croix-Rouge, Cimade)</li>
<li>Convention avec la préfecture pour le raccordement de la police municipale au fichier des véhicules volés</li>
<li>Dénomination de la place Simone-Veil</li>
<li>Questions diverses</li>
</ol>
<p>La séance est publique et retransmise en direct sur le site de la ville.</p>
""")
HTML["p145_ceremonie_naturalisation.html"] = ("Cérémonie d'accueil dans la citoyenneté française", """
<h1>120 nouveaux Français accueillis en préfecture</h1>
<p>Le 6 mars 2026, la préfète de la Côte-d'Or a présidé la cérémonie d'accueil dans la citoyenneté française de 120 personnes naturalisées, originaires de 34 pays, en présence de parlementaires et d'élus locaux.</p>
<p>La Marseillaise a été interprétée par la maîtrise de la cathédrale de Dijon. Chaque nouveau citoyen a reçu la Charte des droits et devoirs du citoyen français.</p>
<p>En 2025, 1 140 personnes ont acquis la nationalité française par décret dans le département.</p>
""")
HTML["p146_devenir_assistant_familial.html"] = ("Devenez assistant familial", """
<h1>Le Département recrute des assistants familiaux</h1>
<p>Vous souhaitez accueillir à votre domicile des enfants confiés à l'Aide sociale à l'enfance ? Le Département de la Marne recherche 40 assistants familiaux en 2026.</p>
<ul>
<li>Agrément délivré par le service de PMI après évaluation ;</li>
<li>formation de 300 heures rémunérée ;</li>
<li>rémunération à partir de 1 850 € brut par mois pour un enfant accueilli, plus indemnités d'entretien ;</li>
<li>accompagnement par une équipe (référent ASE, psychologue).</li>
</ul>
<p>Réunion d'information le 8 avril à Châlons-en-Champagne.</p>
""")
HTML["p147_communique_cyberattaque.html"] = ("Cyberattaque : point de situation", """
<h1>Cyberattaque : les services municipaux progressivement rétablis</h1>
<p>Communiqué – Ville de Lons-le-Saunier – 3 mars 2026</p>
<p>Victime d'un rançongiciel le 24 février, la Ville a déposé plainte et notifié l'incident à la CNIL et à l'ANSSI. Aucune rançon n'a été versée. L'état civil et le portail famille sont de nouveau accessibles ; la messagerie des agents le sera d'ici la fin de semaine.</p>
<p>À ce stade, les investigations n'ont pas établi d'exfiltration de données personnelles. Les usagers seront informés individuellement si cela venait à changer.</p>
""")
HTML["p148_plan_grand_froid.html"] = ("Plan grand froid – numéros utiles", """
<h1>Grand froid : restons vigilants</h1>
<p>Le préfet a activé le niveau 2 du plan grand froid. Des places d'hébergement supplémentaires sont ouvertes au gymnase Léo-Lagrange (60 places) pour les personnes sans abri.</p>
<ul>
<li>Si vous voyez une personne à la rue en difficulté : appelez le <strong>115</strong>.</li>
<li>Les personnes âgées isolées peuvent s'inscrire sur le registre du CCAS pour recevoir un appel.</li>
<li>Maraude du Samu social chaque soir de 20 h à 2 h.</li>
</ul>
""")
HTML["p149_confirmation_date_mariage.html"] = ("Confirmation de réservation – mariage", """
<p><b>Objet :</b> Confirmation de votre date de mariage</p>
<p>Madame Manon Girard, Monsieur Théo Benhamou,</p>
<p>Nous avons le plaisir de vous confirmer la célébration de votre mariage à l'hôtel de ville d'Annecy le <b>samedi 20 juin 2026 à 15 h</b>, salle des mariages.</p>
<p>Votre dossier est complet. La publication des bans sera affichée à partir du 20 mai. Merci de nous transmettre avant le 1er juin la liste définitive de vos témoins (deux à quatre), avec la copie de leur pièce d'identité.</p>
<p>Le service état civil – Ville d'Annecy</p>
""")
HTML["p150_open_positions_lab_mixed.html"] = ("Open positions / Postes ouverts – LIRIS", """
<h1>Open positions / Postes ouverts</h1>
<p>Laboratoire d'informatique en image et systèmes d'information (LIRIS, CNRS – Université Lyon 1)</p>
<h2>PhD position – Federated learning for medical imaging</h2>
<p>Three-year contract starting October 2026, in collaboration with the Hospices Civils de Lyon. The candidate will work on privacy-preserving training on anonymised imaging data. Gross salary: €2,200/month.</p>
<h2>Ingénieur(e) d'études – Plateforme de calcul</h2>
<p>CDD de 24 mois. Administration du cluster GPU du laboratoire, accompagnement des doctorants.</p>
<p>Applications / Candidatures: jobs@liris.cnrs.fr before 30 April 2026.</p>
""")


if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
