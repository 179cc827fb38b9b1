import type { ClaimKind, Item, Period, Quantity } from "../../core/claim.js";
import type { Span } from "../../core/span.js";
import type { ItemMention } from "./find-items.js";
import type { PageFlow } from "./page-flows.js";

/** What one sentence leaves for the next: its parties and period, for "these containers ..." */
export interface Context {
  supplier: string | null;
  recipient: string | null;
  period: Period | null;
  /** The parties of the claim that dated the report's shipment. */
  periodParties: string;
  cumulative: boolean;
  items: ItemMention[];
  /** Which way each of `items` moved in its sentence ("PRK>RUS"): a figure told the other way never takes it as cargo. */
  itemFlows?: ReadonlyMap<ItemMention, string>;
  producer: string | null;
  productionItem: Item | null;
  statusOwner: string | null;
  /** The last transfer told in the segment, for "Tehran rejected the accusation". */
  lastTransfer: { supplier: string; recipient: string; item: Item; span: Span } | null;
  /** The goods each noun of conveying was told with ("weapons shipments": shipment -> weapons-unspecified), for a bare "shipments" later. */
  conveyed: Map<string, Item>;
  /** The latest flow the segment told with each item ("ballistic-missiles" -> IRN>RUS), for a later clause that names no party. */
  itemFlow?: Map<Item, { supplier: string; recipient: string }>;
  /** The same, from the report's body only (no headline): the way each kind of goods was told going (claims/carry-flow.ts). */
  bodyItemFlow?: Map<Item, { supplier: string; recipient: string }>;
  /** The one state the segment's headline gives to with no giver ("Europe counts its gifts to Ukraine"), claims/receiver-in-focus.ts. */
  headlineReceiver?: string | null;
  /** The one state the page tells of giving to ("aid to Ukraine" again and again), for a lot valued with no receiver, claims/receiver-in-focus.ts. */
  pageReceiver?: string | null;
  /** The one state the page keeps placing goods in ("for Ukraine", "in Ukraine"), for counted aircraft promised with no receiver, claims/receiver-in-focus.ts. */
  pageDestination?: string | null;
  /** The flows the page told on a first reading, for a clause that leaves a party open (claims/page-flows.ts); unset on the first reading. */
  pageFlows?: readonly PageFlow[];
  /** Set where a shape gave the sentence a flow of its own (arms placed in a state by their model's maker): after the sentence the segment takes back the flow it carried before. */
  sentenceOnlyFlow?: boolean;
}

export interface Draft {
  kind: ClaimKind;
  supplier: string | null;
  recipient: string | null;
  item: Item;
  quantity: Quantity | null;
  calibre: string | null;
  parts: { amount?: Span; item?: Span; supplier?: Span; recipient?: Span; time?: Span; source?: Span };
  /** The end of the claim's last part: certainty cues after it qualify a purpose, not the claim. */
  lastPart: number;
  /** The clause the claim stands in: cues of other clauses do not weigh it. */
  clause: Span;
  /** Where the clause shares its subject with the one before, both: the dates of either date the claim. */
  timeClause?: Span;
  thing: string;
  /** Goods a sum is spent on buying for another ("EUR 200m to buying American kit for Ukraine"): the payer gives them, not their maker. */
  boughtForAnother?: boolean;
  /** Several speakers said "they" pay for the goods: each speaker's state gives them, in the claim of its own source. */
  paidBySpeakers?: boolean;
  /** Those speakers tell an agreement already made ("they had agreed to send"): the giving is asserted from the day they tell it. */
  agreedBySpeakers?: boolean;
  /** A sum that only prices a transfer told before ("The tanks are valued at $200 million"): that transfer, and the sentence that told it. */
  pricesTold?: { supplier: string; recipient: string; item: Item; sentence: Span };
}

export function emptyContext(): Context {
  return { supplier: null, recipient: null, period: null, periodParties: "", cumulative: false, items: [], producer: null, productionItem: null, statusOwner: null, lastTransfer: null, conveyed: new Map() };
}
