import '@xyflow/react/dist/style.css';
import '../../../editor/editor.css';
import '../../../editor/run/run.css';
import { SharePage } from '../../../share/SharePage.tsx';

export const metadata = { title: 'Shared workflow · Tessera' };

export default async function SharedWorkflowPage({
  params,
}: {
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  return <SharePage slug={slug} />;
}
