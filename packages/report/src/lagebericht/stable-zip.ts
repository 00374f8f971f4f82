/**
 * DOCX and XLSX are ZIP files whose libraries stamp the clock into them (each entry's modification
 * time, and docProps/core.xml's created/modified). This rewrites both from the report date, so the same
 * model gives the same bytes on every run (a published version regenerates byte-identically).
 */
import JSZip from 'jszip';

const STAMPS = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

export async function stableZip(bytes: Uint8Array, reportDate: string): Promise<Uint8Array> {
  const date = new Date(`${reportDate}T00:00:00Z`);
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const entries: { name: string; file: JSZip.JSZipObject }[] = [];
  source.forEach((name, file) => {
    if (!file.dir) entries.push({ name, file });
  });
  for (const { name, file } of entries) {
    if (name === 'docProps/core.xml') {
      const xml = (await file.async('string')).replace(
        STAMPS,
        `$1${date.toISOString().replace(/\.\d{3}Z$/, 'Z')}$2`,
      );
      out.file(name, xml, { date, createFolders: false });
    } else if (name === 'word/document.xml') {
      // docx numbers bookmarks per process (_Toc1, later _Toc10; bookmark and drawing ids likewise): renumber by first use.
      const ids = new Map<string, string>();
      const bookmarks = new Map<string, string>();
      const drawings = new Map<string, string>();
      const xml = (await file.async('string'))
        .replace(/_Toc\d+/g, (m) => {
          if (!ids.has(m)) ids.set(m, `_Toc${ids.size + 1}`);
          return ids.get(m)!;
        })
        .replace(/(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)"/g, (_, head: string, id: string) => {
          if (!bookmarks.has(id)) bookmarks.set(id, String(bookmarks.size + 1));
          return `${head}${bookmarks.get(id)}"`;
        })
        .replace(/(<(?:wp:docPr|pic:cNvPr)\b[^>]*?\bid=")(\d+)"/g, (_, head: string, id: string) => {
          if (!drawings.has(id)) drawings.set(id, String(drawings.size + 1));
          return `${head}${drawings.get(id)}"`;
        });
      out.file(name, xml, { date, createFolders: false });
    } else out.file(name, await file.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
