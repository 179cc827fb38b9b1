// A paragraph whose last sentence ends in a note's mark (".[2]", ".[iii]", ".¹", a bare ".1") is running text,
// not a title: its sentences give claims like any other paragraph's.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function read(text: string) {
  return processDocument({ path: "page.txt", bytes: new TextEncoder().encode(text), meta: { id: "page", outlet: "Harbour Post", published: "2025-04-02", url: "https://example.test/page" } });
}

describe("a paragraph ending in a note's mark", () => {
  it.each([
    ["Harbour Post\n\nSupplies across the Baltic\n\nLatvia handed 14 armoured vehicles to Ukraine in February.[2]\n", "Latvia handed 14 armoured vehicles to Ukraine"],
    ["Harbour Post\n\nNotes on the spring deliveries\n\nSlovakia sent 8 howitzers to Ukraine during March.[iii]\n", "Slovakia sent 8 howitzers to Ukraine"],
    ["Harbour Post\n\nA ledger of old transfers\n\nBelarus shipped 300 trucks to Russia on Friday.1\n", "Belarus shipped 300 trucks to Russia"],
  ])("is running text that gives a claim (%#)", (text, sentence) => {
    const doc = read(text);
    const start = doc.text.indexOf(sentence);
    expect(doc.sentences.find((s) => s.span.start === start)?.headline ?? false).toBe(false);
    expect(doc.claims.some((c) => c.evidence.text.startsWith(sentence))).toBe(true);
  });
});
