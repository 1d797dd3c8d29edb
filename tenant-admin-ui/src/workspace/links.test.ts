import { expect, it } from 'vitest';
import { mediaUrl, safeUrl } from './links';

it('fetches the server download links from this origin and refuses other schemes', () => {
  expect(mediaUrl('http://localhost:8080/api/v1/files/t/a?exp=1&sig=x')).toBe('/api/v1/files/t/a?exp=1&sig=x');
  expect(mediaUrl('/api/v1/files/t/a?exp=1')).toBe('/api/v1/files/t/a?exp=1');
  expect(mediaUrl('https://cdn.example.com/x.png')).toBe('https://cdn.example.com/x.png');
  expect(mediaUrl('javascript:alert(1)')).toBeNull();
  expect(mediaUrl(null)).toBeNull();
});

it('makes only http(s) links clickable', () => {
  expect(safeUrl('https://example.com')).toBe('https://example.com');
  expect(safeUrl('data:text/html,x')).toBeNull();
  expect(safeUrl(undefined)).toBeNull();
});
