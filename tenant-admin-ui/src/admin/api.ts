/** The admin pages' calls: CS accounts, reception policy, servicers, entry points and the widget secret. */
import { authed } from '../api';
import type { Account, AccountRequest, EntryPoint, EntryPointRequest, Policy, ServicerBoard } from './types';

const id = encodeURIComponent;

export const adminApi = {
  accounts: () => authed<Account[]>('GET', '/api/v1/accounts'),
  account: (accountId: string) => authed<Account>('GET', `/api/v1/accounts/${id(accountId)}`),
  createAccount: (r: AccountRequest) => authed<Account>('POST', '/api/v1/accounts', r),
  updateAccount: (accountId: string, r: AccountRequest) => authed<Account>('PATCH', `/api/v1/accounts/${id(accountId)}`, r),
  deleteAccount: (accountId: string) => authed<void>('DELETE', `/api/v1/accounts/${id(accountId)}`),
  /** The image's raw bytes as the body; the server reads the type from the bytes (PNG, JPEG or WebP, 2 MiB). */
  setAvatar: (accountId: string, image: File) =>
    authed<Account>('PUT', `/api/v1/accounts/${id(accountId)}/avatar?name=${id(image.name)}`, image),
  setPolicy: (accountId: string, p: Policy) => authed<Account>('PUT', `/api/v1/accounts/${id(accountId)}/policy`, p),

  servicers: (accountId: string) => authed<ServicerBoard>('GET', `/api/v1/accounts/${id(accountId)}/servicers`),
  addServicers: (accountId: string, userIds: string[], departmentIds: string[]) =>
    authed<ServicerBoard>('POST', `/api/v1/accounts/${id(accountId)}/servicers`, { userIds, departmentIds }),
  removeServicer: (accountId: string, servicerId: string) =>
    authed<void>('DELETE', `/api/v1/accounts/${id(accountId)}/servicers/${id(servicerId)}`),

  entryPoints: (accountId: string) => authed<EntryPoint[]>('GET', `/api/v1/accounts/${id(accountId)}/entry-points`),
  createEntryPoint: (accountId: string, r: EntryPointRequest) =>
    authed<EntryPoint>('POST', `/api/v1/accounts/${id(accountId)}/entry-points`, r),
  updateEntryPoint: (entryId: string, r: EntryPointRequest) => authed<EntryPoint>('PATCH', `/api/v1/entry-points/${id(entryId)}`, r),
  deleteEntryPoint: (entryId: string) => authed<void>('DELETE', `/api/v1/entry-points/${id(entryId)}`),

  widgetSecret: () => authed<{ secret: string }>('GET', '/api/v1/widget-secret'),
  rotateWidgetSecret: () => authed<{ secret: string }>('POST', '/api/v1/widget-secret/rotate'),
};
