import type { FontRole } from '../options.js';

/** One place a font may be: a file of an npm font package, or a system font file (with a collection face). */
export type FontPlace =
  | { kind: 'package'; name: string; file: string }
  | { kind: 'system'; path: string; postscriptName?: string };

/**
 * Where to look for each role, best first: the Noto packages (optional peer dependencies), then the
 * system fonts of Debian/Ubuntu (fonts-noto-cjk, fonts-lxgw-wenkai), macOS and Windows. Windows has the
 * official 仿宋/黑體/楷體 themselves, so they come before the Noto collections there.
 * Never FangSong from fonts-cwtex-fs: it lacks Simplified Chinese and would print boxes.
 */
export function fontPlaces(
  role: FontRole,
  script: 'hans' | 'hant',
  env: { windowsDir: string },
): FontPlace[] {
  const region = script === 'hant' ? 'tc' : 'sc';
  const mac = script === 'hant' ? 'TC' : 'SC';
  const win = (file: string): FontPlace => ({ kind: 'system', path: `${env.windowsDir}\\Fonts\\${file}` });
  const noto = (family: 'Sans' | 'Serif', weight: string): FontPlace => ({
    kind: 'system',
    path: `/usr/share/fonts/opentype/noto/Noto${family}CJK-${weight}.ttc`,
    postscriptName: `Noto${family}CJK${region}-${weight}`,
  });
  const serif = (file: string): FontPlace => ({
    kind: 'package',
    name: '@expo-google-fonts/noto-serif-sc',
    file,
  });
  const sans = (file: string): FontPlace => ({
    kind: 'package',
    name: '@expo-google-fonts/noto-sans-sc',
    file,
  });
  switch (role) {
    case 'body':
      return [
        serif('400Regular/NotoSerifSC_400Regular.ttf'),
        noto('Serif', 'Regular'),
        {
          kind: 'system',
          path: '/System/Library/Fonts/Supplemental/Songti.ttc',
          postscriptName: `STSongti-${mac}-Regular`,
        },
        win('simfang.ttf'),
        { kind: 'system', path: `${env.windowsDir}\\Fonts\\simsun.ttc`, postscriptName: 'SimSun' },
      ];
    case 'title':
      return [
        serif('900Black/NotoSerifSC_900Black.ttf'),
        serif('700Bold/NotoSerifSC_700Bold.ttf'),
        noto('Serif', 'Black'),
        noto('Serif', 'Bold'),
        {
          kind: 'system',
          path: '/System/Library/Fonts/Supplemental/Songti.ttc',
          postscriptName: `STSongti-${mac}-Black`,
        },
        win('STZHONGS.TTF'),
      ];
    case 'heading1':
      return [
        sans('700Bold/NotoSansSC_700Bold.ttf'),
        noto('Sans', 'Bold'),
        {
          kind: 'system',
          path: '/System/Library/Fonts/STHeiti Medium.ttc',
          postscriptName: `STHeiti${mac}-Medium`,
        },
        win('simhei.ttf'),
      ];
    case 'heading2':
      return [
        { kind: 'system', path: '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf' },
        { kind: 'system', path: '/usr/share/fonts/truetype/arphic/ukai.ttc', postscriptName: 'AR-PLUKaiCN' },
        {
          kind: 'system',
          path: '/System/Library/Fonts/Supplemental/Kaiti.ttc',
          postscriptName: `STKaiti-${mac}-Regular`,
        },
        { kind: 'system', path: '/Library/Fonts/Kaiti.ttc', postscriptName: `STKaiti-${mac}-Regular` },
        win('simkai.ttf'),
      ];
    case 'chart':
      return [
        sans('400Regular/NotoSansSC_400Regular.ttf'),
        noto('Sans', 'Regular'),
        {
          kind: 'system',
          path: '/System/Library/Fonts/PingFang.ttc',
          postscriptName: `PingFang${mac}-Regular`,
        },
        win('simhei.ttf'),
      ];
    default: {
      const unknown: never = role;
      return unknown;
    }
  }
}
