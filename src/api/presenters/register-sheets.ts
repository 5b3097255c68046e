import { can } from '../../core/access/permissions.js';
import { canReadRegisterKind, canWriteRegisterKind, type TAccessSubject } from '../../core/access/scope.js';
import { REGISTER_KIND_LABEL, REGISTER_KIND_LABEL_EN } from '../../core/register-kinds.js';
import type { TSheetInfo } from '../../contract/api/registers-api.js';
import type { SheetDef } from '../../registers/framework/define.js';

/** A register sheet's declaration as forms, lists and templates read it, with what the subject may do with it. */
export function presentSheet(s: SheetDef, subject: TAccessSubject): TSheetInfo {
  return {
    kind: s.kind,
    kindName: REGISTER_KIND_LABEL[s.kind],
    kindNameEn: REGISTER_KIND_LABEL_EN[s.kind],
    id: s.id,
    name: s.name,
    nameEn: s.nameEn,
    dateKey: s.dateKey,
    titleKey: s.titleKey,
    sealable: s.sealedKey !== undefined,
    deadlines: s.deadlines !== undefined,
    fields: s.fields.map((f) => ({
      key: f.key,
      label: f.label,
      labelEn: f.labelEn,
      type: f.type,
      required: f.required,
      ...(f.options ? { options: [...f.options] } : {}),
      personal: f.personal !== undefined,
      filter: f.filter,
      search: f.search,
      ...(f.hint ? { hint: f.hint, hintEn: f.hintEn ?? f.hint } : {}),
    })),
    derived: Object.entries(s.derivedLabels ?? {}).map(([key, label]) => ({ key, label: label.zh, labelEn: label.en })),
    readable: canReadRegisterKind(subject, s.kind),
    writable: can(subject.role, 'register.write') && canWriteRegisterKind(subject, s.kind),
  };
}
