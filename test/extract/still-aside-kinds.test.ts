// A state named inside a relative aside between a giver and its verb ("Lisbon, which had urged the Italian cabinet for
// months, has pledged ..."), where the aside moves nothing, takes no part in what the giver gives: the receiver is the
// one the run of transfers before it gives to, not the state the aside names.
import { describe, expect, it } from "vitest";
import { claimsOfReport } from "./support/short-report.js";

const flowsOf = (text: string, supplier: string) =>
  claimsOfReport(text, "stillaside", "2024-05-14")
    .filter((c) => c.kind === "transfer" && c.supplier === supplier)
    .map((c) => `${c.supplier}>${c.recipient}`);

describe("a state in a relative aside that moves nothing is no receiver", () => {
  it.each([
    [
      "Rome sends howitzers to Ukraine\n\nItaly will hand over 12 howitzers to Ukraine from army stocks, the prime minister said on Tuesday.\nLisbon, which had urged the Italian cabinet for months, has pledged 6 of its own howitzers.",
      "PRT",
      "PRT>UKR",
    ],
    [
      "Oslo sends armoured cars to Ukraine\n\nNorway will give 20 armoured cars to Ukraine this spring, the defence ministry said.\nCopenhagen, which had lobbied the Norwegian government for months, has promised 15 armoured cars as well.",
      "DNK",
      "DNK>UKR",
    ],
    [
      "Madrid ships radars to Ukraine\n\nSpain will send four air-surveillance radars to Ukraine before June, its defence minister said.\nLisbon, whose officials had pressed Spain for weeks, has offered two radars of its own.",
      "PRT",
      "PRT>UKR",
    ],
  ])("%s", (text, supplier, flow) => expect(flowsOf(text, supplier)).toEqual([flow]));
});
