import { describe, expect, it } from 'vitest';
import { check, formatSize, kindOf, LIMITS } from './limits';

const MIB = 1024 * 1024;

describe('kindOf', () => {
  it('sends pictures, videos and audio as their kind and anything else as a file', () => {
    expect(kindOf({ type: 'image/png' })).toBe('image');
    expect(kindOf({ type: 'video/mp4' })).toBe('video');
    expect(kindOf({ type: 'audio/mpeg' })).toBe('voice');
    expect(kindOf({ type: 'image/bmp' })).toBe('file');
    expect(kindOf({ type: 'application/pdf' })).toBe('file');
    expect(kindOf({ type: '' })).toBe('file');
  });
});

describe('check', () => {
  it('has the server limits', () => {
    expect(LIMITS.image.max).toBe(10 * MIB);
    expect(LIMITS.video.max).toBe(10 * MIB);
    expect(LIMITS.voice.max).toBe(2 * MIB);
    expect(LIMITS.file.max).toBe(20 * MIB);
    expect(LIMITS.sticker.max).toBe(1 * MIB);
  });

  it('takes files within the limit and of the kind', () => {
    expect(check({ size: 10 * MIB, type: 'image/jpeg' }, 'image')).toBeNull();
    expect(check({ size: 20 * MIB, type: 'application/zip' }, 'file')).toBeNull();
  });

  it('refuses one byte over the limit', () => {
    expect(check({ size: 10 * MIB + 1, type: 'image/png' }, 'image')?.reason).toBe('tooBig');
    expect(check({ size: 2 * MIB + 1, type: 'audio/ogg' }, 'voice')?.reason).toBe('tooBig');
    expect(check({ size: 20 * MIB + 1, type: '' }, 'file')?.reason).toBe('tooBig');
    expect(check({ size: MIB + 1, type: 'image/gif' }, 'sticker')?.reason).toBe('tooBig');
  });

  it('refuses a type the kind does not take, and empty files', () => {
    expect(check({ size: 100, type: 'image/bmp' }, 'image')).toMatchObject({ reason: 'badType', formats: 'PNG, JPEG, GIF, WebP' });
    expect(check({ size: 100, type: 'image/jpeg' }, 'sticker')?.reason).toBe('badType');
    expect(check({ size: 0, type: 'image/png' }, 'image')?.reason).toBe('empty');
  });
});

describe('formatSize', () => {
  it('reads well', () => {
    expect(formatSize(500)).toBe('500 B');
    expect(formatSize(2048)).toBe('2 KB');
    expect(formatSize(1.5 * MIB)).toBe('1.5 MB');
    expect(formatSize(10 * MIB)).toBe('10 MB');
  });
});
