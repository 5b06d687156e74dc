// After a scrape: which generated fields look like identifiers, by the same rules `adg init` uses
// (compiler/identifiers.ts), judged from the field's name, its column type and the shares the scrape's
// identifier screen computed in the engine. Each becomes a warning naming the field and the reason.
import { identifierReason, isDateOfBirth, valueFamily, type ContentProfile } from '../compiler/identifiers.js';
import type { Spec } from '../compiler/spec/model.js';
import { duckdb } from '../dialects/duckdb/index.js';
import type { SourceColumn } from './catalog.js';
import type { Row } from '../dialects/duckdb/session.js';

export interface IdentifierFinding {
  readonly field: string;
  readonly reason: string;
  readonly warning: string;
}

const GRANULARITY_ORDER = ['minute', 'hour', 'day', 'week', 'month', 'year'];

function profileOf(row: Row | undefined): ContentProfile | undefined {
  if (!row) return undefined;
  const share = (key: string) => Number(row[key] ?? 0);
  return {
    enoughValues: row.enough_values === true,
    distinctPerRow: share('distinct_per_row'),
    ...(row.entities_per_value === null || row.entities_per_value === undefined ? {} : { entitiesPerValue: share('entities_per_value') }),
    nhsNumbers: share('nhsNumbers'),
    emails: share('emails'),
    phones: share('phones'),
    postcodes: share('postcodes'),
  };
}

export function screenIdentifiers(
  spec: Spec,
  columns: readonly SourceColumn[],
  screen: readonly Row[],
  published: readonly { readonly field: string; readonly publishedNonNull: number }[],
): IdentifierFinding[] {
  const typeOf = new Map(columns.map((c) => [c.name, c.type]));
  const screened = new Map(screen.map((r) => [String(r.field), r]));
  const valuesPublished = new Map(published.map((p) => [p.field, p.publishedNonNull]));
  return spec.fields.flatMap((f) => {
    const family = valueFamily(duckdb.typeFamily(typeOf.get(f.name) ?? ''));
    let reason = identifierReason(f.name, family, profileOf(screened.get(f.name)));
    if (!reason && f.kind === 'date' && isDateOfBirth(f.name) && GRANULARITY_ORDER.indexOf(f.granularity ?? 'day') < GRANULARITY_ORDER.indexOf('year')) {
      reason = `it is a date of birth published by ${f.granularity}: use granularity: year`;
    }
    if (!reason) return [];
    const n = valuesPublished.get(f.name) ?? 0;
    const published = n === 0 ? 'none of its values passed suppression' : `${n.toLocaleString('en-US')} of its values ${f.kind === 'continuous' ? 'or bins ' : ''}were published`;
    return [{ field: f.name, reason, warning: `"${f.name}" looks like an identifier (${reason}); ${published}. Set kind: excluded in the spec` }];
  });
}
