import { createHmac } from 'node:crypto';
import { ACCESS_CODE_ALPHABET, ACCESS_CODE_ENTROPY_BITS, normalizeAccessCode } from '@asskomm/contracts';
import { describe, expect, it } from 'vitest';
import { generateAccessCodes } from '../../src/surveys/codes/generate-access-codes.ts';
import { hashAccessCode } from '../../src/surveys/codes/hash-access-code.ts';

const SECRET = 'ein-geheimnis-mit-mindestens-32-bytes!!';

describe('access codes', () => {
  it('have no ambiguous characters and about 59 bits of entropy', () => {
    for (const ch of '01ILO') expect(ACCESS_CODE_ALPHABET).not.toContain(ch);
    expect(ACCESS_CODE_ALPHABET).toHaveLength(31);
    expect(ACCESS_CODE_ENTROPY_BITS).toBeGreaterThan(59);
  });

  it('are generated distinct, in groups of four', () => {
    const codes = generateAccessCodes(5000);
    expect(new Set(codes).size).toBe(5000);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    // Every symbol is used, roughly uniformly (60,000 characters, 1,935 expected each).
    const counts = new Map<string, number>();
    for (const ch of codes.join('').replace(/-/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(31);
    for (const n of counts.values()) expect(Math.abs(n - 1935)).toBeLessThan(250);
    expect(generateAccessCodes(0)).toEqual([]);
    expect(() => generateAccessCodes(-1)).toThrow(RangeError);
  });

  it('normalise user input: case, spaces, dashes, full-width characters', () => {
    for (const input of [
      'abcd-efgh-jkmn',
      ' ABCD EFGH JKMN ',
      'ABCDEFGHJKMN',
      'abcd–efgh—jkmn',
      'ＡＢＣＤ-ＥＦＧＨ-ＪＫＭＮ',
    ]) {
      expect(normalizeAccessCode(input)).toBe('ABCD-EFGH-JKMN');
    }
    for (const bad of [
      '',
      'ABCD-EFGH-JKM',
      'ABCD-EFGH-JKMNP',
      'ABCD-EFGH-JKM0',
      'OBCD-EFGH-JKMN',
      'ABCD-EFGH-JKM1',
      'ABCD-EFGH-JKML',
      'ABCD-EFGH-JKM!',
      'x'.repeat(200),
    ]) {
      expect(normalizeAccessCode(bad)).toBeNull();
    }
    expect(normalizeAccessCode(42)).toBeNull();
    expect(normalizeAccessCode(undefined)).toBeNull();
  });

  it('hash with HMAC-SHA-256 of the compact code, independent of input format', () => {
    const h = hashAccessCode('ABCD-EFGH-JKMN', SECRET);
    expect(h).toBe(createHmac('sha256', SECRET).update('ABCDEFGHJKMN').digest('hex'));
    expect(hashAccessCode('abcd efgh jkmn', SECRET)).toBe(h);
    expect(hashAccessCode('ABCD-EFGH-JKMN', `${SECRET}x`)).not.toBe(h);
    expect(() => hashAccessCode('nope', SECRET)).toThrow('Ungültiger Zugangscode');
    expect(() => hashAccessCode('ABCD-EFGH-JKMN', 'kurz')).toThrow(/mindestens 32 Bytes/);
  });
});
