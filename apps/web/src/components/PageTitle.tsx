import { Group, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** The one h1 of a screen; browser tests find it by data-testid="page-title". */
export function PageTitle({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <Group justify="space-between" mb="md" wrap="wrap">
      <Title order={1} size="h2" data-testid="page-title">
        {children}
      </Title>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
