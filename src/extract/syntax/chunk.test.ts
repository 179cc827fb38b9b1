import { describe, expect, it } from "vitest";
import { tagText } from "../tag-sentences.js";
import { SentenceSyntax } from "./arguments.js";
import { chunk, codeTokens } from "./chunk.js";

/** "[NP North Korea] [VP sent] ..." for a text, tagged by wink. */
function chunks(text: string): string[] {
  const tokens = tagText(text);
  return chunk(tokens, text).map((c) => `${c.kind}${c.passive ? "/passive" : ""}:${text.slice(tokens[c.from].span.start, tokens[c.to - 1].span.end)}`);
}

function syntaxOf(text: string, triggers: string[] = []): SentenceSyntax {
  const spans = triggers.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length }));
  return new SentenceSyntax(text, tagText(text), spans);
}

const at = (text: string, word: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(word, i + 1);
  return { start: i, end: i + word.length };
};

function args(text: string, verb: string, role: "give" | "get" | "pay" | "giveNoun" | "getNoun") {
  const a = syntaxOf(text, [verb]).argumentsOf(at(text, verb), role);
  const words = (xs: readonly { start: number; end: number }[] | undefined) => (xs ?? []).map((s) => text.slice(s.start, s.end));
  return { giver: words(a?.giver), receiver: words(a?.receiver), passive: a?.passive ?? null };
}

describe("tagText", () => {
  it("keeps each word's offsets, shifted into the document", () => {
    const text = "Iran’s drones reached Russia.";
    for (const t of tagText(text, 100)) expect(t.span.start).toBeGreaterThanOrEqual(100);
    const tokens = tagText(text);
    expect(tokens.map((t) => text.slice(t.span.start, t.span.end))).toEqual(["Iran", "’s", "drones", "reached", "Russia", "."]);
    expect(tokens[3].pos).toBe("VERB");
    expect(tokens[3].lemma).toBe("reach");
  });
});

