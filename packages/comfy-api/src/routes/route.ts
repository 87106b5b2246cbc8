import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiState } from '../api-state.ts';
import type { ComfyCaller } from '../backend.ts';

export interface RouteContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  readonly caller: ComfyCaller;
  readonly state: ApiState;
  /** The pattern's capture groups, decoded. */
  readonly params: readonly string[];
}

export interface Route {
  readonly method: 'GET' | 'POST';
  /** Matched against the path without the `/api` prefix. */
  readonly pattern: RegExp;
  handle(context: RouteContext): Promise<void> | void;
}
