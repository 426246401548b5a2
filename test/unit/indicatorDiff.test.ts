import { Types } from 'mongoose';
import { changedFields, diffFields, wordSegments } from '../../server/features/indicators/indicatorDiff';
import type { RevisionFields } from '../../server/models/IndicatorRevision';

const base: RevisionFields = {
  title: 'Time to removal after a report',
  tier: 'II',
  custodianId: null,
  definition: 'The time between a report and removal.',
  unit: 'Hours',
  rationale: '',
  computation: 'Subtract the report time from the removal time.',
  disaggregation: 'Hosting country.',
  dataSources: 'Hotline records.',
  limitations: '',
  references: '',
};

describe('indicator diff', () => {
  it('marks inserted and deleted words and keeps the rest equal', () => {
    const segments = wordSegments(
      'Subtract the report time from the removal time.',
      'Subtract the first notice time from the verified removal time.',
    );
    const text = (type: string) =>
      segments
        .filter((s) => s.type === type)
        .map((s) => s.text.trim())
        .join(' ');
    expect(text('delete')).toBe('report');
    expect(text('insert')).toBe('first notice verified');
    // Reassembling the equal + delete parts gives the old text; equal + insert the new one.
    const rebuild = (skip: string) =>
      segments
        .filter((s) => s.type !== skip)
        .map((s) => s.text)
        .join('');
    expect(rebuild('insert')).toBe('Subtract the report time from the removal time.');
    expect(rebuild('delete')).toBe('Subtract the first notice time from the verified removal time.');
  });

  it('diffs field by field and marks only the edited fields as changed', () => {
    const orgA = new Types.ObjectId();
    const edited: RevisionFields = {
      ...base,
      custodianId: orgA,
      disaggregation: 'Hosting country; notice route.',
      limitations: 'Removal checks differ between hotlines.',
    };
    const names = (id: string) => (id === String(orgA) ? 'Internet Watch Foundation' : '?');
    const fields = diffFields(base, edited, names);
    expect(fields.filter((f) => f.changed).map((f) => f.field)).toEqual([
      'custodianId',
      'disaggregation',
      'limitations',
    ]);
    const custodian = fields.find((f) => f.field === 'custodianId')!;
    expect(custodian.segments).toEqual([{ type: 'insert', text: 'Internet Watch Foundation' }]);
    const limitations = fields.find((f) => f.field === 'limitations')!;
    expect(limitations.segments).toEqual([
      { type: 'insert', text: 'Removal checks differ between hotlines.' },
    ]);
    const title = fields.find((f) => f.field === 'title')!;
    expect(title).toMatchObject({ changed: false, label: 'Title' });
    expect(title.segments).toEqual([{ type: 'equal', text: base.title }]);
    expect(fields.find((f) => f.field === 'rationale')!.segments).toEqual([]);
    expect(changedFields(base, edited)).toEqual(['custodianId', 'disaggregation', 'limitations']);
  });
});
