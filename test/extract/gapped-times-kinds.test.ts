// A gapped list whose members each carry a time of their own, written for the test: "and Slovakia thirteen a day
// later", "Brazil 24 next year": the time that closes a member (or stands between the first flow and the list) keeps
// the state a further giver, never a receiver of the first flow. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "gapped-times.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "gapped-times", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const flows = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("a gapped member closed by a time of its own gives its own count", () => {
  it.each([
    ["Chile promised four jets to Peru in May 2023 and Brazil eleven a week later.", "aircraft", [["CHL", 4], ["BRA", 11]]],
    ["Spain has pledged 19 tanks to Peru, Italy 24 next year and Greece six.", "armoured-vehicles", [["ESP", 19], ["ITA", 24], ["GRC", 6]]],
    ["Canada sent 12 howitzers to Peru in March, and Norway 30 in June.", "artillery-systems", [["CAN", 12], ["NOR", 30]]],
    ["Portugal offered nine helicopters to Peru in 2022 and Finland five the following year.", "aircraft", [["PRT", 9], ["FIN", 5]]],
  ] as const)("%s", (text, item, givers) => {
    const got = flows(text);
    for (const [supplier, value] of givers) expect(got).toContainEqual([supplier, "PER", item, value]);
    // (the later giver receives nothing from the first)
    for (const [later] of givers.slice(1)) expect(got.some(([, recipient]) => recipient === later)).toBe(false);
  });
});
