// The stamp that decides whether the CLI bundle and the web app are rebuilt: it must change for every
// kind of source change (new file, edit, removal), and only for those.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceStamp, workspaceDirs } from '../build/source-stamp.mjs';

describe('source stamp', () => {
  it('changes when a file is added, edited or removed, not otherwise; skips node_modules and dist', () => {
    const root = mkdtempSync(join(tmpdir(), 'asskomm-stamp-'));
    mkdirSync(join(root, 'packages/a/src/deep'), { recursive: true });
    writeFileSync(join(root, 'packages/a/src/index.ts'), 'export const a = 1;\n');
    const inputs = ['packages/a/src', 'packages/a/package.json', 'gibt-es-nicht'];
    const first = sourceStamp(root, inputs);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(sourceStamp(root, inputs)).toBe(first);

    mkdirSync(join(root, 'packages/a/src/node_modules'));
    writeFileSync(join(root, 'packages/a/src/node_modules/x.js'), '');
    mkdirSync(join(root, 'packages/a/src/dist'));
    writeFileSync(join(root, 'packages/a/src/dist/y.js'), '');
    expect(sourceStamp(root, inputs)).toBe(first);

    writeFileSync(join(root, 'packages/a/src/deep/new.ts'), 'export {};\n');
    const added = sourceStamp(root, inputs);
    expect(added).not.toBe(first);

    // Same size, new content: the modification time tells.
    writeFileSync(join(root, 'packages/a/src/deep/new.ts'), 'export {}/\n');
    utimesSync(join(root, 'packages/a/src/deep/new.ts'), new Date(), new Date(Date.now() + 5000));
    const edited = sourceStamp(root, inputs);
    expect(edited).not.toBe(added);

    rmSync(join(root, 'packages/a/src/deep/new.ts'));
    expect(sourceStamp(root, inputs)).not.toBe(edited);

    writeFileSync(join(root, 'packages/a/package.json'), '{}');
    expect(sourceStamp(root, inputs)).not.toBe(first);
    expect(workspaceDirs(root, 'packages')).toEqual([join('packages', 'a')]);
    expect(workspaceDirs(root, 'gibt-es-nicht')).toEqual([]);
  });
});
