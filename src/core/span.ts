/** `[start, end)` offsets into a document's original text (see DESIGN.md, "Span"). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the exact text it slices, so a record can be read without its document. */
export interface TextSpan extends Span {
  readonly text: string;
}

/** Makes a span, refusing reversed or negative offsets. `span(0, 4)` → `{start: 0, end: 4}` */
export function span(start: number, end: number): Span {
  if (!(start >= 0 && end >= start)) throw new RangeError(`bad span [${start}, ${end})`);
  return { start, end };
}

/** Slices `text` by `s` and keeps the offsets: `textSpan("abc", span(1, 3))` → `{start: 1, end: 3, text: "bc"}` */
export function textSpan(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

/** Shifts a span found in a slice back into the offsets of the whole text. */
export function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * In a list sorted by start whose spans do not overlap (sentences, tokens), the index of the one that holds `offset`;
 * where none does, `~next` (a negative number): `next` is the index of the first span after the offset.
 *
 *     indexAt([{span: span(0, 4)}, {span: span(5, 9)}], 6) -> 1;  ... , 4) -> ~1 (between them)
 */
export function indexAt(list: readonly { readonly span: Span }[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid].span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return ~lo;
}

/** In a list sorted by start, the index of the first span that starts at or after `start` (the list's length where none does). */
export function firstFrom(list: readonly { readonly span: Span }[], start: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].span.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The spans of a list sorted by start, each with the farthest end of those up to it: whether some span of the list
 * holds or overlaps a given one is then a binary search, not a scan of the list (asked for every word or phrase a
 * stage looks at, a scan made a long page's reading grow with the square of its length). Kept per list while the
 * list keeps its length; the list's own order does not matter.
 */
const reaches = new WeakMap<readonly { readonly span: Span }[], { length: number; starts: number[]; reach: number[] }>();
function reachOf(list: readonly { readonly span: Span }[]): { starts: number[]; reach: number[] } {
  let kept = reaches.get(list);
  if (!kept || kept.length !== list.length) {
    const spans = list.map((x) => x.span).sort((a, b) => a.start - b.start);
    const reach: number[] = [];
    for (const x of spans) reach.push(Math.max(x.end, reach.length ? reach[reach.length - 1] : -Infinity));
    kept = { length: list.length, starts: spans.map((x) => x.start), reach };
    reaches.set(list, kept);
  }
  return kept;
}

/** The farthest end of the spans of `list` that start before `bound` (`orAt`: or at it), -Infinity where none does. */
function reachBefore(list: readonly { readonly span: Span }[], bound: number, orAt: boolean): number {
  const { starts, reach } = reachOf(list);
  let lo = 0;
  let hi = starts.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < bound || (orAt && starts[mid] === bound)) [at, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return at >= 0 ? reach[at] : -Infinity;
}

/** Whether some span of `list` holds `s` (`contains(x.span, s)` for some x). */
export function anyHolds(list: readonly { readonly span: Span }[], s: Span): boolean {
  return reachBefore(list, s.start, true) >= s.end;
}

/** Whether some span of `list` overlaps `s` (`overlaps(x.span, s)` for some x). */
export function anyOverlaps(list: readonly { readonly span: Span }[], s: Span): boolean {
  return reachBefore(list, s.end, false) > s.start;
}
