// The studio's words (messages/nl/studio.json; the server's page reads the
// same file through src/site/messages.ts), and a small text helper.
import studio from '../../messages/nl/studio.json';
import { format, type Message } from '../shared/messages.js';

export const words = studio;

export function say(message: Message, values: Record<string, string | number> = {}): string {
  return format(message, values, 'nl');
}
