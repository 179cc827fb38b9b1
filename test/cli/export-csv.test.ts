// CSV export (issues 14 and 13.7): a fixed header per table, a UTF-8 BOM, one row per report of a statement,
// and no cell a spreadsheet would run as a formula.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, cell, csvRows } from "../../src/cli/commands/export.js";

/** RFC 4180 fields of one line (no newlines inside cells in these tests). */
function parse(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = "";
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') { field += '"'; i += 2; }
        else if (line[i] === '"') { i++; break; }
        else field += line[i++];
      }
    } else while (i < line.length && line[i] !== ",") field += line[i++];
    out.push(field);
    if (line[i] !== ",") return out;
    i++;
  }
}

describe("CSV cells", () => {
  it("neutralises cells a spreadsheet would read as formulas, keeps numbers and plain text", () => {
    expect(cell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(cell("+1 555")).toBe("'+1 555");
    expect(cell("-2+3")).toBe("'-2+3");
    expect(cell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(cell(-5)).toBe("-5");
    expect(cell("Minister said, plainly")).toBe('"Minister said, plainly"');
    expect(cell(null)).toBe("");
  });
});

describe("CSV rows", () => {
  const statement = {
    id: "s1", kind: "transfer", supplier: "PRK", recipient: "RUS", item: "artillery-ammunition",
    quantity: { value: 500, min: null, max: null, unit: "containers", approx: true }, period: null, cumulative: true, stated: "2024-01-02",
    certainty: "asserted", source: { speaker: "A. Person", org: null, country: "KOR" }, independent_sources: 2,
    reports: [
      { doc: "d1", url: "https://example.org/1", outlet: "One", published: "2024-01-02", evidence: "First telling.", start: 0, end: 14, relays: [] },
      { doc: "d2", url: null, outlet: "Two", published: "2024-01-03", evidence: "=cmd|' /C calc'!A0", start: 5, end: 20, relays: ["One"] },
    ],
  };

  it("gives one row per report of a statement, every row as wide as the header", () => {
    const rows = csvRows("statements", statement).map(parse);
    expect(rows).toHaveLength(2);
    const header = CSV_COLUMNS.statements as readonly string[];
    for (const r of rows) expect(r).toHaveLength(header.length);
    const col = (r: string[], name: string) => r[header.indexOf(name)];
    expect(rows.map((r) => col(r, "id"))).toEqual(["s1", "s1"]);
    expect(rows.map((r) => col(r, "report.doc"))).toEqual(["d1", "d2"]);
    expect(col(rows[1]!, "report.evidence")!.startsWith("'=")).toBe(true);
    expect(col(rows[0]!, "report_count")).toBe("2");
  });

  it("keeps the period columns for a claim whose first record had none", () => {
    const header = CSV_COLUMNS.claims as readonly string[];
    expect(header).toContain("period.start");
    const undated = parse(csvRows("claims", { doc: "d", kind: "transfer", period: null, quantity: null, source: {}, spans: {} })[0]!);
    const dated = parse(csvRows("claims", { doc: "d", kind: "transfer", period: { start: "2024-01", end: "2024-03" }, quantity: null, source: {}, spans: {} })[0]!);
    expect(undated).toHaveLength(header.length);
    expect(dated[header.indexOf("period.end")]).toBe("2024-03");
  });

  it("writes a UTF-8 byte order mark and the documented header, and refuses an unknown format with exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "armsflow-csv-"));
    try {
      const root = join(import.meta.dirname, "../..");
      const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/main.ts"), ...args], { encoding: "utf8", cwd: root, timeout: 60_000 });
      const r = run(["export", "--format", "csv", "--what", "statements", "--db", join(dir, "x.db"), "--create"]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`\uFEFF${CSV_COLUMNS.statements.join(",")}\n`);
      const xml = run(["export", "--format", "xml", "--db", join(dir, "x.db")]);
      expect(xml.status).toBe(2);
      expect(xml.stderr).toMatch(/--format: "xml" is not one of csv, jsonl/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("docs/cli.md", () => {
  it("lists the CSV columns the export writes", async () => {
    const { readFileSync } = await import("node:fs");
    const doc = readFileSync(join(import.meta.dirname, "../../docs/cli.md"), "utf8").replace(/\s+/g, " ");
    for (const table of ["claims", "statements", "documents"] as const) expect(doc).toContain(`${table}: \`${CSV_COLUMNS[table].join(", ")}\``);
  });
});
