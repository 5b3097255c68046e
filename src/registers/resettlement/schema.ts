import { boolean, date, text } from 'drizzle-orm/pg-core';
import { registerTable } from '../framework/table.js';

/** 刑满释放人员 under 安置帮教. Name and ID number are ciphertext. */
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
});
