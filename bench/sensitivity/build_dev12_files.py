"""Build the .docx and .html documents of the dev12 sensitivity set.

Run from the repository root: ``.venv/bin/python bench/sensitivity/build_dev12_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev12"
FIXED = dt.datetime(2024, 6, 1, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "h", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {}
# Each html: (title, body).
HTML: dict[str, tuple[str, str]] = {}


# ---------------------------------------------------------------- documents

DOCX["s002_entretien_professionnel.docx"] = [
    ("title", "COMPTE RENDU D'ENTRETIEN PROFESSIONNEL – Année 2023"),
    ("p", "Collectivité : Communauté de communes du Pays de Falaise-Test – Direction des services techniques"),
    ("table", [
        ["Agent", "M. Stéphane Guérin"],
        ["Grade", "Adjoint technique principal de 2e classe"],
        ["Poste", "Agent de maintenance des bâtiments"],
        ["Évaluateur", "M. Olivier Lamy, responsable du pôle bâtiments"],
        ["Date de l'entretien", "14 février 2024"],
    ]),
    ("h", "1. Bilan de l'année écoulée"),
    ("p", "Objectifs fixés en 2023 : reprise des menuiseries de l'école maternelle (atteint) ; mise à jour du carnet d'entretien des chaudières (partiellement atteint) ; formation habilitation électrique BR (atteint)."),
    ("h", "2. Appréciation de la valeur professionnelle"),
    ("table", [
        ["Critère", "Appréciation"],
        ["Compétences techniques", "Très bon"],
        ["Qualités relationnelles", "À améliorer"],
        ["Respect des consignes et des délais", "Insuffisant"],
        ["Capacité d'initiative", "Satisfaisant"],
    ]),
    ("p", "Appréciation littérale de l'évaluateur : M. Guérin est un agent techniquement solide, mais plusieurs retards non justifiés ont été constatés au second semestre et un conflit verbal avec un gardien de gymnase a nécessité mon intervention en octobre. Je lui demande un effort net sur la ponctualité ; un nouveau point sera fait en juin. Avis défavorable à l'avancement de grade cette année."),
    ("h", "3. Objectifs pour 2024"),
    ("p", "Planifier les interventions via le logiciel de gestion des demandes ; tenir les délais annoncés aux usagers ; participer à la formation « gestion des conflits »."),
    ("h", "4. Observations de l'agent"),
    ("p", "Je conteste le terme « insuffisant » : les retards correspondent à des semaines où j'étais seul sur deux sites. Je suis d'accord pour la formation."),
    ("p", "Signature de l'agent : lu et pris connaissance le 20/02/2024 – Signature de l'évaluateur"),
]

DOCX["s010_demande_conge_familial.docx"] = [
    ("title", "DEMANDE D'AUTORISATION SPÉCIALE D'ABSENCE"),
    ("p", "À transmettre au service RH par la voie hiérarchique au moins 48 h avant l'absence, sauf urgence."),
    ("table", [
        ["Nom / prénom", "LEBRETON Aurélie"],
        ["Service", "Médiathèque intercommunale – secteur jeunesse"],
        ["Motif (cocher)", "☐ mariage / PACS   ☐ naissance   ☒ décès   ☐ garde d'enfant malade   ☐ autre"],
        ["Dates demandées", "du 11/03 au 13/03 inclus (3 jours)"],
        ["Précisions", "Décès de mon père, survenu le 9 mars à Quimper. Obsèques le 12. Je dois aussi aider ma mère pour les démarches, je poserai éventuellement 2 jours de congés annuels ensuite."],
        ["Justificatif joint", "Acte de décès (copie)"],
    ]),
    ("p", "Avis du responsable de service : favorable – K. Moreau, le 10/03"),
    ("p", "Décision de l'autorité territoriale : accordée (3 jours ASA décès d'un ascendant)."),
]

DOCX["s016_cr_rencontre_fournisseur.docx"] = [
    ("title", "Compte rendu de rencontre – Service développement économique"),
    ("p", "Entreprise : Menuiseries Harel & Fils (Condé-test) – rencontrée le 5 juin 2024 dans le cadre du suivi des entreprises du parc d'activités"),
    ("p", "Présents : M. Jean-Luc Harel (gérant), Mme Solène Pichard (chargée de mission économie), M. Yves Tardif (directeur du développement)"),
    ("h", "Objet de la rencontre"),
    ("p", "Point sur le projet d'extension de l'atelier (parcelle ZA-14) et sur les aides régionales mobilisables."),
    ("h", "Échanges"),
    ("p", "M. Harel confirme son intérêt pour la parcelle mais indique, en demandant expressément que l'information reste entre nous, que l'entreprise traverse une passe difficile : le chiffre d'affaires a reculé de 22 % sur l'exercice, la marge brute est tombée à 9 % contre 17 % il y a deux ans, et la banque a refusé le renouvellement de la ligne de trésorerie. Il envisage de demander une procédure de conciliation au tribunal de commerce avant l'été. Le projet d'extension serait donc repoussé à 2026."),
    ("p", "Il souhaite néanmoins garder une option sur la parcelle et connaître les conditions du dispositif régional « Rebond »."),
    ("h", "Suites"),
    ("table", [
        ["Action", "Responsable", "Échéance"],
        ["Envoyer la fiche du dispositif Rebond", "S. Pichard", "12/06"],
        ["Mettre en relation avec le CIP (centre d'information sur la prévention des difficultés)", "Y. Tardif", "15/06"],
        ["Point d'étape sur l'option de la parcelle", "S. Pichard", "septembre"],
    ]),
]

DOCX["s019_main_courante_rappel.docx"] = [
    ("title", "Main courante – Régie des transports scolaires"),
    ("p", "Période : semaine du 18 au 22 novembre"),
    ("table", [
        ["Date / heure", "Événement", "Suite donnée", "Visa"],
        ["18/11 07:10", "Car n° 12 : retard de 15 min (brouillard)", "Écoles prévenues par SMS", "PL"],
        ["19/11 16:45", "Élève oublié à l'arrêt Les Vignes, récupéré par le car n° 8", "Information aux parents", "PL"],
        ["20/11 07:25", "M. Rui Ferreira (conducteur ligne 4) arrivé à 7h05 au dépôt au lieu de 6h30, quatrième retard du mois", "Rappel à l'ordre écrit remis à l'agent par le chef de régie ; copie au dossier individuel ; prochain retard = demande de sanction", "JMD"],
        ["21/11 12:00", "Plein carburant cars 3 et 5", "—", "PL"],
        ["22/11 17:30", "Rétroviseur car n° 7 cassé (accrochage parking collège)", "Déclaration assurance en cours", "JMD"],
    ]),
]

DOCX["s022_fiche_amenagement_poste.docx"] = [
    ("title", "FICHE DE LIAISON – Médecine préventive / Service RH"),
    ("p", "Centre de gestion – Pôle santé au travail"),
    ("table", [
        ["Agent", "Mme Virginie Castaing"],
        ["Employeur", "Commune de Saint-Aubin-test – restauration scolaire"],
        ["Type de visite", "Visite de reprise après congé de longue maladie"],
        ["Date", "02/09/2024"],
    ]),
    ("h", "Préconisations du médecin de prévention"),
    ("p", "Apte avec aménagements. Reconnaissance de la qualité de travailleur handicapé (RQTH) en cours de renouvellement. Suite à sa hernie discale opérée, pas de port de charges supérieures à 8 kg, alternance des postures assis / debout, pas de plonge en continu plus d'une heure. Temps partiel thérapeutique à 60 % pour 3 mois, à réévaluer."),
    ("h", "Réponse de l'employeur"),
    ("p", "Un chariot de service à hauteur réglable sera commandé. L'agent sera affectée prioritairement au service en salle et à la préparation froide. Planning adapté transmis le 05/09."),
    ("p", "Signature du médecin : Dr A. Poulain – Signature de l'autorité territoriale"),
]

DOCX["s029_demande_secours_cnas.docx"] = [
    ("title", "DEMANDE D'AIDE EXCEPTIONNELLE – Action sociale du personnel"),
    ("p", "Formulaire confidentiel à remettre sous pli au correspondant action sociale (ne pas passer par le service)."),
    ("table", [
        ["Nom, prénom", "PRUNIER Didier"],
        ["Service", "Voirie – secteur nord"],
        ["Situation familiale", "Marié, 3 enfants à charge"],
        ["Montant demandé", "1 200 €"],
        ["Motif de la demande (texte libre)", "Depuis la perte d'emploi de ma femme l'an dernier nous n'arrivons plus à payer toutes les échéances. Nous avons déposé un dossier de surendettement à la Banque de France en janvier, il a été déclaré recevable. La facture de régularisation d'électricité (980 €) est arrivée et nous avons un avis de coupure. Je voudrais aussi un rendez-vous avec l'assistante sociale du personnel."],
        ["Pièces jointes", "Avis de coupure, lettre de recevabilité BdF, 3 derniers bulletins de salaire"],
    ]),
    ("p", "Avis du correspondant : dossier complet, à présenter à la commission du 14 mai."),
]

HTML["s003_suivi_projets_numeriques.html"] = (
    "Tableau de suivi des projets numériques",
    """
