// Shared by the store tests that check one linking rule on a pair of reports: the pair links (or stays apart) the same
// way in memory, and in the store on every engine whichever report comes first.
import { afterAll, describe, expect, it } from "vitest";
import type { ArmsDocument } from "../../src/core/document.js";
import { linkClaims } from "../../src/link/link-claims.js";
import type { KyselyStore } from "../../src/store/open-store.js";
import type { Engine } from "./engines.js";

export interface PairCheck {
  /** The store suite's title; `$name` stands for the engine. */
  readonly title: string;
  /** Each case: its name, the report under test, and whether it joins `other`. */
  readonly cases: readonly (readonly [string, ArmsDocument, boolean])[];
  /** The report every case is set against. */
  readonly other: ArmsDocument;
  /** The names of the two orders: the case's report first, then `other` first. */
  readonly orders: readonly [string, string];
  /** Which claim of the case's report is compared (the first by default). */
  readonly claim?: number;
  /** The statement of the compared claim of a stored report. */
  readonly statementOf: (store: KyselyStore, id: string) => Promise<string | null | undefined>;
}

export function checkPairInBothOrders(engines: readonly Engine[], check: PairCheck): void {
  const { cases, other, orders, claim = 0, statementOf } = check;
  describe("in memory", () => {
    it.each(cases)("%s", (_name, first, one) => {
      const metas = new Map([first, other].map((d) => [d.meta.id, d.meta]));
      const links = linkClaims([...first.claims, ...other.claims], metas);
      expect(links.get(first.claims[claim].id) === links.get(other.claims[0].id)).toBe(one);
    });
  });

  describe.each(engines)(check.title, (engine: Engine) => {
    const opened: { dispose(): Promise<void> }[] = [];
    afterAll(async () => {
      for (const o of opened) await o.dispose();
    });

    for (const [name, first, one] of cases) {
      for (const order of orders) {
        it(`${name} (${order})`, async () => {
          const o = await engine.open();
          opened.push(o);
          const store = o.store as KyselyStore;
          for (const d of order === orders[0] ? [first, other] : [other, first]) await store.putDocument(d);
          expect((await statementOf(store, first.meta.id)) === (await statementOf(store, other.meta.id))).toBe(one);
        }, 60_000);
      }
    }
  });
}
