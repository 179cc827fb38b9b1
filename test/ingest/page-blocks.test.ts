// Blocks of a page that tell no report, known by their shape (boilerplate.json, blocks): a question put to a
// minister or to the readers, the references of a footnote list, a glossary's terms, a listing's record of fields.
// Their lines give no claims; the report around them (an FAQ's answer, a note that tells more than its reference)
// still does. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const read = (text: string) =>
  processDocument({ path: "blocks.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "blocks", outlet: "Probe Review", published: "2025-05-12" } as never });
const claimLines = (text: string): string[] => read(text).claims.map((c: Claim) => c.evidence.text);
const flows = (text: string) => read(text).claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier, c.recipient]);

describe("a written question put to a minister gives no claim; its answer does", () => {
  it.each([
    [
      "To ask the Secretary of State for Defence, how many howitzers the UK has sent to Ukraine since January; and when the next batch of shells will be delivered.",
      "The UK delivered 24 howitzers to Ukraine between January and April.",
    ],
    [
      "To ask His Majesty's Government, whether Iran has supplied ballistic missiles to Russia since September 2024.",
      "Iran has supplied several hundred drones to Russia since the summer, the minister said.",
    ],
    [
      "To ask the Secretary of State for Foreign Affairs, what recent discussions he has had with his Turkish counterpart on the delivery of 40 Turkish drones to Niger.",
      "Turkey delivered 40 drones to Niger last year, the minister replied.",
    ],
  ])("%s", (question, answer) => {
    const lines = claimLines(`Questions and answers\n\n${question}\n\n${answer}\n`);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).not.toContain(question);
    expect(lines.some((l) => l.includes(answer.slice(0, 20)))).toBe(true);
  });
});

describe("a list of other questions or explainers after its heading gives no claim", () => {
  it.each([
    "Related questions\n· Tanks: Supply from Germany to Poland (UIN 51234), answered 3 May 2025\n· Missiles: Exports of British missiles to Estonia (UIN 50999), answered 28 April 2025",
    "-- Other explainers: \"Who sells Iranian drones to Russia?\" | \"Why did Turkey send rifles to Hungary?\"",
    "Related questions:\n- How many tanks did Poland send to Ukraine?\n- Which drones did Iran ship to Russia?",
  ])("%s", (list) => {
    const text = `Germany sent 12 tanks to Lithuania in March, the ministry said.\n\n${list}\n`;
    expect(flows(text)).toEqual([["DEU", "LTU"]]);
  });
});

describe("the references of a footnote list give no claim; a note that tells more does", () => {
  it.each([
    "Notes\n[1] National Institute for Arms Studies, Exports of Major Weapons to Asia, 2024 (data brief, April 2025).\n[2] Report in Turkish newspapers, 3-4 May 2025.",
    "Sources\n1. Egyptian arms purchases from China, customs records, 12 February 2025.\n2. Russian exports of jets to Algeria, state television, March 2025.",
    "¹ Iranian arms shipments to Sudan, annual review, January 2025.\n² Statement of China's foreign ministry, 4 March 2025.",
  ])("%s", (notes) => {
    const text = `Spain sold 8 patrol boats to Morocco in 2024.\n\n${notes}\n`;
    expect(flows(text)).toEqual([["ESP", "MAR"]]);
  });
  it("a note that tells a transfer and ends in no citation keeps its claim", () => {
    const text = "Spain sold 8 patrol boats to Morocco in 2024.\n\nNotes\n[1] Italy also delivered four helicopters to Morocco in June 2024 under the same programme\n";
    expect(flows(text)).toContainEqual(["ITA", "MAR"]);
  });
});

describe("a glossary's terms give no claim", () => {
  it.each([
    "Key terms\nTransfer: a handover of weapons, for instance the tanks Spain gave Ukraine.\nLauncher: a silo or a submarine tube from which a missile is fired.",
    "Glossary\nRe-export – a sale on, as when Jordan passes to Iraq rifles it bought from Serbia.\nOffset – work a seller places with the buyer's firms, as Sweden did when selling jets to Brazil.",
    "Definitions:\nDelivery: the handover of goods, as when Norway sent 20 tanks to Ukraine.\nLicence: a permit a government grants to export arms to a buyer.",
  ])("%s", (glossary) => {
    const text = `France delivered 6 jets to Greece in January, Athens said.\n\n${glossary}\n`;
    expect(flows(text)).toEqual([["FRA", "GRC"]]);
  });
});

describe("a record of a sanctions list or registry gives no claim", () => {
  it.each([
    "1. NORDWIND MARINE LLC (a.k.a. SEVERNY VETER), 12 Portovaya St., Murmansk 183038, Russia; Tax ID No. 5190001234 (Russia); Registration Number 1025100000000 (Russia); Organization Type: Manufacture of weapons and ammunition [RUSSIA-EO14024].",
    "7. KASSIM, Omar, Damascus, Syria; DOB 02 Mar 1970; POB Homs, Syria; nationality Syria; Passport 123456 (Syria); Organization Type: export of rifles from Syria to Sudan [SYRIA].",
    "GOLDEN TIDE (3FXY7) General Cargo Ship carrying Iranian munitions to Yemen; IMO 9876543; MMSI 352001234; Flag Panama; Vessel Registration Identification IMO 9876543 [IRAN-EO13846].",
  ])("%s", (record) => {
    expect(read(`The following entry has been added to the list:\n\n${record}\n`).claims).toEqual([]);
  });
});
