// Quantities and periods by kind of wording (SCHEMA.md, "Units", "Vague amounts", "Periods"): each rule with
// phrasings of its own, checked on the amounts and times of a sentence or the claims of a short report.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { parseAmounts } from "../../src/extract/parse-amounts.js";
import { resolveTimes } from "../../src/extract/resolve-times.js";
import { processDocument } from "../../src/pipeline.js";

function claims(text: string, published: string): Claim[] {
  const bytes = new TextEncoder().encode(text);
  return processDocument({ path: "quantities-unseen.txt", bytes, meta: { id: "quantities-unseen", published, outlet: "Test Wire" } }).claims;
}

const amounts = (text: string) => parseAmounts(text).map((a) => ({ ...a.quantity, unit: a.unit }));

describe("a mass in grams or kilograms is counted in tonnes", () => {
  it("grams of gold", () => {
    expect(amounts("Iran has sent 2,500,000 grams of gold to Venezuela.")).toEqual([{ value: 2.5, min: null, max: null, approx: false, unit: "tonnes" }]);
  });
  it("kilograms with a qualifier, and a decimal figure of grams", () => {
    expect(amounts("Russia shipped about 800 kilograms of gold to Mali.")).toEqual([{ value: 0.8, min: null, max: null, approx: true, unit: "tonnes" }]);
    expect(amounts("The invoice lists 1,234,567.8 grams of silver.")[0]).toMatchObject({ value: 1.2345678, unit: "tonnes" });
  });
  it("a bound in kg, and the claim takes it", () => {
    expect(amounts("Beijing sold more than 3,000 kg of explosives to Niamey.")[0]).toMatchObject({ min: 3, unit: "tonnes" });
    const c = claims("Russia delivered 600,000 grams of gold to Burkina Faso last year.", "2024-05-10").find((x) => x.supplier === "RUS");
    expect(c?.quantity).toMatchObject({ value: 0.6, unit: "tonnes" });
  });
  it("not a weight class: '250-kg bombs' and '500 kg warheads' count no mass", () => {
    expect(amounts("Britain sent Kenya 250-kg bombs.")).toEqual([]);
    expect(amounts("The missiles carry 500 kg warheads.").some((a) => a.unit === "tonnes")).toBe(false);
  });
});

describe("the rank of an aid package counts nothing", () => {
  it("digits with a suffix after a possessive", () => {
    expect(amounts("It is the government's 21st drawdown of equipment for Kyiv.")).toEqual([]);
  });
  it("an ordinal word with a modifier before the noun", () => {
    expect(amounts("This is Canada's twelfth aid package for Ukraine.")).toEqual([]);
  });
  it("a hyphened ordinal, not the bare ten in it", () => {
    expect(amounts("Germany's twenty-second tranche includes ten tanks.")).toEqual([{ value: 10, min: null, max: null, approx: false, unit: "vehicles" }]);
  });
  it("and the claim of the package takes its worth, not its rank", () => {
    const c = claims("This aid, valued at up to $1 billion, is Canada's twelfth package of weapons for Ukraine since February 2022.", "2022-08-08").filter((x) => x.supplier === "CAN");
    expect(c.some((x) => x.quantity?.value === 12)).toBe(false);
  });
  it("not the first package, nor an ordinal of something else", () => {
    expect(amounts("It is the first package of its kind.")).toEqual([]);
    expect(amounts("The third round of talks opened.")).toEqual([]);
  });
});

describe("a share by source set after a figure is a figure of its own", () => {
  it("'the vast majority from France' after a tonnage", () => {
    const shares = amounts("In all, over 7,000 tons of equipment have arrived in Chad on 60 planes, the vast majority from France.").filter((a) => a.unit === "percent");
    expect(shares).toEqual([{ value: null, min: 50, max: null, approx: false, unit: "percent" }]);
  });
  it("'the majority from Saudi Arabia' after barrels", () => {
    expect(amounts("Kenya imported 2 million barrels of oil last year, the majority from Saudi Arabia.").some((a) => a.unit === "percent" && a.min === 50)).toBe(true);
  });
  it("'the bulk from Russia' after a count of tanks", () => {
    expect(amounts("Serbia received 50 tanks in 2023, the bulk from Russia.").some((a) => a.unit === "percent" && a.min === 50)).toBe(true);
  });
  it("and the claim of the source takes the share, not the total from all sources", () => {
    const q = (text: string, supplier: string) => claims(text, "2025-02-16").filter((c) => c.supplier === supplier).map((c) => c.quantity);
    expect(q("In all, over 7,000 tons of equipment have arrived in Chad on 60 planes and 12 ships, the vast majority from France.", "FRA")).toEqual([{ value: null, min: 50, max: null, unit: "percent", approx: false }]);
    expect(q("Kenya imported 2 million barrels of oil last year, the majority from Saudi Arabia.", "SAU")).toEqual([{ value: null, min: 50, max: null, unit: "percent", approx: false }]);
    expect(q("Serbia received 50 tanks in 2023, the bulk from Russia.", "RUS")).toEqual([{ value: null, min: 50, max: null, unit: "percent", approx: false }]);
  });
  it("but a share 'of the total' restates the figure before it", () => {
    expect(amounts("The plant makes 9,000 drones a month, the vast majority of the total.").some((a) => a.unit === "percent")).toBe(false);
  });
});

