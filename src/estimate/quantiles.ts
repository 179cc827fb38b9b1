/** Summary of a sample: the figures every estimate reports. */
export interface SampleSummary {
  readonly median: number;
  readonly p5: number;
  readonly p95: number;
  readonly mean: number;
  readonly samples: number;
}

/**
 * Reads the 5th, 50th and 95th percentiles (linear interpolation between order statistics, as R's and
 * NumPy's default) and the mean. Reorders `values` in place and allocates nothing.
 * `summarize(Float64Array.of(3, 1, 2))` → { median: 2, p5: 1.1, p95: 2.9, mean: 2, samples: 3 }
 */
export function summarize(values: Float64Array): SampleSummary {
  const n = values.length;
  if (n === 0) return { median: NaN, p5: NaN, p95: NaN, mean: NaN, samples: 0 };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  // Each selection leaves everything right of its index no smaller, so the next one searches only there.
  const [p5, from5] = interpolated(values, 0.05, 0);
  const [median, from50] = interpolated(values, 0.5, from5);
  const [p95] = interpolated(values, 0.95, from50);
  return { median, p5, p95, mean: sum / n, samples: n };
}

/** The q-quantile of an already sorted array (type 7, as R and NumPy default). */
export function quantile(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function interpolated(a: Float64Array, q: number, from: number): [number, number] {
  const n = a.length;
  const h = (n - 1) * q;
  const k = Math.floor(h);
  select(a, k, from, n - 1);
  let next = a[k];
  if (k + 1 < n) {
    next = Infinity;
    for (let i = k + 1; i < n; i++) if (a[i] < next) next = a[i];
  }
  return [a[k] + (h - k) * (next - a[k]), k];
}

/**
 * Floyd-Rivest selection: puts the k-th smallest of a[left..right] at k, smaller ones before, larger
 * after, in about n + min(k, n - k) comparisons. Hand-written after mourner/quickselect (ISC) without
 * its comparator callback: three order statistics of a Float64Array in O(n) instead of sorting a million.
 */
export function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > 600) {
      // Recurse on a small sample around k to pick pivots that bracket the k-th value tightly.
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      select(a, k, newLeft, newRight);
    }
    const t = a[k];
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right] > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < t) i++;
      while (a[j] > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
