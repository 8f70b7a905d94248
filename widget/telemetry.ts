// Anonymous event counting from the widget (issue 7). Placeholder: sends nothing yet.
import type { CountedEvent } from '../src/shared/api-types.js';

export function report(_api: string, _event: CountedEvent): void {}
