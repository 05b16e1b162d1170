"""Build the .docx and .html documents of the dev6 sensitivity set.

Run from the repository root: ``.venv/bin/python bench/sensitivity/build_dev6_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev6"
FIXED = dt.datetime(2024, 6, 1, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {
    "s050_arrete_conge_longue_maladie.docx": [
        ("title", "COMMUNE DE SAINT-LÔ"),
        ("p", "Arrêté n° RH-2024-214 portant placement en congé de longue maladie"),
        ("p", "Le Maire de la commune de Saint-Lô,"),
        ("p", "Vu le code général de la fonction publique, notamment ses articles L. 822-6 et suivants ;"),
        ("p", "Vu le décret n° 87-602 du 30 juillet 1987 relatif à l'organisation des conseils médicaux et au régime des congés de maladie des fonctionnaires territoriaux ;"),
        ("p", "Vu la demande présentée le 4 mars par Mme Valérie HAMELIN, ATSEM principale de 1re classe, affectée à l'école maternelle Calmette, accompagnée du certificat de son médecin traitant ;"),
        ("p", "Vu l'avis favorable du conseil médical départemental de la Manche en formation restreinte du 16 avril, estimant que l'affection dont l'intéressée est atteinte la met dans l'impossibilité d'exercer ses fonctions, présente un caractère invalidant et de gravité confirmée et nécessite un traitement et des soins prolongés ;"),
        ("p", "ARRÊTE"),
        ("p", "Article 1 : Mme Valérie Hamelin est placée en congé de longue maladie, à plein traitement, du 12 janvier au 11 juillet inclus."),
        ("p", "Article 2 : Les arrêts de maladie ordinaire accordés depuis le 12 janvier sont requalifiés en congé de longue maladie ; les retenues effectuées au titre du demi-traitement lui seront remboursées."),
        ("p", "Article 3 : L'intéressée pourra solliciter le renouvellement de ce congé ; une reprise à temps partiel thérapeutique pourra être examinée à l'issue."),
        ("p", "Article 4 : Le directeur général des services est chargé de l'exécution du présent arrêté, qui sera notifié à l'intéressée et transmis au comptable public. Ampliation : dossier individuel (sous pli confidentiel)."),
        ("p", "Recours : tribunal administratif de Caen, dans un délai de deux mois à compter de la notification."),
        ("p", "Fait à Saint-Lô, le 22 avril. Le Maire."),
        ("p", "Notifié le ………… Signature de l'agent :"),
    ],
    "s051_bulletin_casier_recrutement.docx": [
        ("title", "VILLE DE CHOLET – Direction des ressources humaines"),
        ("p", "NOTE CONFIDENTIELLE à l'attention de M. le Directeur général des services"),
        ("p", "Objet : recrutement d'un animateur périscolaire – candidat M. Nicolas BERNIER"),
        ("p", "Dans le cadre du recrutement sur le poste d'animateur périscolaire au groupe scolaire Jean-Monnet, nous avons, comme pour tout poste en contact avec des mineurs, consulté le fichier judiciaire automatisé des auteurs d'infractions sexuelles ou violentes (réponse négative) et demandé le bulletin n° 2 du casier judiciaire du candidat retenu par le jury."),
        ("p", "Le bulletin n° 2 reçu le 12 juin porte la mention suivante :"),
        ("table", [["Date", "Juridiction", "Nature de l'infraction", "Peine"],
                   ["14/11/2019", "Tribunal correctionnel d'Angers", "Conduite d'un véhicule sous l'empire d'un état alcoolique – récidive", "4 mois d'emprisonnement avec sursis, annulation du permis"],
                   ["03/05/2021", "Tribunal correctionnel d'Angers", "Usage illicite de stupéfiants", "Amende de 300 €"]]),
        ("p", "Lors de l'entretien complémentaire du 14 juin, M. Bernier a reconnu les faits, indiqué avoir suivi des soins pendant deux ans et avoir récupéré son permis en 2022. Il n'a jamais travaillé avec des enfants sans encadrement."),
        ("p", "Analyse : les condamnations ne sont pas incompatibles par nature avec les fonctions d'animateur, mais le poste comporte la conduite occasionnelle du minibus. Je propose soit de recruter M. Bernier sans fonction de conduite, soit de retenir le deuxième candidat classé par le jury, Mme Inès Carvalho."),
        ("p", "Merci de votre arbitrage avant le 21 juin. Cette note ne doit pas être versée au dossier de consultation du jury."),
        ("p", "La directrice des ressources humaines, Marie-Pierre Gaudin"),
    ],
    "s052_tig_convention_individuelle.docx": [
        ("title", "SERVICE PÉNITENTIAIRE D'INSERTION ET DE PROBATION DE LA SARTHE – Antenne du Mans"),
        ("p", "FICHE DE POSITIONNEMENT – TRAVAIL D'INTÉRÊT GÉNÉRAL"),
        ("p", "Structure d'accueil : Commune d'Allonnes – services techniques, 1 rue du Petit-Bois"),
        ("p", "Tuteur désigné : M. Gilles Chevallier, responsable du service espaces verts"),
        ("table", [["Personne placée", "M. Hugo LAUNAY, né le 22/09/2001, demeurant au Mans"],
                   ["Juridiction", "Tribunal correctionnel du Mans, jugement du 6 février"],
                   ["Infraction", "Vol en réunion et dégradations de biens publics (abribus)"],
                   ["Peine", "Travail d'intérêt général de 105 heures, délai d'exécution 18 mois"],
                   ["Conseillère SPIP", "Mme Claire Besnard, CPIP"]]),
        ("p", "Horaires convenus : lundi et mardi, 8 h – 12 h, à compter du 4 mars, jusqu'à réalisation des 105 heures."),
        ("p", "Éléments portés à la connaissance du tuteur : M. Launay est actuellement en recherche d'emploi et suivi par la mission locale ; il a un traitement de substitution délivré en pharmacie, qui n'empêche pas le travail physique mais peut justifier un retard ponctuel le lundi. Il ne doit pas être affecté à des tâches de conduite."),
        ("p", "Le tuteur signale sans délai au SPIP toute absence, tout retard répété ou tout incident. Les heures réalisées sont reportées sur la fiche de présence transmise chaque mois."),
        ("p", "Les informations figurant sur cette fiche sont couvertes par le secret professionnel et ne doivent pas être communiquées aux autres agents de la structure."),
        ("p", "Signatures : la conseillère pénitentiaire d'insertion et de probation – le tuteur – la personne placée"),
    ],
    "s053_cr_equipe_educative_pap.docx": [
        ("title", "ÉCOLE ÉLÉMENTAIRE DU CENTRE – FORT-DE-FRANCE"),
        ("p", "Compte rendu d'équipe éducative – réunion du 13 mars"),
        ("p", "Élève : Jade CÉLESTINE-NOËL, CM1, née le 07/12/2014"),
        ("p", "Présents : Mme Rosemond (directrice), M. Jean-Baptiste (enseignant), Mme Céleste Célestine (mère), Mme Lubin (psychologue de l'Éducation nationale), Mme Éloi (médecin scolaire). Le père, M. Noël, résidant en Guadeloupe depuis la séparation, a été informé et n'a pas pu se connecter."),
        ("p", "Constats de l'enseignant : lenteur importante à l'écrit, fatigue en fin de matinée, difficultés de concentration, bonne participation orale. Jade dit qu'elle « ne dort pas bien chez tatie », chez qui elle vit la semaine depuis que sa mère travaille de nuit au CHU."),
        ("p", "Éléments apportés par la psychologue : bilan réalisé en février ; efficience intellectuelle dans la norme, fragilité importante de la mémoire de travail ; une anxiété marquée est apparue depuis le départ du père."),
        ("p", "Éléments apportés par le médecin scolaire : un bilan orthophonique a confirmé un trouble spécifique du langage écrit ; un suivi au CMPP est proposé."),
        ("table", [["Décision", "Responsable", "Échéance"],
                   ["Mise en place d'un plan d'accompagnement personnalisé (PAP)", "Directrice / médecin scolaire", "Avril"],
                   ["Rééducation orthophonique deux fois par semaine", "Famille", "Dès que possible"],
                   ["Prise de contact avec le CMPP de Fort-de-France", "Mère", "Avant les vacances"],
                   ["Aides en classe : textes agrandis, dictées aménagées, temps supplémentaire", "Enseignant", "Immédiat"]]),
        ("p", "Prochaine réunion : juin. Compte rendu remis à la famille ; non transmis en dehors de l'équipe."),
    ],
    "p038_guide_protection_majeurs.docx": [
        ("title", "UDAF DU CALVADOS – Service information et soutien aux tuteurs familiaux"),
        ("p", "Guide pratique : protéger un proche majeur vulnérable"),
        ("p", "Quand une personne ne peut plus pourvoir seule à ses intérêts en raison d'une altération de ses facultés mentales ou corporelles, plusieurs solutions existent. Le juge des contentieux de la protection choisit la mesure la moins contraignante possible."),
        ("table", [["Mesure", "Pour qui ?", "Ce que fait la personne désignée"],
                   ["Mandat de protection future", "Personne qui anticipe, alors qu'elle est encore en capacité", "Agit selon le mandat signé devant notaire ou sous seing privé"],
                   ["Habilitation familiale", "Personne entourée d'une famille unie", "Un proche représente ou assiste la personne, sans contrôle régulier du juge"],
                   ["Sauvegarde de justice", "Besoin de protection temporaire", "Protection immédiate, pour un an renouvelable une fois"],
                   ["Curatelle", "Personne qui a besoin d'être conseillée ou contrôlée", "Le curateur assiste la personne pour les actes importants"],
                   ["Tutelle", "Personne qui doit être représentée de manière continue", "Le tuteur agit à sa place, sous le contrôle du juge"]]),
        ("p", "Comment saisir le juge ? Par requête adressée au tribunal judiciaire du domicile, accompagnée obligatoirement d'un certificat médical circonstancié établi par un médecin inscrit sur la liste du procureur (coût : 160 €, non remboursé)."),
        ("p", "Le tuteur familial doit-il rendre des comptes ? Oui : sauf dispense, il établit chaque année un compte de gestion et un inventaire du patrimoine dans les trois mois de l'ouverture de la mesure."),
        ("p", "Notre service vous aide gratuitement : permanences à Caen, Lisieux et Vire, aide au remplissage des comptes de gestion, réunions d'information trimestrielles."),
        ("p", "Renseignements : 02 31 xx xx xx – istf@udaf14.fr"),
    ],
    "p039_deliberation_convention_tig.docx": [
        ("title", "COMMUNE DE LANDIVISIAU – Extrait du registre des délibérations"),
        ("p", "Séance du conseil municipal du 14 novembre – Délibération n° 2024-112"),
        ("p", "Objet : renouvellement de l'habilitation de la commune pour l'accueil de personnes condamnées à un travail d'intérêt général"),
        ("p", "Rapporteur : Mme Soizic Guillerm, adjointe chargée de la prévention et de la tranquillité publique"),
        ("p", "Depuis 2018, la commune accueille des personnes condamnées à un travail d'intérêt général (TIG) ou exécutant une mesure de réparation, en lien avec le service pénitentiaire d'insertion et de probation (SPIP) du Finistère et la protection judiciaire de la jeunesse. Au cours des trois dernières années, 19 personnes ont été accueillies, pour un total de 1 540 heures, principalement aux services espaces verts, bâtiments et propreté urbaine. Le taux d'exécution complète des mesures atteint 84 %."),
        ("p", "L'habilitation arrivant à échéance, il est proposé de la renouveler pour cinq postes et de désigner des tuteurs volontaires formés."),
        ("table", [["Poste", "Service", "Nombre de places"],
                   ["Entretien des espaces verts", "Espaces verts", "2"],
                   ["Petits travaux de peinture", "Bâtiments", "1"],
                   ["Nettoyage et désherbage manuel", "Propreté urbaine", "1"],
                   ["Aide au rangement et à la logistique", "Médiathèque", "1"]]),
        ("p", "Le conseil municipal, après en avoir délibéré, à l'unanimité : approuve le renouvellement de la demande d'habilitation ; autorise le Maire à signer la convention avec le SPIP et la PJJ ; charge le Maire de désigner les tuteurs."),
        ("p", "Pour extrait certifié conforme, le Maire. Transmis en préfecture et affiché le 18 novembre."),
    ],
    "p040_guide_conges_maladie_agents.docx": [
        ("title", "CENTRE HOSPITALIER DE VALENCIENNES – Direction des ressources humaines"),
        ("p", "Livret d'accueil des nouveaux professionnels – Chapitre 6 : santé au travail, absences et aménagements"),
        ("p", "6.1 Le service de santé au travail vous reçoit lors de la visite d'information et de prévention, puis périodiquement. Vous pouvez demander à le rencontrer à tout moment. Ses médecins et infirmiers sont tenus au secret médical : votre encadrement ne reçoit que les avis d'aptitude et les aménagements préconisés."),
        ("p", "6.2 Les différents congés pour raison de santé"),
        ("table", [["Congé", "Durée maximale", "Rémunération"],
                   ["Maladie ordinaire", "1 an", "Plein traitement 3 mois, puis demi-traitement"],
                   ["Longue maladie", "3 ans", "Plein traitement 1 an, puis demi-traitement 2 ans"],
                   ["Longue durée", "5 ans", "Plein traitement 3 ans, puis demi-traitement 2 ans"],
                   ["Maternité", "16 semaines (cas général)", "Plein traitement"],
                   ["Accident de service", "Jusqu'à la reprise ou la retraite", "Plein traitement"]]),
        ("p", "6.3 Le temps partiel thérapeutique permet une reprise progressive après un arrêt, sur avis médical."),
        ("p", "6.4 Agents en situation de handicap : la référente handicap de l'établissement vous accompagne, en toute confidentialité, pour l'aménagement de votre poste avec l'aide du FIPHFP."),
        ("p", "6.5 Soutien psychologique : une ligne d'écoute anonyme et gratuite est accessible 24 h/24."),
        ("p", "Contacts : santé au travail, bâtiment A, poste 2240 ; référente handicap, poste 2281."),
    ],
}

HTML: dict[str, tuple[str, str]] = {
    "s054_portail_demande_logement.html": ("Dossier de demande – Espace agent", """
