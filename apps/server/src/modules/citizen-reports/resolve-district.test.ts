import { describe, expect, it } from "vitest";
import { DistrictMap, resolveDistrict } from "./resolve-district.ts";

describe("resolveDistrict: a reported point's district by point-in-polygon (R6)", () => {
  it("finds the district of a point in a city and in the steppe", () => {
    // Semey's centre (Abai Region) and Almaty's Medeu district (a city of republican significance).
    expect(resolveDistrict(50.4111, 80.2275)).toEqual({ districtCode: "ABA01", regionCode: "ABA" });
    expect(resolveDistrict(43.2567, 76.9286)?.regionCode).toBe("ALA");
    // Kurchatov, the demo's second district.
    expect(resolveDistrict(50.7556, 78.5417)?.regionCode).toBe("ABA");
  });

  it("gives no district outside Kazakhstan (Moscow, Bishkek) or for a point that is not a number", () => {
    expect(resolveDistrict(55.7558, 37.6173)).toBeNull();
    expect(resolveDistrict(42.8746, 74.5698)).toBeNull();
    expect(resolveDistrict(Number.NaN, 76.9)).toBeNull();
  });

  it("places Baikonur (no project district) in Kyzylorda Region only", () => {
    expect(resolveDistrict(45.6167, 63.3167)).toEqual({ districtCode: null, regionCode: "KZY" });
  });

  it("reads every district of the map (224 polygons, geo/README.md)", () => {
    expect(DistrictMap.fromFile().size).toBe(224);
  });

  it("leaves a hole's point outside its polygon (even-odd over the rings)", () => {
    const square = (x0: number, y0: number, x1: number, y1: number): [number, number][] => [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ];
    const map = new DistrictMap({
      features: [
        {
          properties: { code: "DONUT", region: "R" },
          geometry: { type: "Polygon", coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] },
        },
      ],
    });
    expect(map.resolve(2, 2)).toEqual({ districtCode: "DONUT", regionCode: "R" });
    expect(map.resolve(5, 5)).toBeNull();
    expect(map.resolve(11, 5)).toBeNull();
  });
});
