/**
 * An empty array made to hold objects: `const drafts: Draft[] = objectList()`.
 *
 * V8 gives an array a hidden class by the kind of its elements: a fresh `[]` holds small integers until an object
 * is pushed into it. A large function that reads `.length` or a method of a list that is sometimes still empty
 * meets both classes, and its optimised code, compiled for the one it saw first, is thrown away when the other
 * comes (and compiled again: for the largest rule functions, seconds of a compiler thread). An array that has held
 * an object keeps the object kind when emptied, so every list made here has one class from the start.
 */
export function objectList<T extends object>(): T[] {
  const list = [{}] as T[];
  list.pop();
  return list;
}
