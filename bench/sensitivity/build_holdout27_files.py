"""Build the .docx and .html documents of the hand-written sensitivity set holdout27.

Theme: a public social landlord (office public de l'habitat "Brenne Habitat") and the housing
service of the commune of Castelvieux: housing applications and the allocation committee, rent
arrears and payment plans, neighbourhood troubles and tenants' complaints, adaptation of dwellings
for disability, rehousing of victims of domestic violence, squats and evictions, caretakers and
maintenance staff, contractors' maintenance contracts and prices, building security (access
badges, CCTV), tenants' association minutes, board deliberations, annual reports, published
allocation criteria and guides.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_holdout27_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout27"
FIXED = dt.datetime(2026, 2, 24, 9, 15, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_enquete_interne_harcelement_agence.docx"] = [
    ("title", "Rapport d'enquête administrative interne — signalement de harcèlement moral"),
    para("""Brenne Habitat — Direction des ressources humaines. Enquête conduite du 3 au 28 mars 2025
    par Mme Véronique Lalande, DRH adjointe, et M. Éric Varin, membre du comité social et économique
    (référent harcèlement), à la suite du signalement écrit adressé le 24 février 2025 par trois
    salariées de l'agence Centre. Document confidentiel : accès limité à la directrice générale, au
    DRH et aux enquêteurs. Ne pas verser au dossier des personnes entendues sans décision de la
    direction."""),
    ("h", "1. Objet de l'enquête"),
    para("""Le signalement vise M. Olivier Ragot, responsable de l'agence Centre depuis septembre 2022,
    à qui les signataires reprochent des comportements répétés : remarques humiliantes en réunion,
    surcharge de travail ciblée, mise à l'écart, messages envoyés tard le soir et le week-end,
    contrôle excessif des horaires et propos à connotation sexiste. Les trois signataires sont
    Mme Anne Labbé, chargée de gestion locative, Mme Nadia Benmoussa, chargée d'accueil, et
    Mme Corinne Vasseur, assistante technique. Une quatrième salariée, Mme Justine Royer, a
    quitté l'office en décembre 2024 par rupture conventionnelle ; elle a accepté d'être entendue."""),
    ("h", "2. Méthode"),
    para("""Onze personnes ont été entendues individuellement, dans un bureau du siège, chacune ayant été
    informée de la possibilité d'être accompagnée par un représentant du personnel : les trois
    signataires, Mme Royer, M. Ragot, deux autres salariés de l'agence (un chargé de clientèle et un
    gardien), la responsable de l'agence Nord, le directeur de la proximité et deux gardiens du
    secteur Centre. Les enquêteurs ont également examiné 214 courriels et messages de la messagerie
    instantanée, les plannings de l'agence de 2023 et 2024, les comptes rendus des réunions d'équipe
    et les arrêts de travail déclarés (sans consultation de leurs motifs médicaux). Chaque audition a
    fait l'objet d'un compte rendu relu et signé par la personne entendue."""),
    ("h", "3. Faits établis"),
    para("""3.1 Remarques en réunion. Plusieurs témoins concordants, dont un salarié non signataire,
    rapportent que M. Ragot a, lors de réunions d'équipe, qualifié le travail de Mme Labbé de
    « travail de stagiaire » et lui a demandé devant ses collègues « si elle avait la tête ailleurs
    à cause de ses histoires de divorce ». Mme Labbé indique qu'elle avait informé son responsable
    de sa séparation en confiance, pour justifier un aménagement d'horaire. M. Ragot reconnaît une
    « maladresse » mais conteste le caractère répété des remarques. Trois épisodes sont établis
    (janvier 2024, juin 2024, novembre 2024)."""),
    para("""3.2 Messages hors temps de travail. L'examen de la messagerie confirme l'envoi par M. Ragot de
    87 messages entre 21 h et 7 h ou le week-end, sur une période de quatorze mois, à Mme Benmoussa
    et à Mme Vasseur, dont une partie appelait une réponse immédiate (« tu me rappelles dès que tu
    lis »). Aucun message de cette nature n'a été adressé aux salariés masculins de l'agence. M. Ragot
    explique ce décalage par « la confiance qu'il avait en elles » et par sa propre charge de
    travail."""),
    para("""3.3 Propos sexistes. Deux propos sont rapportés par plusieurs témoins : une remarque sur la
    tenue de Mme Benmoussa (« habille-toi comme ça pour les locataires difficiles, ça les calme »),
    tenue lors d'un pot d'équipe en mai 2024, et l'expression « réunion de poules » pour désigner une
    réunion des trois salariées. M. Ragot conteste le premier propos et reconnaît le second, qu'il
    présente comme une plaisanterie."""),
    para("""3.4 Surcharge et mise à l'écart. Les plannings montrent qu'à compter de l'été 2024,
    Mme Vasseur a été affectée seule à la préparation des états des lieux des deux résidences du
    secteur, alors que cette charge était auparavant partagée. Elle n'a plus été conviée aux
    réunions de chantier. Le directeur de la proximité indique ne pas avoir été informé de cette
    réorganisation. M. Ragot la justifie par des « erreurs répétées » de l'intéressée, sans pouvoir
    les documenter."""),
    para("""3.5 Conséquences sur la santé des salariées. Mme Vasseur a été placée en arrêt de travail
    du 2 octobre au 15 décembre 2024 ; elle a indiqué aux enquêteurs avoir été suivie pour un
    syndrome anxio-dépressif et prendre encore un traitement, et avoir consulté le médecin du travail
    qui a émis une alerte auprès de la direction en janvier 2025. Mme Benmoussa décrit des troubles
    du sommeil et des crises d'angoisse le dimanche soir. Mme Royer indique que sa demande de rupture
    conventionnelle était « une fuite » et qu'elle a été suivie par une psychologue pendant six
    mois après son départ. Les enquêteurs n'ont pas recherché d'autres informations médicales."""),
    ("h", "4. Position de la personne mise en cause"),
    para("""M. Ragot, entendu le 21 mars assisté d'un délégué syndical, conteste toute intention de nuire.
    Il explique avoir pris la direction d'une agence « en grande difficulté », avec un retard
    important sur les réclamations et un absentéisme élevé, et avoir été « exigeant » pour redresser
    la situation. Il reconnaît un management « parfois brusque » et des messages tardifs, qu'il
    regrette. Il fait état de sa propre fatigue et de difficultés personnelles en 2024. Il indique
    être prêt à suivre une formation et à présenter des excuses."""),
    ("h", "5. Analyse"),
    para("""Les enquêteurs considèrent que les faits 3.1, 3.2, 3.3 (pour le second propos) et 3.4 sont
    établis par des éléments concordants. Pris ensemble, ils caractérisent des agissements répétés
    ayant eu pour effet une dégradation des conditions de travail de plusieurs salariées,
    susceptible de porter atteinte à leur santé, au sens de l'article L. 1152-1 du code du travail.
    Le caractère ciblé des messages et des propos sur les seules salariées femmes de l'agence
    conduit également à retenir des agissements sexistes au sens de l'article L. 1142-2-1. Les
    enquêteurs relèvent en outre un défaut de vigilance de la ligne hiérarchique, la dégradation du
    climat de l'agence ayant été signalée de manière informelle dès le printemps 2024 par un gardien
    sans qu'aucune suite y soit donnée."""),
    ("h", "6. Recommandations"),
    para("""1) Engager une procédure disciplinaire à l'encontre de M. Ragot, la sanction relevant de
    l'appréciation de la direction générale ; les enquêteurs estiment qu'un maintien dans ses
    fonctions d'encadrement de l'agence Centre n'est pas compatible avec le retour serein des
    salariées concernées. 2) Proposer aux trois signataires un entretien avec le médecin du travail
    et la prise en charge de séances avec la psychologue du dispositif d'écoute. 3) Réexaminer la
    charge de travail de l'agence Centre. 4) Rappeler par note de service les règles de
    déconnexion et former l'ensemble des encadrants à la prévention des risques psychosociaux et
    des agissements sexistes. 5) Informer le CSE des conclusions générales de l'enquête, sans
    communication des auditions."""),
    ("h", "Annexe — synthèse des auditions des témoins non signataires"),
    para("""Le chargé de clientèle de l'agence Centre, entendu le 12 mars, confirme avoir assisté aux
    remarques de janvier et de juin 2024 et précise qu'il n'est pas intervenu « par peur d'être le
    suivant ». Il décrit une ambiance « tendue, où l'on parlait à voix basse quand le responsable
    était dans le couloir ». Il indique n'avoir lui-même jamais été destinataire de messages le soir
    ou le week-end. Le gardien de la résidence Gambetta, entendu le 13 mars, rapporte avoir trouvé
    Mme Vasseur en pleurs dans la loge à deux reprises à l'automne 2024 ; il en avait parlé
    oralement à la responsable de l'agence Nord lors d'une formation commune, au printemps 2024,
    sans que cela soit suivi d'effet. La responsable de l'agence Nord confirme cet échange informel
    et indique ne pas en avoir mesuré la gravité. Le second gardien du secteur Centre n'a été témoin
    d'aucun fait précis mais évoque un « turn-over inhabituel » à l'accueil de l'agence."""),
    para("""Le directeur de la proximité, entendu le 20 mars, indique que les indicateurs de l'agence
    Centre s'étaient nettement améliorés depuis 2023 (délai de traitement des réclamations, taux de
    vacance), ce qui avait conduit à une appréciation très positive de M. Ragot lors de son
    entretien annuel de 2024. Il reconnaît n'avoir pas prêté attention au nombre d'arrêts de travail
    dans l'agence ni au départ de Mme Royer, présenté comme un projet personnel. Il souhaite que les
    conclusions de l'enquête soient l'occasion de revoir le suivi des équipes d'agence par la
    direction."""),
    para("""Fait à Castelvieux, le 31 mars 2025. Les enquêteurs : V. Lalande — É. Varin."""),
]

DOCX_BLOCKS["s047_recours_dalo_memoire_accompagnement.docx"] = [
    ("title", "Recours amiable devant la commission de médiation DALO de la Vienne"),
    para("""Mémoire d'accompagnement rédigé par l'association Droit au logement Castelvieux pour
    Mme Sonia Lemaire, 41 ans, et ses trois enfants. Dépôt le 6 octobre 2025. Numéro unique de
    demande de logement social : 0362521 02 0017 4 L (demande initiale du 12 février 2021, renouvelée
    chaque année)."""),
    ("h", "1. Situation du ménage"),
    para("""Mme Lemaire vit avec ses enfants Kylian (16 ans), Maëva (12 ans) et Timothée (5 ans) dans
    un T2 de 38 m² du parc privé, 7 rue des Tanneurs à Castelvieux, loué 590 € hors charges. Le
    logement est sur-occupé (moins de 9 m² par personne) : les trois enfants dorment dans la même
    chambre, Mme Lemaire sur le canapé du séjour. Le service d'hygiène de la commune a constaté le
    14 mai 2025 une humidité importante, des moisissures dans la chambre et une installation
    électrique dangereuse ; la CAF a été saisie et l'allocation logement est consignée depuis
    juillet."""),
    para("""Mme Lemaire est employée à temps partiel (24 heures par semaine) comme agent de service dans
    une clinique. Ses ressources mensuelles sont de 1 060 € de salaire, 455 € de prestations
    familiales et 112 € de pension alimentaire versée par l'intermédiaire de la CAF (le père des deux
    plus jeunes enfants n'a pas versé la pension fixée par le juge depuis 2022 ; l'ARIPA verse
    l'allocation de soutien familial). Le père de Kylian est décédé en 2014."""),
    ("h", "2. Éléments de santé justifiant l'urgence"),
    para("""Timothée est asthmatique sévère ; il a été hospitalisé à deux reprises en 2025 (février et
    septembre) pour des crises nécessitant une oxygénothérapie. Le pneumopédiatre du CHU atteste que
    l'exposition aux moisissures du logement est un facteur aggravant majeur (certificat joint). Maëva
    est suivie par le centre médico-psychologique pour enfants depuis un an pour un trouble anxieux,
    que la psychologue relie en partie aux conditions de logement (absence d'espace à soi,
    impossibilité de faire ses devoirs au calme). Mme Lemaire a elle-même été opérée d'une hernie
    discale en 2024 et indique des douleurs dues au fait de dormir sur le canapé depuis quatre
    ans."""),
    ("h", "3. Démarches effectuées"),
    para("""Mme Lemaire a refusé une seule proposition en quatre ans, en 2023 : un T3 au 8e étage des
    Hauts-de-Brenne, alors que l'ascenseur était en panne depuis six semaines et que Timothée,
    alors âgé de trois ans, sortait d'hospitalisation. Ce refus a été considéré comme légitime par le
    bailleur. Depuis, aucune proposition n'a été faite, malgré une cotation de 188 points. Mme Lemaire
    a sollicité le service logement de la mairie à six reprises et a rencontré l'adjoint au logement
    lors de sa permanence en mars 2025. Le bailleur privé a adressé un congé pour vente pour le
    30 juin 2026, que Mme Lemaire conteste au regard de l'indécence du logement."""),
    ("h", "4. Fondement du recours"),
    para("""Le recours est fondé sur l'article L. 441-2-3 du code de la construction et de l'habitation :
    1° délai anormalement long (56 mois, pour un délai fixé à 24 mois dans le département) ;
    2° logement présentant un caractère insalubre ou dangereux, constaté par le service d'hygiène ;
    3° logement sur-occupé avec enfants mineurs et présence d'une personne dont l'état de santé est
    affecté par le logement. La situation de Mme Lemaire correspond à trois des critères, chacun
    suffisant à lui seul."""),
    ("h", "5. Demande"),
    para("""Nous demandons à la commission de reconnaître Mme Lemaire comme prioritaire et devant être
    logée en urgence, dans un T4 (à défaut un T3 de surface suffisante) situé au maximum au 2e étage
    ou desservi par un ascenseur fiable, à Castelvieux, à proximité de l'école maternelle Jules-Ferry
    et du collège Ronsard où sont scolarisés les enfants. Pièces jointes : 17 pièces (bordereau
    annexé), dont les certificats médicaux sous pli fermé à l'attention du médecin de la
    commission."""),
    para("""Nous attirons enfin l'attention de la commission sur l'effet de l'attente sur la
    scolarité des enfants : Kylian, en classe de première, fait ses devoirs dans la cuisine après
    le coucher des plus jeunes ; ses professeurs ont signalé une baisse de ses résultats et une
    grande fatigue. Le relogement dans un logement décent et de taille adaptée conditionne la
    stabilité de toute la famille."""),
    para("""Pour l'association, Marc Dubourg, bénévole accompagnant. Signature de la requérante :
    S. Lemaire."""),
]

DOCX_BLOCKS["s048_extrait_pv_caleol_decision_individuelle.docx"] = [
    ("title", "CALEOL secteur Centre — extrait du procès-verbal du 16 octobre 2025"),
    para("""Point 4 de l'ordre du jour — Résidence Gambetta, logement 1106, T3, 1er étage. Contingent
    préfectoral (fonctionnaires). Extrait établi à la demande du candidat classé 2e, qui a sollicité
    la motivation de la décision."""),
    ("table", [
        ["Rang", "Candidat", "Éléments présentés", "Décision"],
        ["1", "M. Adama Coulibaly, 34 ans, agent hospitalier",
         "Titre de séjour pluriannuel (salarié) valable jusqu'en 2027 ; épouse en attente du "
         "regroupement familial, arrivée prévue en janvier ; 1 enfant", "Attribution"],
        ["2", "M. Grégory Lambert, 46 ans, aide-soignant",
         "Séparé, droit de visite de ses deux enfants un week-end sur deux ; dette locative "
         "de 1 200 € chez un bailleur privé, plan en cours", "Classé 2e"],
        ["3", "Mme Émilie Fournier, 29 ans, infirmière",
         "En arrêt maladie de longue durée depuis juin, reprise prévue en décembre", "Classée 3e"],
    ]),
    para("""Motivation : la commission a retenu la candidature de M. Coulibaly compte tenu de la
    sur-occupation de son logement actuel (studio de 21 m²) et de l'arrivée annoncée de son épouse
    dans le cadre de la procédure de regroupement familial, dont l'autorisation a été délivrée par
    le préfet le 2 septembre 2025 sous réserve de la justification d'un logement adapté. La
    candidature de M. Lambert a été jugée recevable ; son classement au 2e rang ne résulte pas de
    sa dette, qui fait l'objet d'un plan respecté, mais de l'ancienneté moindre de sa demande."""),
    para("""Le présent extrait est communiqué au seul demandeur concerné. Il ne peut être diffusé."""),
]

DOCX_BLOCKS["s049_diagnostic_surete_cite_jean_moulin_confidentiel.docx"] = [
    ("title", "CONFIDENTIEL — Diagnostic de sûreté de la Cité Jean-Moulin (bâtiments D, E, F)"),
    para("""Brenne Habitat — Mission sûreté, avec le concours du référent sûreté de la direction
    départementale de la sécurité publique. Version définitive du 9 juillet 2025. Diffusion
    limitée : directrice générale, directeur du patrimoine, directeur de la proximité, responsable
    de l'agence Nord, référent sûreté. Ce document décrit des vulnérabilités et ne doit être
    communiqué ni aux associations de locataires, ni aux entreprises, ni aux membres du conseil
    de concertation locative. Seules les conclusions générales peuvent être présentées."""),
    ("h", "1. Contexte et méthode"),
    para("""La Cité Jean-Moulin compte 214 logements répartis en trois bâtiments de 6 à 9 étages
    construits en 1968, reliés par un parking extérieur, une aire de jeux et un parking souterrain
    de 60 places commun aux bâtiments E et F. Le diagnostic a été réalisé de jour et de nuit entre
    le 2 et le 20 juin 2025 : quatre visites de terrain, dont deux nocturnes avec l'équipage de
    police, entretiens avec le gardien, les agents de maintenance, le prestataire de nettoyage, la
    responsable d'agence et l'amicale de locataires, exploitation des réclamations et des fiches
    incident des trois dernières années (412 réclamations liées à la tranquillité, 38 fiches
    incident)."""),
    ("h", "2. Synthèse des constats"),
    para("""Le site présente un niveau d'exposition élevé, concentré sur le bâtiment F et sur le parking
    souterrain. Les atteintes observées sont principalement liées à l'installation d'un point de
    revente de stupéfiants dans le hall F (occupation continue de 11 h à 23 h, guetteurs en bas des
    bâtiments E et F, caches dans les gaines techniques et les faux plafonds) et aux usages
    détournés du parking souterrain (stockage, véhicules volés, rodéos). Les bâtiments D et E
    présentent un niveau d'exposition modéré."""),
    ("h", "3. Vulnérabilités relevées"),
    para("""3.1 Accès aux bâtiments. Les portes d'entrée des halls E et F sont équipées de ventouses de
    300 kg dont la fixation basse a été arrachée à plusieurs reprises ; au 20 juin, la ventouse du
    hall E est hors service et la porte tient fermée par le seul groom. La porte arrière du hall F,
    donnant sur le chemin piéton, ne dispose d'aucun contrôle d'accès et se ferme avec une simple
    béquille ; elle est systématiquement calée ouverte par un morceau de bois, ce qui permet
    d'entrer et de sortir sans badge. Les claviers à code des portillons du parking extérieur
    affichent toujours le code d'origine, connu de l'ensemble du quartier."""),
    para("""3.2 Parking souterrain. La porte basculante du parking est hors service depuis mars 2025 et
    reste ouverte en permanence. L'éclairage est défaillant sur 40 % des points lumineux, notamment
    au fond du niveau -1 (boxes 31 à 60), zone où le diagnostic a relevé des traces de
    stationnement prolongé de véhicules non identifiés et des matelas. Les portes des boxes sont à
    simple serrure, plusieurs sont forcées. L'issue de secours côté rue Paul-Bert est ouvrable de
    l'extérieur sans clé depuis le vol de la barre anti-panique."""),
    para("""3.3 Locaux techniques et gaines. Les trappes d'accès aux gaines palières des étages 3 à 6 du
    bâtiment F sont fermées par des carrés de 8 mm, ouvrables avec un outil banal ; trois trappes ont
    été découvertes descellées, utilisées comme caches. Le local de la chaufferie du bâtiment E
    ferme avec la même clé que les locaux poubelles, ce qui étend de fait l'accès à la chaufferie à
    tous les détenteurs de la clé des locaux poubelles (prestataires, certains locataires). Le toit
    du bâtiment F est accessible par une échelle à crinoline non condamnée depuis le 9e étage ; le
    cadenas de la trappe a été scié et n'a pas été remplacé."""),
    para("""3.4 Vidéoprotection et éclairage. Le site n'est pas équipé de vidéoprotection. L'éclairage
    extérieur est insuffisant sur le cheminement entre le bâtiment F et l'arrêt de bus (deux
    candélabres sur cinq hors service) et sur l'aire de jeux, qui sert de lieu de regroupement
    nocturne. Les halls sont éclairés par des détecteurs de présence dont plusieurs ont été
    neutralisés, plongeant les halls dans le noir."""),
    para("""3.5 Organisation. La loge du gardien, au rez-de-chaussée du bâtiment D, n'a pas de vue sur le
    bâtiment F. Le gardien réalise une ronde le matin et une en fin d'après-midi, à horaires fixes,
    connus des occupants du hall. Le gardien a fait l'objet de menaces et ne se rend plus seul dans
    le hall F après 17 h, ce qui est cohérent avec les consignes de l'office mais laisse le hall
    sans présence institutionnelle la majeure partie de la journée. Les agents de nettoyage ne
    réalisent plus les prestations du hall F les jours où le point de vente est actif."""),
    para("""3.6 Logements vacants. Quatre logements vacants du bâtiment F (0634, 0702, 0811, 0903) sont
    situés à des étages où se trouvent des caches identifiées. Leur porte palière d'origine peut
    être ouverte en moins d'une minute. Le logement 0634 a fait l'objet d'une tentative
    d'effraction."""),
    ("h", "4. Préconisations"),
    para("""Priorité 1 (immédiat, moins de trois mois) : remplacer les ventouses des halls E et F par des
    modèles à fixation renforcée et contrôle de position ; équiper la porte arrière du hall F d'une
    serrure électrique à badge et d'un ferme-porte avec alarme de porte maintenue ouverte ; changer
    les codes des portillons et mettre en place un changement semestriel ; réparer la porte du
    parking souterrain et la doter d'une télécommande nominative ; remplacer les carrés des trappes
    de gaines par des serrures à clé spécifique et sceller les trappes inutilisées ; remplacer le
    cadenas de la trappe de toit par une serrure sur organigramme ; revoir l'organigramme des clés
    pour séparer chaufferie et locaux poubelles ; sécuriser les logements vacants par porte
    anti-intrusion."""),
    para("""Priorité 2 (six à douze mois) : rénover l'éclairage du parking souterrain et des abords ;
    installer une vidéoprotection dans les halls E et F, le parking souterrain (rampe et allée
    centrale) et sur l'aire de jeux, après concertation ; fermer le fond du niveau -1 du parking
    par une grille et désaffecter les boxes 31 à 60 dans l'attente d'une réaffectation ; modifier
    les horaires de ronde du gardien et compléter la présence par une société de surveillance en
    soirée."""),
    para("""Priorité 3 (moyen terme) : étudier la résidentialisation du site (clôture, accès contrôlés
    par bâtiment) dans le cadre du programme de réhabilitation 2028 ; étudier la création d'une
    loge au bâtiment F."""),
    ("h", "5. Estimation financière"),
    ("table", [
        ["Mesure", "Coût estimé (€ TTC)", "Priorité"],
        ["Ventouses, serrures, ferme-portes (halls E et F)", "18 400", "1"],
        ["Porte du parking souterrain et télécommandes", "22 600", "1"],
        ["Serrures des trappes et organigramme", "9 800", "1"],
        ["Portes anti-intrusion (4 logements, location 12 mois)", "4 270", "1"],
        ["Éclairage parking et abords", "61 000", "2"],
        ["Vidéoprotection (10 caméras, enregistreur, maintenance 1re année)", "83 500", "2"],
        ["Grille de fermeture niveau -1", "14 200", "2"],
        ["Surveillance en soirée (12 mois, 4 soirs par semaine)", "52 000", "2"],
    ]),
    ("h", "6. Points d'attention"),
    para("""La mise en œuvre des mesures de priorité 1 doit être réalisée sans annonce préalable
    détaillée, afin d'éviter le sabotage des équipements avant leur mise en service. Les dates
    d'intervention ne seront communiquées qu'au gardien et à la police. Le référent sûreté de la
    DDSP recommande de coordonner la réparation de la porte arrière du hall F avec une opération
    de police programmée. Les informations relatives aux caches identifiées ont été transmises au
    commissariat et ne doivent pas être reprises dans d'autres documents de l'office."""),
    ("h", "7. Chronologie des faits marquants retenus (2023-2025)"),
    para("""Mars 2023 : première occupation durable du hall F signalée par le gardien. Octobre 2023 :
    incendie volontaire de deux conteneurs dans le local poubelles du bâtiment F. Février 2024 :
    arrachement de la ventouse du hall F, réparée puis de nouveau arrachée en avril et en septembre.
    Juin 2024 : découverte par l'agent de maintenance de sachets dissimulés dans une gaine palière
    du 5e étage, remis à la police. Novembre 2024 : agression verbale du prestataire de nettoyage,
    qui suspend ses passages dans le hall F pendant trois semaines. Mars 2025 : panne définitive de
    la porte du parking souterrain après un choc volontaire. Avril 2025 : tentative d'effraction du
    logement vacant 0634. Juin 2025 : pétition de 23 locataires du bâtiment F remise à l'agence ;
    tags visant nommément le gardien dans le hall. Ces faits ont été portés à la connaissance du
    commissariat au fur et à mesure ; ils justifient le classement du site en priorité 1 du plan
    de sûreté de l'office."""),
    para("""Rédacteur : Yannick Perrin, référent sûreté. Visa : Denis Carré, directeur du patrimoine."""),
]