<h1>Suivi des projets numériques – Direction des systèmes d'information</h1>
<p>Export du tableur partagé, mis à jour le 17/05</p>
<table border="1">
<tr><th>Projet</th><th>Chef de projet</th><th>Avancement</th><th>Budget</th><th>Prochaine étape</th></tr>
<tr><td>Refonte du portail citoyen</td><td>A. Marchal</td><td>65 %</td><td>180 000 €</td><td>Recette du module paiement</td></tr>
<tr><td>Dématérialisation des marchés</td><td>C. Jouve</td><td>90 %</td><td>42 000 €</td><td>Formation des acheteurs</td></tr>
<tr><td>Migration messagerie</td><td>L. Perrot</td><td>30 %</td><td>95 000 €</td><td>Choix de l'hébergeur</td></tr>
<tr><td>Wi-Fi dans les écoles</td><td>S. Nadeau</td><td>10 %</td><td>60 000 €</td><td>Audit de couverture</td></tr>
</table>
<p><em>Document de travail – DIFFUSION RESTREINTE aux membres du comité de pilotage numérique.</em></p>
""",
)

HTML["s007_export_crm_ccas.html"] = (
    "Export CRM – accueil CCAS",
    """
<h2>CCAS – Historique des contacts (export du 12/02)</h2>
<table border="1">
<tr><th>Date</th><th>Usager</th><th>Motif</th><th>Note de l'agent</th><th>Orientation</th></tr>
<tr><td>05/02</td><td>GAUTIER Sylvie</td><td>Renseignement</td><td>Horaires de la navette seniors</td><td>Accueil</td></tr>
<tr><td>06/02</td><td>MARCHETTI Paul</td><td>Aide facultative</td><td>Impayés de loyer depuis 4 mois, a reçu un commandement de payer, risque d'expulsion. Demande d'aide FSL à monter.</td><td>Travailleur social – Mme Rigal</td></tr>
<tr><td>07/02</td><td>BOUCHER Anne</td><td>Colis de Noël</td><td>Réclamation : colis non reçu, vérifier la liste</td><td>Accueil</td></tr>
<tr><td>08/02</td><td>N'DIAYE Ousmane</td><td>Domiciliation</td><td>Sans domicile stable depuis décembre, dort chez des amis. Ouverture domiciliation CCAS.</td><td>Accueil</td></tr>
<tr><td>09/02</td><td>LAMBERT Jeanne</td><td>Renseignement</td><td>Inscription au repas des aînés</td><td>Accueil</td></tr>
</table>
""",
)

HTML["s013_enrolement_controle_acces.html"] = (
    "Contrôle d'accès – enrôlements",
    """
<h1>Centre technique municipal – contrôle d'accès biométrique</h1>
<p>Liste des enrôlements réalisés lors de la session du 22 janvier (prestataire SecurAccès)</p>
<table border="1">
<tr><th>Agent</th><th>Service</th><th>Empreinte (gabarit)</th><th>Doigt</th><th>Statut</th></tr>
<tr><td>BRETON Alain</td><td>Mécanique</td><td>gabarit FP-0031 enregistré</td><td>index droit</td><td>actif</td></tr>
<tr><td>CHAUVIN Maud</td><td>Magasin</td><td>gabarit FP-0032 enregistré</td><td>index gauche</td><td>actif</td></tr>
<tr><td>DELAGE Hugo</td><td>Mécanique</td><td>échec (qualité insuffisante), 2e essai à prévoir</td><td>—</td><td>en attente</td></tr>
<tr><td>PASQUIER Nina</td><td>Propreté</td><td>gabarit FP-0034 enregistré</td><td>majeur droit</td><td>actif</td></tr>
</table>
<p>Les gabarits sont stockés sur le serveur du contrôleur d'accès (local TGBT).</p>
""",
)

HTML["s020_suivi_maison_services.html"] = (
    "France services – suivi des accompagnements",
    """
<h2>Espace France services de Montbard-test – suivi hebdomadaire</h2>
<table border="1">
<tr><th>N°</th><th>Date</th><th>Usager</th><th>Démarche</th><th>Commentaire</th><th>Conseiller</th></tr>
<tr><td>412</td><td>11/03</td><td>Mme Perrin</td><td>ANTS – permis</td><td>Photo non conforme, à refaire</td><td>JB</td></tr>
<tr><td>413</td><td>11/03</td><td>M. Habib Rahimi</td><td>ANEF – asile</td><td>Récépissé de demande d'asile expire le 02/04 ; RDV OFPRA pas encore fixé. Aide à la connexion au compte ADA.</td><td>CM</td></tr>
<tr><td>414</td><td>12/03</td><td>M. Roux</td><td>Impots.gouv</td><td>Création de l'espace particulier</td><td>JB</td></tr>
<tr><td>415</td><td>12/03</td><td>Mme Okafor</td><td>ANEF – titre de séjour</td><td>Titre « vie privée et familiale » expiré, demande de renouvellement déposée hors délai, attestation de prolongation imprimée</td><td>CM</td></tr>
<tr><td>416</td><td>13/03</td><td>M. Lemoine</td><td>CAF</td><td>Déclaration trimestrielle</td><td>JB</td></tr>
</table>
""",
)

HTML["s026_ordre_du_jour_service_finances.html"] = (
    "Ordre du jour – réunion de service finances",
    """
