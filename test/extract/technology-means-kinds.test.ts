// A payment made with technology ("Moscow paid partly with technology for satellites") gives that technology from the
// payer to the one paid: the "for" after the word of technology tells what the technology serves, not what is paid for.
import { describe, expect, it } from "vitest";
import { claimsOfReport } from "./support/short-report.js";

const flowOf = (text: string, item: string) =>
  claimsOfReport(text, "techmeans", "2024-09-02")
    .filter((c) => c.kind === "transfer" && c.item === item)
    .map((c) => `${c.supplier}>${c.recipient}`);

describe("technology that a payer pays with goes from the payer", () => {
  it.each([
    [
      "Belarus and Russia deepen their arms trade\n\nBelarus has sent more than 200 howitzers to Russia since 2023, officials in Vilnius said.\nMoscow is thought to have paid partly with technology for satellites.",
      "space-technology",
      "RUS>BLR",
    ],
    [
      "Armenia buys rockets from India\n\nIndia delivered 40 rocket launchers to Armenia last year, the ministry in Yerevan said.\nYerevan has paid in part with know-how for satellites, officials added.",
      "space-technology",
      "ARM>IND",
    ],
    [
      "Laos and Vietnam sign a barter\n\nLaos has shipped 300 tonnes of rice to Vietnam this spring, diplomats in Hanoi said.\nHanoi pays with expertise for satellite launches, the diplomats believe.",
      "space-technology",
      "VNM>LAO",
    ],
  ])("%s", (text, item, flow) => expect(flowOf(text, item)).toEqual([flow]));
});
