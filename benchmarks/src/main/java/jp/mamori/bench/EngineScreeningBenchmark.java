package jp.mamori.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jp.mamori.connector.Address;
import jp.mamori.connector.Buyer;
import jp.mamori.connector.Card;
import jp.mamori.connector.Device;
import jp.mamori.connector.Item;
import jp.mamori.connector.Money;
import jp.mamori.connector.Payment;
import jp.mamori.connector.PersonName;
import jp.mamori.connector.ScreeningJson;
import jp.mamori.connector.ScreeningRequest;
import jp.mamori.connector.ScreeningResult;
import jp.mamori.connector.Shipment;
import jp.mamori.connector.ThreeDs;
import jp.mamori.engine.Assessment;
import jp.mamori.engine.IdentityKeyer;
import jp.mamori.engine.Policy;
import jp.mamori.engine.ScoringEngine;
import jp.mamori.engine.data.DisposableEmailDomains;
import jp.mamori.engine.normalize.OrderNormalizer;
import jp.mamori.engine.state.InMemoryVelocityStore;
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

/**
 * The engine's screening of one order, in process: {@code assessAndRecord} is the engine alone
 * (normalize, gather from in-memory velocity, evaluate, record); {@code parseAssessWrite} adds what
 * the gateway does around it without I/O (validate the JSON body, write the JSON answer).
 * Orders rotate over 10,000 buyers, each with their own card, device and IP; {@code assessAndRecord}
 * advances one second per order, {@code parseAssessWrite} uses the clock, so velocity state stays realistic.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineScreeningBenchmark {

    private static final int BUYERS = 10_000;

    private ScoringEngine engine;
    private ScreeningJson json;
    private ScreeningRequest[] requests;
    private byte[][] bodies;
    private Instant clock;
    private int next;

    @Setup
    public void setUp() {
        engine = new ScoringEngine(Policy.defaultPolicy(), OrderNormalizer.bundled(), new IdentityKeyer("benchmark-pepper-0123456789".getBytes(StandardCharsets.UTF_8)),
                new InMemoryVelocityStore(Duration.ofDays(1)), DisposableEmailDomains.bundled());
        json = new ScreeningJson(java.time.Clock.systemUTC());
        clock = Instant.parse("2026-11-01T00:00:00Z");
        requests = new ScreeningRequest[BUYERS];
        bodies = new byte[BUYERS][];
        for (int i = 0; i < BUYERS; i++) {
            requests[i] = order(i);
            bodies[i] = body(i);
        }
    }

    @Benchmark
    public Assessment assessAndRecord() {
        int i = next++ % BUYERS;
        clock = clock.plusSeconds(1);
        ScreeningRequest base = requests[i];
        ScreeningRequest request = new ScreeningRequest(base.orderId(), clock, base.amount(), base.buyer(),
                base.billingAddress(), base.shipping(), base.items(), base.payment(), base.device(), base.affiliate());
        Assessment assessment = engine.assess("bench", request);
        engine.record(assessment);
        return assessment;
    }

    @Benchmark
    public byte[] parseAssessWrite() {
        ScreeningRequest request = json.readRequest(bodies[next++ % BUYERS]);
        Assessment assessment = engine.assess("bench", request);
        engine.record(assessment);
        return json.writeResult(new ScreeningResult("scr_0", request.orderId(), assessment.decision(), assessment.score(),
                assessment.reasons(), assessment.recommendation(), assessment.policyVersion(), request.orderedAt()));
    }

    private static ScreeningRequest order(int i) {
        PersonName name = new PersonName("山田", "太郎", "ヤマダ", "タロウ");
        Address home = new Address("JP", "150-0001", "東京都", "渋谷区", "神宮前1丁目2-3", "表参道ハイツ" + (100 + i % 50));
        return new ScreeningRequest("B-" + i, null, new Money(new BigDecimal("12800"), "JPY"),
                new Buyer(name, "buyer" + i + "@example.co.jp", "090-3141-5926", "c-" + i, false), home,
                List.of(new Shipment(name, "090-3141-5926", home)),
                List.of(new Item("TEA-UJI-100", "宇治抹茶 100g", 2, new BigDecimal("6400"), false)),
                new Payment("card", new Card("411111", "1111", "fp_" + i, "JP"), new ThreeDs("Y", "05")),
                new Device("203.0.113." + (i % 250), "JP", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)",
                        "ja-JP,ja;q=0.9", "Asia/Tokyo", "ck_" + i),
                null);
    }

    private static byte[] body(int i) {
        return ("""
                {"order_id": "B-%d",
                 "amount": {"value": 12800, "currency": "JPY"},
                 "buyer": {"name": {"family": "山田", "given": "太郎", "family_kana": "ヤマダ", "given_kana": "タロウ"},
                           "email": "buyer%d@example.co.jp", "phone": "090-3141-5926", "customer_id": "c-%d",
                           "is_new_customer": false},
                 "billing_address": {"country": "JP", "postal_code": "150-0001", "region": "東京都", "locality": "渋谷区",
                                     "line1": "神宮前1丁目2-3", "line2": "表参道ハイツ101"},
                 "items": [{"sku": "TEA-UJI-100", "name": "宇治抹茶 100g", "quantity": 2, "unit_price": 6400}],
                 "payment": {"method": "card", "card": {"bin": "411111", "last4": "1111", "fingerprint": "fp_%d",
                             "issuer_country": "JP"}, "three_ds": {"trans_status": "Y", "eci": "05"}},
                 "device": {"ip": "203.0.113.%d", "ip_country": "JP", "user_agent": "Mozilla/5.0",
                            "accept_language": "ja-JP,ja;q=0.9", "timezone": "Asia/Tokyo", "cookie_id": "ck_%d"}}
                """.formatted(i, i, i, i, i % 250, i)).getBytes(StandardCharsets.UTF_8);
    }
}
