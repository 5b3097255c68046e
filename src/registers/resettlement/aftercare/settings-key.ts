/** `unit_setting` key of the aftercare clocks and 帮教期 (read by the aftercare use-cases and the 帮教率 metric's SQL). */
export const AFTERCARE_SETTINGS_KEY = 'aftercare';
