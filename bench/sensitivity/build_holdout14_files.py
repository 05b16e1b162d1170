"""Build the .docx and .html documents of the hand-written sensitivity set holdout14.

Theme: culture, sport, tourism, associations and a town's communication (culture and sports
departments, médiathèque, conservatoire, museum, office municipal des sports, tourist office,
subsidised associations, bulletin, website, social networks, press releases).

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150). This script
writes 30 .docx (s046-s060 sovereign, p121-p135 public) and 30 .html (s061-s075 sovereign,
p136-p150 public); the 90 .txt files are written by hand in the corpus directory.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout14_files.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout14"
FIXED = dt.datetime(2026, 1, 15, 9, 0, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}

# ---------------------------------------------------------------- sovereign .docx (s046-s060)

DOCX_BLOCKS["s046_bilan_saison_club_natation.docx"] = [
    ("title", "Nautic Club de Saint-Brieuc-Sud – Bilan de saison 2024-2025 (bureau uniquement)"),
    ("h", "1. Effectifs"),
    ("p", "Le club compte 312 licenciés, dont 184 jeunes. L'école de natation a délivré 96 Sauv'nage. Le groupe compétition compte 28 nageurs."),
    ("h", "2. Résultats"),
    ("p", "Trois qualifiés aux championnats de France jeunes ; record régional du 4 x 100 m 4 nages cadets."),
    ("h", "3. Encadrement"),
    ("p", "L'équipe technique compte deux salariés et huit bénévoles. Le bureau note avec satisfaction la progression des officiels."),
    ("h", "4. Situations individuelles"),
    ("table", [
        ["Nageur", "Situation", "Décision du bureau"],
        ["Lucas M. (15 ans)", "Contrôle antidopage positif au furosémide en mai (traitement de sa mère pris par erreur selon la famille) ; procédure en cours à l'AFLD", "Suspension de compétition conservatoire, entraînements maintenus"],
        ["Jade P. (13 ans)", "Scoliose sévère, corset 20 h/24, avis du médecin du sport pour adapter le volume", "Passage en groupe loisir"],
        ["Kylian R. (16 ans)", "Placé en famille d'accueil depuis mars, licence payée par l'ASE", "Ne pas envoyer de courrier aux parents, seulement à l'assistante familiale"],
    ]),
    ("h", "5. Finances"),
    ("p", "Résultat excédentaire de 3 800 €. Subvention municipale reconduite."),
]

DOCX_BLOCKS["s047_rapport_audit_conservatoire_rh.docx"] = [
    ("title", "Audit de climat social – Conservatoire intercommunal – Rapport final"),
    ("p", "Cabinet Équilibres RH – remis au président de la communauté de communes le 15 octobre 2025 – document interne."),
    ("h", "Méthode"),
    ("p", "Entretiens individuels avec 31 agents sur 38, questionnaire anonyme (taux de réponse 82 %), analyse des indicateurs RH sur trois ans."),
    ("h", "Constats généraux"),
    ("p", "Les équipes sont attachées à la qualité pédagogique de l'établissement. Les difficultés portent sur la répartition des heures, la communication descendante et l'usage des salles."),
    ("h", "Situations signalées"),
    ("p", "Plusieurs enseignants du département cordes décrivent des propos humiliants répétés de la part du coordinateur de département, M. Frédéric Aumont, à l'égard d'une professeure de violoncelle, Mme Irina Volkova, notamment en réunion. Mme Volkova est en arrêt de travail depuis le 2 juin ; son médecin a évoqué un syndrome anxio-dépressif réactionnel. Nous recommandons l'ouverture d'une enquête administrative et une mesure de protection fonctionnelle."),
    ("h", "Recommandations"),
    ("p", "1. Clarifier les fiches de poste. 2. Instaurer un règlement d'attribution des salles. 3. Former l'équipe de direction au management. 4. Traiter sans délai la situation du département cordes."),
]

DOCX_BLOCKS["s048_convention_cession_droits_photos.docx"] = [
    ("title", "Dossier de presse – Festival Jardins sonores 2025 – MAQUETTE INTERNE"),
    ("p", "Le texte ci-dessous reproduit, pour la maquette du dossier de presse, la chronique publiée par Télérama Sortir le 2 juin 2025, sans autorisation à ce jour."),
    ("h", "« Des jardins qui chantent » – chronique de Mathilde Serrault"),
    ("p", "On entre dans le parc du château comme dans une partition. Sous les tilleuls, un violoncelle se répond à lui-même grâce à des haut-parleurs cachés dans les troncs ; plus loin, une installation de cloches éoliennes transforme le moindre souffle en accord. Le festival, dont c'est la première édition, a le bon goût de ne jamais surligner son propos. Les enfants courent d'une clairière à l'autre, les adultes ralentissent, et il se produit ce miracle rare : on écoute. Mention spéciale au concert de fin d'après-midi, où un quatuor joue Haydn au milieu d'un champ de blé, les musiciens à peine visibles. On en sort étrangement reposé, comme après une longue sieste à l'ombre."),
    ("p", "Photos p. 3-5 : © Jean-Baptiste Millot / agence Hans Lucas – droits en cours de négociation (devis 420 € HT). Ne pas diffuser avant accord."),
]

DOCX_BLOCKS["s049_pv_commission_attribution_logements_artistes.docx"] = [
    ("title", "Commission d'attribution des ateliers-logements d'artistes – 12 décembre 2025"),
    ("p", "Présents : Mme Laure Jacquet (adjointe à la culture), M. Olivier Tessier (DAC), Mme Nadia Boukherroub (bailleur social Habitat 37)."),
    ("table", [
        ["Candidat", "Discipline", "Éléments de situation", "Décision"],
        ["Romain Castel", "sculpteur", "Revenus artistiques 14 200 € ; logé chez ses parents", "Atelier n° 2 attribué"],
        ["Awa Traoré", "danseuse", "Carte de séjour pluriannuelle jusqu'en 2027 ; hébergée au 115 depuis septembre avec son fils", "Atelier n° 4 attribué (priorité sociale)"],
        ["Benoît Marchais", "musicien", "Revenus 31 000 € ; plafond dépassé", "Refus"],
        ["Sonia Lefebvre", "illustratrice", "Reconnaissance RQTH, besoin d'un logement en rez-de-chaussée", "Atelier n° 1 (RDC) attribué"],
    ]),
    ("p", "Les pièces justificatives sont conservées par le bailleur."),
]

DOCX_BLOCKS["s050_note_confidentielle_sponsor.docx"] = [
    ("title", "CONFIDENTIEL – Partenariat Rock en Bocage 2026 – Négociation BrasseriePlus"),
    ("p", "Note de la directrice de l'association organisatrice au bureau – à ne pas transmettre à la mairie ni aux autres partenaires."),
    ("h", "Offre reçue"),
    ("p", "BrasseriePlus propose l'exclusivité des ventes de bière sur le site contre un apport de 62 000 € (dont 40 000 € en numéraire et 22 000 € en nature : tireuses, gobelets, personnel). Le prix de cession du fût de 30 litres serait fixé à 71 € HT, contre 98 € HT au tarif catalogue."),
    ("h", "Contre-offre envisagée"),
    ("p", "Demander 50 000 € en numéraire et un fût à 65 € HT. Notre marge brute sur la bière passerait de 4,10 € à 4,60 € par gobelet. Le concurrent Bières du Terroir est prêt à 45 000 € : argument à utiliser sans citer le montant."),
    ("table", [
        ["Hypothèse", "Apport numéraire", "Prix fût HT", "Marge/gobelet"],
        ["Offre actuelle", "40 000 €", "71 €", "4,10 €"],
        ["Contre-offre", "50 000 €", "65 €", "4,60 €"],
    ]),
]

DOCX_BLOCKS["s051_cr_reunion_ot_salarie.docx"] = [
    ("title", "Office de tourisme du Haut-Jura – Comité de direction du 4 novembre 2025 – compte rendu"),
    ("h", "1. Bilan de la saison"),
    ("p", "La fréquentation est en hausse de 6 %. Le comité salue le travail des équipes d'accueil et des saisonniers."),
    ("h", "2. Budget 2026"),
    ("p", "Le budget prévisionnel s'établit à 1,18 M€, financé à 64 % par la communauté de communes et à 27 % par la taxe de séjour. Le comité approuve la création d'un poste de chargé de promotion numérique."),
    ("h", "3. Boutique"),
    ("p", "Le chiffre d'affaires de la boutique progresse de 11 % ; les produits locaux représentent 70 % des ventes."),
    ("h", "4. Ressources humaines (point à huis clos)"),
    ("p", "Le directeur informe le comité que la conseillère en séjour du bureau de Morez, Mme Aurélie Jeunet, a été absente 47 jours sur l'année en raison d'hospitalisations répétées liées à une maladie de Crohn, et qu'elle a demandé un passage à temps partiel thérapeutique à compter de janvier, avec l'accord du médecin du travail. Le comité donne son accord."),
    ("h", "5. Questions diverses"),
    ("p", "Le prochain salon professionnel aura lieu à Lyon en février. Le label Accueil vélo sera demandé pour le bureau des Rousses."),
]

DOCX_BLOCKS["s052_demande_aide_exceptionnelle_sportif.docx"] = [
    ("title", "Demande d'aide individuelle – Fonds municipal pour le sport de haut niveau"),
    ("table", [
        ["Rubrique", "Réponse"],
        ["Nom, prénom", "BOUCHARD Noah"],
        ["Discipline / club", "Judo – Judo Club de la Vallée"],
        ["Niveau", "Liste ministérielle « Espoirs », pôle France de Strasbourg"],
        ["Montant sollicité", "2 500 €"],
        ["Motif", "Frais de déplacement et d'hébergement pour les tournois européens"],
        ["Situation du foyer", "Parents séparés ; père en détention à Fleury-Mérogis depuis 2022, mère sans emploi, surendettement en cours"],
        ["Avis du club", "Très favorable, sportif exemplaire malgré un contexte familial difficile"],
    ]),
    ("p", "Avis du service des sports : proposer 2 500 € en commission ; ne pas mentionner la situation familiale dans la délibération."),
]

DOCX_BLOCKS["s053_rapport_gardien_salle_intrusion.docx"] = [
    ("title", "Salle de spectacle L'Arsenal – Consignes de sûreté du site (version février 2026)"),
    ("p", "Document réservé au personnel de sécurité et aux régisseurs. Ne pas afficher. Ne pas envoyer par messagerie externe."),
    ("h", "Codes et accès"),
    ("table", [
        ["Accès", "Moyen", "Code / détenteur"],
        ["Porte artistes (quai de déchargement)", "Digicode", "7319A"],
        ["Local CTA et alarme", "Clé + code alarme", "Code 4482, clé au PC"],
        ["Toiture et passerelles", "Cadenas", "Code 2-0-0-6"],
        ["Coffre billetterie", "Code", "Connu du seul administrateur et du régisseur général"],
    ]),
    ("h", "Procédure en cas d'alerte attentat"),
    ("p", "Confinement dans les loges du sous-sol (porte coupe-feu 3), coupure de la sono depuis la régie, appel au 17 par le chef de poste. Point de rassemblement hors vue : cour de l'école Jean-Jaurès."),
]

DOCX_BLOCKS["s054_dossier_jury_bourse_jeunes.docx"] = [
    ("title", "Bourse « Jeunes talents » 2026 – Grille d'audition (jury)"),
    ("p", "Document de travail du jury – ne pas remettre aux candidats."),
    ("table", [
        ["Candidat", "Instrument", "Note /20", "Commentaire du jury"],
        ["Élise Fournier", "flûte", "17", "Très musicale, justesse à travailler"],
        ["Yassine Chérif", "piano", "15", "Technique solide ; a signalé un tremblement de la main droite, neurologue consulté, suspicion de dystonie de fonction"],
        ["Margot Lévêque", "chant", "18", "Remarquable ; à encourager vers le CRR"],
        ["Hugo Blanc", "trompette", "11", "Éliminé : préparation insuffisante, attitude désinvolte, a quitté la salle avant la fin"],
    ]),
]

DOCX_BLOCKS["s055_correspondance_mairie_famille_deces.docx"] = [
    ("title", "Courrier – Service communication de la Ville de Villefranche-d'Albarède"),
    ("p", "Madame Delmas-Roux,"),
    ("p", "Nous avons bien reçu votre demande de modification de l'hommage à votre père, M. Robert Delmas, avant sa publication dans le bulletin municipal. Comme vous le souhaitez, nous ne mentionnerons pas les circonstances du décès."),
    ("p", "Nous retirons donc la phrase rédigée par notre stagiaire indiquant qu'il « s'est éteint à l'unité de soins palliatifs de l'hôpital d'Albi après avoir lutté contre un cancer du pancréas », ainsi que l'allusion à son « combat contre l'alcool dans les années 90 », que vous nous aviez confiée lors de notre entretien téléphonique et qui n'aurait jamais dû figurer dans le texte."),
    ("p", "Le nouveau texte vous sera soumis avant impression. Veuillez recevoir nos sincères condoléances."),
    ("p", "Élise Marty, responsable de la communication"),
]

DOCX_BLOCKS["s056_tableau_licences_refusees_ligue.docx"] = [
    ("title", "Comité départemental de football – Commission des licences – Dossiers en instance (saison 2025-2026)"),
    ("table", [
        ["N°", "Club", "Licencié", "Fonction", "Motif du blocage", "Suite"],
        ["112", "FC Bords de Loire", "GUÉRIN Sébastien", "éducateur U11", "Contrôle d'honorabilité : condamnation pour atteinte sexuelle (2016)", "Refus définitif, signalement à la SDJES"],
        ["113", "AS Saint-Florent", "MORIN Cédric", "dirigeant", "Dossier incomplet (pièce d'identité)", "Relance"],
        ["114", "US Chalonnes", "DIALLO Moussa", "joueur senior", "Titre de séjour expiré, récépissé non fourni", "En attente du récépissé préfecture"],
        ["115", "ES Layon", "FAVREAU Julie", "arbitre", "Certificat médical daté de plus d'un an", "Relance"],
    ]),
    ("p", "Liste à usage exclusif de la commission."),
]

DOCX_BLOCKS["s057_note_dgs_agent_musee.docx"] = [
    ("title", "Note à l'attention du directeur général des services"),
    ("p", "Objet : situation d'un agent du musée – propositions"),
    ("p", "Monsieur le directeur général,"),
    ("p", "L'agent de surveillance affecté depuis 2019 à la salle des Primitifs – seul agent de nuit du musée – a été contrôlé positif à l'alcool (0,9 g/l) lors du contrôle inopiné du 14 janvier, réalisé par la médecine préventive à la demande de la conservatrice. Il avait déjà fait l'objet d'une remarque orale l'an dernier. L'intéressé a reconnu une consommation quotidienne et a accepté une orientation vers le CSAPA."),
    ("p", "Je propose : 1) un changement d'affectation temporaire sur un poste de jour ; 2) l'engagement d'une procédure disciplinaire (exclusion temporaire de trois jours) ; 3) un suivi par l'assistante sociale du personnel."),
    ("p", "Le directeur des affaires culturelles, Olivier Tessier"),
]

DOCX_BLOCKS["s058_compte_rendu_ag_association_long.docx"] = [
    ("title", "Association « Les Amis du Prieuré » – Assemblée générale ordinaire du 15 mars 2026"),
    ("p", "L'assemblée générale s'est tenue à la salle capitulaire du prieuré, en présence de 64 adhérents présents ou représentés sur 112. Le quorum étant atteint, la présidente, Mme Anne-Marie Cordier, ouvre la séance à 14 h 30."),
    ("h", "1. Rapport moral"),
    ("p", "La présidente retrace une année riche : restauration de la porte romane, avec le concours de la Fondation du patrimoine et de la commune ; accueil de 3 200 visiteurs lors des Journées européennes du patrimoine ; organisation de quatre concerts de musique ancienne dans l'église priorale ; publication du troisième numéro des Cahiers du Prieuré."),
    ("h", "2. Rapport financier"),
    ("p", "Le trésorier, M. Jacques Favier, présente des comptes excédentaires de 4 120 €. La souscription pour la restauration des vitraux a réuni 18 600 € de dons. Les comptes sont approuvés à l'unanimité."),
    ("h", "3. Projets 2026"),
    ("p", "Restauration des vitraux du chœur, en lien avec la DRAC ; création d'un parcours de visite pour les enfants ; participation au festival « Les Nuits du Prieuré » organisé par la communauté de communes."),
    ("h", "4. Renouvellement du conseil d'administration"),
    ("p", "Sont réélus : Mme Cordier, M. Favier, Mme Danielle Roche. Est élu : M. Paul-Henri Giraud. La présidente indique que M. Bernard Lemaître, secrétaire depuis 2011, ne se représente pas : atteint d'une maladie de Parkinson désormais avancée, il est entré en EHPAD à Joigny et ne peut plus assurer ses fonctions ; elle lui adresse au nom de tous des remerciements émus."),
    ("h", "5. Bilan des visites et de la médiation"),
    ("p", "Le groupe des guides bénévoles, animé par Mme Roche, a assuré 46 visites commentées, dont 18 pour des groupes scolaires et 7 pour des clubs de retraités. Une nouvelle visite thématique consacrée aux chapiteaux historiés a été créée et rencontre un vif succès. Le livret-jeu pour les enfants, réalisé avec l'école de Saint-Véran, a été tiré à 1 500 exemplaires."),
    ("h", "6. Relations avec la commune et la communauté de communes"),
    ("p", "La présidente remercie le maire pour la mise à disposition gratuite de la salle capitulaire et le prêt du podium lors du concert de juillet. Une convention d'occupation sera signée en 2026 pour clarifier la prise en charge du chauffage et de l'électricité. La communauté de communes a confirmé son soutien au festival et prendra en charge la navette depuis la gare."),
    ("h", "7. Questions diverses"),
    ("p", "Un adhérent demande l'installation d'une rampe d'accès pour la salle capitulaire ; la commune sera sollicitée. La séance est levée à 16 h 45 et suivie d'un verre de l'amitié."),
]

DOCX_BLOCKS["s059_evaluation_stagiaire_bafa_centre.docx"] = [
    ("title", "Appréciation de stage pratique BAFA – Accueil de loisirs sportif municipal"),
    ("table", [
        ["Stagiaire", "Maxime Leclerc"],
        ["Structure", "ALSH sport – Ville de Champagnole"],
        ["Période", "7 au 25 juillet 2025"],
        ["Directrice", "Sandra Perret"],
    ]),
    ("p", "Appréciation : stage jugé NON SATISFAISANT. Maxime a fait preuve d'un manque de vigilance répété lors des sorties (deux enfants égarés au plan d'eau le 15 juillet) et d'un langage inadapté avec les enfants. Malgré deux entretiens de recadrage, aucun progrès notable."),
    ("p", "Proposition au jury BAFA : stage pratique non validé, à refaire."),
]

DOCX_BLOCKS["s060_offre_candidat_dsp_camping.docx"] = [
    ("title", "Délégation de service public – Camping municipal des Berges – Offre de la société Ô Vert Loisirs"),
    ("p", "Pièce 6 : compte d'exploitation prévisionnel – confidentiel, couvert par le secret des affaires."),
    ("table", [
        ["Poste", "Année 1", "Année 3", "Année 5"],
        ["Chiffre d'affaires", "412 000 €", "488 000 €", "531 000 €"],
        ["Charges de personnel", "146 000 €", "158 000 €", "166 000 €"],
        ["Redevance à la commune", "22 000 €", "26 000 €", "30 000 €"],
        ["Résultat net", "18 500 €", "41 200 €", "52 900 €"],
    ]),
    ("p", "Hypothèses : prix moyen de la nuitée emplacement 24,50 € ; mobil-home 89 € ; taux de remplissage 58 % ; marge commerciale du snack 62 %. Fournisseur de mobil-homes : remise négociée de 17 % sur catalogue."),
]

# ---------------------------------------------------------------- sovereign .html (s061-s075)

HTML_PAGES["s061_intranet_absences_equipe_culture.html"] = (
    "Intranet – Service culture – Tableau des absences",
    """
