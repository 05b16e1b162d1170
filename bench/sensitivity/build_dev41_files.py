"""Build the .docx and .html documents of the hand-written sensitivity set dev41.

Theme: tourism, events and night-time economy of a seaside commune: the tourist office, festivals
and their safety plans, beach lifeguards' logs, licences for bars and night clubs (closures after
incidents), noise complaints, campsite and hotel registers, seasonal workers' housing, event
organisers' contracts, artists' contracts and reproduced posters or texts, council deliberations on
the tourist tax, press releases, visitor statistics and public guides.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev41_files.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev41"
FIXED = dt.datetime(2025, 12, 9, 10, 30, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def para(text: str) -> tuple[str, str]:
    """A paragraph block whose text is written over several source lines."""
    return ("p", " ".join(text.split()))


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_compte_rendu_cellule_crise_noyade_enfant.docx"] = [
    ("title", "Cellule de crise municipale — compte rendu de la réunion du 5 août 2025"),
    para("""Commune de Portanelle-sur-Mer. Réunion tenue en mairie à 18 h 00 à la suite de l'accident
    survenu à 15 h 20 sur la plage des Salines. Présents : le maire, la première adjointe, l'adjoint aux
    sports, le directeur général des services, le responsable du service des plages, le chef du poste
    n° 3, le chef de la police municipale, le capitaine de la brigade de gendarmerie, la chargée de
    communication."""),
    ("h", "1. Rappel des faits"),
    para("""À 15 h 20, un enfant de 7 ans, Timéo Ravel, en vacances avec ses parents au camping des
    Sables, a été retrouvé inconscient dans la zone de baignade surveillée, à une dizaine de mètres du
    bord, par un baigneur. Les sauveteurs du poste n° 3 ont entrepris immédiatement une réanimation
    cardio-pulmonaire avec défibrillateur ; le SMUR, arrivé à 15 h 38, a poursuivi la réanimation et
    l'enfant a été héliporté vers le CHU de Poitiers à 16 h 10. Selon les informations transmises par
    le médecin régulateur à 17 h 30, l'enfant a retrouvé une activité cardiaque ; il est placé en
    réanimation pédiatrique, sous coma artificiel, avec un pronostic réservé et un risque de séquelles
    neurologiques lié à la durée de l'anoxie."""),
    para("""Le père, M. Sébastien Ravel, a indiqué aux gendarmes que l'enfant souffre d'une épilepsie
    traitée depuis l'âge de quatre ans et qu'une crise dans l'eau n'est pas exclue ; la mère,
    Mme Julie Ravel, enceinte de sept mois, a fait un malaise sur la plage et a été transportée à la
    maternité de La Rochelle par précaution. Les deux sœurs aînées de l'enfant ont été confiées à leurs
    grands-parents."""),
    ("h", "2. Organisation de la surveillance au moment des faits"),
    para("""Le poste n° 3 comptait trois sauveteurs présents (un MNS, deux BNSSA), conformément au
    plan de surveillance. Un sauveteur était en surveillance depuis la chaise haute, un second effectuait
    une ronde sur la plage, le chef de poste était au poste. Drapeau vert, 1 900 personnes environ. Le
    registre du poste sera placé sous scellés à la demande de la gendarmerie, qui a ouvert une enquête
    en recherche des causes des blessures, comme dans tout accident de cette nature."""),
    ("h", "3. Décisions"),
    para("""Soutien psychologique aux trois sauveteurs par la cellule d'urgence médico-psychologique,
    dès ce soir ; maintien du poste fermé le 6 août, ouverture du poste n° 3 assurée par l'équipe du
    poste n° 4 ; aucune communication nominative à la presse ; le maire prendra contact avec la famille
    par l'intermédiaire de la gendarmerie ; la commune propose à la famille une prise en charge de
    l'hébergement des grands-parents à proximité du CHU."""),
    ("h", "4. Communication"),
    para("""Un communiqué succinct sera diffusé à 20 h : « Un enfant a été secouru cet après-midi sur la
    plage des Salines et transporté à l'hôpital. La commune adresse tout son soutien à sa famille. Une
    enquête est en cours. » Les sauveteurs sont invités à ne pas s'exprimer sur les réseaux sociaux."""),
    ("h", "4 bis. Soutien aux équipes et aux témoins"),
    para("""Le baigneur qui a découvert l'enfant, un vacancier de 34 ans, a été entendu par les gendarmes
    puis orienté vers la cellule d'urgence médico-psychologique. Le chef du poste n° 3 indique que l'un
    des BNSSA, âgé de 19 ans et dans sa première saison, est très éprouvé : il sera affecté à l'accueil
    du service pendant quelques jours s'il le souhaite. Les parents de l'enfant ont demandé, par
    l'intermédiaire de la gendarmerie, que l'état de santé de leur fils ne soit communiqué à personne ;
    les informations médicales données ci-dessus ne doivent donc pas sortir de la cellule. Le maire se
    rendra au CHU si la famille l'accepte. La commune prendra en charge, à la demande de la famille, le
    rapatriement du véhicule et des affaires restées au camping des Sables."""),
    para("""La chargée de communication tiendra une veille des réseaux sociaux et signalera toute
    publication mentionnant l'identité de l'enfant ou de sa famille."""),
    ("h", "5. Suivi"),
    para("""Point de situation demain à 9 h. Le responsable des plages préparera une note sur la
    surveillance des enfants souffrant de pathologies à risque (information des familles au poste,
    bracelets d'identification). Compte rendu réservé aux membres de la cellule."""),
]

DOCX_BLOCKS["s047_rapport_enquete_interne_harcelement_office.docx"] = [
    ("title", "Rapport d'enquête administrative interne — office de tourisme intercommunal"),
    para("""Enquête diligentée par le président du comité de direction à la suite du signalement adressé
    le 2 septembre 2025 par deux agentes saisonnières du bureau de Portanelle. Enquêteurs : Mme Isabelle
    Morin, responsable des ressources humaines de la communauté de communes, et M. Jacques Lefort,
    consultant en prévention des risques psychosociaux. Personne mise en cause : M. Régis Bonnaud, chargé
    des partenariats, salarié permanent depuis 2016."""),
    ("h", "1. Le signalement"),
    para("""Mmes Léna Carré et Zoé Martineau, agentes d'accueil saisonnières âgées de 19 et 21 ans,
    font état de remarques répétées de M. Bonnaud sur leur physique et leur tenue (« avec une jupe comme
    ça, les partenaires signeront plus vite »), de messages envoyés le soir sur leur téléphone personnel,
    d'invitations insistantes à boire un verre après le service et, pour Mme Carré, d'un contact physique
    non consenti (main posée sur la taille et sur la cuisse) lors de la soirée des partenaires du 24
    juillet. Elles indiquent avoir renoncé à en parler plus tôt par crainte de ne pas être reprises la
    saison prochaine."""),
    ("h", "2. Déroulement de l'enquête"),
    para("""Neuf personnes ont été entendues entre le 8 et le 19 septembre : les deux plaignantes, la
    personne mise en cause, assistée d'un représentant du personnel, la directrice, la directrice
    adjointe, trois agents d'accueil et un prestataire présent à la soirée du 24 juillet. Les messages
    transmis par les plaignantes (47 messages entre le 3 juillet et le 22 août) ont été examinés."""),
    ("h", "3. Constatations"),
    para("""Les remarques sur le physique sont confirmées par deux témoins, qui les qualifient de
    « lourdes » et « habituelles ». Les messages, envoyés entre 22 h et 1 h, comportent des compliments
    insistants, des invitations répétées et, pour trois d'entre eux, des allusions à caractère sexuel
    (« je suis sûr que tu es moins sage en dehors du comptoir »). Le contact physique du 24 juillet est
    rapporté par le prestataire, qui dit avoir vu M. Bonnaud poser la main sur la cuisse de Mme Carré,
    laquelle s'est levée aussitôt. M. Bonnaud reconnaît les messages, qu'il qualifie d'« amicaux »,
    conteste tout geste déplacé et évoque un « malentendu culturel entre générations »."""),
    para("""L'enquête relève par ailleurs qu'un rappel à l'ordre verbal avait déjà été fait à l'intéressé
    en 2022 par la précédente direction, à la suite de remarques rapportées par une stagiaire, sans trace
    écrite ; et qu'en juin 2025, il avait fait l'objet d'un entretien de recadrage pour la distribution
    de tracts politiques à des partenaires."""),
    ("h", "4. Analyse"),
    para("""Les faits de propos et de messages à connotation sexuelle, répétés, imposés à deux agentes
    placées dans une situation de dépendance (contrat saisonnier, perspective de reconduction), sont
    susceptibles de relever du harcèlement sexuel au sens de l'article L. 1153-1 du code du travail. Le
    geste du 24 juillet, s'il était établi, serait susceptible de qualification pénale. Les enquêteurs
    estiment les déclarations des plaignantes précises, concordantes et corroborées."""),
    para("""Les enquêteurs relèvent enfin l'absence, au sein de l'office, de procédure de signalement
    connue des saisonniers, la seule information disponible étant une affiche du 3919 dans la salle de
    pause. Les deux plaignantes ont indiqué avoir consulté le médecin traitant de l'une d'elles en août,
    qui a prescrit à Mme Carré un arrêt de travail de quatre jours pour un état anxieux réactionnel ;
    Mme Martineau dit avoir perdu le sommeil et envisagé de ne pas terminer sa saison. Le climat général
    de l'équipe d'accueil est décrit comme bon par ailleurs ; plusieurs agents ont exprimé leur
    soulagement que les faits soient examinés."""),
    ("h", "5. Recommandations"),
    para("""Engagement d'une procédure disciplinaire pouvant aller jusqu'au licenciement ; mise à pied
    conservatoire immédiate ; information des plaignantes sur leur droit de porter plainte et
    orientation vers France Victimes 17 ; garantie écrite de reconduction de leur contrat en 2026 si
    elles le souhaitent ; formation obligatoire de l'encadrement ; désignation d'un référent harcèlement
    au sein du comité social et économique. Rapport strictement confidentiel, remis au seul président et
    à la directrice."""),
]

DOCX_BLOCKS["s048_offre_delegation_plage_privee_elements_financiers.docx"] = [
    ("title", "Concession de plage — lot n° 3 « Plage du Môle » — offre du candidat Sable d'Or SARL"),
    para("""Procédure de délégation de service public pour l'exploitation de trois lots de plage (article
    R. 2124-13 du code général de la propriété des personnes). Offre finale remise le 14 janvier 2025.
    Mention du candidat : « Les parties 2, 3 et 4 contiennent des informations protégées par le secret
    des affaires ; nous demandons qu'elles ne soient ni publiées, ni communiquées aux autres candidats. »"""),
    ("h", "1. Projet d'exploitation"),
    para("""Établissement de plage démontable de 240 m² (restaurant de 60 couverts, bar, location de
    120 transats et 40 parasols), ouvert du 1er avril au 31 octobre, de 9 h à 23 h. Animations musicales
    acoustiques le vendredi soir, sans sonorisation amplifiée après 22 h."""),
    ("h", "2. Compte d'exploitation prévisionnel (confidentiel)"),
    ("table", [
        ["Poste", "Année 1", "Année 2", "Année 3"],
        ["Chiffre d'affaires restauration", "412 000 €", "438 000 €", "455 000 €"],
        ["Chiffre d'affaires location de matériel", "96 000 €", "101 000 €", "104 000 €"],
        ["Achats consommés (ratio matière 29 %)", "119 500 €", "127 000 €", "132 000 €"],
        ["Masse salariale (11 saisonniers, 2 permanents)", "186 000 €", "192 000 €", "198 000 €"],
        ["Redevance proposée à la commune", "38 000 €", "40 000 €", "42 000 €"],
        ["Amortissements", "31 000 €", "31 000 €", "31 000 €"],
        ["Résultat d'exploitation", "71 500 €", "83 000 €", "87 000 €"],
    ]),
    para("""La redevance proposée correspond à une part fixe de 22 000 € et à une part variable de 3,8 %
    du chiffre d'affaires hors taxes au-delà de 300 000 €. Le candidat précise que cette part variable est
    supérieure de 1,3 point à celle qu'il applique sur ses deux autres concessions de la côte, à
    Saint-Julien-des-Sables et à Bréhal-Plage, et qu'il ne souhaite pas que ce taux soit connu de ces
    autorités délégantes."""),
    ("h", "3. Politique d'achat et de prix (confidentiel)"),
    para("""Le candidat s'approvisionne en poissons auprès de la criée de La Cotinière par un mareyeur
    avec lequel il bénéficie d'un prix négocié de 9 % inférieur au cours moyen, en contrepartie d'un
    volume garanti de 14 tonnes par saison. Ses vins proviennent d'un négociant de Cognac avec une remise
    de 22 %. Le ticket moyen visé est de 31 € au déjeuner et de 46 € au dîner ; la marge sur les cocktails
    atteint 82 %, celle sur les plats du jour 64 %. Une grille de prix dynamique, modulée selon la météo
    annoncée à trois jours et le taux de remplissage des transats, est appliquée depuis 2023 grâce à un
    outil développé par la société ; son paramétrage constitue l'un des avantages concurrentiels du
    candidat."""),
    ("h", "4. Situation financière (confidentiel)"),
    para("""Chiffre d'affaires 2023 : 1,12 M€ ; résultat net : 58 400 € ; capitaux propres : 214 000 € ;
    emprunt bancaire en cours : 180 000 € (échéance 2028). L'associé majoritaire se porte caution
    personnelle à hauteur de 100 000 € de l'emprunt finançant la structure démontable. La société a
    bénéficié en 2021 d'un prêt garanti par l'État de 150 000 €, remboursé à hauteur de 60 %."""),
    para("""Le candidat joint à son offre les comptes détaillés de ses deux autres concessions, qu'il
    communique « à titre strictement confidentiel » pour démontrer sa capacité : la concession de
    Saint-Julien-des-Sables a dégagé en 2024 un résultat de 64 000 € pour un chiffre d'affaires de
    498 000 € ; celle de Bréhal-Plage est déficitaire de 12 000 € en raison d'une saison écourtée par
    l'érosion du cordon dunaire. Il indique enfin que son offre de redevance à Portanelle a été calculée
    pour rester inférieure de 5 000 € à l'offre qu'il estime être celle de son principal concurrent,
    dont il dit connaître les prix pratiqués sur une plage voisine, et demande que cette analyse ne soit
    jamais portée à la connaissance des autres candidats."""),
    para("""Le candidat précise que ces informations ne figurent dans aucun document publié par la société
    et qu'elles sont connues de ses seuls associés et de son expert-comptable."""),
    ("h", "5. Engagements environnementaux et sociaux"),
    para("""Démontage intégral hors saison, aucun rejet dans le milieu, tri des déchets, vaisselle
    réutilisable, recrutement prioritaire de saisonniers du territoire, logement de cinq saisonniers dans
    une maison louée par la société à Lannevez."""),
    para("""Fait à Portanelle-sur-Mer, le 14 janvier 2025. Pour Sable d'Or SARL, le gérant."""),
]

