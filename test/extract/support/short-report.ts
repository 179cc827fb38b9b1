// A short report of one outlet (a title, a byline, then the text) read by the pipeline, and what its claims give.
import { expect } from "vitest";
import type { Claim } from "../../../src/core/claim.js";
import { processDocument } from "../../../src/pipeline.js";

/** The claims the pipeline reads from a report of `text`, with the id and day of publication given. */
export const claimsOfReport = (text: string, id: string, published: string): Claim[] =>
  processDocument({ path: `${id}.txt`, bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id, outlet: "Probe Wire", published } as never }).claims;

/** Every transfer read goes from `supplier` to `recipient` (at least one is read), and one of them counts `value`. */
export function expectOneFlow(claims: Claim[], supplier: string, recipient: string, value: number): void {
  const transfers = claims.filter((c) => c.kind === "transfer");
  expect(transfers.length).toBeGreaterThan(0);
  for (const c of transfers) {
    expect(c.supplier).toBe(supplier);
    expect(c.recipient).toBe(recipient);
  }
  expect(transfers.some((c) => c.quantity?.value === value)).toBe(true);
}

/** The speakers credited with the claims read from the second paragraph of `text` (at least one claim is read there). */
export function speakersOfSecondParagraph(claims: Claim[], text: string): (string | null)[] {
  const second = text.split("\n\n")[1]!;
  const last = claims.filter((c) => second.startsWith(c.evidence.text.slice(0, 20)));
  expect(last.length).toBeGreaterThan(0);
  return [...new Set(last.map((c) => c.source.speaker))];
}
