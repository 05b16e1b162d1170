# ruff: noqa: E501  (the documents are long lines of text)
"""Build the dev3 set of the personal-data leak benchmark (``corpus/dev3``): documents and labels.

Same conventions as ``build_files.py`` and ``build_dev2_files.py`` (whose helpers it uses): a personal
value is written ``⟦kind:text⟧``, an official kept in clear ``⟦off:text⟧``; the script writes the files
without the marks and their lines in ``corpus/dev3/labels.jsonl``, and checks that every label is a
substring of its document.

dev3 was written without reading the recognizers, the held-out set or the tests. It insists on the
shapes where leaks remained: addresses (bis/ter, ranges "12-14", "au 3 de la", streets without a
number in running text, residences and buildings, lieux-dits, hamlets, named farms, Guadeloupe,
Réunion and Mayotte, foreign addresses, post-office boxes, addresses split over two lines or two table
cells, after "domicilié", "demeurant", "sis"); persons (names without civility in lists and tables,
first names alone after a full mention, "DUPONT Marie", hyphens and particles, Asian, African, Arab and
Slavic names, nicknames, signatures, names inside e-mail addresses, initials, lower case); plates in
every format, phones in every grouping, ages, numbers a person holds (licences, cards, customer and
subscriber numbers, permits, invoices) and birth dates in many shapes. Association presidents are
private persons; mayors, deputies, directors and agents signing in their function are officials.
Every document is meant to be published once anonymized (route public): none holds a sensitive fact.

Run: .venv/bin/python bench/pii/build_dev3_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_dev2_files import build_set

SET = "dev3"


def main() -> int:
    return build_set(SET, TXT, HTML, DOCX)


# ---------------------------------------------------------------------------------------------------
# The documents.

TXT: dict[str, str] = {}
HTML: dict[str, dict[str, str]] = {}
DOCX: dict[str, dict[str, Any]] = {}

TXT["q01_reponse_eclairage_public.txt"] = """
Mairie de Bouguenais — Services techniques
Affaire suivie par : ⟦off:Mme Nathalie Gicquel⟧, responsable du pôle voirie

⟦p:Monsieur Kévin TRAN VAN LONG⟧
⟦a:7 bis, allée des Courlis⟧
44340 Bouguenais

Objet : votre signalement du 12 janvier 2026 — candélabre hors service

Monsieur,

Vous nous avez signalé que le candélabre situé face à votre domicile, ⟦a:au 7 bis de l'allée des Courlis⟧, ne s'allume plus depuis la tempête. Votre voisin, ⟦p:M. Joël Praud⟧, qui habite ⟦a:au 9 de la même allée⟧, nous avait déjà alerté par téléphone.

Notre prestataire interviendra le 3 février 2026 entre 8 h et 12 h. Il n'est pas nécessaire d'être présent. Si vous constatez de nouveau une panne, vous pouvez appeler le service au 02 40 32 29 29 ou répondre directement à ce courrier en rappelant votre numéro de demande ⟦id:GRC-2026-001874⟧.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Pour le maire et par délégation,
⟦off:Erwan Le Port⟧, adjoint à la voirie
"""

TXT["q02_litige_haie_mitoyenne.txt"] = """
COMMUNE DE SAINT-JEAN-DE-BRAYE
Conciliation de voisinage — compte rendu de la rencontre du 4 mars 2026

Présents :
– ⟦p:Mme Christiane Maréchal-Dubois⟧, propriétaire ⟦a:12-14 rue des Grands-Champs⟧ ;
– ⟦p:M. Abdelkader Benyahia⟧, propriétaire ⟦a:16 rue des Grands-Champs⟧ ;
– ⟦off:M. Didier Gaulon⟧, médiateur municipal ;
– ⟦off:Mme Pascale Morin⟧, adjointe au cadre de vie.

Objet du différend : la haie de thuyas plantée en limite séparative, d'une hauteur d'environ 4 mètres, prive de soleil le potager de ⟦p:M. Benyahia⟧. ⟦p:Mme Maréchal-Dubois⟧ indique que la haie existait déjà lorsqu'elle a acheté la maison en 1998 et qu'elle la fait tailler chaque automne par ⟦p:M. Ludovic Renard⟧, jardinier, qui habite ⟦a:rue du Pont-Bordeau⟧.

Accord trouvé : la haie sera ramenée à 2 mètres avant le 30 avril 2026 ; les frais seront partagés. ⟦p:Christiane⟧ fournira les coordonnées du jardinier à son voisin ; ⟦p:Abdelkader⟧ laissera l'accès à son jardin le jour de la taille (joignable au ⟦t:06 23 45 67 81 (après 18h)⟧).

Fait en trois exemplaires.
"""

TXT["q03_elagage_chemin_rural_hameaux.txt"] = """
Commune de Saint-Pierre-de-Chartreuse — Mise en demeure amiable d'élagage

Au titre de la sécurité de la circulation sur les voies communales, les propriétaires suivants sont invités à élaguer les arbres et haies qui débordent sur la voie avant le 15 mai 2026 :

• ⟦p:BOUVIER Marcel⟧, ⟦a:hameau de la Diat⟧ — noisetiers le long de la VC 7 ;
• ⟦p:GIRAUD-MOLLARD Anne-Sophie⟧, ⟦a:La Ruchère, chalet « Le Grand Som »⟧ — frênes ;
• ⟦p:COTTAVE Jean⟧, ⟦a:lieu-dit Les Égaux⟧ — haie de charmes ;
• ⟦p:SZYMAŃSKI Wojciech⟧, ⟦a:ferme de Patassière⟧ — sapins en bordure du chemin rural de Valombré ;
• ⟦p:PERRIN Gérard⟧, ⟦a:Le Cucheron⟧ — bouleaux.

À défaut, les travaux seront réalisés par la commune aux frais des propriétaires après une nouvelle mise en demeure.
Le maire, ⟦off:Stéphane Gusmeroli⟧
"""

TXT["q04_vide_grenier_inscrits.txt"] = """
COMITÉ DES FÊTES DE LAILLÉ — VIDE-GRENIER DU DIMANCHE 7 JUIN 2026
Registre des exposants non professionnels (à tenir à la disposition des services de la mairie)

N°  | Nom Prénom                | Adresse                                  | Pièce d'identité            | Véhicule
01  | ⟦p:LEBRETON Sandrine⟧        | ⟦a:5 ter rue de la Halopière⟧, Laillé        | CNI ⟦id:180635201847⟧         | ⟦pl:FG-412-KT⟧
02  | ⟦p:NGUYEN Thi Hoa⟧           | ⟦a:Résidence Les Tilleuls, bât. C, appt 21⟧, Bruz | passeport ⟦id:19AV54321⟧     | ⟦pl:EK 703 PB⟧
03  | ⟦p:DIALLO Mamadou⟧           | ⟦a:la Touche Ablin⟧, Laillé                   | CNI ⟦id:X4RT7Y2P9⟧            | ⟦pl:ab457cd⟧
04  | ⟦p:PICHON Yvette⟧            | ⟦a:22, rue du Stade⟧, Pont-Péan              | CNI ⟦id:090735100412⟧         | ⟦pl:4512 VZ 35⟧
05  | ⟦p:LE HÉRISSÉ Jean-Yves⟧     | ⟦a:Le Bas Rocher⟧, Laillé                     | permis ⟦id:13AA98765⟧         | ⟦pl:HB-019-RS⟧

Chaque exposant atteste sur l'honneur ne pas avoir participé à plus de deux ventes au déballage dans l'année.
Pour le comité, la présidente, ⟦p:Sandrine Lebreton⟧ — ⟦t:06.12.34.56.78⟧
"""

TXT["q05_marche_hebdomadaire_abonnes.txt"] = """
VILLE DE PÉZENAS — MARCHÉ DU SAMEDI
Liste des commerçants abonnés au 1er janvier 2026 (emplacements attribués par le placier)

