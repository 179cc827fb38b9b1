// Pages saved in a narrow column (a teletext page, a printout, a subtitle file): the lines of a paragraph are running
// text cut at the margin, even where a line opens with a capital (a name, a year) and all lines are short.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function read(text: string) {
  return processDocument({ path: "page.txt", bytes: new TextEncoder().encode(text), meta: { id: "page", outlet: "Harbour Post", published: "2025-04-02", url: "https://example.test/page" } });
}

function sentenceAt(doc: ReturnType<typeof read>, first: string): string | undefined {
  const at = doc.text.indexOf(first);
  const s = doc.sentences.find((x) => x.span.start === at);
  return s && doc.text.slice(s.span.start, s.span.end);
}

describe("a narrow column whose paragraph ends a sentence", () => {
  it.each([
    [["Oslo agreed a contract of 200 million", "euros for four radars in March", "2024."], "2024."],
    [["Portugal is buying six patrol boats", "France built for its own navy, the", "ministry in Lisbon said."], "ministry in Lisbon"],
    [["Chile has taken delivery of ten tanks", "Germany used to keep in reserve,", "the army in Santiago said."], "the army in Santiago"],
  ])("is one sentence: %s", (lines, tail) => {
    const doc = read(`NEWS IN BRIEF  PAGE 120\n\n${lines.join("\n")}\n\nMore news on page 121\n`);
    expect(sentenceAt(doc, lines[0])).toContain(tail);
  });

  it("leaves a stack of short titles alone", () => {
    const doc = read("Top stories\n\nShips and ports of the north\nTrade in figures this week\nThe week ahead in brief\n\nChile took delivery of ten tanks on Tuesday, the army in Santiago said in a statement.\n");
    expect(doc.sentences.some((s) => doc.text.slice(s.span.start, s.span.end).includes("north\nTrade"))).toBe(false);
  });
});

describe("a line that ends on a word that cannot end a sentence", () => {
  it.each([
    ["Spain is sending eight self-propelled guns to", "Ukraine before the winter, the defence ministry in Madrid said on Friday in a written note.", "ESP", "UKR"],
    ["Officials said that Italy has delivered two batteries for", "Ukraine, the second such delivery this year, according to a statement from the ministry in Rome.", "ITA", "UKR"],
    ["Greece will hand over dozens of armoured vehicles from", "Greek army stocks to Ukraine over the coming months, the government in Athens said on Monday.", "GRC", "UKR"],
  ])("goes on into the capitalised line below it: %s", (first, second, supplier, recipient) => {
    const doc = read(`Aid news in brief\n\n${first}\n${second}\n`);
    expect(sentenceAt(doc, first)).toContain(second.slice(0, 12));
    expect(doc.claims.some((c) => c.supplier === supplier && c.recipient === recipient)).toBe(true);
  });

  it("leaves a short title that ends on such a word alone", () => {
    const doc = read("Aid news\n\nWhat they sent to\nSpain is sending eight self-propelled guns to Ukraine before the winter, the defence ministry said.\n");
    expect(doc.sentences.some((s) => doc.text.slice(s.span.start, s.span.end).includes("to\nSpain"))).toBe(false);
  });
});
