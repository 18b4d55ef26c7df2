/**
 * The words spreadsheets use for the register's columns and statuses, in es, pt-BR and en: the app's own
 * labels (so its export re-imports in every language) and the words and abbreviations people write.
 * Compared folded (no case, accents, spaces or punctuation), so "Fecha de Ingreso", "fecha_ingreso" and
 * "F. ingreso" match.
 */
import { locales } from '../../../shared/contract/coop';
import { importableFields, type ColumnMapping, type ImportableField } from '../../../shared/contract/members';
import { memberStatuses, type MemberStatus } from '../../../shared/domain/members';
import { foldForSearch } from '../../../shared/domain/search';
import { translate } from '../../../shared/i18n/catalogue';

export function foldWord(text: string): string {
  return foldForSearch(text).replace(/[^a-z0-9]/g, '');
}

const headerWords: Record<ImportableField, readonly string[]> = {
  memberNumber: [
    'n', 'no', 'nro', 'nrosoc', 'numsocio', 'numero', 'nro', 'num', 'numerodesocio', 'nrodesocio', 'nrosocio', 'ndesocio', 'nsocio', 'numerosocio',
    'numerodeasociado', 'nrodeasociado', 'matricula', 'numerodematricula', 'numerodoassociado',
    'numerodocooperado', 'numerodematriculadocooperado', 'number', 'memberno', 'membernumber', 'memberid',
  ],
  lastNames: ['lastname', 'lastnames', 'surname', 'surnames', 'familyname', 'apellido', 'apellidos', 'sobrenome', 'sobrenomes', 'apelido', 'apelidos'],
  firstNames: ['firstname', 'firstnames', 'givenname', 'givennames', 'nombre', 'nombres', 'nome', 'nomes', 'prenome', 'primeironome'],
  nationalId: [
    'doc', 'nrodoc', 'numdoc', 'tipoynrodedocumento', 'docidentidad', 'nationalid', 'idnumber', 'nationalidnumber', 'dni', 'documento', 'nrodedocumento', 'numerodedocumento',
    'documentodeidentidad', 'cedula', 'ceduladeidentidad', 'ci', 'rg', 'identidade', 'carteiradeidentidade', 'nie',
  ],
  taxId: ['taxid', 'taxnumber', 'cuit', 'cuil', 'cuitcuil', 'cpf', 'nif', 'rut', 'rfc', 'tin', 'itin', 'ssn'],
  nationality: ['nationality', 'nacionalidad', 'nacionalidade'],
  birthDate: [
    'fechanac', 'fnac', 'fecnac', 'fechadenac', 'datanasc', 'dtnasc', 'dtnascimento', 'nasc', 'born', 'birthdate', 'dateofbirth', 'dob', 'birthday', 'fechadenacimiento', 'fechanacimiento', 'nacimiento',
    'datadenascimento', 'datanascimento', 'nascimento',
  ],
  email: ['email', 'emailaddress', 'mail', 'correo', 'correoelectronico', 'correoe'],
  phone: ['tel', 'telef', 'cel', 'phone', 'phonenumber', 'telephone', 'mobile', 'tel', 'telefono', 'celular', 'movil', 'telefone'],
  address: ['address', 'domicilio', 'direccion', 'endereco', 'morada'],
  joinDate: [
    'fechaing', 'fing', 'fecing', 'fechadeing', 'fechaalta', 'falta', 'dtadmissao', 'dtadm', 'dataadm', 'dtingresso', 'joindate', 'joined', 'membersince', 'admissiondate', 'dateofadmission', 'startdate', 'fechadeingreso',
    'fechaingreso', 'ingreso', 'fechadealta', 'fechaalta', 'dataadmissao', 'datadeadmissao', 'admissao',
    'dataingresso', 'datadeingresso', 'ingresso',
  ],
  admissionResolution: [
    'admissionresolution', 'resolution', 'resoluciondeadmision', 'actadeadmision', 'acta', 'ataadmissao',
    'atadeadmissao', 'ata', 'resolucao',
  ],
  category: ['cat', 'categ', 'category', 'role', 'categoria', 'puesto', 'cargo', 'funcao'],
  weeklyHours: [
    'hssem', 'hsemanales', 'hrssem', 'horassem', 'hsem', 'hweek', 'hrsweek', 'hoursweek', 'weeklyhours', 'hoursperweek', 'hours', 'horassemanales', 'horasporsemana', 'horas', 'cargahoraria',
    'horassemanais', 'cargahorariasemanal',
  ],
  status: ['status', 'estado', 'situacion', 'situacao', 'situation'],
  leavingDate: [
    'fechaegr', 'fegreso', 'fbaja', 'dtdesligamento', 'dtsaida', 'leavingdate', 'dateofleaving', 'exitdate', 'enddate', 'fechadebaja', 'fechabaja', 'fechadeegreso',
    'fechaegreso', 'baja', 'egreso', 'datadesligamento', 'datadedesligamento', 'datadesaida', 'desligamento',
  ],
  leavingCause: [
    'leavingcause', 'causeofleaving', 'reason', 'motivo', 'motivodebaja', 'motivodeegreso', 'causa',
    'causadebaja', 'motivododesligamento', 'motivodesligamento', 'motivodesaida',
  ],
};

