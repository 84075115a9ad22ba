import { describe, expect, it } from "vitest";
import {
  ariaSort,
  filtersFromSearch,
  isNarrowed,
  listParams,
  NO_FILTERS,
  searchFromFilters,
  shortName,
  toggleSort,
  withChange,
} from "./personsList.ts";

const DISTRICT = "f711c324-6add-48d1-906a-b4c997aeb4f3";
const OFFICIAL = "0b8e6a0e-8f0c-4a57-9d0e-2f0a1b2c3d4e";

describe("the persons list's filters in the address", () => {
  it("an address round-trips: what it names is read back, the defaults are left out", () => {
    const f = filtersFromSearch({
      q: "Сейтқали",
      territoryId: DISTRICT,
      register: "on",
      measureKind: "official_warning",
      responsibleId: OFFICIAL,
      sort: "lastMeasure",
      order: "asc",
      page: 3,
    });
    expect(f).toMatchObject({ q: "Сейтқали", territoryId: DISTRICT, register: "on", page: 3 });
    expect(searchFromFilters(f)).toEqual({
      q: "Сейтқали",
      territoryId: DISTRICT,
      register: "on",
      measureKind: "official_warning",
      responsibleId: OFFICIAL,
      sort: "lastMeasure",
      order: "asc",
      page: 3,
    });
    expect(searchFromFilters(NO_FILTERS)).toEqual({});
  });

  it("an IIN the router read as a number keeps its digits; a leading zero needs the quoted string it wrote", () => {
    expect(filtersFromSearch({ iin: 850101300123 }).iin).toBe("850101300123");
    expect(filtersFromSearch({ iin: "050101600123" }).iin).toBe("050101600123");
    expect(filtersFromSearch({ iin: "85010130" }).iin).toBe("");
  });

  it("whatever is not a valid value is left out, so an edited link still opens the list", () => {
    const f = filtersFromSearch({
      territoryId: "'; drop table",
      register: "maybe",
      measureKind: "flogging",
      sort: "salary",
      page: -2,
      q: "А",
    });
    expect(f).toEqual(NO_FILTERS);
    expect(filtersFromSearch({ page: 201 }).page).toBe(1); // past the 10,000 counted persons
    expect(filtersFromSearch({ page: 200 }).page).toBe(200);
  });

  it("a change of filter goes back to page 1, a change of page keeps the filters", () => {
    const on3 = { ...NO_FILTERS, register: "on" as const, page: 3 };
    expect(withChange(on3, { measureKind: "protective_order" })).toMatchObject({
      register: "on",
      measureKind: "protective_order",
      page: 1,
    });
    expect(withChange(on3, { page: 4 })).toMatchObject({ register: "on", page: 4 });
  });

  it("only mine and one official are one choice", () => {
    const mine = withChange(NO_FILTERS, { mine: true });
    expect(withChange({ ...mine, responsibleId: undefined }, { responsibleId: OFFICIAL })).toMatchObject({
      mine: false,
      responsibleId: OFFICIAL,
    });
    expect(withChange({ ...NO_FILTERS, responsibleId: OFFICIAL }, { mine: true })).toMatchObject({
      mine: true,
      responsibleId: undefined,
    });
    expect(listParams(mine)).toEqual({ mine: "true", page: 1, pageSize: 50 });
    expect(searchFromFilters(mine)).toEqual({ mine: true });
    expect(isNarrowed(mine)).toBe(true);
    expect(isNarrowed(NO_FILTERS)).toBe(false);
  });

  it("a header sorts by its column, the second click turns the direction; the last measure starts newest first", () => {
    expect(ariaSort(NO_FILTERS, "name")).toBe("ascending");
    const desc = toggleSort(NO_FILTERS, "name");
    expect(ariaSort(desc, "name")).toBe("descending");
    const byMeasure = toggleSort(desc, "lastMeasure");
    expect(byMeasure).toMatchObject({ sort: "lastMeasure", order: "desc", page: 1 });
    expect(ariaSort(byMeasure, "name")).toBe("none");
    expect(toggleSort(byMeasure, "lastMeasure").order).toBe("asc");
    // Searching by name, the best match comes first until a header is chosen.
    expect(ariaSort({ ...NO_FILTERS, q: "Иванов" }, "name")).toBe("none");
  });

  it("the API's query names only what is chosen, with the page's size", () => {
    expect(listParams(NO_FILTERS)).toEqual({ page: 1, pageSize: 50 });
    expect(listParams({ ...NO_FILTERS, iin: "850101300123", territoryId: DISTRICT })).toEqual({
      iin: "850101300123",
      territoryId: DISTRICT,
      page: 1,
      pageSize: 50,
    });
  });

  it("an official's name is shortened to the surname and initials", () => {
    expect(shortName("Серикбаев Нурлан Асланович")).toBe("Серикбаев Н. А.");
    expect(shortName("Системный администратор")).toBe("Системный а.");
    expect(shortName("Ким")).toBe("Ким");
  });
});
