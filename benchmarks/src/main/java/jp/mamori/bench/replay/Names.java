package jp.mamori.bench.replay;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Japanese personal names with their katakana readings and Hepburn romaji, weighted roughly by how
 * common they are, and the ways buyers write them in order forms: katakana or hiragana furigana,
 * half-width katakana, variant kanji. Written for Mamori; no list was copied.
 */
final class Names {

    /** A name part: how it is written, its reading in katakana, its romaji. */
    record Part(String kanji, String kana, String romaji) {
    }

    /** A foreign resident's name as they would write it, what they type as furigana, and their browser's language. */
    record ForeignName(String family, String given, String familyKana, String givenKana, String language) {
    }

    static final List<Part> FAMILY = parts("""
            佐藤 サトウ sato|鈴木 スズキ suzuki|高橋 タカハシ takahashi|田中 タナカ tanaka|伊藤 イトウ ito|
            渡辺 ワタナベ watanabe|山本 ヤマモト yamamoto|中村 ナカムラ nakamura|小林 コバヤシ kobayashi|加藤 カトウ kato|
            吉田 ヨシダ yoshida|山田 ヤマダ yamada|佐々木 ササキ sasaki|山口 ヤマグチ yamaguchi|松本 マツモト matsumoto|
            井上 イノウエ inoue|木村 キムラ kimura|林 ハヤシ hayashi|斎藤 サイトウ saito|清水 シミズ shimizu|
            山崎 ヤマザキ yamazaki|森 モリ mori|池田 イケダ ikeda|橋本 ハシモト hashimoto|阿部 アベ abe|
            石川 イシカワ ishikawa|山下 ヤマシタ yamashita|中島 ナカジマ nakajima|石井 イシイ ishii|小川 オガワ ogawa|
            前田 マエダ maeda|岡田 オカダ okada|長谷川 ハセガワ hasegawa|藤田 フジタ fujita|後藤 ゴトウ goto|
            近藤 コンドウ kondo|村上 ムラカミ murakami|遠藤 エンドウ endo|青木 アオキ aoki|坂本 サカモト sakamoto|
            斉藤 サイトウ saito|福田 フクダ fukuda|太田 オオタ ota|西村 ニシムラ nishimura|藤井 フジイ fujii|
            金子 カネコ kaneko|岡本 オカモト okamoto|藤原 フジワラ fujiwara|中野 ナカノ nakano|三浦 ミウラ miura|
            原田 ハラダ harada|中川 ナカガワ nakagawa|松田 マツダ matsuda|竹内 タケウチ takeuchi|小野 オノ ono|
            田村 タムラ tamura|中山 ナカヤマ nakayama|和田 ワダ wada|石田 イシダ ishida|森田 モリタ morita|
            上田 ウエダ ueda|原 ハラ hara|柴田 シバタ shibata|酒井 サカイ sakai|工藤 クドウ kudo|
            横山 ヨコヤマ yokoyama|宮崎 ミヤザキ miyazaki|宮本 ミヤモト miyamoto|内田 ウチダ uchida|高木 タカギ takagi|
            安藤 アンドウ ando|島田 シマダ shimada|谷口 タニグチ taniguchi|大野 オオノ ono|丸山 マルヤマ maruyama|
            今井 イマイ imai|河野 コウノ kono|藤本 フジモト fujimoto|村田 ムラタ murata|武田 タケダ takeda|
            上野 ウエノ ueno|杉山 スギヤマ sugiyama|増田 マスダ masuda|小山 コヤマ koyama|大塚 オオツカ otsuka|
            平野 ヒラノ hirano|菅原 スガワラ sugawara|久保 クボ kubo|松井 マツイ matsui|千葉 チバ chiba|
            岩崎 イワサキ iwasaki|桜井 サクライ sakurai|木下 キノシタ kinoshita|野口 ノグチ noguchi|松尾 マツオ matsuo|
            菊地 キクチ kikuchi|野村 ノムラ nomura|新井 アライ arai|渡部 ワタナベ watanabe|東 アズマ azuma|
            比嘉 ヒガ higa|金城 キンジョウ kinjo|大城 オオシロ oshiro|五十嵐 イガラシ igarashi|佐野 サノ sano""");

