import { DateTimePicker, type DateTimePickerProps } from "@mantine/dates";
import { useTranslation } from "react-i18next";
import { calendarLabels } from "./DateField.tsx";
import { DATE_TIME_FORMAT, localOfPicker, pickerOfLocal } from "./dateInputs.ts";

type Passed = Omit<
  DateTimePickerProps,
  "value" | "defaultValue" | "onChange" | "minDate" | "maxDate" | "valueFormat"
>;

export interface DateTimeFieldProps extends Passed {
  /** An Almaty wall time "YYYY-MM-DDTHH:mm" (what a datetime-local input held), or "" for none. */
  value: string;
  /** Called with "YYYY-MM-DDTHH:mm" on the clock of Almaty, or "" when cleared. */
  onChange: (value: string) => void;
  /** The earliest and latest times allowed ("YYYY-MM-DDTHH:mm", Almaty). */
  min?: string;
  max?: string;
  "data-testid"?: string;
}

/**
 * A date and time input that reads dd.MM.yyyy HH:mm (24 hours) in kk, ru and en alike, on the clock
 * of Almaty whatever the browser's zone (R11.4; the time of violence of 001 Art. 60(4) prints with
 * its hour). The form holds the Almaty wall time "YYYY-MM-DDTHH:mm" as with datetime-local, and makes
 * it an instant with instantOfAlmatyLocal. Optional inputs can be cleared.
 */
export function DateTimeField({
  value,
  onChange,
  min,
  max,
  required,
  clearable,
  ...rest
}: DateTimeFieldProps) {
  const { t } = useTranslation();
  return (
    <DateTimePicker
      {...rest}
      value={pickerOfLocal(value)}
      onChange={(next) => onChange(localOfPicker(next))}
      valueFormat={DATE_TIME_FORMAT}
      minDate={min ? (pickerOfLocal(min) ?? undefined) : undefined}
      maxDate={max ? (pickerOfLocal(max) ?? undefined) : undefined}
      required={required}
      clearable={clearable ?? !required}
      clearButtonProps={{ "aria-label": t("dates.clear") }}
      placeholder={rest.placeholder ?? t("dates.placeholderTime")}
      ariaLabels={calendarLabels(t)}
      timePickerProps={{ format: "24h", "aria-label": t("dates.time"), ...rest.timePickerProps }}
      submitButtonProps={{ "aria-label": t("dates.confirm"), ...rest.submitButtonProps }}
    />
  );
}
