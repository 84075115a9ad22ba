/** The printed forms (R11.5): pure renderers over plain data; see document-types.ts. */
export * from "./document-types.ts";
export { renderOfficialWarning, type OfficialWarningDoc } from "./render-official-warning.ts";
export { renderProtectiveOrder, type ProtectiveOrderDoc } from "./render-protective-order.ts";
export { renderRegisterNotice, type RegisterNoticeDoc } from "./render-register-notice.ts";
export { renderStatutoryNotice, type StatutoryNoticeDoc } from "./render-statutory-notice.ts";
export { sendPdf } from "./send-pdf.ts";
