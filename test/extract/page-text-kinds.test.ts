// Page shapes written for the test (folders under test/fixtures/ingest): what the page-reading stages keep of a
// page. A caption that tells a story of its own keeps its sentences without its counter and credit; a "Read also"
// box whose label runs on into its links, or names itself in two languages, still gives each headline a segment of
// its own; strips of figures (markets, weather, results) are page furniture; consent dialogs, tickers and live-page
// labels leave the report's own sentences whole; a chat line, a live entry or a chronology row that opens with its time
// or date stands apart from the row before it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ArmsDocument } from "../../src/core/document.js";
import { readDocument } from "../../src/ingest/index.js";
import { processDocument } from "../../src/pipeline.js";

const ROOT = join(import.meta.dirname, "../fixtures/ingest");

function page(name: string): { path: string; bytes: Buffer; meta: { id: string; published: string } } {
  const dir = join(ROOT, name);
  const input = readdirSync(dir).find((f) => f.startsWith("input."))!;
  return { path: join(dir, input), bytes: readFileSync(join(dir, input)), meta: { id: name, published: "2025-05-02" } };
}
const read = (name: string): ArmsDocument => readDocument(page(name));
const sentences = (doc: ArmsDocument) => doc.sentences.map((s) => ({ text: doc.slice(s.span), segment: s.segment }));

describe("a caption that tells a story keeps its sentences, not its counter or credit", () => {
  it.each([
    ["a-photo-essay-slide-keeps-its-report-sentences-and-drops-counter-and-credit", "Estonian officials say the depot has handed twelve howitzers to Ukraine since spring."],
    ["a-crawler-caption-of-two-sentences-with-a-bracketed-credit-is-kept", "Slovak officials say the trailers carry 150 diesel generators that Bratislava is giving to Ukraine."],
    ["a-text-page-caption-paragraph-that-tells-the-story-is-kept", "Poland's defence ministry says the cargo holds forty mortars bound for Lithuania."],
  ])("%s", (name, sentence) => {
    const texts = sentences(read(name)).map((s) => s.text);
    expect(texts).toContain(sentence);
    expect(texts.join(" ")).not.toMatch(/Photo|\d+\/\d+ —|\d of \d/);
  });

  it("a caption of one sentence stays wholly out", () => {
    const texts = sentences(read("a-photo-essay-slide-keeps-its-report-sentences-and-drops-counter-and-credit")).map((s) => s.text);
    expect(texts.join(" ")).not.toContain("perimeter fence");
  });

  it("the story a caption tells is a claim", () => {
    const doc = processDocument(page("a-crawler-caption-of-two-sentences-with-a-bracketed-credit-is-kept"));
    expect(doc.claims.map((c) => [c.supplier, c.recipient])).toContainEqual(["SVK", "UKR"]);
  });
});

describe("a box whose label runs on into its links, or is given in two languages, is a box", () => {
  it.each([
    ["a-read-also-label-inline-before-its-links-is-a-box", "Oslo sends two more coastal missile batteries to Kyiv"],
    ["a-box-label-given-in-two-languages-is-a-box", "Paris to deliver six more Caesar howitzers to Armenia"],
    ["a-related-label-in-a-span-before-linked-headlines-is-a-box", "Zagreb hands Kyiv a further batch of mine-clearing vehicles"],
  ])("%s", (name, headline) => {
    const found = sentences(read(name)).find((s) => s.text === headline);
    expect(found).toBeDefined();
    expect(found!.segment).toBeGreaterThan(0);
  });
});

describe("strips of figures are page furniture, and the report around them stays whole", () => {
  it.each([
    ["a-ticker-strip-under-the-headline-is-page-furniture", "BELEX15", "Serbia handed thirty off-road trucks to the police of Republika Srpska on Thursday at a ceremony in Bijeljina, the interior ministry said."],
    ["sport-results-between-paragraphs-are-page-furniture", "Farul", "The shipment had been declared as lawnmower spares and was traced to a trading firm registered in the Turkish city of Mersin, the prosecutors added."],
    ["a-market-close-line-with-a-label-is-page-furniture", "OMXH25", "Deliveries are due to start next year and will run until 2028, the command said."],
    ["hostile-market-weather-and-score-strips-between-paragraphs-stay-out-of-the-report", "Brent", "Officials in Kyiv said the units would go to field clinics in the east of the country."],
  ])("%s", (name, furniture, sentence) => {
    const texts = sentences(read(name)).map((s) => s.text);
    expect(texts).toContain(sentence);
    expect(texts.some((t) => t.includes(furniture))).toBe(false);
  });
});

describe("hostile page shapes leave the report's sentences whole", () => {
  it.each([
    ["hostile-a-consent-dialog-with-partner-lists-above-the-article-leaves-the-report-whole", "The company said the line would fill about eighty thousand 155mm rounds a year once it reaches full speed, with the first batch promised to the Czech army before the end of the summer.", "partners"],
    ["hostile-market-weather-and-score-strips-between-paragraphs-stay-out-of-the-report", "Lithuania has sent Ukraine four more mobile field hospitals, each fitted with two operating theatres, the health ministry in Vilnius said on Friday.", "Tallinn"],
    ["hostile-a-live-page-with-pinned-posts-and-timestamps-keeps-each-entry", "Germany will send Ukraine one more IRIS-T air defence system before the end of the year, the German defence minister told reporters as he arrived at the meeting.", "Reply"],
  ])("%s", (name, sentence, furniture) => {
    const texts = sentences(read(name)).map((s) => s.text);
    expect(texts).toContain(sentence);
    expect(texts.some((t) => t.includes(furniture))).toBe(false);
  });
});

describe("a line that opens with a time mark or a dated row mark is a sentence of its own", () => {
  // (Chat lines, live entries and chronology rows often have no final stop; joined as a wrapped paragraph, one row's
  // words ran into the next row's speaker, time or date.)
  it.each([
    ["a-chat-log-export-keeps-each-timed-line-a-sentence", "[2025-03-11 09:02] <marek_p> the Slovak ministry told us 14 more Zuzana howitzers went to Kyiv in February"],
    ["a-chronology-with-a-bracketed-source-after-each-row-keeps-rows-apart", "19 Sep 2024 - Latvia signs for Naval Strike Missile launchers from Norway's Kongsberg, first deliveries due in 2026. [Latvian MoD]"],
    ["a-live-page-of-timed-entries-without-final-stops-keeps-entries-apart", "[10:58] Dutch officials confirm that four more F-16 jets left Eindhoven for Romania overnight for training"],
  ])("%s", (name, row) => {
    expect(sentences(read(name)).map((s) => s.text)).toContain(row);
  });
});
