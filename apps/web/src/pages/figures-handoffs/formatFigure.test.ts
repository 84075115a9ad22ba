import { describe, expect, it } from "vitest";
import { formatFigure } from "./formatFigure.ts";

// Spaces of any width: the locales group thousands with a narrow or a normal no-break space.
const plain = (s: string) => s.replace(/\s/g, " ");

describe("a figure as the user reads it", () => {
  it("a share is a percentage with one decimal in each language", () => {
    expect(plain(formatFigure(0.556, "share", "en-GB"))).toBe("55.6%");
    expect(plain(formatFigure(0.556, "share", "ru-RU"))).toBe("55,6 %");
    expect(plain(formatFigure(0.333, "share", "kk-KZ"))).toMatch(/^33,3 ?%$/);
  });

  it("hours keep one decimal, counts none and group thousands", () => {
    expect(formatFigure(17.5, "hours", "en-GB")).toBe("17.5");
    expect(formatFigure(5, "hours", "ru-RU")).toBe("5");
    expect(plain(formatFigure(1234567, "count", "ru-RU"))).toBe("1 234 567");
    expect(formatFigure(1234567, "count", "en-GB")).toBe("1,234,567");
  });
});
