import { z } from 'zod';
import { ZText } from './common.js';
import { PERMISSION_NAMES, ROLES } from '../../core/access/permissions.js';
import { zhEn } from '../messages.js';
import { DATA_SCOPES } from '../../core/access/scope.js';

/** A user's data-scope rule: own office / own unit / own unit and below / assigned units / all (core/access/scope.ts). */
export const ZDataScope = z.enum(DATA_SCOPES);

export const ZLoginBody = z.object({
  username: ZText.trim().min(1, zhEn('请输入用户名', 'Enter the username')).max(40),
  password: ZText.min(1, zhEn('请输入密码', 'Enter the password')).max(128),
});

export const ZAuthUser = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    unit: z.object({ id: z.number().int(), code: z.string(), name: z.string() }).nullable(),
    grantedUnitIds: z.array(z.number().int()),
    sections: z.array(z.string()),
    office: z.string().nullable(),
    dataScope: ZDataScope,
    permissions: z.array(z.enum(PERMISSION_NAMES as [string, ...string[]])),
    mustChangePassword: z.boolean(),
  })
  .meta({ id: 'AuthUser' });
export type TAuthUserView = z.infer<typeof ZAuthUser>;

export const ZSessionView = z.object({ user: ZAuthUser, csrfToken: z.string() });

export const ZChangePasswordBody = z.object({
  currentPassword: ZText.min(1).max(128),
  newPassword: ZText.min(1).max(128),
});

export const ZSetupBody = z.object({
  token: ZText.min(1).max(200).meta({ description: 'the one-time token printed on the server console' }),
  username: ZText.trim().min(2).max(40),
  displayName: ZText.trim().min(1).max(40),
  password: ZText.min(1).max(128),
});

export const ZUserInput = z
  .object({
    username: ZText.trim().min(2).max(40),
    displayName: ZText.trim().min(1).max(40),
    password: ZText.min(1).max(128),
    role: z.enum(ROLES),
    unitCode: ZText.nullable().optional(),
    grantedUnitCodes: z.array(ZText).optional(),
    sections: z.array(ZText).optional(),
    office: ZText.nullable().optional(),
    dataScope: ZDataScope.optional(),
  });

export const ZUserPatch = z.object({
  displayName: ZText.trim().min(1).max(40).optional(),
  role: z.enum(ROLES).optional(),
  disabled: z.boolean().optional(),
  grantedUnitCodes: z.array(ZText).optional(),
  sections: z.array(ZText).optional(),
  office: ZText.nullable().optional(),
  dataScope: ZDataScope.optional(),
});

export const ZUserView = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    unitCode: z.string().nullable(),
    unitName: z.string().nullable(),
    grantedUnitCodes: z.array(z.string()),
    sections: z.array(z.string()),
    office: z.string().nullable(),
    dataScope: ZDataScope,
    disabled: z.boolean(),
    locked: z.boolean(),
    mustChangePassword: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'UserView' });
export type TUserView = z.infer<typeof ZUserView>;

const ZLocalized = z.object({ zh: z.string(), en: z.string() });

export const ZAuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorName: z.string(),
    ip: z.string().nullable(),
    unitId: z.number().int().nullable(),
    unitName: z.string().nullable(),
    action: z.string().meta({ description: 'dotted code, e.g. payment.create' }),
    actionLabel: ZLocalized.meta({ description: 'the action as a person reads it, e.g. 登记支付 / Recorded payment' }),
    entity: z.string(),
    entityId: z.string().nullable(),
    subject: z.object({ kind: ZLocalized, name: z.string().nullable().meta({ description: 'the object’s name: project, indicator, user…' }) }),
    changes: z.array(z.object({ key: z.string(), label: ZLocalized, before: ZLocalized.nullable(), after: ZLocalized.nullable(), changed: z.boolean() })),
    before: z.unknown(),
    after: z.unknown(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZUserList = z.array(ZUserView).meta({ id: 'UserList' });
export const ZSetupState = z.object({ needed: z.boolean() }).meta({ id: 'SetupState' });