DOCX_BLOCKS["s050_memoire_technique_financier_ascenseurs_orliac.docx"] = [
    ("title", "Orliac Ascenseurs — Mémoire technique et note financière confidentielle"),
    para("""Réponse à la consultation 2025-ASC-MAINT de Brenne Habitat — maintenance des 87 ascenseurs
    du patrimoine. Pièce n° 5 de l'offre. Les informations de la présente pièce relèvent du secret
    des affaires (procédés, organisation interne, structure de coûts) et sont communiquées au seul
    pouvoir adjudicateur pour l'analyse de l'offre. Leur communication à des tiers, y compris en
    cas de demande d'accès aux documents administratifs, est expressément refusée par le
    candidat."""),
    ("h", "1. Organisation de la maintenance"),
    para("""Orliac affecte au contrat trois techniciens dédiés, basés à l'agence de Castelvieux (ZA des
    Grands-Champs), et un technicien d'astreinte mutualisé avec les contrats de Castelvieux Agglo et
    de deux syndics. Chaque appareil est visité toutes les six semaines. Nous utilisons depuis 2021
    notre système de télésurveillance prédictive « OrliCare », développé en interne, qui analyse en
    continu les données du contrôleur (nombre de démarrages, temps d'ouverture des portes, courant
    moteur) et déclenche une intervention préventive lorsque l'algorithme détecte une dérive.
    Le boîtier OrliCare est installé à nos frais sur les 87 appareils ; il reste notre propriété. Sur
    notre parc de référence (1 140 appareils), ce dispositif a réduit de 34 % le nombre de pannes
    avec appel et de 41 % la durée moyenne d'immobilisation."""),
    para("""Les seuils de déclenchement de l'algorithme (écart de 18 % sur le temps de fermeture des
    portes palières, 12 % sur l'intensité moteur à la montée, plus de 3 réouvertures par cycle sur
    24 heures) sont le fruit de quatre années d'apprentissage sur notre parc et constituent un
    savoir-faire propre à notre entreprise."""),
    ("h", "2. Structure de coûts du forfait de maintenance"),
    ("table", [
        ["Poste", "Coût par appareil et par an (€ HT)", "Part"],
        ["Main-d'œuvre visites préventives (8,7 visites x 1,3 h x 58 €)", "656", "47 %"],
        ["Dépannages inclus (moyenne 4,1 par an x 1,6 h x 58 €)", "380", "27 %"],
        ["Pièces d'usure incluses (contacts, galets, voyants)", "124", "9 %"],
        ["Télésurveillance OrliCare (amortissement + communication)", "62", "4 %"],
        ["Frais de structure et d'astreinte", "112", "8 %"],
        ["Marge", "56", "4 %"],
        ["Prix du forfait", "1 390", "100 %"],
    ]),
    para("""Le coût horaire de main-d'œuvre de 58 € intègre le salaire chargé d'un technicien confirmé
    (41 €), le véhicule et l'outillage (9 €), la formation et l'encadrement (8 €). Notre marge
    usuelle sur les contrats de maintenance de bailleurs sociaux est de 11 % ; elle a été réduite
    à 4 % pour cette consultation, l'équilibre du contrat reposant sur les travaux de modernisation
    attendus sur la période (12 appareils des Peupliers en 2027, estimés à 1,1 M€ HT)."""),
    ("h", "3. Prix des pièces et remise"),
    para("""Remise de 32 % sur le tarif public Orliac 2026 pour les pièces non couvertes par le forfait.
    Pour information du seul pouvoir adjudicateur : nos prix d'achat des principales pièces auprès de
    notre fournisseur (moteurs et variateurs) bénéficient d'une remise de 48 % sur son tarif
    catalogue, dans le cadre d'un accord de volume national qui nous interdit de communiquer ces
    conditions."""),
    ("h", "4. Engagements"),
    para("""Délai d'intervention : 1 h en cas de personne bloquée, 4 h pour les autres pannes en jours
    ouvrés. Taux de disponibilité garanti : 98,5 % par appareil et par an, avec pénalité de 150 € par
    point manquant. Rapport trimestriel de disponibilité par appareil. Reprise des 6 appareils du
    Clos-Fleuri à l'échéance de leur contrat actuel."""),
    para("""Fait à Castelvieux, le 3 novembre 2025. Frédéric Orliac, directeur d'agence."""),
]

DOCX_BLOCKS["s051_protocole_plan_apurement_signe.docx"] = [
    ("title", "Protocole d'accord — plan d'apurement de dette locative"),
    para("""Entre Brenne Habitat, représenté par Mme Martine Combes, responsable du recouvrement, et
    Mme Linda Hoarau, locataire du logement n° 0410, bâtiment B, résidence Les Peupliers,
    référence 250-B-0410."""),
    para("""Mme Hoarau reconnaît devoir la somme de 4 410,00 € au titre des loyers et charges impayés
    de novembre 2024 à août 2025, arrêtée au 31 août 2025. Cette dette est intervenue après la perte
    de son emploi en avril 2025 et pendant la période de carence de ses droits au chômage."""),
    para("""Compte tenu de la décision de recevabilité de la commission de surendettement de la Vienne
    du 16 septembre 2025 et du moratoire de 24 mois imposé, les parties conviennent : du paiement
    intégral du loyer courant à chaque échéance (reste à charge après APL : 214,60 €) ; de la
    suspension du remboursement de l'arriéré pendant la durée du moratoire ; à l'issue du moratoire,
    d'un remboursement selon les modalités fixées par la commission ou, à défaut, de 120 € par mois.
    Le FSL a accordé le 2 octobre 2025 une aide de 1 200 € (subvention), imputée sur la dette, qui
    s'établit en conséquence à 3 210,00 €."""),
    para("""En cas de non-paiement du loyer courant pendant deux mois consécutifs, le présent protocole
    sera caduc et Brenne Habitat pourra reprendre la procédure. Fait à Castelvieux, le 14 octobre
    2025, en deux exemplaires. Signatures : L. Hoarau — M. Combes."""),
]

DOCX_BLOCKS["s052_rapport_incident_agression_gardien.docx"] = [
    ("title", "Rapport d'incident grave — agression d'un agent de proximité"),
    para("""Brenne Habitat — Mission sûreté. Rapport n° 2025-AG-09 établi le 25 septembre 2025 par le
    référent sûreté à partir de l'audition de la victime, du témoignage de deux locataires et du
    compte rendu d'intervention de la police nationale."""),
    ("table", [
        ["Rubrique", "Contenu"],
        ["Victime", "M. Patrice Morel, gardien, résidence Gambetta"],
        ["Date et lieu", "23 septembre 2025, 17 h 40, hall de l'escalier 3"],
        ["Auteur", "M. Yohan Perrier, 24 ans, fils d'une locataire de l'escalier 2, non locataire"],
        ["Faits", "Coup de poing au visage et coups de pied après une remarque du gardien sur un "
                  "scooter stationné dans le hall"],
        ["Blessures", "Fracture de la pommette gauche, contusions ; ITT de 15 jours (certificat des "
                      "urgences du CH de Châtellerault)"],
        ["Suites", "Interpellation de l'auteur le 24 septembre ; garde à vue ; convocation en "
                   "comparution immédiate, renvoyée au 14 octobre ; placé sous contrôle judiciaire "
                   "avec interdiction de paraître à la résidence Gambetta"],
        ["Plainte", "Plainte de la victime le 23 septembre ; plainte de Brenne Habitat le 24"],
    ]),
    para("""Situation de l'agent : M. Morel est en arrêt de travail (accident du travail) jusqu'au
    20 octobre. Il a été reçu par la directrice générale et a accepté un suivi par la psychologue
    du dispositif d'écoute ; il a indiqué ne plus dormir et appréhender son retour sur le site. La
    protection fonctionnelle lui est accordée (prise en charge des frais d'avocat). Un remplaçant
    est affecté à la loge."""),
    para("""Mesures : courrier de mise en demeure à la locataire de l'escalier 2, mère de l'auteur,
    rappelant sa responsabilité pour les personnes qu'elle héberge ; étude d'une action en
    résiliation de bail en fonction de l'issue pénale ; pose d'arceaux interdisant l'entrée des
    deux-roues dans le hall."""),
]

DOCX_BLOCKS["s053_fiche_navette_adaptation_pmr.docx"] = [
    ("title", "Fiche navette — demande d'adaptation du logement n° AD-2025-071"),
    ("table", [
        ["Champ", "Renseignement"],
        ["Locataire", "Mme Françoise Lacombe — Les Tilleuls, bât. D, appt 03 (RDC)"],
        ["Date de la demande", "2 juin 2025 (courrier de l'ergothérapeute de la MDS)"],
        ["Motif", "Sclérose en plaques évolutive, déambulateur à domicile, fauteuil à l'extérieur"],
        ["Justificatif", "Notification MDPH (taux ≥ 80 %, PCH aide humaine) ; certificat du "
                         "neurologue ; rapport d'ergothérapie du 27 mai"],
        ["Visite technique", "12 juin 2025 — M. Perrin (patrimoine) et Mme Roche (ergothérapeute)"],
        ["Travaux validés", "Douche à l'italienne ; porte coulissante 83 cm ; WC rehaussé et barre ; "
                            "seuil PMR porte-fenêtre ; motorisation du volet du séjour"],
        ["Montant estimé", "9 840 € TTC (au-dessus du plafond de 6 000 € : passage en commission)"],
        ["Décision commission adaptation", "Accord du 24 juin 2025 — prise en charge intégrale"],
        ["Entreprise", "Plomberie Chauvet — démarrage le 15 septembre, durée 6 jours"],
        ["Observations", "Locataire ne peut pas être hébergée ailleurs ; prévoir WC chimique et "
                         "passage de l'infirmière chaque matin pendant le chantier ; le fils sera "
                         "présent"],
    ]),
    para("""Clôture : travaux réceptionnés le 24 septembre 2025. Dégrèvement de TFPB sollicité pour
    l'exercice 2025 (pièces justificatives : factures et attestation de handicap, à conserver sous
    pli pour le contrôle fiscal)."""),
]

DOCX_BLOCKS["s054_notification_mise_a_pied_disciplinaire.docx"] = [
    ("title", "Notification d'une mise à pied disciplinaire"),
    para("""Brenne Habitat, direction des ressources humaines. Lettre recommandée avec accusé de
    réception adressée à M. Olivier Ragot, responsable de l'agence Centre, le 22 avril 2025."""),
    para("""Monsieur, à la suite de l'enquête interne conduite en mars 2025 et de l'entretien préalable
    du 14 avril auquel vous étiez assisté de M. Thierry Lopes, délégué syndical, nous vous notifions
    une mise à pied disciplinaire de cinq jours, qui sera effectuée du 5 au 9 mai 2025, et non
    rémunérée."""),
    para("""Les faits retenus sont les suivants : propos humiliants à l'égard d'une collaboratrice
    devant l'équipe, à trois reprises, faisant référence à sa vie privée ; envoi répété de messages
    professionnels à deux collaboratrices en dehors des horaires de travail, en exigeant une réponse
    immédiate ; propos à caractère sexiste ; réorganisation du travail d'une collaboratrice ayant
    eu pour effet de l'isoler, sans en informer votre hiérarchie. Ces agissements, qui ont porté
    atteinte à la santé de plusieurs salariées, constituent des manquements graves à vos obligations
    d'encadrant."""),
    para("""Nous avons tenu compte de votre ancienneté, de l'absence d'antécédent disciplinaire et de
    votre reconnaissance partielle des faits. À l'issue de la mise à pied, vous serez affecté à la
    direction du patrimoine en qualité de chargé d'opérations, sans fonction d'encadrement, avec
    maintien de votre rémunération. Vous suivrez une formation sur le management et la prévention
    des agissements sexistes. Nous vous prions d'agréer, Monsieur, l'expression de nos salutations
    distinguées. Le directeur des ressources humaines, Laurent Besson."""),
]

DOCX_BLOCKS["s055_bilan_mesure_asll_fin_accompagnement.docx"] = [
    ("title", "Bilan de fin de mesure d'accompagnement social lié au logement (ASLL)"),
    para("""Association L'Escale — service logement accompagné. Mesure financée par le FSL de la
    Vienne. Personne accompagnée : M. Hamza Belkacem, 44 ans, locataire depuis le 2 juin 2025 du
    logement n° 3107 (T2, Les Peupliers, bâtiment C) de Brenne Habitat. Durée de la mesure : 6 mois
    (juin à novembre 2025). Travailleuse sociale référente : Mme Laure Fontanel, éducatrice
    spécialisée. Bilan transmis à la commission FSL, au bailleur (partie 5 uniquement) et à
    l'intéressé."""),
    ("h", "1. Rappel de la situation à l'entrée dans la mesure"),
    para("""M. Belkacem est arrivé au CHRS L'Escale en novembre 2023, après sa sortie du centre de
    détention de Neuvic où il avait exécuté une peine de trois ans d'emprisonnement. Il avait perdu
    son logement et ses liens familiaux pendant l'incarcération ; ses deux enfants, aujourd'hui
    adultes, vivent à Niort avec leur mère, avec laquelle il n'a plus de contact. Reconnu prioritaire
    DALO en février 2025, il a obtenu un logement sur le contingent préfectoral. Il percevait
    l'allocation de retour à l'emploi, avec une fin de droits prévue en décembre 2025."""),
    para("""Les objectifs fixés au début de la mesure étaient : l'installation dans le logement et
    l'appropriation des règles de la vie en immeuble ; l'ouverture et le maintien des droits (APL,
    complémentaire santé solidaire, énergie) ; la gestion du budget et le paiement régulier du
    loyer ; la préparation de la fin de droits au chômage ; la poursuite des soins engagés au
    CHRS."""),
    ("h", "2. Installation et relation avec le voisinage"),
    para("""M. Belkacem a aménagé son logement avec l'aide du dispositif de mobilier solidaire
    d'Emmaüs et d'une aide du FSL à l'installation (350 €). Le logement est bien entretenu. Le
    gardien, rencontré à deux reprises avec son accord, indique n'avoir reçu aucune réclamation le
    concernant et le décrit comme « discret et serviable ». M. Belkacem a participé à la fête de
    quartier de septembre comme bénévole à la buvette, à l'invitation de l'amicale. Il indique
    avoir craint d'être « reconnu » ou que son passé soit connu dans l'immeuble, crainte qui s'est
    atténuée au fil des mois."""),
    ("h", "3. Santé"),
    para("""M. Belkacem est suivi depuis 2023 au CSAPA de Castelvieux pour une dépendance aux opiacés,
    avec un traitement de substitution par buprénorphine dont la posologie a été réduite en 2025.
    Il a maintenu ses rendez-vous mensuels pendant toute la durée de la mesure, à l'exception d'une
    période de trois semaines en août pendant laquelle il dit avoir « flanché » à la suite de
    l'annonce du décès de sa mère ; il a repris contact de lui-même avec le CSAPA. Il souffre par
    ailleurs d'une hépatite C traitée en 2024, dont la guérison a été confirmée en juin 2025. Il
    a ouvert ses droits à la complémentaire santé solidaire et déclaré un médecin traitant."""),
    ("h", "4. Budget et situation financière"),
    para("""Le loyer (résiduel après APL : 84 €) a été payé chaque mois par prélèvement automatique
    mis en place en juillet. Une facture d'électricité de régularisation de 212 € a été échelonnée
    avec le fournisseur. M. Belkacem n'a pas d'autre dette. Il tient un cahier de comptes que nous
    avons travaillé ensemble lors des rencontres mensuelles."""),
    para("""Emploi : M. Belkacem a été orienté vers le chantier d'insertion « Bâti-Tremplin » (second
    œuvre du bâtiment), qu'il a intégré le 3 novembre en contrat à durée déterminée d'insertion de
    26 heures hebdomadaires (rémunération nette : environ 1 020 €). Cette reprise d'activité
    sécurise ses ressources après la fin de ses droits. Il envisage, à l'issue du chantier, une
    formation de plaquiste."""),
    ("h", "5. Conclusions transmises au bailleur"),
    para("""L'installation dans le logement est réussie, le loyer est payé régulièrement et aucune
    difficulté de voisinage n'a été relevée. La mesure prend fin le 30 novembre 2025 ; un
    renouvellement n'apparaît pas nécessaire. M. Belkacem sait qu'il peut solliciter la CESF du
    bailleur en cas de difficulté."""),
    ("h", "6. Avis de la référente"),
    para("""Avis favorable à la clôture de la mesure. Points de vigilance : fragilité liée aux
    événements familiaux et au risque de rechute, que M. Belkacem identifie lui-même ; isolement
    relationnel. Il lui a été proposé de rejoindre le groupe d'entraide du CSAPA et l'atelier
    « cuisine » du centre social. Fait à Castelvieux, le 28 novembre 2025. L. Fontanel. Lu et
    approuvé : H. Belkacem."""),
]

DOCX_BLOCKS["s056_note_occupation_terrain_familles.docx"] = [
    ("title", "Note au directeur de la proximité — occupation du terrain des Érables"),
    para("""Agence Nord, 3 novembre 2025. Objet : occupation sans titre de la parcelle nue appartenant à
    l'office, à l'arrière du bâtiment D des Hauts-de-Brenne (emprise de la future démolition)."""),
    para("""Depuis le 27 octobre, cinq caravanes et deux camionnettes sont installées sur la parcelle.
    Il s'agit de quatre familles apparentées, d'origine rom roumaine, soit onze adultes et neuf
    enfants, selon le recensement effectué par la médiatrice de l'association Rencontres Tsiganes
    qui les suit depuis leur expulsion du terrain de la zone industrielle de Châtellerault en
    septembre. Le chef de famille présenté comme interlocuteur est M. Florin Lăcătuș ; trois des
    enfants sont scolarisés à l'école Jean-Zay depuis la rentrée, grâce à une domiciliation au CCAS.
    Les familles vivent de la collecte de ferraille ; l'une des femmes est enceinte et suivie par la
    PMI."""),
    para("""Les familles se raccordent à un poteau d'éclairage public et à une bouche d'arrosage. Des
    locataires du bâtiment D se sont plaints de feux de câbles (fumées) et de dépôts de ferraille.
    La médiatrice indique que les familles partiraient si un terrain de stationnement temporaire
    leur était proposé, ce que la commune étudie."""),
    para("""Proposition : constat par commissaire de justice ; requête au président du tribunal
    judiciaire aux fins d'expulsion (terrain de l'office, hors procédure préfectorale) ; saisine
    parallèle de la sous-préfecture et de la commune pour une solution d'accueil, afin que la
    scolarisation des enfants ne soit pas interrompue. Claire Mounier."""),
]

