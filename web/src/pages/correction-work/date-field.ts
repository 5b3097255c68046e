import type { Dayjs } from 'dayjs';

/** A DatePicker's value as the API's YYYY-MM-DD (null when empty). */
export const isoOf = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
