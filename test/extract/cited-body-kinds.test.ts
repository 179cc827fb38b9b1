// "..., Yonhap reported, citing the defence ministry": a body named after "citing" only by its common noun is the
// citing outlet's home state's body, the source of the claim; the outlet relays it.
import { describe, expect, it } from "vitest";
import { sourceKey } from "../../src/link/sources.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "cited.txt", bytes: Buffer.from(text), meta: { id: "cited", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("a body cited by its common noun is of the citing outlet's state", () => {
  for (const [name, text, country, body] of [
    ["Yonhap citing the defence ministry", "Arms\n\nBy staff\n\nNorth Korea has sent about 6,000 containers of shells to Russia, Yonhap reported, citing the defence ministry.\n", "KOR", { speaker: null, org: "South Korean Ministry of National Defense", country: "KOR" }],
    ["TASS citing the foreign ministry", "Jets\n\nBy staff\n\nRussia has not sent fighter jets to Iran, TASS reported on Wednesday, citing the foreign ministry.\n", "RUS", { speaker: null, org: "Russian Ministry of Foreign Affairs", country: "RUS" }],
    ["Kyodo citing the Ministry of Defense", "Shells\n\nBy staff\n\nNorth Korea shipped artillery shells to Russia by sea, Kyodo News said, citing the Ministry of Defense.\n", "JPN", { speaker: null, org: "Japanese Ministry of Defense", country: "JPN" }],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(text);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.source.country).toBe(country);
        expect(sourceKey(c.source)).toBe(sourceKey(body));
        expect(c.relays[0]).not.toBe(c.source.org);
      }
    });
  }

  it("gives no state where the citing outlet has none of its own or reports the whole world", () => {
    for (const who of ["an online newsletter", "Reuters", "Agence France-Presse"]) {
      const claims = claimsOf(`Arms\n\nBy staff\n\nNorth Korea has sent about 6,000 containers of shells to Russia, ${who} reported, citing the defence ministry.\n`);
      for (const c of claims) expect(c.source.country, who).toBeNull();
    }
  });
});
