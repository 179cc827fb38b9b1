// Troops and personnel as a frame (shapes.json personnel): a deployment or rotation with its figure, a planned one
// as possible, troops that fought in a state as sent there, and a count of troops lost as a status of the giver's
// troops, never a transfer figure. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "troops-frame.txt", bytes: Buffer.from(`Headline here\n\n${text}\n`), meta: { id: "troops-frame", outlet: "Probe Wire", published: "2025-09-03" } as never }).claims;

const transfers = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer");

describe("a deployment or rotation of a counted lot to a state moves that lot", () => {
  it.each([
    ["Chad announced a deployment of 1,200 soldiers to Libya.", "TCD", "LBY", 1200],
    ["Cuba began a second rotation of 2,500 troops to Angola in May.", "CUB", "AGO", 2500],
    ["Kenya announced a rotation of 3,000 troops into Somalia.", "KEN", "SOM", 3000],
  ])("%s", (text, supplier, recipient, value) => {
    const found = transfers(text).find((c) => c.item === "troops");
    expect(found && [found.supplier, found.recipient, found.quantity?.value]).toEqual([supplier, recipient, value]);
  });
});

describe("a planned deployment is possible", () => {
  it.each([
    "Chad plans a deployment of 1,200 soldiers to Libya.",
    "Niger's spy agency told lawmakers that Chad is planning a fresh rotation of 900 troops to Libya.",
    "Officials said Chad plans a third deployment of 2,000 troops to Libya.",
  ])("%s", (text) => {
    const found = transfers(text).filter((c) => c.item === "troops");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.certainty === "possible")).toBe(true);
  });
});

describe("troops that fought in a state were sent to it", () => {
  it.each([
    ["Officials admitted that Cuban soldiers had fought in Angola.", "CUB", "AGO"],
    ["Havana conceded in May that its troops had fought in Angola.", "CUB", "AGO"],
    ["When Moscow first admitted that Chadian soldiers had fought in the Kursk region, little changed.", "TCD", "RUS"],
  ])("%s", (text, supplier, recipient) => {
    expect(transfers(text).map((c) => [c.supplier, c.recipient, c.item])).toContainEqual([supplier, recipient, "troops"]);
  });

  it("a body that fought in court sends no one", () => {
    expect(transfers("The ministry fought in court against Angola.")).toEqual([]);
  });
});

describe("a count of troops lost is a status of the giver's troops, no transfer figure", () => {
  it.each([
    ["Chad sent soldiers to Libya in 2024.\n\nThe deployment was costly: 500 of the soldiers died in the first winter, the ministry said.", "TCD", 500],
    ["Cuba sent soldiers to Angola in 1976.\n\nThe deployment was costly: 2,000 of the soldiers were killed by 1980, historians estimate.", "CUB", 2000],
    ["Chad sent troops to Libya in 2024.\n\nThe deployment was costly: 300 of the troops were wounded in the first month, the army said.", "TCD", 300],
  ])("%s", (text, supplier, value) => {
    const claims = claimsOf(text);
    expect(claims.filter((c) => c.kind === "transfer" && c.quantity?.value === value)).toEqual([]);
    expect(claims.filter((c) => c.kind === "status" && c.item === "troops" && c.quantity?.value === value).map((c) => [c.supplier, c.recipient])).toContainEqual([supplier, null]);
  });
});

describe("a bare figure 'of them' counts the personnel named right after it", () => {
  it.each([
    ["Chad has sent soldiers to Libya. About 700 of them, sappers, have arrived already, the ministry said.", "TCD", "LBY", 700],
    ["Cuba has sent troops to Angola. Some 1,200 of those, military engineers, are already there, officials said.", "CUB", "AGO", 1200],
    ["Chad has sent soldiers to Libya. Roughly 400 of them, mostly paratroopers, are now at the front, officials said.", "TCD", "LBY", 400],
  ])("%s", (text, supplier, recipient, value) => {
    expect(transfers(text).map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null])).toContainEqual([supplier, recipient, "troops", value]);
  });
});

describe("troops sent somewhere, of whom some were lost, are still a lot sent", () => {
  it.each([
    ["About 900 of the roughly 9,000 Chadian soldiers sent to Libya have been killed, officials said.", "TCD", "LBY"],
    ["Some 300 of the 2,500 Cuban troops deployed to Angola were wounded, the report said.", "CUB", "AGO"],
    ["Nearly 1,000 of the 6,000 Eritrean soldiers dispatched to Ethiopia have died, diplomats say.", "ERI", "ETH"],
  ])("%s", (text, supplier, recipient) => {
    expect(transfers(text).some((c) => c.item === "troops" && c.supplier === supplier && c.recipient === recipient)).toBe(true);
  });
});
