// Several states speak a sentence whose subject is only "they" (or "we") and say they pay for, send or deliver goods,
// often made by a third state, to a receiver: each speaker's state gives the goods, in the claim of its own source,
// and the maker gives nothing (SCHEMA.md: several givers; a state that buys abroad and hands over is the supplier).
// Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The transfer claims of `text`. */
function claims(text: string) {
  const doc = processDocument({ path: "givers.txt", bytes: new TextEncoder().encode(text), meta: { id: "givers", published: "2025-05-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer");
}

/** "supplier recipient item source-country" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  return claims(text).map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item, c.source?.country ?? "-"].join(" "));
}

describe("speakers who say they pay for goods for another each give them, in their own claim", () => {
  it.each([
    ["Finland, Estonia and Latvia said they would jointly finance a batch of American missiles for Ukraine.\n", ["FIN UKR missiles-other FIN", "EST UKR missiles-other EST", "LVA UKR missiles-other LVA"], "USA "],
    ["Portugal, Spain and Italy said on Tuesday that they would pay for a shipment of German howitzers for Moldova.\n", ["PRT MDA artillery-systems PRT", "ESP MDA artillery-systems ESP", "ITA MDA artillery-systems ITA"], "DEU "],
    ["Latvia and Lithuania said they will buy French drones for Ukraine.\n", ["LVA UKR drones LVA", "LTU UKR drones LTU"], "FRA "],
  ])("%s", (text, want, maker) => {
    const got = transfers(text);
    expect([...got].sort()).toEqual([...want].sort());
    expect(got.filter((c) => c.startsWith(maker))).toEqual([]);
  });
});

describe("speakers who say they send or deliver goods to another each give them, in their own claim", () => {
  it.each([
    ["Norway and Denmark said they would send 30 tanks to Ukraine.\n", ["NOR UKR armoured-vehicles NOR", "DNK UKR armoured-vehicles DNK"]],
    ["Belgium and the Netherlands said on Monday that they will deliver 12 fighter jets to Ukraine next year.\n", ["BEL UKR aircraft BEL", "NLD UKR aircraft NLD"]],
    ["Sweden, Finland and Norway said they were supplying artillery shells to Ukraine.\n", ["SWE UKR artillery-ammunition SWE", "FIN UKR artillery-ammunition FIN", "NOR UKR artillery-ammunition NOR"]],
  ])("%s", (text, want) => {
    expect([...transfers(text)].sort()).toEqual([...want].sort());
  });
});

describe("speakers who say they had agreed to pay for or send goods assert the giving from the day they say it", () => {
  it.each([
    ["Norway and Denmark said on 3 March that they had agreed to send 30 tanks to Ukraine.\n", "2025-03-03"],
    ["Poland, Czechia and Slovakia announced on 14 February that they had agreed to finance a package of British howitzers for Moldova.\n", "2025-02-14"],
    ["Spain and Portugal said on 20 April they had agreed to pay for 40 Italian drones for Ukraine.\n", "2025-04-20"],
  ])("%s", (text, day) => {
    const got = claims(text);
    expect(got.length).toBeGreaterThan(1);
    for (const c of got) {
      expect(c.certainty).toBe("asserted");
      expect(c.period?.start).toBe(day);
    }
  });
});
