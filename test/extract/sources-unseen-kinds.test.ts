// attribute-sentences: kinds of "who says it" that must hold on wording no rule was written for. Each block is
// one shape, told at least three ways (own phrasings: other states, items, speakers).
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(text: string, outlet = "Probe Wire") {
  const doc = processDocument({ path: "kinds.txt", bytes: Buffer.from(text), meta: { id: "kinds", url: "https://probe.example/kinds", outlet, published: "2024-05-10" } as never });
  return doc.claims;
}

/** Every claim's source as "speaker | org | country" ("-" for null). */
function sourcesOf(text: string, outlet?: string): string[] {
  return claimsOf(text, outlet).map((c) => [c.source.speaker ?? "-", c.source.org ?? "-", c.source.country ?? "-"].join(" | "));
}

/** Asserts that the text yields claims, each with the given source (a pattern over "speaker | org | country"). */
function expectAll(text: string, source: RegExp, outlet?: string): void {
  const found = sourcesOf(text, outlet);
  expect(found.length).toBeGreaterThan(0);
  for (const s of found) expect(s).toMatch(source);
}

describe("a headline that names its source last, after a dash", () => {
  it.each([
    ["Chile shipped howitzers to Peru - Ecuadorian army", /^- \| Ecuadorian army \| ECU$/],
    ["Sweden sent patrol boats to Estonia — Finnish navy", /^- \| Finnish navy \| FIN$/],
    ["Peru got 40 howitzers from Chile – Bolivia", /\| BOL$/],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("an inverted speaker set off by a dash, or followed by a time phrase, speaks; the subject before does not", () => {
  it.each([
    ["At first the plan was a few hundred rifles for Peru, now Chile sends ten times more - noted Petrov.", "Petrov"],
    ["Chile sent 40 rifles to Peru last year, explained Vargas on Monday.", "Vargas"],
    ["Sweden delivered 12 patrol boats to Estonia — wrote Lindqvist in a blog post.", "Lindqvist"],
  ])("%s", (text, speaker) => expectAll(text, new RegExp(`^${speaker} \\|`)));
});

describe("a quotation goes on in its speaker's voice, and stops at narration", () => {
  it.each([
    ["“Chile has shipped 40 howitzers to Peru,” Ruiz said. “Another 20 tanks will go to Peru in May. Bolivia got 10 trucks from Chile too.”", "Ruiz"],
    ["\"Our navy has grown,\" Tamm said. \"We trained hard this year. Sweden delivered 12 patrol boats to Estonia in May.\"", "Tamm"],
    ["\"Our army is ready,\" Estonian General Mari Tamm told reporters. \"Sweden delivered 12 patrol boats to Estonia in May.\"", "Mari Tamm"],
  ])("%s", (text, speaker) => expectAll(text, new RegExp(`^${speaker} \\|`)));

  it.each([
    ["“Our army is ready,” Ruiz said. The convoy left Valparaiso at dawn. “Chile shipped 40 howitzers to Peru.”", "Ruiz"],
    ["“We are proud of our navy,” Ana Ruiz said. Lima has long wanted new ships. “Chile has shipped 4 frigates to Peru.”", "Ana Ruiz"],
    ["\"The border is calm,\" Mari Tamm told reporters. The port was busy all week. \"Sweden delivered 12 patrol boats to Estonia in May.\"", "Mari Tamm"],
  ])("narration between ends the quotation: a later quote is not the speaker's by default (%s)", (text, speaker) => {
    const found = sourcesOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s.startsWith(`${speaker} |`)).toBe(false);
  });
});

describe("an outlet that quotes or cites a speaker is no employer of theirs", () => {
  it.each([
    ["Chile shipped 40 howitzers to Peru, Chilean Defence Minister Ana Ruiz said, as quoted by Reuters.", /^Ana Ruiz \| - \| CHL$/],
    ["Sweden delivered 12 patrol boats to Estonia, Lars Berg said as cited by Bloomberg.", /^Lars Berg \| - \| -$/],
    ["Peru received 40 howitzers from Chile, Jorge Salas was quoted by the Associated Press as saying.", /^Jorge Salas \| - \| -$/],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("a state that ends the claim before a comma is no title of the inverted speaker", () => {
  it.each([
    ["Chile shipped 40 howitzers to Peru, Ruiz said on Monday.", /^Ruiz \| - \| -$/],
    ["Sweden delivered 12 patrol boats to Estonia, Berg told reporters.", /^Berg \| - \| -$/],
    ["Norway sent 30 trucks to Latvia, Hansen said.", /^Hansen \| - \| -$/],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("titles in lower case and titles of people named before they speak give the state", () => {
  it.each([
    ["Chile shipped 40 howitzers to Peru, Chilean defence minister Ana Ruiz said.", /^Ana Ruiz \| .* \| CHL$/],
    ["Peru received 4 frigates from Chile, Peruvian deputy defence minister Jorge Salas said.", /^Jorge Salas \| .* \| PER$/],
    ["Sweden delivered 12 patrol boats to Estonia, Estonian foreign minister Mari Tamm said on Monday.", /^Mari Tamm \| .* \| EST$/],
  ])("%s", (text, source) => expectAll(text, source));

  it.each([
    ["Chile's Defence Minister Ana Ruiz visited Lima on Monday. Chile shipped 40 howitzers to Peru last spring, the minister told reporters.", /^Ana Ruiz \| .* \| CHL$/],
    ["Estonia's Prime Minister Mari Tamm toured the port on Friday. Sweden delivered 12 patrol boats to Estonia, the prime minister said.", /^Mari Tamm \| .* \| EST$/],
    ["Peru's Defense Minister Jorge Salas met troops near the border. Peru has received 4 frigates from Chile, the minister said.", /^Jorge Salas \| .* \| PER$/],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("a name set off from its verb by a role, a relative clause or a participle's phrase still speaks", () => {
  it.each([
    ["Ruiz, the Chilean defence minister, told a news conference that Chile had shipped 40 howitzers to Peru.", /^Ruiz \| .* \| CHL$/],
    ["Tamm, an Estonian navy commander, said Sweden had delivered 12 patrol boats to Estonia.", /^Tamm \| .* \| EST$/],
    ["Salas, the Peruvian army chief, said Peru received 4 frigates from Chile.", /^Salas \| .* \| PER$/],
  ])("%s", (text, source) => expectAll(text, source));

  it.each([
    ["Ana Ruiz, who heads the Chilean army's logistics command, said in May that Chile had shipped 40 howitzers to Peru.", /^Ana Ruiz \| .* \| CHL$/],
    ["Jorge Salas, who runs Peru's navy, told reporters that Peru had received 4 frigates from Chile.", /^Jorge Salas \| .* \| PER$/],
    ["Swedish Defence Minister Lars Berg, standing beside the Estonian president at a naval base in Tallinn, said Sweden would send 12 patrol boats to Estonia.", /^Lars Berg \| .* \| SWE$/],
  ])("%s", (text, source) => expectAll(text, source));

  it.each([
    "Ana Ruiz, speaking alongside Peru's defence chief at a news conference, said Chile had shipped 40 howitzers to Peru.",
    "Lars Berg, standing next to Estonia's navy commander, said Sweden had delivered 12 patrol boats to Estonia.",
    "Mari Tamm, meeting Finland's army chief in Helsinki, said Sweden delivered 12 patrol boats to Estonia.",
  ])("a participle's phrase names company, no role: its state is not the speaker's (%s)", (text) => {
    const found = sourcesOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s).toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \| .* \| -$/u);
  });
});

describe("retorting, countering and replying are saying", () => {
  it.each([
    ["Peruvian President Jorge Salas retorted that Chile had shipped 40 howitzers to Peru.", /^Jorge Salas \| .* \| PER$/],
    ["The Chilean navy replied that Chile had shipped 12 patrol boats to Peru.", /^- \| Chilean navy \| CHL$/],
    ["Estonian Defence Minister Mari Tamm countered that Sweden had delivered 12 patrol boats to Estonia.", /^Mari Tamm \| .* \| EST$/],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("'the agency' points back to the news agency named before, though it said nothing yet", () => {
  it.each([
    ["KCNA carried a statement by the army on Tuesday. Russia sent 12 fighter jets to North Korea last year, the agency said.", /^- \| KCNA \| PRK$/],
    ["Xinhua ran a long feature on the border. China delivered 12 trucks to Laos in March, the agency said.", /^- \| Xinhua \| CHN$/],
    ["TASS carried the ministry's figures on Friday. The agency said Belarus had received 30 tanks from Russia.", /^- \| TASS \| RUS$/],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("a state broadcaster's own voice speaks for its state", () => {
  it.each([
    ["Turkey sold 3 drones to Albania in December.", "TRT World", "TUR"],
    ["China delivered 12 trucks to Laos in March.", "China Daily", "CHN"],
    ["Iran sent 40 drones to Russia last year.", "Tasnim News Agency", "IRN"],
  ])("%s (%s)", (text, outlet, country) => expectAll(text, new RegExp(`\\| ${country}$`), outlet));
});

describe("a state's role named alone in the lead is the official the next sentences name", () => {
  it.each([
    ["Lima's top diplomat said on Monday that Chile had shipped 40 howitzers to Bolivia. Speaking in Quito, Peruvian Foreign Minister Jorge Salas said the guns had crossed the border in May.", /^Jorge Salas \| .* \| PER$/],
    ["Stockholm's defence chief says Sweden has delivered 12 patrol boats to Estonia. Swedish Defence Minister Lars Berg told reporters Sweden had delivered 12 patrol boats to Estonia by June.", /^Lars Berg \| .* \| SWE$/],
    ["Madrid's top envoy said Spain had sent 30 trucks to Peru. Spanish Ambassador Ana Ruiz said Spain had sent 30 trucks to Peru in April.", /^Ana Ruiz \| .* \| ESP$/],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("unnamed officials with no state of their own speak for the state of the speaker just before", () => {
  it.each([
    ["The Chilean navy said on Monday that Chile had shipped 4 frigates to Peru. Chile will also send 12 patrol boats to Peru next year, officials said.", "officials", "CHL"],
    ["Estonian Defence Minister Mari Tamm said Sweden had delivered 12 patrol boats to Estonia. Sweden also sent 30 trucks to Estonia, a senior ministry official said.", "senior ministry official", "EST"],
    ["The Chilean navy said Chile had shipped 4 frigates to Peru. Peruvian officials said Peru had received 6 helicopters from Brazil. Brazil will also send 10 trucks to Peru, officials said.", "officials", "PER"],
  ])("%s", (text, org, country) => {
    const found = sourcesOf(text);
    expect(found).toContain(`- | ${org} | ${country}`);
  });
});

describe("unnamed people of a body speak for it, not the minister who heads it", () => {
  it.each([
    ["Officials of the Ministry of Defence of Chile have repeatedly rejected reports that Chile shipped 40 howitzers to Peru. Chilean Defence Minister Ana Ruiz said the reports were false.", "CHL"],
    ["Sources in the Swedish Defence Ministry said Sweden had delivered 12 patrol boats to Estonia. Swedish Defence Minister Lars Berg later visited Tallinn.", "SWE"],
    ["Officials from the Peruvian Defence Ministry said Peru had received 4 frigates from Chile. Peruvian Defence Minister Jorge Salas declined to comment.", "PER"],
  ])("%s", (text, country) => expectAll(text, new RegExp(`^- \\| .*Minist.* \\| ${country}$`)));
});

describe("the holder named after 'the <role> of <state>,' is the one who speaks", () => {
  it.each([
    ["Sweden delivered 12 patrol boats to Estonia, according to the prime minister of Estonia, Mari Tamm.", /^Mari Tamm \| .* \| EST$/],
    ["According to the president of Peru, Jorge Salas, Peru received 4 frigates from Chile.", /^Jorge Salas \| .* \| PER$/],
    ["Chile shipped 40 howitzers to Peru, said the defence minister of Chile, Ana Ruiz.", /^Ana Ruiz \| .* \| CHL$/],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("a role set after the inverted speaker's name, at the sentence's end, gives the state", () => {
  it.each([
    ["Chile shipped 40 howitzers to Peru, said Ana Ruiz, a spokeswoman for the Chilean defence ministry.", /^Ana Ruiz \| .* \| CHL$/],
    ["Sweden delivered 12 patrol boats to Estonia, said Lars Berg, the Swedish navy's chief of staff.", /^Lars Berg \| .* \| SWE$/],
    ["Peru received 4 frigates from Chile, said Jorge Salas, an adviser to the Peruvian president.", /^Jorge Salas \| .* \| PER$/],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("a leader's office speaks for the leader's state", () => {
  it.each([
    ["Peru received 4 frigates from Chile, the Peruvian president's office said.", "PER"],
    ["The Estonian prime minister's office said Sweden had delivered 12 patrol boats to Estonia.", "EST"],
    ["According to the Chilean president's office, Chile shipped 40 howitzers to Peru.", "CHL"],
  ])("%s", (text, country) => expectAll(text, new RegExp(`^- \\| .*office \\| ${country}$`)));
});

describe("people familiar with a matter are unnamed sources, not the outlet", () => {
  it.each([
    "Sweden delivered 12 patrol boats to Estonia, people familiar with the matter said.",
    "According to sources familiar with the deal, Chile shipped 40 howitzers to Peru.",
    "Officials briefed on the shipments said Peru had received 4 frigates from Chile.",
  ])("%s", (text) => expectAll(text, /^- \| \S+ (?:familiar|briefed) .* \| -$/));
});

describe("unnamed people in a body, after 'according to', are one source with the body's state", () => {
  it.each([
    ["According to a source in the Chilean defence ministry, Chile shipped 40 howitzers to Peru.", "CHL"],
    ["According to officials inside the Swedish navy, Sweden delivered 12 patrol boats to Estonia.", "SWE"],
    ["According to two sources at the Peruvian navy, Peru received 4 frigates from Chile.", "PER"],
  ])("%s", (text, country) => {
    const found = sourcesOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s).toMatch(new RegExp(`\\| ${country}$`));
  });
});

describe("posting on social media and a statement that reads are saying", () => {
  it.each([
    ["Chilean Defence Minister Ana Ruiz posted on social media that Chile had shipped 40 howitzers to Peru.", /^Ana Ruiz \| .* \| CHL$/],
    ["The Peruvian navy posted on Telegram that Peru had received 4 frigates from Chile.", /^- \| Peruvian navy \| PER$/],
    ["The statement from the Chilean army read: \"Chile has shipped 40 howitzers to Peru.\"", /^- \| Chilean army \| CHL$/],
    ["A statement by the Swedish navy reads: \"Sweden delivered 12 patrol boats to Estonia in May.\"", /^- \| Swedish navy \| SWE$/],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("a body whose numbers show the claim is its source", () => {
  it.each([
    ["Figures from the Swedish defence ministry show Sweden delivered 12 patrol boats to Estonia.", /^- \| Swedish defence ministry \| SWE$/],
    ["Statistics published by the Peruvian navy show Peru received 4 frigates from Chile.", /^- \| Peruvian navy \| PER$/],
    ["Data from the Chilean army suggest Chile shipped 40 howitzers to Peru.", /^- \| Chilean army \| CHL$/],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("'per the X' names the source like 'according to X'", () => {
  it.each([
    ["Per the Chilean defence ministry, Chile shipped 40 howitzers to Peru in May.", /^- \| Chilean defence ministry \| CHL$/],
    ["Per a statement from the Swedish navy, Sweden delivered 12 patrol boats to Estonia.", /^- \| Swedish navy \| SWE$/],
    ["Per the latest figures from the Peruvian army, Peru received 4 frigates from Chile.", /^- \| Peruvian army \| PER$/],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("an outlet that cites someone relays them; the one cited is no relay of itself", () => {
  it.each([
    ["Reuters, citing two Peruvian officials, reported that Peru had received 4 frigates from Chile.", "two Peruvian officials"],
    ["Bloomberg, citing Swedish navy officials, said Sweden had delivered 12 patrol boats to Estonia.", "Swedish navy officials"],
    ["The BBC, citing senior Chilean officials, reported that Chile had shipped 40 howitzers to Peru.", "senior Chilean officials"],
  ])("%s", (text, cited) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.source.org).toBe(cited);
      expect(c.relays).not.toContain(cited);
    }
  });
});

describe("a role word before a name is a title, not an unnamed speaker: the body it names keeps its state", () => {
  it.each([
    ["Peru received 40 howitzers from Chile on Monday, said army chief of staff General Jorge Salas. Peru paid for them. Peru will train its gunners in Peru's north.", /^Jorge Salas \| .* \| PER$/],
    ["Estonia received 12 patrol boats from Sweden last week, said military chief of staff General Mari Tamm. Estonia will base them in Estonia's west.", /^Mari Tamm \| .* \| EST$/],
    ["Chile shipped 4 frigates to Peru, said army chief General Ana Ruiz. Chile has trained crews in Chile since May.", /^Ana Ruiz \| .* \| CHL$/],
  ])("%s", (text, source) => expectAll(text, source));
});

describe("officials a qualifier names as others' keep no state from the speaker before", () => {
  it.each([
    "Estonian Defence Minister Mari Tamm said Sweden had delivered 12 patrol boats to Estonia. Sweden also sent 30 trucks to Estonia, Western officials said.",
    "The Chilean navy said on Monday that Chile had shipped 4 frigates to Peru. Chile will also send 12 patrol boats to Peru next year, foreign officials said.",
    "Peruvian officials said Peru had received 6 helicopters from Brazil. Brazil will also send 10 trucks to Peru, Nordic officials said.",
  ])("%s", (text) => expect(sourcesOf(text)).toContainEqual(expect.stringMatching(/^- \| (?:Western )?officials \| -$/)));
});

describe("a state's own state media speak for that state; other media do not", () => {
  it.each([
    ["North Korean state media said on Friday that Russia had sent 12 fighter jets to North Korea.", "PRK"],
    ["Russia sent 12 fighter jets to North Korea, Russian state media reported.", "RUS"],
    ["According to Iranian state media, Iran delivered 40 drones to Russia.", "IRN"],
  ])("%s", (text, country) => expectAll(text, new RegExp(`^- \\| .*media \\| ${country}$`)));
});
