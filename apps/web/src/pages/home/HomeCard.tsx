import { Card, Group, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

interface Props {
  title: string;
  intro?: ReactNode;
  /** Links to the screens where the work is done, under the card's content. */
  links?: ReactNode;
  testId: string;
  children?: ReactNode;
}

/** One block of the home page: a titled card with what it counts and where to go from it. */
export function HomeCard({ title, intro, links, testId, children }: Props) {
  const id = `${testId}-title`;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {intro && (
        <Text size="sm" c="dimmed" mt={2} mb="sm">
          {intro}
        </Text>
      )}
      {children}
      {links && (
        <Group gap="md" mt="sm">
          {links}
        </Group>
      )}
    </Card>
  );
}