DOCX_BLOCKS["s049_rapport_gendarmerie_proposition_fermeture_discotheque.docx"] = [
    ("title", "Rapport de proposition de fermeture administrative — discothèque « Le Sunset Club »"),
    para("""Gendarmerie nationale — Compagnie de Rochefort — Brigade territoriale autonome de
    Portanelle-sur-Mer. Rapport n° 2025/0914 du 3 septembre 2025, adressé à M. le préfet de la
    Charente-Maritime (cabinet, bureau de la police administrative), sous couvert du commandant de
    compagnie. Copie au maire de Portanelle-sur-Mer pour information. Objet : proposition de fermeture
    administrative de l'établissement « Le Sunset Club », route de la Garenne, exploité par la SAS
    Garenne Nuit, représentée par son président, M. Frédéric Leroux, et dont le directeur
    d'exploitation est M. Anthony Morel."""),
    ("h", "1. Présentation de l'établissement"),
    para("""Discothèque de type P, 2e catégorie, effectif autorisé 900 personnes, titulaire d'une licence
    de 4e catégorie et d'une autorisation d'ouverture jusqu'à 7 h du matin. Ouverte du jeudi au dimanche
    d'avril à octobre, tous les soirs en juillet et août. L'établissement emploie environ 25 salariés en
    saison, dont 8 agents de sécurité fournis par une société prestataire. Il attire une clientèle jeune,
    venue de tout le département et des départements voisins, ainsi que des vacanciers."""),
    ("h", "2. Historique"),
    para("""L'établissement a fait l'objet d'un avertissement préfectoral le 18 août 2023 pour des rixes
    répétées en sortie d'établissement, puis d'une fermeture administrative de quinze jours par arrêté du
    2 août 2024 à la suite d'une vente d'alcool à des mineurs constatée lors d'un contrôle. Une réunion de
    sensibilisation s'est tenue en mairie le 14 avril 2025, à laquelle M. Morel a participé ; la direction
    s'était alors engagée à renforcer le contrôle des âges à l'entrée et à faire cesser les consommations
    de stupéfiants dans l'établissement et sur le parking."""),
    ("h", "3. Faits constatés durant la saison 2025"),
    para("""Nuit du 5 au 6 juillet : un client de 19 ans, M. Lucas Ferrand, est découvert inconscient sur
    le parking à 5 h 40 par une patrouille ; transporté au centre hospitalier de Rochefort, il présente
    une intoxication associant alcool, MDMA et kétamine. Il déclare avoir acheté les comprimés dans les
    toilettes de l'établissement à un individu qu'il désigne comme « un gars du personnel, en noir »."""),
    para("""Nuit du 19 au 20 juillet : contrôle conjoint gendarmerie, douanes et URSSAF. Découverte dans
    le local technique attenant au vestiaire du personnel d'un sac contenant 38 comprimés d'ecstasy,
    14 grammes de cocaïne conditionnés en pochons et une balance de précision. Un agent d'accueil,
    M. Kevin Lacombe, 24 ans, reconnaît être le propriétaire du sac ; placé en garde à vue, il déclare
    revendre des produits aux clients depuis le début de la saison, et affirme que le directeur
    d'exploitation était « au courant et fermait les yeux » en contrepartie d'un « pourcentage ». Il a
    été déféré et placé sous contrôle judiciaire ; il sera jugé en comparution à délai différé le 14
    octobre 2025. Le contrôle URSSAF a par ailleurs relevé trois salariés non déclarés."""),
    para("""Nuit du 2 au 3 août : rixe impliquant une vingtaine de personnes sur le parking à 6 h 15 ;
    deux blessés, dont un par arme blanche (plaie à l'abdomen, ITT de 21 jours). Les agents de sécurité
    de l'établissement ne sont pas intervenus, l'un d'eux déclarant avoir reçu la consigne de « ne pas
    sortir du périmètre ». L'auteur présumé du coup de couteau, M. Jordan Pineau, 22 ans, a été
    interpellé le lendemain ; il est connu des services pour des faits de violences et de vols, et
    faisait l'objet d'une interdiction de paraître dans la commune prononcée en 2024 dans le cadre d'un
    sursis probatoire."""),
    para("""Nuit du 15 au 16 août : contrôle de l'âge de la clientèle à 2 h 30 ; 11 mineurs âgés de 15 à
    17 ans sont trouvés dans l'établissement, dont 7 avec des bracelets attestant le paiement de boissons
    alcooliques. Le directeur d'exploitation indique que les pièces d'identité présentées à l'entrée
    étaient « probablement fausses » ; les vérifications établissent que la plupart des mineurs sont
    entrés sans présenter de pièce."""),
    para("""Nuit du 23 au 24 août : une cliente, Mme Pauline Giraud, 20 ans, dépose plainte pour viol,
    indiquant avoir perdu connaissance après avoir bu un verre offert par un inconnu et s'être réveillée
    dans un véhicule sur le parking. Les analyses toxicologiques réalisées à l'unité médico-judiciaire
    ont mis en évidence la présence de GHB. L'enquête, confiée à la brigade de recherches, est en cours ;
    elle a permis d'identifier un suspect, dont l'identité n'est pas mentionnée dans le présent rapport
    pour ne pas nuire aux investigations. Les images de vidéoprotection de l'établissement pour la nuit
    concernée n'ont pu être exploitées, l'enregistreur étant, selon la direction, « en panne depuis
    plusieurs jours »."""),
    ("h", "4. Auditions des responsables"),
    para("""M. Leroux, président de la SAS, entendu le 28 août, indique résider à Bordeaux et ne se rendre
    que ponctuellement dans l'établissement ; il fait confiance à son directeur d'exploitation et se dit
    prêt à changer de société de sécurité. M. Morel, entendu le même jour, conteste toute complicité
    avec le trafic et affirme avoir licencié M. Lacombe dès qu'il a eu connaissance des faits. Il
    reconnaît des « difficultés » dans le contrôle des âges en raison de l'affluence. Il indique avoir été
    lui-même condamné en 2015 pour usage de stupéfiants, « une erreur de jeunesse », ce que confirme le
    bulletin n° 2 de son casier, sur lequel figure cette seule mention. Une enquête pour complicité de
    trafic est ouverte sous l'autorité du procureur de la République ; M. Morel n'a pas été placé en garde
    à vue à ce stade."""),
    ("h", "5. Analyse et proposition"),
    para("""Les faits exposés, d'une gravité croissante et survenus en dépit des mesures antérieures,
    révèlent un défaut manifeste de maîtrise de l'établissement par ses responsables et une relation
    directe entre son fonctionnement et les atteintes à l'ordre public, à la santé et à la moralité
    publiques au sens de l'article L. 3332-15 du code de la santé publique. Les faits relatifs au trafic
    de stupéfiants relèvent en outre du 3 de cet article, qui permet une fermeture de six mois pour des
    actes criminels ou délictueux en relation avec la fréquentation de l'établissement."""),
    para("""Il est proposé une fermeture administrative d'une durée de trois mois, à compter de la
    notification, et la transmission du présent rapport au procureur de la République. Il est également
    proposé d'informer le maire, afin qu'il examine les suites à donner au titre de la police municipale
    du bruit et de l'occupation du domaine public (terrasse)."""),
    para("""Il est enfin relevé que l'établissement a modifié sa communication sur les réseaux sociaux au
    cours de l'été en proposant des soirées « open bar » à 25 euros pour les femmes et des entrées
    gratuites avant 1 h pour les clientes, pratiques contraires à la charte de la vie nocturne signée par
    l'exploitant et susceptibles de favoriser l'alcoolisation massive. Le maire a fait savoir par courrier
    du 29 août que la commune avait reçu 38 plaintes de riverains de la route de la Garenne depuis juin,
    principalement pour des nuisances sonores et des rodéos de véhicules sur le parking jusqu'à 7 h. Les
    services de gendarmerie n'ont constaté aucune amélioration après la rencontre du 14 avril, et
    l'exploitant n'a pas donné suite à la demande de mise en place d'un dispositif de contrôle des âges
    par lecture des pièces d'identité à l'entrée."""),
    ("h", "6. Annexes"),
    para("""Procès-verbaux de constatation des 6 juillet, 20 juillet, 3 août, 16 août et 24 août ;
    procès-verbaux d'audition de MM. Leroux et Morel ; relevé des interventions de la brigade sur le
    site (47 interventions entre le 1er avril et le 31 août) ; courrier de la mairie du 29 août relatif
    aux plaintes de riverains ; rapport du service départemental d'incendie et de secours sur les
    évacuations sanitaires (12 transports depuis le parking de l'établissement)."""),
    para("""Le commandant de la brigade territoriale autonome, capitaine Julien Mérel. Document destiné
    exclusivement à l'autorité administrative — contient des éléments couverts par le secret de
    l'enquête ; ne pas communiquer à l'exploitant avant la procédure contradictoire."""),
]

DOCX_BLOCKS["s050_plan_surete_nuits_du_mole_confidentiel.docx"] = [
    ("title", "CONFIDENTIEL — Plan de sûreté des « Nuits du Môle » — 18 au 20 juillet 2025"),
    para("""Document établi par la direction de la sécurité de la commune de Portanelle-sur-Mer,
    organisatrice en régie du festival de jazz « Les Nuits du Môle » (3 soirées, jauge 4 500 personnes,
    quai du Môle et parvis du casino). Confidentiel — diffusion limitée aux membres de la cellule sûreté
    (liste en fin de document). Ne pas transmettre par messagerie non chiffrée ; ne pas imprimer en
    dehors des exemplaires numérotés. Exemplaire n° 2."""),
    ("h", "1. Analyse de la menace et des vulnérabilités"),
    para("""Le festival se tient dans un espace ouvert, bordé à l'ouest par le bassin du port et au nord
    par le boulevard de la Plage. La menace terroriste reste élevée sur le territoire national ; aucune
    menace spécifique n'a été signalée par les services de renseignement. Les vulnérabilités identifiées
    lors de la visite de site du 24 juin sont les suivantes :"""),
    para("""V1 — L'accès par le bassin : des embarcations légères peuvent accoster au ponton visiteurs,
    situé à 40 mètres de la scène, sans contrôle. La capitainerie fermera le ponton à partir de 18 h et
    une vedette de la gendarmerie maritime patrouillera de 20 h à minuit ; entre minuit et 1 h 30, aucune
    surveillance nautique n'est assurée faute d'effectifs."""),
    para("""V2 — La rue de la Poissonnerie : cette rue étroite débouche directement sur le parvis ; les
    bornes escamotables installées en 2022 ne sont pas assez résistantes pour arrêter un véhicule lourd
    (certification limitée à 1,5 tonne à 30 km/h). Un camion de la voirie sera positionné en travers de
    la rue de 18 h à 2 h ; son conducteur restera à proximité avec les clés."""),
    para("""V3 — Le casino : la terrasse du casino surplombe la scène. Le délégataire a accepté de fermer
    la terrasse au public pendant les concerts ; l'accès au toit, par l'escalier technique du deuxième
    étage, est fermé par une porte dont la serrure est défectueuse ; un agent y sera posté en
    permanence."""),
    para("""V4 — Les effectifs : la police municipale ne dispose que de six agents ; la commune a sollicité
    un renfort de la gendarmerie mobile, accordé uniquement pour la soirée du samedi."""),
    ("h", "2. Organisation de la sécurité"),
    ("table", [
        ["Secteur", "Effectif", "Horaires", "Observations"],
        ["Entrée Nord (boulevard)", "8 agents privés, 2 PM", "18 h 30 – 1 h 30", "palpation, magnétomètres"],
        ["Entrée Sud (quai)", "6 agents privés", "18 h 30 – 1 h 30", "fermée après 23 h"],
        ["Fosse et scène", "6 agents privés", "19 h – 1 h", "barrière anti-foule"],
        ["Rue de la Poissonnerie", "camion + 1 agent voirie", "18 h – 2 h", "voir V2"],
        ["Toit du casino", "1 agent privé", "19 h – 1 h 30", "voir V3"],
        ["Patrouilles", "2 équipages PM", "18 h – 2 h", "rondes toutes les 30 min"],
        ["Gendarmerie mobile", "1 peloton", "samedi 20 h – 2 h", "stationné au parking du stade"],
    ]),
    ("h", "3. Transmissions et codes"),
    para("""Réseau radio de la commune, conférence « NUITS ». Indicatifs : « Môle 1 » (directeur de la
    sécurité), « Môle 2 » (chef de la police municipale), « Môle 3 » (chef de poste de secours), « Môle 4 »
    (régisseur). Code d'évacuation immédiate : « PLEINE MER ». Code pour une personne armée : « ANCRE
    NOIRE ». Code pour un colis suspect : « BOUÉE ORANGE ». Le numéro de la ligne directe du poste de
    commandement, les numéros personnels des responsables et le code d'accès au local du PC (porte
    arrière de la capitainerie, clavier : 0719#) sont communiqués dans l'annexe A, remise en main
    propre."""),
    ("h", "4. Scénarios"),
    para("""4.1 Véhicule-bélier. En cas de franchissement d'un dispositif d'arrêt, l'alerte est donnée sur
    la conférence ; la régie coupe la sonorisation et diffuse le message d'évacuation vers le quai Sud et
    le parking du stade ; les agents orientent le public à l'opposé de la menace."""),
    para("""4.2 Tireur actif. Application de la doctrine « s'échapper, se cacher, alerter » ; les abris
    identifiés sont le hall du casino, la halle à marée et la capitainerie ; les portes du casino peuvent
    être verrouillées depuis le poste d'accueil par le bouton situé sous le comptoir."""),
    para("""4.3 Mouvement de foule. Seuil d'alerte de densité : 3 personnes par mètre carré ; arrêt du
    concert ; ouverture des sorties de dégagement D1 à D3 ; interdiction d'orienter le public vers le
    quai à marée haute (risque de chute dans le bassin, garde-corps insuffisant sur 60 mètres)."""),
    para("""4.4 Intempérie. Orage annoncé : arrêt des concerts à partir d'une vigilance orange ; mise à
    l'abri dans le casino (capacité 1 200 personnes) et la halle (800 personnes) ; le reste du public est
    invité à regagner les véhicules."""),
    para("""4.5 Malaise et secours. Poste de secours de la Croix-Rouge (12 secouristes, 1 médecin) sous la
    halle ; accès des véhicules de secours par le quai Sud, qui doit rester libre en permanence."""),
    ("h", "5. Gestion des fonds et des accréditations"),
    para("""Les recettes de la billetterie sur place et des bars (environ 45 000 € en espèces sur les trois
    soirées) sont conservées dans le coffre de la régie, au rez-de-chaussée de l'office de tourisme ; le
    transfert vers la trésorerie est assuré par le régisseur et un agent de la police municipale chaque
    matin à 8 h 30 par le même itinéraire (rue du Port, place de la République). Il est recommandé de
    faire varier l'itinéraire et l'horaire ; la recommandation n'a pas pu être appliquée en 2024."""),
    para("""Les accréditations (bracelets de couleur différente chaque soir : bleu le vendredi, orange le
    samedi, vert le dimanche) sont remises au PC le jour même à 17 h ; la couleur n'est pas communiquée à
    l'avance aux prestataires afin d'éviter les contrefaçons."""),
    ("h", "6. Points de fragilité non résolus"),
    para("""Absence de surveillance nautique entre minuit et 1 h 30 ; bornes de la rue de la Poissonnerie
    sous-dimensionnées ; garde-corps du quai ; absence de renfort de gendarmerie le vendredi et le
    dimanche ; couverture radio médiocre dans la halle à marée (zone blanche). Ces points ont été portés à
    la connaissance du maire et du sous-préfet par courrier du 30 juin."""),
    ("h", "6 bis. Retour d'expérience de l'édition 2024"),
    para("""Lors de l'édition 2024, trois incidents significatifs ont été relevés : l'intrusion d'une
    vingtaine de personnes sans billet par le quai Sud à 23 h 40, profitant de la relève des agents
    (la relève est désormais décalée par secteur, à 22 h 30 pour le quai et à 23 h 15 pour le
    boulevard) ; la saturation du réseau de téléphonie mobile entre 22 h et minuit, qui a rendu
    impossible la joignabilité des responsables par téléphone (seule la radio est désormais utilisée) ;
    enfin la découverte, le dimanche matin, d'une porte du local technique du casino restée ouverte,
    donnant accès aux armoires électriques qui alimentent la scène et l'éclairage du quai. Ce local est
    désormais fermé par un cadenas dont la clé est détenue par le régisseur et le chef de poste de la
    police municipale ; une coupure volontaire de l'alimentation plongerait le quai dans l'obscurité, les
    groupes électrogènes de secours ne couvrant que la scène et le poste de secours."""),
    para("""Le retour d'expérience a également montré que le cheminement de sortie vers le parking du stade
    était mal éclairé entre la halle et le rond-point, et que les agents de la société privée ne
    connaissaient pas les codes radio. Une formation d'une heure sera dispensée à tous les agents le
    vendredi à 17 h, au PC, avec distribution d'une carte plastifiée des codes ; ces cartes seront
    récupérées à la fin de chaque soirée et détruites le lundi. Il est rappelé que la divulgation des
    codes, des horaires de relève ou des points de fragilité à des personnes extérieures au dispositif,
    y compris à la presse ou sur les réseaux sociaux, constitue une faute grave."""),
    para("""Le dispositif de 2025 a été présenté au sous-préfet le 2 juillet ; celui-ci a demandé que la
    jauge du vendredi soit limitée à 4 000 personnes tant que la surveillance nautique n'est pas assurée
    au-delà de minuit, ce que la commune a accepté."""),
    para("""Les exemplaires numérotés du présent plan sont restitués au directeur de la sécurité le lundi
    21 juillet et détruits, à l'exception de l'exemplaire n° 1, archivé sous clé au cabinet du maire."""),
    ("h", "7. Liste de diffusion"),
    para("""Le maire ; le directeur général des services ; le directeur de la sécurité ; le chef de la
    police municipale ; le commandant de la brigade de gendarmerie ; le chef du centre de secours ; le
    directeur du casino (partie 1, V3, et partie 4.2 uniquement) ; le régisseur général du festival.
    CONFIDENTIEL — toute reproduction interdite."""),
]

DOCX_BLOCKS["s051_avenant_contrat_cession_cachet_artiste.docx"] = [
    ("title", "Avenant n° 1 au contrat de cession — concert de Lila Moreau — 7 août 2025"),
    para("""Entre Écume Productions, organisateur du festival Vents d'Écume, et la société Lune Rousse
    Spectacles, producteur de la tournée « Sel » de l'artiste Lila Moreau."""),
    ("table", [
        ["Élément", "Contrat initial", "Avenant"],
        ["Prix de cession HT", "24 000 €", "29 500 €"],
        ["Part variable", "néant", "10 % de la billetterie au-delà de 9 000 entrées"],
        ["Frais d'approche", "3 200 €", "4 100 €"],
        ["Exclusivité territoriale", "60 km, 30 jours", "90 km, 45 jours"],
    ]),
    para("""Motif : l'artiste ayant reçu entre-temps une Victoire de la musique, le producteur a réévalué
    son cachet moyen de tournée à 38 000 € HT ; il accepte de limiter la hausse en contrepartie d'une
    exclusivité élargie. Les parties s'engagent à ne pas divulguer les montants du présent avenant,
    notamment aux autres festivals de la région avec lesquels le producteur est en négociation. Le
    montant ne figurera pas dans le dossier de demande de subvention, où seul le total des cachets
    artistiques de l'édition apparaîtra."""),
    para("""Fait à Portanelle-sur-Mer, le 2 avril 2025, en deux exemplaires."""),
]

