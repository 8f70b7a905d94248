// zod's words for what is wrong with a value, in the editor's language: its
// own messages through its Dutch locale, the schemas' own ones (names of
// "details" in messages/diagnostics/<lang>.json) from the catalogue. They
// fill the {detail} of a finding (WW010, WW012, WW030); JSON.parse's usual
// reasons for a syntax error are among the details too.
import type * as z from 'zod';
import dutch from 'zod/v4/locales/nl.js';
import { CATALOGUES, currentEditorLanguage } from './diagnostics.js';

const dutchErrors = dutch().localeError;

/** The parse options for safeParse: zod's own messages in Dutch when the editors read Dutch. */
export function zodLanguage(): z.core.ParseContext<z.core.$ZodIssue> | undefined {
  return currentEditorLanguage() === 'nl' ? { error: dutchErrors } : undefined;
}

/** An issue's message (or JSON.parse's reason) as the editor reads it. */
export function issueDetail(issue: { message: string }): string {
  return CATALOGUES[currentEditorLanguage()].details[issue.message] ?? issue.message;
}
