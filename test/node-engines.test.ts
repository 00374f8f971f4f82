// Issue 9: `npm install` on Node 20 prints no EBADENGINE warning. Every package the lockfile installs must
// accept the Node version the project states (package.json engines), so a dependency update that needs a
// newer Node fails here instead of warning on a newcomer's machine. Fix with a pinned version or an
// override (package.json "overrides"), as for cookie, content-disposition and docx's nanoid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/test-platform';

const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; dev?: boolean }>;
};
const stated = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }
).engines.node;

describe('Node engines of the installed packages', () => {
  it('every locked package accepts the lowest Node version the project supports', () => {
    const lowest = semver.minVersion(stated)!.version;
    expect(lowest.startsWith('20.')).toBe(true);
    const refusing = Object.entries(lock.packages)
      .filter(([, entry]) => entry.engines && !Array.isArray(entry.engines) && entry.engines.node)
      .filter(([, entry]) => {
        const range = (entry.engines as { node: string }).node;
        return semver.validRange(range) !== null && !semver.satisfies(lowest, range);
      })
      .map(([path, entry]) => `${path}@${entry.version} (node ${(entry.engines as { node: string }).node})`);
    expect(refusing).toEqual([]);
  });
});
