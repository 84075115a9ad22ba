import { Group, Text, Title } from "@mantine/core";
import { useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  layoutTiles,
  TILE_COLS,
  TILE_FILL,
  TILE_ROWS,
  unplacedCodes,
  type RegionCount,
  type TileState,
} from "./regionTiles.ts";

const SIZE = 64;
const GAP = 6;
const STATES: TileState[] = ["overdue", "due", "ok", "none"];

interface Props {
  counts: readonly RegionCount[];
  /** The region the list is filtered by, "" for all. */
  selected: string;
  onSelect: (code: string) => void;
  nameOf: (code: string) => string;
}

/**
 * Institutions by region as a schematic tile map (issue 5 item 2): drawn locally as SVG, since an
 * offline system fetches no map tiles. Each tile is a button (Tab, then Enter or Space) that
 * filters the coverage list by its region; choosing the selected tile again shows all regions.
 */
export function RegionTileMap({ counts, selected, onSelect, nameOf }: Props) {
  const { t } = useTranslation();
  // SVG groups get no reliable focus ring across browsers: the focused tile draws its own.
  const [focused, setFocused] = useState("");
  const tiles = layoutTiles(counts, SIZE, GAP);
  const unplaced = unplacedCodes(counts);
  const width = TILE_COLS * (SIZE + GAP) - GAP;
  const height = TILE_ROWS * (SIZE + GAP) - GAP;
  const choose = (code: string) => onSelect(code === selected ? "" : code);
  const onKey = (code: string) => (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      choose(code);
    }
  };
  return (
    <section aria-labelledby="npm-map-title" data-testid="npm-map">
      <Title order={2} size="h4" mb="xs" id="npm-map-title">
        {t("npm.map.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t("npm.map.hint")}
      </Text>
      <svg
        viewBox={`-2 -2 ${width + 4} ${height + 4}`}
        width="100%"
        style={{ maxWidth: width + 4, display: "block" }}
        role="group"
        aria-label={t("npm.map.title")}
      >
        {tiles.map((tile) => {
          const name = nameOf(tile.regionCode);
          const isSelected = tile.regionCode === selected;
          const label = t("npm.map.tile", {
            region: name,
            total: tile.total,
            due: tile.due,
            overdue: tile.overdue,
          });
          return (
            <g
              key={tile.regionCode}
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-pressed={isSelected}
              onClick={() => choose(tile.regionCode)}
              onKeyDown={onKey(tile.regionCode)}
              onFocus={() => setFocused(tile.regionCode)}
              onBlur={() => setFocused("")}
              style={{ cursor: "pointer", outline: "none" }}
              data-testid="npm-map-tile"
              data-region={tile.regionCode}
              data-state={tile.state}
              data-selected={isSelected}
            >
              <title>{label}</title>
              <rect
                x={tile.x}
                y={tile.y}
                width={SIZE}
                height={SIZE}
                rx={6}
                fill={TILE_FILL[tile.state]}
                stroke={
                  isSelected || focused === tile.regionCode
                    ? "var(--mantine-color-blue-7)"
                    : "var(--mantine-color-gray-5)"
                }
                strokeWidth={isSelected ? 4 : focused === tile.regionCode ? 3 : 1}
                strokeDasharray={focused === tile.regionCode && !isSelected ? "6 3" : undefined}
              />
              <text x={tile.x + SIZE / 2} y={tile.y + 24} textAnchor="middle" fontSize={14} fontWeight={600}>
                {tile.regionCode}
              </text>
              <text x={tile.x + SIZE / 2} y={tile.y + 44} textAnchor="middle" fontSize={13}>
                {tile.total}
                {tile.overdue > 0 ? ` / ${tile.overdue}!` : ""}
              </text>
            </g>
          );
        })}
      </svg>
      <Group gap="md" mt="xs" data-testid="npm-map-legend" role="group" aria-label={t("npm.map.legend")}>
        {STATES.map((s) => (
          <Group key={s} gap={6} wrap="nowrap">
            <span
              aria-hidden
              style={{
                display: "inline-block",
                width: 14,
                height: 14,
                borderRadius: 3,
                background: TILE_FILL[s],
                border: "1px solid var(--mantine-color-gray-5)",
              }}
            />
            <Text size="sm">{t(`npm.map.state.${s}`)}</Text>
          </Group>
        ))}
        <Text size="sm" c="dimmed">
          {t("npm.map.numbers")}
        </Text>
      </Group>
      {unplaced.length > 0 && (
        <Text size="sm" c="dimmed" mt={4}>
          {t("npm.map.unplaced", { codes: unplaced.map(nameOf).join(", ") })}
        </Text>
      )}
    </section>
  );
}
