/**
 * The minutes as a PDF, made in the main process (pdfkit) so the app and `minga assembly minutes` print the
 * same document: one act, or the whole book, in the coop's language, each act carrying its own hash and the
 * audit chain's head at finalisation (the anchor `minga check --anchor` verifies).
 */
import type { Minutes } from '../../../shared/contract/assemblies';
import type { Locale } from '../../../shared/contract/coop';
import { translate } from '../../../shared/i18n/catalogue';
import type { ServiceContext } from '../core';
import { minutesByNumber } from './minutes';
import { localTime, longDate } from './minutes-facts';
import { refusal } from './refuse';
import { coopOf } from './rows';

/** The standard PDF fonts speak WinAnsi: the few signs outside it are written as their plain equivalents. */
const plain = (text: string) =>
  text
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/≠/g, '!=')
    .replace(/[^\u0020-\u00FF\n\u2013-\u2026\u20AC]/g, '?');

function writeAct(doc: PDFKit.PDFDocument, act: Minutes, locale: Locale): void {
  const t = (key: string, params?: Record<string, string | number>) => plain(translate(locale, `assemblies:minutesText.pdf.${key}`, params));
  doc.font('Helvetica-Bold').fontSize(15).text(t('act', { number: act.number ?? '-' }), { align: 'center' });
  doc.moveDown(0.3).fontSize(12).text(plain(act.heading), { align: 'center' });
  doc.moveDown().font('Helvetica').fontSize(10.5).text(plain(act.opening), { align: 'justify' });
  for (const item of act.items) {
    doc.moveDown(0.8).font('Helvetica-Bold').text(plain(item.number === 0 ? item.title : `${item.number}. ${item.title}`));
    if (item.synthesis) doc.moveDown(0.2).font('Helvetica').text(plain(item.synthesis), { align: 'justify' });
  }
  if (act.closing) doc.moveDown(0.8).font('Helvetica').text(plain(act.closing), { align: 'justify' });
  doc.moveDown(1.5).font('Helvetica-Bold').text(t('signatures'));
  for (const s of act.signatories) {
    doc.moveDown(1.6).font('Helvetica').text('______________________________');
    doc.text(`${plain(s.memberName)} - ${t(`role.${s.role}`)}`);
  }
  doc.moveDown(1.5).font('Helvetica').fontSize(8);
  if (act.finalisedAt) doc.text(t('finalised', { date: longDate(act.finalisedAt.slice(0, 10), locale), time: localTime(act.finalisedAt, locale) }));
  doc.text(t('hash', { hash: act.hash ?? '-' }));
  doc.text(t('anchor', { hash: act.anchor ?? '-' }));
}

/** One act by number, or the whole book (null); a book with no final act is refused. */
export async function minutesPdf(ctx: ServiceContext, number: number | null): Promise<Buffer> {
  const { locale, name } = await coopOf(ctx.db);
  let acts: Minutes[];
  if (number !== null) acts = [await minutesByNumber(ctx, number)];
  else {
    const numbers = await ctx.db.selectFrom('assembly_minutes').select('number').where('status', '=', 'final').orderBy('number').execute();
    acts = await Promise.all(numbers.map((n) => minutesByNumber(ctx, n.number!)));
  }
  if (acts.length === 0) throw refusal('NOT_FOUND', 'assemblies:errors.BOOK_EMPTY', 'The minutes book has no finalised act yet.');
  const title = translate(locale, number === null ? 'assemblies:minutesText.pdf.book' : 'assemblies:minutesText.pdf.act', { number: number ?? '' });
  // Loaded when a PDF is made, not with the services: pdfkit finds its font metrics from its own module
  // location, which a worker or a bundle without it need never resolve.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: plain(`${name} - ${title}`), Author: plain(name) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  acts.forEach((act, i) => {
    if (i > 0) doc.addPage();
    writeAct(doc, act, locale);
  });
  doc.end();
  return done;
}
