// `npm run test:mutation [folder …] [-- stryker flags]`: mutation testing of lib/<folder> with
// StrykerJS, one folder after another (stryker.config.mjs), then one line per folder with the
// counts the score is made of. Default: the four folders whose tests must assert values.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const DEFAULT_FOLDERS = ["cost", "catalog", "url", "recommend"];
const args = process.argv.slice(2);
// A lib/ folder's name selects it; everything else goes to Stryker (`--force`, `--ignoreStatic false`).
const isFolder = (a) => /^[a-z-]+$/.test(a) && existsSync(`lib/${a}`);
const folders = args.filter(isFolder);
const flags = args.filter((a) => !isFolder(a));
const STRYKER = new URL("../node_modules/@stryker-mutator/core/bin/stryker.js", import.meta.url).pathname;

/** Stryker's score: detected (killed + timeout) over valid mutants (errors and ignored left out). */
function summarize(folder) {
  const report = JSON.parse(readFileSync(`reports/mutation/${folder}.json`, "utf8"));
  const counts = { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0, CompileError: 0, RuntimeError: 0, Ignored: 0 };
  for (const file of Object.values(report.files)) for (const m of file.mutants) counts[m.status] += 1;
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  const score = valid === 0 ? 100 : (100 * detected) / valid;
  return { folder, score: score.toFixed(2), ...counts };
}

let status = 0;
const rows = [];
for (const folder of folders.length ? folders : DEFAULT_FOLDERS) {
  console.log(`\n== lib/${folder}`);
  const run = spawnSync(process.execPath, [STRYKER, "run", ...flags], {
    stdio: "inherit",
    env: { ...process.env, STRYKER_FOLDER: folder },
  });
  if (run.status !== 0) {
    status = 1;
    continue;
  }
  rows.push(summarize(folder));
}
console.log("\nfolder      score  killed survived no-coverage timeout runtime-error");
for (const r of rows) {
  const cells = [r.score, r.Killed, r.Survived, r.NoCoverage, r.Timeout, r.RuntimeError].map((c) => String(c).padStart(7));
  console.log(`lib/${r.folder.padEnd(9)}${cells.join(" ")}`);
}
process.exit(status);
