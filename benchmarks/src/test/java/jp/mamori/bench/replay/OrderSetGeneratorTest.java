package jp.mamori.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.connector.ScreeningJson;
import jp.mamori.engine.data.HostingNetworks;
import jp.mamori.engine.normalize.IpAddresses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OrderSetGeneratorTest {

    private static List<String> lines;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void generate() {
        lines = OrderSetGenerator.generate(OrderSetGenerator.DEFAULT_SEED);
    }

    @Test
    void theSameSeedGivesTheSameSetAndAnotherSeedAnother() {
        assertThat(OrderSetGenerator.generate(OrderSetGenerator.DEFAULT_SEED)).isEqualTo(lines);
        assertThat(OrderSetGenerator.generate(7)).isNotEqualTo(lines);
    }

    @Test
    void theBundledSetIsWhatTheGeneratorWrites() throws Exception {
        assertThat(committed(ReplayOptions.BUNDLED))
                .as("the bundled set differs from the generator's output: run scripts/generate-replay-orders.sh, and give the set a "
                        + "new version if figures were recorded for this one")
                .isEqualTo(lines);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/replay/orders-holdout.jsonl, 20270117, 1", "/replay/orders-holdout-2.jsonl, 20270301, 2",
            "/replay/orders-holdout-3.jsonl, 20270415, 2", "/replay/orders-holdout-4.jsonl, 20270520, 3"})
    void theHoldoutSetsAreWhatTheGeneratorWrites(String resource, long seed, int generation) throws Exception {
        assertThat(committed(resource))
                .as("%s differs from the generator's output (seed %d, generation %d): see scripts/generate-replay-orders.sh",
                        resource, seed, generation)
                .isEqualTo(OrderSetGenerator.generate(seed, generation));
    }

    @Test
    void theSecondGenerationsGenuineBuyersHaveTheRoughEdgesItAdds() {
        List<String> second = OrderSetGenerator.generate(OrderSetGenerator.DEFAULT_SEED, 2);
        int failedThreeDs = 0;
        int placeholderPhones = 0;
        int japaneseNamedResidents = 0;
        int homeWebmail = 0;
        for (String line : second) {
            JsonNode root = json.readTree(line);
            String label = root.path("label").asString();
            JsonNode order = root.path("request");
            if (!root.has("request") || label.startsWith("fraud")) {
                continue;
            }
            failedThreeDs += order.path("payment").path("three_ds").path("trans_status").asString("").equals("N") ? 1 : 0;
            placeholderPhones += Identities.PLACEHOLDER_PHONES.contains(order.path("buyer").path("phone").asString("")) ? 1 : 0;
            if (label.equals("legit_foreign_resident")) {
                japaneseNamedResidents += order.path("buyer").path("name").path("family").asString().matches("\\p{IsHan}{2,3}") ? 1 : 0;
                homeWebmail += order.path("buyer").path("email").asString().matches(".*@(qq|163|126)\\.com|.*@(naver\\.com|daum\\.net)") ? 1 : 0;
            }
        }
        assertThat(second).isNotEqualTo(lines);
        assertThat(failedThreeDs).isPositive();
        assertThat(placeholderPhones).isPositive();
        assertThat(japaneseNamedResidents).isPositive();
        assertThat(homeWebmail).isPositive();
    }

    @Test
    void theThirdGenerationsGenuineBuyersSometimesComeThroughDataCentresAndRelaysAndEarlierOnesNever() {
        NetworksOfGenuineOrders third = NetworksOfGenuineOrders.of(OrderSetGenerator.generate(OrderSetGenerator.DEFAULT_SEED, 3), json);
        assertThat(third.viaVpn).isBetween(third.personal / 100, third.personal * 35 / 1000);
        assertThat(third.viaVpnAbroad).isPositive().isLessThan(third.viaVpn / 2);
        assertThat(third.viaPrivateRelay).isBetween(third.inSafari * 25 / 1000, third.inSafari * 8 / 100);
        assertThat(third.companiesBehindCloudGateways()).isBetween(1L, third.gatewayByCompany.size() / 2L);
        assertThat(third.gatewayByCompany.values()).as("a cloud gateway carries all of a company's orders or none")
                .allMatch(gateway -> gateway.size() == 1);

        for (int generation = 1; generation <= 2; generation++) {
            NetworksOfGenuineOrders earlier = NetworksOfGenuineOrders.of(OrderSetGenerator.generate(OrderSetGenerator.DEFAULT_SEED, generation),
                    json);
            assertThat(earlier.viaVpn + earlier.viaPrivateRelay + earlier.companiesBehindCloudGateways()).as("generation %d", generation)
                    .isZero();
        }
    }

    @Test
    void theThirdGenerationsHomeLinesAndCarriersAreNeverARentedServerAsTheEarlierOnesSometimesWere() {
        HostingNetworks hosting = HostingNetworks.bundled();

        assertThat(NetworksOfGenuineOrders.of(OrderSetGenerator.generate(OrderSetGenerator.DEFAULT_SEED, 3), json).hostedAtHome(hosting))
                .as("genuine orders from a hosting network other than generation 3's VPNs and office gateways").isEmpty();
        assertThat(NetworksOfGenuineOrders.of(OrderSetGenerator.generate(OrderSetGenerator.DEFAULT_SEED, 2), json).hostedAtHome(hosting))
                .as("generation 2 drew from blocks sold on to clouds").isNotEmpty();
    }

    /** The genuine orders of a set that come through generation 3's VPN servers, Private Relay and office gateways. */
    private static final class NetworksOfGenuineOrders {
        int personal;
        int inSafari;
        int viaVpn;
        int viaVpnAbroad;
        int viaPrivateRelay;
        /** Per company (its mail domain), whether its orders came through a cloud gateway: one value when all agree. */
        final Map<String, Set<Boolean>> gatewayByCompany = new HashMap<>();
        /** Addresses of genuine orders from a home line, a carrier or an office of their own, with no VPN or relay. */
        final List<String> ownLines = new ArrayList<>();

        static NetworksOfGenuineOrders of(List<String> lines, JsonMapper json) {
            NetworksOfGenuineOrders n = new NetworksOfGenuineOrders();
            for (String line : lines) {
                JsonNode root = json.readTree(line);
                String label = root.path("label").asString();
                if (!root.has("request") || label.startsWith("fraud")) {
                    continue;
                }
                JsonNode device = root.path("request").path("device");
                String ip = device.path("ip").asString();
                String country = device.path("ip_country").asString();
                if (label.equals("legit_corporate")) {
                    String email = root.path("request").path("buyer").path("email").asString();
                    boolean gateway = in(ip, Identities.OFFICE_GATEWAYS_IN_JAPANESE_CLOUDS) != null;
                    n.gatewayByCompany.computeIfAbsent(email.substring(email.indexOf('@') + 1), c -> new HashSet<>()).add(gateway);
                    if (!gateway) {
                        n.ownLines.add(ip);
                    }
                    continue;
                }
                n.personal++;
                boolean safari = Identities.isSafari(device.path("user_agent").asString());
                n.inSafari += safari ? 1 : 0;
                Identities.AddressBlock vpn = in(ip, Identities.TOKYO_VPN_SERVERS);
                vpn = vpn != null ? vpn : in(ip, Identities.VPN_SERVERS_ABROAD);
                if (vpn != null) {
                    assertThat(country).as(line).isEqualTo(vpn.country());
                    n.viaVpn++;
                    n.viaVpnAbroad += vpn.country().equals("JP") ? 0 : 1;
                }
                boolean relay = in(ip, Identities.PRIVATE_RELAY_EGRESS) != null;
                if (relay) {
                    assertThat(safari).as(line).isTrue();
                    assertThat(country).as(line).isEqualTo("JP");
                    n.viaPrivateRelay++;
                }
                if (vpn == null && !relay && country.equals("JP")) {
                    n.ownLines.add(ip);
                }
            }
            return n;
        }

        List<String> hostedAtHome(HostingNetworks hosting) {
            return ownLines.stream().filter(ip -> hosting.hosted(IpAddresses.literal(ip).orElseThrow())).toList();
        }

        long companiesBehindCloudGateways() {
            return gatewayByCompany.values().stream().filter(gateway -> gateway.contains(true)).count();
        }

        private static Identities.AddressBlock in(String ip, List<Identities.AddressBlock> blocks) {
            return blocks.stream().filter(block -> block.contains(ip)).findFirst().orElse(null);
        }
    }

    private List<String> committed(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void atLeastThreeThousandOrdersOfEveryLabelAtSeveralShopsOverWeeks() {
        Map<ReplayLabel, Integer> orders = new EnumMap<>(ReplayLabel.class);
        Set<String> merchants = new HashSet<>();
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        for (String line : lines) {
            JsonNode root = json.readTree(line);
            if (root.has("request")) {
                orders.merge(ReplayLabel.of(root.path("label").asString()), 1, Integer::sum);
                merchants.add(root.path("merchant").asString());
                Instant at = OffsetDateTime.parse(root.path("request").path("ordered_at").asString()).toInstant();
                first = at.isBefore(first) ? at : first;
                last = at.isAfter(last) ? at : last;
            }
        }
        int total = orders.values().stream().mapToInt(Integer::intValue).sum();
        int fraud = orders.entrySet().stream().filter(e -> e.getKey().isFraud()).mapToInt(Map.Entry::getValue).sum();
        assertThat(total).isGreaterThanOrEqualTo(3000);
        assertThat(orders.keySet()).containsExactlyInAnyOrder(ReplayLabel.values());
        assertThat((double) fraud / total).isBetween(0.10, 0.15);
        assertThat(merchants).hasSizeBetween(2, 3);
        assertThat(Duration.between(first, last)).isGreaterThan(Duration.ofDays(21));
    }

    @Test
    void everyOrderAndRegistrationIsARequestTheGatewayAcceptsAndLinesAreInTimeOrder() {
        // The gateway's own reader, on a clock after the simulated weeks: every field valid, no card-number-like value.
        ScreeningJson reader = new ScreeningJson(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
        Instant previous = Instant.MIN;
        for (String line : lines) {
            JsonNode root = json.readTree(line);
            Instant at;
            if (root.has("request")) {
                reader.readRequest(json.writeValueAsBytes(root.path("request")));
                at = OffsetDateTime.parse(root.path("request").path("ordered_at").asString()).toInstant();
            } else if (root.has("registration")) {
                reader.readAffiliateIdentity(json.writeValueAsBytes(root.path("registration").path("identity")));
                at = OffsetDateTime.parse(root.path("at").asString()).toInstant();
            } else {
                at = OffsetDateTime.parse(root.path("at").asString()).toInstant();
            }
            assertThat(at).as(line).isAfterOrEqualTo(previous);
            previous = at;
        }
    }

    @Test
    void feedbackFollowsAnOrderOfItsShopWithTheOrdersLabel() {
        Map<String, String> labels = new HashMap<>();
        int feedback = 0;
        Map<String, Integer> types = new HashMap<>();
        for (String line : lines) {
            JsonNode root = json.readTree(line);
            String merchant = root.path("merchant").asString();
            if (root.has("request")) {
                String key = merchant + "/" + root.path("request").path("order_id").asString();
                assertThat(labels.put(key, root.path("label").asString())).as("order ids are unique per shop: " + key).isNull();
            } else if (root.has("feedback")) {
                feedback++;
                String key = merchant + "/" + root.path("feedback").path("order_id").asString();
                assertThat(labels.get(key)).as("feedback on an earlier order: " + key).isEqualTo(root.path("label").asString());
                types.merge(root.path("feedback").path("type").asString(), 1, Integer::sum);
            }
        }
        assertThat(feedback).isPositive();
        assertThat(types.keySet()).isSubsetOf(Arrays.asList("fraud_confirmed", "chargeback", "legit_confirmed")).contains("chargeback");
        // Every repeat offender's first offence is reported before they come back.
        long reportedOffences = lines.stream().map(json::readTree)
                .filter(r -> r.has("feedback") && r.path("label").asString().equals("fraud_negative_list")).count();
        assertThat(reportedOffences).isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyAffiliateWhoseLinkBroughtAnOrderIsRegisteredOnceBeforeItsFirstOrder() {
        Map<String, Instant> registered = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        Set<String> referring = new HashSet<>();
        for (String line : lines) {
            JsonNode root = json.readTree(line);
            if (root.has("registration")) {
                String id = root.path("merchant").asString() + "/" + root.path("registration").path("affiliate_id").asString();
                assertThat(registered.put(id, OffsetDateTime.parse(root.path("at").asString()).toInstant())).as(id).isNull();
                labels.put(id, root.path("label").asString());
            } else if (root.path("request").has("affiliate")) {
                String id = root.path("merchant").asString() + "/" + root.path("request").path("affiliate").path("id").asString();
                assertThat(registered).as("registered before its first order: " + id).containsKey(id);
                referring.add(id);
            }
        }
        assertThat(registered.keySet()).isEqualTo(referring);
        long selfReferring = labels.values().stream().filter(l -> l.equals("fraud_affiliate_self_referral")).count();
        assertThat(selfReferring).isEqualTo(6);
        assertThat(labels.values()).filteredOn(l -> l.equals("legit")).hasSizeGreaterThan(30);
    }
}