/** Every word a field is known by: its own name, its label in each language, and the words above. */
export function wordsForField(field: ImportableField): string[] {
  const labels = locales.map((locale) => foldWord(translate(locale, `members:fields.${field}`)));
  return [...new Set([foldWord(field), ...labels, ...headerWords[field]])];
}

const fieldByWord = new Map<string, ImportableField>();
for (const field of importableFields) {
  for (const word of wordsForField(field)) fieldByWord.set(word, field);
}

/** Maps each recognised header to its field; the first column wins when two mean the same field. */
export function automaticMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, index) => {
    const field = fieldByWord.get(foldWord(header));
    if (field !== undefined && mapping[field] === undefined) mapping[field] = index;
  });
  return mapping;
}

const statusWords: Record<MemberStatus, readonly string[]> = {
  applicant: ['applicant', 'aspirante', 'postulante', 'solicitante', 'candidato', 'candidata', 'candidate'],
  trial: ['trial', 'probation', 'probationary', 'prueba', 'enprueba', 'periododeprueba', 'experiencia', 'emexperiencia', 'periododeexperiencia'],
  active: ['active', 'activo', 'activa', 'ativo', 'ativa', 'vigente'],
  on_leave: ['onleave', 'leave', 'enlicencia', 'licencia', 'delicencia', 'licenciado', 'licenciada', 'licenca', 'emlicenca', 'afastado', 'afastada'],
  resigned: ['resigned', 'renunciado', 'renunciada', 'renuncia', 'renunciante', 'renunciou', 'demissionario', 'demissionaria'],
  excluded: ['excluded', 'expelled', 'excluido', 'excluida', 'expulsado', 'expulsada', 'eliminado', 'eliminada'],
  deceased: ['deceased', 'dead', 'died', 'fallecido', 'fallecida', 'falecido', 'falecida', 'obito'],
};

/** Every word a status is known by: its code, the label the app shows in each language, and the words above. */
export function wordsForStatus(status: MemberStatus): string[] {
  const labels = locales.map((locale) => foldWord(translate(locale, `members:status.${status}`)));
  return [...new Set([foldWord(status), ...labels, ...statusWords[status]])];
}

const statusByWord = new Map<string, MemberStatus>();
for (const status of memberStatuses) {
  for (const word of wordsForStatus(status)) statusByWord.set(word, status);
}

/** The status a cell names; empty means active (a book carried over lists current members). */
export function statusFromText(text: string | null): MemberStatus | null {
  if (text === null) return 'active';
  return statusByWord.get(foldWord(text)) ?? null;
}
