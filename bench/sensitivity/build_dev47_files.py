"""Build the .docx and .html documents of the hand-written sensitivity set dev47.

Theme: ports, sea and coast of an invented coastal intercommunality (Communauté de communes du
Littoral de Penvern, département of the Morlenn): the harbour master's office and the marina (berths,
waiting lists, unpaid fees, incidents), fishing (licences, quotas, the fishermen's cooperative,
accidents at sea), sea rescue (SNSM, CROSS reports), seafarers' medical fitness, coastal erosion and
managed retreat, beach and port concessions, a shipyard's business, port security (ISPS plan, access
badges), pollution incidents, council deliberations, tide and event calendars and guides for boaters.

The set holds 150 documents: 75 sovereign (s001-s075) and 75 public (p076-p150); 90 are .txt
files written by hand, 30 are .docx (s046-s060, p121-p135) and 30 are .html (s061-s075,
p136-p150) written by this script. Written by an independent author who read neither the
classifier, the tests, the documentation nor the other sets.

Run: PYTHONPATH=include .venv/bin/python bench/sensitivity/build_dev47_files.py
"""

from __future__ import annotations

import datetime as dt
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "dev47"
FIXED = dt.datetime(2025, 12, 10, 9, 15, 0)

DOCX_BLOCKS: dict[str, list[tuple[str, object]]] = {}
HTML_PAGES: dict[str, tuple[str, str]] = {}


def blocks(title: str, text: str) -> list[tuple[str, object]]:
    """A title then one block per chunk separated by a blank line; '# ' starts a heading."""
    out: list[tuple[str, object]] = [("title", title)]
    for chunk in text.strip().split("\n\n"):
        chunk = chunk.strip()
        if chunk.startswith("# "):
            out.append(("h", " ".join(chunk[2:].split())))
        else:
            out.append(("p", " ".join(chunk.split())))
    return out


def page(text: str) -> str:
    """HTML body from chunks: '# ' is h1, '## ' is h2, lines starting with '- ' make a list."""
    parts: list[str] = []
    for chunk in text.strip().split("\n\n"):
        chunk = chunk.strip()
        if chunk.startswith("## "):
            parts.append(f"<h2>{html.escape(' '.join(chunk[3:].split()))}</h2>")
        elif chunk.startswith("# "):
            parts.append(f"<h1>{html.escape(' '.join(chunk[2:].split()))}</h1>")
        elif chunk.startswith("- "):
            items = [" ".join(item.split()) for item in chunk[2:].split("\n- ")]
            lis = "\n".join(f"<li>{html.escape(item)}</li>" for item in items)
            parts.append(f"<ul>\n{lis}\n</ul>")
        else:
            parts.append(f"<p>{html.escape(' '.join(chunk.split()))}</p>")
    return "\n".join(parts)


# --------------------------------------------------------------------------- sovereign .docx

DOCX_BLOCKS["s046_rapport_audit_surete_terminal_roulier.docx"] = blocks(
    "Audit de sûreté du terminal roulier de Port-Kerhallec — rapport final",
    """
Commanditaire : Communauté de communes du Littoral de Penvern, autorité portuaire. Auditeur : cabinet
Vigimer Conseil, organisme habilité. Période d'audit : 8 au 12 septembre 2025. Classement du document :
DIFFUSION RESTREINTE — communication limitée aux destinataires nommés en page 2.

# 1. Objet et méthode

L'audit avait pour objet de vérifier la conformité du dispositif de sûreté du terminal roulier au plan de
sûreté de l'installation portuaire approuvé et d'en mesurer l'efficacité réelle. Il a combiné l'examen
documentaire, des entretiens avec 14 personnes (agents de la capitainerie, agents de la société de sûreté,
dockers, transporteurs, commandant d'un navire en escale), l'observation de deux escales et six tests
d'intrusion réalisés avec l'accord préalable du préfet, de jour et de nuit.

# 2. Synthèse

Le niveau de sûreté observé est jugé insuffisant au regard du trafic actuel du terminal. Sur six tests
d'intrusion, quatre ont permis à l'auditeur d'atteindre le terre-plein sans être intercepté, dont deux
jusqu'au pied de la rampe d'un navire à quai. Les écarts les plus graves concernent la clôture ouest, la
supervision vidéo de nuit et la gestion des badges. Les agents rencontrés sont motivés et connaissent
leurs consignes, mais les effectifs ne permettent pas de les appliquer pendant les escales de nuit.

# 3. Résultats des tests d'intrusion

Test 1 (jour, 14 h 10) : présentation au PIF n° 1 avec un faux bon de livraison ; refus d'accès, test
réussi pour le dispositif.

Test 2 (jour, 15 h 30) : talonnage derrière un chauffeur au portail Sud ; l'agent ne réagit pas ;
l'auditeur circule vingt minutes sur le terre-plein avec un gilet orange sans être contrôlé.

Test 3 (nuit, 01 h 40) : franchissement de la clôture ouest au droit de la cale, à l'endroit où le grillage
est soulevé de 40 cm au-dessus du sol sur environ 3 m, derrière le conteneur de stockage des ganivelles ;
les caméras C7 et C8 ne couvrent pas ce point ; l'auditeur atteint le quai.

Test 4 (nuit, 02 h 50) : accès par l'échelle de quai n° 4 depuis un kayak ; aucune détection ; la ronde
prévue à 02 h 30 n'a pas eu lieu, le seul rondier étant mobilisé au PIF pour un camion en retard.

Test 5 (nuit, 03 h 30) : ouverture manuelle du portail nord par le bras de déverrouillage ; détection par
le poste de garde après 11 minutes, grâce à l'alarme d'ouverture, mais l'agent n'a pas appelé la
gendarmerie et s'est rendu seul sur place.

Test 6 (jour) : tentative d'obtenir le code du portillon du personnel par téléphone en se présentant comme
technicien de maintenance ; l'agent d'accueil a communiqué le code.

# 4. Gestion des badges

Sur 512 badges actifs, 46 correspondaient à des personnes dont le contrat avait pris fin (désactivés
depuis). Huit badges « visiteur » restent en circulation sans registre de restitution. Les habilitations
de cinq salariés d'un sous-traitant avaient expiré depuis plus de trois mois. Le fichier des badges est tenu
sur un tableur partagé sans restriction d'accès sur le serveur commun de la capitainerie.

# 5. Vidéoprotection

Les 11 caméras fonctionnent, mais l'écran de supervision du poste de garde n'est pas regardé en permanence
la nuit ; l'enregistreur est accessible depuis le réseau bureautique et le compte d'administration utilise
un mot de passe faible, modifié depuis l'audit. Les images sont conservées 30 jours.

# 6. Personnel

La société de sûreté affecte deux agents la nuit, dont un au PIF et un en ronde ; lorsque les escales
tardives mobilisent les deux au contrôle, aucune ronde n'est assurée. Trois agents sur neuf n'ont pas suivi
le recyclage réglementaire. L'agent de sûreté de l'installation portuaire cumule cette fonction avec celle
de surveillant de port et dispose, selon ses propres estimations, de moins de 20 % de son temps pour la
sûreté.

# 7. Recommandations classées par priorité

Priorité 1 (sous un mois) : réparer la clôture ouest et poser un capot cadenassé sur le déverrouillage du
portail nord ; rappeler par écrit l'interdiction de communiquer les codes ; imposer l'appel systématique de
la gendarmerie en cas d'alarme d'ouverture ; changer tous les codes des portillons.

Priorité 2 (sous trois mois) : caméra thermique couvrant l'échelle n° 4 et la bande ouest ; troisième
agent de nuit les soirs d'escale ; sortie de l'enregistreur du réseau bureautique ; registre des badges
dans l'outil de contrôle d'accès avec accès restreint.

Priorité 3 (sous un an) : ASIP à temps plein ; exercice d'intrusion par la mer ; audit de suivi.

# 8. Conclusion

Les écarts constatés exposent le terminal à des intrusions difficiles à détecter, en particulier par la
mer et la nuit. Le présent rapport ne doit pas être diffusé au-delà des destinataires : il décrit des
vulnérabilités exploitables.

Vigimer Conseil — auditeur principal : Damien Le Verge. Exemplaire n° 2 — DIFFUSION RESTREINTE.
""",
)

DOCX_BLOCKS["s047_note_rh_situation_agent_criee_reprise.docx"] = blocks(
    "Note à l'attention du directeur général des services — situation de M. A. Goarnisson",
    """
Direction des ressources humaines — le 12 septembre 2025. Objet : reprise du travail d'un agent de la
criée après un long congé. Copie : médecin de prévention.

# Contexte

M. Alain Goarnisson, agent de manutention à la criée de Port-Kerhallec depuis 2006, a été placé en congé
de longue maladie le 3 octobre 2023. Le comité médical a émis un avis favorable à sa reprise à temps partiel
thérapeutique à compter du 1er octobre 2025, à 50 %, avec des restrictions.

# Éléments médicaux transmis par le médecin de prévention avec l'accord de l'agent

L'agent a été traité pour un cancer du côlon (chirurgie en novembre 2023, chimiothérapie jusqu'en juin 2024).
Il porte une stomie définitive. Le médecin de prévention recommande : pas de port de charges supérieures à
10 kg, pas de travail dans les chambres froides négatives, accès facile à des sanitaires, pas de travail de
nuit pendant six mois. L'agent suit également un traitement pour une dépression réactionnelle et reste suivi
en consultation de psycho-oncologie.

# Difficultés

Le poste de manutention n'est pas compatible avec ces restrictions. Le chef de la criée propose une
affectation temporaire à la pesée et à l'étiquetage, de jour, qui libérerait par ailleurs un agent pour la
manutention de nuit. L'équipe de pesée a exprimé des réticences, certains agents ayant entendu des rumeurs sur
la maladie de M. Goarnisson ; il conviendra de rappeler à l'encadrement l'obligation de discrétion.

# Propositions

1. Affectation temporaire à la pesée (6 h 00-9 h 30), du lundi au vendredi, à compter du 1er octobre.
2. Aménagement du poste : siège assis-debout, local sanitaire réservé à proximité.
3. Point d'étape avec le médecin de prévention en décembre.
4. Si la reprise à temps plein n'est pas possible en 2026, étude d'un reclassement dans un emploi
administratif, avec une formation préalable.

L'agent a indiqué qu'il accepte ces propositions et qu'il ne souhaite pas que sa situation soit évoquée en
réunion d'équipe.

La directrice des ressources humaines, Gwenola Le Coz
""",
)

DOCX_BLOCKS["s048_avenant_confidentiel_amodiation_zone_technique.docx"] = blocks(
    "Convention d'amodiation de la zone technique de Porz-Glas — annexe financière confidentielle",
    """
Annexe n° 4 à la convention d'amodiation conclue entre la Communauté de communes du Littoral de Penvern et
la SARL Nautisme Pellen & Fils. Cette annexe contient des informations couvertes par le secret des affaires ;
elle n'est pas jointe à la version de la convention communicable aux tiers.

# 1. Données financières fournies par l'amodiataire

Chiffre d'affaires 2024 de l'activité manutention et hivernage à terre : 486 300 € HT. Prix moyen facturé par
bateau hiverné : 1 140 € HT pour un voilier de 10 m (levage, calage, lavage haute pression, remise à l'eau).
Taux de marge sur la main-d'œuvre : 41 %. Coût horaire de revient du personnel : 38,20 €. Prix d'achat des
bers et des cales (fournisseur unique, remise négociée de 22 %).

# 2. Redevance

Part fixe : 18 500 € par an. Part variable : 4,5 % du chiffre d'affaires au-delà de 400 000 € HT, portée à
6 % au-delà de 550 000 € HT. L'amodiataire transmet chaque année sa balance analytique certifiée.

# 3. Plan d'investissement de l'amodiataire

Élévateur à sangles neuf de 35 tonnes : 312 000 € HT, financé par emprunt sur 10 ans au taux négocié de
3,1 % ; rentabilité attendue à partir de 260 levages par an, selon le plan d'affaires interne de
l'amodiataire, dont les hypothèses (clientèle captée sur les ports voisins, tarifs 2026-2030) ne doivent pas
être communiquées.

Fait à Lannevez, le 2 mai 2025. Pour la communauté de communes, le président ; pour l'amodiataire, le gérant,
Arnaud Pellen.
""",
)

DOCX_BLOCKS["s049_evaluation_sociale_famille_cabane_plage_molenez.docx"] = blocks(
    "Évaluation sociale — famille installée dans l'ancienne cabane des douaniers de Molenez",
    """
Service départemental d'action sociale — circonscription de Lannevez-Côte. Travailleuse sociale référente :
Mme Fanny Le Roy, assistante de service social. Date de l'évaluation : 10 octobre 2025. Demande : mairie de
Molenez, dans le cadre de la procédure de reprise du domaine public maritime.

# 1. Composition du foyer

Mme Angélique Poulmarc'h, 34 ans, et ses trois enfants : Maël, 13 ans, collégien à Port-Kerhallec (internat
la semaine) ; Lana, 8 ans, scolarisée à l'école de l'île ; Noé, 2 ans. Le père des deux plus jeunes, M. Steve
Guillou, vit par intermittence avec la famille ; il n'est pas domicilié sur l'île.

# 2. Logement

La famille occupe depuis février 2025, sans titre, l'ancienne cabane des douaniers située sur le domaine
public maritime au nord de l'île. Le bâtiment, de 32 m², n'est raccordé ni à l'eau ni à l'électricité ;
l'éclairage est assuré par un panneau solaire et des batteries, le chauffage par un poêle à bois. L'eau est
puisée à la fontaine du bourg. Le toit fuit dans la pièce principale ; les enfants dorment dans la même pièce
que leur mère. Une partie de la falaise au pied de la cabane s'est effondrée l'hiver dernier.

Mme Poulmarc'h explique qu'elle a quitté son logement social de Lannevez à la suite de violences de son
ancien compagnon, père de Maël, contre lequel une ordonnance de protection avait été prononcée en 2024, et
qu'elle a choisi l'île « pour qu'il ne la retrouve pas ». Elle a refusé un hébergement en centre d'accueil
spécialisé, qu'elle jugeait trop éloigné de l'école de sa fille.

# 3. Ressources et budget

RSA majoré et prestations familiales : 1 604 € par mois. Dettes : arriéré de loyer envers l'ancien bailleur
social (3 120 €), crédit à la consommation en contentieux (1 870 €), frais de cantine impayés. Pas de
véhicule ; les traversées sont payées au tarif résident.

# 4. Santé

Mme Poulmarc'h dit souffrir de crises d'angoisse depuis les violences subies et avoir arrêté son traitement
faute de médecin sur l'île. Noé n'a pas reçu les vaccins obligatoires du 11e mois ; la PMI a été sollicitée.
Lana présente un retard de langage, un bilan orthophonique est demandé par l'école.

# 5. Éléments de danger et de protection

L'école signale que Lana arrive souvent sans avoir mangé et que sa tenue n'est pas adaptée au froid. Des
voisins ont appelé la gendarmerie en août lors d'une dispute violente entre Mme Poulmarc'h et M. Guillou, qui
était alcoolisé ; aucune plainte n'a été déposée. La mère est attentive à ses enfants et coopère avec le
service, mais les conditions de vie dans la cabane ne sont pas compatibles avec la sécurité des enfants à
l'approche de l'hiver.

# 5 bis. Entretien avec les enfants

Lana a été rencontrée à l'école en présence de son enseignante. Elle dit aimer l'île et sa maîtresse, mais
avoir « froid la nuit » et peur « quand Steve crie ». Maël, rencontré au collège, se montre protecteur envers
sa mère et ses demi-frère et sœur ; il dit rentrer chaque week-end pour « aider à couper le bois » et
s'inquiète de l'hiver. Il a demandé que son père ne soit pas informé de l'adresse de la famille. Le conseiller
principal d'éducation signale une baisse des résultats et plusieurs absences le lundi matin, liées aux
horaires de la vedette.

# 5 ter. Partenaires contactés

Mairie de Molenez (secrétaire de mairie et maire) ; école de l'île ; collège de Port-Kerhallec ; PMI de
Lannevez ; bailleur social ; association d'aide aux victimes ; gendarmerie (main courante d'août consultée avec
l'accord de Mme Poulmarc'h).

# 5 quater. Souhaits exprimés par la mère

Rester sur l'île jusqu'à la fin de l'année scolaire de Lana ; obtenir un logement de type T3 au bourg de
Molenez ou à Port-Kerhallec ; reprendre un travail saisonnier à la crêperie du port au printemps.

# 6. Propositions

Transmission d'une information préoccupante à la cellule départementale pour évaluation de la situation des
trois enfants ; demande de logement d'urgence auprès du bailleur social, avec priorité au titre des violences
conjugales ; sollicitation du fonds de solidarité pour le logement ; orientation vers l'accueil de jour de
l'association d'aide aux victimes ; rendez-vous médical à Port-Kerhallec avec prise en charge du transport.
Report de l'évacuation de la cabane jusqu'à l'obtention d'une solution d'hébergement.

Fanny Le Roy, assistante de service social
""",
)