Empl. 1 — Primeurs — ⟦p:Rouquette Bernard⟧ — ⟦siret:812 345 676 00017⟧ — camion ⟦pl:CZ-884-LM⟧
Empl. 2 — Fromages — ⟦p:Mme Aïcha Bensalem⟧ — carte de commerçant non sédentaire n° ⟦id:CNS 34 2024 007812⟧
Empl. 3 — Olives et épices — ⟦p:Haddad Nour El Houda⟧ — ⟦t:07 81 92 03 14⟧
Empl. 4 — Miel — ⟦p:Gérard Labbé, dit « Gégé l'abeille »⟧ — ⟦a:Mas de la Garrigue, route de Caux⟧ — camion ⟦pl:345 BXR 34⟧
Empl. 5 — Poissonnerie — ⟦p:Tchakounté Paul-Désiré⟧ — ⟦t:+33 6 45 12 78 90⟧
Empl. 6 — Vêtements — ⟦p:Zhang Wei⟧ — ⟦a:BP 204⟧, 34120 Pézenas — n° d'abonné marché ⟦id:MAR-0047⟧

Les droits de place sont payables au trimestre auprès du régisseur, ⟦off:M. Fabrice Castan⟧.
Le placier : ⟦off:Jean-Louis Mas⟧
"""

TXT["q06_foire_saint_martin_exposants.txt"] = """
Foire de la Saint-Martin — Bressuire, 11 novembre 2026
Exposants de matériel agricole et d'animaux (liste transmise au service voirie pour le plan de circulation)

– ⟦p:Jean-Marie Gaborit⟧, ⟦a:La Grande Métairie⟧, 79300 Chiché ; véhicules : ⟦pl:7412 TX 79⟧ et remorque ⟦pl:DA-551-AB⟧
– ⟦p:Mme Odile Bonneau⟧, éleveuse de chèvres, ⟦a:Le Petit Puy-Bernard⟧, Faye-l'Abbesse ; ⟦t:05 49 74 12 36⟧
– ⟦p:M. Kwame Asante-Mensah⟧, vannier, ⟦a:3 impasse des Saules, Les Hauts de Bressuire, bât. B⟧ ; ⟦t:0033 6 71 82 93 04⟧
– ⟦p:Paquereau Louis⟧, ⟦a:ferme de la Coudraie⟧ ; ⟦pl:GH 225 VE⟧
– ⟦p:Mlle Lou-Anne Baudry⟧, miel et pain d'épices, ⟦a:route de Cerizay⟧, après le rond-point du Puy-Ravard.

Emplacement des exposants : champ de foire et boulevard Lescure.
Le responsable du service manifestations, ⟦off:Thierry Mornet⟧
"""

TXT["q07_avis_travaux_rue_sans_numero.txt"] = """
AVIS AUX RIVERAINS — RENOUVELLEMENT DU RÉSEAU D'ASSAINISSEMENT, QUARTIER DES MARAIS

Du 2 mars au 24 avril 2026, la rue des Marais, l'impasse du Lavoir et la place Jean-Jaurès seront fermées à la circulation, sauf riverains.

Les riverains qui nous ont fait part d'une contrainte d'accès seront prévenus la veille par l'entreprise :
⟦p:Mme Germaine Coulon⟧ qui habite ⟦a:rue des Marais, la maison à l'angle de la venelle⟧ ;
⟦p:M. Sergueï Volkov⟧, domicilié ⟦a:Résidence du Parc, bâtiment D, escalier 2, 3e étage⟧ ;
la boulangerie, 4 place Jean-Jaurès (accès piéton maintenu) ;
⟦p:M. et Mme Rakotomalala⟧, ⟦a:au 3 de l'impasse du Lavoir⟧ ;
⟦p:Lucas Fernandes⟧, qui stationne son camping-car ⟦pl:EZ-348-QW⟧ devant le ⟦a:17 de la rue des Marais⟧.

Un itinéraire de déviation est fléché par l'avenue de la Libération.
Contact chantier : ⟦off:M. Hervé Lacombe⟧, technicien réseaux, 05 56 00 12 34.
"""

TXT["q08_arrete_demenagement.txt"] = """
ARRÊTÉ MUNICIPAL TEMPORAIRE N° 2026-T-0412
portant réglementation du stationnement pour un déménagement

Le maire de Tours,
Vu la demande présentée le 2 avril 2026 par ⟦p:Mme Mélodie Chen-Lefort⟧, demeurant ⟦a:24 ter, rue Colbert⟧, 37000 Tours, téléphone ⟦t:06-63-21-48-90⟧,

ARRÊTE
Article 1 : le stationnement est interdit le samedi 18 avril 2026, de 7 h à 19 h, sur trois emplacements au droit du ⟦a:24 ter et du 26 rue Colbert⟧, au profit du véhicule de déménagement immatriculé ⟦pl:GN-032-ZV⟧.
Article 2 : le pétitionnaire, ⟦p:Mme Chen-Lefort⟧, mettra en place la signalisation 48 heures à l'avance.
Article 3 : le présent arrêté sera affiché sur les lieux.

Pour le maire, l'adjoint délégué à la circulation, ⟦off:Olivier Lebreton⟧
"""

TXT["q09_subventions_associations_2026.txt"] = """
CONSEIL MUNICIPAL DE LAMBALLE-ARMOR — SÉANCE DU 26 MARS 2026
Délibération n° 2026-041 — Subventions de fonctionnement aux associations

Rapporteur : ⟦off:Mme Chantal Ollivier⟧, adjointe à la vie associative.

Association                          Président(e)                 Siège / correspondance                       Montant
Amicale laïque de Maroué             ⟦p:GAUTIER Régine⟧              ⟦a:2 rue de la Poterie⟧, Maroué              1 200 €
Lamballe Basket Club                 ⟦p:Yannick Le Gall⟧             ⟦a:BP 30123⟧, 22400 Lamballe                2 500 €
Les Jardiniers du Penthièvre         ⟦p:Mme Soazig Rault-Pédron⟧     ⟦a:Le Val, 22400 Planguenoual⟧             450 €
Club des aînés de Trégomar           ⟦p:M. Bernard Hervé⟧            ⟦a:La Ville-Orien⟧                           300 €
Comité des fêtes de Saint-Aaron      ⟦p:Ousmane Sow⟧                 ⟦a:9 bis rue de Saint-Aaron⟧                 800 €

Le conseil municipal, après en avoir délibéré, adopte les subventions ci-dessus à l'unanimité. Le versement au club de basket est subordonné à la transmission de ses comptes par ⟦p:M. Le Gall⟧.

Pour extrait conforme, le maire, ⟦off:Thierry Andrieux⟧
"""

TXT["q10_convention_comite_fetes.txt"] = """
CONVENTION D'OBJECTIFS ET DE MOYENS 2026 — VILLE DE MONTAUBAN / ASSOCIATION « LES AMIS DU QUARTIER SAPIAC »

Entre la Ville de Montauban, représentée par ⟦off:Mme Brigitte Barèges⟧, maire,
et l'association « Les Amis du quartier Sapiac », dont le siège est fixé chez son président, ⟦p:M. Jean-Christophe Lacassagne⟧, ⟦a:14, rue du Ramier, appartement 6⟧, 82000 Montauban, représentée par ce dernier, ci-après « l'association ».

Article 1 — Objet : la ville soutient l'organisation de la fête de quartier du 27 juin 2026.
Article 2 — Montant : une subvention de 1 800 € est versée sur le compte de l'association.
Article 3 — Contacts : pour l'association, le trésorier ⟦p:M. Farid Ait Oufella⟧ (⟦t:+33 (0)6 11 22 33 45⟧, ⟦e:farid.aitoufella@laposte.net⟧) ; la secrétaire, ⟦p:Mme Ludmila Petrova⟧, domiciliée ⟦a:Les Jardins de Sapiac, bât. A2⟧ ; pour la ville, le service vie associative.