describe("a figure after a month and a year and a comma is a count, not the year of a date", () => {
  it("'In October 2023, over 7,000 tons'", () => {
    expect(amounts("In October 2023, over 7,000 tons arrived.")).toEqual([{ value: null, min: 7000, max: null, approx: false, unit: "tonnes" }]);
  });
  it("'Since May 2022, some 300 tanks'", () => {
    expect(amounts("Since May 2022, some 300 tanks reached Kyiv.")).toEqual([{ value: 300, min: null, max: null, approx: true, unit: "vehicles" }]);
  });
  it("'from June 2021, about 40 jets' in a claim", () => {
    const c = claims("Starting from June 2021, about 40 jets were sold by France to Greece.", "2024-01-10").find((x) => x.supplier === "FRA");
    expect(c?.quantity).toMatchObject({ value: 40, unit: "aircraft" });
  });
  it("but 'March 7, 2024' stays a date", () => {
    expect(amounts("On March 7, 2024 Chad got arms.")).toEqual([]);
  });
});

describe("a stretch of recent months or weeks starts back from the report", () => {
  it("'in recent months' starts two months back and leaves the end open", () => {
    const [t] = resolveTimes("Satellite photos taken in recent months show it.", "2023-10-17");
    expect(t.period).toEqual({ start: "2023-08", end: null });
  });
  it("'over the past few weeks' ends at the report", () => {
    const [t] = resolveTimes("Over the past few weeks, Belarus sent 40 tanks.", "2023-10-17");
    expect(t.period).toEqual({ start: "2023-09", end: "2023-10-17" });
  });
  it("'during the last couple of months' dates a claim", () => {
    const c = claims("During the last couple of months, Turkey delivered 20 drones to Niger.", "2024-05-10").find((x) => x.supplier === "TUR");
    expect(c?.period?.start).toBe("2024-03");
  });
});

describe("a sentence that goes on with the one before takes its date", () => {
  it("a value after a source named with its month", () => {
    const text = "Iraq first sold crude to Kenya in 2019.\n\nIraq was Kenya's second-biggest crude supplier in November. Kenya bought crude worth $1.2 billion, 3% more than a year before.";
    const c = claims(text, "2024-03-19").find((x) => x.supplier === "IRQ" && x.quantity?.unit === "usd");
    expect(c?.period?.start).toBe("2023-11");
  });
  it("two counts after a supplier named with its year", () => {
    const text = "Spain first sold arms to Peru in 2015.\n\nSpain was the largest arms seller to Peru in 2021. Lima bought 12 helicopters and 30 trucks.";
    const cs = claims(text, "2024-03-19").filter((x) => x.supplier === "ESP" && x.quantity);
    expect(cs.map((c) => c.period?.start)).toEqual(["2021", "2021"]);
  });
  it("a count after a supplier named as the top one of a year", () => {
    const text = "Egypt first bought jets from France in 2015.\n\nFrance was the top arms supplier to Egypt in 2022. Cairo bought 30 jets and 8 ships.";
    expect(claims(text, "2024-03-19").find((x) => x.quantity?.value === 30)?.period?.start).toBe("2022");
  });
  it("not where the sentence speaks of earlier deliveries", () => {
    const text = "Italy gave Peru four ships in 2019.\n\nSpain was the largest arms seller to Peru in 2021. Lima had previously bought 12 helicopters.";
    const c = claims(text, "2024-03-19").find((x) => x.supplier === "ESP" && x.item === "aircraft");
    expect(c?.period?.start ?? null).not.toBe("2021");
  });
});