DOCX_BLOCKS["s057_annexe_financiere_contrat_chauffage_p1.docx"] = [
    ("title", "Annexe financière confidentielle — contrat d'exploitation de chauffage"),
    para("""Thermiservices SAS / Brenne Habitat — offre remise le 20 octobre 2025 — annexe F3 « formule
    de prix du poste P1 et conditions d'approvisionnement ». Document comportant des éléments
    couverts par le secret des affaires, non communicable aux tiers, y compris aux associations de
    locataires."""),
    ("table", [
        ["Élément", "Valeur", "Observation"],
        ["Prix de la molécule de gaz (contrat d'approvisionnement Thermiservices 2026-2028)",
         "38,70 €/MWh PCS", "prix d'achat négocié par Thermiservices, non public"],
        ["Marge de Thermiservices sur la fourniture", "2,10 €/MWh", "5,4 %"],
        ["Rendement garanti des chaufferies", "92 %", "au-delà, intéressement partagé 50/50"],
        ["Coût horaire technicien P2", "61,50 €", "dont coût salarial 38 €"],
        ["Provision gros entretien P3 par chaufferie", "4 180 €/an", "réversible en fin de contrat"],
        ["Coefficient de frais généraux", "1,12", "appliqué sur P2"],
    ]),
    para("""Thermiservices précise que le prix du gaz obtenu résulte d'une stratégie d'achat à terme
    par tranches mise en place par sa direction des achats, dont elle ne souhaite pas que les
    modalités soient connues de ses concurrents. La garantie de prix est valable jusqu'au 31 mars
    2026, date de fixation de la dernière tranche."""),
]

DOCX_BLOCKS["s058_rapport_mediation_conflit_voisinage_cultuel.docx"] = [
    ("title", "Rapport de médiation — conflit de voisinage, résidence Les Tilleuls bât. D"),
    para("""Association Trait d'Union, médiation sociale et familiale. Médiatrice : Mme Samira Ouazzani.
    Rapport adressé à Brenne Habitat (agence Centre) avec l'accord écrit des deux parties, le
    15 avril 2025."""),
    para("""Parties : M. Mourad Benali (appt 11) d'une part ; M. Gérard Chevallier (appt 14), président
    de l'amicale, et Mme Paulette Chevallier d'autre part. Trois rencontres individuelles et une
    rencontre commune (8 avril)."""),
    para("""Le différend est né de l'utilisation du local commun par M. Benali pendant le ramadan pour
    des prières collectives du soir, avec des fidèles de la mosquée de la rue Carnot dont il est
    l'un des responsables bénévoles. M. Benali explique qu'il pensait que le prêt des clés par le
    gardien valait autorisation et que la salle de prière de la mosquée est trop petite pendant ce
    mois. M. Chevallier, catholique pratiquant comme il l'a lui-même précisé, dit ne pas s'opposer à
    la religion de son voisin mais au principe d'un usage cultuel d'un local laïque. Mme Chevallier
    a exprimé un sentiment d'insécurité lié au nombre d'hommes présents le soir. M. Benali s'est dit
    blessé par ce qu'il a perçu comme de la méfiance envers les musulmans de l'immeuble."""),
    para("""Accord obtenu : M. Benali restitue les clés ; les deux voisins conviennent de se saluer et
    de s'adresser directement l'un à l'autre en cas de gêne ; l'amicale propose à M. Benali de
    participer à la fête des voisins. Recommandation à l'office : clarifier par écrit la règle
    d'usage du local commun pour tous et rappeler au gardien qu'il ne peut prêter les clés."""),
]

DOCX_BLOCKS["s059_pv_cse_point_risques_psychosociaux_agence.docx"] = [
    ("title", "Comité social et économique — procès-verbal de la réunion ordinaire du 12 juin 2025"),
    para("""Brenne Habitat. Présidence : M. Laurent Besson, DRH, par délégation de la directrice
    générale. Élus titulaires présents : 9 sur 10. Secrétaire : Mme Évelyne Rault. Invitée pour le
    point 3 : Dr Claire Antoine, médecin du travail. Le procès-verbal est diffusé aux salariés après
    approbation, à l'exception des passages mentionnés comme confidentiels, qui sont retirés de la
    version affichée."""),
    ("h", "1. Approbation du procès-verbal du 15 mai 2025"),
    para("""Approuvé à l'unanimité des élus présents."""),
    ("h", "2. Information sur le projet de réorganisation de la régie technique"),
    para("""La direction présente le projet de regroupement des deux équipes de la régie (Nord et
    Centre) sur un site unique aux Grands-Champs à partir de janvier 2026, avec la création d'un
    poste de chef d'équipe et la mise en place d'une planification centralisée des interventions.
    Les élus demandent une étude d'impact sur les temps de trajet et les conditions de travail. La
    consultation du CSE aura lieu en septembre. Les élus désignent une commission de trois membres
    pour préparer l'avis."""),
    ("h", "3. Risques psychosociaux — agence Centre (point confidentiel)"),
    para("""Le DRH informe le comité des conclusions générales de l'enquête interne menée en mars à la
    suite d'un signalement de harcèlement moral visant le responsable de l'agence Centre, et de la
    sanction prononcée (mise à pied de cinq jours et changement d'affectation sans fonction
    d'encadrement). M. Varin, qui a participé à l'enquête en qualité de référent, confirme que les
    faits ont été établis."""),
    para("""Le Dr Antoine indique, sans nommer les personnes, avoir reçu en visite à la demande quatre
    salariés de l'agence Centre depuis janvier, dont deux présentaient un épuisement professionnel
    caractérisé ; l'une d'elles est toujours en arrêt et une reprise à temps partiel thérapeutique
    est envisagée en septembre. Mme Rault fait observer que l'agence ne compte que six salariés et
    que, « tout le monde sait de qui on parle » : Mme Vasseur, assistante technique, n'a pas repris
    depuis son arrêt de mars et a fait savoir à ses collègues qu'elle était suivie par un
    psychiatre et qu'elle ne souhaitait pas revenir dans l'agence. Le président demande que ce
    passage ne figure pas dans la version diffusée du procès-verbal ; les élus en conviennent."""),
    para("""Les élus demandent : la réalisation d'un diagnostic des risques psychosociaux dans les deux
    agences par un intervenant extérieur ; le renforcement de l'agence Centre par un intérimaire
    pendant l'absence de l'assistante technique ; une formation de tous les encadrants. La direction
    donne son accord sur les trois points et propose de présenter le cahier des charges du
    diagnostic en septembre."""),
    ("h", "4. Bilan des accidents du travail du 1er semestre"),
    para("""Sept accidents avec arrêt (contre cinq au 1er semestre 2024) : trois liés à la manutention
    d'encombrants, deux chutes dans les escaliers, une agression d'un gardien (résidence Gambetta,
    mars), une coupure lors d'une intervention de plomberie. Les élus demandent l'acquisition de
    diables électriques et de chariots monte-escaliers pour la régie ; la direction inscrit 12 000 €
    au budget 2026."""),
    ("h", "5. Questions diverses"),
    para("""Mutuelle : la renégociation du contrat collectif aboutit à une hausse de cotisation de 3,2 %
    au 1er janvier 2026, prise en charge à 60 % par l'employeur. Télétravail : bilan de l'accord,
    94 salariés éligibles, 61 bénéficiaires. Prochaine réunion : 10 juillet 2025."""),
    para("""La secrétaire, É. Rault — Le président, L. Besson."""),
]

DOCX_BLOCKS["s060_signalement_procureur_fausse_declaration.docx"] = [
    ("title", "Signalement au procureur de la République (article 40 du code de procédure pénale)"),
    para("""Brenne Habitat, la directrice générale, à Monsieur le procureur de la République près le
    tribunal judiciaire de Poitiers. Castelvieux, le 4 février 2026."""),
    para("""Monsieur le procureur, j'ai l'honneur de porter à votre connaissance des faits
    susceptibles de recevoir la qualification de faux et usage de faux et d'escroquerie, commis au
    préjudice de l'office et de la collectivité."""),
    para("""M. Cédric Vasseur, né le 11 mai 1985, locataire depuis mars 2024 d'un T4 de la résidence
    du Moulin, a obtenu l'attribution de ce logement sur la base d'un dossier comportant trois
    bulletins de salaire et un avis d'imposition dont il apparaît aujourd'hui qu'ils étaient
    falsifiés : le contrôle réalisé par l'office auprès de l'administration fiscale (service de
    vérification des revenus) révèle un revenu fiscal de référence de 41 600 €, supérieur au plafond
    applicable, et non de 18 900 € comme déclaré. Par ailleurs, le logement est occupé, selon le
    gardien et les voisins, par un autre ménage, qui verse à M. Vasseur un loyer supérieur à celui
    qu'il acquitte auprès de l'office. M. Vasseur serait domicilié à Poitiers, dans une maison dont
    il est propriétaire."""),
    para("""L'office a engagé parallèlement une action civile en résiliation du bail pour sous-location
    interdite. Je tiens à votre disposition les pièces du dossier de demande de logement, le
    résultat du contrôle fiscal et les attestations recueillies. Je vous prie d'agréer, Monsieur le
    procureur, l'expression de ma haute considération. Hélène Maréchal."""),
]


# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_plan_canicule_locataires_vulnerables.html"] = (
    "Plan canicule 2025 — registre des locataires à contacter",
    """
<h1>Plan canicule 2025 — locataires isolés ou fragiles à appeler</h1>
<p>Intranet Brenne Habitat — espace « Proximité ». Liste établie avec le registre du CCAS (personnes
inscrites volontairement) et les signalements des gardiens. <strong>Accès réservé aux gardiens et
chargés de clientèle.</strong> Alerte de niveau 3 déclenchée le 30 juin : appel quotidien avant
11 h.</p>
<table>
<tr><th>Locataire</th><th>Résidence</th><th>Situation</th><th>Contact d'urgence</th></tr>
<tr><td>M. Henri Besse, 88 ans</td><td>Tilleuls A, 3e sans ascenseur</td>
<td>GIR 2, début d'Alzheimer, téléassistance ; ne boit pas spontanément</td>
<td>fille (Lyon) 06 •• •• •• 12</td></tr>
<tr><td>M. André Faure, 79 ans</td><td>Peupliers, T4</td>
<td>Parkinson, aide à domicile le matin</td><td>aide à domicile ADMR</td></tr>
<tr><td>Mme Hélène Rivière, 69 ans</td><td>Hauts-de-Brenne C, 9e</td>
<td>opérée du cœur en novembre, ascenseur peu fiable</td><td>voisine Mme Traoré</td></tr>
<tr><td>Mme Françoise Lacombe, 63 ans</td><td>Tilleuls D, RDC</td>
<td>sclérose en plaques, fauteuil ; très sensible à la chaleur</td><td>fils</td></tr>
<tr><td>M. Ludovic Bernier, 46 ans</td><td>Gambetta esc. 3</td>
<td>sortie d'hospitalisation psychiatrique prévue le 2 juillet, traitement sensible à la chaleur
(lithium) — appel par l'infirmière du CMP, pas par le gardien</td><td>CMP</td></tr>
<tr><td>Mme Josiane Bertin, 71 ans</td><td>Peupliers A, 4e sans ascenseur</td>
<td>attend une prothèse de hanche, ne descend plus</td><td>—</td></tr>
</table>
<p>Consigne : en l'absence de réponse à deux appels, passage du gardien ; si pas de réponse à la
porte, appeler le 15. Ne pas laisser de message mentionnant la santé sur les répondeurs.</p>
""",
)

HTML_PAGES["s062_extranet_prestataires_codes_acces.html"] = (
    "Extranet prestataires — fiches d'accès",
    """
<h1>Extranet prestataires — fiche d'accès « Les Hauts-de-Brenne »</h1>
<p>Page réservée aux comptes prestataires habilités (ascenseurs, nettoyage, chauffage). Dernière
mise à jour : 02/03/2026 par la mission sûreté.</p>
<h2>Accès aux bâtiments</h2>
<ul>
<li>Portail véhicules parking souterrain : télécommande ou code 7 4 0 9 *</li>
<li>Bâtiment A : porte principale Vigik ; porte arrière côté école : code 3317 (temporaire, avant
pose du lecteur)</li>
<li>Bâtiment B : Vigik ; local technique LT-B0 (enregistreur vidéo) : clé HB-LT-01, boîte à clés
sur le mur du local vélos, code 5 2 8 1</li>
<li>Bâtiment C : Vigik ; caves non sécurisées — ne pas y laisser de matériel</li>
</ul>
<h2>Machineries d'ascenseur</h2>
<p>Accès terrasse par l'escalier de service du 9e, porte à clé triangulaire ; armoire de
machinerie : cadenas 0 6 1 8. Le compte de télésurveillance de l'enregistreur vidéo ne doit en
aucun cas être utilisé par les prestataires ascenseurs.</p>
<h2>Alarmes</h2>
<p>Chaufferie C : alarme intrusion, désarmement par le code 2 9 0 4 dans les 30 secondes ; en cas de
déclenchement, prévenir le centre de supervision SécuriGarde au 05 49 •• •• 77.</p>
""",
)

HTML_PAGES["s063_webmail_fil_mise_a_l_abri_victime_violences.html"] = (
    "Webmail — fil de messages",
    """
<h1>Objet : mise à l'abri Mme S. — suite</h1>
<div class="message">
<p><strong>De :</strong> Sophie Delorme (service logement, mairie)<br>
<strong>À :</strong> Claire Mounier (Brenne Habitat) ; Karima Haddou (intervenante sociale,
commissariat)<br><strong>Date :</strong> 30/10/2025 08:15</p>
<p>Bonjour à toutes les deux,</p>
<p>Point de situation pour Mme Rania Slimani (Hauts-de-Brenne A 1207). Elle est entrée hier soir
dans le studio relais de la rue Carnot avec ses deux filles (9 et 13 ans). Clés remises par
l'association Solidarité Femmes 86. Elle était très éprouvée : elle m'a montré les photos des
hématomes de la semaine dernière, que l'unité médico-judiciaire a constatés (ITT de 5 jours). Elle
m'a dit aussi, pour la première fois, que son compagnon l'avait déjà frappée enceinte de la
cadette, et qu'elle n'avait jamais porté plainte « à cause de sa famille à lui ».</p>
<p>Le compagnon, M. Yacine Brahimi, est sous contrôle judiciaire avec interdiction d'entrer en
contact avec elle et de paraître au domicile. Karima, peux-tu me confirmer la date de l'audience
devant le tribunal correctionnel ? Elle voudrait savoir si elle doit y aller.</p>
<p>Sophie</p>
</div>
<div class="message">
<p><strong>De :</strong> Karima Haddou<br><strong>Date :</strong> 30/10/2025 09:02</p>
<p>Bonjour, l'audience est fixée au 9 décembre (violences habituelles sur conjoint, en présence
de mineurs). Elle sera assistée par l'avocate de France Victimes, qui l'a déjà contactée. Elle
n'est pas obligée d'être présente mais c'est souvent mieux ; je l'accompagnerai si elle le
souhaite.</p>
<p>Deux points de vigilance : M. Brahimi a violé une première fois l'interdiction samedi (vu par
un voisin au pied du bâtiment A), le parquet en a été avisé et un rappel lui a été fait. Et la
famille de M. Brahimi habite aussi aux Hauts-de-Brenne (bâtiment C) : la sœur a déjà appelé
l'école des filles pour demander « où elles étaient passées ». L'école n'a rien dit.</p>
<p>Mme Slimani a accepté un téléphone grave danger, il lui sera remis lundi. Merci de ne jamais
mentionner l'adresse du studio par écrit, même entre nous : on dit « le relais ».</p>
<p>Karima</p>
</div>
<div class="message">
<p><strong>De :</strong> Claire Mounier<br><strong>Date :</strong> 30/10/2025 11:47</p>
<p>Merci à toutes les deux. Côté Brenne Habitat :</p>
<ul>
<li>la désolidarisation du bail 1207 est enregistrée à la date de la lettre de Mme Slimani
(28/10) ; à partir de cette date, elle n'est plus tenue des loyers ; M. Brahimi reste seul
titulaire. Le service recouvrement est informé qu'aucun courrier ne doit être adressé à Mme
Slimani à l'ancienne adresse ;</li>
<li>je présente sa candidature à la CALEOL Centre du 20 novembre sur un T3 rue des Acacias
(Clos-Fleuri, bâtiment 2), hors secteur Nord, au titre du contingent communal. Le gardien du
Clos-Fleuri sera seulement informé qu'une discrétion absolue est requise pour ce logement ;</li>
<li>le bail sera signé à la mairie, dans ton bureau Sophie, si tu es d'accord ;</li>
<li>pour les filles, le changement d'école se fera vers Paul-Bert ; le certificat de radiation
sera remis par la directrice sans mention de la nouvelle école, elle est au courant.</li>
</ul>
<p>J'ai demandé à notre service informatique de masquer la fiche de Mme Slimani dans l'outil
de gestion (accès restreint à moi et à Thomas Viala).</p>
<p>Claire</p>
</div>
<div class="message">
<p><strong>De :</strong> Sophie Delorme<br><strong>Date :</strong> 30/10/2025 14:20</p>
<p>Parfait. Je note la signature en mairie. Mme Slimani m'a aussi parlé de ses difficultés
d'argent : elle ne touche plus rien depuis que le compagnon a vidé le compte joint, et son
salaire d'auxiliaire de vie (temps partiel, 980 €) ne suffira pas à payer le dépôt de garantie.
Je saisis le FSL accès (dépôt + première quittance) et le CCAS lui donne un secours d'urgence de
250 € cette semaine pour l'alimentation. La CAF est saisie pour l'ouverture de droits en son nom
propre (séparation, allocation de soutien familial). Le psychologue du CIDFF la reçoit jeudi, et
les filles seront vues par la psychologue du CMPP, la grande fait des cauchemars depuis la scène
de la semaine dernière.</p>
<p>Dernière chose : Mme Slimani voudrait récupérer ses papiers et les affaires des filles restés au
1207. Karima, on peut organiser un passage accompagné par la police ?</p>
<p>Sophie</p>
</div>
<div class="message">
<p><strong>De :</strong> Karima Haddou<br><strong>Date :</strong> 30/10/2025 16:05</p>
<p>Oui, je cale ça avec la brigade pour mardi matin, pendant que M. Brahimi est convoqué au SPIP.
Je vous tiens au courant. Karima</p>
</div>
""",
)

HTML_PAGES["s064_crm_ticket_reclamation_confidentielle.html"] = (
    "Réclamation n° 25-10872",
    """
<h1>Réclamation n° 25-10872 — catégorie : qualité de service / comportement d'un agent</h1>
<table>
<tr><th>Locataire</th><td>M. Jérémy Castel — Résidence Gambetta, esc. 4, appt 4407</td></tr>
<tr><th>Canal</th><td>Espace locataire, 14/10/2025 23:18</td></tr>
<tr><th>Statut</th><td>En cours — transmis responsable d'agence</td></tr>
</table>
<h2>Message du locataire</h2>
<p>Bonjour, je souhaite me plaindre du comportement de l'agent de maintenance venu le 13 octobre
pour la fuite sous l'évier. Il a vu mes boîtes de médicaments sur le plan de travail et il a dit
à voix haute « ah, c'est pour le sida ça, non ? », la porte était ouverte et ma voisine était sur
le palier. Je suis séropositif depuis 2016, sous traitement, personne dans l'immeuble ne le savait
et je n'ai aucune obligation de le dire. Depuis hier la voisine ne me dit plus bonjour et a retiré
son fils de la garde que je faisais le mercredi. Je demande que cet agent ne revienne plus chez
moi et que vous lui rappeliez le secret. Je ne veux pas que cette réclamation soit lue par le
gardien.</p>
<h2>Note interne</h2>
<p>Accès restreint posé le 15/10 (A. Labbé). Entretien avec l'agent prévu. Proposer au locataire un
rendez-vous avec la responsable d'agence.</p>
""",
)

HTML_PAGES["s065_fiche_locataire_outil_gestion_suivi.html"] = (
    "Fiche locataire 240-D-0104",
    """
<h1>Fiche locataire — 240-D-0104</h1>
<table>
<tr><th>Titulaire</th><td>M. Raymond Lemoine, né en 1951</td></tr>
<tr><th>Logement</th><td>Cité Jean-Moulin, bât. D, appt 0104, T2</td></tr>
<tr><th>Solde au 31/01/2026</th><td>- 1 120,00 € (3 mois)</td></tr>
<tr><th>Plan</th><td>50 €/mois depuis 11/2025 — respecté</td></tr>
<tr><th>APL</th><td>maintenue (plan signé)</td></tr>
</table>
<h2>Historique des contacts</h2>
<ul>
<li>04/11/2025 — entretien CESF : pension de retraite 890 € (carrière incomplète, ASPA demandée),
dettes d'énergie, a fait appel aux Restos du cœur cet hiver ; vit seul depuis le décès de son
épouse.</li>
<li>12/11/2025 — aide CCAS accordée (300 €), imputée sur la dette.</li>
<li>09/01/2026 — dossier de surendettement en préparation avec le point conseil budget (crédits
renouvelables : 6 400 €).</li>
<li>28/01/2026 — ASPA accordée à compter de février (+ 212 €/mois).</li>
</ul>
""",
)

HTML_PAGES["s066_espace_locataire_message_curatelle.html"] = (
    "Espace locataire — messagerie",
    """
<h1>Messagerie — nouveau message</h1>
<p><strong>Expéditeur :</strong> UDAF de la Vienne, service des majeurs protégés — pour le compte de
M. Damien Roux (Peupliers B 0203)<br><strong>Date :</strong> 08/01/2026</p>
<p>Madame, Monsieur,</p>
<p>Je suis la mandataire judiciaire désignée par jugement du juge des contentieux de la protection
de Poitiers du 4 décembre 2025, qui a placé M. Damien Roux sous curatelle renforcée pour une durée
de cinq ans. À ce titre, je perçois ses ressources (allocation aux adultes handicapés) et règle
ses dépenses. Je vous remercie de m'adresser désormais les avis d'échéance et toute
correspondance relative au bail, avec copie à M. Roux.</p>
<p>Pour votre information et afin d'adapter vos échanges avec lui, M. Roux est suivi pour une
schizophrénie stabilisée ; il peut être déstabilisé par des courriers comminatoires ou des visites
non annoncées. En cas de difficulté (bruit, hygiène du logement), merci de me contacter avant
toute démarche. Le prélèvement du loyer sera mis en place à compter de février ; l'arriéré de
640 € sera réglé en une fois.</p>
<p>Cordialement,<br>Mme Élodie Garnier, mandataire judiciaire à la protection des majeurs</p>
""",
)

