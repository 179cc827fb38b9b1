// The item lexicon's scan narrowed by a word start's third character (find-items.ts): it must find what trying
// every pattern of the first two characters finds. The readers of a pattern's first characters are checked
// against the lexicon, and the scan on phrasings where the narrowing decides: an optional second character,
// capitals, a letter beyond ASCII, a pattern shorter than three characters, a word start at the text's end.
import { describe, expect, it } from "vitest";
import { findItems, hasItem } from "../../src/extract/claims/find-items.js";
import { headsOf, patternHeads } from "../../src/extract/claims/item-heads.js";
import { itemIndex } from "../../src/knowledge/lexicon.js";

const lexicon = [...new Set([...itemIndex.anywhere, ...[...itemIndex.byPrefix.values()].flat()])];

describe("the first characters an item pattern can start with", () => {
  it("reads an optional character or group both ways", () => {
    expect([...headsOf("(?:M-?1989s?)\\b", 3)!].sort()).toEqual(["m-1", "m19"]);
    expect([...headsOf("(?:(?:light |heavy )?howitzers?)\\b", 3)!].sort()).toEqual(["hea", "how", "lig"]);
    expect([...headsOf("(?:1[0-9]{2}mm)\\b", 2)!].length).toBe(10);
  });

  it("gives up where a match can be shorter, or a character repeats before the last one wanted", () => {
    expect(headsOf("(?:K2(?: tanks?)?)\\b", 3)).toBeNull();
    expect(headsOf("(?:a+bc)\\b", 3)).toBeNull();
    expect(headsOf("(?:.uns)\\b", 3)).toBeNull();
  });

  it("agrees with the two-letter reader wherever that one can tell", () => {
    for (const p of lexicon) {
      const two = patternHeads(p.re.source);
      if (two) expect(headsOf(p.re.source, 2)).toEqual(two);
    }
  });

  it("holds for every match: each pattern's matches begin with one of its heads", () => {
    const texts = [
      "Ruritania delivered M1989 guns, M-1991 launchers and 152mm shells to Freedonia.",
      "THE ARMY RECEIVED 40 BALLISTIC MISSILES, 12 HOWITZERS AND ATTACK DRONES.",
      "Freedonia bought Akıncı drones, Akinci drones and K2 tanks from Ruritania.",
      "They sent F/A-18 jets, air defence systems, 122 mm rounds and artillery shells by rail.",
    ];
    for (const p of lexicon) {
      const heads = headsOf(p.re.source, 3);
      if (!heads) continue;
      for (const text of texts)
        for (let start = 0; start < text.length; start++) {
          p.re.lastIndex = start;
          const m = p.re.exec(text);
          if (m) expect(heads.has(m[0].slice(0, 3).toLowerCase()), `${p.re.source} at "${m[0]}"`).toBe(true);
        }
    }
  });
});

describe("the narrowed scan finds what the whole lists find", () => {
  it.each([
    ["an optional second character", "Ruritania delivered M1989 guns and M-1991 launchers to Freedonia.", [["M1989 guns", "artillery-systems"], ["M-1991", "artillery-systems"]]],
    ["capitals", "THE ARMY RECEIVED 40 BALLISTIC MISSILES AND 12 HOWITZERS.", [["BALLISTIC MISSILES", "ballistic-missiles"], ["HOWITZERS", "artillery-systems"]]],
    ["a third letter beyond ASCII", "Freedonia bought Akıncı drones and Akinci drones from Ruritania.", [["Akıncı drones", "drones"], ["Akinci drones", "drones"]]],
    ["a pattern of two characters", "They sent F/A-18 jets, K2 tanks and a K2.", [["F/A-18 jets", "aircraft"], ["K2 tanks", "armoured-vehicles"], ["K2", "armoured-vehicles"]]],
    ["a thing at the text's end", "Officials said the shipment held shells", [["shells", "artillery-ammunition"]]],
    ["words that share two letters with items", "Military ministers met; the minister said missiles and mines were sent.", [["missiles", "missiles-other"]]],
  ])("%s", (_kind, text, expected) => {
    expect(findItems(text).map((i) => [i.text, i.item])).toEqual(expected);
  });

  it("finds nothing in a text too short for any pattern", () => {
    for (const text of ["mi", "M", "Ak", ""]) expect(findItems(text)).toEqual([]);
  });
});