DOCX_BLOCKS["s052_livret_balade_chapitre_roman_reproduit.docx"] = [
    ("title", "Livret « Sur les pas de Marthe » — balade littéraire du vieux port (projet)"),
    para("""Office de tourisme intercommunal — service des visites. Livret remis aux participants de la
    visite guidée du jeudi, tirage 2 000 exemplaires. Il reproduit en intégralité le chapitre 3 du roman
    « La Fille de la criée » de Catherine Vallois (Éditions du Pertuis, 2018), dont l'action se déroule
    à Portanelle."""),
    ("h", "Chapitre 3 — La nuit des sardines"),
    para("""Marthe avait quinze ans quand elle descendit pour la première fois à la criée, à quatre
    heures du matin, derrière sa mère. Il faisait encore nuit sur le port, une nuit mouillée qui collait
    aux chevilles, et les lampes à acétylène des bateaux faisaient sur l'eau des flaques jaunes où
    tremblaient les mâts. Elle portait le tablier de toile cirée qu'on lui avait coupé dans un vieux ciré
    de son père, et qui sentait encore le tabac et le gasoil."""),
    para("""« Tu regardes, tu ne parles pas », avait dit sa mère. Alors Marthe regardait. Les hommes
    remontaient les caisses à la force des bras, le poisson glissait d'argent en argent, et dans la halle
    le crieur, juché sur sa caisse retournée, lançait des chiffres qu'elle ne comprenait pas et que les
    mareyeurs attrapaient d'un signe du menton. Il y avait l'odeur, surtout : une odeur de sel, de glace
    fondue, d'écailles, qui entrait dans la bouche et qu'elle garderait sur la peau jusqu'au soir, jusqu'à
    la fin de sa vie peut-être."""),
    para("""Vers six heures, le jour se leva d'un coup, comme on tire un rideau. La mer passa du noir au
    gris, puis à ce bleu pâle et dur qu'ont les matins d'été sur la côte. Sa mère lui mit dans les mains
    un couteau court à lame large et lui montra comment on étête une sardine, d'un seul geste, sans
    presser. La première lui échappa. La deuxième aussi. À la dixième, elle sentit ses doigts comprendre
    avant elle. À la centième, elle ne pensait plus. Autour d'elle, les femmes chantaient à mi-voix une
    chanson qui parlait d'un marin parti à Terre-Neuve et d'une fiancée qui ne l'attendait plus."""),
    para("""Ce jour-là, elle gagna trois francs et quarante centimes. Sa mère lui en laissa quarante
    centimes, qu'elle dépensa le dimanche suivant en pralines, sur la jetée, en regardant passer les
    baigneurs de la Grande Plage, ces gens de la ville qui ne savaient pas, eux, ce que c'est qu'une
    nuit de sardines."""),
    para("""© Éditions du Pertuis, 2018. Note de l'office : demande d'autorisation envoyée à l'éditeur le
    12 mai, restée sans réponse ; le livret a néanmoins été imprimé pour la saison, la visite étant
    complète jusqu'à fin août."""),
]

DOCX_BLOCKS["s053_tableau_suivi_ccas_saisonniers_fin_saison.docx"] = [
    ("title", "CCAS — Tableau de suivi des saisonniers accompagnés — bilan au 30 septembre 2025"),
    para("""Pôle logement des saisonniers. Tableau nominatif destiné à la commission permanente du CCAS ;
    ne pas diffuser en dehors de la commission."""),
    ("table", [
        ["Dossier", "Personne", "Situation sociale", "Aides accordées", "Orientation hiver"],
        ["SAIS-038", "Kévin Dubreuil", "plan de surendettement en cours, RSA avant saison",
         "FAJ 210 €, bons alimentaires 60 €", "demande HLM, maintien prime d'activité"],
        ["SAIS-041", "Virginie Lagarde", "saisie sur salaire, impayé d'énergie",
         "secours 250 €, bons 80 €", "point conseil budget UDAF"],
        ["SAIS-047", "Mickaël Roche", "sans domicile depuis 2023, hébergé en CHRS l'hiver",
         "domiciliation CCAS, aide au permis", "retour CHRS La Rochelle"],
        ["SAIS-052", "Sarah Benoît", "mère isolée, pension alimentaire impayée",
         "aide au transport 120 €", "relais CAF (ARIPA)"],
        ["SAIS-060", "Dylan Martin", "sortie de contrat jeune majeur ASE en juin",
         "caution Loca-Pass, aide installation 150 €", "mission locale, garantie jeunes"],
    ]),
    para("""Observations : cinq personnes suivies sur vingt-deux restent sans solution de logement pour
    l'hiver. La commission est invitée à examiner la prolongation de l'accueil à la résidence des
    Tamaris jusqu'au 31 octobre pour trois d'entre elles."""),
]

DOCX_BLOCKS["s054_rapport_saisine_conseil_discipline_agent_accueil.docx"] = [
    ("title", "Rapport de saisine du conseil de discipline — M. Cyril Pasquier"),
    para("""Autorité territoriale : maire de Portanelle-sur-Mer. Agent : M. Cyril Pasquier, adjoint
    technique principal, affecté à la régie du camping municipal des Dunes depuis 2014. Sanction
    envisagée : exclusion temporaire de fonctions de six mois (troisième groupe)."""),
    ("h", "Faits reprochés"),
    para("""Il est reproché à M. Pasquier d'avoir, entre mai et août 2025, encaissé en espèces le prix de
    séjours de clients de passage sans les enregistrer dans le logiciel de réservation ni délivrer de
    reçu, pour un montant évalué par le comptable public à 3 860 €. Le contrôle de caisse du 19 août a
    mis en évidence l'écart ; trois clients ont fourni les reçus manuscrits non numérotés qui leur avaient
    été remis. M. Pasquier a reconnu les faits lors de l'entretien du 25 août, invoquant des difficultés
    financières personnelles. Une plainte a été déposée par la commune pour détournement de fonds
    publics ; l'agent est suspendu depuis le 26 août."""),
    ("h", "Antécédents"),
    para("""Blâme en 2019 pour absences injustifiées. Évaluations 2022-2024 : « satisfaisant » ; la
    valeur professionnelle de l'agent était jugée correcte jusqu'aux faits."""),
    para("""Le dossier individuel et le présent rapport sont transmis au président du conseil de discipline
    placé auprès du centre de gestion."""),
]

DOCX_BLOCKS["s055_signalement_procureur_violences_camping.docx"] = [
    ("title", "Signalement au procureur de la République (article 40 du code de procédure pénale)"),
    para("""Émetteur : le maire de Portanelle-sur-Mer. Date : 21 juillet 2025. Objet : faits de violences
    intrafamiliales portés à la connaissance de la régie du camping municipal des Dunes."""),
    para("""Monsieur le Procureur, le régisseur du camping municipal m'a rendu compte des faits suivants.
    Dans la nuit du 19 au 20 juillet, plusieurs campeurs ont alerté l'accueil en entendant des cris dans
    la caravane de l'emplacement 112, occupée par M. Jérôme Caillaud et Mme Aurélie Caillaud, ainsi que
    leurs trois enfants âgés de 3 à 10 ans. Mme Caillaud s'est réfugiée à l'accueil à 1 h 15, le visage
    tuméfié, en déclarant que son mari l'avait frappée et menacée de mort « devant les petits », et que
    ce n'était pas la première fois depuis leur séparation de fait en janvier, M. Caillaud contestant la
    résidence des enfants fixée chez la mère."""),
    para("""La gendarmerie est intervenue à 1 h 40 ; M. Caillaud avait quitté le camping. Mme Caillaud et
    ses enfants ont été mis à l'abri dans un mobil-home libre. Le lendemain, elle a indiqué au régisseur
    ne pas vouloir porter plainte, par peur des représailles. Compte tenu de la présence des enfants et de
    la gravité des faits, j'ai estimé devoir vous en aviser."""),
    para("""Le maire, Bernard Lafosse."""),
]

DOCX_BLOCKS["s056_demande_temps_partiel_therapeutique_adjoint_office.docx"] = [
    ("title", "Demande de temps partiel pour raison thérapeutique — agent de l'office de tourisme"),
    para("""Office de tourisme intercommunal. Agent : M. Julien Perraud, responsable des éditions.
    Demande reçue le 4 novembre 2025, accompagnée du certificat de son médecin traitant et de l'avis du
    médecin agréé."""),
    para("""M. Perraud reprend le travail après un congé de maladie de cinq mois consécutif à un
    syndrome d'épuisement professionnel avec épisode dépressif majeur, pour lequel il est suivi par un
    psychiatre et par le centre médico-psychologique de Rochefort. Le médecin agréé émet un avis
    favorable à une reprise à 50 % pendant trois mois, puis 70 % pendant trois mois, sans tâches
    d'encadrement ni contraintes de délais d'impression."""),
    ("table", [
        ["Période", "Quotité", "Aménagements"],
        ["17 novembre 2025 – 16 février 2026", "50 %", "matinées uniquement, pas de réunion d'équipe"],
        ["17 février – 16 mai 2026", "70 %", "reprise progressive du suivi des imprimeurs"],
    ]),
    para("""La directrice donne son accord. Le dossier médical reste au service de médecine préventive ; seul
    l'avis d'aptitude figure au dossier administratif."""),
]

DOCX_BLOCKS["s057_note_hebergement_demandeurs_asile_village_vacances.docx"] = [
    ("title", "Note au maire — occupation du village de vacances « Les Pins » par des demandeurs d'asile"),
    para("""Direction générale des services, 10 octobre 2025. Pour information avant la réunion avec le
    sous-préfet."""),
    para("""La préfecture a réquisitionné pour l'hiver, avec l'accord de l'association propriétaire, le
    village de vacances « Les Pins » afin d'héberger 48 demandeurs d'asile, dans le cadre d'un centre
    d'accueil temporaire géré par l'association Accueil Côte Ouest. La liste nominative transmise à la
    mairie pour la scolarisation des enfants comporte notamment : la famille Grigoryan (Arménie, quatre
    personnes, entretien OFPRA passé le 23 septembre, décision en attente) ; M. Abdulrahman Saleh
    (Soudan, débouté par l'OFPRA, recours pendant devant la CNDA) ; Mme Fatoumata Koné et sa fille de
    5 ans (Côte d'Ivoire, procédure « Dublin », transfert vers l'Italie envisagé) ; M. Rahim Noori
    (Afghanistan, statut de réfugié reconnu le 2 octobre, en attente de logement)."""),
    para("""Les sept enfants concernés seront inscrits à l'école Jules-Ferry et au collège Jean-Moulin. La
    note ne doit pas être diffusée au conseil municipal sous forme nominative."""),
]

DOCX_BLOCKS["s058_liste_repas_confessionnels_cantine_saisonniers.docx"] = [
    ("title", "Restauration collective des agents saisonniers — régimes alimentaires déclarés"),
    para("""Cuisine centrale municipale — liste transmise au prestataire pour la saison 2025 (repas du
    midi des sauveteurs et agents des plages)."""),
    ("table", [
        ["Agent", "Poste", "Régime demandé", "Motif indiqué par l'agent"],
        ["Yanis Haddad", "BNSSA poste 2", "sans porc, viande halal si possible", "pratique musulmane"],
        ["Rebecca Cohen", "agent d'accueil", "casher (plats sous vide fournis)", "pratique juive"],
        ["Mathis Girardeau", "BNSSA poste 2", "végétarien", "conviction personnelle"],
        ["Amira Bensalem", "entretien des plages", "sans porc ; jeûne du mois de Ramadan non concerné",
         "pratique musulmane"],
        ["Pierre Lemaire", "MNS poste 4", "sans viande le vendredi", "pratique catholique"],
    ]),
    para("""Rappel : le motif n'a pas à être transmis au prestataire ; seule la colonne « régime » doit
    figurer sur le bon de commande. Document à conserver par la cuisine centrale uniquement."""),
]

DOCX_BLOCKS["s059_entretien_professionnel_chef_poste_secours.docx"] = [
    ("title", "Entretien professionnel — chef de poste de secours — saison 2025"),
    para("""Agent : M. Thibault Garnier, éducateur territorial des APS, chef du poste n° 2 (Grande Plage
    centrale) en saison, maître-nageur à la piscine intercommunale le reste de l'année. Évaluateur :
    M. Franck Moreau, responsable du service des sports et des plages."""),
    ("table", [
        ["Critère", "Appréciation"],
        ["Sécurité des baignades", "excellent — aucune défaillance, gestion exemplaire du 22 juillet"],
        ["Encadrement de l'équipe", "à améliorer — tensions avec deux BNSSA, planning tardif"],
        ["Tenue du registre", "satisfaisant"],
        ["Relations avec le public", "très bon"],
        ["Respect des consignes", "insuffisant — deux départs anticipés du poste non signalés"],
    ]),
    para("""Appréciation littérale : agent techniquement très solide, reconnu pour son sang-froid lors
    des interventions, mais dont le comportement envers les jeunes sauveteurs a été jugé autoritaire et
    parfois humiliant (remarques publiques). Un avertissement oral lui a été donné le 12 août. Avis
    réservé sur la reconduction des fonctions de chef de poste en 2026, subordonnée à une formation au
    management d'équipe."""),
    para("""Observations de l'agent : « Je reconnais un ton parfois sec en période de tension. Je conteste
    les départs anticipés, qui correspondaient à des réunions au service. »"""),
]

DOCX_BLOCKS["s060_releve_grevistes_sauveteurs_15_aout.docx"] = [
    ("title", "Relevé des agents en grève — week-end du 15 août 2025 — service des plages"),
    para("""Direction des ressources humaines — relevé établi pour les retenues sur traitement. Préavis
    déposé le 5 août par la section CGT des agents communaux."""),
    ("table", [
        ["Agent", "Poste", "Jours de grève", "Affiliation déclarée", "Retenue"],
        ["Thomas Legendre", "MNS poste 1", "15 et 16 août", "CGT (représentant de section)", "2/30e"],
        ["Mathis Girardeau", "BNSSA poste 2", "15 août", "CGT", "1/30e"],
        ["Hugo Barbot", "BNSSA poste 3", "15 et 16 août", "CGT", "2/30e"],
        ["Anaïs Morel", "BNSSA poste 2", "15 août", "non syndiquée", "1/30e"],
        ["Romain Pichot", "BNSSA poste 2", "16 août", "non syndiqué", "1/30e"],
    ]),
    para("""Le service minimum a été assuré par réquisition de quatre agents. Relevé à usage exclusif du
    service paie ; l'affiliation syndicale n'a pas à figurer dans le fichier transmis au trésorier."""),
]

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_consignes_postes_secours_codes.html"] = (
    "Intranet — consignes techniques des postes de secours",
    """
<p><strong>Usage interne — réservé aux chefs de poste et adjoints</strong></p>
<h1>Consignes techniques des postes de secours — saison 2025</h1>
<p>Cette page de l'intranet du service des plages rassemble les informations pratiques dont les chefs de
poste ont besoin pour ouvrir et fermer les postes. Elle ne doit pas être imprimée ni partagée avec les
saisonniers non chefs de poste, les prestataires ou le public.</p>
<h2>1. Ouverture et fermeture des postes</h2>
<ul>
<li>Poste n° 1 (Grande Plage nord) : cadenas du volet roulant, code 2-8-0-6 ; clé de la porte au boîtier
fixé sous l'escalier, code 1957.</li>
<li>Poste n° 2 (Grande Plage centre) : porte à clavier, code 4412A ; alarme à désactiver dans les
30 secondes, code 7788.</li>
<li>Poste n° 3 (Salines) : clé unique détenue par le chef de poste ; double au service des sports.</li>
<li>Poste n° 4 (Pointe) : cadenas code 3-1-1-4 ; le poste n'est pas sous alarme.</li>
</ul>
<p>Les codes sont changés le 1er septembre. Ne jamais les inscrire dans le registre du poste ni sur un
support laissé au poste.</p>
<h2>2. Matériel sensible</h2>
<p>Les bouteilles d'oxygène médical et les trousses contenant le matériel de soins sont rangées dans
l'armoire métallique fermée à clé ; la clé est accrochée derrière le tableau des marées. Le jet-ski du
poste n° 2 est stationné la nuit dans le local du club de voile, dont la porte latérale ne ferme pas
correctement : le coupe-circuit est retiré chaque soir et conservé par le chef de poste.</p>
<p>Les défibrillateurs restent au poste la nuit. Le poste n° 4, isolé, a été cambriolé deux fois en 2024
(vol d'une radio et d'une paire de jumelles) ; le défibrillateur de ce poste est rapporté chaque soir au
poste n° 3.</p>
<h2>3. Réseau radio et téléphonie</h2>
<p>Fréquence de travail du service : canal 2 du réseau municipal. Fréquence de dégagement : canal 5.
Le mot de passe du téléphone de permanence (06, en possession du chef de poste de service) est
Plage2025!. Le compte de la tablette de main courante est « poste.secours » / mot de passe
Sauveteur#17. La tablette se verrouille après 5 minutes.</p>
<h2>4. Liaison avec les secours</h2>
<p>Les bilans sont transmis au CRRA 15 par le numéro direct réservé aux postes de secours, communiqué
oralement lors de la formation de prise de poste (ne pas le noter). En cas de recherche en mer, appeler
le CROSS Étel par VHF canal 16 ou le 196.</p>
<h2>5. Procédure d'évacuation de la plage</h2>
<p>Signal : trois coups de sirène longs. Les sauveteurs balaient la zone du nord au sud. Point de
regroupement : parking de l'office de tourisme. Le chef du poste n° 2 coordonne ; la police municipale
ferme l'accès au boulevard.</p>
<h2>6. Fermeture du soir</h2>
<p>Vérifier : volets fermés, matériel rentré, alarme activée, coupe-circuit du jet-ski retiré, registre
rempli et signé. Signaler par radio la fermeture au poste n° 2 avant 19 h 15.</p>
<h2>7. En cas de perte d'un code ou d'une clé</h2>
<p>Prévenir immédiatement le responsable du service des sports et des plages, qui fera changer les codes
dans la journée. Toute divulgation volontaire d'un code à un tiers est une faute grave.</p>
<h2>7 bis. Points faibles connus (ne pas signaler au public)</h2>
<p>Le poste n° 4 n'a pas de liaison radio fiable avec le poste n° 2 derrière la dune de la Pointe : en cas de
perte de liaison, utiliser le téléphone de permanence. Le portail d'accès véhicules de la Grande Plage est
fermé par une chaîne dont le cadenas (code 0-4-0-7) est commun avec celui des services techniques ; il est
régulièrement laissé ouvert par les entreprises de nettoyage. Le local du poste n° 1 est visible depuis la
promenade et son volet peut être soulevé d'une vingtaine de centimètres même verrouillé : ne jamais y
laisser les radios ni le défibrillateur la nuit. Entre 12 h 30 et 13 h 30, pendant les pauses décalées,
le poste n° 3 ne fonctionne qu'avec deux sauveteurs ; le chef de poste doit rester au poste pendant ce
créneau. Les jumelles à vision nocturne du service sont rangées dans le coffre du véhicule de
liaison, dont la clé est au tableau du service des sports.</p>
<h2>8. Contacts internes</h2>
<p>Responsable du service : portable de service. Astreinte technique : numéro interne 4402. Police
municipale : canal 3.</p>
<p><em>Page mise à jour le 28 juin 2025 — usage interne, ne pas diffuser.</em></p>
""",
)

