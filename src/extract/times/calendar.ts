/** A calendar point at year, month or day precision (month and day are 1-based). */
export interface DatePoint {
  readonly y: number;
  readonly m?: number;
  readonly d?: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** SCHEMA.md form by precision: `{y: 2024, m: 3}` → "2024-03". */
export function formatPoint(p: DatePoint): string {
  if (p.m === undefined) return String(p.y);
  if (p.d === undefined) return `${p.y}-${pad(p.m)}`;
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/** Reads "YYYY-MM-DD" (or "YYYY-MM", "YYYY") into a point; null where unreadable. */
export function parsePoint(s: string | null): DatePoint | null {
  const m = s ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s) : null;
  if (!m) return null;
  return { y: Number(m[1]), ...(m[2] ? { m: Number(m[2]) } : {}), ...(m[3] ? { d: Number(m[3]) } : {}) };
}

/** Adds months to a (year, month), wrapping years: `addMonths(2024, 1, -2)` → {y: 2023, m: 11}. */
export function addMonths(y: number, m: number, by: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + by;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

/** The number of days of a month (1-12) of a year. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function utc(p: { y: number; m: number; d: number }): Date {
  return new Date(Date.UTC(p.y, p.m - 1, p.d));
}

function fromUtc(d: Date): DatePoint {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/** Shifts a day by a number of days. */
export function addDays(p: { y: number; m: number; d: number }, days: number): DatePoint {
  const d = utc(p);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** The most recent (year of a) month on or before the reference month: September seen in February 2024 → 2023. */
export function yearOfMonth(month: number, ref: DatePoint, strictlyBefore = false): number {
  const refM = ref.m ?? 12;
  return month < refM || (month === refM && !strictlyBefore) ? ref.y : ref.y - 1;
}

/** The most recent (year of a) day on or before the reference day. */
export function yearOfDay(month: number, day: number, ref: DatePoint): number {
  const refM = ref.m ?? 12;
  const refD = ref.d ?? 31;
  return month < refM || (month === refM && day <= refD) ? ref.y : ref.y - 1;
}

/** The most recent given weekday (0 = Sunday) on or before the reference day: a Friday written on a Friday is that day. */
export function lastWeekday(weekday: number, ref: { y: number; m: number; d: number }): DatePoint {
  const back = (utc(ref).getUTCDay() - weekday + 7) % 7;
  return addDays(ref, -back);
}

/** Monday to Sunday of the week before the reference day's week. */
export function previousWeek(ref: { y: number; m: number; d: number }): [DatePoint, DatePoint] {
  const sinceMonday = (utc(ref).getUTCDay() + 6) % 7;
  const monday = addDays(ref, -sinceMonday - 7) as { y: number; m: number; d: number };
  return [monday, addDays(monday, 6)];
}

/** Orders two points by their common precision (a month and a day in it compare equal). */
export function comparePoints(a: DatePoint, b: DatePoint): number {
  if (a.y !== b.y) return a.y - b.y;
  if (a.m === undefined || b.m === undefined) return 0;
  if (a.m !== b.m) return a.m - b.m;
  if (a.d === undefined || b.d === undefined) return 0;
  return a.d - b.d;
}