DOCX_BLOCKS["s050_proces_verbal_commission_medicale_lycee_maritime.docx"] = blocks(
    "Commission d'aptitude à l'entrée en formation maritime — session de juin 2025",
    """
Lycée professionnel maritime de Port-Kerhallec — service de santé des gens de mer. Procès-verbal des cas
examinés en commission restreinte (médecin des gens de mer, infirmière scolaire, proviseur adjoint). Document
couvert par le secret médical pour les mentions médicales.

# Cadre

Tout élève entrant en formation conduisant aux métiers de marin doit être reconnu apte à la navigation avant
sa première période d'embarquement. Sur 86 élèves de seconde et de première année de CAP, 79 ont été déclarés
aptes sans restriction lors des visites de mai. Les sept situations ci-dessous ont été examinées en commission.

# Situations examinées

1. Élève A. K., 15 ans, seconde bac pro pêche : épilepsie généralisée, dernière crise en mars 2025 malgré le
traitement ; inaptitude temporaire à l'embarquement pour un an ; maintien en formation avec période en
entreprise à terre (mareyage) ; réorientation à discuter avec la famille.

2. Élève M. T., 16 ans, CAP matelot : daltonisme (deutéranopie) ; apte avec restriction : pas de fonction de
quart à la passerelle ; compatible avec la filière pont pêche sous conditions.

3. Élève Jade Le Floc'h, 15 ans, seconde bac pro cultures marines : diabète de type 1 sous pompe ; apte avec
restrictions (embarquement à la journée, présence d'un adulte informé) ; protocole d'accueil individualisé
rédigé avec la famille et le diabétologue.

4. Élève Y. B., 17 ans, première : suivi en pédopsychiatrie au CMP de Lannevez depuis une tentative de suicide
en janvier ; traitement antidépresseur ; avis du pédopsychiatre favorable à la poursuite de la formation ;
apte temporaire six mois, embarquement de jour uniquement, réexamen en décembre.

5. Élève N. R., 16 ans, CAP : asthme sévère avec deux hospitalisations en 2024 ; avis du pneumologue
demandé avant décision.

6. Élève E. D., 15 ans, seconde : surdité unilatérale appareillée ; apte, avec vérification de la perception
des signaux sonores à bord lors de la première période.

7. Élève Killian Morvan, 16 ans, CAP matelot : consommation de cannabis déclarée à l'infirmière, quotidienne,
depuis deux ans ; contrôle positif lors de la visite ; apte temporaire trois mois sous réserve d'un suivi à la
consultation jeunes consommateurs ; information des parents faite par le médecin avec l'accord de l'élève.

8. Élève Soazig Mével, 16 ans, première bac pro conduite et gestion des entreprises maritimes : enceinte de
cinq mois, déclarée à l'infirmière ; la période d'embarquement de juin est reportée ; accompagnement par la
sage-femme de la PMI et aménagement de la scolarité ; la famille est informée.

9. Élève T. G., 15 ans, seconde : trouble du spectre de l'autisme sans déficience intellectuelle, bien
compensé ; apte ; un accompagnant sera présent lors de la première journée à bord pour faciliter
l'adaptation ; tuteur informé uniquement des aménagements pratiques.

10. Élève R. L., 17 ans, première : myopie forte corrigée, acuité corrigée conforme ; apte pour la filière
machine, avec restriction pour les fonctions de veille à la passerelle sans correction de rechange à bord.

11. Élève P. S., 16 ans, CAP : fracture de la cheville en avril, consolidée ; apte à compter de septembre,
après avis du chirurgien ; la période d'embarquement de juin est reportée à l'automne.

# Avis général de la commission

La commission rappelle que l'objectif est de permettre au plus grand nombre d'élèves de poursuivre leur
formation, en adaptant les conditions d'embarquement, tout en garantissant leur sécurité et celle des
équipages qui les accueillent. Elle recommande qu'un point de situation soit fait en décembre pour les élèves
déclarés aptes temporaires (situations 1, 4 et 7) et que les protocoles d'accueil individualisés soient
transmis aux patrons embarquant des élèves avant la première sortie, sans mention diagnostique.

# Suites

Les familles sont informées individuellement. Seules les décisions (apte, apte avec restrictions, inapte
temporaire) et les restrictions opérationnelles sont communiquées aux professeurs et aux tuteurs en
entreprise, sans aucun motif médical.

Dr Maëlle Kerboriou — Mme Corinne Péron, infirmière — M. David Le Bars, proviseur adjoint
""",
)

DOCX_BLOCKS["s051_decision_suspension_licence_peche_manquements.docx"] = blocks(
    "Décision de suspension de la licence de pêche « bar de ligne » — navire « Stered »",
    """
Comité départemental des pêches maritimes et des élevages marins de la Morlenn — commission des licences —
décision n° 2025-L-017 du 18 juillet 2025.

Vu le procès-verbal d'infraction dressé le 12 mai 2025 par l'unité littorale des affaires maritimes à
l'encontre de M. Loïg Le Floch, patron du navire « Stered », pour détention à bord de 212 kg de bar
capturés au chalut pélagique pendant la période de fermeture et pour fausse déclaration au journal de pêche
électronique ;

Vu le jugement du tribunal correctionnel de Lannevez du 2 juillet 2025 condamnant M. Le Floch à une amende de
8 000 € dont 4 000 € avec sursis ;

Vu les observations écrites de l'intéressé, qui indique avoir traversé des difficultés financières
importantes après la casse de son moteur ;

DÉCIDE : la licence « bar de ligne » attachée au navire « Stered » est suspendue pour une durée de 45 jours
à compter du 1er août 2025. En cas de récidive dans un délai de trois ans, la commission examinera le retrait
définitif de la licence.

Notification à l'intéressé par lettre recommandée avec accusé de réception. Voies de recours : recours
gracieux devant le comité, recours contentieux devant le tribunal administratif de Rennes dans les deux mois.
""",
)

DOCX_BLOCKS["s052_memoire_en_defense_projet_accident_ponton.docx"] = blocks(
    "Projet de mémoire en défense — affaire Le Hénaff c/ Communauté de communes du Littoral de Penvern",
    """
Tribunal administratif de Rennes — requête n° 2502871. Projet établi par le service juridique, version du
3 novembre 2025, pour validation par l'avocat de la collectivité et l'assureur. Document préparatoire non
communicable — couvert par le secret de la correspondance avec l'avocat — ne pas verser au dossier en l'état.

# I. Rappel des faits

Le 23 juillet 2024 vers 23 h 40, M. Ronan Le Hénaff, 58 ans, titulaire d'un contrat d'amarrage annuel au
ponton B du port de Porz-Glas, a chuté à l'eau entre le catway B-14 et son voilier en regagnant son bord. Il a
été sorti de l'eau par l'agent de port de garde, M. Stéphane Le Goff, puis pris en charge par les pompiers.
Il a subi une fracture du col du fémur et une hypothermie modérée. Il impute sa chute à un défaut d'éclairage
du ponton et à une planche disjointe du catway, et demande la condamnation de la communauté de communes à lui
verser 86 400 € en réparation de ses préjudices.

# II. Éléments recueillis par le service (usage interne)

Le rapport d'intervention des pompiers, obtenu par la collectivité, mentionne que la victime « présentait une
haleine œnolique et des propos incohérents » ; le dossier médical des urgences, produit par le requérant
lui-même à l'appui de sa demande d'expertise, indique une alcoolémie de 2,1 g/l à 00 h 30 et rappelle des
antécédents de « chutes à répétition dans un contexte d'éthylisme chronique » ainsi qu'une neuropathie des
membres inférieurs. Le requérant a été hospitalisé en addictologie au centre hospitalier de Lannevez en 2022.

L'agent de port, entendu par le service, confirme que M. Le Hénaff revenait du bar du port, qu'il
titubait et qu'il avait refusé son aide dix minutes avant la chute. L'agent indique aussi que l'éclairage du
ponton B était partiellement en panne depuis une semaine (trois bornes sur onze), ce qui avait été signalé
par deux plaisanciers, et que la demande d'intervention au prestataire n'avait pas été traitée.

L'expertise technique commandée par l'assureur relève que la planche du catway B-14 présentait un jeu de
4 mm, jugé sans incidence par l'expert.

# III. Stratégie proposée

1. Soutenir à titre principal l'absence de défaut d'entretien normal de l'ouvrage : le jeu de la planche
est minime ; l'éclairage, même partiel, permettait la circulation ; le règlement de police impose aux
usagers une vigilance particulière de nuit.

2. Soutenir à titre subsidiaire la faute de la victime, exonératoire en totalité ou au moins pour une large
part : état d'ébriété avancé, refus de l'aide de l'agent. Il est proposé de s'appuyer sur le dossier médical
produit par le requérant et sur le témoignage de l'agent, sans produire le rapport des pompiers, dont la
communication à la collectivité pose question.

3. Ne pas évoquer la panne d'éclairage non traitée ; si le requérant l'invoque, faire valoir qu'il n'est pas
établi qu'elle ait joué un rôle causal.

4. Contester le quantum : le préjudice professionnel invoqué (perte de revenus d'artisan) n'est pas
justifié ; l'intéressé était en arrêt de travail depuis mars 2024 pour une autre cause, selon les pièces
médicales qu'il produit lui-même (dépression).

# IV. Risques

Le risque de condamnation partielle est jugé réel (50 à 60 %) si le tribunal retient l'éclairage défaillant
comme défaut d'entretien normal ; une transaction à hauteur de 20 000 € pourrait être proposée par l'assureur.
L'avocat est invité à donner son avis sur l'opportunité d'une telle proposition avant le dépôt du mémoire.

# V. Pièces envisagées

Règlement de police du port ; attestation de l'agent de port ; rapport d'expertise de l'assureur ; extraits
du dossier médical produit par le requérant ; photographies du catway B-14 ; bons d'intervention du
prestataire d'éclairage (à examiner avant toute production).

# VI. Calendrier

Le délai imparti par le greffe pour produire le mémoire en défense expire le 28 novembre 2025. Réunion avec
l'avocat et l'assureur proposée le 12 novembre à 14 h 00 au siège de la communauté de communes.

Service des affaires juridiques — rédactrice : Morgane Quéré, juriste.
CONFIDENTIEL — PROJET — NE PAS DIFFUSER
""",
)

DOCX_BLOCKS["s053_fiche_suivi_accompagnement_marin_amarrage.docx"] = blocks(
    "Association Amarrage — fiche de suivi individuel (permanence du quai des Pêcheurs)",
    """
Personne accompagnée : Fabrice L., 44 ans, matelot sur un chalutier de Port-Kerhallec (initiales et prénom
conservés pour le suivi ; dossier papier au CSAPA). Intervenant : Yann Kermarrec, éducateur spécialisé.

Premier contact : 8 avril 2025, venu à la permanence sur les conseils de son patron après un « blanc » à bord.

Consommations déclarées : alcool quotidien à terre (bières fortes, 10 à 12 par jour en fin de marée), cocaïne
« pour tenir » pendant les marées de trois jours depuis 2023, environ 1 g par marée. Deux chutes à bord en
2024, une contravention pour conduite sous l'empire d'un état alcoolique en 2022.

Situation : séparé, deux enfants qu'il voit un week-end sur deux ; dettes auprès d'un revendeur (« il me met
la pression »), crédit renouvelable ; logement chez sa mère à Plouzenec.

Suivi : 6 entretiens d'avril à septembre ; orientation vers la consultation d'addictologie du CSAPA (premier
rendez-vous le 20 mai) ; sevrage résidentiel de trois semaines au centre de Kerbréhan en juillet, pendant
lequel il a débarqué avec un arrêt maladie ; reprise en août. Rechute ponctuelle déclarée fin août.

Prochain entretien : 14 octobre. Ne pas appeler sur le portable avant 11 h (dort après la marée).
""",
)