    static final List<Part> MALE = parts("""
            太郎 タロウ taro|翔太 ショウタ shota|大輔 ダイスケ daisuke|健太 ケンタ kenta|拓也 タクヤ takuya|
            直樹 ナオキ naoki|和也 カズヤ kazuya|達也 タツヤ tatsuya|誠 マコト makoto|浩 ヒロシ hiroshi|
            健一 ケンイチ kenichi|隆 タカシ takashi|修 オサム osamu|茂 シゲル shigeru|清 キヨシ kiyoshi|
            蓮 レン ren|悠真 ユウマ yuma|湊 ミナト minato|陽翔 ハルト haruto|大翔 ヒロト hiroto|
            颯太 ソウタ sota|翔 ショウ sho|亮 リョウ ryo|剛 ツヨシ tsuyoshi|秀樹 ヒデキ hideki|
            一郎 イチロウ ichiro|雄一 ユウイチ yuichi|康弘 ヤスヒロ yasuhiro|正人 マサト masato|洋平 ヨウヘイ yohei|
            勝 マサル masaru|昭 アキラ akira|博 ヒロシ hiroshi|進 ススム susumu|豊 ユタカ yutaka""");

    static final List<Part> FEMALE = parts("""
            花子 ハナコ hanako|陽子 ヨウコ yoko|恵子 ケイコ keiko|裕子 ユウコ yuko|美穂 ミホ miho|
            直美 ナオミ naomi|由美子 ユミコ yumiko|智子 トモコ tomoko|愛 アイ ai|彩 アヤ aya|
            さくら サクラ sakura|美咲 ミサキ misaki|結衣 ユイ yui|陽菜 ヒナ hina|葵 アオイ aoi|
            凛 リン rin|真由美 マユミ mayumi|久美子 クミコ kumiko|明美 アケミ akemi|幸子 サチコ sachiko|
            麻衣 マイ mai|千尋 チヒロ chihiro|香織 カオリ kaori|舞 マイ mai|優子 ユウコ yuko|
            絵美 エミ emi|奈々 ナナ nana|春香 ハルカ haruka|沙織 サオリ saori|瞳 ヒトミ hitomi|
            和子 カズコ kazuko|節子 セツコ setsuko|弘子 ヒロコ hiroko|洋子 ヨウコ yoko|京子 キョウコ kyoko""");

    /** Kanji a name is also registered or typed with (髙橋 for 高橋): the same person, written differently. */
    static final Map<String, String> VARIANT_KANJI = Map.of(
            "高橋", "髙橋", "斎藤", "齋藤", "渡辺", "渡邊", "山崎", "山﨑", "太郎", "太朗",
            "浩", "宏", "健一", "健市", "桜井", "櫻井", "菊地", "菊池", "沙織", "さおり");

    static final List<ForeignName> FOREIGN = List.of(
            new ForeignName("Smith", "John", "スミス", "ジョン", "en-US,en;q=0.9"),
            new ForeignName("Miller", "Sarah", "ミラー", "サラ", "en-US,en;q=0.9,ja;q=0.8"),
            new ForeignName("Brown", "Emily", "ブラウン", "エミリー", "en-GB,en;q=0.9"),
            new ForeignName("Wilson", "James", "ウィルソン", "ジェームズ", "en-AU,en;q=0.9"),
            new ForeignName("Johnson", "Michael", "ジョンソン", "マイケル", "en-US,en;q=0.9"),
            new ForeignName("Taylor", "Olivia", "テイラー", "オリビア", "en-GB,en-US;q=0.9,en;q=0.8"),
            new ForeignName("Nguyen", "Van Anh", "グエン", "ヴァン アイン", "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7"),
            new ForeignName("Tran", "Thi Mai", "チャン", "ティ マイ", "vi-VN,vi;q=0.9"),
            new ForeignName("Le", "Minh Duc", "レー", "ミン ドゥック", "vi,en-US;q=0.9,en;q=0.8"),
            new ForeignName("Santos", "Maria", "サントス", "マリア", "en-US,en;q=0.9"),
            new ForeignName("Reyes", "Mark", "レイエス", "マーク", "en-PH,en;q=0.9"),
            new ForeignName("Pereira", "Ana", "ペレイラ", "アナ", "pt-BR,pt;q=0.9,en-US;q=0.8"),
            new ForeignName("Silva", "Lucas", "シルバ", "ルーカス", "pt-BR,pt;q=0.9"),
            new ForeignName("王", "偉", "ワン", "ウェイ", "zh-CN,zh;q=0.9"),
            new ForeignName("李", "娜", "リ", "ナ", "zh-CN,zh;q=0.9,en;q=0.8"),
            new ForeignName("張", "敏", "チョウ", "ビン", "zh-CN,zh;q=0.9,ja;q=0.8"),
            new ForeignName("陳", "怡君", "チン", "イクン", "zh-TW,zh;q=0.9"),
            new ForeignName("金", "民俊", "キム", "ミンジュン", "ko-KR,ko;q=0.9"),
            new ForeignName("Park", "Jiyoung", "パク", "ジヨン", "ko-KR,ko;q=0.9,en-US;q=0.8"),
            new ForeignName("Sharma", "Ravi", "シャルマ", "ラビ", "en-IN,en;q=0.9,hi;q=0.8"),
            new ForeignName("Gurung", "Bishal", "グルン", "ビシャル", "en-US,en;q=0.9"),
            new ForeignName("Schmidt", "Anna", "シュミット", "アンナ", "de-DE,de;q=0.9,en;q=0.8"),
            new ForeignName("Martin", "Lucas", "マルタン", "リュカ", "fr-FR,fr;q=0.9,en;q=0.8"),
            new ForeignName("Garcia", "Carlos", "ガルシア", "カルロス", "es-ES,es;q=0.9,en;q=0.8"));

