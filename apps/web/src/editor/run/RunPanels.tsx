'use client';
// Placeholder until the run views land.
export function QueuePanel() {
  return <p className="empty">No runs yet. Press Ctrl+Enter to run the workflow.</p>;
}
export function RunnersPanel() {
  return <p className="empty">No runners connected.</p>;
}
