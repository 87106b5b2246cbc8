import { GalleryPage } from '../../gallery/GalleryPage.tsx';

export const metadata = { title: 'Public gallery · Tessera' };

export default function Gallery() {
  return <GalleryPage />;
}
