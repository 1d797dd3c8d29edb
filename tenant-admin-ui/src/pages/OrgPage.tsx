import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { DepartmentsSection } from '../components/DepartmentsSection';
import { ErrorBanner } from '../components/ErrorBanner';
import { MembersSection } from '../components/MembersSection';
import { toProblem, type ProblemError } from '../problem';
import type { Department, Me, Member } from '../types';

export function OrgPage({ me }: { me: Me }) {
  const [departments, setDepartments] = useState<Department[] | null>(null);
  const [members, setMembers] = useState<Member[] | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const canEdit = me.user.roles.includes('tenant-admin');

  const reload = useCallback(async () => {
    try {
      const [d, m] = await Promise.all([api.departments(), api.members()]);
      setDepartments(d);
      setMembers(m);
      setProblem(null);
    } catch (e) {
      setProblem(toProblem(e));
    }
  }, []);

  useEffect(() => {
    if (me.tenant) void reload();
  }, [me.tenant, reload]);

  if (!me.tenant) {
    return (
      <main className="console-main">
        <section className="card">
          <h2>Platform administrator</h2>
          <p>You are signed in as the platform administrator. Companies manage their own departments and members.</p>
          <p>
            <a href="#/tenants">Companies</a>: every company with its plan, status, revenue and unpaid invoices.
          </p>
          <p>
            <a href="#/plans">Plans</a>: the plans on sale, their prices and limits.
          </p>
          <p>
            <a href="#/plugins">Plugins</a>: install, upgrade, disable and remove the plugins every company can use.
          </p>
        </section>
      </main>
    );
  }

  return (
    <main className="console-main">
      <h2 className="page-title">Organization</h2>
      <ErrorBanner problem={problem} />
      {!canEdit && <p className="muted">Only company administrators can make changes here.</p>}
      {departments && members ? (
        <>
          <DepartmentsSection departments={departments} canEdit={canEdit} reload={reload} />
          <MembersSection members={members} departments={departments} canEdit={canEdit} reload={reload} />
        </>
      ) : (
        !problem && <p>Loading…</p>
      )}
    </main>
  );
}
