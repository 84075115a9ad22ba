import { Alert, List } from "@mantine/core";
import type { WithheldPart } from "@aldyn/contract";
import { useTranslation } from "react-i18next";
import { withheldLine } from "./withheldText.ts";

/** The parts of a record withheld from this user as confidential, one line each (R11.1). */
export function WithheldNotice({ parts }: { parts: readonly WithheldPart[] | undefined }) {
  const { t } = useTranslation();
  if (!parts || parts.length === 0) return null;
  return (
    <Alert color="gray" variant="light" title={t("withheld.title")} data-testid="withheld">
      <List size="sm">
        {parts.map((p) => (
          <List.Item key={`${p.field}/${p.barrier}`} data-testid="withheld-part" data-barrier={p.barrier}>
            {withheldLine(t, p)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
