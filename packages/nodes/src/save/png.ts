// The PNG codec the save node and its tests use.
export { decodePng, encodePng, readPngText } from '@tessera/inference';
