import { Group, Text } from "@mantine/core";
import { useCount } from "./Stat.tsx";

export interface BarSeries {
  name: string;
  /** A Mantine colour variable, e.g. var(--mantine-color-blue-6). */
  color: string;
}

export interface BarRow {
  label: string;
  values: readonly number[];
}

const LABEL = 190;
const PLOT = 700;
const BAR = 11;
const GAP = 3;
const ROW_GAP = 10;
const VALUE = 60;

/**
 * Grouped horizontal bars drawn as SVG: one row per part of the territory, one bar per series, each
 * bar's value written at its end. Drawn locally (no chart library: its ~130 KB gzipped would double
 * what a user downloads for one small chart), like the NPM tile map. The SVG is a picture of the table
 * the caller shows beside it, so screen readers skip it (`aria-hidden`) and read that table.
 */
export function BarChart({
  rows,
  series,
  testId,
}: {
  rows: readonly BarRow[];
  series: readonly BarSeries[];
  testId: string;
}) {
  const count = useCount();
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const rowHeight = series.length * (BAR + GAP) - GAP + ROW_GAP;
  const height = rows.length * rowHeight;
  const width = LABEL + PLOT + VALUE;
  return (
    <div data-testid={testId}>
      <Group gap="md" mb={4} aria-hidden>
        {series.map((s) => (
          <Group key={s.name} gap={4} wrap="nowrap">
            <span
              style={{ display: "inline-block", width: 12, height: 12, background: s.color, borderRadius: 2 }}
            />
            <Text size="xs">{s.name}</Text>
          </Group>
        ))}
      </Group>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width, display: "block" }}
        aria-hidden
      >
        {rows.map((r, i) => {
          const y = i * rowHeight;
          return (
            <g key={r.label} transform={`translate(0 ${y})`}>
              <text
                x={LABEL - 8}
                y={(rowHeight - ROW_GAP) / 2 + 4}
                textAnchor="end"
                fontSize="12"
                fill="currentColor"
              >
                {r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label}
              </text>
              {series.map((s, j) => {
                const v = r.values[j] ?? 0;
                const w = Math.max(v > 0 ? 2 : 0, (v / max) * PLOT);
                const by = j * (BAR + GAP);
                return (
                  <g key={s.name}>
                    <rect x={LABEL} y={by} width={w} height={BAR} fill={s.color} rx={2} />
                    <text x={LABEL + w + 4} y={by + BAR - 2} fontSize="10" fill="currentColor">
                      {count(v)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <line x1={LABEL} x2={LABEL} y1={0} y2={height} stroke="var(--mantine-color-gray-5)" />
      </svg>
    </div>
  );
}
