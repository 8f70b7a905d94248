// Golden transcripts (tests/transcripts/*.txt) walked through the shipped
// conversations: a changed label, path or signpost fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