HTML_PAGES["s067_lettre_interne_article_blog_reproduit.html"] = (
    "L'Écho de Brenne — lettre interne de février",
    """
<h1>L'Écho de Brenne — la lettre interne des salariés — février 2026</h1>
<h2>Vu sur le web : « Gardienne d'immeuble, le plus beau métier du monde ? »</h2>
<p><em>Nous reproduisons ci-dessous, parce qu'il nous a beaucoup touchés, le billet publié le
2 février sur le blog « Chroniques du palier » de Marion Delaunay, journaliste indépendante. Texte
et photographies © Marion Delaunay, tous droits réservés.</em></p>
<blockquote>
<p>Elle connaît chaque boîte aux lettres, chaque poussette, chaque chien. À six heures et demie,
quand la ville dort encore, Nadia a déjà fait le tour de ses trois halls. Elle ramasse un
prospectus, redresse une plante, note sur son carnet qu'une ampoule a grillé au quatrième. « Le
métier, c'est de voir avant que les gens aient besoin de demander », dit-elle en riant.</p>
<p>Pendant trois semaines, j'ai suivi des gardiennes et des gardiens de HLM dans quatre villes de
l'Ouest. J'ai vu des disputes de voisinage désamorcées en deux phrases, des personnes âgées dont
on est la seule visite de la journée, des halls repeints par des ados en chantier éducatif. J'ai
vu aussi la fatigue, les insultes, les menaces parfois, et ce sentiment d'être « le dernier
service public qui reste quand tout le monde est parti ».</p>
<p>Ce qui frappe, c'est l'écart entre la reconnaissance qu'ils reçoivent des habitants et celle
qu'ils reçoivent de leurs employeurs. « On nous parle d'indicateurs, de délais de traitement, de
tablettes », soupire un gardien de Rennes. « Mais ce qu'on fait de plus important ne rentre dans
aucune case. »</p>
<p>Suite de l'article et galerie photos sur le blog.</p>
</blockquote>
<p>[Photo 1 : une gardienne dans un hall au petit matin — © M. Delaunay]<br>
[Photo 2 : un trousseau de clés sur un bureau de loge — © M. Delaunay]</p>
<p>Et vous, qu'en pensez-vous ? Réagissez sur le forum de l'intranet.</p>
""",
)

HTML_PAGES["s068_intranet_actualites_carnet_mouvements.html"] = (
    "Intranet — actualités de la semaine",
    """
<h1>Actualités de la semaine — du 2 au 6 février 2026</h1>
<h2>Le chantier des Peupliers C a démarré</h2>
<p>Les premiers échafaudages ont été montés lundi sur la façade nord du bâtiment C des Peupliers.
Le chantier d'isolation thermique par l'extérieur durera huit mois. Les locataires ont été
informés par courrier et lors d'une réunion organisée le 27 janvier avec l'amicale. Merci aux
équipes de l'agence Nord et de la direction du patrimoine pour la préparation de ce chantier
attendu depuis longtemps. Pour toute question des locataires, un numéro dédié est ouvert :
renvoyez vers la chargée de relations locataires de l'entreprise titulaire, dont les coordonnées
sont affichées dans les halls.</p>
<h2>Espace locataire : 2 000 inscrits !</h2>
<p>Lancé en septembre, l'espace locataire en ligne a franchi la barre des 2 000 comptes actifs. Les
fonctions les plus utilisées sont le téléchargement des avis d'échéance, le paiement en ligne et
le suivi des réclamations. Rappel : les ateliers d'aide au numérique reprennent en mars dans les
centres sociaux ; n'hésitez pas à les signaler aux locataires qui rencontrent des difficultés.</p>
<h2>Formation : les inscriptions sont ouvertes</h2>
<p>Les sessions « Prévenir et gérer les situations conflictuelles » des 12-13 mars et 9-10 avril
ont encore des places. Inscriptions auprès du service formation avant le 20 février. La formation
« Premiers secours en santé mentale » sera proposée pour la première fois en juin : elle s'adresse
à tous les personnels en contact avec les locataires.</p>
<h2>Carnet</h2>
<p>Bienvenue à Mathis Guérin, qui rejoint la régie technique comme agent de maintenance (secteur
Centre), à Laura Pichon, nouvelle chargée d'accueil au siège, et à Anthony Lacroix, gardien des
Peupliers à compter du 1er mars.</p>
<p>Félicitations à Lucie Ferrand, chargée de clientèle à l'agence Nord, pour la naissance de sa
fille Rose le 28 janvier.</p>
<p>Corinne Vasseur, assistante technique à l'agence Centre, ne reviendra pas parmi nous avant
l'été : son arrêt pour maladie a été prolongé et son médecin envisage une reprise en temps partiel
thérapeutique. Elle remercie les collègues pour leurs messages et demande, pour le moment, qu'on
ne l'appelle pas sur son téléphone personnel ; vous pouvez lui écrire par l'intermédiaire du
service RH, qui transmettra.</p>
<p>Départ en retraite de Marie-Claude Barreau, comptable, après 27 ans à l'office : pot de départ
le jeudi 26 février à 16 h 30 en salle du conseil.</p>
<h2>Rappel sécurité informatique</h2>
<p>Suite à l'audit du contrôle d'accès, tous les mots de passe partagés ont été supprimés : chacun
dispose désormais d'un compte nominatif. Ne communiquez jamais vos identifiants, même à un
collègue ou à un prestataire, et méfiez-vous des courriels vous demandant de « vérifier votre
compte ». En cas de doute, appelez l'assistance informatique au poste 2100.</p>
<h2>Menu du restaurant inter-entreprises</h2>
<p>Semaine du 9 février : lundi, blanquette ; mardi, poisson du jour ; mercredi, couscous ; jeudi,
lasagnes végétariennes ; vendredi, choucroute de la mer.</p>
""",
)

HTML_PAGES["s069_rapport_ronde_societe_surveillance.html"] = (
    "SécuriGarde — rapport de ronde",
    """
<h1>SécuriGarde — rapport de vacation — Hauts-de-Brenne</h1>
<p>Nuit du samedi 14 au dimanche 15 février 2026 — agents : J. Mendy, S. Caron — 19 h 00 à 01 h 00</p>
<table>
<tr><th>Heure</th><th>Lieu</th><th>Observation</th></tr>
<tr><td>19:20</td><td>Hall B</td><td>6 individus, dont Rayan B. et Ilyes M. (connus, bât. B),
refusent de quitter les lieux. Appel 17.</td></tr>
<tr><td>19:55</td><td>Hall B</td><td>Intervention police nationale. Rayan B. (17 ans) interpellé
porteur de 14 sachets de résine ; Ilyes M. (19 ans) interpellé pour outrage. Conduits au
commissariat.</td></tr>
<tr><td>21:40</td><td>Parking sud</td><td>Véhicule incendié (Clio grise) — pompiers. Propriétaire :
locataire bât. A (M. Kevin N.).</td></tr>
<tr><td>23:10</td><td>Caves C</td><td>Porte forcée, pas d'occupant.</td></tr>
<tr><td>00:30</td><td>Hall A</td><td>RAS.</td></tr>
</table>
<p>Copie : référent sûreté Brenne Habitat ; commissariat (à sa demande).</p>
""",
)

HTML_PAGES["s070_registre_extractions_videoprotection.html"] = (
    "Registre des extractions d'images",
    """
<h1>Registre des extractions — vidéoprotection Hauts-de-Brenne</h1>
<p>Tenu par le référent sûreté. Conservation : 5 ans.</p>
<table>
<tr><th>N°</th><th>Date</th><th>Demandeur</th><th>Caméras / période</th><th>Motif</th></tr>
<tr><td>2025-07</td><td>17/11/2025</td><td>OPJ Lt Moreau, commissariat de Castelvieux,
réquisition n° 2025/1877</td><td>C05, C06 du 01/11 au 14/11</td>
<td>Enquête trafic de stupéfiants, bâtiment F Jean-Moulin (images transférées par le poste de
loge) — mis en cause : M. Kader Ziani, en détention provisoire</td></tr>
<tr><td>2025-08</td><td>24/11/2025</td><td>OPJ Brigadier-chef Lenoir</td>
<td>C06, C07 du 20/11</td><td>Incendie du véhicule de Mme Audrey Picot, locataire B 0410 ;
suspect : son ex-compagnon, M. Julien Dorval, visible à 02:14</td></tr>
<tr><td>2025-09</td><td>08/12/2025</td><td>Mme Chantal Nguyen, locataire A 1502 (droit d'accès)</td>
<td>C01 du 05/12, 18:00-19:00</td><td>Vol de colis dans sa boîte aux lettres ; images visionnées
avec elle, visages des tiers floutés</td></tr>
</table>
<p>Identifiants de l'enregistreur modifiés le 15/12/2025 (nouveau mot de passe dans le coffre
numérique de la DSI). Les clés USB chiffrées sont rangées dans l'armoire forte du siège.</p>
""",
)

HTML_PAGES["s071_lettre_motivation_demande_logement_conversion.html"] = (
    "Demande de logement — lettre jointe",
    """
<h1>Lettre jointe à la demande de logement</h1>
<p>Madame, Monsieur,</p>
<p>Je m'appelle Julien Mercier, j'ai 27 ans et je travaille comme préparateur de commandes chez
Logivienne à Castelvieux depuis deux ans, en CDI. Je vous écris pour appuyer ma demande de
logement social, parce que le formulaire ne me permet pas d'expliquer ma situation.</p>
<p>Depuis ma conversion à l'islam il y a trois ans, mes parents, chez qui je vivais, ne
l'acceptent pas. En septembre, après une dispute violente avec mon père à propos de mon mariage
religieux avec ma compagne, il m'a mis à la porte. Je dors depuis chez un collègue, sur un
matelas, et je ne peux pas y rester. Ma compagne vit encore chez ses parents à Poitiers, nous
voudrions nous installer ensemble et nous marier à la mairie au printemps.</p>
<p>Je peux payer un loyer jusqu'à 500 €. Je cherche un T2, peu importe le quartier.</p>
<p>Merci de votre attention.<br>J. Mercier</p>
""",
)

HTML_PAGES["s072_fiche_cotation_demandeur_detail.html"] = (
    "Fiche de cotation détaillée — demande 0362525 01 0219 6 C",
    """
<h1>Fiche de cotation détaillée</h1>
<p>Outil intercommunal de gestion partagée de la demande — Castelvieux Agglo. Extraction du
12/02/2026 par le service logement de la commune (agent : S. Delorme) pour la préparation de la
réunion du contingent communal.</p>
<h2>Demandeur</h2>
<table>
<tr><th>Nom</th><td>Mme Nadège BONNIN, née le 14/04/1982</td></tr>
<tr><th>Adresse actuelle</th><td>Centre d'hébergement « La Halte », 8 rue Carnot, Castelvieux
(depuis le 18/06/2025)</td></tr>
<tr><th>Composition</th><td>demandeuse + 3 enfants : Lucas (2010), Inès (2014), Noé (2021)</td></tr>
<tr><th>Typologie demandée</th><td>T4 (T3 accepté)</td></tr>
<tr><th>Communes</th><td>Castelvieux, Saint-Rémy</td></tr>
<tr><th>Ressources</th><td>RSA majoré 1 260 € ; prestations familiales 612 € ; AEEH 149 €</td></tr>
</table>
<h2>Critères retenus</h2>
<table>
<tr><th>Critère</th><th>Points</th><th>Justificatif vérifié</th></tr>
<tr><td>Victime de violences au sein du couple</td><td>150</td>
<td>Ordonnance de protection du JAF du 02/07/2025 (ex-conjoint : M. Franck Bonnin, interdiction
de contact, suspension de l'autorité parentale sur Noé) ; plainte du 14/06/2025</td></tr>
<tr><td>Hébergée en structure</td><td>80</td><td>Attestation CHRS</td></tr>
<tr><td>Handicap d'un membre du ménage, logement inadapté</td><td>60</td>
<td>Notification MDPH pour Inès (trouble du neurodéveloppement, taux 50 à 79 %)</td></tr>
<tr><td>Parent isolé</td><td>20</td><td>—</td></tr>
<tr><td>Ressources &lt; 40 % PLUS</td><td>30</td><td>Attestation CAF</td></tr>
<tr><td>Ancienneté (13 mois)</td><td>1</td><td>—</td></tr>
<tr><td><strong>Total</strong></td><td><strong>341</strong></td><td>rang 2 / 64 pour un T4 à
Castelvieux</td></tr>
</table>
<h2>Observations de l'instructrice</h2>
<p>Mme Bonnin a quitté le domicile conjugal de Saint-Rémy en juin 2025, après une agression au
cours de laquelle elle a été blessée au bras (fracture du poignet) devant les enfants. L'ex-conjoint
a été condamné le 18 novembre 2025 par le tribunal correctionnel de Poitiers à dix-huit mois
d'emprisonnement dont dix avec sursis probatoire ; il est incarcéré à Vivonne, libérable au plus
tôt à l'été 2026 selon l'avocate de Mme Bonnin. Le parquet a demandé que la victime soit informée
de sa libération.</p>
<p>Les enfants sont suivis : Lucas par la psychologue de France Victimes, Inès par le SESSAD
(autisme, orientation MDPH en ULIS école), Noé par la PMI. Le juge des enfants a été saisi par le
parquet au moment des faits ; une mesure d'investigation éducative a conclu en décembre à
l'absence de danger auprès de la mère et la procédure d'assistance éducative a été clôturée.</p>
<p>Souhaits : éviter Saint-Rémy et le quartier des Hauts-de-Brenne (famille de l'ex-conjoint) ;
proximité de l'école Paul-Bert (ULIS) et du SESSAD ; rez-de-chaussée ou 1er étage (Inès fugue
parfois par les fenêtres ouvertes, selon la mère ; protection des fenêtres à prévoir).</p>
<p>Adresse à garder confidentielle après attribution (pas de nom sur la boîte aux lettres ni sur
l'interphone). Signature du bail en mairie. Proposition : T4 Résidence du Moulin n° 0204 (libre
au 01/03), contingent communal, CALEOL Centre du 19/03/2026.</p>
<p>Rappel : cette fiche ne doit pas être transmise telle quelle aux membres de la commission ; la
fiche de présentation ne mentionne que les critères (« violences — hébergée — handicap »).</p>
""",
)

HTML_PAGES["s073_plan_gestion_crise_diffusion_restreinte.html"] = (
    "Plan de continuité et de gestion de crise — DR",
    """
<h1>DIFFUSION RESTREINTE — Plan de gestion de crise de Brenne Habitat (version 2026)</h1>
<p>Ce document ne doit pas être diffusé en dehors de la cellule de crise. Il n'est pas publié sur
l'intranet général.</p>
<h2>Cellule de crise</h2>
<p>Composition : directrice générale (ou DGA), directeur du patrimoine, directeur de la proximité,
responsable communication, référent sûreté, DSI. Lieu de repli si le siège est inaccessible :
agence Nord, salle de réunion (clé au coffre, combinaison connue des seuls membres de la
cellule).</p>
<h2>Scénarios</h2>
<ul>
<li>Cyberattaque / rançongiciel : déconnexion immédiate du serveur SRV-ACCES et des sauvegardes
en ligne ; les sauvegardes hors ligne sont stockées chez le prestataire Datavienne (coffre n° 14,
retrait sur présentation de la carte de la DSI ou de la DG) ; le PRA prévoit 72 h de reprise pour
la gestion locative.</li>
<li>Émeutes urbaines : liste des sites prioritaires à protéger (loges et agences des Hauts-de-Brenne
et de Jean-Moulin) ; évacuation des gardiens ; coupure à distance des badges du bâtiment F de
Jean-Moulin, dont le contrôle d'accès est piloté depuis le siège.</li>
<li>Incendie d'immeuble de grande hauteur : relogement d'urgence, conventions avec deux hôtels.</li>
</ul>
<h2>Annuaire de crise</h2>
<p>Numéros personnels des membres de la cellule et ligne directe du cabinet du préfet : voir
annexe papier scellée.</p>
""",
)

HTML_PAGES["s074_note_dg_president_amicale_engagement_politique.html"] = (
    "Note — élections des représentants des locataires",
    """
<h1>Note à l'attention du président du conseil d'administration</h1>
<p>De la directrice générale — 9 février 2026 — personnel</p>
<p>Monsieur le Président,</p>
<p>Vous m'avez interrogée sur le climat attendu pour les élections des représentants des
locataires de décembre. Je vous livre quelques éléments, à titre strictement personnel.</p>
<p>M. Farid Amrani, administrateur sortant et tête de liste pressentie de la CNL, est également
colistier, en position éligible, sur la liste d'opposition « Castelvieux en commun » soutenue par
La France insoumise et le PCF pour les municipales de mars ; il milite au PCF depuis de nombreuses
années et ne s'en cache pas. Certains administrateurs craignent que la campagne des locataires
soit instrumentalisée contre la majorité municipale, notamment sur les loyers et la
vidéoprotection.</p>
<p>Je ne crois pas qu'il faille modifier notre attitude : M. Amrani a toujours respecté le
secret des délibérations de la CALEOL. Je suggère néanmoins de reporter après le 22 mars la
présentation publique du projet de vidéoprotection des Peupliers, pour éviter toute
interférence.</p>
<p>Hélène Maréchal</p>
""",
)

HTML_PAGES["s075_extranet_achats_bpu_negocie_multitechnique.html"] = (
    "Espace achats — BPU négocié et sous-détails (confidentiel)",
    """
<h1>Accord-cadre d'entretien multitechnique des logements 2026-2029</h1>
<p>Espace achats de l'extranet Brenne Habitat — accès restreint (direction des achats, direction du
patrimoine). Titulaire pressenti : <strong>Ouest Multiservices Habitat (OMH) SAS</strong>, Niort.
Pages mises en ligne le 19/01/2026 après la phase de négociation. <strong>Les sous-détails de prix,
les conditions d'achat et les éléments d'organisation fournis par OMH sont couverts par le secret
des affaires et ont été communiqués à titre confidentiel. Ils ne doivent pas être transmis aux
autres candidats, aux associations de locataires ni publiés avec le rapport d'analyse.</strong></p>

<h2>1. Rappel du périmètre</h2>
<p>L'accord-cadre couvre l'entretien courant à l'intérieur des logements (plomberie sanitaire,
robinetterie, électricité, menuiseries intérieures, petite serrurerie, VMC individuelle), ainsi
que la remise en état des logements vacants avant relocation, pour les 6 412 logements du
patrimoine. Il est passé pour quatre ans, avec un maximum de 3,6 M€ HT. L'entretien de la
robinetterie et des équipements sanitaires est en partie récupérable sur les locataires au titre
du contrat « entretien robinetterie » (forfait par logement).</p>

<h2>2. Forfait annuel d'entretien par logement (part récupérable et non récupérable)</h2>
<table>
<tr><th>Composante</th><th>Prix offert initial (€ HT/logt/an)</th><th>Prix négocié</th>
<th>Coût de revient OMH déclaré</th></tr>
<tr><td>Robinetterie et sanitaires (visite annuelle + dépannages)</td><td>38,40</td><td>34,90</td>
<td>29,10</td></tr>
<tr><td>VMC individuelle (nettoyage des bouches, contrôle)</td><td>9,80</td><td>8,60</td>
<td>7,30</td></tr>
<tr><td>Détecteurs de fumée (remplacement, contrôle)</td><td>3,20</td><td>2,90</td><td>2,40</td></tr>
<tr><td>Total forfait</td><td>51,40</td><td>46,40</td><td>38,80</td></tr>
</table>
<p>Le forfait négocié représente, pour 6 412 logements, un montant annuel de 297 517 € HT. OMH
indique une marge brute de 16,4 % sur le forfait, contre 24 % en moyenne sur ses autres contrats
de bailleurs, en raison de la densité du patrimoine de Castelvieux qui réduit ses temps de
déplacement (2,1 logements visités par heure, contre 1,6 sur ses contrats ruraux).</p>

<h2>3. Sous-détail du taux horaire</h2>
<table>
<tr><th>Poste</th><th>€ HT / heure</th></tr>
<tr><td>Salaire brut technicien N3P1 (convention bâtiment)</td><td>15,80</td></tr>
<tr><td>Charges sociales patronales (taux effectif 38 %)</td><td>6,00</td></tr>
<tr><td>Indemnités de trajet et de panier</td><td>1,90</td></tr>
<tr><td>Véhicule atelier (location longue durée, carburant, assurance)</td><td>4,70</td></tr>
<tr><td>Outillage et consommables non facturés</td><td>1,10</td></tr>
<tr><td>Encadrement et planification (1 conducteur pour 9 techniciens)</td><td>3,80</td></tr>
<tr><td>Frais généraux du siège</td><td>4,30</td></tr>
<tr><td>Coût de revient horaire</td><td>37,60</td></tr>
<tr><td>Marge</td><td>6,40</td></tr>
<tr><td>Prix horaire offert (BPU, ligne 1.01)</td><td>44,00</td></tr>
</table>
<p>OMH précise que ses techniciens sont rémunérés en partie à la performance (prime mensuelle
calculée sur le nombre d'interventions clôturées sans retour), système qu'elle présente comme un
élément de son savoir-faire et dont elle ne souhaite pas que les paramètres soient connus de ses
concurrents : 4 € par intervention clôturée au-delà de 90 par mois, malus de 8 € par retour sous
30 jours.</p>

<h2>4. Conditions d'achat des fournitures (déclarées par OMH)</h2>
<table>
<tr><th>Famille</th><th>Fournisseur</th><th>Remise obtenue sur tarif public</th>
<th>Coefficient de revente BPU</th></tr>
<tr><td>Robinetterie (mitigeurs, mécanismes de chasse)</td><td>Cedeo (accord national)</td>
<td>52 %</td><td>1,35</td></tr>
<tr><td>Appareillage électrique</td><td>Rexel</td><td>47 %</td><td>1,30</td></tr>
<tr><td>Quincaillerie, serrures intérieures</td><td>Würth</td><td>38 %</td><td>1,40</td></tr>
<tr><td>Bouches VMC hygroréglables</td><td>Aldes (direct fabricant)</td><td>55 %</td>
<td>1,25</td></tr>
</table>
<p>Exemple : un mitigeur d'évier de la gamme retenue (prix public 142 € HT) est acheté 68,16 € et
facturé 92,02 € au BPU (ligne 4.12). OMH a accepté de ramener son coefficient sur la robinetterie
de 1,45 à 1,35 lors de la négociation.</p>

<h2>5. Remise en état des logements vacants — prix forfaitaires</h2>
<table>
<tr><th>Typologie</th><th>Forfait « rafraîchissement » initial</th><th>Forfait négocié</th>
<th>Temps prévu par OMH</th></tr>
<tr><td>T1 / T2</td><td>1 480 €</td><td>1 360 €</td><td>22 h + sous-traitance peinture</td></tr>
<tr><td>T3</td><td>1 960 €</td><td>1 790 €</td><td>29 h + sous-traitance peinture</td></tr>
<tr><td>T4 / T5</td><td>2 540 €</td><td>2 310 €</td><td>37 h + sous-traitance peinture</td></tr>
</table>
<p>OMH sous-traite la peinture à l'entreprise Couleurs d'Aunis à un prix de 9,20 € HT/m² (refacturé
dans le forfait sur une base de 12,50 €/m²). Cette sous-traitance sera déclarée par DC4 ; le prix
de sous-traitance n'a pas à figurer dans les documents communicables.</p>

<h2>6. Analyse de la direction des achats</h2>
<p>Après négociation, l'offre d'OMH présente un écart de -9,7 % par rapport à l'estimation du
pouvoir adjudicateur et de -6,2 % par rapport à l'offre classée deuxième (Habitat Services
Poitou). L'analyse du sous-détail ne fait pas apparaître de prix anormalement bas : le coût de
revient horaire déclaré est cohérent avec les minima conventionnels et les charges sociales
applicables, et la marge, bien que réduite, reste positive sur l'ensemble des postes. Le risque
principal porte sur la tenue des délais en période de forte rotation (été), OMH ayant dimensionné
son équipe à 7 techniciens pour un besoin estimé par nos services entre 7 et 9.</p>
<p>Proposition : attribution à OMH avec une clause de renfort estival (2 techniciens
supplémentaires de juin à septembre, valorisés au taux horaire négocié) ; pénalités de retard
portées à 80 € par jour pour les remises en état de logements vacants au-delà de 10 jours ouvrés.</p>

<h2>7. Rappel sur la communication des documents</h2>
<p>En cas de demande de communication par un candidat évincé, seuls seront communicables : le
montant global de l'offre retenue, les prix unitaires du BPU (hors sous-détails), les notes et
classements. Ne seront pas communiqués : le présent sous-détail, les conditions d'achat des
fournitures, les coefficients de revente, le temps prévu par intervention, le système de
rémunération des techniciens et les prix de sous-traitance. La commission d'accès aux documents
administratifs considère de manière constante que ces éléments relèvent du secret des
affaires.</p>
<p>Rédaction : Jérôme Tessier, responsable des achats — 19 janvier 2026.</p>
""",
)


# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_de_gestion_2024_conseil_administration.docx"] = [
    ("title", "Brenne Habitat — Rapport de gestion de l'exercice 2024"),
    para("""Rapport présenté par la directrice générale au conseil d'administration du 19 juin 2025,
    à l'appui de l'approbation des comptes de l'exercice 2024. Document public, publié sur le site
    internet de l'office avec les comptes annuels."""),
    ("h", "1. Faits marquants de l'exercice"),
    para("""L'exercice 2024 a été marqué par la poursuite d'un contexte économique difficile pour les
    organismes de logement social : maintien de la réduction de loyer de solidarité à un niveau
    élevé, hausse du taux du livret A (3 % sur l'ensemble de l'année), qui renchérit le coût de la
    dette indexée, et augmentation des coûts de construction et de maintenance. Dans ce contexte,
    l'office a maintenu un niveau d'investissement soutenu, tout en préservant son équilibre
    financier. Les principales réalisations de l'année sont la livraison de 87 logements neufs
    (dont la première tranche du Clos-Fleuri), l'achèvement de la réhabilitation thermique de
    184 logements aux Tilleuls, le lancement des études de la réhabilitation des Peupliers C et
    la signature de la convention de renouvellement urbain des Hauts-de-Brenne avec l'ANRU."""),
    ("h", "2. Activité locative"),
    para("""Le patrimoine s'établit au 31 décembre 2024 à 6 412 logements familiaux et 212 équivalents
    logements en résidences pour personnes âgées. Les loyers quittancés s'élèvent à 31,8 M€, en
    hausse de 3,1 % sous l'effet de la revalorisation de 3,5 % au 1er janvier 2024, partiellement
    compensée par la vacance technique liée au programme de démolition. La réduction de loyer de
    solidarité a représenté 3,27 M€, soit 10,3 % des loyers. Le taux de vacance commerciale est
    resté faible (1,9 %). Le taux de rotation s'établit à 8,9 %."""),
    para("""Les créances locatives des locataires présents représentent 3,2 % des loyers et charges
    quittancés, en légère hausse. L'office a admis en non-valeur 412 000 € de créances
    irrécouvrables, dont 46 % au titre des effacements prononcés dans le cadre des procédures de
    surendettement. La dotation nette aux provisions pour créances douteuses s'élève à 186 000 €.
    Les dispositifs de prévention (plans d'apurement, FSL, fonds social interne) ont permis de
    limiter le nombre d'expulsions effectives à 13 sur l'année, toutes précédées d'un examen en
    CCAPEX."""),
    ("h", "3. Investissements"),
    para("""Les dépenses d'investissement se sont élevées à 36,4 M€ : 19,2 M€ pour la construction
    neuve, 12,1 M€ pour la réhabilitation et les remplacements de composants, 2,3 M€ pour le
    programme de renouvellement urbain (études, relogement, premières démolitions de garages),
    1,9 M€ pour l'adaptation des logements, la sécurisation et les résidentialisations, 0,9 M€ pour
    les systèmes d'information. Ces investissements ont été financés par emprunts à hauteur de
    68 %, par subventions à hauteur de 11 % et par fonds propres à hauteur de 21 %."""),
    ("table", [
        ["Programme", "Logements", "Coût (M€ TTC)", "Livraison"],
        ["Le Clos-Fleuri (tranche 1)", "42", "7,3", "juin 2024"],
        ["Saint-Rémy, rue des Vignes", "24", "4,1", "octobre 2024"],
        ["Castelvieux, îlot Carnot (acquisition-amélioration)", "21", "3,6", "décembre 2024"],
        ["Réhabilitation Les Tilleuls A et B", "184", "11,9", "novembre 2024"],
    ]),
    ("h", "4. Résultats financiers"),
    para("""Le chiffre d'affaires s'établit à 44,6 M€ (loyers, charges récupérées, produits des
    activités annexes). Le résultat net comptable est de 2,41 M€, contre 2,86 M€ en 2023. La baisse
    s'explique principalement par la hausse des frais financiers (+0,9 M€) et des dotations aux
    amortissements liées aux livraisons, partiellement compensée par des plus-values de cession
    (vente de 19 logements à leurs occupants pour 1,46 M€). L'autofinancement net HLM s'élève à
    3,92 M€, soit 8,0 % des loyers, au-dessus du seuil d'alerte réglementaire (3 %) mais en deçà de
    la moyenne des offices comparables (10,5 %)."""),
    para("""La dette financière s'établit à 248,3 M€, dont 91 % auprès de la Banque des Territoires. Elle
    est indexée sur le livret A à hauteur de 86 %. L'annuité représente 41,2 % des loyers. La
    trésorerie s'élève à 14,8 M€ au 31 décembre, soit environ quatre mois de dépenses. Le potentiel
    financier à terminaison des opérations engagées est de 1 410 € par logement, en baisse mais
    suffisant pour assurer la poursuite du plan stratégique de patrimoine, à condition de maintenir
    un rythme de vente de 20 à 25 logements par an."""),
    ("h", "5. Ressources humaines"),
    para("""L'effectif s'établit à 171 salariés au 31 décembre 2024 (dont 84 personnels de proximité).
    La masse salariale s'élève à 8,1 M€, en hausse de 4,2 % (revalorisations salariales
    négociées dans le cadre de la négociation annuelle obligatoire et recrutements sur des postes
    vacants). L'index de l'égalité professionnelle entre les femmes et les hommes atteint 89 points
    sur 100. L'office a consacré 2,1 % de sa masse salariale à la formation. Le taux d'absentéisme
    est de 6,1 %. Un accord relatif à la prévention des risques psychosociaux a été signé en
    octobre avec les organisations syndicales représentatives."""),
    ("h", "6. Gouvernance et contrôle"),
    para("""Le conseil d'administration s'est réuni six fois, le bureau neuf fois, la commission
    d'appel d'offres onze fois et les deux commissions d'attribution vingt-quatre fois. L'Agence
    nationale de contrôle du logement social (ANCOLS) a engagé en novembre 2024 un contrôle de
    l'office portant sur les exercices 2019 à 2023 ; le rapport provisoire est attendu à l'automne
    2025. Le commissaire aux comptes a certifié les comptes sans réserve."""),
    ("h", "7. Perspectives"),
    para("""Pour 2025, l'office prévoit la livraison de 94 logements, le démarrage de la réhabilitation
    des Peupliers C, la poursuite des relogements du bâtiment D des Hauts-de-Brenne (56 ménages
    relogés sur 91 au 31 mai 2025), la mise en service de l'espace locataire en ligne et le
    renouvellement des marchés de nettoyage et de maintenance des chaufferies. Le budget intègre une
    hypothèse de baisse du taux du livret A à 2,4 % au 1er février 2025, qui allégerait la charge
    financière d'environ 1,2 M€ en année pleine. La préparation de la nouvelle convention d'utilité
    sociale (2027-2032) débutera à l'automne, en concertation avec les collectivités et les
    associations de locataires."""),
    ("h", "8. Proposition d'affectation du résultat"),
    para("""Il est proposé au conseil d'administration d'affecter le résultat de l'exercice, soit
    2 412 318,46 €, en totalité au compte de report à nouveau, conformément aux dispositions
    applicables aux offices publics de l'habitat. La directrice générale, Hélène Maréchal."""),
]

DOCX_BLOCKS["p122_deliberation_ca_marche_maintenance_ascenseurs.docx"] = [
    ("title", "Délibération n° 2026-CA-004 — marché de maintenance des ascenseurs"),
    para("""Conseil d'administration de Brenne Habitat, séance du 5 février 2026. Votants : 21."""),
    para("""Le conseil d'administration, vu le code de la commande publique, vu l'avis de la
    commission d'appel d'offres du 22 janvier 2026, autorise la directrice générale à signer le
    marché de maintenance des 87 ascenseurs du patrimoine avec la société Orliac Ascenseurs SAS
    (Castelvieux), pour une durée de quatre ans à compter du 1er avril 2026 et un montant annuel
    forfaitaire de 120 930 € HT, auquel s'ajoutent les prestations hors forfait exécutées sur bons
    de commande dans la limite de 60 000 € HT par an. Trois offres ont été reçues. L'offre retenue
    est classée première sur les critères de valeur technique (55 %) et de prix (45 %)."""),
    para("""Le marché comporte un engagement de disponibilité de 98,5 % par appareil assorti de
    pénalités, la télésurveillance des appareils et un rapport trimestriel publié à destination des
    locataires. La part du forfait correspondant à l'entretien courant sera récupérée sur les
    locataires dans les conditions prévues par le décret n° 82-955 du 9 novembre 1982."""),
    para("""Vote : unanimité. Pour extrait conforme, le président, Bernard Lacaze."""),
]

DOCX_BLOCKS["p123_guide_du_locataire_brenne_habitat.docx"] = [
    ("title", "Guide du locataire — Brenne Habitat"),
    para("""Bienvenue chez vous ! Ce guide vous accompagne tout au long de votre location : votre
    arrivée, la vie dans votre logement et votre résidence, vos démarches, l'entretien et les
    réparations, et votre départ. Gardez-le précieusement avec votre contrat de location. Édition
    2026, remise à chaque nouveau locataire et disponible sur l'espace locataire."""),
    ("h", "1. Votre arrivée"),
    para("""Le jour de la signature du bail, vous recevez votre contrat de location, le règlement
    intérieur de la résidence, le dossier de diagnostic technique (performance énergétique,
    risques, électricité et gaz) et la notice d'information sur les charges. L'état des lieux
    d'entrée est réalisé avec le gardien ou un chargé de clientèle : prenez le temps de tout
    vérifier et signalez par écrit dans les dix jours tout défaut que vous n'auriez pas remarqué ;
    pour le chauffage, ce délai court jusqu'au premier mois de la période de chauffe."""),
    para("""Pensez à : souscrire une assurance habitation (obligatoire) et en transmettre l'attestation
    chaque année ; ouvrir vos contrats d'électricité et, le cas échéant, de gaz ; faire votre demande
    d'aide au logement auprès de la CAF ; changer d'adresse auprès de vos organismes ; vous inscrire
    sur l'espace locataire en ligne."""),
    ("h", "2. Votre loyer et vos charges"),
    para("""Votre avis d'échéance mensuel indique le loyer, les provisions de charges et, le cas
    échéant, l'aide au logement versée directement par la CAF à Brenne Habitat, qui vient en
    déduction. Le loyer est payable à terme échu, avant le 10 du mois suivant. Vous pouvez payer par
    prélèvement automatique (à la date de votre choix : 5, 10 ou 15 du mois), par carte bancaire sur
    l'espace locataire, par virement, par chèque ou en espèces dans les bureaux de poste partenaires
    avec le code-barres de votre avis."""),
    para("""Les charges récupérables (entretien des parties communes, ascenseur, chauffage collectif,
    eau, ordures ménagères, espaces verts) font l'objet de provisions mensuelles et d'une
    régularisation annuelle, à partir des dépenses réelles. Le décompte vous est adressé au plus
    tard en septembre. Les pièces justificatives peuvent être consultées à l'agence pendant six mois
    après l'envoi du décompte ; votre association de locataires peut vous accompagner dans cette
    vérification."""),
    para("""En cas de difficulté de paiement, contactez immédiatement le service recouvrement : plus
    tôt une solution est recherchée, plus elle est facile à trouver. Nos conseillères en économie
    sociale et familiale peuvent vous recevoir gratuitement. Chaque année, vous devez répondre à
    l'enquête sur les ressources (supplément de loyer de solidarité) et, tous les deux ans, à
    l'enquête sur l'occupation du parc social : ces réponses sont obligatoires."""),
    ("h", "3. L'entretien et les réparations"),
    para("""Certaines réparations sont à votre charge (réparations locatives, décret n° 87-712 du
    26 août 1987), d'autres à la charge de Brenne Habitat. Le tableau ci-dessous donne les exemples
    les plus courants."""),
    ("table", [
        ["Élément", "À votre charge", "À la charge de Brenne Habitat"],
        ["Robinetterie", "Joints, flexibles de douche (couverts par le contrat d'entretien)",
         "Remplacement pour vétusté"],
        ["Électricité", "Ampoules, fusibles, interrupteurs détériorés",
         "Tableau électrique, mise en conformité"],
        ["Menuiseries", "Graissage, remplacement des poignées cassées",
         "Remplacement des fenêtres, volets pour vétusté"],
        ["Murs et sols", "Petits raccords, rebouchage des trous",
         "Revêtements à remplacer lors d'une remise en état"],
        ["Chauffage individuel", "Entretien annuel de la chaudière (si contrat non collectif)",
         "Remplacement de la chaudière"],
        ["Ventilation", "Nettoyage des bouches (ne jamais les obstruer)",
         "Entretien du moteur de VMC collective"],
        ["Détecteur de fumée", "Test régulier", "Fourniture, remplacement (contrat)"],
    ]),
    para("""Pour signaler un problème technique, utilisez l'espace locataire, appelez l'accueil ou
    passez à la loge. En dehors des heures d'ouverture, l'astreinte technique traite les urgences
    (fuite importante, panne de chauffage collectif en hiver, personne bloquée dans un ascenseur,
    porte d'entrée de l'immeuble bloquée). Un numéro de réclamation vous est donné à chaque
    signalement : il vous permet d'en suivre le traitement."""),
    para("""Vous souhaitez faire des travaux ? Les travaux d'embellissement (peinture, papier peint)
    sont libres. Les transformations (abattre une cloison, changer une cuisine, installer une
    climatisation ou une parabole) nécessitent une autorisation écrite préalable de Brenne
    Habitat."""),
    ("h", "4. Vivre ensemble dans la résidence"),
    para("""Le règlement intérieur, annexé à votre contrat, fixe les règles de vie commune : respect
    de la tranquillité, propreté des parties communes, gestion des déchets, stationnement, animaux.
    Votre gardien est votre interlocuteur au quotidien. En cas de difficulté avec un voisin,
    essayez d'abord d'en parler calmement ; si le problème persiste, signalez-le par écrit à
    l'agence, en précisant les dates et la nature des nuisances. Une médiation gratuite peut vous
    être proposée. En cas d'urgence ou de danger, appelez la police (17)."""),
    para("""Les amicales de locataires sont des associations indépendantes qui représentent les
    locataires auprès du bailleur, participent au conseil de concertation locative et animent la vie
    des résidences. Tous les quatre ans, vous élisez vos représentants au conseil d'administration
    de Brenne Habitat : les prochaines élections auront lieu en décembre 2026."""),
    para("""Sécurité : ne laissez pas entrer d'inconnus, ne prêtez pas votre badge, ne stockez rien
    dans les caves qui puisse prendre feu, ne bloquez pas les portes coupe-feu. En cas d'incendie
    dans votre logement, sortez et fermez la porte ; s'il est dans la cage d'escalier, restez chez
    vous porte fermée, calfeutrez-la et manifestez-vous à la fenêtre. Certaines résidences sont
    équipées de vidéoprotection dans les parties communes ; la signalétique vous en informe."""),
    ("h", "5. Votre situation change"),
    para("""Naissance, mariage, PACS, séparation, décès, départ d'un enfant : signalez-le à Brenne
    Habitat et à la CAF. Le bail peut être transféré, dans certaines conditions, au conjoint, au
    partenaire de PACS, au concubin notoire ou aux descendants et ascendants vivant avec le
    locataire depuis au moins un an. Si vous êtes victime de violences au sein du couple, des
    règles particulières vous protègent : parlez-en à votre agence ou au CCAS, en toute
    confidentialité."""),
    para("""Votre logement n'est plus adapté ? Trop grand, trop petit, trop cher, inadapté à votre
    mobilité ? Vous pouvez déposer une demande de mutation. Brenne Habitat peut aussi adapter votre
    logement en cas de perte d'autonomie ou de handicap (voir le guide « Adapter son
    logement »)."""),
    ("h", "6. Votre départ"),
    para("""Pour quitter votre logement, adressez votre congé par lettre recommandée, acte de
    commissaire de justice ou remise en main propre contre récépissé. Le préavis est de trois mois,
    réduit à un mois dans les cas prévus par la loi (mutation professionnelle, perte d'emploi,
    premier emploi, état de santé justifiant un changement de domicile, bénéficiaires du RSA ou de
    l'AAH, attribution d'un autre logement social, logement situé en zone tendue). Une visite-conseil
    peut être organisée avant l'état des lieux de sortie pour vous indiquer les réparations à
    effectuer. Le dépôt de garantie vous est restitué dans un délai d'un mois si l'état des lieux de
    sortie est conforme à l'état des lieux d'entrée, de deux mois dans le cas contraire, déduction
    faite des sommes restant dues."""),
    ("h", "7. Vos données personnelles"),
    para("""Brenne Habitat traite vos données pour la gestion de votre bail, dans le respect du
    règlement général sur la protection des données. Vous disposez d'un droit d'accès, de
    rectification et d'effacement, à exercer auprès du délégué à la protection des données
    (dpo@brenne-habitat.fr). Les informations sensibles que vous nous confiez (santé, situation
    sociale) ne sont accessibles qu'aux personnes qui en ont besoin pour traiter votre demande."""),
    ("h", "8. Contacts utiles"),
    para("""Accueil central : 12 rue Jean-Jaurès, Castelvieux. Agence Nord : 3 allée des Peupliers.
    Agence Centre : 12 rue Jean-Jaurès. Astreinte technique : numéro figurant sur votre avis
    d'échéance et dans votre hall. Médiateur de la consommation : coordonnées sur votre avis
    d'échéance. ADIL de la Vienne : conseils juridiques gratuits."""),
]

