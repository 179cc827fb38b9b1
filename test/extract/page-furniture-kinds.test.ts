// Lines of a page that are not the report, written for the test: a placeholder for a chart or figure the text
// version leaves out ("[Chart 3: ... -- not reproduced]") and an appeal to back the page on a membership site
// ("Support X on Patreon: ..."). Their words name states and goods, but they tell no transfer: no claim comes
// from them. A sentence of the report that speaks of a chart, or of backing a state, still gives its claim.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "page-furniture.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "page-furniture", outlet: "Probe Wire", published: "2025-03-04" } as never }).claims.filter((c) => c.kind === "transfer");
const from = (cs: Claim[], words: string) => cs.filter((c) => c.evidence.text.includes(words)).map((c) => `${c.supplier}>${c.recipient} ${c.item}`);

describe("a chart placeholder or a reader appeal gives no claim", () => {
  it.each([
    ["Beijing sells Russia machine tools\n\nChinese firms sold machine tools to Russia last year, officials said.\n\n[Chart 2: Chinese chips sold to Russian buyers, 2022-2024 -- not reproduced]\n\nThe trade went on in 2025.", "[Chart 2"],
    ["Minsk and Moscow\n\nBelarus sent shells to Russia, officials said.\n\n[Chart 3: Belarusian rifles sold to Russian units, 2022-2023 -- not reproduced]\n\nMore text follows.", "[Chart 3"],
    ["Ankara and Baku\n\nTurkey sold drones to Azerbaijan, officials said.\n\n[Figure 2: Turkish armoured vehicles sold to Azerbaijan, 2020-2024 -- not reproduced]\n\nMore text follows.", "[Figure 2"],
    ["Drones for the front\n\nPoland sent drones to Ukraine in May, the ministry said.\n\n► Support Front Notes on Patreon: our drone reporting from Ukraine costs money.\n\nMore deliveries are due.", "Patreon"],
    ["Arms notes\n\nIran sent missiles to Russia, officials said.\n\nBack Caspian Watch on Substack: tracking Iranian shipments to Russia takes money.\n\nMore text follows.", "Substack"],
    ["Arms notes\n\nSweden sent shells to Ukraine, officials said.\n\n• Join Nordic Desk on Patreon for our reporting on Swedish aid to Ukraine.\n\nMore text follows.", "Patreon"],
  ])("%s", (text, words) => expect(from(claimsOf(text), words)).toEqual([]));
});

describe("a sentence of the report about a chart, or about backing a state, still gives its claim", () => {
  it.each([
    ["Arms notes\n\nThe figures in the chart show Turkish drones sold to Azerbaijan in 2023.", "chart", "TUR>AZE drones"],
    ["Arms notes\n\nA table of the ministry listed missiles Iran sent to Russia.", "table", "IRN>RUS missiles-other"],
    ["Arms notes\n\nSweden will support Ukraine on the front with shells, officials said.", "support", "SWE>UKR artillery-ammunition"],
  ])("%s", (text, words, claim) => expect(from(claimsOf(text), words)).toContain(claim));
});
