// Who gives and who gets, by kinds of wording that once named the wrong party or none: a venue or host
// state read as a party ("at talks in Paris", "a fair hosted by Pakistan"), a state that only permits or
// lets others give ("with the consent of Berlin", "Ottawa allowed allies to ship"), a state describing who
// reports ("Dutch officials' figures show"), a group named back by a described noun ("the paramilitary
// group"), a body that says it gives itself ("the EU admitted it had sent"), re-exports, a further giver
// whose receiver is the one the report follows, and a state that has become the source of goods. Texts of
// our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "unseen.txt", bytes: new TextEncoder().encode(text), meta: { id: "unseen", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

const names = (text: string, state: string) => transfers(text).some((c) => c.split(" ").slice(0, 2).includes(state));

describe("a state where a transfer is talked about is no party", () => {
  it.each([
    ["Speaking during a trip to Madrid, the minister said Belarus had shipped 5,000 shells.", "ESP"],
    ["At talks in Paris on Monday, the envoy said Iran had delivered 300 drones.", "FRA"],
    ["The spokesman said in Rome that Serbia had sold 20 howitzers.", "ITA"],
    ["The envoy, speaking on a trip to Oslo, said Iran had supplied 50 missiles.", "NOR"],
  ])("%s", (text, venue) => expect(names(text, venue)).toBe(false));

  it.each([
    ["Kim visited Moscow in September. During the trip to Russia, North Korea agreed to send shells.", "PRK RUS artillery-ammunition"],
    ["Chile sent rifles to Peru, the minister told reporters during a visit to Paris.", "CHL PER weapons-unspecified"],
  ])("the partner of a journey, or the parties beside a venue, stay: %s", (text, want) => expect(transfers(text)).toContain(want));
});

describe("a state that permits others to give is no party", () => {
  it.each([
    ["Slovenia is ready to deliver 20 of its own tanks with the blessing of Berlin.", "DEU"],
    ["Latvia delivered six radars with the consent of Washington.", "USA"],
    ["Greece delivered 40 old rockets with the authorisation of Paris.", "FRA"],
    ["Norway shipped its jets with the approval of Washington.", "USA"],
  ])("%s", (text, permits) => expect(names(text, permits)).toBe(false));
});

describe("a state that permits, after the giver's own transfer word, is no party", () => {
  it.each([
    ["Germany will send 14 tanks to Ukraine. Spain said it would send 20 of its own tanks once it received Rome's permission.", "ESP UKR armoured-vehicles", "ITA"],
    ["Germany will send 14 tanks to Ukraine. Portugal said it would ship 10 of its old tanks as soon as it had the consent of Paris.", "PRT UKR armoured-vehicles", "FRA"],
    ["Chile sent 30 tanks to Peru in May. Brazil said it would deliver 12 howitzers once it got Washington's approval.", "BRA PER artillery-systems", "USA"],
  ])("%s", (text, want, permits) => {
    expect(transfers(text)).toContain(want);
    expect(names(text, permits)).toBe(false);
  });
});

describe("a state that lets others give is no giver", () => {
  it.each([
    ["Washington authorised allies to transfer their jets to Kyiv.", "USA"],
    ["Ottawa allowed allies to ship their old rifles to Kyiv.", "CAN"],
    ["Seoul cleared customers to re-export 40 howitzers to Estonia.", "KOR"],
    ["London authorised partners to deliver 12 of their Storm Shadow missiles to Kyiv.", "GBR"],
  ])("%s", (text, lets) => expect(names(text, lets)).toBe(false));

  it.each([
    ["Germany allowed Poland to send its tanks to Ukraine.", "POL UKR armoured-vehicles"],
    ["Berlin approved the export of 20 tanks to Chile.", "DEU CHL armoured-vehicles"],
  ])("a state let give, or one approving its own export, still gives: %s", (text, want) => expect(transfers(text)).toContain(want));
});

describe("a state that describes who reports is no party", () => {
  it.each([
    ["Latvian intelligence's estimates show that Iran shipped 300 missiles.", "LVA"],
    ["Dutch officials' figures show that Iran shipped 300 drones.", "NLD"],
    ["Japanese intelligence's assessments show that Iran sent 100 drones.", "JPN"],
    ["Kazakh intelligence's findings show that China shipped 500 trucks.", "KAZ"],
  ])("%s", (text, reporter) => expect(names(text, reporter)).toBe(false));

  it.each([
    ["Indian military officials are buying French tanks.", "FRA IND armoured-vehicles"],
    ["Russian officials bought 40 Iranian drones.", "IRN RUS drones"],
  ])("officials who themselves buy stand for their state: %s", (text, want) => expect(transfers(text)).toContain(want));
});

