import { describe, expect, it } from 'vitest';
import { ZDocumentForm, ZEventForm, ZLoginForm, ZPasswordForm } from '../src/index.ts';

/** The first message for each field, as react-hook-form shows it. */
const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => {
  const out: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) out[issue.path.join('.')] ??= issue.message;
  return out;
};

describe('login and password forms', () => {
  it('asks for the address, its format and the password in the page’s words', () => {
    expect(messages(ZLoginForm.safeParse({ email: ' ', password: '' }))).toEqual({
      email: 'Geben Sie Ihre E-Mail-Adresse ein.',
      password: 'Geben Sie Ihr Passwort ein.',
    });
    expect(messages(ZLoginForm.safeParse({ email: 'anna@', password: 'x' }))).toEqual({
      email: 'Geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.',
    });
    expect(ZLoginForm.parse({ email: ' anna@example.org ', password: ' geheim ' })).toEqual({
      email: 'anna@example.org',
      password: ' geheim ',
    });
  });

  it('wants a new password that differs from the current one, typed twice alike', () => {
    expect(
      messages(ZPasswordForm.safeParse({ currentPassword: '', newPassword: '', newPasswordRepeat: '' })),
    ).toEqual({
      currentPassword: 'Geben Sie Ihr aktuelles Passwort ein.',
      newPassword: 'Geben Sie ein neues Passwort ein.',
      newPasswordRepeat: 'Wiederholen Sie das neue Passwort.',
    });
    expect(
      messages(ZPasswordForm.safeParse({ currentPassword: 'a', newPassword: 'a', newPasswordRepeat: 'b' })),
    ).toEqual({
      newPassword: 'Das neue Passwort muss sich vom aktuellen unterscheiden.',
      newPasswordRepeat: 'Die beiden neuen Passwörter stimmen nicht überein.',
    });
    expect(
      ZPasswordForm.safeParse({ currentPassword: 'a', newPassword: 'b', newPasswordRepeat: 'b' }).success,
    ).toBe(true);
  });
});

describe('library forms', () => {
  const event = {
    title: 'Fachtag',
    startsAt: '2027-05-20T09:30',
    place: 'Dresden',
    description: '',
    capacity: ' 40 ',
    registrationUntil: null,
  };

  it('takes the start as the date-time field gives it and the places as typed text', () => {
    expect(ZEventForm.parse(event)).toMatchObject({ startsAt: '2027-05-20T09:30', capacity: 40 });
    expect(messages(ZEventForm.safeParse({ ...event, startsAt: '', capacity: '' }))).toEqual({
      startsAt: 'Bitte Datum und Uhrzeit des Beginns angeben.',
      capacity: 'Bitte die Zahl der Plätze als ganze Zahl angeben.',
    });
    expect(messages(ZEventForm.safeParse({ ...event, capacity: '0' }))).toEqual({
      capacity: 'mindestens 1 Platz',
    });
  });

  it('wants a document file within the server’s limits', () => {
    const fields = { title: 'Leitfaden', description: '', category: 'Leitfäden', visibility: 'members' };
    expect(messages(ZDocumentForm.safeParse({ ...fields, file: null }))).toEqual({
      file: 'Bitte eine Datei wählen.',
    });
    const image = new File(['x'], 'bild.png', { type: 'image/png' });
    expect(messages(ZDocumentForm.safeParse({ ...fields, file: image }))).toEqual({
      file: '„bild.png“ ist weder PDF noch ein Office-Dokument (DOCX, XLSX, PPTX, ODT, ODS).',
    });
    const big = new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'gross.pdf', { type: 'application/pdf' });
    expect(messages(ZDocumentForm.safeParse({ ...fields, file: big }))).toEqual({
      file: '„gross.pdf“ ist größer als 20 MB.',
    });
    const pdf = new File(['%PDF'], 'leitfaden.pdf', { type: 'application/pdf' });
    expect(ZDocumentForm.parse({ ...fields, file: pdf }).file).toBe(pdf);
  });
});
