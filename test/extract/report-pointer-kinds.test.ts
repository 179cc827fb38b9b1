// "the report said", "according to those reports" where no one was named as making a report: the report is the one
// the sentence before credited (a body, or the media), not a source called "report". Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function sources(text: string, sentence: string): (string | null)[] {
  const doc = processDocument({ path: "report.txt", bytes: new TextEncoder().encode(text), meta: { id: "report", published: "2024-09-04", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer" && c.evidence.text.includes(sentence)).map((c) => c.source.org);
}

describe("a report no one is named as making is the last one credited", () => {
  it.each([
    ["More than 3,000 containers have moved from Iran to Russia, according to Israeli intelligence cited by the Jerusalem Herald. If all of them held drones, the total could reach 40,000 drones, the report said.", "40,000", "Israeli intelligence"],
    ["Media reports have said that more than 200 Iranian drones have been sent to Russia. About 50 missile launchers were also delivered, according to those reports.", "missile launchers", "media reports"],
    ["Belarus has sent Russia 500 tanks, Ukrainian intelligence said. Another 100 armoured vehicles followed in May, the reports added.", "Another 100", "Ukrainian intelligence"],
  ])("%s", (text, sentence, org) => {
    const got = sources(text, sentence);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((o) => o === org)).toBe(true);
  });
});
