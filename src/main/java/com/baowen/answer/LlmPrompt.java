package com.baowen.answer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;

import java.util.ArrayList;
import java.util.List;

/** The messages sent to a language model: rules, earlier turns, then the numbered snippets and the question. */
final class LlmPrompt {
    static final String SYSTEM = """
            你是“报问”，根据报纸文章回答问题的助手。只能使用用户给出的编号资料作答，不要使用资料以外的知识。
            规则：
            1. 用简洁的中文回答，每一句事实陈述的末尾都必须标注它所依据的资料编号，格式为[1]、[2]，可以标注多个，如[1][3]。
            2. 只能引用给出的编号，不要编造编号。
            3. 如果资料不能回答问题，只回答：已收录的文章中没有找到这个问题的答案。
            4. 用引号引用资料原文时必须逐字照录，不要改写引号里的字。
            """;

    private LlmPrompt() {
    }

    /** @param snippets the numbered snippets: {@code snippets.get(i)} is {@code [i+1]} */
    static List<ChatMessage> messages(String question, List<Turn> history, List<Citation> snippets) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(SYSTEM));
        for (Turn t : history) {
            if (t.content() == null || t.content().isBlank()) {
                continue;
            }
            messages.add("assistant".equals(t.role()) ? AiMessage.from(t.content()) : UserMessage.from(t.content()));
        }
        StringBuilder user = new StringBuilder("资料：\n");
        for (Citation c : snippets) {
            user.append('[').append(c.n()).append("]《").append(c.title()).append("》").append(AnswerComposer.forReading(c.snippet())).append('\n');
        }
        user.append("\n问题：").append(question.strip());
        messages.add(UserMessage.from(user.toString()));
        return messages;
    }
}
