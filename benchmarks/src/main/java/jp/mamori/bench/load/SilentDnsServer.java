package jp.mamori.bench.load;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A DNS server that takes every question and never answers: what a stalled provider looks like to the gateway. Point
 * {@code MAMORI_MAIL_DNS_SERVERS} at it, with {@code MAMORI_MAIL_DNS_ENABLED=true} and a {@code MAMORI_MAIL_DNS_DEADLINE}
 * longer than the authorizations' {@code deadline_ms}, and every screening waits past its deadline: each authorization
 * must then be answered with the fallback, within {@code deadline_ms} + 25 ms as the load driver measures it.
 *
 * <p>Run as {@code SilentDnsServer [--port N]} (default 15353, on 127.0.0.1). Prints {@code LISTENING <port>} and
 * runs until killed. A socket that is bound but silent matters: a closed port would answer "unreachable" at once, and
 * the look-up would fail fast instead of stalling.
 */
public final class SilentDnsServer {

    private SilentDnsServer() {
    }

    public static void main(String[] args) throws IOException {
        int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 15353;
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            System.out.println("LISTENING " + socket.getLocalPort());
            DatagramPacket question = new DatagramPacket(new byte[512], 512);
            long questions = 0;
            while (true) {
                socket.receive(question);
                questions++;
                if (Long.bitCount(questions) == 1) {
                    System.out.println(questions + " question(s) taken, none answered");
                }
            }
        }
    }
}
