// The `asskomm` command and the server run from one bundle of the workspace's TypeScript, built with
// esbuild into apps/cli/dist/<stamp>/ the first time it is needed after the sources changed (at
// `npm install` through the root postinstall, or on the first call). Dependencies stay external and are
// loaded from node_modules; each command's code lies in its own chunk, loaded when the command runs.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceStamp, workspaceDirs } from './source-stamp.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DIST = join(ROOT, 'apps/cli/dist');
const ENTRY = join(ROOT, 'apps/cli/src/main.ts');
/** Older builds stay this long (a running server may still load a lazy chunk from its build). */
const KEEP_OLD_MS = 60 * 60 * 1000;

/** Everything the bundle is made of: every workspace's sources and manifest, the build code, tsconfig. */
function cliInputs() {
  const workspaces = [...workspaceDirs(ROOT, 'packages'), ...workspaceDirs(ROOT, 'apps')].filter(
    (w) => w !== join('apps', 'web'),
  );
  return [
    ...workspaces.flatMap((w) => [join(w, 'src'), join(w, 'package.json')]),
    'apps/cli/build',
    'package.json',
    'tsconfig.base.json',
  ];
}

/** The path of the current bundle's entry, building it first when the sources changed. */
export async function ensureCliBundle({ force = false, quiet = false } = {}) {
  const stamp = sourceStamp(ROOT, cliInputs());
  const dir = join(DIST, stamp);
  const main = join(dir, 'main.js');
  if (!force && existsSync(main)) return main;
  if (!quiet && process.stderr.isTTY) process.stderr.write('asskomm: Programm wird übersetzt …\n');
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  await bundle(tmp, dir);
  writeFileSync(join(tmp, 'stamp.json'), `${JSON.stringify({ stamp, builtAt: new Date().toISOString() })}\n`);
  if (force) rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(tmp, dir);
  } catch {
    // Another process finished the same build first: use its result.
    rmSync(tmp, { recursive: true, force: true });
  }
  removeOldBuilds(stamp);
  return main;
}

/** Loads the CLI's main module (building it when needed). */
export async function loadCli() {
  return import(pathToFileURL(await ensureCliBundle()).href);
}

async function bundle(outdir, finalDir) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: { main: ENTRY },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    logLevel: 'error',
    legalComments: 'none',
    banner: {
      js: [
        "import { fileURLToPath as __asskommFileURLToPath } from 'node:url';",
        "import { createRequire as __asskommCreateRequire } from 'node:module';",
        'const require = __asskommCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    plugins: [workspaceOnly(finalDir)],
  });
}

/**
 * Bundles only the workspace's own code (@asskomm/* and relative imports); every package from
 * node_modules stays an import. In workspace files, `import.meta.url`, `.dirname` and `.filename` are
 * rewritten to the source file's place relative to the bundle, so files read next to a source file
 * (templates, translations, migrations, package.json) are found as before.
 */
function workspaceOnly(finalDir) {
  return {
    name: 'asskomm-workspace-only',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) =>
        args.path.startsWith('@asskomm/') ? undefined : { path: args.path, external: true },
      );
      build.onLoad({ filter: /\.(m?ts|tsx|m?js)$/ }, (args) => {
        if (args.path.split(sep).includes('node_modules')) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const rel = (p) => relative(finalDir, p).split(sep).join('/');
        const fileUrl = `new URL(${JSON.stringify(rel(args.path))}, import.meta.url)`;
        const dirUrl = `new URL(${JSON.stringify(rel(dirname(args.path)))}, import.meta.url)`;
        const contents = source.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, what) =>
          what === 'url'
            ? `${fileUrl}.href`
            : what === 'filename'
              ? `__asskommFileURLToPath(${fileUrl})`
              : `__asskommFileURLToPath(${dirUrl})`,
        );
        const ext = extname(args.path);
        return { contents, loader: ext === '.tsx' ? 'tsx' : ext.endsWith('ts') ? 'ts' : 'js' };
      });
    },
  };
}

function removeOldBuilds(current) {
  let entries;
  try {
    entries = readdirSync(DIST);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of entries) {
    if (name === current || !/^[0-9a-f]{16}(\.tmp-\d+-\d+)?$/.test(name)) continue;
    const path = join(DIST, name);
    try {
      if (now - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed meanwhile by another process
    }
  }
}
