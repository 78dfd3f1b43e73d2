package jp.mamori.gateway.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which deliveries the worker runs next. One lane per resource (one order): a lane runs one delivery at
 * a time and keeps only the newest one waiting behind it, since a newer delivery supersedes an older one
 * not yet handled. At most {@code concurrency} run at once and at most {@code capacity} are held; what does
 * not fit stays in the database for a later look-up.
 *
 * <p>Work reaches the lanes twice over: straight from the webhook that stored it, and from look-ups of the
 * database, which may be stale by the time they answer. A delivery is therefore taken only if it is not held
 * already and its version is not older than the one its last finish wrote: a look-up that still shows a
 * finished delivery pending shows the version from before that finish, while one that shows it due again
 * after a retry was scheduled shows the very version that scheduling wrote.
 */
final class Lanes {

    private static final class Lane {
        private final String resource;
        private Work running;
        private Work waiting;

        Lane(String resource) {
            this.resource = resource;
        }
    }

    private final int concurrency;
    private final int capacity;
    private final Duration rememberFinished;
    private final Map<String, Lane> lanes = new HashMap<>();
    private final Map<String, Work> held = new HashMap<>();
    private final ArrayDeque<Lane> ready = new ArrayDeque<>();
    /** The version each recently finished delivery's finish wrote, and when, oldest first. */
    private final LinkedHashMap<String, Finished> finished = new LinkedHashMap<>();
    private int running;

    private record Finished(long version, Instant at) {
    }

    Lanes(int concurrency, int capacity, Duration rememberFinished) {
        if (concurrency < 1 || capacity < concurrency) {
            throw new IllegalArgumentException("need 1 <= concurrency <= capacity");
        }
        this.concurrency = concurrency;
        this.capacity = capacity;
        this.rememberFinished = rememberFinished;
    }

    /**
     * Takes {@code work} if it is news: answers false when it is held already, was read before its last finish, is older
     * than what its lane holds, or there is no room (it stays in the database until a later look-up).
     */
    synchronized boolean offer(Work work) {
        if (held.containsKey(work.id())) {
            return false;
        }
        Finished last = finished.get(work.id());
        if (last != null && work.version() < last.version()) {
            return false;
        }
        Lane lane = lanes.get(work.resource());
        if (lane == null) {
            if (held.size() >= capacity) {
                return false;
            }
            lane = new Lane(work.resource());
            lanes.put(lane.resource, lane);
            lane.waiting = work;
            held.put(work.id(), work);
            ready.add(lane);
            return true;
        }
        // An older delivery than one the lane holds is superseded by it: the newer one's finish marks it so.
        if (lane.running != null && work.receivedAt().isBefore(lane.running.receivedAt())) {
            return false;
        }
        if (lane.waiting != null) {
            if (work.receivedAt().isBefore(lane.waiting.receivedAt())) {
                return false;
            }
            held.remove(lane.waiting.id());
        } else if (held.size() >= capacity) {
            return false;
        } else if (lane.running == null) {
            ready.add(lane);
        }
        lane.waiting = work;
        held.put(work.id(), work);
        return true;
    }

    /** The work to start now, each marked running, so that at most {@code limit} (and the concurrency) run. */
    synchronized List<Work> start(int limit) {
        List<Work> starting = new ArrayList<>();
        while (running < Math.min(concurrency, limit) && !ready.isEmpty()) {
            Lane lane = ready.poll();
            lane.running = lane.waiting;
            lane.waiting = null;
            running++;
            starting.add(lane.running);
        }
        return starting;
    }

    /**
     * {@code work} has finished, and its finish left the delivery at {@code version} in the database
     * (or it is unknown, after a failed write: then any later look-up may offer it again).
     */
    synchronized void finish(Work work, Long version, Instant at) {
        Lane lane = lanes.get(work.resource());
        if (lane == null || lane.running == null || !lane.running.id().equals(work.id())) {
            throw new IllegalStateException("finishing " + work.id() + ", which is not running");
        }
        lane.running = null;
        running--;
        held.remove(work.id());
        if (lane.waiting != null) {
            ready.add(lane);
        } else {
            lanes.remove(lane.resource);
        }
        finished.remove(work.id());
        if (version != null) {
            finished.put(work.id(), new Finished(version, at));
        }
        forgetFinishedBefore(at.minus(rememberFinished));
    }

    /** How many more deliveries a look-up may bring. */
    synchronized int room() {
        return capacity - held.size();
    }

    /** How many deliveries are held, running or waiting. */
    synchronized int held() {
        return held.size();
    }

    synchronized int running() {
        return running;
    }

    private void forgetFinishedBefore(Instant cutoff) {
        Iterator<Finished> oldestFirst = finished.values().iterator();
        while (oldestFirst.hasNext() && oldestFirst.next().at().isBefore(cutoff)) {
            oldestFirst.remove();
        }
    }
}
