// Personnel named with the receiver's own adjective or possessive ("the training of Malian troops" in a sentence of
// Russia sending helicopters to Mali) are the receiver's: trained, paid or housed, they do not move to it. Texts of
// our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "own-personnel.txt", bytes: new TextEncoder().encode(text), meta: { id: "own-personnel", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("the receiver's own personnel do not move to it", () => {
  it.each([
    ["Moscow has helped with the training of Syrian soldiers and delivered tanks to Syria.\n", "RUS SYR armoured-vehicles", "RUS SYR troops"],
    ["Russia is funding the training of Malian troops and has sent helicopters to Mali.\n", "RUS MLI aircraft", "RUS MLI troops"],
    ["Beijing has sent machine tools to Russia and covers the training of Russian soldiers, officials said.\n", "CHN RUS dual-use-goods", "CHN RUS troops"],
  ])("%s", (text, kept, dropped) => {
    const got = transfers(text);
    expect(got).toContain(kept);
    expect(got).not.toContain(dropped);
  });

  it("personnel sent to train the receiver's soldiers still move", () => {
    expect(transfers("North Korea sent artillery crews to Russia to train Russian soldiers, the agency said.\n")).toContain("PRK RUS troops");
  });

  it("a state named as the object, not the troops' owner, still receives them", () => {
    expect(transfers("Russia sent North Korea fresh troops last year, officials said.\n")).toContain("RUS PRK troops");
  });
});