describe("codeTokens", () => {
  it("gives one letter a word, whatever the word: names of Object's own properties are words too", () => {
    for (const text of ["The constructor of the ships said they were sent to Russia.", "A valueOf test and a toString call were shipped.", "The hasOwnProperty clause of the deal names the buyer."]) {
      const coded = codeTokens(tagText(text), text);
      expect(coded).toMatch(/^[A-Za-z,.;:()"'-]+$/);
      expect(coded.length).toBe(tagText(text).length);
    }
  });
});

describe("chunk", () => {
  it("groups noun phrases with possessors and verb groups with their auxiliaries", () => {
    expect(chunks("Poland's army has received forty tanks from Germany.")).toEqual(["NP:Poland's army", "VP:has received", "NP:forty tanks", "O:from", "NP:Germany", "O:."]);
  });
  it("marks passives, and not progressives", () => {
    expect(chunks("Tanks were sent to Kyiv.")).toContain("VP/passive:were sent");
    expect(chunks("Seoul has been handed the shells.")).toContain("VP/passive:has been handed");
    expect(chunks("Minsk is sending troops north.")).toContain("VP:is sending");
  });
  it("keeps an infinitive as one chunk, and 'at least' out of prepositions", () => {
    expect(chunks("Cairo agreed to buy at least ten jets.")).toEqual(["NP:Cairo", "VP:agreed", "TO:to buy", "NP:at least ten jets", "O:."]);
  });
  it("joins hyphenated modifiers to their noun", () => {
    expect(chunks("Chinese-made drones arrived.")[0]).toBe("NP:Chinese-made drones");
  });
});

describe("argumentsOf", () => {
  it("reads the active voice: subject gives, 'to' receives", () => {
    expect(args("Italy sent two frigates to Egypt.", "sent", "give")).toEqual({ giver: ["Italy"], receiver: ["Egypt"], passive: false });
  });
  it("reads double objects and 'with'", () => {
    expect(args("Turkey supplied Qatar with armed drones.", "supplied", "give").receiver).toEqual(["Qatar"]);
  });
  it("reads the passive: 'by' gives, the subject or 'to' receives", () => {
    expect(args("Serbia was provided with radars by China.", "provided", "give")).toEqual({ giver: ["China"], receiver: ["Serbia"], passive: true });
    expect(args("Radars were delivered to Serbia by China.", "delivered", "give")).toEqual({ giver: ["China"], receiver: ["Serbia"], passive: true });
    expect(args("Missiles supplied by Iran reached Yemen.", "supplied", "give").giver).toEqual(["Iran"]);
  });
  it("reads getting: subject receives, 'from' gives", () => {
    expect(args("Hungary bought rifles from Czechia.", "bought", "get")).toEqual({ giver: ["Czechia"], receiver: ["Hungary"], passive: false });
  });
  it("reads paying and thanking: the object gives the goods", () => {
    expect(args("Moscow pays Tehran for the drones.", "pays", "pay")).toEqual({ giver: ["Tehran"], receiver: ["Moscow"], passive: false });
    expect(args("Kyiv thanked Oslo for the rifles.", "thanked", "pay")).toEqual({ giver: ["Oslo"], receiver: ["Kyiv"], passive: false });
  });
  it("skips a relative clause or an aside between subject and verb", () => {
    expect(args("Belarus, which borders Poland, sent trucks to Russia.", "sent", "give").giver).toEqual(["Belarus"]);
    expect(args("Belarus, meanwhile, sent trucks to Russia.", "sent", "give").giver).toEqual(["Belarus"]);
  });
  it("gives an infinitive the subject of the verb that governs it", () => {
    expect(args("Spain agreed to send tanks to Latvia.", "send", "give").giver).toEqual(["Spain"]);
  });
  it("gives a participle after a comma the subject of its clause", () => {
    expect(args("Iran stood by Moscow, supplying the country with drones.", "supplying", "give")).toMatchObject({ giver: ["Iran"], receiver: ["the country"] });
  });
  it("reads noun triggers: possessor and 'to'", () => {
    expect(args("Japan's deliveries to Manila continued.", "deliveries", "giveNoun")).toMatchObject({ giver: ["Japan's"], receiver: ["Manila"] });
  });
});

describe("notAParty", () => {
  const why = (text: string, name: string, triggers: string[] = [], nth = 0) => syntaxOf(text, triggers).notAParty(at(text, name, nth));
  it("finds targets", () => {
    expect(why("Drones were launched at Ukraine.", "Ukraine")).toBe("target");
    expect(why("Shells arrived weeks after the invasion of Ukraine.", "Ukraine")).toBe("target");
  });
  it("finds aggressors and possessors of others", () => {
    expect(why("Shells fed Russia's war.", "Russia")).toBe("aggressor");
    expect(why("Ukraine's allies sent tanks.", "Ukraine")).toBe("relation");
  });
  it("finds reporting nouns and titles", () => {
    expect(why("Reports from Kyiv said drones arrived.", "Kyiv")).toBe("reporting");
    expect(why("US officials said drones arrived.", "US")).toBe("reporting");
  });
  it("finds purposes after the transfer word", () => {
    expect(why("Iran sent drones to Russia for use in its war against Ukraine.", "Ukraine", ["sent"])).toBe("purpose");
    expect(why("Iran sent drones to Russia to strike Ukrainian cities.", "Ukrainian", ["sent"])).toBe("purpose");
  });
  it("leaves the parties alone", () => {
    const text = "Iran sent drones to Russia's army for use against Ukraine.";
    expect(why(text, "Iran", ["sent"])).toBeNull();
    expect(why(text, "Russia", ["sent"])).toBeNull();
    expect(why("Seoul agreed to supply Warsaw with tanks.", "Warsaw", ["supply"])).toBeNull();
  });
});

describe("notAParty keeps the subject of what is reported", () => {
  it("reads 'accusations of X supplying' as X acting", () => {
    const text = "Oslo dismissed claims of Minsk supplying rifles to Moscow.";
    expect(syntaxOf(text, ["supplying"]).notAParty(at(text, "Minsk"))).toBeNull();
    const other = "Rome denied reports of Ankara and Baku sending drones to Kyiv.";
    expect(syntaxOf(other, ["sending"]).notAParty(at(other, "Ankara"))).toBeNull();
    expect(syntaxOf("Reports from Kyiv say drones arrived.").notAParty({ start: 13, end: 17 })).toBe("reporting");
  });
});

describe("notAParty: objects of attack, places, relations and headline sources", () => {
  const why = (text: string, name: string, triggers: string[] = [], nth = 0) => syntaxOf(text, triggers).notAParty(at(text, name, nth));
  it("makes the object of a verb of attack a target", () => {
    expect(why("Russian units are hitting Ukraine with Iranian drones.", "Ukraine")).toBe("target");
    expect(why("Houthi fighters attacked Israel with Iranian missiles.", "Israel")).toBe("target");
    expect(why("The army shelled Armenia with Turkish howitzers overnight.", "Armenia")).toBe("target");
  });
  it("makes a state after a state's body and 'in' a place", () => {
    expect(why("Minsk sent fuel to the Russian military in Ukraine.", "Ukraine", ["sent"])).toBe("place");
    expect(why("Iran is shipping drones to the Russian army in Syria.", "Syria", ["shipping"])).toBe("place");
    expect(why("Pyongyang supplied rockets to the Chinese navy in Cambodia.", "Cambodia", ["supplied"])).toBe("place");
    // (But "troops in Russia" is a transfer word of presence.)
    expect(why("North Korean troops in Russia fought near Kursk.", "Russia", ["troops in"])).toBeNull();
  });
  it("makes a state that describes counterparts or allies no party, possessor or not", () => {
    expect(why("The officers will train their Russian counterparts on the launchers.", "Russian")).toBe("relation");
    expect(why("Kyiv's allies sent tanks.", "Kyiv")).toBe("relation");
    expect(why("Pyongyang briefed its Iranian partners on the shells.", "Iranian")).toBe("relation");
  });
  it("reads a state after a dash at a headline's end as its source", () => {
    expect(why("Iran to swap oil for Russian jets - US", "US")).toBe("reporting");
    expect(why("Iran to send more drones to Russia – Ukraine", "Ukraine", [], 0)).toBe("reporting");
    expect(why("Belarus ships shells to Moscow — UK", "UK")).toBe("reporting");
  });
});

describe("argumentsOf: a verb after 'and' shares the subject before", () => {
  it("reads the subject of the first verb, not its object", () => {
    expect(syntaxOf("Russian troops are hitting Ukraine with drones and using Iranian UAVs.", ["using"]).argumentsOf(at("Russian troops are hitting Ukraine with drones and using Iranian UAVs.", "using"), "use")?.receiver.map((s) => "Russian troops are hitting Ukraine with drones and using Iranian UAVs.".slice(s.start, s.end))).toEqual(["Russian troops"]);
    const t2 = "Belarus repaired the tanks and sent them to Russia.";
    expect(args(t2, "sent", "give").giver).toEqual(["Belarus"]);
    const t3 = "Iran built the drones in Isfahan and shipped them to Moscow.";
    expect(args(t3, "shipped", "give").giver).toEqual(["Iran"]);
  });
});

describe("receivingPhrases and governorOf", () => {
  it("names the body that receives or uses, where a body of a state heads it", () => {
    const spans = (text: string, verb: string, role: "give" | "use" | "get") => syntaxOf(text, [verb]).receivingPhrases([{ ...at(text, verb), role }]).map((s) => text.slice(s.start, s.end));
    expect(spans("Belarus sent shells to Russian troops near Bakhmut.", "sent", "give")).toEqual(["Russian troops"]);
    expect(spans("Russian soldiers fired Iranian drones.", "fired", "use")).toEqual(["Russian soldiers"]);
    expect(spans("Chinese traders sold parts to Russian soldiers.", "sold", "give")).toEqual(["Russian soldiers"]);
    // (Goods that stand where a getter's own phrase does are no receiver: "crude imports".)
    expect(spans("Crude imports from Russia rose.", "imports", "get")).toEqual([]);
  });
  it("ties a thing to the one that holds it", () => {
    const text = "Half the chips in Russian drones came from China.";
    const g = syntaxOf(text).governorOf(at(text, "Russian drones"), ["in"]);
    expect(g && text.slice(g.start, g.end)).toBe("the chips");
  });
  it("finds a state that owns another in one phrase", () => {
    const text = "Beijing opposes US arms sales to China's Taiwan region.";
    expect(syntaxOf(text).possesses(at(text, "China"), at(text, "Taiwan"))).toBe(true);
    expect(syntaxOf(text).possesses(at(text, "Taiwan"), at(text, "China"))).toBe(false);
  });
});
