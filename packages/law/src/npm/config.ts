/**
 * Terms the NPM texts leave to the Commissioner's procedure. 003 p.26 (report signs of torture to the
 * prosecutor and the Commissioner), 000 Art. 30(4) and 003 p.12 (register complaints "in the manner
 * determined by the Commissioner"; transfer them "in the manner provided by the legislation") set no
 * term. The default is no term (`null`): the duty is shown as pending until done, never as overdue.
 * A deployment that adopts a term in the Commissioner's procedure sets it here, in hours.
 */
export interface NpmConfig {
  /** Hours from the revelation of signs of torture to the report to the prosecutor and the Commissioner (003 p.26). */
  readonly tortureSignsReportHours: number | null;
  /** Hours from receipt to registration of a report or complaint of torture (000 Art. 30(4); 003 p.12). */
  readonly complaintRegistrationHours: number | null;
  /** Hours from receipt to transfer of a report or complaint to the Commissioner (000 Art. 30(4)). */
  readonly complaintTransferHours: number | null;
}

/** No terms beyond the texts (000 Art. 30(4); 003 pp.12, 26 set none). */
export const DEFAULT_NPM_CONFIG: NpmConfig = {
  tortureSignsReportHours: null,
  complaintRegistrationHours: null,
  complaintTransferHours: null,
};
