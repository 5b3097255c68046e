#!/usr/bin/env node
/**
 * Writes src/app/auth/common-passwords.txt: passwords people pick first, which the password policy
 * refuses. Source: our own compilation (no third-party list is copied) — digit and keyboard patterns,
 * words and Chinese pinyin phrases that are widely reused (woaini, 5201314, qq…), common surnames and
 * given names in pinyin, place and brand names, each combined with the suffixes people add (123, 1314,
 * 520, 888, years…). Entries are lower case, letters and digits only: the policy compares a password
 * after lower-casing it and dropping symbols, so "Woaini@1314!" matches "woaini1314".
 * Run: node scripts/generate-common-passwords.mjs
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const out = new Set();
const add = (p) => {
  const s = p.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (s.length >= 4) out.add(s);
};

// digit patterns
const digitRuns = ['123456', '1234567', '12345678', '123456789', '1234567890', '0123456789', '987654321', '9876543210', '654321', '7654321', '87654321',
  '123123', '123123123', '123321', '1234554321', '112233', '11223344', '121212', '12121212', '123456123', '147258', '147258369', '258369', '369258147',
  '159357', '159753', '741852', '741852963', '963852741', '135792468', '13579', '2468', '520520', '5201314', '1314520', '52013145201314', '201314',
  '584520', '521521', '1314521', '7758521', '5211314', '3344520', '0000', '1111', '2222', '1212', '1122', '1qaz', '010203', '101010', '202020', '246810', '5201314520'];
digitRuns.forEach(add);
for (let d = 0; d <= 9; d++) for (const n of [6, 7, 8, 9, 10]) add(String(d).repeat(n));
for (let a = 0; a <= 9; a++) for (let b = 0; b <= 9; b++) if (a !== b) add(`${a}${b}`.repeat(4));
for (let y = 1950; y <= 2030; y++) add(String(y).repeat(2));

// keyboard walks and simple letter patterns
['qwerty', 'qwertyui', 'qwertyuiop', 'qwer1234', 'qwe123', 'qwe123456', 'qweasd', 'qweasdzxc', 'qweasdzxc123', 'asdfgh', 'asdfghjk', 'asdfghjkl', 'asdf1234', 'asd123', 'asd123456',
  'zxcvbn', 'zxcvbnm', 'zxc123', 'zxc123456', 'zxcv1234', '1qaz2wsx', '1qaz2wsx3edc', '1qazxsw2', 'zaq12wsx', 'zaq1xsw2', 'qazwsx', 'qazwsxedc', 'qazwsx123', '1q2w3e', '1q2w3e4r',
  '1q2w3e4r5t', 'q1w2e3r4', 'q1w2e3r4t5', 'a1b2c3', 'a1b2c3d4', 'abc123', 'abcd1234', 'abc12345', 'abc123456', 'abcdef', 'abcdefg', 'abcdefgh', 'abcd123', 'aaaaaa', 'aaaaaaaa',
  'aa123456', 'a123456', 'a1234567', 'a12345678', 'a123456789', 'a123123', 'aa112233', 'aaa111', 'aaa123', 'abab1234', 'qq123456', 'qq1234567', 'qq12345678', 'qq123456789', 'q123456',
  'qwer', 'asdf', 'zxcv', '1a2b3c', 'p0o9i8u7', 'poiuytrewq', 'mnbvcxz', 'lkjhgfdsa', 'password', 'passw0rd', 'p4ssw0rd', 'pa55word', 'pass1234', 'pass123', 'passwd', 'pwd123', 'mima', 'mima123',
  'mimamima', 'woshimima', 'admin', 'admin123', 'admin1234', 'admin888', 'administrator', 'root', 'root123', 'toor', 'guest', 'user', 'user123', 'test', 'test123', 'test1234', 'demo', 'system',
  'sysadmin', 'manager', 'super', 'superman', 'welcome', 'welcome1', 'letmein', 'login', 'changeme', 'default', 'secret', 'trustno1', 'iloveyou', 'iloveu', 'loveyou', 'lovelove', 'ilovechina'].forEach(add);

// words and phrases reused everywhere (English, pinyin)
const words = ['password', 'passw0rd', 'admin', 'root', 'love', 'iloveyou', 'woaini', 'aini', 'woaini1314', 'woaiwojia', 'woaiwoma', 'woainima', 'woaini520', 'wobuzhidao', 'zhongguo', 'china',
  'beijing', 'shanghai', 'tianjin', 'hebei', 'tangshan', 'laoting', 'shenzhen', 'guangzhou', 'chengdu', 'wuhan', 'nanjing', 'hangzhou', 'xian', 'huawei', 'xiaomi', 'baidu', 'taobao', 'tencent',
  'weixin', 'wechat', 'alipay', 'qqqq', 'qq', 'qwerty', 'asdf', 'zxcv', 'abc', 'abcd', 'aaa', 'monkey', 'dragon', 'master', 'sunshine', 'princess', 'football', 'basketball', 'baseball', 'soccer',
  'shadow', 'michael', 'jordan', 'kobe', 'jesus', 'angel', 'flower', 'summer', 'winter', 'spring', 'autumn', 'happy', 'lucky', 'hello', 'hellokitty', 'kitty', 'tiger', 'lion', 'panda', 'snoopy',
  'pokemon', 'naruto', 'batman', 'starwars', 'computer', 'internet', 'google', 'apple', 'orange', 'banana', 'cheese', 'chocolate', 'cookie', 'family', 'friend', 'friends', 'freedom', 'secret',
  'welcome', 'office', 'work', 'company', 'server', 'database', 'oracle', 'mysql', 'system', 'sifaju', 'sifa', 'caizheng', 'caiwu', 'jixiao', 'bangong', 'zhengfu', 'gongan', 'fayuan', 'jiancha',
  'xingzheng', 'renmin', 'tiantian', 'xiaoxiao', 'xiaoming', 'xiaohong', 'xiaobao', 'baobao', 'baobei', 'laogong', 'laopo', 'mama', 'baba', 'gege', 'jiejie', 'meimei', 'didi', 'pengyou',
  'kuaile', 'xingfu', 'pingan', 'fafa', 'facai', 'dafa', 'shengli', 'yongyuan', 'aiqing', 'wangzi', 'gongzhu', 'tianshi', 'xingxing', 'yueliang', 'taiyang', 'haha', 'hehe', 'wocao', 'nihao',
  'nihaoma', 'zaijian', 'tongxin', 'shouji', 'diannao', 'zhangsan', 'lisi', 'wangwu'];
// surnames and given names in pinyin
const surnames = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song',
  'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'cui'];
const given = ['wei', 'fang', 'na', 'min', 'jing', 'li', 'qiang', 'lei', 'jun', 'yang', 'yong', 'yan', 'jie', 'tao', 'ming', 'chao', 'xiuying', 'xia', 'ping', 'gang', 'hui', 'hong', 'hao', 'jian', 'bin', 'long', 'peng', 'fei', 'xin', 'yu'];
const names = [];
for (const s of surnames.slice(0, 30)) for (const g of given.slice(0, 15)) names.push(s + g);

const suffixes = ['', '1', '12', '123', '1234', '12345', '123456', '888', '666', '520', '1314', '5201314', '111', '000', '007', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
for (const w of words) for (const s of suffixes) add(w + s);
for (const n of names) for (const s of ['', '123', '520', '1314']) add(n + s);
for (const s of surnames) for (const x of ['123456', '12345678', '888888', '666666', '520', '1314', '5201314']) add(s + x);
for (const p of ['a', 'aa', 'qq', 'q', 'w', 'z', 'zz', 'abc', 'li', 'wang', 'zhang', 'ly', 'zx', 'wx', 'wo']) for (const d of ['123456', '1234567', '12345678', '123456789', '111111', '888888', '666666', '5201314', '1314520', '520520', '112233', '123123', '654321', '147258']) add(p + d);
for (const d of ['123456', '12345678', '888888', '5201314', '1314']) for (const s of ['a', 'aa', 'abc', 'qq', 'qwe', 'asd', 'zxc', 'wo', 'ai', 'love']) add(d + s);
// birthdays as people type them
for (let y = 1960; y <= 2010; y++) for (const md of ['0101', '0520', '0808', '1001', '1111', '1212', '1225']) add(`${y}${md}`);

const sorted = [...out].sort();
const target = fileURLToPath(new URL('../src/app/auth/common-passwords.txt', import.meta.url));
writeFileSync(target, sorted.join('\n') + '\n');
console.log(`${sorted.length} common passwords → ${target}`);
