// Lists of things, written for the test: parts that come with a system, the "other" thing closing a list
// that a head noun opens, systems that ammunition serves and that moved before, a word of goods that is a
// member of a list, a broad word that closes a list with a counted thing, a record that goes on listing
// what a shipment held, and gear named in a list. Three phrasings of our own per rule.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "lists.txt", bytes: Buffer.from(text), meta: { id: "lists", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;
const itemsOf = (text: string, supplier: string, recipient: string): string[] =>
  claimsOf(`${text}\n`).filter((c) => c.kind === "transfer" && c.supplier === supplier && c.recipient === recipient).map((c) => c.item).sort();

describe("spare parts that come with a system are no thing of their own", () => {
  it.each([
    ["Norway gave Kyiv a NASAMS battery with spare parts and interceptor missiles.", "NOR", "UKR", "air-defence-systems"],
    ["The Dutch cabinet shipped 14 Leopard tanks to Ukraine together with spare parts.", "NLD", "UKR", "armoured-vehicles"],
    ["Sweden sent Kyiv Archer howitzers along with spare parts and shells.", "SWE", "UKR", "artillery-systems"],
  ])("%s", (text, supplier, recipient, item) => {
    const items = itemsOf(text, supplier, recipient);
    expect(items).toContain(item);
    expect(items).not.toContain("raw-materials");
  });

  it("spare parts supplied on their own stay raw materials", () => {
    expect(itemsOf("Minsk supplied Moscow with spare parts for its tanks.", "BLR", "RUS")).toContain("raw-materials");
  });
});

describe("the 'other' thing closing a list that a head noun opens is more of the head", () => {
  it.each([
    "Medical supplies, including tourniquets, splints, and other equipment.",
    "Medical supplies, to include stretchers, bandages and other equipment.",
    "Humanitarian supplies, such as blankets, generators and other equipment.",
  ])("%s", (line) => {
    const page = `The Pentagon unveiled a new drawdown for Ukraine on Tuesday.\nAlso in the drawdown are:\n-- 30 mortar systems.\n-- ${line}\n`;
    const own = claimsOf(page).filter((c) => c.evidence.text.includes(line));
    expect(own.map((c) => [c.supplier, c.recipient, c.item])).toContainEqual(["USA", "UKR", "goods-unspecified"]);
    expect(own.map((c) => c.item)).not.toContain("weapons-unspecified");
  });
});

describe("systems that the ammunition serves, named as moved before, are things of their own", () => {
  it.each([
    ["Canada's latest tranche for Ukraine includes 12 Senator vehicles and shells for the M777 howitzers previously donated by Ottawa.", "CAN", "UKR", "artillery-systems"],
    ["Britain will send Kyiv rounds for the AS-90 howitzers already delivered by London.", "GBR", "UKR", "artillery-systems"],
    ["Germany pledged missiles for the IRIS-T systems that were previously supplied to Ukraine.", "DEU", "UKR", "air-defence-systems"],
  ])("%s", (text, supplier, recipient, item) => {
    expect(itemsOf(text, supplier, recipient)).toContain(item);
  });

  it("ammunition for systems not said to have moved names only the ammunition", () => {
    expect(itemsOf("Washington sent Kyiv ammunition for HIMARS.", "USA", "UKR")).not.toContain("artillery-systems");
  });
});

describe("the members of a list closed by 'and other N' are each a thing of N's kind", () => {
  it.each([
    ["Belarus shipped car tyres, gearboxes, radiators and other spare parts to the Russian army.", "BLR", "RUS", "raw-materials"],
    ["Beijing sold Moscow uniforms, boots, tents and other equipment last year.", "CHN", "RUS", "weapons-unspecified"],
    ["Tehran supplied the Houthis with gyroscopes, fins, and other components.", "IRN", "YEM-HOUTHIS", "raw-materials"],
  ])("%s", (text, supplier, recipient, item) => {
    // (Each member one claim; the closing word may fold into one of them.)
    expect(itemsOf(text, supplier, recipient).filter((i) => i === item).length).toBeGreaterThanOrEqual(text.split(",").length - 1);
  });

  it("a lone member before 'and other' is read only by the lexicon", () => {
    expect(itemsOf("Minsk sends Moscow tyres and other spare parts.", "BLR", "RUS")).toEqual(["raw-materials"]);
  });
});

describe("a word of goods that is a member of a list is a thing of its own", () => {
  it.each([
    "In exchange, Pyongyang obtained fuel, fighter jets, commodities and hard currency from Moscow.",
    "Moscow sent Pyongyang wheat, trucks, goods and oil last winter.",
    "Tokyo provides Kyiv humanitarian aid and military items, officials said.",
  ])("%s", (text) => {
    const all = claimsOf(`${text}\n`).filter((c) => c.kind === "transfer").map((c) => c.item);
    expect(all).toContain("goods-unspecified");
    expect(all.some((i) => i !== "goods-unspecified")).toBe(true);
  });
});

describe("a broad word that closes a list with a counted thing is a thing of its own", () => {
  it.each([
    ["Tehran has sent Moscow hundreds of Shahed drones, other UAVs and weapons.", "IRN", "RUS"],
    ["Pyongyang supplied Russia with dozens of KN-23 missiles, rocket launchers and arms.", "PRK", "RUS"],
    ["Iran shipped the Houthis thousands of rockets, mortar rounds, and other weaponry.", "IRN", "YEM-HOUTHIS"],
  ])("%s", (text, supplier, recipient) => {
    expect(itemsOf(text, supplier, recipient)).toContain("weapons-unspecified");
  });
});

