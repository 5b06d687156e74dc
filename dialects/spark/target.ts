// A Spark target: a local session (master, a warehouse directory holding the Delta tables and the
// Derby metastore) or a Spark Connect server (remote: sc://host:port, e.g. Databricks), and the schemas
// of the four scopes in its catalog.
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_SCHEMAS, schemaPlaces } from '../../compiler/plan/paths.js';
import type { EngineDefinition } from '../engine.js';
import { SparkBackend } from './backend.js';
import { SCRATCH_SCHEMA, spark } from './index.js';
import { SparkSession } from './session.js';

// adg_scratch holds a stage's scratch tables and is dropped with them after every stage (see
// scratchTable in index.ts): a scope there would be dropped too.
const schema = z
  .string()
  .min(1)
  .max(128)
  .refine((name) => name.toLowerCase() !== SCRATCH_SCHEMA, { message: 'adg_scratch is where adg keeps a stage\'s scratch tables and drops them after every stage; choose another schema' });
const settings = z
  .strictObject({
    master: z.string().min(1).optional().describe('local session master, default local[2]'),
    warehouse_dir: z.string().min(1).optional().describe('local session: where Delta tables and the metastore live (default .adg/spark)'),
    remote: z.string().regex(/^sc:\/\//, 'a Spark Connect URL starts with sc://').optional(),
    conf: z.record(z.string(), z.string()).optional().describe('extra Spark settings'),
    source_schema: schema.optional(),
    metadata_schema: schema.optional(),
    released_schema: schema.optional(),
    output_schema: schema.optional(),
  })
  .refine((s) => !(s.remote && (s.master || s.warehouse_dir)), { message: 'remote (Spark Connect) and master/warehouse_dir (a local session) exclude each other' });
type Settings = z.infer<typeof settings>;

export const sparkEngine: EngineDefinition<Settings> = {
  dialect: spark,
  settings,
  keys: ['master', 'warehouse_dir', 'remote', 'conf', 'source_schema', 'metadata_schema', 'released_schema', 'output_schema'],
  places: (s, dataset, paths) => {
    const d = DEFAULT_SCHEMAS.spark;
    return schemaPlaces({ source: s.source_schema ?? d.source, metadata: s.metadata_schema ?? d.metadata, released: s.released_schema ?? d.released, output: s.output_schema ?? d.output, exportDir: paths.exportDir }, dataset);
  },
  open: (s, context) => {
    const where = s.remote ? `Spark Connect ${s.remote.replace(/;.*$/, '')}` : `Spark ${s.master ?? 'local[2]'}`;
    return new SparkBackend(
      () =>
        SparkSession.open({
          ...(s.remote ? { remote: s.remote } : { master: s.master ?? 'local[2]', warehouseDir: resolve(context.root, s.warehouse_dir ?? '.adg/spark') }),
          ...(s.conf ? { conf: s.conf } : {}),
        }),
      where,
    );
  },
};
