import { useState, type FormEvent } from 'react';
import { api } from '../api';
import type { Department } from '../types';
import { useSubmit } from '../useSubmit';
import { collect, requiredError } from '../validation';
import { ErrorBanner } from './ErrorBanner';
import { TextField } from './TextField';

interface Props {
  departments: Department[];
  canEdit: boolean;
  reload: () => Promise<void>;
}

export function DepartmentsSection({ departments, canEdit, reload }: Props) {
  const [name, setName] = useState('');
  const add = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await add.run(async () => {
      await api.createDepartment(name.trim());
      await reload();
    }, collect({ name: requiredError(name, 'Name') }));
    if (ok) setName('');
  }

  return (
    <section className="card" aria-labelledby="departments-heading">
      <h2 id="departments-heading">Departments</h2>
      {departments.length === 0 && <p className="muted">No departments yet.</p>}
      <ul className="department-list" data-testid="department-list">
        {departments.map((d) => (
          <DepartmentRow key={d.id} department={d} canEdit={canEdit} reload={reload} />
        ))}
      </ul>
      {canEdit && (
        <form className="inline-form" onSubmit={submit} noValidate aria-label="Add department">
          <ErrorBanner problem={add.problem} />
          <TextField id="new-department" label="New department" value={name} onChange={(e) => setName(e.target.value)} error={add.fieldErrors.name} />
          <button type="submit" disabled={add.busy}>
            Add department
          </button>
        </form>
      )}
    </section>
  );
}

function DepartmentRow({ department, canEdit, reload }: { department: Department; canEdit: boolean; reload: () => Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(department.name);
  const action = useSubmit();
  const inputId = `rename-${department.id}`;

  async function rename(e: FormEvent) {
    e.preventDefault();
    const ok = await action.run(async () => {
      await api.renameDepartment(department.id, name.trim());
      await reload();
    }, collect({ name: requiredError(name, 'Name') }));
    if (ok) setEditing(false);
  }

  async function remove() {
    if (!window.confirm(`Delete the department "${department.name}"?`)) return;
    await action.run(async () => {
      await api.deleteDepartment(department.id);
      await reload();
    });
  }

  if (editing) {
    return (
      <li>
        <form className="inline-form" onSubmit={rename} noValidate aria-label={`Rename ${department.name}`}>
          <ErrorBanner problem={action.problem} />
          <TextField id={inputId} label={`New name for ${department.name}`} value={name} onChange={(e) => setName(e.target.value)} error={action.fieldErrors.name} autoFocus />
          <div className="actions">
            <button type="submit" disabled={action.busy}>
              Save
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setEditing(false);
                setName(department.name);
                action.reset();
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li>
      <div className="row">
        <span className="name">{department.name}</span>
        {canEdit && (
          <span className="actions">
            <button type="button" className="secondary" onClick={() => setEditing(true)} aria-label={`Rename ${department.name}`}>
              Rename
            </button>
            <button type="button" className="danger" onClick={remove} disabled={action.busy} aria-label={`Delete ${department.name}`}>
              Delete
            </button>
          </span>
        )}
      </div>
      <ErrorBanner problem={action.problem} />
    </li>
  );
}
