// A paper one signs (a contract, a deal, a letter of intent) with its signer named in a clause right after it
// ("Under the contracts Ana Ruiz signed, Peru gets ..."): what the paper commits to is the signer's own act, so the
// signer is the source where nobody says the sentence.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string) =>
  processDocument({ path: "signer.txt", bytes: Buffer.from(text), meta: { id: "signer", outlet: "Probe Wire", published: "2025-06-01" } as never }).claims;

describe("the signer named after a paper is the source of what it commits to", () => {
  for (const [name, sentence, speaker] of [
    ["a contract, the signer with a title, no relative word", "Under the contracts Defence Minister Ana Ruiz signed in May, Peru is to get 12 Mirage jets from France.", "Ana Ruiz"],
    ["an agreement as the subject, signed with a partner", "The security agreement Chancellor Olaf Scholz signed with Volodymyr Zelensky in Berlin commits Germany to 5 billion euros in military aid this year.", "Olaf Scholz"],
    ["a letter of intent with 'that' and two signers", "Under the letter of intent that Emmanuel Macron and Volodymyr Zelensky signed on Monday, Ukraine may buy up to 100 Rafale jets.", "Emmanuel Macron"],
    ["a deal with 'which' and a past perfect", "The deal which Pedro Sánchez had signed in Kyiv sends Ukraine 20 Leopard tanks from Spain.", "Pedro Sánchez"],
  ] as const) {
    it(name, () => {
      const claims = claimsOf(`Arms news\n\n${sentence}\n`);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.source.speaker).toBe(speaker);
    });
  }

  it("a paper signed in the passive names no signer", () => {
    for (const c of claimsOf("Arms news\n\nThe deal was signed in May, and Peru will buy 12 jets from France.\n")) expect(c.source.speaker).toBeNull();
  });
});
