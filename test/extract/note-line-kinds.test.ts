// A note at the foot of a page (a note mark, then a title with no verb) cites where figures come from: no transfer,
// even on a page whose earlier lines told one.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "notes.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "notes", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a note line makes no claim", () => {
  it.each([
    ["Turkey sold drones to Azerbaijan in 2023.", "² Arms Transfers Yearbook of the customs office, 2023 figures."],
    ["Israel shipped missiles to Azerbaijan in 2022.", "[iv] Peace Research Centre Arms Transfers Database, export values."],
    ["Russia supplied tanks to Armenia in 2021.", "³ Institute for Peace, Arms Transfers Database, trend values."],
    ["Russia supplied tanks to Armenia in 2021.", "[12] Arms Transfers Yearbook, weapons deliveries table."],
  ])("%s / %s", (body, note) => {
    const claims = claimsOf(`${body}\n\n${note}`);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.filter((c) => c.evidence.text === note)).toEqual([]);
  });
});
