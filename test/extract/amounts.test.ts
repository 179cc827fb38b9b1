import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArmsDocument } from "../../src/core/document.js";
import { parseAmounts, parseAmountsStage } from "../../src/extract/parse-amounts.js";

const one = (text: string) => {
  const found = parseAmounts(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("parseAmounts: table", () => {
  it.each([
    ["They moved 6,700 containers.", 6700, null, null, "containers"],
    ["They moved 4.8 million tonnes.", 4800000, null, null, "tonnes"],
    ["It cost $20m in all.", 20000000, null, null, "usd"],
    ["It cost 1.5bn dollars.", 1500000000, null, null, "usd"],
    ["He sent three million shells.", 3000000, null, null, "rounds"],
    ["He sent half a million shells.", 500000, null, null, "rounds"],
    ["Aid worth one and a half billion dollars was approved.", 1500000000, null, null, "usd"],
    ["They fired two and a half million shells.", 2500000, null, null, "rounds"],
    ["Some three and a quarter thousand troops went north.", 3250, null, null, "troops"],
    ["It sent one and a half thousand drones.", 1500, null, null, "drones"],
    ["He sent a million barrels.", 1000000, null, null, "barrels"],
    ["He sent six thousand workers.", 6000, null, null, "workers"],
    ["He sent a dozen jets.", 12, null, null, "aircraft"],
    ["He sent a couple of radars.", 2, null, null, "items"],
    ["He sent more than 400 UAVs.", null, 400, null, "drones"],
    ["He sent as many as 8,000 servicemen.", null, null, 8000, "troops"],
    ["He sent hundreds of howitzers.", null, 200, 999, "systems"],
    ["He sent millions of rounds.", null, 2000000, null, "rounds"],
    ["He sent between 5 and 7 trains.", null, 5, 7, "items"],
    ["Output stood at 45 percent.", 45, null, null, "percent"],
  ])("%s", (text, value, min, max, unit) => {
    const a = one(text);
    expect(a.quantity).toMatchObject({ value, min, max });
    expect(a.unit).toBe(unit);
  });

  it("marks approximate amounts", () => {
    for (const q of ["about", "around", "approximately", "some", "roughly", "an estimated"]) expect(one(`They built ${q} 300 vehicles.`).quantity.approx).toBe(true);
    expect(one("They built 300 vehicles.").quantity.approx).toBe(false);
  });

  it("keeps the calibre as an attribute of the amount", () => {
    const a = one("It holds 3 million 152mm shells.");
    expect(a).toMatchObject({ calibre: "152mm", unit: "rounds", quantity: { value: 3000000 } });
    expect(parseAmounts("It fires 152-millimetre ammunition.")).toEqual([]);
  });

  it.each([
    "The war began on 24 February 2022.", "It happened on February 24.", "In 2022 it began.", "He is 45 years old.",
    "The border is 17 km away.", "It was the second shipment.", "Resolution 1718 applies.", "The Su-25 is old.", "Meet at 10:30.",
  ])("finds no amount in %s", (text) => expect(parseAmounts(text)).toEqual([]));

  it("counts one for another system and nothing for another noun", () => {
    expect(one("Rome sent another SAMP/T system.").quantity.value).toBe(1);
    expect(parseAmounts("Rome sent another message.")).toEqual([]);
  });
});

describe("parseAmounts: spans", () => {
  it("re-slice the text, shifted by the offset", () => {
    const text = "Roughly 2,000 North Korean troops and 40 Shahed drones arrived, along with 3 million 122mm rounds.";
    for (const offset of [0, 17]) {
      const doc = " ".repeat(offset) + text;
      for (const a of parseAmounts(text, offset)) {
        expect(doc.slice(a.span.start, a.span.end)).toMatch(/^(Roughly 2,000|40|3 million)$/);
        expect(doc.slice(a.nounSpan!.start, a.nounSpan!.end)).toBe(a.noun);
      }
    }
  });
});

describe("parseAmounts: properties", () => {
  const withCommas = (n: number) => n.toLocaleString("en-US");
  it("reads a number written with separators as itself", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
      const a = parseAmounts(`Officials counted ${withCommas(n)} containers.`);
      return a.length === 1 && a[0].quantity.value === n && a[0].unit === "containers";
    }));
  });
  it("reads space-grouped thousands as itself", () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 99_999_999 }), (n) => {
      const a = parseAmounts(`Officials counted ${withCommas(n).replace(/,/g, " ")} shells.`);
      return a.length === 1 && a[0].quantity.value === n;
    }));
  });
  it("gives min X for 'more than X'", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 50_000_000 }), fc.constantFrom("more than", "over", "at least", "in excess of"), (n, q) => {
      const a = parseAmounts(`They sent ${q} ${withCommas(n)} troops.`);
      return a.length === 1 && a[0].quantity.min === n && a[0].quantity.value === null && a[0].quantity.max === null;
    }));
  });
  it("gives max X for 'up to X'", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 50_000_000 }), fc.constantFrom("up to", "as many as", "nearly", "almost"), (n, q) => {
      const a = parseAmounts(`They sent ${q} ${withCommas(n)} troops.`);
      return a.length === 1 && a[0].quantity.max === n && a[0].quantity.min === null;
    }));
  });
  it("never throws and keeps spans inside the text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => parseAmounts(s).every((a) => a.span.start >= 0 && a.span.end <= s.length && a.span.start < a.span.end)));
  });
});

