import type { ProtectiveOrderProhibition, ServiceChannel } from "@aldyn/law";
import type { DocLang } from "./document-types.ts";

/** Texts of the protective order form (001 Art. 60), per language. */
interface PoMessages {
  readonly title: string;
  readonly issuedBy: string;
  readonly whom: string;
  readonly violenceHeading: string;
  readonly placeOfViolence: string;
  readonly timeOfViolence: string;
  readonly circumstances: string;
  readonly victimsHeading: string;
  readonly victim: string;
  readonly victimAddress: string;
  readonly restrictionsHeading: string;
  readonly prohibitedIntro: string;
  readonly prohibitions: Record<ProtectiveOrderProhibition, string>;
  readonly familyMembers: string;
  readonly validityHeading: string;
  readonly validityRule: string;
  readonly validUntil: string;
  readonly consequencesHeading: string;
  readonly consequences: readonly string[];
  readonly appealHeading: string;
  readonly appeal: string;
  readonly noticeHeading: string;
  readonly channels: Record<ServiceChannel, string>;
  readonly officialSign: string;
  readonly personSign: string;
  readonly victimSign: string;
}

export const PO: Record<DocLang, PoMessages> = {
  kk: {
    title: "ҚОРҒАУ НҰСҚАМАСЫ",
    issuedBy: "Нұсқаманы берген",
    whom: "Нұсқама кімге қатысты берілді",
    violenceHeading: "Зорлық-зомбылық жасалған немесе оны жасау қатері төнген орын, уақыт және мән-жайлар",
    placeOfViolence: "Орны",
    timeOfViolence: "Уақыты",
    circumstances: "Мән-жайлары",
    victimsHeading: "Қорғалатын адам (жәбірленуші) (60-баптың 1 және 4-тармақтары)",
    victim: "Жәбірленуші",
    victimAddress: "Жәбірленушінің мекенжайы",
    restrictionsHeading: "Жәбірленушімен қарым-қатынаста белгіленген шектеулер (60-баптың 3-тармағы)",
    prohibitedIntro: "Нұсқама берілген адамға мыналарға тыйым салынады:",
    prohibitions: {
      violence: "зорлық-зомбылық жасауға",
      searching_for_victim: "жәбірленушіні іздестіруге",
      pursuing_victim: "жәбірленушінің соңына түсуге",
      visiting_victim: "жәбірленушіге оның еркінен тыс баруға",
      oral_or_phone_conversations: "жәбірленушімен ауызша және телефон арқылы келіссөздер жүргізуге",
      contact_by_other_means: "жәбірленушімен өзге де тәсілдермен байланысқа түсуге",
    },
    familyMembers:
      "Көрсетілген тыйымдар жәбірленушінің кәмелетке толмаған және (немесе) әрекетке қабілетсіз отбасы мүшелеріне де қолданылады.",
    validityHeading: "Қолданылу мерзімі",
    validityRule:
      "Қорғау нұсқамасы ол берілген адамға табыс етілген сәттен бастап отыз күн бойы қолданылады. Тексерулер кемінде жеті күнтізбелік күнде бір рет жүргізіледі (60-баптың 5-тармағы).",
    validUntil: "Нұсқама мына күнді қоса алғанда қолданылады",
    consequencesHeading: "Құқыққа қайшы әрекеттерді жалғастырудың және нұсқаманы бұзудың құқықтық салдары",
    consequences: [
      "Қорғау нұсқамасын бұзу Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексінде белгіленген жауаптылыққа әкеп соғады (60-баптың 6-тармағы).",
      "Құқыққа қайшы әрекеттерді жалғастырған жағдайда адам заңда белгіленген тәртіппен әкімшілік немесе қылмыстық жауаптылыққа тартылуы мүмкін.",
      "Қорғау нұсқамасы берілген адам ішкі істер органдарында профилактикалық есепке қойылады және оған профилактикалық бақылау жүзеге асырылады (60-баптың 7-тармағы).",
    ],
    appealHeading: "Шағымдану құқығы",
    appeal:
      "Қорғау нұсқамасына Қазақстан Республикасының заңдарында белгіленген тәртіппен шағым жасалуы мүмкін.",
    noticeHeading: "Берілген қорғау нұсқамасы туралы хабарлама жіберу тәсілдері (60-баптың 4-тармағы)",
    channels: {
      in_person: "қол қойғызып тапсыру",
      registered_mail: "табыс етілгені туралы хабарламасы бар тапсырысты хат",
      phone_message: "телефонограмма",
      telegram: "жеделхат",
      text_message: "ұялы байланыстың абоненттік нөміріне мәтіндік хабарлама",
      email: "электрондық пошта мекенжайына хабарлама",
      other_recorded_means: "хабарламаның тіркелуін қамтамасыз ететін өзге де байланыс құралдары",
    },
    officialSign: "Нұсқаманы берген лауазымды адам",
    personSign: "Қорғау нұсқамасын орындау үшін алдым, құқықтық салдары түсіндірілді",
    victimSign:
      "Нұсқаманың көшірмесін алдым, құқықтарым мен нұсқама бұзылған жағдайдағы құқықтық салдары түсіндірілді (жәбірленуші)",
  },
  ru: {
    title: "ЗАЩИТНОЕ ПРЕДПИСАНИЕ",
    issuedBy: "Кем вынесено",
    whom: "В отношении кого вынесено",
    violenceHeading: "Место, время и обстоятельства совершения насилия или угрозы его совершения",
    placeOfViolence: "Место",
    timeOfViolence: "Время",
    circumstances: "Обстоятельства",
    victimsHeading: "Защищаемое лицо (потерпевший) (пункты 1 и 4 статьи 60)",
    victim: "Потерпевший(-ая)",
    victimAddress: "Адрес потерпевшего(-ей)",
    restrictionsHeading: "Установленные ограничения в отношениях с потерпевшим (пункт 3 статьи 60)",
    prohibitedIntro: "Лицу, в отношении которого вынесено предписание, запрещается:",
    prohibitions: {
      violence: "совершать насилие",
      searching_for_victim: "разыскивать потерпевшего(-ую)",
      pursuing_victim: "преследовать потерпевшего(-ую)",
      visiting_victim: "посещать потерпевшего(-ую) вопреки его (её) воле",
      oral_or_phone_conversations: "вести с потерпевшим(-ей) устные и телефонные переговоры",
      contact_by_other_means: "вступать в контакт с потерпевшим(-ей) иными способами",
    },
    familyMembers:
      "Указанные запреты распространяются также на несовершеннолетних и (или) недееспособных членов семьи потерпевшего(-ей).",
    validityHeading: "Срок действия",
    validityRule:
      "Защитное предписание действует тридцать дней с момента его вручения лицу, в отношении которого оно вынесено. Проверки проводятся не реже одного раза в семь календарных дней (пункт 5 статьи 60).",
    validUntil: "Предписание действует по",
    consequencesHeading: "Правовые последствия продолжения противоправных действий и нарушения предписания",
    consequences: [
      "Нарушение защитного предписания влечёт ответственность, установленную Кодексом Республики Казахстан об административных правонарушениях (пункт 6 статьи 60).",
      "В случае продолжения противоправных действий лицо может быть привлечено к административной или уголовной ответственности в порядке, установленном законом.",
      "Лицо, в отношении которого вынесено защитное предписание, ставится органами внутренних дел на профилактический учёт, и за ним осуществляется профилактический контроль (пункт 7 статьи 60).",
    ],
    appealHeading: "Право на обжалование",
    appeal:
      "Защитное предписание может быть обжаловано в порядке, установленном законами Республики Казахстан.",
    noticeHeading: "Способы направления уведомления о вынесенном защитном предписании (пункт 4 статьи 60)",
    channels: {
      in_person: "вручение под подпись",
      registered_mail: "заказное письмо с уведомлением о вручении",
      phone_message: "телефонограмма",
      telegram: "телеграмма",
      text_message: "текстовое сообщение на абонентский номер сотовой связи",
      email: "сообщение на адрес электронной почты",
      other_recorded_means: "иные средства связи, обеспечивающие фиксирование извещения",
    },
    officialSign: "Должностное лицо, вынесшее предписание",
    personSign: "Защитное предписание для исполнения получил(а), правовые последствия разъяснены",
    victimSign:
      "Копию предписания получил(а), права и правовые последствия нарушения предписания разъяснены (потерпевший)",
  },
};
