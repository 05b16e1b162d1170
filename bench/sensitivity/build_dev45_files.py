"""Build the .docx and .html documents of the hand-written sensitivity set dev45.

Theme: community life and sport of an intercommunality (Communauté de communes Cœur de Sérène):
associations and their subsidies (applications, agreements, audits of accounts), sport clubs using
the intercommunal facilities (licences, incidents, doping control, injuries, bans), volunteering,
the associations' forum, the intercommunal sports office, youth sports camps, sports medicine
certificates, club presidents' correspondence, conflicts inside associations, the council's
subsidy deliberations, annual reports, published calendars and guides.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev45_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev45"
FIXED = dt.datetime(2026, 1, 14, 9, 15, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_audit_comptes_comite_fetes.docx"] = [
    ("title", "Rapport de contrôle de l'emploi des subventions — Comité des fêtes de Lavaur-le-Haut"),
    para("""Communauté de communes Cœur de Sérène — Direction des finances, cellule contrôle de gestion.
    Exercices contrôlés : 2023 et 2024. Fondement : article L. 1611-4 du code général des collectivités
    territoriales et arrêté d'attribution du 12 mars 2024. Rapporteure : Nathalie Sarrazin. Rapport
    définitif après procédure contradictoire, établi le 30 septembre 2025. Document interne,
    communicable aux seuls membres du bureau communautaire."""),
    ("h", "1. Contexte et déclenchement du contrôle"),
    para("""Le Comité des fêtes de Lavaur-le-Haut, association déclarée en 1979, organise chaque année la
    fête de la Saint-Jean, le marché de Noël, un loto et un vide-grenier. Il perçoit de la Communauté de
    communes une subvention de fonctionnement de 4 500 € par an, ainsi que le prêt gratuit de matériel
    (barnums, podium, sonorisation) valorisé à 3 200 € en 2024. La commune de Lavaur-le-Haut lui verse
    en outre 2 000 € et met à sa disposition un local communal."""),
    para("""Le contrôle a été engagé à la suite d'un signalement écrit de la nouvelle trésorière, reçu par
    le service vie associative en avril 2025, faisant état de retraits d'espèces non justifiés sur le
    compte de l'association. Le bureau de l'association a déposé plainte le 6 mai 2025 ; il a demandé à
    la Communauté de communes de l'aider à reconstituer les comptes, ce qui a été accepté."""),
    ("h", "2. Méthode"),
    para("""Ont été examinés : les relevés du compte courant et du livret pour 2023 et 2024, les talons de
    chéquiers, les factures et les reçus disponibles, les feuilles de caisse du loto et des buvettes,
    les procès-verbaux des assemblées générales de 2023, 2024 et 2025, le dossier de demande de
    subvention 2025 et les comptes qui y étaient joints. Des entretiens ont été conduits avec la
    présidente par intérim, Mme Marie-Claude Teyssier, la trésorière, Mme Martine Delbès, et deux
    membres du bureau. L'ancien président, M. Gérard Couzinet, invité par courrier recommandé à
    présenter ses observations, a répondu par écrit le 2 septembre 2025."""),
    ("h", "3. Situation financière reconstituée"),
    ("table", [
        ["Poste", "2023", "2024"],
        ["Recettes des manifestations", "21 840 €", "19 310 €"],
        ["Subventions (CC + commune)", "6 500 €", "6 500 €"],
        ["Cotisations et dons", "1 120 €", "980 €"],
        ["Total des produits", "29 460 €", "26 790 €"],
        ["Dépenses justifiées", "24 980 €", "22 760 €"],
        ["Retraits d'espèces non justifiés", "1 140 €", "3 620 €"],
        ["Résultat reconstitué", "+ 3 340 €", "+ 410 €"],
    ]),
    para("""Les comptes 2024 joints au dossier de subvention 2025, signés par l'ancien président, faisaient
    apparaître un déficit de 1 870 € ; ce déficit résulte pour l'essentiel de l'enregistrement, en
    charges de « cachets d'artistes », de retraits d'espèces qui ne correspondent à aucune prestation.
    Les musiciens de la Saint-Jean 2024 ont été payés par chèque, comme l'attestent les talons et les
    relevés ; aucun paiement en espèces d'artistes n'a pu être établi."""),
    ("h", "4. Constats"),
    para("""4.1 Retraits d'espèces. Neuf retraits au distributeur de Saint-Aubin, effectués avec la carte
    bancaire de l'association dont l'ancien président était seul titulaire, ont été relevés entre
    mai 2023 et février 2025, pour un total de 4 760 € (dont 2 380 € entre octobre 2024 et février
    2025). Aucun justificatif n'a été produit. Dans sa réponse écrite, M. Couzinet soutient que ces
    sommes ont servi à payer « des prestataires qui ne voulaient pas de chèque » et des achats de lots
    pour le loto, sans en apporter la preuve ; il reconnaît n'avoir « jamais gardé les tickets »."""),
    para("""4.2 Recettes du loto. Les recettes déclarées du loto 2024 (4 120 €) sont inférieures de 1 900 €
    à celles de 2023 pour une fréquentation comparable (environ 280 joueurs selon les feuilles de
    présence). La feuille de caisse n'est pas signée. Il n'est pas possible d'établir l'existence d'un
    détournement sur ce point, mais l'écart n'est pas expliqué."""),
    para("""4.3 Gouvernance. Le bureau ne s'est pas réuni entre octobre 2023 et mars 2025 ; les assemblées
    générales ont approuvé des comptes présentés oralement. La carte bancaire était détenue par une seule
    personne, qui était à la fois président et, de fait, trésorier depuis la démission du précédent
    trésorier en 2022."""),
    para("""4.4 Situation personnelle de l'ancien dirigeant. Les membres du bureau entendus ont indiqué
    que M. Couzinet traversait depuis 2023 de graves difficultés : il aurait perdu son emploi à la
    coopérative agricole, accumulé des dettes de jeu en ligne et ferait l'objet d'une procédure de
    rétablissement personnel. Ces éléments, rapportés par des tiers, ne sont pas vérifiés et sont
    mentionnés uniquement parce qu'ils ont été invoqués par l'intéressé lui-même dans son courrier du
    2 septembre, où il écrit avoir « traversé une période où je ne maîtrisais plus rien » et s'engage à
    rembourser « ce qui sera jugé »."""),
    para("""4.5 Emploi de la subvention intercommunale. La subvention a été employée pour l'essentiel
    conformément à son objet (location de matériel, sécurité, sonorisation de la Saint-Jean).
    Toutefois, compte tenu de la fongibilité de la trésorerie, il ne peut être exclu qu'une part des
    fonds publics ait été absorbée par les retraits non justifiés."""),
    ("h", "4 bis. Analyse des manifestations"),
    para("""Fête de la Saint-Jean 2024 : 9 840 € de recettes (buvette 6 120 €, repas 3 720 €) pour
    7 310 € de dépenses justifiées (orchestre payé par chèque 2 400 €, location de podium et de
    sonorisation 1 150 €, sécurité 980 €, achats alimentaires 2 780 €). La marge de la buvette (52 %)
    est cohérente avec les éditions précédentes. Marché de Noël 2024 : 2 180 € de recettes (droits de
    place et vin chaud) pour 1 420 € de dépenses ; aucune observation. Vide-grenier 2024 : 1 850 € de
    droits de place, encaissés par chèque pour l'essentiel ; aucune observation."""),
    para("""Loto 2024 : outre l'écart de recettes relevé au point 4.2, les lots ont été achetés pour
    partie en espèces (1 260 € selon le cahier tenu par l'ancien président) ; seuls 540 € de tickets
    de caisse ont été retrouvés. La commission des jeux de la préfecture n'a pas été informée de la
    valeur des lots, alors qu'elle dépassait le seuil réglementaire pour un loto traditionnel."""),
    ("h", "4 ter. Situation de trésorerie au 31 août 2025"),
    para("""Le solde bancaire s'établit à 5 930 €, auquel s'ajoute un livret de 3 200 €. La trésorière a
    ouvert un second compte réservé aux manifestations et mis en place une caisse à double comptage.
    Les dépenses engagées pour la Saint-Jean 2025 ont été intégralement justifiées. L'association
    ne présente pas de risque de cessation d'activité à court terme."""),
    para("""4.6 Prêt de matériel intercommunal. Le matériel prêté par la Communauté de communes (barnums,
    podium, sonorisation) a été restitué en bon état après chaque manifestation. Le podium a toutefois
    été conservé neuf jours au-delà de la date prévue en juin 2024, sans autorisation, pour une
    manifestation privée dont l'ancien président n'a pas su préciser l'organisateur. Le service vie
    associative rappellera les règles du prêt à la nouvelle équipe."""),
    ("h", "5. Suites judiciaires"),
    para("""Selon les informations communiquées par la trésorière, M. Couzinet a été entendu par la
    gendarmerie en juillet 2025 et le parquet d'Agen a ouvert une information judiciaire. La Communauté
    de communes n'est pas partie à la procédure. Le présent rapport pourra être transmis à l'autorité
    judiciaire sur sa demande."""),
    ("h", "6. Recommandations"),
    para("""1) Adopter un règlement financier prévoyant la double signature au-delà de 300 € et la
    suppression de la carte de retrait. 2) Tenir des feuilles de caisse signées par deux bénévoles.
    3) Réunir le bureau au moins quatre fois par an et faire approuver des comptes écrits.
    4) Déclarer au greffe la nouvelle composition du bureau. 5) Produire des comptes 2024 rectifiés,
    approuvés par une assemblée générale extraordinaire."""),
    ("h", "7. Proposition"),
    para("""La cellule propose de maintenir la subvention 2026 au niveau de 4 500 €, l'association étant
    victime et ayant engagé les mesures de redressement nécessaires ; de ne pas demander de reversement
    pour 2024 ; de programmer une visite de suivi en juin 2026. Observations de l'association : la
    présidente par intérim remercie le service pour son accompagnement et indique que l'assemblée
    générale extraordinaire s'est tenue le 19 septembre 2025, qu'elle a approuvé les comptes rectifiés
    et élu un nouveau bureau."""),
    para("""Annexes : relevé des retraits (tableau daté) ; réponse de M. Couzinet du 2 septembre 2025 ;
    procès-verbal de l'assemblée générale extraordinaire ; récépissé de plainte du 6 mai 2025."""),
]

DOCX_BLOCKS["s047_pv_commission_discipline_district_football.docx"] = [
    ("title", "District de Lot-et-Garonne de football — Commission de discipline"),
    para("""Procès-verbal de la réunion du 25 mars 2025 — Siège du district, Agen. Président de séance :
    M. Claude Bernadet. Membres : Mme Sylvie Lamothe, MM. Henri Pujos, Daniel Ferrer, Jérôme Sauvage.
    Secrétaire : Mme Océane Viguier. Les décisions ci-dessous sont notifiées aux clubs et aux
    intéressés ; elles sont publiées sous forme anonymisée sur le site du district (numéros de licence
    masqués). Le présent procès-verbal complet est réservé aux clubs concernés et aux instances."""),
    ("h", "Dossier n° 87 — U15 District 1 — Montbrac FC / Entente Pradelles-Lavaur — 8 mars 2025"),
    para("""Rencontre disputée au stade intercommunal Pierre-Brossolette. Rapport de l'arbitre
    (M. Mathéo Carles, 17 ans, arbitre stagiaire) : « Pas d'incident particulier, match tendu, un
    avertissement pour chaque équipe. » Réclamation de l'Entente Pradelles-Lavaur reçue le 12 mars,
    accompagnée d'un courrier de Mme Aminata Diallo, mère du joueur Moussa Diallo (Entente), faisant état
    d'injures à caractère raciste proférées à l'encontre de son fils par deux joueurs du Montbrac FC et
    par un spectateur, et du dépôt d'une plainte auprès de la gendarmerie de Pradelles."""),
    para("""Auditions (visioconférence du 20 mars) : M. Moussa Diallo, assisté de sa mère, déclare que
    le joueur n° 5 de Montbrac, identifié comme M. Lucas Bonnefous, lui a dit à plusieurs reprises
    « retourne dans ton pays » et que le n° 9, M. Enzo Trémoulet, a imité un cri de singe après un
    duel ; il déclare qu'un homme en tribune, qu'il ne connaît pas, a fait de même pendant toute la
    seconde période. Le capitaine de l'Entente et l'éducateur de l'Entente confirment avoir entendu
    les cris de la tribune, mais pas les propos des joueurs. M. Lucas Bonnefous, assisté de son père,
    nie les faits et indique avoir dit « retourne en défense ». M. Enzo Trémoulet, assisté de sa mère,
    reconnaît avoir « fait un bruit » après le duel, « pour rigoler », sans intention raciste, et
    présente ses excuses. L'éducateur du Montbrac FC indique que le spectateur est le père d'un joueur,
    M. Frédéric Trémoulet, qui a été exclu de la tribune par le président du club lors de la rencontre
    suivante. L'arbitre, entendu, déclare n'avoir rien entendu en raison du bruit et regrette de ne
    pas avoir interrogé les capitaines à la fin de la rencontre."""),
    para("""Décision. La commission, considérant les déclarations concordantes du joueur, de son capitaine
    et de son éducateur, et la reconnaissance partielle des faits par M. Enzo Trémoulet ; considérant
    que le comportement discriminatoire est une circonstance aggravante au sens du barème disciplinaire ;
    considérant que les faits reprochés à M. Lucas Bonnefous ne sont pas établis avec certitude :
    — inflige à M. Enzo Trémoulet (licence n° 25xxxx41) une suspension de 6 matchs fermes, assortie de
    l'obligation de suivre, avec ses parents, le module de sensibilisation aux discriminations proposé
    par la Ligue ; — relaxe M. Lucas Bonnefous au bénéfice du doute ; — inflige au Montbrac FC une
    amende de 150 € et un match à huis clos partiel (tribune fermée) pour le comportement de ses
    supporters ; — transmet le dossier à la commission régionale d'éthique et informe le procureur de
    la République, une plainte ayant été déposée ; — rappelle à la commission des arbitres la nécessité
    de former les arbitres stagiaires à la procédure en cas de propos discriminatoires."""),
    ("h", "Dossier n° 91 — Seniors Départemental 2 — US Sérène B / AS Brézolles — 15 mars 2025"),
    para("""Rapport de l'arbitre : à la 78e minute, le joueur n° 6 de Brézolles, M. Yohan Castets, exclu
    pour un second avertissement, a bousculé l'arbitre assistant bénévole de l'US Sérène, M. Serge
    Mouly, 67 ans, qui a chuté. M. Mouly a été examiné par le médecin du club ; contusion au coude,
    pas d'arrêt de travail. M. Castets, entendu, reconnaît une bousculade « involontaire » et indique
    traverser une période difficile (décès de son père en février). Décision : suspension de 8 matchs
    dont 2 avec sursis pour acte de brutalité envers un officiel ; amende de 80 € à l'AS Brézolles."""),
    ("h", "Dossier n° 93 — U17 Régional 2 — US Sérène / Stade Villeneuvois — 15 mars 2025"),
    para("""Rapport du délégué : après la rencontre, une bagarre a opposé plusieurs joueurs sur le parking
    du stade Brossolette. Le joueur n° 11 de l'US Sérène, M. Nassim Haddou, a reçu un coup de poing au
    visage (fracture du nez, ITT de 10 jours, plainte déposée) porté par le joueur n° 4 du Stade
    Villeneuvois, M. Killian Roussille. La commission, au vu des images de vidéosurveillance du parking
    communiquées par le club et du certificat médical, inflige à M. Killian Roussille une suspension
    de 2 ans ferme (dont la période de suspension provisoire), et à M. Dylan Pons (US Sérène), qui a
    jeté une bouteille en direction des joueurs adverses, une suspension de 4 matchs. Le dossier est
    transmis au parquet d'Agen. Le Stade Villeneuvois est sanctionné d'une amende de 200 €."""),
    ("h", "Dossier n° 94 — Vétérans — AS Villecrose / Entente Pradelles — 16 mars 2025"),
    para("""Rapport de l'arbitre : propos injurieux du
    dirigeant de l'AS Villecrose, M. Alain Saint-Martin, envers l'arbitre à la mi-temps (« t'es payé
    combien par Pradelles ? »), puis refus de communiquer son identité. Le dirigeant, entendu, présente
    ses excuses écrites. Décision : suspension de toute fonction officielle pour 3 mois ; rappel à
    l'ordre du club."""),
    ("h", "Dossier n° 96 — Senior féminines — US Sérène / FC Marmande — 22 mars 2025"),
    para("""Rapport de l'arbitre : la joueuse n° 14 de Marmande, Mme Inès Perret, a tenu des propos
    injurieux à caractère homophobe envers une joueuse de l'US Sérène et envers l'arbitre, après une
    décision contestée. La joueuse, entendue, reconnaît les propos et indique avoir été elle-même
    provoquée. La commission inflige une suspension de 5 matchs dont 1 avec sursis et l'obligation de
    suivre un module de sensibilisation. L'US Sérène est invitée à accompagner sa joueuse, qui a
    indiqué à l'arbitre ne pas souhaiter donner suite par une plainte."""),
    ("h", "Dossier n° 97 — U13 — Stade Villeneuvois / Montbrac FC — 22 mars 2025"),
    para("""Rapport du délégué : à l'issue de la rencontre, l'éducateur du Stade Villeneuvois,
    M. Christophe Barrère, a pris à partie l'arbitre-joueur du Montbrac FC, âgé de 12 ans, en lui
    reprochant « d'avoir volé le match » et en le saisissant par le bras. L'enfant, en pleurs, a été
    raccompagné par ses parents, qui ont fait établir un certificat médical (hématome, pas d'ITT). Le
    père a déposé une main courante. M. Barrère, entendu, reconnaît avoir « perdu ses nerfs » et
    présente ses excuses ; il indique qu'il traverse une période de surmenage professionnel. La
    commission inflige une suspension de toute fonction pour 6 mois, dont 3 avec sursis, et
    l'obligation de suivre la formation fédérale « éducateur et arbitrage des jeunes ». Le Stade
    Villeneuvois est invité à désigner un autre éducateur pour l'équipe U13."""),
    ("h", "Observations générales de la commission"),
    para("""La commission constate une augmentation sensible des dossiers impliquant des propos
    discriminatoires (6 depuis le début de la saison contre 2 la saison précédente) et des violences
    envers des arbitres mineurs. Elle rappelle que les présidents de club sont responsables du
    comportement de leurs supporters et que tout propos raciste, sexiste ou homophobe doit être
    consigné sur la feuille de match. Elle demande au comité directeur du district d'organiser, avec
    les collectivités propriétaires des stades, une réunion de sensibilisation des présidents."""),
    ("h", "Suspensions provisoires et affaires en instruction"),
    para("""Dossier n° 88 (Seniors D1, RC Montbrac / Villeneuve) : l'instruction se poursuit ; la
    suspension provisoire de M. Anthony Viguié, mis en cause pour des violences sur un spectateur, est
    maintenue dans l'attente de l'issue de la procédure pénale ; l'intéressé fait par ailleurs l'objet
    d'une mesure administrative d'interdiction de stade prise pour des faits distincts. Dossier n° 95 :
    audition reportée à la demande du club, le joueur concerné étant hospitalisé."""),
    ("h", "Voies de recours"),
    para("""Les décisions peuvent être frappées d'appel devant la commission d'appel de la Ligue dans un
    délai de 7 jours à compter de leur notification. Pour les mineurs, l'appel est formé par le
    représentant légal. Le président de séance : C. Bernadet. La secrétaire : O. Viguier."""),
    ("h", "Annexe — Rappel du barème"),
    ("table", [
        ["Infraction", "Sanction de référence (joueur)", "Circonstance aggravante"],
        ["Propos injurieux envers un officiel", "3 matchs", "+ 50 % si discriminatoire"],
        ["Comportement discriminatoire", "5 matchs minimum", "huis clos possible pour le club"],
        ["Bousculade d'un officiel", "6 matchs", "+ 2 matchs si victime blessée"],
        ["Acte de brutalité envers un joueur", "4 matchs", "jusqu'à 2 ans si ITT > 8 jours"],
        ["Coup à un officiel", "1 an", "jusqu'à 10 ans selon gravité"],
    ]),
]

DOCX_BLOCKS["s048_rapport_fin_stage_mns_refus_titularisation.docx"] = [
    ("title", "Rapport sur la manière de servir — fin de stage d'un agent stagiaire"),
    para("""Communauté de communes Cœur de Sérène — Piscine intercommunale Aquasérène. Agent : M. Kevin
    Roumiguières, éducateur territorial des APS stagiaire (maître-nageur sauveteur), nommé stagiaire le
    1er septembre 2024. Rédacteur : Mme Julie Combes, cheffe de bassin, sous couvert du directeur des
    sports. Destinataire : autorité territoriale ; copie au service des ressources humaines en vue de
    la saisine de la commission administrative paritaire. Date : 3 juillet 2025."""),
    ("h", "1. Objet"),
    para("""Le stage de M. Roumiguières arrive à son terme le 31 août 2025. Le présent rapport a pour
    objet d'éclairer l'autorité territoriale sur l'aptitude professionnelle de l'agent, en vue de la
    décision de titularisation, de prorogation du stage ou de licenciement en fin de stage."""),
    ("h", "2. Missions confiées"),
    para("""Surveillance des bassins (en moyenne 22 heures par semaine), enseignement de la natation
    scolaire (classes de CP à CM2 de quatre écoles), animation des cours d'aquagym du mardi et du
    jeudi, participation à l'entretien du matériel pédagogique et aux exercices du plan d'organisation
    de la surveillance et des secours (POSS)."""),
    ("h", "3. Appréciation"),
    para("""Compétences techniques : l'agent maîtrise les techniques de sauvetage et a réagi correctement
    lors des deux interventions de la saison (malaise d'un baigneur âgé en octobre, enfant en
    difficulté dans le bassin d'apprentissage en mars). Son enseignement aux scolaires est apprécié des
    enseignants, même si les séances manquent de préparation écrite."""),
    para("""Assiduité et ponctualité : c'est le point le plus préoccupant. L'agent a cumulé 14 retards
    de prise de poste entre janvier et juin, dont trois de plus de 30 minutes ayant entraîné la
    fermeture temporaire du bassin sportif, faute d'un second surveillant. Il a fait l'objet d'un
    rappel à l'ordre écrit le 14 février, puis d'un entretien avec le directeur des sports le 7 avril.
    Il a présenté à quatre reprises des arrêts de travail d'un jour le lundi, qui ont désorganisé les
    plannings."""),
    para("""Respect des consignes de sécurité : le 24 mai, l'agent a été surpris à consulter son
    téléphone portable sur la chaise de surveillance pendant une séance publique, malgré l'interdiction
    rappelée par note de service. Le 11 juin, il a quitté son poste sans attendre la relève pour
    rejoindre un groupe d'amis dans le hall. Ces manquements sont graves au regard de la responsabilité
    de surveillance."""),
    para("""Relations de travail : les collègues décrivent un agent sympathique mais peu fiable. Deux
    agents ont refusé de faire équipe avec lui le dimanche. Il a reconnu, lors de l'entretien du
    7 avril, des « difficultés personnelles » et une consommation festive excessive les week-ends ; il
    a accepté d'être orienté vers la médecine préventive, mais n'a pas donné suite au rendez-vous."""),
    para("""Engagement : l'agent a proposé et mené avec succès une animation « Nuit de l'eau » en mars,
    qui a attiré 240 participants. Il manifeste un réel intérêt pour l'enseignement aux enfants."""),
    para("""Formation : l'agent a suivi la formation continue obligatoire (recyclage CAEPMNS) et une
    formation à l'accueil des publics en situation de handicap ; il s'est porté volontaire pour la
    natation adaptée avec l'IME de Montbrac."""),
    ("h", "4. Avis et proposition"),
    para("""Au vu de ces éléments, la cheffe de bassin considère que l'agent n'a pas encore démontré la
    fiabilité indispensable à l'exercice des fonctions de surveillance d'un établissement de baignade.
    Elle ne propose pas la titularisation et propose, compte tenu de ses qualités pédagogiques et de
    sa jeunesse dans la profession, une prorogation du stage de six mois assortie d'objectifs précis :
    zéro retard non justifié, respect absolu des consignes de surveillance, suivi effectif par la
    médecine préventive. À défaut d'amélioration, un licenciement en fin de stage serait proposé."""),
    para("""Avis du directeur des sports : « Je partage l'analyse et la proposition de prorogation. Je
    souligne que l'agent a été informé à plusieurs reprises des risques pour sa titularisation. »
    Signé J. Tessier, le 4 juillet 2025."""),
    para("""L'agent a pris connaissance du présent rapport le 8 juillet 2025 et a formulé les observations
    suivantes : « Je reconnais mes retards. J'ai traversé une période compliquée depuis le décès de mon
    frère en décembre. Je demande qu'on me laisse une chance. » Il a été informé de la saisine de la
    commission administrative paritaire et de son droit à consulter son dossier individuel."""),
]