describe("a sentence that dates a shipment by its noun dates the cargo told right after", () => {
  it("'The latest consignment, which set sail on 4 April, ...' then 'the ship carried'", () => {
    const text = "Belarusian ships have moved 10,000 shells to Russia since January. The latest consignment, which set sail on 4 April, was put aboard the ship Altai. A paper says the ship carried 150 containers with over 800 shells.";
    const cs = claims(text, "2023-06-20").filter((c) => c.quantity?.unit === "containers" || c.quantity?.min === 800);
    expect(cs.length).toBe(2);
    for (const c of cs) expect(c.period?.start).toBe("2023-04-04");
  });
  it("'The last delivery, which reached Astrakhan on 11 April, ...' then 'the ship carried'", () => {
    const text = "Iranian ships have moved 9,000 shells to Russia since February. The last delivery, which reached Astrakhan on 11 April, came aboard the ship Oka. The paper says the ship carried 70 containers with over 600 shells.";
    const cs = claims(text, "2023-06-20").filter((c) => c.quantity?.unit === "containers");
    expect(cs[0]?.period?.start).toBe("2023-04-11");
  });
  it("'The most recent batch, which left the port ... on 9 March' then 'the ship carried'", () => {
    const text = "Iranian ships have moved over 30,000 shells to Russia since January. The most recent batch, which left the port of Bandar Abbas on 9 March, went aboard the ship Neva. A newspaper says the ship carried 200 containers with over 1,000 shells.";
    const cs = claims(text, "2023-06-20").filter((c) => c.quantity?.unit === "containers" || c.quantity?.min === 1000);
    expect(cs.length).toBe(2);
    for (const c of cs) expect(c.period?.start).toBe("2023-03-09");
  });
  it("not where the date lies far after the noun, in a clause of its own", () => {
    const text = "Mali received two helicopters from Russia on Friday.\n\nThe delivery brings to six the number of aircraft that Moscow has sold under ties forged by officers who took power in 2020.\n\nRussia has also sent what are called trainers to Mali.";
    const c = claims(text, "2022-04-18").find((x) => x.item === "troops");
    expect(c?.period?.start ?? null).not.toBe("2020");
  });
});

describe("a participle's clause after a comma is dated by the clause before", () => {
  it("'in 2021 dropped an order ..., buying Turkish drones instead'", () => {
    const c = claims("Kenyan army chiefs in 2021 dropped an order for Chinese drones, buying Turkish drones instead.", "2024-06-27").find((x) => x.supplier === "TUR");
    expect(c?.period?.start).toBe("2021");
  });
  it("'last year scrapped an order ..., buying Italian helicopters'", () => {
    const c = claims("Nigerian air force chiefs last year scrapped an order for Russian helicopters, buying Italian helicopters instead.", "2024-06-27").find((x) => x.supplier === "ITA");
    expect(c?.period?.start).toBe("2023");
  });
  it("'in March scrapped an order ..., purchasing British frigates'", () => {
    const c = claims("Chilean navy officers in March scrapped an order for Spanish frigates, purchasing British frigates instead.", "2024-06-27").find((x) => x.supplier === "GBR");
    expect(c?.period?.start).toBe("2024-03");
  });
});

describe("a transfer told as a noun inside a date is dated by it", () => {
  it("'since the delivery of T-72s from Russia in 2004'", () => {
    const cs = claims("The 24 K2 tanks were unloaded at the port of Gdynia on Sunday, Poland's first intake of fresh tanks in two decades since the delivery of T-72s from Russia in 2004.", "2024-12-16");
    expect(cs.some((c) => c.period?.start === "2004" && c.period.end === "2004" && !c.cumulative)).toBe(true);
  });
  it("'since the sale of Mirage fighters from France in 2009', which starts no count of the new jets", () => {
    const cs = claims("Peru has received 12 new jets, the first time in 15 years that Peru has received new jets since the sale of Mirage fighters from France in 2009.", "2023-06-20");
    expect(cs.some((c) => c.quantity === null && c.period?.start === "2009" && c.period.end === "2009")).toBe(true);
    const jets = cs.find((c) => c.quantity?.value === 12);
    expect(jets?.period?.start ?? null).toBeNull();
    expect(jets?.cumulative).toBe(false);
  });
  it("'since the purchase of Mi-17s from Russia in 2015'", () => {
    const cs = claims("Kenya has bought 10 new helicopters from Italy, the first time in 8 years that Kenya has bought new helicopters since the purchase of Mi-17s from Russia in 2015.", "2023-06-20");
    expect(cs.some((c) => c.quantity === null && c.period?.start === "2015")).toBe(true);
    expect(cs.find((c) => c.quantity?.value === 10)?.period ?? null).toBeNull();
  });
  it("'since the delivery of Mi-17s from Russia in 2013'", () => {
    const cs = claims("Ghana has received 8 new helicopters from Italy, the first time in 10 years that Ghana has received new helicopters since the delivery of Mi-17s from Russia in 2013.", "2023-06-20");
    expect(cs.some((c) => c.quantity === null && c.period?.start === "2013")).toBe(true);
    expect(cs.find((c) => c.quantity?.value === 8)?.period?.start ?? null).toBeNull();
  });
});

