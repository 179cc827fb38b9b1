// A named speaker who announces deliveries without calling them a package ("the minister announced 40 million
// dollars in aid") makes the package a following sentence lists ("The package includes ...") known: its contents
// keep that speaker. So does a sentence that goes on through "it" with what the package hands over or holds.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "package.txt", bytes: Buffer.from(`Report\n\nBy staff\n\n${text}\n`), meta: { id: "package", outlet: "Probe Wire", published: "2024-03-07" } as never }).claims;

describe("the package's contents keep the one who announced it", () => {
  it.each([
    ["Defence Minister Ana Ruiz of Chile announced 40 million dollars in military aid for Peru on Monday.\n\nThe package includes 12 armoured vehicles and 6 patrol boats.", "Ana Ruiz", /armoured|patrol/],
    ["Norway will send 30 trucks to Latvia, Prime Minister Lars Berg announced on Friday. His government's package also includes 200 anti-tank missiles.", "Lars Berg", /missiles/],
    ["Defence Minister Jorge Salas said Peru's new package of aid for Ecuador is worth 50 million dollars.\n\nIt also hands over 12 howitzers to Ecuador.", "Jorge Salas", /howitzers/],
    ["Defence Minister Jorge Salas said Peru's new package of aid for Ecuador is worth 50 million dollars.\n\nIt also holds 20 Leopard tanks.", "Jorge Salas", /Leopard/],
  ])("%s", (text, speaker, evidence) => {
    const listed = claimsOf(text).filter((c) => evidence.test(c.evidence.text));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.map((c) => c.source.speaker)).toEqual(listed.map(() => speaker));
  });
});
