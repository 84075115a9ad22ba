import type { DocBase, DocLang } from "./document-types.ts";
import type { OfficialWarningDoc } from "./render-official-warning.ts";
import type { ProtectiveOrderDoc } from "./render-protective-order.ts";
import type { RegisterNoticeDoc } from "./render-register-notice.ts";
import type { StatutoryNoticeDoc } from "./render-statutory-notice.ts";

/** Sample data for the forms: Kazakh letters in names and addresses on purpose (font coverage). */
export function base(lang: DocLang, number: string): DocBase {
  return {
    header: {
      bodyName:
        lang === "kk" ? "Алматы ауданының полиция басқармасы" : "Управление полиции Алматинского района",
      number,
      date: "2026-03-10",
      time: "14:35",
      place: lang === "kk" ? "Астана қ., Сарыарқа даңғылы, 12" : "г. Астана, пр. Сарыарка, 12",
    },
    person: {
      fullName: "Сейтқали Нұрлан Серікұлы",
      iin: "900517300123",
      birthDate: "1990-05-17",
      address: "Астана қ., Әуезов к-сі, 7, 15 пәтер",
    },
    official: {
      position: lang === "kk" ? "учаскелік полиция инспекторы" : "участковый инспектор полиции",
      fullName: "Әбдіхалықов Ғалым Өмірұлы",
    },
  };
}

export function warning(lang: DocLang): OfficialWarningDoc {
  return {
    ...base(lang, "OW-2026-0001"),
    circumstances: "Тұрмыстық жанжал, 2026-03-09",
    validUntil: "2026-04-09",
  };
}

export function protectiveOrder(lang: DocLang): ProtectiveOrderDoc {
  return {
    ...base(lang, "PO-2026-0007"),
    victims: [{ fullName: "Сейтқали Әйгерім Болатқызы", address: "Астана қ., Сығанақ к-сі, 3" }],
    placeOfViolence: "Астана қ., Әуезов к-сі, 7, 15 пәтер",
    // 22:10 in Almaty (17:10 UTC): the form prints the hour on the clock of Almaty.
    timeOfViolence: "2026-03-09T17:10:00.000Z",
    circumstances: "Жұбайына қол жұмсау қаупі (threat of violence)",
    prohibitions: [
      "violence",
      "searching_for_victim",
      "pursuing_victim",
      "visiting_victim",
      "oral_or_phone_conversations",
      "contact_by_other_means",
    ],
    coversFamilyMembers: true,
    notices: [
      { channel: "in_person", at: "2026-03-10T09:40:00.000Z" },
      { channel: "text_message", at: "2026-03-10T10:05:00.000Z" },
    ],
  };
}

export function registerNotice(lang: DocLang): RegisterNoticeDoc {
  return { ...base(lang, "RE-2026-0042"), ground: "59.2.5_official_warning", placedOn: "2026-03-10" };
}

export function statutoryNotice(lang: DocLang): StatutoryNoticeDoc {
  return {
    ...base(lang, "SN-2026-0003"),
    addresseePosition: lang === "kk" ? "директор" : "директор",
    organization: { name: "«Құлагер» ЖШС", address: "Астана қ., Қабанбай батыр даңғылы, 5" },
    causes:
      lang === "kk"
        ? "Түнгі уақытта кәмелетке толмағандарға алкоголь сату."
        : "Продажа алкоголя несовершеннолетним в ночное время.",
    proposals: [lang === "kk" ? "Сатушыларға нұсқама беру." : "Провести инструктаж продавцов."],
    caseReference: "АӘ-2026-118",
  };
}
