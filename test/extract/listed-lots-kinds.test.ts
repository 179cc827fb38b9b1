// A timetable of lots after a pledge or a sale, written for the test: the lots name no goods and no party ("the
// first four", "five more", "the last three"), so each takes the parties and goods of the transfer told before, and
// a lot told so is that flow's latest telling for the lots after it, across a sentence that tells nothing.
// Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "listed-lots.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "listed-lots", outlet: "Probe Wire", published: "2023-08-21" } as never }).claims;
const lots = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null, c.period?.start ?? null, c.certainty]);

describe("the bare figures of a list after a first lot with no goods are lots of the same flow", () => {
  it.each([
    ["Norway will give Poland 12 Leopard tanks, the minister said. Five more are to follow during 2025 and the last three in 2026, he said.", ["NOR", "POL", "armoured-vehicles", 3, "2026", "possible"]],
    ["Spain agreed to sell Chile ten howitzers. Four more are due in 2025 and the remaining two in 2027.", ["ESP", "CHL", "artillery-systems", 2, "2027", "possible"]],
    ["Italy will hand Egypt eight frigates, officials said on Friday. A further three are to follow in 2026, and the final two in 2028.", ["ITA", "EGY", "naval", 2, "2028", "possible"]],
  ] as const)("%s", (text, lot) => {
    expect(lots(text)).toContainEqual(lot);
  });
});

describe("a lot meant to be handed over is a planned lot of the flow told before", () => {
  it.each([
    ["Norway will give Poland 12 Leopard tanks, the minister said. The first four are meant to be handed over by Christmas.", ["NOR", "POL", "armoured-vehicles", 4]],
    ["Spain agreed to sell Chile ten howitzers. The first three are meant to be delivered in the spring.", ["ESP", "CHL", "artillery-systems", 3]],
    ["Italy will hand Egypt eight frigates. The first two should reach Egypt in May.", ["ITA", "EGY", "naval", 2]],
  ] as const)("%s", (text, lot) => {
    expect(lots(text).map((l) => [...l.slice(0, 4), l[5]])).toContainEqual([...lot, "possible"]);
  });
});

describe("a lot told as more of a flow carries that flow to the lots after it", () => {
  it.each([
    ["Norway will give Poland 12 Leopard tanks. The first four are to be handed over by Christmas. The crews called the vehicles a real help. Five more are to follow in 2025.", ["NOR", "POL", "armoured-vehicles", 5]],
    ["Spain agreed to sell Chile ten howitzers. The first three are due in March. Gunners have trained for months. Four more are due in 2025.", ["ESP", "CHL", "artillery-systems", 4]],
    ["Italy will hand Egypt eight frigates. Two of them are to be delivered this year. The navy has waited long for new ships. Three more will follow in 2026.", ["ITA", "EGY", "naval", 3]],
  ] as const)("%s", (text, lot) => {
    expect(lots(text).map((l) => l.slice(0, 4))).toContainEqual(lot);
  });
});

describe("a bare figure with no word of a list is no lot", () => {
  it.each([
    ["Norway will give Poland 12 Leopard tanks. Five more are to follow in 2025, with 40 crew trained by then.", 40],
    ["Spain agreed to sell Chile ten howitzers. Four more are due in 2025, and 30 gunners will train in Madrid.", 30],
  ] as const)("%s", (text, figure) => {
    expect(lots(text).filter((l) => l[3] === figure)).toEqual([]);
  });
});
