// "an Iranian missile recovered in Yemen was produced weeks earlier": where the thing was found, after "in", is no
// maker; the state the thing is from made it. Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function makers(text: string): (string | null)[] {
  const doc = processDocument({ path: "maker.txt", bytes: new TextEncoder().encode(text), meta: { id: "maker", published: "2024-09-04", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "production").map((c) => c.supplier);
}

describe("a thing found somewhere was made by the state it is from", () => {
  it.each([
    ["One Iranian drone recovered in Ukraine was manufactured in 2024, investigators told the council.", "IRN", "UKR"],
    ["An Iranian missile recovered in Yemen was produced only weeks earlier, the monitors said.", "IRN", "YEM"],
    ["A Belarusian shell recovered in Ukraine was manufactured in 2023, the researchers said.", "BLR", "UKR"],
  ])("%s", (text, maker, place) => {
    const got = makers(text);
    expect(got).toContain(maker);
    expect(got).not.toContain(place);
  });
});
