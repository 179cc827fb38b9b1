// A state that buys abroad and hands the same goods on gives them (SCHEMA.md, several givers): "bought radars from
// Israel and handed them to Ukraine" is one flow, from the buyer to the state after "to"; the seller carries no claim.
import { describe, it } from "vitest";
import { claimsOfReport, expectOneFlow } from "./support/short-report.js";

const claimsOf = (text: string) => claimsOfReport(text, "handed", "2024-11-05");

describe("the buyer who hands the goods on gives them", () => {
  it.each([
    ["Sweden will buy six radars from Finland and hand them to Ukraine.", "SWE", "UKR", 6],
    ["Italy has bought 12 howitzers from Korea and then donated them to Ukraine.", "ITA", "UKR", 12],
    ["Austria purchased two helicopters from France and later sent them to Ukraine, its ministry said.", "AUT", "UKR", 2],
  ])("%s", (text, supplier, recipient, value) => expectOneFlow(claimsOf(text), supplier, recipient, value));
});
