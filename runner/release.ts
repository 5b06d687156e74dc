// adg release: the sign-off. Refuses unless the hash named is the metadata's as it is now, a review
// pack of that hash exists, no blocking check fails and a reviewer and an approver are named; then the
// compiled program re-checks all of it in the engine, copies the metadata into the released scope and
// logs the sign-off there in one unit of work. Releasing the latest release's hash again changes nothing.
import { AdgError, usageError } from '../compiler/errors.js';
import { tablesOf } from '../compiler/plan/names.js';
import { describeScope } from '../compiler/plan/paths.js';
import { latestReleaseSections, type SignOff } from '../compiler/plan/review.js';
import { Printer } from '../compiler/print.js';
import type { Spec } from '../compiler/spec/model.js';
import { backendOf, compileFor, execute, runSections, placesOf, requireTable, silent, type PipelineOptions, type StepTiming } from './pipeline.js';
import { readReviewFile } from './review-dir.js';
import type { ReviewDocument } from './review-document.js';
import { reviewDirOf } from './review.js';

export interface ReleaseRequest {
  readonly hash: string;
  readonly reviewer: string;
  readonly approver: string;
}

export interface ReleaseResult {
  readonly stage: 'release';
  readonly seconds: number;
  readonly steps: readonly StepTiming[];
  readonly metadataHash: string;
  readonly reviewer: string;
  readonly approver: string;
  readonly policy: 'manual' | 'auto';
  /** Where the metadata now is. */
  readonly releasedTo: string;
  /** True when this hash already was the latest release: nothing was written. */
  readonly unchanged: boolean;
  readonly warnings: readonly string[];
  readonly bytesRead: number;
}

/** Who signs off a release: adg itself when the spec says release: auto. */
export const AUTO_SIGNER = 'adg (release: auto)';

const HASH = /^[0-9a-f]{64}$/;

export async function release(spec: Spec, options: PipelineOptions, request: ReleaseRequest, policy: 'manual' | 'auto' = 'manual'): Promise<ReleaseResult> {
  const { reporter = silent } = options;
  const backend = backendOf(options);
  const places = placesOf(options);
  const t0 = performance.now();
  const t = tablesOf(spec.dataset);
  const signOff = checkSignOff(spec, request, policy);
  reporter.stageStarted('release', describeScope(places.metadata), describeScope(places.released));
  await requireTable(backend, places.metadata, t.metadata.name, spec, 'no scraped metadata', `run adg scrape ${spec.file}, then adg review ${spec.file}`);
  requireReview(spec, options, signOff.metadataHash);
  if (!(await backend.scopeExists(places.released))) {
    throw usageError(
      `the release scope ${describeScope(places.released)} does not exist`,
      { file: spec.file },
      `an administrator creates it with its grants (generated/${spec.dataset}/<engine>/00_grants.sql), or set released_schema in the target to a schema that exists`,
    );
  }
  const result = (unchanged: boolean, steps: StepTiming[], bytesRead: number): ReleaseResult => ({
    stage: 'release',
    seconds: (performance.now() - t0) / 1000,
    steps,
    metadataHash: signOff.metadataHash,
    reviewer: signOff.reviewer,
    approver: signOff.approver,
    policy,
    releasedTo: describeScope(places.released),
    unchanged,
    warnings: [],
    bytesRead,
  });
  if (await latestReleaseIs(options, signOff.metadataHash, spec)) return result(true, [], 0);
  return backend.stage('release', places, { replaces: [t.released.name], ...(options.threads ? { threads: options.threads } : {}) }, async (session) => {
    const program = compileFor(spec, 'release', backend, places, { signOff });
    const { steps } = await execute(session, program, spec, reporter, `the previous release in ${describeScope(places.released)}`);
    return result(false, steps, session.bytesRead);
  });
}

function checkSignOff(spec: Spec, request: ReleaseRequest, policy: 'manual' | 'auto'): SignOff {
  const hash = request.hash.trim().toLowerCase();
  if (!HASH.test(hash)) throw usageError(`"${request.hash}" is not a metadata hash (64 hexadecimal digits)`, { file: spec.file }, `copy it from the review pack: adg review ${spec.file} prints it`);
  const reviewer = request.reviewer.trim();
  const approver = request.approver.trim();
  if (!reviewer) throw usageError('a release needs the name of the reviewer (--reviewer)', { file: spec.file }, 'the person who read the review pack signs it');
  if (!approver) throw usageError('a release needs the name of the approver (--approver)', { file: spec.file }, 'a senior member of staff approves the release');
  if (policy === 'manual' && reviewer.toLowerCase() === approver.toLowerCase()) {
    throw usageError('the reviewer and the approver must be two different people', { file: spec.file }, 'a second person approves what the reviewer signed');
  }
  if (policy === 'manual' && (reviewer === AUTO_SIGNER || approver === AUTO_SIGNER)) throw usageError(`"${AUTO_SIGNER}" signs only automatic releases`, { file: spec.file });
  return { metadataHash: hash, reviewer, approver, policy };
}

/** A review pack of this very hash must exist, with no blocking finding: the evidence a person read. */
function requireReview(spec: Spec, options: PipelineOptions, hash: string): void {
  const dir = reviewDirOf(options);
  const text = readReviewFile(dir, 'review.json');
  if (text === undefined) throw new AdgError(`no review of this metadata: there is no review pack in ${dir}`, { file: spec.file }, `run adg review ${spec.file}, read its report, then release the hash it shows`);
  const doc = JSON.parse(text) as ReviewDocument;
  if (doc.metadataHash !== hash) {
    throw new AdgError(
      'the hash given is not the one the last review showed',
      { file: spec.file },
      `check the hash in ${dir}/REVIEW.md; if the metadata was scraped again since, run adg review ${spec.file} again`,
    );
  }
  if (doc.summary.blocking > 0) {
    throw new AdgError(`the review found ${doc.summary.blocking} blocking check(s) failing, so this metadata cannot be released`, { file: spec.file }, `read ${dir}/report.html, fix the spec and scrape again`);
  }
}

/** Whether the releases log's newest row for this dataset already names this hash, and the copy still has it. */
async function latestReleaseIs(options: PipelineOptions, hash: string, spec: Spec): Promise<boolean> {
  const backend = backendOf(options);
  const places = placesOf(options);
  const t = tablesOf(spec.dataset);
  if (!(await backend.tableExists(places.released, t.releases.name)) || !(await backend.tableExists(places.released, t.released.name))) return false;
  // Read-only, like a review: an in-memory session on DuckDB, the target's session on a warehouse.
  return backend.stage('review', places, { replaces: [] }, async (session) => {
    const printer = new Printer(backend.dialect);
    const results = await runSections(session, latestReleaseSections(spec.dataset, places).map((s) => printer.section(s)));
    // A copy changed since (by hand) is released again, to repair it.
    return results.latest_release?.[0]?.metadata_hash === hash && results.released_hash?.[0]?.metadata_hash === hash;
  });
}
