// Statistics benchmark (issue 3): a municipal-style survey of 1,000,000 respondents × 20 items with strata,
// clusters and raking on two margins (12 and 10 cells); 40 estimates (20 means, 20 proportions) overall and
// for 10 domains, with SEs, CIs and design effects. Reports time and peak memory and, when Rscript with the
// survey package is available, runs R on the same data in the same run and prints the speed ratio and the
// largest differences between the two.
//
//   node --import tsx scripts/bench-stats.ts [--n 1000000] [--r-n 20000] [--no-r-sample]
//
// Each workload runs in its own child process so that peak memory (VmHWM) belongs to that workload alone.
// Section 3 runs `asskomm analyse` end to end on the CSV file (start, streaming read, all 440 estimates)
// against Rscript reading the same file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type PopulationMargin,
  rake,
  type SurveyDomain,
  type SurveyEstimate,
  svyDesign,
  svyDomainsBy,
  svyMean,
  svyProportion,
} from '../packages/stats/src/index';

const ITEMS = 20;
const STRATA = 20;
const DOMAINS = 10;
const AGESEX = 12;
const EDU = 10;
const RESPONDENTS_PER_PSU = 500;
const SEED = 20261124;
const RAKE_CONTROL = { maxIter: 100, epsilon: 1e-10 } as const;

/** SplitMix32-style generator: deterministic, fast, good enough for synthetic data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

function categorical(u: number, cumulative: Float64Array): number {
  let k = 0;
  while (k < cumulative.length - 1 && u > (cumulative[k] as number)) k++;
  return k;
}

function cumulativeOf(p: number[]): Float64Array {
  const total = p.reduce((a, b) => a + b, 0);
  let acc = 0;
  return Float64Array.from(p, (x) => {
    acc += x / total;
    return acc;
  });
}

export interface SurveyData {
  n: number;
  nPsu: number;
  stratum: Int32Array;
  psu: Int32Array;
  fpc: Float64Array;
  weight: Float64Array;
  agesex: Int32Array;
  edu: Int32Array;
  ortsteil: Int32Array;
  /** Likert 1–5, NaN = no answer (about 5 %) */
  items: Float32Array[];
  popAgesex: Float64Array;
  popEdu: Float64Array;
}

const label = (prefix: string, k: number) => `${prefix}${String(k + 1).padStart(2, '0')}`;

/** Synthetic municipal survey, deterministic for a given n. */
export function generateSurvey(n: number): SurveyData {
  const rand = rng(SEED);
  const normal = () => {
    const u = rand() || 1e-12;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  const nPsu = Math.max(2 * STRATA, Math.round(n / RESPONDENTS_PER_PSU));
  const psuEffect = Float64Array.from({ length: nPsu }, () => 0.35 * normal());
  const psuCount = new Int32Array(STRATA);
  for (let p = 0; p < nPsu; p++) psuCount[p % STRATA] = (psuCount[p % STRATA] as number) + 1;
  const rowsInStratum = new Float64Array(STRATA);
  const stratum = new Int32Array(n);
  const psu = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = Math.floor((i * nPsu) / n);
    psu[i] = p;
    stratum[i] = p % STRATA;
    rowsInStratum[p % STRATA] = (rowsInStratum[p % STRATA] as number) + 1;
  }
  const popTotal = n * 60;
  const fpc = new Float64Array(n);
  const weight = new Float64Array(n);
  const agesex = new Int32Array(n);
  const edu = new Int32Array(n);
  const ortsteil = new Int32Array(n);
  const ageCum = cumulativeOf([5, 6, 7, 8, 9, 9, 5, 6, 8, 9, 10, 12]);
  const eduCum = cumulativeOf([3, 6, 9, 12, 14, 16, 14, 11, 9, 6]);
  for (let i = 0; i < n; i++) {
    const h = stratum[i] as number;
    fpc[i] = 8 * (psuCount[h] as number);
    const stratumPop = (popTotal * (0.5 + (h % 5) / 4)) / (STRATA * 1.0);
    weight[i] = (stratumPop / (rowsInStratum[h] as number)) * Math.exp(0.3 * normal());
    agesex[i] = categorical(rand(), ageCum);
    edu[i] = categorical(rand(), eduCum);
    ortsteil[i] = Math.floor(((psu[i] as number) * DOMAINS) / nPsu);
  }
  const items: Float32Array[] = [];
  for (let j = 0; j < ITEMS; j++) {
    const y = new Float32Array(n);
    const itemShift = 0.15 * (j % 7) - 0.4;
    for (let i = 0; i < n; i++) {
      if (rand() < 0.05) {
        y[i] = Number.NaN;
        continue;
      }
      const latent =
        0.12 * (agesex[i] as number) -
        0.08 * (edu[i] as number) +
        (psuEffect[psu[i] as number] as number) +
        itemShift +
        normal();
      y[i] = latent < -0.8 ? 1 : latent < -0.1 ? 2 : latent < 0.6 ? 3 : latent < 1.4 ? 4 : 5;
    }
    items.push(y);
  }
  const margin = (cum: Float64Array, tilt: number) => {
    const out = new Float64Array(cum.length);
    let prev = 0;
    let sum = 0;
    for (let k = 0; k < cum.length; k++) {
      out[k] = Math.round(popTotal * ((cum[k] as number) - prev) * (1 + tilt * ((k % 3) - 1)));
      prev = cum[k] as number;
      sum += out[k] as number;
    }
    out[cum.length - 1] = (out[cum.length - 1] as number) + (popTotal - sum);
    return out;
  };
  return {
    n,
    nPsu,
    stratum,
    psu,
    fpc,
    weight,
    agesex,
    edu,
    ortsteil,
    items,
    popAgesex: margin(ageCum, 0.08),
    popEdu: margin(eduCum, -0.06),
  };
}

