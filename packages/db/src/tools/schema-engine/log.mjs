// Logs in the native engine's format: one JSON object a line on stderr, which the Prisma CLI
// reads (the last ERROR line becomes the message it shows).

/**
 * @param {'INFO' | 'WARN' | 'ERROR'} level
 * @param {Record<string, unknown>} fields
 */
export function log(level, fields) {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields,
    target: 'schema_engine::logger',
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

/**
 * Forwards a log line emitted by the wasm engine (a JSON string) to stderr.
 * @param {unknown} line
 */
export function forwardEngineLog(line) {
  const text = typeof line === 'string' ? line : JSON.stringify(line);
  process.stderr.write(`${text.replace(/\n/g, ' ')}\n`);
}

/**
 * @param {unknown} error
 * @returns {string}
 */
export function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The Prisma error code (P1001…) an error carries, if any.
 * @param {unknown} error
 * @returns {string | undefined}
 */
export function prismaCodeOf(error) {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^P\d{4}$/.test(code) ? code : undefined;
}

/**
 * An Error with a Prisma error code, which the CLI shows next to the message.
 * @param {string} code
 * @param {string} message
 */
export function prismaError(code, message) {
  return Object.assign(new Error(message), { code });
}

/**
 * Error fields the CLI understands: `error_code` and `message`.
 * @param {unknown} error
 */
export function errorFields(error) {
  const code = prismaCodeOf(error);
  return code ? { error_code: code, message: messageOf(error) } : { message: messageOf(error) };
}
