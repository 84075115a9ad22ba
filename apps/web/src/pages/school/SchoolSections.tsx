import { Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/links.tsx";

const SECTIONS = [
  { id: "pupils", to: "/school" },
  { id: "attendance", to: "/school/attendance" },
  { id: "council", to: "/school/council-meetings/new" },
  { id: "analysis", to: "/school-analysis" },
] as const;

export type SchoolSection = (typeof SECTIONS)[number]["id"];

/** The council's sections under one menu item: pupils, attendance, a council meeting, the analysis. */
export function SchoolSections({ current }: { current: SchoolSection | null }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" mb="md" role="navigation" aria-label={t("school.sectionsLabel")} wrap="wrap">
      {SECTIONS.map((s) => (
        <ButtonLink
          key={s.id}
          to={s.to}
          size="xs"
          variant={current === s.id ? "filled" : "default"}
          aria-current={current === s.id ? "page" : undefined}
          data-testid={`school-section-${s.id}`}
        >
          {t(`school.section.${s.id}`)}
        </ButtonLink>
      ))}
    </Group>
  );
}
