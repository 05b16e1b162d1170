"""Build the .docx and .html documents of the holdout6 sensitivity set.

Run from the repository root: ``.venv/bin/python bench/sensitivity/build_holdout6_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout6"
FIXED = dt.datetime(2026, 3, 2, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "h", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {}
# Each html: (title, body).
HTML: dict[str, tuple[str, str]] = {}


# ---------------------------------------------------------------- documents

DOCX["s046_grille_evaluation_agent.docx"] = [
    ("title", "Mairie de Chalon-sur-Saône – Direction de la vie associative"),
    ("p", "Compte rendu de l'entretien professionnel annuel – campagne 2025"),
    ("table", [
        ["Agent", "M. Rodolphe Caillaux"],
        ["Grade / fonction", "Animateur principal – chargé des subventions aux associations"],
        ["Évaluateur", "Mme Isabelle Vernier, directrice"],
        ["Date de l'entretien", "9 décembre 2025"],
    ]),
    ("h", "1. Bilan des objectifs 2025"),
    ("table", [
        ["Objectif", "Atteint", "Commentaire"],
        ["Dématérialiser les demandes de subvention", "Oui", "Plateforme ouverte en avril, 212 dossiers déposés en ligne."],
        ["Réduire le délai d'instruction à 6 semaines", "Non", "Délai moyen constaté : 11 semaines ; relances des associations nombreuses."],
        ["Organiser le forum des associations", "Partiellement", "Forum réussi mais budget dépassé de 18 % sans validation préalable."],
    ]),
    ("h", "2. Appréciation de la valeur professionnelle"),
    ("table", [
        ["Critère", "Niveau"],
        ["Compétences techniques", "Satisfaisant"],
        ["Rigueur et respect des procédures", "Insuffisant"],
        ["Relations avec les usagers", "Très satisfaisant"],
        ["Capacité d'encadrement", "Sans objet"],
    ]),
    ("p", "Appréciation littérale : M. Caillaux est apprécié des associations et très investi sur le terrain. En revanche, les engagements de dépenses pris sans bon de commande (forum, location de barnums) ont été relevés par la trésorerie et ne doivent pas se reproduire. Un accompagnement sur la gestion budgétaire lui est proposé."),
    ("p", "Proposition d'avancement de grade : non retenue pour 2026. Réduction d'ancienneté : non."),
    ("p", "Observations de l'agent : « Je prends acte. Je demande une formation aux finances publiques et un renfort au printemps. »"),
]

DOCX["s047_rapport_incident_mediatheque.docx"] = [
    ("title", "Médiathèque Émile-Zola – Rapport d'incident"),
    ("table", [
        ["Date", "Samedi 24 janvier 2026, 16 h 05"],
        ["Rédacteur", "Benjamin Tessier, assistant de conservation"],
        ["Témoins", "Clarisse Hoarau (agent d'accueil), deux usagers"],
    ]),
    ("h", "Faits"),
    ("p", "Un usager régulier, M. Patrick Lamotte (carte lecteur n° 004512), a été surpris par l'agent d'accueil en train de retirer les antivols de trois coffrets DVD dans l'espace cinéma. Invité à présenter son sac, il a refusé puis a bousculé Mme Hoarau, qui a chuté contre la banque de prêt. Il a quitté les lieux avant l'arrivée de la police municipale."),
    ("p", "Mme Hoarau a déposé plainte le lundi 26 janvier au commissariat pour violences volontaires ; la collectivité a déposé plainte pour vol le même jour. M. Lamotte avait déjà fait l'objet d'un rappel à la loi en 2024 pour des dégradations dans la salle informatique, selon l'agent de police municipale."),
    ("h", "Mesures proposées"),
    ("p", "Suspension de la carte lecteur à titre conservatoire, arrêté d'interdiction d'accès à soumettre au maire, accompagnement psychologique proposé à Mme Hoarau (prise en charge par la médecine préventive)."),
]

DOCX["s048_rapport_enquete_sociale_jaf.docx"] = [
    ("title", "ASSOCIATION DÉPARTEMENTALE DE MÉDIATION FAMILIALE ET D'ENQUÊTES SOCIALES DU TARN"),
    ("p", "Enquête sociale ordonnée par le juge aux affaires familiales du tribunal judiciaire d'Albi – RG 25/01873"),
    ("p", "Parties : Mme Laure Cabrol, née le 14/03/1988, demeurant à Gaillac ; M. Nicolas Cabrol, né le 02/11/1985, demeurant à Carmaux. Enfants : Hugo (10 ans) et Zoé (6 ans)."),
    ("h", "Situation de la mère"),
    ("p", "Mme Cabrol occupe avec les enfants la maison familiale, dont la vente est en cours dans le cadre de la liquidation du régime matrimonial. Elle travaille à temps partiel comme préparatrice en pharmacie. Elle reproche au père des retards répétés et des propos dénigrants à son égard devant les enfants."),
    ("h", "Situation du père"),
    ("p", "M. Cabrol vit avec sa nouvelle compagne et la fille de celle-ci dans un appartement de type 3. Il sollicite une résidence alternée. Ses horaires postés (3x8) nécessiteraient l'aide de ses parents pour les trajets scolaires."),
    ("h", "Parole des enfants"),
    ("p", "Hugo exprime le souhait de voir davantage son père mais s'inquiète de changer d'école. Zoé évoque des disputes au téléphone entre ses parents qui la font pleurer."),
    ("h", "Conclusions"),
    ("p", "L'enquêtrice préconise le maintien de la résidence chez la mère, un droit de visite et d'hébergement élargi pour le père (un mercredi sur deux en plus des week-ends) et une orientation vers la médiation familiale."),
    ("p", "Fait à Albi, le 20 janvier 2026 – Mme Corinne Escande, enquêtrice sociale"),
]

DOCX["s049_rapport_social_fsl.docx"] = [
    ("title", "Département de la Haute-Vienne – Fonds de solidarité pour le logement"),
    ("p", "Demande d'aide au maintien dans le logement – rapport social"),
    ("table", [
        ["Demandeur", "M. Serge Vialle, 58 ans, isolé"],
        ["Adresse", "Résidence Les Coutures, bât. B, Limoges"],
        ["Bailleur", "Limoges Habitat"],
        ["Dette locative", "2 146,30 € (8 mois)"],
        ["Ressources", "Allocation de solidarité spécifique 545 € + APL"],
    ]),
    ("h", "Évaluation"),
    ("p", "M. Vialle a été licencié économiquement en 2023 après 22 ans dans une entreprise de porcelaine. Ses droits au chômage ayant pris fin, il perçoit l'ASS. Il a cessé de payer son loyer résiduel en mai pour faire face à un crédit renouvelable dont les mensualités absorbaient le tiers de ses ressources. Un dossier de surendettement a été déposé en décembre et déclaré recevable."),
    ("p", "Monsieur est très isolé, honteux de sa situation ; il a accepté l'accompagnement après une visite du bailleur. Il est inscrit à France Travail et suit une formation d'agent de sécurité."),
    ("h", "Proposition"),
    ("p", "Prise en charge de la dette à hauteur de 1 500 € (subvention) et 646,30 € (prêt sans intérêt), sous réserve de la reprise du paiement du loyer résiduel depuis trois mois, ce qui est le cas. Mesure d'accompagnement social lié au logement (ASLL) de six mois."),
    ("p", "Travailleuse sociale : Mme Mireille Bonnaud – Maison départementale des solidarités de Limoges-Est"),
]

DOCX["s050_avis_regroupement_familial.docx"] = [
    ("title", "Commune de Vénissieux – Service Hygiène et Santé"),
    ("p", "Avis du maire sur une demande de regroupement familial (articles L. 434-1 et suivants du CESEDA)"),
    ("table", [
        ["Demandeur", "M. Abdelkader Haddad, né le 09/07/1984, de nationalité algérienne"],
        ["Titre détenu", "Certificat de résidence de 10 ans valable jusqu'en 2031"],
        ["Bénéficiaires", "Épouse et deux enfants (8 et 5 ans) résidant à Sétif"],
        ["Logement", "T3 de 64 m², 12 rue Paul-Bert"],
    ]),
    ("h", "Visite du logement (14 janvier 2026)"),
    ("p", "Le logement présente une surface conforme à la norme applicable pour une famille de quatre personnes dans la zone. Installation électrique en bon état. Traces d'humidité dans la chambre 2, d'origine probable ventilation insuffisante ; le propriétaire s'est engagé à poser une VMC avant fin février."),
    ("h", "Ressources"),
    ("p", "Salaire moyen des douze derniers mois : 1 912 € net (CDI, cariste). Ressources supérieures au SMIC."),
    ("p", "Avis : favorable sous réserve de la justification de l'installation de la ventilation."),
    ("p", "L'inspectrice de salubrité : Nadia Belkacem"),
]
DOCX["s051_cr_codir_usage_interne.docx"] = [
    ("title", "Conseil départemental de l'Aveyron – Comité de direction générale"),
    ("p", "USAGE INTERNE – Relevé de décisions du CODIR du 13 janvier 2026"),
    ("h", "1. Préparation budgétaire 2026"),
    ("p", "Le DGS indique que l'arbitrage sur le taux de foncier bâti sera présenté au président le 20 janvier. Trois hypothèses : maintien, +1,5 point, +2,5 points. Les directions devront proposer d'ici le 27 janvier une économie de 4 % sur leurs dépenses de fonctionnement hors personnel."),
    ("h", "2. Réorganisation des routes"),
    ("p", "La fusion des centres d'exploitation de Laguiole et d'Espalion est confirmée pour le 1er septembre. La communication aux agents n'interviendra qu'après le comité social territorial de mars ; aucune information ne doit circuler d'ici là."),
    ("h", "3. Collèges"),
    ("p", "Étude de la fermeture du site de restauration du collège de Saint-Chély : décision reportée au printemps."),
    ("p", "Prochain CODIR : 27 janvier."),
]

DOCX["s052_ppms_extrait.docx"] = [
    ("title", "Groupe scolaire Louise-Michel – Plan particulier de mise en sûreté (PPMS)"),
    ("p", "Volet « attentat-intrusion » – annexe opérationnelle. Document réservé à l'équipe éducative et aux services de secours."),
    ("h", "Zones de mise à l'abri"),
    ("table", [
        ["Zone", "Lieu", "Capacité", "Point faible"],
        ["A", "Salle de motricité (verrouillage intérieur)", "60", "Baie vitrée côté cour non occultable"],
        ["B", "BCD étage", "35", "Porte sans serrure, bloquer avec les armoires"],
        ["C", "Dortoir maternelle", "28", "Fenêtre basse accessible depuis le parking"],
    ]),
    ("h", "Alerte et accès"),
    ("p", "Signal d'alerte : trois coups de corne de brume longs (différent de l'alarme incendie). Le portail technique rue des Acacias ne ferme pas à clé depuis octobre (signalé aux services techniques, non réparé) : il doit être bloqué au cadenas chaque matin par l'ATSEM d'ouverture."),
    ("p", "Code du boîtier de clés de la chaufferie : 8830. Code de l'alarme anti-intrusion : 1947, à composer au tableau du bureau de direction."),
    ("p", "Itinéraire d'évacuation discrète : sortie par le jardin pédagogique vers la salle paroissiale, clé chez la directrice."),
]

DOCX["s053_note_offre_negociation.docx"] = [
    ("title", "Marché de fourniture de repas en liaison froide – phase de négociation"),
    ("p", "Note interne de la commission d'appel d'offres, syndicat intercommunal à vocation scolaire des Deux-Rives"),
    ("p", "Les éléments ci-dessous ont été communiqués par les candidats sous le sceau de la confidentialité et ne sont pas communicables aux autres soumissionnaires."),
    ("table", [
        ["Candidat", "Prix unitaire initial", "Prix après négociation", "Commentaire du candidat"],
        ["Saveurs du Bocage SAS", "3,48 €", "3,31 €", "Prix obtenu grâce à un contrat d'approvisionnement en volaille jusqu'en 2027 ; marge ramenée à 4 %"],
        ["Restaurest Ouest", "3,62 €", "3,55 €", "Cuisine centrale en sous-capacité, souhaite ce marché pour éviter un plan social"],
        ["Cuisine Solidaire 49", "3,95 €", "3,80 €", "Coût de main-d'œuvre en insertion, subvention ESAT non reconduite"],
    ]),
    ("p", "Saveurs du Bocage a également transmis sa fiche technique de cuisson basse température (procédé maison), qui ne doit pas être diffusée."),
]

DOCX["s054_revue_presse_article.docx"] = [
    ("title", "Revue de presse hebdomadaire – Direction de la communication"),
    ("p", "Semaine du 19 au 25 janvier 2026 – diffusion aux élus et aux directeurs"),
    ("h", "Le Progrès de la Vallée, 22 janvier 2026 – « À Rive-de-Gier, le centre nautique boit la tasse »"),
    ("p", "Par Mathilde Garnier"),
    ("p", "Fermé depuis le 3 janvier pour une fuite sur le bassin sportif, le centre nautique intercommunal ne rouvrira pas avant les vacances de printemps. Les nageurs du club local, privés d'entraînement, s'entraînent désormais à Saint-Chamond, à une vingtaine de minutes en voiture. « On perd des licenciés chaque semaine », déplore leur président, Jean-Luc Martel."),
    ("p", "Selon nos informations, l'expertise a révélé une dégradation de l'étanchéité plus importante que prévu, et le coût des travaux, d'abord estimé à 180 000 euros, pourrait dépasser 400 000 euros. Interrogé, le vice-président chargé des équipements sportifs renvoie à « une communication prochaine » et assure que « la sécurité des usagers prime sur tout »."),
    ("p", "Du côté des écoles, la situation est plus tendue encore : les créneaux de natation scolaire des classes de CP et CE1 sont suspendus, faute de solution de transport vers une autre piscine. Plusieurs parents ont lancé une pétition, qui comptait 640 signatures mercredi soir. L'opposition intercommunale réclame une séance extraordinaire du conseil."),
    ("p", "Construit en 1976 et rénové une seule fois, en 2004, l'équipement accueille chaque année près de 95 000 entrées. Sa reconstruction complète, évoquée depuis dix ans, n'a jamais été inscrite au plan pluriannuel d'investissement."),
    ("p", "© Le Progrès de la Vallée – Tous droits réservés. Reproduction intégrale."),
]

DOCX["s055_projet_pour_enfant.docx"] = [
    ("title", "Projet pour l'enfant (PPE)"),
    ("p", "Direction de l'enfance et de la famille – Territoire d'action sociale Nord-Isère"),
    ("table", [
        ["Enfant", "Théo M., né le 22/04/2015"],
        ["Mesure", "Accueil provisoire (article L. 222-5 CASF), signé le 6/10/2025 pour un an"],
        ["Lieu d'accueil", "Famille d'accueil de Mme et M. Reynier, La Tour-du-Pin"],
        ["Référente", "Mme Justine Carrel, éducatrice ASE"],
    ]),
    ("h", "Besoins identifiés"),
    ("p", "Théo a besoin d'un cadre de vie stable, d'un suivi éducatif renforcé à l'école et d'un soutien dans la relation avec son père, qui a demandé l'accueil après plusieurs mois d'épuisement suite à l'incarcération de la mère de Théo."),
    ("h", "Objectifs et actions"),
    ("table", [
        ["Domaine", "Objectif", "Action", "Responsable"],
        ["Scolarité", "Réduire les exclusions de cours", "Rencontre trimestrielle avec l'équipe du collège", "Référente ASE"],
        ["Liens familiaux", "Maintenir le lien avec le père", "Week-ends chez le père un sur deux, appel téléphonique le mercredi", "Père / famille d'accueil"],
        ["Santé", "Bilan psychologique", "Rendez-vous au CMPEA", "Famille d'accueil"],
    ]),
    ("p", "Signatures : le père, le représentant du Département, la famille d'accueil (pour information)."),
]

DOCX["s056_releve_heures_delegation.docx"] = [
    ("title", "Centre hospitalier de Bourg-en-Bresse – DRH"),
    ("p", "Relevé mensuel des autorisations d'absence pour activité syndicale – janvier 2026"),
    ("table", [
        ["Agent", "Service", "Organisation", "Mandat", "Heures"],
        ["Mme Véronique Perrin", "Urgences", "SUD Santé", "Secrétaire de section", "28"],
        ["M. Alain Dumas", "Cuisine", "CFDT", "Représentant FSSSCT", "12"],
        ["Mme Sonia Belhadj", "Pédiatrie", "CGT", "Élue CSE", "9"],
        ["M. Fabien Guyot", "Brancardage", "FO", "Adhérent – formation syndicale", "21"],
    ]),
    ("p", "Transmis aux cadres de pôle pour l'organisation des plannings. Les heures au-delà du contingent seront imputées sur le crédit de l'organisation."),
]

DOCX["s057_tableau_autorisations_absence.docx"] = [
    ("title", "Lycée polyvalent Marie-Curie – Secrétariat de direction"),
    ("p", "Autorisations d'absence accordées – 2e trimestre (personnels administratifs et techniques)"),
    ("table", [
        ["Nom", "Date", "Motif déclaré", "Décision"],
        ["Mme Rachel Azoulay", "2 et 3 octobre", "Fête de Kippour (circulaire sur les fêtes religieuses)", "Accordée"],
        ["M. Olivier Pasquet", "14 octobre", "Déménagement", "Refusée – congé annuel à poser"],
        ["Mme Fatima Zerrouki", "20 mars", "Aïd el-Fitr", "Accordée"],
        ["M. Dimitri Stavros", "12 avril", "Pâques orthodoxes (lundi)", "Accordée sous réserve de nécessité de service"],
    ]),
    ("p", "Visa de la gestionnaire : M.-C. Delorme"),
]

DOCX["s058_lettre_avocat_filiation.docx"] = [
    ("title", "Maître Hélène Jacquemin – Avocat au barreau de Metz"),
    ("p", "Metz, le 5 février 2026"),
    ("p", "Mairie de Thionville – Service de l'état civil"),
    ("p", "Objet : mention marginale – action en recherche de paternité – enfant Léna Schmitt, née le 17 août 2021 à Thionville"),
    ("p", "Madame, Monsieur,"),
    ("p", "Je vous prie de trouver ci-joint l'expédition du jugement rendu le 9 décembre 2025 par le tribunal judiciaire de Metz, devenu définitif, qui déclare M. Jordan Kieffer père de l'enfant Léna Schmitt. L'expertise biologique ordonnée par le tribunal a conclu à une probabilité de paternité supérieure à 99,99 %, M. Kieffer ayant jusque-là contesté être le père."),
    ("p", "Le jugement ordonne également que l'enfant portera désormais le nom « Schmitt-Kieffer ». Je vous remercie de bien vouloir procéder à la mise à jour de l'acte de naissance et de m'en adresser une copie intégrale."),
    ("p", "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."),
    ("p", "H. Jacquemin"),
]

DOCX["s059_rapport_devoir_reserve.docx"] = [
    ("title", "Rapport à l'attention de Monsieur le Directeur général des services"),
    ("p", "Objet : publications de M. Arnaud Lefèvre, gardien du gymnase municipal, sur les réseaux sociaux"),
    ("p", "Plusieurs élus ont signalé des publications publiques de M. Lefèvre sur son compte personnel depuis décembre. L'agent s'y présente comme militant de La France insoumise et relaie des appels à manifester contre la réforme des retraites ; il y commente également, sous son vrai nom, les délibérations du conseil municipal en termes virulents à l'égard de la majorité (« une équipe de fossoyeurs du service public »)."),
    ("p", "Si l'engagement politique d'un agent relève de sa liberté d'opinion, les propos visant nommément l'employeur sont susceptibles de constituer un manquement à l'obligation de réserve, d'autant que sa photo de profil le montre en tenue de service devant le gymnase."),
    ("p", "Proposition : entretien de rappel des obligations déontologiques avec le responsable des sports, sans engagement de procédure disciplinaire à ce stade."),
    ("p", "Le directeur des ressources humaines, Marc Olivier"),
]

DOCX["s060_note_prevention_specialisee.docx"] = [
    ("title", "Service de prévention spécialisée – Note de suivi"),
    ("p", "Jeune : Yohan (19 ans), accompagné depuis mars 2024 – éducatrice : Léa Fontaine"),
    ("p", "Yohan est venu au local en larmes : il a été mis à la porte par son beau-père la semaine dernière quand sa mère a découvert qu'il était en couple avec un garçon de sa formation. Il dort chez son ami depuis. Il ne veut pas que le centre de formation soit informé."),
    ("p", "Actions : demande d'hébergement au foyer de jeunes travailleurs ; orientation vers l'association Le Refuge ; rendez-vous avec la mission locale pour la garantie jeunes."),
    ("p", "Prochain rendez-vous : vendredi 14 h."),
]
HTML["s061_fiche_suivi_disciplinaire.html"] = (
    "Logiciel RH – Dossier agent – Suivi disciplinaire",
    """<div class="bandeau">SIRH Ville de Niort &gt; Agents &gt; Mme Cindy Poirault (matricule 11873) &gt; Carrière</div>
