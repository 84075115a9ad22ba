import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isLanguage, LANGUAGES, useLanguage } from "../i18n/index.ts";

/**
 * The language switch: a native <select> (data-testid="lang-switch", values kk/ru/en) so it works
 * with the keyboard, screen readers, and a browser test's selectOption.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = useLanguage();
  return (
    <NativeSelect
      aria-label={t("lang.label")}
      data-testid="lang-switch"
      size="xs"
      value={lang}
      data={LANGUAGES.map((value) => ({ value, label: t(`lang.${value}`) }))}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLanguage(next)) void i18n.changeLanguage(next);
      }}
    />
  );
}
