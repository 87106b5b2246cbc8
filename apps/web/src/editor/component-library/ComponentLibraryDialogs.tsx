'use client';
import './component-library.css';
import { PublishComponentDialog } from './PublishComponentDialog.tsx';
import { UpdateComponentDialog } from './UpdateComponentDialog.tsx';

/** The component library's dialogs, mounted once by the editor shell. */
export function ComponentLibraryDialogs() {
  return (
    <>
      <PublishComponentDialog />
      <UpdateComponentDialog />
    </>
  );
}
