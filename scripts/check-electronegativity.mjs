#!/usr/bin/env node
// CI gate around Electronegativity (Electron's security linter). The tool itself always exits 0, and with
// --output it ignores --severity and prints nothing, so this script runs it as a library and decides:
//
//   npx --yes -p @doyensec/electronegativity@1.10.3 -- node scripts/check-electronegativity.mjs src out.csv
//
// It prints every finding, writes them all to the CSV, and fails on any finding of medium severity or
// above. A finding that is a false positive is waived where it occurs, with the tool's own comment, and
// the comment must say why:  // eng-disable CHECK_ID: the reason
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, relative, resolve } from 'node:path';

const [inputArgument = 'src', csvArgument = 'test-results/electronegativity.csv'] = process.argv.slice(2);
const input = resolve(inputArgument);
const csvPath = resolve(csvArgument);

// Needs GitHub (unreachable in CI) and a package.json in the input; Electron's version is pinned in ours.
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];
const FAILING_SEVERITY = 'MEDIUM';
const WAIVER = /eng-disable[ \t]+([\w \t,]+?)(?::[ \t]*(.*))?$/;

function electronegativityRunner() {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const bin = join(folder, 'electronegativity');
    if (!existsSync(bin)) continue;
    const packageDir = dirname(dirname(realpathSync(bin)));
    return createRequire(join(packageDir, 'package.json'))('./dist/runner.js');
  }
  throw new Error(
    'electronegativity is not on PATH; run this script through `npx -p @doyensec/electronegativity@…`',
  );
}

function sourceFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(m?[jt]sx?|html?)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every waiver must give its reason after a colon; a bare `eng-disable X` hides a finding without one. */
function unexplainedWaivers(folder) {
  const problems = [];
  for (const file of sourceFiles(folder)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const waiver = WAIVER.exec(line);
        if (waiver && (waiver[2] ?? '').trim().length < 10) {
          problems.push(
            `${relative(process.cwd(), file)}:${index + 1}: eng-disable without a reason: ${line.trim()}`,
          );
        }
      });
  }
  return problems;
}

const csvField = (value) => `"${String(value ?? '').replaceAll('"', '""')}"`;

const runner = electronegativityRunner();
const report = await runner({
  input,
  output: undefined,
  isSarif: false,
  customScan: [],
  excludeFromScan: EXCLUDED_CHECKS,
  severitySet: 'informational',
  confidenceSet: 'tentative',
  isRelative: true,
  isVerbose: true,
  electronUpgrade: undefined,
  electronVersionOverride: JSON.parse(readFileSync('package.json', 'utf8')).devDependencies?.electron,
  parserPlugins: [],
});

const findings = report.issues.map((issue) => ({
  id: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: issue.file === 'N/A' ? 'N/A' : relative(process.cwd(), resolve(input, issue.file)),
  location: `${issue.location.line}:${issue.location.column}`,
  sample: issue.sample ?? '',
  description: issue.description,
  manualReview: Boolean(issue.manualReview),
}));

mkdirSync(dirname(csvPath), { recursive: true });
writeFileSync(
  csvPath,
  [
    'issue,severity,confidence,file,location,manual_review,sample,description',
    ...findings.map((f) =>
      [f.id, f.severity, f.confidence, f.file, f.location, f.manualReview, f.sample, f.description]
        .map(csvField)
        .join(','),
    ),
  ].join('\n') + '\n',
);

const severityOrder = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
const failing = findings.filter(
  (f) => severityOrder.indexOf(f.severity) >= severityOrder.indexOf(FAILING_SEVERITY),
);
for (const f of findings) {
  const mark = failing.includes(f) ? 'FAIL' : 'note';
  console.log(
    `${mark} ${f.severity}/${f.confidence} ${f.id} ${f.file}:${f.location}${f.manualReview ? ' (review)' : ''}`,
  );
  console.log(`     ${f.description}`);
}
const parseErrors = report.errors.filter((error) => !error.tolerable);
for (const error of parseErrors) console.log(`FAIL could not parse ${error.file}: ${error.message}`);
const waivers = unexplainedWaivers(input);
for (const problem of waivers) console.log(`FAIL ${problem}`);

console.log(
  `electronegativity: ${findings.length} finding(s), ${failing.length} at ${FAILING_SEVERITY} or above, ` +
    `${parseErrors.length} unparsable file(s), ${waivers.length} unexplained waiver(s); all findings in ${relative(process.cwd(), csvPath)}`,
);
process.exit(failing.length + parseErrors.length + waivers.length > 0 ? 1 : 0);
