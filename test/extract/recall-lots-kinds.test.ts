// A second count of one item in one sentence: lots told as a list after the first ("six by June, eight more in 2025
// and the remaining four in 2026"), a list that opens with a lot of goods told before ("She said six of the jets would
// arrive ..."), a lot that stands alone ("The remaining four are due in 2026"), and "as many again". Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "lots.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "lots", outlet: "Probe Wire", published: "2024-05-02" } as never }).claims;

const lots = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "transfer")
    .map((c) => [c.supplier, c.recipient, c.item, c.quantity?.value ?? null, c.period?.start ?? null, c.certainty]);

describe("further lots after a first count, with 'more' or 'the remaining', count the same goods", () => {
  it.each([
    ["Kenya will deliver 12 trucks to Somalia this year, 20 more in 2026 and the remaining 8 in 2027.", "armoured-vehicles", [[12, "2024"], [20, "2026"], [8, "2027"]]],
    ["Chad is to send 30 howitzers to Libya in 2025, another 10 in 2026 and the last 5 in 2027.", "artillery-systems", [[30, "2025"], [10, "2026"], [5, "2027"]]],
    ["Brazil will hand Angola 40 tanks in 2025, 20 more in 2026 and the final 30 in 2028.", "armoured-vehicles", [[40, "2025"], [20, "2026"], [30, "2028"]]],
  ])("%s", (text, item, expected) => {
    const found = lots(text as string);
    for (const [value, start] of expected as [number, string][]) expect(found).toContainEqual([expect.any(String), expect.any(String), item, value, start, "possible"]);
  });
});

describe("a sentence that opens with a lot of goods told before, after a saying, lists its further lots too", () => {
  it.each([
    ["Kenya will give Somalia 18 jets, the minister said. She said six of the jets would arrive by June, eight more in 2025 and the remaining four in 2026.", ["KEN", "SOM"], [6, 8, 4]],
    ["Chad will give Libya 24 jets, its defence minister said on Monday. He added that ten of the jets should arrive this year and the remaining 14 in 2026.", ["TCD", "LBY"], [10, 14]],
    ["Peru is buying 12 jets from Spain. Four of the jets will arrive in 2025, four more in 2026 and the other four in 2027.", ["ESP", "PER"], [4, 4, 4]],
  ])("%s", (text, [supplier, recipient], values) => {
    const found = lots(text as string).filter((c) => c[0] === supplier && c[1] === recipient);
    const counts = found.map((c) => c[3]);
    for (const v of values as number[]) expect(counts.filter((x) => x === v).length).toBeGreaterThanOrEqual((values as number[]).filter((x) => x === v).length);
    expect(found.filter((c) => c[3] !== null && (values as number[]).includes(c[3] as number)).every((c) => c[5] === "possible")).toBe(true);
  });
});

describe("a lot that opens a sentence alone goes on with the transfer before", () => {
  it.each([
    ["Kenya will give Somalia 18 jets, the minister said. The remaining four are due in 2026.", 4, "2026"],
    ["Chad ordered 30 howitzers from France in 2021. The remaining ten are due in 2025.", 10, "2025"],
    ["Kenya will give Somalia 18 jets, the minister said. Six of the jets should arrive next year.", 6, "2025"],
  ])("%s", (text, value, start) => {
    const lot = claimsOf(text).find((c) => c.kind === "transfer" && c.quantity?.value === value);
    expect(lot).toBeDefined();
    expect(lot!.period?.start).toBe(start);
    expect(lot!.certainty).toBe("possible");
  });
});

describe("'as many again' is a further lot of the figure before", () => {
  it.each([
    ["Kenya supplied Somalia with 40 rifles last year and could send about as many again in 2025, officials said.", 40, "2025"],
    ["Chad handed Libya 120 howitzers in 2023 and may ship roughly as many again next year, the minister said.", 120, "2025"],
    ["Chad has sold 30 jets to Libya and plans to sell the same number again in 2027.", 30, "2027"],
  ])("%s", (text, value, start) => {
    const further = claimsOf(text).find((c) => c.kind === "transfer" && c.quantity?.value === value && c.certainty === "possible");
    expect(further).toBeDefined();
    expect(further!.period?.start).toBe(start);
  });

  it.each(["Kenya supplied Somalia with 40 rifles last year and will never do so again.", "Chad sold 30 jets to Libya, and Niger bought as many."])("no further lot: %s", (text) => {
    expect(claimsOf(text).filter((c) => c.kind === "transfer" && c.certainty === "possible" && c.quantity)).toEqual([]);
  });
});