DOCX_BLOCKS["s049_fiche_sanitaire_liaison_stage_ete.docx"] = [
    ("title", "Fiche sanitaire de liaison — Cap Sport Vacances été 2025"),
    para("""Document confidentiel remis à la direction du stage, à restituer à la famille à la fin de
    l'accueil. Enfant : Chloé Marsan, née le 14 mai 2014, 11 ans. Stage : « Pleine nature », base nautique
    du lac de Lavaur, du 7 au 11 juillet 2025."""),
    ("table", [
        ["Rubrique", "Renseignements fournis par la famille"],
        ["Vaccinations", "DTP à jour (rappel 2025) ; ROR 2 doses ; méningocoque C"],
        ["Allergies", "allergie à l'arachide et aux fruits à coque (anaphylaxie en 2022)"],
        ["Trousse d'urgence", "2 stylos d'adrénaline Anapen 150 µg + antihistaminique ; PAI signé"],
        ["Traitement en cours", "Sertraline 50 mg le matin (prise à la maison)"],
        ["Difficultés de santé", "anorexie mentale suivie depuis janvier, hospitalisation de jour à "
         "la clinique de Pradelles (pédopsychiatrie) les lundis ; ne pas commenter son alimentation"],
        ["Recommandations", "ne pas la peser ; prévenir la mère si elle saute un repas ; pas "
         "d'effort prolongé en plein soleil (malaises à la chaleur)"],
        ["Sait nager", "oui (test 25 m validé)"],
        ["Responsable légal", "Mme Nathalie Marsan, 06 …, Brézolles ; père : M. Olivier Marsan, "
         "ne pas appeler sauf urgence vitale (conflit parental)"],
        ["Médecin traitant", "Dr Lamarque, Saint-Aubin"],
    ]),
    para("""Observations de la direction : échange téléphonique avec la mère le 2 juillet. Le binôme
    d'animateurs du groupe est informé de l'allergie et du protocole d'adrénaline. Le suivi alimentaire
    est confié à la seule directrice adjointe, avec discrétion ; un point quotidien est fait avec la
    mère au départ du soir."""),
]

DOCX_BLOCKS["s050_rapport_evenement_grave_fugue_stage.docx"] = [
    ("title", "Déclaration d'événement grave — accueil collectif de mineurs Cap Sport Vacances"),
    para("""Organisateur : Communauté de communes Cœur de Sérène. Accueil déclaré sous le n° 047ORG0213.
    Destinataires : service départemental à la jeunesse, à l'engagement et aux sports (SDJES 47),
    au titre de l'obligation d'informer sans délai de tout accident grave ou situation présentant un
    risque ; copie : service de l'aide sociale à l'enfance, maison départementale des solidarités de
    Saint-Aubin. Rédacteur : Julien Tessier, directeur des sports, organisateur. Date : 25 octobre 2025."""),
    ("h", "1. Identité du mineur concerné"),
    para("""Jessy B., 12 ans, inscrit au stage « Sports collectifs 11-14 ans » du 20 au 24 octobre 2025 au
    gymnase Jean-Moulin. Le mineur est confié au service de l'aide sociale à l'enfance par jugement
    d'assistance éducative et placé chez une assistante familiale agréée à Pradelles-en-Val. Son
    inscription a été effectuée et réglée par le service de l'ASE. Une note interne du 17 octobre avait
    informé l'équipe d'animation des consignes de sécurité le concernant, notamment l'interdiction de
    remettre l'enfant à son père, qui ne bénéficie que d'un droit de visite médiatisé."""),
    ("h", "2. Déroulement des faits"),
    para("""Jeudi 23 octobre, vers 14 h 10, au retour de la pause méridienne, l'animatrice responsable du
    groupe B (12 enfants) a constaté l'absence de Jessy lors de l'appel effectué dans le hall. Les
    camarades ont indiqué qu'il était parti « aux toilettes ». La recherche dans le gymnase, les
    vestiaires et les abords immédiats a été immédiatement organisée par trois adultes, le reste du
    groupe restant sous la surveillance de deux animateurs."""),
    para("""À 14 h 25, en l'absence de résultat, le directeur du stage a prévenu la gendarmerie de
    Montbrac (appel au 17), l'assistante familiale et l'éducatrice référente de l'ASE. À 14 h 40, la
    patrouille est arrivée et a recueilli le signalement. Un témoin, commerçant de l'avenue du Stade, a
    indiqué avoir vu un garçon correspondant au signalement monter vers 14 h 05 dans une voiture grise
    conduite par un homme d'une quarantaine d'années, garée sur le parking du supermarché voisin."""),
    para("""L'éducatrice référente a indiqué aux gendarmes que le père de l'enfant possédait un véhicule
    correspondant à cette description et qu'il avait, la semaine précédente, adressé à son fils des
    messages sur un réseau social, malgré l'interdiction de contact hors visite médiatisée. Le juge des
    enfants de permanence a été avisé par l'ASE."""),
    para("""À 18 h 50, les gendarmes ont retrouvé Jessy et son père au domicile de la grand-mère
    paternelle, à Villeneuve-sur-Lot. L'enfant, en bonne santé apparente, a été reconduit chez son
    assistante familiale à 21 h 30. Le père a été placé en garde à vue pour soustraction de mineur. Selon
    l'éducatrice, l'enfant a expliqué avoir lui-même donné rendez-vous à son père par message, en
    utilisant le téléphone d'un autre stagiaire, parce qu'il « voulait le voir pour son anniversaire »."""),
    ("h", "3. Analyse et mesures"),
    para("""L'enquête interne fait apparaître que la sortie du gymnase s'est effectuée par l'issue de
    secours du hall, qui n'était pas équipée d'une alarme sonore, pendant le retour échelonné de la
    cantine. Le taux d'encadrement réglementaire était respecté (1 animateur pour 12 enfants), mais
    l'attention portée à l'enfant, dont la situation était connue, n'a pas été renforcée au moment des
    transitions."""),
    para("""Mesures prises : installation, dès le 24 octobre, d'un boîtier d'alarme sur l'issue de secours
    du hall ; appel systématique nominatif à chaque changement de lieu ; interdiction des téléphones
    portables des stagiaires pendant les activités, remis au début de la journée ; désignation, pour
    les enfants faisant l'objet de consignes particulières, d'un adulte référent nominativement chargé
    de leur suivi. Un échange avec l'ASE est prévu pour évaluer les conditions d'un éventuel accueil de
    Jessy lors des prochaines vacances ; l'ASE a indiqué que l'enfant était très affecté et qu'une
    audience devant le juge des enfants était fixée au 6 novembre."""),
    para("""L'équipe d'animation, très éprouvée, a bénéficié d'un temps d'échange avec le directeur le
    vendredi matin. Les familles des autres stagiaires n'ont été informées que de l'intervention de la
    gendarmerie pour « rechercher un enfant », sans autre précision."""),
    ("h", "4. Pièces jointes"),
    para("""Note interne du 17 octobre 2025 ; liste de présence du groupe B ; planning de l'équipe ;
    récépissé de l'appel à la gendarmerie ; compte rendu de l'animatrice."""),
]

DOCX_BLOCKS["s051_plan_surete_forum_associations_diffusion_restreinte.docx"] = [
    ("title", "DIFFUSION RESTREINTE — Plan de sûreté du Forum des associations 2025"),
    para("""Communauté de communes Cœur de Sérène — Direction des sports et service vie associative, en
    lien avec la brigade de gendarmerie de Saint-Aubin et le SDIS 47. Manifestation : Forum des
    associations, samedi 6 septembre 2025, complexe sportif des Tanneries, 10 h – 18 h. Document
    réservé aux destinataires nommément désignés : présidente, DGS, directeur des sports, chargée de
    la vie associative, commandant de brigade, chef de centre de secours, responsable de la société de
    sécurité privée. Ne pas diffuser aux exposants ni au public."""),
    ("h", "1. Évaluation de la menace"),
    para("""Le niveau du plan Vigipirate est « urgence attentat » sur l'ensemble du territoire national.
    Le forum est un rassemblement ouvert et gratuit (4 000 visiteurs attendus, pic de 800 personnes
    simultanément dans le gymnase), accueillant de nombreuses familles et des associations
    confessionnelles présentes dans l'espace solidarité. Aucune menace spécifique n'a été signalée par
    les services de renseignement territorial. Le risque principal retenu est celui d'un mouvement de
    foule ou d'un malaise collectif lié à la chaleur ; le risque d'intrusion d'un véhicule bélier dans
    l'espace extérieur est qualifié de « moyen » en raison de la configuration du parvis."""),
    ("h", "2. Vulnérabilités relevées lors de la visite du 27 août"),
    ("table", [
        ["Point", "Vulnérabilité", "Mesure"],
        ["Parvis côté avenue de la Gare", "aucun obstacle anti-véhicule, accès direct au barnum",
         "2 blocs béton + camion benne des services techniques en travers de 9 h à 18 h 30"],
        ["Porte sud (livraisons)", "ne ferme pas à clé, gâche électrique HS",
         "agent de sécurité posté en permanence ; chaîne après 10 h"],
        ["Local technique chaufferie", "porte ouverte pour ventilation, TGBT accessible",
         "cadenas ; clé au PC"],
        ["Vidéoprotection", "aucune caméra aux Tanneries", "néant (installation prévue en 2026)"],
        ["Tribune du gymnase", "fermée mais accessible par l'escalier nord",
         "rubalise + bénévole"],
        ["Sonorisation", "un seul micro sans fil pour les annonces d'évacuation",
         "mégaphone de secours au PC"],
    ]),
    ("h", "3. Dispositif"),
    para("""Filtrage : 2 points d'entrée seulement (porte principale et portail du parvis), contrôle
    visuel des sacs par 6 agents de sécurité privée (Vigil'Aquitaine), sans palpation. PC sécurité :
    bureau du gardien, canal radio 3. Poste de secours : Croix-Rouge, 4 secouristes, au fond du hall.
    Gendarmerie : patrouille de passage toutes les heures, et présence de 11 h 45 à 12 h 45 lors de
    l'inauguration (présence de la présidente, des maires et du sous-préfet)."""),
    para("""Le sous-préfet ayant confirmé sa présence à l'inauguration, un itinéraire d'arrivée par le
    parking technique (accès par le portail arrière, code 0908) sera utilisé ; le véhicule stationnera
    devant la chaufferie. Cette information ne doit pas figurer sur le programme."""),
    ("h", "4. Évacuation"),
    para("""Signal : trois coups de corne de brume et annonce au micro. Points de rassemblement : parking
    du collège (P1) et stade annexe (P2). Le gymnase dispose de 5 issues ; l'issue n° 4 débouche sur un
    passage étroit (1,20 m) qui ne doit pas être utilisée par plus de 200 personnes. Enfants égarés :
    point d'accueil au stand de l'OIS, annonce sans citer le nom de l'enfant."""),
    ("h", "5. Contacts d'urgence (ne pas diffuser)"),
    para("""Directeur des sports (coordinateur sûreté) : 06 … ; commandant de brigade : 06 … ; chef
    d'équipe Vigil'Aquitaine : 06 … ; astreinte services techniques : 06 … ; élu d'astreinte : 06 …"""),
]

DOCX_BLOCKS["s052_pv_assemblee_extraordinaire_cyclo_club.docx"] = [
    ("title", "Cyclo-Club Val de Sérène — Procès-verbal de l'assemblée générale extraordinaire"),
    para("""Assemblée générale extraordinaire du vendredi 21 novembre 2025, 20 h 30, salle de réunion du
    gymnase des Tanneries, Saint-Aubin-sur-Sérène. Convoquée à la demande de plus du quart des membres
    (31 signataires sur 96 adhérents), conformément à l'article 11 des statuts. Procès-verbal destiné aux
    adhérents ; copie adressée au greffe des associations pour la déclaration des changements."""),
    ("h", "Ouverture de la séance"),
    para("""La séance est ouverte à 20 h 40 par M. Hervé Daubas, vice-président, en l'absence du
    président, M. Bernard Salvat. 58 membres sont présents et 14 représentés, soit 72 membres sur 96 :
    le quorum du quart fixé par les statuts est atteint. M. Daubas propose que la séance soit présidée
    par un membre n'ayant pas pris part au conflit ; l'assemblée désigne à main levée Mme Colette
    Ginestet, doyenne du club, comme présidente de séance, et M. Loïc Amiel comme secrétaire de
    séance. Mme Claire Montagut, chargée de la vie associative de la Communauté de communes, assiste à
    la séance à l'invitation du bureau, en qualité d'observatrice, sans voix délibérative."""),
    para("""Ordre du jour : 1. Exposé des motifs de la convocation ; 2. Situation financière et
    organisation de la Randonnée « La Sérénade » 2026 ; 3. Révocation éventuelle du président ;
    4. Élection d'un président et, le cas échéant, recomposition du bureau ; 5. Modification de
    l'article 14 des statuts (délégations de signature) ; 6. Questions diverses."""),
    ("h", "1. Exposé des motifs"),
    para("""M. Daubas donne lecture de la lettre de demande de convocation du 20 octobre. Les signataires
    reprochent au président : l'annulation unilatérale, en septembre, de la sortie club des Pyrénées,
    après que les réservations eurent été payées par les participants ; la résiliation sans
    consultation du bureau de la convention avec le comité départemental pour l'organisation de
    « La Sérénade » ; l'envoi de courriels injurieux à plusieurs membres du bureau et à la chargée de la
    vie associative de la Communauté de communes ; la rétention, depuis le 1er octobre, du chéquier, des
    codes d'accès bancaires et des clés du local, empêchant le trésorier d'exercer ses fonctions."""),
    para("""Mme Ginestet rappelle que le président a été régulièrement convoqué par lettre recommandée du
    5 novembre, qui l'informait des griefs et de la possibilité de présenter sa défense en personne
    ou par écrit, accompagné s'il le souhaitait d'une personne de son choix. Le courrier a été
    retiré le 8 novembre. M. Salvat n'est ni présent ni représenté."""),
    para("""M. Daubas indique, avec l'accord de l'épouse du président, Mme Annie Salvat, présente dans la
    salle, que M. Salvat est hospitalisé depuis le 12 novembre au service de psychiatrie du centre
    hospitalier d'Agen, à la suite d'un épisode maniaque sévère — son épouse précise qu'il souffre
    d'un trouble bipolaire diagnostiqué il y a une quinzaine d'années, stabilisé jusqu'à l'été, et que
    son traitement avait été interrompu — et que les comportements reprochés depuis septembre
    s'expliquent très probablement par cette rechute. Mme Salvat demande à l'assemblée de tenir compte
    de cette situation et de ne pas « humilier » son mari. Elle remet à la présidente de séance le
    chéquier, la clé du local et une enveloppe contenant les codes d'accès bancaires."""),
    para("""Plusieurs membres expriment leur émotion et leur soutien à M. et Mme Salvat. M. Amiel rappelle
    que M. Salvat a présidé le club pendant onze ans et qu'il en a fait l'un des clubs de cyclotourisme
    les plus actifs du département. Mme Montagut, invitée à s'exprimer, indique que la Communauté de
    communes n'a pas à connaître des raisons personnelles de la situation et qu'elle n'en fera état
    nulle part ; que les courriels reçus par le service ne donneront lieu à aucune suite ; et que le
    club doit seulement disposer, dans les meilleurs délais, d'un représentant légal en mesure de signer
    la convention 2026 et de présenter le compte rendu financier de la subvention 2025."""),
    ("h", "2. Situation financière et Randonnée « La Sérénade »"),
    para("""Le trésorier, M. Jean-Luc Cassagne, présente la situation : solde bancaire de 14 870 € au
    31 octobre ; les réservations d'hébergement de la sortie des Pyrénées (3 240 €) ont été remboursées
    à 80 % par l'hôtelier ; le solde (648 €) sera pris en charge par le club pour ne pas pénaliser les
    participants. La subvention intercommunale 2025 (4 200 €) a été employée conformément à son objet
    (organisation de « La Sérénade » 2025, achat de gilets haute visibilité, formation de deux
    animateurs). Aucune anomalie n'est relevée dans les comptes."""),
    para("""S'agissant de « La Sérénade » 2026 (29 mars), le comité départemental a accepté de réactiver
    la convention sous réserve d'une signature par le nouveau représentant du club avant le
    15 décembre. Les autorisations préfectorales doivent être sollicitées avant le 15 janvier. Le
    budget prévisionnel (11 500 €) est présenté ; il prévoit 600 participants."""),
    ("h", "3. Révocation du président"),
    para("""La présidente de séance rappelle que la révocation d'un dirigeant n'est pas une sanction
    disciplinaire, mais une décision relevant de l'assemblée dès lors que le fonctionnement de
    l'association l'exige. Plusieurs membres proposent plutôt de constater l'empêchement du président et
    de confier l'intérim au vice-président, afin de permettre à M. Salvat de reprendre une place au sein
    du club lorsqu'il le souhaitera. Mme Salvat indique que son mari lui a dit, lors de sa dernière
    visite, qu'il « ne voulait plus entendre parler du club » et qu'il démissionnerait ; elle ne peut
    toutefois pas le confirmer par écrit à ce stade."""),
    para("""Après un long échange, l'assemblée décide, par 66 voix pour, 2 contre et 4 abstentions, de ne
    pas voter la révocation, de constater l'empêchement durable du président et de mettre fin à son
    mandat à la date de la présente assemblée, en lui exprimant la reconnaissance du club pour son
    action. Il sera proposé à M. Salvat, lorsqu'il le pourra, le titre de président d'honneur."""),
    para("""Un membre demande que le procès-verbal ne mentionne pas la nature de la maladie du président ;
    Mme Salvat indique qu'elle préfère que la situation soit expliquée aux membres présents plutôt que de
    laisser circuler des rumeurs, mais qu'elle souhaite que le procès-verbal ne soit pas diffusé au-delà
    des adhérents. L'assemblée en prend acte."""),
    ("h", "4. Élection du président et composition du bureau"),
    para("""Candidat : M. Hervé Daubas. Élu par 69 voix pour et 3 bulletins blancs. Le bureau est ainsi
    composé : président, M. Hervé Daubas ; vice-présidente, Mme Sandrine Lafue ; trésorier, M. Jean-Luc
    Cassagne ; trésorier adjoint, M. Pierre Boé ; secrétaire, M. Loïc Amiel ; secrétaire adjointe,
    Mme Sylvie Rouquette."""),
    ("h", "5. Modification de l'article 14 des statuts"),
    para("""Nouvelle rédaction adoptée à l'unanimité : « Les dépenses supérieures à 500 € sont engagées
    sur la double signature du président ou du vice-président et du trésorier ou du trésorier adjoint.
    Les moyens de paiement et les accès bancaires sont détenus par au moins deux membres du bureau.
    En cas d'empêchement du président, ses fonctions sont exercées par le vice-président. »"""),
    ("h", "6. Questions diverses"),
    para("""— Les courriels envoyés par M. Salvat depuis septembre ne seront ni diffusés ni commentés ; les
    membres qui en ont été destinataires sont invités à les supprimer. — Un courrier de soutien, signé du
    nouveau bureau, sera adressé à Mme Salvat. — La sortie des Pyrénées est reprogrammée en juin 2026.
    — Mme Montagut rappelle les dates de dépôt des demandes de subvention et propose un rendez-vous au
    nouveau trésorier adjoint pour la prise en main de la plateforme."""),
    para("""— M. Cassagne présente le détail des cotisations 2026 : 45 € pour les adultes, 20 € pour les
    moins de 18 ans, licence fédérale en sus ; une réduction de 50 % est maintenue pour les membres
    bénéficiant de minima sociaux, sur simple déclaration au trésorier. — Un membre demande que le
    club se dote d'un défibrillateur portatif pour les sorties sur route ; le bureau étudiera un achat
    groupé avec l'OIS. — Les animateurs rappellent l'obligation du port du casque et le calendrier
    des sorties d'hiver (départ 9 h le dimanche, place de la Halle). — L'assemblée remercie
    Mme Ginestet pour la conduite des débats."""),
    para("""L'ordre du jour étant épuisé, la séance est levée à 22 h 50. La présidente de séance,
    C. Ginestet. Le secrétaire de séance, L. Amiel."""),
]

DOCX_BLOCKS["s053_rapport_saisine_conseil_discipline_gardien.docx"] = [
    ("title", "Rapport de saisine du conseil de discipline"),
    para("""Centre de gestion de la fonction publique territoriale de Lot-et-Garonne — conseil de
    discipline de recours de catégorie C. Autorité territoriale : Mme Hélène Castaing, présidente de la
    Communauté de communes Cœur de Sérène. Agent poursuivi : M. Didier Couderc, adjoint technique
    principal de 2e classe, titulaire, gardien du gymnase des Tanneries depuis 2011. Sanction envisagée :
    exclusion temporaire de fonctions de deux ans (sanction du troisième groupe). Date du rapport :
    15 octobre 2025."""),
    ("h", "1. Faits reprochés"),
    para("""Grief n° 1 — Détournement de recettes. Le gardien était régisseur mandataire pour
    l'encaissement des locations ponctuelles de la salle de réunion et de la salle de musculation
    (cartes « 10 séances »). Le contrôle de la régie effectué par le comptable public le 3 juin 2025 a
    révélé que 46 cartes avaient été vendues en 2024 et 2025 sans être enregistrées dans le logiciel de
    régie, pour un montant de 1 380 €. Les usagers entendus (11 personnes) ont produit des reçus
    manuscrits signés de M. Couderc. L'agent a reconnu les faits lors de l'entretien du 12 juin,
    expliquant avoir « mis de côté » ces sommes pour faire face à des dettes ; il a remboursé
    1 380 € le 20 juin."""),
    para("""Grief n° 2 — Usage des locaux à des fins personnelles. Entre janvier et mai 2025, les
    relevés du badge de l'agent et les témoignages des clubs établissent qu'il a ouvert à plusieurs
    reprises, en dehors de tout planning, la salle de musculation à un groupe de cinq personnes
    extérieures, moyennant une somme de 10 € par séance versée en espèces. Il conteste avoir perçu
    cette somme et indique avoir « rendu service à des amis »."""),
    para("""Grief n° 3 — Manquement à l'obligation de discrétion professionnelle. Le 15 novembre 2024,
    l'agent a communiqué à un tiers, membre d'un club utilisateur, les codes d'accès de l'alarme du
    gymnase, qui ont ensuite été diffusés sur un groupe de messagerie d'équipe. Les codes ont dû être
    changés en urgence."""),
    ("h", "2. Procédure"),
    para("""L'agent a été suspendu à titre conservatoire le 13 juin 2025 avec maintien de son traitement.
    Il a été informé par lettre recommandée du 2 septembre 2025 de l'engagement de la procédure
    disciplinaire, des griefs retenus, de son droit à obtenir la communication intégrale de son
    dossier individuel et de tous les documents annexes, et de se faire assister par un ou plusieurs
    défenseurs de son choix. Il a consulté son dossier le 16 septembre, assisté de M. Philippe Noguès,
    représentant du syndicat FO des territoriaux, dont il est adhérent. Le comptable public a par
    ailleurs informé le procureur de la République des faits relatifs à la régie ; l'agent a été entendu
    par la gendarmerie le 8 septembre et fait l'objet d'une convocation en vue d'une comparution sur
    reconnaissance préalable de culpabilité pour détournement de fonds publics par un dépositaire."""),
    ("h", "3. Éléments de personnalité et antécédents"),
    para("""M. Couderc, 54 ans, n'a jamais fait l'objet d'une sanction. Ses entretiens professionnels
    de 2019 à 2023 le décrivent comme un agent disponible, apprécié des clubs. L'entretien de 2024
    relevait une dégradation de sa ponctualité et un « repli sur soi ». Lors de l'entretien du 12 juin,
    il a fait état d'une situation financière très difficile consécutive à sa séparation et à une
    dépendance aux jeux d'argent, pour laquelle il indique être désormais suivi par le centre de soins
    en addictologie d'Agen. Il a produit une attestation de suivi datée du 4 juillet 2025."""),
    ("h", "4. Proposition de l'autorité territoriale"),
    para("""Les faits du grief n° 1, reconnus, sont d'une particulière gravité : ils portent atteinte à la
    probité exigée d'un agent manipulant des fonds publics. Le grief n° 3 a exposé l'équipement à un
    risque d'intrusion. L'autorité territoriale tient compte du remboursement intégral, de l'ancienneté
    et des efforts de soins engagés. Elle propose une exclusion temporaire de fonctions de deux ans,
    dont un an avec sursis, et envisage, à l'issue, une réaffectation sur un poste ne comportant ni
    maniement de fonds ni détention de codes d'accès."""),
    para("""Pièces jointes : procès-verbal de contrôle de la régie ; reçus manuscrits ; relevés de badges ;
    attestations des usagers et des clubs ; compte rendu de l'entretien du 12 juin 2025 ; arrêté de
    suspension ; courrier du 2 septembre 2025 ; observations écrites de l'agent et de son défenseur ;
    attestation du centre de soins."""),
]

