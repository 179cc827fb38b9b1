// A works named for its goods in one sentence and told ready to run in the next, written for the test: "the plant could
// be fully operational next year" is the output of the thing the works was named for, by the state it stands in,
// possible, and dated by the time ahead. A works told ready with no thing made named before it gives no claim.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "works-readiness.txt", bytes: Buffer.from(`Industry notes\n\n${text}\n`), meta: { id: "works-readiness", outlet: "Probe Wire", published: "2025-05-14" } as never }).claims;
const made = (cs: Claim[]) => cs.filter((c) => c.kind === "production").map((c) => `${c.supplier} ${c.item} ${c.certainty} ${c.period?.start?.slice(0, 4) ?? "-"}`);

describe("a works told ready to run is a planned output of the thing it was named for", () => {
  it.each([
    ["Belarus has been sending Armenia machine tools for a shell factory near Gyumri, the ministry said. The factory could be fully operational early next year, it added.", "ARM artillery-ammunition possible 2026"],
    ["Serbia is buying Chinese parts for a new drone plant in Vojvodina. Officials expect the plant to be up and running in 2027.", "SRB drones possible 2027"],
    ["Paris will ship presses to New Delhi for a missile assembly line near Nashik. Next year, the assembly line may be fully running, a spokesman said.", "IND missiles-other possible 2026"],
  ])("%s", (text, claim) => expect(made(claimsOf(text))).toContain(claim));
});

describe("a works told ready with no thing named before it gives no claim", () => {
  it.each([
    ["The new plant could be fully operational early next year, the governor said."],
    ["Officials expect the factory to be up and running in 2027."],
  ])("%s", (text) => expect(made(claimsOf(text))).toEqual([]));
});
