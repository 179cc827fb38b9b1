// Direction and commentary: which way goods move where a payer names no payee, where "arms" is a noun before
// a maker, where goods are swapped, and which sentences of comment tell no transfer. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flows(text: string): string[] {
  const doc = processDocument({ path: "paydir.txt", bytes: new TextEncoder().encode(text), meta: { id: "paydir", published: "2024-05-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier} ${c.recipient} ${c.item}`);
}

describe("'arms' before a noun of makers or trade is a noun, no verb of arming", () => {
  it.each([
    ["Officials in Kyiv said on Monday that a dozen Belarusian workshops supply Russian arms makers with engine parts.", "BLR RUS raw-materials", "RUS BLR raw-materials"],
    ["Investigators said on Monday that several Turkish firms supply Iranian arms manufacturers with machine tools.", "TUR IRN dual-use-goods", "IRN TUR dual-use-goods"],
    ["Analysts said on Monday that two Serbian plants supply Russian arms producers with propellant.", "SRB RUS raw-materials", "RUS SRB raw-materials"],
  ])("%s", (text, want, wrong) => {
    const got = flows(text);
    expect(got).toContain(want);
    expect(got).not.toContain(wrong);
  });
});

const lead = "Tanks delivered\n\nOSLO, May 1 (Test Wire) - Norway has delivered the last of 12 Leopard tanks it promised to Ukraine, the Defence Ministry said on Tuesday.\n\n";

describe("a payer that names no payee and gives in the flow followed buys for that flow's receiver", () => {
  it.each([
    ["Besides the tanks, Oslo has paid for shells and spare parts for them worth 200 million crowns, the ministry said.", "NOR UKR artillery-ammunition", "UKR NOR artillery-ammunition"],
    ["On top of that, Oslo paid for ammunition worth 90 million crowns, the minister added.", "NOR UKR ammunition", "UKR NOR ammunition"],
    ["In addition, Norway has already paid for training and fuel, the ministry said.", "NOR UKR oil-fuel", "UKR NOR oil-fuel"],
  ])("%s", (text, want, wrong) => {
    const got = flows(lead + text);
    expect(got).toContain(want);
    expect(got).not.toContain(wrong);
  });
});

describe("'in the exchange for' tells a swap: what follows it moves the other way", () => {
  it.each([
    ["Moscow may give Pyongyang fuel in the exchange for the soldiers, officials said.", "PRK RUS troops", "RUS PRK troops"],
    ["Russia sent the North wheat in the exchange for the shells, officials said.", "PRK RUS artillery-ammunition", "RUS PRK artillery-ammunition"],
    ["Iran shipped drones to Russia in the exchange for gold, officials said.", "RUS IRN raw-materials", "IRN RUS raw-materials"],
  ])("%s", (text, want, wrong) => {
    const got = flows(text);
    expect(got).toContain(want);
    expect(got).not.toContain(wrong);
  });
});

function told(text: string, line: string): string[] {
  const doc = processDocument({ path: "paydir.txt", bytes: new TextEncoder().encode(text + line), meta: { id: "paydir", published: "2024-05-01", outlet: "Test Wire" } });
  const at = text.length;
  return doc.claims.filter((c) => c.kind === "transfer" && c.evidence.start >= at).map((c) => `${c.supplier} ${c.recipient} ${c.item}`);
}

const guns = "Guns for Kyiv\n\nBERLIN, May 1 (Test Wire) - Germany has sent 20 more howitzers and 50,000 shells to Ukraine, the Defence Ministry said on Tuesday.\n\n";

describe("a word of giving or paying in a set phrase of comment moves nothing", () => {
  it.each([
    ["The loss of ten drones went unnoticed for weeks."],
    ["Most of the crates of tanks went back empty to the depot."],
    ["Requests for more jets went unanswered, officers said."],
    ["Forty tanks seems a modest number given the pace of the fighting."],
    ["The number of jets looks low given the length of the front."],
    ["The tanks seem too few, given the size of the front."],
    ["Drones matter more than ever, given the way the war is fought."],
    ["Every week without more tanks is paid for by our soldiers."],
    ["The brigades paid the price for the late arrival of drones."],
    ["The jets will travel aboard a sister ship of the carrier."],
    ["Tanks were also discussed, according to shipping security firms."],
    ["The drones are Puma models, according to a notice sent to parliament."],
    ["The tanks are Leopard 1 models, according to a letter sent to lawmakers."],
  ])("%s", (line) => {
    expect(told(guns, line)).toEqual([]);
  });
  it.each([
    ["Germany has already given the Ukrainians 40 tanks.", "DEU UKR armoured-vehicles"],
    ["Ukraine was given the tanks in March by Germany.", "DEU UKR armoured-vehicles"],
  ])("a verb with its auxiliary still gives: %s", (line, want) => {
    expect(told(guns, line)).toContain(want);
  });
});