DOCX_BLOCKS["s054_rapport_enquete_administrative_capitainerie.docx"] = blocks(
    "Rapport d'enquête administrative — signalement d'un agent de la capitainerie de Porz-Glas",
    """
Enquête conduite à la demande de la directrice générale des services par Mme Hélène Cadiou, directrice
adjointe des ressources humaines, et M. Paul Riou, inspecteur santé et sécurité au travail du centre de gestion.
Période : 6 au 31 octobre 2025. Rapport remis le 7 novembre 2025. Destinataires : autorité territoriale
uniquement.

# 1. Saisine

Par courrier du 2 octobre 2025, M. Nicolas Berthelot, agent d'accueil contractuel à la capitainerie de
Porz-Glas, a signalé des propos et agissements à caractère homophobe de la part de deux agents de l'équipe
technique, MM. Kévin Lozach et Thierry Gourmelon, depuis septembre 2025. Il a sollicité la protection
fonctionnelle, accordée le 9 octobre.

# 2. Méthode

Entretiens individuels avec le plaignant, les deux agents mis en cause, le maître de port, six collègues de la
capitainerie et deux saisonniers ; examen des captures d'écran fournies par le plaignant (groupe de
messagerie « Team Porz-Glas ») ; visite du vestiaire. Chaque personne entendue a relu et signé son
audition. Les agents mis en cause étaient accompagnés d'un représentant syndical.

# 3. Faits établis

3.1. Le 13 septembre 2025, lors du repas de fin de saison de la capitainerie, M. Berthelot était accompagné
de son compagnon. Plusieurs témoins confirment que c'est à partir de ce repas que les remarques ont commencé.

3.2. Le groupe de messagerie, auquel appartiennent onze agents, contient entre le 14 septembre et le
1er octobre une photographie du plaignant et de son compagnon prise au repas, retouchée (ajout d'une robe de
mariée), publiée par M. Lozach, et 23 messages moqueurs ou injurieux, dont 17 émanant de M. Lozach et 4 de
M. Gourmelon. Deux agents ont réagi par des émoticônes rieuses ; une agente a écrit « arrêtez, c'est nul ».

3.3. L'inscription injurieuse sur le casier du plaignant, le 29 septembre, n'a pu être attribuée avec
certitude ; M. Gourmelon a reconnu devant les enquêteurs « avoir peut-être écrit ça pour rigoler », avant de
revenir sur cette déclaration.

3.4. Le maître de port indique avoir été informé « vaguement » de « plaisanteries » par un saisonnier à la
mi-septembre et ne pas avoir réagi, estimant qu'il s'agissait de « chambrage d'équipe ».

# 4. Déclarations des agents mis en cause

M. Lozach reconnaît les messages, qu'il qualifie d'humour, et dit ne pas avoir mesuré leur portée ; il
présente des excuses écrites. M. Gourmelon conteste avoir visé le plaignant en raison de son orientation
sexuelle et évoque un conflit antérieur portant sur l'organisation des plannings.

# 5. Conséquences pour le plaignant

M. Berthelot est en arrêt de travail depuis le 30 septembre ; il a transmis, de sa propre initiative, un
certificat de son médecin faisant état d'un syndrome anxio-dépressif réactionnel et d'un suivi
psychologique. Il indique qu'il ne souhaite pas retourner sur le site de Porz-Glas.

# 6. Analyse

Les faits établis aux points 3.2 et 3.3 sont constitutifs de propos et comportements discriminatoires à
raison de l'orientation sexuelle, répétés, ayant eu pour effet une dégradation des conditions de travail du
plaignant et une altération de sa santé. Ils peuvent recevoir la qualification de harcèlement moral
discriminatoire. L'absence de réaction de l'encadrement de proximité a contribué à la persistance des faits.

# 6 bis. Échanges complémentaires

L'ASIP et le chef de poste de la société de sûreté ont été entendus une seconde fois le 28 octobre sur les
suites données à la médiation refusée et sur l'organisation des vestiaires, sans élément nouveau sur les faits.

# 7. Recommandations

- engager une procédure disciplinaire à l'encontre de M. Lozach et de M. Gourmelon ;
- rappeler par écrit au maître de port ses obligations de prévention et de signalement ;
- proposer au plaignant une affectation au siège ou à la capitainerie de Port-Kerhallec, à sa convenance ;
- organiser une formation obligatoire de l'équipe sur la prévention des discriminations ;
- signaler les faits au procureur de la République en application de l'article 40 du code de procédure
pénale, la qualification d'injure à raison de l'orientation sexuelle pouvant être retenue ;
- fermer le groupe de messagerie et rappeler les règles d'usage des outils numériques.

Les enquêteurs — H. Cadiou, P. Riou
""",
)

DOCX_BLOCKS["s055_note_technique_procede_soudure_chantier.docx"] = blocks(
    "Chantiers navals Riou-Benali — fiche procédé interne FP-12 (révision C)",
    """
Diffusion : chefs d'équipe chaudronnerie uniquement. Ne pas remettre aux clients ni aux sous-traitants.

# Objet

Réparation des coques aluminium en zone de ligne de flottaison sur navires de servitude et de pêche.

# Paramètres

Fil 5183 diamètre 1,2 mm ; gaz argon-hélium 70/30 à 18 l/min ; MIG pulsé, 165 A, 22,5 V, vitesse de fil
9,8 m/min ; préchauffage à 80 °C au-delà de 8 mm ; brossage inox dédié, jamais utilisé sur l'acier.

# Passivation (notre savoir-faire)

Dans les 30 minutes suivant le soudage : gel au fluorure de zirconium préparé à l'atelier (recette
en annexe, fournisseur et dosages confidentiels), 6 minutes de contact, rinçage à l'eau déminéralisée, séchage
à l'air chaud, primaire époxy dans l'heure. Ce procédé divise par trois les reprises de corrosion constatées
sur nos chantiers depuis 2021 (37 navires suivis).

# Temps standards pour le chiffrage

Reprise de soudure longitudinale : 0,9 h par mètre ; remplacement d'une tôle de 1 m² : 7,5 h ; passivation :
0,4 h par mètre de cordon.
""",
)

DOCX_BLOCKS["s056_plan_continuite_capitainerie_astreintes.docx"] = blocks(
    "Plan de continuité d'activité des capitaineries — fiche opérationnelle n° 3 (hiver 2025-2026)",
    """
Usage interne — ne pas afficher dans les locaux accessibles au public.

# Astreinte

Semaine 1 : J.-B. Kerleroux, 06 62 •• •• 15. Semaine 2 : S. Morvan, 06 48 •• •• 70. Semaine 3 : R. Guéguen,
06 81 •• •• 02. Semaine 4 : L. Floc'h, 07 68 •• •• 33. Le téléphone d'astreinte se récupère dans le coffre
de la capitainerie de Port-Kerhallec (code 0 4 1 2 8 0).

# Coupure électrique

Le groupe électrogène de la capitainerie de Porz-Glas démarre automatiquement ; s'il ne démarre pas,
basculer l'inverseur dans le local TGBT (clé sur le trousseau rouge) et lancer le démarrage manuel.
L'alimentation des pontons n'est pas secourue : prévenir les plaisanciers vivant à bord.

# Perte du réseau informatique

Le logiciel portuaire est accessible en mode dégradé sur le portable de secours (session « capi-secours »,
mot de passe Marée-Haute-44) ; les fiches d'escale papier sont dans le tiroir du bas du comptoir.

# Tempête

Doubler les amarres des bateaux dont les propriétaires sont absents ; la liste des bateaux à surveiller et les
clés confiées par les propriétaires sont dans l'armoire forte (code 7 7 3 0).
""",
)

DOCX_BLOCKS["s057_mise_en_demeure_plaisancier_dettes_port.docx"] = blocks(
    "Lettre recommandée avec accusé de réception — mise en demeure avant résiliation",
    """
Communauté de communes du Littoral de Penvern — Capitainerie de Porz-Glas. Lannevez, le 20 novembre 2025.

Mme Jessica Moalic, 14 résidence des Mouettes, 29 999 Port-Kerhallec.

Objet : contrat d'amarrage annuel n° CA-2019-215 — poste D-15 — redevances impayées.

Madame,

Malgré nos relances des 12 février, 3 juin et 15 septembre 2025, et le plan d'apurement de 50 € par mois
convenu en avril avec la conseillère en économie sociale et familiale du CCAS qui vous accompagne, le montant
restant dû au titre de votre contrat d'amarrage s'élève à 1 520 €. Nous avons bien noté que vous êtes privée
d'emploi depuis la fermeture de la conserverie et que vous élevez seule vos deux enfants ; nous avons également
pris connaissance du rejet de votre dernière mensualité pour défaut de provision.

Nous vous mettons en demeure de régler la somme de 1 520 € ou de reprendre le plan d'apurement dans un délai
d'un mois. À défaut, votre contrat sera résilié et vous devrez libérer le poste. Vous pouvez également
solliciter une remise gracieuse auprès du comptable public en justifiant de vos ressources.

Le maître de port, Jean-Baptiste Kerleroux
""",
)

DOCX_BLOCKS["s058_compte_rendu_reunion_debarquement_molenez.docx"] = blocks(
    "Compte rendu — réunion de coordination après le débarquement sur la plage de Molenez du 27 octobre",
    """
Sous-préfecture de Lannevez, 28 octobre 2025. Participants : sous-préfet, gendarmerie, police aux frontières,
mairie de Molenez, CCAS, Croix-Rouge, SNSM.

Le 27 octobre vers 6 h 00, une embarcation pneumatique a été retrouvée échouée sur la grande plage de
Molenez avec six personnes à bord, après une dérive depuis un voilier abandonné au large. Les personnes ont
été prises en charge par la SNSM et la mairie, puis transférées sur le continent.

Identités relevées par la police aux frontières : M. Hamid Rahimi, 24 ans, de nationalité afghane, qui a
déclaré vouloir demander l'asile et avoir déjà déposé ses empreintes en Italie ; M. Ahmad Rahimi, 16 ans,
son frère, mineur non accompagné, confié au service de l'aide sociale à l'enfance ; Mme Samira Haidari,
31 ans, enceinte de cinq mois, hospitalisée à Lannevez pour déshydratation ; M. Mohammed Ali Nouri, 29 ans,
faisant l'objet d'une obligation de quitter le territoire notifiée à Calais en 2024, placé en retenue ; deux
autres hommes, de nationalité iranienne, orientés vers la structure de premier accueil des demandeurs d'asile.

Le voilier a été remorqué au port de Port-Kerhallec ; une enquête pour aide à l'entrée irrégulière est
ouverte. La mairie de Molenez demande qu'aucune information sur les personnes ne soit communiquée à la presse.
""",
)

DOCX_BLOCKS["s059_offre_candidat_lot3_restauration_kerhuel.docx"] = blocks(
    "Candidature au lot n° 3 (restauration) — plage de Kerhuel — offre de la SAS Les Mouettes Rieuses",
    """
Pièce n° 6 — Compte d'exploitation prévisionnel et offre de redevance. Confidentiel — secret des affaires.

# Hypothèses

Ouverture 150 jours par saison ; 180 couverts par jour en juillet-août, 70 en avant et arrière-saison ;
ticket moyen 36 € HT ; coût matière 29 % (poissons achetés en direct à la coopérative à prix négocié :
bar 17,50 €/kg, lieu jaune 11,20 €/kg) ; masse salariale 36 % du chiffre d'affaires.

# Compte prévisionnel (saison type)

Chiffre d'affaires : 598 000 € HT. Achats consommés : 173 400 €. Personnel : 215 300 €. Autres charges :
92 000 €. Redevance : 27 940 €. Amortissements : 31 000 €. Résultat avant impôt : 58 360 €.

# Offre de redevance

Part fixe : 15 500 € par an. Part variable : 3,2 % du chiffre d'affaires HT (nous savons que le sortant
proposait 2,5 % ; notre offre est construite pour le dépasser tout en conservant une marge de 9,8 %).

# Fournisseurs et partenaires

Structure démontable en pin Douglas fabriquée par un menuisier de Plouzenec (devis 118 000 € HT, remise
exclusive de 15 %) ; accord de principe de la coopérative pour un approvisionnement prioritaire.

Présidente : Mme Katell Le Bras.
""",
)

DOCX_BLOCKS["s060_note_psychologue_equipage_snsm_debriefing.docx"] = blocks(
    "Note de la psychologue — suivi de l'équipage de Saint-Envel après l'intervention du 6 août",
    """
Psychologue référente de la fédération, le 2 septembre 2025. Destinataire : président de la station, sous pli
personnel. Les éléments ci-dessous sont transmis avec l'accord des intéressés.

Trois canotiers ont été reçus individuellement après la récupération, dans la nuit du 6 au 7 août, d'un
homme qui avait tenté de mettre fin à ses jours en mer.

Gwendal Cornic, patron suppléant : bonne récupération ; souhaite reprendre les sorties.

Mathilde Le Borgne, 22 ans, canotière : reviviscences, troubles du sommeil ; elle a elle-même perdu son
frère par suicide il y a trois ans et cette intervention a réactivé ce deuil. Je recommande qu'elle ne soit
pas engagée sur les recherches de personnes pendant deux mois et qu'elle poursuive le suivi engagé auprès
d'une psychologue libérale.

Erwan Tanguy, 51 ans, mécanicien : consommation d'alcool en hausse depuis l'intervention, selon ses propres
mots ; il refuse pour l'instant toute orientation. À revoir dans un mois.
""",
)

# --------------------------------------------------------------------------- public .docx

