// Gives each zone phrase to the shape, headline or footer it belongs to: in its own part the
// nearest one before it that has no zone yet, else the nearest after it. A part with only a
// zone ("…, and bottom right") repeats a plural shape of the part before ("red circles top left
// and bottom right"), or else places the first thing of the next part ("In the top left, a
// purple circle"), or at the end the last one still without ("a red circle, top left"). A zone
// that reaches nothing is reported.
import type { Draft, PartReading, ReadingSink, ZoneMark } from './part-drafts.ts';
import { mergeZoneParts } from './zones.ts';
import type { PromptItem } from './prompt-items.ts';

const takesZone = (d: Draft): boolean => d.kind !== 'background' && d.zone === undefined;

/** Joins zone phrases with only linking words between ("at the top, on the left" = top left). */
function joinAdjacent(zones: readonly ZoneMark[], items: readonly PromptItem[]): ZoneMark[] {
  const out: ZoneMark[] = [];
  for (const zone of zones) {
    const last = out.at(-1);
    const between = last === undefined ? [] : items.slice(last.at + 1, zone.at);
    const merged =
      last?.parts !== undefined &&
      zone.parts !== undefined &&
      between.every((i) => i.kind === 'grammar')
        ? mergeZoneParts(last.parts, zone.parts)
        : undefined;
    if (last !== undefined && merged !== undefined) {
      out[out.length - 1] = { at: last.at, raw: `${last.raw} ${zone.raw}`, parts: merged };
    } else out.push(zone);
  }
  return out;
}

function nearest(drafts: readonly Draft[], at: number): Draft | undefined {
  const before = drafts.filter((d) => takesZone(d) && d.at < at).at(-1);
  return before ?? drafts.find((d) => takesZone(d) && d.at > at);
}

/** Places the zones of every part; plural shapes repeated for extra zones join `drafts`. */
export function placeZones(
  parts: readonly { readonly reading: PartReading; readonly items: readonly PromptItem[] }[],
  sink: ReadingSink,
): Draft[] {
  const all: Draft[] = [];
  let carried: ZoneMark[] = [];
  let previous: Draft[] = [];
  for (const { reading, items } of parts) {
    const { drafts } = reading;
    // The part's own zones first: a carried zone takes what they leave.
    const zones = [
      ...joinAdjacent(reading.zones, items),
      ...carried.map((z) => ({ ...z, at: -1 })),
    ];
    carried = [];
    for (const zone of zones) {
      const owner = nearest(drafts, zone.at);
      if (owner !== undefined) {
        owner.zone = zone;
        continue;
      }
      const plural = previous.findLast((d) => d.kind === 'block' && d.plural);
      if (!drafts.some(takesZone) && plural !== undefined && plural.kind === 'block') {
        all.push({ ...plural, colours: [...plural.colours], zone });
      } else carried.push(zone);
    }
    all.push(...drafts);
    if (drafts.some((d) => d.kind !== 'background')) previous = drafts;
  }
  for (const zone of carried) {
    const owner = all.findLast(takesZone);
    if (owner !== undefined) owner.zone = zone;
    else sink.unplaced.push({ words: zone.raw, reason: 'a zone with nothing named to put there' });
  }
  return all;
}
