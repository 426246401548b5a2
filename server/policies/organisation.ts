import type { Viewer } from './index';
import { roleOf } from './index';

/** The member directory is public. */
export const canListOrganisations = (_viewer: Viewer) => true;

/** Signed-in readers also see each organisation's people. */
export const canSeeOrganisationPeople = (viewer: Viewer) => roleOf(viewer) !== null;
