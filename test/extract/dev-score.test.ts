// The ratchet: the pipeline over the real reports of ../shared/eval (the whole development pool, dev +
// train, and the dev set alone), scored by its own scorer, must not fall below what it reached. Raise
// the floors when the score rises; never tune rules to these files.
//
// The pipeline never sees the answers: the reports (ID.txt + ID.meta.json) are copied into one
// temporary folder and the answers (ID.gold.json) into another, which only the scorer reads.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractAll } from "../../src/cli/extract-all.js";
import { readInputs } from "../../src/ingest/read-files.js";
import { needs, SHARED } from "../services.js";

const evalDir = join(SHARED, "eval");
const SETS = ["dev", "train"] as const;
const present = needs("shared", existsSync(join(evalDir, "score.mjs")) && SETS.every((s) => existsSync(join(evalDir, s))), `missing ${evalDir} (score.mjs, dev/, train/)`);
if (!present)
  console.warn(
    `\n${"*".repeat(100)}\n*** ${evalDir} (score.mjs, dev/, train/) is MISSING: the score ratchet over the real reports is SKIPPED ***\n${"*".repeat(100)}\n`,
  );

interface Score {
  f1: number;
  precision: number;
  recall: number;
  slots: Record<"quantity" | "period" | "certainty" | "source", { accuracy: number }>;
  links?: { precision: number; recall: number };
}

/** The floors of one set: a little below what it reached when they were set. */
interface Floors {
  f1: number;
  quantity: number;
  period: number;
  certainty: number;
  source: number;
  linkPrecision: number;
  linkRecall: number;
}

// Measured 2026-12-02 11:25: pool f1 0.689 (P 0.735, R 0.648), quantity 0.924, period 0.817, certainty 0.823,
// source 0.754, links 1/0.625; dev f1 0.95 (P 0.95, R 0.95), quantity 0.971, period 0.957, certainty 0.905,
// source 0.887, links 1/1. Floors sit a little below. (Dev source was 0.914 at 10:40 the same day and fell
// with extraction work in progress: its floor, 0.9 before, is 0.86 until it comes back.)
// Measured 2026-12-02 15:35: pool f1 0.809 (P 0.835, R 0.785), quantity 0.89, period 0.77, certainty 0.854,
// source 0.824, links 1/0.75 (period and quantity are lower as ratios because more, harder claims pair now).
// Measured 2026-12-02 18:40: pool f1 0.849 (P 0.884, R 0.817), quantity 0.899, period 0.808, certainty 0.874,
// source 0.828, links 1/0.75; dev f1 0.934, quantity 1, period 0.955, certainty 0.891, source 0.918, links 1/1.
// Measured 2026-12-02 21:00: pool f1 0.884 (P 0.908, R 0.86), quantity 0.899, period 0.832, certainty 0.896,
// source 0.84, links 1/0.75; dev f1 0.939, quantity 1, period 0.955, certainty 0.891, source 0.918, links 1/1.
// Measured 2026-12-03 00:05: pool f1 0.901 (P 0.929, R 0.874), quantity 0.92, period 0.891, certainty 0.903,
// source 0.856, links 1/0.75; dev f1 0.944, quantity 1, period 0.955, certainty 0.891, source 0.918, links 1/1.
// Measured 2026-12-03 02:50: pool f1 0.908 (P 0.948, R 0.872), quantity 0.919, period 0.899, certainty 0.911,
// source 0.867, links 1/0.75; dev f1 0.948, quantity 1, period 0.955, certainty 0.891, source 0.918, links 1/1.
// Measured 2026-12-03 05:58: pool f1 0.913 (P 0.953, R 0.876), quantity 0.932, period 0.918, certainty 0.906,
// source 0.881, links 1/0.75; dev f1 0.948, quantity 1, period 0.955, certainty 0.891, source 0.918, links 1/1.
// Measured 2026-12-05 00:20: pool f1 0.918 (P 0.955, R 0.883), quantity 0.927, period 0.893, certainty 0.902,
// source 0.877, links 1/0.75. Period fell from 101 to 100 of 112: one claim in a commentary page had taken the
// start of the war from a later sentence by luck of the carrying; with the rules on background sentences (a
// participle that describes, a governed noun of transfer) that date no longer carries over. The floor is 0.89
// until the page's own words for the war's start are read.
const POOL: Floors = { f1: 0.911, quantity: 0.915, period: 0.89, certainty: 0.895, source: 0.865, linkPrecision: 0.9, linkRecall: 0.7 };
const DEV: Floors = { f1: 0.92, quantity: 0.95, period: 0.93, certainty: 0.87, source: 0.88, linkPrecision: 0.9, linkRecall: 0.9 };

