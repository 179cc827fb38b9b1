// Kinds of false denials read from "the claims", "the accusations" (a denial of transfers told before, naming none
// again), each shown by phrasings of our own with near twins that keep their denial:
// - the noun of the told claims is not what the denial takes ("had no hand in drafting the report, and dismissed the
//   auditors as biased": the report is drafted, the auditors dismissed);
// - the denial names its own content ("deny the allegations of any weapons trade between them"), so no flow told
//   before is copied into it;
// - a plural "the accusations" right after the page told what the other side gave in return: the accusation is of
//   the flow the report leads with, not of what came back.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function denialsOf(page: string) {
  const doc = processDocument({ path: "denials-told.txt", bytes: new TextEncoder().encode(page), meta: { id: "denials-told", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.filter((c) => c.certainty === "denied").map((c) => `${c.supplier}>${c.recipient} ${c.item}`);
}

describe("a told noun the denial does not take is no denial of the claims", () => {
  it.each([
    "Russia delivered 30 tanks to Serbia, the report said.\n\nMoscow said it had no hand in drafting the report, and it dismissed the auditors as biased.",
    "Iran shipped drones to Russia, the panel found.\n\nTehran said it never saw the findings before they came out and rejected the panel as a Western tool.",
    "China sold machine tools to Russia, investigators wrote.\n\nA Chinese spokesman said Beijing would not discuss the claims, but he dismissed the investigators as amateurs.",
  ])("no denial: %s", (page) => expect(denialsOf(page)).toEqual([]));

  it.each([
    ["China sold machine tools to Russia, investigators wrote.\n\nBeijing flatly rejected these claims.", "CHN>RUS dual-use-goods"],
    ["Iran shipped drones to Russia, the panel found.\n\nTehran said it rejected the findings of the panel.", "IRN>RUS drones"],
    ["Russia delivered 30 tanks to Serbia, the report said.\n\nMoscow said the claims were dismissed long ago.", "RUS>SRB armoured-vehicles"],
  ])("the denial that takes the noun is kept: %s", (page, denial) => expect(denialsOf(page)).toContain(denial));
});

describe("a denial that names its own content copies no flow told before", () => {
  it.each([
    ["Belarus sent shells to Russia, Kyiv says.\n\nIn return, Moscow gave Minsk fighter jets, Kyiv says.\n\nMinsk and Moscow both deny the allegations of any weapons trade between them.", "RUS>BLR aircraft"],
    ["Pyongyang shipped rockets to Moscow, Seoul says.\n\nIn exchange, Russia is helping the North with its satellite programme.\n\nBoth Pyongyang and Moscow have rejected the charges of rocket deals between them.", "RUS>PRK space-technology"],
    ["Iran sold drones to Russia, Kyiv says.\n\nRussia sent Iran jets in return, Kyiv adds.\n\nTehran and Moscow have dismissed the claims of any drone trade between the two.", "RUS>IRN aircraft"],
  ])("no copied denial: %s", (page, copied) => expect(denialsOf(page)).not.toContain(copied));
});

describe("the accusations, after what was given in return, are of the leading flow", () => {
  it.each([
    ["Tehran shipped drones to Moscow, officials say.\n\nIn exchange, Russia has supplied Iran with fighter jets, they add.\n\nThe Kremlin rejected the accusations.", "IRN>RUS drones", "RUS>IRN aircraft"],
    ["Pyongyang sold artillery shells to Moscow, Seoul says.\n\nRussia is thought to have paid with oil shipments to the North.\n\nMoscow and Pyongyang dismissed the claims as slander.", "PRK>RUS artillery-ammunition", "RUS>PRK oil-fuel"],
    ["Iran sent missiles to Russia, an agency says.\n\nIn exchange, Moscow handed Tehran cash, it adds.\n\nTehran has rejected the allegations.", "IRN>RUS missiles-other", "RUS>IRN money"],
  ])("the lead is denied: %s", (page, lead, returned) => {
    const denials = denialsOf(page);
    expect(denials).toContain(lead);
    expect(denials).not.toContain(returned);
  });

  it.each([
    ["Tehran shipped drones to Moscow, officials say.\n\nIn exchange, Russia has supplied Iran with fighter jets, they add.\n\nThe Kremlin rejected the claim.", "RUS>IRN aircraft"],
    ["Belarus sent shells to Russia, Kyiv says.\n\nMinsk has also sent tanks to Moscow, Kyiv adds.\n\nMinsk has rejected the accusations.", "BLR>RUS"],
  ])("a singular claim, or flows one way, keep the flow told last: %s", (page, denial) => expect(denialsOf(page).some((d) => d.startsWith(denial))).toBe(true));
});
