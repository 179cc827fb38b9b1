// The whole pipeline (processDocument, what `armsflow extract` runs on each page) over mutated pages of our
// own: it never throws, no stage crashes, every claim's spans lie inside the document and slice its text,
// and no page runs out of its time budget (counted through the pipeline's own `time-budget` diagnostic,
// not by timing the test). A few hundred cases by default; ARMSFLOW_FUZZ_RUNS=5000 for a long run, and
// ARMSFLOW_FUZZ_LARGE=1 for pages twenty times bigger, ARMSFLOW_FUZZ_SEED=N to replay a run that failed
// (fast-check prints the seed and the path) and ARMSFLOW_FUZZ_SHRINK=1 to shrink a failing case.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toSchemaClaim } from "../../src/core/claim.js";
import type { Span } from "../../src/core/span.js";
import { withBudget } from "../../src/core/pipeline.js";
import { processDocument } from "../../src/pipeline.js";
import { ROOT } from "../services.js";
import { mutant, SEEDS } from "./pages.js";

const RUNS = Number(process.env.ARMSFLOW_FUZZ_RUNS ?? 300);
const SEED = process.env.ARMSFLOW_FUZZ_SEED === undefined ? undefined : Number(process.env.ARMSFLOW_FUZZ_SEED);
/** Each mutated page's time budget: far above what a page of this size needs (well under a second; a few seconds on a busy machine). */
const BUDGET_MS = Number(process.env.ARMSFLOW_FUZZ_BUDGET_MS ?? 30_000);
const SHRINK = process.env.ARMSFLOW_FUZZ_SHRINK === "1";
/** A stage that runs out of stack is refused by name (docs/limits.md); any other thrown error is a crash. */
const STACK = /stack overflow/;

/** Keeps a page that broke a property in test-artifacts/fuzz/ (ignored by git), to replay by hand. */
function keep(path: string, bytes: Uint8Array): string {
  const dir = join(ROOT, "test-artifacts", "fuzz");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${createHash("sha256").update(bytes).digest("hex").slice(0, 12)}-${basename(path)}`);
  writeFileSync(file, bytes);
  return file;
}

interface Tally {
  pages: number;
  read: number;
  refused: Map<string, number>;
  claims: number;
  overBudget: string[];
  crashed: string[];
}

function inside(label: string, text: string, name: string, s: Span | undefined): void {
  if (!s) return;
  expect(Number.isInteger(s.start) && Number.isInteger(s.end), `${label}: ${name} offsets are whole numbers`).toBe(true);
  expect(s.start, `${label}: ${name} starts inside the text`).toBeGreaterThanOrEqual(0);
  expect(s.end, `${label}: ${name} ends inside the text`).toBeLessThanOrEqual(text.length);
  expect(s.end, `${label}: ${name} is not reversed`).toBeGreaterThanOrEqual(s.start);
}

describe("fuzz: the pipeline over mutated pages", () => {
  it("the seed pages themselves are read and carry claims", () => {
    for (const seed of SEEDS) {
      const doc = processDocument({ path: seed.name, bytes: new TextEncoder().encode(seed.text), meta: { id: seed.name } });
      expect(doc.failed, seed.name).toBe(false);
      expect(doc.claims.length, seed.name).toBeGreaterThan(0);
    }
  });

  it("a page that opens with an unclosed <style> or comment holding the whole page is read as a browser shows it, not a crash", () => {
    for (const opener of ["</script><style>", "<style>", "<script>", "<textarea>", "<xmp>", "<!--", "<!-- <!doctype html>"]) {
      const html = `${opener}<html><body><p>${SEEDS[0].text}</p></body></html>`;
      const doc = processDocument({ path: "opener.html", bytes: new TextEncoder().encode(html), meta: { id: "opener" } });
      expect(doc.diagnostics.filter((d) => d.code === "stage-failed"), opener).toEqual([]);
    }
  });

  it(`${RUNS} mutated pages: no throw, no stage crash, spans inside and slicing, none over its time budget`, () => {
    const tally: Tally = { pages: 0, read: 0, refused: new Map(), claims: 0, overBudget: [], crashed: [] };
    fc.assert(
      fc.property(mutant, (m) => {
        tally.pages++;
        const doc = withBudget(BUDGET_MS, () => processDocument({ path: m.path, bytes: m.bytes, meta: { id: `fuzz-${tally.pages}` } }));
        for (const d of doc.diagnostics) {
          if (d.code === "time-budget") tally.overBudget.push(`${m.label} (${m.bytes.length} bytes, kept as ${keep(m.path, m.bytes)}): ${d.message}`);
          if (d.code === "stage-failed" && !STACK.test(d.message)) tally.crashed.push(`${m.label}: ${d.message}`);
          if (d.severity === "fatal") tally.refused.set(d.code, (tally.refused.get(d.code) ?? 0) + 1);
        }
        const crashes = doc.diagnostics.filter((d) => d.code === "stage-failed" && !STACK.test(d.message)).map((d) => d.message).join("\n");
        expect(crashes, `${m.label}${crashes ? ` (kept as ${keep(m.path, m.bytes)})` : ""}`).toBe("");
        // A page refused late (over its budget in claim assembly) may still hold the claims made so far: it is
        // not stored (the store checks `failed`), so its spans are not checked here.
        if (doc.failed) return;
        tally.read++;
        const text = doc.text;
        expect(text.includes("\u0000"), `${m.label}: no NUL reaches the text`).toBe(false);
        for (const c of doc.claims) {
          tally.claims++;
          inside(m.label, text, "evidence", c.evidence);
          expect(text.slice(c.evidence.start, c.evidence.end), `${m.label}: the evidence slices the text`).toBe(c.evidence.text);
          expect(c.evidence.end, `${m.label}: evidence is not empty`).toBeGreaterThan(c.evidence.start);
          for (const [name, s] of Object.entries(c.parts)) inside(m.label, text, name, s as Span | undefined);
          if (c.quantity) for (const v of [c.quantity.value, c.quantity.min, c.quantity.max]) if (v !== null && v !== undefined) expect(Number.isFinite(v), `${m.label}: a finite quantity`).toBe(true);
          // What `extract --format jsonl` writes for it serialises.
          expect(() => JSON.stringify(toSchemaClaim(c))).not.toThrow();
        }
      }),
      { numRuns: RUNS, endOnFailure: !SHRINK, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    const refused = [...tally.refused].map(([code, n]) => `${code} ${n}`).join(", ") || "none";
    console.log(`fuzz: ${tally.pages} pages, ${tally.read} read, ${tally.claims} claims checked; refused: ${refused}; over budget: ${tally.overBudget.length}; stage crashes: ${tally.crashed.length}`);
    // The property above fails on the first crash; the budget is counted over the whole run.
    expect(tally.overBudget).toEqual([]);
  }, 900_000); // ~20 s on an idle machine; a busy one, or ARMSFLOW_FUZZ_RUNS, takes longer
});