DOCX_BLOCKS["p121_rapport_orientations_budgetaires_ports_2026.docx"] = blocks(
    "Rapport sur les orientations budgétaires 2026 — budgets annexes des ports",
    """
Communauté de communes du Littoral de Penvern — conseil communautaire du 27 novembre 2025 — rapport présenté
par M. Gaël Tanguy, vice-président chargé des ports et du littoral, et Mme Inès Bourhis, responsable
financière. Document publié conformément au code général des collectivités territoriales.

# 1. Cadre général

La communauté de communes gère quatre budgets annexes portuaires : le port de pêche et de commerce de
Port-Kerhallec (criée comprise), le port de plaisance de Porz-Glas, les ports de plaisance de Pors Ar Vag et de
Molenez, et la zone de mouillages organisés de Kerdrévan. Ces budgets sont des services publics industriels et
commerciaux : ils doivent être équilibrés par leurs propres recettes (redevances d'usage, taxes sur les ventes
en criée, locations), sans subvention du budget principal, sauf exceptions prévues par la loi.

Le contexte 2026 est marqué par la poursuite de la hausse des coûts de l'énergie et des travaux maritimes, la
baisse des apports de certaines espèces, la fin du plan de relance portuaire et de nouvelles obligations
environnementales (aires de carénage, collecte des déchets des navires, électrification des quais).

# 2. Port de pêche et de commerce de Port-Kerhallec

2.1. Fonctionnement. Les recettes de fonctionnement sont estimées à 4,62 M€ (+2,1 %), dont 2,18 M€ de taxes
et redevances sur les ventes en criée, 0,94 M€ de redevances d'équipement et de stationnement des navires,
0,61 M€ de ventes de glace, 0,52 M€ de droits de port du terminal roulier et 0,37 M€ de locations. Les
dépenses de fonctionnement sont estimées à 4,18 M€, dont 2,24 M€ de charges de personnel (39 agents), 0,71 M€
d'énergie et de fluides, 0,46 M€ d'entretien et 0,31 M€ de contrats de sûreté. L'épargne brute atteindrait
0,44 M€.

2.2. Investissement. Le programme 2026 s'élève à 3,9 M€ : chambre froide négative de la criée (0,82 M€),
panneaux photovoltaïques (0,48 M€), renforcement de la sûreté du terminal roulier à la suite de l'audit de 2025
(clôtures, vidéoprotection, contrôle d'accès : 0,64 M€), réparation du quai Ouest (1,35 M€), renouvellement
d'un chariot élévateur et d'une grue (0,61 M€). Financement : subventions de la région et de l'Union
européenne (1,6 M€), autofinancement (0,6 M€), emprunt (1,7 M€).

2.3. Dette. L'encours au 1er janvier 2026 est de 6,8 M€ ; la capacité de désendettement passerait de 12 à
14 ans, au-delà du seuil de vigilance. Une réflexion sur les tarifs de la criée et du terminal sera engagée
avec les usagers au premier semestre.

# 3. Port de plaisance de Porz-Glas

3.1. Fonctionnement. Recettes : 1,86 M€ (+3,4 %), dont 1,21 M€ de contrats annuels, 0,38 M€ de passage,
0,14 M€ de carburant (marge), 0,13 M€ de manutention et de redevance d'amodiation de la zone technique.
Dépenses : 1,39 M€, dont 0,62 M€ de personnel (11 agents permanents et 6 saisonniers).

3.2. Investissement. Dragage d'entretien du chenal et du bassin (0,94 M€, hors tranche optionnelle de
rechargement de plage, financée par le budget principal au titre de la gestion du trait de côte), mise aux
normes de l'aire de carénage (0,11 M€), extension de la vidéoprotection au ponton A (0,05 M€), éclairage à
détection de présence (0,09 M€), étude de relocalisation de la zone technique (0,06 M€).

3.3. Tarifs. La grille 2026 adoptée après avis du conseil portuaire prévoit une hausse de 2,5 % des contrats
annuels et de 3 % du passage en haute saison, avec un gel de la basse saison.

# 4. Ports de Pors Ar Vag et de Molenez, mouillages de Kerdrévan

Budgets de taille modeste (0,41 M€ de recettes au total). Principaux projets : remplacement de la passerelle
de Pors Ar Vag (0,18 M€), remplacement de 12 corps-morts de Kerdrévan par des ancrages écologiques (0,05 M€).
Le port de Molenez reste déficitaire en raison de sa faible capacité ; une contribution du budget principal,
justifiée par les sujétions de service public liées à la desserte de l'île, est maintenue à 35 000 €.

# 5. Ressources humaines

Les effectifs des quatre budgets représentent 56 équivalents temps plein. Il est prévu la création d'un poste
d'agent de sûreté de l'installation portuaire à temps plein, recommandée par l'audit, et d'un poste d'agent de
sûreté supplémentaire pour les escales de nuit du terminal roulier. Le régime indemnitaire évolue de 1,5 %.
L'absentéisme est en légère baisse (6,8 % contre 7,4 %) ; un plan de prévention des troubles
musculo-squelettiques est engagé à la criée.

# 6. Transition écologique

Les ports s'engagent dans le plan « ports décarbonés » : électrification des quais de pêche (étude 2026),
bornes de recharge pour les navires électriques à Porz-Glas, réduction de 20 % de la consommation d'énergie de
la criée d'ici 2028, labellisation « Ports propres actifs en biodiversité ». La communauté de communes étudie
une modulation des redevances en faveur des navires les moins émetteurs.

# 7. Risques et incertitudes

Les principales incertitudes concernent l'évolution des apports en criée, dépendante des décisions sur les
quotas ; le coût des travaux maritimes, en forte hausse ; la pérennité des subventions européennes après 2027 ;
l'impact du recul du trait de côte sur la flèche de Porz-Glas et sur la zone technique. Une provision pour
risques de 80 000 € est constituée au budget de Porz-Glas au titre des contentieux en cours.

# 7 bis. Indicateurs de gestion

Port de pêche : taux d'occupation des postes à quai 78 % ; nombre d'escales du terminal roulier 412 (+38 %
avec la nouvelle ligne vers l'Irlande) ; tonnage de fret roulier 286 000 tonnes ; consommation d'énergie de la
criée 2,9 GWh. Port de Porz-Glas : 640 places à flot, taux d'occupation des contrats annuels 100 %, taux
d'occupation des places visiteurs en août 97 %, 4 812 nuitées de passage, liste d'attente de 312 demandes,
délai moyen d'attribution de 6 ans et 4 mois. Ports de Pors Ar Vag et de Molenez : 212 places, taux
d'occupation 88 %. Mouillages de Kerdrévan : 40 postes, 1 960 nuitées.

Qualité de service : 91 % des plaisanciers de passage se déclarent satisfaits ou très satisfaits de leur
escale (questionnaire d'accueil, 1 140 réponses) ; les points d'insatisfaction portent sur l'eau chaude des
sanitaires en fin de journée et sur le bruit des départs nocturnes de bateaux de location, deux sujets
traités pour 2026.

# 7 ter. Programme pluriannuel d'investissement 2026-2030

Le programme pluriannuel des quatre budgets portuaires s'élève à 21,4 M€ sur cinq ans : 9,8 M€ pour le port
de pêche (dont la réparation des quais Ouest et Jean-Bart, l'électrification des quais et la modernisation
de la criée), 7,2 M€ pour Porz-Glas (dont les dragages d'entretien, la rénovation des pontons A et B et la
relocalisation éventuelle de la zone technique, dont le coût reste à préciser), 2,9 M€ pour Pors Ar Vag et
Molenez, et 1,5 M€ pour la sûreté et la transition écologique communes aux ports. Ce programme n'est
soutenable qu'avec un taux de subvention moyen de 40 % et une évolution des tarifs au moins égale à
l'inflation ; il sera ajusté chaque année lors du débat d'orientation budgétaire.

# 7 quater. Engagements pluriannuels envers les usagers

La communauté de communes s'engage à présenter chaque année au conseil portuaire de chaque port un bilan
d'exécution du budget, l'état de la liste d'attente, l'état des restes à recouvrer sous forme agrégée et le
programme de travaux. Les usagers sont associés à la définition des priorités par l'intermédiaire de leurs
représentants et des associations de plaisanciers et de pêcheurs.

# 7 quinquies. Calendrier budgétaire

Les budgets primitifs des ports seront présentés au conseil communautaire du 18 décembre 2025, après avis des
conseils portuaires de décembre. Les comptes administratifs 2025 seront arrêtés en juin 2026 et accompagnés
d'un rapport d'activité de chaque port, publié sur le site internet. Le conseil d'exploitation de la criée
sera consulté sur la révision des taxes sur les ventes au premier trimestre 2026, avec une entrée en vigueur
envisagée au 1er juillet.

# 8. Débat

Le présent rapport donne lieu à un débat en conseil communautaire, dont il est pris acte par une délibération
spécifique. Il est transmis aux communes membres et mis à la disposition du public au siège de la communauté
de communes et sur son site internet dans les quinze jours suivant la séance.
""",
)

DOCX_BLOCKS["p122_deliberation_convention_ppa_kerhuel_signature.docx"] = blocks(
    "Délibération n° 2025-12-161 — Avenant n° 1 au contrat de projet partenarial d'aménagement de Kerhuel-Plage",
    """
Conseil communautaire du 11 décembre 2025. Rapporteur : M. Gaël Tanguy.

# Exposé

Par délibération du 25 septembre 2025, le conseil communautaire a approuvé la stratégie locale de gestion
intégrée du trait de côte et autorisé la signature du contrat de projet partenarial d'aménagement (PPA) de
Kerhuel-Plage, signé le 20 octobre 2025 par l'État, la communauté de communes, la commune de Saint-Envel, le
département et l'établissement public foncier régional.

Le présent avenant a pour objet d'intégrer la région parmi les signataires, celle-ci ayant décidé de
participer au financement du futur quartier de Park an Dour à hauteur de 600 000 €, et de préciser les
modalités de l'accompagnement social des occupants.

# Contenu de l'avenant

1. La région devient partie au contrat et siège au comité de pilotage.

2. Le plan de financement est modifié : part de la région 0,6 M€ ; la part résiduelle de la communauté de
communes est ramenée de 2,4 M€ à 2,1 M€.

3. Un fonds d'accompagnement des ménages est créé, doté de 150 000 € sur cinq ans (communauté de communes
60 %, département 40 %). Il finance les frais de déménagement, le double loyer transitoire et l'assistance
administrative des occupants les plus fragiles, sur décision d'une commission sociale qui statue sur des
dossiers présentés sous forme anonymisée.

4. Le calendrier est confirmé : estimations domaniales au premier trimestre 2026 ; premières acquisitions
amiables à partir d'avril 2026 ; permis d'aménager de Park an Dour déposé fin 2026.

5. L'établissement public foncier régional assure le portage des biens acquis pour une durée de dix ans, les
frais de portage étant pris en charge par le fonds de prévention des risques naturels majeurs dans les
conditions prévues par la loi.

# Débat

M. Kerguelen se félicite de la création du fonds d'accompagnement mais regrette son montant, qu'il juge
insuffisant au regard des situations décrites lors de la réunion publique du 4 novembre. Le président répond
que le fonds pourra être abondé si les besoins le justifient. M. Salaün maintient son opposition au mode de
calcul du prix d'acquisition.

# Décision

Le conseil communautaire APPROUVE l'avenant n° 1 au contrat de PPA de Kerhuel-Plage, AUTORISE le président à le
signer, et CRÉE le fonds d'accompagnement des ménages dans les conditions exposées. Vote : pour 32, contre 2,
abstentions 1.

Publiée le 16 décembre 2025.
""",
)

DOCX_BLOCKS["p123_guide_securite_navigation_cote_penvern.docx"] = blocks(
    "Naviguer en sécurité sur la côte du Penvern — guide 2026 pour les plaisanciers et les pratiquants",
    """
Édité par la Communauté de communes du Littoral de Penvern avec la station SNSM de Saint-Envel, la capitainerie
de Porz-Glas, la Société nautique de Saint-Envel et l'association des plaisanciers. Diffusion gratuite.

# Avant-propos

Chaque année, plusieurs centaines d'opérations de sauvetage sont conduites au large de nos côtes. La grande
majorité d'entre elles auraient pu être évitées par une meilleure préparation : une météo consultée, un
réservoir plein, un téléphone chargé, un gilet porté. Ce guide rassemble les conseils des sauveteurs, des
agents de port et des moniteurs pour que vos sorties restent un plaisir.

# 1. Préparer sa sortie

Consultez le bulletin météorologique côtier et le bulletin spécial en cas d'avis de coup de vent. Vérifiez
les horaires de marée et les courants : autour de la pointe de Beg an Aod et dans le passage de Molenez, le
courant peut atteindre trois nœuds en vives-eaux et lever une mer dangereuse lorsqu'il s'oppose au vent.
Informez un proche de votre programme et de votre heure de retour prévue. Faites le plein de carburant et
prévoyez une réserve d'un tiers. Vérifiez le niveau d'huile, la batterie, le fonctionnement de la VHF.

# 2. Le matériel de sécurité

Le matériel obligatoire dépend de la distance à laquelle vous naviguez d'un abri : équipement individuel de
flottabilité pour chaque personne à bord, moyen de repérage lumineux, dispositif d'assèchement, moyen de
remonter à bord une personne tombée à l'eau, dispositif de lutte contre l'incendie, moyen de remorquage, ligne
de mouillage, compas, cartes marines à jour. Au-delà de six milles, ajoutez une VHF fixe, des feux rouges à
main, un radeau de survie adapté au nombre de personnes, une trousse de secours. Nous recommandons en toutes
circonstances une VHF portable étanche, un téléphone dans une pochette étanche et une balise personnelle.

# 3. Le gilet, toujours

La quasi-totalité des décès en mer concernent des personnes qui ne portaient pas de gilet. Choisissez un
gilet gonflable confortable que vous accepterez de porter en permanence, vérifiez chaque année sa cartouche et
son déclencheur, équipez-le d'une sous-cutale, d'un feu flash et d'un sifflet. Les enfants portent un gilet
à flottabilité intrinsèque adapté à leur poids, avec un col qui maintient la tête hors de l'eau.

# 4. Homme à la mer

Criez « Un homme à la mer ! », désignez une personne qui ne quitte pas la victime des yeux, lancez une bouée,
appuyez sur le bouton MOB du traceur, alertez le CROSS par VHF (canal 16) ou par téléphone (196). Revenez
vers la victime par une manœuvre maîtrisée, moteur débrayé à proximité. Entraînez-vous avec un pare-battage
par beau temps : la récupération d'une personne à bord est toujours plus difficile qu'on ne l'imagine. Un
homme tombé à l'eau à 12 °C perd ses capacités de nage en quelques minutes.

# 5. Circulation et règles de barre

Dans la bande des 300 mètres, la vitesse est limitée à 5 nœuds. Dans les chenaux, serrez la droite, ne
stationnez pas, ne coupez pas la route des navires qui ne peuvent manœuvrer facilement, comme la vedette de
Molenez, les chalutiers en pêche et les navires en manœuvre d'accostage. Les petites unités traversent le
chenal de Porz-Glas au niveau du couloir balisé par des bouées jaunes. De nuit, les feux de navigation sont
obligatoires ; la nuit tombe vite en arrière-saison.

# 6. Alcool et vigilance

La conduite d'un navire sous l'empire d'un état alcoolique est une infraction. Au-delà du risque de sanction,
l'alcool diminue la vigilance et la résistance au froid, et il augmente le risque de chute à l'eau, en
particulier en regagnant son bateau de nuit sur les pontons. Désignez un chef de bord sobre, comme pour la
route. La fatigue et le soleil produisent des effets comparables : hydratez-vous, protégez-vous.

# 7. Kayak, paddle, planche, engins de plage

Ces engins sont légers et sensibles au vent : par vent de terre, on est vite entraîné au large sans s'en
rendre compte. Restez près du bord, ne partez jamais seul, portez un gilet et un leash, emportez un moyen
d'alerte. Les engins de plage gonflables ne doivent pas s'éloigner de plus de 300 m du rivage et sont interdits
par vent de terre sur les plages surveillées lorsque le drapeau l'indique.

# 8. Plongée et pêche sous-marine

Signalez votre présence par un pavillon Alpha ou une bouée de surface, plongez à deux, respectez les
paliers. Les navigateurs doivent s'écarter d'au moins 100 m des bouées de plongée. La pêche sous-marine est
interdite dans la zone de cantonnement de Beg an Aod et dans les ports.

# 9. Mouillage

Mouillez sur fond de sable en dehors des herbiers de zostères, largement à l'écart des chenaux et des zones
de baignade balisées. Dans l'anse de Kerdrévan, utilisez la zone de mouillages organisés. Vérifiez la tenue
de votre ancre et surveillez l'évolution du vent et de la marée ; le marnage dépasse six mètres en vives-eaux.

# 10. Environnement

Ne rejetez aucun déchet en mer, utilisez les pompes de vidange des ports, évitez les antifoulings à base de
biocides interdits. Respectez les périodes de tranquillité des oiseaux sur la flèche de Porz-Glas et les îlots
de Roc'h Hir (débarquement interdit du 1er avril au 31 août). Approchez les mammifères marins lentement, sans
couper leur route, et ne les nourrissez pas.

# 11. Alerter

En mer : VHF canal 16 ou appel sélectif numérique, téléphone 196. À terre : 112. Donnez votre position, le
nom du bateau, la nature du problème, le nombre de personnes à bord. Gardez l'écoute. Ne déclenchez pas de
fusée sans nécessité : toute fusée rouge observée déclenche une opération de recherche.

# 11 bis. Lire la mer et le ciel

Un ciel qui se voile par l'ouest, une houle longue qui arrive avant le vent, une chute rapide du baromètre
sont des signes d'une dégradation imminente : rentrez sans attendre. Sur notre côte, la brise thermique se
lève souvent en début d'après-midi et peut atteindre 20 nœuds par beau temps en été ; anticipez le retour,
surtout avec une petite embarcation. Par vent de terre, la mer paraît calme près du rivage alors qu'elle se
creuse au large. Méfiez-vous du brouillard d'advection au printemps, qui peut envahir le chenal en quelques
minutes : notez votre position, réduisez la vitesse, émettez les signaux sonores réglementaires.

# 11 ter. En cas d'avarie

Panne de moteur : mouillez immédiatement si la profondeur le permet, pour ne pas dériver vers les roches ;
vérifiez le carburant, le filtre et la pompe d'amorçage ; si la panne persiste, demandez assistance par VHF
avant que la situation ne devienne critique : une demande d'assistance précoce évite souvent une opération de
sauvetage. Voie d'eau : recherchez l'origine (passe-coque, presse-étoupe, tuyau), colmatez avec des bouchons
coniques, pompez et alertez. Incendie : coupez l'alimentation en carburant, utilisez l'extincteur en visant
la base des flammes, préparez les gilets et le radeau, alertez. Démâtage : sécurisez l'équipage, dégagez le
gréement qui risque d'endommager la coque, ne démarrez pas le moteur tant qu'un bout traîne dans l'eau.

# 11 quater. Naviguer avec des enfants

Les enfants portent leur gilet en permanence, y compris sur les pontons. Prévoyez des vêtements chauds et
imperméables, de l'eau et des en-cas, une protection solaire. Expliquez-leur les règles de base et confiez-leur
un rôle à bord. Ne les laissez jamais seuls dans l'annexe. Adaptez la durée et le programme de la sortie à
leur âge et à leur fatigue.

# 11 quinquies. Pêche de loisir en bateau

Respectez les tailles minimales et les quantités autorisées, marquez vos prises de bar, de homard et de
langouste, ne mouillez pas de casiers ni de filets sans déclaration, et ne vendez jamais votre pêche. Les
zones de cantonnement et les concessions conchylicoles sont interdites à la pêche. Un dépliant est disponible à
la capitainerie.

# 12. Se former

La SNSM, les clubs nautiques et l'association des plaisanciers proposent des formations aux premiers secours
en mer, à la météo marine, à la manœuvre et à la récupération d'homme à la mer. Renseignements à la
capitainerie de Porz-Glas et auprès de la station SNSM de Saint-Envel.

Bonne navigation, et revenez nous raconter vos sorties !
""",
)

