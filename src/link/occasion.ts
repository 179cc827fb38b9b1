/** Days since 1970 of the first and last day a partial date covers: `dayRange("2024-02")` → [19754, 19782]. */
export function dayRange(date: string | null): [number, number] | null {
  if (!date) return null;
  let r = ranges.get(date);
  if (r === undefined) {
    if (ranges.size >= 50_000) ranges.clear(); // bounded cache: linking asks for the same days again and again
    r = parseDayRange(date);
    ranges.set(date, r);
  }
  return r;
}

const ranges = new Map<string, [number, number] | null>();

function parseDayRange(date: string): [number, number] | null {
  // "2024-03-04/2024-03-10": a span of days a saying is dated to ("said last week"), first to last.
  const slash = date.indexOf("/");
  if (slash > 0) {
    const a = parseDayRange(date.slice(0, slash)), b = parseDayRange(date.slice(slash + 1));
    return a && b ? [a[0], b[1]] : null;
  }
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const day = (yy: number, mm: number, dd: number) => Math.floor(Date.UTC(yy, mm, dd) / 86_400_000);
  if (m[3]) {
    const d = day(y, Number(m[2]) - 1, Number(m[3]));
    return [d, d];
  }
  if (m[2]) return [day(y, Number(m[2]) - 1, 1), day(y, Number(m[2]), 0)];
  return [day(y, 0, 1), day(y, 11, 31)];
}

/**
 * When a claim was made, as the linker compares it: the days its report tells (a day; a week, "said last week"; a
 * month), or where it tells none, its publication day, a guess (`told` false: the saying lies on it or days before).
 *
 *     occasion("2024-03-04/2024-03-10", "2024-03-13") → {range: [19786, 19792], told: true}
 *     occasion(null, "2024-03-13")                    → {range: [19795, 19795], told: false}
 */
export function occasion(stated: string | null, published: string | null): { range: [number, number]; told: boolean } | null {
  const told = dayRange(stated);
  if (told) return { range: told, told: true };
  const p = dayRange(published);
  return p ? { range: p, told: false } : null;
}

/** Days between two ranges (0 where they overlap); ranges from `occasion` may be given. */
export function rangesApart(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, a[0] - b[1], b[0] - a[1]);
}

/** Days between two date ranges, 0 where they overlap: `daysApart("2024-02-26", "2024-02")` → 0. */
export function daysApart(a: string | null, b: string | null): number | null {
  const ra = dayRange(a), rb = dayRange(b);
  if (!ra || !rb) return null;
  if (ra[1] < rb[0]) return rb[0] - ra[1];
  if (rb[1] < ra[0]) return ra[0] - rb[1];
  return 0;
}

/**
 * The most precise day a set of partial dates agree on: the earliest-starting date, narrowed to the
 * most precise date lying within it (a retelling's "2023-12" yields to the day "2023-12-29").
 * `agreedDay(["2023-12", "2023-12-29", "2024-01-03"])` → "2023-12-29"
 */
export function agreedDay(dates: readonly string[]): string | null {
  const known = dates.map((d) => ({ d, r: dayRange(d) })).filter((x): x is { d: string; r: [number, number] } => x.r !== null);
  if (known.length === 0) return [...dates].sort()[0] ?? null;
  known.sort((a, b) => a.r[0] - b.r[0] || (a.r[1] - a.r[0]) - (b.r[1] - b.r[0]) || (a.d < b.d ? -1 : 1));
  const [lo, hi] = known[0].r;
  const within = known.filter((x) => x.r[0] >= lo && x.r[1] <= hi);
  within.sort((a, b) => (a.r[1] - a.r[0]) - (b.r[1] - b.r[0]) || a.r[0] - b.r[0] || (a.d < b.d ? -1 : 1));
  return within[0].d;
}
