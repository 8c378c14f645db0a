package io.automl.web.jobs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Fans study events out to live subscribers (server-sent event streams) and keeps the latest
 * {@value #KEEP} events of each study for polling clients. Thread-safe: events are published from
 * worker threads; a subscriber that throws is dropped.
 */
public final class EventHub {
    static final int KEEP = 1000;
    private final Map<String, Deque<StudyEvent>> recent = new HashMap<>();
    private final Map<String, List<Consumer<StudyEvent>>> subscribers = new HashMap<>();
    private long seq;

    /** Publishes an event of {@code study} to its subscribers and keeps it for polling. */
    public void publish(String study, String type, Map<String, Object> data) {
        StudyEvent event;
        List<Consumer<StudyEvent>> targets;
        synchronized (this) {
            event = new StudyEvent(++seq, study, type, data);
            Deque<StudyEvent> q = recent.computeIfAbsent(study, k -> new ArrayDeque<>());
            q.addLast(event);
            while (q.size() > KEEP) {
                q.removeFirst();
            }
            targets = List.copyOf(subscribers.getOrDefault(study, List.of()));
        }
        for (Consumer<StudyEvent> s : targets) {
            try {
                s.accept(event);
            } catch (RuntimeException gone) {
                unsubscribe(study, s);
            }
        }
    }

    /** Adds a live subscriber to {@code study}'s events. */
    public synchronized void subscribe(String study, Consumer<StudyEvent> subscriber) {
        subscribers.computeIfAbsent(study, k -> new CopyOnWriteArrayList<>()).add(Objects.requireNonNull(subscriber));
    }

    /** Removes a subscriber. */
    public synchronized void unsubscribe(String study, Consumer<StudyEvent> subscriber) {
        List<Consumer<StudyEvent>> list = subscribers.get(study);
        if (list != null) {
            list.remove(subscriber);
        }
    }

    /** The kept events of {@code study} with a sequence number above {@code after}, oldest first. */
    public synchronized List<StudyEvent> since(String study, long after) {
        List<StudyEvent> out = new ArrayList<>();
        for (StudyEvent e : recent.getOrDefault(study, new ArrayDeque<>())) {
            if (e.seq() > after) {
                out.add(e);
            }
        }
        return out;
    }

    /** The sequence number of the latest event of the server (0 before any). */
    public synchronized long lastSeq() {
        return seq;
    }

    /** Forgets a study's kept events. */
    public synchronized void forget(String study) {
        recent.remove(study);
    }
}
