// FNV-1a, 32 bit: a tiny synchronous hash that runs the same on Node, in
// workerd and in a browser. Used for content versions, ETags and short step
// keys; not for anything secret.
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shortHash(text: string, length = 7): string {
  return fnv1a(text).toString(36).padStart(length, '0').slice(-length);
}
