// What the press or unnamed sources tell, named by their kind, is passed on (`reported`): "Polish media say",
// "press reports put ...", "we have seen reports that", "sources suggest".
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function certaintiesOf(page: string) {
  const doc = processDocument({ path: "certainty-press-talk.txt", bytes: new TextEncoder().encode(`Defence news\n\n${page}\n`), meta: { id: "certainty-press-talk", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ supplier: c.supplier, recipient: c.recipient, certainty: c.certainty }));
}

describe("press talk and unnamed sources pass a transfer on", () => {
  it.each([
    ["Polish media say Germany has sent Ukraine 40 more Leopard tanks.", "DEU", "UKR"],
    ["Chilean media claim Spain delivered four radars to Chile in March.", "ESP", "CHL"],
    ["Egypt received ten howitzers from France in April, Egyptian media said.", "FRA", "EGY"],
    ["The local press says Turkey handed Libya six drones last month.", "TUR", "LBY"],
    ["Spanish press reports put the number of howitzers Spain sent to Morocco at twenty.", "ESP", "MAR"],
    ["Greek press reports have spoken of a dozen tanks shipped from Greece to Cyprus.", "GRC", "CYP"],
    ["The minister relies on press reports that Italy exported 300 rifles to Egypt.", "ITA", "EGY"],
    ["We have seen reports that Iran has shipped 5,000 drones to Russia.", "IRN", "RUS"],
    ["The committee had seen reports that Belarus sent Russia 100 tanks in May.", "BLR", "RUS"],
    ["Belarusian tanks, sources suggest, have gone to Russia by rail since May.", "BLR", "RUS"],
    ["Sources say Iran delivered 200 missiles to Russia in the spring.", "IRN", "RUS"],
    ["Turkish drones, sources indicate, have gone to Libya by sea since March.", "TUR", "LBY"],
    ["North Korean shells, sources suggested, went to Russia by sea all winter.", "PRK", "RUS"],
    ["Serbian shells have reached Ukraine through third countries, sources claim.", "SRB", "UKR"],
  ])("reported: %s", (page, supplier, recipient) => {
    expect(certaintiesOf(page)).toContainEqual({ supplier, recipient, certainty: "reported" });
  });

  it("a minister who says it plainly states it", () => {
    expect(certaintiesOf("Germany has sent Ukraine 40 more Leopard tanks, the German defence minister said.")).toContainEqual({ supplier: "DEU", recipient: "UKR", certainty: "asserted" });
  });
});
