/**
 * Memoises `Intl.DateTimeFormat#formatToParts` per formatter and instant, in the generator's process
 * only. Profiling the generator showed more than half of its CPU in the law's legal-date conversion
 * (`parts` in packages/law/src/calendar/legal-date.ts, one ICU call per conversion), while the
 * instants it converts repeat heavily (day boundaries, check dates, "now"). The cache returns ICU's own
 * answer, so the data are identical with or without it; it is bounded and cleared when full.
 */
const LIMIT = 200_000;
let installed = false;

export function installFormatCache(): void {
  if (installed) return;
  installed = true;
  const proto = Intl.DateTimeFormat.prototype;
  const original = proto.formatToParts;
  const caches = new WeakMap<Intl.DateTimeFormat, Map<number, Intl.DateTimeFormatPart[]>>();
  proto.formatToParts = function (this: Intl.DateTimeFormat, date?: Date | number) {
    const t = date === undefined ? Date.now() : typeof date === "number" ? date : date.getTime();
    let cache = caches.get(this);
    if (!cache) caches.set(this, (cache = new Map()));
    let parts = cache.get(t);
    if (!parts) {
      if (cache.size >= LIMIT) cache.clear();
      // Frozen: every caller shares the cached array.
      parts = Object.freeze(
        original.call(this, date).map((p) => Object.freeze(p)),
      ) as Intl.DateTimeFormatPart[];
      cache.set(t, parts);
    }
    return parts;
  };
}
