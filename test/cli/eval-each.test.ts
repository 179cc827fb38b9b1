// `eval --each OUTDIR DIR...`: each folder read on its own in one process, the same bytes as one `eval DIR` each.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/eval.ts"), ...args], { encoding: "utf8", cwd: root });

describe("eval --each", () => {
  const dir = mkdtempSync(join(tmpdir(), "armsflow-eval-each-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Two folders that tell the same flow: read together they would be linked into one statement; read apart, not.
  const folders = ["north", "south"].map((name, i) => {
    const folder = join(dir, name);
    mkdirSync(folder);
    writeFileSync(join(folder, `r${i}.txt`), "Pyongyang has shipped about 3,000 containers of shells to Russia since August, South Korea's defence minister said on Monday.\n");
    writeFileSync(join(folder, `r${i}.meta.json`), JSON.stringify({ id: `r${i}`, outlet: i ? "Second Wire" : "First Wire", published: "2023-11-20" }));
    return folder;
  });

  it("writes OUTDIR/NAME.jsonl per folder, byte for byte what eval gives for that folder alone", () => {
    const out = join(dir, "out");
    const r = run(["--each", out, ...folders]);
    expect(r.status).toBe(0);
    for (const folder of folders) {
      const alone = run([folder]);
      expect(alone.status).toBe(0);
      expect(alone.stdout.length).toBeGreaterThan(0);
      expect(readFileSync(join(out, `${folder.split(/[\\/]/).pop()}.jsonl`), "utf8")).toBe(alone.stdout);
    }
  }, 300_000); // (three processes of the reader, on a loaded machine)

  it("asks for the folder to write into", () => {
    const r = run(["--each"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
