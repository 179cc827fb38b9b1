// A seeded generator of crawl pages for the benchmarks: `generateCrawl({ mb: 8, onTopic: 0.1, seed: 7 })`.
// Pages look like what a crawler saves: text pages and HTML pages (about 30 %) with menus, share
// prompts, footers and "Read also" boxes; reprints of earlier pages under another outlet; and, as in a
// real general crawl, ordinary news that names states (summits, trade, sport, weather abroad) but moves
// nothing. One page in ten (by default) is on topic: a transfer report with parties, items, figures,
// dates, sources and hedges, in phrasings written for this generator (none taken from any report). Names,
// figures, dates and connecting phrases are drawn afresh for every sentence, so that sentences repeat
// about as rarely as in real reports (reprints, menus and footers repeat, as they do in a real crawl).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import words from "./generate-pages.json" with { type: "json" };

export interface CrawlOptions {
  /** Megabytes of pages to make (bytes as saved, markup included). */
  readonly mb: number;
  /** Share of pages on topic (0 to 1). */
  readonly onTopic: number;
  /** Share of pages saved as HTML. */
  readonly html?: number;
  /** Share of pages that reprint an earlier page under another outlet. */
  readonly reprints?: number;
  readonly seed?: number;
}

export interface Page {
  readonly id: string;
  readonly ext: "txt" | "html";
  readonly body: string;
  readonly meta: { id: string; url: string; outlet: string; published: string };
  readonly onTopic: boolean;
}

/** mulberry32: a small seeded generator, so that every run makes the same pages. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The words are data (generate-pages.json): names of towns and people are put together from parts, and
// every sentence is a template with several slots, an opener now and then, an attribution at the end and,
// sometimes, a second clause; so that, like real reports, the pages hardly repeat a sentence (a benchmark
// whose sentences come back page after page flatters every cache by text).
const W = words as unknown as Readonly<Record<string, readonly string[]>> & { readonly pairs: readonly (readonly [string, string])[] };
const list = (name: string): readonly string[] => W[name];

/** Share of ordinary sentences made of two clauses, and of on-topic ones. */
const TWO_CLAUSES = 0.2;
const TWO_CLAUSES_ON_TOPIC = 0.1;
/** Share of ordinary clauses that name a state in passing: about one sentence in 37, as before clauses were joined. */
const ABROAD = 0.022;
const ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

/** The sentence maker of the pages, drawing from `rnd`. */
function writer(rnd: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const int = (from: number, to: number) => from + Math.floor(rnd() * (to - from + 1));
  const town = () => pick(list("townStarts")) + pick(list("townEnds"));
  const person = () => `${pick(list("firstNames"))} ${pick(list("surnames"))}`;
  // Each slot is drawn afresh where it appears; `extra` holds what one sentence must keep (a pair of parties).
  const slot = (k: string): string | undefined => {
    switch (k) {
      case "town": return town();
      case "person": return person();
      case "state": case "state2": return pick(list("states"));
      case "weekday": return pick(list("weekdays"));
      case "month": return pick(list("months"));
      case "place": return pick(list("places"));
      case "localBody": return pick(list("localBodies"));
      case "street": return pick(list("streets"));
      case "count": return pick(list("counts"));
      case "firm": return pick(list("firms"));
      case "venue": return pick(list("venues"));
      case "small": case "small2": return String(int(2, 40));
      case "age": return String(int(19, 91));
      case "hour": return String(int(1, 11));
      case "n": return String(int(12, 9_800));
      case "pct": return `${int(1, 19)}.${int(0, 9)}`;
      case "rate": return `${int(1, 6)}.${int(0, 9)}`;
      case "temp": return String(int(8, 34));
      case "score": return `${int(1, 5)}-${int(0, 3)}`;
      case "ordinal": return pick(ORDINALS);
      case "year": return String(2023 + Math.floor(rnd() * 3));
      case "money": return String(int(3, 900));
      default: return undefined;
    }
  };
  const fill = (t: string, extra: Record<string, string> = {}): string => t.replace(/\{(\w+)\}/g, (_, k: string) => extra[k] ?? slot(k) ?? k);
  const capital = (s: string) => s.replace(/^./, (c) => c.toUpperCase());
  /** One sentence: an opener now and then, one clause or two joined, an attribution if the clause has none. */
  const sentence = (clause: () => string, twoClauses: number, kind: "" | "onTopic"): string => {
    let body = clause();
    if (rnd() < twoClauses) body += `${pick(list("joiners"))} ${clause()}`;
    const tails = kind ? "onTopicTails" : "tails";
    if (!/\bsaid\b|\baccording\b|\bestimated\b|\breported\b|\bshowed\b/.test(body)) body += fill(pick(list(tails)), { source: pick(list("sources")) });
    const opener = fill(pick(list(kind ? "onTopicOpeners" : "openers")));
    return capital(opener ? `${opener} ${body}` : body) + ".";
  };
  /** An ordinary sentence of news (a topic list of generate-pages.json: local, business, culture, weather). */
  const ordinary = (topic: readonly string[]) => sentence(() => fill(rnd() < ABROAD ? pick(list("abroad")) : pick(topic)), TWO_CLAUSES, "");
  /** A sentence about a transfer between one of the given pairs of parties. */
  const onTopic = (pairs: readonly (readonly [string, string])[]) =>
    sentence(() => {
      const [a, b] = pick(pairs);
      return fill(pick(list("onTopic")), { a, b, item: pick(list("items")), source: pick(list("sources")), n: String((1 + Math.floor(rnd() * 90)) * pick([10, 100, 1000])), weekday: pick(list("workdays")) });
    }, TWO_CLAUSES_ON_TOPIC, "onTopic");
  return { pick, int, person, fill, capital, sentence, ordinary, onTopic };
}

