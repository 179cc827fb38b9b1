// The demo corpus keeps to the sourced facts: every report cites facts that exist, every figure it
// gives is a figure of those facts, no sentence is lifted from the facts' paraphrases, and the HTML
// pages parse. Runs on its own: it needs no other part of armsflow.
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { needs } from "../services.js";
import { FACTS_MD_PATH, FACTS_PATH, factAmounts, figuresOf, loadCorpus, loadFacts, shingles, type Fact } from "./corpus-pages.js";

const reports = loadCorpus();
const facts = needs("shared", loadFacts() !== null, `missing ${FACTS_PATH}`) ? loadFacts() : null;
if (!facts) console.warn("\n*** corpus-facts: ../shared/facts/facts.json is absent; the checks against the facts are SKIPPED ***\n");

/** Figures written rounded on purpose ("nearly 7,000" for 6,700): matched within 10 %. */
const ROUNDED: Record<string, readonly number[]> = {
  "2024-02-27-rbc-ukraine-nearly-7000": [7000],
  "2024-06-15-kyiv-independent-about-5-million": [5_000_000],
};

/** Words in a row that a report may share with the facts' paraphrases before it counts as copying. */
const MAX_SHARED_WORDS = 12;

describe("the demo corpus: shape and metadata", () => {
  it("holds at least 40 reports, text pages and HTML pages both", () => {
    expect(reports.length).toBeGreaterThanOrEqual(40);
    const html = reports.filter((r) => r.format === "html").length;
    expect(html / reports.length).toBeGreaterThan(0.3);
    expect(html / reports.length).toBeLessThan(0.7);
  });

  it.each(reports.map((r) => [r.id, r] as const))("%s has full metadata", (_id, r) => {
    const m = r.meta;
    expect(m, `${r.id}.meta.json is missing`).not.toBeNull();
    expect(m!.id).toBe(r.id);
    for (const k of ["url", "outlet", "published", "title", "author"] as const) expect(typeof m![k] === "string" && m![k].length > 0, `${k}`).toBe(true);
    // Made-up addresses on a reserved domain only: never a real page.
    expect(new URL(m!.url).hostname.endsWith(".invalid")).toBe(true);
    expect(m!.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(m!.published >= "2022-09-01" && m!.published <= "2025-07-31", m!.published).toBe(true);
    expect(Array.isArray(m!.facts) && m!.facts.length > 0).toBe(true);
  });

  it("has no two reports at the same address", () => {
    const urls = reports.map((r) => r.meta?.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it.each(reports.filter((r) => r.format === "html").map((r) => [r.id, r] as const))("%s parses as HTML with a text article", (_id, r) => {
    const { document } = parseHTML(r.raw);
    const article = document.querySelector("article") ?? document.body;
    expect(article).toBeTruthy();
    expect(r.text.replace(/\s+/g, " ").length).toBeGreaterThan(200);
    expect(document.querySelector("article p")?.textContent?.length ?? 0).toBeGreaterThan(40);
  });

  it("keeps text pages free of markup", () => {
    for (const r of reports.filter((x) => x.format === "txt")) expect(r.raw, r.id).not.toMatch(/<\/?(html|body|div|p|script)\b/i);
  });
});

describe.skipIf(!facts)("the demo corpus against the facts", () => {
  const byUrl = new Map<string, Fact[]>();
  for (const f of facts ?? []) byUrl.set(f.url, [...(byUrl.get(f.url) ?? []), f]);

  it.each(reports.map((r) => [r.id, r] as const))("%s cites only facts that exist", (_id, r) => {
    for (const url of r.meta?.facts ?? []) expect(byUrl.has(url), url).toBe(true);
  });

  it.each(reports.map((r) => [r.id, r] as const))("%s gives only the figures of the facts it cites", (_id, r) => {
    const amounts = (r.meta?.facts ?? []).flatMap((u) => byUrl.get(u) ?? []).flatMap(factAmounts);
    const rounded = ROUNDED[r.id] ?? [];
    const strays = figuresOf(r.text).filter((f) => {
      if (amounts.includes(f.value)) return false;
      return !(rounded.includes(f.value) && amounts.some((a) => Math.abs(a - f.value) <= 0.1 * a));
    });
    expect(strays.map((f) => f.written)).toEqual([]);
  });

  it("copies no run of more than 12 words from the facts' paraphrases", () => {
    const paraphrases = shingles(readFileSync(FACTS_MD_PATH, "utf8"), MAX_SHARED_WORDS + 1);
    const copied = reports.flatMap((r) => [...shingles(r.text, MAX_SHARED_WORDS + 1)].filter((s) => paraphrases.has(s)).map((s) => `${r.id}: ${s}`));
    expect(copied).toEqual([]);
  });

  // The container briefings are retold by several outlets, so that statements and circular reporting show.
  it.each([
    ["1,000", "https://en.yna.co.kr/view/AEN20231014000400315"],
    ["5,000", "https://pledgetimes.com/north-korea-helped-russia-with-5000-containers-says-seoul/"],
    ["6,700", "https://www.politico.eu/article/north-korea-munitions-russia-vladimir-putin-war-ukraine/"],
    ["10,000", "https://kyivindependent.com/north-korea-could-send-about-5-million-shells-to-russia-seoul-says/"],
    ["13,000", "https://www.koreaherald.com/view.php?ud=20240827050678"],
    ["20,000", "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=193414"],
  ])("retells the %s-container statement in at least three reports", (figure, url) => {
    const retelling = reports.filter((r) => r.meta?.facts.includes(url) && new RegExp(`${figure.replace(",", ",?")} containers`).test(r.text));
    expect(retelling.length).toBeGreaterThanOrEqual(3);
    expect(byUrl.has(url)).toBe(true);
  });

  it("has a relay of a relay and near-duplicate wire copies", () => {
    expect(reports.some((r) => /reported, citing [A-Z][\w ]+, which (?:cited|quoted)/.test(r.text))).toBe(true);
    const bodies = reports.map((r) => ({ id: r.id, s: shingles(r.text, 8) }));
    let pairs = 0;
    for (let i = 0; i < bodies.length; i++)
      for (let j = i + 1; j < bodies.length; j++) {
        const shared = [...bodies[i].s].filter((x) => bodies[j].s.has(x)).length;
        if (shared / Math.min(bodies[i].s.size, bodies[j].s.size) > 0.5) pairs++;
      }
    expect(pairs).toBeGreaterThanOrEqual(2);
  });
});

describe("figuresOf", () => {
  it("reads amounts and leaves dates, years, calibres and designators alone", () => {
    const text = "On 27 February 2024 (Feb. 26) Seoul said about 6,700 containers, or 4.8 million 152mm shells, worth $540m, plus KN-23 and M1989 guns, 3 tanks and 24 missiles; see 2024-02-27.";
    expect(figuresOf(text).map((f) => f.value)).toEqual([6700, 4_800_000, 540_000_000, 24]);
  });

  it("catches a figure that no cited fact gives", () => {
    const amounts = factAmounts({ date: "2024-02-26", statement_by: "x", url: "u", note: "About 6,700 containers.", quantity: { value: 6700, unit: "containers" } });
    const strays = figuresOf("Seoul now counts 7,300 containers, up from 6,700.").filter((f) => !amounts.includes(f.value));
    expect(strays.map((f) => f.written)).toEqual(["7,300"]);
  });
});
