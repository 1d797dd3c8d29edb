import { describe, expect, it } from 'vitest';
import { badgeText, contactHref, leftThrough } from './leftMessages';

describe('left messages', () => {
  it('links an email address or a phone number to answer on', () => {
    expect(contactHref(' ada@example.com ')).toBe('mailto:ada@example.com');
    expect(contactHref('+44 (20) 7946-0000')).toBe('tel:+442079460000');
    expect(contactHref('somewhere')).toBeNull();
    expect(contactHref('123')).toBeNull();
  });

  it('says where a message was left and caps the badge at the list size', () => {
    expect(leftThrough({ channel: null, sceneParam: null })).toBe('in the chat');
    expect(leftThrough({ channel: null, sceneParam: 'spring-sale' })).toBe('in the chat (spring-sale)');
    expect(leftThrough({ channel: 'email', sceneParam: null })).toBe('by email');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(500)).toBe('500+');
  });
});
