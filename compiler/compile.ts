// spec -> plan (IR) -> SQL text, one program per stage. Pure: the same spec, dialect and paths always
// give the same text, which is what generated/ holds and `adg check` compares.
import { Unsupported, type Dialect, type FrequencyScan } from '../dialects/dialect.js';
import { usageError } from './errors.js';
import { Printer, type PrintedSection } from './print.js';
import { STAGES, type Program, type Section, type Stage } from './ir.js';
import type { Spec } from './spec/model.js';
import { describeSource } from './plan/common.js';
import { scrapeSections } from './plan/scrape.js';
import { vocabularyScrapeSections } from './plan/vocabulary.js';
import { generateSections, type GenerationView } from './plan/generate.js';
import { exportSections, EXPORT_FORMATS, type ExportFormat, type Recorded } from './plan/export.js';
import { PLACEHOLDER_SIGN_OFF, releaseSections, reviewSections, type SignOff } from './plan/review.js';
import { qaSections } from './plan/qa.js';
import { describeScope, partPlaces, type StagePlaces } from './plan/paths.js';
import { loadedSourceTable } from './plan/names.js';

export interface CompileOptions {
  readonly dialect: Dialect;
  readonly places: StagePlaces;
  readonly toolVersion: string;
  readonly exportFormats?: readonly ExportFormat[];
  /** Export only: the files are written from rows streamed off another engine, whose provenance this is. */
  readonly recorded?: Recorded;
  /** Release only: who signed off which metadata hash (generated/ holds placeholders the SQL refuses). */
  readonly signOff?: SignOff;
  /** Review only: whether a release exists to diff against. */
  readonly previousRelease?: boolean;
  /** Overrides the dialect's frequency plan (the benchmark measures both). */
  readonly frequencyScan?: FrequencyScan;
}

export interface CompiledProgram {
  readonly stage: Stage;
  readonly file: string;
  /** The whole program as a commented SQL file. */
  readonly text: string;
  /** The same statements, section by section, for a runner to execute one at a time. */
  readonly sections: readonly PrintedSection[];
}


/** What generate and export may see of a spec. */
export function generationView(spec: Spec): GenerationView {
  const { file, dataset, description, fields, columns, generation, hash, scrapeHash, disclaimer, timeZone, entity, identifiers, derived, orderedDates, references, vocabulary } = spec;
  const pool = spec.entityPool?.name;
  return { file, dataset, description, fields, columns, generation, hash, scrapeHash, disclaimer, timeZone, entity, identifiers, derived, orderedDates, references, vocabulary, ...(pool ? { pool } : {}) };
}

export function compileStage(spec: Spec, stage: Stage, options: CompileOptions): CompiledProgram {
  try {
    return compileOn(spec, stage, options);
  } catch (err) {
    // What the engine cannot do is said at compile time, against the spec, never as SQL that fails later.
    if (err instanceof Unsupported) throw usageError(`${err.message} (stage ${stage}, dialect ${options.dialect.name})`, { file: spec.file }, err.hint ?? 'use another target for this spec');
    throw err;
  }
}

function compileOn(spec: Spec, stage: Stage, options: CompileOptions): CompiledProgram {
  const { dialect, places, toolVersion } = options;
  const view = generationView(spec);
  const readsFiles = dialect.readsFiles;
  const source =
    spec.source.kind === 'file' && !readsFiles
      ? `table ${loadedSourceTable(spec.dataset)} of ${describeScope(places.source)}, which adg load made of the ${describeSource(spec)}`
      : describeSource(spec);
  const plans: Record<Stage, { readonly n: number; readonly about: string; readonly database: string; readonly sections: () => Section[] }> = {
    scrape: {
      n: 1,
      about: `Reads the source (${source}) and writes suppressed metadata; raw counts stay in TEMP tables.`,
      database: describeScope(places.metadata),
      sections: () =>
        spec.vocabulary ? vocabularyScrapeSections(spec, places, readsFiles) : scrapeSections(spec, places, {
          frequencyScan: options.frequencyScan ?? dialect.frequencyScan,
          stageSource: readsFiles && !dialect.columnar(spec.source.kind === 'file' ? { kind: 'file', format: spec.source.format } : { kind: 'table' }),
          readsFiles,
        }),
    },
    review: {
      n: 2,
      about: 'Reads the metadata (and the last release, to diff against) and runs the disclosure checks; writes nothing: the runner writes the review pack.',
      database: describeScope(places.metadata),
      sections: () => reviewSections(spec, places, { previousRelease: options.previousRelease ?? false }),
    },
    release: {
      n: 3,
      about: 'Copies the reviewed metadata into the released scope, only for the signed-off hash and with no blocking check failing, and logs the sign-off.',
      database: describeScope(places.released),
      sections: () => releaseSections(spec, places, options.signOff ?? PLACEHOLDER_SIGN_OFF, toolVersion),
    },
    generate: {
      n: 4,
      about: 'Reads the released metadata only (never the source) and writes the artificial table and its provenance.',
      database: describeScope(places.output),
      sections: () => generateSections(view, places, toolVersion, { rowBlocks: dialect.rowBlocks, lookupLists: dialect.lookupLists }),
    },
    qa: {
      n: 5,
      about: 'Checks the artificial table against the released metadata and records the verdicts export requires.',
      database: describeScope(places.output),
      sections: () => qaSections(view, places),
    },
    export: {
      n: 6,
      about:
        dialect.exportsThrough === 'engine'
          ? `Writes the artificial table to ${places.exportDir}/ as ${(options.exportFormats ?? EXPORT_FORMATS).join(' and ')}.`
          : `Streams the artificial table to the client, which writes ${places.exportDir}/ as ${(options.exportFormats ?? EXPORT_FORMATS).join(' and ')}.`,
      database: describeScope(places.output),
      sections: () => exportSections(view, places, toolVersion, options.exportFormats, dialect.exportsThrough, options.recorded),
    },
  };
  const plan = plans[stage];
  const file = `${String(plan.n).padStart(2, '0')}_${stage}.sql`;
  const program: Program = {
    stage,
    file,
    header: [
      `adg ${toolVersion}: stage ${plan.n} (${stage}) of dataset "${spec.dataset}", ${dialect.title} dialect.`,
      `Compiled from ${spec.file} (spec sha256 ${spec.hash.slice(0, 16)}); do not edit, run \`adg compile\`.`,
      plan.about,
      `Runs in ${plan.database}; \`adg ${stage} ${spec.file}\` runs it with progress and checks.`,
    ],
    sections: [
      {
        title: `Run in the time zone ${spec.timeZone}`,
        note: 'Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the same text on any machine.',
        statement: { k: 'timeZone', name: spec.timeZone },
      },
      ...plan.sections(),
    ],
  };
  const printer = new Printer(dialect);
  return { stage, file, text: printer.program(program), sections: program.sections.map((s) => printer.section(s)) };
}

export function compileAll(spec: Spec, options: CompileOptions): CompiledProgram[] {
  if (!spec.parts) return STAGES.map((stage) => compileStage(spec, stage, options));
  // A multi-table dataset: one program per stage, its tables' programs one after the other.
  return STAGES.map((stage) => {
    const programs = spec.parts!.map((part) => compileStage(part, stage, { ...options, places: partPlaces(options.places, part.table!) }));
    return {
      stage,
      file: programs[0]!.file,
      text: programs.map((p, i) => `-- ==== table ${spec.parts![i]!.table} of dataset "${spec.dataset}" (${i + 1}/${programs.length}) ====\n\n${p.text}`).join('\n'),
      sections: programs.flatMap((p) => p.sections),
    };
  });
}
