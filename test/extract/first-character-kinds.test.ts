// The lexicon's alternations split by the character each phrase can begin with (lexicon.ts byFirstCharacter): the
// same matches as the plain alternation, on every word list of the knowledge files and on phrasings of our own.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { alternation, byFirstCharacter, findClassified, phraseRegex, transferAll } from "../../src/knowledge/lexicon.js";
import transferData from "../../src/knowledge/transfer-cues.json" with { type: "json" };

const plainRegex = (patterns: readonly string[], flags = "gi") => new RegExp(`\\b(?:${alternation(patterns)})\\b`, flags);

function matches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].length) re.lastIndex++;
    out.push(`${m.index}:${m[0]}`);
  }
  re.lastIndex = 0;
  return out;
}

/** A rough reading of a pattern as words: groups opened, optional marks and classes reduced to a first choice. */
function sample(pattern: string): string {
  return pattern
    .replace(/\(\?<?[=!](?:[^()]|\([^()]*\))*\)/g, "")
    .replace(/\[([^\]])[^\]]*\]/g, "$1")
    .replace(/\\s[+*]?|\\s\{[^}]*\}/g, " ")
    .replace(/\\b|\\w[+*]?|\(\?:|[()?*+]|\{[^}]*\}/g, "")
    .replace(/\|[^ ]*/g, "")
    .replace(/\\(.)/g, "$1");
}

const lists: { name: string; patterns: string[] }[] = [];
const knowledge = join(import.meta.dirname, "../../src/knowledge");
function walk(value: unknown, name: string): void {
  if (Array.isArray(value) && value.length >= 8 && value.every((x) => typeof x === "string")) lists.push({ name, patterns: value as string[] });
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, `${name}.${k}`);
}
for (const f of readdirSync(knowledge).filter((f) => f.endsWith(".json"))) walk(JSON.parse(readFileSync(join(knowledge, f), "utf8")), f);

const frames = [
  (w: string) => `Officials in Ruritania said that ${w} the parts to Freedonia last spring.`,
  (w: string) => `${w[0]?.toUpperCase() ?? ""}${w.slice(1)} was what the ministry wrote, and anti-${w} groups disagreed.`,
  (w: string) => `The firm's co-${w}s, ${w.toUpperCase()}, and ${w}ed plans were noted; x${w} too.`,
];

describe("an alternation split by first character", () => {
  it("splits the knowledge lists, and leaves alone what it cannot split safely", () => {
    expect(lists.length).toBeGreaterThan(100);
    expect(byFirstCharacter(["supplied", "shipped", "handed", "armed", "sent", "gave", "sold", "lent"], "gi")).toBe(
      "(?=a)(?:armed)|(?=g)(?:gave)|(?=h)(?:handed)|(?=l)(?:lent)|(?=s)(?:supplied|shipped|sent|sold)",
    );
    // (case-sensitive, capturing groups, or too few patterns: the plain alternation)
    const eight = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"];
    expect(byFirstCharacter(eight, "g")).toBe(eight.join("|"));
    expect(byFirstCharacter([...eight.slice(1), "(al)pha"], "gi")).toBe([...eight.slice(1), "(al)pha"].join("|"));
    expect(byFirstCharacter(eight.slice(0, 3), "gi")).toBe(eight.slice(0, 3).join("|"));
    // (a bracket in a character class or escaped opens no group: such a pattern does not keep the list from splitting)
    for (const odd of ["(?<=\\b(?:laid)\\s+(?:[^\\s.,;()]+\\s+){1,3}?)in", "hotel\\(s\\)"]) {
      const split = byFirstCharacter([...eight.slice(0, 7), odd], "gi");
      expect(split).toMatch(/^\(\?=a\)/);
      expect(split).toContain(`(?=${odd.startsWith("(") ? "i" : "h"})(?:${odd})`);
    }
  });

  it("splits the transfer verbs of transfer-cues.json, as find-candidates and the transfer scan ask", () => {
    for (const re of [transferAll.any, phraseRegex([...transferData.give, ...transferData.get], "gi", true)]) expect(re.source).toMatch(/^\\b\(\?:\(\?=a\)/);
  });

  it("puts a pattern whose first character it cannot read into every branch, in its place", () => {
    const patterns = ["\\w+ward", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"];
    const re = phraseRegex(patterns, "gi", true);
    for (const text of ["Seaward alpha, northward and golf.", "BRAVO then forward", "echoes, echo; foxtrot-golf 9ward"]) expect(matches(re, text)).toEqual(matches(plainRegex(patterns), text));
  });

  it("matches what the plain alternation matches, on every list and on phrasings of our own", () => {
    let texts = 0;
    for (const { patterns } of lists) {
      const split = phraseRegex(patterns, "gi", true);
      const plain = plainRegex(patterns);
      const words = patterns.map(sample).filter((w) => w.trim());
      const all = [...words.flatMap((w) => frames.map((f) => f(w))), words.join(" "), words.join(", ")];
      for (const text of all) {
        expect(matches(split, text)).toEqual(matches(plain, text));
        texts++;
      }
    }
    expect(texts).toBeGreaterThan(5000);
  });

  it("names the same transfer words, with their kinds", () => {
    const kinds = (text: string) => findClassified(transferAll, text).map((m) => `${m.start}:${m.text}:${m.label}`);
    expect(kinds("Ruritania shipped shells and sold rifles to Freedonia, which bought them.")).toEqual([
      "10:shipped:give",
      "29:sold:give",
      "61:bought:get",
    ]);
    expect(kinds("Freedonia received the deliveries; it paid for the transfer.")).toEqual(["10:received:get", "23:deliveries:giveNoun", "38:paid:pay", "51:transfer:give"]);
  });
});
