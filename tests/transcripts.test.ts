// Golden transcripts (tests/transcripts/*.txt) walked through the shipped
// conversations: a changed label, path or signpost fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inLanguage } from '../src/engine/language.js';
import { formatFailure, parseTranscripts, runTranscript } from '../src/engine/transcript.js';
import { shippedGraph } from './support/content.js';

const folder = 'tests/transcripts';
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort();
/** Every audience of issue 3, with at least this many situations each. */
const AUDIENCES = ['omstander', 'slachtoffer', 'ouderen', 'mantelzorger', 'pleger', 'jongeren'];
const MIN_PER_AUDIENCE = 3;

describe('golden transcripts', () => {
  it(`cover every audience with at least ${MIN_PER_AUDIENCE} situations`, () => {
    for (const audience of AUDIENCES) {
      expect(files, `tests/transcripts/${audience}.txt is missing`).toContain(`${audience}.txt`);
      const { transcripts } = parseTranscripts(audience, readFileSync(`${folder}/${audience}.txt`, 'utf8'));
      expect(transcripts.length, audience).toBeGreaterThanOrEqual(MIN_PER_AUDIENCE);
    }
  });

  for (const name of files) {
    const file = `${folder}/${name}`;
    const { transcripts, problems } = parseTranscripts(file, readFileSync(file, 'utf8'));

    describe(name, () => {
      it('reads without problems', () => {
        expect(problems.map(formatFailure)).toEqual([]);
      });

      for (const transcript of transcripts) {
        it(transcript.title, () => {
          const failure = runTranscript(shippedGraph(), transcript);
          expect(failure && formatFailure(failure)).toBeNull();
        });
      }
    });
  }
});

// Issue 16: at least three situations per language, tapped by the labels in
// that language (tests/transcripts/<lang>/*.txt), reaching the same help.
const LANGUAGES_WITH_TRANSCRIPTS = ['en', 'ar', 'nl-x-eenvoud'];

describe('golden transcripts in other languages', () => {
  for (const lang of LANGUAGES_WITH_TRANSCRIPTS) {
    const dir = `${folder}/${lang}`;
    const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.txt')) : [];
    const all = names.flatMap((name) => parseTranscripts(`${dir}/${name}`, readFileSync(`${dir}/${name}`, 'utf8')).transcripts);

    it(`${lang}: at least ${MIN_PER_AUDIENCE} situations, in a published language`, () => {
      expect(all.length).toBeGreaterThanOrEqual(MIN_PER_AUDIENCE);
      expect(shippedGraph().variants?.[lang], `${lang} is not published`).toBeDefined();
    });
    for (const transcript of all) {
      it(`${lang}: ${transcript.title}`, () => {
        const failure = runTranscript(inLanguage(shippedGraph(), lang), transcript);
        expect(failure && formatFailure(failure)).toBeNull();
      });
    }
  }
});
