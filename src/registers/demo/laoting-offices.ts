/** The 司法所 of the sample county (乐亭县): demo data, seeded as the demo unit's offices (unit_office). */
export const LAOTING_OFFICES = [
  '乐亭镇司法所',
  '胡家坨司法所',
  '汤家河司法所',
  '马头营司法所',
  '新寨司法所',
  '姜各庄司法所',
  '闫各庄司法所',
  '毛庄司法所',
  '中堡司法所',
  '王滩司法所',
  '大相各庄司法所',
  '庞各庄司法所',
  '古河司法所',
] as const;
