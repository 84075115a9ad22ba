import { DateInput, type CalendarAriaLabels, type DateInputProps } from "@mantine/dates";
import type { TFunction } from "i18next";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DATE_FORMAT, parseTypedDate, withinRange } from "./dateInputs.ts";

type Passed = Omit<
  DateInputProps,
  "value" | "defaultValue" | "onChange" | "minDate" | "maxDate" | "valueFormat" | "dateParser"
>;

export interface DateFieldProps extends Passed {
  /** A legal date "YYYY-MM-DD", or "" for none. */
  value: string;
  /** Called with "YYYY-MM-DD", or "" when the input is emptied or holds no day of the calendar. */
  onChange: (value: string) => void;
  /** The earliest and latest dates allowed ("YYYY-MM-DD"). */
  min?: string;
  max?: string;
  "data-testid"?: string;
}

/** The calendar's buttons named in the user's language (a screen reader reads them). */
export function calendarLabels(t: TFunction): CalendarAriaLabels {
  return {
    previousMonth: t("dates.previousMonth"),
    nextMonth: t("dates.nextMonth"),
    previousYear: t("dates.previousYear"),
    nextYear: t("dates.nextYear"),
    previousDecade: t("dates.previousDecade"),
    nextDecade: t("dates.nextDecade"),
    monthLevelControl: t("dates.chooseMonth"),
    yearLevelControl: t("dates.chooseYear"),
  };
}

/**
 * A date input that reads and is typed as dd.MM.yyyy in kk, ru and en alike, whatever the browser's
 * locale (R11.4; a native date input shows mm/dd/yyyy in an American browser), with a calendar in the
 * user's language. The form holds the legal date "YYYY-MM-DD" as before. A typed text that is no day
 * of the calendar (31.02.2026) or lies outside min/max empties the value and says so at the input, so
 * an old value is never sent under a text that shows another. Optional inputs can be cleared.
 */
export function DateField({
  value,
  onChange,
  min,
  max,
  error,
  required,
  clearable,
  ...rest
}: DateFieldProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | null>(null);

  const refusal = (text: string): string | undefined => {
    if (text.trim() === "") return undefined;
    const date = parseTypedDate(text);
    if (!date) return t("dates.invalid");
    if (min && !withinRange(date, min)) return t("dates.tooEarly", { min: formatShown(min) });
    if (max && !withinRange(date, undefined, max)) return t("dates.tooLate", { max: formatShown(max) });
    return undefined;
  };
  const onInput = (event: FormEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value;
    setTyped(text);
    // DateInput reports only a date it could read: an unreadable text must not keep the old value.
    if (refusal(text) !== undefined || text.trim() === "") onChange("");
  };
  const own = typed === null ? undefined : refusal(typed);

  return (
    <DateInput
      {...rest}
      value={value === "" ? null : value}
      onChange={(next) => {
        setTyped(null);
        onChange(next ?? "");
      }}
      onInput={onInput}
      onBlur={(event) => {
        // Leave a refused text in view with its message; a read one is shown in the format.
        if (own === undefined) setTyped(null);
        rest.onBlur?.(event);
      }}
      valueFormat={DATE_FORMAT}
      dateParser={(text) => (refusal(text) === undefined ? parseTypedDate(text) : null)}
      fixOnBlur={own === undefined}
      minDate={min}
      maxDate={max}
      required={required}
      clearable={clearable ?? !required}
      clearButtonProps={{ "aria-label": t("dates.clear") }}
      placeholder={rest.placeholder ?? t("dates.placeholder")}
      ariaLabels={calendarLabels(t)}
      error={own ?? error}
    />
  );
}

/** A legal date as dd.MM.yyyy (for the messages about min and max). */
function formatShown(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}.${m}.${y}`;
}
