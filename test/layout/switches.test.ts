import { expect } from '@open-wc/testing';
import { computeSwitches, stepChannels, stepDevices, stepOwners } from '../../src/layout/switches.js';
import type { StepFields } from '../../src/model/types.js';
import { journey, steps } from '../fixtures/normalized.js';

const channels = journey.channels;

describe('layout/switches', () => {
  it('lists a column’s distinct channels in document order, skipping malformed touchpoints', () => {
    const step = {
      touchpoints: [{ channel: ' web ' }, null, { channel: 5 }, { channel: 'web' }, { channel: 'phone' }, { channel: '' }],
    } as unknown as StepFields;
    expect(stepChannels(step)).to.deep.equal(['web', 'phone']);
    expect(stepChannels({})).to.deep.equal([]);
  });

  it('finds devices through the channel definitions, ignoring "any" and undeclared channels', () => {
    expect(stepDevices(steps[1], channels)).to.deep.equal(['mobile', 'desktop', 'phone']);
    expect(stepDevices(steps[2], channels)).to.deep.equal(['desktop']);
  });

  it('takes the step owner, else the distinct touchpoint owners', () => {
    expect(stepOwners(steps[0])).to.deep.equal(['Marketing']);
    const step: StepFields = {
      touchpoints: [
        { channel: 'phone', owner: 'Sales' },
        { channel: 'chat', owner: 'sales' },
        { channel: 'web', owner: 'Support' },
      ],
    };
    expect(stepOwners(step)).to.deep.equal(['Sales', 'Support']);
    expect(stepOwners({ ...step, owner: ' Billing ' })).to.deep.equal(['Billing']);
  });

  it('reports nothing for the first column', () => {
    expect(computeSwitches(undefined, steps[0], channels)).to.deep.equal([]);
  });

  it('reports new channels, devices and owners between neighbouring columns', () => {
    expect(computeSwitches(steps[0], steps[1], channels)).to.deep.equal([
      { kind: 'channel', from: ['social'], to: ['website', 'phone'] },
      { kind: 'device', from: ['mobile'], to: ['desktop', 'phone'] },
      { kind: 'owner', from: ['Marketing'], to: ['Sales'] },
    ]);
  });

  it('ignores owners that differ only in case and devices already in use', () => {
    expect(computeSwitches(steps[1], steps[2], channels)).to.deep.equal([
      { kind: 'channel', from: ['social', 'website', 'phone'], to: ['live-chat', 'fax', 'mystery'] },
    ]);
  });

  it('does not count leaving a channel as a switch', () => {
    const before: StepFields = { touchpoints: [{ channel: 'website' }, { channel: 'phone' }] };
    const after: StepFields = { touchpoints: [{ channel: 'phone' }] };
    expect(computeSwitches(before, after, channels)).to.deep.equal([]);
  });

  it('needs both columns to say something about a kind', () => {
    const before: StepFields = { owner: 'Sales' };
    const after: StepFields = { owner: 'Support', touchpoints: [{ channel: 'phone' }] };
    expect(computeSwitches(before, after, channels)).to.deep.equal([
      { kind: 'owner', from: ['Sales'], to: ['Support'] },
    ]);
    expect(computeSwitches({}, after, channels)).to.deep.equal([]);
  });

  it('compares devices without regard to case', () => {
    const devices = new Map([
      ['a', { id: 'a', label: 'A', device: 'Mobile' }],
      ['b', { id: 'b', label: 'B', device: 'mobile' }],
    ]);
    expect(computeSwitches({ touchpoints: [{ channel: 'a' }] }, { touchpoints: [{ channel: 'b' }] }, devices)).to.deep.equal([
      { kind: 'channel', from: ['a'], to: ['b'] },
    ]);
  });
});