DOCX_BLOCKS["s054_etat_beneficiaires_aide_complementaire_licence.docx"] = [
    ("title", "Aide « Coup de pouce licence » — état des bénéficiaires, 2e session 2025"),
    para("""Service des sports — document de travail pour la mise en paiement. Seules les colonnes
    « enfant », « club » et « montant » sont transmises aux clubs ; les motifs d'orientation, fournis par
    les travailleurs sociaux, restent au service. À archiver dans le dossier sécurisé."""),
    ("table", [
        ["Enfant", "Club", "Orienté par", "Motif d'orientation", "Montant"],
        ["Inaya K. (9 ans)", "Gymnastique Sérène", "MDS Saint-Aubin",
         "famille hébergée en CHRS depuis la séparation, violences conjugales", "80 €"],
        ["Mathéo P. (12 ans)", "RC Pradelles", "CCAS Pradelles",
         "père incarcéré, mère au RSA, 4 enfants", "80 €"],
        ["Lina et Adam S. (8 et 10 ans)", "Natation Sérène", "Secours populaire",
         "famille réfugiée (statut obtenu en 2025), parents sans emploi", "2 × 80 €"],
        ["Tiago F. (14 ans)", "HBC Montbrac", "éducateur AEMO",
         "mesure éducative en cours, décrochage scolaire", "80 €"],
        ["Célia V. (11 ans)", "Judo Club Villecrose", "CCAS Villecrose",
         "mère en arrêt longue maladie (cancer), dettes de loyer", "60 €"],
        ["Noah D. (7 ans)", "US Sérène Football", "assistante sociale CAF",
         "surendettement, plan BDF en cours", "60 €"],
    ]),
    para("""Total de la session : 7 enfants, 520 €. Visa du directeur des sports : J. Tessier, le
    10 novembre 2025. Mise en paiement aux clubs par mandat administratif."""),
]

DOCX_BLOCKS["s055_synthese_suivi_medical_reglementaire_athletes.docx"] = [
    ("title", "Surveillance médicale réglementaire — synthèse 2025 — sportifs « Espoirs » du territoire"),
    para("""Document établi par le Dr Marc Larrieu, médecin du sport, médecin coordonnateur du suivi
    médical des sportifs inscrits sur la liste ministérielle des sportifs Espoirs et Collectifs
    nationaux, pour les clubs de la Communauté de communes Cœur de Sérène bénéficiant du dispositif
    d'aide aux sportifs de haut niveau. Couvert par le secret médical : à transmettre uniquement aux
    médecins fédéraux et, pour la seule mention « apte / inapte temporaire », aux entraîneurs."""),
    ("h", "Rappel du cadre"),
    para("""Les sportifs inscrits sur les listes ministérielles sont soumis à une surveillance médicale
    réglementaire définie par arrêté : examen clinique biannuel, bilan diététique et psychologique
    annuel, électrocardiogramme de repos annuel, échocardiographie à l'inscription, épreuve d'effort
    tous les quatre ans, bilans biologiques selon la discipline. L'Office intercommunal des sports
    prend en charge les frais de déplacement vers le centre médico-sportif d'Agen."""),
    ("h", "Synthèse individuelle"),
    ("table", [
        ["Sportif", "Discipline / club", "Constats 2025", "Conclusion"],
        ["Rayan Bousquet, 17 ans", "athlétisme 400 m haies, Athlé Sérène Running",
         "tendinopathie achilléenne droite ; ferritine basse (18 µg/l), supplémentation",
         "apte, adaptation des charges"],
        ["Clémence Bergougnoux, 14 ans", "natation, Natation Sérène",
         "asthme d'effort contrôlé ; perte de 4 kg en 6 mois, aménorrhée secondaire ; "
         "suspicion de trouble du comportement alimentaire, orientée vers la psychologue du pôle",
         "apte sous surveillance rapprochée, revue dans 6 semaines"],
        ["Hugo Lafforgue, 20 ans", "rugby, RC Pradelles (pôle espoir jusqu'en 2025)",
         "2 commotions en 2024-2025 ; bilan neuropsychologique normal",
         "apte, protocole commotion renforcé"],
        ["Mathis Darnaud, 18 ans", "cyclisme, Cyclo-Club Val de Sérène",
         "TDAH traité par méthylphénidate ; procédure disciplinaire antidopage en cours "
         "(absence d'AUT) ; anxiété importante, sommeil perturbé",
         "inapte temporaire aux compétitions (suspension), suivi psychologique proposé"],
        ["Léa Castex, 16 ans", "judo, Judo Club Villecrose",
         "entorse grave du genou gauche (LLI) ; retentissement psychologique des événements "
         "survenus au club, suivie par une psychologue spécialisée",
         "inapte temporaire 3 mois"],
    ]),
    ("h", "Observations générales"),
    para("""Le bilan psychologique annuel, rendu obligatoire depuis 2016, révèle cette année une
    fréquence élevée de troubles anxieux chez les jeunes sportifs du territoire (3 sur 5). Je
    recommande aux clubs de renforcer l'accompagnement et de ne pas réduire le suivi à la seule
    préparation physique. Les fiches individuelles complètes sont conservées au centre médico-sportif ;
    elles ne doivent pas être transmises aux clubs ni à la collectivité."""),
    para("""Pour les entraîneurs, seule la conclusion « apte » ou « inapte temporaire », avec la durée
    et les éventuelles adaptations de l'entraînement, doit être communiquée. Les entraîneurs de
    Mme Bergougnoux et de Mme Castex seront contactés directement par le médecin pour convenir des
    adaptations. Le Dr Larrieu se tient à la disposition des familles. Agen, le 12 décembre 2025."""),
]

DOCX_BLOCKS["s056_note_negociation_dsp_piscine_comptes_delegataire.docx"] = [
    ("title", "CONFIDENTIEL — Note de négociation : renouvellement de la délégation de la piscine"),
    para("""Communauté de communes Cœur de Sérène — Direction générale des services. Note à l'attention
    de la présidente et de la commission de délégation de service public. Établie par le DGS avec
    l'assistance du cabinet Actéon Conseil, assistant à maîtrise d'ouvrage. 12 février 2026. Document
    couvert par le secret des affaires des candidats : ne pas communiquer aux autres candidats, ni en
    réponse à une demande d'accès avant la signature du contrat, ni après pour ce qui concerne les
    éléments financiers détaillés."""),
    ("h", "1. Offres reçues"),
    para("""Trois candidats ont remis une offre initiale le 2 février : Vert Marine (exploitant sortant),
    Récréa et une société régionale, AquaSud Gestion. Le présent document analyse les comptes
    prévisionnels et les informations communiquées à titre confidentiel par chaque candidat lors de la
    première séance de négociation du 9 février."""),
    ("h", "2. Éléments financiers confidentiels communiqués par les candidats"),
    ("table", [
        ["", "Exploitant sortant", "Candidat B", "Candidat C"],
        ["Compensation annuelle demandée", "412 000 €", "386 000 €", "448 000 €"],
        ["Recettes usagers prévues (an 1)", "598 000 €", "641 000 €", "552 000 €"],
        ["Frais de siège facturés", "6,5 % du CA", "4,0 % du CA", "3,0 % du CA"],
        ["Marge nette visée", "5,8 %", "3,1 % (an 1), 7,4 % (an 6)", "4,2 %"],
        ["Masse salariale", "612 000 € (17,3 ETP)", "588 000 € (16,5 ETP)", "639 000 € (18 ETP)"],
        ["Coût énergétique intégré", "210 000 € (contrat gaz indexé)", "176 000 € (PAC + solaire)",
         "232 000 €"],
    ]),
    para("""Informations données sous le sceau de la confidentialité : l'exploitant sortant a indiqué que
    ses pertes cumulées sur le contrat en cours atteignent 287 000 € et qu'il « ne resterait pas » en
    deçà de 400 000 € de compensation ; le candidat B a reconnu que son offre repose sur un contrat
    d'achat d'énergie groupé négocié au niveau national, dont il a communiqué les tarifs (0,094 €/kWh
    jusqu'en 2029), et sur une politique de prix d'appel la première année pour « prendre pied » dans le
    département ; le candidat C a précisé que sa masse salariale inclut deux postes de MNS qu'il
    mutualiserait avec la piscine de Marmande, dont il vient d'obtenir la gestion."""),
    ("h", "3. Stratégie de négociation proposée"),
    para("""Obtenir du candidat B la garantie de la compensation sur six ans (clause de non-révision
    hors indexation), en contrepartie d'un allongement des horaires d'été ; demander à l'exploitant
    sortant de ramener ses frais de siège à 4 % ; demander au candidat C de chiffrer une variante sans
    mutualisation. Objectif de compensation : 390 000 € par an au maximum. Seconde séance de
    négociation le 26 février ; remise des offres finales le 13 mars ; choix du délégataire proposé
    au conseil communautaire du 14 avril."""),
    ("h", "4. Points d'attention"),
    para("""La reprise du personnel est obligatoire ; le candidat B prévoit la suppression d'un poste
    d'agent d'accueil par non-remplacement. Les modèles de tarification proposés respectent les tarifs
    réduits fixés par le conseil. Le rapport de la commission et le rapport de la présidente au conseil
    ne reprendront que les montants agrégés des offres finales."""),
]

DOCX_BLOCKS["s057_doc_technique_module_calcul_subventions_code_editeur.docx"] = [
    ("title", "Documentation interne — reprise du module de calcul des subventions"),
    para("""Service informatique mutualisé — projet « outil maison » de simulation des subventions. Auteur :
    Sébastien Marty, technicien informatique. 4 décembre 2025. Contexte : en attendant la version 4.2 de
    la plateforme Planisport, le service a reconstitué le module de calcul du barème des subventions
    dans un tableur automatisé. Pour gagner du temps, le code ci-dessous a été copié depuis les fichiers
    sources du produit Planisport, récupérés sur le serveur de préproduction auquel le prestataire nous
    avait donné accès pour la recette. Le contrat de licence ne prévoit aucun droit de reproduction ni
    de modification du code source (article 7 : « le Client s'interdit toute décompilation, copie ou
    adaptation du Logiciel »). Ne pas diffuser hors du service."""),
    ("h", "1. Extrait du fichier scoring/baremes.py (© Planisport Solutions SAS, tous droits réservés)"),
    ("p", "# Copyright (c) 2021-2025 Planisport Solutions SAS. All rights reserved."),
    ("p", "# Proprietary and confidential. Unauthorized copying of this file is strictly prohibited."),
    ("p", "def score_association(dossier, regles):"),
    ("p", "    base = dossier.adherents_territoire + regles.coef_jeunes * dossier.adherents_moins_18"),
    ("p", "    note_adh = min(base / regles.plafond_adherents, 1.0) * regles.poids_adherents"),
    ("p", "    note_enc = _note_encadrement(dossier.encadrants, regles.grille_diplomes)"),
    ("p", "    note_niv = regles.niveaux.get(dossier.niveau_max, 0) * regles.poids_niveau"),
    ("p", "    note_pub = _bonus_publics(dossier.actions, regles) * regles.poids_publics"),
    ("p", "    abattement = _abattement_fonds_propres(dossier.fonds_propres, dossier.charges, regles)"),
    ("p", "    return round((note_adh + note_enc + note_niv + note_pub) * (1 - abattement), 4)"),
    ("p", "def _abattement_fonds_propres(fp, charges, regles):"),
    ("p", "    ratio = fp / charges if charges else 0"),
    ("p", "    # heuristique maison PSX-17 : lissage logistique calibré sur 212 collectivités clientes"),
    ("p", "    return regles.abatt_max / (1 + math.exp(-9.3 * (ratio - 1.05)))"),
    ("h", "2. Adaptation dans le tableur"),
    para("""La fonction de lissage (paramètres 9,3 et 1,05) est le cœur du savoir-faire de l'éditeur ;
    elle a été reproduite à l'identique dans la feuille « Calcul » (colonne AB). Les coefficients de la
    grille des diplômes ont également été repris du fichier de configuration par défaut de l'éditeur
    (baremes_defaut.yaml), qui n'est pas public."""),
    ("h", "3. Points ouverts"),
    para("""Vérifier avec le service juridique si la reprise est couverte par la licence (probablement
    non) ; à défaut, réécrire une formule simple validée par la commission. Ne pas présenter l'outil aux
    autres communautés de communes qui l'ont demandé."""),
]

DOCX_BLOCKS["s058_proces_verbal_controle_antidopage_trail.docx"] = [
    ("title", "Procès-verbal de contrôle antidopage — Trail de la Sérène"),
    para("""Agence française de lutte contre le dopage — procès-verbal n° 2025-47-0312 (copie organisateur,
    limitée aux rubriques non médicales, remise au délégué de l'organisation pour archivage ; la copie
    complète est conservée par l'Agence et le sportif). Manifestation : Trail de la Sérène, 45 km,
    Villecrose, 10 mai 2025. Préleveur agréé : M. Fabien Roux. Escorte : Mme Léa Vidal (bénévole de
    l'organisation, formée)."""),
    ("table", [
        ["Rubrique", "Renseignements"],
        ["Sportif", "Mme Élodie Castaing-Ferrer, née le 02/11/1988, licenciée Athlé Sérène Running"],
        ["Notification", "16 h 12, à l'arrivée (3e féminine)"],
        ["Arrivée au poste", "16 h 41 (délai accordé : récupération et soins au poste de secours)"],
        ["Prélèvement", "urinaire, 16 h 58 ; kit n° 3482117 ; densité conforme"],
        ["Déclaration des médicaments (72 h)", "Lévothyrox 75 µg (hypothyroïdie) ; ibuprofène "
         "400 mg la veille ; pilule contraceptive ; « corticoïde en spray nasal pour allergie »"],
        ["AUT déclarée", "non"],
        ["Observations du sportif", "« Je signale que je suis allaitante (bébé de 7 mois), "
         "je souhaite que cela soit noté. »"],
        ["Signatures", "sportive, préleveur, escorte"],
    ]),
    para("""Note du délégué de l'organisation (Jean-Marc Péré, OIS) : contrôle déroulé sans incident au
    local infirmerie de la salle des fêtes de Villecrose, conformément au cahier des charges de
    l'Agence. La sportive a demandé que sa présence au contrôle ne soit pas évoquée sur les réseaux
    du club."""),
    para("""Information ultérieure (courrier de l'Agence à l'organisateur, 14 août 2025) : l'analyse a
    révélé la présence de budésonide à une concentration compatible avec l'usage nasal déclaré, qui
    n'est pas interdit par cette voie ; le dossier est classé sans suite."""),
]

DOCX_BLOCKS["s059_courrier_association_employeur_titre_sejour_salarie.docx"] = [
    ("title", "Courrier à la préfecture — demande de titre de séjour « salarié »"),
    para("""Sport pour tous Saint-Aubin, association loi 1901, 4 rue des Écoles, 47340 Saint-Aubin-sur-
    Sérène. À l'attention de Monsieur le Préfet de Lot-et-Garonne, service de l'immigration et de
    l'intégration. Copie pour information : Communauté de communes Cœur de Sérène, service vie
    associative (financeur du poste au titre de la convention « animateur de quartier »). Le
    18 juin 2025."""),
    para("""Objet : soutien à la demande de changement de statut de M. Bakary Traoré, né le 14 mars 2001
    à Kayes (Mali), titulaire d'une carte de séjour temporaire « étudiant » expirant le 30 septembre
    2025, en vue de la délivrance d'une carte de séjour « salarié »."""),
    para("""Monsieur le Préfet, notre association emploie M. Traoré depuis septembre 2023 comme animateur
    sportif à temps partiel (17 h 30 hebdomadaires), dans la limite autorisée pour les étudiants
    étrangers. Titulaire depuis juin d'un BPJEPS « activités physiques pour tous », il encadre le foot
    loisir du jeudi, l'atelier sportif du centre d'accueil de demandeurs d'asile et les animations
    d'été dans les quartiers. Son travail est unanimement reconnu."""),
    para("""Nous souhaitons l'embaucher en contrat à durée indéterminée à temps plein à compter du
    1er octobre 2025, sur un poste cofinancé par la Communauté de communes. Nous joignons la promesse
    d'embauche, la demande d'autorisation de travail déposée sur la plateforme de l'ANEF le 12 juin, et
    les justificatifs de ressources de l'association. Nous attirons votre attention sur le fait que
    M. Traoré a vu sa première demande rejetée en 2022, au motif d'une erreur de dossier de son ancien
    établissement, et qu'il a fait l'objet d'une obligation de quitter le territoire, annulée par le
    tribunal administratif de Bordeaux en janvier 2023. Il nous a confié craindre une nouvelle
    décision défavorable, qui l'obligerait à interrompre son activité."""),
    para("""Nous vous remercions de l'attention que vous porterez à sa demande. Françoise Marty,
    présidente."""),
]

