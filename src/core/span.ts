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
