import { isHost, type Viewer } from './index';

/** Account, invitation, application and audit administration is for hosts. */
export const canAdminister = (viewer: Viewer) => isHost(viewer);
