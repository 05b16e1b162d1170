"""Build the .docx and .html documents of the dev10 sensitivity set.

Run from the repository root: ``.venv/bin/python bench/sensitivity/build_dev10_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev10"
FIXED = dt.datetime(2024, 6, 1, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {}
# Each html: (title, body).
HTML: dict[str, tuple[str, str]] = {}


# ---------------------------------------------------------------- documents

DOCX["s005_tableau_absences.docx"] = [
    ("title", "CENTRE COMMUNAL D'ACTION SOCIALE DE MONTAUBAN – EHPAD Les Jardins du Tescou"),
    ("p", "État prévisionnel des absences du personnel soignant – 2e trimestre"),
    ("p", "Document de travail pour l'élaboration des plannings et le recours à l'intérim. Établi par le cadre de santé le 28 mars."),
    ("table", [["Agent", "Fonction", "Période", "Motif"],
               ["Mme Agnès Vidal", "Aide-soignante", "01/04 – 19/04", "Congés annuels"],
               ["M. Thierry Bonnet", "Infirmier", "08/04 – 12/04", "Formation plaies et cicatrisation"],
               ["Mme Laetitia Roux", "Aide-soignante", "15/04 – 04/08", "Congé pathologique puis prénatal, naissance attendue fin mai"],
               ["Mme Inès Amrani", "ASH", "à compter du 02/04", "CLM – renouvellement en attente du conseil médical"],
               ["M. Kevin Durand", "Aide-soignant de nuit", "22/04 – 26/04", "Congés annuels"],
               ["Mme Claire Massip", "IDEC", "27/05 – 31/05", "Jury VAE"]]),
    ("p", "Besoins de remplacement : 1 aide-soignante de jour à temps plein d'avril à août ; 1 ASH à temps plein pour une durée indéterminée ; ponctuellement une IDE la semaine du 8 avril."),
    ("p", "Les demandes d'intérim sont transmises à l'agence Partnaire de Montauban ; les contrats courts seront proposés en priorité aux agents du pool de remplacement du CCAS."),
    ("p", "Rappel : la maquette de planning doit garantir en permanence la présence de 2 aides-soignants par unité le matin et de 1 infirmier pour l'établissement. Le cadre de santé valide les échanges de poste."),
    ("p", "Diffusion : direction, cadre de santé, bureau du personnel."),
]

DOCX["s010_compte_rendu_entretien_retour.docx"] = [
    ("title", "SYNDICAT DES EAUX DU BASSIN DE L'AUTHION"),
    ("p", "Compte rendu d'entretien de retour à l'emploi – 14 octobre"),
    ("p", "Agent : M. Dominique LEBRETON, adjoint technique principal, service des réseaux, fontainier de secteur"),
    ("p", "Participants : M. Gasnier, responsable du service ; Mme Olivier, responsable des ressources humaines ; l'agent, accompagné de son représentant, M. Rousseau."),
    ("p", "Contexte : l'agent reprend ses fonctions après une absence de huit semaines. Les faits du 19 août (véhicule de service endommagé sur le parking de la station, comportement inadapté envers un usager) ont été rappelés."),
    ("p", "Propos de l'agent : M. Lebreton indique qu'il a fait une cure de cinq semaines à la clinique de Bois-Gibert, qu'il est suivi depuis par le CSAPA d'Angers tous les quinze jours et qu'il participe aux réunions d'un groupe d'anciens buveurs le jeudi soir. Il dit ne plus avoir bu depuis le 22 août. Il souhaite reprendre son secteur et ses astreintes."),
    ("table", [["Point", "Décision"],
               ["Astreintes", "Suspendues pour trois mois, réexamen en janvier"],
               ["Conduite de véhicule", "Autorisée avec véhicule léger, sous réserve de l'avis du médecin du travail"],
               ["Suivi", "Entretien mensuel avec le responsable ; les rendez-vous au CSAPA sont posés en autorisation d'absence"],
               ["Sanction", "Avertissement notifié pour les faits du 19 août ; pas de saisine du conseil de discipline"]]),
    ("p", "L'agent a pris connaissance du présent compte rendu, qui sera versé à son dossier individuel. Il dispose d'un délai de 8 jours pour formuler ses observations."),
    ("p", "Signatures : le responsable de service – la responsable RH – l'agent"),
]

HTML["s006_inscription_ecole_sports.html"] = ("Inscription – École municipale des sports", """
<header><p>Ville de Bourg-en-Bresse – Direction des sports – Portail famille</p></header>
<main>
<h1>Inscription à l'école municipale des sports – saison 2024-2025</h1>
<form>
<fieldset><legend>Enfant</legend>
<p>Nom : <input value="GIRAUD"> Prénom : <input value="Théo"> Date de naissance : <input value="14/02/2014"></p>
<p>Établissement scolaire : <input value="École Saint-Exupéry, CM1"></p>
</fieldset>
<fieldset><legend>Activités choisies</legend>
<p>Mercredi matin : <input value="Multisports 9-11 ans (gymnase des Vennes)"></p>
<p>Stage vacances de Toussaint : <input value="Escalade et VTT"></p>
</fieldset>
<fieldset><legend>Responsable légal</legend>
<p>Nom : <input value="Mme Aurélie GIRAUD"> Téléphone : <input value="06 xx xx xx 18"></p>
<p>Adresse : <input value="5 rue Bichat, 01000 Bourg-en-Bresse"></p>
</fieldset>
<fieldset><legend>Informations complémentaires utiles à l'encadrement</legend>
<p><textarea>Théo porte une pompe a insuline a la ceinture (capteur sur le bras), il sait la gérer seul mais il faut qu'il puisse manger ses sucres des qu'il se sent mal ou que l'alarme sonne. Il a toujours une trousse avec un glucagon dans son sac. Merci de prevenir les educateurs et de me telephoner s'il fait un malaise. Il ne doit pas aller a la piscine sans son capteur etanche. Le PAI de l'école est joint.</textarea></p>
</fieldset>
<p>Quotient familial : <input value="780 €"> Tarif annuel : 96 €</p>
<p><input type="checkbox" checked> J'autorise la prise de photos dans le cadre des activités.</p>
<p><input type="checkbox" checked> J'atteste l'exactitude des informations fournies.</p>
</form>
</main>
""")

HTML["s013_ticket_support.html"] = ("Ticket #48213 – Centre de services numériques", """
<h1>Centre de services numériques – Conseil départemental de la Vienne</h1>
<table>
<tr><th>Ticket</th><td>#48213</td></tr>
<tr><th>Ouvert le</th><td>04/03, 09:41</td></tr>
<tr><th>Demandeur</th><td>Gérard POUPARD – Direction de l'enfance, pôle administratif, Poitiers</td></tr>
<tr><th>Catégorie</th><td>Poste de travail &gt; Logiciel &gt; Installation</td></tr>
<tr><th>Priorité</th><td>Haute</td></tr>
<tr><th>Statut</th><td>En cours</td></tr>
</table>
<h2>Description</h2>
<p>Bonjour, suite à la mise à jour Windows de vendredi ma loupe logicielle ne fonctionne plus et je ne peux plus travailler. Depuis que la DMLA a atteint le deuxième œil je ne lis plus rien sans le zoom x6 et la synthèse vocale. Merci de réinstaller ZoomText (licence achetée l'an dernier avec le financement du FIPHFP, référence dans le ticket #41002) et de remettre le contraste inversé. Mon collègue doit lire mes mails en attendant.</p>
<h2>Suivi</h2>
<p>04/03 10:15 – Technicien N1 (L. Moreau) : licence retrouvée, poste incompatible avec la version 2023 ; escalade N2.</p>
<p>04/03 14:02 – Technicien N2 (S. Benoît) : installation de la version 2024, paramétrage du contraste et de la voix ; à vérifier avec l'utilisateur demain matin.</p>
<p>05/03 08:50 – Utilisateur : fonctionne, merci. Demande d'un écran 32 pouces transmise au référent handicap.</p>
""")

DOCX["s018_liste_cantine.docx"] = [
    ("title", "VILLE DE LUNEL – Service enfance et restauration scolaire"),
    ("p", "École élémentaire Marie-Curie – Liste des inscrits au périscolaire du soir (16 h 30 – 18 h 30) – classe de CE2, Mme Aubert"),
    ("p", "Liste remise aux animateurs. À conserver dans le classeur de l'accueil, ne pas afficher."),
    ("table", [["Élève", "Jours", "Personnes autorisées à reprendre l'enfant", "Observations"],
               ["Adam B.", "L M J V", "Mère, grand-mère", "—"],
               ["Chloé D.", "L J", "Père, mère", "Allergie arachide (PAI)"],
               ["Enzo F.", "L M J V", "Mère uniquement", "Père : ne pas remettre l'enfant – ordonnance de protection du 12/02, copie au bureau"],
               ["Inaya G.", "M V", "Tante (Mme Samira G.)", "—"],
               ["Louis M.", "L M J V", "Père, nounou (Mme Petit)", "Parents séparés : semaine paire chez le père, impaire chez la mère, voir calendrier joint"],
               ["Rose T.", "J", "Mère", "—"],
               ["Yanis V.", "L M", "Grand-père", "Départ 17 h 30 (orthophoniste)"]]),
    ("p", "Rappels : aucun enfant ne peut être remis à une personne qui ne figure pas sur la liste, même sur appel téléphonique d'un parent. En cas de doute, appeler la directrice de l'accueil, Mme Salvat, au 06 xx xx xx 30."),
    ("p", "Goûter fourni par la ville. Les retards après 18 h 30 sont facturés 5 € par quart d'heure."),
]

DOCX["s022_courrier_mandataire.docx"] = [
    ("title", "ASSOCIATION TUTÉLAIRE DE LA CHARENTE-MARITIME"),
    ("p", "Service mandataire judiciaire à la protection des majeurs – 14 rue du Palais, 17000 La Rochelle"),
    ("p", "À l'attention du service des eaux, Communauté d'agglomération de La Rochelle"),
    ("p", "La Rochelle, le 8 octobre"),
    ("p", "Objet : contrat d'abonnement n° 17300-554210 – Mme Germaine LUCAS, 7 impasse des Salines, Aytré"),
    ("p", "Madame, Monsieur,"),
    ("p", "Par jugement du juge des contentieux de la protection du tribunal judiciaire de La Rochelle en date du 3 septembre, notre association a été désignée pour exercer la mesure de curatelle renforcée de Mme Germaine Lucas, pour une durée de 60 mois. Vous trouverez ci-joint l'extrait du jugement."),
    ("p", "Dans le cadre de cette mesure, nous percevons les ressources de Mme Lucas et réglons ses dépenses. Nous vous remercions donc de bien vouloir :"),
    ("table", [["Demande", "Détail"],
               ["Adresse de facturation", "Association tutélaire – service MJPM, à l'attention de M. Thibaud Fradet, délégué"],
               ["Mode de paiement", "Prélèvement sur le compte de gestion (RIB joint)"],
               ["Facture en retard", "Nous sollicitons un échéancier de 3 mois pour la facture du 2e trimestre (187,40 €)"],
               ["Courriers", "Copie à Mme Lucas à son domicile, sans mention de la mesure"]]),
    ("p", "La famille de Mme Lucas, dont le fils réside à l'étranger, n'était pas en mesure d'exercer la mesure, ce qui explique la désignation de notre association."),
    ("p", "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées."),
    ("p", "Thibaud Fradet, mandataire judiciaire à la protection des majeurs"),
]

HTML["s020_intranet_changement_situation.html"] = ("Changement de situation – Espace RH", """
<header><p>Centre hospitalier de Dax – Côte d'Argent – Intranet RH – Mes démarches</p></header>
<main>
<h1>Déclaration de changement de situation personnelle</h1>
<table>
<tr><th>Agent</th><td>Mme Séverine PETIT-LABORDE</td></tr>
<tr><th>Matricule</th><td>004812</td></tr>
<tr><th>Service</th><td>Pôle médico-technique – laboratoire</td></tr>
<tr><th>Grade</th><td>Technicienne de laboratoire médical de classe supérieure</td></tr>
<tr><th>Date de la déclaration</th><td>17/06</td></tr>
</table>
<h2>Nature du changement</h2>
<ul>
<li>☒ Situation familiale</li>
<li>☒ Nom d'usage</li>
<li>☐ Adresse</li>
<li>☒ Enfants à charge</li>
</ul>
<h2>Précisions (champ libre)</h2>
<p>Le jugement est définitif depuis le 2 juin, je reprends mon nom de naissance Petit à compter de juillet (badge, bulletins de paie, messagerie). Les deux enfants restent à mon domicile, M. Laborde verse une pension pour chacun : merci de supprimer le supplément familial de traitement à son nom et de le basculer sur le mien. Je ne souhaite plus que M. Laborde figure comme personne à prévenir en cas d'accident, remplacer par ma sœur, Mme Karine Petit.</p>
<h2>Pièces jointes</h2>
<ul>
<li>Extrait du jugement (pages 1 et 12)</li>
<li>Livret de famille mis à jour</li>
</ul>
<p>Statut : transmis au bureau de la paie le 18/06 – traité par : C. Dupouy.</p>
</main>
""")

DOCX["s027_liste_commission_aides.docx"] = [
    ("title", "CCAS DE VIERZON – Commission permanente des aides facultatives"),
    ("p", "Séance du mardi 9 avril – Relevé des décisions"),
    ("p", "Membres présents : Mme Bonnin (vice-présidente), M. Aubry, Mme Chaput, M. Lemaire (UDAF), Mme Rivière (Secours populaire). Rapporteuse : Mme Laroche, responsable du pôle action sociale."),
    ("p", "Les décisions ci-dessous sont notifiées par courrier individuel. Les montants sont versés directement au créancier sauf mention contraire."),
    ("table", [["N°", "Demandeur", "Aide sollicitée", "Motif", "Décision"],
               ["1", "Mme A. Benali", "Secours 200 €", "Facture Engie impayée, coupure annoncée le 15/04", "Accord 150 €"],
               ["2", "M. R. Caillaud", "Prêt 500 €", "Réparation véhicule pour se rendre au travail (CDD)", "Accord prêt 400 €"],
               ["3", "Mme S. Dubois", "Bons alimentaires", "Reste à vivre de 2,10 € par jour après loyer et crédits", "Accord 3 × 50 €"],
               ["4", "M. J. Fontaine", "Secours 300 €", "Arriérés de loyer, assignation devant le juge le 30/04", "Ajourné – saisine FSL"],
               ["5", "Mme L. Morin", "Aide cantine", "Sortie de la garantie jeunes, sans ressources", "Accord trimestre"]]),
    ("p", "Bilan budgétaire : 1 320 € engagés ce jour ; crédits restants sur l'exercice : 18 480 €."),
    ("p", "Prochaine commission : 7 mai."),
]

DOCX["s031_formulaire_tarif_solidaire.docx"] = [
    ("title", "RÉGIE DES TRANSPORTS DE L'AGGLOMÉRATION DE NÎMES – Tango"),
    ("p", "Demande de tarification solidaire – abonnement mensuel"),
    ("table", [["Rubrique", "Réponse"],
               ["Nom, prénom", "Mme CHARRIER Nathalie"],
               ["Date de naissance", "17/03/1971"],
               ["Adresse", "Résidence Pissevin, bâtiment C, 30900 Nîmes"],
               ["Situation professionnelle", "Sans emploi"],
               ["Nombre de personnes au foyer", "2"],
               ["Tarif demandé", "Solidaire 1 (gratuité)"],
               ["Justificatif fourni", "Attestation de paiement CAF du mois"],
               ["Explications complémentaires", "je n'ai que l'ASS depuis que mes droits au chômage sont finis en janvier, et le dossier de surendettement a été accepté en mars mais en attendant la banque prend tout. j'ai besoin du bus pour aller à mes ateliers à la maison de l'emploi et aux Restos du cœur le mardi"]]),
    ("p", "Cadre réservé à l'agence : dossier complet ☒ – tarif accordé : Solidaire 1 – du 01/05 au 30/04 – agent : F. Baldi."),
    ("p", "Les informations recueillies sont nécessaires à l'instruction de votre demande. Elles sont conservées pendant la durée de validité du droit augmentée d'un an. Vous disposez d'un droit d'accès et de rectification auprès du délégué à la protection des données de la régie."),
    ("p", "Pièces à joindre en cas de renouvellement : attestation de droits de moins de trois mois, photo d'identité pour la carte."),
]

HTML["s030_portail_demande_aide.html"] = ("Demande d'aide financière – Portail usagers", """
<header><p>Département de la Haute-Vienne – Portail des solidarités</p></header>
<main>
<h1>Ma demande d'aide – dossier n° FSL-87-2024-3309</h1>
<p>Dispositif : Fonds de solidarité pour le logement – volet accès</p>
<table>
<tr><th>Demandeur</th><td>M. Yannick BOSSARD</td></tr>
<tr><th>Adresse actuelle</th><td>Chez M. et Mme Bossard (parents), 4 allée des Cèdres, Couzeix</td></tr>
<tr><th>Logement visé</th><td>T2, 11 rue de Nexon, Limoges – Limoges Habitat – loyer 398 €</td></tr>
<tr><th>Montant demandé</th><td>Dépôt de garantie 398 € + premier mois</td></tr>
</table>
<h2>Votre situation en quelques mots</h2>
<p>Je suis retourné chez mes parents quand j'ai perdu mon appartement à Brive l'année dernière, le propriétaire avait obtenu le jugement et je suis parti avant l'intervention de la police. J'avais cumulé 4 200 € de loyers non payés après mon licenciement. Le plan de la Banque de France court encore 5 ans. Je travaille à nouveau depuis février en CDI chez un paysagiste à Limoges et je veux reprendre un logement à moi, mais je n'ai pas de quoi avancer la caution.</p>
<h2>Suivi de la demande</h2>
<ul>
<li>02/05 – Demande déposée</li>
<li>06/05 – Pièces vérifiées par le service instructeur</li>
<li>14/05 – Passage en commission prévu</li>
</ul>
<p>Vous recevrez la décision par courrier et sur cet espace.</p>
</main>
""")

DOCX["s038_liste_benevoles.docx"] = [
    ("title", "VILLE DE PÉRIGUEUX – Direction de la culture et des festivités"),
    ("p", "Festival Mimos – Liste des bénévoles de l'équipe accueil et billetterie – validation définitive"),
    ("p", "La liste ci-dessous est transmise au régisseur général et au chef de la sécurité. Les badges sont à retirer au Théâtre de l'Odyssée le 27 juillet à partir de 14 h."),
    ("table", [["Nom", "Poste", "Créneaux", "Observations"],
               ["Amélie Chastang", "Billetterie", "29/07 – 02/08 après-midi", "Référente caisse"],
               ["Bastien Lagarde", "Accueil artistes", "Tous les soirs", "Parle anglais et espagnol"],
               ["Corinne Faure", "Billetterie", "30/07 – 31/07", "—"],
               ["Dylan Mazeau", "Accueil public", "Retiré de la liste", "Sous contrôle judiciaire depuis juin (affaire de la rixe du quai de l'Isle), interdiction de paraître en centre-ville – ne pas lui remettre de badge"],
               ["Élodie Puyjalon", "Accueil public", "01/08 – 03/08", "—"],
               ["Florent Roux", "Logistique", "Tous les matins", "Permis poids lourd"]]),
    ("p", "Chaque bénévole signe la charte du festival et reçoit un t-shirt, un repas par créneau et deux invitations pour le spectacle de clôture."),
    ("p", "Contact : Mme Sarlat, coordinatrice des bénévoles, 05 xx xx xx 40."),
]

DOCX["s043_attestation_stage.docx"] = [
    ("title", "ASSOCIATION SOCIO-JUDICIAIRE DU LOIRET – Pôle alternatives aux poursuites"),
    ("p", "ATTESTATION DE SUIVI DE STAGE"),
    ("p", "Je soussignée, Mme Marion Lecoq, coordinatrice du pôle alternatives aux poursuites, atteste que :"),
    ("table", [["Nom, prénom", "M. GUILLOT Anthony"],
               ["Date de naissance", "11/07/1998"],
               ["Mandant", "Parquet du tribunal judiciaire d'Orléans – délégué du procureur, M. Brunet"],
               ["Référence", "Procédure n° 24/1187 – décision du 15 février"],
               ["Stage", "Stage de sensibilisation aux dangers de l'usage de produits stupéfiants"],
               ["Dates", "21 et 22 mars, 9 h – 17 h, 12 participants"],
               ["Coût", "200 € acquittés par le stagiaire"]]),
    ("p", "a suivi l'intégralité du stage susmentionné et a participé activement aux ateliers (intervention d'un médecin addictologue, d'un officier de police judiciaire et d'une ancienne usagère)."),
    ("p", "La présente attestation est délivrée à l'intéressé pour être remise au délégué du procureur, en vue du classement de la procédure sous condition. Elle ne doit pas être communiquée à l'employeur."),
    ("p", "Fait à Orléans, le 22 mars."),
    ("p", "La coordinatrice, M. Lecoq"),
]

HTML["s041_intranet_absence.html"] = ("Gestion des temps – régularisation", """
<header><p>Métropole Rouen Normandie – Portail RH – Gestion des temps et des activités</p></header>
<main>
<h1>Demande de régularisation d'absence</h1>
<table>
<tr><th>Agent</th><td>M. Steven LECOMTE – adjoint technique, régie de l'eau, secteur Elbeuf</td></tr>
<tr><th>Responsable</th><td>M. Olivier Hautot</td></tr>
<tr><th>Période</th><td>du 04/11 07:00 au 06/11 12:00</td></tr>
<tr><th>Type d'absence proposé par l'agent</th><td>Congés annuels (2,5 jours)</td></tr>
<tr><th>Statut</th><td>Refusé par le responsable – transmis au service RH</td></tr>
</table>
<h2>Commentaire du responsable</h2>
<p>L'agent ne s'est pas présenté lundi matin et n'a pas prévenu. Sa compagne a appelé le dépôt à 10 h pour dire qu'il était en GAV à Elbeuf depuis dimanche soir, puis il a été déféré mardi. Il est revenu mercredi midi avec une convocation pour une CRPC en janvier. Je ne valide pas des congés posés après coup ; je demande au service RH de me dire s'il faut traiter en absence injustifiée avec retenue sur traitement. Il a par ailleurs besoin de son permis pour le poste (véhicule d'intervention), à vérifier.</p>
<h2>Réponse du service RH</h2>
<p>07/11 – Absence de service fait du 04/11 au 06/11 midi : retenue de 2,5/30e. Entretien avec l'agent le 12/11 pour faire le point sur le permis de conduire.</p>
</main>
""")

DOCX["s049_emargement_formation.docx"] = [
    ("title", "GRETA DE LA LOIRE – Agence de Roanne"),
    ("p", "Formation « Agent de propreté et d'hygiène » – Titre professionnel – Session de février à juin"),
    ("p", "Relevé mensuel des absences – mois de mars – à transmettre au financeur (Région) et aux prescripteurs"),
    ("table", [["Stagiaire", "Prescripteur", "Heures d'absence", "Motif de l'absence"],
               ["M. Aziz Hamdani", "France Travail", "7 h", "Maladie (arrêt fourni)"],
               ["Mme Oumou Baldé", "Mission locale", "3,5 h", "Convocation OFII – visite médicale et signature du CIR"],
               ["M. Tesfay Gebremariam", "Cap emploi", "14 h", "Rendez-vous en préfecture (renouvellement du récépissé) + audience au tribunal administratif de Lyon"],
               ["Mme Sabrina Ferreira", "France Travail", "0 h", "—"],
               ["M. Jérémy Lafond", "PLIE", "7 h", "Garde d'enfant malade"],
               ["Mme Nadia Rahmani", "Mission locale", "0 h", "—"]]),
    ("p", "Observations de la formatrice référente : le groupe est assidu dans l'ensemble. Les absences liées à des démarches administratives obligatoires sont considérées comme justifiées et ne donnent pas lieu à une retenue sur la rémunération de stage."),
    ("p", "Prochaine période en entreprise : du 15 au 26 avril (entreprises Onet, Elior et hôpital de Roanne)."),
    ("p", "Formatrice référente : Mme Laurence Giraud."),
]

DOCX["s054_fiche_recrutement.docx"] = [
    ("title", "CENTRE HOSPITALIER DE CHÂTEAUROUX-LE BLANC – Direction des ressources humaines"),
    ("p", "Fiche navette de recrutement – contractuel"),
    ("table", [["Rubrique", "Renseignement"],
               ["Nom, prénom", "M. EL-AMIN Omar"],
               ["Poste", "Agent de service hospitalier – pôle gériatrie, unité de soins de longue durée"],
               ["Type de contrat", "CDD de 6 mois, temps plein, à compter du 2 septembre"],
               ["Diplôme", "Doctorat en médecine (université de Khartoum) – non reconnu en France ; inscrit aux épreuves de vérification des connaissances"],
               ["Pièce d'identité / séjour", "APS valable jusqu'au 14/11, puis carte « réfugié » en cours de fabrication (décision OFPRA du 3 juillet)"],
               ["Autorisation de travail", "Oui – la protection accordée vaut autorisation"],
               ["Visite médicale d'embauche", "Prévue le 29 août"],
               ["Observation du cadre", "Candidat très motivé, excellent contact avec les résidents lors de la journée d'essai. Maîtrise bien le français et l'anglais. Penser à l'informer sur la procédure PAE (praticiens à diplôme hors UE)."]]),
    ("p", "Visa du cadre supérieur de santé : favorable – Mme Aubrun"),
    ("p", "Visa de la direction des ressources humaines : favorable – à mettre à jour à réception du titre de séjour définitif."),
    ("p", "Copie : bureau de la paie, cadre de l'unité."),
]

HTML["s051_inscription_creche.html"] = ("Pré-inscription en établissement d'accueil du jeune enfant", """
<header><p>Ville d'Aubervilliers – Direction de la petite enfance – Téléservice</p></header>
<main>
<h1>Pré-inscription en crèche – récapitulatif</h1>
<table>
<tr><th>Enfant</th><td>Bilal, né le 02/02</td></tr>
<tr><th>Mère</th><td>Mme Khadija BOUAZZA, caissière (CDI temps partiel)</td></tr>
<tr><th>Père</th><td>M. Hamza BOUAZZA</td></tr>
<tr><th>Accueil souhaité</th><td>4 jours par semaine, à partir de septembre</td></tr>
<tr><th>Établissements</th><td>1. Crèche Les Petits Lutins 2. Multi-accueil Casanova</td></tr>
</table>
<h2>Pièces justificatives</h2>
<ul>
<li>Justificatif de domicile : fourni</li>
<li>Avis d'imposition de la mère : fourni</li>
<li>Avis d'imposition du père : <b>manquant</b></li>
</ul>
<h2>Commentaire de la famille</h2>
<p>Bonjour, mon mari ne peut pas fournir d'avis d'impot ni de fiche de paie, il est arrivé en 2021 avec un visa touriste qui est expiré depuis longtemps et il n'a toujours pas de papiers, il travaille au noir sur les chantiers quand il y a. On a déposé une demande d'admission exceptionnelle mais pas de réponse. Est-ce que mon dossier peut quand même passer en commission avec seulement mes revenus ? Merci de ne pas envoyer de courrier à son nom.</p>
<h2>Statut</h2>
<p>Dossier incomplet – relance automatique envoyée le 15/03.</p>
</main>
""")

DOCX["s059_cr_equipe_educative.docx"] = [
    ("title", "ÉCOLE MATERNELLE LES TOURNESOLS – VAULX-EN-VELIN"),
    ("p", "Compte rendu de la réunion de l'équipe pluridisciplinaire – mardi 19 mars, 16 h 45"),
    ("p", "Présents : Mme Ferrand (directrice), Mme Girod (enseignante de moyenne section), Mme Assouline (psychologue scolaire), Mme Petitjean (infirmière de la PMI), M. Vial (maître E)."),
    ("p", "Ordre du jour : projets pour la fin d'année, aménagement de la cour, situations d'élèves."),
    ("p", "1. Projets : spectacle de fin d'année le 21 juin dans la salle des fêtes ; sortie au parc de Miribel-Jonage le 6 juin pour toutes les classes."),
    ("p", "2. Cour : la mairie installe deux bancs et un bac à sable couvert pendant les vacances de printemps."),
    ("p", "3. Situations d'élèves"),
    ("table", [["Élève", "Observations", "Suite"],
               ["Mila (MS)", "Progrès en langage depuis janvier", "Poursuite de l'aide du maître E"],
               ["Sacha (MS)", "Arrive souvent sans goûter, vêtements inadaptés au froid, endormissements ; traces de coups sur le dos constatées le 14/03 par l'ATSEM lors du change ; explications confuses du père", "IP rédigée par la directrice et transmise à la CRIP du Rhône le 15/03 ; accusé de réception reçu ; ne pas informer la famille à ce stade"],
               ["Adam (GS)", "Bilan orthophonique demandé", "Rencontre avec la famille en avril"]]),
    ("p", "4. Divers : commande de matériel de motricité validée (1 200 €)."),
    ("p", "Document à usage interne – ne pas diffuser. Conservation dans le classeur de direction."),
]

HTML["s062_facturation_cantine.html"] = ("Facturation périscolaire – anomalies", """
<header><p>Commune de Villeneuve-d'Ascq – Portail famille – Back-office facturation</p></header>
<main>
<h1>Traitement des anomalies de facturation – lot de février</h1>
<table>
<tr><th>Dossier</th><th>Enfant</th><th>Anomalie</th><th>Commentaire de l'agent</th></tr>
<tr><td>F-10482</td><td>Emma L.</td><td>Prélèvement rejeté</td><td>Nouveau RIB reçu, représenter le 10/03</td></tr>
<tr><td>F-10517</td><td>Nolan et Maëlle D.</td><td>Responsable payeur modifié</td><td>Enfants confiés au service de l'ASE du Nord depuis le 22/01 (placement chez une assistante familiale de la commune). Facturer désormais à la Direction enfance famille, UTPAS de Villeneuve-d'Ascq ; ne plus envoyer de facture ni d'accès au portail à la mère. Annuler les pénalités de retard de janvier.</td></tr>
<tr><td>F-10533</td><td>Hugo P.</td><td>Quotient familial non mis à jour</td><td>Attestation CAF reçue, tranche 3</td></tr>
<tr><td>F-10561</td><td>Lina B.</td><td>Double facturation cantine</td><td>Avoir de 4,20 € émis</td></tr>
</table>
<p>Lot validé par : M. Deltour, régisseur – 28/02.</p>
<p>Rappel : les commentaires saisis sont visibles uniquement par les agents de la régie.</p>
</main>
""")

DOCX["s066_entretien_professionnel.docx"] = [
    ("title", "COMMUNE DE VILLEFRANCHE-SUR-SAÔNE – Compte rendu d'entretien professionnel"),
    ("p", "Année de référence : N-1 – Entretien conduit le 22 janvier"),
    ("table", [["Agent", "Mme Coralie BESSON"],
               ["Grade", "Rédactrice territoriale"],
               ["Fonctions", "Gestionnaire des marchés publics, direction de la commande publique"],
               ["Supérieur hiérarchique direct", "M. Philippe Aubry, responsable de la commande publique"]]),
    ("p", "1. Résultats professionnels obtenus au regard des objectifs fixés"),
    ("table", [["Objectif", "Résultat"],
               ["Dématérialiser 100 % des consultations", "Atteint"],
               ["Mettre à jour le guide interne des procédures", "Non atteint – reporté"],
               ["Former les services acheteurs aux MAPA", "Partiellement atteint (2 sessions sur 4)"]]),
    ("p", "2. Compétences et manière de servir"),
    ("table", [["Critère", "Appréciation"],
               ["Connaissances techniques", "Maîtrisées"],
               ["Rigueur", "À améliorer"],
               ["Relations avec les services", "Appréciation littérale : plusieurs erreurs dans les pièces de consultation ont conduit à déclarer infructueux le lot 3 du marché de voirie ; des tensions répétées avec le service des sports ont nécessité mon intervention. La manière de servir est jugée insuffisante sur la période. Un rappel à l'ordre écrit a été adressé en octobre. Un plan d'accompagnement est proposé (formation, points bimensuels)."],
               ["Capacité d'encadrement", "Sans objet"]]),
    ("p", "3. Avancement : l'agent n'est pas proposé pour l'avancement au grade de rédacteur principal de 2e classe cette année."),
    ("p", "Observations de l'agent : « Je conteste l'appréciation sur les relations avec les services ; la charge de travail a doublé après le départ de ma collègue. »"),
    ("p", "Signatures : l'évaluateur – l'agent (date de notification : 29 janvier)."),
]

HTML["s068_intranet_note_service.html"] = ("Note de service RH – confidentielle", """
<header><p>Université de Picardie Jules-Verne – Intranet de la DRH – Espace encadrants</p></header>
<main>
<h1>Informations encadrants – semaine 14</h1>
<h2>1. Campagne d'avancement</h2>
<p>Les propositions d'avancement des personnels BIATSS sont à saisir avant le 15 avril. Les rapports d'activité doivent être signés par l'agent.</p>
<h2>2. Formation des nouveaux encadrants</h2>
<p>Session « Conduire l'entretien professionnel » les 23 et 24 avril (15 places).</p>
<h2>3. Situations individuelles (accès restreint)</h2>
<p>À compter du 2 avril, M. Laurent Vasseur, technicien au service de la logistique (site du Campus), est suspendu de ses fonctions à titre conservatoire par arrêté du président, dans l'attente de la réunion de la commission paritaire siégeant en conseil de discipline. Il lui est interdit d'accéder aux locaux ; son badge et les clés des véhicules ont été désactivés. Merci aux chefs de service du site de ne pas lui confier de mission et de rediriger les demandes vers M. Pillon. Aucune communication n'est à faire aux équipes sur le motif de cette mesure.</p>
<h2>4. Calendrier</h2>
<p>Fermeture administrative du 5 au 9 août.</p>
</main>
<footer><p>Page réservée aux encadrants – authentification requise.</p></footer>
""")

DOCX["s071_planning_week_end.docx"] = [
    ("title", "MÉDIATHÈQUE INTERCOMMUNALE DU PAYS DE DREUX"),
    ("p", "Planning des ouvertures du week-end et des soirées – 2e trimestre"),
    ("p", "Principe : chaque agent de la catégorie C et B assure en moyenne deux samedis par mois et une nocturne par mois. Les contraintes individuelles validées par la direction sont indiquées dans la colonne « Contraintes »."),
    ("table", [["Agent", "Samedis", "Nocturnes (mardi 20 h)", "Contraintes"],
               ["Laure Bertin", "6 et 20 avril, 4 et 18 mai, 1er et 15 juin", "9 avril, 14 mai, 11 juin", "—"],
               ["Karim Haddad", "13 et 27 avril, 11 et 25 mai, 8 et 22 juin", "16 avril, 21 mai", "Pas de service le vendredi après 12 h 30 (prière du vendredi) – compensé le mardi soir"],
               ["Sophie Meunier", "6 et 27 avril, 18 mai, 8 et 29 juin", "23 avril, 28 mai", "Temps partiel 80 %"],
               ["Esther Cohen-Marchal", "Aucun samedi", "Toutes les nocturnes du mardi", "Ne travaille pas du vendredi soir au samedi soir ; fêtes de septembre-octobre posées en congés"],
               ["Paul Girard", "13 avril, 4 et 25 mai, 15 juin", "30 avril, 4 juin", "—"]]),
    ("p", "Les échanges entre agents sont possibles après accord de la responsable de la section adultes. Le planning est affiché en salle de pause."),
    ("p", "Établi le 22 mars par Mme Hébert, directrice adjointe."),
]

DOCX["s076_liste_participants_greve.docx"] = [
    ("title", "CENTRE COMMUNAL D'ACTION SOCIALE DE CALAIS – Service d'aide à domicile"),
    ("p", "Relevé du service fait – journée du jeudi 5 décembre – mouvement social interprofessionnel"),
    ("p", "Document établi par la responsable de secteur pour le calcul de la retenue sur traitement (1/30e) et l'organisation du service minimum."),
    ("table", [["Agent", "Secteur", "Service fait", "Remarque"],
               ["Mme Aline D.", "Beau-Marais", "Non (grève)", "—"],
               ["Mme Cindy L.", "Fort-Nieulay", "Oui", "—"],
               ["Mme Patricia M.", "Centre", "Non (grève)", "—"],
               ["M. Sébastien R.", "Beau-Marais", "Non", "[mention manuscrite : déléguée SUD + les 2 autres de SUD, toujours les mêmes – à surveiller pour les plannings de Noël]"],
               ["Mme Yasmina T.", "Centre", "Oui", "Assure les passages prioritaires"]]),
    ("p", "Bénéficiaires prioritaires visités (repas, toilette) : 14 sur 14. Aucun incident signalé."),
    ("p", "Transmis au service du personnel le 6 décembre."),
]

HTML["s077_formulaire_asa.html"] = ("Demande d'autorisation spéciale d'absence", """
<header><p>Département des Côtes-d'Armor – Intranet RH – Formulaires</p></header>
<main>
<h1>Demande d'autorisation spéciale d'absence (ASA)</h1>
<form>
<p>Nom, prénom : <input value="LE ROUX Gwenaëlle"></p>
<p>Direction / service : <input value="Direction de l'enfance et de la famille – Maison du Département de Lannion"></p>
<p>Grade : <input value="Assistante socio-éducative"></p>
<p>Date(s) : <input value="du 18/09 au 20/09"></p>
<p>Type d'autorisation :
<select><option>Événement familial</option><option selected>Autre (préciser ci-dessous)</option><option>Concours ou examen</option></select></p>
<p>Motif (champ libre) : <textarea>Participation au conseil départemental de ma section (SNUASFP-FSU) à Saint-Brieuc le 18, puis au congrès national à Rennes les 19 et 20, mandatée par la section. Convocation jointe. Je demande que l'absence ne soit pas visible dans l'agenda partagé de l'équipe, seulement « absente ».</textarea></p>
<p>Avis du responsable hiérarchique : <input value="Favorable – M. Cadiou"></p>
<p>Remplacement pendant l'absence : <input value="Permanences d'accueil du 18 et du 19 assurées par Mme Briand ; visites à domicile reportées à la semaine suivante"></p>
</form>
<p>Rappel : les autorisations d'absence pour l'exercice du droit syndical sont accordées sur présentation de la convocation, au moins trois jours à l'avance.</p>
</main>
""")

DOCX["s081_demande_logement_agent.docx"] = [
    ("title", "ACTION LOGEMENT – Demande de logement d'un salarié du secteur public"),
    ("p", "Employeur : Centre hospitalier universitaire de Dijon Bourgogne – service social du personnel"),
    ("table", [["Rubrique", "Renseignement"],
               ["Demandeur", "M. Olivier FABRE, né le 09/05/1987"],
               ["Emploi", "Manipulateur en électroradiologie, CDI, temps plein"],
               ["Logement actuel", "Studio de 24 m², rue Berbisey, Dijon (locataire en titre)"],
               ["Co-titulaire souhaité du bail", "M. Julien MARCHETTI, né le 30/11/1985, professeur des écoles"],
               ["Lien avec le co-titulaire", "Conjoint (mariés le 14 septembre à Besançon)"],
               ["Typologie souhaitée", "T3 avec balcon"],
               ["Secteur", "Dijon, Chenôve, Talant"],
               ["Ressources du foyer", "4 150 € nets mensuels"],
               ["Motif de la demande", "Regroupement du couple : mon mari est muté à Dijon à la rentrée ; nous souhaitons vivre ensemble près du CHU. Merci de ne pas transmettre la demande au cadre du service, je ne parle pas de ma vie privée au travail."]]),
    ("p", "Pièces jointes : avis d'imposition, trois bulletins de salaire, copie du livret de famille, attestation de mutation du conjoint."),
    ("p", "Avis du service social du personnel : demande recevable, à présenter sur le contingent employeur. Dossier suivi par Mme Cornu."),
]

HTML["s085_jury_recrutement.html"] = ("Grille d'entretien – recrutement", """
<header><p>Parc naturel régional du Vercors – Recrutement d'un chargé de mission énergie-climat</p></header>
<main>
<h1>Grille d'évaluation – entretien du 24 avril</h1>
<table>
<tr><th>Candidat</th><td>M. Antoine ROYBON</td></tr>
<tr><th>Membres du jury</th><td>Mme Arnaud (directrice), M. Rey (vice-président délégué), M. Blanc (responsable du pôle)</td></tr>
</table>
<table>
<tr><th>Critère</th><th>Note</th><th>Commentaire</th></tr>
<tr><td>Connaissances techniques (énergies renouvelables, PCAET)</td><td>17/20</td><td>Très solides, expérience en bureau d'études</td></tr>
<tr><td>Animation de réseaux d'acteurs</td><td>14/20</td><td>Expérience associative plus que professionnelle</td></tr>
<tr><td>Aptitude au travail avec les élus</td><td>11/20</td><td>À l'interrogation sur ses engagements, le candidat a expliqué être membre actif d'Extinction Rebellion depuis 2019, avoir participé à l'occupation du chantier de l'autoroute A69 et militer pour la décroissance ; il a dit qu'il voterait toujours contre les partis qui soutiennent le nucléaire. M. Rey craint des difficultés avec les communes qui portent des projets de station de ski.</td></tr>
<tr><td>Motivation</td><td>16/20</td><td>Connaît bien le territoire</td></tr>
</table>
<p>Classement : 2e sur 4. Proposition du jury : liste complémentaire.</p>
<p>Document interne au jury – non communicable.</p>
</main>
""")

DOCX["s087_registre_reclamations.docx"] = [
    ("title", "LOGEMENT FRANÇAIS – Agence de Mantes-la-Jolie"),
    ("p", "Registre des réclamations de voisinage – résidence du Val-Fourré, tours Chénier – 1er trimestre"),
    ("table", [["Date", "Réclamant", "Objet", "Traitement"],
               ["08/01", "M. Perrin (bât. 2, 5e)", "Bruit nocturne au 6e", "Courrier de rappel au règlement intérieur"],
               ["22/01", "Mme Diallo (bât. 2, 3e)", "Insultes dans la cage d'escalier : la voisine du 4e la traite régulièrement de « sale Peule » et s'en prend à ses enfants ; Mme Diallo précise que sa famille, d'origine peule de Guinée, est la seule de l'étage", "Rencontre de médiation proposée ; orientation vers le délégué du Défenseur des droits"],
               ["05/02", "Mme Costa (bât. 3, RDC)", "Encombrants devant la fenêtre", "Enlèvement par la régie"],
               ["19/02", "M. Ouahbi (bât. 3, 8e)", "Ascenseur en panne depuis 10 jours", "Intervention Schindler le 21/02"],
               ["11/03", "Mme Lenoir (bât. 2, 4e)", "Se plaint des odeurs de cuisine du 3e", "Classée sans suite"]]),
    ("p", "Rappel aux chargés de clientèle : les réclamations sont saisies dans le logiciel de gestion locative sous 48 h ; une réponse écrite est adressée dans un délai de 15 jours."),
    ("p", "Synthèse transmise au responsable d'agence le 2 avril."),
]

HTML["s090_enrolement_badge.html"] = ("Enrôlement – contrôle d'accès biométrique", """
<header><p>Hôtel de Région Auvergne-Rhône-Alpes – Direction de la sûreté – Outil de gestion des accès</p></header>
<main>
<h1>Fiche d'enrôlement n° 2024-0612</h1>
<table>
<tr><th>Titulaire</th><td>Mme Nadia BERRADA, technicienne systèmes, direction du numérique</td></tr>
<tr><th>Zone</th><td>Salle serveurs niveau -2 et local de secours du datacenter</td></tr>
<tr><th>Mode d'authentification</th><td>Badge + reconnaissance du réseau veineux de la paume (main gauche)</td></tr>
<tr><th>Gabarit</th><td>Modèle chiffré n° PV-00877, stocké sur la carte et copie de secours sur le serveur du lecteur</td></tr>
<tr><th>Photographie</th><td>Prise le 03/06 pour le portrait de badge et la vérification faciale au tourniquet du hall</td></tr>
<tr><th>Date d'enrôlement</th><td>03/06, 10 h 20 – opérateur : M. Faure</td></tr>
<tr><th>Remarque</th><td>Premier essai rejeté (cicatrice à la paume droite) ; enrôlement réalisé sur la main gauche.</td></tr>
</table>
<p>Durée de conservation : jusqu'au départ de l'agent de la zone, suppression sous 72 h.</p>
<p>L'agent a reçu la notice d'information prévue par le RGPD et a donné son consentement écrit.</p>
</main>
""")

HTML["s092_procedure_alarme.html"] = ("Procédure d'ouverture et de fermeture – Hôtel de ville", """
<header><p>Ville de Saint-Malo – Intranet des services techniques – Fiches réflexes</p></header>
<main>
<h1>Fiche réflexe n° 7 – Ouverture et fermeture de l'hôtel de ville (agents d'astreinte)</h1>
<h2>Ouverture (avant 7 h 30)</h2>
<ol>
<li>Entrer par la porte de service, cour du château, avec le passe « A3 ».</li>
<li>Désactiver l'alarme sur le clavier situé derrière la porte du local courrier : code maître 27 04 19, puis touche « Arrêt ». Délai de 30 secondes.</li>
<li>Le coffre de la régie des recettes (bureau 012) s'ouvre avec la clé du trousseau rouge et la combinaison 3-71-45 ; il n'est ouvert qu'en présence du régisseur.</li>
</ol>
<h2>Fermeture (après 19 h)</h2>
<ol>
<li>Vérifier les fenêtres du rez-de-chaussée, côté remparts (le détecteur de la salle des mariages est hors service : ronde visuelle obligatoire).</li>
<li>Armer l'alarme avec le même code. Le système passe en mode total à 20 h.</li>
</ol>
<h2>En cas de déclenchement</h2>
<p>La télésurveillance (Protection 24) rappelle l'agent d'astreinte et demande le mot de passe « Surcouf-35 ». Sans réponse dans les 10 minutes, la police nationale est envoyée. Les caméras du hall et de la cour sont consultables sur le poste du PC sécurité, identifiant « astreinte », mot de passe changé chaque trimestre (actuel : Corsaire!2024).</p>
</main>
""")

DOCX["s093_cr_reunion_securite.docx"] = [
    ("title", "SOUS-PRÉFECTURE DE LANNION"),
    ("p", "Relevé de décisions – réunion de préparation de la visite présidentielle à Pleumeur-Bodou (Cité des télécoms) – 2 mai"),
    ("p", "Participants : sous-préfet, commandant de la compagnie de gendarmerie de Lannion, DDSP, SDIS, SAMU, service de protection des hautes personnalités, maire de Pleumeur-Bodou."),
    ("p", "1. Programme : arrivée à l'aéroport de Lannion par avion gouvernemental, transfert en convoi par la RD 21, visite du Radôme, table ronde, départ."),
    ("table", [["Élément", "Dispositif"],
               ["Convoi", "Itinéraire principal par la RD 21 et itinéraire de repli par Trébeurden (D 65) ; horaires communiqués aux seuls chefs de dispositif"],
               ["Forces mobilisées", "2 escadrons de gendarmerie mobile (Saint-Brieuc, Pontivy), 1 PSIG, équipe cynophile explosifs ; tireurs positionnés sur le toit du planétarium et au château d'eau"],
               ["Zone de sécurité", "Périmètre fermé de 800 m autour du Radôme à partir de 7 h ; fouilles à l'entrée"],
               ["Hôpital de référence", "CH de Lannion-Trestel, salle de déchocage réservée ; hélicoptère du SAMU en alerte à Saint-Brieuc"]]),
    ("p", "2. Manifestations : deux rassemblements sont déclarés ; ils seront maintenus place du Marché à Lannion."),
    ("p", "3. Communication : aucune information sur l'horaire et l'itinéraire ne doit être diffusée à la presse avant la fin de la visite."),
]

DOCX["s094_note_continuite.docx"] = [
    ("title", "DIFFUSION RESTREINTE"),
    ("p", "COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND CHALON – Direction des systèmes d'information"),
    ("p", "Note à l'attention des directeurs généraux adjoints – Plan de continuité d'activité : exercice annuel"),
    ("p", "L'exercice annuel du plan de continuité d'activité numérique se déroulera le jeudi 17 octobre, de 8 h à 12 h. Il simulera l'indisponibilité complète du site principal pendant une matinée et la bascule vers le site de secours."),
    ("p", "Pendant l'exercice, les applications métiers suivantes fonctionneront en mode dégradé : gestion financière, gestion des ressources humaines, état civil des communes membres, portail famille. La messagerie et la téléphonie resteront disponibles."),
    ("table", [["Horaire", "Étape"],
               ["8 h", "Annonce de l'incident simulé"],
               ["8 h 30", "Réunion de la cellule de crise informatique"],
               ["9 h – 11 h", "Bascule des applications prioritaires"],
               ["11 h 30", "Retour au fonctionnement normal"],
               ["12 h", "Retour d'expérience à chaud"]]),
    ("p", "Chaque direction désigne un correspondant qui vérifiera le bon fonctionnement de ses applications prioritaires et remontera les anomalies."),
    ("p", "Le directeur des systèmes d'information, Stéphane Guillemin"),
    ("p", "DIFFUSION RESTREINTE – ne pas transférer en dehors des destinataires"),
]

HTML["s095_intranet_orientations_budget.html"] = ("Orientations budgétaires – document de travail", """
<header><p>Ville de Vannes – Intranet – Direction des finances</p></header>
<main>
<h1>Préparation du budget primitif – orientations communiquées aux directeurs</h1>
<p>Le cadrage budgétaire de l'exercice prochain est fixé comme suit, à la suite de la conférence budgétaire du 12 septembre :</p>
<ul>
<li>dépenses de fonctionnement à périmètre constant : stabilité en valeur par rapport au budget primitif précédent ;</li>
<li>masse salariale : progression limitée à 2,5 %, glissement vieillesse-technicité inclus ;</li>
<li>subventions aux associations : reconduction des montants, sauf dossiers nouveaux examinés en commission ;</li>
<li>investissement : enveloppe de 18 M€, dont 6 M€ pour la rénovation du groupe scolaire de Kercado.</li>
</ul>
<p>Les propositions de chaque direction sont à saisir dans le logiciel financier avant le 11 octobre. Les arbitrages auront lieu lors des rencontres avec l'adjoint aux finances du 4 au 8 novembre.</p>
<table>
<tr><th>Étape</th><th>Date</th></tr>
<tr><td>Saisie des propositions</td><td>11 octobre</td></tr>
<tr><td>Arbitrages</td><td>4 – 8 novembre</td></tr>
<tr><td>Débat d'orientation budgétaire</td><td>conseil du 29 novembre</td></tr>
<tr><td>Vote du budget</td><td>conseil du 13 décembre</td></tr>
</table>
</main>
<footer><p>Document de travail – USAGE INTERNE – ne pas diffuser à l'extérieur de la collectivité.</p></footer>
""")

DOCX["s097_rapport_analyse_offres.docx"] = [
    ("title", "SYNDICAT INTERCOMMUNAL DE RESTAURATION COLLECTIVE DU VAL DE LOIRE"),
    ("p", "Rapport d'analyse des offres – Marché de fourniture de repas en liaison froide pour les écoles (lot unique)"),
    ("p", "Trois offres ont été reçues dans les délais. Critères : prix 40 %, qualité des denrées 40 %, performance environnementale 20 %."),
    ("table", [["Candidat", "Prix unitaire HT (repas élémentaire)", "Décomposition communiquée", "Note globale"],
               ["Sodexo (agence de Tours)", "3,18 €", "Denrées 1,41 € ; main-d'œuvre 0,96 € ; transport 0,22 € ; frais de structure et marge 0,59 €", "14,2"],
               ["API Restauration", "3,02 €", "Denrées 1,38 € ; main-d'œuvre 0,89 € ; transport 0,25 € ; marge 0,50 €", "15,6"],
               ["SCIC Les Cuisines de Loire", "3,35 €", "Denrées 1,72 € (dont 52 % bio, contrats pluriannuels avec 14 producteurs nommés en annexe) ; main-d'œuvre 1,12 € ; marge 0,18 €", "15,1"]]),
    ("p", "Observation : la SCIC indique dans son mémoire une méthode de cuisson basse température de nuit qui réduit de 30 % sa consommation énergétique ; elle demande expressément que ce procédé et la liste de ses fournisseurs ne soient pas communiqués aux autres candidats."),
    ("p", "Proposition : attribution à API Restauration. Le rapport est soumis à la commission d'appel d'offres du 6 juin."),
]

HTML["s098_dossier_aide_entreprise.html"] = ("Dossier de demande d'aide – immobilier d'entreprise", """
<header><p>Communauté de communes du Haut-Jura – Service développement économique</p></header>
<main>
<h1>Demande d'aide à l'investissement immobilier – SAS Lunetterie Mortier</h1>
<p>Projet : extension de l'atelier de Morez (600 m²), coût 1,2 M€ HT. Aide sollicitée : 120 000 €.</p>
<h2>Éléments financiers fournis par l'entreprise</h2>
<table>
<tr><th>Indicateur</th><th>N-2</th><th>N-1</th></tr>
<tr><td>Chiffre d'affaires</td><td>4,8 M€</td><td>5,6 M€</td></tr>
<tr><td>Marge brute</td><td>41 %</td><td>44 %</td></tr>
<tr><td>Résultat net</td><td>212 k€</td><td>308 k€</td></tr>
<tr><td>Part du premier client (Optic 2000)</td><td>38 %</td><td>35 %</td></tr>
</table>
<h2>Note de l'entreprise</h2>
<p>Notre avantage repose sur un procédé d'injection d'acétate recyclé mis au point avec le lycée Victor-Bérard, non breveté, qui ramène le coût d'une monture à 6,40 € contre 9 € chez nos concurrents italiens. Nous négocions actuellement un contrat de 40 000 montures par an avec une enseigne allemande, qui justifie l'extension. Ces informations sont confidentielles et ne doivent figurer ni dans la délibération ni dans la presse.</p>
<p>Instruction : M. Bourgeois, chargé de mission – avis favorable.</p>
</main>
""")

HTML["s099_revue_presse.html"] = ("Revue de presse du 14 mars", """
<header><p>Ville de Brest – Service communication – Revue de presse quotidienne (intranet)</p></header>
<main>
<h1>Revue de presse – jeudi 14 mars</h1>
<h2>Le Télégramme – « Le tram de la rive droite ne passera pas avant 2028 »</h2>
<p class="source">Par Yann Le Calvez – Le Télégramme, édition de Brest, 14 mars, page 7</p>
<p>C'était l'une des promesses du mandat. Elle devra attendre. Réunis mardi soir en commission, les élus de Brest métropole ont pris acte du nouveau calendrier de la deuxième ligne de tramway : la mise en service, espérée en 2026, est repoussée à la fin 2028.</p>
<p>En cause, selon le vice-président chargé des mobilités, « des découvertes de réseaux anciens plus importantes que prévu » sous la rue Jean-Jaurès et la hausse du coût des matériaux, qui ajoute 34 millions d'euros à l'enveloppe. Les commerçants du quartier Saint-Martin, qui attendent la fin des travaux, ne cachent pas leur agacement. « On nous avait dit dix-huit mois. On en est à trois ans », lâche Nadine, qui tient une boulangerie rue Massillon depuis vingt ans.</p>
<p>L'opposition municipale dénonce « une gestion à l'aveugle » et réclame un audit. La majorité répond que le chantier « reste dans l'épure des grands projets comparables ». Une réunion publique est prévue le 28 mars à la mairie de quartier de Bellevue.</p>
<p class="copyright">© Le Télégramme – reproduction et diffusion interdites sans autorisation. Article reproduit intégralement pour usage interne. Photo : © Le Télégramme / Claude Prigent.</p>
</main>
""")

DOCX["s100_dossier_presse_festival.docx"] = [
    ("title", "FESTIVAL DES VIEILLES CHARRUES – Communauté de communes de Haute-Cornouaille"),
    ("p", "Bilan de la saison – annexe 3 : retombées médiatiques (document de travail pour le conseil communautaire)"),
    ("p", "Extrait reproduit : « Carhaix, capitale d'un été » – Ouest-France, 22 juillet, par Gwénola Le Men"),
    ("p", "« Ils étaient 280 000 sur quatre jours, un record, et pas une seule minute de pluie. Dimanche soir, quand les derniers accords ont résonné sur la scène Glenmor, les bénévoles se sont serrés dans les bras comme après une victoire en finale. À Carhaix, le festival n'est pas un événement : c'est une saison, une économie, une fierté. Les boulangers ont triplé leur production, les campings affichent complet depuis mars, et le maire assure que « chaque euro de subvention en rapporte huit au territoire »."),
    ("p", "« Pourtant, derrière la fête, la question du transport reste entière. Les navettes depuis Morlaix et Quimper ont été prises d'assaut, et certains festivaliers ont attendu plus de deux heures sur la route de Plounévézel. Les organisateurs promettent une refonte du plan de circulation pour l'an prochain. »"),
    ("p", "Texte intégral de l'article © Ouest-France – tous droits réservés. Photographie de une : © Vincent Mouchel / Ouest-France, reproduite sans licence dans la présente annexe."),
    ("table", [["Média", "Nombre de sujets", "Tonalité"],
               ["Presse quotidienne régionale", "64", "Très positive"],
               ["Télévision nationale", "11", "Positive"],
               ["Radio", "23", "Positive"]]),
]

DOCX["p036_pv_conseil_municipal.docx"] = [
    ("title", "COMMUNE DE CHÂTEAUBRIANT – Procès-verbal du conseil municipal"),
    ("p", "Séance du lundi 23 septembre, 19 h – Présidence : M. Alain Hunault, maire. Présents : 27 ; pouvoirs : 4."),
    ("p", "1. Décision modificative n° 2 du budget principal : adoptée (4 voix contre)."),
    ("p", "2. Convention avec le Département pour le service de transport à la demande : adoptée à l'unanimité."),
    ("p", "3. Tarifs de la piscine intercommunale : adoptés."),
    ("p", "4. Questions diverses"),
    ("p", "Un conseiller de l'opposition interroge le maire sur l'ouverture d'un centre d'accueil de demandeurs d'asile dans l'ancienne gendarmerie de la route de Nantes. Le maire indique que l'État a retenu le projet de l'association Coallia pour 40 places, destinées à des familles, avec une ouverture prévue en janvier. Les enfants seront scolarisés dans les écoles de la commune ; l'inspection académique a prévu l'ouverture d'une unité pédagogique pour élèves allophones. Une réunion publique d'information aura lieu le 10 octobre à la salle de la Charpenterie, en présence du sous-préfet et de la directrice de l'association."),
    ("p", "Une conseillère demande où en est la maison de santé pluriprofessionnelle : les travaux s'achèveront en mars ; deux médecins généralistes, un psychiatre à temps partiel et une équipe de soins infirmiers s'y installeront."),
    ("table", [["Vote", "Pour", "Contre", "Abstention"],
               ["Décision modificative n° 2", "27", "4", "0"],
               ["Convention transport", "31", "0", "0"],
               ["Tarifs piscine", "29", "0", "2"]]),
    ("p", "Séance levée à 21 h 10. Le secrétaire de séance, M. Roussel."),
]

DOCX["p037_tableau_subventions.docx"] = [
    ("title", "DÉPARTEMENT DE LA SEINE-MARITIME – Commission permanente du 4 mars"),
    ("p", "Rapport n° 3.12 – Soutien aux associations de santé, de solidarité et de patrimoine – programmation"),
    ("p", "Il est proposé à la commission permanente d'attribuer les subventions suivantes au titre de l'exercice :"),
    ("table", [["Association", "Objet de l'action", "Montant"],
               ["France Alzheimer Seine-Maritime", "Haltes-relais pour les aidants à Dieppe et Fécamp", "12 000 €"],
               ["AIDES Normandie", "Dépistage rapide du VIH hors les murs", "9 500 €"],
               ["Centre LGBTI de Normandie", "Permanences d'écoute et accompagnement des jeunes", "6 000 €"],
               ["Association Addictions France", "Prévention en milieu festif (festivals d'été)", "15 000 €"],
               ["Fondation de l'Armée du Salut", "Accueil de jour pour personnes sans domicile, Rouen", "20 000 €"],
               ["Association culturelle israélite de Rouen", "Journées européennes du patrimoine – ouverture de la synagogue et du Monument juif", "3 000 €"],
               ["Amis de l'abbaye de Jumièges", "Concerts dans l'abbatiale", "4 500 €"]]),
    ("p", "Total de la programmation : 70 000 €, imputés sur les crédits du chapitre 65."),
    ("p", "La commission permanente, après en avoir délibéré, adopte le rapport à l'unanimité des suffrages exprimés."),
]

DOCX["p038_guide_droit_syndical.docx"] = [
    ("title", "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DE L'ISÈRE"),
    ("p", "Fiche pratique : l'exercice du droit syndical dans les collectivités – mise à jour"),
    ("p", "Le droit syndical est garanti aux agents publics. Les agents peuvent librement créer des organisations syndicales, y adhérer et y exercer des mandats. L'appartenance syndicale ne peut être mentionnée dans aucun document administratif relatif à l'agent ni être prise en compte pour son avancement."),
    ("table", [["Moyen", "Bénéficiaires", "Règle"],
               ["Décharge d'activité de service", "Agents désignés par les organisations", "Crédit de temps calculé selon l'effectif de la collectivité et réparti selon les résultats des élections"],
               ["ASA article 16", "Représentants mandatés", "Congrès et réunions des organismes directeurs : 10 jours par an (20 pour les organisations nationales)"],
               ["ASA article 18", "Membres des instances", "Durée de la réunion, plus délais de route et de préparation"],
               ["Heure mensuelle d'information", "Tous les agents", "Une heure par mois, cumulable par trimestre"],
               ["Congé de formation syndicale", "Tous les agents", "12 jours ouvrables par an"]]),
    ("p", "La demande d'autorisation d'absence est présentée au moins trois jours à l'avance, avec la convocation de l'organisation syndicale."),
    ("p", "Renseignements : service juridique du centre de gestion."),
]

DOCX["p039_rapport_ase_chiffres.docx"] = [
    ("title", "DÉPARTEMENT DU PAS-DE-CALAIS – Observatoire départemental de la protection de l'enfance"),
    ("p", "Rapport annuel – synthèse des chiffres clés présentée à la commission Enfance et famille"),
    ("table", [["Indicateur", "Année N-1", "Année N"],
               ["Informations préoccupantes reçues par la CRIP", "9 870", "10 420"],
               ["Dont transmises à l'autorité judiciaire", "2 310", "2 460"],
               ["Mineurs bénéficiant d'une mesure d'AEMO", "4 120", "4 280"],
               ["Enfants confiés à l'ASE", "6 950", "7 110"],
               ["Dont accueillis chez un assistant familial", "58 %", "56 %"],
               ["Jeunes majeurs accompagnés (contrat jeune majeur)", "1 140", "1 290"],
               ["Mineurs non accompagnés pris en charge", "610", "540"]]),
    ("p", "Faits marquants : création de 120 places en maisons d'enfants à caractère social ; recrutement de 35 assistants familiaux, dont la pyramide des âges reste préoccupante (48 % ont plus de 55 ans) ; ouverture d'une unité d'accueil pédiatrique enfants en danger au CH de Lens."),
    ("p", "Orientations : renforcement de la prévention spécialisée, expérimentation de l'accueil familial thérapeutique, développement du parrainage."),
    ("p", "Document présenté par Mme Blandine Drain, vice-présidente en charge de l'enfance et de la famille."),
]

DOCX["p040_statistiques_absenteisme.docx"] = [
    ("title", "COLLÈGE ANATOLE-FRANCE – MONTBÉLIARD"),
    ("p", "Tableau de bord de la vie scolaire – 1er trimestre – présenté au conseil d'administration du 30 janvier"),
    ("table", [["Niveau", "Effectif", "Taux d'absentéisme", "Élèves > 4 demi-journées/mois non justifiées", "Signalements DSDEN"],
               ["6e", "168", "4,1 %", "5", "1"],
               ["5e", "172", "5,3 %", "8", "2"],
               ["4e", "159", "6,8 %", "12", "3"],
               ["3e", "161", "7,2 %", "14", "4"]]),
    ("p", "Analyse : l'absentéisme augmente avec le niveau. Les motifs déclarés par les familles sont majoritairement médicaux ; l'infirmière constate une hausse des situations d'anxiété scolaire, qui concernent une dizaine d'élèves suivis avec les familles et les services de soins."),
    ("p", "Actions : groupe de prévention du décrochage scolaire (GPDS) réuni tous les quinze jours ; appel systématique des familles dès la première heure d'absence ; partenariat avec la Maison des adolescents pour des permanences au collège."),
    ("p", "Le conseil d'administration prend acte du tableau de bord."),
]

DOCX["p041_convention_mise_a_disposition.docx"] = [
    ("title", "VILLE DE MULHOUSE – Convention de mise à disposition de locaux"),
    ("p", "Entre la Ville de Mulhouse, représentée par son adjointe déléguée à la vie associative, et l'association Alcool Assistance – section de Mulhouse, représentée par son président, ci-après « l'association »."),
    ("p", "Article 1 – Objet : la Ville met à disposition de l'association, à titre gratuit, la salle n° 4 de la Maison des associations, 100 avenue de Colmar, pour l'organisation de ses groupes de parole hebdomadaires et de ses permanences d'accueil des personnes en difficulté avec l'alcool et de leur entourage."),
    ("table", [["Créneau", "Activité"],
               ["Mardi 18 h 30 – 20 h 30", "Groupe de parole"],
               ["Jeudi 14 h – 17 h", "Permanence d'accueil et d'information"],
               ["1er samedi du mois 10 h – 12 h", "Réunion des familles et de l'entourage"]]),
    ("p", "Article 2 – Confidentialité : la salle est équipée d'un store occultant ; aucun affichage nominatif n'est effectué dans le hall."),
    ("p", "Article 3 – Durée : un an, renouvelable par reconduction expresse."),
    ("p", "Article 4 – Assurance : l'association justifie d'une assurance responsabilité civile."),
    ("p", "Fait à Mulhouse, le 5 février, en deux exemplaires."),
]

DOCX["p042_tableau_permanences.docx"] = [
    ("title", "CENTRE SOCIAL DU VAL D'ARGENT – Permanences des partenaires"),
    ("p", "Programme du 1er semestre – affiché dans le hall et publié sur le site de la commune"),
    ("table", [["Partenaire", "Thème", "Jour et horaire"],
               ["CIDFF", "Droits des femmes et des familles, violences conjugales, séparation", "Lundi 9 h – 12 h"],
               ["ADIL", "Logement : impayés, expulsions, litiges locatifs", "2e mardi du mois 14 h – 17 h"],
               ["France Services", "CAF, CPAM, ANTS, impôts", "Du mardi au vendredi"],
               ["Cimade", "Droit des étrangers : titres de séjour, asile, naturalisation", "Mercredi 14 h – 17 h"],
               ["CSAPA (Addictions France)", "Consultation avancée alcool, tabac, cannabis", "Jeudi 10 h – 12 h"],
               ["Point conseil budget", "Surendettement, budget", "Vendredi 9 h – 12 h"],
               ["Délégué du Défenseur des droits", "Discriminations, litiges avec les services publics", "1er vendredi du mois"]]),
    ("p", "Toutes les permanences sont gratuites et confidentielles. Rendez-vous à l'accueil du centre social ou au 03 xx xx xx 20."),
]

DOCX["p043_bilan_clspd.docx"] = [
    ("title", "CONSEIL LOCAL DE SÉCURITÉ ET DE PRÉVENTION DE LA DÉLINQUANCE – VILLE DE CREIL"),
    ("p", "Séance plénière du 12 juin – Relevé de conclusions"),
    ("p", "Présidence : M. le Maire. Participants : sous-préfet, procureur de la République de Senlis, commissaire de police, Éducation nationale, bailleurs, associations de prévention."),
    ("table", [["Indicateur (12 derniers mois)", "Valeur", "Évolution"],
               ["Atteintes volontaires à l'intégrité physique", "612", "+ 4 %"],
               ["Cambriolages de logements", "298", "- 11 %"],
               ["Vols liés aux véhicules", "421", "- 7 %"],
               ["Infractions à la législation sur les stupéfiants", "355", "+ 9 %"],
               ["Violences intrafamiliales enregistrées", "287", "+ 12 %"],
               ["Mineurs mis en cause", "19 % des mis en cause", "stable"]]),
    ("p", "Le procureur rappelle la priorité donnée au traitement des violences intrafamiliales (téléphones grave danger, bracelets anti-rapprochement) et présente le développement des travaux d'intérêt général dans les services municipaux."),
    ("p", "Décisions : renouvellement de la cellule de veille pour les quartiers Rouher et Plateau ; extension des horaires des éducateurs de prévention spécialisée."),
]

DOCX["p044_compte_rendu_menus.docx"] = [
    ("title", "VILLE DE MONTFERMEIL – Restauration scolaire"),
    ("p", "Compte rendu de la commission des menus – jeudi 19 septembre"),
    ("p", "Présents : Mme Lefort (adjointe aux affaires scolaires), Mme Dubreuil (diététicienne), M. Gomes (responsable restauration), 6 représentants de parents."),
    ("p", "1. Menus de rentrée : validés, avec un repas à thème « semaine du goût » le 10 octobre."),
    ("p", "2. Régimes et substitutions : la commission rappelle les règles en vigueur, qui s'appliquent à toutes les familles :"),
    ("table", [["Situation", "Réponse du service"],
               ["Allergie ou intolérance alimentaire", "Projet d'accueil individualisé ; panier-repas possible"],
               ["Repas sans porc", "Plat de substitution systématique"],
               ["Repas sans viande", "Menu végétarien sur inscription annuelle"],
               ["Prescriptions religieuses spécifiques (viande halal ou casher)", "Non proposées, conformément au principe de neutralité ; le menu végétarien reste possible"]]),
    ("p", "3. Gaspillage : les tables de tri sont en service dans 6 écoles."),
    ("p", "4. Questions diverses : un représentant demande davantage de poisson issu de la pêche durable ; étude en cours."),
]

DOCX["p045_appel_candidatures_expo.docx"] = [
    ("title", "RÉSEAU DES MÉDIATHÈQUES DE RENNES MÉTROPOLE"),
    ("p", "Appel à participation – Mois des fiertés : « Nos histoires, nos visages »"),
    ("p", "À l'occasion du Mois des fiertés en juin, le réseau des médiathèques organise une exposition participative consacrée à l'histoire des luttes et des cultures LGBTQIA+ en Bretagne, en partenariat avec le Centre gay lesbien bi et trans de Rennes et les archives municipales."),
    ("p", "Nous invitons les associations, collectifs, artistes et établissements scolaires à proposer :"),
    ("table", [["Type de contribution", "Format", "Date limite"],
               ["Documents d'archives associatives (affiches, tracts, journaux)", "Prêt ou numérisation", "15 mars"],
               ["Œuvres plastiques ou photographiques", "Format maximum 100 × 70 cm", "1er avril"],
               ["Animations (lectures, ateliers, projections)", "Proposition écrite d'une page", "1er avril"]]),
    ("p", "Les témoignages individuels ne seront exposés qu'avec l'accord écrit des personnes et sous la forme qu'elles choisiront (prénom, pseudonyme ou anonymat)."),
    ("p", "Un comité de sélection réunissant les bibliothécaires et les partenaires se réunira en avril. Contact : mediatheques-action-culturelle@rennesmetropole.fr"),
]

HTML["p046_faq_logement_social.html"] = ("Demander un logement social – questions fréquentes", """
<nav>Accueil &gt; Logement &gt; Demande de logement social</nav>
<h1>Demander un logement social : vos questions</h1>
<h2>Qui peut faire une demande ?</h2>
<p>Toute personne de nationalité française ou étrangère en situation régulière, dont les ressources ne dépassent pas les plafonds réglementaires. La demande est enregistrée en ligne sur le portail national ou au guichet du service logement.</p>
<h2>Qui est prioritaire ?</h2>
<p>La loi fixe des publics prioritaires, notamment :</p>
<ul>
<li>les personnes en situation de handicap ou les familles ayant à leur charge une personne handicapée ;</li>
<li>les personnes mal logées, hébergées chez un tiers ou sans domicile ;</li>
<li>les personnes victimes de violences conjugales ou menacées de mariage forcé ;</li>
<li>les personnes menacées d'expulsion sans relogement ;</li>
<li>les personnes sortant d'un hébergement ou d'un établissement pénitentiaire et en démarche d'insertion.</li>
</ul>
<h2>Combien de temps faut-il attendre ?</h2>
<p>Dans notre commune, le délai moyen est de 22 mois. Au-delà du délai anormalement long fixé dans le département (36 mois), vous pouvez saisir la commission de médiation DALO.</p>
<table>
<tr><th>Typologie</th><th>Demandes en attente</th><th>Attributions l'an dernier</th></tr>
<tr><td>T1 – T2</td><td>1 240</td><td>188</td></tr>
<tr><td>T3</td><td>980</td><td>214</td></tr>
<tr><td>T4 et plus</td><td>610</td><td>97</td></tr>
</table>
<p>Contact : service logement, 1er étage de l'hôtel de ville, du lundi au vendredi.</p>
""")

HTML["p047_actualite_sida.html"] = ("1er décembre : dépistage gratuit", """
<article>
<h1>Journée mondiale de lutte contre le sida : dépistage gratuit et anonyme le 1er décembre</h1>
<p class="date">Publié le 20 novembre – Actualités de la Ville de Montpellier</p>
<p>À l'occasion de la Journée mondiale de lutte contre le sida, la Ville, le CeGIDD du CHU de Montpellier et l'association AIDES organisent une journée de dépistage gratuit, anonyme et sans rendez-vous le dimanche 1er décembre, de 10 h à 18 h, place de la Comédie.</p>
<p>Des tests rapides d'orientation diagnostique (TROD) du VIH, de l'hépatite C et de la syphilis seront proposés, avec un résultat en 20 minutes. Des professionnels présenteront aussi la PrEP, le traitement préventif du VIH, et les autotests disponibles en pharmacie.</p>
<h2>Quelques chiffres</h2>
<ul>
<li>en France, environ 5 000 personnes découvrent chaque année leur séropositivité ;</li>
<li>près d'un quart sont diagnostiquées à un stade avancé de l'infection ;</li>
<li>en Occitanie, le nombre de dépistages a progressé de 12 % en deux ans.</li>
</ul>
<p>Le soir, l'hôtel de ville sera illuminé en rouge et une lecture des noms du mémorial du Patchwork des noms aura lieu au Pavillon populaire.</p>
<p>« Se faire dépister, c'est se protéger et protéger les autres », rappelle l'adjoint délégué à la santé.</p>
</article>
""")

HTML["p048_ceremonie_citoyennete.html"] = ("Cérémonie d'accueil dans la citoyenneté française", """
<article>
<h1>62 nouveaux Français accueillis en préfecture</h1>
<p class="date">Publié le 15 mars – Préfecture de l'Hérault</p>
<p>Le préfet de l'Hérault a présidé jeudi, dans les salons de l'hôtel de préfecture, une cérémonie d'accueil dans la citoyenneté française. 62 personnes, originaires de 27 pays, ont reçu leur décret de naturalisation ou leur déclaration de nationalité, en présence de parlementaires et de maires du département.</p>
<p>Après la projection d'un film sur les valeurs de la République, chacun des nouveaux citoyens a reçu la charte des droits et devoirs du citoyen français. La cérémonie s'est achevée par La Marseillaise, interprétée par la chorale du lycée Joffre.</p>
<h2>La naturalisation en chiffres dans l'Hérault</h2>
<table>
<tr><th>Mode d'acquisition</th><th>Nombre (année écoulée)</th></tr>
<tr><td>Naturalisation par décret</td><td>1 420</td></tr>
<tr><td>Déclaration à raison du mariage</td><td>380</td></tr>
<tr><td>Déclaration des ascendants ou frères et sœurs de Français</td><td>45</td></tr>
</table>
<p>Les principaux pays d'origine sont le Maroc, l'Algérie, la Tunisie, la Turquie et le Portugal. Le délai moyen d'instruction est de 14 mois.</p>
<p>Prochaine cérémonie : 13 juin.</p>
</article>
""")

HTML["p049_intranet_elections.html"] = ("Élections professionnelles – résultats", """
<header><p>Conseil départemental de la Gironde – Intranet – Actualités RH</p></header>
<main>
<h1>Élections professionnelles : les résultats</h1>
<p>Le dépouillement du scrutin électronique s'est achevé le 8 décembre à 17 h. La participation s'établit à 44,6 %, en hausse de trois points.</p>
<table>
<tr><th>Organisation syndicale</th><th>Voix</th><th>%</th><th>Sièges au CST</th></tr>
<tr><td>CGT</td><td>1 842</td><td>31,2</td><td>5</td></tr>
<tr><td>FO</td><td>1 310</td><td>22,2</td><td>3</td></tr>
<tr><td>CFDT</td><td>1 190</td><td>20,2</td><td>3</td></tr>
<tr><td>SUD</td><td>880</td><td>14,9</td><td>2</td></tr>
<tr><td>UNSA</td><td>681</td><td>11,5</td><td>2</td></tr>
</table>
<p>Les listes des élus titulaires et suppléants sont affichées dans chaque site. Le comité social territorial sera installé le 17 janvier.</p>
<p>Les permanences syndicales reprennent en janvier ; les horaires des locaux syndicaux figurent dans l'annuaire. Chaque agent peut assister à l'heure mensuelle d'information syndicale sur son temps de travail, après en avoir informé son responsable.</p>
<p>La direction remercie les agents qui ont tenu les bureaux de vote.</p>
</main>
""")

HTML["p050_portail_aides_ccas.html"] = ("Les aides du CCAS", """
<nav>Accueil &gt; Solidarités &gt; Aides du CCAS</nav>
<h1>Les aides facultatives du CCAS de Vierzon</h1>
<p>Le centre communal d'action sociale peut apporter une aide ponctuelle aux habitants de Vierzon qui traversent une difficulté financière, en complément des dispositifs légaux (RSA, FSL, aides de la CAF).</p>
<table>
<tr><th>Aide</th><th>Pour quoi ?</th><th>Montant</th></tr>
<tr><td>Secours d'urgence</td><td>Alimentation, hygiène, factures d'énergie</td><td>jusqu'à 200 €</td></tr>
<tr><td>Prêt sans intérêt</td><td>Réparation d'un véhicule, caution, frais de santé</td><td>jusqu'à 800 €</td></tr>
<tr><td>Bons alimentaires</td><td>Épicerie solidaire</td><td>50 € par bon</td></tr>
<tr><td>Aide à la cantine</td><td>Familles aux revenus modestes</td><td>selon quotient</td></tr>
</table>
<h2>Comment en bénéficier ?</h2>
<p>Prenez rendez-vous avec un travailleur social au 02 xx xx xx 10. Votre demande sera présentée, de manière anonyme, à la commission permanente qui se réunit chaque mois. La décision vous est notifiée par courrier.</p>
<h2>En chiffres</h2>
<p>L'an dernier, 612 aides ont été accordées pour un montant de 96 000 €. 38 % des bénéficiaires étaient des familles monoparentales et 21 % des retraités.</p>
""")


def main() -> None:
    write_set(OUT, DOCX, HTML, FIXED)


if __name__ == "__main__":
    main()