<header><p>Ville de Cergy – Service logement – Espace agent (intranet)</p></header>
<main>
<h1>Dossier n° 095-2024-01873 – Synthèse</h1>
<table>
<tr><th>Demandeur</th><td>Mme Rokia KEÏTA, née le 12/01/1989</td></tr>
<tr><th>Adresse actuelle</th><td>Hébergée chez une amie, 6 place des Arts, Cergy</td></tr>
<tr><th>Composition</th><td>Elle-même et son fils Ibrahim (5 ans)</td></tr>
<tr><th>Titre de séjour</th><td>Carte de séjour temporaire « vie privée et familiale », expire le 30/09 – renouvellement en cours (récépissé)</td></tr>
<tr><th>Ressources</th><td>AAH 1 016 € ; prestations familiales 182 €</td></tr>
<tr><th>Motif</th><td>Hébergée chez un tiers ; logement adapté fauteuil roulant nécessaire</td></tr>
</table>
<h2>Notes de l'agent</h2>
<p>17/04 – Reçue à l'accueil. Mme Keïta se déplace en fauteuil depuis son accident de la route de 2021. L'amie qui l'héberge lui a demandé de partir avant l'été. Le père de l'enfant ne participe pas aux frais et n'a pas de droit de garde.</p>
<p>22/04 – Contact avec l'assistante sociale du Département : dossier de recours DALO en préparation. Attention, le bailleur exige un titre en cours de validité à la signature du bail ; vérifier le récépissé.</p>
<p>30/04 – Pas de logement PMR disponible sur le contingent ville avant septembre.</p>
</main>
<footer><p>Données personnelles – accès réservé aux agents habilités du service logement.</p></footer>
"""),
    "s055_mail_signalement_harcelement.html": ("Signalement – cellule d'écoute", """
