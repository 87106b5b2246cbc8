/** Where the library reports what it decided (provider fallbacks, load times). Injected. */
export interface InferenceLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

/** Logs to the console; the default, so that a fallback is never silent. */
export const consoleLogger: InferenceLogger = {
  info: (message, fields) => console.info(`[inference] ${message}`, fields ?? ''),
  warn: (message, fields) => console.warn(`[inference] ${message}`, fields ?? ''),
};

/** Drops everything (tests that do not look at logs). */
export const silentLogger: InferenceLogger = { info: () => {}, warn: () => {} };
