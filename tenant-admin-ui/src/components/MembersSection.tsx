import { Fragment, useState } from 'react';
import { api } from '../api';
import { TENANT_ROLES, type CreatedMember, type Department, type Member, type Role } from '../types';
import { useSubmit } from '../useSubmit';
import { ErrorBanner } from './ErrorBanner';
import { InvitationLink } from './InvitationLink';
import { MemberForm } from './MemberForm';

interface Props {
  members: Member[];
  departments: Department[];
  canEdit: boolean;
  reload: () => Promise<void>;
}

const roleLabel = (r: Role) => TENANT_ROLES.find((t) => t.value === r)?.label ?? r;

export function MembersSection({ members, departments, canEdit, reload }: Props) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const [invitation, setInvitation] = useState<{ email: string; url: string } | null>(null);
  const del = useSubmit();
  const deptName = (id: string) => departments.find((d) => d.id === id)?.name ?? '(deleted)';

  async function remove(m: Member) {
    if (!window.confirm(`Remove ${m.name || m.email} from the company?`)) return;
    await del.run(async () => {
      await api.deleteMember(m.id);
      await reload();
    });
  }

  async function created(m: CreatedMember) {
    setInvitation(m.invitation ? { email: m.email, url: m.invitation.url } : null);
    await reload();
  }

  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <ErrorBanner problem={del.problem} />
      <table className="members" data-testid="member-list">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Roles</th>
            <th scope="col">Departments</th>
            <th scope="col">Status</th>
            {canEdit && (
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <Fragment key={m.id}>
              <tr>
                <td data-label="Name">{m.name}</td>
                <td data-label="Email" className="email">
                  {m.email}
                </td>
                <td data-label="Roles">{m.roles.map(roleLabel).join(', ')}</td>
                <td data-label="Departments">{m.departmentIds.map(deptName).join(', ') || '—'}</td>
                <td data-label="Status">
                  <span className={`badge ${m.status}`}>{m.status === 'invited' ? 'Invited' : 'Active'}</span>
                </td>
                {canEdit && (
                  <td className="actions">
                    <button type="button" className="secondary" onClick={() => setEditingId(editingId === m.id ? null : m.id)} aria-label={`Edit ${m.name || m.email}`}>
                      Edit
                    </button>
                    <button type="button" className="danger" onClick={() => remove(m)} disabled={del.busy} aria-label={`Delete ${m.name || m.email}`}>
                      Delete
                    </button>
                  </td>
                )}
              </tr>
              {editingId === m.id && (
                <tr className="edit-row">
                  <td colSpan={6}>
                    <MemberForm
                      member={m}
                      departments={departments}
                      onCancel={() => setEditingId(null)}
                      onSaved={async () => {
                        setEditingId(null);
                        await reload();
                      }}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {members.length === 0 && <p className="muted">No members yet.</p>}
      {canEdit && (
        <>
          {invitation && <InvitationLink email={invitation.email} url={invitation.url} onClose={() => setInvitation(null)} />}
          <MemberForm departments={departments} onSaved={created} />
        </>
      )}
    </section>
  );
}
