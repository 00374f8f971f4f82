/**
 * A forensic attacker for the anonymity tests (issue 8): reads raw 8 kB pages of the database (the
 * relation files of a PGlite data directory, or PostgreSQL's pages through pageinspect's get_raw_page)
 * and tries to pair access-code hashes with answers by transaction id and by physical order, using
 * every tuple whose bytes are still on a page: live, dead, and remnants in a page's free space.
 *
 * It knows what an administrator who watched fieldwork would know: the code hashes, and a marker that
 * identifies each answer (a unique free text). Tuples are found by scanning each page at every 8-byte
 * boundary for a plausible heap tuple header (PostgreSQL's HeapTupleHeaderData: xmin @0, xmax @4,
 * infomask2 @18, infomask @20, t_hoff @22) in front of a hash or a marker.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';

export const PAGE_SIZE = 8192;
const HEAP_HASNULL = 0x0001;

export interface Page {
  /** Relation file or relation name, for messages. */
  source: string;
  /** Position of the page in the scan (relation order, then block number): the physical order. */
  index: number;
  bytes: Buffer;
}

export interface Occurrence {
  key: string;
  xmin: number;
  xmax: number;
  source: string;
  /**
   * The physical order: page by page, and within a page from its end (PostgreSQL fills a page from the
   * end backwards, so a later tuple has a lower offset).
   */
  position: number;
}

/** Pages of every relation file (main fork) under a PGlite/PostgreSQL data directory's base/ and global/. */
export function pagesOfDataDirectory(dataDir: string): Page[] {
  const pages: Page[] = [];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/^\d+(\.\d+)?$/.test(name)) files.push(path);
    }
  };
  for (const top of ['base', 'global']) walk(join(dataDir, top));
  for (const file of files) {
    const bytes = readFileSync(file);
    for (let off = 0; off + PAGE_SIZE <= bytes.length; off += PAGE_SIZE)
      pages.push({ source: file, index: pages.length, bytes: bytes.subarray(off, off + PAGE_SIZE) });
  }
  return pages;
}

/** Pages of every user relation (tables, TOAST, indexes) of the connected PostgreSQL database. */
export async function pagesViaPageinspect(client: pg.PoolClient | pg.Client): Promise<Page[]> {
  await client.query('create extension if not exists pageinspect');
  const relations = await client.query<{ name: string; blocks: number }>(`
    select c.oid::regclass::text as name, (pg_relation_size(c.oid) / 8192)::int as blocks
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname in ('public', 'pg_toast', 'drizzle') and c.relkind in ('r', 't', 'i', 'm')
      and pg_relation_size(c.oid) > 0
    order by c.oid`);
  const pages: Page[] = [];
  for (const r of relations.rows) {
    const result = await client.query<{ page: Buffer }>(
      `select get_raw_page($1, 'main', b) as page from generate_series(0, $2 - 1) b order by b`,
      [r.name, r.blocks],
    );
    for (const row of result.rows) pages.push({ source: r.name, index: pages.length, bytes: row.page });
  }
  return pages;
}

/** The tuple header nearest before `at` on the page (at most 2 kB before it), or null. */
function headerBefore(page: Buffer, at: number): number | null {
  for (let off = (at - 24) & ~7; off >= 24 && off >= at - 2048; off -= 8) {
    const hoff = page[off + 22]!;
    if (off + hoff > at) continue;
    const natts = page.readUInt16LE(off + 18) & 0x07ff;
    const infomask = page.readUInt16LE(off + 20);
    // The fixed header is 23 bytes, then the null bitmap (if any), rounded up to 8.
    const expected = (23 + (infomask & HEAP_HASNULL ? Math.ceil(natts / 8) : 0) + 7) & ~7;
    if (natts < 1 || natts > 16 || hoff !== expected) continue;
    const xmin = page.readUInt32LE(off);
    if (xmin < 3) continue;
    return off;
  }
  return null;
}

/** Every occurrence of the given ASCII keys in tuples on the pages, with the tuple's xmin and xmax. */
export function findTuples(
  pages: readonly Page[],
  keys: readonly string[],
  keyPattern: RegExp,
): Occurrence[] {
  const wanted = new Set(keys);
  const found: Occurrence[] = [];
  for (const page of pages) {
    const text = page.bytes.toString('latin1');
    for (const match of text.matchAll(new RegExp(keyPattern.source, 'g'))) {
      if (!wanted.has(match[0])) continue;
      const header = headerBefore(page.bytes, match.index);
      if (header === null) continue;
      found.push({
        key: match[0],
        xmin: page.bytes.readUInt32LE(header),
        xmax: page.bytes.readUInt32LE(header + 4),
        source: page.source,
        position: page.index * PAGE_SIZE + (PAGE_SIZE - header),
      });
    }
  }
  return found;
}

