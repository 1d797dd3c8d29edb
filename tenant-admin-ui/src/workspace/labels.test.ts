import { expect, it } from 'vitest';
import { customerLabel, stateLabel } from './labels';

it('names customers by name, their own id, or a short visitor id', () => {
  expect(customerLabel({ customerName: 'Ann', customerExternalId: 'u1', customerId: 'abcdef123' })).toBe('Ann');
  expect(customerLabel({ customerName: null, customerExternalId: 'u1', customerId: 'abcdef123' })).toBe('u1');
  expect(customerLabel({ customerName: null, customerExternalId: null, customerId: 'abcdef123' })).toBe('Visitor abcdef');
  expect(stateLabel('queued')).toBe('Queued');
});
