import { HealthPanel } from '../health-panel.tsx';

const stages = [
  'Prompt',
  'Plan (256 tokens)',
  'Expand (1K–4K tokens)',
  'Decode',
  'Upscale',
  'Save',
];

export default function HomePage() {
  return (
    <main className="home">
      <header>
        <h1>Tessera</h1>
        <p className="lede">
          A node-graph studio for <strong>plan first, render second</strong> image generation. An
          autoregressive planner writes a small grid of visual tokens, the plan is expanded to a
          finer grid, a diffusion decoder renders pixels from it and an upscaler enlarges them. You
          wire these stages as nodes, save and share the graphs, and work with the token plans
          themselves: watch them stream in, edit, lock, resample and compare them.
        </p>
        <ol className="pipeline" aria-label="Pipeline stages">
          {stages.map((stage) => (
            <li key={stage}>{stage}</li>
          ))}
        </ol>
      </header>
      <HealthPanel />
      <p className="note">
        <a href="/">Open the editor</a> · <a href="/library">Library</a> ·{' '}
        <a href="/history">History</a>
      </p>
    </main>
  );
}
