"""Build the .docx and .html documents of the hand-written sensitivity set ``holdout11``.

Theme: languages at the border and at the desk. French public bodies that work across languages: a
border département's cross-border services (Germany, Switzerland, Belgium, Luxembourg, Italy, Spain),
a préfecture's foreigners' desk, a university's international office, a hospital's social service and
interpreters, a port and an airport, Guyane and Mayotte, European programmes. Documents written wholly
or partly in German, Italian, Spanish, Catalan, Portuguese, English, Dutch, Luxembourgish, Polish,
Ukrainian, Russian, Romanian, Albanian, Turkish, Arabic, Shimaore/Comorian, Vietnamese, Tamil and
Sranan. 150 documents, 75 sovereign (s001-s075) and 75 public (p076-p150); the .txt files are written
by hand in ``corpus/holdout11``, this script writes the .docx and .html ones with stable bytes.

Run: PYTHONPATH=<worktree>/include <worktree>/.venv/bin/python bench/sensitivity/build_holdout11_files.py
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docfiles import write_set

OUT = Path(__file__).resolve().parent / "corpus" / "holdout11"
FIXED = dt.datetime(2026, 12, 4, 16, 45, 0)
DOCX = {}
HTML = {}

# ---------------------------------------------------------------- sovereign .docx

DOCX["s003_beurteilung_eurodistrikt_referentin.docx"] = [
    ("title", "Eurodistrikt Strasbourg-Ortenau (EVTZ) – Mitarbeitergespräch und Leistungsbeurteilung 2025"),
    ("table", [
        ["Mitarbeiterin", "Frau Franziska Lamm"],
        ["Funktion", "Referentin für Bürgerprojekte und Kleinprojektefonds (Entgeltgruppe E 11, 100 %)"],
        ["Beurteilende Person", "Herr Pierre-Yves Oberlé, Generalsekretär"],
        ["Gesprächsdatum", "14. Januar 2026"],
        ["Beurteilungszeitraum", "01.01.2025 – 31.12.2025"],
    ]),
    ("h", "1. Rückblick auf die Ziele 2025"),
    ("p", "Ziel 1 – Abwicklung der Förderrunden 2025 des Kleinprojektefonds: erreicht. 47 Projekte wurden bewilligt, die Bearbeitungszeit lag im Schnitt bei 9 Wochen (Ziel: 10 Wochen)."),
    ("p", "Ziel 2 – Einführung des zweisprachigen Online-Antragsportals: teilweise erreicht. Das Portal ging mit drei Monaten Verspätung in Betrieb; die Verzögerung ist überwiegend auf den externen Dienstleister zurückzuführen."),
    ("p", "Ziel 3 – Aufbau eines Netzwerks mit den Vereinen auf französischer Seite: nicht erreicht. Es fanden nur zwei der geplanten sechs Informationsabende in Straßburg statt."),
    ("h", "2. Leistungsbeurteilung"),
    ("table", [
        ["Kriterium", "Bewertung (1 = übertrifft die Anforderungen erheblich … 5 = entspricht nicht den Anforderungen)"],
        ["Arbeitsqualität", "2"],
        ["Arbeitsmenge / Termintreue", "3"],
        ["Zusammenarbeit im Team", "4"],
        ["Kommunikation mit Partnern (zweisprachig)", "4"],
        ["Eigeninitiative", "2"],
    ]),
    ("p", "Gesamturteil: 3 – entspricht den Anforderungen mit Einschränkungen."),
    ("h", "3. Erläuterungen"),
    ("p", "Frau Lamm arbeitet fachlich sorgfältig und kennt die Förderrichtlinien sehr gut. Die Zusammenarbeit mit den französischsprachigen Kolleginnen ist jedoch schwierig: Frau Lamm antwortet auf französische E-Mails grundsätzlich auf Deutsch und hat in zwei Teamsitzungen (März und September) geäußert, sie sei „nicht als Übersetzerin eingestellt worden“. Eine Kollegin hat sich deswegen beim Generalsekretär beschwert. In der Beratung der Vereine aus dem Elsass wurde mehrfach kritisiert, dass Rückfragen unbeantwortet blieben."),
    ("p", "Die Mitarbeiterin führt die Spannungen auf die hohe Arbeitsbelastung und die fehlende Stellenbesetzung im Sekretariat zurück. Dies wird teilweise anerkannt."),
    ("h", "4. Vereinbarungen für 2026"),
    ("p", "Teilnahme am Sprachkurs Französisch B2 (Institut français, 60 Stunden, Dienstzeit). Monatliches Abstimmungsgespräch mit der Kollegin für die französische Seite. Durchführung von mindestens vier Informationsabenden in Frankreich."),
    ("p", "Die Gewährung der leistungsorientierten Bezahlung (LOB) für 2025 wird auf 50 % des Regelbetrags festgesetzt."),
    ("h", "5. Stellungnahme der Mitarbeiterin"),
    ("p", "„Ich nehme die Beurteilung zur Kenntnis, halte aber die Bewertung der Zusammenarbeit für ungerecht. Ich beantrage eine Überprüfung durch den Personalrat.“ – F. Lamm, 21.01.2026"),
]

DOCX["s006_riservato_minori_ventimiglia.docx"] = [
    ("title", "RISERVATO – Comune di Ventimiglia, Servizi sociali"),
    ("p", "Nota per la Prefettura di Imperia e per il Département des Alpes-Maritimes (Aide sociale à l'enfance) – da non diffondere"),
    ("p", "Oggetto: minori stranieri non accompagnati respinti alla frontiera di Ponte San Ludovico – settimana 7-13 settembre 2026"),
    ("p", "Nella settimana in oggetto il nostro servizio ha preso in carico quattro minori riammessi in Italia dalla Police aux frontières francese dopo essere stati fermati sul treno Ventimiglia-Nizza o sul sentiero del Passo della Morte. Due di loro dichiarano di aver chiesto di presentare domanda d'asilo in Francia senza che la domanda fosse registrata."),
    ("table", [
        ["Nome", "Età dichiarata", "Nazionalità", "Situazione"],
        ["Abdoulaye K.", "15", "Guinea", "Respinto 2 volte; ferita al ginocchio dopo caduta sul sentiero; accolto al centro Caritas"],
        ["Mohamed Ali S.", "16", "Sudan", "Fratello maggiore a Lione; chiede ricongiungimento; rifiuta il centro"],
        ["Fatoumata D.", "14", "Costa d'Avorio", "Incinta (circa 5 mesi) secondo l'ostetrica del consultorio; accompagnata da un adulto che si dice zio, non verificato"],
        ["Yonas T.", "17", "Eritrea", "Dorme sotto il ponte del Roja; sospettato di lavorare per un passeur"],
    ]),
    ("p", "La situazione di Fatoumata D. desta particolare preoccupazione: la ragazza non sa leggere, ha raccontato all'operatrice di aver subito violenze in Libia e il presunto zio la sorveglia costantemente. È stata segnalata alla Procura per i minorenni di Genova il 12 settembre e collocata in una struttura protetta a Sanremo."),
    ("p", "Chiediamo ai colleghi francesi di indicarci un referente per lo scambio diretto d'informazioni su questi casi, in particolare per il ricongiungimento del minore Mohamed Ali S."),
    ("p", "Dott.ssa Roberta Anfossi – Responsabile area minori"),
]

DOCX["s010_entrevista_servicio_social_hospital.docx"] = [
    ("title", "Centre hospitalier de Bayonne – Service social hospitalier"),
    ("p", "Compte rendu d'entretien social – réalisé en espagnol par l'assistante sociale (hispanophone)"),
    ("table", [
        ["Patiente", "Mme Yolanda RUIZ ECHEVERRÍA, 36 ans, domiciliée à Hendaye"],
        ["Service", "Traumatologie, chambre 412 – admise le 6/05/2026 pour fracture du poignet droit et contusions faciales"],
        ["Date de l'entretien", "8 mai 2026"],
        ["Demande", "Signalée par l'interne (explications « chute dans l'escalier » peu compatibles avec les lésions)"],
    ]),
    ("h", "Entretien"),
    ("p", "Mme Ruiz a d'abord maintenu la version de la chute. Seule avec moi, elle a ensuite dit : « No me caí. Fue Iñaki, mi marido. Bebe desde que perdió el trabajo en el puerto de Pasaia y cuando bebe se pone así. Es la tercera vez este año, pero es la primera que vengo al hospital. Tengo miedo por los niños, aunque a ellos nunca les ha pegado. »"),
    ("p", "(Je ne suis pas tombée. C'est Iñaki, mon mari. Il boit depuis qu'il a perdu son travail au port de Pasaia et quand il boit il devient comme ça. C'est la troisième fois cette année, mais c'est la première fois que je viens à l'hôpital. J'ai peur pour les enfants, même s'il ne les a jamais frappés.)"),
    ("p", "Le couple a deux enfants (7 et 10 ans), gardés par la grand-mère à Irun depuis l'hospitalisation. Mme Ruiz travaille à mi-temps dans une boulangerie d'Hendaye. Elle souhaite se séparer mais craint de ne pas pouvoir payer seule le loyer. Elle ne veut pas porter plainte pour l'instant."),
    ("h", "Actions"),
    ("p", "Certificat médical descriptif avec ITT établi par le médecin (conservé au dossier, copie remise à la patiente). Coordonnées de l'association Bizi Berri et de l'intervenante sociale du commissariat d'Hendaye. Information sur le dépôt de plainte possible à l'hôpital. Évaluation de la situation des enfants à prévoir avec la patiente. Rendez-vous de suivi le 15 mai."),
    ("p", "Assistante sociale : Maite Etcheverry"),
]

DOCX["s014_escola_oiapoque_crianca.docx"] = [
    ("title", "Information préoccupante – Circonscription de Saint-Georges-de-l'Oyapock"),
    ("p", "Transmise à la CRIP de la Collectivité territoriale de Guyane le 24 février 2026"),
    ("table", [
        ["Élève", "Kauã RIBEIRO SOUZA"],
        ["Né le", "09/06/2018 (7 ans) – CE1, école Joséphine-Horth"],
        ["Responsable légal", "Mère : Mme Daiane Ribeiro, domiciliée quartier Espérance ; père inconnu"],
        ["Émetteur", "M. Thierry Lapompe, directeur d'école, avec Mme Rosilene Nascimento, intervenante en langue maternelle (portugais)"],
    ]),
    ("h", "Faits observés"),
    ("p", "Depuis janvier, Kauã arrive le matin sans avoir mangé et s'endort en classe. Le 19 février, l'enseignante a constaté des marques rouges en forme de boucle de ceinture sur le dos, au moment du passage aux toilettes. Interrogé par Mme Nascimento en portugais, il a dit : « O namorado da minha mãe bate quando eu choro. Ela vai trabalhar do outro lado, em Oiapoque, e eu fico com ele de noite. »"),
    ("p", "(Le copain de ma mère me tape quand je pleure. Elle va travailler de l'autre côté, à Oiapoque, et je reste avec lui la nuit.)"),
    ("p", "La mère, convoquée le 20 février, ne s'est pas présentée. Selon une autre famille, elle travaille la nuit dans un bar côté brésilien."),
    ("h", "Avis de l'équipe"),
    ("p", "L'enfant semble en danger. Nous demandons une évaluation en urgence et, le cas échéant, la saisine du parquet de Cayenne. L'enfant a été examiné par l'infirmière scolaire de passage le 23 février (photos jointes sous pli séparé)."),
]

DOCX["s018_visiting_researcher_review.docx"] = [
    ("title", "Université Grenoble Alpes – International Office / Laboratoire LIG"),
    ("p", "Mid-term review of a visiting researcher (MSCA Postdoctoral Fellowship) – confidential to the supervisor, the fellow and the research office"),
    ("table", [
        ["Fellow", "Dr Rahul Venkataraman"],
        ["Project", "SAFEDIAL – Safe dialogue systems for low-resource languages (grant no. 101xxxxxx)"],
        ["Supervisor", "Prof. Claire Dumoulin"],
        ["Date of review", "30 June 2026"],
    ]),
    ("h", "Progress against the work plan"),
    ("p", "Work packages 1 and 2 are completed; the corpus of Tamil and Telugu dialogue data was delivered in March as planned. Work package 3 (evaluation framework) is six months behind. No paper has been submitted yet, while two were expected by month 12."),
    ("h", "Supervisor's assessment"),
    ("p", "Rahul is technically brilliant and the data pipeline he built is used by the whole team. However, I am concerned about his reliability: he missed four of the last seven team meetings without notice, two deadlines for internal reviews were not met, and the Ethics Committee had to remind him twice to submit the data management plan. When we discussed it in May he said he felt isolated and was struggling with the French administration for his family's visas; I have referred him to the EURAXESS centre. I rate his overall performance as 'needs improvement'."),
    ("h", "Fellow's comments"),
    ("p", "\"I accept the delays on WP3. I would like it noted that my wife's residence permit was only issued in April and that I spent many working days at the préfecture. I commit to submitting the first paper to ACL by October.\""),
    ("h", "Agreed actions"),
    ("p", "Weekly one-to-one meeting; revised Gantt chart by 15 July; the research office will be informed if the October milestone is missed, which could lead to a request to the Agency to amend or terminate the grant."),
]

DOCX["s022_vertrouwelijk_interreg_prijzen.docx"] = [
    ("title", "VERTROUWELIJK – Interreg France-Wallonie-Vlaanderen, project GRENSZORG"),
    ("p", "Begrotingsvoorstel van partner 4 (Zorgnet Westhoek vzw) – alleen voor het stuurcomité, niet voor publicatie op de projectwebsite"),
    ("p", "Onderstaande tarieven zijn bedrijfsgevoelig: ze liggen onder de marktprijs omdat Zorgnet de kosten van haar eigen thuiszorgplatform deels zelf draagt. Wij vragen uitdrukkelijk dat ze niet worden doorgegeven aan de andere aanbieders in de regio Lille of Kortrijk."),
    ("table", [
        ["Post", "Eenheidsprijs", "Hoeveelheid", "Totaal"],
        ["Uur thuisverpleging (grensoverschrijdende patiënten)", "41,20 €", "6 200 uur", "255 440 €"],
        ["Licentie coördinatieplatform ZorgLink (per gebruiker/jaar)", "96 €", "180", "17 280 €"],
        ["Tolkdienst Nederlands-Frans (per uur)", "38 €", "900 uur", "34 200 €"],
        ["Overheadkosten (forfait 7 %)", "", "", "21 439 €"],
        ["Totaal partner 4", "", "", "328 359 €"],
    ]),
    ("p", "Ter info: ons normaal tarief voor thuisverpleging aan privéverzekeraars bedraagt 58,50 € per uur. De korting is enkel geldig binnen het project en tot 31/12/2028."),
    ("p", "Opgemaakt door Hilde Vercruysse, financieel directeur – 27/01/2026"),
]

DOCX["s027_ubezhishche_svidetelstvo.docx"] = [
    ("title", "Récit du demandeur d'asile – pièce jointe au formulaire OFPRA"),
    ("p", "Rédigé en russe par le demandeur, relu avec la juriste de la SPADA de Strasbourg (Mme Paula Wirth) ; traduction française jointe séparément."),
    ("table", [
        ["Фамилия, имя", "ДАДАЕВ Ислам Русланович"],
        ["Дата рождения", "08.08.1997, г. Урус-Мартан, Чеченская Республика"],
        ["Дата прибытия во Францию", "19.05.2026"],
    ]),
    ("h", "Мой рассказ"),
    ("p", "Я практикующий мусульманин-салафит. В Чечне это опасно: людей, которые молятся не так, как велит официальный муфтият, называют «ваххабитами» и забирают. Я ходил в небольшую мечеть на окраине Урус-Мартана, где имам не поддерживал Кадырова. В ноябре 2025 года имама увели сотрудники полиции, и больше его никто не видел."),
    ("p", "В январе 2026 года за мной пришли ночью, отвезли в отдел полиции в Грозном и три дня держали в подвале. Меня били и заставляли записать видео, в котором я прошу прощения у главы республики и отказываюсь от «неправильной веры». Моего отца вызвали и сказали, что если я не уеду или не изменюсь, «семья сама должна решить вопрос»."),
    ("p", "Кроме того, в 2024 году я подписал открытое письмо против мобилизации чеченцев на войну в Украине и публиковал посты в Telegram-канале оппозиции. После этого мне запретили выезд, и я уехал через Беларусь и Польшу по поддельному паспорту."),
    ("p", "Я прошу Францию о защите, потому что если меня вернут, меня убьют или отправят на фронт."),
    ("p", "Страсбург, 2 июня 2026 г. – подпись"),
]

DOCX["s032_arabic_social_service_grossesse.docx"] = [
    ("title", "CHU de Montpellier – Service social de la maternité"),
    ("p", "Note de synthèse confidentielle – à l'attention de la sage-femme coordinatrice et du psychologue"),
    ("table", [
        ["Patiente", "Mlle Amira HADDAD, 22 ans, étudiante en master (visa étudiant, Tunisie)"],
        ["Terme", "31 SA, suivi débuté tardivement (première consultation à 24 SA)"],
        ["Entretien", "12 mars 2026, en arabe avec l'interprète du service (Mme Leïla Ben Youssef)"],
    ]),
    ("h", "Ce que la patiente exprime"),
    ("p", "« لم أخبر أحدًا من عائلتي. إذا عرف أبي وإخوتي أنني حامل وأنا غير متزوجة، فلن أستطيع العودة إلى تونس أبدًا. والد الطفل تركني عندما عرف. »"),
    ("p", "(Je n'ai rien dit à personne de ma famille. Si mon père et mes frères apprennent que je suis enceinte sans être mariée, je ne pourrai plus jamais rentrer en Tunisie. Le père de l'enfant m'a quittée quand il l'a su.)"),
    ("p", "Mlle Haddad envisage un accouchement dans le secret (sous X) et ne sait pas encore si elle confiera l'enfant en vue d'adoption. Elle a des idées noires et a perdu 4 kg en un mois. Sa bourse a été suspendue faute d'assiduité au second semestre ; elle craint de perdre son titre de séjour."),
    ("h", "Propositions"),
    ("p", "Consultation psychiatrique périnatale cette semaine ; information complète sur l'accouchement dans le secret et le délai de rétractation de deux mois ; lien avec le service de la vie étudiante pour un aménagement d'études ; hébergement en centre maternel si elle le souhaite. Aucune information ne sera donnée à des tiers, y compris par téléphone."),
    ("p", "Assistante sociale : Hélène Roux"),
]

DOCX["s044_euroairport_enrolment_register.docx"] = [
    ("title", "EuroAirport – Restricted Area Access Control – Biometric enrolment register (extract)"),
    ("p", "Security department – staff only. Fingerprint templates are stored encrypted on the badge and in the central access-control server (Zone SR-B). Extract produced for the audit of the Direction générale de l'aviation civile, 12 November 2026."),
    ("table", [
        ["Badge no.", "Holder", "Employer", "Zones", "Enrolment", "Finger / template quality", "Remark"],
        ["SR-20417", "Mr Kevin HUG", "Swissport Basel", "Apron, baggage hall", "03/03/2026", "R index / 74", ""],
        ["SR-20418", "Ms Ana-Maria POPESCU", "ISS Aviation", "Terminal airside", "03/03/2026", "L index / 41", "Low quality: scar on right index, enrolled on left"],
        ["SR-20433", "Mr Mehdi ZERROUKI", "Air France Industries", "Hangar 3, apron", "17/04/2026", "R middle / 80", ""],
        ["SR-20451", "Ms Ursula STEINER", "Skyguide", "Control tower", "02/05/2026", "R index / 88", "Tower access 24/7"],
        ["SR-20460", "Mr Thomas ROTH", "Easyjet Switzerland", "Apron", "09/06/2026", "—", "Enrolment failed 3 times (skin condition), PIN-only exemption granted by security manager"],
    ]),
    ("p", "Tower and hangar readers accept badge + fingerprint; the PIN fallback for exempted holders is the last four digits of the badge number followed by the month of issue. Template retention: deleted within 30 days of badge withdrawal."),
]

DOCX["s049_ramazan_vardiya_talebi.docx"] = [
    ("title", "Aéroport de Lyon-Saint Exupéry – Service sûreté – Demande d'aménagement de planning"),
    ("p", "Formulaire rempli par l'agent en turc, traduction par le service RH en dessous"),
    ("table", [
        ["Agent", "Hüseyin ÖZTÜRK, agent de sûreté aéroportuaire, équipe C"],
        ["Date", "5 février 2026"],
        ["Période concernée", "18 février – 19 mars 2026"],
    ]),
    ("p", "Talep: Ramazan ayı boyunca oruç tuttuğum için, mümkünse gece vardiyası yerine sabah vardiyasına (05:00–13:00) geçmek istiyorum. Geçen yıl gece vardiyasında iftardan sonra çok yorgun oluyordum ve tarama cihazında dikkatimi korumakta zorlandım. Ayrıca Cuma namazı için 13:00'ten sonra izinli olmak istiyorum. Ekip arkadaşım Samir Belkacem de aynı değişikliği kabul ediyor."),
    ("p", "Traduction : « Comme je jeûne pendant le mois de Ramadan, je souhaiterais si possible passer de l'équipe de nuit à l'équipe du matin (5 h – 13 h). L'an dernier, en équipe de nuit, j'étais très fatigué après la rupture du jeûne et j'avais du mal à rester concentré au poste d'imagerie. Je souhaiterais aussi être libre après 13 h le vendredi pour la prière. Mon collègue Samir Belkacem accepte le même échange. »"),
    ("h", "Avis du chef d'équipe"),
    ("p", "Favorable à l'échange de vacations avec M. Belkacem, sous réserve de l'accord de la compagnie. La libération du vendredi après-midi est compatible avec le cycle du matin. Rappel : la demande ne doit pas être mentionnée dans l'évaluation annuelle."),
    ("p", "Chef d'équipe : Laurent Vial"),
]

DOCX["s052_temporeros_sindicato.docx"] = [
    ("title", "Direction départementale de l'emploi, du travail et des solidarités des Pyrénées-Orientales"),
    ("p", "Procès-verbal d'audition – travailleur saisonnier agricole (audition en espagnol, agent de contrôle hispanophone)"),
    ("table", [
        ["Personne entendue", "M. Wilson Andrés CAICEDO, né le 22/10/1990 à Cali (Colombie), résidant en Espagne (NIE)"],
        ["Employeur", "ETT Agroservicios Levante SL, mis à disposition de la SCEA des Vergers d'Elne"],
        ["Date", "29 juillet 2026"],
    ]),
    ("p", "Déclaration : « Trabajo en la recogida del melocotón desde el 3 de junio. Nos pagan 7 euros la hora en efectivo aunque el contrato dice 11,88. En julio nos afiliamos siete compañeros al sindicato CGT, porque un señor de la CGT vino al albergue a explicarnos nuestros derechos. El día 20 el encargado, Paco, nos juntó y dijo que el que tuviera el carné del sindicato se iba a la calle. A mí y a Yesenia Mosquera nos despidieron el 22 sin papel, solo por WhatsApp. »"),
    ("p", "Traduction : M. Caicedo travaille à la cueillette des pêches depuis le 3 juin, payé 7 € de l'heure en espèces alors que le contrat prévoit 11,88 €. En juillet, sept travailleurs ont adhéré à la CGT. Le 20, le chef d'équipe a annoncé que ceux qui avaient la carte syndicale seraient renvoyés ; M. Caicedo et Mme Yesenia Mosquera ont été congédiés le 22 par message WhatsApp."),
    ("p", "Pièces remises : capture du message de licenciement, carte d'adhérent CGT, bulletins de paie de juin."),
    ("p", "Lecture faite, M. Caicedo persiste et signe. L'inspectrice du travail : Carmen Lloret"),
]

DOCX["s059_zgon_pracownika_rodzina.docx"] = [
    ("title", "Mairie de Fos-sur-Mer – État civil / Consulat général de Pologne à Lyon"),
    ("p", "Dossier de transfert de corps – fiche de liaison (en polonais pour la famille, en français pour le service)"),
    ("table", [
        ["Défunt / Zmarły", "Krzysztof NOWICKI, ur. 14.03.1979 w Gdyni"],
        ["Décès / Zgon", "2 października 2026, chantier naval (accident de travail), Fos-sur-Mer"],
        ["Famille / Rodzina", "Żona: Agnieszka Nowicka (Gdynia); córki 12 i 16 lat"],
        ["Interlocuteur / Kontakt", "Pan Marek Zieliński, konsul"],
    ]),
    ("p", "Szanowna Pani Agnieszko, z głębokim żalem potwierdzamy, że ciało Pani męża zostanie przewiezione do Gdyni po zakończeniu postępowania prokuratury w Aix-en-Provence (sekcja zwłok odbyła się 5 października). Pani Nowicka poinformowała konsulat, że od roku była w separacji z mężem i że pogrzebem chce zająć się także jego matka, pani Halina Nowicka; obie panie nie utrzymują kontaktu. Konsulat prosi o wskazanie jednej osoby uprawnionej do decyzji."),
    ("p", "Note du service : l'épouse séparée et la mère du défunt réclament chacune la dépouille ; en l'absence de volonté exprimée par le défunt, attendre l'accord écrit des deux ou la décision du juge. Ne pas délivrer l'autorisation de transport de corps avant."),
    ("p", "Agent : Mme Caroline Gasquet"),
]

DOCX["s061_nesuprovodzhena_dytyna.docx"] = [
    ("title", "Département de l'Isère – Direction de l'enfance et de la famille – Évaluation d'un mineur non accompagné"),
    ("p", "Entretien du 14 avril 2026 au dispositif d'accueil d'urgence de Grenoble, en ukrainien, avec une interprète de l'Inter Service Migrants (Mme Tetiana Bondar)"),
    ("table", [
        ["Jeune", "Danylo HONCHARENKO, 16 ans (né le 30/11/2009 à Mykolaïv)"],
        ["Documents", "Passeport ukrainien biométrique ; acte de naissance"],
        ["Statut", "Protection temporaire à demander ; aucun représentant légal en France"],
    ]),
    ("h", "Parcours"),
    ("p", "Danylo est arrivé en France en 2023 avec sa mère, Mme Oksana Honcharenko. Celle-ci est repartie en Ukraine en janvier 2026 pour s'occuper de sa propre mère malade et l'a confié à une famille hébergeante à Échirolles. La famille a cessé de l'héberger en mars après des disputes. Danylo dit : « Мама не відповідає на дзвінки вже три тижні. Я не знаю, чи з нею все добре. Я не хочу повертатися, у Миколаєві бомблять, але тут я нікого не маю. »"),
    ("p", "(Maman ne répond plus au téléphone depuis trois semaines. Je ne sais pas si elle va bien. Je ne veux pas rentrer, on bombarde Mykolaïv, mais ici je n'ai personne.)"),
    ("h", "Évaluation"),
    ("p", "Minorité et isolement établis. Jeune scolarisé en seconde au lycée Mounier, bon niveau de français. Signes d'anxiété et d'insomnie. Propositions : ordonnance de placement provisoire (saisine du parquet ce jour), demande de délégation d'autorité parentale, recherche de la mère par le consulat d'Ukraine à Lyon, suivi psychologique."),
    ("p", "Évaluatrice : Clémence Arnaud, éducatrice"),
]

DOCX["s066_tamil_ccas_surendettement.docx"] = [
    ("title", "CCAS de Sarcelles – Commission d'aides financières du 6 octobre 2026"),
    ("p", "Dossier présenté par Mme Nathalie Derouet, conseillère en économie sociale et familiale – entretien mené avec M. Prakash, interprète tamoul bénévole (association Tamil Solidarité)"),
    ("table", [
        ["Foyer", "M. et Mme SELVARAJAH Ganeshan et Vasuki, 3 enfants (4, 9, 13 ans)"],
        ["Ressources", "Salaire de M. (commis de cuisine, temps partiel) 1 130 € ; allocations 412 € ; APL 287 €"],
        ["Dettes", "Loyer 2 960 € (assignation en résiliation de bail reçue le 22/09) ; prêts entre particuliers dans la communauté 6 000 € ; EDF 540 €"],
    ]),
    ("p", "Mme Selvarajah explique : « கணவருக்கு வேலை நேரம் குறைக்கப்பட்டது. வாடகை கட்ட முடியவில்லை. உறவினர்களிடம் கடன் வாங்கினோம், இப்போது அவர்களும் பணம் திருப்பிக் கேட்கிறார்கள். குழந்தைகள் பள்ளியில் சாப்பிடுவதில்லை, ஏனென்றால் கேண்டீன் பணம் கட்டவில்லை. »"),
    ("p", "(Les heures de mon mari ont été réduites. Nous n'avons pas pu payer le loyer. Nous avons emprunté à des proches, et maintenant eux aussi demandent à être remboursés. Les enfants ne mangent pas à la cantine parce que nous n'avons pas payé.)"),
    ("p", "Proposition : aide de 800 € au bailleur conditionnée à un plan d'apurement ; dépôt d'un dossier de surendettement (accompagnement CESF) ; prise en charge de la cantine au tarif minimum ; saisine de la CCAPEX."),
    ("p", "Décision de la commission : accord (unanimité)."),
]

DOCX["s070_riservato_tunnel_frejus.docx"] = [
    ("title", "RISERVATO – DIFFUSION RESTREINTE"),
    ("p", "GEIE-T4 Traforo del Frejus / Tunnel routier du Fréjus – Piano di intervento e soccorso binazionale, allegato 7 (aggiornamento ottobre 2026)"),
    ("p", "Distribuzione: Prefettura di Torino, Préfecture de la Savoie, SDIS 73, Vigili del fuoco Torino, centri di controllo di Modane e Bardonecchia. Vietata la riproduzione."),
    ("h", "1. Accessi di emergenza"),
    ("table", [
        ["Rifugio / Abri", "Progressiva", "Codice porta galleria di sicurezza", "Note"],
        ["R1", "PK 1+120", "2719*", "Porta pressurizzata, apertura manuale dal lato galleria"],
        ["R3", "PK 3+840", "6604*", "Telecamera guasta dal 02/10, sostituzione prevista"],
        ["R5", "PK 6+390", "1185*", "Vicino al confine di Stato (PK 6+ 400)"],
        ["R7", "PK 9+710", "3952*", ""],
    ]),
    ("h", "2. Comunicazioni"),
    ("p", "Canale radio dedicato soccorsi: 'FREJUS SOS' su rete RIR; in caso di guasto, ponte radio di riserva attivabile dal centro di Modane con la chiave fisica custodita nella cassaforte della sala operativa (combinazione comunicata a voce ai soli capi turno)."),
    ("h", "3. Punti deboli individuati durante l'esercitazione del 18 settembre"),
    ("p", "Tempo di chiusura della barriera lato Italia: 4 min 10 s invece di 90 s; la ventilazione longitudinale non si è attivata automaticamente nel settore 4; due agenti francesi non conoscevano il codice della porta R5."),
]

# ---------------------------------------------------------------- sovereign .html

HTML["s007_erasmus_plagio_commissione.html"] = (
    "Procedimento disciplinare – studente in mobilità",
    """
