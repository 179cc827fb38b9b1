// A seeded generator of crawl pages for the benchmarks: `generateCrawl({ mb: 8, onTopic: 0.1, seed: 7 })`.
// Pages look like what a crawler saves: text pages and HTML pages (about 30 %) with menus, share
// prompts, footers and "Read also" boxes; reprints of earlier pages under another outlet; and, as in a
// real general crawl, ordinary news that names states (summits, trade, sport, weather abroad) but moves
// nothing. One page in ten (by default) is on topic: a transfer report with parties, items, figures,
// dates, sources and hedges, in phrasings written for this generator (none taken from any report).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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

const OUTLETS = ["Harbour Post", "Morning Ledger", "Valley Courier", "Evening Sentinel", "Lakeside Times", "Metro Dispatch", "Granite Herald", "Northern Wire"];
const TOWNS = ["Millbrook", "Ashford", "Riverton", "Kingsbridge", "Easton", "Westfield", "Oakdale", "Fairhaven", "Brookside", "Stonegate"];
const PEOPLE = ["Maria Keller", "Tom Alvarez", "Priya Nair", "Jonas Berg", "Helen Okafor", "Luis Duarte", "Anna Petrova", "Sam Whitfield"];
// States a general crawl names without any transfer: summits, trade, sport, travel, weather.
const NAMED = ["France", "Germany", "Japan", "Brazil", "Canada", "Italy", "Spain", "India", "Mexico", "Australia", "China", "Russia", "Ukraine", "South Korea", "Turkey", "Egypt", "Poland", "Norway"];

const LOCAL = [
  "The {town} council voted on Tuesday to resurface three streets near the old market before winter.",
  "Commuters in {town} face delays next week while the rail operator replaces signals on the branch line.",
  "{person}, who has run the bakery on the high street for twenty years, said rents had doubled since spring.",
  "Police asked drivers to avoid the ring road after a lorry shed its load of timber early on Monday.",
  "The library in {town} will open on Sundays from next month, a spokeswoman for the trust said.",
  "Parents gathered outside the primary school to protest against plans to merge two classes.",
  "A heat pump grant scheme has drawn more than 400 applications in its first fortnight, officials said.",
  "The hospital trust said waiting times for routine operations fell slightly in the last quarter.",
  "Volunteers planted 1,200 trees along the river path over the weekend despite the rain.",
  "The regional bus company will cut two evening routes, blaming a shortage of drivers.",
  "{person} said the new cycle lanes had made the school run safer but shops had lost trade.",
  "Firefighters spent four hours bringing a barn fire under control on the edge of {town}.",
];
const BUSINESS = [
  "Shares in the supermarket chain rose 3 percent after it reported stronger sales over the holidays.",
  "The central bank held interest rates at 4.25 percent and signalled that cuts could come next year.",
  "The carmaker said it would hire 800 workers for a new battery plant outside {town}.",
  "Oil prices slipped on Thursday as traders weighed a build-up in stockpiles against firmer demand.",
  "The airline expects to carry 12 million passengers this year, up from 10.5 million last year.",
  "House prices in the region rose for a fifth month running, according to the lenders' index.",
  "The chip maker's profit beat forecasts, helped by demand for servers and a weaker currency.",
  "Unions and the port operator agreed a two-year pay deal, ending a dispute that began in March.",
];
const ABROAD = [
  "Leaders from {state} and {state2} met on the sidelines of the summit to talk about trade and climate targets.",
  "{state} beat {state2} 3-1 in the qualifier, with two goals coming in the final ten minutes.",
  "Tourism from {state} has recovered to its level before the pandemic, the travel board said.",
  "The foreign minister of {state} is expected in {state2} next week for talks on visas and student exchanges.",
  "Heavy snow closed mountain passes across northern {state} and cut power to thousands of homes.",
  "{state}'s economy grew 1.8 percent in the third quarter, faster than economists had expected.",
  "A film from {state} won the main prize at the festival on Saturday evening.",
  "Exports of wine from {state} to {state2} rose by a fifth last year, industry figures showed.",
];
const CULTURE = [
  "The orchestra's new season opens in October with a programme of works by living composers.",
  "Critics praised the revival of the musical, though some found the second act too long.",
  "The museum will show a collection of maps and sea charts from private lenders this summer.",
  "The author's third novel follows two sisters who inherit a failing hotel on the coast.",
  "Ticket sales for the open-air concerts were up a third on last year, the organisers said.",
];
const WEATHER = [
  "Forecasters expect showers to clear by Friday, with temperatures climbing to 24C at the weekend.",
  "A yellow warning for wind is in place for coastal areas until midnight.",
  "Frost is likely in sheltered valleys overnight, so gardeners should cover young plants.",
];

