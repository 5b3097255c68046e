import { canReadRegisterKind, canWriteRegisterKind, type TAccessSubject } from '../../../core/access/scope.js';
import { DomainError } from '../../../core/errors.js';

/** Correction supervision is the correction register's work: read by those who read it, done by those who keep it. */
export function assertCorrectionAccess(subject: TAccessSubject, need: 'read' | 'write'): void {
  const ok = need === 'read' ? canReadRegisterKind(subject, 'correction') : canWriteRegisterKind(subject, 'correction');
  if (!ok) {
    throw new DomainError('FORBIDDEN', {
      zh: need === 'read' ? '您无权查看社区矫正监管信息（社区矫正台账）' : '只有社区矫正科室和司法所可以处置报警、上报零报告',
      en: need === 'read' ? 'You may not read community-correction supervision (the correction register)' : 'Only the correction section and the justice offices handle alarms and file daily reports',
    });
  }
}
