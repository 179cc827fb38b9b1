// Kinds of periods that take their date from the sentence rather than from the report (SCHEMA.md, "Periods"), each
// shown by phrasings of our own: a relative clause that tells the shipping of the claim's thing dates it, and one set off
// by commas gives the main clause back the date after it; a year written before a flow of trade dates it; a contract
// signed (or a deal announced) on the day of its saying takes that day; a month without a year told after a saying
// dated to a year lies before that saying; "a year earlier" counts back from the date the sentence states.
// The day heading a line of a chat log, a chronology or a table dates the telling; the line's own dates, read from that day, date the deed.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function periodsOf(page: string) {
  const doc = processDocument({ path: "periods-anchored.txt", bytes: new TextEncoder().encode(page), meta: { id: "periods-anchored", outlet: "Test Wire", published: "2024-09-11" } });
  return doc.claims.map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.period?.start ?? null}`);
}

describe("a relative clause that tells the shipping of the claim's thing dates the claim", () => {
  it.each([
    ["Kenya has received 30 armoured vehicles from Turkey, which were delivered in March.", "TUR>KEN armoured-vehicles 2024-03"],
    ["Chile got six helicopters from France, which were handed over in May.", "FRA>CHL aircraft 2024-05"],
    ["Peru has received the 12 howitzers from Israel, which were shipped in February 2023.", "ISR>PER artillery-systems 2023-02"],
  ])("%s", (page, claim) => {
    expect(periodsOf(page)).toContain(claim);
  });
});

describe("a date right after a relative clause set off by commas dates the main clause", () => {
  it.each([
    ["Ghana took delivery of eight patrol boats from China, which can carry anti-ship missiles, in June 2023.", "CHN>GHA naval 2023-06"],
    ["Serbia received the Chinese air-defence batteries, which had been kept secret, in April.", "CHN>SRB air-defence-systems 2024-04"],
    ["Oman bought 20 tanks from Britain, which will replace its old fleet, in 2021.", "GBR>OMN armoured-vehicles 2021"],
  ])("%s", (page, claim) => {
    expect(periodsOf(page)).toContain(claim);
  });
});

describe("a year written before a flow of trade, after its owner, dates the flow", () => {
  it.each([
    ["Half of Kenya's 2022 arms imports came from Turkey.", "TUR>KEN weapons-unspecified 2022"],
    ["China supplied 80 percent of Serbia's 2021 drone imports.", "CHN>SRB drones 2021"],
    ["Turkey provided most of Azerbaijan's 2020 arms purchases.", "TUR>AZE weapons-unspecified 2020"],
  ])("%s", (page, claim) => {
    expect(periodsOf(page)).toContain(claim);
  });
});

describe("a contract signed, or a deal announced, on the day of its saying takes that day", () => {
  it.each([
    ["Peru has signed a contract to buy 24 howitzers from South Korea, the defence minister announced on Monday.", "KOR>PER artillery-systems 2024-09-09"],
    ["On Tuesday, the White House announced an arms sales agreement with Qatar worth nearly $40 billion.", "USA>QAT weapons-unspecified 2024-09-10"],
    ["Kenya has signed a deal to purchase 12 drones from Turkey, its defence ministry said on Friday.", "TUR>KEN drones 2024-09-06"],
  ])("%s", (page, claim) => {
    expect(periodsOf(page)).toContain(claim);
  });
});

describe("a month without a year, told after a saying dated to a year, lies before that saying", () => {
  it.each([
    ["Ankara said in 2023 that it had sent no weapons to Baku during the September fighting.", "TUR>AZE weapons-unspecified 2023-09"],
    ["The ministry said in 2022 that Iran had shipped 300 drones to Russia in October.", "IRN>RUS drones 2022-10"],
    ["Seoul said in March 2023 that North Korea had shipped 3,000 containers to Russia in November.", "PRK>RUS goods-unspecified 2022-11"],
  ])("%s", (page, claim) => {
    expect(periodsOf(page)).toContain(claim);
  });
});

describe("a year or month earlier or later counts from the date the sentence states", () => {
  it.each([
    ["Slovakia gave Ukraine 13 jets in 2023 and 4 air-defence systems a year earlier.", "SVK>UKR air-defence-systems 2022"],
    ["Latvia sent Ukraine 10 howitzers in May 2023 and 200 drones a month later.", "LVA>UKR drones 2023-06"],
    ["Norway delivered 8 launchers to Ukraine in 2024; Denmark had delivered 4 tanks to Ukraine two years earlier.", "DNK>UKR armoured-vehicles 2022"],
  ])("%s", (page, claim) => {
    expect(periodsOf(page)).toContain(claim);
  });

  it("but not where it compares", () => {
    expect(periodsOf("Turkey's drone exports to Kenya doubled in the first half of 2024 compared with a year earlier.")).not.toContain("TUR>KEN drones 2023");
  });
});

describe("the day that heads a line of a log or a chronology dates its telling, not the deed the line dates itself", () => {
  it.each([
    ["Channel log\n\n[14.02.2024 09:30] Arms Desk:\nTurkey handed 18 drones to Kenya in the last three months.\n", "TUR>KEN drones 2023-11"],
    ["Log\n[2024-08-20 17:45] <mira_v> Serbia got 6 helicopters from France in May last year, per the ministry\n", "FRA>SRB aircraft 2023-05"],
    ["Timeline\n\n• 3 March 2024 — Ghana received 4 patrol boats from China in January.\n", "CHN>GHA naval 2024-01"],
    ["| No | Date | Flow | Note |\n|---|---|---|---|\n| 2 | 2024-07-15 | ISR>PER | Israel sold 12 howitzers to Peru last month. |\n", "ISR>PER artillery-systems 2024-06"],
  ])("%s", (page, claim) => {
    expect(periodsOf(page)).toContain(claim);
  });
});

describe("a signing told right after the dated saying dates the deal to that day", () => {
  it.each([
    ["Peru will buy 24 howitzers from South Korea, its defence minister said on Monday after signing the contract.", "KOR>PER artillery-systems 2024-09-09"],
    ["Kenya is to get 10 drones from Turkey, the ministry announced in Nairobi on Friday upon inking the deal.", "TUR>KEN drones 2024-09-06"],
    ["Chile will receive six helicopters from France, the president said on Tuesday as he signed an agreement with Paris.", "FRA>CHL aircraft 2024-09-10"],
  ])("%s", (page, claim) => {
    expect(periodsOf(page)).toContain(claim);
  });
});
