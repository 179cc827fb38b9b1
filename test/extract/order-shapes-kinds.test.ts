// Orders told in shapes other than "X ordered N things from Y": a buyer that signs for a model with no seller named
// gets it from the model's maker (model-makers.json acquiring); a state that confirms or announces an order, a purchase
// or a contract is its buyer, though the verb of making known makes it the sentence's speaker (transfer-cues.json
// speakerBuyerLead); and goods "ordered in 2021", "ordered by Chile last year", "that the navy ordered under a 2019
// contract" were bought by the one who ordered them, from the state after "from" or the model's maker (transfer-cues.json
// get). An order is a deal whose goods are still to come: possible, not done.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "ordershapes.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "ordershapes", outlet: "Probe Wire", published: "2025-06-10" } as never })
    .claims.filter((c) => c.kind === "transfer")
    .map((c) => `${c.supplier} -> ${c.recipient} ${c.item} ${c.quantity?.value ?? "-"}`);

describe("a buyer that signs for a model gets it from the model's maker", () => {
  it.each([
    ["Uruguay signed for 12 Rafale jets in March.", "FRA -> URY aircraft 12"],
    ["Kenya signed last week for six Bayraktar drones.", "TUR -> KEN drones 6"],
    ["Estonia signed on 4 February for 18 K9 howitzers, its defence ministry said.", "KOR -> EST artillery-systems 18"],
  ])("%s", (text, claim) => {
    expect(claimsOf(text)).toContain(claim);
  });
});

describe("a state that confirms or announces its order is the buyer", () => {
  it.each([
    ["Ecuador confirmed an order for eight K9 howitzers from South Korea.", "KOR -> ECU artillery-systems 8"],
    ["Peru announced the purchase of 24 Caesar howitzers from France.", "FRA -> PER artillery-systems 24"],
    ["Bolivia confirmed a new order for six Gripen jets on Monday.", "SWE -> BOL aircraft 6"],
  ])("%s", (text, claim) => {
    expect(claimsOf(text)).toContain(claim);
  });
});

describe("goods ordered at a time named after the verb come to the one that ordered them", () => {
  it.each([
    ["Lima expects the first of the 24 Rafale jets it ordered in 2021 to arrive next year.", "FRA -> PER aircraft 24"],
    ["Exocet missiles ordered by Chile in 2021 may not arrive before 2027.", "FRA -> CHL missiles-other -"],
    ["A yard in Lorient is building four Gowind corvettes that the Egyptian navy ordered in 2019.", "FRA -> EGY naval 4"],
    ["Quito has been waiting for Su-35 jets from Russia since it ordered them in 2023.", "RUS -> ECU aircraft -"],
  ])("%s", (text, claim) => {
    expect(claimsOf(text)).toContain(claim);
  });
});

describe("an order of another kind moves nothing", () => {
  it.each([
    ["A court in Lima ordered in 2021 that the files be opened."],
    ["The minister confirmed an order for the inquiry on Monday."],
    ["Nobody signed for the parcel in March."],
  ])("%s", (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

// The body that signs on a given day for goods is the source of its own act (speech.json commitVerbs), also where a
// feed left a markup tag before it; "a deal put at $2 billion" names the deal's worth, and the name before it says
// nothing (speech.json, 'put ... at').
const sourcesOf = (text: string) =>
  processDocument({ path: "ordershapes.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "ordershapes", outlet: "Probe Wire", published: "2025-06-10" } as never })
    .claims.filter((c) => c.kind === "transfer")
    .map((c) => `${c.supplier} -> ${c.recipient} ${c.item}: ${c.source?.country ?? c.source?.org}`);

describe("a body that signs on a day for goods is the source of its signing", () => {
  it.each([
    ["Peru's defence ministry signed on 3 June for another 40 K2 tanks from Hyundai Rotem, a deal put at about 2 billion dollars.", "KOR -> PER armoured-vehicles: PER"],
    ["Chile's defence ministry signed on 12 May for 12 more Caesar howitzers from Nexter, a contract put at about 90 million euros.", "FRA -> CHL artillery-systems: CHL"],
    ["<entry><summary>The Colombian defence ministry signed on 2 March for six Gripen jets from Saab.</summary></entry>", "SWE -> COL aircraft: COL"],
  ])("%s", (text, claim) => {
    expect(sourcesOf(text)).toContain(claim);
  });
});

describe("the name before a deal's worth 'put at' a sum is no speaker", () => {
  const speakersOf = (text: string) =>
    processDocument({ path: "ordershapes.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "ordershapes", outlet: "Probe Wire", published: "2025-06-10" } as never })
      .claims.filter((c) => c.kind === "transfer")
      .map((c) => c.source?.speaker ?? null);
  it.each([
    ["Peru bought 40 K2 tanks from Hyundai Rotem, a deal put at about 2 billion dollars."],
    ["Chile will buy 18 Gripen jets from Saab Aeronautics, a purchase put at roughly 1.5 billion dollars."],
    ["Bolivia ordered six Akinci drones from Selim Ozturk Holdings, an order put at about 150 million dollars."],
  ])("%s", (text) => {
    const speakers = speakersOf(text);
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.filter((s) => s !== null)).toEqual([]);
  });
});
