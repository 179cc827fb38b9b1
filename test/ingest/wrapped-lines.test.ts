// Pages as scans and print exports save them: a line that opens in a small letter goes on from the line above it,
// however short that line is beside a long one in the same paragraph (a word broken at the margin included).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function read(text: string) {
  return processDocument({ path: "page.txt", bytes: new TextEncoder().encode(text), meta: { id: "page", outlet: "Harbour Post", published: "2025-04-02", url: "https://example.test/page" } });
}

describe("a short line that a small letter carries on", () => {
  it.each([
    [
      "Sweden has handed about 40 armoured vehicles to Ukraine since Janu-",
      "ary, the defence ministry in Stockholm said on Friday in a short written note. It gave no further detail on the timing of the rest.",
      "SWE",
    ],
    [
      "Norway delivered twelve howitzers",
      "to Ukraine in March, according to a statement by the Norwegian defence ministry. Officials in Oslo declined to say where the guns were built.",
      "NOR",
    ],
    [
      "Last week the Finnish government sent 30 anti-air-",
      "craft guns to Ukraine, a spokesman in Helsinki said on Tuesday. The shipment had been announced in the autumn but was later delayed twice.",
      "FIN",
    ],
  ])("stays in one sentence with the line below it: %s", (first, second, supplier) => {
    const doc = read(`Aid news in brief\n\n${first}\n${second}\n`);
    const at = doc.text.indexOf(first);
    const sentence = doc.sentences.find((s) => s.span.start === at);
    expect(sentence && doc.text.slice(sentence.span.start, sentence.span.end)).toContain(second.slice(0, 20));
    expect(doc.claims.some((c) => c.supplier === supplier && c.recipient === "UKR")).toBe(true);
  });

  it("leaves a heading above a capitalised line alone", () => {
    const doc = read("Aid news in brief\n\nWhat was sent\nNorway delivered twelve howitzers to Ukraine in March, according to a statement by the Norwegian defence ministry.\n");
    const at = doc.text.indexOf("What was sent");
    expect(doc.sentences.find((s) => s.span.start === at)?.span.end).toBe(at + "What was sent".length);
  });
});