HTML_PAGES["s062_intranet_tableau_absences_maladie_plages.html"] = (
    "Tableau des absences — service des plages",
    """
<h1>Suivi des absences — semaine 31</h1>
<p>Page du service des sports (accès chefs de poste). Objet : organiser les remplacements.</p>
<table>
<tr><th>Agent</th><th>Poste</th><th>Absence</th><th>Motif communiqué</th><th>Retour prévu</th></tr>
<tr><td>Florent Marquet</td><td>MNS poste 3</td><td>inaptitude temporaire</td><td>crise convulsive, bilan neurologique</td><td>1er août (poste à terre)</td></tr>
<tr><td>Inès Caradec</td><td>BNSSA poste 1</td><td>arrêt de travail 10 jours</td><td>entorse grave de la cheville</td><td>4 août</td></tr>
<tr><td>Baptiste Olier</td><td>BNSSA poste 4</td><td>hospitalisation</td><td>appendicite opérée</td><td>à déterminer</td></tr>
<tr><td>Laura Besse</td><td>agent d'accueil</td><td>absence</td><td>suivi pour troubles anxieux, rendez-vous psychiatre</td><td>30 juillet</td></tr>
</table>
<p>Remplacements : deux BNSSA du vivier ; poste n° 4 à trois sauveteurs jusqu'au retour.</p>
<p>Ne pas transmettre ce tableau ; seules les dates intéressent le planning.</p>
""",
)

HTML_PAGES["s063_espace_partenaires_article_magazine_reproduit.html"] = (
    "Espace partenaires — ils parlent de nous",
    """
<h1>Ils parlent de nous : le reportage de « Voyages Atlantique »</h1>
<p>Nous reproduisons ci-dessous, pour nos partenaires, le reportage publié dans le magazine
<em>Voyages Atlantique</em> (n° 214, juin 2025, pages 46 à 53), texte de Mathilde Keraudren,
photographies de Yann Le Dantec.</p>
<h2>Portanelle, l'été en version originale</h2>
<p>On arrive à Portanelle par la route des marais, entre les bassins où le sel se ride sous le vent et les
digues où paissent des chevaux camarguais égarés si loin de la Provence. Puis la route tourne, la pinède
s'ouvre, et la mer apparaît d'un coup, immense, piquée de voiles blanches. Il est dix heures, la marée
descend, et la Grande Plage s'étire sur trois kilomètres de sable blond.</p>
<p>Portanelle n'a pas la notoriété de ses voisines de Ré ou d'Oléron. C'est peut-être sa chance. La station
a gardé quelque chose de simple et de familial, un côté « vacances d'avant » que viennent chercher des
familles fidèles depuis trois générations. Sur la promenade, les villas Belle Époque aux noms de fleurs et
d'oiseaux — Les Mouettes, Mon Repos, Ker Anna — côtoient sans complexe les immeubles des années soixante-dix
et les cabanes de pêcheurs repeintes en bleu.</p>
<p>Au port, la criée fonctionne toujours. À six heures, les chalutiers rentrent avec soles, seiches et
maigres ; à sept heures, les mareyeurs ont tout emporté. L'office de tourisme organise deux fois par semaine
une visite à l'aube, l'une des plus belles expériences de la côte. « On ne vend pas un décor, on montre un
port qui travaille », résume le guide, ancien marin au long cours, qui émaille sa visite d'anecdotes sur les
années où Portanelle armait encore pour la pêche à la sardine.</p>
<p>L'après-midi, la plage appartient aux familles. Les sauveteurs veillent depuis leurs chaises hautes, les
cerfs-volants dessinent des arabesques au-dessus des dunes, et les enfants s'affrontent dans le concours de
sculptures sur sable, institution locale depuis vingt-huit ans. Plus loin, vers la pointe du Sémaphore, le
sentier des douaniers offre une balade sauvage entre lande et falaises basses, jusqu'aux blockhaus
échoués que la mer grignote un peu plus à chaque tempête.</p>
<p>Le soir, Portanelle change de visage. Sur le quai de la Criée, les terrasses se remplissent, les
guinguettes allument leurs guirlandes, et l'on dîne de moules et de sardines grillées face au coucher de
soleil. Début août, le festival Vents d'Écume attire trente mille personnes sur la plage du Môle, dans une
ambiance à la fois familiale et électrique. « On a gardé des prix raisonnables et une programmation
éclectique, c'est ce qui fait notre identité », explique sa directrice.</p>
<p>Il y a aussi, bien sûr, la question que tout le monde pose ici : jusqu'où la station peut-elle grandir ?
Le projet d'extension du port de plaisance divise. La pression immobilière pousse les habitants loin du
centre, et les saisonniers peinent à se loger. La municipalité avance prudemment, entre développement et
préservation. Pour l'instant, Portanelle garde son charme : celui d'une station qui n'a pas oublié qu'elle
était d'abord un port.</p>
<h3>Carnet pratique</h3>
<p>Y aller : train jusqu'à La Rochelle, puis bus régional (45 min). Dormir : l'hôtel des Embruns, vue sur
mer, ou le camping municipal des Dunes pour les petits budgets. Manger : la Marée Haute pour les fruits de
mer, la crêperie du Port pour les enfants. À faire : visite de la criée à l'aube, balade à l'île aux
Oiseaux à marée basse, concert au kiosque le jeudi.</p>
<p>Encadré — « Trois questions au maire » : interrogé sur l'avenir de la station, Bernard Lafosse
plaide pour « un tourisme à taille humaine », cite la seconde résidence pour les saisonniers, la
médiation de nuit et la protection de la dune comme ses priorités, et refuse de voir Portanelle devenir
« une ville de volets fermés l'hiver ». Il assume le projet d'extension du port, « à condition qu'il
profite aux pêcheurs autant qu'aux plaisanciers ».</p>
<p>Texte © Mathilde Keraudren / Voyages Atlantique. Photographies © Yann Le Dantec. Tous droits réservés.
Reproduction interdite sans autorisation écrite de l'éditeur.</p>
<p><em>Note de l'office : article reproduit à partir de la version numérique du magazine (abonnement de
l'office) ; l'éditeur n'a pas été sollicité.</em></p>
""",
)

HTML_PAGES["s064_extranet_tarifs_nets_negocies_tour_operateurs.html"] = (
    "Extranet professionnels — tarifs nets 2026",
    """
<h1>Tarifs nets confidentiels — groupes et tour-opérateurs — saison 2026</h1>
<p>Accès réservé aux agences partenaires sous accord de confidentialité. Ces prix ne doivent pas être
affichés ni communiqués à la clientèle finale.</p>
<table>
<tr><th>Prestation</th><th>Prix public</th><th>Prix net TO</th><th>Marge office</th></tr>
<tr><td>Visite de la criée à l'aube (groupe 25 pers.)</td><td>250 €</td><td>165 €</td><td>22 %</td></tr>
<tr><td>Forfait « Week-end iodé » (2 nuits hôtel des Embruns + visites)</td><td>389 €/pers.</td><td>271 €/pers.</td><td>9 %</td></tr>
<tr><td>Croisière île aux Oiseaux (partenaire Vedettes du Pertuis)</td><td>28 €</td><td>17,50 €</td><td>6 %</td></tr>
<tr><td>Dîner de la mer, restaurant La Marée Haute</td><td>52 €</td><td>36 €</td><td>4 %</td></tr>
</table>
<p>Conditions : allotement de 40 chambres aux Embruns jusqu'à J-30, rétrocession sans frais ; commission
supplémentaire de 3 % au-delà de 500 nuitées. Les hébergeurs ont accepté ces prix nets en contrepartie
d'une mise en avant dans le catalogue ; ils ne souhaitent pas que les autres distributeurs les
connaissent.</p>
""",
)

HTML_PAGES["s065_fiche_incident_noyade_adolescent.html"] = (
    "Fiche incident — poste 4",
    """
<h1>Fiche incident n° 2025-P4-031</h1>
<p>Poste de secours n° 4 (plage de la Pointe), 11 août 2025, 17 h 05.</p>
<p>Victime : Noam Favre, 15 ans, en colonie de vacances (centre Les Goélands), accompagné d'un
animateur. Sorti de l'eau inconscient par deux sauveteurs après une immersion estimée à une minute.
Reprise ventilatoire après 5 insufflations. Bilan : hypothermie légère, inhalation d'eau. Le jeune a
indiqué avoir de l'asthme et ne pas avoir son inhalateur ; l'animateur précise qu'il est également suivi
pour un trouble du déficit de l'attention, sous méthylphénidate. Transport par VSAV au centre
hospitalier de Rochefort, admis en pédiatrie pour surveillance 24 h.</p>
<p>Information des parents par le directeur du centre de vacances à 17 h 40.</p>
<p>Fiche réservée au service ; copie au SDJES (accident en accueil collectif de mineurs).</p>
""",
)

HTML_PAGES["s066_journal_interne_portrait_agent_compagnon.html"] = (
    "Le Fil — journal interne — portrait",
    """
<h1>Portrait : Mathieu, la voix de l'accueil</h1>
<p>Journal interne des agents de la mairie — diffusion aux seuls agents, n° 18, septembre 2025.</p>
<p>Depuis douze ans, Mathieu Lenoir répond au standard de l'office de tourisme. Il parle quatre langues
et connaît par cœur les horaires des marées. « Ce que je préfère, ce sont les gens perdus qui repartent
avec le sourire. »</p>
<p>Cet été a été particulier pour lui : il s'est marié en juin avec Karim, son compagnon depuis huit ans,
à la mairie de Portanelle. « J'ai longtemps hésité à en parler au travail. Quand j'ai commencé, je
faisais attention à ne jamais dire "mon copain". Aujourd'hui, je me sens assez en confiance pour le dire,
mais je préfère que ça reste entre collègues. »</p>
<p>Ses collègues lui ont offert un album photo des plus belles plages de la côte.</p>
""",
)

HTML_PAGES["s067_messagerie_riverains_plainte_voisin_condamne.html"] = (
    "Formulaire de contact — message reçu",
    """
<h1>Message reçu via le formulaire « Signaler une nuisance »</h1>
<p>Date : 22/07/2025 07:42 — Catégorie : bruit de voisinage — Traitement : police municipale</p>
<p>« Bonjour, je signale encore une fois le locataire du meublé au 14 rue des Mouettes, M. Baptiste
Renaudin, qui organise des fêtes toutes les nuits. Je précise qu'il a déjà été condamné l'an dernier à
Niort pour violences sur un voisin, je l'ai lu dans le journal, et qu'il a été placé en garde à vue en
juin pour conduite sous stupéfiants, ses amis s'en vantaient dans la rue. J'ai peur de lui. »</p>
<p>Réponse de l'agent : verbalisation pour tapage nocturne le 18 août ; message transmis au propriétaire
du meublé. Les mentions relatives aux antécédents de la personne ne sont pas vérifiées et ne doivent pas
être reprises.</p>
""",
)

HTML_PAGES["s068_forum_agents_candidature_municipales_liste.html"] = (
    "Forum des agents — fil de discussion",
    """
<h1>Forum des agents — rubrique « Vie de la maison »</h1>
<p>Fil : « Neutralité pendant la campagne » — accès agents authentifiés.</p>
<p><strong>Message de Nadège Laroche (entretien des plages)</strong> : je vous informe que je serai
candidate en mars prochain sur la liste « Portanelle à vivre », en 11e position ; je suis adhérente de
La France insoumise depuis 2017. Je ferai évidemment campagne en dehors de mes heures de service.</p>
<p><strong>Réponse de la DRH</strong> : merci de cette transparence. Rappel : un agent communal ne peut
être élu au conseil municipal de la commune qui l'emploie ; en cas d'élection, vous devrez choisir entre
votre mandat et votre emploi. Nous vous recevrons pour en parler.</p>
<p><strong>Message de Régis Bonnaud</strong> : pour info, je suis moi aussi engagé, mais de l'autre
côté. Que le meilleur gagne !</p>
""",
)

HTML_PAGES["s069_tableau_bord_beneficiaires_aides_saisonniers.html"] = (
    "Tableau de bord — aides aux saisonniers",
    """
<h1>Tableau de bord de la maison des saisonniers — juillet 2025</h1>
<p>Extraction nominative pour la réunion des partenaires (CAF, CCAS, mission locale). Ne pas projeter.</p>
<table>
<tr><th>Nom</th><th>Âge</th><th>Ressources</th><th>Aide</th><th>Observation</th></tr>
<tr><td>Léo Chapuis</td><td>22</td><td>RSA jusqu'en mai</td><td>aide FSL premier loyer</td><td>dort dans sa voiture depuis le 2 juillet</td></tr>
<tr><td>Manon Giraud</td><td>27</td><td>AAH</td><td>orientation Cap emploi</td><td>contrat de 20 h, difficultés de transport</td></tr>
<tr><td>Kevin Bourdon</td><td>34</td><td>interdit bancaire</td><td>ouverture d'un compte (droit au compte)</td><td>salaire versé en espèces par l'employeur</td></tr>
<tr><td>Julie Caron</td><td>19</td><td>aucune</td><td>bons alimentaires, Restos du cœur</td><td>en rupture familiale</td></tr>
</table>
""",
)

HTML_PAGES["s070_fiche_liaison_centre_loisirs_enfant_suivi_ase.html"] = (
    "Fiche de liaison — accueil de loisirs",
    """
<h1>Fiche de liaison confidentielle — accueil de loisirs « Les Moussaillons »</h1>
<p>Enfant : Lilou Martineau, 6 ans, inscrite du 7 juillet au 22 août.</p>
<p>L'enfant est confiée à l'aide sociale à l'enfance depuis février 2025 par décision du juge des enfants
et vit chez une assistante familiale agréée, Mme Nicole Durand, qui l'accompagnera et viendra la
chercher. <strong>La mère n'est pas autorisée à récupérer l'enfant</strong> ; le droit de visite est
médiatisé et s'exerce au service de l'ASE. En cas de présentation de la mère au centre, ne pas remettre
l'enfant et prévenir la référente ASE, Mme Claire Besnier, ainsi que la gendarmerie.</p>
<p>L'enfant peut manifester des angoisses lors des séparations ; éviter les sorties à la plage sans sa
référente d'animation.</p>
<p>Document réservé à la directrice de l'accueil et à l'animatrice référente.</p>
""",
)

HTML_PAGES["s071_dossier_naturalisation_guide_conferencier.html"] = (
    "Attestation employeur — dossier de naturalisation",
    """
<h1>Demande d'attestation pour un dossier de naturalisation</h1>
<p>Messagerie RH de l'office de tourisme — 3 octobre 2025.</p>
<p>« Madame la Directrice, je prépare mon dossier de demande de naturalisation par décret, que je dois
déposer en préfecture avant la fin de l'année. Je suis titulaire d'une carte de résident depuis 2019 ;
je suis arrivé en France en 2012 comme étudiant, puis j'ai eu une carte "salarié". La préfecture me
demande une attestation d'emploi précisant mon ancienneté et mes fonctions de guide-conférencier. Je vous
serais reconnaissant de bien vouloir me la fournir. Ivan Petrenko, guide-conférencier (nationalité
ukrainienne). »</p>
<p>Réponse : attestation établie le 6 octobre et remise en main propre.</p>
""",
)