DOCX_BLOCKS["s060_rapport_mediation_conflit_entraineurs_gymnastique.docx"] = [
    ("title", "Rapport de médiation — Gymnastique Sérène"),
    para("""Médiation conduite à la demande du comité directeur de l'association Gymnastique Sérène, avec
    l'appui de l'Office intercommunal des sports, par Mme Hélène Vergnes, médiatrice professionnelle
    inscrite sur la liste de la cour d'appel d'Agen. Période : 15 septembre – 24 octobre 2025. Rapport
    remis au comité directeur le 3 novembre 2025. Document confidentiel : les propos recueillis en
    entretien individuel ne sont rapportés qu'avec l'accord des personnes ; le rapport ne peut être
    produit en justice sans l'accord de toutes les parties."""),
    ("h", "1. Origine de la demande"),
    para("""Gymnastique Sérène est une association de gymnastique artistique de 387 licenciés, dont 340 de
    moins de 18 ans, qui s'entraîne au gymnase des Tanneries et à la salle spécialisée des Granges. Elle
    emploie deux entraîneurs salariés : Mme Amandine Roques, entraîneuse du groupe compétition féminin
    depuis 2019, et M. Yannick Pellerin, entraîneur du groupe masculin et responsable technique depuis
    2016. Les deux entraîneurs encadrent ensemble le groupe « avenir » mixte (8-11 ans) le mercredi."""),
    para("""Au printemps 2025, les relations entre les deux entraîneurs se sont fortement dégradées. Le
    2 juin, Mme Roques a adressé au président, M. François Lafargue, un courrier dans lequel elle
    indique subir depuis plusieurs mois, de la part de M. Pellerin, des remarques à connotation
    sexuelle, des messages insistants en soirée et, à une reprise, lors du stage de Pâques, un geste
    déplacé dans le local matériel. Elle demande à ne plus travailler en binôme avec lui. M. Pellerin,
    informé par le président, conteste vigoureusement et estime être victime d'une « cabale » destinée
    à lui retirer la responsabilité technique. Le comité directeur, divisé, a sollicité une médiation
    sur proposition de l'OIS, après avoir séparé les plannings des deux entraîneurs à titre provisoire."""),
    ("h", "2. Cadre et limites de la médiation"),
    para("""La médiatrice a rappelé, dès le premier entretien, que la médiation ne peut se substituer ni à
    une enquête de l'employeur sur des faits de harcèlement, ni à une procédure pénale, et qu'elle ne
    peut avoir pour effet d'inciter une personne s'estimant victime à renoncer à faire valoir ses
    droits. Elle a informé Mme Roques de la possibilité de déposer plainte, de saisir l'inspection du
    travail et le médecin du travail, et lui a communiqué les coordonnées de l'association
    France Victimes 47. Mme Roques a indiqué souhaiter, dans un premier temps, la médiation et une
    réorganisation, sans renoncer à d'autres démarches."""),
    para("""Ont été entendus individuellement : Mme Roques (deux entretiens), M. Pellerin (deux
    entretiens), le président, la trésorière, deux membres du comité directeur, deux juges bénévoles et
    l'entraîneuse adjointe, Mme Sarah Mialet. Une réunion commune a été organisée le 20 octobre, avec
    l'accord des deux intéressés."""),
    ("h", "3. Éléments recueillis"),
    para("""3.1 Propos de Mme Roques. Mme Roques décrit une relation de travail d'abord cordiale, puis,
    à partir de l'automne 2024, des remarques répétées de M. Pellerin sur sa tenue et son physique, des
    messages envoyés tard le soir (« tu dors ? », « tu me manques au gymnase ») et une proposition de
    « dîner pour parler du club » qu'elle a déclinée à trois reprises. Elle relate que, le 17 avril, lors
    du stage de Pâques, M. Pellerin l'a retenue par la taille dans le local matériel en lui disant
    qu'elle « devrait être plus gentille avec lui ». Elle a montré à la médiatrice une trentaine de
    messages, dont elle a accepté qu'un extrait soit mentionné ; elle dit souffrir de troubles du sommeil
    et d'une anxiété importante, pour lesquels elle a consulté son médecin en mai."""),
    para("""3.2 Propos de M. Pellerin. M. Pellerin reconnaît avoir envoyé des messages « amicaux » et
    avoir proposé un dîner, ce qui relève selon lui de la camaraderie ; il conteste tout geste déplacé
    et indique que le local matériel est « minuscule » et qu'il a pu la frôler. Il estime que la
    plainte est liée à la décision du comité, en mars, de ne pas confier à Mme Roques la responsabilité
    technique du club, qu'elle convoitait. Il fait état de son propre épuisement et de l'inquiétude de
    son épouse, qui a reçu un message anonyme. Il indique avoir consulté un avocat."""),
    para("""3.3 Témoignages. L'entraîneuse adjointe indique avoir vu Mme Roques sortir du local matériel
    « bouleversée » le 17 avril et avoir elle-même reçu, en 2023, des messages de M. Pellerin qu'elle
    avait jugés « lourds », sans y donner suite. Un juge bénévole rapporte des plaisanteries de
    M. Pellerin « limites » en présence de gymnastes mineures, sans pouvoir les préciser. Le président
    reconnaît n'avoir pas pris la mesure de la situation en juin et avoir « voulu éviter le scandale ».
    Deux membres du comité estiment que le conflit est avant tout une rivalité professionnelle."""),
    ("h", "4. Analyse de la médiatrice"),
    para("""La médiatrice n'a pas vocation à établir les faits. Elle constate toutefois que les éléments
    recueillis dépassent le cadre d'un conflit interpersonnel : ils sont susceptibles, s'ils étaient
    établis, de relever du harcèlement sexuel au sens du code du travail et du code pénal, et ils
    engagent l'obligation de sécurité de l'association en tant qu'employeur. La médiation ne peut donc
    aboutir à un accord « de réconciliation » portant sur ces faits. La réunion commune du 20 octobre a
    permis aux deux entraîneurs de s'accorder sur des modalités de travail séparées, mais pas sur la
    lecture des événements."""),
    para("""Elle relève par ailleurs que l'association n'a désigné aucun référent « harcèlement » ni
    adopté de procédure de signalement, que le règlement intérieur ne prévoit pas de règles sur les
    échanges de messages entre encadrants et avec les gymnastes, et que la double fonction de
    M. Pellerin (entraîneur et responsable technique, donc en position d'influence sur la carrière de
    Mme Roques) crée un déséquilibre."""),
    ("h", "5. Recommandations au comité directeur"),
    para("""1) Diligenter sans délai une enquête interne confiée à un tiers indépendant (la médiatrice
    ne peut l'assumer), avec audition contradictoire et possibilité pour chacun d'être assisté.
    2) Maintenir la séparation des plannings et organiser l'encadrement du groupe « avenir » avec
    l'entraîneuse adjointe. 3) Informer la médecine du travail de la situation de Mme Roques, avec son
    accord. 4) Rappeler par écrit à l'ensemble des encadrants les règles de comportement et interdire
    les échanges privés avec les gymnastes mineures via les messageries personnelles. 5) Désigner un
    référent éthique et intégrité, suivre la formation de l'OIS sur les violences sexistes et sexuelles.
    6) Retirer provisoirement à M. Pellerin l'évaluation des autres entraîneurs jusqu'à la conclusion
    de l'enquête. 7) En cas d'indices concernant des mineures, signaler sans délai au service
    départemental de la jeunesse et des sports."""),
    ("h", "6. Accord partiel signé le 20 octobre 2025"),
    para("""Les deux entraîneurs s'engagent à : ne plus s'adresser de messages en dehors de la messagerie
    professionnelle du club ; ne pas évoquer le conflit devant les gymnastes et les familles ; respecter
    les plannings séparés ; se saluer et échanger de manière courtoise lors des compétitions où les deux
    groupes sont présents. Mme Roques précise que cet accord ne vaut pas renonciation à toute action.
    M. Pellerin précise qu'il ne reconnaît aucun des faits allégués."""),
    para("""Le comité directeur a indiqué à la médiatrice son intention de confier l'enquête interne au
    cabinet de l'avocate de la Ligue, et de réunir les familles des gymnastes du groupe « avenir » pour
    expliquer la nouvelle organisation de l'encadrement, sans évoquer les motifs."""),
    ("h", "Annexe — Chronologie établie à partir des entretiens"),
    ("table", [
        ["Date", "Événement"],
        ["Septembre 2024", "premiers messages du soir de M. Pellerin à Mme Roques (selon elle)"],
        ["Décembre 2024", "invitation à dîner déclinée ; remarques sur sa tenue lors du gala"],
        ["Mars 2025", "le comité confie la responsabilité technique à M. Pellerin"],
        ["17 avril 2025", "incident du local matériel pendant le stage de Pâques"],
        ["Mai 2025", "consultation du médecin traitant par Mme Roques (anxiété, insomnie)"],
        ["2 juin 2025", "courrier de Mme Roques au président"],
        ["Juin 2025", "séparation provisoire des plannings par le comité"],
        ["15 sept. – 24 oct. 2025", "médiation"],
    ]),
    para("""La médiatrice reste à la disposition du comité directeur pour présenter le présent rapport.
    Elle rappelle que les éléments nominatifs qu'il contient ne doivent pas être diffusés aux adhérents.
    Fait à Agen, le 3 novembre 2025. H. Vergnes."""),
]

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_annuel_sport_vie_associative_2025.docx"] = [
    ("title", "Rapport annuel 2025 — Sport et vie associative"),
    para("""Communauté de communes Cœur de Sérène — rapport présenté au conseil communautaire du
    17 février 2026 en application de l'article L. 5211-39 du code général des collectivités
    territoriales (rapport d'activité de l'établissement, volet « sport et vie associative »).
    Document public, consultable au siège et sur le site internet."""),
    ("h", "Éditorial"),
    para("""« L'année 2025 a montré la force de notre tissu associatif : un Forum des associations
    record, 6 000 licenciés sportifs, des bénévoles mobilisés lors des inondations de janvier. Elle a
    aussi révélé nos fragilités : violences dans certaines tribunes, difficultés de gestion dans
    quelques associations, faits graves dans un club. Nous avons fait le choix de la transparence et
    de l'accompagnement. » — Didier Lormeau et Samia Benali, vice-présidents."""),
    ("h", "1. Les moyens consacrés"),
    ("table", [
        ["Poste", "2024", "2025", "Évolution"],
        ["Subventions aux associations", "398 600 €", "420 600 €", "+ 5,5 %"],
        ["dont subventions exceptionnelles (inondations)", "—", "14 000 €", ""],
        ["Fonctionnement des équipements sportifs", "1 184 000 €", "1 236 000 €", "+ 4,4 %"],
        ["Personnel du service des sports (12 ETP)", "538 000 €", "561 000 €", "+ 4,3 %"],
        ["Investissements (synthétique, Jean-Moulin)", "812 000 €", "1 590 000 €", ""],
        ["Valorisation des mises à disposition gratuites", "612 000 €", "648 000 €", "+ 5,9 %"],
    ]),
    ("h", "2. La vie associative en chiffres"),
    para("""Le territoire compte 314 associations actives (source : répertoire national des associations
    et recensement du service), dont 46 clubs sportifs affiliés, 78 associations culturelles et de
    loisirs, 41 associations de solidarité, de santé et d'action sociale, 27 associations de parents
    d'élèves, 22 comités des fêtes, 19 associations environnementales et le reste dans des domaines
    variés. 127 associations ont sollicité une subvention de la Communauté de communes (119 en 2024) et
    109 en ont obtenu une. Le montant médian des subventions est de 1 600 €."""),
    para("""Le service vie associative a tenu 148 permanences (1 160 contacts), accompagné 23 associations
    dans leurs formalités (statuts, déclarations de changement de dirigeants), et organisé 6 sessions de
    formation « Trésorier débutant » et « Fonction employeur » en lien avec le PAVA 47."""),
    ("h", "3. Le contrôle des associations subventionnées"),
    para("""Conformément à l'article L. 1611-4 du CGCT, la cellule contrôle de gestion a vérifié
    11 associations en 2025 (montant cumulé des aides contrôlées : 186 000 €). Neuf contrôles n'ont
    donné lieu qu'à des recommandations de bonne gestion (feuilles de caisse, notes de frais, double
    signature). Deux contrôles ont mis en évidence des prélèvements d'espèces non justifiés imputables à
    d'anciens dirigeants ; dans les deux cas, les associations, victimes, ont été accompagnées : l'une a
    déposé plainte, l'autre a obtenu un échéancier de remboursement. Aucune subvention n'a été
    reversée. Un guide du trésorier a été publié en septembre."""),
    ("h", "4. Le sport"),
    para("""6 112 licenciés (+ 6,4 %), 39,6 % de femmes, 54 % de moins de 18 ans. Les équipements
    intercommunaux ont été ouverts 14 800 heures aux clubs et 6 200 heures aux scolaires. La piscine
    Aquasérène a accueilli 118 400 entrées. Le terrain synthétique du stade Brossolette a été livré en
    octobre (1 042 000 € HT, subventionné à 47 %). Les travaux de rénovation énergétique et de mise en
    accessibilité du gymnase Jean-Moulin (940 325 € HT) s'achèveront en février 2026."""),
    para("""Sécurité et incidents : 41 fiches d'incident ont été établies dans les équipements (19
    blessures de pratiquants, 9 dégradations, 7 intrusions ou vols, 6 incidents liés aux spectateurs).
    La Communauté de communes a déposé trois plaintes pour dégradations. Six rencontres ont été classées
    « à risque » ; le coût du renfort de sécurité privée s'est élevé à 11 400 €, dont la moitié
    refacturée aux clubs. La vidéoprotection du stade Brossolette et du gymnase Jean-Moulin est en
    service depuis le 3 décembre, après autorisation préfectorale."""),
    para("""Prévention des violences : la totalité des clubs utilisateurs a transmis la liste de ses
    encadrants pour le contrôle d'honorabilité ; un signalement a été adressé au procureur de la
    République en février au titre de l'article 40 du code de procédure pénale, à la suite duquel la
    Communauté de communes a pris une mesure conservatoire d'interdiction d'accès à ses équipements pour
    la personne mise en cause ; la procédure judiciaire est en cours et la Communauté de communes ne la
    commente pas. 186 dirigeants et éducateurs ont participé aux soirées de sensibilisation."""),
    ("h", "5. Les stages Cap Sport Vacances et l'école multisport"),
    para("""612 journées-enfants en stage (+ 9 %), 28 activités, 14 clubs partenaires, tarif moyen payé
    par les familles de 12,40 € par jour. 36 enfants accueillis avec un projet d'accueil individualisé
    et 11 enfants en situation de handicap, dont 4 avec un animateur supplémentaire financé par le pôle
    ressources handicap de la CAF. Un événement grave a été déclaré au service départemental de la
    jeunesse et des sports en octobre (départ non autorisé d'un enfant, retrouvé le soir même) ; des
    mesures correctives ont été prises (alarme sur l'issue de secours, procédure d'appel renforcée).
    L'école multisport du mercredi a accueilli 146 enfants sur trois sites."""),
    ("h", "6. La Maison sport-santé"),
    para("""Labellisée en septembre, la Maison sport-santé a reçu 94 personnes en bilan initial entre
    septembre et décembre, orientées par 27 médecins différents. Les trois premiers motifs d'orientation
    sont le diabète et l'obésité (38 %), les maladies cardio-vasculaires (21 %) et les suites de cancer
    (17 %). 71 personnes ont commencé un cycle de 12 séances ; le taux d'assiduité est de 84 %. Aucune
    donnée individuelle n'est transmise à la Communauté de communes."""),
    ("h", "7. Le Forum des associations et le bénévolat"),
    para("""Le Forum du 6 septembre a réuni 118 associations et environ 4 000 visiteurs. La plateforme
    « Bénévoles d'un jour » compte 312 inscrits et a permis de pourvoir 640 missions ponctuelles (Trail
    de la Sérène, Fête du sport, Octobre rose, collecte de la Banque alimentaire). Six bénévoles ont reçu
    les Trophées du bénévolat ; quatre dirigeants ont été proposés pour la médaille de la jeunesse, des
    sports et de l'engagement associatif."""),
    ("h", "8. Le Pass'Sport et l'aide « Coup de pouce licence »"),
    para("""1 146 jeunes ont utilisé le Pass'Sport dans les clubs du territoire (41 % des bénéficiaires
    potentiels). L'aide intercommunale complémentaire a bénéficié à 212 enfants orientés par les services
    sociaux (14 180 €). Les clubs ne reçoivent que l'identité de l'enfant et le montant de l'aide."""),
    ("h", "8 bis. Les équipements : travaux et maintenance"),
    para("""Outre le terrain synthétique et la rénovation du gymnase Jean-Moulin, 214 000 € ont été
    consacrés à l'entretien courant : réfection de la toiture de la salle des Granges (première
    tranche), remplacement de la centrale de traitement d'air de la piscine après la panne de février,
    changement de 40 sièges de la tribune du gymnase Jean-Moulin à la suite des dégradations de
    novembre, installation de tapis absorbants dans les halls et de boîtiers d'alarme sur les issues de
    secours utilisées pendant les stages. Les consommations d'énergie des équipements ont baissé de
    9 % grâce à l'éclairage LED et à la régulation du chauffage."""),
    para("""Le service des sports compte 12 agents : un directeur, quatre éducateurs des activités
    physiques et sportives, trois maîtres-nageurs (en complément du délégataire), trois gardiens et
    une assistante administrative. Deux postes ont été vacants plusieurs mois en 2025, ce qui a pesé
    sur l'organisation des stages d'été ; ils ont été pourvus en septembre."""),
    ("h", "9. Perspectives 2026"),
    para("""Révision du règlement d'attribution des subventions (critère des fonds propres, bonification
    de la formation aux premiers secours) ; renouvellement de la délégation de service public de la
    piscine au 1er septembre 2026 ; ouverture de l'école multisport aux Granges ; préparation de
    l'accueil des Jeux de l'avenir handisport en 2027 ; bourse aux équipements sportifs ; étude d'une
    centrale d'achat pour les clubs dans le respect des règles de la commande publique."""),
    ("h", "Annexe — Indicateurs"),
    ("table", [
        ["Indicateur", "2023", "2024", "2025"],
        ["Associations subventionnées", "101", "104", "109"],
        ["Licenciés sportifs", "5 540", "5 745", "6 112"],
        ["Part des licenciées", "36,8 %", "37,5 %", "39,6 %"],
        ["Journées-enfants en stage", "524", "561", "612"],
        ["Fiches d'incident", "29", "36", "41"],
        ["Bénévoles formés aux gestes qui sauvent", "48", "77", "104"],
        ["Contrôles d'associations", "8", "9", "11"],
    ]),
]

DOCX_BLOCKS["p122_convention_mise_a_disposition_equipements.docx"] = [
    ("title", "Convention annuelle de mise à disposition des équipements sportifs intercommunaux"),
    para("""Modèle approuvé par délibération n° 2024-072 du 25 juin 2024. Saison 2025-2026. Entre la
    Communauté de communes Cœur de Sérène, représentée par sa présidente, et l'association
    …………………………, représentée par son président ou sa présidente, ci-après « l'utilisateur »."""),
    ("h", "Article 1 — Objet"),
    para("""La présente convention fixe les conditions dans lesquelles la Communauté de communes met à la
    disposition de l'utilisateur, à titre gratuit, les équipements sportifs désignés en annexe, selon
    le planning arrêté pour la saison. La mise à disposition est consentie à titre précaire et révocable
    pour motif d'intérêt général, notamment pour des travaux, des manifestations d'intérêt
    intercommunal ou des impératifs de sécurité."""),
    ("h", "Article 2 — Utilisation"),
    para("""L'utilisateur ne peut utiliser les équipements que pour les activités prévues dans ses statuts
    et déclarées au planning. Toute sous-location ou mise à disposition à un tiers est interdite. Les
    manifestations (compétitions, tournois, galas) font l'objet d'une fiche de manifestation transmise
    trois semaines à l'avance. L'utilisateur respecte le règlement intérieur des équipements, dont il
    reconnaît avoir reçu un exemplaire, et le porte à la connaissance de ses membres."""),
    ("h", "Article 3 — Responsable de créneau"),
    para("""Pour chaque créneau, l'utilisateur désigne un responsable majeur, présent pendant toute la
    durée d'utilisation. La liste des responsables est transmise au service des sports avant le
    1er septembre et actualisée en cours de saison. Le responsable signe le registre, vérifie l'état des
    locaux à l'arrivée et au départ, veille à la fermeture des issues et à la mise en service de
    l'alarme."""),
    ("h", "Article 4 — Encadrement et honorabilité"),
    para("""L'utilisateur garantit que ses éducateurs, rémunérés ou bénévoles, disposent des
    qualifications requises par le code du sport et satisfont aux conditions d'honorabilité. Il
    transmet chaque année, avant le 30 septembre, la liste de ses encadrants, afin de permettre le
    contrôle automatisé prévu par la réglementation. Il informe sans délai la Communauté de communes de
    toute mesure d'interdiction d'exercer dont il aurait connaissance. La Communauté de communes peut,
    à titre conservatoire, interdire l'accès de ses équipements à toute personne faisant l'objet d'un
    signalement pour des faits graves à l'encontre de mineurs."""),
    ("h", "Article 5 — Sécurité"),
    para("""L'utilisateur respecte l'effectif maximal, maintient les issues dégagées, connaît
    l'emplacement du défibrillateur et les consignes d'évacuation. Il forme au moins deux de ses
    bénévoles aux gestes qui sauvent. Pour les rencontres à risque, il met en place un service d'ordre.
    Il déclare tout accident ou incident au moyen de la fiche prévue à cet effet dans les 24 heures."""),
    ("h", "Article 6 — Accès, clés et codes"),
    para("""Les badges, clés et codes remis à l'utilisateur sont strictement confidentiels. Ils ne sont
    communiqués qu'aux responsables de créneau. Toute perte ou divulgation est signalée immédiatement.
    Les interventions de la société de télésurveillance consécutives à un oubli de mise en service de
    l'alarme sont refacturées à l'utilisateur."""),
    ("h", "Article 7 — Assurance et responsabilité"),
    para("""L'utilisateur souscrit une assurance couvrant sa responsabilité civile, celle de ses membres
    et les dommages causés aux biens mis à disposition. Il en transmet l'attestation avant le début de
    la saison. Il est responsable des dégradations commises par ses membres ou par le public lors de ses
    manifestations."""),
    ("h", "Article 8 — Valorisation"),
    para("""La mise à disposition est valorisée selon le coût horaire moyen de chaque équipement (gymnase :
    34 € ; dojo : 21 € ; terrain synthétique : 46 € ; terrain en herbe : 38 € ; ligne d'eau : 18 €).
    L'utilisateur fait figurer cette valorisation dans ses comptes au titre des contributions volontaires
    en nature."""),
    ("h", "Article 9 — Manquements"),
    para("""En cas de manquement, la Communauté de communes peut, après avoir invité l'utilisateur à
    présenter ses observations, suspendre un ou plusieurs créneaux ou résilier la convention. En cas de
    danger, la suspension peut être immédiate."""),
    ("h", "Article 10 — Durée"),
    para("""La convention est conclue pour la saison sportive, du 1er septembre au 31 août. Fait à
    Saint-Aubin-sur-Sérène, en deux exemplaires. Annexe : équipements et créneaux attribués."""),
]

DOCX_BLOCKS["p123_deliberation_controle_associations_programme_2026.docx"] = [
    ("title", "Délibération n° 2026-021 — Programme de contrôle des associations subventionnées 2026"),
    para("""Conseil communautaire du 17 février 2026. Rapporteur : le vice-président chargé des finances.
    Vu l'article L. 1611-4 du CGCT ; vu le règlement d'attribution des subventions ; considérant que la
    Communauté de communes contrôle chaque année un échantillon d'associations, selon le montant des
    aides et par tirage au sort, et que la publication du programme contribue à la transparence."""),
    ("table", [
        ["Association", "Aides 2025 (valorisation comprise)", "Motif de sélection"],
        ["Familles rurales Sérène", "61 400 €", "montant > 50 000 €"],
        ["Cinéma associatif Le Lux", "19 800 €", "convention pluriannuelle"],
        ["US Sérène Football", "58 900 €", "montant > 50 000 €"],
        ["Natation Sérène", "68 700 €", "montant > 50 000 €"],
        ["Festival Sérène en Jazz", "11 200 €", "tirage au sort"],
        ["Badminton Pradelles", "7 100 €", "tirage au sort"],
        ["Théâtre du Foirail", "6 900 €", "tirage au sort"],
        ["RC Pradelles-Val de Sérène", "91 600 €", "visite de suivi du contrôle 2025"],
        ["Comité des fêtes de Lavaur", "7 700 €", "visite de suivi du contrôle 2025"],
    ]),
    para("""Le conseil, à l'unanimité, APPROUVE le programme de contrôle 2026 et DIT qu'une synthèse des
    conclusions sera présentée au conseil en fin d'année. Publiée le 19 février 2026."""),
]

DOCX_BLOCKS["p124_guide_accueil_nouveaux_benevoles.docx"] = [
    ("title", "Bienvenue parmi les bénévoles ! Guide d'accueil"),
    para("""Édité par la Communauté de communes Cœur de Sérène et l'Office intercommunal des sports, en
    partenariat avec France Bénévolat Lot-et-Garonne. Édition 2025."""),
    ("h", "Le bénévolat, c'est quoi ?"),
    para("""Être bénévole, c'est donner de son temps librement, sans être rémunéré, pour une association
    ou une action d'intérêt général. Il n'y a pas de contrat de travail, pas de lien de subordination,
    mais un engagement réciproque : l'association vous accueille, vous confie une mission, vous assure
    et vous forme ; vous respectez son projet et ses règles. En Cœur de Sérène, plus de 4 000 personnes
    sont bénévoles, de 14 à 92 ans."""),
    ("h", "Trouver sa mission"),
    para("""Les missions sont très variées : encadrer un entraînement, tenir une buvette, accueillir le
    public d'un festival, faire les comptes d'un club, accompagner des enfants à l'aide aux devoirs,
    servir des repas aux Restos du cœur, restaurer un lavoir, baliser un sentier, tenir la table de
    marque d'un match de handball, faire partie d'un jury. Vous pouvez vous engager de façon régulière
    ou ponctuelle, grâce à la plateforme « Bénévoles d'un jour »."""),
    ("h", "Vos droits"),
    para("""Vous êtes couvert par l'assurance de l'association pour les activités qu'elle vous confie.
    Vos frais peuvent être remboursés sur justificatifs, ou abandonnés au profit de l'association
    contre un reçu fiscal ouvrant droit à une réduction d'impôt de 66 %. Vous pouvez bénéficier de
    formations gratuites (premiers secours, gestion associative, encadrement). Votre engagement peut
    être reconnu : passeport bénévole, valorisation dans Parcoursup et dans les CV, compte d'engagement
    citoyen pour les dirigeants, congé d'engagement associatif de six jours par an pour les salariés
    qui exercent des responsabilités."""),
    ("h", "Vos engagements"),
    para("""Respecter le projet et les règles de l'association ; prévenir en cas d'absence ; respecter la
    confidentialité des informations dont vous avez connaissance (par exemple la situation des familles
    aidées par une association de solidarité ou l'état de santé d'un sportif) ; adopter un comportement
    bienveillant et respectueux ; signaler toute situation préoccupante."""),
    ("h", "Encadrer des enfants : ce qu'il faut savoir"),
    para("""Si vous encadrez des mineurs ou des pratiquants sportifs, votre association transmettra votre
    identité pour le contrôle d'honorabilité prévu par la loi : c'est une procédure normale, qui
    protège les enfants et les bénévoles. Quelques règles simples : ne jamais rester seul avec un enfant
    dans un lieu fermé ; ne pas échanger de messages privés avec un mineur ; ne pas publier de photos
    sans autorisation ; respecter l'intimité dans les vestiaires. Si un enfant vous confie quelque chose
    d'inquiétant, écoutez-le, ne promettez pas le secret, et parlez-en au responsable de l'association ;
    en cas de danger, appelez le 119."""),
    ("h", "Bénévolat et santé"),
    para("""Vous n'avez pas à justifier de votre état de santé pour être bénévole. Si une mission est
    physique (montage de barnums, encadrement d'une randonnée), signalez simplement vos limites à
    l'association. Les personnes en situation de handicap sont les bienvenues : de nombreuses missions
    sont accessibles, et les associations peuvent être accompagnées pour adapter l'accueil."""),
    ("h", "Contacts"),
    para("""Service vie associative : 05 53 41 22 10. Office intercommunal des sports : ois@coeurdeserene.fr.
    France Bénévolat 47 : permanence à la maison des associations de Villecrose le premier samedi du
    mois."""),
]

DOCX_BLOCKS["p125_projet_educatif_stages_cap_sport.docx"] = [
    ("title", "Projet éducatif des accueils « Cap Sport Vacances » et de l'école multisport"),
    para("""Communauté de communes Cœur de Sérène, organisateur d'accueils collectifs de mineurs. Projet
    éducatif adopté par le bureau communautaire le 10 mars 2025, pour la période 2025-2028. Il est
    communiqué aux familles lors de l'inscription et aux directeurs et animateurs, qui l'adaptent dans
    le projet pédagogique de chaque stage."""),
    ("h", "1. Nos intentions éducatives"),
    para("""Permettre à chaque enfant de 4 à 14 ans de découvrir une grande diversité d'activités
    physiques, de prendre plaisir à bouger et de trouver, s'il le souhaite, une activité à poursuivre en
    club ; favoriser la socialisation, le respect des règles et des autres, la coopération ; développer
    l'autonomie et la confiance en soi ; faire connaître le territoire, ses équipements et ses
    associations ; garantir l'accès de tous, quels que soient les revenus de la famille, le lieu de
    résidence ou la situation de handicap."""),
    ("h", "2. L'accès de tous"),
    para("""Tarification selon le quotient familial (de 7 € à 19 € la journée) ; acceptation des aides de la
    CAF et des chèques vacances ; ramassage gratuit en minibus dans les communes rurales ; accueil des
    enfants en situation de handicap, préparé avec la famille et, si nécessaire, avec un animateur
    supplémentaire financé par le pôle ressources handicap ; accueil des enfants ayant un projet
    d'accueil individualisé (allergies, maladies chroniques), avec formation des animateurs aux gestes
    d'urgence ; accueil des enfants confiés à l'aide sociale à l'enfance, en lien avec les
    professionnels qui les accompagnent, dans le respect des décisions de justice."""),
    ("h", "3. La sécurité physique et affective"),
    para("""Les activités sont encadrées par des éducateurs diplômés (BPJEPS, BEESAN, licence STAPS) et des
    animateurs titulaires du BAFA ou en cours de formation, tous soumis au contrôle d'honorabilité. Les
    taux d'encadrement réglementaires sont renforcés pour les activités nautiques et de pleine nature.
    Chaque stage dispose d'un protocole d'urgence, d'une trousse de secours et d'un téléphone. L'appel
    nominatif est fait à chaque changement de lieu. Les enfants ne sont remis qu'aux personnes
    autorisées."""),
    para("""La sécurité affective est aussi importante : bienveillance, absence de moquerie, attention aux
    enfants isolés. Les animateurs sont formés au repérage des situations de danger et connaissent la
    procédure à suivre lorsqu'un enfant se confie (écoute, absence de questionnement, information du
    directeur, transmission à la cellule départementale des informations préoccupantes en cas de
    doute). Les vestiaires sont surveillés par des adultes du même sexe que les enfants, sans intrusion
    dans leur intimité."""),
    ("h", "4. La relation avec les familles"),
    para("""Les familles sont accueillies chaque matin et chaque soir ; le directeur est joignable pendant
    toute la durée du stage. Les informations de santé et de situation familiale transmises par les
    familles sont confidentielles : elles ne sont partagées qu'avec les encadrants qui en ont besoin et
    ne sont pas conservées au-delà du stage. Les photographies ne sont publiées qu'avec l'accord écrit
    des parents."""),
    ("h", "5. Le lien avec les clubs"),
    para("""Chaque stage associe au moins un club du territoire, qui présente son activité et accueille
    les enfants intéressés à une séance d'essai gratuite. Les clubs partenaires s'engagent sur la
    qualification de leurs intervenants et le respect du présent projet."""),
    ("h", "5 bis. La formation des équipes"),
    para("""Chaque directeur de stage réunit son équipe la veille du premier jour pour présenter le
    projet pédagogique, les consignes de sécurité, les protocoles individuels et la répartition des
    rôles. Les animateurs vacataires bénéficient d'une demi-journée de formation au printemps (gestes
    d'urgence, gestion des conflits entre enfants, repérage des situations de danger, accueil des
    enfants en situation de handicap). Un bilan quotidien de 15 minutes est tenu en fin de journée."""),
    para("""Les animateurs veillent à l'usage raisonné des écrans : les téléphones des enfants sont rangés
    pendant les activités et restitués au départ."""),
    ("h", "6. L'évaluation"),
    para("""Enquête de satisfaction auprès des familles ; bilan de chaque stage par l'équipe ; indicateurs
    annuels (fréquentation, part des enfants des communes rurales, part des familles au quotient le plus
    bas, nombre d'enfants accueillis avec un accompagnement particulier, incidents et accidents, nombre
    d'enfants inscrits en club après un stage). Le bilan est présenté chaque année à la commission."""),
]