interface BenchEstimate {
  statistic: 'mean' | 'proportion';
  item: number;
  domain: number; // 0 = overall, k = domain k
  estimate: number;
  se: number;
  ciLow: number;
  ciHigh: number;
  deff: number;
}

export interface WorkloadResult {
  n: number;
  generateSeconds: number;
  designSeconds: number;
  estimateSeconds: number;
  /** seconds per estimate, in the order of `estimates` */
  estimateTimes: number[];
  estimates: BenchEstimate[];
  peakRssMb: number;
}

function peakRssMb(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.memoryUsage().rss / 1048576;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)] as number;
};

/**
 * The TypeScript workload: build and rake the design, then 40 estimates × (overall + 10 domains). The
 * machine is shared, so the work is repeated `repeats` times on the same data and median times are reported.
 */
export function runTsWorkload(n: number, repeats = 3): WorkloadResult {
  const t0 = performance.now();
  const data = generateSurvey(n);
  const generateSeconds = (performance.now() - t0) / 1000;
  const designTimes: number[] = [];
  const estimateTotals: number[] = [];
  const perEstimate: number[][] = [];
  let estimates: BenchEstimate[] = [];
  for (let rep = 0; rep < repeats; rep++) {
    let t = performance.now();
    const design = svyDesign({
      weights: data.weight,
      strata: data.stratum,
      clusters: data.psu,
      fpc: data.fpc,
    });
    const margins: PopulationMargin[] = [
      {
        name: 'agesex',
        codes: data.agesex,
        levels: Array.from({ length: AGESEX }, (_, k) => label('A', k)),
        population: new Map(Array.from(data.popAgesex, (c, k) => [label('A', k), c])),
      },
      {
        name: 'edu',
        codes: data.edu,
        levels: Array.from({ length: EDU }, (_, k) => label('E', k)),
        population: new Map(Array.from(data.popEdu, (c, k) => [label('E', k), c])),
      },
    ];
    const raked = rake(design, margins, RAKE_CONTROL);
    const domainLevels = Array.from({ length: DOMAINS }, (_, k) => label('O', k));
    const domains: (SurveyDomain | undefined)[] = [
      undefined,
      ...svyDomainsBy(raked, data.ortsteil, domainLevels, 'ortsteil'),
    ];
    designTimes.push((performance.now() - t) / 1000);
    t = performance.now();
    estimates = [];
    const times: number[] = [];
    const keep = (
      statistic: 'mean' | 'proportion',
      item: number,
      domain: number,
      run: () => SurveyEstimate,
    ) => {
      const s0 = performance.now();
      const e = run();
      times.push((performance.now() - s0) / 1000);
      estimates.push({
        statistic,
        item,
        domain,
        estimate: e.estimate,
        se: e.se,
        ciLow: e.ciLow,
        ciHigh: e.ciHigh,
        deff: e.deff,
      });
    };
    for (let j = 0; j < ITEMS; j++) {
      const y = data.items[j] as Float32Array;
      domains.forEach((domain, k) => {
        keep('mean', j, k, () => svyMean(raked, y, { domain }));
        keep('proportion', j, k, () => svyProportion(raked, y, [4, 5], { domain }));
      });
    }
    estimateTotals.push((performance.now() - t) / 1000);
    perEstimate.push(times);
  }
  return {
    n,
    generateSeconds,
    designSeconds: median(designTimes),
    estimateSeconds: median(estimateTotals),
    estimateTimes: (perEstimate[0] ?? []).map((_, i) => median(perEstimate.map((ts) => ts[i] as number))),
    estimates,
    peakRssMb: peakRssMb(),
  };
}

