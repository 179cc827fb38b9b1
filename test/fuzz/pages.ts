// Pages written for the fuzz suite (own phrasing, no real report), and the mutations a hostile author
// could make of them: NUL bytes, broken UTF-8, deep nesting, giant attributes, script and style blocks,
// huge numbers, bidirectional marks, broken markup. Each seed carries claims the pipeline should find, so
// mutated pages still reach the heavy stages (mentions, amounts, attribution, claim assembly).
import fc from "fast-check";

export interface Seed {
  readonly name: string;
  readonly format: "txt" | "html";
  readonly text: string;
}

const PARAGRAPHS = [
  "Pyongyang has delivered roughly 3,000 containers of artillery shells to Russia since last autumn, the defence ministry in Seoul said on Tuesday.",
  "According to a briefing by military intelligence, about 12,000 North Korean soldiers were moved to the Kursk region in November 2024.",
  "Iran supplied at least 400 Shahed drones to Moscow between August and December, two officials told the newspaper.",
  "Belarus sent 50 trucks of diesel fuel to the front, a regional governor claimed, though no one else confirmed it.",
  "The think tank estimates that some 2 million rounds of 152 mm ammunition crossed the border by rail in 2023.",
  "Russia is believed to have shipped 1 million barrels of oil to North Korea this year, satellite images suggest.",
  "A spokesman for the ministry declined to comment on the reports.",
  "Analysts said the transfers could grow to 5,000 containers a month if the rail link is widened.",
];

const paragraphs = (ids: number[]) => ids.map((i) => PARAGRAPHS[i % PARAGRAPHS.length]);

export const SEEDS: readonly Seed[] = [
  { name: "plain-wire.txt", format: "txt", text: `Shells by rail\n\n${paragraphs([0, 6, 4, 7]).join("\n\n")}\n` },
  { name: "troops.txt", format: "txt", text: `SEOUL, Dec 3 -- ${paragraphs([1, 2, 3]).join(" ")}\n\nRead also: Fuel convoys at night\n` },
  {
    name: "article.html",
    format: "html",
    text: `<!doctype html><html><head><title>Rail freight to the front</title><meta name="author" content="Staff writer"><meta property="article:published_time" content="2024-03-05"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Rail freight to the front</h1>
${paragraphs([0, 1, 5, 6]).map((p) => `<p>${p}</p>`).join("\n")}
<figure><img src="x.jpg" alt="A train"><figcaption>Photo: agency</figcaption></figure></article>
<footer>Share this story</footer></body></html>`,
  },
  {
    name: "listing.html",
    format: "html",
    text: `<html><body><div class="main"><h2>Deliveries</h2><ul>${paragraphs([2, 3, 4]).map((p) => `<li>${p}</li>`).join("")}</ul>
<table><tr><td>Shells</td><td>3,000 containers</td></tr><tr><td>Troops</td><td>12,000</td></tr></table>
<p>${PARAGRAPHS[7]}</p></div></body></html>`,
  },
];

const enc = new TextEncoder();

/**
 * How big the hostile parts get. The default keeps a page under ~60 KB so that a few hundred cases run in
 * seconds; ARMSFLOW_FUZZ_LARGE=1 lets them grow twentyfold (giant attributes of 400 KB, 30 copies of a page).
 */
const LARGE = process.env.ARMSFLOW_FUZZ_LARGE === "1";
const big = (n: number) => (LARGE ? n : Math.max(1, Math.floor(n / 20)));

/** A mutation of a page: text edits first, then byte edits (bad UTF-8 can only be made in bytes). */
type TextEdit = (s: string) => string;
type ByteEdit = (b: Uint8Array) => Uint8Array;

const at = (s: string, frac: number) => Math.floor(frac * s.length);
const insertAt = (s: string, frac: number, what: string) => {
  const i = at(s, frac);
  return s.slice(0, i) + what + s.slice(i);
};

