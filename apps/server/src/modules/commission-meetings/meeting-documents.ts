import { legalDateOf } from "@aldyn/law";
import type { CommissionMeeting, MeetingItem } from "@aldyn/contract";
import type { DocBase, DocLang } from "../documents/document-types.ts";
import { cite, formatDate, formatTime } from "../documents/messages-common.ts";
import { renderForm, type FormWriter } from "../documents/pdf-writer.ts";
import { notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { MEETING_DOC } from "./meeting-documents.messages.ts";
import { readMeeting } from "./read-meeting.ts";

/** The heading of a commission's form: the commission, the protocol's number, day, time and place. */
function base(m: CommissionMeeting, lang: DocLang, withTime = true, date = m.meetingDay): DocBase {
  return {
    header: {
      bodyName: m.commission.name[lang],
      number: m.label,
      date,
      ...(withTime ? { time: formatTime(m.scheduledAt) } : {}),
      place: m.place,
    },
    person: { fullName: "", iin: null, birthDate: null, address: "" },
    official: { position: "", fullName: "" },
  };
}

const decisionLabel = (lang: DocLang, code: string) => MEETING_DOC[lang].decisions[code] ?? code;

function signature(w: FormWriter, lang: DocLang, label: string, sig: { at: string; by: string } | null) {
  const c = MEETING_DOC[lang];
  w.signatureLine(label, sig ? `${sig.by} (${c.signedOn} ${formatDate(legalDateOf(new Date(sig.at)))})` : "");
}

/** The decision of an item with its basis in words, the votes and the duties. */
function decisionBlock(w: FormWriter, lang: DocLang, item: MeetingItem, withVotes: boolean) {
  const c = MEETING_DOC[lang];
  if (!item.decision) {
    w.field(c.decided, c.noDecision);
    return;
  }
  w.field(c.decided, decisionLabel(lang, item.decision.code));
  w.field(c.basis, cite(lang, item.decision.article));
  if (item.decision.text) w.para(item.decision.text);
  if (withVotes) {
    const n = (v: string) => item.votes.filter((x) => x.vote === v).length;
    w.para(c.votes(n("for"), n("against"), n("abstain")));
    for (const d of item.dissents) w.field(`${c.dissent} (${d.fullName})`, d.text);
  }
  if (item.duties.length > 0) {
    w.heading(c.duties);
    w.list(
      item.duties.map((d) => `${d.responsibleBody.name[lang]}: ${d.what} — ${c.due} ${formatDate(d.dueOn)}`),
    );
  }
}

/**
 * The invitation of the minor or a legal representative to the consideration of the case (001 Art.
 * 79(6)(9)): the commission, day, time and place, the case and what is considered, and the right to
 * be heard. Read through readMeeting (access, audit).
 */
export async function invitationPdf(
  deps: MeasureDeps,
  ctx: ActCtx,
  meetingId: string,
  invitationId: string,
  lang: DocLang,
): Promise<Buffer> {
  const m = await readMeeting(deps, ctx, meetingId);
  const item = m.items.find((i) => i.invitations.some((x) => x.id === invitationId));
  const inv = item?.invitations.find((x) => x.id === invitationId);
  if (!item || !inv) throw notFound("The invitation");
  const c = MEETING_DOC[lang];
  const when = `${formatDate(m.meetingDay)} ${formatTime(m.scheduledAt)}`;
  return renderForm(
    lang,
    { title: c.invitationTitle, number: m.label, citation: "001 Art. 79(6)(9)" },
    (w) => {
      w.header(base(m, lang, false, inv.sentOn), c.invitationTitle, c.invitationSubtitle);
      w.field(c.to, `${inv.person.fullName ?? "—"} (${c.asRole[inv.role]})`);
      w.para(c.invitationText(when, m.place));
      if (item.case) w.field(c.caseNumber, item.case.number);
      w.field(c.considered, item.title);
      w.legalGround(cite(lang, "001 Art. 79(6)(9)"));
      w.para(c.rightHeard);
      w.signatureLine(c.secretary);
    },
  );
}

/**
 * The protocol of the meeting (001 Art. 79(4), (6)): who attended and who did not with the reason,
 * the quorum (the system's reading of 79(7), said so), each item with who was heard, the decision and
 * its basis in words, the votes, dissenting opinions and duties, and the chair's and the secretary's
 * signatures.
 */
export async function protocolPdf(deps: MeasureDeps, ctx: ActCtx, meetingId: string, lang: DocLang) {
  const m = await readMeeting(deps, ctx, meetingId);
  const c = MEETING_DOC[lang];
  const title = c.protocolTitle(m.label);
  const who = (x: CommissionMeeting["members"][number]) =>
    `${x.fullName}, ${x.position} (${c.role[x.role as keyof typeof c.role] ?? x.role})`;
  return renderForm(lang, { title, number: m.label, citation: "001 Art. 79(4)" }, (w) => {
    w.header(base(m, lang), title, c.protocolSubtitle);
    w.heading(c.attendance);
    w.list(m.members.filter((x) => x.present === true || x.role === "secretary").map(who));
    const absent = m.members.filter((x) => x.present === false);
    if (absent.length > 0) {
      w.heading(c.absent);
      w.list(absent.map((x) => `${who(x)}${x.absenceReason ? ` — ${x.absenceReason}` : ""}`));
    }
    w.para(c.quorum(m.quorum.present, m.quorum.votingMembers, m.quorum.needed, m.quorum.quorate));
    w.field(c.quorumNote, cite(lang, m.quorum.article));
    w.heading(c.agenda);
    w.list(m.items.map((i) => i.title));
    for (const item of m.items) {
      w.heading(`${c.item} ${item.seq}. ${item.title}`);
      if (item.heard.length > 0) w.field(c.heard, item.heard.map((h) => `${h.who}: ${h.summary}`).join("; "));
      decisionBlock(w, lang, item, true);
    }
    signature(w, lang, c.chairSign, m.signatures.chair);
    signature(w, lang, c.secretarySign, m.signatures.secretary);
  });
}

/** The extract of one item's decision for the bodies named in it and the family (001 Art. 79(6)). */
export async function extractPdf(
  deps: MeasureDeps,
  ctx: ActCtx,
  meetingId: string,
  itemId: string,
  lang: DocLang,
): Promise<Buffer> {
  const m = await readMeeting(deps, ctx, meetingId);
  const item = m.items.find((i) => i.id === itemId);
  if (!item) throw notFound("The agenda item");
  const c = MEETING_DOC[lang];
  return renderForm(lang, { title: c.extractTitle, number: m.label, citation: "001 Art. 79(6)" }, (w) => {
    w.header(base(m, lang, false), c.extractTitle, c.extractSubtitle(m.label, formatDate(m.meetingDay)));
    w.heading(`${c.item} ${item.seq}. ${item.title}`);
    if (item.case) {
      w.field(c.caseNumber, item.case.number);
      w.field(c.minor, item.case.minor.fullName ?? "—");
    }
    decisionBlock(w, lang, item, false);
    signature(w, lang, c.chairSign, m.signatures.chair);
    signature(w, lang, c.secretarySign, m.signatures.secretary);
  });
}
