"""Build the .docx and .html documents of the dev9 sensitivity set.

Run from the repository root: ``.venv/bin/python bench/sensitivity/build_dev9_files.py``.
The output is byte-identical on every run (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import zipfile
from pathlib import Path

from docx import Document

OUT = Path(__file__).resolve().parent / "corpus" / "dev9"
FIXED = dt.datetime(2024, 6, 1, 9, 0, 0)
ZIP_DATE = (2024, 6, 1, 9, 0, 0)

# Each docx: list of (kind, content); kind in "title", "h", "p", "table".
DOCX: dict[str, list[tuple[str, object]]] = {}
# Each html: (title, body).
HTML: dict[str, tuple[str, str]] = {}


def build_docx(name: str, blocks: list[tuple[str, object]]) -> None:
    doc = Document()
    props = doc.core_properties
    props.author = "Aiguillage"
    props.last_modified_by = "Aiguillage"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 1
    props.title = ""
    for kind, content in blocks:
        if kind == "title":
            doc.add_heading(str(content), level=1)
        elif kind == "h":
            doc.add_heading(str(content), level=2)
        elif kind == "p":
            doc.add_paragraph(str(content))
        elif kind == "table":
            rows = content  # type: ignore[assignment]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with fixed timestamps so that the bytes are stable.
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(item.filename))
    (OUT / name).write_bytes(out.getvalue())


def build_html(name: str, title: str, body: str) -> None:
    page = (
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n"
    )
    (OUT / name).write_text(page, encoding="utf-8")


# ---------------------------------------------------------------------------
# Sovereign .docx
# ---------------------------------------------------------------------------
DOCX.update({
    "s003_rapport_epicerie.docx": [
        ("title", "ÉPICERIE SOLIDAIRE « LE PANIER DU FAUBOURG »"),
        ("p", "Rapport d'activité 2023 présenté à l'assemblée générale du 20 avril et transmis aux financeurs (Ville, CCAS, Département, CAF)"),
        ("h", "1. Le mot du président"),
        ("p", "L'année 2023 restera celle de tous les records, et ce n'est pas une bonne nouvelle. Avec l'inflation alimentaire, le nombre de foyers orientés vers l'épicerie a augmenté de 31 %. Nos 42 bénévoles ont assuré 148 jours d'ouverture ; la camionnette offerte par la fondation d'un grand distributeur nous a permis de doubler la ramasse auprès des supermarchés. Merci à toutes et à tous."),
        ("h", "2. Les chiffres"),
        ("table", [["Indicateur", "2022", "2023"],
                   ["Foyers accueillis", "214", "281"],
                   ["Personnes concernées", "512", "688"],
                   ["Durée moyenne d'accès (mois)", "4,1", "4,6"],
                   ["Tonnage distribué", "61 t", "79 t"],
                   ["Participation moyenne des familles", "10 % du prix", "10 % du prix"]]),
        ("p", "Les foyers sont orientés par les travailleurs sociaux du CCAS, du Département et des associations partenaires, après examen en commission d'attribution. L'accès est accordé pour trois mois renouvelables, en fonction du « reste à vivre » par jour et par personne, qui doit être inférieur à 9 €."),
        ("h", "3. Un accompagnement au-delà de l'aide alimentaire"),
        ("p", "L'épicerie n'est pas seulement un lieu de distribution : ateliers cuisine, permanences budget avec une conseillère en économie sociale et familiale, sorties familiales. Le projet associé à chaque accès permet de dégager un peu de budget pour autre chose."),
        ("p", "Un exemple parmi d'autres, que nous racontons avec émotion : M. Thierry Bouchard, 58 ans, ancien chauffeur, est arrivé en février après la liquidation de son employeur. Il devait 3 200 € de loyers à Habitat 76, un crédit à la consommation de 7 800 € et 900 € de factures d'eau, et il avait reçu un commandement de payer. Grâce à l'épicerie, il a pu consacrer 120 € par mois au remboursement de son bailleur ; la CESF l'a aidé à monter son dossier de surendettement et à demander le FSL. Il est aujourd'hui bénévole le jeudi à la ramasse."),
        ("h", "4. Nos finances"),
        ("p", "Budget 2023 : 96 400 €. Subventions publiques : 58 %. Dons et mécénat : 21 %. Participation des bénéficiaires : 13 %. Autres : 8 %. Le résultat est légèrement déficitaire (– 2 100 €), couvert par les fonds propres."),
        ("h", "5. Perspectives"),
        ("p", "Nous souhaitons ouvrir un deuxième jour de distribution le samedi et développer un espace de produits d'hygiène, très demandés. Nous recherchons des bénévoles chauffeurs."),
        ("p", "Le président, Michel Fauvel"),
    ],
    "s008_rapport_ccas_logement.docx": [
        ("title", "CCAS DE SOTTEVILLE — RAPPORT D'ACTIVITÉ 2023"),
        ("h", "Chapitre 4 — Prévention des expulsions et accès au logement"),
        ("p", "La commission de coordination des actions de prévention des expulsions locatives (CCAPEX) a examiné 64 situations de la commune en 2023, contre 51 en 2022. Le CCAS a mobilisé 41 aides financières du fonds de solidarité logement pour un montant de 38 600 € et a accompagné 27 protocoles de cohésion sociale avec les bailleurs."),
        ("table", [["Étape de la procédure", "Nombre de ménages"],
                   ["Commandement de payer", "112"],
                   ["Assignation", "58"],
                   ["Jugement de résiliation du bail", "31"],
                   ["Commandement de quitter les lieux", "19"],
                   ["Concours de la force publique accordé", "7"]]),
        ("p", "Le travail partenarial avec la CAF a permis de maintenir l'aide au logement de 22 ménages en situation d'impayé grâce à un plan d'apurement."),
        ("h", "Situations marquantes"),
        ("p", "Nous voulons rendre compte d'une situation qui a mobilisé l'équipe pendant toute l'année. La famille de Mme Samira Haddad, seule avec trois enfants au 27 rue Pierre-Corneille, appartement du bailleur privé M. Lefort. Après la perte de son emploi d'aide-soignante en 2022, les loyers se sont accumulés. Le juge a constaté la résiliation en janvier. Malgré nos interventions, le préfet a accordé le concours de la force publique et les serrures ont été changées le 4 avril, à la fin de la trêve. Les enfants ont été hébergés quinze jours chez une tante à Rouen, puis la famille a été orientée vers un hôtel du 115 à Petit-Quevilly, à 40 minutes de l'école. Elle est aujourd'hui en résidence sociale et le dossier DALO a été reconnu prioritaire."),
        ("h", "Accès au logement"),
        ("p", "212 demandes de logement social enregistrées, 96 attributions sur le contingent communal. Le délai d'attente moyen pour un T3 atteint 26 mois."),
        ("h", "Perspectives"),
        ("p", "En 2024, le CCAS souhaite renforcer le repérage précoce des impayés avec les bailleurs sociaux, dès le deuxième mois de retard, et expérimenter avec la CAF un rendez-vous systématique des ménages dont l'aide au logement est suspendue. Une permanence d'un juriste de l'ADIL sera ouverte un jeudi par mois au CCAS, et les agents d'accueil seront formés aux étapes de la procédure d'expulsion."),
        ("p", "Rapport adopté par le conseil d'administration du CCAS le 27 mars."),
    ],
    "s015_plan_sauvegarde_archives.docx": [
        ("title", "DIFFUSION RESTREINTE"),
        ("p", "ARCHIVES MUNICIPALES — PLAN DE SAUVEGARDE DES COLLECTIONS — fiche réflexe n° 2 : intrusion et sinistre hors heures d'ouverture"),
        ("p", "Destinataires : agents des archives, cadre d'astreinte, poste de police municipale. Ne pas afficher. Ne pas transmettre par messagerie externe."),
        ("h", "1. Accès au bâtiment"),
        ("table", [["Accès", "Moyen", "Code / clé"],
                   ["Porte de service (cour)", "Badge + code", "Code d'entrée 5 8 0 2 – badge maître n° 001 au coffre du poste PM"],
                   ["Magasins 1 à 3", "Clé sur organigramme", "Clé B12, armoire à clés bureau 104 (code armoire 7 1 4 4)"],
                   ["Chambre forte (registres paroissiaux, cartulaire)", "Serrure à combinaison", "Combinaison connue de la directrice et du DGS uniquement ; copie scellée au coffre de la trésorerie"],
                   ["Centrale d'alarme", "Clavier hall", "Mise hors service : 3 6 9 1 + OFF ; code contrainte (déclenche l'alerte silencieuse) : 3 6 9 2"]]),
        ("h", "2. En cas d'alarme intrusion"),
        ("p", "Le télésurveilleur appelle le cadre d'astreinte puis la police municipale. Ne jamais pénétrer seul dans le bâtiment. Vérifier d'abord les caméras depuis le poste PM (écran 4). La zone 6 (chambre forte) déclenche une levée de doute systématique par la police nationale."),
        ("h", "3. En cas d'incendie ou de dégât des eaux"),
        ("p", "Ordre d'évacuation des collections prioritaires : 1) registres de délibérations 1790-1850 (magasin 2, travées 4 à 6) ; 2) cartulaire de l'abbaye (chambre forte, étagère haute) ; 3) plans cadastraux napoléoniens (meuble à plans n° 3). Les caisses d'évacuation sont stockées dans le local sous l'escalier. Le point de repli est la salle polyvalente de l'école voisine (clé au poste PM)."),
        ("p", "Le coupe-circuit général se trouve dans le local TGBT, au sous-sol, à droite de la chaufferie."),
        ("p", "Version 3 — mise à jour le 12 février. Toute copie doit être détruite lors de la mise à jour suivante."),
    ],
    "s021_rapport_association_parents.docx": [
        ("title", "ASSOCIATION « PARENTS EN CHEMIN »"),
        ("p", "Soutien aux familles confrontées aux conduites à risque des adolescents et jeunes adultes — Rapport annuel 2023"),
        ("h", "Éditorial de la présidente"),
        ("p", "Il y a sept ans, quand nous avons fondé cette association à quelques parents autour d'une table de cuisine, nous ne savions pas que nous serions un jour 160 familles adhérentes. Nous savions seulement une chose : que personne ne devrait traverser seul la peur, la honte et l'épuisement que l'on ressent quand son enfant se met en danger."),
        ("p", "Je n'ai jamais caché aux adhérents pourquoi je me suis engagée. Cette année, je veux le dire plus clairement, parce que mon fils me l'a permis. Théo a aujourd'hui 24 ans. Entre ses 17 et ses 21 ans, nous avons connu les nuits à l'attendre, les appels des urgences, l'argent qui disparaissait de mon sac, et deux overdoses dont une en réanimation à l'hôpital de Lens. Il est sorti de son séjour en communauté thérapeutique dans l'Aveyron en septembre 2022 et il suit toujours son traitement de substitution au CSAPA de Béthune, où il voit son éducatrice chaque semaine. Il travaille en chantier d'insertion depuis janvier. Je ne dis pas que c'est fini ; je dis que c'est possible."),
        ("p", "Ce que j'ai appris pendant ces années, c'est que les parents ont besoin d'être crus et orientés, pas jugés. Trop souvent, on nous a renvoyés vers « l'éducation qu'on avait donnée ». Nos groupes de parole existent pour cela : pour que le parent qui arrive un soir, épuisé, entende qu'il n'est pas le premier, et qu'il reparte avec un numéro de téléphone et un rendez-vous."),
        ("p", "Merci à tous ceux qui ont tenu avec nous cette année : les bénévoles des groupes de parole, les professionnels qui répondent présents, nos financeurs."),
        ("p", "Martine Delcourt, présidente"),
        ("h", "Nos actions en 2023"),
        ("table", [["Action", "Volume", "Public"],
                   ["Groupes de parole de parents", "22 séances", "94 parents"],
                   ["Permanences téléphoniques", "612 appels", "Parents et proches"],
                   ["Soirées d'information dans les collèges", "9 soirées", "410 parents"],
                   ["Formation des bénévoles écoutants", "4 jours", "12 bénévoles"],
                   ["Week-end de répit pour les familles", "1 week-end", "18 personnes"]]),
        ("p", "Les soirées d'information, animées avec le CSAPA et la consultation jeunes consommateurs, ont abordé le cannabis, les écrans, l'alcool et les nouveaux produits de synthèse. La demande des établissements dépasse nos capacités."),
        ("h", "Nos finances"),
        ("p", "Budget réalisé : 48 200 €. Subventions : ARS (MILDECA) 18 000 €, Département 10 000 €, communauté d'agglomération 6 000 €, communes 4 500 € ; cotisations et dons : 9 700 €. Exercice à l'équilibre."),
        ("h", "Perspectives 2024"),
        ("p", "Ouvrir une antenne à Arras, créer un groupe pour les frères et sœurs, former 20 nouveaux bénévoles, et développer un partenariat avec les missions locales."),
    ],
    "s023_catalogue_formation_csg.docx": [
        ("title", "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE — Catalogue des formations de préparation aux concours"),
        ("p", "Session d'automne — Préparation au concours de rédacteur territorial — liste des stagiaires et aménagements (usage du service formation)"),
        ("p", "La préparation comprend 12 journées de méthodologie (note de synthèse, questions sur les finances publiques, oral d'entretien) et deux concours blancs. Les cours ont lieu au siège du centre de gestion, 9 h – 17 h."),
        ("table", [["Stagiaire", "Collectivité", "Observations"],
                   ["Mme Élodie Garnier", "Commune de Vendôme", "—"],
                   ["M. Kevin Lebas", "CC du Perche", "Absent le 12/10 (jury d'assises)"],
                   ["Mme Sonia Ferreira", "Commune de Blois", "RQTH ; tiers-temps et salle à part pour les concours blancs ; doit pouvoir sortir pour ses injections d'insuline ; poste adapté (écran 27 pouces)"],
                   ["M. Julien Marteau", "CIAS Beauce", "—"],
                   ["Mme Nathalie Aubin", "Commune de Mer", "Accord de l'employeur pour 8 jours sur 12 seulement"]]),
        ("p", "Rappel : les demandes d'aménagement d'épreuves pour le concours lui-même doivent être adressées au service concours avec un certificat d'un médecin agréé, au plus tard à la date de clôture des inscriptions."),
        ("p", "Contact : service formation, 02 54 xx xx xx."),
    ],
    "s030_guide_mdph_exemple.docx": [
        ("title", "MAISON DÉPARTEMENTALE DES PERSONNES HANDICAPÉES DE LA DRÔME"),
        ("p", "Guide à l'usage des partenaires : bien remplir le certificat médical et le formulaire de demande — Édition 2024 (version de formation interne)"),
        ("h", "Pourquoi ce guide ?"),
        ("p", "Près d'un dossier sur quatre nous parvient incomplet, ce qui allonge le délai de traitement, aujourd'hui de 4,8 mois en moyenne. Ce guide rappelle les pièces obligatoires et donne un exemple commenté de demande d'AEEH et de PCH pour un enfant."),
        ("h", "Les pièces obligatoires"),
        ("table", [["Pièce", "Points de vigilance"],
                   ["Formulaire de demande (cerfa 15692)", "Signé par le représentant légal ; rubrique « projet de vie » vivement recommandée"],
                   ["Certificat médical (cerfa 15695)", "Daté de moins d'un an ; volet ophtalmologique ou auditif si nécessaire"],
                   ["Justificatif d'identité et de domicile", "Du demandeur ou de son représentant"],
                   ["Jugement de protection", "Le cas échéant"]]),
        ("h", "Exemple commenté (dossier reçu en janvier, reproduit pour la formation des secrétariats médicaux)"),
        ("p", "Enfant : Lucas Peyrard, né le 17/06/2016, domicilié avec sa mère à Romans-sur-Isère, 4 allée des Platanes. Représentante légale : Mme Aurélie Peyrard. Médecin : Dr Fabre, neuropédiatre au CHU de Grenoble."),
        ("p", "Diagnostic porté en 2021 : trouble du spectre de l'autisme avec trouble du développement intellectuel léger ; épilepsie traitée par valproate depuis 2022. Lucas est scolarisé en CE1 avec une AESH 12 heures par semaine ; il a des crises nocturnes une à deux fois par mois. La mère a réduit son temps de travail à 50 % pour assurer les prises en charge (orthophonie, psychomotricité, SESSAD)."),
        ("p", "Ce qui a bien été fait : le retentissement sur la vie quotidienne est décrit précisément, les prises en charge sont listées avec leur fréquence. Ce qui manquait : le bilan psychométrique récent et le détail des frais non remboursés (psychomotricienne en libéral, 180 € par mois), sans lesquels le complément d'AEEH ne peut pas être évalué."),
        ("p", "Conseil aux secrétariats : joindre systématiquement les comptes rendus des professionnels qui suivent l'enfant (orthophoniste, psychomotricien, SESSAD) et le GEVA-Sco rempli par l'équipe de suivi de la scolarisation. Pour un renouvellement, indiquer ce qui a changé depuis la précédente décision ; un certificat qui recopie le précédent retarde l'évaluation."),
        ("p", "Décision de la CDAPH : AEEH avec complément de 3e catégorie, orientation SESSAD confirmée, aide humaine à l'école maintenue."),
        ("h", "Contacts"),
        ("p", "Accueil téléphonique du lundi au vendredi, 9 h – 12 h ; permanences dans les centres médico-sociaux."),
    ],
})
DOCX.update({
    "s032_appel_projets_analyse.docx": [
        ("title", "COMMUNAUTÉ DE COMMUNES DU PAYS DE LUMBRES"),
        ("p", "Appel à projets « Tiers-lieu de la gare » — grille d'analyse des candidatures — document de la commission d'examen (séance non publique)"),
        ("p", "Rappel de l'objet : la communauté met à disposition l'ancienne halle à marchandises pour douze ans, contre une redevance, afin d'y installer un tiers-lieu (espace de travail partagé, café associatif, atelier de fabrication). Trois candidatures ont été reçues."),
        ("table", [["Candidat", "Note projet /60", "Note économique /40", "Total"],
                   ["Coopérative La Fabrique du Haut-Pays", "49", "31", "80"],
                   ["SAS Cowork Nord Développement", "38", "36", "74"],
                   ["Association Les Amis de la Halle", "42", "18", "60"]]),
        ("h", "Analyse de l'offre de la SAS Cowork Nord Développement"),
        ("p", "La société a joint son plan d'affaires complet, en précisant qu'il est couvert par le secret des affaires. Elle exploite déjà quatre espaces dans l'Audomarois. Son modèle repose sur un taux d'occupation des postes de travail de 62 % dès la deuxième année, un prix moyen de 189 € HT par mois et par poste, et une marge d'exploitation de 17 % obtenue grâce à la mutualisation de l'accueil et du ménage entre ses sites (coût salarial mutualisé : 1,4 ETP pour quatre sites). Elle prévoit de sous-louer l'espace café à un franchisé, moyennant 8 % du chiffre d'affaires. Son offre de redevance (14 000 € par an) est la plus élevée."),
        ("p", "Elle s'engage par ailleurs à reprendre les deux salariés de l'association actuellement présente dans la halle, à des conditions qu'elle qualifie d'« alignées sur la convention collective Syntec », et prévoit un investissement de 310 000 € HT en aménagements, dont 120 000 € de mobilier fourni par sa centrale d'achat avec une remise de 30 %."),
        ("p", "La commission relève que le plan de financement repose sur un prêt bancaire de 240 000 € non encore accordé et sur un apport de l'actionnaire de 60 000 €."),
        ("h", "Proposition"),
        ("p", "La commission propose de retenir la coopérative La Fabrique du Haut-Pays, dont le projet d'animation est le plus ancré localement, et d'engager une négociation sur le montant de la redevance."),
        ("p", "Document confidentiel : les éléments financiers des candidats ne doivent pas être communiqués aux autres candidats ni publiés."),
    ],
    "s038_dispositif_14juillet.docx": [
        ("title", "POLICE MUNICIPALE — ORDRE D'OPÉRATION — FÊTE NATIONALE"),
        ("p", "USAGE INTERNE — NE PAS DIFFUSER — à remettre aux seuls chefs de poste"),
        ("p", "Événement : feu d'artifice du 14 juillet, parc des Rives, 23 h ; bal populaire place de l'Hôtel-de-Ville à partir de 21 h. Fréquentation attendue : 18 000 personnes."),
        ("h", "Dispositif"),
        ("table", [["Secteur", "Effectif", "Indicatif radio", "Position"],
                   ["Entrée nord du parc (pont Vieux)", "4 PM + 2 ASVP", "Rives 1", "Barrières anti-bélier, véhicule en travers à 22 h"],
                   ["Entrée sud (parking Leclerc)", "3 PM + 3 agents sécurité privée", "Rives 2", "Fouille visuelle des sacs"],
                   ["Place de l'Hôtel-de-Ville", "4 PM", "Centre 1", "Patrouille pédestre, 2 agents armés"],
                   ["PC de commandement", "Chef de service + opérateur CSU", "PC Rives", "Salle du conseil, 1er étage"],
                   ["Réserve d'intervention", "2 PM + véhicule", "Alpha", "Cour de la caserne des pompiers"]]),
        ("p", "Canal radio : canal 3 (crypté) ; canal de repli : 5. Liaison avec la police nationale via l'officier présent au PC à partir de 21 h 30."),
        ("p", "Points de fragilité identifiés : la passerelle piétonne ne peut être fermée (pas de barrière) ; le cheminement de secours des pompiers passe par la rue Basse, qui doit rester libre ; aucun contrôle possible sur la berge côté camping."),
        ("p", "En cas d'attaque : consigne « Rives rouge » diffusée sur le canal 3, déclenchement des sirènes du parc, évacuation par l'avenue de Verdun, point de regroupement au gymnase Coubertin."),
        ("p", "Fin de dispositif : 1 h 30 après le dernier tir."),
    ],
    "s041_acces_armurerie.docx": [
        ("title", "POLICE MUNICIPALE — REGISTRE DES HABILITATIONS — LOCAL DE STOCKAGE DES ARMES"),
        ("p", "Mise à jour après l'installation du lecteur d'empreintes du 6 mars"),
        ("p", "Conformément à l'arrêté préfectoral autorisant l'armement des agents et à la convention de coordination, l'accès au coffre-fort des armes est réservé aux agents nominativement habilités. Depuis le 6 mars, l'ouverture de la porte du local requiert le badge et la reconnaissance de l'empreinte digitale."),
        ("table", [["Agent", "Grade", "Doigts enrôlés", "Identifiant gabarit", "Habilitation"],
                   ["Franck Lemaire", "Chef de service", "Index D + majeur D", "EMP-0012", "Ouverture coffre + armement"],
                   ["Sabrina Colin", "Brigadier-chef principal", "Index D + index G", "EMP-0013", "Ouverture coffre + armement"],
                   ["Alexis Pottier", "Gardien-brigadier", "Index G + pouce G (index D non exploitable, cicatrice)", "EMP-0014", "Armement"],
                   ["Mélanie Roux", "Brigadier", "Index D + majeur D", "EMP-0015", "Armement"]]),
        ("p", "Les gabarits sont stockés sur la centrale du lecteur, non reliée au réseau de la mairie. Les empreintes brutes ne sont pas conservées. Le fournisseur intervient sur site pour la maintenance sous la surveillance du chef de service."),
        ("p", "En cas de panne du lecteur, l'ouverture se fait avec la clé de secours conservée au coffre du DGS et le code de l'armoire : 2 9 4 7."),
        ("p", "Rappel : toute sortie et tout retour d'arme sont consignés sur le registre papier coté et paraphé."),
    ],
    "s051_rapport_petite_enfance.docx": [
        ("title", "DIRECTION PETITE ENFANCE — RAPPORT ANNUEL 2023"),
        ("p", "Document présenté à la commission « famille et éducation » — version non expurgée"),
        ("h", "1. L'offre d'accueil"),
        ("p", "La ville gère quatre établissements d'accueil du jeune enfant (196 places) et un relais petite enfance qui accompagne 143 assistantes maternelles. La commission d'attribution a examiné 412 demandes pour 138 places libérées, soit un taux de satisfaction de 33 %."),
        ("table", [["Établissement", "Places", "Taux d'occupation", "Enfants accueillis"],
                   ["Les Lucioles", "60", "81 %", "94"],
                   ["Pomme d'Api", "48", "77 %", "71"],
                   ["Les Petits Loups", "48", "79 %", "69"],
                   ["Crèche familiale", "40", "88 %", "52"]]),
        ("h", "2. Qualité d'accueil"),
        ("p", "Le projet « bien manger dès le berceau » a permis de passer à 40 % de produits bio. Les équipes ont été formées aux violences éducatives ordinaires."),
        ("h", "3. Ressources humaines"),
        ("p", "Taux d'absentéisme : 9,8 %. Postes vacants d'auxiliaire de puériculture : 4 en moyenne sur l'année, compensés par l'intérim."),
        ("p", "La direction de Pomme d'Api a été assurée par intérim de septembre à décembre. La directrice, Mme Valérie Carpentier, a fait l'objet d'une exclusion temporaire de fonctions de quinze jours, prononcée après avis du conseil de discipline, pour avoir à plusieurs reprises laissé la structure fonctionner sous le taux d'encadrement réglementaire sans en informer la direction et avoir modifié les feuilles de présence. Elle a été réaffectée au relais petite enfance à son retour ; l'intéressée conteste la sanction devant le tribunal administratif."),
        ("h", "4. Perspectives"),
        ("p", "Ouverture d'une micro-crèche municipale de 12 places en 2025 ; révision du règlement de fonctionnement ; démarche d'amélioration de la qualité de vie au travail."),
    ],
    "s057_catalogue_prestataire.docx": [
        ("title", "CATALOGUE DES FORMATIONS 2024 — PRÉVENTION ET SÉCURITÉ"),
        ("p", "Annexe 2 : offre technique et financière détaillée du prestataire retenu (Préventia Formation SARL) — pièce du marché, non communicable"),
        ("p", "Le catalogue présenté aux agents (annexe 1) reprend les intitulés et les dates. La présente annexe, réservée au service formation et à la commande publique, détaille la décomposition du prix transmise par le prestataire à l'appui de son offre."),
        ("table", [["Module", "Prix jour HT facturé", "Dont coût formateur", "Dont supports et frais", "Marge déclarée"],
                   ["SST initial (2 jours)", "980 €", "520 € (formateur salarié)", "60 €", "41 %"],
                   ["Habilitation électrique B0/H0V", "1 050 €", "610 € (sous-traitant agréé)", "90 €", "33 %"],
                   ["Manipulation des extincteurs", "720 €", "380 €", "140 € (bac à feu)", "28 %"],
                   ["Travail en hauteur", "1 190 €", "650 €", "120 €", "35 %"]]),
        ("p", "Le prestataire précise que ses prix reposent sur une méthode pédagogique propre (mises en situation filmées avec son logiciel d'analyse, licence interne) et sur un accord de sous-traitance exclusif pour l'habilitation électrique, qu'il demande de ne pas révéler à ses concurrents. Remise de 12 % accordée au-delà de 20 jours de formation commandés dans l'année."),
        ("p", "Calendrier prévisionnel : 26 jours de formation répartis de février à novembre, soit un montant estimé de 24 300 € HT."),
    ],
    "s059_note_ase_centre_loisirs.docx": [
        ("title", "ACCUEIL DE LOISIRS DU MERCREDI — BILAN DE L'ANNÉE SCOLAIRE"),
        ("p", "Document à l'attention de la coordinatrice enfance — préparation du bilan CAF"),
        ("h", "Fréquentation"),
        ("table", [["Période", "Inscrits", "Présence moyenne"],
                   ["Septembre – décembre", "112", "84"],
                   ["Janvier – mars", "118", "91"],
                   ["Avril – juin", "109", "80"]]),
        ("h", "Projets"),
        ("p", "Jardin partagé avec l'EHPAD, cycle cirque avec l'école des arts du cirque, sortie au zoo de Beauval en juin. Le partenariat avec la ludothèque a été reconduit."),
        ("h", "Situations individuelles à signaler à la coordinatrice"),
        ("p", "Les deux enfants Morin (Lilou, 7 ans, et Sacha, 9 ans) ne sont plus accompagnés par leurs parents depuis février : c'est une assistante familiale de Champigny qui les dépose et les reprend, et l'éducatrice du service départemental nous a demandé de ne remettre les enfants à personne d'autre et de ne pas communiquer leurs horaires au père. Les visites avec la mère ont lieu en présence d'un tiers, le samedi, ailleurs. Sacha a demandé à l'animatrice s'il « rentrerait à la maison pour l'été » ; nous avons transmis à l'éducatrice."),
        ("p", "Un autre enfant du groupe des 6-8 ans arrive régulièrement sans goûter ; l'équipe a prévu un panier collectif discret."),
        ("h", "Équipe"),
        ("p", "1 directrice BPJEPS, 9 animateurs dont 6 BAFA. Taux d'encadrement respecté toute l'année."),
    ],
})

# ---------------------------------------------------------------------------
# Sovereign .html
# ---------------------------------------------------------------------------
HTML.update({
    "s004_actualite_comite_fetes.html": ("Comité des fêtes : une nouvelle équipe pour la fête de la Saint-Jean", """
