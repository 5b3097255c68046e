import { DomainError } from '../core/errors.js';
import { REGISTER_KINDS } from '../core/register-kinds.js';
import correction from './correction/index.js';
import type { MetricDef, RegisterDef, SheetDef } from './framework/define.js';
import legalAid from './legal-aid/index.js';
import legalService from './legal-service/index.js';
import mediation from './mediation/index.js';
import procurement from './procurement/index.js';
import publicity from './publicity/index.js';
import resettlement from './resettlement/index.js';
import ruleOfLaw from './rule-of-law/index.js';
import survey from './survey/index.js';

/** Every register, in the order the bureau's work areas are usually listed. Adding one means adding it here. */
export const REGISTERS: RegisterDef[] = [legalAid, mediation, legalService, correction, resettlement, publicity, ruleOfLaw, procurement, survey];

if (REGISTERS.map((r) => r.kind).join() !== REGISTER_KINDS.join()) throw new Error('REGISTERS must list every register kind once, in REGISTER_KINDS order');

export const METRICS: MetricDef[] = REGISTERS.flatMap((r) => r.metrics);
const METRIC_BY_KEY = new Map(METRICS.map((m) => [m.key, m]));

export function findMetric(key: string): MetricDef | undefined {
  return METRIC_BY_KEY.get(key);
}

export function requireMetric(key: string): MetricDef {
  const metric = METRIC_BY_KEY.get(key);
  if (!metric) throw new DomainError('NOT_FOUND', { zh: `没有名为 ${key} 的取数口径；可用的有：${METRICS.map((m) => m.key).join('、')}`, en: `There is no metric ${key}; available: ${METRICS.map((m) => m.key).join(', ')}` });
  return metric;
}

export function requireRegister(kind: string): RegisterDef {
  const register = REGISTERS.find((r) => r.kind === kind);
  if (!register) throw new DomainError('NOT_FOUND', { zh: `没有“${kind}”这种台账；可用的有：${REGISTERS.map((r) => `${r.kind}（${r.name}）`).join('、')}`, en: `There is no register “${kind}”; available: ${REGISTERS.map((r) => r.kind).join(', ')}` });
  return register;
}

/** A sheet by kind and sheet id; without a sheet id, the register's first (main) sheet. */
export function requireSheet(kind: string, sheetId?: string): SheetDef {
  const register = requireRegister(kind);
  if (sheetId === undefined) return register.sheets[0]!;
  const sheet = register.sheets.find((s) => s.id === sheetId);
  if (!sheet) throw new DomainError('NOT_FOUND', { zh: `${register.name}台账没有“${sheetId}”表；可用的有：${register.sheets.map((s) => `${s.id}（${s.name}）`).join('、')}`, en: `Register ${register.kind} has no sheet “${sheetId}”; available: ${register.sheets.map((s) => s.id).join(', ')}` });
  return sheet;
}

/** "legal-aid" or "legal-aid/consultations" (the CLI's way of naming a sheet) */
export function sheetFromPath(path: string): SheetDef {
  const [kind, sheet] = path.split(/[/.]/, 2);
  return requireSheet(kind!, sheet);
}