<h1>Suivi disciplinaire</h1>
<table border="1">
<tr><th>Date</th><th>Événement</th><th>Auteur</th></tr>
<tr><td>04/09/2025</td><td>Rapport du chef de service : absences injustifiées les 28/08 et 01/09 au service entretien des écoles</td><td>R. Moinet</td></tr>
<tr><td>18/09/2025</td><td>Entretien préalable, agent assistée d'un représentant du personnel</td><td>DRH</td></tr>
<tr><td>02/10/2025</td><td>Avertissement notifié (arrêté n° 2025-512)</td><td>Maire</td></tr>
<tr><td>15/01/2026</td><td>Nouveau rapport : refus d'exécuter le planning de remplacement à l'école Ferdinand-Buisson</td><td>R. Moinet</td></tr>
</table>
<p><strong>Statut :</strong> saisine du conseil de discipline envisagée pour une exclusion temporaire de fonctions de 3 à 15 jours – avis juridique demandé.</p>
<p class="pied">Données à caractère personnel – accès réservé aux gestionnaires habilités.</p>""",
)

HTML["s062_formulaire_contact_crainte.html"] = (
    "Formulaire de contact – message reçu",
    """<p><b>Formulaire :</b> Contacter le maire<br><b>Reçu le :</b> 02/02/2026 21:47<br><b>Nom :</b> Mme Sophie Langlois<br><b>Adresse :</b> lotissement Les Genêts, Saint-Amand</p>
