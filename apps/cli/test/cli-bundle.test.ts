// The bundle `asskomm` runs from: what the command line loads before any command runs must stay light
// (commander and Node's own modules), so that `asskomm --help` does not load the database, the importers
// or the server. A static import of @asskomm/core in a command module would fail here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureCliBundle } from '../build/cli-bundle.mjs';

/** Every module specifier main.js loads before it runs, following its static imports of chunks. */
function staticImports(entry: string): Set<string> {
  const external = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(
      /^(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gms,
    )) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith('./')) visit(join(dirname(file), spec));
      else external.add(spec);
    }
  };
  visit(entry);
  return external;
}

describe('CLI bundle', () => {
  it('loads only commander and Node built-ins before a command runs', async () => {
    const main = await ensureCliBundle({ quiet: true });
    const external = [...staticImports(main)];
    expect(external).toContain('commander');
    expect(external.filter((s) => s !== 'commander' && !s.startsWith('node:'))).toEqual([]);
    // The services are there, in chunks loaded on demand.
    expect(readFileSync(main, 'utf8')).toMatch(/import\("\.\/chunk-[A-Z0-9]+\.js"\)/);
  });
});