Fait à Montauban, le 2 février 2026.
Pour l'association, le président : ⟦p:J.-C. Lacassagne⟧          Pour la ville : ⟦off:B. Barèges⟧
"""

TXT["q11_effectif_club_football_u13.txt"] = """
US CHÂTEAUGIRON FOOTBALL — EFFECTIF U13 SAISON 2026-2027
(document remis au service des sports pour l'accès au complexe sportif du Bois de Sœuvres)

NOM           Prénom        Né le         Licence FFF     Responsable
⟦p:BARBIER⟧       ⟦p:Noé⟧          ⟦bd:14/02/2014⟧    ⟦id:2546781203⟧     ⟦p:BARBIER Julien⟧ ⟦t:06 07 08 09 10⟧
⟦p:KONATÉ⟧        ⟦p:Moussa⟧       ⟦bd:3 mai 2014⟧     ⟦id:2546781344⟧     ⟦p:Aminata Konaté⟧ ⟦t:07.69.58.47.36⟧
⟦p:DA SILVA⟧      ⟦p:Enzo⟧         ⟦bd:2014-09-27⟧     ⟦id:2546782001⟧     ⟦p:Carla Da Silva⟧ ⟦t:0698765432⟧
⟦p:LEROUX-BIHAN⟧  ⟦p:Tom⟧          ⟦bd:30.11.13⟧       ⟦id:2546779988⟧     ⟦p:Hélène Leroux-Bihan⟧
⟦p:PHAM⟧          ⟦p:Minh-Anh⟧     ⟦bd:le 1er janvier 2014⟧ ⟦id:2546783110⟧  ⟦p:Pham Van Duc⟧ ⟦t:+33 7 44 55 66 77⟧

Éducateur : ⟦p:Kevin Guérin⟧ (bénévole), ⟦t:06 40 50 60 70⟧ — ⟦p:« Kéké »⟧ pour les joueurs.
Le responsable du service des sports : ⟦off:Patrick Durand⟧
"""

TXT["q12_courriel_inscription_judo.txt"] = """
De : ⟦e:olga.kovalenko77@gmail.com⟧
À : sports@ville-chelles.fr
Date : lun. 31 août 2026 21:14
Objet : Inscription judo pour ma fille

Bonjour,

Je voudrais inscrire ma fille ⟦p:Daria Kovalenko⟧, née le ⟦bd:08 octobre 2016⟧, au cours de judo du mercredi (section 8-10 ans). Elle a déjà une licence de l'an dernier : n° ⟦id:M161008KOVAL01⟧. Nous avons déménagé cet été, notre nouvelle adresse est ⟦a:5, square Ronsard, Résidence Les Coudreaux, esc. B⟧, 77500 Chelles.

Mon téléphone : ⟦t:06 1234 5678⟧, ou celui de mon mari ⟦p:Andriy⟧ : ⟦t:+380 67 123 45 67⟧ (il est en déplacement professionnel jusqu'en octobre).

Merci beaucoup,
⟦p:Olga K.⟧
"""

TXT["q13_transport_scolaire_inscriptions.txt"] = """
COMMUNAUTÉ DE COMMUNES DU PAYS DE LOUDÉAC — TRANSPORT SCOLAIRE 2026-2027
Circuit n° 14 (Saint-Thélo – Uzel – collège de Loudéac) : élèves inscrits et points d'arrêt

Élève                   Date de naissance      Arrêt                       Carte de transport     Responsable légal
⟦p:MORVAN Élouan⟧          ⟦bd:12/03/2013⟧           ⟦a:Kerhervé⟧ (abri bus)           ⟦id:CT-22-014-00871⟧        ⟦p:MORVAN Gwenaëlle⟧
⟦p:EL KHATTABI Inès⟧       ⟦bd:9.7.2012⟧            ⟦a:La Ville-Gaudu⟧                ⟦id:CT-22-014-00872⟧        ⟦p:El Khattabi Rachid⟧
⟦p:LE CORRE Maël⟧          ⟦bd:dix-neuf avril 2014⟧  ⟦a:Le Quilliou, devant le n° 4⟧  ⟦id:CT-22-014-00873⟧        ⟦p:Le Corre Sylvie⟧
⟦p:OYONO Grâce⟧            ⟦bd:2013/10/05⟧           ⟦a:Le Bourg⟧ (place de l'Église) ⟦id:CT-22-014-00874⟧        ⟦p:Oyono Bertrand⟧

Tarif : 120 € par an. Pour la facturation, chaque famille indique son n° allocataire (⟦p:M. Oyono⟧ : ⟦id:2284519⟧).
Le service transports : ⟦off:Mme Isabelle Le Maux⟧, gestionnaire
"""

TXT["q14_reponse_arret_bus_hameau.txt"] = """
Département de la Dordogne — Direction des mobilités
Affaire suivie par ⟦off:M. Cyril Lafaye⟧ — 05 53 02 00 00

⟦p:Madame Laëtitia Delpech-Roux⟧
⟦a:Lieu-dit Le Mas de Faure⟧
⟦a:Route de Villefranche⟧
24550 Mazeyrolles

Madame,

Par courrier du 20 juillet, vous sollicitez la création d'un point d'arrêt au ⟦a:hameau du Mas de Faure⟧ pour votre fils ⟦p:Timéo⟧, scolarisé en 6e au collège de Villefranche-du-Périgord, et pour les deux enfants de vos voisins, ⟦p:M. et Mme Kowalczyk⟧, qui demeurent ⟦a:aux Granges de Faure⟧.

Après reconnaissance de l'itinéraire, un arrêt sera créé à la rentrée au carrefour de la VC 203, à 350 mètres de votre domicile. Le car y passera à 7 h 22. La carte de transport de ⟦p:Timéo Delpech-Roux⟧ (n° ⟦id:24-TS-2026-118430⟧) vous sera adressée fin août.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.
La directrice des mobilités, ⟦off:Sophie Marty⟧
"""

TXT["q15_concession_renouvellement_etranger.txt"] = """
Mairie de Chamonix-Mont-Blanc — Service des cimetières

⟦p:M. Peter Zürcher-Balmat⟧
⟦a:Chemin des Crêts 14⟧
⟦a:1936 Verbier⟧
SUISSE

Objet : renouvellement de la concession n° ⟦id:C-1988-0142⟧, cimetière du Biollay

Monsieur,

La concession trentenaire acquise le 14 juin 1996 par votre mère, ⟦p:Mme Marguerite Balmat épouse Zürcher⟧, arrive à échéance le 14 juin 2026. En qualité d'ayant droit, vous pouvez la renouveler pour quinze, trente ou cinquante ans.

Votre sœur, ⟦p:Mme Anne Zürcher⟧, demeurant ⟦a:12 Hill Road, Flat 2, Bristol BS8 1TH, Royaume-Uni⟧, et joignable au ⟦t:+44 7700 900 431⟧, a indiqué être d'accord pour ce renouvellement.

Vous pouvez nous répondre par courrier ou par téléphone au +33 4 50 53 11 13. Votre numéro de téléphone en Suisse, ⟦t:+41 79 345 67 89⟧, a été noté dans le dossier.

Veuillez agréer, Monsieur, nos salutations distinguées.
Le conservateur des cimetières, ⟦off:Antoine Ravanel⟧
"""

TXT["q16_reprise_concessions_liste.txt"] = """
COMMUNE D'ISSOIRE — PROCÉDURE DE REPRISE DES CONCESSIONS EN ÉTAT D'ABANDON
Procès-verbal de constat (extrait), cimetière des Listes, 6 mai 2026

Carré  N°   Concessionnaire                         Dernière adresse connue
B      17   ⟦p:FAUCHER Antoine⟧                        ⟦a:7 rue de la Berbiziale⟧, Issoire
B      23   ⟦p:famille ROUGIER-BOUCHET⟧                ⟦a:Le Chambon⟧, 63500 Perrier
C      4    ⟦p:VIGIER Marie-Louise⟧                    ⟦a:Résidence Le Parc, bât. E⟧
           ayant droit connu : ⟦p:M. Alain Vigier⟧, ⟦a:13, avenue de Gaulle
           Apt 74⟧, Saint-Denis, 97400 La Réunion
C      11   ⟦p:DA COSTA Manuel⟧                         ⟦a:Rua do Sol 18, 4700-123 Braga⟧ (Portugal)

Les ayants droit sont invités à se faire connaître en mairie avant le 6 mai 2029.
En présence de ⟦off:M. Bertrand Barraud⟧, maire, et de ⟦off:Mme Carole Vidal⟧, agent du service état civil.
"""

TXT["q17_permis_construire_arrete.txt"] = """
ARRÊTÉ N° PC 033 529 26 00018 ACCORDANT UN PERMIS DE CONSTRUIRE
au nom de la commune de Saint-Médard-en-Jalles

Demandeurs : ⟦p:M. Jonathan Moreau-Dieng⟧ et ⟦p:Mme Khadija Moreau-Dieng⟧
Demeurant : ⟦a:87, avenue Montesquieu⟧, 33160 Saint-Médard-en-Jalles
Terrain sis ⟦a:lieu-dit Gajac, 12 allée des Pins-Francs⟧, cadastré ⟦cad:section CW n° 214⟧
Nature des travaux : construction d'une maison individuelle de 124 m² et d'un garage

Le maire,
Vu la demande de permis de construire déposée le 13 janvier 2026 ;
Vu l'avis d'Enedis du 2 février 2026 ;
ARRÊTE
Article 1 : le permis de construire est ACCORDÉ.
Article 2 : la construction sera raccordée au réseau d'assainissement collectif de l'allée des Pins-Francs.

Fait à Saint-Médard-en-Jalles, le 8 mars 2026.
Pour le maire, l'adjoint délégué à l'urbanisme, ⟦off:Patrick Parmentier⟧
"""

TXT["q18_declaration_prealable_cloture.txt"] = """
RÉCÉPISSÉ DE DÉPÔT D'UNE DÉCLARATION PRÉALABLE — DP 974 416 26 00093
Commune de Saint-Pierre (La Réunion)

Déclarant : ⟦p:M. Jean-Hugues PAYET dit « Ti Jean »⟧
Adresse : ⟦a:18 chemin Bœuf-Mort⟧, ⟦a:Ligne Paradis⟧, 97410 Saint-Pierre
Téléphone : ⟦t:0692 45 67 89⟧ — fixe ⟦t:02 62 35 12 48⟧
Terrain : ⟦a:lieu-dit Grand Bois, 241 rue Marius-et-Ary-Leblond⟧, ⟦cad:parcelle DS 512⟧
Travaux : édification d'une clôture en parpaings de 1,50 m et d'un portail coulissant

Le délai d'instruction est d'un mois. Si aucune décision ne vous est notifiée avant le 9 mai 2026, vous bénéficierez d'une décision de non-opposition.
Reçu le 9 avril 2026 par ⟦off:Mme Marie-Josée Hoarau⟧, agent instructeur.
"""

TXT["q19_enquete_publique_observations.txt"] = """
ENQUÊTE PUBLIQUE PRÉALABLE AU DÉCLASSEMENT D'UNE PORTION DU CHEMIN DES VIGNES — COMMUNE DE TAIN-L'HERMITAGE
Observations consignées au registre (1er au 15 octobre 2026)

Obs. 1 — ⟦p:M. Raphaël Chapoutier-Gay⟧, ⟦a:domaine des Bessards⟧ : favorable, à condition de conserver le passage des tracteurs.
Obs. 2 — ⟦p:Mme Ngozi Okonkwo-Martin⟧, demeurant ⟦a:3 chemin des Vignes⟧ : défavorable ; elle emprunte le chemin à pied pour aller à la gare.
Obs. 3 — ⟦p:JOUVE Gilbert⟧ et ⟦p:JOUVE Monique⟧, ⟦a:quartier de Larnage, maison « La Grangette »⟧ : sans objection.
Obs. 4 — observation signée ⟦p:« Dédé du Méal »⟧, qui se dit riverain depuis 1962.
Obs. 5 — courriel de ⟦e:p.o.chabert@wanadoo.fr⟧ (⟦p:Pierre-Olivier Chabert⟧) : demande la pose d'une barrière.

Le commissaire enquêteur, ⟦off:M. Jean-Pierre Vallon⟧, a tenu trois permanences en mairie.
"""

TXT["q20_courriel_minuscules_dechets.txt"] = """
de: ⟦e:nadia.bouzid-lemoine@free.fr⟧
à: environnement@agglo-tours.fr
objet: bac marron pas collecté

bonjour
je suis ⟦p:nadia bouzid-lemoine⟧, j'habite ⟦a:38 bis rue de la fuye⟧ a tours, notre bac marron n'a pas été ramassé jeudi ni la semaine d'avant. mon voisin ⟦p:m. tessier⟧ du ⟦a:38 ter⟧ c'est pareil. le numero de notre bac c'est ⟦id:37261-BM-004512⟧.
vous pouvez me rappeler au ⟦t:07 62 13 24 35⟧ mais plutot le soir.
cordialement
⟦p:n. bouzid⟧

-----
réponse de ⟦off:Aurélie Santerre⟧, service prévention et gestion des déchets :
Bonjour ⟦p:Madame Bouzid-Lemoine⟧, le prestataire a été relancé ; la collecte sera faite ce vendredi. Cordialement.
"""

HTML["qh01_exposants_marche_artisanal.html"] = {
    "title": "Marché artisanal de Noël 2026 — exposants",
    "body": """
<h1>Marché artisanal de Noël — place de la Mairie, 12 et 13 décembre 2026</h1>
<p>Liste des exposants retenus par la commission du 2 octobre.</p>
<table border="1">
<tr><th>Exposant</th><th>Activité</th><th>Adresse</th><th>Téléphone</th></tr>
<tr><td>⟦p:ROUSSEL Amandine⟧</td><td>bijoux en céramique</td><td>⟦a:4 bis chemin du Halage⟧<br>⟦a:Les Bords de Loire, maison 7⟧</td><td>⟦t:06&nbsp;18&nbsp;29&nbsp;30&nbsp;41⟧</td></tr>
<tr><td>⟦p:Ibrahim Ouattara⟧</td><td>maroquinerie</td><td>⟦a:Cité des Fleurs, bât. Jasmin, appt 12⟧</td><td>⟦t:+225 07 08 12 34 56⟧</td></tr>
<tr><td>⟦p:de Vaublanc Hortense⟧</td><td>confitures</td><td>⟦a:Château de la Bourdaisière, les communs⟧</td><td>⟦t:02.47.45.16.31⟧</td></tr>
<tr><td>⟦p:Kim Soo-jin⟧</td><td>papeterie</td><td>⟦a:118-120 avenue de Grammont⟧</td><td><a href="mailto:⟦e:soojin.kim.atelier@gmail.com⟧">courriel</a></td></tr>
<tr><td>⟦p:LAMBERT Joseph, dit <em>« Jo le tourneur »</em>⟧</td><td>tournage sur bois</td><td>⟦a:La Petite Gâtine⟧</td><td>⟦t:0247 52 63 74⟧</td></tr>
</table>
<p>Organisation : ⟦off:Mme Valérie Thibault⟧, chargée de mission commerce à la mairie.</p>
""",
}

HTML["qh02_annuaire_associations.html"] = {
    "title": "Annuaire des associations sportives",
    "head": '<meta name="description" content="Annuaire des associations sportives de Vitré">\n',
    "body": """
<h1>Associations sportives</h1>
<h2>Cercle d'escrime vitréen</h2>
<p>Président : ⟦p:M. Grégoire d'Aboville⟧<br>Correspondance : ⟦a:Boîte postale 40⟧, 35501 Vitré cedex<br>Tél. ⟦t:06&nbsp;22&nbsp;33&nbsp;44&nbsp;55⟧</p>
<h2>Vitré Cyclo</h2>
<p>Président : ⟦p:BIGOT Dominique⟧<br>⟦a:La Haute-Gasnerie⟧, route d'Argentré<br>Courriel : ⟦e:dominique.bigot35 (at) orange.fr⟧</p>
<h2>Karaté Shotokan</h2>
<p>Présidente : ⟦p:Mme Fatou Ndiaye-Cissé⟧<br>⟦a:7, rue Pasteur⟧<br>⟦a:Résidence Beausoleil, bât. C⟧<br>Tél. ⟦t:07 55 66 77 88⟧</p>
<h2>Tennis de table</h2>
<p>Contact : ⟦p:<span>Hugo</span> <span>Lemaître</span>⟧, secrétaire — <a href="mailto:⟦e:hugo.lemaitre@tt-vitre.fr⟧">écrire au club</a></p>
<p>Service des sports de la ville : ⟦off:M. Laurent Guérif⟧, directeur.</p>
""",
}

HTML["qh03_resultats_petanque.html"] = {
    "title": "Concours de pétanque de la fête communale — résultats",
    "body": """
<h1>Concours de pétanque en doublettes — 14 juillet 2026</h1>
<ol>
<li>⟦p:SANCHEZ Manuel⟧ – ⟦p:SANCHEZ Rosa⟧ (Pétanque sauveterrienne)</li>
<li>⟦p:Benali Karim⟧ – ⟦p:« Bébert » Lacroix⟧ (licence ⟦id:01234567⟧)</li>
<li>⟦p:MÜLLER Hans-Peter⟧ – ⟦p:Dupré Ginette⟧, doyenne du concours à ⟦ag:87 ans⟧</li>
<li>⟦p:Tran Minh⟧ – ⟦p:Tran Lan⟧</li>
</ol>
<p>Lot spécial du plus jeune joueur : ⟦p:Léo Sanchez⟧, ⟦ag:11 ans⟧.</p>
<p>Merci à ⟦p:M. Raymond Cazes⟧, qui a prêté son terrain ⟦a:au lieu-dit La Bouscarasse⟧.</p>
<p>Le comité des fêtes — président : ⟦p:Michel Fabre⟧.</p>
""",
}

HTML["qh04_observations_en_ligne.html"] = {
    "title": "Registre dématérialisé — modification du PLU de Lunel",
    "body": """
<h1>Observations déposées sur le registre dématérialisé</h1>
<div class="obs"><h3>Contribution n° 1 — déposée par ⟦p:Jean-Baptiste Arnal⟧</h3>
<p>Habitant ⟦a:Mas de Chaberton, route de Marsillargues⟧, je m'oppose au classement du secteur en zone d'activités.</p></div>
<div class="obs"><h3>Contribution n° 2 — anonyme</h3>
<p>Pourquoi le parking de la gare n'est-il pas agrandi ?</p></div>
<div class="obs"><h3>Contribution n° 3 — ⟦p:S. Boukhris⟧ (⟦e:sboukhris34@hotmail.fr⟧)</h3>
<p>J'habite ⟦a:au 5 de la rue des Abrivados⟧ ; la haie prévue le long de la future voie doit être maintenue.</p></div>
<div class="obs"><h3>Contribution n° 4 — ⟦p:Marie-Thérèse Issert⟧, ⟦ag:septuagénaire⟧</h3>
<p>Je demande que la parcelle de mon père, ⟦cad:section BK 118⟧, reste agricole.</p></div>
<p>Le commissaire enquêteur : ⟦off:M. Alain Cabanel⟧.</p>
""",
}

DOCX["qw01_arrete_permis_construire.docx"] = {
    "author": "⟦p:sebastien.hamelin⟧",
    "title": "PC 035 238 26 00041",
    "header": "Ville de Rennes — Direction de l'aménagement urbain",
    "footer": "Dossier suivi par ⟦off:Julie Leroux⟧, instructrice",
    "blocks": [
        ("h", "Arrêté accordant un permis de construire n° PC 035 238 26 00041"),
        ("table", [
            ["Demandeur", "⟦p:HAMELIN Sébastien⟧"],
            ["Demeurant", "⟦a:32 ter boulevard de Sévigné⟧"],
            ["", "⟦a:Appartement 5, 2e étage gauche⟧, 35000 Rennes"],
            ["Terrain", "⟦a:23-25 rue de Paris⟧"],
            ["Références cadastrales", "⟦cad:BE 0187⟧"],
        ]),
        "Nature des travaux : surélévation d'une maison de ville et création d'une terrasse.",
        "Le maire, vu la demande déposée le 15 février 2026 par ⟦p:M. Hamelin⟧, ARRÊTE : le permis de construire est accordé.",
        "Pour la maire et par délégation, l'adjoint à l'urbanisme, ⟦off:Marc Hervé⟧",
    ],
}

DOCX["qw02_convention_subvention.docx"] = {
    "author": "Service vie associative",
    "title": "Convention de subvention — Les Amis de la Guinguette",
    "header": "Commune de Nogent-sur-Marne — convention n° 2026-VA-017",
    "footer": "Association Les Amis de la Guinguette — ⟦p:Hélène Martin-Guyot⟧, présidente — ⟦a:BP 12⟧, 94130 Nogent",
    "blocks": [
        "Entre la commune, représentée par son maire, ⟦off:Jacques J. P. Martin⟧, et l'association « Les Amis de la Guinguette », représentée par sa présidente, ⟦p:Mme Hélène Martin-Guyot⟧, domiciliée ⟦a:2 quai de la Marne, péniche « Marie-Galante »⟧,",
        "il est convenu ce qui suit.",
        "Article 1 : la commune verse à l'association une subvention de 3 000 € pour le festival « Bords de Marne en fête ».",
        "Article 2 : l'association désigne comme contact le vice-président, ⟦p:M. Aleksandar Jovanović⟧ (⟦t:+381 64 123 4567⟧ jusqu'au 30 juin, puis ⟦t:06 98 87 76 65⟧).",
        ("table", [
            ["Pour l'association", "Pour la commune"],
            ["**⟦p:H. Martin-Guyot⟧**", "**⟦off:J. J. P. Martin⟧**"],
        ]),
    ],
}

DOCX["qw03_fiche_inscription_natation.docx"] = {
    "author": "Piscine municipale",
    "title": "Fiche d'inscription école de natation",
    "header": "École municipale de natation — saison 2026-2027",
    "footer": "",
    "blocks": [
        ("table", [
            ["Nom de l'enfant", "⟦p:RAKOTOARISOA⟧", "Prénom", "⟦p:Hasina⟧"],
            ["Date de naissance", "⟦bd:17 / 06 / 2018⟧", "Âge", "⟦ag:8 ans⟧"],
            ["Adresse", "⟦a:Lotissement Les Hauts de Kerguelen⟧", "", "⟦a:lot n° 23⟧"],
            ["Téléphone", "⟦t:06 81 72 63 54⟧", "Courriel", "⟦e:rakoto.famille@sfr.fr⟧"],
            ["N° carte piscine", "⟦id:PISC-2026-03321⟧", "Groupe", "Têtards"],
        ]),
        "Personne autorisée à venir chercher l'enfant : ⟦p:Mme Voahangy Rasoanaivo⟧ (grand-mère), ⟦t:02 97 12 23 34⟧.",
        "Signature du responsable légal : ⟦p:Rakotoarisoa H.⟧",
    ],
}

TXT["q21_courriel_chaine_salle.txt"] = """
De : Service location de salles <salles@mairie-vernon.fr>
À : ⟦e:famille.abdelaziz@outlook.fr⟧
Objet : RE: RE: location salle Maurice-Ravel le 12 septembre

Bonjour Monsieur,
Votre réservation est confirmée. La remise des clés se fera le vendredi 11 à 17 h.
⟦off:Corinne Legrand⟧, agent d'accueil

> Le 2 sept. 2026 à 10:41, ⟦p:Youssef Abdelaziz⟧ a écrit :
> Bonjour, je vous confirme la location pour le mariage de notre fille. Vous pouvez me joindre au ⟦t:06 12 34 56 78 (après 18h)⟧ ou au bureau ⟦t:01 45 67 89 10⟧ poste 214. La caution sera versée par mon beau-frère, ⟦p:M. Hicham Tazi⟧.
> --
> ⟦p:Y. Abdelaziz⟧
> ⟦a:Les Hauts de Vernon, 4 allée Camille-Claudel, bâtiment F, 1er étage⟧
"""

TXT["q22_cr_reunion_quartier.txt"] = """
COMPTE RENDU — RÉUNION DU CONSEIL DE QUARTIER SAINT-CYPRIEN, 19 MAI 2026

Élus et services : ⟦off:M. Emmanuel Dufour⟧, adjoint de quartier ; ⟦off:Mme Sabine Ortega⟧, directrice de la proximité.
Habitants : une trentaine, dont les membres du bureau.

1. Stationnement rue des Teinturiers — ⟦p:Mme Paulette Roques⟧ (⟦a:rue des Teinturiers⟧, près de la place Olivier) rappelle que les livraisons bloquent la rue le matin. ⟦p:Paulette⟧ propose une zone de livraison à l'angle de la rue Réclusane.
2. Fête de quartier — ⟦p:Thomas Nguyen-Baudry⟧, qui anime l'association des commerçants, présente le programme. ⟦p:Thomas⟧ cherche des bénévoles ; contact : ⟦e:thomas.nb@quartier-stcyp.org⟧.
3. Jardins partagés — ⟦p:M. Ilyes Mansouri⟧ (« ⟦p:Ily⟧ » pour tout le monde) signale que le cadenas du portail a été changé ; le nouveau code est donné par ⟦p:Mme Roques⟧.
4. Questions diverses — ⟦p:M. Kowalski⟧, domicilié ⟦a:Résidence Garonne, entrée B, porte 12⟧, demande un banc devant la résidence.

Prochaine réunion le 22 septembre 2026 à la salle Cavaillé-Coll.
"""

TXT["q23_reunion_quartier_la_reunion.txt"] = """
Ville de Saint-Paul (La Réunion) — Comité de quartier de Bois-de-Nèfles
Relevé de conclusions de la réunion du 6 mars 2026

Présents pour la commune : ⟦off:M. Jean-Marc Grondin⟧, élu de secteur.
Habitants : ⟦p:Mme Marie-Claire Técher⟧ (⟦a:chemin Summer, 97411 Bois-de-Nèfles⟧), ⟦p:M. Patrice Hoareau⟧ dit ⟦p:« Ti Pat »⟧, ⟦p:Mme Zaïnaba Ahmed Madi⟧, ⟦p:M. Loïc Fontaine-Boyer⟧.

– Le radier du ⟦a:chemin Lebon, après le n° 47⟧ est régulièrement submergé : ⟦p:M. Hoareau⟧ demande un passage surélevé.
– ⟦p:Mme Técher⟧ signale un dépôt sauvage au bout de l'⟦a:impasse des Goyaviers⟧, derrière sa case.
– Contact de l'association des parents : ⟦p:Mme Ahmed Madi⟧, ⟦t:0692 12 34 56⟧ ou ⟦t:+262 262 45 67 89⟧.
"""

TXT["q24_mayotte_adressage_village.txt"] = """
Commune de Bandraboua (Mayotte) — Opération d'adressage 2026
Attribution de numéros aux habitations du village

Chef de projet : ⟦off:M. Anrafa Soilihi⟧, directeur des services techniques

Les habitants suivants, recensés sans adresse, reçoivent une plaque de numérotation :
– ⟦p:Mme Echati Said⟧, ⟦a:village de Dzoumogné, derrière le marché couvert⟧ → nouvelle adresse : ⟦a:12 rue Mkadara, Dzoumogné⟧ ;
– ⟦p:M. Ali Madi Combo⟧, ⟦a:village de Handréma, maison en tôle bleue près du terrain de foot⟧ → ⟦a:5 bis chemin de la Plage, Handréma⟧ ;
– ⟦p:M. Soumaïla Abdallah⟧, ⟦a:Bouyouni, quartier Mroalé⟧ → ⟦a:27 route nationale 1, Bouyouni⟧ ; téléphone ⟦t:0639 21 43 65⟧.

Les plaques seront posées par les agents communaux en juin.
"""

TXT["q25_guadeloupe_marche_noel.txt"] = """
Ville des Abymes (Guadeloupe) — Marché de Noël du 19 décembre 2026
Inscriptions des exposants (extrait)

1. ⟦p:CÉLESTINE Jocelyne⟧ — pâtisseries créoles — ⟦a:Section Boisvin, 97139 Les Abymes⟧ — ⟦t:0690 45 12 78⟧
2. ⟦p:NÉRÉ Max-Olivier⟧ — artisanat en bois — ⟦a:Lotissement Belle-Plaine, lot 14⟧ — ⟦t:05 90 82 33 14⟧
3. ⟦p:Mme Rosette Bade épouse Calvaire⟧ — sorbets coco — ⟦a:Résidence Les Flamboyants, bât. 3, Grand-Camp⟧
4. ⟦p:Abdoulaye Diop⟧ — bijoux — ⟦a:Chemin de Chazeau, Morne-à-l'Eau⟧ — ⟦t:+590 690 78 90 12⟧

Emplacements tirés au sort le 1er décembre en présence de ⟦off:Mme Nadège Lubin⟧, adjointe au commerce.
"""

TXT["q26_gite_communal_reservations.txt"] = """
Gîte communal de Saint-Véran — réservations été 2026

Semaine 28 : ⟦p:Mr Thomas O'Brien⟧ & family — ⟦a:14 Seaview Terrace, Howth, Dublin D13 X2Y4, Ireland⟧ — ⟦t:+353 87 123 4567⟧ — acompte reçu
Semaine 29 : ⟦p:Famille Van Damme⟧ — ⟦a:Rue de la Station 5, 5000 Namur⟧ — ⟦e:vandamme.namur@skynet.be⟧
Semaine 30 : ⟦p:Mme Ingrid Søndergaard⟧ — ⟦a:Vesterbrogade 42, 3. tv., 1620 København V⟧ — ⟦t:+45 20 12 34 56⟧
Semaine 31 : ⟦p:M. et Mme Alberto et Giulia Rossi⟧ — ⟦a:Via Garibaldi 7, 10122 Torino⟧
Semaine 32 : ⟦p:M. Lin Zhao⟧ — ⟦a:PO Box 1234, Vancouver BC V6B 3X1, Canada⟧ — ⟦t:+1 604 555 0148⟧

Gestion : ⟦off:Mme Élise Richaud⟧, secrétaire de mairie.
"""

TXT["q27_cartes_stationnement_residents.txt"] = """
VILLE DE LA ROCHELLE — CARTES DE STATIONNEMENT RÉSIDENT, SECTEUR VILLE-EN-BOIS
Renouvellements accordés (avril 2026)

Carte ⟦id:RES-VEB-2026-0231⟧ — ⟦p:GUILLOU Patrice⟧ — ⟦a:11 bis rue de la Désirée⟧ — ⟦pl:FK-228-WH⟧
Carte ⟦id:RES-VEB-2026-0232⟧ — ⟦p:AMRANI Leïla⟧ — ⟦a:3-5 quai Louis-Prunier⟧ — ⟦pl:DW 631 NX⟧
Carte ⟦id:RES-VEB-2026-0233⟧ — ⟦p:DE LA ROCHEFOUCAULD Aymeric⟧ — ⟦a:Résidence Les Minimes, bât. Goélette, appt 304⟧ — ⟦pl:1287 QD 17⟧
Carte ⟦id:RES-VEB-2026-0234⟧ — ⟦p:HOANG Van Thanh⟧ — ⟦a:chemin de la Mare à la Besse⟧ — ⟦pl:GA428ZB⟧
Carte ⟦id:RES-VEB-2026-0235⟧ — ⟦p:PETROVIĆ Dragana⟧ — ⟦a:8 ter rue Saint-Louis⟧ — ⟦pl:ET - 773 - KL⟧

Le chef du service stationnement, ⟦off:Franck Billaud⟧
"""

TXT["q28_badges_decheterie.txt"] = """
SMICTOM DU PAYS DE VITRÉ — Badges d'accès aux déchèteries délivrés en mairie d'Argentré-du-Plessis

⟦p:POIRIER Jean-Claude⟧, ⟦a:La Baudière⟧ — badge n° ⟦id:35-0045-7781⟧ — véhicule ⟦pl:BX-903-TN⟧ (remorque ⟦pl:AA-411-ZZ⟧)
⟦p:Mme Svetlana Ivanova-Gérard⟧, ⟦a:2, allée des Hortensias, Le Clos Fleuri⟧ — badge n° ⟦id:35-0045-7782⟧ — ⟦pl:ES-520-RD⟧
⟦p:TESSIER Paul⟧ et ⟦p:TESSIER Jeanne⟧, ⟦a:Le Bois-Cornillé⟧ — badge n° ⟦id:35-0045-7783⟧ — ⟦pl:8421 WC 35⟧

Le n° de badge est également le numéro d'usager à rappeler pour toute réclamation.
"""

TXT["q29_repas_aines_inscriptions.txt"] = """
MAIRIE DE PLOËRMEL, SERVICE ANIMATION — REPAS DES AÎNÉS DU DIMANCHE 11 OCTOBRE 2026
Inscriptions reçues (liste transmise au traiteur pour le placement)

– ⟦p:M. Albert Guégan⟧, ⟦ag:âgé de 91 ans⟧, doyen des inscrits, accompagné de sa fille ⟦p:Marie-Annick⟧ ;
– ⟦p:Mme Denise Le Texier⟧, ⟦ag:84 ans⟧, ⟦a:résidence Les Camélias, appartement 8⟧ ;
– ⟦p:M. et Mme Jean et Yvonne Robin⟧, mariés depuis 60 ans (elle est ⟦bd:née en 1943⟧, lui le ⟦bd:4 août 1941⟧) ;
– ⟦p:M. Lucien Daniel⟧, ⟦ag:septuagénaire⟧ « encore jeune » comme il l'écrit, ⟦a:La Ville-au-Voyer⟧ ;
– ⟦p:Mme Hoang Thi Mai⟧, ⟦ag:dans sa 80e année⟧.

Transport assuré par le minibus municipal sur demande ; renseignements auprès de ⟦off:Mme Françoise Le Mouël⟧, animatrice municipale.
"""

TXT["q30_noces_or_felicitations.txt"] = """
Mairie de Saint-Gilles-Croix-de-Vie — Cérémonie des noces d'or et de diamant, samedi 20 juin 2026

Le maire, ⟦off:François Blanchet⟧, a reçu en salle des mariages :
– ⟦p:M. et Mme Michel et Josiane Bréchet⟧, mariés à Saint-Gilles le 19 juin 1976 ; ⟦p:Michel⟧, ⟦ag:soixante-dix-huit ans⟧, ancien marin-pêcheur, et ⟦p:Josiane⟧, née le ⟦bd:2 février 1951⟧ à Croix-de-Vie ;
– ⟦p:M. et Mme Raymond et Germaine Gaborieau⟧, ⟦a:demeurant au lieu-dit La Grande Levée⟧, mariés en 1966 (noces de diamant) ; ⟦p:Germaine⟧, ⟦ag:âgée de quatre-vingt-deux ans⟧, a chanté pour l'assemblée ;
– ⟦p:M. et Mme Ahmed et Fatima Belkacem⟧, ⟦a:5 bis impasse des Mouettes⟧, mariés à Saint-Gilles en 1976.

Une photo de groupe a été prise devant la mairie.
"""

TXT["q31_course_pedestre_resultats.txt"] = """
10 KM DE LA VILLE DE MONTÉLIMAR — RÉSULTATS (extrait)

Pl.  Dossard  Nom Prénom                 Cat.  Année  Club                Temps
1    312      ⟦p:KIPROTICH Daniel⟧          SEM   ⟦bd:1996⟧   Athlé Drôme          30:41
2    87       ⟦p:BENHAMOU Yanis⟧            SEM   ⟦bd:1999⟧   individuel           31:12
3    455      ⟦p:LE GOFF-MARTINEZ Anaïs⟧    SEF   ⟦bd:2001⟧   EA Valence           34:05
4    201      ⟦p:OKAFOR Chiamaka⟧           M1F   ⟦bd:1988⟧   individuel           36:48
5    19       ⟦p:WIŚNIEWSKA Katarzyna⟧      M3F   ⟦bd:1974⟧   Montélimar Running   39:02

Le doyen de l'épreuve, ⟦p:Georges Faure⟧, ⟦ag:81 ans⟧, a terminé en 58:30. Numéro de licence FFA du vainqueur : ⟦id:1789456⟧.
"""

TXT["q32_reclamation_facture_eau.txt"] = """
Régie des eaux de Douarnenez — Service clientèle

⟦p:Monsieur Goulven Kerhervé⟧
⟦a:Ty Coz⟧
⟦a:route de Pouldavid⟧
29100 Douarnenez

Objet : votre réclamation sur la facture n° ⟦id:FAC-2026-014573⟧ — compte client ⟦id:0029 4412 77⟧ — compteur ⟦id:I21FA004519⟧

Monsieur,

Vous contestez la consommation de 412 m³ facturée au titre du second semestre 2025. Le relevé effectué le 3 décembre par notre agent montre une fuite après compteur, dans votre propriété. Conformément à la loi, vous pouvez demander l'écrêtement de votre facture en nous adressant l'attestation de réparation du plombier.

Votre abonnement au service (point de livraison ⟦id:PDL 29046-0001872⟧) reste actif. Pour toute question, notre service clientèle est joignable au 02 98 74 00 00 ; nous avons noté votre numéro, ⟦t:06 07 18 29 30⟧.

Veuillez agréer, Monsieur, nos salutations distinguées.
Le directeur de la régie, ⟦off:Yannick Le Berre⟧
"""

TXT["q33_caution_salle_remboursement.txt"] = """
Mairie de Quimperlé — Régie des locations de salles
Remboursement de caution

Locataire : ⟦p:M. Tanguy Le Bihan-Coat⟧
Adresse : ⟦a:Manoir de Kernével, aile ouest⟧, 29300 Quimperlé
Salle : espace Benoîte-Groult, location du 5 septembre 2026
Contrat n° ⟦id:LOC-2026-0388⟧

La salle a été rendue en bon état. La caution de 500 € est remboursée par virement sur le compte :
IBAN ⟦iban:FR76 3000 4012 3400 0123 4567 862⟧ (titulaire : ⟦p:TANGUY LE BIHAN-COAT⟧)

Le régisseur, ⟦off:Gaël Nicolas⟧
"""

TXT["q34_certificat_numerotage.txt"] = """
CERTIFICAT DE NUMÉROTAGE

Le maire de la commune de Vallet certifie que l'immeuble appartenant à ⟦p:M. Stanislas Jabłoński⟧ et à ⟦p:Mme Clémence Jabłońska-Pineau⟧, sis ⟦a:lieu-dit La Bretesche⟧, ⟦cad:cadastré section ZN n° 73⟧, précédemment désigné « ⟦a:La Bretesche, la maison du haut⟧ », porte désormais le numéro ⟦a:14 ter route de la Bretesche⟧.

Le certificat est délivré au propriétaire pour servir et valoir ce que de droit (raccordement à la fibre, mise à jour de la carte grise du véhicule ⟦pl:FR-716-DS⟧, etc.).

Fait à Vallet, le 4 mai 2026. Le maire, ⟦off:Jérôme Marchais⟧
"""

TXT["q35_jardins_partages_tableau.txt"] = """
JARDINS PARTAGÉS DU CLOS-TOREAU — attribution des parcelles 2026

| Parcelle | Jardinier              | Adresse                          | Téléphone           | Carte d'adhérent |
|----------|------------------------|----------------------------------|---------------------|------------------|
| P1       | ⟦p:Fernandes Maria⟧       | ⟦a:2 rue de la Pilotière⟧           | ⟦t:06 71 23 45 09⟧     | ⟦id:JCT-26-001⟧     |
| P2       | ⟦p:Diabaté Seydou⟧        | ⟦a:Tour Bretagne, 11e étage⟧        | ⟦t:07 88 12 34 57⟧     | ⟦id:JCT-26-002⟧     |
| P3       | ⟦p:Leclerc Hervé⟧         | ⟦a:12-14 allée Frida-Kahlo⟧         | ⟦t:02 40 12 34 78⟧     | ⟦id:JCT-26-003⟧     |
| P4       | ⟦p:Nakamura Yuki⟧         | ⟦a:Résidence Le Clos, bât. A⟧       | ⟦t:+81 90 1234 5678⟧   | ⟦id:JCT-26-004⟧     |
|          |                        | ⟦a:porte 6⟧                         |                     |                  |

Référente des jardins (bénévole) : ⟦p:Maria⟧ — ⟦e:maria.fernandes.jardins@gmail.com⟧
"""

TXT["q36_lettre_reponse_banc_boite_postale.txt"] = """
Mairie de Crozon — Cabinet du maire

⟦p:M. Hervé Le Quéré⟧
⟦a:BP 17⟧
⟦a:Le Fret⟧
29160 Crozon

Objet : votre demande du 2 juin 2026

Monsieur,

J'ai bien reçu votre demande d'installation d'un banc face à la cale du Fret, signée avec vos voisins ⟦p:M. Yves Cornec⟧, ⟦a:au 2 de la rue du Port⟧, et ⟦p:Mme Morgane Kervella⟧, ⟦a:Ker Ar Vag, route de Lanvéoc⟧.

Les services techniques poseront un banc avant l'été. Je vous remercie de votre attachement à la qualité du cadre de vie du village.

Veuillez agréer, Monsieur, l'expression de mes sentiments les meilleurs.
Le maire, ⟦off:Daniel Moysan⟧
"""

HTML["qh05_courriel_inscription_brocante.html"] = {
    "title": "Inscription à la brocante du 6 septembre",
    "head": '<meta name="author" content="Brocante de la Croix-Rousse">\n',
    "body": """
<p><b>De :</b> ⟦p:Sophie Vuong⟧ &lt;<a href="mailto:⟦e:sophie.vuong69@gmail.com⟧">⟦e:sophie.vuong69@gmail.com⟧</a>&gt;<br>
<b>Objet :</b> inscription brocante</p>
<p>Bonjour, je souhaite réserver deux mètres linéaires. Mes coordonnées : ⟦a:17 bis, montée de la Grande-Côte⟧, 69001 Lyon ; téléphone ⟦t:06&#8209;54&#8209;32&#8209;10&#8209;98⟧. Je viendrai avec la voiture de mon compagnon ⟦p:Karim⟧, immatriculée ⟦pl:GB-274-HC⟧.</p>
<p>Pièce d'identité : carte n° ⟦id:130669300521⟧, délivrée le 3 mars 2021.</p>
<p>Cordialement,<br>⟦p:S. Vuong⟧</p>
""",
}

HTML["qh06_arrets_transport_scolaire.html"] = {
    "title": "Transport scolaire — circuit RPI Les Trois Vallées",
    "body": """
<h1>Circuit du RPI Les Trois Vallées — rentrée 2026</h1>
<table border="1">
<tr><th>Arrêt</th><th>Heure</th><th>Élèves</th></tr>
<tr><td>⟦a:Le Moulin de Varennes⟧</td><td>7 h 45</td><td>⟦p:Jules Perrot⟧, ⟦p:Lina Perrot⟧</td></tr>
<tr><td>⟦a:hameau des Granges, devant chez M. Bouchard⟧</td><td>7 h 52</td><td>⟦p:Aya Benkirane⟧ (née le ⟦bd:4 septembre 2019⟧)</td></tr>
<tr><td>⟦a:Ferme de la Thibaudière⟧</td><td>8 h 01</td><td>⟦p:Malo Guillemot⟧</td></tr>
<tr><td>école de Saint-Aubin (place de l'Église)</td><td>8 h 10</td><td>—</td></tr>
</table>
<p>Accompagnatrice : ⟦off:Mme Brigitte Moulin⟧, agent territorial spécialisé des écoles maternelles.</p>
""",
}

HTML["qh07_cr_reunion_riverains_parc.html"] = {
    "title": "Compte rendu — réunion des riverains du parc de la Colline",
    "body": """
<h1>Réunion des riverains du parc de la Colline — 2 avril 2026</h1>
<p>Animée par ⟦off:M. Rachid Hammoudi⟧, adjoint aux espaces verts.</p>
<ul>
<li>⟦p:Mme Odette Barral⟧ (⟦a:2 &amp; 4 rue des Acacias⟧) demande la fermeture du parc à 21 h.</li>
<li>⟦p:Kofi⟧ (⟦p:M. Kofi Mensah⟧), qui promène son chien tous les soirs, souhaite au contraire une fermeture à 22 h.</li>
<li>⟦p:M. Ludovic Garnier-Lopez⟧ habite ⟦a:la résidence Le Belvédère, escalier C⟧ ; il signale des lampadaires éteints.</li>
<li>Le collectif « Colline propre » est représenté par ⟦p:Mlle Yasmina Tebboune⟧, joignable au ⟦t:06 33 44 55 66⟧.</li>
</ul>
""",
}

DOCX["qw04_reponse_haie_voisin.docx"] = {
    "author": "⟦p:Marc Delaunay⟧",
    "title": "Réclamation haie",
    "header": "",
    "footer": "⟦p:Marc Delaunay⟧ — ⟦a:La Roche-aux-Moines, 49170 Savennières⟧ — ⟦t:02 41 72 83 94⟧",
    "blocks": [
        "Monsieur le Maire,",
        "Je me permets de vous écrire au sujet de la haie de lauriers de mon voisin, ⟦p:M. Charles-Édouard de Kersauson⟧, propriétaire du ⟦a:Clos du Papillon⟧, "
        "qui dépasse largement sur le ⟦a:chemin de la Roche⟧ et gêne le passage de la moissonneuse de ⟦p:M. Hardouin⟧.",
        "Je vous serais reconnaissant de bien vouloir lui rappeler ses obligations d'entretien.",
        "Veuillez agréer, Monsieur le Maire, mes salutations respectueuses.",
        "**⟦p:M. Delaunay⟧**",
    ],
}

DOCX["qw05_concessions_echues.docx"] = {
    "author": "Service état civil — cimetières",
    "title": "Concessions échues en 2026",
    "header": "Ville d'Annonay — concessions arrivées à échéance en 2026",
    "footer": "Liste affichée à l'entrée du cimetière",
    "blocks": [
        ("table", [
            ["N°", "Titulaire", "Adresse", "Échéance"],
            ["⟦id:1996/042⟧", "⟦p:CHAZAL Pierre⟧", "⟦a:Le Mas de Chazal⟧", "3 mars 2026"],
            ["⟦id:1996/057⟧", "⟦p:Mme Noémie Seux-Pagès⟧", "⟦a:41 rue Boissy-d'Anglas⟧", "27 mai 2026"],
            ["⟦id:1996/061⟧", "⟦p:BAYLE Albert⟧", "⟦a:Résidence du Vivarais⟧", "2 juillet 2026"],
            ["", "", "⟦a:bâtiment B, 4e étage⟧", ""],
        ]),
        "Les titulaires ou leurs ayants droit peuvent renouveler leur concession en mairie. Contact : ⟦off:Mme Sylvie Roux⟧, service état civil.",
    ],
}

DOCX["qw06_inscription_foire_expo.docx"] = {
    "author": "⟦p:jp.lucas⟧",
    "title": "Demande d'emplacement — foire exposition",
    "header": "Foire exposition de Châteaubriant — demande d'emplacement",
    "footer": "",
    "blocks": [
        ("table", [
            ["Nom, prénom", "⟦p:LUCAS Jean-Pierre⟧"],
            ["Adresse", "⟦a:La Noë-Briord⟧, 44110 Soudan"],
            ["Né le", "⟦bd:le 12 décembre 1962⟧"],
            ["Téléphone", "⟦t:06 85 74 63 52⟧"],
            ["N° de producteur", "⟦id:PACAGE 044123456⟧"],
            ["Véhicule", "⟦pl:DF-119-PA⟧"],
        ]),
        "Activité : vente de cidre et de jus de pomme.",
        "Demande reçue le 4 avril 2026 par ⟦off:Mme Aline Guérin⟧, chargée des foires et marchés.",
    ],
}

DOCX["qw07_cr_reunion_travaux_centre_bourg.docx"] = {
    "author": "Mairie de Pornic",
    "title": "Réunion publique travaux centre-bourg",
    "header": "Aménagement du centre-bourg du Clion-sur-Mer — réunion publique du 3 février 2026",
    "footer": "Compte rendu publié sur le site de la commune",
    "blocks": [
        "Intervenants : ⟦off:M. Jean-Michel Brard⟧, maire ; ⟦off:Mme Claire Hugues⟧, directrice des services techniques.",
        "⟦p:Mme Geneviève Thébaud⟧, commerçante ⟦a:au 6 de la place de l'Église⟧, s'inquiète de l'accès des clients pendant les travaux.",
        "⟦p:M. Olivier N'Diaye⟧, domicilié ⟦a:rue de la Source⟧, demande où stationneront les riverains.",
        "⟦p:M. Pierre Rialland⟧, ⟦ag:72 ans⟧, qui habite ⟦a:le hameau de la Birochère⟧, souhaite que l'arrêt de car soit maintenu.",
    ],
}


if __name__ == "__main__":
    raise SystemExit(main())
