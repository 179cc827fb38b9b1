// Troops told to fight on a state's side, with no verb of sending: "took part in an offensive to recapture X",
// "helped to defend X", "thanked the soldiers of Y for helping to retake X". Where they fight for is where they went.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "side.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "side", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient, c.item]);

describe("troops that take a state's side in a fight were sent to it", () => {
  it.each([
    ["Chadian soldiers took part in an offensive to recapture the Kursk region of Russia, the ministry said.", ["TCD", "RUS", "troops"]],
    ["Chadian troops helped to defend Libya last year.", ["TCD", "LBY", "troops"]],
    ["The Libyan army chief thanked Chadian soldiers for helping to retake Sirte.", ["TCD", "LBY", "troops"]],
  ])("%s", (text, flow) => {
    const found = flows(text);
    expect(found).toContainEqual(flow);
    expect(found).not.toContainEqual([flow[1], flow[0], flow[2]]);
  });

  it.each([
    "Ukrainian troops took part in the operation to liberate Kherson.",
    "Russian troops took part in the assault on Bakhmut in Ukraine.",
    "Libya thanked Chad for its diplomatic support.",
  ])("no troops sent: %s", (text) => {
    expect(flows(text).filter((f) => f[2] === "troops")).toEqual([]);
  });
});

describe("a figure of 'the contingent' or 'the deployment' counts the troops sent just before", () => {
  it.each([
    ["Chad has sent troops to Libya. Niger's intelligence service puts the contingent at about 2,000 soldiers.", 2000],
    ["Kenya deployed soldiers to Somalia in March. The contingent now numbers roughly 900 troops, officials said.", 900],
    ["Chad has sent troops to Libya. The deployment now totals about 1,500 soldiers, a defence official said.", 1500],
  ])("%s", (text, value) => {
    const [first] = claimsOf(text).filter((c) => c.kind === "transfer");
    const counted = claimsOf(text).find((c) => c.kind === "transfer" && c.quantity?.value === value);
    expect(counted).toBeDefined();
    expect([counted!.supplier, counted!.recipient, counted!.item]).toEqual([first.supplier, first.recipient, "troops"]);
  });
});
