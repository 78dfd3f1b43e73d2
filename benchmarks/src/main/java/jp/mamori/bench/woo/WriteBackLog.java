package jp.mamori.bench.woo;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * When the fake shop first saw each order's note: the note is the last call of a write-back (after the
 * order update and the check for an earlier note), so its arrival is when the decision reached the shop.
 * Instants are on the {@link System#nanoTime()} clock of this JVM, the one the driver schedules on.
 */
final class WriteBackLog implements ServeEventListener {

    private static final Pattern NOTE = Pattern.compile("/wp-json/wc/v3/orders/(\\d+)/notes(?:\\?.*)?");

    private final Map<Long, Long> firstNoteNanos = new ConcurrentHashMap<>();
    private final AtomicLong lastFirstNoteNanos = new AtomicLong(Long.MIN_VALUE);

    /** Before matching, because that is as soon as WireMock has read the request. */
    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
        long now = System.nanoTime();
        if (!RequestMethod.POST.equals(serveEvent.getRequest().getMethod())) {
            return;
        }
        Matcher note = NOTE.matcher(serveEvent.getRequest().getUrl());
        if (note.matches()) {
            if (firstNoteNanos.putIfAbsent(Long.parseLong(note.group(1)), now) == null) {
                lastFirstNoteNanos.accumulateAndGet(now, Math::max);
            }
        }
    }

    /** When the first note on {@code orderId} arrived, if one did. */
    OptionalLong noteSeenAt(long orderId) {
        Long nanos = firstNoteNanos.get(orderId);
        return nanos == null ? OptionalLong.empty() : OptionalLong.of(nanos);
    }

    /** When the latest order to get a note got its first one, if any has. */
    OptionalLong lastOrderWrittenBackAt() {
        long nanos = lastFirstNoteNanos.get();
        return nanos == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(nanos);
    }

    /** How many orders got a note so far. */
    int ordersWrittenBack() {
        return firstNoteNanos.size();
    }

    @Override
    public String getName() {
        return "mamori-write-back-log";
    }
}