const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const hugeNumber = fc.constantFrom(
  "99999999999999999999999999999", "1e308", "1.7976931348623157e309", "9".repeat(400), "0.000000000000000000001",
  "340282366920938463463374607431768211456", "12,345,678,901,234,567,890", "-5,000", "3,000,000,000,000 tonnes", "NaN", "Infinity",
  "٣٠٠٠", "３０００", "10^100", "2 lakh", "9 quintillion", "5 dozen", "1.2.3.4", "1,2,3,4,5,6,7,8,9,0",
);

const bidi = fc.constantFrom("\u200f", "\u200e", "\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\u202b", "\u202c");

const blockOf = fc.constantFrom(
  "<script>var a = '3,000 containers to Russia'; document.write('<p>' + a + '</p>');</script>",
  "<style>p::after { content: 'Iran sent 400 drones'; } .a{color:red}</style>",
  "<script>", "<style>", "</script>", "<!--", "-->", "<![CDATA[ 50 trucks ]]>", "<noscript><p>Belarus sent 9 tanks.</p></noscript>",
  "<template><p>Russia shipped 70 rockets.</p></template>", "<svg><text>12,000 soldiers</text></svg>", "<math><mi>x</mi></math>",
  "<textarea>", "<title>", "<xmp>", "<plaintext>", "<iframe src=javascript:alert(1)>",
);

const nesting = fc.tuple(fc.constantFrom("div", "span", "b", "i", "p", "li", "table", "a", "blockquote", "section"), fc.integer({ min: 50, max: LARGE ? 3000 : 800 }), frac, frac);

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  // One or more NUL characters.
  fc.tuple(frac, fc.integer({ min: 1, max: 40 })).map(([f, n]): TextEdit => (s) => insertAt(s, f, "\u0000".repeat(n))),
  fc.array(frac, { minLength: 1, maxLength: 20 }).map((fs): TextEdit => (s) => fs.reduce((t, f) => insertAt(t, f, "\u0000"), s)),
  // Bidirectional marks around and inside words and numbers.
  fc.array(fc.tuple(frac, bidi), { minLength: 1, maxLength: 30 }).map((xs): TextEdit => (s) => xs.reduce((t, [f, m]) => insertAt(t, f, m), s)),
  // Numbers replaced by huge or odd ones.
  fc.tuple(hugeNumber, fc.integer({ min: 0, max: 8 })).map(([n, k]): TextEdit => (s) => {
    let i = 0;
    return s.replace(/\d[\d,.]*/g, (m) => (i++ % 9 === k ? n : m));
  }),
  // Deep nesting around a part of the page.
  nesting.map(([tag, depth, a, b]): TextEdit => (s) => {
    const [i, j] = [at(s, Math.min(a, b)), at(s, Math.max(a, b))];
    return s.slice(0, i) + `<${tag}>`.repeat(depth) + s.slice(i, j) + `</${tag}>`.repeat(depth) + s.slice(j);
  }),
  // Unclosed nesting (the closing tags never come).
  nesting.map(([tag, depth, a]): TextEdit => (s) => insertAt(s, a, `<${tag} class="x">`.repeat(depth))),
  // Giant attributes.
  fc.tuple(frac, fc.integer({ min: big(10_000), max: big(400_000) }), fc.constantFrom("title", "data-x", "style", "class", "href", "alt")).map(([f, n, attr]): TextEdit =>
    (s) => insertAt(s, f, `<span ${attr}="${"a1 ".repeat(Math.floor(n / 3))}">x</span>`)),
  fc.tuple(frac, fc.integer({ min: big(1000), max: big(20_000) })).map(([f, n]): TextEdit => (s) => insertAt(s, f, `<p ${Array.from({ length: n }, (_, i) => `a${i}=1`).join(" ")}>`)),
  // Script, style and other raw-text blocks, closed or not.
  fc.tuple(frac, blockOf).map(([f, b]): TextEdit => (s) => insertAt(s, f, b)),
  // Entities, valid and not.
  fc.tuple(frac, fc.constantFrom("&#0;", "&#x110000;", "&#xD800;", "&#55296;", "&nbsp;&nbsp;", "&amp;amp;", "&#99999999999;", "&", "&#x202E;", "&lt;script&gt;")).map(([f, e]): TextEdit => (s) => insertAt(s, f, e)),
  // Control characters, odd spaces and line ends.
  fc.tuple(frac, fc.constantFrom("\u0007", "\u001b[31m", "\u000b", "\u000c", "\r", "\u2028", "\u2029", "\u0085", "\ufeff", "\ufffd", "\u00ad", "\u200b".repeat(50))).map(([f, c]): TextEdit => (s) => insertAt(s, f, c)),
  // A long run without a sentence end, or one word repeated.
  fc.tuple(frac, fc.integer({ min: big(1000), max: big(30_000) })).map(([f, n]): TextEdit => (s) => insertAt(s, f, " and 300 shells".repeat(Math.floor(n / 15)))),
  fc.tuple(frac, fc.integer({ min: big(1000), max: big(60_000) })).map(([f, n]): TextEdit => (s) => insertAt(s, f, "x".repeat(n))),
  // Truncation, duplication and shuffling of the page.
  frac.map((f): TextEdit => (s) => s.slice(0, at(s, f))),
  fc.integer({ min: 2, max: LARGE ? 30 : 4 }).map((n): TextEdit => (s) => s.repeat(n)),
  fc.tuple(frac, frac).map(([a, b]): TextEdit => (s) => s.slice(at(s, b)) + s.slice(0, at(s, a))),
  // Astral characters and split surrogates.
  fc.tuple(frac, fc.constantFrom("\ud800", "\udfff", "😀".repeat(100), "𝟑𝟎𝟎𝟎", "a\u0301\u0301\u0301")).map(([f, c]): TextEdit => (s) => insertAt(s, f, c)),
  // Random strings of any characters.
  fc.tuple(frac, fc.string({ unit: "binary", maxLength: 200 })).map(([f, r]): TextEdit => (s) => insertAt(s, f, r)),
);