DOCX_BLOCKS["p124_pv_assemblee_generale_amicale_jean_moulin.docx"] = [
    ("title", "Amicale des locataires de la Cité Jean-Moulin — procès-verbal de l'assemblée générale"),
    para("""Assemblée générale ordinaire du samedi 18 octobre 2025, 10 h, local commun du bâtiment D.
    Adhérents présents ou représentés : 47 sur 69. Le quorum (un tiers des adhérents) étant atteint,
    l'assemblée peut valablement délibérer. Présidente de séance : Mme Aminata Fofana, présidente de
    l'amicale. Secrétaire : M. Jean-Claude Pelletier."""),
    ("h", "1. Rapport moral"),
    para("""La présidente retrace l'année écoulée : création du jardin partagé avec l'association Les
    Mains Vertes, organisation de la fête d'hiver et de la sortie familiale à La Rochelle
    (52 participants), suivi des dossiers de charges avec la fédération CLCV, participation aux
    réunions de la gestion urbaine de proximité et au diagnostic en marchant. Elle remercie le
    gardien de la cité pour sa disponibilité et regrette les difficultés rencontrées au bâtiment F,
    où la vie collective a été rendue difficile par les occupations du hall ; l'amicale a relayé les
    demandes des locataires auprès de Brenne Habitat et de la mairie et a participé à la réunion
    publique sur la tranquillité du 7 octobre."""),
    para("""Le rapport moral est adopté à l'unanimité."""),
    ("h", "2. Rapport financier"),
    ("table", [
        ["Recettes", "Montant (€)", "Dépenses", "Montant (€)"],
        ["Cotisations (69 x 10 €)", "690", "Affiliation fédération", "207"],
        ["Subvention Brenne Habitat (plan de concertation)", "1 120", "Fête d'hiver", "846"],
        ["Subvention communale", "500", "Sortie familiale (car)", "1 150"],
        ["Participation familles sortie", "520", "Jardin partagé (outils, graines)", "312"],
        ["Buvette fête d'hiver", "402", "Fournitures, assurance", "389"],
        ["Total", "3 232", "Total", "2 904"],
    ]),
    para("""Excédent de l'exercice : 328 €. Solde du compte au 30 septembre 2025 : 1 846 €. Le
    vérificateur aux comptes, M. Marcel Joly, atteste la sincérité des comptes. Le rapport financier
    est adopté à l'unanimité ; quitus est donné à la trésorière, Mme Nicole Barbier."""),
    ("h", "3. Débat sur les charges et les travaux"),
    para("""Les adhérents soulèvent plusieurs questions : la hausse des charges de chauffage, le
    calendrier du remplacement des colonnes d'eau du bâtiment D (les coupures d'eau répétées
    gênent les familles avec de jeunes enfants et les personnes âgées), l'état des ascenseurs du
    bâtiment E, les infiltrations dans les logements du dernier étage du bâtiment E. L'amicale
    demandera à Brenne Habitat un calendrier écrit des travaux de colonnes et une information des
    locataires au moins une semaine avant chaque coupure. Elle proposera que les logements des
    personnes à mobilité réduite soient alimentés par des réserves d'eau pendant les coupures."""),
    para("""Sur la vidéoprotection, l'assemblée est partagée : une majorité des présents y est
    favorable pour les halls et le parking souterrain, une minorité s'y oppose par principe. Il est
    décidé de demander à Brenne Habitat une réunion d'information spécifique et une consultation
    écrite de tous les locataires de la cité avant toute installation."""),
    ("h", "4. Élection du bureau"),
    para("""Sont élus à l'unanimité : présidente, Mme Aminata Fofana ; vice-président, M. Mamadou
    Keita ; secrétaire, M. Jean-Claude Pelletier ; trésorière, Mme Nicole Barbier ; membres,
    Mme Sylvie Tran, M. Youssef Amrani, Mme Jacqueline Poirier."""),
    ("h", "5. Projets pour 2026"),
    para("""Extension du jardin partagé ; création d'une boîte à livres dans le hall du bâtiment D ;
    atelier « économies d'énergie » avec l'espace info énergie ; préparation des élections des
    représentants des locataires de décembre 2026 ; fête d'hiver le 13 décembre 2025."""),
    ("h", "6. Questions diverses"),
    para("""Un adhérent du bâtiment E demande si l'amicale peut intervenir au sujet des fuites
    répétées de la toiture : la présidente indique qu'un courrier collectif a été envoyé en juin et
    que Brenne Habitat a programmé la réfection de l'étanchéité en 2026 ; l'amicale demandera une
    date précise. Une adhérente propose d'organiser une collecte de vêtements d'hiver avec le
    Secours populaire : accord. Le local commun sera ouvert le mercredi après-midi pour l'aide aux
    devoirs animée par des bénévoles du centre social, à partir de janvier. Enfin, il est rappelé
    que la permanence de l'amicale a lieu le premier samedi du mois de 10 h à 12 h, et que les
    locataires non adhérents y sont aussi les bienvenus."""),
    para("""Cotisation 2026 maintenue à 10 €. L'ordre du jour étant épuisé, la séance est levée à
    12 h 15 et suivie d'un apéritif offert par l'amicale. La présidente, A. Fofana — Le
    secrétaire, J.-C. Pelletier."""),
]

DOCX_BLOCKS["p125_convention_abattement_tfpb_qpv.docx"] = [
    ("title", "Convention d'utilisation de l'abattement de TFPB — quartiers prioritaires 2025-2027"),
    para("""Entre l'État, Castelvieux Agglo, la commune de Castelvieux et Brenne Habitat. En
    contrepartie de l'abattement de 30 % sur la base d'imposition de la taxe foncière sur les
    propriétés bâties dont il bénéficie pour ses 1 460 logements situés en quartiers prioritaires
    (montant estimé : 412 000 € par an), Brenne Habitat s'engage à financer des actions renforçant
    la qualité de service."""),
    ("table", [
        ["Axe", "Actions", "Montant annuel (€)"],
        ["Renforcement de la présence du personnel de proximité", "2 gardiens supplémentaires, "
         "agents de médiation de soirée", "138 000"],
        ["Formation et soutien des personnels", "gestion des conflits, écoute psychologique", "18 000"],
        ["Sur-entretien", "nettoyage renforcé des halls, enlèvement des encombrants sous 48 h",
         "96 000"],
        ["Gestion des déchets", "bacs enterrés, sensibilisation", "24 000"],
        ["Tranquillité résidentielle", "vidéoprotection, éclairage, contrôle d'accès", "64 000"],
        ["Animation, lien social", "jardins partagés, chantiers éducatifs, locaux associatifs",
         "42 000"],
        ["Petits travaux d'amélioration", "peinture des halls, boîtes aux lettres", "30 000"],
    ]),
    para("""Un bilan annuel est présenté au comité de pilotage de la gestion urbaine de proximité et
    aux associations de locataires. Fait à Castelvieux, le 28 mars 2025."""),
]

DOCX_BLOCKS["p126_fiche_de_poste_referente_violences_intrafamiliales.docx"] = [
    ("title", "Fiche de poste — référent(e) violences intrafamiliales et logement"),
    para("""Brenne Habitat / Ville de Castelvieux — poste mutualisé, rattaché au service logement de la
    commune (50 %) et à la direction de la proximité de Brenne Habitat (50 %). Catégorie B de la
    fonction publique territoriale ou contrat de droit privé équivalent."""),
    ("h", "Missions"),
    para("""Accueillir et orienter les personnes victimes de violences au sein du couple ou de la
    famille qui sollicitent un relogement ou un maintien dans leur logement ; coordonner les
    demandes de mise à l'abri et de relogement avec les partenaires (intervenante sociale du
    commissariat, CIDFF, Solidarité Femmes 86, SIAO, CCAS) ; préparer les dossiers présentés en
    commission d'attribution en garantissant la confidentialité des informations ; gérer les deux
    appartements relais ; sensibiliser et former les personnels de proximité au repérage des
    violences ; assurer le suivi statistique anonymisé du dispositif."""),
    ("h", "Profil"),
    para("""Diplôme de travail social (CESF, assistant de service social, éducateur) ; connaissance du
    cadre juridique de la protection des victimes et des procédures d'attribution ; grande
    discrétion ; capacité à travailler en réseau. Permis B."""),
]

DOCX_BLOCKS["p127_cr_copil_gestion_urbaine_proximite.docx"] = [
    ("title", "Gestion urbaine et sociale de proximité (GUSP) — comité de pilotage du 4 décembre 2025"),
    para("""Quartiers prioritaires des Hauts-de-Brenne et de Bellevue-Peupliers. Hôtel de ville de
    Castelvieux, 14 h 30. Présidence : M. Karim Benhadj, adjoint au maire délégué au logement et à
    la politique de la ville. Participants : délégué du préfet ; Castelvieux Agglo (politique de la
    ville, déchets) ; Brenne Habitat (direction de la proximité, agences Nord) ; Vienne Logement ;
    services municipaux (propreté, espaces verts, police municipale, éclairage public) ; centre
    social Les Érables ; conseil citoyen ; amicales de locataires (CNL Peupliers, CLCV
    Jean-Moulin)."""),
    ("h", "1. Bilan des diagnostics en marchant de l'automne"),
    para("""Trois diagnostics en marchant ont été organisés (Peupliers le 30 septembre, Hauts-de-Brenne
    le 14 octobre, Jean-Moulin le 27 novembre), réunissant au total 64 habitants. 118
    dysfonctionnements ont été relevés : 41 relevant de Brenne Habitat (halls dégradés, portes,
    éclairage des parkings, encombrants), 52 de la commune (éclairage public, voirie, mobilier
    urbain, propreté), 19 de l'agglomération (points d'apport volontaire, bacs), 6 d'autres
    acteurs. Au 1er décembre, 63 % des dysfonctionnements sont traités ; les autres sont programmés
    ou nécessitent un investissement."""),
    ("table", [
        ["Site", "Relevés", "Traités", "Programmés", "Non programmés"],
        ["Les Peupliers", "37", "26", "8", "3"],
        ["Les Hauts-de-Brenne", "44", "25", "15", "4"],
        ["Cité Jean-Moulin", "37", "23", "10", "4"],
    ]),
    ("h", "2. Propreté et déchets"),
    para("""Les dépôts sauvages restent la première préoccupation des habitants. L'agglomération
    présente les résultats de l'expérimentation des bacs enterrés aux Peupliers : baisse de 40 % des
    débordements. Brenne Habitat indique que l'enlèvement des encombrants en pied d'immeuble est
    désormais assuré sous 48 heures dans les quartiers prioritaires, financé par l'abattement de
    TFPB. La police municipale a dressé 23 procès-verbaux pour dépôt sauvage depuis juin, à la suite
    de l'exploitation des caméras de la voie publique. Le conseil citoyen demande davantage de
    pédagogie, notamment auprès des nouveaux arrivants ; le centre social propose des ateliers de
    sensibilisation en lien avec les écoles."""),
    ("h", "3. Tranquillité"),
    para("""Le délégué du préfet rappelle les engagements pris lors de la réunion publique du
    7 octobre. La police municipale fait état de l'extension de ses horaires de patrouille le
    vendredi et le samedi soir. Brenne Habitat présente l'état d'avancement de la sécurisation des
    caves du bâtiment C des Hauts-de-Brenne (travaux en janvier) et la préparation de la
    concertation sur la vidéoprotection des Peupliers. Les amicales demandent que les habitants
    soient mieux informés des suites données aux signalements ; il est convenu qu'un point
    d'information trimestriel, en données agrégées, sera fait au conseil citoyen."""),
    ("h", "4. Lien social et participation"),
    para("""Le centre social présente le bilan de l'ouverture du vendredi soir (moyenne de
    35 jeunes par soirée, encadrés par deux animateurs et un éducateur de prévention). Les jardins
    partagés de Jean-Moulin et des Peupliers réunissent 28 familles. Les chantiers éducatifs de
    l'été ont concerné 24 jeunes de 16 à 21 ans (peinture de halls, aménagement du jardin) ; cinq
    d'entre eux ont ensuite signé un contrat d'apprentissage ou un contrat d'insertion."""),
    ("h", "5. Programmation 2026"),
    para("""Le comité valide la programmation 2026 : renouvellement des diagnostics en marchant au
    printemps et à l'automne ; extension des bacs enterrés aux Hauts-de-Brenne ; éclairage du
    chemin piéton entre le bâtiment A et l'école Jean-Zay ; création d'une boîte à livres et d'une
    fresque participative à Jean-Moulin ; formation commune des gardiens et des agents municipaux à
    la gestion des conflits ; enquête de perception auprès des habitants (300 questionnaires).
    Budget de la convention GUSP pour 2026 : 186 000 €, dont 42 % à la charge de Brenne Habitat
    (abattement de TFPB), 38 % de la commune, 20 % de l'agglomération."""),
    para("""Prochain comité de pilotage : juin 2026. Compte rendu établi par la mission politique de la
    ville, diffusé aux participants et publié sur le site de la commune."""),
]

DOCX_BLOCKS["p128_charte_ethique_videoprotection_parties_communes.docx"] = [
    ("title", "Charte d'éthique de la vidéoprotection dans les parties communes"),
    para("""Brenne Habitat — charte adoptée après avis du conseil de concertation locative du
    14 octobre 2025. Elle s'applique à toutes les résidences équipées et est affichée dans chaque
    hall concerné."""),
    para("""1. Finalités : la vidéoprotection a pour seules finalités la protection des personnes et
    des biens dans les parties communes et la prévention des dégradations. Elle ne sert ni à
    surveiller les habitudes des locataires, ni à contrôler le travail des salariés ou des
    prestataires. 2. Emplacements : les caméras filment uniquement les halls, les locaux poubelles,
    les caves et les parkings ; elles ne filment ni les paliers d'étage, ni les portes des
    logements, ni l'intérieur des logements, ni la voie publique. 3. Concertation : toute
    installation est précédée d'une information des locataires et d'une consultation. 4. Accès :
    seules trois personnes de l'office, nommément habilitées, et l'exploitant peuvent accéder aux
    enregistrements. Les gardiens peuvent visualiser le direct de certaines caméras, sans accès aux
    enregistrements. 5. Conservation : 30 jours au maximum. 6. Transmission : les images ne sont
    transmises qu'aux forces de l'ordre sur réquisition ou dans les cas prévus à l'article L. 126-1-1
    du code de la construction et de l'habitation. 7. Droits : toute personne filmée peut demander à
    accéder aux images la concernant auprès du délégué à la protection des données. 8. Bilan : un
    bilan annuel en données agrégées est présenté au conseil de concertation locative."""),
]

DOCX_BLOCKS["p129_bilan_annuel_ccapex_territoire_castelvieux.docx"] = [
    ("title", "Sous-commission CCAPEX de Castelvieux — bilan d'activité 2024"),
    para("""Document présenté au comité responsable du plan départemental d'action pour le logement et
    l'hébergement des personnes défavorisées (PDALHPD) le 20 mars 2025. Toutes les données sont
    agrégées ; aucune situation individuelle n'est décrite."""),
    ("h", "1. Activité de la sous-commission"),
    para("""La sous-commission s'est réunie onze fois en 2024. Elle a examiné 186 situations (168 en
    2023), dont 122 concernant le parc social (66 %) et 64 le parc privé (34 %). 41 % des situations
    ont été examinées au stade du commandement de payer, 32 % au stade de l'assignation, 18 % au
    stade du commandement de quitter les lieux et 9 % au stade de la demande de concours de la force
    publique."""),
    ("table", [
        ["Indicateur", "2023", "2024"],
        ["Situations examinées", "168", "186"],
        ["dont familles avec enfants mineurs", "79", "88"],
        ["dont personnes seules", "71", "80"],
        ["Dette moyenne au moment de l'examen (€)", "3 412", "3 780"],
        ["Diagnostics sociaux et financiers transmis avant l'audience", "54 %", "61 %"],
        ["Protocoles de cohésion sociale signés (territoire)", "17", "23"],
        ["Aides FSL maintien accordées aux ménages examinés", "62", "71"],
        ["Dossiers de surendettement déposés à la suite de l'examen", "24", "31"],
        ["Expulsions avec concours de la force publique", "16", "18"],
    ]),
    ("h", "2. Profil des ménages"),
    para("""Les ménages examinés sont majoritairement des personnes seules (43 %) et des familles
    monoparentales (31 %). 38 % des titulaires sont sans emploi, 29 % en emploi (souvent à temps
    partiel), 19 % retraités, 14 % bénéficiaires de l'allocation aux adultes handicapés ou d'une
    pension d'invalidité. Les événements déclencheurs de la dette les plus souvent relevés par les
    travailleurs sociaux sont la perte d'emploi (34 %), la séparation (21 %), un problème de santé
    (17 %), une rupture de droits à l'aide au logement (15 %) et le décès d'un membre du ménage
    (5 %). Dans 18 % des situations, aucun événement déclencheur n'a pu être identifié, faute de
    contact avec le ménage."""),
    ("h", "3. Enseignements"),
    para("""Le taux de présence des ménages aux rendez-vous proposés reste faible (52 %). Les membres
    de la sous-commission soulignent l'importance des visites à domicile, plus efficaces que les
    convocations, et le rôle des gardiens dans le repérage précoce. La part des ménages âgés en
    situation de fragilité cognitive, pour lesquels une mesure de protection juridique est
    nécessaire, progresse (11 situations en 2024 contre 5 en 2023). Une coordination avec le service
    des tutelles du tribunal judiciaire et les mandataires a été engagée."""),
    para("""La sous-commission constate que l'allongement des délais de relogement dans le parc social
    rend plus difficile la mutation des ménages vers des logements moins chers, pourtant souvent la
    meilleure solution. Elle recommande qu'un quota de mutations « économiques » soit fixé dans la
    convention intercommunale d'attribution."""),
    ("h", "4. Perspectives 2025"),
    para("""Mise en place d'une fiche de liaison commune aux bailleurs sociaux ; formation des
    membres au nouvel outil départemental ; intégration d'un représentant du point conseil budget ;
    expérimentation d'une « équipe mobile prévention des expulsions » avec le Département, pour les
    ménages qui ne répondent à aucune sollicitation. Le secrétariat (DDETS)."""),
]

DOCX_BLOCKS["p130_plan_de_formation_2026.docx"] = [
    ("title", "Plan de développement des compétences 2026 — synthèse"),
    para("""Brenne Habitat — présenté au comité social et économique le 11 décembre 2025. Budget :
    172 000 € (2,1 % de la masse salariale)."""),
    ("table", [
        ["Thème", "Public", "Volume (heures)", "Organisme"],
        ["Prévenir et gérer les situations conflictuelles", "Personnels de proximité", "420", "IFHS"],
        ["Premiers secours en santé mentale", "Gardiens, CESF, accueil", "280", "PSSM France"],
        ["Repérage des violences intrafamiliales", "Gardiens, chargés de clientèle", "140", "CIDFF 86"],
        ["Habilitation électrique BR / B1V", "Régie technique", "210", "Apave"],
        ["Outils numériques (tablette, GMAO)", "Gardiens", "160", "interne"],
        ["Attributions et cotation", "Chargés de clientèle", "84", "AR HLM"],
        ["Management et prévention des RPS", "Encadrants", "196", "cabinet Altitude"],
        ["Marchés publics", "Achats, patrimoine", "56", "CNFPT / AR HLM"],
    ]),
    para("""Priorités : sécurité des personnels de proximité, qualité de service, accompagnement des
    encadrants. Les demandes individuelles (VAE, bilans de compétences) sont examinées au fil de
    l'eau."""),
]

DOCX_BLOCKS["p131_procedure_accueil_demandeurs_guichet.docx"] = [
    ("title", "Procédure d'accueil des demandeurs de logement au guichet enregistreur"),
    para("""Service logement de la commune de Castelvieux — procédure interne, version 3
    (janvier 2026), applicable aux agents d'accueil et aux instructeurs."""),
    para("""1. Accueil : l'agent reçoit le demandeur dans le bureau fermé (et non au comptoir) dès que
    la demande porte sur une situation personnelle. 2. Enregistrement : saisie dans le système
    national d'enregistrement dans la journée, remise d'une attestation provisoire. 3. Information :
    remise du guide du demandeur, explication de la cotation et des délais moyens. 4. Situations
    d'urgence (violences, expulsion imminente, sortie d'hospitalisation sans solution) : appel
    immédiat de la responsable du service ou, en son absence, du CCAS. 5. Pièces sensibles : les
    pièces médicales ou judiciaires ne sont ni photocopiées ni scannées dans le dossier partagé ;
    l'agent en mentionne seulement l'existence et la date. 6. Suivi : rendez-vous de mise à jour
    proposé à chaque date anniversaire."""),
]

DOCX_BLOCKS["p132_rapport_ca_plan_de_vente_logements.docx"] = [
    ("title", "Rapport au conseil d'administration — plan de vente de logements 2026-2028"),
    para("""Rapporteur : directeur du patrimoine. Séance du 5 février 2026."""),
    para("""Conformément à l'article L. 443-7 du CCH, le plan de vente est intégré à la convention
    d'utilité sociale. Il est proposé de mettre en vente 148 logements individuels répartis dans
    six communes (Castelvieux : 62 ; Saint-Rémy : 31 ; autres : 55), construits entre 1975 et 1992,
    en bon état et disposant d'une étiquette énergétique A à D. Les logements seront proposés en
    priorité à leurs occupants, puis aux locataires du parc social du département, puis aux
    personnes physiques sous plafonds de ressources. Prix indicatif : 95 000 à 145 000 € selon la
    commune et la surface, soit une décote moyenne de 25 % sur l'estimation du service du domaine
    pour les locataires occupants. Objectif : 25 ventes par an, produit net estimé 2,4 M€ par an,
    réinvesti dans la construction neuve et la réhabilitation. Un accompagnement gratuit des
    acquéreurs (simulation de financement, information sur les charges de copropriété) est assuré
    par l'ADIL."""),
]

DOCX_BLOCKS["p133_modele_contrat_location_conventionne.docx"] = [
    ("title", "Contrat de location — logement conventionné (modèle type)"),
    para("""Entre Brenne Habitat, office public de l'habitat, ci-après « le bailleur », et [NOM
    Prénom du ou des locataires], ci-après « le locataire »."""),
    ("table", [
        ["Article", "Contenu"],
        ["1. Désignation", "[Adresse, n° de logement, typologie, surface habitable, annexes]"],
        ["2. Durée", "Trois ans, renouvelable par tacite reconduction"],
        ["3. Loyer", "[Montant] € par mois, révisé au 1er janvier selon la délibération du CA"],
        ["4. Charges", "Provisions mensuelles de [montant] €, régularisation annuelle"],
        ["5. Dépôt de garantie", "Un mois de loyer hors charges"],
        ["6. Obligations du locataire", "Payer le loyer, user paisiblement des lieux, assurer le "
                                        "logement, entretenir, répondre aux enquêtes"],
        ["7. Obligations du bailleur", "Délivrer un logement décent, assurer la jouissance "
                                       "paisible, entretenir"],
        ["8. Clause résolutoire", "Défaut de paiement, défaut d'assurance, troubles de voisinage "
                                  "constatés par décision de justice"],
        ["9. Annexes", "État des lieux, DDT, règlement intérieur, notice d'information"],
    ]),
    para("""Fait à Castelvieux, le [date], en deux exemplaires. Signatures précédées de la mention
    « lu et approuvé »."""),
]

