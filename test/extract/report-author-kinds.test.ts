// A report that names a person as its author, with no body as its maker ("a report by the envoy Ana Ruiz"): a later
// "the same report" or "the study" in the document is that person's work, in the next paragraph too; "the panel" is not.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "author.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "author", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("the same report, written by a person named with it, is that person's", () => {
  it.each([
    ["A report by Special Envoy Ana Ruiz said Belarus had sent 300 railcars of shells to Russia.\n\nThe same report said Iran shipped 400 drones to Russia in 2023.", "Ruiz"],
    ["A study by the UN special rapporteur Lars Dahl found that China sold 20 frigates to Pakistan.\n\nThe study found that Turkey delivered 12 drones to Pakistan last year.", "Dahl"],
    ["Russia delivered 30 helicopters to Mali, a 2023 report by the UN rapporteur Piet Vogel found.\n\nAccording to the same report, China supplied 14 armoured vehicles to Mali.", "Vogel"],
  ])("%s", (text, name) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const c of claims) expect(c.source.speaker ?? "").toContain(name);
  });
});
