// Who gives to whom where the wording misleads a reading by the order of names: a passive verb of
// getting with "by" (the agent is the receiver), a sanctioning state (no party), a swap with no
// "in exchange" (each side gives its own goods) and a claimed owner of Taiwan (no party). Texts of our
// own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "kind supplier recipient item" for each claim of `text`. */
function claims(text: string): string[] {
  const doc = processDocument({ path: "who-gives.txt", bytes: new TextEncoder().encode(text), meta: { id: "who-gives", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.map((c) => [c.kind, c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("the agent of a passive verb of getting receives", () => {
  it.each([
    ["The K2 tanks ordered by Poland from South Korea arrived in Gdynia.", "transfer KOR POL armoured-vehicles"],
    ["Jets ordered by Warsaw from Seoul landed in May.", "transfer KOR POL aircraft"],
    ["The missiles sought by Russia would come from Iran.", "transfer IRN RUS missiles-other"],
    ["Patriot batteries requested by Ukraine will be sent by Germany.", "transfer DEU UKR air-defence-systems"],
    ["Drones acquired by Moscow from Tehran struck Kyiv overnight.", "transfer IRN RUS drones"],
  ])("%s", (text, want) => expect(claims(text)).toContain(want));

  it.each([
    "Romania has ordered air defence systems from Israel.",
    "Warsaw is ordering more howitzers from Seoul.",
    "Poland ordered 180 tanks from South Korea.",
  ])("an active verb of ordering gets: %s", (text) => expect(claims(text).some((c) => /^transfer (?:ISR ROU|KOR POL) /.test(c))).toBe(true));

  it.each([
    "Russia ordered the withdrawal of its troops from Syria.",
    "Putin ordered troops to the border with Ukraine.",
  ])("an order to move one's own forces is no transfer: %s", (text) => expect(claims(text)).toEqual([]));
});

describe("the state that sanctions is no party", () => {
  it.each([
    ["A Chinese firm was sanctioned by the United States for shipping drone parts to Russia.", "CHN RUS", "USA"],
    ["Two Indian companies were sanctioned by the US for supplying weapons components to Russia.", "IND RUS", "USA"],
    ["The UK sanctioned a Turkish trader for selling ammunition to Russia.", "TUR RUS", "GBR"],
  ])("%s", (text, pair, sanctioner) => {
    const got = claims(text);
    expect(got.some((c) => c.startsWith(`transfer ${pair} `))).toBe(true);
    expect(got.some((c) => c.split(" ").slice(1, 3).includes(sanctioner))).toBe(false);
  });
});

describe("a swap with no \"in exchange\": each side gives its own goods", () => {
  it.each([
    ["North Korea offered food for weapons from Russia.", ["transfer PRK RUS food", "transfer RUS PRK weapons-unspecified"]],
    ["Russia swapped oil for shells with Iran.", ["transfer RUS IRN oil-fuel", "transfer IRN RUS artillery-ammunition"]],
    ["Pyongyang bartered shells for food with Moscow.", ["transfer PRK RUS artillery-ammunition", "transfer RUS PRK food"]],
    ["Moscow supplied oil for rifles to Pyongyang.", ["transfer RUS PRK oil-fuel", "transfer PRK RUS weapons-unspecified"]],
  ])("%s", (text, want) => expect(claims(text)).toEqual(expect.arrayContaining(want)));

  it.each([
    ["Russia bought chips for weapons from China.", "transfer RUS CHN"],
    ["China sold parts for weapons to Russia.", "transfer RUS CHN"],
    ["India bought fuel for its weapons from Russia.", "transfer IND RUS"],
    ["Germany sent weapons for Ukraine.", "transfer UKR DEU"],
  ])("parts or supplies for a thing are no swap: %s", (text, unwanted) => expect(claims(text).some((c) => c.startsWith(unwanted))).toBe(false));
});

describe("a claimed owner of Taiwan is no party", () => {
  it.each([
    ["The United States sold F-16 jets to China's Taiwan region.", "transfer USA TWN aircraft"],
    ["Washington approved the sale of missiles to Taiwan, China.", "transfer USA TWN missiles-other"],
    ["The US delivered tanks to the Taiwan region of China.", "transfer USA TWN armoured-vehicles"],
  ])("%s", (text, want) => {
    const got = claims(text);
    expect(got).toContain(want);
    expect(got.some((c) => c.split(" ").slice(1, 3).includes("CHN"))).toBe(false);
  });
});

describe("a figure or an estimate a source gives is told, not moved", () => {
  it.each([
    ["About 3,000 containers have moved from Rajin to Vladivostok, an official said, twice the figure Washington gave in May.", "transfer PRK RUS"],
    ["Some 400 drones were shipped from Iran to Russia this spring, more than the estimate the Pentagon provided last year.", "transfer IRN RUS"],
    ["Belarus sent 60 tanks to Russia in June, well above the numbers Kyiv had given before.", "transfer BLR RUS"],
  ])("%s", (text, want) => {
    const got = claims(text);
    expect(got.some((c) => c.startsWith(want))).toBe(true);
    expect(got.filter((c) => /^transfer (?:USA|UKR) /.test(c))).toEqual([]);
  });
});

describe("a complement clause after a word for information keeps its transfer", () => {
  it.each([
    ["Officials said there was no evidence Russia had delivered fighter jets to North Korea.", "transfer RUS PRK"],
    ["Analysts found evidence that Iran had shipped drones to Russia.", "transfer IRN RUS"],
    ["The estimate Seoul released shows North Korea sent 3,000 containers to Russia.", "transfer PRK RUS"],
  ])("%s", (text, want) => expect(claims(text).some((c) => c.startsWith(want))).toBe(true));
});
