// `armsflow extract` as a user runs it: a folder with a good report, an empty file and a binary file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/main.ts"), ...args], { encoding: "utf8", cwd: root });

describe("armsflow extract", () => {
  const dir = mkdtempSync(join(tmpdir(), "armsflow-extract-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const report = "Pyongyang has shipped about 3,000 containers of shells to Russia since August, South Korea's defence minister said on Monday.\n";
  writeFileSync(join(dir, "good.txt"), report);
  writeFileSync(join(dir, "good.meta.json"), JSON.stringify({ id: "good", url: null, outlet: "Test Wire", published: "2023-11-20" }));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]));

  it("prints the claims of the good report, names the bad ones, and exits 1", () => {
    const r = run(["extract", dir, "--format", "jsonl", "--documents"]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    const claims = lines.filter((l) => l.doc === "good");
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: "transfer", supplier: "PRK", recipient: "RUS", item: "artillery-ammunition", certainty: "asserted" });
    expect(claims[0].quantity).toMatchObject({ value: 3000, unit: "containers", approx: true });
    expect(claims[0].period.start).toBe("2023-08");
    // Every span slices the original text to exactly its evidence.
    expect(report.slice(claims[0].spans.evidence.start, claims[0].spans.evidence.end)).toBe(claims[0].evidence);
    expect(report.slice(claims[0].spans.amount.start, claims[0].spans.amount.end)).toBe("about 3,000");
    const docs = lines.filter((l) => l.document);
    expect(docs.map((d) => d.document).sort()).toEqual(["binary", "empty", "good"]);
    expect(docs.find((d) => d.document === "empty").diagnostics[0].code).toBe("empty-document");
    expect(r.stderr).toMatch(/empty\.txt/);
    expect(r.stderr).toMatch(/binary\.txt/);
  });

  it("reads a claim a line, with its evidence, by default", () => {
    const r = run(["extract", join(dir, "good.txt"), "--published", "2023-11-20"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/PRK → RUS {2}artillery-ammunition {2}~3,000 containers/);
    expect(r.stdout).toContain(readFileSync(join(dir, "good.txt"), "utf8").trim());
  });

  it("refuses a malformed date with a clear message", () => {
    const r = run(["extract", dir, "--published", "27/02/2024"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--published takes YYYY-MM-DD/);
  });
});
