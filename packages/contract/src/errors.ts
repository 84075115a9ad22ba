/**
 * The closed set of error codes of the API and their HTTP status, mapped once (ARCHITECTURE.md).
 * Refusals by the law carry the law package's own stable code (e.g. `protective_order.subject_under_16`)
 * and are always 422 with the article.
 */
export const ERROR_STATUS = {
  "request.malformed_json": 400,
  "request.unsupported_media_type": 415,
  "request.too_large": 413,
  "request.malformed_form": 400,
  "validation.failed": 400,
  "auth.unauthenticated": 401,
  "auth.invalid_credentials": 401,
  "auth.session_expired": 401,
  "auth.csrf": 403,
  "auth.account_disabled": 403,
  "auth.password_change_required": 403,
  "auth.throttled": 429,
  // The password policy (R11, apps/server/src/auth/passwords.ts): one code per rule.
  "auth.password_too_short": 422,
  "auth.password_repeated": 422,
  "auth.password_contains_username": 422,
  "auth.password_common": 422,
  "auth.password_too_simple": 422,
  "auth.password_unchanged": 422,
  "auth.oidc_not_configured": 404,
  "access.role": 403,
  "access.territory": 403,
  "access.confidential": 403,
  "access.personal_fields": 403,
  // Grants to confidential parts (R11.1): NPM data never (000 Art. 35; 003 p.29), never to oneself or a
  // service account, one active grant per barrier.
  "confidential_grant.npm_not_grantable": 422,
  "confidential_grant.own_account": 422,
  "confidential_grant.service_account": 422,
  "confidential_grant.already_active": 409,
  "confidential_grant.already_revoked": 409,
  not_found: 404,
  "conflict.stale_version": 409,
  "conflict.duplicate": 409,
  // An IIN another person's record holds (R1.1); named only to who may read that record (R11.1).
  "person.iin_registered": 409,
  "conflict.idempotency_in_progress": 409,
  // Triage and routing of citizens' reports (R6): one official at a time; triage before routing
  // (001 Art. 39(3)); answered once from the triage desk (001 Art. 49(2)).
  "report.locked_by_other": 409,
  "report.not_triaged": 409,
  "report.already_routed": 409,
  "report.not_routed": 409,
  "report.already_answered": 409,
  "report.closed": 409,
  "report.receiver_not_in_routing": 422,
  "report.duplicate_invalid": 422,
  // A measure taken on a citizen's report has that ground (001 Art. 49(1)(1)).
  "measure.ground_report_mismatch": 422,
  // Reports from citizens (R6): the public page's per-address limit, the messenger bot's webhook.
  "citizen_report.too_many": 429,
  "messenger.not_configured": 404,
  "messenger.secret_invalid": 401,
  "messenger.update_malformed": 400,
  // Hand-offs between bodies (001 Art. 39(3)): only the receiving body acts on one; the receiver is a
  // body of a type the ground names; a decline may re-route only to another such body.
  "handoff.not_receiver": 403,
  "handoff.not_sender": 403,
  "handoff.unknown_body": 400,
  "handoff.receiver_not_competent": 422,
  "handoff.no_competent_body": 422,
  "handoff.reroute_same_body": 422,
  // Mobile groups (001 Arts. 10(2)(8), 11): organised by the family support centre; visits recorded by
  // their participants within the group's term; a family is referred to the centre unless the centre
  // itself found it (54(1)).
  "mobile_group.organiser_not_centre": 422,
  "mobile_group.not_member": 403,
  "mobile_group.member_outside_territory": 422,
  "mobile_group.member_already_ended": 409,
  "mobile_group.dissolved": 409,
  "outreach_visit.outside_group_term": 422,
  "outreach_visit.refer_by_centre": 422,
  // The six-monthly assessment (001 Art. 72(4)): prepared and approved by the region's local executive
  // body, one pack per region and half-year, frozen once approved at the commission's meeting.
  "dv_assessment.not_region_akimat": 403,
  "dv_assessment.already_exists": 409,
  "dv_assessment.approved": 409,
  "dv_assessment.period_not_started": 422,
  "dv_assessment.meeting_required": 422,
  "dv_assessment.meeting_outside_period": 422,
  "dv_assessment.conclusions_required": 422,
  // The family support centre (001 Arts. 10(2), 54, 55, 72(2)): its own work is written by a centre; one
  // open record of a victim per centre; a plan step ended or a plan closed takes no more facts; a shelter
  // with every place taken admits no one, and a person stays in one shelter at a time.
  "family_support.not_centre": 403,
  "family_support.person_not_in_family": 422,
  "victim_record.already_open": 409,
  "victim_record.closed": 409,
  "assistance_plan.step_ended": 409,
  "assistance_plan.closed": 409,
  "shelter.full": 409,
  "shelter_stay.already_staying": 409,
  "shelter_stay.departed": 409,
  // Minors on the register (001 Art. 82): a ruling on restrictions follows the one in force (imposed
  // once, then changed or lifted, in date order); activities of 82(2) for a registered minor only; an
  // ended activity takes no more checks.
  "minor_restriction.already_imposed": 409,
  "minor_restriction.none_in_force": 409,
  "minor_restriction.ruling_out_of_order": 422,
  "rehabilitation_activity.unknown": 422,
  "rehabilitation_activity.not_registered_minor": 422,
  "rehabilitation_activity.ended": 409,
  "rehabilitation_activity.check_outside_term": 422,
  // The school's prevention council (001 Arts. 78, 21(10)): an attendance file with a bad row is refused
  // whole with every bad row listed; a school's records are written by a school's user; one open
  // attention record per pupil; a closed record or a done step or a support that ended takes no change.
  "attendance.rows_invalid": 422,
  "attendance.file_unreadable": 422,
  "school_prevention.not_school": 403,
  "attention_record.already_open": 409,
  "attention_record.closed": 409,
  "support_plan.closed": 409,
  "support_plan.step_done": 409,
  // Meetings of a commission on minors' affairs (001 Art. 79): the secretary keeps the meeting, the chair
  // and the secretary sign its protocol (79(4)); a signed protocol is final; decisions are taken at a
  // held meeting (attendance recorded on its day) and every item has one before the protocol is signed.
  "meeting.not_secretary": 403,
  "meeting.not_chair": 403,
  "meeting.not_member": 403,
  "meeting.protocol_signed": 409,
  "meeting.already_signed": 409,
  "meeting.already_held": 409,
  "meeting.not_held": 409,
  "meeting.cancelled": 409,
  "meeting.before_day": 422,
  "meeting.case_not_ready": 422,
  "meeting.person_not_in_case": 422,
  "meeting.duties_need_case": 422,
  "meeting.items_undecided": 422,
  // Commissions on minors' affairs (001 Art. 79): a commission is a body of type minors_commission
  // registered once, under the commission above it over its territory (79(6)(4)); a member's account is
  // the commission's; a case is kept by a commission (79(4)), of a minor (79(6)(9)), one open per minor
  // and subject; a hand-off becomes one case's material; a closed case or one on an agenda is not
  // changed that way.
  "minors_commission.not_commission": 403,
  "minors_commission.not_commission_body": 422,
  "minors_commission.already_registered": 409,
  "minors_commission.parent_territory": 422,
  "commission_member.user_other_body": 422,
  "commission_member.ended": 409,
  "minors_case.minor_required": 422,
  "minors_case.not_a_minor": 422,
  "minors_case.handoff_used": 409,
  "minors_case.open_exists": 409,
  "minors_case.not_gathering": 409,
  "minors_case.scheduled": 409,
  "minors_case.closed": 409,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, code);
}
