// A giver that places its goods in another state ("Moscow placed two S-400 batteries in Belarus") gives them to
// that state, as 'station' and 'deploy' do; a list of goods may take up to eight words. An order, a sanction or a
// bet placed moves nothing.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./paraphrase-aid-table.js";

const claims = (text: string) => claimsOf(text).map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.quantity?.value ?? "-"} ${c.quantity?.unit ?? "-"}`);

describe("goods placed in another state", () => {
  it.each([
    ["Moscow has already placed Iskander-M launchers and a Pantsir air-defence system in Belarus, Minsk says.", "RUS>BLR air-defence-systems 1 systems"],
    ["Moscow placed two S-400 batteries in Belarus last year.", "RUS>BLR air-defence-systems 2 systems"],
    ["The United States will place Typhon missile launchers in Germany from 2026.", "USA>DEU missiles-other - -"],
  ])("%s", (text, expected) => {
    expect(claims(text)).toContain(expected);
  });

  it("reads no goods in an order, a sanction or a hope placed", () => {
    expect(claims("Washington placed new sanctions on Iran.")).toEqual([]);
    expect(claims("Russia placed its hopes in China.")).toEqual([]);
    expect(claims("Poland placed an order for 96 Apache helicopters in 2024.").join(" ")).not.toMatch(/>(?!POL)[A-Z]{3} /);
  });
});