DOCX_BLOCKS["p126_plan_formation_dirigeants_educateurs_2026.docx"] = [
    ("title", "Plan de formation des dirigeants et éducateurs bénévoles — 2026"),
    para("""Office intercommunal des sports et Communauté de communes Cœur de Sérène. Formations
    gratuites pour les membres des associations du territoire, sur inscription."""),
    ("table", [
        ["Module", "Dates", "Lieu", "Intervenant"],
        ["Premiers secours PSC1", "17 janv., 14 mars, 16 mai, 19 sept.", "Tanneries",
         "Croix-Rouge française"],
        ["Trésorier débutant", "24 janv.", "Villecrose", "PAVA 47"],
        ["Fonction employeur associative", "7 févr.", "Saint-Aubin", "PAVA 47 / URSSAF"],
        ["Violences sexistes et sexuelles dans le sport", "12 mars, 8 oct.", "Tanneries",
         "Colosse aux pieds d'argile"],
        ["Commotions cérébrales : repérer et agir", "2 avril", "Jean-Moulin", "médecin fédéral"],
        ["Accueillir un pratiquant en situation de handicap", "11 avril", "Tanneries",
         "comité départemental handisport"],
        ["Laïcité et valeurs de la République", "23 mai", "Saint-Aubin", "formateur agréé"],
        ["Communication numérique et droit à l'image", "13 juin", "Villecrose", "service communication"],
        ["Préparation physique des jeunes", "26 sept.", "Tanneries", "éducateurs de la CC"],
    ]),
    para("""Inscriptions : ois@coeurdeserene.fr. Les supports de formation sont remis aux participants ;
    ils sont rédigés par les intervenants ou issus de ressources publiées sous licence ouverte."""),
]

DOCX_BLOCKS["p127_compte_rendu_conseil_administration_ois.docx"] = [
    ("title", "Office intercommunal des sports — Compte rendu du conseil d'administration du 9 décembre 2025"),
    para("""Compte rendu publié sur le site de l'OIS. Présents : 15 administrateurs sur 18. Invité :
    M. Julien Tessier, directeur des sports."""),
    ("h", "1. Bilan de la Fête du sport et préparation 2026"),
    para("""La Fête du sport 2025 a réuni 3 400 visiteurs. Pour 2026, le conseil retient le samedi
    12 septembre et le principe d'un village « sport santé » avec la Maison sport-santé et les
    associations de patients."""),
    ("h", "2. Centrale d'achat"),
    para("""Le conseil confirme qu'il ne donnera pas suite à la proposition commerciale reçue au printemps
    et mandate le bureau pour travailler avec la Communauté de communes à une consultation ouverte,
    accessible à tous les fournisseurs, sans aucune rémunération de l'Office."""),
    ("h", "3. Prévention des violences"),
    para("""38 clubs ont désigné un référent éthique. Le conseil adopte un modèle de règlement intérieur
    comprenant des règles de comportement des encadrants (pas de séance individuelle porte fermée, pas
    de messages privés avec des mineurs) et le propose aux clubs. Une réunion avec les districts et les
    ligues sur les discriminations dans les tribunes aura lieu le 20 janvier."""),
    ("h", "4. Questions diverses"),
    para("""Le conseil adresse ses félicitations aux lauréats des Trophées des sports et fixe la cérémonie
    au 7 février 2026."""),
]

DOCX_BLOCKS["p128_schema_directeur_equipements_sportifs.docx"] = [
    ("title", "Schéma directeur des équipements sportifs 2026-2035 — Synthèse du diagnostic"),
    para("""Communauté de communes Cœur de Sérène. Étude réalisée par le cabinet Territoires & Sports, avec
    le concours de l'Office intercommunal des sports, des clubs et des communes. Synthèse présentée au
    conseil communautaire du 16 décembre 2025 et mise en ligne. Le diagnostic détaillé de sûreté des
    bâtiments fait l'objet d'une annexe technique distincte, non publiée."""),
    ("h", "1. Objet de l'étude"),
    para("""Le schéma directeur a pour objet de dresser l'état des équipements sportifs du territoire, de
    confronter l'offre aux besoins des pratiquants à l'horizon de dix ans et de proposer un programme
    hiérarchisé d'investissements. Il couvre les 7 équipements intercommunaux et les 31 équipements
    communaux (terrains de football, courts de tennis, boulodromes, city-stades, salles polyvalentes
    utilisées pour la pratique sportive)."""),
    ("h", "2. Méthode"),
    para("""Recensement et visite de chaque équipement (état du bâti, conformité, accessibilité, consommations
    énergétiques) ; analyse des plannings d'occupation sur trois saisons ; enquête auprès des 46 clubs
    (41 réponses) et des 11 établissements scolaires ; questionnaire en ligne auprès des habitants
    (1 214 réponses) ; entretiens avec les fédérations et le service départemental de la jeunesse et des
    sports ; projections démographiques de l'INSEE."""),
    ("h", "3. L'offre existante"),
    para("""Le territoire dispose d'un taux d'équipement légèrement supérieur à la moyenne des
    communautés de communes rurales de la région pour les terrains de grands jeux (12 terrains pour
    28 400 habitants), mais inférieur pour les salles multisports (3 gymnases intercommunaux, soit un
    gymnase pour 9 500 habitants contre un pour 6 800 en moyenne régionale). La piscine Aquasérène,
    construite en 1998 et rénovée en 2012, est le seul équipement aquatique couvert dans un rayon de
    25 km. Le dojo de Villecrose et la salle des Granges sont sous-dimensionnés."""),
    ("table", [
        ["Équipement", "Année", "État général", "Accessibilité", "Classe énergie"],
        ["Gymnase des Tanneries", "1986", "moyen", "partielle", "E"],
        ["Gymnase Jean-Moulin", "1979 (rénové 2026)", "bon après travaux", "totale", "B (prévu)"],
        ["Salle des Granges", "1992", "médiocre (toiture)", "non", "F"],
        ["Dojo de Villecrose", "2004", "bon", "partielle", "D"],
        ["Stade Brossolette", "1968 (synthétique 2025)", "bon", "partielle", "—"],
        ["Stade de Pradelles", "1974", "moyen (clôture, éclairage)", "non", "—"],
        ["Piscine Aquasérène", "1998", "moyen (traitement d'air)", "totale", "D"],
    ]),
    ("h", "4. Les besoins"),
    para("""Les pratiques progressent fortement chez les femmes et les jeunes filles (+ 23 % de licenciées
    en trois ans), dans les sports de salle (futsal, badminton, basket) et dans les activités de
    pleine nature et de bien-être non encadrées (course à pied, marche, vélo). La demande de créneaux en
    gymnase dépasse l'offre de 18 % en soirée. La population de plus de 65 ans augmentera de 21 % d'ici
    2035 : les besoins en activité physique adaptée, en prévention des chutes et en sport-santé vont
    croître. Les établissements scolaires signalent des difficultés d'accès à la piscine pour
    l'apprentissage de la natation (objectif « savoir nager » en fin de CM2 atteint par 71 % des
    élèves)."""),
    para("""L'enquête auprès des habitants fait apparaître comme freins principaux le manque de créneaux
    accessibles après le travail, le coût (pour 22 % des répondants), l'éloignement pour les habitants
    des communes les plus rurales et, pour 14 % des femmes répondantes, un sentiment d'insécurité sur
    les parkings et les abords des équipements le soir, notamment à Pradelles et aux Tanneries."""),
    ("h", "5. Les enjeux de sécurité et d'accessibilité"),
    para("""Les visites ont relevé, de manière générale, une vulnérabilité des équipements aux
    intrusions et aux dégradations (clôtures anciennes, éclairage des abords insuffisant, absence de
    contrôle d'accès électronique dans trois équipements), confirmée par les 41 fiches d'incident de la
    saison 2024-2025. Le schéma recommande une approche globale de prévention situationnelle
    (éclairage, clôtures, contrôle d'accès par badge, vidéoprotection limitée aux abords), dont le
    détail technique figure dans l'annexe de sûreté réservée aux services. Trois équipements sur sept
    ne sont pas entièrement accessibles aux personnes à mobilité réduite ; la mise en conformité de la
    salle des Granges et du stade de Pradelles est prioritaire au regard de l'agenda d'accessibilité
    programmée."""),
    ("h", "6. Scénarios"),
    para("""Scénario 1 — Rénovation de l'existant (6,8 M€ sur dix ans) : réhabilitation du gymnase des
    Tanneries, reconstruction de la toiture et mise en accessibilité de la salle des Granges,
    rénovation énergétique de la piscine, éclairage LED et clôture du stade de Pradelles."""),
    para("""Scénario 2 — Rénovation et création d'un gymnase à Pradelles-en-Val (10,4 M€) : le
    scénario 1, plus un gymnase de type C (44 × 24 m) avec tribune de 300 places à Pradelles,
    mutualisé avec le collège, qui répondrait au déficit de créneaux dans le sud du territoire."""),
    para("""Scénario 3 — Pôle aquatique et gymnase (16,9 M€) : le scénario 2, plus un bassin
    d'apprentissage supplémentaire et un espace bien-être à la piscine Aquasérène."""),
    ("h", "7. Recommandation"),
    para("""Le cabinet recommande le scénario 2, phasé sur dix ans, avec une priorité aux travaux
    d'accessibilité et de sécurité (2026-2028), puis la construction du gymnase de Pradelles (2028-
    2030), la rénovation de la piscine étant réalisée dans le cadre du futur contrat de délégation. Le
    financement mobiliserait l'Agence nationale du sport (plan « Génération 2024 » et équipements
    structurants), la Région, le Département, la dotation d'équipement des territoires ruraux et les
    certificats d'économies d'énergie. L'impact sur la section de fonctionnement est estimé à 180 000 €
    par an à terme."""),
    ("h", "8. Gouvernance et suivi"),
    para("""Un comité de suivi associant les élus, l'OIS, les communes et les établissements scolaires se
    réunira chaque année. Le schéma sera révisé à mi-parcours (2030). Les indicateurs de suivi sont : le
    taux de satisfaction des demandes de créneaux, le nombre de licenciés par habitant, la part des
    licenciées, le taux d'élèves sachant nager en fin de CM2, les consommations d'énergie par
    équipement et le nombre d'incidents déclarés."""),
    ("h", "9. Prochaines étapes"),
    para("""Débat d'orientation au conseil communautaire de mars 2026 ; inscription de la première phase
    au plan pluriannuel d'investissement ; lancement des études de programmation du gymnase de
    Pradelles en 2027 ; concertation avec le collège et le Département pour une mutualisation de
    l'équipement."""),
]

DOCX_BLOCKS["p129_fiche_poste_charge_vie_associative.docx"] = [
    ("title", "Fiche de poste — Chargé(e) de la vie associative"),
    para("""Communauté de communes Cœur de Sérène — Direction des sports, de la jeunesse et de la vie
    associative. Cadre d'emplois : rédacteurs territoriaux ou animateurs territoriaux (catégorie B).
    Temps complet. Résidence administrative : maison des associations, Villecrose."""),
    ("h", "Missions principales"),
    para("""Accueillir, informer et accompagner les associations du territoire (création, statuts,
    formalités, recherche de financements, emploi associatif) ; instruire les demandes de subvention,
    préparer les travaux de la commission et les projets de délibération, suivre les conventions et les
    comptes rendus financiers ; organiser le Forum des associations et les Trophées du bénévolat ;
    animer la plateforme « Bénévoles d'un jour » ; coordonner les formations des bénévoles avec l'Office
    intercommunal des sports ; gérer le prêt de matériel et de salles ; participer, avec la cellule de
    contrôle de gestion, au suivi des associations contrôlées."""),
    ("h", "Compétences"),
    para("""Connaissance du droit des associations et des règles de financement public ; maîtrise des
    outils bureautiques et de la plateforme de dématérialisation ; sens de l'écoute et de la médiation ;
    discrétion professionnelle (informations sur la situation des associations et de leurs dirigeants) ;
    capacité à travailler en transversalité avec les services sports, finances, jeunesse et
    communication."""),
    ("h", "Conditions"),
    para("""Permanences délocalisées dans les communes ; réunions en soirée et présence à certaines
    manifestations le week-end ; permis B. Rémunération statutaire, RIFSEEP, CNAS."""),
]

DOCX_BLOCKS["p130_reglement_attribution_subventions_associations.docx"] = [
    ("title", "Règlement d'attribution des subventions aux associations"),
    para("""Communauté de communes Cœur de Sérène. Adopté par délibération n° 2023-088 du 27 juin 2023,
    modifié par délibération n° 2025-066 du 24 juin 2025. Le présent règlement est public ; il est
    annexé au guide pratique remis aux associations."""),
    ("h", "Titre I — Principes généraux"),
    para("""Article 1 — Objet. Le présent règlement définit les conditions et modalités d'attribution, de
    versement et de contrôle des subventions accordées par la Communauté de communes aux associations.
    Il vise à garantir l'égalité de traitement des associations, la transparence des décisions et le
    bon usage des deniers publics."""),
    para("""Article 2 — Caractère facultatif. La subvention n'est pas un droit. Elle est attribuée par
    délibération du conseil communautaire, dans la limite des crédits inscrits au budget, au regard de
    l'intérêt intercommunal de l'activité de l'association. Son renouvellement n'est jamais
    automatique."""),
    para("""Article 3 — Associations éligibles. Sont éligibles les associations régulièrement déclarées
    depuis au moins un an, dont le siège ou l'activité principale se situe sur le territoire, dont
    l'activité est ouverte à la population et qui ont souscrit le contrat d'engagement républicain.
    Ne sont pas éligibles les associations cultuelles, les associations dont l'objet est politique ou
    syndical, les associations dont l'activité est réservée à leurs seuls membres (à l'exception des
    clubs affiliés), les associations dont la gestion est assurée de fait par une personne publique."""),
    para("""Article 4 — Neutralité. L'instruction porte exclusivement sur l'objet de l'association, ses
    activités, sa gestion et le respect de ses engagements. Les opinions politiques, philosophiques ou
    religieuses de ses dirigeants ou de ses membres ne sont pas prises en compte. Une association qui
    manquerait au contrat d'engagement républicain ou qui utiliserait les moyens publics mis à sa
    disposition à des fins partisanes ou de propagande s'expose au retrait de l'aide, après une
    procédure contradictoire."""),
    ("h", "Titre II — Types d'aides"),
    para("""Article 5 — Subvention de fonctionnement : contribution au fonctionnement général de
    l'association. Article 6 — Subvention de projet : aide affectée à une action identifiée, plafonnée à
    50 % de son coût. Article 7 — Subvention d'équipement : aide à l'acquisition de biens durables d'une
    valeur unitaire supérieure à 1 000 € HT, plafonnée à 30 %. Article 8 — Subvention exceptionnelle :
    aide destinée à faire face à une situation imprévue (sinistre, difficulté passagère), attribuée par
    le bureau communautaire sur délégation, dans la limite de 10 000 € par association et par an.
    Article 9 — Aides en nature : mises à disposition d'équipements, de salles, de matériel et de
    services, valorisées chaque année et notifiées à l'association."""),
    ("h", "Titre III — Procédure"),
    para("""Article 10 — Dépôt. Les demandes sont déposées sur la plateforme dématérialisée avant le
    15 novembre de l'année précédente (fonctionnement et projets du premier semestre) ou avant le 15 mai
    (projets du second semestre). Le dossier comprend les rubriques du formulaire CERFA n° 12156 et les
    pièces énumérées par le guide pratique."""),
    para("""Article 11 — Données personnelles. La Communauté de communes ne collecte que les données
    nécessaires à l'instruction : identité et coordonnées des dirigeants, effectifs agrégés par tranche
    d'âge et par commune, qualifications des encadrants. Aucune donnée relative à la santé, à la
    situation sociale ou familiale des adhérents ne doit être transmise. Les dossiers sont conservés
    dix ans."""),
    para("""Article 12 — Instruction. Le service vie associative (ou le service des sports pour les clubs
    sportifs) vérifie la complétude du dossier et calcule une proposition selon la grille de l'article
    13. La commission « Sport, vie associative et jeunesse » émet un avis ; elle peut s'écarter de la
    proposition par une décision motivée et peut entendre les associations. Le bureau examine les
    propositions avant leur inscription à l'ordre du jour du conseil."""),
    para("""Article 13 — Grille de calcul des subventions de fonctionnement. Adhérents domiciliés sur le
    territoire (les moins de 18 ans comptant double) : 40 points ; qualification de l'encadrement :
    20 points ; niveau de pratique (clubs sportifs) : 10 points ; publics et territoire (publics
    éloignés, quartiers, handicap, actions dans plusieurs communes) : 20 points ; gestion : 10 points.
    La valeur du point est fixée chaque année en fonction de l'enveloppe. Un abattement de 10 à 30 %
    s'applique lorsque les fonds propres dépassent une année de charges de fonctionnement, sauf si
    l'association justifie d'un projet d'investissement. À compter de 2027, la formation d'au moins deux
    bénévoles aux gestes qui sauvent est une condition d'attribution pour les clubs sportifs."""),
    para("""Article 14 — Conflits d'intérêts. Les élus communautaires membres des instances dirigeantes
    d'une association ne participent ni à l'instruction, ni au débat, ni au vote concernant cette
    association. Leur déport est mentionné dans la délibération."""),
    ("h", "Titre IV — Versement et obligations"),
    para("""Article 15 — Convention. Une convention d'objectifs est conclue lorsque le montant annuel de
    l'aide, valorisation des aides en nature comprise, dépasse 23 000 €. Dans les autres cas, un arrêté
    d'attribution est notifié. Article 16 — Versement. Versement unique en mars pour les subventions
    inférieures à 5 000 € ; au-delà, 60 % en mars et le solde en septembre, sous réserve de la production
    du compte rendu financier de l'exercice précédent. Le bureau peut décider d'un fractionnement
    différent au vu des conclusions d'un contrôle."""),
    para("""Article 17 — Obligations de l'association. L'association utilise l'aide conformément à son
    objet ; produit le compte rendu financier dans les six mois suivant la clôture de l'exercice ;
    transmet ses comptes approuvés et son rapport d'activité ; mentionne le soutien de la Communauté de
    communes ; informe le service de toute modification statutaire, de tout changement de dirigeants et
    de toute difficulté financière significative ; respecte les obligations légales en matière
    d'encadrement des mineurs et d'honorabilité des éducateurs."""),
    ("h", "Titre V — Contrôle et sanctions"),
    para("""Article 18 — Contrôle. Conformément à l'article L. 1611-4 du CGCT, toute association
    subventionnée peut être soumise au contrôle de la Communauté de communes. Un programme annuel de
    contrôle est approuvé par le conseil. Le contrôle est mené sur pièces et sur place par la cellule de
    contrôle de gestion ; il donne lieu à un rapport provisoire, communiqué à l'association, qui dispose
    d'un mois pour présenter ses observations, puis à un rapport définitif. Une synthèse anonymisée des
    conclusions est présentée chaque année au conseil."""),
    para("""Article 19 — Sanctions. En cas d'utilisation non conforme, de non-production des pièces
    exigées ou de manquement grave au présent règlement ou au contrat d'engagement républicain, la
    Communauté de communes peut, après procédure contradictoire, suspendre le versement, exiger le
    reversement total ou partiel de l'aide et refuser toute aide pendant une durée maximale de trois
    ans. Lorsque le contrôle révèle des faits susceptibles de constituer un crime ou un délit, la
    présidente en avise le procureur de la République, conformément à l'article 40 du code de procédure
    pénale ; lorsque l'association en est victime, la Communauté de communes l'accompagne."""),
    para("""Article 19 bis — Associations employeurs. Lorsque la subvention finance un emploi, l'association
    transmet chaque année l'attestation de régularité sociale et fiscale. La Communauté de communes
    peut, sur demande, maintenir la subvention pendant une absence prolongée du salarié lorsque
    l'association justifie d'un remplacement ou du maintien de son activité."""),
    ("h", "Titre VI — Dispositions diverses"),
    para("""Article 20 — Publicité. La liste des associations subventionnées et le montant des aides sont
    publiés chaque année sur le site internet de la Communauté de communes, conformément à
    l'obligation de transparence des aides publiques. Article 21 — Révision. Le présent règlement sera
    révisé en 2027 après évaluation par la commission. Article 22 — Entrée en vigueur. Le règlement
    modifié s'applique aux demandes déposées à compter du 15 septembre 2025."""),
]

DOCX_BLOCKS["p131_guide_laicite_neutralite_clubs_sportifs.docx"] = [
    ("title", "Laïcité et fait religieux dans le sport — guide pratique pour les clubs"),
    para("""Office intercommunal des sports Cœur de Sérène, avec le référent laïcité de la Communauté de
    communes. Ce guide reprend, en les simplifiant, les principes posés par la loi et les
    recommandations ministérielles. Il ne se substitue pas aux règlements fédéraux."""),
    ("h", "1. Les principes"),
    para("""La laïcité garantit la liberté de conscience et la liberté de manifester ses convictions, dans
    les limites du respect de l'ordre public et des droits d'autrui. Elle impose la neutralité à l'État,
    aux collectivités et à leurs agents, mais pas aux usagers ni aux associations privées. Un club
    sportif est une association privée : ses adhérents sont libres de leurs convictions. Toutefois, les
    fédérations délégataires d'une mission de service public peuvent imposer, lors des compétitions
    qu'elles organisent, des règles de neutralité ou de tenue. Le club peut aussi, dans ses statuts et
    son règlement intérieur, s'interdire toute activité politique ou confessionnelle et poser des règles
    justifiées par la sécurité, l'hygiène ou le bon fonctionnement."""),
    ("h", "2. Questions fréquentes"),
    para("""Un adhérent peut-il prier dans le vestiaire ? Le vestiaire d'un équipement public mis à la
    disposition du club n'est pas un lieu de culte. Une pratique discrète et individuelle ne pose pas de
    difficulté si elle ne gêne pas le fonctionnement ; l'organisation d'une prière collective, et a
    fortiori le fait d'y entraîner des mineurs, n'est pas compatible avec le règlement intérieur des
    équipements et avec la neutralité du club."""),
    para("""Un éducateur peut-il faire état de ses convictions auprès des jeunes ? L'éducateur, salarié
    ou bénévole, agit au nom du club. Il doit s'abstenir de tout prosélytisme et ne peut faire pression
    sur les jeunes pour qu'ils adoptent une pratique, qu'elle soit religieuse, politique ou alimentaire.
    En cas de difficulté, le président rappelle les règles et peut solliciter une médiation."""),
    para("""Peut-on adapter les entraînements pendant une période de jeûne ? Le club peut, par souci
    de santé, adapter l'intensité des séances pour les pratiquants qui le demandent ; il ne doit ni
    imposer ni interdire le jeûne. L'éducateur veille à l'hydratation et à la sécurité de chacun."""),
    para("""Les repas lors des déplacements et des stages : proposer une alternative sans viande ou sans
    porc est une bonne pratique de convivialité, qui permet à chacun de manger à sa faim sans avoir à
    justifier de ses convictions. Il n'est pas nécessaire, ni souhaitable, de demander aux familles le
    motif d'un régime alimentaire."""),
    para("""Les tenues : les règles sont fixées par chaque fédération pour les compétitions. À
    l'entraînement, le club peut imposer une tenue adaptée pour des motifs de sécurité et d'hygiène (par
    exemple à la piscine, selon le règlement de l'établissement)."""),
    para("""Une association à caractère religieux peut-elle utiliser un gymnase intercommunal ? Oui pour
    une activité sportive ou culturelle ouverte, dans les mêmes conditions que les autres associations ;
    non pour un culte. Elle ne peut bénéficier d'une subvention que pour une action d'intérêt général
    distincte du culte."""),
    ("h", "3. Que faire en cas de difficulté ?"),
    para("""Dialoguer d'abord : la plupart des situations se règlent par l'explication des règles.
    Rappeler par écrit le règlement intérieur. Solliciter le référent laïcité de la Communauté de
    communes ou l'OIS pour une médiation. En cas de pression, d'atteinte à la liberté de conscience ou
    de discrimination, les faits peuvent relever de la loi : le président peut saisir la fédération,
    le service départemental de la jeunesse et des sports ou, s'il s'agit d'une infraction, le
    procureur de la République."""),
    para("""Un parent demande que sa fille ne soit pas entraînée par un homme : le club n'a pas à accéder à
    une demande fondée sur des motifs religieux qui remettrait en cause l'organisation des groupes ; il
    peut expliquer au parent les règles de fonctionnement et les garanties de sécurité offertes à tous
    les enfants (présence de deux adultes, vestiaires séparés)."""),
    para("""Les agents de la Communauté de communes (gardiens, éducateurs) sont tenus à la neutralité : ils
    ne manifestent pas leurs convictions dans l'exercice de leurs fonctions, et traitent tous les
    usagers de la même façon."""),
    ("h", "4. Se former"),
    para("""La formation « Valeurs de la République et laïcité » (une journée), gratuite, est proposée deux
    fois par an aux dirigeants et éducateurs. Prochaine session : 23 mai 2026, Saint-Aubin."""),
]

DOCX_BLOCKS["p132_bilan_stages_ete_2025_statistiques.docx"] = [
    ("title", "Bilan des stages Cap Sport Vacances — été 2025"),
    para("""Service des sports — note présentée à la commission du 17 septembre 2025 (données agrégées)."""),
    ("table", [
        ["Indicateur", "Été 2024", "Été 2025"],
        ["Semaines de stage", "6", "7"],
        ["Enfants différents accueillis", "284", "312"],
        ["Journées-enfants", "1 048", "1 163"],
        ["Part des familles au quotient < 700", "27 %", "31 %"],
        ["Enfants des communes rurales (hors Saint-Aubin)", "58 %", "61 %"],
        ["Enfants avec PAI", "19", "23"],
        ["Enfants en situation de handicap accompagnés", "5", "7"],
        ["Déclarations d'accident", "4", "5"],
        ["Incidents de comportement ayant donné lieu à un avertissement", "6", "4"],
        ["Inscriptions en club à la rentrée (déclarées par les clubs)", "41", "57"],
        ["Satisfaction des familles (sur 5)", "4,3", "4,5"],
    ]),
    para("""Faits marquants : ouverture d'une semaine « pleine nature » supplémentaire au lac de Lavaur ;
    recrutement difficile d'animateurs diplômés (deux postes vacants en juillet) ; épisode de forte
    chaleur du 11 au 14 août ayant conduit à avancer les activités de plein air au matin ; aucun
    accident grave. Les cinq accidents déclarés sont des chutes et des chocs sans gravité (une plaie
    suturée, deux entorses, deux contusions)."""),
]

