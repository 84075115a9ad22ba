import { Paper, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useLanguage, LOCALES } from "../../i18n/index.ts";

/** A number in the user's language (thousands grouped as the language groups them). */
export function useCount(): (n: number) => string {
  const lang = useLanguage();
  const format = new Intl.NumberFormat(LOCALES[lang]);
  return (n) => format.format(n);
}

interface Props {
  label: string;
  value: number;
  /** Shown instead of the number (e.g. "more than 10 000"). */
  display?: string;
  /** red for overdue work, orange for work due, default otherwise; a zero is always plain. */
  tone?: "red" | "orange";
  hint?: ReactNode;
  testId: string;
  /** Whether the tile shares the row's width with its neighbours (default) or keeps its own. */
  grow?: boolean;
}

/** One count of the home page: the number large, what it counts under it. */
export function Stat({ label, value, display, tone, hint, testId, grow = true }: Props) {
  const count = useCount();
  const color = value > 0 && tone ? tone : undefined;
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      miw={140}
      style={{ flex: grow ? "1 1 140px" : "0 0 140px" }}
      data-testid={testId}
      data-value={value}
    >
      <Text fz={28} fw={700} lh={1.1} c={color}>
        {display ?? count(value)}
      </Text>
      <Text size="sm">{label}</Text>
      {hint && (
        <Text size="xs" c="dimmed" mt={2}>
          {hint}
        </Text>
      )}
    </Paper>
  );
}
