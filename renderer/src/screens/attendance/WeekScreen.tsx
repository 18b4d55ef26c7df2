/**
 * /attendance: a week of everyone's hours entered like a spreadsheet, saved all at once. The week starts
 * on the office's first day; the members shown are those who belong to the coop on some day of it.
 */
import { keepPreviousData } from '@tanstack/react-query';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localToday } from '../../../../shared/domain/dates';
import { attendanceKinds } from '../../../../shared/domain/attendance';
import { useRpcQuery } from '../../api/queries';
import { useCoop } from '../../app/use-coop';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { failureText } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { formatDate, formatNumber } from '../../i18n/format';
import { AttendanceNav } from './AttendanceNav';
import { BulkDayDialog } from './BulkDayDialog';
import { GridErrors } from './GridErrors';
import { formatMinutes, parseHours } from './hours';
import { useUnsavedGuard } from '../../components/use-unsaved-guard';
import { useWeekEdits } from './use-week-edits';
import { officeLocale, shiftWeek, weekDays, weekStartOf } from './week';
import { weekCells } from './week-data';
import { WeekGrid, type CellEdit } from './WeekGrid';

/** Members per page of the grid: the service's most, and more than most coops have. */
const PAGE = 500;

export function WeekScreen() {
  const { t, i18n } = useTranslation('attendance');
  const coop = useCoop().data;
  const notify = useToast();
  const tag = officeLocale(coop?.locale ?? 'es', coop?.framework ?? 'custom');
  const [params, setParams] = useSearchParams();
  const start = weekStartOf(params.get('week') ?? localToday(), tag);
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  // The previous answer stays on screen while the next loads: typing in the search keeps the grid in place.
  const week = useRpcQuery('attendance.week', { from: start, days: 7, search: search.trim(), offset, limit: PAGE }, { placeholderData: keepPreviousData });
  const cells = useMemo(() => (week.data ? weekCells(week.data) : null), [week.data]);
  const edits = useWeekEdits();
  const guard = useUnsavedGuard(edits.dirtyCount > 0);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState('');
  const [focusRequest, setFocusRequest] = useState<{ key: string; n: number } | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const days = weekDays(start);
  const errorsByKey = useMemo(() => new Map(edits.errors.map((e) => [e.key, e.message])), [edits.errors]);

  const goToWeek = (date: string) => guard.guard(() => setParams({ week: weekStartOf(date, tag) }, { replace: true }));

  const readable = (text: string) => {
    const parsed = parseHours(text, i18n.language);
    return parsed.ok ? formatMinutes(parsed.minutes) : text;
  };

  const onEdit = (changes: CellEdit[]) => {
    if (!week.data || !cells) return;
    const names = new Map(week.data.members.map((m) => [m.memberId, m.name]));
    edits.edit(
      changes.map(({ key, edit }) => ({
        key,
        entry: {
          ...edit,
          // Hours that read are shown as the grid writes them (7,5 → 7:30): the person sees what will be saved.
          text: readable(edit.text),
          base: edits.entries.get(key)?.base ?? cells.saved.get(key) ?? null,
          name: names.get(Number(key.split('|')[0])) ?? '',
        },
      })),
    );
  };

  const save = async () => {
    if (saving) return;
    setSaving(true);
    try {
      const outcome = await edits.save();
      if ('saved' in outcome) {
        await week.refetch();
        edits.discard();
        notify(t('grid.saved', { count: outcome.saved }), 'success');
      } else if ('problems' in outcome) {
        setNotice(t('grid.notSaved', { count: outcome.problems.length }));
        setFocusRequest({ key: outcome.problems[0]!.key, n: Date.now() });
      } else setNotice(t('grid.nothingToSave'));
    } catch (error) {
      notify(failureText(t, error), 'error');
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  };

  const dirty = edits.dirtyCount;
  const total = week.data?.total ?? 0;
  return (
    <section className="attendance-screen attendance-week" aria-labelledby="attendance-week-title" onKeyDown={onKeyDown}>
      <PageHeader
        title={<span id="attendance-week-title">{t('grid.title')}</span>}
        actions={
          <>
            <Button onClick={() => setBulkOpen(true)}>{t('bulk.open')}</Button>
            <Button onClick={() => edits.discard()} disabled={dirty === 0 || saving}>
              {t('grid.discard')}
            </Button>
            <Button variant="primary" onClick={() => void save()} busy={saving} disabled={dirty === 0} aria-keyshortcuts="Control+S">
              {dirty > 0 ? t('grid.saveCount', { count: dirty, cells: formatNumber(dirty, i18n.language) }) : t('grid.save')}
            </Button>
          </>
        }
      />
      <AttendanceNav />
      <div className="week-toolbar">
        <div className="week-toolbar__week" role="group" aria-label={t('grid.weekGroup')}>
          <Button onClick={() => goToWeek(shiftWeek(start, -1))}>{t('grid.previous')}</Button>
          <DateField label={t('grid.weekOf')} value={start} onChange={(date) => date && /^\d{4}-\d{2}-\d{2}$/.test(date) && date !== start && goToWeek(date)} />
          <Button onClick={() => goToWeek(shiftWeek(start, 1))}>{t('grid.next')}</Button>
          <Button onClick={() => goToWeek(localToday())}>{t('grid.thisWeek')}</Button>
        </div>
        <label className="field week-toolbar__search">
          <span className="field__label">{t('grid.search')}</span>
          <input className="field__control" type="search" value={search} onChange={(e) => {
              setSearch(e.target.value);
              setOffset(0);
            }} />
        </label>
      </div>
      <p role="status" className="week-notice">
        {notice}
      </p>
      <GridErrors errors={edits.errors} onJump={(key) => setFocusRequest({ key, n: Date.now() })} />
      <QueryState query={week}>
        {(data) =>
          data.members.length === 0 ? (
            <p className="week-empty">{search.trim() === '' ? t('grid.noMembers') : t('grid.noMatch')}</p>
          ) : (
            <>
              {total > PAGE && (
                <div className="week-pager">
                  <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                    {t('grid.previousMembers')}
                  </Button>
                  <span>
                    {t('grid.membersRange', {
                      first: formatNumber(offset + 1, i18n.language),
                      last: formatNumber(Math.min(total, offset + PAGE), i18n.language),
                      total: formatNumber(total, i18n.language),
                    })}
                  </span>
                  <Button disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
                    {t('grid.nextMembers')}
                  </Button>
                </div>
              )}
              <WeekGrid
                label={t('grid.label', { from: formatDate(days[0]!, i18n.language, { dateStyle: 'long' }), to: formatDate(days[6]!, i18n.language, { dateStyle: 'long' }) })}
                describedBy="attendance-week-keys"
                members={data.members}
                days={data.days}
                cells={cells!}
                edits={edits.entries}
                problems={errorsByKey}
                focusRequest={focusRequest}
                onEdit={onEdit}
                onNotice={setNotice}
              />
            </>
          )
        }
      </QueryState>
      <p className="week-legend" id="attendance-week-keys">
        {t('grid.keysHelp')}{' '}
        {attendanceKinds.map((kind) => (
          <span key={kind} className="week-legend__kind">
            <kbd>{t(`grid.keys.${kind}`)}</kbd> {t(`kinds.${kind}`)}
          </span>
        ))}
      </p>
      <ConfirmDialog
        open={guard.asking}
        title={t('grid.unsavedTitle')}
        confirmLabel={t('grid.discardAndLeave')}
        danger
        onConfirm={() => guard.proceed(edits.discard)}
        onCancel={guard.stay}
      >
        <p>{t('grid.unsavedMessage', { count: dirty })}</p>
      </ConfirmDialog>
      <BulkDayDialog open={bulkOpen} onClose={() => setBulkOpen(false)} defaultDate={days[0]!} />
    </section>
  );
}
