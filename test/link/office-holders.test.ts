// A source named by its title ("Seoul's defence chief", "Tokyo's top diplomat") is the person who held that office on
// the day it spoke (knowledge/offices.json): one origin with the reports that name that person, never with anyone else.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import type { DocumentMeta } from "../../src/core/document.js";
import { officeHolder } from "../../src/knowledge/offices.js";
import { OFFICES } from "../../src/knowledge/offices.js";
import { findPerson } from "../../src/knowledge/gazetteer.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { meta, toClaim, type SchemaClaim } from "./helpers.js";

describe("office-holders by title and day", () => {
  it("names the person in office on the day, beside the state's name, adjective, capital or after 'of'", () => {
    expect(officeHolder("Kyiv's top diplomat", null, "2023-06-01")?.id).toBe("dmytro-kuleba");
    expect(officeHolder("Kyiv's top diplomat", null, "2024-10-01")?.id).toBe("andrii-sybiha");
    expect(officeHolder("the foreign minister of Germany", null, "2024-03-03")?.id).toBe("annalena-baerbock");
    expect(officeHolder("Britain's defence secretary", null, "2024-01-15")?.id).toBe("grant-shapps");
    expect(officeHolder("the Japanese defense minister", null, "2024-04")?.id).toBe("minoru-kihara");
    expect(officeHolder("the defence minister", "RUS", "2024-03-01")?.id).toBe("sergei-shoigu");
    expect(officeHolder("the defence minister", "RUS", "2024-06-01")?.id).toBe("andrei-belousov");
    expect(officeHolder("the alliance chief", null, "2024-12-02")?.id).toBe("mark-rutte");
  });

  it("names no one for a title beside other words, of another state, between two terms or over a month two people shared", () => {
    for (const phrase of ["Japan's deputy defence minister", "the former Russian defence minister", "a defence ministry spokesman", "the president of the regional council", "Tokyo's senior diplomat"]) {
      expect(officeHolder(phrase, null, "2024-04-10"), phrase).toBeNull();
    }
    expect(officeHolder("France's defence minister", "DEU", "2024-04-10")?.id).toBe("sebastien-lecornu");
    expect(officeHolder("the defence minister", "KOR", "2024-12-20")).toBeNull();
    expect(officeHolder("the defence minister", "RUS", "2024-05")).toBeNull();
    expect(officeHolder("the defence minister", "RUS", null)).toBeNull();
  });

  it("holds only people of the gazetteer, with terms in order that do not overlap", () => {
    for (const o of OFFICES) {
      for (const t of o.holders) expect(findPerson(t.person), t.person).toBeDefined();
      for (let i = 1; i < o.holders.length; i++) expect(o.holders[i - 1].to! < o.holders[i].from, `${o.where} ${o.kind}`).toBe(true);
    }
  });
});

type Said = { doc: string; published: string; text: string; speaker?: string; org?: string; country: string; phrase?: string; figure?: number };

/** One claim per report: PRK → RUS shells, credited as `said` names its source (`phrase`: the words of the evidence that name it). */
function report(s: Said): [Claim, DocumentMeta] {
  const schema: SchemaClaim = {
    doc: s.doc, kind: "transfer", supplier: "PRK", recipient: "RUS", item: "artillery-ammunition",
    quantity: s.figure ? { value: s.figure, min: null, max: null, unit: "rounds", approx: false } : null,
    period: null, certainty: "asserted", source: { speaker: s.speaker ?? null, org: s.org ?? null, country: s.country }, evidence: s.text,
  };
  const c = toClaim(schema, 0);
  const at = s.phrase ? s.text.indexOf(s.phrase) : -1;
  const claim = at >= 0 ? { ...c, parts: { source: { start: at, end: at + s.phrase!.length } } } : c;
  return [claim, meta({ id: s.doc, outlet: `Outlet ${s.doc}`, published: s.published })];
}

function linked(a: Said, b: Said): boolean {
  const pages = [report(a), report(b)];
  const got = linkClaims(pages.map(([c]) => c), new Map(pages.map(([, m]) => [m.id, m])));
  return got.get(pages[0][0].id) === got.get(pages[1][0].id);
}