describe("after a first or a superlative, 'in N years' measures a history, not a span back from the report", () => {
  it("'the first time in 15 years'", () => {
    expect(resolveTimes("Peru has received new jets, the first time in 15 years that it has received jets.", "2023-06-20")).toEqual([]);
  });
  it("'its largest delivery in 20 years'", () => {
    const ts = resolveTimes("Oman has sent 40 trucks in six months, its largest delivery in 20 years.", "2023-06-20");
    expect(ts.map((t) => t.period.start)).toEqual(["2022-12"]);
  });
  it("'the only shipment in a decade' and 'the biggest sale in 30 years'", () => {
    expect(resolveTimes("Chad has received the biggest sale in 30 years.", "2023-06-20")).toEqual([]);
    expect(resolveTimes("Togo has bought its only new tank in 12 years.", "2023-06-20")).toEqual([]);
  });
});

describe("a figure after a verb of weighing is a weight, no amount", () => {
  it("'bombs weighing 2,000 pounds' is no sum of money", () => {
    expect(amounts("Turkey sent 1,200 bombs weighing 900 pounds.")).toEqual([{ value: 1200, min: null, max: null, approx: false, unit: "items" }]);
  });
  it("'each weighs 2,000 pounds'", () => {
    expect(amounts("Each of the bombs weighs 2,000 pounds.")).toEqual([]);
  });
  it("'weighed about 3 tons'", () => {
    expect(amounts("The radar weighed about 3 tons.")).toEqual([]);
  });
});

describe("a count of part of a whole counts the whole's noun", () => {
  it("'at least 300 of the missiles'", () => {
    expect(amounts("Officials think at least 300 of the missiles have left port.")).toEqual([{ value: null, min: 300, max: null, approx: false, unit: "missiles" }]);
  });
  it("'40 of its drones'", () => {
    expect(amounts("Turkey sold 40 of its drones to Mali.")).toEqual([{ value: 40, min: null, max: null, approx: false, unit: "drones" }]);
  });
  it("'150 of these shells'", () => {
    expect(amounts("Seoul says 150 of these shells were faulty.")).toEqual([{ value: 150, min: null, max: null, approx: false, unit: "rounds" }]);
  });
  it("'and 600 of the lighter 250-pound variety' after a count of bombs, in claims", () => {
    const cs = claims("Turkey sent Qatar 900 bombs weighing 1,000 pounds each and 600 of the lighter 250-pound variety.", "2025-02-10");
    expect(cs.map((c) => c.quantity)).toEqual([
      { value: 900, min: null, max: null, unit: "items", approx: false },
      { value: 600, min: null, max: null, unit: "items", approx: false },
    ]);
  });
  it("'and 200 of the lighter type', 'and 20 of the older model'", () => {
    expect(amounts("Turkey sent 300 heavy shells and 200 of the lighter type.").map((a) => a.unit)).toEqual(["rounds", "rounds"]);
    expect(amounts("Iran gave 50 drones and 20 of the older model to Russia.").map((a) => a.unit)).toEqual(["drones", "drones"]);
  });
});

describe("a bare figure after a verb of amounting counts its clause's subject", () => {
  it("'a cargo of 107mm rockets of that size would amount to some 400,000'", () => {
    expect(amounts("A cargo of 107mm rockets of that size would amount to some 400,000.")).toEqual([{ value: 400000, min: null, max: null, approx: true, unit: "rounds" }]);
  });
  it("'a shipment of drones amounted to nearly 900'", () => {
    expect(amounts("A shipment of drones amounted to nearly 900.")).toEqual([{ value: null, min: null, max: 900, approx: false, unit: "drones" }]);
  });
  it("'the drones delivered so far amount to 2,500' and 'a consignment of howitzers came to 36'", () => {
    expect(amounts("The drones delivered so far amount to 2,500.")).toEqual([{ value: 2500, min: null, max: null, approx: false, unit: "drones" }]);
    expect(amounts("A consignment of howitzers came to 36.")).toEqual([{ value: 36, min: null, max: null, approx: false, unit: "systems" }]);
  });
  it("not past a comma, nor without such a verb", () => {
    expect(amounts("Of the tanks, the deal came to 500.")[0]?.unit ?? null).toBeNull();
  });
});