DOCX_BLOCKS["p134_deliberation_conseil_municipal_convention_reservation.docx"] = [
    ("title", "Ville de Castelvieux — délibération n° 2025-142 — convention de réservation en flux"),
    para("""Conseil municipal du 27 novembre 2025. Rapporteur : M. Karim Benhadj."""),
    para("""Le conseil municipal, vu l'article L. 441-1 du CCH et le décret n° 2020-145 du
    20 février 2020 relatif à la gestion en flux des réservations de logements sociaux, approuve la
    convention de réservation en flux à conclure avec Brenne Habitat, qui substitue aux
    réservations de logements identifiés un droit de désignation portant sur 14 % des logements
    libérés chaque année sur le territoire communal, soit environ 56 logements par an. La commune
    s'engage à proposer trois candidats par logement dans un délai d'un mois, à consacrer au moins
    25 % de ses désignations aux ménages prioritaires et à respecter les objectifs de mixité de la
    convention intercommunale d'attribution. Un bilan annuel est présenté en commission
    municipale du logement. Vote : 30 pour, 3 abstentions. La maire, Nadine Perrot."""),
]

DOCX_BLOCKS["p135_cr_conference_intercommunale_logement.docx"] = [
    ("title", "Conférence intercommunale du logement de Castelvieux Agglo — séance plénière"),
    para("""Compte rendu de la séance du 14 novembre 2025, siège de Castelvieux Agglo, 9 h 30 – 12 h 30.
    Coprésidence : M. Bernard Lacaze, vice-président de Castelvieux Agglo chargé de l'habitat, et
    Mme Élise Vautrin, sous-préfète de Châtellerault, représentant le préfet. Participants : maires
    ou adjoints de onze communes sur quatorze ; bailleurs sociaux (Brenne Habitat, Vienne Logement,
    Immobilière Atlantic Aménagement) ; Action Logement Services ; Département ; CAF ; associations
    de locataires (CNL, CLCV, AFOC) ; associations d'insertion (L'Escale, Solidarité Femmes 86,
    Habitat et Humanisme) ; ADIL ; SIAO."""),
    ("h", "1. Ouverture"),
    para("""M. Lacaze rappelle que la conférence intercommunale du logement définit les orientations
    en matière d'attribution et de mutation sur le territoire, et que ses travaux se traduisent dans
    la convention intercommunale d'attribution (CIA) et dans le plan partenarial de gestion de la
    demande. Il souligne la tension croissante : 3 874 demandes actives pour 812 attributions en
    2025, soit un ratio de 4,8, qui était de 3,6 il y a cinq ans. Mme Vautrin insiste sur
    l'engagement de l'État en faveur du relogement des ménages reconnus au titre du droit au
    logement opposable et des sortants d'hébergement, dans le cadre du plan « Logement d'abord »."""),
    ("h", "2. Bilan 2024 de la convention intercommunale d'attribution"),
    para("""La direction de l'habitat de l'agglomération présente le bilan des engagements
    quantitatifs de la CIA pour l'année 2024, établi à partir des données du système national
    d'enregistrement et des bailleurs."""),
    ("table", [
        ["Engagement", "Objectif", "Réalisé 2023", "Réalisé 2024"],
        ["Attributions hors QPV au 1er quartile", "25 %", "22,8 %", "24,1 %"],
        ["Attributions en QPV aux quartiles 2 à 4", "50 %", "55 %", "58 %"],
        ["Attributions aux publics prioritaires (tous réservataires)", "42 %", "39 %", "43 %"],
        ["dont ménages DALO", "—", "58", "61"],
        ["dont victimes de violences conjugales", "—", "14", "17"],
        ["Relogements liés au renouvellement urbain", "—", "21", "34"],
        ["Part des mutations dans les attributions", "25 %", "19 %", "21 %"],
    ]),
    para("""Le premier quartile de ressources s'établit, pour 2024, à 10 240 € par unité de
    consommation et par an. L'objectif de 25 % d'attributions hors QPV aux ménages du premier
    quartile n'est pas encore atteint, mais la progression est nette. Les bailleurs expliquent la
    difficulté par la faiblesse de l'offre à bas loyer hors QPV : seuls 18 % des logements libérés
    hors QPV ont un loyer compatible avec les ressources des ménages du premier quartile après
    aide au logement. Brenne Habitat indique avoir mis en place une baisse de loyer ciblée sur
    42 logements hors QPV en 2025 (remise en ordre des loyers à la relocation) pour améliorer cette
    accessibilité."""),
    ("h", "3. Évaluation du système de cotation"),
    para("""Deux ans après sa mise en œuvre, le système de cotation fait l'objet d'une première
    évaluation. 71 % des attributions ont bénéficié à des ménages situés dans le premier tiers des
    demandes les mieux cotées pour la typologie considérée. Les associations d'insertion relèvent
    que certains ménages très prioritaires restent bloqués faute de logement adapté (grands
    logements, logements adaptés au handicap en rez-de-chaussée), et que la cotation ne tient pas
    suffisamment compte des ménages dont le taux d'effort est déjà excessif. Les associations de
    locataires demandent que les critères soient davantage expliqués aux demandeurs, notamment la
    pondération de l'ancienneté."""),
    para("""Après débat, la conférence adopte les modifications suivantes, qui seront soumises au
    conseil communautaire : création d'un critère « taux d'effort supérieur à 40 % » (30 points) ;
    relèvement du critère « sortie de structure d'hébergement » de 80 à 100 points ; création d'un
    critère « jeune de moins de 30 ans en formation ou en premier emploi » (15 points) ; publication
    trimestrielle, sur le site de l'agglomération, du seuil de cotation des dernières attributions
    par typologie et par commune, afin que les demandeurs puissent situer leur demande."""),
    ("h", "4. Politique de mutation"),
    para("""Les bailleurs présentent leurs dispositifs de mutation. La part des mutations reste en deçà
    de l'objectif de 25 %, alors que les demandes de mutation représentent un tiers des demandes
    actives. Les principaux motifs de mutation sont la sur-occupation, la sous-occupation, le
    vieillissement ou le handicap, et le coût du logement. Les bailleurs proposent la création d'une
    bourse d'échanges de logements inter-bailleurs, sur le modèle de dispositifs existant dans
    d'autres agglomérations, permettant à deux locataires de permuter leurs logements avec l'accord
    des bailleurs. La conférence approuve le lancement d'une étude de faisabilité."""),
    para("""Les associations de locataires attirent l'attention sur la situation des ménages âgés
    sous-occupant de grands logements : les propositions de mutation doivent être faites dans le
    même quartier, à loyer au mètre carré comparable, avec une prise en charge du déménagement, faute
    de quoi elles sont vécues comme une pression. Les bailleurs en prennent acte ; Brenne Habitat
    indique que son dispositif « bouger mieux » répond à ces exigences."""),
    ("h", "5. Accueil des publics spécifiques"),
    para("""Victimes de violences conjugales : Solidarité Femmes 86 présente le bilan du dispositif
    intercommunal (24 ménages relogés en 2024, délai moyen de 3,4 mois entre la demande et
    l'attribution). La conférence retient l'objectif de porter à 30 par an les relogements de
    victimes et de réserver à cet effet une part des contingents communaux, et approuve la création
    d'un poste mutualisé de référente violences intrafamiliales entre la commune de Castelvieux et
    Brenne Habitat."""),
    para("""Sortants d'hébergement et de structures : le SIAO indique que 142 ménages hébergés sur le
    territoire sont prêts au relogement, dont 61 depuis plus de six mois. Les bailleurs s'engagent à
    examiner en priorité les dossiers labellisés par le SIAO. L'Escale présente les résultats de
    l'accompagnement social lié au logement : 92 % des ménages relogés avec une mesure d'ASLL sont
    toujours dans leur logement deux ans après, sans dette significative."""),
    para("""Personnes sortant de détention : le SPIP présente le protocole départemental, qui prévoit
    un repérage six mois avant la sortie et une demande de logement déposée pendant l'incarcération.
    Neuf personnes ont été relogées dans ce cadre par Brenne Habitat en 2024. Un maire exprime des
    réserves sur l'accueil de ces publics dans sa commune ; la sous-préfète rappelle que l'accès au
    logement est une condition essentielle de la prévention de la récidive et que la CIA s'applique à
    toutes les communes."""),
    ("h", "6. Renouvellement urbain des Hauts-de-Brenne"),
    para("""Brenne Habitat présente l'état du relogement des ménages du bâtiment D : 62 ménages relogés
    sur 91 au 31 octobre 2025, dont 71 % hors du quartier prioritaire, 88 % dans un logement neuf ou
    de moins de cinq ans ou réhabilité, avec un reste à charge stable ou en baisse pour 84 % des
    ménages. Les 29 ménages restants ont reçu au moins une proposition. La démolition est prévue au
    premier semestre 2027. La charte du relogement est respectée ; le comité de suivi, où siègent
    les associations de locataires, s'est réuni trois fois."""),
    ("h", "6 bis. Expression des associations"),
    para("""Les associations de locataires remettent une contribution écrite commune, annexée au
    présent compte rendu. Elles y demandent : une information systématique des demandeurs sur les
    motifs de non-attribution ; la présence d'un représentant des locataires dans la commission de
    coordination de la CIA ; l'encadrement des loyers à la relocation pour les logements
    réhabilités ; la publication par les bailleurs du nombre de logements adaptés au handicap
    vacants et en attente d'attribution. Les associations d'insertion demandent pour leur part une
    meilleure prise en compte des ménages en situation de grande précarité dans les résidences hors
    quartier prioritaire, et la généralisation des baux glissants. Les coprésidents indiquent que
    ces propositions seront examinées par la commission de coordination au premier trimestre 2026
    et qu'une réponse écrite sera apportée à chacune d'elles."""),
    ("h", "7. Questions diverses et calendrier"),
    para("""Les modifications de la grille de cotation seront soumises au conseil communautaire de
    décembre. Le bilan 2025 de la CIA sera présenté en juin 2026. La prochaine séance plénière se
    tiendra en novembre 2026 ; d'ici là, la commission de coordination se réunira chaque trimestre.
    Compte rendu établi par la direction de l'habitat de Castelvieux Agglo et publié sur le site
    internet de l'agglomération."""),
]


# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_web_deposer_demande_logement.html"] = (
    "Déposer une demande de logement — Brenne Habitat",
    """
<h1>Déposer une demande de logement social</h1>
<p>Vous souhaitez louer un logement de Brenne Habitat ? Une seule démarche : déposer votre
demande de logement social, en ligne ou au guichet.</p>
<h2>En ligne</h2>
<p>Rendez-vous sur le portail national de la demande de logement social. Munissez-vous de votre
pièce d'identité et de votre avis d'imposition. Votre demande sera enregistrée immédiatement et
vous recevrez votre numéro unique par courriel.</p>
<h2>Au guichet</h2>
<p>Remplissez le formulaire cerfa n° 14069 et déposez-le dans l'une de nos agences ou au service
logement de la mairie de Castelvieux. Un agent peut vous aider à le compléter.</p>
<h2>Et ensuite ?</h2>
<ul>
<li>Renouvelez votre demande chaque année ;</li>
<li>mettez-la à jour à chaque changement de situation ;</li>
<li>consultez votre cotation et les délais moyens d'attente.</li>
</ul>
<p>Pour en savoir plus, téléchargez le <a href="/docs/guide-demandeur-2026.pdf">guide du
demandeur</a> et la <a href="/docs/grille-cotation.pdf">grille de cotation intercommunale</a>.</p>
""",
)

HTML_PAGES["p137_page_web_signaler_trouble_voisinage.html"] = (
    "Signaler un trouble de voisinage",
    """
<h1>Un problème avec un voisin ? Voici comment faire</h1>
<ol>
<li><strong>Parlez-en d'abord</strong> calmement avec votre voisin : souvent, il ne se rend pas
compte de la gêne.</li>
<li><strong>Prévenez votre gardien</strong> si le problème continue.</li>
<li><strong>Écrivez-nous</strong> via votre espace locataire (rubrique « Réclamations »), en
précisant les dates, les heures et la nature des nuisances. Votre nom ne sera jamais communiqué
au voisin concerné.</li>
<li><strong>Acceptez une médiation</strong> : l'association Trait d'Union peut vous aider à
renouer le dialogue, gratuitement.</li>
</ol>
<p>En cas de tapage nocturne, de menaces ou de danger, appelez le 17. Si vous déposez plainte,
transmettez-nous le récépissé : il pourra appuyer les démarches de Brenne Habitat.</p>
<p>Vous vous inquiétez pour un voisin (personne âgée qu'on ne voit plus, situation de détresse) ?
Prévenez le gardien ou l'agence : nos conseillères sociales peuvent intervenir.</p>
""",
)

HTML_PAGES["p138_actualite_representants_locataires_ca.html"] = (
    "Vos représentants au conseil d'administration",
    """
<h1>Vos représentants au conseil d'administration de Brenne Habitat</h1>
<p>Élus en décembre 2022 pour quatre ans, quatre représentants des locataires siègent au conseil
d'administration de l'office, avec voix délibérative :</p>
<ul>
<li>M. Farid Amrani — liste Confédération nationale du logement (CNL) ;</li>
<li>Mme Monique Lefort — liste CNL ;</li>
<li>M. Gérard Chevallier — liste Consommation, logement et cadre de vie (CLCV) ;</li>
<li>M. Alain Perrot — liste Association Force ouvrière consommateurs (AFOC).</li>
</ul>
<p>Ils participent aux décisions sur les loyers, le budget, les travaux et la politique
d'attribution ; M. Amrani siège également à la commission d'attribution du secteur Nord. Vous
pouvez les contacter par l'intermédiaire de leur association ou par courriel à
representants-locataires@brenne-habitat.fr.</p>
<p>Les prochaines élections auront lieu en décembre 2026. Toute association de locataires affiliée
à une organisation nationale siégeant à la Commission nationale de concertation peut présenter une
liste.</p>
""",
)

HTML_PAGES["p139_communique_protocole_parquet_incivilites.html"] = (
    "Communiqué — protocole avec le parquet",
    """
<h1>Tranquillité résidentielle : Brenne Habitat, la Ville et le parquet de Poitiers signent une
convention</h1>
<p><em>Castelvieux, le 16 janvier 2026</em></p>
<p>Le procureur de la République près le tribunal judiciaire de Poitiers, le préfet de la Vienne,
la maire de Castelvieux et la directrice générale de Brenne Habitat ont signé ce vendredi une
convention relative à la tranquillité résidentielle dans le parc social.</p>
<p>La convention prévoit le traitement prioritaire des plaintes des gardiens et agents de
proximité victimes d'agressions, une meilleure information du bailleur sur les suites judiciaires
des faits commis dans ses résidences, afin de lui permettre d'engager des procédures de
résiliation de bail lorsque des locataires sont condamnés pour des troubles graves, ainsi que des
mesures de prévention (médiateurs, chantiers éducatifs).</p>
<p>« Nos personnels de proximité doivent pouvoir travailler en sécurité, et les locataires vivre
tranquillement chez eux », a déclaré Hélène Maréchal. Le procureur a rappelé que « les
violences contre les personnes chargées d'une mission de service public font l'objet d'une
réponse pénale systématique ».</p>
<p>En 2024, 23 faits d'agression contre des personnels de Brenne Habitat avaient été déclarés.</p>
""",
)

HTML_PAGES["p140_avis_appel_concurrence_maintenance_ascenseurs.html"] = (
    "Avis d'appel public à la concurrence — ascenseurs",
    """
<h1>Avis d'appel public à la concurrence n° 2025-ASC-MAINT</h1>
<p><strong>Acheteur :</strong> Brenne Habitat, OPH, 12 rue Jean-Jaurès, 86 Castelvieux.</p>
<p><strong>Objet :</strong> maintenance préventive et corrective de 87 ascenseurs (contrat de
maintenance étendue au sens de l'article R. 134-2 du CCH).</p>
<p><strong>Procédure :</strong> appel d'offres ouvert. <strong>Durée :</strong> 4 ans à compter du
1er avril 2026.</p>
<p><strong>Critères :</strong> valeur technique 55 % (organisation, délais d'intervention,
télésurveillance, engagement de disponibilité) ; prix 45 %.</p>
<p><strong>Date limite de réception des offres :</strong> 7 novembre 2025 à 12 h.</p>
<p>Dossier de consultation téléchargeable gratuitement sur le profil d'acheteur. Visite des
machineries sur rendez-vous. Recours : tribunal administratif de Poitiers.</p>
""",
)

HTML_PAGES["p141_resultats_enquete_satisfaction_2025.html"] = (
    "Enquête de satisfaction 2025 — les résultats",
    """
<h1>Enquête de satisfaction 2025 : ce que vous nous avez dit</h1>
<p>Entre le 6 et le 31 janvier 2025, l'institut Opinion Habitat a interrogé par téléphone
1 204 locataires de Brenne Habitat, représentatifs de l'ensemble du patrimoine (par résidence,
âge et composition familiale). Voici les principaux résultats, que nous vous devons en toute
transparence, avec les actions que nous engageons.</p>
<h2>Satisfaction globale : 79 %</h2>
<p>79 % des locataires se déclarent satisfaits de Brenne Habitat (76 % lors de la précédente
enquête en 2022). 88 % recommanderaient Brenne Habitat à un proche cherchant un logement. La
satisfaction est la plus élevée au Clos-Fleuri (91 %) et aux Tilleuls A et B après réhabilitation
(86 %), la plus faible aux Peupliers C (63 %) et à la Cité Jean-Moulin, bâtiment F (58 %).</p>
<h2>Le détail par thème</h2>
<table>
<tr><th>Thème</th><th>2022</th><th>2025</th><th>Évolution</th></tr>
<tr><td>Relation avec le gardien</td><td>85 %</td><td>87 %</td><td>+2</td></tr>
<tr><td>Qualité de l'accueil (agence, téléphone)</td><td>80 %</td><td>84 %</td><td>+4</td></tr>
<tr><td>Information et communication</td><td>71 %</td><td>76 %</td><td>+5</td></tr>
<tr><td>Qualité de vie dans le quartier</td><td>70 %</td><td>68 %</td><td>-2</td></tr>
<tr><td>Propreté des parties communes</td><td>63 %</td><td>66 %</td><td>+3</td></tr>
<tr><td>Fonctionnement des équipements (hors ascenseur)</td><td>72 %</td><td>74 %</td><td>+2</td></tr>
<tr><td>Fonctionnement des ascenseurs</td><td>61 %</td><td>58 %</td><td>-3</td></tr>
<tr><td>Traitement des demandes d'intervention technique</td><td>57 %</td><td>61 %</td><td>+4</td></tr>
<tr><td>État du logement à l'entrée dans les lieux</td><td>74 %</td><td>79 %</td><td>+5</td></tr>
<tr><td>Sentiment de sécurité dans la résidence</td><td>69 %</td><td>67 %</td><td>-2</td></tr>
<tr><td>Rapport qualité / prix (loyer et charges)</td><td>68 %</td><td>64 %</td><td>-4</td></tr>
</table>
<h2>Ce qui va bien</h2>
<p>Vous êtes très attachés à vos gardiens : « toujours disponible », « il connaît tout le
monde », « elle nous a aidés quand mon mari était à l'hôpital » font partie des commentaires les
plus fréquents. L'accueil téléphonique s'est nettement amélioré depuis la mise en place d'un
numéro unique. Les nouveaux locataires sont plus satisfaits de l'état de leur logement à leur
arrivée, grâce au nouveau contrat de remise en état des logements vacants.</p>
<h2>Ce qui doit progresser</h2>
<p><strong>Les ascenseurs.</strong> 42 % des locataires concernés ne sont pas satisfaits. Les pannes
sont jugées trop fréquentes et trop longues, en particulier aux Peupliers et aux Hauts-de-Brenne.
Nos engagements : un nouveau contrat de maintenance au 1er avril 2026, avec un engagement de
disponibilité de 98,5 % par appareil et des pénalités en cas de non-respect ; la publication
chaque trimestre, sur votre espace locataire, du taux de disponibilité de chaque ascenseur ; la
modernisation des 12 ascenseurs des Peupliers en 2027.</p>
<p><strong>Le traitement des demandes techniques.</strong> 39 % des locataires estiment que leurs
demandes sont traitées trop lentement ou qu'ils ne sont pas informés des suites. Nos engagements :
le suivi de chaque réclamation en ligne, un SMS à chaque étape (prise en compte, rendez-vous,
intervention réalisée) et un délai d'intervention de 8 jours ouvrés pour les demandes courantes.</p>
<p><strong>La propreté.</strong> Un tiers d'entre vous n'est pas satisfait. Le nouveau contrat de
nettoyage, entré en vigueur en juillet 2025, prévoit des contrôles contradictoires hebdomadaires,
dont les résultats seront affichés dans les halls.</p>
<p><strong>Le sentiment de sécurité</strong> recule légèrement, avec de fortes différences selon les
résidences. Nous poursuivons la sécurisation des accès, l'éclairage et, lorsque les locataires y
sont favorables, la vidéoprotection des parties communes, en lien avec la Ville et la police.</p>
<p><strong>Le rapport qualité/prix</strong> est en baisse, sous l'effet de la hausse des charges de
chauffage en 2023 et 2024. Les réhabilitations thermiques (Tilleuls, Peupliers C) permettent des
baisses de charges significatives ; nous accélérons ce programme.</p>
<h2>Méthode</h2>
<p>Enquête réalisée selon le questionnaire commun aux organismes HLM de Nouvelle-Aquitaine, ce qui
permet des comparaisons. Marge d'erreur : ± 2,5 points au niveau global. Les réponses sont
anonymes : l'institut ne transmet à Brenne Habitat aucune réponse individuelle, sauf demande
expresse du locataire qui souhaite être recontacté au sujet d'un problème particulier (213
locataires l'ont demandé ; ils ont tous été rappelés).</p>
""",
)

