// A question ("Did Russia help Iran reach orbit?") asks whether a transfer happened: it tells it only as possible,
// never as asserted. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function certainties(text: string, sentence: string): string[] {
  const doc = processDocument({ path: "ask.txt", bytes: new TextEncoder().encode(text), meta: { id: "ask", published: "2024-09-04", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer" && c.evidence.text.includes(sentence)).map((c) => c.certainty);
}

describe("a question tells a transfer only as possible", () => {
  it.each([
    ["Did Iran help Russia build its drone plant?\n\nRussia says its new drone plant in Tatarstan is running. Western officials believe Iran supplied the designs.", "Did Iran help"],
    ["Is China arming Russia?\n\nChina has sent Russia machine tools, US officials said.", "Is China arming"],
    ["Has Belarus sent Russia its tanks?\n\nSatellite images show a long train of tanks near the border, analysts said.", "Has Belarus sent"],
  ])("%s", (text, sentence) => {
    const got = certainties(text, sentence);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((c) => c === "possible")).toBe(true);
  });
});