<p><strong>Da:</strong> Ufficio Mobilità Internazionale, Università degli Studi di Torino<br>
<strong>A:</strong> Direction des relations internationales, Université Savoie Mont Blanc<br>
<strong>Data:</strong> 11 giugno 2026<br>
<strong>Oggetto:</strong> Studentessa Erasmus+ Manon Girod – esito della commissione disciplinare</p>
<p>Gentile dott.ssa Perrier,</p>
<p>le comunichiamo, come previsto dall'accordo interistituzionale, che la vostra studentessa <strong>Manon Girod</strong> (matricola temporanea 2025-E-0417), in mobilità presso il nostro Dipartimento di Giurisprudenza nel secondo semestre, è stata sottoposta a procedimento disciplinare.</p>
<p>Nell'elaborato finale del corso di Diritto dell'Unione europea il software antiplagio ha rilevato una corrispondenza del 63 % con una tesi di laurea dell'Università di Bologna, senza alcuna citazione. Convocata il 4 giugno, la studentessa ha ammesso di aver copiato intere pagine, spiegando di aver attraversato un periodo di forte stress.</p>
<p>La commissione ha deciso:</p>
<ul>
<li>l'annullamento dell'esame (6 CFU non riconosciuti);</li>
<li>un'ammonizione scritta, che resta nel suo fascicolo presso il nostro ateneo;</li>
<li>il divieto di sostenere nuovamente l'esame nella sessione estiva.</li>
</ul>
<p>Il Transcript of Records che riceverà riporterà 24 CFU invece dei 30 previsti nel Learning Agreement. Restiamo a disposizione per qualsiasi chiarimento.</p>
<p>Cordiali saluti,<br>Prof.ssa Elena Giachino, delegata del Rettore per la mobilità</p>
""",
)

HTML["s011_erasmus_embarazo_aplazamiento.html"] = (
    "Consulta al servicio de relaciones internacionales",
    """
