// Used by a part's entry file (widget/lazy.ts): hands its exports to the
// widget that loaded it, on the script element, not in the page's globals.
// Imports nothing, so a part carries no more of the widget than it needs.
export function handOver(exports: unknown): void {
  (document.currentScript as (HTMLScriptElement & { wegwijsPart?: unknown }) | null)!.wegwijsPart = exports;
}
