// The plan of a stage as IR sections, exactly those `adg compile` prints into generated/: dbt models are
// cut from the sections (not from printed text), and every call checks that they print the statements
// compileStage prints, so the dbt project and generated/ can never drift apart.
import { isDeepStrictEqual } from 'node:util';
import { compileStage, generationView } from '../compile.js';
import type { Section } from '../ir.js';
import { Printer } from '../print.js';
import { generateSections } from '../plan/generate.js';
import { scrapeSections } from '../plan/scrape.js';
import type { StagePlaces } from '../plan/paths.js';
import type { Spec } from '../spec/model.js';
import type { Dialect } from '../../dialects/dialect.js';

/** The stages dbt runs: export writes files, which is not a dbt model's job. */
export type DbtStage = 'scrape' | 'generate';
export const DBT_STAGES: readonly DbtStage[] = ['scrape', 'generate'];

export function stageSections(spec: Spec, stage: DbtStage, dialect: Dialect, places: StagePlaces, toolVersion: string): Section[] {
  // First, so that what the engine cannot do is said as `adg compile` says it.
  const compiled = compileStage(spec, stage, { dialect, places, toolVersion });
  const src = spec.source;
  const plans: Record<DbtStage, () => Section[]> = {
    scrape: () =>
      scrapeSections(spec, places, {
        frequencyScan: dialect.frequencyScan,
        stageSource: dialect.readsFiles && !dialect.columnar(src.kind === 'file' ? { kind: 'file', format: src.format } : { kind: 'table' }),
        readsFiles: dialect.readsFiles,
      }),
    generate: () => generateSections(generationView(spec), places, toolVersion, { rowBlocks: dialect.rowBlocks, lookupLists: dialect.lookupLists }),
  };
  const sections: Section[] = [{ title: `Run in the time zone ${spec.timeZone}`, statement: { k: 'timeZone', name: spec.timeZone } }, ...plans[stage]()];
  const printer = new Printer(dialect);
  const same = isDeepStrictEqual(
    sections.map((s) => printer.section(s).statements),
    compiled.sections.map((s) => s.statements),
  );
  if (!same) throw new Error(`dbt: the ${stage} plan of ${spec.file} differs from what adg compile prints (compiler/dbt/plan.ts is out of step with compiler/compile.ts)`);
  return sections;
}
