import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { textList, ZProjectForm, ZUserInviteForm } from '../src/index.ts';

const ags = z.string().regex(/^\d{8}$/, { error: 'Die AGS hat 8 Ziffern.' });

describe('textList (a list typed into one field)', () => {
  it('splits lines, trims and drops empty entries', () => {
    expect(textList(z.string(), { max: 5 }).parse(' Eltern \n\n Schulen\n')).toEqual(['Eltern', 'Schulen']);
  });

  it('splits words at commas, semicolons and spaces', () => {
    const list = textList(ags, { separator: 'words', max: 5 });
    expect(list.parse('14625020, 14627060;14628110\n')).toEqual(['14625020', '14627060', '14628110']);
  });

  it('names the refused entry in one message at the field', () => {
    const result = textList(ags, { separator: 'words', max: 5 }).safeParse('14625020 1462');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [[], '„1462“: Die AGS hat 8 Ziffern.'],
    ]);
  });

  it('refuses more entries than allowed', () => {
    const result = textList(z.string(), { max: 2 }).safeParse('a\nb\nc');
    expect(result.error?.issues[0]?.message).toBe('Höchstens 2 Einträge.');
  });
});

describe('form schemas built on it', () => {
  it('ZUserInviteForm: no municipality is null, a coach’s list is parsed', () => {
    expect(
      ZUserInviteForm.parse({
        email: 'coach@lpr.sachsen.de',
        name: '',
        role: 'coach',
        ags: '',
        assignedAgs: '14625020,14627060',
      }),
    ).toMatchObject({ ags: null, assignedAgs: ['14625020', '14627060'] });
  });

  it('ZProjectForm: counts as typed become numbers or null, letters are refused in German', () => {
    const base = { ags: '14625020', title: 'Schulweg', targetGroups: '', partners: '' };
    const material = (quantity: string) => ({ ...base, materials: [{ title: 'Flyer', kind: '', quantity }] });
    expect(ZProjectForm.parse(material(' 12 ')).materials[0]?.quantity).toBe(12);
    expect(ZProjectForm.parse(material('')).materials[0]?.quantity).toBeNull();
    expect(ZProjectForm.safeParse(material('-3')).error?.issues[0]?.message).toBe(
      'Anzahl: bitte eine ganze Zahl ohne Vorzeichen angeben.',
    );
  });
});
