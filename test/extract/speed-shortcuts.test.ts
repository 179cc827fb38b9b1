import { describe, expect, it } from "vitest";
import { lastWordBeforeSpace } from "../../src/extract/attribution/names.js";

// A tiny seeded generator: the same strings on every run.
function generator(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

describe("lastWordBeforeSpace reads what /(\\S+)\\s+$/ captured", () => {
  it("agrees with the expression on generated texts of words, marks and every kind of space", () => {
    const pieces = ["spokesman", "Gen.", "army", "’s", "-", ",", "a", "é", "\u{1F600}", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u2028", "\u0085", "\u001f"];
    const next = generator(7);
    for (let n = 0; n < 5000; n++) {
      let text = "";
      const length = Math.floor(next() * 9);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      expect(lastWordBeforeSpace(text), JSON.stringify(text)).toBe(/(\S+)\s+$/.exec(text)?.[1] ?? "");
    }
  });

  it("gives the title word before a surname, and nothing where no space ends the text", () => {
    expect(lastWordBeforeSpace("Chile's navy commander ")).toBe("commander");
    expect(lastWordBeforeSpace("commander")).toBe("");
    expect(lastWordBeforeSpace("   ")).toBe("");
    expect(lastWordBeforeSpace("")).toBe("");
  });
});
