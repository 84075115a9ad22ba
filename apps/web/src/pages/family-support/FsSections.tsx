import { Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/links.tsx";

const SECTIONS = [
  { id: "worklist", to: "/family-support" },
  { id: "victims", to: "/family-support/victims" },
  { id: "shelters", to: "/family-support/shelters" },
  { id: "services", to: "/family-support/services" },
] as const;

export type FsSection = (typeof SECTIONS)[number]["id"];

/** The centre's sections under one menu item: its day's work, victims, shelters and stays, services. */
export function FsSections({ current }: { current: FsSection | null }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" mb="md" role="navigation" aria-label={t("familySupport.sectionsLabel")} wrap="wrap">
      {SECTIONS.map((s) => (
        <ButtonLink
          key={s.id}
          to={s.to}
          size="xs"
          variant={current === s.id ? "filled" : "default"}
          aria-current={current === s.id ? "page" : undefined}
          data-testid={`fs-section-${s.id}`}
        >
          {t(`familySupport.section.${s.id}`)}
        </ButtonLink>
      ))}
    </Group>
  );
}