/** Sentences about transfers, seeded, each drawn afresh (for benchmarks that build their own pages). */
export function onTopicSentences(seed: number): () => string {
  const w = writer(random(seed));
  return () => w.onTopic([w.pick(W.pairs)]);
}

/** Ordinary news sentences that name nothing on topic, seeded, each drawn afresh (for benchmarks that build their own pages). */
export function ordinarySentences(seed: number): () => string {
  const w = writer(random(seed));
  return () => w.ordinary(list(w.pick(["local", "local", "business", "culture", "weather"])));
}

export function* generateCrawl(options: CrawlOptions): Generator<Page> {
  const rnd = random(options.seed ?? 7);
  const { pick, person, fill, capital, ordinary, onTopic: onTopicSentence } = writer(rnd);
  const htmlShare = options.html ?? 0.3;
  const reprintShare = options.reprints ?? 0.05;
  const bodies: { title: string; paras: string[]; onTopic: boolean }[] = [];
  let bytes = 0;
  for (let i = 0; bytes < options.mb * 1e6; i++) {
    const day = 1 + Math.floor(i / 500);
    const published = new Date(Date.UTC(2025, 5, 1) + (day - 1) * 86_400_000).toISOString().slice(0, 10);
    const outlet = pick(list("outlets"));
    let story: { title: string; paras: string[]; onTopic: boolean };
    if (bodies.length > 20 && rnd() < reprintShare) story = pick(bodies);
    else {
      const onTopic = rnd() < options.onTopic;
      // Ordinary news: a topic per page, with an abroad paragraph now and then (names states, moves nothing).
      const topic = list(pick(["local", "local", "business", "culture", "weather"]));
      // An on-topic page keeps to a pair of parties or two, as a report does.
      const pairs = [pick(W.pairs), pick(W.pairs)];
      const paras: string[] = [];
      const n = 4 + Math.floor(rnd() * 8);
      for (let p = 0; p < n; p++) {
        const sentences: string[] = [];
        for (let s = 0, m = 2 + Math.floor(rnd() * 3); s < m; s++)
          sentences.push(onTopic && rnd() < 0.5 ? onTopicSentence(pairs) : ordinary(topic));
        paras.push(sentences.join(" "));
      }
      const [a, b] = pairs[0];
      const title = capital(onTopic ? fill(pick(list("onTopicTitles")), { a, b, item: pick(list("items")) }) : fill(pick(list("localTitles"))));
      story = { title, paras, onTopic };
      bodies.push(story);
      if (bodies.length > 200) bodies.shift();
    }
    const id = `p${String(i).padStart(6, "0")}`;
    const ext = rnd() < htmlShare ? "html" : "txt";
    const readAlso = rnd() < 0.2 ? `Read also: ${capital(fill(pick(list("local"))))}.` : "";
    const byline = `By ${person()}, ${outlet}`;
    const nav = list("nav");
    const body =
      ext === "html"
        ? `<!doctype html><html><head><meta charset="utf-8"><title>${story.title} | ${outlet}</title></head><body>` +
          `<header><nav><ul>${nav.map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join("")}</ul></nav></header>` +
          `<main><article><h1>${story.title}</h1><p class="byline">${byline}</p><time datetime="${published}">${published}</time>` +
          story.paras.map((p) => `<p>${p}</p>`).join("") +
          (readAlso ? `<aside><p>${readAlso}</p></aside>` : "") +
          `</article></main><footer><p>${pick(list("share"))}</p><p>© 2025 ${outlet}. All rights reserved.</p></footer></body></html>`
        : `${nav.join(" | ")}\n\n${story.title}\n\n${byline}\n${published}\n\n${story.paras.join("\n\n")}\n\n${readAlso ? `${readAlso}\n\n` : ""}${pick(list("share"))}\n`;
    const page: Page = { id, ext, body, meta: { id, url: `https://news.example/${outlet.toLowerCase().replace(/\W+/g, "-")}/${id}`, outlet, published }, onTopic: story.onTopic };
    bytes += Buffer.byteLength(body);
    yield page;
  }
}

/** Writes the pages as ID.txt / ID.html with ID.meta.json beside each; returns the bytes of the pages. */
export function writeCrawl(dir: string, pages: Iterable<Page>): { pages: number; bytes: number; onTopic: number } {
  mkdirSync(dir, { recursive: true });
  let n = 0, bytes = 0, onTopic = 0;
  for (const p of pages) {
    writeFileSync(join(dir, `${p.id}.${p.ext}`), p.body);
    writeFileSync(join(dir, `${p.id}.meta.json`), JSON.stringify(p.meta));
    n++;
    bytes += Buffer.byteLength(p.body);
    if (p.onTopic) onTopic++;
  }
  return { pages: n, bytes, onTopic };
}
