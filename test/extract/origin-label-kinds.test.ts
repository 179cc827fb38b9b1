// A bare participle right after a thing, then a place ("a cutter built in Norway", "jets built in Brazil"), labels
// where a thing the sentence is about was made: it tells no output of the place's state. Phrasings of our own, with
// twins that tell the making itself ("were built in", "builds"), which keep their production claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(sentence: string) {
  const doc = processDocument({ path: "origin.txt", bytes: new TextEncoder().encode(sentence), meta: { id: "origin", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => `${c.kind} ${c.supplier}>${c.recipient ?? ""} ${c.item}`);
}

describe("a thing labelled with where it was built tells no production", () => {
  it.each([
    ["The army took delivery of four more patrol boats built in Italy at a ceremony in Lisbon on Monday.", "production ITA> naval"],
    ["Sweden will send Ukraine 20 more armoured vehicles built in Finland, the ministry said on Friday.", "production UKR> armoured-vehicles"],
    ["Chile bought six trainer jets built in Brazil, the air force said.", "production CHL> aircraft"],
  ])("%s", (sentence, production) => expect(claimsOf(sentence)).not.toContain(production));

  it("the transfer of the labelled thing stands", () => {
    expect(claimsOf("Sweden will send Ukraine 20 more armoured vehicles built in Finland, the ministry said on Friday.")).toContain("transfer SWE>UKR armoured-vehicles");
  });
});

describe("a thing labelled between commas with its maker tells no production either", () => {
  it.each([
    ["Portugal will give Ukraine 12 patrol boats, built by a shipyard in Aveiro, the navy said on Monday.", "transfer PRT>UKR naval"],
    ["Finland will send Estonia ten howitzers, built by a Finnish firm, next year.", "transfer FIN>EST artillery-systems"],
    ["Greece will hand Cyprus six patrol boats, built by Greek shipyards, in the spring.", "transfer GRC>CYP naval"],
  ])("%s", (sentence, transfer) => {
    const claims = claimsOf(sentence);
    expect(claims.filter((c) => c.startsWith("production"))).toEqual([]);
    expect(claims).toContain(transfer);
  });
});

describe("a sentence that tells the making keeps its production claim", () => {
  it("a bare maker after the participle keeps the making of a thing paid for", () => {
    expect(claimsOf("Spain is still looking for money for most of the mortars produced by Spanish factories, officials said.")).toContain("production ESP> artillery-systems");
  });

  it.each([
    ["The drones were assembled in Iran, the report said.", "production IRN> drones"],
    ["Iran assembled the drones in a plant near Isfahan, officials said.", "production IRN> drones"],
    ["The rocket launchers are built by a state firm in Slovakia, the ministry said.", "production SVK> artillery-systems"],
  ])("%s", (sentence, production) => expect(claimsOf(sentence)).toContain(production));
});
