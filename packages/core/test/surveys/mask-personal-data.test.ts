import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../src/surveys/privacy/mask-personal-data.ts';

describe('maskPersonalData: e-mail addresses', () => {
  it.each([
    ['Schreiben Sie mir: max.mustermann@example.org', 'Schreiben Sie mir: [E-Mail]'],
    ['Kontakt MAX_M+umfrage@sub.example.de.', 'Kontakt [E-Mail].'],
    ['jürgen@müller-beispiel.de bitte', '[E-Mail] bitte'],
    ['erika (at) example (punkt) de', '[E-Mail]'],
    ['erika[at]example.de', '[E-Mail]'],
    ['a@b.de und c@d.com', '[E-Mail] und [E-Mail]'],
  ])('%s', (input, expected) => expect(maskPersonalData(input)).toBe(expected));
});

describe('maskPersonalData: phone numbers', () => {
  it.each([
    ['Rufen Sie an: 0351 1234567', 'Rufen Sie an: [Telefon]'],
    ['0351/1234567', '[Telefon]'],
    ['0351 - 123 45 67 (abends)', '[Telefon] (abends)'],
    ['(0351) 1234567', '[Telefon]'],
    ['+49 351 1234567', '[Telefon]'],
    ['+49 (0)351 123456', '[Telefon]'],
    ['+493511234567', '[Telefon]'],
    ['0049 351 1234567', '[Telefon]'],
    ['mobil 0171-1234567!', 'mobil [Telefon]!'],
    ['01711234567', '[Telefon]'],
    ['0152 28817386', '[Telefon]'],
    ['030 23125 123 (Berlin)', '[Telefon] (Berlin)'],
    ['Tel.: 12 34 56', 'Tel.: [Telefon]'],
    ['Telefon 765432', 'Telefon [Telefon]'],
    ['Handy: 555 1234', 'Handy: [Telefon]'],
  ])('%s', (input, expected) => expect(maskPersonalData(input)).toBe(expected));

  it.each([
    'Am 01.03.2024 um 22:30 Uhr',
    '01067 Dresden',
    'PLZ 01069',
    'seit 2019 zweimal',
    'zwischen 2015 und 2020',
    '1.500 € Schaden',
    'Linie 0815 fährt nachts nicht',
    '08-17 Uhr geöffnet',
    '3 bis 4 Mal im Jahr',
    '50 % der Lampen sind kaputt',
    'Hausnummer 12 bis 14',
    'am 1/2/2024 passiert',
    'Tel. 112 ist die Feuerwehr',
  ])('leaves "%s" alone', (input) => expect(maskPersonalData(input)).toBe(input));
});

describe('maskPersonalData: names', () => {
  it.each([
    ['Herr Müller von nebenan lärmt', '[Name] von nebenan lärmt'],
    ['Ich habe mit Frau Dr. Schmidt gesprochen.', 'Ich habe mit [Name] gesprochen.'],
    ['Frau Prof. Dr. Anna-Lena Weiß-Schulze', '[Name]'],
    ['bei Herrn Özdemir', 'bei [Name]'],
    ['Familie von Bülow hat Angst', '[Name] hat Angst'],
    ['Hr. Meier und Fr. Lehmann', '[Name] und [Name]'],
    ['Name: Max Mustermann', 'Name: [Name]'],
    ['Vorname: Erika, Ort: Musterstadt', 'Vorname: [Name], Ort: Musterstadt'],
    ['Mein Name ist Hans Wurst.', 'Mein Name ist [Name].'],
    ['ich heiße Lea', 'ich heiße [Name]'],
    ['Viele Grüße\nKarl Heinz', 'Viele Grüße\n[Name]'],
    ['Mit freundlichen Grüßen, Petra Schulze', 'Mit freundlichen Grüßen, [Name]'],
  ])('%s', (input, expected) => expect(maskPersonalData(input)).toBe(expected));

  it.each([
    'Eine Frau Anfang 30 wurde am Bahnhof belästigt.',
    'Als Frau Angst zu haben ist normal.',
    'Herr Bürgermeister, bitte mehr Licht!',
    'Die Frauen im Viertel fühlen sich unsicher.',
    'Meine Frau geht nachts nicht mehr raus.',
    'Frau und Kinder bleiben zu Hause.',
    'Die junge Frau Nachts allein – das geht nicht.',
    'Herrenlose Fahrräder am Bahnhof',
    'Der Name der Straße ist egal.',
    'Viele Grüße',
    'Mehr Polizei am Markt, danke.',
  ])('leaves "%s" alone', (input) => expect(maskPersonalData(input)).toBe(input));
});

describe('maskPersonalData: mixed', () => {
  it('masks everything in one text and keeps the rest', () => {
    expect(
      maskPersonalData('Herr Schulze (Tel. 0351 9876543, schulze@example.org) weiß mehr über den Park.'),
    ).toBe('[Name] (Tel. [Telefon], [E-Mail]) weiß mehr über den Park.');
  });
});
