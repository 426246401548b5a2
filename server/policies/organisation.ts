import { isHost, roleOf, type Viewer } from './index';

/** The member directory is public. */
export const canListOrganisations = (_viewer: Viewer) => true;

/** Signed-in readers also see each organisation's people. */
export const canSeeOrganisationPeople = (viewer: Viewer) => roleOf(viewer) !== null;

/** Creating, editing and marking organisations as former members is for hosts. */
export const canManageOrganisations = (viewer: Viewer) => isHost(viewer);
