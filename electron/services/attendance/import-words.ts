/**
 * The words time clocks and spreadsheets use for the import's columns and for the kinds of day, in es,
 * pt-BR and en: the app's own labels (so its export re-imports in every language) and the usual words.
 * Compared folded (no case, accents, spaces or punctuation), so "Hora de Entrada" and "hora_entrada" match.
 */
import { importFields, type AttendanceImportField } from '../../../shared/contract/attendance';
import { locales } from '../../../shared/contract/coop';
import { attendanceKinds, type AttendanceKind } from '../../../shared/domain/attendance';
import { foldForSearch } from '../../../shared/domain/search';
import { translate } from '../../../shared/i18n/catalogue';

export function foldWord(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]/g, '');
}

const headerWords: Record<AttendanceImportField, readonly string[]> = {
  memberNumber: [
    'n', 'no', 'nro', 'num', 'numero', 'number', 'member', 'memberno', 'membernumber', 'memberid', 'employee', 'employeeid', 'badge',
    'socio', 'nrosocio', 'numerodesocio', 'nrodesocio', 'asociado', 'numerodeasociado', 'nrodeasociado', 'legajo', 'matricula',
    'associado', 'numerodoassociado', 'cooperado', 'numerodocooperado', 'cracha', 'id',
  ],
  date: ['date', 'day', 'workdate', 'fecha', 'dia', 'data', 'datadotrabalho', 'fechadetrabajo'],
  hours: ['hours', 'hrs', 'hs', 'hoursworked', 'horas', 'horastrabajadas', 'horastrabalhadas', 'cantidaddehoras', 'duration', 'duracion', 'duracao'],
  minutes: ['minutes', 'mins', 'minutos', 'minutostrabajados', 'minutostrabalhados'],
  clockIn: ['in', 'clockin', 'checkin', 'timein', 'start', 'entrada', 'horaentrada', 'horadeentrada', 'ingreso', 'horaingreso', 'inicio'],
  clockOut: ['out', 'clockout', 'checkout', 'timeout', 'end', 'salida', 'horasalida', 'horadesalida', 'egreso', 'saida', 'horasaida', 'horadesaida', 'fin', 'fim'],
  kind: ['kind', 'type', 'tipo', 'concepto', 'novedad', 'motivo', 'categoria', 'ocorrencia'],
  note: ['note', 'notes', 'comment', 'comments', 'nota', 'notas', 'observacion', 'observaciones', 'observacao', 'observacoes', 'comentario'],
};

const wordToField = new Map<string, AttendanceImportField>();
for (const field of importFields) {
  for (const locale of locales) wordToField.set(foldWord(translate(locale, `attendance:import.fields.${field}`)), field);
  for (const word of headerWords[field]) if (!wordToField.has(word)) wordToField.set(word, field);
}

/** Which column feeds each field, by the file's headers; a field no header names is left unmapped. */
export function automaticMapping(headers: readonly string[]): Partial<Record<AttendanceImportField, number>> {
  const mapping: Partial<Record<AttendanceImportField, number>> = {};
  headers.forEach((header, index) => {
    const field = wordToField.get(foldWord(header));
    if (field !== undefined && mapping[field] === undefined) mapping[field] = index;
  });
  return mapping;
}

const kindSynonyms: Record<AttendanceKind, readonly string[]> = {
  work: ['work', 'worked', 'trabajo', 'trabajado', 'presente', 'present', 'trabalho', 'trabalhado', 'normal', 'p'],
  justified_absence: ['justifiedabsence', 'ausenciajustificada', 'faltajustificada', 'aj', 'fj'],
  unjustified_absence: ['unjustifiedabsence', 'absence', 'absent', 'ausencia', 'ausenciainjustificada', 'falta', 'faltainjustificada', 'ausente', 'ai', 'fi'],
  leave: ['leave', 'vacation', 'vacations', 'licencia', 'vacaciones', 'licenca', 'ferias', 'lic'],
  sick_leave: ['sickleave', 'sick', 'enfermedad', 'licenciapormedica', 'licenciamedica', 'baja', 'bajamedica', 'doenca', 'licencamedica', 'atestado'],
  training: ['training', 'course', 'capacitacion', 'formacion', 'curso', 'capacitacao', 'treinamento', 'formacao'],
  holiday: ['holiday', 'publicholiday', 'feriado', 'festivo', 'fiesta'],
  assembly: ['assembly', 'meeting', 'asamblea', 'reunion', 'assembleia', 'reuniao'],
};

const wordToKind = new Map<string, AttendanceKind>();
for (const kind of attendanceKinds) {
  wordToKind.set(foldWord(kind), kind);
  for (const locale of locales) wordToKind.set(foldWord(translate(locale, `attendance:kinds.${kind}`)), kind);
  for (const word of kindSynonyms[kind]) if (!wordToKind.has(word)) wordToKind.set(word, kind);
}

/** The kind a cell names, in any of the three languages; null when it names none. */
export function kindOfWord(text: string): AttendanceKind | null {
  return wordToKind.get(foldWord(text)) ?? null;
}

/** The kinds' names a person may write, in the coop's language, for a refusal to list. */
export function kindWords(locale: (typeof locales)[number]): string[] {
  return attendanceKinds.map((k) => translate(locale, `attendance:kinds.${k}`));
}