/** Writes the survey as CSV (plus the two margin files) for R; numbers round-trip exactly. */
export function writeSurveyCsv(data: SurveyData, dir: string): void {
  const header = [
    'stratum',
    'psu',
    'fpc',
    'w',
    'agesex',
    'edu',
    'ortsteil',
    ...Array.from({ length: ITEMS }, (_, j) => `q${j + 1}`),
  ];
  const lines: string[] = [header.join(',')];
  for (let i = 0; i < data.n; i++) {
    const cells = [
      String(data.stratum[i]),
      String(data.psu[i]),
      String(data.fpc[i]),
      String(data.weight[i]),
      label('A', data.agesex[i] as number),
      label('E', data.edu[i] as number),
      label('O', data.ortsteil[i] as number),
    ];
    for (let j = 0; j < ITEMS; j++) {
      const v = (data.items[j] as Float32Array)[i] as number;
      cells.push(Number.isNaN(v) ? '' : String(v));
    }
    lines.push(cells.join(','));
  }
  writeFileSync(path.join(dir, 'data.csv'), `${lines.join('\n')}\n`);
  const margin = (name: string, prefix: string, pop: Float64Array) =>
    writeFileSync(
      path.join(dir, `${name}.csv`),
      `${name},Freq\n${Array.from(pop, (c, k) => `${label(prefix, k)},${c}`).join('\n')}\n`,
    );
  margin('agesex', 'A', data.popAgesex);
  margin('edu', 'E', data.popEdu);
}

/**
 * The same work in R's survey package; timings exclude reading the CSV. With "sample" as second argument
 * only the first item's mean and proportion, overall and in the first domain, are estimated (4 of the 440).
 */
const R_SCRIPT = `
args <- commandArgs(TRUE); dir <- args[1]; sample <- length(args) > 1 && args[2] == "sample"
items <- if (sample) 1 else 1:20
suppressMessages(library(survey)); library(jsonlite)
dat <- read.csv(file.path(dir, "data.csv"), stringsAsFactors = FALSE)
p1 <- read.csv(file.path(dir, "agesex.csv"), stringsAsFactors = FALSE)
p2 <- read.csv(file.path(dir, "edu.csv"), stringsAsFactors = FALSE)
for (j in items) { q <- dat[[paste0("q", j)]]; dat[[paste0("p", j)]] <- ifelse(is.na(q), NA, as.numeric(q %in% c(4, 5))) }
t0 <- proc.time()[["elapsed"]]
d <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, fpc = ~fpc, data = dat)
r <- rake(d, list(~agesex, ~edu), list(p1, p2), control = list(maxit = 100, epsilon = 1e-10))
doms <- sort(unique(dat$ortsteil))
if (sample) doms <- doms[1]
subs <- c(list(r), lapply(doms, function(k) subset(r, ortsteil == k)))
t1 <- proc.time()[["elapsed"]]
out <- vector("list", length(items) * 2 * length(subs)); i <- 0
for (j in items) {
  fm <- as.formula(paste0("~q", j)); fp <- as.formula(paste0("~p", j))
  for (s in seq_along(subs)) {
    dd <- subs[[s]]
    m <- svymean(fm, dd, na.rm = TRUE, deff = TRUE)
    ci <- confint(m)
    i <- i + 1; out[[i]] <- list(statistic = "mean", item = j - 1, domain = s - 1, estimate = coef(m)[[1]],
      se = SE(m)[[1]], ciLow = ci[1, 1], ciHigh = ci[1, 2], deff = deff(m)[[1]])
    p <- svymean(fp, dd, na.rm = TRUE, deff = TRUE)
    est <- coef(p)[[1]]; se <- SE(p)[[1]]
    # svyciprop(method = "logit") without its GLM fit: the same interval from the same SE
    h <- qt(0.975, degf(dd)) * se / (est * (1 - est))
    i <- i + 1; out[[i]] <- list(statistic = "proportion", item = j - 1, domain = s - 1, estimate = est, se = se,
      ciLow = plogis(qlogis(est) - h), ciHigh = plogis(qlogis(est) + h), deff = deff(p)[[1]])
  }
}
t2 <- proc.time()[["elapsed"]]
hwm <- as.numeric(sub("kB", "", sub("VmHWM:", "", grep("VmHWM", readLines("/proc/self/status"), value = TRUE)))) / 1024
cat(toJSON(list(designSeconds = t1 - t0, estimateSeconds = t2 - t1, peakRssMb = hwm,
  version = as.character(packageVersion("survey")), estimates = out), auto_unbox = TRUE, digits = I(17)))
`;

