// Engine messages are for people, and must carry no data. One filter every engine error passes through:
// it keeps the reason and the names adg knows (fields, columns, tables) and drops what could be a
// value: quoted text, numbers, nested type parameters (struct keys, enum members), and every line after
// the first (DuckDB adds the offending CSV line, a caret under the SQL, candidate values).

const ERROR_PREFIX = /^(Invalid Input|Binder|Catalog|Conversion|Parser|IO|Constraint|Out of Range|Not implemented|Invalid Configuration|Serialization|Transaction|Dependency|Internal|Permission|Sequence|Out of Memory|Interrupt|FATAL) Error: /;
const ELIDED = '…';

export function redactEngineMessage(message: string, knownNames: ReadonlySet<string> = new Set()): string {
  let text = (message.split(/\r?\n/)[0] ?? '').replace(ERROR_PREFIX, '');
  // Parameters of nested and enumerated types name keys and members: keep only the type's name.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\b(STRUCT|MAP|UNION|ENUM)\s*\([^()]*\)/gi, (_, type: string) => `${type.toUpperCase()}(${ELIDED})`);
  }
  // A quote after a letter is an apostrophe (can't), not the start of a quoted value.
  text = text.replace(/(?<![A-Za-z])'(?:[^']|'')*'?/g, `'${ELIDED}'`);
  text = text.replace(/"((?:[^"]|"")*)"?/g, (all, inner: string) => (knownNames.has(inner.replaceAll('""', '"')) ? all : `"${ELIDED}"`));
  // Numbers standing alone (not part of a name such as INT64 or a placeholder such as $1).
  text = text.replace(/(?<![\w.$…])[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?(?![\w.])/gi, ELIDED);
  return text.trim();
}
