// More kinds of certainty once weighed wrong, each shown by phrasings of our own (SCHEMA.md, "Certainty"):
// a report credited to another outlet by a "Source:" line is passed on (`reported`) until a "Background:" or "Recall"
// heading hands the voice back to the outlet; "credible allegations" are an assessment (`believed`); "holding back" a
// delivery denies it; a programme or project "to develop and produce" is an intention (`possible`), and so is a
// wish ("wants to buy"); a production told by a participle after its product ("drones produced by Baykar") is not
// weighed by the verb of the clause ("may order"); a body's spokesperson speaks as the body, not as unnamed officials;
// "the article noted" passes on the report of the outlet that spoke last.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "certainty-more.txt", bytes: new TextEncoder().encode(page), meta: { id: "certainty-more", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ kind: c.kind, supplier: c.supplier, recipient: c.recipient, item: c.item, quantity: c.quantity?.value ?? null, certainty: c.certainty }));
}

describe("a 'Source:' line that credits another outlet passes its report on", () => {
  it.each([
    ["Russia has bought drones from Iran.\n\nSource: Reuters\n\nDetails: Iran sent 40 drones to Russia in May.\n\nRussia received 12 more drones from Iran in June.", "IRN", "RUS", 40],
    ["Serbia sold rockets to Sudan.\n\nSource: Le Monde\n\nDetails: Serbia sent 300 rockets to Sudan in May.", "SRB", "SDN", 300],
    ["Poland is arming Kyiv.\n\nSource: BBC\n\nDetails: Poland delivered 60 tanks to Ukraine last month, and more are coming.", "POL", "UKR", 60],
  ])("%s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "reported" }));
  });

  it.each([
    ["Russia has bought drones from Iran.\n\nSource: Reuters\n\nDetails: Iran sent 40 drones to Russia in May.\n\nBackground:\n\nIran sent 300 shells to Russia in 2023.", "IRN", "RUS", 300],
    ["Serbia sold rockets to Sudan, several Russian media outlets reported.\n\nSerbia sent 300 rockets to Sudan in May, the outlets said.\n\nRecall\n\nIn 2023, Serbia sent 200 rockets to Sudan.", "SRB", "SDN", 200],
    ["Poland is arming Kyiv.\n\nSource: BBC\n\nDetails: Poland delivered 60 tanks to Ukraine.\n\nBackground:\n\nLast year Poland sent 240 tanks to Ukraine.", "POL", "UKR", 240],
  ])("a 'Background:' or 'Recall' heading gives the voice back to the outlet: %s", (page, supplier, recipient, quantity) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, quantity, certainty: "asserted" }));
  });

  it("a 'Source:' line that cites a body names that body", () => {
    const page = "Russia has bought shells from Iran.\n\nSource: BBC, citing the Ukrainian defence ministry\n\nDetails: Iran sent 40 shells to Russia in May.";
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier: "IRN", recipient: "RUS", certainty: "asserted" }));
  });
});

describe("allegations judged credible are believed", () => {
  it.each([
    ["The UN panel described as credible allegations that Chad has helped supply the RSF with rifles.", "TCD", "SDN-RSF"],
    ["The report called credible the claims that Egypt sent drones to the Sudanese army.", "EGY", "SDN"],
    ["Monitors found credible reports that Libya supplied fuel to the RSF.", "LBY", "SDN-RSF"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "believed" }));
  });
});

describe("a delivery held back is denied", () => {
  it.each([
    ["Germany announced it would hold back a consignment of 20 tanks for Turkey.", "DEU", "TUR"],
    ["Berlin is holding back the delivery of 20 tanks to Turkey.", "DEU", "TUR"],
    ["France has held back the transfer of six jets to Egypt, the ministry said.", "FRA", "EGY"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "denied" }));
  });
});

describe("a programme or project to make a thing leaves its making possible", () => {
  it.each([
    ["Russia has set up a programme in Iran to develop and produce attack drones for the war.", "IRN"],
    ["China runs a programme to manufacture drones for the Russian army.", "CHN"],
    ["Iran has started an initiative in Venezuela to assemble drones for the Venezuelan army.", "VEN"],
  ])("%s", (page, supplier) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ kind: "production", supplier, certainty: "possible" }));
  });
});

describe("a wish to buy or sell leaves the transfer possible", () => {
  it.each([
    ["Russia wants to get 300 more drones from Iran, the ministry said.", "IRN", "RUS"],
    ["Serbia hopes to sell 40 howitzers to Egypt this year.", "SRB", "EGY"],
    ["Last year Kenya wanted to buy 12 helicopters from Turkey.", "TUR", "KEN"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "possible" }));
  });
});

describe("a product's making, told by a participle after it, is not weighed by the clause's verb", () => {
  it.each([
    ["The ministry may order more of the drones produced by the Turkish company Baykar.", "TUR", "drones"],
    ["The navy could soon retire the frigates built in Spain.", "ESP", "naval"],
    ["The army might scrap the old tanks built by the German firm Krauss-Maffei.", "DEU", "armoured-vehicles"],
    ["The air force could soon ground the jets assembled in Russia.", "RUS", "aircraft"],
  ])("%s", (page, supplier, item) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ kind: "production", supplier, item, certainty: "asserted" }));
  });

  it.each(["The drones may be produced by Baykar in Turkey.", "Turkey could manufacture 40 more drones next year."])("a modal on the making itself still weighs it: %s", (page) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ kind: "production", supplier: "TUR", certainty: "possible" }));
  });
});

describe("a body's spokesperson speaks as the body, not as unnamed officials", () => {
  it.each([
    ["The US has continued to send weapons to Ukraine, the MOFCOM spokesperson said.", "USA", "UKR"],
    ["Japan has sold 20 radars to Taiwan, a spokesperson for Japan's Ministry of Trade said on Friday.", "JPN", "TWN"],
    ["Iran sent 40 drones to Russia, a foreign ministry spokesman in Tehran said.", "IRN", "RUS"],
    ["Turkey sold 12 drones to Kenya, the Turkish defence ministry spokeswoman said.", "TUR", "KEN"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "asserted" }));
  });

  it("unnamed officials still pass a claim on", () => {
    expect(claimsOf("Russia sent 300 trucks to Mali, officials said.")).toContainEqual(expect.objectContaining({ supplier: "RUS", recipient: "MLI", certainty: "reported" }));
  });
});

describe("'the article noted' passes on the report of the outlet that spoke last", () => {
  it.each([
    ['Russia sent 40 tanks to Mali, the ministry said. "We keep our word," the minister said.\n\nThe Guardian reported on Monday that "officials in Tehran were pleased." "The drones began to arrive in spring," the Guardian wrote. The article noted that "Iran had sent 300 shells to Russia in May."', "IRN", "RUS", "The Guardian"],
    ['Poland sent 60 tanks to Ukraine, the minister said. "We keep our word," he said.\n\nLe Monde reported on Friday that "officials in Paris were pleased." "The guns began to arrive in spring," Le Monde wrote. The article noted that "France had delivered 40 howitzers to Ukraine."', "FRA", "UKR", "Le Monde"],
    ['Chile bought six frigates from Britain, the navy said. "The ships are good," the admiral said.\n\nThe Financial Times reported that "officials in Madrid were pleased." "The hulls began to leave in spring," the Financial Times wrote. The article noted that "Spain had sold two frigates to Peru."', "ESP", "PER", "Financial Times"],
  ])("%s", (page, supplier, recipient) => {
    expect(claimsOf(page)).toContainEqual(expect.objectContaining({ supplier, recipient, certainty: "reported" }));
  });
});
