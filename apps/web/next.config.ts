import type { NextConfig } from 'next';

const config: NextConfig = {
  // Workspace packages are published as TypeScript source.
  transpilePackages: [
    '@tessera/graph',
    '@tessera/nodes',
    '@tessera/protocol',
    '@tessera/png',
    // Only its browser-safe subpath `@tessera/inference/prompt-language` reaches the browser.
    '@tessera/inference',
  ],
  // Native and server-only modules stay out of bundles (the custom server loads them itself).
  serverExternalPackages: [
    'better-sqlite3',
    '@prisma/adapter-better-sqlite3',
    '@prisma/adapter-pg',
    'onnxruntime-node',
  ],
  poweredByHeader: false,
  experimental: { inlineCss: true },
  // Another build folder, for comparing two builds side by side (e2e/bench/compare-builds.ts).
  ...(process.env.TESSERA_NEXT_DIST_DIR ? { distDir: process.env.TESSERA_NEXT_DIST_DIR } : {}),
  // For profiling the editor (a CPU profile then names source files): TESSERA_BROWSER_SOURCE_MAPS=1.
  productionBrowserSourceMaps: process.env.TESSERA_BROWSER_SOURCE_MAPS === '1',
  // `pnpm typecheck` checks every package; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};

export default config;
