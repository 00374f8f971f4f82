#!/usr/bin/env node
// Entry point of the `asskomm` command. It runs the bundle of the workspace's TypeScript that
// apps/cli/build/cli-bundle.mjs builds (once after each change of the sources, see there).
import { loadCli } from '../build/cli-bundle.mjs';

const { main } = await loadCli();
process.exitCode = await main(process.argv);