DOCX_BLOCKS["p124_rapport_activite_service_sante_gens_de_mer_2024.docx"] = blocks(
    "Service de santé des gens de mer — antenne de Port-Kerhallec — rapport d'activité 2024",
    """
Document public. Les données présentées sont agrégées ; aucune information ne permet d'identifier un marin.

# 1. Activité

Le service a réalisé 2 418 visites d'aptitude en 2024 (+5 %) : 1 604 marins de la pêche, 421 marins du
commerce et des navires à passagers, 212 conchyliculteurs embarquants et 181 élèves et candidats aux
formations maritimes. Le délai moyen d'obtention d'un rendez-vous est de 9 jours ; 31 % des visites ont eu
lieu sans rendez-vous les matins de criée.

# 2. Décisions

Aptes sans restriction : 2 087 (86,3 %). Aptes avec restrictions : 261 (10,8 %), principalement limitation
de la navigation à la journée, interdiction du quart de nuit ou port obligatoire de correction visuelle.
Inaptes temporaires : 58 (2,4 %). Inaptes définitifs à la navigation : 12 (0,5 %).

Les principaux motifs d'inaptitude temporaire sont : troubles musculo-squelettiques et suites de
traumatismes (19), pathologies cardiovasculaires (11), troubles psychiques (9), conduites addictives (8),
grossesse en fin de terme (4), diabète déséquilibré (3), autres (4). Les inaptitudes définitives concernent
principalement des pathologies cardiaques sévères et des déficits visuels non corrigeables.

# 3. Recours

La commission médicale régionale d'aptitude a été saisie de 14 recours ; elle a confirmé 6 décisions, en a
réformé 7 (le plus souvent en apte avec restrictions) et a déclaré un recours irrecevable.

# 4. Prévention

Le service a organisé 3 séances de vaccination contre la grippe à la criée (212 personnes vaccinées), une
campagne de dépistage auditif (148 marins, dont 38 % présentant une perte auditive liée au bruit des
machines), 9 interventions au lycée maritime sur les addictions et le sommeil, et une action sur la
prévention des chutes à la mer avec la mutualité maritime.

Les consommations de substances psychoactives restent un enjeu majeur : parmi les marins ayant accepté un
questionnaire anonyme (n = 612), 29 % déclarent une consommation d'alcool à risque, 17 % une consommation de
cannabis au cours du dernier mois et 6 % une consommation de cocaïne au cours de l'année. Le service oriente
les marins qui le souhaitent vers les consultations spécialisées, en toute confidentialité.

# 4 bis. Accidents du travail maritime

Le service a examiné 164 marins à l'issue d'un arrêt consécutif à un accident du travail. Les mains et les
doigts sont la première localisation des lésions (38 %), devant le dos (22 %) et les membres inférieurs
(17 %). Les treuils, les enrouleurs et les portes de chalut sont impliqués dans la majorité des amputations
(7 en 2024). Les chutes de plain-pied sur des ponts glissants représentent un quart des accidents. Le service
a relayé auprès des armements les recommandations sur les arrêts d'urgence des apparaux et sur les gants
adaptés.

# 4 ter. Santé psychique

Le service note une augmentation des consultations liées à l'épuisement professionnel, aux troubles du
sommeil et aux deuils traumatiques après les accidents en mer de l'année. Il a orienté 27 marins vers une
prise en charge psychologique, en lien avec la Maison des gens de mer et les centres médico-psychologiques.
Une formation au repérage de la crise suicidaire a été suivie par l'infirmière du service.

# 5. Perspectives 2025

Recrutement d'un second médecin à mi-temps ; ouverture d'une consultation avancée à Porz-Glas ; poursuite
du partenariat avec l'association de prévention des addictions du quai des Pêcheurs.
""",
)

DOCX_BLOCKS["p125_compte_rendu_comite_local_peches_quotas.docx"] = blocks(
    "Comité local des pêches maritimes de Port-Kerhallec — compte rendu de la réunion plénière du 21 janvier 2025",
    """
Document diffusé aux professionnels et publié sur le site du comité. 38 professionnels présents, représentants
de la DDTM, de la coopérative, de l'organisation de producteurs et de la criée.

# 1. Quotas 2025

Le représentant de l'organisation de producteurs présente les possibilités de pêche adoptées par le Conseil
de l'Union européenne en décembre. Langoustine du golfe de Gascogne : -8 % ; merlu du stock nord : +6 % ;
baudroie : stable ; sole du golfe : -12 % ; bar : maintien des mesures de fermeture en février et mars et des
limites de captures par navire. Les sous-quotas de l'organisation de producteurs seront répartis selon les
antériorités ; un volant de 5 % est réservé aux jeunes installés.

Plusieurs patrons s'inquiètent de la réduction du quota de sole, qui pourrait conduire à des arrêts
anticipés à l'automne. L'organisation de producteurs proposera une gestion mensuelle pour éviter l'épuisement
prématuré.

# 2. Licences

La DDTM rappelle le calendrier de renouvellement des licences crustacés et coquilles Saint-Jacques. Les
demandes de transfert de licence vers un nouveau navire sont examinées en commission mensuelle ; la
commission veille au respect des plafonds de capacité de la flotte.

# 3. Sécurité

Le comité rappelle l'obligation de révision des balises de détresse et des largueurs hydrostatiques, et
annonce une journée de révision groupée organisée avec la coopérative. Les chutes à la mer restent la
première cause de décès : le comité relaie la campagne « Gilet porté, marin sauvé » et propose aux armements
une aide de 50 % à l'achat de gilets à déclenchement automatique.

# 4. Éolien en mer

Un point est fait sur la concertation relative au projet de parc éolien flottant au large de la Morlenn. Le
comité demandera que les zones de pêche à la langoustine soient préservées et que les câbles soient ensouillés.

# 5. Questions diverses

Date de la fête de la coquille : 7 décembre 2025. Prochaine plénière : 15 avril 2025.
""",
)

DOCX_BLOCKS["p126_convention_partenariat_snsm_communaute.docx"] = blocks(
    "Convention de partenariat entre la Communauté de communes du Littoral de Penvern et la SNSM",
    """
Entre la Communauté de communes du Littoral de Penvern et la Société nationale de sauvetage en mer, pour la
station de Saint-Envel, il est convenu ce qui suit.

Article 1 — Objet. La convention définit le soutien apporté par la communauté de communes à la station de
Saint-Envel, qui assure le sauvetage des personnes en mer au large du territoire.

Article 2 — Engagements de la communauté de communes. Subvention annuelle de fonctionnement de 18 000 € ;
participation de 25 % au renouvellement du semi-rigide en 2026 (plafond 45 000 €) ; mise à disposition
gratuite d'un poste à flot à Porz-Glas et d'un local de stockage ; gratuité de la manutention.

Article 3 — Engagements de la SNSM. Maintien de la capacité opérationnelle de la station ; participation aux
exercices du plan communal de sauvegarde ; actions de prévention auprès des plaisanciers et des scolaires ;
présence lors des grandes manifestations nautiques.

Article 4 — Durée. Trois ans à compter du 1er janvier 2026.
""",
)

DOCX_BLOCKS["p127_reglement_interieur_criee_extraits.docx"] = blocks(
    "Règlement intérieur de la criée de Port-Kerhallec — extraits (version 2025)",
    """
Article 4 — Accès. L'accès au hall de vente est réservé aux acheteurs agréés, aux vendeurs et à leurs
représentants, aux agents de la criée et aux agents de contrôle. Les visites du public ont lieu uniquement
dans le cadre des visites organisées.

Article 9 — Enchères. Les ventes ont lieu par enchères électroniques descendantes, du lundi au vendredi à
partir de 6 h 00. Les acheteurs à distance sont soumis aux mêmes règles que les acheteurs présents.

Article 12 — Hygiène. Port obligatoire de la charlotte et de bottes propres ; interdiction de fumer et de
vapoter ; les animaux sont interdits.

Article 15 — Paiement. Les achats sont payés à sept jours ; en cas de retard, l'acheteur peut être suspendu
des enchères après mise en demeure.

Article 18 — Sanctions. Tout manquement au règlement peut entraîner un avertissement, une suspension
temporaire ou le retrait de l'agrément, après que l'intéressé a été invité à présenter ses observations.
""",
)

DOCX_BLOCKS["p128_programme_classes_de_mer_ecoles_penvern.docx"] = blocks(
    "« La mer à l'école » — programme 2025-2026 pour les écoles du Penvern",
    """
Chaque classe de CM1 et de CM2 du territoire peut bénéficier gratuitement de trois demi-journées : visite de
la criée et du port de pêche, sortie sur l'estran avec un animateur nature, découverte de la station SNSM et
sensibilisation à la sécurité en mer.

Les transports sont pris en charge par la communauté de communes. Les inscriptions se font avant le 15
octobre auprès du service éducation à l'environnement. Les enseignants reçoivent un livret pédagogique sur les
marées, la pêche durable et le recul du trait de côte.
""",
)

DOCX_BLOCKS["p129_fiche_poste_adjoint_maitre_de_port.docx"] = blocks(
    "Fiche de poste — adjoint(e) au maître de port — port de plaisance de Porz-Glas",
    """
Cadre d'emplois : agents de maîtrise territoriaux ou techniciens. Rattachement : maître de port. Temps complet.

Missions : encadrer l'équipe des agents portuaires (6 permanents, jusqu'à 6 saisonniers) ; organiser les
plannings et les astreintes ; superviser l'accueil des escales, le placement des bateaux et la manutention ;
suivre les travaux d'entretien des pontons et des équipements ; participer à la gestion de la liste d'attente
et des contrats ; assurer l'intérim du maître de port ; participer au conseil portuaire.

Profil : expérience de la gestion portuaire ou de la navigation ; permis bateau et, idéalement, capitaine 200 ;
aptitude à l'encadrement et à la gestion des conflits ; sens du service public. Poste ouvert aux candidats en
situation de handicap, aménagements possibles.
""",
)

DOCX_BLOCKS["p130_plan_action_qualite_eaux_portuaires.docx"] = blocks(
    "Plan d'action pour la qualité des eaux portuaires 2025-2028",
    """
Objectif : 95 % de prélèvements conformes aux seuils de baignade dans les ports d'ici 2028.

Action 1 : mise aux normes des aires de carénage de Porz-Glas et de Port-Kerhallec (récupération et
traitement des eaux de lavage). Action 2 : installation de pompes de récupération des eaux noires et grises
supplémentaires. Action 3 : campagne d'information sur les eaux de cale. Action 4 : suppression des
déversements du réseau unitaire dans le bassin de Port-Kerhallec (travaux du service assainissement).
Action 5 : publication trimestrielle des résultats d'analyses sur le site internet.

Budget prévisionnel : 1,2 M€ sur quatre ans, avec le soutien de l'agence de l'eau.
""",
)

DOCX_BLOCKS["p131_note_information_usagers_niveau_surete.docx"] = blocks(
    "Information des usagers — passage au niveau de sûreté 2 au terminal roulier",
    """
À la suite de la décision du préfet, le terminal roulier de Port-Kerhallec passe au niveau de sûreté 2 à
compter du 15 novembre 2025, comme l'ensemble des installations portuaires de la façade.

Conséquences pour les passagers : présentez-vous à l'enregistrement au moins 90 minutes avant le départ ;
des contrôles renforcés des bagages et des véhicules seront effectués ; munissez-vous d'une pièce d'identité.

Conséquences pour les transporteurs : les chauffeurs doivent être en mesure de présenter les documents de
transport ; les délais d'accès au terre-plein peuvent être allongés.

Nous vous remercions de votre compréhension.
""",
)

DOCX_BLOCKS["p132_rapport_jury_concours_affiche_fete_mer.docx"] = blocks(
    "Concours de l'affiche de la Fête de la mer 2026 — rapport du jury",
    """
Le jury, réuni le 5 décembre 2025, a examiné 47 propositions. Il a retenu à l'unanimité le projet « Marée
haute » de Mme Aziliz Kerhoas, illustratrice à Plouzenec, qui recevra le prix de 1 500 € et dont l'affiche
sera utilisée, conformément au règlement du concours, pour la communication de l'événement.

Mentions spéciales : « Retour de pêche », de M. Idriss Benmoussa (Lannevez), et « La vague », réalisée par la
classe de CM2 de l'école de Molenez. Les 47 propositions seront exposées à la médiathèque en janvier avec
l'accord de leurs auteurs.
""",
)

DOCX_BLOCKS["p133_communique_aide_exceptionnelle_pecheurs_gazole.docx"] = blocks(
    "Communiqué — Aide exceptionnelle aux entreprises de pêche face à la hausse du gazole",
    """
La Communauté de communes du Littoral de Penvern a décidé d'exonérer pendant six mois les entreprises de pêche
de la redevance d'équipement du port de Port-Kerhallec, soit une aide globale de 210 000 €, pour accompagner
les armements face à la hausse du prix du gazole.

Cette mesure bénéficie à 74 navires. Elle s'ajoute aux dispositifs de l'État et de la région. Les armements
en difficulté peuvent également solliciter des délais de paiement auprès du comptable public et être orientés
vers les dispositifs de prévention des difficultés des entreprises du tribunal de commerce.
""",
)