<div class="mail">
<p><b>De :</b> Mathieu Carrel &lt;m.carrel@univ-xxx.fr&gt;<br>
<b>À :</b> Cellule de veille et d'écoute – violences sexistes et sexuelles<br>
<b>Date :</b> mardi 19 mars, 18:42<br>
<b>Objet :</b> Signalement</p>
<p>Bonjour,</p>
<p>Je suis ingénieur d'études au laboratoire de géographie depuis trois ans. Je vous écris parce que je ne sais plus à qui m'adresser.</p>
<p>Depuis que mon compagnon est venu me chercher au pot de fin d'année en décembre, un collègue de l'équipe, M. Bertrand Salles, multiplie les remarques devant tout le monde : imitations, « blagues » sur les « gens comme toi », et la semaine dernière il a affiché sur mon bureau une caricature de nous deux. Deux doctorantes (Élise et Camille) ont été témoins et sont prêtes à le confirmer.</p>
<p>Ma responsable, Mme Duhamel, m'a dit de « ne pas dramatiser ». Je n'avais pas parlé de ma vie privée au travail avant cela et je ne souhaite pas que toute l'unité soit au courant.</p>
<p>J'ai consulté mon médecin qui m'a arrêté une semaine. Je voudrais savoir quelles sont mes possibilités, notamment la protection fonctionnelle.</p>
<p>Merci de traiter ce message de manière confidentielle.</p>
<p>Mathieu Carrel</p>
</div>
"""),
    "s056_formulaire_inscription_centre_loisirs.html": ("Inscription accueil de loisirs – fiche sanitaire", """
