# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev6 set of the personal-data leak benchmark (``corpus/dev6``): documents and labels.

Same conventions as ``build_files.py`` and ``build_dev2_files.py`` (whose ``build_set`` it uses): a
personal value is written ``⟦kind:text⟧``, an official kept in clear ``⟦off:text⟧``; the script writes
the files without the marks and their lines in ``corpus/dev6/labels.jsonl``, and checks that every
label is a substring of its document. The kinds are those of dev5 (person, address, phone, email,
identifier, plate, birth_date, age, siret): a bank account, a social-security or tax number, a
loyalty card, a chip or a licence is an ``identifier``; a birth place is labelled ``address`` only
when it names a hamlet or a house, never when it is a town.

dev6 was written by an independent author who did not read the recognizers, the anonymizer, the
verification, the tests or the other sets' documents, and did not run the pipeline on it. Its 60
documents (40 .txt, 10 .html, 10 .docx) are the everyday papers a town hall receives and publishes:
letters from citizens and the replies, e-mails with their signatures and quoted headers, forms filled
in, registers and tables, neighbourhood complaints, minutes of associations and of residents'
meetings, sign-up lists, lost-property notices, tender award notices naming a sole trader. The values
come in the shapes people write rather than the ones a pattern expects: persons named in passing, by
a first name, a nickname, an initial, a title (Dr, Me, Maître, Pr, Prof. Dr., Herr, Frau, D.ª), in "NAME First" order, in
lower case, in foreign scripts (Greek, Cyrillic, Arabic, Chinese, Japanese, Korean, Vietnamese,
Polish, Turkish, Icelandic...), names that are also words or towns; a unique role in a small place
(the baker of a village, the only taxi); addresses told in words, abbreviated, foreign, rural, split
over lines and cells, a home described by its shutters or its garden; phones in every grouping,
spelt out, with letters for digits, fullwidth, with extensions and country codes; e-mails with
(at)/[dot]/"chez"/spaces, in mailto links and in capitals; numbers a person holds with and without
a label (customer, contract, delivery point, membership, loyalty, library, fishing and hunting
licences, chip, beekeeper, tax, social security, bank); plates of every era and country; birth dates,
ages and birth places in passing. Officials acting in their function are kept in clear. Every
document is meant to be published once anonymized (route public): none holds a sensitive fact.

Run: .venv/bin/python bench/pii/build_dev6_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev6"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["s01_lettre_trottoir_racines.txt"] = """
⟦p:Armelle Quéméneur-Toussaint⟧
⟦a:Résidence Les Courlis⟧
⟦a:Bât. C – esc. 2 – 3e g.⟧
⟦a:18 bd de la Libération⟧
29900 Concarneau
tél. ⟦t:0298 97 41 63⟧ / ⟦t:06 61 3 84 27 0⟧
⟦e:armelle.qt [at] laposte [point] net⟧

                                        Concarneau, le 9 février 2026

Monsieur le Maire,

Le trottoir qui longe notre résidence, entre l'arrêt de bus « Croix-Neuve » et la boulangerie, est soulevé par les racines des platanes sur une vingtaine de mètres. Ma voisine du dessous, ⟦p:Mme Le Floc'h⟧, ⟦ag:quatre-vingt-sept ans⟧, a déjà trébuché deux fois cet hiver, et le facteur a lui-même manqué de tomber la semaine dernière.

Je vous joins trois photographies prises le 7 février. Mon fils ⟦p:Erwan⟧ peut vous en envoyer d'autres si nécessaire.

Je vous prie d'agréer, Monsieur le Maire, mes salutations respectueuses.

A. Quéméneur-Toussaint
"""

TXT["s02_reponse_services_techniques_trottoir.txt"] = """
VILLE DE CONCARNEAU
Direction des services techniques — pôle voirie
Dossier suivi par : ⟦off:M. Yann-Vari Kerhervé⟧, technicien voirie
Réf. : VOI/26/0211

                                        ⟦p:Madame Armelle Quéméneur-Toussaint⟧
                                        ⟦a:18, boulevard de la Libération⟧
                                        ⟦a:Résidence Les Courlis, bâtiment C⟧
                                        29900 CONCARNEAU

Concarneau, le 2 mars 2026

Objet : trottoir du boulevard de la Libération

Madame,

Vous avez appelé notre attention sur l'état du trottoir au droit de votre résidence. Un agent s'est rendu sur place le 19 février et a constaté des soulèvements de 4 à 9 cm sur 22 mètres.

Les travaux de reprise du revêtement sont programmés la semaine 15. Les platanes seront conservés ; des grilles d'arbre seront posées.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pour le Maire et par délégation,
⟦off:Anne-Laure Guivarc'h⟧, adjointe aux travaux
"""

TXT["s03_courriel_petanque_salle.txt"] = """
De : Club bouliste du Lavoir <⟦e:BOULISTES.LAVOIR.PRESIDENT@ORANGE.FR⟧>
À : reservation-salles@mairie-puylaurens.fr
Cc : ⟦e:dd.marty81 @ gmail . com⟧
Date : jeu. 12 mars 2026 à 18:02
Objet : TR: concours du 1er mai + salle

Bonjour,

Je vous transfère le message de notre trésorier. Nous voudrions la salle du Foirail le 1er mai au soir pour le repas qui suit le concours (environ 80 couverts, traiteur ⟦p:Bastide⟧ de Soual).

---------- Message transféré ---------
De : ⟦p:Didier MARTY⟧ <⟦e:dd.marty81 @ gmail . com⟧>
Date : mer. 11 mars 2026 à 21:47
Objet : concours du 1er mai

Salut ⟦p:Bébert⟧,
Pense à demander la salle à la mairie. Et pour les clés, c'est ⟦p:Nanou⟧ qui les récupère cette année, elle habite ⟦a:juste en face du lavoir, la maison avec la glycine⟧.
⟦p:Didier⟧

--
⟦p:Albert « Bébert » Cazals⟧
Président du Club bouliste du Lavoir
⟦a:3 chemin de Cantecorbe⟧ · 81700 Puylaurens
📱 ⟦t:+33 (0) 6 87 12 09 44⟧
Envoyé de mon téléphone
"""

TXT["s04_plainte_voisinage_coq_rural.txt"] = """
Objet : nuisances sonores — lieu-dit Les Trois Fontaines

Madame la Maire,

Nous avons acheté l'été dernier la longère située ⟦a:au lieu-dit Les Trois Fontaines, la dernière maison sur la gauche quand on vient de Saint-Sulpice, celle aux volets lie-de-vin⟧. Nous aimons la campagne et ne nous plaignons pas des animaux en général.

