package io.newswire.streams.stories;

import java.time.Duration;

/**
 * The clustering task's two clocks, both driven by the data so that a replay decides alike: event time (the
 * articles' own times) and arrival time (record timestamps). Inactive stories are looked for whenever either
 * clock has moved on by the check interval: event time alone would never close a story while a feed re-publishes
 * old articles, and arrival time alone would close stories early during a back-fill of old news.
 */
public final class TwoClocks {

    private final long checkEvery;
    private long eventTime;
    private long arrivalTime;
    private long lastEventCheck;
    private long lastArrivalCheck;

    /** Starts from the clocks the task's stores restored ({@link StoryClusterer#start}), {@code Long.MIN_VALUE} when new. */
    public TwoClocks(Duration checkEvery, long eventTime, long arrivalTime) {
        this.checkEvery = checkEvery.toMillis();
        this.eventTime = eventTime;
        this.arrivalTime = arrivalTime;
        this.lastEventCheck = eventTime;
        this.lastArrivalCheck = arrivalTime;
    }

    /** Moves both clocks on to this article (never back); true when inactive stories are due to be looked for. */
    public boolean advance(long articleTime, long recordTimestamp) {
        eventTime = Math.max(eventTime, articleTime);
        arrivalTime = Math.max(arrivalTime, recordTimestamp);
        if (lastEventCheck == Long.MIN_VALUE) {
            lastEventCheck = eventTime;
            lastArrivalCheck = arrivalTime;
        }
        if (eventTime - lastEventCheck >= checkEvery || arrivalTime - lastArrivalCheck >= checkEvery) {
            lastEventCheck = eventTime;
            lastArrivalCheck = arrivalTime;
            return true;
        }
        return false;
    }

    public long eventTime() {
        return eventTime;
    }

    public long arrivalTime() {
        return arrivalTime;
    }
}