describe.skipIf(!present)("the real reports of ../shared/eval, scored", () => {
  const root = present ? mkdtempSync(join(tmpdir(), "armsflow-pool-")) : "";
  const reports = join(root, "reports");
  const answers = { pool: join(root, "gold-pool"), dev: join(root, "gold-dev") };
  const devIds = new Set<string>();
  let lines: { doc: string }[] = [];

  beforeAll(async () => {
    for (const dir of [reports, answers.pool, answers.dev]) mkdirSync(dir, { recursive: true });
    for (const set of SETS) {
      for (const name of readdirSync(join(evalDir, set))) {
        const from = join(evalDir, set, name);
        if (name.endsWith(".gold.json")) {
          copyFileSync(from, join(answers.pool, name));
          if (set === "dev") {
            copyFileSync(from, join(answers.dev, name));
            devIds.add(name.slice(0, -".gold.json".length));
          }
        } else if (name.endsWith(".txt") || name.endsWith(".meta.json")) {
          if (existsSync(join(reports, name))) throw new Error(`${name} is in both dev and train`);
          copyFileSync(from, join(reports, name));
        }
      }
    }
    expect(readdirSync(reports).some((f) => f.endsWith(".gold.json"))).toBe(false);
    ({ lines } = await extractAll(readInputs([reports]), { link: true }));
  }, 240_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const score = (gold: string, keep: (doc: string) => boolean, label: string): Score => {
    const file = join(root, `${label}.jsonl`);
    writeFileSync(file, lines.filter((l) => keep(l.doc)).map((l) => JSON.stringify(l)).join("\n"));
    const s = JSON.parse(execFileSync(process.execPath, [join(evalDir, "score.mjs"), gold, file, "--json"], { encoding: "utf8" })) as Score;
    console.log(
      `${label} score: f1 ${s.f1} (P ${s.precision}, R ${s.recall}), quantity ${s.slots.quantity.accuracy}, period ${s.slots.period.accuracy}, ` +
        `certainty ${s.slots.certainty.accuracy}, source ${s.slots.source.accuracy}, links ${s.links?.precision}/${s.links?.recall}`,
    );
    return s;
  };

  const atLeast = (s: Score, floors: Floors) => {
    expect(s.f1).toBeGreaterThanOrEqual(floors.f1);
    expect(s.slots.quantity.accuracy).toBeGreaterThanOrEqual(floors.quantity);
    expect(s.slots.period.accuracy).toBeGreaterThanOrEqual(floors.period);
    expect(s.slots.certainty.accuracy).toBeGreaterThanOrEqual(floors.certainty);
    expect(s.slots.source.accuracy).toBeGreaterThanOrEqual(floors.source);
    expect(s.links?.precision ?? 0).toBeGreaterThanOrEqual(floors.linkPrecision);
    expect(s.links?.recall ?? 0).toBeGreaterThanOrEqual(floors.linkRecall);
  };

  it("the whole pool (dev + train) keeps its scores at or above the ratchet", () => {
    atLeast(score(answers.pool, () => true, "pool"), POOL);
  });

  it("the dev set alone keeps its scores at or above the ratchet", () => {
    expect(devIds.size).toBeGreaterThan(0);
    atLeast(score(answers.dev, (doc) => devIds.has(doc), "dev"), DEV);
  });
});
