export { ApiError, apiFetch } from './client';
export { login, logout, session, changePassword, updateProfile } from './auth';
export {
  listMeetings,
  getMeeting,
  createMeeting,
  updateMeeting,
  listReportProposals,
  proposeReport,
  decideReportProposal,
} from './meetings';
export { listActions, getAction, createAction, updateAction, getCatchUp } from './actions';
export { listTerms, getTerm, proposeTerm, updateTerm } from './terms';
export {
  listOrganisations,
  listAllOrganisations,
  getOrganisation,
  getOrganisationStats,
  createOrganisation,
  updateOrganisation,
} from './organisations';
export {
  createInvitation,
  listInvitations,
  revokeInvitation,
  reissueInvitation,
  previewInvitation,
  acceptInvitation,
} from './invitations';
export { submitApplication, listApplications, approveApplication, rejectApplication } from './applications';
export { listUsers, updateUser, createPasswordResetLink } from './users';
export { previewPasswordReset, completePasswordReset } from './passwordResets';
export { listAuditEvents } from './audit';
export {
  listDocuments,
  getDocument,
  listDocumentVersions,
  updateDocument,
  archiveDocument,
  restoreDocument,
  documentDownloadUrl,
  uploadDocument,
  uploadDocumentVersion,
} from './documents';
export {
  listIndicators,
  getIndicator,
  createIndicator,
  saveIndicator,
  listRevisions,
  getIndicatorDiff,
  changeIndicatorStatus,
  getPositions,
  recordPosition,
} from './indicators';
export { apiUpload, isAbortError } from './upload';
export { health } from './health';
