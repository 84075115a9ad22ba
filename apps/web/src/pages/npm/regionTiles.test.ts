import { describe, expect, it } from "vitest";
import seed from "../../../../../db/seed/territories.json";
import { layoutTiles, REGION_TILES, TILE_COLS, TILE_ROWS, tileState, unplacedCodes } from "./regionTiles.ts";

describe("the tile map of the regions", () => {
  it("has one tile for each of the 17 regions and 3 cities of the territory seed", () => {
    const codes = seed.regions.map((r) => r.code).sort();
    expect(codes).toHaveLength(20);
    expect(Object.keys(REGION_TILES).sort()).toEqual(codes);
  });

  it("never puts two territories on one square, and stays inside the grid", () => {
    const cells = Object.values(REGION_TILES).map(({ col, row }) => `${col}:${row}`);
    expect(new Set(cells).size).toBe(cells.length);
    for (const { col, row } of Object.values(REGION_TILES)) {
      expect(col).toBeGreaterThanOrEqual(0);
      expect(col).toBeLessThan(TILE_COLS);
      expect(row).toBeGreaterThanOrEqual(0);
      expect(row).toBeLessThan(TILE_ROWS);
    }
  });

  it("places the tiles roughly where the territories lie: west of and north of agree with the seed", () => {
    // A column further east never holds a territory more than 5° of longitude further west, and
    // a lower row never a territory more than 3° of latitude further north: a schematic, not a map.
    const seedOf = new Map(seed.regions.map((r) => [r.code, r]));
    for (const [a, ta] of Object.entries(REGION_TILES))
      for (const [b, tb] of Object.entries(REGION_TILES)) {
        const ra = seedOf.get(a)!;
        const rb = seedOf.get(b)!;
        if (ta.col > tb.col) expect(ra.lon - rb.lon, `${a} east of ${b}`).toBeGreaterThan(-5);
        if (ta.row > tb.row) expect(rb.lat - ra.lat, `${a} south of ${b}`).toBeGreaterThan(-3);
      }
  });

  it("colours a tile by its worst institution: overdue, then due, then on time; grey when empty", () => {
    expect(tileState(undefined)).toBe("none");
    expect(tileState({ regionCode: "ABA", total: 0, due: 0, overdue: 0 })).toBe("none");
    expect(tileState({ regionCode: "ABA", total: 3, due: 0, overdue: 0 })).toBe("ok");
    expect(tileState({ regionCode: "ABA", total: 3, due: 1, overdue: 0 })).toBe("due");
    expect(tileState({ regionCode: "ABA", total: 3, due: 1, overdue: 1 })).toBe("overdue");
  });

  it("lays out every tile with its counts, in reading order for the keyboard", () => {
    const tiles = layoutTiles([{ regionCode: "ABA", total: 2, due: 0, overdue: 1 }], 40, 4);
    expect(tiles).toHaveLength(20);
    expect(tiles[0]).toMatchObject({ regionCode: "KUS", x: 88, y: 0, total: 0, state: "none" });
    expect(tiles.find((t) => t.regionCode === "ABA")).toMatchObject({
      x: 264,
      y: 44,
      overdue: 1,
      state: "overdue",
    });
    const order = tiles.map((t) => [t.y, t.x] as const);
    expect(order).toEqual([...order].sort((p, q) => p[0] - q[0] || p[1] - q[1]));
  });

  it("names codes the layout cannot place, so they are not silently dropped", () => {
    expect(
      unplacedCodes([
        { regionCode: "XXX", total: 1, due: 0, overdue: 0 },
        { regionCode: "AST", total: 1, due: 0, overdue: 0 },
      ]),
    ).toEqual(["XXX"]);
  });
});