export interface AttackResult {
  /** Answer marker → code hash, as the attack pairs them. */
  pairs: Map<string, string>;
  correct: number;
  wrong: number;
}

function score(pairs: Map<string, string>, truth: ReadonlyMap<string, string>): AttackResult {
  let correct = 0;
  for (const [marker, hash] of pairs) if (truth.get(marker) === hash) correct++;
  return { pairs, correct, wrong: pairs.size - correct };
}

/**
 * Pairs an answer with a code when the answer's tuple was written by the transaction that wrote (xmin)
 * or replaced (xmax) exactly one code's tuple.
 */
export function pairByTransactionId(
  codes: readonly Occurrence[],
  answers: readonly Occurrence[],
  truth: ReadonlyMap<string, string>,
): AttackResult {
  const byXid = new Map<number, Set<string>>();
  for (const c of codes) {
    for (const xid of [c.xmin, c.xmax]) {
      if (xid < 3) continue;
      const set = byXid.get(xid) ?? new Set<string>();
      set.add(c.key);
      byXid.set(xid, set);
    }
  }
  const pairs = new Map<string, string>();
  for (const a of answers) {
    const hashes = byXid.get(a.xmin);
    if (hashes?.size === 1) pairs.set(a.key, [...hashes][0]!);
  }
  return score(pairs, truth);
}

/** The occurrences in the relation (file) that holds the most distinct keys. */
function mainRelation(occurrences: readonly Occurrence[]): Occurrence[] {
  const keys = new Map<string, Set<string>>();
  for (const o of occurrences) keys.set(o.source, (keys.get(o.source) ?? new Set()).add(o.key));
  const best = [...keys.entries()].sort((a, b) => b[1].size - a[1].size)[0]?.[0];
  return occurrences.filter((o) => o.source === best);
}

/**
 * Pairs by physical order: in the code table, the versions written by a later transaction than the one
 * that created the codes (the used versions), in order, against the answers in order (an update and an
 * insert in one transaction both go to the next free place of their table).
 */
export function pairByOrder(
  codes: readonly Occurrence[],
  answers: readonly Occurrence[],
  truth: ReadonlyMap<string, string>,
): AttackResult {
  const table = mainRelation(codes);
  const xminCount = new Map<number, number>();
  for (const c of table) xminCount.set(c.xmin, (xminCount.get(c.xmin) ?? 0) + 1);
  const created = [...xminCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const used = new Map<string, Occurrence>();
  for (const c of table) {
    if (c.xmin === created) continue;
    const seen = used.get(c.key);
    // Pruning a page moves tuples and may leave their old bytes further up: take the first copy.
    if (!seen || c.position < seen.position) used.set(c.key, c);
  }
  const usedInOrder = [...used.values()].sort((a, b) => a.position - b.position);
  const firstOfAnswer = new Map<string, Occurrence>();
  for (const a of mainRelation(answers)) {
    const seen = firstOfAnswer.get(a.key);
    if (!seen || a.position < seen.position) firstOfAnswer.set(a.key, a);
  }
  const ordered = [...firstOfAnswer.values()].sort((a, b) => a.position - b.position);
  const pairs = new Map<string, string>();
  for (let i = 0; i < Math.min(usedInOrder.length, ordered.length); i++)
    pairs.set(ordered[i]!.key, usedInOrder[i]!.key);
  return score(pairs, truth);
}

/** Which of the 16-byte identifiers (uuids) occur anywhere on the pages. */
export function findIdentifiers(pages: readonly Page[], uuids: readonly string[]): string[] {
  const byPrefix = new Map<number, Buffer[]>();
  for (const id of uuids) {
    const bytes = Buffer.from(id.replace(/-/g, ''), 'hex');
    const prefix = bytes.readUInt32BE(0);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), bytes]);
  }
  const found = new Set<string>();
  for (const page of pages) {
    const b = page.bytes;
    for (let i = 0; i + 16 <= b.length; i++) {
      const candidates = byPrefix.get(b.readUInt32BE(i));
      if (!candidates) continue;
      for (const c of candidates) if (b.compare(c, 0, 16, i, i + 16) === 0) found.add(c.toString('hex'));
    }
  }
  return [...found];
}