<article>
<p class="statut">Brouillon — non publié — auteur : service communication</p>
<h1>Comité des fêtes : une nouvelle équipe pour la Saint-Jean</h1>
<p class="date">Actualités — Vie associative</p>
<p>Le comité des fêtes a tenu une assemblée générale extraordinaire le 12 avril à la salle polyvalente. Une nouvelle présidente, Mme Josiane Bréhaut, a été élue à l'unanimité des 46 membres présents, entourée d'un bureau renouvelé aux deux tiers.</p>
<p>Ce renouvellement fait suite au départ de l'ancien trésorier, M. Dominique Allard. Pour mémoire, l'association avait découvert l'an dernier des écarts importants dans ses comptes et avait déposé plainte. Selon nos informations, M. Allard a été condamné le 9 avril par le tribunal correctionnel de Saint-Brieuc à huit mois d'emprisonnement avec sursis et au remboursement de 23 400 € pour abus de confiance. Le jugement n'a pas encore été signifié et son avocat envisage de faire appel ; aucun article n'est paru dans la presse.</p>
<p>La municipalité, qui verse au comité une subvention annuelle de 6 500 €, a maintenu son soutien. « Les bénévoles ne doivent pas payer pour les fautes d'un seul », souligne l'adjoint à la vie associative.</p>
<h2>Le programme de la Saint-Jean</h2>
<ul>
<li>Samedi 22 juin : vide-greniers à partir de 7 h, concours de pétanque à 14 h ;</li>
<li>repas moules-frites à 19 h 30 (réservation en mairie, 15 €) ;</li>
<li>grand feu de la Saint-Jean à 23 h sur le terrain des sports.</li>
</ul>
<p>Le comité recherche des bénévoles pour l'installation des stands le vendredi soir.</p>
</article>
"""),
    "s009_faq_titre_sejour.html": ("Questions fréquentes : titres de séjour — Point d'accès au droit", """