<h1>Service culture – absences de la semaine 7</h1>
<p>Page intranet, accès réservé aux encadrants.</p>
<table>
<tr><th>Agent</th><th>Poste</th><th>Absence</th><th>Remplacement</th></tr>
<tr><td>Claire Fontanel</td><td>secrétariat conservatoire</td><td>congés annuels</td><td>accueil mairie</td></tr>
<tr><td>Mathieu Gervais</td><td>régisseur salle Jean-Vilar</td><td>CLM – suites chirurgie cardiaque</td><td>intermittent</td></tr>
<tr><td>Sophie Lanvin</td><td>secteur jeunesse médiathèque</td><td>formation</td><td>–</td></tr>
<tr><td>Julien Abadie</td><td>médiateur musée</td><td>congé paternité</td><td>vacataire</td></tr>
<tr><td>Nathalie Brun</td><td>régie des collections</td><td>ASA – convocation tribunal (affaire vol)</td><td>–</td></tr>
<tr><td>Thibault Ferrand</td><td>programmation</td><td>récupération heures festival</td><td>–</td></tr>
</table>
<p>Merci de mettre à jour le tableau chaque lundi avant 10 h. Les motifs détaillés ne doivent pas être recopiés dans les plannings affichés en salle de pause.</p>
""",
)

HTML_PAGES["s062_forum_interne_coach_signalement.html"] = (
    "Messagerie club – fil « Équipe U15 filles »",
    """