<h1>Réunion du service finances – jeudi 12 septembre, 10h</h1>
<ol>
<li>Calendrier de préparation du budget primitif</li>
<li>Clôture des régies d'été (piscine, camping)</li>
<li>Organisation des congés de la Toussaint : Mme Girardot sera absente les 17 et 18 octobre au titre de sa décharge d'activité de service en tant que secrétaire de la section FO ; ses mandats sont à répartir entre M. Noël et Mme Pinto</li>
<li>Point sur la dématérialisation des factures (Chorus Pro)</li>
<li>Questions diverses</li>
</ol>
<p>Salle du conseil – prévoir 45 minutes.</p>
""",
)

DOCX["s035_cr_reunion_rh_recrutements.docx"] = [
    ("title", "Réunion de la cellule recrutement – relevé de décisions"),
    ("p", "Date : 8 octobre – Présents : Mme Arnoux (DRH), M. Lagarde (recrutement), Mme Sow (paie)"),
    ("table", [
        ["Poste", "Candidat retenu", "Point", "Décision"],
        ["Technicien SIG (contractuel)", "M. Elias Haddad", "Son autorisation de travail (titre de séjour étudiant) expire le 30/11 ; changement de statut « salarié » en cours auprès de la préfecture", "Prise de poste suspendue à la délivrance du nouveau titre ; promesse d'embauche maintenue"],
        ["Agent d'entretien école", "Mme Claire Bodin", "Visite médicale d'embauche le 15/10", "Prise de poste le 4/11"],
        ["Animateur périscolaire", "Poste non pourvu", "2 candidatures seulement", "Republier l'annonce sur le site du CDG"],
    ]),
    ("p", "Prochaine réunion : 22 octobre."),
]

DOCX["s043_fiche_incident_centre_loisirs.docx"] = [
    ("title", "Accueil de loisirs Les Écureuils – Fiche incident"),
    ("table", [
        ["Date", "Mercredi 27 mars, 10h15"],
        ["Rédacteur", "Yanis Bouchet, animateur"],
        ["Enfant concerné", "Théo R., 7 ans, groupe des Castors"],
        ["Nature de l'incident", "Propos / observation"],
    ]),
    ("h", "Description"),
    ("p", "Pendant le change après l'activité piscine, j'ai remarqué des bleus sur le haut des bras et dans le dos de Théo. Quand je lui ai demandé s'il était tombé, il a répondu « c'est papa quand je suis pas sage, il serre fort ». Il n'a pas voulu en dire plus."),
    ("h", "Mesures prises"),
    ("p", "Information immédiate de la directrice (Mme Leclerc). Les propos ont été notés mot pour mot. La directrice a rempli la fiche de transmission d'information préoccupante vers la cellule départementale le jour même. Aucune question supplémentaire n'a été posée à l'enfant, conformément au protocole. Le père est venu chercher Théo à 17h30 ; rien ne lui a été dit."),
    ("p", "Signatures : animateur / directrice"),
]

DOCX["s047_mail_rh_casier_candidate.docx"] = [
    ("title", "Note à l'attention de la Directrice générale des services"),
    ("p", "Objet : recrutement au poste d'agent d'accueil polyvalent – candidate retenue par le jury du 4 juin"),
    ("p", "Madame la Directrice générale,"),
    ("p", "Le jury a retenu Mme Laetitia Carré pour le poste d'agent d'accueil (prise de poste envisagée le 1er juillet). Comme pour tout recrutement, nous avons sollicité le bulletin n° 2 de son casier judiciaire."),
    ("p", "Celui-ci porte une mention : condamnation en 2019 par le tribunal correctionnel de Nevers à une amende et à une suspension de permis de quatre mois pour conduite en état alcoolique. La candidate nous l'avait signalé spontanément lors de l'entretien."),
    ("p", "Le poste ne comportant pas de conduite de véhicule de service et la condamnation n'étant pas incompatible avec les fonctions, le service propose de maintenir le recrutement. Je vous remercie de bien vouloir me faire connaître votre décision."),
    ("p", "Le Directeur des ressources humaines, P. Vigneron"),
]

DOCX["s049_demande_absence_fete.docx"] = [
    ("title", "AUTORISATION D'ABSENCE – FÊTES RELIGIEUSES"),
    ("p", "Circulaire du 10 février 2012 relative aux autorisations d'absence pouvant être accordées à l'occasion des principales fêtes propres à certaines confessions."),
    ("table", [
        ["Agent", "Mme Rachel Benamou"],
        ["Service", "Urbanisme – instruction des autorisations du droit des sols"],
        ["Fête / confession", "Yom Kippour (confession israélite)"],
        ["Date", "samedi 12 octobre et vendredi 11 octobre après-midi"],
        ["Commentaire de l'agent", "Je pratique le jeûne et je souhaiterais partir à 15h le vendredi pour être à la synagogue avant le début de l'office."],
        ["Avis du chef de service", "Favorable, pas de réunion prévue ce vendredi après-midi. – G. Lucas"],
    ]),
]

DOCX["s057_analyse_offres_nettoyage.docx"] = [
    ("title", "Rapport d'analyse des offres – Marché de nettoyage des locaux (lot 2 : écoles)"),
    ("p", "Document interne à la commission – procédure adaptée n° 2024-017"),
    ("h", "Détail des prix et décomposition fournis par les candidats"),
    ("table", [
        ["Candidat", "Prix annuel HT", "Taux horaire", "Marge déclarée", "Remarques"],
        ["Net'Pro Services", "148 200 €", "24,10 €", "7,5 %", "Sous-traite les vitres à une filiale"],
        ["Clair Horizon", "139 900 €", "22,80 €", "4,2 %", "Prix anormalement bas ? Justification demandée : l'entreprise indique perdre de l'argent sur ce lot pour entrer sur le marché public local"],
        ["Propreté du Val", "156 450 €", "25,60 €", "11 %", "Produits écolabellisés, méthode pré-imprégnation propre à l'entreprise (procédé non breveté détaillé en annexe 4)"],
    ]),
    ("p", "Ces éléments sont couverts par le secret des affaires et ne doivent pas être communiqués aux candidats évincés."),
    ("p", "Proposition : attribution à Net'Pro Services (meilleur rapport qualité / prix, note 87/100)."),
]

DOCX["s058_note_tutelle_udaf.docx"] = [
    ("title", "Note de suivi – Service des affaires générales"),
    ("p", "Objet : concession au cimetière de la Chaume – renouvellement"),
    ("p", "La concession n° 1184 (famille Brossard) arrive à échéance le 1er juin. Le titulaire, M. Gilbert Brossard, 84 ans, est sous tutelle : ses affaires sont gérées par l'UDAF de la Vienne-test depuis le jugement du juge des contentieux de la protection de 2021. Le courrier de renouvellement doit donc être adressé à la mandataire, Mme Ghislaine Rocher (UDAF), et non à M. Brossard."),
    ("p", "Montant du renouvellement pour 15 ans : 210 €. La mandataire a indiqué par téléphone qu'elle soumettrait la dépense au juge si nécessaire."),
    ("p", "Rédigé par : A. Mercier, 18/04"),
]

HTML["s032_registre_pm_interventions.html"] = (
    "Registre des interventions – police municipale",
    """
<h1>Police municipale – registre des interventions</h1>
<p>Extraction du logiciel de main courante, période du 3 au 5 août</p>
<table border="1">
<tr><th>Date</th><th>Heure</th><th>Lieu</th><th>Nature</th><th>Suite</th></tr>
<tr><td>03/08</td><td>14h20</td><td>Parc du Château</td><td>Chien non tenu en laisse</td><td>Rappel au règlement</td></tr>
<tr><td>03/08</td><td>23h50</td><td>Place Carnot</td><td>Tapage nocturne bar Le Balto</td><td>Avertissement gérant</td></tr>
<tr><td>04/08</td><td>02h10</td><td>Rue Victor-Hugo</td><td>Vol à l'étalage au supermarché Proxi : M. Dylan Rigaud (né en 2001) interpellé par les agents</td><td>Remis à l'OPJ de la gendarmerie, plainte du magasin</td></tr>
<tr><td>05/08</td><td>09h30</td><td>Marché</td><td>Stationnement gênant</td><td>2 PV</td></tr>
</table>
""",
)

HTML["s036_todo_responsable_rh.html"] = (
    "À faire – pôle carrière",
    """
