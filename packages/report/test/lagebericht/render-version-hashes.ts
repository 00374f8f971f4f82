// Renders a recorded version ({ input, edits } as JSON) in every format and prints the SHA-256 of each,
// so a test can compare with what a long-running server produced (fresh process, fresh Typst compiler).
// Usage: node --import tsx render-version-hashes.ts FILE.json
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  applyReportEdits,
  buildReportModel,
  REPORT_FORMATS,
  renderLagebericht,
} from '../../src/lagebericht/index.ts';

const { input, edits } = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const model = applyReportEdits(buildReportModel(input), edits);
const out: Record<string, string> = {};
for (const format of REPORT_FORMATS)
  out[format] = createHash('sha256')
    .update(await renderLagebericht(model, format))
    .digest('hex');
process.stdout.write(JSON.stringify(out));
