import type { FontRole } from '../options.js';

/**
 * One place a font may be: a file of an npm font package, or a system font file (with a collection face). `shapes`
 * says whose character shapes it draws: `tc` Traditional (Taiwan/Hong Kong 字形), `sc` Simplified (Mainland).
 */
export type FontPlace =
  | { kind: 'package'; name: string; file: string; shapes?: 'sc' | 'tc' }
  | { kind: 'system'; path: string; postscriptName?: string; shapes?: 'sc' | 'tc' };

/**
 * The Debian package that holds a role's Traditional-shaped face, for the warning that a Traditional briefing had
 * to do without one: Kai is AR PL UKai's TW face, the others are the TC faces of the Noto CJK collections.
 */
export function traditionalPackage(role: FontRole): string {
  return role === 'heading2' ? 'fonts-arphic-ukai' : 'fonts-noto-cjk';
}

/**
 * Where to look for each role, best first. A Simplified briefing: the Noto SC packages (optional peer
 * dependencies), then the system fonts of Debian/Ubuntu (fonts-noto-cjk, fonts-lxgw-wenkai), macOS and Windows.
 * The body prefers a real 仿宋 where the machine has one (Windows' simfang.ttf, macOS' STFangsong). A Traditional
 * briefing: the Traditional faces first (the TC faces of fonts-noto-cjk's collections, macOS' TC faces, Windows'
 * Ming and 標楷體), the Simplified ones only after them (the renderer then says so). Windows has the official
 * 仿宋/黑體/楷體 themselves, so they come before the Noto collections there.
 * Never FangSong from fonts-cwtex-fs: it lacks Simplified Chinese and would print boxes.
 */
export function fontPlaces(
  role: FontRole,
  script: 'hans' | 'hant',
  env: { windowsDir: string },
): FontPlace[] {
  const hant = script === 'hant';
  const region = hant ? 'tc' : 'sc';
  const mac = hant ? 'TC' : 'SC';
  const shapes = region;
  const win = (file: string, face: 'sc' | 'tc' = 'sc', postscriptName?: string): FontPlace => ({
    kind: 'system',
    path: `${env.windowsDir}\\Fonts\\${file}`,
    shapes: face,
    ...(postscriptName ? { postscriptName } : {}),
  });
  const noto = (family: 'Sans' | 'Serif', weight: string): FontPlace => ({
    kind: 'system',
    path: `/usr/share/fonts/opentype/noto/Noto${family}CJK-${weight}.ttc`,
    postscriptName: `Noto${family}CJK${region}-${weight}`,
    shapes,
  });
  const macFace = (path: string, postscriptName: string): FontPlace => ({
    kind: 'system',
    path,
    postscriptName,
    shapes,
  });
  const serif = (file: string): FontPlace => ({
    kind: 'package',
    name: '@expo-google-fonts/noto-serif-sc',
    file,
    shapes: 'sc',
  });
  const sans = (file: string): FontPlace => ({
    kind: 'package',
    name: '@expo-google-fonts/noto-sans-sc',
    file,
    shapes: 'sc',
  });
  // A Traditional briefing looks at the Traditional faces before the Simplified packages.
  const order = (packages: FontPlace[], system: FontPlace[], traditional: FontPlace[] = []): FontPlace[] =>
    hant ? [...traditional, ...system, ...packages] : [...packages, ...system];
  switch (role) {
    case 'body':
      return [
        // 仿宋 where there is one (GB2312 faces: Simplified briefings only).
        ...(hant
          ? []
          : [
              win('simfang.ttf'),
              { kind: 'system' as const, path: '/Library/Fonts/STFANGSO.TTF', shapes: 'sc' as const },
              {
                kind: 'system' as const,
                path: '/System/Library/Fonts/Supplemental/STFANGSO.TTF',
                shapes: 'sc' as const,
              },
            ]),
        ...order(
          [serif('400Regular/NotoSerifSC_400Regular.ttf')],
          [
            noto('Serif', 'Regular'),
            macFace('/System/Library/Fonts/Supplemental/Songti.ttc', `STSongti-${mac}-Regular`),
            hant ? win('mingliu.ttc', 'tc', 'MingLiU') : win('simsun.ttc', 'sc', 'SimSun'),
          ],
        ),
      ];
    case 'title':
      return order(
        [serif('900Black/NotoSerifSC_900Black.ttf'), serif('700Bold/NotoSerifSC_700Bold.ttf')],
        [
          noto('Serif', 'Black'),
          noto('Serif', 'Bold'),
          macFace('/System/Library/Fonts/Supplemental/Songti.ttc', `STSongti-${mac}-Black`),
          hant ? win('mingliub.ttc', 'tc') : win('STZHONGS.TTF'),
        ],
      );
    case 'heading1':
      return order(
        [sans('700Bold/NotoSansSC_700Bold.ttf')],
        [
          noto('Sans', 'Bold'),
          macFace('/System/Library/Fonts/STHeiti Medium.ttc', `STHeiti${mac}-Medium`),
          hant ? win('msjhbd.ttc', 'tc', 'MicrosoftJhengHeiBold') : win('simhei.ttf'),
        ],
      );
    case 'heading2':
      // Kai: LXGW WenKai draws Mainland shapes, so a Traditional briefing tries the TW Kai faces first.
      return order(
        [],
        [
          {
            kind: 'system',
            path: '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf',
            shapes: 'sc',
          },
          {
            kind: 'system',
            path: '/usr/share/fonts/truetype/arphic/ukai.ttc',
            postscriptName: 'UKaiCN',
            shapes: 'sc',
          },
          macFace('/System/Library/Fonts/Supplemental/Kaiti.ttc', `STKaiti-${mac}-Regular`),
          macFace('/Library/Fonts/Kaiti.ttc', `STKaiti-${mac}-Regular`),
          win('simkai.ttf'),
        ],
        [
          {
            kind: 'system',
            path: '/usr/share/fonts/truetype/arphic/ukai.ttc',
            postscriptName: 'UKaiTW',
            shapes: 'tc',
          },
          win('kaiu.ttf', 'tc'),
        ],
      );
    case 'chart':
      return order(
        [sans('400Regular/NotoSansSC_400Regular.ttf')],
        [
          noto('Sans', 'Regular'),
          macFace('/System/Library/Fonts/PingFang.ttc', `PingFang${mac}-Regular`),
          hant ? win('msjh.ttc', 'tc', 'MicrosoftJhengHei') : win('simhei.ttf'),
        ],
      );
    default: {
      const unknown: never = role;
      return unknown;
    }
  }
}
