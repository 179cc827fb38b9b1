// Readings of personnel (shapes.json personnel): troops in a state their own state wars against are not sent to it,
// a line labelled with personnel counts them, and personnel a giver gives something for are not given by it.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "troops-readings.txt", bytes: Buffer.from(`Headline here\n\n${text}\n`), meta: { id: "troops-readings", outlet: "Probe Wire", published: "2025-09-03" } as never }).claims;

const flows = (text: string) => claimsOf(text).filter((c) => c.kind === "transfer" && c.item === "troops").map((c) => `${c.supplier}>${c.recipient}`);

describe("troops fighting or stationed in the state their own state wars against are not sent to it", () => {
  it.each([
    ["Iraq invaded Kuwait in August 1990.\n\nIraqi troops stationed in Kuwait looted the capital for months.", "IRQ>KWT"],
    ["Russia's full-scale invasion of Ukraine began in 2022.\n\nRussian soldiers fighting in Ukraine complain of shortages, and North Korea has sent troops to Russia.", "RUS>UKR"],
    ["Azerbaijan launched an offensive against Armenia in 2022.\n\nAzerbaijani troops deployed in Armenia still hold several heights.", "AZE>ARM"],
    ["Moscow's war against Ukraine drags on.\n\nRussian troops have been fighting in Ukraine for years, officials said.", "RUS>UKR"],
  ])("%s", (text, wrong) => {
    expect(flows(text)).not.toContain(wrong);
  });

  it.each([
    ["Russia's war against Ukraine continues.\n\nNorth Korean troops fighting in Russia have taken heavy losses.", "PRK>RUS"],
    ["South Africa's invasion of Angola in 1975 drew a response.\n\nCuban troops fought in Angola for years, historians say.", "CUB>AGO"],
    ["Russia invaded Ukraine in 2022.\n\nNorth Korean soldiers stationed in Russia number about 11,000, Seoul said.", "PRK>RUS"],
  ])("an ally hosting troops still receives them: %s", (text, flow) => {
    expect(flows(text)).toContain(flow);
  });
});

describe("a bare figure after personnel named as a line's label counts them", () => {
  it.each([
    ["Chad has sent soldiers to Libya, officials said.\n\n3/ Troops: over 1,200 sent in 2024, the ministry says.", "TCD", "LBY", "troops", 1200],
    ["Cuba sent troops to Angola in the 1970s.\n\n- Soldiers: about 20,000 deployed by 1980, historians say.", "CUB", "AGO", "troops", 20000],
    ["Chad sent workers to Libya.\n\nWorkers: some 3,000 dispatched last year.", "TCD", "LBY", "workers", 3000],
  ])("%s", (text, supplier, recipient, item, figure) => {
    const counted = claimsOf(text).filter((c) => c.kind === "transfer" && c.item === item && c.supplier === supplier && c.recipient === recipient);
    expect(counted.some((c) => (c.quantity?.value ?? c.quantity?.min) === figure)).toBe(true);
    // The label is the lot the figure counts: its line tells no second claim without it.
    expect(counted.filter((c) => !c.quantity && c.evidence.text.includes(":"))).toEqual([]);
  });
});

describe("personnel a giver gives something for are not given by it", () => {
  it.each([
    ["Analysts wonder what Libya may give Chad for its soldiers.", "LBY>TCD"],
    ["Seoul asked what Moscow would provide Pyongyang for the soldiers.", "RUS>PRK"],
    ["Officials asked what Russia would offer Belarus for their soldiers.", "RUS>BLR"],
  ])("%s", (text, wrong) => {
    expect(flows(text)).not.toContain(wrong);
  });

  it.each([
    ["Libya pays Chad for its soldiers with oil.", "TCD>LBY"],
    ["Chad sent its soldiers to Libya for the offensive.", "TCD>LBY"],
  ])("a verb of paying or a lot sent reads its own way: %s", (text, flow) => {
    expect(flows(text)).toContain(flow);
  });
});

describe("troops told in the passive to be placed in a state went there, whoever tells it", () => {
  it.each([
    ["Chadian troops are stationed in Libya.", "TCD>LBY"],
    ["Officials say Chadian troops are deployed in Libya.", "TCD>LBY"],
    ["Havana says Cuban soldiers were based in Angola for years.", "CUB>AGO"],
    ["Eritrean troops have been positioned in Ethiopia since 2020, diplomats say.", "ERI>ETH"],
  ])("%s", (text, flow) => {
    const found = flows(text);
    expect(found).toContain(flow);
    expect(found).not.toContain(flow.split(">").reverse().join(">"));
  });
});

describe("a part of a lot of troops told lost is a status, the lot is what was sent", () => {
  it.each([
    ["Chad has lost 300 of the 2,000 soldiers it sent to Libya.", "TCD", "LBY", 300, 2000],
    ["Some 4,000 of the 11,000 Eritrean soldiers sent to Ethiopia have been killed or wounded.", "ERI", "ETH", 4000, 11000],
    ["Cuba lost about 2,000 of the 30,000 troops it deployed to Angola, historians say.", "CUB", "AGO", 2000, 30000],
    ["Roughly 500 of the 6,000 Kenyan troops dispatched to Somalia were wounded in the first year.", "KEN", "SOM", 500, 6000],
  ])("%s", (text, supplier, recipient, part, lot) => {
    const claims = claimsOf(text).filter((c) => c.item === "troops");
    const sent = claims.filter((c) => c.kind === "transfer" && c.supplier === supplier && c.recipient === recipient).map((c) => c.quantity?.value ?? null);
    expect(sent).toContain(lot);
    expect(sent).not.toContain(part);
    expect(claims.filter((c) => c.kind === "status" && c.supplier === supplier).map((c) => c.quantity?.value ?? null)).toContain(part);
  });
});
