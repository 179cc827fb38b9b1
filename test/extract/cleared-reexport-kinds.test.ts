// A state that clears, approves or authorises a re-export (a re-transfer) lets others give: it is no party to what
// they send, neither giver nor getter. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "reexport.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "reexport", outlet: "Probe Wire", published: "2024-06-01" } as never }).claims;
const parties = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").flatMap((c) => [c.supplier, c.recipient]);

describe("the state that clears a re-export is no party", () => {
  it.each([
    ["Ukraine asked its allies for tanks. Belgium will donate four Leopard 1 tanks, now that Berlin has approved the re-export.", "DEU"],
    ["Ukraine needs jets. Portugal will hand over eight F-16s, now that Washington has approved the re-transfer.", "USA"],
    ["Kyiv wants more armour. Finland will send three Leopard tanks, now that Berlin has cleared the re-export.", "DEU"],
  ] as const)("%s", (text, permitter) => {
    expect(parties(text)).not.toContain(permitter);
  });
});

describe("the giver and the getter the sentence names still stand", () => {
  it.each([
    ["Spain will ship six more Leopard tanks to Ukraine after Berlin cleared the re-export.", ["ESP", "UKR"]],
  ] as const)("%s", (text, flow) => {
    expect(claimsOf(text).map((c) => [c.supplier, c.recipient])).toContainEqual(flow);
  });
});
