// A list line that opens with a model's name and its number ("- Name 35 guns") gives no count of 35: the
// number is part of the name, as it is inside a sentence. A common word before the number keeps the count.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const page = (giver: string, line: string) => `${giver} has approved a new donation to Ukraine.\n\nThe donation contains:\n\n- ${line};\n- medical equipment.`;
const counts = (text: string) => claimsOf(text).map((c) => ({ item: c.item, value: c.quantity?.value ?? null }));

describe("a model name with a number at the head of a list line is no count", () => {
  it.each([
    ["Norway", "Gepard 35 anti-aircraft guns, to be delivered next year", "air-defence-systems", 35],
    ["Sweden", "Archer 52 howitzers, of which two arrive this spring", "artillery-systems", 52],
    ["Finland", "Patria 6 armoured vehicles", "armoured-vehicles", 6],
  ])("%s: %s", (giver, line, item, notCount) => {
    const claims = counts(page(giver, line));
    expect(claims.some((c) => c.item === item)).toBe(true);
    expect(claims).not.toContainEqual({ item, value: notCount });
  });

  it("a common word before the number keeps the count", () => {
    expect(counts(page("Finland", "Another 6 armoured vehicles"))).toContainEqual({ item: "armoured-vehicles", value: 6 });
  });
});
