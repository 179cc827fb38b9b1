// Shares told in fifths ("four-fifths of its arms imports", "three fifths of the crude") are shares of the flow in percent,
// as halves, thirds and quarters are (numbers.json, shares); a share a verb before it sets "at" a figure ("put China's
// share of the imports at 70 percent") is that figure.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function sharesOf(sentence: string) {
  const doc = processDocument({ path: "shares.txt", bytes: new TextEncoder().encode(`Report\n\nBy staff\n\n${sentence}`), meta: { id: "shares", outlet: "Test Wire", published: "2025-05-22" } });
  return doc.claims.map((c) => `${c.supplier}>${c.recipient} ${c.quantity?.value ?? "-"} ${c.quantity?.unit ?? "-"}`);
}

describe("a share in fifths is a percent", () => {
  it.each([
    ["Beijing sold four-fifths of Bangladesh's arms imports over the last decade.", "CHN>BGD 80 percent"],
    ["Russia provided three fifths of Vietnam's arms imports in the period.", "RUS>VNM 60 percent"],
    ["France supplied two-fifths of Egypt's major arms imports last year.", "FRA>EGY 40 percent"],
  ])("%s", (sentence, claim) => expect(sharesOf(sentence)).toContain(claim));
});

describe("a share set at a figure is a percent of the flow", () => {
  it.each([
    ["Analysts put Turkey's share of Azerbaijan's drone imports at about 60 percent.", "TUR>AZE 60 percent"],
    ["Customs data place China's share of Iran's machine-tool purchases in 2022 at roughly 45 percent.", "CHN>IRN 45 percent"],
    ["The institute estimates Russia's share of Algeria's arms imports at 70 per cent.", "RUS>DZA 70 percent"],
  ])("%s", (sentence, claim) => expect(sharesOf(sentence)).toContain(claim));
});
