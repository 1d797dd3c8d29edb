// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { strings } from './i18n';
import { leaveForm, validateLeave } from './leave';

const t = strings('en');

describe('validateLeave', () => {
  it('accepts an email address or a phone number as the contact', () => {
    for (const contact of ['ada@example.com', '+44 20 7946 0000', '(030) 123-4567', '13800138000']) {
      expect(validateLeave({ name: 'Ada', contact, text: 'Hi' }, t)).toEqual({});
    }
  });

  it('names each missing or wrong field in the visitor language', () => {
    expect(validateLeave({ name: ' ', contact: '', text: '\n' }, t))
      .toEqual({ name: t.needName, contact: t.needContact, text: t.needText });
    expect(validateLeave({ name: 'Bo', contact: 'call me maybe', text: 'x' }, t)).toEqual({ contact: t.badContact });
    expect(validateLeave({ name: 'Bo', contact: '12', text: 'x' }, strings('zh-CN')).contact).toBe('这不是有效的邮箱或电话号码。');
  });
});

describe('leaveForm', () => {
  const fill = (form: HTMLElement, name: string, contact: string, text: string) => {
    (form.querySelector('#fd-leave-name') as HTMLInputElement).value = name;
    (form.querySelector('#fd-leave-contact') as HTMLInputElement).value = contact;
    (form.querySelector('#fd-leave-text') as HTMLTextAreaElement).value = text;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
  };

  it('sends nothing while a field is wrong, and says which', () => {
    const submit = vi.fn(() => Promise.resolve());
    const form = leaveForm(t, submit);
    document.body.replaceChildren(form);
    fill(form, 'Ada', 'nope', '');
    expect(submit).not.toHaveBeenCalled();
    expect(form.querySelector('#fd-leave-contact-error')!.textContent).toBe(t.badContact);
    expect(form.querySelector('#fd-leave-text')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('sends the trimmed fields and thanks the visitor; a refusal is shown and the form stays', async () => {
    let refuse = true;
    const submit = vi.fn(() => (refuse ? Promise.reject(new Error('The server said no.')) : Promise.resolve()));
    const form = leaveForm(t, submit, 'my order');
    document.body.replaceChildren(form);
    expect((form.querySelector('#fd-leave-text') as HTMLTextAreaElement).value).toBe('my order');
    fill(form, ' Ada ', ' ada@example.com ', ' my order ');
    await vi.waitFor(() => expect(form.querySelector('[role=alert]')!.textContent).toBe('The server said no.'));
    expect(submit).toHaveBeenCalledWith({ name: 'Ada', contact: 'ada@example.com', text: 'my order' });
    refuse = false;
    fill(form, 'Ada', 'ada@example.com', 'my order');
    await vi.waitFor(() => expect(form.textContent).toContain(t.leaveSent));
  });
});
