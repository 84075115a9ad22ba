import { DatesProvider } from "@mantine/dates";
import "dayjs/locale/kk";
import "dayjs/locale/ru";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isLanguage } from "../i18n/index.ts";

/**
 * The calendars of the date inputs in the user's language (month and weekday names by dayjs' kk, ru
 * and en), the week from Monday as in Kazakhstan. The format typed and shown stays dd.MM.yyyy in all
 * three (R11.4); only the names change.
 */
export function DatesLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = isLanguage(i18n.language) ? i18n.language : "kk";
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1, weekendDays: [0, 6] }}>{children}</DatesProvider>
  );
}
