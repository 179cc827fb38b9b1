// JavaScript's global escape() (a deprecated URL encoding) type-checks wherever a file means its own regular-expression
// escape but has lost the definition: `.map(escape)` then compiles and silently matches nothing it should. Every
// stage escapes through src/core/escape-regexp.ts; a file that names `escape` must declare it itself.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeRegExp } from "../../src/core/escape-regexp.js";

const root = join(import.meta.dirname, "..", "..", "src");
const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));

describe("escaping for regular expressions", () => {
  it("no source file reaches the global escape() or unescape()", () => {
    const offenders = files.filter((f) => {
      const code = readFileSync(join(root, f), "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "").replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
      const uses = /(?<![\w.$])(un)?escape(?![\w$])/.test(code);
      const declares = /\b(?:const|let|function)\s+(un)?escape\b/.test(code);
      return uses && !declares;
    });
    expect(offenders).toEqual([]);
  });

  it("a literal spliced into a pattern matches only itself", () => {
    const cases: [string, string][] = [["U.S.", "UxSx"], ["(HUR)", "HUR"], ["a+b", "aab"], ["[1]", "1"], ["x*y?", "y"], ["$5^2", "5"], ["C:\\path", "C:path"], ["{a|b}", "a"]];
    for (const [literal, other] of cases) {
      const re = new RegExp(`^${escapeRegExp(literal)}$`);
      expect(re.test(literal), literal).toBe(true);
      expect(re.test(other), literal).toBe(false);
    }
  });
});