    private Names() {
    }

    private static List<Part> parts(String table) {
        return java.util.Arrays.stream(table.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.split(" "))
                .map(p -> new Part(p[0], p[1], p[2]))
                .toList();
    }

    /** A family name, the common ones more often (weight 1/sqrt(rank)). */
    static Part family(Random random) {
        return zipf(FAMILY, random);
    }

    static Part given(Random random, boolean female) {
        return zipf(female ? FEMALE : MALE, random);
    }

    private static Part zipf(List<Part> parts, Random random) {
        double total = 0;
        for (int i = 0; i < parts.size(); i++) {
            total += 1 / Math.sqrt(i + 1);
        }
        double pick = random.nextDouble() * total;
        for (int i = 0; i < parts.size(); i++) {
            pick -= 1 / Math.sqrt(i + 1);
            if (pick <= 0) {
                return parts.get(i);
            }
        }
        return parts.get(parts.size() - 1);
    }

    /** Katakana to hiragana (ヤマダ → やまだ); the long-vowel mark and anything else stay. */
    static String hiragana(String katakana) {
        StringBuilder out = new StringBuilder(katakana.length());
        for (char c : katakana.toCharArray()) {
            out.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }

    private static final String FULL = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー ";
    private static final String HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ ";
    private static final String VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ";
    private static final String VOICED_BASE = "カキクケコサシスセソタチツテトハヒフヘホ";
    private static final String SEMI = "パピプペポ";
    private static final String SEMI_BASE = "ハヒフヘホ";

    /** Full-width katakana as a half-width keyboard mode types it: ヤマダ タロウ → ﾔﾏﾀﾞ ﾀﾛｳ. */
    static String halfWidth(String katakana) {
        StringBuilder out = new StringBuilder();
        for (char c : katakana.toCharArray()) {
            int voiced = VOICED.indexOf(c);
            int semi = SEMI.indexOf(c);
            if (voiced >= 0) {
                out.append(HALF.charAt(FULL.indexOf(VOICED_BASE.charAt(voiced)))).append('ﾞ');
            } else if (semi >= 0) {
                out.append(HALF.charAt(FULL.indexOf(SEMI_BASE.charAt(semi)))).append('ﾟ');
            } else if (c == 'ヴ') {
                out.append("ｳﾞ");
            } else {
                int i = FULL.indexOf(c);
                out.append(i >= 0 ? HALF.charAt(i) : c);
            }
        }
        return out.toString();
    }

    /** The reading written with the long-vowel mark as people type it (タロウ → タロー, ユウコ → ユーコ). */
    static String longVowel(String kana) {
        return kana.replace("ロウ", "ロー").replace("ユウ", "ユー").replace("ョウ", "ョー").replace("コウ", "コー")
                .replace("トウ", "トー").replace("ドウ", "ドー");
    }

    static String capitalized(String romaji) {
        return Character.toUpperCase(romaji.charAt(0)) + romaji.substring(1);
    }
}
