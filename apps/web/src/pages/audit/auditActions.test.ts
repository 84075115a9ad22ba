import i18next from "i18next";
import { describe, expect, it } from "vitest";
import en from "../../i18n/en.json";
import kk from "../../i18n/kk.json";
import ru from "../../i18n/ru.json";
import { auditActionLabel, auditDomainLabel } from "./auditActions.ts";

async function tFor(lng: "kk" | "ru" | "en") {
  const i = i18next.createInstance();
  await i.init({
    lng,
    interpolation: { escapeValue: false },
    resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
  });
  return i.t;
}

// Every action the server writes by name (grep of recordAudit/auditValues), and one of each pattern.
const NAMED = [
  "auth.login",
  "person.read",
  "person.link.end",
  "measure.create",
  "register_entry.likelihood_read",
  "worklist.checks.export",
  "user.grant_revoke",
  "npm_visit.add_member",
  "npm_annual_report.publication",
];

describe("the audit log's actions in the user's words (R11.2)", () => {
  it.each(["kk", "ru", "en"] as const)("%s: every named action has its own text, no code", async (lng) => {
    const t = await tFor(lng);
    for (const action of NAMED) {
      const label = auditActionLabel(t, action);
      expect(label, action).not.toMatch(/[a-z]+[._][a-z]/);
    }
  });

  it("names a fact of a measure, a register entry and a visit by the facts' own catalogs", async () => {
    const t = await tFor("ru");
    expect(auditActionLabel(t, "person.read")).toBe("Открыта карточка лица");
    expect(auditActionLabel(t, "measure.fact.prosecutor_notified")).toBe(
      "Записан факт: Копия направлена прокурору",
    );
    expect(auditActionLabel(t, "register_entry.fact.control_check")).toMatch(/^Записан факт: /);
    expect(auditActionLabel(t, "npm_visit.report_signed")).toMatch(/^Записан факт: /);
    expect(auditActionLabel(t, "person.read_refused")).toBe("Отказано в просмотре: Лицо");
  });

  it("an action the catalog does not know yet reads as its domain and the verb in words", async () => {
    const t = await tFor("en");
    expect(auditActionLabel(t, "measure.archived_by_court")).toBe("Measure: archived by court");
    expect(auditActionLabel(t, "new_domain.did_something")).toBe("new domain: did something");
    expect(auditDomainLabel(t, "register_entry")).toBe("Register entry");
  });
});
