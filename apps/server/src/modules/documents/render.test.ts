import { describe, expect, it } from "vitest";
import { PROTECTIVE_ORDER_PROHIBITIONS } from "@aldyn/law";
import { DOC_LANGS, type DocLang } from "./document-types.ts";
import { renderOfficialWarning } from "./render-official-warning.ts";
import { renderProtectiveOrder } from "./render-protective-order.ts";
import { renderRegisterNotice } from "./render-register-notice.ts";
import { renderStatutoryNotice } from "./render-statutory-notice.ts";
import { PO } from "./protective-order.messages.ts";
import { RN } from "./register-notice.messages.ts";
import { cite, COMMON, printedAddress } from "./messages-common.ts";
import { pdfText } from "./pdf-text.test-helper.ts";
import { protectiveOrder, registerNotice, statutoryNotice, warning } from "./documents.fixture.ts";

const NAME = "Сейтқали Нұрлан Серікұлы";
const IIN = "900517300123";
/** A file code of shared/law (001 Art. 51, 003 p.16): never printed (R11). */
const FILE_CODE = /\b00[013] ?(Arts?|pp?)\b/;

/**
 * What every form carries (R11.5): the person, the article in words of the form's language (legal
 * ground and footer) and no file code, signature and refusal lines.
 */
function expectCommon(text: string, lang: DocLang, ground: string, footer: string): void {
  const c = COMMON[lang];
  expect(text).toContain(NAME);
  expect(text).toContain(`${c.iin}: ${IIN}`);
  expect(text).toContain("17.05.1990");
  expect(text).toContain("Әуезов к-сі, 7");
  expect(text).toContain(cite(lang, ground));
  expect(text).toContain(`Aldyn · ${cite(lang, footer)}`);
  expect(text).not.toMatch(FILE_CODE);
  expect(text).toContain(`(${c.signature})`);
  expect(text).toContain(c.refused);
  expect(text).toContain(c.witnesses);
  expect(text).toContain("10.03.2026");
}