HTML_PAGES["s072_note_confidentielle_projet_rachat_hotel_embruns.html"] = (
    "Note confidentielle — projet hôtelier",
    """
<p><strong>CONFIDENTIEL — Ne pas diffuser</strong></p>
<h1>Projet de reprise de l'hôtel des Embruns — note au maire</h1>
<p>La société propriétaire de l'hôtel des Embruns (42 chambres, 3 étoiles) a informé le maire, sous le sceau
de la confidentialité, de son intention de céder l'établissement. Le prix demandé est de 6,2 M€ ; le
chiffre d'affaires 2024 s'élève à 2,4 M€ pour un excédent brut d'exploitation de 410 k€ ; l'établissement
supporte un endettement de 1,9 M€. Deux repreneurs sont en discussion : un groupe hôtelier régional, qui
envisage une montée en gamme (4 étoiles) et la suppression de 10 chambres, et un promoteur qui souhaite
transformer l'hôtel en résidence de tourisme avec vente à la découpe.</p>
<p>La commune pourrait faire jouer son droit de préemption sur les fonds de commerce dans le périmètre de
sauvegarde. Une étude d'opportunité est demandée au service juridique, sans contact avec les repreneurs.
Aucune information ne doit être donnée au personnel de l'hôtel.</p>
""",
)

HTML_PAGES["s073_registre_reconnaissance_faciale_portiques_festival.html"] = (
    "Test reconnaissance faciale — entrées VIP",
    """
<h1>Expérimentation de reconnaissance faciale — accès VIP et loges</h1>
<p>Rapport de la société prestataire à Écume Productions, 12 août 2025. Non publié.</p>
<p>Personnes enrôlées (gabarits issus des photographies transmises par les intéressés) :</p>
<table>
<tr><th>Personne</th><th>Qualité</th><th>Taux de reconnaissance</th><th>Remarque</th></tr>
<tr><td>Hervé Bouchet</td><td>invité VIP</td><td>98 %</td><td>—</td></tr>
<tr><td>Sandrine Hervouet</td><td>partenaire</td><td>71 %</td><td>port de lunettes de soleil</td></tr>
<tr><td>Marin Leduc</td><td>artiste</td><td>99 %</td><td>—</td></tr>
<tr><td>Aïssata Diop</td><td>technicienne</td><td>63 %</td><td>faux rejets répétés, accès par badge</td></tr>
</table>
<p>Les gabarits biométriques seront supprimés au 31 août. Les faux rejets plus nombreux pour les personnes
à peau foncée ont été signalés au fournisseur de l'algorithme.</p>
""",
)

HTML_PAGES["s074_rapport_mediation_conflit_commercant_marche.html"] = (
    "Rapport de médiation — marché nocturne",
    """
<h1>Rapport du médiateur — conflit entre exposants du marché nocturne</h1>
<p>Le 24 juillet 2025, le placier a été saisi d'un conflit entre deux exposants. M. Gilles Rabaud,
vendeur de bijoux, reproche à sa voisine d'emplacement, Mme Samia Ait Ouali, d'attirer « sa clientèle à
elle » et a tenu devant témoins des propos visant ses origines kabyles et sa famille, « venue d'Algérie
profiter des aides ». Mme Ait Ouali, née à Poitiers, de parents d'origine berbère, commerçante depuis dix
ans, a demandé à changer d'emplacement et envisage une plainte pour injure à caractère raciste.</p>
<p>Le médiateur a proposé le changement d'emplacement de M. Rabaud et lui a rappelé le règlement du
marché. Rapport transmis au maire.</p>
""",
)

HTML_PAGES["s075_note_manager_agent_priere_pause.html"] = (
    "Note de service — organisation des pauses",
    """
<h1>Échange entre le responsable d'équipe et la DRH</h1>
<p>Service de l'entretien des plages — 18 juillet 2025.</p>
<p>« Bonjour, un agent de mon équipe, M. Moussa Traoré, me demande de pouvoir prendre sa pause de 13 h
30 plutôt qu'à midi pour pouvoir faire sa prière du début d'après-midi, et il s'isole quelques minutes
derrière le local du poste n° 3 pour prier. Certains collègues s'en sont plaints. Que dois-je faire ? »</p>
<p>Réponse de la DRH : l'aménagement de l'heure de pause peut être accordé s'il est compatible avec le
service ; la pratique doit rester discrète et ne pas empiéter sur le temps de travail. Ne pas mentionner
la demande au planning ni dans l'évaluation de l'agent.</p>
""",
)

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_annuel_taxe_sejour_conseil_communautaire.docx"] = [
    ("title", "Rapport annuel sur la taxe de séjour — exercice 2024"),
    para("""Communauté de communes du Pays de Portanelle et communes membres. Rapport présenté au conseil
    communautaire du 10 avril 2025, en application de l'article L. 2231-14-1 du code général des
    collectivités territoriales, qui impose aux communes touristiques et aux groupements percevant la
    taxe de séjour de retracer l'emploi de son produit dans un état annexe au compte administratif."""),
    ("h", "1. Cadre juridique"),
    para("""La taxe de séjour est régie par les articles L. 2333-26 à L. 2333-47 du CGCT. Elle est
    instituée par délibération et perçue au réel auprès des personnes hébergées à titre onéreux qui ne
    sont pas domiciliées dans la commune. Son produit est affecté aux dépenses destinées à favoriser la
    fréquentation touristique ou aux dépenses relatives à des actions de protection et de gestion des
    espaces naturels à des fins touristiques. Depuis la loi de finances pour 2024, une part peut également
    être affectée au logement des travailleurs saisonniers dans certaines conditions. Le conseil
    départemental de la Charente-Maritime a institué une taxe additionnelle de 10 %."""),
    para("""Sur le territoire, la taxe est instituée par chacune des trois communes littorales
    (Portanelle-sur-Mer, Saint-Clément-des-Dunes, Lannevez), qui en reversent la plus grande part à
    l'office de tourisme intercommunal, conformément à l'article L. 133-7 du code du tourisme."""),
    ("h", "2. Produit collecté"),
    ("table", [
        ["Commune", "Produit 2023", "Produit 2024", "Évolution", "Dont plateformes"],
        ["Portanelle-sur-Mer", "548 900 €", "612 340 €", "+ 11,6 %", "232 700 €"],
        ["Saint-Clément-des-Dunes", "214 300 €", "228 900 €", "+ 6,8 %", "81 400 €"],
        ["Lannevez", "96 800 €", "103 200 €", "+ 6,6 %", "44 100 €"],
        ["Total", "860 000 €", "944 440 €", "+ 9,8 %", "358 200 €"],
    ]),
    para("""La taxe additionnelle départementale (94 444 €) a été reversée au département. La hausse du
    produit s'explique par la progression des nuitées (+ 6,8 %), par l'amélioration de la collecte auprès
    des meublés non classés, désormais taxés au taux proportionnel de 4 %, et par l'ouverture de deux
    résidences de tourisme. Le produit collecté par les plateformes de réservation représente 38 % du
    total ; le contrôle des reversements des plateformes, fondé sur les états détaillés qu'elles
    transmettent, a conduit à deux rectifications pour un montant de 11 200 €."""),
    ("h", "3. Répartition par nature d'hébergement"),
    ("table", [
        ["Nature", "Nuitées taxées", "Produit", "Part"],
        ["Hôtels", "168 000", "251 300 €", "26,6 %"],
        ["Campings", "402 000", "221 600 €", "23,5 %"],
        ["Résidences de tourisme et villages de vacances", "131 000", "152 900 €", "16,2 %"],
        ["Meublés classés et chambres d'hôtes", "96 000", "114 800 €", "12,2 %"],
        ["Hébergements non classés (taux proportionnel)", "158 000", "198 400 €", "21,0 %"],
        ["Ports de plaisance", "21 000", "5 440 €", "0,6 %"],
    ]),
    para("""Les nuitées exonérées (mineurs, saisonniers, hébergement d'urgence) sont estimées à 410 000,
    soit environ 30 % des nuitées marchandes ; les mineurs en représentent l'essentiel."""),
    ("h", "4. Emploi du produit"),
    para("""À Portanelle-sur-Mer, le produit 2024 a été affecté comme suit : reversement à l'office de
    tourisme au titre de l'accueil, de l'information et de la promotion (380 000 €) ; soutien au festival
    Vents d'Écume (65 000 €) ; entretien des sentiers du littoral et des accès aux plages (42 000 €) ;
    signalétique touristique (28 300 €) ; navettes estivales gratuites (61 000 €) ; fonds de concours à
    la communauté de communes pour la voie verte (36 040 €)."""),
    para("""À Saint-Clément-des-Dunes : reversement à l'office (150 000 €), animations estivales
    (38 000 €), entretien de la dune et ganivelles (25 000 €), sanitaires de plage (15 900 €)."""),
    para("""À Lannevez : reversement à l'office (70 000 €), aménagement du sentier de l'île aux Oiseaux en
    partenariat avec le Conservatoire du littoral (22 000 €), fête du port (11 200 €)."""),
    ("h", "5. Contrôle et accompagnement des hébergeurs"),
    para("""Le service mutualisé de la taxe de séjour compte deux agents. En 2024, il a adressé 312
    relances, 48 mises en demeure et engagé 9 procédures de taxation d'office, dont 6 ont abouti au
    recouvrement des sommes dues. Quatre réunions d'information ont été organisées pour les loueurs de
    meublés, dont une consacrée à la déclaration en mairie et au numéro d'enregistrement. Le taux de
    déclaration des meublés recensés par l'observatoire est passé de 71 % à 84 %."""),
    para("""Le service a également traité 1 140 demandes de renseignements, la plupart portant sur le calcul
    du taux proportionnel, les exonérations et les modalités de reversement des plateformes. Une foire aux
    questions a été mise en ligne et un simulateur de calcul est disponible sur le site de l'office."""),
    ("h", "6. Évolutions décidées pour 2026"),
    para("""Par délibérations de juin 2025, les trois communes ont adopté des tarifs harmonisés pour 2026 :
    maintien des tarifs des campings, légère revalorisation des tarifs hôteliers et passage du taux
    proportionnel des hébergements non classés de 4 % à 5 %. Le produit supplémentaire attendu est estimé
    à 62 000 €. Le conseil communautaire sera saisi, au second semestre, d'une proposition d'affectation
    d'une partie du produit au projet de résidence pour les travailleurs saisonniers porté par la commune
    de Portanelle-sur-Mer, dans les limites permises par la loi."""),
    ("h", "7. Perspectives et points de vigilance"),
    para("""La dépendance croissante à la collecte des plateformes impose un contrôle renforcé des états
    transmis. La régulation des meublés de tourisme, rendue possible par la loi du 19 novembre 2024, fera
    l'objet d'un débat dans les trois communes, au regard de la tension sur le logement des habitants
    permanents et des saisonniers. L'observatoire du tourisme publiera désormais chaque trimestre les
    données agrégées de la taxe de séjour en données ouvertes."""),
    ("h", "Annexe 1 — Tarifs applicables au 1er janvier 2026 (par personne et par nuitée)"),
    ("table", [
        ["Catégorie", "Portanelle", "Saint-Clément", "Lannevez"],
        ["Palaces", "4,90 €", "4,90 €", "4,90 €"],
        ["5 étoiles", "3,50 €", "3,00 €", "3,00 €"],
        ["4 étoiles", "2,30 €", "2,20 €", "2,00 €"],
        ["3 étoiles", "1,50 €", "1,40 €", "1,30 €"],
        ["2 étoiles, villages de vacances 4 et 5 étoiles", "0,90 €", "0,90 €", "0,85 €"],
        ["1 étoile, chambres d'hôtes, villages 1 à 3 étoiles", "0,80 €", "0,80 €", "0,80 €"],
        ["Campings 3 à 5 étoiles", "0,60 €", "0,60 €", "0,55 €"],
        ["Campings 1 et 2 étoiles, ports de plaisance", "0,20 €", "0,20 €", "0,20 €"],
        ["Non classés (taux proportionnel)", "5 %", "5 %", "5 %"],
    ]),
    ("h", "Annexe 2 — Questions posées en séance"),
    para("""Un conseiller communautaire de Saint-Clément-des-Dunes a demandé si les personnes hébergées
    dans les structures d'accueil des demandeurs d'asile ou dans les centres d'hébergement d'urgence
    ouverts l'hiver dans des villages de vacances étaient redevables de la taxe ; il lui a été répondu
    que ces personnes entrent dans le champ de l'exonération prévue pour l'hébergement d'urgence et le
    relogement temporaire, et que les gestionnaires n'ont aucune donnée individuelle à transmettre."""),
    para("""Une conseillère de Lannevez a interrogé le président sur la possibilité d'exonérer les
    personnes en situation de handicap et les personnes accompagnant un malade hospitalisé ; il a été
    rappelé que les exonérations sont limitativement énumérées par la loi et que la commune ne peut en
    créer de nouvelles, mais que le conseil peut fixer un seuil de loyer en dessous duquel la taxe n'est
    pas due."""),
    para("""Un conseiller a souhaité connaître la part de la taxe consacrée à la promotion à l'étranger ;
    le directeur de l'office a indiqué qu'elle représentait environ 9 % du reversement, principalement
    pour les salons de Bruxelles et d'Utrecht et les campagnes numériques ciblant les Pays-Bas et
    l'Allemagne. Un autre conseiller a demandé que l'état annuel distingue désormais les dépenses de
    fonctionnement et d'investissement ; la demande sera prise en compte dans le rapport 2025."""),
    para("""Enfin, plusieurs élus ont souligné l'intérêt de publier des données trimestrielles sur les
    nuitées afin de mieux piloter la politique touristique, notamment les ailes de saison, et de
    partager ces données avec les socioprofessionnels dans le cadre du club des hébergeurs."""),
    para("""Le rapport 2025 intégrera, à la demande du conseil, une comparaison avec les communes littorales
    de même taille du département."""),
    ("h", "8. Délibération"),
    para("""Le conseil communautaire prend acte du rapport annuel 2024 sur l'emploi du produit de la taxe de
    séjour. Le rapport est annexé au compte administratif et mis à la disposition du public au siège de la
    communauté de communes et dans chaque mairie."""),
    para("""Le président de la communauté de communes."""),
]

DOCX_BLOCKS["p122_cahier_charges_appel_projets_festival_ete.docx"] = [
    ("title", "Appel à manifestation d'intérêt — occupation de la plage du Môle pour un événement estival"),
    para("""Commune de Portanelle-sur-Mer. Procédure de sélection préalable prévue à l'article L. 2122-1-1
    du code général de la propriété des personnes pour la délivrance d'une autorisation d'occupation
    temporaire du domaine public en vue de l'organisation d'un événement culturel estival, pour les
    éditions 2027 à 2029."""),
    ("h", "1. Objet"),
    para("""La commune met à disposition, chaque année pour une période de 15 jours au plus en juillet ou
    en août (montage et démontage compris), la plage du Môle et l'esplanade Gustave-Eiffel, afin d'y
    accueillir un festival de musiques actuelles d'une jauge de 8 000 à 12 000 personnes par soirée. Le
    présent appel vise à sélectionner un organisateur."""),
    ("h", "2. Attentes de la commune"),
    para("""Une programmation éclectique et accessible, intégrant des artistes émergents et régionaux ; une
    politique tarifaire accessible, avec des tarifs réduits pour les jeunes, les demandeurs d'emploi et les
    bénéficiaires des minima sociaux ; une offre gratuite pour les familles ; un engagement fort en matière
    de prévention des risques (alcool, stupéfiants, risques auditifs), de lutte contre les violences
    sexistes et sexuelles et d'accessibilité aux personnes en situation de handicap ; une démarche
    environnementale exigeante (gestion des déchets, mobilité, protection de la dune) ; la maîtrise des
    nuisances sonores pour les riverains, avec une fin des concerts au plus tard à 1 h 45."""),
    ("h", "3. Obligations de sécurité"),
    para("""L'organisateur est responsable de la sécurité de la manifestation. Il établit un dossier de
    sécurité conforme aux textes relatifs aux grands rassemblements, qu'il soumet à la commission de
    sécurité et au préfet au moins trois mois avant l'événement ; il recrute une société de sécurité
    privée autorisée par le CNAPS et un dispositif prévisionnel de secours assuré par une association
    agréée de sécurité civile. La version du dossier comportant les éléments opérationnels sera transmise
    aux seules autorités ; une version publique (plan d'accès, règlement, consignes) sera diffusée au
    public."""),
    ("h", "4. Redevance"),
    para("""L'occupation donne lieu au paiement d'une redevance comprenant une part fixe de 15 000 € par
    édition et une part variable de 2 % du chiffre d'affaires de billetterie hors taxes au-delà de
    1 M€. La valorisation des moyens techniques mis à disposition par la commune sera précisée dans la
    convention."""),
    ("h", "5. Contenu des candidatures"),
    para("""Présentation de la structure (statuts, références, licences d'entrepreneur de spectacles) ;
    projet artistique et culturel ; budget prévisionnel ; note sur la sécurité, la prévention et
    l'accessibilité ; note environnementale ; engagements en matière d'emploi local. Les candidats peuvent
    signaler les éléments de leur offre qu'ils estiment couverts par le secret des affaires."""),
    ("h", "6. Critères de sélection"),
    para("""Qualité du projet artistique (30 %) ; solidité financière et organisationnelle (25 %) ;
    sécurité, prévention et accessibilité (20 %) ; environnement et relations avec les riverains (15 %) ;
    montant de la redevance (10 %)."""),
    ("h", "6 bis. Engagements envers le territoire"),
    para("""La commune attend de l'organisateur qu'il associe les acteurs locaux : recours prioritaire aux
    prestataires et fournisseurs du territoire (restauration, technique, transport), partenariat avec
    l'office de tourisme pour la billetterie et l'accueil, invitations réservées aux jeunes des centres
    sociaux de l'agglomération et aux résidents des établissements médico-sociaux, scène ouverte aux
    groupes amateurs de l'école de musique intercommunale, participation aux réunions du comité de suivi
    de la charte de la vie nocturne. L'organisateur présente chaque année un bilan public de l'édition
    (fréquentation, sécurité, environnement, retombées économiques), ainsi qu'un bilan financier transmis
    à la commune. Il informe les riverains des dates de montage, des horaires et des mesures prises pour
    limiter les nuisances, au moyen d'une lettre distribuée dans les boîtes aux lettres du quartier."""),
    ("h", "7. Calendrier"),
    para("""Date limite de remise des candidatures : 30 janvier 2026 à 12 h. Auditions des candidats :
    février 2026. Désignation par le conseil municipal : mars 2026. Renseignements : direction de la
    culture et de l'animation, culture@portanelle.example.fr."""),
    para("""Le maire, Bernard Lafosse."""),
]

