import { describe, expect, test } from 'vitest';
import { SEED_NOTE, seedArticle } from '../../test/seed-article.js';
import { convertScript, loadScriptConverter } from './convert.js';
import { detectScript } from './detect.js';

describe('detectScript', () => {
  test('tells Simplified from Traditional from both', () => {
    expect(detectScript('连云港市人大常委会举办讲坛，接待选民。')).toBe('hans');
    expect(detectScript('連雲港市人大常委會舉辦講壇，接待選民。')).toBe('hant');
    expect(detectScript('连云港市人大常委会举办讲坛。連雲港市人大常委會舉辦講壇。')).toBe('mixed');
  });

  test('a few stray characters of the other script, or characters both write, do not make text mixed', () => {
    // Machine-converted Traditional text keeps 于, 后, 范, 云 (also written in Traditional: 于姓, 皇后, 范姓).
    expect(detectScript('關于示范帶動，考察后連云港市人大常委會舉辦講壇，接待選民。')).toBe('hant');
    expect(detectScript('人大代表80名')).toBe('hans');
    expect(detectScript('')).toBe('hans');
  });

  test.skipIf(!seedArticle)(`the example article is Traditional ${SEED_NOTE}`, () => {
    expect(detectScript(seedArticle as string)).toBe('hant');
  });
});

describe('convertScript', () => {
  test('converts both ways without rewriting vocabulary (簡報 stays 簡報, not 演示文稿)', async () => {
    expect(await convertScript('簡報', 'hans')).toBe('简报');
    expect(await convertScript('简报', 'hant')).toBe('簡報');
    expect(await convertScript('連雲港市人大常委會', 'hans')).toBe('连云港市人大常委会');
    expect(await convertScript('连云港市人大常委会', 'hant')).toBe('連雲港市人大常委會');
    expect(detectScript(await convertScript('举办讲坛80余场', 'hant'))).toBe('hant');
  });

  test('writes the Traditional forms print uses (為 群眾 裡 著), and reads OpenCC’s standard forms back', async () => {
    expect(await convertScript('注为下限，群众参与，里面，着力', 'hant')).toBe(
      '注為下限，群眾參與，裡面，著力',
    );
    expect(await convertScript('注爲下限，羣衆參與，裏面', 'hans')).toBe('注为下限，群众参与，里面');
  });

  test('loads each converter once', async () => {
    expect(await loadScriptConverter('hans')).toBe(await loadScriptConverter('hans'));
    await expect(loadScriptConverter('tw' as 'hant')).rejects.toMatchObject({ code: 'USAGE' });
  });
});