describe.each(DOC_LANGS)("forms in %s", (lang) => {
  it("official warning: Art. 51, content, validity from service, consequences", async () => {
    const pdf = await renderOfficialWarning(lang, warning(lang));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    expectCommon(text, lang, "001 Art. 51", "001 Art. 51");
    expect(text).toContain("OW-2026-0001");
    expect(text).toContain("Тұрмыстық жанжал");
    expect(text).toContain(lang === "kk" ? "отыз күн" : "тридцать дней");
    expect(text).toContain(
      lang === "kk"
        ? "Әкімшілік құқық бұзушылық туралы кодексінде"
        : "Кодексом Республики Казахстан об административных правонарушениях",
    );
    expect(text).toContain("09.04.2026");
  });

  it("protective order: every content item of Art. 60(4), prohibitions, validity, notice channels", async () => {
    const d = protectiveOrder(lang);
    const m = PO[lang];
    const text = await pdfText(await renderProtectiveOrder(lang, d));
    expectCommon(text, lang, "001 Art. 60", "001 Art. 60");
    // time and place of issue; by whom; in respect of whom
    expect(text).toContain("14:35");
    expect(text).toContain(d.header.place);
    expect(text).toContain(`${m.issuedBy}: ${d.official.position} ${d.official.fullName}`);
    expect(text).toContain(m.whom);
    // place, time and circumstances of the violence or threat
    expect(text).toContain(`${m.placeOfViolence}: ${d.placeOfViolence}`);
    expect(text).toContain("09.03.2026 22:10");
    expect(text).toContain(d.circumstances);
    // established restrictions: each prohibition chosen, and the family members
    for (const p of PROTECTIVE_ORDER_PROHIBITIONS) expect(text).toContain(m.prohibitions[p]);
    expect(text).toContain(m.familyMembers);
    // legal consequences; right to appeal; validity; notice channels; the victim's copy
    for (const line of m.consequences) expect(text).toContain(line);
    expect(text).toContain(m.appeal);
    expect(text).toContain(m.validityRule);
    // how and when notice was sent, on the clock of Almaty (60(4) second part)
    expect(text).toContain(m.noticeHeading);
    expect(text).toContain(`${m.channels.in_person} — 10.03.2026 14:40`);
    expect(text).toContain(`${m.channels.text_message} — 10.03.2026 15:05`);
    expect(text).not.toContain(m.channels.telegram);
    expect(text).toContain(`${m.victim}: Сейтқали Әйгерім Болатқызы`);
    expect(text).toContain(`${m.victimAddress}: Астана қ., Сығанақ к-сі, 3`);
  });

  it("protective order: every victim named with a signature line each; none recorded prints a dash", async () => {
    const two = {
      ...protectiveOrder(lang),
      victims: [{ fullName: "Бірінші Әйгерім" }, { fullName: "Екінші Ерлан" }],
    };
    const text = await pdfText(await renderProtectiveOrder(lang, two));
    expect(text).toContain(`${PO[lang].victim} 1: Бірінші Әйгерім`);
    expect(text).toContain(`${PO[lang].victim} 2: Екінші Ерлан`);
    expect(text).toContain(`${PO[lang].victimSign} Екінші Ерлан`);
    const none = await pdfText(await renderProtectiveOrder(lang, { ...protectiveOrder(lang), victims: [] }));
    expect(none).toContain(`${PO[lang].victim}: —`);
  });

  it("protective order printed before any notice was sent has no empty notice section", async () => {
    const text = await pdfText(await renderProtectiveOrder(lang, { ...protectiveOrder(lang), notices: [] }));
    expect(text).not.toContain(PO[lang].noticeHeading);
    expect(text).toContain(PO[lang].appeal);
  });

  it("protective order lists only the prohibitions chosen", async () => {
    const d = { ...protectiveOrder(lang), prohibitions: ["violence"] as const, coversFamilyMembers: false };
    const text = await pdfText(await renderProtectiveOrder(lang, d));
    expect(text).toContain(PO[lang].prohibitions.violence);
    expect(text).not.toContain(PO[lang].prohibitions.visiting_victim);
    expect(text).not.toContain(PO[lang].familyMembers);
  });

  it("register placement notice: ground, rights and duties (Art. 59(4)), appeal (59(5))", async () => {
    const text = await pdfText(await renderRegisterNotice(lang, registerNotice(lang)));
    expectCommon(text, lang, "001 Art. 59(2), (4)", "001 Art. 59(4)");
    const m = RN[lang];
    expect(text).toContain(m.grounds["59.2.5_official_warning"]);
    for (const line of m.rights) expect(text).toContain(line);
    for (const line of m.duties) expect(text).toContain(line);
    expect(text).toContain(lang === "kk" ? "59-баптың 5-тармағы" : "пункт 5 статьи 59");
  });

  it("register notice shows a minor's legal representative and extra duties", async () => {
    const d = {
      ...registerNotice(lang),
      legalRepresentative: "Сейтқалиева Гүлнар",
      extraDuties: ["ҚОСЫМША МІНДЕТ"],
    };
    const text = await pdfText(await renderRegisterNotice(lang, d));
    expect(text).toContain("Сейтқалиева Гүлнар");
    expect(text).toContain("ҚОСЫМША МІНДЕТ");
  });

  it("statutory notice: Art. 57, answer within one month of receipt", async () => {
    const d = statutoryNotice(lang);
    const text = await pdfText(await renderStatutoryNotice(lang, d));
    expectCommon(text, lang, "001 Art. 57", "001 Art. 57");
    expect(text).toContain("«Құлагер» ЖШС");
    expect(text).toContain(d.causes);
    expect(text).toContain(lang === "kk" ? "бір ай ішінде" : "в течение одного месяца со дня получения");
    expect(text).toContain("АӘ-2026-118");
  });
});

it("a person without an IIN gets a dash, not an empty field", async () => {
  const d = warning("ru");
  const text = await pdfText(await renderOfficialWarning("ru", { ...d, person: { ...d.person, iin: null } }));
  expect(text).toContain("ИИН: —");
});

describe("the address as printed: region and district before the address, never twice (R11.5)", () => {
  it.each([
    [
      "ул. Абая, 1",
      { region: "Абай облысы", district: "Семей қаласы" },
      "Абай облысы, Семей қаласы, ул. Абая, 1",
    ],
    [
      "г. Семей, ул. Ломоносова, д. 7",
      { region: "область Абай", district: "город Семей" },
      "область Абай, г. Семей, ул. Ломоносова, д. 7",
    ],
    [
      "Астана қ., Сығанақ к-сі, 3",
      { region: "Астана қаласы", district: "Есіл ауданы" },
      "Есіл ауданы, Астана қ., Сығанақ к-сі, 3",
    ],
    ["—", { region: "Астана қаласы" }, "—"],
  ])("%s", (address, territory, printed) => {
    expect(printedAddress(address, territory)).toBe(printed);
  });
});