<header><p>Point d'accès au droit de Saint-Denis — Espace usagers</p></header>
<main>
<h1>Titres de séjour : vos questions, nos réponses</h1>
<h2>Je suis en France depuis plusieurs années avec des cartes temporaires. Puis-je demander une carte de résident ?</h2>
<p>La carte de résident (10 ans) peut être demandée après cinq ans de séjour régulier, sous conditions de ressources stables, de logement et d'intégration (niveau de français A2). Certaines catégories y ont droit plus rapidement (conjoints de Français après trois ans de mariage, parents d'enfant français, réfugiés).</p>
<h2>Mon récépissé a expiré avant la décision. Que faire ?</h2>
<p>Sur l'ANEF, votre attestation de prolongation d'instruction est normalement renouvelée automatiquement. En cas de rupture, conservez toutes les preuves de dépôt et contactez le point d'accès au droit.</p>
<h2>Un exemple de parcours</h2>
<p>Pour vous montrer que les démarches aboutissent, voici l'histoire de Mme Mariam Touré, qui fréquente nos permanences depuis 2013 et vit avec ses deux enfants au 18 rue Gabriel-Péri. Arrivée de Bamako en 2011, elle a d'abord été déboutée de sa demande d'asile, puis a vécu deux ans sans papiers en travaillant comme aide ménagère. Régularisée par le travail en 2014, elle a enchaîné ensuite les récépissés et les cartes d'un an, parfois avec six mois de retard, au point de perdre deux emplois. Elle a obtenu sa carte de résident en mars dernier, après dix ans de récépissés. Elle prépare maintenant sa demande de naturalisation.</p>
<h2>Où être accompagné ?</h2>
<ul>
<li>Permanences juridiques : mardi et jeudi, 14 h – 17 h, sans rendez-vous ;</li>
<li>associations partenaires : Cimade, Gisti (téléphone), Secours catholique ;</li>
<li>Défenseur des droits : permanence le premier lundi du mois.</li>
</ul>
</main>
<footer><p>Page mise à jour le 3 avril. Les informations données sont générales et ne remplacent pas un conseil individuel.</p></footer>
"""),
    "s016_journees_patrimoine_eglise.html": ("Journées du patrimoine : l'église Saint-Martin ouvre son clocher", """
