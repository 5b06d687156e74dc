// strptime formats (what specs use, DuckDB's spelling) in the spellings of engines that have their own.
// Only the directives whose meaning every engine agrees on are accepted; anything else is refused at
// compile time, so a format never parses differently on another engine.

export interface FormatParts {
  /** Java DateTimeFormatter pattern (Spark). */
  readonly java: string;
  /** PostgreSQL to_timestamp template. */
  readonly postgres: string;
  /** A regular expression the text must match before PostgreSQL parses it (to_timestamp has no try_ form). */
  readonly regex: string;
}

const DIRECTIVES: Record<string, { java: string; postgres: string; regex: string }> = {
  Y: { java: 'yyyy', postgres: 'YYYY', regex: '[0-9]{4}' },
  // English month abbreviations (Jan ... Dec): Spark formats in Locale.US, PostgreSQL in English.
  b: { java: 'MMM', postgres: 'Mon', regex: '[A-Za-z]{3}' },
  m: { java: 'M', postgres: 'MM', regex: '[0-9]{1,2}' },
  d: { java: 'd', postgres: 'DD', regex: '[0-9]{1,2}' },
  H: { java: 'H', postgres: 'HH24', regex: '[0-9]{1,2}' },
  M: { java: 'm', postgres: 'MI', regex: '[0-9]{1,2}' },
  S: { java: 's', postgres: 'SS', regex: '[0-9]{1,2}' },
};

export function translateFormat(format: string): FormatParts {
  let java = '';
  let postgres = '';
  let regex = '^';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '%') {
      const directive = format[++i];
      if (directive === '%') {
        java += '%';
        postgres += '"%"';
        regex += '%';
        continue;
      }
      const d = directive ? DIRECTIVES[directive] : undefined;
      if (!d) throw new Error(`%${directive ?? ''} is not one of ${Object.keys(DIRECTIVES).map((k) => `%${k}`).join(' ')}`);
      java += d.java;
      postgres += d.postgres;
      regex += d.regex;
      continue;
    }
    if (/[A-Za-z0-9"'\\]/.test(ch)) throw new Error(`the literal character ${JSON.stringify(ch)} cannot be given to every engine`);
    java += `'${ch}'`;
    postgres += `"${ch}"`;
    regex += /[.*+?^${}()|[\]\\/-]/.test(ch) ? `\\${ch}` : ch;
  }
  return { java, postgres, regex: `${regex}$` };
}
