import { describe, expect, it } from 'vitest';
import { cityList, cityName, dateText } from './vocabulary.js';

describe('compose vocabulary', () => {
  it('names a city in full, from the gazetteer when it knows it', () => {
    expect(cityName('連雲港')).toBe('连云港市');
    expect(cityName('徐州')).toBe('徐州市');
    expect(cityName('延边')).toBe('延边朝鲜族自治州');
    expect(cityName('甲')).toBe('甲市');
    expect(cityName('甲市')).toBe('甲市');
  });

  it('shortens a long list of cities', () => {
    expect(cityList(['南京', '无锡', '徐州'])).toBe('南京、无锡、徐州');
    expect(cityList(['南京', '无锡', '徐州', '常州', '苏州'])).toBe('南京、无锡、徐州等5个市');
  });

  it('prints dates as Chinese documents do', () => {
    expect(dateText('2024-01-05')).toBe('2024年1月5日');
  });
});