Cependant, notre voisin, ⟦p:M. Lecoq⟧ (oui, c'est son nom), entrepose depuis mars un compresseur et une scie à bûches qu'il fait tourner entre 6 h et 7 h du matin, sous nos fenêtres, ⟦a:dans le hangar en tôle de l'autre côté du chemin⟧. Nous lui en avons parlé calmement avec ⟦p:Jean-Baptiste⟧, sans succès.

D'autres riverains sont gênés : ⟦p:les Bonnefoy⟧ (⟦a:la ferme du haut, après le réservoir⟧) et ⟦p:Mme Rossignol⟧, qui tient le gîte.

Pourriez-vous nous rappeler les horaires que fixe l'arrêté préfectoral sur le bruit ?

Avec nos remerciements,
⟦p:Clémence et Jean-Baptiste Vautrin-Ngo⟧
⟦t:02-43-98-17-05⟧ · ⟦e:vautrin.ngo@sfr.fr⟧
"""

TXT["s05_cr_reunion_residents_hortensias.txt"] = """
RÉSIDENCE LES HORTENSIAS — RÉUNION DES RÉSIDENTS DU 14 JANVIER 2026
(local vélo transformé en salle pour l'occasion — compte rendu affiché dans les halls A et B)

Présents : ⟦p:Mme Paulette Girardot⟧ (A-12) ; ⟦p:M. et Mme Benyoucef⟧ (A-21) ; ⟦p:Kévin⟧ du B-03 ; ⟦p:la dame du 4e qui a le perroquet⟧ ; ⟦p:M. Oliveira da Costa⟧ (B-41) ; ⟦p:Teodora Ionescu⟧ (B-44).
Pour le bailleur : ⟦off:Mme Sabrina Lheureux⟧, chargée de gestion locative. Pour la ville : ⟦off:M. Franck Delattre⟧, médiateur de quartier.

1. Ascenseur du bâtiment B : en panne trois fois en décembre. ⟦p:M. Oliveira da Costa⟧ a relevé les dates et les numéros d'intervention (⟦id:INT-77854⟧, ⟦id:INT-77902⟧). Le bailleur s'engage à communiquer le rapport de l'ascensoriste.

2. Encombrants dans le local poubelles : il est rappelé que l'enlèvement se prend au ⟦t:0 800 22 31 31⟧ (gratuit). ⟦p:Kévin⟧ propose d'aider les personnes qui n'ont pas de voiture.

3. Fête de la résidence le 13 juin : organisation par ⟦p:Teodora⟧ et ⟦p:Paulette⟧. Inscriptions sur la feuille du hall ou par message à ⟦p:Teodora⟧ : ⟦t:07.58.21.63.90⟧.

4. Stationnement : une voiture ventouse (⟦pl:CZ-318-DN⟧, Twingo blanche) occupe la place des livraisons depuis novembre. Le médiateur fera le signalement.

Prochaine réunion : avril. Compte rendu rédigé par ⟦p:P. Girardot⟧.
"""

TXT["s06_avis_objets_trouves_fevrier.txt"] = """
MAIRIE DE SAINT-JORY — OBJETS TROUVÉS DÉPOSÉS EN FÉVRIER 2026
Les objets sont à retirer à l'accueil sur présentation d'une pièce d'identité. Sans réclamation dans un an et un jour, ils sont remis au trouveur ou au service des domaines.

• 03/02 — Portefeuille marron trouvé au City-stade. Contient : carte Vitale n° ⟦id:2 84 05 75 112 048 34⟧ au nom de ⟦p:Mme Sandrine Aubagnac⟧, carte de fidélité Intermarché n° ⟦id:0 251 837 604 912⟧, une photo.
• 06/02 — Trousseau de 4 clés avec une médaille « ⟦p:Papy Jo⟧ » et un badge de parking ⟦id:PK-0412⟧.
• 11/02 — Gilet fluo de cycliste. Dans la poche : une licence FFC n° ⟦id:100456897⟧ de ⟦p:Lucas Vergnes⟧, né en ⟦bd:2009⟧.
• 14/02 — Doudou lapin gris (sans nom).
• 20/02 — Sacoche d'ordinateur, étiquette : « Si trouvée, merci d'appeler ⟦t:06 ⁄ 45 ⁄ 88 ⁄ 10 ⁄ 23⟧ — ⟦p:Hélène⟧ ».
• 26/02 — Permis de pêche 2026 (carte de pêche n° ⟦id:31-AAPPMA-0458127⟧) au nom de ⟦p:GARRIGUES Fernand⟧, ⟦a:14 ch. de la Palanque⟧.

Registre tenu par ⟦off:Mme Laetitia Roques⟧, agent d'accueil.
"""

TXT["s07_registre_brocante_particuliers.txt"] = """
BROCANTE DU CANAL — 10 MAI 2026 — REGISTRE DES EXPOSANTS NON PROFESSIONNELS
(ventes au déballage : identité, pièce, immatriculation ; attestation de participation à deux manifestations au plus dans l'année)

Empl. 01 | ⟦p:VIDAL Rose-Marie⟧ | née le ⟦bd:8 janv. 1951⟧ | CNI ⟦id:X4RTL8K92⟧ délivrée le 12/04/2021 | ⟦a:6, imp. des Tourterelles⟧ | ⟦pl:BR 455 QE⟧
Empl. 02 | ⟦p:M'BAPPÉ-NDONGO Serge⟧ | né le ⟦bd:1983.06.17⟧ | passeport ⟦id:19FV72015⟧ | ⟦a:Appt 304, 2 rue Riquet⟧ | à pied
Empl. 03 | ⟦p:Pereira Marques, Ana Lúcia⟧ | née le ⟦bd:22/10/78⟧ | carte de citoyen portugaise ⟦id:14233087 4 ZZ8⟧ | ⟦a:Rua do Almada 212, 3.º Esq., 4050-032 Porto⟧ | ⟦pl:45-TX-78⟧
Empl. 04 | ⟦p:Blanc Olivier⟧ | né le ⟦bd:30-11-1966⟧ | permis ⟦id:881133401955⟧ | ⟦a:Le Vignal, 31150 Lespinasse⟧ | ⟦pl:ev-902-pk⟧ + remorque ⟦pl:AF-117-RZ⟧
Empl. 05 | ⟦p:Petit Marcel⟧ (⟦ag:91 ans⟧, tenu par sa fille ⟦p:Josiane⟧) | CNI ⟦id:310731200874⟧ | ⟦a:Maison de la Pointe, au bout du halage⟧ | ⟦pl:4127 XF 31⟧

Registre coté et paraphé par ⟦off:M. Gilles Daurat⟧, adjoint au maire chargé des animations.
"""

TXT["s08_avis_attribution_paysagiste.txt"] = """
AVIS D'ATTRIBUTION

Identification du pouvoir adjudicateur : Commune de Montaigut-sur-Save, représentée par ⟦off:Mme Nadège Cassagne⟧, maire.
Objet du marché : entretien des espaces verts communaux (tonte, taille, désherbage alternatif) — années 2026 à 2028.
Procédure : adaptée (article R. 2123-1 du code de la commande publique).
Date d'attribution : 23 février 2026.
Nombre d'offres reçues : 4.

Attributaire :
⟦p:M. Loïc Sauveterre⟧, entrepreneur individuel, exerçant sous le nom commercial « Loïc Jardins & Haies »
SIRET ⟦siret:864 270 269 00037⟧
⟦a:Lieu-dit Bordeneuve, 1350 route de Larra⟧
31530 Montaigut-sur-Save
Montant : 38 420,00 € HT par an.

Le marché peut être consulté en mairie, sur rendez-vous, auprès de ⟦off:M. Philippe Estrade⟧, secrétaire général.
Recours : tribunal administratif de Toulouse.
"""

TXT["s09_avis_attribution_lots_salle_polyvalente.txt"] = """
COMMUNE DE VILLENEUVE-LÈS-BOULOC — RÉHABILITATION DE LA SALLE POLYVALENTE
Avis d'attribution (résultats de la consultation n° 2026-03)

Lot 1 – Maçonnerie : SARL Bâtir Sud, 31620 Fronton — 112 300 € HT
Lot 2 – Charpente : Les Charpentiers Réunis (SCOP) — 64 900 € HT
Lot 3 – Plomberie, sanitaires : ⟦p:Dimitri Ivanov⟧ (EI), ⟦a:7 bis r. du Moulin⟧, 31620 Bouloc, SIREN ⟦siret:501 844 476⟧ — 23 870 € HT
Lot 4 – Peinture : ⟦p:Mme Fatima-Zahra El Amrani⟧, artisan peintre, entreprise individuelle « FZ Déco », SIRET : ⟦siret:45245953000021⟧ — 18 400 € HT
Lot 5 – Électricité : infructueux, relancé.

Le présent avis a été signé le 30 mars 2026 par ⟦off:M. Thierry Bousquet⟧, maire.
"""

TXT["s10_formulaire_carte_resident.txt"] = """
DEMANDE DE CARTE DE STATIONNEMENT RÉSIDENT — zone bleue centre-ancien — Ville de Sarlat-la-Canéda

1. Demandeur
NOM : ⟦p:DE LA MOTTE-ROUGE⟧        Prénom(s) : ⟦p:Marie-Églantine⟧
Date de naissance : ⟦bd:le 4/7/1992⟧
Adresse dans la zone : ⟦a:Rue des Consuls, n° 9, 2e étage sur cour⟧
Tél. : ⟦t:O6 5I 23 78 04⟧ (oui, je mets des lettres, désolée !)
Courriel : ⟦e:mer.delamotte(a)proton.me⟧

2. Véhicule
Marque / modèle : Fiat 500 jaune
Immatriculation : ⟦pl:G K - 2 3 1 - T W⟧
N° de carte grise (formule) : ⟦id:2019AK48215⟧

3. Justificatif de domicile
Facture d'électricité — référence client ⟦id:6 000 123 456⟧, point de livraison ⟦id:PDL 14 2541 8830 4217⟧.

Cadre réservé : dossier reçu le 05/01/2026 par ⟦off:Mme Aurélie Pasquet⟧, police municipale. Carte n° ⟦id:RES-CA-2026-0097⟧.
"""

TXT["s11_courriel_japonais_bibliotheque.txt"] = """
Subject: Inscription à la médiathèque / 図書館の登録について
From: ⟦p:田中 美咲⟧ <⟦e:misaki.tanaka.0812@docomo.ne.jp⟧>
To: mediatheque@ville-annecy.fr

Bonjour,

Je m'appelle ⟦p:Misaki TANAKA⟧ (⟦p:田中美咲⟧). Je suis arrivée à Annecy en septembre pour une année d'échange à l'école de pâtisserie, avec mon mari ⟦p:Kenji⟧.

Je voudrais m'inscrire à la médiathèque. Je loge chez ⟦p:Mme Dupraz⟧, ⟦a:12 chemin des Fins Nord, appartement au-dessus du garage⟧. Mon adresse au Japon est ⟦a:〒150-0001 東京都渋谷区神宮前 4-12-8-302⟧ (⟦a:4-12-8-302 Jingumae, Shibuya-ku, Tokyo 150-0001⟧).

Téléphone français : ⟦t:07 49 11 86 25⟧ ; japonais : ⟦t:+81 90-4417-2839⟧.

Ma carte étudiante porte le numéro ⟦id:ÉTU-74-22518⟧ ; est-ce qu'elle donne droit au tarif réduit ?

よろしくお願いします。
⟦p:Misaki⟧
"""

TXT["s12_cr_ag_amicale_pecheurs.txt"] = """
AAPPMA « LA TRUITE DU HAUT-ALLIER » — ASSEMBLÉE GÉNÉRALE ORDINAIRE — 25 JANVIER 2026
Salle des fêtes de Langeac — procès-verbal

Le président, ⟦p:Roger Chabanon⟧, ouvre la séance à 14 h 30. 62 membres présents sur 318 cartes annuelles.

Rapport d'activité : alevinage de 40 000 truitelles en mai ; l'opération de nettoyage des berges a été menée avec l'école. ⟦p:Dédé Pélissier⟧ et ⟦p:« le Grand Jacques »⟧ ont assuré les pesées du concours jeunes. Le garde-pêche particulier, ⟦p:M. Yvon Bouchet⟧, a été reconduit dans sa commission (carte n° ⟦id:GPP-43-0112⟧).

Renouvellement du bureau :
– président : ⟦p:Roger Chabanon⟧, ⟦ag:72 ans⟧, réélu à l'unanimité ;
– trésorière : ⟦p:Mme Aline Chabanon-Rouchon⟧ (sa nièce, qui précise en riant que ce n'est pas de la « dynastie ») ;
– secrétaire : ⟦p:Benoît Rivière⟧ — ⟦e:benoit.riviere43 arobase wanadoo point fr⟧.

Les cartes 2026 sont disponibles chez les dépositaires : le Bar des Sports et ⟦p:la quincaillerie de Chanteuges⟧ (⟦p:M. Tissandier⟧ ferme le lundi).

Questions diverses : ⟦p:M. Gaston Rouchon⟧ propose une sortie commune ; renseignements au ⟦t:04. 71. 77. 20. 58⟧.
La séance est levée à 16 h 45. Pot offert par la municipalité, représentée par ⟦off:M. Éric Malzieu⟧, adjoint.
"""

TXT["s13_registre_pret_velos.txt"] = """
VÉLOS À ASSISTANCE ÉLECTRIQUE — PRÊT GRATUIT D'UN MOIS — REGISTRE AVRIL 2026 (service mobilité)

VAE n° 01 → ⟦p:Jonathan Moulin⟧, ⟦a:Les Hauts de Brézé, 4 allée B⟧, caution : chèque n° ⟦id:8 472 013⟧ (CIC)
VAE n° 02 → ⟦p:Ngozi Okonkwo-Adeyemi⟧, ⟦a:82 av. Jean-Jaurès, 4e étage, porte droite⟧, caution : chèque n° ⟦id:0 193 556⟧
VAE n° 03 → ⟦p:Mme Nancy Toulouse⟧, ⟦a:la maison en briques derrière la salle des fêtes⟧, abonnée réseau Bus n° ⟦id:TAM 00 4782 15⟧
VAE n° 04 → ⟦p:Sébastien « Séb » Lorient⟧, agent de la Poste (pas de chèque : prélèvement sur le compte ⟦id:FR14 2004 1010 0505 0001 3M02 606⟧)
VAE n° 05 → ⟦p:Łukasz Wiśniewski⟧, ⟦a:ul. Długa 17/4, 80-827 Gdańsk⟧ (adresse en France : ⟦a:chez M. Poirier, ferme de la Motte⟧)
VAE n° 06 → en réparation (atelier ⟦p:Cycles Guérin⟧, ⟦p:M. Guérin⟧ père)

Retours attendus le 30 avril avant 17 h. Contact : ⟦off:M. Nicolas Hamon⟧, chargé de mission mobilité.
"""

TXT["s14_courrier_facture_eau_prelevement.txt"] = """
⟦p:Ginette et Raymond Lhuillier⟧
⟦a:2, rte de Vaux⟧
⟦a:Hameau de Champ-Rond⟧
89290 Champs-sur-Yonne

À la Régie des eaux de l'Auxerrois
Service clientèle

Objet : changement de compte pour le prélèvement — contrat n° ⟦id:0089-457-2213⟧

Madame, Monsieur,

Suite à la fermeture de notre compte à la Caisse d'épargne, nous vous prions de prélever désormais nos factures d'eau sur notre nouveau compte :
IBAN ⟦id:FR74 3000 3012 3400 0123 4567 890⟧ — titulaires : M. ou Mme Lhuillier.
Notre compteur porte le numéro ⟦id:I18KA004573⟧ (plaque bleue, dans le regard devant le portail).

Vous trouverez ci-joint le mandat SEPA signé. Notre référence client, qui figure en haut à droite de la facture, est ⟦id:C-89-0045 7812⟧.

En cas de question, appelez plutôt notre fille ⟦p:Sylvie⟧ au ⟦t:06 20 04 19 38⟧, nous sommes souvent dans le jardin et n'entendons pas le fixe (⟦t:03.86.53.14.07⟧).

Salutations distinguées,
R. Lhuillier
"""

TXT["s15_inscriptions_fete_voisins.txt"] = """
FÊTE DES VOISINS DE LA RUE DES ROSIERS ET DE L'IMPASSE BEAUSOLEIL — vendredi 29 mai
Liste des inscrits (copie pour la mairie, demande de prêt de 6 tables et de 12 bancs)

- ⟦p:Marguerite⟧ et ⟦p:Henri⟧ (n° 2) : quiche + crêpes — ⟦e:margot.henri.lebrun chez free.fr⟧
- ⟦p:la famille Nguyễn⟧ (⟦p:Nguyễn Văn Thắng⟧ et ⟦p:Phạm Thị Lan⟧), ⟦a:au 5 de la rue⟧ : nems — ⟦t:06 1234 5678⟧
- ⟦p:Aurore Fontaine⟧, ⟦a:l'impasse, la maison du fond au portail rouge⟧ : salades
- ⟦p:M. Abdelmalek⟧ et ses deux grands : barbecue (il apporte le sien)
- ⟦p:Jules⟧, ⟦ag:8 ans⟧, et ⟦p:Inès⟧, ⟦ag:6 ans⟧ (du 11) : « des dessins pour décorer »
- ⟦p:Mme Jacqueline Breton⟧, ⟦a:n° 14⟧ : gâteau au yaourt, ne peut pas porter de bancs
- ⟦p:Tom & Alex⟧ (⟦a:rez-de-chaussée du 9⟧) : sono — ⟦e:tom.alex.rosiers+fete@gmail.com⟧

Référente : ⟦p:Aurore⟧ — ⟦t:zéro sept . quarante et un . zéro trois . vingt-deux . soixante-dix-sept⟧
Matériel à prendre au centre technique le vendredi à 14 h (⟦off:M. Patrice Joly⟧, responsable du magasin).
"""

TXT["s16_letter_us_barn_permit.txt"] = """
⟦p:Rebecca J. Halvorsen-Moore⟧
⟦a:1187 County Road 14⟧
⟦a:Decorah, IA 52101⟧
USA
⟦t:+1 (563) 555-0147⟧ · ⟦e:rjhm.decorah@icloud.com⟧

To the Mayor's office, Mairie de Collonges-la-Rouge

Re: copy of the building permit for the barn at ⟦a:"La Grange Haute", chemin du Puy Laval⟧

Dear Sir or Madam,

My neighbour, ⟦p:Mr Bernard Lavergne⟧, tells me that the barn I bought in 2024 was converted in the 1990s with a permit. The notary, ⟦p:Me Claire-Hélène Rigaudie⟧ of Brive, could not find a copy in the deed file.

Could you please send me a copy of that permit? My French tax number is ⟦id:30 12 345 678 912⟧ and my cadastral account is in the name of "⟦p:HALVORSEN MOORE REBECCA JANE⟧".

While I am in the US, you may reach my caretaker, ⟦p:Jean-Marc⟧ (everyone calls him ⟦p:"Jeannot"⟧), on ⟦t:05 55 25 4 1 3 6⟧.

With many thanks,
Becky Halvorsen-Moore
"""

TXT["s17_note_passation_tresorerie_comite.txt"] = """
Comité des fêtes de Saint-Martin-de-Londres — note de passation (trésorière sortante → trésorier entrant)

⟦p:Patou⟧ (⟦p:Patricia Sabatier⟧) transmet à ⟦p:Tristan Py⟧ :
– la clé du placard de la salle (la deuxième est chez ⟦p:Jojo⟧, ⟦a:le mas au bout du chemin des Oliviers, après les ruches⟧) ;
– le carnet de chèques et les relevés de l'association ;
– la liste des adhérents (voir ci-dessous, les 4 nouveaux de l'année) :
   ⟦p:Lina Haddad⟧ — ⟦t:+961 3 123 456⟧ (au Liban jusqu'en juin), puis ⟦t:07 81 22 90 15⟧
   ⟦p:Quentin Paris⟧ — ⟦e:quentin.paris34@outlook.fr⟧
   ⟦p:M. Olive⟧ (⟦p:Gérard⟧) — pas de mail, ⟦t:04 67 55 ·02 ·96⟧
   ⟦p:Ophélie⟧ — « demander à sa mère »

Le nouveau trésorier peut être joint au ⟦t:06 08 45 12 33⟧ et habite ⟦a:2 pl. de la Fontaine, au-dessus de l'ancienne poste⟧.
Copie à la mairie pour la mise à jour du répertoire des associations (⟦off:Mme Cathy Roux⟧, chargée de la vie associative).
"""

TXT["s18_demande_stationnement_demenagement.txt"] = """
DEMANDE D'AUTORISATION DE STATIONNEMENT POUR DÉMÉNAGEMENT

Je soussigné ⟦p:Maximilien Oyelaran-Dubreuil⟧, né le ⟦bd:12 décembre 1994⟧ à Lagos (Nigeria), demeurant actuellement ⟦a:47 r. Gambetta, 3e ét. sans asc.⟧, 86000 Poitiers, sollicite l'autorisation de réserver trois places devant mon futur logement, ⟦a:5 bis rue des Carmes, la porte cochère verte⟧, le samedi 18 avril de 8 h à 18 h.

Véhicules : camion de location 20 m³ (immatriculation communiquée par le loueur la veille) et ma voiture personnelle ⟦pl:DL–604–HX⟧. Mon frère ⟦p:Samuel⟧ viendra avec la sienne, immatriculée en Belgique ⟦pl:1-GFK-447⟧.

Contact le jour J : ⟦t:06 95 . 03 . 71 . 12⟧ ou ⟦t:+32 478 55 19 20⟧ (Samuel).

Fait à Poitiers, le 30 mars 2026.
M. O.-Dubreuil

Avis de la police municipale : favorable, arrêté n° 2026-STAT-188, ⟦off:brigadier Nathalie Vergnaud⟧.
"""

TXT["s19_inscriptions_stage_foot_vacances.txt"] = """
ÉTOILE SPORTIVE DU VAL DE SÈVRE — STAGE DE PRINTEMPS (13-17 avril) — liste des inscrits transmise au service des sports pour la mise à disposition du stade

NOM Prénom — né(e) le — licence — parent à joindre
⟦p:AUBRY Théo⟧ — ⟦bd:03/02/2014⟧ — ⟦id:2546198320⟧ — ⟦p:Mme Aubry⟧ ⟦t:06 72 18 55 40⟧
⟦p:DIALLO Mamadou Aliou⟧ — ⟦bd:2013-09-21⟧ — ⟦id:2546201174⟧ — ⟦p:M. Diallo⟧ ⟦t:+33.7.53.41.88.06⟧
⟦p:KOWALCZYK Zofia⟧ — ⟦bd:1er mars 2015⟧ — ⟦id:2546199905⟧ — ⟦p:Agnieszka⟧ ⟦t:07 53 41 88 61⟧
⟦p:MOREAU-SAINT-AUBIN Gabin⟧ — ⟦bd:12.12.13⟧ — licence en cours — grand-père ⟦p:Michel⟧ ⟦t:05 49 25 63 17⟧
⟦p:LOUP Lina⟧ — ⟦bd:28 août 2014⟧ — ⟦id:2546203388⟧ — ⟦e:famille.loup@lilo.org⟧

Éducateurs : ⟦p:Valentin Gobin⟧ (BMF, ⟦t:06 07 08 09 10⟧ — oui, c'est son vrai numéro) et ⟦p:Kader⟧.
Visa du service des sports : ⟦off:M. Alain Texier⟧.
"""

TXT["s20_courriel_medecin_place_livraison.txt"] = """
De : Cabinet du Dr Martineau <⟦e:dr.h.martineau@medecin.mssante.fr⟧>
À : voirie@ville-lannion.fr
Objet : marquage de la place devant le cabinet

Monsieur,

Depuis les travaux de la rue de Tréguier, la place réservée aux véhicules de secours devant notre cabinet, ⟦a:12 quai d'Aiguillon⟧, n'a pas été retracée et elle est occupée en permanence.

Mes associées, ⟦p:le Dr Gwenola Le Bihan⟧ et ⟦p:Dr Yasmina Haddou⟧, ainsi que notre remplaçant ⟦p:Dr. Adrien Fauvel⟧, partagent mon souhait qu'elle soit retracée rapidement. Notre secrétaire, ⟦p:Maryvonne⟧, peut vous ouvrir la cour si l'équipe a besoin d'y déposer du matériel.

Avec mes remerciements,

⟦p:Dr Hervé Martineau⟧
Médecin généraliste
⟦a:12, quai d'Aiguillon — 22300 Lannion⟧
Secrétariat ⟦t:02 96 37 . 14 . 88⟧ — ligne directe ⟦t:02 96 37 14 89 p. 2⟧
RPPS ⟦id:10003456789⟧
"""

TXT["s21_declaration_ruches.txt"] = """
Copie transmise à la mairie de Prades — déclaration d'emplacement de ruchers (campagne 2026)

Apiculteur : ⟦p:Stavros Papadakis⟧ (⟦p:Σταύρος Παπαδάκης⟧)
N° NAPI (numéro d'apiculteur) : ⟦id:A1234567⟧ — SIRET (activité de vente de miel) : ⟦siret:366 228 088 00014⟧
Domicile : ⟦a:Mas d'en Cavaillé, 66500 Prades⟧ — on y accède par la piste qui part du ⟦a:virage en épingle après le pont de la Têt⟧
Tél. : ⟦t:06.88.74.31.02⟧ — Courriel : ⟦e:stavros.apis@gmail.com⟧

Ruchers déclarés :
1. 12 ruches — ⟦a:terrain de Mme Cortal, derrière le cortal ruiné, lieu-dit Les Eres⟧ (accord écrit de la propriétaire, ⟦p:Marie-Thérèse Cortal⟧)
2. 8 ruches — ⟦a:parcelle en terrasses sous la chapelle Saint-Jacques, chemin muletier⟧
3. 4 ruches — dans le jardin de mon voisin ⟦p:Jordi⟧, ⟦a:Carrer Major 3, Codalet⟧

Distance aux habitations respectée (plus de 20 m). Les ruches sont marquées du numéro NAPI.
Enregistré par ⟦off:M. Joan Pujol⟧, garde champêtre.
"""

TXT["s22_avis_recherche_chat.txt"] = """
PERDU — CHAT TIGRÉ « MOUSTIQUE » — quartier du Lac / rue des Saules

Disparu depuis le dimanche 8 mars au soir. Mâle, 4 ans, collier rouge, très peureux. Il est pucé : ⟦id:250268732104591⟧ (I-CAD).
Si vous le voyez, ne pas le poursuivre, appelez-nous :
⟦t:06 – 14 – 27 – 39 – 88⟧ (⟦p:Léa⟧) ou ⟦t:0614273989⟧ (⟦p:Yannick⟧)
ou sonnez ⟦a:au 23, la maison grise avec la boîte aux lettres en forme de phare⟧.

Merci de vérifier vos garages et abris de jardin ! Récompense.
⟦p:Léa & Yannick Guillou-Ferreira⟧

(Affiche déposée au panneau d'information municipal avec l'accord de ⟦off:Mme Corinne Lemoine⟧, accueil de la mairie annexe.)
"""

TXT["s23_inscriptions_repas_aines.txt"] = """
MAIRIE DE LA CHAPELLE-SUR-ERDRE — REPAS DES AÎNÉS DU DIMANCHE 11 JANVIER 2026
Inscriptions reçues en mairie (le repas est offert aux habitants de soixante-dix ans et plus, le conjoint plus jeune paie 18 €)

1. ⟦p:M. Roland Chevalier⟧, ⟦ag:94 ans⟧ (le doyen de l'assemblée), ⟦a:6 rue de la Gournerie⟧ — accompagné par sa voisine ⟦p:Odette⟧
2. ⟦p:Mme Simone Renaud-Maillard⟧, née en ⟦bd:1937⟧ à ⟦a:la Grande Noë, ferme des Renaud⟧ — transport demandé
3. ⟦p:M. et Mme Guilbaud⟧ (⟦p:Jean⟧, ⟦ag:81 a.⟧ ; ⟦p:Monique⟧, ⟦ag:74 a.⟧) — ⟦a:Les Perrières, 2e maison après le transformateur⟧
4. ⟦p:M. Aziz Benhaddou⟧, ⟦ag:soixante-dix-huit ans⟧, ⟦a:rés. Le Plessis, esc. B, app. 12⟧ — ⟦t:02 40 72 81 09⟧
5. ⟦p:Mme Yvette Loiseau⟧, « ⟦ag:bientôt 100 ans⟧, le 3 mars » — ⟦bd:03/03/1926⟧ — venue avec sa fille ⟦p:Colette Bouvier⟧, qui paie sa place
6. ⟦p:M. Léon Marchand⟧ (⟦ag:70 ans⟧ le jour même !) — chèque n° ⟦id:7 720 114⟧ pour son épouse ⟦p:Annick⟧ (⟦ag:66 ans⟧)

Animation : chorale des Écoles. Liste arrêtée le 5 janvier par ⟦off:Mme Soizic Bernier⟧, service animation seniors.
"""

TXT["s24_courrier_avocat_numerotage.txt"] = """
⟦p:Maître Romain Aubertin-Lévêque⟧
Avocat au barreau de Rennes
⟦a:8, rue Le Bastard — 35000 Rennes⟧
Tél. ⟦t:02.99.79.44.10⟧ — Toque ⟦id:R-118⟧

Mairie de Bréal-sous-Montfort
Service urbanisme

Rennes, le 17 mars 2026

Objet : demande de certificat de numérotage — propriété ⟦p:Nantes⟧ / ⟦p:Vienne⟧

Madame, Monsieur,

J'interviens pour le compte de ⟦p:M. Quentin Nantes⟧ et de ⟦p:Mme Florence Vienne⟧, son épouse, propriétaires d'une maison qu'ils ont fait construire ⟦a:au bout de la voie nouvelle qui prolonge la rue de Bretagne, derrière l'ancien terrain de foot⟧, et qui n'a pas encore de numéro.

Mes clients souhaitent vendre et le notaire, ⟦p:Me Solène Gicquel⟧, a besoin d'un certificat de numérotage. L'ancien propriétaire, ⟦p:M. Lamballe⟧, recevait son courrier à « ⟦a:La Touche-Rouge⟧ » ; c'est ainsi que la parcelle figure encore au cadastre.

Je vous remercie par avance et vous prie d'agréer mes salutations distinguées.

Me R. Aubertin-Lévêque
"""

TXT["s25_courriel_gite_communal.txt"] = """
Objet : Re: Réservation gîte communal — 14 au 21 août
De : ⟦p:Cédric⟧ <⟦e:cedric_b-1987@hotmail.fr⟧>
À : Gîte communal de Saint-Véran <gite@saintveran.fr>

Bonjour Madame Faure,

Oui, nous confirmons pour 6 personnes : ⟦p:Cédric Blaise⟧, ⟦p:Emma Quintard⟧, leurs deux enfants, et mes beaux-parents ⟦p:M. et Mme Quintard⟧ (⟦p:Alain et Mireille⟧).

L'acompte de 180 € est parti hier par virement du compte de ⟦p:Emma⟧ (référence du virement : ⟦id:GITE-QUINTARD-0814⟧).
Notre adresse pour la facture : ⟦a:Les Terrasses du Parc, 27 chemin de la Digue, bâtiment Alizé, n° 302⟧, 34280 La Grande-Motte.

On arrivera vers 17 h avec deux voitures (⟦pl:FB-719-YS⟧ et le Kangoo de mon beau-père, ⟦pl:822 CQT 34⟧).

Bonne journée,
Cédric

--
Cédric BLAISE | ⟦t:06.3O.12.85.47⟧ | ⟦e:CEDRIC.BLAISE@GMAIL.COM⟧
(envoyé de mon mobile, désolé pour les fautes)

> Le 2 mars 2026 à 10:14, ⟦off:Jocelyne Faure⟧ (régie du gîte) a écrit :
> Bonjour Monsieur, le gîte est libre à ces dates. Merci de me confirmer le nombre de personnes.
"""

TXT["s26_main_courante_accueil_telephonique.txt"] = """
MAIRIE DE VAYRES — CAHIER D'APPELS DE L'ACCUEIL — semaine du 16 au 20 février 2026

16/02 08 h 42 — ⟦p:M. Duboscq⟧ (le fils, pas le père) appelle du ⟦t:06 35 82 07 11⟧ : une branche de chêne barre le chemin de ⟦a:Lataste, juste avant la maison de sa mère⟧. → transmis aux ST.
16/02 11 h 05 — ⟦p:Mme Sylviane Ducasse⟧, ⟦t:05 57 74 80 27⟧, demande les horaires de la déchetterie. Répondu.
17/02 09 h 30 — un monsieur « ⟦p:Roger, du moulin⟧ » signale que le panneau de l'arrêt de bus est tombé. Rappel impossible : « tout le monde sait où j'habite ».
17/02 14 h 12 — ⟦p:Chloé Arnaudin⟧ (ass. Vayres en Fête) réserve la salle des fêtes le 21 mars. Mail : ⟦e:chloe . arnaudin @ laposte . net⟧.
18/02 10 h 00 — ⟦p:le boulanger de la place⟧ demande s'il peut sortir ses tables le dimanche. → voir ⟦off:M. Hervé Dupouy⟧, adjoint.
19/02 16 h 48 — appel en anglais : ⟦p:Mrs Gillian O'Donoghue⟧, ⟦a:Château Petit-Lamothe, the little house by the gate⟧, ⟦t:00 353 87 123 4567⟧, demande comment s'inscrire sur les listes de la cantine pour ses petits-enfants.
20/02 09 h 15 — ⟦p:M. et Mme Tran⟧, nouveaux arrivants ⟦a:3 lot. Les Vignes Hautes⟧, veulent un badge déchetterie ; n° de foyer attribué ⟦id:DEC-33-VAY-1187⟧.

Tenu par ⟦off:Mme Karine Lafon⟧ et ⟦off:M. Bastien Roux⟧ (accueil).
"""

TXT["s27_cr_comite_jumelage.txt"] = """
COMITÉ DE JUMELAGE VILLEFRANCHE-DE-ROUERGUE / ALTENSTADT (Bavière) / NÁFPLIO (Grèce)
Compte rendu du bureau du 3 février 2026

Présents : ⟦p:Françoise Delmas⟧ (présidente), ⟦p:Gérard Vernhes⟧, ⟦p:Élodie Trémolières⟧, ⟦p:Kostas⟧ (notre correspondant grec, en visio).

1. Visite des Bavarois (Pentecôte). Le groupe sera conduit par ⟦p:Herr Jürgen Weiß⟧ (⟦a:Marktplatz 4, 86972 Altenstadt⟧, ⟦t:+49 8861 91 23 45⟧) et ⟦p:Frau Dr. Ulrike Straßer-Brandl⟧ (⟦e:u.strasser-brandl@t-online.de⟧). Le car (⟦pl:WM-JK 482⟧) stationnera sur le parking du foirail. Familles d'accueil : ⟦p:les Delmas⟧, ⟦p:les Vernhes⟧, ⟦p:Mme Lacombe⟧ (⟦a:la maison rose à côté du pont des Consuls⟧) et ⟦p:M. Ferrières⟧, ⟦a:Le Mas de Calcomier⟧.

2. Voyage à Náfplio (octobre). ⟦p:Κωνσταντίνος Αλεξίου⟧ (⟦p:Konstantinos « Kostas » Alexiou⟧), ⟦a:Οδός Βασιλέως Κωνσταντίνου 21, 21100 Ναύπλιο⟧, propose trois familles. Son portable : ⟦t:+30 697 412 3308⟧.

3. Cotisations : 12 € ; chèques à envoyer chez le trésorier, ⟦p:G. Vernhes⟧, ⟦a:14 av. du Gal de Gaulle⟧.

La présidente remercie ⟦off:M. Serge Roques⟧, maire, pour le vin d'honneur.
"""

TXT["s28_liste_course_pedestre.txt"] = """
LES FOULÉES DU CAUSSE — 10 km — inscrits licenciés (licences vérifiées par le club ; liste transmise à la mairie pour l'arrêté de circulation)

Dossard | Nom prénom | Naissance | Club | N° licence FFA
101 | ⟦p:Mathieu Vialaret⟧ | ⟦bd:14/03/79⟧ | AC Rodez | ⟦id:1428553⟧
102 | ⟦p:Ségolène Ait-Ouarab⟧ | ⟦bd:née le 5 novembre 1988⟧ | Millau AC | ⟦id:1502231⟧
103 | ⟦p:Björn Sigurðsson⟧ | ⟦bd:1990-04-17⟧ | indiv. (Reykjavík) | —
104 | ⟦p:Pierrette Bouzat, dite « Pierrot »⟧ | ⟦bd:14/9/59⟧ | Caussenards Runners | ⟦id:1399807⟧
105 | ⟦p:Aurélien Mas⟧ | ⟦bd:31.01.2001⟧ | indiv. | —
106 | ⟦p:Yasmine El Idrissi⟧ (⟦p:ياسمين الإدريسي⟧) | ⟦bd:2 févr. 1995⟧ | AC Rodez | ⟦id:1611094⟧
107 | ⟦p:Jean Causse⟧ (oui, comme le plateau) | ⟦bd:1948⟧ | V4, ⟦ag:78 ans⟧ | ⟦id:1100452⟧

Parcours : départ place de la Mairie, boucle par la D 911. Signaleurs fournis par le club ; contact du directeur de course, ⟦p:M. Guilhem Bras⟧, ⟦t:06 11 48 95 21⟧.
Arrêté n° 2026-045 signé par ⟦off:M. Christian Bouscary⟧, maire.
"""

TXT["s29_courrier_raccordement_fibre.txt"] = """
⟦p:M. et Mme Rakotomalala⟧
⟦a:Lieu-dit Le Pré Carré⟧
⟦a:(la maison neuve en bois, à 300 m après la ferme Chabrol, côté droit)⟧
63210 Nébouzat

À l'attention de Monsieur le Maire

Objet : raccordement à la fibre

Monsieur le Maire,

Notre maison, construite en 2024, n'apparaît toujours pas sur la carte de déploiement de la fibre, alors que nos voisins, ⟦p:les Chabrol⟧ et ⟦p:M. Aubert⟧, sont raccordés depuis un an.

L'opérateur nous indique que notre adresse n'existe pas dans sa base ; notre numéro de contrat est le ⟦id:CTR 0158 7724 996⟧ et notre ligne fixe actuelle (cuivre) le ⟦t:04-73-87-12-50⟧. La référence de la prise a été relevée par le technicien : ⟦id:PTO FI-6321-0458⟧.

Pourriez-vous faire créer une adresse normée pour notre maison ? Nous vous remercions de votre aide.

⟦p:Haingo Rakotomalala⟧ et ⟦p:Tiana Rakotomalala-Besse⟧
⟦e:haingo.rakoto@orange.fr⟧ — ⟦t:07 67 22 15 84⟧
"""

TXT["s30_carta_impuesto_residencia_secundaria.txt"] = """
⟦p:D.ª María Pilar Gutiérrez de la Fuente⟧
⟦a:C/ Alfonso I, 28, 4.º izda.⟧
⟦a:50003 Zaragoza⟧ (España)
⟦t:(+34) 976 20 41 87⟧ — ⟦t:+34 655 10 28 93⟧

A la atención del Ayuntamiento (Mairie) de Bagnères-de-Luchon

Asunto : dirección incorrecta — taxe d'habitation (résidence secondaire)

Muy señores míos / Madame, Monsieur,

Je suis propriétaire depuis 2019 d'un appartement ⟦a:Résidence Le Céciré, 3 allées d'Étigny, 5e étage, n° 52⟧. L'avis de taxe d'habitation 2025 est arrivé à l'adresse de mon ancien voisin, ⟦p:M. Sarrat⟧, parce que l'étage est faux (« 3e » au lieu de « 5e »).

Mon numéro fiscal est le ⟦id:3 01 72 458 116 09⟧ et la référence de l'avis ⟦id:25 31 A 0047851 22⟧. Mon compte bancaire espagnol est le ⟦id:ES91 2100 0418 4502 0005 1332⟧, si un remboursement était nécessaire.

Je vous remercie de transmettre cette correction au service des impôts ; ma fille ⟦p:Lucía⟧, qui parle mieux français, peut vous répondre à ⟦e:lucia.gdlf@gmail.com⟧.

Atentamente,
M.ª Pilar Gutiérrez
"""

TXT["s31_demande_emplacement_food_truck.txt"] = """
Objet : demande d'emplacement — camion pizza le mardi soir, place du Champ-de-Mars

Monsieur le Maire,

Je m'appelle ⟦p:Mohamed Belkacem⟧, mais tout le monde au village me connaît sous le nom de ⟦p:« Momo Pizza »⟧. Après dix ans comme pizzaïolo chez ⟦p:Luigi⟧ à Aurillac, je me suis installé à mon compte en janvier (micro-entreprise, SIRET ⟦siret:532901592 00032⟧).

Mon camion est un Renault Master aménagé, immatriculé ⟦pl:GD 207 LB⟧ ; il respecte les normes (attestation de l'installation gaz jointe). Je souhaite stationner le mardi de 17 h à 22 h.

Je réside ⟦a:au-dessus de l'ancienne forge, 2 rue Basse⟧ ; je peux être joint au ⟦t:+33 6 77 40 18 92⟧ ou via ma page (⟦e:momo.pizza.cantal@gmail.com⟧).

En vous remerciant,
M. Belkacem

Avis du placier (⟦off:M. René Delpuech⟧) : favorable, emplacement n° 4 à côté de la fontaine.
"""

TXT["s32_benevoles_fete_du_pain.txt"] = """
FÊTE DU PAIN — FOUR BANAL DE LA VILLE-HAUTE — 16 MAI
Qui fait quoi ? (tableau recopié du groupe de messagerie)

Allumage du four (5 h !) : ⟦p:Dédé⟧ + ⟦p:Fanfan⟧ — ils ont la clé du fournil (⟦p:Fanfan⟧ = ⟦p:François Lemaire⟧, ⟦t:06.21.45.7.8.9.0⟧)
Pétrissage : ⟦p:Mme Boulanger⟧ (eh oui !) et ⟦p:Suzanne Labbé⟧
Tenue de la caisse : ⟦p:Gaëlle⟧ et son compagnon ⟦p:Mikael Sørensen⟧ (il parle danois, anglais et un peu français)
Buvette : ⟦p:le patron du Café du Commerce⟧, ⟦p:M. Guy Ferrand⟧
Animation enfants : ⟦p:Tatie Jo⟧ (⟦p:Josette Marin⟧, ⟦ag:68 ans⟧, ancienne maîtresse de CP — « la seule institutrice qui ait fait toute sa carrière à la Ville-Haute »)
Transport des fagots : tracteur de ⟦p:Pierrot⟧ (⟦pl:FH-382-TR⟧), depuis ⟦a:la ferme des Genêts, chemin de la Croix-Blanche⟧

Pour toute question : ⟦p:Gaëlle⟧, ⟦e:gaelle.fourbanal [arobase] gmail [.] com⟧, ⟦t:07 ⋅ 66 ⋅ 19 ⋅ 04 ⋅ 52⟧
Matériel prêté par la commune (⟦off:Mme Sandrine Carré⟧, service animation).
"""

TXT["s33_autorisation_buvette_temporaire.txt"] = """
DEMANDE D'AUTORISATION D'OUVERTURE D'UN DÉBIT DE BOISSONS TEMPORAIRE (groupes 1 et 3)

Association : Amicale des sapeurs-pompiers volontaires de Loubressac (tournoi de belote)
Représentée par son président :
Nom d'usage : ⟦p:CLAVEL⟧  Nom de naissance : ⟦p:VERDIER⟧  Prénoms : ⟦p:Jeanne Marie Thérèse⟧
Née le ⟦bd:vingt-trois octobre mil neuf cent soixante-quatre⟧ à ⟦a:Taillefer, hameau de la commune de Loubressac⟧
Domicile : ⟦a:Le Bourg, derrière la mairie, la maison à la tourelle⟧, 46130 Loubressac
Tél. : ⟦t:05 65 38 ⁠— 27 ⁠— 61⟧ ; portable ⟦t:06 43 71 55 08⟧

Date et lieu : samedi 7 février 2026, salle communale, de 14 h à 23 h.
Boissons servies : vin, bière, cidre, boissons sans alcool.

Autorisation accordée par arrêté n° 2026-07, signé par ⟦off:M. Alain Lacarrière⟧, maire.
"""

TXT["s34_courriel_transfere_salle_coreen.txt"] = """
---------- Forwarded message ---------
From: ⟦e:jiwoo.park@snu.ac.kr⟧
Date: Tue, Apr 7, 2026 at 3:12 AM
Subject: 공연 장소 문의 / concert à Strasbourg
To: ⟦e:hb.schaeffer@estvideo.fr⟧

Dear ⟦p:Mr Schaeffer⟧,
Our string quartet (⟦p:박지우⟧ / ⟦p:Park Ji-woo⟧, ⟦p:김민준⟧, ⟦p:이서연⟧ and ⟦p:Choi Hyun-seok⟧) will tour in Alsace in July. Could your association help us find a hall for 11 July?
Best regards, Ji-woo
Mobile ⟦t:+82 10-3847-2291⟧

-----
De : ⟦p:schaeffer, hans-bernd⟧ <⟦e:hb.schaeffer@estvideo.fr⟧>
À : culture@mairie-schiltigheim.fr
Objet : TR: concert à Strasbourg — salle des fêtes le 11 juillet ?

Bonjour,
Je vous transmets la demande de ce quatuor coréen, que j'héberge avec ⟦p:mon épouse brigitte⟧ ⟦a:au 7 de la rue du Tramway (la maison à colombages verte)⟧. Est-ce que la salle des fêtes serait libre ? L'association « Musiques d'ici et d'ailleurs » (n° RNA W672001234) s'occuperait de l'accueil.
hb schaeffer — ⟦t:06 8O 11 22 47⟧

Réponse de la mairie : ⟦off:Mme Delphine Kuntz⟧, service culturel, le 9 avril : la salle est libre.
"""

TXT["s35_registre_meubles_tourisme.txt"] = """
COMMUNE DE SAINT-LARY-SOULAN — MEUBLÉS DE TOURISME DÉCLARÉS (extrait du registre, mars 2026)

N° d'enregistrement   | Loueur                                  | Adresse du meublé                                   | Capacité | Contact
⟦id:65388000012AB⟧        | ⟦p:M. Jean-Pierre Abadie⟧                   | ⟦a:Chalet « L'Isard », chemin de Soulan, 2e à gauche⟧     | 6        | ⟦t:05 62 39 4 0 2 1⟧
⟦id:65388000027KX⟧        | SCI des Deux Pics (gérante : ⟦p:Mme Hélène Fourcade⟧) | ⟦a:Rés. Les Edelweiss, bât. 2, app. 314⟧       | 4        | ⟦e:h.fourcade65@orange.fr⟧
⟦id:65388000031PM⟧        | ⟦p:Mr & Mrs Oakley (Dorothy & Ian)⟧            | ⟦a:Grange de Vielle, au-dessus du lavoir⟧               | 8        | ⟦t:+44 1481 72 10 33⟧
⟦id:65388000044RT⟧        | ⟦p:Mme Ramona-Elena Țurcanu⟧                | ⟦a:3 r. Vincent Mir, rdc sur jardin⟧                    | 2        | ⟦t:07 56 09 33 18⟧

Taxe de séjour : déclaration mensuelle. Registre tenu par ⟦off:M. Julien Abbadie⟧, régisseur de la taxe de séjour (aucun lien avec le premier loueur).
"""

TXT["s36_cahier_liaison_gymnase.txt"] = """
GYMNASE JEAN-ZAY — CAHIER DE LIAISON DU GARDIEN

Lun. 2/3 : badge n° ⟦id:GYM 0457⟧ déclaré perdu par ⟦p:Sébastien⟧ (basket loisir). Nouveau badge ⟦id:GYM 0612⟧ remis contre 10 €.
Mar. 3/3 : la prof de yoga, ⟦p:Anaïs Delorme-Pinto⟧, a oublié son tapis et son téléphone (appelée au ⟦t:06 58 ... 44 ... 02 ... 17⟧ par sa collègue, c'est bien le sien). Rendu mercredi.
Mer. 4/3 : les parents de ⟦p:la petite Zoé Carpentier⟧ (gym) se garent sur l'emplacement pompiers : Peugeot 3008 ⟦pl:FV.211.MD⟧. Prévenus gentiment.
Jeu. 5/3 : ⟦p:M. Baptiste⟧ (badminton, le monsieur à la queue de cheval) demande le créneau du samedi. Renvoyé vers ⟦off:M. Cyril Moreau⟧, service des sports.
Ven. 6/3 : livraison du nouveau filet de volley. Signé par ⟦p:Raoul⟧ pour le club (⟦p:Raoul Nakamura-Lebon⟧, ⟦t:+33 7 81 90 44 23⟧).
Sam. 7/3 : RAS. Clés rendues par ⟦p:Tony⟧ (futsal) à 23 h 10.

Gardien : ⟦off:M. Patrick Lemaire⟧.
"""

TXT["s37_lettre_riverains_chemin_sans_nom.txt"] = """
Monsieur le Maire,

Nous sommes les cinq foyers desservis par le chemin qui part de la D 21 à la sortie du bourg, en direction du Moulin de la Sioule, et qui n'a toujours ni nom ni numéros. Les livreurs, les secours et même la poste s'y perdent.

Voici comment on nous trouve aujourd'hui :
– ⟦p:les Chassagne⟧ : ⟦a:la première maison, celle avec le grand noyer⟧ ;
– ⟦p:M. Marcel Brugière⟧, ⟦ag:quatre-vingt-quatorze ans⟧ : ⟦a:la maison de pierre en face du puits⟧ ;
– ⟦p:Aïcha et Thomas Fournier⟧ : ⟦a:le hangar rénové, juste avant le virage⟧ ;
– ⟦p:Mme Delphine Auclair⟧ : ⟦a:La Vergne-Basse⟧ (le nom de la ferme, qui n'est sur aucun GPS) ;
– et nous-mêmes, ⟦a:au bout du chemin, après la barrière canadienne⟧.

Nous proposons le nom de « chemin du Moulin », et sommes à votre disposition pour en parler.

Pour les riverains,
⟦p:Pierre-Alain Desforges⟧ et ⟦p:Karin Desforges-Lindqvist⟧
⟦t:04 70 90 . 62 . 31⟧
"""

TXT["s38_liste_voyage_aines_lisbonne.txt"] = """
CLUB DE L'AMITIÉ — VOYAGE À LISBONNE (22-26 SEPTEMBRE 2026) — LISTE DES PARTICIPANTS POUR L'AGENCE
(transmise à la mairie, qui prête le minibus pour le trajet jusqu'à l'aéroport)

NOM, Prénom | Date de naissance | Pièce d'identité | Personne à prévenir
⟦p:BERTRAND, Huguette⟧ | ⟦bd:17-08-1946⟧ | passeport ⟦id:21AB93012⟧ | son fils ⟦p:Didier⟧ ⟦t:06 09 71 54 28⟧
⟦p:CARVALHO FERREIRA, José⟧ | ⟦bd:03.05.1950⟧ | CNI portugaise ⟦id:09876543 7 ZY2⟧ | ⟦p:Fátima⟧ ⟦t:+351 912 345 678⟧
⟦p:DUPUIS-LAROCHE, Henri⟧ | ⟦bd:1er janv. 1944⟧ | CNI ⟦id:440131201234⟧ | ⟦p:Mme Dupuis-Laroche⟧ (voyage aussi)
⟦p:ÔSAKI-MARTIN, Keiko⟧ | ⟦bd:né(e) le 9/XI/1952⟧ | passeport ⟦id:TR4417820⟧ | ⟦e:keiko.om@yahoo.co.jp⟧
⟦p:ZAHRAOUI, Malika⟧ | ⟦bd:1955⟧ (« mettez juste l'année ») | CNI ⟦id:ZK8P3R6W1⟧ | voisine, ⟦p:Mme Roux⟧, ⟦t:04 78 -- 33 -- 21 -- 09⟧

Responsable du groupe : ⟦p:Mme Odile Vernet⟧, présidente du Club, ⟦t:06 16 24 36 48⟧.
Chauffeur du minibus : ⟦off:M. Daniel Chapuis⟧, agent communal.
"""

TXT["s39_liste_battue_sangliers.txt"] = """
BATTUE ADMINISTRATIVE AUX SANGLIERS — Secteur du bois de la Garenne — samedi 24 janvier 2026
Liste des participants (à remettre au lieutenant de louveterie avant le rond)

⟦p:Francis Delbos⟧ — permis de chasser n° ⟦id:12-046-1998-0457⟧ — validation ⟦id:46 00 7812⟧ — 4x4 ⟦pl:CH-552-JN⟧
⟦p:Thierry « Titi » Lacombe⟧ — permis ⟦id:46 0983 2004⟧ — Hilux ⟦pl:EF 401 WQ⟧
⟦p:Mme Christelle Vayssié⟧ — permis n° ⟦id:046-2011-00312⟧ — vient avec ⟦p:son père⟧
⟦p:Baptiste Lavergne-Sol⟧, ⟦ag:19 ans⟧ — permis ⟦id:46-2025-00088⟧ — à pied depuis ⟦a:la ferme de Pech-Merle-Haut⟧
⟦p:Jean Loup⟧ (oui, pour une battue…) — permis ⟦id:12-1979-02233⟧ — Land Rover ⟦pl:3391 VS 46⟧

Rendez-vous 7 h 30 au ⟦a:hangar de Francis, route de la Garenne, le portail bleu⟧.
Lieutenant de louveterie : ⟦off:M. Christophe Aurières⟧. Information donnée en mairie à ⟦off:Mme Évelyne Pagès⟧, secrétaire de mairie.
"""

TXT["s40_lettre_professeur_conference.txt"] = """
⟦p:Pr Étienne Marchal-Ouedraogo⟧
Professeur honoraire de géographie (université de Bourgogne)
⟦a:La Bergerie — 21320 Châteauneuf⟧
⟦t:03 80 49 . 2I . 76⟧ — ⟦e:e.marchal.ouedraogo@wanadoo.fr⟧

Madame la Directrice de la médiathèque,

Votre collègue ⟦off:Mme Anne Perrot⟧ m'a suggéré de vous écrire. Retiré à Châteauneuf depuis 2019, je propose de donner bénévolement une causerie sur « L'Auxois des cartes anciennes », illustrée des cartes de mon ami ⟦p:Prof. Dr. Anselm Kürschner⟧, de Fribourg.

Je serais accompagné de ⟦p:Maëlle⟧, ma petite-fille, ⟦ag:seize ans⟧, qui projettera les images, et de mon voisin ⟦p:M. Yves Rameau⟧, ⟦p:le seul viticulteur encore en activité de la commune⟧, qui apporterait de quoi trinquer.

Je suis joignable chez moi, ou, en semaine, chez ma fille ⟦p:Awa Ouedraogo⟧, ⟦a:11 r. Chabot-Charny, 2e ét. gauche, 21000 Dijon⟧.

Avec mes sentiments les meilleurs,
É. Marchal-Ouedraogo
"""

HTML["sh01_objets_trouves_en_ligne.html"] = {
    "title": "Objets trouvés — mars 2026 — Ville de Bruz",
    "body": """
<h1>Objets trouvés en mars 2026</h1>
<p>Les objets sont conservés un an à l'accueil de l'hôtel de ville. Contact : <a href="mailto:accueil@ville-bruz.fr">accueil@ville-bruz.fr</a>.</p>
<table>
<tr><th>Date</th><th>Objet</th><th>Indications</th></tr>
<tr><td>02/03</td><td>Carte de bus</td><td>Carte KorriGo n° ⟦id:0 2 5 0 1 8 7 3 4 4 1⟧ au nom de ⟦p:Enzo R.⟧</td></tr>
<tr><td>05/03</td><td>Lunettes de soleil</td><td>Étui gravé « ⟦p:M. A. Le Dantec⟧ »</td></tr>
<tr><td>09/03</td><td>Clés de voiture</td><td>Clé Renault avec porte-clés du garage : plaque ⟦pl:FX&#8209;903&#8209;GA⟧</td></tr>
<tr><td>12/03</td><td>Carte de bibliothèque</td><td>Lecteur n° ⟦id:35 047 000 219 88⟧ — ⟦p:Ioana Stănescu⟧</td></tr>
<tr><td>18/03</td><td>Portefeuille</td><td>Carte Leclerc ⟦id:9 250 0147 2286⟧, carte d'abonnement piscine de ⟦p:Amadou Diakité⟧, un ticket de pressing au nom de ⟦p:« DIAKITE A. »⟧</td></tr>
<tr><td>25/03</td><td>Téléphone</td><td>Le propriétaire a appelé depuis le <a href="tel:+33299051742">⟦t:02&nbsp;99&nbsp;05&nbsp;17&nbsp;42⟧</a> (⟦p:M. Goulven Riou⟧). Rendu.</td></tr>
</table>
<p>Page mise à jour par ⟦off:Mme Maud Le Pennec⟧, accueil.</p>
""",
}

HTML["sh02_annuaire_artisans_commercants.html"] = {
    "title": "Nos artisans et commerçants — Saint-Cyprien-sur-Dourdou",
    "head": '<meta name="description" content="Annuaire des artisans de la commune">\n',
    "body": """
<h1>Annuaire des artisans et commerçants</h1>
<p>Cet annuaire est établi avec l'accord de chacun. Pour y figurer, écrivez à la mairie.</p>
<ul>
<li><strong>Boulangerie du Pont</strong> — ⟦p:Mickaël et Sonia Rouquette⟧ — ⟦a:1 place de l'Église⟧ — ⟦t:05&nbsp;65&nbsp;72&nbsp;80&nbsp;14⟧</li>
<li><strong>Électricité générale</strong> — ⟦p:Florian Cayla⟧, entrepreneur individuel, SIRET ⟦siret:991 053 984 00027⟧ — <a href="mailto:⟦e:cayla.elec12@orange.fr⟧">m'écrire</a> — ⟦t:06 31 . 79 . 04 . 55⟧</li>
<li><strong>Taxi Dourdou</strong> — ⟦p:le seul taxi de la commune⟧, ⟦p:Mme Nadia Ferrand⟧ — ⟦t:+33&nbsp;6&nbsp;80&nbsp;22&nbsp;91&nbsp;03⟧ (réservation la veille)</li>
<li><strong>Couture &amp; retouches</strong> — ⟦p:Mme Huong Lê-Vidal⟧, à domicile ⟦a:4 chemin de Conques, la maison à la glycine⟧ — <span>⟦e:huong.retouches&#64;gmail.com⟧</span></li>
<li><strong>Menuiserie</strong> — ⟦p:Titouan Bessière⟧ — atelier ⟦a:ZA de la Plaine, lot 6⟧ — ⟦t:0 6 4 7 1 2 3 3 8 9⟧</li>
<li><strong>Apiculture</strong> — « Le Rucher d'Hugo » (⟦p:Hugo Vernhet⟧) — vente le samedi ⟦a:au Mas de Bélair⟧</li>
</ul>
<p>Rubrique tenue par ⟦off:Mme Laure Bouldoire⟧, chargée de communication.</p>
""",
}

HTML["sh03_avis_attribution_deneigement.html"] = {
    "title": "Avis d'attribution — déneigement des voies communales 2026-2029",
    "body": """
<h1>Avis d'attribution</h1>
<h2>Commune des Rousses (Jura)</h2>
<dl>
<dt>Objet</dt><dd>Déneigement et salage des voies communales et des hameaux (lot 2 : secteur du Bois-d'Amont)</dd>
<dt>Procédure</dt><dd>Procédure adaptée</dd>
<dt>Attributaire</dt><dd>⟦p:M. Rémi Jeunet-Mancy⟧, exploitant agricole et entrepreneur individuel<br>
⟦a:Ferme du Grand Risoux⟧<br>⟦a:1450 route du Noirmont⟧<br>39220 Les Rousses<br>
SIRET&nbsp;: ⟦siret:452&nbsp;459&nbsp;530&nbsp;00021⟧</dd>
<dt>Matériel déclaré</dt><dd>tracteur équipé d'une lame, immatriculé ⟦pl:FA-622-ZJ⟧ ; saleuse traînée ⟦pl:WW 418 HN⟧ (en cours d'immatriculation définitive)</dd>
<dt>Montant</dt><dd>Prix horaire 86 € HT, estimation annuelle 21 500 € HT</dd>
<dt>Date de signature</dt><dd>12 octobre 2026, par ⟦off:M. Bernard Mamet⟧, maire</dd>
</dl>
<p>Renseignements : secrétariat général, ⟦off:Mme Aline Grenard⟧.</p>
""",
}

HTML["sh04_tournoi_petanque_inscrits.html"] = {
    "title": "Tournoi de pétanque du 14 juillet — équipes inscrites",
    "body": """
<h1>Tournoi en doublettes — 14 juillet — place du Jeu-de-Paume</h1>
<table border="1">
<thead><tr><th>Équipe</th><th>Joueur 1</th><th>Joueur 2</th><th>Contact</th></tr></thead>
<tbody>
<tr><td>1</td><td>⟦p:Manu Ortega⟧</td><td>⟦p:« La Brique »⟧</td><td>⟦t:06 25 47 91 00⟧</td></tr>
<tr><td>2</td><td>⟦p:Tuğba Öztürk⟧</td><td>⟦p:Mehmet Öztürk⟧</td><td>⟦e:tugba.ozturk@gmx.fr⟧</td></tr>
<tr><td>3</td><td>⟦p:Mme Lucienne Fabre⟧ (⟦ag:83 ans⟧)</td><td>son petit-fils ⟦p:Noah⟧</td><td>⟦t:04&nbsp;90&nbsp;–&nbsp;71&nbsp;–&nbsp;35&nbsp;–&nbsp;62⟧</td></tr>
<tr><td>4</td><td>⟦p:Dmitri Orlov⟧ (⟦p:Дмитрий Орлов⟧)</td><td>⟦p:Sacha⟧</td><td>⟦t:+7&nbsp;916&nbsp;482-17-09⟧</td></tr>
<tr><td>5</td><td>⟦p:Jean-Mi⟧</td><td>⟦p:Dany⟧</td><td>au bar, ⟦a:chez Josy, en face de la fontaine⟧</td></tr>
<tr><td>6</td><td>⟦p:M. Vincent Lavande⟧</td><td>⟦p:M. Pascal Thym⟧</td><td>⟦e:v.lavande (at) sfr (dot) fr⟧</td></tr>
</tbody>
</table>
<p>Licences FFPJP vérifiées pour les équipes 1 et 6 : ⟦id:13 00 4578⟧, ⟦id:13 00 4579⟧, ⟦id:84 01 1120⟧.</p>
<p>Arbitre : ⟦p:Roland Meffre⟧. Buvette tenue par le comité des fêtes ; sécurité : ⟦off:Mme Sophie Vial⟧, policière municipale.</p>
""",
}

HTML["sh05_courriel_signature_html.html"] = {
    "title": "Re: demande de benne — chemin des Écureuils",
    "body": """
<div class="header">
<p><b>De&nbsp;:</b> ⟦p:Marie-Noëlle Quintin-Barthès⟧ &lt;<a href="mailto:⟦e:mn.quintin.barthes@free.fr⟧">⟦e:mn.quintin.barthes@free.fr⟧</a>&gt;<br>
<b>À&nbsp;:</b> services-techniques@auzeville.fr<br>
<b>Objet&nbsp;:</b> Re: demande de benne — chemin des Écureuils</p>
</div>
<p>Bonjour Monsieur,</p>
<p>Merci pour votre réponse. La benne peut être déposée sur l'accotement devant chez nous, ⟦a:au 12 — c'est la maison avec le portail en bois et la boîte aux lettres jaune, juste après le ralentisseur⟧. Mon mari, ⟦p:Thierry⟧, sera là pour vous indiquer l'emplacement.</p>
<p>Nous l'utiliserons pour les branches du cèdre abattu par l'élagueur, ⟦p:M. Joël Cassou⟧.</p>
<p>Bien cordialement,</p>
<table class="signature">
<tr><td><b>⟦p:Marie-Noëlle QUINTIN-BARTHÈS⟧</b></td></tr>
<tr><td>⟦a:12, ch. des Écureuils⟧</td></tr>
<tr><td>⟦a:31320 Auzeville-Tolosane⟧</td></tr>
<tr><td><a href="tel:+33561734028">⟦t:05.61.73.40.28⟧</a> &middot; <a href="tel:0687310955">⟦t:06&#160;87&#160;31&#160;09&#160;55⟧</a></td></tr>
</table>
<blockquote>
<p>Le 3 avril 2026, ⟦off:Olivier Sanchez⟧ (services techniques) a écrit&nbsp;: une benne peut être livrée le 10 avril. Merci de nous indiquer l'emplacement exact.</p>
</blockquote>
""",
}

HTML["sh06_cr_riverains_place_marche.html"] = {
    "title": "Compte rendu — réunion des riverains de la place du Marché (4 février 2026)",
    "body": """
<h1>Réunion des riverains de la place du Marché</h1>
<p><em>Salle du conseil, 18 h. Pour la ville : ⟦off:M. Karim Boudaoud⟧, adjoint au cadre de vie, et ⟦off:Mme Estelle Germain⟧, responsable de la propreté urbaine.</em></p>
<h2>Participants</h2>
<p>⟦p:Mme Colette Rabier⟧ (⟦a:n° 3, au-dessus de la mercerie⟧) ; ⟦p:M. Florent Baudry⟧ et ⟦p:M. Lucas Ferreira⟧ (⟦a:n° 5 bis⟧) ; ⟦p:Mlle Éléonore de Saint-Exupéry-Lagarde⟧ ; ⟦p:Yusuf⟧, gérant du kebab ; ⟦p:le couple de retraités du n° 11⟧ ; ⟦p:Dr Hamid Chergui⟧, dentiste installé au n° 9.</p>
<h2>Points abordés</h2>
<ol>
<li>Nettoyage après le marché : ⟦p:Mme Rabier⟧ constate que les cageots restent jusqu'au lundi. Le service de propreté passera désormais à 14 h.</li>
<li>Livraisons nocturnes de la supérette : ⟦p:M. Baudry⟧ a relevé le camion ⟦pl:GB 551 KT⟧ à 4 h 30 à plusieurs reprises. L'adjoint écrira à l'enseigne.</li>
<li>Bancs : ⟦p:Éléonore⟧ propose d'en ajouter deux sous les tilleuls. Accord de principe.</li>
</ol>
<p>Contact des riverains pour le suivi : ⟦p:Colette Rabier⟧, <a href="mailto:⟦e:colette.rabier@laposte.net⟧">écrire</a>, ⟦t:06 03 14 15 92⟧.</p>
""",
}

HTML["sh07_formulaire_inscription_ecole_musique.html"] = {
    "title": "Inscription école de musique — formulaire reçu n° 2026-0188",
    "body": """
<h1>Formulaire d'inscription reçu</h1>
<form>
<fieldset><legend>Élève</legend>
<label>Nom</label> <input type="text" name="nom" value="⟦p:Kowalski-Dumont⟧"> <span>⟦p:KOWALSKI-DUMONT⟧</span><br>
<label>Prénom</label> <span>⟦p:Aleksander⟧</span><br>
<label>Date de naissance</label> <span>⟦bd:2015-06-30⟧</span> (⟦ag:10 ans⟧)<br>
<label>Instrument</label> <span>violoncelle</span>
</fieldset>
<fieldset><legend>Responsable légal</legend>
<label>Nom, prénom</label> <span>⟦p:Dumont, Camille⟧</span><br>
<label>Adresse</label> <span>⟦a:Appt 21 — Résidence du Parc — 3 rue Pasteur⟧</span><br>
<label>Téléphone</label> <span>⟦t:+33&nbsp;(0)6&nbsp;12&nbsp;98&nbsp;40&nbsp;37⟧</span><br>
<label>Courriel</label> <span>⟦e:camille.dumont﹫netcourrier.com⟧</span><br>
<label>N° d'adhérent famille</label> <span>⟦id:EMM-FAM-0934⟧</span>
</fieldset>
</form>
<p>Enregistré le 2 septembre 2026 par ⟦off:M. Grégory Thiébaut⟧, directeur de l'école de musique.</p>
""",
}

HTML["sh08_petites_annonces_bulletin.html"] = {
    "title": "Petites annonces du bulletin municipal — printemps 2026",
    "body": """
<h1>Les petites annonces des habitants</h1>
<article><h2>Covoiturage Lyon</h2>
<p>Je pars tous les jours à 7 h 15 vers la Part-Dieu, retour 18 h. 2 places. ⟦p:Quentin⟧ — ⟦t:06&nbsp;7&nbsp;5&nbsp;2&nbsp;0&nbsp;8&nbsp;4&nbsp;1&nbsp;3&nbsp;9⟧.</p></article>
<article><h2>Cours de piano</h2>
<p>Professeure diplômée donne cours à domicile, tous niveaux. ⟦p:Mme Irina Volkova⟧, ⟦a:rue des Pervenches, la maison au piano dans la véranda⟧. ⟦e:irina.volkova.piano AT gmail DOT com⟧.</p></article>
<article><h2>Baby-sitting</h2>
<p>Étudiante de ⟦ag:19 ans⟧, titulaire du BAFA, garde vos enfants le soir et le week-end. ⟦p:Clara⟧, fille de ⟦p:la fleuriste de la rue Centrale⟧ — ⟦t:07.8I.44.20.63⟧.</p></article>
<article><h2>Donne bois de chauffage</h2>
<p>Chêne coupé en 50 cm, à venir chercher ⟦a:au lieu-dit Le Grand Champ, la grange sans toit⟧. Demandez ⟦p:Lulu⟧ (⟦p:Lucien Berthet⟧).</p></article>
<article><h2>Vends Peugeot 208</h2>
<p>2019, 84 000 km, immatriculée ⟦pl:FE-208-LY⟧, contrôle technique OK. ⟦p:M. Perret⟧, ⟦t:04 74 ## 00 ## 61 ## 18⟧ (remplacez les # par des espaces, je n'aime pas les robots).</p></article>
<p>Annonces recueillies par ⟦off:Mme Hélène Cuzin⟧, service communication.</p>
""",
}

HTML["sh09_arrete_echafaudage.html"] = {
    "title": "Arrêté n° 2026-VOI-077 — occupation du domaine public (échafaudage)",
    "body": """
<h1>Arrêté n° 2026-VOI-077</h1>
<p>Le Maire de Pont-Audemer,</p>
<p>Vu la demande présentée le 2 mars 2026 par ⟦p:M. Anthony Sénécal⟧, propriétaire occupant, demeurant ⟦a:14, rue Thiers⟧ (maison à pans de bois, ⟦a:la façade ocre au bord de la Risle⟧), né le ⟦bd:14/02/1979⟧, qui réalise lui-même le ravalement de sa façade,</p>
<p><strong>ARRÊTE</strong></p>
<p>Article 1<sup>er</sup> : M. ⟦p:Sénécal⟧ est autorisé à installer un échafaudage de 6 m sur 1,20 m devant le ⟦a:14 rue Thiers⟧ du 16 mars au 17 avril 2026.</p>
<p>Article 2 : le stationnement est interdit au droit du chantier, à l'exception du véhicule de l'intéressé, ⟦pl:GH–734–QP⟧, et de celui de son beau-frère ⟦p:Mickaël Hue⟧, ⟦pl:BT 918 MM⟧, pour le chargement.</p>
<p>Article 3 : la redevance d'occupation est fixée à 48 € (titre de recette ⟦id:R-2026-00412⟧).</p>
<p>Fait à Pont-Audemer, le 9 mars 2026. Pour le Maire, ⟦off:M. Laurent Duclos⟧, adjoint délégué.</p>
""",
}

HTML["sh10_blog_sortie_raquettes.html"] = {
    "title": "Sortie raquettes au plateau de Beille — récit et inscrits de la prochaine",
    "body": """
<h1>Les Raquettes de l'Arize</h1>
<p>Dimanche dernier, 17 courageux ont bravé le brouillard ! Merci à ⟦p:Marie-Jo⟧ pour le vin chaud et à notre doyen, ⟦p:Fernand⟧ (⟦ag:86 printemps⟧), qui a encore distancé tout le monde dans la montée.</p>
<p>Le guide, ⟦p:Aitor Etxeberria⟧ (⟦a:Borda Xurria, 64430 Saint-Étienne-de-Baïgorry⟧), accompagnateur en montagne, SIRET ⟦siret:81469931000011⟧ (on nous a d'abord donné ⟦siret:814 699 310⟧, le SIREN seul) — nous recevra de nouveau le 8 février.</p>
<h2>Inscrits pour le 8 février</h2>
<ul>
<li>⟦p:Sylvain et Bérangère⟧ (voiture : ⟦pl:dz-660-ef⟧, 3 places libres, départ ⟦a:parking derrière chez eux, rue du Four⟧)</li>
<li>⟦p:Hamza⟧ — à joindre par ⟦e:hamza.b09&lt;at&gt;outlook.fr⟧</li>
<li>⟦p:Jacqueline D.⟧, ⟦p:Mme Rouge⟧ et ⟦p:M. Vert⟧ (nos voisins inséparables du ⟦a:lotissement Les Sorbiers⟧)</li>
<li>⟦p:Ólafur Guðmundsson⟧ — de passage d'Islande, ⟦t:+354 861 2345⟧</li>
</ul>
<p>Adhésion 2026 : 15 €, à régler à ⟦p:Bérangère⟧ (trésorière), n° d'adhérent rappelé sur la carte (par ex. ⟦id:RA-26-031⟧ pour ⟦p:Hamza⟧).</p>
<p>Avec le soutien de la commune de La Bastide-de-Sérou (prêt du minibus conduit par ⟦off:M. Serge Galy⟧, agent municipal).</p>
""",
}

DOCX["sw01_fiche_inscription_centre_loisirs.docx"] = {
    "title": "Fiche d'inscription — centre de loisirs des Bruyères — été 2026",
    "author": "⟦p:Sandrine Kerjean⟧",
    "header": "Centre de loisirs des Bruyères — Ville de Plougastel-Daoulas",
    "footer": "Dossier n° ⟦id:CL-26-0431⟧ — saisi par ⟦off:M. Loïc Abgrall⟧, directeur du centre",
    "blocks": [
        ("h", "Fiche d'inscription — été 2026"),
        ("table", [
            ["Enfant", "⟦p:KERJEAN-MAO Maël⟧"],
            ["Né le", "⟦bd:vendredi 14 juin 2019⟧"],
            ["Semaines", "du 6 au 10 juillet ; du 17 au 21 août"],
            ["Responsable 1", "⟦p:Sandrine Kerjean⟧ — ⟦t:06 62 . 18 . 47 . 30⟧ — ⟦e:s.kerjean@orange.fr⟧"],
            ["Responsable 2", "⟦p:MAO Wei⟧ (⟦p:毛伟⟧) — ⟦t:+33 7 68 21 40 59⟧ (travail : ⟦t:02 98 40 15 15 poste 3318⟧)"],
            ["Adresse", "⟦a:Kervéguen Vihan⟧ (dernière longère avant la grève)\n⟦a:29470 Plougastel-Daoulas⟧"],
            ["Personnes autorisées à venir chercher l'enfant", "⟦p:Mamie Janine⟧ (⟦p:Janine Kerjean⟧, ⟦t:02.98.04.71.66⟧) ; ⟦p:Tonton Éric⟧"],
        ]),
        "Paiement : prélèvement sur le compte ⟦id:FR73 1027 8085 9000 0205 7190 150⟧ (mandat signé le 2 mai).",
    ],
}

DOCX["sw02_pv_assemblee_residents_tilleuls.docx"] = {
    "title": "PV de l'assemblée des résidents — Les Tilleuls — 28 mars 2026",
    "author": "⟦p:J.-F. Audouin⟧",
    "blocks": [
        ("h", "Association des résidents des Tilleuls — assemblée du 28 mars 2026"),
        "Présidence : ⟦p:**M. Jean-François Audouin**⟧ (bâtiment D). Secrétariat : ⟦p:Mme **Nadia** Chérif-Lambert⟧.",
        "Étaient présents : 41 ménages sur 120. Invité : ⟦off:M. Benoît Gaillard⟧, directeur d'agence du bailleur Habitat 35, et ⟦off:Mme Léa Roussel⟧, élue de quartier.",
        ("table", [
            ["Point", "Intervenant", "Résumé"],
            ["Aire de jeux", "⟦p:Mme Soraya Benali⟧ (⟦a:bât. D, logt 12⟧)", "Le toboggan est cassé depuis janvier ; le bailleur commande la pièce."],
            ["Caves", "⟦p:M. Gilbert Lebreton⟧, ⟦ag:77 ans⟧", "Demande un éclairage du couloir des caves du bâtiment A."],
            ["Parking", "⟦p:Kofi⟧ (⟦a:A 04, au rez-de-chaussée, la porte avec l'autocollant du FC Nantes⟧)", "Un fourgon ⟦pl:DA-774-WR⟧ occupe deux places depuis trois mois."],
            ["Fête de l'été", "⟦p:Mme Chérif-Lambert⟧", "Le 27 juin ; tables à réserver auprès d'elle au ⟦t:06 17 29 83 45⟧."],
        ]),
        "Le bureau est reconduit. Prochaine assemblée en octobre. Signé : ⟦p:J.-F. Audouin⟧, ⟦p:N. Chérif-Lambert⟧.",
    ],
}

DOCX["sw03_courrier_demande_abri_bus.docx"] = {
    "title": "Demande d'abri de bus — hameau de la Pierre-Levée",
    "author": "⟦p:Thibaut Carrel⟧",
    "header": "⟦p:Thibaut et Ingrid Carrel⟧ — ⟦a:Hameau de la Pierre-Levée, 5 route des Crêtes⟧ — 74130 Bonneville",
    "footer": "⟦t:04 50 97 - 33 - 12⟧ · ⟦e:carrel.pierrelevee[at]gmail.com⟧",
    "blocks": [
        "Monsieur le Président de la communauté de communes,",
        "Nos trois enfants prennent chaque matin le car scolaire à l'arrêt de la Pierre-Levée, au bord de la route des Crêtes, sans abri ni éclairage. L'hiver, ils attendent sous la neige à 7 h 05 avec les enfants de ⟦p:M. et Mme Dunand⟧ et le fils de ⟦p:la fromagère du hameau⟧.",
        "Le terrain en bord de route appartient à ⟦p:M. **Aurélien** Pollet⟧, ⟦a:la ferme juste au-dessus de l'arrêt⟧, qui est d'accord pour céder les quelques mètres carrés nécessaires.",
        "Nous joignons une pétition signée par les onze familles du hameau. Notre numéro d'abonnement au transport scolaire est le ⟦id:TS74-0088-2291⟧.",
        "Veuillez agréer, Monsieur le Président, nos salutations respectueuses.",
        "⟦p:Ingrid Carrel⟧, née ⟦p:Lindholm⟧",
        "Copie : ⟦off:Mme Christine Jacquier⟧, maire de Bonneville.",
    ],
}

DOCX["sw04_planning_permanences_bibliotheque.docx"] = {
    "title": "Planning des bénévoles — bibliothèque de Saint-Nazaire-en-Royans",
    "blocks": [
        ("h", "Bibliothèque : permanences des bénévoles (avril-juin 2026)"),
        ("table", [
            ["Jour", "Matin", "Après-midi", "Remplaçant"],
            ["Mardi", "⟦p:Geneviève⟧", "⟦p:Alain P.⟧", "⟦p:Marie-Claude Roux-Bellon⟧ ⟦t:04 75 48 . 4 . 0 . 1 . 9⟧"],
            ["Mercredi", "⟦p:Mme Fontaine⟧ + ⟦p:Lison⟧ (⟦ag:15 ans⟧, stage)", "⟦p:Rachid Amrani⟧", "⟦p:Ghislaine⟧"],
            ["Samedi", "⟦p:Pr Bernard Coste⟧ (le matin seulement)", "⟦p:les sœurs Arnaud⟧", "⟦p:Joël⟧ ⟦t:06 99 87 12 05⟧"],
        ]),
        "Les clés : un jeu chez ⟦p:Geneviève⟧ (⟦a:la maison aux volets bleus à côté du pont de l'aqueduc⟧), un jeu à la mairie.",
        "Cartes de lecteur à refaire : ⟦id:L-00731⟧ (⟦p:famille Brochier⟧), ⟦id:L-00988⟧ (⟦p:M. Sahin⟧).",
        "Coordination : ⟦off:Mme Isabelle Vignon⟧, adjointe à la culture.",
    ],
}

DOCX["sw05_avis_attribution_macon.docx"] = {
    "title": "Avis d'attribution — restauration du lavoir communal",
    "header": "Commune de Chaudeyrolles (Haute-Loire)",
    "blocks": [
        ("h", "Avis d'attribution — restauration du lavoir de la Fontaine-Vieille"),
        ("table", [
            ["Pouvoir adjudicateur", "Commune de Chaudeyrolles, représentée par ⟦off:M. Jean-Paul Exbrayat⟧, maire"],
            ["Procédure", "Marché à procédure adaptée, 3 offres reçues"],
            ["Attributaire", "⟦p:M. Cyprien Faure-Chazalon⟧, artisan maçon (entrepreneur individuel)"],
            ["Adresse de l'attributaire", "⟦a:Les Estables-Hautes⟧\n⟦a:route du Mézenc, maison sans numéro à côté de la scierie⟧\n43150 Les Estables"],
            ["SIRET", "⟦siret:336 845 938 000 16⟧"],
            ["Montant", "27 640,00 € HT"],
            ["Date de notification", "4 mai 2026"],
        ]),
        "Le présent avis est publié au profil d'acheteur et affiché en mairie. Renseignements : ⟦off:Mme Coralie Boyer⟧, secrétaire de mairie.",
    ],
}

DOCX["sw06_registre_pret_tables_chaises.docx"] = {
    "title": "Registre de prêt du matériel communal 2026",
    "author": "Service animation",
    "blocks": [
        ("h", "Prêt de matériel aux particuliers — 1er trimestre 2026"),
        ("table", [
            ["Date", "Emprunteur", "Adresse", "Téléphone", "Matériel", "Caution"],
            ["10/01", "⟦p:BELLAMY Corinne⟧", "⟦a:8 allée des Lilas⟧", "⟦t:06 20 30 40 51⟧", "4 tables, 24 chaises", "chèque ⟦id:0 481 772⟧"],
            ["24/01", "⟦p:M. Siddharth Venkataraman⟧", "⟦a:Villa Shanti, chemin du Bois-Joli⟧", "⟦t:+91 98450 12345⟧ / ⟦t:07 66 54 32 10⟧", "1 barnum", "espèces"],
            ["07/02", "⟦p:Mme Lemoine (Brigitte)⟧", "⟦a:c/o M. et Mme Perrin, 3 r. du Lavoir⟧", "⟦t:0386 21 47 09⟧", "2 bancs", "chèque ⟦id:1 004 339⟧"],
            ["21/02", "⟦p:Baptiste⟧ et ⟦p:Léonie⟧ (mariage le 21 !)", "⟦a:La Grange aux Hirondelles⟧", "⟦t:06.4.8.2.2.7.7.1.0.9⟧", "10 tables", "chèque ⟦id:0 219 054⟧"],
            ["14/03", "⟦p:M. Aurèle Bonnet-Desgranges⟧", "⟦a:12 bis, Grand'Rue, appt du 1er⟧", "—", "podium", "chèque ⟦id:7 755 201⟧"],
        ]),
        "Véhicule utilisé pour les livraisons : camion communal. Les emprunteurs qui viennent eux-mêmes donnent leur plaque : ⟦pl:EK-390-VB⟧ (⟦p:Mme Bellamy⟧), ⟦pl:BX 17 FRA⟧ (⟦p:M. Venkataraman⟧, voiture de location anglaise).",
    ],
}

DOCX["sw07_cr_conseil_quartier_gare.docx"] = {
    "title": "Conseil de quartier Gare — compte rendu du 19 mai 2026",
    "blocks": [
        ("h", "Conseil de quartier Gare – Mûriers — séance du 19 mai 2026"),
        "Co-présidence : ⟦off:Mme Valérie Morel⟧, adjointe à la démocratie locale, et ⟦p:M. **Hocine** **Mebarki**⟧, habitant tiré au sort.",
        "Membres habitants présents : ⟦p:**Mme** Gisèle Tardieu⟧, ⟦p:**Lamine** Sarr⟧, ⟦p:Mme Ewa Nowak-Fabre⟧, ⟦p:M. Loup⟧, ⟦p:Mlle Capucine Pascal⟧, ⟦p:Mme Roza Gashi⟧.",
        "1. Passerelle de la gare : ⟦p:Mme Tardieu⟧ signale que l'ascenseur est souvent en panne ; elle a relevé neuf pannes depuis février. ⟦p:M. Sarr⟧ propose d'en informer SNCF Gares & Connexions.",
        "2. Jardin partagé des Mûriers : ⟦p:Capucine⟧ et ⟦p:Roza⟧ cherchent un point d'eau. Le service des espaces verts (⟦off:M. Frédéric Dubreuil⟧) étudiera un branchement.",
        "3. Circulation rue des Mûriers : une pétition de 63 signatures est remise par ⟦p:M. Loup⟧, qui habite ⟦a:au 27, la maison en retrait avec le grand portail gris⟧.",
        "Prochaine séance le 22 septembre. Contact habitants : ⟦e:conseil.gare.habitants@gmail.com⟧ (boîte tenue par ⟦p:Hocine⟧).",
    ],
}

DOCX["sw08_concours_maisons_fleuries.docx"] = {
    "title": "Concours des maisons fleuries 2026 — inscriptions et palmarès",
    "header": "Commune de Saint-Cirq-Lapopie — concours des maisons et balcons fleuris",
    "footer": "Jury présidé par ⟦off:Mme Marie-Hélène Astruc⟧, conseillère municipale",
    "blocks": [
        ("h", "Inscrits et appréciation du jury (passage du 11 juillet)"),
        ("table", [
            ["N°", "Participant", "Où voir le fleurissement", "Catégorie", "Prix"],
            ["1", "⟦p:Mme Germaine Delpech⟧", "⟦a:la maison aux volets bleus en face du puits, rue de la Pélissaria⟧", "maison avec jardin", "1er prix"],
            ["2", "⟦p:M. et Mme Van den Berghe⟧", "⟦a:le balcon au-dessus de l'atelier de tournage, place du Sombral⟧", "balcon", "2e prix"],
            ["3", "⟦p:Dalila⟧ et ⟦p:Pierre-Louis Castagné⟧", "⟦a:le mas de Bellevue, au bout du chemin de halage, côté Lot⟧", "ferme", "prix du jury"],
            ["4", "⟦p:« Mamie Rose »⟧ (⟦p:Rose Lafargue⟧, ⟦ag:93 ans⟧)", "⟦a:la dernière maison avant la porte de la Peyrolerie⟧", "fenêtres et murs", "prix spécial"],
            ["5", "⟦p:M. Tadeusz Grabowski⟧", "⟦a:Lieu-dit Tour-de-Faure, maison à la glycine blanche⟧", "maison avec jardin", "—"],
        ]),
        "Remise des prix le 15 août à la salle des fêtes. Les lauréats sont priés de confirmer leur présence au ⟦t:05 65 31 - 22 - 14⟧ (⟦p:Mme Delpech⟧ coordonne le pot) ou auprès de la mairie.",
    ],
}

DOCX["sw09_demande_location_salle.docx"] = {
    "title": "Demande de location de la salle des fêtes",
    "author": "⟦p:Owusu-Ansah, Kwame⟧",
    "blocks": [
        ("h", "Demande de location — salle des fêtes de Mirepoix"),
        ("table", [
            ["Nom et prénom du demandeur", "⟦p:OWUSU-ANSAH Kwame⟧"],
            ["Date et lieu de naissance", "⟦bd:19.05.1986⟧ à Kumasi (Ghana)"],
            ["Adresse", "⟦a:Appartement 6, 2e étage⟧\n⟦a:Maison Biscaye⟧\n⟦a:17 cours du Docteur-Chabaud⟧"],
            ["Téléphone", "⟦t:06 43 18 77 92⟧ — fixe ⟦t:05 61 68 (1) 47 33⟧ (le 1 entre parenthèses fait partie du numéro)"],
            ["Courriel", "⟦e:kwame.oa@yahoo.fr⟧ ou ⟦e:k.owusu-ansah@ac-toulouse.fr⟧"],
            ["Objet", "anniversaire des ⟦ag:40 ans⟧ du demandeur, 70 personnes"],
            ["Date souhaitée", "samedi 23 mai 2026, 14 h – 2 h"],
            ["Attestation d'assurance", "contrat ⟦id:MRH-7741-009126⟧ (MAIF), sociétaire n° ⟦id:2214378 D⟧"],
            ["Personne présente à l'état des lieux", "⟦p:Mme Efua Owusu-Ansah⟧ ou ⟦p:M. Gilles Ramel⟧ (voisin)"],
        ]),
        "Avis du service : accordé, caution 500 € ; état des lieux avec ⟦off:M. Fabien Mir⟧, régisseur des salles.",
    ],
}

DOCX["sw10_exposants_marche_noel.docx"] = {
    "title": "Marché de Noël 2026 — liste des exposants",
    "header": "Marché de Noël de Riquewihr — 28 novembre au 23 décembre 2026",
    "footer": "Placement : ⟦off:M. Thomas Ehrhart⟧, service des manifestations",
    "blocks": [
        ("table", [
            ["Chalet", "Exposant", "Statut", "SIRET / immatriculation", "Contact", "Véhicule"],
            ["1", "⟦p:Marie-Odile Schwartz⟧ — bredele", "EI", "⟦siret:961803889 00016⟧", "⟦t:03 89 47 - 92 - 10⟧", "⟦pl:GE-115-RA⟧"],
            ["2", "⟦p:Ahmet Yılmaz⟧ — bijoux en argent", "micro-entrepreneur", "⟦siret:477 593 032 00014⟧", "⟦e:ahmet.yilmaz.bijoux@gmail.com⟧", "⟦pl:KA-AY 2207⟧ (Allemagne)"],
            ["3", "Association Les Doigts de Fée", "association", "W681004455", "présidente : ⟦p:Mme Doris Meyer⟧", "—"],
            ["4", "⟦p:Giuseppe « Peppino » Rinaldi⟧ — vin chaud", "EI", "RM ⟦siret:628 194 821⟧", "⟦t:+39 347 1234567⟧", "⟦pl:FG 482 LM⟧"],
            ["5", "⟦p:Sven Andersson⟧ — bougies", "enskild firma (Suède)", "org.nr ⟦id:19780412-5531⟧", "⟦t:+46 70 123 45 67⟧", "⟦pl:ABC 12D⟧"],
        ]),
        "Les exposants logés chez l'habitant : ⟦p:M. Rinaldi⟧ chez ⟦p:Mme Bernadette Hugel⟧, ⟦a:12 rue du Général-de-Gaulle, au-dessus de la winstub⟧ ; ⟦p:M. Andersson⟧ au ⟦a:gîte « Le Nid de Cigogne », 5 rue des Cordiers⟧.",
    ],
}

if __name__ == "__main__":
    raise SystemExit(main())
