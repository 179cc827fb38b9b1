// Sentences, written for the test, whose words sound like trade but move nothing: money put into a works,
// things used up, a change told in percent, a role noun, a unit price. Each rule has three phrasings of its
// own, and a near variant that still must give its claim or amount.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { parseAmounts } from "../../src/extract/parse-amounts.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "trade-words.txt", bytes: Buffer.from(text), meta: { id: "trade-words", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const cores = (claims: Claim[]) => claims.map((c) => `${c.kind} ${c.supplier} ${c.recipient} ${c.item} ${c.quantity ? `${c.quantity.value ?? c.quantity.min}${c.quantity.unit}` : "-"}`);
const amountsOf = (text: string) => parseAmounts(text, 0).map((a) => `${text.slice(a.span.start, a.span.end)}|${a.unit}`);
const lead = "The US has sent Ukraine two million artillery shells since the war began.\n\n";

describe("money put into a works is an investment, not a payment or an output", () => {
  const phrasings = [
    "The Army is pouring $90 million (£70 million) into a shell plant in Texas as it aims to double its output of 155mm shells.",
    "Washington is investing $300 million in the Arkansas factory, which makes rockets for HIMARS launchers.",
    "The Pentagon has pumped another $45 million into the Iowa works to speed up artillery shell production.",
  ];
  for (const p of phrasings) {
    it(p, () => {
      const claims = claimsOf(lead + p + "\n").filter((c) => !c.evidence.text.startsWith("The US has sent"));
      expect(claims.filter((c) => c.item === "money"), cores(claims).join("; ")).toEqual([]);
      expect(claims.filter((c) => c.quantity && ["usd", "gbp"].includes(c.quantity.unit)), cores(claims).join("; ")).toEqual([]);
    });
  }
  it("reads no sum in the investment", () => {
    for (const p of phrasings) expect(amountsOf(p).filter((a) => /usd|gbp/.test(a)), p).toEqual([]);
  });
  it("still reads money paid for goods, and the worth of goods sent", () => {
    expect(amountsOf("Washington spent $50 million on shells for Ukraine.")).toContain("$50 million|usd");
    expect(cores(claimsOf("The US sent $90 million worth of artillery shells to Ukraine.\n"))).toContain("transfer USA UKR artillery-ammunition 90000000usd");
  });
});

describe("things used up are neither made nor moved", () => {
  const phrasings = ["Russia is using some 7,700 artillery shells a day, Kyiv said.", "The Russian army fires about 9,000 rounds daily along the front.", "Moscow's forces are expending 12,000 shells a day in the east."];
  for (const p of phrasings) {
    it(p, () => {
      expect(amountsOf(p)).toEqual([]);
      expect(claimsOf(p + "\n").filter((c) => c.quantity)).toEqual([]);
    });
  }
  it("still counts what is sent, and what a state used to buy", () => {
    expect(cores(claimsOf("North Korea supplied Russia with 10,000 shells a day.\n"))).toContain("transfer PRK RUS artillery-ammunition 10000rounds");
    expect(amountsOf("Russia used to buy 100 drones from Iran.")).toContain("100|drones");
  });
});

describe("a change told in percent is no share of a flow", () => {
  const phrasings = [
    "Weapons donations to Ukraine from Britain plunged by 57 per cent last year, a research group said.",
    "Arms exports from Moscow fell 40 percent in 2023, while sales of drones rose by 12 percent.",
    "The ministry plans a 300 percent increase in shell output and wants deliveries raised by 50 per cent.",
  ];
  for (const p of phrasings) {
    it(p, () => {
      expect(amountsOf(p).filter((a) => a.endsWith("|percent"))).toEqual([]);
      expect(claimsOf(p + "\n").filter((c) => c.quantity?.unit === "percent"), p).toEqual([]);
    });
  }
  it("still reads a share", () => {
    expect(amountsOf("Britain sent 40 percent of its shells to Ukraine.")).toContain("40|percent");
    expect(amountsOf("Output fell by 30 percent of capacity.")).toContain("30|percent");
  });
});

describe("a role noun or a unit price moves nothing by itself", () => {
  const roles = [
    "Baykar, the Turkish drone maker, opened a new office in Kyiv on Monday.",
    "The arms dealer was freed in a prisoner swap between Moscow and Washington.",
    "Analysts describe Pyongyang as a munitions supplier with a growing voice in Moscow.",
  ];
  for (const p of roles) it(p, () => expect(cores(claimsOf(p + "\n")).filter((c) => c.startsWith("transfer"))).toEqual([]));
  it("gives no workers claim for things made by workers", () => {
    for (const p of ["The shells were manufactured by workers in North Korea.", "Rockets assembled by foreign workers leave the plant each week.", "The drones are built by migrant labourers at the site."])
      expect(claimsOf(p + "\n").filter((c) => c.item === "workers"), p).toEqual([]);
  });
  const prices = ["The deal put the price of the jets at $90 million each.", "The contract priced the gold at $60 per gram.", "The interceptors cost about $20,000 apiece."];
  for (const p of prices) it(p, () => expect(amountsOf(p).filter((a) => a.endsWith("|usd"))).toEqual([]));
  it("still reads the count beside a unit price, and a sum paid each year", () => {
    const claims = cores(claimsOf("North Korea sent 10,000 troops to Russia, which bought the shells at $2,000 apiece.\n"));
    expect(claims).toContain("transfer PRK RUS troops 10000troops");
    expect(claims.filter((c) => c.includes("2000usd"))).toEqual([]);
    expect(amountsOf("Kyiv gets $5 million per year from the fund.")).toContain("$5 million|usd");
    expect(cores(claimsOf("Iran sent 200 drones to Russia, a drone maker said.\n"))).toContain("transfer IRN RUS drones 200drones");
  });
});
