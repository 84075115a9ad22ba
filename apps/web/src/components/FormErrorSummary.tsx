import { Alert, Anchor, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import { lawCitation, lawCitationTitle } from "../format.ts";
import { fieldDomId } from "./formErrors.ts";
import type { FormErrors } from "./useFormErrors.ts";

/** Moves the focus to an input (or the first control inside a group of checkboxes) and shows it. */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const target = el.matches("input, select, textarea, button")
    ? el
    : el.querySelector<HTMLElement>("input, select, textarea, button");
  el.scrollIntoView({ block: "center" });
  (target ?? el).focus();
}

/**
 * The list at the top of a form: every message of the form, each a link that moves the focus to its
 * input, and the server's answer about the form as a whole with the article of law and the request
 * id to quote to support.
 */
export function FormErrorSummary({ form, testId }: { form: FormErrors; testId?: string }) {
  const { t } = useTranslation();
  const { problems, general } = form.messages;
  if (problems.length === 0 && general === null) return null;
  const api = form.error instanceof ApiError ? form.error : undefined;
  // A record withheld as confidential (R11.1) is told in grey, as the parts withheld elsewhere.
  const confidential = api?.code === "access.confidential";
  const fieldCount = problems.filter((p) => p.field !== null).length;
  const listed = problems.filter((p) => p.field !== null || p.message !== general);
  return (
    <Alert
      ref={form.summaryRef}
      tabIndex={-1}
      color={confidential ? "gray" : "red"}
      role={confidential ? "status" : "alert"}
      title={
        confidential
          ? t("withheld.title")
          : fieldCount > 0
            ? t("forms.summaryTitle", { count: fieldCount })
            : t("errors.title")
      }
      data-testid={testId}
    >
      {general !== null && (
        <Text size="sm" data-testid="form-error-general">
          {general}
        </Text>
      )}
      {general !== null && api?.article && (
        <Text size="sm" mt={4} title={lawCitationTitle(t, api.article)} data-testid="error-article">
          {t("errors.article", { article: lawCitation(t, api.article) })}
        </Text>
      )}
      {listed.length > 0 && (
        <List size="sm" mt={4}>
          {listed.map((p) => (
            <List.Item key={`${p.field ?? ""}:${p.message}`}>
              {p.field === null ? (
                p.message
              ) : (
                <Anchor
                  href={`#${fieldDomId(form.formId, p.field)}`}
                  size="sm"
                  onClick={(e) => {
                    e.preventDefault();
                    focusField(fieldDomId(form.formId, p.field!));
                  }}
                  data-testid="form-error-link"
                  data-field={p.field}
                >
                  {p.message}
                </Anchor>
              )}
            </List.Item>
          ))}
        </List>
      )}
      {api?.requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("errors.requestId", { id: api.requestId })}
        </Text>
      )}
    </Alert>
  );
}
