import type { IssuerKind } from "@aldyn/law";
import type { DocLang } from "./document-types.ts";

/**
 * The position the issuing official signs a form in, per language: the capacity in which the user
 * took the decision (the measure's `issuerKind`, stored at issuance, so a later change of the user's
 * role does not rewrite an issued document). The police officials are those 001 Art. 60(1) names as
 * issuers of a protective order; the rest are the authorized persons of 001 Art. 48(2).
 */
export const ISSUER_POSITION: Record<DocLang, Record<IssuerKind, string>> = {
  kk: {
    police_head: "Полицияның аумақтық органының бастығы (бастығының орынбасары)",
    police_district_inspector: "Учаскелік полиция инспекторы",
    police_juvenile_inspector: "Кәмелетке толмағандардың істері жөніндегі учаскелік полиция инспекторы",
    police_domestic_violence_inspector: "Тұрмыстық зорлық-зомбылықты бақылау жөніндегі инспектор",
    police_officer: "Полиция қызметкері",
    court: "Судья",
    prosecutor: "Прокурор",
    commission_on_minors: "Кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі комиссия",
    school_prevention_council: "Білім беру ұйымының профилактика кеңесі",
    family_support_centre: "Отбасын қолдау орталығының маманы",
    akimat: "Әкімдіктің лауазымды адамы",
    economic_investigation_service: "Экономикалық тергеп-тексеру қызметінің қызметкері",
    education_body: "Білім беру органының лауазымды адамы",
    health_organisation: "Денсаулық сақтау ұйымының лауазымды адамы",
  },
  ru: {
    police_head: "Начальник (заместитель начальника) территориального органа полиции",
    police_district_inspector: "Участковый инспектор полиции",
    police_juvenile_inspector: "Участковый инспектор полиции по делам несовершеннолетних",
    police_domestic_violence_inspector: "Инспектор по контролю в сфере бытового насилия",
    police_officer: "Сотрудник полиции",
    court: "Судья",
    prosecutor: "Прокурор",
    commission_on_minors: "Комиссия по делам несовершеннолетних и защите их прав",
    school_prevention_council: "Совет по профилактике организации образования",
    family_support_centre: "Специалист центра поддержки семьи",
    akimat: "Должностное лицо акимата",
    economic_investigation_service: "Сотрудник службы экономических расследований",
    education_body: "Должностное лицо органа образования",
    health_organisation: "Должностное лицо организации здравоохранения",
  },
};

/** The position for a stored issuer kind; a kind this table does not know prints the generic word. */
export function issuerPosition(lang: DocLang, issuerKind: string): string {
  const own = (ISSUER_POSITION[lang] as Record<string, string | undefined>)[issuerKind];
  return own ?? (lang === "kk" ? "Лауазымды адам" : "Должностное лицо");
}
