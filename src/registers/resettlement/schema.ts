import { boolean, date, text } from 'drizzle-orm/pg-core';
import { registerTable } from '../framework/table.js';

/**
 * 刑满释放人员 (and people whose correction ended) under 安置帮教, from the prison's release notice on:
 * the notice, the 衔接 steps with their dates (clocks: core/correction/aftercare.ts), the 帮教小组, and
 * whether the person is resettled (安置) and assisted (帮教措施落实). Name and ID number are ciphertext.
 */
export const resettlementPeople = registerTable('reg_resettlement_person', 'releasedOn', {
  name: text('name').notNull(),
  idNumber: text('id_number'),
  releasedOn: date('released_on', { mode: 'string' }).notNull(),
  prison: text('prison'),
  handedOverOn: date('handed_over_on', { mode: 'string' }),
  keyPerson: boolean('key_person'),
  resettledOn: date('resettled_on', { mode: 'string' }),
  assistance: text('assistance'),
  note: text('note'),
  source: text('source'),
  noticeReceivedOn: date('notice_received_on', { mode: 'string' }),
  familyNotifiedOn: date('family_notified_on', { mode: 'string' }),
  metAtGate: boolean('met_at_gate'),
  returnedOn: date('returned_on', { mode: 'string' }),
  fileOpenedOn: date('file_opened_on', { mode: 'string' }),
  visitedOn: date('visited_on', { mode: 'string' }),
  helpGroup: text('help_group'),
  assistedOn: date('assisted_on', { mode: 'string' }),
});
