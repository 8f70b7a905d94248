// Chrome 80-90 mishandle an optional call whose spread argument is not the
// last one (crbug.com/42201552). The widget's build keeps `?.` as written for
// those engines (src/cli/build-widget.ts), so it checks its output for that one form.

/** Fails the build on an optional call with a non-final spread argument: Chrome 80-90 get it wrong. */
export function checkOptionalCalls(file: string, code: string): void {
  const bad = /\?\.(?:[\w$.]+)?\((?:[^()]|\([^()]*\))*?\.\.\.[^(),]*(?:\([^()]*\))?[^(),]*,/.exec(code);
  if (bad)
    throw new Error(
      `${file}: an optional call with a non-final spread argument (${bad[0].slice(0, 60)}…) breaks Chrome 80-90; write it without ?.`,
    );
}
