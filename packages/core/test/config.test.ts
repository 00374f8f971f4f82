import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('applies the defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.ASSKOMM_DATA_DIR).toBe('./var');
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it.each([
    ['abc', /PORT="abc": muss eine Zahl sein/],
    ['70000', /PORT="70000": muss zwischen 1 und 65535 liegen/],
    ['3.5', /PORT="3.5": muss eine ganze Zahl sein/],
  ])('refuses PORT=%s with a message naming the variable', (value, message) => {
    expect(() => loadConfig({ PORT: value })).toThrow(message);
  });

  it('refuses unknown ASSKOMM_ settings (typos) and names them', () => {
    expect(() => loadConfig({ ASSKOMM_DATADIR: './x' })).toThrow(/ASSKOMM_DATADIR: unbekannte Einstellung/);
  });

  it('refuses a non-PostgreSQL DATABASE_URL and an admin e-mail without password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL.*postgres:\/\//);
    expect(() => loadConfig({ ASSKOMM_ADMIN_EMAIL: 'a@example.org' })).toThrow(
      /ASSKOMM_ADMIN_PASSWORD: fehlt/,
    );
    expect(() =>
      loadConfig({ ASSKOMM_ADMIN_EMAIL: 'a@example.org', ASSKOMM_ADMIN_PASSWORD: 'kurz' }),
    ).toThrow(ConfigError);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });
});