describe("a state that hosts where goods are sold is no party", () => {
  it.each([
    ["Turkey sold drones at an arms fair hosted by Pakistan.", "PAK"],
    ["Belarus sold 30 trucks at an exhibition hosted by Kazakhstan.", "KAZ"],
    ["Iran offered drones at an expo hosted by Qatar.", "QAT"],
  ])("%s", (text, host) => expect(names(text, host)).toBe(false));

  it("the buyer beside the host stays: Turkey sold drones to Azerbaijan at a fair hosted by Pakistan.", () =>
    expect(transfers("Turkey sold drones to Azerbaijan at a fair hosted by Pakistan.")).toEqual(["TUR AZE drones"]));
});

describe("a group named back by a noun with a describing word", () => {
  it.each([
    ["Sudan's Rapid Support Forces hold much of Darfur. Observers say Libya smuggled rifles to the paramilitary group.", "LBY SDN-RSF weapons-unspecified"],
    ["The Houthis have attacked ships for months. A panel found that Iran shipped rockets to the rebel group last year.", "IRN YEM-HOUTHIS artillery-ammunition"],
    ["Yemen's Houthis control the capital. Investigators believe Iran sent drones to the rebel movement in May.", "IRN YEM-HOUTHIS drones"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));
});

describe("a body that says it gives gives", () => {
  it.each([
    ["The European Union admitted it had sent only half of the shells it had promised Kyiv.", "EU UKR artillery-ammunition"],
    ["The European Union, in a rare admission, said that it had delivered just 300,000 rounds to Ukraine.", "EU UKR artillery-ammunition"],
    ["The EU confirmed on Tuesday that it will provide 40 air defence systems to Moldova.", "EU MDA air-defence-systems"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));

  it("saying nothing of its own giving: The EU said it would not comment on shipments of shells to Ukraine.", () =>
    expect(names("The EU said it would not comment on shipments of shells to Ukraine.", "EU")).toBe(false));
});

describe("who re-exports goods gives them, not their maker", () => {
  it.each([
    ["Serbian-made shells found in Sudan had been re-exported by Egypt to Libya, a panel said.", "EGY LBY artillery-ammunition"],
    ["Egypt re-exported Serbian-made shells to Libya.", "EGY LBY artillery-ammunition"],
    ["Kenya was accused of re-exporting Turkish rifles to Somalia.", "KEN SOM weapons-unspecified"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));
});

describe("a further giver with no receiver named gives to the receiver the report follows", () => {
  it.each([
    ["Chile sent 30 tanks to Peru in May. Brazil also pledged 12 howitzers.", "BRA PER artillery-systems"],
    ["Denmark will deliver 19 jets to Ukraine. Sweden may also send a few of its own jets.", "SWE UKR aircraft"],
    ["Germany will send 14 tanks to Ukraine. Spain said it would send 20 of its own tanks.", "ESP UKR armoured-vehicles"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));

  it.each([
    ["Chile sent 30 tanks to Peru in May. Peru then sent 4 old jets back.", "PER CHL aircraft"],
    ["Chile sent 30 tanks to Peru in May. Brazil pledged 12 howitzers to Bolivia.", "BRA BOL artillery-systems"],
  ])("a receiver named, or the giver turning back, keeps its own: %s", (text, want) => expect(transfers(text)).toContain(want));
});

describe("a state that has become the source of goods gives them", () => {
  it.each([
    ["Serbia has become the main source of the rockets that Algeria needs.", "SRB DZA artillery-ammunition"],
    ["Poland has become the main source of the shells that Ukraine fires.", "POL UKR artillery-ammunition"],
    ["Egypt has become the main source of the howitzers that Libya needs.", "EGY LBY artillery-systems"],
    ["Belarus has become a major source of the fuel that Serbia needs.", "BLR SRB oil-fuel"],
  ])("%s", (text, want) => expect(transfers(text)).toContain(want));
});