<h1>Communauté d'agglomération Pau Béarn Pyrénées – Accueils de loisirs</h1>
<h2>Fiche d'inscription et fiche sanitaire de liaison – été</h2>
<form>
<fieldset><legend>Enfant</legend>
<p>Nom : <input value="ETCHEBERRY-LAFONT"> Prénom : <input value="Maïa"> Né(e) le : <input value="21/05/2015"></p>
<p>Accueil : <input value="Centre de loisirs du Hameau – semaines 28 à 31"></p>
</fieldset>
<fieldset><legend>Responsables légaux</legend>
<p>Mère : Mme Laure LAFONT – 3 rue Montpensier, Pau – 06 xx xx xx 21</p>
<p>Père : M. Xabi ETCHEBERRY – 11 chemin d'Ustaritz, Bayonne – 06 xx xx xx 64</p>
<p>Personnes non autorisées à venir chercher l'enfant : <input value="M. Xabi Etcheberry (ordonnance du JAF du 3 mars, copie jointe – droit de visite médiatisé uniquement)"></p>
</fieldset>
<fieldset><legend>Santé</legend>
<p>Traitement en cours : <input value="oui – Ritaline LP 20 mg le matin, pris à la maison"></p>
<p>Allergies : <input value="aucune"></p>
<p>Recommandations des parents : <input value="Maïa est suivie au CMP pour un trouble de l'attention ; elle peut avoir besoin de s'isoler quand il y a trop de bruit. Elle fait encore pipi au lit, prévoir une alèse pour la nuitée du camp."></p>
</fieldset>
<p>Quotient familial CAF : 412 € – tarif T1</p>
<p><input type="checkbox" checked> J'atteste l'exactitude des renseignements. Signature : L. Lafont</p>
</form>
"""),
    "s057_intranet_dossier_biometrie.html": ("Gestion des accès – demande d'enrôlement", """