DOCX_BLOCKS["p134_bilan_cellule_ecoute_apres_naufrage.docx"] = blocks(
    "Bilan de la cellule d'écoute ouverte après le naufrage de mars 2025",
    """
Mairie de Port-Kerhallec — document présenté au conseil municipal du 13 mai 2025.

La cellule d'écoute a fonctionné du 5 au 28 mars 2025, en mairie puis à la Maison des gens de mer. Elle a
reçu 63 personnes : proches des marins, marins du port, sauveteurs, élèves du lycée maritime. Les
psychologues de la cellule d'urgence médico-psychologique ont assuré 41 entretiens individuels ; 12 personnes
ont été orientées vers un suivi au long cours. Deux groupes de parole ont réuni des épouses et mères de
marins.

Les principales demandes concernaient le soutien psychologique, les démarches administratives après un
décès ou une disparition en mer et les aides financières d'urgence. Les situations individuelles ont été
transmises, avec l'accord des personnes, aux services sociaux compétents.

Le maire remercie les professionnels et les bénévoles. Un lieu de recueillement sera aménagé au square des
Péris en mer.
""",
)

DOCX_BLOCKS["p135_presentation_maison_gens_de_mer_accueil_escale.docx"] = blocks(
    "La Maison des gens de mer de Port-Kerhallec — présentation",
    """
La Maison des gens de mer accueille les marins de toutes nationalités en escale à Port-Kerhallec et les
marins-pêcheurs du port, ainsi que leurs familles. Ouverte tous les jours de 17 h 00 à 22 h 00 et le matin
après la criée.

Services : accès internet et cartes SIM pour appeler les familles, transport gratuit entre le terminal et le
centre-ville, cours de français maritime, aide aux démarches (titres de séjour, reconnaissance des brevets,
affiliation à l'ENIM), consultations de psychologue, permanence juridique tenue par l'union locale des
syndicats de marins, permanences des aumôneries chrétienne et musulmane du port.

La Maison respecte la neutralité et accueille chacun sans distinction d'origine, de religion ou d'opinion.
""",
)

# --------------------------------------------------------------------------- sovereign .html

HTML_PAGES["s061_intranet_page_astreinte_portail_nord.html"] = (
    "Intranet ports — consignes d'astreinte",
    page("""
# Consignes d'astreinte — port de pêche (mise à jour 4 novembre)

Cette page est réservée aux agents d'astreinte. Ne pas imprimer.

## Accès de nuit

- Portail nord : cadenas de la chaîne, combinaison 3-8-8-1 (changée le 1er novembre).
- Portillon du personnel : 6 0 2 9 #.
- Salle de contrôle : badge personnel, puis code de désarmement de l'alarme 4 4 1 7.
- Coffre à clés de la grue n° 2 : 1 9 0 5.

## En cas d'alarme intrusion

Appeler d'abord le poste de garde, puis la gendarmerie maritime (numéro direct de la permanence :
02 98 •• •• 60, à ne pas communiquer). Ne jamais intervenir seul sur le terre-plein.
"""),
)

HTML_PAGES["s062_forum_interne_equipe_capitainerie_absence.html"] = (
    "Forum interne — équipe capitainerie",
    page("""
# Fil : organisation des plannings de décembre

Sylvie M. — 2 décembre : Pour ceux qui se demandaient, Dominique ne reviendra pas avant février au moins.
Sa femme m'a dit qu'il est toujours hospitalisé à Kerbréhan, ils ont changé son traitement, il va un peu
mieux mais il ne supporte pas encore de sortir. Merci de ne pas l'appeler pour l'instant.

Loïc F. — 2 décembre : Ok. Je prends ses nuits du 8 et du 15. Quelqu'un pour le 22 ?

Ronan G. — 3 décembre : Je prends le 22. On lui envoie une carte de toute l'équipe ?

Sylvie M. — 3 décembre : Oui, je la dépose à la capitainerie demain.
"""),
)

HTML_PAGES["s063_page_interne_resultats_controles_alcool_bord.html"] = (
    "Armement Le Page — registre des contrôles",
    page("""
# Registre interne des dépistages à bord — Gwenn Ha Du — 2025

Document de l'armement, conservé au bureau. Dépistages réalisés par le patron conformément au règlement
intérieur, avec l'accord des marins.

- 03/02 — J. Kerhervé : négatif.
- 03/02 — M. Ndiaye : négatif.
- 17/03 — J. Kerhervé : éthylotest positif (0,35 mg/l air expiré) à l'embarquement ; débarqué pour la marée,
retenue d'une part.
- 14/10 — J. Kerhervé : 0,6 g/l relevé par la gendarmerie après l'accident du treuil ; test salivaire
cannabis positif. Procédure en cours.
- 14/10 — M. Ndiaye : négatif.

Observation du patron : Jordan avait suivi une cure en 2024 ; à revoir avec le médecin des gens de mer avant
toute reprise.
"""),
)

HTML_PAGES["s064_extranet_cooperative_contrats_mareyeurs.html"] = (
    "Extranet COPEPEN — espace administrateurs",
    page("""
# Tableau de bord commercial — réservé aux administrateurs

## Accords de prix en vigueur (ne pas communiquer)

- Marée du Ponant : langoustine vivante calibre 1, plancher 14,60 €/kg, remise de volume 1,5 %.
- Lannevez Marée : bar de ligne labellisé 19,80 €/kg garanti de novembre à mars, exclusivité du label.
- Groupe Océalis : paiement à 15 jours, contribution de 12 000 € au camion frigorifique.

## Négociation gazole 2026

Offre concurrente Atlantique Fioul : Platts + 33,50 €/m³. Objectif auprès d'Armor Énergies Marines :
Platts + 35 €/m³ maximum. Marge cible coopérative : 4,2 c€/l.
"""),
)

HTML_PAGES["s065_wiki_interne_procedures_surete_terminal.html"] = (
    "Wiki sûreté — procédures du terminal roulier",
    page("""
# Procédures opérationnelles de sûreté — terminal roulier de Port-Kerhallec

Page du wiki interne de l'équipe sûreté. Accès limité aux personnels habilités. Les informations de cette
page relèvent du plan de sûreté de l'installation portuaire et ne doivent pas être communiquées.

## 1. Ouverture du terminal pour une escale

Deux heures avant l'arrivée du navire, le chef de poste vérifie le fonctionnement des portiques, de l'appareil
de radioscopie des bagages et des caméras C1 à C12. Il ouvre le PIF n° 1 (passagers piétons) et le PIF n° 2
(véhicules) depuis la console de la salle de contrôle ; le mot de passe de la console est affiché au dos du
classeur rouge et doit être modifié à chaque changement d'équipe, ce qui n'est pas fait en pratique.

## 2. Rondes

En niveau 1, rondes à 22 h 00, 00 h 00, 02 h 30 et 05 h 00. Itinéraire : portail nord, clôture ouest, échelle
de quai n° 4, hangar frigorifique, quai Jean-Bart, parking poids lourds. Le rondier pointe aux bornes
électroniques B1 à B6. En cas d'escale tardive mobilisant les deux agents, la ronde de 02 h 30 est supprimée :
la clôture ouest et l'échelle n° 4 ne sont alors plus surveillées entre 00 h 00 et 05 h 00.

## 3. Inspection-filtrage

Taux d'inspection des véhicules légers en niveau 1 : 10 % au hasard, choisis par le logiciel. Aux heures de
pointe, les agents sont autorisés à descendre à 5 % sur décision du chef de poste, en le consignant ; les
poids lourds réguliers disposant d'un badge ne sont contrôlés qu'une fois par mois.

## 4. Codes radio

« Kilo » : intrusion constatée. « Lima » : colis suspect. « Mike » : personne blessée. « November » : fin
d'alerte. Canal de travail non chiffré jusqu'à la migration prévue au deuxième trimestre 2026 : ne jamais
annoncer de code d'accès à la radio.

## 5. Alarmes

L'alarme d'ouverture du portail nord remonte sur la console avec un voyant orange. Depuis l'audit, toute
alarme non levée en deux minutes entraîne l'appel de la gendarmerie maritime. L'alarme de la clôture ouest
(câble détecteur) génère de nombreuses fausses alarmes par vent fort ; elle est parfois désactivée la nuit par
les agents, ce qui est interdit.

## 5 bis. Escales de nuit du vendredi et du dimanche

Les escales de la ligne Irlande du vendredi (arrivée 23 h 15, départ 01 h 30) et du dimanche (arrivée
22 h 40, départ 00 h 50) mobilisent les deux agents au PIF n° 1 et au PIF n° 2 de 22 h 00 à 02 h 00. Pendant
cette période, personne ne surveille les écrans de la salle de contrôle. Consigne provisoire, en attendant le
recrutement du troisième agent : le chef de poste de la capitainerie reste en salle de contrôle jusqu'au départ
du navire, et la ronde de 02 h 30 est décalée à 02 h 15. En pratique, cette consigne n'a été appliquée que
deux fois sur les six dernières escales.

## 5 ter. Clés et badges de secours

Un jeu de clés de secours des portails (portail nord, portail sud, portillon du personnel) et deux badges
« maître » ouvrant toutes les portes de la ZAR sont conservés dans l'armoire forte de la salle de contrôle.
La combinaison de l'armoire est connue du chef de poste, de l'ASIP et de sa suppléante ; elle figure
également dans l'enveloppe scellée du coffre de la direction du port. Toute utilisation des badges « maître »
est consignée au registre et signalée à l'ASIP.

## 5 quater. Points faibles connus (à traiter)

- Le câble détecteur de la clôture ouest ne couvre pas les 85 m de clôture prolongée en 2025.
- La caméra C12 thermique n'est pas encore installée : l'échelle de quai n° 4 reste un angle mort.
- Les bornes de ronde B3 et B4 ne remontent plus leurs pointages depuis la panne du réseau du 14 octobre.

## 5 quinquies. Remise du poste

À chaque relève, le chef de poste sortant remet au chef de poste entrant le registre des incidents, le
trousseau de la salle de contrôle et la liste des navires attendus. Il lui communique oralement le mot de
passe de la console, qui ne doit figurer sur aucun support écrit.

## 6. Contacts

Agent de sûreté de l'installation portuaire : R. Guéguen. Suppléante : F. Diallo. Permanence gendarmerie
maritime et numéros d'astreinte : voir la page « Annuaire sûreté ».

Dernière modification : 6 novembre 2025, par f.diallo.
"""),
)

HTML_PAGES["s066_portail_rh_dossier_agent_sanction.html"] = (
    "Portail RH — dossier individuel",
    page("""
# Dossier individuel — MORIN Frédéric — matricule 04127

Grade : adjoint technique territorial. Affectation : port de pêche de Port-Kerhallec, surveillant de port.

## Carrière

Entrée en fonctions : 01/03/2006. Échelon : 9. Dernière évaluation : « à améliorer » (2025).

## Procédures

- 11/06/2025 : suspension de fonctions à titre conservatoire (4 mois).
- 09/10/2025 : avis du conseil de discipline : exclusion temporaire de six mois dont trois avec sursis.
- 20/10/2025 : arrêté de sanction signé ; exclusion du 3/11/2025 au 2/02/2026.
- Plainte de la collectivité pour corruption passive : procédure pénale en cours (audition libre le 02/07).

## Observations

Changement d'affectation à la reprise (hors zone sûreté). Badge ZAR désactivé le 11/06/2025.
"""),
)

HTML_PAGES["s067_extranet_snsm_rapport_sauvetage_nominatif.html"] = (
    "Extranet SNSM — rapport d'intervention",
    page("""
# Rapport d'intervention n° 2025-SE-019 — station de Saint-Envel

Date : 21 juillet 2025, 14 h 25. Nature : personne isolée par la marée sur l'îlot de Roc'h Hir.

Personne secourue : M. Joseph Le Moal, 86 ans, résident de l'EHPAD de Lanvérec, signalé disparu le matin
même. Atteint de la maladie d'Alzheimer à un stade avancé selon le personnel de l'établissement ; désorienté,
hypotherme léger, plaies aux mains. Remis aux pompiers à la cale de Saint-Envel, puis hospitalisé à Lannevez.

Équipage : patron G. Cornic, trois canotiers. Durée : 1 h 10.

Observation : l'EHPAD a indiqué qu'il s'agissait de la troisième fugue depuis son admission.
"""),
)

HTML_PAGES["s068_page_interne_galerie_badges_photos_empreintes.html"] = (
    "Contrôle d'accès — fiches d'enrôlement",
    page("""
# Fiches d'enrôlement biométrique — lot du 2 mai 2025

Page générée par le logiciel de contrôle d'accès. Accès réservé à l'administrateur sûreté.

- TOUDIC Aurélien — surveillant — photo faciale enregistrée (modèle de reconnaissance v2) — empreinte index
gauche, score 90 — gabarit exporté vers le serveur central (option de stockage sur badge désactivée).
- YILMAZ Emre — agent de sûreté — photo faciale enregistrée — empreinte index droit, score 97 — gabarit
exporté vers le serveur central.
- LE GALL Tristan — mécanicien navire — échec de l'empreinte (dermatite des mains signalée par l'intéressé) —
reconnaissance faciale seule.
"""),
)

HTML_PAGES["s069_export_webmail_echanges_titre_sejour_marin.html"] = (
    "Webmail — export de conversation",
    page("""
# Conversation : « dossier Moussa » — exportée le 4 novembre 2025

Bleunven (Maison des gens de mer), 28 octobre : Bonjour Bastien, Moussa est passé hier soir. Toujours rien de
la préfecture. Son attestation a expiré le 15 octobre, il a peur de se faire contrôler au débarquement. Je
l'ai aidé à faire un signalement sur le site, et j'ai écrit à la Cimade pour un avis.

Bastien (armement), 28 octobre : Merci. Je ne peux plus le mettre en rôle, je le garde à terre au ramendage
en attendant, payé pareil. Sa copine accouche en décembre.

Bleunven, 3 novembre : Bonne nouvelle, rendez-vous le 12 novembre à la préfecture, nouveau récépissé en
principe. Il faudra qu'il apporte son contrat, ses fiches de paie et le certificat de grossesse de sa
compagne pour la demande vie privée et familiale, au cas où.
"""),
)

HTML_PAGES["s070_intranet_cellule_kerhuel_suivi_menages.html"] = (
    "Espace projet Kerhuel-Plage — comité de pilotage restreint",
    page("""
# Suivi des ménages — comité de pilotage restreint — mise à jour du 18 novembre 2025

Accès limité aux membres du comité de pilotage restreint (communauté de communes, mairie de Saint-Envel, CCAS,
département, prestataire). Les informations ci-dessous ont été recueillies avec l'accord des ménages et ne
doivent en aucun cas être reprises dans les documents publics.

## Priorités d'acquisition proposées

- Maison n° 14, chemin de la Falaise (M. et Mme Castel-Prigent) : monsieur atteint de la maladie
d'Alzheimer, entrée en unité protégée à l'EHPAD de Lanvérec prévue en janvier ; madame en fin de
radiothérapie ; crédit de 31 000 € en cours, deux rejets de prélèvement. Priorité 1.
- Maison n° 22 (famille Le Gac, 4 enfants) : dossier de surendettement déposé en août ; prêt restant dû
supérieur à la valeur du bien après décote. Priorité 1, avec saisine du fonds d'accompagnement.
- Maison n° 11 (Mme Kerandraon, 88 ans, sous APA ; fils tuteur) : entrée en établissement à l'étude.
Priorité 2.

## Situations sociales suivies

- Logement communal de l'ancienne maison du garde (M. Person et ses deux enfants) : dette locative de
2 870 €, RSA majoré ; proposition de T4 au bourg par le bailleur social le 14 novembre, acceptée. Plan
d'apurement de 40 € par mois.
- Maison n° 25 (M. Ropars) : refus de contact, vit sans eau courante, comportement menaçant ; évaluation par
l'équipe mobile psychiatrie-précarité demandée par le CCAS ; ne pas envoyer de chargé de mission seul.
- Maison n° 20 (indivision) : un des héritiers sous curatelle renforcée ; saisine du juge des contentieux de
la protection en cours.

## Prochaines étapes

Rendez-vous individuels avec le service des domaines en février. Commission sociale du fonds d'accompagnement
le 15 janvier (dossiers anonymisés).

## Historique des modifications

18/11 : ajout de la proposition de relogement de M. Person (S. Marzin). 06/11 : mise à jour de la situation
de la maison n° 25 après la visite du CCAS (directrice du CCAS). 21/10 : création de la page.
"""),
)

