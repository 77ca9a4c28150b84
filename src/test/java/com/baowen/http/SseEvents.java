package com.baowen.http;

import java.util.ArrayList;
import java.util.List;

/** Parses a whole server-sent-events body into its events (test helper). */
record SseEvents(List<Event> events) {
    record Event(String name, String data) {
    }

    static SseEvents parse(String body) {
        List<Event> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
            if (name != null || !data.isEmpty()) {
                events.add(new Event(name, data.toString()));
            }
        }
        return new SseEvents(events);
    }

    List<String> names() {
        return events.stream().map(Event::name).toList();
    }
}
