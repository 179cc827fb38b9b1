// The reading made cheaper without changing what it reads: the item patterns tried only where they can
// start (item-heads.ts), the items and transfer words of a text remembered, each shown on phrasings of our own.
import { describe, expect, it } from "vitest";
import { findItems } from "../../src/extract/claims/find-items.js";
import { findTriggers } from "../../src/extract/claims/direction.js";
import { patternHeads } from "../../src/extract/claims/item-heads.js";
import { literalHeads } from "../../src/knowledge/lexicon.js";
import { SentenceSyntax } from "../../src/extract/syntax/arguments.js";
import { tagText } from "../../src/extract/tag-sentences.js";
import { pipelineStages, processDocument } from "../../src/pipeline.js";
import { placesIn } from "../../src/extract/mentions/places.js";
import placesData from "../../src/knowledge/places.json" with { type: "json" };

describe("the first letters an item pattern can start with", () => {
  it("reads past a lookbehind, an escaped mark and a small class", () => {
    expect([...patternHeads("(?:(?<=\\bthe\\s)blueprints?)\\b")!]).toEqual(["bl"]);
    expect([...patternHeads("(?:Z\\/K-7)\\b")!]).toEqual(["z/"]);
    expect([...patternHeads("(?:3[5-7]\\s?mm rounds)\\b")!].sort()).toEqual(["35", "36", "37"]);
  });

  it("agrees with the plain reader where that one can tell", () => {
    for (const p of ["(?:(?:light |heavy )?howitzers?)\\b", "(?:tankers?)\\b", "(?:(?:anti-ship|cruise) missiles?)\\b"]) expect(patternHeads(p)).toEqual(literalHeads(p));
  });

  it("gives up where a first character is optional or repeated", () => {
    expect(patternHeads("(?:x?ray kits)\\b")).toBeNull();
    expect(patternHeads("(?:[0-9]{2}mm)\\b")).toBeNull();
    expect(patternHeads("(?:.uns)\\b")).toBeNull();
  });
});

describe("a pattern whose second character is optional", () => {
  it("is tried everywhere, so the name is found written either way", () => {
    expect(literalHeads("M-?1989s?")).toBeNull();
    expect(literalHeads("T-?72s?")).toBeNull();
    expect(literalHeads("Pantsir")).toEqual(new Set(["pa"]));
  });
});

describe("items and transfer words of a text, read once", () => {
  it("finds the same things at any offset, and each call gets its own copies", () => {
    const text = "Ruritania shipped 120mm shells and F/A-18 jets to Freedonia after the designs were handed over.";
    const first = findItems(text, 0);
    const shifted = findItems(text, 500);
    expect(shifted.map((i) => [i.span.start - 500, i.item])).toEqual(first.map((i) => [i.span.start, i.item]));
    expect(shifted[0]).not.toBe(first[0]);
    expect(first.map((i) => [i.text, i.item])).toEqual([["120mm shells", "artillery-ammunition"], ["F/A-18 jets", "aircraft"], ["designs", "military-technology"]]);
    const triggers = findTriggers(text, 10);
    expect(findTriggers(text, 0).map((t) => t.start + 10)).toEqual(triggers.map((t) => t.start));
  });
});

describe("a sentence's second syntax, built with other transfer words, lends the chunks of its first", () => {
  const build = (text: string, triggers: string[], same?: SentenceSyntax) =>
    new SentenceSyntax(text, tagText(text), triggers.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length })), same);
  const shape = (s: SentenceSyntax) => s.chunks.map((c) => `${c.kind}:${c.from}-${c.to}:${c.head}:${c.passive}`);

  it.each([
    // The transfer word retags a noun as a verb ("Ruritania supplies the ... army"): chunks of its own.
    ["Ruritania supplies the Freedonian army with mortar rounds, its ministry said.", ["supplies"]],
    ["Osterlich exports the Sylvanian navy two frigates a year.", ["exports"]],
    // No word retagged: the same chunks, shared.
    ["Grand Fenwick sent 40 howitzers to Borduria last spring.", ["sent"]],
    ["The drones were flown from Latveria to Genovia in crates.", ["flown"]],
  ])("%s", (text, triggers) => {
    const first = build(text, []);
    const second = build(text, triggers, first);
    const fresh = build(text, triggers);
    expect(shape(second)).toEqual(shape(fresh));
    expect(second.tokens.map((t) => t.pos)).toEqual(fresh.tokens.map((t) => t.pos));
    const verb = { start: text.indexOf(triggers[0]), end: text.indexOf(triggers[0]) + triggers[0].length };
    expect(second.argumentsOf(verb, "give")).toEqual(fresh.argumentsOf(verb, "give"));
  });
});

