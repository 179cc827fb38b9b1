// A sale "to X for cash": the payment named after the receiver goes the other way, with every payment joined to it
// ("for food and fuel"); "moved against" a trade acts on it, it moves nothing. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flows(text: string): string[] {
  const doc = processDocument({ path: "barter.txt", bytes: new TextEncoder().encode(text), meta: { id: "barter", published: "2024-09-04", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier} ${c.recipient} ${c.item}`);
}

describe("the payment after a named receiver goes back to the giver", () => {
  it.each([
    ["North Korea sells shells to Russia for cash.", ["PRK RUS artillery-ammunition", "RUS PRK money"], "PRK RUS money"],
    ["Pyongyang supplies missiles to Moscow for food and fuel.", ["RUS PRK food", "RUS PRK oil-fuel"], "PRK RUS oil-fuel"],
    ["Belarus sells tanks to Russia for oil.", ["BLR RUS armoured-vehicles", "RUS BLR oil-fuel"], "BLR RUS oil-fuel"],
  ])("%s", (text, want, wrong) => {
    const got = flows(text);
    for (const w of want) expect(got).toContain(w);
    expect(got).not.toContain(wrong);
  });
});

describe("moving against a trade moves nothing", () => {
  it.each([
    "North Korea sells shells to Russia for cash. Washington, meanwhile, has moved against the money trail.",
    "Iran ships drones to Russia. Britain moved swiftly against the brokers' money.",
    "Belarus sends fuel to Russia. Lithuania is moving against the smugglers' fuel.",
  ])("%s", (text) => {
    expect(flows(text).some((f) => /^(?:USA|GBR|LTU) /.test(f))).toBe(false);
  });
});
