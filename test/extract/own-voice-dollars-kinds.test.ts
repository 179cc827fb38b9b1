// A speaker counting their own state's effort ("our aid", "we have given") in bare dollars, on a page that names one
// state whose own money is the dollar, speaks in that state's dollars, though the page names the United States in
// other sentences; a sentence that names the United States itself keeps US dollars. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "voice.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "voice", outlet: "Probe Wire", published: "2025-03-11" } as never }).claims;
const units = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer" && c.quantity && c.supplier !== "USA")
    .map((c) => [c.supplier, c.quantity!.value ?? c.quantity!.min, c.quantity!.unit]);

describe("a sum in the speaker's own voice is in their state's dollars", () => {
  it.each([
    [
      "Canada will send Latvia 20 armoured trucks, the defence minister said, after talks with the United States.\n\nMINISTER: Our military aid to Latvia now comes to more than 400 million dollars.",
      ["CAN", 400000000, "cad"],
    ],
    [
      "New Zealand has given Ukraine two more patrol boats, its foreign minister said, thanking the United States for the transport.\n\nMINISTER: With these boats our military help to Kyiv comes to 90 million dollars.",
      ["NZL", 90000000, "nzd"],
    ],
    [
      "Australia is sending Kyiv 30 more Bushmaster vehicles, the minister said after a call with the United States.\n\nMINISTER: Our help for the army of Ukraine now totals 55 million dollars.",
      ["AUS", 55000000, "aud"],
    ],
  ] as const)("%s", (text, sum) => {
    expect(units(text)).toContainEqual(sum);
  });
});

describe("a sentence that names the United States keeps US dollars", () => {
  const amountUnits = (text: string) =>
    processDocument({ path: "voice.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "voice", outlet: "Probe Wire", published: "2025-03-11" } as never }).amounts
      .filter((a) => a.unit && a.quantity.value === 400000000)
      .map((a) => a.unit);
  it.each([
    "Canada will send Latvia 20 armoured trucks, the defence minister said.\n\nMINISTER: Our military aid to Latvia, like that of the United States, comes to 400 million dollars.",
    "Canada will send Latvia 20 armoured trucks, the defence minister said.\n\nMINISTER: We paid the United States 400 million dollars for the trucks.",
  ])("%s", (text) => {
    expect(amountUnits(text)).toEqual(["usd"]);
  });
});
