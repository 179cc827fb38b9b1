// States named for who speaks or who watches, written for the test: the phrase of a speaker set after a comma in
// the middle of a sentence beside a second source, and the describer of the subject of a verb of finding. Neither
// gives nor gets. Three phrasings of our own per rule.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "speaker-states.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "speaker-states", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims;
const flows = (text: string): string[] => claimsOf(text).filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient}`);

describe("a state describing a speaker set after a comma is no party", () => {
  it.each([
    ["Tehran, the drone maker, delivered 200 Shaheds in 2023 alone, Ukraine's spy chief Ivan Hrytsenko said in May, and about 90 of its technicians were in Russia that year, according to the regional think tank.", "UKR"],
    ["Pyongyang, the shell supplier, sent 90 KN-25 missiles in 2024 alone, Poland's defence chief Jan Kowal said in June, and about 4,000 of its labourers were in Russia by then, according to the sanctions monitors.", "POL"],
    ["Minsk, the shell supplier, sent 40 howitzers in 2024 alone, Lithuania's defence chief Tomas Vaitkus said in June, and about 300 of its engineers were in Russia by then, according to the monitors.", "LTU"],
  ])("%s", (text, speaker) => {
    expect(flows(text).some((f) => f.split(">").includes(speaker))).toBe(false);
  });
});

describe("a state in the subject of a verb of finding watches the trade", () => {
  it.each([
    ["In the raid in the Arabian Sea, in which French sailors discovered twelve anti-ship missiles bound for the Houthis, the crew was detained.", "FRA"],
    ["During the inspection, British customs officers spotted 500 assault rifles destined for the Houthis aboard a dhow.", "GBR"],
    ["Last month Indian coast guards detected forty drones bound for the Houthis in a cargo hold loaded in Iran.", "IND"],
  ])("%s", (text, watcher) => {
    const got = flows(text);
    expect(got.some((f) => f.split(">").includes(watcher))).toBe(false);
  });
});
