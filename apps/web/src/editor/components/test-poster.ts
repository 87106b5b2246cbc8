// The poster template for the components' unit tests, read as the editor reads a document.
import { type WorkflowDocument, validate } from '@tessera/graph';
import poster from '../../../../../models/tessera-tiny/workflows/poster.json';
import { catalogue } from '../model/catalogue.ts';

export function posterDocument(): WorkflowDocument {
  const { document } = validate(poster, catalogue);
  if (!document) throw new Error('the poster template does not validate');
  return document;
}
