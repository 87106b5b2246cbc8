import packageJson from '../../package.json' with { type: 'json' };

/** The Tessera release (the workspace packages share the product's version). */
export const TESSERA_VERSION: string = packageJson.version;
