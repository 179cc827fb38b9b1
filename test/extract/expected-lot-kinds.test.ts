// A sentence that opens with a further lot told only as expected at a time ("Six more are expected in May", "The
// first four are expected by June") goes on with the transfer told just before it: its parties and goods, its own
// figure, and the certainty of a plan.
import { describe, expect, it } from "vitest";
import { claimsOfReport } from "./support/short-report.js";

const lotsOf = (text: string, opening: string) =>
  claimsOfReport(text, "expected", "2024-05-14")
    .filter((c) => c.evidence.text.startsWith(opening))
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null, c.certainty]);

describe("a lot told as expected at a time goes on with the transfer before it", () => {
  it.each([
    ["Chile handed Peru nine howitzers in March. Six more are expected in the autumn.", "Six more", ["CHL", "PER", "artillery-systems", 6, "possible"]],
    ["Peru ordered twelve howitzers from Chile last year. The first four are expected by the end of June.", "The first four", ["CHL", "PER", "artillery-systems", 4, "possible"]],
    ["Norway has bought 18 K9 howitzers from South Korea. The remaining eight are now expected early next year.", "The remaining eight", ["KOR", "NOR", "artillery-systems", 8, "possible"]],
  ])("%s", (text, opening, claim) => expect(lotsOf(text, opening)).toEqual([claim]));
});

describe("the rest that should follow goes on with the transfer before it", () => {
  it.each([
    ["Chile handed Peru nine howitzers in March. The rest should follow by the end of the year, the minister added.", "The rest", ["CHL", "PER", "artillery-systems", null, "possible"]],
    ["Norway has sent Latvia 20 howitzers so far. The rest should arrive in the spring.", "The rest", ["NOR", "LVA", "artillery-systems", null, "possible"]],
    ["Spain delivered six Leopard tanks to Ukraine on Monday. The rest should be shipped before winter, officials said.", "The rest", ["ESP", "UKR", "armoured-vehicles", null, "possible"]],
  ])("%s", (text, opening, claim) => expect(lotsOf(text, opening)).toEqual([claim]));
});

describe("a counted lot with a few words after its figure goes on with the transfer before it", () => {
  it.each([
    ["Peru ordered twelve howitzers from Chile last year. The other eight howitzers in the order are expected by the end of June.", "The other eight", ["CHL", "PER", "artillery-systems", 8, "possible"]],
    ["Norway has bought 18 K9 howitzers from South Korea. The remaining ten under that contract will be delivered in 2027.", "The remaining ten", ["KOR", "NOR", "artillery-systems", 10, "possible"]],
    ["Chile handed Peru nine howitzers in March. Another six of the same kind are due in the autumn.", "Another six", ["CHL", "PER", "artillery-systems", 6, "possible"]],
  ])("%s", (text, opening, claim) => expect(lotsOf(text, opening)).toEqual([claim]));
});
