import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/TextField';
import { useSubmit } from '../../useSubmit';
import { collect, requiredError } from '../../validation';
import { adminApi } from '../api';
import { AVATAR_TYPES, avatarError } from '../avatar';
import { draftFromHours, hoursErrors, hoursErrorsFromProblem, hoursFromDraft, type HoursDraft } from '../businessHours';
import { browserTimeZones, localTimeZone } from '../timeZones';
import type { Account, AccountRequest } from '../types';
import { Avatar } from './Avatar';
import { BusinessHoursEditor } from './BusinessHoursEditor';
import { Saved } from './Saved';
import { TextArea } from './TextArea';

interface Props {
  /** Absent: create a new account. */
  account?: Account;
  /** Supervisors see the settings but cannot change them. */
  readOnly: boolean;
  onSaved: (account: Account) => void;
}

/** Name, avatar, welcome message, business hours, off-hours reply and assistant of one CS account. */
export function AccountForm({ account, readOnly, onSaved }: Props) {
  const zones = useMemo(browserTimeZones, []);
  const [name, setName] = useState(account?.name ?? '');
  const [welcome, setWelcome] = useState(account?.welcomeMessage ?? '');
  const [offHours, setOffHours] = useState(account?.offHoursReply ?? '');
  const [assistant, setAssistant] = useState(account?.assistantEnabled ?? false);
  const [hours, setHours] = useState<HoursDraft>(() => draftFromHours(account?.businessHours, localTimeZone()));
  const [avatarFile, setAvatarFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  // Once created, saving again updates that account (e.g. after the avatar upload failed) instead of making another.
  const [saved, setSaved] = useState<Account | undefined>(account);
  const [justSaved, setJustSaved] = useState(false);
  const submit = useSubmit();

  useEffect(() => {
    if (!avatarFile) return;
    const url = URL.createObjectURL(avatarFile);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [avatarFile]);

  const errors = { ...submit.fieldErrors, ...hoursErrorsFromProblem(submit.problem?.errors ?? []) };
  const p = account ? `account-${account.id}` : 'account-new';

  async function save(e: FormEvent) {
    e.preventDefault();
    setJustSaved(false);
    const clientErrors = {
      ...collect({
        name: requiredError(name, 'Name') ?? (name.trim().length > 120 ? 'At most 120 characters.' : undefined),
        welcomeMessage: welcome.length > 2000 ? 'At most 2000 characters.' : undefined,
        offHoursReply: offHours.length > 2000 ? 'At most 2000 characters.' : undefined,
        avatar: avatarFile ? avatarError(avatarFile) : undefined,
      }),
      ...hoursErrors(hours, zones.length ? zones : undefined),
    };
    const request: AccountRequest = {
      name: name.trim(),
      welcomeMessage: welcome.trim(),
      offHoursReply: offHours.trim(),
      assistantEnabled: assistant,
      // A new account that is always open needs no hours at all.
      ...(saved || hours.mode === 'scheduled' ? { businessHours: hoursFromDraft(hours) } : {}),
    };
    const ok = await submit.run(async () => {
      let result = saved ? await adminApi.updateAccount(saved.id, request) : await adminApi.createAccount(request);
      setSaved(result);
      if (avatarFile) {
        result = await adminApi.setAvatar(result.id, avatarFile);
        setSaved(result);
        setAvatarFile(null);
        setPreview(null);
      }
      onSaved(result);
    }, clientErrors);
    setJustSaved(ok);
  }

  const title = account ? 'Settings' : 'New customer-service account';
  return (
    <form className="card account-form" onSubmit={save} noValidate aria-label={title}>
      <h2>{title}</h2>
      {readOnly && <p className="muted">Only company administrators can change these settings.</p>}
      <ErrorBanner problem={submit.problem} />
      <fieldset disabled={readOnly || submit.busy} className="plain">
        <TextField
          id={`${p}-name`}
          label="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          hint="What customers see, e.g. “Acme Support”."
          maxLength={120}
          autoComplete="off"
          required
        />

        <div className="field avatar-field">
          <label htmlFor={`${p}-avatar`}>Avatar</label>
          <div className="avatar-row">
            <Avatar name={name || '?'} url={preview ?? saved?.avatarUrl} size={64} />
            <div>
              <input
                id={`${p}-avatar`}
                type="file"
                accept={AVATAR_TYPES.join(',')}
                onChange={(e) => setAvatarFile(e.target.files?.[0] ?? null)}
                aria-invalid={errors.avatar ? true : undefined}
                aria-describedby={errors.avatar ? `${p}-avatar-error` : `${p}-avatar-hint`}
              />
              {errors.avatar ? (
                <p className="field-error" id={`${p}-avatar-error`}>
                  {errors.avatar}
                </p>
              ) : (
                <p className="hint" id={`${p}-avatar-hint`}>
                  PNG, JPEG or WebP, up to 2 MiB; a square image looks best.{avatarFile ? ' It is uploaded when you save.' : ''}
                </p>
              )}
            </div>
          </div>
        </div>

        <TextArea
          id={`${p}-welcome`}
          label="Welcome message"
          value={welcome}
          onChange={(e) => setWelcome(e.target.value)}
          error={errors.welcomeMessage}
          hint="Shown to customers when they open the chat. Leave empty for none."
          maxLength={2000}
        />

        <BusinessHoursEditor draft={hours} onChange={setHours} errors={errors} zones={zones} />

        <TextArea
          id={`${p}-offhours`}
          label="Off-hours reply"
          value={offHours}
          onChange={(e) => setOffHours(e.target.value)}
          error={errors.offHoursReply}
          hint="Sent automatically when a customer writes while you are closed, e.g. when you will be back."
          maxLength={2000}
        />

        <div className="field">
          <label htmlFor={`${p}-assistant`} className="check">
            <input id={`${p}-assistant`} type="checkbox" checked={assistant} onChange={(e) => setAssistant(e.target.checked)} aria-describedby={`${p}-assistant-hint`} />
            Let an AI assistant answer first
          </label>
          <p className="hint" id={`${p}-assistant-hint`}>
            Takes effect where an assistant plugin (such as the knowledge base) is enabled for this account or the whole company, under Plugins; otherwise new sessions go straight to your servicers.
          </p>
        </div>
      </fieldset>
      {!readOnly && (
        <div className="actions">
          <button type="submit" disabled={submit.busy}>
            {submit.busy ? 'Saving…' : account ? 'Save settings' : 'Create account'}
          </button>
          <Saved show={justSaved && !!account} />
        </div>
      )}
    </form>
  );
}