<p><b>Message :</b></p>
<p>Monsieur le Maire, mon ancien compagnon, M. Régis Fouquet, est sorti de la maison d'arrêt de Bourges la semaine dernière après avoir purgé sa peine pour les violences qu'il m'a fait subir. Il a interdiction de m'approcher mais je l'ai vu deux fois passer en voiture devant l'école de ma fille. J'ai prévenu la gendarmerie. Je voudrais savoir si la police municipale peut passer plus souvent aux heures de sortie d'école et si la commune peut m'aider à obtenir un logement ailleurs. J'ai très peur.</p>
<p>Merci de ne pas répondre par courrier postal, il connaît mon adresse.</p>""",
)

HTML["s063_courriel_succession.html"] = (
    "Webmail – Re: Concession cimetière – famille Marchetti",
    """<p><b>De :</b> Gisèle Marchetti<br><b>À :</b> cimetieres@ville-bastia.example<br><b>Date :</b> 27 janvier 2026</p>
<p>Bonjour,</p>
<p>Suite au décès de mon frère Jean-Baptiste le 12 janvier, je reviens vers vous pour la concession familiale du carré 14. Comme je vous l'ai dit au téléphone, mon frère et moi ne nous parlions plus depuis dix ans à cause de la succession de nos parents, et sa veuve refuse qu'il soit inhumé avec eux. Elle a fait une demande de concession à part, mais je suis l'ayant droit de la concession d'origine.</p>
<p>Pouvez-vous me dire qui décide ? Le notaire m'a conseillé de ne rien signer.</p>
<p>Cordialement,<br>Gisèle Marchetti</p>
<blockquote><p><i>Le 20 janvier, le service des cimetières a écrit :</i> Madame, nous vous présentons nos condoléances. Pour toute inhumation dans la concession n° 14-207, l'accord de l'ensemble des ayants droit est requis.</p></blockquote>""",
)

HTML["s064_registre_domiciliation.html"] = (
    "CCAS – Registre des élections de domicile – extrait",
    """<h1>Élections de domicile en cours – janvier 2026</h1>
<table border="1">
<tr><th>N°</th><th>Nom</th><th>Date d'élection</th><th>Fin de validité</th><th>Motif / situation</th><th>Dernier passage</th></tr>
<tr><td>D-0211</td><td>LOPES Antonio</td><td>10/03/2025</td><td>10/03/2026</td><td>Sans domicile stable – vit en camion</td><td>22/01</td></tr>
<tr><td>D-0234</td><td>GUILLOT Marine</td><td>02/05/2025</td><td>02/05/2026</td><td>Hébergée chez des tiers après expulsion</td><td>15/01</td></tr>
<tr><td>D-0251</td><td>NDIAYE Ousmane</td><td>19/07/2025</td><td>19/07/2026</td><td>Centre d'hébergement d'urgence</td><td>29/01</td></tr>
<tr><td>D-0260</td><td>FERRY Christophe</td><td>01/09/2025</td><td>01/09/2026</td><td>Rue – accompagné par l'équipe mobile</td><td>08/12 (courrier en souffrance)</td></tr>
</table>
<p>Rappel : radiation si absence de passage depuis plus de 3 mois.</p>""",
)

HTML["s065_recap_demande_anef.html"] = (
    "Récapitulatif de votre demande",
    """<h1>Administration numérique pour les étrangers en France</h1>
<h2>Récapitulatif de votre demande – numéro 2025-07-A-338162</h2>
<table>
<tr><td>Demandeur</td><td>M. Hoang Minh Tuan</td></tr>
<tr><td>Date de naissance</td><td>03/12/1997</td></tr>
<tr><td>Nationalité</td><td>vietnamienne</td></tr>
<tr><td>Type de demande</td><td>Changement de statut : étudiant vers « talent – salarié qualifié »</td></tr>
<tr><td>Préfecture compétente</td><td>Préfecture de la Haute-Garonne</td></tr>
<tr><td>État</td><td>Instruction en cours – attestation de prolongation d'instruction valable jusqu'au 14/04/2026</td></tr>
</table>
<p>Transmis par l'agent au service du personnel de l'université Toulouse-III à l'appui de son contrat d'ingénieur de recherche.</p>""",
)

HTML["s066_projet_reorganisation_confidentiel.html"] = (
    "Projet de réorganisation des piscines – CONFIDENTIEL",
    """<p style="color:red"><b>CONFIDENTIEL – NE PAS DIFFUSER AU-DELÀ DES DESTINATAIRES</b></p>
<h1>Scénarios pour le réseau des piscines communautaires</h1>
<p>Destinataires : président, vice-président aux sports, DGS, DGA Services à la population.</p>
<h2>Scénario 1 : fermeture de la piscine de Vaux en septembre 2026</h2>
<p>Économie annuelle : 410 000 €. Redéploiement de 6 maîtres-nageurs sur les deux autres sites ; suppression de 3 postes d'agents d'accueil par non-remplacement de départs.</p>
<h2>Scénario 2 : ouverture saisonnière uniquement</h2>
<p>Économie annuelle : 190 000 €. Risque de contestation des clubs.</p>
<p>Aucun élément ne doit être communiqué avant l'arbitrage du bureau communautaire du 3 mars.</p>""",
)

HTML["s067_wiki_dsi_acces.html"] = (
    "Wiki DSI – Accès d'administration (page protégée)",
    """<h1>Accès d'administration – infrastructure mairie</h1>
<ul>
<li>VPN prestataire : vpn.mairie-lemans.example – compte <code>ext_infogeo</code> / mot de passe <code>Geo!Sarthe2025</code> (à changer, partagé avec le prestataire depuis 2023)</li>
<li>Console de l'hyperviseur : https://10.12.0.5 – compte admin local non nominatif, mot de passe dans le coffre KeePass, entrée « ESX-PROD »</li>
<li>Pare-feu principal : firmware en version 7.0.9, <b>non patché</b> contre la faille SSL-VPN publiée en décembre (mise à jour reportée en mars)</li>
<li>Sauvegardes : NAS dans la même salle que les serveurs, pas de copie externalisée depuis la panne de novembre</li>
</ul>
<p>Dernière modification : 21/01/2026 par s.vautrin</p>""",
)

HTML["s068_business_plan_subvention.html"] = (
    "Dossier de demande d'aide à l'immobilier d'entreprise – annexe financière",
    """<h1>Brasserie artisanale des Combes – Plan d'affaires 2026-2028</h1>
<p><i>Annexe remise à la communauté de communes à titre confidentiel, au soutien de la demande d'aide.</i></p>
<table border="1">
<tr><th></th><th>2025 (réel)</th><th>2026</th><th>2027</th></tr>
<tr><td>Chiffre d'affaires</td><td>412 000 €</td><td>530 000 €</td><td>690 000 €</td></tr>
<tr><td>Marge brute</td><td>61 %</td><td>63 %</td><td>65 %</td></tr>
<tr><td>Résultat net</td><td>-38 000 €</td><td>4 000 €</td><td>52 000 €</td></tr>
</table>
<p>Stratégie : signature en cours (non annoncée) d'un contrat de distribution exclusif avec une enseigne régionale de grandes surfaces, qui représenterait 40 % du volume en 2027. Le prix de cession négocié, 1,42 € HT la bouteille de 33 cl, ne doit pas être connu de nos distributeurs actuels.</p>
<p>Le prêt bancaire de 2023 a fait l'objet d'un rééchelonnement en octobre 2025.</p>""",
)

