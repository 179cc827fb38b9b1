// A body's paper named after the body ("the HUR assessment", "an IAEA report", "the INSS study") credits that body:
// two reports, one crediting the body by its name and one by its paper, giving the very figure of one window, are one
// statement. A name the gazetteer does not know before the paper word (an outlet called "... Report") stays its own
// name. All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { canonicalSource } from "../../src/link/canonical-source.js";
import { linkedAsOneOfTwo } from "./support/two-reports.js";

const body = (org: string): Claim["source"] => ({ speaker: null, org, country: null });

const papers: [string, string][] = [
  ["HUR assessment", "body:ukr-hur"],
  ["the INSS study", "body:kor-inss"],
  ["IAEA report", "body:iaea"],
];

describe("a paper named after a known body credits the body", () => {
  it.each(papers)("%s", (org, key) => expect(canonicalSource(body(org))).toBe(key));
  it("an outlet whose name ends in a paper word stays its own name", () => expect(canonicalSource(body("The Lakeside Report"))).toBe("org:lakeside report"));
  it("a paper word alone names no body", () => expect(canonicalSource(body("study"))).toBe("org:study"));
});

/** Whether a body's figure and the same figure credited to its paper a month later link as one statement. */
function linked(named: string, paper: string, value = 40): boolean {
  const base = { kind: "transfer" as const, supplier: "PRK", recipient: "RUS", item: "artillery-systems" as const, certainty: "asserted" as const, period: { start: "2024-10", end: "2024-12" } };
  return linkedAsOneOfTwo(
    { ...base, outlet: "Harbour Gazette", published: "2025-04-02", evidence: "Forty self-propelled guns went north over the quarter, the body said.", source: body(named), quantity: { value: 40, min: null, max: null, unit: "systems", approx: false } },
    { ...base, outlet: "Upland Review", published: "2025-05-06", evidence: "Its paper counted forty such guns over those three months.", source: body(paper), quantity: { value, min: null, max: null, unit: "systems", approx: false } },
    ["pa", "pb"],
  );
}

describe("the body and its paper, the very figure a month apart, are one statement", () => {
  it.each([
    ["Defence Intelligence of Ukraine", "HUR assessment"],
    ["Institute for National Security Strategy", "INSS study"],
    ["Multilateral Sanctions Monitoring Team", "MSMT report"],
  ])("%s and %s", (named, paper) => expect(linked(named, paper)).toBe(true));
  it("another figure stays apart", () => expect(linked("Multilateral Sanctions Monitoring Team", "MSMT report", 60)).toBe(false));
  it("another body's paper stays apart", () => expect(linked("Multilateral Sanctions Monitoring Team", "INSS study")).toBe(false));
});
