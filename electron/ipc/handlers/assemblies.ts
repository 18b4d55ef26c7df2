import { convocationRoute, rollRoute } from '../../../shared/contract/assemblies';
import {
  addSpeaker,
  approvedResolutions,
  attachDocument,
  attendanceBook,
  castBallot,
  checkIn,
  checkOut,
  closeMeeting,
  closeVote,
  constitute,
  conveneMeeting,
  createMeeting,
  draftMinutes,
  editMinutes,
  endOffice,
  finaliseMinutes,
  generateRoll,
  getMeeting,
  grantProxy,
  listMeetings,
  minutesBook,
  minutesOfMeeting,
  minutesPdf,
  motionsOf,
  officeHolders,
  openVote,
  project,
  projection,
  propose,
  publishAgenda,
  quorum,
  recess,
  recordTally,
  removeAgendaItem,
  removeDocument,
  removeSpeaker,
  reorderAgenda,
  resume,
  revokeProxy,
  rollOf,
  saveAgendaItem,
  saveOfficeHolder,
  saveSynthesis,
  speakerDone,
  speakersOf,
  updateMeeting,
  voteState,
} from '../../services/assemblies';
import type { DomainHandlers } from '../dispatch';
import { askSavePath, contextOf, saveBytes, todayOf, type HandlerDeps } from './deps';

const pdf = [{ name: 'PDF', extensions: ['pdf'] }];

export function assembliesHandlers(deps: HandlerDeps): DomainHandlers<'assemblies'> {
  const ctx = () => contextOf(deps);
  const printRoute = async (titleKey: string, fileKey: string, meetingId: number, route: string) => {
    await getMeeting(ctx(), meetingId);
    const path = await askSavePath(deps, titleKey, `${deps.t(fileKey)}-${meetingId}-${todayOf(deps)}.pdf`, pdf);
    saveBytes(path, await deps.platform.printToPdf({ route }));
    return { path };
  };
  return {
    'assemblies.list': (input) => listMeetings(ctx(), input),
    'assemblies.get': ({ id }) => getMeeting(ctx(), id),
    'assemblies.create': (input) => createMeeting(ctx(), input),
    'assemblies.update': (input) => updateMeeting(ctx(), input),
    'assemblies.saveAgendaItem': (input) => saveAgendaItem(ctx(), input),
    'assemblies.removeAgendaItem': ({ id }) => removeAgendaItem(ctx(), id),
    'assemblies.reorderAgenda': (input) => reorderAgenda(ctx(), input),
    'assemblies.attachDocument': (input) => attachDocument(ctx(), input),
    'assemblies.removeDocument': ({ id }) => removeDocument(ctx(), id),
    'assemblies.publishAgenda': ({ meetingId }) => publishAgenda(ctx(), meetingId),
    'assemblies.generateRoll': ({ meetingId }) => generateRoll(ctx(), meetingId),
    'assemblies.roll': ({ meetingId }) => rollOf(ctx(), meetingId),
    'assemblies.convene': ({ meetingId }) => conveneMeeting(ctx(), meetingId, todayOf(deps)),
    'assemblies.officeHolders': ({ date }) => officeHolders(ctx().db, date),
    'assemblies.saveOfficeHolder': (input) => saveOfficeHolder(ctx(), input),
    'assemblies.endOffice': (input) => endOffice(ctx(), input),
    'assemblies.checkIn': (input) => checkIn(ctx(), input),
    'assemblies.checkOut': (input) => checkOut(ctx(), input),
    'assemblies.attendance': ({ meetingId }) => attendanceBook(ctx(), meetingId),
    'assemblies.grantProxy': (input) => grantProxy(ctx(), input),
    'assemblies.revokeProxy': ({ id }) => revokeProxy(ctx(), id),
    'assemblies.quorum': (input) => quorum(ctx(), input),
    'assemblies.constitute': (input) => constitute(ctx(), input),
    'assemblies.recess': (input) => recess(ctx(), input),
    'assemblies.resume': (input) => resume(ctx(), input),
    'assemblies.close': (input) => closeMeeting(ctx(), input),
    'assemblies.saveSynthesis': (input) => saveSynthesis(ctx(), input),
    'assemblies.speakers': ({ itemId }) => speakersOf(ctx().db, itemId),
    'assemblies.addSpeaker': (input) => addSpeaker(ctx(), input),
    'assemblies.speakerDone': ({ id }) => speakerDone(ctx(), id),
    'assemblies.removeSpeaker': ({ id }) => removeSpeaker(ctx(), id),
    'assemblies.propose': (input) => propose(ctx(), input),
    'assemblies.motions': ({ meetingId }) => motionsOf(ctx(), meetingId),
    'assemblies.openVote': (input) => openVote(ctx(), input),
    'assemblies.vote': ({ id }) => voteState(ctx(), id),
    'assemblies.recordTally': (input) => recordTally(ctx(), input),
    'assemblies.castBallot': (input) => castBallot(ctx(), input),
    'assemblies.closeVote': ({ id }) => closeVote(ctx(), { id }),
    'assemblies.resolutions': ({ kind }) => approvedResolutions(ctx().db, { kind }),
    'assemblies.draftMinutes': (input) => draftMinutes(ctx(), input),
    'assemblies.minutes': ({ meetingId }) => minutesOfMeeting(ctx(), meetingId),
    'assemblies.editMinutes': (input) => editMinutes(ctx(), input),
    'assemblies.finaliseMinutes': (input) => finaliseMinutes(ctx(), input),
    'assemblies.book': () => minutesBook(ctx()),
    'assemblies.printMinutes': async ({ number }) => {
      // Made before asking where to save: an empty book or a missing act is refused with nothing asked.
      const bytes = await minutesPdf(ctx(), number);
      const name = number === null ? deps.t('assemblies:printing.bookFile') : `${deps.t('assemblies:printing.actFile')}-${number}`;
      const path = await askSavePath(deps, 'assemblies:printing.minutesTitle', `${name}.pdf`, pdf);
      saveBytes(path, bytes);
      return { path };
    },
    'assemblies.printConvocation': ({ meetingId }) =>
      printRoute('assemblies:printing.convocationTitle', 'assemblies:printing.convocationFile', meetingId, convocationRoute(meetingId)),
    'assemblies.printRoll': ({ meetingId }) => printRoute('assemblies:printing.rollTitle', 'assemblies:printing.rollFile', meetingId, rollRoute(meetingId)),
    'assemblies.projection': () => projection(ctx()),
    'assemblies.project': (input) => project(ctx(), input),
    'assemblies.openProjector': async () => ({ result: (await deps.platform.openProjector?.()) ?? 'not-supported' }),
  };
}
