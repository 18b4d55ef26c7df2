/** Assemblies and council meetings: the domain's public surface. Other domains import from here only. */
import type { DomainModule } from '../core';
import { assembliesChecks } from './checks';
import { generateAssembliesDemo } from './demo';

export { approvedResolution, approvedResolutions, type ApprovedResolution, type ResolutionKind } from './resolutions';
export { attachDocument, publishAgenda, removeAgendaItem, removeDocument, reorderAgenda, saveAgendaItem, saveSynthesis } from './agenda';
export { conveneMeeting, createMeeting, getMeeting, listMeetings, updateMeeting } from './meetings';
export { endOffice, officeHolders, saveOfficeHolder } from './officers';
export { generateRoll, rollOf } from './roll';
export { attendanceBook, checkIn, checkOut } from './attendance';
export { grantProxy, revokeProxy } from './proxies';
export { constitute, quorum } from './quorum';
export { closeMeeting, recess, resume } from './sessions';
export { motionsOf, propose } from './motions';
export { castBallot, closeVote, openVote, recordTally } from './votes';
export { voteState } from './vote-state';
export { addSpeaker, removeSpeaker, speakerDone, speakersOf } from './speakers';
export { draftMinutes, editMinutes, finaliseMinutes, minutesBook, minutesByNumber, minutesOfMeeting } from './minutes';
export { minutesPdf } from './minutes-pdf';
export { project, projection } from './projection';

export const assembliesDomain: DomainModule = {
  name: 'assemblies',
  checks: assembliesChecks,
  demo: generateAssembliesDemo,
};