describe("linking a title to its office-holder", () => {
  it("links a title and the name of the one in office that day, without a figure to agree on", () => {
    expect(linked(
      { doc: "a", published: "2024-03-05", text: "Seoul's defence chief said Pyongyang keeps sending artillery shells to Moscow.", org: "South Korean Ministry of National Defense", country: "KOR", phrase: "Seoul's defence chief" },
      { doc: "b", published: "2024-03-06", text: "Shin Won-sik told reporters the North was still shipping shells to Russia.", speaker: "Shin Won-sik", org: "South Korean Ministry of National Defense", country: "KOR" },
    )).toBe(true);
    expect(linked(
      { doc: "a", published: "2024-04-11", text: "Tokyo's top diplomat accused North Korea of handing Russia artillery rounds.", org: "Tokyo's top diplomat", country: "JPN", phrase: "Tokyo's top diplomat" },
      { doc: "b", published: "2024-04-12", text: "Yoko Kamikawa said shells from the North had reached Russian troops.", speaker: "Yoko Kamikawa", org: "Japanese Ministry of Foreign Affairs", country: "JPN" },
    )).toBe(true);
    expect(linked(
      { doc: "a", published: "2024-02-14", text: "NATO's secretary general said Russia relies on North Korean shells.", org: "NATO", country: null as unknown as string, phrase: "NATO's secretary general" },
      { doc: "b", published: "2024-02-15", text: "Stoltenberg said Pyongyang was arming Moscow with artillery ammunition.", speaker: "Stoltenberg", org: "NATO", country: null as unknown as string },
    )).toBe(true);
  });

  it("never links a title to someone else named, however close the figure and the day", () => {
    expect(linked(
      { doc: "a", published: "2024-05-20", text: "Russia's defence minister said 90,000 rounds had come from the North.", org: "Russian Ministry of Defence", country: "RUS", phrase: "Russia's defence minister", figure: 90000 },
      { doc: "b", published: "2024-05-18", text: "Sergei Shoigu said 90,000 rounds had arrived from Pyongyang.", speaker: "Sergei Shoigu", org: "Security Council of Russia", country: "RUS", figure: 90000 },
    )).toBe(false);
    expect(linked(
      { doc: "a", published: "2024-09-10", text: "South Korea's defence minister said the North has sent 40,000 rounds.", org: "South Korean Ministry of National Defense", country: "KOR", phrase: "South Korea's defence minister", figure: 40000 },
      { doc: "b", published: "2024-09-08", text: "Shin Won-sik put the North's shipments at 40,000 rounds.", speaker: "Shin Won-sik", org: "South Korean Presidential Office", country: "KOR", figure: 40000 },
    )).toBe(false);
    expect(linked(
      { doc: "a", published: "2024-09-06", text: "Ukraine's foreign minister said Russia had 30,000 North Korean rounds.", org: "Ministry of Foreign Affairs of Ukraine", country: "UKR", phrase: "Ukraine's foreign minister", figure: 30000 },
      { doc: "b", published: "2024-09-03", text: "Dmytro Kuleba said 30,000 rounds came from Pyongyang.", speaker: "Dmytro Kuleba", org: "Ministry of Foreign Affairs of Ukraine", country: "UKR", figure: 30000 },
    )).toBe(false);
  });
});

describe("one person to a statement", () => {
  /** The documents whose claims share a statement with the first report's. */
  function withFirst(reports: Said[]): string[] {
    const pages = reports.map(report);
    const got = linkClaims(pages.map(([c]) => c), new Map(pages.map(([, m]) => [m.id, m])));
    const first = got.get(pages[0][0].id);
    return pages.filter(([c]) => got.get(c.id) === first).map(([c]) => c.doc).sort();
  }

  it("never joins two people through a body of their state that gave the same figure", () => {
    for (const reports of [
      [
        { doc: "a", published: "2024-03-05", text: "Shin Won-sik said 8,000 containers had gone north to Russia.", speaker: "Shin Won-sik", org: "South Korean Ministry of National Defense", country: "KOR", figure: 8000 },
        { doc: "b", published: "2024-03-05", text: "South Korea's defence ministry counted 8,000 containers.", org: "South Korean Ministry of National Defense", country: "KOR", figure: 8000 },
        { doc: "c", published: "2024-03-06", text: "South Korea's top diplomat cited 8,000 containers.", org: "South Korean Ministry of Foreign Affairs", country: "KOR", phrase: "South Korea's top diplomat", figure: 8000 },
      ],
      [
        { doc: "a", published: "2024-06-03", text: "Sergei Shoigu spoke of 5,000 rounds from Pyongyang.", speaker: "Sergei Shoigu", org: "Security Council of Russia", country: "RUS", figure: 5000 },
        { doc: "b", published: "2024-06-03", text: "The Russian military received 5,000 rounds, it said.", org: "Russian Armed Forces", country: "RUS", figure: 5000 },
        { doc: "c", published: "2024-06-04", text: "Russia's defence minister confirmed 5,000 rounds had come.", org: "Russian Ministry of Defence", country: "RUS", phrase: "Russia's defence minister", figure: 5000 },
      ],
      [
        { doc: "a", published: "2023-11-20", text: "Sergei Lavrov denied that 2,000 rounds came from the North.", speaker: "Sergei Lavrov", org: "Russian Ministry of Foreign Affairs", country: "RUS", figure: 2000 },
        { doc: "b", published: "2023-11-20", text: "Moscow said the 2,000 rounds story was invented.", org: "Russian government", country: "RUS", figure: 2000 },
        { doc: "c", published: "2023-11-21", text: "The Kremlin spokesman called the 2,000 rounds a fiction.", org: "Russian Presidential Administration", country: "RUS", phrase: "The Kremlin spokesman", figure: 2000 },
      ],
    ] as Said[][]) {
      expect(withFirst(reports), reports[2].text).not.toContain("c");
    }
  });
});
