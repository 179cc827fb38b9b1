import { describe, expect, it } from "vitest";
import { ArmsDocument } from "../../src/core/document.js";
import { findMentions, recogniseMentions } from "../../src/extract/recognise-mentions.js";

/** "surface=kind:entity/form" for each mention, in order (form omitted when it is "name"). */
function show(text: string): string[] {
  return findMentions(text).map((m) => `${text.slice(m.span.start, m.span.end)}=${m.kind}:${m.entity}${m.form === "name" ? "" : `/${m.form}`}`);
}

// Our own sentences, in varied phrasing; each row lists every mention expected, in order.
const cases: [string, string[]][] = [
  ["Iran, North Korea and Belarus have all been accused of arming Moscow.", ["Iran=state:IRN", "North Korea=state:PRK", "Belarus=state:BLR", "Moscow=state:RUS/seat"]],
  ["A North Korean freighter docked at a Russian port.", ["North Korean=state:PRK/adjective", "Russian=state:RUS/adjective"]],
  ["North Koreans and Russians trained together, Ukrainians said.", ["North Koreans=state:PRK/alias", "Russians=state:RUS/alias", "Ukrainians=state:UKR/alias"]],
  ["Pyongyang denied it; Seoul and Washington disagreed.", ["Pyongyang=state:PRK/seat", "Seoul=state:KOR/seat", "Washington=state:USA/seat"]],
  ["Officials in Kiev and in Kyiv both said so.", ["Kiev=state:UKR/seat", "Kyiv=state:UKR/seat"]],
  ["The DPRK and the ROK traded accusations, as did the PRC.", ["DPRK=state:PRK/alias", "ROK=state:KOR/alias", "PRC=state:CHN/alias"]],
  ["The U.S. and the UK, with Britain's allies, met the Russian Federation.", ["U.S.=state:USA/alias", "UK=state:GBR/alias", "Britain=state:GBR/alias", "Russian Federation=state:RUS/alias"]],
  ["Russia’s shells and China's drones reached the front.", ["Russia=state:RUS", "China=state:CHN"]],
  ["U.S.-made rockets and Russian-made guns were compared.", ["U.S.=state:USA/alias", "Russian=state:RUS/adjective"]],
  ["The North Korea-Russia partnership deepened.", ["North Korea=state:PRK", "Russia=state:RUS"]],
  ["The Kremlin declined to comment, and the White House was silent.", ["Kremlin=body:rus-presidency/seat", "White House=body:usa-white-house"]],
  ["South Korea's defence minister said the trains ran nightly.", ["South Korea's defence minister=body:kor-mnd/role"]],
  ["South Korea’s Defence Ministry, in a statement, agreed.", ["South Korea’s Defence Ministry=body:kor-mnd/alias"]],
  ["South Korean Defense Minister Shin Won-sik spoke first.", ["South Korean Defense Minister=body:kor-mnd/role", "Shin Won-sik=person:shin-won-sik"]],
  ["Later the Defense Minister Shin added a caveat.", ["Defense Minister Shin=person:shin-won-sik"]],
  ["Shin Wonsik and Shin Won Sik are the same man.", ["Shin Wonsik=person:shin-won-sik", "Shin Won Sik=person:shin-won-sik"]],
  ["Kim Jong-un greeted Kim Jong Un's guests.", ["Kim Jong-un=person:kim-jong-un", "Kim Jong Un=person:kim-jong-un"]],
  ["Zelenskyy thanked Berlin; Zelenskiy later thanked Paris.", ["Zelenskyy=person:volodymyr-zelensky", "Berlin=state:DEU/seat", "Zelenskiy=person:volodymyr-zelensky", "Paris=state:FRA/seat"]],
  ["Sergey Lavrov and Sergei Shoigu flew in.", ["Sergey Lavrov=person:sergei-lavrov", "Sergei Shoigu=person:sergei-shoigu"]],
  ["A Kremlin spokesman rejected the claim.", ["Kremlin spokesman=body:rus-presidency/role"]],
  ["The NIS told the National Assembly Intelligence Committee.", ["NIS=body:kor-nis/alias", "National Assembly Intelligence Committee=body:kor-assembly/alias"]],
  ["Ukraine's military intelligence, known as HUR or GUR, disagreed.", ["Ukraine's military intelligence=body:ukr-hur/alias", "HUR=body:ukr-hur/alias", "GUR=body:ukr-hur/alias"]],
  ["The Pentagon and the US State Department briefed reporters.", ["Pentagon=body:usa-dod/seat", "US State Department=body:usa-state-department/alias"]],
  ["The Ministry of Foreign Affairs of Belarus issued a note.", ["Ministry of Foreign Affairs of Belarus=body:blr-mfa/alias"]],
  ["The UN Security Council and the EU condemned it, as did NATO and the G7.", ["UN Security Council=body:unsc", "EU=body:eu/alias", "NATO=body:nato", "G7=body:g7"]],
  ["KCNA said so, Yonhap reported, citing TASS and Interfax.", ["KCNA=outlet:kcna", "Yonhap=outlet:yonhap", "TASS=outlet:tass", "Interfax=outlet:interfax"]],
  ["According to US media and Japanese media, the shipments grew.", ["US media=outlet:media-usa", "Japanese media=outlet:media-jpn"]],
  ["The Washington Post and The Kyiv Independent ran the story.", ["The Washington Post=outlet:washington-post", "The Kyiv Independent=outlet:kyiv-independent"]],
  ["White House National Security Council spokesman Adm. John Kirby spoke.", ["White House National Security Council spokesman=body:usa-nsc/role", "Adm. John Kirby=person:john-kirby"]],
  ["Ukraine's General Staff disputed a Russian General Staff of the Armed Forces figure that General Staff of the Armed Forces of Russia officers repeated.", ["Ukraine's General Staff=body:ukr-general-staff/alias", "Russian General Staff of the Armed Forces=body:rus-general-staff/alias", "General Staff of the Armed Forces of Russia=body:rus-general-staff/alias"]],
  ["Kyiv's HUR chief Budanov gave a figure.", ["Kyiv's HUR chief=body:ukr-hur/role", "Budanov=person:kyrylo-budanov/alias"]],
  ["In the North, factories ran at full tilt.", ["the North=state:PRK/alias"]],
  ["North Korean leader Kim waved as Chinese Foreign Minister Wang looked on.", ["North Korean leader=body:prk-government/role", "Kim=person:kim-jong-un/alias", "Chinese Foreign Minister=body:chn-mfa/role", "Wang=person:wang-yi/alias"]],
  ["NORTH KOREA AND RUSSIA SIGN A TREATY", ["NORTH KOREA=state:PRK", "RUSSIA=state:RUS"]],
  ["Sino-Russian trade and Iran-backed groups drew Tehran's denials.", ["Sino=state:CHN/adjective", "Russian=state:RUS/adjective", "Iran=state:IRN", "Tehran=state:IRN/seat"]],
  ["Japanese Prime Minister Fumio Kishida met UK Foreign Secretary David Lammy.", ["Japanese Prime Minister=body:jpn-government/role", "Fumio Kishida=person:fumio-kishida", "UK Foreign Secretary=body:gbr-fcdo/role", "David Lammy=person:david-lammy"]],
  ["Mr Peskov, Ms Zakharova and President Lukashenko spoke; so did Lukashenka.", ["Mr Peskov=person:dmitry-peskov", "Ms Zakharova=person:maria-zakharova", "President Lukashenko=person:alexander-lukashenko", "Lukashenka=person:alexander-lukashenko"]],
  ["Russian state media and North Korea's state media agreed, the Foreign Ministry of the Russian Federation said.", ["Russian state media=outlet:media-rus/alias", "North Korea's state media=outlet:media-prk/alias", "Foreign Ministry of the Russian Federation=body:rus-mfa/alias"]],
  ["South Korean military intelligence and the Islamic Republic of Pakistan were named.", ["South Korean military intelligence=body:kor-dia/alias", "Islamic Republic of Pakistan=state:PAK/alias"]],
  // Negatives: no mention inside other words, nor from bare Korea/Korean, nor from ignored phrases.
  ["Chadwick plugged a USB stick into the Nigerian's laptop.", ["Nigerian=state:NGA/adjective"]],
  ["The Korean Peninsula and Korean food are not states.", []],
  ["Korea and Korean: ambiguous, so nothing.", []],
  ["Across North America and the South China Sea, nothing is a state.", []],
  ["the North Atlantic Treaty is not the North.", ["the North=state:PRK/alias"]],
  ["us and them; chinese whispers; turkey for dinner.", []],
  ["Bank of America and Latin American banks lent to Korean firms.", []],
  ["Kim said nothing, and Lawmakers met.", []],
  ["The defence ministry said, and the foreign minister agreed.", []],
  ["Iranian drones, not Iran's, were found in Niger, not Nigeria.", ["Iranian=state:IRN/adjective", "Iran=state:IRN", "Niger=state:NER", "Nigeria=state:NGA"]],
];

