/**
 * Reads the Kysely table types of electron/db/schema/ with the TypeScript compiler: for each table of the
 * `DB` interface, its columns and whether each may be null (as selected: Generated<T> selects T).
 */
import { join } from 'node:path';
import ts from 'typescript';

export type TypedColumns = Record<string, { nullable: boolean }>;

export function readSchemaTypes(schemaIndex: string = join(__dirname, '..', '..', 'electron', 'db', 'schema', 'index.ts')): Record<string, TypedColumns> {
  const program = ts.createProgram([schemaIndex], { strict: true, skipLibCheck: true, noEmit: true, types: [], moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(schemaIndex);
  if (!source) throw new Error(`cannot read ${schemaIndex}`);
  const module = checker.getSymbolAtLocation(source);
  const dbSymbol = module && checker.getExportsOfModule(module).find((s) => s.name === 'DB');
  if (!dbSymbol) throw new Error('electron/db/schema/index.ts declares no DB interface');
  const db = checker.getDeclaredTypeOfSymbol(dbSymbol);

  const tables: Record<string, TypedColumns> = {};
  for (const table of checker.getPropertiesOfType(db)) {
    const tableType = checker.getTypeOfSymbol(table);
    const columns: TypedColumns = {};
    for (const column of checker.getPropertiesOfType(tableType)) {
      columns[column.name] = { nullable: admitsNull(checker, selectedType(checker, checker.getTypeOfSymbol(column))) };
    }
    tables[table.name] = columns;
  }
  return tables;
}

/** Kysely's ColumnType<S, I, U> (and Generated<T>) carries the selected type as `__select__`. */
function selectedType(checker: ts.TypeChecker, type: ts.Type): ts.Type {
  const select = type.getProperty('__select__');
  return select ? checker.getTypeOfSymbol(select) : type;
}

function admitsNull(checker: ts.TypeChecker, type: ts.Type): boolean {
  const parts = type.isUnion() ? type.types : [type];
  return parts.some((t) => (t.flags & ts.TypeFlags.Null) !== 0);
}
