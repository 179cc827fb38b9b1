// Words that name no thing of the trade name none when joined by a hyphen into a modifier either ("a
// satellite-imagery study"), and "in two rounds" counts batches, not shells. Phrasings of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const itemsOf = (text: string): string[] =>
  processDocument({ path: "hyphen.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "hyphen", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims.map((c) => c.item);

describe("a hyphenated non-item modifier names no item", () => {
  it.each([
    ["Iran has shipped more than 300 drones to Russia since May, according to a satellite-imagery study by a Washington institute.", "drones"],
    ["A satellite-image analysis shows that Belarus moved at least 40 tanks to Russia in April.", "armoured-vehicles"],
    ["Chad bought 12 armoured vehicles from Turkey last year, a satellite-photo survey by a Paris group found.", "armoured-vehicles"],
  ])("%s", (text, item) => {
    expect(itemsOf(text)).toEqual([item]);
  });
});

describe("'in two rounds' counts batches, not shells", () => {
  it.each([
    ["Belarus has sent about 2,000 troops to Russia in two rounds, officials said.", "troops"],
    ["Chad sent 900 soldiers to Mali in several rounds of deployment.", "troops"],
    ["Eritrea sent some 3,000 troops to Sudan in three separate rounds last year.", "troops"],
  ])("%s", (text, item) => {
    expect(itemsOf(text)).toEqual([item]);
  });
});