HTML["s069_programme_concert_paroles.html"] = (
    "Concert de printemps des écoles – livret des chansons",
    """<h1>Concert de printemps – chorale des CM1-CM2</h1>
<p>Salle des fêtes, vendredi 10 avril, 18 h 30</p>
<h2>« Les cerfs-volants de septembre »</h2>
<p>Paroles et musique : Jérôme Vasseur – © Éditions Musicales du Rivage, 2019</p>
<p>Au bout du chemin, quand l'été s'efface,<br>On lance nos rêves au-dessus des toits,<br>Ils tirent sur les fils, ils cherchent leur place,<br>Et le vent d'automne les porte pour toi.</p>
<p><i>Refrain :</i><br>Cerfs-volants de septembre, couleurs de nos cahiers,<br>Emportez nos vacances au-delà des clochers,<br>Cerfs-volants de septembre, ne tombez pas trop tôt,<br>Il nous reste à grandir et tout l'hiver là-haut.</p>
<p>On a rangé les seaux, les pelles et le sable,<br>On a gardé le bleu dans un coin du regard,<br>La maîtresse sourit, les livres sur la table,<br>Et nos cerfs-volants dansent au-dessus du square.</p>
<p><i>(Refrain ×2)</i></p>
<p>Un jour on sera grands, on sera loin peut-être,<br>Mais chaque fin d'été, quand le ciel sera clair,<br>On se souviendra d'eux derrière la fenêtre,<br>Nos cerfs-volants de septembre, accrochés dans l'air.</p>
<p>Texte reproduit intégralement pour les familles.</p>""",
)
HTML["s070_chapitre_histoire_locale.html"] = (
    "Patrimoine – Histoire du moulin de la Sauldre",
    """<h1>Le moulin de la Sauldre, deux siècles de farine</h1>
<p><i>Chapitre III de l'ouvrage « Moulins et meuniers du Berry » de Françoise Delaunay, Éditions de la Brenne, 2017, pages 45 à 52. Mis en ligne par le service patrimoine.</i></p>
<p>Lorsque Pierre-Étienne Auclair rachète le moulin en 1811, l'édifice n'est plus qu'une bâtisse délabrée dont la roue, brisée par la crue de l'hiver précédent, gît dans le bief. L'homme a trente-deux ans, une dot confortable apportée par son épouse, fille d'un tanneur de Romorantin, et l'ambition de faire de la Sauldre la première minoterie du canton.</p>
<p>En moins de trois ans, il fait reconstruire la roue à aubes, élève un second étage pour y loger les blutoirs et obtient du préfet l'autorisation de rehausser le seuil du barrage, au grand dam des riverains d'amont dont les prés sont désormais inondés chaque printemps. Les procès qui s'ensuivent dureront une génération.</p>
<p>La prospérité vient pourtant. Les registres de la meunerie, que nous avons pu consulter grâce à l'obligeance des descendants, montrent qu'en 1840 le moulin traite près de 900 quintaux de blé par mois. On y vient de Salbris, de Selles-sur-Cher, parfois même de Vierzon. Le meunier, devenu maire de la commune, fait construire la maison de maître qui domine encore la rivière.</p>
<p>Le déclin commence avec l'arrivée du chemin de fer et des grandes minoteries à cylindres. En 1893, le petit-fils Auclair tente une reconversion en scierie ; l'échec est rapide. En 1921, le moulin est vendu à une coopérative, qui le ferme définitivement en 1958. Il faudra attendre la fin des années 1990 pour qu'une association de bénévoles entreprenne de sauver ce qui peut encore l'être.</p>
<p>© Éditions de la Brenne – Françoise Delaunay. Photographies : Marc Thévenot, tous droits réservés.</p>""",
)

HTML["s071_message_ent_cpe.html"] = (
    "Messagerie ENT – conversation",
    """<div class="fil">
<p><b>Mme Nathalie Brossard (CPE)</b> – 03/02/2026 10:12<br>Bonjour Mme Hamon, je vous confirme qu'Emma Guérin (4e C) n'est plus autorisée à repartir avec sa mère : le foyer de l'enfance nous a transmis hier l'ordonnance de placement provisoire du juge des enfants. C'est le taxi du foyer qui la dépose et la récupère désormais. La mère a un droit de visite médiatisé uniquement.</p>
<p><b>Mme Julie Hamon (professeure principale)</b> – 03/02/2026 10:40<br>Bien reçu, merci. Elle était très renfermée ces derniers jours, je comprends mieux. Faut-il prévenir les collègues ?</p>
<p><b>Mme Nathalie Brossard (CPE)</b> – 03/02/2026 10:52<br>Seulement dire qu'elle ne doit partir qu'avec le taxi, sans détail. L'assistante sociale du collège reste l'interlocutrice de l'ASE.</p>
</div>""",
)

HTML["s072_plan_protection_usine_eau.html"] = (
    "Syndicat des eaux – Plan de protection du site de production",
    """<h1>Usine de production d'eau potable des Prés-Neufs – mesures de protection</h1>
<p>Point d'importance vitale – document réservé aux agents d'astreinte.</p>
<ul>
<li>Clôture périmétrique : détection par câble sur 1 200 m ; zone non couverte entre les portails 2 et 3 (environ 80 m le long du chemin de halage) en attendant les travaux.</li>
<li>Vidéosurveillance : 14 caméras, enregistrement 15 jours, renvoi d'images vers le PC du syndicat uniquement en heures ouvrées ; la nuit, alerte par SMS seulement.</li>
<li>Bâche de stockage de chlore : accès par badge, le lecteur de secours fonctionne avec le code maître 551902.</li>
<li>Ronde de l'agent d'astreinte : 22 h et 5 h, seul, véhicule de service.</li>
<li>En cas d'intrusion : fermeture manuelle de la vanne V12 en sortie de réservoir, procédure en annexe 4.</li>
</ul>""",
)

HTML["s073_compte_rendu_visite_entreprise.html"] = (
    "Compte rendu de visite – Agence de développement économique",
    """<h1>Visite de l'entreprise Plasturgie Morvan (Saint-Claude) – 22 janvier 2026</h1>
<p>Participants : M. Olivier Morvan (PDG), Mme Agnès Roy (DAF), Sébastien Payen (chargé d'affaires de l'agence)</p>
<h2>Éléments confiés par l'entreprise</h2>
<p>L'entreprise a mis au point un procédé de recyclage des chutes de polypropylène médical permettant de réinjecter 30 % de matière recyclée sans perte de certification ; le brevet n'est pas encore déposé et le procédé ne doit pas être évoqué auprès d'autres industriels de la vallée.</p>
<p>Le principal client (75 % du chiffre d'affaires) a annoncé une baisse de commandes de 20 % pour 2026. Trésorerie tendue : l'entreprise a sollicité un étalement de ses dettes sociales auprès de l'URSSAF. La DAF n'exclut pas une procédure de conciliation au printemps.</p>
<h2>Suites</h2>
<p>Mobilisation du prêt régional de rebond ; mise en relation avec le pôle de compétitivité ; discrétion absolue vis-à-vis du client principal.</p>""",
)

HTML["s074_fiche_mediation_scolaire.html"] = (
    "Fiche de liaison – médiation scolaire",
    """<h1>Fiche de liaison médiateur / école</h1>
<p><b>Famille :</b> famille Stoica – 4 enfants, installés sur le terrain de la rue des Forges depuis novembre<br>
<b>Médiateur :</b> Florin Ionescu, association Romeurope 44</p>
<p>La famille, rom originaire de la région de Craiova, souhaite inscrire Denisa (7 ans) et Marius (9 ans). Les parents ne lisent pas le français ; le père parle un peu italien. Les enfants n'ont été scolarisés que quelques mois en Roumanie.</p>
<p>Besoins : inscription en UPE2A, aide pour la cantine (pas de ressources déclarées), vêtements de sport.</p>
<p>Transmis à l'école Jacques-Prévert le 29/01.</p>""",
)

