/** How the servicer board is shown and which members or departments can still be added. */
import type { Department, Member } from '../types';
import type { ServicerBoard, ServicerLoad } from './types';

/** How often the board is re-read while the page is visible. */
export const BOARD_REFRESH_MS = 5000;

export function statusLabel(s: Pick<ServicerLoad, 'status' | 'pauseKind'>): string {
  if (s.status === 'receiving') return 'Receiving';
  return s.pauseKind === 'suspended' ? 'Paused (suspended)' : 'Paused (stopped)';
}

/** "2 / 5 sessions", and whether the servicer is at the account's cap (gets no new sessions). */
export function loadText(active: number, cap: number): { text: string; full: boolean } {
  return { text: `${active} / ${cap} ${cap === 1 ? 'session' : 'sessions'}`, full: active >= cap };
}

/** Members not yet assigned by name (they may still serve through a department, which is fine). */
export function assignableMembers(members: Member[], board: ServicerBoard): Member[] {
  const taken = new Set(board.assignments.map((a) => a.memberId).filter(Boolean));
  return members.filter((m) => !taken.has(m.id));
}

export function assignableDepartments(departments: Department[], board: ServicerBoard): Department[] {
  const taken = new Set(board.assignments.map((a) => a.departmentId).filter(Boolean));
  return departments.filter((d) => !taken.has(d.id));
}