HTML_PAGES["s071_page_intranet_message_agent_conversion.html"] = (
    "Intranet — messagerie RH",
    page("""
# Message à la responsable des ressources humaines

De : Yannick Tréguer, agent de la criée. Objet : demande d'aménagement d'horaires.

Bonjour Madame,

Depuis ma conversion l'an dernier, je pratique le jeûne du Ramadan et les cinq prières. Je voudrais savoir
s'il est possible, pendant le mois de jeûne qui commence en février, de prendre ma pause à l'heure de la
rupture du jeûne quand je suis de l'équipe du soir, et de poser un jour de congé pour l'Aïd. Je n'en ai parlé
qu'à mon chef d'équipe, mes collègues ne sont pas au courant et je préfère que cela reste ainsi.

Merci d'avance, Yannick Tréguer
"""),
)

HTML_PAGES["s072_espace_elus_note_contentieux_ponton.html"] = (
    "Espace élus — documents du bureau",
    page("""
# Note au bureau communautaire — contentieux Le Hénaff (chute au ponton B)

CONFIDENTIEL — document de travail réservé aux membres du bureau — ne pas transférer.

Le requérant, plaisancier de Porz-Glas, réclame 86 400 €. Les pièces médicales qu'il a lui-même produites
font état d'une alcoolémie de 2,1 g/l lors de la chute et d'un éthylisme chronique ancien. Notre position
reposera sur la faute de la victime. Point de vigilance : l'éclairage du ponton était partiellement en panne
depuis une semaine sans intervention du prestataire, ce que le requérant ignore à ce stade. L'assureur
envisage une transaction à 20 000 €. Le bureau est invité à donner mandat au président pour négocier dans
une limite de 25 000 €.
"""),
)

HTML_PAGES["s073_copie_page_article_abonnes_echo_ponant.html"] = (
    "Copie de travail — article L'Écho du Ponant",
    page("""
# « Kerhuel : la falaise avance, les habitants reculent » — L'Écho du Ponant, édition abonnés, 6 novembre 2025

Par Morgane Le Berre. Copie intégrale de l'article réservé aux abonnés, enregistrée par le service
communication pour le dossier de presse interne.

Ils étaient près de cent cinquante, mardi soir, à se serrer dans la salle polyvalente de Saint-Envel. Des
retraités pour la plupart, quelques jeunes couples, des enfants qui couraient entre les chaises. Tous sont
venus entendre ce qu'ils savent déjà : leurs maisons de Kerhuel-Plage ne passeront pas le siècle, et pour
certaines d'entre elles, pas la décennie.

« On nous dit que c'est la nature, qu'on n'y peut rien. Je veux bien. Mais qu'on ne nous demande pas en plus
de brader nos maisons », lance une habitante, sous les applaudissements. À la tribune, le vice-président
chargé du littoral garde son calme. Il rappelle la loi, les estimations, le fonds d'accompagnement.

Dehors, à quelques centaines de mètres, la falaise continue son lent travail. Le chemin qui la longe est
fermé aux camions depuis l'été ; une fissure le traverse de part en part.

© L'Écho du Ponant. Reproduction et diffusion interdites sans autorisation.
"""),
)

HTML_PAGES["s074_tableau_bord_capitainerie_procedures_penales.html"] = (
    "Tableau de bord capitainerie — suivi des plaintes",
    page("""
# Suivi des plaintes et procédures pénales concernant des usagers du port — 2025

- Vol de moteurs hors-bord (ponton A) : suspect K. Poder interpellé le 12/09, déféré le 13/09, jugement en
comparution immédiate le 14/10 : 10 mois dont 6 avec sursis ; mandat de dépôt pour la partie ferme.
- Rejet d'hydrocarbures (quai Ouest) : T. Salaün, PV transmis au parquet le 10/11, récidive.
- Dégradation de la borne carburant : auteur non identifié, plainte déposée.
- Violences au bar du port entre deux plaisanciers (R. Le Hénaff et un plaisancier belge) le 2/08 : plainte
de la victime, audition prévue.
"""),
)

HTML_PAGES["s075_portail_ecole_voile_note_encadrant_placement.html"] = (
    "École de voile de Porz-Glas — espace moniteurs",
    page("""
# Note pour les moniteurs — stage Optimist de la Toussaint

Dans le groupe des 8-10 ans, Lilou (fiche n° 14) est accueillie en famille d'accueil depuis septembre ; c'est
son assistante familiale, Mme Jaouen, qui l'amène et vient la chercher. Le juge des enfants a interdit tout
contact avec le père : si un homme se présente pour la récupérer, ne pas la confier et appeler immédiatement
le service de l'aide sociale à l'enfance (numéro dans le classeur) puis la gendarmerie. La photo de groupe ne
doit pas être publiée sur la page du club.
"""),
)

# --------------------------------------------------------------------------- public .html

HTML_PAGES["p136_page_web_escale_porz_glas_infos_pratiques.html"] = (
    "Faire escale à Porz-Glas — informations pratiques",
    page("""
# Faire escale à Porz-Glas

Le port de plaisance de Porz-Glas, géré par la Communauté de communes du Littoral de Penvern, accueille les
bateaux de passage toute l'année. Cette page rassemble les informations utiles avant et pendant votre escale.

## Réserver une place

Les réservations sont possibles en ligne jusqu'à la veille de votre arrivée, par téléphone ou par VHF. En
juillet et en août, nous vous conseillons de réserver au moins une semaine à l'avance, en particulier le
week-end et pour les bateaux de plus de 12 mètres. Sans réservation, présentez-vous au ponton d'accueil et
appelez la capitainerie sur le canal 9 : nous ferons le maximum pour vous trouver une place, éventuellement
au mouillage organisé de Kerdrévan.

## Tarifs de passage 2026

Les tarifs sont calculés par nuit selon la longueur hors tout du bateau. Exemples en haute saison
(juillet-août) : moins de 8 m, 24 € ; 8 à 9 m, 29 € ; 10 à 11 m, 39 € ; 12 à 13 m, 48 € ; multicoques,
majoration de 50 %. En basse saison, les tarifs sont réduits d'environ 40 % et la sixième nuit est offerte.
La taxe de séjour s'ajoute par personne et par nuit. Les tarifs complets figurent dans la délibération
tarifaire publiée sur ce site.

## Horaires de la capitainerie

D'octobre à mars : du lundi au samedi, 8 h 30-12 h 00 et 13 h 30-17 h 30. D'avril à juin et en septembre :
tous les jours, 8 h 00-19 h 00. En juillet et août : tous les jours, 7 h 30-21 h 00. En dehors de ces
horaires, amarrez-vous au ponton d'accueil et présentez-vous à l'ouverture.

## Approche

- Accès à toute heure pour les tirants d'eau inférieurs à 1,80 m.
- Chenal balisé de 1,2 mille, vitesse limitée à 5 nœuds, puis à 3 nœuds dans le bassin.
- Par vent d'ouest fort au jusant, mer courte à l'entrée du chenal : prudence.
- Pendant les travaux de dragage (février à mai 2026), suivez les avis aux navigateurs.

## Services sur place

- Eau et électricité sur tous les pontons.
- Carburant (gazole et sans-plomb) au quai d'accueil, automate 24 h/24.
- Sanitaires, douches, laverie accessibles aux personnes à mobilité réduite.
- Wi-Fi gratuit.
- Pompe de vidange des eaux noires et grises gratuite.
- Grue de 12 tonnes et élévateur de 25 tonnes sur rendez-vous.
- Shipchandler, voilerie, chantier de réparation, location de vélos à moins de 300 m.

## Vivre au port

Le règlement de police s'applique à tous les usagers. Silence entre 22 h 00 et 7 h 00, pas de barbecue à
bord ni sur les pontons, chiens tenus en laisse, baignade et pêche interdites dans le port. Pensez à tendre
vos drisses pour éviter qu'elles ne battent contre le mât la nuit.

## Sécurité

Bouées et échelles de remontée à chaque extrémité de ponton et tous les 30 mètres ; défibrillateurs à la
capitainerie et au pied du ponton B. En cas d'urgence en mer, appelez le CROSS par VHF canal 16 ou au 196 ;
au port, composez le 112 et prévenez la capitainerie. La nuit, les pontons peuvent être glissants : portez
un gilet et des chaussures adaptées, surtout en regagnant votre bord.

## Environnement

Porz-Glas est labellisé Pavillon bleu et certifié « Ports propres ». Triez vos déchets aux points de collecte,
déposez les déchets dangereux à l'écopoint de la zone technique et ne rejetez rien dans le bassin. Du
1er avril au 31 août, le débarquement est interdit sur la flèche de Porz-Glas pour protéger la nidification
des gravelots et des sternes.

## Découvrir les environs

Depuis le port, le sentier côtier mène en 40 minutes à la pointe de Beg an Aod, par la plage de Kerhuel.
Attention : en raison de l'érosion de la falaise, le sentier a été dévié sur plusieurs tronçons ; respectez
les déviations et ne vous approchez pas du rebord. La vedette de Molenez vous emmène sur l'île en
25 minutes ; l'office de tourisme, situé sur le quai, propose les horaires et des idées de balades. Le
marché du dimanche matin et la criée de Port-Kerhallec, ouverte aux visites en été, valent le détour.

## Météo et marées

Le bulletin météorologique côtier est affiché chaque matin à la capitainerie et diffusé sur le canal 9 à
8 h 15 et 18 h 15 en saison. Les horaires de marée de Port-Kerhallec, port de référence, s'appliquent à
Porz-Glas avec une correction de 5 minutes. Les annuaires sont gratuits à la capitainerie.

## Accessibilité

Le ponton D dispose d'une passerelle à pente adaptée et de places réservées aux plaisanciers en situation de
handicap. Les sanitaires de la capitainerie sont accessibles. La base nautique prête un fauteuil de mise à
l'eau sur réservation.

## Questions fréquentes

Puis-je laisser mon bateau plusieurs semaines ? Oui, dans la limite de trente nuits consécutives pour une
escale ; au-delà, un contrat saisonnier peut être proposé selon les disponibilités.

Acceptez-vous les animaux ? Oui, tenus en laisse sur les pontons et dans les espaces communs.

Puis-je faire réparer mon bateau ? Le chantier de la zone technique et plusieurs artisans interviennent sur
rendez-vous ; la capitainerie vous communique leurs coordonnées.

Comment obtenir une place à l'année ? En vous inscrivant sur la liste d'attente ; le règlement d'attribution
et la liste anonymisée sont publiés sur ce site.

## Nous contacter

Capitainerie de Porz-Glas — VHF canal 9 — 02 98 00 41 17 — capitainerie.porzglas@cc-penvern.fr.
"""),
)

HTML_PAGES["p137_page_actualites_ports_penvern_decembre.html"] = (
    "Actualités des ports — décembre 2025",
    page("""
# Actualités des ports du Penvern

## Dragage du chenal de Porz-Glas : les travaux démarrent le 2 février

Le marché a été attribué à la société Atlantique Dragage Travaux Maritimes. Les sédiments propres serviront
au rechargement de la plage de Kerhuel.

## Nouveau règlement d'attribution des places

Adopté le 11 décembre, il supprime la transmission des places avec la vente des bateaux.

## La criée ouvre une chambre froide négative

Les travaux démarreront en mars 2026 pour une mise en service à l'automne.
"""),
)

HTML_PAGES["p138_faq_liste_attente_contrats_annuels.html"] = (
    "FAQ — liste d'attente des ports de plaisance",
    page("""
# Liste d'attente : vos questions

## Comment m'inscrire ?

En remplissant le formulaire en ligne ou à la capitainerie, pour un port et une catégorie de longueur. Des
frais annuels de 35 € sont demandés.

## Dois-je renouveler ma demande ?

Oui, chaque année en janvier ; sans renouvellement, la demande est radiée après une relance.

## Puis-je connaître mon rang ?

Oui : la liste anonymisée est publiée chaque année et vous pouvez y retrouver votre numéro de dossier.

## Les places sont-elles attribuées hors rang ?

Dans des cas limités prévus par le règlement : professionnels du nautisme, associations, places adaptées
pour les personnes titulaires de la carte mobilité inclusion. Ces attributions sont présentées chaque année
au conseil portuaire.
"""),
)

HTML_PAGES["p139_calendrier_evenements_nautiques_2026.html"] = (
    "Calendrier des événements nautiques 2026",
    page("""
# Événements nautiques 2026 sur le littoral du Penvern

- 7 et 14 mars : formation aux premiers secours en mer (Saint-Envel).
- 14 juin : fête du port de Porz-Glas.
- 11 et 12 juillet : régate du Penvern.
- 2 août : Pardon des marins et bénédiction de la mer à Port-Kerhallec.
- 22 et 23 août : rassemblement de vieux gréements à Porz-Glas.
- 19 septembre : nettoyage des fonds du port avec les clubs de plongée.
- 6 décembre : fête de la coquille à Port-Kerhallec.
"""),
)

HTML_PAGES["p140_page_horaires_marees_decembre_porz_glas.html"] = (
    "Horaires des marées — décembre 2025",
    page("""
# Marées à Porz-Glas — semaine du 15 au 21 décembre 2025

Heures légales, hauteurs en mètres. Correction appliquée par rapport à Port-Kerhallec : +5 minutes.

- Lundi 15 : PM 04 h 47 (5,95 m) et 17 h 09 (5,80 m) ; BM 10 h 58 (1,40 m) et 23 h 20 (1,45 m) ; coef. 72.
- Mardi 16 : PM 05 h 28 (6,20 m) et 17 h 51 (6,05 m) ; coef. 79.
- Mercredi 17 : PM 06 h 09 (6,40 m) et 18 h 32 (6,25 m) ; coef. 85.
- Jeudi 18 : PM 06 h 50 (6,55 m) et 19 h 13 (6,35 m) ; coef. 89.
- Vendredi 19 : PM 07 h 31 (6,60 m) et 19 h 55 (6,40 m) ; coef. 90.
- Samedi 20 : PM 08 h 13 (6,50 m) et 20 h 38 (6,30 m) ; coef. 88.
- Dimanche 21 : PM 08 h 57 (6,35 m) et 21 h 23 (6,10 m) ; coef. 83.

Ces horaires sont donnés à titre indicatif et ne peuvent pas être utilisés pour la navigation.
"""),
)

