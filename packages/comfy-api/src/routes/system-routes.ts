// /system_stats, /features, /embeddings, /extensions and /object_info: what clients read on
// connect to learn what the server is and which node classes it has.
import os from 'node:os';
import { listInputImages } from '../files/list-input-images.ts';
import { type ObjectInfoContext, nodeInfo, objectInfo } from '../translate/object-info.ts';
import type { ApiState } from '../api-state.ts';
import type { ComfyCaller } from '../backend.ts';
import { sendJson } from '../http/respond.ts';
import type { Route } from './route.ts';

/** The most uploads object_info offers as choices (ComfyUI lists the whole folder). */
const MAX_LISTED_IMAGES = 1_000;

async function contextFor(state: ApiState, caller: ComfyCaller): Promise<ObjectInfoContext> {
  const images = await listInputImages(state.backend.inputDirFor(caller), MAX_LISTED_IMAGES);
  return { inputImages: images.map((image) => image.name).sort() };
}

/** The ComfyUI release whose API shapes this one follows. */
export const COMFYUI_API_VERSION = '0.3.40';

export const systemRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/system_stats$/,
    handle({ res, state }) {
      sendJson(res, 200, {
        system: {
          os: process.platform === 'win32' ? 'nt' : 'posix',
          ram_total: os.totalmem(),
          ram_free: os.freemem(),
          comfyui_version: COMFYUI_API_VERSION,
          tessera_version: state.backend.version,
          python_version: `Tessera ${state.backend.version} (Node.js ${process.versions.node})`,
          pytorch_version: 'none (onnxruntime on the runners)',
          embedded_python: false,
          argv: [],
        },
        devices: state.backend.devices().map((device) => ({
          name: device.name,
          type: device.type,
          index: device.index,
          vram_total: device.vramTotal,
          vram_free: device.vramFree,
          torch_vram_total: 0,
          torch_vram_free: 0,
        })),
      });
    },
  },
  {
    method: 'GET',
    pattern: /^\/features$/,
    handle({ res, state }) {
      sendJson(res, 200, {
        supports_preview_metadata: false,
        max_upload_size: state.maxUploadBytes,
      });
    },
  },
  { method: 'GET', pattern: /^\/embeddings$/, handle: ({ res }) => sendJson(res, 200, []) },
  { method: 'GET', pattern: /^\/extensions$/, handle: ({ res }) => sendJson(res, 200, []) },
  {
    method: 'GET',
    pattern: /^\/object_info$/,
    async handle({ res, state, caller }) {
      sendJson(
        res,
        200,
        objectInfo(state.backend.catalogue.list(), await contextFor(state, caller)),
      );
    },
  },
  {
    method: 'GET',
    pattern: /^\/object_info\/([^/]+)$/,
    async handle({ res, state, params, caller }) {
      const spec = state.backend.catalogue.find(params[0] ?? '');
      sendJson(
        res,
        200,
        spec ? { [spec.type]: nodeInfo(spec, await contextFor(state, caller)) } : {},
      );
    },
  },
];
