/**
 * Returns `text`, read once so that V8 stores it as one flat string. A string
 * built by `+` or a template is a rope of pieces (a tree of objects) until
 * something reads its characters; the garbage collector then keeps only the
 * flat copy. Strings that end up in the report (ids, sentences) are flattened
 * as they are made, so the heap holds one object per string, not a rope.
 */
export function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}
