package jp.mamori.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that reuses its connection (a PSP, a shop's HTTP library) sends a request while the previous one is
 * still being answered. Reactor Netty 1.3.6 could stop reading such a connection once the buffered request had
 * been answered at once, so the next request hung until the client gave up (reactor/reactor-netty#4361); the
 * gateway's tests met it as rare 20 s stalls. Written on a raw socket, because an HTTP client waits for each answer.
 */
class KeepAliveTest {

    @TempDir
    Path dataDir;

    @Test
    void aRequestAfterTwoPipelinedOnesOnTheSameConnectionIsAnswered() throws Exception {
        try (RunningGateway gateway = RunningGateway.start(dataDir);
             Socket socket = new Socket("127.0.0.1", URI.create(gateway.baseUrl()).getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] order = Orders.order("KEEP-1", "keep.alive@example.jp").getBytes(StandardCharsets.UTF_8);
            // A screening (answered after its commit) and, behind it on the same connection, a request refused at once.
            String pipelined = "POST /v1/screenings HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + RunningGateway.DEMO_KEY
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + order.length + "\r\n\r\n"
                    + new String(order, StandardCharsets.UTF_8)
                    + "GET /admin/dead-letters HTTP/1.1\r\nHost: localhost\r\n\r\n";
            out.write(pipelined.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String first = readResponses(in, 2);
            assertThat(first).contains("HTTP/1.1 201").contains("HTTP/1.1 401");

            out.write("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertThat(readResponses(in, 1)).as("the third request on the connection").contains("HTTP/1.1 200");
        }
    }

    /** Reads until {@code count} complete responses (status line, headers, a Content-Length body) have arrived. */
    private static String readResponses(InputStream in, int count) throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int complete = 0;
        while (complete < count) {
            int next;
            try {
                next = in.read();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no answer within 10 s after " + complete + " of " + count + ": " + seen, e);
            }
            if (next < 0) {
                throw new AssertionError("connection closed after " + complete + " of " + count + ": " + seen);
            }
            seen.write(next);
            complete = completeResponses(seen.toString(StandardCharsets.ISO_8859_1));
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    private static int completeResponses(String text) {
        int complete = 0;
        int at = 0;
        while (true) {
            int headersEnd = text.indexOf("\r\n\r\n", at);
            if (headersEnd < 0) {
                return complete;
            }
            String headers = text.substring(at, headersEnd).toLowerCase(java.util.Locale.ROOT);
            int length = 0;
            int field = headers.indexOf("content-length:");
            if (field >= 0) {
                int end = headers.indexOf("\r\n", field);
                length = Integer.parseInt(headers.substring(field + 15, end < 0 ? headers.length() : end).strip());
            }
            int bodyEnd = headersEnd + 4 + length;
            if (text.length() < bodyEnd) {
                return complete;
            }
            complete++;
            at = bodyEnd;
        }
    }
}
