import type { Channel, StepFields } from '../model/types.js';

/** What changed between two neighbouring columns: the channel, the device, or the owning department. */
export type SwitchKind = 'channel' | 'device' | 'owner';

/**
 * A gap worth marking on the map: the customer has to move to a channel (or device) they did not use
 * in the previous column, or another department takes over.
 */
export interface StepSwitch {
  kind: SwitchKind;
  /** Everything the previous column used (channel ids, device names or owners), in document order. */
  from: string[];
  /** What this column uses that the previous one did not, in document order. */
  to: string[];
}

/** Devices that do not pin the customer to one device, so they never make a switch. */
const DEVICE_AGNOSTIC = new Set(['any']);

/** Distinct non-empty trimmed strings in first-seen order; `key` decides which ones count as equal. */
function distinct(values: Iterable<unknown>, key: (value: string) => string = (value) => value): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (!trimmed || seen.has(key(trimmed))) continue;
    seen.add(key(trimmed));
    result.push(trimmed);
  }
  return result;
}

const caseless = (value: string) => value.toLowerCase();

function touchpointsOf(step: StepFields) {
  return Array.isArray(step.touchpoints) ? step.touchpoints.filter((tp) => tp && typeof tp === 'object') : [];
}

/** The channel ids a column's touchpoints use. */
export function stepChannels(step: StepFields): string[] {
  return distinct(touchpointsOf(step).map((tp) => tp.channel));
}

/** The devices of a column's channels (from the journey's channel definitions), ignoring "any". */
export function stepDevices(step: StepFields, channels: ReadonlyMap<string, Channel>): string[] {
  const devices = stepChannels(step).map((id) => channels.get(id)?.device);
  return distinct(devices, caseless).filter((device) => !DEVICE_AGNOSTIC.has(caseless(device)));
}

/**
 * Who owns a column: the step's `owner` when it has one (it speaks for the whole step), else the
 * owners of its touchpoints.
 */
export function stepOwners(step: StepFields): string[] {
  const own = distinct([step.owner]);
  return own.length ? own : distinct(touchpointsOf(step).map((tp) => tp.owner), caseless);
}

function switchBetween(kind: SwitchKind, from: string[], to: string[], key: (value: string) => string): StepSwitch[] {
  if (!from.length || !to.length) return [];
  const before = new Set(from.map(key));
  const added = to.filter((value) => !before.has(key(value)));
  return added.length ? [{ kind, from, to: added }] : [];
}

/**
 * The switches between the column before and this one, in the order channel, device, owner.
 * Both columns must say something about a kind for it to count: a column without touchpoints is not a
 * channel switch. Channel ids compare exactly; devices and owners ignore case ("Sales" = "sales").
 */
export function computeSwitches(
  previous: StepFields | undefined,
  step: StepFields,
  channels: ReadonlyMap<string, Channel>,
): StepSwitch[] {
  if (!previous) return [];
  return [
    ...switchBetween('channel', stepChannels(previous), stepChannels(step), (value) => value),
    ...switchBetween('device', stepDevices(previous, channels), stepDevices(step, channels), caseless),
    ...switchBetween('owner', stepOwners(previous), stepOwners(step), caseless),
  ];
}
