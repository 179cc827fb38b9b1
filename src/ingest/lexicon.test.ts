import { describe, expect, it } from "vitest";
import { boilerplateLexicon, classifyLine, isCaption } from "./lexicon.js";

describe("classifyLine", () => {
  it.each([
    ["Home POLITICS Europe's new arms pact", "nav"],
    ["News › World › Asia", "nav"],
    ["Skip to main content", "nav"],
    ["Previous article: Drone plant opens in Tatarstan", "nav"],
    ["Continue reading", "nav"],
    ["Comments are closed.", "comments"],
    ["DEFENCE & SECURITY", "label"],
    ["Tags: Iran, drones, Russia", "label"],
    ["Share this article", "share"],
    ["Facebook Twitter LinkedIn Email", "share"],
    ["Leave a Reply", "comments"],
    ["12 Comments", "comments"],
    ["You might also like", "list-header"],
    ["Editor's Picks", "list-header"],
    ["Most Read", "list-header"],
    ["Sign up for our weekly newsletter and get the briefing in your inbox", "newsletter"],
    ["Baltic Times brings you the latest news from the region.", "slogan"],
    ["Photo: Reuters", "credit"],
    ["Image: Ministry of Defence of Ukraine", "credit"],
    ["Jane Doe/AFP via Getty Images", "credit"],
    ["By Maria Lopez and Ken Ito", "byline"],
    ["By Maria Lopez, Reuters", "byline"],
    ["By Ken Ito and Ana Ruiz | Staff writers", "byline"],
    ["BY OLGA PETRENKO - Associated Press", "byline"],
    ["by Staff Reporters", "byline"],
    ["Author: Olena Roshchina", "byline"],
    ["Tuesday, March 5, 2024 08:15:00 AM", "dateline"],
    ["Published: 2024-03-05 14:20", "dateline"],
    ["5 min read", "dateline"],
    ["Published on: 2024/03/05 14:20", "dateline"],
    ["Last updated: 2023.11.02", "dateline"],
    ["- Published", "dateline"],
    ["Updated at:", "dateline"],
    ["[Copyright Example Wire Co.]", "legal"],
    ["Updated: 27 February 2024, 10:15", "dateline"],
    ["February 27, 2024 - 10:15 AM", "dateline"],
    ["Illustrative photo", "label"],
    ["* * * * *", "separator"],
    ["———————", "separator"],
    ["© 2024 Example Media. All rights reserved.", "legal"],
  ])("%s → %s", (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });

  it.each([
    "By October, Russia had received more than a million shells.",
    "Home Secretary James Smith said the shipment was legal.",
    "North Korea sent more shells, says Yonhap",
    "Source: BBC, citing data from a research centre",
    "Details: The tankers made 43 voyages between March and November.",
    "Read also: Tehran denies selling missiles",
    "Related to the deal, officials said prices would rise.",
    "Photographs of the convoy were published by the ministry on Friday.",
    "Russia's assistance from North Korea",
    "Next year, deliveries of the howitzers will double, the ministry said.",
  ])("keeps %s", (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});

describe("isCaption", () => {
  it.each([
    "Crates of shells are loaded onto a train near the border. (Photo: Ivan Sirko/AFP)",
    "Sailors stand by a frigate in port (Jane Roe/Pacific Images via Getty Images)",
    "Howitzers wait at a depot in the north (KCNA/Reuters)",
    "A launcher on parade in the capital. Photo: Defence Ministry",
    "The frigate in dry dock. Picture courtesy of the navy press office",
    "A lorry column crosses a bridge. Navy News photo",
    "A lorry column crosses a bridge. Tass photo Mar. 3, 2024",
  ])("%s", (line) => {
    expect(isCaption(line)).toBe(true);
  });
  it.each([
    "Russia received 300 drones from Iran, the ministry said (AFP).",
    "Photographs of the convoy were published by the ministry on Friday.",
    "Officials said the photo from the ministry was taken in March.",
    "The report cites satellite images taken in May.",
    "Read also: A photo of the depot (Photo: Reuters)",
  ])("keeps %s", (line) => {
    expect(isCaption(line)).toBe(false);
  });
});

describe("dateline prefixes", () => {
  const cut = (line: string) => {
    for (const p of boilerplateLexicon().prefixes) {
      const m = p.regex.exec(line);
      if (m) return line.slice(m[0].length);
    }
    return line;
  };
  it.each([
    ["KYIV, Ukraine (Reuters) - Drones arrived overnight.", "Drones arrived overnight."],
    ["SEOUL, March 4 (Yonhap) -- The ministry said so.", "The ministry said so."],
    ["MOSCOW, April 2. /TASS/. The Kremlin denied it.", "The Kremlin denied it."],
    ["Warsaw, 3 May 2024 (PAP)--Poland sent tanks.", "Poland sent tanks."],
    ["BERLIN \u2014 Germany will send more shells.", "Germany will send more shells."],
    ["Ankara (Anadolu) \u2014 Turkey denied the sale.", "Turkey denied the sale."],
  ])("%s", (line, rest) => {
    expect(cut(line)).toBe(rest);
  });
  it.each([
    "NATO \u2014 The alliance met.",
    "Russia, Iran and North Korea - all under sanctions - traded arms.",
    "Moscow, meanwhile, denied the claim.",
    "North Korea (the DPRK) has sent shells.",
    "In March 2024 Iran sent missiles.",
    "US - Ukraine talks went on.",
  ])("keeps %s", (line) => {
    expect(cut(line)).toBe(line);
  });
});
