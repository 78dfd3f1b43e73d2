package jp.mamori.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import jp.mamori.connector.Address;
import jp.mamori.connector.Buyer;
import jp.mamori.connector.Card;
import jp.mamori.connector.Device;
import jp.mamori.connector.Payment;
import jp.mamori.connector.PersonName;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.Shipment;
import jp.mamori.engine.IdentityKey;
import jp.mamori.engine.IdentityKeyer;
import jp.mamori.engine.IdentityKeys;
import jp.mamori.engine.normalize.NormalizedOrder;
import jp.mamori.engine.normalize.OrderNormalizer;

/**
 * 名寄せ cost of one order: the buyer's and the recipient's names, billing and shipping address, phone and
 * email normalized; and the same plus the identity keys (HMAC-SHA256 each). Orders rotate through a few
 * written the ways buyers write them, so no branch or cache sees only one shape. Target: 50,000 orders/s per core.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar NormalizeOrderBenchmark -f 1 -wi 2 -i 3 -t 1</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizeOrderBenchmark {

    private OrderNormalizer normalizer;
    private IdentityKeys keys;
    private ScreeningRequest[] orders;
    private int next;

    @Setup
    public void setUp() {
        normalizer = OrderNormalizer.bundled();
        keys = new IdentityKeys(normalizer, new IdentityKeyer("benchmark-pepper-0123456789abcdef".getBytes(StandardCharsets.UTF_8)));
        orders = new ScreeningRequest[] {
            order(new PersonName("山田", "太郎", "ヤマダ", "タロウ"), "taro.yamada+shop@gmail.com", "090-2468-1357",
                    new Address("JP", "113-0021", "東京都", "文京区", "本駒込二丁目28番16号", "メゾン本駒込 201号室"),
                    new PersonName("山田 花子", null, "ヤマダ ハナコ", null), "０９０－１３５７－２４６８",
                    new Address("JP", "５３０－０００１", null, null, "大阪府大阪市北区梅田３－１－１", "ﾎﾃﾙｸﾞﾗﾝｳﾞｨｱ 1234")),
            order(new PersonName("髙橋", "一郎", "ﾀｶﾊｼ", "ｲﾁﾛｳ"), "Ichiro.Takahashi@docomo.ne.jp", "03-3581-4321",
                    new Address("JP", "604-8026", "京都府", "京都市中京区", "河原町通四条上る米屋町384", null),
                    new PersonName("高橋一郎", null, null, null), "+81 3 3581 4321",
                    new Address("JP", "498-0807", "三重県", "木曽岬町", "大字西対海地123", null)),
            order(new PersonName("渡邊", "直樹", "わたなべ", "なおき"), "naoki@yahoo.co.jp", "080 3141 5926",
                    new Address("JP", "0600003", "JP01", "札幌市中央区", "北3条西4丁目1-1", "日本生命札幌ビル 12F"),
                    new PersonName("Naoki Watanabe", null, null, null), "080-3141-5926",
                    new Address("JP", "980-0811", "宮城県", "仙台市青葉区", "一番町4-1-25-305", null)),
        };
        // Postal data, the Kuromoji dictionary and ICU's transliterator load at first use: not part of an order's cost.
        for (ScreeningRequest order : orders) {
            keys.of(order);
        }
    }

    private static ScreeningRequest order(PersonName buyer, String email, String phone, Address billing,
                                          PersonName recipient, String recipientPhone, Address shipTo) {
        return new ScreeningRequest("bench", null, null,
                new Buyer(buyer, email, phone, "c-1", false),
                billing,
                List.of(new Shipment(recipient, recipientPhone, shipTo)),
                List.of(),
                new Payment("card", new Card("411111", "1111", "fp_3f9a0c", "JP"), null),
                new Device("203.0.113.7", "JP", "Mozilla/5.0", "ja-JP", "Asia/Tokyo", "ck-77"),
                null);
    }

    private ScreeningRequest nextOrder() {
        ScreeningRequest order = orders[next];
        next = next + 1 == orders.length ? 0 : next + 1;
        return order;
    }

    @Benchmark
    public NormalizedOrder normalize() {
        return normalizer.normalize(nextOrder());
    }

    @Benchmark
    public List<IdentityKey> normalizeAndKey() {
        return keys.of(nextOrder());
    }
}
