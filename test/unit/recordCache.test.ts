/** RecordCache (server/lib/recordCache.ts): one load for the ids not held, none when all are. */
import { RecordCache } from '../../server/lib/recordCache';

const loader = (names: Record<string, string>) => {
  const asked: string[][] = [];
  const load = async (missing: string[]) => {
    asked.push(missing);
    return missing.filter((id) => id in names).map((id): [string, string] => [id, names[id]!]);
  };
  return { asked, load };
};

describe('RecordCache', () => {
  it('loads only the ids it does not hold, once per id, and keeps what it found', async () => {
    const cache = new RecordCache<string>();
    const { asked, load } = loader({ a: 'Ada', b: 'Bo', c: 'Cy' });
    expect(await cache.getMany(['a', 'b', 'a'], load)).toEqual(
      new Map([
        ['a', 'Ada'],
        ['b', 'Bo'],
      ]),
    );
    expect(await cache.getMany(['b', 'c'], load)).toEqual(
      new Map([
        ['b', 'Bo'],
        ['c', 'Cy'],
      ]),
    );
    expect(await cache.getMany(['a', 'b', 'c'], load)).toHaveProperty('size', 3);
    expect(asked).toEqual([['a', 'b'], ['c']]);
  });

  it('looks for an id it did not find again (a deleted item may not be named from memory)', async () => {
    const cache = new RecordCache<string>();
    const names: Record<string, string> = {};
    const { asked, load } = loader(names);
    expect((await cache.getMany(['x'], load)).size).toBe(0);
    names.x = 'Xu';
    expect(await cache.getMany(['x'], load)).toEqual(new Map([['x', 'Xu']]));
    expect(asked).toEqual([['x'], ['x']]);
  });

  it('drops an entry on invalidate, and does not keep a load that an invalidation overtook', async () => {
    const cache = new RecordCache<string>();
    const names = { a: 'Ada' };
    const { asked, load } = loader(names);
    await cache.getMany(['a'], load);
    cache.invalidate('a');
    names.a = 'Ada Renamed';
    expect((await cache.getMany(['a'], load)).get('a')).toBe('Ada Renamed');

    let release!: () => void;
    const slow = cache.getMany(['b'], async (missing) => {
      await new Promise<void>((r) => (release = r));
      return missing.map((id): [string, string] => [id, 'stale']);
    });
    cache.invalidate(); // a write while the read is under way
    release();
    expect((await slow).get('b')).toBe('stale'); // the caller gets what was read…
    expect((await cache.getMany(['b'], async () => [['b', 'fresh']])).get('b')).toBe('fresh'); // …not kept
    expect(asked).toEqual([['a'], ['a']]);
  });

  it('reads again once an entry is older than its time to live', async () => {
    const cache = new RecordCache<string>(0);
    const { asked, load } = loader({ a: 'Ada' });
    await cache.getMany(['a'], load);
    await cache.getMany(['a'], load);
    expect(asked).toEqual([['a'], ['a']]);
  });
});
