// An entry of a chronology or a table whose date is closed by a bar ("3 May 2024 | Chile pledges ...") opens its
// clause after the bar: the state that commits there is the source of its own act, as after a dash or a colon.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const sourcesOf = (line: string) =>
  processDocument({
    path: "chronology.txt",
    bytes: Buffer.from(`Arms deals of the year\n\n${line}\n`),
    meta: { id: "chronology", outlet: "Probe Ledger", published: "2024-12-01" } as never,
  }).claims.map((c) => c.source.country);

describe("a date closed by a bar opens the entry's clause", () => {
  it.each([
    ["12 Mar 2024 | Lima signs for 24 Gripen jets from Sweden, a deal of about 2 billion dollars.", "PER"],
    ["3 May 2024 | Chile pledges twelve howitzers to Ukraine.", "CHL"],
    ["2024-05-02 | Lisbon committed 40 million euros of military aid to Ukraine.", "PRT"],
  ])("%s", (line, state) => {
    const sources = sourcesOf(line);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources).toContain(state);
  });
});
