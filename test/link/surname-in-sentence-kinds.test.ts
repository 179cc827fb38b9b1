// A report may credit itself, a forum or a wire desk with a figure while its sentence names, by surname alone, the
// person another report credits in full with that very figure on that occasion ("Varga at the briefing: ..."): the
// figure is that person's, one statement. Without the surname, with another figure or another person's surname, the
// two stay apart. All reports are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim, type SchemaClaim } from "./helpers.js";

let n = 0;
const claim = (doc: string, evidence: string, more: Partial<SchemaClaim>): Claim =>
  toClaim({ doc, kind: "transfer", supplier: "IRN", recipient: "RUS", item: "drones", quantity: null, period: null, certainty: "asserted", source: { speaker: null, org: null, country: null }, evidence, ...more }, n++);

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
  const docs = new Map([
    ["a", meta({ id: "a", outlet: "Lakeshore Courier", published: c.days[1] })],
    ["b", meta({ id: "b", outlet: c.outlet, published: c.days[2] })],
  ]);
  const a = claim("a", c.first, { source: { speaker: c.speaker, org: null, country: null }, item: c.item, quantity: c.quantity, stated: c.days[0] });
  const b = claim("b", change.later ?? c.later, { source: { speaker: null, org: c.outlet, country: null }, item: c.item, quantity: change.quantity ?? c.quantity });
  const links = linkClaims([a, b], docs);
  return [links.get(a.id), links.get(b.id)];
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
