// MessagePack for what servers send each other through Redis: binary port values (plan bytes,
// pixels) travel as bytes, not base64. What arrives is parsed with the protocol's schemas.
import { Packr } from 'msgpackr';

const packr = new Packr({ useRecords: false, moreTypes: false });

export const pack = (value: unknown): Buffer => packr.pack(value);
export const unpack = (bytes: Buffer): unknown => packr.unpack(bytes);