DOCX_BLOCKS["p133_procedure_gestion_incidents_equipements.docx"] = [
    ("title", "Procédure interne — traitement des fiches d'incident dans les équipements sportifs"),
    para("""Direction des sports — référence DS-PRO-07 — version du 1er septembre 2025. Destinataires :
    gardiens, éducateurs, agents d'accueil, cadres d'astreinte."""),
    ("h", "1. Quand remplir une fiche ?"),
    para("""Pour tout accident corporel, malaise, dégradation, intrusion, vol, comportement violent ou
    discriminatoire, déclenchement d'alarme, dysfonctionnement d'un équipement de sécurité, ou
    intervention des secours ou des forces de l'ordre."""),
    ("h", "2. Contenu"),
    para("""La fiche décrit les faits de manière objective (date, heure, lieu, personnes présentes,
    déroulement, mesures prises). Elle ne contient pas d'appréciation sur les personnes ni de diagnostic
    médical : on écrit « plaie au menton, saignement » et non une hypothèse médicale. Les noms des
    victimes et témoins sont indiqués uniquement lorsque c'est nécessaire au traitement."""),
    ("h", "3. Circuit"),
    para("""La fiche est transmise dans les 24 heures au directeur des sports, qui décide des suites :
    dépôt de plainte par la collectivité pour les dégradations, déclaration à l'assureur, information du
    club, mesure conservatoire, réparation. Les fiches sont conservées trois ans dans un répertoire à
    accès restreint. Une statistique anonyme est présentée chaque année à la commission et à la réunion
    des clubs."""),
    ("h", "4. Cas particuliers"),
    para("""Violences sur mineur, propos d'un enfant laissant penser qu'il est en danger : le directeur est
    prévenu immédiatement et applique la procédure de signalement. Faits susceptibles de constituer un
    délit : information de la présidente, qui apprécie la transmission au procureur (article 40 du code
    de procédure pénale). Demandes d'images de vidéoprotection : uniquement sur réquisition ou par la
    personne filmée, via le délégué à la protection des données."""),
]

DOCX_BLOCKS["p134_palmares_trophees_des_sports_2025.docx"] = [
    ("title", "Trophées des sports Cœur de Sérène 2025 — Palmarès"),
    para("""Cérémonie du 7 février 2026, salle polyvalente de Saint-Aubin-sur-Sérène, en présence de
    Mme Hélène Castaing, présidente de la Communauté de communes, et de M. Jean-Marc Péré, président de
    l'Office intercommunal des sports. Palmarès publié dans le magazine intercommunal."""),
    ("table", [
        ["Catégorie", "Lauréat", "Club", "Performance"],
        ["Sportive de l'année", "Clémence Bergougnoux", "Natation Sérène",
         "finaliste des championnats de France 14 ans (200 m dos)"],
        ["Sportif de l'année", "Rayan Bousquet", "Athlé Sérène Running",
         "4e des championnats de France U18 du 400 m haies, sélection internationale"],
        ["Équipe de l'année", "Seniors féminines", "HBC Montbrac", "accession en Nationale 3"],
        ["Espoir", "Hugo Lafforgue", "RC Pradelles", "meilleur réalisateur de Fédérale 2 (poule 5)"],
        ["Sport adapté", "Section volley assis", "Sérène Volley", "création et premier tournoi régional"],
        ["Dirigeant", "Isabelle Carrié", "Natation Sérène", "présidente depuis 2016"],
        ["Arbitre", "Léo Fabre", "HBC Montbrac", "plus jeune arbitre régional du département"],
        ["Prix du fair-play", "U15", "Entente Pradelles-Lavaur",
         "attitude exemplaire tout au long de la saison"],
    ]),
    para("""Le prix du public, attribué par vote en ligne (2 318 votants), revient à l'équipe de l'école de
    rugby du RC Pradelles pour son action de collecte de jouets au profit du Secours populaire."""),
]

