// Where the map's words go: each label takes the first of its places that stays inside the frame and
// touches no label placed before it (else the place that touches least). Apart from the map so that
// tests read it without the geometry.

/** A label's box: left, top, width, height, in the map's units (its pixels). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A label to place: its width and height, and the points (centre, baseline) it may stand at, best first. */
export interface Wanted {
  readonly w: number;
  readonly h: number;
  readonly at: readonly (readonly [number, number])[];
}

/** The box of a label of that size centred on x with its baseline at y (the glyphs rise ~0.75 of the height above it). */
export function boxAt(x: number, y: number, w: number, h: number): Box {
  return { x: x - w / 2, y: y - h * 0.75, w, h };
}

function overlap(a: Box, b: Box): number {
  const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return dx > 0 && dy > 0 ? dx * dy : 0;
}

/**
 * Places the labels in the order given (the first ones win their best places) inside a frame of
 * width x height; returns each label's point. A place outside the frame is taken only when no place is inside.
 */
export function placeLabels(wanted: readonly Wanted[], width: number, height: number): [number, number][] {
  const taken: Box[] = [];
  return wanted.map(({ w, h, at }) => {
    let best: [number, number] = [at[0][0], at[0][1]];
    let cost = Infinity;
    for (const [x, y] of at) {
      const box = boxAt(x, y, w, h);
      const outside = box.x < 0 || box.y < 0 || box.x + box.w > width || box.y + box.h > height;
      const touched = taken.reduce((sum, t) => sum + overlap(box, t), 0);
      const c = touched + (outside ? 1e6 : 0);
      if (c < cost) {
        [best, cost] = [[x, y], c];
        if (c === 0) break;
      }
    }
    taken.push(boxAt(best[0], best[1], w, h));
    return best;
  });
}