<div class="mail">
<p><b>De:</b> Lucía Fernández Ortega &lt;lucia.fo@alumnos.upm.es&gt;<br>
<b>Para:</b> international.incoming@univ-toulouse.fr<br>
<b>Fecha:</b> 2 de febrero de 2026<br>
<b>Asunto:</b> Aplazamiento de la estancia Erasmus – motivo médico</p>
<p>Hola, buenos días:</p>
<p>Soy Lucía Fernández, estudiante de Arquitectura de la Universidad Politécnica de Madrid, y tenía que empezar mi Erasmus en la ENSA Toulouse el 16 de febrero.</p>
<p>Les escribo porque estoy embarazada de 14 semanas y el embarazo es de riesgo: tengo una placenta previa y la ginecóloga me ha recomendado reposo y no viajar por ahora. Les adjunto el informe médico (en español, puedo pedir una traducción si hace falta).</p>
<p>¿Sería posible aplazar la movilidad al curso que viene, o hacer el primer mes en línea? No quiero perder la beca, que es muy importante para mí porque mi pareja y yo no tenemos otros ingresos. Tampoco sé si en Francia podría tener el seguimiento del embarazo con la tarjeta sanitaria europea.</p>
<p>Les pido que esta información no se comparta con el resto del grupo de estudiantes de intercambio; solo lo sabe mi coordinadora aquí en Madrid.</p>
<p>Muchas gracias,<br>Lucía</p>
</div>
""",
)

HTML["s016_detento_visita_religiosa.html"] = (
    "Centre pénitentiaire de Rémire-Montjoly – demande d'intervention d'aumônerie",
    """
<h1>Centre pénitentiaire de Rémire-Montjoly</h1>
<h2>Demande d'intervention de l'aumônerie – transmise par le SPIP</h2>
<table border="1">
<tr><th>Personne détenue</th><td>M. Francisco de Assis LIMA, écrou n° 26-0412, bâtiment B</td></tr>
<tr><th>Situation pénale</th><td>Prévenu – mis en examen pour orpaillage illégal et détention d'arme, mandat de dépôt du 3 mars 2026</td></tr>
<tr><th>Langue</th><td>Portugais (brésilien) – ne lit pas le français</td></tr>
</table>
<p>Mot rédigé par le détenu et remis au conseiller pénitentiaire :</p>
<blockquote>« Senhor diretor, eu sou evangélico da Assembleia de Deus desde criança. Aqui não tem culto na minha língua e o capelão católico não fala português. Peço para receber a visita do pastor Josué da igreja de Matoury, que conhece a minha família, e para ter uma Bíblia em português. Estou muito mal, penso na minha mãe todo dia. »</blockquote>
<p>Traduction : M. Lima, évangélique de l'Assemblée de Dieu depuis l'enfance, demande la visite du pasteur Josué de l'église de Matoury et une Bible en portugais ; il dit aller très mal et penser à sa mère chaque jour.</p>
<p><em>Avis du SPIP :</em> favorable ; vérifier l'agrément du pasteur auprès de la direction interrégionale. Signalement à l'unité sanitaire pour évaluation du risque suicidaire.</p>
<p>Conseillère pénitentiaire : Mme Jessica Horth – 17 avril 2026</p>
""",
)

HTML["s019_restricted_port_security_assessment.html"] = (
    "RESTRICTED – Port of Calais – Port Facility Security Assessment summary",
    """
<p style="color:red"><strong>RESTRICTED – NOT FOR CIRCULATION OUTSIDE THE PORT SECURITY COMMITTEE / DIFFUSION RESTREINTE</strong></p>
<h1>Port Boulogne Calais – Ferry terminal</h1>
<h2>Port Facility Security Assessment (ISPS Code, Part A 15) – summary for the UK Border Force liaison, October 2026</h2>
<h3>1. Perimeter</h3>
<p>The ferry terminal perimeter fence (4 m, double, with detection cable) is now continuous except on two sections: the former freight gate near the Hoverport car park (120 m of single fence, detection cable disconnected during works until 15 December) and the rail siding behind berth 7, where CCTV camera C-41 has a blind angle of about 30 m.</p>
<h3>2. Access control</h3>
<ul>
<li>Staff gate G2: badge + PIN. Temporary PIN for contractors during the works: <strong>0 5 8 8 1</strong>, changed every Monday by the PFSO.</li>
<li>Emergency gate E3 (lorry lanes) opens from the control room; manual override key held in the key safe, code 2-9-4-7.</li>
<li>Random vehicle searches: 1 lorry in 12 at check-in; heartbeat and CO<sub>2</sub> detectors on lanes 4 to 9 only.</li>
</ul>
<h3>3. Security level changes</h3>
<p>In case of raised threat level, the UK juxtaposed controls will be reinforced by a second team; the decision must be communicated through the secure line to the Prefecture's operational centre.</p>
<p>PFSO: Mr Olivier Delattre</p>
""",
)

HTML["s036_betreibungsauszug_wohnungsbewerbung.html"] = (
    "Dossier de demande de logement – pièces reçues",
    """
