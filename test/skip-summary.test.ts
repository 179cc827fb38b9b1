// The end-of-run summary names every service that kept tests from running, with counts per file.
import { describe, expect, it } from "vitest";
import { reasonOf, summarise } from "./skip-summary.js";

const shared = { service: "shared" as const, detail: "missing /nowhere/eval/dev" };
const postgres = { service: "postgres" as const, detail: "unreachable at postgres://127.0.0.1:1/x" };

describe("the skip summary", () => {
  it("takes the reason from a test's note first, then from its file's marks", () => {
    expect(reasonOf({ note: "postgres: unreachable", fullName: "store on sqlite > a" }, [])).toBe("postgres");
    expect(reasonOf({ fullName: "API on postgres > lists flows" }, [postgres])).toBe("postgres");
    expect(reasonOf({ fullName: "store on sqlite > the heavy one" }, [postgres])).toBe("other");
    expect(reasonOf({ fullName: "the dev reports > one" }, [shared])).toBe("shared");
    expect(reasonOf({ fullName: "anything" }, [])).toBe("other");
  });

  it("counts skips per service and per file and ends on one closing line", () => {
    const lines = summarise([
      { file: "test/a.test.ts", marks: [shared], tests: [{ state: "skipped", fullName: "a" }, { state: "skipped", fullName: "b" }] },
      { file: "test/b.test.ts", marks: [postgres], tests: [{ state: "passed", fullName: "on sqlite" }, { state: "skipped", fullName: "on postgres" }] },
      { file: "test/c.test.ts", marks: [], tests: [{ state: "failed", fullName: "c" }, { state: "skipped", fullName: "d" }] },
      { file: "test/d.test.ts", broken: true, marks: [], tests: [] },
    ]);
    expect(lines[0]).toMatch(/^SKIPPED 2 tests in 1 file because shared is missing \(missing \/nowhere\/eval\/dev\).*ARMSFLOW_REQUIRE_SHARED=1/);
    expect(lines[1]).toBe("  test/a.test.ts (2)");
    expect(lines[2]).toMatch(/^SKIPPED 1 test in 1 file because postgres is missing.*ARMSFLOW_REQUIRE_PG=1/);
    expect(lines[4]).toMatch(/^SKIPPED 1 test on purpose .*test\/c\.test\.ts \(1\)/);
    expect(lines.at(-1)).toBe("tests: 1 passed, 2 failed, 4 skipped");
  });

  it("says only the closing line when nothing was skipped", () => {
    expect(summarise([{ file: "x", marks: [], tests: [{ state: "passed", fullName: "x" }] }])).toEqual(["tests: 1 passed, 0 failed, 0 skipped"]);
  });
});
