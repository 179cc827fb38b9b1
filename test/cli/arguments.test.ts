// Arguments are checked before anything runs: a clear message and exit 2.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { date, integer, item, state, UsageError } from "../../src/cli/validate.js";

describe("argument checks", () => {
  it("takes states as ISO codes or names and refuses others", () => {
    expect(state("prk", "--supplier")).toBe("PRK");
    expect(state("North Korea", "--supplier")).toBe("PRK");
    expect(state("Russia", "--recipient")).toBe("RUS");
    expect(() => state("XXX", "SUPPLIER")).toThrow(UsageError);
    expect(() => state("Narnia", "SUPPLIER")).toThrow(/not a state/);
  });
  it("takes items of the lexicon, with a did-you-mean", () => {
    expect(item("drones", "--item")).toBe("drones");
    expect(() => item("shells", "--item")).toThrow(/Did you mean "artillery-ammunition"/);
    expect(() => item("drone", "--item")).toThrow(/Did you mean "drones"/);
    expect(() => item("nonsense", "--item")).toThrow(/not an item/);
  });
  it("takes real days and whole numbers in range", () => {
    expect(date("2024-02-29", "--since")).toBe("2024-02-29");
    for (const bad of ["yesterday", "2024-02-30", "27/02/2024"]) expect(() => date(bad, "--since")).toThrow(/--since takes YYYY-MM-DD/);
    expect(integer("25", "--limit", 1)).toBe(25);
    for (const bad of ["abc", "0", "1.5", "1e3"]) expect(() => integer(bad, "--limit", 1)).toThrow(/--limit takes a whole number/);
  });
});

describe("the commands refuse nonsense with exit 2", () => {
  const root = join(import.meta.dirname, "../..");
  const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/main.ts"), ...args], { encoding: "utf8", cwd: root, timeout: 60_000 });
  const cases: [string[], RegExp][] = [
    [["flow", "XXX", "YYY", "nonsense"], /SUPPLIER: "XXX" is not a state/],
    [["statements", "--since", "yesterday"], /--since takes YYYY-MM-DD/],
    [["statements", "--item", "shells"], /Did you mean "artillery-ammunition"/],
    [["statements", "--limit", "abc"], /--limit takes a whole number/],
    [["estimate", "containers", "6700", "--samples", "0"], /--samples takes a whole number/],
    [["extract", "corpus/demo", "--format", "xml"], /--format: "xml" is not one of text, jsonl/],
  ];
  for (const [args, message] of cases) {
    it(args.join(" "), () => {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe("");
    });
  }
});
