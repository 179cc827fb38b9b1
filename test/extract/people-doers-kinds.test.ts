// People named right after "by" ("photographs sent in by railway workers", "taken by French troops") do the act the
// sentence tells: they are no troops or workers that move.
import { describe, expect, it } from "vitest";
import { claimsOfReport } from "./support/short-report.js";

const itemsOf = (text: string) => claimsOfReport(text, "doers", "2025-05-02").filter((c) => c.kind === "transfer").map((c) => c.item);

describe("people after 'by' are the doers, not goods", () => {
  it.each([
    ["Minsk has sent about 80 tanks to Russia by rail this spring, a count based on photos sent in by railway workers.", "armoured-vehicles"],
    ["Some 60 armoured trucks have gone from Belarus to Russia since May, going by a tally of photographs sent in by rail workers.", "armoured-vehicles"],
    ["Russia has shipped 30 helicopters to Iran this year, according to images sent in by airport workers.", "aircraft"],
  ])("%s", (text, goods) => {
    const items = itemsOf(text);
    expect(items).toContain(goods);
    expect(items).not.toContain("workers");
  });

  it.each([
    "The bronze figures were carried off by French troops in 1860 and later sold to dealers in London.",
  ])("%s", (text) => expect(itemsOf(text)).not.toContain("troops"));
});

describe("a further lot after 'followed by' still moves", () => {
  it.each([
    "Pyongyang sent 3,000 soldiers to Russia in October, followed by 2,000 more troops in December, the agency said.",
  ])("%s", (text) => expect(itemsOf(text)).toContain("troops"));
});
