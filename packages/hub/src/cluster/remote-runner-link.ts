// A runner attached to another server of the cluster, as this server's runner links see it: its
// reservation, offers and cancels go to that server (runner-relay.ts), which hands them to the
// runner's socket and sends the job's reports back here.
import { type Ack, type JobOffer, zAck } from '@tessera/protocol';
import type { RunnerLink } from '../runner-links.ts';
import type { ServerMailbox } from './server-mailbox.ts';

export interface RemoteRunner {
  readonly connectionId: string;
  readonly name: string;
  readonly nodeTypes: readonly string[];
  readonly models: readonly string[];
  /** The server holding its socket. */
  readonly serverId: string;
}

/** How long the other server has to answer a reservation or an offer. */
export const RELAY_ANSWER_MS = 15_000;

export function remoteRunnerLink(runner: RemoteRunner, mailbox: ServerMailbox): RunnerLink {
  const { connectionId, serverId } = runner;
  return {
    connectionId,
    name: runner.name,
    nodeTypes: new Set(runner.nodeTypes),
    models: new Set(runner.models),
    async reserve() {
      try {
        const answer = await mailbox.request(
          serverId,
          { kind: 'reserve', connectionId },
          RELAY_ANSWER_MS,
        );
        return answer === true;
      } catch {
        return false;
      }
    },
    async offer(offer: JobOffer): Promise<Ack> {
      try {
        const answer = await mailbox.request(
          serverId,
          { kind: 'offer', connectionId, offer },
          RELAY_ANSWER_MS,
        );
        const ack = zAck.safeParse(answer);
        return ack.success ? ack.data : { ok: false, error: 'an unreadable answer' };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    cancel(jobId: string) {
      mailbox.send(serverId, { kind: 'cancel', connectionId, jobId });
    },
  };
}
