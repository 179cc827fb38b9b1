// A bare mention that names what a lot counted in its sentence is made of ("60 armoured vehicles, including T-72
// tanks and BMP-2 carriers", "90 tanks, among them T-72B3 and T-80 models", "36 self-propelled guns "Msta"") is that
// lot, one claim (SCHEMA.md, "One claim or two"). Another lot told as "other" stays apart. Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string): Claim[] =>
  processDocument({ path: "lot.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "lot", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;

describe("the named parts of a counted lot are that lot", () => {
  it.each([
    ["Belarus handed Russia more than 60 armoured vehicles, including T-72 tanks and BMP-2 carriers, the Belarusian defence ministry said.", "armoured-vehicles", 60],
    ["More than 30 cruise missiles, including Kalibr and Kh-101 types, went from Russia to Belarus this year, the Belarusian ministry said.", "missiles-other", 30],
    ["Minsk sent Moscow about 90 tanks in 2024, among them T-72B3 and T-80 models, the Ukrainian general staff said.", "armoured-vehicles", 90],
    ["Russia received 36 self-propelled guns \"Msta\" from Belarus in the spring, the Ukrainian general staff said.", "artillery-systems", 36],
  ])("%s", (text, item, figure) => {
    const claims = claimsOf(text).filter((c) => c.item === item);
    expect(claims.map((c) => c.quantity?.value ?? c.quantity?.min ?? null)).toEqual([figure]);
  });

  it("keeps another lot told as other apart", () => {
    const text = "Poland sent Ukraine 40 tanks and other armoured vehicles in 2023, the Polish defence ministry said.";
    expect(claimsOf(text).filter((c) => c.item === "armoured-vehicles")).toHaveLength(2);
  });
});
