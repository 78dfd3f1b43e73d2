package jp.mamori.bench;

import java.net.InetAddress;
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

import jp.mamori.engine.data.HostingNetworks;
import jp.mamori.engine.normalize.IpAddresses;

/**
 * What the bundled hosting networks cost a screening: one look-up of the buyer's address, the gateway's default IP
 * intelligence, asked on the request's thread. Addresses rotate through home lines, carriers, clouds and IPv6, hosted
 * and not. Its part of a screening's budget: well under a microsecond next to the engine's ~40 µs.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar HostingNetworksBenchmark -f 1 -wi 2 -i 3 -t 1</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HostingNetworksBenchmark {

    private HostingNetworks networks;
    private InetAddress[] addresses;
    private int next;

    @Setup
    public void setUp() {
        networks = HostingNetworks.bundled();
        String[] texts = {"126.5.6.7", "160.16.10.20", "114.150.3.4", "13.112.5.9", "1.72.97.160", "45.32.100.7",
                "2400:4050:1234::1", "2406:da14:abc::1", "104.28.0.9", "106.165.31.125", "139.162.77.1", "203.0.113.77"};
        addresses = new InetAddress[texts.length];
        for (int i = 0; i < texts.length; i++) {
            addresses[i] = IpAddresses.literal(texts[i]).orElseThrow();
        }
    }

    @Benchmark
    public boolean lookUp() {
        InetAddress address = addresses[next];
        next = next + 1 == addresses.length ? 0 : next + 1;
        return networks.hosted(address);
    }
}
