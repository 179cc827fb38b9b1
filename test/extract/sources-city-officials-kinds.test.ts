// Unnamed officials "in" a city of places.json serve the city's state where the sentence names that state
// ("Belgium has yet to deliver ..., officials in Brussels said"); a city that also seats a union names no state alone.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "city.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "city", outlet: "Probe Wire", published: "2024-05-01" } as never }).claims;

describe("officials in a city speak for its state", () => {
  it.each([
    "Belgium has yet to deliver any of the 30 F-16 jets it promised to Ukraine, officials in Brussels said.",
    "Belgium will not send its remaining F-16s to Ukraine before 2026, according to officials in Brussels.",
    "Officials in Brussels conceded that Belgium had not yet handed Ukraine any of the 30 jets it pledged.",
  ])("%s", (text) => {
    const found = claimsOf(text).filter((c) => c.supplier === "BEL" && c.recipient === "UKR");
    expect(found.length).toBe(1);
    expect(found[0].source?.country).toBe("BEL");
  });

  it("leaves the officials of a union's seat without a state", () => {
    const found = claimsOf("The European Union will send Ukraine 1 million shells, officials in Brussels said.").filter((c) => c.recipient === "UKR");
    expect(found.length).toBe(1);
    expect(found[0].source?.country ?? null).toBeNull();
  });
});
