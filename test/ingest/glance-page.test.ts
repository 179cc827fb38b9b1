import { describe, expect, it } from "vitest";
import { toSchemaClaim } from "../../src/core/claim.js";
import { isOffTopic, mayNameParty, namesParty, prefilterKeys } from "../../src/extract/prefilter-page.js";
import { isSpared } from "../../src/ingest/glance-page.js";
import { BODIES, GROUPS, PEOPLE, STATES } from "../../src/knowledge/gazetteer.js";
import { pipelineStages, processDocument } from "../../src/pipeline.js";

const html = (body: string, head = "<title>Harbour dredging resumes | Coast Gazette</title>") =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const bytes = (s: string) => new TextEncoder().encode(s);
const read = (path: string, page: string, meta: Record<string, string> = {}, prefilter = true) =>
  processDocument({ path, bytes: bytes(page), meta: { id: path.replace(/\..*$/, ""), ...meta } }, pipelineStages({ prefilter }));

describe("glance-page: the check on the raw page", () => {
  it("clears pages whose markup and text name no party", () => {
    expect(mayNameParty(html("<nav><ul><li><a href='/news'>News</a></li><li><a href='/world'>World</a></li></ul></nav><p>The ferry timetable changes on Monday.</p>"), "html")).toBe(false);
    expect(mayNameParty(html("<article><h1>Bakery wins prize</h1><p>Judges praised the rye loaf &mdash; and the scones&hellip;</p></article>"), "html")).toBe(false);
    expect(mayNameParty("Allotment holders met on Thursday to share seeds and advice.\n", "text")).toBe(false);
  });

  it("says maybe where a name is split by inline markup, by a dropped element or by a character reference", () => {
    expect(mayNameParty(html("<p>Crates left Vladi<b>vostok</b> by rail.</p>"), "html")).toBe(true);
    expect(mayNameParty(html("<p>Talks in Te<span class='ad'><a href='/x'>advert</a></span>hran stalled.</p>"), "html")).toBe(true);
    expect(mayNameParty(html("<p>A convoy reached &#75;yiv at dawn.</p>"), "html")).toBe(true);
    expect(mayNameParty(html("<p>A convoy reached &#x4B;yiv at dawn.</p>"), "html")).toBe(true);
    // A reference that may stand for a letter: the page is read in full.
    expect(mayNameParty(html("<p>The caf&eacute; reopened.</p>"), "html")).toBe(true);
    // Attributes reach the text as the title: they are looked at too.
    expect(mayNameParty(html("<p>Nothing here.</p>", '<meta property="og:title" content="Minsk hosts a fair">'), "html")).toBe(true);
  });

  it("says maybe for every party form of the gazetteer, cut in two by markup anywhere in it", () => {
    const forms = [
      ...STATES.flatMap((s) => [s.name, ...s.aliases, ...s.adjectives, ...s.demonyms, ...s.seats]),
      ...GROUPS.flatMap((g) => [g.name, ...g.aliases]),
      ...PEOPLE.flatMap((p) => [p.name, ...p.variants]),
      ...BODIES.flatMap((b) => [b.name, ...b.aliases]),
    ];
    const missed: string[] = [];
    for (const form of forms) {
      const cut = Math.max(1, form.length >> 1);
      const pages = [
        html(`<p>We saw ${form} there.</p>`),
        html(`<p>We saw ${form.slice(0, cut)}<i>${form.slice(cut)}</i> there.</p>`),
        html(`<p>We saw ${form.slice(0, cut)}<span><em>hidden</em></span>${form.slice(cut)} there.</p>`),
      ];
      for (const page of pages) if (!mayNameParty(page, "html")) missed.push(page);
    }
    expect(missed).toEqual([]);
  });
  it("reads in full a page with more cut words and node openers to pair than it tries (markup built to make the glance slow)", () => {
    const alpha = (i: number) => { let s = ""; do { s += String.fromCharCode(97 + (i % 26)); i = Math.floor(i / 26); } while (i); return s; };
    // Thousands of different words that begin some name, each cut by a tag before a word that continues none.
    const heads = [...prefilterKeys().starts].filter((w) => /^[a-z]{2,4}$/.test(w) && !namesParty(w)).slice(0, 2_500);
    expect(heads.length).toBeGreaterThan(1_500);
    const page = html(heads.map((h, i) => `<p> ${h}<i>qq${alpha(i)}</i> </p>`).join(""));
    expect(namesParty(page)).toBe(false);
    expect(mayNameParty(page, "html")).toBe(true);
    // The same shape, a few hundred words: every pair is tried, none begins a name.
    const small = html(heads.slice(0, 300).map((h, i) => `<p> ${h}<i>qq${alpha(i)}</i> </p>`).join(""));
    expect(mayNameParty(small, "html")).toBe(false);
  });
});

describe("glance-page: what a spared page keeps", () => {
  it("spares an HTML page that names no party, its title, date and outlet as the full reading gives them", () => {
    const page = html(
      "<header><nav><a href='/'>Home</a><a href='/sport'>Sport</a></nav></header><main><article><h1>Harbour dredging resumes</h1>" +
        "<time datetime='2025-03-04'>4 March</time><p>Dredgers returned to the inner basin after a winter pause, the port authority said.</p>" +
        "<p>Work on the quay wall is due to finish before the summer regatta, when berths fill with visiting yachts.</p></article></main>",
    );
    const fast = read("dredging.html", page, { outlet: "Coast Gazette" });
    const full = read("dredging.html", page, { outlet: "Coast Gazette" }, false);
    expect(isSpared(fast)).toBe(true);
    expect(isOffTopic(fast)).toBe(true);
    expect(fast.meta).toEqual(full.meta);
    expect(fast.meta.published).toBe("2025-03-04");
    expect(fast.text).toBe("Harbour dredging resumes");
    expect(fast.claims).toEqual([]);
  });

  it("reads the article of a page that names no party where its date would come from the text", () => {
    const page = html("<article><h1>Library extends hours</h1><p>Published: 12 May 2025</p><p>The reading room now opens at eight on weekdays, the council announced, and stays open until late on Thursdays.</p></article>");
    const fast = read("library.html", page);
    expect(isSpared(fast)).toBe(false);
    expect(fast.meta).toEqual(read("library.html", page, {}, false).meta);
  });

  it("spares a text page that names no party, its metadata read as before", () => {
    const page = "Orchard growers expect a late harvest\n\nBy Dana Holm\n2025-09-02\n\nCold nights slowed the apples this year, growers told a meeting in the village hall.\n";
    const fast = read("orchard.txt", page);
    const full = read("orchard.txt", page, {}, false);
    expect(isSpared(fast)).toBe(true);
    expect(fast.meta).toEqual(full.meta);
    expect(fast.text).toBe(full.text);
  });

  it("reads in full, with the same claims, a page that names a party", () => {
    const page = html("<article><h1>Shipment reported</h1><p>Belarus delivered 40 trucks to Serbia in June, officials said.</p></article>");
    const fast = read("trucks.html", page, { published: "2025-07-01" });
    expect(isSpared(fast)).toBe(false);
    expect(fast.claims.map(toSchemaClaim)).toEqual(read("trucks.html", page, { published: "2025-07-01" }, false).claims.map(toSchemaClaim));
  });
});
