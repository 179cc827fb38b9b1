// A report may credit itself, a forum or a wire desk with a figure while its sentence names, by surname alone, the
// person another report credits in full with that very figure on that occasion ("Varga at the briefing: ..."): the
// figure is that person's, one statement. Without the surname, with another figure or another person's surname, the
// two stay apart. All reports are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { bareTransfer, statementsOfTwo } from "./support/two-reports.js";

const q = (value: number, unit: string) => ({ value, min: null, max: null, unit, approx: false }) as NonNullable<Claim["quantity"]>;

interface Case {
  first: string;
  later: string;
  speaker: string;
  outlet: string;
  item: Claim["item"];
  quantity: Claim["quantity"];
  days: [string, string, string];
}

const cases: Case[] = [
  {
    first: "Spokeswoman Ilse Varga said on Friday that Moscow has received 340 attack drones from Tehran since the spring.",
    later: "Varga at the briefing today: Moscow got 340 attack drones from Tehran since the spring.",
    speaker: "Ilse Varga",
    outlet: "Northgate Forums",
    item: "drones",
    quantity: q(340, "drones"),
    days: ["2024-05-10", "2024-05-11", "2024-05-12"],
  },
  {
    first: "Chancellor Henrik Marstrand told parliament on Wednesday that his country will send 18 Lynx tanks.",
    later: "URGENT -- MARSTRAND TELLS PARLIAMENT COUNTRY WILL SEND 18 LYNX TANKS",
    speaker: "Henrik Marstrand",
    outlet: "Baltic Wire Desk",
    item: "armoured-vehicles",
    quantity: q(18, "vehicles"),
    days: ["2023-03-15", "2023-03-16", "2023-03-15"],
  },
  {
    first: "Minister Petra Kolar said on Monday that 4,200 shells had left the depots for the front.",
    later: "Per Kolar, 4,200 shells have gone to the front from the depots.",
    speaker: "Petra Kolar",
    outlet: "Riverside Daily Blog",
    item: "artillery-ammunition",
    quantity: q(4200, "rounds"),
    days: ["2024-11-04", "2024-11-05", "2024-11-06"],
  },
];

function link(c: Case, change: { later?: string; quantity?: Claim["quantity"] } = {}) {
  return statementsOfTwo(
    { ...bareTransfer("IRN", "RUS", c.item), outlet: "Lakeshore Courier", published: c.days[1], evidence: c.first, source: { speaker: c.speaker, org: null, country: null }, quantity: c.quantity, stated: c.days[0] },
    { ...bareTransfer("IRN", "RUS", c.item), outlet: c.outlet, published: c.days[2], evidence: change.later ?? c.later, source: { speaker: null, org: c.outlet, country: null }, quantity: change.quantity ?? c.quantity },
  );
}

describe("a person named by surname alone in the sentence of a report crediting itself", () => {
  it.each(cases)("$later", (c) => {
    const [a, b] = link(c);
    expect(b).toBe(a);
  });

  it.each(cases)("without the surname, stays apart: $later", (c) => {
    const surname = c.speaker.split(" ").at(-1)!;
    const [a, b] = link(c, { later: c.later.replace(new RegExp(surname, "i"), "Someone") });
    expect(b).not.toBe(a);
  });

  it.each(cases)("another figure stays apart: $later", (c) => {
    const [a, b] = link(c, { quantity: q(c.quantity!.value! * 3, c.quantity!.unit) });
    expect(b).not.toBe(a);
  });
});
