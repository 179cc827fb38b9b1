// Readings a retelling uses where the first report used others, so that one side of a statement link was never
// extracted or never credited: the British spelling "despatched", and a source that "put a number on" what it
// then gives after a colon. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "retold.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "retold", outlet: "Harbour Courier", published: "2024-05-02" } as never }).claims;

describe("'despatch' is 'dispatch' spelt the British way", () => {
  it.each([
    ["Minister Lena Ortiz said on Monday that Belarus has despatched about 4,000 containers to Russia since March.", "BLR", "RUS"],
    ["Officials in Warsaw said Poland has despatched roughly 2,000 containers to Ukraine since June.", "POL", "UKR"],
    ["The minister said Turkey despatched some 900 containers to Azerbaijan over the summer.", "TUR", "AZE"],
  ])("%s", (text, supplier, recipient) => {
    const flows = claimsOf(text).filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient]);
    expect(flows).toContainEqual([supplier, recipient]);
  });
});

describe("a source that 'put a number on' a flow makes the claim it then tells", () => {
  it.each([
    ["On Tuesday, Defence Minister Lena Ortiz put a number on it: 4,000 containers have moved from Belarus to Russia since March.", "Ortiz"],
    ["Deputy Minister Tomas Keller put a figure on the traffic: 250 drones sent from Iran to Russia since the spring.", "Keller"],
    ["Ambassador Ruth Amsel puts a number on the trade: 120 howitzers shipped from Chad to Niger this year.", "Amsel"],
  ])("%s", (text, surname) => {
    const found = claimsOf(text).filter((c) => c.kind === "transfer" && c.quantity);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.source.speaker ?? "").toContain(surname);
  });
});

// "the report counts ..." paragraphs after "a report from the <body in lower case> (<initials>)": the body's work.
describe("a report's maker named in lower case with its initials is whose work 'the report' is later", () => {
  it.each([
    ["A report by the shanghai cooperation organisation (SCO) said China sent 500 drones to Iran.\n\nThe report counts 60 rocket launchers shipped from China to Iran last year.", "Shanghai Cooperation"],
    ["A study by the collective security treaty organisation (CSTO) said Belarus shipped 90 howitzers to Armenia.\n\nThe study also counts 40 rocket launchers sent from Belarus to Armenia in the spring.", "Collective Security"],
    ["The latest report from the international atomic energy agency (IAEA) said Russia sent 300 drones to Iran.\n\nThe report also counts 40 rocket launchers delivered from Russia to Iran in May.", "Atomic Energy"],
  ])("%s", (text, body) => {
    const found = claimsOf(text).filter((c) => c.kind === "transfer" && c.quantity);
    expect(found.length).toBe(2);
    for (const c of found) expect(c.source.org ?? "").toContain(body);
  });
});

describe("a place before a colon is a dateline, not the source, where a person named after it speaks", () => {
  it.each([
    ["Oslo: Defence Minister Lena Ortiz on Tuesday stated that Norway has sent 40 howitzers to Ukraine since May.", "Ortiz"],
    ["Warsaw: Deputy Minister Tomas Keller said on Friday that Poland delivered 120 tanks to Ukraine this year.", "Keller"],
    ["Ankara: Ambassador Ruth Amsel told reporters that Turkey shipped 300 drones to Azerbaijan in March.", "Amsel"],
  ])("%s", (text, surname) => {
    const found = claimsOf(text).filter((c) => c.kind === "transfer");
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.source.speaker ?? "").toContain(surname);
  });
});

describe("containers that 'could accommodate' or 'can fit' a figure give an estimate", () => {
  it.each([
    "Minister Lena Ortiz said Belarus sent 900 containers to Russia, which could accommodate some 200,000 artillery shells.",
    "Minister Tomas Keller said Iran shipped 300 containers to Russia that could fit about 50,000 rockets.",
    "Minister Ruth Amsel said Chad sent 40 containers to Niger, which can accommodate roughly 8,000 mortar rounds.",
  ])("%s", (text) => {
    const rounds = claimsOf(text).filter((c) => c.kind === "transfer" && c.quantity?.unit === "rounds");
    expect(rounds.length).toBeGreaterThan(0);
    for (const c of rounds) expect(c.certainty).toBe("believed");
  });
});

describe("a heading that names no state tells no cargo for the bare container counts below it", () => {
  it.each([
    ["a weekly letter on drones, freight and who buys what\n\nBoxes at sea\n\nMinister Lena Ortiz said on Monday that 900 containers have moved from Belarus to Russia since May.", "drones"],
    ["a digest about howitzers and shipping\n\nMore boxes\n\nMinister Tomas Keller said 300 containers have moved from Belarus to Russia since March.", "artillery-systems"],
    ["a digest about rifles and shipping\n\nMore boxes\n\nMinister Ruth Amsel said 40 containers have travelled from Chad to Niger this year.", "weapons-unspecified"],
  ])("%s", (text, masthead) => {
    const boxes = claimsOf(text).filter((c) => c.kind === "transfer" && c.quantity?.unit === "containers");
    expect(boxes.length).toBeGreaterThan(0);
    for (const c of boxes) expect(c.item).not.toBe(masthead);
  });
});

describe("a day right before a verb of saying dates the saying, not the transfer", () => {
  it.each([
    ["Minister Jo Wade on Monday told reporters that Belarus has sent about 900 containers to Russia since May last year.", "2023-05"],
    ["Foreign Minister Ana Cross on Friday stated that Poland has delivered 120 tanks to Ukraine since January.", "2024-01"],
    ["Minister Eli Wade on Tuesday said that Turkey has shipped 300 drones to Azerbaijan since March.", "2024-03"],
  ])("%s", (text, start) => {
    const found = claimsOf(text).filter((c) => c.kind === "transfer" && c.quantity);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.period?.start).toBe(start);
  });
});
