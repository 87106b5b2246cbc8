'use client';
import { type ModelSummary, type ModelTemplate, api } from './api.ts';
import { closeDialog } from './dialog-store.ts';
import { confirmDiscard, openTemplate } from './document-actions.ts';
import { ListStatus } from './ListStatus.tsx';
import { Modal } from './Modal.tsx';
import { useServerList } from './use-server-list.ts';

const loadModels = (): Promise<ModelSummary[]> => api().models.list.query();

async function choose(template: ModelTemplate): Promise<void> {
  closeDialog();
  if (await confirmDiscard('Opening a template')) openTemplate(template);
}

/** Templates…: the workflows the installed model packages ship, opened as new documents. */
export function TemplatesDialog() {
  const list = useServerList(loadModels);
  const templates =
    list.status === 'ready'
      ? list.items.flatMap((model) => model.templates.map((template) => ({ model, template })))
      : [];
  return (
    <Modal label="Templates" onClose={closeDialog} className="wf-dialog--list">
      <p className="wf-hint">
        A template opens as a new workflow; the template itself stays as is.
      </p>
      <ListStatus list={list} what="the templates" />
      {list.status === 'ready' && templates.length === 0 && (
        <p className="wf-empty">No templates: no installed model package ships any.</p>
      )}
      {templates.length > 0 && (
        <ul className="wf-list" aria-label="Templates">
          {templates.map(({ model, template }) => (
            <li key={`${model.id}/${template.file}`}>
              <button type="button" className="wf-item" onClick={() => void choose(template)}>
                <span className="wf-item__name">{template.name}</span>
                {template.description !== '' && (
                  <span className="wf-item__description">{template.description}</span>
                )}
                <span className="wf-item__meta">
                  {template.document.nodes.length} nodes · {model.name}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="wf-actions">
        <button type="button" onClick={closeDialog}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