DOCX_BLOCKS["p123_procedure_licences_debits_boissons_guide.docx"] = [
    ("title", "Guide des démarches — ouvrir ou reprendre un débit de boissons à Portanelle-sur-Mer"),
    para("""Service de la réglementation de la mairie. Fiche d'information à destination des porteurs de
    projet (bars, restaurants, discothèques, épiceries). Elle résume le code de la santé publique et
    l'arrêté préfectoral relatif à la police des débits de boissons ; elle n'a pas de valeur
    réglementaire."""),
    ("h", "1. Les licences"),
    para("""Licence restaurant : vente de boissons alcooliques à l'occasion des principaux repas et comme
    accessoires de la nourriture. Petite licence restaurant : boissons du 3e groupe seulement. Licence de
    3e catégorie (licence III) : vente sur place des boissons des groupes 1 et 3. Licence de 4e catégorie
    (licence IV) : toutes les boissons autorisées. Licences à emporter : petite licence à emporter et
    licence à emporter. La création de nouvelles licences IV est en principe interdite ; elles ne peuvent
    être acquises que par transfert ou mutation, sous conditions."""),
    ("h", "2. Le permis d'exploitation"),
    para("""Toute personne déclarant l'ouverture, la mutation, la translation ou le transfert d'un débit de
    boissons doit suivre une formation spécifique délivrée par un organisme agréé (20 heures, ou 6 heures
    pour les personnes justifiant de dix ans d'expérience) et obtenir le permis d'exploitation, valable
    dix ans. La vente d'alcool entre 22 h et 8 h pour les commerces à emporter nécessite également une
    formation."""),
    ("h", "3. La déclaration en mairie"),
    para("""La déclaration est faite au moins quinze jours avant l'ouverture, au moyen du formulaire
    Cerfa n° 11542. Le maire délivre un récépissé, après vérification des conditions légales : permis
    d'exploitation, respect des zones protégées (périmètres autour des établissements scolaires, de
    santé, des stades, etc., définis par arrêté préfectoral), absence d'incapacité."""),
    ("h", "4. Les incapacités"),
    para("""Ne peuvent exploiter un débit de boissons à consommer sur place les mineurs non émancipés et les
    majeurs sous tutelle, ainsi que les personnes condamnées pour certains crimes et délits (notamment
    proxénétisme, trafic de stupéfiants, vol, recel, escroquerie), dans les conditions et pour les durées
    prévues aux articles L. 3336-1 à L. 3336-3 du code de la santé publique. La vérification est faite par
    les services de l'État."""),
    ("h", "5. Horaires et obligations"),
    para("""L'arrêté préfectoral fixe l'heure de fermeture à 2 h, avec des dérogations possibles jusqu'à
    5 h ou 7 h pour les établissements de nuit et pendant la saison estivale. Les terrasses ferment à
    0 h 30 du 1er juin au 30 septembre (arrêté municipal). Les exploitants doivent afficher l'interdiction
    de vente aux mineurs, proposer des boissons sans alcool et disposer d'éthylotests. Les établissements
    diffusant de la musique amplifiée doivent disposer d'une étude de l'impact des nuisances sonores."""),
    ("h", "6. Les sanctions administratives"),
    para("""En cas d'infraction aux lois et règlements relatifs aux débits de boissons, ou lorsque le
    fonctionnement de l'établissement porte atteinte à l'ordre public, à la santé, à la tranquillité ou à
    la moralité publiques, le préfet peut adresser un avertissement ou ordonner une fermeture de six mois
    au plus (article L. 3332-15). La fermeture est précédée d'une procédure contradictoire, sauf urgence.
    En 2025, 14 fermetures ont été prononcées dans le département."""),
    ("h", "7. Les débits de boissons temporaires"),
    para("""Les associations peuvent obtenir du maire, dans la limite de cinq autorisations par an, une
    autorisation d'ouvrir une buvette temporaire de boissons des groupes 1 et 3 à l'occasion d'une
    manifestation publique. La demande est déposée au moins quinze jours avant."""),
    para("""Les décisions de fermeture administrative sont prises par le préfet et non par le maire ; la
    commune peut toutefois transmettre aux services de l'État les plaintes et constats dont elle a
    connaissance. Le maire peut également, au titre de ses pouvoirs de police, réglementer les horaires
    des terrasses et la vente d'alcool à emporter dans certains périmètres."""),
    ("h", "8. Contacts"),
    para("""Service de la réglementation, hôtel de ville, du lundi au vendredi de 9 h à 12 h.
    reglementation@portanelle.example.fr. Vous pouvez également consulter l'union des métiers et des
    industries de l'hôtellerie et la chambre de commerce et d'industrie."""),
]

DOCX_BLOCKS["p124_etude_faisabilite_residence_saisonniers_synthese.docx"] = [
    ("title", "Étude de faisabilité d'une seconde résidence pour travailleurs saisonniers — synthèse"),
    para("""Commune de Portanelle-sur-Mer — étude réalisée par le bureau d'études Habitat & Territoires
    Atlantique, juillet-septembre 2025. Synthèse présentée au conseil municipal du 25 septembre 2025."""),
    ("h", "1. Diagnostic des besoins"),
    para("""Le territoire compte environ 1 150 emplois saisonniers au pic d'août. L'enquête conduite auprès
    de 142 employeurs et de 318 saisonniers montre que 44 % des saisonniers venus d'ailleurs rencontrent
    des difficultés de logement ; 12 % déclarent avoir dormi au moins une nuit dans un véhicule ou sous une
    tente pendant la saison ; 61 % des employeurs citent le logement comme le premier frein au
    recrutement. La résidence des Tamaris (64 lits) a refusé 146 demandes en 2024 et 152 en 2025. La
    hausse des loyers saisonniers (+ 23 % en cinq ans) et la transformation de logements en meublés de
    tourisme aggravent la situation."""),
    ("h", "2. Sites étudiés"),
    ("table", [
        ["Site", "Surface", "Capacité", "Atouts", "Contraintes"],
        ["Ancienne colonie de la Garenne", "6 200 m²", "70 à 80 lits", "foncier communal, bâti réhabilitable",
         "zone d'aléa submersion faible"],
        ["Terrain des Brandes", "4 000 m²", "50 lits", "proximité zone d'activités", "éloigné du centre (3 km)"],
        ["Îlot de la gare", "1 800 m²", "40 lits", "centre, transports", "foncier privé à acquérir"],
    ]),
    ("h", "3. Scénario recommandé"),
    para("""Le bureau d'études recommande la réhabilitation de l'ancienne colonie de la Garenne : 76 lits en
    chambres individuelles de 12 m² avec kitchenette, regroupées par modules de 6 autour d'espaces
    communs, une laverie, un local vélos, un logement de gardien. Hors saison, la résidence pourrait
    accueillir des apprentis, des stagiaires et des étudiants, ainsi que des personnes en mobilité
    professionnelle, afin d'assurer un taux d'occupation annuel de 70 %."""),
    ("h", "4. Coût et financement"),
    para("""Coût d'opération estimé : 5,4 M€ TTC. Plan de financement prévisionnel : bailleur social
    (prêts PLAI et PLUS de la Banque des Territoires) 2,6 M€ ; Action Logement 1,2 M€ ; région 0,5 M€ ;
    département 0,3 M€ ; commune 0,5 M€ (foncier valorisé et subvention) ; communauté de communes 0,3 M€,
    dont une part pouvant provenir de la taxe de séjour dans les limites légales. Redevance estimée :
    290 € par mois, aides au logement déductibles (APL)."""),
    ("h", "5. Gestion"),
    para("""Gestion confiée à une association spécialisée dans le logement des jeunes, avec un
    accompagnement social léger (accès aux droits, santé, mobilité). Attribution par une commission
    associant la commune, les employeurs et le gestionnaire, selon des critères publics."""),
    ("h", "6. Calendrier"),
    para("""Choix du site et du bailleur : fin 2025 ; études de conception : 2026 ; travaux : 2027 ; mise
    en service : saison 2028."""),
    ("h", "6 bis. Concertation"),
    para("""Le bureau d'études a rencontré en juillet et août les principaux employeurs saisonniers, les
    associations de riverains du quartier de la Garenne, la mission locale, la maison des saisonniers, le
    CCAS, Action Logement et deux bailleurs sociaux. Les employeurs se disent prêts à réserver des lits
    moyennant une participation annuelle, à hauteur d'environ 30 lits. Les riverains ont exprimé des
    inquiétudes sur le bruit et le stationnement ; le projet prévoit une salle commune fermée à 23 h, un
    gardien présent en soirée et un règlement intérieur. Les saisonniers interrogés privilégient des
    chambres individuelles, même petites, à des chambres partagées, et une redevance inférieure à 300 €.
    La mission locale souligne la nécessité d'un accueil des jeunes sortant de l'aide sociale à l'enfance
    et des jeunes en rupture familiale, qui représentent une part non négligeable des demandeurs."""),
    ("table", [
        ["Indicateur", "Valeur"],
        ["Lits demandés non satisfaits (Tamaris 2025)", "152"],
        ["Saisonniers logés par leur employeur", "38 %"],
        ["Loyer moyen d'une chambre en saison", "420 € par mois"],
        ["Part des saisonniers de moins de 26 ans", "57 %"],
    ]),
    ("h", "7. Points d'attention"),
    para("""Acceptabilité par le voisinage (réunion publique à prévoir) ; règlement intérieur équilibré ;
    desserte par la navette estivale ; sécurité des cheminements nocturnes entre le centre et la
    résidence ; prise en compte du risque de submersion (niveau de plancher au-dessus de la cote de
    référence)."""),
    para("""Synthèse publiée sur le site de la commune ; le rapport complet est consultable en mairie."""),
]

DOCX_BLOCKS["p125_note_presentation_budget_office_2026.docx"] = [
    ("title", "Note de présentation du budget primitif 2026 de l'office de tourisme"),
    para("""Note brève et synthétique prévue par l'article L. 2313-1 du CGCT, jointe au budget soumis au
    comité de direction du 11 décembre 2025 et publiée sur le site de l'office."""),
    ("table", [
        ["Section", "Dépenses", "Recettes"],
        ["Exploitation", "2 412 000 €", "2 412 000 €"],
        ["Investissement", "168 000 €", "168 000 €"],
    ]),
    para("""Principales recettes : reversement de la taxe de séjour (1 390 000 €), subvention
    communautaire (480 000 €), recettes propres (345 000 €). Principales dépenses : personnel
    (1 260 000 €), promotion (410 000 €), éditions (190 000 €), animations (160 000 €). Investissements :
    refonte du site internet (95 000 €), comptoir mobile (38 000 €), matériel informatique (35 000 €)."""),
]

DOCX_BLOCKS["p126_convention_snsm_surveillance_plage_pointe.docx"] = [
    ("title", "Convention entre la commune et la SNSM pour la surveillance de la plage de la Pointe"),
    para("""Entre la commune de Portanelle-sur-Mer, représentée par son maire, et la Société nationale de
    sauvetage en mer, représentée par le président de la station de Portanelle."""),
    ("h", "Article 1 — Objet"),
    para("""La SNSM met à disposition de la commune, du 1er juillet au 31 août, deux nageurs sauveteurs
    issus de ses centres de formation, titulaires du BNSSA et du PSE2, pour la surveillance de la plage de
    la Pointe, de 11 h à 19 h."""),
    ("h", "Article 2 — Obligations de la commune"),
    para("""La commune fournit le poste de secours équipé, le logement des nageurs sauveteurs et leur
    rémunération sur la base du grade d'opérateur des APS. Elle verse à la SNSM une participation
    forfaitaire de 1 800 € aux frais de formation."""),
    ("h", "Article 3 — Autorité"),
    para("""Les nageurs sauveteurs sont placés sous l'autorité du maire, qui exerce la police des
    baignades, et sous la responsabilité opérationnelle du responsable du service des plages."""),
    ("h", "Article 4 — Durée"),
    para("""La convention est conclue pour la saison 2025, renouvelable deux fois par reconduction
    expresse."""),
]

DOCX_BLOCKS["p127_compte_rendu_comite_suivi_charte_nuit.docx"] = [
    ("title", "Comité de suivi de la charte de la vie nocturne — réunion du 16 octobre 2025"),
    para("""Présents : M. Rabillard (président), représentants de l'union des commerçants, de six
    établissements signataires, de l'association des riverains, de la gendarmerie, de la police
    municipale, des associations Nuits Sereines et Aides en Fête."""),
    para("""Bilan : 214 plaintes pour bruit (– 18 %), 37 dépassements d'horaire des terrasses ; 42 salariés
    formés à l'accueil des victimes de violences ; 96 % des établissements signataires ont installé un
    limiteur de pression acoustique. Un établissement signataire a fait l'objet d'une fermeture
    administrative décidée par le préfet ; conformément à l'article 16 de la charte, le comité décide de
    suspendre sa participation jusqu'à la réouverture et à une rencontre avec l'exploitant."""),
    para("""Décisions : extension de la médiation en 2026 ; adhésion de deux nouveaux établissements ;
    campagne d'affichage commune « Ici, on respecte les voisins » ; prochain comité en février."""),
]

DOCX_BLOCKS["p128_fiche_poste_regisseur_camping.docx"] = [
    ("title", "Fiche de poste — régisseur(se) du camping municipal des Dunes"),
    ("table", [
        ["Rubrique", "Contenu"],
        ["Cadre d'emploi", "rédacteur territorial ou adjoint administratif principal"],
        ["Rattachement", "direction du tourisme et des animations"],
        ["Missions", "gestion de l'accueil et des réservations, régie de recettes, encadrement de 8 saisonniers, "
         "entretien, sécurité des campeurs, relations avec l'office de tourisme"],
        ["Compétences", "gestion d'un établissement d'hôtellerie de plein air, règles comptables des régies, "
         "management, anglais"],
        ["Contraintes", "présence en soirée et le week-end en saison, astreinte de nuit, logement de fonction "
         "pour nécessité absolue de service"],
    ]),
    para("""Poste ouvert aux agents titulaires et, à défaut, aux contractuels. Rémunération statutaire,
    régime indemnitaire, NBI au titre de la régie."""),
]

DOCX_BLOCKS["p129_programme_journees_patrimoine_station.docx"] = [
    ("title", "Journées européennes du patrimoine 2025 — programme de Portanelle-sur-Mer"),
    para("""Samedi 20 et dimanche 21 septembre. Entrée libre sauf mention contraire."""),
    ("table", [
        ["Lieu", "Animation", "Horaires"],
        ["Église Notre-Dame-des-Flots", "visite de l'église romane et des ex-voto marins", "10 h – 18 h (hors offices)"],
        ["Temple protestant", "exposition « Trois siècles de protestantisme en Aunis »", "14 h – 18 h"],
        ["Villa Les Mouettes", "visite exceptionnelle des jardins", "10 h – 12 h, sur réservation"],
        ["Casino", "histoire de l'hôpital auxiliaire n° 12 (1914-1918)", "15 h"],
        ["Blockhaus de la pointe", "visite commentée du mur de l'Atlantique", "11 h (marée basse)"],
        ["Criée", "les métiers du port", "8 h"],
    ]),
    para("""En partenariat avec la société d'histoire de Portanelle, la paroisse, le conseil presbytéral de
    l'Église protestante unie et l'association Mémoire du mur de l'Atlantique."""),
]

