// A head of state or government who signs a bill that gives aid commits the state to it: the signer, named after
// the titles of the office (and perhaps the state's name or a body's role), is the source of the claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "signed.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "signed", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("the one who signs an aid bill is its source", () => {
  it.each([
    ["US President Joe Biden on Thursday signed a bill that gives Israel 14 billion dollars.", "Joe Biden", "USA"],
    ["Peruvian Prime Minister Jorge Salas has signed the aid bill, which sets aside 30 million dollars for Ukraine.", "Jorge Salas", "PER"],
    ["Chancellor Olaf Scholz signed a long-awaited 2 billion euro aid law that hands Ukraine 20 tanks.", "Olaf Scholz", "DEU"],
  ])("%s", (text, speaker, country) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.source).toMatchObject({ speaker, country });
  });
});
