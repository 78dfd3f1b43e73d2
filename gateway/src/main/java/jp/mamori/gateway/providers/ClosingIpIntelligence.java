package jp.mamori.gateway.providers;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.CompletionStage;

import jp.mamori.engine.IpIntelligence;
import jp.mamori.engine.IpNetwork;

/** IP sources asked together, holding the files one of them reads so that the context closes them when it stops. */
record ClosingIpIntelligence(IpIntelligence sources, Closeable files) implements IpIntelligence, Closeable {

    @Override
    public CompletionStage<IpNetwork> lookUp(InetAddress address) {
        return sources.lookUp(address);
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
