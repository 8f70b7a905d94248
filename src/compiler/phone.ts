// Finds Dutch phone numbers in a text, so the compiler can check each one
// against the service registry (a wrong number in a crisis tool is dangerous).
export interface FoundNumber {
  raw: string;
  digits: string;
  /** Where `raw` starts in the text. */
  index: number;
}

// 0800-2000, 0800 0188, 088 234 24 50, 0900-8844, 06-12345678, +31 ..., and the short numbers.
const NUMBER = /(?<![\w-])(?:\+31[\s-]?|0)\d[\d\s-]{4,13}\d(?![\w-])|(?<![\w-])11[23](?![\w-])/g;

export function findPhoneNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0].trim();
    let digits = raw.replace(/\D/g, '');
    if (digits.startsWith('31') && raw.startsWith('+')) digits = '0' + digits.slice(2);
    // Years ("2022") and plain counts are not numbers a person would dial.
    if (digits.length < 5 && digits !== '112' && digits !== '113') continue;
    out.push({ raw, digits, index: match.index });
  }
  return out;
}
