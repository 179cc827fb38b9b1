// A report credits itself or another body with a figure while its sentence names the origin by initials that leave out
// the state's name ("by the AEO's tally" for the Polish Armament Export Office); another report credits that body with
// the very figure on that occasion: one statement. Initials of another body, or another figure, stay apart. All
// reports below are our own.
import { describe, expect, it } from "vitest";
import { exactly, linkedAsOne, type RetoldCase } from "./helpers.js";

const q = exactly;
const link = (c: RetoldCase, o: { laterSource?: RetoldCase["laterSource"]; quantity?: RetoldCase["quantity"] } = {}) =>
  linkedAsOne(c, { outlets: ["Riverside Bulletin", "The Quarterly Ledger"], ...o });

const initialsWithoutState: RetoldCase[] = [
  {
    first: "The Polish Armament Export Office said 64 mortars had been licensed for Ukraine in May.",
    later: "By the AEO's tally, 64 mortars went to Ukraine in May, monitors say.",
    firstSource: { speaker: null, org: "Polish Armament Export Office", country: "POL" },
    laterSource: { speaker: null, org: "Eastern Arms Monitoring Group", country: null },
    supplier: "POL",
    item: "artillery-systems",
    quantity: q(64, "systems"),
    days: ["2025-06-03", "2025-06-03", "2025-06-05"],
  },
  {
    first: "Norway's Materiel Procurement Agency counts 25 air defence launchers handed to Kyiv since January.",
    later: "MPA figures show 25 air defence launchers handed to Ukraine since January, the monitors note.",
    firstSource: { speaker: null, org: "Norwegian Materiel Procurement Agency", country: "NOR" },
    laterSource: { speaker: null, org: "Eastern Arms Monitoring Group", country: null },
    supplier: "NOR",
    item: "air-defence-systems",
    quantity: q(25, "systems"),
    days: ["2025-08-11", "2025-08-12", "2025-08-14"],
  },
  {
    first: "Finland's Border Logistics Command logged 18 armoured vehicles crossing towards Ukraine over the winter.",
    later: "Eighteen armoured vehicles crossed towards Ukraine over the winter, a monitoring group says, quoting the BLC.",
    firstSource: { speaker: null, org: "Finnish Border Logistics Command", country: "FIN" },
    laterSource: { speaker: null, org: "Eastern Arms Monitoring Group", country: null },
    supplier: "FIN",
    item: "armoured-vehicles",
    quantity: q(18, "vehicles"),
    days: ["2025-03-04", "2025-03-04", "2025-03-06"],
  },
];

describe("a figure whose sentence names the body by its initials without its state is that body's statement", () => {
  it.each(initialsWithoutState)("$later", (c) => expect(link(c)).toBe(true));
});

describe("others stay apart", () => {
  const c = initialsWithoutState[0];
  it("initials of another body", () => expect(link({ ...c, later: "By the AEC's tally, 64 mortars went to Ukraine in May, monitors say." })).toBe(false));
  it("another figure", () => expect(link(c, { quantity: q(90, "systems") })).toBe(false));
});
