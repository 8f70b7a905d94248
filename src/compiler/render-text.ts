// Turns a step's Markdown into safe HTML (for server pages) and structured
// blocks (for the widget, which never parses HTML). Rejects what a public
// help text must not contain: raw HTML, images, links to unsafe schemes.
// Phone numbers in the text become tel: links here, once, so the site and
// the widget both get a number a person can tap.
import { Lexer, Parser, type Token, type Tokens } from 'marked';
import type { Block, Inline } from '../shared/api-types.js';
import { findPhoneNumbers } from './phone.js';

/** The digits to dial for a number found in a text (e.g. "0800-2000" → "08002000"), or undefined to leave it as text. */
export type TelLookup = (digits: string) => string | undefined;

/** A step's text as structured blocks (for the API and the widget) and as safe HTML (for the server's pages). */
import type { RenderedText } from '../graph/graph.js';
import type { DiagnosticValues } from './diagnostics.js';

export type { RenderedText };

export interface TextProblem {
  code: 'WW007' | 'WW008' | 'WW015' | 'WW018';
  values: DiagnosticValues;
  /** Which of the code's catalogue texts fits (messages/diagnostics/). */
  variant?: string;
  /** A piece of the source that locates the problem on a line. */
  needle: string;
}

const ALLOWED_SCHEMES = /^(https:|tel:|mailto:)/i;

function unsupported(token: Token): TextProblem {
  return { code: 'WW018', values: { kind: token.type }, needle: token.raw.trim().split('\n')[0] };
}

function inlines(tokens: Token[] | undefined, problems: TextProblem[]): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text':
      case 'escape': {
        const t = token as Tokens.Text;
        if (t.tokens?.length) out.push(...inlines(t.tokens, problems));
        else out.push({ t: 'text', v: t.text });
        break;
      }
      case 'strong':
        out.push({ t: 'strong', c: inlines((token as Tokens.Strong).tokens, problems) });
        break;
      case 'em':
        out.push({ t: 'em', c: inlines((token as Tokens.Em).tokens, problems) });
        break;
      case 'br':
        out.push({ t: 'br' });
        break;
      case 'codespan':
        out.push({ t: 'text', v: (token as Tokens.Codespan).text });
        break;
      case 'link': {
        const link = token as Tokens.Link;
        if (!ALLOWED_SCHEMES.test(link.href)) {
          problems.push({
            code: 'WW008',
            values: { link: link.href },
            needle: link.href,
          });
        }
        out.push({ t: 'link', href: link.href, c: inlines(link.tokens, problems) });
        break;
      }
      case 'image':
        problems.push({ code: 'WW015', values: {}, needle: (token as Tokens.Image).href });
        break;
      case 'html':
      case 'tag':
        problems.push({ code: 'WW007', values: { html: token.raw.trim() }, variant: 'inline', needle: token.raw.trim() });
        break;
      default:
        problems.push(unsupported(token));
    }
  }
  return out;
}

function blocks(tokens: Token[], problems: TextProblem[]): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        break;
      case 'paragraph':
        out.push({ t: 'p', c: inlines((token as Tokens.Paragraph).tokens, problems) });
        break;
      case 'heading':
        out.push({ t: 'h', c: inlines((token as Tokens.Heading).tokens, problems) });
        break;
      case 'list': {
        const list = token as Tokens.List;
        const items = list.items.map((item) => {
          // A list item holds text tokens (tight) or paragraphs (loose); flatten to inline content.
          const inner: Inline[] = [];
          for (const child of item.tokens) {
            if (child.type === 'text' || child.type === 'paragraph')
              inner.push(...inlines((child as Tokens.Text).tokens ?? [child], problems));
            else if (child.type !== 'space') inner.push(...inlines([child], problems));
          }
          return inner;
        });
        out.push({ t: list.ordered ? 'ol' : 'ul', items });
        break;
      }
      case 'html':
        problems.push({
          code: 'WW007',
          values: { html: token.raw.trim().split('\n')[0] },
          variant: 'block',
          needle: token.raw.trim().split('\n')[0],
        });
        break;
      default:
        problems.push(unsupported(token));
    }
  }
  return out;
}

/** A plain text token split around the phone numbers in it: text, link, text, ... */
function splitNumbers(token: Tokens.Text, tel: TelLookup): Token[] {
  const out: Token[] = [];
  let at = 0;
  const piece = (text: string): Tokens.Text => ({ type: 'text', raw: text, text, escaped: token.escaped });
  for (const number of findPhoneNumbers(token.text)) {
    const digits = tel(number.digits);
    if (!digits) continue;
    if (number.index > at) out.push(piece(token.text.slice(at, number.index)));
    const link: Tokens.Link = {
      type: 'link',
      raw: number.raw,
      href: `tel:${digits}`,
      title: null,
      text: number.raw,
      tokens: [piece(number.raw)],
    };
    out.push(link);
    at = number.index + number.raw.length;
  }
  if (!out.length) return [token];
  if (at < token.text.length) out.push(piece(token.text.slice(at)));
  return out;
}

/** Replaces, in place, every phone number outside a link by a tel: link. */
function linkNumbers(tokens: Token[], tel: TelLookup): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    if (token.type === 'link' || token.type === 'codespan') {
      out.push(token);
      continue;
    }
    if (token.type === 'list') for (const item of (token as Tokens.List).items) item.tokens = linkNumbers(item.tokens, tel);
    const nested = (token as { tokens?: Token[] }).tokens;
    if (nested) {
      (token as { tokens?: Token[] }).tokens = linkNumbers(nested, tel);
      out.push(token);
    } else if (token.type === 'text') out.push(...splitNumbers(token as Tokens.Text, tel));
    else out.push(token);
  }
  return out;
}

/** Renders Markdown to { html, blocks }; problems say what must be fixed. `tel` turns known phone numbers into call links. */
export function renderText(markdown: string, tel?: TelLookup): { text: RenderedText; problems: TextProblem[] } {
  const problems: TextProblem[] = [];
  const lexed = Lexer.lex(markdown, { gfm: true, breaks: false });
  const tokens = tel ? Object.assign(linkNumbers(lexed, tel), { links: lexed.links }) : lexed;
  const structured = blocks(tokens, problems);
  // Only render HTML from tokens that passed the checks; raw HTML never reaches output.
  const html = problems.length ? '' : Parser.parse(tokens).trim();
  return { text: { html, blocks: structured }, problems };
}

/** The plain text of blocks, for word counts and phone scans. */
function plainText(items: Inline[]): string {
  return items.map((i) => (i.t === 'text' ? i.v : i.t === 'br' ? '\n' : 'c' in i ? plainText(i.c) : '')).join('');
}

export function blockTexts(list: Block[]): string[] {
  return list.flatMap((b) => (b.t === 'ul' || b.t === 'ol' ? b.items.map(plainText) : [plainText(b.c)]));
}
