// Who speaks where the page itself does not say "X said" in the sentence: the turns of a transcript ("Minister: ...")
// are the words of the person the page names with that title, and a headline's bare mention, in the outlet's own
// voice, of a flow the body credits to a named source is no claim of its own. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string, outlet = "Probe Wire") =>
  processDocument({ path: "turns.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "turns", url: "https://probe.example/turns", outlet, published: "2025-06-10" } as never }).claims;

/** The speaker of every claim of one flow ("-" for none). */
const speakers = (text: string, supplier: string, recipient: string, outlet?: string) =>
  claimsOf(text, outlet)
    .filter((c) => c.supplier === supplier && c.recipient === recipient)
    .map((c) => c.source.speaker ?? "-");

describe("a transcript's turn is the words of the one its title label names", () => {
  it.each([
    [
      "Press briefing by Defence Minister Lars Ekholm\n\nMinister: Good afternoon. Last month Sweden delivered 12 howitzers to Ukraine.\n\nQuestion (Radio Nord): Will more follow this year?\n\nMinister: We are looking at it.",
      "SWE",
      "UKR",
      "Lars Ekholm",
    ],
    [
      "Transcript of the regular briefing by Spokesperson Mirela Dobre\n\nSpokesperson: Thank you all for coming.\n\nIn May Romania handed over four patrol boats to Moldova.\n\nQuestion (Pro Radio): Any more boats planned?\n\nSpokesperson: Not at this stage.",
      "ROU",
      "MDA",
      "Mirela Dobre",
    ],
    [
      "Remarks by Defence Secretary Paul Hendry at the Harbour Forum\n\nSecretary: In March Britain sent Estonia 30 armoured vehicles, and training has begun.\n\nModerator: Thank you, Secretary.\n\nSecretary: My pleasure.",
      "GBR",
      "EST",
      "Paul Hendry",
    ],
  ])("%s", (text, supplier, recipient, speaker) => {
    const outlet = supplier === "SWE" ? "Government Offices of Sweden" : supplier === "ROU" ? "Romanian Ministry of National Defence" : "UK Ministry of Defence";
    const found = speakers(text, supplier, recipient, outlet);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => s === speaker)).toBe(true);
  });

  it("one label alone makes no transcript", () => {
    const text = "Notes from the trade fair\n\nReminder: Chile sent Peru 40 trucks in May, according to the Chilean army.";
    expect(speakers(text, "CHL", "PER")).not.toContain("Reminder");
  });
});

describe("a headline's bare mention of a flow the body credits to a named source is the body's claim", () => {
  it.each([
    ["New jets in Grodno: what Minsk is getting from Moscow\n\nIn June Belarus received another batch of Su-30 fighters from Russia, its defence ministry said.", "RUS", "BLR"],
    ["Guns on the Neris: what Vilnius is getting from Paris\n\nLithuania has taken delivery of more Caesar howitzers from France, the Lithuanian army said on Tuesday.", "FRA", "LTU"],
    ["Choppers over Accra: what Ghana is getting from Ankara\n\nGhana received two more T129 attack helicopters from Turkey, army spokesman Kofi Mensah said.", "TUR", "GHA"],
  ])("%s", (text, supplier, recipient) => {
    const found = claimsOf(text).filter((c) => c.kind === "transfer" && c.supplier === supplier && c.recipient === recipient);
    expect(found).toHaveLength(1);
    expect(found[0].source.org === "Probe Wire").toBe(false);
  });
});

describe("one who 'repeated' a position says it", () => {
  it.each([
    ["Austria will not send weapons to Ukraine, Austria's defence minister repeated on Monday.", "AUT", "UKR"],
    ["Slovakia's prime minister repeated that Bratislava would send no more fighter jets to Ukraine.", "SVK", "UKR"],
    ["Ireland's foreign minister repeated on Tuesday that Dublin would not supply arms to Israel.", "IRL", "ISR"],
  ])("%s", (text, supplier, recipient) => {
    const found = claimsOf(text).filter((c) => c.supplier === supplier && c.recipient === recipient);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.source.country === supplier && c.source.org !== "Probe Wire")).toBe(true);
  });
});