<h2>À faire cette semaine (pôle carrière)</h2>
<ul>
<li>☐ Arrêtés d'avancement d'échelon de juillet – à éditer</li>
<li>☐ Répondre au CDG sur le calendrier des CAP</li>
<li>☐ Appeler la médecine du travail pour Josiane Ferrand (diabète insulino-dépendant : demande d'horaires fixes pour ses injections, voir avec la cuisine centrale)</li>
<li>☑ Transmettre les attestations employeur Pôle emploi</li>
<li>☐ Mettre à jour le tableau des effectifs</li>
</ul>
""",
)

HTML["s039_rondes_station_epuration.html"] = (
    "Planning des rondes – station d'épuration",
    """
<h1>Station d'épuration des Prés-Bas – planning des rondes de surveillance (août)</h1>
<table border="1">
<tr><th>Créneau</th><th>Agent / prestataire</th><th>Points de contrôle</th></tr>
<tr><td>22h00</td><td>Gardiennage SécuriOuest (1 agent)</td><td>Portail principal, local chlore, armoire électrique</td></tr>
<tr><td>01h30</td><td>Gardiennage SécuriOuest</td><td>Bassins, clôture est</td></tr>
<tr><td>04h00 – 06h30</td><td>aucune ronde (trou de couverture)</td><td>—</td></tr>
<tr><td>06h30</td><td>Agent d'exploitation d'astreinte</td><td>Tour complet</td></tr>
</table>
<p>Nota : la clôture est est endommagée sur 15 m derrière le silo à boues depuis juin, la caméra n° 4 qui couvre cette zone est hors service. Le portail se déverrouille avec le badge maître posé dans la boîte aux lettres du local gardien.</p>
""",
)

HTML["s046_tickets_service_eau.html"] = (
    "Service de l'eau – tickets usagers",
    """
<h2>Régie des eaux – file des tickets usagers (semaine 6)</h2>
<table border="1">
<tr><th>Ticket</th><th>Abonné</th><th>Objet</th><th>Traitement</th></tr>
<tr><td>E-3310</td><td>M. Faucher</td><td>Changement d'adresse de facturation</td><td>Fait</td></tr>
<tr><td>E-3311</td><td>Mme Stéphanie Lacombe</td><td>Contestation de la coupure programmée</td><td>Famille avec 3 enfants, impayés de 640 €, bénéficiaire du RSA. Coupure suspendue (interdite en résidence principale), échéancier proposé, orientation vers le FSL eau.</td></tr>
<tr><td>E-3312</td><td>M. Girard</td><td>Fuite après compteur</td><td>Plombier à sa charge, écrêtement possible</td></tr>
<tr><td>E-3313</td><td>Mme Poulet</td><td>Relevé estimé</td><td>Relève réelle programmée</td></tr>
</table>
""",
)

HTML["s053_resultats_evaluations.html"] = (
    "Synthèse des entretiens annuels",
    """
<h1>Synthèse des entretiens professionnels – service des sports</h1>
<table border="1">
<tr><th>Agent</th><th>Poste</th><th>Note globale</th><th>Avis avancement</th><th>Commentaire du N+1</th></tr>
<tr><td>Arnaud Pélissier</td><td>Éducateur sportif</td><td>4/5</td><td>Favorable</td><td>Très investi sur l'école de natation</td></tr>
<tr><td>Célia Marchal</td><td>Gardienne gymnase</td><td>2/5</td><td>Défavorable</td><td>Absences injustifiées, deux rappels à l'ordre en 2024</td></tr>
<tr><td>Omar Bensalem</td><td>Maître-nageur</td><td>3/5</td><td>Réservé</td><td>Bon technicien, relationnel avec les usagers à travailler</td></tr>
<tr><td>Lise Garnier</td><td>Secrétaire</td><td>5/5</td><td>Très favorable</td><td>Polyvalente et fiable</td></tr>
</table>
""",
)

HTML["s060_planning_semaine_urbanisme.html"] = (
    "Planning de la semaine – urbanisme",
    """
<h2>Service urbanisme – planning semaine 38</h2>
<table border="1">
<tr><th>Agent</th><th>Lundi</th><th>Mardi</th><th>Mercredi</th><th>Jeudi</th><th>Vendredi</th><th>Commentaire</th></tr>
<tr><td>F. Dumas</td><td>Bureau</td><td>Terrain</td><td>Bureau</td><td>Bureau</td><td>Accueil</td><td></td></tr>
<tr><td>C. Texier</td><td>Bureau</td><td>Bureau</td><td>—</td><td>Bureau</td><td>—</td><td>Mi-temps thérapeutique (suite chimio pour son cancer du sein), pas d'accueil public</td></tr>
<tr><td>J. Roche</td><td>Accueil</td><td>Bureau</td><td>Terrain</td><td>Congé</td><td>Bureau</td><td></td></tr>
</table>
""",
)

DOCX["s063_cr_entretien_prealable.docx"] = [
    ("title", "Compte rendu de l'entretien préalable à une sanction disciplinaire"),
    ("p", "Établissement : EHPAD public Les Glycines – Direction"),
    ("table", [
        ["Agent convoqué", "Mme Sabrina Vidal, aide-soignante"],
        ["Date", "3 octobre, 14h"],
        ["Présents", "M. Pierre Caradec (directeur), Mme Hélène Roy (cadre de santé), Mme Vidal, assistée de M. Lucas Fabre (collègue)"],
    ]),
    ("h", "Faits reprochés"),
    ("p", "Le 12 septembre, Mme Vidal a quitté son poste 45 minutes avant la fin de son service de nuit sans prévenir ni attendre la relève, laissant l'unité Alzheimer sans personnel qualifié. Une absence similaire avait fait l'objet d'un rappel oral en mai."),
    ("h", "Explications de l'agent"),
    ("p", "Mme Vidal reconnaît les faits. Elle indique avoir reçu un appel de la nourrice et être partie dans l'urgence. Elle regrette de ne pas avoir appelé le cadre d'astreinte."),
    ("h", "Suite envisagée"),
    ("p", "Le directeur indique qu'il envisage un blâme, inscrit au dossier. La décision sera notifiée par écrit dans un délai de 15 jours. L'agent est informée de son droit à consulter l'intégralité de son dossier individuel."),
]

DOCX["s069_dispositif_securite_festival.docx"] = [
    ("title", "Festival « Les Nuits du Port » – Dispositif de sûreté (version exploitation)"),
    ("p", "Réservé aux chefs d'équipe sûreté, PC sécurité et police municipale."),
    ("h", "Points d'accès et filtrage"),
    ("table", [
        ["Accès", "Effectif", "Consigne"],
        ["Entrée nord (quai Duguay)", "6 agents + 2 PM", "Palpation, fouille des sacs"],
        ["Entrée sud (parking Marine)", "4 agents", "Fermée à 23h30"],
        ["Accès artistes / livraisons", "1 agent", "Portail à code : 7746B, à ne communiquer qu'aux régisseurs"],
    ]),
    ("h", "Communications"),
    ("p", "Canal radio principal : 446.05625 MHz (canal 3, code CTCSS 12). Canal de repli : canal 7. Mot de passe d'identification radio pour le PC : « Cormoran »."),
    ("h", "Points faibles identifiés"),
    ("p", "La barrière de la cale n° 2 peut être franchie à pied à marée basse : prévoir un agent de 22h à 1h. Les blocs béton anti-véhicules de la rue de la Douane ne seront livrés que le samedi matin : la rue reste ouverte le vendredi soir."),
]

DOCX["s073_cr_pilote_pointeuse.docx"] = [
    ("title", "Réunion projet « Gestion des temps » – relevé de conclusions n° 4"),
    ("p", "Présents : DSI (M. Caron), DRH (Mme Leduc), services techniques (M. Ferrand), prestataire ChronoTemps"),
    ("h", "1. Bilan du pilote de pointeuse biométrique au centre technique"),
    ("p", "Douze agents volontaires ont été enrôlés (empreinte digitale de l'index) : MM. Ferrand, Aubin, Delorme, Kessler, Morin, Petitjean, Simonet, Tessier, Villard et Mmes Ouvrard, Rey et Zimmer. Pour M. Delorme et Mme Rey, l'empreinte n'a pas pu être captée correctement malgré trois essais ; ils utilisent un badge. Les gabarits sont stockés sur le terminal, pas sur le serveur central."),
    ("h", "2. Avis du délégué à la protection des données"),
    ("p", "Le DPO rappelle que la biométrie pour le contrôle des horaires n'est admise que dans des cas très limités ; une analyse d'impact est à produire avant toute généralisation."),
    ("h", "3. Suites"),
    ("p", "Poursuite du pilote jusqu'au 30 juin ; comparaison avec la solution badge seule ; décision au comité de direction de juillet."),
]

DOCX["s076_note_confidentielle_antenne.docx"] = [
    ("title", "CONFIDENTIEL"),
    ("p", "Note à l'attention de Monsieur le Président – Projet de regroupement des antennes de proximité"),
    ("p", "Ne pas diffuser avant l'information des organisations syndicales et des maires concernés."),
    ("h", "Contexte"),
    ("p", "Les trois antennes de proximité (Sainte-Marie, Le Bourg-Neuf, Vals) accueillent en moyenne 14 usagers par jour, pour un coût de fonctionnement annuel de 410 000 €. La fréquentation a baissé de 35 % depuis l'ouverture des démarches en ligne."),
    ("h", "Scénario proposé"),
    ("p", "Fermeture de l'antenne de Vals au 1er janvier, regroupement de Sainte-Marie et du Bourg-Neuf dans les locaux de la mairie du Bourg-Neuf, et création d'une permanence itinérante deux jours par semaine. Les six agents seraient redéployés sans suppression de poste."),
    ("h", "Calendrier"),
    ("p", "Présentation au bureau communautaire le 12 septembre ; consultation du CST en octobre ; annonce publique en novembre."),
]

DOCX["s082_demande_decharge_syndicale.docx"] = [
    ("title", "Demande d'autorisation d'absence pour activité syndicale (article 16 – décret n° 85-397)"),
    ("table", [
        ["Nom et prénom", "TESSON Frédéric"],
        ["Service / poste", "Direction de l'eau – agent de réseau"],
        ["Organisation syndicale", "UNSA Territoriaux – section de l'agglomération"],
        ["Mandat", "Secrétaire adjoint de la section, membre titulaire de la F3SCT"],
        ["Objet", "Congrès départemental de l'UNSA Territoriaux"],
        ["Dates", "du 14/11 au 15/11"],
        ["Convocation jointe", "Oui"],
    ]),
    ("p", "Avis du chef de service : favorable, remplacement assuré sur l'astreinte par M. Jolivet."),
    ("p", "Visa DRH : accordé."),
]

DOCX["s087_cr_equipe_educative.docx"] = [
    ("title", "École élémentaire Victor-Hugo – Compte rendu du conseil des maîtres du 14 janvier"),
    ("p", "Présents : l'ensemble des enseignants, la directrice (Mme Rolland)"),
    ("h", "1. Classe de neige CM1-CM2 (mars)"),
    ("p", "43 élèves inscrits sur 47. Le père de Yanis (CM2), témoin de Jéhovah, refuse que son fils participe à la soirée de fête d'anniversaire collective du jeudi ; il pourra rester avec l'animateur pour une autre activité. Deux familles n'ont pas encore payé l'acompte : relance par le secrétariat de la mairie."),
    ("h", "2. Évaluations de mi-CP"),
    ("p", "Résultats en lecture en progrès par rapport à l'an dernier ; renforcement de la fluence en CE1."),
    ("h", "3. Questions diverses"),
    ("p", "Exercice PPMS le 6 février ; carnaval le 28 février ; demande de nouveaux bancs pour la cour."),
]

HTML["s064_transmissions_accueil_jour.html"] = (
    "Transmissions – accueil de jour",
    """
<h1>Accueil de jour « La Halte » – transmissions du 9 janvier</h1>
<table border="1">
<tr><th>Heure</th><th>Personne accueillie</th><th>Observation</th><th>Suite</th></tr>
<tr><td>08h45</td><td>M. Jean-Pierre Lemaire</td><td>Dort dans sa voiture depuis deux semaines sur le parking de l'hypermarché, depuis son expulsion. N'a plus de revenus depuis la fin de ses droits chômage.</td><td>RDV SIAO demandé, douche et lave-linge proposés</td></tr>
<tr><td>10h00</td><td>Mme Farida Benkhelifa</td><td>Vient pour le café, retire son courrier (domiciliation)</td><td>—</td></tr>
<tr><td>11h30</td><td>—</td><td>Livraison Banque alimentaire (12 cartons)</td><td>Rangé en réserve</td></tr>
</table>
""",
)

HTML["s065_odj_comite_direction.html"] = (
    "Ordre du jour – comité de direction",
    """
<p style="color:red"><strong>USAGE INTERNE</strong></p>
<h1>Comité de direction du lundi 2 décembre</h1>
<ol>
<li>Retour sur le débat d'orientation budgétaire</li>
<li>Plan de sobriété énergétique : bilan de l'hiver dernier</li>
<li>Calendrier des vœux du maire</li>
<li>Déploiement du nouveau logiciel de courrier</li>
<li>Tour de table des directions</li>
</ol>
<p>Salle Paul-Éluard, 9h – 11h.</p>
""",
)

HTML["s072_tableau_conges_motifs.html"] = (
    "Absences exceptionnelles – trimestre",
    """
<h2>Direction de l'enfance – autorisations spéciales d'absence accordées (T2)</h2>
<table border="1">
<tr><th>Agent</th><th>Dates</th><th>Motif déclaré</th><th>Jours</th></tr>
<tr><td>Laurent Béranger</td><td>02-04/04</td><td>Décès de son père</td><td>3</td></tr>
<tr><td>Mélissa Grand</td><td>17/05</td><td>Déménagement</td><td>1</td></tr>
<tr><td>Anaïs Poirier</td><td>21/05</td><td>Audience de divorce (tribunal judiciaire)</td><td>1</td></tr>
<tr><td>Paul Nicolas</td><td>10-14/06</td><td>Mariage</td><td>5</td></tr>
</table>
""",
)

HTML["s079_suivi_aide_victimes.html"] = (
    "Suivi des situations – point d'accès au droit",
    """
<h1>Point d'accès au droit – suivi des situations (export mai)</h1>
<table border="1">
<tr><th>Réf.</th><th>Personne reçue</th><th>Objet</th><th>Notes</th></tr>
<tr><td>PAD-118</td><td>Mme Justine Carlier</td><td>Violences conjugales</td><td>Plainte déposée le 2/05 contre son ex-conjoint, M. Kevin Delattre, pour violences et menaces de mort ; audience en comparution immédiate le 6/05. Orientée vers l'association d'aide aux victimes.</td></tr>
<tr><td>PAD-119</td><td>M. Rémi Vasseur</td><td>Litige de consommation</td><td>Modèle de lettre de mise en demeure remis</td></tr>
<tr><td>PAD-120</td><td>Mme Louise Martin</td><td>Succession</td><td>Orientée vers la permanence notariale</td></tr>
</table>
""",
)

HTML["s081_todo_secretariat_elus.html"] = (
    "To-do secrétariat",
    """
<h3>Secrétariat de mairie – à faire lundi</h3>
<ul>
<li>Réserver la salle des fêtes pour le repas des aînés (14/12)</li>
<li>Envoyer les convocations au conseil municipal</li>
<li>Relancer la CAF pour le dossier RSA de M. Dubreuil (radié par erreur en août, il n'a plus rien pour payer son loyer)</li>
<li>Commander des ramettes A4 et des enveloppes C5</li>
<li>Mettre à jour le panneau d'affichage (arrêtés de circulation)</li>
</ul>
""",
)

HTML["s084_participants_mobility.html"] = (
    "Participants – mobility programme",
    """
<h1>European Solidarity Corps – volunteers hosted by the city (2024/25)</h1>
<table border="1">
<tr><th>Volunteer</th><th>Country of origin</th><th>Host service</th><th>Residence status</th><th>Notes</th></tr>
<tr><td>Giulia Ferri</td><td>Italy</td><td>Médiathèque</td><td>EU citizen – no permit needed</td><td>Arrived 1 Oct</td></tr>
<tr><td>Yusuf Demir</td><td>Türkiye</td><td>Service jeunesse</td><td>Visa long séjour "volontaire" – VLS-TS to validate online before 15 Dec</td><td>Validation not done yet, remind him</td></tr>
<tr><td>Oksana Melnyk</td><td>Ukraine</td><td>CCAS</td><td>Temporary protection (APS renewed until March)</td><td>—</td></tr>
</table>
""",
)

HTML["s090_station_biometrique_cni.html"] = (
    "Station biométrique – incidents",
    """
<h2>Mairie – dispositif de recueil CNI / passeports : registre des incidents</h2>
<table border="1">
<tr><th>Date</th><th>Demandeur</th><th>Incident</th><th>Solution</th></tr>
<tr><td>04/03</td><td>—</td><td>Capteur d'empreintes déconnecté</td><td>Redémarrage du poste</td></tr>
<tr><td>06/03</td><td>M. Raymond Tixier</td><td>Relevé des empreintes impossible (doigts abîmés, ancien maçon) ; une seule empreinte exploitable, celle du pouce gauche</td><td>Mention « empreintes partielles » cochée, dossier transmis</td></tr>
<tr><td>07/03</td><td>—</td><td>Imprimante du récépissé en panne</td><td>Ticket ANTS ouvert</td></tr>
</table>
""",
)

DOCX["p004_cr_reunion_voirie.docx"] = [
    ("title", "Service voirie – compte rendu de la réunion de service du 6 mai"),
    ("p", "Présents : M. Jacques Noël (responsable), MM. Arnaud, Bigot, Lemaire, Thibault, Mme Collet (bureau d'études)"),
    ("h", "1. Programme de réfection des chaussées 2024"),
    ("table", [
        ["Voie", "Nature des travaux", "Période", "Montant estimé"],
        ["Rue des Écoles", "Enrobé complet + reprise des bordures", "juillet (vacances scolaires)", "64 000 €"],
        ["Chemin de la Fontaine", "Point-à-temps", "mai", "8 500 €"],
        ["Avenue de la Gare", "Plateau ralentisseur", "septembre", "22 000 €"],
    ]),
    ("h", "2. Nids-de-poule"),
    ("p", "37 signalements reçus via l'application depuis janvier ; 31 traités. L'équipe point-à-temps passe le 14 mai sur le secteur nord."),
    ("h", "3. Matériel"),
    ("p", "La mini-pelle sera révisée fin mai ; location d'une plaque vibrante pour juin."),
    ("h", "4. Divers"),
    ("p", "M. Thibault fera la formation AIPR le 20 mai. Prochaine réunion le 3 juin."),
]

DOCX["p010_odj_copil_violences_conjugales.docx"] = [
    ("title", "Comité de pilotage – campagne contre les violences conjugales (25 novembre)"),
    ("p", "Réunion du 2 octobre, 14h, salle 4 – Direction de la cohésion sociale"),
    ("h", "Ordre du jour"),
    ("p", "1. Bilan de la campagne 2023 : 40 affiches dans les abribus, 3 000 violentomètres distribués, 120 personnes à la marche."),
    ("p", "2. Programme 2024 : exposition photographique au hall de la mairie, soirée-débat avec le CIDFF et l'association France Victimes, formation des agents d'accueil au repérage et à l'orientation (numéro 3919)."),
    ("p", "3. Partenariats : commissariat, hôpital (unité médico-judiciaire), bailleurs sociaux pour le relogement d'urgence, pharmacies (dispositif « Masque 19 »)."),
    ("p", "4. Communication : visuel, réseaux sociaux, article dans le magazine municipal."),
    ("p", "5. Budget : 6 500 € (subvention de l'État via le FIPD attendue)."),
    ("table", [
        ["Partenaire invité", "Représentant"],
        ["CIDFF", "Mme Lucie Martel, directrice"],
        ["Commissariat", "Cdt Olivier Besson"],
        ["CCAS", "Mme Anne Forestier"],
    ]),
]

DOCX["p016_demande_formation_caces.docx"] = [
    ("title", "DEMANDE DE FORMATION"),
    ("table", [
        ["Agent", "Benjamin Huet"],
        ["Service", "Espaces verts"],
        ["Intitulé de la formation", "CACES R482 catégorie A (engins compacts)"],
        ["Organisme", "AFPA – centre de Saint-Herblain-test"],
        ["Dates", "14 au 16 octobre"],
        ["Motivation (texte libre)", "Le service utilise désormais une mini-chargeuse pour les chantiers de plantation et je suis souvent seul en poste le vendredi. Avec le CACES je pourrai la conduire sans attendre un collègue habilité."],
        ["Coût", "690 € HT (prise en charge budget formation du service)"],
    ]),
    ("p", "Avis du responsable : favorable, formation prévue au plan 2024. – S. Guillou"),
]

DOCX["p020_cr_reunion_ccas_activite.docx"] = [
    ("title", "CCAS – Réunion d'équipe du 11 janvier : bilan d'activité 2023"),
    ("p", "Présents : Mme Forestier (directrice), l'équipe administrative et les travailleurs sociaux"),
    ("h", "Chiffres clés 2023"),
    ("table", [
        ["Indicateur", "2022", "2023"],
        ["Aides facultatives accordées", "412", "468"],
        ["dont aides alimentaires", "251", "297"],
        ["Montant total versé", "86 300 €", "97 850 €"],
        ["Domiciliations actives au 31/12", "133", "151"],
        ["Dossiers d'aide sociale légale instruits", "74", "69"],
    ]),
    ("p", "La hausse concerne surtout les familles monoparentales et les retraités modestes ; la précarité énergétique reste le premier motif de demande d'aide."),
    ("h", "Perspectives"),
    ("p", "Mise en place d'une permanence le samedi matin un mois sur deux ; convention avec l'épicerie solidaire ; analyse des besoins sociaux à lancer au printemps."),
]

DOCX["p022_suivi_projet_ecole.docx"] = [
    ("title", "Rénovation énergétique de l'école Jean-Macé – tableau de suivi"),
    ("p", "Mise à jour : réunion de chantier n° 12 du 18 avril"),
    ("table", [
        ["Lot", "Entreprise", "Avancement", "Observation"],
        ["1 – Isolation par l'extérieur", "Façades Bretonnes", "80 %", "Pignon ouest à reprendre"],
        ["2 – Menuiseries", "Alu Concept", "100 %", "Réception le 25/04"],
        ["3 – Chauffage (PAC)", "Thermi'Ouest", "45 %", "Livraison de la PAC le 6/05"],
        ["4 – Ventilation double flux", "Air Pur", "30 %", "Gaines posées au RDC"],
        ["5 – Électricité / éclairage LED", "Élec Services", "60 %", "—"],
    ]),
    ("p", "Budget : 1 180 000 € HT ; subventions DSIL 35 % et Région 20 % notifiées. Livraison prévue pour la rentrée de septembre."),
]

DOCX["p028_cr_accessibilite_erp.docx"] = [
    ("title", "Réunion de service – Accessibilité des bâtiments communaux"),
    ("p", "Date : 15 février – Services techniques, service des sports, référent accessibilité"),
    ("h", "1. Avancement de l'Ad'AP"),
    ("p", "Sur 42 établissements recevant du public, 29 sont désormais conformes. Restent notamment la médiathèque (ascenseur), le gymnase Coubertin (sanitaires adaptés) et l'église (rampe amovible)."),
    ("h", "2. Travaux 2024"),
    ("table", [
        ["Bâtiment", "Travaux", "Coût"],
        ["Médiathèque", "Élévateur PMR", "48 000 €"],
        ["Gymnase Coubertin", "Sanitaires et vestiaire PMR", "31 000 €"],
        ["Mairie annexe", "Boucle magnétique à l'accueil, bandes podotactiles", "6 200 €"],
    ]),
    ("h", "3. Commission communale d'accessibilité"),
    ("p", "Prochaine réunion le 12 mars avec les associations APF France handicap et Valentin Haüy ; visite de la médiathèque prévue."),
]

HTML["p002_planning_permanences_accueil.html"] = (
    "Planning des permanences – accueil unique",
    """
<h1>Accueil unique – planning des permanences (semaine 23)</h1>
<table border="1">
<tr><th>Créneau</th><th>Lundi</th><th>Mardi</th><th>Mercredi</th><th>Jeudi</th><th>Vendredi</th></tr>
<tr><td>8h30 – 12h</td><td>S. Pelletier</td><td>M. Gomes</td><td>S. Pelletier</td><td>A. Carré</td><td>M. Gomes</td></tr>
<tr><td>13h30 – 17h</td><td>A. Carré</td><td>S. Pelletier</td><td>M. Gomes</td><td>M. Gomes</td><td>A. Carré</td></tr>
<tr><td>17h – 19h (nocturne)</td><td>—</td><td>—</td><td>—</td><td>A. Carré</td><td>—</td></tr>
</table>
<p>Renfort le mercredi après-midi (inscriptions périscolaires) : Mme Yasmine Lopez, service éducation.</p>
""",
)

HTML["p007_reservations_salles.html"] = (
    "Réservations des salles municipales",
    """
<h2>Maison des associations – réservations de salles, octobre</h2>
<table border="1">
<tr><th>Date</th><th>Salle</th><th>Demandeur</th><th>Objet</th><th>Horaire</th></tr>
<tr><td>03/10</td><td>Salle A</td><td>Club philatélique</td><td>Bourse d'échange</td><td>14h-18h</td></tr>
<tr><td>08/10</td><td>Grande salle</td><td>Union locale CGT</td><td>Réunion publique d'information sur la réforme de l'assurance chômage, ouverte à tous</td><td>18h30-21h</td></tr>
<tr><td>10/10</td><td>Salle B</td><td>Association des familles</td><td>Atelier parentalité</td><td>9h30-11h30</td></tr>
<tr><td>15/10</td><td>Salle A</td><td>Ligue contre le cancer – comité local</td><td>Préparation d'Octobre rose</td><td>18h-20h</td></tr>
<tr><td>19/10</td><td>Grande salle</td><td>Amicale laïque</td><td>Loto</td><td>14h-19h</td></tr>
</table>
<p>Tarif associations : gratuité (convention annuelle). Remise des clés à l'accueil la veille.</p>
""",
)

HTML["p013_stats_mediatheque.html"] = (
    "Statistiques de fréquentation – médiathèque",
    """
<h1>Réseau des médiathèques – fréquentation 2023</h1>
<table border="1">
<tr><th>Équipement</th><th>Entrées</th><th>Prêts</th><th>Inscrits actifs</th><th>Évolution / 2022</th></tr>
<tr><td>Médiathèque centrale</td><td>118 400</td><td>201 300</td><td>6 820</td><td>+4 %</td></tr>
<tr><td>Bibliothèque du Parc</td><td>22 900</td><td>38 100</td><td>1 410</td><td>+9 %</td></tr>
<tr><td>Bibliothèque de la Croix-Blanche</td><td>15 200</td><td>24 700</td><td>980</td><td>-2 %</td></tr>
<tr><td>Médiabus</td><td>—</td><td>11 500</td><td>430</td><td>+15 %</td></tr>
</table>
<p>Source : SIGB, données arrêtées au 31/12. Données transmises au ministère de la Culture (enquête annuelle).</p>
""",
)

HTML["p014_crm_association_subvention.html"] = (
    "Fiche contact – association",
    """
<h2>Gestion de la relation usagers – fiche contact n° VA-24-0217</h2>
<table border="1">
<tr><th>Champ</th><th>Valeur</th></tr>
<tr><td>Date</td><td>19/02</td></tr>
<tr><td>Contact</td><td>M. Hugo Lambert, trésorier de l'association « Jazz en Vignes »</td></tr>
<tr><td>Canal</td><td>Téléphone</td></tr>
<tr><td>Objet</td><td>Demande de subvention pour le festival de juillet</td></tr>
<tr><td>Réponse apportée</td><td>Le dossier se dépose sur le portail des aides avant le 15 mars ; joindre le budget prévisionnel, le bilan 2023 et le RIB. Montant accordé en 2023 : 4 000 €.</td></tr>
<tr><td>Agent</td><td>C. Morel – service vie associative</td></tr>
<tr><td>Statut</td><td>Clos</td></tr>
</table>
""",
)

HTML["p019_odj_seminaire_cadres.html"] = (
    "Séminaire des cadres",
    """
<h1>Séminaire annuel des cadres – 27 juin</h1>
<p>Domaine de la Garenne – départ en car à 8h15 du parking de l'hôtel de ville</p>
<table border="1">
<tr><th>Horaire</th><th>Séquence</th><th>Animation</th></tr>
<tr><td>9h00</td><td>Accueil café</td><td>—</td></tr>
<tr><td>9h30</td><td>Le projet d'administration 2025-2028</td><td>DGS</td></tr>
<tr><td>10h45</td><td>Ateliers : qualité de l'accueil, transition écologique, management hybride</td><td>Directeurs</td></tr>
<tr><td>12h30</td><td>Déjeuner</td><td>—</td></tr>
<tr><td>14h00</td><td>Restitution des ateliers</td><td>Rapporteurs</td></tr>
<tr><td>15h30</td><td>Intervention du maire</td><td>—</td></tr>
<tr><td>16h30</td><td>Retour</td><td>—</td></tr>
</table>
""",
)

HTML["p025_planning_astreintes.html"] = (
    "Planning des astreintes techniques",
    """
<h1>Astreintes techniques – mois de janvier</h1>
<table border="1">
<tr><th>Semaine</th><th>Astreinte décision (cadre)</th><th>Astreinte d'exploitation</th><th>Téléphone d'astreinte</th></tr>
<tr><td>du 01 au 07</td><td>M. Philippe Gaudin</td><td>M. Lucas Renard</td><td>06 xx xx xx 01</td></tr>
<tr><td>du 08 au 14</td><td>Mme Carole Simon</td><td>M. Yohan Marty</td><td>06 xx xx xx 01</td></tr>
<tr><td>du 15 au 21</td><td>M. Philippe Gaudin</td><td>M. Sébastien Roy</td><td>06 xx xx xx 01</td></tr>
<tr><td>du 22 au 31</td><td>Mme Carole Simon</td><td>M. Lucas Renard</td><td>06 xx xx xx 01</td></tr>
</table>
<p>Le téléphone d'astreinte et les clés du véhicule d'astreinte sont transmis le lundi à 8h au centre technique.</p>
""",
)

DOCX["p034_odj_reseau_parentalite.docx"] = [
    ("title", "Réseau local de soutien à la parentalité et de prévention – réunion plénière"),
    ("p", "Mardi 19 mars, 9h30 – 12h, centre social de la Source"),
    ("h", "Ordre du jour"),
    ("p", "1. Présentation du schéma départemental de protection de l'enfance 2024-2028 par le Département (Mme Isabelle Caradec, cheffe du service prévention)."),
    ("p", "2. Bilan des actions 2023 : 14 cafés des parents, 6 ateliers « écrans et sommeil », une conférence sur le harcèlement scolaire (180 participants)."),
    ("p", "3. Le lieu d'accueil enfants-parents : horaires élargis à partir d'avril."),
    ("p", "4. Formation commune des professionnels au repérage des situations de danger et aux circuits de l'information préoccupante (juin)."),
    ("p", "5. Appel à projets de la CAF (REAAP) : dépôt avant le 30 avril."),
    ("table", [
        ["Structure", "Nombre de participants prévus"],
        ["Centres sociaux", "4"],
        ["Éducation nationale (infirmières, assistantes sociales scolaires)", "3"],
        ["PMI", "2"],
        ["Associations de parents", "3"],
    ]),
]

DOCX["p039_cr_service_espaces_verts.docx"] = [
    ("title", "Espaces verts – réunion d'équipe du lundi 18 mars"),
    ("p", "Animée par M. Rodolphe Gilles, responsable du service"),
    ("table", [
        ["Sujet", "Décision / information", "Qui"],
        ["Fleurissement de printemps", "Plantation des massifs centre-ville du 25 au 29 mars", "Équipe centre"],
        ["Zéro phyto cimetière", "Engazonnement des allées secondaires, semis en avril", "P. Leduc, A. Simon"],
        ["Matériel", "Réception de 2 tondeuses électriques le 2 avril", "Magasin"],
        ["Concours Villes et villages fleuris", "Visite du jury prévue en juillet", "R. Gilles"],
        ["Formation", "Taille douce des arbustes, 4 agents inscrits (avril)", "RH"],
    ]),
    ("p", "Prochaine réunion : lundi 15 avril, 7h30, au centre technique."),
]

DOCX["p040_demande_teletravail.docx"] = [
    ("title", "Demande d'autorisation de télétravail"),
    ("table", [
        ["Agent", "Maxime Lefèvre"],
        ["Service", "Direction des finances – exécution budgétaire"],
        ["Jours souhaités", "Mardi et jeudi"],
        ["Lieu", "Domicile"],
        ["Équipement", "PC portable de la collectivité, connexion VPN"],
        ["Activités télétravaillables", "Mandatement, suivi des engagements, rédaction des notes de synthèse"],
        ["Motivation (texte libre)", "Mes tâches de mandatement se prêtent bien au travail à distance et j'ai 45 minutes de trajet ; je resterai joignable sur Teams et par téléphone aux horaires habituels."],
    ]),
    ("p", "Avis du supérieur hiérarchique : favorable pour 1 jour (jeudi) pendant la période d'adaptation de 3 mois. – C. Vidal"),
]

DOCX["p046_cr_service_jeunesse_sejours.docx"] = [
    ("title", "Service jeunesse – préparation des séjours d'été"),
    ("p", "Réunion du 4 avril – animateurs permanents et coordinatrice (Mme Inès Royer)"),
    ("table", [
        ["Séjour", "Dates", "Places", "Encadrement", "Tarif (selon quotient)"],
        ["Mer – Île d'Oléron (11-14 ans)", "8-19 juillet", "24", "3 animateurs", "120 à 380 €"],
        ["Montagne – Vercors (14-17 ans)", "22 juillet-2 août", "16", "2 animateurs + 1 guide", "150 à 420 €"],
        ["Mini-camp nature (8-10 ans)", "5-9 août", "20", "3 animateurs", "60 à 180 €"],
    ]),
    ("p", "Inscriptions ouvertes le 6 mai sur le portail famille. Réunion d'information des parents le 14 juin à 18h. Le recrutement des animateurs saisonniers (BAFA) est en cours : 6 postes."),
]

DOCX["p052_odj_forum_emploi_handicap.docx"] = [
    ("title", "Forum « Emploi et handicap » – réunion de préparation"),
    ("p", "Service emploi-insertion – 12 septembre, 10h"),
    ("h", "Ordre du jour"),
    ("p", "1. Date et lieu : jeudi 21 novembre, dans le cadre de la Semaine européenne pour l'emploi des personnes handicapées (SEEPH), salle des congrès."),
    ("p", "2. Exposants : 25 employeurs attendus (dont la ville, l'hôpital, 3 entreprises adaptées, 2 ESAT), Cap emploi, France Travail, l'Agefiph."),
    ("p", "3. Accessibilité de l'événement : interprète LSF, boucle magnétique, plan en gros caractères, espace calme."),
    ("p", "4. Programme : job dating, atelier CV, table ronde « Handicap invisible et travail »."),
    ("p", "5. Communication : affiches, partenariat avec la radio locale."),
]

DOCX["p057_plan_formation_2025.docx"] = [
    ("title", "Plan de formation 2025 – synthèse par axe"),
    ("table", [
        ["Axe", "Actions principales", "Agents concernés (prévision)", "Budget"],
        ["Sécurité au travail", "Habilitations électriques, CACES, gestes et postures, SST", "140", "38 000 €"],
        ["Accueil et relation usager", "Accueil des publics difficiles, langue des signes niveau 1", "45", "9 500 €"],
        ["Numérique", "Bureautique, nouveau logiciel de courrier, cybersécurité de base", "210", "12 000 €"],
        ["Management", "Parcours nouveaux encadrants, entretien professionnel", "30", "15 000 €"],
        ["Transition écologique", "Fresque du climat, achats responsables", "60", "4 000 €"],
    ]),
    ("p", "Le plan sera présenté au comité social territorial du 10 décembre."),
]

HTML["p031_stats_etat_civil.html"] = (
    "Statistiques d'état civil",
    """
<h1>État civil – statistiques annuelles</h1>
<table border="1">
<tr><th>Actes</th><th>2021</th><th>2022</th><th>2023</th></tr>
<tr><td>Naissances</td><td>1 214</td><td>1 187</td><td>1 142</td></tr>
<tr><td>Reconnaissances</td><td>402</td><td>418</td><td>431</td></tr>
<tr><td>Mariages</td><td>186</td><td>241</td><td>229</td></tr>
<tr><td>dont entre personnes de même sexe</td><td>7</td><td>11</td><td>9</td></tr>
<tr><td>PACS enregistrés</td><td>212</td><td>225</td><td>238</td></tr>
<tr><td>Divorces par consentement mutuel (mentions)</td><td>144</td><td>151</td><td>139</td></tr>
<tr><td>Décès</td><td>987</td><td>1 024</td><td>961</td></tr>
</table>
<p>Source : registres de l'état civil de la commune. Données publiées dans le rapport d'activité.</p>
""",
)

HTML["p037_suivi_marches_attribues.html"] = (
    "Marchés attribués – 1er semestre",
    """
<h2>Liste des marchés attribués (publication annuelle – article R2196-1 du code de la commande publique)</h2>
<table border="1">
<tr><th>Objet</th><th>Attributaire</th><th>Code postal</th><th>Montant HT</th><th>Date de notification</th></tr>
<tr><td>Fourniture de repas en liaison froide</td><td>Restauration du Bocage</td><td>61100</td><td>412 000 € / an</td><td>15/01</td></tr>
<tr><td>Maintenance des ascenseurs</td><td>Élévation Services</td><td>14000</td><td>18 600 € / an</td><td>02/02</td></tr>
<tr><td>Réfection de la toiture du gymnase</td><td>Couverture Martin</td><td>61200</td><td>96 450 €</td><td>21/03</td></tr>
<tr><td>Location de photocopieurs</td><td>Bureau Pro Normandie</td><td>50000</td><td>24 000 € / an</td><td>30/04</td></tr>
</table>
""",
)

HTML["p043_annuaire_service_jour.html"] = (
    "Qui fait quoi aujourd'hui – direction de la population",
    """
<h1>Direction de la population – présences du jour (mardi 14 mai)</h1>
<table border="1">
<tr><th>Pôle</th><th>Agent présent</th><th>Poste</th><th>Mission du jour</th></tr>
<tr><td>État civil</td><td>Marion Besnard</td><td>4021</td><td>Mariages de l'après-midi (2)</td></tr>
<tr><td>Titres d'identité</td><td>Kevin Lemoine</td><td>4033</td><td>Station biométrique – rendez-vous 9h-17h</td></tr>
<tr><td>Cimetières</td><td>Gilles Hamel</td><td>4040</td><td>Reprise de concessions, secteur C</td></tr>
<tr><td>Élections</td><td>Ghislaine Moreau</td><td>4018</td><td>Refonte des listes</td></tr>
</table>
<p>Responsable de permanence : Mme Hamon (poste 4001).</p>
""",
)

HTML["p049_rapport_activite_ccas.html"] = (
    "CCAS – rapport d'activité (extrait)",
    """
<h1>Centre communal d'action sociale – rapport d'activité 2023 (extrait)</h1>
<h2>Accompagnement des personnes en difficulté</h2>
<ul>
<li>312 domiciliations administratives actives pour des personnes sans domicile stable</li>
<li>1 046 demandes d'aide facultative, dont 71 % accordées</li>
<li>284 foyers accompagnés pour des impayés d'énergie ; 96 dossiers de surendettement orientés vers la Banque de France avec l'aide d'un travailleur social</li>
<li>58 ménages relogés en urgence après une expulsion ou des violences intrafamiliales</li>
</ul>
<h2>Seniors</h2>
<ul>
<li>1 850 colis de fin d'année distribués ; 430 bénéficiaires du portage de repas</li>
</ul>
<p>Le rapport complet est présenté au conseil d'administration du CCAS et consultable sur le site de la ville.</p>
""",
)

HTML["p055_agenda_cabinet_semaine.html"] = (
    "Agenda public du maire – semaine 20",
    """
<h1>Agenda du maire – semaine du 13 au 19 mai</h1>
<table border="1">
<tr><th>Jour</th><th>Heure</th><th>Événement</th><th>Lieu</th></tr>
<tr><td>Lundi</td><td>18h30</td><td>Inauguration de l'exposition « Regards d'ici »</td><td>Galerie municipale</td></tr>
<tr><td>Mercredi</td><td>10h00</td><td>Visite du chantier de la maison de santé</td><td>Quartier des Fontaines</td></tr>
<tr><td>Jeudi</td><td>19h00</td><td>Conseil municipal</td><td>Salle du conseil</td></tr>
<tr><td>Samedi</td><td>11h00</td><td>Remise des prix du concours des écoles fleuries</td><td>Parc Montaigne</td></tr>
<tr><td>Dimanche</td><td>09h30</td><td>Départ du semi-marathon</td><td>Place de la Liberté</td></tr>
</table>
""",
)

HTML["p060_stats_police_municipale.html"] = (
    "Police municipale – activité annuelle",
    """
<h1>Police municipale – bilan d'activité 2023</h1>
<table border="1">
<tr><th>Activité</th><th>2022</th><th>2023</th></tr>
<tr><td>Interventions sur appel</td><td>3 412</td><td>3 655</td></tr>
<tr><td>Procès-verbaux de stationnement</td><td>8 920</td><td>7 845</td></tr>
<tr><td>Mises en fourrière</td><td>412</td><td>389</td></tr>
<tr><td>Personnes interpellées et remises à un OPJ</td><td>96</td><td>104</td></tr>
<tr><td>Opérations tranquillité vacances (logements surveillés)</td><td>611</td><td>702</td></tr>
<tr><td>Interventions en milieu scolaire (prévention routière)</td><td>38</td><td>45</td></tr>
</table>
<p>Chiffres présentés au conseil local de sécurité et de prévention de la délinquance.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX, HTML, FIXED)


if __name__ == "__main__":
    main()
