// What the parts around a conversation get from the widget (widget/extras.ts):
// types only, in a module of their own so the widget and its parts do not
// import each other.
import type { words as WordsText } from '../messages/nl/widget.json';
import type { FlowResponse, StepRef } from '../src/shared/api-types.js';
import type { Strings } from './strings.js';

/** The box for one's own words (widget/words-part.ts). */
export type WordsBox = (context: ExtrasContext, text: typeof WordsText) => HTMLElement;

export interface ExtrasContext {
  response: FlowResponse;
  s: Strings;
  api: string;
  choose(lang: string): void;
  open(ref: StepRef): void;
  /** The matcher's part (a part cannot load it itself: it knows not where the widget came from). */
  words(): Promise<WordsBox | undefined>;
}

/** The part around a conversation (widget/extras-part.ts): fills the places above and below it. */
export type ExtrasFill = (context: ExtrasContext, above: HTMLElement, below: HTMLElement) => void;
