// A state that says it opposes a kind of sale ("firmly opposes arms sales to the island") takes a stance on a class
// of transfers: on a page that tells what moves between those two states with named goods, the stance's bare "arms"
// were read as a further claim of unnamed weapons. They are no claim of their own. Phrasings of our own, with twins
// on a page that tells no named goods between them, or in which the act is condemned as done, which keep the claim.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "opposed-sales.txt", bytes: new TextEncoder().encode(page), meta: { id: "opposed-sales", outlet: "Test Wire", published: "2024-06-14" } });
  return doc.claims.map((c) => `${c.supplier}>${c.recipient} ${c.item}`);
}

describe("a stance against a kind of sale, beside the page's named goods, is no claim", () => {
  it.each([
    ["The United States approved the sale of 12 Patriot launchers to Taiwan on Monday, the Pentagon said. Beijing's foreign ministry said it firmly opposes US arms sales to Taiwan and urged Washington to halt them.", "USA>TWN"],
    ["Russia has delivered four S-400 batteries to India, the Indian defence ministry said. Islamabad said it strongly opposed Russian arms sales to India.", "RUS>IND"],
    ["Germany will send 18 Leopard tanks to Ukraine, Berlin said on Friday. Moscow said it opposes German weapons deliveries to Ukraine and warned of consequences.", "DEU>UKR"],
  ])("%s", (page, pair) => {
    const claims = claimsOf(page);
    expect(claims.some((c) => c.startsWith(`${pair} `))).toBe(true);
    expect(claims).not.toContain(`${pair} weapons-unspecified`);
  });
});

describe("a stance that is all the page tells, or an act condemned, keeps its claim", () => {
  it.each([
    ["Beijing said it firmly opposes US arms sales to Taiwan.", "USA>TWN weapons-unspecified"],
    ["North Korea has shipped 1,000 containers of shells to Russia, Seoul said. Washington condemned Pyongyang for supplying weapons to Russia.", "PRK>RUS weapons-unspecified"],
  ])("%s", (page, claim) => expect(claimsOf(page)).toContain(claim));
});
