package io.newswire.app.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic synthetic news in the seed text form, for benchmarks: events with several articles
 * each (shared people, places and a few shared sentences, as wire copy reuse produces), bylines,
 * quotations and widget junk, about 3 KB per article. Same seed, same articles.
 */
public final class ArticleGenerator {

    private static final String[] FIRST = {"Anna", "Marek", "Sofia", "Daniel", "Leila", "Tomas", "Priya", "Jonas", "Elena", "Kwame",
            "Ines", "Oscar", "Hannah", "Yusuf", "Clara", "Mateo", "Nadia", "Felix", "Amara", "Lucas"};
    private static final String[] LAST = {"Kovacs", "Lindgren", "Okafor", "Moreau", "Haddad", "Novak", "Brennan", "Sato", "Ferraro",
            "Mensah", "Dubois", "Petrov", "Alvarez", "Nakamura", "Schmidt", "Osei", "Varga", "Quill", "Berg", "Castillo"};
    private static final String[] PLACES = {"Berlin", "Nairobi", "Lima", "Jakarta", "Toronto", "Madrid", "Cairo", "Seoul", "Warsaw",
            "Lagos", "Manila", "Vienna", "Santiago", "Istanbul", "Hanoi", "Oslo", "Geneva", "Mumbai", "Sydney", "Brussels"};
    private static final String[] COUNTRIES = {"Germany", "Kenya", "Peru", "Indonesia", "Canada", "Spain", "Egypt", "South Korea",
            "Poland", "Nigeria", "Philippines", "Austria", "Chile", "Turkey", "Vietnam", "Norway", "Switzerland", "India", "Australia", "Belgium"};
    private static final String[] ORGS = {"United Nations", "European Union", "World Bank", "NATO", "International Monetary Fund",
            "World Health Organization", "Red Cross", "Central Bank", "Transport Ministry", "Energy Agency"};
    private static final String[] TITLES = {"President", "Minister", "Mayor", "Governor", "Ambassador", "spokeswoman", "spokesman"};
    private static final String[] SECTIONS = {"World", "Politics", "Business", "Science", "Sport", "Health"};
    private static final String[] TOPICS = {"a new trade agreement", "emergency flood relief", "the energy price cap",
            "a railway expansion plan", "stricter emissions rules", "the national budget", "a vaccine rollout", "the port strike",
            "a ceasefire proposal", "the election timetable", "interest rates", "a wildfire response"};
    private static final String[] VERBS = {"announced", "criticised", "defended", "postponed", "approved", "rejected", "welcomed"};
    private static final String[] FILLER = {"Officials said talks would continue through the week.",
            "The decision follows months of negotiations between the two sides.",
            "Analysts said the move could affect markets across the region.",
            "Opposition lawmakers called for an independent review of the plan.",
            "Residents gathered outside the council building on Tuesday evening.",
            "The ministry did not respond to a request for comment.",
            "Figures released on Monday showed a sharp rise compared with last year.",
            "Several regional leaders are expected to attend the summit next month.",
            "Critics argue that the measures do not go far enough.",
            "Emergency services said the situation remained under control."};
    private static final String[] JUNK = {"Adjust Comment Print", "Share this article", "More news: Ten quick recipes for the weekend",
            "Advertisement"};

    private final Random random;
    private final int articlesPerEvent;

    public ArticleGenerator(long seed, int articlesPerEvent) {
        this.random = new Random(seed);
        this.articlesPerEvent = articlesPerEvent;
    }

    /** Generates {@code count} articles, event by event. */
    public List<byte[]> generate(int count) {
        List<byte[]> articles = new ArrayList<>(count);
        while (articles.size() < count) {
            Event event = new Event();
            for (int i = 0; i < articlesPerEvent && articles.size() < count; i++) {
                articles.add(event.article(i).getBytes(StandardCharsets.UTF_8));
            }
        }
        return articles;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private final class Event {
        final String person = pick(FIRST) + " " + pick(LAST);
        final String other = pick(FIRST) + " " + pick(LAST);
        final int place = random.nextInt(PLACES.length);
        final String org = pick(ORGS);
        final String topic = pick(TOPICS);
        final String verb = pick(VERBS);
        final String title = pick(TITLES);
        final LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365));
        final List<String> wireCopy = List.of(
                person + " " + verb + " " + topic + " in " + PLACES[place] + " on " + date.getDayOfWeek().name().charAt(0)
                        + date.getDayOfWeek().name().substring(1).toLowerCase() + ", officials from the " + org + " said.",
                "The plan would affect millions of people across " + COUNTRIES[place] + " and neighbouring countries, according to the "
                        + org + ".");

        String article(int index) {
            StringBuilder text = new StringBuilder();
            text.append("Published: ").append(date).append('\n');
            text.append(pick(SECTIONS)).append(" | By ").append(pick(FIRST)).append(' ').append(pick(LAST)).append("\n\n");
            String headline = capitalise(title.toLowerCase()) + " " + person.split(" ")[1] + " " + verb + " " + topic + " in " + PLACES[place];
            text.append(headline).append("\n\n");
            if (random.nextBoolean()) {
                text.append(headline).append("\n\n");
            }
            List<String> paragraphs = new ArrayList<>(wireCopy);
            paragraphs.add("\"We have worked on " + topic + " for a long time and this is the right moment\", " + title.toLowerCase() + " "
                    + person + " said.");
            paragraphs.add("\"This is not what the people of " + COUNTRIES[place] + " asked for,\" said " + other + ", who leads the opposition.");
            while (paragraphs.size() < 24) {
                paragraphs.add(pick(FILLER) + " " + pick(FILLER));
                if (random.nextInt(8) == 0) {
                    paragraphs.add(pick(JUNK));
                }
            }
            if (index > 0) {
                paragraphs.add(person.split(" ")[1] + " has faced criticism over " + topic + " since taking office.");
            }
            for (String paragraph : paragraphs) {
                text.append(paragraph).append("\n\n");
            }
            text.append("Like this:\n");
            return text.toString();
        }
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
