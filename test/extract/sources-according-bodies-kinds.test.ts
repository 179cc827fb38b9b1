// A ministry named without its state speaks for the state the sentence opens with, where it is credited by "according
// to" as by a comma ("..., according to the defence ministry"; "According to the defence ministry, Norway ..."), and
// where it goes by "Department of (National) Defence" as by "defence ministry".
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "according.txt", bytes: Buffer.from(text), meta: { id: "according", outlet: "Probe Wire", published: "2025-03-01" } as never }).claims;
const page = (sentence: string) => `Report\n\nBy staff\n\n${sentence}\n`;

describe("a ministry with no state, credited by 'according to', is the ministry of the state that opens the clause", () => {
  for (const [name, sentence, country] of [
    ["fronted, defence ministry", "According to the defence ministry, Norway shipped 14 more howitzers to Ukraine in October.", "NOR"],
    ["trailing, foreign ministry", "Finland will send 25 armoured vehicles to Ukraine before summer, according to the foreign ministry.", "FIN"],
    ["trailing, the government", "Portugal delivered six helicopters to Ukraine last month, according to the government.", "PRT"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(page(sentence));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.country).toBe(country);
    });
  }
});

describe("a 'Department of Defence' or 'Department of National Defence' is the defence ministry", () => {
  for (const [name, sentence, country] of [
    ["the Department of Defence said", "Canada has given Ukraine 50 more armoured vehicles, the Department of Defence said on Tuesday.", "CAN"],
    ["the Department of National Defense confirmed", "Ireland will ship 30 trucks of medical kit to Ukraine, the Department of National Defense confirmed.", "IRL"],
    ["the Department of National Defence announced", "New Zealand sent 40 artillery rounds to Ukraine in May, the Department of National Defence announced.", "NZL"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(page(sentence));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.country).toBe(country);
    });
  }
});
