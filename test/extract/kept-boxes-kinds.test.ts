// HTML pages whose box of other stories ("More from ...", "On the same subject", "Read also") stands inside the
// article, so that article extraction keeps it in place as bare lines under its heading: each headline of the box is
// still a report of its own, read as a "Related" headline, not dropped with the page's lists of links.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function read(html: string) {
  return processDocument({ path: "page.html", bytes: new TextEncoder().encode(html), meta: { id: "page", outlet: "Harbour Post", published: "2025-04-02", url: "https://example.test/page" } });
}

const story = [
  "Fishermen in the northern bay reported a quiet season, with catches down by a fifth on the year before and prices at the harbour market holding steady.",
  "The port authority said repairs to the old breakwater would begin in the spring and take about eighteen months, paid for from the regional budget.",
  "Local councillors asked for a second ferry on the island route, which carries more than a thousand passengers a day in the summer months.",
  "A new cold store at the quay is due to open in June, the operator said, adding forty jobs in packing and transport.",
]
  .map((p) => `<p>${p}</p>`)
  .join("\n");

function page(heading: string, headline: string): string {
  return `<!DOCTYPE html><html><head><title>Harbour news | Harbour Post</title></head><body><main><article>
<h1>Quiet season in the northern bay</h1>
${story}
<div class="more"><h4>${heading}</h4><ul><li>${headline}</li><li>Ferry timetable changes from next week</li></ul></div>
</article></main></body></html>`;
}

describe("a box of other stories that the article keeps in place", () => {
  it.each([
    ["More from Harbour Post", "Chile signs for twelve Spanish patrol boats in Madrid", "ESP", "CHL"],
    ["On the same subject", "Norway to send 30 armoured vehicles to Ukraine", "NOR", "UKR"],
    ["More from the coast desk", "Peru buys eight Brazilian aircraft for its air force", "BRA", "PER"],
  ])("gives each headline as a report of its own: %s", (heading, headline, supplier, recipient) => {
    const doc = read(page(heading, headline));
    const s = doc.sentences.find((x) => doc.text.slice(x.span.start, x.span.end) === headline);
    expect(s && doc.segments[s.segment]?.kind).toBe("embedded");
    expect(doc.claims.some((c) => c.supplier === supplier && c.recipient === recipient)).toBe(true);
  });
});
