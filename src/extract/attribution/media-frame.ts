import type { Speaker } from "./speakers.js";

/**
 * The media among a sentence's speakers that only frame what a named speaker says: "“The Pentagon
 * reckoned that ...,” the Post noted", "Chile sent ..., the ministry said, the Tribune reported". The
 * one quoted makes the claim; the outlet passes it on. Returns the framing media (empty where the
 * sentence has no other speaker, or only media speak).
 *
 *     [Pentagon (body), the Post (media)] -> [the Post]
 */
export function framingMedia(chosen: readonly Speaker[]): Speaker[] {
  const media = chosen.filter((c) => c.voice === "media" && (c.kind === "media" || c.kind === "outlet"));
  if (!media.length || media.length === chosen.length) return [];
  // Another speaker that passes claims on itself ("the officials" pointer to media) leaves nobody to frame.
  return chosen.some((c) => c.voice !== "media" && c.kind !== "media" && c.kind !== "outlet") ? media : [];
}
