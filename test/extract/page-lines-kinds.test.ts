// Page shapes met in crawls of wire services, podcasts, chat exports, analysis pages and wiki talk pages, written
// for the test: a wire service's list of timed flashes gives each flash a sentence of its own without its time and
// priority, and its notices to editors are furniture; a chapter list or a chat export whose rows open with a bare
// clock time keeps each row apart; a fact box set in an aside keeps its facts with the article; a note's number glued
// to a year at a sentence's end still ends the sentence; a talk page's signatures are cut and each indented reply
// starts a sentence of its own; a ticker line of headlines set apart by "+++" gives each headline on its own.
import { describe, expect, it } from "vitest";
import type { ArmsDocument } from "../../src/core/document.js";
import { readDocument } from "../../src/ingest/index.js";

const read = (text: string, path = "page.txt"): ArmsDocument =>
  readDocument({ path, bytes: Buffer.from(text), meta: { id: "shape", published: "2025-03-14" } });
const texts = (doc: ArmsDocument) => doc.sentences.map((s) => doc.slice(s.span));

describe("a wire service's list of timed flashes: one sentence a flash, its time, priority and notices cut", () => {
  it.each([
    [
      "HARBOUR NEWSWIRE - FLASH LIST - NORDIC DESK\n0912 URGENT -- FINLAND WILL SEND 12 MORTARS TO ESTONIA, DEFENCE MINISTER SAYS\n0915 URGENT -- MINISTER: FIRST MORTARS TO LEAVE THE DEPOT NEXT WEEK BY RAIL\n0940 ADVISORY -- Pictures from the ministry moving on the photo wire\n",
      "FINLAND WILL SEND 12 MORTARS TO ESTONIA, DEFENCE MINISTER SAYS",
      "ADVISORY",
    ],
    [
      "BALTIC WIRE DAY LIST\n1405 FLASH -- NORWAY TO GIVE LATVIA FOUR COASTAL RADARS THIS YEAR - PRIME MINISTER\n1410 -- LATVIA'S DEFENCE MINISTRY WELCOMES THE RADARS, GIVES NO DATE\n1433 CORRECTION -- Refiles 1405 item to fix the number of radars in the headline\n",
      "NORWAY TO GIVE LATVIA FOUR COASTAL RADARS THIS YEAR - PRIME MINISTER",
      "Refiles",
    ],
    [
      "IBERIA PRESS SERVICE - PRIORITY ITEMS\n2231 BULLETIN — SPAIN TO SEND SIX MORE AMBULANCES TO MOLDOVA, HEALTH MINISTRY SAYS\n2236 URGENT — MINISTRY: AMBULANCES TO BE DRIVEN ACROSS ROMANIA IN ONE CONVOY\n2250 ADVISORY — Full story of about 400 words to move within the hour\n",
      "SPAIN TO SEND SIX MORE AMBULANCES TO MOLDOVA, HEALTH MINISTRY SAYS",
      "Full story",
    ],
  ])("%#", (page, flash, notice) => {
    const found = texts(read(page));
    expect(found).toContain(flash);
    expect(found.some((t) => t.includes(notice))).toBe(false);
    expect(found.some((t) => /^\d{4} /.test(t))).toBe(false);
  });
});

describe("a row that opens with a bare clock time, or a chat line with its day and month, stands apart", () => {
  it.each([
    [
      "Episode notes\n\nChapters\n00:00 Opening words and a correction from the last episode\n04:15 Why Romania bought six more howitzers from Korea this spring\n12:30 Listener questions about fuel prices and winter storage rules\n",
      "04:15 Why Romania bought six more howitzers from Korea this spring",
    ],
    [
      "Programme rundown\n\n0:45 Headlines from the capitals of the region and the weather outlook\n1:02:15 Interview: Lisbon plans to lend Kyiv two more demining boats\n1:20:40 Closing remarks and a preview of what comes on next week's show\n",
      "1:02:15 Interview: Lisbon plans to lend Kyiv two more demining boats",
    ],
    [
      "Group export: logistics desk\n\n[03/11 14:20] ana_v: Zagreb confirms nine field kitchens went to Ukraine by road\n[03/11 14:26] tomas: any word on the second batch or is that still unsigned\n[04/11 08:02] ana_v: ministry says the rest will follow before the end of the month\n",
      "[03/11 14:20] ana_v: Zagreb confirms nine field kitchens went to Ukraine by road",
    ],
  ])("%#", (page, row) => {
    expect(texts(read(page))).toContain(row);
  });
});

const article = (box: string) => `<!doctype html><html><head><title>Desk</title></head><body><article><h1>Allies weigh the next step on air defence</h1>
<p>Ministers meeting in the capital on Tuesday spent most of the day on the question of which partner could spare more launchers before the winter, officials present at the talks said afterwards.</p>
<p>No new pledge was announced at the meeting itself, and the host government said the talks would go on at the level of experts over the coming weeks.</p>
${box}
<p>The next meeting of the group is planned for the spring, when the first results of the expert talks are due to be presented to ministers.</p>
</article></body></html>`;

describe("a fact box set in an aside keeps its facts with the article", () => {
  it.each([
    [`<aside class="fact"><h3>Who has given what</h3><p>Slovenia has handed over two short-range launchers. Croatia says it will send a radar in May.</p></aside>`, "Croatia says it will send a radar in May."],
    [`<aside class="key-points"><ul><li>Greece is to lend one battery to Bulgaria until 2027.</li><li>Cyprus has asked to buy four radars.</li></ul></aside>`, "Greece is to lend one battery to Bulgaria until 2027."],
    [`<aside class="box infobox"><p>Malta has given three patrol boats to Tunisia since 2022, the navy says.</p></aside>`, "Malta has given three patrol boats to Tunisia since 2022, the navy says."],
  ])("%#", (box, fact) => {
    expect(texts(read(article(box), "page.html"))).toContain(fact);
  });

  it("an aside of other stories stays out", () => {
    const found = texts(read(article(`<aside class="poll"><p>Reader poll: should the city keep its night buses running all year?</p></aside>`), "page.html"));
    expect(found.some((t) => t.includes("night buses"))).toBe(false);
  });
});

