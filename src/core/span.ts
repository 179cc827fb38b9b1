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
