// Headlines as crawlers save them: the wire form "Name: what happened" is a headline (its claim retells the
// body's, not a claim of its own), while "Source: ..." and "Photo: ..." lines are credits; mastheads, menus of
// section names, language switches and membership prompts are never a page's title.
import { describe, expect, it } from "vitest";
import { isHeadlineText } from "../../src/ingest/lines.js";
import { textMetadata } from "../../src/ingest/read-metadata.js";
import { processDocument } from "../../src/pipeline.js";

function read(text: string, outlet = "Harbour Post") {
  return processDocument({ path: "page.txt", bytes: new TextEncoder().encode(text), meta: { id: "page", outlet, published: "2025-04-02", url: "https://example.test/page" } });
}

describe("headlines in the wire form 'Name: ...'", () => {
  it.each([
    "Kyiv: Tehran has sent hundreds more drones to Moscow",
    "Pentagon: new air-defence package for Ukraine approved",
    "Stoltenberg: allies to speed up shell deliveries",
  ])("is a headline: %s", (line) => {
    expect(isHeadlineText(line)).toBe(true);
  });

  it.each(["Source: Reuters, citing two officials", "Photo: Defence Ministry press service", "Editor's note: this story was updated"])("is a credit line, not a headline: %s", (line) => {
    expect(isHeadlineText(line)).toBe(false);
  });

  it.each([
    ["Warsaw: 40 more tanks on their way to Ukraine", "Poland will send 40 more tanks to Ukraine by June, Defence Minister Tomasz Nowak said on Tuesday."],
    ["Seoul: Russia took in some 7,000 North Korean containers", "North Korea has shipped about 7,000 containers of artillery shells to Russia since August, South Korea's defence minister Kim Tae-ho said on Monday."],
    ["Vilnius: howitzers handed to Ukraine", "Lithuania delivered 18 howitzers to Ukraine in March, Defence Minister Rasa Vaitkus said on Wednesday."],
  ])("gives no claim of its own beside the body's: %s", (headline, body) => {
    // (A section name above it takes the page's title: the headline is known by its own form.)
    const doc = read(`Latest from the eastern front\n\n${headline}\n\n${body}\n`);
    expect(doc.sentences.find((s) => s.span.start === doc.text.indexOf(headline))?.headline).toBe(true);
    expect(doc.claims.length).toBeGreaterThan(0);
    // Every claim carries a body sentence: the headline retells one of them.
    for (const c of doc.claims) expect(c.evidence.text).not.toBe(headline);
  });
});

describe("a page's title from its first lines", () => {
  it.each([
    ["News  War  Politics  Economy  Video\nEN | UA\n\nMinsk hands trucks to Moscow\n\nBelarus sent 300 trucks to Russia.", "Minsk hands trucks to Moscow"],
    ["Home  World  Business  Opinion  Sport\n\nAnkara sells drones to Warsaw\n\nTurkey sold 24 drones to Poland.", "Ankara sells drones to Warsaw"],
    ["DE / EN / FR\n\nBerlin approves more shells for Kyiv\n\nGermany approved more shells.", "Berlin approves more shells for Kyiv"],
  ])("skips menus of section names and language switches (%#)", (text, title) => {
    expect(textMetadata(text).title).toBe(title);
  });

  it.each([
    ["Harbour Post\nBecome a member\n\nOslo pledges air defence to Kyiv\n\nNorway pledged air defence.", "Harbour Post", "Oslo pledges air defence to Kyiv"],
    ["THE MORNING LEDGER\nSupport our journalism\n\nTokyo sends trucks to Manila\n\nJapan sent trucks.", "The Morning Ledger", "Tokyo sends trucks to Manila"],
    ["Valley Courier —\nJoin today\n\nRome ships demining kits to Kyiv\n\nItaly shipped kits.", "Valley Courier", "Rome ships demining kits to Kyiv"],
  ])("skips the masthead and membership prompts (%#)", (text, outlet, title) => {
    expect(textMetadata(text, outlet).title).toBe(title);
  });
});