HTML_PAGES["p141_page_projet_kerhuel_plage_2035.html"] = (
    "Kerhuel-Plage 2035 — le projet de recomposition",
    page("""
# Kerhuel-Plage 2035 : adapter le littoral au recul du trait de côte

## Pourquoi un projet à Kerhuel ?

La falaise meuble de Kerhuel recule en moyenne de 0,45 à 0,80 mètre par an dans sa partie nord, avec des
glissements brutaux lors des hivers tempétueux. Le cordon dunaire recule lui aussi, de plus en plus vite
depuis le début des années 2000. Les études scientifiques montrent que 27 logements du quartier de
Kerhuel-Plage se trouvent dans la zone exposée au recul à l'horizon de trente ans et que 74 logements
pourraient être concernés d'ici 2100. Construire un enrochement ne ferait que déplacer le problème : la plage
disparaîtrait et l'érosion s'accélérerait au sud.

## Les grandes étapes

- 2022-2025 : études, concertation, stratégie locale et carte d'exposition.
- Septembre 2025 : approbation par le conseil communautaire.
- Octobre 2025 : signature du projet partenarial d'aménagement avec l'État, la commune, le département et
l'établissement public foncier.
- 2026 : estimations, premières acquisitions amiables, permis d'aménager du quartier de Park an Dour.
- 2027-2030 : démolitions progressives, renaturation du front de mer, recul du sentier côtier.
- À partir de 2028 : premiers logements à Park an Dour.

## Pour les habitants

Un accompagnement personnalisé est proposé à chaque ménage : rendez-vous individuels, permanence mensuelle en
mairie de Saint-Envel, fonds d'aide au déménagement, priorité d'accès aux terrains et logements du nouveau
quartier. Les informations personnelles confiées restent confidentielles.

## Le nouveau quartier de Park an Dour

32 lots à bâtir, 12 logements en petit collectif dont 6 logements sociaux, un verger partagé, une liaison
douce vers le bourg. Situé à plus de 20 mètres d'altitude et hors de toute zone exposée à l'horizon 2100.

## Et le front de mer ?

Les terrains libérés seront renaturés : lande, prairie littorale, cheminements légers. Le Conservatoire du
littoral pourrait en assurer la gestion. La plage restera accessible à tous.

## Le financement

14,6 millions d'euros sur quinze ans, financés par l'État (fonds de prévention des risques naturels majeurs et
fonds vert), la région, le département et la communauté de communes.

## Documents à télécharger

Stratégie locale de gestion intégrée du trait de côte ; carte locale d'exposition ; délibérations de
septembre et décembre 2025 ; compte rendu de la réunion publique du 4 novembre 2025 ; résumé de l'étude
hydro-sédimentaire.

## Questions fréquentes

Ma maison est dans la zone à 30 ans : dois-je partir tout de suite ? Non. Personne ne sera contraint de
partir tant que la sécurité est assurée. Les acquisitions amiables seront proposées progressivement, en
commençant par les maisons les plus proches du rebord de la falaise.

Comment est fixé le prix ? À partir de l'estimation du service des domaines, en tenant compte de la durée de
vie résiduelle du bien, comme la loi le prévoit. Chaque propriétaire reçoit une explication détaillée lors
d'un rendez-vous individuel et peut se faire accompagner.

Je suis locataire : que va-t-il se passer ? Vous bénéficiez du même accompagnement et d'une priorité pour un
relogement dans le parc social du bourg ou du futur quartier.

Puis-je encore faire des travaux ? Les travaux d'entretien et les extensions limitées restent possibles ;
les constructions nouvelles sont interdites dans la zone à trente ans.

Que deviendra le sentier côtier ? Il sera reculé au fur et à mesure, pour rester sûr et continu.

## Suivre l'évolution du trait de côte

Les résultats de l'observatoire communautaire, mis à jour chaque semestre à partir des levés par drone, sont
consultables sur le géoportail. Vous pouvez aussi devenir « sentinelle du littoral » : photographier chaque
mois un point fixe et partager vos observations. Inscription auprès du service trait de côte.

## Calendrier des prochaines réunions

Comité des habitants : 22 janvier 2026 à 18 h 00, mairie de Saint-Envel. Réunion publique : juin 2026.
Commission sociale du fonds d'accompagnement : 15 janvier 2026. Comité de pilotage : mars 2026. Les comptes
rendus publics sont mis en ligne sur cette page.

## Contact

kerhuel2035@cc-penvern.fr — permanence en mairie de Saint-Envel le premier mercredi du mois, de 14 h à 17 h.
"""),
)

HTML_PAGES["p142_page_avis_attribution_refit_vedette_kastell.html"] = (
    "Avis d'attribution — refit de la vedette Kastell",
    page("""
# Avis d'attribution — marché n° 2025-PORT-14

Objet : remise en état de la vedette de servitude portuaire « Kastell ». Procédure adaptée. Offres reçues : 3.

Attributaire : Chantiers navals Riou-Benali (Port-Kerhallec). Montant : 59 510,00 € HT, soit 71 412,00 € TTC.
Date d'attribution : 24 octobre 2025. Durée d'exécution : 9 semaines.

Critères : prix (50 %), valeur technique (40 %), délai (10 %). Le marché peut être consulté sur demande dans le
respect des secrets protégés par la loi. Recours : tribunal administratif de Rennes.
"""),
)

HTML_PAGES["p143_page_snsm_devenir_benevole_saint_envel.html"] = (
    "Devenir bénévole à la station SNSM de Saint-Envel",
    page("""
# Rejoignez l'équipage !

La station SNSM de Saint-Envel recrute des bénévoles : canotiers, mécaniciens, radios, mais aussi des
bénévoles à terre pour la boutique, la communication et la logistique.

## Conditions

- Avoir au moins 18 ans pour embarquer (16 ans pour les activités à terre).
- Être disponible pour l'alerte, de jour comme de nuit, au moins une semaine par mois.
- Être reconnu apte par le médecin de la station.
- Suivre la formation initiale (environ 10 jours répartis sur l'année).

Aucune expérience de la mer n'est exigée au départ. Réunion d'information le premier samedi de chaque mois à
10 h à la station.
"""),
)

HTML_PAGES["p144_page_recrutement_medecin_gens_de_mer.html"] = (
    "Recrutement — médecin des gens de mer",
    page("""
# Le service de santé des gens de mer recrute un(e) médecin à mi-temps à Port-Kerhallec

Missions : visites d'aptitude médicale des marins et des candidats aux formations maritimes, suivi des marins
présentant des pathologies chroniques, actions de prévention (addictions, troubles musculo-squelettiques,
audition, sommeil), participation à la commission médicale régionale d'aptitude.

Profil : docteur en médecine inscrit à l'Ordre ; formation en médecine du travail ou en médecine maritime
appréciée ; intérêt pour le monde maritime.

Candidatures avant le 31 janvier 2026.
"""),
)

HTML_PAGES["p145_page_signaler_pollution_port.html"] = (
    "Signaler une pollution dans un port",
    page("""
# Vous constatez une pollution ?

- Dans un port : appelez la capitainerie (VHF canal 9 à Porz-Glas, canal 12 à Port-Kerhallec).
- En mer ou en dehors des heures d'ouverture : CROSS Penlan, VHF canal 16 ou 196.
- Sur une plage : mairie de la commune.

Précisez le lieu, l'heure, l'aspect (irisation, nappe, mousse, déchets), l'étendue estimée et, si possible,
prenez une photo. Ne touchez pas les produits. Les auteurs de rejets identifiés font l'objet de poursuites et
doivent rembourser les frais de nettoyage.
"""),
)

HTML_PAGES["p146_page_compte_rendu_sommaire_conseil_novembre.html"] = (
    "Conseil communautaire du 27 novembre 2025 — compte rendu sommaire",
    page("""
# Conseil communautaire du 27 novembre 2025 — compte rendu sommaire

Affiché au siège de la communauté de communes et publié sur le site internet dans la semaine suivant la
séance. Présents : 33 conseillers ; pouvoirs : 3. Président de séance : M. Hervé Lannuzel.

## Finances

Débat d'orientation budgétaire 2026 : le conseil prend acte de la tenue du débat sur la base du rapport
d'orientations budgétaires du budget principal et des budgets annexes, dont ceux des ports. Le groupe « Penvern
en commun » a regretté le niveau d'endettement du budget du port de pêche ; le groupe « Rassemblement pour nos
communes » a demandé une présentation détaillée des coûts de la sûreté du terminal roulier.

Décision modificative n° 3 du budget principal : adoptée (pour 31, contre 0, abstentions 5).

## Ports et littoral

Tarifs des ports de plaisance pour 2026 : adoptés (pour 34, abstentions 3).

Exonération temporaire de la redevance d'équipement du port de pêche pour les entreprises de pêche, face à la
hausse du gazole : adoptée à l'unanimité.

Convention de partenariat avec la SNSM pour la station de Saint-Envel (2026-2028) : adoptée à l'unanimité.

Création d'un poste d'agent de sûreté de l'installation portuaire à temps plein et d'un poste d'agent de
sûreté : adoptée (pour 30, contre 3, abstentions 3).

## Environnement

Plan d'action pour la qualité des eaux portuaires 2025-2028 : adopté à l'unanimité.

Demande de subvention à l'agence de l'eau pour la mise aux normes de l'aire de carénage de Porz-Glas :
adoptée à l'unanimité.

## Action sociale et santé

Subvention de 6 000 € à la Maison des gens de mer pour le programme de soutien psychologique « Tenir la
barre » : adoptée à l'unanimité.

Participation de 4 000 € à la campagne de prévention des chutes à la mer conduite par le comité des pêches :
adoptée à l'unanimité.

## Ressources humaines

Mise à jour du tableau des effectifs ; recrutement de saisonniers pour la surveillance des plages 2026 (38
sauveteurs) ; adhésion au service de médiation préalable obligatoire du centre de gestion : adoptés à
l'unanimité.

## Aménagement et habitat

Programme local de l'habitat : bilan à mi-parcours présenté ; 212 logements produits depuis 2022, dont 31 %
de logements sociaux ; le conseil prend acte. Dispositif intercommunal de logement des travailleurs
saisonniers : reconduction de la convention avec le lycée maritime pour l'hébergement estival dans
l'internat (48 lits) ; adoptée à l'unanimité.

## Mobilités

Convention avec le département pour la desserte de l'île de Molenez : avenant fixant les tarifs 2026 de la
vedette (aller-retour résident 6,40 €, non-résident 18 €) ; adoptée à l'unanimité. Navette estivale entre
Port-Kerhallec, Porz-Glas et la plage de Kerhuel : reconduction en 2026 ; adoptée à l'unanimité.

## Tourisme

Taxe de séjour 2026 : tarifs inchangés ; adoptée (pour 33, abstentions 3). Subvention à l'office de tourisme
pour l'organisation des visites de la criée en juillet et août : adoptée à l'unanimité.

## Administration générale

Rapport annuel sur la situation en matière d'égalité entre les femmes et les hommes : présenté ; le conseil
prend acte. Modification du règlement intérieur du conseil pour permettre la retransmission des séances en
direct sur internet : adoptée (pour 35, abstention 1).

## Désignations

Désignation des représentants de la communauté de communes au conseil portuaire du port de pêche pour le
mandat 2026-2031 : M. Gaël Tanguy, Mme Soazig Le Reun, M. Olivier Kerguelen et Mme Christelle Marec ; adoptée
à l'unanimité.

## Motion

Motion relative à l'assurabilité des biens exposés au recul du trait de côte, demandant au Parlement la
création d'un dispositif d'indemnisation : adoptée (pour 32, contre 1, abstentions 3).

## Questions orales

M. Pierre Salaün a interrogé le président sur le calendrier des acquisitions à Kerhuel-Plage ; le président a
rappelé que les premières propositions seraient faites à partir d'avril 2026. Mme Christelle Marec a
interrogé le président sur les vols de moteurs hors-bord au port de Porz-Glas ; le vice-président chargé des
ports a indiqué que la vidéoprotection serait étendue en 2026.

La séance a été levée à 22 h 40. Les délibérations sont consultables au siège et sur le site internet.
"""),
)

HTML_PAGES["p147_page_pecheurs_calendrier_licences_2026.html"] = (
    "Pêcheurs professionnels — calendrier des licences 2026",
    page("""
# Calendrier des licences de pêche 2026 — Morlenn

- Licences crustacés : dépôt des demandes de renouvellement avant le 15 décembre 2025.
- Licences coquilles Saint-Jacques : campagne du 1er octobre au 15 mai ; demandes avant le 31 juillet.
- Licences bar de ligne : dépôt avant le 31 janvier 2026.
- Permis de pêche à pied professionnelle : renouvellement avant le 1er mars 2026.

Les dossiers incomplets ne sont pas examinés. Commission des licences : chaque deuxième jeudi du mois.
"""),
)

HTML_PAGES["p148_page_handiplage_kerhuel_accessibilite.html"] = (
    "Plages accessibles — Handiplage",
    page("""
# Se baigner quand on est en situation de handicap

La plage de Kerhuel est labellisée pour les handicaps moteur, visuel et auditif. En juillet et août, de
11 h 00 à 19 h 00, les sauveteurs accompagnent la mise à l'eau grâce à deux fauteuils amphibies (sur
réservation au poste de secours). Un tapis d'accès, des sanitaires et une douche adaptés, des places de
stationnement réservées et une boucle magnétique au poste de secours sont à votre disposition. Les chiens
guides sont admis sur la plage.
"""),
)

HTML_PAGES["p149_page_association_amarrage_prevention_addictions.html"] = (
    "Association Amarrage — prévention des addictions en milieu maritime",
    page("""
# Amarrage : parler de l'alcool et des drogues, entre gens de mer

Créée par d'anciens marins, des soignants et des familles, l'association propose une permanence anonyme et
gratuite le mardi matin au quai des Pêcheurs, une ligne d'écoute pour les proches et des interventions au lycée
maritime.

## Vous vous reconnaissez ?

- Vous buvez pour tenir pendant les marées ou pour décompresser au retour.
- Vous avez déjà pris de la cocaïne pour rester éveillé à bord.
- Un proche s'inquiète de votre consommation.

Venez en parler. Rien n'est transmis à votre patron ni à l'administration. Les professionnels qui vous
reçoivent sont tenus au secret.
"""),
)

HTML_PAGES["p150_page_regles_securite_visiteurs_port_peche.html"] = (
    "Visiter le port de pêche en sécurité",
    page("""
# Visiteurs : le port de pêche est un lieu de travail

Vous êtes les bienvenus sur les quais publics du port de Port-Kerhallec. Pour votre sécurité et celle des
professionnels :

- ne franchissez pas les clôtures et les portails : le terminal roulier est une zone d'accès restreint
surveillée ;
- tenez-vous à distance des engins de manutention et des grues ;
- ne montez pas à bord des navires sans y être invité ;
- tenez les enfants par la main près du bord à quai ;
- signalez tout comportement suspect ou tout colis abandonné à la capitainerie.

Visites guidées de la criée en juillet et août, le mardi et le jeudi à 6 h 30, sur inscription à l'office de
tourisme.
"""),
)


def main() -> None:
    write_set(OUT, DOCX_BLOCKS, HTML_PAGES, FIXED)
    print(f"{len(DOCX_BLOCKS)} .docx and {len(HTML_PAGES)} .html written to {OUT}")


if __name__ == "__main__":
    main()
