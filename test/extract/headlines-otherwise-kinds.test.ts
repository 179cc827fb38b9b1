// A headline's flow that the body tells another way: the headline names who seized a cargo, or who travels, where
// the body has the goods go from another giver to the headline's receiver (or a group based in it), or the other way
// round. The headline's looser wording is no claim of its own. Phrasings of our own, with twins whose headline the
// body bears out, or tells nothing against, which keep their claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flowsOf(page: string) {
  const doc = processDocument({ path: "headlines.txt", bytes: new TextEncoder().encode(page), meta: { id: "headlines", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => `${c.supplier}>${c.recipient} ${c.item}`);
}

describe("a headline flow the body tells from another giver is no claim", () => {
  it.each([
    ["French navy seizes rockets on ship heading to Lebanon\n\nThe navy said on Sunday it had seized Iranian rockets on a ship bound for Hezbollah.", "FRA>LBN artillery-ammunition", "IRN>LBN-HEZBOLLAH artillery-ammunition"],
    ["Greek coastguard seizes drones on freighter bound for Libya\n\nThe coastguard said the Turkish-made drones were on their way to the Libyan National Army.", "GRC>LBY drones", "TUR>LBY-LNA drones"],
    ["Italian police seize drone engines in lorry bound for Russia\n\nPolice said the Chinese-made engines were being shipped to Russia through Italy.", "ITA>RUS raw-materials", "CHN>RUS raw-materials"],
  ])("%s", (page, headline, body) => {
    const flows = flowsOf(page);
    expect(flows).not.toContain(headline);
    expect(flows).toContain(body);
  });
});

describe("a headline the body bears out, or tells nothing against, keeps its claim", () => {
  it.each([
    ["Poland gives jets to Ukraine\n\nThe minister spoke on Monday about the war.", "POL>UKR aircraft"],
    ["Spain to send tanks to Ukraine\n\nThe minister said on Monday that Germany has also sent rifles to Ukraine.", "ESP>UKR armoured-vehicles"],
    ["Germany to send 14 tanks to Ukraine\n\nGermany will send 14 Leopard tanks to Ukraine, the chancellor said on Monday.", "DEU>UKR armoured-vehicles"],
  ])("%s", (page, flow) => expect(flowsOf(page)).toContain(flow));
});