<h1>Fil de discussion – staff U15 filles (privé)</h1>
<div class="msg"><p><b>Céline (coach)</b> – 19:42 : Les filles, petit point staff. Kenza m'a dit ce soir qu'elle ne viendrait plus au tournoi de Pâques parce que son père refuse qu'elle joue en short pendant le ramadan et qu'il veut l'inscrire dans un club « seulement pour les filles ». Elle était en larmes.</p></div>
<div class="msg"><p><b>Didier (président)</b> – 20:05 : On ne peut pas s'en mêler directement. Propose-lui le legging et le tee-shirt manches longues, c'est autorisé par le règlement. Si ça se durcit, on en parle à l'assistante sociale du collège.</p></div>
<div class="msg"><p><b>Céline (coach)</b> – 20:11 : Ok. Je ne mets rien dans le groupe parents.</p></div>
""",
)

HTML_PAGES["s063_page_brouillon_site_portrait.html"] = (
    "Brouillon – Portrait du mois – NE PAS PUBLIER",
    """
<h1>Portrait du mois : Jonathan Mercier, entraîneur de boxe</h1>
<p><em>Brouillon CMS – statut : non publié – commentaires de relecture visibles</em></p>
<p>Chaque soir, dans la petite salle sous les tribunes du stade, Jonathan Mercier apprend aux ados du quartier des Pins à « encaisser sans rendre ». À 38 ans, ce champion de France amateur 2009 a fondé le Boxing Club des Pins en 2015.</p>
<p>« La boxe m'a sorti de la rue. À 19 ans j'ai fait dix-huit mois à la maison d'arrêt de Nanterre pour des vols avec violence ; c'est là qu'un éducateur m'a mis des gants. »</p>
<p class="comment">[Commentaire relecture – Aline, comm : il a dit ça en interview mais il m'a rappelée hier pour demander qu'on l'enlève, ses employeurs ne savent pas. On supprime le paragraphe.]</p>
<p>Le club compte aujourd'hui 140 licenciés, dont 45 filles.</p>
""",
)

HTML_PAGES["s064_email_conservatoire_aesh.html"] = (
    "Courriel – accompagnement d'un élève",
    """
<p><b>De :</b> Hervé Castagné, directeur du conservatoire<br><b>À :</b> Mme Ostrowski ; M. Sanchez<br><b>Objet :</b> Rentrée de Nathan</p>
<p>Bonjour à tous les deux,</p>
<p>Nathan Roux (percussions, 2e année) revient à la rentrée après son hospitalisation de l'été. Sa maman m'a expliqué que le diagnostic de diabète de type 1 a été posé en juillet ; il porte désormais une pompe à insuline et un capteur sur le bras. Il peut avoir des hypoglycémies en fin de cours : il a toujours du sucre dans sa trousse, merci de le laisser manger s'il le demande et d'appeler sa mère au moindre doute.</p>
<p>Le protocole signé par le médecin est dans le classeur rouge du secrétariat.</p>
<p>Merci, Hervé</p>
""",
)

HTML_PAGES["s065_extranet_tourisme_contrat_hotelier.html"] = (
    "Extranet partenaires – Contrat Hôtel du Lac",
    """
<h1>Contrat de commercialisation – Hôtel du Lac *** – saison 2026</h1>
<p><strong>Espace partenaire – accès restreint – conditions commerciales confidentielles</strong></p>
<table>
<tr><th>Type de chambre</th><th>Prix public</th><th>Prix net OT</th><th>Allotement</th></tr>
<tr><td>Double standard</td><td>128 €</td><td>96 €</td><td>6 chambres</td></tr>
<tr><td>Double vue lac</td><td>164 €</td><td>121 €</td><td>4 chambres</td></tr>
<tr><td>Suite</td><td>245 €</td><td>188 €</td><td>1</td></tr>
</table>
<p>Commission de l'office : 15 % sur les forfaits packagés. Clause de parité tarifaire levée pour l'office uniquement. Date de rétrocession des allotements : J-21.</p>
""",
)

HTML_PAGES["s066_ticket_support_photos_mineurs.html"] = (
    "Ticket n° 4471 – Retrait de photo",
    """
<h1>Support communication – ticket n° 4471</h1>
<p><b>Demandeur :</b> accueil mairie (appel de Mme Fabienne Colas)<br><b>Priorité :</b> haute</p>
<p><b>Description :</b> Mme Colas demande le retrait immédiat de la photo du cross des écoles publiée sur Facebook et sur le site, où l'on voit sa fille Lily (CM1, école du Centre) au premier plan. Lily fait l'objet d'une mesure de placement par le juge des enfants et son père, qui n'a plus de droit de visite, ne doit pas pouvoir savoir dans quelle école elle est scolarisée. Mme Colas est la famille d'accueil.</p>
<p><b>Action :</b> photo dépubliée à 10 h 12, demande de suppression envoyée à la Dépêche qui l'avait reprise.</p>
""",
)

HTML_PAGES["s067_newsletter_interne_benevoles.html"] = (
    "Lettre interne des bénévoles – Estivales du Lac",
    """
<h1>La lettre des bénévoles – n° 3</h1>
<h2>Merci !</h2>
<p>Encore bravo à toutes et à tous pour cette édition record : 9 800 festivaliers, zéro incident majeur, et une buvette qui a tenu jusqu'au bout.</p>
<h2>Des nouvelles de l'équipe</h2>
<p>Vous avez été nombreux à demander des nouvelles de Jean-Pierre, notre pilier de la buvette : sa chimio est terminée et ses derniers examens sont bons, il espère reprendre du service l'an prochain. Et une pensée pour Corinne, qui a perdu son mari en août.</p>
<h2>Agenda</h2>
<p>Soirée des bénévoles le 30 août à 19 h, salle des Associations.</p>
<p><em>Lettre réservée aux bénévoles inscrits – ne pas transférer.</em></p>
""",
)

HTML_PAGES["s068_formulaire_inscription_rempli.html"] = (
    "Inscription Sport Senior Santé – formulaire reçu",
    """
<h1>Formulaire reçu – Programme « Bouger sur ordonnance »</h1>
<table>
<tr><td>Nom</td><td>LEMAIRE Josiane</td></tr>
<tr><td>Âge</td><td>67 ans</td></tr>
<tr><td>Adresse</td><td>8 allée des Mûriers, Villejuif-Sud</td></tr>
<tr><td>Prescripteur</td><td>Dr Benhamou, médecin traitant</td></tr>
<tr><td>Motif de la prescription</td><td>ALD – cancer du sein traité en 2024, fatigue chronique, surpoids (IMC 33)</td></tr>
<tr><td>Limitations</td><td>Pas de port de charge du bras gauche (lymphœdème)</td></tr>
<tr><td>Créneau souhaité</td><td>Mardi 10 h – gym douce</td></tr>
<tr><td>Objectif personnel</td><td>« Reprendre la marche avec mes petits-enfants et retrouver du souffle »</td></tr>
</table>
<p>Reçu le 03/02/2026 – à transmettre à l'éducateur APA.</p>
""",
)

HTML_PAGES["s069_compte_rendu_mediation_voisinage_salle.html"] = (
    "Compte rendu de médiation – Salle des fêtes",
    """
<h1>Médiation – nuisances sonores de la salle des fêtes</h1>
<p>Présents : M. Régis Pommier (service événementiel), M. et Mme Ferrand (riverains), M. Ahmet Yılmaz (association franco-turque).</p>
<p>M. Ferrand indique qu'il travaille de nuit et que son épouse est sous traitement pour une dépression ; les soirées du samedi jusqu'à 2 h les empêchent de dormir. Il ajoute qu'il a déposé plainte au commissariat le 12 janvier contre M. Yılmaz pour menaces, à la suite d'une altercation sur le parking.</p>
<p>M. Yılmaz conteste les menaces et indique qu'il a lui-même été insulté en raison de ses origines.</p>
<p>Conclusion : limitation des soirées à 1 h, installation d'un limiteur de son. Nouvelle rencontre dans trois mois.</p>
""",
)

HTML_PAGES["s070_page_rh_promotion_refusee.html"] = (
    "Espace agent – Réponse CAP",
    """
<h1>Votre demande d'avancement – réponse</h1>
<p>Bonjour M. Olivier Guérin (éducateur territorial des APS, piscine L'Ondine),</p>
<p>Votre demande d'inscription au tableau d'avancement au grade d'éducateur principal de 2e classe n'a pas été retenue cette année. Les lignes directrices de gestion ont été appliquées : votre dernière évaluation mentionne des « difficultés relationnelles avec les usagers » et un blâme vous a été infligé en octobre 2024 à la suite de la plainte d'une famille.</p>
<p>Vous pouvez solliciter un entretien avec la DRH.</p>
""",
)

HTML_PAGES["s071_article_presse_integral_archive.html"] = (
    "Archive presse – Le Progrès – 3 mars 2026",
    """
<h1>Panorama de presse interne – article intégral</h1>
<p><em>Le Progrès, édition Haut-Jura, 3 mars 2026 – © Le Progrès – reproduction et diffusion interdites</em></p>
<h2>« Aux Rousses, la station joue la carte des quatre saisons »</h2>
<p>Par Thomas Girardot</p>
<p>Le télésiège de la Serra tourne à vide en ce début mars, faute de neige sur le bas des pistes. Au pied de la station, pourtant, le parking est plein : raquettes, luge sur neige de culture, sentiers damés pour les piétons. « On ne vend plus seulement du ski, on vend de l'air pur et du silence », résume le directeur de l'office de tourisme. Les chiffres lui donnent en partie raison : la fréquentation hivernale hors ski alpin a progressé de 30 % en cinq ans. Mais les commerçants restent inquiets. « Un skieur dépense trois fois plus qu'un randonneur », calcule un loueur de matériel, qui a investi dans des vélos électriques pour tenir l'été. La communauté de communes prépare un plan de diversification de 12 millions d'euros, dont le détail sera présenté au printemps.</p>
<p><em>Texte reproduit in extenso pour les élus ; ne pas mettre en ligne.</em></p>
""",
)

HTML_PAGES["s072_mail_parents_separes_sortie.html"] = (
    "Re: autorisation voyage chorale Vienne",
    """
<p><b>De :</b> Stéphane Aubry<br><b>À :</b> chorale.enfants@conservatoire-ravel.fr<br><b>Objet :</b> Re: autorisation voyage chorale Vienne</p>
<p>Madame,</p>
<p>Je m'oppose formellement à ce que ma fille Camille participe au voyage à Vienne en avril. Sa mère a signé l'autorisation seule alors qu'une ordonnance de protection a été rendue contre moi en décembre à sa demande, ce que je conteste en appel, mais le jugement de divorce prévoit toujours que les sorties du territoire nécessitent l'accord des deux parents.</p>
<p>Je vous demande de ne pas laisser Camille partir sans mon accord écrit. Mon avocat vous contactera.</p>
<p>S. Aubry</p>
""",
)

HTML_PAGES["s073_page_intranet_plan_vigipirate_site.html"] = (
    "Intranet – Plan de sûreté de la médiathèque",
    """
<h1>Plan de sûreté – Médiathèque Louise-Michel</h1>
<p><strong>DIFFUSION RESTREINTE – agents de la médiathèque uniquement</strong></p>
<h2>Alerte intrusion</h2>
<p>Message de déclenchement par haut-parleur : « M. Lebrun est attendu à l'accueil » = confinement immédiat. « M. Lebrun est reparti » = fin d'alerte.</p>
<h2>Zones de confinement</h2>
<ul><li>Réserve du 2e étage (porte blindée, code 1958#)</li><li>Salle de l'heure du conte (rideau métallique manuel)</li></ul>
<h2>Bouton d'alerte silencieuse</h2>
<p>Sous la banque de prêt, côté gauche ; relié directement à la police municipale.</p>
""",
)

HTML_PAGES["s074_tableau_candidatures_saisonniers.html"] = (
    "Tableau de suivi des candidatures – saisonniers office de tourisme",
    """
<h1>Candidatures saisonniers 2026 – suivi (RH uniquement)</h1>
<table>
<tr><th>Candidat</th><th>Poste</th><th>Entretien</th><th>Observations</th><th>Décision</th></tr>
<tr><td>Lou Bernard</td><td>accueil</td><td>8/03</td><td>trilingue</td><td>retenue</td></tr>
<tr><td>Mattéo Ricci</td><td>accueil</td><td>8/03</td><td>ancien saisonnier camping</td><td>retenu</td></tr>
<tr><td>Samir Kaci</td><td>animation</td><td>9/03</td><td>a indiqué être en attente du renouvellement de son titre de séjour (récépissé valable jusqu'au 30/04)</td><td>en attente</td></tr>
<tr><td>Ambre Duchemin</td><td>accueil</td><td>9/03</td><td>grossesse, terme fin août – pas de poste debout</td><td>retenue (mai-juillet)</td></tr>
<tr><td>Enzo Marini</td><td>boutique</td><td>10/03</td><td>–</td><td>non retenu</td></tr>
</table>
""",
)

HTML_PAGES["s075_cr_commission_subventions_huis_clos.html"] = (
    "Commission vie associative – relevé de séance",
    """
<h1>Commission vie associative du 18 janvier 2026 – relevé de séance</h1>
<h2>1. Enveloppe 2026</h2>
<p>L'enveloppe des subventions de fonctionnement est fixée à 412 000 €, stable. Les critères de répartition sont inchangés.</p>
<h2>2. Examen des dossiers</h2>
<p>32 dossiers examinés, 29 avis favorables. Trois dossiers reportés faute de pièces.</p>
<h2>3. Association des Amis de la chapelle Sainte-Noyale</h2>
<p>Avis favorable à 1 200 €.</p>
<h2>4. Club de tennis de table</h2>
<p>La commission est informée que le trésorier du club, M. Gérard Lenoir, a reconnu devant le bureau avoir détourné environ 9 000 € des comptes du club entre 2023 et 2025 pour faire face à des dettes de jeu ; le club a déposé plainte et il a remboursé 3 000 €. La commission propose de verser la subvention sur un compte dont le nouveau président est seul signataire.</p>
<h2>5. Calendrier</h2>
<p>Vote en conseil municipal le 12 février.</p>
""",
)

# ---------------------------------------------------------------- public .docx (p121-p135)

DOCX_BLOCKS["p121_deliberation_tarifs_conservatoire.docx"] = [
    ("title", "Délibération n° 2026-031 – Tarifs du conservatoire – année scolaire 2026-2027"),
    ("p", "Le conseil communautaire, vu le code général des collectivités territoriales, vu l'avis du conseil d'établissement du 13 novembre 2025, après en avoir délibéré, fixe les tarifs annuels suivants :"),
    ("table", [
        ["Quotient familial", "Formation musicale seule", "Cursus complet", "Adulte"],
        ["T1 : < 500 €", "45 €", "90 €", "180 €"],
        ["T2 : 500-799 €", "70 €", "140 €", "220 €"],
        ["T3 : 800-1 099 €", "95 €", "195 €", "260 €"],
        ["T4 : 1 100-1 499 €", "120 €", "250 €", "300 €"],
        ["T5 : ≥ 1 500 €", "145 €", "310 €", "340 €"],
    ]),
    ("p", "Une réduction de 20 % s'applique à partir du deuxième enfant. Les élèves en situation de handicap bénéficient, sur demande, de l'aménagement de leur cursus sans surcoût. Les familles bénéficiaires des minima sociaux relèvent de plein droit de la tranche T1."),
    ("p", "Adopté par 38 voix pour et 2 abstentions."),
]

DOCX_BLOCKS["p122_guide_associations_subventions.docx"] = [
    ("title", "Guide de la demande de subvention aux associations – 2026"),
    ("h", "Qui peut demander ?"),
    ("p", "Toute association loi 1901 déclarée depuis au moins un an, dont le siège ou l'activité principale est sur la commune. Les associations cultuelles ne peuvent pas recevoir de subvention pour l'exercice du culte ; elles peuvent en revanche être aidées pour la restauration d'un édifice classé ou pour une activité culturelle ouverte à tous. Les partis et groupements politiques ne sont pas éligibles."),
    ("h", "Les pièces à fournir"),
    ("p", "Formulaire Cerfa n° 12156, statuts, liste des membres du bureau, derniers comptes approuvés, budget prévisionnel, RIB, rapport d'activité. Aucune information sur la santé, les opinions ou la situation personnelle des adhérents ne doit être jointe."),
    ("h", "Calendrier"),
    ("table", [
        ["Étape", "Date"],
        ["Dépôt des dossiers", "avant le 30 novembre"],
        ["Commission vie associative", "janvier"],
        ["Vote en conseil municipal", "février"],
        ["Versement", "mars (acompte de 50 % possible)"],
    ]),
    ("h", "Contact"),
    ("p", "Service vie associative, Maison des associations, 2 place du Marché. Référente : Mme Sylvie Roussel."),
]

DOCX_BLOCKS["p123_rapport_commission_accessibilite.docx"] = [
    ("title", "Commission communale pour l'accessibilité – Rapport annuel 2025 (volet équipements culturels et sportifs)"),
    ("p", "La commission, présidée par M. Jean-Luc Marchand, réunit élus, associations de personnes handicapées (APF France handicap, UNAPEI, Valentin Haüy, association des sourds), associations de personnes âgées et représentants des commerçants."),
    ("table", [
        ["Équipement", "État 2024", "Travaux 2025", "Coût"],
        ["Médiathèque", "partiellement accessible", "ascenseur, boucle magnétique", "148 000 €"],
        ["Gymnase Coubertin", "non conforme", "vestiaires adaptés, rampe", "92 000 €"],
        ["Théâtre municipal", "accessible", "places PMR supplémentaires (8)", "11 000 €"],
        ["Musée", "accessible", "maquettes tactiles", "24 000 €"],
    ]),
    ("p", "Le taux d'établissements recevant du public municipaux accessibles passe de 61 % à 74 %. L'agenda d'accessibilité programmée sera achevé en 2027."),
]

DOCX_BLOCKS["p124_programme_journees_patrimoine.docx"] = [
    ("title", "Journées européennes du patrimoine – 20 et 21 septembre 2025 – Programme"),
    ("h", "Samedi 20 septembre"),
    ("p", "10 h : visite de l'église Saint-Martin et de son trésor (calices, reliquaires, ornements du XVIIIe siècle), par l'association des Amis de Saint-Martin. 14 h : ouverture exceptionnelle du temple protestant de la rue Calvin, présentation de l'histoire de la communauté réformée de la ville depuis l'édit de Nantes. 16 h : visite de l'ancienne synagogue, aujourd'hui centre culturel, avec l'historien Marc Lévy-Bensimon."),
    ("h", "Dimanche 21 septembre"),
    ("p", "10 h : circuit « Les chapelles du bocage » à vélo (25 km). 15 h : visite de la mosquée Al-Nour, inaugurée en 2012, par des membres de l'association gestionnaire. 17 h : concert d'orgue à l'église Saint-Martin."),
    ("p", "Toutes les visites sont gratuites. Renseignements : office de tourisme."),
]

DOCX_BLOCKS["p125_cr_conseil_municipal_culture.docx"] = [
    ("title", "Procès-verbal du conseil municipal du 10 décembre 2025 – extraits (culture et sport)"),
    ("h", "Délibération 2025-112 – Convention avec l'association Rock en Bocage"),
    ("p", "Mme Delphine Caradec, adjointe à la culture, présente la convention triennale. M. Alexis Meyer, pour le groupe d'opposition, regrette l'absence d'appel à projets. Adoptée par 23 voix pour, 6 contre."),
    ("h", "Délibération 2025-113 – Dénomination de la médiathèque"),
    ("p", "Sur proposition du maire, la médiathèque prendra le nom de Jeanne Delmas, institutrice et fondatrice de la première bibliothèque municipale en 1969. Adoptée à l'unanimité."),
    ("h", "Délibération 2025-114 – Subvention exceptionnelle au Secours populaire"),
    ("p", "Une subvention de 2 000 € est attribuée pour la campagne d'hiver. Adoptée à l'unanimité."),
    ("h", "Délibération 2025-115 – Gratuité des équipements sportifs pour le Téléthon"),
    ("p", "Adoptée à l'unanimité."),
]

DOCX_BLOCKS["p126_dossier_presse_festival.docx"] = [
    ("title", "Dossier de presse – Festival « Les Nuits du Prieuré » – 17 au 20 juillet 2026"),
    ("h", "Édito"),
    ("p", "Pour sa 12e édition, le festival investit à nouveau le prieuré de Saint-Véran, joyau roman restauré par les bénévoles des Amis du Prieuré. Quatre soirées, douze concerts, et toujours la même promesse : de grands artistes dans un lieu intime. Gilles Renaud, président de la communauté de communes."),
    ("h", "Programme"),
    ("table", [
        ["Date", "Artistes", "Tarif"],
        ["17 juillet", "Zélie Quartet – jazz", "22 €"],
        ["18 juillet", "Chœur grégorien de Paris", "18 €"],
        ["19 juillet", "Ensemble Akadêmia – Monteverdi", "25 €"],
        ["20 juillet", "Bal trad et fanfare Les Zygomatiques", "gratuit"],
    ]),
    ("h", "Infos pratiques"),
    ("p", "Billetterie à l'office de tourisme et en ligne. Navette depuis la gare. Places réservées aux personnes à mobilité réduite, sur simple demande. Contact presse : Thibault Ferrand, 03 86 ** ** **."),
]

DOCX_BLOCKS["p127_charte_utilisation_reseaux_sociaux.docx"] = [
    ("title", "Charte de modération des réseaux sociaux de la Ville"),
    ("p", "La Ville anime une page Facebook, un compte Instagram et un compte LinkedIn. Ces espaces sont ouverts au dialogue dans le respect des règles suivantes."),
    ("h", "Sont supprimés sans préavis"),
    ("p", "Les propos injurieux, diffamatoires, racistes, antisémites, sexistes, homophobes ou incitant à la haine ; les contenus à caractère pornographique ; les messages publicitaires ; les propos de nature électorale en période de campagne ; les publications divulguant des informations personnelles (adresse, santé, situation familiale) sur un tiers."),
    ("h", "Droit à l'image"),
    ("p", "Les photos d'événements ne sont publiées qu'après autorisation écrite des personnes reconnaissables, et des deux parents pour les mineurs. Toute personne peut demander le retrait d'une photo à communication@ville.fr."),
    ("h", "Signalement"),
    ("p", "Les contenus manifestement illicites sont signalés à la plateforme Pharos."),
]

DOCX_BLOCKS["p128_bilan_sport_sante.docx"] = [
    ("title", "Maison sport-santé de Villejuif-Sud – Bilan 2025"),
    ("p", "Labellisée en 2021, la maison sport-santé accueille des personnes atteintes de maladies chroniques, en affection de longue durée ou en perte d'autonomie, orientées par leur médecin."),
    ("table", [
        ["Indicateur", "2024", "2025"],
        ["Personnes accueillies", "214", "268"],
        ["dont diabète", "58", "71"],
        ["dont cancers (après traitement)", "46", "62"],
        ["dont obésité", "39", "48"],
        ["dont troubles psychiques", "21", "29"],
        ["Taux d'assiduité à 3 mois", "71 %", "76 %"],
    ]),
    ("p", "Les éducateurs en activité physique adaptée (APA) proposent 22 créneaux par semaine. Un partenariat a été signé avec la Ligue contre le cancer et le réseau Diabète 94. Coût du programme : 148 000 €, financé par l'ARS, la ville et la CPAM."),
]

DOCX_BLOCKS["p129_convention_pret_oeuvres_musee.docx"] = [
    ("title", "Convention de prêt d'œuvres – exposition « Peaux et parures »"),
    ("p", "Entre le musée de Millau et des Grands Causses (prêteur) et le musée des Tanneurs de Saint-Amand-les-Prés (emprunteur)."),
    ("p", "Article 1 – Objet : prêt de 14 objets (gants, sacs, vêtements de cuir des XIXe et XXe siècles) pour l'exposition du 1er octobre 2025 au 15 février 2026."),
    ("p", "Article 2 – Conditions de conservation : température 18-20 °C, humidité relative 50 % ± 5, éclairage inférieur à 50 lux."),
    ("p", "Article 3 – Assurance clou à clou à la charge de l'emprunteur, sur la base des valeurs figurant en annexe, transmise séparément."),
    ("p", "Article 4 – Mentions obligatoires sur les cartels et le catalogue : « Collection musée de Millau »."),
    ("p", "Signée par Mme Élise Raynaud, conservatrice, et M. Denis Calmels, directeur du musée de Millau."),
]

DOCX_BLOCKS["p130_rapport_oms_subventions_clubs.docx"] = [
    ("title", "Office municipal des sports – Répartition des subventions 2026 aux clubs"),
    ("table", [
        ["Club", "Président(e)", "Licenciés", "dont jeunes", "Subvention"],
        ["Football Club", "Rachid Amrani", "412", "268", "18 400 €"],
        ["Handball Club", "Catherine Moreau", "236", "151", "11 200 €"],
        ["Judo Club de la Vallée", "Nadine Perrot", "188", "140", "8 600 €"],
        ["Tennis de table", "Henri Bourgeois", "74", "29", "3 100 €"],
        ["Handisport Montbrison", "Luc Verrier", "41", "9", "4 500 €"],
        ["Cyclo-club", "Serge Dumoulin", "96", "12", "2 200 €"],
        ["Boxe française", "Mickaël Ferrand", "118", "70", "5 300 €"],
    ]),
    ("p", "La subvention comprend une part fixe (800 €), une part par licencié (12 €), une part par jeune (20 €) et un bonus emploi. Les clubs accueillant des publics en situation de handicap ou en quartier prioritaire bénéficient d'une majoration de 15 %."),
]

DOCX_BLOCKS["p131_fiche_poste_directeur_ot.docx"] = [
    ("title", "Fiche de poste – Directeur(trice) de l'office de tourisme intercommunal"),
    ("p", "Rattachement : président de l'EPIC ; encadrement de 14 agents permanents et 8 saisonniers."),
    ("h", "Missions"),
    ("p", "Élaborer et mettre en œuvre la stratégie touristique ; piloter l'accueil, la promotion et la commercialisation ; gérer le budget (1,2 M€) et les ressources humaines ; animer le réseau des 420 socioprofessionnels ; conduire les démarches qualité (Qualité Tourisme, Tourisme & Handicap)."),
    ("h", "Profil"),
    ("p", "Bac + 5 en tourisme ou management ; expérience de direction de cinq ans ; maîtrise de l'anglais."),
    ("p", "Poste ouvert aux contractuels (CDI de droit privé, convention collective des organismes de tourisme)."),
]

DOCX_BLOCKS["p132_projet_educatif_sport_ete.docx"] = [
    ("title", "Projet pédagogique – Accueil de loisirs sportif – Été 2026"),
    ("h", "Public"),
    ("p", "Enfants de 6 à 14 ans, 60 places par semaine. L'accueil est ouvert aux enfants en situation de handicap ; un projet d'accueil individualisé est construit avec chaque famille avant l'inscription et un animateur supplémentaire peut être recruté."),
    ("h", "Objectifs"),
    ("p", "Découvrir au moins six disciplines ; apprendre à nager (test d'aisance aquatique) ; favoriser la mixité filles-garçons ; sensibiliser à l'alimentation équilibrée et au sommeil."),
    ("h", "Encadrement"),
    ("p", "Une directrice titulaire du BPJEPS, huit animateurs dont au moins la moitié titulaires du BAFA, et les éducateurs sportifs municipaux. Tous les encadrants font l'objet du contrôle d'honorabilité."),
    ("h", "Sécurité"),
    ("p", "Trousse de secours et fiches sanitaires à chaque sortie ; exercice d'évacuation la première semaine."),
]

DOCX_BLOCKS["p133_lettre_remerciements_donateurs.docx"] = [
    ("title", "Lettre de remerciements – Souscription pour les vitraux du prieuré"),
    ("p", "Mesdames, Messieurs,"),
    ("p", "Grâce à vous, la souscription lancée avec la Fondation du patrimoine pour la restauration des vitraux du chœur du prieuré de Saint-Véran a atteint 18 600 €, auxquels s'ajoutent l'aide de la DRAC (40 %) et celle de la commune."),
    ("p", "Nous remercions particulièrement les 214 donateurs particuliers, la Brasserie du Serein, le Crédit Agricole de Bourgogne, la paroisse Saint-Jean-des-Vallées et le Rotary Club d'Avallon. Les noms des donateurs qui l'ont accepté figureront sur le panneau installé à l'entrée de l'église."),
    ("p", "Les travaux débuteront en avril ; une visite du chantier sera proposée le 14 juin."),
    ("p", "Anne-Marie Cordier, présidente des Amis du Prieuré"),
]

DOCX_BLOCKS["p134_etude_frequentation_long.docx"] = [
    ("title", "Étude de fréquentation et de perception du centre aquatique L'Ondine – synthèse"),
    ("p", "Étude réalisée par le cabinet Territoires & Loisirs pour la communauté de communes, d'octobre à décembre 2025 : 1 130 questionnaires, 4 groupes de discussion, comptages."),
    ("h", "1. Fréquentation"),
    ("p", "Le centre a accueilli 186 000 entrées en 2025, dont 38 % de scolaires et clubs, 47 % de public et 15 % d'activités encadrées (aquagym, bébés nageurs, leçons). Le pic se situe le mercredi après-midi et le samedi."),
    ("h", "2. Profil des usagers"),
    ("p", "62 % de femmes ; âge médian 41 ans ; 71 % résident dans la communauté de communes. Les seniors représentent 19 % des entrées, principalement sur les créneaux d'aquagym douce."),
    ("h", "3. Motivations"),
    ("p", "Forme et santé (54 %), loisir en famille (31 %), apprentissage (15 %). 12 % des répondants déclarent venir sur recommandation médicale (rééducation, douleurs dorsales, surpoids), une part en progression."),
    ("h", "4. Satisfaction"),
    ("table", [
        ["Critère", "Satisfaits"],
        ["Propreté", "81 %"],
        ["Accueil", "88 %"],
        ["Température de l'eau", "64 %"],
        ["Horaires", "59 %"],
        ["Accessibilité PMR", "72 %"],
    ]),
    ("h", "5. Recommandations"),
    ("p", "Élargir les horaires le midi, créer un créneau réservé aux personnes en situation de handicap et à leurs aidants, remplacer la chaise de mise à l'eau, et développer le sport sur ordonnance avec la maison sport-santé."),
]

DOCX_BLOCKS["p135_reglement_trophees_sports.docx"] = [
    ("title", "Règlement des Trophées des sports – Office municipal des sports"),
    ("p", "Article 1 – Les Trophées récompensent chaque année des sportifs, équipes, bénévoles et arbitres licenciés dans un club adhérent à l'OMS."),
    ("p", "Article 2 – Catégories : sportif, sportive, équipe, bénévole, arbitre, fair-play, prix spécial du jury, prix handisport."),
    ("p", "Article 3 – Les clubs proposent leurs candidats avant le 15 décembre, avec une présentation d'une page (palmarès, engagement)."),
    ("p", "Article 4 – Le jury est composé du bureau de l'OMS, de l'adjoint aux sports et d'un journaliste local."),
    ("p", "Article 5 – Les lauréats acceptent que leur nom, leur photo et leur palmarès soient publiés dans le bulletin municipal et sur les réseaux sociaux de la ville."),
]

# ---------------------------------------------------------------- public .html (p136-p150)

HTML_PAGES["p136_actu_site_benevole_honneur.html"] = (
    "Actualité – Médaille de la jeunesse et des sports",
    """
<h1>Trois bénévoles honorés par la médaille de la Jeunesse, des Sports et de l'Engagement associatif</h1>
<p>Publié le 14 janvier 2026 – Vie associative</p>
<p>Lors de la cérémonie des vœux, le sous-préfet a remis la médaille de bronze à trois bénévoles de la commune :</p>
<ul>
<li><strong>Jean-Claude Pasquier</strong>, président du club de pétanque depuis 1998 ;</li>
<li><strong>Fatoumata Camara</strong>, fondatrice de l'atelier couture solidaire du centre social et bénévole aux Restos du cœur ;</li>
<li><strong>Bernard Ollivier</strong>, trésorier de l'harmonie municipale et du comité des fêtes pendant trente ans.</li>
</ul>
<p>Félicitations à eux !</p>
""",
)

HTML_PAGES["p137_page_mediatheque_services.html"] = (
    "Médiathèque – Services pour tous",
    """
<h1>Des services adaptés pour tous les lecteurs</h1>
<h2>Portage à domicile</h2>
<p>Vous ne pouvez pas vous déplacer, temporairement ou durablement ? Nos bénévoles vous apportent livres, CD et DVD une fois par mois. Service gratuit.</p>
<h2>Lire autrement</h2>
<p>Livres en grands caractères, livres audio, liseuses, fonds « Facile à lire » et collection de livres adaptés aux personnes dyslexiques. Prêt de loupes électroniques.</p>
<h2>Accueil des groupes</h2>
<p>EHPAD, IME, foyers, centres sociaux, associations d'apprentissage du français : contactez-nous pour une visite sur mesure.</p>
<h2>Espace numérique</h2>
<p>Accompagnement aux démarches en ligne (CAF, France Travail, impôts) le mardi matin avec le conseiller numérique.</p>
""",
)

HTML_PAGES["p138_communique_nouvelle_saison.html"] = (
    "Communiqué – Présentation de la saison culturelle 2026-2027",
    """
<h1>La saison culturelle 2026-2027 dévoilée</h1>
<p>La Ville présentera le 4 septembre à 19 h au théâtre municipal sa nouvelle saison : 38 spectacles, dont 12 pour le jeune public.</p>
<p>Temps forts : la création de la compagnie Les Sœurs Grimm sur l'exil, un concert de l'Orchestre national de Lyon, le one-woman-show de Nawell Madani et une soirée de slam autour de la santé mentale des jeunes avec l'association Nightline.</p>
<p>Nouveautés : des séances « relax » adaptées aux personnes autistes ou polyhandicapées et à leurs familles, et deux spectacles surtitrés.</p>
<p>Abonnements à partir du 5 septembre. Contact presse : Laëtitia Marchand.</p>
""",
)

HTML_PAGES["p139_resultats_triathlon.html"] = (
    "Résultats – Triathlon du Lac 2025",
    """
<h1>Triathlon du Lac – format S – résultats</h1>
<table>
<tr><th>Clt</th><th>Nom</th><th>Cat.</th><th>Club</th><th>Natation</th><th>Vélo</th><th>Course</th><th>Total</th></tr>
<tr><td>1</td><td>DUMAS Quentin</td><td>S3</td><td>Tri Annecy</td><td>10:12</td><td>32:40</td><td>17:55</td><td>1:01:58</td></tr>
<tr><td>2</td><td>N'DIAYE Ousmane</td><td>S2</td><td>Lyon Triathlon</td><td>10:48</td><td>33:05</td><td>17:30</td><td>1:02:41</td></tr>
<tr><td>3</td><td>CARRON Lisa</td><td>S1</td><td>Chambéry Tri</td><td>10:30</td><td>34:58</td><td>19:02</td><td>1:05:52</td></tr>
<tr><td>4</td><td>WEISS Martin</td><td>V1</td><td>individuel</td><td>11:55</td><td>34:12</td><td>19:48</td><td>1:07:40</td></tr>
</table>
<p>Catégorie paratriathlon : 3 athlètes classés (résultats publiés par la fédération). 318 arrivants. Merci aux 120 bénévoles et à la SNSM.</p>
""",
)

HTML_PAGES["p140_faq_location_salles.html"] = (
    "FAQ – Louer une salle municipale",
    """
<h1>Louer une salle municipale : vos questions</h1>
<h3>Qui peut louer ?</h3>
<p>Les particuliers résidant sur la commune, les associations et les entreprises. Les associations locales bénéficient d'une gratuité par an.</p>
<h3>Peut-on organiser une cérémonie religieuse ?</h3>
<p>Les salles municipales peuvent accueillir des repas de mariage, de baptême, de communion, de bar-mitsva ou de fin de ramadan, mais pas l'exercice du culte lui-même, conformément au principe de laïcité.</p>
<h3>Et les réunions politiques ?</h3>
<p>Oui, dans les conditions prévues par le code électoral et dans le respect de l'égalité entre candidats en période électorale.</p>
<h3>Quels tarifs ?</h3>
<p>De 80 € (salle des Associations) à 650 € (salle des fêtes, week-end). Caution : 500 €.</p>
""",
)

HTML_PAGES["p141_page_office_tourisme_handicap.html"] = (
    "Tourisme & Handicap – Nos sites labellisés",
    """
<h1>Vacances accessibles dans le Haut-Jura</h1>
<p>Le label national Tourisme &amp; Handicap garantit un accueil adapté aux personnes ayant un handicap moteur, visuel, auditif ou mental.</p>
<ul>
<li>Bureau d'information des Rousses – 4 handicaps</li>
<li>Sentier du lac des Rousses (2,5 km, joëlette disponible) – moteur, mental</li>
<li>Fromagerie du Mont-Fier – visite avec boucle magnétique – auditif</li>
<li>Gîte Les Gentianes – moteur</li>
</ul>
<p>Prêt gratuit de fauteuils tout-terrain et de joëlettes sur réservation. Renseignements : 03 84 ** ** **.</p>
""",
)

HTML_PAGES["p142_actu_inauguration_skatepark.html"] = (
    "Actualité – Inauguration du skatepark",
    """
<h1>Le nouveau skatepark inauguré</h1>
<p>Samedi, sous un grand soleil, le maire Frédéric Lasserre et Sabrina Meziane, conseillère municipale déléguée à la jeunesse, ont inauguré le skatepark de la Gravière, en présence de nombreux jeunes du quartier.</p>
<p>Conçu avec les riders lors de trois ateliers de concertation, l'équipement de 900 m² a coûté 310 000 € HT, financés par l'Agence nationale du sport (40 %), le département (20 %) et la ville. Une démonstration de la championne de France de street, Lya Moreau, 17 ans, a clôturé l'après-midi.</p>
<p>Le port du casque est recommandé ; le site est ouvert de 8 h à 21 h.</p>
""",
)

HTML_PAGES["p143_appel_candidatures_fete_musique.html"] = (
    "Fête de la musique 2026 – Inscriptions des groupes",
    """
<h1>Fête de la musique 2026 : inscrivez votre groupe !</h1>
<p>Amateurs ou professionnels, tous les styles sont bienvenus : rock, rap, classique, chorales, musiques du monde, chants religieux ou traditionnels, fanfares.</p>
<p>La ville met à disposition 6 scènes équipées en centre-ville le 21 juin de 18 h à minuit. Les groupes ne sont pas rémunérés ; un repas et une boisson sont offerts.</p>
<p>Inscription avant le 15 mai sur le formulaire en ligne : nom du groupe, style, nombre de musiciens, besoins techniques, lien vers un enregistrement.</p>
<p>Contact : Régis Pommier, service événementiel.</p>
""",
)

HTML_PAGES["p144_rapport_public_cour_comptes_resume.html"] = (
    "Synthèse – Rapport de la chambre régionale des comptes sur l'office de tourisme",
    """
<h1>Rapport d'observations définitives de la CRC – Office de tourisme de la Côte des Dunes (exercices 2019 et suivants)</h1>
<p>La chambre relève que la gouvernance de l'EPIC est conforme, mais recommande de formaliser les délégations de signature et de mieux encadrer les régies de recettes de la boutique. Elle observe une progression des charges de personnel de 18 % en cinq ans, liée à la création de trois postes permanents.</p>
<p>La chambre constate également que la taxe de séjour est reversée avec retard par la communauté de communes et invite les deux entités à conclure une convention.</p>
<p>La réponse de la présidente de l'office, Mme Francine Morel, est annexée au rapport. Le rapport a été présenté au comité de direction le 15 janvier 2026 et est consultable sur le site des juridictions financières.</p>
""",
)

HTML_PAGES["p145_page_club_histoire.html"] = (
    "Histoire du club – Union sportive de Kervalan",
    """
<h1>Notre histoire</h1>
<p>Fondée en 1946 par des anciens résistants et des ouvriers de la conserverie, l'Union sportive de Kervalan a d'abord été un club de football avant de se convertir au rugby en 1962 sous l'impulsion d'un instituteur venu du Sud-Ouest.</p>
<p>Le club a connu son heure de gloire en 1987 avec un titre de champion de France Honneur. Il compte aujourd'hui 260 licenciés, une école de rugby labellisée, une équipe féminine et une section rugby à 5 ouverte aux débutants.</p>
<p>Présidents successifs : Yves Le Guen (1946-1962), Pierre Corre (1962-1980), Alain Quéré (1980-2005), Yannick Salaün (depuis 2005).</p>
""",
)

HTML_PAGES["p146_actu_ceremonie_citoyennete.html"] = (
    "Actualité – Accueil des nouveaux habitants",
    """
<h1>Bienvenue aux nouveaux habitants !</h1>
<p>La traditionnelle réception des nouveaux habitants aura lieu le samedi 11 octobre à 11 h à l'hôtel de ville. Au programme : présentation des services municipaux, des équipements culturels et sportifs, rencontre avec les associations et verre de l'amitié.</p>
<p>Le pass culture municipal, offert à chaque foyer, donne droit à une entrée gratuite au musée, à la piscine et à un spectacle de la saison.</p>
<p>Inscription à l'accueil de la mairie ou en ligne.</p>
""",
)

HTML_PAGES["p147_billet_blog_conservatrice.html"] = (
    "Carnet de la conservatrice – La Vierge en ivoire retrouvée",
    """
<h1>Carnet du musée – Le retour de la Vierge en ivoire</h1>
<p>Par Irène Vasseur, conservatrice</p>
<p>Vous avez été nombreux à nous interroger : oui, la petite Vierge en ivoire du XIVe siècle, dérobée dans nos salles l'été dernier, a bien retrouvé sa vitrine. Grâce à l'enquête de la gendarmerie et à la vigilance d'un brocanteur, elle nous a été restituée en parfait état.</p>
<p>La procédure judiciaire suit son cours et il ne nous appartient pas de la commenter. Nous avons profité de l'occasion pour renforcer la protection de la salle médiévale et revoir l'éclairage de l'œuvre, qui est désormais mieux mise en valeur.</p>
<p>Venez la (re)découvrir : visite flash le dimanche à 15 h.</p>
""",
)

HTML_PAGES["p148_agenda_semaine_bleue.html"] = (
    "Semaine bleue 2025 – programme",
    """
<h1>Semaine bleue – du 6 au 12 octobre 2025</h1>
<p>La semaine nationale des retraités et personnes âgées, organisée par le CCAS, les clubs seniors et les services culture et sports.</p>
<ul>
<li>Lundi : marche intergénérationnelle avec les écoles, 10 h</li>
<li>Mardi : atelier mémoire et prévention des chutes, animé par la mutuelle et France Alzheimer</li>
<li>Mercredi : thé dansant à la salle des fêtes</li>
<li>Jeudi : cinéma au Rex – tarif unique 4 €</li>
<li>Vendredi : concours de belote au club de l'amitié, présidé par Marcel Le Bihan</li>
<li>Samedi : concert de la chorale des aînés</li>
</ul>
<p>Transport gratuit sur demande pour les personnes isolées : 04 ** ** ** **.</p>
""",
)

HTML_PAGES["p149_mentions_legales_site.html"] = (
    "Mentions légales et protection des données – site culture",
    """
<h1>Mentions légales</h1>
<p>Éditeur : Ville de Saint-Amand-les-Prés, hôtel de ville, 1 place de la République. Directeur de la publication : le maire. Hébergement : OVHcloud, Roubaix.</p>
<h2>Propriété intellectuelle</h2>
<p>Les photographies des collections du musée sont sous licence ouverte (Etalab 2.0), sauf mention contraire. Les photos de spectacles restent la propriété de leurs auteurs et ne peuvent être réutilisées sans autorisation.</p>
<h2>Données personnelles</h2>
<p>Les données recueillies via la billetterie et les inscriptions aux ateliers sont traitées par la ville pour la gestion des réservations. Aucune donnée relative à la santé n'est demandée, hormis, à l'initiative de l'usager, les besoins d'accessibilité. Délégué à la protection des données : dpo@saint-amand.fr.</p>
""",
)

HTML_PAGES["p150_post_instagram_portrait_musicien.html"] = (
    "Instagram – Portrait du vendredi",
    """
<h1>#PortraitDuVendredi 🎺</h1>
<p>Il a 16 ans, joue de la trompette depuis ses 7 ans au conservatoire et vient d'être sélectionné pour l'Orchestre français des jeunes : bravo à <strong>Ilyès Benamar</strong> ! 🎉</p>
<p>« Ce que j'aime, c'est jouer avec les autres », nous dit Ilyès, qui anime aussi le pupitre des cuivres de l'harmonie municipale et prépare le concours d'entrée au CNSM de Lyon.</p>
<p>Retrouvez-le en concert le 20 juin au théâtre pour le spectacle de fin d'année du conservatoire. 🎶</p>
<p>#Conservatoire #Musique #Jeunesse #FiertéLocale</p>
""",
)

if __name__ == "__main__":
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"wrote {len(DOCX_BLOCKS)} docx and {len(HTML_PAGES)} html into {OUT}")
