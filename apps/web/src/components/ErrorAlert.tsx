import { Alert, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";
import { bareField, detailText, errorText } from "../api/errors.ts";
import { lawCitation } from "../format.ts";

interface Props {
  error: unknown;
  testId?: string;
  /** Inputs the form shows with their own message; the summary does not repeat those. */
  fields?: readonly string[];
}

/**
 * The summary of a failed request: the message, the article of law when the law forbids, the
 * per-field problems, and the request id to quote to support. Forms also show each field's message
 * next to its input (see fieldError).
 */
export function ErrorAlert({ error, testId, fields = [] }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : undefined;
  const fieldDetails = (apiError?.details ?? []).filter((d) => !fields.includes(bareField(d.field)));
  // A refusal about an input the screen does not show (e.g. a merge's otherId) has no highlighted
  // field to point at: the server's own sentence says what is wrong.
  const unshownField =
    apiError?.code === "validation.failed" &&
    apiError.details.length === 0 &&
    apiError.field !== undefined &&
    !fields.includes(bareField(apiError.field)) &&
    apiError.message !== apiError.code;
  const summary = unshownField ? apiError.message : errorText(t, error);
  // A law refusal with a single ground carries the same sentence as its message and its one detail.
  const details = fieldDetails.filter((d) => detailText(t, d) !== summary);
  // A record withheld as confidential (R11.1) is not a failure: the user is told so, and why, in the
  // same grey as the parts of a record withheld from them, not as an error in red.
  const confidential = apiError?.code === "access.confidential";
  return (
    <Alert
      color={confidential ? "gray" : "red"}
      role={confidential ? "status" : "alert"}
      title={t(confidential ? "withheld.title" : "errors.title")}
      data-testid={testId}
    >
      <Text size="sm">{summary}</Text>
      {apiError?.article && (
        <Text size="sm" mt={4} data-testid="error-article">
          {t("errors.article", { article: lawCitation(t, apiError.article) })}
        </Text>
      )}
      {details.length > 0 && (
        <List size="sm" mt={4}>
          {details.map((d) => (
            <List.Item key={`${d.field}:${d.code}`}>{detailText(t, d)}</List.Item>
          ))}
        </List>
      )}
      {apiError?.requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("errors.requestId", { id: apiError.requestId })}
        </Text>
      )}
    </Alert>
  );
}
