// The golden-fixture runner every text stage shares (STYLE.md habit 9): one folder per pattern, named
// as a sentence, with its input and expected.json side by side. UPDATE_FIXTURES=1 rewrites
// expected.json from the current output, except in folders holding known-failure.txt: there the
// expected output is the wanted one, written by hand, and the case runs as `it.fails` until the stage
// learns it (then it turns red, as a signal to remove the mark).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Runs `produce(dir)` for every fixture folder under `root` and compares it with its expected.json. */
export function goldenFixtures(title: string, root: string, produce: (dir: string) => unknown): void {
  const update = process.env.UPDATE_FIXTURES === "1";
  describe(title, () => {
    for (const name of readdirSync(root).sort()) {
      const dir = join(root, name);
      const knownFailure = existsSync(join(dir, "known-failure.txt"));
      const expectedPath = join(dir, "expected.json");
      (knownFailure ? it.fails : it)(name.replace(/-/g, " "), () => {
        const actual = produce(dir);
        if (update && !knownFailure) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
        expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
      });
    }
  });
}

/** A fixture's input text (input.txt without its final newline). */
export function fixtureInput(dir: string): string {
  return readFileSync(join(dir, "input.txt"), "utf8").replace(/\n$/, "");
}
