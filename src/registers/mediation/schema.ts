import { boolean, date, integer, text } from 'drizzle-orm/pg-core';
import { registerTable } from '../framework/table.js';

/** 人民调解委员会 */
export const mediationCommittees = registerTable('reg_mediation_committee', 'establishedOn', {
  name: text('name').notNull(),
  committeeType: text('committee_type').notNull(),
  establishedOn: date('established_on', { mode: 'string' }).notNull(),
  mediatorCount: integer('mediator_count'),
});

/** 人民调解员 and their training */
export const mediationMediators = registerTable('reg_mediation_mediator', 'appointedOn', {
  name: text('name').notNull(),
  phone: text('phone'),
  committee: text('committee').notNull(),
  fullTime: boolean('full_time'),
  appointedOn: date('appointed_on', { mode: 'string' }).notNull(),
  trainingHours: integer('training_hours'),
  lastTrainedOn: date('last_trained_on', { mode: 'string' }),
});

/** 矛盾纠纷调解: one dispute from receipt to agreement and 司法确认. Party name and phone are ciphertext. */
export const mediationDisputes = registerTable('reg_mediation_dispute', 'receivedOn', {
  disputeType: text('dispute_type').notNull(),
  partyName: text('party_name'),
  partyPhone: text('party_phone'),
  committee: text('committee'),
  mediator: text('mediator'),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  concludedOn: date('concluded_on', { mode: 'string' }),
  outcome: text('outcome'),
  agreementForm: text('agreement_form'),
  confirmationAppliedOn: date('confirmation_applied_on', { mode: 'string' }),
  confirmedOn: date('confirmed_on', { mode: 'string' }),
  summary: text('summary'),
});
