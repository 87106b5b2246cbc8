// Workflow templates a model package ships (`workflows/*.json`), each read and migrated like any
// document; a bad one is left out with a warning.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { type WorkflowDocument, readDocument } from '@tessera/graph';

export interface ModelTemplate {
  /** The file name in the package's workflows/ folder. */
  readonly file: string;
  readonly name: string;
  readonly description: string;
  readonly document: WorkflowDocument;
}

async function jsonFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

export async function readTemplates(
  modelDir: string,
  warn: (message: string) => void,
): Promise<ModelTemplate[]> {
  const dir = path.join(modelDir, 'workflows');
  const templates: ModelTemplate[] = [];
  for (const file of await jsonFiles(dir)) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
    } catch (error) {
      warn(`template ${file} skipped: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const read = readDocument(json);
    if (!read.ok) {
      const first = read.problems.find((p) => p.severity === 'error') ?? read.problems[0];
      warn(`template ${file} skipped: ${first?.message ?? 'not a workflow document'}`);
      continue;
    }
    const { document } = read;
    templates.push({ file, name: document.name, description: document.description, document });
  }
  return templates;
}