<article>
<h1>Journées européennes du patrimoine : montez au clocher de Saint-Martin !</h1>
<p class="date">Publié le 2 septembre — Culture et patrimoine</p>
<p>Les 21 et 22 septembre, l'église Saint-Martin, classée monument historique en 1908, ouvre exceptionnellement son clocher au public. Construit au XIIe siècle et surélevé au XVe, il abrite quatre cloches dont la plus ancienne, « Marie-Jeanne », fondue en 1624, a échappé aux réquisitions de la Révolution. Les bénévoles de l'association des Amis de Saint-Martin proposeront des visites guidées toutes les heures, de 10 h à 17 h, par groupes de douze personnes. Les enfants de moins de 10 ans ne sont pas admis dans l'escalier.</p>
<p>La nef accueillera également une exposition sur la restauration des vitraux, achevée l'an dernier grâce à la souscription de la Fondation du patrimoine, et un concert d'orgue le dimanche à 16 h. L'église reste un lieu de culte : merci de respecter le silence pendant l'office du dimanche à 10 h 30.</p>
<!-- Bloc interne — ne doit pas apparaître en ligne ; copié depuis la fiche des bénévoles -->
<div class="interne">
<h2>Consignes bénévoles (ne pas publier)</h2>
<p>Ouverture de la sacristie : clé dans la boîte à code à droite de la porte nord, code 1 9 0 8. Porte du clocher : alarme à désactiver sur le boîtier derrière le confessionnal, code 4 6 2 0 puis #. Le détecteur de la chambre des cloches n'est pas relié à la télésurveillance ; celui du trésor (armoire des pièces d'orfèvrerie, sacristie) l'est : ne jamais l'ouvrir. Réarmer l'alarme à 17 h 30 avec le même code : la gendarmerie est prévenue automatiquement en cas d'oubli après 30 minutes.</p>
</div>
<p>Informations : mairie, service culture, 05 xx xx xx xx.</p>
</article>
"""),
    "s019_critique_livre.html": ("Coup de cœur de la médiathèque : « Les Hivers de la Sambre »", """