describe("recognise-mentions: sentences", () => {
  it.each(cases)("%s", (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  it("keeps the state and the org of a person", () => {
    const [m] = findMentions("Choe Son Hui arrived.");
    expect(m).toMatchObject({ kind: "person", entity: "choe-son-hui", name: "Choe Son Hui", state: "PRK", org: "prk-mfa" });
  });

  it("marks weak aliases", () => {
    expect(findMentions("the North fired again")[0].weak).toBe(true);
    expect(findMentions("North Korea fired again")[0].weak).toBeUndefined();
  });

  it("matches across curly quotes and line breaks inside a name", () => {
    expect(show("“Vladimir\u00a0Putin” met “Kim Jong Un”.")).toEqual(["Vladimir\u00a0Putin=person:vladimir-putin", "Kim Jong Un=person:kim-jong-un"]);
  });
});

describe("recognise-mentions: the stage", () => {
  function run(text: string, sentences?: [number, number][]) {
    const doc = new ArmsDocument("t.txt", new Uint8Array(), { id: "t" });
    doc.text = text;
    for (const [start, end] of sentences ?? []) doc.sentences.push({ span: { start, end }, segment: 0, headline: false });
    recogniseMentions()(doc);
    return doc;
  }

  it("resolves a surname alone to the person named in full elsewhere in the document", () => {
    const doc = run("Peskov spoke first. Later Dmitry Peskov said more. Peskov then left.");
    expect(doc.mentions.map((m) => `${doc.slice(m.span)}:${m.entity}:${m.form}`)).toEqual([
      "Peskov:dmitry-peskov:alias", "Dmitry Peskov:dmitry-peskov:name", "Peskov:dmitry-peskov:alias",
    ]);
  });

  it("leaves a surname shared by two people named in the document unresolved", () => {
    const doc = run("Kim Jong Un met Kim Yo Jong. Kim spoke.");
    expect(doc.mentions.map((m) => doc.slice(m.span))).toEqual(["Kim Jong Un", "Kim Yo Jong"]);
  });

  it("looks only inside sentences, and every span re-slices the text", () => {
    const text = "Menu Russia Home\nNorth Korea sent shells to Russia. Seoul said so.";
    const start = text.indexOf("North");
    const doc = run(text, [[start, text.indexOf(" Seoul")], [text.indexOf("Seoul"), text.length]]);
    expect(doc.mentions.map((m) => doc.slice(m.span))).toEqual(["North Korea", "Russia", "Seoul"]);
    for (const m of doc.mentions) expect(doc.slice(m.span)).toBe(text.slice(m.span.start, m.span.end));
  });

  it("finds a name that ends a sentence even where a longer form runs on past it", () => {
    const text = "The envoy flew to Kyiv\nIndependent experts met him.";
    const doc = run(text, [[0, text.indexOf("\n")], [text.indexOf("Independent"), text.length]]);
    expect(doc.mentions.map((m) => doc.slice(m.span))).toEqual(["Kyiv"]);
  });

  it("stays the same when run twice or given overlapping sentences", () => {
    const text = "Seoul said the Kremlin lied.";
    const doc = run(text, [[0, text.length], [6, text.length]]);
    recogniseMentions()(doc);
    expect(doc.mentions.map((m) => doc.slice(m.span))).toEqual(["Seoul", "Kremlin"]);
  });

  it("gives sorted, non-overlapping mentions", () => {
    const doc = run("Russia’s Defence Minister Andrei Belousov met North Korean Defence Minister No Kwang Chol in Pyongyang; Belousov smiled.");
    const spans = doc.mentions.map((m) => m.span);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    expect(doc.mentions.map((m) => m.entity)).toEqual(["rus-mod", "andrei-belousov", "prk-mod", "no-kwang-chol", "PRK", "andrei-belousov"]);
  });
});

describe("recognise-mentions: properties", () => {
  const pieces = ["North Korea", "Russia’s", "the Kremlin", "Shin Won-sik", "US-made", "Chadwick", "USB", "Korean", "defence minister", "South Korea's defence ministry", "said", ",", "and", "“", "”", "Kim", "Yonhap", "UN", "the North", "of Ukraine", "\n", "Iranian-backed"];
  it("gives sorted, non-overlapping spans that re-slice to trimmed text, whatever the mix", async () => {
    const fc = await import("fast-check");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.constantFrom(" ", "  ", "\u00a0", ""), (parts, sep) => {
        const text = parts.join(sep);
        let last = 0;
        for (const m of findMentions(text)) {
          expect(m.span.start).toBeGreaterThanOrEqual(last);
          expect(m.span.end).toBeGreaterThan(m.span.start);
          const slice = text.slice(m.span.start, m.span.end);
          expect(slice.trim()).toBe(slice);
          expect(/^[\p{L}\p{N}]/u.test(slice)).toBe(true);
          last = m.span.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