HTML["s075_note_ne_pas_diffuser_carte_scolaire.html"] = (
    "Document de travail – carte scolaire",
    """<p><b>Document de travail – ne pas diffuser</b></p>
<h1>Hypothèses de fermetures de classes – rentrée 2026</h1>
<p>Note de la direction de l'éducation à l'attention du maire et de l'adjointe à l'éducation, à la suite des échanges informels avec l'inspectrice de circonscription.</p>
<table border="1">
<tr><th>École</th><th>Effectif prévu</th><th>Hypothèse DASEN</th><th>Position proposée</th></tr>
<tr><td>Maternelle des Tilleuls</td><td>71</td><td>Fermeture d'une classe</td><td>Accepter contre maintien du dispositif moins de 3 ans</td></tr>
<tr><td>Élémentaire Victor-Hugo</td><td>198</td><td>Aucune mesure</td><td>–</td></tr>
<tr><td>Primaire du Hameau</td><td>41</td><td>Fusion avec le Bourg</td><td>S'opposer, mobiliser les parents après le CDEN</td></tr>
</table>
<p>Ces hypothèses ne doivent pas être évoquées en conseil d'école avant la publication officielle.</p>""",
)
DOCX["p046_rapport_orientation_budgetaire.docx"] = [
    ("title", "Rapport d'orientation budgétaire 2026"),
    ("p", "Commune d'Auray – présenté au conseil municipal du 2 février 2026"),
    ("h", "1. Contexte économique et financier"),
    ("p", "La loi de finances pour 2026 prévoit une stabilisation en valeur de la dotation globale de fonctionnement, soit une baisse en volume compte tenu d'une inflation prévisionnelle de 1,4 %. La commune doit par ailleurs contribuer au dispositif de lissage conjoncturel des recettes fiscales des collectivités, pour un montant estimé à 86 000 €."),
    ("h", "2. Situation financière de la commune"),
    ("table", [
        ["", "2023", "2024", "2025 (prévisionnel)"],
        ["Recettes réelles de fonctionnement", "14,2 M€", "14,8 M€", "15,1 M€"],
        ["Dépenses réelles de fonctionnement", "12,1 M€", "12,9 M€", "13,4 M€"],
        ["Épargne brute", "2,1 M€", "1,9 M€", "1,7 M€"],
        ["Encours de dette au 31/12", "9,8 M€", "11,2 M€", "10,6 M€"],
        ["Capacité de désendettement", "4,7 ans", "5,9 ans", "6,2 ans"],
    ]),
    ("h", "3. Orientations"),
    ("p", "Maintien des taux de fiscalité locale ; maîtrise de la masse salariale (+2,5 % incluant le GVT et la revalorisation des agents de catégorie C) ; poursuite du plan pluriannuel d'investissement : rénovation énergétique de l'école Rollo (2,4 M€), aménagement du port de Saint-Goustan (1,1 M€), extension du multi-accueil (0,9 M€)."),
    ("p", "Le débat d'orientation budgétaire donne lieu à une délibération spécifique ; le budget primitif sera soumis au vote le 23 mars."),
]

DOCX["p047_reglement_restauration_scolaire.docx"] = [
    ("title", "Règlement intérieur de la restauration scolaire"),
    ("p", "Commune de Montbrison – adopté par délibération du 18 décembre 2025"),
    ("h", "Article 1 – Accès au service"),
    ("p", "Le restaurant scolaire est ouvert aux élèves des écoles publiques de la commune les lundis, mardis, jeudis et vendredis. L'inscription préalable sur le portail famille est obligatoire."),
    ("h", "Article 2 – Menus"),
    ("p", "Les menus sont élaborés par une diététicienne et affichés à l'entrée des écoles. Conformément à la loi, un menu végétarien est proposé au moins une fois par semaine. Un plat sans viande est proposé en remplacement chaque fois que le menu comporte du porc ; aucun autre menu spécifique n'est servi."),
    ("h", "Article 3 – Enfants présentant une allergie ou un trouble de la santé"),
    ("p", "Les enfants atteints d'allergies ou d'intolérances alimentaires ou d'une maladie chronique ne peuvent être accueillis qu'après la mise en place d'un projet d'accueil individualisé (PAI) établi par le médecin scolaire. Selon les cas, le PAI prévoit l'éviction des aliments concernés ou la fourniture d'un panier repas par la famille. Aucun médicament ne peut être administré en dehors du cadre d'un PAI."),
    ("h", "Article 4 – Discipline"),
    ("p", "Les enfants doivent respecter le personnel, leurs camarades, la nourriture et le matériel. En cas de manquements répétés, les parents sont convoqués ; une exclusion temporaire d'une semaine au maximum peut être prononcée par le maire après un avertissement écrit."),
    ("h", "Article 5 – Tarifs et paiement"),
    ("p", "Les tarifs, fixés par délibération, sont calculés selon le quotient familial. Les familles rencontrant des difficultés de paiement sont invitées à se rapprocher du CCAS."),
]

DOCX["p048_rapport_egalite_femmes_hommes.docx"] = [
    ("title", "Rapport sur la situation en matière d'égalité entre les femmes et les hommes – 2025"),
    ("p", "Conseil départemental des Landes"),
    ("h", "1. Les effectifs"),
    ("table", [
        ["Catégorie", "Femmes", "Hommes", "Part des femmes"],
        ["A", "412", "268", "61 %"],
        ["B", "503", "311", "62 %"],
        ["C", "786", "902", "47 %"],
        ["Total", "1 701", "1 481", "53 %"],
    ]),
    ("h", "2. Rémunérations"),
    ("p", "L'écart de rémunération moyenne nette entre les femmes et les hommes, tous grades confondus, s'établit à 6,8 % (7,4 % en 2024). Il s'explique principalement par la part plus importante du temps partiel chez les femmes (21 % contre 4 %) et par des régimes indemnitaires plus élevés dans la filière technique, majoritairement masculine."),
    ("h", "3. Articulation des temps de vie"),
    ("p", "En 2025, 64 congés de maternité, 31 congés de paternité et d'accueil de l'enfant et 12 congés parentaux ont été pris. Le télétravail concerne 38 % des agents éligibles."),
    ("h", "4. Lutte contre les violences sexistes et sexuelles"),
    ("p", "La cellule d'écoute externalisée a reçu 9 signalements, dont 5 ont donné lieu à une enquête administrative. Une formation obligatoire des encadrants a été déployée (320 agents formés)."),
    ("h", "5. Plan d'action 2026"),
    ("p", "Objectifs : atteindre 45 % de femmes parmi les emplois de direction ; mixité des jurys de recrutement ; accompagnement au retour de congé parental."),
]

DOCX["p049_cctp_espaces_verts.docx"] = [
    ("title", "Cahier des clauses techniques particulières"),
    ("p", "Marché d'entretien des espaces verts des résidences – Office public de l'habitat Dordogne Périgord Habitat – Lot 2 : secteur de Bergerac"),
    ("h", "Article 1 – Objet"),
    ("p", "Le présent marché a pour objet l'entretien courant des espaces verts de 34 résidences du secteur de Bergerac, représentant 11,6 hectares de pelouses, 4 200 mètres linéaires de haies et 610 arbres."),
    ("h", "Article 2 – Prestations"),
    ("table", [
        ["Prestation", "Fréquence", "Période"],
        ["Tonte des pelouses", "14 passages", "Mars à novembre"],
        ["Taille des haies", "2 passages", "Juin et octobre"],
        ["Ramassage des feuilles", "4 passages", "Octobre à décembre"],
        ["Désherbage manuel ou thermique des massifs", "6 passages", "Avril à septembre"],
    ]),
    ("h", "Article 3 – Exigences environnementales"),
    ("p", "L'usage de produits phytosanitaires de synthèse est interdit. Les déchets verts sont valorisés en compostage ou paillage sur site chaque fois que possible. Le titulaire privilégie le matériel électrique dans un rayon de 20 mètres des logements."),
    ("h", "Article 4 – Relations avec les locataires"),
    ("p", "Les interventions bruyantes ne peuvent débuter avant 8 h. Le titulaire signale au gardien toute anomalie constatée (dépôts sauvages, dégradation des aires de jeux)."),
]

DOCX["p050_cr_conseil_communautaire.docx"] = [
    ("title", "Communauté d'agglomération Porte de l'Isère – Procès-verbal du conseil communautaire"),
    ("p", "Séance du 27 janvier 2026, salle du Vellein, Villefontaine. Présidence : M. Patrick Nicole-Williams, vice-président. Présents : 54 – pouvoirs : 6."),
    ("h", "Point 4 – Tarification sociale de l'eau"),
    ("p", "Mme Josiane Ferrari, vice-présidente au cycle de l'eau, présente l'expérimentation d'une tarification sociale : chèque eau de 40 à 80 € par an pour les foyers bénéficiaires de la complémentaire santé solidaire, versé automatiquement grâce à une convention avec la CAF. Environ 3 900 foyers seraient concernés, pour un coût de 210 000 €, financé par le budget annexe de l'eau."),
    ("p", "M. Didier Bois (L'Isle-d'Abeau) estime que « ce sont les abonnés qui paient pour les autres » et plaide pour un financement par le budget général. Mme Ferrari répond que la loi autorise ce financement dans la limite de 2 % des recettes et que cela représente 1,60 € par abonné et par an."),
    ("p", "Mme Christelle Dubois (Bourgoin-Jallieu) soutient la mesure mais demande que les locataires en habitat collectif, qui n'ont pas d'abonnement individuel, ne soient pas exclus. Le dispositif prévoit un versement à ces foyers via le CCAS de leur commune."),
    ("p", "Vote : 49 pour, 6 contre, 5 abstentions."),
    ("h", "Point 5 – Rapport annuel sur le prix et la qualité du service des déchets"),
    ("p", "Le conseil prend acte du rapport : 218 kg d'ordures ménagères résiduelles par habitant (–4 %), taux de valorisation de 61 %."),
    ("p", "La séance est levée à 21 h 40."),
]
DOCX["p051_bilan_social_absenteisme.docx"] = [
    ("title", "Rapport social unique 2025 – synthèse"),
    ("p", "Ville et CCAS de Tarbes – présenté au comité social territorial du 5 février 2026"),
    ("h", "Absences pour raisons de santé"),
    ("table", [
        ["Motif", "Nombre d'arrêts", "Jours d'absence", "Évolution"],
        ["Maladie ordinaire", "1 184", "21 460", "+3 %"],
        ["Longue maladie / maladie longue durée", "27", "7 890", "-5 %"],
        ["Accidents de service", "96", "3 120", "-11 %"],
        ["Maladies professionnelles", "14", "2 240", "+8 %"],
        ["Maternité / paternité", "41", "3 050", "stable"],
    ]),
    ("p", "Le taux d'absentéisme global pour raisons de santé s'établit à 8,9 %. Les troubles musculosquelettiques représentent 71 % des maladies professionnelles reconnues, principalement dans les métiers de l'entretien, de la restauration et de la petite enfance."),
    ("h", "Prévention"),
    ("p", "Actions 2026 : achat de chariots de ménage ergonomiques pour les écoles, formation « gestes et postures » pour 150 agents, mise en place d'une cellule de maintien dans l'emploi avec le centre de gestion, accès à un psychologue du travail pour tous les agents."),
    ("h", "Handicap"),
    ("p", "Le taux d'emploi des travailleurs en situation de handicap atteint 7,3 % (obligation légale : 6 %)."),
]

