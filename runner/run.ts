// adg run: every stage in order. Scrape and review always; release only when the spec says release:
// auto (non-sensitive sources), otherwise the run stops after review with the exact commands a person
// runs next; then generate, QA (blocking failures stop it) and export.
import type { Spec } from '../compiler/spec/model.js';
import { checkExportTarget } from './export-dir.js';
import { exportData, generate, scrape, type ExportResult, type GenerateResult, type PipelineOptions, type ScrapeResult } from './pipeline.js';
import { qa, requireCleanQa, type QaResult } from './qa.js';
import { AUTO_SIGNER, release, type ReleaseResult } from './release.js';
import { review, type ReviewResult } from './review.js';

export type RunStageResult = ScrapeResult | ReviewResult | ReleaseResult | GenerateResult | QaResult | ExportResult;

export interface RunOutcome {
  readonly stages: readonly RunStageResult[];
  /** Set when the run stopped for a person's sign-off: what to run next. */
  readonly awaitingRelease?: readonly string[];
}

/** Runs the pipeline, one stage at a time, handing each result to `onStage` as it finishes. */
export async function runAll(spec: Spec, options: PipelineOptions, onStage: (result: RunStageResult) => void = () => {}): Promise<RunOutcome> {
  checkExportTarget(spec, options.root, options.paths);
  const stages: RunStageResult[] = [];
  const done = <R extends RunStageResult>(result: R): R => {
    stages.push(result);
    onStage(result);
    return result;
  };
  done(await scrape(spec, options));
  const reviewed = done(await review(spec, options));
  if (spec.release !== 'auto') return { stages, awaitingRelease: reviewed.nextSteps };
  done(await release(spec, options, { hash: reviewed.metadataHash, reviewer: AUTO_SIGNER, approver: AUTO_SIGNER }, 'auto'));
  done(await generate(spec, options));
  requireCleanQa(spec, done(await qa(spec, options)));
  done(await exportData(spec, options));
  return { stages };
}
