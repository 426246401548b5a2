import type { Types } from 'mongoose';
import { onEveryInstance } from '../../events';
import { User } from '../../models/User';
import { RecordCache } from '../../lib/recordCache';

/** A person as pages name them: the audit log shows the email beside the name. */
export interface PersonName {
  id: string;
  name: string;
  email: string;
}

/**
 * People's names, dropped at once when an account is written, here or (relayed) on another
 * instance, so they are kept 30 s: the limit only bounds a relay lost while Redis reconnects (and
 * reconnecting drops every cache anyway).
 */
const people = new RecordCache<PersonName>(30_000);
onEveryInstance('user.changed', (id) => people.invalidate(id));

type Id = Types.ObjectId | string | null | undefined;

/** The people with these ids, in one query for those not held (none for no ids). */
export function peopleByIds(ids: Id[]): Promise<Map<string, PersonName>> {
  return people.getMany(ids.filter(Boolean).map(String), async (missing) =>
    (
      await User.find({ _id: { $in: missing } }, { name: 1, email: 1 }).lean<
        { _id: Types.ObjectId; name: string; email: string }[]
      >()
    ).map((u) => [String(u._id), { id: String(u._id), name: u.name, email: u.email }]),
  );
}

/** The names of these users, by id; `known` ones are not looked up. */
export async function userNames(ids: Id[], known?: Map<string, string>): Promise<Map<string, string>> {
  const names = new Map(known);
  const found = await peopleByIds(ids.filter((id) => id && !names.has(String(id))));
  for (const [id, person] of found) names.set(id, person.name);
  return names;
}
