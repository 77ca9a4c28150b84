package com.baowen.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The web chat over a dated archive (made-up items): dates and papers beside each source, a question limited to a date range. */
class DatedChatPageIT extends BrowserPageTest {
    static final String QUESTION = "全市春季义务植树活动当天共植树多少株？";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws IOException {
        // the same kind of event on two days, as a daily archive has it, and one unrelated item
        ObjectMapper json = new ObjectMapper();
        List<Map<String, String>> items = List.of(
                Map.of("id", "a-0414", "date", "2024-04-14", "paper", "晋中日报", "title", "全市春季义务植树活动启动",
                        "text", "4月14日，全市春季义务植树活动启动。当天共植树1.2万株，参加的干部群众有两千余人。"),
                Map.of("id", "a-0419", "date", "2024-04-19", "paper", "晋中日报", "title", "全市春季义务植树活动继续",
                        "text", "4月19日，全市春季义务植树活动继续进行。当天共植树3.5万株，参加的干部群众有五千余人。"),
                Map.of("id", "a-0420", "date", "2024-04-20", "paper", "太谷报", "title", "图书馆延长开放时间",
                        "text", "区图书馆从4月20日起延长开放时间，每天开到晚上九点。"));
        Path corpus = Files.createDirectory(tmp.resolve("corpus"));
        StringBuilder lines = new StringBuilder();
        for (Map<String, String> item : items) {
            lines.append(json.writeValueAsString(item)).append('\n');
        }
        Files.writeString(corpus.resolve("archive.jsonl"), lines, StandardCharsets.UTF_8);
        server = BaowenServer.start(corpus, tmp.resolve("index"));
    }

    @Test
    void should_show_each_sources_date_and_paper_and_answer_only_from_the_chosen_days() {
        // given: the reader limits the question to 19 April
        chat = chromium.open(server.url(), 1280, 800).load("/");
        chat.page().locator("#from").fill("2024-04-19");
        chat.page().locator("#to").fill("2024-04-19");

        // when
        Locator exchange = chat.ask(QUESTION);

        // then: the answer is that day's figure, and every source shown is from that day, with its paper
        assertThat(exchange.locator(".answer-text")).containsText("3.5万株");
        List<String> dates = exchange.locator(".source-date").allTextContents();
        assertFalse(dates.isEmpty(), "no source dates shown");
        assertEquals(List.of(" · 2024-04-19"), dates.stream().distinct().toList());
        assertThat(exchange.locator(".source-paper").first()).hasText(" · 晋中日报");
    }

    @Test
    void should_search_every_day_when_no_range_is_chosen() {
        // given
        chat = chromium.open(server.url(), 1280, 800).load("/");

        // when
        Locator exchange = chat.ask("图书馆每天开到几点？");

        // then: an item outside any range set before is found, its date shown
        assertThat(exchange.locator(".answer-text")).containsText("九点");
        assertThat(exchange.locator(".source-date").first()).hasText(" · 2024-04-20");
    }
}