describe("a text whose only things are the fields a word of technology covers", () => {
  // The scan's early way out (nothing found) must still read the fields: they are read after the scan, from no pattern of it.
  it.each([
    ["Moscow keeps passing on tech Tehran asked for, incl. on nuclear questions.", ["nuclear-technology"]],
    ["Ruritania shares know-how the junta wants, notably on space research.", ["space-technology"]],
    ["They offered expertise, especially on missile matters and some space stuff.", ["missile-technology", "space-technology"]],
  ])("%s", (text, expected) => {
    expect(findItems(text).map((i) => i.item)).toEqual(expected);
  });
});

describe("the cheap test of a thing agrees with trying every pattern of the prefix index", () => {
  // hasItem turns a word start away by findItems' gate for it, then tries its own patterns one by one: the answer
  // must be what trying each pattern of the word start's first two characters gives.
  const wordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const plain = (text: string) => {
    for (let start = 0; start < text.length; start++) {
      const c = text.charCodeAt(start);
      if (!wordChar(c) || (start > 0 && (wordChar(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 45))) continue;
      for (const { re } of itemIndex.byPrefix.get(text.slice(start, start + 2).toLowerCase()) ?? []) {
        re.lastIndex = start;
        if (re.test(text)) return true;
      }
    }
    return false;
  };
  it.each([
    "The convoy carried howitzers, mortar rounds and two Akıncı drones across the border.",
    "MINISTERS DISCUSSED GRAIN PRICES, FERTILISER AND THE WEATHER OVER LUNCH.",
    "A parade of K2 tanks closed the ceremony; the band played on.",
    "Nobody mentioned anything of the kind at the summit in Ruritania.",
    "The budget rose by 4 per cent, officials said, citing higher salaries.",
    "ammunition",
    "mi",
  ])("%s", (text) => {
    expect(hasItem(text)).toBe(plain(text));
  });
});

describe("the scan narrowed by a word start's first six characters", () => {
  // Where the six characters from a word start are there and ASCII, only the patterns that can begin with them are
  // tried, without a gate (find-items.ts, deepAt): every match of a pattern must begin with one of its heads at the
  // depth read (the largest of 6, 5, 4 the reader can tell), and the scan must find what the whole lists find.
  const texts = [
    "Ruritania delivered Type 056 corvettes, Type-039 boats and M1989 guns to Freedonia last spring.",
    "THE NAVY RECEIVED TWO FRIGATES, 40 BALLISTIC MISSILES AND HOWITZER SHELLS BY SEA.",
    "Freedonia ordered Sa’ar 6 corvettes, Akıncı drones and 155mm rounds, officials said.",
    "They sent F/A-18 jets, air-defence systems and 122 mm rounds; the package also held mortars.",
  ];
  it("holds for every match at the depth read", () => {
    for (const p of lexicon) {
      let depth = 0;
      let heads: Set<string> | null = null;
      for (let k = 6; k > 3 && !heads; k--) [depth, heads] = [k, headsOf(p.re.source, k)];
      if (!heads) continue;
      for (const text of texts)
        for (let start = 0; start < text.length; start++) {
          p.re.lastIndex = start;
          const m = p.re.exec(text);
          if (m) expect(heads.has(m[0].slice(0, depth).toLowerCase()), `${p.re.source} at "${m[0]}"`).toBe(true);
        }
    }
  });

  it.each([
    ["a model number after an optional mark", "Ruritania delivered Type 056 corvettes and M1989 guns to Freedonia.", [["Type 056 corvettes", "naval"], ["M1989 guns", "artillery-systems"]]],
    ["a word start fewer than six characters from the end", "The convoy also carried tanks", [["tanks", "armoured-vehicles"]]],
    ["a mark beyond ASCII among the six", "Freedonia ordered Sa’ar 6 corvettes from Ruritania.", [["Sa’ar 6 corvettes", "naval"]]],
  ])("%s", (_kind, text, expected) => {
    expect(findItems(text).map((i) => [i.text, i.item])).toEqual(expected);
  });
});
