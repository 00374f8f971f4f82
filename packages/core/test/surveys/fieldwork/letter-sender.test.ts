import type { CoreContext } from '@asskomm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform } from '../../../../../test/helpers/test-platform';
import { hashAccessCode } from '../../../src/surveys/codes/hash-access-code.ts';
import { accessCodesCsv, letterSender, newAccessCodes } from '../../../src/surveys/fieldwork/index.ts';

describe('letters and codes of the fieldwork', () => {
  let ctx: CoreContext;
  beforeAll(async () => {
    ctx = await createTestPlatform({ reference: false });
  });
  afterAll(async () => {
    await ctx?.database.close();
  });

  it('takes the letterhead from the municipality and lets the municipality override it', async () => {
    const { sender, place } = await letterSender(ctx, '14999999');
    expect(place).toBe('Musterstadt (Demodaten)');
    expect(sender).toMatchObject({
      municipalityName: 'Stadt Musterstadt (Demodaten)',
      postalCode: '09999',
      contactPerson: 'Erika Beispiel',
      email: 'praevention@musterstadt.example',
      signatoryName: 'Erika Beispiel',
    });
    expect(sender.phone).toBeUndefined();
    const custom = await letterSender(ctx, '14999999', {
      street: 'Markt 1',
      signatoryName: 'Dr. Oberbürgermeister',
    });
    expect(custom.sender).toMatchObject({ street: 'Markt 1', signatoryName: 'Dr. Oberbürgermeister' });
  });

  it('makes fresh codes with their keyed hashes, and a CSV with QR links', () => {
    const codes = newAccessCodes(ctx.secret, ['Nord', null]);
    expect(codes.map((c) => c.district)).toEqual(['Nord', null]);
    for (const c of codes) expect(c.hash).toBe(hashAccessCode(c.code, ctx.secret));
    expect(accessCodesCsv(['ABCD-EFGH-JKMN'], 'https://x.example/')).toBe(
      'zugangscode;link\r\nABCD-EFGH-JKMN;https://x.example/befragung?code=ABCD-EFGH-JKMN\r\n',
    );
  });
});
