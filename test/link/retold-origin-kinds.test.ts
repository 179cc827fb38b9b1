// A figure put out once is retold weeks or months later by a report that tells no day of the saying, and often names
// its origin otherwise: a minister's figure as his ministry's, a ministry's figure as the capital's ("Oslo says"),
// or the same body half a year on. Each is one statement; other states, small figures and the press stay apart.
// All reports below are our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { exactly, linkedAsOne, type RetoldCase } from "./helpers.js";

const q = exactly;
type Case = RetoldCase;
const link = (c: Case, laterSource?: Claim["source"], quantity?: Claim["quantity"]) => linkedAsOne(c, { outlets: ["Fjord Evening Post", "Meadowbank Review"], cumulative: true, laterSource, quantity });

const officialThenBody: Case[] = [
  {
    first: "Norway has handed Ukraine 24,000 shells since spring, Defence Minister Ola Brekke told reporters on Monday.",
    later: "By the Norwegian defence ministry's count, 24,000 shells have gone to Ukraine.",
    firstSource: { speaker: "Ola Brekke", org: "Norwegian Ministry of Defence", country: "NOR" },
    laterSource: { speaker: null, org: "Norwegian Ministry of Defence", country: "NOR" },
    supplier: "NOR",
    item: "artillery-ammunition",
    quantity: q(24000, "rounds"),
    days: ["2025-03-03", "2025-03-04", "2025-04-22"],
  },
  {
    first: "Finland has sent 36 howitzers to Ukraine so far, Finnish envoy Aino Lehto said on Wednesday.",
    later: "Helsinki's foreign ministry says 36 of its howitzers are now in Ukrainian hands.",
    firstSource: { speaker: "Aino Lehto", org: "Finnish Ministry for Foreign Affairs", country: "FIN" },
    laterSource: { speaker: null, org: "Finnish Ministry for Foreign Affairs", country: "FIN" },
    supplier: "FIN",
    item: "artillery-systems",
    quantity: q(36, "systems"),
    days: ["2024-11-06", "2024-11-07", "2025-01-15"],
  },
  {
    first: "Some 410 armoured vehicles have reached Ukraine from Poland, said Piotr Zalewski, a deputy minister, on Friday.",
    later: "The Polish defence ministry has put the number of armoured vehicles sent at some 410.",
    firstSource: { speaker: "Piotr Zalewski", org: "Polish Ministry of National Defence", country: "POL" },
    laterSource: { speaker: null, org: "Polish Ministry of National Defence", country: "POL" },
    supplier: "POL",
    item: "armoured-vehicles",
    quantity: q(410, "vehicles"),
    days: ["2025-05-09", "2025-05-10", "2025-07-30"],
  },
];

const bodyThenGovernment: Case[] = [
  {
    first: "The Norwegian defence ministry said on Tuesday that 24,000 shells had been delivered to Ukraine.",
    later: "Oslo says it has delivered 24,000 shells to Ukraine.",
    firstSource: { speaker: null, org: "Norwegian Ministry of Defence", country: "NOR" },
    laterSource: { speaker: null, org: "Norwegian government", country: "NOR" },
    supplier: "NOR",
    item: "artillery-ammunition",
    quantity: q(24000, "rounds"),
    days: ["2025-03-04", "2025-03-05", "2025-04-10"],
  },
  {
    first: "Finland has sent 36 howitzers to Ukraine so far, Finnish envoy Aino Lehto said on Wednesday.",
    later: "The Finnish government counts 36 howitzers handed over to Kyiv.",
    firstSource: { speaker: "Aino Lehto", org: null, country: "FIN" },
    laterSource: { speaker: null, org: "Finnish government", country: "FIN" },
    supplier: "FIN",
    item: "artillery-systems",
    quantity: q(36, "systems"),
    days: ["2024-11-06", "2024-11-07", "2024-12-19"],
  },
  {
    first: "Poland's armaments agency said on Friday that some 410 armoured vehicles had gone to Ukraine.",
    later: "Warsaw has sent some 410 armoured vehicles to its neighbour, the government says.",
    firstSource: { speaker: null, org: "Polish Armament Agency", country: "POL" },
    laterSource: { speaker: null, org: "Polish government", country: "POL" },
    supplier: "POL",
    item: "armoured-vehicles",
    quantity: q(410, "vehicles"),
    days: ["2025-05-09", "2025-05-10", "2025-06-27"],
  },
];

const halfAYearOn: Case[] = [
  {
    first: "The Lindqvist Arms Monitor said on Monday that 1,250 drones had been shipped over the year.",
    later: "The Lindqvist Arms Monitor has counted 1,250 drones shipped over that year.",
    firstSource: { speaker: null, org: "Lindqvist Arms Monitor", country: null },
    laterSource: { speaker: null, org: "Lindqvist Arms Monitor", country: null },
    supplier: "NOR",
    item: "drones",
    quantity: q(1250, "drones"),
    days: ["2025-01-13", "2025-01-14", "2025-06-20"],
  },
  {
    first: "About 5,600 tonnes of fuel crossed the border, the Harrow Trade Observatory reported on Thursday.",
    later: "The Harrow Trade Observatory put the fuel that crossed the border at about 5,600 tonnes.",
    firstSource: { speaker: null, org: "Harrow Trade Observatory", country: null },
    laterSource: { speaker: null, org: "Harrow Trade Observatory", country: null },
    supplier: "NOR",
    item: "oil-fuel",
    quantity: q(5600, "tonnes"),
    days: ["2024-09-05", "2024-09-06", "2025-02-14"],
  },
  {
    first: "The Norwegian defence ministry said on Tuesday that 24,000 shells had been delivered to Ukraine.",
    later: "Norway's defence ministry still gives 24,000 shells as the number delivered.",
    firstSource: { speaker: null, org: "Norwegian Ministry of Defence", country: "NOR" },
    laterSource: { speaker: null, org: "Norwegian Ministry of Defence", country: "NOR" },
    supplier: "NOR",
    item: "artillery-ammunition",
    quantity: q(24000, "rounds"),
    days: ["2025-03-04", "2025-03-05", "2025-08-11"],
  },
];

describe("a figure retold later by the official's body is one statement", () => {
  it.each(officialThenBody)("$later", (c) => expect(link(c)).toBe(true));
});

describe("a figure retold later by the state's government is one statement", () => {
  it.each(bodyThenGovernment)("$later", (c) => expect(link(c)).toBe(true));
});

describe("a named origin's figure retold up to half a year later is one statement", () => {
  it.each(halfAYearOn)("$later", (c) => expect(link(c)).toBe(true));
});

describe("other origins, small figures and the press stay apart", () => {
  const c = bodyThenGovernment[0];
  it("another state's government", () => expect(link(c, { speaker: null, org: "Danish government", country: "DNK" })).toBe(false));
  it("another body of the state, neither its government", () => expect(link(c, { speaker: null, org: "Norwegian Armed Forces", country: "NOR" })).toBe(false));
  it("an outlet in its own voice", () => expect(link(c, { speaker: null, org: "Meadowbank Review", country: null })).toBe(false));
  it("a figure too small to be the same by more than chance", () => expect(link({ ...c, quantity: q(6, "rounds") }, c.laterSource, q(6, "rounds"))).toBe(false));
  it("the same body more than half a year later", () => expect(link({ ...halfAYearOn[2], days: ["2025-03-04", "2025-03-05", "2025-10-20"] })).toBe(false));
});
