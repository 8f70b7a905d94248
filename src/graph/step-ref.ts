// Taking a StepRef ("flowId/stepId") apart. Shared by the compiler, the
// engine, the site and the widget, so all of them read a ref the same way.
import type { StepRef } from './types.js';

/** "omstander/gevaar-nu" → "omstander" */
export function flowOf(ref: StepRef): string {
  return ref.slice(0, ref.indexOf('/'));
}

/** "omstander/gevaar-nu" → "gevaar-nu" */
export function stepIdOf(ref: StepRef): string {
  return ref.slice(ref.indexOf('/') + 1);
}
