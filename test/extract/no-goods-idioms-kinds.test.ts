// A word of giving or going that moves no goods: a launch ("went up on a rocket") and a look ("gave the minister a tour
// of the arms fair"). Texts of our own.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claims(text: string): { flow: string; evidence: string }[] {
  const doc = processDocument({ path: "idiom.txt", bytes: new TextEncoder().encode(text), meta: { id: "idiom", published: "2024-09-04", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => ({ flow: `${c.supplier} ${c.recipient} ${c.item}`, evidence: c.evidence.text }));
}

describe("a launch carries no goods", () => {
  it.each([
    ["Russia helps Iran reach orbit\n\nRussia has given Iran launch know-how, officials said. IRNA said the Khayyam-2 went up on Friday on a Simorgh rocket.", "Khayyam"],
    ["China helps Pakistan reach orbit\n\nChina has given Pakistan rocket technology, officials said. According to state media, the probe went up on Monday aboard a Long March rocket.", "probe went up"],
    ["Russia aids Iran's space programme\n\nRussia has supplied Iran with satellite parts, officials said. The state broadcaster said the satellite had gone into orbit on a Soyuz rocket.", "gone into orbit"],
  ])("%s", (text, sentence) => {
    expect(claims(text).filter((c) => c.evidence.includes(sentence))).toEqual([]);
  });
});

describe("a tour of weapons hands none over", () => {
  it.each([
    "Lukashenko shows Russian minister new drones and tanks\n\nBelarusian leader Alexander Lukashenko gave Russia's defence minister, Andrei Belousov, a tour of a weapons exhibition in Minsk on Tuesday, state media reported.",
    "Putin shows Iranian guest new jets\n\nRussian President Vladimir Putin gave Iran's defence minister, Aziz Nasirzadeh, a guided tour of a weapons exhibition near Moscow on Monday, state media reported.",
    "Xi shows Pakistani general new jets\n\nChinese leader Xi Jinping gave Pakistan's army chief, Asim Munir, a first look at a weapons display in Beijing on Thursday, state media reported.",
  ])("%s", (text) => {
    expect(claims(text)).toEqual([]);
  });
});
