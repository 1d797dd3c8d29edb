import { useState, type FormEvent } from 'react';
import { api, type MemberPatch } from '../api';
import { TENANT_ROLES, type CreatedMember, type Department, type Member, type Role } from '../types';
import { useSubmit } from '../useSubmit';
import { collect, emailError, passwordError, requiredError } from '../validation';
import { ErrorBanner } from './ErrorBanner';
import { TextField } from './TextField';

interface Props {
  /** Absent: the "add member" form. Present: edit that member. */
  member?: Member;
  departments: Department[];
  onSaved: (result: CreatedMember) => void | Promise<void>;
  onCancel?: () => void;
}

export function MemberForm({ member, departments, onSaved, onCancel }: Props) {
  const p = member ? `edit-${member.id}` : 'add';
  const [name, setName] = useState(member?.name ?? '');
  const [email, setEmail] = useState(member?.email ?? '');
  const [roles, setRoles] = useState<Role[]>(member?.roles ?? ['agent']);
  const [departmentIds, setDepartmentIds] = useState<string[]>(member?.departmentIds ?? []);
  const [access, setAccess] = useState<'password' | 'invite'>('invite');
  const [password, setPassword] = useState('');
  const { busy, problem, fieldErrors, run } = useSubmit();

  function toggleRole(role: Role, on: boolean) {
    setRoles((rs) => (on ? [...rs.filter((r) => r !== role), role] : rs.filter((r) => r !== role)));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const wantsPassword = member ? password !== '' : access === 'password';
    const clientErrors = collect({
      name: requiredError(name, 'Name'),
      email: member ? undefined : emailError(email),
      roles: roles.length ? undefined : 'Pick at least one role.',
      password: wantsPassword ? passwordError(password) : undefined,
    });
    await run(async () => {
      if (member) {
        const patch: MemberPatch = { name: name.trim(), roles, departmentIds };
        if (password) patch.password = password;
        await onSaved(await api.updateMember(member.id, patch));
      } else {
        const created = await api.createMember({
          name: name.trim(),
          email: email.trim(),
          roles,
          departmentIds,
          ...(access === 'password' ? { password } : {}),
        });
        setName('');
        setEmail('');
        setPassword('');
        setRoles(['agent']);
        setDepartmentIds([]);
        await onSaved(created);
      }
    }, clientErrors);
  }

  const title = member ? `Edit ${member.name || member.email}` : 'Add member';
  return (
    <form className="member-form" onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      <ErrorBanner problem={problem} />
      <TextField id={`${p}-name`} label="Name" value={name} onChange={(e) => setName(e.target.value)} error={fieldErrors.name} autoComplete="off" />
      {member ? (
        <p className="field">
          <span className="label">Email</span> {member.email}
        </p>
      ) : (
        <TextField id={`${p}-email`} label="Email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fieldErrors.email} autoComplete="off" />
      )}
      <fieldset className="field">
        <legend>Roles</legend>
        <div className="checks">
          {TENANT_ROLES.map((r) => (
            <label key={r.value} htmlFor={`${p}-role-${r.value}`} className="check">
              <input id={`${p}-role-${r.value}`} type="checkbox" checked={roles.includes(r.value)} onChange={(e) => toggleRole(r.value, e.target.checked)} />
              {r.label}
            </label>
          ))}
        </div>
        {fieldErrors.roles && <p className="field-error">{fieldErrors.roles}</p>}
      </fieldset>
      <div className="field">
        <label htmlFor={`${p}-departments`}>Departments</label>
        <select
          id={`${p}-departments`}
          multiple
          value={departmentIds}
          onChange={(e) => setDepartmentIds(Array.from(e.target.selectedOptions, (o) => o.value))}
          size={Math.min(Math.max(departments.length, 2), 6)}
          disabled={departments.length === 0}
        >
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        <p className="hint">{departments.length ? 'Ctrl/⌘-click or tap to pick several.' : 'Add a department first.'}</p>
        {fieldErrors.departmentIds && <p className="field-error">{fieldErrors.departmentIds}</p>}
      </div>
      {member ? (
        <TextField id={`${p}-password`} label="New password (optional)" type="password" value={password} onChange={(e) => setPassword(e.target.value)} error={fieldErrors.password} autoComplete="new-password" />
      ) : (
        <fieldset className="field">
          <legend>Access</legend>
          <label htmlFor={`${p}-access-invite`} className="check">
            <input id={`${p}-access-invite`} type="radio" name={`${p}-access`} checked={access === 'invite'} onChange={() => setAccess('invite')} />
            Send an invitation link
          </label>
          <label htmlFor={`${p}-access-password`} className="check">
            <input id={`${p}-access-password`} type="radio" name={`${p}-access`} checked={access === 'password'} onChange={() => setAccess('password')} />
            Set a password now
          </label>
          {access === 'password' && (
            <TextField id={`${p}-password`} label="Password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} error={fieldErrors.password} hint="At least 10 characters." autoComplete="new-password" />
          )}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {member ? 'Save changes' : 'Add member'}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
