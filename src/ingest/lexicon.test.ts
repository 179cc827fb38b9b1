import { describe, expect, it } from "vitest";
import { classifyLine } from "./lexicon.js";

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
    ["by Staff Reporters", "byline"],
    ["Author: Olena Roshchina", "byline"],
    ["Tuesday, March 5, 2024 08:15:00 AM", "dateline"],
    ["Published: 2024-03-05 14:20", "dateline"],
    ["5 min read", "dateline"],
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