const BAD_UTF8 = [[0xc3], [0xff], [0xfe, 0xff], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80, 0x80, 0x80], [0xef, 0xbb, 0xbf], [0xff, 0xfe]];

const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.array(fc.tuple(frac, fc.constantFrom(...BAD_UTF8)), { minLength: 1, maxLength: 20 }).map((xs): ByteEdit => (b) => {
    let out = b;
    for (const [f, bad] of xs) {
      const i = Math.floor(f * out.length);
      const next = new Uint8Array(out.length + bad.length);
      next.set(out.subarray(0, i));
      next.set(bad, i);
      next.set(out.subarray(i), i + bad.length);
      out = next;
    }
    return out;
  }),
  // A byte order mark of another encoding in front.
  fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]).map((bom): ByteEdit => (b) => Uint8Array.from([...bom, ...b])),
  // Random bytes flipped.
  fc.array(fc.tuple(frac, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }).map((xs): ByteEdit => (b) => {
    const out = Uint8Array.from(b);
    for (const [f, v] of xs) if (out.length) out[Math.floor(f * out.length)] = v;
    return out;
  }),
);

export interface Mutant {
  readonly seed: Seed;
  readonly path: string;
  readonly bytes: Uint8Array;
  /** What was done, for a failing case's report. */
  readonly label: string;
}

/** A seed page with one to four text edits and up to two byte edits. */
export const mutant: fc.Arbitrary<Mutant> = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(textEdit, { minLength: 1, maxLength: 4 }), fc.array(byteEdit, { maxLength: 2 }), fc.boolean())
  .map(([seed, edits, bytesEdits, swapFormat]) => {
    let text = seed.text;
    for (const e of edits) text = e(text);
    let bytes: Uint8Array = enc.encode(text);
    for (const e of bytesEdits) bytes = e(bytes);
    // Sometimes a page of markup arrives named .txt, or plain text named .html.
    const format = swapFormat ? (seed.format === "html" ? "txt" : "html") : seed.format;
    return { seed, path: seed.name.replace(/\.(txt|html)$/, `.${format}`), bytes, label: `${seed.name} + ${edits.length} text edit(s), ${bytesEdits.length} byte edit(s), as .${format}` };
  });
