# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev7 set of the personal-data leak benchmark (``corpus/dev7``): documents and labels.

Same conventions as ``build_files.py`` and ``build_dev2_files.py`` (whose ``build_set`` it uses): a
personal value is written ``⟦kind:text⟧`` with the short kind keys of ``KINDS``, an official acting in
his function kept in clear ``⟦off:text⟧``; the script writes the files without the marks and their
lines in ``corpus/dev7/labels.jsonl``, and checks that every label is a substring of its document.
Kinds used: person, address, phone, email, identifier (any number a person holds: transport, fishing
and hunting cards, reader and member numbers, boat registrations, herd and ear-tag numbers, card and
contract numbers, passports, professional cards), plate, birth_date, birth_place (the town, village or
country a person was born in), age, siret (of a sole trader), iban, nir, cadastre (a parcel owned by a
private person) and other (a social-network handle or a personal web site).

dev7 was written by an independent author who read only the mark syntax and the build helpers, not
the recognizers, the anonymizer, the verification, the tests, the documentation or the other sets'
documents and labels, and who did not run the pipeline on it. Its 60 documents (40 .txt, 10 .html,
10 .docx) are the papers of a département, a région and intercommunal syndicates: school transport
and colleges, roads and snow clearing, ports and marinas, museums and archives (reading-room
registers, donations, deposits, oral history), forests and firewood, hunting and fishing, tourism
(gîtes, campsites, guides), cultural grants and residencies for individual artists, a regional train
users' committee, a volunteer firefighters' open day, sports-hall bookings, agricultural fairs, a
cycle-route survey with its respondents' comments, an archaeological dig's volunteers, a bus
station's lost and found. The values come in the shapes people write them: names of every origin
and script, in "NAME First" order, in capitals or lower case, as initials, nicknames, titles, in
signatures, quoted e-mail headers and table cells; addresses rural, described, abbreviated, foreign,
split over lines; phones of several countries and groupings; e-mails plain and disguised; numbers a
person holds with or without their label; plates of several countries and eras; birth dates, birth
places and ages in passing. Officials acting in their function are kept in clear. Every document is
meant to be published once anonymized (route public): none holds a sensitive fact (no health,
offence, social aid, religion or family conflict).

Run: PYTHONPATH=include .venv/bin/python bench/pii/build_dev7_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev7"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["u01_lettre_arret_transport_scolaire.txt"] = """
⟦p:Nolwenn⟧ et ⟦p:Tangi Le Bihan-Cadiou⟧
⟦a:Lieu-dit Kerhuel Vihan⟧
⟦a:29410 Pleyber-Christ⟧
⟦t:06 71 28 45 93⟧ / ⟦e:tangi.lbc@laposte.net⟧

Région Bretagne
Direction des transports et des mobilités — Antenne de Morlaix
Service des transports scolaires

Pleyber-Christ, le 2 septembre 2025

Objet : demande de création d'un point d'arrêt — ligne scolaire 29-214

Madame, Monsieur,

Notre fils ⟦p:Erwan⟧ (né le ⟦bd:11/05/2013⟧), élève de 5e au collège du Château à Morlaix, est inscrit sur la ligne 29-214 (carte BreizhGo n° ⟦id:2913 5547 0082⟧). Le point d'arrêt le plus proche, « Croix-Neuve », est à 2,3 km de notre maison, par une départementale sans accotement.

Trois autres enfants du hameau prennent le même car : les deux filles de nos voisins, ⟦p:M. et Mme Ollivier⟧ (⟦a:au n° 4 de Kerhuel⟧), et le petit ⟦p:Mathis Guéguen⟧ qui habite ⟦a:la maison aux volets bleus juste après le lavoir⟧. Les familles sont d'accord pour un arrêt commun devant le lavoir, où le car peut faire demi-tour sur l'aire de la coopérative ; ⟦p:Mme Ollivier⟧ (⟦t:07 68 12 90 34⟧) peut vous le confirmer.

Nous vous remercions de l'attention que vous porterez à cette demande et restons disponibles pour une visite sur place.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

⟦p:Tangi Le Bihan⟧

---
Réponse transmise le 19 septembre 2025 par ⟦off:Mme Gaëlle Morvan⟧, responsable de l'antenne de Morlaix : l'arrêt « Lavoir de Kerhuel » est créé à compter du 6 octobre 2025 ; le transporteur a validé le demi-tour.
"""

TXT["u02_registre_salle_lecture_archives.txt"] = """
ARCHIVES DÉPARTEMENTALES DE LA VIENNE — SALLE DE LECTURE
Registre des présences — semaine du 13 au 17 octobre 2025 (extrait publié dans le rapport annuel, rubrique « qui sont nos lecteurs »)

Date  | N° lecteur | Nom, prénom | Adresse déclarée | Objet de la recherche
13/10 | ⟦id:L-2019-0387⟧ | ⟦p:DUBREUIL Michèle⟧ | ⟦a:14 rue du Four, 86000 Poitiers⟧ | Généalogie famille ⟦p:Dubreuil⟧, Lusignan, XVIIIe s.
13/10 | ⟦id:L-2025-1102⟧ | ⟦p:Nguyễn Thị Lan⟧ | ⟦a:5 allée des Tilleuls, 86180 Buxerolles⟧ | Cadastre napoléonien de Buxerolles (mémoire de master)
14/10 | ⟦id:L-2008-0041⟧ | ⟦p:de La Villemarqué Hervé⟧ | ⟦a:Château de la Roche, 86340 Nieuil-l'Espoir⟧ | Fonds de la seigneurie de la Roche
14/10 | ⟦id:L-2025-1115⟧ | ⟦p:Okonkwo Chidi⟧ | ⟦a:Flat 3, 22 Hamilton Road, Reading RG1 5RA, UK⟧ | Registres matricules, classe 1912
15/10 | ⟦id:L-2021-0764⟧ | ⟦p:BERTHOMÉ J.-Cl.⟧ | ⟦a:La Grande Métairie, 86320 Lhommaizé⟧ | Moulins de la Vienne
15/10 | ⟦id:L-2025-1118⟧ | ⟦p:Ferreira da Costa Rui⟧ | ⟦a:Rua de Cedofeita 212, 4050-174 Porto (Portugal)⟧ | Émigration portugaise, 1960-1975 (recensements)
16/10 | ⟦id:L-2019-0387⟧ | ⟦p:DUBREUIL Michèle⟧ | (idem) | suite
16/10 | ⟦id:L-2024-0955⟧ | ⟦p:Mlle Sarah-Lou Piveteau⟧ | ⟦a:3 bis chemin de la Garenne, 86130 Jaunay-Marigny⟧ | Exposé de 3e sur le camp de la route de Limoges
17/10 | ⟦id:L-2025-1121⟧ | ⟦p:Wojciechowski, Tomasz⟧ | ⟦a:ul. Długa 17/4, 80-827 Gdańsk⟧ | Mineurs polonais de la Vienne

Les lecteurs ont accepté que leur nom figure dans le rapport. Président de salle cette semaine : ⟦off:M. Antoine Rivalland⟧, chargé d'études documentaires.
"""

TXT["u03_courriel_archives_reproduction.txt"] = """
De : ⟦p:Josée Bélanger-Thibodeau⟧ <⟦e:josee.belanger.thibodeau@videotron.ca⟧>
À : archives@departement86.fr
Date : jeu. 6 nov. 2025 à 22:47
Objet : Re: Demande de reproduction — registres de Vouneuil-sous-Biard

Bonjour Monsieur ⟦off:Rivalland⟧,

Merci infiniment pour votre réponse si rapide. Je confirme la commande des six clichés (actes de 1702 à 1711) pour la famille de mon ancêtre ⟦p:Pierre Thibodeau⟧, parti pour l'Acadie. Le paiement se fera par carte ; vous pouvez m'appeler au ⟦t:+1 (418) 555-0147⟧ en après-midi (heure de Québec), ou au ⟦t:1-581-555-0192⟧ (cellulaire).

Pour l'envoi postal du tirage papier :
⟦p:Josée Bélanger-Thibodeau⟧
⟦a:1245, rue des Érables, app. 3⟧
⟦a:Québec (Québec) G1R 2K6⟧
⟦a:Canada⟧

Mon numéro de lectrice à distance est le ⟦id:LD-2025-0318⟧. Mon cousin ⟦p:Réal Thibodeau⟧, de ⟦a:Moncton⟧, vous a écrit l'an passé pour la même lignée ; vous pouvez lui répondre en copie (⟦e:realthibo@rogers.com⟧).

Bien cordialement,
⟦p:Josée⟧

⟦p:JOSÉE BÉLANGER-THIBODEAU⟧
Société généalogique de l'Est du Québec — membre n° ⟦id:4471⟧

Le mer. 5 nov. 2025 à 10:12, ⟦off:Antoine Rivalland⟧ <archives@departement86.fr> a écrit :
> Madame,
> Les registres paroissiaux de Vouneuil-sous-Biard pour 1700-1715 sont numérisés (cote 9 E 331/2).
> Le tarif des reproductions est joint. Bien cordialement,
> ⟦off:A. Rivalland⟧, Archives départementales de la Vienne
"""

TXT["u04_lettre_deneigement_acces_ferme.txt"] = """
GAEC des Hauts de Chaudeyrolles
⟦p:Rémi Chapuis⟧ et ⟦p:Odile Chapuis-Mounier⟧
⟦a:Les Hauts, route du Mézenc⟧
⟦a:43550 Saint-Front⟧
Tél. ferme ⟦t:04.71.59.22.68⟧ — portable ⟦p:Rémi⟧ ⟦t:06.84.31.07.52⟧

À l'attention du Centre d'exploitation routière d'Yssingeaux
Département de la Haute-Loire

Saint-Front, le 24 novembre 2025

Monsieur le chef de centre,

Comme chaque hiver, nous vous demandons de bien vouloir inscrire la voie d'accès à notre ferme (VC 12, depuis la RD 39 jusqu'au hameau des Hauts) dans le circuit de déneigement prioritaire : le camion de la laiterie passe tous les deux jours (collecte n° ⟦id:43 224 017⟧) et notre cheptel est enregistré sous le n° ⟦id:FR 43 224 017⟧.

L'an dernier, c'est notre voisin ⟦p:Fernand Roux⟧, dit « ⟦p:le Fernand des Sagnes⟧ », qui a ouvert la route avec son tracteur (⟦pl:AZ-417-QT⟧) en attendant la saleuse ; il est prêt à recommencer si une convention peut être signée avec lui. On le joint le soir au ⟦t:04 71 59 14 03⟧.

Pour tout passage de la fraise à neige, la clé du portail est chez ⟦p:Mme Blanc⟧, ⟦a:la dernière maison en pierre avant la croix⟧.

Avec nos remerciements,

Pour le GAEC,
⟦p:R. Chapuis⟧

Copie : ⟦off:M. Jean-Pierre Vigier⟧, maire de Saint-Front
"""

TXT["u05_reclamation_gravillons_pare_brise.txt"] = """
Département de la Côte-d'Or — Direction des routes — Cellule des réclamations
Dossier n° RD-2025-0612 (reçu le 18 juillet 2025)

Déclarant : ⟦p:Mme Marie-Thérèse Vuillemin-Goux⟧
Adresse : ⟦a:7, Grande Rue⟧ — ⟦a:21320 Pouilly-en-Auxois⟧
Téléphone : ⟦t:03 80 90 71 28⟧ (domicile), ⟦t:06 22 84 09 61⟧ (mobile)
Courriel : ⟦e:mt.vuillemin21@gmail.com⟧
Véhicule : Peugeot 2008 gris immatriculé ⟦pl:FK-284-RB⟧
Assureur : MAAF, contrat ⟦id:153 248 771 R 001⟧, sinistre ⟦id:25-0718-44391⟧

Faits déclarés : le 16 juillet vers 17 h, sur la RD 981 entre Pouilly et Vandenesse, juste après le chantier d'enduit superficiel, un camion venant en sens inverse a projeté des gravillons ; le pare-brise est fendu sur 30 cm. Le chantier n'était plus signalé (panneaux « gravillons » déposés le matin même selon la déclarante). Passager : son petit-fils ⟦p:Lucas Goux⟧, ⟦ag:17 ans⟧.

Témoin : ⟦p:M. Aurélien Pernot⟧, qui la suivait (Renault Trafic ⟦pl:EH 512 TZ⟧), joignable au ⟦t:07.81.45.93.20⟧.

Suite donnée : le Département ne retient pas sa responsabilité, la signalisation temporaire ayant été déposée après balayage (procès-verbal de fin de chantier du 16 juillet, 11 h 40). Courrier de réponse signé par ⟦off:M. Hervé Desbois⟧, chef du service entretien et exploitation, le 2 août 2025.
"""

TXT["u06_cr_comite_usagers_ligne_ter.txt"] = """
COMITÉ DE LIGNE TER CLERMONT-FERRAND — AURILLAC (via Neussargues)
Compte rendu de la réunion publique du 27 janvier 2026, salle polyvalente de Murat

Pour la Région : ⟦off:Mme Isabelle Crozatier⟧, vice-présidente chargée des transports ; ⟦off:M. Nabil Haddad⟧, chef de projet ligne.
Pour SNCF Voyageurs : ⟦off:M. Olivier Chambon⟧, directeur de ligne ; ⟦off:Mme Claire Verdier⟧, responsable de la relation clients.
Pour l'association des usagers « Ligne des Volcans » : ⟦p:Gérard Lavergne⟧ (président), ⟦p:Aminata Sow⟧ (secrétaire), ⟦p:Baptiste Roux-Delpeuch⟧.
Une quarantaine d'usagers dans la salle.

1. Horaires de service annuel 2026
⟦p:M. Lavergne⟧ rappelle que le train de 6 h 52 au départ de Murat est le seul qui permette d'arriver à Clermont avant 8 h 30. ⟦off:M. Chambon⟧ confirme son maintien.

2. Interventions de la salle
- ⟦p:Mme Jacqueline Fabre⟧, de ⟦a:Lavigerie⟧, abonnée depuis 2004 (carte ⟦id:OÙRA 0041 7783 2291⟧), demande un abri sur le quai de Neussargues.
- ⟦p:Kevin⟧, étudiant, ⟦ag:19 ans⟧, qui vient chaque week-end de ⟦a:Dienne⟧ : « le car de substitution du dimanche soir ne prend pas les vélos ».
- ⟦p:M. Serge Tourlonias⟧ (« ⟦p:Serge du PN 47⟧ », habitant ⟦a:la maison de garde-barrière de Chalinargues⟧) signale que le passage à niveau reste fermé plusieurs minutes sans train.
- ⟦p:Mlle Ophélie Béal⟧ propose une correspondance avec la ligne de car vers Allanche ; elle laisse ses coordonnées pour le groupe de travail : ⟦e:ophelie.beal@laposte.net⟧, ⟦t:06 48 17 22 90⟧.

3. Groupe de travail « intermodalité »
Composé de ⟦p:Aminata Sow⟧, ⟦p:Ophélie Béal⟧, ⟦p:Jean Couderc⟧ (maire honoraire de Chalinargues, présent à titre personnel) et de ⟦off:M. Haddad⟧ pour la Région. Prochaine réunion le 10 mars 2026.

