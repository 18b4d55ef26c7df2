/**
 * The resource Gantt: work-centre lanes, members and partners as rows, time across. Only the rows and
 * the stretch of time in view are drawn (a plan of 5,000 operations is a few hundred buttons on screen),
 * so scrolling stays smooth with plain divs. Keyboard: the chart is one tab stop; arrows move between
 * bars (left and right along a row, up and down to the nearest bar of the next row with work), Home and
 * End go to a row's ends, Enter opens the operation's details.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { firstEndingAfter, nearestBar, type GanttBar, type GanttModel } from './gantt-model';
import { formatDay, formatHour } from './time';

export type Zoom = 'day' | 'week';
/** Pixels per minute: a day view shows an hour in 48 px, a week view a day in 144 px. */
const SCALE: Record<Zoom, number> = { day: 48 / 60, week: 144 / 1440 };
const LABEL_WIDTH = 190;
const ROW_HEIGHT = 30;
const AXIS_HEIGHT = 44;
const MAX_HEIGHT = 440;

interface Props {
  model: GanttModel;
  t0: string;
  horizon: number;
  zoom: Zoom;
  locale: string;
  /** The accessible name of the chart. */
  label: string;
  /** Words for one bar: "O-12, cut on PRESS, Mon 2 Mar 08:00–10:00". */
  describe: (bar: GanttBar) => string;
  onOpen: (op: number) => void;
  /** Scroll to this minute when it changes (the plan's now). */
  startAt: number;
}

interface Place {
  row: number;
  bar: number;
}

