// A denial of arms to "any party" of a war names each side of it as a receiver, Sudan's government and the RSF too.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "sides.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "sides", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a denial to any party of a war names each side", () => {
  it.each([
    ["Kyiv says Russian drones now carry parts bought in Central Asia. Kazakhstan insists it has never supplied weapons to any party in the conflict.", "KAZ", ["RUS", "UKR"]],
    ["Ukraine hit more Russian depots overnight. Vietnam has not sold arms to any party, and its trade with Moscow is normal, a spokesman said.", "VNM", ["RUS", "UKR"]],
    ["Fighting goes on around El Fasher. Egypt denied shipping weapons to either side in Sudan, its foreign ministry said.", "EGY", ["SDN", "SDN-RSF"]],
    ["Refugees keep crossing the border. Chad has not delivered ammunition to either of the warring sides in Sudan, officials said.", "TCD", ["SDN", "SDN-RSF"]],
  ])("%s", (text, supplier, sides) => {
    const denied = claimsOf(text).filter((c) => c.kind === "transfer" && c.supplier === supplier && c.certainty === "denied").map((c) => c.recipient);
    for (const side of sides) expect(denied).toContain(side);
  });
});

describe("a party that wants to buy is no side", () => {
  it.each([
    "Poland will sell its old tanks to any party that can pay, the minister joked.",
    "Kyiv will lend the drones to any party willing to train its crews, an official said.",
    "Seoul said it would supply shells to any party that met its export rules.",
  ])("%s", (text) => {
    expect(claimsOf(text).some((c) => c.kind === "transfer" && (c.recipient === "RUS" || c.recipient === "UKR" || c.recipient === "SDN-RSF") && c.certainty === "denied")).toBe(false);
  });
});