DOCX["p052_projet_educatif_territorial.docx"] = [
    ("title", "Projet éducatif de territoire (PEDT) 2026-2029"),
    ("p", "Commune de Pornichet – Plan mercredi"),
    ("h", "Diagnostic"),
    ("p", "La commune compte 3 écoles publiques (512 élèves) et 1 école privée sous contrat (186 élèves). L'accueil de loisirs reçoit en moyenne 142 enfants le mercredi. Les familles expriment une forte demande d'activités sportives et de pleine nature ; l'offre culturelle est jugée insuffisante pour les 9-11 ans."),
    ("h", "Objectifs éducatifs"),
    ("table", [
        ["Objectif", "Actions", "Indicateurs"],
        ["Favoriser l'accès de tous aux loisirs", "Tarification au quotient, accueil d'enfants en situation de handicap avec animateur renfort", "Part d'enfants des deux premières tranches de QF"],
        ["Éduquer à l'environnement", "Cycles « littoral et dunes », jardin pédagogique", "Nombre de cycles réalisés"],
        ["Développer la citoyenneté", "Conseil municipal des enfants, projets solidaires", "Nombre de projets portés par les enfants"],
    ]),
    ("h", "Pilotage"),
    ("p", "Un comité de pilotage réunissant élus, directeurs d'école, parents, CAF et service départemental à la jeunesse se réunit deux fois par an."),
]

DOCX["p053_livret_accueil_agents.docx"] = [
    ("title", "Livret d'accueil des nouveaux agents"),
    ("p", "Bienvenue à la Communauté de communes du Haut-Béarn !"),
    ("h", "Votre première semaine"),
    ("p", "Votre responsable vous accueille le premier jour et vous remet votre badge d'accès, votre identifiant informatique et le règlement intérieur. Une journée d'intégration collective est organisée chaque trimestre au siège, à Oloron-Sainte-Marie."),
    ("h", "Temps de travail"),
    ("p", "Le temps de travail est de 1 607 heures annuelles. Cycles proposés : 35 h sans RTT, 37 h avec 12 jours de RTT, 39 h avec 23 jours de RTT. Le télétravail est possible jusqu'à deux jours par semaine pour les postes éligibles."),
    ("h", "Action sociale"),
    ("p", "Vous pouvez bénéficier des prestations du CNAS (chèques vacances, aides à la rentrée, prêts), d'une participation employeur à la mutuelle et à la prévoyance, et des titres-restaurant."),
    ("h", "Santé au travail"),
    ("p", "Une visite d'information et de prévention est organisée dans les trois mois suivant votre arrivée. L'assistante sociale du personnel, tenue au secret professionnel, peut être contactée en toute confidentialité pour toute difficulté personnelle ou financière."),
    ("h", "Dialogue social"),
    ("p", "Les représentants du personnel siègent au comité social territorial. Les panneaux syndicaux se trouvent dans le hall du siège et dans chaque centre technique."),
]

DOCX["p054_convention_mise_a_disposition.docx"] = [
    ("title", "Convention de mise à disposition d'un local communal"),
    ("p", "Entre la commune de Saint-Jean-de-Luz, représentée par son maire, d'une part, et l'association Les Restaurants du Cœur – Relais du Cœur de Saint-Jean-de-Luz, représentée par sa responsable de centre, d'autre part,"),
    ("h", "Article 1 – Objet"),
    ("p", "La commune met à disposition de l'association le local situé 7 rue Léon-Dufau (rez-de-chaussée, 140 m²) pour ses activités d'aide alimentaire, d'accompagnement et d'insertion."),
    ("h", "Article 2 – Durée"),
    ("p", "La convention est conclue pour trois ans à compter du 1er mars 2026, renouvelable par reconduction expresse."),
    ("h", "Article 3 – Conditions financières"),
    ("p", "La mise à disposition est consentie à titre gratuit. Sa valeur, estimée à 9 800 € par an, constitue une subvention en nature qui sera mentionnée dans les annexes du compte administratif. Les fluides (eau, électricité, chauffage) restent à la charge de la commune."),
    ("h", "Article 4 – Obligations de l'association"),
    ("p", "L'association assure le local, l'entretient et communique chaque année son rapport d'activité (nombre de personnes accueillies, repas distribués)."),
    ("p", "Fait à Saint-Jean-de-Luz, le 12 février 2026, en deux exemplaires."),
]

DOCX["p055_rapport_commission_accessibilite.docx"] = [
    ("title", "Commission intercommunale pour l'accessibilité – Rapport annuel 2025"),
    ("p", "Grand Cahors"),
    ("h", "1. Cadre bâti"),
    ("p", "Sur les 142 établissements recevant du public communautaires et communaux, 97 sont désormais accessibles (68 %). Les travaux 2025 ont porté sur l'installation d'un ascenseur à la médiathèque, de boucles magnétiques dans les salles de spectacle et la mise en accessibilité des sanitaires de six écoles."),
    ("h", "2. Voirie et transports"),
    ("p", "72 arrêts de bus sur 210 sont accessibles aux personnes en fauteuil roulant. Le service de transport à la demande pour les personnes à mobilité réduite a réalisé 8 430 trajets."),
    ("h", "3. Logement"),
    ("p", "Le recensement des logements accessibles du parc social fait apparaître 312 logements adaptés, pour 96 demandes en attente émanant de personnes en situation de handicap."),
    ("h", "4. Recommandations"),
    ("p", "La commission, qui associe les associations APF France handicap, Valentin Haüy, l'UNAFAM et l'association des sourds du Lot, recommande la formation des agents d'accueil à la langue des signes et au « facile à lire et à comprendre » (FALC), ainsi qu'un audit de l'accessibilité numérique du site internet."),
]
DOCX["p056_dicrim_extrait.docx"] = [
    ("title", "Document d'information communal sur les risques majeurs (DICRIM)"),
    ("p", "Commune de Sommières (Gard) – édition 2026"),
    ("h", "Le risque inondation"),
    ("p", "Sommières est traversée par le Vidourle, fleuve sujet à des crues brutales (les « vidourlades »), notamment à l'automne lors des épisodes méditerranéens. Les crues de 1958 et de 2002 ont submergé le centre historique sous plus de deux mètres d'eau."),
    ("h", "Comment êtes-vous alerté ?"),
    ("p", "Par la sirène (son modulé de 1 min 41 s, répété trois fois), par les messages FR-Alert sur votre téléphone portable, par le système d'appel automatique de la commune (inscription gratuite en mairie) et par les véhicules équipés de haut-parleurs."),
    ("h", "Les bons réflexes"),
    ("table", [
        ["Avant", "Pendant", "Après"],
        ["Préparer un kit d'urgence, mettre les biens à l'abri en hauteur", "Monter à l'étage, ne pas aller chercher les enfants à l'école, ne pas prendre sa voiture", "Aérer, désinfecter, déclarer le sinistre à son assureur"],
    ]),
    ("h", "Lieux de regroupement"),
    ("p", "Gymnase du collège Gaston-Doumergue et salle Lucien-Dumas, hors zone inondable. Le plan communal de sauvegarde peut être consulté en mairie."),
]

DOCX["p057_deliberation_schema_gens_voyage.docx"] = [
    ("title", "Conseil départemental de la Gironde – Commission permanente"),
    ("p", "Délibération n° 2026.014.CP – Avis sur le projet de schéma départemental d'accueil et d'habitat des gens du voyage 2026-2032"),
    ("p", "Vu la loi n° 2000-614 du 5 juillet 2000 relative à l'accueil et à l'habitat des gens du voyage ;"),
    ("p", "Vu le projet de schéma élaboré conjointement par l'État et le Département, présenté à la commission consultative départementale le 17 décembre 2025 ;"),
    ("p", "Considérant que le diagnostic fait apparaître un déficit de 212 places en aires permanentes d'accueil, une forte demande d'ancrage territorial (près de 1 800 familles en situation de sédentarisation, souvent sur des terrains non constructibles) et des difficultés persistantes d'accès à la scolarisation et aux soins ;"),
    ("p", "Considérant que le Département contribue au schéma au titre de ses compétences en matière d'action sociale et d'insertion, et qu'il finance les postes de médiateurs scolaires et sanitaires ;"),
    ("p", "La commission permanente, après en avoir délibéré, émet un avis favorable au projet de schéma, sous réserve :"),
    ("p", "– d'un renforcement des objectifs de terrains familiaux locatifs et de logements adaptés ;"),
    ("p", "– de la création d'une aire de grand passage supplémentaire dans le Médoc ;"),
    ("p", "– d'une évaluation annuelle présentée devant la commission consultative."),
    ("table", [
        ["Vote", "Pour", "Contre", "Abstention"],
        ["Commission permanente", "41", "0", "5"],
    ]),
]

DOCX["p058_fiche_poste_prevention_delinquance.docx"] = [
    ("title", "Fiche de poste"),
    ("table", [
        ["Intitulé", "Coordonnateur(trice) du conseil intercommunal de sécurité et de prévention de la délinquance (CISPD)"],
        ["Employeur", "Communauté d'agglomération du Pays Basque – pôle Cohésion sociale"],
        ["Catégorie", "A – attaché territorial"],
        ["Lieu", "Bayonne, déplacements sur le territoire"],
    ]),
    ("h", "Missions"),
    ("p", "Animer le CISPD et ses groupes de travail (violences intrafamiliales, prévention de la radicalisation, tranquillité dans les transports) ; élaborer et évaluer la stratégie territoriale de sécurité ; coordonner les actions de prévention de la récidive (travaux d'intérêt général, accueil de personnes placées sous main de justice) avec le SPIP et la protection judiciaire de la jeunesse ; suivre les financements du FIPD."),
    ("h", "Profil"),
    ("p", "Formation supérieure en sciences politiques, droit ou sociologie ; connaissance des acteurs de la sécurité et de la justice ; aptitude à animer des partenariats ; respect absolu de la confidentialité des échanges nominatifs des cellules de veille."),
    ("h", "Conditions"),
    ("p", "Temps complet, télétravail partiel possible. Rémunération statutaire et régime indemnitaire, participation mutuelle et prévoyance."),
]