Compte rendu rédigé par ⟦p:Aminata Sow⟧, relu par ⟦off:Nabil Haddad⟧.
"""

TXT["u07_petition_train_7h12.txt"] = """
PÉTITION — MAINTIEN DU TER DE 7 h 12 ENTRE LISIEUX ET CAEN
Remise au Conseil régional de Normandie le 3 février 2026 par le comité des usagers de la ligne Paris — Caen (section Pays d'Auge)

Nous, usagers soussignés, demandons le maintien de l'arrêt à Mézidon du train de 7 h 12 au service 2026.

N° | Nom Prénom | Commune | Contact (facultatif) | Signature
1 | ⟦p:LECOQ Bernadette⟧ | ⟦a:Mézidon Vallée d'Auge⟧ | ⟦e:b.lecoq14@orange.fr⟧ | signé
2 | ⟦p:Hamidou Traoré⟧ | ⟦a:Saint-Pierre-en-Auge⟧ | — | signé
3 | ⟦p:van der Berg, Pieter⟧ | ⟦a:Crèvecœur-en-Auge⟧ | ⟦t:+31 6 4871 2290⟧ | signé
4 | ⟦p:Duval⟧ (illisible) | ⟦a:Lisieux⟧ | — | paraphe
5 | ⟦p:Marie-Anne & Christophe Lemonnier⟧ | ⟦a:Le Mesnil-Mauger⟧ | ⟦t:02 31 20 55 17⟧ | signé ×2
6 | ⟦p:Ilyès Benaïssa⟧ | ⟦a:Caen⟧ | ⟦e:ilyes.benaissa@etu.unicaen.fr⟧ | signé
7 | ⟦p:ANGOT R.⟧ | ⟦a:Percy-en-Auge⟧ | — | signé
8 | ⟦p:lou-anne marie⟧ | ⟦a:Mézidon⟧ | ⟦o:@louanne_mzd⟧ (Instagram) | signé
9 | ⟦p:Grégoire de Saint-Pol⟧ | ⟦a:Manoir de la Pipardière, Livarot⟧ | — | signé
10 | ⟦p:Catherine Oussedik⟧ | ⟦a:Magny-le-Freule⟧ | ⟦t:0623781140⟧ | signé
… (312 signatures au total, dont 188 en ligne)

Porte-parole : ⟦p:Bernadette Lecoq⟧, ⟦a:11 rue de la Gare, 14270 Mézidon Vallée d'Auge⟧, ⟦t:02.31.42.07.93⟧.
Pétition reçue par ⟦off:M. Hubert Dejean de la Bâtie⟧, vice-président de la Région chargé des mobilités.
"""

TXT["u08_enquete_veloroute_commentaires.txt"] = """
VÉLOROUTE DE LA VALLÉE DU LOT — ENQUÊTE AUPRÈS DES USAGERS (été 2025)
Syndicat mixte du Pays de Figeac et Département du Lot
Annexe 3 : verbatim des répondants ayant accepté d'être cités (réponses non corrigées)

R-014 — ⟦p:Hélène⟧, ⟦ag:58 ans⟧, ⟦a:Cajarc⟧
« Le tronçon entre Cajarc et Larnagol est superbe mais la traversée de la RD 662 au niveau du pont est dangereuse. »

R-027 — ⟦p:Thibault M.⟧, ⟦ag:34 ans⟧, ⟦a:Toulouse⟧ (vacancier)
« Aucun point d'eau sur 25 km. Je laisse mon mail si vous voulez des photos du revêtement : ⟦e:thibault.m31 [at] proton.me⟧ »

R-031 — ⟦p:Famille Schneider-Kowalczyk⟧, ⟦a:Karlsruhe⟧ (Allemagne)
« Wunderschön ! Le camping de Saint-Cirq nous a refusé avec la remorque enfant. » — ⟦p:Jana Schneider⟧, ⟦e:jana.schneider-k@web.de⟧

R-048 — ⟦p:Pépé Jeannot⟧ (⟦p:Jean Lafage⟧, ⟦ag:81 ans⟧), ⟦a:le moulin de Larroque-Toirac⟧
« J'ai vu passer plus de vélos cet été qu'en quarante ans. Il faudrait un banc devant chez moi, au bord du chemin de halage, les gens s'arrêtent toujours là. »

R-052 — anonyme, 45-49 ans (tranche), Figeac
« Balisage insuffisant à la sortie de Figeac, côté Capdenac. »

R-063 — ⟦p:Dr Amel Chérif⟧, ⟦a:Capdenac-Gare⟧
« Je fais Capdenac — Figeac en vélo à assistance électrique tous les jours pour aller au travail. Merci ! Si vous cherchez des volontaires pour un comptage : ⟦t:06 37 02 81 66⟧. »

R-071 — ⟦p:Alexandre « Alex » Delmas⟧, loueur de vélos, Saint-Cirq-Lapopie (SIRET ⟦siret:852 417 396 00014⟧)
« Mes clients me demandent tous la carte. Dépôt possible à la boutique, ⟦a:2 chemin de la Fontaine⟧. »

R-089 — ⟦p:Émilie et Loïc⟧, ⟦ag:29⟧ et ⟦ag:31 ans⟧, ⟦a:Paris⟧
« On reviendra ! »

Synthèse rédigée par ⟦off:Mme Florence Lacombe⟧, chargée de mission mobilités douces au syndicat mixte.
"""

TXT["u09_objets_trouves_gare_routiere.txt"] = """
GARE ROUTIÈRE DE BAYONNE — RÉSEAU RÉGIONAL DE CARS — REGISTRE DES OBJETS TROUVÉS
Mois de décembre 2025 — tenu par l'agent d'accueil (page affichée au guichet, les objets rendus sont barrés)

01/12  Parapluie noir, car 816 (Bayonne — Saint-Jean-Pied-de-Port). Non réclamé.
03/12  Sac de sport bleu, étiquette « ⟦p:Peio Etcheverry⟧ — ⟦t:06 07 45 12 88⟧ ». Rendu le 04/12.
04/12  Carte de transport scolaire n° ⟦id:64-SCO-0097731⟧ au nom de ⟦p:Maddi ARRAMBIDE⟧, collège de Hasparren. Remise au chauffeur de la ligne 811.
07/12  Portefeuille marron : carte d'identité espagnole (DNI ⟦id:72498813K⟧) de ⟦p:Iñaki Goikoetxea Zubiri⟧, domicilié ⟦a:Kale Nagusia 14, 20800 Zarautz⟧. Propriétaire retrouvé par l'office de tourisme de Zarautz ; rendu le 12/12 en mains propres.
09/12  Doudou lapin. Non réclamé.
11/12  Ordinateur portable, autocollant « ⟦e:amaia.larralde@gmail.com⟧ ». Propriétaire prévenue, rendu le 11/12.
15/12  Clés avec porte-clés « Garage Harriet » et clé de voiture Citroën (plaque notée sur le porte-clés : ⟦pl:GB-031-XP⟧).
18/12  Lunettes de vue dans étui au nom de ⟦p:M. J.-B. Haramboure⟧, ⟦a:Maison Elizaldea, 64250 Espelette⟧.
22/12  Téléphone portable Samsung — l'écran de verrouillage affiche « Si trouvé appeler Maman ⟦t:+33 6 58 21 74 09⟧ ». Rendu le 22/12 à ⟦p:Mme Dufau⟧.
29/12  Carnet de croquis signé « ⟦p:xabi.b⟧ », avec une adresse au dos : ⟦a:12 rue Pannecau⟧.

Agent : ⟦off:Mme Pantxika Urruty⟧, accueil gare routière.
"""

TXT["u10_courriel_sac_oublie_car.txt"] = """
Objet : Sac oublié dans le car ligne 815 hier soir !!
De : "⟦p:SANTOS Ana Paula⟧" <⟦e:anapaula.santos.1987@hotmail.fr⟧>
À : objets-trouves@cars-region-nouvelle-aquitaine.fr
Date : lundi 15 décembre 2025 07:58

Bonjour,

j'ai oublié mon sac à dos gris (marque Decathlon) dans le car de 18h40 Bayonne -> Hasparren, vers le fond à gauche. Dedans il y a mon carnet, un chargeur et surtout ma carte de travail (badge ⟦id:ATL-00482⟧) et la carte grise de la voiture de mon mari (⟦p:José Manuel Santos⟧), immatriculée ⟦pl:FS-902-MV⟧.

Je descends à l'arrêt ⟦a:Hasparren — Zelai⟧, j'habite ⟦a:à 50 m, la maison blanche aux volets verts avec le portail en bois⟧. Vous pouvez m'appeler au ⟦t:06.95.41.27.80⟧ (après 17 h) ou au travail ⟦t:05 59 29 60 00 poste 214⟧.

Merci beaucoup !!
⟦p:Ana Paula⟧

--
⟦p:Ana Paula Santos⟧ — ⟦a:Quartier Zelai⟧, ⟦a:64240 Hasparren⟧
Envoyé de mon iPhone

---- réponse ----
Le 15/12/2025 à 09:20, Accueil gare routière a écrit :
Bonjour Madame ⟦p:Santos⟧, votre sac a été rapporté par le chauffeur ; il vous attend au guichet de Bayonne (pièce d'identité demandée). Cordialement, ⟦off:P. Urruty⟧
"""

TXT["u11_lettre_changement_poste_amarrage.txt"] = """
⟦p:Hendrik en Marloes Wijnberg⟧
⟦a:Prinsengracht 714-II⟧
⟦a:1017 LC Amsterdam⟧
⟦a:Nederland⟧
⟦t:+31 20 624 18 73⟧ — ⟦t:+31 (0)6 5140 3398⟧

Syndicat mixte des ports de plaisance du Morbihan
Capitainerie du port de Kernével

Amsterdam, 4 janvier 2026

Objet : contrat annuel n° ⟦id:KRN-A-2024-1187⟧ — demande de changement de poste

Madame, Monsieur,

Titulaires d'un contrat annuel depuis 2024 pour notre voilier « Zeemeeuw » (Dufour 36, immatriculation ⟦id:LO F 81 274⟧, n° de coque ⟦id:FR-DUF36411F819⟧), nous souhaiterions passer du ponton D au ponton F, plus abrité du vent de sud-ouest.

Notre ami ⟦p:Yannick Le Floc'h⟧, qui garde le bateau pendant l'hiver et a les clés, vous présentera la demande en personne. Il habite ⟦a:Larmor-Plage, 9 rue des Goélands⟧ et on peut le joindre au ⟦t:06 13 79 20 45⟧.

Pendant la saison nous sommes à bord de mai à septembre ; l'adresse e-mail ⟦e:wijnberg.sailing@ziggo.nl⟧ est la plus sûre.

Met vriendelijke groet / Cordialement,

⟦p:H. Wijnberg⟧   ⟦p:M. Wijnberg-de Vries⟧

Reçu à la capitainerie le 12 janvier 2026 — instruit par ⟦off:Stéphane Le Garrec⟧, maître de port.
"""

TXT["u12_courriels_capitainerie_escale.txt"] = """
From: ⟦p:Klaus-Dieter Behrendt⟧ <⟦e:kd.behrendt@t-online.de⟧>
To: capitainerie.portbail@manche.fr
Subject: AW: Ankunft / arrivée SY "Möwe III" 14.06.
Date: Fri, 6 Jun 2025 19:03:11 +0200

Bonjour,

merci pour votre réponse. Nous arrivons le 14 juin vers 18 h de Guernesey, quatre personnes à bord : moi-même, ma femme ⟦p:Ute⟧ et nos amis ⟦p:Horst und Gisela Pfannkuch⟧. Bateau : Hallberg-Rassy 34, 10,4 m, tirant d'eau 1,5 m, numéro d'immatriculation ⟦id:HH-7731⟧ (Hamburg), MMSI ⟦id:211 457 380⟧.

Pour la voiture de nos amis qui nous rejoignent par la route le 16 : VW Passat ⟦pl:HH-PF 2204⟧, peut-elle stationner sur le parking du port ?

Mit freundlichen Grüßen
⟦p:Klaus-Dieter Behrendt⟧
⟦a:Elbchaussee 388⟧, ⟦a:22609 Hamburg⟧
Mobil ⟦t:+49 171 482 9035⟧

-----Ursprüngliche Nachricht-----
Von: Capitainerie de Portbail <capitainerie.portbail@manche.fr>
Gesendet: Donnerstag, 5. Juni 2025 11:20
An: ⟦e:kd.behrendt@t-online.de⟧
Betreff: RE: Ankunft / arrivée

Bonjour Monsieur ⟦p:Behrendt⟧,
le port de Portbail assèche : l'entrée est possible à partir de mi-marée. Une place visiteur vous sera réservée au ponton B. Merci de nous indiquer l'immatriculation du bateau et le nombre de personnes.
⟦off:Gwénaëlle Lecanu⟧, agent portuaire — Département de la Manche
"""

TXT["u13_proposition_don_fonds_photographique.txt"] = """
Montbéliard, le 8 octobre 2025

⟦p:Françoise Ehrsam⟧, née ⟦p:Vuillequez⟧
⟦a:18 rue des Blancheries⟧
⟦a:25200 Montbéliard⟧
⟦t:03 81 91 44 07⟧ — ⟦e:f.ehrsam(a)free.fr⟧

à Monsieur le Directeur des Archives départementales du Doubs

Monsieur le Directeur,

Mon grand-père, ⟦p:Georges Vuillequez⟧ (né le ⟦bd:2 février 1898⟧ à ⟦bp:Audincourt⟧, décédé en 1979), était photographe à Montbéliard de 1925 à 1963 (studio « Photo Georges », place Saint-Martin). Je conserve environ 2 400 plaques de verre et négatifs : portraits de studio, noces, fêtes de la Saint-Nicolas, usines Peugeot de Sochaux, inondations de 1955.

Avec l'accord de mon frère, ⟦p:Bernard Vuillequez⟧ (⟦a:Chemin du Crêt 6, 2000 Neuchâtel⟧, Suisse), et de ma cousine ⟦p:Liliane Grosjean-Vuillequez⟧, nous souhaitons en faire don au Département, à condition que le fonds porte le nom de notre grand-père et que les familles photographiées puissent consulter les images.

Je joins un premier inventaire dressé par mon petit-fils ⟦p:Théo⟧ (⟦ag:16 ans⟧), qui a numérisé les boîtes 1 à 12.

Je me tiens à votre disposition pour une visite ; je suis joignable le matin.

Avec mes respectueuses salutations,

⟦p:F. Ehrsam-Vuillequez⟧

Annoté : « Visite fixée au 21/10 avec ⟦off:Mme Camille Jeannerot⟧, responsable des archives privées. »
"""

TXT["u14_liste_affouage_foret_intercommunale.txt"] = """
SYNDICAT INTERCOMMUNAL DE GESTION FORESTIÈRE DU VAL D'AJOL — FORÊT INDIVISE DES FAYS
Affouage 2025-2026 — liste des affouagistes inscrits et tirage au sort des lots (affichée en mairie et publiée au bulletin)

Garants de la coupe : ⟦off:M. Denis Colin⟧, ⟦off:M. Jacky Thiéry⟧ et ⟦off:Mme Sylvie Gegout⟧, désignés par le comité syndical.

Lot | Affouagiste | Domicile | Stères
01 | ⟦p:PERRIN Daniel⟧ | ⟦a:12 Faymont⟧ | 12
02 | ⟦p:GRANDEMANGE Marie-Claude⟧ | ⟦a:3 chemin des Mousses⟧ | 10
03 | ⟦p:Petitjean J.⟧ | ⟦a:Les Grands Prés (ferme)⟧ | 15
04 | ⟦p:DIDIER Yvon⟧ dit « ⟦p:Bébert⟧ » | ⟦a:la scierie du Hamel⟧ | 12
05 | ⟦p:Fabrice Mougel⟧ | ⟦a:47 rue de Plombières⟧ | 8
06 | ⟦p:BALLAND-VIRY Hélène⟧ | ⟦a:2, Le Void d'Ajol⟧ | 10
07 | ⟦p:Karim Bensalem⟧ | ⟦a:Résidence du Parc, bât. B, 2e ét.⟧ | 6
08 | ⟦p:Thiébaut (frères)⟧ | ⟦a:La Feuillée Dorothée⟧ | 15
09 | ⟦p:Mme Vve Lambert⟧, représentée par son gendre ⟦p:M. Cuny⟧ | ⟦a:18 Grande Rue⟧ | 8
10 | ⟦p:Adrien Vaxelaire⟧ (⟦ag:22 ans⟧, premier affouage) | ⟦a:chez ses parents, 9 impasse du Girmont⟧ | 6

Lots 11 à 38 : voir registre en mairie. Façonnage avant le 15 avril 2026 ; enlèvement des bois avant le 30 septembre 2026.
Pour tout échange de lot, s'adresser à ⟦p:M. Perrin⟧ (⟦t:03 29 30 61 48⟧), coordinateur bénévole des affouagistes.

Le président du syndicat, ⟦off:Jean-Luc Grandjean⟧
"""

TXT["u15_offre_vente_parcelles_ens.txt"] = """
⟦p:Colette et André Mazelier⟧
⟦a:Le Mas de l'Orme⟧
⟦a:07460 Beaulieu⟧
(courrier : ⟦a:BP 14, 07460 Saint-Paul-le-Jeune⟧)
☎ ⟦t:04 75 39 08 61⟧

Département de l'Ardèche
Direction de l'environnement — Espaces naturels sensibles
Hôtel du Département, Privas

Beaulieu, le 17 mars 2025

Objet : proposition de vente de parcelles boisées — Bois de Païolive

Monsieur le Président,

Propriétaires de parcelles boisées en bordure du site du Bois de Païolive, nous vous informons de notre intention de les vendre et souhaitons savoir si le Département entend les acquérir au titre des espaces naturels sensibles.

Il s'agit, sur la commune de Beaulieu, des parcelles cadastrées ⟦cad:section C n° 412, 413 et 415⟧ (lieu-dit « Les Gras », 3 ha 12 a 40 ca) et ⟦cad:C 598⟧ (lieu-dit « Combe de l'Ours », 1 ha 05 a), ainsi que, sur la commune des Vans, la parcelle ⟦cad:AK 77p⟧ (pour partie, environ 40 ares, le reste étant à notre fille ⟦p:Nathalie Mazelier-Bouchet⟧, ⟦a:5 rue du Temple, 30000 Nîmes⟧).

La chasse y est louée à l'ACCA jusqu'en 2027. Notre notaire est ⟦off:Maître Claire Fauchier⟧, aux Vans.

Nous restons à votre disposition pour une visite ; notre voisin ⟦p:M. Lucien Chazalon⟧ (⟦t:06 80 12 57 43⟧) peut vous montrer les limites si nous sommes absents.

Veuillez agréer, Monsieur le Président, l'expression de nos sentiments distingués.

⟦p:A. Mazelier⟧     ⟦p:C. Mazelier née Teyssier⟧
"""

TXT["u16_attribution_lots_chasse_foret_departementale.txt"] = """
DÉPARTEMENT DES LANDES — FORÊT DÉPARTEMENTALE DE MONT-DE-MARSAN
Chasse au grand gibier, saison 2025-2026 — attribution des lots par tirage au sort (séance publique du 28 août 2025)

Tirage effectué par ⟦off:M. Philippe Dartigues⟧, chef du service forêts, en présence de ⟦off:Mme Nadine Lalanne⟧, conseillère départementale.

Lot « Lagrange » (battue, 12 postes) — chef de ligne : ⟦p:Jean-Marc LAPEYRE⟧, permis de chasser n° ⟦id:40-2001-03874⟧, ⟦a:Quartier Bordes, 40090 Saint-Avit⟧, ⟦t:06 12 40 87 33⟧
Lot « Pouydesseaux » (battue, 10 postes) — chef de ligne : ⟦p:Ludovic Dupouy⟧, permis ⟦id:40-1996-01152⟧, ⟦t:05 58 93 21 07⟧ ; suppléant ⟦p:Pascal « Pacou » Labarthe⟧
Lot « Bostens » (approche, 2 tireurs) — ⟦p:Mathilde Garrabos⟧ (permis ⟦id:33-2018-22410⟧, validation annuelle ⟦id:V-40-25-118307⟧) et ⟦p:Kévin Larrieu⟧ (permis ⟦id:40-2021-05519⟧)
Lot « Gaillères » (approche, 1 tireur) — ⟦p:Sir Anthony Blackwood-Hale⟧, ⟦a:Château de Bourrouillan, 32370 Bourrouillan⟧, permis britannique reconnu n° ⟦id:FAC 0441928⟧, tél. ⟦t:+44 7700 900 412⟧

Liste d'attente : 1. ⟦p:DUCOURNAU Thierry⟧ (⟦a:Bougue⟧) ; 2. ⟦p:Cazenave-Lacoste M.⟧ (⟦a:Laglorieuse⟧) ; 3. ⟦p:Joana Pereira⟧ (⟦a:Gaillères⟧).

Véhicules autorisés sur les pistes forestières : ⟦pl:DX-448-KL⟧ (⟦p:M. Lapeyre⟧), ⟦pl:CR-903-ZB⟧ (⟦p:M. Dupouy⟧), ⟦pl:4471 VF 40⟧ (⟦p:Mme Garrabos⟧, vieux Land Rover).
"""

TXT["u17_concours_peche_resultats.txt"] = """
AAPPMA « La Gaule Aurillacoise » — avec le soutien de la Fédération du Cantal pour la pêche
Concours de pêche au coup du lac de Saint-Étienne-Cantalès — dimanche 8 juin 2025 — résultats

Catégorie « poussins » (moins de 12 ans)
1er ⟦p:Noah Vidalenc⟧ (⟦ag:9 ans⟧, ⟦a:Arpajon-sur-Cère⟧) — 2,340 kg
2e ⟦p:Inès Lacarrière⟧ (⟦ag:11 ans⟧, ⟦a:Lacapelle-Viescamp⟧) — 1,870 kg
3e ⟦p:Mattéo B.⟧ (⟦ag:8 ans⟧) — 0,950 kg

Catégorie « jeunes » (12 à 17 ans)
1er ⟦p:Lilou Chabrier⟧ (⟦ag:14 ans⟧) — 4,115 kg
2e ⟦p:Yanis Mekki⟧ (⟦ag:16 ans⟧, carte de pêche ⟦id:15 0034 7712⟧) — 3,880 kg

Catégorie « seniors »
1er ⟦p:Raymond FEL⟧ — 9,410 kg (record du concours depuis 2012)
2e ⟦p:Nicolas Puech-Delrieu⟧ — 8,020 kg
3e ⟦p:Pham Van Duc⟧ (« ⟦p:Monsieur Duc⟧ », comme l'appellent les habitués) — 7,655 kg
4e ex aequo ⟦p:Alain et Josiane Cassagne⟧ — 6,300 kg

Prix de la doyenne : ⟦p:Mme Germaine Lavigne⟧, ⟦ag:87 ans⟧, de ⟦a:Saint-Gérons⟧, fidèle au concours depuis 1969.

Merci aux bénévoles de la buvette, ⟦p:Babeth⟧ et ⟦p:Jean-Claude⟧, et au président ⟦p:Francis Moulier⟧ (⟦t:06.71.88.40.12⟧) pour l'organisation. Pesée contrôlée par ⟦off:M. Loïc Andrieu⟧, garde-pêche de la fédération.
"""

TXT["u18_courriel_carte_peche_perdue.txt"] = """
Date : 22/04/2025 21:14
De : ⟦e:malo.kerdraon@orange.fr⟧
À : contact@peche-finistere.fr
Objet : duplicata carte de pêche

Bonsoir,

j'ai perdu ma carte de pêche 2025 (carte personne majeure, achetée en ligne le 2 mars, n° ⟦id:2900-1845-7326⟧) je pense au bord de l'Aulne vers Châteaulin. Est ce que je peux la réimprimer ? Mon compte sur le site est au nom de ⟦p:KERDRAON Malo⟧, né le ⟦bd:30/09/1991⟧, ⟦a:6 hent Penn ar Roz, 29150 Dinéault⟧.

J'ai aussi pris la carte découverte pour mon neveu ⟦p:Elouan⟧ (⟦ag:10 ans⟧) sur le même compte, celle-là je l'ai encore.

merci
⟦p:malo⟧
⟦t:06 61 02 38 97⟧

> Le 23/04/2025 à 09:02, Fédération du Finistère pour la pêche a écrit :
> Bonjour M. ⟦p:Kerdraon⟧, il suffit de vous connecter avec votre identifiant ⟦e:malo.kerdraon@orange.fr⟧ et de cliquer sur « réimprimer ». Bonne pêche. ⟦off:Erwan Quiniou⟧, agent de développement.
"""

TXT["u19_camping_municipal_cahier_arrivees.txt"] = """
CAMPING INTERCOMMUNAL DU LAC DE VASSIVIÈRE — CAHIER DES ARRIVÉES (recopié pour le rapport de saison, semaine 31)

28/07 emp. 12 ⟦p:MÜLLER Sabine⟧ + 2 enf. — D — ⟦pl:FR-SM 218⟧ + caravane — 5 nuits
28/07 emp. 14 ⟦p:De Smet Wouter⟧ — B — camping-car ⟦pl:1-VBN-447⟧ — 3 nuits
28/07 emp. 31 ⟦p:Joaquim & Filipa Monteiro⟧ — P — ⟦pl:AA-27-QF⟧ — 7 nuits — tél. ⟦t:+351 912 345 087⟧
29/07 emp. 07 ⟦p:Famille Bourdarias⟧ (habitués, « ⟦p:les Bourda⟧ ») — F — ⟦pl:BT-605-LM⟧ — 14 nuits
29/07 emp. 22 ⟦p:Gemma O'Sullivan⟧ & ⟦p:Niamh Byrne⟧ — IRL — vélos — 2 nuits — ⟦e:gemma.osullivan@eircom.net⟧
30/07 emp. 40 ⟦p:ROSSI Giulia⟧ — I — ⟦pl:GE 214 XK⟧ — 4 nuits
30/07 emp. 09 ⟦p:Mr & Mrs Pritchard⟧ — GB — motorhome ⟦pl:WA19 KXF⟧ — 6 nuits
31/07 emp. 18 ⟦p:Lebrun Alexis⟧ — F — tente — 1 nuit — ⟦a:Limoges⟧ (⟦a:23 rue Montmailler⟧)
31/07 emp. 26 ⟦p:Jiří Novák⟧ — CZ — ⟦pl:2AJ 6615⟧ — 3 nuits
01/08 emp. 33 ⟦p:Fam. Haddadi⟧ — F — ⟦pl:GL-112-CE⟧ — 7 nuits — ⟦t:06 20 71 44 58⟧
02/08 emp. 05 ⟦p:Sven Ekström⟧ — S — ⟦pl:KWP 44B⟧ — 2 nuits

Gardien(ne) : ⟦off:Marion Faucher⟧, saisonnière du syndicat intercommunal.
"""

TXT["u20_courriel_reservation_camping.txt"] = """
Objet : RE: Réservation emplacement 2 au 9 août — confirmation n° ⟦id:CPG-25-0842⟧

Bonjour Madame ⟦p:Tchakounté⟧,

Nous confirmons votre réservation de l'emplacement 27 (ombragé, électricité 10 A) du samedi 2 au samedi 9 août 2025 pour 2 adultes et 3 enfants, avec une tente familiale et le véhicule immatriculé ⟦pl:GH-318-DN⟧. L'acompte de 60 € a bien été reçu (virement au nom de ⟦p:M. ou Mme TCHAKOUNTE Serge⟧).

Accueil à partir de 14 h. Bonnes vacances !
⟦off:Sandrine Peyrat⟧
Camping du Lac — Syndicat intercommunal du lac de Vassivière

-----Message d'origine-----
De : ⟦p:Clarisse Tchakounté⟧ <⟦e:clarisse.tchakounte@yahoo.fr⟧>
Envoyé : mercredi 14 mai 2025 23:41
À : camping@lacdevassiviere.fr
Objet : Réservation emplacement 2 au 9 août

Bonsoir,
je souhaite réserver un emplacement du 2 au 9 août pour notre famille (mon mari ⟦p:Serge⟧, moi, et nos enfants ⟦p:Maëlle⟧ ⟦ag:12 ans⟧, ⟦p:Ethan⟧ ⟦ag:9 ans⟧ et ⟦p:Joyce⟧ ⟦ag:4 ans⟧). Nous avons une voiture (Dacia Jogger ⟦pl:GH-318-DN⟧). Nous venons de ⟦a:Villeurbanne, 14 cours Émile-Zola, appt 52⟧.
Mon numéro : ⟦t:07 53 18 60 29⟧.
Cordialement,
⟦p:Clarisse T.⟧
"""

TXT["u21_meubles_tourisme_classement.txt"] = """
GÎTES ET MEUBLÉS DE TOURISME — DÉCISIONS DE CLASSEMENT — commission du 12 mai 2025
Agence de développement touristique des Hautes-Alpes (organisme agréé pour le classement)

Rapporteur : ⟦off:M. Guillaume Reynaud⟧, chargé de visites de classement.

1. « Le Fenil de Prapic », ⟦a:hameau de Prapic, 05170 Orcières⟧ — 3 étoiles — propriétaires : ⟦p:M. et Mme Eyraud (Pierre et Danielle)⟧, ⟦a:route du Drac Noir, 05170 Orcières⟧ — n° d'enregistrement ⟦id:05096000045AB⟧ — tél. ⟦t:04 92 55 70 18⟧.
2. « Chalet Mélèze », ⟦a:lot. Les Ecrins n° 7, 05290 Vallouise-Pelvoux⟧ — 4 étoiles — propriétaire : ⟦p:Romain BARNÉOUD-ROUSSET⟧ — n° ⟦id:05101000212TF⟧ — ⟦e:chaletmeleze05@gmail.com⟧ — ⟦t:06 86 45 01 93⟧.
3. « L'Ancienne École », ⟦a:Les Andrieux, 05800 Saint-Jacques-en-Valgodemard⟧ — 2 étoiles — propriétaire : ⟦p:Mme Anne-Sophie Lhuillier⟧, domiciliée ⟦a:41 boulevard Chave, 13005 Marseille⟧ — n° ⟦id:05138000009CE⟧.
4. « Gîte du Berger », ⟦a:ferme de la Blanche, 05300 Ribiers⟧ — 3 étoiles — propriétaire : ⟦p:Lars Øvergaard⟧ (Norvège), gestion confiée à ⟦p:Mme Coralie Pons⟧, conciergerie « Clés des Baronnies », entrepreneur individuel, SIRET ⟦siret:901 337 418 00016⟧ — ⟦t:06-79-30-22-41⟧.
5. « Appartement Vauban », ⟦a:3 rue Catinat, 2e étage gauche, 05100 Briançon⟧ — 1 étoile — propriétaire : ⟦p:M. Takeshi Morimoto⟧ (⟦p:森本 健⟧) — n° ⟦id:05023000331XY⟧.

Le classement est valable cinq ans. Signé : ⟦off:Élodie Chabrand⟧, directrice de l'agence.
"""

TXT["u22_candidature_aide_creation_artiste.txt"] = """
RÉGION OCCITANIE — AIDE À LA CRÉATION DES ARTISTES PLASTICIENS 2026
Dossier de candidature (volet « identité », publié avec l'accord de l'artiste dans le catalogue des lauréats)

Nom d'usage : ⟦p:LAFFONT⟧        Prénom : ⟦p:Maïwenn⟧
Nom d'artiste : ⟦p:MAÏ LAFF⟧
Née le ⟦bd:23 août 1989⟧ à ⟦bp:Rodez⟧ (Aveyron) — ⟦ag:36 ans⟧
Adresse : ⟦a:Atelier 4, La Fabrique, 12 chemin de Tournefeuille⟧, ⟦a:31300 Toulouse⟧
Tél. : ⟦t:+33 6 31 84 20 57⟧
Courriel : ⟦e:contact@maillaff-atelier.fr⟧
Site : ⟦o:www.maillaff-atelier.fr⟧ — Instagram : ⟦o:@mai.laff.atelier⟧
N° d'ordre (artiste-auteur, URSSAF Limousin) : ⟦id:A 0123 8842 K⟧
SIRET : ⟦siret:81245907300025⟧
N° de sécurité sociale : ⟦nir:2 89 08 12 202 047 63⟧
Coordonnées bancaires : ⟦iban:FR76 1310 6005 0030 0214 7738 091⟧ (Crédit Agricole Toulouse 31)

Projet : « Terres mouillées », série de céramiques et d'estampes réalisées avec les argiles des berges de la Garonne, en lien avec les potiers de Martres-Tolosane. Résidence prévue chez ⟦p:Jean-Baptiste Fourcade⟧, céramiste, ⟦a:La Tuilerie, 31220 Martres-Tolosane⟧.

Référent de la candidature à la Région : ⟦off:M. Quentin Saurel⟧, chargé de mission arts visuels.
"""

TXT["u23_jury_residence_artistes_resultats.txt"] = """
Département du Finistère — Résidences d'artistes au Manoir de Kernault 2026
Procès-verbal du jury du 9 décembre 2025

Jury : ⟦off:Mme Maël de Calan⟧, vice-présidente à la culture ; ⟦off:M. Hugo Pichon⟧, directeur du domaine de Kernault ; ⟦p:Delphine Guézennec⟧, photographe (personnalité qualifiée) ; ⟦p:Aziz Ould-Mohamed⟧, artiste sonore, lauréat 2023.

87 dossiers reçus. Sont retenus :

1. ⟦p:Soizic Le Borgne⟧ (⟦ag:31 ans⟧, ⟦a:Douarnenez⟧) — broderie et teinture végétale, « Les filets ». Site : ⟦o:soiziclb.art⟧.
2. Le duo « Brume » : ⟦p:Oskar Lindqvist⟧ (né en ⟦bd:1994⟧ à ⟦bp:Umeå⟧, Suède) et ⟦p:Mathilde Quéré⟧ — installation sonore dans le verger.
3. ⟦p:Yasmina BELKACEMI⟧, dite ⟦p:« Yas B. »⟧, illustratrice, ⟦a:Montreuil⟧ — bande dessinée sur les marchés de Quimperlé.

Liste complémentaire : ⟦p:Paul-Émile Tanguy⟧ ; ⟦p:Chen Yiling⟧ (⟦p:陈怡玲⟧) ; ⟦p:collectif Tan ha Dour⟧ (⟦p:Katell⟧ et ⟦p:Riwal Le Meur⟧).

Chaque résident perçoit une bourse de 3 000 € et est logé dans la longère du domaine. Contact des lauréats pour la presse : via le domaine uniquement.

Pour le jury, ⟦off:H. Pichon⟧
"""

TXT["u24_portes_ouvertes_caserne_planning.txt"] = """
CENTRE D'INCENDIE ET DE SECOURS DE SAINT-AFFRIQUE (SDIS 12)
Journée portes ouvertes du samedi 20 septembre 2025 — planning des stands et des bénévoles
(diffusé à l'amicale et sur la page de l'amicale)

Responsable de la journée : ⟦off:Lieutenant Frédéric Carrière⟧, chef de centre.
Coordination amicale : ⟦p:Sophie Barthe⟧, présidente de l'amicale des sapeurs-pompiers, ⟦t:06 33 18 72 09⟧.

9 h - 12 h
- Manœuvre de désincarcération : équipe du sergent-chef ⟦p:Cédric Alibert⟧ avec ⟦p:Julien⟧, ⟦p:Mélanie⟧ et ⟦p:« Tintin »⟧ (⟦p:Thierry Vernhet⟧)
- Parcours pompier des enfants : ⟦p:Camille Roques⟧ et les JSP (jeunes sapeurs-pompiers) ⟦p:Lucas R.⟧, ⟦p:Inès G.⟧, ⟦p:Tom B.⟧
- Buvette : ⟦p:Mamie Odette⟧ (⟦p:Odette Fabre⟧, ancienne cantinière de l'amicale) et ⟦p:Mireille Bru⟧

14 h - 18 h
- Démonstration feu de friteuse : ⟦p:adjudant Karim Benhaddou⟧
- Tirage de la tombola : ⟦p:Sophie Barthe⟧ ; lots offerts par la boulangerie ⟦p:Vidal⟧ et le garage ⟦p:Costes⟧
- Exposition des véhicules anciens : le Berliet de 1962 prêté par ⟦p:M. Gaston Marty⟧, collectionneur, ⟦a:Les Crozes, Vabres-l'Abbaye⟧ (transport sur le plateau de ⟦p:Didier Calmels⟧, ⟦pl:EQ-510-HS⟧)

Matériel à récupérer la veille chez ⟦p:Sophie⟧, ⟦a:14 avenue de Millau⟧ (garage ouvert après 18 h).
Contact presse : ⟦off:capitaine Nathalie Bousquet⟧, groupement Sud.
"""

TXT["u25_courriel_reservation_gymnase.txt"] = """
De: "Badminton Club Hautes-Rives" <bchr.secretariat@gmail.com>
Envoyé: mardi 10 juin 2025 18:26
À: equipements-sportifs@cc-pays-de-nay.fr
Cc: ⟦e:p.garcia-lopes@free.fr⟧; ⟦e:jeremy.cazaux64@gmail.com⟧
Objet: Demande de créneaux saison 2025/2026 — gymnase du collège Henri-IV

Bonjour Madame ⟦off:Lagouarde⟧,

Comme chaque année, le club souhaite réserver le gymnase du collège (convention avec le Département) :
- lundi 19h-22h (adultes loisirs) — responsable : ⟦p:Patricia Garcia-Lopes⟧, ⟦t:06 76 43 12 08⟧
- mercredi 14h-16h (jeunes ⟦ag:8-12 ans⟧) — responsable : ⟦p:Jérémy Cazaux⟧, entraîneur diplômé (carte professionnelle n° ⟦id:06418ED0089⟧), ⟦t:06 49 80 27 55⟧
- samedi 9h-12h (compétition), un samedi sur deux.

Le club compte 84 licenciés. Le président, ⟦p:M. Bixente Laborde⟧ (⟦a:12 chemin de Lestelle, 64800 Bénéjacq⟧, ⟦t:05 59 61 08 34⟧), signera la convention.

Pour la clé du local de rangement : c'est ⟦p:Jérémy⟧ qui la garde.

Sportivement,
⟦p:Pat⟧
⟦p:Patricia GARCIA LOPES⟧, secrétaire — licence FFBaD ⟦id:06812447⟧

Réponse du 12/06 : créneaux accordés sous réserve du planning du collège. ⟦off:Corinne Lagouarde⟧, service des équipements sportifs.
"""

TXT["u26_concours_bovins_palmares.txt"] = """
FOIRE AGRICOLE DE LA SAINT-MICHEL — LAISSAC (Aveyron) — 29 septembre 2025
Concours départemental de la race Aubrac — palmarès

Jury : ⟦off:M. Bernard Cayla⟧ (UPRA Aubrac), ⟦off:Mme Agnès Vaissière⟧ (Chambre d'agriculture), ⟦p:M. Robert Trémolières⟧, éleveur retraité.

Section génisses de 2 ans
1er prix : « Perle », boucle ⟦id:FR 1203 4418 72⟧, GAEC de Bonnefon (⟦p:Christian⟧ et ⟦p:Aurélie Bonnefon⟧), ⟦a:Bonnefon, 12210 Laguiole⟧, cheptel ⟦id:12 119 003⟧
2e prix : « Pépite », boucle ⟦id:FR 1203 5521 09⟧, ⟦p:EARL Falguières⟧ (⟦p:Jean-Louis Falguières⟧), ⟦a:Le Puech, Curières⟧
3e prix : « Quille », ⟦p:Ginette Bouissou⟧, ⟦a:Lacalm⟧, cheptel ⟦id:12 122 041⟧

Section vaches suitées
1er prix et prix de championnat : « Noisette », boucle ⟦id:FR 1201 9934 55⟧, ⟦p:Mathieu Rouquette⟧, ⟦ag:24 ans⟧, jeune installé à ⟦a:La Borie-Haute, 12470 Saint-Chély-d'Aubrac⟧
2e prix : « Marquise », GAEC ⟦p:Alazard⟧ Père & Fils, ⟦a:Recoules-d'Aubrac⟧

Taureaux
1er prix : « Orage », boucle ⟦id:FR 4810 2277 61⟧ (Lozère), ⟦p:Élie Boyer⟧, ⟦a:Nasbinals⟧ — acheté après le concours par ⟦p:M. Hiroshi Tanaka⟧ pour un élevage japonais.

Meilleur jeune présentateur : ⟦p:Lison Rouquette⟧, ⟦ag:13 ans⟧, sœur du précédent.

Remise des prix par ⟦off:M. Arnaud Viala⟧, président du Conseil départemental.
"""

TXT["u27_foire_attribution_emplacements.txt"] = """
SYNDICAT MIXTE DE LA FOIRE EXPOSITION DU PAYS DE RETZ — Machecoul, 12-14 septembre 2025
Attribution des emplacements « allée des artisans » et badges d'accès véhicules

Emplacement | Exposant | Activité | Véhicule (badge) | Contact
A01 | ⟦p:Loïc Bouyer⟧, EI, SIRET ⟦siret:443 912 605 00028⟧ | coutelier | ⟦pl:CD-721-EF⟧ | ⟦t:06 08 41 72 33⟧
A02 | « Les Miels de ⟦p:Mado⟧ » (⟦p:Madeleine Guérin⟧) | apicultrice, n° NAPI ⟦id:A4401887⟧ | ⟦pl:BV-330-NL⟧ | ⟦e:lesmielsdemado@orange.fr⟧
A03 | ⟦p:Phạm Minh Tuấn⟧ | nems et rouleaux | camion-snack ⟦pl:FG-067-XA⟧ | ⟦t:07 82 60 13 45⟧
A04 | ⟦p:Gwenola Chiron-Ménard⟧ | vannerie | remorque ⟦pl:ET-288-RR⟧ | ⟦a:La Gréneraie, 44270 Paulx⟧
A05 | ⟦p:M. Dubois⟧ (« ⟦p:Dudu le rémouleur⟧ ») | affûtage | ⟦pl:2284 QK 44⟧ (ancien modèle) | ⟦t:02.40.02.36.17⟧
A06 | ⟦p:Ousmane Kanté⟧ | sculpture sur bois | ⟦pl:GA-519-BT⟧ | ⟦e:ousmanekante.sculpteur@gmail.com⟧
A07 | ⟦p:Sandrine et Pascal Rialland⟧ | fromages de chèvre, cheptel ⟦id:44 087 512⟧ | ⟦pl:DP-741-WC⟧ | ⟦a:Le Grand Pâtis, Saint-Même-le-Tenu⟧

Badges à retirer à l'accueil auprès de ⟦off:Mme Aurélie Brochard⟧, régisseuse de la foire, le jeudi 11 à partir de 14 h.
"""

TXT["u28_journal_fouille_benevoles.txt"] = """
CHANTIER DE FOUILLE PROGRAMMÉE — VILLA GALLO-ROMAINE DES TERRES NOIRES (Charente-Maritime)
Service départemental d'archéologie — journal de chantier, semaine 2 (extraits mis en ligne pour les bénévoles)

Responsable d'opération : ⟦off:Dr Stéphanie Guillonnet⟧, archéologue départementale. Responsable de secteur : ⟦off:Mathias Roblin⟧.

Lundi 14 juillet — Secteur 2. ⟦p:Aïcha⟧ et ⟦p:Gabin⟧ finissent de dégager le sol de béton de la pièce 6. ⟦p:M. Pottier⟧ (⟦p:Jean-Yves⟧, notre doyen, ⟦ag:74 ans⟧, « 23e chantier ») repère une monnaie sous la banquette.
Mardi 15 — Arrivée de ⟦p:Mariana Ioniță⟧, étudiante à Iași, et de ⟦p:Callum McIntyre⟧ (Édimbourg). Hébergement au gîte communal ; ⟦p:Callum⟧ arrive en bus, la navette est assurée par ⟦p:Françoise Rabiller⟧ avec sa Kangoo ⟦pl:DL-902-GK⟧.
Mercredi 16 — Visite des élèves du centre de loisirs. ⟦p:Léna Bouteiller⟧ (⟦ag:15 ans⟧, stagiaire de 2de, avec autorisation de ses parents) fait le guide devant la mosaïque. Le photographe du journal local prend ⟦p:Aïcha Meziane⟧ et ⟦p:Gabin Cordier⟧ en train de tamiser.
Jeudi 17 — Pluie. Lavage du mobilier à la base, ⟦a:chez les Brunet, la grange au bout de la route de Pons⟧ (merci à ⟦p:Michel et Josette Brunet⟧).
Vendredi 18 — Découverte d'un fragment d'inscription. ⟦p:Jean-Yves Pottier⟧ propose de le dessiner. Barbecue du soir offert par ⟦p:Kader⟧, le père d'⟦p:Aïcha⟧.

Rappel aux bénévoles : les photos de groupe sont publiées ; si vous ne le souhaitez pas, écrivez à ⟦off:Mathias Roblin⟧.
Inscriptions pour la semaine 3 auprès de ⟦p:Françoise Rabiller⟧, bénévole coordinatrice : ⟦t:05.46.94.31.20⟧ ou ⟦e:francoise.rabiller17 chez orange.fr⟧.
"""

TXT["u29_college_election_representants_parents.txt"] = """
COLLÈGE JEAN-ROSTAND — 57100 THIONVILLE
Élection des représentants des parents d'élèves au conseil d'administration — 10 octobre 2025
Procès-verbal (affiché dans le hall et publié sur l'ENT)

Présidente du bureau de vote : ⟦off:Mme Sandrine Muller⟧, principale du collège.
Inscrits : 812 ; votants : 247 ; blancs et nuls : 9 ; suffrages exprimés : 238.

Liste FCPE (conduite par ⟦p:M. Kamel Zerrouki⟧) : 151 voix — 4 sièges
Liste « Parents indépendants du collège » (conduite par ⟦p:Mme Katarzyna Nowak-Hoffmann⟧) : 87 voix — 2 sièges

Élus titulaires : ⟦p:Kamel Zerrouki⟧ ; ⟦p:Anne-Laure Schmitt⟧ ; ⟦p:Giuseppe Barbieri⟧ ; ⟦p:Delphine Weber-Hamon⟧ ; ⟦p:Katarzyna Nowak-Hoffmann⟧ ; ⟦p:Jean-Marc Kieffer⟧.
Élus suppléants : ⟦p:Fatoumata Cissé⟧ ; ⟦p:Laurent Becker⟧ ; ⟦p:Nguyen Anh⟧ ; ⟦p:Christelle Lorentz⟧ ; ⟦p:Mehmet Yılmaz⟧ ; ⟦p:Sabine Thill⟧.

Pour joindre vos représentants : ⟦e:fcpe.rostand.thionville@gmail.com⟧ (liste FCPE, ⟦p:M. Zerrouki⟧, ⟦t:06 51 27 38 90⟧) ; ⟦e:k.nowakhoffmann@gmx.de⟧ (⟦p:Mme Nowak-Hoffmann⟧, qui travaille au Luxembourg : ⟦t:+352 621 447 208⟧).

Assesseurs : ⟦p:M. Becker⟧ et ⟦p:Mme Thill⟧ (parents). Secrétaire : ⟦off:M. Yann Dupuis⟧, principal adjoint.
"""

TXT["u30_college_offres_stage_3e.txt"] = """
Collège des Trois-Vallées — Saint-Pierre-d'Albigny (73)
Stage d'observation de 3e (du 8 au 12 décembre 2025) — offres recueillies auprès des parents et des entreprises du secteur
Document à l'usage des familles (mis en ligne sur le site du collège)

• Exploitation « La Ferme du Colombier » — élevage de chèvres et fromagerie. Tuteur : ⟦p:Benoît Chevallier⟧ (père de ⟦p:Lisa⟧, 4e B). ⟦a:Le Colombier, 73250 Fréterive⟧. ⟦t:06 84 02 71 19⟧.
• Garage ⟦p:Falcoz⟧ & Fils — mécanique agricole. Contact : ⟦p:Mme Nadège Falcoz⟧, ⟦t:04 79 28 50 63⟧. ⟦a:ZA des Teppes, Saint-Pierre-d'Albigny⟧.
• Cabinet de kinésithérapie — non (offre retirée).
• Pisciculture de l'Isère — ⟦p:M. Aurélien Bouvier-Garzon⟧ ; écrire à ⟦e:aurelien.bouviergarzon@orange.fr⟧.
• Librairie « La Page blanche » — ⟦p:Sévane Hagopian⟧, libraire, pas de téléphone, passer à la boutique ⟦a:place de l'Église⟧ (en face de la boulangerie ⟦p:Perrier⟧).
• Accompagnateur en montagne — ⟦p:Thomas Ruffier-Lanche⟧, carte professionnelle n° ⟦id:07303ED0412⟧, ⟦t:06 12 18 76 40⟧, ⟦o:instagram.com/thomas_rl_montagne⟧.
• Atelier de lutherie — ⟦p:Ingrid Halvorsen⟧, ⟦a:12 montée du Château, 73250 Miolans⟧, ⟦e:ingrid [at] halvorsen-lutherie [dot] fr⟧.

Pour les conventions : ⟦off:Mme Céline Maret⟧, conseillère principale d'éducation.
"""

TXT["u31_courriel_carte_transport_perdue.txt"] = """
Objet : Carte de car perdue — ma fille ⟦p:Chloé⟧
De : ⟦p:Sandra Meunier-Baptiste⟧ <⟦e:sandra.meunierbaptiste@sfr.fr⟧>
À : transports.scolaires@region-guadeloupe.fr
Date : 08/09/2025 06:32

Bonjour,

ma fille ⟦p:Chloé MEUNIER-BAPTISTE⟧, née le ⟦bd:17.02.2012⟧, en 4e au collège Sadi-Carnot de Capesterre-Belle-Eau, a perdu sa carte de transport scolaire (n° ⟦id:971-TS-25-008412⟧) vendredi dans le car de la ligne 12.

Nous habitons ⟦a:Section Bananier, chemin de la Source, 97130 Capesterre-Belle-Eau⟧ (la case jaune juste après le pont). L'arrêt est « Bananier — école ». Le chauffeur, ⟦p:Tonton Raymond⟧ comme l'appellent les enfants, la laisse monter en attendant mais il nous demande le duplicata.

J'ai payé les frais de dossier de 10 € en ligne : référence ⟦id:PAY-97125-77310⟧. Mon numéro : ⟦t:0690 41 27 83⟧, ou celui de son père, ⟦p:Rodolphe Baptiste⟧ : ⟦t:0690 58 02 16⟧.

Merci d'avance,
⟦p:Sandra Meunier-Baptiste⟧
"""

TXT["u32_cr_syndicat_voirie_intercommunal.txt"] = """
SIVOM DE LA HAUTE-VALLÉE DE L'ARIÈGE — Compétence voirie et déneigement
Compte rendu du comité syndical du 4 décembre 2025 (publié en application du CGCT)

Présents : ⟦off:M. Alain Sutra⟧, président ; ⟦off:Mme Christine Rouch⟧, ⟦off:M. Éric Pujol⟧, ⟦off:M. Serge Gouazé⟧, délégués titulaires. Secrétaire de séance : ⟦off:Mme Rouch⟧.

1. Plan de viabilité hivernale 2025-2026
Le circuit n° 3 (Orgeix — Orlu) est confié comme l'an passé à ⟦p:M. Bastien Gouzy⟧, exploitant agricole à ⟦a:Orlu⟧, avec son tracteur équipé de la lame du syndicat (⟦pl:FA-216-PP⟧). Son suppléant est ⟦p:M. Antonio Ferreira⟧, de ⟦a:Ascou⟧.
Les habitants du hameau de ⟦a:La Forge⟧ (⟦p:familles Dandine⟧ et ⟦p:Rivière⟧) demandent un passage avant 7 h pour le ramassage scolaire ; accordé.

2. Demandes de particuliers
- ⟦p:Mme Nicole Estèbe⟧, ⟦a:4 chemin du Castelet, Orgeix⟧ : dépôt d'un bac à sel devant chez elle (pente à 14 %). Accordé.
- ⟦p:M. Gilles-Henri Pécarrère⟧, propriétaire du ⟦a:chalet « Le Chamois », route des Forges⟧ : demande que la lame ne dépose plus la neige devant son garage. Le président le rencontrera sur place.
- ⟦p:M. et Mme Lemaire (Hubert et Sylvie)⟧, résidents secondaires domiciliés ⟦a:16 avenue Foch, 59000 Lille⟧ : demande de déneigement de leur allée privée. Refusé (voie privée) ; la liste des déneigeurs privés leur est transmise.

3. Questions diverses
⟦off:M. Pujol⟧ signale que le panneau « Orlu » est à remplacer avant l'hiver.

Le président, ⟦off:A. Sutra⟧
"""

TXT["u33_arrete_alignement_riverain.txt"] = """
DÉPARTEMENT DE LA SAVOIE
ARRÊTÉ D'ALIGNEMENT INDIVIDUEL n° 2025-AL-0417
Route départementale 1006 — commune de Saint-Jean-de-Maurienne — PR 73+420

Le Président du Conseil départemental,

Vu le code de la voirie routière, notamment ses articles L. 112-1 à L. 112-8 ;
Vu la demande présentée le 3 septembre 2025 par ⟦off:Me Laurence Darves-Blanc⟧, notaire, pour le compte de ⟦p:M. Salvatore Cuccurullo⟧ et de ⟦p:Mme Marie-Noëlle Cuccurullo née Girard⟧, demeurant ⟦a:112 avenue du Mont-Cenis⟧, ⟦a:73300 Saint-Jean-de-Maurienne⟧, propriétaires de la parcelle cadastrée ⟦cad:section AE numéro 284⟧ ;

ARRÊTE

Article 1 : L'alignement de la RD 1006 au droit de la propriété de ⟦p:M. et Mme Cuccurullo⟧ (⟦cad:AE 284⟧) est fixé par la ligne A-B figurant au plan annexé, à 6,50 m de l'axe de la chaussée.
Article 2 : Le présent arrêté est délivré sous réserve des droits des tiers, notamment de ⟦p:M. Dimitri Papadopoulos⟧, propriétaire de la parcelle voisine ⟦cad:AE 285⟧.
Article 3 : Copie sera adressée aux pétitionnaires et au maire de Saint-Jean-de-Maurienne.

Chambéry, le 18 septembre 2025
Pour le Président et par délégation, le directeur des routes, ⟦off:Christophe Bellemin⟧
"""

TXT["u34_permission_traversee_troupeau.txt"] = """
Demande de permission de voirie — traversée de la RD 918 par un troupeau (transhumance)

À : Département des Pyrénées-Atlantiques, Unité territoriale routière d'Oloron
De : ⟦p:Etxeberri Mixel⟧, berger
⟦a:Borda Harrieta⟧, ⟦a:64560 Larrau⟧ (courrier : ⟦a:maison Etxeberria, quartier Églises, Larrau⟧)
⟦t:05 59 28 61 40⟧ / portable ⟦t:06.30.48.11.95⟧ (pas de réseau en estive, laisser message)
N° de cheptel : ⟦id:FR 64 317 118⟧ — 420 brebis manech tête rousse, 6 chiens

Monsieur,

Comme chaque année je monte le troupeau vers le col d'Erroymendi. Je demande l'autorisation de traverser et d'emprunter la RD 918 entre le bourg et le pont de Logibar le samedi 14 juin 2025 entre 5 h et 7 h du matin. Nous serons quatre : moi, mon fils ⟦p:Beñat⟧ (⟦ag:19 ans⟧), mon cousin ⟦p:Ramuntxo Irigoyen⟧ et ⟦p:Maddalen⟧, une étudiante de Saint-Sébastien qui fait son stage chez nous (tél. espagnol ⟦t:+34 688 21 47 03⟧).

La voiture suiveuse avec gyrophare est celle de mon cousin, Toyota ⟦pl:DZ-037-EJ⟧.

⟦p:Mixel⟧

Avis favorable de l'unité territoriale, sous réserve de signalisation avancée — ⟦off:M. Jean-Michel Cazenave⟧, chef d'unité, le 2 juin 2025.
"""

TXT["u35_musee_benevoles_journees_patrimoine.txt"] = """
Musée départemental de la Préhistoire — Les Eyzies
Journées européennes du patrimoine, 20 et 21 septembre 2025
Planning des médiateurs bénévoles (Amis du musée) — version affichée en salle de pause

SAMEDI
9 h 30 - 12 h 30 — accueil : ⟦p:Marie-José⟧ (⟦p:M.-J. Delpech⟧) et ⟦p:Joël Veyssière⟧
10 h — visite « Cro-Magnon et les siens » : ⟦p:Pr. (ém.) Henri Laborie⟧, préhistorien retraité, membre des Amis
14 h - 18 h — atelier taille de silex : ⟦p:Rodrigue « Rod » Manzano⟧, tailleur expérimentateur
14 h - 18 h — atelier enfants (peinture pariétale) : ⟦p:Amandine Leclerc⟧ et ⟦p:Li Wei⟧ (étudiant à Bordeaux)

DIMANCHE
9 h 30 - 12 h 30 — accueil : ⟦p:Jacqueline et Robert Couderc⟧
10 h et 15 h — visite en anglais : ⟦p:Margaret « Maggie » Thornton⟧, habitante de ⟦a:Tursac⟧ depuis 1998
14 h - 18 h — atelier propulseur : ⟦p:Rod⟧ encore (merci !)

Covoiturage depuis Sarlat : ⟦p:Joël⟧ part du parking de la Canéda à 8 h 45, Peugeot 308 blanche ⟦pl:EF-650-KV⟧ ; le joindre la veille au ⟦t:06 71 40 82 13⟧.
Pour tout empêchement : prévenir ⟦p:Marie-José⟧ au ⟦t:05 53 06 97 24⟧ ou ⟦e:mj.delpech24@wanadoo.fr⟧, présidente des Amis.

Visé par ⟦off:Mme Laure Sandoz⟧, chargée des publics du musée.
"""

TXT["u36_courriel_pret_oeuvre_collectionneur.txt"] = """
Von: ⟦p:Dr. Beat Zimmermann-Rüegg⟧ <⟦e:beat.zimmermann@bluewin.ch⟧>
An: musee.matisse@departement59.fr
Cc: ⟦e:anna.rueegg@gmx.ch⟧
Datum: 3. März 2025, 16:05
Betreff: Prêt du « Paysage de Bohain » (1903) pour l'exposition 2026

Madame la Conservatrice,

Je vous remercie pour votre lettre du 20 février. Mon épouse ⟦p:Anna Rüegg⟧ et moi-même acceptons de prêter le tableau pour l'exposition au musée départemental Matisse du Cateau-Cambrésis, de mars à juin 2026, aux conditions suivantes :
— la mention « Collection particulière, Suisse » sans notre nom sur le cartel et dans le catalogue ;
— l'enlèvement à notre domicile, ⟦a:Seestrasse 211, 8700 Küsnacht ZH⟧, par un transporteur spécialisé ; notre gardien, ⟦p:M. Goran Petrović⟧ (⟦t:+41 79 284 17 56⟧), sera présent ;
— l'assurance « clou à clou » (police de notre assureur, n° ⟦id:CH-ART-44-118205⟧, à titre d'information).

Vous pouvez me joindre au ⟦t:+41 44 910 37 82⟧ (privé), de préférence le soir.

Mit freundlichen Grüssen / avec mes salutations les meilleures,

⟦p:Beat Zimmermann⟧
⟦p:B. Z.-R.⟧

> Le 20 févr. 2025, ⟦off:Patrice Deparpe⟧ <musee.matisse@departement59.fr> a écrit :
> Cher Monsieur ⟦p:Zimmermann⟧, ...
"""

TXT["u37_fiche_temoignage_oral_ostreiculture.txt"] = """
ARCHIVES DÉPARTEMENTALES DE LA GIRONDE — COLLECTE DE TÉMOIGNAGES ORAUX
« Mémoires du bassin d'Arcachon : l'ostréiculture » — fiche de l'entretien n° TO-2025-014

Témoin : ⟦p:Lucienne Dubernet⟧, épouse ⟦p:Lalanne⟧, dite « ⟦p:Lulu⟧ »
Née le ⟦bd:4 décembre 1941⟧ à ⟦bp:Gujan-Mestras⟧, au ⟦bp:port de Larros⟧ (« dans la cabane de mon père »)
Âge au moment de l'entretien : ⟦ag:83 ans⟧
Adresse : ⟦a:27 allée des Pins⟧, ⟦a:33470 Gujan-Mestras⟧
Téléphone : ⟦t:05 56 66 13 78⟧ (fixe, pas de portable)
Profession : ostréicultrice, parc à l'île aux Oiseaux (concession n° ⟦id:AO-33-1188⟧), retraitée en 2001

Entretien réalisé le 12 mars 2025 à son domicile, durée 1 h 47, par ⟦off:Mme Pauline Castaing⟧, chargée de la collecte, en présence de sa petite-fille ⟦p:Manon Lalanne⟧.

Personnes citées dans l'entretien : son père ⟦p:Jean Dubernet⟧ (« ⟦p:Jeantot⟧ »), son mari ⟦p:Pierrot Lalanne⟧, le marin ⟦p:Alcide Bordes⟧, les sœurs ⟦p:Daney⟧ de La Teste.

Résumé : l'enfance dans les cabanes, le chaulage des tuiles, l'hiver 1963, l'arrivée de l'huître japonaise (gigas) en 1971, les fêtes de l'huître.

Consentement de diffusion signé le 12 mars 2025 (diffusion en ligne intégrale autorisée).
"""

TXT["u38_accompagnateurs_montagne_annuaire.txt"] = """
PARC NATUREL RÉGIONAL DU VERCORS — MARQUE « VALEURS PARC »
Annuaire 2025 des accompagnateurs en montagne marqués (extrait : Drôme)

⟦p:BONNET-MARCHAND Agathe⟧
Carte professionnelle n° ⟦id:02610ED0071⟧
⟦a:Les Granges, 26420 Saint-Martin-en-Vercors⟧
⟦t:06 80 35 71 26⟧ — ⟦e:agathe.bm@vercors-rando.fr⟧
Sorties raquettes, lecture de paysage, 35 ans de marche dans le Vercors (« née sur le plateau »).

⟦p:Mathieu « Matt » Jourdan⟧
Carte n° ⟦id:02612ED0188⟧ — SIRET ⟦siret:520 114 893 00031⟧
⟦a:2, place de la Fontaine⟧ ⟦a:26190 Saint-Jean-en-Royans⟧
⟦t:+33 (0)4 75 47 21 09⟧ / ⟦t:+33 (0)6 11 48 26 77⟧
Site : ⟦o:www.matt-jourdan-montagne.com⟧

⟦p:Aurore Krzyżanowska⟧
Carte n° ⟦id:03809ED0451⟧
Domicile : ⟦a:Hameau des Chaberts⟧, ⟦a:Vassieux-en-Vercors⟧
⟦e:aurore.k@posteo.net⟧ (pas de téléphone, répond sous 48 h)
Langues : français, polonais, anglais.

⟦p:Samuel Odeyer⟧ et ⟦p:Juliette Odeyer-Faure⟧ (« ⟦p:Les Odeyer⟧ »)
Gîte d'étape et accompagnement, ⟦a:ferme de la Mure, route du col de la Chau⟧
⟦t:04-75-48-27-33⟧

Contact Parc : ⟦off:Sébastien Gaillard⟧, chargé de mission tourisme.
"""

TXT["u39_fil_courriels_comite_usagers.txt"] = """
De : ⟦p:Gérard LAVERGNE⟧ <⟦e:gerard.lavergne15@orange.fr⟧>
À : ⟦e:aminata.sow@laposte.net⟧ ; ⟦e:broux.delpeuch@gmail.com⟧ ; ⟦e:ophelie.beal@laposte.net⟧
Date : 2 février 2026 08:14
Objet : TR: compte rendu comité de ligne — relecture avant envoi à la Région

Bonjour à tous,
je vous transfère le projet de CR d'⟦p:Aminata⟧. Quelques points :
- il faut corriger le nom : c'est ⟦p:Tourlonias⟧ avec un s, pas ⟦p:Tourlonia⟧ ;
- ⟦p:Baptiste⟧, peux-tu vérifier les horaires du 17 h 40 ?
- ⟦p:Ophélie⟧ a accepté d'animer le groupe intermodalité avec ⟦p:Aminata⟧.
On se retrouve jeudi à 18 h chez moi (⟦a:8 rue du Faubourg Notre-Dame, Murat⟧) ; ⟦p:Josiane⟧ fera un gâteau.
⟦p:Gérard⟧
⟦t:06 87 21 45 30⟧

-------- Message transféré --------
De : ⟦p:Aminata Sow⟧ <⟦e:aminata.sow@laposte.net⟧>
Date : dim. 1 févr. 2026 à 21:56
Objet : compte rendu comité de ligne

Bonsoir ⟦p:Gérard⟧, ci-joint le projet. J'ai mis ⟦p:Mme Fabre⟧ et ⟦p:Kevin⟧ avec leur accord. Pour ⟦p:Kevin⟧ je n'ai pas son nom, il a juste laissé ⟦e:kev.dienne15@gmail.com⟧ sur la feuille.
Bises, ⟦p:Ami⟧

--
⟦p:Aminata SOW⟧ — secrétaire de l'association Ligne des Volcans
⟦a:Résidence Les Gentianes, appt 12⟧, ⟦a:15300 Murat⟧ — ⟦t:07 66 12 03 48⟧

> Le 28 janv. 2026 à 10:02, ⟦off:HADDAD Nabil⟧ <nabil.haddad@auvergnerhonealpes.fr> a écrit :
> Madame, merci de nous transmettre le compte rendu d'ici le 6 février pour diffusion.
"""

TXT["u40_aot_kiosque_crepes_port.txt"] = """
PORT DÉPARTEMENTAL DE SAINT-QUAY-PORTRIEUX — Département des Côtes-d'Armor
AUTORISATION D'OCCUPATION TEMPORAIRE DU DOMAINE PUBLIC PORTUAIRE n° AOT-2025-031

Bénéficiaire : ⟦p:Mme Rozenn Le Corre-Baudet⟧, entrepreneur individuel (« Crêperie ambulante ⟦p:Rozenn⟧ »)
SIRET : ⟦siret:888 451 207 00019⟧
Domicile : ⟦a:3 rue du Sémaphore⟧ — ⟦a:22410 Saint-Quay-Portrieux⟧
Né(e) le : ⟦bd:1985-06-22⟧ à ⟦bp:Saint-Brieuc⟧
Tél. : ⟦t:06 99 20 41 75⟧ — Courriel : ⟦e:rozenn.crepes@outlook.fr⟧
Véhicule : camion-remorque aménagé immatriculé ⟦pl:FZ-104-TN⟧, groupe électrogène interdit

Objet : installation d'un kiosque de vente de crêpes sur le terre-plein du port d'échouage, emplacement n° 4, du 1er avril au 30 septembre 2025, de 10 h à 22 h.
Redevance : 1 850 € pour la saison, payable en deux échéances.
Salariée saisonnière déclarée : ⟦p:Léa Toupin⟧, ⟦ag:18 ans⟧.
Personne à prévenir en cas d'incident sur le kiosque : ⟦p:M. Yves Baudet⟧, ⟦t:02 96 70 38 12⟧.

Fait à Saint-Brieuc, le 14 mars 2025
Pour le Président du Conseil départemental, le responsable des ports départementaux, ⟦off:Loïc Rault⟧
Visa du maître de port : ⟦off:Y. Morin⟧
"""

HTML["uh01_liste_attente_port_plaisance.html"] = {
    "title": "Liste d'attente des postes d'amarrage annuels — Port de La Trinité-sur-Mer — janvier 2026",
    "body": """
<h1>Liste d'attente des postes annuels</h1>
<p>Publiée chaque trimestre par le syndicat mixte des ports, conformément au règlement d'attribution (article 7). Les demandeurs sont classés par ancienneté de la demande et par catégorie de longueur.</p>
<h2>Catégorie C (9 à 10,99 m)</h2>
<table>
<tr><th>Rang</th><th>Demandeur</th><th>N° de demande</th><th>Date</th><th>Bateau</th></tr>
<tr><td>1</td><td>⟦p:<b>LE GUENNEC</b> Jean-Yves⟧</td><td>⟦id:TRI-C-2017-044⟧</td><td>14/03/2017</td><td>First 31.7 — ⟦id:VA F 40 812⟧</td></tr>
<tr><td>2</td><td>⟦p:<b>ALLAIN-KERSAUDY</b> Morgane⟧</td><td>⟦id:TRI-C-2017-101⟧</td><td>02/09/2017</td><td>Sun Odyssey 32</td></tr>
<tr><td>3</td><td>⟦p:<b>MOREAU</b> Philippe &amp; Nadia⟧</td><td>⟦id:TRI-C-2018-012⟧</td><td>25/01/2018</td><td>à acquérir</td></tr>
<tr><td>4</td><td>⟦p:<b>O'CONNOR</b> Brendan⟧ (⟦a:Cork⟧)</td><td>⟦id:TRI-C-2018-077⟧</td><td>30/06/2018</td><td>Sigma 33 — ⟦id:IRL 1877⟧</td></tr>
<tr><td>5</td><td>⟦p:<b>SCHWEITZER</b> Marc-Antoine⟧</td><td>⟦id:TRI-C-2019-003⟧</td><td>08/01/2019</td><td>Arcona 340</td></tr>
</table>
<h2>Catégorie D (11 à 12,99 m)</h2>
<table>
<tr><th>Rang</th><th>Demandeur</th><th>N° de demande</th><th>Date</th><th>Bateau</th></tr>
<tr><td>1</td><td>⟦p:<b>DE KERVILER</b> Anne⟧</td><td>⟦id:TRI-D-2015-019⟧</td><td>11/05/2015</td><td>Pogo 12.50 — ⟦id:LO F 71 550⟧</td></tr>
<tr><td>2</td><td>⟦p:<b>HAMON</b> Ronan⟧ et ⟦p:<b>GUILLOU</b> Tiphaine⟧ (copropriétaires)</td><td>⟦id:TRI-D-2016-048⟧</td><td>19/07/2016</td><td>JPK 1180</td></tr>
<tr><td>3</td><td>⟦p:<b>ZHANG</b> Wei⟧</td><td>⟦id:TRI-D-2018-030⟧</td><td>03/04/2018</td><td>Lagoon 40 (catamaran, poste double)</td></tr>
</table>
<p>Un demandeur qui change d'adresse ou de bateau doit le signaler ; sans réponse à la relance annuelle, la demande est radiée. Radiés en 2025 : ⟦p:M. Pascal Gourlay⟧ (sans réponse), ⟦p:Mme Édith Penven⟧ (bateau vendu).</p>
<p>Réclamations : <a href="mailto:capitainerie.trinite@ports-morbihan.fr">capitainerie.trinite@ports-morbihan.fr</a> — ⟦off:Hervé Le Dortz⟧, capitaine de port.</p>
""",
}

HTML["uh02_gites_ruraux_annuaire.html"] = {
    "title": "Gîtes ruraux du Haut-Jura — annuaire des propriétaires labellisés",
    "head": '<meta name="description" content="Annuaire des gîtes ruraux du Parc naturel régional du Haut-Jura">\n',
    "body": """
<h1>Gîtes ruraux labellisés — secteur des Hautes-Combes</h1>
<p>Annuaire publié par le Comité départemental du tourisme du Jura. Réservation directe auprès des propriétaires.</p>

<div class="gite">
<h2>Gîte « La Bergerie des Moussières »</h2>
<p>6 personnes, 3 épis. Propriétaires : ⟦p:<strong>Régine</strong> et <strong>Michel Grenard</strong>⟧<br>
⟦a:12, route de la Pesse⟧<br>⟦a:39310 Les Moussières⟧<br>
Tél. <a href="tel:⟦t:+33384416032⟧">⟦t:03 84 41 60 32⟧</a> — <a href="mailto:⟦e:bergerie.grenard@wanadoo.fr⟧">⟦e:bergerie.grenard@wanadoo.fr⟧</a><br>
N° d'enregistrement : ⟦id:39368000004RG⟧</p>
</div>

<div class="gite">
<h2>Gîte « Chez Léon »</h2>
<p>4 personnes, 2 épis. Ancienne ferme de ⟦p:Léon Jeunet⟧, grand-père de la propriétaire actuelle ⟦p:Mme Aline Jeunet-Vuillet⟧, qui habite ⟦a:la maison voisine, au bout du chemin de la Combe du Lac⟧.<br>
Tél. ⟦t:06&nbsp;75&nbsp;22&nbsp;19&nbsp;80⟧ (⟦p:Aline⟧) ou ⟦t:03&nbsp;84&nbsp;42&nbsp;70&nbsp;05⟧</p>
</div>

<div class="gite">
<h2>Gîte « Le Tuyé »</h2>
<p>8 personnes, 4 épis, sauna. Propriétaire : ⟦p:SARRAZIN Jérôme⟧, ⟦a:Le Tuyé, 39370 La Pesse⟧.<br>
Contact : <a href="mailto:⟦e:jerome.sarrazin@letuye-jura.fr⟧">écrire à ⟦p:Jérôme⟧</a> — ⟦t:+33&nbsp;6&nbsp;07&nbsp;58&nbsp;33&nbsp;91⟧</p>
</div>

<div class="gite">
<h2>Gîte d'étape de la Borne au Lion</h2>
<p>19 lits, accueil des randonneurs de la GTJ. Gérants : ⟦p:Anouk van Leeuwen⟧ et ⟦p:Bastien Roz⟧, ⟦a:lieu-dit La Borne au Lion, 39310 Septmoncel⟧.<br>
⟦t:0384417712⟧ — ⟦e:BORNEAULION.GITE@GMAIL.COM⟧</p>
</div>

<p><small>Mise à jour : mars 2025 — ⟦off:Claire Bourgeois⟧, Comité départemental du tourisme.</small></p>
""",
}

HTML["uh03_portes_ouvertes_caserne_merci.html"] = {
    "title": "Portes ouvertes de la caserne de Quillan — merci à tous ! — Amicale des sapeurs-pompiers",
    "head": '<meta name="author" content="⟦p:Nadège Py⟧">\n',
    "body": """
<article>
<h1>Merci pour cette belle journée portes ouvertes !</h1>
<p class="byline">Publié le 22 juin 2025 par ⟦p:Nadège Py⟧, secrétaire de l'amicale</p>
<p>Plus de 600 visiteurs se sont pressés samedi au centre de secours de Quillan. Un grand merci :</p>
<ul>
<li>à ⟦p:<em>Titou</em>⟧ (⟦p:Christophe Sabatier⟧) et ⟦p:<em>Jeannot</em>⟧ pour le barbecue, qui a tenu jusqu'à 16 h ;</li>
<li>à ⟦p:Maëva Cathala⟧ et ⟦p:Florian Gaubert⟧, qui ont fait grimper plus de 200 enfants sur l'échelle ;</li>
<li>à nos jeunes sapeurs-pompiers ⟦p:Enzo⟧, ⟦p:Lya⟧, ⟦p:Timéo⟧ et ⟦p:Rayan⟧, impeccables au parcours sportif ;</li>
<li>à ⟦p:M. et Mme Séguier⟧, de ⟦a:la ferme de Saint-Ferriol⟧, pour le prêt du plateau et des bottes de paille ;</li>
<li>aux anciens ⟦p:Roger Bénazet⟧ (⟦ag:91 ans⟧ !) et ⟦p:Pierrot Maury⟧, qui ont raconté l'incendie du Pays de Sault de 1976.</li>
</ul>
<p>La tombola a rapporté 1 240 € pour l'amicale. Gagnant du vélo : ⟦p:Hugo V.⟧, ⟦ag:8 ans⟧, d'⟦a:Espéraza⟧. Gagnante du panier garni : ⟦p:Mme Fernande Alquier⟧.</p>
<p>Les photos sont visibles sur la page de l'amicale. Si vous souhaitez qu'une photo soit retirée, écrivez à <a href="mailto:⟦e:nadege.py11@gmail.com⟧">⟦p:Nadège⟧</a> ou appelez le ⟦t:06 18 40 73 52⟧.</p>
<p>Rendez-vous l'an prochain ! Le chef de centre, ⟦off:lieutenant Olivier Marty⟧, remercie également le maire, ⟦off:M. Jean-Claude Pons⟧, pour le prêt des barrières.</p>
</article>
""",
}

HTML["uh04_foire_exposants_liste.html"] = {
    "title": "Foire de la Sainte-Catherine — Vesoul — liste des exposants agricoles",
    "body": """
<h1>Foire de la Sainte-Catherine — pôle agricole</h1>
<p>Organisée par le Département de la Haute-Saône et la Chambre d'agriculture. Liste des exposants du pôle agricole (animaux et produits fermiers).</p>
<table border="1">
<thead><tr><th>Stand</th><th>Exposant</th><th>Commune</th><th>Production</th><th>Contact</th></tr></thead>
<tbody>
<tr><td>P1</td><td>⟦p:Ferme ROUX-BRESSON (Gilles)⟧</td><td>⟦a:Frotey-lès-Vesoul⟧</td><td>Montbéliardes, cheptel ⟦id:70 245 108⟧</td><td>⟦t:03.84.75.41.62⟧</td></tr>
<tr><td>P2</td><td>⟦p:Marie-Hélène Febvay⟧</td><td>⟦a:Scey-sur-Saône⟧</td><td>Fromages de chèvre, escargots</td><td><a href="mailto:⟦e:mh.febvay@orange.fr⟧">⟦e:mh.febvay@orange.fr⟧</a></td></tr>
<tr><td>P3</td><td>EARL du Haut-Bois (⟦p:Damien et Lucie Girardot⟧)</td><td>⟦a:Pusey⟧</td><td>Charolais ; taureau « Ulysse », boucle ⟦id:FR 7031 2248 60⟧</td><td>⟦t:06 32 19 84 70⟧</td></tr>
<tr><td>P4</td><td>⟦p:M. Ahmed Bouzid⟧</td><td>⟦a:Villersexel⟧</td><td>Moutons, agneaux de Pâques</td><td>⟦t:07&nbsp;81&nbsp;20&nbsp;46&nbsp;13⟧</td></tr>
<tr><td>P5</td><td>Rucher du ⟦p:Père Guy⟧ (⟦p:Guy Vautherot⟧)</td><td>⟦a:Fougerolles-Saint-Valbert⟧</td><td>Miel, kirsch de Fougerolles</td><td>⟦t:03 84 49 12 07⟧</td></tr>
<tr><td>P6</td><td>⟦p:Fam. Lisowski⟧</td><td>⟦a:Ronchamp⟧</td><td>Charcuterie fumée au tuyé</td><td>⟦e:lisowski.ronchamp@free.fr⟧</td></tr>
<tr><td>P7</td><td>⟦p:Kevin &amp; Jessica Marchal⟧</td><td>⟦a:2 rue du Moulin, 70200 Andornay⟧</td><td>Volailles de plein air</td><td>⟦t:06-44-90-27-15⟧</td></tr>
</tbody>
</table>
<p>Inscriptions 2026 : service agriculture du Département, ⟦off:Mme Véronique Curie⟧.</p>
""",
}

HTML["uh05_fouille_blog_chantier.html"] = {
    "title": "Carnet de fouille — semaine 3 — oppidum du Puy d'Issolud",
    "head": '<meta name="author" content="⟦p:Baptiste Lenoir⟧">\n<meta property="og:title" content="Carnet de fouille, semaine 3, par ⟦p:Baptiste Lenoir⟧">\n',
    "body": """
<header><p>Blog des bénévoles du chantier de fouille — Département du Lot, service de l'archéologie</p></header>
<article>
<h1>Semaine 3 : la porte nord se dévoile</h1>
<p><em>Par ⟦p:Baptiste Lenoir⟧, bénévole (⟦ag:24 ans⟧, étudiant en master à Toulouse)</em></p>
<p>Cette semaine, l'équipe s'est agrandie : nous avons accueilli ⟦p:Ana Lúcia Carvalho⟧, venue de ⟦a:Coimbra⟧, ⟦p:Dorian⟧ et ⟦p:Anaïs Vergne⟧, deux frère et sœur de ⟦a:Vayrac⟧, et ⟦p:Monsieur Kowalski⟧ — « ⟦p:Stan⟧ » pour tout le monde — retraité de la SNCF et fidèle du chantier depuis 2009.</p>
<figure><img src="photos/s3-tamisage.jpg" alt="⟦p:Ana Lúcia⟧ et ⟦p:Stan⟧ au tamis">
<figcaption>⟦p:Ana Lúcia⟧ et ⟦p:Stan⟧ au tamisage, mardi. Photo ⟦p:B. Lenoir⟧.</figcaption></figure>
<p>Mercredi, ⟦p:Inès Saadi⟧ a trouvé une fibule en bronze dans le niveau de démolition ; ⟦off:Dr Jean-Pierre Girault⟧, responsable scientifique, l'a datée du Ier siècle avant notre ère.</p>
<p>Jeudi soir, repas chez ⟦p:Madame Delmas⟧, qui nous prête sa grange ⟦a:au hameau de Saint-Laurent, la maison aux volets rouges à côté de la bascule⟧ depuis des années.</p>
<p>Vous voulez rejoindre le chantier en août ? Écrivez-moi : <a href="mailto:⟦e:baptiste.lenoir@etu.univ-tlse2.fr⟧">⟦e:baptiste.lenoir@etu.univ-tlse2.fr⟧</a>.</p>
</article>
<section class="comments">
<h2>Commentaires</h2>
<p><strong>⟦p:mamie_gisele46⟧</strong> — Bravo les jeunes ! Je passerai vous voir samedi avec mon petit-fils ⟦p:Lucas⟧.</p>
<p><strong>⟦p:Thierry R.⟧</strong> — Est-ce que la visite du dimanche est ouverte à tous ? Je peux être joint au ⟦t:06 52 81 17 43⟧.</p>
</section>
""",
}

HTML["uh06_objets_trouves_gare_routiere.html"] = {
    "title": "Objets trouvés — gare routière de Gap — semaine 48",
    "body": """
<h1>Objets trouvés à la gare routière et dans les cars Zou!</h1>
<p>Les objets sont gardés trois mois au guichet de la gare routière de Gap (⟦off:M. Rachid Belkheir⟧, chef de gare). Présentez une pièce d'identité.</p>
<ol>
<li><b>24/11</b> — Doudoune rouge taille 12 ans, marquée au feutre « ⟦p:ZOÉ FAURE-BRAC⟧ 6e2 ».</li>
<li><b>24/11</b> — Carte Zou! Études n° <span class="num">⟦id:05 2291 7745⟧</span>, titulaire : ⟦p:Timothée <span class="nom">Allemand</span>⟧.</li>
<li><b>25/11</b> — Sac de randonnée Millet avec une étiquette de bagage : ⟦p:Dr. Ingrid Vásquez Ortega⟧, ⟦a:C/ Mayor 23, 3º B, 31001 Pamplona⟧, ⟦t:+34 948 22 71 05⟧.</li>
<li><b>26/11</b> — Trousseau de clés avec badge de résidence et médaille « ⟦p:Papy Jo⟧ ».</li>
<li><b>27/11</b> — Permis de conduire au nom de ⟦p:M. Loïc CHAIX⟧, né le ⟦bd:09/04/1979⟧ à ⟦bp:Embrun⟧, permis n° ⟦id:790405200318⟧. <em>Rendu le 28/11.</em></li>
<li><b>28/11</b> — Cahier de Terminale, nom sur la couverture : « ⟦p:yasmine b.⟧ — Lycée Dominique-Villars ».</li>
<li><b>29/11</b> — Carte bancaire au nom de ⟦p:MR ABDELKADER HAMMOUDI⟧ (transmise à la banque).</li>
<li><b>29/11</b> — Étui à guitare, carte de visite glissée dedans : <a href="mailto:⟦e:julo.guitare@laposte.net⟧">⟦p:Julo⟧ — cours de guitare</a>, <a href="tel:⟦t:0492517730⟧">⟦t:04 92 51 77 30⟧</a>.</li>
</ol>
<p>Pour signaler une perte : formulaire en ligne ou au guichet (⟦off:Mme Sylvie Jaussaud⟧).</p>
""",
}

HTML["uh07_stage_voile_inscrits.html"] = {
    "title": "Base nautique départementale du lac de Guerlédan — stages de voile été 2025 — listes",
    "body": """
<h1>Stages de voile — juillet 2025 — listes des inscrits</h1>
<p>Rendez-vous le lundi à 9 h à la base, avec une tenue de rechange. Les parents peuvent contacter le chef de base, ⟦off:Goulven Le Moal⟧.</p>
<h2>Stage Optimist (7-10 ans) — du 7 au 11 juillet</h2>
<table>
<tr><th>Stagiaire</th><th>Âge</th><th>Responsable légal</th><th>Téléphone</th></tr>
<tr><td>⟦p:Jade Le Roux⟧</td><td>⟦ag:8⟧</td><td>⟦p:Gwenaëlle Le Roux⟧</td><td>⟦t:06 62 17 44 90⟧</td></tr>
<tr><td>⟦p:Noé Boscher⟧</td><td>⟦ag:9⟧</td><td>⟦p:Hervé Boscher⟧</td><td>⟦t:06 03 81 25 76⟧</td></tr>
<tr><td>⟦p:Aylin Demir⟧</td><td>⟦ag:10⟧</td><td>⟦p:Ayşe Demir⟧</td><td>⟦t:07 67 40 12 38⟧</td></tr>
<tr><td>⟦p:Oscar de Poulpiquet⟧</td><td>⟦ag:7⟧</td><td>⟦p:Blandine de Poulpiquet⟧</td><td>⟦t:+33 6 85 20 47 11⟧</td></tr>
</table>
<h2>Stage catamaran (11-15 ans) — du 21 au 25 juillet</h2>
<table>
<tr><th>Stagiaire</th><th>Né(e) le</th><th>Commune</th><th>Contact</th></tr>
<tr><td>⟦p:Malo Raoul⟧</td><td>⟦bd:03/02/2012⟧</td><td>⟦a:Mûr-de-Bretagne⟧</td><td>⟦e:famille.raoul@orange.fr⟧</td></tr>
<tr><td>⟦p:Rose-Aimée Tchouameni⟧</td><td>⟦bd:28/10/2010⟧</td><td>⟦a:Loudéac⟧</td><td>⟦t:06 41 73 29 04⟧</td></tr>
<tr><td>⟦p:Titouan Guillemot⟧</td><td>⟦bd:15/06/2013⟧</td><td>⟦a:Saint-Guen⟧</td><td>⟦e:titouan.guillemot.parents@gmail.com⟧</td></tr>
</table>
<p>Navette depuis Loudéac assurée par ⟦p:M. Boscher⟧ (minibus du club). Covoiturage : voir avec ⟦p:Gwenaëlle⟧.</p>
""",
}

HTML["uh08_veloroute_contributions_en_ligne.html"] = {
    "title": "Consultation « Véloroute du canal de Nantes à Brest » — contributions publiées",
    "body": """
<h1>Vos contributions</h1>
<p>Consultation ouverte par la Région Bretagne et les Départements du Morbihan et du Finistère du 1er au 30 avril 2025. Les contributions sont publiées sous le nom ou le pseudonyme choisi par leur auteur.</p>
<div class="contrib"><p class="auteur">⟦p:Yvonne Le Hir⟧, ⟦a:Pontivy⟧ — 02/04/2025</p>
<p>Je marche tous les jours sur le halage entre l'écluse de Guern et Pontivy. Les vélos électriques vont trop vite. Je propose des panneaux « partage ».</p></div>
<div class="contrib"><p class="auteur">⟦p:cyclo56_erwan⟧ — 04/04/2025</p>
<p>Surface en sable stabilisé catastrophique après la pluie au niveau de Saint-Nicolas-des-Eaux. Je tiens un relevé GPS des ornières, dispo sur demande : ⟦e:erwan.cyclo56@gmail.com⟧.</p></div>
<div class="contrib"><p class="auteur">Gîte de l'Écluse de Boju (⟦p:Sylvie et Marc Tanguy⟧) — 09/04/2025</p>
<p>Nous accueillons 1 200 cyclistes par saison ; il manque un point de réparation. Nous pouvons héberger une station de gonflage devant ⟦a:notre maison éclusière, écluse n° 103⟧. ⟦t:02 97 51 90 44⟧.</p></div>
<div class="contrib"><p class="auteur">⟦p:J. Pérez⟧ — 11/04/2025</p>
<p>Je viens de ⟦a:Barcelone⟧ chaque été avec mes enfants : bravo, mais la signalisation en anglais ou espagnol manque.</p></div>
<div class="contrib"><p class="auteur">⟦p:Anne-Cécile Rohou⟧, ⟦ag:46 ans⟧ — 17/04/2025</p>
<p>Travaillant à Josselin, je fais le trajet depuis ⟦a:Guégon, au lieu-dit Trégranteur⟧. Éclairage indispensable pour l'hiver.</p></div>
<div class="contrib"><p class="auteur">Anonyme — 22/04/2025</p>
<p>Supprimez les barrières en chicane, impossibles avec une remorque.</p></div>
<p>Synthèse : ⟦off:Mme Lénaïg Cadoret⟧, chargée de mission vélo, Région Bretagne.</p>
""",
}

HTML["uh09_guides_conferenciers_annuaire.html"] = {
    "title": "Guides-conférenciers du Pays d'art et d'histoire de Lens-Liévin — annuaire",
    "body": """
<h1>Réserver un guide-conférencier</h1>
<p>Les guides ci-dessous sont titulaires de la carte professionnelle de guide-conférencier et agréés par le Pays d'art et d'histoire (syndicat mixte). Tarifs : voir la grille 2025.</p>
<dl>
<dt>⟦p:Rémi Dehaene⟧</dt>
<dd>Carte n° ⟦id:GC-062-2014-0087⟧ — langues : français, néerlandais, anglais<br>
Spécialités : cités minières, Louvre-Lens<br>
<a href="tel:⟦t:+33321728814⟧">⟦t:03 21 72 88 14⟧</a> · <a href="mailto:⟦e:remi.dehaene@gmail.com⟧">⟦e:remi.dehaene@gmail.com⟧</a></dd>

<dt>⟦p:Stanisława « Stasia » Wiśniewska-Delattre⟧</dt>
<dd>Carte n° ⟦id:GC-062-2009-0031⟧ — langues : français, polonais<br>
Elle a grandi ⟦a:à la cité 9 de Lens⟧ et propose la visite « Les Polonais du bassin minier ».<br>
<a href="mailto:⟦e:stasia.wd@orange.fr⟧">Écrire à ⟦p:Stasia⟧</a> · ⟦t:06&#160;08&#160;71&#160;25&#160;39⟧</dd>

<dt>⟦p:Kwame <span lang="en">Asante-Mensah</span>⟧</dt>
<dd>Carte n° ⟦id:GC-059-2021-0144⟧ — langues : français, anglais, twi<br>
Spécialités : mémoriaux de la Grande Guerre (Notre-Dame-de-Lorette, Vimy)<br>
<a href="tel:⟦t:+447911123456⟧">⟦t:+44 7911 123456⟧</a> (numéro britannique) · <a href="mailto:⟦e:kwame.am.guide@outlook.com⟧">⟦e:kwame.am.guide@outlook.com⟧</a></dd>

<dt>⟦p:DUFOUR Marie-Laure⟧ <small>(en congé jusqu'en mars)</small></dt>
<dd>Carte n° ⟦id:GC-062-2001-0012⟧<br>
Adresse professionnelle : ⟦a:27 rue Jean-Jaurès, 62800 Liévin⟧ (son domicile)</dd>
</dl>
<p>Coordination des guides : ⟦off:Mme Élise Caron⟧, animatrice de l'architecture et du patrimoine.</p>
""",
}

HTML["uh10_musee_donateurs_remerciements.html"] = {
    "title": "Merci à nos donateurs 2025 — Musée départemental Albert-Kahn",
    "head": '<meta name="keywords" content="dons, donateurs, ⟦p:Lemarchand⟧, ⟦p:Ishikawa⟧, autochromes">\n',
    "body": """
<h1>Ils ont enrichi les collections en 2025</h1>
<p>Le Département des Hauts-de-Seine remercie les donateurs dont les dons ont été acceptés par la commission permanente en 2025 :</p>
<ul>
<li><strong>⟦p:Mme Odile Lemarchand⟧</strong>, de ⟦a:Boulogne-Billancourt⟧ : 46 plaques autochromes prises par son grand-oncle ⟦p:Fernand Lemarchand⟧, opérateur amateur, au Maroc en 1921-1922.</li>
<li><strong>⟦p:M. Kenji Ishikawa⟧</strong> (⟦p:石川健二⟧), de ⟦a:Kyoto⟧ : un album de photographies du jardin japonais, rapporté par son arrière-grand-père ⟦p:Ishikawa Tōzaburō⟧, jardinier du domaine en 1909.</li>
<li><strong>La famille ⟦p:Boudjemaa-Ferrand⟧</strong> : correspondance de ⟦p:Lucien Ferrand⟧ avec les opérateurs des Archives de la Planète.</li>
<li><strong>⟦p:M. Paul-Henri d'Harcourt de Vésian⟧</strong> : projecteur d'autochromes (1912), en mémoire de son père.</li>
<li>Un donateur qui a souhaité rester anonyme.</li>
</ul>
<p>Vous souhaitez faire un don ? Contactez le service des collections : <a href="mailto:collections.albertkahn@hauts-de-seine.fr">collections.albertkahn@hauts-de-seine.fr</a> — ⟦off:Mme Nathalie Doury⟧, responsable des collections.</p>
<footer><p>Photo d'en-tête : ⟦p:Odile Lemarchand⟧ et ⟦off:Nathalie Doury⟧ lors de la remise du don, le 14 mai 2025 (© Département, photo ⟦off:Jérôme Daumas⟧).</p></footer>
""",
}

DOCX["uw01_liste_eleves_points_arret.docx"] = {
    "title": "Ligne scolaire 39-07 — liste des élèves par point d'arrêt — rentrée 2025",
    "author": "⟦off:Laetitia Jobez⟧",
    "header": "Région Bourgogne-Franche-Comté — Direction des mobilités — Unité territoriale du Jura",
    "footer": "Document transmis au transporteur (Cars Bourgeois) et affiché dans le car — mise à jour par ⟦off:Laetitia Jobez⟧",
    "blocks": [
        ("h", "Ligne 39-07 : Foncine-le-Haut — Champagnole (collège Jules-Grévy)"),
        "Départ 6 h 58 — conducteur titulaire : ⟦off:M. Didier Cretin⟧ (Cars Bourgeois). Les élèves doivent présenter leur carte Mobigo à chaque montée.",
        ("table", [
            ["Arrêt", "Heure", "Élève", "Classe", "N° de carte", "Parent à prévenir"],
            ["Foncine-le-Haut — Mairie", "6 h 58", "⟦p:**BOURGEOIS** Théo⟧", "4e A", "⟦id:39-0714-2281⟧", "⟦p:Mme Bourgeois⟧ ⟦t:06 37 18 42 05⟧"],
            ["Foncine-le-Haut — Mairie", "6 h 58", "⟦p:**GIROD** Maëlys⟧", "6e C", "⟦id:39-0714-3107⟧", "⟦p:Stéphane Girod⟧ ⟦t:03 84 51 90 22⟧"],
            ["Les Planches-en-Montagne", "7 h 06", "⟦p:**ÖZTÜRK** Elif⟧", "3e B", "⟦id:39-0714-1990⟧", "⟦p:Hatice Öztürk⟧ ⟦t:07 51 64 28 37⟧"],
            ["Les Planches — Le Bief de la Chaille", "7 h 09", "⟦p:**MOUREAUX-PIARD** Jules⟧", "5e A", "⟦id:39-0714-2874⟧", "⟦p:Laurence Piard⟧ ⟦t:06.82.14.55.09⟧"],
            ["Syam — Les Forges", "7 h 15", "⟦p:**DA SILVA** Enzo⟧", "6e A", "⟦id:39-0714-3112⟧", "⟦p:Carla Da Silva⟧ ⟦t:+33 6 24 80 11 76⟧"],
            ["Syam — Les Forges", "7 h 15", "⟦p:**DA SILVA** Lina⟧", "4e C", "⟦id:39-0714-2203⟧", "idem"],
            ["Sirod — Chemin de la Lemme", "7 h 21", "⟦p:**LHOMME** Pauline⟧", "3e A", "⟦id:39-0714-1858⟧", "⟦p:Christophe Lhomme⟧ ⟦t:06 13 27 40 82⟧"],
        ]),
        "Arrêt à la demande : ⟦p:Gabriel Vuillermoz⟧ (6e B, carte ⟦id:39-0714-3140⟧) monte ⟦a:au carrefour de la ferme Vuillermoz, route de Bourg-de-Sirod⟧ ; la famille met un gilet jaune sur la barrière les jours où il prend le car.",
        "En cas de retard du car, prévenir la déléguée des parents de la ligne, ⟦p:Mme Hatice Öztürk⟧, qui relaie par SMS.",
    ],
}

DOCX["uw02_deliberation_acceptation_don_musee.docx"] = {
    "title": "Commission permanente du 16 juin 2025 — acceptation d'un don au musée départemental",
    "author": "Service des assemblées",
    "header": "Département de la Corrèze — Commission permanente — séance du 16 juin 2025",
    "footer": "Délibération n° CP-2025-06-118 — page 1/1",
    "blocks": [
        ("h", "Musée départemental du Cloître — acceptation du don de ⟦p:Mme Jeannine Chastagnol⟧"),
        "La Commission permanente du Conseil départemental de la Corrèze, réunie le 16 juin 2025 sous la présidence de ⟦off:M. Pascal Coste⟧,",
        "Vu la proposition de don présentée par ⟦p:Mme Jeannine Chastagnol⟧, née ⟦p:Laporte⟧ le ⟦bd:7 avril 1938⟧ à ⟦bp:Tulle⟧, demeurant ⟦a:La Chassagne, 19150 Laguenne-sur-Avalouze⟧ ;",
        "Vu l'avis favorable de la commission scientifique régionale des collections des musées de France du 22 mai 2025 ;",
        "Considérant que le fonds comprend 37 pièces de dentelle au point de Tulle réalisées par ⟦p:Mme Chastagnol⟧ et par sa mère, ⟦p:Marguerite Laporte⟧ (1911-1990), dentellière, ainsi que les carnets de modèles de l'atelier familial de la rue Riche à Tulle ;",
        "DÉCIDE",
        "Article 1 : d'accepter le don, sans condition ni charge, de l'ensemble décrit en annexe, qui sera inscrit à l'inventaire sous les numéros 2025.4.1 à 2025.4.37 ;",
        "Article 2 : de mentionner sur les cartels « Don de ⟦p:Jeannine Chastagnol⟧, 2025 », conformément au souhait de la donatrice ;",
        "Article 3 : d'autoriser le Président à signer l'acte de donation.",
        ("table", [
            ["Votants", "Pour", "Contre", "Abstention"],
            ["22", "22", "0", "0"],
        ]),
        "Le Président du Conseil départemental, ⟦off:Pascal Coste⟧",
        "Rapporteur : ⟦off:Mme Hélène Rome⟧, vice-présidente chargée de la culture. Dossier suivi par ⟦off:M. **Thomas** Bouyssou⟧, conservateur.",
    ],
}

DOCX["uw03_subventions_artistes_commission.docx"] = {
    "title": "Aides individuelles à la création — arts plastiques et écriture — session d'automne 2025",
    "author": "⟦off:Julien Mercadier⟧",
    "header": "Région Nouvelle-Aquitaine — Direction de la culture et du patrimoine",
    "footer": "Annexe à la délibération de la commission permanente du 17 novembre 2025",
    "blocks": [
        ("h", "Aides individuelles à la création — bénéficiaires"),
        "La commission permanente attribue les aides suivantes aux artistes et auteurs ci-dessous, sur proposition du comité d'experts réuni le 9 octobre 2025.",
        ("table", [
            ["Bénéficiaire", "Domicile", "Discipline", "Projet", "Montant"],
            ["⟦p:**ARRIETA** Ainhoa⟧", "⟦a:Anglet (64)⟧", "Photographie", "« Gaueko », nuits du Pays basque", "6 000 €"],
            ["⟦p:**BOISSONNADE** Clément⟧ dit ⟦p:CLEM BOISS⟧", "⟦a:Bègles (33)⟧", "Bande dessinée", "« Les tonneliers »", "8 000 €"],
            ["⟦p:**DIALLO** Mariama⟧", "⟦a:Poitiers (86)⟧", "Écriture (roman)", "« La saison des mangues »", "5 000 €"],
            ["⟦p:**FONTANAUD-LEE** Eun-ji⟧ (⟦p:이은지⟧)", "⟦a:Limoges (87)⟧", "Céramique", "« Porcelaine et onggi »", "7 500 €"],
            ["⟦p:**GRELLIER** Paul⟧", "⟦a:Saint-Martin-de-Ré (17)⟧", "Peinture", "« Marais salants »", "4 000 €"],
            ["⟦p:**VAN HOVE** Lieselotte⟧", "⟦a:Nontron (24)⟧", "Textile", "« Fils de la Dronne »", "6 500 €"],
        ]),
        "Les versements interviennent sur présentation d'un RIB au nom de l'artiste. ⟦p:M. Grellier⟧ ayant déclaré son atelier comme domicile (⟦a:11 cours des Salines⟧), l'adresse de versement est celle-ci.",
        "Pour la Présidente de la commission culture : ⟦off:Mme Charline Claveau-Abbadie⟧. Dossier suivi par ⟦off:Julien Mercadier⟧, chargé de mission arts visuels.",
    ],
}

DOCX["uw04_planning_gymnases_intercommunaux.docx"] = {
    "title": "Planning d'occupation des gymnases intercommunaux — saison 2025-2026",
    "author": "⟦off:Fabien Rigaud⟧",
    "header": "Communauté de communes du Pays de Mormal — Service des sports",
    "footer": "Référents de créneau : en cas de problème d'accès, appeler l'astreinte (⟦off:Fabien Rigaud⟧)",
    "blocks": [
        ("h", "Gymnase du collège Eugène-Thomas — Le Quesnoy"),
        ("table", [
            ["Jour", "Créneau", "Utilisateur", "Référent (clé, alarme)", "Téléphone"],
            ["Lundi", "17 h 30 - 19 h", "Collège (UNSS)", "⟦off:M. Vandamme⟧, professeur d'EPS", "—"],
            ["Lundi", "19 h - 22 h", "Handball Club Quercitain", "⟦p:**Ludivine** Delcroix⟧", "⟦t:06 59 42 10 83⟧"],
            ["Mardi", "18 h - 20 h", "Judo Club (dojo)", "⟦p:Abdelhak « Abdel » Merzouk⟧", "⟦t:06.27.81.44.06⟧"],
            ["Mercredi", "14 h - 17 h", "Badminton jeunes", "⟦p:Théo Lefebvre⟧ (⟦ag:19 ans⟧, animateur)", "⟦t:07 69 23 50 18⟧"],
            ["Jeudi", "20 h - 22 h", "Futsal loisir (association « Les Potes de Mormal »)", "⟦p:Jonathan Delattre⟧", "⟦t:0644218705⟧"],
            ["Vendredi", "19 h - 21 h", "Yoga (association Souffle)", "⟦p:Mme Hélène Carpentier-Buisset⟧", "⟦t:03 27 49 12 60⟧"],
            ["Samedi", "9 h - 12 h", "Basket Club (matchs)", "⟦p:**Piotr** Kaczmarek⟧", "⟦t:06 20 31 77 42⟧"],
        ]),
        ("h", "Salle de sports de Jolimetz"),
        ("table", [
            ["Jour", "Créneau", "Utilisateur", "Référent", "Contact"],
            ["Mardi", "19 h - 21 h", "Gym douce des aînés", "⟦p:Mme Paulette Hennebert⟧", "⟦t:03 27 26 61 05⟧"],
            ["Jeudi", "18 h - 20 h", "Particulier (tennis de table)", "⟦p:M. Quentin Dubois⟧", "⟦e:quentin.dubois59@gmail.com⟧"],
        ]),
        "Le badge d'accès n° ⟦id:BDG-0417⟧ attribué à ⟦p:M. Kaczmarek⟧ remplace celui perdu en septembre (n° ⟦id:BDG-0388⟧, désactivé).",
    ],
}

DOCX["uw05_fouille_liste_benevoles.docx"] = {
    "title": "Fouille programmée de l'abbaye de Saint-Jean-d'Angély — bénévoles 2025",
    "author": "⟦off:Dr Stéphanie Guillonnet⟧",
    "header": "Département de la Charente-Maritime — Service départemental d'archéologie",
    "footer": "Liste transmise à l'assureur et au gîte ; diffusée aux bénévoles pour le covoiturage — contact : ⟦p:Françoise Rabiller⟧, ⟦t:05.46.94.31.20⟧",
    "blocks": [
        ("h", "Bénévoles inscrits — campagne du 7 juillet au 1er août 2025"),
        "Responsable d'opération : ⟦off:Dr Stéphanie Guillonnet⟧, archéologue départementale.",
        ("table", [
            ["Nom", "Prénom", "Né(e) le", "Ville", "Semaines", "Téléphone / e-mail", "Venue"],
            ["⟦p:POTTIER⟧", "⟦p:Jean-Yves⟧", "⟦bd:12/01/1951⟧", "⟦a:Saintes⟧", "1-2-3-4", "⟦t:05 46 93 20 71⟧", "voiture ⟦pl:CN-118-WP⟧"],
            ["⟦p:MEZIANE⟧", "⟦p:Aïcha⟧", "⟦bd:05/05/2003⟧", "⟦a:Niort⟧", "1-2", "⟦e:aicha.meziane@etu.univ-poitiers.fr⟧", "train"],
            ["⟦p:CORDIER⟧", "⟦p:Gabin⟧", "⟦bd:30/11/2004⟧", "⟦a:Cognac⟧", "1-2", "⟦t:06 88 14 29 53⟧", "covoiturage"],
            ["⟦p:IONIȚĂ⟧", "⟦p:Mariana⟧", "⟦bd:18.03.2002⟧", "⟦a:Iași (Roumanie)⟧", "2-3", "⟦t:+40 742 118 506⟧", "bus"],
            ["⟦p:McINTYRE⟧", "⟦p:Callum⟧", "⟦bd:1999-08-09⟧", "⟦a:Edinburgh (UK)⟧", "2-3-4", "⟦e:c.mcintyre99@ed-alumni.net⟧", "bus + navette"],
            ["⟦p:BOUTEILLER⟧", "⟦p:Léna⟧", "⟦bd:22/06/2010⟧", "⟦a:Saint-Jean-d'Angély⟧", "2", "parents : ⟦t:06 31 05 77 42⟧", "à pied"],
            ["⟦p:RABILLER⟧", "⟦p:Françoise⟧", "⟦bd:03/10/1957⟧", "⟦a:Fontcouverte⟧", "1-2-3-4", "⟦t:05.46.94.31.20⟧", "Kangoo ⟦pl:DL-902-GK⟧"],
        ]),
        "Assurance : les bénévoles sont couverts par le contrat du Département ; numéro d'adhérent à l'association des Amis de l'abbaye à indiquer : ⟦p:M. Pottier⟧ n° ⟦id:AAA-0009⟧, ⟦p:Mme Rabiller⟧ n° ⟦id:AAA-0112⟧.",
    ],
}

DOCX["uw06_foire_fiche_inscription_exposant.docx"] = {
    "title": "Fiche d'inscription exposant — Foire agricole de Bourg-en-Bresse 2025 — ⟦p:Perrine Chanel-Ducret⟧",
    "author": "⟦p:Perrine Chanel-Ducret⟧",
    "header": "Syndicat mixte du parc des expositions de Bourg-en-Bresse — Foire agricole de la Bresse",
    "footer": "Fiche n° ⟦id:EXPO-25-0219⟧ — reçue le 3 mars 2025 par ⟦off:Mme Agnès Rollet⟧",
    "blocks": [
        ("h", "Fiche d'inscription — exposant du village fermier"),
        ("table", [
            ["Raison sociale", "Ferme de la Cour Bressane (entreprise individuelle)"],
            ["Responsable", "⟦p:Mme **Perrine** Chanel-Ducret⟧"],
            ["Date et lieu de naissance", "le ⟦bd:19 novembre 1982⟧, ⟦bp:Louhans (71)⟧"],
            ["Adresse", "⟦a:La Cour, 1840 route de Montrevel⟧\n⟦a:01340 Attignat⟧"],
            ["Téléphone", "⟦t:04 74 30 22 61⟧ (ferme) — ⟦t:06 78 40 19 93⟧ (portable)"],
            ["Courriel", "⟦e:perrine@fermecourbressane.fr⟧"],
            ["SIRET", "⟦siret:529 884 013 00024⟧"],
            ["N° de cheptel / EDE", "⟦id:FR 01 024 330⟧"],
            ["Production exposée", "Volailles de Bresse AOP (poulets, chapons) — 24 sujets"],
            ["Véhicule d'accès", "Renault Master + remorque bétaillère : ⟦pl:EK-509-LD⟧ / ⟦pl:WW-774-RC⟧ (remorque)"],
            ["Personne présente sur le stand", "⟦p:Jean-Noël Ducret⟧ (époux) et ⟦p:Clémentine Ducret⟧ (fille, ⟦ag:17 ans⟧)"],
            ["Paiement", "Virement ⟦iban:FR76 1780 6003 8104 1922 7310 038⟧ (réf. ⟦id:FACT-2025-0087⟧)"],
        ]),
        "Je soussignée ⟦p:Perrine Chanel-Ducret⟧ certifie l'exactitude des renseignements ci-dessus et m'engage à respecter le règlement sanitaire de la foire.",
        "Fait à Attignat, le 28 février 2025. Signature : ⟦p:P. Chanel-Ducret⟧",
    ],
}

DOCX["uw07_hivernage_aire_carenage.docx"] = {
    "title": "Aire de carénage et d'hivernage — bateaux à terre — hiver 2025-2026",
    "author": "Capitainerie de Cherbourg-Chantereyne — ⟦off:Y. Hamel⟧",
    "header": "Port Chantereyne — Cherbourg-en-Cotentin — Syndicat mixte des ports de la Manche",
    "footer": "Liste affichée sur le terre-plein — tout bateau non listé sera déplacé aux frais de son propriétaire",
    "blocks": [
        ("h", "Bateaux stationnés à terre du 1er novembre 2025 au 31 mars 2026"),
        ("table", [
            ["Case", "Bateau", "Immatriculation", "Propriétaire", "Contact"],
            ["T-01", "« Vent d'Ouest »", "⟦id:CH F 12 440⟧", "⟦p:M. Guy **Lecouvey**⟧", "⟦t:02 33 53 41 70⟧"],
            ["T-02", "« Alizé II »", "⟦id:CH F 33 918⟧", "⟦p:LEBOUTEILLER Marie-France⟧", "⟦t:06 07 83 14 22⟧"],
            ["T-03", "« Jersey Lily »", "⟦id:J 2741⟧ (Jersey)", "⟦p:Mr Richard Le Quesne⟧, ⟦a:La Rue de la Mare, St Ouen, Jersey JE3 2AB⟧", "⟦t:+44 1534 482 119⟧"],
            ["T-04", "« Pitchoune »", "⟦id:CH F 51 007⟧", "⟦p:Famille Hamon-Duchemin⟧", "⟦e:hamon.duchemin@gmail.com⟧"],
            ["T-05", "« Ker Maria »", "⟦id:CH F 08 365⟧", "⟦p:Ambroise Fleury⟧ (⟦ag:86 ans⟧), représenté par son fils ⟦p:Olivier⟧", "⟦t:06.72.18.90.45⟧"],
            ["T-06", "semi-rigide sans nom", "⟦id:CH G 70 116⟧", "⟦p:Sébastien Quoniam⟧, ⟦a:12 rue de l'Abbaye, Tourlaville⟧", "—"],
            ["T-07", "« Sula »", "⟦id:CH F 40 221⟧", "⟦p:Dr. Anneke Visser⟧ (NL)", "⟦e:a.visser@zeelandnet.nl⟧"],
        ]),
        "Remorques routières laissées sur l'aire : ⟦pl:AG-331-XV⟧ (⟦p:M. Lecouvey⟧), ⟦pl:DS-620-BH⟧ (⟦p:M. Quoniam⟧). Clé du local des bers chez ⟦p:Guy Lecouvey⟧, président de l'association des plaisanciers, ⟦a:4 rue Emmanuel-Liais⟧.",
        "Visa : ⟦off:Y. Hamel⟧, maître de port.",
    ],
}

DOCX["uw08_convention_pret_collection_privee.docx"] = {
    "title": "Convention de prêt d'œuvres — exposition « Faïences de Quimper, 1920-1950 »",
    "author": "Musée départemental breton — ⟦off:Pascale Le Gall⟧",
    "header": "Département du Finistère — Musée départemental breton, Quimper",
    "footer": "Convention n° ⟦id:MDB-PR-2025-07⟧ — prêteur : ⟦p:M. et Mme Hervé et Soazig Kerlann⟧",
    "blocks": [
        ("h", "Convention de prêt"),
        "ENTRE le Département du Finistère, représenté par ⟦off:Mme Pascale Le Gall⟧, conservatrice du musée départemental breton, dûment habilitée,",
        "ET ⟦p:M. Hervé Kerlann⟧, né le ⟦bd:14/07/1956⟧ à ⟦bp:Pont-l'Abbé⟧, et ⟦p:Mme Soazig Kerlann née Le Bec⟧, demeurant ensemble ⟦a:Manoir de Kerlaouen⟧, ⟦a:29120 Combrit⟧, ci-après « le prêteur »,",
        "IL EST CONVENU CE QUI SUIT :",
        "Article 1 — Le prêteur met à disposition du musée les 14 pièces décrites ci-dessous, du 2 juin au 30 novembre 2025.",
        ("table", [
            ["N°", "Œuvre", "Valeur d'assurance"],
            ["1", "Plat « Le Pardon », signé René-Yves Creston, vers 1928 (décor)", "4 500 €"],
            ["2", "Vase « Bigoudène », HB Quimper, vers 1930", "1 200 €"],
            ["3-14", "Service à crêpes (12 pièces), commande de la famille ⟦p:Kerlann⟧, 1947", "3 000 €"],
        ]),
        "Article 2 — Le cartel portera la mention « Collection ⟦p:Hervé et Soazig Kerlann⟧ ».",
        "Article 3 — L'assurance est souscrite « clou à clou » par le Département ; le prêteur renonce à tout recours au-delà des valeurs indiquées.",
        "Article 4 — Le convoiement est assuré par ⟦off:M. Ewen Guivarc'h⟧, régisseur des collections ; le prêteur sera présent à l'emballage (joindre ⟦p:Mme Kerlann⟧ au ⟦t:02 98 56 41 27⟧ ou au ⟦t:06 86 12 44 09⟧).",
        "Fait à Quimper, le 12 mai 2025, en deux exemplaires. Le prêteur : ⟦p:H. Kerlann⟧ — ⟦p:S. Kerlann⟧. Pour le Département : ⟦off:P. Le Gall⟧.",
    ],
}

DOCX["uw09_contrat_depot_archives_privees.docx"] = {
    "title": "Contrat de dépôt d'archives privées — fonds de la famille ⟦p:Sarrazin-Oberlé⟧",
    "author": "⟦p:Marc Sarrazin-Oberlé⟧",
    "header": "Archives d'Alsace — site de Colmar — Collectivité européenne d'Alsace",
    "footer": "Fonds 127 J — déposant : ⟦p:M. Marc **Sarrazin-Oberlé**⟧ — ⟦e:marc.so@sarrazin-oberle.eu⟧",
    "blocks": [
        ("h", "Contrat de dépôt"),
        "Entre la Collectivité européenne d'Alsace, représentée par ⟦off:M. Jean-Luc Eichenlaub⟧, directeur des Archives d'Alsace,",
        "et ⟦p:M. Marc Sarrazin-Oberlé⟧, né le ⟦bd:2 mars 1962⟧ à ⟦bp:Strasbourg⟧, demeurant ⟦a:Obere Dorfstraße 9, 79588 Efringen-Kirchen (Allemagne)⟧, agissant en son nom et au nom de ses sœurs ⟦p:Christiane Oberlé-Kuntz⟧ (⟦a:3 rue des Vignerons, 68340 Riquewihr⟧) et ⟦p:Béatrice Sarrazin⟧ (⟦a:Bâle, Suisse⟧), ci-après « le déposant »,",
        "il est convenu ce qui suit :",
        "Article 1 — Objet. Le déposant remet en dépôt aux Archives d'Alsace les archives de la maison de négoce de vins ⟦p:Oberlé⟧ Frères de Riquewihr (1846-1978) : registres de commandes, correspondance commerciale, étiquettes, photographies, ainsi que les papiers personnels de son grand-père ⟦p:Émile Oberlé⟧ (1881-1962), maire de Riquewihr de 1919 à 1935.",
        "Article 2 — Communication. Les documents sont communicables librement, à l'exception des livres de paie de 1950 à 1978, communicables avec l'accord du déposant.",
        "Article 3 — Reproduction. Le déposant autorise la numérisation et la mise en ligne du fonds.",
        "Article 4 — Retrait. Le déposant ou ses ayants droit peuvent reprendre le fonds sur préavis de six mois.",
        ("table", [
            ["Pour les Archives d'Alsace", "Le déposant"],
            ["⟦off:Jean-Luc Eichenlaub⟧", "⟦p:Marc Sarrazin-Oberlé⟧\n⟦t:+49 7628 80 41 27⟧"],
        ]),
        "Inventaire sommaire établi par ⟦off:Mme Anne-Catherine Ehrhardt⟧, archiviste, avec l'aide de ⟦p:Mme Oberlé-Kuntz⟧, qui a identifié les personnes sur les photographies (dont ⟦p:« la tante Mimi »⟧, ⟦p:Marie Oberlé⟧, étiqueteuse de 1931 à 1970).",
    ],
}

DOCX["uw10_convention_deneigement_agriculteur.docx"] = {
    "title": "Convention de déneigement des voies communales et départementales — exploitant agricole",
    "author": "Département du Doubs — Direction des routes",
    "header": "Département du Doubs — Centre d'exploitation de Mouthe",
    "footer": "Convention n° ⟦id:DN-2025-MOU-06⟧ — ⟦p:Laurent Cuenot-Guyon⟧ — page 1/1",
    "blocks": [
        ("h", "Convention de prestation de déneigement — hiver 2025-2026"),
        "Entre le Département du Doubs, représenté par ⟦off:Mme Christine Bouquin⟧, présidente du Conseil départemental, et pour elle par ⟦off:M. Frédéric Jouffroy⟧, chef du centre d'exploitation de Mouthe,",
        "et ⟦p:M. Laurent **Cuenot-Guyon**⟧, exploitant agricole, entreprise individuelle, SIRET ⟦siret:411 206 758 00017⟧, demeurant ⟦a:Les Cernois⟧, ⟦a:25240 Chapelle-des-Bois⟧, ⟦t:03 81 69 20 14⟧ / ⟦t:06 30 77 12 58⟧, ⟦e:cuenot.guyon.gaec@orange.fr⟧, né le ⟦bd:27/12/1973⟧ (⟦ag:51 ans⟧ à la signature),",
        "il est convenu ce qui suit :",
        ("table", [
            ["Circuit", "RD 46 de Chapelle-des-Bois au carrefour des Mortes, voie communale des Cernois, parking du départ des pistes"],
            ["Matériel", "Tracteur John Deere 6130R immatriculé ⟦pl:GR-508-VN⟧, lame biaise fournie par le Département (n° d'inventaire L-25-031)"],
            ["Conducteur suppléant", "⟦p:Aurélien Cuenot⟧ (fils), permis C n° ⟦id:13AB42118⟧"],
            ["Rémunération", "78 € HT de l'heure d'intervention, astreinte forfaitaire de 1 200 € HT"],
            ["Coordonnées bancaires", "⟦iban:FR76 1027 8080 1200 0204 5560 149⟧ — titulaire ⟦p:CUENOT-GUYON LAURENT⟧"],
            ["Déclenchement", "par le centre de Mouthe (⟦off:M. Jouffroy⟧ ou l'agent d'astreinte)"],
        ]),
        "En cas d'indisponibilité des deux conducteurs, le centre fait appel à ⟦p:M. Joseph Vionnet⟧, ⟦a:ferme du Bélieu, Chapelle-des-Bois⟧ (⟦t:03.81.69.23.47⟧), signataire d'une convention identique.",
        "Fait à Mouthe, le 3 novembre 2025. L'exploitant : ⟦p:L. Cuenot-Guyon⟧. Pour le Département : ⟦off:F. Jouffroy⟧.",
    ],
}

if __name__ == "__main__":
    raise SystemExit(main())