HTML_PAGES["p142_faq_fonds_solidarite_logement.html"] = (
    "Le Fonds de solidarité pour le logement — questions fréquentes",
    """
<h1>Le Fonds de solidarité pour le logement (FSL) en questions</h1>
<p>Page d'information du Département de la Vienne, reprise avec son autorisation sur le site de
Brenne Habitat. Mise à jour : janvier 2026.</p>
<h2>Qu'est-ce que le FSL ?</h2>
<p>Le FSL aide les ménages aux ressources modestes à accéder à un logement ou à s'y maintenir, et à
payer leurs factures d'énergie et d'eau. Il est financé par le Département, avec la participation
de la CAF, des bailleurs sociaux, des fournisseurs d'énergie et des communes. En 2024, il est
intervenu pour 4 870 ménages dans la Vienne.</p>
<h2>Quelles aides ?</h2>
<ul>
<li><strong>FSL accès</strong> : dépôt de garantie, premier loyer, frais d'agence, assurance
habitation, frais de déménagement, achat de mobilier de première nécessité ;</li>
<li><strong>FSL maintien</strong> : apurement d'une dette de loyer lorsque le ménage a repris le
paiement du loyer courant ;</li>
<li><strong>FSL énergie et eau</strong> : aide au paiement des factures impayées ;</li>
<li><strong>accompagnement social lié au logement (ASLL)</strong> : un travailleur social vous
accompagne dans votre installation ou pour surmonter des difficultés de gestion.</li>
</ul>
<h2>Qui peut en bénéficier ?</h2>
<p>Les ménages dont le quotient familial mensuel ne dépasse pas 800 € (barème 2026), locataires du
parc privé ou social, sous-locataires ou résidents de logements-foyers. Il n'est pas nécessaire
d'être allocataire de la CAF.</p>
<h2>Comment faire la demande ?</h2>
<p>La demande est constituée avec un travailleur social : assistante sociale de la Maison
départementale des solidarités, CCAS, conseillère en économie sociale et familiale de votre
bailleur, association agréée. Pour le FSL énergie, le formulaire peut être rempli directement
par le ménage et adressé au secrétariat du FSL.</p>
<h2>Subvention ou prêt ?</h2>
<p>Selon la situation du ménage et le montant en jeu, l'aide est accordée sous forme de
subvention, de prêt sans intérêt (remboursable sur 36 mois au maximum) ou d'une combinaison des
deux. Le plafond de l'aide au maintien est de 3 000 € par période de trois ans.</p>
<h2>Combien de temps pour la décision ?</h2>
<p>La commission se réunit deux fois par mois. Le délai moyen entre le dépôt d'un dossier complet
et la décision est de 5 semaines. En cas d'urgence (coupure d'énergie, expulsion imminente), une
procédure accélérée permet une décision sous 8 jours.</p>
<h2>Mon bailleur doit-il faire quelque chose ?</h2>
<p>Pour le FSL maintien, le bailleur doit accepter un plan d'apurement pour le solde éventuel de
la dette et s'engager à suspendre la procédure contentieuse pendant l'instruction. Brenne Habitat
s'y engage systématiquement et peut compléter l'aide du FSL par son fonds social interne.</p>
<h2>Les informations de mon dossier sont-elles confidentielles ?</h2>
<p>Oui. Les membres de la commission sont tenus au secret professionnel. Les éléments de votre
situation personnelle (santé, situation familiale) ne sont pas communiqués à votre bailleur : il
est seulement informé de la décision et du montant accordé.</p>
<h2>Et si ma demande est refusée ?</h2>
<p>Vous pouvez former un recours gracieux auprès du président du Conseil départemental dans un
délai de deux mois, puis un recours devant le tribunal administratif.</p>
<h2>Contacts</h2>
<p>Secrétariat du FSL, Maison départementale des solidarités de Castelvieux. Service recouvrement
et conseillères sociales de Brenne Habitat : 05 49 •• •• 20.</p>
""",
)

HTML_PAGES["p143_offre_emploi_agent_maintenance.html"] = (
    "Offre d'emploi — agent de maintenance polyvalent",
    """
<h1>Agent(e) de maintenance polyvalent(e) du bâtiment — CDI</h1>
<p>Brenne Habitat recrute pour sa régie technique un(e) agent(e) de maintenance. Vous réalisez
les petits travaux dans les logements et les parties communes : plomberie, électricité,
menuiserie, serrurerie, peinture. Vous intervenez sur rendez-vous chez les locataires, avec
courtoisie et discrétion.</p>
<p><strong>Profil :</strong> CAP ou BEP dans un métier du bâtiment, expérience de 2 ans, habilitation
électrique appréciée, permis B indispensable.</p>
<p><strong>Conditions :</strong> 35 h sur 4,5 jours, véhicule de service, astreinte rémunérée une
semaine sur six, 23 000 à 25 500 € brut annuel, 13e mois.</p>
<p>Les postes de Brenne Habitat sont ouverts à tous, dont les personnes en situation de handicap.
Candidatures : recrutement@brenne-habitat.fr.</p>
""",
)

HTML_PAGES["p144_agenda_ateliers_locataires_printemps.html"] = (
    "Agenda des ateliers — printemps 2026",
    """
<h1>Les ateliers du printemps</h1>
<table>
<tr><th>Date</th><th>Atelier</th><th>Lieu</th></tr>
<tr><td>11 mars, 14 h</td><td>Réduire ses factures d'énergie</td><td>Maison de quartier des
Tilleuls</td></tr>
<tr><td>18 mars, 10 h</td><td>Espace locataire : mode d'emploi</td><td>Centre social Les
Érables</td></tr>
<tr><td>25 mars, 14 h</td><td>Prévenir les chutes à la maison (avec la Mutualité)</td><td>Résidence
autonomie Les Charmes</td></tr>
<tr><td>1er avril, 18 h</td><td>Gérer son budget, éviter le surendettement (UDAF)</td><td>Local
commun des Peupliers</td></tr>
<tr><td>8 avril, 14 h</td><td>Jardinage au naturel</td><td>Jardin partagé Jean-Moulin</td></tr>
</table>
<p>Gratuit, sur inscription auprès de votre gardien ou de l'agence.</p>
""",
)

HTML_PAGES["p145_rapport_annuel_en_ligne_essentiel_2024.html"] = (
    "Rapport annuel 2024 — l'essentiel",
    """
<h1>Rapport annuel 2024 de Brenne Habitat — l'essentiel</h1>
<p>Version en ligne du rapport d'activité, pour les locataires, les partenaires et les habitants
de l'agglomération. Le rapport complet, le rapport de gestion et les comptes annuels certifiés
sont téléchargeables en bas de page.</p>

<h2>Brenne Habitat en chiffres</h2>
<ul>
<li>6 412 logements familiaux et 212 places en résidences pour personnes âgées ;</li>
<li>14 communes de Castelvieux Agglo ;</li>
<li>environ 13 800 personnes logées ;</li>
<li>171 salariés, dont 84 au plus près des résidences ;</li>
<li>568 logements attribués, 87 logements neufs livrés, 184 logements réhabilités ;</li>
<li>36,4 M€ investis, dont 80 % confiés à des entreprises de la région.</li>
</ul>

<h2>Loger : des attributions plus transparentes</h2>
<p>En 2024, nos deux commissions d'attribution ont examiné 1 712 candidatures et attribué 568
logements. 43 % des attributions ont bénéficié à des ménages prioritaires : personnes mal logées
ou hébergées, ménages reconnus au titre du droit au logement opposable, personnes en situation de
handicap, victimes de violences. Depuis janvier, chaque demandeur de l'agglomération connaît sa
cotation et sa position, grâce au système de cotation intercommunal. Le délai moyen d'attribution
atteint 15,2 mois, en hausse, reflet de la baisse de la mobilité des locataires : seuls 8,9 % des
logements se sont libérés dans l'année.</p>
<p>Les mutations ont représenté 21 % des attributions : 119 familles ont pu changer de logement
pour un logement plus grand, plus petit, moins cher ou mieux adapté à leur mobilité. Notre
dispositif « bouger mieux » a pris en charge 46 déménagements.</p>

<h2>Construire et rénover</h2>
<p>Trois opérations ont été livrées : la résidence intergénérationnelle du Clos-Fleuri (42
logements, dont 16 adaptés aux personnes âgées), la résidence des Vignes à Saint-Rémy (24
logements) et l'îlot Carnot en centre-ville de Castelvieux (21 logements en acquisition-
amélioration d'un ancien immeuble de bureaux). La réhabilitation thermique des bâtiments A et B
des Tilleuls s'est achevée en novembre : les 184 logements sont passés de l'étiquette E à
l'étiquette C, et la première saison de chauffe montre une baisse de 38 % de la consommation de
gaz.</p>
<p>Le programme de renouvellement urbain des Hauts-de-Brenne est entré en phase opérationnelle :
la convention avec l'ANRU a été signée en mars et les relogements des locataires du bâtiment D
ont commencé. Chaque famille est accompagnée par une chargée de relogement ; au 31 décembre,
31 ménages avaient emménagé dans leur nouveau logement, dont 22 hors du quartier.</p>

<h2>Accompagner les locataires</h2>
<p>Nos conseillères en économie sociale et familiale ont accompagné 1 340 ménages en difficulté
de paiement, en lien avec le service recouvrement, la CAF, le FSL et les CCAS. 498 plans
d'apurement ont été signés ; 71 % étaient respectés six mois plus tard. Notre fonds social interne
a aidé 47 familles confrontées à un accident de la vie. Nous avons signé 19 protocoles de cohésion
sociale, qui permettent à des locataires dont le bail avait été résilié de retrouver un bail après
avoir repris leurs paiements. Les expulsions ont été limitées aux situations où aucune solution
n'a pu être trouvée malgré l'examen en commission de prévention : 13 sur l'année, dont 9 concernant
des logements abandonnés par leurs occupants.</p>
<p>Nous avons réalisé 118 chantiers d'adaptation de logements pour des locataires âgés ou en
situation de handicap, pour un montant moyen de 4 120 € : douches de plain-pied, barres d'appui,
volets motorisés. Le délai moyen de réalisation est de 4,1 mois ; notre objectif est de le ramener
à 3 mois en 2025.</p>
<p>Dix-sept femmes victimes de violences conjugales et leurs enfants ont été relogés, en lien avec
la Ville, l'intervenante sociale du commissariat et Solidarité Femmes 86. Deux appartements relais
permettent une mise à l'abri immédiate.</p>

<h2>Bien vivre dans sa résidence</h2>
<p>Nos 62 gardiens et agents de proximité ont traité près de 15 000 demandes d'intervention
technique et 2 316 réclamations liées au voisinage ou aux incivilités. 37 médiations ont été
organisées avec l'association Trait d'Union. La vidéoprotection des parties communes a été
étendue aux Hauts-de-Brenne, après une large concertation avec les associations de locataires et
selon une charte d'éthique stricte : images conservées 30 jours, consultées uniquement sur
réquisition de la police ou à la demande d'une personne filmée.</p>
<p>Nos personnels ont été victimes de 23 agressions verbales ou physiques déclarées. Chacune a
donné lieu à un accompagnement par l'office ; 11 plaintes ont été déposées. Une convention signée
avec le parquet et la Ville doit permettre un traitement plus rapide de ces faits.</p>
<p>Avec l'abattement de taxe foncière dont bénéficient nos résidences en quartier prioritaire,
nous avons financé un sur-entretien des halls, l'enlèvement des encombrants sous 48 heures, des
chantiers éducatifs pour 24 jeunes et la création de deux jardins partagés.</p>

<h2>Dialoguer avec les locataires</h2>
<p>Le conseil de concertation locative s'est réuni quatre fois. Les associations de locataires
ont été associées à tous les projets ayant une incidence sur les loyers ou les charges, à la
définition du nouveau contrat de nettoyage et au projet de vidéoprotection. L'enquête de
satisfaction de janvier 2025 montre une satisfaction globale de 79 %, en progression de trois
points, avec une relation au gardien appréciée par 87 % des locataires. Les points faibles
restent les ascenseurs et les délais d'intervention technique : des engagements précis ont été
pris.</p>

<h2>Nos comptes</h2>
<table>
<tr><th>Indicateur</th><th>2023</th><th>2024</th></tr>
<tr><td>Loyers quittancés (M€)</td><td>30,8</td><td>31,8</td></tr>
<tr><td>Réduction de loyer de solidarité (M€)</td><td>3,19</td><td>3,27</td></tr>
<tr><td>Résultat net (M€)</td><td>2,86</td><td>2,41</td></tr>
<tr><td>Autofinancement net HLM (% des loyers)</td><td>9,1 %</td><td>8,0 %</td></tr>
<tr><td>Investissements (M€)</td><td>31,2</td><td>36,4</td></tr>
<tr><td>Maintenance et gros entretien (€ par logement)</td><td>684</td><td>702</td></tr>
<tr><td>Créances locatives des présents (% des quittancements)</td><td>2,9 %</td><td>3,2 %</td></tr>
<tr><td>Vacance commerciale</td><td>2,1 %</td><td>1,9 %</td></tr>
</table>

<h2>Ils en parlent</h2>
<blockquote><p>« Avec la nouvelle isolation, on a enfin chaud l'hiver et la facture a baissé. »
— Une locataire des Tilleuls, interrogée lors de l'enquête de satisfaction (propos anonymisés).</p>
</blockquote>
<blockquote><p>« Le jardin a changé l'ambiance de la cité. On se parle, on se rend service. »
— Fatima, présidente de l'association Les Mains Vertes (publié avec son accord).</p></blockquote>

<h2>Perspectives 2025</h2>
<p>Lancement de la réhabilitation des Peupliers C, livraison de 94 logements, poursuite des
relogements des Hauts-de-Brenne, mise en service de l'espace locataire en ligne, renouvellement
des contrats de nettoyage, de chauffage et d'ascenseurs avec des engagements de qualité renforcés,
préparation de la nouvelle convention d'utilité sociale et des élections des représentants des
locataires de 2026.</p>
<p><a href="/docs/rapport-activite-2024.pdf">Télécharger le rapport complet (PDF)</a> —
<a href="/docs/comptes-2024.pdf">Comptes annuels 2024</a></p>
""",
)

HTML_PAGES["p146_politique_protection_donnees_personnelles.html"] = (
    "Politique de protection des données personnelles",
    """
<h1>Protection de vos données personnelles</h1>
<p>Brenne Habitat traite des données personnelles pour gérer les demandes de logement, les baux,
les réclamations, l'accompagnement social et la sécurité des résidences.</p>
<h2>Données sensibles</h2>
<p>Certaines données que vous nous confiez sont dites « sensibles » (santé, handicap) ou
protégées (situation sociale, infractions). Nous ne les collectons que lorsqu'elles sont
nécessaires à votre demande — par exemple un certificat médical pour une adaptation de logement —
et avec votre accord. Elles sont accessibles aux seules personnes chargées de traiter la demande
et ne figurent pas dans les documents transmis aux commissions.</p>
<h2>Durées de conservation</h2>
<ul>
<li>demande de logement : durée de la demande, puis archivage intermédiaire de 6 ans ;</li>
<li>dossier locatif : durée du bail + 5 ans ;</li>
<li>images de vidéoprotection : 30 jours maximum ;</li>
<li>enregistrements des appels au service clients : 1 mois.</li>
</ul>
<h2>Vos droits</h2>
<p>Vous pouvez accéder à vos données, les faire rectifier ou effacer, vous opposer à certains
traitements, en écrivant au délégué à la protection des données : dpo@brenne-habitat.fr. Vous
pouvez également adresser une réclamation à la CNIL.</p>
""",
)

HTML_PAGES["p147_actualite_treve_hivernale_rappel_droits.html"] = (
    "Trêve hivernale : ce qu'il faut savoir",
    """
<h1>Trêve hivernale 2025-2026 : ce qu'il faut savoir</h1>
<p>Du 1er novembre 2025 au 31 mars 2026, aucune expulsion locative ne peut être exécutée, sauf
si un relogement adapté est assuré ou dans les cas particuliers prévus par la loi. Les
fournisseurs ne peuvent pas non plus couper l'électricité ou le gaz pour impayé (une réduction de
puissance est possible pour l'électricité, sauf pour les bénéficiaires du chèque énergie).</p>
<p>Attention : la trêve ne supprime pas la dette et n'arrête pas les procédures en cours. C'est le
bon moment pour trouver une solution : plan d'apurement, aide du FSL, dossier de surendettement.</p>
<p>Vous avez des difficultés ? Contactez le service recouvrement ou demandez un rendez-vous avec
une conseillère sociale. Nous sommes là pour vous aider.</p>
""",
)

HTML_PAGES["p148_palmares_concours_balcons_fleuris.html"] = (
    "Palmarès du concours des balcons fleuris 2025",
    """
<h1>Concours des balcons et jardins fleuris 2025 : le palmarès</h1>
<p>54 locataires ont participé à la 12e édition du concours. Le jury, composé de représentants des
amicales, d'un paysagiste et d'agents de Brenne Habitat, a visité toutes les réalisations le
5 juillet.</p>
<h2>Catégorie balcons</h2>
<ol>
<li>Mme Odette Marchand, Résidence Gambetta — « une cascade de géraniums et de pétunias » ;</li>
<li>M. et Mme Ferreira, Les Peupliers ;</li>
<li>M. Joseph Kouassi, Cité Jean-Moulin.</li>
</ol>
<h2>Catégorie jardins</h2>
<ol>
<li>M. Gilles Raynaud, Le Clos-Fleuri ;</li>
<li>Mme Lucienne Dubois, Les Tilleuls.</li>
</ol>
<p>Prix spécial du jury : le jardin partagé de la Cité Jean-Moulin (association Les Mains Vertes).</p>
<p>Les lauréats recevront leurs bons d'achat en jardinerie lors de la remise des prix, le
20 septembre, à la fête de quartier des Peupliers. Noms publiés avec l'accord des participants,
conformément au règlement du concours.</p>
""",
)

HTML_PAGES["p149_offre_logements_adaptes_disponibles.html"] = (
    "Logements adaptés disponibles",
    """
<h1>Logements adaptés ou accessibles disponibles à la location</h1>
<p>Ces logements sont réservés en priorité aux demandeurs en situation de handicap ou de perte
d'autonomie. Si vous êtes concerné et que votre demande de logement social est enregistrée,
signalez-vous auprès de votre agence en indiquant la référence.</p>
<table>
<tr><th>Réf.</th><th>Résidence</th><th>Type</th><th>Étage</th><th>Équipements</th><th>Loyer +
charges</th></tr>
<tr><td>AD-26-03</td><td>Le Clos-Fleuri</td><td>T2, 51 m²</td><td>RDC</td><td>accessible
fauteuil, douche de plain-pied, volets motorisés</td><td>356 € + 68 €</td></tr>
<tr><td>AD-26-04</td><td>Résidence du Moulin</td><td>T3, 66 m²</td><td>1er avec ascenseur</td>
<td>adapté seniors (barres, douche)</td><td>391 € + 94 €</td></tr>
<tr><td>AD-26-05</td><td>Saint-Rémy, rue des Vignes</td><td>T2, 48 m²</td><td>RDC</td>
<td>accessible fauteuil, cuisine adaptée</td><td>338 € + 59 €</td></tr>
</table>
<p>Justificatif demandé : notification MDPH, carte mobilité inclusion, ou certificat médical
indiquant la nécessité d'un logement adapté (sans précision de la pathologie).</p>
""",
)

HTML_PAGES["p150_releve_decisions_conseil_administration_fevrier.html"] = (
    "Conseil d'administration du 5 février 2026 — relevé de décisions",
    """
<h1>Conseil d'administration du 5 février 2026 — relevé des décisions</h1>
<p>Publication réalisée en application des règles de transparence de l'office. Les délibérations
complètes sont consultables au siège. 21 administrateurs présents ou représentés sur 23.</p>
<h2>1. Marché de maintenance des ascenseurs</h2>
<p>Le conseil autorise la signature du marché avec Orliac Ascenseurs SAS pour quatre ans, pour un
forfait annuel de 120 930 € HT (87 appareils), assorti d'un engagement de disponibilité de 98,5 %.
Unanimité.</p>
<h2>2. Plan de vente 2026-2028</h2>
<p>Le conseil approuve la mise en vente de 148 logements individuels, en priorité au bénéfice de
leurs occupants, avec une décote moyenne de 25 % pour les locataires occupants. Pour : 17 ; contre :
4 (administrateurs représentant les locataires), qui expriment la crainte d'une diminution de
l'offre de logements sociaux individuels, rares sur le territoire.</p>
<h2>3. Accord-cadre d'entretien multitechnique</h2>
<p>Le conseil autorise la signature de l'accord-cadre d'entretien multitechnique des logements avec
la société Ouest Multiservices Habitat (Niort), pour quatre ans et un montant maximum de
3,6 M€ HT. Le forfait annuel d'entretien de la robinetterie, de la VMC et des détecteurs de fumée,
récupérable en partie sur les locataires, s'établit à 46,40 € HT par logement, en baisse de 7 %
par rapport au contrat précédent. Unanimité.</p>
<h2>4. Sécurisation des résidences</h2>
<p>Le conseil approuve le programme de remplacement des badges d'accès par une technologie
chiffrée, pour un montant de 186 000 € TTC sur 2026 et 2027, inscrit au budget rectificatif.
Priorité aux Hauts-de-Brenne et à la Cité Jean-Moulin. Unanimité. Le détail technique du programme
n'est pas publié.</p>
<h2>5. Politique de mutation</h2>
<p>Le conseil adopte le dispositif « bouger mieux 2026 » : prise en charge du déménagement jusqu'à
800 € pour les locataires qui libèrent un logement sous-occupé ou dont le taux d'effort dépasse
35 %, maintien du loyer au mètre carré pour les locataires de plus de 65 ans qui acceptent un
logement plus petit dans le même quartier. Unanimité.</p>
<h2>6. Remises gracieuses</h2>
<p>Le conseil accorde des remises gracieuses de dettes pour 9 dossiers, pour un montant total de
11 842 € (décès, hospitalisation prolongée, situations de grande précarité), sur proposition de la
commission des affaires sociales, qui a examiné les dossiers sous forme anonymisée. Unanimité.</p>
<h2>7. Représentation de l'office</h2>
<p>Le conseil désigne Mme Odile Sarrazin pour représenter l'office au comité de suivi de la charte
départementale de prévention des expulsions, et M. Gérard Brunet au conseil d'administration de
l'ADIL de la Vienne.</p>
<h2>8. Informations</h2>
<p>La directrice générale informe le conseil : des résultats de l'audit du contrôle d'accès, dont
les conclusions détaillées ne sont pas rendues publiques pour des raisons de sécurité, et des
mesures correctives engagées ; du bilan de la vidéoprotection des Hauts-de-Brenne présenté au
conseil de concertation locative ; de l'avancement des relogements du bâtiment D (73 ménages
relogés sur 91) ; du calendrier des élections des représentants des locataires (scrutin du
1er au 15 décembre 2026).</p>
<p>Prochaine séance : jeudi 26 mars 2026.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
