import type { Trigger } from "../direction.js";
import { alsoShown, soWere } from "./continued.js";
import { arrival } from "./arrival.js";
import { attack } from "./attack.js";
import { clauseDefault } from "./clause-default.js";
import { departure } from "./departure.js";
import { estimate, lotCount } from "./estimate.js";
import { follow } from "./follow.js";
import { futureArrival } from "./future-arrival.js";
import type { Shape, ShapeInput } from "./frame.js";
import { importsFrom } from "./imports-from.js";
import { inventory } from "./inventory.js";
import { loading } from "./loading.js";
import { origin } from "./origin.js";
import { packageContents } from "./package-contents.js";
import { personnel } from "./personnel.js";
import { presence } from "./presence.js";
import { supplierRole } from "./supplier-role.js";
import { underWay } from "./under-way.js";

/** The claim shapes without a transfer verb (frames in src/knowledge/shapes.json), in the order tried. */
export const SHAPES: readonly Shape[] = [packageContents, inventory, origin, presence, personnel, supplierRole, attack, alsoShown, soWere, importsFrom, clauseDefault, arrival, departure, loading, follow, futureArrival, underWay, estimate, lotCount];

/** The transfer words the shapes find in one sentence, in text order (document offsets). */
export function shapeTriggers(input: ShapeInput): Trigger[] {
  return SHAPES.flatMap((shape) => shape(input)).sort((a, b) => a.start - b.start);
}

export type { Shape, ShapeInput } from "./frame.js";
