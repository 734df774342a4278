import { describe, expect, test } from 'vitest';
import { CITIES, findCityMentions, normalizeCityName } from './gazetteer.js';

describe('gazetteer', () => {
  test('holds every prefecture-level division of China and the four municipalities', () => {
    // GB/T 2260: 293 prefecture-level cities, 7 prefectures (地区), 30 autonomous prefectures, 3 leagues (盟).
    const full = CITIES.map((c) => c.fullName.hans);
    const municipalities = ['北京市', '天津市', '上海市', '重庆市'];
    expect(full.filter((n) => n.endsWith('市') && !municipalities.includes(n))).toHaveLength(293);
    expect(full.filter((n) => n.endsWith('地区'))).toHaveLength(7);
    expect(full.filter((n) => n.endsWith('自治州'))).toHaveLength(30);
    expect(full.filter((n) => n.endsWith('盟'))).toHaveLength(3);
    expect(full).toEqual(expect.arrayContaining(municipalities));
    expect(new Set(CITIES.map((c) => c.code)).size).toBe(CITIES.length);
    // Every city has its province in both scripts, and a short name that begins its full name in each.
    for (const city of CITIES) {
      expect(city.province.hans.length * city.province.hant.length).toBeGreaterThan(0);
      expect(
        city.fullName.hans.startsWith(city.name.hans) && city.fullName.hant.startsWith(city.name.hant),
      ).toBe(true);
    }
    const jiangsu = CITIES.filter((c) => c.province.hant === '江蘇省').map((c) => c.name.hant);
    expect(jiangsu).toEqual([
      '南京',
      '無錫',
      '徐州',
      '常州',
      '蘇州',
      '南通',
      '連雲港',
      '淮安',
      '鹽城',
      '揚州',
      '鎮江',
      '泰州',
      '宿遷',
    ]);
  });

  test('normalizes a name in either script, with or without its suffix', () => {
    const forms = ['連雲港', '连云港', '連云港', '連雲港市', '连云港市', ' 連云港市 '];
    for (const form of forms) {
      expect(normalizeCityName(form)?.name).toEqual({ hans: '连云港', hant: '連雲港' });
    }
    expect(normalizeCityName('连云港')?.code).toBe('3207');
    expect(normalizeCityName('上海')?.province.hans).toBe('上海市');
    expect(normalizeCityName('延邊朝鮮族自治州')?.name.hans).toBe('延边');
    expect(normalizeCityName('延边州')?.fullName.hans).toBe('延边朝鲜族自治州');
    expect(normalizeCityName('大興安嶺地區')?.name.hant).toBe('大興安嶺');
    expect(normalizeCityName('錫林郭勒盟')?.name.hans).toBe('锡林郭勒');
    expect(normalizeCityName('江蘇')).toBeNull();
    expect(normalizeCityName('')).toBeNull();
  });

  test('finds mentions with their spans, preferring the longest spelling', () => {
    const text = '在鎮江啟動，連云港市、鹽城和南京市各級人大';
    const mentions = findCityMentions(text);
    expect(mentions.map((m) => [m.city.name.hant, m.text, m.full])).toEqual([
      ['鎮江', '鎮江', false],
      ['連雲港', '連云港市', true],
      ['鹽城', '鹽城', false],
      ['南京', '南京市', true],
    ]);
    for (const m of mentions) expect(text.slice(...m.span)).toBe(m.text);
    expect(findCityMentions('省人大常委會')).toEqual([]);
  });
});