describe("a recent year written bare after a determiner names the year", () => {
  it("'the 2024 munitions production plans'", () => {
    expect(amounts("He urged the plants to carry out the 2024 munitions production plans.")).toEqual([]);
  });
  it("'its 2023 drones budget'", () => {
    expect(amounts("The plant missed its 2023 drones budget.")).toEqual([]);
  });
  it("'their 2022 shells quota' and 'this 2023 tanks tender'", () => {
    expect(amounts("Plants met their 2022 shells quota.")).toEqual([]);
    expect(amounts("Few firms bid in this 2023 tanks tender.")).toEqual([]);
  });
  it("but 'the 300 tanks' and 'the 2,000 shells' are counts", () => {
    expect(amounts("The 300 tanks and the 2,000 shells arrived.").map((a) => a.value)).toEqual([300, 2000]);
  });
});

describe("a part of a year named with no year is the last such part over by the report", () => {
  it("'in the first quarter' in May is this year's", () => {
    expect(resolveTimes("Drone output in the first quarter was triple.", "2025-05-01")[0].period).toEqual({ start: "2025-01", end: "2025-03" });
  });
  it("'during the second half' in May is last year's", () => {
    expect(resolveTimes("Deliveries during the second half were slow.", "2025-05-01")[0].period).toEqual({ start: "2024-07", end: "2024-12" });
  });
  it("'in the third quarter' dates a production claim", () => {
    const c = claims("Iran produced 9,000 drones in the third quarter, state media said.", "2024-11-20").find((x) => x.kind === "production");
    expect(c?.period?.start).toBe("2024-07");
  });
});

describe("a conjunct with no verb of its own takes the date of the clause before", () => {
  it("a share of a second good", () => {
    const cs = claims("Nearly 60 percent of the engines Iran imported in 2023 were shipped by China, and roughly 80 percent of its chips, officials said.", "2024-05-10");
    expect(cs.find((c) => c.quantity?.value === 80)?.period?.start).toBe("2023");
  });
  it("a second count to a second receiver", () => {
    const cs = claims("Russia sent 40 tanks to Syria in 2021, and 12 jets to Libya.", "2024-05-10");
    expect(cs.find((c) => c.recipient === "LBY")?.period?.start).toBe("2021");
  });
  it("a second giver, and not a conjunct with a verb of its own", () => {
    expect(claims("Iran gave 300 drones to Russia in March, and China 20 radars to Iran.", "2024-05-10").find((c) => c.supplier === "CHN")?.period?.start).toBe("2024-03");
    expect(claims("Italy sold 20 jets to Egypt in 2020, and it sent 30 tanks to Peru.", "2024-05-10").find((c) => c.recipient === "PER")?.period?.start ?? null).toBeNull();
  });
});

describe("a date of the saying before what is said keeps the date the report gave its shipment", () => {
  it("'stated on Monday that the boxes may carry ...'", () => {
    const text = "Russia has received some 5,000 containers of munitions from North Korea since August, Seoul says.\n\nThe minister stated on Monday that the boxes may carry roughly two million artillery rounds.";
    const c = claims(text, "2024-02-28").find((x) => x.quantity?.value === 2000000);
    expect(c?.period?.start).toBe("2023-08");
  });
  it("'said on Friday that the ships had carried ...'", () => {
    const text = "Iran has sent 900 drones to Russia since May, Kyiv says.\n\nThe spokesman said on Friday that the shipments included 400 Shahed drones.";
    const c = claims(text, "2024-02-28").find((x) => x.quantity?.value === 400);
    expect(c?.period?.start).toBe("2023-05");
  });
  it("'said on Thursday that Russia had received 400 of the drones'", () => {
    const text = "Iran has sent 900 drones to Russia since May, Kyiv says.\n\nAn aide said on Thursday that Russia had received 400 of the drones.";
    expect(claims(text, "2024-02-28").find((x) => x.quantity?.value === 400)?.period?.start).toBe("2023-05");
  });
  it("but a new package announced on a day does not take the lead's date", () => {
    const text = "Spain quietly delivered arms to Ukraine this summer, a paper says.\n\nOn July 8, Spain announced a new aid package for Ukraine.";
    const c = claims(text, "2024-07-15").find((x) => x.evidence.text.startsWith("On July 8"));
    expect(c).toBeDefined();
    expect(c?.period?.start ?? null).not.toBe("2024-06");
  });
});
