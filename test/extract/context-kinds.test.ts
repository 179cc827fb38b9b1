// A sentence that names no party of its own carries the flow told before only where it goes on telling that flow:
// not where its subject is a business or a market, not where "supply chains" name an industry's inputs, and a
// state named as the seat of a research body is no party at all. Texts of our own, run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** "supplier recipient item" for each transfer claim of `text`. */
function transfers(text: string): string[] {
  const doc = processDocument({ path: "context.txt", bytes: new TextEncoder().encode(text), meta: { id: "context", published: "2024-06-01", outlet: "Test Wire" } });
  return doc.claims.filter((c) => c.kind === "transfer").map((c) => [c.supplier ?? "-", c.recipient ?? "-", c.item].join(" "));
}

describe("a clause whose subject is a business or a market takes no flow from before", () => {
  it.each([
    ["Spain sold eight frigates to Egypt in March, the defence ministry in Madrid said.\n\nThe shipbuilding company later said the export ban would cost it two billion euros in sales.\n", "ESP EGY naval", "ESP EGY money"],
    ["Chile has delivered 40 tanks to Peru, officials said.\n\nThe electronics industry exported components worth $80 billion around the world last year.\n", "CHL PER armoured-vehicles", "CHL PER raw-materials"],
    ["Poland shipped rifles to Moldova last month.\n\nEuropean producers say they will be able to make some 300,000 grenades a year by 2027.\n", "POL MDA weapons-unspecified", "POL MDA ammunition"],
  ])("%s", (text, want, wrong) => {
    const got = transfers(text);
    expect(got).toContain(want);
    expect(got).not.toContain(wrong);
  });
});

describe("supply chains name an industry's inputs, no transfer", () => {
  it.each([
    ["Chile delivered 30 tanks to Peru in May.\n\nAnalysts warn that supply chains for steel and explosives remain tight.\n", "CHL PER armoured-vehicles"],
    ["Greece sent 20 armoured vehicles to Cyprus last year.\n\nOfficials admit the supply chain for gunpowder is the weakest link.\n", "GRC CYP armoured-vehicles"],
    ["Austria handed 12 helicopters to Slovenia in April.\n\nExperts say supply-chain bottlenecks in rare-earth magnets and castings will persist.\n", "AUT SVN aircraft"],
  ])("%s", (text, want) => {
    const got = transfers(text);
    expect(got).toEqual([want]);
  });
});

describe("a state named as the seat of a research body is no party", () => {
  it.each([
    ["The biggest seller of weapons is still Germany, which made up 35 percent of worldwide exports of major arms in the latest period studied by a Helsinki peace institute.\n", "FIN"],
    ["The largest exporter of arms was again the United States, which took 40 percent of global weapons sales over the period surveyed by an Oslo peace academy.\n", "NOR"],
    ["The world's leading exporter of weapons remains Russia, which made up 20 percent of arms exports in the period covered by a Vienna research centre.\n", "AUT"],
  ])("%s", (text, seat) => {
    const got = transfers(text);
    expect(got.filter((c) => c.split(" ").slice(0, 2).includes(seat))).toEqual([]);
  });
});

describe("a flow told long before goes stale for a clause that names no party", () => {
  it.each([
    ["Chile sent 30 tanks to Peru in March, the army said.\n\nThe border has been calm for years. Trade between the two has grown. Tourism is rising too. The two leaders met twice in the spring. They spoke about fishing rights. They also discussed a new road. Farmers welcomed the talks. Prices for copper were high.\n\nNine launchers were handed over last year.\n", "CHL PER armoured-vehicles"],
    ["Greece delivered 12 helicopters to Cyprus in May, officials said.\n\nAthens hosted a summit on shipping later that month. Ministers talked about ports. Ferry operators asked for subsidies. Fuel costs were a concern. The weather disrupted some crossings. Unions threatened a strike. A compromise was found in June.\n\nAbout 40 mortars were sent in the autumn.\n", "GRC CYP aircraft"],
    ["Austria handed 15 trucks to Slovenia in January, the ministry said.\n\nThe capital was busy that winter. Snow closed several roads. Schools shut for a week. Skiers flocked to the resorts. Hotels reported full bookings. Rail staff worked extra shifts. The mayor praised the volunteers.\n\nSix howitzers were handed over in the spring.\n", "AUT SVN armoured-vehicles"],
  ])("%s", (text, want) => {
    expect(transfers(text)).toEqual([want]);
  });
});
