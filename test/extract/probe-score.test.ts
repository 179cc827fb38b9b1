// Reports written for the project (test/fixtures/probe, probe-blind and probe-holdout), scored with the evaluation
// kit's scorer: real-world kinds of pages (menus, "read also" boxes, raw HTML, retellings), in wording no rule was
// written on when they were made. `probe` and `probe-blind` were scored blind once, then used to find kinds of
// misses; `probe-holdout` is kept for measuring: nobody reads its misses. The floors sit a little below what each
// reached; raise them when the scores rise.
import { execFileSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractAll } from "../../src/cli/extract-all.js";
import { readInputs } from "../../src/ingest/read-files.js";
import { needs, SHARED } from "../services.js";

const scorer = join(SHARED, "eval", "score.mjs");
const present = needs("shared", existsSync(scorer), `missing ${scorer}`);

interface Score {
  f1: number;
  slots: Record<"quantity" | "period" | "certainty" | "source", { accuracy: number }>;
  links?: { precision: number; recall: number };
}

// Blind scores when written (2026-12-02): probe f1 0.649, probe-blind 0.614, probe-holdout 0.589 (reading of that
// hour; the code of the morning scored 0.646, 0.614 and 0.594). Measured 2026-12-03 00:05: probe f1 0.736 (quantity
// 0.971, period 0.966, certainty 0.901, source 0.906), probe-blind 0.813 (0.824, 0.714, 0.88, 0.919), probe-holdout
// 0.605 (0.875, 0.818, 0.872, 0.71). Floors sit a little below. The holdout is for measuring: nobody reads its misses.
const FLOORS: Record<string, { f1: number; quantity: number; period: number; certainty: number; source: number }> = {
  probe: { f1: 0.71, quantity: 0.93, period: 0.93, certainty: 0.87, source: 0.87 },
  "probe-blind": { f1: 0.78, quantity: 0.78, period: 0.68, certainty: 0.84, source: 0.88 },
  "probe-holdout": { f1: 0.57, quantity: 0.8, period: 0.75, certainty: 0.82, source: 0.65 },
};

describe.skipIf(!present).each(Object.keys(FLOORS))("the reports of test/fixtures/%s, scored", (set) => {
  it("keep their scores at or above the floors", async () => {
    const dir = join(import.meta.dirname, "..", "fixtures", set);
    // The reader sees the reports only: the answers (ID.gold.json) are not inputs (read-files skips .json).
    const { lines } = await extractAll(readInputs([dir]), { link: true });
    const file = join(tmpdir(), `armsflow-${set}-${process.pid}.jsonl`);
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n"));
    try {
      const s = JSON.parse(execFileSync(process.execPath, [scorer, dir, file, "--json"], { encoding: "utf8" })) as Score;
      console.log(`${set} score: f1 ${s.f1}, quantity ${s.slots.quantity.accuracy}, period ${s.slots.period.accuracy}, certainty ${s.slots.certainty.accuracy}, source ${s.slots.source.accuracy}, links ${s.links?.precision}/${s.links?.recall}`);
      const floors = FLOORS[set];
      expect(s.f1).toBeGreaterThanOrEqual(floors.f1);
      for (const k of ["quantity", "period", "certainty", "source"] as const) expect(s.slots[k].accuracy, k).toBeGreaterThanOrEqual(floors[k]);
    } finally {
      rmSync(file, { force: true });
    }
  }, 240_000);
});