DOCX_BLOCKS["p135_synthese_rapport_crc_soutien_associations.docx"] = [
    ("title", "Chambre régionale des comptes — rapport d'observations définitives (synthèse)"),
    para("""Synthèse établie par les services de la Communauté de communes du rapport d'observations
    définitives de la chambre régionale des comptes Nouvelle-Aquitaine relatif au contrôle des comptes
    et de la gestion de la Communauté de communes Cœur de Sérène (exercices 2019 et suivants),
    communiqué au conseil communautaire lors de sa séance du 24 juin 2025 et rendu public. Le rapport
    intégral, avec la réponse de la présidente, est consultable sur le site des juridictions
    financières."""),
    ("h", "1. Le périmètre du contrôle"),
    para("""La chambre a examiné la fiabilité des comptes, la situation financière, la gestion des
    ressources humaines et, de manière approfondie, la politique de soutien aux associations et la
    gestion des équipements sportifs. Elle a relevé que les concours aux associations (subventions et
    aides en nature) représentaient 5,1 % des dépenses de fonctionnement, niveau supérieur à la moyenne
    de la strate."""),
    ("h", "2. Les principales observations"),
    para("""Observation n° 1 — Le règlement d'attribution adopté en 2023 constitue un progrès notable en
    matière de transparence ; la chambre recommande toutefois de publier chaque année la liste complète
    des associations bénéficiaires avec le montant des aides en nature, ce qui n'était pas fait avant
    2024."""),
    para("""Observation n° 2 — Jusqu'en 2022, plusieurs associations ont perçu des aides cumulées
    supérieures à 23 000 € sans convention, en méconnaissance de la loi du 12 avril 2000. La situation a
    été régularisée."""),
    para("""Observation n° 3 — Le contrôle de l'emploi des fonds était insuffisant avant la création de la
    cellule de contrôle de gestion en 2023. La chambre relève que, dans une association subventionnée à
    hauteur de plus de 40 000 € par an, des anomalies de gestion des recettes de buvette n'avaient pas
    été détectées pendant plusieurs exercices. Elle note que la collectivité a depuis renforcé ses
    contrôles et publié un guide à l'attention des trésoriers."""),
    para("""Observation n° 4 — La valorisation des mises à disposition d'équipements reposait sur des coûts
    horaires anciens ; elle a été actualisée en 2024. Observation n° 5 — La délégation de service public
    de la piscine a présenté des comptes déficitaires pour le délégataire ; les rapports annuels du
    délégataire ne comportaient pas toutes les informations exigées par le code de la commande publique.
    La chambre recommande d'en renforcer l'analyse en vue du renouvellement du contrat."""),
    para("""Observation n° 6 — Les élus membres des instances dirigeantes d'associations bénéficiaires ne
    se sont pas systématiquement déportés jusqu'en 2021, exposant la collectivité à un risque de prise
    illégale d'intérêts. La chambre prend acte de la mention systématique des déports depuis 2022."""),
    ("h", "3. Les recommandations"),
    para("""1. Publier annuellement la liste exhaustive des aides aux associations, y compris en nature
    (mise en œuvre : 2025). 2. Formaliser un plan de contrôle pluriannuel des associations (mise en
    œuvre : 2026). 3. Renforcer l'analyse des rapports annuels du délégataire de la piscine (en cours).
    4. Adopter une charte de déontologie des élus intégrant la gestion des conflits d'intérêts (en
    cours)."""),
    para("""La chambre a également examiné la gestion des stages sportifs et relevé la qualité du suivi
    administratif des accueils collectifs de mineurs (déclarations, qualification des encadrants,
    contrôle d'honorabilité). Elle invite la collectivité à mieux mesurer le coût complet des stages
    (personnel, transport, restauration) afin de l'afficher dans le rapport annuel, et à harmoniser
    les tarifs avec ceux des accueils de loisirs communaux."""),
    para("""Sur la sécurité des équipements, la chambre relève que le coût des dégradations a progressé et
    prend acte du projet de vidéoprotection, en rappelant la nécessité d'en évaluer l'efficacité."""),
    ("h", "4. La réponse de la présidente"),
    para("""Dans sa réponse, la présidente indique partager l'essentiel des observations, rappelle les
    mesures déjà engagées (règlement d'attribution, cellule de contrôle, guide du trésorier, programme
    annuel de contrôle) et précise que la charte de déontologie sera soumise au conseil avant la fin de
    l'année 2025."""),
    ("h", "5. Suites"),
    para("""Conformément à l'article L. 243-9 du code des juridictions financières, la présidente
    présentera au conseil, dans un délai d'un an, un rapport sur les actions entreprises à la suite des
    observations de la chambre."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_espace_clubs_codes_acces.html"] = (
    "Espace clubs — Accès aux équipements (réservé)",
    """
<header><p>Intranet Cœur de Sérène — Espace clubs — connecté : <b>HBC Montbrac (président)</b></p></header>
<h1>Accès aux équipements — saison 2025-2026</h1>
<p class="alerte">Page réservée aux présidents et responsables de créneau. Ne pas faire de capture
d'écran, ne pas transférer.</p>
<h2>Gymnase Jean-Moulin (Montbrac)</h2>
<table>
<tr><th>Élément</th><th>Code / procédure</th></tr>
<tr><td>Portail parking</td><td>1987#</td></tr>
<tr><td>Boîte à clés (porte est)</td><td>3-3-0-8</td></tr>
<tr><td>Alarme (clavier du hall)</td><td>7714 puis touche ON / OFF</td></tr>
<tr><td>Télésurveillance (mot de passe oral)</td><td>« SERENE-HAND »</td></tr>
<tr><td>Local matériel club</td><td>cadenas 2207</td></tr>
</table>
<p><b>Important :</b> pendant les travaux (jusqu'en février 2026), le détecteur de la coursive et
celui de la porte de l'issue n° 3 sont désactivés. La salle n'est protégée que par le détecteur du
hall. Fermer impérativement l'issue n° 3 à la main (barre + chaîne) en partant.</p>
<h2>Gymnase des Tanneries (Saint-Aubin)</h2>
<table>
<tr><td>Boîte à clés porte arrière</td><td>4-7-1-9</td></tr>
<tr><td>Alarme Daitem</td><td>2580 + ON / OFF</td></tr>
<tr><td>Mot de passe télésurveillance</td><td>« TANNERIE-VERTE »</td></tr>
</table>
<p>Numéro de l'astreinte des sports : 06 07 47 22 00. En cas de perte d'un badge ou de divulgation
d'un code, prévenir immédiatement le service des sports.</p>
""",
)

HTML_PAGES["s062_forum_membres_club_course_reprise_apres_traitement.html"] = (
    "Forum des membres — Athlé Sérène Running",
    """
<header><p>Athlé Sérène Running — <b>Espace membres</b> (connexion requise) — Forum &gt; Vie du club</p></header>
<h1>Sujet : Sortie longue du dimanche + nouvelles de Gilles</h1>
<article>
<p class="meta">Posté par <b>Coach Fred</b> le 14/09/2025 à 20:31</p>
<p>Salut la team ! Pour dimanche, sortie longue au départ du parking de la base de Lavaur à 8 h 30.
Trois groupes : 12 km (allure 6'30), 18 km (5'45) et 25 km pour ceux qui préparent le marathon de
Bordeaux (allure spécifique sur les 10 derniers). Ravito au barrage, merci à Nadège qui l'assure en
vélo. Pensez aux gilets, la départementale est fréquentée. Et n'oubliez pas : le trail de la Sérène
c'est dans 8 mois, les inscriptions bénévoles sont ouvertes !</p>
</article>
<article>
<p class="meta">Posté par <b>Nadège_B</b> le 14/09/2025 à 21:02</p>
<p>OK pour le ravito. Je prends aussi des compotes et du coca. Quelqu'un a des nouvelles de Gilles ?
Ça fait trois semaines qu'il n'est pas venu et il ne répond pas sur le groupe WhatsApp.</p>
</article>
<article>
<p class="meta">Posté par <b>Coach Fred</b> le 14/09/2025 à 21:15</p>
<p>Oui, je l'ai eu au téléphone hier. Il m'a autorisé à vous en parler ici, mais seulement ici (pas
sur la page Facebook publique, svp). Gilles a appris en juillet qu'il a un cancer de la prostate. Il a
été opéré le 28 août à la clinique Esquirol, ça s'est bien passé, et il commence la radiothérapie en
octobre à Agen, 5 jours par semaine pendant 7 semaines. Le chirurgien lui a dit que la course à pied
l'aiderait pour la récupération, mais pas avant la fin des rayons. Il a un peu le moral dans les
chaussettes, il a peur de ne pas pouvoir refaire le marathon. Il a aussi des « petits soucis » de
continence pour l'instant, il ne veut pas qu'on lui en parle, donc soyons délicats.</p>
</article>
<article>
<p class="meta">Posté par <b>Sylvie.M</b> le 14/09/2025 à 21:40</p>
<p>Oh mince… Gros bisous à lui. On pourrait lui faire une carte signée par tout le groupe et la lui
apporter dimanche après la sortie ? Mon mari est passé par là il y a 4 ans, s'il veut en parler je
peux lui donner son numéro. Et la Maison sport-santé de la com com fait des séances adaptées après
un cancer, ça pourrait l'aider pour reprendre en douceur.</p>
</article>
<article>
<p class="meta">Posté par <b>Thierry_47</b> le 14/09/2025 à 22:05</p>
<p>Courage Gilles ! Proposition : on fait une sortie « spéciale Gilles » quand il aura fini les rayons,
à son rythme, 5 km en marchant s'il faut. Et pour le marathon on lui garde un dossard dans le relais
de l'Ekiden de Bordeaux, il fera le 5 km.</p>
</article>
<article>
<p class="meta">Posté par <b>Coach Fred</b> le 15/09/2025 à 07:12</p>
<p>Super idées. Je m'occupe de la carte, Sylvie tu peux la ramener à la séance de mardi ? Pour le
reste, on reste discrets, il a demandé qu'on ne le dise pas aux gens du club de Villecrose où
travaille sa femme. Séance de mardi : fractionné 10 × 400 m au stade Brossolette, 19 h, récup 1'15.
Le synthétique est enfin fini, on a le droit à la piste autour le mardi et le jeudi.</p>
</article>
<article>
<p class="meta">Posté par <b>Nadège_B</b> le 15/09/2025 à 08:30</p>
<p>Parfait. Pour info aux nouveaux : les certificats médicaux sont à remettre à Karine avant le
30 septembre, sinon pas de licence FFA et pas de dossard sur les courses du challenge
départemental. Les moins de 18 ans remplissent juste le questionnaire.</p>
</article>
<article>
<p class="meta">Posté par <b>Karine (secrétaire)</b> le 15/09/2025 à 10:02</p>
<p>Petit rappel aussi pour la cotisation : 95 € adultes, 60 € jeunes, le Pass'Sport est accepté. Pour
Gilles, le bureau a décidé hier soir de lui offrir sa licence cette saison, il ne le sait pas encore,
Fred tu lui diras ? Et je propose qu'on mette sa licence en « loisir » pour qu'il n'ait pas besoin de
certificat tout de suite, son oncologue ne voudra sans doute rien signer avant la fin des rayons.</p>
</article>
<article>
<p class="meta">Posté par <b>Nadège_B</b> le 15/09/2025 à 11:20</p>
<p>Génial pour la licence. Je me charge de la cagnotte pour un bon d'achat chez le magasin de running
d'Agen, il pourra choisir ses nouvelles chaussures pour la reprise.</p>
</article>
<article>
<p class="meta">Posté par <b>Karim_R</b> le 15/09/2025 à 12:48</p>
<p>Pensées pour Gilles. Question pour le coach : pour la prépa marathon, on garde les 3 séances par
semaine jusqu'à fin octobre ou on passe à 4 ? Je suis sur 3h15 objectif.</p>
</article>
<article>
<p class="meta">Posté par <b>Coach Fred</b> le 15/09/2025 à 13:05</p>
<p>Karim : 4 séances à partir du 1er octobre, dont une sortie longue et une séance au seuil. On en
parle mardi. Et je rappelle que le forum est réservé aux membres : ce qui s'y dit reste ici.</p>
</article>
""",
)

HTML_PAGES["s063_espace_club_suivi_certificats_licencies.html"] = (
    "Suivi des licences et certificats — Judo Club Villecrose (administration)",
    """
<h1>Administration — Suivi des licences 2025-2026</h1>
<p>Accès : bureau du club uniquement. Dernière mise à jour : 03/10/2025.</p>
<table>
<tr><th>Licencié</th><th>Catégorie</th><th>Document santé</th><th>Validité</th><th>Remarques</th></tr>
<tr><td>Léa Castex</td><td>Cadette</td><td>certificat</td><td>09/2026</td>
<td>genou gauche opéré (LLI) — pas de randori avant janvier ; suivie par une psychologue, ne pas
aborder les événements de février devant elle</td></tr>
<tr><td>Évan Sabatier</td><td>Mini-poussin</td><td>questionnaire mineur</td><td>—</td>
<td>ne rien communiquer au père (voir fiche)</td></tr>
<tr><td>Thomas Gardère</td><td>Senior</td><td>certificat</td><td>09/2026</td>
<td>épileptique stabilisé — pas de combat en compétition (avis neurologue)</td></tr>
<tr><td>Maëlle Dubosc</td><td>Benjamine</td><td>questionnaire mineur</td><td>—</td>
<td>diabète type 1 — PAI, sucre dans le sac</td></tr>
<tr><td>Jérôme Pécastaing</td><td>Vétéran</td><td>certificat cardiologue</td><td>06/2026</td>
<td>pontage en 2023 — certificat du cardiologue obligatoire chaque année, FC max 140</td></tr>
<tr><td>Samuel Ortiz</td><td>Junior</td><td>certificat</td><td>09/2026</td>
<td>sourd appareillé — consignes visuelles</td></tr>
<tr><td>Nina Perrot</td><td>Poussine</td><td>questionnaire mineur</td><td>—</td>
<td>RAS</td></tr>
</table>
<p>Rappel : ne pas imprimer ce tableau, ne pas l'afficher au dojo.</p>
""",
)

HTML_PAGES["s064_intranet_note_rh_suspension_maitre_nageur.html"] = (
    "Intranet RH — note individuelle",
    """
<p>Intranet RH — dossiers individuels — accès : DGS, RH, directeur des sports</p>
<h1>Situation de M. Ludovic Pérès — MNS contractuel saison 2025</h1>
<p>Mise à jour du 28 juillet 2025 (S. Mallet, RH)</p>
<ul>
<li>7 juillet : suspension à titre conservatoire (état d'ébriété constaté sur le poste de
surveillance, refus d'éthylotest). Traitement maintenu.</li>
<li>15 juillet : entretien préalable. L'agent reconnaît une alcoolodépendance ancienne, un sevrage en
2023 et une rechute au printemps. Il indique être convoqué le 4 septembre devant le tribunal
correctionnel d'Agen pour conduite en état alcoolique (contrôle du 21 juin, 1,1 g/l, suspension de
permis de 6 mois).</li>
<li>18 juillet : avis du médecin de prévention : inaptitude temporaire aux fonctions de surveillance ;
orientation vers le CSAPA d'Agen acceptée par l'agent.</li>
<li>Décision de la présidente (22 juillet) : fin anticipée du contrat au 31 juillet pour motif
disciplinaire (manquement grave à la sécurité des usagers) ; pas d'inscription sur la liste des
vacataires 2026.</li>
</ul>
<p>À ne pas communiquer à l'équipe de la piscine. Réponse type en cas de question : « M. Pérès a
quitté ses fonctions ».</p>
""",
)

HTML_PAGES["s065_webmail_president_rumeurs_entraineur_poussins.html"] = (
    "Webmail — message",
    """
<div class="mail">
<p><b>De :</b> Patrick Lescure &lt;president.usserene@orange.fr&gt;<br>
<b>À :</b> Julien Tessier &lt;j.tessier@coeurdeserene.fr&gt;<br>
<b>Date :</b> 4 novembre 2025 22:47<br>
<b>Objet :</b> besoin de ton avis, c'est délicat</p>
<p>Julien,</p>
<p>Je t'écris en dehors du cadre officiel. Depuis la semaine dernière, deux papas des U9 font
circuler sur le groupe des parents que notre éducateur des poussins, Mathieu Sarrat, « vit avec un
homme » (c'est vrai, il est pacsé avec son compagnon depuis l'an dernier, il me l'avait dit en toute
confiance quand il a pris l'équipe) et qu'il « ne faut pas laisser les gamins seuls avec lui dans le
vestiaire ». Ils exigent que je le remplace. Mathieu est au courant, il est complètement abattu et
parle d'arrêter.</p>
<p>Pour moi il n'y a aucun problème, c'est un super éducateur, son honorabilité a été contrôlée comme
tout le monde, et il n'y a jamais eu la moindre plainte. Mais je ne sais pas comment répondre aux
parents sans que ça dégénère, et je ne veux surtout pas que son orientation se retrouve étalée sur
la place publique encore plus qu'elle ne l'est déjà. Est-ce que la com com ou l'OIS peut m'aider
(rappel de la charte anti-discriminations, réunion avec les parents) ? Est-ce que ce qu'ils font est
punissable ?</p>
<p>Merci de garder ça pour toi.<br>Patrick</p>
</div>
""",
)

HTML_PAGES["s066_site_club_article_depeche_reproduit.html"] = (
    "Actualités — Rugby Club Pradelles",
    """
<nav>Accueil | Équipes | Actualités | Partenaires | Boutique</nav>
<h1>La Dépêche parle de nous !</h1>
<p><i>Article paru dans La Dépêche du Midi, édition du Lot-et-Garonne, 28 octobre 2025 — texte
et photo reproduits intégralement.</i></p>
<h2>Derby sous haute tension à Pradelles</h2>
<p>Par Christine Lafargue</p>
<p>Il y avait du monde, beaucoup de monde, et sans doute un peu trop de passion dimanche au stade de
Pradelles-en-Val. Le derby entre le RC Pradelles et les espoirs du SU Agen a tenu toutes ses
promesses sur le terrain (19-19), mais il restera aussi dans les mémoires pour ce qui s'est passé en
dehors. Fumigènes lancés en direction de la tribune visiteurs, échauffourées sur le parking après le
coup de sifflet final : les gendarmes, présents en nombre, ont dû intervenir à plusieurs reprises.</p>
<p>Sur la pelouse, les Pradellois, menés 6-19 à l'heure de jeu, ont réagi avec un essai en force de
leur talonneur, puis une percée de leur jeune ouvreur Hugo Lafforgue, auteur de 14 points. Les
Agenais, plus frais physiquement, ont manqué une pénalité facile à la dernière minute.</p>
<p>« C'est la fête du rugby qu'on veut, pas ça », regrettait à l'issue de la rencontre le président
pradellois Bernard Castex, qui promet des sanctions contre « les quelques individus » responsables.
La Communauté de communes, propriétaire du stade, a annoncé un bilan du dispositif de sécurité.</p>
<p>[Photo : © Jean-Louis Raynal / La Dépêche du Midi — « La mêlée pradelloise à la 70e minute »]</p>
<p>Partagez cet article sur vos réseaux !</p>
<footer><p>Site du RC Pradelles — webmaster bénévole. Nous n'avons pas d'accord de reproduction avec
La Dépêche, mais c'est pour la bonne cause.</p></footer>
""",
)

HTML_PAGES["s067_tableau_bord_planisport_identifiants.html"] = (
    "Planisport — paramètres du compte",
    """
<h1>Paramètres d'intégration — Communauté de communes Cœur de Sérène</h1>
<p>Page exportée depuis l'interface d'administration le 02/10/2025 pour la documentation du service.</p>
<table>
<tr><th>Paramètre</th><th>Valeur</th></tr>
<tr><td>Identifiant du tenant</td><td>ccs-47-serene</td></tr>
<tr><td>Compte super-admin</td><td>admin.ccs</td></tr>
<tr><td>Mot de passe (changé le 30/09)</td><td>Aquaserene#Brossolette-2025</td></tr>
<tr><td>Secret client OAuth (connecteur RH)</td><td>cs_prod_4b8e0c1fa3d94e6e8c77aa2d19f03b51</td></tr>
<tr><td>Clé API facturation</td><td>psk_live_7f3a91c2e0d84b6f9a1e55c20c7db3a8</td></tr>
<tr><td>Serveur SFTP exports</td><td>sftp://exports.planisport-solutions.fr:2222 — user ccs_exp /
Zk8!vT2q</td></tr>
<tr><td>Double authentification</td><td>désactivée</td></tr>
</table>
<p>Remarque : l'export /export?asso=ID reste accessible sans authentification jusqu'au déploiement
du correctif (reporté au 15 novembre).</p>
""",
)

HTML_PAGES["s068_liste_repas_stage_regimes_confessionnels.html"] = (
    "Stage Cap Sport — commande des repas",
    """
<h1>Commande des repas — stage Sports collectifs 9-11 ans — 20 au 24 octobre 2025</h1>
<p>À transmettre au prestataire de restauration (cuisine centrale de Montbrac) avant le 15 octobre.</p>
<table>
<tr><th>Enfant</th><th>Régime</th><th>Motif indiqué par la famille</th></tr>
<tr><td>Adam Benchikh</td><td>sans porc, viande halal si possible</td><td>religion musulmane</td></tr>
<tr><td>Sarah Lévy</td><td>sans porc, pas de mélange viande/lait</td><td>famille pratiquante (casher)</td></tr>
<tr><td>Yasmine Ouazzani</td><td>sans viande le vendredi</td><td>« période de ramadan décalée,
elle jeûne certains jours, la laisser boire si elle veut »</td></tr>
<tr><td>Élise Marchand</td><td>sans viande le vendredi</td><td>famille catholique traditionaliste</td></tr>
<tr><td>Raphaël Tiberghien</td><td>végétarien</td><td>conviction personnelle</td></tr>
<tr><td>Mohamed Kaci</td><td>sans porc</td><td>religion</td></tr>
<tr><td>Lucas Fournier</td><td>sans gluten</td><td>maladie cœliaque (PAI)</td></tr>
<tr><td>autres (17 enfants)</td><td>standard</td><td>—</td></tr>
</table>
<p>Note : la colonne « motif » ne doit pas être envoyée au prestataire ; elle a été saisie par erreur
sur le portail d'inscription.</p>
""",
)

HTML_PAGES["s069_suivi_campagne_honorabilite_clubs.html"] = (
    "Suivi de la campagne d'honorabilité 2025 — service des sports (accès restreint)",
    """
<header><p>Intranet — Direction des sports — Dossier « Honorabilité » — accès : directeur des sports,
chargée de la vie associative</p></header>
<h1>Campagne de contrôle d'honorabilité 2025-2026 — tableau de suivi</h1>
<p>Objet : suivi des listes d'encadrants transmises par les clubs utilisateurs des équipements
intercommunaux (article 4 de la convention de mise à disposition) et des retours du service
départemental à la jeunesse, à l'engagement et aux sports (SDJES 47). Dernière mise à jour :
14 novembre 2025.</p>
<h2>1. Avancement</h2>
<p>46 clubs concernés ; 46 listes reçues (dont 5 après relance) ; 1 124 encadrants déclarés
(798 bénévoles, 61 salariés, 265 dirigeants). Contrôle automatisé effectué par les fédérations pour
les clubs affiliés et par la plateforme TAM pour les accueils collectifs de mineurs organisés par la
Communauté de communes (34 encadrants des stages).</p>
<table>
<tr><th>Club</th><th>Encadrants déclarés</th><th>Date de transmission</th><th>Retour SDJES</th></tr>
<tr><td>US Sérène Football</td><td>84</td><td>22/09</td><td>aucune inscription</td></tr>
<tr><td>RC Pradelles-Val de Sérène</td><td>61</td><td>30/09</td><td>1 dossier examiné (voir 2.1)</td></tr>
<tr><td>HBC Montbrac</td><td>48</td><td>18/09</td><td>aucune inscription</td></tr>
<tr><td>Judo Club Villecrose</td><td>12</td><td>05/09</td><td>aucune inscription</td></tr>
<tr><td>Natation Sérène</td><td>31</td><td>26/09</td><td>aucune inscription</td></tr>
<tr><td>Gymnastique Sérène</td><td>27</td><td>29/09</td><td>aucune inscription</td></tr>
<tr><td>Les Archers de Brézolles</td><td>9</td><td>10/10 (relance)</td><td>1 dossier examiné (voir 2.2)</td></tr>
<tr><td>Futsal Club Saint-Aubin</td><td>14</td><td>21/10 (relance)</td><td>1 dossier examiné (voir 2.3)</td></tr>
<tr><td>Autres clubs (38)</td><td>838</td><td>—</td><td>aucune inscription</td></tr>
<tr><td>Stages Cap Sport (organisateur CC)</td><td>34</td><td>15/09</td><td>1 inscription (voir 2.2)</td></tr>
</table>
<h2>2. Dossiers individuels — strictement confidentiel</h2>
<h3>2.1 RC Pradelles — M. Anthony Viguié (éducateur bénévole des cadets, déclaré par le club)</h3>
<p>Pas d'inscription au B2 ni au FIJAIS à la date du contrôle. Toutefois l'intéressé fait l'objet
d'une interdiction administrative de stade notifiée le 31 octobre 2025 et est convoqué devant le
tribunal correctionnel d'Agen le 15 janvier 2026 pour violences en réunion. Échange avec le président
du club le 6 novembre : le club a retiré M. Viguié de l'encadrement des cadets dans l'attente du
jugement. À revoir après l'audience.</p>
<h3>2.2 Les Archers de Brézolles / stages — M. Fabrice Delcros</h3>
<p>Inscription au B2 : condamnation du 14/02/2019 (tribunal correctionnel d'Agen) pour conduite sous
l'empire d'un état alcoolique en récidive et blessures involontaires (ITT &gt; 3 mois). Pas
d'incapacité de plein droit. Avis du SDJES : ne pas lui confier la conduite de véhicules transportant
des mineurs. Décision du directeur des sports : maintien comme intervenant tir à l'arc lors des stages,
exclusion de la conduite du minibus ; information du président des Archers (sans communication du
détail de la condamnation) le 2 octobre.</p>
<h3>2.3 Futsal Club Saint-Aubin — M. Samir Haddad</h3>
<p>Contrôle sans inscription. Le dossier figure au tableau uniquement parce que le président du club
avait sollicité en mars un accompagnement sur des questions de pratique religieuse dans les
vestiaires ; la médiation a eu lieu le 2 avril avec le référent laïcité ; l'éducateur a accepté de
cesser toute pratique collective dans les locaux. Aucun élément ne justifie une autre mesure.
Supprimer cette ligne à la prochaine mise à jour.</p>
<h3>2.4 Judo Club Villecrose — rappel</h3>
<p>L'ancien professeur (signalement au procureur du 18 février 2025) n'est plus déclaré par le club.
L'interdiction d'accès aux équipements intercommunaux prononcée par arrêté du 14 février 2025 est
maintenue ; la procédure pénale est en cours (mise en examen en juin 2025 selon le club, information
non confirmée par le parquet). Le SDJES a pris une mesure d'interdiction temporaire d'exercer le
10 mars 2025.</p>
<h3>2.5 Stages — animateurs vacataires</h3>
<p>Deux animatrices recrutées pour les vacances d'hiver n'ont pas encore été déclarées sur la
plateforme TAM : elles ne pourront pas prendre leur poste avant la saisie et le retour du contrôle.</p>
<p>Relance à faire : Les Archers de Brézolles n'ont pas encore retourné l'attestation d'information de
leurs encadrants sur l'existence du contrôle.</p>
<h2>3. Rappels</h2>
<p>Ce tableau ne doit jamais être transmis aux clubs. Les informations relatives aux condamnations
sont conservées pendant la durée de la saison, puis supprimées. Toute demande d'un tiers (journaliste,
parent, élu) est renvoyée vers le directeur des sports.</p>
""",
)

HTML_PAGES["s070_suivi_parcours_jeunes_reussite_educative_sport.html"] = (
    "Programme de réussite éducative — volet sport (fiches de suivi)",
    """
<header><p>Plateforme partagée PRE Cœur de Sérène — accès : coordinatrice PRE, référents de parcours,
éducateur sportif référent — données soumises au secret partagé</p></header>
<h1>Volet « Sport et réussite » — revue des parcours du 21 novembre 2025</h1>
<p>Participants à l'équipe pluridisciplinaire de soutien : Mme Fanny Lacoste (coordinatrice PRE),
M. Romain Delpech (éducateur sportif, Communauté de communes), Mme Agnès Vidal (assistante sociale
scolaire), M. Karim Ziani (éducateur de prévention, association Sérène Prévention). L'accord écrit des
familles au partage d'informations a été recueilli pour chaque enfant.</p>
<h2>Enzo (10 ans, CM2, Saint-Aubin)</h2>
<p>Situation : vit avec sa mère et ses deux sœurs ; père décédé en 2023 (accident de la route). La
mère, en dépression depuis le décès, suivie au CMP, a signalé ne plus réussir à « le tenir ». Enzo
cumule les exclusions de cantine pour bagarres. Inscrit au HBC Montbrac en septembre grâce au
Pass'Sport et à l'aide « Coup de pouce » ; présence régulière, l'entraîneur le décrit comme
« un gamin qui se calme dès qu'il a un ballon ». Objectifs : maintenir la pratique, organiser le
transport (la mère ne conduit plus) ; RDV avec le CMPP demandé. Point en février.</p>
<h2>Lina (12 ans, 5e, Montbrac)</h2>
<p>Situation : famille monoparentale, mère au RSA, expulsion locative prononcée en juillet, famille
hébergée à l'hôtel par le 115 puis relogée en urgence à Villecrose en octobre. Décrochage scolaire
(38 demi-journées d'absence). Lina a abandonné la natation en raison du déménagement. Une information
préoccupante a été transmise par le collège en septembre (suspicion de négligence) ; évaluation en
cours par la CRIP. Objectifs : réinscription à la natation à Aquasérène (créneau du mercredi, prise
en charge du transport par le PRE) ; lien avec l'assistante sociale de secteur.</p>
<h2>Kylian (13 ans, 4e, Pradelles)</h2>
<p>Situation : suivi par la protection judiciaire de la jeunesse depuis mars (mesure éducative
judiciaire après des vols avec violence en réunion). Père en détention. Kylian a participé aux
stages Cap Sport de l'été avec un comportement exemplaire et a demandé à s'inscrire au RC Pradelles.
Le club accepte, l'éducateur PJJ est favorable. Objectifs : licence au RC Pradelles (aide PRE
80 €), binôme avec un jeune bénévole du club ; point mensuel avec l'éducateur PJJ.</p>
<h2>Inès (9 ans, CM1, Villecrose)</h2>
<p>Situation : enfant reconnue en situation de handicap (trouble du spectre de l'autisme, notification
MDPH, AESH à l'école). Parents séparés, conflit important autour de la garde ; la mère souhaite une
activité sportive, le père s'y oppose (« perte de temps »). Accord des deux parents nécessaire pour
l'inscription. Objectifs : proposer l'école multisport (groupe réduit) après médiation familiale ;
lien avec le pôle ressources handicap.</p>
<h2>Noah (11 ans, 6e, Les Granges)</h2>
<p>Situation : famille demandeuse d'asile originaire d'Afghanistan, hébergée au CADA de Villeneuve
jusqu'à décision de l'OFPRA ; très bonne intégration au collège, excellent coureur. Objectifs :
inscription à Athlé Sérène Running, prise en charge de la licence par le PRE, équipement fourni
par la bourse aux équipements ; attention au risque de départ rapide si la demande est rejetée.</p>
<h2>Yanis (8 ans, CE2, Saint-Aubin)</h2>
<p>Situation : mère isolée, RSA, dossier de surendettement ; Yanis est souvent seul après l'école,
la mère travaillant en horaires décalés dans la grande distribution. Inscrit à l'US Sérène en
septembre, il ne vient qu'une fois sur deux faute de transport. Objectifs : organiser le
covoiturage avec une autre famille du club (accord de la mère), inscription à l'aide aux devoirs de
Coup de pouce Sérène le mardi.</p>
<p class="note">Note de la coordinatrice : les informations relatives aux mesures judiciaires et au
statut administratif des familles ne doivent figurer que dans ces fiches, jamais dans les courriels.</p>
<h2>Décisions de l'équipe</h2>
<p>Financement de 4 licences et du transport de 2 enfants ; sollicitation de l'OIS pour un parrainage
par des sportifs du territoire ; prochaine revue le 13 février 2026. Rappel : ces fiches ne sont pas
transmises aux clubs, qui ne reçoivent que le nom de l'enfant et le montant de l'aide.</p>
""",
)

HTML_PAGES["s071_notes_entraineur_recrutement_origines.html"] = (
    "Notes de l'entraîneur — détection U13",
    """
<h1>Détection U13 — notes perso (Google Sites privé, partagé avec le bureau)</h1>
<p>Journée de détection du 17 mai 2025, stade Brossolette — 34 enfants vus.</p>
<ul>
<li><b>Dylan Reyes</b> — gaucher, très bonne conduite de balle. Famille de gens du voyage installée
sur l'aire d'accueil de Saint-Aubin, risque de partir en cours de saison ; « à voir si on investit ».</li>
<li><b>Ismaël Touré</b> — puissant, rapide. Parents d'origine guinéenne, le père ne parle pas bien
français, passer par le grand frère pour les papiers.</li>
<li><b>Tom Lagarde</b> — technique moyenne mais sérieux, père au comité directeur.</li>
<li><b>Rayane Amrani</b> — meilleur joueur de la journée. Le coach de Montbrac dit que « les Maghrébins
du quartier de la Gare foutent le bordel dans les équipes », je ne suis pas d'accord, on le prend.</li>
<li><b>Kenzo Delmas</b> — gardien, grand. Mère d'origine vietnamienne, très investie.</li>
</ul>
<p>Décision : prendre Dylan, Ismaël, Rayane, Kenzo. Ne pas faire circuler ces notes.</p>
""",
)

HTML_PAGES["s072_grille_tarifaire_confidentielle_sponsor_maillots.html"] = (
    "Proposition confidentielle — partenariat maillots",
    """
<h1>Eldera Teamwear — proposition réservée au Rugby Club Pradelles</h1>
<p><b>Confidentiel — secret des affaires.</b> Cette grille est réservée au président et au trésorier
du RCPVS ; elle ne doit pas être communiquée à l'OIS, aux autres clubs ni aux distributeurs.</p>
<table>
<tr><th>Article</th><th>Prix public</th><th>Prix RCPVS</th><th>Coût de revient Eldera</th></tr>
<tr><td>Maillot match sublimé</td><td>54 €</td><td>21,50 €</td><td>9,80 €</td></tr>
<tr><td>Short match</td><td>29 €</td><td>11,00 €</td><td>4,60 €</td></tr>
<tr><td>Survêtement club</td><td>79 €</td><td>33,00 €</td><td>17,20 €</td></tr>
<tr><td>Sac de sport brodé</td><td>45 €</td><td>18,00 €</td><td>7,90 €</td></tr>
</table>
<p>Conditions : exclusivité 3 saisons ; logo Eldera sur la manche ; dotation de 40 maillots offerts
par saison. Les prix RCPVS sont inférieurs de 28 % à ceux accordés à notre distributeur régional
Sport'Ouest ; la divulgation de cette grille mettrait fin à l'accord.</p>
""",
)

HTML_PAGES["s073_note_confidentielle_fusion_clubs_football.html"] = (
    "Note — projet de rapprochement des clubs de football",
    """
<p class="marquage"><b>CONFIDENTIEL — NE PAS DIFFUSER</b> — Note à l'attention de la présidente et du
vice-président chargé des sports — préparée par le directeur des sports — 8 janvier 2026</p>
<h1>Projet de fusion US Sérène Football / Montbrac FC / Entente Pradelles-Lavaur</h1>
<h2>1. Contexte</h2>
<p>Les présidents des trois clubs de football du territoire ont sollicité, lors d'une réunion informelle
le 12 décembre 2025, l'appui de la Communauté de communes pour étudier un rapprochement. Le projet
n'est pas connu des adhérents ni des communes ; toute fuite pourrait le faire échouer, les
assemblées générales des trois clubs devant se prononcer au printemps. La présente note est
strictement réservée à ses destinataires.</p>
<h2>2. Situation des clubs</h2>
<p>L'US Sérène (612 licenciés) est en croissance, notamment chez les féminines, et dispose du nouveau
terrain synthétique. Le Montbrac FC (274 licenciés) connaît une situation financière dégradée : le
président a indiqué que le club accuse un déficit cumulé de 38 000 €, qu'il doit 14 000 € à l'URSSAF
au titre des cotisations de son éducateur salarié et qu'un échéancier est en cours de négociation ; il
redoute une procédure collective avant l'été. Le club fait en outre l'objet d'une sanction du district
(huis clos partiel) après les propos racistes tenus lors d'une rencontre de jeunes en mars 2025.
L'Entente Pradelles-Lavaur (298 licenciés) est saine financièrement mais manque de dirigeants : son
président, âgé de 76 ans, souhaite se retirer.</p>
<h2>3. Scénarios</h2>
<p>Scénario A — fusion-absorption par l'US Sérène, qui reprendrait l'actif et le passif des deux autres
clubs ; risque : reprise de la dette du Montbrac FC. Scénario B — création d'un club nouveau
(« Sérène Football Club ») et dissolution des trois associations, avec dévolution de leur actif ;
risque : hostilité des communes de Montbrac et de Pradelles, attachées à « leur » club. Scénario C —
groupement d'employeurs et ententes de jeunes, sans fusion ; solution minimale, réversible.</p>
<h2>4. Position proposée pour la Communauté de communes</h2>
<p>Ne pas prendre parti publiquement avant les assemblées générales ; proposer un accompagnement
juridique (prise en charge d'un avocat spécialisé à hauteur de 5 000 €) ; conditionner toute aide
exceptionnelle au Montbrac FC à la production d'un plan de redressement ; préparer une délibération
de principe pour le conseil de mai, sans mention de la situation financière détaillée des clubs.</p>
<h2>5. Calendrier confidentiel</h2>
<p>Réunion des trois bureaux le 29 janvier (salle de réunion des Tanneries, à huis clos) ; étude
juridique en février ; présentation aux maires concernés le 10 mars ; assemblées générales
extraordinaires en avril ; création éventuelle du nouveau club au 1er juillet 2026 pour la saison
2026-2027 (délai de la Ligue pour les fusions : 30 juin).</p>
<h2>6. Points de vigilance</h2>
<p>Les éducateurs salariés des clubs doivent être informés par leurs employeurs avant toute
communication. Les subventions 2026 déjà votées restent acquises à chaque club jusqu'à la fusion.
La communication sera assurée conjointement par les trois présidents et la présidente de la
Communauté de communes, à une date à fixer. Aucune information ne doit être donnée à la presse.</p>
""",
)

HTML_PAGES["s074_lettre_interne_carnet_equipe_sports.html"] = (
    "La lettre de l'équipe — service des sports — n° 18",
    """
<h1>La lettre de l'équipe — décembre 2025</h1>
<p>Lettre interne du service des sports, diffusée aux 12 agents par messagerie. Ne pas transférer.</p>
<h2>Les nouvelles</h2>
<p>Bienvenue à Mathilde, qui rejoint l'équipe des stages en CDD jusqu'en août !</p>
<p>Nadia (accueil Tanneries) est en congé maternité anticipé depuis le 1er décembre : sa grossesse
(des jumeaux !) est compliquée et sa gynécologue lui a prescrit un repos strict allongé jusqu'à
l'accouchement, prévu fin février. Elle nous fait dire qu'elle s'ennuie et qu'elle accepte les
messages, mais pas les visites pour l'instant. Son remplacement est assuré par Corinne le matin.</p>
<p>Romain revient à temps partiel thérapeutique à partir du 5 janvier après son opération de l'épaule.
Merci de ne pas lui confier de port de charges (tapis, buts) jusqu'à nouvel ordre.</p>
<h2>Agenda</h2>
<p>Repas de fin d'année : vendredi 19 décembre, 12 h 30, au club-house du stade Brossolette. Chacun
apporte un dessert. Trophées des sports : 7 février, toute l'équipe est attendue.</p>
""",
)

HTML_PAGES["s075_liste_appel_stage_consignes_particulieres.html"] = (
    "Liste d'appel — stage Pleine nature — groupe 11-14 ans",
    """
<h1>Liste d'appel — Pleine nature 11-14 ans — 20-24 octobre 2025</h1>
<p>Document de l'animateur référent — à garder sur soi, ne pas laisser dans le minibus.</p>
<table>
<tr><th>Enfant</th><th>Commune</th><th>Qui vient le chercher</th><th>Consigne particulière</th></tr>
<tr><td>Jessy B.</td><td>Pradelles</td><td>Mme Vidal (assistante familiale) ou Mme Soulié (ASE)</td>
<td>placé ASE — JAMAIS au père ; pas de photo</td></tr>
<tr><td>Océane M.</td><td>Montbrac</td><td>grand-mère</td>
<td>suivie par l'éducatrice AEMO, mère hospitalisée — prévenir l'AEMO si absence</td></tr>
<tr><td>Théo R.</td><td>Villecrose</td><td>seul (autorisation)</td><td>—</td></tr>
<tr><td>Kylian D.</td><td>Pradelles</td><td>éducateur PJJ le vendredi</td>
<td>mesure PJJ — pas de sortie seul du groupe</td></tr>
<tr><td>Lou P.</td><td>Les Granges</td><td>mère</td><td>—</td></tr>
<tr><td>Sacha V.</td><td>Saint-Aubin</td><td>père ou mère (garde alternée)</td>
<td>semaine chez le père : ne pas remettre à la mère (ordonnance JAF)</td></tr>
</table>
""",
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_annuaire_associations_sport_solidarite.html"] = (
    "Annuaire des associations — Cœur de Sérène",
    """
<nav>Accueil &gt; Vivre &gt; Associations &gt; Annuaire</nav>
<h1>Annuaire des associations</h1>
<p>Les associations figurant dans cet annuaire ont demandé leur inscription et autorisé la publication
des coordonnées ci-dessous (contact associatif). Pour ajouter ou modifier une fiche :
vie.associative@coeurdeserene.fr.</p>
<h2>Sport</h2>
<dl>
<dt>Athlé Sérène Running</dt><dd>Athlétisme, course sur route, trail, marche nordique. Président :
Jean-Marc Péré. Stade Brossolette, mardi et jeudi 19 h. contact@athleserene.fr</dd>
<dt>Badminton Pradelles</dt><dd>Loisir et compétition dès 8 ans. Gymnase Jean-Moulin. Présidente :
Céline Roux. badpradelles@gmail.com</dd>
<dt>Basket Club Saint-Aubin</dt><dd>Mini-basket, équipes jeunes, seniors. Gymnase des Tanneries.
bcsaintaubin@orange.fr</dd>
<dt>Canoë-kayak du lac de Lavaur</dt><dd>Initiation, randonnée, compétition, para-canoë. Base nautique.
ckll47@gmail.com</dd>
<dt>Cyclo-Club Val de Sérène</dt><dd>Cyclotourisme, VTT, organisation de « La Sérénade ». Président :
Hervé Daubas. ccvs47@laposte.net</dd>
<dt>Force Athlétique Sérène</dt><dd>Force athlétique, développé couché, salle de musculation des
Tanneries. forceserene@gmail.com</dd>
<dt>Futsal Club Saint-Aubin</dt><dd>Futsal jeunes et seniors. Président : Karim Benyahia.
futsalsa@gmail.com</dd>
<dt>Gym Volontaire Sérène</dt><dd>Gymnastique d'entretien, stretching, pilates, gym seniors. Salle des
Granges. Présidente : Josiane Teulet.</dd>
<dt>Gymnastique Sérène</dt><dd>Gymnastique artistique féminine et masculine, baby-gym. Président :
François Lafargue.</dd>
<dt>Handball Club Montbrac</dt><dd>École de hand dès 5 ans, handball adapté, N3 masculine et féminine.
Président : Thierry Bousquet. contact@hbcmontbrac.fr</dd>
<dt>Judo Club Villecrose</dt><dd>Judo, jujitsu, taïso. Dojo intercommunal. Président : Pierre Lacoste.</dd>
<dt>Natation Sérène</dt><dd>École de natation, compétition, nagez forme santé, natation adaptée.
Présidente : Isabelle Carrié.</dd>
<dt>Rugby Club Pradelles-Val de Sérène</dt><dd>École de rugby, cadets, juniors, Fédérale 2, touch.
Président : Bernard Castex.</dd>
<dt>Sérène Volley</dt><dd>Volley loisir, compétition et volley assis. serenevolley@gmail.com</dd>
<dt>Sport pour tous Saint-Aubin</dt><dd>Foot loisir ouvert à tous le jeudi, animations dans les
quartiers. Présidente : Françoise Marty.</dd>
<dt>Tennis de table Les Granges</dt><dd>Loisir et compétition dès 7 ans. ttgranges@free.fr</dd>
<dt>US Sérène Football</dt><dd>École de foot, section féminine, seniors. Président : Patrick Lescure.
secretariat@usserene-foot.fr</dd>
</dl>
<h2>Solidarité et santé</h2>
<dl>
<dt>Secours populaire français — comité de Saint-Aubin</dt><dd>Aide alimentaire, vestiaire, accès aux
vacances, aux loisirs et au sport. Permanences mardi et vendredi.</dd>
<dt>Restos du cœur — antenne de Montbrac</dt><dd>Distribution alimentaire d'hiver et d'été, aide à la
personne.</dd>
<dt>Croix-Rouge française — unité locale de la Sérène</dt><dd>Secourisme, formations PSC1, postes de
secours, vestiboutique.</dd>
<dt>Association pour le don de sang bénévole de la Sérène</dt><dd>Collectes avec l'EFS, 6 par an.</dd>
<dt>France Alzheimer 47 — antenne Sérène</dt><dd>Soutien aux familles, halte-relais mensuelle à
Villecrose.</dd>
<dt>UNAFAM 47</dt><dd>Accueil et soutien des proches de personnes vivant avec des troubles psychiques.
Permanence sur rendez-vous.</dd>
<dt>Ligue contre le cancer — comité de Lot-et-Garonne</dt><dd>Prévention, aide aux malades et à leurs
proches, Octobre rose.</dd>
<dt>France Victimes 47</dt><dd>Aide aux victimes d'infractions, permanence à Saint-Aubin le 2e mardi du
mois.</dd>
<dt>Coup de pouce Sérène</dt><dd>Aide aux devoirs, accompagnement à la scolarité.</dd>
</dl>
<h2>Culture, patrimoine, animation</h2>
<dl>
<dt>Les Amis du patrimoine de Villecrose</dt><dd>Visites, restauration du petit patrimoine, Journées
du patrimoine. Présidente : Geneviève Roussel.</dd>
<dt>Harmonie de Saint-Aubin</dt><dd>Orchestre d'harmonie, école de musique associative.</dd>
<dt>Chorale Les Voix de la Sérène</dt><dd>Répétitions le lundi, salle polyvalente.</dd>
<dt>Cinéma associatif Le Lux</dt><dd>Programmation art et essai, ciné-goûters.</dd>
<dt>Comité des fêtes de Lavaur</dt><dd>Fête de la Saint-Jean, marché de Noël, loto, vide-grenier.</dd>
<dt>Club de l'Amitié de Lavaur</dt><dd>Rencontres, jeux, sorties pour les aînés.</dd>
<dt>Théâtre du Foirail</dt><dd>Troupe amateur, ateliers enfants et adultes.</dd>
</dl>
<h2>Jeunesse et environnement</h2>
<dl>
<dt>Familles rurales Sérène</dt><dd>Accueil de loisirs associatif, ludothèque, relais parents.</dd>
<dt>Sérène Nature</dt><dd>Sorties nature, nettoyage des berges, inventaires participatifs.</dd>
</dl>
<p>Dernière mise à jour : 1er décembre 2025.</p>
""",
)

HTML_PAGES["p137_actualite_forum_associations_retour.html"] = (
    "Forum des associations : une édition record",
    """
<article>
<h1>Forum des associations : une édition record</h1>
<p class="date">Publié le 8 septembre 2025</p>
<p>Environ 4 000 visiteurs ont poussé samedi les portes du complexe des Tanneries pour la 7e édition
du Forum des associations. 118 associations étaient présentes, des clubs sportifs aux associations
de solidarité, en passant par le patrimoine et la musique.</p>
<p>Temps forts de la journée : les démonstrations de judo et de volley assis, le concert de l'Harmonie
de Saint-Aubin et l'initiation aux gestes qui sauvent proposée par la Croix-Rouge, qui a réuni
62 participants. La présidente, Hélène Castaing, a remis les Trophées du bénévolat à six lauréats.</p>
<p>Vous n'avez pas pu venir ? L'annuaire des associations est en ligne, et le service vie associative
vous renseigne toute l'année.</p>
</article>
""",
)

HTML_PAGES["p138_page_inscriptions_stages_hiver.html"] = (
    "Cap Sport Vacances — hiver 2026",
    """
<h1>Cap Sport Vacances — vacances d'hiver 2026</h1>
<p>Du 16 au 20 février et du 23 au 27 février 2026, pour les 6-14 ans.</p>
<ul>
<li>6-8 ans : « Glisse et équilibre » (patinoire d'Agen le mardi, gymnastique, jeux d'opposition).</li>
<li>9-11 ans : « Sports de raquette et sports collectifs ».</li>
<li>11-14 ans : « Défis sportifs » (escalade, tir à l'arc, futsal, course d'orientation).</li>
</ul>
<p>Tarifs selon le quotient familial, de 35 € à 95 € la semaine, repas compris. Ramassage gratuit
depuis Montbrac, Villecrose et Pradelles.</p>
<p>Votre enfant a une allergie, une maladie chronique ou un handicap ? Contactez la direction avant le
stage : nous préparons son accueil avec vous.</p>
<p>Inscriptions à partir du 19 janvier sur le portail famille. Renseignements : 05 53 41 22 31.</p>
""",
)

HTML_PAGES["p139_page_certificat_medical_ce_qui_change.html"] = (
    "Certificat médical : ce qui change",
    """
<h1>Licence sportive : faut-il un certificat médical ?</h1>
<p>Pour les mineurs : plus de certificat obligatoire dans la plupart des sports. Un questionnaire de
santé est rempli avec les parents ; un certificat n'est demandé que si une réponse est positive.</p>
<p>Pour les majeurs : chaque fédération fixe ses règles. Renseignez-vous auprès de votre club.</p>
<p>Disciplines à contraintes particulières (plongée, sports de combat, rugby pour certaines
catégories…) : certificat annuel obligatoire.</p>
<p>Vos informations de santé sont confidentielles : le questionnaire n'est pas remis au club, et la
Communauté de communes ne demande jamais de certificat médical.</p>
<p>En savoir plus : fiche « Certificat médical, questionnaire de santé » de l'Office intercommunal des
sports.</p>
""",
)

HTML_PAGES["p140_page_subventions_associations_demarches.html"] = (
    "Subventions aux associations — démarches",
    """
<nav>Accueil &gt; Vivre &gt; Associations &gt; Subventions</nav>
<h1>Demander une subvention à la Communauté de communes</h1>
<p>La Communauté de communes Cœur de Sérène soutient chaque année plus de cent associations du
territoire : clubs sportifs, associations culturelles et de loisirs, associations de solidarité et de
jeunesse. En 2026, l'enveloppe votée s'élève à 412 000 €, auxquels s'ajoutent la mise à disposition
gratuite des équipements et le prêt de matériel.</p>
<h2>Qui peut en bénéficier ?</h2>
<p>Les associations déclarées depuis au moins un an, ayant leur siège ou leur activité principale sur le
territoire, dont l'activité est ouverte au public, et qui ont souscrit le contrat d'engagement
républicain. Les associations cultuelles, politiques ou syndicales ne sont pas éligibles ; une
association à caractère religieux peut être aidée pour une action d'intérêt général distincte du culte.</p>
<h2>Quelles aides ?</h2>
<ul>
<li><b>Fonctionnement</b> : calculée selon une grille publique (adhérents du territoire, jeunes,
encadrement diplômé, publics éloignés, gestion).</li>
<li><b>Projet</b> : jusqu'à 50 % du coût d'une action (tournoi, festival, création de section).</li>
<li><b>Équipement</b> : jusqu'à 30 % d'un achat de plus de 1 000 € HT.</li>
<li><b>Exceptionnelle</b> : en cas de sinistre ou de difficulté passagère.</li>
<li><b>En nature</b> : équipements sportifs, salles, matériel, impressions.</li>
</ul>
<h2>Le calendrier</h2>
<table>
<tr><th>Étape</th><th>Date</th></tr>
<tr><td>Ouverture de la plateforme</td><td>15 septembre</td></tr>
<tr><td>Date limite (fonctionnement, projets du 1er semestre)</td><td>15 novembre</td></tr>
<tr><td>Commission</td><td>janvier</td></tr>
<tr><td>Vote du conseil communautaire</td><td>février</td></tr>
<tr><td>Premier versement</td><td>mars</td></tr>
<tr><td>Date limite (projets du 2nd semestre)</td><td>15 mai</td></tr>
</table>
<h2>Comment déposer ma demande ?</h2>
<p>Sur la plateforme en ligne, en suivant les rubriques du formulaire CERFA n° 12156. Préparez : les
statuts, la composition du bureau, les derniers comptes approuvés, le rapport d'activité, le budget
prévisionnel, un RIB, et pour les clubs l'attestation d'affiliation et le nombre de licenciés par âge
et par commune.</p>
<p><b>Ne transmettez pas de données personnelles inutiles</b> : nous n'avons besoin ni de la liste
nominative de vos adhérents, ni d'informations sur leur santé, leur situation familiale ou sociale.
Indiquez des effectifs.</p>
<h2>Après le vote</h2>
<p>Au-delà de 23 000 € d'aides par an, une convention d'objectifs est signée. L'association produit un
compte rendu financier dans les six mois suivant la fin de son exercice et peut être contrôlée par la
Communauté de communes, comme le prévoit la loi. Un programme annuel de contrôle est voté par le
conseil et publié.</p>
<h2>Les documents utiles</h2>
<ul>
<li>Règlement d'attribution des subventions (PDF)</li>
<li>Guide pratique 2026 (PDF)</li>
<li>Guide du trésorier (PDF)</li>
<li>Délibération d'attribution 2026 et liste des associations bénéficiaires (PDF)</li>
<li>Modèle de compte rendu financier (CERFA n° 15059)</li>
</ul>
<h2>Questions fréquentes</h2>
<p><b>Mon association vient d'être créée.</b> Vous pouvez présenter un projet dans le cadre de
l'appel à projets « Initiatives jeunes » si les porteurs ont moins de 30 ans ; la subvention de
fonctionnement n'est possible qu'après un an d'existence.</p>
<p><b>Un élu communautaire est membre de notre bureau.</b> Aucun problème : il ne participera pas au
vote de votre dossier. Signalez-le dans votre demande.</p>
<p><b>Nous avons eu un problème de gestion (trésorier démissionnaire, comptes incomplets).</b>
Contactez le service : il vous accompagne pour régulariser la situation. Une association victime d'un
détournement n'est pas pénalisée dans l'attribution de ses aides.</p>
<p><b>Pouvons-nous recevoir d'autres aides publiques pour le même projet ?</b> Oui (Département,
Région, Agence nationale du sport, FDVA), à condition de les mentionner dans le budget et de ne pas
financer deux fois la même dépense.</p>
<p><b>Quand saurons-nous si notre demande est acceptée ?</b> Une notification vous est adressée en
mars, après le vote du conseil ; en cas de refus ou de montant inférieur à la demande, la décision est
motivée.</p>
<p><b>Faut-il un commissaire aux comptes ?</b> Seulement si votre association reçoit plus de
153 000 € de subventions publiques par an ; sinon, des vérificateurs aux comptes élus suffisent.</p>
<h2>Contact</h2>
<p>Service vie associative — Claire Montagut — 05 53 41 22 10 — vie.associative@coeurdeserene.fr —
permanences à Villecrose, Montbrac, Saint-Aubin et Pradelles.</p>
""",
)

HTML_PAGES["p141_resultats_sportifs_week_end.html"] = (
    "Résultats du week-end — 8 et 9 novembre 2025",
    """
<h1>Les résultats du week-end</h1>
<p>Rubrique alimentée par les clubs — publiée le lundi 10 novembre 2025.</p>
<ul>
<li><b>Football</b> — Match de gala pour l'inauguration du terrain synthétique : US Sérène vétérans –
SU Agen vétérans 3-3 (buts de Patrick Lescure, Anthony Mas et Karim Saïdi). Régional 3 : US Sérène –
Tonneins 2-1.</li>
<li><b>Rugby</b> — Fédérale 2 : Marmande – RC Pradelles 17-22 ; 17 points de Hugo Lafforgue.</li>
<li><b>Handball</b> — N3 féminine : HBC Montbrac – Mérignac 31-24 ; 9 buts de Marion Cazes.</li>
<li><b>Natation</b> — Interclubs départementaux : Natation Sérène 1re au classement des clubs.</li>
<li><b>Athlétisme</b> — Cross de Nérac : victoire de Rayan Bousquet chez les juniors.</li>
<li><b>Tennis de table</b> — Pré-régionale : TT Les Granges – Villeneuve 8-6.</li>
</ul>
<p>Clubs : envoyez vos résultats avant dimanche 20 h à communication@coeurdeserene.fr.</p>
""",
)

HTML_PAGES["p142_piscine_horaires_reglement_usagers.html"] = (
    "Piscine Aquasérène — horaires et règlement",
    """
<h1>Piscine intercommunale Aquasérène</h1>
<h2>Horaires (période scolaire)</h2>
<p>Lundi, jeudi : 12 h – 13 h 45 et 17 h – 19 h 30. Mardi : 12 h – 13 h 45 et 17 h – 21 h (nocturne).
Mercredi : 10 h – 19 h. Vendredi : 12 h – 13 h 45 et 17 h – 20 h. Samedi : 14 h – 18 h. Dimanche :
9 h – 13 h.</p>
<h2>Quelques règles</h2>
<ul>
<li>Douche savonnée obligatoire ; maillot de bain ajusté (shorts et caleçons interdits).</li>
<li>Les enfants de moins de 10 ans sont accompagnés d'un adulte en tenue de bain.</li>
<li>Il est interdit de courir sur les plages, de pousser, de plonger dans le petit bassin.</li>
<li>Les personnes présentant une plaie ou une maladie contagieuse ne doivent pas se baigner.</li>
<li>Tout comportement dangereux ou irrespectueux entraîne l'exclusion de l'établissement.</li>
</ul>
<p>Accessibilité : fauteuil de mise à l'eau, vestiaire adapté ; tarif réduit pour les titulaires de la
carte mobilité inclusion, gratuité pour l'accompagnateur si la carte le mentionne.</p>
""",
)

HTML_PAGES["p143_pass_sport_mode_emploi.html"] = (
    "Pass'Sport : 50 € pour la licence",
    """
<h1>Pass'Sport : 50 € pour s'inscrire dans un club</h1>
<p>Le Pass'Sport est une aide de l'État de 50 € pour financer l'adhésion dans un club sportif. Il
concerne les jeunes de 6 à 17 ans dont la famille perçoit l'allocation de rentrée scolaire, les
bénéficiaires de l'AEEH de 6 à 19 ans, les bénéficiaires de l'AAH de 16 à 30 ans, et les étudiants
boursiers jusqu'à 28 ans.</p>
<p>Le code est envoyé directement aux familles ; il suffit de le présenter au club lors de
l'inscription. 39 clubs du territoire acceptent le Pass'Sport.</p>
<p>En complément, la Communauté de communes propose l'aide « Coup de pouce licence » (60 ou 80 €)
pour les familles orientées par un travailleur social. Renseignez-vous auprès du CCAS de votre
commune ou de la maison départementale des solidarités.</p>
""",
)

HTML_PAGES["p144_marches_publics_attribues_sport.html"] = (
    "Marchés publics attribués — équipements sportifs",
    """
<h1>Liste des marchés attribués en 2025 — équipements sportifs</h1>
<p>Publication au titre de l'article R. 2196-1 du code de la commande publique (données essentielles).</p>
<table>
<tr><th>Objet</th><th>Titulaire</th><th>Montant HT</th><th>Date</th></tr>
<tr><td>Terrain de football en gazon synthétique — stade Brossolette</td><td>SportingSols Sud-Ouest</td>
<td>698 420 €</td><td>12/06/2025</td></tr>
<tr><td>Rénovation énergétique et accessibilité du gymnase Jean-Moulin (6 lots)</td><td>voir avis</td>
<td>940 325 €</td><td>29/04/2025</td></tr>
<tr><td>Vidéoprotection stade Brossolette et gymnase Jean-Moulin</td><td>Sécurité Garonne Systèmes</td>
<td>48 600 €</td><td>17/09/2025</td></tr>
<tr><td>Prestations de sécurité privée lors des manifestations sportives (accord-cadre)</td>
<td>Vigil'Aquitaine</td><td>max. 40 000 €/an</td><td>03/03/2025</td></tr>
<tr><td>Transport des enfants des stages (accord-cadre)</td><td>Transports Sérène</td>
<td>max. 60 000 €/an</td><td>21/01/2025</td></tr>
<tr><td>Plateforme de réservation et de dépôt des subventions</td><td>Planisport Solutions</td>
<td>38 500 € (4 ans)</td><td>02/05/2025</td></tr>
</table>
""",
)

HTML_PAGES["p145_octobre_rose_course_solidaire.html"] = (
    "Octobre rose 2025 — course-marche solidaire",
    """
<h1>Octobre rose : courons et marchons ensemble le 5 octobre</h1>
<p>Dimanche 5 octobre 2025, départ 10 h du stade Brossolette : parcours de 5 km en course ou en marche,
ouvert à tous. Inscription : 8 € (gratuit pour les moins de 12 ans), intégralement reversés au comité de
Lot-et-Garonne de la Ligue contre le cancer.</p>
<p>Sur place, le stand de la Ligue informe sur le dépistage organisé du cancer du sein (mammographie
tous les deux ans, prise en charge à 100 %, pour les femmes de 50 à 74 ans) et sur les soins de
support proposés gratuitement aux personnes malades : activité physique adaptée, soutien
psychologique, socio-esthétique. La Maison sport-santé présentera ses ateliers « après cancer ».</p>
<p>Tenue rose bienvenue ! Échauffement en musique à 9 h 40 avec Gym Volontaire Sérène.</p>
<p>L'an dernier, 1 260 participants ont permis de reverser 9 870 € à la Ligue.</p>
""",
)

HTML_PAGES["p146_offre_emploi_maitre_nageur_saison.html"] = (
    "Recrutement — maîtres-nageurs sauveteurs saison 2026",
    """
<h1>La piscine Aquasérène recrute des maîtres-nageurs sauveteurs (H/F)</h1>
<p>Contrats saisonniers du 15 juin au 31 août 2026 (temps complet, travail le week-end par
roulement).</p>
<p>Missions : surveillance des bassins et application du plan d'organisation de la surveillance et des
secours ; enseignement de la natation (leçons, stages enfants) ; animation d'aquagym.</p>
<p>Profil : BPJEPS AAN ou BEESAN, ou titre de maître-nageur sauveteur ; CAEPMNS à jour ; PSE1 à jour.
Sens des responsabilités, vigilance, capacité à travailler en équipe.</p>
<p>Rémunération : grille des éducateurs territoriaux des APS + prime estivale. Possibilité de logement
à tarif modéré.</p>
<p>Poste soumis au contrôle d'honorabilité. Candidatures : recrutement@coeurdeserene.fr avant le
31 mars 2026.</p>
""",
)

HTML_PAGES["p147_agenda_sportif_decembre.html"] = (
    "Agenda sportif — décembre 2025",
    """
<h1>Agenda sportif de décembre</h1>
<ul>
<li>Samedi 6 — Téléthon : défi « 24 heures de natation » à Aquasérène, avec Natation Sérène.</li>
<li>Dimanche 7 — Cross de Noël de l'Athlé Sérène Running, parc de Villecrose, 10 h.</li>
<li>Samedi 13 — N3 masculine : HBC Montbrac – Angoulême, gymnase Jean-Moulin, 20 h 30.</li>
<li>Dimanche 14 — Fédérale 2 : RC Pradelles – Lormont, stade de Pradelles, 15 h.</li>
<li>Mercredi 17 — Tournoi de Noël de l'école multisport, gymnase des Tanneries, 14 h.</li>
<li>Samedi 20 — Nuit du futsal, Futsal Club Saint-Aubin, Tanneries, 19 h.</li>
</ul>
<p>Les gymnases seront fermés du 24 décembre au 1er janvier inclus.</p>
""",
)

HTML_PAGES["p148_ordre_du_jour_conseil_communautaire.html"] = (
    "Conseil communautaire du 17 février 2026 — ordre du jour",
    """
<h1>Conseil communautaire — mardi 17 février 2026, 18 h 30</h1>
<p>Salle du conseil, siège de la Communauté de communes, Saint-Aubin-sur-Sérène. Séance publique,
retransmise en direct sur le site internet.</p>
<ol>
<li>Approbation du procès-verbal de la séance du 16 décembre 2025.</li>
<li>Budget primitif 2026 — budget principal et budgets annexes.</li>
<li>Attribution des subventions aux associations pour 2026.</li>
<li>Conventions d'objectifs avec le RC Pradelles-Val de Sérène, le HBC Montbrac et Familles rurales.</li>
<li>Programme de contrôle des associations subventionnées 2026.</li>
<li>Rapport annuel 2025 « Sport et vie associative ».</li>
<li>Tarifs des stages Cap Sport Vacances 2026.</li>
<li>Maison sport-santé : convention avec l'ARS Nouvelle-Aquitaine.</li>
<li>Délégation de service public de la piscine : point d'étape (sans vote).</li>
<li>Questions orales.</li>
</ol>
<p>Les rapports sont consultables au siège et en ligne.</p>
""",
)

HTML_PAGES["p149_appel_benevoles_trail_serene.html"] = (
    "Trail de la Sérène — appel à bénévoles",
    """
<h1>Trail de la Sérène 2026 : on a besoin de vous !</h1>
<p>Le 10 mai 2026, 900 coureurs sont attendus sur les trois parcours (12, 25 et 45 km) au départ de
Villecrose. Pour que la fête soit belle, il faut 170 bénévoles.</p>
<p>Missions : signaleurs aux croisements (formation de 30 minutes, gilet fourni), ravitaillements,
accueil et remise des dossards, balisage la veille, débalisage, repas des coureurs, escorte pour le
contrôle antidopage (formation spécifique, personnes majeures).</p>
<p>Chaque bénévole reçoit un tee-shirt, un repas et une invitation à la soirée des bénévoles.</p>
<p>Inscription sur la plateforme « Bénévoles d'un jour » ou au 05 53 41 22 10.</p>
""",
)

HTML_PAGES["p150_politique_confidentialite_portail_associations.html"] = (
    "Politique de confidentialité — portail associations et sports",
    """
<h1>Politique de confidentialité du portail associations et sports</h1>
<p>La présente politique explique comment la Communauté de communes Cœur de Sérène traite les données
personnelles collectées par le portail de réservation des équipements, de dépôt des demandes de
subvention et d'inscription aux stages Cap Sport Vacances. Elle est établie conformément au règlement
général sur la protection des données (RGPD) et à la loi « Informatique et libertés ».</p>
<h2>1. Responsable du traitement</h2>
<p>Communauté de communes Cœur de Sérène, 1 place de la Mairie, 47340 Saint-Aubin-sur-Sérène,
représentée par sa présidente. Délégué à la protection des données : dpo@coeurdeserene.fr.</p>
<h2>2. Quelles données et pourquoi ?</h2>
<table>
<tr><th>Traitement</th><th>Données</th><th>Base légale</th><th>Durée de conservation</th></tr>
<tr><td>Demandes de subvention</td><td>identité et coordonnées des dirigeants, données de
l'association, effectifs agrégés</td><td>mission d'intérêt public</td><td>10 ans</td></tr>
<tr><td>Réservation des équipements</td><td>identité des responsables de créneau, badges</td>
<td>mission d'intérêt public</td><td>durée de la saison + 1 an</td></tr>
<tr><td>Inscriptions aux stages</td><td>identité de l'enfant et des responsables légaux, quotient
familial, personnes autorisées, fiche sanitaire</td><td>mission d'intérêt public ; pour les données de
santé, nécessité de protéger l'enfant et consentement des parents</td><td>données de santé : durée du
stage ; facturation : 10 ans</td></tr>
<tr><td>Contrôle d'honorabilité des encadrants des stages</td><td>identité, date et lieu de naissance</td>
<td>obligation légale</td><td>durée de l'engagement</td></tr>
</table>
<h2>3. Données sensibles</h2>
<p>Les informations relatives à la santé d'un enfant (allergies, traitements, projet d'accueil
individualisé) ne sont collectées que si les parents les jugent utiles à sa sécurité. Elles ne sont
accessibles qu'à la direction du stage et aux animateurs qui en ont besoin, et sont détruites à la fin
de l'accueil. La Communauté de communes ne demande pas de certificat médical et ne collecte aucune
donnée relative aux convictions religieuses : les familles peuvent demander un repas sans viande ou sans
porc sans avoir à en indiquer la raison. Les décisions de justice concernant l'autorité parentale ne
sont conservées que pendant la durée du stage, sous pli fermé.</p>
<h2>4. Destinataires</h2>
<p>Les agents habilités des services sports, vie associative et finances ; le comptable public pour
les paiements ; l'éditeur de la plateforme, sous-traitant lié par un contrat conforme à l'article 28
du RGPD ; les autorités de contrôle dans les cas prévus par la loi. Aucune donnée n'est vendue ni
utilisée à des fins commerciales.</p>
<h2>5. Sécurité</h2>
<p>Les données sont hébergées en France. L'accès est protégé par des identifiants individuels ; la
double authentification est activée pour les comptes d'administration. Les agents sont sensibilisés à
la confidentialité. En cas de violation de données présentant un risque, la Communauté de communes
en informe la CNIL et, le cas échéant, les personnes concernées.</p>
<h2>6. Vos droits</h2>
<p>Vous disposez d'un droit d'accès, de rectification, d'effacement dans les cas prévus par la loi, de
limitation et d'opposition. Pour les exercer : dpo@coeurdeserene.fr ou par courrier. Vous pouvez
introduire une réclamation auprès de la CNIL (www.cnil.fr).</p>
<h2>7. Cookies</h2>
<p>Le portail n'utilise que des cookies strictement nécessaires à son fonctionnement et une mesure
d'audience anonymisée exemptée de consentement.</p>
<p>Dernière mise à jour : 15 septembre 2025.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
