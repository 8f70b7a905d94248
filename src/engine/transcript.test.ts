import { describe, expect, it } from 'vitest';
import { emergencyEntry } from '../../tests/support/registry-entries.js';
import { compile } from '../compiler/compile.js';
import { formatFailure, parseTranscripts, runTranscript } from './transcript.js';

const services = {
  file: 'flows/services.json',
  source: JSON.stringify({
    format: 1,
    services: [
      emergencyEntry,
      {
        id: 'veilig-thuis',
        name: 'Veilig Thuis',
        purpose: 'Advies.',
        after: 'Jij kiest: alleen advies, of een melding.',
        channels: [
          { kind: 'phone', display: '0800-2000', tel: '08002000', hours: '24/7', cost: 'gratis' },
          {
            kind: 'chat',
            url: 'https://chat.example',
            label: 'Chat met Veilig Thuis',
            hours: { weekly: { ma: [['09:00', '17:00']] }, publicHolidays: 'closed', note: 'Soms is de chat toch dicht.' },
          },
        ],
        free: true,
        freeSource: 'test',
        anonymous: 'advice',
        notes: ['Het gesprek staat wel in de lijst met gesprekken op je telefoon.'],
        scope: 'national',
        source: 'test',
        publicSource: 'voorbeeld.nl, 2026',
        verified: '2026-01-01',
      },
    ],
  }),
};

function graphOf(body: string) {
  const source = `---\nformat: 1\nid: test\ntitle: T\naudience: iedereen\nlang: nl\n---\n\n${body}`;
  const result = compile({ flows: [{ file: 'flows/test.md', source }], services, today: new Date('2026-06-01') });
  if (!result.graph) throw new Error(JSON.stringify(result.diagnostics));
  return result.graph;
}

const content = `## begin
Wat is er?

- [Er is nu gevaar](#gevaar)
- [Ik maak me zorgen](#zorgen)

## gevaar
Bel 112.

Hulp: 112

## zorgen
Je mag **anoniem** advies vragen.

Hulp: veilig-thuis
`;

const transcript = `# Een buurman hoort geschreeuw.
# "Ik weet niet of ik iets moet doen."
start: test
expect choice: Er is nu gevaar
> Ik maak me zorgen
expect step: test#zorgen
expect help: veilig-thuis
expect text: ANONIEM advies
`;

function run(body: string, text: string) {
  const { transcripts, problems } = parseTranscripts('tests/transcripts/test.txt', text);
  expect(problems).toEqual([]);
  return runTranscript(graphOf(body), transcripts[0]);
}

describe('parseTranscripts', () => {
  it('reads the situation, the start and the actions with their lines', () => {
    const { transcripts } = parseTranscripts('t.txt', transcript);
    expect(transcripts).toHaveLength(1);
    expect(transcripts[0]).toMatchObject({
      line: 3,
      title: 'Een buurman hoort geschreeuw. "Ik weet niet of ik iets moet doen."',
      start: 'test',
    });
    expect(transcripts[0].actions.map((a) => [a.kind, a.line])).toEqual([
      ['choice', 4],
      ['tap', 5],
      ['step', 6],
      ['help', 7],
      ['text', 8],
    ]);
  });

  it('reads several transcripts from one file', () => {
    const { transcripts } = parseTranscripts('t.txt', `${transcript}\n# Tweede\nstart: test#gevaar\nexpect help: 112\n`);
    expect(transcripts.map((t) => [t.title, t.start])).toEqual([
      [expect.any(String), 'test'],
      ['Tweede', 'test#gevaar'],
    ]);
  });

  it('reports unreadable lines and a transcript without expected help', () => {
    const { problems } = parseTranscripts('t.txt', 'start: test\n> Ja\nverwacht: hulp\n');
    expect(problems.map(formatFailure)).toEqual([
      expect.stringMatching(/^t\.txt:3: Cannot read "verwacht: hulp"/),
      expect.stringMatching(/^t\.txt:1: The transcript "line 1" never says which help/),
    ]);
  });
});

describe('runTranscript', () => {
  it('passes when the path, the help and the text are as written', () => {
    expect(run(content, transcript)).toBeNull();
  });

  it('fails at the tap when a label changes, and lists the labels there are', () => {
    const failure = run(content.replace('[Ik maak me zorgen]', '[Ik heb zorgen]'), transcript);
    expect(failure).toEqual({
      file: 'tests/transcripts/test.txt',
      line: 5,
      message: 'No choice "Ik maak me zorgen" at "test/begin". Choices: "Er is nu gevaar", "Ik heb zorgen".',
    });
  });

  it('fails when the path leads elsewhere', () => {
    const moved = content.replace('(#zorgen)', '(#gevaar)');
    expect(run(moved, transcript)).toMatchObject({ line: 6, message: 'Expected to be at "test/zorgen", but at "test/gevaar".' });
  });

  it('fails when the help is gone or the text changed', () => {
    const noHelp = content.replace('Hulp: veilig-thuis', 'Hulp: 112');
    expect(run(noHelp, transcript)).toMatchObject({ line: 7, message: 'Expected help veilig-thuis at "test/zorgen"; shown: 112.' });
    expect(run(content.replace('**anoniem**', 'gratis'), transcript)?.line).toBe(8);
  });

  it('fails on an unknown start and on a missing offered choice', () => {
    expect(run(content, 'start: nergens\nexpect help: 112\n')).toMatchObject({
      line: 1,
      message: 'There is no conversation or step "nergens".',
    });
    expect(run(content.replace('[Er is nu gevaar]', '[Gevaar]'), transcript)?.line).toBe(4);
  });

  describe('expect no text', () => {
    const at = (lines: string) => `start: test\n> Ik maak me zorgen\nexpect help: veilig-thuis\n${lines}`;

    it('passes when neither the text nor a card of the help says it', () => {
      expect(run(content, at('expect no text: lokaal tarief\nexpect no text: telefoonrekening\n'))).toBeNull();
    });

    it('fails on the step text, in any capitals, at its own line', () => {
      expect(run(content, at('expect no text: Anoniem ADVIES\n'))).toMatchObject({
        line: 4,
        message: 'The text or help at "test/zorgen" contains "Anoniem ADVIES", which must not be shown there.',
      });
    });

    it('fails on what a help card says: texts, notes, cost, hours note and badges', () => {
      for (const shown of [
        'alleen advies, of een melding',
        'lijst met gesprekken',
        'Kosten: gratis',
        'Soms is de chat toch dicht',
        'Advies kan anoniem',
        'Chat met Veilig Thuis',
        '0800-2000',
      ]) {
        expect(run(content, at(`expect no text: ${shown}\n`))?.line, shown).toBe(4);
      }
    });

    it('does not look at data a card never shows, or across two texts', () => {
      for (const hidden of ['voorbeeld.nl', 'https://chat.example', 'kind', 'national', 'Veilig Thuis Advies']) {
        expect(run(content, at(`expect no text: ${hidden}\n`)), hidden).toBeNull();
      }
    });

    it('looks only at the step it stands at', () => {
      expect(run(content, 'start: test\n> Er is nu gevaar\nexpect help: 112\nexpect no text: lijst met gesprekken\n')).toBeNull();
    });
  });
});
