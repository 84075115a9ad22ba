import { Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { hasText } from "../../i18n/index.ts";
import { AnchorLink } from "../../components/links.tsx";
import { groundLabel as registerGroundLabel, labelOf } from "../measures/labels.ts";
import { recordTypeLabel } from "./handoffLabels.ts";
import type { HandoffRecordRef } from "./handoffsApi.ts";
import { recordPageOpens } from "./recordPages.ts";

/**
 * What the record is under its name: a measure's kind is in the name, so the line under it says
 * "Preventive measure"; a report's line is its category (the server gives it as `kind`).
 */
function recordLine(t: TFunction, record: HandoffRecordRef): string | null {
  if (record.type === "citizen_report")
    return record.kind && hasText(`report.category.${record.kind}`)
      ? t(`report.category.${record.kind}`)
      : null;
  return record.kind === null ? null : recordTypeLabel(t, record.type);
}

/**
 * A record's name without personal data: a measure's kind and number, a register entry's ground, a
 * report's registration number; the kind of record where it has no number (a person).
 */
export function recordName(t: TFunction, record: HandoffRecordRef): string {
  const kind =
    record.kind === null
      ? null
      : record.type === "measure"
        ? labelOf(t, "measureKind", record.kind)
        : record.type === "register_entry"
          ? registerGroundLabel(t, record.kind)
          : null;
  const base = kind ?? recordTypeLabel(t, record.type);
  return record.label ? t("handoff.recordNumbered", { what: base, number: record.label }) : base;
}

/**
 * The record a hand-off concerns, by its non-personal label (a report's registration number, a
 * measure's kind and number), linked to its page; what the reader may see there is decided by can()
 * and the confidentiality barriers, not by the hand-off (ARCHITECTURE "Hand-offs between bodies").
 */
export function RecordLink({ record }: { record: HandoffRecordRef }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const label = recordName(t, record);
  const line = recordLine(t, record);
  const opens = recordPageOpens(record.type, user.roles);
  const link = (() => {
    switch (opens ? record.type : null) {
      case "measure":
        return (
          <AnchorLink
            to="/measures/$measureId"
            params={{ measureId: record.id }}
            size="sm"
            data-testid="handoff-record"
          >
            {label}
          </AnchorLink>
        );
      case "person":
        return (
          <AnchorLink
            to="/persons/$personId"
            params={{ personId: record.id }}
            size="sm"
            data-testid="handoff-record"
          >
            {label}
          </AnchorLink>
        );
      case "register_entry":
        return (
          <AnchorLink
            to="/register/$entryId"
            params={{ entryId: record.id }}
            size="sm"
            data-testid="handoff-record"
          >
            {label}
          </AnchorLink>
        );
      case "citizen_report":
        return (
          <AnchorLink
            to="/reports/$reportId"
            params={{ reportId: record.id }}
            size="sm"
            data-testid="handoff-record"
          >
            {label}
          </AnchorLink>
        );
      case "dv_incident":
        return (
          <AnchorLink
            to="/incidents/$incidentId"
            params={{ incidentId: record.id }}
            size="sm"
            data-testid="handoff-record"
          >
            {label}
          </AnchorLink>
        );
      case "assistance_plan":
        return (
          <AnchorLink
            to="/family-support/plans/$measureId"
            params={{ measureId: record.id }}
            size="sm"
            data-testid="handoff-record"
          >
            {label}
          </AnchorLink>
        );
      case "outreach_visit":
        return (
          <AnchorLink
            to="/outreach-visits/$visitId"
            params={{ visitId: record.id }}
            size="sm"
            data-testid="handoff-record"
          >
            {label}
          </AnchorLink>
        );
      default:
        return (
          <Text size="sm" span data-testid="handoff-record">
            {label}
          </Text>
        );
    }
  })();
  return (
    <>
      {link}
      {line && (
        <Text size="xs" c="dimmed" data-testid="handoff-record-line">
          {line}
        </Text>
      )}
    </>
  );
}
