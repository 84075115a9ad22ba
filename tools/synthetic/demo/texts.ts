import type { MeasureTexts } from "../measures.ts";

// What an inspector writes into a decision, in Russian as the documents are written; chosen by the
// person's index so that the texts vary without drawing from the generator's random streams.
const ADULT_REASONS = [
  "Неоднократные жалобы соседей на шум и угрозы в ночное время",
  "Систематическое нарушение общественного порядка в состоянии алкогольного опьянения",
  "Семейные конфликты, повторные вызовы полиции по месту жительства",
  "Угрозы в адрес соседей, зафиксированные в заявлениях граждан",
  "Появление в общественных местах в состоянии опьянения, оскорбительное поведение",
];
const MINOR_REASONS = [
  "Пропуски занятий без уважительной причины, нахождение на улице в ночное время",
  "Участие в драке возле школы, информация классного руководителя",
  "Употребление алкоголя в общественном месте, сообщение родителей",
];
const CIRCUMSTANCES = [
  "Угрозы физической расправой в адрес супруги в ходе ссоры",
  "Нанесение побоев сожительнице в состоянии алкогольного опьянения",
  "Систематические оскорбления и угрозы в адрес матери",
  "Причинение телесных повреждений супруге, заявление потерпевшей",
];

export const DEMO_TEXTS: MeasureTexts = {
  justification: (i, minor, kind) =>
    kind === "protective_order"
      ? `Заявление потерпевшей: ${CIRCUMSTANCES[i % CIRCUMSTANCES.length]!.toLowerCase()}`
      : minor
        ? MINOR_REASONS[i % MINOR_REASONS.length]!
        : ADULT_REASONS[i % ADULT_REASONS.length]!,
  placeOfIssue: (p) => `Участковый пункт полиции, ${p.actual_address.split(",")[0]}`,
  placeOfViolence: "По месту совместного проживания",
  circumstances: (i) => CIRCUMSTANCES[i % CIRCUMSTANCES.length]!,
  checkPlace: "По месту жительства",
};