export function Gantt({ model, t0, horizon, zoom, locale, label, describe, onOpen, startAt }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ left: 0, top: 0, width: 1000, height: MAX_HEIGHT });
  const [active, setActive] = useState<Place | null>(null);
  const wantsFocus = useRef(false);
  const scale = SCALE[zoom];
  const width = LABEL_WIDTH + Math.max(horizon, 1440) * scale;
  const height = AXIS_HEIGHT + model.rows.length * ROW_HEIGHT;

  const measure = useCallback(() => {
    const el = scroller.current;
    if (el) setView({ left: el.scrollLeft, top: el.scrollTop, width: el.clientWidth, height: el.clientHeight });
  }, []);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);
  // A new zoom keeps the same moment at the left edge; a new plan starts at its now.
  const leftMinute = useRef(startAt);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    el.scrollLeft = Math.max(0, leftMinute.current * scale);
    measure();
  }, [scale, measure]);
  useLayoutEffect(() => {
    leftMinute.current = startAt;
    const el = scroller.current;
    if (el) el.scrollLeft = Math.max(0, startAt * scale);
    measure();
    // Only a new start moves the view, not a zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [startAt]);

  const frame = useRef(0);
  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      measure();
      const el = scroller.current;
      if (el) leftMinute.current = el.scrollLeft / scale;
    });
  };

  const fromMinute = Math.max(0, view.left / scale);
  const toMinute = (view.left + view.width - LABEL_WIDTH) / scale;
  const firstRow = Math.max(0, Math.floor((view.top - ROW_HEIGHT) / ROW_HEIGHT));
  const lastRow = Math.min(model.rows.length - 1, Math.ceil((view.top + view.height) / ROW_HEIGHT));

  const ticks = useMemo(() => {
    const step = zoom === 'day' ? 60 : 1440;
    const out: { minute: number; major: boolean }[] = [];
    for (let m = Math.floor(fromMinute / step) * step; m <= toMinute + step; m += step) if (m >= 0 && m <= horizon) out.push({ minute: m, major: m % 1440 === 0 });
    return out;
  }, [zoom, fromMinute, toMinute, horizon]);

  const bringIntoView = (place: Place) => {
    const el = scroller.current;
    const bar = model.bars[place.row]?.[place.bar];
    if (!el || !bar) return;
    const x = bar.start * scale;
    const visibleWidth = el.clientWidth - LABEL_WIDTH;
    if (x < el.scrollLeft || x > el.scrollLeft + visibleWidth - 40) el.scrollLeft = Math.max(0, x - visibleWidth / 4);
    const y = place.row * ROW_HEIGHT;
    const visibleHeight = el.clientHeight - AXIS_HEIGHT;
    if (y < el.scrollTop || y + ROW_HEIGHT > el.scrollTop + visibleHeight) el.scrollTop = Math.max(0, y - visibleHeight / 2);
    measure();
  };

  const moveTo = (place: Place | null) => {
    if (!place) return;
    wantsFocus.current = true;
    setActive(place);
    bringIntoView(place);
  };

  useEffect(() => {
    if (!wantsFocus.current || !active) return;
    wantsFocus.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-bar="${active.row}:${active.bar}"]`)?.focus({ preventScroll: true });
  });

  /** The row with work nearest `row` in direction `step`. */
  const rowWithBars = (row: number, step: 1 | -1): number => {
    for (let r = row + step; r >= 0 && r < model.rows.length; r += step) if (model.bars[r]!.length > 0) return r;
    return -1;
  };

  const firstVisible = (): Place | null => {
    for (let r = firstRow; r <= lastRow; r++) {
      const bars = model.bars[r]!;
      const i = firstEndingAfter(bars, fromMinute);
      if (i < bars.length) return { row: r, bar: i };
    }
    const r = rowWithBars(-1, 1);
    return r >= 0 ? { row: r, bar: 0 } : null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    event.preventDefault();
    const focusedBar = (event.target as HTMLElement).dataset.bar !== undefined;
    const here = focusedBar ? active : null;
    if (!here) return moveTo(firstVisible());
    const row = model.bars[here.row]!;
    const current = row[here.bar]!;
    switch (event.key) {
      case 'ArrowLeft':
        return moveTo(here.bar > 0 ? { row: here.row, bar: here.bar - 1 } : null);
      case 'ArrowRight':
        return moveTo(here.bar < row.length - 1 ? { row: here.row, bar: here.bar + 1 } : null);
      case 'Home':
        return moveTo({ row: here.row, bar: 0 });
      case 'End':
        return moveTo({ row: here.row, bar: row.length - 1 });
      default: {
        const next = rowWithBars(here.row, event.key === 'ArrowUp' ? -1 : 1);
        if (next >= 0) moveTo({ row: next, bar: nearestBar(model.bars[next]!, current.start) });
      }
    }
  };

  const rows = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const row = model.rows[r]!;
    const bars = model.bars[r]!;
    const cells = [];
    for (let i = firstEndingAfter(bars, fromMinute); i < bars.length && bars[i]!.start <= toMinute; i++) {
      const bar = bars[i]!;
      const isActive = active?.row === r && active.bar === i;
      cells.push(
        <button
          key={`${bar.op}`}
          type="button"
          data-bar={`${r}:${i}`}
          tabIndex={isActive ? 0 : -1}
          className={`gantt__bar gantt__bar--${bar.tone}${isActive ? ' gantt__bar--active' : ''}`}
          style={{ left: LABEL_WIDTH + bar.start * scale, width: Math.max(3, (bar.end - bar.start) * scale) }}
          aria-label={describe(bar)}
          title={describe(bar)}
          onFocus={() => {
            if (!isActive) setActive({ row: r, bar: i });
          }}
          onClick={() => {
            setActive({ row: r, bar: i });
            onOpen(bar.op);
          }}
        >
          {(bar.end - bar.start) * scale > 36 ? bar.text : ''}
        </button>,
      );
    }
    rows.push(
      <div key={row.key} className={`gantt__row gantt__row--${row.kind}`} style={{ top: AXIS_HEIGHT + r * ROW_HEIGHT, width }}>
        <div className="gantt__label" title={row.title}>
          {row.label}
        </div>
        {cells}
      </div>,
    );
  }

  const activeIsDrawn = active !== null && active.row >= firstRow && active.row <= lastRow;
  return (
    <div
      ref={scroller}
      className="gantt"
      role="group"
      aria-label={label}
      aria-roledescription="Gantt"
      tabIndex={activeIsDrawn ? -1 : 0}
      style={{ height: Math.min(height + 16, MAX_HEIGHT) }}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <div className="gantt__canvas" style={{ width, height }}>
        <div className="gantt__axis" style={{ width }} aria-hidden="true">
          {/* The day at the left edge, so an hour scrolled away from its midnight still has its date. */}
          <div className="gantt__corner">{formatDay(t0, Math.min(horizon, Math.ceil(fromMinute)), locale)}</div>
          {ticks.map((tick) => (
            <div key={tick.minute} className={`gantt__tick${tick.major ? ' gantt__tick--major' : ''}`} style={{ left: LABEL_WIDTH + tick.minute * scale }}>
              {/* Days on the first line, hours on the second: a day's name never covers the hours after it. */}
              <span className="gantt__day">{tick.major ? formatDay(t0, tick.minute, locale) : ''}</span>
              {zoom === 'day' && <span className="gantt__hour">{formatHour(t0, tick.minute, locale)}</span>}
            </div>
          ))}
        </div>
        {rows}
      </div>
    </div>
  );
}
