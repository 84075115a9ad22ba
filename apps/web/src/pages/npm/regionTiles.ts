/**
 * A schematic tile map (cartogram) of Kazakhstan's 17 regions and 3 cities of republican
 * significance: one square per territory placed roughly where it lies (columns west → east, rows
 * north → south, from the centres in db/seed/territories.json). No map tiles are fetched: the
 * system runs offline. Codes are the territory seed's, as NPM institutions carry them.
 */
export const REGION_TILES: Readonly<Record<string, { col: number; row: number }>> = {
  KUS: { col: 2, row: 0 },
  SKO: { col: 3, row: 0 },
  PAV: { col: 5, row: 0 },
  ZKO: { col: 0, row: 1 },
  AKT: { col: 1, row: 1 },
  AKM: { col: 3, row: 1 },
  AST: { col: 4, row: 1 },
  ABA: { col: 6, row: 1 },
  VKO: { col: 7, row: 1 },
  ATY: { col: 0, row: 2 },
  ULY: { col: 2, row: 2 },
  KAR: { col: 4, row: 2 },
  MAN: { col: 0, row: 3 },
  KZY: { col: 2, row: 3 },
  TUR: { col: 3, row: 3 },
  ALM: { col: 5, row: 3 },
  ZHE: { col: 6, row: 3 },
  SHY: { col: 3, row: 4 },
  ZHA: { col: 4, row: 4 },
  ALA: { col: 5, row: 4 },
};
export const TILE_COLS = 8;
export const TILE_ROWS = 5;

export interface RegionCount {
  regionCode: string;
  total: number;
  due: number;
  overdue: number;
}

/** The colour class of a tile: any overdue institution wins, then any due, then all on time. */
export type TileState = "none" | "ok" | "due" | "overdue";

export function tileState(c: RegionCount | undefined): TileState {
  if (!c || c.total === 0) return "none";
  if (c.overdue > 0) return "overdue";
  if (c.due > 0) return "due";
  return "ok";
}

export const TILE_FILL: Record<TileState, string> = {
  none: "var(--mantine-color-gray-2)",
  ok: "var(--mantine-color-green-3)",
  due: "var(--mantine-color-yellow-4)",
  overdue: "var(--mantine-color-red-5)",
};

export interface Tile extends RegionCount {
  x: number;
  y: number;
  state: TileState;
}

/**
 * Every territory of the layout as a tile at its pixel position, with its counts (zero where it has
 * no institutions), in reading order (rows, then columns) so Tab moves west → east, north → south.
 */
export function layoutTiles(counts: readonly RegionCount[], size: number, gap: number): Tile[] {
  const byCode = new Map(counts.map((c) => [c.regionCode, c]));
  return Object.entries(REGION_TILES)
    .map(([code, { col, row }]) => {
      const c = byCode.get(code);
      return {
        regionCode: code,
        total: c?.total ?? 0,
        due: c?.due ?? 0,
        overdue: c?.overdue ?? 0,
        x: col * (size + gap),
        y: row * (size + gap),
        state: tileState(c),
      };
    })
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

/** Codes with institutions that the layout has no tile for (a territory added to the seed later). */
export function unplacedCodes(counts: readonly RegionCount[]): string[] {
  return counts.map((c) => c.regionCode).filter((code) => !(code in REGION_TILES));
}
