import { describe, expect, it } from "vitest";
import { compiledNow } from "./compiled-regex.js";

// A large alternation of made-up words, and texts of our own to search.
const words = Array.from({ length: 400 }, (_, i) => `zorb${i.toString(36)}ix`);
const large = () => new RegExp(`\\b(?:${words.join("|")})\\b`, "gi");
const texts = ["The crates of Zorb1ix and zorb2aix went north.", "Nothing here at all.", "zorbzzix zorb5ix, zorbqix; ZORB9IX."];

function all(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
}

describe("compiledNow", () => {
  it("gives back the same expression, its position at the start", () => {
    const re = large();
    expect(compiledNow(re)).toBe(re);
    expect(re.lastIndex).toBe(0);
  });

  it("matches what the expression matched before", () => {
    for (const text of texts) expect(all(compiledNow(large()), text)).toEqual(all(large(), text));
  });

  it("leaves sticky and small expressions as they search", () => {
    const sticky = compiledNow(new RegExp(`(?:${words.join("|")})`, "iy"));
    sticky.lastIndex = 4;
    expect(sticky.exec("The zorb1ix")?.[0]).toBe("zorb1ix");
    const small = /\bzorb\b/g;
    expect(compiledNow(small)).toBe(small);
  });
});