describe("parse-amounts stage", () => {
  it("reads candidate sentences only, in document offsets", () => {
    const text = "Headline here. Pyongyang sent 5,000 containers. Weather: 30 degrees.";
    const doc = new ArmsDocument("t.txt", new Uint8Array(), { id: "t" });
    doc.text = text;
    doc.sentences = [
      { span: { start: 15, end: 47 }, segment: 0, headline: false, candidate: true },
      { span: { start: 48, end: 68 }, segment: 0, headline: false, candidate: false },
    ];
    parseAmountsStage()(doc);
    expect(doc.amounts).toHaveLength(1);
    expect(doc.slice(doc.amounts[0].span)).toBe("5,000");
    expect(doc.diagnostics).toEqual([]);
  });
});

describe("parseAmounts: rates, currencies, scales and shares", () => {
  it.each([
    ["The yard delivers 900 shells a week.", "week"],
    ["Refineries ship 40,000 barrels daily.", "day"],
    ["The plant assembles 60 drones per month.", "month"],
    ["They export 2 million tonnes of grain annually.", "year"],
  ])("%s is a rate", (text, per) => expect(one(text).quantity.per).toBe(per));

  it.each(["He sent 900 shells a year ago.", "He sent 900 shells a month later.", "He sent 900 shells in March."])("%s is no rate", (text) => expect(one(text).quantity.per).toBeUndefined());

  it.each([
    ["Paris pledged €1.2 billion.", "eur", 1200000000],
    ["Tokyo gave 50 billion yen.", "jpy", 50000000000],
    ["Kyiv raised 3 billion hryvnias.", "uah", 3000000000],
    ["The order cost £40 million ($51 million).", "usd", 51000000],
  ])("%s is money in its own currency", (text, unit, value) => {
    const a = one(text);
    expect(a.unit).toBe(unit);
    expect(a.quantity.value).toBe(value);
  });

  it.each([
    ["They bought 3 lakh grenades.", 300000],
    ["They bought 4 dozen radars.", 48],
    ["They bought two dozen launchers.", 24],
    ["The loan was 2 crore rupees.", 20000000],
  ])("%s keeps its scale", (text, value) => expect(one(text).quantity.value).toBe(value));

  it.each([
    ["About a quarter of the fuel came by rail.", 25, null],
    ["Two-thirds of the shells were old.", 66.7, null],
    ["The majority of the parts came from abroad.", null, 50],
  ])("%s is a share in percent", (text, value, min) => {
    const a = one(text);
    expect(a.unit).toBe("percent");
    expect(a.quantity.value).toBe(value);
    expect(a.quantity.min).toBe(min);
  });

  it.each(["A third party brokered it.", "It arrived in the second half of 2023.", "These are the most modern jets.", "Half a dozen men waited."])("%s is no share", (text) =>
    expect(parseAmounts(text).filter((a) => a.unit === "percent")).toHaveLength(0),
  );
});

describe("parseAmountsStage: implausible figures", () => {
  it.each(["Officials claimed a quintillion shells were made.", "The ledger showed 4 decillion rounds.", "It listed 10 septillion dollars."])("%s gives a diagnostic, no amount", (text) => {
    const doc = new ArmsDocument("t.txt", new Uint8Array(), { id: "t" });
    doc.text = text;
    doc.sentences = [{ span: { start: 0, end: text.length }, segment: 0, headline: false, candidate: true }];
    parseAmountsStage()(doc);
    expect(doc.amounts).toHaveLength(0);
    expect(doc.diagnostics.map((d) => d.code)).toContain("amount-implausible");
  });
});