const here = fileURLToPath(import.meta.url);

function runChild(args: string[]): WorkloadResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', here, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench-stats worker failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as WorkloadResult;
}

function hasR(): boolean {
  const r = spawnSync('Rscript', ['-e', 'suppressMessages(library(survey)); library(jsonlite); cat("ok")'], {
    encoding: 'utf8',
  });
  return r.status === 0 && r.stdout.includes('ok');
}

function maxRelDiff(a: BenchEstimate[], b: BenchEstimate[], field: keyof BenchEstimate): number {
  let worst = 0;
  for (const x of a) {
    const y = b.find((e) => e.statistic === x.statistic && e.item === x.item && e.domain === x.domain);
    if (!y) return Number.POSITIVE_INFINITY;
    const u = x[field] as number;
    const v = y[field] as number;
    const d = Math.abs(u - v) / Math.max(Math.abs(v), 1e-300);
    if (d > worst) worst = d;
  }
  return worst;
}

const f = (x: number, d = 2) =>
  x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

function runR(dir: string, sample: boolean) {
  const r = spawnSync('Rscript', [path.join(dir, 'bench.R'), dir, ...(sample ? ['sample'] : [])], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`R failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as {
    designSeconds: number;
    estimateSeconds: number;
    peakRssMb: number;
    version: string;
    estimates: BenchEstimate[];
  };
}

function differences(ts: BenchEstimate[], r: BenchEstimate[]): string {
  const picked = ts.filter((x) =>
    r.some((e) => e.statistic === x.statistic && e.item === x.item && e.domain === x.domain),
  );
  return (['estimate', 'se', 'ciLow', 'ciHigh', 'deff'] as const)
    .map((k) => `${k} ${maxRelDiff(picked, r, k).toExponential(1)}`)
    .join(', ');
}

/**
 * Runs the statistics benchmark and prints the figures. `n`: respondents for the TypeScript run (default
 * 1,000,000). `rN`: size on which R does the whole work for the ratio (default 20,000, as R needs about
 * 0.15 s per estimate there and grows linearly). `rSample`: also let R do a sample of the work (design,
 * raking and 4 of the 440 estimates) at the full n (default true).
 */
export async function benchStats(opts: { n?: number; rN?: number; rSample?: boolean }): Promise<void> {
  const n = opts.n ?? 1_000_000;
  const rN = Math.min(opts.rN ?? 20_000, n);
  const total = ITEMS * 2 * (DOMAINS + 1);
  console.log('Statistics benchmark (@asskomm/stats vs R survey)');
  console.log(
    `Survey: ${ITEMS} Likert items (5 % missing), ${STRATA} strata, ${RESPONDENTS_PER_PSU} respondents per cluster (PSU), fpc, raking on ${AGESEX} + ${EDU} cells (maxit 100, epsilon 1e-10)`,
  );
  console.log(
    `Work: ${ITEMS} means + ${ITEMS} proportions (answers 4–5), overall and for ${DOMAINS} domains = ${total} estimates, each with SE, CI and deff`,
  );
  const ts = runChild(['--worker', String(n)]);
  console.log(
    `\nTypeScript (median of 3 runs), n = ${n.toLocaleString('en-US')}: design + raking + domains ${f(ts.designSeconds, 3)} s, ${total} estimates ${f(ts.estimateSeconds, 3)} s, total ${f(ts.designSeconds + ts.estimateSeconds, 3)} s; peak memory ${f(ts.peakRssMb, 0)} MB (VmHWM of the process, including the generated data; generation ${f(ts.generateSeconds, 1)} s not timed)`,
  );
  if (!hasR()) {
    console.log('\nRscript with the survey and jsonlite packages not found: no comparison with R.');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-stats-'));
  try {
    writeFileSync(path.join(dir, 'bench.R'), R_SCRIPT);
    // 1. the whole work on n = rN, both sides
    writeSurveyCsv(generateSurvey(rN), dir);
    const tsSmall = rN === n ? ts : runChild(['--worker', String(rN)]);
    const R = runR(dir, false);
    const tsTotal = tsSmall.designSeconds + tsSmall.estimateSeconds;
    const rTotal = R.designSeconds + R.estimateSeconds;
    console.log(
      `\n1) All ${total} estimates on the same data, n = ${rN.toLocaleString('en-US')} (R survey ${R.version}; reading the CSV not timed):`,
    );
    console.log(
      `   R (one run):                   design + raking + domains ${f(R.designSeconds, 3)} s, estimates ${f(R.estimateSeconds, 3)} s, total ${f(rTotal, 3)} s, peak memory ${f(R.peakRssMb, 0)} MB`,
    );
    console.log(
      `   TypeScript (median of 3 runs): design + raking + domains ${f(tsSmall.designSeconds, 3)} s, estimates ${f(tsSmall.estimateSeconds, 3)} s, total ${f(tsTotal, 3)} s, peak memory ${f(tsSmall.peakRssMb, 0)} MB`,
    );
    console.log(`   ratio R / TypeScript: ${f(rTotal / tsTotal, 0)}×`);
    console.log(
      `   largest relative difference over ${R.estimates.length} estimates: ${differences(tsSmall.estimates, R.estimates)}`,
    );
    // 2. a sample of the work at the full n
    let fullWritten = rN === n;
    if (opts.rSample !== false && rN < n) {
      writeSurveyCsv(generateSurvey(n), dir);
      fullWritten = true;
      const Rs = runR(dir, true);
      const sampleIdx = ts.estimates
        .map((e, i) => (e.item === 0 && e.domain <= 1 ? i : -1))
        .filter((i) => i >= 0);
      const tsSample = ts.designSeconds + sampleIdx.reduce((a, i) => a + (ts.estimateTimes[i] as number), 0);
      const rSample = Rs.designSeconds + Rs.estimateSeconds;
      console.log(
        `\n2) n = ${n.toLocaleString('en-US')}, R doing design + raking + 4 of the ${total} estimates (item 1: mean and proportion, overall and in domain 1; R's time includes subset() for the domain):`,
      );
      console.log(
        `   R (one run):                   design + raking ${f(Rs.designSeconds, 1)} s, 4 estimates ${f(Rs.estimateSeconds, 1)} s, total ${f(rSample, 1)} s, peak memory ${f(Rs.peakRssMb, 0)} MB`,
      );
      console.log(
        `   TypeScript (median of 3 runs): design + raking + all domains ${f(ts.designSeconds, 3)} s, the same 4 estimates ${f(tsSample - ts.designSeconds, 3)} s, total ${f(tsSample, 3)} s`,
      );
      console.log(`   ratio R / TypeScript on this sample: ${f(rSample / tsSample, 0)}×`);
      console.log(
        `   largest relative difference on the 4 estimates: ${differences(ts.estimates, Rs.estimates)}`,
      );
      const perEstimate = Rs.estimateSeconds / 4;
      const extrapolated = Rs.designSeconds + perEstimate * total;
      console.log(
        `   extrapolation (not measured): R would need about ${f(extrapolated / 60, 0)} min for all ${total} estimates at this n, ${f(extrapolated / (ts.designSeconds + ts.estimateSeconds), 0)}× the TypeScript time`,
      );
    }
    // 3. end to end: the command line on the CSV file against Rscript reading the same file
    if (!fullWritten) writeSurveyCsv(generateSurvey(n), dir);
    endToEnd(dir, n, total);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wall time and peak memory of a child process, via GNU time (null figures without it). */
