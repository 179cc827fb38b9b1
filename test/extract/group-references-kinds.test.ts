// Armed groups named once and then called by their home state's adjective and a group noun ("the Lebanese movement"),
// and a state after a preposition over a word for a part of it ("to northern Chad"), which is a route, not the giver.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const parties = (page: string) => claimsOf(page).map((c) => ({ supplier: c.supplier, recipient: c.recipient }));

describe("the home state's adjective with a group noun refers back to the group named before", () => {
  it.each([
    ["The Houthis attacked another tanker on Monday. Tehran has given the Yemeni movement 50 attack drones, analysts say.", "IRN", "YEM-HOUTHIS"],
    ["Hezbollah fired rockets across the border overnight. Iran sent the Lebanese group 300 rockets last year.", "IRN", "LBN-HEZBOLLAH"],
    ["The Rapid Support Forces now hold most of Darfur. The Emirates delivered 40 armoured vehicles to the Sudanese paramilitary force.", "ARE", "SDN-RSF"],
  ])("%s", (page, supplier, recipient) => {
    const claims = parties(page);
    expect(claims).toContainEqual({ supplier, recipient });
    expect(claims.filter((c) => c.recipient === recipient.slice(0, 3))).toEqual([]);
  });

  it("with no group named before, the adjective stays the state's", () => {
    expect(parties("Yemen's cabinet met on Sunday. Saudi Arabia sent the Yemeni group 20 armoured vehicles.")).not.toContainEqual(expect.objectContaining({ recipient: "YEM-HOUTHIS" }));
  });
});

describe("a conveyance that went to one state carrying goods for another: the state it went to is a route", () => {
  it.each([
    ["The Emirates ran cargo flights to eastern Chad carrying rifles for the RSF.", "ARE", "SDN-RSF", "TCD"],
    ["Russia moved trucks into eastern Libya carrying rifles for the RSF.", "RUS", "SDN-RSF", "LBY"],
    ["Tehran has sent boats to southern Oman carrying drones for the Houthis.", "IRN", "YEM-HOUTHIS", "OMN"],
  ])("%s", (page, supplier, recipient, route) => {
    const claims = parties(page);
    expect(claims).toContainEqual({ supplier, recipient });
    expect(claims.filter((c) => c.recipient === route)).toEqual([]);
  });
});

describe("a state after a preposition and a word for a part of it is governed by the preposition, not the giver", () => {
  it.each([
    ["Egypt ran supply flights into western Libya carrying ammunition for the RSF.", "EGY", "SDN-RSF", "LBY"],
    ["Iran flew transport planes to northern Iraq carrying rockets for Hezbollah.", "IRN", "LBN-HEZBOLLAH", "IRQ"],
    ["Iran ran convoys through to eastern Syria carrying rockets for Hezbollah.", "IRN", "LBN-HEZBOLLAH", "SYR"],
  ])("%s", (page, supplier, recipient, route) => {
    const claims = parties(page);
    expect(claims).toContainEqual({ supplier, recipient });
    expect(claims.filter((c) => c.supplier === route)).toEqual([]);
  });
});