describe("the candidate test, read once per sentence's words", () => {
  // (Every page read to the end: the prefilter would set aside one that names no party.)
  const stages = pipelineStages({ prefilter: false });
  const page = (id: string, text: string) => processDocument({ path: `${id}.txt`, bytes: Buffer.from(text), meta: { id, url: `https://example.org/${id}`, outlet: "Example Wire", published: "2025-03-04" } }, stages);
  const marks = (id: string, text: string) => page(id, text).sentences.map((s) => s.candidate);

  it("marks a sentence alike on every page that repeats it, and alike when read again", () => {
    const text = "Norway shipped 24 howitzers to Estonia in May.\n\nThe council met on Tuesday to discuss parking.\n\nThe museum opens at nine on weekdays.";
    const first = marks("speed-a", text);
    expect(first).toEqual([true, false, false]);
    expect(marks("speed-b", text)).toEqual(first);
    expect(marks("speed-c", `Rain is expected later in the week.\n\n${text}`).slice(1)).toEqual(first);
  });

  it("still weighs a firm's figures against the states its own page names there", () => {
    // The words alone make both readings worth reading; whether a state stands in the sentence decides the second test.
    expect(marks("speed-d", "The company earned most of its revenues from exports of drones.")).toEqual([false]);
    expect(marks("speed-e", "Norway earned most of its revenues from exports of drones.")).toEqual([true]);
    expect(marks("speed-f", "The company earned most of its revenues from exports of drones.")).toEqual([false]);
  });
});

describe("places inside a state, looked for only where a name can open", () => {
  // The plain scan: the one expression over the whole text, as the reader did before the gate.
  const names = Object.values(placesData.places).flat().map((n) => n.toLowerCase());
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const plain = new RegExp(`(?<![\\p{L}-])(?:${[...new Set(names)].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}-])`, "giu");
  const plainPlaces = (text: string) => [...text.matchAll(plain)].filter((m) => /^\p{Lu}/u.test(m[0])).map((m) => [m.index, m[0]]);

  it("finds what the whole scan finds, after marks, hyphens, capitals and letters beyond ASCII", () => {
    const texts = [
      "Crates left Rason for Vladivostok, then went on by rail to Kursk.",
      "The pre-Kursk talks, anti-Belgorod strikes and KURSK in capitals were all in the notes.",
      "A plant near Düsseldorf and another at Unterlüß made the shells; düsseldorf in lower case does not count.",
      "«Tatarstan» and (Alabuga) and “Primorsky Krai” — each is named inside a mark.",
      "𝐀Kursk, éKursk and Kursk𝐀 stand inside longer words; Kursk alone does not.",
      "Ships from saint Petersburg and St. Petersburg docked in Novorossiysk",
      "K",
      "",
    ];
    for (const text of texts) expect(placesIn(text).map((p) => [p.span.start, text.slice(p.span.start, p.span.end)])).toEqual(plainPlaces(text));
  });

  it("agrees with the whole scan on every name of the list, written in every case, among other words", () => {
    const words = [...new Set(Object.values(placesData.places).flat())];
    const text = words.map((w, i) => `${i % 3 === 0 ? w.toUpperCase() : i % 3 === 1 ? w : w.toLowerCase()} ${i % 2 ? "-" : "sent to"} `).join("and ");
    expect(placesIn(text).map((p) => [p.span.start, text.slice(p.span.start, p.span.end)])).toEqual(plainPlaces(text));
    expect(placesIn(text, 40).map((p) => p.span.start - 40)).toEqual(plainPlaces(text).map(([i]) => i));
  });
});

describe("the tests of hot functions kept at module level (tsx names a closure at every call), reading as before", () => {
  const stages = pipelineStages({ prefilter: false });
  const flows = (id: string, text: string) =>
    processDocument({ path: `${id}.txt`, bytes: Buffer.from(text), meta: { id, url: `https://example.org/${id}`, outlet: "Example Wire", published: "2025-03-04" } }, stages).claims.map((c) => `${c.supplier}>${c.recipient} ${c.certainty}`);

  it("leaves out a target, a route and a soil the goods stand on (direction)", () => {
    // "at Ukraine": a target of the drones, no party; the user receives what others made.
    expect(flows("lift-a", "Russia fired Iranian drones at Ukraine on Sunday, the Ukrainian air force said.")).toEqual(["IRN>RUS asserted"]);
    // "through Armenia": the route, no receiver.
    expect(flows("lift-b", "Crates of Iranian rifles were shipped to Russia through Armenia in May, officials said.")).toEqual(["IRN>RUS reported"]);
    // "on Belarusian soil": the state whose ground the goods are placed on gets them.
    expect(flows("lift-c", "Iskander launchers supplied by Russia were stationed on Belarusian soil, the ministry said.")).toEqual(["RUS>BLR asserted"]);
  });

  it("weighs a denial bound to its own transfer verb, and a speaker set off by commas (certainty, speakers)", () => {
    expect(flows("lift-d", "Chile has no plans to supply jets to Peru, the ministry said.")).toEqual(["CHL>PER denied"]);
    expect(flows("lift-e", "Peru sent 12 howitzers to Chile last week, Ana Ruiz, the Peruvian defence minister, told reporters.")).toEqual(["PER>CHL asserted"]);
  });
});
