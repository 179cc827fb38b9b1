// A further lot that a state's own government tells ("... 20 more howitzers will follow"), naming no giver, after
// another state's transfer to the same receiver, is given by the state that speaks, where the page tells that state or
// several states giving to that receiver. One that only reports the other's lot stays its source.
import { describe, expect, it } from "vitest";
import { claimsOfReport } from "./support/short-report.js";

const giversOf = (text: string, opening: string) => {
  const claims = claimsOfReport(text, "later", "2024-05-14").filter((c) => c.kind === "transfer" && c.evidence.text.startsWith(opening));
  expect(claims.length).toBeGreaterThan(0);
  return [...new Set(claims.map((c) => `${c.supplier}>${c.recipient}`))];
};

describe("a further lot told by a state's own government is that state's to give", () => {
  it.each([
    [
      "Poland sent four MiG-29 jets to Ukraine in March. Slovakia gave Ukraine thirteen jets in April. The Dutch government said 18 more F-16s would follow next year.",
      "The Dutch government",
      "NLD>UKR",
    ],
    [
      "Spain delivered ten Leopard tanks to Ukraine in May. Portugal has sent three tanks to Ukraine. The Norwegian government says eight howitzers are to follow by the autumn.",
      "The Norwegian government",
      "NOR>UKR",
    ],
    [
      "Italy gave Ukraine two air defence systems in January, and France sent Ukraine six Caesar howitzers in February. The Spanish government says another 20 tanks will follow before summer.",
      "The Spanish government",
      "ESP>UKR",
    ],
  ])("%s", (text, opening, flow) => expect(giversOf(text, opening)).toEqual([flow]));

  it("keeps the giver told before where the state that speaks gives nothing on the page", () => {
    const text = "Poland sent four MiG-29 jets to Ukraine in March. The German government said six more jets would follow in June.";
    expect(giversOf(text, "The German government")).toEqual(["POL>UKR"]);
  });
});