DOCX["p059_bilan_cispd.docx"] = [
    ("title", "Bilan 2025 du conseil intercommunal de sécurité et de prévention de la délinquance"),
    ("p", "Communauté de communes Rhône Lez Provence"),
    ("h", "Indicateurs de la gendarmerie (source : compagnie de Bollène)"),
    ("table", [
        ["Type de faits", "2024", "2025", "Évolution"],
        ["Cambriolages de logements", "168", "141", "-16 %"],
        ["Vols de véhicules", "72", "65", "-10 %"],
        ["Violences intrafamiliales", "214", "246", "+15 %"],
        ["Infractions à la législation sur les stupéfiants", "131", "157", "+20 %"],
        ["Atteintes aux élus", "6", "9", "+50 %"],
    ]),
    ("p", "La hausse des violences intrafamiliales enregistrées traduit en partie une meilleure libération de la parole et le développement du dépôt de plainte hors commissariat."),
    ("h", "Actions"),
    ("p", "Ouverture de deux logements d'urgence pour les victimes de violences conjugales ; accueil de 23 personnes en travail d'intérêt général dans les services communaux ; 38 interventions de prévention des addictions dans les collèges ; installation de 14 caméras supplémentaires."),
]

DOCX["p060_pv_ca_lycee.docx"] = [
    ("title", "Lycée professionnel Jean-Moulin – Procès-verbal du conseil d'administration"),
    ("p", "Séance du 29 janvier 2026 – 18 h – salle polyvalente. Quorum : 18 membres présents sur 24."),
    ("h", "1. Approbation du PV de la séance du 27 novembre 2025"),
    ("p", "Adopté à l'unanimité."),
    ("h", "2. Répartition de la dotation horaire globale 2026-2027"),
    ("p", "Le proviseur présente une DHG de 1 642 heures (–18 heures par rapport à l'an dernier), liée à la fermeture d'une demi-division de CAP. Les représentants des personnels regrettent la suppression de dédoublements en enseignement professionnel ; un représentant des parents demande le maintien de l'option sport. Vote : 9 pour, 10 contre, 3 abstentions. La DHG est rejetée ; elle sera représentée le 12 février."),
    ("h", "3. Voyages scolaires"),
    ("p", "Voyage à Barcelone des terminales Commerce (avril), participation des familles : 180 € ; un fonds social lycéen peut être sollicité. Adopté à l'unanimité."),
    ("h", "4. Questions diverses"),
    ("p", "Les élèves élus demandent l'installation de casiers. L'adjointe gestionnaire étudiera le financement sur les fonds propres."),
]
HTML["p061_page_aides_ccas.html"] = (
    "Les aides du CCAS – Ville d'Angoulême",
    """<h1>Les aides du Centre communal d'action sociale</h1>
<p>Le CCAS accompagne les Angoumoisins qui traversent une période difficile. Toutes les demandes sont étudiées de façon confidentielle par une commission.</p>
<h2>Aides alimentaires</h2>
<p>Bons d'achat ou orientation vers l'épicerie sociale « Le Panier partagé », sur évaluation d'un travailleur social.</p>
<h2>Aides à l'énergie et au logement</h2>
<p>Participation aux factures d'eau, d'électricité ou de gaz en cas d'impayé, en complément du Fonds de solidarité logement du Département.</p>
<h2>Domiciliation</h2>
<p>Les personnes sans domicile stable ayant un lien avec la commune peuvent y recevoir leur courrier et faire valoir leurs droits.</p>
<h2>Seniors</h2>
<p>Portage de repas, téléassistance, registre canicule et grand froid, accompagnement dans les démarches d'APA.</p>
<h2>Comment faire ?</h2>
<p>Accueil sans rendez-vous le lundi, mardi et jeudi de 8 h 30 à 12 h, 1 place de l'Hôtel-de-Ville. Téléphone : 05 45 xx xx xx. Munissez-vous de vos justificatifs de ressources et de charges.</p>""",
)

HTML["p062_actualite_permanence_droit_etrangers.html"] = (
    "Actualité – Une permanence d'accès au droit des étrangers à la maison de la justice",
    """<h1>Une permanence d'accès au droit des étrangers à la maison de la justice et du droit</h1>
<p class="date">Publié le 9 février 2026</p>
<p>À partir du 3 mars, la maison de la justice et du droit de Villiers-le-Bel accueille une permanence gratuite consacrée au droit des étrangers, tenue un mardi sur deux par un juriste de l'association La Cimade et un avocat du barreau du Val-d'Oise.</p>
<p>Les personnes peuvent y obtenir une information sur les démarches de titre de séjour, de naturalisation, de regroupement familial ou d'asile, et une aide pour les recours. Les rendez-vous se prennent à l'accueil de la MJD ou par téléphone.</p>
<p>« Nous constatons de nombreuses ruptures de droits liées à la dématérialisation des procédures en préfecture », explique la directrice de la MJD. En 2025, la structure a reçu plus de 600 personnes sur ces questions lors des permanences généralistes.</p>
<p><b>Infos pratiques :</b> Maison de la justice et du droit, 4 avenue Pierre-Sémard. Accès bus 270, arrêt Mairie.</p>""",
)

HTML["p063_page_decheteries.html"] = (
    "Déchèteries – horaires et conditions d'accès",
    """<h1>Déchèteries du SICTOM de la Bresse</h1>
<table border="1">
<tr><th>Site</th><th>Lundi-vendredi</th><th>Samedi</th></tr>
<tr><td>Louhans</td><td>9 h-12 h / 14 h-18 h</td><td>9 h-18 h</td></tr>
<tr><td>Pierre-de-Bresse</td><td>14 h-18 h (fermé le mardi)</td><td>9 h-12 h / 14 h-18 h</td></tr>
<tr><td>Cuiseaux</td><td>mercredi et vendredi 14 h-18 h</td><td>9 h-12 h</td></tr>
</table>
<p>Accès réservé aux habitants du territoire munis de la carte d'accès. Volume maximum : 2 m³ par jour. Les déchets d'amiante sont collectés une fois par trimestre, sur inscription.</p>
<p>Fermeture de tous les sites les jours fériés.</p>""",
)

HTML["p064_faq_pacs_mairie.html"] = (
    "Pacs en mairie – questions fréquentes",
    """<h1>Conclure un Pacs en mairie</h1>
<h2>Qui peut se pacser ?</h2>
<p>Deux personnes majeures, de sexe différent ou de même sexe, qui ne sont ni mariées ni déjà pacsées, et qui n'ont pas entre elles de lien de parenté direct.</p>
<h2>Où s'adresser ?</h2>
<p>À la mairie de la commune de votre résidence commune, ou chez un notaire. À Annecy, l'enregistrement se fait sur rendez-vous au service état civil, du lundi au vendredi.</p>
<h2>Quels documents ?</h2>
<p>La convention de Pacs (formulaire cerfa n° 15726 ou convention rédigée par vos soins), la déclaration conjointe (cerfa n° 15725), un acte de naissance de moins de 3 mois pour chacun et une pièce d'identité.</p>
<h2>Peut-on organiser une cérémonie ?</h2>
<p>Oui, la Ville propose une cérémonie facultative en salle des mariages, le samedi matin, en présence d'un élu.</p>
<h2>Comment dissoudre un Pacs ?</h2>
<p>Par déclaration conjointe ou par signification de l'un des partenaires par commissaire de justice. Le Pacs est dissous de plein droit par le mariage ou le décès.</p>""",
)

HTML["p065_atelier_parentalite.html"] = (
    "Ateliers parents – programme du printemps",
    """<h1>Être parent, parlons-en : les ateliers du printemps</h1>
<p>Le Relais petite enfance et le centre social Croix-Rouge de Reims proposent un cycle d'ateliers gratuits pour les parents d'enfants de 0 à 11 ans.</p>
<ul>
<li><b>Mardi 10 mars, 18 h</b> – Les écrans et les tout-petits, avec une psychologue de la PMI</li>
<li><b>Samedi 21 mars, 10 h</b> – Parents séparés : comment préserver les enfants ? Avec une médiatrice familiale de l'UDAF</li>
<li><b>Mardi 7 avril, 18 h</b> – Le sommeil de l'enfant</li>
<li><b>Samedi 18 avril, 10 h</b> – Faire face aux colères : la discipline positive</li>
</ul>
<p>Garde d'enfants assurée sur place. Inscription au 03 26 xx xx xx.</p>""",
)

HTML["p066_offre_eje.html"] = (
    "Offre d'emploi – Éducateur de jeunes enfants",
    """<h1>Éducateur / éducatrice de jeunes enfants – multi-accueil Les P'tits Loups</h1>
<p><b>Employeur :</b> Communauté de communes du Pays de Fayence<br><b>Grade :</b> éducateur de jeunes enfants (catégorie A)<br><b>Poste à pourvoir :</b> 1er mai 2026</p>
<h2>Missions</h2>
<ul><li>Accueillir les enfants de 10 semaines à 4 ans et leurs familles</li><li>Concevoir et animer le projet pédagogique avec l'équipe (12 professionnelles)</li><li>Assurer la continuité de direction en l'absence de la directrice</li><li>Accompagner l'inclusion des enfants en situation de handicap</li></ul>
<h2>Profil</h2>
<p>DE d'éducateur de jeunes enfants. Sens de l'observation, créativité, travail en équipe.</p>
<p>Candidature : rh@ccpaysdefayence.example avant le 31 mars.</p>""",
)

