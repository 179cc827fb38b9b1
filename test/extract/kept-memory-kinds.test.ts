// A further lot after a sentence that names another giver or receiver only in a transfer it does not tell (one it
// objects to, opposes or fights), written for the test: the lot goes on with the flow told before, not with the flow
// drafted from the sentence between and then thrown out. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "kept-memory.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "kept-memory", outlet: "Probe Wire", published: "2023-08-21" } as never }).claims;
const lots = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null]);

describe("a lot goes on with the flow a sentence finally told, not one it drafted and dropped", () => {
  it.each([
    ["Spain sold Chile ten howitzers in May. Argentina opposes selling howitzers to Chile. Four more arrived in July.", ["ESP", "CHL", "artillery-systems", 4]],
    ["Italy shipped eight frigates to Egypt last year. Greece objects to sending frigates to Egypt. Another two followed in March.", ["ITA", "EGY", "naval", 2]],
    ["Japan gave Vietnam six patrol boats in 2022. China has opposed the transfer of patrol boats to Vietnam. A further three arrived this spring.", ["JPN", "VNM", "naval", 3]],
    ["Norway sent 20 tanks to Poland in March. Hungary opposes sending tanks to Poland. A further eight arrived in May.", ["NOR", "POL", "armoured-vehicles", 8]],
  ] as const)("%s", (text, lot) => {
    const read = lots(text);
    expect(read).toContainEqual(lot);
    expect(read.filter((l) => l[3] === lot[3] && (l[0] !== lot[0] || l[1] !== lot[1]))).toEqual([]);
  });
});
