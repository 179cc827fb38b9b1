// A saying dated only to a week ("last week", "the previous week") is dated to that week's middle day: a few days
// at most from the day it was made, so that a report a week later still meets the reports of the day on one occasion.
import { describe, expect, it } from "vitest";
import { linkClaims } from "../../src/link/link-claims.js";
import { processDocument } from "../../src/pipeline.js";

const read = (id: string, text: string, published: string) =>
  processDocument({ path: `${id}.txt`, bytes: Buffer.from(text), meta: { id, outlet: `Outlet ${id}`, published } as never });

describe("a saying dated to a week", () => {
  for (const [name, text] of [
    ["said last week", "Shells\n\nBy staff writers\n\nThe South Korean defence ministry said last week that North Korea had sent 7,000 containers of shells to Russia.\n"],
    ["last week, at the start", "Shells\n\nBy staff writers\n\nLast week, Japan's defence ministry said North Korea had shipped 7,000 containers of shells to Russia.\n"],
    ["the previous week", "Shells\n\nBy staff writers\n\nUkraine's military intelligence told reporters the previous week that North Korea had delivered 7,000 containers of shells to Russia.\n"],
  ] as const) {
    it(name, () => {
      const claims = read("w", text, "2024-03-13").claims;
      expect(claims.length).toBeGreaterThan(0);
      // Last week ran from Monday the 4th to Sunday the 10th.
      for (const c of claims) expect(c.stated).toBe("2024-03-07");
    });
  }

  it("meets, a week later, the report of the day it was said", () => {
    const a = read("a", "Shells\n\nBy staff writers\n\nSouth Korea's defence ministry said on Tuesday that North Korea had sent 7,000 containers of shells to Russia.\n", "2024-03-06");
    const b = read("b", "Shells\n\nBy staff writers\n\nThe South Korean defence ministry said last week that North Korea had sent 7,000 containers of shells to Russia.\n", "2024-03-13");
    const claims = [...a.claims, ...b.claims];
    const links = linkClaims(claims, new Map([a, b].map((d) => [d.meta.id, d.meta])));
    expect(a.claims.length).toBe(1);
    expect(links.get(a.claims[0].id)).toBe(links.get(b.claims[0].id));
  });
});
