// Running totals told with words other than "since": a start given by "counting from", "dating back to" or "going
// back to"; a date before "put the total at" that dates the estimate, not the shipments; "the tally" pointing back
// to the flow told before. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function transfers(text: string) {
  const doc = processDocument({ path: "totals.txt", bytes: new TextEncoder().encode(text), meta: { id: "totals", published: "2025-05-30", outlet: "Test Wire" } });
  return doc.claims
    .filter((c) => c.kind === "transfer")
    .map((c) => ({ flow: `${c.supplier} ${c.recipient} ${c.item}`, value: c.quantity?.value ?? null, start: c.period?.start ?? null, end: c.period?.end ?? null }));
}

describe("a running total counted from a date starts there and ends on the day it was stated", () => {
  it.each([
    ["Moldova has sent Ukraine mortars. Last August, Romania's defence ministry put the total at 300 mortars, counting from mid-2022.", "MDA UKR artillery-systems", 300, "2022-05", "2024-08"],
    ["Seoul says North Korea has shipped 9,000 containers to Russia, a tally going back to August 2023.", "PRK RUS goods-unspecified", 9000, "2023-08", "2025-05-30"],
    ["Kyiv has received 80 tanks from Poland, dating back to the spring of 2022.", "POL UKR armoured-vehicles", 80, "2022-03", "2025-05-30"],
  ])("%s", (text, flow, value, start, end) => {
    expect(transfers(text)).toContainEqual({ flow, value, start, end });
  });
});

describe("a date before 'put the total at' dates the estimate, not the shipments", () => {
  it.each([
    ["Pyongyang has sent Russia more than 20,000 containers of munitions since September 2023. In March, Japan's defence ministry put the total at 9,000 containers.", "PRK RUS ammunition", 9000, "2025-03"],
    ["Czechia has bought shells for Ukraine since 2023. In April, the Czech government put the total at 200,000 shells.", "CZE UKR artillery-ammunition", 200000, "2025-04"],
    ["Belarus has handed Russia tanks since 2022. In February, Lithuania's intelligence service put the tally at 130 tanks.", "BLR RUS armoured-vehicles", 130, "2025-02"],
  ])("%s", (text, flow, value, end) => {
    const got = transfers(text).find((c) => c.value === value);
    expect(got).toMatchObject({ flow, end });
    expect(got?.start).not.toBe(end);
  });
});

describe("'the tally' points back to the flow told before", () => {
  it.each([
    ["Belarus has sent Russia tanks since 2022. Last October, Lithuanian intelligence put the tally at 120 tanks.", "BLR RUS armoured-vehicles", 120],
    ["Iran has supplied Russia with drones. Ukrainian officials said the tally had reached 4,500 drones by March.", "IRN RUS drones", 4500],
    ["North Korea has shipped shells to Russia. Seoul's spy agency now puts the tally at 6 million shells.", "PRK RUS artillery-ammunition", 6e6],
  ])("%s", (text, flow, value) => {
    expect(transfers(text)).toContainEqual(expect.objectContaining({ flow, value }));
  });
});
