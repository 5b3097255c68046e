// The English messages and antd's English locale, loaded only when a user switches to English: the
// first page (the login) carries one language, not two.
import enUS from 'antd/es/locale/en_US';
import { en } from './en';

export { en, enUS };
