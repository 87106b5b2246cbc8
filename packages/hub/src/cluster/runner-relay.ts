// Both halves of placing a node on a runner attached to another server. The server holding the
// runner's socket answers reservations, hands offers to the socket and sends the job's progress
// and outcome back to the driving server; the driving server feeds those into its runner links,
// as if the runner were its own.
import {
  type Ack,
  type JobOffer,
  zJobOffer,
  zJobProgress,
  zNodeDisplayWire,
  zWireValues,
} from '@tessera/protocol';
import { z } from 'zod';
import type { RunnerLink, RunnerLinks } from '../runner-links.ts';
import { RELAY_ANSWER_MS } from './remote-runner-link.ts';
import type { MailboxMessage, ServerMailbox } from './server-mailbox.ts';

const zConnection = z.object({ connectionId: z.string().min(1).max(200) });
const zOfferMessage = zConnection.extend({ offer: zJobOffer });
const zCancelMessage = zConnection.extend({ jobId: z.string().min(1).max(300) });
const zProgressMessage = zCancelMessage.extend({ event: zJobProgress });
const zOutcomeMessage = zCancelMessage.extend({
  outcome: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('finished'),
      outputs: zWireValues,
      ms: z.number().nonnegative(),
      display: zNodeDisplayWire.optional(),
    }),
    z.object({ kind: z.literal('failed'), message: z.string() }),
    z.object({ kind: z.literal('lost'), reason: z.string() }),
  ]),
});

export interface RunnerRelayOptions {
  readonly mailbox: ServerMailbox;
  readonly links: RunnerLinks;
  readonly log: (line: string) => void;
}

/** Serves the mailbox: other servers' requests for this server's runners, and their reports. */
export function attachRunnerRelay({ mailbox, links, log }: RunnerRelayOptions): void {
  // Reservations made for another server, released if its offer does not follow in time.
  const unclaimed = new Map<string, NodeJS.Timeout>();

  const reserve = (connectionId: string): boolean => {
    if (!links.tryReserve(connectionId)) return false;
    unclaimed.set(
      connectionId,
      setTimeout(() => {
        unclaimed.delete(connectionId);
        links.release(connectionId);
      }, RELAY_ANSWER_MS * 2),
    );
    return true;
  };

  const runOffer = (from: string, connectionId: string, offer: JobOffer): Promise<Ack> => {
    clearTimeout(unclaimed.get(connectionId));
    unclaimed.delete(connectionId);
    const link = links.get(connectionId);
    if (!link) return Promise.resolve({ ok: false, error: 'the runner has disconnected' });
    const { jobId } = offer;
    return new Promise<Ack>((answer) => {
      const relayed: RunnerLink = {
        ...link,
        offer: async (sent) => {
          const ack = await link.offer(sent);
          answer(ack);
          return ack;
        },
      };
      void links
        .run(relayed, offer, (event) =>
          mailbox.send(from, { kind: 'progress', connectionId, jobId, event }),
        )
        .then((outcome) => {
          answer({ ok: false, error: outcome.kind === 'lost' ? outcome.reason : 'ended' });
          mailbox.send(from, { kind: 'outcome', connectionId, jobId, outcome });
        });
    });
  };

  const report = (
    connectionId: string,
    jobId: string,
    update: Parameters<RunnerLinks['report']>[2],
  ): void => {
    try {
      links.report(connectionId, jobId, update);
    } catch {
      // The node moved on (cancelled, or placed again): a late report is dropped.
    }
  };

  mailbox.handle((from: string, message: MailboxMessage): unknown => {
    switch (message.kind) {
      case 'reserve': {
        const parsed = zConnection.safeParse(message);
        return parsed.success && reserve(parsed.data.connectionId);
      }
      case 'offer': {
        const parsed = zOfferMessage.safeParse(message);
        if (!parsed.success) return { ok: false, error: 'an unreadable offer' };
        return runOffer(from, parsed.data.connectionId, parsed.data.offer);
      }
      case 'cancel': {
        const parsed = zCancelMessage.safeParse(message);
        if (parsed.success) links.get(parsed.data.connectionId)?.cancel(parsed.data.jobId);
        return undefined;
      }
      case 'progress': {
        const parsed = zProgressMessage.safeParse(message);
        if (parsed.success) report(parsed.data.connectionId, parsed.data.jobId, parsed.data.event);
        return undefined;
      }
      case 'outcome': {
        const parsed = zOutcomeMessage.safeParse(message);
        if (parsed.success) {
          const { outcome } = parsed.data;
          report(
            parsed.data.connectionId,
            parsed.data.jobId,
            outcome.kind === 'finished' && outcome.display === undefined
              ? { kind: 'finished', outputs: outcome.outputs, ms: outcome.ms }
              : outcome,
          );
        }
        return undefined;
      }
      default:
        log(`cluster: server ${from} sent an unknown message "${message.kind}"`);
        return undefined;
    }
  });
}