<article>
<h1>Coup de cœur : « Les Hivers de la Sambre », de Jeanne Verhaegen</h1>
<p class="rubrique">Le billet des bibliothécaires — projet de page pour le site</p>
<p>Il y a des romans qui sentent la pluie et le charbon. Le troisième livre de Jeanne Verhaegen, paru cet automne aux éditions du Beffroi, est de ceux-là. On y suit trois générations d'une famille de verriers de la vallée de la Sambre, de la grande grève de 1936 à la fermeture de la dernière usine en 1992. Sans misérabilisme, avec une langue sobre et précise, l'autrice raconte le travail, la fierté ouvrière, l'alcool aussi, et surtout les femmes qui tiennent tout.</p>
<p>On pense parfois aux grandes sagas ouvrières, parfois à un récit oral tant les voix des personnages sont justes. Le roman a quelques longueurs dans sa partie centrale, consacrée aux années soixante, mais la dernière partie, qui raconte la fermeture, est bouleversante.</p>
<p>Nous avons tellement aimé le chapitre 7 que nous vous le proposons ici en entier, pour vous donner envie :</p>
<blockquote>
<p>« Le four s'est éteint un jeudi. Personne ne l'avait cru possible, parce qu'un four ne s'éteint pas, il meurt, et on ne meurt pas un jeudi. Lucienne était venue avec le thermos, comme chaque matin depuis trente-deux ans, et elle avait trouvé les hommes assis sur le muret, les mains posées à plat sur les cuisses, comme à l'église. Son fils ne s'était pas levé. Il avait seulement dit : c'est fini, maman, ils ont coupé le gaz à six heures. Elle avait regardé la cheminée, et pour la première fois de sa vie il n'en sortait rien. Elle avait pensé à son père, qui soufflait le verre à quatorze ans, à ses brûlures sur les avant-bras, aux bouteilles vertes qu'on alignait sur l'appui de la fenêtre le dimanche. Elle avait pensé qu'il faudrait expliquer aux petits ce que c'était, un four, et qu'ils ne comprendraient pas. Alors elle avait servi le café, un gobelet après l'autre, et les hommes l'avaient bu en silence, et quand le thermos avait été vide elle était rentrée chez elle à pied, par le chemin du canal, sans se retourner. »</p>
</blockquote>
<p>Extrait reproduit d'après l'édition originale — © Éditions du Beffroi, tous droits réservés. [Autorisation demandée à l'éditeur le 8 janvier, pas de réponse à ce jour.]</p>
<p>« Les Hivers de la Sambre », 312 pages, 21 €. Disponible en trois exemplaires à la médiathèque (cote R VER) et en livre numérique. Rencontre avec l'autrice le samedi 16 mars à 15 h.</p>
</article>
"""),
    "s027_communique_sportive.html": ("Trophée du mérite sportif — Léa Garnier à l'honneur", """
<article>
<p class="statut">Projet de communiqué — version 2 — commentaires du cabinet en rouge</p>
<h1>Trophées du sport : Léa Garnier, sportive de l'année</h1>
<p>La cérémonie des trophées du sport s'est tenue vendredi soir au théâtre municipal devant 400 personnes. Le trophée de la sportive de l'année a été remis à Léa Garnier, 27 ans, licenciée au Cercle d'escrime, médaillée de bronze au sabre par équipes aux championnats d'Europe et troisième du classement national.</p>
<p>Formée au club dès l'âge de sept ans, Léa s'entraîne aujourd'hui à l'INSEP tout en restant fidèle à son club d'origine, où elle encadre bénévolement les plus jeunes le samedi. « Ce trophée, c'est celui de tous les bénévoles qui m'ont portée », a-t-elle déclaré.</p>
<p class="commentaire">[Cabinet : ne pas écrire qu'elle vise les championnats du monde. Elle a dit au maire en aparté qu'elle renonçait à la saison : elle attend son premier enfant pour la fin septembre, elle est à quatre mois, sa fédération et son employeur ne sont pas encore au courant et elle veut l'annoncer elle-même après l'échographie de juin. On remplace par « elle prépare la suite de sa carrière ».]</p>
<p>Les autres lauréats : Mathis Colin (judo, espoir de l'année), l'équipe des moins de 15 ans du Rugby club (équipe de l'année), Gérard Pommier (bénévole de l'année, 40 ans au service du club de tennis de table).</p>
<p>Le maire a rappelé l'effort de la ville en faveur du sport : 1,1 million d'euros de subventions aux clubs cette année et la rénovation du gymnase Pierre-de-Coubertin.</p>
</article>
"""),
    "s033_gala_enfant.html": ("Gala des étoiles — merci à tous !", """
<article>
<h1>Gala des étoiles : 38 000 € récoltés pour les enfants hospitalisés</h1>
<p class="date">Projet d'article pour la lettre municipale de février</p>
<p>Samedi 20 janvier, plus de 350 personnes ont participé au « Gala des étoiles » organisé par la ville et le Lions Club au profit de l'association Sourire à l'hôpital, qui finance des animations dans le service d'oncologie pédiatrique du CHU. Dîner, spectacle de magie, vente aux enchères de maillots dédicacés : la soirée a permis de réunir 38 000 €.</p>
<p>Le moment le plus fort a été l'intervention de la petite Zoé Marchal, 8 ans, élève de CE2 à l'école des Tilleuls, venue sur scène avec ses parents. Zoé a perdu ses cheveux pendant ses blocs de chimiothérapie de l'automne et porte depuis un foulard violet qu'elle a elle-même choisi ; elle doit recevoir une greffe de moelle au printemps, son frère aîné s'étant révélé compatible. « À l'hôpital, les clowns du mercredi, c'est le meilleur moment », a-t-elle dit au micro, sous les applaudissements.</p>
<p>Merci aux 42 bénévoles, aux restaurateurs de la ville et aux entreprises mécènes.</p>
<p class="commentaire">[À vérifier : les parents ont-ils signé l'autorisation de publication ? Ils ont donné leur accord pour la soirée, pas pour l'écrit.]</p>
</article>
"""),
    "s049_mediatheque_incident.html": ("Intranet — fiche incident", """
<h1>Médiathèque Aragon — Fiche de signalement d'incident</h1>
<table>
<tr><th>Date</th><td>Mercredi 6 mars, 18 h 45</td></tr>
<tr><th>Rédacteur</th><td>Pascal Hébert, assistant de conservation</td></tr>
<tr><th>Type</th><td>Mineur non accompagné à la fermeture</td></tr>
</table>
<h2>Récit</h2>
<p>À la fermeture, un enfant était encore dans l'espace jeunesse : Noah Besson, 9 ans, qui vient tous les mercredis dès 13 h 30 et reste jusqu'à la fermeture. Personne n'est venu le chercher. Il nous a dit que sa mère « travaille loin » et que son beau-père « dort l'après-midi » et qu'il ne faut pas le réveiller. Il n'avait pas mangé depuis le matin ; il a de nouveau un bleu sur l'avant-bras, comme en janvier, et a changé de sujet quand ma collègue lui a demandé ce qui s'était passé. Nous avons appelé la mère à 19 h 10, qui est arrivée à 19 h 50.</p>
<h2>Suites</h2>
<p>Après échange avec la directrice, une information préoccupante a été transmise le 7 mars à la cellule départementale (CRIP). Nous avons reçu le 14 mars un appel de la travailleuse sociale chargée de l'évaluation. Consigne : accueillir Noah normalement, noter les heures d'arrivée et de départ, ne rien dire à la famille.</p>
<p class="confidentiel">Fiche à ne pas diffuser au-delà de la direction.</p>
"""),
    "s053_communique_trophee_foot.html": ("Un trophée pour Moussa", """
<article>
<h1>Moussa Keita, élu bénévole de l'année par le district de football</h1>
<p class="date">Brouillon pour la page Facebook de la ville — à valider</p>
<p>Chaque samedi depuis trois saisons, il est le premier arrivé au stade des Peupliers et le dernier reparti. Moussa Keita, 24 ans, entraîne bénévolement les U11 de l'Entente sportive et s'occupe de la buvette. Le district de football vient de lui décerner le trophée du bénévole de l'année.</p>
<p>« Le foot m'a aidé à m'accrocher quand je suis arrivé ici », confie-t-il. Arrivé seul à seize ans, pris en charge par l'aide sociale à l'enfance, il a obtenu un CAP de cuisine. Depuis ses dix-huit ans, il vit suspendu à la décision de la préfecture : sa demande de titre de séjour a été refusée en octobre avec une obligation de quitter le territoire, et son recours est pendant devant le tribunal administratif. Son patron, le restaurant Le Relais, a dû interrompre son contrat en attendant.</p>
<p>Les parents des joueurs ont lancé une pétition de soutien, qui a recueilli 1 300 signatures.</p>
<p class="commentaire">[Avis du service juridique : on ne peut pas parler de l'OQTF ni du recours, ni même laisser entendre sa situation. Garder seulement le trophée.]</p>
</article>
"""),
})
