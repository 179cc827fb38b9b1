// Every list in the knowledge files names each entry once. A word listed twice does no harm to a Set, but it is
// the sign of two edits that did not see each other (two people adding the same agency, the same cue), and the
// second copy is where the next edit goes wrong: one copy gets fixed, the other stays.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.join(process.cwd(), "src/knowledge");

/** The key an entry is known by: the string itself, or an object's id (else its name). */
function entryKey(entry: unknown): string | null {
  if (typeof entry === "string") return entry;
  if (entry && typeof entry === "object" && !Array.isArray(entry)) {
    const record = entry as Record<string, unknown>;
    const key = record.id ?? record.name;
    return typeof key === "string" ? key : null;
  }
  return null;
}

function duplicates(value: unknown, where: string, found: string[]): string[] {
  if (Array.isArray(value)) {
    const seen = new Set<string>();
    value.forEach((entry, i) => {
      const key = entryKey(entry);
      if (key !== null) {
        if (seen.has(key)) found.push(`${where}: ${key}`);
        seen.add(key);
      }
      duplicates(entry, `${where}[${i}]`, found);
    });
  } else if (value && typeof value === "object") {
    for (const [key, entry] of Object.entries(value)) duplicates(entry, `${where}.${key}`, found);
  }
  return found;
}

describe("knowledge lists", () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));

  it("finds the knowledge files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s lists each entry once", (file) => {
    const data: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    expect(duplicates(data, file, [])).toEqual([]);
  });

  it("notices an entry listed twice", () => {
    expect(duplicates({ cues: ["the cargo", "the load", "the cargo"] }, "x", [])).toEqual(["x.cues: the cargo"]);
    expect(duplicates([{ id: "a" }, { id: "a" }], "y", [])).toEqual(["y: a"]);
  });
});
