// The leave-a-message form, shown instead of the chat when the company can start no new conversation.
import { h } from './dom';
import type { Strings } from './i18n';

export interface LeaveFields {
  name: string;
  contact: string;
  text: string;
}

export type LeaveErrors = Partial<Record<keyof LeaveFields, string>>;

// As the server checks it: an email address, or a phone number of 6 to 30 characters of digits and separators.
const CONTACT = /^(?:[^@\s]+@[^@\s]+\.[^@\s]+|\+?[0-9(][0-9 ()./-]{4,28}[0-9])$/;

export const LIMITS = { name: 120, contact: 200, text: 4000 } as const;

/** What is missing or wrong, per field, in the visitor's language; empty when the form can be sent. */
export function validateLeave(f: LeaveFields, t: Strings): LeaveErrors {
  const errors: LeaveErrors = {};
  if (!f.name.trim()) errors.name = t.needName;
  const contact = f.contact.trim();
  if (!contact) errors.contact = t.needContact;
  else if (!CONTACT.test(contact)) errors.contact = t.badContact;
  if (!f.text.trim()) errors.text = t.needText;
  return errors;
}

/**
 * The form; {@code submit} sends the trimmed fields and resolves when the message was left, or rejects with
 * what to tell the visitor.
 */
export function leaveForm(t: Strings, submit: (f: LeaveFields) => Promise<void>, text = ''): HTMLElement {
  const field = (key: keyof LeaveFields, label: string, control: HTMLInputElement | HTMLTextAreaElement) => {
    const id = 'fd-leave-' + key;
    control.id = id;
    control.name = key;
    control.maxLength = LIMITS[key];
    const error = h('p', { class: 'field-error', id: id + '-error', 'aria-live': 'polite' });
    control.setAttribute('aria-describedby', error.id);
    return { key, control, error, el: h('div', { class: 'field' }, h('label', { for: id }, label), control, error) };
  };
  const name = field('name', t.leaveName, h('input', { type: 'text', autocomplete: 'name' }));
  const contact = field('contact', t.leaveContact, h('input', { type: 'text', autocomplete: 'email' }));
  const message = field('text', t.leaveText, h('textarea', { rows: '5' }));
  message.control.value = text;
  const alert = h('p', { class: 'alert', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'primary' }, t.leaveSend);
  const form = h('form', { class: 'leave', novalidate: true },
    h('h2', null, t.leaveTitle), h('p', { class: 'intro' }, t.leaveIntro),
    name.el, contact.el, message.el, alert, button);
  const fields = [name, contact, message];

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const values: LeaveFields = { name: name.control.value, contact: contact.control.value, text: message.control.value };
    const errors = validateLeave(values, t);
    for (const f of fields) {
      f.error.textContent = errors[f.key] ?? '';
      f.control.setAttribute('aria-invalid', String(!!errors[f.key]));
    }
    const first = fields.find((f) => errors[f.key]);
    if (first) {
      first.control.focus();
      return;
    }
    alert.textContent = '';
    button.disabled = true;
    button.textContent = t.leaveSending;
    submit({ name: values.name.trim(), contact: values.contact.trim(), text: values.text.trim() }).then(
      () => form.replaceChildren(h('h2', null, t.leaveTitle), h('p', { class: 'sent', role: 'status' }, t.leaveSent)),
      (reason: unknown) => {
        alert.textContent = reason instanceof Error ? reason.message : String(reason);
        button.disabled = false;
        button.textContent = t.leaveSend;
      });
  });
  return form;
}