function timedRun(
  command: string,
  args: string[],
): { seconds: number; peakMb: number | null; stdout: string } {
  const gnuTime = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', command, ...args], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  return { seconds, peakMb: m ? Number(m[2]) / 1024 : null, stdout: r.stdout };
}

/**
 * `asskomm analyse` end to end (start, reading the CSV, design, raking, all estimates, JSON out) against
 * Rscript end to end on the same file (read.csv, design, raking and the sample of 4 estimates: R's full
 * work at this n would take many minutes). Goal (issue 9): under 5 s and 500 MB for n = 1,000,000.
 */
function endToEnd(dir: string, n: number, total: number): void {
  const margin = (name: string) => {
    const text = readFileSync(path.join(dir, `${name}.csv`), 'utf8').replace(/^(\w+),Freq/, '$1,count');
    writeFileSync(path.join(dir, `${name}_count.csv`), text);
    return `${name}=${path.join(dir, `${name}_count.csv`)}`;
  };
  const items = Array.from({ length: ITEMS }, (_, j) => `q${j + 1}`);
  const args = [
    path.resolve(path.dirname(here), '..', 'apps', 'cli', 'bin', 'asskomm.mjs'),
    'analyse',
    path.join(dir, 'data.csv'),
    ...['--strata', 'stratum', '--cluster', 'psu', '--fpc', 'fpc', '--weight', 'w'],
    ...['--rake', margin('agesex'), '--rake', margin('edu')],
    ...['--mean', items.join(','), ...items.flatMap((q) => ['--prop', `${q}=4,5`])],
    ...['--by', 'ortsteil', '--json'],
  ];
  const cli = timedRun(process.execPath, args);
  const out = JSON.parse(cli.stdout) as { estimates: { estimate: number; se: number }[] };
  const R = timedRun('Rscript', [path.join(dir, 'bench.R'), dir, 'sample']);
  const rOut = JSON.parse(R.stdout) as { estimates: BenchEstimate[] };
  // the same 4 estimates in R's order: item 1's mean and proportion overall, then both in the first domain
  // (the command prints all means first, each overall and then per domain, then the proportions)
  const props = ITEMS * (DOMAINS + 1);
  const cliPicked = [0, props, 1, props + 1].map((i) => out.estimates[i]);
  let worst = 0;
  rOut.estimates.forEach((e, k) => {
    const c = cliPicked[k];
    if (!c) return;
    worst = Math.max(worst, Math.abs(c.estimate - e.estimate) / Math.abs(e.estimate));
    worst = Math.max(worst, Math.abs(c.se - e.se) / Math.abs(e.se));
  });
  const mb = (x: number | null) => (x === null ? '? MB' : `${f(x, 0)} MB`);
  console.log(
    `\n3) End to end on the same CSV file (${f(statSync(path.join(dir, 'data.csv')).size / 1048576, 0)} MB), n = ${n.toLocaleString('en-US')}:`,
  );
  console.log(
    `   asskomm analyse (start, read, design, raking, all ${total} estimates, JSON): ${f(cli.seconds, 1)} s, peak memory ${mb(cli.peakMb)} (goal: < 5 s, < 500 MB)`,
  );
  console.log(
    `   Rscript (start, read.csv, design, raking, 4 estimates):                ${f(R.seconds, 1)} s, peak memory ${mb(R.peakMb)}`,
  );
  console.log(
    `   ratio R / asskomm: ${f(R.seconds / cli.seconds, 1)}× the time for 4 of the ${total} estimates; largest relative difference on those 4 (estimate, SE): ${worst.toExponential(1)}`,
  );
}

function argValue(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : undefined;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const worker = process.argv.indexOf('--worker');
  if (worker >= 0) {
    process.stdout.write(JSON.stringify(runTsWorkload(Number(process.argv[worker + 1]))));
  } else {
    benchStats({
      n: argValue('--n'),
      rN: argValue('--r-n'),
      rSample: !process.argv.includes('--no-r-sample'),
    }).catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
  }
}
