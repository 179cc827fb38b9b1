// A further giver's package, tranche or drawdown told only by its worth goes to the receiver of the run of transfers
// the report follows, as a counted noun of giving does (claims/receiver-in-focus.ts); a trade's sum does not. Texts of
// our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item unit" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "lot-worth.txt", bytes: new TextEncoder().encode(text), meta: { id: "lot-worth", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.quantity?.unit ?? "-"].join(" "));
}

describe("a further giver's lot told by its worth goes to the receiver of the run", () => {
  it.each([
    ["Chile sent 30 tanks to Peru in May.\n\nBrazil's newest package is worth $200 million.\n", "BRA PER weapons-unspecified usd"],
    ["Greece delivered 12 helicopters to Cyprus last year.\n\nThe Pentagon cleared a further drawdown worth $80 million.\n", "USA CYP weapons-unspecified usd"],
    ["Austria handed 15 trucks to Slovenia in January.\n\nRome on Friday approved its largest package so far, worth about $90 million.\n", "ITA SVN weapons-unspecified usd"],
  ])("%s", (text, want) => {
    expect(transfers(text)).toContain(want);
  });
});

describe("a trade's sum is no lot given", () => {
  it.each([
    ["Chile sent 30 tanks to Peru in May.\n\nBrazil's arms exports were worth $2 billion last year.\n", "BRA"],
    ["Greece delivered 12 helicopters to Cyprus last year.\n\nItalian sales of rifles abroad were worth $300 million.\n", "ITA"],
  ])("%s", (text, giver) => {
    expect(transfers(text).filter((c) => c.startsWith(`${giver} `))).toEqual([]);
  });
});

describe("a tranche a sum measures is a package of arms of its own, besides what it lists", () => {
  it.each([
    ["Finland's newest tranche for Estonia, worth $90 million, includes mortars.\n", "FIN EST weapons-unspecified usd", "FIN EST artillery-systems -"],
    ["A tranche for Georgia worth $40 million was cleared by Poland on Monday and includes grenades.\n", "POL GEO weapons-unspecified usd", "POL GEO ammunition -"],
    ["Norway approved a tranche for Latvia valued at $25 million that contains anti-tank missiles.\n", "NOR LVA weapons-unspecified usd", "NOR LVA missiles-other -"],
  ])("%s", (text, sum, listed) => {
    const got = transfers(text);
    expect(got).toContain(sum);
    expect(got).not.toContain(listed.replace(/ -$/, " usd"));
  });
});
