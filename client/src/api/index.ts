export { ApiError, apiFetch } from './client';
export { login, logout, me, changePassword } from './auth';
export { listMeetings, getMeeting } from './meetings';
export { listOrganisations, getOrganisation } from './organisations';
export { health } from './health';
