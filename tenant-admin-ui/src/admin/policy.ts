/**
 * The reception policy form: its draft (number inputs hold text), the checks the server makes
 * (AccountRequests.Policy), and the request body. Limits match the server's so problems show before sending.
 */
import type { Policy, RoutingMode } from './types';

export interface PolicyDraft {
  mode: RoutingMode;
  servicerCap: string;
  preferLastServicer: boolean;
  preferLastDays: string;
  inactivityCloseMinutes: string;
  sendWindowMessages: string;
  sendWindowHours: string;
}

type NumberField = Exclude<keyof PolicyDraft, 'mode' | 'preferLastServicer'>;

export const POLICY_LIMITS: Record<NumberField, { min: number; max: number; label: string }> = {
  servicerCap: { min: 1, max: 100, label: 'Sessions per servicer' },
  preferLastDays: { min: 1, max: 365, label: 'Look back' },
  inactivityCloseMinutes: { min: 1, max: 10080, label: 'Close after' },
  sendWindowMessages: { min: 1, max: 100, label: 'Messages' },
  sendWindowHours: { min: 1, max: 720, label: 'Hours' },
};

export const ROUTING_MODES: { value: RoutingMode; label: string; help: string }[] = [
  {
    value: 'round_robin',
    label: 'Round robin',
    help: 'Servicers take turns in a fixed order. Anyone paused or at their limit is skipped.',
  },
  {
    value: 'idle_first',
    label: 'Idle first',
    help: 'The servicer with the fewest open sessions gets the next one; on a tie, whoever has waited longest for one.',
  },
  {
    value: 'manual',
    label: 'Manual',
    help: 'Nobody is assigned automatically: new sessions wait in a shared pool until a servicer picks one up.',
  },
];

export function draftFromPolicy(p: Policy): PolicyDraft {
  return {
    mode: p.mode,
    servicerCap: String(p.servicerCap),
    preferLastServicer: p.preferLastServicer,
    preferLastDays: String(p.preferLastDays),
    inactivityCloseMinutes: String(p.inactivityCloseMinutes),
    sendWindowMessages: String(p.sendWindowMessages),
    sendWindowHours: String(p.sendWindowHours),
  };
}

function numberError(value: string, field: NumberField): string | undefined {
  const { min, max } = POLICY_LIMITS[field];
  if (!/^\d+$/.test(value.trim())) return `Enter a whole number from ${min} to ${max}.`;
  const n = Number(value);
  return n < min || n > max ? `Must be from ${min} to ${max}.` : undefined;
}

/** Client-side checks keyed by the API's field names (which are also the server's error fields). */
export function policyErrors(d: PolicyDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!ROUTING_MODES.some((m) => m.value === d.mode)) errors.mode = 'Pick how sessions are handed out.';
  for (const field of Object.keys(POLICY_LIMITS) as NumberField[]) {
    const e = numberError(d[field], field);
    if (e) errors[field] = e;
  }
  return errors;
}

/** The PUT body. Call after policyErrors found nothing. */
export function policyFromDraft(d: PolicyDraft): Policy {
  return {
    mode: d.mode,
    servicerCap: Number(d.servicerCap),
    preferLastServicer: d.preferLastServicer,
    preferLastDays: Number(d.preferLastDays),
    inactivityCloseMinutes: Number(d.inactivityCloseMinutes),
    sendWindowMessages: Number(d.sendWindowMessages),
    sendWindowHours: Number(d.sendWindowHours),
  };
}

/** "90" → "1 h 30 min", "2880" → "2 days": the inactivity limit in words next to the minutes input. */
export function describeMinutes(value: string): string {
  if (!/^\d+$/.test(value.trim())) return '';
  const total = Number(value);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const parts = [
    days ? `${days} ${days === 1 ? 'day' : 'days'}` : '',
    hours ? `${hours} h` : '',
    mins ? `${mins} min` : '',
  ].filter(Boolean);
  return parts.join(' ') || '0 min';
}