// On-topic sentences: parties, items, figures, periods, sources, hedges.
const PAIRS: [string, string][] = [
  ["North Korea", "Russia"], ["Iran", "Russia"], ["Germany", "Ukraine"], ["the United States", "Ukraine"], ["Russia", "North Korea"], ["Iran", "Yemen's Houthis"], ["France", "Ukraine"], ["China", "Russia"],
];
const ITEMS = [["artillery shells", "shells"], ["containers of munitions", "containers"], ["attack drones", "drones"], ["ballistic missiles", "missiles"], ["tanks", "tanks"], ["troops", "soldiers"], ["barrels of oil", "barrels"], ["air defence systems", "systems"]];
const SOURCES = ["the defence ministry in Seoul", "a spokesman for the Pentagon", "Ukraine's military intelligence", "the South Korean spy agency", "a senior official in Washington", "analysts at a think tank in London", "the Kremlin", "Britain's defence intelligence"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ON_TOPIC = [
  "{source} said on {weekday} that {a} had sent about {n} {item} to {b} since {month} {year}.",
  "{a} has shipped more than {n} {item} to {b} over the past year, according to {source}.",
  "According to {source}, at least {n} {item} from {a} reached {b} in {month}.",
  "{source} believes {a} may have delivered up to {n} {item} to {b} by the end of {month}.",
  "{a} denied that it had supplied {item} to {b}, calling the reports a fabrication.",
  "Satellite images show trains carrying {item} leaving {a} for {b} in {month} {year}, {source} said.",
  "{b} received roughly {n} {item} from {a} during the first half of {year}, {source} estimated.",
  "{a} pledged {n} {item} to {b} on {weekday}, the largest package so far this year.",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

const NAV = ["Home", "News", "World", "Business", "Sport", "Culture", "Opinion", "Weather"];
const SHARE = ["Share this article", "Sign up for our newsletter", "Most read", "Comments are closed", "Advertisement"];

export function* generateCrawl(options: CrawlOptions): Generator<Page> {
  const rnd = random(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const fill = (t: string, extra: Record<string, string> = {}) =>
    t.replace(/\{(\w+)\}/g, (_, k: string) => extra[k] ?? ({ town: pick(TOWNS), person: pick(PEOPLE), state: pick(NAMED), state2: pick(NAMED) } as Record<string, string>)[k] ?? k);
  const htmlShare = options.html ?? 0.3;
  const reprintShare = options.reprints ?? 0.05;
  const bodies: { title: string; paras: string[]; onTopic: boolean }[] = [];
  let bytes = 0;
  for (let i = 0; bytes < options.mb * 1e6; i++) {
    const day = 1 + Math.floor(i / 500);
    const published = new Date(Date.UTC(2025, 5, 1) + (day - 1) * 86_400_000).toISOString().slice(0, 10);
    const outlet = pick(OUTLETS);
    let story: { title: string; paras: string[]; onTopic: boolean };
    if (bodies.length > 20 && rnd() < reprintShare) story = pick(bodies);
    else {
      const onTopic = rnd() < options.onTopic;
      // Ordinary news: a topic per page, with an abroad paragraph now and then (names states, moves nothing).
      const topic = pick([LOCAL, LOCAL, BUSINESS, CULTURE, WEATHER]);
      const paras: string[] = [];
      const n = 4 + Math.floor(rnd() * 8);
      for (let p = 0; p < n; p++) {
        const sentences: string[] = [];
        for (let s = 0, m = 2 + Math.floor(rnd() * 3); s < m; s++) {
          if (onTopic && rnd() < 0.5) {
            const [a, b] = pick(PAIRS);
            const [item] = pick(ITEMS);
            const year = String(2023 + Math.floor(rnd() * 3));
            sentences.push(fill(pick(ON_TOPIC), { a, b, item, year, source: pick(SOURCES), n: String((1 + Math.floor(rnd() * 90)) * pick([10, 100, 1000])), month: pick(MONTHS), weekday: pick(WEEKDAYS) }));
          } else sentences.push(fill(rnd() < 0.027 ? pick(ABROAD) : pick(topic)));
        }
        paras.push(sentences.join(" ").replace(/^./, (c) => c.toUpperCase()));
      }
      const title = onTopic ? "Shipments across the border draw new scrutiny" : fill(pick(["Council backs street repairs in {town}", "Markets edge higher as rates hold", "Festival draws record crowd", "Storm warning for the coast", "{person} on twenty years in business"]));
      story = { title, paras, onTopic };
      bodies.push(story);
      if (bodies.length > 200) bodies.shift();
    }
    const id = `p${String(i).padStart(6, "0")}`;
    const ext = rnd() < htmlShare ? "html" : "txt";
    const readAlso = rnd() < 0.2 ? `Read also: ${fill(pick(LOCAL))}` : "";
    const byline = `By ${pick(PEOPLE)}, ${outlet}`;
    const body =
      ext === "html"
        ? `<!doctype html><html><head><meta charset="utf-8"><title>${story.title} | ${outlet}</title></head><body>` +
          `<header><nav><ul>${NAV.map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join("")}</ul></nav></header>` +
          `<main><article><h1>${story.title}</h1><p class="byline">${byline}</p><time datetime="${published}">${published}</time>` +
          story.paras.map((p) => `<p>${p}</p>`).join("") +
          (readAlso ? `<aside><p>${readAlso}</p></aside>` : "") +
          `</article></main><footer><p>${pick(SHARE)}</p><p>© 2025 ${outlet}. All rights reserved.</p></footer></body></html>`
        : `${NAV.join(" | ")}\n\n${story.title}\n\n${byline}\n${published}\n\n${story.paras.join("\n\n")}\n\n${readAlso ? `${readAlso}\n\n` : ""}${pick(SHARE)}\n`;
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
