// @tessera/protocol: what travels between browser, hub and runners. Importable in the browser:
// no Node built-ins.

// --- token plans: the versioned binary codec (token-plan/) ---
export * from './token-plan/index.ts';

// --- Socket.IO event maps, payload schemas and wire values (events/) ---
export * from './events/index.ts';

// --- runs: one status vocabulary for engine, database, hub and browser (runs/) ---
export * from './runs/run-status.ts';

// --- model packages: one hash per package (models/) ---
export { modelPackageSha256 } from './models/model-package-sha256.ts';
