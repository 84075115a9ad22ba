import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import {
  fieldDomId,
  formMessages,
  type FieldChecks,
  type FormMessages,
  type OwnMessages,
} from "./formErrors.ts";

/** What a form's save (a TanStack mutation called with the body it sends) tells the messages. */
interface Save {
  error: unknown;
  /** The body of the last save (`mutate(body)`): the server's message about an input stays while it holds that. */
  variables?: unknown;
  isPending: boolean;
}

interface Options {
  /** Prefix of the inputs' element ids (unique on the page). */
  formId: string;
  /** The inputs the form shows, by their path in the request body. */
  fields: readonly string[];
  /** The form's own checks of what is typed now (FieldChecks). */
  checks: FieldChecks;
  /** The form's own message for a refusal of an input (see forGenericCodes). */
  messages?: OwnMessages;
  /** Server paths that mean an input of another name. */
  aliases?: Readonly<Record<string, string>>;
  /** Details that are data, not messages (see formMessages). */
  ignore?: readonly string[];
  save: Save;
  /** The body as it would be sent now. */
  current?: unknown;
}

export interface FormErrors {
  readonly formId: string;
  readonly messages: FormMessages;
  readonly error: unknown;
  readonly summaryRef: RefObject<HTMLDivElement | null>;
  /** The message under an input, if any. */
  err(field: string): string | undefined;
  /** The element id of an input (the list at the top links to it). */
  id(field: string): string;
  /** `onSubmit` of the form: checks first and sends only a form without errors, once at a time. */
  onSubmit(send: () => void): (event: FormEvent) => void;
}

/**
 * A form's messages (R11 "forms that help"): the browser's own bubbles are off (`noValidate`), the
 * form's checks name each wrong input in the user's language from the first attempt to save, the list
 * at the top (FormErrorSummary) links to each, and the server's 4xx lands on the input it names. The
 * focus goes to that list when a save is refused, so a screen reader reads it and Tab reaches the
 * links first.
 */
export function useFormErrors(o: Options): FormErrors {
  const { t } = useTranslation();
  const [submitted, setSubmitted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const messages = formMessages({
    t,
    checks: o.checks,
    submitted,
    fields: o.fields,
    messages: o.messages,
    aliases: o.aliases,
    ignore: o.ignore,
    error: o.save.error,
    sent: o.save.variables,
    current: o.current,
  });
  const refused = attempt > 0 || o.save.error !== null;
  useEffect(() => {
    if (refused) summaryRef.current?.focus();
  }, [attempt, o.save.error, refused]);
  return {
    formId: o.formId,
    messages,
    error: o.save.error,
    summaryRef,
    err: (field) => messages.byField[field],
    id: (field) => fieldDomId(o.formId, field),
    onSubmit: (send) => (event) => {
      event.preventDefault();
      // Enter pressed again while the save runs must not send it twice.
      if (o.save.isPending) return;
      setSubmitted(true);
      if (Object.values(o.checks).some(Boolean)) {
        setAttempt((n) => n + 1);
        return;
      }
      send();
    },
  };
}
