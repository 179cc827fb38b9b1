// The README's code blocks, run as a newcomer would copy them: every `armsflow ...` line runs in a
// folder laid out like a clone (corpus/demo, reports/, page.html, feed-dump/, ../shared/eval/dev made
// from demo reports), in the README's order, and must exit 0 with some output. The lines that start
// a server, install, or need the network are listed in SKIPPED with the reason; a command line of the
// README that is neither run nor listed fails the test, so the README cannot drift from the program.
import { spawnSync } from "node:child_process";
import { copyFileSync, chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PG_URL, pgReachable } from "./store/engines.js";

const ROOT = join(import.meta.dirname, "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** Lines of the README's code blocks that are not run here, by their start, with the reason. */
const SKIPPED: Record<string, string> = {
  "npm install && npm start": "installs the project and starts a server",
  "npm test": "is this very suite",
  "armsflow serve": "starts a server",
  "curl ": "talks to a running server",
};

/** The README's code blocks (indented four spaces or fenced), one command a line, comments removed. */
export function commandLines(markdown: string): string[] {
  const lines = markdown.split("\n");
  const blocks: string[][] = [];
  let fenced: string[] | null = null;
  let indented: string[] | null = null;
  let previousBlank = true;
  for (const line of lines) {
    if (fenced) {
      if (/^\s*```/.test(line)) {
        blocks.push(fenced);
        fenced = null;
      } else fenced.push(line);
      continue;
    }
    if (/^\s*```/.test(line)) {
      fenced = [];
      continue;
    }
    if (/^ {4}\S/.test(line) && (indented || previousBlank)) {
      (indented ??= []).push(line.slice(4));
    } else if (indented && line.trim() !== "") {
      blocks.push(indented);
      indented = null;
    }
    previousBlank = line.trim() === "";
  }
  if (indented) blocks.push(indented);
  const commands: string[] = [];
  for (const block of blocks) {
    let pending = "";
    for (const raw of block) {
      const line = pending + stripComment(raw).trim();
      if (line.endsWith("\\")) {
        pending = line.slice(0, -1) + " ";
        continue;
      }
      pending = "";
      if (/^(?:[A-Z_]+=\S*\s+)*(?:armsflow|npm|npx|node|curl)\b/.test(line)) commands.push(line.replace(/\s+/g, " "));
    }
  }
  return commands;
}

/** A line without its trailing `# comment` (a # outside quotes, after a space). */
function stripComment(line: string): string {
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}

const skipReason = (line: string) => Object.entries(SKIPPED).find(([start]) => line.startsWith(start))?.[1];

describe("the README's code blocks", () => {
  const commands = commandLines(README);

  it("are found, and every line is run below or listed as skipped with its reason", () => {
    expect(commands.filter((c) => c.startsWith("armsflow ")).length).toBeGreaterThan(10);
    for (const c of commands) expect(c.startsWith("armsflow ") || skipReason(c) !== undefined, `README line neither run nor skipped: ${c}`).toBe(true);
    for (const start of Object.keys(SKIPPED)) expect(commands.some((c) => c.startsWith(start)), `SKIPPED lists "${start}", no longer in the README`).toBe(true);
  });

  // A folder laid out like a fresh clone, with ../shared beside it made of demo reports.
  const top = mkdtempSync(join(tmpdir(), "armsflow-readme-"));
  afterAll(() => rmSync(top, { recursive: true, force: true }));
  const clone = join(top, "clone");
  const demo = join(ROOT, "corpus", "demo");
  const texts = readdirSync(demo).filter((f) => f.endsWith(".txt")).sort().slice(0, 3);
  const html = readdirSync(demo).filter((f) => f.endsWith(".html")).sort()[0];
  for (const folder of [join(clone, "reports"), join(clone, "feed-dump"), join(top, "shared", "eval", "dev"), join(clone, "corpus"), join(top, "bin")]) mkdirSync(folder, { recursive: true });
  symlinkSync(demo, join(clone, "corpus", "demo"));
  for (const name of texts) {
    const id = name.slice(0, -4);
    for (const folder of [join(clone, "reports"), join(clone, "feed-dump"), join(top, "shared", "eval", "dev")]) {
      copyFileSync(join(demo, name), join(folder, name));
      copyFileSync(join(demo, `${id}.meta.json`), join(folder, `${id}.meta.json`));
    }
  }
  copyFileSync(join(demo, html), join(clone, "page.html"));
  // `armsflow` on the PATH runs this checkout's sources, as `npm link` would run its build.
  const loader = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
  const shim = join(top, "bin", "armsflow");
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" --import "${loader}" "${join(ROOT, "src", "cli", "main.ts")}" "$@"\n`);
  chmodSync(shim, 0o755);

  const run = (line: string) =>
    spawnSync("bash", ["-c", line], {
      cwd: clone,
      encoding: "utf8",
      timeout: 240_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, PATH: `${join(top, "bin")}:${process.env.PATH ?? ""}`, DATABASE_URL: "", ARMSFLOW_DB: "" },
    });

  /** The fresh PostgreSQL database a line naming one runs against (dropped at the end), if one can be made. */
  let database: { url: string; drop(): Promise<void> } | null | undefined;
  async function freshDatabase(): Promise<typeof database> {
    if (database !== undefined) return database;
    database = null;
    if (!(await pgReachable())) return database;
    const name = `armsflow_readme_${process.pid}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    try {
      await admin.query(`drop database if exists ${name}`);
      await admin.query(`create database ${name}`);
    } catch (error) {
      if (process.env.ARMSFLOW_REQUIRE_PG === "1") throw error;
      return database; // a role that may not create databases: the line is skipped, said below
    } finally {
      await admin.end();
    }
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    database = {
      url: url.href,
      drop: async () => {
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        try {
          await c.query(`drop database if exists ${name} with (force)`);
        } finally {
          await c.end();
        }
      },
    };
    return database;
  }
  afterAll(async () => {
    await database?.drop();
  });

  for (const line of commands.filter((c) => c.startsWith("armsflow ") && skipReason(c) === undefined)) {
    it(line, async ({ skip }) => {
      let command = line;
      const url = /postgres:\/\/\S+/.exec(line)?.[0];
      if (url) {
        const fresh = await freshDatabase();
        if (!fresh) return skip("postgres: no PostgreSQL database could be made for this line");
        command = line.replace(url, fresh.url);
      }
      const r = run(command);
      expect(r.status, `${line}\n${r.stderr}`).toBe(0);
      const redirect = /\s>\s*(\S+)\s*$/.exec(command)?.[1];
      const output = redirect ? readFileSync(join(clone, redirect), "utf8") : r.stdout;
      expect(output.trim().length, `${line} printed nothing`).toBeGreaterThan(0);
      if (/\s--json\b/.test(command) || /\beval\b/.test(command)) {
        const text = output.trim();
        // One JSON value, or JSON lines.
        const parses = (t: string) => {
          try {
            JSON.parse(t);
            return true;
          } catch {
            return false;
          }
        };
        expect(parses(text) || text.split("\n").every(parses), `${line} is not JSON`).toBe(true);
      }
      if (redirect) expect(statSync(join(clone, redirect)).size).toBeGreaterThan(0);
      // Tables and estimates fit 100 columns (`--wide` and `--json` are for the rest).
      if (/^armsflow (flows|flow|statements|estimate)\b/.test(command) && !/--json|--wide/.test(command)) {
        const lines = output.split("\n");
        const widest = Math.max(...lines.map((l) => [...l].length));
        expect(widest, `${line} prints lines ${widest} columns wide: ${lines.find((l) => [...l].length === widest)}`).toBeLessThanOrEqual(100);
      }
    }, 300_000);
  }
});
