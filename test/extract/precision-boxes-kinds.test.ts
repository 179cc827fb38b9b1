// Parts of a page that are not the report's own telling: a box of other stories under a "Related <word>:" label,
// a photo caption of any length that opens with its label ("Photo: ...", "Photograph: ..."), and a headline that names only
// unnamed goods ("cargo", "shipments") where the body tells the same flow with the thing it names. Phrasings of
// our own, each with twins that keep their claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "boxes.txt", bytes: new TextEncoder().encode(page), meta: { id: "boxes", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => ({ flow: `${c.supplier}>${c.recipient} ${c.item}`, evidence: c.evidence.text }));
}
const flowsOf = (page: string) => claimsOf(page).map((c) => c.flow);

describe("a box of other stories under a 'Related <word>:' label is no sentence of the report", () => {
  // (Without the label read as a box's, its lines run together into one sentence that borrows the report's parties.)
  const glued = (page: string) => claimsOf(page).filter((c) => /Related \w+:/.test(c.evidence));
  it.each([
    "Belarus has sent troops to Russia, officials said on Monday.\n\nRelated translations:\n- Minsk daily: \"Brothers in arms forever\" (3 May)\n- Radio Belarus: Minister tours a munitions works (no date given)\n\nComments are closed.",
    "Serbia has received howitzers from Hungary, the ministry said on Monday.\n\nRelated commentary:\n- Belgrade weekly: \"Guns for good neighbours\" (4 June)\n- Budapest radio: Mayor opens a market (no date given)\n\nComments are closed.",
    "Ukraine has received rifles from Poland, the ministry said on Monday.\n\nRelated opinion:\n- Warsaw weekly: \"Guns for a friend in need\" (8 March)\n- Lviv radio: Mayor opens a market (no date given)\n\nComments are closed.",
    "Armenia has received howitzers from India, the ministry said on Monday.\n\nRelated columns:\n- Yerevan weekly: \"Guns from a distant friend\" (2 April)\n- Delhi radio: Mayor opens a museum (no date given)\n\nComments are closed.",
  ])("no claim from the box: %s", (page) => {
    expect(glued(page)).toEqual([]);
    expect(claimsOf(page).length).toBe(1);
  });

  it("a sentence that opens with 'Related' and no colon is the report's", () =>
    expect(flowsOf("Related talks went nowhere, but Iran shipped drone engines to Venezuela in March, officials said.")).toContain("IRN>VEN raw-materials"));
});

describe("a caption line that opens with its label is no part of the report", () => {
  const sentencesOf = (page: string) => {
    const doc = processDocument({ path: "boxes.txt", bytes: new TextEncoder().encode(page), meta: { id: "boxes", outlet: "Test Wire", published: "2024-06-14" } });
    return doc.sentences.map((s) => doc.text.slice(s.span.start, s.span.end));
  };
  it.each([
    ["Poland has sent tanks to Ukraine, officials said.\n\nImage: a Polish lorry convoy near the Ukrainian town of Rava-Ruska, where the deliveries are unloaded from the lorries and checked before moving on by road to the depots in the east.\n\nMore tanks are due next year.", "lorry convoy"],
    ["France has sent boats to Egypt, officials said.\n\nPhoto: a French cargo vessel off the Egyptian port of Alexandria, where the shipments are unloaded at night and checked by customs before travelling on by road to the naval base.\n\nMore boats are due.", "cargo vessel"],
    ["China has sent drones to Serbia, officials said.\n\nPhotograph: a Chinese cargo plane at a Serbian airport near Belgrade, where the shipments are unloaded at dawn and counted by the army before travelling on by road to a base in the south.\n\nMore drones are due.", "cargo plane"],
    ["Iran has sent drones to Russia, officials said.\n\nCaption: an Iranian freighter off the Russian port of Astrakhan, where the crates are unloaded onto trains and taken by rail to storage sites far from the front in the west.\n\nMore drones are due.", "freighter"],
  ])("the caption is no sentence: %s", (page, words) => {
    const sentences = sentencesOf(page);
    expect(sentences.filter((s) => s.includes(words))).toEqual([]);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(claimsOf(page).filter((c) => c.evidence.includes(words))).toEqual([]);
  });

  it.each([
    "Photographs released on Monday show that Iran shipped drones to Russia in May.",
    "Pictures from the port show that Iran shipped drones to Russia in May.",
    "Images taken on Monday show that Iran shipped drones to Russia in May.",
  ])("a sentence about pictures is still read: %s", (page) => expect(flowsOf(page)).toContain("IRN>RUS drones"));
});

describe("a headline of unnamed goods that the body tells with a named thing is no claim of its own", () => {
  it.each([
    ["Port workers shrug as Seoul counts the North's cargo to Moscow\n\nSEOUL, June 3 - North Korea has sent 9,000 containers of artillery shells to Russia, officials said.", "PRK>RUS goods-unspecified", "PRK>RUS artillery-ammunition"],
    ["Inspectors track Iran's shipments to Venezuela\n\nCARACAS, May 2 - Iran has shipped 40 drone engines to Venezuela since January, inspectors said on Thursday.", "IRN>VEN goods-unspecified", "IRN>VEN raw-materials"],
    ["Customs officers log Turkey's shipments to Azerbaijan\n\nBAKU, April 9 - Turkey has sent 30 armed drones to Azerbaijan this year, officials said on Tuesday.", "TUR>AZE goods-unspecified", "TUR>AZE drones"],
  ])("%s", (page, headline, body) => {
    const flows = flowsOf(page);
    expect(flows).not.toContain(headline);
    expect(flows).toContain(body);
  });

  it("a headline the body tells nothing of keeps its claim", () =>
    expect(flowsOf("Inspectors track Iran's shipments to Venezuela\n\nCARACAS, May 2 - The inspectors met on Thursday to plan their next visit.")).toContain("IRN>VEN goods-unspecified"));
});