<h2>Saint-Louis Agglomération – Service habitat / Office public de l'habitat</h2>
<p>Demande de logement social n° 068-26-07733 – pièces complémentaires reçues le 8 juin 2026</p>
<p>Demandeur : <strong>M. Patrick ZIMMERMANN</strong>, 52 ans, frontalier (magasinier, Bâle), actuellement hébergé chez sa sœur à Huningue.</p>
<p>Pièce n° 6 : extrait du registre des poursuites (traduit pour la commission d'attribution) :</p>
<table border="1">
<tr><th>Gläubiger</th><th>Forderung CHF</th><th>Stand</th></tr>
<tr><td>Steuerverwaltung Basel-Stadt</td><td>8 412.–</td><td>Verlustschein ausgestellt 2024</td></tr>
<tr><td>Sanitas Krankenversicherung</td><td>3 960.–</td><td>Pfändung laufend</td></tr>
<tr><td>Swisscom (Schweiz) AG</td><td>640.–</td><td>Zahlungsbefehl, Rechtsvorschlag erhoben</td></tr>
<tr><td>Immobilien Rhein AG (Mietzins)</td><td>5 200.–</td><td>Ausweisung vollzogen 03/2026</td></tr>
</table>
<p><em>Betreibungsamt Basel-Stadt, Auszug vom 2. Juni 2026</em></p>
<p>Note de l'instructrice : M. Zimmermann a été expulsé de son logement bâlois en mars après des impayés de loyer ; une saisie sur salaire est en cours côté suisse. Il indique que ses dettes viennent de sa séparation en 2023. Reste à vivre calculé à 9,20 € par jour après saisie. Dossier à présenter comme prioritaire (personne sans logement propre) – accompagnement budgétaire à proposer.</p>
<p>Instructrice : Mme Sophie Fritsch</p>
""",
)

HTML["s038_rassegna_stampa_la_stampa.html"] = (
    "Rassegna stampa – Conférence transfrontalière Mont-Blanc",
    """
<p><em>Rassegna stampa ad uso interno della Conférence Transfrontalière Mont-Blanc – non ridistribuire.</em></p>
<h1>La Stampa, edizione di Aosta – 22 ottobre 2026, pagina 38</h1>
<h2>«Il ghiacciaio non aspetta la burocrazia»</h2>
<p><em>di Marco Vallet</em></p>
<p>COURMAYEUR. Alle sette del mattino, quando il primo pulmino dei lavoratori stagionali sale verso Entrèves, sul Planpincieux è già passata la squadra della Fondazione Montagna sicura. Misurano, fotografano, confrontano. Il ghiacciaio che incombe sulla Val Ferret si è mosso di 41 centimetri al giorno nell'ultima settimana, un ritmo che a fine estate aveva portato il sindaco a chiudere di nuovo la strada.</p>
<p>«Noi facciamo la nostra parte, ma i radar li paghiamo con fondi che scadono a dicembre», spiega un tecnico che chiede di non essere citato. Il progetto europeo che finanziava il monitoraggio condiviso con Chamonix si è concluso, e il nuovo bando Interreg Alcotra non prevede la stessa linea di spesa. Da parte francese, il Comune di Chamonix ha già stanziato 180 mila euro per mantenere i sensori sull'Argentière.</p>
<p>Nel frattempo i residenti della Val Ferret hanno imparato a convivere con i semafori e gli SMS di allerta. «Ci hanno chiusi dentro tre volte in due anni», racconta una albergatrice di Planpincieux. «I turisti prenotano lo stesso, ma chiedono se è sicuro. Io rispondo che il ghiacciaio è il vicino di casa più controllato d'Italia.» (...)</p>
<p>© Riproduzione riservata – GEDI News Network</p>
""",
)

HTML["s042_eurodac_hit_dublin.html"] = (
    "GUDA Lyon – Eurodac result and Dublin procedure",
    """
<h1>Préfecture du Rhône – Guichet unique pour demandeurs d'asile</h1>
<h2>Eurodac comparison result (category 1) – notification sheet</h2>
<table border="1">
<tr><td>Applicant</td><td>Mr Samuel TESFAYE, declared born 01/01/2001, Eritrea</td></tr>
<tr><td>Fingerprints taken</td><td>24/09/2026, GUDA Lyon, 10 fingers, quality NFIQ 2 average 58</td></tr>
<tr><td>Hit</td><td>IT1 – Italy, Lampedusa hotspot, category 1 (asylum application), 14/07/2025; IT2 – Italy, Milan, category 2 (irregular crossing), 20/07/2025</td></tr>
<tr><td>Facial image comparison</td><td>Match confirmed by the operator (score 0.97)</td></tr>
</table>
<p>Information given to the applicant in Tigrinya through a telephone interpreter: your fingerprints show that you applied for asylum in Italy in July 2025. Under Regulation (EU) 604/2013, France will ask Italy to take you back. You may explain why you left Italy.</p>
<p>Applicant's statement (English, as he chose to speak): "In Italy they took my fingers by force, I did not want to stay. I slept in the street in Milan for three months. My sister lives in Lyon, she is the only family I have."</p>
<p>Dublin procedure opened, take-back request to be sent to the Italian Dublin Unit within two months. Attestation de demande d'asile (procédure Dublin) issued.</p>
<p>Agent: M. Rémi Carrasco</p>
""",
)

HTML["s047_erasmus_acoso_homofobo.html"] = (
    "Signalement – résidence universitaire",
    """
<h3>Formulaire en ligne « Signaler une discrimination ou un harcèlement » – CROUS de Bordeaux-Aquitaine</h3>
<p><b>Date :</b> 13/11/2026 – <b>Résidence :</b> Village n° 3, Talence – <b>Langue choisie :</b> español</p>
<p><b>Su nombre :</b> Álvaro Jiménez Peña (estudiante Erasmus, Universidad de Sevilla)</p>
<p><b>Describa los hechos :</b></p>
<p>Soy gay y desde que mis vecinos de planta vieron a mi novio salir de mi habitación en octubre, me hacen la vida imposible. Escribieron «maricón» en la puerta de mi habitación con rotulador (tengo fotos), dejan basura delante de mi puerta y en la cocina común me dicen cosas en francés que no entiendo del todo pero se ríen. El 10 de noviembre uno de ellos, creo que se llama Dylan, me empujó contra la pared del pasillo y me dijo que me fuera de «su» planta.</p>
<p>No quiero que mi familia en España se entere de esto, ellos no saben que soy gay. Pido cambiar de residencia y que alguien hable con ellos.</p>
<p><b>¿Desea ser contactado?</b> Sí, por correo electrónico.</p>
<p><i>Traitement (réservé au CROUS) :</i> relogement proposé à la résidence Pierre-Mendès-France le 15/11 ; information sur le dépôt de plainte (injure et violence en raison de l'orientation sexuelle) ; convocation des résidents mis en cause par la direction de la résidence.</p>
""",
)

HTML["s053_opposition_journalist_residence.html"] = (
    "Письмо в префектуру",
    """
<p>В префектуру департамента Нижний Рейн<br>Отдел по делам иностранцев</p>
<p>от Анны Сергеевны ВОЛКОВОЙ, 1983 г.р., гражданки Российской Федерации,<br>проживающей по адресу: Страсбург, ул. Оберлен</p>
<p><b>Заявление</b></p>
<p>Прошу рассмотреть мою просьбу о выдаче вида на жительство «талант — паспорт» или, в случае отказа, принять моё заявление о предоставлении убежища.</p>
<p>С 2011 года я была членом партии «Яблоко» и работала журналистом независимого издания в Екатеринбурге. В марте 2022 года после публикации моих материалов о погибших солдатах из нашей области на меня составили протокол по статье 20.3.3 КоАП («дискредитация армии») и оштрафовали на 50 000 рублей. В 2025 году против меня возбуждено уголовное дело по статье 207.3 УК РФ («распространение заведомо ложной информации»), меня объявили в розыск и внесли в реестр «иностранных агентов».</p>
<p>Сейчас я работаю для русскоязычной редакции в Страсбурге, договор прилагается. Возвращение в Россию для меня означает арест.</p>
<p>Прилагаю: копию постановления о возбуждении уголовного дела, выписку из реестра иноагентов, договор с редакцией.</p>
<p>Страсбург, 9 октября 2026 г.<br>А. С. Волкова</p>
""",
)

HTML["s055_inscriere_scolara_romi.html"] = (
    "Saisine du Défenseur des droits – refus de scolarisation",
    """
<h2>Saisine en ligne du Défenseur des droits</h2>
<p><strong>Réclamant :</strong> Collectif Romeurope 93, pour le compte de la famille LĂCĂTUȘ</p>
<p><strong>Mise en cause :</strong> commune de Noisy-le-Sec, service scolaire</p>
<p><strong>Exposé :</strong></p>
<p>La famille de M. Gheorghe Lăcătuș et Mme Florentina Lăcătuș, Roms roumains vivant dans un squat rue de Merlan depuis avril 2026, a demandé l'inscription de leurs enfants Denisa (8 ans) et Marian (6 ans) le 2 septembre. L'agent du guichet leur a répondu qu'il fallait « une facture EDF ou un bail », alors que la loi n'impose pas ces pièces. Lors d'un second passage avec notre médiatrice, une autre agente a dit devant eux : « Les Roms, de toute façon, ils repartent au bout de trois mois, ce n'est pas la peine. »</p>
<p>Mme Lăcătuș nous a écrit en roumain : « Copiii mei vor să meargă la școală ca toți copiii. Denisa a învățat deja să scrie în franceză la asociație. Nu avem curent electric, cum să aducem o factură? »</p>
<p>La famille vit sans ressources, de la mendicité et de la récupération de métaux ; elle est domiciliée au CCAS depuis juin.</p>
<p>Nous demandons au Défenseur d'intervenir pour l'inscription immédiate des enfants et de rappeler à la commune l'interdiction de discriminer en raison de l'origine.</p>
<p>Pièces jointes : attestation de domiciliation, courriel du service scolaire du 4 septembre, attestation de la médiatrice.</p>
""",
)

HTML["s060_nhan_con_nuoi_viet_nam.html"] = (
    "Dossier d'adoption internationale – correspondance",
    """
<p><b>Conseil départemental de Loire-Atlantique – Service adoption</b></p>
<p>Courriel transmis par l'organisme autorisé pour l'adoption, traduit du vietnamien (lettre de la Cục Con nuôi, Hà Nội)</p>
<hr>
<p>Kính gửi ông bà Gautier,</p>
<p>Cục Con nuôi – Bộ Tư pháp Việt Nam xin thông báo: hồ sơ xin nhận con nuôi của ông Olivier Gautier và bà Linh Gautier (nhũ danh Phạm Thùy Linh) đã được giới thiệu trẻ em: bé Nguyễn Minh Khôi, sinh ngày 02/03/2023 tại tỉnh Bắc Giang, hiện đang được nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh. Cháu bị bỏ rơi tại bệnh viện sau khi sinh; cháu bị hở hàm ếch đã được phẫu thuật lần thứ nhất.</p>
<p>Ông bà có 30 ngày để trả lời đồng ý hay không.</p>
<hr>
<p>Traduction : l'Autorité centrale vietnamienne propose à M. et Mme Gautier l'apparentement avec Khôi, né le 2 mars 2023, abandonné à la maternité et opéré une première fois d'une fente palatine. Réponse attendue sous 30 jours.</p>
<p>Note de la référente : le couple a obtenu l'agrément en 2023 ; Mme Gautier, née au Vietnam, souhaite que l'enfant garde un prénom vietnamien. Rendez-vous avec le pédiatre de la consultation adoption du CHU le 9 décembre avant de répondre.</p>
<p>Référente : Mme Anne-Sophie Le Bihan</p>
""",
)

HTML["s062_mariage_force_college.html"] = (
    "Note de l'assistante sociale scolaire",
    """
<h2>Collège Jean-Moulin, Marseille 15e – Service social en faveur des élèves</h2>
<p><strong>Note au chef d'établissement et à la CRIP des Bouches-du-Rhône – 3 juin 2026</strong></p>
<p>Une élève de 4e, <strong>Rania B.</strong> (née le 14/01/2012), est venue me voir ce matin avec son amie. Elle m'a montré sur son téléphone des messages vocaux de sa mère, en arabe, que l'assistante d'éducation arabophone (Mme Soumaya Zerrouki) a traduits avec son accord :</p>
<blockquote dir="rtl" lang="ar">«سنسافر إلى الجزائر في الصيف، وستتعرفين على ابن عمك مراد. أبوك اتفق مع عائلته، وستبقين هناك. لا تقولي شيئاً لأحد في المدرسة.»</blockquote>
<p>(Nous partirons en Algérie cet été, et tu feras la connaissance de ton cousin Mourad. Ton père s'est mis d'accord avec sa famille, et tu resteras là-bas. Ne dis rien à personne à l'école.)</p>
<p>Rania pleure beaucoup, dit qu'elle veut finir ses études pour devenir infirmière et qu'elle a peur que son passeport lui soit pris. Elle ne veut pas que ses parents sachent qu'elle a parlé. Départ prévu le 5 juillet.</p>
<p>Compte tenu du risque de mariage forcé à l'étranger, je transmets un signalement au procureur de la République (possibilité d'interdiction de sortie du territoire) et une information à la CRIP. Rania est informée de ces démarches.</p>
<p>Mme Karine Fabre, assistante sociale scolaire</p>
""",
)

HTML["s064_proces_verbaal_havenbediende.html"] = (
    "Informatie-uitwisseling – verkeersovertreding",
    """
<p><b>Federale Politie – Wegpolitie West-Vlaanderen</b><br>Post Jabbeke</p>
<p>Aan: Grand Port Maritime de Dunkerque, dienst personeelszaken (via het CCPD Doornik, met toepassing van de richtlijn 2015/413 en het Verdrag van Doornik)</p>
<p>Datum: 21 september 2026</p>
<p><b>Betreft: proces-verbaal nr. BR.55.L7.014882/2026</b></p>
<p>Op zaterdag 19 september 2026 om 02u35 werd op de E40 te Jabbeke, richting Oostende, een dienstvoertuig van uw haven (Renault Kangoo, Franse nummerplaat FR-882-DK, opschrift „Port de Dunkerque") gecontroleerd. De bestuurder, de heer <b>Jérôme Dewaele</b>, geboren 12/05/1976, verklaarde havenbediende te zijn en terug te keren van een privéfeest in Brugge.</p>
<p>De ademanalyse gaf 0,82 mg/l uitgeademde alveolaire lucht (ca. 1,8 g/l bloed). Het rijbewijs werd onmiddellijk ingetrokken voor 15 dagen en het voertuig werd getakeld. De bestuurder wordt gedagvaard voor de politierechtbank van Brugge.</p>
<p>Wij vragen u ons te laten weten wie de rechtmatige houder van het voertuig is en of het voertuig buiten de diensturen mocht worden gebruikt.</p>
<p>Hoofdinspecteur Koen Maertens</p>
""",
)

HTML["s069_abmahnung_grenzgaenger_service.html"] = (
    "Abmahnung",
    """
<p>Landratsamt Ortenaukreis – Amt für Personal und Organisation<br>Badstraße 20, 77652 Offenburg</p>
<p>Herrn<br>Sébastien Kuntz<br>über: Leitung der Servicestelle Grenzgänger</p>
<p>Offenburg, 2. Juli 2026</p>
<p><b>Abmahnung</b></p>
<p>Sehr geehrter Herr Kuntz,</p>
<p>am 16. Juni 2026 haben Sie während der Bürgersprechstunde in der Servicestelle Grenzgänger einer Bürgerin, Frau M., die sich nach dem Stand ihres Kindergeldantrags erkundigte, Auskünfte aus der Akte ihres getrennt lebenden Ehemanns gegeben, obwohl dieser dem ausdrücklich widersprochen hatte. Außerdem haben Sie am selben Tag entgegen der Dienstanweisung Nr. 7/2024 personenbezogene Unterlagen mit Ihrem privaten Mobiltelefon fotografiert und per Messenger an eine Kollegin der CAF du Bas-Rhin geschickt.</p>
<p>Sie haben damit gegen Ihre Pflichten aus § 3 TVöD sowie gegen die datenschutzrechtlichen Vorgaben verstoßen. Wir mahnen Sie hiermit förmlich ab und fordern Sie auf, diese Pflichten künftig strikt einzuhalten. Im Wiederholungsfall müssen Sie mit arbeitsrechtlichen Konsequenzen bis hin zur Kündigung rechnen.</p>
<p>Eine Kopie dieses Schreibens wird zu Ihrer Personalakte genommen. Sie haben das Recht, eine Gegendarstellung abzugeben, die ebenfalls zur Personalakte genommen wird.</p>
<p>Mit freundlichen Grüßen<br>i. A. Birgit Hauser, Amtsleiterin</p>
<p>Empfang bestätigt: ____________________ Datum: __________</p>
""",
)

HTML["s072_ferry_tariff_proposal.html"] = (
    "Commercial in confidence – tariff proposal",
    """
<p style="text-align:right"><strong>COMMERCIAL IN CONFIDENCE</strong></p>
<p>To: Port de Cherbourg – Ports de Normandie, Commercial Directorate<br>
From: Celtic Channel Lines Ltd, Rosslare Europort<br>
Date: 5 March 2026</p>
<p>Subject: Proposal for a third weekly rotation Cherbourg–Rosslare from April 2027</p>
<p>Dear Mr Lebarbier,</p>
<p>Following our meeting in Caen, please find below the terms under which we would commit to a third weekly freight and passenger rotation. These figures are shared for the purpose of your Board's decision only and must not be disclosed to other operators calling at Cherbourg.</p>
<table border="1">
<tr><th>Item</th><th>Proposed</th><th>Current public tariff</th></tr>
<tr><td>Port dues per call (vessel 30,000 GT)</td><td>€ 6,150</td><td>€ 9,480</td></tr>
<tr><td>Passenger due</td><td>€ 2.10</td><td>€ 3.45</td></tr>
<tr><td>Unaccompanied trailer due</td><td>€ 14.00</td><td>€ 19.80</td></tr>
<tr><td>Minimum annual guarantee (trailers)</td><td>11,500</td><td>–</td></tr>
</table>
<p>Our internal break-even for the rotation is a load factor of 61% on the freight deck; our current average on the Rosslare–Dunkirk route is 74%. We would be prepared to transfer the rotation from Dunkirk if the reduction is granted for a five-year period.</p>
<p>Yours sincerely,<br>Siobhán Kearney, Commercial Director</p>
""",
)

# ---------------------------------------------------------------- public .docx

DOCX["p078_protokoll_eurodistriktrat.docx"] = [
    ("title", "Eurodistrikt Strasbourg-Ortenau – Niederschrift der Sitzung des Eurodistriktrats"),
    ("p", "Sitzung vom 27. November 2026, 14:00–17:20 Uhr, Rathaus Kehl, großer Sitzungssaal – Simultanverdolmetschung Deutsch/Französisch"),
    ("p", "Vorsitz: Frank Scherer, Landrat des Ortenaukreises, Präsident des Eurodistrikts; Pia Imbs, Präsidentin der Eurométropole de Strasbourg, Vizepräsidentin. Anwesend: 48 von 60 Mitgliedern; das Quorum ist erreicht."),
    ("h", "TOP 1 – Genehmigung der Niederschrift vom 26. Juni 2026"),
    ("p", "Die Niederschrift wird ohne Änderungen einstimmig genehmigt."),
    ("h", "TOP 2 – Jahresbericht der INFOBEST Kehl/Strasbourg"),
    ("p", "Die Leiterin der INFOBEST, Frau Katrin Möhrle, stellt den Jahresbericht 2025 vor: 12 840 Anfragen (+6 %), davon 58 % aus Frankreich. Themen: Steuern (31 %), Krankenversicherung (24 %), Rente (18 %), Arbeitsrecht (11 %), Familienleistungen (9 %), Sonstiges (7 %). Herr Bürgermeister Wolfram Britz (Kehl) dankt dem Team und regt an, die Sprechzeiten in Lahr auszuweiten. Frau Imbs weist auf die wachsende Zahl von Anfragen zur Telearbeit hin."),
    ("h", "TOP 3 – Haushalt 2027"),
    ("p", "Der Generalsekretär, Herr Pierre-Yves Oberlé, erläutert den Haushaltsentwurf: Einnahmen 2,94 Mio. €, davon Mitgliedsbeiträge 1,42 Mio. € (je zur Hälfte von deutscher und französischer Seite), Interreg-Mittel 1,18 Mio. €, sonstige 0,34 Mio. €. Der Kleinprojektefonds wird auf 420 000 € erhöht. Die Stelle einer zweisprachigen Kommunikationsreferentin wird geschaffen."),
    ("p", "Herr Stadtrat Jean-Luc Herrmann (Strasbourg) fragt, warum die Ausgaben für Veranstaltungen um 15 % steigen. Antwort der Verwaltung: Im Jahr 2027 findet das 20-jährige Jubiläum des Eurodistrikts statt. Der Haushalt wird mit 45 Ja-Stimmen bei 3 Enthaltungen angenommen."),
    ("h", "TOP 4 – Grenzüberschreitender Nahverkehr"),
    ("p", "Die Verwaltung berichtet über die Fahrgastzahlen der Tramlinie D nach Kehl: durchschnittlich 14 300 Fahrgäste pro Werktag, ein Plus von 9 % gegenüber 2025. Die Busverbindung Lahr – Erstein – Strasbourg (Linie 21) wird 2027 neu ausgeschrieben; das Vergabeverfahren läuft, Angebote sind bis zum 15. Januar einzureichen. Bürgermeister Markus Ibert (Lahr) betont die Bedeutung der Linie für die Pendler."),
    ("h", "TOP 5 – Gesundheit"),
    ("p", "Frau Dr. Andrea Baumgärtner berichtet über die gemeinsame Masern-Impfkampagne vom Frühjahr: 6 120 Impfungen an 12 Standorten. Der Rat beschließt einstimmig, die Zusammenarbeit 2027 auf die Grippe- und HPV-Impfung auszuweiten."),
    ("h", "TOP 6 – Verschiedenes"),
    ("p", "Der Präsident erinnert an den Empfang zum Jubiläum am 15. Januar 2027 in Strasbourg. Die nächste Sitzung findet am 25. März 2027 in Strasbourg statt."),
    ("p", "Für die Richtigkeit: Thomas Wendling, Protokollführer"),
]

DOCX["p083_accordo_cooperazione_sanitaria.docx"] = [
    ("title", "Accordo quadro di cooperazione sanitaria transfrontaliera tra la Regione Liguria e l'Agence régionale de santé Provence-Alpes-Côte d'Azur"),
    ("p", "Firmato a Nizza il 6 marzo 2026"),
    ("h", "Articolo 1 – Oggetto"),
    ("p", "Il presente accordo ha per oggetto di facilitare l'accesso alle cure delle popolazioni che risiedono nella zona di frontiera tra la provincia di Imperia e il dipartimento delle Alpi Marittime, di organizzare l'intervento dei servizi di soccorso al di là della frontiera e di favorire la complementarità dell'offerta sanitaria."),
    ("h", "Articolo 2 – Zona interessata"),
    ("p", "L'accordo si applica ai comuni della zona costiera da Sanremo a Nizza e alle valli della Roja, della Bevera e del Nervia."),
    ("h", "Articolo 3 – Accesso alle cure"),
    ("p", "Gli assicurati dei due sistemi sanitari residenti nella zona interessata possono ricevere cure ospedaliere programmate e d'urgenza negli ospedali di Mentone, Sanremo, Bordighera e Tenda, con presa in carico diretta dei costi secondo le modalità definite da una convenzione attuativa tra l'ASL 1 Imperiese e la CPAM delle Alpi Marittime."),
    ("h", "Articolo 4 – Soccorso d'urgenza"),
    ("p", "Le centrali operative 112 Liguria e SAMU 06 possono chiedere l'intervento dei mezzi dell'altra parte quando questi sono i più vicini al luogo dell'evento. I mezzi di soccorso attraversano la frontiera senza formalità."),
    ("h", "Articolo 5 – Lingue"),
    ("p", "Le parti si impegnano a garantire ai pazienti un'informazione nella loro lingua e a promuovere la formazione linguistica del personale."),
    ("h", "Articolo 6 – Comitato di pilotaggio"),
    ("p", "Un comitato di pilotaggio, co-presieduto dal direttore generale della sanità della Regione Liguria e dal direttore generale dell'ARS PACA, si riunisce almeno una volta all'anno e pubblica un bilancio."),
    ("h", "Articolo 7 – Durata"),
    ("p", "L'accordo è concluso per cinque anni ed è rinnovabile tacitamente."),
]

DOCX["p087_estadisticas_transfronterizos_bidasoa.docx"] = [
    ("title", "Observatorio transfronterizo Bidasoa-Txingudi – Trabajadores transfronterizos 2025"),
    ("p", "Nota estadística n.º 14 – junio de 2026. Fuentes: INSEE, URSSAF, Seguridad Social española, Eustat."),
    ("h", "1. Flujos diarios"),
    ("table", [
        ["Sentido", "2021", "2023", "2025", "Variación 2021-2025"],
        ["Francia → España", "2 140", "2 380", "2 610", "+22 %"],
        ["España → Francia", "3 970", "4 410", "4 920", "+24 %"],
        ["Total", "6 110", "6 790", "7 530", "+23 %"],
    ]),
    ("h", "2. Perfil"),
    ("p", "El 57 % de las personas que viven en Irun y trabajan en Francia son de nacionalidad española; el 31 %, francesa; el 12 %, de otras nacionalidades. Los sectores principales son el comercio (29 %), la logística y el transporte (21 %), la sanidad y los servicios sociales (14 %) y la hostelería (12 %)."),
    ("p", "El precio de la vivienda es el primer motivo citado para vivir en un lado y trabajar en el otro: el metro cuadrado en Hendaya se sitúa en 5 200 € frente a 3 600 € en Irun."),
    ("h", "3. Movilidad"),
    ("p", "El 71 % de los desplazamientos se realiza en coche, el 12 % en el Topo (Euskotren) y el 9 % a pie o en bicicleta por el puente de Santiago. La futura línea de autobús común podría captar, según el estudio de demanda, entre 900 y 1 200 viajes diarios."),
    ("h", "4. Perspectivas"),
    ("p", "El Observatorio publicará en otoño una encuesta sobre el conocimiento de los derechos sociales de los trabajadores transfronterizos."),
]

DOCX["p093_campanha_dengue_guiana.docx"] = [
    ("title", "Agence régionale de santé de Guyane – Campanha contra a dengue 2026"),
    ("p", "Texto do folheto distribuído nas escolas, postos de saúde e mercados (versões em francês, português, sranan tongo, espanhol e crioulo haitiano)"),
    ("h", "A dengue voltou. Vamos agir juntos!"),
    ("p", "A dengue é transmitida pela picada do mosquito Aedes aegypti, que vive perto das casas e se reproduz na água parada. Desde janeiro, mais de 4 000 casos foram registrados na Guiana."),
    ("h", "Sintomas"),
    ("p", "Febre alta de repente, dor de cabeça, dor atrás dos olhos, dores musculares e nas articulações, manchas vermelhas na pele. Procure um médico ou o centro de saúde. Não tome aspirina nem ibuprofeno: use apenas paracetamol."),
    ("h", "Sinais de alerta – vá imediatamente às urgências"),
    ("p", "Vômitos repetidos, dor forte na barriga, sangramento do nariz ou das gengivas, sonolência ou agitação, sobretudo nas crianças e nas grávidas."),
    ("h", "Elimine os criadouros"),
    ("table", [
        ["Onde?", "O que fazer?"],
        ["Pneus velhos", "Guardar em lugar coberto ou furar"],
        ["Pratos de vasos de plantas", "Colocar areia"],
        ["Bidões e caixas de água", "Fechar com tampa ou tela"],
        ["Calhas", "Limpar uma vez por mês"],
    ]),
    ("p", "Proteja-se: repelente, roupas compridas, mosquiteiro para os bebês. Informações: 0594 25 49 89 ou junto dos agentes de luta antivectorial que passam nos bairros."),
]

DOCX["p097_port_traffic_statistics.docx"] = [
    ("title", "Port of Dunkirk – Annual traffic report 2025 (English summary for shipping lines and foreign partners)"),
    ("p", "Published by the Grand Port Maritime de Dunkerque, Strategy and Studies department, March 2026."),
    ("h", "Total traffic"),
    ("p", "Total throughput reached 48.2 million tonnes in 2025, up 3.1% on 2024. The increase was driven by containers and ro-ro, while dry bulk (iron ore and coal for the steel industry) remained stable."),
    ("table", [
        ["Segment", "2024 (Mt)", "2025 (Mt)", "Change"],
        ["Dry bulk", "24.6", "24.4", "-0.8%"],
        ["Liquid bulk (incl. LNG)", "8.9", "9.3", "+4.5%"],
        ["Containers", "6.1", "6.8", "+11.5%"],
        ["Ro-ro (cross-Channel)", "6.5", "6.8", "+4.6%"],
        ["Other general cargo", "0.6", "0.9", "+50%"],
        ["Total", "46.7", "48.2", "+3.1%"],
    ]),
    ("h", "Passengers"),
    ("p", "2.41 million passengers travelled on the Dunkirk–Dover ferry line (DFDS), 1% fewer than in 2024, and 412,000 accompanied cars."),
    ("h", "Outlook"),
    ("p", "The extension of the Western Port container terminal (CAP 2020) will raise capacity to 1.3 million TEU in 2027. The port is preparing, with Belgian and British partners, for the implementation of the EU Entry/Exit System at the ferry terminal."),
]

DOCX["p102_uitwisseling_scholen_programma.docx"] = [
    ("title", "Grensoverschrijdend scholenproject „Buren leren van buren“ – programma van de uitwisselingsweek"),
    ("p", "Basisschool De Klimop (Poperinge) en École Jean-Macé (Bailleul) – leerlingen van het 5de en 6de leerjaar / CM1-CM2 – 16 tot 20 maart 2026"),
    ("table", [
        ["Dag", "Voormiddag", "Namiddag"],
        ["Maandag", "Ontvangst in Bailleul, kennismakingsspelletjes in het Frans en Nederlands", "Bezoek aan het belfort van Bailleul"],
        ["Dinsdag", "Gemengde klassen: rekenen en muziek", "Sportnamiddag in de sporthal van Poperinge"],
        ["Woensdag", "Hopmuseum Poperinge – rondleiding in twee talen", "Vrij (leerlingen bij gastgezinnen)"],
        ["Donderdag", "Herdenking in Talbot House en het Lijssenthoek Military Cemetery", "Atelier 'Mijn dorp aan de andere kant van de grens'"],
        ["Vrijdag", "Voorstelling voor de ouders: toneel en liedjes in beide talen", "Afscheidsfeest met pannenkoeken"],
    ]),
    ("p", "Begeleiders: juf Els Vandenberghe en meester Tom Decroos (De Klimop), Mme Sophie Top en M. Julien Verhaeghe (Jean-Macé)."),
    ("p", "Het project wordt gefinancierd door het Interreg-microprojectenfonds van de Europese Groepering voor Territoriale Samenwerking West-Vlaanderen/Flandre-Dunkerque-Côte d'Opale."),
]

DOCX["p108_wizyta_delegacji_miasta_partnerskiego.docx"] = [
    ("title", "Ville de Creutzwald – Visite de la délégation de la ville jumelle de Rybnik (Pologne)"),
    ("p", "Programme officiel / Program oficjalny – 11-13 septembre 2026"),
    ("table", [
        ["Data / Date", "Godzina / Heure", "Program / Programme"],
        ["Piątek 11.09", "17:00", "Przyjazd delegacji, przyjęcie w ratuszu przez burmistrza Creutzwaldu / Accueil par le maire à l'hôtel de ville"],
        ["Piątek 11.09", "19:30", "Kolacja z przedstawicielami stowarzyszeń polonijnych / Dîner avec les associations polonaises"],
        ["Sobota 12.09", "10:00", "Zwiedzanie dawnej kopalni La Houve i wystawa o górnikach z Polski / Visite du carreau de la mine La Houve"],
        ["Sobota 12.09", "15:00", "Podpisanie aneksu do umowy partnerskiej (wymiana młodzieży, sport) / Signature d'un avenant à la charte de jumelage"],
        ["Niedziela 13.09", "10:30", "Msza polonijna i złożenie wieńca pod pomnikiem górników / Messe et dépôt de gerbe au monument des mineurs"],
    ]),
    ("p", "Skład delegacji / Composition de la délégation : Prezydent Miasta Rybnika, przewodniczący Rady Miasta, dyrektor Wydziału Promocji, dwóch radnych oraz zespół pieśni i tańca „Przygoda“ (24 osoby)."),
    ("p", "Interprète : Mme Anna Grabowski, association France-Pologne de Moselle."),
]

DOCX["p112_zvit_humanitarnyi_konvoi.docx"] = [
    ("title", "Ville de Besançon – Звіт про гуманітарну допомогу місту-побратиму Житомиру, 2025 рік"),
    ("p", "Rapport au conseil municipal – version ukrainienne remise à la délégation de Jytomyr lors de sa visite du 3 février 2026"),
    ("h", "1. Загальні дані"),
    ("p", "У 2025 році місто Безансон та його мешканці передали Житомиру допомогу на загальну суму 412 000 євро: 180 000 євро з бюджету міста, 146 000 євро пожертв мешканців і підприємств, 86 000 євро від Департаменту Ду."),
    ("h", "2. Конвої"),
    ("table", [
        ["Дата", "Вантаж", "Вартість"],
        ["Березень 2025", "2 машини швидкої допомоги, медичне обладнання для міської лікарні", "138 000 €"],
        ["Червень 2025", "Шкільне приладдя та 40 комп'ютерів для освітніх закладів міста", "64 000 €"],
        ["Листопад 2025", "Генератори та обігрівачі для освітніх закладів міста", "121 000 €"],
    ]),
    ("h", "3. Інші дії"),
    ("p", "Прийом 28 дітей з Житомира в літньому таборі в Юрі; стажування 6 лікарів у CHU Besançon; курси французької мови для українських родин, які проживають у Безансоні."),
    ("p", "Мер Безансона, Анн Віньо, та міський голова Житомира, Сергій Сухомлин, домовилися продовжити співпрацю у 2026 році з акцентом на відновлення шкіл."),
]

DOCX["p118_veli_toplantisi_daveti.docx"] = [
    ("title", "École élémentaire Louis-Pasteur – Schiltigheim"),
    ("p", "Réunion de rentrée des parents / Veli toplantısı – Jeudi 17 septembre 2026, 18 h"),
    ("h", "Sayın veliler,"),
    ("p", "Çocuklarınızın öğretmenleriyle tanışmak ve yeni eğitim yılı hakkında bilgi almak için sizi veli toplantısına davet ediyoruz. Toplantı her sınıfta ayrı ayrı yapılacaktır. Türkçe konuşan bir veli temsilcisi, Bayan Zeynep Arslan, gerekirse çeviri yapacaktır."),
    ("h", "Gündem / Ordre du jour"),
    ("table", [
        ["Türkçe", "Français"],
        ["Sınıfın programı ve ders saatleri", "Programme de la classe et horaires"],
        ["Okul kantini ve okul sonrası etkinlikler (kayıt)", "Cantine et périscolaire (inscriptions)"],
        ["Okul gezileri ve sigorta", "Sorties scolaires et assurance"],
        ["Veli temsilcileri seçimi (9 Ekim)", "Élection des représentants de parents (9 octobre)"],
        ["Ana dil dersleri (Türkçe – EILE programı)", "Cours de langue vivante étrangère : turc (dispositif EILE)"],
    ]),
    ("p", "Küçük çocuklar için toplantı sırasında okulun spor salonunda gözetim sağlanacaktır. Une garderie est prévue dans le gymnase pendant la réunion."),
    ("p", "La directrice, Mme Valérie Schmitt"),
]

DOCX["p125_thoa_thuan_hop_tac_hue_lyon.docx"] = [
    ("title", "Thỏa thuận hợp tác phi tập trung giữa Thành phố Lyon và Thành phố Huế, giai đoạn 2026–2029"),
    ("p", "Convention de coopération décentralisée entre la Ville de Lyon et la ville de Huế – résumé bilingue publié à l'issue de la signature du 28 avril 2026 à Huế"),
    ("h", "Điều 1 – Lĩnh vực hợp tác / Domaines"),
    ("p", "Bảo tồn di sản và quy hoạch đô thị bền vững; quản lý nước và chống ngập lụt; đào tạo nghề du lịch và ẩm thực; trao đổi văn hóa và thanh niên. / Patrimoine et urbanisme durable ; gestion de l'eau et lutte contre les inondations ; formation aux métiers du tourisme et de la gastronomie ; échanges culturels et de jeunes."),
    ("h", "Điều 2 – Hoạt động chính / Actions"),
    ("table", [
        ["Hoạt động", "Action", "Ngân sách / Budget"],
        ["Hỗ trợ kỹ thuật cho khu phố cổ Gia Hội", "Assistance technique pour le quartier ancien de Gia Hội", "120 000 €"],
        ["Hệ thống cảnh báo lũ trên sông Hương", "Système d'alerte des crues de la rivière des Parfums", "210 000 €"],
        ["Học bổng cho 12 sinh viên trường Paul Bocuse", "Bourses pour 12 élèves à l'Institut Paul Bocuse", "96 000 €"],
        ["Lễ hội Ánh sáng Huế – Lyon", "Festival des lumières Huế – Lyon", "45 000 €"],
    ]),
    ("h", "Điều 3 – Tài chính / Financement"),
    ("p", "Thành phố Lyon đóng góp 60 %, Bộ Ngoại giao Pháp 30 % (quỹ hỗ trợ hợp tác phi tập trung), Thành phố Huế 10 % và nhân lực. / Lyon 60 %, ministère de l'Europe et des Affaires étrangères 30 %, Huế 10 % et mise à disposition de personnel."),
    ("p", "Ký tại Huế bởi Thị trưởng Thành phố Lyon và Chủ tịch Ủy ban Nhân dân Thành phố Huế. / Signé par le maire de Lyon et le président du comité populaire de Huế."),
]

DOCX["p139_rapport_interpretariat_2025.docx"] = [
    ("title", "Hospices Civils de Lyon – Rapport d'activité 2025 de la cellule d'interprétariat médical"),
    ("p", "Présenté à la commission des usagers le 19 mars 2026"),
    ("h", "1. Volume"),
    ("p", "En 2025, 38 412 prestations d'interprétariat ont été réalisées (+ 12 %), dont 71 % par téléphone, 22 % sur place et 7 % en visio. Le délai moyen d'obtention d'un interprète par téléphone est de 1 min 40 s."),
    ("h", "2. Langues les plus demandées"),
    ("table", [
        ["Rang", "Langue", "Prestations", "Part"],
        ["1", "Arabe (toutes variantes) / العربية", "9 870", "25,7 %"],
        ["2", "Géorgien", "3 640", "9,5 %"],
        ["3", "Albanais", "3 310", "8,6 %"],
        ["4", "Russe", "2 980", "7,8 %"],
        ["5", "Dari / pachto", "2 470", "6,4 %"],
        ["6", "Ukrainien", "2 150", "5,6 %"],
        ["7", "Roumain", "1 690", "4,4 %"],
        ["8", "Turc", "1 520", "4,0 %"],
        ["9", "Langue des signes française", "1 380", "3,6 %"],
        ["10", "Tamoul", "1 050", "2,7 %"],
    ]),
    ("h", "3. Services utilisateurs"),
    ("p", "Maternités et gynécologie (24 %), urgences (19 %), pédiatrie (14 %), psychiatrie (11 %), maladies infectieuses (8 %)."),
    ("h", "4. Traductions écrites"),
    ("p", "Un livret d'accueil en arabe (دليل استقبال المرضى), en russe et en dari a été diffusé. Les consentements types pour la chirurgie ambulatoire sont désormais disponibles en 12 langues."),
    ("h", "5. Perspectives 2026"),
    ("p", "Recrutement de deux interprètes salariés (arabe et géorgien) ; formation de 300 soignants au travail avec interprète ; enquête de satisfaction auprès des patients allophones."),
]

DOCX["p143_conveni_hospital_cerdanya_governanca.docx"] = [
    ("title", "Hospital de Cerdanya – Agrupació Europea de Cooperació Territorial"),
    ("p", "Acord de l'Assemblea General del 24 d'octubre de 2026 sobre la composició dels òrgans de govern (extracte publicat)"),
    ("h", "1. Assemblea General"),
    ("p", "L'Assemblea està formada per sis representants del Departament de Salut de la Generalitat de Catalunya i sis representants de la part francesa (Ministeri de Salut, ARS Occitània i CPAM dels Pirineus Orientals). La presidència s'alterna cada dos anys; per al període 2027-2028 correspon a la part francesa, representada pel director general de l'ARS Occitània."),
    ("h", "2. Direcció"),
    ("table", [
        ["Càrrec", "Persona", "Inici del mandat"],
        ["Director gerent", "Sr. Jordi Gasull i Planas", "1 de gener de 2027"],
        ["Directora mèdica", "Dra. Sandrine Pujol", "renovada"],
        ["Director d'infermeria", "Sr. Xavier Bosch", "renovat"],
        ["Responsable de relacions amb França", "Sra. Marie Calvet", "1 de març de 2027"],
    ]),
    ("h", "3. Pressupost 2027"),
    ("p", "S'aprova un pressupost de 27,8 milions d'euros, finançat en un 60 % per la part catalana i en un 40 % per la part francesa, d'acord amb la proporció de pacients atesos."),
    ("h", "4. Llengües"),
    ("p", "Es reafirma que el català, el castellà i el francès són llengües de treball de l'hospital i que tot pacient té dret a rebre la informació clínica en la seva llengua."),
]

DOCX["p145_interreg_consortium_minutes.docx"] = [
    ("title", "Interreg North-West Europe – project LINGUA-CARE: minutes of the 3rd consortium meeting"),
    ("p", "Hosted by Université de Lille, 12-13 May 2026. Working language: English."),
    ("h", "Participants"),
    ("table", [
        ["Partner", "Representatives"],
        ["Université de Lille (lead partner)", "Prof. Isabelle Roussel (project coordinator), Mr Antoine Lefort (financial officer)"],
        ["KU Leuven Kulak (BE)", "Dr Pieter Claeys"],
        ["Hogeschool Zeeland (NL)", "Ms Marloes de Vries"],
        ["Centre hospitalier de Tourcoing (FR)", "Mrs Nadia Hamidi, head of the patient relations department"],
        ["Universität Trier (DE)", "Dr Johannes Weber"],
        ["Luxembourg Institute of Health (LU)", "Ms Claire Reuter"],
    ]),
    ("h", "1. Progress of work packages"),
    ("p", "WP2 (mapping of interpreting services in border hospitals): survey completed, 84 hospitals responded. The draft report will be circulated by 30 June. WP3 (training modules): the Dutch and German versions of the module 'Working with interpreters' were tested with 120 nursing students; the French version will follow in September."),
    ("h", "2. Budget"),
    ("p", "Overall spending stands at 38% of the budget at month 18, slightly below forecast. The Monitoring Committee will be asked to extend the project by six months at no extra cost."),
    ("h", "3. Communication"),
    ("p", "The project website will publish the multilingual glossary of 400 medical terms in November. A final conference is planned in Luxembourg in June 2027."),
    ("h", "Action points"),
    ("p", "Lead partner to submit the progress report by 15 July; KU Leuven to share the evaluation grid; next meeting online on 24 September."),
]

DOCX["p146_kooperationsvereinbarung_rettungsdienst.docx"] = [
    ("title", "Kooperationsvereinbarung über die grenzüberschreitende Zusammenarbeit im Rettungsdienst zwischen dem Saarland und dem Département de la Moselle"),
    ("p", "Accord de coopération relatif à l'aide médicale urgente transfrontalière – Saarbrücken, 15. Juli 2026 (deutsche Fassung)"),
    ("h", "§ 1 Ziel"),
    ("p", "Ziel der Vereinbarung ist es, dass bei einem medizinischen Notfall im Grenzgebiet das am schnellsten verfügbare Rettungsmittel alarmiert wird, unabhängig davon, auf welcher Seite der Grenze es stationiert ist."),
    ("h", "§ 2 Geltungsbereich"),
    ("p", "Die Vereinbarung gilt für den Regionalverband Saarbrücken, die Landkreise Saarlouis, Merzig-Wadern und Saarpfalz-Kreis sowie für die Arrondissements Forbach-Boulay-Moselle, Sarreguemines und Thionville."),
    ("h", "§ 3 Alarmierung"),
    ("p", "Die Integrierte Leitstelle des Saarlandes und das SAMU 57 informieren sich gegenseitig über eine direkte Telefonleitung. Die Alarmierung erfolgt in deutscher oder französischer Sprache; beide Leitstellen halten zweisprachiges Personal vor."),
    ("h", "§ 4 Kosten"),
    ("p", "Die Kosten eines Einsatzes trägt der Träger des Rettungsmittels; sie werden nach den Regeln der Verordnung (EG) Nr. 883/2004 über die Krankenkassen abgerechnet."),
    ("h", "§ 5 Evaluierung"),
    ("p", "Eine gemeinsame Arbeitsgruppe legt jährlich einen Bericht über die Zahl der Einsätze und die Eintreffzeiten vor."),
    ("p", "Unterzeichnet vom Minister für Inneres, Bauen und Sport des Saarlandes, dem Präfekten der Moselle und dem Direktor der Agence régionale de santé Grand Est."),
]

DOCX["p148_verbale_conferenza_alpi.docx"] = [
    ("title", "Conferenza delle Alpi franco-italiane – Verbale della riunione plenaria"),
    ("p", "Briançon, 9 ottobre 2026 – sala del consiglio della Communauté de communes du Briançonnais"),
    ("p", "Presenti: la presidente della Conferenza, sindaca di Briançon; il vicepresidente, sindaco di Oulx; i rappresentanti della Regione Piemonte, della Regione Valle d'Aosta, della Région Auvergne-Rhône-Alpes, della Région Sud, dei dipartimenti delle Hautes-Alpes e della Savoia, della Città metropolitana di Torino."),
    ("h", "1. Trasporti"),
    ("p", "Il rappresentante della Regione Piemonte illustra il nuovo orario della linea ferroviaria Torino–Oulx–Briançon, che dal dicembre 2026 avrà quattro coppie di treni giornalieri. Il dipartimento delle Hautes-Alpes chiede un coordinamento con le navette estive verso il Monginevro."),
    ("h", "2. Soccorso in montagna e accoglienza dei migranti di passaggio"),
    ("p", "La Conferenza prende atto della relazione del prefetto delle Hautes-Alpes sulle attività di soccorso al Colle del Monginevro: nel 2025 sono state soccorse 412 persone, di cui 31 in condizioni di ipotermia. I membri ringraziano le associazioni di volontari e il rifugio solidale di Oulx e chiedono un finanziamento Interreg per un punto di primo soccorso comune."),
    ("h", "3. Turismo"),
    ("p", "Viene approvato il progetto di itinerario escursionistico transfrontaliero \"Via dei Forti\" tra Briançon e Fenestrelle."),
    ("h", "4. Prossima riunione"),
    ("p", "La prossima plenaria si terrà a Susa nell'aprile 2027."),
]

# ---------------------------------------------------------------- public .html

HTML["p077_infobest_faq_grenzgaenger.html"] = (
    "INFOBEST – Häufige Fragen von Grenzgängerinnen und Grenzgängern",
    """
<h1>Häufige Fragen – Arbeiten in Deutschland, wohnen in Frankreich</h1>
<h2>Wo zahle ich meine Steuern?</h2>
<p>Grundsätzlich im Wohnsitzland Frankreich, wenn Sie im Grenzgebiet wohnen und arbeiten (Grenzgängerregelung des deutsch-französischen Doppelbesteuerungsabkommens). Sie benötigen dafür jedes Jahr das Formular 5011 bzw. Gre 1, das von Ihrem französischen Finanzamt bestätigt wird.</p>
<h2>Wie viele Tage darf ich im Homeoffice arbeiten?</h2>
<p>Seit dem Zusatzabkommen gilt: bis zu 34 Tage Telearbeit pro Jahr bleiben ohne Folgen für die Besteuerung. Für die Sozialversicherung gilt die europäische Rahmenvereinbarung: unter 50 % Telearbeit bleiben Sie in Deutschland versichert.</p>
<h2>Bei welcher Krankenkasse bin ich versichert?</h2>
<p>Sie sind in Deutschland gesetzlich oder privat versichert. Mit dem Formular S1 können Sie und Ihre Familie sich auch in Frankreich behandeln lassen; melden Sie es bei der CPAM Ihres Wohnortes an.</p>
<h2>Bekomme ich Kindergeld oder allocations familiales?</h2>
<p>Vorrangig zuständig ist das Land, in dem gearbeitet wird. Arbeiten beide Eltern in verschiedenen Ländern, zahlt das nachrangige Land gegebenenfalls einen Unterschiedsbetrag.</p>
<h2>Was passiert bei Arbeitslosigkeit?</h2>
<p>Als Grenzgänger erhalten Sie Arbeitslosengeld von France Travail, berechnet auf Grundlage Ihres deutschen Gehalts. Melden Sie sich sofort nach dem Ende des Arbeitsverhältnisses.</p>
<p>Persönliche Beratung: INFOBEST Kehl/Strasbourg, Montag bis Freitag 9–12 Uhr und 13–17 Uhr, kostenlos und zweisprachig.</p>
<p>Cette page existe en français : « Questions fréquentes des frontaliers – travailler en Allemagne, habiter en France ». Conseil personnalisé gratuit du lundi au vendredi.</p>
""",
)

HTML["p082_doppia_laurea_torino_grenoble.html"] = (
    "Doppia laurea magistrale Torino – Grenoble",
    """
<h1>Laurea magistrale in Ingegneria energetica – Double diplôme Politecnico di Torino / Grenoble INP</h1>
<p>Il programma di doppio titolo permette agli studenti del Politecnico di Torino di trascorrere il secondo anno di laurea magistrale a Grenoble INP – Ense3 e di ottenere, al termine, sia la laurea magistrale italiana sia il diplôme d'ingénieur francese.</p>
<h2>Requisiti</h2>
<ul>
<li>Iscrizione al primo anno della laurea magistrale in Ingegneria energetica e nucleare;</li>
<li>media ponderata di almeno 26/30;</li>
<li>conoscenza del francese di livello B2 (certificazione DELF o test del Centro linguistico);</li>
<li>colloquio di motivazione con i docenti delle due sedi.</li>
</ul>
<h2>Borse</h2>
<p>Gli studenti selezionati ricevono la borsa Erasmus+ e possono concorrere alle borse dell'Università Italo-Francese (programma Vinci). Le tasse universitarie si pagano solo a Torino.</p>
<h2>Scadenze 2026</h2>
<p>Candidature: dal 1° al 28 febbraio 2026 tramite la piattaforma Apply@Polito. Colloqui: marzo. Risultati: 15 aprile.</p>
<p>Referenti: prof. Marco Bianchi (Torino), prof.ssa Hélène Roux (Grenoble). Contatto: doubledegree@polito.it</p>
<p>Les élèves de Grenoble INP – Ense3 peuvent candidater au parcours symétrique à Turin : renseignements auprès du service des relations internationales de l'école.</p>
""",
)

HTML["p086_guia_permiso_residencia.html"] = (
    "Guía práctica – Permiso de residencia en Francia",
    """
<h1>Prefectura de los Pirineos Orientales</h1>
<h2>¿Cómo solicitar un permiso de residencia por primera vez?</h2>
<p>Los ciudadanos españoles y de otros países de la Unión Europea no necesitan permiso de residencia para vivir en Francia. Esta guía se dirige a los nacionales de países de fuera de la UE (por ejemplo, de América Latina) que viven en Francia.</p>
<h3>1. Compruebe qué permiso le corresponde</h3>
<p>Trabajador asalariado, estudiante, familiar de un francés o de un extranjero residente, visitante, talento… Cada permiso tiene sus condiciones. Consulte el simulador en el sitio del Ministerio del Interior.</p>
<h3>2. Presente la solicitud en línea</h3>
<p>La mayoría de las solicitudes se presentan en el sitio ANEF (administration-etrangers-en-france.interieur.gouv.fr). Necesitará una dirección de correo electrónico y documentos escaneados.</p>
<h3>3. Cita en la prefectura</h3>
<p>Para algunos permisos (por ejemplo, «vida privada y familiar» por primera vez) se le convocará para tomar sus huellas digitales y su foto.</p>
<h3>4. Tasas</h3>
<p>La tasa general es de 225 € (más 25 € de derecho de timbre). Los estudiantes pagan 75 €.</p>
<h3>¿Necesita ayuda?</h3>
<p>Puntos de ayuda digital en la prefectura (lunes a jueves, 9:00–12:00) y en las «France Services» de Céret, Prades y Argelès. Las asociaciones CIMADE y ASTI ofrecen permanencias gratuitas.</p>
<p><em>Guide traduit en espagnol par la préfecture des Pyrénées-Orientales ; seule la version française fait foi.</em></p>
""",
)

HTML["p090_campanya_incendis_forestals.html"] = (
    "Prevenció d'incendis forestals – estiu 2026",
    """
<h1>A l'Albera, el foc no coneix fronteres</h1>
<p>Campanya conjunta dels Bombers de la Generalitat de Catalunya, del SDIS 66 i de l'Office national des forêts – estiu 2026</p>
<h2>Nivells de risc</h2>
<p>Cada dia a les 19 h es publica el nivell de risc per a l'endemà als massissos de l'Albera, les Alberes i el Cap de Creus. En nivell «molt alt» o «extrem», l'accés als massissos està prohibit entre les 11 h i les 21 h a tots dos costats de la frontera.</p>
<h2>Què està prohibit?</h2>
<ul>
<li>Fer foc i barbacoes al bosc i a menys de 200 m del bosc;</li>
<li>llençar burilles des del cotxe;</li>
<li>utilitzar maquinària que faci espurnes (radials, desbrossadores) en dies de risc alt;</li>
<li>aparcar en pistes forestals, que han de quedar lliures per als vehicles d'extinció.</li>
</ul>
<h2>Si veieu fum</h2>
<p>Truqueu al 112 (funciona a Catalunya i a França). Doneu el lloc més precís possible.</p>
<p>L'any 2025, l'incendi de l'Albera va cremar 1 200 hectàrees a tots dos costats. La col·laboració dels bombers catalans i francesos, amb un centre de comandament comú al Pertús, va permetre salvar els pobles de Sant Genís de Fontanes i Espolla.</p>
""",
)

HTML["p092_ponte_oiapoque_horarios.html"] = (
    "Ponte binacional do rio Oiapoque – horários",
    """
<h1>Ponte binacional Saint-Georges – Oiapoque</h1>
<h2>Novos horários de abertura a partir de 1º de julho de 2026</h2>
<table border="1">
<tr><th>Dia</th><th>Horário</th></tr>
<tr><td>Segunda a sexta</td><td>7h00 – 19h00 (hora da Guiana)</td></tr>
<tr><td>Sábado</td><td>7h00 – 17h00</td></tr>
<tr><td>Domingo e feriados</td><td>8h00 – 12h00</td></tr>
</table>
<p>Saint-Georges e Oiapoque têm o mesmo fuso horário (UTC−3). A travessia de carro leva cerca de 10 minutos; nos fins de semana de feriado brasileiro, preveja mais tempo na alfândega.</p>
<h2>Documentos</h2>
<p>Para entrar na Guiana, os cidadãos brasileiros precisam de passaporte e, salvo isenção, de visto. Os moradores de Oiapoque podem pedir a carteira transfronteiriça, que permite circular em Saint-Georges durante 72 horas sem visto.</p>
<p>Veículos: seguro válido na França (carta verde) obrigatório. Controle da alfândega francesa e da polícia de fronteiras na cabeceira francesa.</p>
<p>Informações: Sous-préfecture de Saint-Georges – (594) 594 37 00 00</p>
""",
)

HTML["p096_welcome_guide_international_students.html"] = (
    "Welcome guide for international students",
    """
<h1>Université Côte d'Azur – Welcome Guide 2026-2027</h1>
<h2>Before you arrive</h2>
<p>Check that your visa is a long-stay student visa (VLS-TS). Once in France, validate it online within three months. Book your accommodation early: CROUS residences are allocated from May, and private rentals in Nice are expensive (average studio: €620 per month).</p>
<h2>Health</h2>
<p>Registration with French social security is free and compulsory for non-EU students: sign up on etudiant-etranger.ameli.fr. EU students should bring their European Health Insurance Card. We recommend a complementary health insurance ("mutuelle"). The University Health Service (SSU) offers free consultations with doctors, nurses, psychologists and a gynaecologist, and free contraception.</p>
<h2>Money</h2>
<p>Open a French bank account to receive the housing allowance (APL) from the CAF. You can apply from the first month of your lease.</p>
<h2>Languages</h2>
<p>French courses are free for exchange students (3 hours per week). The "Buddy" programme pairs you with a local student. Language cafés take place every Wednesday evening at the Campus Valrose.</p>
<h2>Who to contact</h2>
<p>International Student Office, Campus Carlone, Monday to Friday, 9:00–12:30 and 13:30–16:30 – welcome@univ-cotedazur.fr. In an emergency, call 112.</p>
<p>Guide d'accueil des étudiants internationaux – version anglaise. La version française est disponible sur le site de l'université.</p>
""",
)

HTML["p101_haven_informatie_vrachtwagenchauffeurs.html"] = (
    "Informatie voor vrachtwagenchauffeurs – Port de Calais",
    """
<h1>Haven van Calais – praktische informatie voor chauffeurs</h1>
<h2>Inchecken</h2>
<p>Meld u aan bij de incheckbalies van uw rederij minstens 90 minuten voor vertrek. Houd uw paspoort, de vrachtdocumenten en, voor goederen naar het Verenigd Koninkrijk, het GMR-nummer (Goods Movement Reference) bij de hand.</p>
<h2>Douane</h2>
<p>De Franse douane en de Britse Border Force controleren op het haventerrein. Volg de borden „Freight / Fret". Als uw vrachtwagen geselecteerd wordt voor een controle, wordt u naar de zone „Oranje" verwezen.</p>
<h2>Parkeren en voorzieningen</h2>
<p>De beveiligde parking „Transmarck" (240 plaatsen) ligt op 4 km van de haven. Douches, restaurant en wasserette zijn 24 uur op 24 open. Prijs: 25 € per nacht.</p>
<h2>Veiligheid</h2>
<p>Controleer uw oplegger en zeilen voor het inchecken. Als u vermoedt dat iemand zich in uw voertuig heeft verstopt, bel dan 17 of meld het aan een agent van de haven. Chauffeurs die dit melden, worden niet gestraft.</p>
<p>Meer informatie in het Nederlands, Pools, Roemeens en Litouws: www.portboulognecalais.fr</p>
""",
)

HTML["p105_teletravail_frontaliers_luxembourg.html"] = (
    "Télétravail – Frontaliers France-Luxembourg",
    """
<h1>Teletravail fir Frontalieren: wat ännert sech 2026?</h1>
<p><em>Informatioun vum Guichet unique Frontaliers – Thionville / Esch-sur-Alzette</em></p>
<h2>Steieren</h2>
<p>Zënter dem 1. Januar 2024 dierfen d'Frontalieren, déi a Frankräich wunnen an zu Lëtzebuerg schaffen, bis zu 34 Deeg am Joer vun doheem aus schaffen, ouni datt dat hir Besteierung zu Lëtzebuerg ännert. Vum 35. Dag un gëtt den Deel vum Salaire, deen op déi Deeg entfält, a Frankräich besteiert.</p>
<h2>Sozialversécherung</h2>
<p>Wann Dir manner wéi 50 % vun ärer Aarbechtszäit am Teletravail sidd, bleift Dir zu Lëtzebuerg versécht (CCSS). Dir braucht eng Demande bei der CCSS, déi äre Patron mat ënnerschreift.</p>
<h2>En français</h2>
<p>Les frontaliers résidant en France peuvent télétravailler jusqu'à 34 jours par an sans changement d'imposition. Au-delà, la rémunération correspondante est imposable en France. Pour la sécurité sociale, en dessous de 50 % de télétravail, l'affiliation luxembourgeoise est maintenue.</p>
<p>Permanence gratuite: all Dënschdeg vun 9 bis 12 Auer, Maison du Luxembourg, Thionville.</p>
""",
)

HTML["p110_kursy_frantsuzkoi_movy.html"] = (
    "Курси французької мови – Реймс",
    """
<h1>Безкоштовні курси французької мови для українців</h1>
<p>Місто Реймс, Червоний Хрест і асоціація «Alliance Reims-Ukraine» пропонують курси французької мови для дорослих, які мають тимчасовий захист.</p>
<h2>Розклад (з 5 жовтня 2026 року)</h2>
<table border="1">
<tr><th>Рівень</th><th>Дні</th><th>Час</th><th>Місце</th></tr>
<tr><td>Початківці (A0–A1)</td><td>понеділок, середа</td><td>9:30–11:30</td><td>Соціальний центр Croix-Rouge, вул. Бюір</td></tr>
<tr><td>A2</td><td>вівторок, четвер</td><td>18:00–20:00</td><td>Médiathèque Jean-Falala</td></tr>
<tr><td>B1 (для роботи)</td><td>субота</td><td>10:00–13:00</td><td>Université de Reims, кампус Croix-Rouge</td></tr>
</table>
<p>Для батьків з маленькими дітьми під час занять у понеділок і середу працює дитяча кімната.</p>
<h2>Як записатися?</h2>
<p>Прийдіть на тестування рівня 28 або 29 вересня з 14:00 до 17:00 до Соціального центру. Візьміть із собою документ APS.</p>
<p>Курси OFII (Contrat d'intégration républicaine) доступні тим, хто отримав посвідку на проживання; ці курси можна поєднувати.</p>
""",
)

HTML["p114_inscriere_scolara_drepturi.html"] = (
    "Dreptul la școală – informații pentru familii",
    """
<h1>În Franța, toți copiii au dreptul să meargă la școală</h1>
<p><em>Informații pentru familiile care locuiesc în tabere, squaturi sau în cazare de urgență – Direcția serviciilor departamentale ale educației naționale din Seine-Saint-Denis</em></p>
<p>Școala este obligatorie pentru toți copiii între 3 și 16 ani care locuiesc în Franța, indiferent de naționalitate, de situația administrativă a părinților sau de tipul de locuință.</p>
<h2>Ce documente sunt necesare pentru înscriere la primărie?</h2>
<ul>
<li>un document de identitate al copilului sau un certificat de naștere (poate fi românesc);</li>
<li>un document care arată unde locuiți: domiciliere la CCAS sau la o asociație, atestat de găzduire sau o declarație pe proprie răspundere;</li>
<li>carnetul de vaccinări, dacă îl aveți (vaccinurile pot fi făcute și după înscriere).</li>
</ul>
<p>Primăria nu poate refuza înscrierea pentru că nu aveți o factură sau un contract de închiriere.</p>
<h2>Cantina și transportul</h2>
<p>Prețul cantinei depinde de venituri; pentru familiile fără venituri, poate fi gratuit. Cereți la primărie.</p>
<h2>Ajutor</h2>
<p>Dacă primăria refuză înscrierea, anunțați mediatorul școlar al asociației sau scrieți direct la DSDEN 93 (ce.93scolarisation@ac-creteil.fr). Puteți sesiza și Apărătorul Drepturilor (Défenseur des droits).</p>
""",
)

HTML["p120_pass_acces_soins.html"] = (
    "PASS – Permanence d'accès aux soins de santé",
    """
<div dir="rtl" lang="ar">
<h1>مستشفى لاكونسبسيون – مرسيليا</h1>
<h2>PASS: مصلحة الولوج إلى العلاج للأشخاص بدون تغطية صحية</h2>
<p>إذا كنت مريضًا وليس لديك تأمين صحي أو لا تستطيع دفع تكاليف العلاج، يمكنك الذهاب إلى مصلحة PASS في المستشفى.</p>
<h3>ماذا تقدم PASS؟</h3>
<ul>
<li>فحص طبي عام مجاني</li>
<li>أدوية مجانية من صيدلية المستشفى</li>
<li>تحاليل وصور أشعة إذا طلبها الطبيب</li>
<li>موعد مع مساعدة اجتماعية لفتح حقوقك في التأمين الصحي (PUMa أو المساعدة الطبية للدولة AME)</li>
</ul>
<h3>متى؟</h3>
<p>من الاثنين إلى الجمعة، من الساعة 8:30 إلى 16:00، بدون موعد. الطابق الأرضي، المدخل ب.</p>
<h3>اللغات</h3>
<p>يمكن الاستعانة بمترجم بالعربية وبلغات أخرى عبر الهاتف. لا تحتاج إلى أوراق إقامة للحصول على العلاج.</p>
</div>
<p lang="fr">Permanence d'accès aux soins de santé : consultations, médicaments et accompagnement social gratuits pour les personnes sans couverture maladie, du lundi au vendredi de 8 h 30 à 16 h, sans rendez-vous.</p>
""",
)

HTML["p123_usajili_shule_mayotte.html"] = (
    "Inscriptions scolaires – Mamoudzou",
    """
<h1>Commune de Mamoudzou – Inscriptions scolaires 2027</h1>
<h2>Usajili wa shule – mwaka wa 2027 / Inscriptions pour la rentrée 2027</h2>
<p><strong>Shimaoré :</strong> Wazazi piya, usajili wa wana wa shule ya maternelle na ya élémentaire unu andziza tarehe 1 ya Marsi hata tarehe 30 ya Aprili 2027, hunu mairie annexe ya mtsa wahenu. Mwana piya ana haki ya usoma, na heli ya wazazi ya karatasi.</p>
<p><strong>Français :</strong> Les inscriptions en maternelle et en élémentaire pour la rentrée 2027 ont lieu du 1er mars au 30 avril 2027 dans les mairies annexes. Tout enfant a droit à l'instruction, quelle que soit la situation administrative des parents.</p>
<h3>Documents / Makaratasi</h3>
<ul>
<li>Acte de naissance de l'enfant ou, à défaut, tout document / Karatasi ya udzaliwa ya mwana</li>
<li>Justificatif de domicile ou attestation d'hébergement / Karatasi ya nyumba</li>
<li>Carnet de vaccination / Karné ya vaksini</li>
</ul>
<p>En cas de difficulté pour réunir les pièces, présentez-vous quand même : un agent vous aidera. Des médiateurs parlant shimaoré et kibushi sont présents à la mairie de Kawéni le mercredi.</p>
<p>Renseignements : service scolaire, 0269 63 ** **</p>
""",
)

HTML["p127_tamil_pmi_vaccination.html"] = (
    "PMI – Vaccinations des enfants (tamoul)",
    """
<h1>தாய் சேய் நல மையம் (PMI) – குழந்தைகளுக்கான தடுப்பூசிகள்</h1>
<p>Département de la Seine-Saint-Denis – PMI de La Courneuve</p>
<p>பிரான்சில் 2018 ஜனவரி 1க்குப் பிறகு பிறந்த குழந்தைகளுக்கு 11 தடுப்பூசிகள் கட்டாயம். பள்ளி, நர்சரி (crèche) மற்றும் விடுமுறை முகாம்களில் சேர இவை தேவை.</p>
<h2>தடுப்பூசி அட்டவணை (சுருக்கம்)</h2>
<table border="1">
<tr><th>வயது</th><th>தடுப்பூசிகள்</th></tr>
<tr><td>2 மாதம்</td><td>டிப்தீரியா, டெட்டனஸ், போலியோ, கக்குவான், Hib, ஹெபடைடிஸ் B, நிமோகாக்கஸ்</td></tr>
<tr><td>4 மாதம்</td><td>அதே தடுப்பூசிகள் (இரண்டாவது டோஸ்)</td></tr>
<tr><td>5 மாதம்</td><td>மெனிஞ்சைடிஸ் C / ACWY</td></tr>
<tr><td>12 மாதம்</td><td>தட்டம்மை, பொன்னுக்கு வீங்கி, ரூபெல்லா (ROR)</td></tr>
</table>
<p>PMI மையத்தில் தடுப்பூசிகள் <strong>இலவசம்</strong>, சமூகப் பாதுகாப்பு அட்டை இல்லாவிட்டாலும் கூட. குழந்தையின் சுகாதாரக் குறிப்பேட்டை (carnet de santé) கொண்டு வாருங்கள்.</p>
<p>Vaccinations gratuites à la PMI, même sans couverture sociale. Consultations le mardi et le jeudi ; une interprète en tamoul est présente le jeudi matin.</p>
""",
)

HTML["p134_erasmus_plus_figures.html"] = (
    "Erasmus+ at Université de Strasbourg – key figures 2025",
    """
<h1>Erasmus+ at the University of Strasbourg: 2025 in figures</h1>
<ul>
<li><strong>1,412</strong> outgoing students (study periods and traineeships), +6% on 2024</li>
<li><strong>1,980</strong> incoming exchange students from 41 countries</li>
<li><strong>312</strong> staff mobilities (teaching and training)</li>
<li><strong>€4.8 million</strong> in Erasmus+ grants managed by the university</li>
</ul>
<h2>Top destinations of our students</h2>
<ol>
<li>Germany (382) – including 140 within the EUCOR – The European Campus network (Basel, Freiburg, Karlsruhe, Mulhouse-Colmar)</li>
<li>Spain (221)</li>
<li>Italy (164)</li>
<li>United Kingdom (Turing-equivalent exchanges, 98)</li>
<li>Poland (61)</li>
</ol>
<h2>Inclusion</h2>
<p>21% of outgoing students received the Erasmus+ top-up for students with fewer opportunities, and 38 students with disabilities received additional support for their mobility. Green travel top-ups were granted to 44% of outgoing students who travelled by train.</p>
<p>Contact: Direction des relations internationales – erasmus@unistra.fr</p>
<p>Ces chiffres sont présentés en français dans le rapport d'activité 2025 de l'université, adopté par le conseil d'administration en mars 2026.</p>
""",
)

HTML["p140_russkii_sobor_nitstsa.html"] = (
    "Русский собор в Ницце – Дни наследия",
    """
<h1>Свято-Николаевский собор в Ницце</h1>
<h2>Европейские дни наследия, 19–20 сентября 2026 года</h2>
<p>В рамках Дней наследия город Ницца и приход собора приглашают посетить крупнейший православный храм Западной Европы, построенный в 1912 году.</p>
<ul>
<li>Бесплатные экскурсии на русском языке: суббота в 11:00 и 15:00, воскресенье в 15:00 (группы до 25 человек, запись на сайте управления туризма).</li>
<li>Экскурсии на французском и английском языках – каждый час с 10:00 до 17:00.</li>
<li>Выставка «Русская Ривьера: 150 лет истории» в церковном доме.</li>
<li>Концерт хора собора – воскресенье в 18:00.</li>
</ul>
<p>Во время богослужения в воскресенье утром (10:00–12:30) посещение храма не проводится. Просим соблюдать тишину, женщинам рекомендуется покрывать голову, мужчинам – снимать головной убор. Фотосъёмка внутри запрещена.</p>
<p>Адрес: авеню Николая II, Ницца. Трамвай: линия 1, остановка «Alsace-Lorraine».</p>
""",
)

if __name__ == "__main__":
    write_set(OUT, DOCX, HTML, FIXED)
