// A widget's local draft of a value: edited freely, committed to the document once (on blur,
// Enter or the end of a slider drag), so one change is one undo step.
import { useEffect, useState } from 'react';

export function useDraft<T>(value: T): [T, (next: T) => void, () => void] {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return [draft, setDraft, () => setDraft(value)];
}