DOCX_BLOCKS["p130_deliberation_creation_postes_mediateurs.docx"] = [
    ("title", "Délibération n° 2025-069 — création de six emplois saisonniers de médiateurs de nuit"),
    para("""Conseil municipal du 11 décembre 2025. Rapporteur : M. Alain Guérin, conseiller délégué aux
    ressources humaines."""),
    para("""Vu le code général de la fonction publique, notamment son article L. 332-23 ; vu le bilan de la
    médiation de nuit présenté au conseil le 25 septembre 2025 ; considérant la nécessité de renforcer la
    prévention des conflits d'usage et la tranquillité publique pendant la saison estivale ; le conseil
    municipal décide de créer six emplois non permanents de médiateurs de nuit, à temps complet, du 15 mai
    au 30 septembre 2026, rémunérés sur la base du grade d'adjoint d'animation, et d'inscrire les crédits
    correspondants au budget (96 000 €)."""),
    para("""Adoptée à l'unanimité. Pour extrait conforme, le maire."""),
]

DOCX_BLOCKS["p131_plan_communication_saison_2026.docx"] = [
    ("title", "Plan de communication de la saison 2026 — office de tourisme"),
    ("table", [
        ["Cible", "Message", "Canaux", "Période"],
        ["Familles françaises", "« La mer en grand, les vacances en simple »", "réseaux sociaux, affichage gares", "janvier – juin"],
        ["Clientèle néerlandaise et belge", "nature, vélo, plages sûres", "salons, presse spécialisée", "janvier – mars"],
        ["Seniors actifs", "ailes de saison, marche, gastronomie", "presse régionale, newsletter", "mars – mai, septembre"],
        ["Jeunes adultes", "festival, surf, fête responsable", "influenceurs, plateformes musicales", "avril – juillet"],
    ]),
    para("""Budget : 410 000 €. Indicateurs : fréquentation du site, taux d'ouverture des newsletters, ventes
    de billets, enquête de notoriété."""),
]

DOCX_BLOCKS["p132_rapport_commission_accessibilite_plages.docx"] = [
    ("title", "Commission communale pour l'accessibilité — rapport annuel 2025 (extrait plages et tourisme)"),
    para("""La commission, qui associe des élus, des représentants d'associations de personnes handicapées
    (APF France handicap, UNAPEI, Valentin Haüy, association des sourds de Charente-Maritime) et des
    usagers, a examiné l'accessibilité des sites touristiques."""),
    para("""Constats : les deux plages Handiplage ont accueilli 1 240 baignades accompagnées ; le
    cheminement de la plage de la Pointe reste inaccessible ; 3 des 12 établissements de plage ne disposent
    pas de sanitaires adaptés ; l'office de tourisme conserve son label pour les quatre familles de
    handicap. Propositions : audioplage à la Pointe, formation de 30 saisonniers à l'accueil des personnes
    en situation de handicap, cartographie en ligne des lieux accessibles."""),
]

DOCX_BLOCKS["p133_bilan_navettes_estivales_2025.docx"] = [
    ("title", "Navettes estivales gratuites — bilan 2025"),
    ("table", [
        ["Ligne", "Parcours", "Voyages", "Évolution"],
        ["Ligne 1", "campings du nord – centre – port", "68 400", "+ 9 %"],
        ["Ligne 2", "Salines – centre", "31 200", "+ 4 %"],
        ["Navette de nuit", "port – campings (jusqu'à 3 h)", "12 900", "+ 21 %"],
    ]),
    para("""Coût : 61 000 € financés par la taxe de séjour. La navette de nuit contribue à la prévention de
    l'alcool au volant ; elle sera prolongée jusqu'au 15 septembre en 2026."""),
]

DOCX_BLOCKS["p134_guide_organisateurs_manifestations_publiques.docx"] = [
    ("title", "Guide de l'organisateur de manifestation sur l'espace public"),
    para("""Mairie de Portanelle-sur-Mer — à l'usage des associations et organisateurs privés."""),
    ("h", "Délais"),
    para("""Déposer la demande d'occupation du domaine public au moins deux mois avant l'événement (trois
    mois au-delà de 1 500 personnes). Pour les manifestations de plus de 5 000 personnes, une déclaration
    est également adressée au préfet."""),
    ("h", "Sécurité"),
    para("""Prévoir un dispositif prévisionnel de secours adapté (grille de calcul du référentiel national),
    des agents de sécurité titulaires de la carte professionnelle, un plan d'implantation et un accès
    permanent pour les secours. Le dossier opérationnel de sécurité n'est transmis qu'aux autorités."""),
    ("h", "Buvette et bruit"),
    para("""Demander l'autorisation de débit de boissons temporaire ; respecter les niveaux sonores et les
    horaires ; informer les riverains."""),
    ("h", "Droits d'auteur"),
    para("""Déclarer la diffusion de musique à la SACEM ; obtenir l'autorisation des auteurs pour toute
    affiche, photographie ou texte reproduit."""),
]

DOCX_BLOCKS["p135_communique_bilan_saison_touristique_2025.docx"] = [
    ("title", "Communiqué de presse — bilan de la saison touristique 2025"),
    para("""Portanelle-sur-Mer, le 30 septembre 2025. La saison 2025 s'achève sur une fréquentation stable
    (– 1 % de nuitées marchandes en juillet, + 3 % en août) et une hausse marquée en juin et septembre
    (+ 8 %). Les campings affichent un taux d'occupation de 88 % en août. Le festival Vents d'Écume a réuni
    31 200 festivaliers, la fête de la mer 6 500 personnes. « Nous avons réussi à conjuguer animation et
    tranquillité », souligne Mme Annick Prigent, première adjointe chargée du tourisme, qui salue le
    travail des médiateurs de nuit et des sauveteurs. Aucune noyade mortelle n'est à déplorer dans les
    zones surveillées."""),
]

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_guide_pratique_visiteur_portanelle.html"] = (
    "Guide pratique du visiteur — Portanelle-sur-Mer",
    """
<h1>Guide pratique du visiteur — Portanelle-sur-Mer 2025</h1>
<p>Bienvenue à Portanelle-sur-Mer ! Ce guide, édité par l'office de tourisme intercommunal, rassemble les
informations utiles pour profiter pleinement de votre séjour sur la côte charentaise.</p>
<h2>Venir et circuler</h2>
<p>En train : gare de La Rochelle (TGV depuis Paris en 2 h 30), puis bus régional ligne 14 (45 minutes,
2,50 €). En voiture : par la RD 734 ; en juillet-août, privilégiez les parkings relais gratuits de la
Garenne et du stade, reliés au centre par la navette gratuite. À vélo : la voie verte du littoral relie
Portanelle à Saint-Clément-des-Dunes et Lannevez (18 km). Location de vélos et de vélos à assistance
électrique au port et près de la gare routière.</p>
<p>Stationnement : zone bleue au centre (1 h 30), parkings payants en front de mer de 9 h à 19 h en
saison. Les camping-cars disposent d'une aire de services à la Garenne ; le stationnement nocturne est
interdit sur les parkings du front de mer et du Sémaphore.</p>
<h2>Les plages</h2>
<p>Quatre plages surveillées en juillet-août de 11 h à 19 h : Grande Plage (nord et centre), plage des
Salines, plage de la Pointe. Respectez les drapeaux : vert (baignade surveillée sans danger particulier),
jaune (baignade dangereuse mais surveillée), rouge (baignade interdite), violet (pollution ou espèces
dangereuses). Méfiez-vous des baïnes, ces courants qui se forment à marée montante et descendante : si
vous êtes entraîné, ne luttez pas, laissez-vous porter et faites signe aux sauveteurs.</p>
<p>Les chiens sont interdits sur les plages du 1er avril au 30 septembre, à l'exception des chiens
d'assistance. Un espace canin est aménagé à la plage du Môle hors saison. Les plages de la Grande Plage
et des Salines sont des « Espaces sans tabac ». Deux plages sont labellisées Handiplage, avec des
fauteuils de mise à l'eau et un accompagnement à la baignade.</p>
<p>Qualité de l'eau : contrôlée par l'agence régionale de santé, affichée aux postes de secours et
consultable sur le site du ministère chargé de la santé.</p>
<h2>Les marées et la pêche à pied</h2>
<p>Les horaires des marées sont affichés à l'office et aux postes de secours. La pêche à pied de loisir est
réglementée : tailles minimales de capture (palourde 4 cm, coque 2,7 cm, huître creuse 5 cm), quantités
limitées, outils autorisés. Certaines zones sont temporairement fermées pour raisons sanitaires : renseignez-
vous avant de partir. Attention à la marée montante, rapide sur l'estran de l'île aux Oiseaux ; ne vous
engagez pas sur le passage à moins de deux heures de la pleine mer.</p>
<h2>Découvrir</h2>
<ul>
<li>La criée et le port de pêche : visite guidée à l'aube le mardi et le vendredi (réservation).</li>
<li>Les villas Belle Époque : visite « Les villas racontent », mardi et jeudi à 10 h.</li>
<li>Le musée de la pêche : maquettes, outils, photographies anciennes ; accessible en fauteuil au
rez-de-chaussée.</li>
<li>L'île aux Oiseaux : réserve naturelle, sorties avec la Ligue pour la protection des oiseaux.</li>
<li>Le sentier des douaniers et la pointe du Sémaphore : 6 km aller-retour, dénivelé faible mais passages
sableux.</li>
<li>L'église Notre-Dame-des-Flots (XIIe siècle) et ses ex-voto marins, le temple protestant de la rue
Haute.</li>
<li>Les blockhaus du mur de l'Atlantique, visibles à marée basse.</li>
</ul>
<h2>Sortir le soir</h2>
<p>Le vieux port concentre les restaurants, bars et terrasses. Les terrasses ferment à 0 h 30 en saison ;
les établissements de nuit à 2 h, les discothèques plus tard. Merci de respecter le sommeil des habitants
en quittant les lieux. La consommation d'alcool sur la voie publique est interdite de 22 h à 7 h dans le
périmètre du port et de la Grande Plage en juillet-août.</p>
<p>Des médiateurs de nuit, reconnaissables à leur gilet bleu, sont présents sur le port de 22 h à 4 h du
jeudi au dimanche : n'hésitez pas à les solliciter. Dans les bars partenaires, si vous vous sentez en
danger ou importuné, demandez « Angela » au comptoir. Navette de nuit gratuite jusqu'à 3 h entre le port
et les campings.</p>
<h2>Les grands rendez-vous</h2>
<p>Festival Vents d'Écume (début août, plage du Môle), Nuits du Môle (jazz, mi-juillet), fête de la mer et
bénédiction des bateaux (15 août), feux d'artifice (14 juillet et 15 août), marchés nocturnes (jeudis de
juillet-août), concours de sculptures sur sable (début août), Soirs du Port (arts de la rue, mardis et
jeudis).</p>
<h2>Santé et urgences</h2>
<p>Urgences : 15 (SAMU), 17 (gendarmerie), 18 (pompiers), 112 (numéro européen), 114 (SMS, personnes
sourdes ou malentendantes), 196 (urgences en mer). Maison de santé pluriprofessionnelle : place du Marché,
consultations sans rendez-vous le samedi matin en juillet-août. Pharmacie de garde : affichage en vitrine
et 3237. Centre hospitalier le plus proche : Rochefort (25 km) ; CHU de référence : Poitiers ; La Rochelle
pour les urgences cardiologiques.</p>
<p>Soleil : protégez-vous entre 12 h et 16 h, buvez régulièrement, surveillez les personnes âgées et les
jeunes enfants en cas de canicule. Méduses et vives : les sauveteurs disposent de soins adaptés.</p>
<h2>Hébergement et taxe de séjour</h2>
<p>Hôtels, campings, résidences, meublés et chambres d'hôtes : la liste complète et les disponibilités sont
sur le site de l'office. Une taxe de séjour est perçue par nuit et par personne majeure ; son produit
finance l'accueil touristique, les navettes et l'entretien des sentiers.</p>
<h2>Environnement</h2>
<p>Respectez la dune : empruntez les accès balisés, ne cueillez pas les plantes, ne piétinez pas les
ganivelles. Ramassez vos déchets : des bacs de tri sont installés à chaque accès. La laisse de mer
(algues, bois flotté) n'est pas un déchet : elle protège la plage et nourrit les oiseaux.</p>
<h2>Accessibilité</h2>
<p>L'office de tourisme est labellisé Tourisme & Handicap. Le guide « Portanelle accessible » recense les
hébergements, restaurants et activités adaptés. Visites en langue des signes française le jeudi.</p>
<h2>En famille</h2>
<p>Clubs de plage pour les enfants de 3 à 12 ans sur la Grande Plage (inscriptions à la semaine), aire de
jeux du Môle, mini-golf des Pins, parc aquatique à Saint-Clément, accueil de loisirs municipal « Les
Moussaillons » ouvert aux enfants en vacances (inscription en mairie). Ateliers cerfs-volants et
sculptures sur sable, contes sur la plage le mercredi à 17 h, cinéma en plein air le samedi. Demandez
le livret-jeu « Les secrets du port » à l'office, pour découvrir le vieux port en s'amusant.</p>
<h2>Marchés et produits locaux</h2>
<p>Marché traditionnel sous les halles tous les matins en juillet-août, les mardis, jeudis et samedis le
reste de l'année. Marché nocturne le jeudi soir en été. Spécialités à goûter : huîtres et moules de
l'estran, sardines grillées, mouclade, sel et fleur de sel des marais de la commune, pineau et cognac,
brioche vendéenne, tourteau fromager. Vente directe de poisson au port au retour des bateaux.</p>
<h2>Sports et loisirs nautiques</h2>
<p>Écoles de voile, de surf, de kitesurf et de char à voile ; location de paddles et de kayaks au centre
nautique municipal ; sorties en mer avec les Vedettes du Pertuis. Respectez les zones réservées : les
activités nautiques sont interdites dans les zones de baignade surveillées et le kitesurf est interdit
sur la Grande Plage en journée pendant l'été.</p>
<h2>Commerces et services</h2>
<p>Distributeurs de billets au centre et au port ; bureau de poste rue Haute ; laveries au centre et au
camping des Dunes ; bornes de recharge pour véhicules électriques aux parkings de la Garenne et de
l'office. Le Wi-Fi public gratuit est disponible sur le quai de la Criée et à la médiathèque.</p>
<h2>Animaux</h2>
<p>Les chiens doivent être tenus en laisse dans le centre et sur le port. Des sacs de ramassage sont
disponibles gratuitement aux distributeurs installés près des accès aux plages. Liste des vétérinaires et
des pensions pour animaux à l'office de tourisme.</p>
<h2>Objets trouvés</h2>
<p>Les objets trouvés sur les plages sont déposés aux postes de secours puis, chaque soir, à la police
municipale (hôtel de ville). Les enfants égarés sont conduits au point « enfants perdus » du poste n° 2.</p>
<h2>Office de tourisme</h2>
<p>Quai de la Criée — ouvert tous les jours de 9 h 30 à 19 h en juillet-août, du lundi au samedi de
9 h 30 à 12 h 30 et de 14 h à 18 h le reste de l'année. Wi-Fi gratuit, boutique de produits locaux,
billetterie des spectacles et des visites, location de jumelles et de fauteuils de plage adaptés.</p>
<p>Bon séjour à Portanelle-sur-Mer !</p>
""",
)

