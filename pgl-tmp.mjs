import { readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

let t = performance.now();
const lap = (l) => {
  const n = performance.now();
  console.log(l, (n - t).toFixed(0), 'ms');
  t = n;
};
const keep = setInterval(() => {}, 1 << 30);
if (process.argv[2] === 'make') {
  const c = await PGlite.create();
  lap('create in memory');
  const sql = readFileSync('packages/db/migrations/0000_init.sql', 'utf8').split('--> statement-breakpoint');
  for (const s of sql) await c.exec(s);
  lap('migrate');
  const blob = await c.dumpDataDir('gzip');
  lap('dump');
  writeFileSync('/tmp/template.tar.gz', Buffer.from(await blob.arrayBuffer()));
  console.log('size', blob.size);
  await c.close();
} else {
  const buf = readFileSync('/tmp/template.tar.gz');
  const c = await PGlite.create(process.argv[3], { loadDataDir: new Blob([buf]) });
  lap('create from template');
  const r = await c.query('select count(*) from information_schema.tables where table_schema = $1', [
    'public',
  ]);
  lap('query');
  console.log(r.rows);
  await c.close();
  lap('close');
  const c2 = await PGlite.create(process.argv[3]);
  lap('reopen');
  console.log((await c2.query('select count(*) from municipalities')).rows);
  await c2.close();
}
clearInterval(keep);
