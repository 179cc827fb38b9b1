// The command line as a newcomer meets it: dates in meta files, diagnostics at the end of a run with
// counts and exit 1, pure JSONL from eval, one resolution of the ledger, a missing ledger refused, usage errors exit 2.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const run = (args: string[], env: NodeJS.ProcessEnv = {}, input?: string) =>
  spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/main.ts"), ...args], { encoding: "utf8", cwd: root, timeout: 60_000, env: { ...process.env, DATABASE_URL: "", ARMSFLOW_DB: "", ...env }, ...(input !== undefined ? { input } : {}) });

const dir = mkdtempSync(join(tmpdir(), "armsflow-newcomer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const report = "Pyongyang has shipped about 2,000 containers of shells to Russia since August, the defence ministry in Seoul said on Monday.\n";

describe("meta files and the account of diagnostics", () => {
  const reports = join(dir, "reports");
  mkdirSync(reports);
  writeFileSync(join(reports, "stamped.txt"), report);
  writeFileSync(join(reports, "stamped.meta.json"), JSON.stringify({ id: "stamped", published: "2023-11-20T09:30:00Z" }));
  writeFileSync(join(reports, "worded.txt"), report);
  writeFileSync(join(reports, "worded.meta.json"), JSON.stringify({ id: "worded", published: "November 20, 2023" }));

  it("dates claims from ISO date-times and written dates, and exits 0 when every document was read as given", () => {
    const r = run(["extract", reports, "--json"]);
    expect(r.status).toBe(0);
    const claims = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(claims.map((c) => c.doc).sort()).toEqual(["stamped", "worded"]);
    for (const c of claims) expect(c.period.start).toBe("2023-08");
    expect(r.stderr).not.toMatch(/diagnostics:/);
  });

  it("names a date it cannot read, a BOM and broken JSON at the end, with counts, and exits 1", () => {
    const bad = join(dir, "bad");
    mkdirSync(bad);
    for (const id of ["vague", "bom", "broken"]) writeFileSync(join(bad, `${id}.txt`), report);
    writeFileSync(join(bad, "vague.meta.json"), JSON.stringify({ published: "last spring" }));
    writeFileSync(join(bad, "bom.meta.json"), `\uFEFF${JSON.stringify({ published: "2023-11-20" })}`);
    writeFileSync(join(bad, "broken.meta.json"), "{ published: 2023 }");
    const r = run(["extract", bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/warning meta-bad-date: .*vague\.meta\.json.*"last spring"/);
    expect(r.stderr).toMatch(/diagnostics: 3 of 3 documents, 2 not read as given/);
    expect(r.stderr).toMatch(/warning +meta-bad-date +1/);
    expect(r.stderr).toMatch(/warning +bad-meta +1/);
    expect(r.stderr).toMatch(/info +meta-bom +1/);
  });

  it("eval prints only JSONL on stdout, through the command and through npm run --silent", () => {
    const viaCli = run(["eval", reports]);
    expect(viaCli.status).toBe(0);
    const viaNpm = spawnSync("npm", ["run", "--silent", "eval", "--", reports], { encoding: "utf8", cwd: root, timeout: 60_000 });
    expect(viaNpm.status).toBe(0);
    for (const out of [viaCli.stdout, viaNpm.stdout]) {
      const lines = out.trim().split("\n");
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    }
  });

  it("ends quietly when the reader of its output goes away", () => {
    const big = join(dir, "many");
    mkdirSync(big);
    for (let i = 0; i < 40; i++) writeFileSync(join(big, `r${i}.txt`), report);
    const r = spawnSync("bash", ["-c", `"${process.execPath}" --import tsx src/cli/main.ts extract "${big}" | head -1`], { encoding: "utf8", cwd: root, timeout: 60_000 });
    expect(r.stdout.split("\n")[0]).toMatch(/PRK → RUS/);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
  });
});

describe("the ledger a command reads", () => {
  it("refuses a ledger that does not exist, and makes none", () => {
    const file = join(dir, "typo", "armsflow.db");
    const r = run(["flows", "--db", file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no ledger at .*typo.*ingest/);
    expect(existsSync(file)).toBe(false);
    const estimate = run(["estimate", "flow", "PRK", "RUS", "artillery-ammunition", "--db", file]);
    expect(estimate.status).toBe(1);
    expect(existsSync(file)).toBe(false);
  });

  it("fails at once, with the reason, on a path that cannot be made", () => {
    const started = Date.now();
    const r = run(["ingest", join(dir, "reports"), "--db", "/proc/nope/x.db"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot make the ledger's folder \/proc\/nope/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("reads ARMSFLOW_DB when no flag is given, and an explicit --db wins over it", () => {
    const file = join(dir, "env.db");
    expect(run(["ingest", join(dir, "reports"), "--db", file]).status).toBe(0);
    const viaEnv = run(["flows", "--json"], { ARMSFLOW_DB: file });
    expect(viaEnv.status).toBe(0);
    expect(JSON.parse(viaEnv.stdout).map((f: { item: string }) => f.item)).toContain("artillery-ammunition");
    const flagWins = run(["flows", "--json", "--db", join(dir, "other.db")], { ARMSFLOW_DB: file });
    expect(flagWins.status).toBe(1);
    const created = run(["flows", "--json", "--db", join(dir, "other.db"), "--create"]);
    expect(created.status).toBe(0);
    expect(JSON.parse(created.stdout)).toEqual([]);
  });

  it("names an unreachable PostgreSQL as such", () => {
    const r = run(["flows", "--database-url", "postgres://nobody@127.0.0.1:9/none"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot reach PostgreSQL at 127\.0\.0\.1:9.*refused/);
  });
});

describe("usage", () => {
  it("prints the version and exits 2 on an unknown option", () => {
    const v = run(["--version"]);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(run(["flows", "--bogus"]).status).toBe(2);
  });
});
