// A minister named with a bare title ("Prime Minister", "Defence Minister") and no state of their own serves the
// other state the sentence names, not the state the report is about and the minister speaks of.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "state.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "state", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a bare-titled minister's state is not the state spoken about", () => {
  it.each([
    ["The 18 tanks promised by Portugal will reach Ukraine within weeks, Defence Minister Rui Tavares said on Monday. Ukraine said more were needed. Ukraine thanked its partners.", "Rui Tavares", "PRT"],
    ["On Friday Prime Minister Ilse Varga pledged 300 million euros in military aid to Ukraine and said Austria would buy shells. Ukraine welcomed it. Ukraine needs more.", "Ilse Varga", "AUT"],
    ["Defence Minister Tomas Berg told parliament that Ukraine would get 12 more tanks from Denmark before winter. Ukraine asked for more. Ukraine welcomed the news.", "Tomas Berg", "DNK"],
  ])("%s", (text, speaker, state) => {
    const claims = claimsOf(text).filter((c) => c.source.speaker === speaker);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.source.country === state)).toBe(true);
  });
});