describe("a record that goes on listing what it shows lists more of the transfer told before", () => {
  it.each([
    ["Photos released by the navy showed Iranian-made rockets seized on their way to the Houthis.", "The photos also showed rifles, warheads and drone engines.", "IRN", "YEM-HOUTHIS"],
    ["Iran sent rockets to the Houthis, the navy said, releasing a video of the seized cargo.", "The video also appeared to show rifles and mortar rounds.", "IRN", "YEM-HOUTHIS"],
    ["North Korea shipped artillery shells to Russia last month, the ministry said, showing satellite images of the port.", "These images also revealed rocket launchers and trucks.", "PRK", "RUS"],
  ])("%s / %s", (first, second, supplier, recipient) => {
    const own = claimsOf(`${first}\n${second}\n`).filter((c) => c.evidence.text.includes(second));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((c) => c.supplier === supplier && c.recipient === recipient)).toBe(true);
  });

  it("a record far from any transfer lists nothing", () => {
    const page = "Iran sent rockets to the Houthis, the navy said.\nThe storm closed the port for a week.\nFishermen stayed home.\nThe weather service issued a warning.\nThe video also showed rifles and mortar rounds.\n";
    expect(claimsOf(page).filter((c) => c.evidence.text.includes("video also"))).toEqual([]);
  });
});

describe("gear named in a list: helmets, vests and detectors are military goods, first-aid kits are goods", () => {
  it.each([
    "Tokyo has been sending Kyiv non-lethal aid such as mine detectors, helmets and first-aid kits.",
    "Seoul gave Ukraine bulletproof vests, helmets and first aid kits in March.",
    "Athens delivered mine detectors, body armour and first-aid kits to Ukraine.",
  ])("%s", (text) => {
    const all = claimsOf(`${text}\n`).filter((c) => c.kind === "transfer" && c.recipient === "UKR").map((c) => c.item);
    expect(all).toContain("weapons-unspecified");
    expect(all).toContain("goods-unspecified");
  });
});

describe("'It includes:' right after a sentence that names a package opens that package's list", () => {
  it.each([
    ["Ottawa announced a fresh aid package for Ukraine on Monday. It includes:\n• armoured vehicles;\n• winter clothing and medical kits.", "CAN", "armoured-vehicles"],
    ["Madrid approved another military aid package for Kyiv. It also contains Hawk launchers.", "ESP", "air-defence-systems"],
    ["Warsaw unveiled its latest drawdown for Ukraine. This one includes mortar systems.", "POL", "artillery-systems"],
  ])("%s", (text, supplier, item) => {
    expect(itemsOf(text, supplier, "UKR")).toContain(item);
  });

  it("'It includes' after a sentence with no package opens nothing", () => {
    expect(claimsOf("Ottawa praised the courage of Ukraine on Monday. It includes 8 armoured vehicles.\n").filter((c) => c.kind === "transfer")).toEqual([]);
  });
});

describe("a list opened by a colon goes on through short lines without markers", () => {
  const page = (lines: string) => `The Pentagon unveiled a new drawdown for Ukraine on Tuesday.\nAlso in the drawdown are:\n30 mortar systems.\n${lines}\n`;
  it.each([
    ["Claymore mines and demolition charges.", "ammunition"],
    ["Tactical vehicles and spare tyres.", "armoured-vehicles"],
    ["Rifles, helmets and body armour.", "weapons-unspecified"],
  ])("%s", (line, item) => {
    const own = claimsOf(page(line)).filter((c) => c.evidence.text.includes(line));
    expect(own.map((c) => [c.supplier, c.recipient, c.item])).toContainEqual(["USA", "UKR", item]);
  });

  it("a line that tells its own news ends the list", () => {
    const own = claimsOf(page("Officials expect the rifles to arrive soon.")).filter((c) => c.evidence.text.includes("Officials expect"));
    expect(own).toEqual([]);
  });
});

describe("'So were ...' right after a transfer lists more things of that transfer", () => {
  it.each([
    ["Nine million shells were sent to Russia by North Korea last year.\nSo were more than a hundred ballistic missiles and two hundred howitzers.", "PRK", "RUS", "ballistic-missiles"],
    ["Iran delivered drones to Russia in 2022. And so were rifles and fuel.", "IRN", "RUS", "oil-fuel"],
    ["Thousands of rounds went from Bulgaria to Ukraine over the winter. So were dozens of armoured vehicles.", "BGR", "UKR", "armoured-vehicles"],
  ])("%s", (text, supplier, recipient, item) => {
    const second = text.split(/(?<=\.)\s+/)[1];
    const own = claimsOf(`${text}\n`).filter((c) => c.evidence.text.includes(second));
    expect(own.map((c) => [c.supplier, c.recipient, c.item])).toContainEqual([supplier, recipient, item]);
  });

  it("an echo far from any transfer, or with a party of its own, is not read so", () => {
    const far = claimsOf("Iran delivered drones to Russia in 2022.\nThe weather was cold.\nSo were the missiles, experts said.\n");
    expect(far.filter((c) => c.evidence.text.startsWith("So were"))).toEqual([]);
    const own = claimsOf("Iran delivered drones to Russia in 2022.\nSo did Belarus, along with trucks.\n");
    expect(own.filter((c) => c.evidence.text.startsWith("So did") && c.supplier === "IRN")).toEqual([]);
  });
});
