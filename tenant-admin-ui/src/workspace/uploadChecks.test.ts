import { expect, it } from 'vitest';
import { formatSize, kindFor, uploadProblem } from './uploadChecks';

const MIB = 1024 * 1024;
const f = (name: string, type: string, size: number) => ({ name, type, size });

it('picks the kind from the browser type, anything else goes as a file', () => {
  expect(kindFor(f('a.png', 'image/png', 1))).toBe('image');
  expect(kindFor(f('a.JPG', 'IMAGE/JPEG', 1))).toBe('image');
  expect(kindFor(f('a.mp4', 'video/mp4', 1))).toBe('video');
  expect(kindFor(f('a.mp3', 'audio/mpeg', 1))).toBe('voice');
  expect(kindFor(f('a.svg', 'image/svg+xml', 1))).toBe('file');
  expect(kindFor(f('a.pdf', 'application/pdf', 1))).toBe('file');
  expect(kindFor(f('noext', '', 1))).toBe('file');
});

it('refuses what the server would refuse, at each kind limit', () => {
  expect(uploadProblem(f('a.png', 'image/png', 10 * MIB))).toBeNull();
  expect(uploadProblem(f('a.png', 'image/png', 10 * MIB + 1))).toBe('Images may be at most 10.0 MiB; a.png is 10.0 MiB.');
  expect(uploadProblem(f('a.mp4', 'video/mp4', 11 * MIB))).toMatch(/^Videos may be at most 10.0 MiB/);
  expect(uploadProblem(f('a.mp3', 'audio/mpeg', 2 * MIB + 1))).toMatch(/^Voice messages may be at most 2.0 MiB/);
  expect(uploadProblem(f('a.zip', 'application/zip', 20 * MIB))).toBeNull();
  expect(uploadProblem(f('a.zip', 'application/zip', 21 * MIB))).toBe('Files may be at most 20.0 MiB; a.zip is 21.0 MiB.');
  expect(uploadProblem(f('s.gif', 'image/gif', MIB + 1), 'sticker')).toMatch(/^Stickers may be at most 1.0 MiB/);
  expect(uploadProblem(f('e.txt', 'text/plain', 0))).toBe('e.txt is empty.');
});

it('refuses a type the kind does not take', () => {
  expect(uploadProblem(f('a.jpg', 'image/jpeg', 100), 'sticker')).toBe('Stickers must be PNG, GIF, WEBP; a.jpg is image/jpeg.');
  expect(uploadProblem(f('a.jpg', 'image/jpeg', 100), 'file')).toBeNull();
});

it('formats sizes', () => {
  expect(formatSize(900)).toBe('900 B');
  expect(formatSize(1536)).toBe('1.5 KiB');
  expect(formatSize(5 * MIB)).toBe('5.0 MiB');
});
