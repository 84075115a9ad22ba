import type { DocLang } from "../documents/document-types.ts";

/**
 * The words of a commission's three printed forms (R4.1): the invitation of the minor or a legal
 * representative (001 Art. 79(6)(9)), the protocol of the meeting signed by the chair and the
 * secretary (79(4)) and the extract of a decision for the bodies and the family. Kazakh is the state
 * language and comes first; articles are printed in words (cite), never as codes.
 */
export const MEETING_DOC = {
  kk: {
    invitationTitle: "ШАҚЫРУ",
    invitationSubtitle:
      "(кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі комиссияның отырысына)",
    to: "Кімге",
    asRole: { minor: "кәмелетке толмаған", legal_representative: "заңды өкіл", other: "шақырылған адам" },
    invitationText: (when: string, place: string) =>
      `Сізді комиссияның ${when} өтетін отырысына шақырамыз. Өтетін орны: ${place}.`,
    caseNumber: "Іс нөмірі",
    considered: "Қаралатын мәселе",
    rightHeard:
      "Сіз отырысқа қатысуға, түсініктеме беруге, құжаттар ұсынуға және тыңдалуға құқылысыз. Келе алмасаңыз, комиссия хатшысына алдын ала хабарлаңыз.",
    secretary: "Комиссия хатшысы",
    protocolTitle: (label: string) => `ОТЫРЫС ХАТТАМАСЫ № ${label}`,
    protocolSubtitle: "(кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі комиссия)",
    attendance: "Отырысқа қатысқандар",
    absent: "Қатыспағандар",
    role: { chair: "төраға", deputy_chair: "төрағаның орынбасары", member: "мүше", secretary: "хатшы" },
    quorum: (present: number, voting: number, needed: number, quorate: boolean) =>
      `Дауыс беретін ${voting} мүшенің ${present} қатысты (кемінде ${needed} қажет): ${quorate ? "кворум бар" : "кворум жоқ"}.`,
    quorumNote: "Кворум мен дауыс беру тәртібі — жүйенің оқылымы",
    agenda: "Күн тәртібі",
    item: "Мәселе",
    heard: "Тыңдалды",
    decided: "Шешім",
    basis: "Негізі",
    votes: (f: number, a: number, ab: number) =>
      `Дауыс берді: жақтап — ${f}, қарсы — ${a}, қалыс қалды — ${ab}`,
    dissent: "Ерекше пікір",
    duties: "Тапсырмалар",
    due: "мерзімі",
    chairSign: "Комиссия төрағасы",
    secretarySign: "Комиссия хатшысы",
    signedOn: "қол қойылды",
    notSigned: "қол қойылмаған",
    extractTitle: "ШЕШІМНЕН ҮЗІНДІ",
    extractSubtitle: (label: string, date: string) =>
      `(комиссия отырысының № ${label} хаттамасынан, ${date})`,
    minor: "Кәмелетке толмаған",
    noDecision: "шешім қабылданбаған",
    decisions: {
      protect_rights:
        "Кәмелетке толмағанның құқықтарын қорғау және қалпына келтіру, мінез-құлқының себептері мен жағдайларын жою шаралары",
      refer_family_support:
        "Отбасын отбасын қолдау орталығына жіберу (қиын өмірлік жағдайдағы кәмелетке толмаған)",
      recommend_pedagogical_support: "Білім беру ұйымына педагогикалық қолдау көрсетуді ұсыну",
      psychological_assistance: "Кәмелетке толмағанға психологиялық көмек көрсету",
      employment_living_arrangements:
        "Арнаулы ұйымнан босатылған немесе қайтарылған кәмелетке толмағанды жұмысқа орналастыру және тұрмысын ұйымдастыру",
      warning_to_parents:
        "Баланы тәрбиелеу, оқыту немесе күтіп-бағу міндеттерін орындамайтын ата-аналарға (заңды өкілдерге) ескерту жасау",
      administrative_penalty_parents:
        "Ата-аналарға (заңды өкілдерге) Әкімшілік құқық бұзушылық туралы кодекс бойынша әкімшілік жаза қолдану",
      inform_guardianship: "Кәмелетке толмағанды қорғау үшін қорғаншылық және қамқоршылық органына хабарлау",
      petition_special_education:
        "Қорғаншылық органына немесе ішкі істер органына кәмелетке толмағанды арнаулы білім беру ұйымына жіберу туралы сотқа жүгінуді ұсыну",
      rehabilitation_activities:
        "Кәмелетке толмағанға оңалту іс-шаралары (тәлімгер, бағдарламалар, отбасылық кеңес беру)",
      no_measures: "Материалдар қаралды: шаралар қажет емес",
      postponed: "Қарау келесі отырысқа қалдырылды",
      request_materials: "Қарау алдында қосымша материалдар сұратылды",
    } as Record<string, string>,
  },
  ru: {
    invitationTitle: "ПРИГЛАШЕНИЕ",
    invitationSubtitle: "(на заседание комиссии по делам несовершеннолетних и защите их прав)",
    to: "Кому",
    asRole: {
      minor: "несовершеннолетний",
      legal_representative: "законный представитель",
      other: "приглашённое лицо",
    },
    invitationText: (when: string, place: string) =>
      `Приглашаем Вас на заседание комиссии, которое состоится ${when}. Место проведения: ${place}.`,
    caseNumber: "Номер дела",
    considered: "Рассматриваемый вопрос",
    rightHeard:
      "Вы вправе участвовать в заседании, давать объяснения, представлять документы и быть выслушанным. Если Вы не можете явиться, заранее сообщите секретарю комиссии.",
    secretary: "Секретарь комиссии",
    protocolTitle: (label: string) => `ПРОТОКОЛ ЗАСЕДАНИЯ № ${label}`,
    protocolSubtitle: "(комиссия по делам несовершеннолетних и защите их прав)",
    attendance: "Присутствовали",
    absent: "Отсутствовали",
    role: {
      chair: "председатель",
      deputy_chair: "заместитель председателя",
      member: "член",
      secretary: "секретарь",
    },
    quorum: (present: number, voting: number, needed: number, quorate: boolean) =>
      `Присутствуют ${present} из ${voting} членов с правом голоса (необходимо не менее ${needed}): ${quorate ? "кворум имеется" : "кворума нет"}.`,
    quorumNote: "Порядок кворума и голосования — прочтение системы",
    agenda: "Повестка дня",
    item: "Вопрос",
    heard: "Заслушаны",
    decided: "Решение",
    basis: "Основание",
    votes: (f: number, a: number, ab: number) => `Голосовали: за — ${f}, против — ${a}, воздержались — ${ab}`,
    dissent: "Особое мнение",
    duties: "Поручения",
    due: "срок",
    chairSign: "Председатель комиссии",
    secretarySign: "Секретарь комиссии",
    signedOn: "подписано",
    notSigned: "не подписано",
    extractTitle: "ВЫПИСКА ИЗ РЕШЕНИЯ",
    extractSubtitle: (label: string, date: string) =>
      `(из протокола заседания комиссии № ${label} от ${date})`,
    minor: "Несовершеннолетний",
    noDecision: "решение не принято",
    decisions: {
      protect_rights:
        "Меры по защите и восстановлению прав несовершеннолетнего, устранению причин и условий его поведения",
      refer_family_support:
        "Направить семью в центр поддержки семьи (несовершеннолетний в трудной жизненной ситуации)",
      recommend_pedagogical_support: "Рекомендовать организации образования оказать педагогическую поддержку",
      psychological_assistance: "Оказать несовершеннолетнему психологическую помощь",
      employment_living_arrangements:
        "Трудовое и бытовое устройство несовершеннолетнего, освобождённого или вернувшегося из специальной организации",
      warning_to_parents:
        "Предупредить родителей (законных представителей), не исполняющих обязанности по воспитанию, обучению или содержанию",
      administrative_penalty_parents:
        "Административное взыскание на родителей (законных представителей) по Кодексу об административных правонарушениях",
      inform_guardianship: "Сообщить органу опеки и попечительства для защиты несовершеннолетнего",
      petition_special_education:
        "Предложить органу опеки и попечительства или органу внутренних дел обратиться в суд о направлении несовершеннолетнего в специальную организацию образования",
      rehabilitation_activities:
        "Реабилитационные мероприятия для несовершеннолетнего (наставник, программы, семейное консультирование)",
      no_measures: "Материалы рассмотрены: меры не требуются",
      postponed: "Рассмотрение отложено до следующего заседания",
      request_materials: "Запрошены дополнительные материалы до рассмотрения",
    } as Record<string, string>,
  },
} satisfies Record<DocLang, unknown>;