describe("a note's number glued to a year still ends the sentence", () => {
  it.each([
    ["Vilnius has received eight armoured ambulances from Oslo since 2021.3 Lithuanian officials expect four more.", "Vilnius has received eight armoured ambulances from Oslo since 2021.3"],
    ["The first radar reached Tallinn in 2019.14 The second one is still at the factory, the ministry said.", "The second one is still at the factory, the ministry said."],
    ["Prague says all the trucks will have left by the end of 2023.7 Critics doubt that date.", "Critics doubt that date."],
  ])("%#", (paragraph, sentence) => {
    expect(texts(read(`${paragraph}\n`))).toContain(sentence);
  });

  it("a decimal number is no note", () => {
    expect(texts(read("The package grew to 2.5 Billion euros in the ministry's own table.\n"))).toHaveLength(1);
  });
});

describe("a talk page's signatures are cut and each indented reply starts a sentence", () => {
  it.each([
    [
      "== Radar numbers ==\nThe ministry said in March that Latvia had received two radars from Norway, so the table should say two and not three as it does now. --Birchwood (talk) 10:14, 2 April 2024 (UTC)\n:Agreed, and the March statement should be cited as the source for that figure in the table. --Ostrava_k (talk) 11:20, 2 April 2024 (UTC)\n",
      "The ministry said in March that Latvia had received two radars from Norway, so the table should say two and not three as it does now.",
      ":Agreed, and the March statement should be cited as the source for that figure in the table.",
    ],
    [
      "== Boats ==\nA regional paper wrote that Estonia has lent Finland one minehunter for the summer exercises and that it returns in September. --Saimaa77 (talk) 08:05, 9 June 2023 (UTC)\n::Fine by me as long as we attribute it to the paper and say that the navy has not confirmed it. --Tartu-reader (talk)\n",
      "A regional paper wrote that Estonia has lent Finland one minehunter for the summer exercises and that it returns in September.",
      "::Fine by me as long as we attribute it to the paper and say that the navy has not confirmed it.",
    ],
    [
      "== Trucks ==\nPoland says it has handed forty trucks to Ukraine since January, but the figure in the lead still reads thirty. --Wisla_b (talk | contribs) 19:40, 1 May 2024 (UTC)\n:::Fixed the lead, and I added the ministry's release of 28 April as the citation for the forty trucks. --Gdansk-g (talk) 20:02, 1 May 2024 (UTC)\n",
      "Poland says it has handed forty trucks to Ukraine since January, but the figure in the lead still reads thirty.",
      ":::Fixed the lead, and I added the ministry's release of 28 April as the citation for the forty trucks.",
    ],
  ])("%#", (page, post, reply) => {
    const found = texts(read(page));
    expect(found).toContain(post);
    expect(found).toContain(reply);
    expect(found.some((t) => t.includes("(talk"))).toBe(false);
  });
});

describe("a ticker's line of headlines set apart by '+++' gives each headline on its own", () => {
  it.each([
    ["LIVE Warsaw to send Vilnius six more mine-clearing vehicles, says minister +++ Tram works in Mokotow extended +++ Zloty firmer against the euro +++", "LIVE Warsaw to send Vilnius six more mine-clearing vehicles, says minister"],
    ["Ferry strike called off +++ Oslo hands Riga two more coastal radars +++ Storm warning for the west coast", "Oslo hands Riga two more coastal radars"],
    ["+++ Madrid pledges ten field ambulances for Chisinau +++ Metro line 5 closed on Sunday +++", "Madrid pledges ten field ambulances for Chisinau"],
  ])("%#", (line, headline) => {
    const found = texts(read(`Breaking news\n\n${line}\n\nThe rest of the page follows here with a sentence of its own.\n`));
    expect(found).toContain(headline);
    expect(found.some((t) => t.includes("+++"))).toBe(false);
  });
});

describe("a timeline's row: its sentence read, with its date, even when short and holding a figure", () => {
  it.each([
    [
      "ORDERS BOOK, 2021-2023\n\n2021\n----\n14 Mar 2021 | Quito signs for eight C-295 transports from Spain.\n02 Sep 2021 | A parliament votes its budget.\n",
      "Quito signs for eight C-295 transports from Spain.",
    ],
    [
      "Naval tracker\n\n2023-06-02 | Santiago hands Lima two Type 209 boats.\n2023-07-11 | Refit begins at Callao.\n",
      "Santiago hands Lima two Type 209 boats.",
    ],
    [
      "What was agreed, by date\n\n9 Nov. 2022 | Oslo buys 3 K9 howitzers from Seoul.\n",
      "Oslo buys 3 K9 howitzers from Seoul.",
    ],
  ])("%#", (page, entry) => {
    const doc = read(page);
    expect(texts(doc).some((t) => t.endsWith(entry))).toBe(true);
  });
  it("a strip of figures with bars stays furniture", () => {
    const found = texts(read("Markets\nBrent 81.37 | Gold 2,341.10 | Oslo 9°C\n\nNorway will send six radars to Latvia, its defence minister said on Monday.\n"));
    expect(found.some((t) => t.includes("Brent"))).toBe(false);
  });
});