<h1>Centre pénitentiaire de Mont-de-Marsan – Gestion des accès</h1>
<p class="marking">DIFFUSION RESTREINTE – usage interne</p>
<h2>Demande d'enrôlement biométrique – intervenant extérieur</h2>
<table>
<tr><th>Intervenant</th><td>Mme Solène DARRIGADE, enseignante (Éducation nationale – unité locale d'enseignement)</td></tr>
<tr><th>Date de naissance</th><td>03/10/1986</td></tr>
<tr><th>Habilitation</th><td>Enquête administrative favorable du 02/02</td></tr>
<tr><th>Gabarit</th><td>Empreintes digitales (index droit et gauche) – gabarit n° 00418 enregistré sur la centrale du sas principal</td></tr>
<tr><th>Zones autorisées</th><td>Sas PEP, couloir scolaire, bâtiment B (quartier maison d'arrêt), hors quartier disciplinaire et quartier d'isolement</td></tr>
<tr><th>Horaires</th><td>Lundi au jeudi, 8 h 15 – 17 h</td></tr>
</table>
<p>Observation du chef de détention : l'intervenante doit remettre son badge et son téléphone au PIC à chaque entrée. Le lecteur biométrique du sas 2 présente des défaillances répétées (faux rejets) ; en cas de panne, l'ouverture se fait manuellement par le surveillant du PIC après contrôle visuel.</p>
<p>Durée de conservation du gabarit : jusqu'à la fin de l'affectation.</p>
"""),
    "p041_page_horaires_prefecture.html": ("Accueil des étrangers – Sous-préfecture de Bayonne", """
<nav>Accueil &gt; Démarches administratives &gt; Étrangers en France</nav>
<h1>Accueil des étrangers à la sous-préfecture de Bayonne</h1>
<p>Mis à jour le 2 septembre</p>
<h2>Horaires</h2>
<ul>
<li>Lundi, mardi, jeudi : 9 h – 12 h 30, uniquement sur rendez-vous</li>
<li>Mercredi après-midi : remise des titres de séjour sur convocation</li>
<li>Vendredi : fermé au public</li>
</ul>
<h2>Quelles démarches ?</h2>
<p>Les demandes de titres de séjour pour étudiants, salariés, passeports talent, visiteurs et membres de famille de Français, ainsi que les renouvellements, se font en ligne sur le site de l'ANEF. Les demandes d'asile sont enregistrées au guichet unique de Bordeaux.</p>
<h2>Documents à préparer</h2>
<table>
<tr><th>Document</th><th>Remarque</th></tr>
<tr><td>Passeport</td><td>Pages d'identité et visas</td></tr>
<tr><td>Justificatif de domicile</td><td>Moins de 6 mois ; attestation d'hébergement si vous êtes hébergé</td></tr>
<tr><td>Photographies</td><td>Code e-photo d'un photographe agréé</td></tr>
<tr><td>Titre ou récépissé en cours</td><td>Pour un renouvellement</td></tr>
<tr><td>Timbre fiscal</td><td>Acheté sur timbres.impots.gouv.fr</td></tr>
</table>
<p>Besoin d'aide ? Un point d'accueil numérique est ouvert au rez-de-chaussée. Les associations partenaires proposent aussi un accompagnement gratuit.</p>
"""),
    "p042_actualite_journee_don_sang.html": ("Don du sang – vendredi 15 mars à la salle Saint-Exupéry", """
<article>
<h1>Don du sang : l'EFS vous attend vendredi 15 mars</h1>
<p class="date">Publié le 1er mars – Actualités de la commune de Lunéville</p>
<p>L'Établissement français du sang organise une collecte le vendredi 15 mars de 15 h à 19 h 30, salle Saint-Exupéry, avec le soutien de l'Amicale des donneurs de sang bénévoles de Lunéville.</p>
<p>Les réserves de sang sont actuellement fragiles dans la région Grand Est. Chaque jour, 10 000 dons sont nécessaires en France pour soigner les malades atteints de cancers, les personnes opérées, les accidentés et les femmes qui accouchent.</p>
<h2>Qui peut donner ?</h2>
<ul>
<li>toute personne de 18 à 70 ans, en bonne santé, pesant au moins 50 kg ;</li>
<li>depuis 2022, les critères d'éligibilité sont les mêmes pour tous les donneurs, quelle que soit leur orientation sexuelle ;</li>
<li>un entretien confidentiel avec un médecin précède chaque don.</li>
</ul>
<p>Pensez à bien manger et à bien vous hydrater avant le don. Pièce d'identité obligatoire pour un premier don.</p>
<p>Prise de rendez-vous conseillée sur mon-rdv-dondesang.efs.sante.fr. Une collation est offerte par l'amicale.</p>
</article>
"""),
    "p043_avis_attribution_marche.html": ("Avis d'attribution – marché de collecte des déchets", """
<h1>Avis d'attribution</h1>
<p><b>Acheteur :</b> Syndicat mixte de collecte et de traitement des déchets du Pays de Ploërmel</p>
<p><b>Objet :</b> collecte en porte-à-porte des ordures ménagères et des emballages – 2 lots</p>
<p><b>Procédure :</b> appel d'offres ouvert – avis initial publié au BOAMP et au JOUE</p>
<table>
<tr><th>Lot</th><th>Attributaire</th><th>Montant annuel HT</th><th>Offres reçues</th></tr>
<tr><td>1 – Secteur nord</td><td>SAS Brocéliande Environnement, Mauron</td><td>862 400 €</td><td>3</td></tr>
<tr><td>2 – Secteur sud</td><td>Groupement Veolia Propreté Bretagne / Transports Le Corre</td><td>1 104 900 €</td><td>4</td></tr>
</table>
<p><b>Durée :</b> 4 ans à compter du 1er janvier, sans reconduction.</p>
<p><b>Critères :</b> valeur technique 55 %, prix 35 %, performance environnementale 10 %.</p>
<p><b>Date de la décision :</b> 12 septembre (commission d'appel d'offres).</p>
<p>Les candidats évincés peuvent obtenir communication des motifs du rejet et des caractéristiques de l'offre retenue auprès de l'acheteur. Instance chargée des recours : tribunal administratif de Rennes, 3 contour de la Motte, 35044 Rennes Cedex.</p>
"""),
}


def main() -> None:
    write_set(OUT, DOCX, HTML, FIXED)


if __name__ == "__main__":
    main()
