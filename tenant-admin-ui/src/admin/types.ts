/** The customer-service core's JSON, as the admin pages read and write it (see AccountResource, ServicerBoard). */

export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';

/** Wall-clock opening hours; an empty `days` list means always open. `to` may be "24:00" (midnight). */
export interface BusinessHours {
  timeZone: string;
  days: { day: Weekday; ranges: { from: string; to: string }[] }[];
}

export type RoutingMode = 'round_robin' | 'idle_first' | 'manual';

export interface Policy {
  mode: RoutingMode;
  servicerCap: number;
  preferLastServicer: boolean;
  preferLastDays: number;
  inactivityCloseMinutes: number;
  sendWindowMessages: number;
  sendWindowHours: number;
}

export interface Account {
  id: string;
  name: string;
  avatarAttachmentId: string | null;
  avatarUrl: string | null;
  welcomeMessage: string | null;
  businessHours: BusinessHours | null;
  offHoursReply: string | null;
  assistantEnabled: boolean;
  policy: Policy;
  createdAt: string;
}

/** Create or update; on update an empty string clears a text. */
export interface AccountRequest {
  name: string;
  welcomeMessage: string;
  businessHours?: BusinessHours;
  offHoursReply: string;
  assistantEnabled: boolean;
}

export interface ServicerAssignment {
  id: string;
  kind: 'member' | 'department';
  memberId: string | null;
  departmentId: string | null;
  name: string | null;
}

export interface ServicerLoad {
  memberId: string;
  name: string;
  status: 'receiving' | 'paused';
  pauseKind: 'stopped' | 'suspended' | null;
  activeSessions: number;
}

export interface ServicerBoard {
  assignments: ServicerAssignment[];
  servicers: ServicerLoad[];
}

export interface EntryPoint {
  id: string;
  accountId: string;
  key: string;
  scene: string;
  name: string;
  allowedOrigins: string[];
  url: string;
  qrPngUrl: string;
  qrSvgUrl: string;
  snippet: string;
  createdAt: string;
}

export interface EntryPointRequest {
  scene: string;
  name: string;
  allowedOrigins: string[];
}
