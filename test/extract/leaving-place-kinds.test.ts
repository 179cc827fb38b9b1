// The place goods are carried "out of" is where they come from, even where the carrier flies the receiver's flag;
// "out of" that does not stand right before the state names no route. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function flows(text: string): string[] {
  const doc = processDocument({ path: "leaving.txt", bytes: new TextEncoder().encode(text), meta: { id: "leaving", published: "2024-09-04", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer" && c.quantity).map((c) => `${c.supplier} ${c.recipient} ${c.item}`);
}

describe("goods carried out of a state come from it", () => {
  it.each([
    ["North Korea has sent Russia shells for two years. In 2024, Russian-flagged ships may have carried up to nine million rounds out of North Korea.", "PRK RUS artillery-ammunition"],
    ["North Korea keeps sending Russia artillery shells. Last year, Russian-flagged ships may have carried up to three million rounds out of the North.", "PRK RUS artillery-ammunition"],
    ["Tehran has armed Moscow since 2022. This spring Russian vessels carried some 200 drones out of Iran, the agency said.", "IRN RUS drones"],
  ])("%s", (text, want) => {
    const got = flows(text);
    expect(got).toContain(want);
    expect(got).not.toContain(want.split(" ").slice(0, 2).reverse().join(" ") + " " + want.split(" ")[2]);
  });
});
