import { describe, expect, test } from 'vitest';
import { directionOf } from './config.js';

describe('directionOf', () => {
  test('right-to-left languages by their primary subtag', () => {
    expect(['ar', 'fa', 'he', 'ur', 'ar-MA'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['nl', 'en', 'tr', 'pl', 'arn'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});
