// A thing named as what other goods serve to make ("bearings needed to build tanks", "steel used in shell production")
// is their purpose: the goods move, the thing made does not. Phrasings of our own, with a twin that sends the thing
// itself beside its parts, which keeps both claims.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flowsOf(sentence: string) {
  const doc = processDocument({ path: "made-with.txt", bytes: new TextEncoder().encode(sentence), meta: { id: "made-with", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => `${c.supplier}>${c.recipient} ${c.item}`);
}

describe("what the goods serve to make does not move", () => {
  it.each([
    ["Kazakhstan sold Russia ball bearings needed to build tanks.", "KAZ>RUS armoured-vehicles", "KAZ>RUS dual-use-goods"],
    ["Armenia shipped Russia microchips used to make missiles, the report said.", "ARM>RUS missiles-other", "ARM>RUS dual-use-goods"],
    ["Turkey sold Russia optics and electronics needed for tank production.", "TUR>RUS armoured-vehicles", "TUR>RUS dual-use-goods"],
    ["Serbia shipped Russia steel used in artillery shell production, officials said.", "SRB>RUS artillery-ammunition", "SRB>RUS raw-materials"],
  ])("%s", (sentence, purpose, goods) => {
    const flows = flowsOf(sentence);
    expect(flows).not.toContain(purpose);
    expect(flows).toContain(goods);
  });
});

describe("a thing sent beside its parts moves", () => {
  it("Iran sent drones and the engines used in them to Russia.", () => {
    expect(flowsOf("Iran sent drones and the engines used in them to Russia.")).toEqual(expect.arrayContaining(["IRN>RUS drones", "IRN>RUS raw-materials"]));
  });
});
