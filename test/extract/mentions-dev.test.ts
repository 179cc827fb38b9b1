// Runs recognise-mentions over the dev reports (one sentence a line) and checks that the names a
// reader sees there are found, resolved to the right entries, with spans that re-slice the text.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArmsDocument } from "../../src/core/document.js";
import { recogniseMentions } from "../../src/extract/recognise-mentions.js";
import { DEV, needs } from "../services.js";

const dev = DEV;
const stage = recogniseMentions();

function read(id: string): ArmsDocument {
  const doc = new ArmsDocument(`${id}.txt`, new Uint8Array(), { id });
  doc.text = readFileSync(join(dev, `${id}.txt`), "utf8");
  let at = 0;
  for (const line of doc.text.split("\n")) {
    if (line.trim()) doc.sentences.push({ span: { start: at, end: at + line.length }, segment: 0, headline: false });
    at += line.length + 1;
  }
  stage(doc);
  return doc;
}

// "surface text=entity" pairs expected in each report.
const expected: Record<string, string[]> = {
  a04: ["Dmitry Peskov=dmitry-peskov", "Peskov=dmitry-peskov", "Kremlin=rus-presidency", "Kremlin spokesperson=rus-presidency", "Interfax=interfax", "Moscow=RUS", "Pyongyang=PRK",
    "Kim Jong Un=kim-jong-un", "Vladimir Putin=vladimir-putin", "Russian Defense Minister=rus-mod", "Sergey Shoigu=sergei-shoigu", "White House=usa-white-house", "John Kirby=john-kirby",
    "British intelligence=gbr-intelligence", "American intelligence=usa-intelligence", "DPRK=PRK", "South Korea=KOR", "Ukraine=UKR"],
  a06: ["South Korean Defense Minister=kor-mnd", "Shin Won-sik=shin-won-sik", "Shin=shin-won-sik", "Seoul=KOR", "Vladivostok=", "Kim Jong-un=kim-jong-un", "Pyongyang=PRK", "Moscow=RUS"],
  a09: ["South Korean Defense Minister=kor-mnd", "Shin Won-sik=shin-won-sik", "US State Department=usa-state-department", "Andriy Kostin=andriy-kostin", "Ukrainian Prosecutor General=ukr-prosecutor", "Russians=RUS"],
  b07: ["WASHINGTON=USA", "Joe Biden=joe-biden", "Xi Jinping=xi-jinping", "Chinese President=chn-presidency", "PRC=CHN", "China=CHN", "Moscow=RUS"],
  b10: ["BBC=bbc", "Open Source Centre=open-source-centre", "UK Foreign Secretary=gbr-fcdo", "David Lammy=david-lammy", "Moscow=RUS", "Pyongyang=PRK", "North Korea=PRK"],
  b13: ["Merkur=merkur", "Berlin=DEU", "Kyiv=UKR", "Bundeswehr=deu-bundeswehr", "Armed Forces of Ukraine=ukr-armed-forces", "Germany=DEU"],
  seed: ["South Korea’s Defence Minister=kor-mnd", "Shin Won-sik=shin-won-sik", "Defence Minister Shin=shin-won-sik", "Minister Shin=shin-won-sik", "Kim Jong-un=kim-jong-un",
    "Vladimir Putin=vladimir-putin", "Seoul=KOR", "BBC=bbc", "US media=media-usa", "Iranian=IRN", "EU Today=eu-today"],
};

describe.skipIf(!needs("shared", existsSync(dev), `missing ${dev}`))("recognise-mentions on the dev reports", () => {
  it.each(Object.keys(expected))("finds the expected names in %s", (id) => {
    const doc = read(id);
    const found = new Set(doc.mentions.map((m) => `${doc.slice(m.span)}=${m.entity}`));
    // "Vladivostok=" marks a place that is no state: it must not be found.
    const missing = expected[id].filter((e) => (e.endsWith("=") ? [...found].some((f) => f.startsWith(e)) : !found.has(e)));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(expected))("keeps spans exact, sorted and apart in %s", (id) => {
    const doc = read(id);
    let last = 0;
    for (const m of doc.mentions) {
      expect(m.span.start).toBeGreaterThanOrEqual(last);
      expect(doc.slice(m.span)).toBe(doc.text.slice(m.span.start, m.span.end));
      expect(doc.slice(m.span).trim()).toBe(doc.slice(m.span));
      last = m.span.end;
    }
  });
});