HTML["p067_marches_publics_en_cours.html"] = (
    "Marchés publics en cours",
    """<h1>Consultations en cours – Ville de Cognac</h1>
<table border="1">
<tr><th>Objet</th><th>Procédure</th><th>Date limite</th></tr>
<tr><td>Fourniture de produits d'entretien et d'hygiène (2026-2028)</td><td>Appel d'offres ouvert</td><td>6 mars 2026, 12 h</td></tr>
<tr><td>Restauration de la façade de l'église Saint-Léger – maîtrise d'œuvre</td><td>Procédure adaptée</td><td>13 mars 2026, 12 h</td></tr>
<tr><td>Location et maintenance de photocopieurs</td><td>Procédure adaptée</td><td>20 mars 2026, 12 h</td></tr>
<tr><td>Prestations de transport pour les sorties scolaires</td><td>Accord-cadre à bons de commande</td><td>27 mars 2026, 12 h</td></tr>
</table>
<p>Les dossiers de consultation sont téléchargeables gratuitement sur le profil d'acheteur. Les questions doivent être posées via la plateforme au plus tard 8 jours avant la date limite.</p>""",
)

HTML["p068_newsletter_culturelle.html"] = (
    "La lettre culturelle – mars 2026",
    """<h1>Sortir à Albi en mars</h1>
<h2>Théâtre</h2>
<p>« Les Fourberies de Scapin » par la compagnie du Grand Rond, Scène nationale, 6 et 7 mars, 20 h 30.</p>
<h2>Musique</h2>
<p>Concert de l'orchestre d'harmonie municipal, cathédrale Sainte-Cécile, dimanche 15 mars, 16 h. Entrée libre.</p>
<h2>Exposition</h2>
<p>« Toulouse-Lautrec et l'affiche », musée Toulouse-Lautrec, jusqu'au 31 mai. Gratuit le premier dimanche du mois.</p>
<h2>Jeune public</h2>
<p>Printemps des poètes à la médiathèque Pierre-Amalric : ateliers d'écriture pour les 8-12 ans les mercredis 11 et 18 mars.</p>
<p>Pour ne plus recevoir cette lettre, cliquez sur le lien de désinscription.</p>""",
)

HTML["p069_page_enfance_en_danger.html"] = (
    "Enfance en danger : comment agir ?",
    """<h1>Un enfant est en danger ? Vous pouvez agir</h1>
<p>Chacun peut être témoin de violences, de négligences ou de maltraitances envers un enfant. Il n'est pas nécessaire d'avoir des preuves pour alerter : il suffit d'avoir des inquiétudes.</p>
<h2>Qui appeler ?</h2>
<ul>
<li><b>119 – Allô Enfance en danger</b> : gratuit, 24 h/24, 7 j/7, invisible sur les factures. Aussi accessible par tchat sur allo119.gouv.fr.</li>
<li><b>17</b> en cas de danger immédiat.</li>
<li>La <b>cellule départementale de recueil des informations préoccupantes</b> du Département du Var, pour les professionnels.</li>
</ul>
<h2>Que se passe-t-il ensuite ?</h2>
<p>L'information est évaluée par des professionnels (travailleurs sociaux, puéricultrices). Selon la situation, une aide à la famille peut être proposée, ou le procureur de la République peut être saisi. Le signalement de bonne foi ne peut pas donner lieu à des poursuites contre son auteur.</p>
<p>Campagne de la Ville de Toulon à l'occasion de la Journée internationale des droits de l'enfant.</p>""",
)

HTML["p070_resume_conseil_municipal.html"] = (
    "Conseil municipal du 12 février : ce qu'il faut retenir",
    """<h1>Conseil municipal du 12 février : ce qu'il faut retenir</h1>
<p>Le conseil municipal de Draguignan s'est réuni jeudi soir. Voici les principales décisions.</p>
<ul>
<li><b>Budget primitif 2026 adopté</b> (29 voix pour, 6 contre) : 48,2 M€ en fonctionnement, 14,6 M€ en investissement, sans hausse des taux d'imposition.</li>
<li><b>Centre-ville</b> : lancement des travaux de requalification du boulevard Clemenceau en septembre.</li>
<li><b>Solidarité</b> : subvention de 25 000 € au Secours populaire et de 18 000 € à l'association d'aide aux victimes AVIJ 83.</li>
<li><b>Sport</b> : convention avec le club de rugby pour l'utilisation du stade.</li>
</ul>
<p>Le débat a porté notamment sur la sécurité : l'opposition a demandé la publication d'indicateurs trimestriels de la police municipale ; le maire s'y est engagé.</p>
<p>La vidéo intégrale de la séance est disponible sur la chaîne de la Ville.</p>""",
)
HTML["p071_page_videoprotection.html"] = (
    "La vidéoprotection à Agen – information du public",
    """<h1>La vidéoprotection sur la voie publique</h1>
<p>La Ville d'Agen dispose d'un système de vidéoprotection autorisé par arrêté préfectoral, renouvelé le 14 novembre 2025.</p>
<h2>Pourquoi ?</h2>
<p>Prévenir les atteintes aux personnes et aux biens, réguler la circulation et faciliter le travail des forces de l'ordre et de la justice.</p>
<h2>Vos droits</h2>
<p>Les images sont conservées 21 jours au maximum, puis détruites automatiquement, sauf réquisition judiciaire. Toute personne filmée peut demander à accéder aux images la concernant, en écrivant au maire (délégué à la protection des données, hôtel de ville, 47000 Agen). Les zones équipées sont signalées par des panneaux.</p>
<h2>Qui regarde les images ?</h2>
<p>Seuls les opérateurs habilités du centre de supervision urbain, placés sous l'autorité du chef de la police municipale, et les officiers de police judiciaire sur réquisition.</p>
<p>Le comité d'éthique de la vidéoprotection, composé d'élus de tous les groupes et de représentants d'associations, publie un rapport annuel.</p>""",
)

HTML["p072_resultats_municipales.html"] = (
    "Élections municipales 2026 – résultats du second tour",
    """<h1>Résultats du second tour – dimanche 22 mars 2026</h1>
<p>Commune de Saint-Dié-des-Vosges – 16 842 inscrits – 9 106 votants (54,1 %) – 8 874 suffrages exprimés</p>
<table border="1">
<tr><th>Liste</th><th>Tête de liste</th><th>Voix</th><th>%</th><th>Sièges au conseil municipal</th></tr>
<tr><td>Saint-Dié Ensemble</td><td>Mme Hélène Colin</td><td>4 102</td><td>46,2 %</td><td>24</td></tr>
<tr><td>Déodatie Demain</td><td>M. Gilles Pierrat</td><td>3 215</td><td>36,2 %</td><td>7</td></tr>
<tr><td>Le Renouveau Déodatien</td><td>M. Karim Haddou</td><td>1 557</td><td>17,6 %</td><td>2</td></tr>
</table>
<p>Le nouveau conseil municipal se réunira le samedi 28 mars à 10 h pour l'élection du maire et des adjoints. La séance est publique.</p>""",
)

HTML["p073_journee_don_organes.html"] = (
    "22 juin : Journée nationale de réflexion sur le don d'organes",
    """<h1>Don d'organes : tous concernés</h1>
<p>À l'occasion de la Journée nationale de réflexion sur le don d'organes et la greffe, le CHU de Clermont-Ferrand et l'association France ADOT 63 tiennent un stand d'information dans le hall de l'hôpital Gabriel-Montpied, le lundi 22 juin de 10 h à 16 h.</p>
<p>En France, plus de 22 000 personnes sont en attente d'une greffe. En 2025, le CHU a réalisé 164 greffes de rein, de foie et de cœur.</p>
<p>Chacun est présumé donneur, sauf s'il s'y est opposé de son vivant en s'inscrivant sur le registre national des refus. Le plus important : faire connaître sa position à ses proches.</p>
<p>Les coordinatrices hospitalières répondront à vos questions.</p>""",
)

HTML["p074_fete_associations.html"] = (
    "Forum des associations 2026",
    """<h1>Forum des associations : samedi 5 septembre</h1>
<p>Plus de 120 associations sportives, culturelles, solidaires et de loisirs vous attendent au parc des expositions de Bourg-en-Bresse, de 10 h à 18 h.</p>
<ul>
<li>Démonstrations sur le podium toutes les 30 minutes (danse, judo, gymnastique, chorale)</li>
<li>Espace bénévolat : trouvez une mission qui vous ressemble</li>
<li>Village des solidarités : Secours catholique, Restos du cœur, France Alzheimer, Croix-Rouge</li>
</ul>
<p>Entrée libre. Navettes gratuites depuis la gare toutes les 20 minutes.</p>""",
)

HTML["p075_cours_francais_adultes.html"] = (
    "Apprendre le français : les cours pour adultes",
    """<h1>Apprendre le français à Clermont-l'Hérault</h1>
<p>Vous êtes arrivé(e) récemment en France, ou vous souhaitez améliorer votre français pour votre vie quotidienne, votre travail ou vos démarches ? Plusieurs solutions existent près de chez vous.</p>
<h2>Ateliers sociolinguistiques du centre social</h2>
<p>Lundi et jeudi de 9 h à 11 h, tous niveaux, 20 € l'année. Garde des enfants possible.</p>
<h2>Cours du soir de l'association Alpha Cœur d'Hérault</h2>
<p>Mardi de 18 h 30 à 20 h, bénévoles formés, gratuit.</p>
<h2>Formations linguistiques de l'OFII</h2>
<p>Les signataires du contrat d'intégration républicaine bénéficient d'une formation gratuite de 100 à 600 heures. Renseignez-vous auprès de la direction territoriale de l'OFII à Montpellier.</p>
<h2>Préparer un diplôme</h2>
<p>Le GRETA propose des préparations au DELF et au TCF, utiles pour les demandes de carte de résident ou de naturalisation.</p>
<p>Renseignements : accueil du centre social, 04 67 xx xx xx.</p>""",
)


if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