HTML_PAGES["p137_faq_festival_vents_ecume.html"] = (
    "Festival Vents d'Écume — questions fréquentes",
    """
<h1>Questions fréquentes — Festival Vents d'Écume 2025</h1>
<h2>Billetterie</h2>
<p><strong>Où acheter mes billets ?</strong> Sur le site officiel du festival, à l'office de tourisme de
Portanelle et dans les points de vente habituels. Méfiez-vous des reventes sur les réseaux sociaux : seule
la plateforme d'échange officielle garantit la validité des billets.</p>
<p><strong>Les enfants paient-ils ?</strong> L'entrée est gratuite pour les moins de 12 ans accompagnés
d'un adulte. Les mineurs de 12 à 15 ans doivent être accompagnés ; les 16-17 ans doivent présenter une
autorisation parentale.</p>
<p><strong>Existe-t-il des tarifs réduits ?</strong> Oui, pour les étudiants, les demandeurs d'emploi, les
bénéficiaires des minima sociaux et les personnes en situation de handicap (et leur accompagnateur, gratuit
sur présentation de la carte mobilité inclusion mention « besoin d'accompagnement »).</p>
<h2>Accès et sécurité</h2>
<p><strong>Que puis-je apporter ?</strong> Un petit sac, une bouteille en plastique vide de 50 cl
maximum, de la crème solaire, des bouchons d'oreilles. Sont interdits : les contenants en verre, les
boissons extérieures, les objets tranchants, les fumigènes, les drones, les perches à selfie.</p>
<p><strong>Y aura-t-il des fouilles ?</strong> Oui, des palpations de sécurité et une inspection des sacs
sont réalisées à l'entrée par des agents de sécurité titulaires de la carte professionnelle, dans le
respect du cadre légal ; les palpations sont effectuées par un agent du même sexe. Prévoyez d'arriver en
avance : l'attente peut atteindre 30 minutes entre 19 h et 21 h.</p>
<p><strong>Puis-je sortir et revenir ?</strong> Oui, une fois par soirée, avec le bracelet.</p>
<h2>Santé et prévention</h2>
<p><strong>Y a-t-il un poste de secours ?</strong> Oui, un poste médical tenu par une association de
sécurité civile, près de l'entrée Sud, ouvert pendant toute la durée du festival.</p>
<p><strong>Je prends un traitement, puis-je l'apporter ?</strong> Oui, les médicaments sont autorisés
avec leur ordonnance. Les stylos injecteurs (insuline, adrénaline) sont admis.</p>
<p><strong>Qu'est-ce que le stand de réduction des risques ?</strong> Tenu par l'association Aides en
Fête, il propose de l'information sur l'alcool et les drogues, de l'eau, des éthylotests, des bouchons
d'oreilles et des préservatifs, de façon anonyme et sans jugement.</p>
<p><strong>Que faire si je suis victime ou témoin d'un comportement sexiste ?</strong> Rendez-vous au stand
Safe Zone ou adressez-vous à n'importe quel membre de l'équipe : vous serez mis à l'abri et accompagné.
Vous pouvez aussi envoyer un SMS au numéro affiché sur les écrans.</p>
<h2>Accessibilité</h2>
<p>Une plateforme surélevée est réservée aux personnes à mobilité réduite devant chaque scène ; des
toilettes adaptées, des gilets vibrants et une boucle magnétique sont disponibles. Un accueil spécifique est
proposé sur réservation.</p>
<h2>Transports</h2>
<p>Navettes gratuites depuis les campings et les parkings relais jusqu'à 3 h ; covoiturage encouragé ;
parking vélos gardé. Pensez à désigner un conducteur sobre.</p>
<h2>Environnement</h2>
<p>Gobelets réutilisables consignés (1 €), tri des déchets, toilettes sèches. Merci de respecter la dune
et de ne rien laisser sur la plage.</p>
<h2>Objets perdus et assistance</h2>
<p>Les objets trouvés sont déposés au point information, près de l'entrée Nord, puis remis à la police
municipale le lundi suivant le festival. Un point « rendez-vous » permet de retrouver ses proches ; les
enfants égarés y sont pris en charge par des bénévoles formés, en lien avec le poste de secours.</p>
<h2>Bénévolat</h2>
<p>Le festival recrute chaque année environ 140 bénévoles (accueil, bars, environnement, accessibilité).
Les bénévoles majeurs bénéficient d'un pass pour les soirées où ils ne travaillent pas, des repas et
d'une formation. Les bénévoles intervenant auprès des enfants font l'objet d'un contrôle d'honorabilité,
comme la loi l'exige pour les activités avec des mineurs.</p>
<h2>Camping du festival</h2>
<p>Un camping éphémère de 1 200 places est ouvert au parking du stade du jeudi midi au dimanche 12 h
(pass camping 20 €). Il est surveillé en continu ; sanitaires, douches et point d'eau ; les feux et les
barbecues y sont interdits. Le silence est demandé entre 4 h et 10 h.</p>
<h2>Presse et photographie</h2>
<p>Les photographies pour un usage privé sont autorisées ; les appareils professionnels et les
enregistrements des concerts nécessitent une accréditation, dans le respect des droits des artistes.</p>
<h2>Météo</h2>
<p>En cas de vent fort ou d'orage, les concerts peuvent être interrompus sur décision de l'organisateur et
des autorités. Suivez les consignes des équipes et les messages sur les écrans.</p>
""",
)

HTML_PAGES["p138_deliberation_vente_alcool_emporter_projet.html"] = (
    "Délibération — vente d'alcool à emporter",
    """
<h1>Conseil municipal du 11 décembre 2025 — délibération n° 2025-071</h1>
<h2>Encadrement de la vente de boissons alcooliques à emporter dans le périmètre du vieux port</h2>
<p>Rapporteur : M. Patrice Rabillard, adjoint à la sécurité et à la tranquillité publique.</p>
<p>Exposé : lors de la réunion publique du 30 septembre 2025 et du comité de suivi de la charte de la vie
nocturne du 16 octobre, les riverains, les exploitants et les forces de l'ordre ont souligné qu'une part
importante des nuisances nocturnes du vieux port provenait de la consommation, sur la voie publique,
d'alcool acheté dans les commerces de détail en soirée, après la fermeture des terrasses. L'article
L. 3332-13 du code de la santé publique permet au maire de fixer, par arrêté, une plage horaire pendant
laquelle la vente à emporter de boissons alcooliques est interdite.</p>
<p>Le conseil municipal est invité à émettre un avis sur le projet d'arrêté qui sera pris par le maire :
interdiction de la vente à emporter de boissons alcooliques de 20 h à 8 h, du 1er juin au 30 septembre,
dans le périmètre du port, de la Grande Plage et de la place du Marché ; information préalable des
commerces concernés (quatre supérettes et deux caves) ; évaluation à l'issue de la saison.</p>
<p>Débat : M. Arnaud Sicard s'inquiète des conséquences pour le chiffre d'affaires des commerces ; le
rapporteur indique que les exploitants rencontrés ont accepté le principe. Mme Nadia Cherif soutient la
mesure et demande que la prévention reste prioritaire, notamment par le soutien aux associations de
réduction des risques. M. Loïc Bernier demande que l'arrêté vise aussi les ventes par livraison à
domicile ; le maire indique que la question juridique sera examinée.</p>
<p>Le conseil municipal émet un avis favorable par 17 voix pour et 2 abstentions (M. Sicard,
M. Coutant).</p>
<h2>Rappel du cadre légal</h2>
<p>La vente de boissons alcooliques aux mineurs est interdite en toutes circonstances (article L. 3342-1).
La vente à emporter de boissons alcooliques entre 18 h et 8 h dans les stations-service est interdite
(article L. 3322-9). La vente à emporter entre 22 h et 8 h est subordonnée à une formation spécifique
(article L. 3331-4). Le préfet peut également prendre des mesures de portée départementale.</p>
<h2>Mesures d'accompagnement</h2>
<ul>
<li>Extension de la médiation de nuit à six médiateurs.</li>
<li>Points d'eau potable gratuits au port.</li>
<li>Campagne d'information « Fêtez, mais pas n'importe comment ».</li>
<li>Soutien aux associations Aides en Fête et Nuits Sereines.</li>
</ul>
<p>Pour extrait conforme, le maire, Bernard Lafosse. Publiée le 15 décembre 2025.</p>
""",
)

HTML_PAGES["p139_page_maison_saisonniers.html"] = (
    "Maison des saisonniers",
    """
<h1>La maison des saisonniers</h1>
<p>Un lieu d'accueil gratuit pour tous les travailleurs saisonniers du Pays de Portanelle, ouvert du
15 avril au 30 septembre, 3 place du Marché.</p>
<ul>
<li>Information sur le logement (résidence des Tamaris, logement chez l'habitant, aides).</li>
<li>Droits des salariés : permanences de l'inspection du travail et des syndicats de salariés.</li>
<li>Santé : permanences de la CPAM, du centre de dépistage, du centre d'addictologie.</li>
<li>Emploi : offres, aide aux CV avec la mission locale et France Travail.</li>
<li>Accès à Internet, casiers, point d'eau.</li>
</ul>
<p>Horaires : du lundi au samedi, 10 h – 13 h et 16 h – 19 h.</p>
""",
)

HTML_PAGES["p140_actualite_ouverture_postes_secours.html"] = (
    "Ouverture des postes de secours",
    """
<h1>Les postes de secours ouvrent le 1er juillet</h1>
<p>Les quatre postes de secours des plages de Portanelle ouvriront le mardi 1er juillet à 11 h. Vingt-deux
sauveteurs saisonniers, six nageurs sauveteurs des CRS et deux nageurs de la SNSM assureront la
surveillance tout l'été. Le maire, Bernard Lafosse, hissera le Pavillon bleu à la Grande Plage à 11 h.</p>
<p>Nouveautés : une tour de surveillance aux Salines, des bracelets d'identification pour les enfants,
des sessions gratuites de gestes qui sauvent chaque mercredi.</p>
""",
)

HTML_PAGES["p141_resultats_enquete_satisfaction_visiteurs.html"] = (
    "Enquête de satisfaction des visiteurs 2025",
    """
<h1>Ce que vous avez pensé de votre séjour — résultats 2025</h1>
<p>1 520 visiteurs ont répondu à notre enquête en ligne. Merci !</p>
<table>
<tr><th>Critère</th><th>Note sur 10</th></tr>
<tr><td>Qualité des plages</td><td>9,1</td></tr>
<tr><td>Accueil de l'office de tourisme</td><td>8,9</td></tr>
<tr><td>Propreté</td><td>8,2</td></tr>
<tr><td>Animations</td><td>8,0</td></tr>
<tr><td>Stationnement</td><td>5,9</td></tr>
<tr><td>Tranquillité nocturne</td><td>6,8</td></tr>
</table>
<p>Vos suggestions : plus de toilettes publiques, plus de pistes cyclables, des horaires élargis en
septembre. Elles seront étudiées pour la saison 2026.</p>
""",
)

HTML_PAGES["p142_arrete_circulation_feu_artifice.html"] = (
    "Arrêté de circulation — feu d'artifice du 15 août",
    """
<h1>Arrêté municipal n° 2025-CIRC-088</h1>
<p>Réglementation temporaire de la circulation et du stationnement à l'occasion du feu d'artifice du
15 août 2025.</p>
<p>Article 1 : la circulation est interdite boulevard de la Plage, rue du Môle et avenue des Pins, le
15 août de 20 h à 1 h, sauf véhicules de secours et de police. Article 2 : le stationnement est interdit
sur ces voies du 15 août 14 h au 16 août 2 h ; les véhicules en infraction seront enlevés. Article 3 :
des déviations sont mises en place par la rue Haute et la route de la Garenne. Article 4 : navettes
gratuites depuis les parkings relais jusqu'à 1 h 30.</p>
<p>Le maire, Bernard Lafosse.</p>
""",
)

HTML_PAGES["p143_offre_emploi_agent_accueil_office.html"] = (
    "Offre d'emploi — conseiller(ère) en séjour",
    """
<h1>L'office de tourisme recrute : conseiller(ère) en séjour (CDD saisonnier)</h1>
<p>Du 1er avril au 30 septembre 2026, 35 h, bureau de Portanelle.</p>
<p>Missions : accueil et information des visiteurs au comptoir, au téléphone et par courriel ; vente de
billetterie et de produits de la boutique ; mise à jour de l'information touristique.</p>
<p>Profil : BTS tourisme ou expérience équivalente ; anglais courant, allemand ou néerlandais apprécié ;
aisance relationnelle. Rémunération selon la convention collective des organismes de tourisme. Logement
possible à la résidence des Tamaris.</p>
<p>Candidature avant le 31 janvier : recrutement@ot-portanelle.example.fr</p>
""",
)

HTML_PAGES["p144_page_histoire_hopital_auxiliaire_casino.html"] = (
    "Histoire — l'hôpital auxiliaire du casino",
    """
<h1>1914-1918 : quand le casino soignait les blessés</h1>
<p>En août 1914, le casino de Portanelle ferme ses salles de jeux. La Croix-Rouge y installe l'hôpital
auxiliaire n° 12, qui comptera jusqu'à 180 lits. Dirigé par le docteur Henri Gautreau, médecin de la
station, il accueille plus de 2 300 blessés, dont beaucoup venus de Verdun en 1916. Des infirmières
bénévoles de la Société de secours aux blessés militaires, parmi lesquelles Marguerite Darracq, fille du
fondateur de la station, y travaillent sans relâche. Un registre conservé aux archives départementales
témoigne des blessures soignées : éclats d'obus, gelures, gazages.</p>
<p>Exposition à voir au casino lors des Journées du patrimoine.</p>
""",
)

HTML_PAGES["p145_communique_prevention_baines.html"] = (
    "Vigilance baïnes",
    """
<h1>Vigilance baïnes : les bons gestes</h1>
<p>Les baïnes sont responsables chaque été de nombreux sauvetages sur la côte atlantique. Ces cuvettes
de sable, remplies à marée montante, se vident ensuite vers le large en créant un courant puissant.</p>
<ul>
<li>Baignez-vous dans les zones surveillées.</li>
<li>Si vous êtes entraîné : ne nagez pas contre le courant, laissez-vous porter, levez le bras.</li>
<li>Ne laissez pas les enfants sur des engins gonflables par vent de terre.</li>
</ul>
<p>Panneaux explicatifs en français, anglais, allemand et néerlandais à chaque accès de plage.</p>
""",
)

HTML_PAGES["p146_liste_hebergements_classes_labels.html"] = (
    "Hébergements labellisés",
    """
<h1>Hébergements classés et labellisés — sélection 2025</h1>
<table>
<tr><th>Établissement</th><th>Type</th><th>Classement</th><th>Labels</th></tr>
<tr><td>Hôtel des Embruns</td><td>hôtel</td><td>3 étoiles</td><td>Tourisme & Handicap, Clef verte</td></tr>
<tr><td>Camping municipal des Dunes</td><td>camping</td><td>3 étoiles</td><td>Accueil vélo</td></tr>
<tr><td>Camping des Sables</td><td>camping</td><td>4 étoiles</td><td>Écolabel européen</td></tr>
<tr><td>Résidence Les Hortensias</td><td>résidence de tourisme</td><td>3 étoiles</td><td>—</td></tr>
<tr><td>Chambres d'hôtes Ker Anna</td><td>chambres d'hôtes</td><td>—</td><td>Gîtes de France 3 épis</td></tr>
</table>
<p>Liste complète et disponibilités sur notre site.</p>
""",
)

HTML_PAGES["p147_reglement_marche_nocturne.html"] = (
    "Règlement du marché nocturne",
    """
<h1>Règlement du marché nocturne estival</h1>
<p>Article 1 : le marché nocturne se tient les jeudis de juillet et août, de 19 h à 23 h, place du Marché
et quai de la Criée. Article 2 : les emplacements sont attribués par le placier selon l'ordre
d'inscription et la diversité des produits ; aucune discrimination n'est admise. Article 3 : droit de
place de 2,50 € le mètre linéaire. Article 4 : les exposants respectent les règles d'hygiène, de sécurité
(extincteur pour les stands de cuisson) et de propreté. Article 5 : tout comportement injurieux ou
discriminatoire entraîne l'exclusion du marché. Article 6 : la vente d'alcool à emporter n'est pas
autorisée, sauf producteurs de vin et de cognac en bouteilles fermées.</p>
""",
)

HTML_PAGES["p148_agenda_conference_laicite_fetes_traditionnelles.html"] = (
    "Conférence — laïcité et fêtes traditionnelles",
    """
<h1>Conférence : « Laïcité et traditions locales : la bénédiction des bateaux est-elle compatible avec
la République ? »</h1>
<p>Vendredi 7 novembre 2025, 18 h 30, médiathèque de Portanelle. Par M. Guillaume Texier, maître de
conférences en droit public à l'université de La Rochelle, auteur de « Laïcité, mode d'emploi pour les
communes » (2022).</p>
<p>La loi du 9 décembre 1905 garantit le libre exercice des cultes et interdit les subventions aux cultes.
Comment les communes organisent-elles les fêtes traditionnelles à dimension religieuse, les processions,
les crèches ou les cérémonies en mer ? Le conférencier présentera la jurisprudence du Conseil d'État et
des exemples du littoral atlantique. Entrée libre.</p>
""",
)

HTML_PAGES["p149_page_marche_public_attribue_nettoyage_plages.html"] = (
    "Avis d'attribution — nettoyage des plages",
    """
<h1>Avis d'attribution — marché de nettoyage mécanique et manuel des plages 2025-2028</h1>
<p>Pouvoir adjudicateur : commune de Portanelle-sur-Mer. Procédure : appel d'offres ouvert.</p>
<p>Attributaire : Littoral Propreté SAS, La Rochelle. Montant : 87 400 € HT par saison (accord-cadre,
maximum 110 000 € HT). Nombre d'offres reçues : 4. Date d'attribution : 14 avril 2025.</p>
<p>Le marché intègre une clause d'insertion sociale (1 200 heures par an réservées à des personnes
éloignées de l'emploi) et une clause environnementale (préservation de la laisse de mer).</p>
<p>Recours : tribunal administratif de Poitiers.</p>
""",
)

HTML_PAGES["p150_palmares_concours_photo_portanelle_lumieres.html"] = (
    "Palmarès du concours photo 2025",
    """
<h1>Palmarès du concours « Portanelle en lumières » 2025</h1>
<p>412 photographies reçues. Le jury, présidé par la photographe Agnès Le Roux, a distingué :</p>
<ul>
<li>1er prix : « Criée à l'aube », de Paul Marchetti (Niort) ;</li>
<li>2e prix : « Le phare sous l'orage », de Claire Nguyen (Portanelle) ;</li>
<li>3e prix : « Sauveteurs au crépuscule », de Thomas Bellec (Nantes).</li>
</ul>
<p>Les photographies primées sont publiées avec l'accord de leurs auteurs, conformément au règlement du
concours. Remise des prix le 15 octobre à l'office de tourisme.</p>
""",
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
