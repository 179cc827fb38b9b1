// A bare count of launchers on a page about ballistic missiles counts those missiles (the page's item), each
// shown by pages of our own: "up to eight launchers will follow" under a report of Iskander or Oreshnik
// missiles moving is a count of ballistic missiles, not of artillery; on a page that also names guns or rocket
// launchers, a bare "launchers" may be theirs and keeps its default.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const itemsOf = (text: string) => claimsOf(text).filter((c) => c.quantity).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? c.quantity?.max ?? c.quantity?.min}`);

describe("a bare count of launchers on a ballistic-missile page", () => {
  it.each([
    ["Russia has moved Iskander-M ballistic missiles into Belarus, officials in Minsk said. The Iskander missiles arrived by rail. Minsk expects Russia to send six more launchers next year.", "RUS>BLR ballistic-missiles 6"],
    ["Moscow says Oreshnik missiles will be stationed in Belarus. Belarus will take delivery of the first Oreshnik ballistic missiles in December. Russia will hand Belarus up to eight launchers, the minister added.", "RUS>BLR ballistic-missiles 8"],
    ["North Korea has supplied Russia with KN-23 ballistic missiles, Kyiv says. The KN-23 short-range ballistic missiles were fired at Kharkiv. Pyongyang also sent Russia 12 launchers, the intelligence service said.", "PRK>RUS ballistic-missiles 12"],
  ])("%s", (text, claim) => expect(itemsOf(text)).toContain(claim));

  it("a page that names rocket launchers keeps them artillery", () => {
    const text = "North Korea has supplied Russia with KN-23 ballistic missiles, Kyiv says. The KN-23 ballistic missiles were fired at Kharkiv. Pyongyang also sent M1991 rocket launchers, and Russia received 12 launchers in all, the intelligence service said.";
    expect(itemsOf(text)).toContain("PRK>RUS artillery-systems 12");
  });
});
