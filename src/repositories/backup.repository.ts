import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { rowsOf } from '../db/rows.js';

/**
 * Catalogue queries and row copying for backup and restore. Rows travel as PostgreSQL's own JSON
 * (row_to_json out, json_populate_recordset in), so no value is ever reinterpreted by a JS driver:
 * the same bytes come back on PGlite and on a PostgreSQL server.
 */

export interface TableInfo {
  name: string;
  primaryKey: string[];
  /** serial columns whose sequences must follow the restored rows */
  serialColumns: string[];
  triggers: string[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Application tables in an order where every table comes after the tables it references. */
export async function listTablesInDependencyOrder(exec: Executor): Promise<TableInfo[]> {
  const tables = rowsOf<{ name: string }>(await exec.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)).map((r) => r.name);
  const fks = rowsOf<{ child: string; parent: string }>(
    await exec.execute(sql`
      select c.relname as child, p.relname as parent
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public'`),
  );
  const pks = rowsOf<{ table: string; column: string }>(
    await exec.execute(sql`
      select c.relname as "table", a.attname as "column"
      from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey)
      where i.indisprimary and n.nspname = 'public'
      order by c.relname, array_position(i.indkey, a.attnum)`),
  );
  const serials = rowsOf<{ table: string; column: string }>(
    await exec.execute(sql`select table_name as "table", column_name as "column" from information_schema.columns where table_schema = 'public' and column_default like 'nextval(%'`),
  );
  const triggers = rowsOf<{ table: string; name: string }>(
    await exec.execute(sql`
      select c.relname as "table", t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
      join pg_namespace n on n.oid = c.relnamespace where not t.tgisinternal and n.nspname = 'public'`),
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const fk of fks) if (fk.child === table && fk.parent !== table) visit(fk.parent);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered.map((name) => ({
    name,
    primaryKey: pks.filter((p) => p.table === name).map((p) => p.column),
    serialColumns: serials.filter((s) => s.table === name).map((s) => s.column),
    triggers: triggers.filter((t) => t.table === name).map((t) => t.name),
  }));
}

/** Rows of a table as PostgreSQL JSON text, in primary-key order, a page at a time. */
export async function* readTableRows(exec: Executor, table: TableInfo, pageSize = 5000): AsyncGenerator<string[]> {
  const order = (table.primaryKey.length > 0 ? table.primaryKey : ['1']).map((c) => (c === '1' ? '1' : `t.${ident(c)}`)).join(', ');
  const single = table.primaryKey.length === 1 ? table.primaryKey[0]! : null;
  let offset = 0;
  let after: string | null = null;
  const from = sql.raw(ident(table.name));
  for (;;) {
    let query: SQL;
    if (single) {
      const key = sql.raw(`t.${ident(single)}`);
      // the parameter's type is inferred from the key column it is compared with
      const where: SQL = after === null ? sql.raw('') : sql`where ${key} > ${after}`;
      query = sql`select row_to_json(t)::text as j, ${key}::text as k from ${from} t ${where} order by ${sql.raw(order)} limit ${pageSize}`;
    } else {
      query = sql`select row_to_json(t)::text as j from ${from} t order by ${sql.raw(order)} limit ${pageSize} offset ${offset}`;
    }
    const rows: Array<{ j: string; k?: string }> = rowsOf<{ j: string; k?: string }>(await exec.execute(query));
    if (rows.length === 0) return;
    yield rows.map((r) => r.j);
    offset += rows.length;
    if (single) after = rows[rows.length - 1]!.k!;
    if (rows.length < pageSize) return;
  }
}

export async function countMigrations(exec: Executor): Promise<number> {
  const rows = rowsOf<{ n: number }>(await exec.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
  return rows[0]?.n ?? 0;
}

export async function setTriggers(exec: Executor, table: TableInfo, enabled: boolean): Promise<void> {
  for (const trigger of table.triggers) {
    await exec.execute(sql.raw(`alter table ${ident(table.name)} ${enabled ? 'enable' : 'disable'} trigger ${ident(trigger)}`));
  }
}

export async function truncateTables(exec: Executor, tables: TableInfo[]): Promise<void> {
  if (tables.length === 0) return;
  await exec.execute(sql.raw(`truncate ${tables.map((t) => ident(t.name)).join(', ')} restart identity cascade`));
}

export async function insertTableRows(exec: Executor, table: TableInfo, rowsJson: string[]): Promise<void> {
  if (rowsJson.length === 0) return;
  const name = ident(table.name);
  await exec.execute(sql`insert into ${sql.raw(name)} select * from json_populate_recordset(null::${sql.raw(name)}, ${`[${rowsJson.join(',')}]`}::json)`);
}

export async function resetSequences(exec: Executor, table: TableInfo): Promise<void> {
  for (const column of table.serialColumns) {
    const name = ident(table.name);
    const col = ident(column);
    await exec.execute(
      sql.raw(`select setval(pg_get_serial_sequence('${name.replace(/'/g, "''")}', '${column.replace(/'/g, "''")}'), coalesce((select max(${col}) from ${name}), 1), (select max(${col}) from ${name}) is not null)`),
    );
  }
}
