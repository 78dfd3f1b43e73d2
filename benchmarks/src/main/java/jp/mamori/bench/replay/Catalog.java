package jp.mamori.bench.replay;

import java.util.List;
import java.util.Random;

/** What the three simulated shops sell. Made up for Mamori. */
final class Catalog {

    /** One product: SKU, name, price in yen, whether the shop sells it once per customer, whether it ships. */
    record Product(String sku, String name, int price, boolean firstPurchaseOnly, boolean digital) {
    }

    /** m1: a cosmetics and health-food D2C shop with trial sets, sold largely through affiliates. */
    static final List<Product> M1 = List.of(
            new Product("TRIAL-SERUM-7D", "美容液 7日間お試しセット", 980, true, false),
            new Product("TRIAL-SKINCARE", "スキンケア トライアルキット", 1480, true, false),
            new Product("TRIAL-AOJIRU-10", "国産青汁 初回限定お試し10包", 500, true, false),
            new Product("SERUM-30", "美容液 30mL", 6600, false, false),
            new Product("LOTION-150", "化粧水 150mL", 3850, false, false),
            new Product("CREAM-40", "保湿クリーム 40g", 5280, false, false),
            new Product("AOJIRU-30", "国産青汁 30包", 3980, false, false),
            new Product("SUPP-COLLAGEN-90", "コラーゲンサプリ 90粒", 4320, false, false),
            new Product("CLEANSING-200", "クレンジングオイル 200mL", 2970, false, false),
            new Product("GIFT-SET-A", "ギフトセット（化粧水・美容液）", 11000, false, false));

    /** m2: an electronics shop. */
    static final List<Product> M2 = List.of(
            new Product("CBL-USBC-1M", "USB-Cケーブル 1m", 1280, false, false),
            new Product("CHG-65W", "USB急速充電器 65W", 4980, false, false),
            new Product("EP-WL200", "ワイヤレスイヤホン", 12800, false, false),
            new Product("SSD-1TB", "外付けSSD 1TB", 14980, false, false),
            new Product("WATCH-S3", "スマートウォッチ", 32800, false, false),
            new Product("HP-NC700", "ノイズキャンセリングヘッドホン", 39600, false, false),
            new Product("GAME-HANDY", "携帯型ゲーム機 本体", 49980, false, false),
            new Product("TAB-11-128", "タブレット 11インチ 128GB", 69800, false, false),
            new Product("GAME-PRO", "据置型ゲーム機 Pro 本体", 119980, false, false),
            new Product("PC-NOTE14", "ノートPC 14インチ 16GB/512GB", 148000, false, false),
            new Product("CAM-ML-BODY", "ミラーレス一眼カメラ ボディ", 178000, false, false),
            new Product("GIFTCODE-3000", "デジタルギフトコード 3,000円分", 3000, false, true));

    /** m3: stationery, clothes and everyday goods, with downloads and a once-per-customer lucky bag. */
    static final List<Product> M3 = List.of(
            new Product("ST-PEN-05", "ゲルインクボールペン 0.5mm", 165, false, false),
            new Product("ST-NOTE-A5", "方眼ノート A5", 330, false, false),
            new Product("ST-STICKER", "ステッカーセット", 440, false, false),
            new Product("DL-WALLPAPER", "デジタル壁紙パック（ダウンロード）", 300, false, true),
            new Product("DL-PLANNER", "手帳テンプレート（PDF）", 500, false, true),
            new Product("AP-TSHIRT", "オーガニックコットンTシャツ", 3300, false, false),
            new Product("AP-SOCKS-3", "靴下 3足組", 1650, false, false),
            new Product("HM-MUG", "マグカップ", 1980, false, false),
            new Product("HM-TOWEL", "今治タオル フェイスタオル", 1320, false, false),
            new Product("TRIAL-COFFEE-5", "ドリップコーヒー お試し5袋", 390, true, false),
            new Product("FUKU-2027", "2027年 福袋（お一人様1点限り）", 5500, true, false));

    private Catalog() {
    }

    static List<Product> of(String merchant) {
        return switch (merchant) {
            case "m1" -> M1;
            case "m2" -> M2;
            default -> M3;
        };
    }

    static Product sku(String merchant, String sku) {
        return of(merchant).stream().filter(p -> p.sku().equals(sku)).findFirst().orElseThrow();
    }

    /** A product that anyone may buy again, the cheap ones more often. */
    static Product regular(String merchant, Random random) {
        List<Product> all = of(merchant);
        while (true) {
            Product p = all.get(random.nextInt(all.size()));
            if (!p.firstPurchaseOnly() && (p.price() < 60000 || random.nextInt(4) == 0)) {
                return p;
            }
        }
    }

    static Product trial(String merchant, Random random) {
        List<Product> trials = of(merchant).stream().filter(Product::firstPurchaseOnly).toList();
        return trials.get(random.nextInt(trials.size()));
    }

    /** Shipping fee in yen for goods worth {@code subtotal}; nothing for downloads only. */
    static int shippingFee(String merchant, int subtotal, boolean shipsAnything) {
        if (!shipsAnything) {
            return 0;
        }
        return switch (merchant) {
            case "m1" -> subtotal >= 3980 ? 0 : 550;
            case "m2" -> 0;
            default -> subtotal >= 5000 ? 0 : 500;
        };
    }
}
